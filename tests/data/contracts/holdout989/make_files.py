"""holdout989: builds the ten blind held-out draft contracts and their .json labels, and checks them.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
.txt/.md files are written from their text; .docx/.pdf through ../word_pdf.py (markup T:/H:/P:/TB:).
The labels are written from LABELS below; the expected rules are derived from the labels with my own reading of
policy section 3 and compared with the design list DESIGN; lengths, threshold values and threshold figures are asserted.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:知识产权质押融资服务平台采购合同
P:合同编号：SJG-ZC-2027-0316　　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市市场监督管理局
P:乙方（供应商）：青岚数科信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，甲乙双方就知识产权质押融资服务平台的软件许可及定制开发事宜，经协商一致，订立本合同。本合同采用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供知识产权质押融资服务平台软件（含融资需求发布、银企对接、质押登记辅助、风险监测四个子系统）的永久使用许可，许可范围为甲方及其所属单位，不限用户数。
P:1.2 乙方按甲方需求完成定制开发：与省知识产权质押登记系统、市金融服务平台及合作银行信贷系统的接口；专利、商标价值评估模型对接；企业融资画像与风险预警看板。
P:1.3 乙方负责平台在甲方政务云上的部署、数据初始化、联调和培训，并提交全部技术文档。
P:1.4 平台应满足网络安全等级保护第三级要求，并配合甲方通过商用密码应用安全性评估。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰玖拾陆万元整（¥1,960,000），包括：平台软件许可费¥1,120,000；定制开发费¥684,000；部署实施费¥118,000；培训费¥38,000。
P:2.2 合同总价为固定价格，已包含税费、差旅、第三方组件及质保期内全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署及接口联调、通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格且无违约情形的，甲方在10个工作日内无息退还。
P:3.5 乙方每次收款前应开具合法有效的增值税发票。甲方付款受财政资金拨付进度影响的，不视为甲方违约，但甲方应及时告知乙方。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后90日内完成部署及全部接口联调，150日内具备最终验收条件。
P:4.2 乙方应按周提交进度报告；关键节点延误的，乙方应书面说明原因及补救措施。
P:4.3 乙方应为甲方及合作银行业务人员提供不少于三期集中培训，每期不少于一天，并提供操作手册、管理员手册和视频教程。
P:4.4 乙方项目经理及技术负责人应与投标文件一致，未经甲方书面同意不得更换；甲方认为乙方人员不能胜任的，有权要求更换。
H:第五条 验收
P:5.1 初步验收标准：各子系统功能与招标文件技术要求逐项相符；与质押登记系统、金融服务平台及不少于三家合作银行的接口连续10日数据交换无差错；500个并发用户下页面平均响应时间不超过2秒。
P:5.2 最终验收标准：平台试运行60日，期间未发生一级故障；第三方机构出具的安全测评报告无高危漏洞；技术文档、源代码及培训记录齐全。
P:5.3 验收由甲方组织，可邀请专家参加，验收结果以书面验收报告为准。平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配和技术支持。
P:6.2 质保期满后，如甲方续购运维服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥100,800），该费率自质保期满起三年内不作上调，双方另行签订维护合同。
P:6.3 质保期内乙方每季度进行一次巡检，提交巡检报告及性能优化建议。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:7.2 故障分级：一级故障（平台整体不可用或质押登记接口中断）乙方应在30分钟内响应，2小时内到场；二级故障2小时内响应；三级故障下一工作日内处理。
P:7.3 乙方未达到上述要求的，每超时1小时按¥1,500扣减当期维护费或从履约保证金中扣除；月可用率每低于承诺值0.01个百分点，扣减¥2,000。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本合同项下定制开发的接口程序、评估模型对接代码、看板及其源代码和文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和许可他人使用。
P:8.3 乙方保证所交付成果不侵犯第三方合法权益，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台中的企业信息、融资数据、质押信息及日志等全部数据归甲方所有，乙方仅为履行本合同使用，不得用于其他任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，通过甲方堡垒机进行运维操作，不得将数据复制或传输至甲方环境以外，测试须使用甲方提供的脱敏数据。
P:9.3 合同终止或服务结束时，乙方应将全部数据移交甲方，并在甲方监督下删除乙方持有的任何副本，出具删除确认书。
P:9.4 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行合同中知悉的甲方工作秘密、企业商业信息及平台安全配置负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务不因合同终止而解除，持续至相关信息依法公开之日。
H:第十一条 违约责任
P:11.1 乙方逾期完成部署或逾期具备验收条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 乙方交付成果不符合合同约定且经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按应付未付款项的万分之三支付违约金。
P:11.4 乙方支付的违约金不足以弥补甲方损失的，乙方应继续赔偿。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违反本合同约定，经甲方书面催告后10日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 维护合同期满后不自动续期，是否续签由甲方依法决定。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因不可抗力致使不能履行合同的，受影响一方应在3日内通知对方并提供证明，根据不可抗力的影响部分或全部免除责任，但迟延履行后发生的除外。
H:第十六条 其他
P:16.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。合同履行中的通知以书面形式送达本合同载明的地址。
P:16.2 招标文件、乙方投标文件及澄清文件为本合同组成部分，与本合同不一致的，以本合同为准。
P:16.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：某市市场监督管理局　　　乙方（盖章）：青岚数科信息技术有限公司
P:签订日期：____年__月__日
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：NR-SB-2027-041
P:甲方（买方）：暖润电器制造有限公司（电暖器厂）
P:乙方（卖方）：衡拓工业自动化有限公司
P:甲方拟对其油汀、暖风机两类产品共六条总装及检测生产线的控制系统进行改造，乙方根据甲方技术要求提供设备、软件及安装调试服务。双方经友好协商，签订本合同。
H:第一条 改造范围
P:1.1 六条生产线原有继电器控制柜更换为PLC控制柜（含变频器），新增工业触摸屏、在线耐压及泄漏电流测试单元、工业网络和数据采集网关。
P:1.2 部署产线监控软件（SCADA）及MES接口与数据采集软件，实现工艺配方下发、设备状态监控、质量检测数据自动记录及与甲方MES系统对接。
P:1.3 乙方负责联锁逻辑与工艺程序编制、分批停线切换、安装调试及操作维护培训，改造期间每条线停线时间不超过七日。
P:1.4 改造完成后，系统应保留手动应急操作模式，控制系统故障时可切换至手动模式维持基本生产。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰玖拾万元整（¥1,900,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含PLC、变频器）|6套|138,000|828,000
TB:2|工业触摸屏（HMI）|12台|9,500|114,000
TB:3|在线耐压及泄漏电流测试单元|6套|46,000|276,000
TB:4|工业交换机及数据采集网关|1批|86,000|86,000
TB:5|产线监控软件（SCADA）许可|1套|168,000|168,000
TB:6|MES接口及数据采集软件许可|1套|98,000|98,000
TB:|软硬件小计||||1,570,000
TB:7|安装调试及停线切换|1项|186,000|186,000
TB:8|工艺程序及联锁逻辑编制|1项|124,000|124,000
TB:9|操作及维护培训|1项|20,000|20,000
TB:|合同总价||||1,900,000
P:2.2 上述价格含设备、软件、运输、保险、安装、调试、培训及税费，为固定总价。
H:第三条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并安装完毕、六条生产线恢复生产后，甲方支付合同总价的55%。到货签收及恢复生产不视为验收合格。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方应在每期付款前开具增值税专用发票。
H:第四条 交付与安装
P:4.1 乙方应在合同生效后45日内将全部设备运抵甲方工厂，并按双方确认的停线计划分批实施改造。
P:4.2 每条线停线切换前，乙方应提交切换方案和回退方案，经甲方生产部批准后实施；切换失败的，乙方应立即按回退方案恢复原控制系统。
P:4.3 乙方人员进入甲方厂区应遵守甲方安全生产及动火、登高、临时用电管理制度。
P:4.4 设备到货时，乙方应随货提供合格证、出厂检验报告、电气原理图、接线图及使用说明书；进口元器件应提供报关单据或原厂授权证明。
P:4.5 到货后双方共同开箱清点，数量、型号或外观不符的，乙方应在5日内补齐或更换。开箱清点仅为数量核对，不代表质量验收。
H:第五条 验收
P:5.1 验收标准：PLC控制及联锁功能符合技术协议；耐压及泄漏电流测试结果与标准仪器比对误差不超过2%；工艺配方下发及质量数据上传至MES系统准确无误；六条线连续运行30日无因控制系统导致的停线。
P:5.2 甲方在乙方提交验收申请后7日内组织验收，并出具书面验收报告。验收不合格的，乙方应在10日内整改，整改后重新验收。
P:5.3 验收时乙方应提交竣工资料，包括程序备份、参数清单、网络拓扑、操作手册和培训记录。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件的维修、更换和升级均由乙方免费提供。
P:6.2 质保期满后，乙方继续提供维保服务，年度维保费按软硬件小计的28%计取，即每年¥439,600，该金额在质保期满后三年内固定不变，不自动续期，由甲方按年度下达订单。
P:6.3 维保服务包括每季度一次预防性维护、备品备件更换、软件补丁及7×24小时电话支持。
P:6.4 质保期内乙方应在甲方厂区存放常用备品备件，包括PLC模块、变频器、触摸屏和测试单元主板各不少于一套，备件清单作为合同附件。
H:第七条 服务响应
P:7.1 一级故障（导致生产线停线）乙方应在1小时内响应，6小时内到达现场；二级故障（影响单台设备或数据采集）8小时内响应，次日到场。
P:7.2 乙方每超时1小时，向甲方支付¥1,000；同一季度一级故障超时累计三次的，甲方可要求乙方更换驻厂工程师。
P:7.3 乙方应每月向甲方提交服务报告，列明故障处理情况、响应时间和遗留问题。
H:第八条 知识产权与数据
P:8.1 SCADA及MES接口软件的著作权归原权利人所有，甲方获得永久使用许可。
P:8.2 乙方为本项目编制的PLC程序、联锁逻辑、工艺配方模板、HMI画面及其源程序，知识产权归甲方所有，甲方可自行修改或委托他人修改。乙方应在验收时提交全部源程序及注释。
P:8.3 生产数据、工艺参数和质量检测记录归甲方所有，乙方不得用于本合同以外的目的。
H:第九条 数据安全
P:9.1 乙方远程维护须经甲方书面审批，通过甲方指定的VPN和堡垒机进行，并留存操作日志；不得将甲方数据复制至乙方设备。
P:9.2 乙方应对交付系统进行安全加固，关闭不必要的端口和服务。因乙方原因导致数据泄露、丢失或生产系统被入侵的，乙方应在2小时内报告并承担相应赔偿责任。
P:9.3 合同终止时，乙方应删除其持有的甲方数据并书面确认。
H:第十条 保密
P:10.1 双方对在履行本合同过程中知悉的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得披露，本条在合同终止后三年内继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之八支付违约金。
P:11.2 因乙方原因造成甲方停线超过计划时间的，乙方还应赔偿甲方由此产生的直接损失。
P:11.3 乙方交付的设备或软件存在质量缺陷，经两次维修仍不能正常使用的，乙方应免费更换同型号新品。
H:第十二条 分包
P:12.1 乙方可将电气安装、布线等现场施工工作分包给具有相应资质的第三方，但应提前书面通知甲方。乙方对分包方的工作质量和安全承担全部责任。
H:第十三条 安全生产
P:13.1 乙方现场施工人员应持证上岗，乙方应为其购买意外伤害保险。因乙方原因发生安全事故的，由乙方承担全部责任；甲方发现安全隐患的，有权责令乙方停工整改。
H:第十四条 合同解除
P:14.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同并要求赔偿损失。
H:第十五条 不可抗力
P:15.1 因地震、洪水、疫情等不可抗力不能按期履行的，受影响一方应及时通知对方，并在不可抗力消除后继续履行，相应期限顺延。
H:第十六条 争议解决
P:16.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十七条 其他
P:17.1 本合同附件包括技术协议、设备清单及停线计划，与本合同具有同等效力。本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：暖润电器制造有限公司　　乙方（盖章）：衡拓工业自动化有限公司
"""

