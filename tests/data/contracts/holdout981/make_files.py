"""holdout981: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, threshold scan, label values, rules derived from the labels vs the design list, coverage).
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (.pdf, 第X条 with 1.1)
Z01 = """T:文化消费惠民卡平台建设项目政府采购合同
P:合同编号：WLJ-ZFCG-2027-0316
P:采购人（甲方）：澄江市文化广电和旅游局
P:供应商（乙方）：杭州云岚数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就文化消费惠民卡平台（以下简称“平台”）的软件许可与定制开发事宜，订立本合同。本合同采用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供惠民卡平台软件V5.0的永久使用许可，并在此基础上完成定制开发，包括：市民领卡与实名核验、商户入驻与核销、消费补贴发放与结算、文旅消费数据看板、与市民服务App及财政支付系统的接口。
P:1.2 平台部署于甲方指定的政务云资源，乙方负责部署、数据初始化、试运行保障和培训。
P:1.3 详细功能与性能要求以招标文件第三章“采购需求”及乙方投标文件的技术响应为准，二者不一致的，以对甲方更有利者为准。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰贰拾叁万陆仟元整（¥2,236,000），为固定总价，包含许可、开发、部署、培训、税费及质保期内全部服务费用。
P:2.2 分项价格：平台软件许可费¥1,260,000；定制开发费¥812,000；部署实施费¥138,000；培训费¥26,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后十个工作日内，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%。
P:3.4 乙方应在每期付款前开具合法有效的增值税发票。甲方以财政资金支付，因财政拨款流程造成的合理延迟不视为甲方违约。
P:3.5 乙方应在合同签订后七日内向甲方提交合同总价5%的履约保证金（可采用银行保函形式），最终验收合格后无息退还。
H:第四条 项目进度
P:4.1 乙方应在合同签订后九十日内完成定制开发和部署，并提交初步验收申请；初步验收通过后进入为期三十日的试运行。
P:4.2 乙方应按周报送项目进展，遇有可能影响工期的情况，应及时书面告知甲方并提出补救方案。
P:4.3 乙方应为甲方及各区县文旅部门的管理人员、商户服务专员提供不少于八个批次的集中培训，并提供操作视频和常见问题手册；培训效果以学员考核通过为准。
P:4.4 乙方项目经理须具备同类项目经验，非经甲方书面同意不得更换；甲方认为乙方人员不能胜任的，乙方应在七日内更换。
H:第五条 验收
P:5.1 初步验收由甲方组织，按照招标文件的功能清单逐项测试，全部功能点测试通过方可签署初步验收报告。
P:5.2 最终验收应同时满足以下标准：（1）试运行期间未发生一级故障；（2）在三千并发用户条件下，领卡、核销等核心交易平均响应时间不超过2秒；（3）补贴发放与商户结算对账结果与财政支付系统记录完全一致；（4）通过第三方机构的网络安全等级保护三级测评；（5）用户手册、运维手册、源代码及接口文档已全部移交。
P:5.3 平台上线使用、甲方支付任何款项或签收文档，均不视为最终验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为自最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级、政策调整引起的小规模功能变更和技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥113,400），且质保期满后三年内不上调。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护时间经甲方同意后可扣除）。
P:7.2 一级故障（平台整体无法访问、补贴发放或核销中断）乙方应在30分钟内响应，2小时内到场或远程处置，6小时内恢复服务；二级故障2小时内响应，次日内解决。
P:7.3 乙方每超过响应或恢复时限一小时，向甲方支付¥1,000；月度可用率每低于承诺值0.01个百分点，向甲方支付¥3,000，甲方可从应付款项中直接扣除。
P:7.4 乙方应每月向甲方提交服务报告，列明月度可用率、各级故障次数、处理时长、补贴发放异常及改进措施，并参加甲方组织的季度服务评价会。
H:第八条 知识产权
P:8.1 平台软件V5.0标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序、接口、数据看板及其源代码和文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发，无需另行付费。
H:第九条 数据安全
P:9.1 平台中的持卡人信息、商户信息、交易及补贴数据均属于甲方，乙方仅为履行本合同处理上述数据，不得用于任何其他目的，不得留存副本。
P:9.2 乙方应按照《数据安全法》《个人信息保护法》和等级保护三级要求落实访问控制、加密存储、日志审计和最小授权；运维访问须经甲方审批并通过堡垒机进行。
P:9.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政处罚后果。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、系统架构、账号口令及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后五年内持续有效。
H:第十一条 违约责任
P:11.1 乙方逾期提交初步验收申请或逾期通过最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合合同约定的，甲方有权要求限期整改、减少价款或依第十二条解除合同，并要求乙方赔偿损失。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除合同：（1）逾期超过六十日；（2）最终验收两次不合格；（3）违反第九条或第十条且造成严重后果；（4）其他根本违约行为，经甲方书面催告后十五日内仍未纠正。
P:12.2 合同解除后，乙方应退还已收取的相应款项，移交已完成的成果和全部数据。
H:第十三条 分包
P:13.1 本项目不允许分包，乙方不得将合同义务转让或转包给任何第三方。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响一方应在事件发生后五日内书面通知对方并提供证明，在不可抗力影响范围内免除责任，但应尽力减少损失。不可抗力持续超过六十日的，双方可协商变更或解除合同。
H:第十六条 其他
P:16.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:16.2 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同的组成部分。
P:甲方（盖章）：澄江市文化广电和旅游局    乙方（盖章）：杭州云岚数智科技有限公司
P:签订日期：2027年3月16日
"""

# ---------------------------------------------------------------- z02 (.docx, 第X条, Word price table)
Z02 = """T:微波炉生产线控制系统改造合同
P:合同编号：GM-SB-2027-0528
P:甲方：佛山市顺德区美焰电器制造有限公司
P:乙方：东莞智衡自动化工程有限公司
P:甲方委托乙方对其总装一车间的三条微波炉总装线及三条门体、腔体生产线共六条产线的控制系统进行改造，乙方提供设备、软件及改造施工服务。经友好协商，双方订立本合同。
H:第一条 改造范围
P:1.1 将六条产线原有继电器控制及分散PLC更换为统一的PLC控制柜，增加工业触摸屏、门体视觉检测单元，并部署产线监控（SCADA）软件及与甲方MES系统的接口。
P:1.2 乙方负责改造方案深化设计、设备供货、旧设备拆除、安装接线、程序编制、联机调试和人员培训。改造须分线实施，每条线停线时间不超过五个自然日，不得影响其余产线生产。
P:1.3 配方管理、工艺参数下发、产量及不良品统计等程序按甲方生产工艺定制开发。
P:1.4 主控PLC、I/O模块、伺服与安全元件应为技术附件所列品牌或经甲方书面认可的同档次产品，均为原厂全新正品，并随货提供合格证、装箱单和原厂授权文件。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零柒万元整（¥2,070,000），含税，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含主控PLC、I/O模块、安全继电器）|6套|158,000|948,000
TB:2|工业触摸屏HMI|12台|9,800|117,600
TB:3|门体视觉检测单元|6套|46,500|279,000
TB:4|产线监控SCADA软件许可及MES接口软件|1套|326,000|326,000
TB:|设备及软件小计|||1,670,600
TB:5|安装调试及改造施工|1项|214,000|214,000
TB:6|程序定制开发|1项|168,000|168,000
TB:7|培训|1项|17,400|17,400
TB:|合计|||2,070,000
P:2.2 上述价款包含运输、保险、安装、调试、培训、税费及质保期内的全部服务费用，甲方不再支付其他费用。
H:第三条 付款
P:3.1 合同生效后十日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并完成安装，经甲方签收后十五日内，甲方支付合同总价的55%。到货签收仅确认数量与外观，不视为验收。
P:3.3 六条产线全部通过最终验收后十五日内，甲方支付合同总价的25%。
P:3.4 乙方应在每次付款前开具等额增值税专用发票。
H:第四条 交付与工期
P:4.1 乙方应在合同生效后四十五日内将全部设备运抵甲方工厂，并在到货后七十五日内完成六条产线的改造和调试。
P:4.2 乙方每逾期一日，按合同总价的千分之一向甲方支付违约金。因乙方原因造成停线超过约定时间的，乙方还应赔偿甲方由此产生的直接损失。
P:4.3 乙方应在合同生效后十日内提交分线施工计划，明确每条产线的停线日期、拆装顺序、切换方案和回退措施，经甲方生产部门确认后实施；施工期间乙方应安排专人值守，保证恢复生产时的调试支持。
H:第五条 验收
P:5.1 每条产线改造完成后，由甲方组织单线验收，标准为：（1）生产节拍不低于每分钟6台；（2）连续七十二小时满负荷运行无停机故障；（3）门体视觉检测漏检率不高于0.2%；（4）急停、门禁、光幕等安全联锁功能全部测试有效；（5）产量、不良品数据与MES系统核对一致。
P:5.2 六条产线均通过单线验收，且整体试生产满三十日后，甲方组织最终验收，签署最终验收证书。
P:5.3 设备安装、投入试生产或甲方支付款项，均不视为验收合格。验收不合格的，乙方应在十日内整改并重新验收，由此产生的费用由乙方承担。
H:第六条 质量保证
P:6.1 质保期为自最终验收之日起十八个月。质保期内，因设备质量或程序缺陷导致的故障，乙方负责免费维修或更换，并承担往返差旅费用。
P:6.2 质保期内乙方接到甲方故障通知后，应及时安排技术人员处理，尽快恢复产线运行。
P:6.3 乙方应提供关键备件清单，并保证所供PLC、HMI等主要设备停产后仍有不少于七年的备件供应。
P:6.4 乙方应在最终验收前对甲方电气工程师和产线班组长进行不少于三批次的现场培训，内容包括程序结构、参数调整、常见报警处理和备份恢复，并提交完整的电气图纸、程序注释和操作手册。
H:第七条 质保期后的维保
P:7.1 质保期满后，甲方可选择由乙方提供年度维保服务，内容包括每季度一次预防性巡检、程序备份与优化、故障维修（备件费另计）及技术咨询。
P:7.2 年度维保费按设备及软件小计的8%计取，即每年人民币133,648元，质保期满后三年内不作调整；维保合同每年签订一次，不自动续期。
H:第八条 数据与信息安全
P:8.1 产线运行中产生的工艺参数、产量、质量数据及配方均属于甲方，乙方仅为履行本合同使用，不得复制、留存或提供给第三方。
P:8.2 乙方远程访问产线控制网络，须事先经甲方书面审批，通过甲方提供的加密通道进行，并全程留存日志；乙方应确保所提供的设备和软件不含恶意代码，控制网络与办公网络之间按甲方要求设置工业防火墙。
P:8.3 因乙方原因导致数据泄露、丢失、被篡改或控制系统遭受网络攻击的，乙方应立即通知甲方，配合处置，并赔偿甲方全部损失。
H:第九条 保密
P:9.1 乙方对在甲方工厂内获知的产品设计、工艺参数、产能及客户信息承担保密义务，未经甲方书面同意不得向第三方披露，本条在合同终止后三年内持续有效。
H:第十条 知识产权
P:10.1 SCADA软件及PLC厂商软件的知识产权归其权利人所有，甲方获得永久使用许可。
P:10.2 乙方为本项目定制开发的PLC程序、HMI画面、配方管理和接口程序及其源代码归甲方所有，乙方应在最终验收前全部移交，甲方可自行修改或委托第三方维护。
H:第十一条 分包
P:11.1 乙方不得转包。电气布线等辅助施工如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十二条 合同的变更与履行
P:12.1 本合同生效后，任何一方不得单方解除合同。乙方违约的，甲方可要求乙方继续履行、采取补救措施、支付违约金并赔偿损失，但不得因此解除合同。
P:12.2 合同内容需要变更的，双方应协商一致并签订书面补充协议。
H:第十三条 安全生产
P:13.1 乙方人员进入甲方厂区应遵守甲方安全生产、动火及登高作业管理规定，因乙方人员违规造成的人身伤害和财产损失由乙方负责。
P:13.2 乙方应为施工人员办理意外伤害保险，施工现场的临时用电、废旧设备拆除和搬运应按甲方要求进行，拆除的旧设备归甲方所有。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交佛山仲裁委员会仲裁。
H:第十五条 不可抗力
P:15.1 因地震、台风、洪水、疫情防控措施等不可抗力导致不能按期履行的，受影响一方应在三日内通知对方，并在十五日内提供有关证明，履行期限相应顺延；不可抗力持续超过九十日的，双方应协商确定后续履行安排。
P:15.2 乙方在施工中发现甲方原有设备存在安全隐患的，应及时书面告知甲方，由双方商定处理方案。
H:第十六条 其他
P:16.1 本合同附件（技术附件、分线施工计划、验收大纲）为合同组成部分。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：                乙方（盖章）：
P:日期：2027年5月28日
"""

# ---------------------------------------------------------------- z03 (.txt, 一、/（一）/1.)
Z03 = """门店预约及会员管理系统服务合同

