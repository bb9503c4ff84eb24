import sys; sys.dont_write_bytecode = True  # noqa: E702  (no __pycache__ here or in ../)
"""holdout333: ten ordinary draft contracts (5 zh, 5 en), their labels, and the checks on them.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
Writes the .txt/.md files directly, the .docx/.pdf through ../word_pdf.py (wrap_words=True), the .json labels, then
reads every built file back and asserts lengths, threshold-free texts, price sums and the expected rules per contract.
"""
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# z01 (.pdf, 第X条 + 1.1) 文化和旅游局 文物安全监管平台, 政府采购 公开招标, buyer's paper — compliant
# ---------------------------------------------------------------------------------------------------------------
Z01 = """T:汾阳市文物安全监管平台建设项目政府采购合同
P:合同编号：FYWL-ZFCG-2026-017　　项目编号：FY2026-GK-0315　　采购方式：公开招标
P:采购人（甲方）：汾阳市文化和旅游局　　地址：山西省汾阳市文峰街道
P:供应商（乙方）：晋安智联科技有限公司　　地址：山西省太原市小店区
P:根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，以及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就汾阳市文物安全监管平台建设项目订立本合同，共同遵守。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分；各文件内容不一致的，以本合同正文为准。
H:第一条 项目内容
P:1.1 乙方为甲方在辖区内的42处文物保护单位（含国保单位9处、省保单位17处）部署文物本体监测、库房环境监测及视频智能分析前端，建设市级文物安全监管平台，并完成与省级文物安全监管系统的数据对接。
P:1.2 项目交付物包括：前端感知设备及边缘计算网关；平台软件永久许可；定制开发的文物点电子档案、巡查APP及预警联动模块；安装集成与调试；培训；竣工资料及全套技术文档。
P:1.3 项目实施地点为甲方指定的各文物保护单位及甲方政务云机房。古建筑本体上的安装须采用非破坏性固定方式，方案经甲方及文物专家书面确认后方可施工。
H:第二条 合同价格
P:2.1 本合同总价为人民币贰佰壹拾伍万元整（¥2,150,000），为固定总价，包含设备、软件、定制开发、运输、保险、安装、调试、培训、税费及质保期内的全部服务费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|文物本体震动及倾斜监测终端|160套|3,150|504,000
TB:2|库房温湿度及有害气体监测终端|96套|2,400|230,400
TB:3|智能视频分析摄像机|72台|4,600|331,200
TB:4|边缘计算网关|24台|8,800|211,200
TB:5|文物安全监管平台软件永久许可|1套|368,000|368,000
TB:|软硬件小计|||1,644,800
TB:6|定制开发（文物点档案、巡查APP、预警联动）|1项|296,000|296,000
TB:7|安装集成及调试|1项|187,600|187,600
TB:8|培训|1项|21,600|21,600
TB:|合同总价|||2,150,000
P:2.2 除本合同另有约定外，甲方无需向乙方支付任何其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥430,000。
P:3.2 全部设备安装完成并通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥967,500。
P:3.3 项目通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥752,500。
P:3.4 乙方每次收款前应向甲方开具等额合法发票。甲方付款按财政国库集中支付程序办理，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 工期与逾期
P:4.1 乙方应于合同签订后90日内完成全部前端设备安装和平台部署，并于合同签订后120日内具备初步验收条件。
P:4.2 乙方未按期完成的，每逾期一日，应按合同总价的万分之八向甲方支付违约金；逾期超过45日的，甲方有权解除合同，并要求乙方支付违约金、赔偿损失。
H:第五条 验收
P:5.1 初步验收由甲方组织，验收标准为：前端设备品牌、型号、数量与分项清单一致；各监测终端数据上传间隔不超过10分钟且连续7日无中断；视频智能分析对攀爬、闯入、烟火等事件的告警推送时间不超过15秒；平台与省级系统接口联调通过。
P:5.2 初步验收后系统试运行60日。试运行期间未发生一级故障且定制功能全部符合需求规格说明书的，由甲方组织专家进行最终验收，并出具书面验收报告。
P:5.3 设备到货、安装完成或甲方开始使用系统，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维修、备件更换、软件升级及现场服务。
P:6.2 服务水平：平台年度可用率不低于99.95%；一级故障（平台整体不可用或任一文物点监测全部中断）乙方应在30分钟内响应、2小时内到达现场、8小时内恢复；二级故障2小时内响应、24小时内修复。
P:6.3 乙方响应或到场超时的，每超时1小时扣减履约保证金人民币800元；平台年度可用率每低于约定值0.01个百分点，扣减人民币1,500元。扣减后乙方应在10日内补足保证金。
P:6.4 质保期满后，甲方如需续签维保服务，年度维保费不超过软硬件小计的7%（即不超过¥115,136/年），前两个维保年度按该价格执行，不得上调。维保合同须另行书面签订，不自动续期。
H:第七条 数据安全
P:7.1 平台采集的全部监测数据、视频图像、文物档案及系统日志均归甲方所有。乙方仅为履行本合同处理上述数据，不得复制、留存或用于其他任何目的。
P:7.2 平台部署于甲方政务云，按网络安全等级保护第三级要求建设；乙方远程运维须经甲方审批并通过堡垒机进行，全程审计；离场时乙方应交回全部账号并删除其终端上的项目数据。
P:7.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第八条 保密
P:8.1 乙方对履行合同中知悉的文物点位、安防布防方案、馆藏信息及甲方其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第九条 知识产权
P:9.1 乙方为本项目定制开发的软件、源代码、数据模型及技术文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。乙方原有平台软件的知识产权仍归乙方，甲方获得永久使用许可。
P:9.2 乙方保证交付物不侵犯第三方知识产权，否则由乙方负责处理并承担全部责任。
H:第十条 分包
P:10.1 乙方不得转包。未经甲方书面同意，乙方不得将本项目任何部分分包。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十二条 不可抗力
P:12.1 因地震、洪水等不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，双方协商调整工期或解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲乙双方各执二份，政府采购监督管理部门及采购代理机构各一份，自双方签字盖章之日起生效。
P:甲方（盖章）：汾阳市文化和旅游局　　乙方（盖章）：晋安智联科技有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:签订日期：2026年  月  日　　签订地点：汾阳市
"""

# ---------------------------------------------------------------------------------------------------------------
# z02 (.docx, 一、/（一）, Word price table) 木地板厂 涂装线控制系统改造 — LD-MISSING, POST-WARRANTY-FEE, SLA-NO-REMEDY
# ---------------------------------------------------------------------------------------------------------------
Z02 = """T:二号涂装线控制系统改造合同
P:合同编号：SH-MY-2026-0412
P:甲方（买方）：浙江南浔森禾木业有限公司
P:乙方（卖方）：杭州拓控自动化工程有限公司
P:甲方实木复合地板二号涂装线（辊涂、淋涂、UV固化共11个工位）原控制系统老化，配方切换依赖人工，停线频繁。乙方经现场勘查后提交了技术方案和报价。双方经友好协商，就该涂装线控制系统改造事宜订立本合同。
H:一、改造范围
P:（一）拆除原继电器控制柜及老旧变频器，新建PLC控制系统，实现全线速度同步、UV灯功率自动调节和漆膜厚度在线检测。
P:（二）部署SCADA监控软件，建立涂装配方管理、班组产量统计和能耗报表功能，并与甲方现有ERP系统对接工单数据。
P:（三）完成安装、接线、程序编制、单机调试及联动调试，并对甲方操作和维修人员进行培训。
P:（四）乙方应在施工前提交施工方案及停线切换计划，经甲方生产部和安环部确认后实施。施工期间乙方人员须遵守甲方厂区安全、防火及涂装车间防爆管理规定。
H:二、合同价格及明细
P:（一）合同总价为人民币壹佰叁拾捌万元整（¥1,380,000），含增值税，含运输、保险、安装及调试费用。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含主站及I/O模块）|4套|86,000|344,000
TB:2|变频器|38台|6,200|235,600
TB:3|UV固化电源及温控模块|12套|14,500|174,000
TB:4|辊涂张力及膜厚检测仪|6套|23,800|142,800
TB:5|触摸屏HMI|8台|7,900|63,200
TB:6|SCADA监控软件永久许可（500点）|1套|128,000|128,000
TB:|软硬件小计|||1,087,600
TB:7|程序编制及配方管理定制|1项|156,000|156,000
TB:8|拆除、安装及联调|1项|118,400|118,400
TB:9|培训|1项|18,000|18,000
TB:|合同总价|||1,380,000
P:（二）上述价格为固定价格，合同履行期间不因材料或人工价格变化而调整。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%（¥276,000）作为预付款。
P:（二）全部设备到达甲方工厂并经双方清点签收后10个工作日内，甲方支付合同总价的50%（¥690,000）。到货签收仅确认数量及外观，不视为验收。
P:（三）系统通过最终验收后10个工作日内，甲方支付合同总价的25%（¥345,000）。
P:（四）其余5%（¥69,000）作为质量保证金，质保期满且无未决质量问题后10个工作日内无息支付。
P:（五）乙方每次收款前应开具等额增值税专用发票。
H:四、工期
P:（一）乙方应在合同生效后45日内完成全部设备到货。
P:（二）乙方应利用甲方安排的停产检修窗口（共10天）完成拆除、安装和调试，窗口期由甲方提前15日书面通知乙方。
P:（三）甲方负责提供施工用电、设备临时存放场地及必要的配合人员；因甲方未按时提供上述条件造成的延误，工期相应顺延。
H:五、验收
P:（一）联动调试完成后，系统连续满负荷试运行72小时，乙方书面提交验收申请。
P:（二）验收标准：全线速度同步偏差不超过0.5米/分钟；UV固化温度控制偏差不超过±2℃；配方切换时间不超过3分钟；漆膜厚度检测数据上传SCADA的延时不超过2秒；ERP工单对接连续5个班次无差错；PLC程序、HMI画面、电气图纸及备份资料齐全。
P:（三）甲方在收到验收申请后7日内组织验收并签署验收报告。任何一项不合格的，乙方应整改后重新申请验收。设备安装完成或甲方投入生产，均不视为验收合格。
H:六、质量保证与维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内，因设备或软件质量问题产生的维修、更换及上门服务均由乙方免费提供。
P:（二）故障响应：一级故障（整线停线）乙方应在1小时内电话响应，6小时内派工程师到达现场；二级故障（单工位异常）乙方应在8小时内响应，24小时内到达现场；三级故障（报表、画面等非生产性问题）2个工作日内处理。
P:（三）乙方应在甲方仓库存放常用备件（变频器2台、I/O模块4块），由乙方负责补充。
P:（四）质保期内乙方每季度对系统进行一次预防性巡检，并提交巡检记录。
P:（五）质保期满后，甲方可委托乙方继续提供维保服务，维保费用按乙方当年公布的服务价格标准另行计收。
H:七、违约责任
P:（一）乙方逾期交货或逾期完成调试的，应继续履行，并赔偿甲方因停产期延长造成的实际损失。
P:（二）设备或软件不符合合同约定的，乙方应负责更换或修复，并承担由此产生的全部费用。
P:（三）因乙方施工造成甲方设备、厂房损坏或人员伤害的，由乙方承担赔偿责任。
H:八、数据与网络安全
P:（一）系统运行中产生的生产数据、配方参数、工单及能耗数据均归甲方所有，乙方不得复制、留存或用于本合同以外的任何用途。
P:（二）乙方远程维护须事先取得甲方设备部书面批准，通过甲方提供的VPN账号登录，操作完毕立即断开；乙方应对其人员和调试终端落实病毒防护、账号口令管理等安全措施，不得在控制网络中接入未经查杀的移动存储设备。
P:（三）因乙方原因导致数据泄露、配方丢失或控制系统遭受恶意程序攻击的，乙方应立即通知甲方、协助恢复，并承担全部赔偿责任。
H:九、保密
P:甲方的涂料配方、工艺参数、产能及客户信息属于甲方商业秘密。乙方及其人员在合同期间及终止后三年内负有保密义务，不得向任何第三方披露或用于其他项目。
H:十、知识产权
P:乙方为本项目编制的PLC程序、HMI画面、配方管理模块及接口程序，其源代码和知识产权归甲方所有，甲方可自行修改或委托他人修改。SCADA平台软件的知识产权仍归原权利人，甲方获得永久使用许可。
H:十一、分包
P:乙方不得将本项目转包；电气安装部分如需分包，应事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:十二、合同解除
P:乙方严重违约且在甲方书面通知后10日内未能纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
H:十三、培训与技术资料
P:（一）乙方应对甲方操作工、班组长及设备维修人员分批培训不少于5天，培训内容包括系统操作、配方管理、常见故障处理及程序备份恢复，培训结束后进行考核。
P:（二）乙方应在验收前提交电气原理图、接线图、PLC及HMI程序备份、参数表、操作手册及维护手册各两套（纸质版及电子版）。
H:十四、不可抗力
P:因不可抗力导致一方不能履行合同的，该方应在事件发生后3日内通知对方并提供证明，双方根据影响程度协商延期履行或解除合同，互不承担违约责任。
H:十五、争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交湖州仲裁委员会仲裁。
H:十六、其他
P:本合同一式四份，双方各执两份，经双方法定代表人或授权代表签字并加盖公章后生效。附件：技术方案、设备清单、调试计划。
P:甲方：浙江南浔森禾木业有限公司（盖章）　　乙方：杭州拓控自动化工程有限公司（盖章）
P:代表签字：__________　　代表签字：__________　　日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# z03 (.txt, 第X条 + （1）) 连锁健身私教工作室 SaaS + 实施 — AUTO-RENEWAL, DATA-OWNERSHIP, SLA-AVAILABILITY
# ---------------------------------------------------------------------------------------------------------------
Z03 = """健身门店管理SaaS订阅及实施服务合同

