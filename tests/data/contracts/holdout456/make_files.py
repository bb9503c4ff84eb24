"""holdout456: builds the ten blind held-out drafts and their labels, then checks them.

Run with /work/main/.venv/bin/python -B make_files.py in this folder. Writes the .txt/.md files directly, the .docx and
.pdf through ../word_pdf.py (wrap_words=True), writes the ten .json labels (one-space indent, no trailing newline),
derives each draft's expected rules from its labels by my own reading of policy.md section 3, checks them against the
design list, asserts full coverage of the 20 CR rules, measures the lengths read back from the built files and scans
every built file and every source for threshold figures.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H456Z01 = """T:云岭市医疗保障局医保基金智能监管平台建设项目合同
P:合同编号：YLYB-ZFCG-2025-017    采购方式：公开招标（政府采购）
P:甲方（采购人）：云岭市医疗保障局    地址：云岭市滨江大道88号
P:乙方（供应商）：杭州明衡信息技术有限公司    地址：杭州市西湖区文三路210号
P:鉴于甲方依法组织医保基金智能监管平台建设项目的公开招标，乙方为中标供应商。根据《中华人民共和国政府采购法》《中华人民共和国民法典》、招标文件及乙方投标文件，双方就平台软件许可与定制开发事宜协商一致，订立本合同。招标文件、投标文件、中标通知书及需求规格说明书为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供医保基金智能监管平台软件（含规则引擎、医保知识库、事前提醒、事中审核、事后稽核及疑点管理模块）的永久使用许可，许可范围为甲方及所辖各县（区）医保经办机构，不限用户数和服务器数量。
P:1.2 乙方按甲方需求完成定制开发：本地化审核规则不少于260条；与省医保信息平台、定点医药机构结算系统的接口对接；基金监管可视化大屏；专项稽核报表不少于40张。
P:1.3 乙方负责历史结算数据治理、平台部署调优、操作培训及上线保障。
H:第二条 合同价款
P:本合同总价为人民币贰佰贰拾壹万捌仟元整（¥2,218,000），为含税固定总价，包含完成本项目所需的全部费用。明细如下：
P:（1）平台软件许可费：¥1,280,000；
P:（2）定制开发费：¥736,000；
P:（3）数据治理及部署费：¥164,000；
P:（4）培训费：¥38,000。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方合规发票后15个工作日内，甲方支付合同总价的20%作为预付款，即¥443,600。
P:3.2 平台上线并通过初验后15个工作日内，甲方支付合同总价的45%，即¥998,100。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥776,300。
P:3.4 甲方通过国库集中支付方式付款，因财政审批程序导致的合理延迟不视为甲方违约。
H:第四条 交付期限
P:乙方应于合同签订之日起150日内完成部署及定制开发并提交初验申请。初验合格后平台试运行90日，试运行期满且无遗留问题的，乙方可申请最终验收。
H:第五条 验收
P:5.1 初验标准：各项功能与招标文件及需求规格说明书逐项一致；省平台及定点医药机构接口联调通过，抽取3个月结算数据比对无差异；单张结算单事中审核时间不超过2秒；第三方安全测评无高危漏洞。
P:5.2 最终验收标准：试运行期内无一级故障；抽取不少于2,000条规则命中记录，经甲方复核准确；源代码、部署手册、运维手册及培训记录交付齐全。
P:5.3 平台上线、甲方使用平台或支付任何款项，均不视为验收合格。验收以甲方组织专家评审后签署的验收报告为准。验收不合格的，乙方应在20日内整改并重新申请验收，费用由乙方承担。
H:第六条 质保及维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、规则库更新及技术支持。
P:6.2 质保期满后甲方如需继续购买维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过¥102,400），质保期满后首两个维护年度不上调。维护合同逐年另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%，计划内维护须提前3个工作日经甲方同意，且不计入不可用时间。
P:7.2 故障分级：一级故障（平台无法审核或结算接口中断）30分钟内响应，2小时内恢复；二级故障（部分功能不可用）1小时内响应，8小时内恢复；三级故障下一工作日处理完毕。
P:7.3 一级、二级故障响应或恢复每超时1小时，乙方向甲方支付违约金1,000元；月可用率每低于承诺值0.01个百分点，乙方支付违约金2,000元。上述款项可从应付款中直接扣除。
H:第八条 知识产权
P:8.1 平台软件的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证平台不侵犯第三方权利，否则由乙方承担全部责任。
P:8.2 本项目定制开发的审核规则、接口程序、报表、大屏及其源代码和文档，知识产权归甲方所有；甲方可自行或委托第三方使用、修改。
H:第九条 数据安全
P:9.1 医保结算数据、参保人个人信息及平台产生的稽核数据均属甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护三级要求；运维操作须经甲方审批并通过堡垒机进行，不得将任何数据复制出甲方网络。
P:9.3 发生数据泄露或其他安全事件的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的损失及行政处罚，由乙方全额承担。
H:第十条 保密
P:双方对在履行本合同过程中知悉的对方非公开信息承担保密义务，未经对方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期提交初验申请或逾期完成最终验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十二条 分包
P:本项目不得分包或转包。
H:第十三条 合同解除
P:乙方严重违约，或逾期超过60日，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十四条 法律适用及争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十四条之一 项目管理与人员
P:乙方应指定具有医保信息化项目经验的项目经理常驻甲方现场，项目经理及核心开发人员名单经甲方确认后不得擅自更换。乙方应每周提交项目周报，每月参加甲方组织的项目例会，并按甲方要求提交阶段成果及测试报告。
H:第十四条之二 不可抗力与廉洁
P:因地震、洪水、重大公共卫生事件等不可抗力导致不能按期履行的，受影响一方应及时通知对方并提供证明，履行期限相应顺延。乙方不得向甲方工作人员提供任何形式的回扣、礼品或不正当利益，违反的，甲方有权取消其后续参加本单位政府采购活动的资格。
H:第十四条之三 通知
P:本合同项下的通知、催告及确认文件应以书面形式送达双方项目联系人，电子邮件发出并经对方确认收到的，视为送达。
H:第十五条 其他
P:本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。未尽事宜，双方另行签订补充协议。
P:甲方（盖章）：云岭市医疗保障局    代表签字：__________    日期：2025年6月18日
P:乙方（盖章）：杭州明衡信息技术有限公司    代表签字：__________    日期：2025年6月18日
"""

H456Z02 = """T:冻干机控制系统改造及维保合同
P:合同编号：HYZY-SB-2025-0342
P:甲方（买方）：江北华屹制药股份有限公司
P:乙方（卖方）：苏州德控自动化工程有限公司
P:鉴于甲方无菌制剂车间两台冻干机（LYO-20型，2014年投用）控制系统老化、备件停产，需进行控制系统改造以满足GMP及数据完整性要求；乙方具备相应设计、集成与验证能力。双方经协商，订立本合同。
H:1. 合同标的
P:1.1 乙方负责两台冻干机控制系统的设计、供货、编程组态、安装调试、验证支持及培训，包括PLC控制柜、HMI、工控机、SCADA及电子批记录软件、温度及真空传感器的更换。
P:1.2 改造后系统应符合《药品生产质量管理规范》附录“计算机化系统”的要求，具备审计追踪、电子签名及权限分级功能。
H:2. 合同价格
P:2.1 本合同总价为人民币壹佰壹拾玖万贰仟元整（¥1,192,000），含税含运费，明细见下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及I/O模块|2套|468,000
TB:2|HMI触摸屏及工控机|2套|96,000
TB:3|SCADA及电子批记录软件许可（永久）|1套|214,000
TB:4|温度、真空传感器|1批|78,000
TB:|软硬件小计||856,000
TB:5|编程与组态|1项|188,000
TB:6|安装调试|1项|62,000
TB:7|验证支持（IQ/OQ/PQ文件）|1项|74,000
TB:8|培训|1项|12,000
TB:|合计||1,192,000
H:3. 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%作为预付款（¥238,400）。
P:3.2 设备到货并经甲方签收后，甲方支付合同总价的36%（¥429,120）。到货签收仅确认数量与外观，不视为验收。
P:3.3 系统通过最终验收（PQ完成）后，甲方支付合同总价的39%（¥464,880）。
P:3.4 余款5%（¥59,600）作为质量保证金，于质保期满且无未决质量问题后支付。
H:4. 交付与实施
P:4.1 乙方应于合同生效后75日内将设备运抵甲方车间；改造须在甲方安排的停产窗口（不超过25日）内完成，每台冻干机停机改造时间不得超过12日。
P:4.2 乙方现场人员须遵守甲方洁净区管理及安全规定。
H:5. 验收
P:5.1 验收依次包括安装确认（IQ）、运行确认（OQ）及性能确认（PQ）。验收标准：各项功能符合经甲方批准的用户需求说明（URS）；板层温度控制偏差不超过±1℃；真空度控制偏差不超过±2Pa；审计追踪和电子签名测试全部通过；连续3个批次冻干工艺运行合格。
P:5.2 试生产、到货签收或付款均不视为验收合格。最终验收以双方签署的PQ报告及验收证书为准。
H:6. 质保与维保
P:6.1 质保期为二十四个月，自最终验收之日起计算。质保期内硬件故障免费更换，软件缺陷免费修复。
P:6.2 质保期满后，乙方提供年度维保服务，年度维保费不超过软硬件小计的9%（即每年不超过¥77,040），质保期满后三个维保年度内不上调。
P:6.3 服务水平：一级故障（冻干机无法运行或批记录中断）30分钟内响应，8小时内到达现场；二级故障2小时内响应，次日到场。一级故障响应或到场每超时1小时，乙方支付违约金800元。
H:7. 知识产权
P:7.1 软件许可为永久许可，产品软件知识产权仍归原厂或乙方所有。
P:7.2 为本项目编写的PLC程序、组态工程、报表及配方模板（含源程序），知识产权归甲方所有，甲方可自行修改或委托第三方维护。
H:8. 数据与保密
P:8.1 批记录、工艺参数及审计追踪数据属于甲方，乙方不得复制、带离或用于其他目的。
P:8.2 乙方远程维护须经甲方批准并全程录屏；系统须与办公网隔离。发生数据丢失、篡改或泄露的，乙方应在1小时内通知甲方，配合调查并承担因其原因造成的损失。
P:8.3 双方对履约中知悉的对方技术资料和商业信息负有保密义务，保密期至合同终止后三年。
H:9. 违约责任
P:9.1 乙方逾期交货或逾期完成验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:9.2 甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:10. 分包
P:10.1 乙方可将电气安装及现场布线工作分包给具备相应资质的单位，但应在进场前书面告知甲方分包单位名称。
P:10.2 乙方对分包单位的工作质量和安全承担全部责任。
H:11. 合同解除
P:乙方严重违约且经书面催告后15日内未纠正，或逾期超过45日的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:12. 法律适用与争议
P:本合同适用中华人民共和国法律。争议提交苏州仲裁委员会仲裁。
H:12A. 项目管理与变更
P:12A.1 乙方应指派具有制药行业冻干设备改造经验的项目经理，负责设计审查、停产窗口计划、现场施工及验证文件编制；项目经理更换须经甲方书面同意。
P:12A.2 乙方提交的功能设计说明（FS）、硬件设计说明（HDS）及软件设计说明（SDS）须经甲方QA审核批准后方可实施。任何设计变更须按甲方变更控制程序提出并经批准，涉及费用调整的，由双方另行书面确认。
P:12A.3 乙方应在改造开始前提交风险评估及停产期间的产品保护方案，确保改造期间不影响相邻洁净区的生产。
H:12B. 培训与文档
P:12B.1 乙方应为甲方操作、维护及QA人员分别提供培训，每类人员培训不少于2次，并提交培训记录及考核结果。
P:12B.2 乙方应交付全部电气图纸、I/O清单、PLC及SCADA程序备份、操作规程草稿、维护手册及验证文件电子版和纸质版各一套。
H:12C. 安全与不可抗力
P:12C.1 乙方在甲方现场作业应遵守甲方EHS管理规定，动火、登高及带电作业须办理作业许可；因乙方原因发生安全事故的，由乙方承担责任。
P:12C.2 因不可抗力不能按期履行的，受影响一方应及时通知对方，履行期限相应顺延。
H:12D. 通知与联系人
P:12D.1 双方应各自指定项目联系人。本合同项下的通知、确认及验收文件以书面形式送达对方联系人，电子邮件经对方回复确认的视为送达。
P:12D.2 一方变更联系人或联系方式的，应提前5个工作日书面通知对方。
H:12E. 备件供应
P:乙方保证在最终验收后八年内持续供应本项目所用硬件的备件或功能相当的替代件；原厂停产的，应提前六个月书面通知甲方并提出替代方案。
H:12F. 廉洁
P:乙方不得向甲方员工提供回扣、礼品或其他不正当利益；违反的，甲方有权要求乙方更换相关人员，并在后续采购中不再邀请乙方参与。
H:12G. 环境与文件管理
P:改造期间拆除的旧控制柜、电缆及传感器由乙方按甲方固定资产处置程序清点移交；含电池、电路板等废弃物由甲方按危险废物管理规定处置，乙方予以配合。乙方提交的全部文件须符合甲方文件管理规程，并经双方签字确认版本。
H:13. 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________    乙方（盖章）：__________    日期：2025年7月2日
"""

H456Z03 = """花语时光订单及会员管理系统（SaaS）服务合同

