"""holdout541 — builds ten blind, ordinary draft contracts (5 zh, 5 en) and their labels.

Run: /work/main/.venv/bin/python -B make_files.py  (from this folder). Writes the .txt/.md files directly, the .docx/.pdf
through ../word_pdf.py (wrap_words=True), the .json labels (one-space indent, no trailing newline), then reads every
built file back and checks: text lengths, price sums, no threshold figure anywhere (regexes self-tested), expected
rules derived from the labels by my own reading of policy.md section 3, and coverage of all 20 CR rules.
"""
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
OUT = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------------------------------------------
# z01 — 林业局 森林防火监测平台 (licence + custom development), 政府采购, buyer's paper, PDF, 第X条. Compliant.
# ----------------------------------------------------------------------------------------------------------------
Z01 = """T:云岭市森林防火智能监测平台建设项目合同
P:合同编号：YLLY-ZFCG-2026-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：云岭市林业局　　地址：云岭市青松路 88 号
P:乙方（供应商）：苍山智林信息技术有限公司　　地址：昆明市高新区科创路 6 号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目招标文件及乙方投标文件，甲乙双方经协商一致，就云岭市森林防火智能监测平台（以下简称"平台"）软件许可及定制开发事项订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供森林防火监测平台软件的永久使用许可，并完成以下定制开发：火点识别模型与全市 46 座瞭望塔视频的对接、护林员巡护APP、防火指挥调度模块、与省级林火监测系统的数据接口。
P:1.2 乙方负责平台在甲方机房的部署、联调、试运行及培训。乙方应于合同签订后 150 日历日内具备初验条件。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰肆拾捌万贰仟元整（¥1,482,000），含税，为固定价格，明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久许可（GIS一张图、视频接入、告警中心）|620,000
TB:2|定制开发（模型对接、巡护APP、指挥调度、省级接口）|748,000
TB:3|部署实施与试运行|96,000
TB:4|操作及运维培训|18,000
TB:合计||1,482,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交履约保函后 15 个工作日内，甲方支付合同总价的 20% 作为预付款，即 296,400 元。
P:3.2 平台通过初验后 15 个工作日内，甲方支付合同总价的 45%，即 666,900 元。
P:3.3 平台通过终验后 15 个工作日内，甲方支付合同总价的 35%，即 518,700 元。
P:3.4 乙方每次收款前应开具合法有效的发票。甲方按财政资金支付流程付款，不视为逾期。
H:第四条 验收
P:4.1 初验：乙方完成部署及全部定制开发后提出申请，甲方组织初验。初验标准为：功能逐项符合招标文件技术需求；火点识别模型在甲方提供的测试视频集上准确率不低于 92%；告警从识别到推送至指挥大屏不超过 10 秒；省级接口数据一致率达到规定要求；巡护APP 在离线状态下可正常记录轨迹。
P:4.2 试运行：初验合格后进入 60 日试运行，期间无一级故障且累计二级故障不超过 3 次。
P:4.3 终验：试运行结束后，甲方组织专家按上述标准及等保测评、密码应用评估结果进行终验，出具书面验收报告。平台上线、甲方使用或支付任何款项，均不视为验收合格。
H:第五条 服务水平
P:5.1 质保期内平台年度可用率不低于 99.95%（计划内维护除外）。可用率每低于承诺值 0.01 个百分点，乙方支付 2,000 元。
P:5.2 故障分级响应：一级故障（平台整体不可用或告警中断）乙方应在 30 分钟内响应、2 小时内到场、8 小时内恢复；二级故障 2 小时内响应、24 小时内解决。
P:5.3 响应或到场每超时一小时，乙方支付 1,000 元，甲方可从应付款或履约保证金中扣除。
H:第六条 质量保证
P:6.1 质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和远程及现场技术支持。
P:6.2 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的 8%（即不超过 49,600 元），且质保期满后三个服务年度内不上调。维护合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 定制开发形成的源代码、模型对接程序、接口程序及技术文档的知识产权归甲方所有，乙方应在终验前完整交付。甲方可自行或委托第三方修改、使用。
P:7.2 平台软件原有知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可。
H:第八条 数据安全
P:8.1 火点视频、巡护轨迹、告警记录等全部业务数据归甲方所有，乙方仅可为履行本合同处理，不得复制、留存或用于其他任何目的。
P:8.2 乙方应落实等级保护要求，运维须经甲方审批并通过堡垒机进行，全程留存审计日志。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在 2 小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对履约中知悉的甲方工作秘密、防火部署及地理信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期具备初验条件或逾期交付的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方交付成果不符合约定的，应在甲方限定期限内整改，并赔偿由此造成的损失。
H:第十一条 分包
P:本项目不得分包或转包。
H:第十二条 合同解除
P:乙方严重违约，或逾期超过 30 日，或经书面催告后 15 日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
H:第十三条 适用法律及争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 项目管理与人员
P:14.1 乙方应指定具有同类项目经验的项目经理一名，常驻甲方现场直至终验，未经甲方书面同意不得更换。项目组成员名单作为本合同附件。
P:14.2 乙方应每周提交项目周报，说明进度、风险和需要甲方配合的事项；甲方指定信息科负责人作为联系人，及时提供视频流地址、网络条件和测试数据。
P:14.3 防火期内（每年 11 月至次年 5 月）乙方实施可能影响监测的操作，须提前 3 个工作日报甲方批准，并准备回退方案。
H:第十五条 交付文档与培训
P:15.1 乙方应在终验前交付：需求规格说明书、系统设计说明书、数据库设计说明书、接口文档、部署手册、运维手册、用户手册及全部定制开发源代码。
P:15.2 乙方应为甲方及各县区林草部门培训系统管理员不少于 10 人次、指挥调度人员不少于 60 人次、护林员 APP 使用人员不少于 300 人次，并提供培训教材和视频。
H:第十六条 不可抗力
P:因地震、洪水、重大森林火灾等不可抗力导致不能履行的，受影响方应及时通知对方并提供证明，在不可抗力影响范围内免责。不可抗力持续超过 60 日的，双方可协商解除合同。
P:16.2 因不可抗力延误的工期相应顺延，但乙方在不可抗力发生前已经逾期的除外。
P:16.3 双方应在不可抗力消除后 5 个工作日内协商恢复履行的安排，并形成书面记录。
H:第十七条 其他
P:本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及澄清文件为本合同组成部分。
P:甲方（盖章）：云岭市林业局　　　　乙方（盖章）：苍山智林信息技术有限公司
P:代表签字：__________　　　　代表签字：__________　　　　签订日期：2026 年 3 月 18 日
"""

# ----------------------------------------------------------------------------------------------------------------
# z02 — 轮胎厂 硫化机 控制系统改造 + 维保, .docx with a Word price table, 一、（一）. Risky: no confidentiality
# clause; subcontracting on notice.
# ----------------------------------------------------------------------------------------------------------------
Z02 = """T:硫化车间控制系统改造及维保合同
P:合同编号：HT-LH-2026-0409
P:甲方：青州市恒达轮胎有限公司
P:乙方：齐鲁智控自动化工程有限公司
P:鉴于甲方硫化车间 48 台双模硫化机的控制系统老化、故障率高，甲方经比选确定由乙方实施改造并提供维保服务。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:一、改造范围
P:（一）乙方负责拆除原有继电器控制系统，为 48 台硫化机更换 PLC 控制柜、触摸屏和温度压力传感器，新建车间工业环网，并部署硫化工艺管理软件。
P:（二）乙方负责开发工艺管理软件与甲方 MES 系统的数据接口，实现配方下发、硫化曲线回传和报警联动。
P:（三）改造须分批停机实施，每批不超过 8 台，单批停机不超过 72 小时，以保证甲方正常生产。
H:二、合同价款
P:（一）合同总价为人民币贰佰零叁万元整（¥2,030,000），含 13% 增值税及运输、安装、调试费用。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU及I/O模块）|48 套|18,500|888,000
TB:2|触摸屏HMI|48 台|4,200|201,600
TB:3|温度压力传感器|192 套|1,150|220,800
TB:4|工业交换机|12 台|6,800|81,600
TB:5|硫化工艺管理软件许可（永久）|1 套|268,000|268,000
TB:|软硬件小计|||1,660,000
TB:6|改造施工及调试|1 项|236,000|236,000
TB:7|MES数据接口开发|1 项|118,000|118,000
TB:8|操作及维护培训|1 项|16,000|16,000
TB:|合同总价|||2,030,000
H:三、付款方式
P:（一）合同生效后 10 日内，甲方支付合同总价的 10% 作为预付款，即 203,000 元。
P:（二）全部设备到货并经甲方签收后，甲方支付合同总价的 35%，即 710,500 元。到货签收不代表质量验收。
P:（三）终验合格后 30 日内，甲方支付合同总价的 45%，即 913,500 元。
P:（四）剩余 10% 即 203,000 元作为质量保证金，质保期满且无遗留问题后 30 日内无息支付。
H:四、工期与验收
P:（一）乙方应于合同生效后 120 日内完成全部 48 台硫化机的改造。
P:（二）每批改造完成后进行单机验收：温度控制偏差不超过 ±1℃，压力控制偏差不超过 ±0.1 MPa，硫化时间误差不超过 3 秒，报警功能全部有效。
P:（三）全部改造完成后连续试生产 30 日，硫化合格率不低于改造前水平，MES 接口数据与现场记录一致，方可申请终验。甲方组织终验并出具书面报告。设备投入生产使用不视为终验合格。
H:五、质量保证与维保
P:（一）质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费维修、更换故障部件并升级软件。
P:（二）一级故障（整条硫化线停机）乙方应在 30 分钟内响应，2 小时内到场，6 小时内恢复生产；二级故障（单台停机）1 小时内响应，24 小时内修复。
P:（三）响应或到场每超时一小时，乙方向甲方支付 800 元，从质量保证金中扣除。
P:（四）质保期满后，乙方继续提供维保服务，年度维保费为软硬件小计的 7%，即每个服务年度 116,200 元，质保期满后三个服务年度内价格固定不变。维保合同到期后是否续签由甲方决定。
H:六、数据安全
P:（一）硫化工艺参数、配方、生产记录等数据归甲方所有，乙方不得复制、带离厂区或用于本合同以外的用途。
P:（二）控制网络与办公网络物理隔离。乙方远程维护须事先经甲方书面审批，使用甲方提供的专用账号，并全程留存操作日志。
P:（三）发生数据泄露、篡改或病毒感染的，乙方应在 2 小时内报告并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:七、知识产权
P:MES 数据接口程序、PLC 控制程序及其源代码、技术文档归甲方所有，乙方应随终验一并交付。工艺管理软件产品本身的知识产权归乙方，甲方享有永久使用权。
H:八、违约责任
P:（一）乙方逾期完成改造的，每逾期一日，按合同总价的万分之八支付违约金。
P:（二）因乙方施工造成甲方停产超过约定时间的，乙方赔偿甲方由此产生的直接损失。
P:（三）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
H:九、分包
P:乙方可将现场电气施工及线缆敷设分包给具有相应资质的单位，但应在进场前 3 日书面告知甲方。乙方对分包单位的工作承担全部责任。
H:十、合同解除
P:乙方严重违约，经甲方书面通知后 15 日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:十一、争议解决
P:本合同适用中华人民共和国法律。发生争议协商不成的，任何一方均可向甲方所在地人民法院起诉。
H:十二、施工安全与现场管理
P:（一）乙方进场人员应遵守甲方安全生产管理制度，接受安全教育，持证上岗。高压电气作业须办理作业票，并由甲方设备科人员现场监护。
P:（二）乙方应在每批改造前 5 个工作日提交停机计划和施工方案，经甲方生产部确认后实施；改造期间因乙方原因发生的人身伤害、设备损坏由乙方负责。
P:（三）拆除的旧控制柜、继电器及线缆归甲方所有，乙方应分类整理后移交甲方仓库。
H:十三、技术资料与培训
P:（一）乙方应随终验交付：电气原理图、接线图、PLC 程序及注释、HMI 画面工程文件、网络拓扑图、备品备件清单、操作及维护手册。
P:（二）乙方应对甲方操作工、电气维修人员分别进行培训，每类不少于 3 期，培训后进行实操考核，考核合格人员应能独立完成日常操作、报警处理和常见故障排除。
H:十四、不可抗力
P:因不可抗力不能履行合同的，受影响方应在 3 日内通知对方，并在不可抗力消除后继续履行。不可抗力持续超过 60 日的，双方可协商解除合同。
P:（二）乙方迟延履行后发生不可抗力的，不能免除乙方的责任。
P:（三）因不可抗力导致工期延误的，乙方应在不可抗力消除后 3 日内提交调整后的进度计划，经甲方确认后执行。
P:（四）双方应尽力减少不可抗力造成的损失，未采取合理措施导致损失扩大的，扩大部分由责任方承担。
H:十五、变更
P:（一）甲方需增加或减少改造台数的，双方按本合同单价另行签订补充协议。
P:（二）乙方提出的技术方案变更，须经甲方书面确认；未经确认擅自变更的，甲方有权要求恢复原方案，费用由乙方承担。
P:（三）变更涉及工期的，双方应在补充协议中同时约定调整后的完成时间；未约定的，原工期不变。
H:十六、通知
P:本合同项下的通知应以书面形式送达合同首部所列地址或双方指定的电子邮箱，以送达之日为准。一方变更地址或邮箱的，应提前 3 日书面通知对方，否则按原地址送达视为有效。
H:十七、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术规格书、改造施工方案。
P:甲方（盖章）：青州市恒达轮胎有限公司　　乙方（盖章）：齐鲁智控自动化工程有限公司
P:日期：2026 年 4 月 9 日
"""


