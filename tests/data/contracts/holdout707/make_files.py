"""Builds the holdout707 draft contracts (.txt/.md written as is, .docx/.pdf through ../word_pdf.py), writes the .json
labels, derives each draft's rules from its labels (policy §3 as read in NOTES.md), and asserts lengths, sums, coverage
and the absence of threshold values. Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H707Z01 = """T:某市机构编制委员会办公室机构编制实名制管理平台建设合同
P:合同编号：BB-ZFCG-2026-017  采购方式：公开招标（政府采购）
P:甲方（采购人）：某市机构编制委员会办公室
P:乙方（供应商）：江城数政软件有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就甲方机构编制实名制管理平台（以下简称“平台”）的软件许可与定制开发事宜，经协商一致，订立本合同。本合同采用甲方合同文本，招标文件、投标文件及中标通知书为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供机构编制实名制管理平台软件许可（永久使用，不限用户数），覆盖全市二十三个市直部门及所属事业单位的机构、编制、领导职数、实有人员信息管理。
P:1.2 乙方按甲方需求完成定制开发：编制使用审批流程、用编进人计划、空编预警、编制台账自动生成、与组织人事及财政工资系统的数据接口共六个，以及领导驾驶舱。
P:1.3 乙方负责历史纸质台账及旧系统数据的清洗、核对与迁移，并完成部署、联调、培训和试运行。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰肆拾万元整（¥1,400,000），含税，为固定总价，包含完成本合同全部工作所需的一切费用，合同履行期间不因市场变化而调整。
P:2.2 价款构成：平台软件许可费¥720,000；定制开发费¥486,000；数据治理与迁移费¥138,000；部署实施及培训费¥56,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥280,000。
P:3.2 平台通过初步验收后，甲方支付合同总价的45%，即¥630,000。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥490,000。
P:3.4 甲方付款按财政国库集中支付程序办理，因财政审批产生的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后九十日内完成部署和定制开发并提交初验申请，在初验后进入为期三个月的试运行。
P:4.2 乙方应在初验前完成平台在政务云上的部署，并配合甲方完成上线前的安全检查和漏洞扫描。
P:4.3 乙方应提交需求规格说明书、设计文档、测试报告、用户手册、运维手册及定制部分的全部源代码。
H:第五条 验收
P:5.1 初步验收标准：功能逐项符合招标文件技术要求和需求规格说明书；迁移数据与原始台账抽样比对一致率不低于99.8%；六个接口连续十个工作日数据交换无差错；三百名用户并发时常用查询响应不超过2秒。
P:5.2 最终验收标准：试运行期间无一级故障；通过第三方网络安全等级保护测评（第三级）和商用密码应用安全性评估；文档和源代码齐全。
P:5.3 甲方应在收到验收申请后十个工作日内组织验收并出具书面意见；不合格的，乙方应在十五日内整改后重新提交。平台上线使用、试运行或甲方付款均不视为验收合格。
H:第六条 质量保证与运维
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、现场及远程技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度运维服务，年费不超过平台软件许可费的9%（即¥64,800），该价格在质保期满后三个年度内保持不变。
P:6.3 质保期内乙方每季度进行一次巡检，并向甲方提交巡检报告和优化建议。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护时间除外，计划内维护须提前三个工作日经甲方同意）。
P:7.2 一级故障（平台无法访问或核心审批无法办理）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 乙方每迟延响应一小时，向甲方支付违约金¥800；月度可用率每低于承诺值0.01个百分点，扣减当年运维费用或质保金¥1,500。
H:第八条 数据安全
P:8.1 平台中的机构编制数据、人员信息及由此产生的一切数据均属甲方所有。乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得复制、留存或向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》，运维操作须经甲方审批并通过堡垒机进行，全程留痕；乙方人员不得将数据带离甲方机房。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方，立即采取补救措施，并承担由此造成的全部损失及法律责任。
H:第九条 保密
P:9.1 乙方对履行本合同知悉的甲方工作秘密、内部资料和技术方案负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务在本合同终止后继续有效，期限为三年；涉及国家秘密的，按国家有关规定执行。
H:第十条 知识产权
P:10.1 定制开发形成的软件、源代码、接口程序、数据迁移脚本及文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:10.2 平台基础软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证其交付物不侵犯第三方权利，否则由乙方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付物经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
H:第十二条 分包
P:乙方不得将本项目转包或分包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方有重大违约行为，经甲方书面通知后十日内未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 运维服务合同按年度另行签订，不自动续期。
H:第十四条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 甲方义务
P:15.1 甲方应提供项目所需的政务云资源、机房环境和网络条件，协调各部门提供历史台账、人员名册和业务需求，指定专人对接，并及时确认需求规格说明书和设计文档。
P:15.2 甲方应在试运行期间组织各部门编制专管员使用平台，汇总问题后书面反馈乙方。
H:第十六条 项目管理与培训
P:16.1 乙方应指定具有三年以上政务信息化项目经验的项目经理常驻甲方，项目经理及核心开发人员未经甲方同意不得更换。乙方人员应遵守甲方机关管理制度和安全要求。
P:16.2 乙方应为各部门编制专管员举办不少于四期的操作培训，为甲方信息中心技术人员提供系统管理、数据备份与恢复培训，并提供培训教材和操作视频。
P:16.3 双方每两周召开项目例会，乙方提交进度报告；发生可能影响工期的情况，乙方应及时书面告知甲方并提出补救措施。
H:第十七条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供证明，根据影响程度部分或全部免除责任；不可抗力持续超过六十日的，双方可协商解除合同。
H:第十八条 其他
P:本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________  乙方（盖章）：____________
"""

H707Z02 = """T:烫金印刷生产线控制系统改造及维保合同
P:合同编号：CLYS-JS-2026-008
P:甲方（买方）：某春联印刷厂
P:乙方（卖方）：鲁信智能装备有限公司
P:甲方为提升春联、福字及年节礼品包装的烫金印刷质量与产能，委托乙方对其两条烫金印刷生产线的控制系统进行改造，并提供维保服务。双方经协商，订立本合同。
H:第一条 项目范围
P:一、乙方负责拆除两条生产线原有继电器控制柜，更换为PLC控制、伺服驱动和温控模块，加装烫金套准视觉检测装置。
P:二、乙方提供生产线监控软件许可一套，实现产量统计、烫金温度与压力曲线记录、废品率分析和设备报警推送，并与甲方现有ERP对接工单数据。
P:三、改造后生产线应兼容甲方现有烫金膜和纸张规格，换版时间不超过二十五分钟，能耗不高于改造前水平。
P:四、乙方负责安装、调试、试生产、操作培训，改造须在甲方约定的停产窗口内完成，不得影响旺季排产。
P:五、PLC采用国产主流品牌，控制柜防护等级不低于IP54，触摸屏支持中文界面和分级权限。
P:六、视觉检测装置应能自动剔除烫金偏位、漏烫、糊版产品，并保存缺陷图片供质量追溯。
H:第二条 设备、软件及价格
P:合同总价为人民币壹佰肆拾肆万元整（¥1,440,000），含税，明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含编程）|2套|168,000|336,000
TB:2|伺服驱动及电机组|2套|142,000|284,000
TB:3|烫金温控模块|8套|18,500|148,000
TB:4|套准视觉检测装置|2套|126,000|252,000
TB:5|生产线监控软件许可|1套|248,000|248,000
TB:|设备及软件小计|||1,268,000
TB:6|安装调试及ERP对接|1项|142,000|142,000
TB:7|操作及维修培训|1项|30,000|30,000
TB:|合计|||1,440,000
H:第三条 付款
P:一、合同生效后十个工作日内，甲方支付合同总价的20%，即¥288,000。
P:二、设备到货并安装完毕后，甲方支付合同总价的45%，即¥648,000。到货签收及安装完毕不视为验收合格。
P:三、终验合格后，甲方支付合同总价的35%，即¥504,000。
P:四、每次付款前，乙方应开具等额增值税专用发票。
H:第四条 交付与工期
P:一、乙方应在合同生效后四十五日内将设备运抵甲方厂区，并在甲方安排的停产窗口内（不超过二十日）完成改造和调试。
P:二、乙方应在发货前五日通知甲方，设备包装应符合防潮、防震要求，设备交付前的运输风险由乙方承担。
P:三、乙方应制定详细改造方案和应急回退方案，经甲方确认后实施；改造失败时应在停产窗口内恢复原控制系统，保证甲方按期复产。
P:四、乙方应提交电气图纸、PLC程序、软件安装包、操作手册及备件清单。
H:第五条 验收
P:一、验收标准：连续试生产七个工作日，两条线额定速度均达到每小时4,800张；烫金套准偏差不大于0.15毫米；废品率不高于1.2%；报警推送和ERP工单同步功能逐项测试通过。
P:二、乙方书面申请后，甲方在五个工作日内组织验收并出具验收报告；未通过的，乙方应在十日内整改并重新验收。
P:三、设备投入生产或甲方付款，均不视为验收合格。
H:第六条 质保及维保
P:一、质保期为二十四个月，自终验合格之日起算。质保期内乙方免费维修、更换故障部件并升级软件。
P:二、质保期满后，乙方提供年度维保服务，年费为设备及软件小计的8%（即¥101,440），在质保期满后的三个年度内不上调。
P:三、故障响应：一级故障（整线停机）乙方应在8小时内响应，24小时内到场；二级故障（单个工位异常）24小时内响应，48小时内处理完毕。
P:四、质保期内同一部件累计故障三次以上的，乙方应免费更换同型号新件，质保期自更换之日起重新计算。
P:五、年度维保服务内容包括每季度一次上门巡检、软件升级、易损件检查更换及操作人员复训，维保合同到期前由双方书面续签。
P:六、乙方未按前款时限响应或到场的，每迟延一小时向甲方支付¥500。
H:第七条 生产数据
P:一、生产线产生的工艺参数、产量、质量记录及ERP工单数据均属甲方所有，乙方仅可为维修和调试目的使用，不得用于其他用途。
P:二、乙方远程维护须事先取得甲方批准，使用甲方提供的专用账号并全程记录；乙方应对远程通道进行加密，防止数据被窃取或篡改。
P:三、因乙方原因导致甲方数据泄露、丢失或系统被入侵的，乙方应立即通知甲方、协助处置，并赔偿甲方全部损失。
P:四、乙方不得在控制系统或监控软件中设置远程锁机、后门或其他限制甲方使用的功能。
H:第八条 知识产权
P:一、乙方为本项目编写的PLC程序、HMI画面、ERP对接程序及其源代码归甲方所有，甲方可自行修改或交由第三方维护。
P:二、监控软件的通用部分知识产权归乙方，乙方授予甲方永久使用许可。
P:三、乙方保证设备及软件不侵犯他人权利；因侵权引起的纠纷由乙方负责处理并赔偿甲方因此遭受的损失。
H:第九条 违约责任
P:一、乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的万分之六支付违约金。
P:二、因乙方原因导致甲方停产超出约定窗口的，乙方还应赔偿甲方由此产生的直接损失。
P:三、乙方交付的设备或软件不符合约定的，甲方有权要求更换、修理或退货，由此产生的费用由乙方承担。
P:四、甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:第十条 分包
P:乙方不得转包本项目；如需将控制柜安装等辅助工作分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任，分包方不得再行分包。
H:第十一条 合同解除
P:乙方严重违约，经甲方书面催告后七日内仍未纠正的，甲方有权解除本合同，乙方应退还相应款项并赔偿损失。乙方明确表示不履行主要义务的，甲方可立即解除合同。
H:第十二条 法律适用与争议
P:本合同适用中华人民共和国法律。争议协商不成的，提交潍坊仲裁委员会仲裁。
H:第十三条 甲方配合
P:一、甲方应按进度提供停产窗口、施工场地、电源、压缩空气及ERP接口文档，并指派设备科人员全程配合。
P:二、甲方未按约定提供停产窗口的，工期相应顺延，乙方不承担逾期责任。
H:第十四条 安全生产
P:一、乙方人员进入厂区应遵守甲方安全生产管理制度，动火、登高及带电作业须事先办理作业审批。
P:二、改造期间乙方应做好现场防护，不得损坏甲方其他设备和在制品；因乙方原因造成人身伤害或财产损失的，由乙方承担责任。
P:三、改造完成后，乙方应清理现场，拆除的旧控制柜由甲方处置。
H:第十五条 备品备件与培训
P:一、乙方随设备提供首批备品备件（含温控模块、伺服编码器、视觉光源各两套），并提供备件清单及参考价格。
P:二、乙方保证在终验后八年内持续供应备品备件，价格不高于本合同同类产品单价。
P:三、乙方应为甲方操作工和维修电工分别举办培训，内容包括设备操作、参数设置、日常点检、常见故障排除和软件使用，培训后甲方人员应能独立完成日常维护。
H:第十六条 不可抗力
P:因不可抗力致使合同不能履行的，受影响一方应及时通知对方并提供证明，可部分或全部免除责任。
H:第十七条 其他
P:本合同未尽事宜，双方另行协商签订补充协议。本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:甲方（盖章）：__________  乙方（盖章）：__________
"""

H707Z03 = """连锁轻食门店点餐及会员系统SaaS服务合同