合同编号：HYSG-IT-2025-08

甲方（客户）：成都花语时光花艺连锁有限公司
乙方（服务商）：广州云栈网络科技有限公司

甲方在成都、重庆两地经营33家花店门店，需统一线上订单、门店收银、配送调度及会员积分管理。乙方向甲方提供“云栈零售”订单及会员SaaS服务并负责实施。双方经平等协商，订立本合同。

一、服务内容
（一）订阅服务：乙方为甲方33家门店及总部开通云栈零售SaaS服务，包括线上商城及微信小程序下单、门店收银、同城配送调度、会员积分与储值、营销券、库存及报表功能。
（二）实施服务：门店及商品资料初始化；原有会员数据（约11.6万条）迁移；小程序页面按甲方品牌风格定制；与甲方现有收银POS及第三方配送平台接口对接；店长及总部人员培训。
（三）服务期：自上线验收之日起三个服务年度。

二、费用
（一）订阅费：门店端每店每个服务年度6,800元，33家门店合计224,400元；总部管理模块每个服务年度36,000元。每个服务年度订阅费合计260,400元，三个服务年度合计781,200元。
（二）实施费：一次性68,000元。
（三）合同总价：人民币849,200元（含税）。增加门店的，按每店每个服务年度6,800元按月折算计费。

三、付款
（一）实施费在上线验收合格后15个工作日内一次性支付。
（二）订阅费按季度结算，乙方于每季度结束后开具发票，甲方在收到发票后15个工作日内支付当季订阅费65,100元。
（三）甲方不向乙方支付任何预付款。

四、实施与上线验收
（一）乙方应在合同签订后45日内完成实施，并提交上线验收申请。
（二）验收标准：33家门店全部上线，收银、下单、配送派单、会员积分流程测试通过；迁移会员数据经抽样核对无差错，积分及储值余额与原系统一致；小程序页面在高峰时段（200个并发下单）响应时间不超过3秒。
（三）试运行或甲方使用系统，均不视为验收合格；验收以甲方签署的上线验收单为准。
（四）乙方逾期完成上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

五、服务水平
（一）乙方保证SaaS服务月可用率不低于99.5%（经提前48小时通知的计划维护除外）。
（二）故障分级：一级故障（全部门店无法收银或下单）1小时内响应，3小时内恢复；二级故障（部分功能不可用）2小时内响应，当日恢复；三级问题2个工作日内处理。
（三）服务补偿：月可用率低于承诺值的，按下表扣减当月订阅费：低于99.5%但不低于99%的，扣减5%；低于99%的，扣减10%。一级故障每超时恢复1小时，另扣减当月订阅费1%。

六、数据
（一）甲方会员信息、订单及交易数据归甲方所有，乙方仅为向甲方提供本服务而处理，不得用于其他任何目的，不得向第三方提供。
（二）乙方应采取加密存储、访问控制、操作日志和每日备份等措施，系统部署于境内云平台，并通过网络安全等级保护三级测评。
（三）发生数据泄露、丢失的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方赔偿。
（四）合同终止后30日内，乙方应将全部数据按甲方要求的格式导出交付，并在甲方确认后删除。

七、保密
双方对在合作中获悉的对方经营信息、价格、客户资料负有保密义务，未经对方书面同意不得披露，保密期限至合同终止后两年。

八、知识产权
（一）云栈零售平台的知识产权归乙方所有。
（二）为甲方定制的小程序页面设计、品牌素材及专属报表归甲方所有，甲方可自由使用和修改。

九、续期
服务期满前30日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，可连续续期。续期时乙方有权上调订阅费，上调幅度不超过上一服务年度订阅费的8%，并于续期前30日书面通知甲方。

十、责任限制
除甲方应付费用外，任何一方在本合同项下的累计赔偿责任，以索赔事件发生前六个月内甲方已支付的订阅费总额为限。

十一、分包与转让
乙方不得将本合同项下服务转包；如需分包部分实施工作，须事先取得甲方书面同意。

十二、合同解除
一方严重违约，经对方书面通知后15日内未纠正的，守约方有权解除合同。乙方连续两个月可用率低于99%的，甲方可解除合同。

十三、法律适用与争议
本合同适用中华人民共和国法律。争议由甲方所在地人民法院管辖。

十四、项目管理
（一）乙方应指定专职实施顾问负责本项目，按周向甲方提交实施进度，门店上线按甲方确认的批次计划进行，每批次上线前完成店员培训。
（二）甲方应指定项目联系人，及时提供门店资料、商品及价格清单和原会员数据，并组织门店配合测试。
（三）甲方提出超出本合同范围的定制需求的，双方另行书面确认工作量及费用后实施。

十五、不可抗力
因不可抗力致使一方不能履行合同的，应及时通知对方并在合理期限内提供证明，根据影响程度部分或全部免除责任。因云平台服务商故障导致的服务中断，不属于不可抗力。

十六、通知
本合同项下的通知以书面形式送达双方在本合同首部载明的地址或双方确认的电子邮箱。一方变更联系方式的，应提前5日书面通知对方。

十七、培训与运营支持
（一）上线前，乙方为每家门店店长及收银员提供线上培训，为总部运营、财务及客服人员提供现场培训各2次，并提供操作手册及视频教程。
（二）服务期内，乙方为甲方配备专属客户成功经理，每季度回顾系统使用情况，针对情人节、母亲节、七夕等销售高峰，提前10日完成扩容评估和压力测试，并安排值守人员。
（三）乙方进行版本升级的，应提前5个工作日通知甲方，升级不得影响甲方已定制功能的正常使用，升级时间安排在门店营业时间以外。

十八、甲方义务
（一）甲方应按约定支付费用，妥善保管账号密码，并对门店员工的操作行为负责。
（二）甲方应保证其提供的商品信息、图片及营销内容合法，不侵犯第三方权利。
（三）甲方应配合乙方完成门店网络及收银设备的检查，门店网络条件不满足要求的，由甲方负责整改。

十九、变更
合同履行期间，甲方门店数量增减的，订阅费按实际门店数及使用月数调整，门店减少的，已付订阅费不予退还但可冲抵后续费用。本合同的其他变更须经双方书面同意。

十九之一、廉洁
双方应遵守反商业贿赂的有关规定，乙方不得向甲方员工提供回扣、礼品或其他不正当利益。发现违反的，甲方有权要求乙方更换相关人员。

十九之二、账号与权限
乙方为甲方开通总部管理员账号，由甲方自行分配门店及员工账号权限。员工离职或门店关闭的，甲方应及时停用对应账号，乙方应协助甲方导出相关交易记录。

