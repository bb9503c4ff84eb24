"""holdout1045: builds the ten draft contracts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, thresholds, rules derived from labels vs design, coverage).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:住房租赁服务平台建设项目合同
P:合同编号：ZJJ-ZF-2026-0173（政府采购）
P:采购人（甲方）：江州市住房和城乡建设局
P:供应商（乙方）：江州云栖信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及江州市住房租赁服务平台建设项目公开招标文件（项目编号JZCG-2026-0419）、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方为甲方提供住房租赁服务平台软件许可，并在此基础上进行定制开发、数据对接、部署实施和培训，平台包括房源核验、租赁合同网签备案、租金监管、市场监测分析和移动端服务等模块。
P:1.2 平台部署在甲方政务云，乙方负责安装、配置、与不动产登记、公安人口库、市场监管等系统的接口对接，以及存量备案数据的迁移。
P:1.3 项目详细需求以招标文件第三章《采购需求》和双方确认的需求规格说明书为准。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰叁拾陆万捌仟元整（¥2,368,000），含税，包括：平台软件许可费1,180,000元；定制开发费862,000元；数据对接与迁移费214,000元；部署实施及培训费112,000元。
P:2.2 上述价款为固定总价，包含乙方完成本项目所需的全部人工、差旅、第三方组件和税费，甲方不再支付其他费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额发票后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方通过国库集中支付方式付款，因财政资金拨付程序造成的合理延迟不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后150日内完成部署、对接和数据迁移，并提交初步验收申请。
P:4.2 乙方应按周提交项目进度报告，出现可能影响工期的情况应及时书面告知甲方。
P:4.3 乙方应组建不少于8人的项目团队，项目经理须具有信息系统项目管理师资格并常驻甲方现场，未经甲方书面同意不得更换；核心开发人员更换的，替换人员资历不得低于原人员。
P:4.4 乙方应在合同签订后20日内提交项目实施方案，内容包括进度计划、需求调研安排、接口对接方案、数据迁移与回退方案、测试方案和培训计划，经甲方确认后执行。
P:4.5 需求调研完成后，乙方应编制需求规格说明书，经甲方业务处室和信息中心会签确认。需求变更按双方约定的变更程序办理，涉及费用调整的须经甲方书面同意。
H:第五条 验收
P:5.1 初步验收内容：功能与需求规格说明书逐项一致；与各外部系统接口连续运行10日无差错；迁移数据与原系统逐条比对一致；在并发用户800人时页面平均响应时间不超过2秒。
P:5.2 初步验收合格后进入试运行，试运行期为90日。试运行期间未发生一级故障、且第三方机构出具的网络安全等级保护测评和商用密码应用安全性评估报告结论为符合的，甲方组织最终验收。
P:5.3 平台上线使用、甲方支付款项或签署任何阶段性文件，均不视为最终验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
H:第六条 服务水平
P:6.1 质保期内，平台月度可用率不低于99.95%（计划内维护除外，计划内维护须提前三个工作日报甲方同意）。
P:6.2 一级故障（平台整体不可用或网签备案功能中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级问题在下一个版本中解决。
P:6.3 乙方未达到6.1或6.2承诺的，每迟延响应或恢复一小时扣减服务费1,000元；月度可用率每低于承诺值0.01个百分点扣减2,000元，从应付款项或履约保证金中扣除。
H:第七条 质保与维护
P:7.1 质保期为自最终验收合格之日起二十四个月，质保期内乙方免费提供缺陷修复、版本升级、政策调整引起的小规模功能变更和现场技术支持。
P:7.2 质保期满后，如甲方需要，乙方提供年度运维服务，年服务费不超过平台软件许可费的8%（即每年不超过94,400元），该价格在质保期满后三年内不上调。年度运维服务另行签订合同，不自动续期。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的程序、接口、数据库脚本及其源代码、技术文档的知识产权归甲方所有，乙方应在最终验收时一并交付，甲方可自行或委托第三方修改、使用。
P:8.2 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可，使用范围为甲方及其下属单位。
P:8.3 乙方保证所交付的软件和成果不侵犯任何第三方的知识产权，因此引起的纠纷由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台中的房源、合同、租金、个人身份等数据均属于甲方所有，乙方不得用于本合同以外的任何目的，不得留存、复制或向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、操作审计和敏感字段加密，运维操作一律通过甲方堡垒机进行。
P:9.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政处罚后果。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、系统架构、账号口令和未公开信息负有保密义务，不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十一条 分包
P:11.1 乙方不得将本项目主体工作转包。乙方可将数据整理、现场培训等非主体工作分包给其他单位，事先书面通知甲方即可，乙方对分包部分向甲方承担全部责任。
H:第十二条 违约责任
P:12.1 乙方未按第四条约定期限提交初步验收申请的，每逾期一日，应按合同总价的万分之三向甲方支付违约金。
P:12.2 乙方交付的成果经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:12.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后10日内仍未改正的，甲方有权书面通知解除本合同并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书和双方确认的需求规格说明书为本合同组成部分。本合同一式六份，甲乙双方各执两份，采购代理机构和财政部门备案各一份，自双方签字盖章之日起生效。
P:15.2 因不可抗力不能履行合同的，受影响一方应在不可抗力发生后3日内通知对方，并在15日内提供有关证明，双方根据影响程度协商延期履行或部分免除责任。
P:15.3 乙方应在项目结束时向甲方移交全部技术文档，包括需求规格说明书、设计说明书、数据库设计、接口说明、部署手册、运维手册、用户手册和测试报告，文档应真实、完整，与交付版本一致。
P:15.4 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。
P:甲方（盖章）：江州市住房和城乡建设局            乙方（盖章）：江州云栖信息技术有限公司
P:签订日期：2026年    月    日
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：JL-GZ-2026-031
P:甲方：宁海精量电动卷尺有限公司
P:乙方：宁波恒控自动化工程有限公司
P:甲方电动卷尺总装车间现有三条装配线和一条注塑辅线的控制系统老化、故障频发，甲方决定对其进行改造。乙方已完成现场勘查并提交技术方案。双方经协商，就改造项目达成如下合同。
H:第一条 改造范围
P:1.1 乙方负责更换四条产线的PLC控制柜、伺服驱动及人机界面，部署产线监控与数据采集软件，并按甲方工艺编写控制程序、完成安装调试和人员培训。
P:1.2 改造须在甲方安排的两个停产窗口内完成，每个窗口不超过10日，不得影响其他产线正常生产。
P:1.3 技术要求：新控制系统须兼容甲方现有的卷尺外壳注塑件、钢带冲压和自动绕带工装；控制柜防护等级不低于IP54；人机界面采用中文操作画面，关键参数修改须经班组长权限确认；所有设备具备断电保护和故障记录功能，故障记录保存不少于一年。
P:1.4 乙方应在改造前完成旧系统程序和参数的备份，改造后的每条产线须保留手动运行模式，以便在软件故障时维持基本生产。
P:1.5 乙方应提交详细设计文件，包括电气原理图、接线图、I/O分配表、网络拓扑、软件功能说明和切换方案，经甲方设备部审核签字后方可实施。
P:1.6 监控与数据采集软件应实现以下功能：各工位实时状态看板、产量与节拍统计、停机原因记录与分析、设备报警推送、班次报表和与甲方ERP系统的产量数据接口。软件部署在甲方机房服务器上，不依赖外网运行。
H:第二条 合同价格
P:2.1 合同总价为人民币2,480,000元（含13%增值税），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含PLC、I/O模块、低压电器）|4套|1,260,000
TB:2|伺服电机及驱动器|64套|486,000
TB:3|产线监控与数据采集软件许可（永久）|1套|318,000
TB:|设备及软件小计||2,064,000
TB:4|安装调试及停产窗口切换|1项|236,000
TB:5|控制程序编写及工艺参数整定|1项|148,000
TB:6|操作及维修人员培训|1项|32,000
TB:|合同总价||2,480,000
P:2.2 合同总价包含设备运输、保险、安装辅材和乙方人员费用，除经双方书面确认的变更外不作调整。
H:第三条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并经甲方清点签收后，甲方支付合同总价的35%。到货签收仅为数量确认，不代表质量验收。
P:3.3 四条产线全部通过最终验收后，甲方支付合同总价的45%。
P:3.4 剩余10%作为质量保证金，质保期满且无未解决质量问题后10个工作日内无息支付。
P:3.5 乙方每次请款前应开具等额增值税专用发票。甲方付款以收到合格发票为前提，乙方迟延开票的，甲方付款期限相应顺延。
H:第四条 工期与验收
P:4.1 乙方应在合同生效后60日内完成设备到货，第一个停产窗口开始后90日内完成全部改造。
P:4.2 每条产线改造完成后连续试生产7日，验收标准为：节拍达到每分钟18只以上；成品一次合格率不低于改造前水平；急停、安全光幕、过载等保护功能全部测试有效；监控软件采集的产量、停机和报警数据完整，并与设备计数器逐班核对一致。
P:4.3 全部产线达到上述标准后，甲方组织最终验收并签署验收报告。设备安装完毕、开机运行或甲方使用均不视为验收合格。
P:4.4 乙方现场人员须遵守甲方安全生产、防火和车间管理制度，进行带电作业、登高作业前须办理作业许可。因乙方人员违规造成人身伤害或财产损失的，由乙方负责。
P:4.5 乙方应在最终验收时移交全套竣工图纸、程序备份、参数清单、设备说明书、合格证和维修手册，以及培训记录。
P:4.6 培训分为操作培训和维修培训，操作培训覆盖全部班组长和操作工，维修培训对象为甲方设备部电工，培训后须经考核合格，乙方对未通过考核的人员免费补训。
H:第五条 质保期
P:5.1 质保期为自最终验收合格之日起十八个月。质保期内乙方免费维修、更换有缺陷的设备和部件，并免费修正控制程序及软件缺陷。
P:5.2 质保期内，一级故障（整条产线停机）乙方应在1小时内响应，3小时内到场；二级故障（单工位停机）8小时内到场。乙方每迟延到场一小时，向甲方支付800元，从质量保证金中扣除。
P:5.3 乙方应在甲方厂区存放常用备件，包括PLC电源及I/O模块、伺服驱动器各两套，质保期内备件消耗由乙方及时补足。
P:5.4 质保期内同一设备因同一质量问题维修三次仍不能正常运行的，乙方应免费更换同型号新设备，质保期自更换之日起重新计算。
H:第六条 质保期满后的维保服务
P:6.1 质保期满后，乙方提供年度维保服务，内容包括驻场工程师每周巡检、备件更换、程序优化和软件升级。
P:6.2 年度维保费按设备及软件小计的28%计收，即每年577,920元，在甲方继续使用期间不予上调，按季度支付。
P:6.3 维保期内，乙方仍按5.2约定的时限响应和到场，并按季度提交巡检报告，列明设备状态、隐患和处理建议。
P:6.4 甲方可在每个维保年度届满前一个月书面通知乙方不再续购维保服务，乙方应配合移交维保资料。
H:第七条 知识产权与数据
P:7.1 乙方为甲方编写的控制程序、工艺参数和组态文件归甲方所有，乙方应提供完整的源程序和注释，甲方可自行修改或委托他人修改。软件产品本身的著作权仍归乙方。
P:7.2 产线生产数据、工艺数据和质量数据归甲方所有，乙方不得将其用于本合同以外的任何用途。
P:7.3 乙方远程维护须经甲方逐次批准并通过甲方指定的VPN接入，操作全程留痕；乙方应采取防病毒、访问控制等措施保证控制网络安全。因乙方原因导致数据泄露、篡改或控制系统遭受攻击的，乙方应在2小时内告知甲方并承担由此造成的全部损失。
H:第八条 保密
P:8.1 乙方对在甲方厂区获得的工艺、图纸、产量和客户信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至相关信息公开之日止。
P:8.2 乙方不得在甲方厂区拍照、录像或复制图纸，确因工作需要的，须经甲方设备部书面批准，并在项目结束后将相关资料交还或销毁。
H:第九条 违约责任
P:9.1 乙方逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:9.2 因乙方原因造成甲方停产超出约定窗口的，乙方还应赔偿甲方停产损失。
P:9.3 乙方在本合同项下的累计赔偿责任（含违约金和损失赔偿）以合同总价的50%为限，但因乙方故意或重大过失造成的损失除外。
H:第十条 分包
P:10.1 未经甲方书面同意，乙方不得将本合同任何部分分包给第三方。
H:第十一条 合同解除
P:11.1 乙方严重违约且在甲方书面通知后15日内未纠正的，甲方有权解除合同并要求乙方返还已付款项、赔偿损失。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的提交宁波仲裁委员会仲裁。
H:第十三条 其他
P:13.1 因不可抗力致使合同不能按期履行的，受影响方应及时通知对方并提供证明，履行期限相应顺延。
P:13.2 乙方技术方案、报价单和双方签署的设计审核文件为本合同附件，与本合同具有同等效力。
P:13.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：                    乙方（盖章）：
P:日期：                            日期：
"""