合同编号：RK-SAAS-2026-031
甲方：成都燃刻健身管理有限公司
乙方：上海课栈云信息技术有限公司

鉴于：甲方在成都、重庆两地经营45家私教工作室，需要统一的课程排期、会员管理、私教课消及门店经营分析系统；乙方拥有“课栈”健身门店管理云平台并对外提供订阅服务。双方经平等协商，订立本合同。

第一条 服务内容
（1）乙方向甲方45家门店提供“课栈”门店版订阅服务，向甲方总部提供总部管理端订阅服务，功能包括会员档案、课程预约、私教课包及课消、教练排班、会员小程序、收银对账及经营报表。
（2）乙方提供实施服务：45家门店的账号开通及参数配置；甲方现有会员档案、剩余课包及储值余额的数据迁移；按甲方品牌定制会员小程序页面及总部经营报表；管理员、店长及前台培训。
（3）服务通过乙方云平台以互联网方式提供，甲方无需自行部署服务器。
（4）乙方应为甲方指定专属客户成功经理，负责需求对接、上线协调及日常服务沟通。

第二条 服务期限与续期
（1）订阅服务期为三个服务年度，自上线验收通过之次日起计算。
（2）服务期满前30日，任何一方未以书面形式提出不再续订的，本合同自动续期一个服务年度，续期次数不限。每次续期时，乙方有权在上一服务年度订阅费的基础上上调订阅费，上调幅度不超过8%，以乙方书面通知为准。
（3）续期或终止不影响双方在服务期内已发生的权利义务。

第三条 费用及支付
（1）费用明细如下：
项目 | 数量 | 单价 | 每服务年度费用
门店版订阅 | 45家 | ¥4,800/家/服务年度 | ¥216,000
总部管理端订阅 | 1套 | ¥36,000/服务年度 | ¥36,000
订阅费合计 | | | ¥252,000
实施费（一次性） | 1项 | ¥94,000 | —
（2）三个服务年度订阅费合计¥756,000，加实施费¥94,000，合同总金额为人民币捌拾伍万元整（¥850,000）。
（3）订阅费按服务季度结算：每季度结束后，乙方提交服务报告，经甲方确认后15个工作日内，甲方支付当季订阅费¥63,000。
（4）实施费在上线验收通过后15个工作日内一次性支付。甲方不预付任何费用。
（5）新开门店按门店版单价按月折算计费，关闭门店自次月起停止计费，均不影响本合同其他条款。

第四条 实施与上线验收
（1）乙方应在合同签订后60日内完成全部45家门店上线。因乙方原因逾期的，每逾期一日，乙方向甲方支付违约金人民币600元。
（2）上线验收标准：①45家门店账号及参数配置完成；②迁移的会员档案、剩余课包及储值余额与甲方原系统逐条核对一致；③会员小程序定制页面及总部经营报表符合双方签字确认的需求清单；④在模拟500名会员同时预约的压力测试中，预约提交的响应时间不超过2秒；⑤连续10个营业日未发生一级故障。
（3）甲方在收到乙方验收申请后5个工作日内组织验收并出具书面意见。门店开始使用系统不视为验收通过。
（4）实施期间乙方应对甲方管理员、店长及前台分批开展线上和现场培训，每家门店至少安排一次现场培训，并提供操作手册和视频教程。

第五条 服务水平
（1）平台月度可用率不低于99.5%。计划内维护不计入不可用时间，但应安排在凌晨1:00至6:00之间并提前3日通知甲方。
（2）故障分级及响应：一级故障（平台整体不可用，或会员无法预约、签到）乙方应在30分钟内响应，3小时内恢复；二级故障（部分功能异常）2小时内响应，24小时内解决；三级故障（咨询及一般问题）1个工作日内答复。
（3）服务补偿：月度可用率每低于约定值0.1个百分点，乙方按当月订阅费的5%抵扣下期费用；一级故障响应每超时30分钟，抵扣人民币500元。
（4）乙方每月5日前向甲方提交上月服务报告，列明可用率、故障及处理情况。

第六条 数据权属与数据安全
（1）甲方及其会员在平台上产生的会员信息、课程记录、交易流水等数据（以下称“甲方数据”）归甲方所有。
（2）甲方同意，乙方可以对甲方数据进行去标识化和汇总处理，并将处理后的数据用于健身行业研究报告、行业基准分析及乙方产品改进；该项使用在本合同终止后仍可继续。
（3）乙方应按照网络安全等级保护第三级要求运营平台，数据存储于中国境内，对会员敏感个人信息加密存储，实行最小权限访问，操作日志保留不少于6个月。
（4）发生数据泄露等安全事件时，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成甲方或其会员损失的，乙方承担赔偿责任。
（5）服务终止后30日内，乙方应按甲方要求以通用格式导出并交付甲方数据，随后删除平台上的甲方数据（第（2）项所述处理后的数据除外）。

第七条 知识产权
（1）“课栈”平台及其标准功能的知识产权归乙方所有。
（2）乙方为甲方定制的会员小程序页面、品牌视觉组件及总部经营报表，其知识产权归甲方所有，甲方可自行修改或交由第三方使用。

第八条 保密
双方对在合作中获知的对方商业信息（包括甲方的门店经营数据、定价策略及乙方的技术资料）负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内持续有效。

第九条 违约责任与责任限制
（1）任何一方违反本合同约定的，应承担违约责任并赔偿对方因此遭受的损失。
（2）乙方在本合同项下的累计赔偿责任以合同总金额的1.5倍为限；但因乙方故意、重大过失或违反第六条造成的损失不受此限。

第十条 分包
乙方不得将本合同项下的实施或运维工作分包给第三方；确需分包的，应事先取得甲方书面同意，并对分包方的行为承担责任。

第十一条 合同解除
（1）一方严重违约，经守约方书面通知后15日内仍未纠正的，守约方有权解除本合同。
（2）连续两个月未达到第五条第（1）项约定可用率的，甲方有权解除本合同且无需承担违约责任。

第十二条 甲方义务
（1）甲方应按实施计划提供门店清单、会员及课包原始数据，并指定项目负责人配合上线工作。
（2）甲方应妥善保管管理员账号，对通过其账号进行的操作负责。
（3）甲方通过平台向会员发送营销信息的，应事先取得会员同意并遵守相关法律法规。
（4）甲方逾期支付订阅费的，乙方应书面催告；催告后30日内仍未支付的，乙方可暂停相应门店的服务。

第十三条 不可抗力
因不可抗力、电信运营商网络大面积故障或政府行为导致服务中断的，受影响方应及时通知对方，并在影响消除后尽快恢复服务。

第十四条 争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交成都仲裁委员会仲裁。

第十五条 通知
本合同项下的通知以书面形式送达合同首部地址或双方指定的电子邮箱，电子邮件发出即视为送达。

第十六条 其他
本合同自双方盖章之日起生效，一式两份，双方各执一份。本合同未尽事宜，双方可另行签订补充协议。