# ----------------------------------------------------------------------------------------------------------------
# z03 — 连锁健身房 (35 家门店) 会员 SaaS + 实施, .txt, 1. / 1.1. Risky: auto-renewal with a price increase, availability
# 99.5 %, de-identified reuse of member data.
# ----------------------------------------------------------------------------------------------------------------
Z03 = """会员管理云服务及实施合同

合同编号：LD-FIT-2026-031
甲方：成都力动健身管理有限公司
乙方：杭州云伴科技有限公司

甲方在成都、重庆经营 35 家直营健身门店，拟采用乙方的会员管理云服务（SaaS）替换各门店现有的本地系统。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方 35 家门店提供会员管理云服务，包括会员档案、会籍及私教课销售、预约排课、门禁闸机联动、微信小程序、储值及对账报表等功能模块。
1.2 乙方负责实施：历史会员数据迁移、门禁闸机对接、小程序配置、门店上线支持及员工培训。
1.3 初始服务期为三个服务年度，自上线验收合格之日起算。

2. 费用
2.1 合同总价为人民币柒拾玖万壹仟元整（¥791,000），含 6% 增值税，明细如下：
  （1）云服务订阅费：35 家门店 × 每店每服务年度 6,600 元 = 231,000 元/服务年度，三个服务年度合计 693,000 元；
  （2）实施费（数据迁移、闸机对接、小程序配置）：86,000 元；
  （3）培训费：12,000 元。
2.2 服务期内新增门店按每店每服务年度 6,600 元按月折算计费，不计入合同总价。

3. 付款
3.1 实施费和培训费共计 98,000 元，在上线验收合格后 20 个工作日内一次性支付。
3.2 云服务订阅费按季度支付，每季度 57,750 元，甲方于每季度首月 15 日前支付当季费用。
3.3 上线验收合格前，甲方无需支付任何款项。

4. 上线验收
4.1 乙方应在合同签订后 60 日内完成全部门店上线。
4.2 验收标准：（1）历史会员、会籍、剩余课时及储值余额逐条核对，差异为零；（2）闸机扫码或人脸识别开门时间不超过 1 秒；（3）小程序在 500 人同时预约时页面响应不超过 2 秒；（4）日结对账报表与收银记录一致；（5）全部门店连续运行 14 日无一级故障。
4.3 乙方提交验收申请后，甲方在 7 个工作日内组织验收并签署验收单。门店开始使用系统不视为验收合格。

5. 服务水平
5.1 云服务月度可用率不低于 99.5%，计划内维护应安排在凌晨 1 点至 5 点并提前 3 日通知。
5.2 一级故障（全部或多家门店无法签到、收款）乙方应在 30 分钟内响应，2 小时内恢复；二级故障 2 小时内响应，8 小时内解决。
5.3 月度可用率低于承诺值的，每低 0.1 个百分点，抵扣当季订阅费的 2%；一级故障响应每超时一小时，抵扣 500 元。

6. 数据
6.1 会员个人信息、消费记录、课程记录等甲方数据归甲方所有。
6.2 乙方应将数据存储在中国境内，落实等级保护三级要求，对身份证号、手机号加密存储，实行最小权限访问并保留审计日志。发生数据泄露或丢失的，乙方应在 24 小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担由此产生的全部赔偿责任。
6.3 甲方同意，乙方可在去标识化处理后使用甲方会员的到店频次、消费及课程偏好数据，用于行业分析报告、产品改进和算法模型训练。该使用权在本合同终止后继续有效。
6.4 合同终止后 30 日内，乙方应按甲方要求导出全部数据并删除其系统中的甲方数据。

7. 知识产权
云服务平台的知识产权归乙方。为甲方专门配置的小程序页面、报表模板及闸机对接程序归甲方所有，甲方可自行修改或交由第三方使用。

8. 保密
双方对履约中知悉的对方商业秘密和经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期至本合同终止后三个服务年度届满。

9. 续期
本合同初始服务期届满前 30 日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，并可依此多次续期。每次续期时，乙方有权上调订阅单价，上调幅度不超过上一服务年度单价的 8%。

10. 违约责任
10.1 乙方逾期完成全部门店上线的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
10.2 乙方对本合同项下的累计赔偿责任以合同总价的 150% 为限，但因数据泄露或故意行为造成的损失不受此限。

11. 分包
乙方不得将本合同项下的实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

12. 合同解除
乙方严重违约或连续两个月可用率低于承诺值，经甲方书面催告后 15 日内未纠正的，甲方有权解除合同，乙方应退还已付未用的订阅费。

13. 实施安排
13.1 乙方应在合同签订后 7 日内提交实施计划，按"试点门店、成都片区、重庆片区"三批上线，每批上线前完成员工培训并安排实施人员驻店支持不少于 3 日。
13.2 甲方应提供现有系统的数据导出文件、闸机型号及接口说明，并指定总部运营部负责人作为项目联系人。
13.3 数据迁移前，乙方应与甲方共同确认字段对照表；迁移完成后，由各门店店长抽查本店会员信息并签字确认。

14. 培训与服务支持
14.1 乙方为每家门店的前台、销售和教练提供线上及现场培训，并提供操作手册和视频教程。
14.2 服务期内，乙方提供 7×24 小时故障报修热线和工作日 9 点至 21 点的在线客服；每季度向甲方提交服务报告，内容包括可用率、故障记录、工单处理情况和优化建议。
14.3 乙方进行影响门店使用的版本升级，应提前 7 日通知甲方，并安排在门店营业结束后进行。

15. 不可抗力
因不可抗力导致服务中断的，受影响方应及时通知对方并尽力减少损失。云服务商所在地区的电力或网络故障不属于不可抗力，乙方应通过备份和容灾措施保障服务。

16. 服务变更与终止后安排
16.1 乙方调整功能模块的，不得降低本合同约定的功能范围；下线任何已使用功能，应提前 60 日通知甲方并提供替代方案。
16.2 合同终止或期满不续约的，乙方应在 30 日内配合甲方将数据迁移至甲方指定的系统，提供标准格式的数据文件和字段说明，迁移期间正常提供服务。
16.3 甲方门店关闭或转让的，甲方可提前 30 日书面通知乙方减少相应门店，减少门店的订阅费自下一季度起不再收取。

16.4 乙方发布新版本时，应向甲方提供版本说明；新版本导致原有功能或数据异常的，乙方应在 24 小时内回退或修复，并承担由此产生的额外实施费用。
16.5 甲方可随时通过管理后台导出会员及交易数据，乙方不得设置导出限制或收取导出费用。
16.6 乙方应每半年组织一次门店使用回访，收集门店意见并在季度服务报告中说明处理情况。

17. 通知与联系人
双方指定的联系人及联系方式见附件。一方变更联系人的，应提前 3 日书面通知对方。

18. 争议解决
本合同适用中华人民共和国法律。争议提交成都仲裁委员会仲裁。

甲方：成都力动健身管理有限公司（盖章）    乙方：杭州云伴科技有限公司（盖章）
签订日期：2026 年 2 月 26 日
"""