合同编号：QS-SAAS-2026-031
甲方（客户）：某轻食餐饮管理有限公司
乙方（服务商）：云禾餐饮科技有限公司

甲方经营五十家沙拉轻食连锁门店。为统一门店点餐、小程序下单和会员管理，甲方订购乙方点餐及会员SaaS服务并委托乙方实施。双方经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方五十家门店提供SaaS服务，包括：
1. 门店收银及扫码点餐，支持堂食、自提和外卖订单统一处理；
2. 微信小程序下单，含营养成分展示、套餐组合和预约取餐；
3. 会员管理，含储值、积分、等级、优惠券和生日权益；
4. 总部经营报表，含门店销售、菜品毛利、会员复购和时段客流分析。
（二）乙方负责实施：五十家门店的设备调试和系统开通、菜品及价格体系初始化、原会员数据导入、与甲方财务系统和供应链系统的接口对接、店长及店员培训。
（三）新开门店可按本合同单价增加，关闭门店的订阅费自下一季度起相应扣减。
（四）乙方负责门店网络环境评估，并向甲方提出网络优化建议；乙方应提供离线收银功能，网络中断时门店可继续收银，网络恢复后订单自动同步。
（五）乙方提供每日七点至二十三点的在线客服和电话支持，指定客户成功经理每月回访，每季度提交服务报告，内容包括可用率、故障记录和优化建议。
（六）乙方应为每家门店至少培训两名店员，为总部运营人员提供报表和会员营销功能培训，并提供操作手册和视频教程。
（七）乙方应支持甲方按季度调整菜单和价格，并提供门店分级权限管理，总部可统一下发菜品、价格和促销活动。

二、服务期限
（一）服务期为两个服务年度，自上线验收合格之日起计算。
（二）服务期满前六十日，任何一方未书面提出不再续订的，本合同自动续订一个服务年度，此后亦同。续订时乙方有权根据市场情况上调订阅费，每次上调幅度不超过上一服务年度费用的10%，乙方应在续订前三十日通知甲方。

三、费用
（一）订阅费：门店点餐模块每店每服务年度¥4,800，五十家门店合计¥240,000；会员及小程序模块每服务年度¥96,000。每服务年度订阅费合计¥336,000，两个服务年度合计¥672,000。
（二）实施费：一次性¥88,000。
（三）合同总价：¥760,000（含税）。短信、外卖平台佣金及支付通道手续费按实际发生另行结算，不计入合同总价。
（四）服务期内订阅单价固定不变，不因乙方版本升级或功能增加而调整。

四、付款
（一）实施费在上线验收合格后十五个工作日内一次性支付。
（二）订阅费按季度支付，每季度¥84,000，于每季度首月十日前支付当季费用；首季度费用在上线验收合格后支付。
（三）乙方应在收款前开具等额增值税专用发票。
（四）甲方对账单有异议的，应在收到后五个工作日内提出，双方核对后结算。

五、实施与上线验收
（一）乙方应在合同签订后四十日内完成五十家门店的开通和实施工作，并提交上线验收申请。
（二）验收标准：
1. 五十家门店收银、扫码点餐、小程序下单全部可用，连续七日订单与支付对账差异为零；
2. 原会员数据导入完整，抽查三百条会员的余额和积分与原系统一致；
3. 财务及供应链接口连续五日数据同步无差错；
4. 午间高峰时段点餐页面打开时间不超过2秒。
（三）甲方在收到申请后七个工作日内完成验收并书面确认；不合格的，乙方应限期整改后重新提交。系统开通试用不视为验收合格。
（五）上线验收前，乙方应完成全部门店的压力测试和应急切换演练，并向甲方提交实施总结报告。
（四）乙方未按期提交上线验收申请的，每逾期一日向甲方支付违约金¥600。

六、服务水平
（一）SaaS服务月度可用率不低于99.5%，计划内维护应安排在凌晨零点至六点，并提前三日通知甲方。
（二）一级故障（全部或多家门店无法点餐收银）乙方应在30分钟内响应，3小时内恢复；二级故障（单店或单一功能异常）2小时内响应，当日解决。
（三）月度可用率低于承诺值或一级故障超时恢复的，乙方按当月订阅费的5%至20%向甲方提供服务抵扣，在下季度费用中扣减。
（四）乙方对平台的版本更新不得降低本合同约定的功能和服务水平，重大更新应提前七日通知甲方。

七、数据
（一）甲方的菜品、订单、会员及经营数据归甲方所有。
（二）甲方同意乙方在去除会员身份信息后，将甲方订单及消费数据与其他客户数据汇总，用于乙方餐饮行业分析报告和产品改进，该使用在本合同终止后继续有效。
（三）数据安全：乙方应将数据存储于中国境内，采用加密传输和存储、访问权限控制和操作日志审计，会员个人信息按《个人信息保护法》处理；发生数据泄露的，乙方应在2小时内通知甲方并采取补救措施，承担由此给甲方造成的损失。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方确认后删除。
（五）会员储值资金由甲方自有账户收取，乙方不得归集或占用。
（六）乙方应每年委托第三方开展一次安全评估，并向甲方提供评估结论。

八、保密
双方对在合作中知悉的对方商业秘密、经营数据和技术信息负有保密义务，未经对方书面同意不得向第三方披露，本义务在合同终止后三年内有效。员工因工作接触对方信息的，应同样遵守本条约定。

九、知识产权
SaaS平台及其软件的知识产权归乙方。乙方为甲方定制的报表、小程序页面设计及接口配置归甲方所有，甲方可自由使用和修改，并可交由其他服务商使用。乙方保证平台不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并赔偿甲方损失。

十、责任
（一）任何一方违约给对方造成损失的，应予赔偿。
（二）乙方在本合同项下的累计赔偿责任以合同总价的1.5倍为限，但数据泄露及故意或重大过失造成的损失不受此限。
（三）因甲方提供的菜品、价格或会员资料错误导致的损失，由甲方自行承担。

十一、转包与分包
乙方不得转包；确需将门店现场安装分包的，须事先取得甲方书面同意。