二十、其他
本合同一式两份，双方各执一份，自双方签章之日起生效。

甲方（盖章）：成都花语时光花艺连锁有限公司    日期：2025年8月5日
乙方（盖章）：广州云栈网络科技有限公司    日期：2025年8月5日
"""

H456Z04 = """国家税务总局青禾市税务局办税服务厅排队叫号系统运维服务合同

项目编号：QHSW-CS-2025-006（竞争性磋商）

甲方（采购人）：国家税务总局青禾市税务局
乙方（成交供应商）：青禾市恒通智能设备有限公司

根据《中华人民共和国政府采购法》、竞争性磋商文件及乙方响应文件，甲方委托乙方对本局及所属5个办税服务厅的排队叫号系统提供运维服务。双方协商一致，订立本合同。

（1）服务范围
① 运维对象：排队叫号管理软件（含预约取号、叫号、评价、统计模块）、取号机14台、叫号显示屏36块、窗口评价器48个、语音播报设备及相关网络设备。
② 服务内容：驻场运维1人（工作日8:30至17:30，征期及延时服务日随厅延长）；设备月度巡检及季度深度保养；软件缺陷修复、版本升级；与电子税务局预约系统及“好差评”系统接口的维护；备品备件包干更换；每月提交运维报告。
③ 服务期：2025年9月1日起至2026年8月31日止。

（2）服务费用
本合同总价为人民币贰拾柒万陆仟元整（¥276,000），为含税包干价，构成如下：
① 驻场运维服务费：168,000元；
② 设备巡检、保养及维修费：46,000元；
③ 备品备件包干费：28,000元；
④ 软件升级及接口维护费：34,000元。
服务期内除甲方书面要求新增设备外，乙方不得另行收取任何费用。

（3）付款方式
服务费按季度支付。每季度结束后，经甲方对当季服务考核合格，乙方开具发票，甲方在收到发票后10个工作日内支付当季服务费69,000元；考核扣款从当季服务费中扣除。本合同不设预付款。

（4）服务水平
① 故障分级：一级故障指任一办税服务厅取号或叫号全部中断；二级故障指部分窗口或设备无法使用；三级故障指不影响办税的一般问题。
② 一级故障15分钟内响应，驻场人员立即处置，1小时内恢复取号叫号（可先启用应急手工取号方案）；二级故障30分钟内响应，3小时内修复；三级故障当日处理。
③ 备件更换在2小时内完成；月度巡检须在每月10日前完成并提交巡检记录。

（5）考核与扣款
① 一级故障响应或恢复超时的，每次扣减服务费500元，超时每满1小时再扣减500元；二级故障修复超时的，每次扣减200元。
② 每季度由甲方按服务考核表评分，得分低于80分的，扣减当季服务费的5%。
③ 乙方未按期完成月度巡检、季度保养或甲方书面要求的系统升级的，每逾期一日，按合同总价的千分之二支付违约金。

（6）服务验收
服务期满后10个工作日内，甲方按磋商文件及本合同组织年度验收，验收标准为：服务期内一级故障响应及恢复超时累计不超过2次；巡检、保养记录及运维报告完整；全部设备运行正常，无未修复故障；软件版本及接口运行正常。验收结果作为支付最后一季服务费的依据。

（7）数据安全
① 排队叫号系统中的纳税人姓名、证件号码、预约记录及评价数据属于甲方，乙方仅可为运维目的在甲方内网中处理，不得复制、下载或带离，不得用于任何其他用途。
② 乙方运维人员须实名登记，远程维护一律禁止；现场操作使用甲方分配的账号，并接受甲方日志审计。更换下的存储部件由甲方留存或在甲方监督下销毁。
③ 发生数据泄露、篡改等安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的损失由乙方承担赔偿责任。

（8）成果归属
乙方在服务期内编写的运维文档、配置清单、脚本及接口调整程序，归甲方所有，甲方可自行使用和修改。

（9）人员要求
乙方驻场人员应具有2年以上同类系统运维经验，未经甲方同意不得更换；乙方应为其购买社会保险，并负责其安全教育。

（10）责任限制
乙方在本合同项下承担的违约金、扣款及赔偿责任总额，以本合同总价的50%为限，但因乙方故意或重大过失造成的损失除外。

（11）分包
乙方不得将本合同项下服务分包或转包给任何第三方。

（12）合同解除
乙方严重违约，或连续两个季度考核得分低于70分的，甲方有权书面通知解除合同，并按实际服务期间结算费用。

（13）合同期满
本合同于服务期满时终止，不自动续期。甲方如需继续采购运维服务，依法另行组织采购。

（14）争议解决
因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

（14-1）应急保障
① 乙方应制定排队叫号系统应急预案，报甲方备案，每半年配合甲方开展一次应急演练。
② 征期高峰、个税汇算及社保费集中缴费期间，乙方应增派1名技术人员到办税服务厅现场值守，费用已包含在合同总价内。
③ 因供电、网络等非乙方原因导致系统中断的，乙方应协助甲方尽快启用应急手工取号方案，并配合有关单位排查。

（14-2）运维管理
① 乙方应建立运维台账，记录每次故障的发生时间、响应时间、处理过程及结果，每月5日前将上月运维报告报送甲方。
② 设备更换、软件升级及参数调整须事先经甲方书面同意，并在非办税时间进行；升级前应做好系统备份。
③ 服务期满时，乙方应向甲方移交全部运维台账、设备清单、配置文档及账号权限，协助甲方或甲方确定的后续服务商完成交接，交接期间不得中断服务。

（14-3）廉洁
乙方及其工作人员不得向甲方工作人员赠送礼品、礼金或提供其他不正当利益。违反的，甲方有权解除合同，并将有关情况报送政府采购监督管理部门。

（14-4）不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供有关证明。

（14-5）甲方义务
① 甲方应为乙方驻场人员提供必要的办公场所、工位及网络条件，并指定信息中心一名工作人员作为联系人，负责服务确认与考核。
② 甲方应及时告知办税服务厅窗口调整、业务流程变化及系统接口变更等情况，以便乙方调整叫号规则及设备配置。
③ 甲方工作人员发现设备异常的，应及时通知乙方驻场人员，不得自行拆卸设备。

（14-6）通知
本合同项下的通知、考核结果及整改要求以书面形式送达对方联系人，经对方签收或电子邮件确认收到的视为送达。

（14-7）设备与备件管理
① 乙方应建立设备档案，对取号机、叫号屏、评价器逐台登记型号、安装位置及维修记录，每季度与甲方核对一次。
② 备品备件由乙方按设备数量的合理比例在现场储备，更换下的旧件经甲方确认后由乙方回收处理（存储部件除外）。
③ 设备因使用年限过长无法维修的，乙方应书面说明原因并提出更换建议，由甲方决定是否另行采购。

（14-8）服务质量监督
甲方可通过现场检查、查阅运维台账、纳税人评价及办税服务厅工作人员反馈等方式，对乙方服务质量进行监督。对甲方提出的整改要求，乙方应在3个工作日内完成整改并书面反馈。

（15）其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：国家税务总局青禾市税务局        日期：2025年8月20日
乙方（盖章）：青禾市恒通智能设备有限公司        日期：2025年8月20日
"""

H456Z05 = """# 溯源云生产追溯系统软件许可及定制开发合同

**（溯源云科技标准合同文本 V3.0）**

合同编号：SYY-HT-2025-0419

甲方：内蒙古草原牧歌食品有限公司（牛肉干生产企业）

乙方：呼和浩特溯源云科技有限公司

鉴于甲方拟建设牛肉干生产全过程质量追溯系统，乙方为追溯软件开发商，双方根据《中华人民共和国民法典》，在平等自愿的基础上订立本合同，共同遵守。

## 第一条 合同内容

1.1 乙方向甲方提供“溯源云”生产追溯平台软件（标准版）的使用许可，功能包括原料牛肉批次入库、生产工单、腌制及烘烤工序记录、质检、包装赋码、出入库及经销商扫码查询。

1.2 乙方根据甲方需求进行定制开发：与甲方称重系统及两条包装线赋码设备对接；牧场来源及检疫证明信息录入；经销商扫码查询页面；追溯报表。

1.3 乙方负责软件部署、系统配置及操作培训。

## 第二条 合同价款

合同总价为人民币陆拾万元整（¥600,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 溯源云平台软件许可费（标准版，永久） | 380,000 |
| 2 | 定制开发费（设备对接、扫码查询、报表） | 168,000 |
| 3 | 实施部署费 | 40,000 |
| 4 | 培训费 | 12,000 |
| | 合计 | 600,000 |

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即人民币300,000元，乙方收款后开始实施。

3.2 系统上线后5个工作日内，甲方支付剩余50%，即人民币300,000元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停服务直至款项付清。

## 第四条 实施周期

4.1 乙方在收到首笔款项后90日内完成部署和定制开发，并安排系统上线。

4.2 因甲方原因（包括设备不具备对接条件、需求变更、现场不具备实施条件）造成延误的，实施周期相应顺延。如乙方原因导致进度延误，乙方应积极采取补救措施，尽快完成上线。

## 第五条 验收

系统上线试运行7日内，甲方未以书面形式提出异议的，即视为验收合格。甲方在试运行期间使用系统录入生产数据的，视为甲方已认可系统。

## 第六条 免费维护与售后服务

6.1 乙方提供六个月免费维护，自系统上线之日起计算，内容包括软件缺陷修复和电话、远程技术支持。

6.2 故障响应：一级故障（系统无法登录或赋码中断）乙方在接到报修后8小时内响应；其他故障在2个工作日内响应。乙方将尽力尽快排除故障，但不对故障处理时限作出承诺，也不因故障承担扣款、赔偿或违约金。

6.3 免费维护期满后，甲方应购买年度维保服务，年度维保费为软件许可费的28%，即每年人民币106,400元，按年预付。

## 第七条 知识产权

7.1 溯源云平台及乙方为本项目完成的全部定制开发成果（包括对接程序、扫码页面、报表模板及相关源代码、文档）的知识产权均归乙方所有。