甲方（盖章）：成都燃刻健身管理有限公司        乙方（盖章）：上海课栈云信息技术有限公司
授权代表：__________                          授权代表：__________
日期：2026年  月  日                          日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# z04 (.txt, 1. / 1.1) 市公共资源交易中心 电子交易系统 年度运维, 竞争性磋商 — DATA-SECURITY, SLA-NO-REMEDY
# ---------------------------------------------------------------------------------------------------------------
Z04 = """荆门市公共资源交易中心电子交易系统运维服务合同

采购方式：竞争性磋商        项目编号：JMZC-2026-CS-029
甲方（采购人）：荆门市公共资源交易中心
乙方（成交供应商）：湖北鼎衡信息技术有限公司

依据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性磋商文件、乙方响应文件及成交通知书，经双方协商，订立本合同。磋商文件、响应文件及成交通知书为本合同的组成部分。

1. 服务范围与服务期
1.1 乙方负责甲方电子交易系统（含工程建设、政府采购、产权交易三个子系统）、不见面开标系统、远程异地评标系统、CA互认接口及配套数据库、中间件的日常运维。
1.2 服务内容包括：驻场值守、日常巡检、故障处理、重大交易活动现场保障、系统版本升级及补丁管理、数据库及中间件维护、运维文档编制。
1.3 运维对象清单（服务器、数据库、中间件及网络设备）详见附件服务需求书，服务期内清单数量变化不超过10%的，合同价格不作调整。
1.4 乙方应建立运维工作台账，记录全部变更、故障处理和巡检工作；变更操作须经甲方信息科审批，并在非交易时段实施。
1.5 乙方派驻的项目经理应具备信息系统项目管理师或同等资质，驻场工程师中至少一人具备数据库厂商认证。
1.6 服务期为一个服务年度，自2026年4月1日起至2027年3月31日止。服务期满本合同即行终止，不自动续期。

2. 合同价格
2.1 本合同总价为人民币壹佰零捌万陆仟元整（¥1,086,000），为固定总价，包含人员、工具、差旅、税费等全部费用。明细如下：
序号 | 服务项目 | 数量 | 单价（元） | 金额（元）
1 | 驻场运维人员 | 4人 | 168,000/人/服务年度 | 672,000
2 | 系统巡检及健康评估 | 4次（每季度一次） | 26,500/次 | 106,000
3 | 应急响应及重大交易保障 | 1项 | 138,000 | 138,000
4 | 数据库及中间件维护 | 1项 | 96,000 | 96,000
5 | 版本升级及补丁管理 | 1项 | 74,000 | 74,000
合计 | | | | 1,086,000

3. 付款方式
3.1 服务费按季度支付。每季度考核合格后，乙方开具发票，甲方在15个工作日内支付当季服务费¥271,500。
3.2 第四季度服务费在年度验收合格后支付。
3.3 本合同不设预付款。
3.4 甲方付款前，乙方应提交当季运维报告及考核结果。

4. 进场与交接
4.1 乙方应于2026年3月25日前完成与原运维单位的系统交接，4名驻场人员须于服务期开始之日到岗。
4.2 乙方未按期完成交接或驻场人员未按期到岗的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
4.3 驻场人员应具备响应文件承诺的资质和经验，乙方更换驻场人员须提前10日书面报甲方同意，且接替人员资质不得低于原人员。
4.4 驻场人员实行考勤登记，工作时间为每个工作日8:30至17:30；遇开标、评标延时或节假日交易活动的，乙方应安排人员值守，不另行收费。

5. 服务水平
5.1 交易系统在开标、评标等交易时段的可用率不低于99.95%。
5.2 故障分级：一级故障（开标或评标中断、交易系统整体不可用）乙方应在15分钟内响应，30分钟内到场，2小时内恢复；二级故障（单一子系统或单项功能异常）30分钟内响应，8小时内解决；三级故障（一般性问题及咨询）1个工作日内解决。
5.3 遇重大交易活动，乙方应提前一日安排专人现场保障，并制定专项应急预案。
5.4 乙方应设立7×24小时技术支持热线。非工作时间发生故障的，乙方应按第5.2条时限响应并远程处理，必要时安排人员到场。
5.5 每年汛期及重大节假日前，乙方应对交易系统开展一次专项检查和应急演练，并向甲方提交演练报告。
5.6 乙方每月5日前提交上月运维报告，载明故障处理、巡检结果及服务水平达成情况。未达到服务水平的，乙方应在5个工作日内提交书面说明和整改方案，并按期完成整改。

6. 考核与验收
6.1 甲方每季度依据考核表对乙方进行考核，考核内容包括服务水平达成情况、巡检执行情况、运维文档质量及驻场人员出勤，考核得分低于80分的为不合格。考核不合格的，乙方应限期整改，整改完成并经甲方复核合格后方可支付当季服务费。
6.2 服务期满后30日内，甲方组织年度验收。验收标准为：各季度考核均合格；全年一级故障均已闭环并有处理报告；巡检报告、运维日志、配置基线及应急预案完整移交；系统版本及补丁处于甲方确认的基线。验收合格后甲方出具书面验收意见。

7. 交易数据
7.1 乙方在运维过程中接触的交易数据、投标文件、评标资料及系统日志均属于甲方所有，乙方不得用于本合同以外的任何用途。

8. 保密
8.1 乙方对在服务中获知的标底、投标人名单、评标委员会成员信息及其他依法应当保密的内容承担保密义务，不得泄露；驻场人员应签署保密承诺书。
8.2 保密义务不因本合同终止而解除。

9. 知识产权
9.1 乙方在服务期内编制的运维脚本、巡检工具配置、运维文档及应急预案归甲方所有，甲方可自由使用、修改，或交由后续运维单位使用。

10. 分包
10.1 乙方不得转包或分包本合同项下的任何服务。

11. 违约与解除
11.1 乙方连续两个季度考核不合格，或发生其他严重违约经甲方书面通知后10日内未纠正的，甲方有权解除合同，并按实际服务期间结算费用。
11.2 乙方违约给甲方造成损失的，应予赔偿。

12. 甲方义务
12.1 甲方应为驻场人员提供办公场所、必要的网络接入条件和系统运维账号，及时提供系统原厂技术资料及历史运维记录，并指定专人负责运维工作的协调和考核。

13. 服务交接
13.1 服务期满或合同解除时，乙方应在30日内配合甲方或后续运维单位完成交接，移交全部运维文档、账号清单、配置基线及未闭环问题清单，并提供不少于10个工作日的现场协助，相关费用已包含在合同价格中。

14. 不可抗力
14.1 因不可抗力不能履行合同的，受影响方应在3日内通知对方并提供证明，双方协商延期履行或部分解除合同，互不承担违约责任。

15. 廉洁
15.1 乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益；违反的，甲方有权解除合同，并将有关情况报送政府采购监督管理部门。

16. 争议解决
16.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交荆门仲裁委员会仲裁。

17. 其他
17.1 本合同一式五份，甲方执三份，乙方执二份，自双方签字盖章之日起生效。
17.2 附件：服务需求书、考核表、驻场人员名单。
17.3 本合同未尽事宜，依照磋商文件及相关法律法规执行，或由双方另行签订书面补充协议。

甲方（盖章）：荆门市公共资源交易中心          乙方（盖章）：湖北鼎衡信息技术有限公司
负责人或授权代表：__________                    法定代表人或授权代表：__________
签订日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# z05 (.md, "## 第X条" + 1.1) 螺蛳粉厂 MES licence + custom development on the supplier's template — many problems
# ---------------------------------------------------------------------------------------------------------------
Z05 = """# 智造云途MES系统软件许可及开发合同

> 文本版本：智造云途MES标准合同 V5.0（乙方提供）

合同编号：ZZYT-MES-2026-0088

甲方：柳州螺香记食品有限公司
乙方：南宁智造云途软件有限公司

甲方为螺蛳粉生产企业，拟建设生产执行系统（MES），实现从原料入库、酸笋发酵、汤料熬制到包装出库的全过程管理与追溯。甲方现有生产记录依赖纸质台账，批次追溯耗时较长，难以满足食品安全追溯及客户审核要求。乙方为MES软件开发商。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供智造云途MES系统软件（含生产管理、质量管理、仓储管理及批次追溯模块）的永久使用许可，并根据甲方工艺进行定制开发、部署实施及培训。

1.2 定制开发内容：酸笋发酵工艺批次管理、汤料配比及投料防错、包装线赋码与追溯接口、与甲方现有ERP系统的物料及工单接口。

1.3 系统部署于甲方自有服务器。服务器、操作系统、数据库及网络设备由甲方自行采购，不包含在本合同价格内。

1.4 乙方标准产品功能以乙方产品说明书为准；甲方需求中超出标准产品功能的部分，以本合同第1.2条所列定制开发内容为限。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | MES软件永久许可（生产/质量/仓储/追溯） | 1,380,000 |
| 2 | 定制开发 | 360,000 |
| 3 | 实施部署及数据初始化 | 104,000 |
| 4 | 培训 | 24,000 |
| | 合计 | 1,868,000 |

2.1 合同总价为人民币壹佰捌拾陆万捌仟元整（¥1,868,000），含税。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的55%，即¥1,027,400，乙方收款后启动项目。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的45%，即¥840,600。

3.3 乙方收款后向甲方开具增值税专用发票。

3.4 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

## 第四条 交付

4.1 乙方在收到首付款后150日内完成系统部署上线。因甲方需求变更、基础数据准备不及时或现场条件不具备造成延误的，工期相应顺延。

4.2 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的2%。

4.3 甲方应在合同签订后15日内指定项目负责人，并在乙方要求的时间内提供物料编码、配方、工艺路线、设备清单等基础数据；因甲方提供的数据不完整或不准确导致返工的，费用由甲方承担。

4.4 项目实施期间甲方提出需求变更的，应以书面形式提出，乙方评估后另行报价，经甲方确认后实施。

## 第五条 验收

5.1 系统部署完成并上线运行，即视为甲方验收合格。

5.2 甲方在上线后使用系统任何功能的，视为甲方对该功能的确认，乙方不另行组织验收。

## 第六条 维护服务

6.1 自系统上线之日起六个月为免费维护期，乙方提供远程技术支持及缺陷修复。

6.2 免费维护期满后，甲方应购买乙方年度维护服务，年度维护费为软件许可费的25%，即每年¥345,000，于每个维护年度开始前支付。

6.3 故障响应：一级故障（生产管理模块无法使用）乙方在接到报修后24小时内响应；二级及以下故障在3个工作日内响应。修复时间视故障情况而定。

6.4 乙方不因响应或修复超时承担任何扣款、赔偿或违约责任。

6.5 维护服务内容包括远程技术支持、缺陷修复、补丁及小版本升级；不包括新增功能开发、现场服务及因甲方操作不当造成的故障处理，上述服务另行收费，其中现场服务按每人天¥3,000加差旅费收取。

## 第七条 知识产权

7.1 MES系统软件及乙方在本合同项下完成的全部定制开发成果（包括源代码、工艺模型、接口程序及相关文档）的知识产权均归乙方所有。

7.2 甲方在本合同约定范围内获得非独占、不可转让的使用许可，不得修改、反编译，也不得提供给第三方使用。

7.3 甲方如需获得定制开发成果的源代码，应另行与乙方协商并支付费用。

## 第八条 数据

8.1 甲方在系统中产生的生产经营数据归甲方所有。

8.2 甲方同意，乙方可对系统中的生产工艺及质量数据进行脱敏处理，用于乙方食品行业工艺模型训练、产品改进及行业分析，该使用不因本合同终止而停止。

8.3 乙方对甲方数据采取访问控制、加密备份和操作日志审计等安全措施；因乙方原因导致甲方数据泄露或丢失的，乙方应在发现后及时通知甲方，并承担相应的赔偿责任。

## 第九条 保密

9.1 双方对在合作中知悉的对方技术秘密和经营信息负有保密义务，未经对方书面同意，不得向第三方披露。保密期限自本合同生效起至合同终止后三年。

9.2 乙方有权在其宣传材料及客户名单中使用甲方名称，作为成功案例展示。

## 第十条 责任限制

10.1 乙方在本合同项下的累计赔偿责任（含违约金）以人民币贰拾万元（¥200,000）为限。

10.2 乙方不承担间接损失、利润损失及停产损失。

10.3 任何一方提出索赔的，应在知道或应当知道损失发生之日起90日内书面提出，否则视为放弃。

## 第十一条 合同解除

11.1 本合同生效后，甲方不得以任何理由单方解除合同。乙方违约的，甲方可要求乙方继续履行或采取补救措施，但不得因此解除合同。

11.2 甲方逾期付款超过30日的，乙方有权解除合同，已收款项不予退还。

## 第十二条 培训与甲方义务

12.1 乙方为甲方提供系统管理员培训2天、关键用户培训3天，培训在甲方现场进行，甲方负责提供培训场地及设备；超出部分按每人天¥3,000另行计费。

12.2 甲方应保证系统运行环境符合乙方提供的配置要求，并确保操作人员经培训后上岗。甲方不得自行或委托第三方对系统进行修改、二次开发或与其他系统集成，否则乙方不再承担维护责任。

## 第十三条 不可抗力

13.1 因不可抗力、网络攻击、第三方软硬件故障或政府行为导致乙方不能履行或迟延履行的，乙方不承担责任。

## 第十四条 争议解决

14.1 因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

14.2 争议解决期间，双方应继续履行本合同中不涉及争议的部分。

## 第十五条 其他

15.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

15.2 双方联系方式以合同首部为准；任何一方变更联系方式应提前5日书面通知对方，否则按原地址送达即视为有效送达。

15.3 本合同附件包括功能清单、实施计划及报价单；附件与正文不一致的，以正文为准。

15.4 本合同条款为乙方标准条款，双方确认已充分阅读并理解。

甲方（盖章）：柳州螺香记食品有限公司　　　乙方（盖章）：南宁智造云途软件有限公司