十二、合同解除
乙方严重违约（包括连续两个月可用率未达承诺值），经甲方书面通知后十日内未纠正的，甲方有权解除合同，并按比例退还已付未使用的订阅费。
（二）合同终止或期满不再续订的，乙方应提供不少于三十日的过渡期服务，协助甲方迁移数据。
（三）甲方逾期支付订阅费超过三十日的，乙方可书面催告后暂停服务，但不得删除甲方数据。

十三、甲方义务
甲方应指定项目负责人，按时提供门店清单、菜品资料、原会员数据和接口文档，自行采购符合乙方兼容清单的收银机、扫码枪和打印机，并组织店员参加培训。

十四、不可抗力
因不可抗力或第三方通信、支付通道大面积故障导致服务中断的，受影响一方应及时通知对方并采取措施减少损失，可部分或全部免除责任，但乙方自身系统故障不属于不可抗力。

十五、廉洁合作
双方不得向对方工作人员提供回扣、礼金、有价证券或其他不正当利益；违反的，守约方有权要求对方纠正并追究相应责任。

十六、争议解决
本合同适用中华人民共和国法律。争议提交广州仲裁委员会仲裁。

十七、其他
通知以书面形式送达本合同首页所列地址或双方指定的电子邮箱。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：__________    乙方（盖章）：__________
"""

H707Z04 = """技工学校实训管理系统年度运维服务合同

项目编号：JX-CS-2026-004（竞争性磋商）
甲方（采购人）：某市高级技工学校
乙方（成交供应商）：启智教育信息技术有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对其实训管理系统提供年度运维服务。双方经协商一致，订立本合同。

第一条 服务范围
（一）运维对象：甲方实训管理系统，包括实训排课、工位预约、实训考勤、耗材领用、技能考核与证书管理、实训安全教育等模块，部署于甲方校园数据中心的四台应用服务器和两台数据库服务器。
（二）服务内容：系统日常监控与巡检、故障处理、数据备份与恢复演练、漏洞修复与版本补丁、学期初基础数据初始化、小型功能调整（每学期不超过二十人日）、用户培训与技术咨询。
（三）乙方应安排一名驻场工程师，工作日八点至十七点在校服务，并提供全天候电话及远程支持。
（四）服务对象系统清单及服务器配置见附件一。乙方应在服务开始后十日内完成系统现状评估，提交运维方案和应急预案，经甲方确认后执行。
（五）小型功能调整的需求由甲方信息中心统一提出，乙方评估工作量后经甲方确认实施，超出部分双方另行协商。
（六）乙方应向甲方信息中心人员进行运维知识转移，协助甲方建立运维制度和操作规程。

第二条 服务期限
服务期自2026年3月1日起至2027年2月28日止。服务期满，合同终止；甲方如需继续服务，应按政府采购程序重新采购。服务期内，乙方应保证服务连续，不得擅自中止服务。

第三条 服务费用及支付
（一）运维服务费为固定总价人民币叁拾肆万捌仟元整（¥348,000），含税，包括驻场人员、备份介质、差旅及其他一切费用。
（四）服务期内如甲方增加服务器或模块，新增工作量由双方协商，另行签订补充协议。
（二）服务费按季度支付，每季度¥87,000，在每季度服务结束并经甲方考核合格后十五个工作日内支付。
（三）乙方应在每次付款前开具等额发票。

第四条 服务水平
（一）故障分级：一级故障指系统整体不可用或考核、考勤等核心功能无法使用；二级故障指部分模块异常；三级故障指个别用户使用问题。
（二）一级故障乙方应在1小时内响应，3小时内恢复；二级故障2小时内响应，次日内解决；三级故障当日答复。
（三）考试周及技能鉴定期间，乙方应安排专人值守，一级故障应在30分钟内响应。
（四）乙方每月首个工作日提交上月运维报告，内容包括巡检情况、故障处理记录、备份情况及改进建议。
（五）乙方未达到上述服务要求的，应向甲方作出书面说明，并在甲方要求的期限内整改。
（六）乙方每季度对系统进行一次全面巡检，包括服务器性能、数据库容量、日志和安全漏洞扫描，发现隐患及时报告并处理。
（七）学期初和学期末为业务高峰，乙方应提前完成扩容评估和数据初始化，保障排课及考核业务正常开展。
（八）乙方应记录每次故障的发生时间、响应时间、恢复时间和原因分析，作为季度考核的依据。
（九）系统升级或补丁安装应安排在非教学时段进行，并事先在测试环境验证。

第五条 考核与验收
（一）甲方每季度按照《运维服务考核表》进行考核，考核内容包括故障响应与恢复时效、巡检及备份执行、运维报告质量、用户满意度，满分一百分，八十分以上为合格。
（二）服务期满前，乙方提交年度运维总结，甲方对照磋商文件的服务要求组织年度验收，验收内容包括系统运行记录、备份恢复演练记录、补丁更新记录及文档移交情况。
（三）考核不合格的，乙方应在十五日内整改，整改后重新考核；相应季度服务费在考核合格后支付。
（四）年度验收合格后，甲方出具书面验收意见，作为乙方履约评价的依据。

第六条 人员要求
（一）驻场工程师应具有两年以上系统运维经验，乙方更换驻场人员应提前十日书面告知甲方并经甲方认可。
（二）乙方人员应遵守学校管理制度，不得擅自进入实训车间和考场，不得擅自修改系统核心配置、删除数据或安装与运维无关的软件。
（三）乙方应建立人员备份机制，驻场工程师请假或离岗时安排同等能力人员替岗。
（四）乙方应为驻场人员购买意外伤害保险，乙方人员在服务期间发生的人身伤害由乙方自行负责。

第七条 甲方义务
（一）甲方应为驻场工程师提供办公场所、网络及必要的系统访问权限。
（二）甲方信息中心负责协调各教学系部，及时反馈系统使用问题。
（三）甲方应按约定支付服务费。

第八条 服务交接与培训
（一）服务开始前，乙方应与原运维单位办理交接，核对系统账号、文档、配置和备份，交接问题书面报告甲方。
（二）服务期满，乙方应配合新的服务单位完成交接，交接期不超过十五日，交接期间不得中断服务。
（三）乙方每学期为各系部实训管理员举办一次操作培训，为甲方信息中心技术人员提供一次系统管理培训，并更新操作手册。
（四）乙方应建立运维知识库，将常见问题处理方法整理成文，服务期满时一并移交甲方。

第九条 数据安全
（一）系统中的学生、教师、实训及考核数据归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或用于其他目的。
（二）乙方应严格执行甲方网络安全管理制度，运维操作通过甲方堡垒机进行，数据库操作须经甲方信息中心审批并保留日志；每周进行一次全量备份，每学期进行一次恢复演练。
（三）发生数据泄露、丢失或被篡改的，乙方应在1小时内报告甲方，协助处置，并对因乙方原因造成的损失承担赔偿责任。
（四）服务期满或合同终止时，乙方应交回全部账号权限，删除其持有的甲方数据副本，并出具书面承诺。

第十条 保密
乙方对在服务中知悉的学生个人信息、考核试题及学校内部资料负有保密义务，未经甲方书面同意不得向任何第三方披露；本条在合同终止后继续有效。乙方应与驻场人员签订保密承诺书，并报甲方备案。

第十一条 知识产权
服务期内乙方为甲方编写的脚本、报表、补丁配置及技术文档归甲方所有，甲方可自由使用和修改。实训管理系统原有软件的权利状态不因本合同改变。乙方保证其提供的服务和工具不侵犯第三方知识产权。

第十二条 分包
乙方不得将本合同项下服务转包或分包给第三方。

第十三条 合同的变更与终止
（一）本合同在服务期内，除不可抗力致使合同目的不能实现外，任何一方不得单方解除。
（二）服务内容需调整的，双方协商一致后签订补充协议。
（三）服务期满，本合同自然终止，乙方应在终止后十日内移交全部账号、文档和运维记录。

第十四条 不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，根据影响程度部分或全部免除责任。不可抗力影响消除后，乙方应尽快恢复服务。

第十五条 廉洁
乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益，一经发现，甲方可将有关情况报告财政部门处理。

第十六条 争议解决
因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十七条 其他
（一）磋商文件、响应文件及成交通知书为本合同的组成部分。
（二）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：__________    乙方（盖章）：__________
签订日期：2026年2月20日
附件一：系统及服务器清单；附件二：运维服务考核表；附件三：应急预案。
"""

H707Z05 = """# 刻印云·木版年画生产追溯系统 软件许可及定制开发合同

**（乙方标准合同文本 KY-HT-V3.0）**

合同编号：KY2026-0419

甲方（用户）：某年画工艺厂

乙方（供应商）：刻印云软件科技有限公司

甲方拟对木版年画从画稿、刻版、套色印刷、晾晒到成品出库的全过程建立生产追溯，实现每一幅年画可查来源、可查工序、可查责任人，经商洽，甲方采购乙方“刻印云木版年画生产追溯系统”软件许可并委托乙方进行定制开发。双方依据《中华人民共和国民法典》，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供刻印云生产追溯系统标准版软件许可一套，授权甲方在其厂区内永久使用，含五十个用户及二十台车间终端。

1.2 乙方按甲方需求进行定制开发，内容包括：画版档案库（含刻版师傅、木料、版次记录）、套色工序扫码报工、晾晒房温湿度采集接入、成品一物一码追溯及经销商查询页面，并预留与甲方财务软件的数据导出接口。

1.3 乙方负责系统安装部署、基础数据初始化和操作培训。

1.4 系统运行环境：甲方自备服务器两台、车间终端及扫码枪，乙方提供配置建议。乙方提供的软件为其自主研发产品，已取得软件著作权登记。

