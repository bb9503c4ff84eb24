"""holdout730: builds the ten blind held-out draft contracts (.txt/.md written as is, .docx/.pdf through
../word_pdf.py), writes their .json labels and asserts the checks of the brief (lengths, thresholds, rules, mix).
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

SRC = {}

SRC["z01"] = """T:南水北调东线江淮段沿线水质监测平台建设项目合同
P:合同编号：JHGL-CG-2026-017        采购方式：公开招标（政府采购）
P:甲方（采购人）：南水北调东线江淮段工程管理局
P:乙方（供应商）：北京清源智测科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就沿线水质监测平台建设事宜，经协商一致，签订本合同。
H:第一条 合同标的与价款
P:1.1 乙方向甲方提供沿线水质监测平台软件许可（永久许可，不限用户数，覆盖沿线86个自动监测站及12个人工断面），并完成定制开发、实施部署和培训服务。
P:1.2 合同总价为人民币2,200,000元（含税），其中：平台软件许可费1,280,000元；定制开发费736,000元（水质预警模型、断面数据接入接口、移动巡检端）；实施部署费148,000元；培训费36,000元。
P:1.3 合同总价为固定价格，已包含软件许可、开发、部署、调试、培训、差旅、税费及质保期内的全部服务费用，甲方不再支付其他任何费用。
H:第二条 交付与工期
P:2.1 乙方应于合同生效后150日内完成平台部署、数据接入和定制功能开发，并书面提交初验申请。
P:2.2 乙方应于初验前提交需求规格说明书、设计文档、测试报告、用户手册、运维手册及定制部分的全部源代码。
P:2.3 部署地点为甲方调度中心机房，乙方人员进场须遵守甲方安全生产和机房管理制度。
P:2.4 乙方应组建不少于8人的项目组，项目经理须具有信息系统项目管理师资格并常驻现场，未经甲方书面同意不得更换。乙方每两周向甲方提交项目进度报告，重大事项随时报告。
P:2.5 甲方负责提供机房环境、服务器运行环境、网络接入及各监测站现有数据接口的技术资料，并指定专人配合需求调研、联调和测试。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%，即440,000元，作为预付款。
P:3.2 初验合格后15个工作日内，甲方支付合同总价的45%，即990,000元。
P:3.3 最终验收合格并签署最终验收报告后15个工作日内，甲方支付合同总价的35%，即770,000元。
P:3.4 乙方应在每笔付款前开具合法有效的增值税发票。甲方为预算单位，付款按国库集中支付程序办理。
H:第四条 验收
P:4.1 初验：乙方完成部署和开发后，甲方组织初验，按技术规格书逐项核对功能和接口。初验合格后平台进入试运行，试运行期为90日。
P:4.2 最终验收标准：（1）86个自动监测站数据按5分钟周期接入，试运行期内数据缺失率低于0.5%；（2）预警模型对近三年历史超标事件回测的命中率不低于95%；（3）200个并发用户下页面响应时间不超过3秒；（4）通过第三方测评机构的软件功能测评和安全测评；（5）试运行期内未发生一级故障。
P:4.3 平台上线、试运行或甲方实际使用，均不视为验收合格。验收以双方签署的最终验收报告为准；验收不合格的，乙方应在20日内整改并承担整改费用，再次验收仍不合格的，甲方有权解除合同。
H:第五条 质保与维护
P:5.1 质保期为三年，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、巡检及技术支持。
P:5.2 质保期内乙方每季度进行一次现场巡检，每半年提交一次平台运行分析报告，并根据地表水环境质量标准及监测技术规范的更新免费调整相关功能。
P:5.3 质保期满后，甲方如需继续购买维护服务，年度维护费不超过平台软件许可费的9%，即不超过115,200元/年，该价格在质保期满后三年内不上调。维护服务另行签订合同，不自动续期。
H:第六条 服务水平
P:6.1 平台月度可用率不低于99.98%（计划内维护除外，计划内维护须提前3个工作日报甲方同意）。
P:6.2 故障响应：一级故障（平台整体不可用或预警功能失效）30分钟内响应，2小时内到场，8小时内恢复；二级故障（单个模块或部分站点数据中断）2小时内响应，24小时内解决；三级故障1个工作日内响应。
P:6.3 乙方每超出响应或恢复时限1小时，甲方有权从应付款或履约保证金中扣减1,000元；月度可用率每低于承诺值0.01个百分点，扣减2,000元。
H:第七条 数据安全与数据归属
P:7.1 平台采集、存储和产生的全部水质监测数据、站点信息及业务数据均归甲方所有。乙方仅可为履行本合同使用上述数据，不得用于其他任何目的，不得向任何第三方提供。
P:7.2 乙方应按网络安全等级保护第三级要求落实安全措施；远程运维须经甲方审批并通过堡垒机进行，操作全程留痕；乙方不得将甲方数据拷贝出甲方网络。
P:7.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第八条 保密
P:8.1 双方对履约中知悉的对方商业秘密、工程运行信息、调度信息及其他未公开资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后五年内持续有效。
H:第九条 知识产权
P:9.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:9.2 为本项目定制开发的预警模型、接口程序、移动巡检端及其源代码和文档的知识产权归甲方所有，甲方可自行修改、使用或委托第三方维护。
P:9.3 乙方保证所交付软件不侵犯任何第三方的知识产权，因此发生的纠纷由乙方负责处理并承担全部费用。
H:第十条 违约责任
P:10.1 乙方逾期完成部署或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:10.3 乙方违约给甲方造成损失的，除支付违约金外，还应赔偿甲方的实际损失。
H:第十一条 分包与转让
P:11.1 本项目不允许分包。乙方不得转包，也不得将本合同的权利义务转让给任何第三方。
H:第十二条 合同解除
P:12.1 乙方逾期超过60日，或有其他严重违约行为经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，乙方应退还已收款项并承担违约责任。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
P:12.3 合同解除后，乙方应在10日内向甲方移交已完成的开发成果、源代码、文档及甲方数据，并配合甲方完成平台过渡。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 履约保证金
P:14.1 乙方应在合同签订后10日内向甲方提交合同总价5%的履约保证金（可采用银行保函形式）。最终验收合格后，履约保证金转为质量保证金；质保期满且无未了事项的，甲方在15个工作日内无息退还。
H:第十五条 其他
P:15.1 招标文件、投标文件、技术规格书和分项报价表为本合同组成部分。本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：                    乙方（盖章）：
P:法定代表人或授权代表：            法定代表人或授权代表：
P:日期：2026年3月    日              日期：2026年3月    日
"""

SRC["z02"] = """T:纳底压底生产线控制系统改造及维保合同
P:合同编号：BX-SB-2026-031
P:甲方：河北容城千层底布鞋厂
P:乙方：保定恒拓自动化工程有限公司
P:甲方委托乙方对纳底、压底两道工序的生产线进行控制系统改造，并在质保期满后提供维保服务。双方经协商，订立本合同。
H:第一条 项目内容
P:1.1 乙方负责拆除原有继电器控制柜，安装PLC控制柜、伺服纳底机控制单元、压底机压力闭环控制单元、工位触摸屏及生产数据采集软件，完成与甲方现有ERP的对接，并对操作人员进行培训。
P:1.2 改造范围为两条纳底线和一条压底线，共计26个工位。施工须在甲方停产检修期内分两批完成，不得影响甲方正常生产。
H:第二条 合同价款
P:2.1 合同总价为人民币1,530,000元（含税），分项价格见下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及电气元件|3套|418,000
TB:2|伺服纳底控制单元|20套|386,000
TB:3|压底机压力闭环控制单元|6套|244,000
TB:4|工位触摸屏及扫码终端|26套|117,000
TB:5|生产数据采集软件（永久许可）|1套|195,000
TB:—|软硬件小计| |1,360,000
TB:6|安装调试及ERP对接|1项|152,000
TB:7|操作及维修培训|1项|18,000
TB:—|合同总价| |1,530,000
P:2.2 上述价格为固定价格，包含运输、安装、调试、培训及质保期内服务费用。
P:2.3 乙方承诺所报设备单价不高于其同期向其他客户销售同型号设备的价格。合同履行期间原材料或元器件价格上涨的，合同价款不作调整。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，甲方支付合同总价的20%，即306,000元。
P:3.2 全部设备到货并完成安装调试后，甲方支付合同总价的45%，即688,500元；到货、安装和调试均不视为验收合格。
P:3.3 最终验收合格后15个工作日内，甲方支付合同总价的35%，即535,500元。
P:3.4 乙方应在每次付款前向甲方开具等额增值税专用发票，甲方以银行转账方式付款。乙方银行账户变更的，应提前书面通知甲方并加盖公章。
H:第四条 交付与验收
P:4.1 乙方应于合同签订后75日内完成全部设备到货、安装和调试。具体施工日期以甲方书面确认的停产检修计划为准，乙方应提前7日提交施工方案和人员名单。
P:4.2 验收标准：（1）纳底针距偏差不超过0.3毫米；（2）压底压力控制偏差不超过0.2兆帕，压底时间可按鞋码分档设定；（3）单线节拍达到每小时180双；（4）生产数据采集软件与ERP工单、产量数据核对一致；（5）整线连续运行72小时无停机故障。
P:4.3 甲方在乙方提交验收申请后10日内组织验收，双方签署验收报告。验收不合格的，乙方应在15日内整改后重新验收。
P:4.4 乙方提供的PLC、伺服驱动器、触摸屏等主要部件应为原厂全新正品，随货提供合格证、说明书和电气图纸；品牌和型号须与设备技术参数表一致，未经甲方书面同意不得替换。
P:4.5 改造完成后，乙方应向甲方移交电气原理图、接线图、PLC程序备份、参数设定表和维修手册各两套，并提供电子版。
H:第五条 质保与维保
P:5.1 质保期为十八个月，自最终验收合格之日起算。质保期内乙方免费维修或更换故障部件（人为损坏除外）。
P:5.2 质保期满后，乙方提供驻厂维保服务，包括定期巡检、易损件更换、程序调整和故障抢修。维保费每年按软硬件小计的26%计取，即人民币353,600元/年，自质保期满之日起三年内不调价，按季度支付。
P:5.3 故障响应：一级故障（整线停机）1小时内响应，3小时内到场，8小时内恢复生产；二级故障（单工位故障）2小时内响应，次日内修复。乙方每超时1小时，甲方有权扣减当期维保费或质保金500元。
P:5.4 质保期内乙方每季度上门巡检一次，检查伺服参数、压力传感器零点和电气连接，出具巡检报告；发现隐患的，应在甲方下一次停机保养时处理完毕。
P:5.5 乙方应在甲方厂区存放常用备件，包括伺服驱动器、压力传感器、继电器模块及触摸屏各一套，备件清单作为设备技术参数表的附表。备件使用后，乙方应在7日内补齐。
H:第六条 双方责任
P:6.1 甲方负责在停产检修期内提供施工场地、临时电源和原有设备图纸，并指定设备科人员配合施工和调试。
P:6.2 乙方施工人员应持证上岗，遵守甲方厂区安全、防火及文明施工规定，施工垃圾及拆除的旧控制柜按甲方指定地点堆放。因乙方施工造成人身伤害或财产损失的，由乙方负责。
P:6.3 乙方应为甲方培训操作工和维修电工不少于40人次，培训后操作人员应能独立完成换型设定、压力参数调整和常见报警处理。
H:第七条 生产数据
P:7.1 改造后系统采集的工艺参数、产量、质量记录等生产数据归甲方所有，乙方仅为履行本合同使用，不得用于其他目的或提供给第三方。
P:7.2 乙方远程维护须事先取得甲方同意，通过甲方指定的VPN账户接入，维护完成后立即关闭；不得拷贝甲方数据。因乙方原因导致数据泄露、丢失或系统被攻击的，乙方应在2小时内通知甲方并采取补救措施，承担由此造成的全部损失。
H:第八条 保密
P:8.1 乙方对在甲方厂区知悉的工艺配方、鞋型数据、客户订单及经营信息负有保密义务，未经甲方书面同意不得向任何第三方披露，本条在合同终止后三年内有效。
H:第九条 知识产权
P:9.1 数据采集软件的标准版本知识产权归乙方，甲方享有永久使用权。
P:9.2 为本项目编写的PLC程序、触摸屏画面、ERP对接程序及其源程序归甲方所有，甲方可自行修改或委托他人维护。
H:第十条 分包
P:10.1 乙方可将电气布线、控制柜安装等施工工作分包给其合作单位，分包前书面通知甲方即可。乙方对分包单位的工作质量和安全负责。
H:第十一条 违约责任
P:11.1 乙方逾期完成安装调试或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 因改造施工超出停产检修期造成甲方停产的，乙方另行赔偿甲方停产损失。
P:11.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十二条 合同解除
P:12.1 乙方逾期超过45日，或交付设备两次验收不合格，或有其他严重违约行为经书面催告后10日内未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:12.2 合同解除的，乙方应在甲方通知的期限内将生产线恢复至可运行状态，或按甲方要求拆除已安装设备。
P:12.3 维保期内乙方连续两个季度未达到第5.3条响应要求的，甲方有权提前终止维保服务，按实际服务期结算维保费。
H:第十三条 不可抗力
P:13.1 因地震、洪水、疫情管控等不可抗力不能按期履行的，受影响方应在3日内通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方协商是否继续履行。
H:第十四条 法律适用与争议
P:14.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交保定仲裁委员会仲裁。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术参数表、施工计划、备件清单。
P:15.2 本合同未尽事宜，双方协商签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：                    乙方（盖章）：
P:代表：                              代表：
"""

SRC["z03"] = """连锁钓场预约及会员管理系统订阅与实施服务合同