Z03 = """约课及会员管理系统服务合同

合同编号：TD-SaaS-2026-0058

甲方：广州勇道跆拳道培训连锁有限公司（下称"甲方"，现有直营门店35家）
乙方：深圳馆云科技有限公司（下称"乙方"）

甲方为统一35家门店的课程预约、会员管理、课时核销和续费提醒，拟采用乙方"馆云"约课及会员管理系统（SaaS），并由乙方提供实施服务。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务：乙方在服务期内向甲方35家门店开通"馆云"系统专业版，包括排课约课、会员档案、课时包与储值卡、教练课酬、考级报名、家长端小程序和经营报表功能。
（二）实施服务：乙方负责系统初始化配置、存量会员及剩余课时数据导入、小程序上线、与甲方收银系统对接，以及对店长和前台人员的培训。
实施服务的成果包括：系统配置说明、数据导入核对报告、收银对接接口说明、各岗位操作手册和培训签到记录，乙方应在上线验收时一并提交。
（三）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，每个服务年度为一年。
（四）乙方在服务期内提供的服务还包括：
1. 系统版本的常规升级，新版本上线前至少提前5日通知甲方并提供更新说明；
2. 工作日9:00至21:00的在线客服和电话支持，周末及节假日提供值班支持，以适应门店晚间和周末上课高峰；
3. 每季度一次的运营数据分析，向甲方总部提交门店续费率、课时消耗和教练排课饱和度报告；
4. 新开门店的账号开通和店员培训，在甲方通知后3个工作日内完成。

二、费用
（一）订阅费按门店计收，每店每个服务年度9,600元，35家门店每个服务年度合计336,000元，两个服务年度合计672,000元。
（二）实施费为一次性费用68,000元。
（三）本合同总价为740,000元（含6%增值税）。合同期内新增门店按每店每年9,600元按月折算增加，关闭门店的费用自次季度起相应减少。

三、付款
（一）实施费在系统上线验收合格后15个工作日内一次性支付。
（二）订阅费按季度支付，每季度首月10日前甲方支付该季度订阅费84,000元，乙方先开具发票。
（三）乙方收款账户以本合同首页所载为准，变更须提前书面通知。
（四）合同期内门店数量变化导致订阅费增减的，双方按季度对账，在下一季度订阅费中多退少补，并签署对账确认单。

四、上线与验收
（一）乙方应在合同签订后45日内完成全部门店的上线。
（二）上线验收标准：
1. 35家门店全部开通，账号、角色和权限与甲方提供的清单一致；
2. 导入的会员档案、剩余课时和储值余额与甲方原系统导出数据逐条核对一致；
3. 家长端小程序完成约课、签到、消课、续费全流程测试，连续7日无一级故障；
4. 与收银系统对接的订单和收款数据按日核对一致。
（三）达到上述标准后，甲方签署上线验收单。仅开通账号或门店开始使用，不视为验收合格。
（四）乙方每逾期一日完成上线，应向甲方支付违约金500元。
（五）乙方应指定一名实施经理负责整个上线过程，按周向甲方运营中心报告进度。实施期间乙方应至少派员到甲方总部及5家试点门店现场培训，其余门店可采用远程培训，并提供操作视频和常见问题手册。
（六）上线验收不合格的，乙方应在10日内完成整改并重新申请验收，整改期间仍按本条（四）计算逾期。

五、服务水平
（一）系统月度可用率不低于99.5%，按自然月计算，计划内维护应安排在每日23:00至次日6:00并提前48小时通知甲方。
（二）故障分级与响应：
1. 一级故障（全部门店无法约课或消课）：1小时内响应，6小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：2小时内响应，24小时内恢复；
3. 一般问题：1个工作日内答复。
（三）服务补偿：月度可用率未达承诺的，每低于0.1个百分点，减免当月订阅费的3%；一级故障超过恢复时限的，每超过1小时减免当月订阅费的1%，单月减免合计不超过当月订阅费的50%。
（四）乙方应每月5日前向甲方提交上月服务报告，列明可用率、故障记录、处理时长和减免金额，经甲方确认后作为当季付款的依据。

六、数据与安全
（一）甲方录入或导入系统的会员、学员（含未成年人）、家长、教练及经营数据均归甲方所有，乙方仅为提供本合同服务而处理，不得用于任何其他目的。
（二）乙方应按等保二级以上要求运营系统，对手机号、身份证号等敏感信息加密存储，实行最小权限和操作日志审计，数据每日备份并异地保存。
乙方运维人员访问甲方数据须经审批并留存记录，乙方不得在系统中为自身或第三方设置可绕过甲方权限管理的账号。系统服务器及备份均应位于中国境内。
（三）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，配合甲方履行个人信息保护法规定的告知义务，并赔偿由此给甲方造成的全部损失。
（四）合同终止后30日内，乙方应按甲方要求导出全部数据并在导出确认后彻底删除。
（五）乙方应每年委托有资质的机构对系统进行一次安全检测，并将检测结论提供给甲方；发现高危漏洞的，应在7日内修复完毕。

七、知识产权
（一）"馆云"系统平台的知识产权归乙方所有。
（二）乙方为甲方定制的报表、考级报名流程和收银对接程序归甲方所有，乙方应交付源代码，甲方可自由使用、修改或委托他人维护。

八、保密
双方对因本合同知悉的对方商业信息、会员信息和技术资料负有保密义务，未经对方书面同意不得披露，合同终止后仍然有效。
乙方员工接触甲方会员数据前须签署保密承诺，乙方应对其员工的保密行为负责。

九、分包
乙方不得将实施服务分包或转包，确需委托第三方提供短信、支付等配套服务的，须事先取得甲方书面同意。

十、续期
（一）服务期满前30日内任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可多次续期。
（二）续期时乙方有权根据市场情况和产品升级调整订阅单价，以乙方在服务期满前发出的续费通知为准。

十一、违约与解除
（一）乙方连续两个月未达到第五条可用率承诺，或严重违反第六条的，甲方有权书面通知解除本合同，乙方应退还已付未使用期间的订阅费并赔偿损失。
（二）甲方逾期支付订阅费超过30日的，乙方可暂停服务，但应提前7日书面通知。
（三）乙方在本合同项下的赔偿责任总额以本合同总价的150%为限，数据泄露造成的损失不受此限。
（四）本合同终止或期满不再续期的，乙方应提供不少于30日的过渡期，保证门店在过渡期内可继续查询历史数据和导出报表，并配合甲方将数据迁移至新系统。

十二、法律适用与争议
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院起诉。

十三、其他
本合同一式四份，双方各执两份，自双方盖章之日起生效。附件：门店清单、功能清单、数据导入模板。
因不可抗力或电信运营商、云服务商大范围故障造成服务中断的，乙方应及时通知甲方并尽快恢复，该期间不计入可用率考核，但乙方应提交书面说明。双方的通知以本合同首页所载地址和联系人为准，电子邮件通知自发出之日起视为送达。

甲方（盖章）：                         乙方（盖章）：
授权代表：                             授权代表：
日期：                                 日期：
"""