1.5 定制开发需求以双方确认的《需求确认书》为准，需求确认后甲方提出的新增需求按每人日¥1,800另行计费。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 刻印云生产追溯系统软件许可 | 980,000 |
| 2 | 定制开发 | 236,000 |
| 3 | 安装部署、数据初始化及培训 | 64,000 |
| | 合计 | 1,280,000 |

合同总价为人民币壹佰贰拾捌万元整（¥1,280,000），含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即¥704,000，乙方收款后启动项目。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的45%，即¥576,000。

3.3 甲方逾期付款的，乙方有权暂停实施或技术支持，工期相应顺延。

3.4 乙方在收到每期款项后开具增值税普通发票。因履行本合同发生的税费，按国家规定各自承担。

## 第四条 实施周期

4.1 乙方在收到首期款后七十五日内完成部署和定制开发，具备上线条件。乙方每两周向甲方报告一次项目进展。

4.2 因甲方需求变更、资料提供不及时或现场条件不具备造成的延误，不计入实施周期。

4.3 乙方指派项目经理一名负责项目协调，实施人员按项目进度安排现场或远程工作。

4.4 甲方应指定项目联系人，提供车间网络、电源、场地和必要的工艺资料，并组织人员参加培训。

4.5 乙方交付：软件安装介质、许可授权文件、用户操作手册、系统管理员手册。定制开发部分不交付源代码。

## 第五条 上线与验收

5.1 乙方完成部署后通知甲方上线，系统上线运行即视为甲方验收合格。

5.2 甲方在上线后提出的功能修改意见，乙方视情况在后续版本中统筹考虑。

5.3 上线后甲方应安排专人使用系统，发现问题通过乙方客服平台提交。

## 第六条 免费维护与售后服务

6.1 乙方自系统上线之日起提供六个月免费维护，包括远程技术支持和缺陷修复。

6.2 免费维护期满后，甲方应与乙方签订年度维保协议，维保费按软件许可费的25%每年计收（即每年¥245,000），维保内容包括版本升级、远程支持和每年两次上门巡检。

6.3 服务响应：一级故障（系统无法使用）乙方在2小时内响应，8小时内提供解决方案；二级故障在一个工作日内响应。乙方未按时响应的，每次向甲方支付违约金¥200。

6.4 甲方人员误操作、擅自修改系统或硬件故障导致的问题，不属于免费维护范围，乙方可另行收费。

6.5 维保协议每年签订一次，费率按本条执行。乙方提供工作日九点至十八点的客服热线和在线工单服务。

6.6 培训：乙方为甲方提供两期培训，第一期面向刻版、印刷、晾晒各工序班组长，讲解扫码报工和追溯查询；第二期面向甲方信息管理员，讲解系统配置、用户权限和数据备份。培训结束后乙方提供操作手册电子版。

6.7 免费维护期内乙方每季度远程巡检一次，并提供巡检记录。

## 第七条 知识产权

7.1 软件许可部分的知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、程序代码、数据库设计及相关文档的知识产权归乙方所有，甲方在本合同许可范围内享有使用权，不得修改、反向工程或提供给第三方使用。

7.3 乙方有权将定制开发成果纳入其标准产品，向其他客户销售。

7.4 甲方应遵守软件许可条款，不得超出许可的用户数和终端数使用，超出部分应按乙方报价补购许可。

## 第八条 数据安全

8.1 甲方在系统中录入和产生的画版档案、生产记录和销售数据归甲方所有，乙方不得用于本合同以外的目的。

8.2 乙方在实施和维护期间应采取权限控制、加密传输和日志留存等安全措施；因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应赔偿责任。乙方人员离场时应删除其设备中存留的甲方数据。

8.3 甲方应自行做好数据备份，乙方提供备份工具和操作指导。乙方人员远程登录甲方系统应事先告知甲方，并使用甲方分配的账号。

## 第九条 保密

双方对在合作过程中知悉的对方技术资料和商业信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后三年。乙方可在其宣传材料和客户案例中使用甲方名称和项目简介。

## 第十条 违约责任

10.1 乙方逾期完成上线的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

10.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%，且不承担任何间接损失、利润损失或生产损失。

10.3 甲方逾期付款的，每逾期一日按未付金额的千分之一向乙方支付违约金。

## 第十一条 工作委托

乙方可根据项目需要，将部分开发、实施或现场服务工作委托第三方完成，无需事先征得甲方同意，受托方应具备相应技术能力，乙方对受托方的工作负责。

## 第十二条 合同解除

任何一方严重违约，经守约方书面通知后十五日内仍未纠正的，守约方有权解除本合同并要求赔偿损失。甲方因自身原因解除合同的，已付款项不予退还。

## 第十三条 不可抗力

因地震、火灾、疫情、政府行为等不可抗力导致不能履行合同的，受影响方部分或全部免除责任，但应及时通知对方。不可抗力持续超过三十日的，双方可协商解除合同。

## 第十四条 法律适用及争议解决

本合同适用中华人民共和国法律。争议协商不成的，提交乙方所在地的济南仲裁委员会仲裁。仲裁裁决是终局的，对双方均有约束力。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同未尽事宜，双方可另行签订补充协议。

15.3 双方往来通知以书面形式送达本合同所列地址，或发送至双方指定的电子邮箱，发出之日起三日视为送达。

15.4 双方应遵守廉洁从业规定，不得向对方人员提供回扣或其他不正当利益。

甲方（盖章）：__________　　乙方（盖章）：__________
"""

H707E01 = """T:Software Licence and Services Agreement - Fleet Maintenance Planning System
P:Agreement No. RWZ-2026-MP-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Xiangjiang Heavy Mining Machinery Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Changsha, Hunan Province (the "Buyer"), and Rwenzori Systems Limited, a company incorporated in Uganda with its principal office on Rwenzori Road, Kasese, Uganda (the "Vendor").
P:The Buyer services and rebuilds mining haul trucks, loaders and crushers for customers in Africa and Asia. The Buyer wishes to acquire a perpetual licence to the Vendor's fleet maintenance planning software, together with configuration, data migration and training services, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's RwenFleet maintenance planning system, version 7, including the work-order, spare-parts, component-life and reliability modules, in object code, with its documentation.
P:1.2 "Configuration" means the Buyer-specific set-up of the Software described in Annex 2, including the work-order templates, the component-life rules, the reports and the two interfaces to the Buyer's ERP and telematics systems.
P:1.3 "Buyer Data" means all data entered into, uploaded to, or generated by the Software for the Buyer, including equipment histories, inspection records and parts consumption.
P:1.4 "Final Acceptance" means the Buyer's written certificate under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Buyer's servers in Changsha for up to 180 named users and unlimited read-only users, for the business of the Buyer and its subsidiaries.
P:2.2 The Vendor shall perform the Configuration, migrate the Buyer's legacy maintenance records (about 2.6 million rows from the existing database and spreadsheets), install the Software in the Buyer's test and production environments, and train the Buyer's users and administrators.
P:2.3 The Vendor shall deliver the installation media, licence keys, user and administrator manuals, the configuration workbook, the interface specifications and the source code of the two interfaces.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,800,000, inclusive of applicable taxes, made up as follows: Software licence fee CNY 1,160,000; Configuration and interfaces CNY 420,000; data migration CNY 150,000; training CNY 70,000.
P:3.2 The price is fixed. The Vendor bears its own travel, accommodation and visa costs for the work in China.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the total price (CNY 360,000) within 20 days after signature, against the Vendor's invoice and an advance-payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 45% of the total price (CNY 810,000) within 20 days after the Software has been installed in the production environment and the migrated data have been loaded. Installation does not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the total price (CNY 630,000) within 20 days after Final Acceptance.
P:4.4 Payments are made in CNY by bank transfer to the Vendor's account stated in its invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, Configuration and data migration within 100 days after signature, following the project plan in Annex 3.
P:5.2 Acceptance tests shall show that: (a) every function listed in Annex 1 works as specified; (b) a reconciliation of the migrated data against the legacy records, by record counts and by a sample of 500 equipment histories, shows no unexplained difference; (c) both interfaces exchange data without error for 15 consecutive working days; (d) the planning screens open within 3 seconds with 120 concurrent users; and (e) no Severity 1 defect occurs during a 30-day parallel run.
P:5.3 The Buyer shall issue a Final Acceptance certificate within 10 working days after the tests in Article 5.2 are passed, or state the defects in writing. The Vendor shall remedy the defects and repeat the tests at its own cost. Go-live, use of the Software in production or any payment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Configuration will perform substantially in accordance with the documentation and Annex 1 for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide new versions and patches, and provide remote and, where needed, on-site support free of charge.
P:6.2 After the Warranty Period the Buyer may order annual support at a fee of 10% of the Software licence fee (CNY 116,000 per year). This fee is fixed for the first three support years after the Warranty Period. Each support year is ordered separately; there is no automatic renewal.
P:6.3 Severity 1 (the Software is unavailable or work orders cannot be issued): response within 1 hour, workaround within 8 hours. Severity 2 (a major function is impaired): response within 2 hours, resolution within 2 working days. Severity 3: response within 1 working day. Response times run around the clock for Severity 1 and during the Buyer's working hours otherwise.
P:6.4 For each hour by which the Vendor exceeds a Severity 1 or Severity 2 response or resolution time, the Vendor shall pay the Buyer CNY 900 as a service credit, deducted from the next payment or support fee.
H:Article 7 Buyer Data and Data Security
P:7.1 Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:7.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN and jump server, with named accounts and per-session approval, and shall comply with the PRC Data Security Law and Personal Information Protection Law. No Buyer Data shall be transferred outside the People's Republic of China.
P:7.3 The Vendor shall notify the Buyer within 12 hours of any actual or suspected data breach, cooperate in containment and investigation, and be liable for the losses the breach causes to the Buyer.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and is licensed under Article 2.1.
P:8.2 All rights in the Configuration, the interfaces, the migration scripts, the reports and the documents prepared specifically for the Buyer belong to the Buyer from creation. The Buyer may use, modify and license them freely, including by third parties.
P:8.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the deliverables infringe a third party's rights.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and commercial information received from the other party, use it only for this Agreement and disclose it only to its staff and advisers who need to know it and are bound by equivalent obligations.
P:9.2 This obligation survives termination for three years.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to complete the work in Article 5.1 on time for reasons attributable to it, it shall pay the Buyer liquidated damages of 0.08% of the total price for each day of delay, up to 10% of the total price.
P:10.2 The Vendor's total liability under this Agreement is limited to 200% of the total price. This limit does not apply to personal injury, wilful misconduct, breach of Article 7 or Article 9, or infringement claims under Article 8.3.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 20 days after a written notice describing the breach.
P:12.2 The Buyer may also terminate by written notice if the delay damages under Article 10.1 reach their maximum. On termination for the Vendor's breach, the Vendor shall refund the amounts paid for work not accepted.
H:Article 13 Force Majeure
P:Neither party is liable for a failure caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event continues for more than 60 days, either party may terminate by written notice.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Uganda.
P:14.2 Any dispute shall first be discussed between senior managers of both parties. If it is not resolved within 30 days, it shall be finally settled by arbitration under the Arbitration and Conciliation Act of Uganda, before a sole arbitrator, seated in Kampala, in English.
H:Article 15 General
P:15.1 Annexes: Annex 1 Functional Specification; Annex 2 Configuration Scope; Annex 3 Project Plan. In case of conflict, the Articles prevail over the Annexes.
P:15.2 Notices shall be in writing and sent by courier or e-mail to the addresses stated above.
P:15.3 This Agreement is signed in two originals in English, one for each party, and enters into force on signature.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