授权代表：__________　　　授权代表：__________

日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# e01 (.pdf, Article N / N.N, price table printed as rows) Weifang kite studio, perpetual licences, Finnish vendor
# — GOVERNING-LAW, LIABILITY-CAP, WARRANTY
# ---------------------------------------------------------------------------------------------------------------
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. KL-WF-2026-07
P:This Agreement is made between Weifang Fengyuan Kite Art Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Kuiwen District, Weifang, Shandong Province ("Customer"), and Kaunis Loft Oy, a company incorporated in Finland with its registered office on Kaunissaari, Pyhtää, Finland ("Vendor").
H:Recitals
P:(A) Customer designs and makes display, sport and traditional kites, including multi-section dragon and centipede kites for festivals, and wishes to move its frame engineering and sail pattern work from hand drafting and general-purpose drawing tools to specialised software.
P:(B) Vendor develops WingFrame Designer, a design application for tensioned-fabric structures, and the PatternFlow textile nesting module.
P:(C) At Customer's request, all prices in this Agreement are stated, invoiced and paid in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Licensed Software" means WingFrame Designer and PatternFlow in the versions listed in Annex 1, with their documentation and any updates delivered under this Agreement.
P:1.2 "Custom Templates" means the kite template library that Vendor builds for Customer under Article 3, including parametric frame models, bridle point rules, sail panel rules, spar tables and any scripts or files created for them.
P:1.3 "Customer Designs" means all drawings, models, patterns, cutting files and other data created or imported by Customer with the Licensed Software.
P:1.4 "Final Acceptance" means the signature by Customer of the acceptance certificate under Article 5.
H:Article 2 Licence
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software for the number of named seats stated in Article 4, at Customer's premises in Weifang and on laptops used by Customer's staff at kite festivals in China and abroad.
P:2.2 Customer may move a seat to another user or computer by deactivating it on the old one. Customer may keep reasonable copies for backup and disaster recovery.
P:2.3 The Licensed Software remains the property of Vendor. Nothing in this Agreement transfers Vendor's pre-existing intellectual property to Customer.
H:Article 3 Services
P:3.1 Vendor shall build the Custom Templates for four kite families: delta, sled, parafoil and multi-section dragon or centipede trains. Each template shall include frame geometry, bridle points and sail panel rules matched to the fabrics (ripstop nylon, polyester and silk) and spars (carbon, glass fibre and bamboo) that Customer uses.
P:3.2 Vendor shall install the Licensed Software, import Customer's 140 legacy designs listed in Annex 2, and train Customer's designers and cutting-room staff on site in Weifang for eight working days.
P:3.3 Vendor shall deliver the Custom Templates within 75 days after the signature of this Agreement.
P:3.4 Customer shall give Vendor access to its legacy files, sample fabrics and one experienced designer for two days a week during the template work.
H:Article 4 Price
P:4.1 The Contract Price is CNY 1,070,000, inclusive of all taxes, travel and expenses, made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|WingFrame Designer, perpetual licence|6 named seats|118,000|708,000
TB:2|PatternFlow nesting module, perpetual licence|2 named seats|64,000|128,000
TB:-|Licence Subtotal|-|-|836,000
TB:3|Custom Templates (four kite families)|1 lot|186,000|186,000
TB:4|Installation, legacy import and on-site training|1 lot|48,000|48,000
TB:-|Contract Price|-|-|1,070,000
P:4.2 The Contract Price is fixed. Vendor bears any exchange-rate risk.
H:Article 5 Acceptance
P:5.1 After installation and delivery of the Custom Templates, the parties shall run the acceptance tests in Annex 3 within 15 working days. The tests shall show that: (a) each Custom Template generates frame and sail geometry for at least three sizes without manual correction; (b) all 140 legacy designs open and export to the format of Customer's cutting plotter; (c) PatternFlow nests a reference set of 60 panels with fabric use no worse than Customer's current hand layout; and (d) the software runs on all six seats without licence errors.
P:5.2 Customer shall sign the acceptance certificate within five working days after the tests are passed, or give written reasons for refusing it. Vendor shall correct the defects and repeat the failed tests.
P:5.3 Installation, delivery of licence keys, payment or use of the Licensed Software in production does not constitute acceptance.
H:Article 6 Payment
P:6.1 20% of the Contract Price (CNY 214,000) within 30 days after signature, against Vendor's invoice.
P:6.2 55% of the Contract Price (CNY 588,500) within 30 days after installation and delivery of licence keys for all seats. This payment does not mean acceptance.
P:6.3 25% of the Contract Price (CNY 267,500) within 30 days after Final Acceptance.
P:6.4 Each payment is made by bank transfer to Vendor's account named in its invoice. Customer may deduct from any payment the credits and liquidated damages due to it under this Agreement.
H:Article 7 Warranty and Support
P:7.1 Vendor warrants, for ninety (90) days after Final Acceptance, that the Licensed Software and the Custom Templates will perform substantially in accordance with their documentation and Annex 3. During that period Vendor shall correct defects free of charge.
P:7.2 Severity 1 means that the Licensed Software cannot be started, cannot save or export designs, or that the licence server blocks all seats. Vendor shall respond to a Severity 1 incident within two hours, at any time of day, and work continuously until a fix or workaround is in place. Severity 2 incidents shall receive a response within one business day.
P:7.3 For each full hour by which Vendor exceeds the Severity 1 response time, Vendor shall credit Customer CNY 600 against the next invoice or, if no invoice is due, pay that amount.
P:7.4 After the warranty period Customer may buy Annual Maintenance (updates, new versions and the support in 7.2 and 7.3) at 11% of the Licence Subtotal, that is CNY 91,960 per maintenance year. This fee is fixed for the first six maintenance years. Maintenance is ordered by Customer's purchase order each time and does not renew automatically.
H:Article 8 Delay
P:8.1 If Vendor fails to deliver the Custom Templates by the date in 3.3 for reasons not attributable to Customer, Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
H:Article 9 Intellectual Property
P:9.1 The Custom Templates and all intellectual property in them vest in Customer on creation. Vendor shall deliver them with editable source files. Customer may use, modify, copy and license them to third parties without restriction.
P:9.2 Customer Designs belong to Customer.
H:Article 10 Customer Data and Security
P:10.1 Customer Designs and other Customer data remain on Customer's computers. Vendor shall access them only through remote support sessions opened by Customer for a specific incident, shall not copy them to its own systems, and shall delete any file received for troubleshooting when the incident is closed.
P:10.2 Vendor shall keep its support tools patched, use multi-factor authentication for its support staff and log every remote session. The licence server shall not transmit Customer Designs.
P:10.3 Vendor shall notify Customer within 24 hours of any security incident affecting Customer data, help Customer contain it, and is liable for the losses caused by an incident attributable to Vendor.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public information, including Customer's unreleased kite designs, customer list and prices, and Vendor's source code, and shall use it only for this Agreement. This obligation survives for three years after termination.
H:Article 12 Limitation of Liability
P:12.1 Vendor's total aggregate liability arising out of or in connection with this Agreement shall not exceed CNY 350,000.
P:12.2 The limitation in 12.1 does not apply to liability for personal injury, fraud or wilful misconduct, or to breach of Articles 10 and 11.
H:Article 13 Subcontracting
P:13.1 Vendor shall not subcontract any of the services without Customer's prior written consent, and remains responsible for any subcontractor approved.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice.
P:14.2 Customer may also terminate by written notice if the liquidated damages under Article 8 reach their maximum.
P:14.3 The licences granted in Article 2 survive termination once the licence fees have been paid.
H:Article 15 Force Majeure
P:15.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of Finland.
P:16.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the Arbitration Rules of the Finland Arbitration Institute. The seat of arbitration is Helsinki and the language is English.
H:Article 17 General
P:17.1 This Agreement, with Annex 1 (Licensed Software and versions), Annex 2 (legacy designs) and Annex 3 (acceptance tests), is the entire agreement between the parties. Changes must be in writing and signed by both parties. Notices shall be sent by e-mail with a copy by courier to the addresses above.
P:For Customer: ____________________    For Vendor: ____________________
P:Name and title: __________________    Name and title: __________________
P:Date: ____________    Date: ____________
"""

# ---------------------------------------------------------------------------------------------------------------
# e02 (.md, Order Form Part A + General Terms Part B, fee table) Dunhuang desert-camp booking SaaS, Icelandic vendor
# — GOVERNING-LAW, PREPAYMENT, SUBCONTRACT
# ---------------------------------------------------------------------------------------------------------------
E02 = """# CAMPWAVE ORDER FORM AND GENERAL TERMS

Order Form No. MB-CN-2026-0142

## PART A — ORDER FORM

**Customer:** Dunhuang Mingsha Starfield Camp Management Co., Ltd., Dunhuang, Gansu Province, People's Republic of China.

**Vendor:** Málmey Booking ehf., a private limited company registered in Iceland, with its seat on Málmey, Skagafjörður, Iceland.