# ----------------------------------------------------------------------------------------------------------------
# z04 — 市急救中心 调度系统 年度运维, 竞争性磋商, .txt, 第X条 with （1）. Risky: LD 万分之三 / day, cap 50 %.
# ----------------------------------------------------------------------------------------------------------------
Z04 = """滨江市急救中心120指挥调度系统运维服务合同

项目编号：BJZC-2026-CS-052（竞争性磋商）
甲方（采购人）：滨江市急救中心
乙方（成交供应商）：滨江华信医疗信息服务有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方响应文件，双方就滨江市急救中心120指挥调度系统运维服务订立本合同。

第一条 服务范围
（1）运维对象：120 指挥调度系统（含受理席 24 席、调度席 12 席）、GIS 定位、车载终端 86 台、录音系统、数据库及中间件。
（2）服务内容：驻场运维、日常巡检、故障处理、系统优化、备件保障、重大活动及突发事件应急保障。
（3）服务期：2026 年 1 月 1 日至 2026 年 12 月 31 日。服务期满本合同终止，不自动续期。

第二条 服务费用
合同总价为人民币肆拾捌万元整（¥480,000），含税，明细如下：
（1）驻场运维服务（2 人，7×24 小时轮值）：336,000 元；
（2）系统巡检与性能优化：64,000 元；
（3）备件保障：58,000 元；
（4）重大活动应急保障：22,000 元。

第三条 付款方式
（1）服务费按季度支付，每季度 120,000 元。
（2）每季度结束后，甲方根据第六条、第七条考核结果，在 15 个工作日内支付上一季度服务费，并扣除考核扣款。
（3）本合同不设预付款。

第四条 服务接管
（1）乙方应在 2025 年 12 月 20 日前完成与原运维单位的交接，包括系统账号、配置文档、备件清单和遗留问题清单，驻场人员同时到位。
（2）交接完成后由甲方签署接管确认单。

第五条 服务水平
（1）调度系统月度可用率不低于 99.99%。
（2）一级故障（受理或调度中断、录音中断）乙方应在 15 分钟内响应，30 分钟内到场，2 小时内恢复；二级故障 30 分钟内响应，8 小时内解决；三级故障 24 小时内解决。
（3）每月巡检一次，每季度提交运维报告和优化建议。

第六条 验收与考核
（1）每季度末，甲方依据第五条及考核细则对乙方进行考核，考核内容包括可用率、响应及恢复时间、巡检完成率、报告质量。
（2）服务期满，甲方组织终期验收，验收标准为：全年可用率达标、无因乙方原因造成的重大责任事故、运维文档完整移交。验收合格后出具书面验收意见。

第七条 考核扣款
（1）月度可用率每低于承诺值 0.01 个百分点，扣减当季服务费 1,000 元。
（2）一级故障响应或恢复每超时 30 分钟，扣减 2,000 元；二级故障每超时 1 小时，扣减 500 元。

第八条 数据安全
（1）呼救录音、患者信息、车辆轨迹等数据归甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
（2）乙方人员须签署安全承诺书，通过堡垒机操作，严禁使用个人存储介质，运维操作全程审计。
（3）发生数据泄露或系统被入侵的，乙方应在 1 小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第九条 保密
乙方对服务中知悉的甲方工作秘密、患者隐私和系统配置信息负有保密义务，未经甲方书面同意不得向任何第三方披露。服务期满后保密义务继续有效。

第十条 知识产权
乙方在服务期内编写的运维文档、脚本、优化方案归甲方所有。

第十一条 违约金
乙方未按第四条约定时间完成接管或驻场人员未按时到位的，每逾期一日，按合同总价的万分之三向甲方支付违约金。

第十二条 责任限额
乙方在本合同项下的累计赔偿责任以合同总价的 50% 为限，但数据泄露、人身伤害及故意或重大过失造成的损失除外。

第十三条 分包
乙方不得将本合同项下的服务转包或分包。

第十四条 合同解除
乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后 10 日内仍未纠正的，甲方有权解除合同。

第十五条 驻场人员管理
（1）乙方驻场人员应具备三年以上医疗信息系统或调度系统运维经验，名单及资质证明报甲方备案；未经甲方同意不得更换，确需更换的应提前 15 日书面申请，并完成不少于 5 个工作日的交接。
（2）驻场人员应遵守甲方考勤、值班和保密管理制度，不得进入受理调度大厅的非工作区域，不得接触与运维无关的资料。
（3）甲方认为驻场人员不能胜任的，有权要求乙方在 7 日内更换。

第十六条 应急保障
（1）遇重大活动、自然灾害或突发公共卫生事件，乙方应按甲方通知增派技术人员现场值守，并在 2 小时内到位。
（2）乙方应制定调度系统故障应急预案，每半年配合甲方开展一次切换演练，演练结果形成书面报告。
（3）乙方应保持不少于附件所列品种和数量的备件库存，关键备件存放于本市。

第十七条 文档与移交
（1）乙方应建立运维台账，如实记录故障、变更、巡检和备件使用情况，每月提交甲方。
（2）服务期满或合同解除时，乙方应在 15 日内向甲方或甲方指定的新运维单位完整移交账号、配置、文档和遗留问题清单，并提供必要的交接配合。

第十八条 安全生产与廉洁
（1）乙方应遵守甲方机房管理制度，进出机房登记，禁止在机房内饮食、吸烟，设备搬入搬出须经甲方同意。
（2）乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益；发现上述行为的，甲方有权解除合同。
（3）乙方应为驻场人员依法缴纳社会保险，驻场人员在服务过程中发生的人身伤害由乙方负责处理。

第十九条 服务评价
（1）甲方每季度组织调度员、分站站长和信息科人员对乙方服务进行满意度评价，评价结果作为季度考核的组成部分，并在服务期满时作为甲方评价乙方履约情况的依据。
（2）乙方应在收到考核结果后 5 个工作日内对扣分事项提出整改措施，并在下一季度报告中说明整改情况。

（3）乙方应每季度对驻场人员进行一次技能培训，培训记录报甲方备案。
（4）甲方可结合满意度评价和考核结果，对乙方提出书面改进要求，乙方应在规定期限内落实并书面回复。
（5）乙方应于每季度首月 10 日前向甲方提交上一季度的运维工作总结，列明完成的巡检、故障处理、变更和优化事项，作为考核和付款的依据。
（6）乙方提交的报告应经驻场负责人签字，并附故障处理记录和巡检记录等原始资料。

第二十条 不可抗力
因不可抗力不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明。不可抗力影响期间，乙方仍应尽力保障调度系统的基本运行。

第二十一条 争议解决
本合同适用中华人民共和国法律。发生争议协商不成的，向甲方所在地人民法院提起诉讼。

第二十二条 其他
本合同一式五份，甲方三份、乙方二份，自双方签字盖章之日起生效。磋商文件、响应文件为本合同组成部分。

甲方（盖章）：滨江市急救中心          乙方（盖章）：滨江华信医疗信息服务有限公司
签订日期：2025 年 12 月 10 日
"""

# ----------------------------------------------------------------------------------------------------------------
# z05 — 米粉厂 生产排程 软件许可 + 定制开发, the supplier's template, .md, "## 第X条", markdown price table. Many problems.
# ----------------------------------------------------------------------------------------------------------------
Z05 = """# 智排 APS 生产排程系统软件许可及定制开发合同

**（乙方标准合同文本 ZP-2026 版）**

- 合同编号：ZP-XS-2026-0315
- 甲方（买方）：桂林漓香米粉食品有限公司
- 乙方（卖方）：广州智排软件科技有限公司
- 签订地点：广州市天河区

甲方因米粉生产线扩产，需要对浸米、磨浆、蒸粉、烘干、包装各工序进行统一排程。乙方向甲方提供智排 APS 生产排程系统软件许可及定制开发服务。双方经协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供智排 APS 软件永久许可（1 个工厂、4 条生产线、30 个用户）。

1.2 乙方根据甲方需求进行定制开发：米粉工艺排程规则、与甲方金蝶 ERP 的订单及库存接口、车间排程看板。

1.3 乙方负责系统安装部署、基础数据初始化和用户培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智排 APS 软件永久许可 | 560,000 |
| 2 | 定制开发（排程规则、ERP 接口、看板） | 128,000 |
| 3 | 安装部署及培训 | 32,000 |
| | 合计 | 720,000 |

合同总价为人民币柒拾贰万元整（¥720,000），含税。

## 第三条 付款方式

3.1 本合同签订后 5 个工作日内，甲方支付合同总价的 65%，即 468,000 元，乙方收到该款项后开始工作。

3.2 系统上线后 10 个工作日内，甲方支付合同总价的 35%，即 252,000 元。

3.3 甲方逾期付款的，每逾期一日按未付金额的千分之一支付滞纳金，乙方有权暂停服务。

## 第四条 交付与验收

4.1 乙方应在收到首期款后 90 日内完成安装部署和定制开发，具备上线条件。

4.2 系统安装完成并上线运行即视为甲方验收合格。甲方自上线之日起 5 个工作日内未提出书面异议的，亦视为验收合格。

## 第五条 免费维护

5.1 免费维护期为六个月，自系统上线之日起计算。期内乙方提供远程技术支持和缺陷修复。

5.2 一级故障（排程功能无法使用）乙方在 8 小时内响应，二级故障在 2 个工作日内响应。乙方将尽力修复故障，但不因响应或修复超时承担扣款、赔偿或违约责任。

## 第六条 年度维护服务

6.1 免费维护期满后，甲方应购买乙方的年度维护服务，年度维护费为软件许可费的 26%，即每个服务年度 145,600 元，于每个服务年度开始前支付。

6.2 未购买年度维护服务的，乙方不再提供升级、补丁和技术支持。

## 第七条 知识产权

7.1 智排 APS 软件及其文档的知识产权归乙方所有。

7.2 乙方为甲方定制开发的排程规则、接口程序、看板及其源代码的知识产权均归乙方所有。甲方仅在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反编译或提供给第三方。

## 第八条 数据

8.1 甲方的订单、配方、产量等生产数据归甲方所有。

8.2 乙方应采取访问控制、加密传输和日志审计等措施保护甲方数据，发生数据泄露的，乙方应在 24 小时内通知甲方；因乙方原因造成数据泄露的，乙方承担相应赔偿责任。

8.3 甲方同意乙方可将甲方生产数据经脱敏处理后用于排程算法优化，并用于乙方向其他客户提供的产品和服务。

## 第九条 保密

双方应对在合同履行中获知的对方技术秘密和商业信息予以保密，未经对方同意不得向第三方披露。

## 第十条 违约责任

10.1 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的 5%。

10.2 乙方在本合同项下的全部赔偿责任（含违约金）以合同总价的 20% 为限，且不承担任何间接损失或利润损失。

## 第十一条 合同解除

任何一方严重违约，经对方书面通知后 30 日内仍未纠正的，守约方有权解除本合同。

## 第十二条 双方责任

12.1 甲方应指定项目负责人，按乙方要求提供工艺路线、设备产能、班次安排、物料清单等基础数据，并保证数据真实完整。因甲方数据不准确导致排程结果偏差的，乙方不承担责任。

12.2 甲方应按乙方提出的配置要求准备服务器、操作系统和数据库环境。服务器由甲方自行采购，不包含在合同总价中。

12.3 乙方应按本合同约定完成安装部署、定制开发和培训，培训对象为甲方计划员、车间主任和系统管理员，培训时间合计不少于 5 个工作日。

## 第十三条 交付物

13.1 乙方交付物包括：软件安装介质及授权文件、用户操作手册、系统管理员手册、定制功能说明。

13.2 定制开发部分的源代码不属于交付物范围，由乙方保管。

13.3 甲方需要新增用户、生产线或工厂的，按乙方届时的报价另行购买许可。

13.4 系统上线后，甲方提出的新增需求或功能变更，按乙方人天单价 2,800 元另行计费，双方以补充协议或工作单确认。

## 第十四条 使用限制

甲方不得将软件用于本合同约定以外的工厂，不得复制、出租、出借软件，不得对软件进行反向工程或破解授权。甲方违反本条约定的，乙方有权终止许可并要求甲方赔偿损失。

## 第十五条 上线支持

乙方在系统上线后提供 10 个工作日的现场支持，协助甲方计划员完成首批生产订单的排程、调整排程参数和处理常见问题。现场支持期结束后，乙方通过电话、微信群和远程桌面提供技术支持，服务时间为工作日 9:00 至 18:00。

甲方应安排专人参加系统上线工作，并在上线后按乙方的操作规范使用系统。因甲方操作不当、擅自修改配置或服务器环境变化导致的问题，乙方提供的处理服务另行收费。

乙方有权根据产品版本计划调整远程支持的方式和时间安排，并通过电子邮件或官网通知甲方。免费维护期满后，上线支持和远程支持均按第六条约定的年度维护服务提供。

甲方需要乙方派员到现场处理的，应承担乙方人员的差旅费用。

## 第十六条 不可抗力

因不可抗力不能履行合同的，受影响方不承担违约责任，但应及时通知对方。不可抗力包括地震、洪水、疫情、政府行为、网络攻击及电力中断等。

## 第十七条 通知

双方往来通知以书面或电子邮件形式发送至本合同首部地址或双方确认的邮箱，发出即视为送达。

## 第十八条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十九条 其他

19.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

19.2 本合同为乙方标准文本，未尽事宜以乙方官网公布的服务条款为准。

甲方（盖章）：桂林漓香米粉食品有限公司　　　乙方（盖章）：广州智排软件科技有限公司

日期：2026 年 3 月 15 日
"""