H707E02 = """# Order Form - AcholiTrace Outgrower Management Service

**Provider:** AcholiTrace Technologies Limited, Plot 14 Obote Avenue, Lira, Uganda ("Provider")

**Customer:** Qingdao Huanong Oilseeds Trading Co., Ltd., Qingdao, Shandong Province, People's Republic of China ("Customer")

**Order Form No.:** AT-OF-2026-0112

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## Part A - Order Details

### A1. Service

Provider will provide its AcholiTrace cloud service for managing contract farmers and crop purchases, comprising: farmer registration and mapping of plots; input advances and repayment tracking; purchase receipts at buying centres, with weighing-scale integration; lot traceability from buying centre to export warehouse; certification audit checklists; and a management dashboard. Customer uses the Service for its sesame and soybean sourcing programmes in northern Uganda and its quality office in Qingdao. The Service is accessed through web browsers and through the Android app installed on the buying-centre devices supplied by Customer.

### A2. Subscription Term and Users

The Subscription Term is twenty-four months starting on the Service Start Date, which is the date on which Provider notifies Customer that the production tenant is ready after Onboarding Acceptance under A5. The subscription covers 60 named staff users, 25 buying-centre devices and up to 18,000 registered farmers.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Year 1 | 60 users, 25 devices, 18,000 farmers | 186,000 |
| Subscription, Year 2 | same scope | 186,000 |
| Onboarding services (one-time) | set-up, data import, scale integration, training | 28,000 |
| Total fees under this Order Form | | 400,000 |

Fees are inclusive of applicable taxes. Additional users or devices may be added at the unit prices in Provider's quotation of 3 March 2026, pro rata to the end of the current Subscription Year.

### A4. Invoicing and Payment

- The onboarding fee is invoiced after Onboarding Acceptance and is payable within 30 days of invoice.
- The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of invoice.
- Payment is made in CNY by bank transfer to the account in Provider's invoice. Customer does not pay any amount before the Service Start Date other than as stated above.

### A5. Onboarding and Acceptance

Provider will complete onboarding within 45 days after signature: configure the tenant, import Customer's existing register of about 14,000 farmers and their plots, integrate the two scale models used at the buying centres, and train 20 field officers and 6 head-office users. Onboarding Acceptance requires that: (a) the imported farmer register matches Customer's source file by record count and by a check of 300 sampled farmers; (b) weights captured from both scale models reach the Service without manual entry in a test of 200 weighings; (c) a test lot can be traced from buying-centre receipt to warehouse dispatch; and (d) the functions listed in Schedule 1 work as described. Customer will confirm or reject in writing within 10 working days after Provider's notice of completion, listing any failures. If onboarding is not completed on time for reasons attributable to Provider, Provider will pay Customer CNY 300 for each day of delay.

### A6. Renewal

At the end of the Subscription Term, this Order Form renews automatically for successive renewal terms of one Subscription Year each, unless either party gives notice of non-renewal at least 60 days before the end of the then-current term. Provider may increase the subscription fee for any renewal term by up to 9% over the fee for the previous Subscription Year by notice given at least 45 days before the renewal date.

## Part B - General Terms

### 1. Provision of the Service

1.1 Provider will make the Service available to Customer's users over the internet during the Subscription Term and will provide the Service in a professional manner with personnel of appropriate skill.

1.2 Provider will use commercially reasonable efforts to keep the Service available and to perform maintenance outside the working hours of Customer's buying centres. Provider does not commit to any particular level of availability or to any fixed time to restore the Service.

1.3 Support is provided by e-mail and through the in-app help desk in English and Chinese. Provider will use commercially reasonable efforts to answer support requests promptly, giving priority to problems that prevent purchases from being recorded.

1.4 The offline mode of the buying-centre app stores receipts on the device for up to seven days and uploads them when a connection is available.

1.5 Provider may update the Service from time to time, provided that updates do not materially reduce the functions described in Schedule 1. Provider will announce material changes at least 30 days in advance in the release notes.

### 2. Customer Responsibilities

2.1 Customer is responsible for the accuracy of the data it enters, for the use of the Service by its users, and for keeping user credentials secure.

2.2 Customer will obtain any consents required from farmers for the collection of their personal information, using the consent text supplied by Provider and approved by Customer.

2.3 Customer will not use the Service to store information unrelated to its sourcing programmes, attempt to gain unauthorised access to it, or resell it to third parties.

### 3. Customer Data

3.1 All data entered into the Service by or for Customer, including farmer records, plot maps, receipts and lot records ("Customer Data"), belongs to Customer. Provider may use Customer Data only to provide the Service to Customer and for no other purpose.

3.2 Provider will host Customer Data in a data centre operated by a recognised cloud provider, encrypt it in transit and at rest, restrict access to named personnel with multi-factor authentication, log all administrative access, and back it up daily with a tested restore procedure.

3.3 Provider will notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, take immediate steps to contain it, provide a written incident report, and bear the costs and losses resulting from a breach caused by Provider's failure to comply with this section.

3.4 Within 30 days after the end of the Subscription Term, Provider will return Customer Data in CSV and GeoJSON formats and then delete it, confirming deletion in writing.

### 4. Intellectual Property

4.1 Provider owns the Service and its underlying software. Customer receives a right to use the Service during the Subscription Term.

4.2 Forms, reports, checklists and configurations prepared by Provider specifically for Customer belong to Customer, which may use, modify and license them freely, also after the Subscription Term.

### 5. Confidentiality

Each party will keep confidential the non-public information it receives from the other party, use it only for the purposes of this Order Form, and protect it with at least reasonable care. This obligation continues for three years after the end of the Subscription Term.

### 6. Subcontracting

Provider will not subcontract the performance of the Service, other than to its cloud hosting provider named in Schedule 2, without Customer's prior written consent. Provider remains responsible for its subcontractors.

### 7. Liability

7.1 Each party is liable for direct damages caused by its breach of this Order Form.

7.2 Provider's total liability under this Order Form is limited to 150% of the total fees stated in A3. This limit does not apply to breach of sections 3 or 5, or to fraud or wilful misconduct.

### 8. Term and Termination

8.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice.

8.2 If Customer terminates for Provider's breach, Provider will refund the prepaid fees for the remainder of the Subscription Year.

8.3 Sections 3.4, 4, 5 and 7 survive termination.

### 9. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao in accordance with its rules then in force. The award is final and binding.

### 10. Suspension

Provider may suspend a specific user account if it reasonably believes the account is compromised, and will notify Customer immediately. Provider will not suspend the Service as a whole for non-payment unless an undisputed invoice remains unpaid for more than 45 days after a written reminder, and will not delete Customer Data during any suspension.

### 11. General

11.1 Neither party may assign this Order Form without the other party's written consent, except to a successor of its whole business.

11.2 Notices are given in writing by e-mail to the contacts named in Part A signature blocks.

11.3 Schedules: Schedule 1 Functional Description; Schedule 2 Hosting and Security Description.

11.4 This Order Form is signed in English in two originals. Each party bears its own costs of negotiating it.

Signed for Provider: ____________________  Signed for Customer: ____________________
"""