Z03 = """门店预约及会员管理系统服务合同

合同编号：JZ-IT-2027-007

甲方：启明公考教育科技有限公司（下称“甲方”，经营35家公考培训门店）
乙方：云栈软件服务有限公司（下称“乙方”）

甲方因门店经营需要，订购乙方“课栈”门店预约及会员管理系统（SaaS）服务，并委托乙方完成系统实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方35家门店开通课栈系统专业版，包括课程排期、试听及面授预约、会员卡与课时管理、学员档案、班主任工作台、营销活动及经营报表等功能。
2. 每家门店开通不超过20个员工账号，总部开通不超过60个管理账号；学员端通过甲方微信小程序访问。
（二）实施服务
1. 乙方负责门店及课程基础数据配置、历史会员及课时数据迁移、与甲方微信小程序及支付账户对接、门店员工培训。
2. 乙方应在合同生效后60日内完成全部门店上线。
（三）培训与支持
1. 乙方应分批为甲方总部及各门店组织线上、线下培训，覆盖全部店长、班主任和前台人员，并提供操作手册和视频教程。
2. 服务期内乙方提供每日8:00至22:00在线客服，并指派专属客户成功经理，每季度对甲方进行一次回访，收集门店使用问题。

二、服务期限
（一）本合同服务期为两个服务年度。第一个服务年度自全部门店上线验收合格之日起算，第二个服务年度自第一个服务年度届满次日起算。
（二）服务期满后，合同自然终止；如需继续使用，双方另行协商签订新合同。

三、合同价款与支付
（一）费用构成
1. 订阅费：每家门店每个服务年度人民币9,600元，35家门店每个服务年度共计人民币336,000元，两个服务年度共计人民币672,000元。
2. 实施费：一次性人民币86,000元。
3. 合同总价：人民币758,000元。
（二）支付方式
1. 实施费在全部门店上线验收合格后15个工作日内一次性支付。
2. 每个服务年度的订阅费分四期，于每个季度结束后15个工作日内按季度支付，每期人民币84,000元。
3. 甲方在本合同项下不支付任何预付款。乙方应在收款前开具增值税专用发票。
（三）每季度结束后5个工作日内，乙方应向甲方提供计费门店清单及服务报告，经甲方确认后作为付款依据。
（四）门店数量调整：服务期内甲方新增门店的，按每店每个服务年度9,600元按月折算计费；关闭门店的，自关闭次月起停止计费。
（五）服务期内订阅单价固定，乙方不得以任何理由上调。

四、上线验收
（一）验收标准
1. 35家门店基础数据、课程及排期配置完整，经甲方抽查无差错。
2. 历史会员、剩余课时及余额数据迁移后与甲方原系统逐条核对一致。
3. 小程序预约、支付及退费流程在全部门店测试通过，连续7日无一级故障。
（二）乙方提交验收申请后，甲方在5个工作日内组织验收并书面确认；不合格的，乙方应限期整改后重新验收。门店开始使用系统不视为验收合格。
（三）数据迁移应安排在门店非营业时段进行，迁移期间甲方原系统暂停使用的时间不超过8小时；迁移失败的，乙方应立即恢复原系统数据，并承担由此增加的费用。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应安排在每日23:00至次日6:00之间并提前24小时通知甲方。
（二）故障响应：一级故障（系统无法登录、预约或支付中断）30分钟内响应，2小时内恢复；二级故障2小时内响应，当日解决；三级故障下一工作日内处理。
（三）服务补偿：月度可用率每低于承诺值0.1个百分点，按当季订阅费的2%扣减；一级故障响应每超时1小时，扣减人民币800元。
（四）乙方每月向甲方提交服务报告，内容包括可用率、故障记录及处理情况。
（五）乙方对系统进行版本升级的，不得减少或降低已约定的功能；涉及操作流程重大变化的，应提前30日通知甲方并提供培训。
（六）乙方应每日对甲方数据进行备份，备份数据至少保留30日，发生数据损坏时应能恢复至前一日的数据状态。

六、数据权属与使用
（一）甲方上传或在系统中产生的门店经营数据、学员信息、预约及消费记录归甲方所有。
（二）甲方同意，乙方可在去除个人身份标识后，将上述数据用于产品改进、算法训练及公考培训行业分析报告，该使用权在本合同终止后继续有效。
（三）服务期满或合同终止后30日内，乙方应将甲方数据以通用格式导出交付甲方，并删除系统中的甲方数据。

七、数据安全
（一）乙方应依照《网络安全法》《数据安全法》《个人信息保护法》履行数据安全保护义务，系统部署于通过等级保护三级测评的境内云平台。
（二）乙方应对学员个人信息进行加密存储和传输，实行最小权限访问控制，保留操作日志不少于六个月。
（三）乙方每个服务年度至少组织一次渗透测试，并将测试结论及整改情况书面告知甲方。
（四）发生数据泄露、毁损或丢失的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，由乙方承担赔偿责任，并承担甲方因此受到的行政处罚损失。

八、保密
双方对在合作过程中知悉的对方商业秘密、经营信息和技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

九、知识产权
（一）课栈系统及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的小程序对接程序、报表模板及配置方案归甲方所有，甲方可自行使用、修改或交由他人使用。
（三）乙方保证其提供的系统及服务不侵犯任何第三方的知识产权；因侵权引起第三方索赔的，由乙方负责处理并承担全部费用。

十、违约责任
（一）乙方未按期完成全部门店上线的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
（二）乙方累计赔偿责任以合同总价的两倍为限，但因故意、重大过失或数据泄露造成的损失不受此限。
（三）因系统缺陷导致学员预约错误、重复扣费或课时计算错误的，乙方应协助甲方处理学员投诉，并承担相应退赔费用。
（四）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。

十一、分包
乙方不得将本合同项下的服务转包或分包。乙方使用云服务商提供的基础设施资源不视为分包，但更换云服务商须事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约，经甲方书面催告后10日内未纠正的，甲方有权解除合同，乙方应退还未履行期间的已付费用。
（三）合同解除的，乙方应在甲方完成系统切换前继续提供服务，并按本合同第六条第（三）项交付数据。
（二）系统连续中断超过24小时或一个季度内一级故障累计超过三次的，甲方有权解除合同。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。

十四、不可抗力
因不可抗力导致一方不能履行合同的，该方应及时通知对方并在合理期限内提供证明，根据影响程度部分或全部免除责任。云服务商故障、网络攻击等乙方可以合理预见和防范的事件不属于不可抗力。

十五、其他
本合同附件包括门店清单、功能清单及服务水平说明。本合同一式两份，双方各执一份，经双方签字盖章后生效。

甲方（盖章）：启明公考教育科技有限公司
乙方（盖章）：云栈软件服务有限公司
日期：____年__月__日
"""