Z04 = """快递车辆监控系统年度运维服务合同

项目名称：快递车辆监控系统2027年度运维服务（竞争性磋商，采购编号LZYZ-CS-2026-12）
采购人（甲方）：临州市邮政管理局
供应商（乙方）：临州市安行信息工程有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就快递车辆监控系统年度运维服务订立本合同，共同遵守。

1. 服务范围
1.1 运维对象为甲方快递车辆监控系统，包括监控平台软件、数据库及应用服务器、视频存储、车载定位终端接入网关，以及与邮政业安全监管信息系统的数据接口。
1.2 服务内容包括：日常巡检与监测、故障处理、系统及数据库维护、数据备份与恢复演练、车载终端接入异常排查、安全加固与漏洞修复、重要时段保障以及月度运维报告。
1.3 本合同不包括车载终端硬件的更换，终端故障由乙方排查定位后通知相关快递企业处理。
终端接入异常涉及多家快递企业的，乙方应汇总形成问题清单，每周报甲方，由甲方督促相关企业限期处理。
1.4 巡检要求：每日对平台服务、数据库、存储容量和接口数据量进行例行检查并记录；每周对车辆在线率、定位数据上报延迟和视频调阅情况进行统计分析；每月开展一次全面巡检，形成巡检报告。
1.5 备份要求：数据库每日增量备份、每周全量备份，备份数据保存不少于六个月；每半年开展一次备份恢复演练，演练方案和结果报甲方备案。
1.6 重要时段保障：在“双十一”“618”等业务高峰期及重大活动期间，乙方应增派工程师驻场值守，实行7×24小时监控。

2. 服务期限
2.1 服务期为2027年1月1日至2027年12月31日。
2.2 服务期满本合同自然终止，不自动续期。甲方如需继续采购，依法另行组织采购。

3. 服务费用与支付
3.1 年度服务费为人民币伍拾捌万陆仟元整（¥586,000），包括人工、工具、备品备件（单件价值2,000元以下）、差旅及税费，服务期内不作调整。
3.2 服务费按季度支付。每季度结束后，甲方依据第5条对该季度服务进行考核，考核合格后15个工作日内支付当季服务费146,500元；考核得分低于合格线的，按第6条扣减后支付。
3.3 本合同不设预付款。

4. 服务启动与人员
4.1 乙方应在服务期开始前10日内完成交接，提交运维方案、应急预案、人员名单和系统现状评估报告，并派驻2名具备相应资质的驻场工程师。
4.2 驻场工程师须保持稳定，乙方更换人员应提前10日书面征得甲方同意，且替换人员资质不低于原人员。
4.2.1 驻场工程师工作时间为工作日8:30至17:30，非工作时间实行电话值班，值班电话须保证随时接通。驻场工程师应遵守甲方机关管理制度，出入机房须登记。
4.3 乙方未按4.1约定完成服务启动的，每迟延一日，按年度服务费的千分之一向甲方支付违约金。
4.4 乙方应建立运维工作台账，如实记录巡检、故障、变更和备份情况，甲方可随时查阅。任何涉及系统配置、数据库结构或接口的变更，乙方须提前提交变更申请，经甲方批准后在指定时段实施，并准备回退方案。

5. 服务水平与考核
5.1 监控平台月度可用率不低于99.95%，计划内维护须提前3个工作日经甲方批准并安排在夜间进行。
5.2 故障分级与时限：
5.2.1 一级故障（平台整体中断、车辆定位数据全部中断或监管接口中断）：30分钟内响应，1小时内到场，6小时内恢复；
5.2.2 二级故障（部分功能或部分企业数据中断）：1小时内响应，12小时内恢复；
5.2.3 三级问题：1个工作日内处理完毕。
5.3 季度考核内容：可用率、故障响应与恢复时间、巡检及报告按时提交率、备份恢复演练结果和甲方满意度，具体评分细则见附件2。
5.4 服务期满前30日内，甲方根据全年考核结果组织年度服务验收，出具验收意见。
5.5 年度服务验收的标准为：全年各季度考核均合格；全年月度可用率均达到5.1的承诺；运维台账、巡检报告、演练记录和运维文档齐全；系统及数据完整移交。验收不合格的，乙方应在甲方指定期限内整改。

6. 服务扣款
6.1 一级故障每超过响应或恢复时限1小时，扣减服务费1,500元；二级故障每超时1小时扣减500元。
6.2 月度可用率每低于承诺值0.01个百分点，扣减当季服务费2,000元。
6.3 季度考核得分低于80分的，按差额每分扣减当季服务费1%。
6.4 扣款合计不超过当季服务费，超出部分由乙方另行赔偿。
6.5 扣款以季度考核结果和甲方确认的故障记录为依据，甲方应在扣款前将计算明细书面告知乙方，乙方有异议的可在5个工作日内提出并提供证明材料。

7. 数据安全
7.1 系统中的车辆轨迹、视频、企业和驾驶员信息等全部数据归甲方所有，乙方仅可为履行本合同进行必要的访问和处理，不得用于其他任何目的。
7.2 乙方人员须签署保密承诺书，运维操作必须通过甲方堡垒机进行，严禁私自拷贝数据或在外部网络存储数据，调试所用数据须经甲方批准并脱敏。
乙方人员离岗时，乙方应在当日通知甲方注销其账号和门禁权限。
7.3 乙方应按照网络安全等级保护要求做好系统安全加固，及时修补高危漏洞，配合甲方开展等保测评和安全检查。
7.4 发生数据泄露、篡改、丢失或网络安全事件的，乙方应在1小时内向甲方报告并立即采取处置措施；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

8. 保密
8.1 乙方对履约中知悉的甲方工作秘密、监管数据、系统配置和账号口令负有保密义务，不得以任何形式泄露。保密义务在合同终止后继续有效。

9. 知识产权
9.1 乙方在服务期内编写的运维脚本、配置文档、应急预案、运维报告等成果归甲方所有，甲方可自由使用和修改。
9.2 乙方保证其使用的工具软件不侵犯第三方权利，否则由乙方承担全部责任。
9.3 乙方在服务期内对系统进行的配置优化和缺陷修正，应同步更新运维文档，服务期满时连同源代码、配置清单一并移交甲方。

10. 分包
10.1 乙方不得将本合同服务分包或转包给任何第三方。

11. 违约与解除
11.1 乙方连续两个季度考核不合格，或发生因乙方原因导致的重大数据安全事件，或有其他严重违约行为，经甲方书面通知后7日内未改正的，甲方有权解除合同，并要求乙方赔偿由此造成的损失。
11.2 合同解除后，乙方应在10日内完成交接，移交全部文档、账号和运维资料，并配合新的服务单位过渡。
11.3 服务期满时，乙方同样应按11.2的要求完成交接，交接期间服务标准不得降低。

12. 法律适用与争议解决
12.1 本合同适用中华人民共和国法律。履行中发生争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

13. 其他
13.1 竞争性磋商文件、乙方响应文件、成交通知书及附件1《运维服务清单》、附件2《考核评分细则》为本合同组成部分。
13.2 本合同一式五份，甲方三份，乙方两份，经双方法定代表人或授权代表签字并加盖公章后生效。
13.3 因不可抗力造成服务中断的，乙方应及时通知甲方并尽力减少损失，该期间不计入考核。

甲方（盖章）：临州市邮政管理局            乙方（盖章）：临州市安行信息工程有限公司
日期：                                     日期：
"""

