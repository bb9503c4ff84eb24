"""holdout484: ten blind, ordinary draft contracts (5 zh, 5 en) with their labels.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). Writes the ten contracts, the ten .json labels,
checks price sums, text lengths (read back from the built files), threshold figures (regex scan, self-tested), and
derives each draft's expected rules from its labels by this file's own reading of policy.md section 3.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------------------------------------------
# z01 应急管理局 危化品监管平台 (licence + custom development), 政府采购, buyer's paper, PDF, 第X条
H484Z01 = """T:危险化学品安全风险监测预警平台软件许可及定制开发合同
P:合同编号：LJYJ-ZFCG-2026-017
P:采购项目编号：LJCG2026-0315（公开招标）
P:甲方（采购人）：临江市应急管理局
P:乙方（供应商）：江城安信软件科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就临江市危险化学品安全风险监测预警平台（以下简称“平台”）的软件许可及定制开发事项订立本合同。招标文件、投标文件、中标通知书为本合同的组成部分，与本合同正文不一致的，以本合同正文为准。
H:第一条 项目内容
P:1.1 乙方向甲方提供危化品安全监管平台软件（V5.2）的永久使用许可，许可范围为甲方及其下属执法支队、各区县应急管理部门，不限用户数。
P:1.2 乙方按甲方需求完成以下定制开发：全市 83 家重大危险源企业在线监测数据（液位、温度、压力、可燃及有毒气体浓度、视频）接入；风险分级预警模型及预警信息推送；执法检查移动端；与省级应急管理综合应用平台的数据对接。
P:1.3 乙方负责平台部署、数据对接、联调、试运行及培训，交付用户手册、运维手册、接口说明书及定制部分的全部源代码。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰贰拾陆万元整（¥2,260,000.00），为固定总价，含税费、差旅及完成交付所需的全部费用，明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可（永久）|1,260,000
TB:2|定制开发（监测接入、预警模型、执法移动端、省平台对接）|780,000
TB:3|部署实施及数据对接|186,000
TB:4|培训|34,000
TB:合计||2,260,000
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的合法发票后 15 个工作日内，甲方支付合同总价的 25%（¥565,000）作为预付款。
P:3.2 平台初验合格后，甲方支付合同总价的 50%（¥1,130,000）。
P:3.3 平台终验合格后，甲方支付合同总价的 25%（¥565,000）。
P:3.4 甲方按政府采购资金支付程序付款，因财政审批程序造成的合理延迟不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后 120 日内完成平台部署及定制开发并提交初验申请。初验合格后进入试运行，试运行期为 90 日。
P:4.2 甲方负责提供机房、政务云资源及网络环境，并协调各企业配合数据接入。
P:4.3 乙方应在合同签订后 10 日内提交项目实施方案，明确项目组成员、进度计划、数据接入方案及风险应对措施，经甲方确认后执行。乙方项目经理须常驻临江市直至终验，未经甲方同意不得更换。
P:4.4 乙方应每周向甲方提交项目周报，重大问题随时报告。甲方有权对实施过程进行监督检查，乙方应予配合。
H:第五条 验收
P:5.1 初验标准：招标文件技术需求逐项实现；83 家企业监测数据接入率不低于 98%，数据延迟不超过 60 秒；预警信息在触发后 1 分钟内推送至责任人；省平台对接联调通过；第三方安全测评无高危漏洞。
P:5.2 终验标准：试运行期间未发生一级故障；初验遗留问题全部整改完毕；文档及源代码交付齐全；甲方组织专家评审通过并出具终验报告。
P:5.3 平台上线运行、甲方使用或支付款项，均不视为验收合格。验收不合格的，乙方应在 15 日内整改后重新提交验收。
H:第六条 知识产权
P:6.1 平台软件（V5.2）的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:6.2 本合同项下定制开发的程序、模型、接口及文档（含源代码）的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:6.3 乙方保证所交付的软件不侵犯任何第三方的合法权利；发生侵权纠纷的，由乙方负责处理并承担全部责任。
H:第七条 质保及维护
P:7.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及技术支持。
P:7.2 服务水平：一级故障（平台整体不可用或预警推送中断）乙方应在 30 分钟内响应，2 小时内到达现场，8 小时内恢复；二级故障（单一模块不可用）2 小时内响应，24 小时内解决；三级问题 2 个工作日内解决。
P:7.3 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的 8%（即每年不超过 ¥100,800），该标准在质保期满后的三个服务年度内不上调，具体以双方另行签订的维护合同为准。
H:第八条 数据安全
P:8.1 平台采集、存储的企业监测数据、执法数据及相关信息属于甲方，乙方仅可为履行本合同使用，不得用于其他任何目的，不得向任何第三方提供。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及网络安全等级保护三级要求。实施期间乙方仅可在甲方指定环境内作业，远程维护须经甲方书面批准并通过堡垒机进行，不得擅自复制、导出数据。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在 1 小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的法律责任。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、企业信息及平台安全配置负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 乙方交付的平台经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:第十一条 分包
P:11.1 乙方不得转包本项目；未经甲方书面同意，不得将本项目的任何部分分包。
H:第十二条 合同解除
P:12.1 乙方严重违约且在甲方书面通知后 15 日内未能纠正的，甲方有权书面通知解除本合同，并要求乙方承担违约责任。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:14.2 本合同一式六份，甲方执四份，乙方执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临江市应急管理局        乙方（盖章）：江城安信软件科技有限公司
P:法定代表人或授权代表：                法定代表人或授权代表：
P:签订日期：2026年  月  日              签订日期：2026年  月  日
"""

# ----------------------------------------------------------------------------------------------------------------
# z02 钢丝绳厂 拉丝机 控制系统改造 + 维保, DOCX with a Word price table, 一、（一）
H484Z02 = """T:拉丝机电气控制系统改造及维保合同
P:合同编号：HX-SB-2026-042
P:甲方：江苏华兴钢丝绳有限公司
P:乙方：常州科越自动化工程有限公司
P:鉴于甲方拉丝车间 8 条直进式拉丝机生产线的电气控制系统老化、故障频繁、断丝率偏高，甲方决定对其进行整体改造。乙方具备相应的设计、供货、施工和调试能力。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:一、改造范围
P:（一）乙方负责 8 条拉丝生产线的电气控制系统改造，包括方案设计、设备供货、旧柜拆除、安装接线、程序编制、联动调试、工艺参数整定及操作培训。
P:（二）改造后的系统应实现：各卷筒速度同步及张力闭环控制；线径在线检测与超差报警；断丝自动停机；生产数据（速度、张力、线径、能耗、产量）自动采集并上传车间工控服务器；拉丝工艺监控软件集中显示、配方管理及生产报表。
P:（三）改造施工利用甲方安排的停产检修窗口分线进行，每条生产线停机时间不超过 6 日。
H:二、设备、软件及价格
P:（一）本合同总价为人民币壹佰叁拾万元整（¥1,300,000），含设备、软件许可、运输、安装、调试、培训及税费。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC 控制柜|8 套|46,500|372,000
TB:2|变频器|24 台|13,800|331,200
TB:3|张力及线径检测装置|24 套|6,200|148,800
TB:4|HMI 触摸屏|8 台|5,600|44,800
TB:5|车间工控服务器|1 套|68,000|68,000
TB:6|拉丝工艺监控软件许可（永久）|1 套|156,000|156,000
TB:|软硬件小计|||1,120,800
TB:7|安装调试及停机改造施工|1 项|138,000|138,000
TB:8|工艺参数整定及培训|1 项|41,200|41,200
TB:|合计|||1,300,000
P:（二）设备须为全新原厂正品，主要品牌与乙方报价文件一致，更换品牌须经甲方书面同意。
P:（三）乙方应随设备提供装箱单、产品合格证、原厂质量证明及中文说明书。设备运抵甲方厂区后，双方共同开箱清点；发现短缺或外观损坏的，乙方应在 7 日内补齐或更换。
H:三、付款方式
P:（一）合同生效后 10 日内，甲方支付合同总价的 20%（¥260,000）作为预付款。
P:（二）全部设备到货并经甲方清点签收后，甲方支付合同总价的 45%（¥585,000）。到货签收仅确认数量及外观，不视为质量验收。
P:（三）8 条生产线全部终验合格后 15 日内，甲方支付合同总价的 35%（¥455,000）。
H:四、工期
P:（一）乙方应于合同生效后 45 日内完成全部设备到货，90 日内完成 8 条生产线改造并提交终验。
H:五、验收
P:（一）单线验收：每条生产线改造完成后连续带料运行 72 小时，达到以下标准：卷筒速度同步误差不超过 0.5%；张力波动不超过设定值的 ±3%；线径检测精度达到 ±0.005 毫米；断丝停机动作时间不超过 0.2 秒；采集点位齐全、无丢点。
P:（二）终验：8 条生产线全部单线验收合格；改造后连续生产 30 日，断丝率较改造前下降不少于 20%；技术文件（电气图纸、PLC 程序、HMI 画面、参数表）交付齐全；由甲方出具终验报告。
P:（三）设备安装完毕或投入生产使用，均不视为终验合格。
H:六、质保与维保
P:（一）质保期为二十四个月，自终验合格之日起计算。质保期内因设备质量或施工原因产生的故障，乙方免费维修或更换。
P:（二）故障响应：一级故障（整条生产线停机）乙方应在 1 小时内响应，2 小时内到达现场，8 小时内恢复生产；二级故障（单台设备或单项功能异常）2 小时内响应，24 小时内处理完毕。
P:（三）乙方未按上述时限响应或到场的，每迟延一小时，甲方可从应付款项中扣除 800 元。
P:（四）质保期满后，乙方继续提供维保服务，年度维保费为软硬件小计的 9%（即每年 ¥100,872），在质保期满后的三个服务年度内保持不变，服务内容包括季度巡检、易损件更换及本条第（二）款的响应时限。
H:七、知识产权
P:（一）为本项目编制的 PLC 程序、HMI 画面、工艺配方及电气图纸归甲方所有，甲方有权自行修改、使用。
P:（二）拉丝工艺监控软件的著作权归原厂所有，甲方获得永久使用许可。
H:八、生产数据安全
P:（一）系统采集的全部生产数据归甲方所有，乙方不得复制、留存或用于本合同以外的目的。
P:（二）乙方远程维护须事先经甲方设备部书面批准，通过甲方提供的 VPN 账号进行，每次维护结束后关闭访问权限并提交维护记录；乙方人员不得在工控网络中接入未经查杀的移动存储设备。
P:（三）因乙方原因造成生产数据丢失、泄露或工控系统感染病毒的，乙方负责恢复，并赔偿甲方由此遭受的全部损失。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的 10%。
P:（二）因乙方施工原因造成生产线停机时间超出约定的，每超出一日另行支付 3,000 元。
P:（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:十、分包
P:（一）乙方可将电缆敷设等辅助施工分包给具备资质的单位，但须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:十一、甲方义务
P:（一）甲方应按约定安排各条生产线的停产检修窗口，提供施工用电、压缩空气及设备吊装条件，并指派设备部和拉丝车间人员配合调试。
P:（二）甲方应在单线验收及终验申请提出后 5 日内组织验收，无正当理由拖延的，乙方可书面催告。
H:十二、安全施工
P:（一）乙方人员进入甲方厂区应遵守甲方安全生产管理制度，办理动火、高处作业等审批手续。因乙方原因发生安全事故的，由乙方承担全部责任。
P:（二）乙方应为现场施工人员购买人身意外伤害保险，特种作业人员须持证上岗。拆除的旧控制柜及电缆归甲方所有，由乙方运至甲方指定地点。
H:十三、合同的变更与解除
P:（一）本合同生效后，双方均应全面履行，任何一方不得擅自变更或解除。确需变更的，双方另行签订书面补充协议。
P:（二）因不可抗力致使合同无法履行超过 60 日的，双方可协商解除本合同。
H:十四、争议解决
P:（一）因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:十五、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:（二）附件：改造技术方案、设备清单、单线验收记录表，为本合同不可分割的组成部分。
P:甲方（盖章）：江苏华兴钢丝绳有限公司        乙方（盖章）：常州科越自动化工程有限公司
P:授权代表：                                授权代表：
P:日期：2026年  月  日                      日期：2026年  月  日
"""

# ----------------------------------------------------------------------------------------------------------------
# z03 驾校连锁 (11 个训练场) 学员及排班 SaaS + 实施, TXT, 1. 1.1
H484Z03 = """驾培学员管理及训练场排班 SaaS 服务合同