Z04 = """路面塌陷隐患探测系统年度运维服务合同

项目名称：城市道路路面塌陷隐患探测系统2027年度运维服务
采购方式：竞争性磋商
合同编号：CGJ-FW-2027-019

甲方（采购人）：某市城市管理局
乙方（成交供应商）：地衡智测科技有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就路面塌陷隐患探测系统年度运维服务达成如下协议。

第一条 服务范围
（一）系统设备运维：对甲方已建成的车载探地雷达2套、便携式探地雷达4台、布设于重点路段的地下管线周边位移及水位监测终端186个、光纤振动监测段14公里进行巡检、校准、维修和更换易损件。
（二）平台运维：对路面塌陷隐患监测预警平台（含GIS一张图、预警研判、工单派发模块）及其数据库、接口进行日常运行维护、故障处理、补丁更新和性能优化。
（三）定期探测：每季度对全市主干道及地铁沿线道路开展一次车载雷达普查，对上季度发现的疑似空洞开展复测，全年普查里程不少于2,400公里。
（四）应急探测：在路面塌陷、管线破裂、强降雨等情况下，按甲方指令开展应急探测，全年不少于20次，接到指令后2小时内探测车辆及人员到达现场。
（五）数据分析：每月提交运行及监测分析报告，每季度提交普查报告及隐患清单，并对隐患提出分级处置建议。
（六）技术培训：每半年为甲方及各区城管部门业务人员开展一次平台操作和隐患研判培训。

第二条 服务期限
服务期为一年，自2027年1月1日起算。服务期满合同终止，甲方依法重新组织采购，本合同不自动续期。

第三条 合同价款
（一）本合同总价为人民币陆拾贰万捌仟元整（¥628,000），其中：设备运维费¥238,000，平台运维费¥146,000，定期探测及报告费¥196,000，应急探测费¥48,000。
（二）合同总价为固定包干价，包含人员、车辆、设备使用、备品备件、交通、保险和税费等全部费用。应急探测超过20次的部分，按每次¥2,400另行结算。

第四条 付款方式
（一）合同价款按季度支付，每季度服务期满并经甲方考核后15个工作日内，甲方按考核结果支付当季服务费¥157,000。
（二）甲方不向乙方支付预付款。乙方应于每次付款前提供合法有效的发票。

第五条 服务考核
（一）甲方每季度按附件《运维服务考核细则》对乙方进行考核，考核内容包括设备完好率、平台运行情况、普查完成率、报告质量及响应时效。
（二）考核标准：设备完好率不低于98%；平台月可用率不低于99.95%；季度普查里程完成率达到计划要求；疑似空洞复测准确率不低于90%；各类报告按期提交并经甲方审核通过。
（三）考核得分90分及以上的，全额支付当季服务费；80分至89分的，扣减当季服务费的5%；低于80分的，扣减当季服务费的10%。
（四）服务期满，甲方根据四个季度考核结果和年度运维总结报告进行年度验收。年度验收标准为：四个季度考核均不低于80分，全年普查里程及应急探测次数达到要求，设备完好并按清单移交，技术资料齐全。年度验收不合格的，乙方应在15日内整改。

第六条 服务水平与响应
（一）故障分级：一级故障（平台整体瘫痪、预警功能失效或发生塌陷险情需应急探测）乙方应在30分钟内响应，2小时内到达现场；二级故障（单个模块或部分监测终端离线）2小时内响应，24小时内修复；三级故障在3个工作日内处理。
（二）乙方每超时1小时，扣减服务费¥1,000；平台月可用率每低于承诺值0.01个百分点，扣减服务费¥1,500。上述扣减在当季付款时一并结算。
（三）乙方应设立驻场运维小组，不少于5人，其中项目负责人须具有测绘或岩土工程相关中级以上职称；雨季期间实行24小时值守。
（四）乙方应在每年汛期前完成全部监测终端的检查和电池更换，并对易涝路段加密巡检，汛期巡检频次不低于每周一次。

第七条 乙方义务
（一）按国家和行业标准开展探测工作，探测数据真实、完整，不得伪造或篡改。
（二）发现重大隐患时，应在1小时内报告甲方，并配合设置警示标志、协助道路管养单位开展处置。
（三）设备维修需离场的，应提供同等性能的备用设备，确保探测工作不中断。设备超出维修范围需整机更换的，乙方应提出方案报甲方批准。
（四）乙方人员在道路作业时应遵守交通安全规定，采取安全防护措施，因乙方原因造成人身伤害或财产损失的，由乙方承担责任。
（五）建立运维台账，如实记录巡检、维修、更换配件和故障处理情况，每月随分析报告一并提交甲方。
（六）服务期满时，乙方应向甲方移交全部设备、备件、运维台账、技术资料和账号口令，并配合下一运维单位完成交接，交接期不少于15日。

第八条 知识产权与数据权属
（一）乙方在服务期内形成的探测数据、雷达图谱、分析报告、隐患清单及平台运行数据，所有权和知识产权均归甲方所有。
（二）上述数据和成果仅限用于本合同约定的服务，乙方不得用于其他项目、学术发表或商业用途，不得向任何第三方提供。

第九条 数据安全
（一）乙方应遵守《网络安全法》《数据安全法》及甲方网络安全管理制度，平台运维操作须通过甲方政务云堡垒机进行，全程留存操作日志。
（二）探测数据须存储于甲方政务云，乙方不得在自有服务器或个人终端留存；外业采集设备中的数据应在回传后及时清除。
（三）乙方应定期开展漏洞扫描并及时修补，不得在平台中植入后门或未经授权的远程访问程序。
（四）发生数据泄露、篡改、丢失或网络安全事件的，乙方应立即处置并在2小时内报告甲方；因乙方原因造成的，由乙方承担全部法律责任和赔偿责任。

第十条 违约责任
（一）乙方未按期提交季度普查报告或月度分析报告的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方未按第六条要求响应或处置，导致塌陷隐患未能及时发现并造成损失的，乙方应承担赔偿责任。
（三）甲方未按约定支付服务费的，应按逾期金额每日万分之三向乙方支付违约金。

第十一条 人员管理
（一）乙方投入本项目的人员应与响应文件一致，项目负责人及技术骨干未经甲方同意不得更换。
（二）乙方人员应统一着装、佩戴工作证，遵守甲方及道路管理的相关规定；甲方认为乙方人员不胜任的，可以要求乙方在7日内更换。

第十二条 分包与转包
乙方不得将本合同项下服务转包；确需将部分辅助工作分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。分包单位应具备相应资质，并遵守本合同关于数据安全的约定。

第十三条 不可抗力
因不可抗力致使合同不能履行的，受影响方应及时通知对方，并在15日内提供有关证明，双方根据影响程度协商处理。

第十四条 争议解决
因本合同引起的争议，双方应协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十五条 合同生效及其他
（一）竞争性磋商文件、乙方响应文件、成交通知书及附件《运维服务考核细则》为本合同组成部分。
（二）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：某市城市管理局
乙方（盖章）：地衡智测科技有限公司
签订日期：____年__月__日
"""