合同编号：YS-SaaS-2027-041
甲方：南京知行雅韵文化传播有限公司（“知行书院”经典诵读连锁）
乙方：上海栖木软件科技有限公司

鉴于甲方在华东地区经营35家经典诵读门店，需要统一的课程预约、会员储值及门店管理系统，乙方同意以软件即服务（SaaS）方式向甲方提供“栖木约课”系统并完成实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方35家门店开通门店端，为甲方总部开通管理端，功能包括课程排期与预约、签到、会员卡与储值、积分、家长端微信小程序、营销活动和经营报表。
2. 系统由乙方部署在其租用的境内公有云上，乙方负责系统运行、升级和日常维护。
（二）实施服务
1. 乙方负责门店与课程基础数据配置、甲方现有会员及储值余额的数据迁移、微信支付与小程序对接、门店员工培训。
2. 乙方按甲方品牌要求定制小程序界面、会员等级规则及总部经营报表。
3. 乙方对甲方门店店长和前台员工分片区进行集中培训，共不少于六场，并提供操作手册、短视频教程和新员工自学课程；服务期内甲方新增门店的，乙方免费提供远程培训。
（三）客户支持
1. 乙方提供工作日9:00至21:00的在线客服和电话支持，周末及节假日保留值班人员，门店营业时间内的问题应有专人跟进。
2. 乙方应为甲方指定一名客户成功经理，每季度与甲方总部进行一次使用情况回顾，提出优化建议。

二、服务期限
（一）服务期为两个服务年度。第一个服务年度自系统上线验收合格之日起计算，至次年对应日的前一日止；第二个服务年度紧接其后。
（二）服务期届满前三十日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据市场情况上调订阅单价，上调幅度不超过上一服务年度单价的8%，乙方应在续期前通知甲方新的价格。

三、费用及支付
（一）费用构成：
1. 门店端订阅费：每家门店每服务年度人民币5,800元，35家门店合计每服务年度203,000元；
2. 总部管理端订阅费：每服务年度人民币36,000元；
3. 实施费：人民币64,000元，一次性支付。
（二）两个服务年度订阅费合计478,000元，连同实施费，本合同总价为人民币542,000元。
（三）实施费在系统上线验收合格后十个工作日内支付。每个服务年度的订阅费在该服务年度开始后十五个工作日内支付。
（四）甲方新开门店的，按门店端单价及剩余服务期折算增收；门店关闭的，自下一服务年度起相应减少。
（五）乙方收款前应开具增值税专用发票。
（六）短信通知、第三方支付通道手续费由甲方按实际用量另行向相关服务商支付，不包含在本合同总价内。

四、实施与上线验收
（一）乙方应在合同签订后四十五日内完成实施并申请上线验收。
（二）上线验收标准：1. 35家门店全部开通并完成试运营；2. 迁移后的会员数、储值余额和积分与甲方原系统导出数据逐条核对一致；3. 预约、签到、储值消费等操作在三百家长同时在线时响应时间不超过2秒；4. 微信支付对账连续七日无差错；5. 定制界面及报表符合甲方确认的需求说明。
（三）门店试运营或甲方支付费用不视为验收合格。验收不合格的，乙方应在七日内整改并重新验收。
（四）乙方逾期申请上线验收或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

五、服务水平
（一）系统月度可用率不低于99.95%（经甲方同意的计划维护除外）。
（二）一级故障（系统无法登录、无法预约或支付中断）乙方应在30分钟内响应，2小时内恢复；二级故障（部分功能异常）2小时内响应，当日解决；三级问题在下一个版本中解决。
（三）月度可用率低于承诺值的，每低0.1个百分点，减免当月订阅费的2%；一级故障超过恢复时限的，每次另行减免人民币800元，减免金额从下一期订阅费中扣除。
（四）乙方应每月提交服务报告，列明可用率、故障及处理情况。

六、数据的归属与使用
（一）甲方及其会员在系统中形成的会员信息、预约记录、储值及消费数据属于甲方。
（二）乙方可将上述数据经去标识化处理后，用于乙方的行业分析报告、产品改进和算法优化，此项使用在合同终止后仍可继续，但不得识别到具体会员。
（三）服务期内，甲方可随时通过管理端导出会员、预约和交易数据，导出格式应为通用的表格或数据库格式。
（四）合同终止后三十日内，乙方应向甲方完整导出全部数据，随后删除系统中的甲方数据，并出具书面删除确认。

七、数据安全
（一）乙方应按照《个人信息保护法》《数据安全法》及网络安全等级保护二级以上要求，对会员个人信息实施加密存储、传输加密、访问权限控制和操作日志审计，仅授权人员可访问甲方数据。
（二）发生数据泄露、丢失或被非法访问的，乙方应在2小时内通知甲方，采取补救措施并配合甲方履行告知义务；因乙方原因造成的损失由乙方全额赔偿。

八、保密
双方对在合作中获知的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内有效。

九、知识产权
（一）“栖木约课”系统的知识产权归乙方所有。
（二）乙方为甲方定制的小程序界面、会员等级规则配置和经营报表模板归甲方所有，甲方可自由使用、修改或交由第三方使用。
（三）乙方保证所提供的系统及定制成果不侵犯任何第三方的知识产权；因侵权引起的索赔由乙方负责处理并承担全部费用，甲方因此遭受的损失由乙方赔偿。

十、转让与分包
乙方不得将本合同项下的服务转包，部分服务确需分包的，须事先取得甲方书面同意，乙方对分包方的行为承担连带责任。未经甲方书面同意，任何一方不得转让本合同项下的权利义务。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方应退还未履行服务期间的订阅费。
（二）连续两个月可用率低于承诺值，或者一个服务年度内发生三次以上一级故障的，甲方有权解除合同。
（三）合同因任何原因终止的，乙方应给予甲方不少于六十日的过渡期，在过渡期内按原条件继续提供服务，并配合甲方将数据迁移至新的系统。
（四）甲方因经营调整需提前终止合同的，应提前六十日书面通知乙方，已支付的实施费不予退还。

十二、不可抗力与通知
（一）因不可抗力或公有云服务商大范围故障导致服务中断的，乙方应及时通知甲方并尽快恢复，但由此产生的中断时间不计入计划维护时间。
（二）双方的通知以书面形式送达本合同首页载明的地址或指定邮箱，一方变更联系方式的，应提前五日通知对方。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交甲方所在地人民法院诉讼解决。

十四、其他
（一）甲方应指定项目联系人，及时提供门店清单、课程信息和原系统数据，并在上线验收中给予配合。
（二）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                      乙方（盖章）：
日期：2027年4月8日
"""

# ---------------------------------------------------------------- z04 (.txt, 第X条 with （一）)
Z04 = """清溪市城市管理局
生活垃圾填埋场填埋气在线监测系统年度运维服务合同

项目编号：QXCG-2027-CS-019（竞争性磋商）
采购人（甲方）：清溪市城市管理局
成交供应商（乙方）：湖南绿测环境技术有限公司