合同编号：SDJP-IT-2026-008
甲方：安平顺达驾驶培训集团有限公司
乙方：云驰科技（合肥）有限公司

甲方在本市经营 11 个驾驶训练场，需要统一的学员报名、约车、排班、计时及结算系统。乙方以 SaaS 方式提供“驾培云”服务并负责实施。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方开通“驾培云”学员及排班服务，覆盖甲方 11 个训练场，包括：学员报名与档案、科目二及科目三约车、教练及教练车排班、学时计时对接、学费及退费结算、学员手机端及教练端应用。
1.2 实施服务：历史学员数据迁移（约 4.6 万条）；11 个训练场排班规则配置；与现有计时终端及省驾培监管服务平台的接口对接；管理员及教练培训。
1.3 服务期为三个服务年度，自上线验收合格之日起算。
1.4 服务包括学员报名合同电子签署、学员约车短信及应用内消息通知（每服务年度不超过 60 万条）、教练课时统计报表、各训练场经营日报及集团汇总报表，以及工作日 8:30 至 21:00 的在线客服支持。

2. 费用
2.1 合同总价为人民币壹佰万元整（¥1,000,000），明细如下：
（1）订阅服务费：每个训练场每服务年度 26,000 元，11 个训练场合计每服务年度 286,000 元，三个服务年度合计 858,000 元；
（2）实施费（一次性）：124,000 元；
（3）培训费（一次性）：18,000 元。
2.2 服务期内订阅服务费单价不变。甲方新增训练场的，按同一单价按月折算计费。
2.3 上述费用已包含云资源、短信通知、版本升级、在线客服及本合同约定的全部服务，乙方不得以任何名义另行收取费用。甲方减少训练场的，自下一季度起按实际训练场数量计费。

3. 付款
3.1 本合同不设预付款。
3.2 实施费及培训费在上线验收合格后 15 日内一次性支付。
3.3 订阅服务费按季度支付：每季度结束后 10 日内，乙方提交服务报告及发票，甲方核对后支付该季度费用 71,500 元（扣除第 5.3 条约定的减免金额）。

4. 实施与上线验收
4.1 乙方应于合同签订后 60 日内完成实施，并提交上线验收申请。实施期间乙方应每周向甲方提交进度报告，并指定一名实施经理常驻甲方总部。
4.2 验收标准：历史学员数据迁移后逐条核对一致；11 个训练场的排班规则全部配置完毕并经各场负责人确认；约车高峰期 2,000 名学员同时在线时页面响应时间不超过 2 秒；计时数据与监管服务平台对接测试连续 7 日无差错；管理员及教练培训完成。
4.3 达到上述标准后，甲方出具上线验收单。系统开通或甲方试用均不视为验收合格。
4.4 乙方未能按期提交上线验收申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金。

5. 服务水平
5.1 系统月可用率不低于 99.5%。计划内维护应安排在 23:00 至次日 6:00 之间，并提前 3 日通知甲方，计划内维护时间不计入不可用时间。
5.2 一级故障（全部训练场无法约车或排班）：30 分钟内响应，2 小时内恢复；二级故障（单个训练场或单项功能异常）：2 小时内响应，8 小时内恢复；一般问题：2 个工作日内解决。
5.3 月可用率低于承诺值的，每低 0.1 个百分点，减免当月订阅服务费的 5%，最高减免当月订阅服务费的一半；一级故障未按时恢复的，每超时一小时减免 500 元。

6. 数据及安全
6.1 学员个人信息、约车及学时记录、财务数据等甲方数据归甲方所有。乙方仅为提供本合同服务处理甲方数据，不得用于其他目的，不得向任何第三方提供。
6.2 乙方应将数据存储于中国境内，系统应通过网络安全等级保护三级测评；对个人信息加密存储、分级授权、操作留痕；每日备份并异地保存。
6.3 发生数据泄露或其他安全事件的，乙方应在 2 小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
6.4 乙方不得利用学员信息向学员推送与本合同服务无关的商业广告，不得以任何形式出售或交换学员信息。
6.5 服务终止后 30 日内，乙方应按甲方要求将全部数据完整导出交付甲方，并在甲方书面确认后予以删除。

7. 知识产权
7.1 “驾培云”平台的知识产权归乙方所有。为甲方定制的报表、排班规则脚本及接口程序归甲方所有，甲方可自由使用、修改或交由第三方维护。

8. 保密
8.1 双方对履约中知悉的对方商业秘密及学员信息负有保密义务，保密期限至合同终止后三年。

9. 续期
9.1 服务期满前 30 日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，以后亦同。
9.2 续期服务费由乙方根据届时的市场价格确定，乙方应在服务期满前 60 日书面通知甲方新的服务费标准；甲方未书面提出不续期的，视为接受新的服务费标准。

10. 责任限额
10.1 乙方在本合同项下的累计赔偿责任以合同总价的 200% 为限，但因乙方原因造成的数据泄露损失不受此限。

11. 分包
11.1 除附件所列云基础设施服务商外，乙方不得将本合同项下的服务分包；确需分包的，须事先取得甲方书面同意。

12. 合同解除
12.1 一方严重违约且在收到对方书面通知后 15 日内未纠正的，守约方有权书面通知解除本合同。
12.2 系统月可用率连续两个月低于承诺值的，甲方有权解除本合同，乙方应退还已收取的未履行期间费用。

13. 甲方义务
13.1 甲方应指定项目联系人，按时提供历史学员数据、训练场及教练车信息、排班规则说明，并组织各训练场负责人参加培训和验收。
13.2 甲方应妥善保管管理员账号及口令，对其账号下的操作负责；发现账号被盗用的，应立即通知乙方冻结。

14. 服务变更
14.1 甲方提出新增功能或调整排班规则的，乙方应在 5 个工作日内提交评估意见及报价；涉及费用的，经双方书面确认后实施。
14.2 乙方对平台进行版本升级的，应提前 7 日通知甲方，不得降低本合同约定的功能和服务水平。

15. 不可抗力
15.1 因不可抗力不能履行本合同的，受影响一方应及时通知对方，并在 10 日内提供证明，双方根据影响程度协商部分或全部免除责任。

16. 适用法律及争议解决
16.1 本合同适用中华人民共和国法律。因本合同引起的争议，提交合肥仲裁委员会仲裁。

17. 其他
17.1 附件：服务功能清单、训练场清单、云基础设施服务商说明，为本合同组成部分。
17.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：安平顺达驾驶培训集团有限公司
乙方（盖章）：云驰科技（合肥）有限公司
签订日期：2026 年 3 月  日
"""

# ----------------------------------------------------------------------------------------------------------------
# z04 妇幼保健院 信息系统 年度运维, 竞争性磋商, TXT, （1）
H484Z04 = """临海市妇幼保健院信息系统运维服务合同

项目编号：LHFY-CS-2026-011（竞争性磋商）
甲方：临海市妇幼保健院
乙方：浙东数联信息技术有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方信息系统运维服务事项，经协商一致，订立本合同。

（1）服务期限
服务期自 2026 年 1 月 1 日起至 2026 年 12 月 31 日止。服务期满本合同终止，不自动续期；甲方如需继续采购，另行组织采购。

（2）服务范围
乙方负责甲方以下系统和设备的运行维护：医院信息系统（HIS）、电子病历系统（EMR）、实验室信息系统（LIS）、影像归档和通信系统（PACS）、妇幼保健信息系统（孕产妇及儿童保健管理）、集成平台，以及中心机房的服务器、存储、核心交换机、防火墙等基础设施。服务内容包括驻场值守、日常巡检、故障处理、数据库维护与备份、安全加固、配合等级保护测评及上级检查。