Z05 = """# 软件许可及定制开发合同

**瓷迹工艺追溯系统 · 标准合同文本（2026版）**

合同编号：CJ-2027-0112

甲方（用户）：滏阳磁州窑艺术陶瓷工作室

乙方（开发方）：邯郸瓷迹软件科技有限公司

> 本合同为乙方标准合同文本。甲方确认已阅读并理解全部条款，双方就瓷迹工艺追溯系统的使用许可及定制开发事宜达成如下约定。

## 第一条 合同标的

1.1 乙方向甲方提供瓷迹工艺追溯系统标准版软件的使用许可，涵盖坯料入库、拉坯成型、白地黑花等装饰工序记录、施釉、烧成及成品出库的全流程跟踪。

1.2 乙方根据甲方需求进行定制开发，包括：窑温曲线自动采集模块（对接甲方两座电窑和一座气窑的温控仪）；釉料及化妆土配方库；作品一物一码溯源小程序（含收藏证书生成）。

1.3 乙方负责系统的安装部署、基础数据初始化及操作培训。

1.4 系统运行环境：Windows Server或国产Linux操作系统，数据库采用乙方指定版本；甲方自行提供的运行环境不符合要求导致系统无法正常运行的，乙方不承担责任。

## 第二条 合同价款

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 瓷迹工艺追溯系统标准版使用许可（10个并发用户） | 1套 | 258,000 |
| 2 | 定制开发（窑温采集、配方库、溯源小程序） | 1项 | 192,000 |
| 3 | 安装部署及培训 | 1项 | 36,000 |
| | **合计** | | **486,000** |

合同总价为人民币肆拾捌万陆仟元整（¥486,000），含税。服务器、扫码枪、标签打印机等硬件由甲方自行采购，不在本合同范围内。小程序认证费、短信通知费及云存储费用由甲方自行承担，不包含在合同总价内。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥315,900。

3.2 系统安装部署完成后5个工作日内，甲方支付剩余35%，即¥170,100。

3.3 乙方在收到款项后开具增值税普通发票；甲方需开具专用发票的，应在付款前书面告知。

3.4 甲方未按期付款的，乙方有权暂停开发、部署及技术支持服务，由此导致的工期延误由甲方承担。

## 第四条 开发与交付

4.1 乙方在收到首期款后开始开发工作，预计于90日内完成开发并进行安装部署。因甲方需求变更、资料提供不及时或现场条件不具备的，交付时间相应顺延。

4.2 需求变更应以书面形式提出，超出第一条范围的开发内容，乙方有权另行报价。需求确认书经甲方签字后，甲方再次提出的修改均视为需求变更，乙方可据此调整交付时间。

4.3 甲方应为乙方部署工作提供服务器、网络环境及窑炉温控仪的通讯接口，并指定专人配合。

4.4 乙方为甲方提供一次现场集中培训，时长一天，培训人数不超过8人；超出人数或增加培训场次的，按乙方收费标准另行计费。

4.5 乙方向甲方交付系统安装程序、用户手册及小程序上线所需的配置说明。定制模块的源代码不属于交付范围。

## 第五条 验收

5.1 乙方完成系统安装部署后，即视为甲方验收合格。

5.2 甲方在部署完成后提出的问题，按第六条免费维护处理，不影响验收结论及付款。

5.3 甲方在部署完成前即开始录入正式数据的，自录入之日起视为验收合格。

## 第六条 免费维护及后续服务

6.1 自系统安装部署完成之日起，乙方提供六个月的免费维护，包括软件缺陷修复和远程技术支持。

6.2 免费维护期满后，甲方如需继续获得维护、升级服务，应按乙方当年公布的服务价格标准向乙方支付年度服务费，具体金额以乙方届时报价为准。

6.3 因甲方操作不当、擅自修改程序、硬件故障或第三方软件原因导致的问题，不属于免费维护范围，乙方可提供有偿服务。

6.4 免费维护期内乙方发布的标准版小版本补丁免费提供；大版本升级及新增功能模块另行收费。

## 第七条 技术支持

7.1 乙方提供工作日9:00至17:30的电话及远程支持。

7.2 系统出现一级故障（系统无法登录或数据无法录入）时，乙方应在接到甲方通知后8小时内响应；其他故障在3个工作日内响应。

7.3 甲方报告故障时应提供故障现象、截图及操作步骤，便于乙方定位问题。

7.4 乙方将尽合理努力解决故障，但不保证系统运行不中断或完全无错误。

7.5 甲方要求乙方派员到现场服务的，按每人每天¥1,800另行收费，差旅费用由甲方承担。

## 第八条 知识产权

8.1 瓷迹工艺追溯系统标准版及其文档的著作权归乙方所有。

8.2 乙方为甲方定制开发的窑温采集模块、配方库、溯源小程序及相关源代码、文档，知识产权均归乙方所有。甲方在本合同有效期内享有非独占、不可转让的使用权，不得修改、反向工程或许可第三方使用。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户销售。

## 第九条 数据

9.1 甲方录入系统的工艺记录、配方、作品信息及客户信息归甲方所有，乙方仅在提供技术支持所必需的范围内访问。

9.2 乙方应采取访问控制、数据加密和定期备份等措施保障系统数据安全；因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方并协助恢复，承担相应赔偿责任。

9.3 合同终止后，乙方可协助甲方导出系统数据，导出服务按乙方收费标准另行计费。

## 第十条 保密

10.1 双方对在合作中获知的对方商业秘密和技术信息负有保密义务。甲方的釉料配方、烧成工艺参数属于甲方商业秘密，乙方不得向任何第三方披露。

10.2 双方应要求其接触对方保密信息的员工遵守本条约定。

10.3 本条在合同终止后两年内继续有效。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方在本合同项下的累计赔偿责任，无论基于何种原因，均不超过合同总价的20%。乙方不对甲方的间接损失、利润损失或作品损毁承担责任。

11.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金。

## 第十二条 合同解除

12.1 一方严重违反本合同约定，经守约方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同。

12.2 合同解除后，甲方应支付乙方已完成工作的相应费用，已支付的款项不予退还。

## 第十三条 不可抗力

因不可抗力导致合同不能履行的，受影响一方不承担违约责任，但应及时通知对方，并在合理期限内提供证明。停电、断网、电窑设备故障等非乙方原因导致的延误，视同不可抗力。

## 第十四条 法律适用及争议解决

14.1 本合同适用中华人民共和国法律。

14.2 双方发生争议的，应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同附件包括《需求确认书》《功能清单》，附件与本合同正文不一致的，以正文为准。

15.3 本合同条款以乙方标准文本为准，手写修改部分须经双方盖章确认方可生效。

甲方（盖章）：滏阳磁州窑艺术陶瓷工作室　　　　乙方（盖章）：邯郸瓷迹软件科技有限公司

日期：____年__月__日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. RAS-CN-2027-118
P:This Software Licence and Services Agreement (the "Agreement") is made between Anhui Qingshan Building Materials Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wuhu, Anhui Province (the "Customer"), and Ridgeline Asset Systems, Inc., an Alabama corporation with its principal place of business at 412 Second Avenue SE, Cullman, Alabama 35055, United States (the "Vendor").
P:The Customer wishes to license and implement the Vendor's maintenance management system at its two clinker lines and three grinding stations.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's Ridgeline CMMS Enterprise Edition, the Mobile Technician module and the Reliability Analytics module, in object code, with their documentation and any updates supplied under this Agreement.
P:1.2 "Services" means the implementation, configuration, data migration, interface development and training services described in Article 3 and Annex A.
P:1.3 "Custom Deliverables" means all configurations, work-order templates, asset hierarchies, reports, interface programs and scripts made by the Vendor specifically for the Customer, together with their source code and documentation.
P:1.4 "Go-Live" means the date on which the Software is first used in production at all five Customer sites.
P:1.5 "Final Acceptance" means the Customer's written acceptance issued under Article 5.
P:1.6 "Contract Price" means the total price in Article 4.1.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for up to 200 named users at the Customer's sites in the People's Republic of China, for the internal business purposes of the Customer and its subsidiaries.
P:2.2 The Customer may make reasonable copies of the Software for backup, testing and disaster recovery. The Customer shall not sell or sublicense the Software to any third party or reverse engineer it, except to the extent permitted by applicable law.
H:Article 3 Services
P:3.1 The Vendor shall configure the Software for the Customer's asset register of approximately 14,000 items, including kilns, mills, crushers, conveyors, dust collectors and utilities, and set up preventive-maintenance plans based on the Customer's existing schedules.
P:3.2 The Vendor shall migrate eight years of work-order history, spare-parts master data and stock balances from the Customer's spreadsheets and its existing inventory database.
P:3.3 The Vendor shall develop interfaces between the Software and (a) the Customer's ERP system for purchase requisitions and spare-parts costs, and (b) the Customer's distributed control system historian for run-hours and condition readings.
P:3.4 The Vendor shall train 24 key users and 6 system administrators on site in Wuhu and provide training materials in Chinese and English.
P:3.5 The Vendor shall complete Go-Live within 120 days and achieve Final Acceptance within 180 days after the Effective Date, according to the project plan in Annex A.
H:Article 4 Price and Payment
P:4.1 The Contract Price is CNY 1,766,000, made up of: Licence Fees of CNY 1,240,000 (Enterprise Edition for 200 named users CNY 980,000; Mobile Technician module CNY 160,000; Reliability Analytics module CNY 100,000); implementation and interface services CNY 386,000; data migration CNY 94,000; and training CNY 46,000. The Contract Price is fixed and includes all taxes, travel and expenses.
P:4.2 The Customer shall pay: (a) 20% of the Contract Price within 30 days after the Effective Date against the Vendor's invoice; (b) 45% of the Contract Price within 30 days after Go-Live; and (c) 35% of the Contract Price within 30 days after Final Acceptance.
P:4.3 Go-Live and the use of the Software in production are not acceptance and do not waive any of the Customer's rights.
H:Article 5 Acceptance
P:5.1 After Go-Live the Customer shall run the Software in production for 45 days as an acceptance period.
P:5.2 The Software and Services pass acceptance when: (a) every function listed in Annex A has been demonstrated at each site; (b) migrated work orders, spare-parts records and stock balances reconcile with the source data, with no unexplained difference; (c) the ERP and historian interfaces have run for 20 consecutive working days without a failed transfer; (d) screens open within three seconds for 80 concurrent users; and (e) no Severity 1 defect is open.
P:5.3 Within 10 working days after the Vendor's notice that the acceptance period has ended, the Customer shall either issue the Final Acceptance certificate or give a written list of defects. The Vendor shall correct listed defects within 15 days and the relevant tests shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation and Annex A for eighteen (18) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new releases, and provide support without charge.
P:6.2 After the Warranty Period the Customer may order annual support. The annual support fee is 11% of the Licence Fees, being CNY 136,400 per year, and shall not increase for the first three support years. Support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 7 Service Levels
P:7.1 Support requests are classified as follows. Severity 1: the Software is unavailable or work orders cannot be created or closed at any site. Severity 2: a major function is impaired and no workaround exists. Severity 3: any other defect or question.
P:7.2 The Vendor shall respond to a Severity 1 request within one (1) hour, at any time of day, and provide a workaround or fix within eight hours. Severity 2 requests shall be answered within two hours during Beijing business hours and resolved within three working days. Severity 3 requests shall be answered on the next working day.
P:7.3 For each full hour by which the Vendor misses the Severity 1 response time, the Vendor shall credit the Customer CNY 1,000 against the next payment or support fee due.
H:Article 8 Intellectual Property
P:8.1 The Vendor keeps all rights in the Software and its pre-existing tools.
P:8.2 All rights in the Custom Deliverables belong to the Customer from creation. The Vendor shall deliver their source code at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third-party contractors.
P:8.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Services infringe third-party rights.
H:Article 9 Customer Data and Data Security
P:9.1 All data entered into or generated by the Software, including asset registers, maintenance records, costs and condition readings ("Customer Data"), belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and for no other purpose.
P:9.2 The Software shall be installed on the Customer's servers in the Customer's data centre. The Vendor may access the Customer's systems remotely only through the Customer's VPN with multi-factor authentication, for a specific request approved by the Customer, and all sessions shall be logged. The Vendor shall not copy Customer Data outside the Customer's systems.
P:9.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law when handling Customer Data.
P:9.4 The Vendor shall notify the Customer within 24 hours of becoming aware of any unauthorised access to or loss of Customer Data, cooperate in remedying it, and be liable for the damage caused by its breach of this Article 9.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement, and disclose it only to employees and advisers who need to know it and are bound by similar obligations.
P:10.2 These obligations survive for three years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If Final Acceptance is not achieved by the date in Article 3.5 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 200% of the Contract Price. This limit does not apply to personal injury, fraud, wilful misconduct, infringement indemnities or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the Services without the Customer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after written notice, or if the liquidated damages under Article 11.1 reach their maximum.
P:13.2 On termination before Final Acceptance for the Vendor's breach, the Vendor shall refund the amounts paid for undelivered or rejected work.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Alabama, United States, without regard to its conflict-of-law rules.
P:14.2 Any dispute arising out of this Agreement shall be submitted to the state or federal courts located in Cullman County or in the Northern District of Alabama, and each party submits to their jurisdiction.
H:Article 15 General
P:15.1 Annex A (Scope, Project Plan and Acceptance Tests) and Annex B (Price Schedule) form part of this Agreement. If they conflict with these Articles, these Articles prevail.
P:15.2 This Agreement takes effect on the date of signature by both parties (the "Effective Date").
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form and General Terms — FieldLoop Service Management Subscription

Order Form No. GFS-OF-27-0419

This Order Form (Part A) and the General Terms (Part B) together form the agreement (the "Agreement") between the Customer and the Vendor named below. Part A prevails over Part B where they differ.

## PART A — ORDER FORM

### A1. Parties

- **Customer:** Suzhou Jinhang Elevator Service Co., Ltd., No. 88 Xinghu Street, Suzhou Industrial Park, Jiangsu Province, People's Republic of China.
- **Vendor:** Gulfline Field Software, LLC, a Florida limited liability company, 215 North Main Street, Crestview, Florida 32536, United States.

### A2. Subscription and Term

- **Service:** FieldLoop Professional (work orders, preventive maintenance scheduling, technician dispatch, parts tracking, customer portal, reporting) and the FieldLoop Mobile Dispatch add-on.
- **Users:** 180 named users of FieldLoop Professional; 60 named users of Mobile Dispatch.
- **Subscription Term:** two Subscription Years. The first Subscription Year starts on the Service Start Date, which is the date of Onboarding Acceptance under A5; the second starts on its first anniversary.
- **No renewal by default:** the Subscription Term ends at the end of the second Subscription Year. Any renewal requires a new Order Form signed by both parties.

### A3. Fees (CNY)

| Item | Quantity | Unit price per Subscription Year | Subscription Year 1 | Subscription Year 2 | Total |
|---|---|---|---|---|---|
| FieldLoop Professional subscription | 180 users | 1,450 | 261,000 | 261,000 | 522,000 |
| Mobile Dispatch add-on | 60 users | 600 | 36,000 | 36,000 | 72,000 |
| Onboarding and configuration (one-time) | 1 | — | 64,000 | — | 64,000 |
| ERP integration (one-time) | 1 | — | 48,000 | — | 48,000 |
| **Total** | | | **409,000** | **297,000** | **706,000** |

Total fees for the Subscription Term: **CNY 706,000**, inclusive of VAT. Unit prices are fixed for the Subscription Term. Additional users added during the Subscription Term are charged pro rata at the same unit prices.

### A4. Invoicing and Payment

- Subscription fees are invoiced quarterly at the start of each quarter of each Subscription Year, in four equal instalments of CNY 74,250, and are payable within 30 days of a valid invoice.
- The one-time onboarding and ERP integration fees (CNY 112,000 in total) are invoiced after Onboarding Acceptance and are payable within 30 days.
- No amount is payable before the Service Start Date.
- Invoices are issued in CNY as Chinese VAT invoices by the Vendor's authorised reseller, Shanghai Lianxun Software Trading Co., Ltd.

### A5. Onboarding and Acceptance

- The Vendor shall complete onboarding within 75 days after signature of this Order Form. Onboarding covers: tenant set-up; import of the Customer's 9,800 elevator and escalator units, 1,200 service contracts and spare-parts catalogue; configuration of maintenance plans under the Customer's statutory inspection intervals; connection to the Customer's ERP for parts requisitions and invoicing; and training of 20 administrators and 40 dispatchers.
- **Acceptance criteria:** (a) imported unit and contract records reconcile with the Customer's source files with no unexplained difference; (b) preventive maintenance plans generate correct work orders for a 30-day sample period; (c) ERP interface transfers run without error for 10 consecutive working days; (d) mobile dispatch works for a pilot group of 30 technicians for two weeks without a Priority 1 incident.
- The Customer shall confirm Onboarding Acceptance in writing, or list the failed criteria, within 7 working days after the Vendor's notice of completion. Use of the Service by pilot users is not acceptance.

### A6. Special Terms

- The Service is delivered from the Vendor's hosting provider named in the Vendor's proposal, which the Customer approves by signing this Order Form.
- The Vendor's Section 8.2 liability limit applies as stated in Part B.

Signed for the Customer: ____________________ Date: __________

Signed for the Vendor: ____________________ Date: __________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the FieldLoop cloud software and related support described in the Order Form.

1.2 "Customer Data" means all data submitted to the Service by or for the Customer, including unit registers, service records, customer contact details, technician locations and photographs.

1.3 "Customer Configurations" means the maintenance plans, forms, workflows, report templates and ERP field mappings created for the Customer during onboarding or later at the Customer's request.

### 2. The Service

2.1 The Vendor shall provide the Service to the Customer's named users during the Subscription Term in accordance with the documentation and these General Terms.

2.2 The Vendor may improve the Service from time to time but shall not materially reduce the functions described in the Order Form during the Subscription Term.

### 3. Service Levels

3.1 **Availability.** The Service will be available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and carried out between 00:00 and 06:00 Beijing time.

3.2 **Support.** Priority 1 incidents (the Service is unavailable, or dispatch or work-order closing fails for all users) shall be responded to within 30 minutes, 24 hours a day, with a workaround within two hours. Priority 2 incidents shall be responded to within two hours and Priority 3 requests within one working day.

3.3 **Service credits.** If monthly availability falls below the commitment in 3.1, the Customer receives a credit of 5% of the monthly subscription fee for each 0.1 percentage point of shortfall, up to half of that month's fee. For each hour by which the Vendor misses a Priority 1 response time, the Customer receives a credit of CNY 500. Credits are deducted from the next invoice.

### 4. Late Onboarding

4.1 If Onboarding Acceptance is not achieved within the period in A5 for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 600 for each day of delay, up to a maximum of CNY 36,000.

4.2 If the delay exceeds 45 days, the Customer may also terminate the Agreement under Section 10.2.

### 5. Customer Data

5.1 Customer Data belongs to the Customer. The Vendor obtains no rights in Customer Data other than the right to process it to provide the Service to the Customer during the Subscription Term.

5.2 The Vendor shall not use Customer Data for any other purpose, including product development, benchmarking or marketing, and shall not sell or disclose it to any third party except as needed to provide the Service.

5.3 At any time during the Subscription Term and for 30 days after it ends, the Customer may export all Customer Data in CSV or JSON format. After that period the Vendor shall delete Customer Data from the Service.

### 6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public business, technical and commercial information received under the Agreement, including the terms of the Agreement, and shall use it only to perform the Agreement.

6.2 A party may disclose confidential information to its employees, advisers and subcontractors who need to know it and are bound by equivalent duties, or where required by law.

6.3 This Section 6 survives for three years after the Agreement ends.

### 7. Intellectual Property

7.1 The Vendor and its licensors keep all rights in the Service, the FieldLoop software and the documentation.

7.2 Customer Configurations belong to the Customer. The Vendor shall provide them in an exportable form at the end of the Subscription Term, and the Customer may use, modify and license them freely, including with another service provider.

7.3 The Vendor shall defend the Customer against any claim that the Service infringes a third party's intellectual property rights and shall pay any resulting damages and costs.

### 8. Liability

8.1 Neither party is liable for loss of profit or indirect loss arising under the Agreement.

8.2 The Vendor's total aggregate liability arising out of or relating to the Agreement is limited to the fees paid or payable by the Customer in the six (6) months preceding the event giving rise to the claim.

8.3 Section 8.2 does not limit liability for personal injury, fraud, wilful misconduct or the indemnity in Section 7.3.

### 9. Subcontracting

9.1 Except for the hosting provider approved in A6, the Vendor shall not subcontract the performance of the Service or onboarding to any third party without the Customer's prior written consent.

9.2 The Vendor remains responsible for the acts and omissions of its approved subcontractors.

### 10. Term and Termination

10.1 The Agreement starts on signature of the Order Form and continues until the end of the Subscription Term.

10.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after receiving written notice describing the breach.

10.3 If the Customer terminates under Section 10.2, the Vendor shall refund any subscription fees already paid for the period after termination.

10.4 Sections 5.3, 6, 7 and 8 survive termination.

### 11. Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 12. General

12.1 Neither party may assign the Agreement without the other party's written consent.

12.2 The Agreement is the entire agreement between the parties about its subject matter and may be changed only in writing signed by both parties.
"""