Z05 = """# 软件许可及定制开发合同

**（匠迹软件标准合同文本 V3.0）**

合同编号：JJ-2026-HS-0217

甲方（用户）：无锡惠山泥人文化工作室有限公司

乙方（开发方）：苏州匠迹软件科技有限公司

甲方拟采用乙方"匠迹"手作工艺流程追踪软件，对泥人作品从采泥、捏塑、晾坯、彩绘到包装发货的工序进行追踪管理，并由乙方按甲方需要进行定制开发。双方本着平等自愿原则，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供"匠迹"工艺流程追踪软件标准版许可一套（永久许可，20个用户），并完成以下定制开发：作品一物一码溯源、彩绘工序计件工资统计、大师作品证书生成和电商平台订单对接。

1.2 软件部署在甲方租用的云服务器上，由乙方远程完成安装部署。

1.3 云服务器、域名、短信通道、条码打印机及扫码枪等软硬件由甲方自行采购并承担费用，乙方可提供配置建议。

1.4 标准版软件的功能以乙方官网公布的产品说明为准，乙方有权对标准版功能进行调整和升级。

1.5 许可用户数以乙方系统中开通的账号为准。甲方需增加用户的，按乙方当期价格另行购买。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | "匠迹"工艺流程追踪软件许可（20用户） | 168,000 |
| 2 | 定制开发（一物一码、计件工资、证书、电商对接） | 176,000 |
| 3 | 部署实施及培训 | 42,000 |
| | 合计 | 386,000 |

2.1 上述价格含税。定制开发范围以双方签字的需求确认单为准，超出部分另行报价。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的65%，即250,900元，乙方收到款项后启动开发。

3.2 软件安装部署完成后5个工作日内，甲方支付剩余35%，即135,100元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停开发和技术支持。

## 第四条 开发与交付

4.1 乙方预计在收到首付款后75个工作日内完成开发和部署。因甲方需求变更、资料提供不及时或其他非乙方原因造成的延误，交付时间相应顺延。

4.2 乙方将按自身开发计划安排进度，并通过微信群向甲方通报进展。

4.3 甲方应指定一名项目联系人，负责需求确认、资料提供和内部协调，并在乙方提出要求后2个工作日内予以答复。甲方未及时答复的，视为同意乙方的处理方案。

4.4 甲方应在需求调研阶段一次性提出全部定制需求。需求确认单签字后，甲方提出的任何修改均视为需求变更，乙方有权另行收费并相应顺延交付时间。

4.5 甲方应保证其提供的作品图片、工艺说明、员工名单等资料合法合规，不侵犯第三方权利。

4.6 开发过程中乙方将向甲方提供测试账号，甲方应安排工作室人员按乙方要求进行试用并反馈意见，反馈意见将作为后续版本优化的参考。

## 第五条 验收

5.1 软件安装部署完成并向甲方开通账号后，即视为甲方验收合格。

5.2 甲方如对软件功能有意见，应在开通账号后3日内以书面形式提出，逾期未提出的视为无异议。

5.3 甲方提出的意见属于软件缺陷的，乙方将在后续版本中予以修正；属于新增需求的，按需求变更处理。

## 第六条 技术支持

6.1 乙方在工作日9:00至17:30通过电话、微信和远程方式提供技术支持，并将尽商业上合理的努力解决甲方反映的问题。

6.2 乙方不对软件的不间断运行或问题解决时限作出承诺。

6.3 因甲方自行修改配置、使用非乙方认可的服务器环境、操作不当或第三方平台接口变化导致的问题，不属于乙方技术支持范围，乙方可协助处理并另行收费。

6.4 乙方提供两次远程培训，每次不超过两小时，培训对象为甲方管理员和工序负责人。超出次数的培训按每人每天2,000元另行收费。

## 第七条 免费维护期及后续服务

7.1 免费维护期为自软件安装部署完成之日起六个月，期内乙方免费修复软件缺陷。

7.2 免费维护期满后，甲方如需继续获得维护、升级和技术支持，应按乙方届时公布的年度服务价格标准购买年度服务。

7.3 甲方未购买年度服务的，乙方不再提供软件升级和技术支持，软件仍可按现有版本继续使用，但乙方不保证其与新版操作系统、浏览器或电商平台接口的兼容性。

## 第八条 知识产权

8.1 "匠迹"软件及乙方在本合同项下为甲方定制开发的全部程序、模块、源代码和文档的知识产权均归乙方所有。

8.2 甲方在付清全部款项后，享有在本企业内部使用定制功能的非独占、不可转让的权利，不得自行修改、反编译，也不得交由第三方维护。

8.3 乙方有权将定制开发成果纳入其标准产品并向其他客户销售。

8.4 甲方在软件中上传的作品图片、商标和大师签名图样的权利仍归甲方，乙方仅在为甲方生成证书和溯源页面时使用。

## 第九条 数据

9.1 甲方在软件中录入的作品、工序、员工和客户数据由甲方负责其合法性。

9.2 甲方同意，乙方可对上述数据进行脱敏和汇总处理后，用于乙方产品优化、行业分析报告及市场推广。

9.3 甲方应自行做好数据的日常导出和备份。乙方在软件中提供数据导出功能，合同终止后乙方保留甲方数据九十日，期满后乙方有权删除。

## 第十条 数据安全

10.1 乙方对部署和远程维护过程中接触的甲方数据采取加密传输、账号权限控制和操作记录等安全措施，不得擅自对外提供甲方原始数据。

10.2 因乙方原因导致甲方数据泄露或丢失的，乙方应在24小时内通知甲方，协助恢复，并承担相应的赔偿责任。

## 第十一条 保密

11.1 双方对在合作过程中获知的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

11.2 乙方可在其官网、宣传材料和案例介绍中使用甲方名称、商标及项目概况作为客户案例，甲方如有异议应书面告知乙方。

## 第十二条 责任

12.1 任何一方违反本合同约定，应当赔偿对方因此遭受的直接损失。

12.2 乙方不对甲方的间接损失、利润损失或数据使用中断造成的损失承担责任。

12.3 因不可抗力、网络运营商或云服务商故障、政府行为等非乙方原因导致软件无法使用的，乙方不承担责任。

12.4 甲方未经乙方许可将软件提供给第三方使用或超出许可用户数使用的，应按乙方当期标准价格补缴许可费用，并赔偿乙方损失。

## 第十三条 合同解除

13.1 一方严重违约，经守约方书面通知后15日内仍未纠正的，守约方有权解除本合同并要求违约方赔偿损失。

13.2 合同解除时，甲方已支付的款项不予退还，但因乙方严重违约导致合同解除的，双方另行协商处理。

## 第十四条 争议解决

14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交苏州仲裁委员会仲裁。

## 第十五条 其他

15.1 本合同为乙方标准合同文本，未尽事宜以乙方官网公布的《用户服务协议》为补充。

15.2 双方通过本合同首页载明的联系人、电话、微信和电子邮箱进行业务往来，通过上述方式发出的通知自发出之时视为送达。

15.3 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                         乙方（盖章）：

日期：                                 日期：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. MDCS-2026-CN-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Suzhou Ruikang Model Animal Research Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Suzhou Industrial Park, Jiangsu (the "Customer"), and Mount Desert Colony Systems, Inc., a Maine corporation with its principal office at 48 Cottage Street, Bar Harbor, Maine 04609, United States (the "Vendor").
P:The Customer breeds and maintains laboratory animal colonies for pharmaceutical research and wishes to replace its spreadsheet-based records with the Vendor's ColonyTrack colony management software. The Vendor has agreed to license the software perpetually and to configure, integrate and implement it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means ColonyTrack Enterprise, version 9, including the breeding, genotyping, cage-card, census and protocol modules listed in Annex 1, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, report templates, interface programs and data-migration scripts that the Vendor develops specifically for the Customer under this Agreement, with their source code and documentation.
P:1.3 "Customer Data" means all animal, breeding, genotype, protocol, personnel and facility data that the Customer or its users enter into, upload to or generate with the Software.
P:1.4 "Final Acceptance" means the Customer's written acceptance under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software on servers in the Customer's facilities in Suzhou for up to 150 named users and 60,000 active cages, for the Customer's internal business and the research services it provides to its clients.
P:2.2 The Customer may make copies of the Software for backup, disaster recovery and testing. The Customer shall not sell or sublicense the Software to third parties.
H:Article 3 Services and Schedule
P:3.1 The Vendor shall install the Software, configure it to the Customer's breeding rules and standard operating procedures, build interfaces with the Customer's genotyping laboratory system and its access-control system, migrate the historical colony records of the last three years, and train the Customer's administrators and facility staff.
P:3.2 The Vendor shall complete installation within 30 days and deliver the configured system ready for acceptance testing within 120 days after the Effective Date, as set out in the project plan in Annex 2.
P:3.3 The Vendor shall assign a named project manager who speaks Mandarin and shall perform on-site work in Suzhou during the configuration, testing and go-live phases.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,780,000, inclusive of applicable Chinese taxes and withholding, made up of: Software licence fee CNY 1,240,000; configuration, interfaces and data migration CNY 486,000; training and go-live support CNY 54,000.
P:4.2 The Customer shall pay: (a) 20% of the Contract Price within 30 days after the Effective Date against the Vendor's invoice; (b) 45% within 30 days after the system passes the user acceptance test under Article 5.2; and (c) the remaining 35% within 30 days after Final Acceptance.
P:4.3 Payments shall be made in CNY by bank transfer to the account of the Vendor's designated collection agent in Shanghai named in Annex 3.
H:Article 5 Testing and Acceptance
P:5.1 The parties shall agree the acceptance test plan within 30 days after the Effective Date. The plan shall include the test cases derived from the functional specification in Annex 1.
P:5.2 The user acceptance test is passed when: every test case in the plan has passed; migrated records reconcile with the source spreadsheets for cage counts, pedigrees and genotypes; the interfaces have exchanged data without error for ten consecutive working days; and census reports are produced within 5 seconds for the full colony.
P:5.3 After the user acceptance test, the system runs in production for 60 days. If no Severity 1 defect remains open at the end of that period, the Customer shall issue a Final Acceptance certificate within ten working days. Go-live, productive use or any payment does not constitute acceptance.
P:5.4 If a test fails, the Vendor shall correct the defects and repeat the test at its own cost within 15 days.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the specification for 24 months from Final Acceptance (the "Warranty Period"), and shall correct non-conformities free of charge during that period.
P:6.2 During the Warranty Period the Vendor shall provide support in accordance with the service levels below. Severity 1 means the Software is unavailable or colony records cannot be created or updated; Severity 2 means a major function is impaired with a workaround; Severity 3 means any other defect.
P:6.3 The Vendor shall respond to a Severity 1 incident within 1 hour, at any time, and restore service within 8 hours; Severity 2 incidents shall be responded to within 2 hours during business hours and resolved within 3 business days.
P:6.4 If the Vendor misses the Severity 1 response or restoration time, it shall pay the Customer CNY 1,200 for each hour or part of an hour of delay, which the Customer may deduct from any amount due.
P:6.5 After the Warranty Period the Customer may buy annual support and updates. The annual support fee shall be 9% of the Software licence fee (CNY 111,600 per year) and shall not increase for the first three support years. Each support year is ordered separately; support does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code with the Final Acceptance documentation, and the Customer may use, modify and license them freely, including through third-party contractors.
P:7.3 The Vendor shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's jump server with multi-factor authentication, on approval of each session, and shall not transfer Customer Data outside the People's Republic of China. Remote work from the United States uses screen sharing controlled by the Customer.
P:8.3 The Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law as they apply to its work, keep access logs, and notify the Customer within 12 hours of becoming aware of any security incident affecting Customer Data. The Vendor is liable for all losses caused by a breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including the Customer's study protocols, client identities and animal models, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent duties.
P:9.2 These obligations continue for five years after termination, and indefinitely for trade secrets.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to deliver the configured system ready for acceptance testing by the date in Article 3.2 for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 8 or 9, infringement claims, personal injury, fraud or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent, and remains responsible for the work of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.
P:12.2 If the Customer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid for the services not accepted, and the licence granted in Article 2 shall survive for the Software already paid for.
H:Article 13 Governing Law and Jurisdiction
P:13.1 This Agreement is governed by the laws of the State of Maine, United States of America, without regard to its conflict-of-laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:13.2 The state and federal courts located in Hancock County, Maine, have exclusive jurisdiction over any dispute arising out of or relating to this Agreement, and each party submits to their jurisdiction.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Functional Specification), Annex 2 (Project Plan) and Annex 3 (Payment Details), is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:14.2 Notices shall be sent by courier and e-mail to the addresses on the signature page. This Agreement is signed in English in two originals.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Name / Title / Date                       Name / Title / Date
"""