（3）服务费用
合同总价为人民币捌拾陆万捌仟元整（¥868,000），为固定总价，包括：
1) 驻场运维（3 人，工作日 8:00–17:30 驻场，夜间及节假日电话值守）：486,000 元；
2) 系统巡检及性能优化：96,000 元；
3) 数据库运维及备份：128,000 元；
4) 网络与安全设备运维：112,000 元；
5) 应急演练及培训：46,000 元。

（4）付款方式
本合同不设预付款。服务费按季度支付：每季度服务结束并经甲方考核后 15 个工作日内，甲方支付当季服务费 217,000 元，考核扣款从当季费用中扣减。

（5）服务内容细则
1) 日常巡检：每日上班前完成核心系统、数据库、存储及网络设备巡检，每周提交巡检周报，每月提交运维月报及性能分析。
2) 数据库维护：每日全量或增量备份，每月进行一次备份恢复验证，每季度进行一次数据库性能优化。
3) 安全加固：按等级保护要求每季度开展漏洞扫描及补丁评估，经甲方批准后在非诊疗高峰时段实施。
4) 应急演练：每半年组织一次 HIS 停机应急演练，并对甲方信息科及各科室操作人员进行培训。

（6）人员要求
乙方应指定一名项目经理负责本项目，每月向甲方信息科汇报运维情况，并参加甲方召开的信息化工作例会。驻场人员须具有三年以上医疗信息化运维经验，其中至少 1 人持有数据库认证证书。乙方更换驻场人员须提前 15 日书面征得甲方同意。驻场人员缺岗的，每人每日扣减 800 元。

（7）服务水平
1) 核心系统（HIS、EMR、LIS、PACS）月可用率不低于 99.95%。
2) 一级故障（核心系统中断，或影响门急诊、住院、分娩等诊疗业务）：15 分钟内响应，30 分钟内到场，2 小时内恢复。
3) 二级故障（非核心系统中断或核心系统部分功能异常）：30 分钟内响应，8 小时内解决。
4) 三级问题（一般咨询及优化需求）：1 个工作日内响应，7 个工作日内完成。
5) 核心系统月可用率每低于承诺值 0.01 个百分点，扣减当季服务费 2,000 元；一级故障每超时 30 分钟，扣减当季服务费 1,000 元。

（8）进场与验收
1) 乙方应在合同签订后 5 日内完成人员进场和交接。逾期进场的，每逾期一日，乙方按合同总价的千分之一向甲方支付违约金。
2) 季度考核：甲方按附件考核表，对可用率、故障处理时效、巡检完成率、备份成功率和文档完整性进行评分，作为当季付款依据。
3) 年度服务验收：服务期满前 15 日内，甲方对全年服务进行验收。验收标准：核心系统各月可用率均达到承诺值；未发生因乙方原因导致的数据丢失；巡检报告、故障记录、变更记录及备份恢复演练记录齐全；配合完成年度等级保护测评且无遗留高风险问题。验收合格后，甲方出具验收报告。

（9）数据安全
1) 甲方各系统中的患者信息、诊疗数据及业务数据均属于甲方。乙方仅可在运维所需范围内接触，不得复制、下载、留存或用于其他目的。
2) 乙方人员须通过甲方堡垒机操作，使用实名账号，禁止私接外网；涉及数据导出的操作须经甲方信息科书面审批。
3) 乙方应遵守《中华人民共和国个人信息保护法》《中华人民共和国数据安全法》及卫生健康行业数据安全管理规定。发生数据泄露、丢失或篡改的，乙方应在 1 小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

（10）保密
乙方及其人员对工作中知悉的患者隐私、医院内部资料及系统口令负有保密义务，驻场人员须签署保密承诺书。保密义务不因合同终止而解除。

（11）知识产权
乙方在服务过程中为甲方编写的脚本、运维手册、应急预案及技术文档，其知识产权归甲方所有。

（12）分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

（13）违约及合同解除
乙方未按约定提供服务的，除按本合同扣减服务费外，甲方有权要求乙方限期整改；因乙方原因给甲方造成损失的，乙方应予赔偿。
乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后 10 日内仍未改正的，甲方有权解除本合同，并要求乙方赔偿损失。

（14）考核结果的运用
年度内季度考核均为优秀的，甲方可在后续采购中将其作为履约评价的参考；季度考核不合格的，乙方应在 10 日内提交整改报告，甲方有权约谈乙方负责人。

（15）交接
合同终止时，乙方应移交全部账号、口令、文档和运维记录，并配合新服务商完成不少于 15 日的交接。

（16）变更管理
乙方对生产系统实施配置变更、补丁安装或版本升级的，应提前 2 个工作日提交变更申请，写明变更内容、影响范围及回退方案，经甲方信息科批准后在约定时段实施；紧急变更可先电话报批，事后 24 小时内补办手续。因乙方未按程序变更造成系统故障的，按一级故障处理并由乙方承担责任。

（17）不可抗力及通知
因不可抗力不能履行本合同的，受影响一方应及时通知对方并提供证明，双方协商处理。本合同项下的通知以书面形式送达合同载明的地址，紧急事项可先以电话或即时通讯方式通知，事后补发书面通知。

（18）甲方义务
甲方应为驻场人员提供办公场所和必要的网络条件，及时提供系统账号、原厂技术资料及第三方厂商联系人；甲方组织系统升级或新系统上线的，应提前通知乙方参与评估。

（19）法律适用及争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

（20）其他
本合同一式四份，甲方执三份，乙方执一份，自双方签字盖章之日起生效。附件：运维服务清单、季度考核表、驻场人员名单。

甲方（盖章）：临海市妇幼保健院
乙方（盖章）：浙东数联信息技术有限公司
签订日期：2025 年 12 月  日
"""

# ----------------------------------------------------------------------------------------------------------------
# z05 腊肉厂 订单及冷链 软件许可 + 定制开发, the supplier's template, MD with a markdown price table, ## 第X条
H484Z05 = """# 订单及冷链追溯系统软件许可与实施合同

**鼎冷软件标准合同文本 V3.0**

合同编号：DL-2026-0153

甲方：湘西金岭腊味食品有限公司

乙方：长沙鼎冷信息科技有限公司

甲方因经营需要，向乙方采购“鼎冷订单及冷链追溯系统”软件许可及相关定制开发、实施服务。双方经友好协商，订立本合同，共同遵守。

## 第一条 合同标的

1. 乙方向甲方提供“鼎冷订单及冷链追溯系统”V3.0 软件永久使用许可（单一工厂，50 个并发用户）。
2. 定制开发：经销商订货小程序；冷库温湿度监控设备对接；冷链运输车辆 GPS 及车厢温度数据对接；批次追溯码打印。
3. 实施服务：系统安装部署、基础数据初始化、操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 订单及冷链追溯系统软件许可（永久） | 520,000 |
| 2 | 定制开发（订货小程序、冷库及车辆温控对接、追溯码打印） | 96,000 |
| 3 | 实施部署及培训 | 34,000 |
| | 合计 | 650,000 |

合同总价为人民币陆拾伍万元整（¥650,000），含增值税。

## 第三条 付款方式

1. 本合同签订后 5 个工作日内，甲方向乙方支付合同总价的 50%（¥325,000）作为预付款，乙方收到预付款后启动项目。
2. 系统安装上线后 10 个工作日内，甲方支付合同总价剩余的 50%（¥325,000）。
3. 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

## 第四条 交付

1. 乙方在收到预付款后 60 个工作日内完成安装部署，交付时间以乙方书面通知为准。乙方交付的内容包括安装程序、用户操作手册及管理员手册。
2. 因需求变更、甲方配合不到位或第三方设备原因导致延期的，交付时间相应顺延。

## 第五条 双方义务

1. 甲方应指定专人负责项目协调，按乙方要求提供产品、客户、经销商、冷库及车辆等基础数据，并保证数据真实、完整。
2. 甲方应自行准备服务器、网络、打印机及温控设备等运行环境，并确保其符合乙方提供的配置要求。
3. 乙方保证其提供的软件为自主开发，不侵犯第三方的知识产权；如因此引起纠纷，由乙方负责处理。
4. 乙方应按本合同约定完成安装部署、定制开发及培训，培训对象为甲方系统管理员及关键用户，培训时间合计不少于 3 个工作日。

## 第六条 定制开发需求确认

1. 乙方应在合同生效后 15 个工作日内完成需求调研，编制定制开发需求说明书，经甲方签字确认后作为开发依据。
2. 需求说明书确认后，甲方提出新增或变更需求的，乙方有权另行报价，交付时间相应调整。

## 第七条 发票

1. 乙方在收到每笔款项前，向甲方开具等额增值税专用发票。

## 第八条 验收

1. 系统安装上线后，即视为甲方验收合格。
2. 甲方如对系统有异议，应在上线后 5 个工作日内书面提出；逾期未提出的，视为甲方对系统无异议。

## 第九条 免费维护及维护服务

1. 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方通过电话、远程方式提供技术支持，乙方将尽合理努力及时处理甲方反馈的问题。
2. 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的 25%（即每年 ¥130,000），按服务年度预付。
3. 现场服务、二次开发及系统迁移按乙方收费标准另行计费。
4. 维护服务内容包括软件缺陷修复、小版本升级、远程问题处理及操作咨询，不包括甲方硬件、网络、操作系统及第三方设备的维护。
5. 甲方未按期支付维护费的，乙方有权停止提供升级和技术支持服务。

## 第十条 知识产权

1. 本系统以及乙方基于本系统为甲方开发的定制功能、程序、源代码和文档，其知识产权均归乙方所有。
2. 甲方在本合同约定范围内获得非独占、不可转让的使用权，不得修改、反向工程，亦不得许可第三方使用。

## 第十一条 数据

1. 甲方录入及系统产生的业务数据归甲方所有。乙方采取加密传输、访问控制和日志审计等措施保护甲方数据安全；因乙方原因导致甲方数据泄露的，乙方承担相应的赔偿责任。
2. 甲方同意，乙方可将甲方订单、库存、冷链温度等数据进行脱敏处理后，用于行业分析、产品改进及向其他客户提供的行业报告。