合同编号：YL-IT-2026-008
甲方：江苏渔乐汇休闲垂钓连锁管理有限公司
乙方：杭州钓客云信息技术有限公司

甲方在江苏、浙江、安徽经营40家垂钓俱乐部门店。为统一管理钓位预约、会员储值、积分和门店经营数据，甲方向乙方订购"钓客云"预约及会员管理SaaS服务并委托乙方实施。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方40家门店提供SaaS服务，包括钓位及钓塘预约、会员注册与储值、积分及等级、放鱼计划公示、门店收银、总部经营报表及微信小程序前端。
2. 服务期为两个服务年度：第一个服务年度自上线验收合格之日起算，第二个服务年度紧接其后，每个服务年度的起止日以验收报告载明的日期为准。
（二）实施服务
1. 乙方负责40家门店的系统开通与参数配置、原有会员数据（约8.6万条）和储值余额的迁移、小程序定制页面开发、门店店长及收银员培训。
2. 为甲方定制的小程序页面、会员权益规则配置和总部报表模板，其知识产权归甲方所有，甲方可自由使用、修改或交由第三方继续开发。
（三）运营支持
1. 服务期内，乙方提供7×24小时客服热线和在线工单系统，指定一名客户成功经理负责甲方账户，每月提交服务运行报告，内容包括可用率、故障记录、工单处理情况和优化建议。
2. 乙方每季度至少组织一次门店店长线上培训，介绍新功能和常见问题处理方法；新开门店开通时，乙方免费提供一次远程上线培训。
4. 甲方总部管理员可自行配置钓塘、钓位、收费标准和会员权益，乙方提供配置手册和视频教程。
3. 乙方对平台进行版本更新的，应提前5个工作日通知甲方，并在更新前完成测试；涉及门店操作流程变化的，应同时提供操作说明。版本更新不得降低本合同约定的功能和服务水平。

二、合同价款
（一）订阅费：每店每服务年度6,800元，40家门店每服务年度合计272,000元，两个服务年度合计544,000元。
（二）实施费：一次性96,000元。
（三）合同总额为人民币640,000元（含税）。服务期内新增门店按同一单价按月折算，另行签订补充协议。

三、付款方式
（一）实施费在上线验收合格后15个工作日内一次性支付。
（二）订阅费按季度后付：每季度结束后10个工作日内，乙方提交服务报告及发票，甲方支付该季度订阅费68,000元。
（三）本合同不设预付款。
（四）乙方应在每次收款前开具增值税专用发票。因可用率未达标或故障超时产生的服务补偿，从当季订阅费中直接扣减，乙方按扣减后金额开具发票。

四、上线与验收
（一）乙方应在合同签订后60日内完成全部门店开通、数据迁移及培训，并提交上线验收申请。
（二）验收标准：
1. 迁移会员数据与储值余额逐户核对，差错为零；
2. 钓位预约、取消、改期、储值消费、积分兑换等测试用例全部通过；
3. 小程序在500个并发预约请求下响应时间不超过2秒；
4. 40家门店收银及日结数据与总部报表核对一致；
5. 上线后连续试运行14日，未发生一级故障。
（三）门店开通或甲方开始使用系统，不视为验收合格。验收以双方签署的上线验收报告为准。
（四）乙方每逾期一日完成上线验收，应按600元/日向甲方支付违约金。
（五）乙方应在实施前提交实施方案和门店上线排期表，经甲方确认后执行。门店开通按区域分三批进行，每批开通前乙方应完成该批门店的数据核对和收银员培训。
（六）甲方负责提供原有会员系统的数据导出文件、门店基础信息和钓塘资料，并指定总部项目联系人协调各门店配合实施。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护安排在每日凌晨2时至5时之间，并提前48小时通知甲方。
（二）故障分级：一级故障指小程序预约或门店收银全部不可用，乙方应在30分钟内响应、3小时内恢复；二级故障指部分门店或部分功能不可用，2小时内响应、12小时内恢复；三级故障1个工作日内处理。
（三）服务补偿：月度可用率未达到承诺值的，每低于0.1个百分点，当月订阅费减免2%，最高减免当月订阅费的20%；一级故障超时恢复的，每超时1小时减免当季订阅费1,000元。

六、数据与数据安全
（一）甲方及其会员在系统中产生的会员资料、预约记录、储值和消费记录归甲方所有。
（二）乙方有权在去标识化处理后，将门店经营数据和会员消费行为数据用于行业分析报告、产品改进和市场推广，且该权利在合同终止后继续有效。
（三）乙方应采取加密存储、访问权限控制、操作日志留存等安全措施，系统应通过网络安全等级保护第三级测评；会员个人信息的处理应符合《个人信息保护法》。
（四）发生数据泄露、篡改或丢失的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担由此产生的全部赔偿责任。
（五）合同终止后30日内，乙方应将甲方数据完整导出并交付甲方，随后删除其系统中的甲方数据。

七、保密
双方对在合作中获知的对方商业信息、经营数据、价格信息及技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

八、责任限制
乙方在本合同项下的累计赔偿责任以合同总额的200%为限，但因故意、重大过失或违反第六条、第七条造成的损失不受此限。

九、甲方义务
（一）甲方应按约定支付费用，妥善保管系统管理员账号和密码，并对门店员工的操作行为进行管理。
（二）甲方应确保通过系统向会员发送的营销信息取得会员同意，并遵守国家关于广告和个人信息保护的规定。
（三）门店网络、收银电脑和打印机由甲方自行提供和维护，乙方提供远程配置指导。

十、续期
服务期满后，双方如需继续合作，应另行签订书面合同，本合同不自动续期。续订价格由双方协商确定。