E02 = """# Order Form and General Terms — MillSense Maintenance Cloud

Order Form No. KFA-OF-2026-0311

Provider: Katahdin Fibre Analytics, Inc., 112 Penobscot Avenue, Millinocket, Maine 04462, United States ("Provider")

Customer: Rizhao Huayang Paper Co., Ltd., Rizhao, Shandong Province, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Service

MillSense Maintenance Cloud, Enterprise edition: a hosted maintenance-planning service for pulp and paper mills covering asset registers, work orders, preventive-maintenance plans, vibration and thermography condition records, spare-parts inventory, shutdown planning and a mobile technician application. Customer's instance is hosted in Provider's tenancy in a cloud region in Shanghai.

### A2. Scope and Quantities

Two paper machines, one pulp line and the power plant at Customer's Rizhao mill; up to 260 named users, of whom 180 may use the mobile application; up to 45,000 registered assets. Additional users may be ordered at the unit rate in A3, pro rata to the end of the current Subscription Year.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 260 named users, Enterprise edition | 372,000 |
| Subscription, Subscription Year 2 | 260 named users, Enterprise edition | 372,000 |
| Onboarding and configuration | one-time, fixed price | 86,000 |
| Total fees for the Subscription Term | | 830,000 |
| Additional named user | per user per Subscription Year | 1,350 |

All amounts include Chinese VAT and are payable in CNY to Provider's appointed service agent in Shanghai.

### A4. Subscription Term and Invoicing

The Subscription Term is two Subscription Years starting on the Go-Live Date. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and payable within 30 days. The onboarding fee is invoiced after Go-Live Acceptance under B3 and payable within 30 days. No amount is payable before the Go-Live Date.

### A5. Onboarding Plan

Provider shall configure the asset hierarchy, import Customer's asset register and open work orders, set up the preventive-maintenance plans for the two paper machines, build the interface with Customer's SAP purchasing module, and train key users. The Target Go-Live Date is 100 days after the date of this Order Form.

### A6. Contacts and Signatures

Customer's project owner is the Mill Engineering Manager; Provider's is its China Account Director. Each party signs below by an authorised representative.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, records, images and files that Customer or its users submit to the Service or that the Service generates from them.

1.2 "Go-Live Date" means the date on which Customer signs the Go-Live Acceptance certificate.

1.3 "Service" means the hosted service described in A1, including its mobile application and documentation.

### 2. Use of the Service

2.1 Provider grants Customer and its users a non-exclusive, non-transferable right to use the Service during the Subscription Term for Customer's internal business.

2.2 Customer is responsible for its users' accounts and shall keep their credentials secure.

2.3 Customer shall not use the Service to store data unrelated to the maintenance of its plants, attempt to gain unauthorised access to the Service, or carry out load or penetration tests without Provider's prior agreement. Provider shall agree a test window for Customer's annual security assessment on request.

2.4 Provider may update the Service from time to time, provided that an update does not materially reduce the functions described in A1 or the security measures in Section 5. Provider shall announce major releases at least 14 days in advance and publish release notes in English and Chinese.

### 3. Onboarding and Go-Live Acceptance

3.1 Provider shall perform the onboarding described in A5. Customer shall give timely access to its staff, data and SAP test environment.

3.2 Go-Live Acceptance is given when: the imported asset register reconciles with Customer's source extract; the preventive-maintenance schedules generate the expected work orders for a test month; the SAP interface has transferred purchase requisitions and goods receipts without error for ten consecutive working days; and the key-user training has been completed. Customer shall sign the certificate within five working days after these criteria are met or state in writing which criterion has failed.

3.3 If Go-Live Acceptance has not been achieved by the Target Go-Live Date for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to a total of CNY 40,000.

3.4 Provider shall provide a named onboarding consultant for the duration of onboarding, who shall be on site at the Rizhao mill for the asset-hierarchy workshops, the key-user training and the first week after the Go-Live Date.

### 4. Service Levels

4.1 Provider shall make the Service available 99.95% of each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and carried out between 00:00 and 05:00 China Standard Time.

4.2 Provider shall respond to Priority 1 incidents (Service unavailable, or work orders cannot be created or closed) within 30 minutes, at any time, and to Priority 2 incidents within 2 hours during Customer's working hours.

4.3 The levels in this Section 4 are service targets. If Provider misses a target, Provider shall report the root cause within five working days and use reasonable efforts to prevent recurrence. No service credits, fee reductions or other payments apply to a missed target.

### 5. Customer Data

5.1 As between the parties, Customer owns all Customer Data. Provider may process Customer Data only to provide the Service to Customer and shall not use it for any other purpose, including benchmarking or product development.

5.2 Provider shall store Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to named support staff using multi-factor authentication, keep access logs for at least one year, and back up the data daily.

5.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to, or loss of, Customer Data, take immediate steps to contain it and bear the costs and losses caused by its breach of this Section 5.

5.4 Within 30 days after the end of the Subscription Term, Provider shall return Customer Data in a standard export format and then delete it, and certify the deletion in writing.

5.5 Provider shall support Customer's compliance with the PRC Personal Information Protection Law for the personal information of Customer's employees and contractors held in the Service, including by answering access and deletion requests within ten working days.

### 6. Confidentiality

Each party shall keep confidential any non-public information disclosed by the other party, use it only for this Agreement, and not disclose it to third parties except to its professional advisers under duties of confidence. This obligation survives for three years after the Agreement ends.

### 7. Intellectual Property

7.1 Provider retains all rights in the Service.

7.2 The asset-hierarchy templates, preventive-maintenance plans, report definitions and the SAP interface mapping created for Customer during onboarding belong to Customer. Customer may use, modify and license them freely, including with other software.

### 8. Subprocessors and Subcontractors

Provider shall not engage any subcontractor or subprocessor for the Service, other than the hosting provider named in A1, without Customer's prior written consent.

### 9. Renewal

The Agreement ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties; there is no automatic renewal.

### 10. Liability

10.1 Neither party is liable for indirect or consequential loss or loss of profit.

10.2 Provider's total aggregate liability arising out of or in connection with this Agreement is limited to the fees paid by Customer under this Agreement in the six months preceding the event giving rise to the claim.

### 11. Termination

11.1 Either party may terminate the Agreement by written notice if the other party materially breaches it and fails to cure the breach within 30 days after receiving written notice.

11.2 If Customer terminates under 11.1, Provider shall refund the prepaid subscription fee for the remainder of the current Subscription Year.

### 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The arbitration shall be conducted in English and Chinese.

### 13. General

Neither party may assign this Agreement without the other's written consent. Notices shall be in writing to the addresses above. This Agreement may be signed in counterparts and by electronic signature.

Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, war or government action, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. This does not excuse Provider from the data-protection duties in Section 5.

Signed for Customer: ____________________  Date: __________

Signed for Provider: ____________________  Date: __________
"""