7.2 乙方授予甲方在本合同项下非独占、不可转让的使用权。甲方不得自行或委托第三方修改、反编译定制开发成果，亦不得向任何第三方提供。

## 第八条 数据

8.1 甲方录入系统的生产、质检及销售数据归甲方所有。乙方应采取必要的技术措施（访问控制、数据备份、传输加密）保障数据安全；因乙方原因导致数据泄露或丢失的，乙方负责恢复并承担相应赔偿责任。

8.2 甲方同意，乙方可对系统中的生产和销售数据进行脱敏、汇总处理后，用于行业分析报告、产品改进及乙方其他客户的对标服务，上述使用在合同终止后仍可继续。

## 第九条 保密

双方应对在合作过程中知悉的对方商业秘密、技术资料承担保密义务，未经对方书面同意不得向第三方披露，保密期至合同终止后两年。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 乙方在本合同项下的累计赔偿责任，以甲方已实际支付的软件许可费为限，乙方不承担任何间接损失、利润损失或数据损失。

## 第十一条 合同解除

任何一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权解除本合同。

## 第十二条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，提交呼和浩特仲裁委员会仲裁。

## 第十二条之一 双方义务

12.1.1 甲方应指定项目负责人，按乙方要求及时提供生产工艺流程、物料编码、包装规格及设备接口资料，并安排现场网络、服务器及赋码设备接口条件。

12.1.2 甲方应确保录入系统的数据真实、准确，并对其员工使用系统的行为负责。因甲方操作不当造成的数据错误，由甲方自行承担。

12.1.3 乙方应按本合同约定完成软件部署、定制开发及培训，培训对象包括甲方生产、质检、仓储人员及系统管理员，培训次数不少于3次。

12.1.4 系统上线后，乙方应向甲方提交用户手册、系统管理手册及接口说明文档。

## 第十二条之二 不可抗力

因地震、洪水、疫情、政府行为等不可抗力导致一方不能履行本合同的，该方不承担违约责任，但应及时通知对方并提供证明。不可抗力持续超过60日的，双方可协商解除合同。

## 第十二条之三 通知

双方往来通知以书面形式送达本合同载明的地址，或发送至双方项目负责人的电子邮箱，发出之日起第3日视为送达。

## 第十二条之四 系统运行环境

12.4.1 本系统部署于甲方本地服务器，服务器、操作系统、数据库及网络设备由甲方自行采购，乙方提供配置建议。

12.4.2 扫码查询页面部署于甲方指定的云服务器，相关云资源费用由甲方承担。甲方更换服务器或网络环境的，乙方提供迁移协助，按乙方当年人天单价另行收费。

12.4.3 甲方自行更改系统配置、安装其他软件导致系统故障的，乙方可提供有偿技术支持。

## 第十二条之五 系统升级

12.5.1 免费维护期内，乙方对“溯源云”标准版发布的新版本，可为甲方免费升级一次。免费维护期满后，升级服务包含在年度维保服务中。

12.5.2 因国家或行业追溯标准调整需修改系统的，乙方应提供修改方案和报价，经甲方确认后实施。

## 第十三条 其他

13.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

13.2 本合同附件（需求确认书、报价单）与本合同具有同等效力。

甲方（盖章）：内蒙古草原牧歌食品有限公司　　授权代表：________　　日期：2025年9月3日

乙方（盖章）：呼和浩特溯源云科技有限公司　　授权代表：________　　日期：2025年9月3日
"""

H456E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. BQS-CN-2025-031
P:This Agreement is made on 14 July 2025 between Buckeye Quality Systems, Inc., a corporation organised under the laws of Ohio with its principal office at 400 Front Street, Dayton, Ohio, USA ("Vendor"), and Ningbo Hengda Auto Parts Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 18 Xinghai Road, Beilun District, Ningbo ("Customer").
P:Recitals. Customer manufactures brake and suspension parts at two plants in Ningbo and wishes to replace its paper-based inspection records with a statistical process control and quality management system. Vendor develops and licenses the QualityTrack software and provides implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means Vendor's QualityTrack software (SPC, inspection planning, non-conformance, corrective action and gauge management modules) in object code, with its documentation.
P:1.2 "Custom Deliverables" means the interfaces, report templates, inspection plan templates, scripts and other materials Vendor develops specifically for Customer under this Agreement, with their source code and documentation.
P:1.3 "Final Acceptance" means Customer's written acceptance certificate issued under Article 5.
P:1.4 "Customer Data" means all measurement data, inspection records, supplier and product information and other data entered into or generated by the Software in Customer's environment.
H:Article 2 Licence
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on Customer's own servers at its plants in China for its internal business, for 60 named users and 40 shop-floor station licences.
P:2.2 Customer may make copies for backup, testing and disaster recovery. Additional users may be purchased at the unit prices in Article 3 for three years from the Effective Date.
H:Article 3 Price
P:3.1 At the Customer's request, all prices are stated and paid in Chinese yuan (CNY). The total contract price is CNY 1,700,000, inclusive of applicable Chinese taxes, made up as follows:
P:(a) Software licences (60 named users at CNY 12,000 and 40 station licences at CNY 10,000): CNY 1,120,000 (the "Licence Subtotal");
P:(b) implementation and configuration services: CNY 386,000;
P:(c) interfaces to Customer's ERP system and to 26 coordinate measuring machines and gauges: CNY 148,000;
P:(d) training (administrators, quality engineers and inspectors): CNY 46,000.
P:3.2 The price is fixed. Travel and living expenses of Vendor's staff are included.
H:Article 4 Payment
P:4.1 Customer shall pay 20% of the contract price (CNY 340,000) within 20 days after the Effective Date against Vendor's invoice.
P:4.2 Customer shall pay 45% of the contract price (CNY 765,000) within 20 days after go-live at both plants. Go-live is not acceptance.
P:4.3 Customer shall pay the remaining 35% (CNY 595,000) within 20 days after Final Acceptance.
P:4.4 Invoices are payable by bank transfer to Vendor's account in China as stated on the invoice.
H:Article 5 Delivery and Acceptance
P:5.1 Vendor shall deliver the Software and complete go-live at both plants within 120 days after the Effective Date, following the project plan agreed at kick-off.
P:5.2 Acceptance criteria: (a) all functions in the agreed functional specification pass the acceptance test scripts; (b) the ERP interface and all 26 gauge interfaces transfer data without loss or error for 20 consecutive production days; (c) control charts refresh within 3 seconds with 40 stations in use; (d) no open Severity 1 or Severity 2 defect.
P:5.3 When the criteria are met, Customer shall issue the Final Acceptance certificate within 10 business days or state in writing the criteria not met. Installation, go-live, production use or payment is not acceptance.
P:5.4 If Vendor is late in completing go-live or achieving Final Acceptance through its own fault, Vendor shall pay liquidated damages of 0.1% of the contract price for each day of delay, up to 10% of the contract price.
H:Article 6 Warranty and Support
P:6.1 Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period Vendor shall correct defects and provide updates, new releases and support free of charge.
P:6.2 Service levels during the Warranty Period and any support term: Severity 1 (a plant cannot record inspections) response within 1 hour and a workaround within 8 hours; Severity 2 response within 2 business hours; Severity 3 response next business day. Support is given in Chinese by Vendor's Shanghai support team.
P:6.3 For each full hour by which Vendor misses a Severity 1 response or workaround time, Vendor shall credit Customer CNY 1,000 against the next invoice.
P:6.4 After the Warranty Period, Customer may order annual support at 11% of the Licence Subtotal (CNY 123,200 per year). This fee is fixed for the first three support years. Support is ordered by Customer's purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 Vendor retains all intellectual property in the Software.
P:7.2 All intellectual property in the Custom Deliverables belongs to Customer from creation. Vendor shall deliver their source code with the final release, and Customer may use, modify and license them freely, including through third parties.
P:7.3 Vendor shall defend Customer against any third-party claim that the Software or Custom Deliverables infringe that party's rights, and shall pay any damages and costs awarded.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to Customer. Vendor may access and use it only to perform this Agreement and shall not use it for any other purpose.
P:8.2 Vendor shall access Customer's systems only through Customer's VPN, with Customer's approval for each session, and shall not copy Customer Data outside Customer's environment. Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:8.3 Vendor shall notify Customer within 12 hours of any security incident affecting Customer Data, cooperate in the investigation and remedy, and be responsible for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation survives for three years after termination.
H:Article 10 Liability
P:Each party's total liability under this Agreement is limited to 200% of the contract price. The limit does not apply to breaches of Articles 8 and 9, infringement claims under Article 7.3, personal injury or wilful misconduct.
H:Article 11 Subcontracting
P:Vendor shall not subcontract any part of the services without Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach and fails to cure it within 30 days after notice, or if delay damages reach their maximum under Article 5.4.
P:12.2 On termination for Vendor's breach, Vendor shall refund the amounts paid for services not accepted and the licence fees if the Software cannot be used as intended.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Ohio, United States of America, without regard to its conflict-of-laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:13.2 Any dispute arising from this Agreement shall be finally resolved by arbitration administered by the International Centre for Dispute Resolution under its International Arbitration Rules. The seat of arbitration is Columbus, Ohio, and the language is English.
H:Article 13A Project Management and Changes
P:13A.1 Each party shall name a project manager within 10 days after the Effective Date. Vendor's project manager shall speak Chinese, attend a weekly progress meeting, and report on progress, risks and open issues in writing every two weeks.
P:13A.2 Vendor shall prepare the functional specification jointly with Customer's quality department in the first 30 days. The functional specification becomes binding when signed by both project managers.
P:13A.3 Either party may request a change to the scope. Vendor shall state in writing, within 10 business days, the effect of the change on price and schedule. No change is binding until both parties sign a change order. Customer is not obliged to pay for work outside the agreed scope performed without a signed change order.
P:13A.4 Vendor shall assign consultants with experience of automotive quality systems (IATF 16949) and shall not replace the lead consultant without Customer's consent, which Customer shall not unreasonably withhold.
H:Article 13B Force Majeure
P:A party is not liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly, limits the effect of the event and resumes performance as soon as possible. The schedule is extended by the period of the delay.
H:Article 13C Notices
P:Notices under this Agreement must be in writing and delivered by hand, courier or e-mail confirmed by the recipient to the addresses stated above or to another address a party notifies.
H:Article 14 General
P:14.1 This Agreement, with its annexes (functional specification, project plan and acceptance test scripts), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is signed in English and Chinese. The English text prevails.
P:For Vendor: ______________________  Name: Karen Lowell, Vice President  Date: 14 July 2025
P:For Customer: ____________________  Name: Chen Weiming, General Manager  Date: 14 July 2025
"""