十一、分包
乙方不得将实施服务分包给第三方；确需分包的，应事先取得甲方书面同意，并对分包方行为承担责任。

十二、合同解除
（一）乙方严重违约，或连续两个月可用率低于承诺值，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，并按实际服务期结算费用。
（二）任何一方进入破产清算程序的，另一方可解除合同。
（三）合同解除或服务期满后，乙方应按第六条第（五）项交付甲方数据，并在数据交付完成前保持系统只读访问，便于甲方核对会员储值余额和积分。

十三、争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，提交南京仲裁委员会仲裁。

十四、不可抗力
因自然灾害、公共卫生事件、电信运营商大面积网络中断等不可抗力导致服务中断的，受影响方应及时通知对方，并在合理期限内恢复服务；该期间不计入可用率考核，但乙方应尽最大努力减少对门店营业的影响。

十五、通知
本合同项下的通知以书面形式送达双方首页所列地址或经双方确认的电子邮箱，电子邮件发出之日视为送达。

十六、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件一：服务功能清单；附件二：门店清单；附件三：上线验收测试用例。

甲方（盖章）：                  乙方（盖章）：
授权代表：                      授权代表：
日期：                          日期：
"""

SRC["z04"] = """烧伤中心皮肤库管理系统运维服务合同

合同编号：SSZX-YW-2026-002
甲方：华东某市第三人民医院（烧伤中心）
乙方：南京医信通软件服务有限公司

甲方烧伤中心皮肤库管理系统于2023年上线，覆盖异体皮及异种皮的入库登记、供体筛查记录、处理及冻存、库存与液氮罐温度监控、出库追溯和临床使用反馈。为保障系统稳定运行，甲方委托乙方提供年度运维服务，双方订立本合同。

第1条 服务期限
1.1 服务期自2026年1月1日起至2026年12月31日止。
1.2 服务期满后如需继续委托，双方另行签订合同，本合同不自动续期。

第2条 服务内容
2.1 驻场运维：乙方派驻1名工程师，工作日8:30至17:30在烧伤中心驻场，负责日常巡检、用户支持、账号权限维护和数据备份检查。
2.2 远程及节假日支持：非工作时间提供7×24小时电话及远程支持，乙方应公布值班电话和值班表，节假日安排二线工程师随时待命。
2.3 温度监控运维：维护液氮罐及深低温冰箱温度采集接口，每月校核告警阈值配置及短信通知链路。
2.4 年度升级：完成系统与医院HIS、手术麻醉系统接口升级，以及追溯报表按照组织库管理新规的改版。
2.5 备件：提供温度采集网关、条码打印机的备品备件，故障部件随坏随换，更换下来的存储介质交甲方信息科统一处置。
2.6 报告：乙方每月提交运维月报，内容包括系统运行情况、故障及处理记录、备份检查结果、温度告警统计和优化建议；每季度末提交季度运维报告，并参加甲方组织的季度运维评审会。
2.7 应急保障：乙方应制定皮肤库系统应急预案，每半年配合甲方开展一次系统故障应急演练，确保系统中断时库存登记和出库追溯可按纸质流程临时运行，并在恢复后补录数据。

第3条 服务费用
3.1 服务费总额为人民币386,000元（含税），其中驻场运维228,000元、远程支持及巡检64,000元、年度升级58,000元、备品备件36,000元。
3.2 服务费按季度后付：每季度结束后，乙方提交运维报告及发票，甲方经考核后15个工作日内支付该季度服务费96,500元。
3.3 甲方不支付任何预付款。
3.4 季度考核不合格的，甲方有权按考核结果扣减当季服务费，扣减金额在季度运维评审会上书面确认；乙方对考核结果有异议的，可在5个工作日内提出复核申请。

第4条 服务水平
4.1 系统月度可用率不低于99.98%。
4.2 故障分级：一级故障指库存管理、温度告警或出库追溯功能不可用，乙方应在15分钟内响应、1小时内到场、3小时内恢复；二级故障指部分功能异常，1小时内响应、8小时内恢复；三级故障指一般咨询与优化需求，1个工作日内响应。
4.3 服务扣减：一级故障每超时1小时，扣减当季服务费1,500元；二级故障每超时1小时，扣减500元；月度可用率每低于承诺值0.01个百分点，扣减当季服务费1,000元。
4.4 每季度末，甲方依据运维报告、故障记录及临床科室满意度对乙方进行考核。
4.5 考核内容包括：故障响应及恢复时效、月度可用率、备份检查执行情况、温度告警通知链路的有效性、运维文档完整性以及烧伤中心医护人员满意度。满意度调查由甲方信息科组织，每季度一次。
4.6 乙方每日检查数据库备份结果，每月进行一次备份恢复测试，并将测试记录纳入运维月报。

第5条 年度升级验收
5.1 乙方应于2026年6月30日前完成第2.4条所列年度升级。
5.2 验收标准：接口联调测试用例全部通过；追溯报表与纸质台账抽查核对一致；升级后连续运行20日无一级故障；升级文档、接口说明及回退方案完整提交。
5.3 升级上线或甲方开始使用，不视为验收合格，验收以甲方签署的验收单为准。

第6条 数据安全
6.1 系统中的供体信息、患者信息、组织处理和使用记录等全部数据属于甲方。乙方仅为提供本合同服务而接触上述数据，不得用于其他任何目的。
6.2 乙方人员访问系统须使用甲方分配的实名账号，远程操作须经信息科审批并通过堡垒机进行；不得将任何数据拷贝至外部介质或医院网络以外的环境。
6.3 乙方应遵守《数据安全法》《个人信息保护法》及医院数据管理制度。发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方信息科并配合处置；因乙方原因造成的，乙方承担全部赔偿责任，并承担由此引起的行政处罚和患者索赔。

第7条 知识产权
运维过程中编写的脚本、接口程序、报表及运维文档归甲方所有，甲方可自由使用、修改，或交由其他服务商继续使用。乙方保证其提供的工具和备件不侵犯第三方权利。

第8条 人员
8.1 驻场工程师应具备三年以上医疗信息系统运维经验，熟悉组织库业务流程和冷链监控设备，乙方更换驻场人员须提前10日告知甲方并做好交接。
8.2 乙方不得将本合同服务转包或分包给任何第三方。
8.3 驻场工程师应遵守医院考勤、着装及感控管理规定，进入洁净区域须经烧伤中心同意并按规定更衣。甲方认为驻场人员不能胜任的，有权要求乙方在10日内更换。

第9条 违约责任
9.1 乙方未按第5.1条期限完成年度升级的，每逾期一日，按服务费总额的千分之一向甲方支付违约金。
9.2 乙方驻场人员缺勤的，每人每日扣减服务费800元。
9.3 乙方违反第6条约定的，除承担赔偿责任外，还应向甲方支付违约金50,000元。
9.4 因乙方运维不当导致温度告警未能及时发出、造成库存组织报废的，乙方应按报废组织的处理成本赔偿甲方损失。

第10条 合同履行
10.1 本合同生效后，双方均应全面履行，任何一方不得以任何理由单方提前解除合同。
10.2 乙方出现服务质量问题或其他违约情形的，甲方可要求乙方限期整改、继续履行，并按第4.3条和第9条扣减服务费或收取违约金。

第11条 甲方责任
11.1 甲方提供驻场工程师的办公场所、网络接入和必要的系统账号，指定信息科一名联系人和烧伤中心一名护士长负责日常协调。
11.2 甲方应及时向乙方通报影响系统运行的网络、服务器及其他系统变更，并配合乙方完成故障排查和年度升级测试。

第12条 服务交接
服务期满或合同终止时，乙方应向甲方或甲方指定的新服务商移交系统配置、账号清单、接口说明、备份记录及全部运维文档，并提供不少于15个工作日的交接配合，不得以任何方式影响系统正常运行。

第13条 其他约定
13.1 乙方应为驻场工程师办理意外伤害保险，驻场工程师在工作中发生的人身意外由乙方负责处理。
13.2 乙方在本合同履行中使用的运维工具软件应为正版，不得在甲方服务器上安装与运维无关的软件。
13.3 服务期内医院组织库管理相关规范发生变化的，乙方应在甲方通知后30日内完成系统相应调整，调整工作量在年度升级范围内的，不另行收费；超出范围的，双方另行协商。

第14条 争议解决
因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

第15条 其他
本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。未尽事宜双方另行签订补充协议。

甲方（盖章）：                  乙方（盖章）：
授权代表：                      授权代表：
日期：                          日期：
"""

SRC["z05"] = """# 锡匠工序追溯系统 软件许可及定制开发合同

**（锡匠智造标准合同文本 V3.0 —— 本文本由乙方提供）**

合同编号：XJ-HT-2026-0419

甲方（买方）：浙江永康明光马灯工艺品厂

乙方（卖方）：温州锡匠智造软件有限公司

甲方因马灯生产中冲压、锡焊、喷漆、装配工序的质量追溯需要，向乙方购买"锡匠工序追溯系统"软件许可并委托乙方进行定制开发。双方本着平等自愿的原则，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供锡匠工序追溯系统V3.0标准版软件许可（永久许可，限甲方一个厂区使用，并发用户不超过60个）。

1.2 乙方根据甲方需求进行定制开发，内容包括：冲压工位计件及模具寿命采集、锡焊工位焊点抽检记录、灯罩玻璃及灯芯批次扫码绑定、成品追溯码生成与打印、出口订单追溯报表。

1.3 乙方负责系统安装部署、基础数据初始化及操作人员培训。