# ----------------------------------------------------------------------------------------------------------------
# e01 — Malaysian vendor (Penang), perpetual WMS licences + services, .pdf, Article N. Only finding: governing law
# of Malaysia with arbitration in Kuala Lumpur.
# ----------------------------------------------------------------------------------------------------------------
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. PSL-CN-2026-014
P:This Agreement is made on 20 March 2026 between:
P:(1) Foshan Meijia Furniture Manufacturing Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at 12 Longjiang Industrial Road, Shunde District, Foshan, Guangdong (the "Customer"); and
P:(2) Penang StockLogic Sdn. Bhd., a company incorporated in Malaysia, with its registered office at Bayan Lepas Technoplex, 11900 Penang, Malaysia (the "Vendor").
P:Background: The Customer operates three finished-goods warehouses in Foshan and wishes to replace its spreadsheet-based stock control with the Vendor's StockLogic warehouse management system. The Vendor has agreed to grant perpetual licences and to implement the system on the terms below. At the Customer's request, all prices are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the StockLogic WMS server, named-user and RF handheld modules listed in Annex A, including all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the ERP interface, the label templates, the custom reports and any other work product created by the Vendor specifically for the Customer.
P:1.3 "Final Acceptance" means the Customer's written certificate issued under Article 5.3.
P:1.4 "Customer Data" means all data entered into, processed by or generated by the Software in the Customer's environment, including stock records, orders, supplier and customer details.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software on the Customer's servers in mainland China for its own business and that of its affiliates, for the number of users and devices set out in Annex A.
P:2.2 The Customer may make backup copies and may move the Software to replacement hardware without additional fee.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software, migrate opening stock balances, build the interface with the Customer's Kingdee ERP, design the label templates and reports, and train the Customer's key users and warehouse staff.
P:3.2 The Vendor shall achieve Go-Live within 110 days after the date of this Agreement, in accordance with the project plan in Annex B.
P:3.3 The Vendor shall assign a named project manager who speaks Mandarin and shall not replace that person without the Customer's consent, which will not be unreasonably withheld.
P:3.4 The Customer shall provide the Vendor's team with office space at the main warehouse, network access to the test and production servers, sample data and the time of its key users as set out in the project plan.
P:3.5 The parties' project managers meet weekly. The Vendor reports progress, open issues and risks in writing after each meeting, and the parties agree any change to scope, price or dates in a written change note signed by both project managers.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 934,000, inclusive of all taxes, made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|StockLogic WMS server licence (perpetual)|1|286,000|286,000
TB:2|Named-user licences (perpetual)|60|3,800|228,000
TB:3|RF handheld module licences (perpetual)|40|2,150|86,000
TB:|Licence Subtotal|||600,000
TB:4|Implementation and data migration|1 lot|214,000|214,000
TB:5|ERP interface development|1 lot|96,000|96,000
TB:6|Training|1 lot|24,000|24,000
TB:|Contract Price|||934,000
P:4.2 The Customer shall pay: (a) 10% of the Contract Price (CNY 93,400) within 20 days after signature, against the Vendor's invoice and an advance-payment bank guarantee of the same amount; (b) 55% (CNY 513,700) within 30 days after the System Test Certificate is signed under Article 5.2; and (c) 35% (CNY 326,900) within 30 days after Final Acceptance.
P:4.3 Payments shall be made by bank transfer in CNY to the Vendor's account stated on the invoice. Each party bears its own bank charges.
H:Article 5 Testing and Acceptance
P:5.1 The acceptance criteria are set out in Annex C and include: (a) every function listed in Annex A works as specified; (b) a full physical stock count reconciles with the system balance with no unexplained difference; (c) sales orders flow from the ERP to the Software and shipment confirmations flow back without manual re-entry for ten consecutive working days; (d) RF scanning confirms a pick in under two seconds with 40 handhelds in use at the same time; and (e) all Severity 1 and Severity 2 defects are closed.
P:5.2 When criteria (a), (c) and (d) are met in the test environment, the parties sign a System Test Certificate. The System Test Certificate is not acceptance.
P:5.3 After Go-Live the Software runs in production for 30 days. If all criteria are met and no Severity 1 defect occurs in that period, the Customer issues the Final Acceptance certificate within ten working days. Go-Live, production use or any payment does not amount to acceptance.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with Annex A and Annex C for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor corrects defects, supplies updates and provides remote and on-site support free of charge.
P:6.2 Support levels during the Warranty Period and any later support term: Severity 1 (warehouse operations stopped) – response within 1 hour, engineer on site within 8 hours if remote repair fails, workaround within 8 hours; Severity 2 – response within 2 working hours; Severity 3 – response within 2 working days.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or on-site time, the Vendor credits the Customer CNY 1,000, deductible from any amount due.
H:Article 7 Annual Support after the Warranty Period
P:7.1 After the Warranty Period the Customer may order annual support, covering the services in Article 6, for an Annual Support Fee of 9% of the Licence Subtotal, that is CNY 54,000 per support year.
P:7.2 The Annual Support Fee is fixed for the first three support years. Any later change must be agreed in writing and shall not exceed 3% per support year. Support is ordered by purchase order and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor keeps all intellectual property in the Software.
P:8.2 All intellectual property in the Custom Deliverables vests in the Customer on creation. The Vendor shall deliver their source code and documentation with Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Vendor may access it only to perform this Agreement and on the Customer's instructions, and shall not copy it out of the Customer's environment or use it for any other purpose.
P:9.2 Remote access is allowed only through the Customer's VPN with multi-factor authentication, after approval of each session by the Customer's IT department; all sessions are logged. The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:9.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take all necessary remedial action and shall indemnify the Customer for all losses, fines and costs caused by a breach of this Article by the Vendor or its personnel.
H:Article 10 Confidentiality
P:Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to its staff and advisers who need to know it and are bound by equal duties. This obligation survives termination for three years.
H:Article 11 Delay Damages and Liability
P:11.1 If the Vendor fails to achieve Go-Live by the date in Article 3.2 for reasons attributable to it, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to Article 9, Article 10, personal injury, fraud or wilful misconduct.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains fully responsible for its subcontractors.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of it.
P:13.2 If the Customer terminates under Article 13.1 before Final Acceptance, the Vendor shall refund all amounts paid for the services not accepted, and the licences already paid for remain in force.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Malaysia.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration under the rules of the Asian International Arbitration Centre, seated in Kuala Lumpur, in the English language, before a sole arbitrator.
H:Article 15 General
P:15.1 Annexes A (licensed modules and quantities), B (project plan) and C (acceptance criteria) form part of this Agreement.
P:15.2 This Agreement is signed in English in two originals. Changes are valid only if made in writing and signed by both parties.
P:Signed for the Customer: ____________________    Signed for the Vendor: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
# e02 — Philippine vendor (Cebu), SaaS order form + general terms, .md, Section N.N. Risky: no data-security clause,
# subcontractors on notice.
# ----------------------------------------------------------------------------------------------------------------
E02 = """# ORDER FORM — SMILEDESK CLINIC CLOUD

**Order Form No. SD-CN-2026-0087**, issued under and incorporating the SmileDesk General Terms set out below.

| | |
|---|---|
| Provider | SmileDesk Solutions Inc., 8F Cebu IT Park Tower 2, Lahug, Cebu City 6000, Philippines |
| Customer | Wuhan Qingya Dental Clinics Co., Ltd., 66 Zhongnan Road, Wuchang District, Wuhan, Hubei, PRC |
| Service | SmileDesk Clinic Cloud: appointment booking, patient reminders by SMS and WeChat, chair scheduling, treatment notes, billing and clinic dashboards |
| Sites | 28 dental clinics listed in Attachment 1 |
| Subscription Term | two Subscription Years from the Service Start Date |
| Service Start Date | the date of Go-Live Acceptance under Section 3.2 |
| Currency | Chinese Yuan (CNY), at the Customer's request |

## Section 1 Fees

1.1 The fees under this Order Form are:

| Item | Basis | Fee (CNY) |
|---|---|---|
| Clinic Cloud subscription | 28 clinics × CNY 9,600 per clinic per Subscription Year | 268,800 per Subscription Year |
| Subscription, both Subscription Years | 2 × 268,800 | 537,600 |
| Onboarding (configuration, data migration from the current booking tool, WeChat integration, staff training) | fixed, one-time | 38,000 |
| **Total fees under this Order Form** | | **575,600** |

1.2 Additional clinics may be added at CNY 800 per clinic per month, pro rata. Additional clinics are not included in the total above.

1.3 All fees include value-added tax. Prices are fixed for the Subscription Term.

## Section 2 Invoicing and Payment

2.1 The subscription fee is invoiced quarterly in advance in eight equal instalments of CNY 67,200, the first on the Service Start Date. The Customer pays each invoice within 30 days of receipt.

2.2 The onboarding fee is invoiced on Go-Live Acceptance and paid within 30 days of receipt.

2.3 No amount is payable before the Service Start Date.

## Section 3 Onboarding and Go-Live Acceptance

3.1 Provider shall complete onboarding for all 28 clinics within 45 days after signature of this Order Form.

3.2 Go-Live Acceptance takes place when the Customer confirms in writing that: (a) all future appointments and patient contact details have been migrated and checked against the old tool by sample of at least 500 records per clinic with no error; (b) reminders are sent by SMS and WeChat at the configured times in a three-day test; (c) billing totals for a test week match the cash register records; and (d) each clinic has run the service for seven days without a Priority 1 incident. Logging in to or using the service before then is not acceptance.

3.3 If onboarding is late for reasons within Provider's control, Provider shall pay the Customer CNY 500 for each day of delay after the date in Section 3.1.

## Section 4 Signatures

Signed for the Customer: ____________________ Date: ________

Signed for Provider: ____________________ Date: ________

---

# SMILEDESK GENERAL TERMS (CHINA CUSTOMERS, VERSION 3)

## Section 5 Service

5.1 Provider shall make the service available to the Customer's authorised users through the web and mobile applications and shall host the service on Alibaba Cloud in the Chengdu region.

5.2 Provider may improve the service from time to time, provided that no change materially reduces the functions described in the Order Form.

5.3 Provider provides support in Chinese and English through a hotline, a WeChat service account and a ticket portal. Each clinic may name two users who can open tickets.

5.4 Provider shall give the Customer at least 30 days' notice of any change to the user interface that requires retraining of clinic staff, and shall provide updated training material free of charge.

5.5 The Customer is responsible for the devices, browsers and internet connections used in its clinics, and for keeping the list of authorised users up to date when staff join or leave.

5.6 Provider shall keep the service compatible with the current versions of the main browsers and of WeChat.

5.7 Provider shall send the Customer a short monthly report showing availability, the number of tickets opened and closed by priority, and the reminder messages sent per clinic.

## Section 6 Service Levels

6.1 Provider shall ensure that the service is available at least 99.95% of each calendar month, excluding maintenance windows announced at least 48 hours in advance and held between 00:00 and 05:00 Beijing time.

6.2 Support: Priority 1 (the service is unavailable for one or more clinics, or appointments cannot be booked) – response within 30 minutes, 24 hours a day, and restoration within 3 hours; Priority 2 – response within 2 business hours; Priority 3 – response within one business day.

6.3 If monthly availability falls below the level in Section 6.1, Provider credits the Customer 5% of the monthly subscription fee for each 0.1 percentage point of shortfall, up to the full monthly fee. For each full hour by which a Priority 1 response is late, Provider credits CNY 300. Credits are set off against the next invoice.

## Section 7 Customer Data

7.1 All data that the Customer or its patients enter into the service, including patient names, contact details, appointment histories and treatment notes ("Customer Data"), belongs to the Customer.

7.2 Provider processes Customer Data only to provide the service to the Customer and for no other purpose, and shall not sell, rent or disclose it.

7.3 On expiry or termination, Provider shall export the Customer Data in CSV format on request within 30 days and then delete it from the service.

## Section 8 Confidentiality

8.1 Each party shall keep confidential all non-public information received from the other party, including prices, business plans and technical information, use it only for the purposes of the Order Form and disclose it only to employees and advisers who need to know it.

8.2 The obligations in this Section continue for three years after the end of the Subscription Term.

## Section 9 Intellectual Property

9.1 Provider owns the service and all software, know-how and documentation used to provide it.

9.2 Configurations, message templates, forms and reports created for the Customer belong to the Customer, which may use, modify and give them to any successor provider without restriction.

## Section 10 Subcontractors

10.1 Provider may engage subcontractors, including hosting providers, SMS gateways and support partners, to perform any part of the service. Provider will inform the Customer of any new subcontractor by email at least 14 days before it starts work.

10.2 Provider remains responsible for the acts and omissions of its subcontractors.

## Section 11 Liability

11.1 Neither party is liable for indirect or consequential loss or loss of profit.

11.2 Each party's total liability arising out of the Order Form and these General Terms is limited to twice the total fees under the Order Form. The limit does not apply to a breach of Section 8, personal injury or wilful misconduct.

## Section 12 Term, Renewal and Termination

12.1 The Order Form runs for the Subscription Term. At the end of the Subscription Term it renews for a further Subscription Year at the same fees, unless either party gives written notice of non-renewal at least 60 days before the end of the then-current term.

12.2 Either party may terminate the Order Form by written notice if the other party commits a material breach that is not remedied within 30 days after written notice describing it. On termination by the Customer for Provider's breach, Provider refunds any prepaid fees for the period after termination.

12.3 Either party may terminate immediately if the other party becomes insolvent.

## Section 13 Governing Law and Disputes

13.1 The Order Form and these General Terms are governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan in accordance with its rules then in force. The award is final and binding on both parties.

## Section 14 General

14.1 The Order Form prevails over these General Terms if they conflict. Attachment 1 (clinic list) forms part of the Order Form.

14.2 Notices must be given in writing to the addresses in the Order Form, or by email to the contacts named in Attachment 1.

14.4 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, war, epidemics or government action, provided that it notifies the other party promptly and does its best to resume performance. A failure of Provider's own suppliers is not such an event unless the supplier is itself affected by one.

14.5 The Order Form, its attachments and these General Terms form the entire agreement between the parties for the service and replace any earlier proposals. Any amendment must be in writing and signed by both parties. Provider's online terms of use do not apply to the Customer.

14.3 Neither party may assign the Order Form without the other party's written consent, except to an affiliate in a group reorganisation.
"""