H456E02 = """# ORDER FORM

**Order Form No. GLD-2025-0877 under the DispatchLine General Terms**

| | |
|---|---|
| Vendor | Great Lakes Dispatch Software LLC, 220 Liberty Street, Ann Arbor, Michigan 48104, USA |
| Customer | Suzhou Anheng Elevator Maintenance Co., Ltd., 66 Tongda Road, Suzhou Industrial Park, Jiangsu, China |
| Service | DispatchLine field service scheduling, work order and mobile technician service (the "Service") |
| Subscription Term | two Subscription Years, from the Service Start Date |
| Service Start Date | the date of Onboarding Acceptance under Section 4 of the General Terms |

## 1. Subscription and fees

At the Customer's request, all fees are quoted and invoiced in Chinese yuan (CNY), inclusive of Chinese VAT.

| Item | Quantity | Unit fee per Subscription Year (CNY) | Fee per Subscription Year (CNY) |
|---|---|---|---|
| Technician mobile seats | 120 | 1,560 | 187,200 |
| Dispatcher and manager seats | 10 | 3,600 | 36,000 |
| Subscription fees per Subscription Year | | | 223,200 |
| Subscription fees for the Subscription Term (two Subscription Years) | | | 446,400 |
| Onboarding (one-time): configuration, data import, maintenance-contract templates, interface to Customer's ERP, training | | | 42,000 |
| **Total Order Form value** | | | **488,400** |

Additional seats may be added at the same unit fees, prorated to the end of the current Subscription Year.

## 2. Invoicing and payment

2.1 The onboarding fee is invoiced after Onboarding Acceptance.

2.2 Subscription fees are invoiced quarterly in arrears, at CNY 55,800 per quarter, from the Service Start Date.

2.3 Customer pays each undisputed invoice within 30 days of receipt by bank transfer to Vendor's account in Shanghai. No fee is payable before the Service Start Date.

## 3. Order-specific terms

3.1 Onboarding shall be completed, and Onboarding Acceptance requested, within 60 days after signature of this Order Form.

3.2 Customer's named contact for the Service is the head of the dispatch centre; Vendor's is the account manager named in the kick-off minutes.

3.3 The Service is hosted in a mainland China cloud region.

Signed for Vendor: __________________ (Daniel Kowalski, Chief Operating Officer), 2 September 2025

Signed for Customer: ________________ (Zhou Lin, General Manager), 2 September 2025

# GENERAL TERMS

## Section 1. Definitions

1.1 "Customer Data" means all data that Customer or its users enter into the Service, including customer sites, elevator records, work orders, technician locations and photographs.

1.2 "Customer Materials" means the configurations, work-order templates, checklists, report layouts and interface mappings Vendor prepares specifically for Customer during onboarding.

1.3 "Subscription Year" means the period from the Service Start Date to the day before its first anniversary, and each following period between anniversaries.

## Section 2. The Service

2.1 Vendor shall provide the Service to Customer's users for the Subscription Term in accordance with the documentation, and may improve it from time to time without reducing its functionality.

2.2 Vendor will use commercially reasonable efforts to keep the Service available and to answer support requests submitted through its help desk during business hours in China. Vendor does not commit to any availability level, response time or resolution time, and no service credits apply.

2.3 Customer is responsible for its users' log-in credentials and for the accuracy of the data it enters.

## Section 3. Fees

3.1 Fees are as stated in the Order Form and are fixed for the Subscription Term.

3.2 Customer may withhold any amount it disputes in good faith while the parties resolve the dispute.

## Section 4. Onboarding and acceptance

4.1 Vendor shall configure the Service, import Customer's sites, elevators, maintenance contracts and technicians, build the ERP interface and train Customer's staff in accordance with the onboarding plan.

4.2 Onboarding Acceptance criteria: (a) all 2,300 maintained elevators and their maintenance plans are imported and checked against Customer's source list without discrepancy; (b) work orders flow from creation to completion and back to the ERP for 10 consecutive business days without error; (c) the mobile app works for all 120 technicians on their assigned devices; (d) the reports listed in the onboarding plan are delivered.

4.3 Customer shall confirm Onboarding Acceptance in writing, or list the criteria not met, within 5 business days after Vendor's request. Use of the Service before that confirmation is not acceptance.

4.4 If Onboarding Acceptance is delayed beyond the date in Order Form Section 3.1 for reasons attributable to Vendor, Vendor shall pay Customer liquidated damages of CNY 500 per day of delay, up to CNY 30,000.

## Section 5. Customer Data and data security

5.1 Customer Data belongs to Customer. Vendor shall process it only to provide the Service to Customer and for no other purpose.

5.2 Vendor shall keep Customer Data in the mainland China region, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs and maintain its ISO 27001 certification. Vendor shall comply with the PRC Personal Information Protection Law for technician location data.

5.3 Vendor shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, take remedial action, and be responsible for the losses and regulatory costs caused by its failure to comply with this Section.

5.4 Within 30 days after the end of the Subscription Term, Vendor shall return Customer Data in CSV format and then delete it.

## Section 6. Intellectual property

6.1 Vendor owns the Service and all its underlying software.

6.2 Customer Materials belong to Customer. Customer may use, modify and let third parties use them without restriction, including after the Subscription Term.

## Section 7. Confidentiality

Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to employees and advisers who need it and are bound by equal duties. This duty lasts for three years after the Subscription Term.

## Section 8. Subcontractors

8.1 Vendor may use its affiliates and third-party subcontractors, including its hosting provider and its local implementation partner in Shanghai, to perform any part of the Service or onboarding.

8.2 Vendor will inform Customer in writing of each new subcontractor before it starts work. Vendor remains responsible for its subcontractors' performance.

## Section 9. Liability

Each party's total liability under this Agreement is limited to two times the total Order Form value. The limit does not apply to breach of Section 5 or Section 7, to personal injury or to wilful misconduct.

## Section 10. Term and termination

10.1 This Agreement ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties.

10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after notice.

10.3 If Customer terminates for Vendor's breach, Vendor shall refund any fees paid for the period after termination.

## Section 11. Governing law and disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

## Section 11A. Support and customer responsibilities

11A.1 Customer may report problems through the help desk portal, by e-mail or by telephone. Vendor's support staff speak Chinese and English.

11A.2 Vendor publishes release notes for each new version of the Service and gives Customer at least 10 days' notice of any change that removes a feature Customer uses.

11A.3 Customer shall use the Service only for its own maintenance business and in accordance with applicable law, and shall not attempt to reverse engineer, overload or disrupt the Service.

11A.4 Customer shall provide the data, interface access to its ERP and the staff time needed for onboarding, as set out in the onboarding plan.

## Section 11B. Force majeure

Neither party is liable for failure or delay caused by events beyond its reasonable control, including natural disasters, epidemics, government orders and large-scale failures of public telecommunication networks, provided it notifies the other party promptly and resumes performance as soon as possible. A failure of Vendor's own subcontractors is not force majeure unless the subcontractor itself is affected by such an event.

## Section 11C. Compliance

Each party shall comply with the anti-bribery and export-control laws that apply to it. Vendor confirms that the Service as provided to Customer does not require an export licence.

## Section 11D. Records and audit

11D.1 Vendor shall keep records of its onboarding work and of access to Customer Data by its staff, and make them available to Customer on reasonable request.

11D.2 Once in each Subscription Year, Customer may ask Vendor to complete a reasonable security questionnaire and to provide the summary of its latest ISO 27001 surveillance audit. Vendor shall reply within 20 business days.

## Section 12. General

12.1 The Order Form prevails over these General Terms where they differ.

12.2 Notices must be in writing and sent to the addresses in the Order Form.

12.3 Neither party may assign this Agreement without the other party's written consent, except to a successor of its whole business.
"""