1.4 定制开发的具体功能以双方确认的需求说明书为准。需求说明书由乙方编写，甲方应在收到后5个工作日内确认，逾期未提出书面意见的视为确认。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 锡匠工序追溯系统V3.0标准版软件许可 | 360,000 |
| 2 | 定制开发（工位采集、扫码绑定、追溯报表） | 420,000 |
| 3 | 安装部署、数据初始化及培训 | 64,000 |
| | 合同总价（含税） | 844,000 |

2.1 上述价格不含甲方工位扫码枪、标签打印机、服务器等硬件设备，由甲方自行采购。

2.2 需求确认后甲方提出的新增或变更需求，乙方另行报价，费用由甲方承担。

2.3 合同履行期间国家税率调整的，不含税价格不变，含税价格按新税率相应调整。

2.4 乙方人员在甲方现场部署、初始化和培训期间的差旅及食宿费用已包含在合同总价中；甲方要求乙方在免费维护期外到现场服务的，差旅费用由甲方另行承担。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即548,600元，乙方收到款项后启动开发工作。

3.2 系统安装部署完成后5个工作日内，甲方支付合同总价的35%，即295,400元。

3.3 甲方逾期付款的，乙方有权暂停开发、部署及技术支持服务，由此导致的工期延误由甲方承担，且甲方每逾期一日应按逾期金额的千分之二支付违约金。

## 第四条 交付与验收

4.1 乙方在收到首笔款项后90日内完成系统安装部署。

4.2 系统在甲方服务器上安装部署完成、乙方提交安装确认单之日，即视为甲方验收合格。甲方在安装确认单上签字，或甲方开始使用系统的，亦视为验收合格。

4.3 验收合格后，甲方提出的使用问题按第六条技术支持方式处理。

4.4 乙方部署完成后向甲方提交安装确认单、用户手册和管理员手册电子版各一份。

4.5 甲方应在乙方进场前准备好服务器、操作系统、数据库、网络及工位扫码设备，并提供物料编码、工序清单、模具清单等基础资料。因甲方准备不足导致部署延误的，工期相应顺延。

## 第五条 知识产权

5.1 锡匠工序追溯系统及乙方为本合同进行的全部定制开发成果（包括但不限于程序、源代码、数据库设计、报表模板及技术文档）的知识产权均归乙方所有。

5.2 乙方授予甲方在本合同约定范围内非独占、不可转让的使用权。甲方不得对软件进行反编译、修改或二次开发，不得交由第三方维护。

5.3 乙方不向甲方交付源代码。

## 第六条 免费维护与技术支持

6.1 自系统安装部署完成之日起，乙方提供六个月免费维护，内容为软件缺陷修复和远程技术支持。

6.2 技术支持方式为电话、微信及远程协助，乙方在工作日工作时间内受理甲方问题，并尽力予以解决。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订维护协议，维护费按乙方届时公布的收费标准执行。

6.4 因甲方硬件、网络、操作不当或擅自修改配置导致的问题，不属于免费维护范围，乙方可另行收费。收费标准为每人每天2,500元，远程处理按半天计。

6.5 乙方为甲方提供一次集中培训，培训对象为甲方系统管理员及各车间班组长，培训时间不超过两天。此后的培训按乙方收费标准另行计费。

6.6 乙方对标准版软件进行版本升级的，免费维护期内甲方可免费升级；定制开发部分在升级后的适配工作另行收费。

## 第七条 数据

7.1 系统中甲方录入和产生的生产数据归甲方所有。

7.2 甲方同意乙方在对数据进行脱敏处理后，将甲方的工序数据、工艺参数和质量统计数据用于乙方产品的改进、行业案例展示及同类客户的实施参考。

7.3 乙方在远程支持中接触甲方数据的，应采取账号权限控制和操作记录等安全措施；因乙方过错造成数据泄露或丢失的，乙方应及时通知甲方并协助恢复，依法承担相应责任。

## 第八条 保密

8.1 双方对在合作过程中知悉的对方技术资料、商业信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后两年内有效。

8.2 甲方应对乙方软件的界面设计、操作手册、报价及技术方案予以保密，不得提供给乙方的竞争对手。

8.3 依照法律法规或政府部门要求披露的，不视为违反本条约定，但披露方应及时通知另一方。

## 第九条 违约责任

9.1 因乙方原因未按期完成安装部署的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

9.2 乙方在本合同项下的全部责任（含违约金及赔偿），累计不超过合同总价的20%。乙方对甲方的间接损失、利润损失、停产损失及数据损失不承担责任。

9.3 甲方违反第五条约定的，应按合同总价的两倍向乙方支付违约金，并赔偿乙方因此遭受的全部损失。

## 第十条 合同解除

10.1 一方严重违约，经另一方书面催告后30日内仍未改正的，守约方有权书面通知解除本合同。

10.2 合同因甲方原因解除的，甲方已支付的款项不予退还。

10.3 合同解除后，甲方应停止使用定制开发部分，并在乙方要求的期限内删除相关程序；标准版软件许可按双方结算情况另行确定。

## 第十一条 不可抗力

因地震、台风、洪水、火灾、政府行为、电力或网络中断等不可抗力不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。不可抗力影响消除后，双方应继续履行合同。

## 第十二条 通知

双方的联系人、电话和电子邮箱以合同首页或乙方报价单所载为准。一方变更联系方式的，应在3日内书面通知另一方，否则按原联系方式发送的通知视为已送达。

## 第十三条 法律适用及争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

14.2 本合同未尽事宜，以乙方报价单及技术方案为准。

甲方（盖章）：______________　　乙方（盖章）：______________

日期：______________　　　　　　日期：______________
"""

SRC["e01"] = """T:Software Licence and Services Agreement
P:Agreement No. PAS-CN-2026-004
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Guangxi Beibu Gulf Grain Trading Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Nanning, Guangxi (the "Customer"); and
P:(2) Pursat Agri-Systems Co., Ltd., a company incorporated in the Kingdom of Cambodia with its principal office on National Road 5, Pursat Town, Pursat Province (the "Vendor").
P:The Customer imports milled rice and cassava from Cambodia and operates three bonded warehouses in Qinzhou and Nanning. The Customer wishes to license the Vendor's RiceTrack warehouse and quality-grading software and to obtain the implementation services described below. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the RiceTrack WMS version 6 in object-code form, including the quality-grading, lot-tracing and bonded-inventory modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, data-conversion scripts and configurations developed by the Vendor specifically for the Customer, together with their source code and documentation.
P:1.3 "Customer Data" means all data entered into, processed by or generated by the Software in the Customer's environment, including inventory records, supplier lists, inspection results and customs declarations.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the Software and the Custom Deliverables have passed the Acceptance Tests.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software for its own business and that of its affiliates in the People's Republic of China, for up to 120 named users and three warehouse sites.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. Additional users or sites may be purchased at the unit prices in Article 3.2.
P:2.3 The Software remains the property of the Vendor. Nothing in this Agreement transfers the Vendor's pre-existing intellectual property to the Customer.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,500,000 (the "Contract Price"), inclusive of applicable taxes, made up as follows: Licence Fee CNY 980,000; implementation and interface development CNY 410,000; data migration CNY 86,000; training CNY 24,000.
P:3.2 Additional named users may be licensed at CNY 6,200 each and additional warehouse sites at CNY 58,000 each, for orders placed within three years of Final Acceptance.
P:3.3 The Contract Price is fixed. It includes travel, accommodation and all other expenses of the Vendor's personnel, including any time they spend at the Customer's sites in China.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 300,000) within 20 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 675,000) after the Software has been installed and the system integration test has been completed. Installation and integration testing do not constitute acceptance.
P:4.3 The Customer shall pay the remaining 35% (CNY 525,000) within 20 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the Vendor's account notified in writing. Each party bears its own bank charges.
H:Article 5 Implementation and Acceptance
P:5.1 The Vendor shall complete installation, configuration, interface development and data migration within 120 days after signature, in accordance with the project plan agreed at the kick-off meeting.
P:5.2 The Acceptance Tests shall verify that: (a) all functions listed in the functional specification work as described; (b) the interfaces with the Customer's ERP, the weighbridge system and the customs declaration platform exchange data without error over ten consecutive business days; (c) migrated stock balances reconcile with the Customer's closing stock ledger for every lot; (d) the system supports 80 concurrent users with screen response times of no more than three seconds; and (e) no Severity 1 defect remains open.
P:5.3 The Customer shall run the Acceptance Tests within 15 business days after the Vendor's written notice of readiness and shall either sign a Final Acceptance certificate or list the failures in writing. The Vendor shall correct the failures and the tests shall be repeated.
P:5.4 Go-live, productive use or the passage of time shall not be treated as Final Acceptance.
P:5.5 If the Vendor fails to achieve Final Acceptance by the date in the project plan for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with the specification for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and give remote and on-site support free of charge.
P:6.2 Defects shall be classified as follows. Severity 1: the system or a warehouse cannot receive or release goods. Severity 2: a major function is impaired but a workaround exists. Severity 3: all other defects and questions.
P:6.3 The Vendor shall respond to a Severity 1 defect within one hour, provide a workaround within eight hours and a permanent fix within three days; respond to a Severity 2 defect within two business hours and fix it within five business days; and respond to Severity 3 matters within two business days.
P:6.4 For each full hour by which the Vendor exceeds the Severity 1 response time, the Customer may deduct CNY 800 from any amount due to the Vendor or claim it as a service credit.
P:6.5 After the Warranty Period the Customer may purchase annual support at 13% of the Licence Fee (CNY 127,400 per year). This fee is fixed for the three years following the Warranty Period. Support is ordered by purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code with Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:7.2 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access Customer Data only to perform this Agreement and shall not use, copy, disclose or retain it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only through the remote-access gateway provided by the Customer, with individual accounts and approval for each session. The Vendor shall not transfer Customer Data outside the Customer's environment or outside the People's Republic of China.
P:8.3 The Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law in its handling of Customer Data. The Vendor shall notify the Customer of any security incident affecting Customer Data within two hours of becoming aware of it, take immediate remedial measures and bear all losses caused by incidents attributable to the Vendor.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, including prices, business plans, supplier lists and technical information, and use it only for this Agreement. This obligation continues for five years after termination.
H:Article 10 Liability
P:10.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, fraud, wilful misconduct, infringement under Article 7.2 or breach of Article 8.
P:10.2 Neither party is liable for indirect or consequential loss, except under Article 8.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the other party's prior written consent.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of the breach.
P:12.2 The Customer may terminate this Agreement if the delay damages under Article 5.5 reach their maximum. On such termination the Vendor shall refund all amounts paid for services not accepted.
P:12.3 The licence granted under Article 2 survives termination, except termination by the Vendor for non-payment of the Licence Fee.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Kingdom of Cambodia.
P:13.2 Any dispute arising out of this Agreement that cannot be settled by negotiation within 30 days shall be referred to arbitration administered by the National Commercial Arbitration Centre of Cambodia. The seat of arbitration shall be Phnom Penh and the language of arbitration shall be English.
H:Article 14 General
P:14.1 This Agreement is made in English. Notices shall be given in writing to the addresses above or to the e-mail addresses of the project managers named in the project plan.
P:14.2 This Agreement constitutes the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Name and title: ____________________    Name and title: ____________________
"""

SRC["e02"] = """# ORDER FORM — FIELDLINK DISTRIBUTOR MANAGEMENT SUBSCRIPTION