## 第十二条 保密

1. 双方对在合作中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条不因合同终止而失效。

## 第十三条 分包

1. 乙方有权将部分开发、实施工作委托第三方完成，无需另行取得甲方同意，乙方对受托方的工作负责。

## 第十四条 责任限制

1. 乙方在本合同项下的累计赔偿责任，以甲方已支付的软件许可费为限。
2. 乙方不承担任何间接损失或利润损失。

## 第十五条 甲方违约

1. 甲方未按本合同约定配合需求调研、提供数据或准备运行环境，导致项目延误的，乙方不承担责任，由此增加的实施费用由甲方承担。
2. 甲方擅自将本系统复制、转让或提供给第三方使用的，应向乙方支付相当于软件许可费的违约金，并赔偿乙方损失。

## 第十六条 培训

1. 乙方在系统上线前为甲方提供集中培训，培训内容包括订单录入、经销商管理、冷库温控查询、追溯码打印及报表查询。
2. 甲方人员变动需要再次培训的，乙方提供远程培训；需要现场培训的，按乙方收费标准另行计费。

## 第十七条 合同解除

1. 一方严重违约，且在收到对方书面通知后 30 日内未纠正的，守约方有权解除本合同。
2. 合同解除后，甲方应支付乙方已完成工作对应的费用。

## 第十八条 不可抗力

1. 因地震、洪水、疫情、政府行为等不可抗力导致不能履行本合同的，受影响一方应及时通知对方，并在 15 日内提供有关证明，部分或全部免除责任。

## 第十九条 通知

1. 本合同项下的通知以书面形式发送至合同首部载明的地址或双方确认的电子邮箱，电子邮件发出即视为送达。
2. 一方变更联系方式的，应提前 5 个工作日书面通知对方，否则原联系方式仍视为有效。

## 第二十条 争议解决

1. 因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第二十一条 其他

1. 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
2. 本合同附件（功能清单、定制开发需求说明）与本合同具有同等效力。

甲方（盖章）：湘西金岭腊味食品有限公司

乙方（盖章）：长沙鼎冷信息科技有限公司

日期：2026 年  月  日
"""

# ----------------------------------------------------------------------------------------------------------------
# e01 software licence (perpetual licences + services), Belgian vendor, PDF, Article N
H484E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. GM-CN-2026-031
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Foshan Huarun Ceramic Tiles Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Nanhai District, Foshan, Guangdong Province (the "Customer"); and
P:(2) Gentmaint Software NV, a company incorporated in Belgium, with its registered office at Kortrijksesteenweg, 9000 Ghent, Belgium, acting for this Agreement through its representative office in Shanghai (the "Vendor").
P:Recitals. The Customer operates three kiln and pressing lines and a glazing plant and wishes to replace its spreadsheet-based maintenance records with a computerised maintenance management system. The Vendor develops and licenses the GentMaint maintenance management software and provides implementation services. The parties have agreed the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the GentMaint Enterprise maintenance management software, version 8, in object code, with its documentation and the updates supplied under this Agreement.
P:1.2 "Licences" means the perpetual licences listed in Article 3.
P:1.3 "Services" means the configuration, data migration, ERP integration and training services described in Article 2.
P:1.4 "Customer Configuration" means the asset hierarchy, work-order templates, preventive maintenance plans, reports and the ERP interface built for the Customer under this Agreement.
P:1.5 "Final Acceptance" means the Customer's written acceptance under Article 6.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer non-exclusive, non-transferable, perpetual licences to install and use the Software on the Customer's own servers in Foshan for the internal business of the Customer and its affiliates in mainland China.
P:2.2 The Vendor shall perform the Services: (a) configure the Software for about 4,200 assets of the three production lines and the glazing plant; (b) migrate the asset register, spare parts list and three years of work-order history from the Customer's spreadsheets; (c) build an interface with the Customer's ERP system for spare-parts stock and purchase requisitions; (d) train 12 key users and 60 technicians.
P:2.3 The Vendor shall deliver the installation media, the user and administrator manuals in Chinese and English, and a configuration workbook that records all settings made for the Customer.
P:2.4 The Customer shall provide servers, operating system and database licences, network access, and a project manager who can take decisions in time.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 858,000, inclusive of VAT, and is fixed for the scope in Article 2. The Vendor prices this Agreement in CNY at the Customer's request.
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Server licence, GentMaint Enterprise|1|180,000|180,000
TB:Named user licences|60|4,200|252,000
TB:Mobile technician licences|40|2,900|116,000
TB:Licence subtotal|||548,000
TB:Configuration and data migration|1|196,000|196,000
TB:ERP interface|1|88,000|88,000
TB:Training|1|26,000|26,000
TB:Total Contract Price|||858,000
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 171,600) within 15 days after signature of this Agreement and receipt of a valid VAT invoice.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 386,100) within 15 days after the Software is installed and configured and the migrated data is loaded. Installation does not constitute acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 300,300) within 15 days after Final Acceptance.
H:Article 5 Timetable and Delay
P:5.1 The Vendor shall complete installation within 30 days and submit the Software for acceptance testing within 100 days after signature.
P:5.2 If the Vendor fails to submit the Software for acceptance testing by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay delay damages of 0.02% of the Contract Price for each day of delay, up to a maximum of 5% of the Contract Price.
H:Article 6 Acceptance
P:6.1 The acceptance tests shall verify that: (a) all functions in the agreed functional specification work as described; (b) the migrated asset register and spare parts list match the source data record by record; (c) the ERP interface transfers stock levels and purchase requisitions without error for ten consecutive working days; (d) the mobile application works offline in the kiln area and synchronises within five minutes after reconnection; (e) screens load in less than three seconds with 80 concurrent users.
P:6.2 When the tests are passed, the Customer shall issue a Final Acceptance certificate within seven working days. Use of the Software in production before Final Acceptance does not constitute acceptance.
P:6.3 If a test fails, the Vendor shall correct the defect and repeat the test within 15 days at its own cost.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software will perform substantially in accordance with its documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and supply all updates and new versions free of charge.
P:7.2 Support levels during the Warranty Period and any support year: Severity 1 (the Software is unavailable or work orders cannot be created at any plant): response within 1 hour, workaround within 8 hours; Severity 2: response within 2 hours; Severity 3: response within two working days.
P:7.3 For each full hour by which the Vendor exceeds a Severity 1 response time, the Vendor shall credit CNY 600 against the next amount payable.
P:7.4 After the Warranty Period, the Customer may order annual support at 11% of the Licence subtotal per year (CNY 60,280 per year). This rate is fixed for three support years after the Warranty Period. Support is ordered by purchase order each year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software and all intellectual property rights in it remain with the Vendor.
P:8.2 The Customer Configuration and all deliverables made specifically for the Customer, including the source code of the ERP interface, belong to the Customer on payment. The Customer may use, modify and have them modified by third parties without restriction.
P:8.3 The Vendor shall defend the Customer against any claim that the Software infringes a third party's rights and shall bear the resulting costs and damages.
H:Article 9 Customer Data
P:9.1 All data entered into or generated by the Software, including asset, maintenance and spare-parts data, belongs to the Customer. The Vendor shall use Customer data only to perform this Agreement and shall not disclose it to any third party.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, shall use it only for this Agreement and shall not disclose it without the other party's prior written consent. This obligation survives termination for three years.
H:Article 11 Liability
P:11.1 The Vendor's total liability under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct or infringement of third-party rights.
P:11.2 Neither party is liable for indirect or consequential loss, except in case of wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the Services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:13.2 If the Customer terminates under Article 13.1 before Final Acceptance, the Vendor shall refund all amounts paid, and the Customer shall return or destroy the Software.
H:Article 14 Project Management
P:14.1 Each party shall appoint a project manager within five working days after signature. The Vendor's project manager shall be based in Foshan during configuration, migration and acceptance testing and shall not be replaced without the Customer's consent, which shall not be unreasonably withheld.
P:14.2 The project managers shall meet every week, on site or by video conference, to review progress, open issues and risks. The Vendor shall issue minutes within two working days after each meeting.
P:14.3 Any change to the scope, the timetable or the Contract Price requires a written change order signed by both project managers and approved by the Customer's purchasing department.
H:Article 15 Force Majeure
P:15.1 Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the People's Republic of China.
P:16.2 Any dispute arising from this Agreement shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai. The arbitral award is final and binding on both parties.
H:Article 17 General
P:17.1 This Agreement, with its Annex 1 (functional specification) and Annex 2 (acceptance test plan), is the entire agreement between the parties on its subject matter.
P:17.2 This Agreement is made in English and Chinese. Both versions have equal force.
P:Signed for the Customer: ____________________ Date: __________
P:Signed for the Vendor: ____________________ Date: __________
"""