H707E03 = """T:Supply Contract for Greenhouse Climate Sensors and Monitoring Software
P:Contract No. DCF-PUR-2026-027
P:Buyer: Yunnan Dianchi Floriculture Co., Ltd., Kunming, Yunnan Province, People's Republic of China (the "Buyer").
P:Supplier: Teso AgriSense Limited, Plot 9 Gweri Road, Soroti, Uganda (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms. The Buyer grows cut roses and carnations in 46 greenhouses at its bases in Jinning and Songming and wishes to monitor temperature, humidity, CO2, light and substrate moisture in every greenhouse. The parties agree as follows.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, gateways and weather stations listed in the price table in clause 2.1, with their mounting kits, cables and embedded software.
P:1.2 "Software" means the Supplier's GreenSense monitoring software, installed on the Buyer's servers, with alarm, trend, irrigation-advice and reporting functions, licensed under clause 8.
P:1.3 "Services" means delivery, installation, configuration, integration with the Buyer's irrigation controllers, commissioning and training.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate under clause 5.3.
H:2. Price
P:2.1 The Contract Price is CNY 1,600,000, inclusive of VAT, duties, packing, transport to the Buyer's bases, insurance and all costs of the Services, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter greenhouse sensor (temperature, humidity, CO2, light)|620|1,100|682,000
TB:2|LoRa gateway with 4G backhaul|40|4,600|184,000
TB:3|Outdoor weather station|12|15,000|180,000
TB:4|GreenSense monitoring software, perpetual licence, 50 users|1|354,000|354,000
TB:|Equipment and Licence Subtotal|||1,400,000
TB:5|Installation, configuration and irrigation-controller integration|1|168,000|168,000
TB:6|Training of growers and IT staff|1|32,000|32,000
TB:|Contract Price|||1,600,000
P:2.2 The Contract Price is fixed and is not subject to any adjustment for exchange rates, freight or other costs.
H:3. Payment
P:3.1 10% of the Contract Price (CNY 160,000) within 15 days after signature, against an advance-payment bank guarantee of the same amount.
P:3.2 55% of the Contract Price (CNY 880,000) within 30 days after all Equipment has been delivered and installed and the Software installed, as confirmed by a delivery and installation note. That note does not constitute acceptance.
P:3.3 35% of the Contract Price (CNY 560,000) within 30 days after Final Acceptance.
P:3.4 Each payment requires a valid VAT invoice issued by the Supplier's appointed agent in China.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's bases within 70 days after signature and complete installation and configuration within 30 days after delivery.
P:4.2 Installation shall be carried out without interrupting cultivation, following the greenhouse hygiene rules of the Buyer, and in time slots agreed with each base manager.
P:4.3 The Equipment shall be packed for sea and road transport, protected against moisture and shock, and marked with the Contract number. Risk in the Equipment passes to the Buyer on delivery to each base, and title passes on payment under clause 3.2.
P:4.4 The Supplier shall provide installation drawings, a device register with serial numbers and locations, calibration certificates for every sensor, and user and administrator manuals in Chinese.
P:4.5 The Supplier shall train at least 30 growers and base managers in the use of the Software on phones and computers, and at least 4 IT staff in administration, backup, device registration and replacement. Training shall take place at the two bases, in Chinese or with an interpreter provided by the Supplier, and shall be completed before the trial operation starts.
P:4.6 The Buyer shall provide server capacity, network access, power at the mounting points and access to the greenhouses, and shall name a project contact at each base.
H:5. Acceptance
P:5.1 After installation the Supplier shall run a 21-day trial operation in all greenhouses.
P:5.2 Final Acceptance requires that: (a) every device in the device register reports to the Software; (b) readings are received from every device on each day of the last 14 days of the trial; (c) temperature readings deviate from a calibrated reference instrument by no more than 0.3 degrees Celsius and humidity readings by no more than 3 percentage points in a check of 40 randomly chosen sensors; (d) alarms reach the growers' phones within 60 seconds in 20 test events; and (e) the irrigation advice is correctly transferred to the irrigation controllers in all 46 greenhouses.
P:5.3 The Buyer shall sign the acceptance certificate within 10 working days after the tests are passed or list the failures in writing. The Supplier shall correct them and repeat the tests at its own cost. Delivery, installation, use of the Equipment or payment does not constitute acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, correct Software defects and provide new Software versions free of charge. Replacement devices shall be delivered within 5 working days.
P:6.2 Faults are classified as follows:
TB:Severity|Description|Response|Restoration
TB:1|Software unavailable, or more than 10 greenhouses without data|30 minutes|8 hours
TB:2|One greenhouse without data, or alarms not delivered|2 hours|24 hours
TB:3|Single device fault or minor defect|1 working day|5 working days
P:6.3 For each hour by which the Supplier exceeds a Severity 1 or Severity 2 response or restoration time, the Supplier shall pay the Buyer CNY 800.
P:6.4 After the warranty period the Supplier shall offer annual support at 7% of the Equipment and Licence Subtotal, i.e. CNY 98,000 per year, covering the services in clause 6.1. This fee is fixed for two years after the warranty period. Support is ordered by the Buyer year by year and does not renew automatically.
P:6.5 During the warranty period the Supplier shall recalibrate every sensor once a year on site, and replace any sensor that cannot be brought back within the specified accuracy.
P:6.6 The Supplier shall keep spare parts available for at least seven years after Final Acceptance.
H:7. Data and Data Security
P:7.1 All readings, alarms, configurations and reports produced by the Equipment and the Software belong to the Buyer. The Supplier may use them only to perform this Contract.
P:7.2 The Software is installed on the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session and uses the Buyer's VPN and logged accounts. Gateways shall use encrypted communication and shall not send data to any server other than the Buyer's.
P:7.3 The Supplier shall report any security incident concerning the Equipment, the Software or the Buyer's data within 12 hours, help to contain it and compensate the Buyer for losses caused by the Supplier's fault.
H:8. Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software and the embedded software of the Equipment for the Buyer's business.
P:8.2 The integration programs for the irrigation controllers, the greenhouse layouts, the alarm rules and the reports made for the Buyer belong to the Buyer, which may use and modify them freely and have them maintained by third parties. Their source code is delivered with the Software.
P:8.3 The Supplier warrants that the Equipment and the Software do not infringe any third-party rights and shall indemnify the Buyer against such claims.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information, including the Buyer's cultivation methods, yields and prices, and shall not disclose it to any third party without prior written consent.
P:9.2 This obligation continues for three years after the Contract ends.
H:10. Delay Damages and Liability
P:10.1 For each day by which delivery or installation is late, the Supplier shall pay liquidated damages of 0.1% of the Contract Price, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 7 and 9.
H:11. Subcontracting
P:The Supplier shall not subcontract any part of the Services without the Buyer's prior written consent.
H:12. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay damages reach their maximum. The Supplier shall then refund the payments received for Equipment or Services not accepted.
H:13. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.
H:14. General
P:14.1 This Contract is signed in English and Chinese; both versions are equally authentic.
P:14.2 Annexes: Annex 1 Technical Specification; Annex 2 Greenhouse Layout and Device Plan.
P:14.3 Force majeure: A party prevented from performing by events beyond its reasonable control, such as natural disasters, epidemics or government action, shall notify the other party promptly and is excused for the duration of the event. If the event lasts more than 60 days, either party may terminate by written notice.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H707E04 = """# Managed IT Services Agreement

**Agreement No.:** MKS-CRB-2026-03

**Customer:** Zhongheng Road and Bridge Engineering Co., Ltd., Wuhan, Hubei Province, People's Republic of China ("Customer")

**Provider:** Mount Kenya Systems Limited, Kimathi Way, Nyeri, Kenya ("Provider")

**Background.** Customer builds roads and bridges in Kenya and Tanzania and runs a regional office in Nairobi and nine project site offices. Customer wishes to outsource the day-to-day operation of the IT at these offices to Provider for 36 months. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1, delivered to the Sites at the service levels in Schedule 2.

1.2 "Sites" means Customer's regional office and the project site offices listed in Schedule 1, as changed under clause 3.3.

1.3 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under clause 4.3.

1.4 "Customer Data" means all data of Customer and its staff that Provider handles in providing the Services.

## 2. Term

2.1 This Agreement starts on signature and the Services run for 36 months from the Service Commencement Date.

2.2 The term may be extended only by a written amendment signed by both parties. There is no automatic renewal.

## 3. Services

3.1 Provider shall provide the Services with appropriately qualified staff, including a service manager for Customer, a service desk in English and Chinese, on-site engineers at the regional office and visiting engineers for the project sites.

3.2 Provider shall keep an asset register of all end-user devices, network equipment and servers at the Sites, updated monthly, and shall report it to Customer.

3.3 Customer may add or remove project sites with 30 days' notice. The monthly charge changes by the site rate in Schedule 3 from the first day of the following month.

3.4 Provider shall use its own monitoring platform to watch Customer's network links, firewalls and servers 24 hours a day and shall alert Customer's IT manager of any major incident.

3.5 The monthly service report shall show ticket volumes, performance against each service level, credits due, recurring problems with their root causes, the status of patches and backups, and recommendations for improvement. Provider's service manager shall present it to Customer within 5 working days after the end of each month.

3.6 Work outside the Services, such as opening a new project site office or relocating a site, is handled by change request. Provider shall quote a fixed price within 5 working days, and no change work starts before Customer's written order.

## 4. Transition

4.1 Provider shall complete the transition from Customer's current arrangements within 60 days after signature: take over the documentation, passwords and open tickets, install monitoring, visit every Site and produce a baseline report. Customer shall give Provider access to the Sites, current documentation and the contact details of its current suppliers, and shall name a transition lead.

4.2 Transition Acceptance requires that: (a) every device in the asset register is monitored; (b) the service desk has handled tickets for 10 working days in parallel with Customer's staff without a missed priority 1 or priority 2 target; (c) run books exist for all Sites; and (d) the baseline report has been approved by Customer.

4.3 Customer shall sign the Transition Acceptance certificate within 5 working days after the criteria are met or state the shortcomings in writing.

4.4 If Transition Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 1,540 for each day of delay.

## 5. Service Levels and Service Credits

5.1 Provider shall meet the service levels in Schedule 2 and report its performance monthly.

5.2 If a service level is missed, Provider shall give Customer the service credits in Schedule 2, which are deducted from the next invoice. Credits in a month are limited to 20% of that month's charge.

5.3 Repeated failure to meet the priority 1 targets in three months of any six-month period is a material breach.

## 6. Charges and Payment

6.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 2,200,000.