Order Form No. MFA-OF-2026-117

Provider: Mekong Field Apps Co., Ltd., Preah Sihanouk Boulevard, Kratie Town, Kratie Province, Kingdom of Cambodia ("Provider")

Customer: Hunan Xiangyuan Foods Co., Ltd., Yuelu District, Changsha, Hunan Province, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing it, the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Services

FieldLink is a cloud application for distributor ordering, sales-representative visit planning, shelf audits with photographs, promotion claims and distributor stock reporting. Customer subscribes to the FieldLink Enterprise edition for 300 named users (sales representatives and supervisors) and 65 distributor portal accounts, with the mobile application for Android and iOS and the WeChat mini-program for distributor ordering.

The production environment is hosted in the Alibaba Cloud East China (Shanghai) region. Customer Data is stored and processed in mainland China only.

### A2. Subscription Term

The Subscription Term starts on the date of Go-Live Acceptance under A5 (the "Subscription Start Date") and continues for 24 months. Each period that begins on the Subscription Start Date or on an anniversary of it and ends on the day before the next anniversary is a "Subscription Year".

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| FieldLink Enterprise subscription, 300 named users and 65 distributor accounts | CNY 348,000 per Subscription Year × 2 | 696,000 |
| Onboarding: configuration, distributor master-data load, ERP order interface, training | one-time | 54,000 |
| Total fees for the Subscription Term (the "Total Contract Value") | | 750,000 |

Additional named users may be added at CNY 1,160 per user per Subscription Year, pro rata for part of a Subscription Year. Fees include VAT at the applicable rate.

### A4. Invoicing and Payment

(a) Subscription fees are invoiced quarterly in arrears, at CNY 87,000 for each completed quarter of the Subscription Term. (b) The onboarding fee is invoiced after Go-Live Acceptance. (c) Customer shall pay each undisputed invoice within 30 days of receipt by bank transfer in CNY. No amount is payable before the Subscription Start Date.

### A5. Onboarding and Go-Live Acceptance

Provider shall complete onboarding within 45 days after signature of this Order Form. Go-Live Acceptance requires that: (i) the order interface with Customer's ERP transfers distributor orders and returns stock and invoice status without error for ten consecutive business days; (ii) distributor master data for all 65 distributors and their price lists reconcile with the ERP; (iii) the test scripts agreed at kick-off for visit planning, shelf audit, promotion claims and reporting are passed; and (iv) the mobile application loads a visit plan within three seconds on a 4G connection. Customer shall confirm Go-Live Acceptance in writing or list the failures within ten business days after Provider's notice of readiness. Use of the Services by sales representatives before that confirmation is not acceptance. If Go-Live Acceptance is delayed for reasons attributable to Provider, Provider shall pay CNY 700 for each day of delay after the 45th day.

### A6. Contacts and Special Conditions

Provider's account manager: Ms Sok Dara, dara.sok@mekongfield.example. Customer's project manager: Mr Liu Jianping, IT Department. No special conditions apply.

## PART B — GENERAL TERMS

### 1. Provision of the Services

1.1 Provider shall make the Services available to Customer's users during the Subscription Term in accordance with this Order Form and the documentation.

1.2 Customer shall use the Services only for its own business and that of its distributors and shall be responsible for the acts of its users. Customer shall keep user passwords secure.

1.3 Provider may improve the Services from time to time but shall not materially reduce their functionality during the Subscription Term.

### 2. Service Levels

2.1 Provider shall make the Services available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least three days in advance and performed between 01:00 and 05:00 China Standard Time.

2.2 Incidents are classified as: Priority 1 — the Services are unavailable or orders cannot be submitted for all users; Priority 2 — a major function is unavailable or seriously degraded; Priority 3 — other faults and questions. Provider shall respond to Priority 1 incidents within 30 minutes at any time, to Priority 2 incidents within two hours during business hours and to Priority 3 within one business day, and shall restore Priority 1 incidents within three hours.

2.3 If monthly availability falls below the commitment in 2.1, Customer is entitled to a service credit of 5% of the fees for that month for each 0.1 percentage point of shortfall, up to half of the monthly fee. If a Priority 1 incident is not restored within the restoration time, Customer is entitled to a further credit of CNY 1,000 per hour. Credits are deducted from the next invoice.

2.4 Provider shall operate a support desk in Chinese and English, reachable by telephone, e-mail and the in-app ticket function, and shall send Customer a monthly service report showing availability, incidents, response and restoration times and any credits due. Provider's account manager shall attend a quarterly service review with Customer's IT and sales-operations teams.

### 3. Customer Data

3.1 All data entered into the Services by Customer, its users and its distributors, and all output generated from such data, is "Customer Data". Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Services to Customer and for no other purpose.

3.2 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access, multi-factor authentication for administrative access and logging of all administrative actions. The production environment shall hold a valid MLPS level 3 filing.

3.3 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours of discovery, cooperate in the investigation and remediation, and bear the costs and losses caused by incidents attributable to Provider or its subcontractors.

3.4 Within 30 days after the end of the Subscription Term, Provider shall return Customer Data in a standard format and then delete it from its systems.

### 4. Intellectual Property

4.1 Provider retains all rights in the Services and the underlying software.

4.2 Configurations, report templates, interface mappings and other materials prepared for Customer during onboarding belong to Customer, and Customer may use, modify and license them freely, including to a replacement provider.

### 5. Confidentiality

Each party shall keep confidential the non-public information of the other party that it receives under this Order Form, including pricing, distributor terms and sales data, and shall use it only to perform this Order Form. This obligation survives for three years after the end of the Subscription Term.

### 6. Subcontractors

Provider may engage subcontractors and sub-processors, including hosting providers and support partners, to perform any part of the Services, by giving Customer written notice of the subcontractor's name and the services concerned. Provider remains responsible for the performance of its subcontractors.

### 7. Renewal

At the end of the Subscription Term, the subscription renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term. Provider may increase the fees for any renewal term by up to 8% by notice given at least 90 days before the renewal date.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect, incidental or consequential damages or loss of profits.

8.2 Provider's aggregate liability arising out of or in connection with this Order Form shall not exceed the fees paid by Customer to Provider in the six months preceding the event giving rise to the claim.

8.3 The limits in this section do not apply to liability for death or personal injury caused by negligence, or for fraud.

### 9. Termination

9.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice.

9.2 Customer may also terminate by written notice if monthly availability falls below 99.5% in any two consecutive months.

9.3 On termination by Customer under 9.1 or 9.2, Provider shall refund any fees paid for the period after termination.

### 10. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding on both parties.

### 11. General

11.1 Neither party may assign this Order Form without the other party's prior written consent, except that Customer may assign it to an affiliate.

11.2 This Order Form is the entire agreement of the parties on its subject matter and replaces any click-through or online terms.

Signed for Provider: ____________________ Date: __________