H456E03 = """T:SUPPLY CONTRACT FOR COLD STORE TEMPERATURE MONITORING EQUIPMENT
P:Contract No. TJHX-PUR-2025-112
P:Buyer: Tianjin Hexin Cold Chain Logistics Co., Ltd., 9 Haibin Avenue, Dongjiang Port Zone, Tianjin, China (the "Buyer")
P:Supplier: Keystone Sensing Technologies Inc., 1200 Penn Avenue, Pittsburgh, Pennsylvania 15222, USA (the "Supplier")
P:Background: The Buyer operates a cold store of 42 chambers for frozen and chilled food at its Dongjiang site and must keep continuous temperature records for food-safety inspections and for its customers. Following its request for quotation, the Buyer has selected the Supplier to supply, install and commission a wireless temperature and humidity monitoring system. This contract is made on the Buyer's standard purchase terms.
H:1. Scope of Supply
P:1.1 The Supplier shall supply wireless temperature and humidity sensors, gateways, door-open sensors and the Coldwatch monitoring software, install and calibrate them at the site, integrate alarms with the Buyer's warehouse management system and train the Buyer's staff.
P:1.2 All equipment shall be new, of current production, and suitable for continuous operation at minus 30 degrees Celsius. Each sensor shall come with a calibration certificate traceable to a national standard.
H:2. Contract Price
P:2.1 The contract price is CNY 1,010,000, quoted in Chinese yuan, inclusive of Chinese VAT, duties, delivery to site and insurance. It is fixed for the duration of this contract.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor|420|1,180|495,600
TB:2|Gateway with backup battery|18|9,600|172,800
TB:3|Door-open sensor|64|680|43,520
TB:4|Coldwatch monitoring software, perpetual on-premises licence|1|186,000|186,000
TB:|Hardware and Licence Subtotal|||897,920
TB:5|Installation, calibration and commissioning|1|96,080|96,080
TB:6|Training|1|16,000|16,000
TB:|Contract Price|||1,010,000
H:3. Payment
P:3.1 10% of the contract price (CNY 101,000) within 15 days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 55% of the contract price (CNY 555,500) after all equipment is delivered and installed, as confirmed by the Buyer's installation record. The installation record is not acceptance.
P:3.3 35% of the contract price (CNY 353,500) within 15 days after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the site within 70 days after signature and complete installation and commissioning within 25 days after delivery. Work in the chambers shall follow the Buyer's schedule so that no chamber is out of service for more than one shift.
P:4.2 If the Supplier is late in delivery, installation or Final Acceptance, it shall pay the Buyer liquidated damages of 0.1% of the contract price for each day of delay, up to 10% of the contract price. Payment of liquidated damages does not release the Supplier from its obligations.
H:5. Acceptance
P:5.1 Final Acceptance requires: (a) all 420 sensors reporting at one-minute intervals to the software; (b) each sensor within plus or minus 0.3 degrees Celsius of a reference thermometer at two test points; (c) alarms reaching the warehouse management system and on-duty mobile phones within 60 seconds; (d) a 30-day trial run with no data gap longer than 10 minutes in any chamber; (e) as-built drawings, calibration certificates and manuals delivered.
P:5.2 The Buyer shall complete the acceptance tests within 10 days after the Supplier's notice of readiness and sign the Final Acceptance certificate when all criteria are met. Delivery, installation, use of the system or any payment is not acceptance.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During it the Supplier shall repair or replace any defective equipment free of charge, including batteries that fail early, and shall provide software updates and recalibration once a year.
P:6.2 Faults are handled as follows:
TB:Severity|Description|Response|On-site or restoration
TB:Severity 1|Monitoring lost for one or more chambers, or alarms not sent|30 minutes|On site within 8 hours
TB:Severity 2|Individual sensors or a gateway failed, redundancy in place|2 hours|Next business day
TB:Severity 3|Questions, reports, minor software defects|1 business day|Agreed schedule
P:6.3 For each hour by which the Supplier misses a Severity 1 time, the Supplier shall pay CNY 600, deducted from the next payment or claimed under the guarantee.
P:6.4 After the warranty period the Buyer may order annual support at not more than 7% of the Hardware and Licence Subtotal (CNY 62,854.40 per year). This fee is fixed for the first two support years after warranty. Support is ordered each year by purchase order and does not renew automatically.
H:7. Data
P:7.1 All temperature records, alarm logs and other data collected by the system belong to the Buyer. The Supplier shall use them only to perform this contract.
P:7.2 The system is installed on the Buyer's own servers. Remote access by the Supplier requires the Buyer's approval for each session, through the Buyer's VPN, and is logged. The Supplier shall not copy data off the site.
P:7.3 The Supplier shall report any security incident affecting the system or its data to the Buyer within 12 hours, help to restore the data, and bear the losses caused by its failure to comply with this clause.
H:8. Intellectual Property
P:8.1 The software and firmware remain the property of the Supplier or its licensors and are licensed to the Buyer perpetually.
P:8.2 The site-specific configuration, chamber maps, alarm rules, integration scripts and reports prepared for the Buyer belong to the Buyer, which may use and modify them and have them maintained by others.
H:9. Confidentiality
P:Each party shall keep confidential the other party's non-public information, including the Buyer's customer list and site layout, and shall not disclose it without prior written consent, during this contract and for three years after it ends.
H:10. Subcontracting
P:The Supplier shall not subcontract any part of the installation without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:11. Termination
P:The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if liquidated damages under clause 4.2 reach their maximum. The Supplier shall then refund the amounts paid for equipment or services not accepted.
H:12. Governing Law and Disputes
P:This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.
H:12A. Packing, Shipping and Inspection
P:12A.1 The Supplier shall pack the equipment for sea and road transport, label each carton with the contract number and item number, and deliver the packing list with the shipment. The Supplier bears the risk of loss until the equipment is received at the site.
P:12A.2 On arrival the Buyer shall check the quantity and external condition of the cartons in the presence of the Supplier's representative. This check is not an inspection of quality and does not limit the Buyer's rights.
P:12A.3 The Supplier shall provide the certificates of origin and conformity, and the wireless equipment shall hold the radio type approval required in China before installation.
H:12B. Training and Documentation
P:12B.1 The Supplier shall train the Buyer's warehouse supervisors, quality staff and IT administrators at the site in Chinese. Training covers daily use of the software, alarm handling, battery replacement, sensor recalibration and backup of the database.
P:12B.2 The Supplier shall deliver in Chinese and English: user manual, administrator manual, maintenance manual, as-built drawings and the list of spare parts with prices.
H:12C. Insurance and Site Rules
P:12C.1 The Supplier shall keep public liability insurance covering its work at the site and shall ensure that its staff wear cold-weather protective clothing and follow the Buyer's safety and food-hygiene rules.
P:12C.2 The Supplier shall keep a stock of spare sensors and gateways at its service partner in Tianjin sufficient to replace at least 2% of the installed quantity at short notice.
H:12D. Force Majeure
P:A party is not liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it informs the other party promptly and takes reasonable steps to limit the effect. The time for performance is extended accordingly.
H:12E. Spare Parts and Product Changes
P:12E.1 The Supplier shall make spare parts and replacement sensors compatible with the installed system available for at least seven years after Final Acceptance, at prices not higher than those in the spare parts list.
P:12E.2 If a sensor model is discontinued, the Supplier shall offer a compatible successor model that works with the installed gateways and software without additional licence fees, and shall inform the Buyer at least six months in advance.
H:13. General
P:This contract is made in English and Chinese, both equally authentic. Annex 1 (technical specification) and Annex 2 (acceptance test plan) form part of it.
P:For the Buyer: ____________________  Date: 11 August 2025
P:For the Supplier: ____________________  Date: 11 August 2025
"""

H456E04 = """# MANAGED DIGITAL SIGNAGE SERVICES AGREEMENT

Agreement No. TPS-HZ-2025-014

This Agreement is made on 25 August 2025 between:

- **Tar Heel Pixel Systems, Inc.**, a North Carolina corporation of 510 Glenwood Avenue, Raleigh, North Carolina 27603, USA ("Provider"); and
- **Hangzhou Maixiang Bakery Chain Co., Ltd.**, of 88 Wensan Road, Xihu District, Hangzhou, China ("Customer").

**Background.** Customer operates 48 bakery stores in Zhejiang province and wishes to replace printed menu boards with digital menu screens managed centrally. Provider supplies and operates digital signage as a managed service. Provider will supply, install, operate and maintain the screens and media players and publish Customer's menu content, on the terms below.

## 1. Definitions

1.1 "Services" means the managed digital signage services described in Schedule 1.

1.2 "Equipment" means the screens, media players, mounts and cabling Provider installs in the stores. Equipment remains Provider's property.

1.3 "Content" means menus, prices, product images, promotions and other material supplied by Customer or created for Customer under this Agreement.

1.4 "Service Commencement" means the date on which all 48 stores have passed the commencement tests in clause 3.

## 2. Term

2.1 The Services run for 36 months from Service Commencement (the "Term").

2.2 This Agreement expires at the end of the Term. It may be renewed only by a written amendment signed by both parties.

## 3. Rollout and commencement

3.1 Provider shall install the Equipment in all 48 stores within 75 days after signature, outside store opening hours and following a rollout plan agreed with Customer.

3.2 Commencement tests for each store: all screens display the approved menu layout; a price change published from the central console appears on every screen within 5 minutes; screens switch on and off on schedule for 7 consecutive days; the store manager has been trained.

3.3 Customer shall sign a commencement certificate for each store within 3 business days after the tests are passed, or state in writing which tests failed.

3.4 If Service Commencement is delayed beyond the date in clause 3.1 for reasons attributable to Provider, Provider shall pay Customer liquidated damages of CNY 1,500 for each day of delay.

## 4. Charges and payment

4.1 At the Customer's request, all charges are stated and paid in Chinese yuan (CNY), inclusive of VAT, as set out in Schedule 2.

4.2 The one-time setup charge is invoiced after Service Commencement. Monthly service charges are invoiced monthly in arrears from Service Commencement.

4.3 Customer shall pay each correct invoice within 30 days after receipt.

4.4 Charges are fixed for the Term. Stores added during the Term are charged at the monthly rate per store in Schedule 2.

## 5. Service levels

5.1 Provider shall meet the service levels in Schedule 3. Provider's network operations centre monitors every media player around the clock.

5.2 Service credits under Schedule 3 are deducted from the next monthly invoice. Total service credits in any month shall not exceed 20% of that month's service charges.

## 6. Content

6.1 Content supplied by Customer, and Content that Provider creates for Customer, belongs to Customer. Provider may use Content only to provide the Services and shall remove it from its systems at the end of the Term.

6.2 Provider shall publish only Content approved by Customer's marketing department through the central console.

## 7. Intellectual property

7.1 Provider retains all rights in its content management software, player software and standard templates.

7.2 Menu layouts, designs and templates created specifically for Customer belong to Customer, which may use and modify them freely and may have them used by another provider after the Term.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information of the other party, including Customer's prices, promotions and sales plans before their launch, and shall not disclose it to any third party without prior written consent.

8.2 This clause continues for three years after the Term ends.

## 9. Subcontracting

Provider shall not subcontract the installation or maintenance work without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total charges payable for the Term as set out in Schedule 2.

10.2 The limit does not apply to personal injury, damage to Customer's stores caused by Provider's staff, or wilful misconduct.

## 11. Remedies and ending the Agreement

11.1 Service credits and liquidated damages are Customer's remedies for failures in service levels and rollout. Customer's other remedies for a breach by Provider are damages under clause 10 and an order to perform.

11.2 Customer may not terminate this Agreement before the end of the Term, including for a breach by Provider, except where Provider becomes insolvent or ceases business.

11.3 Provider may suspend the Services if an undisputed invoice is unpaid for more than 60 days after written reminder.

11.4 At the end of the Term Provider shall remove the Equipment within 30 days and restore the mounting points.

## 12. Governing law and disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

## 12A. Customer responsibilities

12A.1 Customer shall give Provider access to the stores outside opening hours for installation and maintenance, provide power sockets at agreed points and keep the Equipment free from damage by its staff.

12A.2 Customer shall supply menus, prices, images and promotions in the formats described in the rollout plan and approve each layout in the central console before it is published.

12A.3 Customer shall tell Provider at least 30 days in advance if a store is relocated, refitted or closed. Relocation of Equipment is charged at the rate agreed in the rollout plan.

## 12B. Provider staff and Equipment

12B.1 Provider's installation and maintenance staff shall carry identification, follow the store manager's instructions on food hygiene and safety, and avoid disturbing customers.

12B.2 Provider shall insure the Equipment and bears the risk of its loss or damage, except damage caused by Customer's staff.

12B.3 Provider shall replace any screen that shows visible defects, such as dead pixels in the menu area, within 5 business days after notice.

## 12C. Force majeure

Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government orders, provided it notifies the other party promptly and resumes performance as soon as possible. Charges are suspended for stores closed by such an event.

## 12D. Reporting and review meetings

12D.1 Provider shall send the monthly report in Schedule 1 by the fifth business day of each month, in Chinese, showing for each store the faults, response and restoration times, credits due and publishing requests completed.

12D.2 The parties' account managers shall meet each quarter to review the report, planned menu changes, new store openings and any recurring faults. Provider shall propose corrective actions for any store with more than two P1 incidents in a quarter and carry them out at its own cost.

## 13. General

13.1 The Schedules form part of this Agreement. If a Schedule conflicts with the clauses, the clauses prevail.

13.2 Notices must be in writing and sent to the addresses above.

## Schedule 1 - Services

| Service element | Description |
|---|---|
| Equipment | Two 55-inch menu screens and one media player per store (96 screens and 48 players in total), installed, insured and replaced by Provider |
| Content publishing | Provider's studio prepares menu layouts and publishes changes requested by Customer: routine changes within 1 business day, urgent price changes within 2 hours |
| Monitoring | 24x7 monitoring of every player; automatic alerts to Provider's network operations centre |
| Maintenance | Preventive visit to every store each quarter; repairs and replacement of faulty Equipment |
| Reporting | Monthly report on faults, response times, publishing requests and screen uptime per store |

## Schedule 2 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly service charge | 48 stores x CNY 1,150 per store per month | 55,200 per month |
| Monthly service charges for the Term | 36 months x CNY 55,200 | 1,987,200 |
| One-time setup charge | Design of templates, rollout, installation and training | 86,400 |
| **Total charges for the Term** | | **2,073,600** |

## Schedule 3 - Service levels and credits

| Priority | Definition | Response | Restoration | Credit if missed |
|---|---|---|---|---|
| P1 | All screens in a store blank or showing wrong prices | 30 minutes | Next store opening, at the latest 12 hours | CNY 300 per store per hour late |
| P2 | One screen in a store faulty | 2 hours | 2 business days | CNY 100 per store per day late |
| P3 | Cosmetic faults, reporting questions | 1 business day | 5 business days | none |

Signed for Provider: ____________________ (Michael Reyes, President), 25 August 2025

Signed for Customer: ____________________ (Xu Jing, Chief Executive), 25 August 2025
"""