# ----------------------------------------------------------------------------------------------------------------
# e02 SaaS Order Form + General Terms, Dutch vendor, MD, Section N.N
H484E02 = """# ORDER FORM — RouteWise Delivery Planning Cloud

**Order Form No.** RW-CN-0447  
**Vendor:** RouteWise B.V., Catharijnesingel, 3511 GC Utrecht, the Netherlands ("RouteWise")  
**Customer:** Chengdu Qingquan Beverage Distribution Co., Ltd., Shuangliu District, Chengdu, Sichuan Province, PRC ("Customer")  
**Order Start Date:** 1 June 2026

This Order Form is entered into under the RouteWise General Terms attached below (the "General Terms"). The Order Form and the General Terms together form the "Agreement". If they conflict, this Order Form prevails.

## Part A — Order Details

**A.1 Services.** RouteWise Delivery Planning Cloud, Professional edition: daily route optimisation for the Customer's delivery fleet, driver mobile app with proof of delivery, dispatcher console, customer time-window management, and standard reports. Includes 120 driver seats and 15 dispatcher seats.

**A.2 Subscription Term.** Three Subscription Years from the Go-Live Date. A "Subscription Year" is each consecutive period starting on the Go-Live Date or an anniversary of it.

**A.3 Onboarding.** RouteWise shall load the Customer's outlet master data (about 6,800 outlets), configure three depots in Chengdu, Deyang and Meishan, integrate the Customer's order management system through the standard order API, and train dispatchers and drivers. Target Go-Live Date: 31 August 2026.

**A.4 Fees.** Fees are stated in CNY at the Customer's request and include VAT.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform fee | per Subscription Year | 168,000 |
| Driver seats | 120 seats × CNY 960 per Subscription Year | 115,200 |
| Subscription fees per Subscription Year | | 283,200 |
| Subscription fees, three Subscription Years | | 849,600 |
| Onboarding (one-time) | fixed price | 64,400 |
| **Total Contract Value** | | **914,000** |

**A.5 Invoicing.** Subscription fees are invoiced quarterly in advance (CNY 70,800 per quarter), starting on the Go-Live Date. The onboarding fee is invoiced after Go-Live Acceptance. Invoices are payable within 30 days. No other amount is payable before Go-Live.

**A.6 Hosting and sub-processors.** The Customer's production environment is hosted on Alibaba Cloud, China (Shanghai) region. Alibaba Cloud is an approved sub-processor for hosting only.

**A.7 Renewal.** See Section 3.2 of the General Terms.

## Part B — General Terms

### Section 1 Subscription

1.1 RouteWise grants the Customer a non-exclusive, non-transferable right to access and use the Services during the Subscription Term for its internal business in mainland China, within the seat numbers in the Order Form.

1.2 The Customer may add seats at any time at the per-seat price in the Order Form, pro rata for the rest of the current Subscription Year.

1.3 The Customer is responsible for its users' compliance with the Agreement and shall keep login credentials secure.

1.4 The Services include the standard reports and dashboards described in the product documentation, the driver app for Android and iOS, and a test environment for the Customer's IT team during the Subscription Term.

### Section 2 Onboarding and Go-Live Acceptance

2.1 RouteWise shall carry out the onboarding described in the Order Form under a project plan agreed within ten working days after the Order Start Date.

2.2 Go-Live Acceptance tests shall show that: (a) all outlets and time windows are loaded and checked against the Customer's master data; (b) the daily plan for 120 vehicles is produced in less than ten minutes; (c) orders flow from the order management system to the dispatcher console without loss for five consecutive working days; (d) the driver app records proof of delivery with photo and signature offline and synchronises on reconnection; (e) dispatchers and drivers have been trained.

2.3 When the tests are passed, the Customer shall sign a Go-Live Acceptance certificate within five working days. The Go-Live Date is the date of that certificate.

2.4 If Go-Live Acceptance is delayed beyond the target Go-Live Date for reasons attributable to RouteWise, RouteWise shall pay the Customer CNY 900 for each day of delay, up to CNY 45,000 in total.

### Section 3 Term and Renewal

3.1 The Agreement starts on the Order Start Date and runs until the end of the Subscription Term.

3.2 At the end of the Subscription Term, the Agreement renews automatically for successive Subscription Years unless either party gives written notice of non-renewal at least 60 days before the end of the then-current term. RouteWise may increase the fees for any renewal Subscription Year to its then-current list prices by notice given at least 90 days before the renewal date.

### Section 4 Service Levels

4.1 RouteWise shall make the Services available at least 99.95% of each calendar month, excluding scheduled maintenance announced five days in advance and performed between 00:00 and 05:00 China Standard Time.

4.2 Priority 1 incidents (route planning or the driver app unavailable for all users) shall be responded to within 30 minutes, at any time of day, and restored within six hours. Priority 2 incidents shall be responded to within two hours. Priority 3 requests shall be answered within two working days.

4.3 If monthly availability falls below the level in Section 4.1, RouteWise shall grant a service credit of 5% of that month's subscription fees for each 0.1 percentage point of shortfall, up to half of that month's subscription fees. Credits are deducted from the next invoice.

### Section 5 Customer Data and Security

5.1 All data submitted by the Customer or its users, or generated by the Services from that data ("Customer Data"), belongs to the Customer. RouteWise shall process Customer Data only to provide the Services to the Customer and shall not use it for any other purpose.

5.2 RouteWise shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to named support staff with multi-factor authentication, log all access, keep daily backups for 30 days, and maintain ISO/IEC 27001 certification for the Services.

5.3 RouteWise shall notify the Customer of any security breach affecting Customer Data within 24 hours after becoming aware of it, shall take immediate steps to contain it, and shall compensate the Customer for losses caused by a breach resulting from RouteWise's failure to comply with this Section 5.

5.4 Within 30 days after the end of the Agreement, RouteWise shall return all Customer Data in CSV format and then delete it, and confirm the deletion in writing.

### Section 6 Confidentiality

6.1 Each party shall keep confidential the other party's non-public information, including prices, customer lists and delivery volumes, and shall use it only for the Agreement. This obligation continues for three years after the Agreement ends.

### Section 7 Intellectual Property

7.1 RouteWise retains all rights in the Services and its software.

7.2 Customer-specific configurations, report templates and the order-interface mapping made for the Customer belong to the Customer, which may use, copy and modify them and have them used by another provider.

### Section 8 Subcontracting

8.1 Apart from the hosting sub-processor named in the Order Form, RouteWise shall not subcontract any part of the Services without the Customer's prior written consent.

### Section 9 Liability

9.1 Each party's total aggregate liability arising out of or in connection with the Agreement shall not exceed CNY 300,000.

9.2 Neither party shall be liable for lost profits or indirect damages.

### Section 10 Termination

10.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice.

10.2 On termination for RouteWise's breach, RouteWise shall refund any prepaid fees for the period after termination.

### Section 11 Governing Law and Jurisdiction

11.1 The Agreement is governed by the laws of the Netherlands.

11.2 The courts of Amsterdam, the Netherlands, have exclusive jurisdiction over any dispute arising out of or in connection with the Agreement.

### Section 12 Customer Obligations

12.1 The Customer shall keep its outlet master data, vehicle data and delivery time windows up to date in the Services, and shall provide the order data through the agreed interface each day before the planning run.

12.2 The Customer shall not attempt to copy, reverse engineer or overload the Services, and shall not use them to process data that it is not entitled to process.

12.3 The Customer shall inform its drivers that the driver app records location during working hours and shall obtain any consents required by law.

### Section 13 Support and Updates

13.1 RouteWise shall provide Chinese-language support by telephone and through its support portal. Support is included in the subscription fees.

13.2 RouteWise may update the Services from time to time, provided that an update does not materially reduce the functions or security of the Services. Major changes to the user interface shall be announced at least 30 days in advance.

### Section 14 Miscellaneous

14.1 Notices shall be given in writing to the addresses in the Order Form, by courier or by email with confirmation of receipt.

14.2 Neither party may assign the Agreement without the other party's written consent.

Signed for RouteWise B.V.: ____________________ Date: __________

Signed for the Customer: ____________________ Date: __________
"""