E03 = """T:Supply and Licence Contract for Potato Storage Climate Monitoring
P:Contract No. XF-PUR-2026-088
P:Buyer: Keshan Xuefeng Potato Industry Co., Ltd., Keshan County, Qiqihar, Heilongjiang Province, People's Republic of China (the "Buyer").
P:Supplier: St. John Valley Storage Sensors, LLC, 27 Market Street, Fort Kent, Maine 04743, United States (the "Supplier").
P:The Buyer stores seed and processing potatoes in twelve ventilated storage halls. To reduce shrink and rot losses it is buying wireless climate sensors, gateways and a monitoring software licence, with installation and commissioning, from the Supplier. This Contract is on the Buyer's standard purchase terms as agreed by the Supplier.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in clause 2.1.
P:1.2 "Software" means the StoreWatch monitoring software, including the alarm engine, ventilation advisory module, mobile application and reporting tools, and all updates supplied under this Contract.
P:1.3 "System" means the Equipment and the Software installed and configured at the Buyer's storage site.
P:1.4 "Buyer Data" means all sensor readings, alarms, storage-hall records and user data generated or stored by the System.
H:2. Scope and Price
P:2.1 The Supplier shall supply the following at the prices stated, which are fixed and include Chinese VAT, import duties, delivery to the Buyer's site and insurance:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Temperature and humidity probe, wireless, IP67|960|780|748,800
TB:2|CO2 sensor for storage air, wireless|96|2,400|230,400
TB:3|LoRa gateway with 4G backhaul and battery backup|24|5,600|134,400
TB:4|StoreWatch software, perpetual site licence|1|388,000|388,000
TB:|Equipment and Software Subtotal|||1,501,600
TB:5|Installation, cabling and site survey|1|158,000|158,000
TB:6|Commissioning and operator training|1|26,400|26,400
TB:|Contract Price|||1,686,000
P:2.2 The Contract Price is the full price for the System. No other charges apply unless agreed in a written change order signed by both parties.
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver the Equipment to the Buyer's site within 60 days after the date of this Contract and complete installation within 30 days after delivery, before the autumn harvest intake.
P:3.2 The Supplier shall fix probes at the heights and positions in the agreed installation drawing and connect the Software to the Buyer's ventilation control panels in read-only mode.
P:3.3 On completion of installation the parties shall sign an Installation Certificate. The Installation Certificate confirms quantities and completion only and is not acceptance of the System.
P:3.4 The Supplier shall submit a site survey report and installation drawing for the Buyer's approval within 20 days after the date of this Contract. Probes shall be placed so that every storage bay of each hall is covered at three heights, and CO2 sensors shall be placed at the air intake and exhaust of every ventilation unit.
P:3.5 The Supplier shall provide calibration certificates for all temperature probes issued by an accredited laboratory, and shall recalibrate a random sample of probes before each storage season during the warranty period.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within 20 days after receiving an advance-payment bank guarantee of the same amount from a bank in mainland China.
P:4.2 The Buyer shall pay 55% of the Contract Price within 30 days after the Installation Certificate is signed.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
H:5. Acceptance
P:5.1 After installation the System shall run for 30 consecutive days under storage conditions. Final Acceptance is given when, during that period: every sensor reports at its configured interval with no more than 0.5% missing readings; temperature readings deviate by no more than 0.3 degrees Celsius from the calibrated reference thermometer at the test points; every alarm type in the test plan has been triggered and delivered by SMS and app within 60 seconds; and the daily storage report has been produced for every hall.
P:5.2 The Buyer shall sign the Final Acceptance Certificate within seven days after these criteria are met or notify the Supplier in writing of the failures. The Supplier shall correct failures and the test period shall restart for the affected halls.
P:5.3 Use of the System during the test period, signature of the Installation Certificate or any payment is not acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During that period it shall repair or replace faulty Equipment, correct Software defects and supply updates free of charge, including probe batteries that fail before their rated life.
P:6.2 Fault levels: a Level 1 fault means the Software is unavailable, or two or more halls send no readings; a Level 2 fault affects single sensors or single functions.
P:6.3 The Supplier shall respond to a Level 1 fault within 2 hours, remotely or through its service partner in Harbin, and restore monitoring within 24 hours. Level 2 faults shall be answered within one business day and fixed within five business days.
P:6.4 For each hour by which the Supplier exceeds the Level 1 response or restoration time, the Supplier shall pay CNY 1,000, which the Buyer may deduct from any payment due.
P:6.5 After the warranty period the Supplier shall offer annual support at a fixed fee of 7% of the Equipment and Software Subtotal (CNY 105,112 per year) for the first two years after the warranty. The fee shall not be increased during those two years and support shall not renew without a new order from the Buyer.
P:6.6 The Supplier shall keep spare probes, gateways and batteries equal to at least 3% of the installed quantity at its Harbin service partner throughout the warranty period, and shall make spare parts available for purchase for at least eight years after Final Acceptance.
H:7. Liquidated Damages
P:7.1 If the Supplier fails to complete installation by the date in clause 3.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier. The Supplier grants the Buyer a perpetual, irrevocable licence to use it for the Buyer's storage sites.
P:8.2 The hall layouts, alarm rules, report templates and ventilation advisory parameters configured for the Buyer belong to the Buyer, which may use and modify them freely and let third parties use them.
H:9. Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not retain, analyse or disclose it for any other purpose.
P:9.2 The Supplier shall configure the Software with individual user accounts, role-based permissions and password rules agreed with the Buyer's IT department, and shall disable all default and vendor accounts before Final Acceptance.
P:9.3 The Software is installed on the Buyer's server. The Supplier may access it remotely only through the Buyer's VPN with an account approved for each session, shall keep a record of all access and shall not transfer Buyer Data outside mainland China.
P:9.4 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the System or Buyer Data, take immediate remedial action and be liable for losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public business and technical information, including the Buyer's storage volumes, customers and loss rates, and shall not disclose it to any third party without prior written consent. This clause survives termination.
H:11. Liability
P:11.1 Each party's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier may use its Harbin service partner named in the installation plan for installation and on-site service. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for all subcontracted work.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if delay damages reach their maximum.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin.
H:15. General
P:15.1 This Contract is made in English and Chinese; both versions have equal effect. Annex A: installation drawing. Annex B: acceptance test plan.
P:15.2 Neither party is liable for delay caused by force majeure, provided that it notifies the other party within five days and takes reasonable steps to reduce the effect. Notices under this Contract shall be given in writing to the addresses above.
P:15.3 The Supplier shall deliver, with the System, operating manuals in Chinese, the network and installation drawings as built, the configuration export of the Software and the training materials.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

Agreement No. QHMS-MSA-2026-07

**Customer:** Zhoushan Haixin Aquatic Products Co., Ltd., Dinghai District, Zhoushan, Zhejiang Province, People's Republic of China ("Customer")

**Provider:** Quoddy Head Managed Services, Inc., 9 Water Street, Lubec, Maine 04652, United States ("Provider")

Customer operates two seafood processing plants, a cold-storage warehouse and a sales office in Ningbo. It wishes to outsource the day-to-day operation of its IT infrastructure. Provider has agreed to provide the managed services described in the Schedules for a term of 36 months.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1, performed to the service levels in Schedule 2.

1.2 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under Section 3.3.

1.3 "Term" means 36 months from the Service Commencement Date.

1.4 "Customer Data" means all data held in or passing through the systems managed under this Agreement, including production, traceability, export documentation, employee and customer data.

1.5 "Delivery Entity" means Quoddy Head Technology (Ningbo) Co., Ltd., Provider's wholly owned subsidiary, through which Provider performs on-site work in China.

## Section 2. Services

2.1 Provider shall provide the Services during the Term to the sites, users and devices listed in Schedule 1. Changes in quantities of more than 10% are handled under the change procedure in Section 12.

2.2 Provider shall appoint a service delivery manager who attends a monthly service review at Customer's Zhoushan office and presents the monthly service report.

2.3 Provider shall maintain an up-to-date configuration database, network diagrams and run books for all managed systems, and make them available to Customer at any time.

2.4 Provider shall carry out an annual technology review of the managed infrastructure and recommend upgrades, capacity changes and end-of-life replacements, with budget estimates, for Customer's planning.

## Section 3. Transition

3.1 Provider shall carry out the transition activities in Schedule 1, Part B, within 60 days after the date of this Agreement (the "Transition Period").

3.2 Transition is complete when: every device in scope is enrolled in Provider's monitoring and patching tools; the service desk has handled calls for 14 consecutive days in parallel with Customer's IT team; backups of every in-scope server have been restored successfully in a test; and the run books for the plant networks have been reviewed and approved by Customer.

3.3 When these criteria are met, Customer shall sign a Transition Acceptance certificate within five working days or state in writing which criterion is not met.

3.4 If the Service Commencement Date falls after the end of the Transition Period for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay.

## Section 4. Service Levels

4.1 Provider shall meet the service levels in Schedule 2. Performance is measured monthly and reported in the monthly service report.

4.2 If Provider fails to meet a service level, the service credits in Schedule 2 apply and shall be deducted from the next invoice.

## Section 5. Charges and Payment

5.1 The charges are set out in Schedule 3. They are fixed for the Term, include Chinese VAT, and cover all labour, tools, travel and monitoring software used by Provider.

5.2 The transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears, starting with the first month after the Service Commencement Date.

5.3 Customer shall pay undisputed invoices within 30 days after receipt, in CNY, to the Delivery Entity's bank account in Ningbo.

## Section 6. Customer Responsibilities

6.1 Customer shall provide Provider's staff with access to its sites, rack space, power and network connections, and with administrator accounts needed for the Services.

6.2 Customer remains responsible for its business applications, which are supported by their own vendors; Provider coordinates with those vendors for incidents affecting the infrastructure.

## Section 7. Customer Data and Security

7.1 Customer Data belongs to Customer. Provider shall access and process Customer Data only as needed to perform the Services, and shall not copy, keep or use it for any other purpose.

7.2 Provider shall use named engineers with individual accounts, multi-factor authentication and Customer's privileged-access gateway for all administrative access, and shall keep session logs for at least 180 days.

7.3 Provider shall apply critical security patches within the times in Schedule 2, keep endpoint protection current, and ensure that no Customer Data is transferred outside mainland China.

7.4 Provider shall report any actual or suspected security incident affecting Customer Data or managed systems to Customer within 2 hours after detection, take immediate containment steps, support Customer's investigation and reporting to authorities, and bear the losses caused by its failure to comply with this Section 7.

## Section 8. Intellectual Property

8.1 Provider's tools, monitoring platform and methods remain Provider's property.

8.2 The run books, configuration records, scripts and documentation created for Customer under this Agreement belong to Customer, which may use and modify them freely and give them to any successor provider.

## Section 9. Personnel and Subcontracting

9.1 Provider shall perform the Services through its own employees and the Delivery Entity. Provider shall not subcontract any part of the Services to any other person without Customer's prior written consent.

9.2 Provider is responsible for the acts and omissions of the Delivery Entity and any approved subcontractor as for its own.

## Section 10. Liability

10.1 Provider's total liability under this Agreement is limited to 150% of the total charges for the Term as set out in Schedule 3. This limit does not apply to personal injury, wilful misconduct or breach of Section 7.

10.2 Neither party is liable for loss of profit or indirect loss, except as caused by wilful misconduct.

## Section 11. Term and End of Agreement

11.1 This Agreement starts on signature and continues until the end of the Term. It does not renew automatically. Any extension requires a written amendment signed by both parties.

11.2 Provider may suspend the Services, after 15 days' written notice, if Customer fails to pay an undisputed invoice for more than 60 days after its due date, and may end this Agreement if the amount remains unpaid 30 days after suspension.

11.3 The Agreement otherwise continues for the full Term. Customer's remedies for service failures are the service credits in Schedule 2 and a claim for damages under Section 10.

11.4 At the end of the Agreement, Provider shall provide up to 60 days of exit assistance at the daily rates in Schedule 3, hand over all documents under Section 8.2 and delete Customer Data held in its tools after Customer confirms receipt.

## Section 12. Changes

Either party may request a change to the Services. Provider shall give a written impact assessment within ten working days. No change is binding until both parties sign a change note.

## Section 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute that the parties cannot resolve within 30 days shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

## Schedule 1 — Services and Scope

| Part | Service | Scope |
|---|---|---|
| A1 | Service desk (Mandarin and English) | 420 users, 07:00–22:00 every day, with on-call cover outside those hours |
| A2 | Network management | 2 plant networks, cold-storage site, Ningbo office; 68 switches, 9 firewalls, 140 wireless access points, SD-WAN links |
| A3 | Server and storage management | 46 virtual servers, 3 hosts, 1 storage array, backup system |
| A4 | Endpoint management | 390 PCs and laptops, 120 handheld scanners, patching and endpoint protection |
| A5 | On-site support | 2 engineers on site in Zhoushan on working days; Ningbo office visited weekly |
| B | Transition | discovery, tool deployment, run books, knowledge transfer, 14-day parallel run |

## Schedule 2 — Service Levels and Credits

| Measure | Level | Service credit |
|---|---|---|
| Availability of plant core networks | 99.95% per month | 5% of the monthly service charge for each 0.02 point below the level |
| Priority 1 incident (plant network or cold-storage monitoring down) | response within 15 minutes, restore within 3 hours | CNY 2,000 per hour or part of an hour late |
| Priority 2 incident | response within 1 hour, restore within 8 hours | CNY 500 per hour late |
| Critical security patches | applied within 72 hours of release | CNY 1,000 per day late |
| Monthly credit limit | | 20% of the monthly service charge |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time, after Transition Acceptance | 72,000 |
| Monthly service charge | 58,000 per month × 36 months | 2,088,000 |
| Total charges for the Term | | 2,160,000 |
| Exit assistance (if requested) | per engineer day | 2,600 |

Signed for Customer: ____________________  Signed for Provider: ____________________
"""