H456E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. MCD-API-2025-0296

PARTIES

Mid-South Cotton Data Services, LLC, a Tennessee limited liability company with its office at 65 Union Avenue, Memphis, Tennessee 38103, USA ("Provider").

Nantong Huafang Textile Co., Ltd., a company incorporated in the People's Republic of China with its office at 1 Gangzha Road, Nantong, Jiangsu ("Customer").

BACKGROUND

Customer is a cotton spinning mill that buys raw cotton from the United States, Brazil and Australia. Provider collects and publishes cotton market data, including daily spot quotations, classing results, crop progress, export sales and basis levels. Customer wishes to receive this data through Provider's application programming interface (the "API") and to load it into its purchasing and risk systems.

1. DEFINITIONS

"Licensed Data" means the data delivered through the API under this Agreement.
"Customer Data" means the queries, watchlists, contract positions, purchase records and other information Customer sends to or stores in the API or Provider's web portal.
"Subscription Year" means the period starting on the Service Start Date or on an anniversary of it and ending the day before the next anniversary.
"Service Start Date" means the date of Integration Acceptance under section 4.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Term to access the API with up to 3 API keys, call it up to 400,000 times per Subscription Year, and use the Licensed Data internally in China for Customer's cotton purchasing, pricing and risk management.
2.2 Customer may keep and use Licensed Data received during the Term after the Term ends for its internal records, but may not resell or publish it.
2.3 Calls above the annual allowance are charged at CNY 0.35 per call and invoiced quarterly in arrears.

3. FEES AND PAYMENT

3.1 At the Customer's request, all fees are stated and paid in Chinese yuan (CNY), inclusive of Chinese VAT.
3.2 Subscription fee: CNY 264,000 per Subscription Year. Initial term: two Subscription Years, CNY 528,000.
3.3 Integration and historical data package (one-time): CNY 18,000, covering ten years of historical data, mapping of Customer's grade codes, test environment and two remote training sessions.
3.4 Total contract value for the initial term: CNY 546,000 (excluding any overage).
3.5 The one-time fee is invoiced after Integration Acceptance. The subscription fee is invoiced quarterly in arrears at CNY 66,000 per quarter from the Service Start Date. Customer pays within 30 days after receiving a correct invoice. Nothing is payable before the Service Start Date.

4. INTEGRATION AND ACCEPTANCE

4.1 Within 30 days after signature Provider shall deliver the API keys, the historical data package and the grade-code mapping, and support Customer's IT team in connecting the API to its systems.
4.2 Integration Acceptance criteria: (a) all endpoints listed in the API documentation return data for the agreed markets; (b) the historical package is complete for all agreed series when checked against Provider's published records; (c) daily spot quotations are available through the API by 18:00 Memphis time on each trading day for 10 consecutive trading days; (d) the grade-code mapping is confirmed by Customer's cotton department.
4.3 Customer shall confirm Integration Acceptance in writing or list the failed criteria within 5 business days after Provider's notice. Use of the API in testing is not acceptance.
4.4 If Provider fails to deliver the items in section 4.1 on time for reasons within its control, Provider shall pay Customer CNY 600 for each day of delay.

5. SERVICE LEVELS

5.1 Provider shall make the API available at least 99.5% of each calendar month, excluding scheduled maintenance announced 48 hours in advance and held on weekends.
5.2 Support incidents are classed by severity. Severity 1 (API unavailable or returning wrong data for a whole market): response within 1 hour, 24x7. Severity 2 (one endpoint or series delayed): response within 3 business hours. Severity 3: next business day.
5.3 If monthly availability falls below 99.5%, Customer receives a service credit of 5% of the monthly subscription fee for each full 0.5 percentage point below that level, up to 25% of that fee. A Severity 1 response more than 1 hour late earns a further credit of CNY 500 per hour.
5.4 Data errors reported by Customer shall be corrected and re-delivered within one business day.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider shall use it only to provide the API service to Customer and shall not use it for analytics, for other customers, or for any other purpose.
6.2 Provider shall protect Customer Data with encryption in transit and at rest, role-based access for named staff, logging and its SOC 2 controls, and shall delete it within 30 days after the Term ends.
6.3 Provider shall notify Customer within 24 hours of any security breach affecting Customer Data, take remedial steps, and bear the losses caused by its failure to comply with this section.

7. CONFIDENTIALITY

Each party shall keep the other party's confidential information, including Customer's contract positions and purchasing plans, in confidence and use it only for this Agreement, during the Term and for three years after it.

8. INTELLECTUAL PROPERTY

8.1 Provider owns the Licensed Data and the API.
8.2 The grade-code mapping, field mappings and dashboards prepared specifically for Customer belong to Customer, which may use and modify them freely.

9. RENEWAL

At the end of the initial term this Agreement renews automatically for successive periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current period. Provider may increase the subscription fee for any renewal period by up to 9% over the fee of the preceding Subscription Year by notice given at least 75 days before the renewal date.

10. SUBCONTRACTING

Provider shall not subcontract the performance of this Agreement, except for the use of its existing hosting provider, without Customer's prior written consent.

11. LIABILITY

Each party's total liability under this Agreement is limited to 200% of the total contract value in section 3.4. The limit does not apply to breach of sections 6 and 7 or to wilful misconduct.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after notice.
12.2 Customer may also terminate by written notice if monthly availability is below 99.5% in three months of any six-month period.
12.3 On termination for Provider's breach, Provider shall refund any fees paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

13A. CUSTOMER RESPONSIBILITIES AND USE RESTRICTIONS

13A.1 Customer shall keep its API keys secure, shall not share them with third parties, and is responsible for calls made with its keys.
13A.2 Customer may show Licensed Data in internal reports and may share excerpts with its banks, auditors and insurers for their review of Customer's business, but shall not use Licensed Data to build a competing data product.
13A.3 Customer shall tell Provider promptly if it believes any Licensed Data is wrong, so that Provider can check and correct it.

13B. DATA QUALITY

13B.1 Provider collects Licensed Data from public sources, exchanges and its own market reporters, and shall use the care of a professional market data publisher in collecting, checking and publishing it.
13B.2 Provider shall keep a record of each correction and make it available through the API within one business day of the correction.
13B.3 Provider does not guarantee the future prices of cotton, and Customer remains responsible for its own purchasing and hedging decisions.