依据《中华人民共和国政府采购法》及其实施条例，按照本项目竞争性磋商文件、乙方的响应文件和成交通知书，甲乙双方就清溪市生活垃圾填埋场填埋气在线监测系统的年度运维服务订立本合同。

第一条 服务对象与内容
（一）服务对象：填埋场库区及周边共18个甲烷、硫化氢在线监测点位，2套填埋气导排井流量监测装置，1套数据采集传输仪，监控中心监测平台及与省、市环境监管平台的数据联网。
（二）服务内容：日常巡检与维护；分析仪校准与比对监测；采样管路、过滤器、泵等易损件更换；故障维修；监测平台及数据传输维护；异常数据核查与标记；月度、年度运维报告编制；配合环保部门检查。
（三）乙方应在填埋场设立运维值守点，配备不少于3名持证运维人员，其中项目负责人应具有环境监测相关中级以上职称。
（四）乙方运维人员应相对稳定，更换人员须提前七日告知甲方并做好工作交接；乙方应为运维人员购买意外伤害保险，并组织上岗前的安全和技术培训。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满，甲方依法重新组织采购，本合同不自动续期。

第三条 服务费用
（一）本合同总价为人民币叁拾捌万陆仟元整（¥386,000），为固定总价，包括人工、交通、校准气体、备品备件、耗材、税费等全部费用。
（二）分项：日常巡检及维护212,000元；分析仪校准及比对监测96,000元；备品备件及耗材54,000元；平台运维及数据传输24,000元。
（三）单件价值在人民币3,000元以上的核心部件（如检测器、主板）需要更换的，由乙方报甲方确认后另行结算，不计入合同总价。

第四条 付款方式
（一）本合同不设预付款。服务费按季度支付，每季度服务期结束且季度考核合格后，甲方在十五个工作日内支付当季服务费（合同总价的四分之一）。
（二）乙方应在每次付款前提交当季运维报告和增值税发票。

第五条 运维要求
（一）乙方每周对全部监测点位巡检不少于两次，检查采样系统、仪器状态和数据传输，填写巡检记录。
（二）乙方每月对每台甲烷分析仪进行一次零点和量程校准，每季度开展一次人工比对监测，比对结果示值误差应在±5%以内，超出的应当日查明原因并重新校准。
（三）因停电、网络中断等原因造成的数据缺失，乙方应在恢复后完成数据补传，并按规范对异常数据进行标记和说明。
（四）乙方应建立备品备件台账，常用易损件和校准气体在值守点保有合理库存，保证更换及时；更换下来的旧部件应登记后交甲方处置。
（五）遇暴雨、高温、库区作业面调整等情况，乙方应增加巡检频次，并根据甲方要求配合迁移或新增临时监测点位，新增点位的运维费用由双方另行协商。
（六）乙方应每月5日前提交上月运维报告，内容包括巡检校准情况、故障及处理、数据有效情况、异常数据说明和下月工作计划；年度运维报告应在服务期满后十五日内提交。

第六条 服务水平
（一）故障分级：一级故障指数据采集传输仪或监测平台整体中断、甲烷浓度报警功能失效；二级故障指单个点位数据中断或数据明显异常；三级故障指不影响监测数据的其他问题。
（二）一级故障乙方应在1小时内响应，3小时内到达现场，8小时内排除；二级故障2小时内响应，二十四小时内排除；三级故障在下次巡检时处理。
（三）乙方未能在上述时限内到达或排除故障的，应向甲方书面说明原因，提交整改报告，并在后续巡检中加强该点位的检查。

第七条 考核与验收
（一）甲方按季度对乙方进行考核，考核内容包括：巡检与校准记录完整、按时；比对监测结果符合第五条要求；故障处理记录完整；数据补传与异常标记规范；运维报告按时提交。上述各项均符合要求的，季度考核合格。
（二）服务期满后，甲方组织年度验收，审核全年运维记录、年度运维报告及设备完好情况，验收合格后签署年度验收意见。
（三）季度考核不合格的，乙方应在十日内整改，整改后复核合格的，甲方方支付当季服务费。

第八条 数据管理与安全
（一）监测数据、运维记录及平台账号均归甲方所有。乙方不得删除、篡改或伪造监测数据，不得干扰采样和仪器正常运行。
（二）乙方应落实数据安全措施：平台账号实行实名和分级授权，运维操作留存日志；数据传输采用加密方式；平台服务器及时安装安全补丁；乙方人员不得将监测数据存储于个人设备。
（三）发生数据丢失、被篡改、被非法访问或平台遭受网络攻击的，乙方应在1小时内报告甲方，立即采取处置措施。因乙方原因造成的，乙方承担全部责任，包括因此受到的行政处罚及对甲方造成的损失。

第九条 成果归属
运维报告、校准及比对记录、异常数据分析材料等成果均归甲方所有，甲方可自由使用。乙方在运维过程中为本项目编写的数据处理脚本、报表模板和平台配置文件，应随年度运维报告一并移交甲方，甲方可自行修改使用。

第十条 违约责任
（一）乙方未按本合同约定时间完成季度比对监测或提交年度运维报告的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方运维人员数量或资质不符合约定的，甲方有权要求限期更换；因乙方原因导致监测数据造假或被环保部门处罚的，乙方承担全部责任。

第十一条 合同解除
（一）乙方有下列情形之一的，甲方可书面通知解除合同：1.连续两个季度考核不合格；2.篡改或伪造监测数据；3.其他严重违约，经甲方书面催告后十日内仍未改正。
（二）合同解除的，甲方按乙方已合格完成的服务结算费用，乙方应移交全部运维记录和账号。
（三）服务期满或合同解除时，乙方应配合甲方或新的运维单位完成不少于十五日的现场交接，移交设备台账、备件清单、校准记录和平台管理账号，交接期间监测数据不得中断。

第十二条 转包与分包
乙方不得将本合同服务转包或分包给第三方。

第十三条 甲方的责任
（一）甲方应为乙方提供值守点用房、必要的水电条件和进出库区的通行便利，并指定专人负责联络和考核。
（二）甲方应及时向乙方通报库区作业计划、停电检修安排以及环保部门的检查要求。

第十四条 安全生产
乙方人员进入填埋场库区作业，应遵守甲方的安全管理制度，佩戴便携式气体检测仪，严禁烟火；因乙方原因造成的安全事故由乙方负责。

第十五条 不可抗力
因自然灾害等不可抗力造成监测设备损毁或服务中断的，乙方应在事件发生后及时报告甲方并尽力恢复，双方根据影响程度协商调整服务内容和费用。

第十六条 法律适用与争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十七条 其他
本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同组成部分。

甲方（盖章）：清溪市城市管理局          乙方（盖章）：湖南绿测环境技术有限公司
签订日期：2026年12月18日
"""

# ---------------------------------------------------------------- z05 (.md, "## 第X条", supplier's template)
Z05 = """# 软件许可及定制开发合同

> 本文本为厦门溯源云信息技术有限公司标准合同文本（SY-HT-2026版），适用于“溯源云工艺追溯系统”的销售与实施。

**合同编号：** SYY-2027-0219

**甲方（买方）：** 永春县香韵坊线香工作室

**乙方（卖方）：** 厦门溯源云信息技术有限公司

甲方拟采购乙方“溯源云工艺追溯系统”，用于线香制作中原料入库、配料称重、搓香成型、晾晒窖藏到包装出库的全过程记录与批次追溯。经双方协商一致，订立本合同，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供溯源云工艺追溯系统（标准版）软件许可一套，含10个并发用户、2台工位平板授权及1个质量追溯查询端。

1.2 乙方根据甲方需求进行定制开发，包括：配料称重数据自动采集、晾晒房温湿度记录、批次追溯码生成与打印、香品配方保密分级管理。

1.3 乙方负责系统在甲方本地服务器的安装部署、基础数据初始化和操作培训。

1.4 系统主要功能模块：原料供应商及入库管理（沉香、檀香、柏木粉、楠木粉等原料批次登记与检验记录）；配方与工艺卡管理；配料称重与投料记录；成型、晾晒、窖藏工序记录；成品批次与包装管理；追溯码查询；基础报表。

1.5 本合同所附《需求确认书》经双方签字后作为定制开发的依据，需求确认后甲方提出的新增或变更需求，由双方另行协商费用和工期。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 溯源云工艺追溯系统（标准版）软件许可 | 186,000 |
| 2 | 定制开发（称重采集、温湿度记录、追溯码、配方分级） | 48,000 |
| 3 | 部署实施及培训 | 14,000 |
| | 合计 | 248,000 |

2.1 合同总价为人民币贰拾肆万捌仟元整（¥248,000），含税。

2.2 甲方所需服务器、平板电脑、电子秤及标签打印机等硬件由甲方自行采购，乙方可提供选型建议。

2.3 合同价款包含软件许可、定制开发、部署、培训及税费，不包括第7.4条约定的年度维护费、乙方人员为甲方新增需求提供的额外服务费用，以及甲方自行采购的硬件和第三方软件费用。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币161,200元。乙方收到该款项后开始部署和定制开发工作。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即人民币86,800元。

3.3 乙方在收到每期款项前向甲方开具增值税普通发票；甲方需要专用发票的，应提前提供开票信息。

3.4 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

## 第四条 交付

4.1 乙方应在收到首期款后六十日内完成系统部署和定制开发，并通知甲方上线。

4.2 因甲方未及时提供需求资料、硬件环境或人员配合导致延期的，交付时间相应顺延。

4.3 乙方应为甲方的工作室负责人及生产、仓管人员提供两次现场培训，并提供电子版操作手册。培训结束后，甲方人员即可独立完成日常录入、打码和查询。

4.4 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

## 第五条 上线与验收

5.1 乙方完成部署后，系统即上线运行。系统上线运行即视为甲方验收合格，甲方应在上线当日签署上线确认单。

5.2 上线后甲方发现的问题，乙方在维护期内按第七条处理，不影响验收结论及第3.2条的付款。

## 第六条 知识产权