# ----------------------------------------------------------------------------------------------------------------
# e03 — Indonesian vendor (Batam), cold-store sensors + monitoring licence for one site, buyer's paper, .docx with a
# Word price table, numbered clauses. Compliant.
# ----------------------------------------------------------------------------------------------------------------
E03 = """T:PURCHASE CONTRACT FOR COLD-STORE MONITORING EQUIPMENT
P:Contract No. KS-CC-2026-022
P:Buyer: Kunshan Hengleng Cold Chain Logistics Co., Ltd., 9 Huaqiao Logistics Park Road, Kunshan, Jiangsu, PRC ("Buyer")
P:Supplier: PT Nusantara Sensing Technology, Jalan Engku Putri No. 18, Batam Centre, Batam, Riau Islands, Indonesia ("Supplier")
P:The Buyer operates a cold store of 14 chambers at its Kunshan site. Following a request for quotation, the Buyer has selected the Supplier to supply, install and commission a wireless monitoring system for temperature, humidity, door status and ammonia leaks. This Contract is the Buyer's standard purchase contract. All prices are in Chinese Yuan (CNY).
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, detectors and accessories listed in Clause 2.
P:1.2 "Software" means the ColdWatch monitoring software and its alarm module, licensed under Clause 3.
P:1.3 "System" means the Equipment and the Software installed and configured at the Site.
P:1.4 "Site" means the Buyer's cold store at 9 Huaqiao Logistics Park Road, Kunshan.
P:1.5 "Final Acceptance" means the Buyer's written acceptance under Clause 6.4.
H:2. Scope and Price
P:2.1 The Supplier shall supply, deliver to the Site, install, calibrate and commission the System and train the Buyer's staff, for the fixed Contract Price of CNY 554,000, including all taxes, duties, freight and insurance to the Site:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature/humidity sensor, −40 °C to +60 °C|320|680|217,600
TB:2|LoRa gateway with 4G backup|14|5,400|75,600
TB:3|Door-open sensor|64|420|26,880
TB:4|Ammonia leak detector|18|3,900|70,200
TB:5|ColdWatch monitoring software licence (perpetual, one site)|1|96,000|96,000
TB:|Equipment and Licence Subtotal|||486,280
TB:6|Installation, cabling and calibration|1 lot|58,400|58,400
TB:7|Training and documentation|1 lot|9,320|9,320
TB:|Contract Price|||554,000
P:2.2 The Contract Price is fixed and is not subject to exchange-rate adjustment.
H:3. Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Site for its cold-store operations, with unlimited users.
P:3.2 Alarm rules, dashboards, report templates and interface scripts prepared for the Buyer (the "Buyer Deliverables") belong to the Buyer, which may use, modify and license them freely. The Supplier shall hand them over with Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Site within 50 days after signature and complete installation within 75 days after signature.
P:4.2 Installation work in the chambers shall be done in the time slots agreed with the Buyer's warehouse manager so that goods stay within their temperature range.
P:4.3 When installation is complete the parties sign an Installation Certificate. The Installation Certificate confirms delivery and installation only and is not acceptance of the System.
H:5. Payment
P:5.1 No advance payment is made under this Contract.
P:5.2 The Buyer pays 65% of the Contract Price (CNY 360,100) within 30 days after the Installation Certificate and the Supplier's invoice.
P:5.3 The Buyer pays the remaining 35% (CNY 193,900) within 30 days after Final Acceptance and the Supplier's invoice.
H:6. Testing and Acceptance
P:6.1 Each sensor is calibrated against a reference thermometer; the deviation must not exceed ±0.3 °C across the working range.
P:6.2 The System must then run for 21 consecutive days in which: (a) every sensor reports at least every five minutes with a data-loss rate below 0.5%; (b) test alarms for high temperature, door open and ammonia reach the duty phone by SMS and voice call within 60 seconds; (c) the 4G backup takes over when the wired network is disconnected; and (d) daily temperature reports match the calibration log.
P:6.3 If a criterion is not met, the Supplier corrects the fault and the relevant part of the test is repeated.
P:6.4 When all criteria are met, the Buyer signs a Final Acceptance certificate within seven working days. Use of the System in operation before then is not acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the System for 36 months after Final Acceptance. During this period it repairs or replaces any defective Equipment free of charge, including batteries that fail early, and supplies Software updates.
P:7.2 Severity 1 faults (no data from a whole chamber, or the alarm path broken): response within 30 minutes, 24 hours a day; replacement parts on Site within 24 hours. Severity 2 faults (single sensor): response within one working day.
P:7.3 For each hour by which a Severity 1 response or repair time is missed, the Supplier pays CNY 600, which the Buyer may deduct from any amount due.
H:8. Support after the Warranty
P:8.1 After the warranty the Supplier shall, if the Buyer so orders, provide support on the terms of Clause 7 for an annual fee of 6% of the Equipment and Licence Subtotal (CNY 29,176.80 per support year).
P:8.2 This fee is fixed for three support years after the warranty. Support is ordered year by year by purchase order and does not renew automatically.
H:9. Data Protection and Security
P:9.1 All measurements, alarm records and logs generated by the System ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:9.2 The monitoring server is hosted on the Buyer's premises. Remote access by the Supplier requires prior approval for each session and is logged; the Supplier shall not copy Buyer Data outside the Site.
P:9.3 The Supplier shall notify the Buyer within 24 hours of any security incident affecting the System or Buyer Data, shall assist in the response and shall be liable for all losses caused by its breach of this Clause.
H:10. Confidentiality
P:Each party shall keep secret the other party's non-public information, including the Site layout, customer names and prices, and shall not disclose it without the other party's prior written consent. This Clause survives termination for three years.
H:11. Packing, Delivery and Documents
P:11.1 The Supplier shall pack the Equipment for sea and road transport, mark each package with the contract number and the chamber in which it will be installed, and deliver it DDP to the Site. Risk passes to the Buyer on signature of the Installation Certificate.
P:11.2 With the Equipment the Supplier shall deliver the packing list, certificates of origin, calibration certificates for each sensor, product manuals in Chinese and English, and the as-built drawings showing the position and identifier of each device.
P:11.3 The Supplier shall train at least 12 of the Buyer's warehouse and maintenance staff on alarm handling, battery replacement and routine checks, and shall hand over a written training record signed by the participants.
P:11.4 The Supplier shall keep a stock of spare sensors, gateways and batteries in mainland China sufficient to meet the replacement times in Clause 7.2, and shall tell the Buyer in good time if any model is to be discontinued, offering a compatible replacement at no extra charge during the warranty.
P:11.5 Before the warranty ends, the Supplier shall inspect every sensor and detector at the Site, replace weak batteries and give the Buyer a written report on the condition of the System.
H:12. Delay
P:If the Supplier fails to complete installation by the date in Clause 4.1, it pays delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. The Buyer may deduct them from any payment.
H:13. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, damage to goods in storage caused by the Supplier's negligence, breach of Clause 9 or wilful misconduct.
H:14. Subcontracting
P:The Supplier shall not subcontract any part of the installation without the Buyer's prior written consent. The Supplier remains responsible for approved subcontractors.
H:15. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if delay damages under Clause 12 reach their maximum.
H:16. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.
H:17. Force Majeure and Notices
P:17.1 A party prevented from performing by an event beyond its reasonable control shall notify the other party within three days and resume performance as soon as possible. Dates are extended by the period of the event.
P:17.2 Notices under this Contract are given in writing to the addresses above, or by email to the project contacts named by each party, and take effect on receipt.
P:17.3 Each party shall comply with applicable anti-bribery laws and shall not offer or accept any improper payment or gift in connection with this Contract.
H:18. Signature
P:This Contract is signed in two originals in English and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: 2 April 2026
"""