E05 = """HYDROMETEOROLOGICAL DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. RHD-SUB-2026-112

BETWEEN

Yunnan Lancang Cascade Hydropower Co., Ltd., Kunming, Yunnan Province, People's Republic of China ("Customer"); and

Rangeley Hydromet Data, Inc., 2460 Main Street, Rangeley, Maine 04970, United States ("Provider").

BACKGROUND

Customer operates a cascade of hydropower stations and reservoirs. It needs high-resolution precipitation, snowmelt and reservoir-inflow forecasts for its basin to plan generation and flood control. Provider operates a forecasting platform and delivers its data products through an application programming interface. The parties therefore agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's REST interface through which Customer retrieves the Data Products, with its documentation.

1.2 "Data Products" means the gridded precipitation forecasts, snowpack and snowmelt estimates, and inflow forecasts for the Customer's reservoirs listed in Annex 1, in the formats and update frequencies stated there.

1.3 "Customer Data" means the reservoir levels, outflows, rain-gauge records, station coordinates and other data that Customer uploads to Provider for calibration and forecasting.

1.4 "Subscription Year" means a period of one year starting on the Activation Date or on its anniversary. The "Subscription Term" means two Subscription Years.

1.5 "Activation Date" means the date on which Customer signs the Integration Acceptance under clause 4.3.

2. SUBSCRIPTION

2.1 Provider grants Customer, during the Subscription Term, a non-exclusive, non-transferable right to access the API and to use the Data Products for the operation, planning and reporting of its own hydropower stations and for reports to the grid dispatch centre and the water authorities.

2.2 Customer may store the Data Products it retrieves and keep using stored Data Products after the Subscription Term for its internal records and analysis.

2.3 Customer shall not resell the Data Products or provide API access to third parties, except to its contractors working on its stations.

2.4 Provider shall issue API keys to Customer's named system accounts. Customer may request additional keys for its test environment and may rotate keys at any time through Provider's customer portal.

2.5 Provider may improve the Data Products and the API during the Subscription Term. Changes that affect the API format shall be announced at least 60 days in advance, and the previous API version shall remain available for at least 90 days after the announcement.

3. FEES AND PAYMENT

3.1 The fees are:

   Subscription fee, Subscription Year 1 ......... CNY 468,000
   Subscription fee, Subscription Year 2 ......... CNY 468,000
   Integration and basin calibration (one-time) .. CNY 54,000
   Total fees for the Subscription Term .......... CNY 990,000

3.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days after receipt of a valid VAT invoice.

3.3 The integration fee is invoiced after Integration Acceptance and is payable within 30 days.

3.4 API calls above the fair-use volume in Annex 1 are charged at the rate stated there. Provider shall warn Customer when 80% of the monthly volume is reached.

3.5 All fees include Chinese VAT and are payable in CNY to Provider's collection agent in Kunming. The fees are fixed for the Subscription Term.

4. INTEGRATION AND ACCEPTANCE

4.1 Within 45 days after signature, Provider shall calibrate its basin model with the historical Customer Data, configure the forecast points for every reservoir in Annex 1, and support Customer's IT team in connecting the API to its generation-planning system.

4.2 Customer shall upload historical Customer Data within ten days after signature and give Provider's engineers remote access to a test environment.

4.3 Integration Acceptance is given when: all Data Products in Annex 1 are delivered through the API at their stated frequencies for 14 consecutive days; the hindcast inflow error for the last two flood seasons meets the accuracy targets in Annex 1 for every reservoir; and Customer's planning system has imported the forecasts without error for those 14 days.

4.4 Customer shall sign the Integration Acceptance within five working days after the criteria in 4.3 are met, or tell Provider in writing which criterion has not been met. Provider shall then correct the failure and the 14-day period shall restart for the affected Data Products.

4.5 Provider shall give Customer's operators and planners two days of training on the use and interpretation of the Data Products, at Customer's offices in Kunming, before the first flood season of the Subscription Term.

4.6 If Integration Acceptance is delayed beyond 60 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 700 for each day of delay, up to CNY 35,000.

5. SERVICE LEVELS

5.1 The API shall be available 99.95% of each calendar month, excluding maintenance announced 72 hours in advance and scheduled outside the flood season of June to September.

5.2 Severity 1 means the API is unavailable or the inflow forecasts are not updated for more than one cycle. Provider shall respond to a Severity 1 incident within 1 hour at any time, and restore delivery within 6 hours. Severity 2 incidents shall be answered within one business day.

5.3 During the flood season Provider shall keep a forecaster on call and notify Customer within 30 minutes of any forecast run that fails.

5.4 Provider shall send Customer a monthly service report with API availability, forecast delivery times, forecast accuracy at each reservoir compared with observed inflows, and all incidents with their causes and corrective actions.

5.5 For each 0.1 point of monthly availability below the level in 5.1, Customer receives a credit of 5% of one-twelfth of the current Subscription Year fee. For each hour by which Provider exceeds the Severity 1 restoration time, Customer receives a credit of CNY 1,500. Credits are deducted from the next invoice or paid after the last Subscription Year.

6. CUSTOMER DATA

6.1 Customer Data remains the property of Customer. Provider may use Customer Data only to calibrate and run the forecasts supplied to Customer and shall not use it to improve its models for others, sell it or disclose it in any form.

6.2 On expiry of the Subscription Term Provider shall return Customer Data and delete its copies within 30 days.

7. INTELLECTUAL PROPERTY

7.1 Provider owns the API, its forecasting platform, models and the Data Products, subject to the rights granted to Customer in clause 2.

7.2 The basin calibration parameters, reservoir forecast-point configuration and the adapter scripts written for Customer's planning system belong to Customer. Customer may use and modify them freely and license them to any other forecasting provider.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including Customer's generation plans, reservoir operating rules and dispatch arrangements and Provider's model documentation, and shall use it only for this Agreement.

8.2 This clause continues for three years after the end of the Agreement.

9. SUBCONTRACTING

9.1 Provider may engage subcontractors, including cloud hosting providers, data centres and data-processing contractors, to perform any part of the services. Provider shall inform Customer of the subcontractors used when it engages them and remains responsible for their performance.

10. LIABILITY

10.1 Provider's total liability under this Agreement is limited to 150% of the total fees for the Subscription Term stated in clause 3.1.

10.2 The Data Products are forecasts. Customer remains responsible for its operating decisions and for complying with dispatch and flood-control instructions, and Provider is not liable for losses caused only by the natural uncertainty of forecasts that meet the accuracy targets in Annex 1.

11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically; a further term requires a written renewal agreement signed by both parties.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

11.3 If Customer terminates under 11.2, Provider shall refund the part of the subscription fee paid for the rest of the current Subscription Year.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall first be discussed by senior managers. If it is not resolved within 30 days, it shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.

13. GENERAL

13.1 Annex 1 (Data Products, reservoirs, accuracy targets and fair-use volume) forms part of this Agreement.

13.2 Notices shall be in writing and sent to the addresses above by courier and e-mail.

13.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, war, or a general failure of public networks, provided that it notifies the other party promptly and resumes performance as soon as possible. Fees for any period in which the Data Products cannot be delivered because of such an event shall be reduced pro rata.

13.4 This Agreement is signed in English and Chinese in two originals for each party. If the versions differ, the Chinese version prevails.

SIGNED for Customer: ____________________    Date: __________

SIGNED for Provider: ____________________    Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "h1045z01": ("h1045z01_housing_rental_platform_licence.pdf", Z01),
    "h1045z02": ("h1045z02_tape_measure_line_control_retrofit.docx", Z02),
    "h1045z03": ("h1045z03_taekwondo_chain_booking_saas.txt", Z03),
    "h1045z04": ("h1045z04_postal_courier_vehicle_monitoring_om.txt", Z04),
    "h1045z05": ("h1045z05_clay_figurine_studio_tracking_supplier_template.md", Z05),
    "h1045e01": ("h1045e01_lab_colony_software_perpetual_licence_bar_harbor.pdf", E01),
    "h1045e02": ("h1045e02_mill_maintenance_saas_order_form_millinocket.md", E02),
    "h1045e03": ("h1045e03_potato_storage_sensors_licence_fort_kent.docx", E03),
    "h1045e04": ("h1045e04_seafood_managed_it_services_lubec.md", E04),
    "h1045e05": ("h1045e05_hydromet_data_api_subscription_rangeley.txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

G, S = "goods_or_licence", "service"
# lang, category, terms (in TERM_KEYS order), extra: sla_clause, ld_stated, capped (goods only), deemed, value
# design: tco = (fee base, fee %, warranty months) for goods; forum_outside; expected rules as designed; risk
D = {
    "h1045z01": dict(lang="zh", cat="software", cv=2368000,
                     t=[99.95, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 8, False, True,
                        True, "PRC", G], sla=True, ld=True, capped=True, deemed=False,
                     tco=(1180000, 8, 24), design=["CR-LD-LOW", "CR-SUBCONTRACT"], risk="medium"),
    "h1045z02": dict(lang="zh", cat="hardware", cv=2480000,
                     t=[None, 1, True, "buyer", True, True, True, 0.1, 50, 10, True, True, 18, 28, False, True,
                        False, "PRC", G], sla=True, ld=True, capped=True, deemed=False,
                     tco=(2064000, 28, 18),
                     design=["CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], risk="high"),
    "h1045z03": dict(lang="zh", cat="cloud", cv=740000,
                     t=[99.5, 1, True, "buyer", True, True, True, 500 / 740000 * 100, 150, None, True, None, None,
                        None, True, True, False, "PRC", S], sla=True, ld=True, deemed=False,
                     design=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"], risk="medium"),
    "h1045z04": dict(lang="zh", cat="services", cv=586000,
                     t=[99.95, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False,
                        True, False, "PRC", S], sla=True, ld=True, deemed=False, design=[], risk="low"),
    "h1045z05": dict(lang="zh", cat="software", cv=386000,
                     t=[None, None, False, "supplier", True, False, True, None, None, 65, False, False, 6, None,
                        False, True, None, "PRC", G], sla=False, ld=False, capped=False, deemed=True, tco=None,
                     design=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING",
                             "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE",
                             "CR-WARRANTY"], risk="high"),
    "h1045e01": dict(lang="en", cat="software", cv=1780000,
                     t=[None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 9, False, True,
                        False, "Maine", G], sla=True, ld=True, capped=True, deemed=False, tco=(1240000, 9, 24),
                     forum_outside=True, design=["CR-GOVERNING-LAW"], risk="low"),
    "h1045e02": dict(lang="en", cat="cloud", cv=830000,
                     t=[99.95, 0.5, False, "buyer", True, True, True, 500 / 830000 * 100, 6 / 24 * 100, None, True,
                        None, None, None, False, True, False, "PRC", S], sla=True, ld=True, deemed=False,
                     design=["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"], risk="medium"),
    "h1045e03": dict(lang="en", cat="hardware", cv=1686000,
                     t=[None, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True, False,
                        "PRC", G], sla=True, ld=True, capped=True, deemed=False, tco=(1501600, 7, 36), design=[],
                     risk="low"),
    "h1045e04": dict(lang="en", cat="services", cv=2160000,
                     t=[99.95, 0.25, True, "buyer", True, True, False, 1800 / 2160000 * 100, 150, None, True, None,
                        None, None, False, False, False, "PRC", S], sla=True, ld=True, deemed=False,
                     design=["CR-CONFIDENTIALITY", "CR-TERMINATION"], risk="medium"),
    "h1045e05": dict(lang="en", cat="cloud", cv=990000,
                     t=[99.95, 1, True, "buyer", False, True, True, 700 / 990000 * 100, 150, None, True, None, None,
                        None, False, True, True, "PRC", S], sla=True, ld=True, deemed=False,
                     design=["CR-DATA-SECURITY", "CR-SUBCONTRACT"], risk="high"),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds
TH = dict(avail=99.9, p1=4, ld=0.05, cap=100, prepay=30, warranty=12, pwf=15, tco=40)


def tco_share(d):
    if not d.get("tco"):
        return None
    base, pct, wm = d["tco"]
    fees = base * pct / 100 * max(0.0, 5 - wm / 12)
    return fees / (d["cv"] + fees) * 100


def derive(d, terms, extra):
    """My reading of policy section 3, applied to a label."""
    r = set()
    if not extra["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if terms["availability_pct"] is not None and terms["availability_pct"] < TH["avail"]:
        r.add("CR-SLA-AVAILABILITY")
    if terms["p1_response_hours"] is None or terms["p1_response_hours"] > TH["p1"]:
        r.add("CR-SLA-RESPONSE")
    if extra["sla_clause"] and not terms["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if terms["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not terms["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if terms["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not terms["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not extra["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif terms["ld_rate_per_day_pct"] is not None and terms["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if terms["liability_cap_pct"] is not None and terms["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if terms["prepayment_pct"] is not None and terms["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not terms["acceptance_clause"] or terms["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if terms["contract_kind"] == G:
        if terms["warranty_months"] is None or terms["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        if (terms["post_warranty_fee_pct"] is None or not extra["post_warranty_fee_capped"]
                or terms["post_warranty_fee_pct"] > TH["pwf"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(d)
        if share is not None and share > TH["tco"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if terms["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not terms["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if terms["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (terms["governing_law"] not in (None, "PRC")) or d.get("forum_outside"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---- threshold scan -------------------------------------------------------------------------------------------
PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])4\s*(?:hours?|hrs?|h\b|个?小时)", r"(?<!十)四\s*个?小时", r"\bfour[\s-]*hours?",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![十])", r"千分之零点五",
    r"(?<![\d.])100\s*%", r"百分之一?百(?![零一二三四五六七八九十])", r"one\s*hundred\s*per\s*cent",
    r"(?<![\d.])30\s*%", r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per\s*cent",
    r"(?<![\d.])12\s*(?:个月|-?months?)", r"十二\s*个月", r"twelve[\s-]*months?",
    r"(?<![\d.])15\s*%", r"百分之十五", r"fifteen\s*per\s*cent",
    r"(?<![\d.])40\s*%", r"百分之四十", r"forty\s*per\s*cent",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "四小时", "four hours", "0.05%", "万分之五", "100%", "百分之百",
            "30%", "30 %", "百分之三十", "12 months", "12个月", "12-month", "十二个月", "twelve months", "15%",
            "百分之十五", "40%", "百分之四十"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "14 hours", "0.055", "万分之五十", "150%",
             "130%", "115%", "140%", "112 months", "18 months", "1.5%", "400%", "1,500", "30 days", "15 days",
             "40 days", "12.1 the", "0.5%"]


def scan_ok(text):
    views = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    return [m.group(0) for v in views for m in RX.finditer(v)]


def read_back(path):
    ext = path.suffix
    if ext in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if ext == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def label(stem, d):
    name = FILES[stem][0]
    terms = dict(zip(TERM_KEYS, d["t"]))
    extra = {"sla_clause": d["sla"], "ld_stated": d["ld"]}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["cv"]
    return {"file": name, "language": d["lang"], "category": d["cat"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted(d["design"])}, terms, extra


# price parts as stated in each text; they must add up to the contract value
PRICE_PARTS = {
    "h1045z01": [1180000, 862000, 214000, 112000], "h1045z02": [1260000, 486000, 318000, 236000, 148000, 32000],
    "h1045z03": [336000, 336000, 68000], "h1045z04": [586000], "h1045z05": [168000, 176000, 42000],
    "h1045e01": [1240000, 486000, 54000], "h1045e02": [372000, 372000, 86000],
    "h1045e03": [960 * 780, 96 * 2400, 24 * 5600, 388000, 158000, 26400], "h1045e04": [72000, 58000 * 36],
    "h1045e05": [468000, 468000, 54000],
}


def main():
    for stem, parts in PRICE_PARTS.items():
        assert sum(parts) == D[stem]["cv"], (stem, sum(parts))
    assert 2064000 * 28 // 100 == 577920 and 1240000 * 9 // 100 == 111600 and 1501600 * 7 // 100 == 105112
    assert 1180000 * 8 // 100 == 94400 and 386000 * 65 // 100 == 250900 and 586000 // 4 == 146500
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s))
    built = {}
    for stem, (name, src) in FILES.items():
        kind = name.rsplit(".", 1)[1]
        if kind in ("docx", "pdf"):
            write({stem: src}, {stem: (name, kind)}, OUT, wrap_words=True)
        else:
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
        built[stem] = read_back(OUT / name)
    covered = set()
    problems = []
    for stem, d in D.items():
        lab, terms, extra = label(stem, d)
        rules = derive(d, terms, extra)
        if rules != sorted(d["design"]):
            problems.append((stem, "derived", rules, "design", sorted(d["design"])))
        if risk_of(rules) != d["risk"]:
            problems.append((stem, "risk", risk_of(rules), d["risk"]))
        covered |= set(rules)
        # no label value on a threshold
        for k, th in [("availability_pct", TH["avail"]), ("p1_response_hours", TH["p1"]),
                      ("ld_rate_per_day_pct", TH["ld"]), ("liability_cap_pct", TH["cap"]),
                      ("prepayment_pct", TH["prepay"]), ("warranty_months", TH["warranty"]),
                      ("post_warranty_fee_pct", TH["pwf"])]:
            v = terms[k]
            if v is not None and abs(v - th) < 1e-9:
                problems.append((stem, "threshold value", k, v))
        share = tco_share(d)
        if share is not None and abs(share - TH["tco"]) <= 2:
            problems.append((stem, "tco share near threshold", share))
        text = built[stem]
        n = length(text, d["lang"])
        lo, hi = (2750, 3000) if d["lang"] == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((stem, "length", n, (lo, hi)))
        hits = scan_ok(text)
        if hits:
            problems.append((stem, "threshold text", hits))
        print("%s len=%d rules=%s risk=%s tco_share=%s" % (stem, n, ",".join(rules) or "-", risk_of(rules),
                                                          None if share is None else round(share, 2)))
        (OUT / (name_stem(lab["file"]) + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append(("coverage", missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed")


def name_stem(fname):
    return fname.rsplit(".", 1)[0]


if __name__ == "__main__":
    main()