6.1 溯源云工艺追溯系统及其全部组件的著作权和其他知识产权归乙方所有。

6.2 乙方为甲方进行的定制开发成果（包括程序、数据接口、报表模板及源代码）的知识产权同样归乙方所有。甲方在本合同约定的范围内享有非独占的使用权，不得修改、反向工程或提供给第三方使用。

6.3 乙方可将定制开发成果纳入标准产品，向其他客户提供。

## 第七条 维护服务

7.1 乙方自系统上线之日起提供六个月的免费维护，内容包括缺陷修复、远程技术支持和小版本升级。

7.2 维护期内，一级故障（系统无法登录或追溯码无法生成）乙方在2小时内响应，当日内远程处理；其他问题在两个工作日内处理。乙方超过响应时限的，每次在下一期维护费中减免人民币300元。

7.3 以下情况不属于免费维护范围：甲方擅自修改系统或数据库；硬件故障及操作系统问题；甲方提出的新增功能需求；因停电、网络或病毒造成的问题。乙方可按人天单价人民币1,600元另行提供服务。

7.4 免费维护期满后，甲方应与乙方签订年度维护协议，年度维护费按软件许可费的25%计收，即每年人民币46,500元。年度维护协议签订后，甲方继续享受第7.2条的响应服务及版本升级；未签订年度维护协议的，乙方不再提供技术支持和升级服务，但甲方可继续使用已许可的系统版本。

## 第八条 数据

8.1 甲方在系统中录入和产生的原料、配方、生产及销售数据归甲方所有，乙方仅在提供维护服务时经甲方授权接触，不得将上述数据用于本合同以外的目的。

8.2 系统部署在甲方本地服务器，乙方远程维护须经甲方同意并在甲方人员在场时进行；乙方应对维护账号采用强密码并定期更换，不得在乙方设备上留存甲方数据。发生因乙方原因导致的数据泄露或丢失的，乙方应及时通知甲方并承担相应赔偿责任。

8.3 甲方应自行负责本地服务器的日常备份、机房环境和网络安全，乙方可提供备份方案建议。

## 第九条 保密

9.1 双方对本合同内容及履约中知悉的对方商业秘密，特别是甲方的香品配方和原料来源，负有保密义务，未经对方书面同意不得向第三方披露。

## 第十条 分包

10.1 乙方有权根据工作需要，将定制开发、现场安装等部分工作委托第三方完成，无需征得甲方同意，乙方对委托工作的质量负责。

10.2 受托第三方人员到甲方现场工作的，应遵守甲方的工作室管理规定，并由乙方统一安排和管理。

## 第十一条 责任限制

11.1 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。

11.2 乙方不对甲方的间接损失、利润损失及数据恢复费用承担责任。

## 第十二条 合同解除

12.1 一方严重违反本合同，经对方书面催告后十五日内仍未改正的，对方有权解除本合同。

12.2 合同解除后，乙方已完成部分的费用甲方应予支付；已支付但尚未履行部分对应的款项，乙方在扣除已发生成本后退还甲方。

12.3 因甲方原因解除合同的，已支付的软件许可费不予退还，甲方应停止使用系统。

## 第十三条 争议解决

13.1 本合同适用中华人民共和国法律。因本合同引起的争议，协商不成的，由乙方所在地人民法院管辖。

## 第十四条 不可抗力

14.1 因不可抗力导致不能履行合同的，受影响一方不承担责任，但应及时通知对方并提供证明。

## 第十五条 其他

15.1 本合同附件包括《需求确认书》《上线确认单》及《年度维护协议》（格式），附件与本合同具有同等效力。

15.2 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（签章）：________　　　　乙方（签章）：________