# ----------------------------------------------------------------------------------------------------------------
# e04 — Brunei vendor (Bandar Seri Begawan), managed hotel network / guest Wi-Fi service, .md, upper-case headings,
# schedules as tables. Risky: no termination for breach; cap = fees of the preceding six months.
# ----------------------------------------------------------------------------------------------------------------
E04 = """# MANAGED NETWORK SERVICES AGREEMENT

**Agreement reference:** BNW-XM-2026-003
**Date:** 16 April 2026

**Provider:** Borneo NetWorks Sdn. Bhd., Unit 5, Simpang 88, Kiulap, Bandar Seri Begawan BE1518, Brunei Darussalam ("Provider")

**Customer:** Xiamen Lüdao Hotel Management Co., Ltd., 201 Hubin South Road, Siming District, Xiamen, Fujian, PRC ("Customer")

The Customer manages nine mid-range hotels in Fujian. It wishes to hand the design, operation and support of the guest Wi-Fi and back-office networks of those hotels to a managed service provider. The Provider has offered that service. All charges are in Chinese Yuan (CNY), at the Customer's request.

## 1. DEFINITIONS

1.1 "Service" means the managed network service described in Schedule 1 for the Hotels listed in Schedule 2.

1.2 "Service Commencement Date" means the date on which the Customer signs the Service Acceptance Certificate under Clause 4.

1.3 "Initial Term" means 24 months from the Service Commencement Date.

1.4 "Customer Data" means all data relating to the Customer, its hotels, guests and staff that the Provider accesses or processes, including guest login records, device identifiers and network logs.

## 2. THE SERVICE

2.1 The Provider shall supply, install and operate the access points, switches, firewalls and guest portal listed in Schedule 1, monitor them from its network operations centre and provide on-site support through its Xiamen field team.

2.2 The equipment remains the Provider's property. The Provider replaces faulty equipment at its own cost.

2.3 The Provider shall keep the guest portal compliant with PRC real-name registration rules for public Wi-Fi.

## 3. CHARGES AND PAYMENT

3.1 The charges are set out in Schedule 3: a one-time setup charge of CNY 58,000 and a monthly recurring charge of CNY 46,500. Over the Initial Term the total charges are CNY 1,174,000.

3.2 The setup charge is invoiced after the Service Acceptance Certificate is signed. The monthly charge is invoiced monthly in arrears.

3.3 The Customer pays each invoice within 30 days. No charge is payable before the Service Commencement Date.

## 4. ROLL-OUT AND ACCEPTANCE

4.1 The Provider shall complete roll-out at all Hotels within 60 days after the date of this Agreement.

4.2 Acceptance tests at each Hotel: (a) signal of at least −67 dBm in every guest room and public area on the Provider's survey plan; (b) guest download speed of at least 50 Mbps at three sample points per floor; (c) portal login, SMS verification and real-name records working end to end; (d) separation of the guest and back-office networks confirmed by a test from the guest network; and (e) seven days of operation without a Priority 1 incident.

4.3 When all Hotels pass, the Customer signs a Service Acceptance Certificate. Use of the network by guests before then is not acceptance.

4.4 If roll-out is not completed by the date in Clause 4.1 for reasons within the Provider's control, the Provider pays CNY 900 for each day of delay.

## 5. SERVICE LEVELS AND SERVICE CREDITS

5.1 The Provider shall meet the service levels in Schedule 4 and report on them monthly.

5.2 If a service level is missed, the Provider grants the service credits in Schedule 4. Credits are deducted from the next invoice.

## 6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. The Provider uses it only to provide the Service and shall not use it for marketing, analytics or any other purpose.

6.2 Customer Data is stored only in mainland China. The Provider shall keep network logs for the period required by PRC law, encrypt guest records, give access only to named engineers with multi-factor authentication and keep the Service at MLPS level 2 or higher.

6.3 The Provider shall notify the Customer within 12 hours of any security incident affecting Customer Data, take all remedial steps and bear all losses, fines and third-party claims caused by its failure to comply with this Clause.

## 7. CONFIDENTIALITY

Each party shall keep confidential all non-public information received from the other, use it only for this Agreement and not disclose it to third parties without prior written consent. This duty lasts for three years after the Agreement ends.

## 8. INTELLECTUAL PROPERTY

Network designs, configurations, portal pages and reports prepared for the Customer belong to the Customer, which may use and modify them and give them to any later provider.

## 9. SUBCONTRACTING

The Provider shall not subcontract any part of the Service without the Customer's prior written consent, and remains liable for approved subcontractors.

## 10. LIABILITY

10.1 Neither party is liable for indirect loss or loss of profit.

10.2 The Provider's total liability arising out of or in connection with this Agreement in any claim or series of claims is limited to the charges paid by the Customer in the six months preceding the event giving rise to the claim. Service credits count towards this limit.

## 11. TERM AND TERMINATION

11.1 This Agreement starts on the date above and continues until the end of the Initial Term. It then ends unless the parties sign a written extension.

11.2 Neither party may terminate this Agreement before the end of the Initial Term. If the Provider fails to perform, the Customer's remedies are the service credits in Schedule 4, the delay payments in Clause 4.4 and a claim for damages within Clause 10; the Customer may not terminate this Agreement for that reason.

11.3 If a force majeure event prevents performance of the whole Service for more than 90 consecutive days, either party may end this Agreement by written notice.

11.4 At the end of the Agreement the Provider shall cooperate for up to 60 days with the Customer and any new provider so that the networks can be handed over without interruption, and shall deliver current configurations, passwords and documentation. Until the Customer's new equipment is installed the Provider's equipment stays in place, and the monthly charge continues pro rata.

11.5 The Customer may request changes to the Service, including adding or removing a Hotel, by written change request. The Provider shall reply within ten working days with the effect on the charges, which shall be calculated on the rates in Schedule 3, and no change takes effect until both parties sign it.

11.6 Each party shall comply with applicable anti-bribery laws. The Provider's staff working in the Hotels shall follow the Customer's site rules on safety, guest privacy and conduct.

11.7 The Provider shall hold a review meeting with the Customer's IT manager every quarter to go through the service reports, open incidents and planned changes, and shall record agreed actions in writing.

## 12. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be referred to the Xiamen Arbitration Commission for arbitration in Xiamen.

Signed for the Provider: ____________________

Signed for the Customer: ____________________

---

## SCHEDULE 1 — SERVICE SCOPE

| Component | Quantity | Provider's duties |
|---|---|---|
| Wi-Fi 6 access points | 612 | install, configure, monitor, replace |
| Access and core switches | 48 | install, configure, patch, monitor |
| Firewalls with content filtering | 9 | rules, updates, log retention |
| Guest portal and real-name registration | 1 platform | operate, keep compliant |
| Network operations centre | 24 × 7 | monitoring, incident handling, monthly report |

## SCHEDULE 2 — HOTELS

| No. | Hotel | City | Rooms |
|---|---|---|---|
| 1 | Lüdao Hotel Zhongshan Road | Xiamen | 168 |
| 2 | Lüdao Hotel Airport | Xiamen | 142 |
| 3 | Lüdao Hotel Jimei | Xiamen | 120 |
| 4 | Lüdao Hotel Gulangyu Pier | Xiamen | 96 |
| 5 | Lüdao Hotel Wuyi Square | Fuzhou | 156 |
| 6 | Lüdao Hotel Cangshan | Fuzhou | 132 |
| 7 | Lüdao Hotel Kaiyuan Temple | Quanzhou | 118 |
| 8 | Lüdao Hotel Jinjiang | Quanzhou | 110 |
| 9 | Lüdao Hotel Zhangzhou Old Town | Zhangzhou | 94 |

## SCHEDULE 3 — CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Setup (survey, installation, configuration, portal) | one-time | 58,000 |
| Monthly recurring charge, all nine Hotels | per month | 46,500 |
| Monthly recurring charges over the Initial Term | 24 × 46,500 | 1,116,000 |
| **Total charges over the Initial Term** | | **1,174,000** |

## SCHEDULE 4 — SERVICE LEVELS AND CREDITS

| Service level | Target | Service credit if missed |
|---|---|---|
| Network availability per Hotel per month | 99.95% | 5% of that Hotel's share of the monthly charge for each 0.1 point below target |
| Priority 1 (whole Hotel or guest portal down): response | 15 minutes | CNY 500 for each 30 minutes late |
| Priority 1: restoration | 3 hours | CNY 1,000 for each hour late |
| Priority 2 (one floor or one function down): response | 1 hour | CNY 200 for each hour late |
| Priority 3 (single device, request): resolution | 2 business days | none |
"""