E03 = """T:Supply Contract for Cold-Store Temperature Monitoring Sensors and Software
P:Contract No. HXCC-PUR-2027-052
P:Buyer: Qingdao Haixin Cold Chain Logistics Co., Ltd., No. 17 Gangxing Road, Huangdao District, Qingdao, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Bluebonnet Sensing Technologies, Inc., a Texas corporation, 1800 South Market Street, Brenham, Texas 77833, United States (the "Supplier").
P:This Contract is made on the Buyer's standard purchasing terms. The Supplier has read them and accepts them without change, except as stated in the Special Conditions in clause 17.
H:1. Definitions
P:1.1 "Goods" means the sensors, gateways, door sensors, mounting kits and spare parts listed in clause 3.
P:1.2 "Software" means the ColdWatch monitoring software, including its alarm engine, dashboards and mobile app, licensed under clause 4.
P:1.3 "System" means the Goods and the Software installed, configured and integrated at the Buyer's four cold-store warehouses in Huangdao, Jiaozhou, Jimo and Pingdu.
P:1.4 "Custom Work" means the warehouse management system (WMS) interface, custom dashboards, alarm escalation rules and reports produced by the Supplier for the Buyer.
P:1.5 "Final Acceptance" means the Buyer's written acceptance of the complete System under clause 7.
H:2. Scope
P:2.1 The Supplier shall supply, install, calibrate and commission the System so that every storage chamber, loading dock and blast freezer at the four warehouses is monitored for temperature and humidity, with door-open alarms on every chamber door.
P:2.2 The Supplier shall integrate the Software with the Buyer's WMS so that temperature records are linked to pallet and batch numbers, and shall provide the dashboards and regulatory reports described in the Technical Specification (Annex 1).
P:2.3 The Supplier shall train the Buyer's staff as described in clause 9.
P:2.4 The Supplier shall appoint a project manager who speaks Chinese and is present at the warehouses during installation and the trial period. The project manager may be replaced only with the Buyer's consent.
H:3. Price
P:3.1 The Contract Price is CNY 950,000, inclusive of VAT, delivery to site, insurance, installation, calibration, integration and training. It is fixed for the duration of this Contract. The itemised price is:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor TH-40, with calibration certificate|420|860|361,200
TB:2|LoRa gateway GW-8 with 4G backup|24|6,800|163,200
TB:3|Door-open sensor DS-2|96|420|40,320
TB:4|ColdWatch monitoring software, perpetual site licence for four warehouses|1|228,000|228,000
TB:|Hardware and Licence Subtotal|||792,720
TB:5|Installation, calibration and commissioning|1|86,400|86,400
TB:6|WMS interface and custom dashboards|1|58,000|58,000
TB:7|Training|1|12,880|12,880
TB:|Contract Price|||950,000
H:4. Software Licence
P:4.1 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software at the four warehouses and at the Buyer's head office, with no limit on the number of users or monitored points.
P:4.2 The Buyer may transfer the licence to an affiliate that takes over a warehouse, by written notice to the Supplier.
H:5. Payment
P:5.1 The Buyer shall pay 10% of the Contract Price within 20 working days after signature, against an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:5.2 The Buyer shall pay 55% of the Contract Price within 30 days after the Installation Certificate is signed for all four warehouses. The Installation Certificate confirms only that the Goods are installed and switched on. It is not acceptance.
P:5.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:5.4 Each payment requires a valid Chinese VAT special invoice.
H:6. Delivery and Installation
P:6.1 The Supplier shall deliver the Goods to the four warehouses within 50 days after signature and complete installation within 80 days after signature.
P:6.2 Installation work inside operating cold chambers shall be scheduled with the warehouse managers and shall not interrupt loading operations. Installers shall wear the Buyer's cold-protection equipment and follow its site safety rules.
P:6.3 Every sensor shall be calibrated against a reference thermometer traceable to national standards, and the calibration certificate shall be delivered with the Installation Certificate.
P:6.4 The Supplier shall deliver, within the Contract Price, spare sensors equal to 2% of each sensor type and two spare gateways, which remain at the Buyer's warehouses.
H:7. Acceptance
P:7.1 After installation the System shall run for a 30-day trial period.
P:7.2 The System passes Final Acceptance when: (a) every sensor reads within ±0.5 °C of the reference thermometer at three test points; (b) every chamber delivers its scheduled readings to the Software throughout the trial period, with no gap longer than 15 minutes; (c) door-open and temperature alarms reach the duty manager's phone within 60 seconds in every test; (d) the WMS interface links readings to pallet records without error for 20 consecutive days; and (e) the reports required by the Buyer's GSP quality system are produced correctly.
P:7.3 The Buyer shall issue the Final Acceptance certificate, or a written list of failed criteria, within 10 working days after the trial period. The Supplier shall fix the failures within 15 days, after which the failed tests are repeated.
P:7.4 Installation, use of the System during the trial period or any payment does not amount to acceptance.
H:8. Warranty and Support
P:8.1 The Supplier warrants the Goods and the Software for thirty-six (36) months from Final Acceptance. During this period the Supplier shall repair or replace faulty Goods, supply Software updates and provide support without charge. Replacement sensors shall be delivered calibrated.
P:8.2 After the warranty period the Buyer may order annual support for up to two further years. The annual support fee is 8% of the Hardware and Licence Subtotal, being CNY 63,417.60 per year, and is fixed for those two years. Support is ordered by purchase order and does not renew automatically.
P:8.3 Support requests are handled according to the following table:
TB:Severity|Description|Response time|Restoration target
TB:Severity 1|Monitoring or alarms fail for a whole warehouse or a blast freezer|30 minutes|8 hours, on site if needed
TB:Severity 2|Individual sensors, gateways or reports fail|2 hours|2 working days
TB:Severity 3|Questions and minor defects|1 working day|Next release
P:8.4 For each full hour by which the Supplier misses a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 800, deducted from the next payment or claimed against the performance security.
H:9. Training
P:9.1 The Supplier shall train 16 warehouse supervisors and 4 IT staff at the Buyer's premises, with user and administrator manuals in Chinese.
P:9.2 Training shall cover sensor replacement, alarm configuration, report generation and basic troubleshooting of gateways. It shall be repeated once without charge during the warranty period if the Buyer asks.
H:10. Intellectual Property
P:10.1 The Supplier keeps its rights in the Software and in the firmware of the Goods.
P:10.2 The Custom Work, including the source code of the WMS interface, belongs to the Buyer. The Buyer may use, modify and license it freely.
P:10.3 The Supplier shall defend and indemnify the Buyer against any claim that the Goods, the Software or the Custom Work infringe a third party's rights.
H:11. Buyer Data and Data Security
P:11.1 All readings, alarms, logs and reports produced by the System ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:11.2 The Software shall run on the Buyer's servers. The Supplier may access the System remotely only through the Buyer's VPN for an approved support request, and shall not copy Buyer Data outside the Buyer's systems.
P:11.3 The Supplier shall comply with the PRC Cybersecurity Law and Data Security Law, harden the gateways and change all default passwords before commissioning.
P:11.4 The Supplier shall report any security incident affecting the System or Buyer Data within 2 hours and is liable for losses caused by its breach of this clause.
H:12. Confidentiality
P:12.1 Each party shall keep confidential the other party's non-public information obtained under this Contract, including the Buyer's customer lists, storage volumes and site layouts, and shall not disclose it without prior written consent. This obligation lasts for three years after this Contract ends.
H:13. Liquidated Damages and Liability
P:13.1 If the Supplier delays delivery, installation or Final Acceptance for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:13.2 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 11 and 12.
H:14. Subcontracting
P:14.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for approved subcontractors.
H:15. Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the liquidated damages under clause 13.1 reach their maximum.
P:15.2 On such termination the Supplier shall refund the payments received for any part of the System that has not passed Final Acceptance, against return of the related Goods.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:17. Special Conditions
P:17.1 None.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Backup and Disaster Recovery Services Agreement

**Agreement No.** MLH-IT-2027-033

**Customer:** Foshan Mulan Home Furnishing Co., Ltd., No. 6 Lecong Avenue, Shunde District, Foshan, Guangdong Province, People's Republic of China ("Customer").

**Provider:** Delta Crossroads Managed IT, Inc., a Mississippi corporation, 270 Delta Avenue, Clarksdale, Mississippi 38614, United States ("Provider").

The Customer runs ERP, product design, e-commerce order and warehouse systems at its Shunde data centre and at two factories. The Provider will take over the backup of these systems and provide a disaster recovery service for 36 months, on the terms below and in Schedules 1 to 3.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement" means the date stated in the Customer's written acceptance of the transition under Section 4.

1.3 "Term" means 36 months from Service Commencement.

1.4 "Customer Data" means all data of the Customer and its customers that the Provider backs up, copies, replicates or can access while performing the Services.

1.5 "Runbooks" means the recovery procedures, scripts, configurations and documentation prepared for the Customer.

## 2. Services

2.1 The Provider shall perform the Services in accordance with Schedule 1 and meet the service levels in Schedule 2.

2.2 The Provider shall supply, host and maintain the backup software, the backup appliances at the Customer's sites and the disaster recovery capacity at its partner data centre in Guangzhou. The appliances remain the Provider's property; the Customer pays no separate charge for them.

2.3 The Provider shall appoint a service delivery manager who attends a monthly service review with the Customer and submits a monthly report on backup results, restore tests, incidents and capacity.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 1. The total value of this Agreement is CNY 2,180,000, made up of a one-time transition charge of CNY 74,000 and a monthly service charge of CNY 58,500 for 36 months (CNY 2,106,000).

3.2 The monthly service charge is invoiced monthly in arrears, starting from the month of Service Commencement, and is payable within 30 days of a valid VAT invoice. Any service credits for the month under Schedule 3 are deducted from the invoice.

3.3 The transition charge is invoiced after Service Commencement and is payable within 30 days.

3.4 No payment is due before Service Commencement. The charges are fixed for the Term.

## 4. Transition and Acceptance

4.1 The Provider shall complete the transition within 60 days after signature. Transition includes installation of the backup appliances, configuration of backup policies for the 146 servers, 38 databases and 9 file shares listed in Schedule 1, replication to the disaster recovery site, and preparation of Runbooks.

4.2 The transition is accepted when: (a) every system listed in Schedule 1 has completed a full backup and 14 consecutive days of scheduled backups; (b) a test restore of each database and a sample of 20 servers has been completed within the recovery times in Schedule 2; (c) a disaster recovery rehearsal of the ERP and e-commerce systems has met the recovery time and recovery point objectives in Schedule 2; and (d) the Runbooks have been reviewed and approved by the Customer's IT department.

4.3 The Customer shall confirm acceptance in writing, or list the failed criteria, within 7 working days after the Provider's notice that the tests are complete. Failed tests shall be repeated after correction.

## 5. Customer Data and Security

5.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and shall not access the content of backups except to carry out a restore requested by the Customer.

5.2 All backups shall be encrypted in transit and at rest with keys controlled by the Customer. Backups and replicas shall be stored only in mainland China, at the Customer's sites and at the Guangzhou data centre.

5.3 The Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, keep access logs for at least one year, and restrict access to named engineers approved by the Customer.

5.4 The Provider shall notify the Customer of any security incident affecting Customer Data within 2 hours of discovery, take immediate steps to contain it, and compensate the Customer for losses caused by the Provider's breach of this Section 5.

5.5 At the end of the Term the Provider shall return all Customer Data and then securely erase all copies it holds, and certify the erasure in writing.

## 6. Confidentiality

6.1 Each party shall keep confidential all non-public information received from the other party under this Agreement and use it only for this Agreement. This Section 6 continues for three years after the Agreement ends.

## 7. Intellectual Property

7.1 The Provider keeps its rights in its backup software, tools and general know-how.

7.2 The Runbooks belong to the Customer. The Customer may use, modify and license them freely, including with another service provider at the end of the Term.

## 8. Liability

8.1 Each party's total liability under this Agreement is limited to 150% of the total value stated in Section 3.1.

8.2 Section 8.1 does not apply to personal injury, fraud, wilful misconduct or breach of Section 5 or Section 6.

8.3 Service credits are the Customer's financial remedy for service-level failures, without prejudice to the Customer's rights under Section 10.

## 9. Subcontracting

9.1 The Provider may use subcontractors, including its data centre partner in Guangzhou and local field engineers, to perform any part of the Services, provided that it gives the Customer written notice at least 15 days before the subcontractor starts work.

9.2 The Provider remains responsible for the performance of its subcontractors and shall ensure that they comply with Sections 5 and 6.

## 10. Term and Termination

10.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

10.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after written notice, or if the Provider misses the Restore Success service level in Schedule 2 in three months of any six-month period.

10.3 On expiry or termination the Provider shall provide exit assistance for up to 90 days at the rates in Schedule 1 so that the Services can be transferred to the Customer or a new provider without loss of backups.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen. The arbitration shall be conducted in Chinese and English.

## 12. General

12.1 Neither party may assign this Agreement without the other party's prior written consent.

12.2 Changes to the Services, including adding or removing servers, are made through the change procedure in Schedule 1.

12.3 This Agreement, including Schedules 1 to 3, is the entire agreement between the parties on its subject.

Signed for the Customer: ____________________

Signed for the Provider: ____________________

## Schedule 1 — Services, Scope and Charges

| Service element | Scope | Charge (CNY) |
|---|---|---|
| Transition (one-time) | Appliances, backup policies, replication, Runbooks, acceptance tests | 74,000 |
| Managed backup | 146 servers, 38 databases, 9 file shares at Shunde and two factories; daily incremental and weekly full backups; 90-day retention; monthly archive kept for 3 years | included in monthly charge |
| Disaster recovery | Warm standby of ERP, e-commerce order and warehouse systems at the Guangzhou data centre; two rehearsals per year | included in monthly charge |
| Monitoring and support | 24x7 monitoring, incident handling, restore requests, monthly report and review | included in monthly charge |
| Monthly service charge | All of the above, months 1 to 36 | 58,500 per month; 2,106,000 for the Term |
| Changes | Each additional 10 servers or 1 TB of protected data | 1,600 per month |
| Exit assistance | Engineer time under Section 10.3 | 2,200 per engineer day |

## Schedule 2 — Service Levels

| Service level | Target | Measurement |
|---|---|---|
| Priority 1 incident response (backup or recovery platform down, or a restore needed for a production outage) | 15 minutes, 24x7 | Ticket timestamps |
| Priority 2 incident response (failed backups of an individual system) | 1 hour | Ticket timestamps |
| Backup portal availability | 99.95% per month | Provider monitoring, audited quarterly |
| Restore Success | Each requested restore completed without data loss within the recovery time below | Restore records |
| Recovery time objective (ERP and e-commerce) | 2 hours | DR rehearsal and actual events |
| Recovery point objective (ERP and e-commerce) | 15 minutes | DR rehearsal and actual events |
| Recovery time objective (other systems) | 8 hours | Restore records |

## Schedule 3 — Service Credits

| Failure | Credit (% of monthly service charge) |
|---|---|
| Priority 1 response time missed (each occasion) | 3% |
| Backup portal availability below target | 5% |
| Restore Success missed (each occasion) | 8% |
| Recovery time or recovery point objective missed in a rehearsal or actual event | 10% |
| Monthly report not delivered within 10 working days after month end | 2% |

Total service credits in a month shall not exceed 25% of that month's service charge.
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. CBA-LH-2027-006

BETWEEN

Shandong Luhe Seed Industry Co., Ltd., No. 399 Gongye North Road, Licheng District, Jinan, Shandong Province, People's Republic of China ("Customer"); and

Coastal Bend AgriData, LLC, a Texas limited liability company, 1020 East King Avenue, Kingsville, Texas 78363, United States ("Provider").

BACKGROUND

Customer breeds and tests maize, wheat and soybean varieties at more than 60 trial stations in the Huang-Huai-Hai plain. Provider operates a data platform that supplies weather observations, weather forecasts, soil moisture estimates and crop growth indices through an application programming interface (the "API"). Customer wishes to subscribe to the API for two Subscription Years to feed its trial-management and variety-evaluation systems.

1. DEFINITIONS

1.1 "Subscription Year" means each period of one year starting on the Service Start Date or on an anniversary of it.

1.2 "Service Start Date" means the date of Onboarding Acceptance under clause 4.

1.3 "Data Products" means the data sets and API endpoints listed in clause 2.1, as updated by Provider from time to time.

1.4 "Custom Feed" means the regional feed configured for Customer's trial stations, including station coordinates, field boundaries, crop calendars and the derived indices designed with Customer.

1.5 "Customer Data" means all data Customer submits to the API or the platform, including station locations, field boundaries, planting dates, trial designs and query logs.

1.6 "Outputs" means reports, models, evaluations and other results that Customer produces using the Data Products.

2. SUBSCRIPTION

2.1 Provider grants Customer, during the Term, a non-exclusive, non-transferable right to access the API and use the following Data Products for its internal research, breeding and variety-registration work in the People's Republic of China: (a) hourly weather observations from public and Provider-operated stations, interpolated to each trial station; (b) daily forecasts up to 15 days ahead; (c) satellite-derived soil moisture and vegetation indices at 10-metre resolution; (d) historical weather and index data from 2005 onwards; and (e) the Custom Feed.

2.2 The subscription allows up to 2,000,000 API calls per Subscription Year and 25 named users of the web console. Calls beyond that allowance are charged at the overage rate in clause 3.3.

2.3 Customer may store Data Products retrieved during the Term in its own systems and continue to use them in its Outputs after the Term ends.

2.4 Customer shall not resell the Data Products or make them available to third parties as a data feed, except to research institutes working with Customer on a joint trial, within the scope of that trial.

2.5 Provider updates observations hourly, forecasts four times a day and satellite indices whenever new imagery is processed, usually every three to six days depending on cloud cover. Provider may add new data sets, but shall not withdraw a Data Product listed in clause 2.1 during the initial Term.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 348,000 for each Subscription Year, CNY 696,000 for the two Subscription Years. The one-time onboarding fee for the Custom Feed and historical backfill is CNY 26,000. The total fees for the initial Term are CNY 722,000, including VAT.

3.2 The subscription fee is invoiced quarterly at the start of each quarter of each Subscription Year, in instalments of CNY 87,000. The onboarding fee is invoiced after Onboarding Acceptance. Invoices are payable within 30 days of receipt of a valid Chinese VAT invoice issued by Provider's appointed billing agent in Shanghai.

3.3 API calls above the annual allowance are charged at CNY 0.08 per call, invoiced at the end of each Subscription Year.

3.4 No fee is payable before the Service Start Date.

4. ONBOARDING AND ACCEPTANCE

4.1 Provider shall configure the Custom Feed and complete the historical backfill within 40 days after signature of this Agreement.

4.2 Onboarding is accepted when: (a) the API returns data for every one of Customer's trial stations listed in Annex 1; (b) historical weather data for 2005 to 2026 matches the records of the national meteorological stations named in Annex 1 within the tolerances stated there for at least 20 sample stations; (c) the Custom Feed indices have been checked by Customer's agronomists against field observations for one growing stage; and (d) Customer's trial-management system has pulled data through the API without error for 10 consecutive days.

4.3 Customer shall give written acceptance, or a list of failed criteria, within 7 working days after Provider's notice that onboarding is complete.

4.4 If Onboarding Acceptance is delayed beyond the period in clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to a total of CNY 20,000.

5. SERVICE AND SUPPORT

5.1 Provider will use commercially reasonable efforts to make the API available at all times, except for maintenance, and to keep the Data Products accurate and up to date.

5.2 Provider will provide support by e-mail and through its online ticket system during its normal business hours in Kingsville, Texas, and will use commercially reasonable efforts to answer and resolve support requests promptly.

5.3 Provider will announce planned maintenance on its status page in advance whenever practicable.

5.4 Provider does not commit to any particular level of availability, response time or resolution time, and no credits or other compensation apply to interruptions of the API or delays in support.

6. TERM AND RENEWAL

6.1 The initial Term starts on signature and continues until the end of the second Subscription Year.

6.2 At the end of the initial Term this Agreement renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

6.3 Provider may change the subscription fee for any renewal term to its then-current list price by notice to Customer at least 30 days before the renewal term begins. If Customer does not give notice of non-renewal, the new fee applies.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Provider may use Customer Data only to provide the Data Products and support to Customer under this Agreement, and not for any other purpose, including improving its models or supplying other customers.

7.2 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access control, multi-factor authentication for its staff and logging of all access. Customer Data shall be stored only on servers located in mainland China operated by Provider's hosting provider approved under clause 10.

7.3 Provider shall comply with the PRC Data Security Law and Personal Information Protection Law with respect to Customer Data, including rules on cross-border transfer. Provider staff outside China shall have no access to Customer Data unless Customer approves it in writing.

7.4 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, shall take immediate steps to contain it, and shall be liable for the resulting losses caused by its breach of this clause 7.

7.5 Within 30 days after the Term ends, Provider shall return Customer Data in a standard format and then delete it, and confirm the deletion in writing.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including Customer's trial designs, variety codes and results, and shall use it only for this Agreement.

8.2 The obligations in this clause 8 continue for three years after this Agreement ends.

9. INTELLECTUAL PROPERTY

9.1 Provider and its licensors keep all rights in the platform, the API and the Data Products, subject to the rights granted in clause 2.

9.2 The Custom Feed specification, the station and field configuration and the derived indices designed for Customer belong to Customer, and Customer may use, modify and license them freely. Outputs belong to Customer.

10. SUBCONTRACTING

10.1 Provider shall not subcontract any of its obligations without Customer's prior written consent. Customer approves Provider's hosting provider named in Annex 2.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 200% of the total fees for the initial Term, except for personal injury, fraud, wilful misconduct and breach of clauses 7 and 8.

11.2 Neither party is liable for loss of profit or indirect loss.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.2 If Customer terminates under clause 12.1, Provider shall refund any fees paid for the period after termination.

12.3 Clauses 2.3, 7.5, 8, 9 and 11 survive expiry or termination of this Agreement.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules then in force.

14. GENERAL

14.1 Notices shall be in writing and sent to the addresses above.

14.2 Annex 1 (Trial Stations and Tolerances) and Annex 2 (Hosting Provider) form part of this Agreement.

14.3 This Agreement is the entire agreement between the parties on its subject matter.

SIGNED for Customer: ____________________          SIGNED for Provider: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# files
FILES = {  # key -> (file name, format, source)
    "h989z01": ("h989z01_ip_pledge_financing_platform.pdf", "pdf", Z01),
    "h989z02": ("h989z02_heater_plant_line_control_retrofit.docx", "docx", Z02),
    "h989z03": ("h989z03_exam_prep_chain_booking_saas.txt", "txt", Z03),
    "h989z04": ("h989z04_road_collapse_detection_om_service.txt", "txt", Z04),
    "h989z05": ("h989z05_cizhou_kiln_studio_process_tracking_supplier_template.md", "md", Z05),
    "h989e01": ("h989e01_cement_cmms_perpetual_licence_alabama_vendor.pdf", "pdf", E01),
    "h989e02": ("h989e02_field_service_saas_order_form_florida_vendor.md", "md", E02),
    "h989e03": ("h989e03_cold_store_sensors_monitoring_licence.docx", "docx", E03),
    "h989e04": ("h989e04_managed_backup_dr_36_months.md", "md", E04),
    "h989e05": ("h989e05_agri_weather_data_api_subscription.txt", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def lab(lang, category, v, sla=True, ld_stated=True, capped=None, deemed=False, value=None):
    terms = dict(zip(TERM_KEYS, v))
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"language": lang, "category": category, "expected_terms": terms, "expected_extra": extra}


G, S = "goods_or_licence", "service"
LABELS = {
    #                      avail  p1    remedy ip        dsec   owns   conf   ld     cap    prepay acc   final  warr pwf  auto   term   sub    law    kind
    "h989z01": lab("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 9, False, True, False, "PRC", G],
                   capped=True, value=1960000),
    "h989z02": lab("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.08, None, 10, True, True, 18, 28, False, True, True, "PRC", G],
                   capped=True, value=1900000),
    "h989z03": lab("zh", "cloud", [99.5, 0.5, True, "buyer", True, False, True, 0.08, 200, None, True, None, None, None, False, True, False, "PRC", S],
                   value=758000),
    "h989z04": lab("zh", "services", [99.95, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, False, False, None, S],
                   value=628000),
    "h989z05": lab("zh", "software", [None, 8, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, None, False, True, None, "PRC", G],
                   capped=False, deemed=True, value=486000),
    "h989e01": lab("en", "software", [None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 18, 11, False, True, False, "Alabama", G],
                   capped=True, value=1766000),
    "h989e02": lab("en", "cloud", [99.95, 0.5, True, "buyer", False, True, True, 600 / 706000 * 100, 6 / 24 * 100, None, True, None, None, None, False, True, False, "PRC", S],
                   value=706000),
    "h989e03": lab("en", "hardware", [None, 0.5, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 36, 8, False, True, False, "PRC", G],
                   capped=True, value=950000),
    "h989e04": lab("en", "services", [99.95, 0.25, True, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True, True, "PRC", S],
                   ld_stated=False, value=2180000),
    "h989e05": lab("en", "cloud", [None, None, False, "buyer", True, True, True, 500 / 722000 * 100, 200, None, True, None, None, None, True, True, False, "PRC", S],
                   sla=False, value=722000),
}

# TCO inputs for goods/licence drafts: (itemised licence/hardware subtotal, purchase price = contract value); policy 4
FEE_BASE = {"h989z01": 1120000, "h989z02": 1570000, "h989z05": 258000, "h989e01": 1240000, "h989e03": 792720}
FOREIGN_FORUM = {"h989e01"}  # disputes go to a forum outside mainland China

DESIGN = {  # the rules I designed each draft to carry
    "h989z01": [],
    "h989z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "h989z03": ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h989z04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "h989z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h989e01": ["CR-GOVERNING-LAW"],
    "h989e02": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "h989e03": [],
    "h989e04": ["CR-LD-MISSING", "CR-SUBCONTRACT"],
    "h989e05": ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY",
             "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-PREPAYMENT",
             "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE", "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT",
             "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# policy thresholds (section 3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON_YEARS = 40, 5


def tco(key):
    lb = LABELS[key]
    t, x = lb["expected_terms"], lb["expected_extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] \
            or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON_YEARS - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    total = x["contract_value"] + fees
    return total, fees / total * 100


def derive(key):
    lb = LABELS[key]
    t, x = lb["expected_terms"], lb["expected_extra"]
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] \
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]:
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(key)
        if c is not None and c[1] > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# threshold-figure scan
PCT = r"(?<![\d.])(?:30|15|40|100)(?:\.0+)?\s*[%％]"
PATTERNS = [
    PCT,
    r"百分之(?:三十|十五|四十|百|一百)(?![点一二三四五六七八九十])",
    r"\b(?:thirty|fifteen|forty|one\s*hundred)[\s-]*(?:per\s*cent|percent)",
    r"99\.90*(?!\d)",
    r"(?<![\d.])0\.050*(?!\d)",
    r"万分之五(?![十百千\d])|千分之零点五|0\.5\s*‰",
    r"(?<![\d.])4[\s-]*(?:个\s*)?(?:小时|钟头|hours?|hrs?\b|h\b)",
    r"(?<![十\d])四\s*个?\s*小时",
    r"\bfour[\s-]*(?:\(4\)[\s-]*)?hours?",
    r"(?<![\d.])12\s*个\s*月|十二个月|(?<![\d.])12[\s-]*months?|\btwelve[\s-]*(?:\(12\)[\s-]*)?months?",
    r"(?<![\d.])5[\s-]*(?:个\s*)?(?:年|years?)(?![\d])|(?<![十〇零一二三四五六七八九])五年|\bfive[\s-]*years?|(?<![\d.])60\s*个?\s*月|(?<![\d.])60[\s-]*months?|六十个月",
]
SCAN = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "30.0%", "百分之三十", "thirty percent", "15%", "百分之十五", "40%", "百分之四十", "100%", "百分之百",
            "one hundred per cent", "99.9%", "99.90%", "0.05%", "万分之五", "4小时", "4 hours", "4-hour", "四小时", "four hours",
            "four (4) hours", "12个月", "12 months", "12-month", "twelve months", "十二个月", "5年", "五年", "five years", "60 months"]
MUST_MISS = ["130%", "30.5%", "150%", "115%", "百分之三十五", "百分之十五点五", "99.95%", "99.99%", "0.055%", "0.5%", "万分之五十",
             "24小时", "24 hours", "二十四小时", "14 hours", "1.4 hours", "2027年12月31日", "112 months", "2025年", "二〇二五年",
             "十五年", "0.08%", "60 days", "36 months", "Section 4 applies", "5 working days"]


def self_test():
    for s in MUST_HIT:
        assert SCAN.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not SCAN.search(s), ("must miss", s, SCAN.search(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


RANGE = {"zh": (2750, 3000), "en": (1450, 1650)}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    sources = {k: src for k, (name, fmt, src) in FILES.items() if fmt in ("docx", "pdf")}
    targets = {k: (name, fmt) for k, (name, fmt, src) in FILES.items() if fmt in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    covered = set()
    for k, (name, fmt, src) in FILES.items():
        lb = LABELS[k]
        t, x = lb["expected_terms"], lb["expected_extra"]
        assert list(t) == TERM_KEYS
        rules = derive(k)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        covered |= set(rules)
        # no label value on a threshold
        for f, th in TH.items():
            assert t[f] is None or abs(t[f] - th) > 1e-9, (k, f, t[f])
        c = tco(k)
        if c is not None:
            assert abs(c[1] - TCO_SHARE_TH) > 2, (k, c)
        # the text as read back
        text = read_back(OUT / name)
        n = length(text, lb["language"])
        lo, hi = RANGE[lb["language"]]
        assert lo <= n <= hi, (k, name, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = SCAN.search(variant)
            assert not m, (k, name, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        label = {"file": name, "language": lb["language"], "category": lb["category"], "expected_terms": t,
                 "expected_extra": x, "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%-66s %-5s %5d  %-6s %s%s" % (name, lb["language"], n, risk(rules), ", ".join(r[3:] for r in rules) or "(none)",
                                           "" if c is None else "  TCO %.0f share %.2f%%" % c))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    assert sum(1 for k in FILES if not DESIGN[k]) == 2
    print("all 20 rules covered; checks passed")


if __name__ == "__main__":
    main()