# ----------------------------------------------------------------------------------------------------------------
# e03 hardware / sensors for a site, buyer's paper, Luxembourg vendor, DOCX with a Word price table, numbered clauses
H484E03 = """T:Supply and Installation Contract for a Condition Monitoring System
P:Contract No. JBC-EQ-2026-118
P:Buyer: Anhui Jiangbei Cement Co., Ltd., Sanshan District, Wuhu, Anhui Province, PRC (the "Buyer").
P:Supplier: Moselsens S.A., Rue de Luxembourg, L-4220 Esch-sur-Alzette, Luxembourg (the "Supplier").
P:Background. The Buyer operates two clinker production lines at its Wuhu plant. To reduce unplanned stops of kilns, mills, fans and conveyors, the Buyer has selected the Supplier, after a competitive tender, to supply, install and commission a wireless condition monitoring system. This Contract is on the Buyer's standard terms for equipment purchases.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 3.
P:1.2 "Software" means the condition monitoring software licensed under clause 3 and its updates.
P:1.3 "System" means the Equipment and the Software installed and configured at the Buyer's plant.
P:1.4 "Final Acceptance" means the Buyer's written acceptance of the System under clause 7.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment and the Software, install the sensors on 92 machines named in Annex 1 (rotary kilns, raw and cement mills, ID fans, cooler fans, bucket elevators and belt conveyors), install and configure the edge gateways, connect the System to the Buyer's plant network and the central control room, set alarm limits, and train the Buyer's maintenance staff.
P:2.2 The Supplier shall carry out a site survey within 15 days after signature, confirm the mounting positions, gateway locations and radio coverage with the Buyer's maintenance department, and submit a detailed installation plan for the Buyer's approval. The plan shall take into account the Buyer's production schedule and the planned kiln shutdowns.
P:2.3 All Equipment shall be new, of the models stated in the Supplier's tender, and rated for the dust and temperature conditions described in Annex 2.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,060,000, inclusive of VAT, packing, transport to the Wuhu plant, insurance, installation and training. The Contract Price is fixed. The Supplier has priced this Contract in CNY.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration sensors|180|2,650|477,000
TB:2|Wireless temperature sensors|96|1,180|113,280
TB:3|Edge gateways|12|18,600|223,200
TB:4|Condition monitoring software, perpetual site licence|1|146,000|146,000
TB:|Equipment and Licence Subtotal|||959,480
TB:5|Installation and commissioning|1|84,000|84,000
TB:6|Training|1|16,520|16,520
TB:|Contract Price|||1,060,000
H:4. Payment
P:4.1 Advance payment: 10% of the Contract Price (CNY 106,000) within 20 days after the Buyer receives an advance payment bank guarantee of the same amount and a VAT invoice.
P:4.2 Delivery and installation payment: 55% of the Contract Price (CNY 583,000) within 20 days after all Equipment has been delivered and installed and the Buyer has signed an installation certificate. The installation certificate confirms quantities and installation only and is not acceptance.
P:4.3 Final payment: 35% of the Contract Price (CNY 371,000) within 20 days after Final Acceptance.
H:5. Delivery and Delay
P:5.1 The Supplier shall deliver the Equipment to the Wuhu plant within 60 days and complete installation within 90 days after the Contract is signed. Installation work on kilns and mills shall be carried out during the Buyer's planned shutdowns.
P:5.2 If the Supplier is late in delivery or in completing installation, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct these damages from any payment due.
H:6. Packing, Documents and Insurance
P:6.1 The Equipment shall be packed for road transport and storage on site, with each package marked with the contract number, item number and installation position. Damage caused by insufficient packing shall be repaired or replaced by the Supplier at its cost.
P:6.2 With the Equipment, the Supplier shall deliver the packing list, certificates of origin and conformity, explosion-protection certificates where required by Annex 2, installation drawings, and the operation and maintenance manuals in Chinese.
P:6.3 The Supplier shall insure the Equipment until delivery at the Wuhu plant and shall hold third-party liability insurance covering its work on site. Risk in the Equipment passes to the Buyer on signature of the installation certificate.
H:7. Acceptance
P:7.1 After installation, the System shall run for 30 consecutive days as a trial. Final Acceptance requires that: (a) all 276 sensors report to the Software with a data loss rate below 0.5% over the trial; (b) vibration readings of ten reference points agree with the Buyer's portable analyser within ±5%; (c) alarms reach the central control room and the maintenance duty phone within 60 seconds; (d) sensor batteries show an expected life of at least three years under the agreed sampling plan; (e) the documents in Annex 3 have been delivered.
P:7.2 If the System meets these criteria, the Buyer shall issue the Final Acceptance certificate within seven days. Installation, use of the System during the trial and any payment do not constitute acceptance.
P:7.3 If the System fails, the Supplier shall remedy the defects and the trial shall be repeated at the Supplier's cost.
H:8. Warranty
P:8.1 The Supplier warrants the System for 36 months after Final Acceptance. During the warranty the Supplier shall repair or replace defective Equipment, including sensor batteries that fail early, and supply Software updates free of charge.
P:8.2 Fault response during the warranty: for a Severity 1 fault (loss of monitoring for a kiln or a whole production line) the Supplier shall respond remotely within 1 hour and have an engineer on site within 24 hours; for a Severity 2 fault (individual sensors or gateways) the Supplier shall respond within 8 hours and repair within three days.
P:8.3 For each hour of delay in the Severity 1 response or on-site time, the Supplier shall pay CNY 800, which the Buyer may deduct from any amount due.
P:8.4 After the warranty, the Supplier shall offer annual support at 8% of the Equipment and Licence Subtotal per year (CNY 76,758.40), fixed for two years after the warranty. Support is ordered separately each year and does not renew automatically.
H:9. Intellectual Property
P:9.1 The Software remains the property of the Supplier. The Buyer receives a perpetual, irrevocable licence for the Wuhu plant.
P:9.2 The machine models, alarm limits, dashboards and reports configured for the Buyer, and all data analysis results, belong to the Buyer. The Buyer may use and modify them freely and have them maintained by any third party.
H:10. Data Security
P:10.1 All measurement data, alarm records and plant information collected by the System belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:10.2 The System shall store data on the Buyer's servers in the plant. Remote access by the Supplier requires the Buyer's approval for each session, shall use the Buyer's VPN and shall be logged. No data shall be transferred outside mainland China.
P:10.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the System or the Buyer's data, shall help to contain it, and shall be liable for the Buyer's losses caused by its breach of this clause 10.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all technical and business information of the Buyer, including process data and plant layouts, and shall not disclose it to any third party without the Buyer's prior written consent. This clause survives the end of the Contract.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract the installation or any other part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:13. Site Safety
P:13.1 The Supplier's staff shall comply with the Buyer's safety rules, including work permits for work at height, hot work and work near rotating equipment.
P:13.2 The Supplier shall name a site manager who is present whenever the Supplier's staff work at the plant. The Supplier's staff shall wear the protective equipment required by the Buyer, shall attend the Buyer's safety induction before starting work, and shall leave the work areas clean at the end of each shift. Training under clause 2.1 shall cover sensor mounting, battery replacement, alarm handling and basic vibration analysis for at least 20 of the Buyer's staff.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay damages reach the maximum in clause 5.2. The Supplier shall then refund the amounts paid for the undelivered part and compensate the Buyer's losses.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Wuhu Arbitration Commission for arbitration in Wuhu.
H:16. Miscellaneous
P:16.1 This Contract is signed in two originals in English and Chinese. Annexes 1 to 3 form part of the Contract.
P:16.2 Any amendment to this Contract shall be made in writing and signed by authorised representatives of both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: __________                        Date: __________
"""

# ----------------------------------------------------------------------------------------------------------------
# e04 managed service, French vendor, MD with schedules as tables, Clause N / N.N
H484E04 = """# MANAGED NETWORK SERVICES AGREEMENT

**Agreement No.** RHN-CN-2026-009

**Between**

**Hunan Xinjia Supermarket Chain Co., Ltd.**, Yuelu District, Changsha, Hunan Province, PRC (the "Customer"), and

**Rhônet Services SAS**, Quai Perrache, 69002 Lyon, France, acting through its branch in Changsha (the "Provider").

**Background.** The Customer runs 46 supermarkets in Hunan, a head office and a distribution centre. It wishes to outsource the operation of its store network (store routers, SD-WAN, store Wi-Fi and firewalls) to a single provider for a fixed monthly charge. The Provider offers managed network services from its network operations centre (NOC) in Changsha.

## Clause 1 Definitions

1.1 "Services" means the managed network services described in Schedule 1.

1.2 "Sites" means the 46 stores, the head office and the distribution centre listed in Schedule 1.

1.3 "Service Commencement Date" means the date on which the Customer signs the transition acceptance certificate under Clause 4.

1.4 "Term" means 24 months from the Service Commencement Date.

1.5 "Customer Data" means all data of the Customer and its shoppers that passes through or is stored in the managed network, including configurations, logs and Wi-Fi user records.

## Clause 2 Services

2.1 The Provider shall provide the Services at the Sites during the Term in accordance with Schedule 1 and the service levels in Schedule 2.

2.2 The Provider shall supply, install and own the store routers, Wi-Fi access points and store firewalls listed in Schedule 1, and shall replace any faulty unit at its own cost.

2.3 The Provider shall keep a stock of spare routers, firewalls and access points in Changsha sufficient to replace faulty units at any store within the restoration times in Schedule 2.

2.4 The Customer shall provide power, rack space and internet access lines at each Site and shall give the Provider's engineers access to the Sites during opening hours, or at night with one day's notice.

## Clause 3 Charges and Payment

3.1 The charges are set out in Schedule 3. At the Customer's request all charges are stated and invoiced in CNY and include VAT.

3.2 The Monthly Recurring Charge is invoiced monthly in arrears from the Service Commencement Date and is payable within 30 days after invoice.

3.3 The one-time transition fee is invoiced after the Customer signs the transition acceptance certificate. No payment is due before the Service Commencement Date.

## Clause 4 Transition and Acceptance

4.1 The Provider shall complete the transition of all Sites within 75 days after signature of this Agreement, following the transition plan in Schedule 1.

4.2 The transition is accepted when: (a) all 48 Sites are connected through the SD-WAN with primary and backup lines tested by failover; (b) store point-of-sale, scale and payment traffic runs without error for 14 consecutive days; (c) the guest Wi-Fi login with SMS verification works at every store; (d) the NOC monitoring covers every managed device and alarms reach the Customer's IT duty phone; (e) network diagrams, configuration backups and the operations manual have been delivered.

4.3 When these criteria are met, the Customer shall sign the transition acceptance certificate within five working days.

4.4 If the Service Commencement Date is later than the date in Clause 4.1 for reasons attributable to the Provider, the Provider shall pay CNY 1,200 for each day of delay, up to CNY 60,000.

## Clause 5 Service Levels and Credits

5.1 The Provider shall meet the service levels in Schedule 2. Performance is measured by the NOC monitoring system and reported to the Customer each month.

5.2 If a service level in Schedule 2 is missed, the Provider shall grant the service credits in Schedule 2, deducted from the next invoice. Service credits do not limit the Customer's other rights.

## Clause 6 Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Services and shall not copy, sell or disclose it.

6.2 The Provider shall keep all Customer Data in mainland China, manage devices only through its NOC with named accounts and multi-factor authentication, keep configuration changes and access logs for 180 days, apply security patches within 30 days of release, and comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

6.3 The Provider shall report any security incident affecting the Customer's network or Customer Data to the Customer within 2 hours, shall contain and remedy it, and shall be responsible for the Customer's losses, fines and costs of notification caused by its failure to comply with this Clause 6.

## Clause 7 Confidentiality

7.1 Each party shall keep confidential the other party's non-public information, including store sales data, network designs and passwords, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.

## Clause 8 Intellectual Property

8.1 The network designs, configurations, scripts and documents prepared for the Customer belong to the Customer, which may use and modify them and give them to another provider at the end of the Term.

8.2 The Provider's monitoring tools and know-how remain the property of the Provider.

## Clause 9 Subcontracting

9.1 The Provider may engage subcontractors for on-site field work at the stores (cabling, device swaps and site surveys) by giving the Customer written notice of the subcontractor's name and scope. The Provider remains responsible for its subcontractors.

## Clause 10 Liability

10.1 The Provider's total liability under this Agreement shall not exceed 150% of the Total Contract Value, except for liability under Clause 6, for personal injury or for wilful misconduct, which is not limited.

## Clause 11 Term and Termination

11.1 This Agreement ends at the end of the Term. Any extension requires a written amendment signed by both parties.

11.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after notice, or if the availability in Schedule 2 is missed in three consecutive months.

11.3 At the end of this Agreement, the Provider shall support the transfer of the Services to the Customer or a new provider for up to 60 days at the same rates and shall sell the installed devices to the Customer at their net book value if the Customer so requests.

## Clause 12 Governance and Changes

12.1 The parties shall hold a service review every month to discuss the service report, incidents, planned changes and new store openings. The Provider's service manager shall attend in person at least once a quarter.

12.2 New stores shall be added to the Services at the Monthly Recurring Charge per store in Schedule 3 from the month in which they are connected. Closed stores shall be removed from the following month.

12.3 Changes to the network design that affect payment or point-of-sale traffic require the Customer's written approval and a tested fallback plan, and shall be carried out after store closing hours.

## Clause 13 Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha.

## Schedule 1 — Sites and Managed Devices

| Site type | Number of sites | Managed devices per site |
|---|---|---|
| Supermarket stores | 46 | 1 SD-WAN router, 1 firewall, 6 Wi-Fi access points |
| Head office | 1 | 2 SD-WAN routers, 2 firewalls, 24 Wi-Fi access points |
| Distribution centre | 1 | 2 SD-WAN routers, 1 firewall, 18 Wi-Fi access points |

## Schedule 2 — Service Levels and Service Credits

| Service level | Target | Service credit if missed |
|---|---|---|
| Availability of head office and distribution centre connectivity | 99.95% per month | 5% of the month's Monthly Recurring Charge per 0.1 percentage point below target |
| Priority 1 (a store offline or the head office link down): response | within 6 hours | CNY 500 per hour late |
| Priority 1: restoration | within 12 hours | CNY 1,000 per hour late |
| Priority 2 (degraded service or a single device failed): response | within 8 hours | CNY 200 per hour late |
| Monthly service report | by the 5th working day | CNY 500 per report late |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly Recurring Charge | 46 stores × CNY 1,450 per store per month, head office and distribution centre included | 66,700 per month |
| Monthly Recurring Charges over the Term | 24 months × CNY 66,700 | 1,600,800 |
| Transition fee (one-time) | fixed | 59,200 |
| **Total Contract Value** | | **1,660,000** |

Signed for the Customer: ____________________ Date: __________

Signed for the Provider: ____________________ Date: __________
"""