签订日期：2027年2月19日
"""

# ---------------------------------------------------------------- e01 (.pdf, Article N with N.N)
E01 = """T:Software Licence and Services Agreement
P:Agreement No. SAS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made on 22 March 2027 between Changzhou Hengrun Precision Castings Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wujin District, Changzhou, Jiangsu Province (the "Customer"), and Sagebrush Asset Systems, Inc., a Nevada corporation with its principal office in Fallon, Nevada, United States of America (the "Vendor").
P:The Customer wishes to replace its spreadsheet-based maintenance planning with the Vendor's MaintainPro enterprise asset management software, and the Vendor has agreed to license the software and to implement it at the Customer's foundry on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means MaintainPro version 9, in object code, including the work-order, preventive-maintenance, spare-parts, asset-register and mobile-technician modules listed in Schedule A, and any updates supplied under this Agreement.
P:1.2 "Services" means the implementation, configuration, data migration, interface development and training services described in Schedule B.
P:1.3 "Custom Deliverables" means the configurations, report templates, interface programs between the Software and the Customer's ERP and energy-metering systems, migration scripts and related documentation prepared by the Vendor specifically for the Customer, including their source code.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the Software and the Services meet the acceptance criteria.
P:1.5 "Customer Data" means all data entered into, generated by or stored in the Software by or for the Customer, including asset records, maintenance histories, spare-parts inventories and personal information of the Customer's employees.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for its internal business purposes at its Changzhou and Yancheng plants, for up to 150 named users and 60 mobile devices.
P:2.2 The Customer may make a reasonable number of copies for backup, testing and disaster recovery. The licence is fully paid upon payment of the Licence Fee and does not terminate if the Services or support end.
P:2.3 The Customer shall not sell or sublicense the Software to third parties, but its affiliates and contractors may use it on the Customer's behalf.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,864,000 (the "Contract Price"), inclusive of applicable taxes, made up of: Licence Fee CNY 1,340,000; implementation and interface services CNY 486,000; training CNY 38,000.
P:3.2 The Contract Price is fixed. It covers all travel, accommodation and expenses of the Vendor's personnel and all support during the Warranty Period.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price within 20 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price within 20 days after the Software has been installed in the Customer's production environment and the Vendor has issued an installation report. Installation is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the Vendor's account stated on its invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Software within 30 days after signature and shall complete the Services and submit the system for acceptance testing within 120 days after signature, following the project plan in Schedule B.
P:5.2 Acceptance testing shall follow the test plan agreed at the design stage. The acceptance criteria are: (a) every function in Schedule A passes its test case; (b) the migrated asset register and five years of maintenance history reconcile record by record with the Customer's source files; (c) work orders, goods issues and meter readings pass correctly through the ERP and energy-metering interfaces for ten consecutive working days; (d) screens open within three seconds with 80 concurrent users; and (e) no Severity 1 or Severity 2 defect remains open during a trial operation of 30 days.
P:5.3 When the criteria are met, the Customer shall sign a Final Acceptance certificate within ten working days. Use of the Software in production, installation or any payment shall not by itself constitute acceptance. If a test fails, the Vendor shall correct the defects at its cost and repeat the test within 15 days.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to Schedule A and the agreed specifications for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period, the Vendor shall correct defects, supply all updates and new versions, and provide support without charge.
P:6.2 After the Warranty Period, the Customer may purchase annual support. The annual support fee shall be 11% of the Licence Fee (CNY 147,400 per year) and shall not increase for three years after the Warranty Period ends. Support renews only by a written order from the Customer.
H:Article 7 Service Levels
P:7.1 Severity 1 means that the Software is unavailable or work orders cannot be created or closed at a plant. Severity 2 means a major function is impaired with no workaround. Severity 3 means any other defect.
P:7.2 The Vendor shall respond to a Severity 1 incident within one hour, at any time, and restore service or provide a workaround within eight hours; Severity 2 incidents shall be responded to within two hours and resolved within two working days; Severity 3 incidents shall be resolved in the next update.
P:7.3 If the Vendor misses a Severity 1 response or restoration time, it shall credit the Customer CNY 1,000 for each hour of delay, and CNY 400 for each hour of delay on a Severity 2 incident. Credits are deducted from the next payment or support fee.
H:Article 8 Delay Damages
P:8.1 If the Vendor fails to submit the system for acceptance testing or to achieve Final Acceptance by the dates in Article 5 for reasons attributable to it, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:8.2 Payment of delay damages does not release the Vendor from its obligation to complete the work.
H:Article 9 Intellectual Property
P:9.1 The Software and all intellectual property in it remain the property of the Vendor and its licensors.
P:9.2 All rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code before Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:9.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 10 Customer Data and Data Security
P:10.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose.
P:10.2 The Software is hosted on the Customer's own servers in Changzhou. The Vendor shall access the Customer's systems only through the Customer's VPN and bastion host, with individual accounts, after approval of each session, and shall not copy Customer Data outside the Customer's systems or transfer it outside the People's Republic of China.
P:10.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law in handling Customer Data. The Vendor shall notify the Customer within six hours of any actual or suspected security incident affecting Customer Data, cooperate in the investigation, and bear all losses and costs caused by an incident attributable to the Vendor or its personnel.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, use it only for this Agreement and disclose it only to personnel who need to know it. This obligation survives for five years after the Agreement ends.
H:Article 12 Liability
P:12.1 The Vendor's total liability under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct, infringement under Article 9.3 or breach of Articles 10 and 11.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the Services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 14 Term and Termination
P:14.1 This Agreement takes effect on signature and continues until the Services are completed and the Warranty Period has expired; the licence in Article 2 continues thereafter.
P:14.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice, or if delay damages reach their limit under Article 8.1. On such termination the Vendor shall refund the amounts paid for work not accepted.
P:14.3 Neither party is liable for delay caused by force majeure, provided that it notifies the other party promptly and takes reasonable steps to mitigate the effects.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the State of Nevada, United States of America, without regard to its conflict-of-laws rules.
P:15.2 Any dispute arising out of this Agreement shall be submitted to the state or federal courts located in Reno, Nevada, and each party submits to their jurisdiction.
H:Article 16 General
P:16.1 This Agreement, with Schedule A (Software functions and specifications) and Schedule B (Services and project plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:Signed for the Customer: ____________________    Signed for the Vendor: ____________________
"""

# ---------------------------------------------------------------- e02 (.md, Order Form Part A + General Terms Part B)
E02 = """# FieldLoop Subscription Order Form

**Order Form No.:** FL-OF-27-0093  
**Vendor:** Desert Relay Software LLC, an Arizona limited liability company, Kingman, Arizona, USA ("Vendor")  
**Customer:** Suzhou Jinlift Elevator Services Co., Ltd., Suzhou Industrial Park, Jiangsu, PRC ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing, the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## PART A - ORDER DETAILS

### A1. Subscribed Service

FieldLoop, Vendor's cloud field-service management platform, comprising job scheduling and dispatch, the technician mobile app, maintenance contract tracking, parts consumption, customer e-signature on job sheets, and the reporting dashboard. Customer uses FieldLoop to plan and record the maintenance of about 9,600 elevators and escalators it services in Jiangsu and Zhejiang.

### A2. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the Go-Live Date defined in A5 and ends on the day before its first anniversary; the second Subscription Year follows immediately. The Subscription Term ends at the end of the second Subscription Year. Any renewal requires a new Order Form signed by both parties; nothing in this Order Form renews automatically.

### A3. Fees

| Item | Quantity | Unit price (CNY per Subscription Year) | Annual amount (CNY) | Amount for the Subscription Term (CNY) |
|---|---|---|---|---|
| Technician seats (mobile app) | 180 | 1,260 | 226,800 | 453,600 |
| Dispatcher and manager seats | 24 | 2,900 | 69,600 | 139,200 |
| Platform fee (tenant, storage, e-signature) | 1 | 42,000 | 42,000 | 84,000 |
| Subscription fees, subtotal | | | 338,400 | 676,800 |
| Onboarding services (one-time) | 1 | | | 36,000 |
| **Total Order Value** | | | | **712,800** |

Fees include VAT. Additional seats added during a Subscription Year are charged pro rata at the unit prices above for the rest of that year. The unit prices are fixed for the Subscription Term.

### A4. Invoicing and Payment

1. Subscription fees for each Subscription Year are invoiced on the first day of that Subscription Year and are payable within 30 days after receipt of a valid invoice.
2. The onboarding fee is invoiced after Customer signs the Go-Live Acceptance certificate under A5 and is payable within 30 days after receipt of a valid invoice.
3. No amount is payable before the Go-Live Date.

### A5. Onboarding and Go-Live Acceptance

1. Vendor shall complete onboarding within 60 days after signature: tenant set-up, import of Customer's equipment register, maintenance contracts and technician list, configuration of Customer's job-sheet templates and checklists, integration with Customer's Kingdee ERP for parts and invoicing, and training of dispatchers and technician trainers.
2. Go-Live acceptance criteria: (a) all imported equipment and contract records reconcile with Customer's source lists; (b) a pilot in two branch offices runs for 15 days, in which jobs are created, dispatched, completed and signed on the mobile app without a Severity 1 incident; (c) parts consumption and completed jobs post correctly to the ERP; (d) the configured templates match the design sign-off. When the criteria are met, Customer signs a Go-Live Acceptance certificate, and that date is the Go-Live Date. Use of the platform during the pilot is not acceptance.
3. If Go-Live Acceptance is not achieved within 60 days after signature for reasons attributable to Vendor, Vendor shall pay Customer CNY 500 for each day of delay, and the onboarding fee shall not become payable until acceptance.

### A6. Contacts and Signatures

Vendor contact: Customer Success Manager, Desert Relay Software LLC. Customer contact: Head of Service Operations, Suzhou Jinlift Elevator Services Co., Ltd.

Signed for Vendor: ____________________  Date: __________  
Signed for Customer: ____________________  Date: __________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data submitted to the Service by or for Customer, including equipment records, job records, photos, signatures and the names and contact details of Customer's technicians and end customers.
1.2 "Service" means the subscribed service described in A1, including its updates.
1.3 "Customer Configurations" means the job-sheet templates, checklists, workflows, reports and ERP integration mappings created for Customer during onboarding or later.

### 2. Use of the Service

2.1 Vendor grants Customer and its affiliates the right to access and use the Service during the Subscription Term for their internal business, within the subscribed seats.
2.2 Customer is responsible for its users' compliance with this Order Form and for the accuracy of the data its users enter.
2.3 Vendor may update the Service from time to time, provided that updates do not materially reduce its functions.

### 3. Service Levels

3.1 Vendor shall make the Service available 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and performed between 00:00 and 05:00 Beijing time.
3.2 If monthly availability falls below the commitment, Vendor shall grant a service credit of 5% of the monthly equivalent of the subscription fees for each full 0.5 percentage point of shortfall, up to 25% of that monthly equivalent. Credits are set off against the next invoice or refunded at the end of the Subscription Term.
3.3 Severity 1 means the Service is unavailable or jobs cannot be dispatched or closed. Vendor shall respond to a Severity 1 incident within one hour, 24 hours a day, and work on it continuously until service is restored. Severity 2 incidents (a major function impaired) shall be responded to within three business hours.
3.4 Vendor shall provide a monthly service report showing availability, incidents and credits.

### 4. Customer Data

4.1 As between the parties, Customer owns all Customer Data. Vendor shall use Customer Data only to provide the Service and support to Customer under this Order Form and for no other purpose.
4.2 Customer may export Customer Data at any time in CSV or JSON format. Within 30 days after the Subscription Term ends, Vendor shall make a final export available to Customer and then delete Customer Data from the Service.

### 5. Intellectual Property

5.1 Vendor owns the Service and all its underlying software, and nothing in this Order Form transfers them to Customer.
5.2 Customer Configurations belong to Customer. Vendor shall deliver them in an exportable format on request, and Customer may use, modify and license them freely, including with a successor provider.

### 6. Confidentiality

6.1 Each party shall hold in confidence the other party's non-public business, technical and financial information disclosed under this Order Form, use it only to perform or receive the Service, and not disclose it to any third party except to its personnel and advisers who need to know it and are bound by similar duties.
6.2 These obligations continue for three years after the Subscription Term ends.

### 7. Warranties

7.1 Vendor warrants that the Service will perform materially in accordance with its documentation and that onboarding services will be performed with professional skill and care.
7.2 If the Service does not conform, Vendor shall correct the non-conformity without charge.
7.3 Support for Customer's dispatchers is available by telephone, chat and the support portal in Chinese and English from 08:00 to 20:00 Beijing time on all days, and for Severity 1 incidents at any time. Vendor shall name a support lead who knows Customer's configuration.

### 8. Liability

8.1 Each party's total liability under this Order Form is limited to 150% of the Total Order Value. Neither party is liable for indirect or consequential loss. These limits do not apply to personal injury or wilful misconduct.

### 9. Subcontracting and Assignment

9.1 Vendor shall not subcontract the Service, onboarding or support, in whole or in part, without Customer's prior written consent, and remains responsible for any approved subcontractor.
9.2 Neither party may assign this Order Form without the other party's written consent.

### 10. Term and Termination

10.1 This Order Form runs from signature until the end of the Subscription Term.
10.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice. If Customer terminates for Vendor's breach, Vendor shall refund the prepaid fees for the remaining part of the Subscription Year.
10.3 Customer may also terminate if Vendor misses the availability commitment in Part B 3.1 in any two months of a Subscription Year.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.
11.2 Any dispute shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou under its rules in force at the time. The award is final and binding.

### 12. General

12.1 Neither party is liable for a failure caused by events beyond its reasonable control, provided that it informs the other party promptly and resumes performance as soon as possible. Service credits under Part B 3.2 still apply to unavailability caused by Vendor's hosting providers.
12.2 Notices must be in writing and sent to the contacts in A6. This Order Form is the entire agreement of the parties about the Service and may only be amended in writing signed by both parties.
"""

# ---------------------------------------------------------------- e03 (.docx, 1. / 1.1, Word price table)
E03 = """T:Purchase Contract for Wireless Condition-Monitoring Sensors and Monitoring Software
P:Contract No. RZHX-PUR-2027-0611
P:Buyer: Rizhao Huaxin Paper Co., Ltd., Lanshan District, Rizhao, Shandong Province, People's Republic of China (the "Buyer")
P:Supplier: Mesa Vibration Instruments, Inc., an Arizona corporation, Yuma, Arizona, United States of America (the "Supplier")
P:This Contract is made on the Buyer's standard purchase terms for equipment with software. The Buyer is installing condition monitoring on the drives, pumps, fans and dryer sections of its two paper machines and the stock-preparation line, and the Supplier has offered its wireless sensors, gateways and the VibraSight monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the wireless vibration and temperature sensors, gateways, mounting kits and accessories listed in clause 2.
P:1.2 "Software" means the VibraSight condition-monitoring software, including its analytics, alarm and reporting modules, licensed under clause 3.
P:1.3 "System" means the Equipment and the Software as installed, configured and integrated at the Buyer's Rizhao mill.
P:1.4 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under clause 6.4.
P:1.5 "Buyer Data" means all measurements, waveforms, alarms, asset records and reports produced or stored by the System, and any other information of the Buyer to which the Supplier has access.
H:2. Scope and Price
P:2.1 The Supplier shall supply the Equipment, license the Software, and perform installation, commissioning, machine-model configuration and training, all as set out in the technical specification attached as Appendix 1.
P:2.2 The Contract Price is CNY 1,940,000, inclusive of VAT, customs duties, freight to the mill, insurance and all other costs, broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor, ATEX-rated, with mounting kit|420|2,350|987,000
TB:2|Industrial wireless gateway with PoE and 4G backup|28|9,600|268,800
TB:3|VibraSight monitoring software, perpetual site licence (up to 600 sensors)|1|412,000|412,000
TB:|Equipment and Software subtotal|||1,667,800
TB:4|Installation and commissioning|1|156,000|156,000
TB:5|Machine-model configuration and alarm tuning|1|94,000|94,000
TB:6|Training|1|22,200|22,200
TB:|Contract Price|||1,940,000
P:2.3 The Contract Price is fixed and covers all support during the Warranty Period.
H:3. Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the Buyer's servers at the Rizhao mill for up to 600 sensors, including for backup and test instances.
P:3.2 The licence is fully paid on payment of the Contract Price and survives termination or expiry of this Contract and of any support agreement.
H:4. Payment
P:4.1 Within 20 days after signature, and against the Supplier's bank guarantee for the same amount, the Buyer shall pay 10% of the Contract Price as an advance.
P:4.2 Within 20 days after delivery of all Equipment and completion of installation, confirmed by the Buyer's signed installation record, the Buyer shall pay 55% of the Contract Price. The installation record confirms quantities and mounting only and is not acceptance.
P:4.3 Within 20 days after Final Acceptance, the Buyer shall pay the remaining 35% of the Contract Price.
P:4.4 Each payment requires a valid VAT invoice or, where applicable, the commercial invoice and customs documents for imported goods.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Rizhao mill within 70 days after signature and complete installation and commissioning within 45 days after delivery, following the shutdown windows the Buyer notifies.
P:5.2 If the Supplier fails to meet a delivery or completion date for reasons attributable to it, the Supplier shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct delay damages from any payment due.
P:5.3 Risk in the Equipment passes to the Buyer on delivery; title passes on payment under clause 4.2.
H:6. Acceptance
P:6.1 After commissioning, the System enters a trial operation of 30 days.
P:6.2 The acceptance criteria are: (a) all 420 sensors report to the Software at the configured interval, with a packet-loss rate below 1% over the trial operation; (b) simulated alarms on ten sample machines reach the mill's control room and the maintenance team's mobile app within 60 seconds; (c) vibration readings on ten sample points agree with the Buyer's calibrated portable analyser within ±5%; (d) the interface to the Buyer's maintenance management system creates work orders from confirmed alarms; and (e) no Severity 1 incident occurs during the trial operation.
P:6.3 Delivery, installation, trial operation or any payment does not constitute acceptance.
P:6.4 When the criteria are met, the Buyer shall sign the Final Acceptance Certificate within seven working days. If the criteria are not met, the Supplier shall remedy the defects at its cost within 15 days and the test shall be repeated.
H:7. Warranty and Post-Warranty Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective Equipment, including batteries that fail before their rated life, correct Software defects and provide all Software updates free of charge.
P:7.2 After the Warranty Period, the Buyer may order annual support covering Software updates, remote diagnosis and advance replacement of failed Equipment. The annual support fee shall not exceed 7% of the Equipment and Software subtotal, that is CNY 116,746 per year, for the first two years after the Warranty Period. Support is ordered year by year and does not renew automatically.
H:8. Service Levels
P:8.1 Severity 1 means the Software or more than one gateway is down, or alarms are not delivered. Severity 2 means a single gateway or more than ten sensors are not reporting. Severity 3 means any other fault.
P:8.2 During the Warranty Period and any support year, the Supplier shall respond to a Severity 1 incident within 30 minutes and restore service within eight hours; for Severity 2, respond within two hours and restore within two working days; and for Severity 3, resolve within ten working days.
P:8.3 The Software shall be available at least 99.95% of each calendar month, excluding maintenance agreed with the Buyer.
P:8.4 For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay CNY 1,500; for each hour on Severity 2, CNY 500; and for each 0.01 percentage point of monthly availability below the commitment, CNY 2,000. The Buyer may deduct these amounts from the support fee or the warranty retention.
H:9. Intellectual Property
P:9.1 The Software and the Equipment firmware remain the property of the Supplier, licensed as set out in clause 3.
P:9.2 The machine models, alarm thresholds, dashboards, reports and interface programs prepared for the Buyer under this Contract, including their source code and documentation, belong to the Buyer. The Buyer may use, modify and license them freely, including through other contractors.
H:10. Buyer Data and Data Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not use it for any other purpose, including in anonymised or aggregated form.
P:10.2 The System is installed on the Buyer's network. Gateways send data only to the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session and is made through the Buyer's bastion host with multi-factor authentication; all sessions are logged.
P:10.3 The Supplier shall not copy Buyer Data outside the Buyer's systems or transfer it outside the People's Republic of China, and shall keep its personnel's access to the minimum needed.
P:10.4 The Supplier shall notify the Buyer within two hours after becoming aware of any security incident affecting Buyer Data or the System, take immediate remedial action, and compensate the Buyer for all losses caused by an incident attributable to the Supplier.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all technical, production and commercial information of the Buyer obtained under this Contract, including machine data and mill layouts, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for five years after this Contract ends.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 10 and 11, for which liability is not limited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Mechanical mounting work may be subcontracted to a local installer approved in writing by the Buyer. The Supplier remains responsible for all subcontracted work.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if delay damages reach their maximum.
P:14.2 On termination for the Supplier's breach, the Supplier shall refund the amounts received for work not accepted and the Buyer may keep the installed Equipment at the contract prices.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Any dispute arising out of this Contract shall be submitted to the Rizhao Arbitration Commission for arbitration in Rizhao. The award is final and binding on both parties.
H:16. Miscellaneous
P:16.1 This Contract is written in English and Chinese; both versions have equal effect. Appendix 1 (Technical Specification) and Appendix 2 (Acceptance Test Plan) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (.md, Sections + Schedules 1-3 as tables)
E04 = """# Managed IT Services Agreement

**Agreement No.:** LY-MSA-2027-003

**Customer:** Foshan Lingyue Ceramics Co., Ltd., Chancheng District, Foshan, Guangdong, People's Republic of China ("Customer")

**Provider:** Red Mesa Managed Services, LLC, a New Mexico limited liability company, Gallup, New Mexico, United States of America, acting through its service centre in Guangzhou ("Provider")

**Date:** 6 May 2027

Customer operates three tile plants and a head office in Foshan and Zhaoqing. Customer wishes to outsource the day-to-day operation of its IT infrastructure and end-user support, and Provider has agreed to provide managed services on the terms of this Agreement and its Schedules.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.
1.2 "Service Levels" means the service levels and service credits in Schedule 3.
1.3 "Charges" means the charges in Schedule 2.
1.4 "Transition" means the take-over of the Services from Customer's internal team, as described in Schedule 1, part A.
1.5 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance Certificate under Section 4.
1.6 "Customer Data" means all data of Customer, its employees, customers and suppliers that Provider accesses, processes or stores in providing the Services.
1.7 "Deliverables" means the runbooks, configuration records, scripts, monitoring rules, asset inventories and reports that Provider prepares for Customer under this Agreement.

## Section 2. Term

2.1 This Agreement starts on its date and the Services run for 36 months from the Service Commencement Date (the "Service Term").
2.2 The Service Term may be extended only by written agreement of both parties. Unless the parties agree otherwise in writing, any extension is at the Charges in Schedule 2. This Agreement does not renew automatically.

## Section 3. Services

3.1 Provider shall provide the Services in Schedule 1 with suitably qualified staff, in accordance with good industry practice, Customer's IT policies notified to Provider, and the Service Levels.
3.2 Provider shall keep at least two engineers on site at the Foshan head office on working days and provide remote support from its Guangzhou service centre at all times.
3.3 Provider shall hold a monthly service review with Customer, presenting a report on Service Level performance, incidents, changes, capacity and improvement actions.

## Section 4. Transition and Acceptance

4.1 Provider shall complete Transition within 75 days after the date of this Agreement.
4.2 Transition is accepted when: (a) all assets in scope are recorded in the configuration database and reconciled with Customer's inventory; (b) monitoring covers every server, network device and backup job in scope; (c) runbooks for the processes in Schedule 1 are approved by Customer; (d) a parallel run of 20 working days shows that Provider met the Service Levels in Schedule 3; and (e) knowledge transfer from Customer's internal team is confirmed complete. Customer then signs a Transition Acceptance Certificate.
4.3 If Transition is not accepted by the date in Section 4.1, Provider shall continue the Transition at its own cost, and the monthly Service Charge does not start until the Service Commencement Date.

## Section 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 2. The total value of this Agreement is CNY 2,190,000.
5.2 The Transition fee is invoiced after the Service Commencement Date. The monthly Service Charge is invoiced monthly in arrears. Customer shall pay each undisputed invoice within 30 days after receipt.
5.3 The Charges are fixed for the Service Term and include all labour, tools, travel and Provider's own monitoring and ticketing software.

## Section 6. Customer Data and Data Security

6.1 Customer Data belongs to Customer. Provider shall process Customer Data only to perform the Services, in accordance with Customer's instructions, and shall not use it for any other purpose.
6.2 Provider shall comply with the PRC Cybersecurity Law, Data Security Law, Personal Information Protection Law and Customer's information security policies. Provider shall use named accounts with multi-factor authentication, access Customer systems only through Customer's bastion host, keep access logs for at least 180 days, and never store Customer Data on Provider's own devices or outside mainland China.
6.3 Provider shall report any actual or suspected security incident affecting Customer Data or Customer systems within one hour, contain it, and cooperate with Customer's investigation. Provider shall bear all losses, costs and regulatory penalties caused by an incident attributable to Provider or its personnel.

## Section 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's product formulas, production data, network diagrams and passwords, and shall use it only for this Agreement. This duty continues for five years after the Agreement ends.

## Section 8. Intellectual Property

8.1 Provider's pre-existing tools and software remain Provider's property.
8.2 The Deliverables belong to Customer from creation. Provider shall hand them over in editable form on request and at the end of the Service Term, and Customer may use, modify and license them freely, including by giving them to a successor provider.

## Section 9. Liability

9.1 Provider's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the Charges paid or payable in the six months immediately preceding the event giving rise to the claim.
9.2 Neither party is liable for loss of profit or indirect loss. The limit in Section 9.1 does not apply to personal injury, wilful misconduct or breach of Section 6 or Section 7.

## Section 10. Subcontracting

10.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for the acts and omissions of any approved subcontractor.

## Section 11. Termination and Exit

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach that is not cured within 30 days after written notice, or if Provider misses the same Service Level in three consecutive months.
11.2 Customer may terminate for convenience on 90 days' written notice after the first 18 months of the Service Term, without any termination fee.
11.3 On expiry or termination, Provider shall provide exit assistance for up to 60 days at the then current monthly Service Charge pro rata, hand over all Deliverables, credentials and Customer Data, and then securely delete Customer Data held by it.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.
12.2 Disputes shall be submitted to the Foshan Arbitration Commission for arbitration in Foshan. The award is final.

## Schedule 1 - Services

| Part | Service | Scope |
|---|---|---|
| A | Transition | Asset discovery, configuration database, monitoring set-up, runbooks, knowledge transfer from the internal team |
| B | Service desk | Chinese-language telephone, chat and portal support for about 1,350 users, 07:00-23:00 on all days, with on-call cover at night |
| C | End-user devices | Installation, patching, antivirus and software distribution for about 1,100 PCs and 240 handheld terminals |
| D | Servers and storage | Operation of 46 virtual and 9 physical servers, storage arrays and the plant MES database servers, including patching and capacity management |
| E | Network | Operation of the core, plant and warehouse networks, Wi-Fi, firewalls and the links between the four sites |
| F | Backup and recovery | Daily backups, monthly restore tests and an annual disaster-recovery test for the ERP and MES |
| G | Change and problem management | Change advisory board, root-cause analysis of major incidents, quarterly improvement plan |

## Schedule 2 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, after Transition acceptance | 84,000 |
| Monthly Service Charge | 36 months x CNY 58,500, monthly in arrears | 2,106,000 |
| Total value of this Agreement | | 2,190,000 |

Additional users or devices beyond the figures in Schedule 1 by more than 5% are charged at the unit rates in Provider's proposal, which are fixed for the Service Term.

## Schedule 3 - Service Levels and Service Credits

| Priority | Definition | Response | Restoration | Service credit if missed |
|---|---|---|---|---|
| P1 | A plant's MES, ERP, core network or site link down | 15 minutes | 6 hours | 3% of the monthly Service Charge per incident |
| P2 | A major function degraded, or a group of users unable to work | 30 minutes | 10 hours | 1% of the monthly Service Charge per incident |
| P3 | A single user or device affected | 2 hours | 2 working days | none per incident; reviewed monthly |
| Availability | Core network, ERP and MES servers, each month | 99.95% | | 2% of the monthly Service Charge for each 0.1 percentage point below |

Service credits in any month are capped at 20% of that month's Service Charge and are deducted from the next invoice. Service credits are Customer's remedy for the Service Level failure concerned, without prejudice to its rights under Section 11.
"""

# ---------------------------------------------------------------- e05 (.txt, upper-case headings, numbered clauses)
E05 = """DATA SUBSCRIPTION AGREEMENT
VESSEL POSITION AND PORT-CALL DATA API

Agreement No.: FCG-DSA-2027-088
Date: 14 June 2027

BETWEEN
Four Corners Geodata LLC, a New Mexico limited liability company with its office in Farmington, New Mexico, United States of America ("Provider"); and
Ningbo Haitong Freight Forwarding Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Yinzhou District, Ningbo, Zhejiang Province ("Customer").

BACKGROUND
Customer arranges sea freight for exporters in the Yangtze River Delta and wants to show its clients live vessel positions, estimated arrival times and port-call histories in its booking portal. Provider compiles vessel-position data from terrestrial and satellite AIS receivers and port-call data from its own processing and makes them available through an application programming interface. The parties agree as follows.

1. DEFINITIONS
1.1 "API" means Provider's vessel-position, voyage, port-call and ETA endpoints described in Annex 1, together with the bulk historical files described there.
1.2 "Provider Data" means the data made available through the API.
1.3 "Customer Data" means the vessel watchlists, booking references, queries, user accounts and other information that Customer or its users submit to the API or to Provider.
1.4 "Subscription Year" means the period from the Start Date, or from an anniversary of it, to the day before the next anniversary. The "Subscription Term" is two Subscription Years.
1.5 "Start Date" means the date on which Customer signs the Integration Acceptance record under clause 4.3.
1.6 "Customer Applications" means Customer's booking portal, mobile app and internal tracking tools.

2. SUBSCRIPTION AND LICENCE
2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable licence to call the API and to display Provider Data to Customer's staff and clients in the Customer Applications, up to 2,500,000 API calls per month and 3,000 vessels on watchlists at any time.
2.2 Customer may store Provider Data in the Customer Applications and keep historical records of shipments for its own records and its clients' records, including after the Subscription Term.
2.3 Customer shall not resell Provider Data as a stand-alone data feed or make it available through a public API.
2.4 Calls beyond the monthly allowance are charged at CNY 0.02 per call, invoiced monthly in arrears. Overage is not included in the Contract Value.

3. FEES AND PAYMENT
3.1 The subscription fee is CNY 286,000 for each Subscription Year, fixed for both Subscription Years, that is CNY 572,000 for the Subscription Term.
3.2 The integration support fee is CNY 24,000, one time, covering a sandbox account, onboarding workshops, sample code, help with mapping Provider Data to Customer's booking records, and a load test before go-live.
3.3 The total value of this Agreement (the "Contract Value") is CNY 596,000, excluding overage.
3.4 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days after receipt of a valid invoice. The integration support fee is invoiced after Integration Acceptance and payable within 30 days.
3.5 All amounts are in CNY and include applicable taxes. Provider shall provide the invoices and documents Customer needs for payment abroad, and withholding taxes are borne as required by PRC law.

4. ONBOARDING AND INTEGRATION ACCEPTANCE
4.1 Within ten days after signature, Provider shall give Customer sandbox access, API credentials, documentation and the bulk historical file of port calls for the previous three years for the ports listed in Annex 1.
4.2 If Provider fails to deliver any item under clause 4.1 on time for reasons attributable to it, Provider shall pay Customer CNY 600 for each day of delay.
4.3 Integration Acceptance criteria: (a) all endpoints in Annex 1 return valid responses for a test list of 200 vessels; (b) positions for test vessels in Chinese coastal waters are not older than five minutes, except where the vessel's own transmitter is switched off; (c) the median response time is below 800 milliseconds and no call takes more than three seconds during a load test of 50 calls per second for one hour; (d) port-call records for the test list match the reference sample agreed in writing. When the criteria are met, Customer signs the Integration Acceptance record. Testing in the sandbox or use in a pilot does not constitute acceptance.

5. SERVICE LEVELS
5.1 Provider shall make the API available at least 99.95% of each calendar month, measured at Provider's API gateway, excluding maintenance announced at least five days in advance and carried out between 01:00 and 04:00 Beijing time.
5.2 Severity 1 means the API is unavailable or returns errors for more than half of the calls. Severity 2 means a single endpoint is unavailable or data are more than one hour late. Severity 3 means any other issue.
5.3 Provider shall respond to a Severity 1 incident within 8 business hours after Customer reports it through the support portal, and to a Severity 2 incident within two business days. Business hours are 08:00 to 17:00 Mountain Time, Monday to Friday, excluding United States public holidays.
5.4 If monthly availability falls below the commitment in clause 5.1, Provider shall credit Customer 5% of one twelfth of the annual subscription fee for each 0.1 percentage point of shortfall, up to half of that amount. Credits are deducted from the next invoice or paid at the end of the Subscription Term.
5.5 Provider shall publish a status page and send Customer a monthly availability report.

6. DATA QUALITY
6.1 Provider shall use reasonable care in compiling Provider Data and shall correct systematic errors notified by Customer within ten business days.
6.2 Provider Data are compiled from sources outside Provider's control. Provider does not warrant that every position or estimated arrival time is accurate, but shall flag data older than one hour and identify the source type of each position in the API response.
6.3 Provider shall notify Customer at least 60 days in advance of any change to the API that is not backward compatible and keep the previous version available for at least 90 days.

7. CUSTOMER DATA
7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API and support to Customer and for no other purpose, and shall not use Customer's watchlists or queries to build or sell any data product.
7.2 On expiry or termination, Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

8. DATA SECURITY
8.1 Provider shall protect Customer Data with encryption in transit and at rest, role-based access limited to named personnel, audit logging and regular vulnerability scanning, consistent with ISO/IEC 27001.
8.2 Provider shall notify Customer without undue delay and in any case within 24 hours after becoming aware of a security incident affecting Customer Data, provide the information Customer needs to meet its obligations under PRC law, and bear the costs and losses caused by an incident attributable to Provider.
8.3 Provider shall host Customer Data in data centres that hold current ISO/IEC 27001 certification and shall give Customer, once in each Subscription Year and on request, a summary of its latest independent security assessment.
8.4 Customer shall keep its API credentials secure and may rotate them at any time through the portal.

9. CONFIDENTIALITY
9.1 Each party shall keep confidential the other party's non-public information disclosed under this Agreement, including Customer's client lists and shipment volumes and Provider's pricing and data sources, and use it only for this Agreement. This duty continues for three years after the Agreement ends.

10. INTELLECTUAL PROPERTY
10.1 Provider owns the API and Provider Data. Customer owns the Customer Applications.
10.2 The mapping tables, sample integration code adapted for Customer and any custom reports that Provider prepares for Customer under this Agreement belong to Customer, and Customer may use, modify and license them freely.

11. SUBCONTRACTORS AND DATA SUPPLIERS
11.1 Provider may engage subcontractors, hosting providers and third-party data suppliers to perform any part of this Agreement, including support, by giving Customer written notice of the subcontractor's name and role. Provider remains responsible for their performance.

12. LIABILITY
12.1 Each party's total liability under this Agreement shall not exceed 150% of the Contract Value. Neither party is liable for indirect or consequential loss. These limits do not apply to wilful misconduct or to breach of clauses 7, 8 or 9.

13. TERM AND TERMINATION
13.1 This Agreement starts on signature and ends at the end of the Subscription Term. Any further period requires a new written agreement.
13.2 Either party may terminate this Agreement by written notice if the other commits a material breach and does not cure it within 30 days after written notice. If Customer terminates for Provider's breach, Provider shall refund the subscription fee for the unused part of the Subscription Year.
13.3 Customer may also terminate if Provider misses the availability commitment in clause 5.1 in two consecutive months.

14. GOVERNING LAW AND DISPUTES
14.1 This Agreement is governed by the laws of the People's Republic of China.
14.2 Any dispute shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo in accordance with its rules. The award is final and binding.

15. GENERAL
15.1 Annex 1 (API endpoints, coverage and historical files) forms part of this Agreement. This Agreement may be amended only in writing signed by both parties. Notices shall be sent to the addresses above.

Signed for Provider: ____________________
Signed for Customer: ____________________
"""

# ---------------------------------------------------------------- files, labels, design
FILES = {  # key: (file name, format, source)
    "h981z01": ("h981z01_culture_tourism_benefit_card_platform.pdf", "pdf", Z01),
    "h981z02": ("h981z02_microwave_plant_line_control_retrofit.docx", "docx", Z02),
    "h981z03": ("h981z03_recitation_chain_booking_membership_saas.txt", "txt", Z03),
    "h981z04": ("h981z04_landfill_gas_monitoring_om_service.txt", "txt", Z04),
    "h981z05": ("h981z05_incense_studio_process_tracking_supplier_template.md", "md", Z05),
    "h981e01": ("h981e01_eam_perpetual_licence_nevada_vendor.pdf", "pdf", E01),
    "h981e02": ("h981e02_field_service_saas_order_form.md", "md", E02),
    "h981e03": ("h981e03_paper_mill_vibration_sensors_monitoring.docx", "docx", E03),
    "h981e04": ("h981e04_managed_it_services_36_months.md", "md", E04),
    "h981e05": ("h981e05_vessel_data_api_subscription.txt", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

G, S = "goods_or_licence", "service"
# term values in TERM_KEYS order; then extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only),
# acceptance_deemed_on_delivery, contract_value
T = {
    "h981z01": ("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9,
                                   False, True, False, "PRC", G], [True, True, True, False, 2236000]),
    "h981z02": ("zh", "hardware", [None, None, False, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 8,
                                   False, False, False, "PRC", G], [False, True, True, False, 2070000]),
    "h981z03": ("zh", "cloud", [99.95, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None,
                                True, True, False, "PRC", S], [True, True, None, False, 542000]),
    "h981z04": ("zh", "services", [None, 1, False, "buyer", True, True, False, 0.1, None, None, True, None, None, None,
                                   False, True, False, "PRC", S], [True, True, None, False, 386000]),
    "h981z05": ("zh", "software", [None, 2, True, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, 25,
                                   False, True, True, "PRC", G], [True, True, True, True, 248000]),
    "h981e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11,
                                   False, True, False, "Nevada", G], [True, True, True, False, 1864000]),
    "h981e02": ("en", "cloud", [99.5, 1, True, "buyer", False, True, True, 500 / 712800 * 100, 150, None, True, None,
                                None, None, False, True, False, "PRC", S], [True, True, None, False, 712800]),
    "h981e03": ("en", "hardware", [99.95, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 7,
                                   False, True, False, "PRC", G], [True, True, True, False, 1940000]),
    "h981e04": ("en", "services", [99.95, 0.25, True, "buyer", True, True, True, None, 6 / 36 * 100, None, True, None,
                                   None, None, False, True, False, "PRC", S], [True, False, None, False, 2190000]),
    "h981e05": ("en", "cloud", [99.95, 8, True, "buyer", True, True, True, 600 / 596000 * 100, 150, None, True, None,
                                None, None, False, True, True, "PRC", S], [True, True, None, False, 596000]),
}
# design facts not in the labels: the itemised licence/hardware subtotal (TCO fee base); forum outside mainland China
FEE_BASE = {"h981z01": 1260000, "h981z02": 1670600, "h981z05": 186000, "h981e01": 1340000, "h981e03": 1667800}
FORUM_OUTSIDE = {"h981e01"}
PRICE_PARTS = {  # every itemised price sums to the contract value
    "h981z01": [1260000, 812000, 138000, 26000], "h981z02": [948000, 117600, 279000, 326000, 214000, 168000, 17400],
    "h981z03": [2 * (35 * 5800 + 36000), 64000], "h981z04": [212000, 96000, 54000, 24000],
    "h981z05": [186000, 48000, 14000], "h981e01": [1340000, 486000, 38000],
    "h981e02": [2 * (180 * 1260 + 24 * 2900 + 42000), 36000], "h981e03": [420 * 2350, 28 * 9600, 412000, 156000, 94000, 22200],
    "h981e04": [84000, 36 * 58500], "h981e05": [2 * 286000, 24000]}