This Order Form and the General Terms in Part B together form the agreement between Customer and Vendor (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A1. Background

Customer operates six desert camps near the Mingsha dunes and Yueya Spring, with luxury tents, bubble domes and cabins, and sells stays, camel treks and stargazing evenings directly and through online travel agencies. Customer wishes to replace its spreadsheets and separate channel extranets with one booking platform. Vendor provides the CampWave platform as a hosted subscription service.

### A2. Services

Vendor shall provide: (a) the CampWave platform for six camps and up to 260 tents, domes and cabins, with web booking engine, WeChat mini-program booking, front-desk module, housekeeping app, deposits and refunds, and reports; (b) the channel manager add-on connecting up to four online travel agencies; (c) the set-up services in A6. The platform shall support Chinese and English for staff and Chinese, English, Japanese and Korean for guests, and shall issue electronic invoices through Customer's invoicing account.

### A3. Fees

At Customer's request all fees are stated and paid in CNY.

| Item | Basis | Fee (CNY) |
|---|---|---|
| Platform subscription (6 camps, up to 260 units) | per Subscription Year | 176,000 |
| Channel manager add-on (up to 4 channels) | per Subscription Year | 28,000 |
| Subscription Fees | per Subscription Year | 204,000 |
| Set-up, data migration and staff training | one-time | 58,000 |
| Total for the Initial Term (three Subscription Years plus set-up) | | 670,000 |
| SMS messages above 20,000 per Subscription Year | usage, monthly in arrears | 0.06 per message |

### A4. Invoicing and Payment

A4.1 Vendor will invoice the Set-up Fee together with the Subscription Fees for the first Subscription Year, CNY 262,000 in total, on the Order Date. Customer shall pay that invoice within 15 days, and in any event before the Go-Live Date.

A4.2 Subscription Fees for the second and third Subscription Years are invoiced at the start of each of those Subscription Years and payable within 30 days.

A4.3 SMS overage, if any, is invoiced monthly in arrears.

### A5. Term

The Initial Term is three Subscription Years, starting on the Go-Live Date. A "Subscription Year" runs from the Go-Live Date, or an anniversary of it, to the day before the next anniversary. This Order Form does not renew automatically; any renewal requires a new Order Form signed by both parties.

### A6. Set-up and Go-Live

A6.1 Vendor shall configure the six camps, their unit types, rate plans and seasonal calendars, migrate 1,500 open future reservations from Customer's spreadsheets, connect the four channels, and train front-desk and housekeeping staff on site in Dunhuang for three days.

A6.2 The Target Go-Live Date is 15 March 2027, before the spring season.

A6.3 Go-live acceptance tests: (a) test bookings of every unit type through the web engine, the mini-program and each connected channel; (b) deposits and refunds reconciled with Customer's payment account; (c) housekeeping status updated from the app; (d) all 1,500 migrated reservations matched against Customer's list. When the tests are passed Customer signs a Go-Live Certificate. Use of the platform before that signature is not acceptance.

A6.4 If the Go-Live Certificate is not signed by the Target Go-Live Date for reasons attributable to Vendor, Vendor shall pay Customer CNY 450 for each day of delay, deducted from later invoices.

### A7. Service Levels

A7.1 Monthly availability of the booking engine and front-desk module: 99.95%, excluding maintenance announced at least 72 hours in advance and carried out between 02:00 and 05:00 Beijing time.

A7.2 Support priorities:

| Priority | Meaning | Response time |
|---|---|---|
| P1 | booking engine or front desk unavailable for all camps | 30 minutes |
| P2 | a camp, a channel or a key function impaired | 2 hours |
| P3 | other questions | next business day |

A7.3 Service credits: for each full 30 minutes of unavailability in a month beyond the availability target, a credit of 2% of the monthly equivalent of the Subscription Fees; for each full 30 minutes by which a P1 response is late, CNY 300. Credits are set off against the next invoice.

### A8. Contacts

Customer's project contact is its operations manager at the Dunhuang head office. Vendor's project contact is its China account manager, who speaks Chinese and is available on WeChat during the set-up period and the first camp season.

### A9. Signatures

Signed for Customer: ____________________ Date: ____________

Signed for Vendor: ____________________ Date: ____________

## PART B — GENERAL TERMS

### B1. Definitions

"Customer Data" means all data entered into the platform by or for Customer, including guest names, contact details, identity document numbers required for registration, reservations, payments and reviews. "Customer Configurations" means rate plans, booking page designs, e-mail and message templates, and reports set up for Customer.

### B2. Use of the Services

B2.1 Vendor grants Customer a non-exclusive right to use the platform during the term for its own camps. Customer shall not resell access or attempt to reverse engineer the platform.

B2.2 Customer is responsible for its user accounts and for the accuracy of its rates and availability.

B2.3 Customer shall not use the platform to send unsolicited marketing messages, and shall obtain any consent of guests that the law requires for the messages it sends through the platform.

B2.4 Vendor may improve and update the platform from time to time, provided that an update does not materially reduce the functions described in A2. Vendor will describe significant changes in release notes at least 14 days before they take effect.

### B3. Customer Data

B3.1 Customer Data belongs to Customer. Vendor shall process Customer Data only to provide the services and on Customer's instructions, and shall not use it for any other purpose.

B3.2 Within 30 days after the end of the term Vendor shall deliver all Customer Data in a commonly used format and then delete it from its systems.

B3.3 Customer is responsible for giving guests the privacy notice required by law for the data it collects through its booking pages; Vendor shall provide a template notice that Customer may adapt.

### B4. Security

B4.1 Customer Data is hosted in a data centre in mainland China with an MLPS level-3 filing. Vendor shall encrypt Customer Data in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for 180 days, and comply with the Personal Information Protection Law.

B4.2 Vendor shall notify Customer within 24 hours of becoming aware of a breach affecting Customer Data, cooperate in its investigation and notification, and bear the losses and costs that a breach attributable to Vendor causes to Customer.

### B5. Subcontractors and Sub-processors

Vendor may engage subcontractors and sub-processors of its choice, including its hosting provider, SMS gateway and payment connectors. Vendor will inform Customer of any new subcontractor or sub-processor by e-mail; Customer's consent is not required. Vendor remains responsible for their performance.

### B6. Confidentiality

Each party shall keep confidential the non-public information received from the other, including Customer's rates, occupancy and guest lists and Vendor's product road map, and shall use it only for this Agreement. This obligation lasts for three years after the end of the term.

### B7. Intellectual Property

The platform and its documentation remain Vendor's property. Customer Configurations belong to Customer; Customer may use and modify them freely and hand them to a successor provider.

### B8. Liability

Each party's total liability under the Agreement is limited to 150% of the total fees payable under the Order Form. The limit does not apply to breach of B3, B4 or B6, personal injury or wilful misconduct. Neither party is liable for indirect loss, such as loss of profit or bookings, except where it results from breach of B3 or B4.

### B9. Termination

B9.1 Either party may terminate the Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after notice.

B9.2 If Customer terminates under B9.1, Vendor shall refund the unused part of any fees paid in advance.

### B10. Governing Law and Jurisdiction

The Agreement is governed by the laws of Iceland. The District Court of Reykjavík has exclusive jurisdiction over any dispute arising out of it.

### B11. Force Majeure

Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, sandstorms affecting Customer's sites or failures of public networks, provided it notifies the other party promptly and takes reasonable steps to resume performance. Service credits remain due for unavailability caused by failures of Vendor's own suppliers.

### B12. General

Neither party may assign the Agreement without the other's written consent. Notices are given by e-mail to the contacts named in the Order Form. The Agreement is written in English; a Chinese translation is for convenience only. Changes to the Agreement must be in writing and signed by both parties. If any provision is held invalid, the rest of the Agreement remains in force.
"""

# ---------------------------------------------------------------------------------------------------------------
# e03 (.docx, Section N / N.N, Word price table) Jiangxi navel-orange orchard pest-trap sensors, buyer's paper,
# Slovenian integrator — compliant
# ---------------------------------------------------------------------------------------------------------------
E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR AN ORCHARD PEST MONITORING SYSTEM
P:Contract No. XFQY-PM-2026-05
P:Buyer: Ganzhou Xinfeng Qiyuan Navel Orange Orchard Co., Ltd., Xinfeng County, Ganzhou, Jiangxi Province, People's Republic of China (the "Buyer").
P:Supplier: Izola AgriSense d.o.o., a company registered in Slovenia, with its registered office in Izola, Slovenia (the "Supplier").
P:The Buyer grows navel oranges on 1,150 hectares of hillside terraces. Citrus psyllid, oriental fruit fly and Chinese citrus fly cause heavy losses, and manual trap counting cannot keep up with the season. The Buyer therefore invited quotations for an automated pest monitoring system. Having considered the Supplier's proposal of 12 May 2026, the parties agree as follows, on the Buyer's standard terms.
H:Section 1 Scope
P:1.1 The Supplier shall supply, install and commission 420 camera-equipped smart insect traps, 12 LoRaWAN gateways and two micro weather stations across the Buyer's orchards, and supply a perpetual licence of its pest monitoring platform, installed in the Buyer's own cloud tenancy in mainland China.
P:1.2 The Supplier shall map every trap to its orchard block, calibrate the cameras and lure holders, tune its pest recognition model to the species and lighting of the Buyer's orchards, and train the Buyer's plant protection team.
P:1.3 At the Buyer's request all prices are stated and paid in Chinese yuan (CNY).
P:1.4 The Buyer shall provide access to the orchards, a site office and storage, guides familiar with the terraces, and the orchard block boundaries in digital form. The Buyer's plant protection team shall take part in calibration and in the selection of reference images.
H:Section 2 Price
P:2.1 The Contract Price is CNY 1,766,200, inclusive of taxes, duties, freight to site and all expenses, as itemised below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Smart insect trap with camera and lure holder|420|2,680|1,125,600
TB:2|LoRaWAN gateway with solar power kit|12|9,800|117,600
TB:3|Micro weather station|2|36,500|73,000
TB:4|Pest monitoring platform, perpetual licence|1|186,000|186,000
TB:|Hardware and Licence Subtotal|||1,502,200
TB:5|Installation, block mapping and calibration|1 lot|142,000|142,000
TB:6|Recognition model tuning for local pests|1 lot|98,000|98,000
TB:7|Training|1 lot|24,000|24,000
TB:|Contract Price|||1,766,200
P:2.2 The Contract Price is fixed and is not subject to adjustment for exchange rates or costs.
H:Section 3 Payment
P:3.1 20% of the Contract Price (CNY 353,240) within 30 days after signature, against the Supplier's invoice and an advance payment guarantee from a bank acceptable to the Buyer for the same amount.
P:3.2 45% of the Contract Price (CNY 794,790) within 30 days after the Installation Certificate. The Installation Certificate confirms delivery and installation only and is not acceptance.
P:3.3 35% of the Contract Price (CNY 618,170) within 30 days after Final Acceptance.
H:Section 4 Delivery and Delay
P:4.1 The Supplier shall complete installation by 31 August 2026, so that the system runs through the autumn fruit fly peak.
P:4.2 If the Supplier is late for reasons not attributable to the Buyer, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the maximum is reached, the Buyer may terminate the Contract under Section 13.
H:Section 5 Acceptance
P:5.1 Final Acceptance requires that: (a) no more than eight of the 420 traps fail to report during 14 consecutive days; (b) the platform correctly identifies at least 450 of 500 reference trap images selected by the Buyer's plant protection team; (c) pest counts, weather data and block maps are shown correctly on the platform and exported to the Buyer's farm management system; and (d) documentation, passwords and configuration backups are handed over.
P:5.2 The Buyer shall confirm Final Acceptance in writing within ten working days after the tests are passed, or state the defects in writing. The Supplier shall correct defects and repeat the tests at its own cost.
P:5.3 Installation, use of the system or payment under 3.2 does not constitute acceptance.
H:Section 6 Warranty
P:6.1 The warranty period is 24 months from Final Acceptance. During it the Supplier shall repair or replace any defective trap, gateway, weather station or software free of charge, including parts, travel and labour.
P:6.2 The Supplier shall keep at the Buyer's site at least ten spare traps and one spare gateway throughout the warranty period.
P:6.3 The Supplier shall ensure that spare parts and lures for the traps remain available for at least seven years after Final Acceptance.
H:Section 7 Service Levels
P:7.1 The platform shall achieve a monthly availability of at least 99.95%.
P:7.2 Priority 1 means that the platform is unavailable, or that more than one gateway is down. The Supplier shall respond to a Priority 1 fault within one hour and restore service within eight hours; where a site visit is needed, a field engineer shall be on site within 24 hours. Priority 2 faults (a single trap or station down, wrong counts in one block) shall receive a response on the next working day and be fixed within three working days.
P:7.3 For each full hour by which a Priority 1 response or restoration is late, the Supplier shall pay CNY 800. For each 0.01 percentage point by which monthly availability falls short of 7.1, the Supplier shall pay CNY 1,000. The Buyer may deduct these amounts from any payment due.
H:Section 8 Post-Warranty Support
P:8.1 After the warranty period the Buyer may order annual support, covering repairs, software updates and the service levels in Section 7, at 9% of the Hardware and Licence Subtotal, that is CNY 135,198 per support year. This fee is fixed for the first three support years.
P:8.2 Support is ordered by a separate purchase order for each support year and does not renew automatically.
H:Section 9 Data
P:9.1 All trap images, pest counts, weather data, maps and logs ("Orchard Data") belong to the Buyer. The Supplier shall process Orchard Data only to perform this Contract and shall not use it for any other purpose, including training models for other customers.
P:9.2 The platform runs in the Buyer's own cloud tenancy in mainland China. The Supplier shall access it only through accounts issued by the Buyer, with multi-factor authentication, and shall not copy Orchard Data out of the tenancy. The Supplier shall apply security patches to the platform within the warranty and support periods.
P:9.3 The Supplier shall report any security incident affecting Orchard Data to the Buyer within 12 hours, take immediate measures to contain it, and compensate the Buyer for the losses caused by an incident attributable to the Supplier.
H:Section 10 Confidentiality
P:10.1 Each party shall keep confidential the non-public information received from the other party, including the Buyer's yields, orchard maps and pest records and the Supplier's technical know-how, and shall not disclose it to third parties without prior written consent. This obligation survives for three years after the end of this Contract.
H:Section 11 Intellectual Property
P:11.1 The tuned recognition model weights, block maps, configurations and reports produced for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier keeps the intellectual property in its pre-existing platform, which the Buyer uses under the perpetual licence.
H:Section 12 Liability and Subcontracting
P:12.1 The Supplier's total liability under this Contract is limited to twice the Contract Price, except for personal injury, wilful misconduct and breach of Sections 9 and 10, which are not limited.
P:12.2 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for any subcontractor approved.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the liquidated damages under Section 4 reach their maximum.
P:13.2 On termination the Supplier shall refund payments received for goods and services not accepted and hand over all Orchard Data and documentation.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Nanchang Arbitration Commission for arbitration in Nanchang in accordance with its rules. The award is final and binding on both parties.
H:Section 15 Force Majeure and Insurance
P:15.1 Neither party is liable for delay caused by events beyond its reasonable control, such as typhoons, floods or epidemics, if it notifies the other party promptly and resumes performance as soon as possible; time for performance is extended accordingly.
P:15.2 The Supplier shall maintain public liability insurance covering its work in the orchards and shall show the policy to the Buyer on request.
H:Section 16 General
P:16.1 This Contract is made in English and Chinese, both texts being equally authentic. Annex 1 (technical specification), Annex 2 (orchard block list) and Annex 3 (acceptance test plan) form part of it.
P:16.2 Neither party may assign this Contract without the other party's written consent. Notices shall be given in writing to the addresses above.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Name and title: ___________________    Name and title: ___________________
P:Date: ____________    Date: ____________
"""

# ---------------------------------------------------------------------------------------------------------------
# e04 (.md, numbered clauses with Schedules: priority and charges tables) Wenling pump maker managed cloud
# desktops, Luxembourg provider — GOVERNING-LAW only (low)
# ---------------------------------------------------------------------------------------------------------------
E04 = """# Managed Cloud Desktop Services Agreement

**Agreement No.:** VCW-HR-2026-019

**Between**

(1) **Zhejiang Wenling Huarun Pump Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in Wenling, Taizhou, Zhejiang Province (the "Customer"); and

(2) **Vianden Cloud Workspace S.à r.l.**, a company incorporated in the Grand Duchy of Luxembourg, with its registered office in Vianden, Luxembourg (the "Provider").

**Background.** The Customer makes centrifugal, submersible and garden pumps and employs designers, engineers and office staff at two plants in Wenling. It wishes to replace ageing office PCs and CAD workstations with hosted virtual desktops managed by the Provider. At the Customer's request all Charges are stated and paid in Chinese yuan (CNY).

## 1. Definitions

1.1 "Services" means the managed cloud desktop services described in Schedule 1.

1.2 "Charges" means the charges in Schedule 3.

1.3 "Customer Data" means all files, e-mails, drawings, settings and other data stored on or processed in the desktops, and all logs relating to the Customer's users.

1.4 "Service Commencement Date" means the date on which the Customer signs the Service Acceptance Certificate under clause 4.

1.5 "Subscription Year" means each successive period starting on the Service Commencement Date or an anniversary of it.

## 2. Term

2.1 This Agreement starts on signature. The Initial Term of the Services is three Subscription Years from the Service Commencement Date.

2.2 The Agreement ends when the Initial Term expires. Any extension must be agreed in writing by both parties; it does not renew automatically.

## 3. The Services

3.1 The Provider shall provide 220 standard desktops and 40 engineering desktops with GPU acceleration for CAD and simulation, user profile management, backup, anti-malware, patching, a service desk in Chinese, and monthly reporting, as set out in Schedule 1.

3.2 The Customer shall provide the dedicated line termination points at both plants, thin clients or existing PCs for access, and a named IT coordinator. The Customer remains responsible for its own software licences installed on the desktops, except those listed in Schedule 1 as supplied by the Provider.

3.3 The desktops shall be hosted at the Provider's approved hosting partner in Hangzhou named in Schedule 4, in a facility with an MLPS level-3 filing, and connected to both plants through dedicated lines.

## 4. Onboarding and Service Acceptance

4.1 The Provider shall build the desktop images, migrate user profiles and files, set up the dedicated lines and run a pilot with 30 users. The planned Service Commencement Date is 1 November 2026.

4.2 Service acceptance tests: (a) logon to a standard desktop in under 30 seconds at 08:00 peak for all pilot users; (b) the Customer's CAD benchmark assembly opens on an engineering desktop in no more time than on the reference workstation; (c) files and mailboxes of all users migrated and spot-checked by department heads; (d) seven consecutive working days of pilot operation without a P1 incident. When all tests are passed the Customer signs the Service Acceptance Certificate. Use of the desktops during the pilot is not acceptance.

4.3 If the Service Commencement Date is later than 1 November 2026 for reasons attributable to the Provider, the Provider shall pay CNY 1,800 for each day of delay.

## 5. Service Levels

5.1 The desktops shall be available 99.95% of each calendar month, measured at the hosting facility and excluding maintenance agreed in advance.

5.2 The Provider shall respond to and resolve incidents in accordance with the priority table in Schedule 2.

5.3 If a service level is missed, the Provider shall grant the service credits set out in Schedule 2, deducted from the next invoice. Service credits do not limit the Customer's other remedies.

## 6. Charges and Payment

6.1 The Customer shall pay the Charges set out in Schedule 3.

6.2 Monthly Charges are invoiced monthly in arrears from the Service Commencement Date. The Onboarding Charge is invoiced after the Service Acceptance Certificate is signed. Nothing is payable before the Service Commencement Date.

6.3 Invoices are payable within 30 days of receipt.

6.4 The Charges are fixed for the Initial Term.

## 7. Customer Data and Security

7.1 Customer Data belongs to the Customer. The Provider shall process it only to provide the Services and in accordance with the Customer's written instructions, and shall not use it for any other purpose.

7.2 The Provider shall keep Customer Data in mainland China, encrypt it at rest and in transit, restrict administrative access to named engineers using multi-factor authentication, record all administrative sessions, and keep backups for 30 days.

7.3 The Provider shall notify the Customer within 12 hours of any security incident affecting Customer Data, take all reasonable steps to contain it, and bear the losses and costs caused to the Customer by an incident attributable to the Provider or its hosting partner.

7.4 The Customer may audit the Provider's compliance with this clause once in each Subscription Year, on 20 working days' notice, or at any time after a security incident.

7.5 On expiry or termination the Provider shall return Customer Data in a format agreed with the Customer and then securely delete it, and confirm deletion in writing.

## 8. Intellectual Property

8.1 The desktop images, scripts, group policies and documentation created for the Customer belong to the Customer, which may use and modify them freely and hand them to another provider.

8.2 The Provider keeps the intellectual property in its management platform and tools.

## 9. Confidentiality

9.1 Each party shall keep confidential the non-public information of the other, including the Customer's pump designs, drawings and customer lists, and shall use it only for this Agreement. This clause survives for three years after the end of the Agreement.

## 10. Liability

10.1 The Provider's total liability under this Agreement is limited to 150% of the total Charges payable for the Initial Term.

10.2 The limit does not apply to breach of clauses 7 and 9, personal injury or wilful misconduct.

## 11. Subcontracting

11.1 The hosting partner named in Schedule 4 is approved by the Customer's signature of this Agreement. Any other subcontracting requires the Customer's prior written consent. The Provider remains responsible for its subcontractors.

## 12. Termination

12.1 Either party may terminate this Agreement by written notice if the other commits a material breach and does not remedy it within 30 days after notice.

12.2 The Customer may also terminate by written notice if availability falls below the level in clause 5.1 in three months of any six.

12.3 On termination the Provider shall continue the Services for up to 90 days, at the same Charges, while the Customer moves to another provider.

## 13. Governing Law and Jurisdiction

13.1 This Agreement is governed by the laws of the Grand Duchy of Luxembourg.

13.2 The courts of Luxembourg City have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.

## 14. General

14.1 This Agreement, with its Schedules, is the entire agreement of the parties. Changes must be in writing and signed by both parties. Neither party may assign it without the other's written consent.

14.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other promptly and does its best to limit the effects. Service credits remain payable where the Provider has not implemented the disaster recovery measures in Schedule 1.

14.3 Notices shall be given in writing, in English or Chinese, to the addresses above or to such other address as a party notifies.

Signed for the Customer: ____________________ Date: __________

Signed for the Provider: ____________________ Date: __________

## Schedule 1 — Service Description

Standard desktops: four virtual CPUs, 16 GB memory, 120 GB storage, Windows, Office suite licensed by the Customer. Engineering desktops: eight virtual CPUs, 32 GB memory, a GPU share certified for the Customer's CAD software, 500 GB storage. Daily backup with 30-day retention, and replication of backups to a second data centre of the hosting partner in mainland China for disaster recovery. Service desk in Chinese, 07:30 to 20:00 on working days, with on-call engineers at all other times for P1 incidents.

## Schedule 2 — Priorities and Service Credits

| Priority | Description | Response | Resolution |
|---|---|---|---|
| P1 | desktops unavailable for a whole plant, or for more than 20 users | 15 minutes | 2 hours |
| P2 | desktops unavailable for up to 20 users, or serious slowness | 30 minutes | 8 hours |
| P3 | single user problem or request | 2 hours | next working day |

Service credits, per calendar month: availability below the level in clause 5.1: 5% of the Monthly Charges; availability short of that level by more than half a percentage point: 10% of the Monthly Charges. For each P1 incident whose response or resolution is late: CNY 1,000 per full hour of delay. Credits are capped at 25% of the Monthly Charges for that month.

## Schedule 3 — Charges

| Item | Quantity | Unit charge (CNY per month) | Monthly Charges (CNY) |
|---|---|---|---|
| Standard desktop | 220 | 185 | 40,700 |
| Engineering desktop | 40 | 620 | 24,800 |
| Management, service desk and reporting | 1 | 6,500 | 6,500 |
| Total Monthly Charges | | | 72,000 |

Onboarding Charge (images, migration, dedicated lines, pilot), one-time: CNY 96,000.

Total Charges for the Initial Term: 36 monthly payments of CNY 72,000 (CNY 2,592,000) plus the Onboarding Charge, that is CNY 2,688,000.

## Schedule 4 — Approved Hosting Partner

Hangzhou Qiantang Data Centre Co., Ltd., Hangzhou, Zhejiang Province, which provides the data centre space, power, cooling and physical security for the Services.
"""

# ---------------------------------------------------------------------------------------------------------------
# e05 (.txt, upper-case headings, a Schedule) Harbin ride-hailing platform driver-licence check API, Finnish vendor
# — CONFIDENTIALITY, SLA-MISSING, SLA-RESPONSE
# ---------------------------------------------------------------------------------------------------------------
E05 = """API SUBSCRIPTION AGREEMENT
DRIVER LICENCE VERIFICATION SERVICE

Agreement No. VV-HRB-2026-11

PARTIES

Harbin Beiyun Mobility Technology Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Songbei District, Harbin, Heilongjiang Province ("Customer").

Vartio Verify Oy, a company incorporated in Finland, with its registered office on Vartiosaari, Helsinki, Finland ("Vendor").

BACKGROUND

Customer operates a ride-hailing platform in Harbin and neighbouring cities and must check, when a driver registers and periodically afterwards, that the driver's motor vehicle driving licence is valid, of the right class and not suspended. Vendor operates an application programming interface ("API") that checks licence data submitted by its customers against authorised data sources and returns a verification result. The checks are required by the rules on online ride-hailing services and by the transport authorities of Heilongjiang Province, and Customer expects to run between 80,000 and 100,000 Checks in a normal month. Customer wishes to subscribe to the API on the terms below. At Customer's request all fees are stated and paid in Chinese yuan (CNY).

1. DEFINITIONS

1.1 "Check" means one verification request submitted to the API and answered with a result code.

1.2 "Query Data" means all data submitted by Customer through the API, including driver names, identity document numbers, licence numbers and photographs, and every result returned for it.

1.3 "Subscription Year" means each successive period starting on the Production Start Date or an anniversary of it.

1.4 "Production Start Date" means the date on which Customer signs the Integration Acceptance Certificate under clause 4.

1.5 "Integration Adapter" means the connector software that Vendor develops to link the API with Customer's driver onboarding system.

1.6 "Authorised Data Sources" means the official or licensed databases that Vendor is lawfully entitled to query for licence validity, class and suspension status, as listed in Vendor's documentation from time to time.

2. SUBSCRIPTION AND TERM

2.1 Vendor grants Customer the right to submit Checks to the API and to use the results for driver onboarding, periodic re-verification and regulatory reporting.

2.2 The term is two Subscription Years from the Production Start Date. After that the subscription renews automatically for further Subscription Years at the same fees, unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.

2.3 The subscription includes 1,200,000 Checks per Subscription Year. Unused Checks do not carry over.

2.4 Customer shall submit Checks only for drivers who have applied to or drive on its platform, shall have a lawful basis for each Check, and shall inform drivers of the Checks in its driver terms.

2.5 Customer's affiliates operating the platform in other cities of Heilongjiang Province may use the subscription under this Agreement. Customer remains responsible for them.

3. FEES AND PAYMENT

3.1 The fees are set out in the Schedule.

3.2 The Subscription Fee is invoiced quarterly in arrears, in four equal instalments per Subscription Year. The Onboarding Fee is invoiced after the Integration Acceptance Certificate is signed. Checks above the included volume are invoiced quarterly in arrears at the overage rate in the Schedule.

3.3 Customer shall pay each undisputed invoice within 30 days of receipt. No fee is payable before the Production Start Date.

3.4 The fees in the Schedule are fixed for the term in clause 2.2 and for any renewal.

4. ONBOARDING AND INTEGRATION ACCEPTANCE

4.1 Vendor shall develop the Integration Adapter, provide sandbox and production credentials, and support Customer's developers until Integration Acceptance.

4.2 Integration acceptance tests: (a) 500 reference Checks prepared by Customer, covering valid, expired, suspended, wrong-class and non-existent licences, return the expected result codes; (b) every error code in the API documentation can be triggered in the sandbox and is handled by the Integration Adapter; (c) results are written correctly into Customer's driver records; (d) the audit log in (6.4) records every test Check. When the tests are passed Customer signs the Integration Acceptance Certificate. Use of the sandbox or of production credentials before that is not acceptance.

4.3 Customer shall provide test accounts for its onboarding system, a technical contact and the reference data for the tests in 4.2.

4.4 Vendor shall make the production endpoint available and the Integration Adapter ready for testing by 15 October 2026. If Integration Acceptance is delayed beyond 31 October 2026 for reasons attributable to Vendor, Vendor shall pay Customer CNY 400 for each day of delay.

5. SERVICE AND SUPPORT

5.1 Vendor will use commercially reasonable efforts to keep the API available at all times, except for maintenance, and to answer support tickets promptly.

5.2 Support is provided by e-mail and through Vendor's ticket portal in English and Chinese. Vendor does not commit to any particular availability level, response time or resolution time.

5.3 Vendor will announce planned maintenance on its status page in advance where practicable.

5.4 Vendor shall give Customer at least 90 days' written notice of any change to the API that is not backwards compatible, and shall keep the previous version running during that period.

6. QUERY DATA AND DATA PROTECTION

6.1 Query Data belongs to Customer. Vendor shall process Query Data only to answer Customer's Checks, on Customer's documented instructions, and shall not use it for any other purpose, including building databases, training models or providing services to others.

6.2 Query Data shall be processed and stored only in mainland China, on servers operated by Vendor's subsidiary Vartio Verify (Shanghai) Co., Ltd., and shall not be transferred abroad.

6.3 Vendor shall protect Query Data with encryption in transit and at rest, role-based access limited to named staff, multi-factor authentication, and regular vulnerability scanning, in accordance with the Personal Information Protection Law and the Data Security Law.

6.4 Vendor shall keep an audit log of all Checks for 180 days and delete Query Data 30 days after the result is returned, except for the audit log.

6.5 Customer may audit Vendor's compliance with this clause once in each Subscription Year on 30 days' notice, and at any time after a breach. Vendor shall also provide the reports and certifications that Customer reasonably needs for its own compliance assessments.

6.6 Vendor shall notify Customer within 24 hours of any personal information breach affecting Query Data, assist Customer with notifications to authorities and drivers, and compensate Customer for the losses, fines and costs caused by a breach attributable to Vendor.

7. INTELLECTUAL PROPERTY

7.1 The API, its documentation and Vendor's verification methods remain Vendor's property.

7.2 The Integration Adapter, including its source code, belongs to Customer once the Onboarding Fee has been paid. Customer may use, modify and license it freely.

7.3 Vendor shall deliver the Integration Adapter with its source code, build instructions and documentation in English and Chinese, and shall correct defects reported in it during the term at no extra charge.

8. SUBCONTRACTING

8.1 Vendor's subsidiary named in clause 6.2 is approved by Customer's signature of this Agreement. Vendor shall not subcontract any other part of the services without Customer's prior written consent, and remains responsible for all subcontractors.

9. LIABILITY

9.1 Vendor's total liability under this Agreement is limited to 200% of the total fees payable for the term in clause 2.2, excluding overage charges.

9.2 The limit does not apply to breach of clause 6, personal injury or wilful misconduct. Neither party is liable for indirect or consequential loss.

10. TERMINATION

10.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach and does not remedy it within 30 days after notice.

10.2 Vendor may terminate by written notice if Customer fails to pay an undisputed invoice within 30 days after a written reminder.

10.3 On termination Vendor shall stop processing Query Data, delete it and the audit log after handing a copy of the audit log to Customer, and confirm deletion in writing.

10.4 Clauses 6, 7 and 9 survive termination.

11. GOVERNING LAW AND DISPUTES

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules in force at the time. The award is final and binding.

12. FORCE MAJEURE

12.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, including failures of the authorised data sources, provided it informs the other party promptly and resumes performance as soon as possible. Fees for any full calendar month in which the API cannot be used for such a reason are reduced pro rata.

13. GENERAL

13.1 This Agreement, with the Schedule, is the whole agreement between the parties. Changes must be in writing and signed by both parties. Neither party may assign this Agreement without the other's written consent. Notices shall be sent by e-mail and courier to the addresses above.

SIGNATURES

For Customer: ____________________   Name and title: ____________________   Date: __________

For Vendor: ____________________   Name and title: ____________________   Date: __________

SCHEDULE - FEES

Item                                              Basis                          Fee (CNY)
Subscription Fee (1,200,000 Checks included)      per Subscription Year          264,000
Onboarding Fee (Integration Adapter, support)     one-time                        38,000
Overage                                           per Check above included        0.18
Total fees for the term (two Subscription Years plus Onboarding Fee)             566,000

Notes: Subscription Fees are invoiced in quarterly instalments of CNY 66,000 in arrears. Overage is counted per Subscription Year and invoiced quarterly once the included volume is used. All amounts include value-added tax.
"""

# ---------------------------------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "h333z01": ("h333z01_cultural_relics_safety_platform.pdf", Z01, "zh"),
    "h333z02": ("h333z02_floor_plant_coating_line_control.docx", Z02, "zh"),
    "h333z03": ("h333z03_fitness_studios_saas_implementation.txt", Z03, "zh"),
    "h333z04": ("h333z04_trading_centre_system_annual_om.txt", Z04, "zh"),
    "h333z05": ("h333z05_luosifen_mes_supplier_template.md", Z05, "zh"),
    "h333e01": ("h333e01_kite_studio_design_software_licences.pdf", E01, "en"),
    "h333e02": ("h333e02_desert_camp_booking_saas_order_form.md", E02, "en"),
    "h333e03": ("h333e03_orange_orchard_pest_trap_sensors.docx", E03, "en"),
    "h333e04": ("h333e04_pump_maker_managed_cloud_desktops.md", E04, "en"),
    "h333e05": ("h333e05_ride_hailing_licence_check_api.txt", E05, "en"),
}