# ----------------------------------------------------------------------------------------------------------------
# e05 data API subscription, Swiss vendor, TXT, UPPER-CASE HEADINGS
H484E05 = """WEATHER AND CROP DATA API SUBSCRIPTION AGREEMENT

Agreement number: AGM-API-CN-2026-052

PARTIES

Agrometeo Data AG, Avenue de la Gare, 1003 Lausanne, Switzerland ("Agrometeo" or the "Provider"); and

Henan Fengyuan Seed Industry Co., Ltd., Jinshui District, Zhengzhou, Henan Province, People's Republic of China (the "Customer").

BACKGROUND

The Customer breeds and sells wheat and maize seed and runs field trials at about 320 sites in northern China. It wishes to feed weather observations, forecasts and crop-stage models into its own trial management and sales planning systems. Agrometeo operates a data platform that delivers these data through an application programming interface (the "API"). The parties therefore agree as follows.

1. DEFINITIONS

1.1 "Data Services" means access to the API and the data sets described in clause 2.

1.2 "Subscription Year" means each consecutive period starting on the Service Start Date or on an anniversary of it.

1.3 "Subscription Term" means two Subscription Years from the Service Start Date.

1.4 "Service Start Date" means the date of the integration acceptance certificate under clause 5.

1.5 "Customer Data" means the trial site coordinates, trial results, crop information and any other data that the Customer submits to the API, and all query logs relating to the Customer.

1.6 "Integration Deliverables" means the connector scripts, data mappings and documentation that Agrometeo develops for the Customer under clause 5.

2. DATA SERVICES

2.1 During the Subscription Term, Agrometeo shall provide the Customer with API access to: (a) hourly weather observations and 14-day forecasts for any point in mainland China on a 3 km grid; (b) historical weather series from 1991; (c) growing degree days and crop-stage models for wheat and maize; (d) drought and frost risk alerts for the Customer's registered trial sites.

2.2 The subscription includes up to 2,000,000 API calls per Subscription Year. Additional calls are charged at the overage rate in clause 3.

2.3 Data are delivered in JSON or CSV format through a documented REST API. Agrometeo shall give the Customer at least 60 days' notice of any change to the API that is not backward compatible and shall keep the previous version available during that period.

2.4 The Customer may use the data internally and may show derived results to its distributors and growers in its own reports and applications, but may not resell the raw data.

3. FEES

3.1 At the Customer's request, all fees are stated in CNY and include VAT.

3.2 Subscription fee: CNY 236,000 per Subscription Year, CNY 472,000 for the Subscription Term.

3.3 Integration services (one-time, fixed price): CNY 38,000.

3.4 Total contract value: CNY 510,000. Overage calls, if any, are charged in addition at CNY 20 per 1,000 calls and are not part of the total contract value.

3.5 The subscription fee is invoiced quarterly in advance (CNY 59,000 per quarter) from the Service Start Date. The integration fee is invoiced after the integration acceptance certificate is signed. No fee is payable before the Service Start Date. Invoices are payable within 30 days.

4. SERVICE LEVELS

4.1 The API shall be available at least 99.95% of each calendar month, measured at the Provider's API gateway, excluding maintenance announced at least 72 hours in advance and performed between 01:00 and 05:00 China Standard Time.

4.2 Priority 1 incidents (the API is unavailable, or forecasts are not updated for more than six hours) shall be responded to within 1 hour and resolved within 8 hours. Priority 2 incidents (a single data set delayed or incorrect) shall be responded to within 8 hours. Other requests shall be answered within two working days.

4.3 For each month in which availability is below the level in clause 4.1, the Customer shall receive a service credit of 10% of the monthly share of the subscription fee for each started 0.1 percentage point of shortfall, up to that month's full share. For each hour by which a Priority 1 response is late, the Customer shall receive a credit of CNY 300. Credits are deducted from the next invoice.

5. INTEGRATION AND ACCEPTANCE

5.1 Agrometeo shall provide API credentials and a test environment within 10 days after signature and shall develop connector scripts and data mappings that load the data into the Customer's trial management system and its sales planning data warehouse.

5.2 Integration acceptance requires that: (a) forecasts and observations for all registered trial sites load automatically every hour for ten consecutive days without gaps; (b) values for 20 sample sites match the API output; (c) the median API response time is below 500 milliseconds; (d) the documentation of the Integration Deliverables has been delivered.

5.3 When these criteria are met, the Customer shall sign an integration acceptance certificate within five working days.

5.4 If Agrometeo fails to provide credentials and the test environment by the date in clause 5.1, it shall pay CNY 500 for each day of delay, up to CNY 20,000.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. Agrometeo shall use Customer Data only to provide the Data Services to the Customer and shall not use it for any other purpose, including product development or analytics for other customers, and shall not disclose it to third parties.

6.2 Customer Data shall be processed only on servers located in mainland China, operated by Agrometeo's hosting partner in Beijing. Agrometeo shall encrypt Customer Data in transit and at rest, restrict access to named staff, keep access logs for one hundred and eighty days and delete Customer Data within 30 days after the end of this Agreement.

6.3 Agrometeo shall notify the Customer of any breach of security affecting Customer Data within 24 hours after discovering it and shall take all necessary steps to contain it. Agrometeo is liable for all losses of the Customer caused by a breach of this clause 6.

6A. CUSTOMER OBLIGATIONS AND DATA QUALITY

6A.1 The Customer shall keep its API credentials secure, shall use the API only within the call volume in clause 2.2 unless it accepts overage charges, and shall tell Agrometeo promptly if it suspects misuse of its credentials.

6A.2 Agrometeo shall check incoming observations for plausibility, correct errors found in historical series within ten working days after they are reported, and publish a quarterly report on forecast accuracy for the Customer's region.

6A.3 Weather forecasts are predictions. Agrometeo does not warrant that a forecast will prove correct, but it warrants that the data are produced with the methods and quality controls described in Annex 1.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, including the Customer's trial results and variety pipeline, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after the end of this Agreement.

8. INTELLECTUAL PROPERTY

8.1 Agrometeo and its licensors retain all rights in the API, the data and the crop-stage models. The Customer receives a non-exclusive licence to use them under clause 2 during the Subscription Term and may keep and use data downloaded during the Subscription Term for its internal archives.

8.2 The Integration Deliverables belong to the Customer on payment. The Customer may use, copy and modify them and have them maintained by third parties.

9. SUBCONTRACTING

9.1 Apart from the hosting partner in Beijing named in Annex 1, Agrometeo shall not subcontract any part of the Data Services without the Customer's prior written consent.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 200% of the total contract value. This limit does not apply to a breach of clause 6, to personal injury or to wilful misconduct.

11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically. Any renewal requires a new order signed by both parties at fees agreed at that time.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice. If the Customer terminates for Agrometeo's breach, Agrometeo shall refund the fees paid for the period after termination.

12. GOVERNING LAW AND JURISDICTION

12.1 This Agreement is governed by the substantive laws of Switzerland, excluding its conflict-of-law rules and the United Nations Convention on Contracts for the International Sale of Goods.

12.2 The ordinary courts of the city of Zurich, Switzerland, have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.

13. GENERAL

13.1 Notices shall be given in writing by courier or by email with confirmation of receipt to the addresses above.

13.2 This Agreement, including Annex 1 (data set specification and hosting partner), is the entire agreement of the parties on its subject matter.

SIGNATURES

For Agrometeo Data AG: ____________________ Date: __________

For Henan Fengyuan Seed Industry Co., Ltd.: ____________________ Date: __________
"""

