"""holdout997: builds the ten held-out draft contracts and their .json labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). .docx / .pdf via ../word_pdf.py.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:江城市生态环境局碳普惠积分平台建设项目合同
P:合同编号：JCHB-ZC-2026-118　采购方式：公开招标（政府采购）
P:甲方（采购人）：江城市生态环境局
P:乙方（供应商）：江城绿链数字科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方就碳普惠积分平台软件许可及定制开发事宜，使用甲方提供的合同文本，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供碳普惠积分平台软件（V3.0）永久使用许可一套，不限用户数，部署于甲方政务云。
P:1.2 乙方按甲方需求完成定制开发：绿色出行、垃圾分类、光盘行动等八类低碳场景的减排量核算模型，积分账户与兑换商城，与市民服务APP、公交一卡通及共享单车平台的数据接口，以及面向管理部门的监管驾驶舱。
P:1.3 乙方负责安装部署、数据初始化、联调测试、试运行及对甲方管理员和运营人员的培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰贰拾壹万元整（¥2,210,000），含税，为固定总价，包含本合同项下全部工作的费用。
P:2.2 分项价格：平台软件许可费¥1,280,000；定制开发费¥736,000；安装部署及实施费¥148,000；培训费¥46,000。
P:2.3 合同总价已包含软件许可、开发、第三方中间件、差旅、税费及质保期内服务等全部费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，计¥442,000。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，计¥994,500。
P:3.3 平台通过最终验收并经甲方出具验收报告后，甲方支付合同总价的35%，计¥773,500。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款按财政资金支付程序办理。
H:第四条 交付期限
P:4.1 乙方应于合同签订后120日内完成部署并提交初步验收申请，于初步验收后90日内完成试运行并提交最终验收申请。
P:4.2 因甲方原因造成延误的，交付期限相应顺延，双方以书面形式确认。
P:4.3 乙方应在合同签订后10日内组建项目组，指定项目经理一名，驻场完成需求调研和部署工作。项目经理未经甲方同意不得更换。乙方每两周向甲方提交项目周报，说明进度、问题及风险。
P:4.4 乙方应为甲方管理员、各区运营人员提供不少于三期的集中培训，并提供操作手册及视频教程，培训效果以甲方组织的考核为准。
H:第五条 验收
P:5.1 初步验收标准：功能逐项符合招标文件技术需求及双方确认的需求规格说明书；八类场景减排量核算结果与甲方提供的样本数据比对一致；接口连续运行7日无数据丢失；500人并发时页面响应不超过3秒。
P:5.2 最终验收标准：试运行满60日，期间无一级故障；通过具备资质的第三方机构的安全测评及商用密码应用安全性评估；源代码、设计文档、操作手册和培训记录提交齐全。
P:5.3 验收由甲方组织，必要时邀请专家参加，验收结论以书面报告为准。平台上线、试运行、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
H:第六条 质量保证与运维
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件升级、缺陷修复、系统巡检和技术支持。
P:6.2 故障分级及响应：一级故障（平台无法访问或积分核算错误）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应；三级故障次一工作日处理。
P:6.3 乙方每迟延响应或迟延恢复一小时，甲方有权扣减服务费或从履约保证金中扣除¥1,000。
P:6.4 质保期内乙方每季度对平台进行一次全面巡检，出具巡检报告，并在国家或本市碳普惠核算方法学调整后30日内完成核算模型的免费更新。
P:6.5 质保期满后，如甲方需要乙方继续提供运维服务，年度运维费不超过平台软件许可费的8%，即每年不超过¥102,400，该价格在质保期满后三年内不上调，具体由双方另行签订运维合同，不自动续期。
H:第七条 知识产权
P:7.1 平台软件产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 本项目定制开发的核算模型、接口程序、驾驶舱、源代码及相关文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用。
P:7.3 乙方保证所提供的软件不侵犯任何第三方的合法权益，因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台产生和存储的全部数据，包括市民个人信息、出行记录、减排量和积分数据，均属于甲方所有。乙方不得将上述数据用于本合同以外的任何目的，不得向任何第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，对运维账号实行最小权限管理，远程操作须经甲方审批并通过堡垒机进行，不得将数据复制出政务云。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履行本合同中知悉的甲方工作秘密、系统架构、账号口令及其他未公开信息负有保密义务，未经甲方书面同意不得向第三方披露。
P:9.2 保密义务不因合同终止而解除。乙方应要求其参与本项目的人员签署保密承诺书。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提交验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 乙方交付的成果不符合合同约定且整改后仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 乙方违反第八条、第九条约定的，除赔偿甲方全部损失外，甲方有权解除合同，并将相关情况报送政府采购监督管理部门。
P:10.4 甲方无正当理由逾期付款的，按照有关规定承担责任。
P:10.5 合同签订前，乙方应向甲方提交合同总价5%的履约保证金，最终验收合格且无违约事项后无息退还；乙方应支付的违约金、扣减款可从履约保证金中直接扣除，不足部分甲方有权继续追偿。
H:第十一条 分包与转让
P:11.1 本项目不允许分包。乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:14.2 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同的组成部分。
P:14.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江城市生态环境局　　　乙方（盖章）：江城绿链数字科技有限公司
P:签订日期：2026年＿＿月＿＿日
"""

Z02 = """T:生产线控制系统改造项目合同
P:合同编号：ZS-MW-2026-0907
P:甲方（买方）：中山市明辉灭蚊灯制造有限公司
P:乙方（卖方）：广东智控工业自动化有限公司
P:甲方为提升灭蚊灯生产线的自动化水平，委托乙方对其六条总装及老化测试生产线的控制系统进行改造，包括设备供货、软件许可、程序开发、安装调试和售后维保。双方经协商一致，订立本合同。
H:第一条 项目范围
P:1.1 乙方负责拆除六条生产线原有继电器控制柜，更换为PLC控制柜，加装伺服驱动、光电及温度传感器，新增老化测试工位的自动判定功能。
P:1.2 乙方提供产线视觉检测工控机及MES数据采集与产线监控软件，实现灯管、风扇、电击网组件的在线检测，以及产量、不良率、能耗数据的实时采集与看板展示。
P:1.3 乙方负责PLC程序、视觉检测算法参数及数据采集接口的定制开发，以及安装调试、操作培训和质保期后的维保服务。
H:第二条 合同价格
P:2.1 本合同总价为人民币贰佰玖拾玖万陆仟元整（¥2,996,000），含13%增值税，为固定总价。分项价格如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及改造（六条线）|6套|1,236,000
TB:2|伺服驱动、光电及温度传感器|1批|548,000
TB:3|视觉检测工控机|6台|312,000
TB:4|MES数据采集及产线监控软件许可|1套|486,000
TB:—|设备及软件小计||2,582,000
TB:5|安装调试|1项|214,000
TB:6|PLC程序及接口定制开发|1项|162,000
TB:7|操作及维护培训|1项|38,000
TB:—|合计||2,996,000
P:2.2 上述价格包含设备、软件、运输、保险、安装、调试、培训及税费。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，甲方支付合同总价的10%作为预付款，计¥299,600。
P:3.2 全部设备到货并安装完毕，经甲方签收后，甲方支付合同总价的55%，计¥1,647,800。到货签收不代表质量验收。
P:3.3 项目通过最终验收后15个工作日内，甲方支付合同总价的35%，计¥1,048,600。
P:3.4 甲方每次付款前，乙方应提交付款申请及对应阶段的签收单或验收报告。
P:3.5 乙方应在每次付款前开具相应金额的增值税专用发票。
H:第四条 交货与实施
P:4.1 乙方应在合同签订后45日内将全部设备运抵甲方厂区，并按甲方生产计划逐条停线改造，每条线停线时间不得超过5日，全部改造于合同签订后100日内完成。
P:4.2 设备到货时，双方共同开箱清点，核对型号、数量、外观、合格证及装箱单，并签署到货签收单。设备型号应与投标文件一致，不得以低配或翻新设备替代。
P:4.3 乙方应提交改造施工方案、停线计划和安全措施，经甲方确认后实施。施工期间乙方应遵守甲方厂区安全生产管理制度。
P:4.4 乙方应派驻具有电气作业资质的技术人员，现场负责人须全程在场。乙方人员在甲方厂区发生的人身伤害由乙方自行负责，因乙方施工造成甲方设备或财产损坏的，乙方照价赔偿。
P:4.5 改造完成后，乙方应向甲方移交电气图纸、PLC程序备份、设备说明书、参数清单和维护手册各两套，并提供电子版。
H:第五条 验收
P:5.1 每条生产线改造完成后进行单线调试，全部完成后连续试生产30日，作为最终验收的前提。
P:5.2 验收标准：各线节拍不低于每分钟18台；视觉检测漏检率低于0.3%；老化测试自动判定与人工复检结果一致；产量、不良率和能耗数据采集完整，与甲方ERP对账无差异；试生产期间无因控制系统导致的停线。
P:5.3 验收由甲方组织，双方签署最终验收报告。设备安装、试生产或甲方使用，均不视为验收合格。验收不合格的，乙方应在10日内整改后重新验收。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障设备和部件，免费提供软件升级和技术支持。
P:6.2 故障响应：一级故障（整条生产线停线）乙方应在1小时内响应，6小时内到场排除；二级故障（单工位停机）2小时内响应，次日内排除；三级故障在3个工作日内处理。
P:6.3 乙方每迟延响应或迟延排除一小时，应向甲方支付¥800，甲方可从应付款项中扣除。
P:6.4 质保期满后，乙方继续提供维保服务，年度维保费按设备及软件小计的26%计收，即每年¥671,320，该费用在合同期内固定不变，按年度于每年服务期开始时支付。维保内容包括定期巡检、故障维修、备件更换和软件升级。
P:6.5 乙方应在中山市内设立备件库，常用备件库存不少于设备总数的一成；质保期内更换的部件，其质保期自更换之日起重新计算。
P:6.6 乙方每季度上门巡检一次，检查控制柜、传感器和工控机运行情况，出具巡检报告，对发现的隐患及时处理。
H:第七条 知识产权
P:7.1 MES软件产品的知识产权归乙方或其许可方所有，甲方获得永久使用许可。
P:7.2 为本项目定制开发的PLC程序、视觉检测参数、数据采集接口及其源程序和技术文档归甲方所有，甲方可自行修改或委托第三方维护。
H:第八条 数据安全
P:8.1 生产线采集的产量、工艺参数、质量和能耗数据均属于甲方所有，乙方不得用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方事先批准，通过甲方指定的VPN和账号进行，并保留操作日志。乙方不得擅自复制或外传甲方数据，发现数据泄露或系统被入侵的，应在2小时内通知甲方并协助处置。因乙方原因导致数据泄露或损失的，乙方承担赔偿责任。
H:第九条 保密
P:9.1 乙方对在履约中获知的甲方产品设计、工艺参数、产能和客户信息负有保密义务，保密期限至合同终止后五年。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之六支付违约金。
P:10.2 改造后的生产线未达到第5.2条验收标准，经两次整改仍不合格的，甲方有权退货并解除合同，乙方应退还全部已付款项并承担拆除、恢复原控制系统的费用。
P:10.3 因乙方施工或设备质量问题造成甲方停产损失的，乙方应予赔偿。
H:第十一条 分包
P:11.1 乙方不得将本合同主体工作分包。控制柜内部配线等辅助工作确需分包的，应事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约且在甲方书面通知后10日内未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 乙方逾期交货或逾期完成改造超过30日的，甲方有权书面通知解除合同。合同解除后，乙方应在15日内退还甲方已付款项，已安装设备由乙方负责拆除运回，并恢复甲方生产线至可运行状态。
P:12.3 因不可抗力导致合同无法履行的，受影响一方应及时通知对方并提供证明，双方协商变更或解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 争议由双方协商解决；协商不成的，提交中山仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同附件包括技术规格书、改造施工方案、验收测试表及设备清单，附件与本合同具有同等效力。
P:14.2 本合同未尽事宜，由双方协商签订补充协议。
P:本合同一式四份，双方各执二份，自双方盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

Z03 = """门店预约及会员管理SaaS服务合同