# ----------------------------------------------------------------------------------------------------------------
# e05 — Timor-Leste vendor (Dili), vessel-position / port-call data API subscription, .txt, upper-case headings.
# Risky: no service levels (commercially reasonable efforts only), no delay damages or credits at all.
# ----------------------------------------------------------------------------------------------------------------
E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No.: TLM-API-CN-2026-009
Date: 8 May 2026

PROVIDER: Tasi Maritime Data, Lda., Rua de Avenida Presidente Nicolau Lobato No. 27, Dili, Timor-Leste ("Provider")
CUSTOMER: Ningbo Haitong International Freight Forwarding Co., Ltd., 388 Zhongshan East Road, Yinzhou District, Ningbo, Zhejiang, PRC ("Customer")

BACKGROUND
(A) The Provider collects vessel positions from terrestrial and satellite AIS receivers and combines them with port-call, berth and schedule data for ports in Asia and Oceania.
(B) The Customer is a freight forwarder and wishes to show its shippers estimated arrival times and port-call events in its own booking and tracking system by calling the Provider's data API.
(C) At the Customer's request, all fees are stated and paid in Chinese Yuan (CNY).

1. DEFINITIONS
1.1 "API" means the Provider's vessel-position, port-call and estimated-arrival interfaces described in Schedule A.
1.2 "Provider Data" means the data returned by the API.
1.3 "Customer Data" means the vessel lists, container and booking references, user accounts and query logs that the Customer sends to or creates in the API.
1.4 "Subscription Year" means the period from the Integration Acceptance Date to the day before its first anniversary, and each following period from one anniversary to the day before the next.
1.5 "Integration Acceptance Date" means the date on which the Customer confirms acceptance under Clause 4.3.

2. SUBSCRIPTION
2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Term to call the API and to display Provider Data to its own shippers and consignees within the Customer's booking and tracking system.
2.2 The Subscription Term is two Subscription Years from the Integration Acceptance Date. It does not renew automatically; any extension requires a new written order.
2.3 The Customer shall not resell Provider Data as a data feed or make it available through a public interface.

3. FEES AND PAYMENT
3.1 The subscription fee is CNY 168,000 per Subscription Year, which includes up to 2,000,000 API calls per Subscription Year. The total subscription fee for the Subscription Term is CNY 336,000.
3.2 Calls above the included volume are charged at CNY 0.02 per call, invoiced quarterly in arrears. Such usage charges are not part of the total above.
3.3 The subscription fee is invoiced in quarterly instalments of CNY 42,000 at the start of each quarter, the first on the Integration Acceptance Date. The Customer pays within 30 days after receiving a valid invoice.
3.4 No fee is payable before the Integration Acceptance Date. All fees include applicable taxes; the Provider bears any withholding tax on its side.

4. ONBOARDING AND INTEGRATION ACCEPTANCE
4.1 Within 10 working days after signature the Provider shall issue test and production credentials, the API documentation in English and Chinese, and a test quota of 50,000 calls.
4.2 The Customer's developers connect the API to the Customer's tracking system. The Provider shall answer technical questions during onboarding by email.
4.3 Integration acceptance criteria: (a) all fields listed in Schedule A are returned for a test list of 200 vessels named by the Customer; (b) for at least 190 of those vessels the latest position is no older than 30 minutes; (c) port-call events for the ports of Ningbo-Zhoushan, Shanghai, Singapore and Port Klang are delivered by webhook; and (d) the API handles 20 requests per second during a one-hour load test without errors. When the criteria are met the Customer confirms acceptance in writing. Use of the test credentials is not acceptance.

5. SUPPORT AND AVAILABILITY
5.1 The Provider will use commercially reasonable efforts to keep the API available and to respond to support requests sent to its support mailbox during its business hours.
5.2 The Provider does not commit to any availability level, response time or resolution time, and no service credits apply.
5.3 The Provider may suspend the API for maintenance and will try to announce planned maintenance on its status page in advance.

6. NO DELAY DAMAGES
The Provider does not pay liquidated damages, penalties or credits for any delay in issuing credentials, for late or inaccurate Provider Data, or for any interruption of the API. This does not limit the Customer's rights under Clauses 12 and 14.

7. CUSTOMER DATA AND SECURITY
7.1 Customer Data belongs to the Customer. The Provider processes Customer Data only to provide the API to the Customer and shall not use it for any other purpose, including analytics, benchmarking or the improvement of its products, during or after the Subscription Term.
7.2 The Provider shall protect Customer Data with encryption in transit and at rest, access restricted to named staff with multi-factor authentication, and logging of all administrative access. Customer Data is hosted in mainland China, in the Hangzhou region of the cloud provider named in Schedule B, and is not transferred out of mainland China.
7.3 The Provider shall notify the Customer within 48 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall cooperate in the response and shall indemnify the Customer for losses, fines and claims resulting from its breach of this Clause.
7.4 When the Subscription Term ends, the Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

7.5 The Customer shall keep its API credentials secure, shall not share them with third parties and shall tell the Provider promptly if it suspects that credentials have been compromised, so that they can be replaced.

8. ACCEPTABLE USE
8.1 The Customer shall not use the API to track vessels for purposes other than its freight-forwarding and logistics business, and shall comply with applicable sanctions and export-control laws.
8.2 The Customer shall not attempt to reverse engineer the API, overload it by automated scraping, or remove attribution notices required by the Provider's data sources where Provider Data is shown to end users.
8.3 If the Customer's calls exceed the rate limit stated in Schedule A, the Provider may throttle the excess calls after giving notice by email to the Customer's technical contact.

8.4 The Customer may keep Provider Data received during the Subscription Term in its own shipment records for its internal audit and customs purposes after the Agreement ends, but may not display it to shippers or use it to build a competing data service.

8.5 The Provider shall give the Customer at least 60 days' notice before withdrawing any field or endpoint listed in Schedule A, and shall offer an equivalent replacement where one exists.

9. CONFIDENTIALITY
Each party shall keep confidential the other party's non-public business and technical information, shall use it only for this Agreement and shall not disclose it to third parties without the other party's prior written consent. This obligation continues for three years after the Agreement ends.

10. INTELLECTUAL PROPERTY
10.1 The Provider and its licensors own the API and Provider Data.
10.2 Mapping tables, port-code lists and integration scripts prepared by the Provider for the Customer during onboarding belong to the Customer, which may use and modify them freely.

11. SUBCONTRACTING
Apart from the hosting partner named in Schedule B, the Provider shall not subcontract any part of its obligations without the Customer's prior written consent.

12. LIABILITY
12.1 Neither party is liable for indirect loss, loss of profit or loss of business.
12.2 Each party's total liability under this Agreement is limited to one and a half times the total subscription fee for the Subscription Term. The limit does not apply to Clause 7, Clause 9 or wilful misconduct.

13. WARRANTIES
13.1 The Provider warrants that it has the right to license Provider Data to the Customer as set out in Clause 2.
13.2 Provider Data is derived from third-party signals and may contain errors. The Customer is responsible for decisions it makes on the basis of Provider Data.

14. TERMINATION
14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
14.2 If the Customer terminates under Clause 14.1, the Provider refunds the part of any prepaid fee that relates to the period after termination.

15. GOVERNING LAW AND DISPUTES
15.1 This Agreement is governed by the laws of the People's Republic of China.
15.2 Any dispute shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo. The arbitration shall be conducted in Chinese and English.

15.3 Before starting arbitration, the parties' senior managers shall meet, in person or by video conference, to try to settle the dispute within 20 days after either party asks for such a meeting.

16. GENERAL
16.1 Schedules A (API fields and endpoints) and B (hosting partner) form part of this Agreement.
16.2 Neither party is responsible for failure to perform caused by events beyond its reasonable control, including natural disasters, war, epidemics, government action or the failure of public satellite or radio networks, provided that it notifies the other party promptly.
16.3 Amendments must be in writing and signed by both parties. Notices are sent to the addresses above or by email to the contacts in Schedule B.