# ----------------------------------------------------------------------------------------------------------------
FILES = {  # key: (file name, language, format)
    "h484z01": ("h484z01_hazchem_monitoring_platform_licence.pdf", "zh", "pdf"),
    "h484z02": ("h484z02_wire_drawing_control_retrofit.docx", "zh", "docx"),
    "h484z03": ("h484z03_driving_school_scheduling_saas.txt", "zh", "txt"),
    "h484z04": ("h484z04_maternity_hospital_it_operations.txt", "zh", "txt"),
    "h484z05": ("h484z05_cured_meat_cold_chain_supplier_template.md", "zh", "md"),
    "h484e01": ("h484e01_maintenance_software_licence_be_vendor.pdf", "en", "pdf"),
    "h484e02": ("h484e02_route_planning_saas_order_form_nl_vendor.md", "en", "md"),
    "h484e03": ("h484e03_cement_plant_sensors_lu_vendor.docx", "en", "docx"),
    "h484e04": ("h484e04_supermarket_managed_network_fr_vendor.md", "en", "md"),
    "h484e05": ("h484e05_weather_data_api_ch_vendor.txt", "en", "txt"),
}
SRC = {"h484z01": H484Z01, "h484z02": H484Z02, "h484z03": H484Z03, "h484z04": H484Z04, "h484z05": H484Z05,
       "h484e01": H484E01, "h484e02": H484E02, "h484e03": H484E03, "h484e04": H484E04, "h484e05": H484E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def T(*vals):
    assert len(vals) == len(TERM_KEYS)
    return dict(zip(TERM_KEYS, vals))


G, S = "goods_or_licence", "service"
# (category, terms, extra-without-value, contract_value, design: TCO fee base / forum outside mainland)
LABELS = {
    "h484z01": ("software", T(None, 0.5, False, "buyer", True, True, True, 0.02, None, 25, True, True, 36, 8,
                              False, True, False, "PRC", G), dict(capped=True, deemed=False), 2260000),
    "h484z02": ("hardware", T(None, 1, True, "buyer", True, True, False, 0.1, None, 20, True, True, 24, 9,
                              False, False, False, None, G), dict(capped=True, deemed=False), 1300000),
    "h484z03": ("cloud", T(99.5, 0.5, True, "buyer", True, True, True, 0.08, 200, None, True, None, None, None,
                           True, True, False, "PRC", S), dict(deemed=False), 1000000),
    "h484z04": ("services", T(99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None,
                              False, True, False, "PRC", S), dict(deemed=False), 868000),
    "h484z05": ("software", T(None, None, False, "supplier", True, False, True, None, 520000 / 650000 * 100, 50,
                              False, False, 6, 25, False, True, True, None, G),
                dict(sla=False, ld=False, capped=True, deemed=True), 650000),
    "h484e01": ("software", T(None, 1, True, "buyer", False, True, True, 0.02, 150, 20, True, True, 18, 11,
                              False, True, False, "PRC", G), dict(capped=True, deemed=False), 858000),
    "h484e02": ("cloud", T(99.95, 0.5, True, "buyer", True, True, True, 900 / 914000 * 100, 300000 / 914000 * 100,
                           None, True, None, None, None, True, True, False, "Netherlands", S),
                dict(deemed=False), 914000),
    "h484e03": ("hardware", T(None, 1, True, "buyer", True, True, True, 0.1, None, 10, True, True, 36, 8,
                              False, True, False, "PRC", G), dict(capped=True, deemed=False), 1060000),
    "h484e04": ("services", T(99.95, 6, True, "buyer", True, True, True, 1200 / 1660000 * 100, 150, None, True, None,
                              None, None, False, True, True, "PRC", S), dict(deemed=False), 1660000),
    "h484e05": ("cloud", T(99.95, 1, True, "buyer", True, True, True, 500 / 510000 * 100, 200, None, True, None,
                           None, None, False, True, False, "Switzerland", S), dict(deemed=False), 510000),
}
# my own design: TCO fee base (itemised licence / hardware subtotal) for goods contracts; forums are all named in
# the texts (mainland courts / commissions except e02 Amsterdam and e05 Zurich, where a foreign law is chosen too)
FEE_BASE = {"h484z01": 1260000, "h484z02": 1120800, "h484z05": 520000, "h484e01": 548000, "h484e03": 959480}
FORUM_OUTSIDE = {"h484e02", "h484e05"}
PRICE_SUMS = {  # key: (items, value)
    "h484z01": ([1260000, 780000, 186000, 34000], 2260000),
    "h484z02": ([8 * 46500, 24 * 13800, 24 * 6200, 8 * 5600, 68000, 156000, 138000, 41200], 1300000),
    "h484z03": ([11 * 26000 * 3, 124000, 18000], 1000000),
    "h484z04": ([486000, 96000, 128000, 112000, 46000], 868000),
    "h484z05": ([520000, 96000, 34000], 650000),
    "h484e01": ([180000, 60 * 4200, 40 * 2900, 196000, 88000, 26000], 858000),
    "h484e02": ([3 * (168000 + 120 * 960), 64400], 914000),
    "h484e03": ([180 * 2650, 96 * 1180, 12 * 18600, 146000, 84000, 16520], 1060000),
    "h484e04": ([24 * 46 * 1450, 59200], 1660000),
    "h484e05": ([2 * 236000, 38000], 510000),
}
DESIGN = {  # the rules I meant each draft to carry
    "h484z01": ["CR-LD-LOW", "CR-SLA-NO-REMEDY"],
    "h484z02": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "h484z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "h484z04": [],
    "h484z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
                "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h484e01": ["CR-DATA-SECURITY", "CR-LD-LOW"],
    "h484e02": ["CR-AUTO-RENEWAL", "CR-GOVERNING-LAW", "CR-LIABILITY-CAP"],
    "h484e03": [],
    "h484e04": ["CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
    "h484e05": ["CR-GOVERNING-LAW"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def label(key):
    cat, terms, ex, value = LABELS[key]
    extra = {"sla_clause": ex.get("sla", True), "ld_stated": ex.get("ld", True)}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = ex["capped"]
    extra["acceptance_deemed_on_delivery"] = ex["deemed"]
    extra["contract_value"] = value
    name, lang, _ = FILES[key]
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra}


def tco(key, lab):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = FEE_BASE[key] * t["post_warranty_fee_pct"] / 100 * years
    return fees / (x["contract_value"] + fees) * 100


def rules_from_label(key, lab):
    """My own reading of policy.md section 3 over the label."""
    t, x = lab["expected_terms"], lab["expected_extra"]
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
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco(key, lab)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------- threshold scan ----------------
PCT = r"\s*(?:%|％|per\s?cent)"
THRESHOLD_RES = [re.compile(p, re.I) for p in [
    r"(?<![\d.])99\.9(?!\d)", r"百分之九十九点九(?![一-九])",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|钟头|hours?|hrs?|h\b)", r"(?<!十)四\s*(?:个)?\s*(?:小时|钟头)",
    r"\bfour[\s-]hours?\b", r"(?<![\d.])240\s*(?:分钟|minutes?)", r"二百四十分钟",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![十百千\d])", r"千分之零点五", r"(?<![\d.])0\.0005(?!\d)",
    r"(?<![\d.])100" + PCT, r"百分之(?:一)?百", r"one hundred per\s?cent",
    r"(?<![\d.])30" + PCT, r"百分之三十(?![一-九])", r"三成", r"thirty per\s?cent",
    r"(?<![\d.])12[\s-]*(?:个月|months?)", r"十二个月", r"twelve[\s-]*(?:\(12\)\s*)?months?", r"一年",
    r"(?<![\d.])1\s*年(?!度)", r"\bone[\s-]years?\b", r"(?<![\d.])1[\s-]years?\b",
    r"(?<![\d.])15" + PCT, r"百分之十五", r"fifteen per\s?cent",
    r"(?<![\d.])40" + PCT, r"百分之四十", r"四成", r"forty per\s?cent",
    r"(?<![\d.])5\s*(?:年|years?)(?!度)", r"五年", r"\bfive[\s-]years?\b", r"(?<![\d.])60[\s-]*(?:个月|months?)",
    r"六十个月", r"sixty[\s-]months?",
]]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "4 hours", "four hours", "240分钟", "240 minutes",
            "0.05%", "万分之五", "100%", "100 per cent", "百分之百", "30%", "百分之三十", "三成", "12个月",
            "12 months", "十二个月", "twelve months", "一年", "第一年", "one year", "one-year", "15%", "百分之十五",
            "40%", "四成", "百分之四十", "5年", "5 年", "五年", "five years", "5 years", "60 months", "60个月"]
MUST_MISS = ["24小时", "24 hours", "二十四小时", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "2026 年",
             "万分之五十", "服务年度", "Subscription Year", "0.055%", "130%", "14 hours", "25年", "36 months",
             "160 months", "0.5%", "5%", "45%", "350%", "1,200", "12 小时", "120 日"]


def threshold_hits(text):
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    return sorted({m.group(0) for v in variants for rx in THRESHOLD_RES for m in rx.finditer(v)})


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), "must miss: %s %s" % (s, threshold_hits(s))


# ---------------- read back ----------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    built = {k: v for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    write({k: SRC[k] for k in built}, {k: (v[0], v[2]) for k, v in built.items()}, OUT, wrap_words=True)
    for k, (name, lang, fmt) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SRC[k], encoding="utf-8")
            print("wrote", name)
    problems, covered = [], set()
    for k, (name, lang, fmt) in FILES.items():
        items, value = PRICE_SUMS[k]
        assert sum(items) == value == LABELS[k][3], k
        lab = label(k)
        rules = rules_from_label(k, lab)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        lab["expected_rules"] = rules
        covered |= set(rules)
        t = lab["expected_terms"]
        for key, thr in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                         ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                         ("post_warranty_fee_pct", 15)]:
            assert t[key] is None or abs(t[key] - thr) > 1e-9, (k, key)
        share = tco(k, lab)
        assert share is None or abs(share - 40) > 2, (k, share)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        text = read_back(OUT / name)
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        hits = threshold_hits(text) + threshold_hits(SRC[k])
        print("%-55s %s %5d %s risk=%s tco=%s rules=%s" % (name, lang, n, "ok " if lo <= n <= hi else "LEN",
              risk(rules), None if share is None else round(share, 2), ",".join(r[3:] for r in rules)))
        if not lo <= n <= hi:
            problems.append("%s length %d" % (name, n))
        if hits:
            problems.append("%s threshold figures %s" % (name, hits))
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append("rules not covered: %s" % sorted(missing))
    mix = [risk(rules_from_label(k, label(k))) for k in FILES]
    print("risks:", mix)
    if problems:
        print("PROBLEMS:\n  " + "\n  ".join(problems))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