合同编号：TL-SaaS-2026-035
甲方（客户）：成都腾跃花式篮球运动管理有限公司
乙方（服务商）：成都云场馆信息技术有限公司

甲方在成都、重庆等地经营35家花式篮球培训及场馆门店。为统一管理课程预约、场地预订和会员储值，甲方向乙方采购门店预约及会员管理SaaS服务及实施服务。双方经友好协商，订立本合同。

一、服务内容
（一）SaaS服务：乙方为甲方35家门店及总部开通“云场馆”SaaS平台，功能包括课程与场地预约、会员卡及储值管理、教练排课、签到核销、营销活动、微信小程序端及总部数据报表。
（二）实施服务：
1. 将甲方现有会员、储值余额、课时包及历史预约数据迁移至平台；
2. 按甲方品牌规范定制微信小程序首页、课程展示页及会员中心；
3. 对接甲方使用的支付通道及门店闸机；
4. 为门店店长、前台及教练提供分批培训。
（三）运营支持：服务期内，乙方为甲方指定专属客户成功经理一名，每月提供一次平台使用情况分析，协助甲方配置节假日课程、寒暑假集训营及会员促销活动；平台新增的通用功能，乙方在服务期内免费向甲方开放。
（四）服务期为两个服务年度。第一个服务年度自上线验收合格之日起计算，每个服务年度为连续的三百六十五日。

二、服务费用
（一）SaaS年服务费：门店端每店每年¥9,600，35家门店合计¥336,000；总部管理端每年¥48,000；每个服务年度合计¥384,000，两个服务年度合计¥768,000。
（二）一次性实施费：¥126,000。
（三）合同总价：¥894,000，含6%增值税。门店数量在服务年度内增加的，新增门店按每店每年¥9,600按月折算计费，不计入本合同总价。

（四）年服务费已包含平台使用、存储空间、短信通知额度（每店每月800条）、版本升级及客服支持费用。支付通道手续费由甲方与支付机构直接结算，不在本合同范围内。

三、付款方式
（一）实施费在上线验收合格后15个工作日内一次性支付。
（二）每个服务年度的年服务费，在该服务年度开始后15个工作日内支付。
（三）乙方应在收款前开具合规发票。本合同不设预付款。

四、实施与上线验收
（一）乙方应在合同签订后45日内完成数据迁移、小程序定制及接口对接，并完成全部35家门店的上线。
（二）上线验收标准：
1. 迁移后的会员人数、储值余额及剩余课时与甲方原系统逐户核对一致；
2. 预约、储值、核销、退款、闸机放行等流程在每家门店完成实测；
3. 小程序在每秒80次预约请求下，页面响应时间不超过2秒；
4. 试运行10日内无一级故障。
（三）符合上述标准的，甲方签署上线验收单。门店开始使用平台不视为验收合格。
（四）乙方未按期完成上线的，每逾期一日，应向甲方支付违约金¥600；逾期超过30日的，甲方有权解除合同。

（五）实施期间，乙方应指派实施顾问两名常驻甲方总部，按门店分三批上线，每批上线前完成前台收银及教练排课培训，培训后组织考核，考核不合格的人员由乙方安排补训。

五、服务水平
（一）乙方承诺平台月可用率不低于99.5%。计划内维护应提前72小时通知，并安排在每日凌晨一点至六点之间。
（二）故障响应：一级故障（平台或小程序无法预约、无法支付）30分钟内响应，2小时内恢复；二级故障1小时内响应，8小时内恢复；三级故障次一工作日内处理。
（三）月可用率低于承诺值的，乙方按当月服务费的5%向甲方提供服务抵扣；低于98%的，按当月服务费的10%抵扣；一级故障恢复每超时一小时，另抵扣¥500。抵扣从下一期服务费中扣除。

（四）乙方应提供7×24小时电话及在线客服支持。门店营业高峰时段（周末及寒暑假）乙方应安排专人值守，保障预约和储值功能正常运行。
（五）乙方每月5日前向甲方提交上月服务报告，列明可用率、故障次数、处理时长及抵扣金额，经甲方确认后作为结算依据。

六、知识产权
（一）SaaS平台的知识产权归乙方所有。
（二）为甲方定制的小程序页面、品牌素材、对接程序及相关文档的知识产权归甲方所有，甲方可自由使用、修改或交由第三方维护。

七、数据安全与数据归属
（一）甲方及其会员在平台上产生的全部数据，包括会员身份信息、联系方式、消费及预约记录，均属于甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他任何目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的云服务器，平台应通过网络安全等级保护二级测评，对个人信息加密存储，对后台操作保留日志不少于六个月。
（三）发生数据泄露、丢失等安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方对会员的赔偿。
（四）服务期满或合同解除后，乙方应在15日内将全部数据以通用格式交还甲方，并在甲方确认后彻底删除。

（五）乙方应对其运维人员进行背景审查和安全培训，运维人员访问甲方数据须经甲方授权，并仅限于排除故障所需的范围。乙方每年至少开展一次数据备份恢复演练，数据每日备份，备份保留不少于30日。

八、保密
双方对履约中获知的对方商业秘密、会员信息及经营数据负有保密义务，未经对方书面同意不得披露。乙方应与参与本项目的员工签订保密协议，并对其员工的泄密行为承担责任。本条在合同终止后三年内继续有效。但依法律规定或监管机关要求披露的信息除外，披露前应及时通知对方。

九、续期
服务期满前30日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可多次续期。续期时，乙方有权根据市场情况上调年服务费，上调幅度不超过上一服务年度的8%。

十、分包
乙方不得将本合同项下的实施工作分包给第三方，确需分包的，应事先取得甲方书面同意。

十一、违约与解除
（一）乙方严重违约，或一个服务年度内月可用率连续三个月低于承诺值的，甲方有权书面通知解除合同，乙方应退还已付未履行期间的服务费。
（二）乙方违反本合同第七条约定的，甲方有权立即解除合同，并要求乙方赔偿全部损失。
（三）甲方逾期付款超过30日的，乙方可暂停服务，但应提前10日书面通知。
（四）甲方按本合同解除时，乙方应配合完成数据交还，并提供不少于30日的过渡期服务，过渡期服务费按原标准按日折算。
（五）因不可抗力导致任何一方不能履行合同的，应及时通知对方，并在合理期限内提供证明，受影响期间的义务相应免除。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院起诉。

十三、其他
（一）甲方应指定项目联系人，及时提供迁移所需的原系统数据及门店资料，并组织门店人员参加培训。
（二）双方往来通知以书面形式送达本合同载明的地址或电子邮箱，电子邮件发出后次日视为送达。
（三）本合同附件包括服务功能清单、门店清单及上线计划，附件与本合同具有同等效力。
（四）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　乙方（盖章）：
"""

Z04 = """下穿隧道积水监测预警系统年度运维服务合同

项目编号：HZCG-CS-2026-044（竞争性磋商）
甲方（采购人）：湖州市城市管理局
乙方（成交供应商）：浙江清渠智能科技有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方承担本市下穿隧道积水监测预警系统2027年度运维服务。双方经协商一致，订立本合同。