DESIGN = {
    "h981z01": [], "h981e03": [],
    "h981e01": ["CR-GOVERNING-LAW"],
    "h981z02": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TERMINATION"],
    "h981z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"],
    "h981z04": ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"],
    "h981e02": ["CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"],
    "h981e04": ["CR-LD-MISSING", "CR-LIABILITY-CAP"],
    "h981e05": ["CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
    "h981z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
}
DESIGN_RISK = {"h981z01": "low", "h981e03": "low", "h981e01": "low", "h981z02": "high", "h981z03": "medium",
               "h981z04": "medium", "h981e02": "high", "h981e04": "high", "h981e05": "medium", "h981z05": "high"}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
# policy §3 thresholds (defaults of the shipped pack)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def label(key):
    lang, cat, terms, extra = T[key]
    et = dict(zip(TERM_KEYS, terms))
    goods = et["contract_kind"] == G
    ex = {"sla_clause": extra[0], "ld_stated": extra[1]}
    if goods:
        ex["post_warranty_fee_capped"] = extra[2]
    else:
        assert extra[2] is None and et["warranty_months"] is None and et["post_warranty_fee_pct"] is None
    ex["acceptance_deemed_on_delivery"] = extra[3]
    ex["contract_value"] = extra[4]
    return {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": et, "expected_extra": ex}


def tco_share(key, lab):
    t, x = lab["expected_terms"], lab["expected_extra"]
    if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (x["contract_value"] + fees) * 100


def rules(key, lab):
    t, x = lab["expected_terms"], lab["expected_extra"]
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        f = t["post_warranty_fee_pct"]
        if f is None or not x["post_warranty_fee_capped"] or f > TH["post_warranty_fee_pct"]:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, lab)
        if share is not None and share > TCO_SHARE_TH:
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