13C. FORCE MAJEURE

Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, government orders or failures of public internet networks, provided it notifies the other party promptly and resumes performance as soon as possible.

13D. NOTICES

Notices must be in writing and sent by courier or by e-mail confirmed by the recipient to the addresses stated above. Operational messages may be sent through the web portal.

13E. ACCOUNT MANAGEMENT

13E.1 Provider shall name an account manager who speaks Chinese and is available during Customer's business hours for questions on coverage, data definitions and invoices.
13E.2 Provider shall inform Customer at least 30 days in advance of any change to the API that is not backward compatible, and shall keep the previous version available for at least 90 days after the change.
13E.3 Once in each Subscription Year the parties shall review Customer's usage and the list of markets covered, and agree in writing on any additions.

14. GENERAL

This Agreement is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties. Neither party may assign it without the other's written consent.

SIGNATURES

For Provider: ____________________ Name: Robert Hale, Managing Member Date: 8 September 2025

For Customer: ____________________ Name: Gu Xiaofeng, General Manager Date: 8 September 2025
"""

SOURCES = {"h456z01": H456Z01, "h456z02": H456Z02, "h456e01": H456E01, "h456e03": H456E03}
TARGETS = {"h456z01": ("h456z01_healthcare_security_fund_supervision_platform.pdf", "pdf"),
           "h456z02": ("h456z02_pharma_freeze_dryer_control_retrofit.docx", "docx"),
           "h456e01": ("h456e01_ohio_spc_quality_software_licence.pdf", "pdf"),
           "h456e03": ("h456e03_cold_store_temperature_sensors_supply.docx", "docx")}
PLAIN = {"h456z03": ("h456z03_florist_chain_order_member_saas.txt", H456Z03),
         "h456z04": ("h456z04_tax_hall_queue_system_annual_om.txt", H456Z04),
         "h456z05": ("h456z05_beef_jerky_traceability_supplier_template.md", H456Z05),
         "h456e02": ("h456e02_field_service_saas_order_form.md", H456E02),
         "h456e04": ("h456e04_managed_digital_signage_service.md", H456E04),
         "h456e05": ("h456e05_cotton_market_data_api_subscription.txt", H456E05)}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
OK = dict(sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
          acceptance_clause=True, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False)


def goods(**kw):
    d = dict(OK, contract_kind="goods_or_licence", final_payment_on_acceptance=True, liability_cap_pct=None,
             prepayment_pct=None, governing_law="PRC", availability_pct=None)
    d.update(kw)
    return d


def service(**kw):
    d = dict(OK, contract_kind="service", final_payment_on_acceptance=None, warranty_months=None,
             post_warranty_fee_pct=None, liability_cap_pct=None, prepayment_pct=None, governing_law="PRC",
             availability_pct=None)
    d.update(kw)
    return d


# key: (lang, category, terms, extra, fee_base (goods only), design rules)
DESIGN = {
    "h456z01": ("zh", "software",
                goods(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
                      warranty_months=36, post_warranty_fee_pct=8),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=2218000), 1280000, []),
    "h456z02": ("zh", "hardware",
                goods(p1_response_hours=0.5, ld_rate_per_day_pct=0.03, prepayment_pct=20, warranty_months=24,
                      post_warranty_fee_pct=9, subcontract_without_consent=True),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1192000), 856000,
                ["CR-LD-LOW", "CR-SUBCONTRACT"]),
    "h456z03": ("zh", "cloud",
                service(availability_pct=99.5, p1_response_hours=1, ld_rate_per_day_pct=0.1,
                        liability_cap_pct=6 / 36 * 100, auto_renewal_price_increase=True),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=849200),
                None, ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "h456z04": ("zh", "services",
                service(p1_response_hours=0.25, ld_rate_per_day_pct=0.2, liability_cap_pct=50, confidentiality=False,
                        governing_law=None),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=276000),
                None, ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"]),
    "h456z05": ("zh", "software",
                goods(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                      ld_rate_per_day_pct=None, liability_cap_pct=380000 / 600000 * 100, prepayment_pct=50,
                      acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
                      post_warranty_fee_pct=28, subcontract_without_consent=None, governing_law=None),
                dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=True, contract_value=600000), 380000,
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                 "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h456e01": ("en", "software",
                goods(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=20,
                      warranty_months=18, post_warranty_fee_pct=11, governing_law="Ohio"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1700000), 1120000, ["CR-GOVERNING-LAW"]),
    "h456e02": ("en", "cloud",
                service(p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=500 / 488400 * 100,
                        liability_cap_pct=200, subcontract_without_consent=True),
                dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=488400),
                None, ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
    "h456e03": ("en", "hardware",
                goods(p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=10, warranty_months=36,
                      post_warranty_fee_pct=7),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1010000), 897920, []),
    "h456e04": ("en", "services",
                service(p1_response_hours=0.5, ld_rate_per_day_pct=1500 / 2073600 * 100, liability_cap_pct=150,
                        data_security_clause=False, termination_for_breach=False),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2073600),
                None, ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "h456e05": ("en", "cloud",
                service(availability_pct=99.5, p1_response_hours=1, ld_rate_per_day_pct=600 / 546000 * 100,
                        liability_cap_pct=200, auto_renewal_price_increase=True),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=546000),
                None, ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
FOREIGN_FORUM = {"h456e01"}  # arbitration seated in Columbus, Ohio


def tco(t, x, base):
    """Policy section 4: 5-year horizon from acceptance; value + post-warranty fees (partial years pro rata)."""
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    fee = t["post_warranty_fee_pct"] / 100 * base
    years = max(0, 60 - t["warranty_months"]) / 12
    fees = fee * years
    total = x["contract_value"] + fees
    return total, fees, fees / total * 100


def derive(key, t, x, base):
    """My own reading of policy.md section 3, applied to the labels."""
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
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(t, x, base)
        if c and c[2] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---- threshold scan -------------------------------------------------------------------------------------------
ND = r"(?<![\d.])"
PATTERNS = [
    ND + r"99\.90*(?!\d)", r"99\s*\.\s*9\s*%",
    ND + r"4\s*(?:个)?小时", r"(?<![十\d])四\s*(?:个)?小时", r"(?<![a-z])four[\s-]?hours?", ND + r"4\s*-?\s*(?:hours?|hrs?\b|h\b)",
    ND + r"240\s*(?:分钟|min)", r"二百四十分钟",
    ND + r"0\.050*(?!\d)", r"万分之五(?![十\d])", r"five\s+basis", 
    ND + r"100(?:\.0+)?\s*%", r"百分之(?:一)?百", r"one\s+hundred\s+per\s*cent",
    ND + r"30(?:\.0+)?\s*%", r"百分之三十(?![一二三四五六七八九点])", r"三成", r"thirty\s+per\s*cent",
    ND + r"12\s*(?:个月|-?\s*months?)", r"十二个月", r"(?<![a-z])twelve[\s-]?months?", r"一年",
    r"(?<![a-z])one[\s-]?years?(?![a-z])", ND + r"1\s*-?\s*years?(?![a-z])", ND + r"1\s*年(?!度)",
    ND + r"15(?:\.0+)?\s*%", r"百分之十五(?![点])", r"fifteen\s+per\s*cent",
    ND + r"40(?:\.0+)?\s*%", r"百分之四十(?![一二三四五六七八九点])", r"四成", r"forty\s+per\s*cent",
    ND + r"5\s*年(?!度)", r"(?<![十\d〇零])五年", r"(?<![a-z])five[\s-]?years?", ND + r"5\s*-?\s*years?(?![a-z])",
    ND + r"60\s*(?:个月|-?\s*months?)", r"六十个月", r"sixty\s+months",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240分钟", "0.05%", "0.05 %",
            "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月", "12 个月", "十二个月",
            "twelve months", "12 months", "一年", "one year", "15%", "15 %", "40%", "四成", "百分之四十", "5年", "5 年",
            "五年", "five years", "5 years", "60 months", "60个月"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度",
             "Subscription Year", "14 hours", "1.5%", "140%", "130%", "212 months", "2015年", "百分之三十五", "25%",
             "45%", "35%", "0.5 percentage point", "ten years", "36 months", "24 months", "120 days", "三年", "二十四个月",
             "三十六个月", "每个服务年度", "400,000", "0.035%"]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            for m in rx.finditer(variant):
                out.append((rx.pattern, variant[max(0, m.start() - 20):m.end() + 20]))
    return out


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() for p in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


THRESHOLD_VALUES = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                    "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12,
                    "post_warranty_fee_pct": 15}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    files = {k: v[0] for k, v in TARGETS.items()}
    for k, (name, text) in PLAIN.items():
        (OUT / name).write_text(text, encoding="utf-8")
        files[k] = name
    covered = set()
    problems = []
    for key in sorted(DESIGN):
        lang, cat, terms, extra, base, design = DESIGN[key]
        name = files[key]
        t = {k: terms[k] for k in TERM_KEYS}
        rules = derive(key, t, extra, base)
        assert rules == sorted(design), (key, rules, design)
        covered |= set(rules)
        for k, v in THRESHOLD_VALUES.items():
            assert t[k] is None or t[k] != v, (key, k)
        c = tco(t, extra, base) if t["contract_kind"] == "goods_or_licence" else None
        if c:
            assert abs(c[2] - 40) > 2, (key, c)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        src = dict(SOURCES, **{k: v[1] for k, v in PLAIN.items()})[key]
        h = hits(text) + hits(src)
        tco_s = "" if not c else " tco=%.0f share=%.2f" % (c[0], c[2])
        print("%-60s %s %5d %s %s%s" % (name, lang, n, risk(rules), ",".join(r[3:] for r in rules) or "-", tco_s))
        if not lo <= n <= hi:
            problems.append("%s length %d outside %d-%d" % (name, n, lo, hi))
        for pat, ctx in h:
            problems.append("%s threshold text %r: %r" % (name, pat, ctx))
    missing = set(ALL_RULES) - covered
    assert not missing, missing
    assert len(ALL_RULES) == 20
    for p in problems:
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