第一条 服务范围
1. 本合同运维对象为本市12座下穿隧道的积水监测预警系统，包括液位计、雨量计、视频摄像机、LED预警情报板、道闸及声光报警装置、现场控制箱、通信链路及市级监测预警平台。
2. 运维服务包括：日常巡检、定期维护保养、故障维修与备件更换、平台软件运维、汛期值守及应急保障、运维档案管理。
3. 服务期限自2027年1月1日起至2027年12月31日止。期满后由甲方依法重新组织采购，本合同不自动续期。

第二条 服务费用及支付
1. 本合同总价为人民币伍拾捌万陆仟元整（¥586,000），为固定总价，包括：日常巡检及维护保养费¥312,000，设备维修及备件费¥168,000，平台软件运维费¥76,000，汛期值守及应急保障费¥30,000。
2. 服务费按季度支付。每季度结束后，甲方按第五条完成季度考核，考核合格后15个工作日内支付当季服务费¥146,500。考核扣款从当季服务费中扣除。
3. 乙方应在每次付款前开具合法有效的发票。本合同不设预付款。

第三条 服务要求
1. 日常巡检：非汛期每两周对每座隧道巡检一次，汛期（每年5月1日至9月30日）每周巡检一次，检查设备外观、供电、通信及数据上报情况，填写巡检记录并上传平台。
2. 维护保养：每季度对液位计进行一次校准，对摄像机、情报板、道闸进行清洁和功能测试；每年4月15日前完成汛前全面检修，并提交检修报告。
3. 平台运维：负责平台服务器、数据库及应用的日常监控、备份和补丁更新，确保预警信息能及时推送至城管、交警及应急部门。
4. 汛期值守：汛期及气象部门发布暴雨预警期间，乙方应安排技术人员在市级平台值守，并在重点隧道现场待命。
5. 人员配置：乙方应组建不少于8人的运维团队，其中项目负责人1名、平台运维工程师2名、现场维护人员5名，现场维护人员应持有电工作业证。人员名单报甲方备案，项目负责人更换须经甲方同意。
6. 运维档案：乙方应建立设备台账和“一隧一档”运维档案，记录每台设备的型号、安装位置、维修及更换情况，每月10日前向甲方提交上月运维月报。
7. 备件：乙方应在本市储备液位计、雨量计、控制箱主板等常用备件，备件费已包含在合同总价内。

第四条 服务水平
1. 故障分级：一级故障指任一隧道的液位监测或预警发布功能失效，或汛期内任一情报板、道闸无法联动；二级故障指单台设备故障但不影响预警；三级故障指其他一般性问题。
2. 响应及修复时限：一级故障20分钟内响应，1小时内到达现场，汛期内6小时内修复，非汛期24小时内修复；二级故障1小时内响应，48小时内修复；三级故障在5个工作日内处理。
3. 乙方每迟延响应或迟延修复一小时，甲方扣减服务费¥1,000；因一级故障未及时处置导致积水预警未能发布的，每次扣减服务费¥10,000。扣款在当季服务费中扣除。

4. 乙方应建立7×24小时服务热线，接到甲方或平台报警后立即派单，处置过程及结果应在平台中闭环记录，甲方可随时调阅。

第五条 考核与验收
1. 甲方每季度对乙方服务进行考核，考核内容包括：巡检记录是否齐全、维护保养是否按计划完成、故障是否在规定时限内修复、平台数据是否完整、汛期值守人员是否到岗。
2. 服务期满后，甲方组织年度验收。验收标准：全年巡检及保养记录完整；汛前全面检修按期完成并经甲方确认；所有故障已修复并有记录；设备台账与现场一致；运维档案按要求移交。年度验收合格后，甲方出具验收意见。
3. 考核由甲方设施管理科牵头，可邀请交警、应急部门参加，考核结果书面通知乙方。乙方对考核结果有异议的，可在5个工作日内书面提出，甲方应予复核。
4. 季度考核或年度验收不合格的，乙方应在10日内整改，整改后重新考核。

第六条 数据安全
1. 系统采集的液位、雨量、视频及预警数据，以及平台中的全部数据，均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得将其用于其他目的或提供给任何第三方。
2. 乙方应遵守网络安全和数据安全相关法律法规，运维账号实行专人专号、最小权限，远程运维须经甲方审批并通过堡垒机操作，操作日志保存不少于一年；不得在平台以外存储视频及监测数据。
3. 发生数据泄露、篡改、丢失或系统被攻击的，乙方应在1小时内报告甲方并立即处置。因乙方原因造成数据安全事件或损失的，乙方承担全部赔偿责任。

第七条 知识产权
服务期内乙方对平台进行的配置调整和功能优化，应事先报甲方同意。乙方在运维过程中形成的巡检记录、检修报告、设备台账、配置文件及运维脚本，归甲方所有。

第八条 违约责任
1. 乙方未按期完成汛前全面检修或未按时修复设备的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
2. 乙方在暴雨预警期间未安排值守人员到岗的，每次扣减服务费¥5,000。
3. 因乙方运维不到位导致预警失效并造成人员伤亡或财产损失的，乙方应依法承担赔偿责任。

4. 乙方伪造巡检记录或考核资料的，每发现一次扣减服务费¥3,000，情节严重的，甲方有权解除合同并报财政部门按政府采购有关规定处理。

第九条 分包
乙方不得将本合同项下的服务分包或转包给第三方。

第十条 合同解除
1. 乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除合同，并按实际服务期结算费用。
2. 合同解除或期满时，乙方应移交全部运维档案、账号及备件清单，并配合新的服务单位完成交接，交接期不少于15日。

3. 因台风、特大暴雨等不可抗力导致设备损毁的，乙方应在条件允许后立即组织抢修，恢复费用超出备件范围的部分由双方另行协商，但乙方不得因此延误应急保障。

第十一条 争议解决
因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十二条 安全生产
1. 乙方在隧道内作业时，应按道路作业规范设置警示标志和安全防护，夜间作业配备反光设施，必要时提前报交警部门配合交通管制。
2. 乙方应为运维人员购买人身意外伤害保险。乙方人员在作业中发生的人身伤亡及造成第三方损害的，由乙方承担责任。

第十三条 甲方义务
1. 甲方应向乙方提供系统设计文件、设备清单、平台账号及必要的现场作业条件。
2. 因市政施工、交通事故等第三方原因造成设备损坏的，乙方应及时修复并协助甲方向责任方追偿，修复费用由责任方承担。
3. 甲方应及时组织季度考核和年度验收，并按约定支付服务费。

第十四条 其他
1. 磋商文件、响应文件及成交通知书为本合同的组成部分。
2. 本合同一式五份，甲方三份，乙方二份，经双方签字盖章后生效。

甲方（盖章）：湖州市城市管理局　　　乙方（盖章）：浙江清渠智能科技有限公司
"""

Z05 = """# 软件许可及定制开发合同

**（乙方标准合同文本 YX-SW-2025版）**

合同编号：YX-2026-0611

甲方（用户）：苏州锦华银箔工艺工作室

乙方（开发方）：苏州匠序软件有限公司

甲方拟使用乙方“匠序”工艺流程追踪软件，并委托乙方进行定制开发。双方根据《中华人民共和国民法典》，在平等自愿的基础上，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“匠序”工艺流程追踪软件V2.6标准版的使用许可，许可用户数20个，许可期限为永久。

1.2 乙方根据甲方需求进行定制开发，内容包括：银箔捶打、切箔、装帧各工序的流转卡与扫码报工，原料银锭及成品批次追溯，工时与损耗统计报表，以及与甲方现有财务软件的数据对接。

1.3 乙方负责软件安装部署、基础数据导入和操作培训。

1.4 软件部署在乙方租用的云服务器上，甲方通过浏览器及手机小程序访问。云服务器费用在免费维护期内由乙方承担，期满后计入年度维护费。

1.5 定制开发的具体内容以双方签字确认的《需求确认书》为准。《需求确认书》签字后，甲方新增或变更需求的，视为需求变更，乙方另行报价。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工艺流程追踪软件V2.6标准版许可（20用户） | 186,000 |
| 2 | 定制开发（工序流转、批次追溯、报表、财务对接） | 142,000 |
| 3 | 安装部署及操作培训 | 24,000 |
| | 合计 | 352,000 |

合同总价为人民币叁拾伍万贰仟元整（¥352,000），含税。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，计¥228,800，乙方收款后启动开发工作。

3.2 软件上线运行后5个工作日内，甲方支付合同总价的35%，计¥123,200。

3.3 甲方逾期付款的，每逾期一日，应按逾期金额的千分之一向乙方支付违约金，乙方并有权暂停开发或服务。

3.4 乙方在收到每期款项后开具增值税普通发票。甲方需要开具专用发票的，应在付款前提供开票资料。

## 第四条 开发与交付

4.1 乙方计划在收到首期款后90日内完成定制开发并上线。开发过程中甲方提出需求变更的，乙方有权相应调整交付时间并另行收费。

4.2 甲方应指派专人配合乙方进行需求确认和数据准备，因甲方配合不及时造成的延误，乙方不承担责任。

4.3 乙方按照《需求确认书》分阶段向甲方演示开发成果，甲方应在演示后2个工作日内提出修改意见，逾期未提出的，视为确认。每个阶段的修改以两轮为限，超出部分按需求变更处理。

4.4 甲方应按乙方要求提供工序清单、物料编码、员工名单及历史批次数据，并保证数据真实、完整。因甲方数据不准确导致的统计错误，乙方不承担责任。