6.2 The monthly charge is invoiced at the end of each month of service and paid within 30 days. The transition fee is invoiced after Transition Acceptance and paid within 30 days.

6.3 The charges are fixed for the term and include all travel to the Sites, tools and monitoring software.

6.4 Invoices shall be issued in CNY and show the charges per Site, with any service credits deducted.

## 7. Customer Data

Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Services and shall return it to Customer on request and at the end of the term.

## 8. Confidentiality

8.1 Provider shall keep confidential all information about Customer's projects, tenders, prices, staff and systems that it receives, and shall not disclose it to anyone except its staff who need it for the Services.

8.2 Provider shall ensure its staff sign confidentiality undertakings. This clause survives the end of this Agreement for three years.

## 9. Intellectual Property

Run books, scripts, configurations and reports produced for Customer under this Agreement belong to Customer, which may use and modify them freely and give them to any later service provider.

## 10. Personnel and Subcontracting

10.1 Provider shall not replace its service manager without Customer's consent, which shall not be unreasonably withheld.

10.2 Provider's staff visiting the Sites shall follow Customer's health and safety rules, wear protective equipment on construction sites, and travel under Customer's security arrangements in remote areas. Provider is responsible for its staff's work permits, insurance and transport.

10.3 Provider shall not subcontract any part of the Services without Customer's prior written consent, and remains responsible for any approved subcontractor.

## 11. Liability

Provider's total liability under this Agreement is limited to 150% of the Total Contract Value, except for personal injury, fraud and wilful misconduct.

## 12. Termination and Exit

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 20 days after notice.

12.2 Customer may terminate any project site with 30 days' notice when the project ends.

12.3 On expiry or termination Provider shall cooperate for up to 60 days with Customer and any new provider to hand over documentation, passwords, open tickets and the asset register.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be referred to the Shenzhen Court of International Arbitration for arbitration seated in Shenzhen.

## 14. General

14.1 Schedules 1 to 3 form part of this Agreement.

14.2 Provider shall maintain professional indemnity and public liability insurance with reputable insurers throughout the term and provide certificates on request.

14.3 Notices shall be in writing and sent by e-mail and courier to the addresses stated above.

14.4 This Agreement is signed in English in two originals.

## Schedule 1 - Services and Sites

| Service | Scope |
|---|---|
| Service desk | English and Chinese, 24 x 7 by phone, e-mail and portal; ticket logging, triage and resolution or escalation |
| End-user support | laptops, desktops, printers, phones; set-up of new staff, moves and changes |
| Network operations | site routers, switches, Wi-Fi, VSAT and 4G links, firewalls; configuration backups |
| Server operations | two file and application servers in Nairobi; patching, backups, restore tests each quarter |
| Monitoring | 24 x 7 monitoring of links, firewalls and servers by Provider's platform |
| Reporting | monthly service report; quarterly review with Customer's IT manager |

| Site | Location | Users |
|---|---|---|
| Regional office | Nairobi | 85 |
| Site office 1-4 | Central Kenya road sections | 30 each |
| Site office 5-7 | Rift Valley bridge projects | 20 each |
| Site office 8-9 | Northern Tanzania road sections | 25 each |

## Schedule 2 - Service Levels and Credits

| Measure | Target | Service credit if missed |
|---|---|---|
| Monitoring platform and service desk availability, per month | 99.5% | 5% of the monthly charge |
| Priority 1 incident (Site offline or server down): response | 30 minutes | CNY 1,000 per hour late |
| Priority 1 incident: restoration or workaround | 6 hours | CNY 1,000 per hour late |
| Priority 2 incident (several users affected): response | 1 hour | CNY 400 per hour late |
| Priority 3 request: response | 1 working day | none; reported monthly |
| Backup success, per month | 98% of scheduled jobs | 2% of the monthly charge |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee (one-time) | clause 4 | 112,000 |
| Monthly charge, regional office | per month | 22,000 |
| Monthly charge, nine project sites | CNY 4,000 per site per month | 36,000 |
| Monthly charge total | 36 months x CNY 58,000 | 2,088,000 |
| Total Contract Value | | 2,200,000 |
"""

H707E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. KHD-API-2026-019

BETWEEN

Hangzhou Mingqian Tea Import and Export Co., Ltd., Hangzhou, Zhejiang Province, People's Republic of China (the "Customer"); and

Kericho Highlands Data Limited, Moi Highway, Kericho, Kenya (the "Provider").

BACKGROUND

The Customer buys black tea at the Mombasa auction and from estates in East Africa for blending and resale in China. The Provider collects and publishes tea auction results, estate production figures and agro-weather data for the tea-growing areas of East Africa. The Customer wishes to receive these data through the Provider's API and analyst portal for two Subscription Years, so that its buyers in Hangzhou can follow prices and crop conditions before each weekly auction.

1. DEFINITIONS

1.1 "Data" means the datasets described in Schedule A: weekly auction results by lot, grade, broker and price; monthly estate production estimates; daily weather observations and ten-day forecasts for 42 tea-growing stations; and the Provider's weekly market commentary.

1.2 "API" means the Provider's REST interface through which the Data are delivered, and "Portal" means the Provider's web analyst portal.

1.3 "Subscription Year" means each period of one year starting on the Start Date or on its anniversary. The first Subscription Year starts on the Start Date, which is the date of Integration Acceptance under clause 4.3.

1.4 "Customer Data" means the Customer's queries, watch lists, purchase records and any other data the Customer uploads to the Portal or sends through the API.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, during the two Subscription Years, a non-exclusive, non-transferable right to receive the Data through the API and the Portal, to store them in its own systems, and to use them for its internal buying, blending, pricing and planning decisions.

2.2 The Customer may share extracts and charts derived from the Data with its own customers and banks as part of its ordinary business, but shall not resell the Data as such.

2.3 The subscription covers 15 named Portal users and up to 400,000 API calls per month. Additional calls are charged at the rates in Schedule B and are not part of the fees in clause 3.1.

2.4 The Customer shall keep its API keys secure and tell the Provider at once if a key may have been compromised.

3. FEES AND PAYMENT

3.1 The fees are: set-up and integration fee CNY 30,000 (one-time); subscription fee for the first Subscription Year CNY 238,000; subscription fee for the second Subscription Year CNY 252,000. The total fees under this Agreement are CNY 520,000, inclusive of taxes.

3.2 The set-up and integration fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. All invoices are payable within 30 days.

3.3 The fees are fixed for both Subscription Years.

3.4 Invoices shall be issued in CNY. Payment is made by bank transfer to the Provider's account stated in the invoice, and each party bears its own bank charges.

4. SET-UP, INTEGRATION AND ACCEPTANCE

4.1 Within 40 days after signature the Provider shall deliver API credentials, documentation and a test environment, map the Data to the Customer's purchasing system, load the historical data for the last three seasons, and train the Customer's buyers and analysts.

4.2 Integration Acceptance requires that: (a) all datasets in Schedule A are delivered through the API to the Customer's purchasing system in the agreed format; (b) a reconciliation of four weekly auction results against the published auction catalogues shows no difference; (c) the historical data load is complete by record count; and (d) the Portal works for all named users.

4.3 The Customer shall confirm Integration Acceptance in writing within 7 working days after the criteria are met, or list the failures.

4.5 The Customer shall provide access to the test environment of its purchasing system and name a technical contact for the integration.

4.4 If Integration Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 400 for each day of delay.

5. SERVICE LEVELS

5.1 The API shall be available at least 99.95% of each calendar month, excluding maintenance announced at least three days in advance and carried out between 22:00 and 02:00 China time.

5.2 Auction results shall be published in the API within 6 hours after the close of each auction, and weather observations by 08:00 China time each day.

5.3 Priority 1 incidents (the API or the Portal is unavailable, or a whole dataset is missing or wrong) shall be responded to within 1 hour at any time and resolved within 8 hours. Priority 2 incidents shall be responded to within 3 hours during business hours.

5.4 If the Provider misses the availability commitment or a Priority 1 target in a month, it shall give the Customer a service credit of 5% of the monthly equivalent of the subscription fee for each breach, up to 25% of that monthly equivalent, deducted from the next invoice or refunded at the end of the term.

5.5 The Provider shall send the Customer a monthly report on availability, incidents, late publications and credits.

5.6 The Provider shall keep its collection methods documented in Schedule A and notify the Customer at least 30 days before changing a data field, a format or the API version. An old API version shall be supported for at least 90 days after a new one is released.

5.7 The weekly market commentary is provided in English. The Provider shall provide a Chinese summary of each commentary within two working days.

6. CUSTOMER DATA AND DATA SECURITY

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Data and the Portal to the Customer and shall not use it, in any form, for any other customer, product or analysis.

6.2 The Provider shall protect Customer Data with encryption in transit and at rest, access restricted to named staff with multi-factor authentication, logging of all access, and daily backups.

6.3 The Provider shall notify the Customer within 24 hours of any unauthorised access to Customer Data, take immediate steps to contain it, and compensate the Customer for losses caused by the Provider's failure to comply with this clause.

6.4 At the end of the term the Provider shall return Customer Data and delete its copies within 30 days, confirming the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 The Provider owns the Data and the Portal.

7.2 The mapping tables, integration scripts and custom reports produced for the Customer under clause 4 belong to the Customer, which may use and modify them freely and let third parties maintain them.

8. CONFIDENTIALITY

Each party shall keep confidential the non-public information received from the other party, including the Customer's purchase volumes, prices and watch lists, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after the end of the Agreement.

9. SUBCONTRACTORS

The Provider may engage subcontractors, including data collectors at the auction and weather observers, and hosting providers, to perform any part of this Agreement by giving the Customer written notice of each new subcontractor. The Provider remains responsible for its subcontractors.

10. LIABILITY

10.1 Each party is liable for direct losses caused by its breach of this Agreement.

10.2 The Provider's total liability arising out of or in connection with this Agreement shall not exceed the fees paid by the Customer in the six months preceding the event giving rise to the claim. This limit does not apply to fraud or wilful misconduct.

10.3 The Provider does not guarantee the outcome of any decision taken on the basis of the Data, but shall correct errors in the Data promptly when notified.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

11.3 If the Customer terminates for the Provider's breach, the Provider shall refund the subscription fee for the remainder of the current Subscription Year.

11.4 Clauses 6, 8 and 10 survive the end of this Agreement.

12. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

13. GENERAL

13.1 Schedules: Schedule A Data Description; Schedule B Additional Call Rates.

13.2 Notices shall be given in writing by e-mail and courier to the addresses above.

13.3 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics, the suspension of an auction or government action, if it notifies the other party promptly and resumes performance as soon as possible.

13.4 This Agreement is signed in English in two originals.

For the Customer: ____________________    For the Provider: ____________________
"""