Signed for the Provider: ____________________
Signed for the Customer: ____________________
"""

# ================================================================================================================
# Targets
# ================================================================================================================
TARGETS = {
    "z01": ("h541z01_forestry_fire_monitoring_platform.pdf", "pdf", "zh", Z01),
    "z02": ("h541z02_tyre_plant_curing_press_control_retrofit.docx", "docx", "zh", Z02),
    "z03": ("h541z03_gym_chain_membership_saas.txt", "txt", "zh", Z03),
    "z04": ("h541z04_emergency_centre_dispatch_om_service.txt", "txt", "zh", Z04),
    "z05": ("h541z05_rice_noodle_aps_scheduling_supplier_template.md", "md", "zh", Z05),
    "e01": ("h541e01_wms_perpetual_licence_my_vendor.pdf", "pdf", "en", E01),
    "e02": ("h541e02_dental_clinic_saas_order_form_ph_vendor.md", "md", "en", E02),
    "e03": ("h541e03_cold_store_sensors_id_vendor.docx", "docx", "en", E03),
    "e04": ("h541e04_hotel_managed_network_bn_vendor.md", "md", "en", E04),
    "e05": ("h541e05_vessel_data_api_tl_vendor.txt", "txt", "en", E05),
}

# ================================================================================================================
# Labels (buyer's view; conventions of holdout18/19 and the brief). Key order as holdout18/19.
# ================================================================================================================
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def T(avail, p1, remedy, ip, ds, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, ds, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term,
                                sub, law, kind]))


LABELS = {
    # key: (category, terms, extra)
    "z01": ("software", T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8, False, True,
                          False, "PRC", "goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1482000)),
    "z02": ("hardware", T(None, 0.5, True, "buyer", True, True, False, 0.08, None, 10, True, True, 24, 7, False, True,
                          True, "PRC", "goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2030000)),
    "z03": ("cloud", T(99.5, 0.5, True, "buyer", True, False, True, 0.08, 150, None, True, None, None, None, True, True,
                       False, "PRC", "service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=791000)),
    "z04": ("services", T(99.99, 0.25, True, "buyer", True, True, True, 0.03, 50, None, True, None, None, None, False,
                          True, False, "PRC", "service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=480000)),
    "z05": ("software", T(None, 8, False, "supplier", True, False, True, 0.02, 20, 65, False, False, 6, 26, False, True,
                          None, None, "goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                 contract_value=720000)),
    "e01": ("software", T(None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 24, 9, False, True, False,
                          "Malaysia", "goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=934000)),
    "e02": ("cloud", T(99.95, 0.5, True, "buyer", False, True, True, 500 / 575600 * 100, 200, None, True, None, None,
                       None, False, True, True, "PRC", "service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=575600)),
    "e03": ("hardware", T(None, 0.5, True, "buyer", True, True, True, 0.08, 200, None, True, True, 36, 6, False, True,
                          False, "PRC", "goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=554000)),
    "e04": ("services", T(99.95, 0.25, True, "buyer", True, True, True, 900 / 1174000 * 100, 6 / 24 * 100, None, True,
                          None, None, None, False, False, False, "PRC", "service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1174000)),
    "e05": ("cloud", T(None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False,
                       True, False, "PRC", "service"),
            dict(sla_clause=False, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=336000)),
}

# Design data the labels do not hold: fee base (itemised licence / hardware subtotal) for TCO, forum outside mainland.
TCO_BASE = {"z01": 620000, "z02": 1660000, "z05": 560000, "e01": 600000, "e03": 486280}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # Kuala Lumpur (AIAC)

# My design list (what each draft was written to trigger).
DESIGN = {
    "z01": [],
    "z02": ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-LOW", "CR-LIABILITY-CAP"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE",
            "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"],
    "e03": [],
    "e04": ["CR-LIABILITY-CAP", "CR-TERMINATION"],
    "e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco_share(key):
    """Policy section 4: horizon 5 years from acceptance; purchase price = contract value; post-warranty fee =
    fee % x itemised licence/hardware base for every year after the warranty (partial years pro rata)."""
    t, x = LABELS[key][1], LABELS[key][2]
    horizon = 5
    post_years = max(0.0, horizon - t["warranty_months"] / 12)
    fees = post_years * t["post_warranty_fee_pct"] / 100 * TCO_BASE[key]
    return fees / (x["contract_value"] + fees) * 100


def expected_rules(key):
    """My own reading of policy.md section 3 applied to my labels (not project code)."""
    t, x = LABELS[key][1], LABELS[key][2]
    goods = t["contract_kind"] == "goods_or_licence"
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if (not t["acceptance_clause"]) or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                  or t["post_warranty_fee_pct"] > 15):
        r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE_MAINLAND:
        r.append("CR-GOVERNING-LAW")
    if goods and t["post_warranty_fee_pct"] is not None and x.get("post_warranty_fee_capped") and tco_share(key) > 40:
        r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk_level(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# ================================================================================================================
# Price / payment sums (asserted)
# ================================================================================================================
SUMS = {
    "z01": ([620000, 748000, 96000, 18000], [296400, 666900, 518700]),
    "z02": ([888000, 201600, 220800, 81600, 268000, 236000, 118000, 16000], [203000, 710500, 913500, 203000]),
    "z03": ([35 * 6600 * 3, 86000, 12000], [98000] + [57750] * 12),
    "z04": ([336000, 64000, 58000, 22000], [120000] * 4),
    "z05": ([560000, 128000, 32000], [468000, 252000]),
    "e01": ([286000, 60 * 3800, 40 * 2150, 214000, 96000, 24000], [93400, 513700, 326900]),
    "e02": ([2 * 28 * 9600, 38000], [67200] * 8 + [38000]),
    "e03": ([320 * 680, 14 * 5400, 64 * 420, 18 * 3900, 96000, 58400, 9320], [360100, 193900]),
    "e04": ([58000, 24 * 46500], [58000] + [46500] * 24),
    "e05": ([2 * 168000], [42000] * 8),
}

# ================================================================================================================
# Threshold scan
# ================================================================================================================
PCT = r"\s*(?:%|％|per\s*cent|percent)"
NB = r"(?<![\d.,，])"          # not preceded by a digit / decimal point / thousands separator
CNUM = "零〇一二三四五六七八九十百千点"
THRESHOLD_PATTERNS = {
    "availability 99.9": [NB + r"99[.．]9(?!\d)"],
    "P1 4 h": [NB + r"4\s*(?:-\s*)?(?:个\s*)?(?:小时|钟头|hours?|hrs?|h\b)", r"(?<![" + CNUM + r"])四\s*个?\s*(?:小时|钟头)",
               r"\bfour[\s-]*hours?\b", NB + r"240\s*(?:分钟|min)"],
    "LD 0.05 %": [NB + r"0?[.．]05(?!\d)", r"万分之五(?![" + CNUM + r"\d])", r"\bfive\s+hundredths\b"],
    "cap 100 %": [NB + r"100" + PCT, r"百分之(?:一)?百", r"\b(?:one\s+)?hundred\s+per\s*cent\b",
                  r"\bhundred\s+percent\b"],
    "prepayment 30 %": [NB + r"30" + PCT, r"百分之三十(?![" + CNUM + r"])", r"三成", r"\bthirty\s+per\s*cent\b"],
    "warranty 12 months": [NB + r"12\s*(?:-\s*)?(?:个\s*)?(?:月份?(?!\s*\d)|months?\b)", r"(?<![" + CNUM + r"])十二\s*个\s*月",
                           r"\btwelve[\s-]*(?:calendar\s+)?months?\b", r"一\s*年(?!级)", r"\bone[\s-]*years?\b",
                           NB + r"1\s*(?:-\s*)?(?:年(?!度)|years?\b)"],
    "post-warranty 15 %": [NB + r"15" + PCT, r"百分之十五(?![" + CNUM + r"])", r"\bfifteen\s+per\s*cent\b"],
    "TCO 40 %": [NB + r"40" + PCT, r"百分之四十(?![" + CNUM + r"])", r"四成", r"\bforty\s+per\s*cent\b"],
    "horizon 5 years": [NB + r"5\s*(?:-\s*)?(?:个\s*)?(?:年(?!度)|years?\b)", r"(?<![" + CNUM + r"])五\s*年(?!度)",
                        r"\bfive[\s-]*years?\b", NB + r"60\s*(?:-\s*)?(?:个\s*)?(?:月(?!\s*\d)|months?\b)",
                        r"六十\s*个\s*月"],
}
THRESHOLD_RE = [(name, re.compile(p, re.I)) for name, ps in THRESHOLD_PATTERNS.items() for p in ps]

MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "four hours", "4-hour", "240分钟",
            "240 分钟", "0.05%", "0.05 %", "万分之五", "100%", "100 %", "百分之百", "百分之一百", "30%", "30 %",
            "百分之三十", "三成", "thirty per cent", "12个月", "12 个月", "十二个月", "twelve months", "一年", "one year",
            "12 months", "12-month", "15%", "15 %", "百分之十五", "40%", "百分之四十", "四成", "5年", "5 年", "五年",
            "five years", "five-year", "60 months", "60个月", "1 year"]
MUST_MISS = ["24小时", "24 hours", "14 小时", "99.95%", "99.99%", "115%", "0.15%", "150%", "2025年", "2025 年",
             "万分之五十", "服务年度", "Subscription Year", "12 月 20 日", "2026 年 12 月 31 日", "130%", "140 个",
             "30 分钟", "15 个工作日", "百分之三十五", "百分之四十五", "45%", "35%", "0.5%", "12.5%", "百分之十五点五",
             "一级故障", "25 年度", "10.05%", "2,400,000", "1,150", "24 × 46,500"]


def threshold_hits(text):
    hits = []
    for name, rx in THRESHOLD_RE:
        for m in rx.finditer(text):
            hits.append((name, text[max(0, m.start() - 15):m.end() + 15]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


def variants(text):
    return {"raw": text, "collapsed": re.sub(r"\s+", " ", text), "nospace": re.sub(r"\s+", "", text)}


# ================================================================================================================
# Build and read back
# ================================================================================================================
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def label_json(key):
    name, kind, lang, _ = TARGETS[key]
    cat, terms, extra = LABELS[key]
    d = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
         "expected_rules": expected_rules(key)}
    return json.dumps(d, indent=1, ensure_ascii=False)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    office = {k: v[3] for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(office, {k: (TARGETS[k][0], TARGETS[k][1]) for k in office}, OUT, wrap_words=True)
    for key, (name, kind, lang, src) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    for key in TARGETS:
        stem = TARGETS[key][0].rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(label_json(key), encoding="utf-8")

    problems = []
    covered = set()
    print()
    print("%-58s %-4s %7s  %-6s  %s" % ("file", "lang", "length", "risk", "expected rules"))
    for key, (name, kind, lang, src) in TARGETS.items():
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append("%s length %d outside %d-%d" % (name, n, lo, hi))
        for label, t in list(variants(text).items()) + [("src-" + a, b) for a, b in variants(src).items()]:
            for hit in threshold_hits(t):
                problems.append("%s [%s] threshold %s: %r" % (name, label, hit[0], hit[1]))
        items, pays = SUMS[key]
        value = LABELS[key][2]["contract_value"]
        if sum(items) != value or sum(pays) != value:
            problems.append("%s sums %d / %d != %d" % (key, sum(items), sum(pays), value))
        rules = expected_rules(key)
        if rules != sorted(DESIGN[key]):
            problems.append("%s rules %s != design %s" % (key, rules, sorted(DESIGN[key])))
        covered.update(rules)
        t = LABELS[key][1]
        # no label on a threshold
        for k2, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                        ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                        ("post_warranty_fee_pct", 15)):
            if t[k2] is not None and abs(t[k2] - thr) < 1e-9:
                problems.append("%s %s on threshold" % (key, k2))
        extra = ""
        if key in TCO_BASE:
            share = tco_share(key)
            extra = "  TCO share %.2f %%" % share
            if abs(share - 40) < 2:
                problems.append("%s TCO share %.2f within 2 points of 40" % (key, share))
        print("%-58s %-4s %7d  %-6s  %s%s" % (name, lang, n, risk_level(rules), ", ".join(rules) or "(none)", extra))
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append("rules never expected: %s" % sorted(missing))
    compliant = [k for k in TARGETS if not expected_rules(k)]
    gov_only = [k for k in TARGETS if expected_rules(k) == ["CR-GOVERNING-LAW"]]
    few = [k for k in TARGETS if 2 <= len(expected_rules(k)) <= 3]
    many = [k for k in TARGETS if len(expected_rules(k)) >= 8]
    if sorted(compliant) != ["e03", "z01"] or gov_only != ["e01"] or len(few) != 6 or many != ["z05"]:
        problems.append("mix wrong: %s %s %s %s" % (compliant, gov_only, few, many))
    print()
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("all checks passed: lengths, sums, no threshold figure, rules = design, all 20 rules covered, mix")


if __name__ == "__main__":
    main()