4.5 因乙方原因未能按计划上线的，乙方应继续完成开发工作，双方协商确定新的上线时间。

## 第五条 验收

5.1 软件安装部署完成并上线运行，即视为甲方验收合格。

5.2 甲方对软件功能有异议的，应在上线后3日内以书面形式提出，逾期未提出的，视为甲方无异议。

## 第六条 售后服务

6.1 乙方自软件上线之日起提供六个月的免费维护，内容包括软件缺陷修复和远程技术支持。

6.2 甲方在使用过程中遇到问题，可通过电话、微信或工单系统向乙方报修，乙方接到报修后将尽快安排技术人员处理。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的价格标准收取。

6.4 因甲方操作不当、擅自修改软件或计算机病毒等原因造成的故障，不属于免费维护范围，乙方可另行收费。

6.5 乙方为甲方提供一次不超过两天的现场操作培训，培训对象为甲方管理人员及各工序班组长。此后的培训需求，乙方按人天另行收费。

## 第七条 知识产权

7.1 “匠序”软件产品及其所有版本的知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、报表、接口程序及源代码，其知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或向第三方提供。

7.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 第八条 数据

8.1 甲方在软件中录入和产生的业务数据归甲方所有。

8.2 甲方同意，乙方可在对甲方数据进行脱敏处理后，将其用于软件功能改进、工艺行业统计分析及乙方其他产品和服务的研发，本条在合同终止后继续有效。

8.3 乙方对部署在其云服务器上的甲方数据采取访问控制、加密存储和每日备份等安全措施，运维人员按最小权限访问。发现数据泄露或丢失的，乙方应在24小时内通知甲方并采取补救措施；因乙方过错造成数据泄露或丢失的，乙方承担相应的赔偿责任。

8.4 合同终止后，甲方可在30日内申请导出其业务数据，乙方以Excel格式提供，导出服务按乙方标准另行收费。逾期未申请的，乙方有权删除相关数据。

## 第九条 保密

9.1 双方对在合作中获知的对方技术信息、经营信息及其他商业秘密负有保密义务，未经对方书面同意不得向第三方披露。

9.2 下列信息不属于保密信息：已经公开的信息；接收方在披露前已合法知悉的信息；从有权披露的第三方合法取得的信息。依法律规定或政府部门要求披露的，披露方应及时告知对方。

9.3 保密期限为合同终止后两年。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 乙方不对甲方的间接损失、利润损失或商誉损失承担责任。

10.3 甲方未经乙方许可，超出许可用户数使用软件、将软件提供给关联方或第三方使用的，应按乙方当时的标准报价补足许可费，并赔偿乙方因此遭受的损失。

10.4 乙方对软件在甲方特定业务场景下的适用性不作任何明示或默示的保证，甲方应自行评估软件是否满足其生产管理需要。

## 第十一条 合同解除

11.1 任何一方严重违约，经对方书面催告后30日内仍未改正的，守约方有权解除本合同。

11.2 甲方未按约定支付款项超过15日的，乙方有权暂停全部服务并解除本合同。

11.3 合同解除的，乙方已完成的工作量，甲方应按比例支付费用；已支付的首期款不予退还。

## 第十二条 不可抗力

12.1 因不可抗力导致本合同不能履行的，受影响一方不承担责任，但应及时通知对方。

12.2 本合同所称不可抗力，包括自然灾害、政府行为、电信运营商网络中断、云服务商故障及其他不能预见、不能避免并不能克服的客观情况。

## 第十三条 法律适用及争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十四条 其他

14.1 双方的通知以本合同首页载明的联系人、电话及电子邮箱为准，一方联系方式变更的，应在3日内通知对方，否则按原联系方式送达即视为有效送达。

14.2 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.3 本合同为乙方标准文本，双方另有约定的，以补充协议为准。

甲方（签章）：　　　　　　　　乙方（签章）：

日期：　　年　　月　　日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. RRV-CN-2026-017
P:This Software Licence and Services Agreement (the "Agreement") is made between Inner Mongolia Hetao Sugar Industry Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Bayannur, Inner Mongolia (the "Buyer"), and Red River Valley Agri Systems, Inc., a Minnesota corporation with its principal office at 214 North Broadway, Crookston, Minnesota 56716, USA (the "Vendor").
P:The Buyer operates three sugar-beet processing plants and contracts with about 4,800 growers. The Buyer wishes to acquire a perpetual licence to the Vendor's BeetTrack harvest logistics and grower settlement software, together with configuration, interfaces, implementation and training, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the BeetTrack Enterprise software, version 8.4, in object code, with its documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, report templates, interface programs, data-migration scripts and related documentation that the Vendor creates specifically for the Buyer, including their source code.
P:1.3 "Buyer Data" means all data entered into, processed by or generated by the Software for the Buyer, including grower contracts, delivery tickets, sugar-content test results, weighbridge records and payment data.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the Software and the Custom Deliverables meet the acceptance criteria.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software on servers in the Buyer's own data centre in Bayannur for up to 160 named users and three plants, for the Buyer's internal business.
P:2.2 The Vendor shall configure the Software for the Buyer's grower contracts, harvest scheduling, piling-ground management and grower settlement, and shall build interfaces to the Buyer's weighbridge system, laboratory information system and finance system.
P:2.3 The Vendor shall install the Software, migrate the grower master data and three campaigns of historical delivery data, support integration testing, and train the Buyer's key users and administrators in Bayannur.
P:2.4 The Vendor shall provide a project manager who speaks Mandarin and shall keep at least two consultants on site during integration testing and the first month of live use.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 2,004,000, inclusive of applicable Chinese taxes, made up as follows: Software licence fee CNY 1,360,000; configuration and interfaces CNY 420,000; installation and data migration CNY 186,000; training CNY 38,000.
P:3.2 The Contract Price is fixed. It includes travel, accommodation and all other expenses of the Vendor's staff.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 400,800) within 20 days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 901,800) within 20 days after the Software has been installed and integration testing has been signed off.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 701,400) within 20 days after Final Acceptance.
P:4.4 All payments are made in CNY to the Vendor's designated bank account. Each payment requires a valid invoice issued in accordance with Chinese tax rules.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation and integration testing within 110 days after signature and shall be ready for Final Acceptance before the start of the 2027 beet campaign.
P:5.2 The acceptance criteria are: every function in the agreed functional specification works as described; the migrated grower and delivery data reconcile with the Buyer's legacy records with no unexplained difference; the weighbridge and laboratory interfaces transfer every ticket and test result within 60 seconds; grower settlement runs for a sample of 300 growers match the Buyer's manual calculation; and the system runs for 30 consecutive days of live use without a Severity 1 incident.
P:5.3 When the criteria are met, the Buyer shall issue a Final Acceptance certificate within 10 working days. Installation, live use or payment does not by itself constitute acceptance. If the criteria are not met, the Vendor shall correct the defects within 15 days and the tests shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the specification for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new versions, and give remote and, where needed, on-site support free of charge.
P:6.2 Severity 1 incidents (the system is down or settlement cannot run at a plant) shall receive a response within 1 hour and a workaround within 8 hours, 24 hours a day during the beet campaign. Severity 2 incidents shall receive a response within 2 hours during business hours; Severity 3 incidents within the next business day.
P:6.3 For every hour by which the Vendor misses a response or workaround time for a Severity 1 incident, the Vendor shall credit the Buyer CNY 1,000, to be deducted from the next payment due.
P:6.4 After the Warranty Period the Buyer may order annual support. The annual support fee is 13% of the Software licence fee, that is CNY 176,800 per year, fixed for the first three years after the Warranty Period; after that any increase shall not exceed 3% per year. Support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify and license them freely.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not use it for any other purpose, including product development or statistics.
P:8.2 Buyer Data stays in the Buyer's data centre in China. The Vendor's remote access requires the Buyer's approval for each session, takes place through the Buyer's bastion host, and is logged. The Vendor shall not copy Buyer Data outside the Buyer's systems and shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:8.3 The Vendor shall notify the Buyer within 24 hours of becoming aware of any security incident affecting Buyer Data, shall take immediate remedial action, and shall be liable for all losses caused by a breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including grower lists, prices and system architecture, and shall use it only to perform this Agreement.
P:9.2 This obligation continues for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to reach Final Acceptance readiness by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 8 and 9, infringement claims, personal injury or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent and remains fully responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:12.2 The Buyer may also terminate if liquidated damages under Article 10.1 reach their maximum. On termination for the Vendor's breach, the Vendor shall refund the amounts paid for work that has not been accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Minnesota, USA, without regard to its conflict-of-law rules.
P:13.2 Any dispute arising out of this Agreement shall be resolved by the state or federal courts located in Minnesota, and the parties submit to their exclusive jurisdiction.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. Lack of staff or the failure of a subcontractor is not force majeure.
P:14.2 If a force majeure event prevents performance for more than 60 days, either party may terminate this Agreement by written notice, and the Vendor shall refund amounts paid for work not yet delivered.
H:Article 15 General
P:15.1 Notices shall be in writing in English and Chinese and are effective on receipt.
P:15.2 This Agreement, together with Annex 1 (Functional Specification) and Annex 2 (Project Plan), is the entire agreement between the parties.
P:15.3 This Agreement is signed in two originals in English. Each party keeps one original.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form No. PFS-2026-0419

**FieldPilot Cloud Service — Order Form (Part A) and General Terms (Part B)**