# ---------------------------------------------------------------- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"


def lab(name, lang, cat, vals, sla, ld_stated, capped, deemed, value):
    terms = dict(zip(KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra}


# key: (file name, format, source, label, design rules, TCO fee base or None)
DRAFTS = {
 "h707z01": ("h707z01_staffing_office_real_name_platform.pdf", "pdf", H707Z01,
             [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC", G],
             ("zh", "software", True, True, True, False, 1400000), [], 720000),
 "h707z02": ("h707z02_couplet_printer_gilding_line_retrofit.docx", "docx", H707Z02,
             [None, 8, True, "buyer", True, True, False, 0.06, None, 20, True, True, 24, 8, False, True, False, "PRC", G],
             ("zh", "hardware", True, True, True, False, 1440000), ["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE"], 1268000),
 "h707z03": ("h707z03_salad_chain_ordering_membership_saas.txt", "txt", H707Z03,
             [99.5, 0.5, True, "buyer", True, False, True, 600 / 760000 * 100, 150, None, True, None, None, None, True,
              True, False, "PRC", S],
             ("zh", "cloud", True, True, None, False, 760000),
             ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], None),
 "h707z04": ("h707z04_technical_school_training_system_om.txt", "txt", H707Z04,
             [None, 1, False, "buyer", True, True, True, None, None, None, True, None, None, None, False, False, False,
              None, S],
             ("zh", "services", True, False, None, False, 348000),
             ["CR-LD-MISSING", "CR-SLA-NO-REMEDY", "CR-TERMINATION"], None),
 "h707z05": ("h707z05_new_year_print_workshop_tracking_supplier_template.md", "md", H707Z05,
             [None, 2, True, "supplier", True, True, True, 0.02, 20, 55, False, False, 6, 25, False, True, True, "PRC", G],
             ("zh", "software", True, True, True, True, 1280000),
             ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
              "CR-PREPAYMENT", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], 980000),
 "h707e01": ("h707e01_fleet_maintenance_licence_kasese_vendor.pdf", "pdf", H707E01,
             [None, 1, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 18, 10, False, True, False, "Uganda", G],
             ("en", "software", True, True, True, False, 1800000), ["CR-GOVERNING-LAW"], 1160000),
 "h707e02": ("h707e02_outgrower_saas_order_form_lira_vendor.md", "md", H707E02,
             [None, None, False, "buyer", True, True, True, 300 / 400000 * 100, 150, None, True, None, None, None, True,
              True, False, "PRC", S],
             ("en", "cloud", False, True, None, False, 400000),
             ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], None),
 "h707e03": ("h707e03_greenhouse_sensors_monitoring_soroti_supplier.docx", "docx", H707E03,
             [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True, False, "PRC", G],
             ("en", "hardware", True, True, True, False, 1600000), [], 1400000),
 "h707e04": ("h707e04_site_offices_managed_it_nyeri_provider.md", "md", H707E04,
             [99.5, 0.5, True, "buyer", False, True, True, 1540 / 2200000 * 100, 150, None, True, None, None, None, False,
              True, False, "PRC", S],
             ("en", "services", True, True, None, False, 2200000), ["CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"], None),
 "h707e05": ("h707e05_tea_auction_data_api_kericho_provider.txt", "txt", H707E05,
             [99.95, 1, True, "buyer", True, True, True, 400 / 520000 * 100, 6 / 24 * 100, None, True, None, None, None,
              False, True, True, "PRC", S],
             ("en", "cloud", True, True, None, False, 520000), ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"], None),
}
FORUM_OUTSIDE = {"h707e01"}  # Kampala seat
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, base):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or base is None:
        return None
    years = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
    fees = years * base * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def derive(key, t, x, base):
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
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
        share = tco_share(t, x, base)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
_NUMZH = "零一二三四五六七八九十百"
PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])0?\.05(?!\d)",
    r"万分之五(?![十百])", r"千分之零点五", r"百分之零点零五",
    r"(?<![\d.])(?:30|40|15|100)\s*(?:%|％|percent|per\s*cent)",
    r"(?<![%s])百分之(?:三十|四十|十五|一百|百)(?![%s])" % (_NUMZH, _NUMZH),
    r"(?<![\w-])(?:thirty|forty|fifteen|one\s*hundred)\s*(?:percent|per\s*cent)",
    r"(?<![\d.])4\s*(?:hours?|hrs?|h\b|小时|个小时)",
    r"(?<![%s])四个?小时" % _NUMZH,
    r"(?<![\w-])four\s*hours?",
    r"(?<![\d.])12\s*(?:-\s*)?(?:months?|个月)",
    r"(?<![%s])十二个月" % _NUMZH,
    r"(?<![\w-])twelve\s*(?:-\s*)?months?",
    r"(?<![\d.])5\s*(?:-\s*)?(?:years?|年)(?!\d)",
    r"(?<![%s])五年" % _NUMZH,
    r"(?<![\w-])five\s*(?:-\s*)?years?",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "百分之三十", "99.9%", "4小时", "四小时", "within 4 hours", "4hours", "12 months", "十二个月",
            "12个月", "0.05%", "万分之五", "15%", "40 percent", "100%", "five years", "5年", "twelve months", "four hours",
            "fourhours", "百分之十五", "百分之一百", "5 years"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "24hours", "130%", "99.95%", "0.055%", "2025年", "2026年", "1.5%",
             "twenty-four hours", "14 hours", "112 months", "百分之一百五十", "万分之五十", "3.05", "115%", "0.5%"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in RX.finditer(variant)]
    return hits


# ---------------------------------------------------------------- read back
def read_back(path, fmt):
    if fmt in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if fmt == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert scan(s), ("regex self-test must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("regex self-test must miss", s, scan(s))
    sources, targets = {}, {}
    for key, (name, fmt, src, *_rest) in DRAFTS.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
        else:
            sources[key], targets[key] = src, (name, fmt)
    write(sources, targets, OUT, wrap_words=True)
    covered = set()
    for key, (name, fmt, src, vals, meta, design, base) in DRAFTS.items():
        lang, cat, sla, ld_stated, capped, deemed, value = meta
        label = lab(name, lang, cat, vals, sla, ld_stated, capped, deemed, value)
        t, x = label["expected_terms"], label["expected_extra"]
        rules = derive(key, t, x, base)
        assert rules == sorted(design), (key, rules, design)
        label["expected_rules"] = rules
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        covered |= set(rules)
        # no value on a threshold
        for k, thr in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)]:
            assert t[k] is None or abs(t[k] - thr) > 1e-9, (key, k)
        share = tco_share(t, x, base)
        assert share is None or abs(share - 40) > 2, (key, share)
        text = read_back(OUT / name, fmt)
        hits = scan(text)
        assert not hits, (key, hits)
        n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        print("%s %s %-5s n=%d risk=%s share=%s rules=%s" % (key, lang, fmt, n, risk(rules),
              None if share is None else round(share, 2), rules))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = {k: derive(k, *(lambda l: (l["expected_terms"], l["expected_extra"]))(
        json.loads((OUT / (v[0].rsplit(".", 1)[0] + ".json")).read_text())), v[6]) for k, v in DRAFTS.items()}
    assert [k for k, r in mix.items() if not r] == ["h707z01", "h707e03"]
    assert mix["h707e01"] == ["CR-GOVERNING-LAW"]
    assert 8 <= len(mix["h707z05"]) <= 10
    for k in ["h707z02", "h707z03", "h707z04", "h707e02", "h707e04", "h707e05"]:
        assert 2 <= len(mix[k]) <= 3, k
    # price sums
    assert 720000 + 486000 + 138000 + 56000 == 1400000 and 280000 + 630000 + 490000 == 1400000
    assert 336000 + 284000 + 148000 + 252000 + 248000 == 1268000 and 1268000 + 142000 + 30000 == 1440000
    assert 288000 + 648000 + 504000 == 1440000 and 50 * 4800 == 240000 and 2 * (240000 + 96000) + 88000 == 760000
    assert 4 * 84000 == 336000 and 4 * 87000 == 348000 and 980000 + 236000 + 64000 == 1280000
    assert 704000 + 576000 == 1280000 and 1160000 + 420000 + 150000 + 70000 == 1800000
    assert 360000 + 810000 + 630000 == 1800000 and 186000 * 2 + 28000 == 400000
    assert 682000 + 184000 + 180000 + 354000 == 1400000 and 620 * 1100 == 682000 and 40 * 4600 == 184000
    assert 1400000 + 168000 + 32000 == 1600000 and 160000 + 880000 + 560000 == 1600000
    assert 22000 + 9 * 4000 == 58000 and 36 * 58000 + 112000 == 2200000 and 30000 + 238000 + 252000 == 520000
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