# ---------------------------------------------------------------------------------------------------------------
# Labels. Derived values are computed here from the figures in the texts (buyer's view).
# ---------------------------------------------------------------------------------------------------------------
def pct(a, b):
    return a / b * 100


# price and payment sums (asserted)
Z01_HW = 504000 + 230400 + 331200 + 211200 + 368000
Z01_V = Z01_HW + 296000 + 187600 + 21600
assert Z01_HW == 1644800 and Z01_V == 2150000
assert (430000, 967500, 752500) == (Z01_V * 20 // 100, Z01_V * 45 // 100, Z01_V * 35 // 100)
assert round(Z01_HW * 0.07) == 115136
Z02_HW = 344000 + 235600 + 174000 + 142800 + 63200 + 128000
Z02_V = Z02_HW + 156000 + 118400 + 18000
assert Z02_HW == 1087600 and Z02_V == 1380000
assert (276000, 690000, 345000, 69000) == tuple(Z02_V * p // 100 for p in (20, 50, 25, 5))
Z03_YEAR = 45 * 4800 + 36000
Z03_V = 3 * Z03_YEAR + 94000
assert Z03_YEAR == 252000 and Z03_V == 850000 and Z03_YEAR / 4 == 63000
Z04_V = 4 * 168000 + 4 * 26500 + 138000 + 96000 + 74000
assert Z04_V == 1086000 and Z04_V / 4 == 271500
Z05_LIC = 1380000
Z05_V = Z05_LIC + 360000 + 104000 + 24000
assert Z05_V == 1868000 and Z05_V * 55 // 100 == 1027400 and Z05_V * 45 // 100 == 840600
assert Z05_LIC * 25 // 100 == 345000
E01_LIC = 6 * 118000 + 2 * 64000
E01_V = E01_LIC + 186000 + 48000
assert E01_LIC == 836000 and E01_V == 1070000
assert (214000, 588500, 267500) == tuple(E01_V * p // 100 for p in (20, 55, 25))
assert round(E01_LIC * 0.11) == 91960
E02_YEAR = 176000 + 28000
E02_V = 3 * E02_YEAR + 58000
E02_ADV = E02_YEAR + 58000
assert E02_YEAR == 204000 and E02_V == 670000 and E02_ADV == 262000
E03_HW = 420 * 2680 + 12 * 9800 + 2 * 36500 + 186000
E03_V = E03_HW + 142000 + 98000 + 24000
assert E03_HW == 1502200 and E03_V == 1766200
assert (353240, 794790, 618170) == tuple(E03_V * p // 100 for p in (20, 45, 35))
assert round(E03_HW * 0.09) == 135198
E04_MONTH = 220 * 185 + 40 * 620 + 6500
E04_V = 36 * E04_MONTH + 96000
assert E04_MONTH == 72000 and E04_V == 2688000
E05_V = 2 * 264000 + 38000
assert E05_V == 566000

def terms(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwfee, auto, term, sub, law,
          kind):
    return {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
            "data_security_clause": dsec, "buyer_owns_data": owns, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": prepay,
            "acceptance_clause": acc, "final_payment_on_acceptance": final, "warranty_months": warr,
            "post_warranty_fee_pct": pwfee, "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


G, S = "goods_or_licence", "service"
LABELS = {
    # key: (category, terms, sla_clause, ld_stated, capped (goods only), deemed, value, fee_base (goods), rules)
    "h333z01": ("hardware",
                terms(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 7, False, True,
                      False, "PRC", G),
                True, True, True, False, Z01_V, Z01_HW, []),
    "h333z02": ("hardware",
                terms(None, 1, False, "buyer", True, True, True, None, None, 20, True, True, 18, None, False, True,
                      False, "PRC", G),
                True, False, False, False, Z02_V, Z02_HW,
                ["CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-SLA-NO-REMEDY"]),
    "h333z03": ("cloud",
                terms(99.5, 0.5, True, "buyer", True, False, True, pct(600, Z03_V), 150, None, True, None, None,
                      None, True, True, False, "PRC", S),
                True, True, None, False, Z03_V, None,
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h333z04": ("services",
                terms(99.95, 0.25, False, "buyer", False, True, True, 0.1, None, None, True, None, None, None,
                      False, True, False, "PRC", S),
                True, True, None, False, Z04_V, None,
                ["CR-DATA-SECURITY", "CR-SLA-NO-REMEDY"]),
    "h333z05": ("software",
                terms(None, 24, False, "supplier", True, False, True, 0.02, pct(200000, Z05_V), 55, False, False,
                      6, 25, False, False, None, None, G),
                True, True, True, True, Z05_V, Z05_LIC,
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                 "CR-TCO-SERVICE-SHARE", "CR-TERMINATION", "CR-WARRANTY"]),
    "h333e01": ("software",
                terms(None, 2, True, "buyer", True, True, True, 0.08, pct(350000, E01_V), 20, True, True, 3, 11,
                      False, True, False, "Finland", G),
                True, True, True, False, E01_V, E01_LIC,
                ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-WARRANTY"]),
    "h333e02": ("cloud",
                terms(99.95, 0.5, True, "buyer", True, True, True, pct(450, E02_V), 150, pct(E02_ADV, E02_V), True,
                      None, None, None, False, True, True, "Iceland", S),
                True, True, None, False, E02_V, None,
                ["CR-GOVERNING-LAW", "CR-PREPAYMENT", "CR-SUBCONTRACT"]),
    "h333e03": ("hardware",
                terms(99.95, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 24, 9, False, True, False,
                      "PRC", G),
                True, True, True, False, E03_V, E03_HW, []),
    "h333e04": ("cloud",
                terms(99.95, 0.25, True, "buyer", True, True, True, pct(1800, E04_V), 150, None, True, None, None,
                      None, False, True, False, "Luxembourg", S),
                True, True, None, False, E04_V, None, ["CR-GOVERNING-LAW"]),
    "h333e05": ("cloud",
                terms(None, None, False, "buyer", True, True, False, pct(400, E05_V), 200, None, True, None, None,
                      None, False, True, False, "PRC", S),
                False, True, None, False, E05_V, None,
                ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}


# ---------------------------------------------------------------------------------------------------------------
# policy.md §3/§4 applied to the labels (my reading of the policy, used to cross-check the expected rules)
# ---------------------------------------------------------------------------------------------------------------
def tco_share(t, value, base, capped):
    """Share of post-warranty fees in TCO over 5 years from acceptance; None when not computable / not applicable."""
    if t["contract_kind"] != G:
        return None
    if t["post_warranty_fee_pct"] is None or not capped:
        return None
    years = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (value + fees) * 100


def derive_rules(t, sla_clause, ld_stated, capped, deemed, value, base):
    r = set()
    goods = t["contract_kind"] == G
    if not sla_clause:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla_clause and not t["sla_remedy"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, value, base, capped)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    return sorted(r)


FOREIGN_FORUM = {"h333e01", "h333e02", "h333e04"}  # forum outside mainland China (chosen law is the forum's here)
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def risk(rules):
    sev = {SEVERITY.get(r, "medium") for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label(key):
    cat, t, sla, lds, capped, deemed, value, base, rules = LABELS[key]
    extra = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": FILES[key][0], "language": FILES[key][2], "category": cat, "expected_terms": t,
            "expected_extra": extra, "expected_rules": sorted(rules)}


def check_labels():
    seen = set()
    for key, (cat, t, sla, lds, capped, deemed, value, base, rules) in LABELS.items():
        d = derive_rules(t, sla, lds, capped, deemed, value, base)
        law = t["governing_law"]
        if (law is not None and law != "PRC") or key in FOREIGN_FORUM:
            d = sorted(set(d) | {"CR-GOVERNING-LAW"})
        assert d == sorted(rules), (key, d, rules)
        seen |= set(rules)
        # no derived value on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 0.005
        assert t["liability_cap_pct"] is None or abs(t["liability_cap_pct"] - 100) > 1
        assert t["prepayment_pct"] is None or abs(t["prepayment_pct"] - 30) > 1
        assert t["warranty_months"] not in (12, 60) and t["post_warranty_fee_pct"] != 15
        share = tco_share(t, value, base, capped)
        assert share is None or abs(share - 40) > 1, (key, share)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None and capped is None
    all_rules = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
                 "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
                 "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
                 "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
    assert len(all_rules) == 20 and seen == set(all_rules), set(all_rules) - seen
    counts = [len(v[-1]) for v in LABELS.values()]
    assert sorted(counts)[:3] == [0, 0, 1] and sum(2 <= c <= 3 for c in counts) == 6 and max(counts) >= 8
    assert len(LABELS["h333z05"][-1]) >= 8
    assert [risk(LABELS[k][-1]) for k in LABELS if len(LABELS[k][-1]) < 2] == ["low"] * 3


# ---------------------------------------------------------------------------------------------------------------
# Threshold figures: none may appear in any text (raw, whitespace-collapsed, and whitespace-free for CJK patterns)
# ---------------------------------------------------------------------------------------------------------------
CJK_NUM = "一二三四五六七八九十百千零〇两"
PATTERNS = {
    "availability 99.9": [r"(?<![\d.])99\.9(?!\d)", r"百分之九十九点九(?![一二三四五六七八九])"],
    "P1 4 hours": [r"(?<![\d.])4\s*(?:个\s*)?小时", r"(?<![\d.])4[\s-]*(?:hours?|hrs?|h)(?![a-z])",
                   r"(?<![" + CJK_NUM + r"])四\s*个?\s*小时", r"(?<![\w-])four[\s-]+hours?\b",
                   r"(?<![\d.])240\s*(?:分钟|minutes?|mins?)"],
    "LD 0.05 %": [r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![十百])", r"(?<![\d.])0\.0005(?!\d)"],
    "cap 100 %": [r"(?<![\d.])100\s*%", r"百分之一?百", r"(?<![\d.])100\s*per\s?cent", r"one hundred per\s?cent"],
    "30 %": [r"(?<![\d.])30\s*%", r"(?<![\d.])30\s*per\s?cent", r"百分之三十(?![一二三四五六七八九])", r"三成",
             r"\bthirty\s+per\s?cent"],
    "40 %": [r"(?<![\d.])40\s*%", r"(?<![\d.])40\s*per\s?cent", r"百分之四十(?![一二三四五六七八九])", r"四成",
             r"\bforty\s+per\s?cent"],
    "15 %": [r"(?<![\d.])15\s*%", r"(?<![\d.])15\s*per\s?cent", r"百分之十五(?![一二三四五六七八九])",
             r"\bfifteen\s+per\s?cent"],
    "12 months / one year": [r"(?<![\d.])12\s*个\s*月", r"(?<![\d.])12[\s-]*months?\b",
                             r"(?<![" + CJK_NUM + r"])十二\s*个\s*月", r"\btwelve[\s-]+months?\b",
                             r"\bone[\s-]+years?\b", r"(?<![\d.])1[\s-]+years?\b", r"一年", r"壹年"],
    "5 years / 60 months": [r"(?<![\d.])5\s*(?:个\s*)?年", r"(?<![\d.])5[\s-]+years?\b",
                            r"(?<![" + CJK_NUM + r"])五\s*年", r"\bfive[\s-]+years?\b",
                            r"(?<![\d.])60\s*(?:个\s*)?月", r"(?<![\d.])60[\s-]+months?\b", r"六十\s*个\s*月",
                            r"\bsixty[\s-]+months?\b"],
}
COMPILED = {k: [re.compile(p, re.I) for p in v] for k, v in PATTERNS.items()}
MUST_HIT = ["4小时", "四小时", "四个小时", "4 hours", "4-hour", "four hours", "240分钟", "240 minutes", "99.9%",
            "百分之九十九点九", "0.05%", "万分之五", "100%", "百分之百", "百分之一百", "30%", "30 per cent", "百分之三十",
            "三成", "40%", "百分之四十", "15%", "百分之十五", "fifteen per cent", "12个月", "十二个月", "12 months",
            "twelve months", "one year", "one-year", "一年", "5年", "五年", "five years", "60个月", "60 months",
            "sixty months"]
MUST_NOT_HIT = ["24小时", "二十四小时", "24 hours", "twenty-four hours", "14小时", "99.95%", "115%", "0.15%", "0.055%",
                "四十二个月", "2025年", "2026年3月", "130%", "45%", "150%", "36个月", "十八个月", "一个服务年度",
                "第一个服务年度", "first Subscription Year", "0.5米/分钟", "15日内", "30日", "thirty days",
                "Severity 1 response", "十五个工作日", "25%", "0.08%", "99.95", "240,000", "2,400", "1.5倍",
                "three years", "four kite families", "5 working days", "60 days", "160套"]


def self_test():
    def hits(s):
        return [k for k, ps in COMPILED.items() for p in ps if p.search(s)]
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_NOT_HIT:
        assert not hits(s), ("must not hit", s, hits(s))


def scan(name, text):
    bad = []
    variants = [text, re.sub(r"\s+", " ", text)]
    stripped = re.sub(r"\s+", "", text)
    for k, ps in COMPILED.items():
        for p in ps:
            for v in variants:
                for m in p.finditer(v):
                    bad.append((k, v[max(0, m.start() - 15):m.end() + 15]))
            if re.search(r"[\u4e00-\u9fff]", p.pattern):
                for m in p.finditer(stripped):
                    bad.append((k, stripped[max(0, m.start() - 15):m.end() + 15]))
    assert not bad, (name, bad)


# ---------------------------------------------------------------------------------------------------------------
# Build and read back
# ---------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    self_test()
    check_labels()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (name, src, lang) in FILES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, ext)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    for key in FILES:
        lab = label(key)
        stem = FILES[key][0].rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
    print()
    print("%-52s %-6s %-7s %s" % ("file", "length", "risk", "expected rules"))
    bad_len = []
    for key, (name, src, lang) in FILES.items():
        text = read_back(OUT / name)
        scan(name, text)
        scan(name + " (source)", src)
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        rules = LABELS[key][-1]
        print("%-52s %-6d %-7s %s" % (name, n, risk(rules), ", ".join(r[3:] for r in rules) or "(none)"))
        if not lo <= n <= hi:
            bad_len.append((name, n, lo, hi))
        assert json.loads((OUT / (name.rsplit(".", 1)[0] + ".json")).read_text(encoding="utf-8"))["file"] == name
    assert not bad_len, bad_len
    for key, v in LABELS.items():
        s = tco_share(v[1], v[6], v[7], v[4])
        if s is not None:
            print("TCO share %s: %.2f %%" % (key, s))
    print("all checks passed")


if __name__ == "__main__":
    main()