This Order Form, together with the General Terms in Part B, forms the agreement (the "Agreement") between the Vendor and the Customer named below. If Part A and Part B conflict, Part A prevails.

## Part A — Order Form

### A1. Parties

- **Vendor:** Prairie Field Software, Inc., a Minnesota corporation with its office at 810 Center Avenue, Moorhead, Minnesota 56560, USA.
- **Customer:** Suzhou Jiahe Elevator Service Co., Ltd., a company incorporated in the People's Republic of China, registered address in Suzhou Industrial Park, Jiangsu Province.
- **Customer contact:** Head of Maintenance Operations. **Vendor contact:** Account Director, Asia-Pacific.

### A2. Subscription and Term

- **Service:** FieldPilot Cloud, a field-service management platform for work-order dispatch, preventive maintenance scheduling, technician mobile app, spare-parts tracking, customer portal and reporting, hosted for the Customer in a mainland-China cloud region.
- **Subscription Term:** 24 months, starting on the date of Go-Live Acceptance under A5 (the "Subscription Start Date"), divided into two Subscription Years.
- **Renewal:** The Subscription Term does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Quantity | Unit price (CNY per year) | Annual fee (CNY) | Total for the term (CNY) |
|---|---|---|---|---|
| Technician mobile licence | 180 users | 1,150 | 207,000 | 414,000 |
| Dispatcher and administrator licence | 20 users | 2,400 | 48,000 | 96,000 |
| Integration API add-on (ERP and elevator IoT gateway) | 1 | 36,000 | 36,000 | 72,000 |
| Subscription subtotal | | | 291,000 | 582,000 |
| Onboarding services (one-time) | 1 | | | 64,000 |
| **Total Contract Value** | | | | **646,000** |

All fees are in CNY and include Chinese VAT. Fees are fixed for the Subscription Term. Additional users may be added at the unit prices above, pro rata for the remaining Subscription Year; they are not part of the Total Contract Value.

### A4. Invoicing and Payment

- The subscription fee for each Subscription Year (CNY 291,000) is invoiced on the first day of that Subscription Year and is payable within 30 days of the invoice.
- The onboarding fee (CNY 64,000) is invoiced after Go-Live Acceptance and is payable within 30 days of the invoice.
- No other amount is payable before the Subscription Start Date.

### A5. Onboarding and Go-Live Acceptance

- The Vendor shall configure the Service, migrate the Customer's elevator register (about 9,600 units), maintenance plans and open work orders, build the two integrations listed in A3, and train the Customer's dispatchers and trainers, within 75 days after signature of this Order Form.
- Go-Live Acceptance criteria: (a) every unit in the elevator register and every open work order is migrated and reconciled with the Customer's export, with no unexplained difference; (b) preventive maintenance schedules generate correctly for a sample of 200 units across four branches; (c) the ERP integration posts spare-parts usage and the IoT integration creates work orders from fault alarms within two minutes; (d) a ten-day pilot in the Suzhou branch runs without a Severity 1 incident.
- When the criteria are met, the Customer signs a Go-Live Acceptance certificate. Use of the Service during the pilot is not acceptance.
- If the Vendor does not reach Go-Live Acceptance by the date above for reasons attributable to it, the Vendor shall pay the Customer CNY 520 for each day of delay, which the Customer may deduct from any invoice.

### A6. Signatures

This Order Form is effective when signed by both parties.

For the Customer: ____________________  For the Vendor: ____________________

## Part B — General Terms

### 1. Provision of the Service

1.1 The Vendor shall make the Service available to the Customer's authorised users during the Subscription Term in accordance with the documentation and this Agreement.

1.2 The Vendor may update the Service from time to time, provided that no update materially reduces the functionality that the Customer has subscribed to.

1.3 The Customer is responsible for its users' compliance with this Agreement and for keeping log-in credentials secure.

### 2. Service Levels

2.1 The Vendor targets a monthly availability of the Service of 99.95%, measured at the Vendor's load balancer and excluding scheduled maintenance announced at least 48 hours in advance and performed between 00:00 and 05:00 China Standard Time.

2.2 The Vendor shall respond to incidents reported through the support portal or hotline within the following times: Severity 1 (the Service or the mobile app is unavailable to all users) within 30 minutes, 24 hours a day; Severity 2 (a major function is unavailable) within 2 hours; Severity 3 (other issues) within one business day.

2.3 The Vendor shall report monthly availability and incident response times to the Customer in a monthly service report.

2.4 The service levels in this Section 2 are targets. If the Vendor does not meet them, the Vendor shall use reasonable efforts to restore the Service and to prevent a recurrence. No service credits, fee reductions or other compensation apply for a failure to meet a service level.

### 3. Customer Data

3.1 All data that the Customer or its users submit to the Service, including elevator records, work orders, maintenance records and personal information of technicians and end customers ("Customer Data"), belongs to the Customer.

3.2 The Vendor shall process Customer Data only to provide the Service under this Agreement and on the Customer's documented instructions, and for no other purpose.

3.3 At the end of the Subscription Term the Vendor shall make Customer Data available for export in CSV format for 30 days and shall then delete it, confirming the deletion in writing.

### 4. Security

4.1 The Vendor shall host the Service and store Customer Data only in data centres located in mainland China. The Vendor shall maintain an information-security programme certified to ISO/IEC 27001, encrypt Customer Data in transit and at rest, restrict staff access on a least-privilege basis with multi-factor authentication, and keep access logs for at least one year.

4.2 The hosting environment shall hold a valid MLPS level-3 filing. The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

4.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, or loss of, Customer Data, shall take prompt steps to contain it, and shall be liable for the Customer's losses resulting from a breach of this Section 4 or Section 3.

### 5. Subcontractors

5.1 The Vendor may use subcontractors and subprocessors, including its cloud hosting provider and local implementation partners, to perform any part of this Agreement. The Vendor shall notify the Customer in writing of each new subcontractor or subprocessor before it starts work. The Vendor remains responsible for the acts and omissions of its subcontractors and subprocessors.

### 6. Intellectual Property

6.1 The Vendor owns the Service, its software and documentation, and all improvements to them.

6.2 Configurations, report templates, workflow definitions and integration code developed specifically for the Customer during onboarding ("Customer Deliverables") belong to the Customer. The Vendor shall deliver them in usable form, and the Customer may use, modify and license them freely, including after the Subscription Term.

### 7. Confidentiality

7.1 Each party shall keep confidential all non-public information disclosed by the other party in connection with this Agreement and shall use it only to perform this Agreement. This obligation lasts for the Subscription Term and three years afterwards.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss, except for breach of Sections 3, 4 or 7.

8.2 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value stated in A3.

### 9. Term and Termination

9.1 This Agreement ends at the end of the Subscription Term unless terminated earlier.

9.2 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after notice.

9.3 If the Customer terminates under Section 9.2, the Vendor shall refund any prepaid fees for the period after termination and shall provide the data export described in Section 3.3.

### 10. Governing Law and Disputes

10.1 This Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute arising out of this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The award is final and binding on both parties.

### 11. Force Majeure

11.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disaster, epidemic, war, or a general failure of public telecommunications networks, provided it notifies the other party promptly and uses reasonable efforts to resume performance. A failure of the Vendor's own hosting provider or subcontractor is not force majeure. If such an event continues for more than 45 days, either party may terminate this Agreement by written notice.

### 12. General

12.1 Neither party may assign this Agreement without the other party's written consent.

12.2 Notices shall be in writing and sent to the contacts in A1.