Signed for Customer: ____________________ Date: __________
"""

SRC["e03"] = """T:Supply Contract for Pump Condition-Monitoring Sensors and Monitoring Software
P:Contract No. DZWS-PR-2026-052
P:Buyer: Yunnan Dianzhong Water Supply Group Co., Ltd., Chuxiong, Yunnan Province, People's Republic of China (the "Buyer").
P:Supplier: Sekong River Instruments Co., Ltd., Riverside Road, Stung Treng Town, Stung Treng Province, Kingdom of Cambodia (the "Supplier").
P:The Buyer operates 24 raw-water and booster pumping stations. Following its invitation to tender dated 9 February 2026, the Buyer has accepted the Supplier's bid for the supply, installation and commissioning of wireless vibration and temperature sensors, gateways and condition-monitoring software. This Contract is on the Buyer's standard terms for equipment purchases.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, gateways, mounting kits and accessories listed in clause 2. "Software" means the PumpSense condition-monitoring software licensed under clause 2, including its analytics modules and all updates supplied during the Warranty Period.
P:1.2 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's stations and control centre.
P:1.3 The Supplier shall supply, install, configure and commission the System, integrate it with the Buyer's SCADA historian and work-order system, develop the dashboards and alarm rules described in the technical specification, and train the Buyer's staff.
H:2. Price
P:2.1 The Contract Price is CNY 1,390,000, inclusive of VAT, delivery to site, import duties, installation and all other costs of the Supplier, as set out in the price table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor with mounting kit|180|3,200|576,000
TB:2|Station gateway with 4G and fibre uplink|24|9,500|228,000
TB:3|PumpSense monitoring software, perpetual licence for 200 measuring points|1|412,000|412,000
TB:|Equipment and licence subtotal|||1,216,000
TB:4|Installation, commissioning and integration with SCADA historian and work orders|1|148,000|148,000
TB:5|Training of operators and maintenance engineers|1|26,000|26,000
TB:|Contract Price|||1,390,000
P:2.2 The Contract Price is fixed and shall not be adjusted for exchange-rate movements or changes in the cost of components.
H:3. Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 139,000) within 15 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:3.2 Installation payment: 55% of the Contract Price (CNY 764,500) within 30 days after all Equipment has been delivered and installed at all stations. Delivery and installation do not constitute acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 486,500) within 30 days after Final Acceptance under clause 5.
P:3.4 Each payment is subject to a valid VAT invoice issued by the Supplier's registered agent in China.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's central store in Chuxiong within 60 days after signature, and complete installation at all stations within 100 days after signature.
P:4.2 Each delivery shall include packing lists, certificates of origin, calibration certificates and the manufacturer's test reports. The Supplier shall replace any damaged or non-conforming item within 10 days.
P:4.3 The Supplier's installation teams shall comply with the Buyer's site safety rules, permit-to-work procedures and instructions of the station managers. Work inside pump rooms requires the presence of the Buyer's shift engineer.
P:4.4 The Supplier shall train at least 40 of the Buyer's operators and maintenance engineers in two sessions, covering sensor mounting and replacement, gateway configuration, alarm handling, trend analysis and basic fault finding, and shall supply training manuals and as-built documentation in Chinese and English.
P:4.5 The Supplier shall appoint a project manager who speaks Chinese and is available at the Buyer's premises during installation and the trial run. The project manager shall report progress to the Buyer every week.
H:5. Acceptance
P:5.1 After installation, the Supplier shall carry out site tests at each station, witnessed by the Buyer, to show that every sensor transmits data to the gateway and the Software at the configured interval.
P:5.2 Final Acceptance requires that: (a) measurements from a sample of sensors chosen by the Buyer agree with readings from a calibrated reference instrument within the tolerances in the technical specification; (b) during a 30-day trial run, no station loses sensor data for more than two hours in total; (c) alarms configured for bearing wear, misalignment and overheating are raised in the Software and create work orders in the Buyer's work-order system within 60 seconds; (d) the dashboards and reports listed in the specification are delivered; and (e) no Priority 1 fault occurs during the trial run.
P:5.3 The Buyer shall issue a Final Acceptance certificate within 10 business days after the trial run if the criteria are met, or give written reasons for refusal. Installation, commissioning, the trial run or use of the System do not in themselves constitute acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective items, supply Software updates, recalibrate sensors as required and provide remote and on-site support without charge.
P:6.2 Batteries of the sensors are covered for their rated life of five years. Any sensor whose battery fails earlier shall be replaced free of charge.
P:6.3 After the Warranty Period, the Buyer may order annual maintenance and software support at no more than 8% of the Equipment and licence subtotal, namely CNY 97,280 per year. This price is fixed for the two years following the Warranty Period. Maintenance is ordered by separate purchase order each year and does not renew automatically.
H:7. Service Levels
P:7.1 Faults are classified as follows. Priority 1: the Software is unavailable, or alarms are not generated for a whole station. Priority 2: individual sensors or functions fail. Priority 3: other faults and requests.
P:7.2 The Supplier shall respond to Priority 1 faults within 30 minutes, 24 hours a day, and restore service within eight hours; respond to Priority 2 faults within two hours and fix them within three business days; and respond to Priority 3 requests within two business days.
P:7.3 For each hour by which the Supplier exceeds a Priority 1 response or restoration time, the Buyer may deduct CNY 1,000 from the performance security or any amount due to the Supplier.
H:8. Intellectual Property
P:8.1 The Software remains the property of its owner and is licensed to the Buyer perpetually, for use at all of the Buyer's sites, without further fees.
P:8.2 The dashboards, alarm rules, integration scripts and configuration files developed for the Buyer belong to the Buyer, which may use, modify and license them freely.
H:9. Data Protection and Security
P:9.1 All measurement data, alarms, reports and other data generated by the System belong to the Buyer. The Supplier shall use such data only to perform this Contract and shall not disclose it to any third party.
P:9.2 The Software shall be installed on the Buyer's servers in its control centre. Remote access by the Supplier requires the Buyer's approval for each session and shall take place through the Buyer's bastion host. The Supplier shall not copy Buyer data outside the Buyer's network.
P:9.3 The Supplier shall notify the Buyer of any security incident involving the System within two hours, take remedial measures immediately and compensate the Buyer for all losses caused by incidents attributable to the Supplier.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's stations, network, operations and security arrangements obtained under this Contract, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for five years after the end of the Contract.
H:11. Delay and Liability
P:11.1 If the Supplier fails to complete installation or to achieve Final Acceptance by the dates in clauses 4.1 and 5, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Any approved subcontractor shall be bound by clauses 9 and 10, and the Supplier remains fully responsible for its work.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the liquidated damages under clause 11.1 reach their maximum.
P:13.2 On such termination, the Supplier shall refund the amounts paid for items not accepted and return the advance payment to the extent not yet earned.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.
H:15. General
P:15.1 The tender documents, the Supplier's bid and the technical specification form part of this Contract. In case of conflict, this Contract prevails.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# MANAGED IT SERVICES AGREEMENT

**Agreement No. KKB-MS-2026-009**

This Managed IT Services Agreement (the "Agreement") is made between:

**Zhejiang Haiyan Fastener Co., Ltd.**, Wuyuan Street, Haiyan County, Jiaxing, Zhejiang Province, People's Republic of China (the "Customer"); and

**Koh Kong Bay Technology Services Co., Ltd.**, Street 3, Khemarak Phoumin Town, Koh Kong Province, Kingdom of Cambodia, acting through its representative office in Shanghai (the "Provider").

The Customer manufactures bolts, nuts and special fasteners at two plants in Haiyan and one in Pinghu, with about 1,150 employees and 620 computer users. The Customer wishes to outsource the day-to-day operation of its end-user IT and plant networks to the Provider for 36 months.

## Section 1. Definitions

1.1 **"Services"** means the managed services described in Schedule 1.

1.2 **"Service Commencement Date"** means the date on which the Customer confirms Transition Acceptance under Section 4.3.

1.3 **"Service Levels"** means the levels set out in Schedule 2.

1.4 **"Charges"** means the charges set out in Schedule 3.

1.5 **"Customer Data"** means all data, documents and records of the Customer, its employees and its customers that the Provider accesses, receives or handles in performing the Services.

## Section 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 The parties may extend the Service Term by written agreement at least three months before it ends, at the same Charges. There is no automatic renewal.

## Section 3. Services

3.1 The Provider shall provide the Services in Schedule 1 from the Service Commencement Date, with suitably qualified staff, in accordance with good industry practice and the Customer's IT policies notified to the Provider.

3.2 The Provider shall keep at least three engineers on site at the Haiyan plants and one at the Pinghu plant during the Customer's working hours, and a remote service desk at all times.

3.3 The Provider shall maintain an up-to-date asset register, network diagram and configuration records for all devices it manages and shall give the Customer read access to its service-management tool.

3.4 The Provider shall submit a monthly service report showing incidents, requests, Service Level performance, asset changes and recommendations, and shall attend a monthly service review meeting with the Customer's IT manager.

## Section 4. Transition

4.1 The Provider shall take over the Services from the Customer's internal IT team under a transition plan agreed within 15 days after signature. The target date for completing transition is 75 days after signature (the "Target Date").

4.2 The Provider shall use reasonable endeavours to complete the transition by the Target Date. The Customer shall give the Provider access to its sites, systems and documentation and make its IT staff available for knowledge transfer.

4.3 Transition Acceptance requires that: (a) all end-user devices, servers, switches and wireless access points in the Customer's inventory are recorded in the Provider's asset register and reconciled with the Customer's fixed-asset list; (b) the service desk has handled live calls for ten consecutive business days in shadow mode with all tickets logged and classified correctly; (c) runbooks for backups, patching, user onboarding and plant-network changes have been approved by the Customer; and (d) monitoring of all core switches and servers is active. The Customer shall confirm Transition Acceptance in writing, or list the shortcomings, within five business days after the Provider's notice. The start of shadow operation is not Transition Acceptance.

## Section 5. Service Levels

5.1 The Provider shall meet the Service Levels in Schedule 2 and shall measure and report them monthly.

5.2 The Service Levels are performance targets. A failure to meet them does not entitle the Customer to service credits, a reduction of the Charges or any other compensation. Where a Service Level is missed in any month, the Provider shall submit a written remediation plan within ten business days and implement it.

## Section 6. Charges and Payment

6.1 The Customer shall pay the Charges in Schedule 3. The Charges are fixed for the Service Term and include all costs of the Provider's staff, tools, travel and accommodation.

6.2 The Transition Fee is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears, starting with the month in which the Service Commencement Date falls, pro rata for part of a month.

6.3 The Customer shall pay each correct invoice within 30 days of receipt. No Charges are payable in advance.

## Section 7. Customer Data

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only for the purpose of providing the Services and shall not sell, disclose or otherwise exploit it.

7.2 At the end of the Service Term the Provider shall hand over all Customer Data, configuration records and documentation in its possession to the Customer or a replacement provider named by the Customer.