def risk(rs):
    sev = [SEVERITY.get(r, "medium") for r in rs]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------- threshold scan
PCT = r"\s*(?:%|％|percent|per\s*cent)"
SCAN = [re.compile(p, re.I) for p in [
    r"(?<![\d.])99\.90*(?!\d)", r"(?<![\d.])0\.050*(?!\d)", r"万分之五(?![十百千])", r"千分之零点五",
    r"(?<![\d.])4(?:\.0+)?\s*-?\s*(?:hours?|hrs?|h(?![a-z])|小时|个小时)", r"(?<![一二三四五六七八九十两])四个?小时",
    r"(?<![a-z-])four[\s-]*hours?",
    r"(?<![\d.,])100(?:\.0+)?" + PCT, r"百分之百", r"one\s*hundred" + PCT,
    r"(?<![\d.,])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"(?<![a-z-])thirty" + PCT,
    r"(?<![\d.,])15(?:\.0+)?" + PCT, r"百分之十五(?!点)", r"(?<![a-z-])fifteen" + PCT,
    r"(?<![\d.,])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"(?<![a-z-])forty" + PCT,
    r"(?<![\d.])12\s*-?\s*(?:months?|个月)", r"十二个月", r"(?<![a-z-])twelve[\s-]*months?", r"(?<![每第])一年",
    r"(?<![a-z-])one[\s-]*year(?!s)",
]]
MUST_HIT = ["99.9%", "99.9 %", "可用率99.90%", "4小时", "四小时", "4 hours", "within four hours", "4-hour", "0.05%",
            "0.05 % per day", "万分之五", "100%", "100 %", "百分之百", "30%", "30 per cent", "百分之三十", "15%",
            "百分之十五", "40%", "百分之四十", "forty percent", "12个月", "十二个月", "12 months", "twelve months",
            "12-month", "质保期一年", "one year", "4h"]