12.3 This Agreement is signed in English and Chinese. Both versions are equally authentic.
"""

E03 = """T:Supply Contract for Condition-Monitoring Sensors and Software
P:Contract No. WJC-EQ-2026-233 (Buyer's standard supply contract)
P:Buyer: Wuhu Jiangan Cement Co., Ltd., a company incorporated in the People's Republic of China, of Fanchang District, Wuhu, Anhui Province (the "Buyer").
P:Supplier: Keweenaw Vibration Instruments, LLC, a Michigan limited liability company, of 1400 Townsend Drive, Houghton, Michigan 49931, USA (the "Supplier").
P:The Buyer wishes to install wireless condition monitoring on the kilns, raw mills, cement mills, fans and conveyors of its two clinker lines. The Supplier has offered sensors, gateways, servers and a perpetual licence of its monitoring software, together with installation, model configuration and training. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, edge servers and accessories listed in Clause 2.
P:1.2 "Software" means the Supplier's KVI Sentinel condition-monitoring software, version 5, licensed under Clause 8.
P:1.3 "Custom Deliverables" means the machine models, alarm thresholds configured for the Buyer's assets, dashboards, interface programs and documentation prepared by the Supplier for the Buyer under this Contract.
P:1.4 "Final Acceptance" means the Buyer's signed certificate under Clause 5.4.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the Equipment and Software, configure the machine models and train the Buyer's staff, for the prices in the table below.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|420|2,650|1,113,000
TB:2|Industrial wireless gateway|24|9,800|235,200
TB:3|Edge server with storage|2|68,000|136,000
TB:4|KVI Sentinel software, perpetual licence, 420 points|1|486,000|486,000
TB:|Hardware and Licence Subtotal|||1,970,200
TB:5|Installation and commissioning|1|168,000|168,000
TB:6|Machine model and dashboard configuration|1|96,000|96,000
TB:7|Training|1|25,800|25,800
TB:|Contract Price|||2,260,000
P:2.2 The Contract Price of CNY 2,260,000 includes Chinese VAT, import duties, delivery to the Buyer's plant, insurance, installation materials and all expenses of the Supplier's staff. It is fixed and not subject to adjustment.
H:3. Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 226,000) within 15 working days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 Delivery payment: 55% of the Contract Price (CNY 1,243,000) within 15 working days after all Equipment has been delivered and installed and the Buyer has signed the installation record. The installation record confirms quantities only and is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 791,000) within 15 working days after Final Acceptance.
P:3.4 Each payment requires a valid VAT special invoice for the amount due.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's plant within 70 days after signature and complete installation and commissioning within 45 days after delivery.
P:4.2 Installation work inside the plant shall follow the Buyer's safety rules, including permits for work at height and lock-out of running machines. The Supplier shall coordinate installation with the Buyer's production schedule and kiln shutdowns.
P:4.3 Packing lists, certificates of origin and conformity, and calibration certificates for each sensor shall accompany the delivery.
P:4.4 The Supplier shall train up to 20 of the Buyer's maintenance engineers and 6 system administrators at the plant, covering sensor mounting and replacement, gateway configuration, reading spectra and trend charts, alarm handling and routine administration of the Software. Training materials shall be provided in Chinese.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for a trial period of 45 days.
P:5.2 The acceptance criteria are: (a) all 420 measuring points report data to the Software at the configured interval, with no point silent for more than two hours in a row; (b) sensor readings agree with a calibrated portable analyser within the tolerance in the technical specification on a sample of 40 points; (c) the Software detects simulated faults on the test bench for imbalance, misalignment and bearing defects; (d) alarms are pushed to the Buyer's DCS and to the mobile app within 30 seconds; (e) no Severity 1 incident occurs in the trial period.
P:5.3 Tests are carried out jointly under the test plan in Annex 2, and the results are recorded and signed by both parties.
P:5.4 When all criteria are met, the Buyer shall sign the Final Acceptance certificate within 10 working days. Installation, trial operation or use of the system does not constitute acceptance. If the criteria are not met, the Supplier shall remedy the defects within 15 days at its own cost and the tests shall be repeated.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and Software for 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including sensor batteries that fail early, and supply Software updates and technical support at no charge.
P:6.2 The Supplier shall keep spare sensors and gateways in stock in China and replace a failed gateway within 48 hours.
P:6.3 Response times: Severity 1 (a gateway or the server is down, or alarms are not delivered for a whole line) within 30 minutes by telephone and remote session; Severity 2 within 2 hours; Severity 3 within one working day. For Severity 1 the Supplier shall restore alarm delivery within 8 hours.
P:6.4 For each hour by which the Supplier misses a response or restoration time for a Severity 1 incident, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any amount due.
P:6.5 After the warranty period, the Supplier shall provide annual support on request at 9% of the Hardware and Licence Subtotal per year (CNY 177,318), fixed for three years. Support is ordered each year by a separate order and does not renew automatically.
H:7. Intellectual Property
P:7.1 The Supplier keeps the intellectual property in the Software and in the Equipment's embedded firmware.
P:7.2 The Custom Deliverables belong to the Buyer. The Supplier shall hand them over with source files and documentation, and the Buyer may use, modify and license them without restriction.
H:8. Licence
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for 420 measuring points at the Buyer's plant. The Buyer may add points at the unit price in Clause 2 for three years after Final Acceptance.
H:9. Data Security
P:9.1 All measurement data, alarms, reports and equipment records are the Buyer's data and belong to the Buyer. The Supplier may use them only to perform this Contract.
P:9.2 The Software runs on the edge servers in the Buyer's plant. The Supplier's remote access is allowed only through the Buyer's VPN after approval for each session and is logged. The Supplier shall not copy Buyer data outside the Buyer's systems.
P:9.3 The Supplier shall report any security incident involving the system or Buyer data within 12 hours, take immediate measures to contain it, and compensate the Buyer for losses caused by the Supplier's breach of this Clause 9.
P:9.4 Any laptop or storage medium the Supplier uses for commissioning shall be wiped in the presence of the Buyer's IT staff before it leaves the plant. The Supplier shall comply with the PRC Cybersecurity Law and Data Security Law and with the Buyer's industrial control system security rules.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's technical and business information received under this Contract, in particular the Buyer's process data and plant layouts, during this Contract and for five years afterwards.
H:11. Liquidated Damages
P:11.1 If the Supplier delays delivery, installation or readiness for acceptance, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Cable laying by a local contractor may be approved on request. The Supplier remains responsible for its subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier materially breaches it and does not remedy the breach within 20 days after notice, or if liquidated damages reach their maximum. The Supplier shall then refund amounts paid for items not accepted and take back its Equipment at its own cost.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Wuhu Arbitration Commission for arbitration in Wuhu. The award is final.
H:15. Force Majeure
P:15.1 A party affected by an event beyond its reasonable control, such as earthquake, flood, epidemic or government action, shall notify the other party within 5 days and is excused from performance for as long as the event lasts. If the event lasts more than 60 days, either party may terminate this Contract by written notice.
H:16. Miscellaneous
P:16.1 Annex 1 (Technical Specification) and Annex 2 (Test Plan) form part of this Contract.
P:16.2 This Contract is made in English and Chinese; both texts are equally valid.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No. QBD-MSA-2026-08**

This Managed IT Services Agreement (the "Agreement") is entered into between:

- **Qiqihar Beiyuan Dairy Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in Qiqihar, Heilongjiang Province (the "Customer"); and
- **Red Cedar Managed Services, Inc.**, a Wisconsin corporation with its principal office at 620 Broadway Street South, Menomonie, Wisconsin 54751, USA, acting through its operations centre in Dalian (the "Provider").

## 1. Background and Structure

1.1 The Customer operates two dairy processing plants, a central warehouse and a head office. It wishes to outsource the day-to-day operation of its IT infrastructure to the Provider.

1.2 This Agreement consists of these Sections and Schedule 1 (Services and Charges), Schedule 2 (Service Levels and Service Credits) and Schedule 3 (Sites and Scope). If there is a conflict, these Sections prevail over the Schedules.

## 2. Term

2.1 This Agreement starts on the date of signature and, after the Transition Period, continues for 36 months from the Service Commencement Date (the "Term").

2.2 The Term may be extended only by written agreement of both parties. Any extension shall be at the Charges in Schedule 1 unless the parties agree otherwise in writing. There is no automatic renewal.

## 3. Services

3.1 The Provider shall provide the services described in Schedule 1 (the "Services") for the sites and systems listed in Schedule 3, in accordance with the service levels in Schedule 2.

3.2 The Provider shall assign a named service delivery manager who speaks Mandarin, and shall staff a 24-hour service desk and monitoring centre in Dalian and one resident engineer at each processing plant.

3.3 The Provider shall follow the Customer's change-management procedure. Changes to production systems during plant operating hours require the Customer's approval, except emergency changes to restore a Priority 1 incident.

3.4 The Provider shall hold a monthly service review with the Customer's IT manager to go through the monthly service report, incident trends, open problems and planned changes, and a quarterly review with the Customer's management covering improvement proposals and the technology roadmap for the plants.

3.5 The Customer shall give the Provider's engineers the access, workspace and information they reasonably need, and shall tell the Provider in advance of planned plant shutdowns and new systems.

## 4. Transition

4.1 Within 60 days after signature (the "Transition Period") the Provider shall take over operation from the Customer's current arrangements: document all devices and systems, install monitoring agents, set up the service desk, prepare runbooks, and run a parallel operation of 14 days.

4.2 Transition acceptance criteria: (a) every device and system in Schedule 3 appears in the configuration database with owner and support details; (b) monitoring alerts for every server, network device and storage system reach the service desk, as shown by a test event on each; (c) runbooks for all services in Schedule 1 are approved by the Customer's IT manager; (d) the backup restore test for the ERP and MES databases succeeds; (e) the parallel operation ends without a missed Priority 1 incident.

4.3 When the criteria are met, the Customer signs a transition acceptance certificate, and the day after signature is the "Service Commencement Date". Start of monitoring is not acceptance.

4.4 If the Provider does not reach transition acceptance within the Transition Period for reasons attributable to it, the Provider shall pay the Customer CNY 1,800 for each day of delay.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 1. The total Charges for the Term are CNY 2,200,000, consisting of a one-time Transition Fee of CNY 112,000 and a Monthly Service Charge of CNY 58,000 for 36 months (CNY 2,088,000). The Charges include Chinese VAT and are fixed for the Term.

5.2 The Transition Fee is invoiced after transition acceptance. The Monthly Service Charge is invoiced monthly in arrears. Invoices are payable within 30 days. Service credits are deducted from the next invoice.

5.3 No advance payment is due under this Agreement.

## 6. Customer Data

6.1 All data of the Customer that the Provider accesses or handles in providing the Services, including ERP, MES, laboratory and quality data and employee records, remains the property of the Customer.

6.2 The Provider shall use Customer data only as necessary to provide the Services and for no other purpose.

## 7. Intellectual Property

7.1 The Provider keeps its pre-existing tools, methods and monitoring software.

7.2 Runbooks, configuration records, scripts and reports prepared for the Customer under this Agreement belong to the Customer, which may use, modify and give them to any successor provider freely.

## 8. Confidentiality

8.1 Each party shall keep confidential all information of the other party that is marked confidential or is by its nature confidential, including recipes, production volumes, supplier terms and network diagrams, and shall not disclose it to third parties without the other party's prior written consent.

8.2 Each party shall limit access to confidential information to those of its employees who need it for this Agreement and are bound by confidentiality duties. This Section 8 continues for five years after the end of the Term.

## 9. Subcontracting

9.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to two times the total Charges stated in Section 5.1, except for personal injury, fraud and wilful misconduct, which are unlimited.