## Section 8. Intellectual Property

8.1 Runbooks, scripts, configuration records, reports and other materials created by the Provider for the Customer under this Agreement belong to the Customer, which may use, modify and disclose them freely, including to a replacement provider.

8.2 The Provider's service-management tool and its pre-existing methods remain the Provider's property.

## Section 9. Confidentiality

9.1 Each party shall treat as confidential all information of the other party disclosed in connection with this Agreement, including product drawings, customer lists, prices and production plans, and shall not disclose it to any third party without prior written consent, except to its professional advisers or as required by law.

9.2 This obligation survives for five years after the end of this Agreement.

## Section 10. Liability

10.1 The Provider's total liability under this Agreement is limited to 150% of the total Charges payable for the Service Term. This limit does not apply to death or personal injury caused by negligence, fraud or wilful misconduct.

10.2 Neither party is liable for loss of profits or indirect loss.

## Section 11. Personnel and Subcontracting

11.1 The Provider shall ensure that its on-site engineers follow the Customer's site rules, safety instructions and working hours. The Customer may require the replacement of any engineer for good reason.

11.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the performance of any approved subcontractor.

## Section 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after notice, or if the Provider misses the same Service Level in three consecutive months.

12.2 Either party may terminate this Agreement if the other becomes insolvent.

12.3 On termination or expiry, the Provider shall continue to provide the Services for up to 60 days at the then current Charges if the Customer so requests, and shall cooperate fully in the transfer of the Services to the Customer or a replacement provider.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) Shanghai Sub-Commission for arbitration in Shanghai. The arbitral award is final and binding.

## Schedule 1 — Services

| Service | Scope |
|---|---|
| Service desk | Telephone, e-mail and portal support in Chinese for all users, at all times |
| End-user devices | Installation, imaging, repair and replacement of about 640 PCs and 90 printers; patching and antivirus updates |
| Plant networks | Monitoring and operation of 46 switches, 2 firewalls and 180 wireless access points at three plants |
| Servers and backup | Operation of 22 on-premises servers, daily backup checks and a quarterly restore test |
| User administration | Joiners, movers and leavers in the directory, e-mail and ERP within agreed times |
| Change management | Planning and execution of standard changes; normal changes after approval by the Customer |

## Schedule 2 — Service Levels

| Measure | Target |
|---|---|
| Priority 1 incident (a plant network, the ERP connection or the e-mail service is down) | Response within 30 minutes; restoration within six hours |
| Priority 2 incident (a production line terminal, a group of users or a key printer affected) | Response within two hours; resolution within one business day |
| Priority 3 incident or request | Response within one business day; resolution within three business days |
| Availability of the core plant networks, measured monthly | 99.99% |
| First-call resolution at the service desk | At least 70% of calls |
| User satisfaction survey, quarterly | Average score of at least 4.2 out of 5 |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time, after Transition Acceptance | 134,000 |
| Monthly Service Charge | CNY 68,500 per month × 36 months | 2,466,000 |
| Total Charges for the Service Term | | 2,600,000 |

Additional devices beyond the volumes in Schedule 1 are charged at CNY 38 per PC per month and CNY 95 per network device per month. All Charges include VAT.

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