MUST_MISS = ["99.95%", "24小时", "24 hours", "twenty-four hours", "130%", "115%", "0.055%", "万分之五十", "百分之三十五",
             "2027年12月31日", "112 months", "150%", "40,000", "1.4 hours", "0.5%", "百分之四十五", "years", "14 hours",
             "1,100%", "每一年", "第一年"]


def scan_hits(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for p in SCAN:
            hits += [m.group(0) for m in p.finditer(form)]
    return hits


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


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for key, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write({k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")},
          {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)

    for s in MUST_HIT:
        assert scan_hits(s), ("scan misses", s)
    for s in MUST_MISS:
        assert not scan_hits(s), ("scan hits", s, scan_hits(s))

    fired = set()
    for key, (name, fmt, src) in FILES.items():
        lab = label(key)
        t, x = lab["expected_terms"], lab["expected_extra"]
        assert sum(PRICE_PARTS[key]) == x["contract_value"], key
        for k, th in TH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k)
        share = tco_share(key, lab) if t["contract_kind"] == G else None
        if share is not None:
            assert abs(share - TCO_SHARE_TH) > 2, (key, share)
        rs = rules(key, lab)
        assert rs == sorted(DESIGN[key]), (key, rs, DESIGN[key])
        assert risk(rs) == DESIGN_RISK[key], key
        lab["expected_rules"] = rs
        fired |= set(rs)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        if lab["language"] == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        hits = scan_hits(text)
        print("%-62s %s %5d %s rules=%s tco=%s" % (name, lab["language"], n, risk(rs), ",".join(r[3:] for r in rs) or "-",
                                                   "%.2f" % share if share is not None else "-"))
        assert ok, (name, n)
        assert not hits, (name, hits)
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    assert len([k for k in DESIGN if not DESIGN[k]]) == 2 and 8 <= len(DESIGN["h981z05"]) <= 10
    print("all checks passed")


if __name__ == "__main__":
    main()