10.2 Neither party is liable for loss of profit or indirect loss.

## 11. Duration and Early Ending

11.1 This Agreement may not be terminated before the end of the Term, except by written agreement of both parties or under Section 11.3.

11.2 If the Provider fails to perform the Services or misses service levels, the Customer's remedies are the service credits in Schedule 2, the delay payments in Section 4.4, and damages under Section 10. Such failures do not give either party a right to end this Agreement early.

11.3 If a force majeure event prevents either party from performing for more than 90 consecutive days, the parties shall meet to agree how to continue; if they cannot agree within 30 days, either party may end this Agreement by written notice.

11.4 At the end of the Term the Provider shall hand over all runbooks, passwords, configuration records and open tickets to the Customer or its new provider and give up to 30 days of exit assistance at the daily rates in Schedule 1.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin. The award is final and binding.

## 13. General

13.1 Notices shall be in writing in English or Chinese and sent to the addresses above.

13.2 This Agreement is signed in two originals; each party keeps one.

For the Customer: ____________________  For the Provider: ____________________

## Schedule 1 — Services and Charges

| Service | Description | Monthly charge (CNY) |
|---|---|---|
| Service desk | 24x7 telephone, e-mail and portal support for about 640 users, in Mandarin | 14,000 |
| Infrastructure monitoring | 24x7 monitoring of servers, storage, network and plant OT gateways, with alert handling | 12,500 |
| Server and storage operation | Patching, capacity management, backup checks and monthly restore tests | 11,000 |
| Network operation | Switches, firewalls, Wi-Fi and inter-site links, configuration management | 9,500 |
| Resident engineers | One engineer at each processing plant on working days | 11,000 |
| **Monthly Service Charge** | | **58,000** |
| Transition Fee (one-time) | Transition under Section 4 | 112,000 |
| Exit assistance | Per engineer day, only when ordered | 2,200 |

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response | Restoration target | Service credit if missed |
|---|---|---|---|---|
| Priority 1 | A plant's production systems, the ERP or the inter-site network unavailable | 15 minutes | 3 hours | 3% of the Monthly Service Charge per incident |
| Priority 2 | A major function degraded or one line affected | 30 minutes | 8 hours | 1% of the Monthly Service Charge per incident |
| Priority 3 | A single user or non-critical device | 2 hours | 2 working days | none |
| Reporting | Monthly service report by the 5th working day | | | CNY 1,000 per late report |

Service credits in a month are capped at 25% of that month's Monthly Service Charge.

## Schedule 3 — Sites and Scope

| Site | Address | In-scope systems |
|---|---|---|
| Head office | Longsha District, Qiqihar | ERP, e-mail, file servers, 240 users |
| Plant 1 | Jianhua District, Qiqihar | MES, laboratory system, 18 OT gateways, 210 users |
| Plant 2 | Fularji District, Qiqihar | MES, cold-store control gateways, 150 users |
| Central warehouse | Tiefeng District, Qiqihar | WMS, handheld scanners, 40 users |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. AGS-CN-2026-052

This Data and API Subscription Agreement (the "Agreement") is made between Dingxi Huanong Potato Industry Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Anding District, Dingxi, Gansu Province (the "Customer"), and Aroostook GeoSense, Inc., a Maine corporation with its principal office at 17 Sweden Street, Caribou, Maine 04736, USA (the "Provider").

BACKGROUND

The Customer grows seed and processing potatoes on its own farms and buys from about 2,300 contract growers in Gansu and Ningxia. The Provider operates a crop-intelligence platform that combines satellite imagery, weather data and disease-risk models and delivers them through an application programming interface (API) and a web dashboard. The Customer wishes to subscribe to the Provider's data and API services for two Subscription Years.

1. DEFINITIONS

1.1 "Subscription Services" means access to the Provider's GeoSense Crop API and dashboard, covering the field boundaries registered by the Customer, with the data products listed in Clause 3.

1.2 "Customer Data" means all data supplied by or for the Customer, including field boundaries, planting records, yield records, grower names and contact details, and all results computed specifically for the Customer's fields.

1.3 "Subscription Year" means each period of 365 consecutive days starting on the Subscription Start Date or its anniversary. The "Subscription Start Date" is the day after Onboarding Acceptance under Clause 5.

1.4 "Custom Deliverables" means the integration connectors, field-specific calibration of the late-blight risk model and report templates built by the Provider for the Customer under this Agreement.

2. TERM

2.1 This Agreement starts on signature and ends at the end of the second Subscription Year.

2.2 This Agreement does not renew automatically. A further period requires a new written agreement signed by both parties.

3. SUBSCRIPTION SERVICES

3.1 The Provider shall provide, for up to 68,000 hectares of registered fields: (a) processed satellite imagery and vegetation indices at 10-metre resolution, updated at least every five days in the growing season, cloud cover permitting; (b) daily weather observations and a seven-day forecast for each field; (c) daily late-blight and early-blight risk scores; (d) yield estimates for each field at three points in the season.

3.2 The Provider shall make the data available through the API, with documentation in English and Chinese, and through a web dashboard for up to 40 named users.

3.3 The Provider shall host the Subscription Services for the Customer on servers located in mainland China.

4. FEES AND PAYMENT

4.1 The fees are:

    Subscription fee, first Subscription Year      CNY 398,000
    Subscription fee, second Subscription Year     CNY 398,000
    Onboarding and integration fee (one-time)      CNY 74,000
    Total Contract Value                           CNY 870,000

4.2 The fees include Chinese VAT and are fixed for the Term. Hectares above 68,000 are charged at CNY 5.60 per hectare per Subscription Year and are not part of the Total Contract Value.

4.3 The Customer shall pay the onboarding and integration fee and the subscription fee for the first Subscription Year, together CNY 472,000, within 15 days after signature of this Agreement. The Provider starts onboarding after receiving this payment.

4.4 The subscription fee for the second Subscription Year is invoiced 30 days before that Subscription Year begins and is payable by its first day.

4.5 Each payment requires a valid Chinese VAT invoice.

5. ONBOARDING AND ACCEPTANCE

5.1 Within 50 days after receiving the payment under Clause 4.3, the Provider shall register the Customer's fields, build connectors to the Customer's farm management system and grower portal, calibrate the late-blight model with the Customer's historical outbreak records, and train the Customer's agronomists.

5.2 Onboarding acceptance criteria: (a) all fields supplied by the Customer are registered and their areas agree with the Customer's records within the tolerance in Annex A; (b) the connectors transfer imagery indices, weather and risk scores for every field to the farm management system each day for ten consecutive days without error; (c) the API answers at least 190 of the 200 test queries in Annex A in under one second in the test set in Annex A; (d) the calibrated model, run on two past seasons, flags the outbreaks recorded by the Customer in those seasons as described in Annex A.

5.3 When the criteria are met, the Customer signs an Onboarding Acceptance certificate. Use of the dashboard during onboarding is not acceptance.

5.4 If Onboarding Acceptance is delayed beyond the period in Clause 5.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay, and the first Subscription Year shall not start until acceptance.

6. SERVICE LEVELS

6.1 The Provider shall make the API and dashboard available at least 99.95% of each calendar month, excluding maintenance announced 72 hours in advance and carried out between 01:00 and 05:00 China Standard Time.

6.2 Response times: Severity 1 (the API or dashboard is unavailable, or daily data is not delivered) within 1 hour, at any time; Severity 2 within 3 hours on business days; Severity 3 within two business days.

6.3 If monthly availability falls below the commitment in Clause 6.1, the Provider shall credit 5% of one twelfth of the current Subscription Year's fee for each full 0.1 percentage point of shortfall. If daily data is late for more than 24 hours, the Provider shall credit CNY 800 per day. Credits are deducted from the next invoice or refunded at the end of the Term.

7. CUSTOMER DATA

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Subscription Services to the Customer and shall not use it for any other purpose, including in aggregated or de-identified form, and shall not disclose it to any third party.

7.2 On expiry or termination, the Provider shall deliver all Customer Data to the Customer in a standard format within 20 days and then delete it from its systems, and confirm the deletion in writing.

8. DATA SECURITY

8.1 The Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access with multi-factor authentication, logging of all administrative access, and regular vulnerability scanning.

8.2 The Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. Customer Data shall not be transferred outside mainland China.

8.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours, take immediate measures to contain it, and be responsible for the Customer's losses caused by the incident where it results from the Provider's breach of this Clause 8.

9. INTELLECTUAL PROPERTY

9.1 The Provider owns the platform, its models and the general data products. The Customer receives a non-exclusive right to use the data products for its own business and for advising its contract growers during the Term, and to keep and use data received during the Term afterwards.

9.2 The Custom Deliverables belong to the Customer, which may use, modify and license them freely. The Provider shall deliver them with source code and documentation at Onboarding Acceptance.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's non-public information received under this Agreement and use it only for this Agreement, during the Term and for three years after it ends.

11. SUBCONTRACTING

11.1 The Provider shall not subcontract any part of the Subscription Services or onboarding work without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

12. LIMITATION OF LIABILITY

12.1 Neither party is liable for indirect, special or consequential loss, or loss of profit.

12.2 The Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the fees paid by the Customer under this Agreement in the six months before the event giving rise to the claim.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

13.2 If the Customer terminates under Clause 13.1, the Provider shall refund the fees paid for the period after termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be referred to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules in force at the time. The award is final and binding on both parties.

15. FORCE MAJEURE