SRC["e05"] = """DATA SUBSCRIPTION AND API ACCESS AGREEMENT

Agreement No. KSMD-API-2026-021

PARTIES

Kampong Som Maritime Data Co., Ltd., Ekareach Street, Sangkat 3, Sihanoukville, Preah Sihanouk Province, Kingdom of Cambodia ("Provider").

Xiamen Haitong International Freight Forwarding Co., Ltd., Huli District, Xiamen, Fujian Province, People's Republic of China ("Customer").

BACKGROUND

Provider operates an AIS receiver network along the Gulf of Thailand and the South China Sea and compiles vessel positions, port calls, berth schedules and estimated times of arrival for ports in South-East Asia and southern China. Customer books ocean freight for exporters in Fujian and Guangdong and wishes to receive this data through an application programming interface (API) in its shipment-tracking platform and customer portal.

1. DEFINITIONS

1.1 "Data" means the vessel positions, port-call events, berth schedules, estimated and actual times of arrival and departure, and related reference data made available by Provider through the API.

1.2 "API" means Provider's REST and streaming interfaces described in the API documentation, in production and test environments.

1.3 "Custom Connector" means the software developed by Provider under clause 4 to map the Data to Customer's shipment records and load it into Customer's tracking platform, together with its source code and documentation.

1.4 "Customer Query Data" means the vessel lists, booking references, container numbers, shipment records and search queries that Customer submits to the API, and any results compiled from them for Customer.

1.5 "Subscription Start Date" means the date of Onboarding Acceptance under clause 4.4. The first Subscription Year starts on the Subscription Start Date and the second Subscription Year starts on its first anniversary. The Subscription Term consists of the two Subscription Years.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the API, to use the Data in its own operations and to display the Data to its own customers through its portal, in the form of shipment milestones and vessel positions.

2.2 The subscription covers up to 8 million API calls per Subscription Year and tracking of up to 6,000 active shipments at any time. Calls above that volume are charged at the overage rate in clause 3.3 and are invoiced quarterly.

2.3 Customer shall not resell the Data in bulk or use it to build a competing data product. Data displayed in Customer's portal may be retained in Customer's shipment records without time limit.

3. FEES

3.1 The fees are: (a) Subscription Fee: CNY 426,000 for each Subscription Year, CNY 852,000 for the Subscription Term; (b) Onboarding Fee for the Custom Connector, test environment and training: CNY 68,000, one time. The total fees for this Agreement are CNY 920,000, inclusive of VAT.

3.2 Provider shall invoice the Onboarding Fee and the Subscription Fee for the first Subscription Year on signature of this Agreement. Customer shall pay that invoice within 15 days of receipt and in any case before the Subscription Start Date. Provider shall invoice the Subscription Fee for the second Subscription Year 30 days before that year begins, payable by its first day.

3.3 API calls above the annual volume in clause 2.2 are charged at CNY 18 per 1,000 calls.

3.4 The fees are fixed for the Subscription Term. Payments are made in CNY by bank transfer to Provider's account with its correspondent bank in Shenzhen.

4. ONBOARDING AND ACCEPTANCE

4.1 Provider shall deliver production API credentials and the Custom Connector within 45 days after signature (the "Delivery Date").

4.2 Provider shall give Customer access to the test environment within five business days after signature and shall train up to 20 of Customer's staff in the use of the API and the Custom Connector.

4.3 Onboarding Acceptance requires that: (a) the Custom Connector loads port-call events for a test set of 500 shipments chosen by Customer and matches them to the correct bookings without manual correction; (b) vessel positions for tracked vessels are updated in Customer's platform at least every 15 minutes; (c) the API answers standard queries within two seconds at 50 requests per second; and (d) the API documentation and connector source code have been delivered.

4.4 Customer shall confirm Onboarding Acceptance in writing within ten business days after Provider's notice of readiness, or list the failed tests. Use of test credentials or of the API in production before that confirmation is not acceptance.

4.5 If Provider fails to deliver the production credentials and the Custom Connector by the Delivery Date, Provider shall pay Customer CNY 300 for each day of delay until delivery.

5. SERVICE LEVELS

5.1 Provider shall make the production API available at least 99.95% of each calendar month, excluding scheduled maintenance notified at least five days in advance.

5.2 Incidents are classified as: Priority 1, the production API is unavailable or returns no Data for all vessels; Priority 2, Data for a port or region is missing or delayed by more than one hour; Priority 3, other faults and questions.

5.3 Provider shall respond to Priority 1 incidents within six hours, to Priority 2 incidents within one business day and to Priority 3 matters within three business days. Provider shall restore Priority 1 incidents within one business day of its response.

5.4 If monthly availability is below the level in clause 5.1, Customer shall receive a service credit of 5% of the monthly share of the Subscription Fee for each full 0.1 percentage point of shortfall, up to a quarter of that monthly share. Credits are set off against the next invoice or refunded at the end of the Subscription Term.

5.5 Provider shall publish a monthly service report showing availability, latency, incident response and restoration times, and Data coverage by port.

6. DATA QUALITY

6.1 Provider shall use professional care in compiling the Data and correct errors promptly when notified. Provider does not guarantee that every estimated time of arrival will be accurate, as estimates depend on information from carriers and port authorities.

6.2 Provider shall notify Customer at least 30 days in advance of any change to the API that requires changes to the Custom Connector and shall adapt the Custom Connector free of charge during the Subscription Term.

7. CUSTOMER QUERY DATA AND SECURITY

7.1 Customer Query Data belongs to Customer. Provider shall process it only to provide the API and the Data to Customer and shall not use it for any other purpose, including analytics, product development or disclosure to carriers or other customers.

7.2 Provider shall protect Customer Query Data by encryption in transit and at rest, access control limited to named support staff, multi-factor authentication and audit logging. Provider holds a valid ISO/IEC 27001 certificate for the API service and shall maintain it during the Subscription Term.

7.3 Provider shall notify Customer of any security incident affecting Customer Query Data within 24 hours, cooperate with Customer's investigation and bear the losses caused by incidents attributable to Provider.

7.4 At the end of the Subscription Term Provider shall delete Customer Query Data within 30 days and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Provider retains all rights in the API and the Data, subject to the rights granted in clause 2.

8.2 The Custom Connector belongs to Customer. Customer may use, modify and license it freely, including to service providers maintaining its platform.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including prices, customer names and technical information, and shall use it only for the purposes of this Agreement. This obligation continues for three years after the end of the Subscription Term.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 120% of the total fees in clause 3.1, except for liability for breach of clauses 7 and 9, fraud, wilful misconduct and personal injury, which is not limited.

10.2 Neither party is liable for indirect or consequential loss, including loss of profits.

11. SUBCONTRACTING

11.1 Provider shall not subcontract the operation of the API or any processing of Customer Query Data without Customer's prior written consent. The receiver stations operated by Provider's local partners and listed in the API documentation are approved on signature.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any continuation requires a new written agreement.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

12.3 Customer may also terminate by written notice if monthly availability falls below 99.5% in two consecutive months. On termination by Customer under clause 12.2 or 12.3, Provider shall refund the prepaid Subscription Fee for the remaining part of the Subscription Term.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen. The language of the arbitration shall be English and Chinese.

14. GENERAL

14.1 Notices shall be in writing and sent to the addresses above or to the e-mail addresses of the account managers. This Agreement is the entire agreement of the parties on its subject matter.

Signed for Provider: ____________________        Date: __________

Signed for Customer: ____________________        Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
TARGETS = {
    "z01": "h730z01_water_transfer_quality_monitoring_platform.pdf",
    "z02": "h730z02_cloth_shoe_sole_line_control_retrofit.docx",
    "z03": "h730z03_fishing_club_booking_membership_saas.txt",
    "z04": "h730z04_burn_centre_skin_bank_system_om.txt",
    "z05": "h730z05_hurricane_lamp_tracking_software_supplier_template.md",
    "e01": "h730e01_wms_perpetual_licence_pursat_vendor.pdf",
    "e02": "h730e02_distributor_saas_order_form_kratie_vendor.md",
    "e03": "h730e03_pump_sensors_monitoring_licence_stung_treng_vendor.docx",
    "e04": "h730e04_managed_it_services_36_months_koh_kong_vendor.md",
    "e05": "h730e05_vessel_data_api_subscription_sihanoukville_vendor.txt",
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"

# key: (category, terms in KEYS order, sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, value,
#       price parts, TCO fee base or None, forum outside mainland, design rules)
D = {
 "z01": ("software", [99.98, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9, False, True,
         False, "PRC", G], True, True, True, False, 2200000, [1280000, 736000, 148000, 36000], 1280000, False, []),
 "z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 26, False, True, True,
         "PRC", G], True, True, True, False, 1530000, [418000, 386000, 244000, 117000, 195000, 152000, 18000], 1360000,
         False, ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
 "z03": ("cloud", [99.5, 0.5, True, "buyer", True, False, True, 600 / 640000 * 100, 200, None, True, None, None, None,
         False, True, False, "PRC", S], True, True, None, False, 640000, [272000, 272000, 96000], None, False,
         ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
 "z04": ("services", [99.98, 0.25, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False,
         False, False, None, S], True, True, None, False, 386000, [228000, 64000, 58000, 36000], None, False,
         ["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
 "z05": ("software", [None, None, False, "supplier", True, False, True, 0.02, 20, 65, False, False, 6, None, False, True,
         None, "PRC", G], False, True, False, True, 844000, [360000, 420000, 64000], 360000, False,
         ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
          "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
 "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 13, False, True, False,
         "Cambodia", G], True, True, True, False, 1500000, [980000, 410000, 86000, 24000], 980000, True,
         ["CR-GOVERNING-LAW"]),
 "e02": ("cloud", [99.95, 0.5, True, "buyer", True, True, True, 700 / 750000 * 100, 6 / 24 * 100, None, True, None,
         None, None, True, True, True, "PRC", S], True, True, None, False, 750000, [348000, 348000, 54000], None, False,
         ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
 "e03": ("hardware", [None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 8, False, True, False,
         "PRC", G], True, True, True, False, 1390000, [576000, 228000, 412000, 148000, 26000], 1216000, False, []),
 "e04": ("services", [99.99, 0.5, False, "buyer", False, True, True, None, 150, None, True, None, None, None, False,
         True, False, "PRC", S], True, False, None, False, 2600000, [134000] + [68500] * 36, None, False,
         ["CR-DATA-SECURITY", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"]),
 "e05": ("cloud", [99.95, 6, True, "buyer", True, True, True, 300 / 920000 * 100, 120, (68000 + 426000) / 920000 * 100,
         True, None, None, None, False, True, False, "PRC", S], True, True, None, False, 920000, [426000, 426000, 68000],
         None, False, ["CR-LD-LOW", "CR-PREPAYMENT", "CR-SLA-RESPONSE"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, value, base):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = base."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = t["post_warranty_fee_pct"] / 100 * base * years
    return post / (value + post) * 100


def derive(t, x, base, forum_outside):
    """My reading of policy §3 applied to a label."""
    r = []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.append("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x["contract_value"], base)
        if share is not None and share > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# --- threshold scan ------------------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|per\s*cent|percent)"
NOTNUM = r"(?<![\d.,])"
THRESHOLD_PATTERNS = [
    NOTNUM + r"99\.90*(?!\d)",                                            # availability 99.9
    NOTNUM + r"4\s*(?:-\s*)?(?:business\s*|working\s*)?(?:hours?|hrs?|h\b|小时|个小时)",  # P1 response 4 h
    r"(?<![\w-])four[\s-]*(?:business\s*|working\s*)?hours?", r"(?<![十二])四\s*个?\s*小时",
    NOTNUM + r"0\.050*(?!\d)", r"万分之五(?![十\d])", r"千分之零点五",       # LD 0.05 %/day
    NOTNUM + r"100(?:\.0+)?" + PCT, r"百分之(?:一)?百", r"one\s*hundred" + PCT,  # cap 100 %
    NOTNUM + r"30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九])", r"thirty" + PCT,  # prepayment 30 %
    NOTNUM + r"12\s*(?:-\s*)?(?:calendar\s*)?(?:months?|个月|個月)", r"twelve[\s-]*(?:calendar\s*)?months?",
    r"十二\s*个\s*月", r"一年", r"\bone[\s-]*(?:calendar\s*)?year\b", NOTNUM + r"1\s*(?:-\s*)?years?\b",   # warranty 12 months
    NOTNUM + r"15(?:\.0+)?" + PCT, r"百分之十五(?![一二三四五六七八九])", r"fifteen" + PCT,  # post-warranty fee 15 %
    NOTNUM + r"40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九])", r"forty" + PCT,  # TCO share 40 %
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "availability 99.90 %", "4 hours", "4 business hours", "4小时", "四小时", "4个小时", "four hours",
            "0.05%", "0.050 %", "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 %", "百分之三十", "thirty per cent",
            "12 months", "12-month", "twelve calendar months", "十二个月", "12个月", "一年", "one year", "1 year",
            "15%", "百分之十五", "40%", "百分之四十", "forty per cent"]
MUST_MISS = ["99.95%", "99.98%", "99.5%", "24 hours", "24小时", "7×24小时", "0.055%", "万分之八", "万分之五十",
             "130%", "1,100%", "0.30%", "35%", "百分之三十五", "36 months", "18 months", "six months", "首年", "每年",
             "115%", "0.15%", "45%", "140%", "2026年", "4.2 out of 5", "within 30 minutes", "one business day"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(variant)]
    return hits


def self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), "must hit: " + s
    for s in MUST_MISS:
        assert not scan(s), "must miss: " + s


# --- read back -----------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def length(key, text):
    return len(re.sub(r"\s", "", text)) if key.startswith("z") else len(text.split())


THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
              "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def label(key):
    cat, vals, sla, ld, capped, deemed, value, parts, base, forum, rules = D[key]
    assert sum(parts) == value, key
    t = dict(zip(KEYS, vals))
    x = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    for k, thr in THRESHOLDS.items():
        assert t[k] is None or abs(t[k] - thr) > 1e-9, (key, k)
    share = tco_share(t, value, base)
    assert share is None or abs(share - 40) > 2, (key, share)
    derived = derive(t, x, base, forum)
    assert derived == sorted(rules), (key, derived, rules)
    return {"file": TARGETS[key], "language": "zh" if key.startswith("z") else "en", "category": cat,
            "expected_terms": t, "expected_extra": x, "expected_rules": derived}, share


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    binary = {k: (n, n.rsplit(".", 1)[1]) for k, n in TARGETS.items() if n.endswith((".docx", ".pdf"))}
    write({k: SRC[k] for k in binary}, binary, OUT, wrap_words=True)
    for k, n in TARGETS.items():
        if k not in binary:
            (OUT / n).write_text(SRC[k], encoding="utf-8")
            print("wrote", n)
    fired, risks = set(), {}
    for k, n in TARGETS.items():
        lab, share = label(k)
        (OUT / (n.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                            encoding="utf-8")
        text = read_back(OUT / n)
        ln = length(k, text)
        lo, hi = (2750, 3000) if k.startswith("z") else (1450, 1650)
        hits = scan(text)
        assert not hits, (n, hits)
        assert lo <= ln <= hi, (n, ln)
        fired |= set(lab["expected_rules"])
        risks[k] = risk(lab["expected_rules"])
        print("%-66s %5d %-6s %s%s" % (n, ln, risks[k], ", ".join(r[3:] for r in lab["expected_rules"]) or "(none)",
                                       "" if share is None else "  TCO share %.2f" % share))
    # the mix of the brief
    n_rules = {k: len(D[k][-1]) for k in D}
    assert sorted(k for k in D if n_rules[k] == 0) == ["e03", "z01"]
    assert D["e01"][-1] == ["CR-GOVERNING-LAW"] and risks["e01"] == "low"
    assert 8 <= n_rules["z05"] <= 10
    assert sorted(k for k in D if 2 <= n_rules[k] <= 3) == ["e02", "e04", "e05", "z02", "z03", "z04"]
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    print("all checks passed; rules covered:", len(fired))