15.1 Neither party is liable for a failure or delay caused by an event beyond its reasonable control, such as natural disaster, epidemic, war, government action or the failure of a satellite operator, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. Fees for a period in which the Subscription Services cannot be provided because of such an event shall be refunded or credited pro rata. If the event continues for more than 60 days, either party may terminate this Agreement by written notice.

16. GENERAL

16.1 Notices shall be given in writing to the addresses above.

16.2 This Agreement is signed in English and Chinese, both texts being equally authentic.

For the Customer: ____________________    For the Provider: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format, source)
    "z01": ("h997z01_carbon_inclusion_points_platform.pdf", "pdf", Z01),
    "z02": ("h997z02_mosquito_lamp_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h997z03_freestyle_basketball_booking_saas.txt", "txt", Z03),
    "z04": ("h997z04_underpass_flood_warning_om_service.txt", "txt", Z04),
    "z05": ("h997z05_silver_leaf_process_tracking_supplier_template.md", "md", Z05),
    "e01": ("h997e01_beet_logistics_perpetual_licence_minnesota.pdf", "pdf", E01),
    "e02": ("h997e02_field_service_saas_order_form.md", "md", E02),
    "e03": ("h997e03_cement_condition_monitoring_sensors.docx", "docx", E03),
    "e04": ("h997e04_dairy_managed_it_services_36_months.md", "md", E04),
    "e05": ("h997e05_crop_data_api_subscription.txt", "txt", E05),
}

# ---------------------------------------------------------------- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# values in KEYS order, then extra: sla_clause, ld_stated, capped (goods only), deemed, contract_value
T = {
    "z01": ("zh", "software", [None, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8, False,
                               True, False, "PRC", G], (True, True, True, False, 2210000)),
    "z02": ("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.06, None, 10, True, True, 18, 26, False,
                               True, False, "PRC", G], (True, True, True, False, 2996000)),
    "z03": ("zh", "cloud", [99.5, 0.5, True, "buyer", True, True, True, 600 / 894000 * 100, None, None, True, None, None,
                            None, True, True, False, "PRC", S], (True, True, None, False, 894000)),
    "z04": ("zh", "services", [None, 20 / 60, True, "buyer", True, True, False, 0.02, None, None, True, None, None, None,
                               False, True, False, None, S], (True, True, None, False, 586000)),
    "z05": ("zh", "software", [None, None, False, "supplier", True, False, True, None, None, 65, False, False, 6, None,
                               False, True, None, "PRC", G], (False, False, False, True, 352000)),
    "e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 13, False, True,
                               False, "Minnesota", G], (True, True, True, False, 2004000)),
    "e02": ("en", "cloud", [99.95, 0.5, False, "buyer", True, True, True, 520 / 646000 * 100, 150, None, True, None, None,
                            None, False, True, True, "PRC", S], (True, True, None, False, 646000)),
    "e03": ("en", "hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, None, 10, True, True, 24, 9, False, True,
                               False, "PRC", G], (True, True, True, False, 2260000)),
    "e04": ("en", "services", [None, 0.25, True, "buyer", False, True, True, 1800 / 2200000 * 100, 200, None, True, None,
                               None, None, False, False, False, "PRC", S], (True, True, None, False, 2200000)),
    "e05": ("en", "cloud", [99.95, 1, True, "buyer", True, True, True, 600 / 870000 * 100, 6 / 24 * 100,
                            472000 / 870000 * 100, True, None, None, None, False, True, False, "PRC", S],
            (True, True, None, False, 870000)),
}
# TCO inputs for goods/licence drafts: fee base (itemised licence / hardware subtotal), warranty years
TCO = {"z01": 1280000, "z02": 2582000, "e01": 1360000, "e03": 1970200}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # Minnesota courts
DESIGN = {
    "z01": [], "e03": [],
    "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-LD-LOW"],
    "e02": ["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-LIABILITY-CAP", "CR-PREPAYMENT"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
              "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
ALL_THRESHOLD_VALUES = {99.9, 4, 0.05, 100, 30, 12, 15, 40}


def tco_share(key, t, cv):
    years = 5 - t["warranty_months"] / 12
    fees = max(years, 0) * t["post_warranty_fee_pct"] / 100 * TCO[key]
    return fees / (cv + fees) * 100


def derive(key, t, x):
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        pwf = t["post_warranty_fee_pct"]
        if pwf is None or not x["post_warranty_fee_capped"] or pwf > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if pwf is not None and x["post_warranty_fee_capped"] and t["warranty_months"] is not None:
            share = tco_share(key, t, x["contract_value"])
            assert not 38 <= share <= 42, (key, share)
            if share > 40:
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


def label(key):
    lang, cat, vals, (sla, lds, capped, deemed, cv) = T[key]
    t = dict(zip(KEYS, vals))
    x = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = cv
    return {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": derive(key, t, x)}


# ---------------------------------------------------------------- threshold scan
NUM = r"(?<![\d.,])"
PATTERNS = [
    NUM + r"99\.9(?!\d)",
    NUM + r"4\s*(?:个)?小时", r"四个?小时", NUM + r"4\s*-?\s*(?:hours?|hrs?)\b", r"\bfour\s*(?:\(4\)\s*)?-?\s*hours?",
    NUM + r"0\.05\s*%", r"万分之五", NUM + r"0\.05\s*per\s*cent",
    NUM + r"100\s*%", r"百分之一?百", r"(?:one\s*)?hundred\s*per\s*cent", NUM + r"100\s*per\s*cent",
    NUM + r"30\s*%", r"百分之三十", r"thirty\s*per\s*cent", NUM + r"30\s*per\s*cent",
    NUM + r"12\s*个月", NUM + r"12\s*-?\s*months?", r"十二个月", r"\btwelve\s*(?:\(12\)\s*)?-?\s*months?",
    r"质保期?(?:为)?一年", r"一年质保",
    NUM + r"15\s*%", r"百分之十五", r"fifteen\s*per\s*cent", NUM + r"15\s*per\s*cent",
    NUM + r"40\s*%", r"百分之四十", r"forty\s*per\s*cent", NUM + r"40\s*per\s*cent",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["可用率99.9%", "4小时内响应", "within 4 hours", "a 4-hour response", "four hours", "0.05% per day",
            "万分之五", "100% of the fees", "百分之百", "30%预付款", "30 per cent", "12个月", "12 months",
            "twelve months", "十二个月", "质保期为一年", "15%", "百分之十五", "40% of", "forty per cent", "百分之四十"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "0.08%", "万分之八", "1,100%", "130%", "0.30%",
             "300%", "112 months", "18个月", "115%", "2.15%", "140%", "1,040%", "24 hours a day", "3 hours",
             "30 days", "30日", "12座", "2027年12月31日", "412,000"]
for s_ in MUST_HIT:
    assert RX.search(s_), s_
for s_ in MUST_MISS:
    assert not RX.search(s_), s_


def read_back(name, fmt):
    path = OUT / name
    if fmt in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if fmt == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    built = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: v[2] for k, v in built.items()}, {k: (v[0], v[1]) for k, v in built.items()}, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered = set()
    for k, (name, fmt, src) in FILES.items():
        lab = label(k)
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        covered |= set(lab["expected_rules"])
        for kk, thr in THRESHOLDS.items():
            assert lab["expected_terms"][kk] != thr, (k, kk)
        for v in list(lab["expected_terms"].values()) + [lab["expected_extra"]["contract_value"]]:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                assert v not in ALL_THRESHOLD_VALUES, (k, v)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(name, fmt)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = RX.search(variant)
            assert not m, (k, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        if lab["language"] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        risk = "low"
        sev = {SEVERITY[r] for r in lab["expected_rules"]}
        risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
        extra = ""
        if k in TCO:
            extra = " tco_share=%.2f%%" % tco_share(k, lab["expected_terms"], lab["expected_extra"]["contract_value"])
        print("%s %-60s len=%d risk=%s rules=%s%s" % (k, name, n, risk, ",".join(r[3:] for r in lab["expected_rules"]) or "-", extra))
    assert covered == set(SEVERITY), set(SEVERITY) - covered
    # price and payment sums
    assert 1280000 + 736000 + 148000 + 46000 == 2210000 and 442000 + 994500 + 773500 == 2210000
    assert 1236000 + 548000 + 312000 + 486000 == 2582000 and 2582000 + 214000 + 162000 + 38000 == 2996000
    assert 299600 + 1647800 + 1048600 == 2996000 and round(2582000 * 0.26) == 671320
    assert 35 * 9600 == 336000 and 2 * (336000 + 48000) + 126000 == 894000
    assert 312000 + 168000 + 76000 + 30000 == 586000 and 4 * 146500 == 586000
    assert 186000 + 142000 + 24000 == 352000 and 228800 + 123200 == 352000
    assert 1360000 + 420000 + 186000 + 38000 == 2004000 and 400800 + 901800 + 701400 == 2004000
    assert round(1360000 * 0.13) == 176800
    assert 180 * 1150 == 207000 and 20 * 2400 == 48000 and 207000 + 48000 + 36000 == 291000
    assert 2 * 291000 + 64000 == 646000
    assert 420 * 2650 == 1113000 and 24 * 9800 == 235200 and 1113000 + 235200 + 136000 + 486000 == 1970200
    assert 1970200 + 168000 + 96000 + 25800 == 2260000 and 226000 + 1243000 + 791000 == 2260000
    assert round(1970200 * 0.09) == 177318
    assert 112000 + 36 * 58000 == 2200000 and 14000 + 12500 + 11000 + 9500 + 11000 == 58000
    assert 2 * 398000 + 74000 == 870000 and 74000 + 398000 == 472000
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
