"""holdout1009: builds the ten held-out draft contracts, writes their .json labels and checks them.

Run from this folder:  /work/main/.venv/bin/python -B make_files.py
- .txt / .md are written from the sources below as they are; .docx / .pdf are built by ../word_pdf.py
  (markup T:/H:/P:/TB:, PDFs wrapped at word boundaries).
- Labels are written from LABELS below (one-space indent, no trailing newline, key order as holdout19).
- Checks: every draft's rules, derived from its labels by this file's reading of policy section 3, equal the design
  list; all 20 CR rules are covered; lengths as read back are in range; no label value equals a policy threshold;
  no built file, read back raw / whitespace-collapsed / whitespace-free, states a threshold figure (regex self-tested);
  price and payment sums add up; TCO shares are not within 2 points of the threshold.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (.pdf, 第X条 with 1.1 sub-clauses)
Z01 = """T:江州市人民调解管理平台建设项目合同
P:合同编号：JZSF-2026-HT-031
P:甲方（采购人）：江州市司法局
P:乙方（供应商）：南岳和信软件有限公司
P:根据江州市人民调解管理平台建设项目（采购项目编号 JZCG-2026-0417）公开招标结果，乙方为中标供应商。依据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、投标文件，双方经协商一致，订立本合同。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供人民调解管理平台软件许可（永久使用，不限用户数，覆盖市、县区、乡镇街道三级调解组织），并完成定制开发、历史数据迁移、部署实施和培训。
P:1.2 合同总价为人民币壹佰柒拾玖万元整（¥1,790,000），其中：平台软件许可费 ¥860,000；定制开发费 ¥724,000（调解案件全流程管理、矛盾纠纷分流与多元化解、司法确认线上对接、群众端微信小程序、调解员绩效考核）；历史数据迁移费 ¥118,000；部署实施及培训费 ¥88,000。
P:1.3 合同总价为固定总价，已包含软件许可、开发、迁移、部署、差旅、税费及质保期内的全部服务费用，甲方不再支付其他任何费用。
P:1.4 平台部署于江州市政务云，乙方应按政务云管理要求配合完成资源申请、安全加固、等级保护测评及上线备案工作，相关配合费用已包含在合同总价内。
H:第二条 实施周期
P:2.1 乙方应于合同签订后 120 日内完成全部开发与部署并提交初验申请；初验合格后系统进入 60 日试运行，试运行期满后进行终验。
P:2.2 乙方应在合同签订后 10 个工作日内提交实施方案及项目组成员名单。项目经理未经甲方书面同意不得更换。
P:2.3 因甲方原因（如需求确认、场地或网络条件未按时提供）造成工期延误的，工期相应顺延，乙方应在延误发生后 3 个工作日内书面说明。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方等额合法发票后 15 个工作日内，甲方支付合同总价的 20%（¥358,000）作为预付款。
P:3.2 初验合格后 15 个工作日内，甲方支付合同总价的 45%（¥805,500）。
P:3.3 终验合格并出具书面验收报告后 15 个工作日内，甲方支付合同总价的 35%（¥626,500）。
P:3.4 各期款项通过国库集中支付系统支付。
H:第四条 验收
P:4.1 初验标准：（1）需求规格说明书所列功能全部实现并逐项测试通过；（2）迁移记录条数与源库逐条比对一致，抽样核验字段无差错；（3）300 个并发用户下常用页面响应时间不超过 2 秒；（4）第三方测评机构出具的安全测评报告无高危漏洞。
P:4.2 终验标准：试运行期内无一级故障、二级故障累计不超过 3 次；源代码、部署手册、用户手册、培训记录齐全。甲方组织专家进行终验并出具书面验收报告。
P:4.3 系统上线运行、甲方使用系统或支付款项，均不视为验收合格。验收不合格的，乙方应在 15 日内整改并重新提交验收。
H:第五条 质量保证与维护
P:5.1 质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:5.2 质保期满后，如甲方续购维护服务，年度维护费不高于平台软件许可费的 9%（即每年不超过 ¥77,400），该价格在质保期满后三年内不得上调。维护服务按年另行签订合同，不自动续期。
H:第六条 服务水平
P:6.1 质保期内，平台月可用率不低于 99.95%，经甲方同意的计划内维护时间不计入不可用时间。
P:6.2 一级故障（平台整体不可用、调解数据无法写入或司法确认接口中断）乙方应在 30 分钟内响应，2 小时内到达现场，8 小时内恢复；二级故障 2 小时内响应，24 小时内解决；三级故障在下一版本中修复。
P:6.3 乙方响应或恢复每迟延一小时，向甲方支付违约金 ¥1,000；月可用率每低于承诺值 0.01 个百分点，乙方向甲方支付 ¥2,000。上述款项甲方可从应付款项中直接扣除。
H:第七条 知识产权
P:7.1 平台软件的既有知识产权归乙方所有，甲方在本合同范围内享有永久、不可撤销的使用权。
P:7.2 为本项目定制开发的程序、接口、小程序及其源代码和文档的知识产权归甲方所有，乙方应在终验时交付完整源代码。甲方可自行或委托第三方修改、使用和部署上述成果。
H:第八条 数据安全
P:8.1 平台中的调解案件、当事人个人信息及全部业务数据归甲方所有，乙方仅可为履行本合同使用，不得用于任何其他目的。
P:8.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，按等级保护第三级要求采取访问控制、加密存储、操作审计等措施；运维操作须经甲方审批并通过堡垒机进行，不得将数据复制出甲方环境。
P:8.3 发生或可能发生数据泄露、篡改、丢失时，乙方应在 1 小时内报告甲方并立即处置；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、当事人信息及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因本合同终止而免除。
P:9.2 乙方应与全部项目人员签订保密承诺书，并对其行为承担责任。
H:第十条 违约责任
P:10.1 乙方未按第二条约定期限提交初验申请或完成终验的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付成果不符合约定的，应在甲方限定期限内免费整改；整改后仍不合格的，甲方可拒绝验收。
P:10.3 乙方违约给甲方造成损失的，除支付违约金外，还应赔偿甲方因此遭受的全部损失。
H:第十一条 分包与转让
P:11.1 乙方不得将本合同项下任何工作转包或分包，也不得转让本合同权利义务。
H:第十二条 合同解除
P:12.1 乙方逾期超过 30 日，或交付成果经两次整改仍不合格，或有其他严重违约行为经甲方书面催告后 15 日内仍未纠正的，甲方有权书面通知解除本合同，乙方应返还已收款项并承担违约责任。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同，互不承担违约责任。
P:12.3 遭遇不可抗力的一方应在 3 日内书面通知对方，并在 15 日内提供有关机关出具的证明，同时采取合理措施减少损失。
H:第十三条 培训与交付文档
P:13.1 乙方应为甲方及各县区司法局管理员提供不少于 3 期集中培训，为乡镇街道调解员提供线上培训课程及操作视频，培训效果以甲方组织的考核为准。
P:13.2 乙方应在终验前交付需求规格说明书、概要及详细设计、数据字典、接口文档、部署手册、运维手册、用户手册、测试报告及源代码，文档应与最终交付版本一致。
P:13.3 乙方应指定驻场工程师不少于 2 名，在试运行期间全程驻场，协助甲方处理调解员使用中的问题，并每周提交运行情况报告。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 争议由双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江州市司法局    乙方（盖章）：南岳和信软件有限公司
P:签订日期：______年____月____日
"""

# ---------------------------------------------------------------- z02 (.docx, 第X条, Word price table)
Z02 = """T:生产线控制系统改造项目合同
P:合同编号：HGJ-ZD-2026-118
P:甲方（买方）：湖州恒烘干燥设备有限公司
P:乙方（卖方）：杭州启衡自动化工程有限公司
P:甲方为提升滚筒焊接线、喷涂线、总装线和整机测试线四条生产线的自动化及能耗管理水平，委托乙方实施控制系统改造。双方依据《中华人民共和国民法典》，经平等协商订立本合同。
H:第一条 改造范围
P:1. 乙方负责四条生产线原有继电器控制及分散仪表的拆除，新 PLC 控制柜、触摸屏操作站、变频器、温湿度及能耗传感器、工业环网的供货与安装，产线监控软件（SCADA）的部署与组态，以及与甲方现有 MES 系统的数据对接。
P:2. 改造须分线实施，每条线停线切换时间不得超过 72 小时，具体停线窗口由甲方生产部书面确认。
P:3. 甲方负责提供施工用电、临时存放场地及停线窗口，并指定生产部一名负责人协调现场工作；乙方应指派具有 PLC 及变频器调试经验的项目经理常驻现场，直至终验完成。
H:第二条 合同价格
P:1. 合同总价为人民币壹佰捌拾壹万陆仟元整（¥1,816,000），为固定总价，明细如下表：
TB:序号|名称|规格及说明|数量|单价（元）|金额（元）
TB:1|PLC 控制柜|含 CPU、I/O 模块、柜体及柜内接线|4 套|168,000|672,000
TB:2|触摸屏操作站|21.5 英寸工业一体机|8 台|12,500|100,000
TB:3|变频器|风机、输送电机用，含电抗器|36 台|9,500|342,000
TB:4|温湿度及能耗传感器|烘道温湿度、电能计量|120 个|1,450|174,000
TB:5|工业交换机及光纤环网|环网冗余，含光缆敷设材料|6 套|23,000|138,000
TB:6|产线监控软件（SCADA）许可|永久授权，2,000 点|1 套|196,000|196,000
TB:7|MES 数据接口软件|工单、产量、能耗双向接口|1 套|98,000|98,000
TB:设备及软件小计|||||1,720,000
TB:8|安装调试及停线切换|四条线|1 项|76,000|76,000
TB:9|操作及维护培训|含培训教材|1 项|20,000|20,000
TB:合同总价|||||1,816,000
P:2. 上述价格已包含运输、保险、安装、调试、税费及质保期内的全部服务费用，甲方不再另行支付任何费用。
H:第三条 付款
P:1. 合同生效后 10 个工作日内，甲方支付合同总价的 10%（¥181,600）作为预付款。
P:2. 全部设备到货并完成安装、四条线恢复生产后，甲方支付合同总价的 55%（¥998,800）。到货签收及恢复生产均不代表质量验收合格。
P:3. 终验合格后 20 个工作日内，甲方支付合同总价的 35%（¥635,600）。
P:4. 乙方应在每期付款前开具等额增值税专用发票。
H:第四条 交货与工期
P:1. 乙方应在合同生效后 45 日内完成全部设备到货，90 日内完成四条线的改造及调试。
P:2. 乙方每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的 10%。逾期超过 30 日的，甲方有权解除合同。
P:3. 因甲方未按约定提供停线窗口或施工条件造成延误的，工期相应顺延。
H:第五条 验收
P:1. 验收标准：（1）设备型号、数量与本合同明细表一致，出厂合格证及检测报告齐全；（2）各线 I/O 点位逐点测试正确；（3）烘道温度控制偏差不超过 ±1.5 ℃；（4）SCADA 画面刷新不超过 2 秒，MES 接口工单、产量数据与现场计数逐日核对一致；（5）四条线连续满负荷运行 30 日无一级故障。
P:2. 满足上述标准后，由甲方组织终验并签署验收报告。安装完成、试生产或甲方使用设备均不视为终验合格。
P:3. 验收不合格的，乙方应在 15 日内整改并重新提交验收，由此产生的费用由乙方承担；两次验收仍不合格的，甲方有权解除合同并要求乙方退还已收款项。
H:第六条 质保与售后服务
P:1. 质保期为十八个月，自终验合格之日起计算。质保期内乙方免费维修或更换故障设备和部件，免费提供软件升级。
P:2. 一级故障（任一条生产线因控制系统停机）乙方应在 1 小时内响应，8 小时内到达现场；二级故障（单台设备或单个功能异常）应在 2 小时内响应，48 小时内处理完毕。
P:3. 质保期满后，乙方提供年度维保服务（含定期巡检、备件更换、软件升级及远程支持），年度维保费为设备及软件小计的 24%，即每年人民币 ¥412,800，该费用在质保期满后五年内固定不变，由甲方按年下达维保订单。
P:4. 乙方应在终验时向甲方移交一套随机备品备件（PLC I/O 模块、变频器控制板、传感器各不少于 2 件）及全部设备参数备份，并保证停产后五年内的备件供应。
H:第七条 知识产权
P:1. SCADA 软件的既有知识产权归其权利人所有，甲方享有永久使用权。
P:2. 乙方为本项目编写的 PLC 程序、组态工程文件、MES 接口程序及其源代码归甲方所有，乙方应在终验时一并交付，甲方可自行修改或委托他人维护。
H:第八条 数据安全
P:1. 改造后系统采集的生产、工艺、能耗数据均属于甲方，乙方不得复制、保留或用于本合同以外的任何用途。
P:2. 乙方远程维护须经甲方逐次审批，通过甲方指定的 VPN 和堡垒机接入，操作全程留痕；乙方应确保其设备及工具无病毒和后门。
P:3. 发生数据泄露、篡改或网络安全事件的，乙方应在 2 小时内通知甲方并配合处置；因乙方原因造成的，由乙方承担全部责任。
H:第九条 保密
P:乙方对履约中获悉的甲方工艺参数、产品图纸、产能及客户信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密期限至本合同终止后五年。乙方应与参与本项目的人员签订保密协议。
H:第十条 分包
P:乙方不得转包本合同。电缆敷设等辅助性工作确需分包的，应事先取得甲方书面同意，并向甲方提供分包单位的资质证明，乙方对分包工作承担全部责任。
H:第十一条 合同解除
P:乙方严重违约，经甲方书面通知后 10 日内仍未纠正的，甲方有权解除本合同，乙方应退还已收款项、支付违约金并赔偿甲方损失。
H:第十二条 法律适用及争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交湖州仲裁委员会仲裁，仲裁裁决为终局裁决，对双方均有约束力。
H:第十三条 安全生产与现场管理
P:1. 乙方进场人员应遵守甲方厂区安全、消防及 6S 管理制度，电工、焊工等特种作业人员须持证上岗。动火、登高及带电作业前应办理甲方作业许可。
P:2. 乙方在施工中造成甲方设备、在制品或人员损害的，应负责修复并赔偿；乙方人员自身的人身安全由乙方负责。
P:3. 拆除的旧控制柜、仪表及电缆归甲方所有，乙方应按甲方指定地点分类堆放，不得擅自处置。
H:第十四条 培训
P:乙方应在每条线切换后 10 日内分别为甲方操作工、设备维修工和工艺工程师提供现场培训，内容包括触摸屏操作、报警处理、配方管理、变频器参数备份与恢复、常见故障排查，培训结束后由甲方组织考核，考核不合格的人员乙方应免费再培训。
H:第十五条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，在不可抗力影响范围内免除责任；不可抗力持续超过 60 日的，双方可协商解除合同。
H:第十六条 其他
P:本合同一式四份，双方各执二份，自双方签字盖章之日起生效。附件：技术规格书、停线切换方案、培训计划。
P:甲方（盖章）：                乙方（盖章）：
"""

# ---------------------------------------------------------------- z03 (.txt, 一、/（一）/1.)
Z03 = """母婴护理门店预约及会员管理系统服务合同

合同编号：YZ-SAAS-2026-0093
甲方（客户）：上海安禾母婴护理管理有限公司
乙方（服务商）：杭州云栖恒数科技有限公司

甲方经营"安禾月子会所"连锁门店共 30 家。甲方拟使用乙方提供的预约及会员管理云服务（以下简称"本服务"），并委托乙方完成实施。双方依据《中华人民共和国民法典》订立本合同。

一、服务内容与服务期
（一）乙方通过其云平台向甲方 30 家门店提供以下功能：
1. 房态及入住预约、参观预约、护理排班；
2. 会员档案、储值卡及套餐管理、积分与会员等级；
3. 产妇及新生儿护理记录、膳食计划、满意度回访；
4. 门店收银、财务对账报表及总部经营驾驶舱；
5. 甲方微信公众号及小程序会员端。
（二）实施服务：系统初始化配置、各门店历史会员及储值数据迁移、与甲方财务系统的对接、总部及门店人员培训。
（三）服务期为两个服务年度。第一个服务年度自上线验收合格之日起计算，第二个服务年度自第一个服务年度届满之次日起计算。服务期内各门店账号不限用户数，总部账号数量不受限制。

二、费用及支付
（一）服务费按门店计收，每家门店每个服务年度人民币 9,600 元，30 家门店每个服务年度合计 288,000 元，两个服务年度合计 576,000 元。
（二）实施服务费为一次性费用人民币 86,000 元。
（三）合同总价为人民币 662,000 元（含 6% 增值税）。
（四）支付方式：
1. 实施服务费在上线验收合格后 15 个工作日内一次性支付；
2. 每个服务年度的服务费在该服务年度开始后 10 个工作日内支付；
3. 乙方应在付款前开具合规增值税专用发票。
（五）服务期内新增门店的，按每店每服务年度 9,600 元按实际天数折算，另行签订补充协议。
（六）服务期内乙方不得上调本合同约定的服务费单价。

三、实施与上线验收
（一）乙方应在合同签订后 45 日内完成实施并提交上线验收申请。
（二）上线验收标准：
1. 第一条所列功能在 30 家门店全部开通并经甲方逐项测试通过；
2. 历史会员档案及储值余额迁移后，由甲方财务逐店核对，差异为零；
3. 收银数据与甲方财务系统对账连续 7 日一致；
4. 高峰时段（200 个并发用户）预约提交响应时间不超过 3 秒。
（三）甲方在收到申请后 10 个工作日内组织验收并出具书面意见。未通过验收的，乙方应整改后重新提交。
（四）乙方未按期提交上线验收申请或验收未通过导致上线延误的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（五）上线验收通过前，乙方不得要求甲方支付任何费用。

四、服务水平
（一）本服务月可用率不低于 99.5%，计划内维护应安排在 0:00—6:00 并提前 48 小时通知甲方。
（二）故障分级及处理时限：
1. 一级故障（全部或多家门店无法预约、收银或登录）：30 分钟内响应，3 小时内恢复；
2. 二级故障（单店或单一功能不可用）：1 小时内响应，8 小时内恢复；
3. 三级故障（不影响使用的缺陷）：1 个工作日内响应，下一版本修复。
（三）服务补偿：月可用率每低于承诺值 0.5 个百分点，减免当月服务费的 5%；一级故障超过恢复时限的，每超过 1 小时减免当月服务费的 2%。减免金额在下期服务费中抵扣，服务期末的减免以退款方式结算。
（四）乙方应在每月 5 日前向甲方提供上月可用率及故障统计报告；甲方有异议的，以双方核对后的数据为准。

五、数据归属与数据安全
（一）甲方在本服务中录入、生成的会员信息、护理记录、交易记录等数据归甲方所有。
（二）乙方有权对上述数据进行去标识化处理后汇总分析，并将分析结果用于乙方的行业研究报告及产品优化。
（三）乙方应遵守《个人信息保护法》《数据安全法》，对产妇及新生儿健康信息等敏感个人信息采取加密存储、分级授权、操作日志留存等措施，系统部署于境内数据中心并通过等级保护第三级测评。
（四）发生数据泄露或安全事件的，乙方应在 2 小时内通知甲方，配合甲方履行告知及报告义务，并承担由此给甲方造成的损失。
（五）服务期满或合同解除后 30 日内，乙方应按甲方要求以通用格式交还全部数据，并在甲方确认后删除。

六、知识产权
（一）本服务平台及其底层软件的知识产权归乙方所有。
（二）乙方为甲方定制的报表、小程序页面、驾驶舱及接口程序，其知识产权归甲方所有，甲方有权自行使用、修改或委托第三方开发。
（三）乙方保证本服务及定制成果不侵犯第三方知识产权；因侵权引起的索赔由乙方负责处理并承担全部费用和赔偿。

七、保密
双方对因履行本合同知悉的对方商业秘密、客户信息及其他非公开信息负有保密义务，未经对方书面同意不得向第三方披露。乙方应与可接触甲方数据的员工签订保密协议。本条在合同终止后继续有效。

八、分包
乙方不得将本合同项下实施服务分包给第三方；确需分包的，应事先取得甲方书面同意。

九、双方的其他权利义务
（一）甲方应指定总部项目负责人及各门店联络人，按时提供门店资料、历史数据及测试配合，并妥善保管账号密码。
（二）甲方应确保其录入的会员个人信息已依法取得本人同意，并按乙方提供的操作规范使用本服务。
（三）乙方应为甲方配备专属客户成功经理，每季度提交服务报告，内容包括可用率、故障处理、需求处理进度及安全巡检结果。
（四）乙方应提供 7×24 小时服务热线及在线工单系统，并为新开门店提供远程培训。

十、版本升级与服务变更
（一）乙方对本服务的常规版本升级不另收费用，升级应安排在非营业高峰时段，重大升级应提前 10 个工作日通知甲方并提供升级说明。
（二）乙方不得在服务期内删减甲方已在使用的功能或降低服务水平。
（三）甲方提出的个性化需求，双方另行评估工作量并签订补充协议。

十一、续约
服务期满前 30 日内任何一方未书面提出异议的，本合同自动续展一个服务年度，可多次续展。续展年度的服务费由乙方根据市场情况确定并有权上调，乙方应在续展前 15 日以电子邮件通知甲方。

十二、合同解除
（一）乙方严重违约，或连续两个月可用率低于承诺值，经甲方书面催告后 15 日内仍未纠正的，甲方有权解除本合同，乙方应退还未履行期间的服务费。
（二）甲方逾期付款超过 60 日，经乙方催告后仍未支付的，乙方可暂停服务。
（三）合同解除或服务期满后，乙方应按第五条第（五）项交还数据并配合甲方完成迁移，迁移期间不得中断服务，迁移期最长不超过 30 日。

十三、不可抗力
因地震、火灾、政府行为、公共卫生事件或基础电信运营商大面积故障等不可抗力导致无法履行的，受影响一方应在 48 小时内通知对方，并在影响范围内免责，但乙方应尽力恢复服务并保障数据完整。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。

十五、其他
本合同未尽事宜，双方另行签订补充协议，补充协议与本合同具有同等效力。通知以书面或双方指定的电子邮箱发出，发出后第二日视为送达。本合同一式两份，双方各执一份，自双方盖章之日起生效。附件一：功能清单；附件二：门店清单；附件三：服务水平说明。

甲方（盖章）：                    乙方（盖章）：
签订日期：______年____月____日
"""

# ---------------------------------------------------------------- z04 (.txt, 1 / 1.1 numbering)
Z04 = """临港市消防救援支队
消防栓水压监测系统 2027 年度运维服务合同

项目编号：LGXF-CS-2026-027（竞争性磋商）
甲方（采购人）：临港市消防救援支队
乙方（成交供应商）：临港市安澜物联技术有限公司

根据临港市消防栓水压监测系统年度运维服务项目竞争性磋商结果，乙方为成交供应商。依据《中华人民共和国民法典》《中华人民共和国政府采购法》及磋商文件、响应文件，双方订立本合同。

1 服务范围
1.1 本合同服务对象为甲方辖区内已建成的消防栓水压监测系统，包括 2,860 个市政消防栓水压监测终端、物联网通信链路、监测平台软件及其服务器、值班室大屏展示系统。
1.2 服务内容包括：终端季度巡检与年度校准、故障终端维修及更换、电池更换、通信卡及流量管理、平台软件运行维护与数据备份、低压及无水报警的核查与推送、每月运行分析报告。
1.3 服务期限为 2027-01-01 至 2027-12-31。服务期满本合同自动终止，续约须另行依法采购。
1.4 系统现有设备清单、平台部署架构及接口说明见附件一，乙方已在响应前现场踏勘并确认。

2 合同价款
2.1 本合同为固定总价，年度运维费合计人民币肆拾贰万捌仟元整（¥428,000），其中：终端巡检、校准及维修 ¥196,000；通信卡及流量 ¥62,000；平台运维及数据服务 ¥108,000；备品备件 ¥62,000。
2.2 上述价款包含人工、交通、检测仪器、备件、通信、税费等全部费用。服务期内因正常损耗需更换的终端及电池由乙方承担，因第三方施工、车辆撞击等外力损坏的终端，由甲方另行追偿后按响应文件单价结算。

3 付款方式
3.1 运维费按季度支付，每季度 ¥107,000。
3.2 每季度结束后，甲方依据第 6 条进行季度考核，考核合格并收到乙方发票后 15 个工作日内支付当季运维费；考核扣款在当季运维费中直接扣除。
3.3 本合同不设预付款。
3.4 乙方开具的发票信息应与本合同一致。

4 服务要求
4.1 乙方应组建不少于 8 人的运维团队，其中平台运维工程师不少于 2 人，名单报甲方备案，人员变动须提前告知甲方。
4.2 乙方应在合同生效后 30 日内完成全部终端的首次全面巡检，建立终端台账，并提交巡检报告。
4.3 每季度对全部终端巡检一次，每年对压力传感器校准一次，校准记录随季度报告提交。
4.4 发现消防栓漏水、被埋压、被圈占等情况的，乙方应在 24 小时内拍照上报甲方并同步推送属地消防救援站。
4.5 离线终端应在 48 小时内恢复在线；确需更换的，在 72 小时内完成更换。
4.6 乙方应在每月 5 日前提交上月运行分析报告，内容包括终端在线情况、报警统计、故障处理及改进建议。

5 故障响应
5.1 一级故障（监测平台中断、大屏无法显示或报警无法推送）：乙方应在 30 分钟内响应，2 小时内到达现场，6 小时内恢复。
5.2 二级故障（单个区域终端批量离线、数据延迟超过 10 分钟）：1 小时内响应，12 小时内恢复。
5.3 三级故障（单个终端故障）：按第 4.5 条处理。
5.4 乙方响应或恢复超过时限的，每次扣减运维费 ¥800；一级故障超过恢复时限的，每超过 1 小时另扣减 ¥500。
5.5 重大活动、汛期及冬季低温期间，乙方应按甲方通知实行 24 小时值守，冬季前完成全部终端的防冻检查，寒潮期间每日核查低温报警。
5.6 乙方应制定系统故障及数据丢失应急预案，每半年与甲方联合演练一次，演练记录报甲方存档。

6 考核与验收
6.1 季度考核标准：巡检覆盖全部终端、巡检记录完整、故障处理符合第 5 条时限、月度报告按时提交、低压报警核查率达到磋商文件要求。
6.2 年度验收：服务期满后 20 日内，甲方组织年度验收，核查终端台账、校准记录、故障处理记录及数据完整性，并出具书面验收意见。
6.3 季度考核不合格的，乙方应在 10 日内整改，整改后仍不合格的，甲方可按第 10 条处理。
6.4 年度验收意见作为甲方评价乙方履约情况的依据。

7 数据安全
7.1 系统采集的水压数据、消防栓点位坐标、报警记录及平台全部数据归甲方所有，乙方不得用于本合同以外的任何目的，不得向任何第三方提供。
7.2 乙方应落实网络安全等级保护要求，平台账号实行实名及最小权限管理，远程运维须经甲方同意并通过指定 VPN 接入，操作日志保存不少于 6 个月；数据每日备份，每季度进行一次恢复演练。
7.3 发生数据泄露、篡改、丢失或平台被攻击的，乙方应在 1 小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部责任。
7.4 交接完成后，乙方应删除其持有的全部甲方数据并出具书面说明。

8 保密
乙方及其人员对履约中知悉的消防站布局、水源分布、报警信息及甲方其他工作秘密负有保密义务，未经甲方书面同意不得披露，保密义务在合同终止后继续有效。乙方应与全部运维人员签订保密承诺书，人员离职时收回其账号和资料。

9 分包
乙方可将现场巡检、终端更换中的辅助性工作分包给具备相应能力的单位，但应提前 5 个工作日书面告知甲方，并对分包单位的工作承担全部责任。

10 违约责任
10.1 乙方未按第 4.2 条或第 4.3 条约定的期限完成巡检的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
10.2 因乙方原因导致消防栓状态信息错误、报警未推送，造成甲方损失的，乙方应予赔偿。
10.3 乙方违约情形严重，或连续两个季度考核不合格的，甲方有权书面通知解除本合同，并按实际服务期间结算运维费。
10.4 违约金不足以弥补甲方损失的，乙方还应赔偿差额部分。

11 知识产权
乙方在服务期间形成的终端台账、巡检报告、分析报告、运维脚本及数据整理成果归甲方所有。监测平台软件的既有权利不因本合同改变。

12 甲方义务
12.1 甲方应指定专人负责运维工作的联络、监督和考核，及时提供终端分布图、平台账号及机房出入许可。
12.2 甲方应协调属地消防救援站及供水企业配合乙方现场作业，对乙方提出的消防栓本体维修建议及时转交相关单位处理。
12.3 甲方应按本合同约定及时支付运维费。

13 安全作业
13.1 乙方人员在道路上作业时应穿着反光服、设置警示标志，遵守交通安全及供水企业的作业规定，不得擅自开启消防栓放水。
13.2 乙方作业中造成第三方人身或财产损害的，由乙方负责处理并承担赔偿责任。

14 服务交接
服务期满或合同解除时，乙方应在 15 日内向甲方或甲方指定的接续单位移交终端台账、平台账号及权限、备份数据、运维文档和未结故障清单，并配合完成交接，不得以任何理由拖延或删除数据。

15 不可抗力
因自然灾害、公共卫生事件等不可抗力不能履行的，受影响一方应及时通知对方，并在影响范围内免责；不可抗力消除后，乙方应优先恢复监测平台及报警推送功能。

16 法律适用及争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

17 其他
17.1 磋商文件、响应文件及成交通知书为本合同的组成部分。
17.2 本合同一式五份，甲方三份，乙方二份，自双方盖章之日起生效。

甲方（盖章）：临港市消防救援支队        乙方（盖章）：临港市安澜物联技术有限公司
日期：                                日期：
"""

# ---------------------------------------------------------------- z05 (.md, ## 第X条, supplier's template)
Z05 = """# 匠链工序管理系统软件许可及定制开发合同

> 杭州匠链信息科技有限公司 标准合同文本 V3.0（2026 版）

- 合同编号：JL-HT-2026-1207
- 甲方（用户）：苏州錾金堂铜錾工艺工作室
- 乙方（开发方）：杭州匠链信息科技有限公司

甲方为管理铜錾作品从设计、下料、退火、錾刻、做旧、着色到包装入库的工序流转，向乙方采购匠链工序管理系统软件许可及定制开发服务。双方经友好协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供匠链工序管理系统标准版软件许可（永久使用，20 个并发用户），并根据甲方需求进行定制开发和部署实施。

1.2 定制开发内容：铜錾作品工序卡及二维码流转、錾刻师傅计件工时统计、订单及定制件进度看板、原料铜板及辅料出入库、作品影像档案库、微信端客户进度查询。

1.3 具体功能以双方确认的《需求确认书》为准。《需求确认书》签署后，甲方提出的变更由乙方另行报价。

1.4 本合同项下的软件以乙方部署上线的版本为准，乙方不保证软件满足甲方的全部业务需求。

## 第二条 合同价款

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 软件许可费 | 匠链工序管理系统标准版，永久许可，20 并发用户 | 168,000 |
| 2 | 定制开发费 | 按 1.2 条内容 | 196,000 |
| 3 | 部署实施及培训费 | 本地服务器部署、基础数据导入、两次现场培训 | 36,000 |
| | 合计 | | 400,000 |

合同总价为人民币肆拾万元整（¥400,000），含税。服务器、扫码枪、标签打印机等硬件由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后 5 个工作日内，甲方向乙方支付合同总价的 65%，即人民币 260,000 元。乙方收到该款项后启动开发工作。

3.2 系统部署上线后 5 个工作日内，甲方支付合同总价的 35%，即人民币 140,000 元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金；逾期超过 15 日的，乙方有权暂停开发、实施及技术支持工作，工期相应顺延。

3.4 乙方在收到每期款项后 10 个工作日内开具增值税普通发票。

## 第四条 开发进度

4.1 乙方计划在收到首期款后 90 个工作日内完成开发并部署上线。

4.2 因需求变更、甲方资料提供不及时、甲方硬件环境未就绪等原因造成进度延后的，工期相应顺延。因乙方原因造成延期的，双方协商调整进度计划。

4.3 项目实施期间，乙方每两周通过微信群向甲方通报开发进度，甲方应在收到测试版本后 5 个工作日内反馈意见，逾期未反馈的视为认可该版本。

## 第五条 交付与验收

5.1 乙方完成部署后通知甲方上线使用。系统部署上线后，即视为甲方验收合格。

5.2 甲方在使用中发现的问题，可通过乙方客服渠道提交，乙方在免费维护期内处理。

5.3 上线后两周内，乙方安排实施顾问远程跟进使用情况，并协助甲方完成历史在制品数据的补录。

## 第六条 技术支持与维护

6.1 乙方提供免费维护期六个月，自系统部署上线之日起计算。免费维护期内，乙方提供远程技术支持和缺陷修复。

6.2 乙方在工作日 9:00—18:00 通过电话、微信群及远程方式提供技术支持，乙方将尽商业上合理的努力解决甲方提出的问题。

6.3 免费维护期满后，甲方如需继续获得技术支持、缺陷修复和版本升级，应与乙方签订年度维护协议，年度维护费按乙方当年公布的服务价格标准收取。

6.4 因甲方自行修改系统配置、数据库或硬件环境故障导致的问题，不属于免费维护范围，乙方可按次收费。

6.5 乙方发布的新版本是否向甲方提供升级，由乙方根据甲方是否签订年度维护协议决定；未签订维护协议的，乙方不再提供任何升级和技术支持。

6.6 乙方的技术支持以中文提供，法定节假日期间仅受理系统无法登录的问题。

## 第七条 知识产权

7.1 匠链工序管理系统及乙方在本合同项下完成的全部定制开发成果（包括源代码、工序模板、接口程序、技术文档）的知识产权均归乙方所有。

7.2 甲方在本合同约定范围内取得上述成果的非独占、不可转让的使用权，不得对系统进行反向工程、修改或向第三方提供。乙方可将定制开发成果用于其标准产品的后续版本。

## 第八条 数据

8.1 甲方在系统中录入的作品图样、工艺参数、客户及订单数据归甲方所有，乙方仅为履行本合同而接触上述数据，不得用于其他目的。

8.2 乙方在部署、维护过程中应采取合理的安全措施，包括最小权限账号、远程维护前征得甲方同意、操作记录留存、不在乙方设备上留存甲方数据，防止数据泄露、篡改或丢失。

8.3 因乙方原因导致甲方数据泄露或丢失的，乙方应在发现后 24 小时内通知甲方，协助恢复数据，并依法承担赔偿责任。

8.4 甲方应自行做好服务器的日常数据备份。

8.5 乙方远程维护结束后应及时关闭远程连接，并告知甲方修改临时账号密码。

## 第九条 保密

9.1 双方对在合作中知悉的对方技术信息、经营信息负有保密义务，未经对方书面同意不得向第三方披露。

9.2 甲方的铜錾纹样设计、工艺配方及客户名单属于甲方商业秘密，乙方及其人员不得以任何形式复制或外传。

9.3 保密义务自本合同签订之日起至合同终止后三年内有效。

9.4 乙方可在其宣传材料及客户案例中使用甲方名称及标识。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 乙方在本合同项下对甲方承担的全部赔偿责任（无论基于违约、侵权或其他原因）累计不超过合同总价的 50%，且不承担任何间接损失、利润损失或数据恢复费用。

## 第十一条 合同解除

11.1 一方严重违约，经对方书面催告后 15 日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 甲方在开发启动后单方解除合同的，已支付款项不予退还。

11.3 合同解除后，甲方应停止使用系统并删除乙方提供的软件及文档。

## 第十二条 双方的其他义务

12.1 甲方应指定一名项目联系人，负责需求确认、资料提供和上线配合，并按乙方要求准备服务器、网络及扫码设备等运行环境。

12.2 甲方应在《需求确认书》签署前提供完整的工序清单、作品分类、计件规则和历史订单样例，并对资料的真实性负责。

12.3 乙方应指派项目经理和开发人员，按实施计划开展需求调研、开发、测试和部署，并在上线时向甲方提供用户操作手册和管理员手册。

12.4 乙方保证其提供的软件不侵犯第三方的著作权、专利权等合法权利。

12.5 乙方人员到甲方现场工作时，应遵守甲方工作室的安全及保密规定。

## 第十三条 不可抗力

因不可抗力导致合同不能履行的，受影响一方应及时通知对方，并在不可抗力影响范围内免除责任。

## 第十四条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同附件《需求确认书》《实施计划》与本合同具有同等效力。

甲方（盖章）：苏州錾金堂铜錾工艺工作室

乙方（盖章）：杭州匠链信息科技有限公司

签订日期：____年__月__日
"""

# ---------------------------------------------------------------- e01 (.pdf, Article N with N.N)
E01 = """T:Software Licence and Services Agreement
P:Agreement No. RL-NBHC-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Ningbo Haichen Home Appliances Co., Ltd., a company registered in Ningbo, Zhejiang, People's Republic of China (the "Buyer"), and Rif Logiciels SARL, a company registered in Tétouan, Kingdom of Morocco, with its office at Avenue Mohammed V, Tétouan (the "Vendor").
P:The Buyer operates three finished-goods warehouses and one spare-parts warehouse in Ningbo and wishes to replace its spreadsheet-based stock control with the Vendor's warehouse management software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's RifWMS warehouse management software, version 8, including its mobile scanning application and its standard reports, in object code.
P:1.2 "Custom Deliverables" means everything the Vendor creates for the Buyer under this Agreement, including configurations, interface programs to the Buyer's ERP and carrier systems, label templates, custom reports, data migration scripts and their source code and documentation.
P:1.3 "Go-Live" means the first day on which all four warehouses process live receipts and shipments in the Software.
P:1.4 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 5.
P:1.5 "Buyer Data" means all data entered into, processed by or generated in the Software on the Buyer's behalf, including stock, order, customer, carrier and employee data.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the Buyer's own servers in China for up to 160 named users and 60 handheld scanners, for the business of the Buyer and its affiliates.
P:2.2 The Vendor shall provide the implementation services described in Annex 1: process design workshops, configuration, interfaces to the Buyer's ERP system and two carrier platforms, migration of item masters and open stock, user acceptance testing support, Go-Live support on site for three weeks, and training.
P:2.3 The Vendor shall deliver the Software, the Custom Deliverables and all user, administrator and interface documentation in English and Chinese.
H:Article 3 Price and Payment
P:3.1 The total Contract Price is CNY 1,646,000, inclusive of taxes, made up of: Software Licence Fee CNY 1,180,000; Implementation Services CNY 420,000; Training CNY 46,000. The Contract Price is fixed and covers all travel, living and other expenses of the Vendor's personnel.
P:3.2 The Buyer shall pay the Contract Price as follows: (a) 20% (CNY 329,200) within 20 days after signature, against the Vendor's invoice; (b) 55% (CNY 905,300) within 20 days after Go-Live; (c) 25% (CNY 411,500) within 20 days after Final Acceptance.
P:3.3 Payment at Go-Live does not mean that the Buyer accepts the Software or the Custom Deliverables.
P:3.4 All payments shall be made in CNY by bank transfer to the account named in the Vendor's invoice.
H:Article 4 Schedule
P:4.1 The Vendor shall achieve Go-Live within 110 days and Final Acceptance within 170 days after signature, according to the project plan in Annex 2.
P:4.2 If the Vendor fails to achieve Go-Live or Final Acceptance by the dates in Article 4.1 for reasons attributable to the Vendor, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. Payment of liquidated damages does not release the Vendor from its obligation to complete the work.
H:Article 5 Acceptance
P:5.1 After Go-Live the Software runs in production for a stabilisation period of 45 days. The Vendor may apply for Final Acceptance at the end of that period.
P:5.2 Final Acceptance requires that: (a) all functions in the agreed specification have passed the Buyer's test scripts; (b) the stock of every migrated item reconciles with the Buyer's physical count without unexplained differences; (c) the ERP and carrier interfaces run for 20 consecutive working days without a Severity 1 incident; (d) a receipt or pick confirmation on a scanner completes in less than 2 seconds at peak load; and (e) all documentation and source code of the Custom Deliverables have been delivered.
P:5.3 The Buyer shall issue the acceptance certificate or a written list of defects within 10 working days after the application. Go-Live, use of the Software in production and any payment are not Final Acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the specification and documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct all defects and provide all new releases free of charge.
P:6.2 During the Warranty Period the Vendor shall respond to incidents as follows: Severity 1 (a warehouse cannot receive or ship): response within 1 hour, workaround within 8 hours; Severity 2 (a major function fails with no workaround): response within 2 hours, fix within 2 working days; Severity 3: response within 1 working day, fix in the next release.
P:6.3 For each hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall credit the Buyer CNY 1,500, which the Buyer may set off against any amount due.
P:6.4 After the Warranty Period the Buyer may order annual support, including defect correction, new releases and the service levels of Article 6.2. The annual support fee shall be 11% of the Software Licence Fee, that is CNY 129,800 per year, and shall not be increased for the first three years after the Warranty Period. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer on creation. The Buyer may use, modify and license them freely and may engage third parties to maintain them. The Vendor shall deliver their source code with each release.
P:7.3 The Vendor warrants that the Software and the Custom Deliverables do not infringe any third-party rights and shall indemnify the Buyer against any such claim.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not copy, keep or use it for any other purpose.
P:8.2 The Software and Buyer Data remain on the Buyer's servers in Ningbo. The Vendor's personnel may access them remotely only through the Buyer's VPN with multi-factor authentication and after the Buyer's approval of each session; all sessions are logged.
P:8.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, shall not transfer Buyer Data outside China, and shall use anonymised test data supplied by the Buyer for any work outside the production system.
P:8.4 The Vendor shall notify the Buyer within 12 hours after becoming aware of any actual or suspected unauthorised access to Buyer Data, shall help the Buyer to contain and remedy it, and shall be liable for all loss caused by a breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including prices, customer lists, volumes and system designs, and shall use it only for this Agreement.
P:9.2 This obligation survives for five years after the end of this Agreement.
H:Article 10 Liability
P:10.1 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct, infringement of third-party rights or breach of Articles 8 and 9.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the other party's prior written consent.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after receiving notice, or if the liquidated damages under Article 4.2 reach their maximum.
P:12.2 On termination under Article 12.1 the Vendor shall refund the amounts paid for work not accepted and deliver all Custom Deliverables completed so far.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect. Travel restrictions do not excuse remote work that can reasonably be performed.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Kingdom of Morocco.
P:14.2 Any dispute that the parties cannot settle by negotiation within 30 days shall be submitted to the competent courts of Tétouan, Morocco.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Scope and Specification) and Annex 2 (Project Plan), is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties.
P:15.2 This Agreement is made in two English originals, one for each party, and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Name and title: ____________________    Name and title: ____________________
"""

# ---------------------------------------------------------------- e02 (.md, Order Form Part A A1-A6 + General Terms Part B)
E02 = """# FieldHub Order Form

**Order Form No. KCS-OF-2026-0219**

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part A prevails over Part B where they differ.

## PART A - ORDER DETAILS

### A1. Parties

- **Customer:** Weifang Lüyuan Agricultural Machinery Co., Ltd., No. 88 Dongfeng Street, Weifang, Shandong, People's Republic of China.
- **Provider:** Kijani Cloud Systems Ltd., Garissa Road, Thika, Kenya, acting for the service delivered in China through its hosting partner's mainland China region.

### A2. Service

FieldHub Service Management, Enterprise edition: dealer warranty claims, field technician dispatch, spare-parts requests, machine service history by serial number, mobile app for technicians, dealer portal and management dashboards. Up to 420 named users (Customer staff, dealers and technicians) and up to 9,000 registered machines.

### A3. Subscription Term

24 months from the Service Start Date. The Service Start Date is the date of Onboarding Acceptance under A5. This Order Form does not renew automatically; any further term requires a new order signed by both parties.

### A4. Fees

| Item | Unit | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|---|
| FieldHub Enterprise subscription | month | 24 | 19,500 | 468,000 |
| Premium Support (named support manager, P1 hotline) | month | 24 | 3,000 | 72,000 |
| Onboarding and integration (one-time) | lot | 1 | 54,000 | 54,000 |
| **Total fees for the Subscription Term** | | | | **594,000** |

All fees are in CNY and include VAT. The monthly fees are fixed for the whole Subscription Term.

### A5. Onboarding and Onboarding Acceptance

Onboarding covers: configuration of claim and dispatch workflows for Customer's 46 dealers; import of dealer, machine and parts master data; an integration with Customer's ERP for parts orders and warranty credit notes; single sign-on for Customer staff; and training of 30 key users.

Provider shall complete onboarding within 60 days after signature. Onboarding Acceptance requires that (a) the workflows listed in the onboarding plan pass Customer's test cases, (b) imported master data reconciles with the source files record by record, (c) ERP messages for parts orders and credit notes run for 10 consecutive working days without loss or duplication, and (d) key users have completed training. Customer shall confirm acceptance or list defects within 7 working days after Provider's notice. If onboarding is not accepted by the 60th day for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay until Onboarding Acceptance.

### A6. Invoicing and Payment

The onboarding fee is invoiced after Onboarding Acceptance. The subscription and Premium Support fees are invoiced quarterly in advance, the first invoice on the Service Start Date. Customer pays each undisputed invoice within 30 days after receipt. No amount is payable before the Service Start Date.

## PART B - GENERAL TERMS

### 1. Provision of the Service

1.1 Provider shall make the Service available to Customer's authorised users during the Subscription Term in accordance with this Order Form and the documentation.

1.2 Provider shall host the Service and all Customer Data in data centres located in mainland China and shall not move them elsewhere without Customer's prior written consent.

1.3 Provider may improve the Service from time to time but shall not materially reduce its functions or security during the Subscription Term.

### 2. Service Levels

2.1 Provider shall ensure that the Service is available 99.95% of each calendar month, measured at the Provider's network boundary, excluding maintenance announced at least 72 hours ahead and carried out between 00:00 and 05:00 Beijing time.

2.2 Provider shall respond to incidents within the following times, 24 hours a day, 7 days a week for P1 and during Beijing business hours for the others: P1 (Service unavailable or claims cannot be submitted): 30 minutes, restoration target 3 hours; P2 (a major function impaired): 2 hours, restoration target 1 business day; P3 (minor issue): 1 business day.

2.3 Service credits: if monthly availability falls below the commitment in 2.1, Customer receives a credit of 10% of that month's subscription fee for each started 0.5 percentage point of shortfall; each P1 response more than 30 minutes late gives a credit of CNY 1,000. Credits are deducted from the next invoice or, at the end of the term, refunded.

### 3. Customer Data

3.1 All data that Customer or its users enter into the Service, and all data generated from it, including dealer, machine, claim and personal data ("Customer Data"), belongs to Customer.

3.2 Provider shall process Customer Data only to provide the Service to Customer and for no other purpose.

3.3 At the end of the Subscription Term Provider shall, within 30 days, return all Customer Data in CSV and JSON format and then delete it, and confirm the deletion in writing.

### 4. Data Security

4.1 Provider shall protect Customer Data by encryption in transit and at rest, role-based access, multi-factor authentication for administrators, daily backups kept for 30 days, logging of all administrative access, and annual penetration tests. The hosting environment holds a valid MLPS level 3 record.

4.2 Provider shall notify Customer of any security incident affecting Customer Data within 12 hours after becoming aware of it, shall take all steps to contain it and shall support Customer in its reporting to authorities.

4.3 Provider is liable for all loss suffered by Customer as a result of a security incident caused by Provider or its subcontractors.

### 5. Confidentiality

5.1 Each party shall keep the other party's confidential information secret, use it only for this Order Form, and disclose it only to employees and advisers who need to know it and are bound by similar duties.

5.2 These duties continue for three years after the end of the Subscription Term.

### 6. Intellectual Property

6.1 Provider owns the Service and its underlying software.

6.2 Configurations, workflow definitions, report templates and the ERP integration adapter created for Customer during onboarding belong to Customer. Customer may use, modify and license them freely, including with another provider after the term, and Provider shall hand them over in usable form.

### 7. Subcontractors

7.1 Provider may use subcontractors and sub-processors to provide the Service, including for hosting, support and messaging. Provider shall inform Customer in writing of each new subcontractor or sub-processor at least 15 days before it starts work.

7.2 Provider remains responsible for the acts and omissions of its subcontractors.

### 8. Liability

8.1 Each party's total liability arising out of or in connection with this Order Form is limited to the fees paid or payable by Customer in the six months preceding the event giving rise to the claim.

8.2 Neither party is liable for indirect or consequential loss. The limits in this section do not apply to breach of Sections 4 and 5, fraud or personal injury.

### 9. Term and Termination

9.1 This Order Form starts on signature and ends at the end of the Subscription Term.

9.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after written notice. Customer may also terminate if Provider misses the P1 restoration target more than three times in one calendar quarter.

9.3 On termination for Provider's breach, Provider shall refund prepaid fees for the period after termination.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules then in force. The award is final and binding.

### 11. Customer Responsibilities

11.1 Customer shall name a project lead for onboarding, provide master data and test cases on time, and make its ERP team available for the integration.

11.2 Customer is responsible for the accuracy of the data its users enter, for keeping its users' credentials secure and for having a lawful basis for the personal data of dealers and technicians it loads into the Service.

11.3 If Customer's delay holds up onboarding, the onboarding deadline in A5 is extended by the period of that delay.

### 12. Force Majeure

Neither party is liable for failure caused by events beyond its reasonable control, such as natural disasters, epidemics or acts of government, provided it notifies the other party promptly and does its best to resume performance. A failure of Provider's own hosting partner is not force majeure unless the hosting partner itself is affected by such an event.

### 13. General

13.1 Notices must be in writing and sent to the addresses in A1 or to e-mail addresses notified by the parties.

13.2 Neither party may assign this Order Form without the other's written consent, except to an affiliate that takes over the relevant business.

13.3 This Order Form is the entire agreement on its subject and replaces any click-through or online terms.

**Signed for Customer:** ______________________ Date: __________

**Signed for Provider:** ______________________ Date: __________
"""

# ---------------------------------------------------------------- e03 (.docx, clauses 1. / 1.1, Word price table)
E03 = """T:Purchase Contract for Grain Temperature Monitoring Equipment and Software
P:Contract No. AHGR-IT-2026-077
P:Buyer: Anhui Hengfeng Grain Reserve Co., Ltd., Hefei, Anhui Province, People's Republic of China (the "Buyer").
P:Supplier: Babor Sensing Technologies SARL, Zone d'Activités, Sétif, Algeria (the "Supplier").
P:The Buyer operates six grain depots with 48 steel silos and 22 flat warehouses. This Contract is made on the Buyer's standard purchase terms for the supply, installation and commissioning of a grain temperature and humidity monitoring system, together with a perpetual licence of the monitoring software.
H:1. Definitions
P:1.1 "Equipment" means the temperature cables, wireless gateways, weather stations and accessories listed in clause 2.
P:1.2 "Software" means the Supplier's GrainWatch monitoring software, version 5, including its alarm module, mobile application and reporting module.
P:1.3 "Custom Work" means the interface between the Software and the Buyer's grain storage management system, the custom report set for the Buyer's quality department, and any other work product made for the Buyer under this Contract.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate issued under clause 5.
H:2. Scope and Price
P:2.1 The Supplier shall supply, deliver to the six depots, install and commission the Equipment, install the Software on the Buyer's server, build the Custom Work and train the Buyer's staff.
P:2.2 The Contract Price is fixed at CNY 1,260,000 including VAT, freight to site, insurance, customs clearance and all costs of the Supplier's personnel, itemised as follows:
TB:No.|Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Grain temperature cables|16-point digital cables, 22 m, food-grade sheath|360|1,850|666,000
TB:2|Wireless gateways|LoRa / 4G dual-link, IP65|24|6,400|153,600
TB:3|Silo weather stations|temperature, humidity, wind, rain|6|12,500|75,000
TB:4|GrainWatch software licence|perpetual site licence, six depots, unlimited users|1|248,000|248,000
TB:Equipment and Licence Subtotal|||||1,142,600
TB:5|Installation and commissioning|all depots, incl. cable hanging in silos|1|96,400|96,400
TB:6|Training|operators, quality staff, IT administrators|1|21,000|21,000
TB:Contract Price|||||1,260,000
P:2.3 No other charge is payable for the scope of this Contract.
H:3. Payment
P:3.1 No advance payment is made.
P:3.2 The Buyer shall pay 65% of the Contract Price (CNY 819,000) within 25 working days after the Installation Certificate is signed for all six depots. The Installation Certificate confirms delivery and installation only and is not acceptance.
P:3.3 The Buyer shall pay 35% of the Contract Price (CNY 441,000) within 25 working days after Final Acceptance.
P:3.4 Each payment requires a valid VAT invoice for the amount due.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment within 75 days and complete installation in all depots within 120 days after signature. Installation in a silo may only take place when the silo is empty or with the written approval of the depot manager.
P:4.2 For each day by which the Supplier misses a date in clause 4.1 for reasons within its control, the Supplier shall pay liquidated damages of 0.08% of the Contract Price, up to 8% of the Contract Price in total.
P:4.3 The Supplier's staff shall follow the Buyer's depot safety rules, including rules on work at height, fumigation periods and confined spaces.
P:4.4 The Equipment shall be new, shall bear the manufacturer's serial numbers, and shall hold the radio type approval and other certificates required for its use in China. Each shipment shall be accompanied by a packing list, certificates of origin and quality, and the test report of each cable.
P:4.5 The Supplier shall train the Buyer's operators and quality staff at each depot and the Buyer's IT administrators at the head office. Training covers reading temperature fields, handling alarms, cable replacement, gateway configuration, backup and restore of the Software, and the use of the custom reports. The Buyer may ask for a second session at no charge if more than a quarter of the trainees fail the final test.
H:5. Acceptance
P:5.1 After installation the system runs for a trial period of 60 days. Final Acceptance requires that: (a) every cable reports all measuring points to the Software; (b) sensor readings agree with a calibrated reference thermometer within ±0.5 °C at the sample points chosen by the Buyer; (c) alarms for temperature rise reach the Software and the duty officer's phone within 2 minutes; (d) the interface transfers readings to the grain storage management system every hour without loss for the last 20 days of the trial; and (e) manuals, test records and the source code of the Custom Work have been delivered.
P:5.2 The Buyer shall issue the acceptance certificate or a written list of defects within 10 working days after the end of the trial period. Delivery, installation, trial operation and payment are not Final Acceptance.
H:6. Warranty and After-Sales Service
P:6.1 The warranty period is 36 months from Final Acceptance. During it the Supplier shall repair or replace defective Equipment and correct Software defects free of charge, including parts, labour and travel.
P:6.2 Incidents are handled as follows: Severity 1 (the Software is down or alarms of a whole depot are not delivered): response within 1 hour, engineer on site within 24 hours; Severity 2 (a gateway or a group of cables is offline): response within 2 hours, repair within 3 days; Severity 3 (other defects): response within 1 working day.
P:6.3 For each hour of delay beyond a Severity 1 response or on-site time, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any payment.
P:6.4 After the warranty period the Supplier shall offer annual maintenance at 8% of the Equipment and Licence Subtotal, that is CNY 91,408 per year, fixed for the first two years after the warranty period. Maintenance is ordered by separate purchase order for each year and is not renewed automatically.
P:6.5 The Supplier shall keep spare parts for the Equipment available for at least eight years after Final Acceptance.
P:6.6 During the warranty period the Supplier shall provide all firmware and Software updates free of charge, shall test them on the Buyer's test environment first and shall install them only with the Buyer's approval.
H:7. Intellectual Property
P:7.1 The Supplier keeps its rights in the Software and in the firmware of the Equipment and grants the Buyer a perpetual licence to use them.
P:7.2 The Custom Work belongs to the Buyer, who may use, modify and license it freely. The Supplier shall deliver its source code at Final Acceptance.
H:8. Buyer Data
P:8.1 All readings, alarms, depot layouts and other data generated by the system belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 The Software runs on the Buyer's own server. Remote access by the Supplier requires the Buyer's approval for each session and takes place through the Buyer's VPN; the Supplier shall keep no copy of Buyer data.
P:8.3 The Supplier shall notify the Buyer within 12 hours of any suspected unauthorised access to Buyer data or the system, assist in remedying it and bear the resulting loss where it is caused by the Supplier.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's depots, stocks, security arrangements and business received under this Contract, and shall not disclose it without the Buyer's prior written consent. This duty continues for five years after the end of the warranty period.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the liquidated damages under clause 4.2 reach their maximum. The Supplier shall then refund amounts paid for Equipment or work not accepted.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei. The award is final.
H:14. Force Majeure
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or acts of government, provided it notifies the other party within 5 days and takes reasonable steps to limit the effect. Shipping delays do not count as force majeure unless caused by such an event.
H:15. Miscellaneous
P:15.1 Annex 1 (Technical Specification) and Annex 2 (Installation Plan by Depot) form part of this Contract.
P:15.2 This Contract is made in Chinese and English; both versions have equal effect.
P:15.3 Notices shall be in writing and sent to the addresses above or to e-mail addresses notified by the parties. A notice sent by e-mail takes effect on the next working day after it is sent.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (.md, Sections + Schedules 1-3 as tables)
E04 = """# Managed IT Services Agreement

**Agreement No. FDS-JY-MSA-2026-05**

**Between**

**Foshan Jinyao Ceramics Co., Ltd.**, Nanzhuang Town, Chancheng District, Foshan, Guangdong, People's Republic of China ("Customer"); and

**Fayoum Digital Services S.A.E.**, Gamal Abdel Nasser Street, Faiyum, Arab Republic of Egypt ("Provider").

**Background.** Customer runs two tile plants, a glaze laboratory and a sales office in Foshan. Customer wishes to outsource the operation of its network, servers and end-user support for 36 months. Provider operates a multilingual service desk in Faiyum and delivers on-site work in Foshan through the field partner named in Schedule 1.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Transition" means the taking over of the Services from Customer's internal IT team, as described in Section 3.

1.5 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate.

1.6 "Customer Data" means all data of Customer, its employees, customers and suppliers that Provider or its field partner can access in performing the Services.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 This Agreement ends at the end of the Service Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

## 3. Transition

3.1 Provider shall complete the Transition within 50 days after signature. The Transition covers discovery and documentation of all network devices, servers and end-user devices, set-up of monitoring and backup tools, knowledge transfer from Customer's IT team, service desk set-up with Chinese- and English-speaking agents, and a parallel run of 10 working days.

3.2 Transition Acceptance requires that: (a) the configuration management database lists every device in scope and matches a physical sample check of at least 50 devices; (b) monitoring covers all devices listed in Schedule 1; (c) backups of all servers have been restored successfully in a test; (d) the service desk has handled the tickets of the parallel run within the Service Levels; and (e) the run books for all services have been delivered and approved by Customer.

3.3 Customer shall sign the Transition Acceptance certificate or give a written list of defects within 5 working days after Provider's notice that the Transition is complete.

3.4 If the Service Commencement Date is later than the 50th day after signature for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay.

## 4. Service Delivery

4.1 Provider shall deliver the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 Provider shall assign a service delivery manager who speaks Chinese, holds a monthly service review with Customer and delivers a monthly report on tickets, Service Levels, changes, capacity and security events.

4.3 Provider shall carry out changes to Customer's systems only under Customer's change process. Emergency changes shall be approved by Customer's IT manager by telephone and recorded afterwards.

4.4 Provider's on-site work in Foshan is carried out by the field partner named in Schedule 1, which Customer approves by signing this Agreement. Provider shall not use any other subcontractor without Customer's prior written consent and remains responsible for its field partner and any approved subcontractor.

## 5. Service Levels and Service Credits

5.1 Provider shall meet the Service Levels set out in Schedule 2 in every calendar month.

5.2 If Provider misses a Service Level, Customer receives the service credit set out in Schedule 2. Credits are deducted from the next monthly invoice; the total credits in a month are limited to 20% of the monthly charge for that month.

5.3 If the same Service Level is missed in three consecutive months, Provider shall present a remediation plan within 10 working days and implement it at its own cost.

## 6. Charges and Payment

6.1 The Charges are set out in Schedule 3. They are fixed for the Service Term and include all costs of Provider and its field partner, including travel to Foshan.

6.2 The transition fee is invoiced after Transition Acceptance. The monthly charge is invoiced monthly in arrears, starting with the first month after the Service Commencement Date. Customer shall pay each undisputed invoice within 30 days after receipt.

6.3 No amount is payable before the Service Commencement Date.

## 7. Customer Data and Data Security

7.1 Customer Data belongs to Customer. Provider may process Customer Data only to deliver the Services and for no other purpose.

7.2 Provider shall: access Customer's systems only through Customer's jump server with multi-factor authentication and session recording; keep all Customer Data in Customer's systems in China and not copy it to Provider's systems in Egypt; apply least-privilege access and review access rights quarterly; and follow the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

7.3 Provider shall report any actual or suspected security incident involving Customer Data or Customer's systems to Customer within 2 hours, contain it, preserve evidence and support Customer's reporting to authorities.

7.4 Provider is liable for all loss caused to Customer by a security incident resulting from a breach of this Section by Provider or its field partner.

7.5 At the end of the Service Term Provider shall return all documentation, credentials and Customer Data it holds and then delete any copies, and confirm this in writing.

## 8. Intellectual Property

8.1 Provider keeps its rights in its own tools and methods.

8.2 The configuration database content, run books, scripts, diagrams and reports created for Customer under this Agreement belong to Customer, which may use, modify and hand them to another provider without restriction.

## 9. Liability

9.1 Provider's total liability under this Agreement is limited to 150% of the total of all Charges for the Service Term. This limit does not apply to personal injury, wilful misconduct or breach of Section 7.

9.2 Neither party is liable for loss of profit or indirect loss, except in the cases excluded from the limit in 9.1.

## 10. Ending the Agreement

10.1 This Agreement may be ended before the end of the Service Term only by written agreement of both parties.

10.2 If Customer fails to pay an undisputed invoice within 60 days after its due date and does not pay within a further 15 days after Provider's written reminder, Provider may suspend the Services until payment is made.

10.3 On expiry Provider shall hand over the Services to Customer or a new provider under an exit plan agreed at least 60 days before expiry and shall continue the Services until the handover is complete.

## 11. Force Majeure

Neither party is liable for failure caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to continue the Services, including the use of the remote service desk when on-site work is not possible.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission, South China Sub-Commission, for arbitration in Shenzhen. The award is final and binding.

## 13. General

13.1 Schedules 1 to 3 form part of this Agreement.

13.2 Changes to this Agreement must be in writing and signed by both parties.

**For Customer:** ______________________ **For Provider:** ______________________

## Schedule 1 - Scope of Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Tickets by phone, e-mail and portal, in Chinese and English, for about 620 users | 24 x 7 |
| Network management | 2 core switches, 64 access switches, 140 wireless access points, 3 firewalls, SD-WAN links between sites | 24 x 7 monitoring |
| Server and backup management | 38 virtual servers on 6 hosts, 2 storage arrays, backup and restore tests | 24 x 7 monitoring |
| End-user support on site | Desktops, laptops, printers and plant terminals; field engineers from Foshan Hengtong IT Services Co., Ltd. | Plant shifts, 07:00-23:00 |
| Patch and change management | Monthly patching, standard changes, change records | Agreed windows |

## Schedule 2 - Service Levels

| Item | Level | Service credit |
|---|---|---|
| P1 incident (a plant or the core network down) | Response 15 minutes, restore 3 hours | 5% of the monthly charge per missed P1 |
| P2 incident (a line, a server or a site service down) | Response 30 minutes, restore 8 hours | 2% of the monthly charge per missed P2 |
| P3 incident (single user) | Response 2 hours, resolve 2 business days | 1% of the monthly charge per 10 P3 tickets that miss the level |
| Core network availability | 99.95% per month | 3% of the monthly charge per started 0.1 point below |
| Backup success | Daily backups of all servers, failed jobs re-run the same day | 2% of the monthly charge per month missed |

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, after Transition Acceptance | 64,000 |
| Monthly charge | CNY 58,000 x 36 months | 2,088,000 |
| **Total Charges for the Service Term** | | **2,152,000** |
"""

# ---------------------------------------------------------------- e05 (.txt, upper-case headings, numbered clauses)
E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. SMD-QHY-2026-31

This Data and API Subscription Agreement is made between:

Qingdao Haiyun International Freight Forwarding Co., Ltd., Shinan District, Qingdao, Shandong, People's Republic of China ("Customer"); and

Soummam Maritime Data SARL, Boulevard de la Soummam, Béjaïa, Algeria ("Provider").

Customer arranges sea freight between Chinese ports and ports in the Mediterranean and in North and West Africa. Provider collects and publishes vessel schedules, port call events and berth congestion data for those ports. Customer wishes to receive that data through Provider's API and to use it in its own transport management system.

1. DEFINITIONS

1.1 "Licensed Data" means the vessel schedules, port call events (arrival, berthing, departure), berth and anchorage congestion indices and related reference data supplied by Provider, as described in Annex A.

1.2 "API" means Provider's REST interface through which the Licensed Data is supplied, with its documentation.

1.3 "Subscription Year" means each of the two consecutive yearly periods of this Agreement, the first starting on the Production Access Date and the second on its first anniversary.

1.4 "Production Access Date" means the date on which Customer confirms Integration Acceptance under clause 4.

1.5 "Customer Inputs" means the vessel watch-lists, booking references, container numbers and other data that Customer sends to the API in order to receive alerts.

1.6 "Connector" means the software module that Provider builds to link the API to Customer's transport management system.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Customer a non-exclusive, non-transferable licence during the two Subscription Years to receive the Licensed Data through the API, to store it in Customer's systems, and to use it for Customer's own business, including in shipment notices and reports that Customer sends to its own clients.

2.2 Customer shall not resell the Licensed Data as a data product or make the API available to third parties.

2.3 The subscription includes up to 3,000,000 API calls per month. Calls above that volume are charged at CNY 35 per additional 10,000 calls, invoiced monthly in arrears.

2.4 Provider shall keep the coverage described in Annex A during both Subscription Years and shall give Customer at least 60 days' written notice before removing any port from coverage, in which case the fees shall be reduced in proportion.

2.5 Provider shall give Customer up to 25 named user accounts for its web portal, where Customer's staff can view the same data, set alert rules and download monthly congestion reports.

3. FEES AND PAYMENT

3.1 The fees under this Agreement are:

    Integration and Connector (one-time)          CNY  28,000
    Subscription Year 1                           CNY 336,000
    Subscription Year 2                           CNY 352,800
    Total Fees                                    CNY 716,800

3.2 The integration fee is invoiced after Integration Acceptance. The fee for each Subscription Year is invoiced on the first day of that Subscription Year. Customer pays each undisputed invoice within 30 days after receipt.

3.3 No fee is payable before the Production Access Date. All fees are in CNY and include VAT. The fees for the two Subscription Years are fixed and shall not be increased.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall deliver the Connector and give Customer test access to the API within 40 days after signature.

4.2 Integration Acceptance requires that: (a) the Connector loads schedules and port call events for all ports in Annex A into Customer's test system; (b) a sample of 200 port call events checked by Customer against port authority notices shows no event more than 2 hours late and no missing event; (c) the median response time of the API stays below 300 milliseconds during a 5-day load test at the contracted call volume; and (d) the Connector documentation and source code have been delivered.

4.3 Customer shall confirm Integration Acceptance or list the defects within 7 working days after Provider's notice of readiness.

4.4 If the Production Access Date falls later than 55 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay.

5. SERVICE LEVELS

5.1 Provider shall make the API available at least 99.95% of each calendar month, excluding maintenance announced at least 48 hours in advance and carried out at weekends.

5.2 Provider shall respond to reported incidents within the following times, counted in Provider's business hours (Sunday to Thursday, 08:00 to 17:00 Algerian time): Severity 1 (API unavailable or no data updates for more than 30 minutes): 8 hours; Severity 2 (data for one or more ports delayed or incomplete): 1 business day; Severity 3 (other issues): 3 business days.

5.3 Service credits: if availability in a month falls below the level in 5.1, Customer receives a credit of 5% of one-twelfth of the current Subscription Year fee for each started 0.1 percentage point of shortfall, up to half of that monthly amount. Credits are deducted from the next invoice or refunded at the end of the Agreement.

5.4 Provider shall publish a monthly report of availability, data latency by port and incidents.

5.5 Provider shall give Customer at least 90 days' notice of any change to the API that is not backward compatible and shall keep the previous version running for at least 90 days after the new version is released.

5.6 Customer shall report incidents through Provider's ticket portal or support e-mail address. Provider shall keep Customer informed of the progress of each Severity 1 incident at least every 2 hours until it is resolved and shall deliver a written incident report within 5 business days.

6. DATA RIGHTS

6.1 Provider keeps all rights in the Licensed Data and the API, subject to the licence in clause 2.

6.2 Customer Inputs belong to Customer. Provider shall use Customer Inputs only to provide the API alerts to Customer and shall not use them for any other purpose, including its own statistics or products.

6.3 Licensed Data that Customer has stored during the term may be kept and used internally by Customer after the end of this Agreement for its records and for claims and audits.

7. CONNECTOR

7.1 The Connector, including its source code and documentation, belongs to Customer once the integration fee has been invoiced. Customer may modify it and have it maintained by third parties.

7.2 During the two Subscription Years Provider shall update the Connector free of charge whenever it changes the API.

7.3 Provider shall train up to 6 of Customer's IT staff in the operation of the Connector and the API, remotely or in Qingdao, before the Production Access Date.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public business information, including prices, customer names, shipment details and technical documentation, and shall use it only for this Agreement.

8.2 This obligation does not apply to information that is public, was already known to the receiving party, or must be disclosed by law, and continues for three years after the end of this Agreement.

9. SUBCONTRACTING

9.1 Provider shall not subcontract the development of the Connector or the operation of the API without Customer's prior written consent. Provider's collection of data from port authorities and shipping lines under its own agreements is not subcontracting.

10. LIABILITY

10.1 Provider's total liability under this Agreement is limited to 120% of the Total Fees. This limit does not apply to wilful misconduct, personal injury or infringement of third-party rights by the Licensed Data or the Connector.

10.2 Provider does not guarantee that the Licensed Data is complete in every case, but shall correct reported errors without delay.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new written agreement.

11.2 Customer may terminate this Agreement by written notice if Provider commits a material breach, including a loss of coverage of more than three ports in Annex A, and does not remedy it within 20 days after written notice. Provider shall then refund the unused part of the current Subscription Year fee.

11.3 Provider may terminate this Agreement if Customer breaches clause 2.2 and does not stop the breach within 10 days after written notice.

12. FORCE MAJEURE

12.1 Neither party is liable for failure caused by events beyond its reasonable control. The closure of a port or the suspension of data publication by a port authority is not a failure by Provider, but Provider shall inform Customer without delay.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes that the parties cannot settle within 30 days shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

14. GENERAL

14.1 Annex A (Coverage and Data Fields) and Annex B (API Documentation) form part of this Agreement.

14.2 Changes must be made in writing and signed by both parties. Notices may be sent by e-mail to the addresses named by each party.

14.3 This Agreement is made in English and Chinese. Both versions have equal effect.

For Customer: ______________________      For Provider: ______________________
Date: ____________                        Date: ____________
"""

# ================================================================ files, labels, design
TEXT = {"z03": Z03, "z04": Z04, "z05": Z05, "e02": E02, "e04": E04, "e05": E05}
MARKUP = {"z01": Z01, "z02": Z02, "e01": E01, "e03": E03}
FILES = {
    "z01": "h1009z01_justice_bureau_mediation_platform.pdf",
    "z02": "h1009z02_dryer_plant_line_control_retrofit.docx",
    "z03": "h1009z03_maternity_club_chain_booking_saas.txt",
    "z04": "h1009z04_fire_brigade_hydrant_pressure_om.txt",
    "z05": "h1009z05_copper_chasing_studio_tracking_supplier_template.md",
    "e01": "h1009e01_warehouse_software_perpetual_licence_morocco.pdf",
    "e02": "h1009e02_field_service_saas_order_form_kenya.md",
    "e03": "h1009e03_grain_depot_sensors_monitoring_licence_algeria.docx",
    "e04": "h1009e04_managed_it_services_36_months_egypt.md",
    "e05": "h1009e05_port_call_data_api_subscription_algeria.txt",
}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def lab(lang, category, values, sla_clause, ld_stated, deemed, value, capped=None):
    terms = dict(zip(TERM_KEYS, values))
    extra = {"sla_clause": sla_clause, "ld_stated": ld_stated}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"language": lang, "category": category, "expected_terms": terms, "expected_extra": extra}


G, S = "goods_or_licence", "service"
LABELS = {
    #            avail  p1    rem    ip        dsec  owns   conf  ld     cap   pre   acc   final wm  pwf  auto   term   sub    law     kind
    "z01": lab("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9, False, True, False, "PRC", G],
               True, True, False, 1790000, capped=True),
    "z02": lab("zh", "hardware", [None, 1, False, "buyer", True, True, True, 0.1, None, 10, True, True, 18, 24, False, True, False, "PRC", G],
               True, True, False, 1816000, capped=True),
    "z03": lab("zh", "cloud", [99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True, False, "PRC", S],
               True, True, False, 662000),
    "z04": lab("zh", "services", [None, 0.5, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False, True, True, "PRC", S],
               True, True, False, 428000),
    "z05": lab("zh", "software", [None, None, False, "supplier", True, True, True, None, 50, 65, False, False, 6, None, False, True, None, "PRC", G],
               False, False, True, 400000, capped=False),
    "e01": lab("en", "software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11, False, True, False, "Morocco", G],
               True, True, False, 1646000, capped=True),
    "e02": lab("en", "cloud", [99.95, 0.5, True, "buyer", True, True, True, 500 / 594000 * 100, 6 / 24 * 100, None, True, None, None, None, False, True, True, "PRC", S],
               True, True, False, 594000),
    "e03": lab("en", "hardware", [None, 1, True, "buyer", True, True, True, 0.08, 200, None, True, True, 36, 8, False, True, False, "PRC", G],
               True, True, False, 1260000, capped=True),
    "e04": lab("en", "services", [99.95, 0.25, True, "buyer", True, True, False, 2000 / 2152000 * 100, 150, None, True, None, None, None, False, False, False, "PRC", S],
               True, True, False, 2152000),
    "e05": lab("en", "cloud", [99.95, 8, True, "buyer", False, True, True, 600 / 716800 * 100, 120, None, True, None, None, None, False, True, False, "PRC", S],
               True, True, False, 716800),
}
# design: expected rules, risk, forum outside mainland China, TCO inputs (fee base) for goods_or_licence
DESIGN = {
    "z01": ([], "low"),
    "z02": (["CR-POST-WARRANTY-FEE", "CR-SLA-NO-REMEDY", "CR-TCO-SERVICE-SHARE"], "high"),
    "z03": (["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], "medium"),
    "z04": (["CR-LD-LOW", "CR-SUBCONTRACT"], "medium"),
    "z05": (["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"], "high"),
    "e01": (["CR-GOVERNING-LAW"], "low"),
    "e02": (["CR-LIABILITY-CAP", "CR-SUBCONTRACT"], "medium"),
    "e03": ([], "low"),
    "e04": (["CR-CONFIDENTIALITY", "CR-TERMINATION"], "medium"),
    "e05": (["CR-DATA-SECURITY", "CR-SLA-RESPONSE"], "high"),
}
FORUM_OUTSIDE = {"e01"}  # courts of Tétouan
FEE_BASE = {"z01": 860000, "z02": 1720000, "z05": 168000, "e01": 1180000, "e03": 1142600}
# price items and payment splits as stated in the texts
SUMS = {
    "z01": ([860000, 724000, 118000, 88000], [358000, 805500, 626500]),
    "z02": ([672000, 100000, 342000, 174000, 138000, 196000, 98000, 76000, 20000], [181600, 998800, 635600]),
    "z03": ([30 * 9600 * 2, 86000], None),
    "z04": ([196000, 62000, 108000, 62000], [107000] * 4),
    "z05": ([168000, 196000, 36000], [260000, 140000]),
    "e01": ([1180000, 420000, 46000], [329200, 905300, 411500]),
    "e02": ([24 * 19500, 24 * 3000, 54000], None),
    "e03": ([360 * 1850, 24 * 6400, 6 * 12500, 248000, 96400, 21000], [819000, 441000]),
    "e04": ([64000, 58000 * 36], None),
    "e05": ([28000, 336000, 352800], None),
}
SUBTOTALS = {"z02": ([672000, 100000, 342000, 174000, 138000, 196000, 98000], 1720000),
             "e03": ([666000, 153600, 75000, 248000], 1142600)}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY_HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
                 "CR-POST-WARRANTY-FEE"}
SEVERITY_LOW = {"CR-GOVERNING-LAW"}
# policy defaults (section 3)
TH = {"availability": 99.9, "p1": 4, "ld": 0.05, "cap": 100, "prepay": 30, "warranty": 12, "pwf": 15, "tco": 40}


def tco_share(key):
    t = LABELS[key]["expected_terms"]
    e = LABELS[key]["expected_extra"]
    if t["contract_kind"] != G or t["warranty_months"] is None or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (e["contract_value"] + fees) * 100


def derive_rules(key):
    """This file's reading of policy section 3 (and 'Where rules apply')."""
    t = LABELS[key]["expected_terms"]
    e = LABELS[key]["expected_extra"]
    r = set()
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1"]:
        r.add("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not e["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or e["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > TH["pwf"]:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > TH["tco"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in SEVERITY_HIGH for x in rules):
        return "high"
    if any(x not in SEVERITY_LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold-figure scan
_PCT = r"\s*(?:[%％]|percent|per\s*cent)"
THRESHOLD_PATTERNS = [
    r"(?<![\d.,])99\.90*(?!\d)", r"九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.,])4\s*(?:个)?\s*小时", r"(?<![\d.,])4\s*-?\s*h(?:ours?|rs?)?(?![a-z])", r"(?<![一二三四五六七八九十])四\s*(?:个)?\s*小时",
    r"\bfour[\s-]*hours?", r"(?<![\d.,])240\s*(?:分钟|min)",
    r"(?<![\d.,])0?\.050*" + _PCT, r"万分之五(?![十])", r"千分之零点五", r"(?<![\d.,])0?\.5\s*‰",
    r"(?<![\d.,])100(?:\.0+)?" + _PCT, r"百分之(?:一)?百(?![分])",
    r"(?<![\d.,])30(?:\.0+)?" + _PCT, r"百分之三十(?![一二三四五六七八九点])", r"(?<![一二三四五六七八九十])三成",
    r"(?<![\d.,])12\s*(?:个)?\s*月", r"(?<![\d.,])12\s*-?\s*months?", r"十二\s*个\s*月", r"\btwelve[\s-]*(?:\(12\)\s*)?months?",
    r"(?<![第每])一\s*年(?![度级])", r"\bone[\s-]*years?\b", r"(?<![\d.,])1\s*-?\s*years?(?![a-z])", r"(?<![\d.,])1\s*年(?![度级])",
    r"(?<![\d.,])15(?:\.0+)?" + _PCT, r"百分之十五",
    r"(?<![\d.,])40(?:\.0+)?" + _PCT, r"百分之四十(?![一二三四五六七八九点])", r"(?<![一二三四五六七八九十])四成",
]
MUST_HIT = ["99.9%", "99.90 %", "不低于99.9％", "4小时内响应", "4 hours", "within 4 h.", "四小时", "four hours",
            "240分钟", "0.05%", "0.050 %", "万分之五", "千分之零点五", "100%", "100 percent", "百分之百", "30%",
            "30 per cent", "百分之三十", "12个月", "12 months", "12-month", "十二个月", "twelve (12) months",
            "质保一年", "one year", "one-year", "1 year", "1年", "15%", "15.0%", "百分之十五", "40%", "百分之四十",
            "4hours", "12months"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "0.5 小时", "1,400 hours", "0.08%", "万分之八",
             "万分之二", "150%", "1,100%", "35%", "130%", "36个月", "十八个月", "第一年", "每一年", "年度", "112 months",
             "2,115%", "0.15%", "0.4 hours", "Article 4 Schedule", "1.4 Go-Live", "one-twelfth", "Subscription Year",
             "45%", "140%", "Section 4 has", "一年度"]


def threshold_hits(text):
    return [m.group(0) for p in THRESHOLD_PATTERNS for m in re.finditer(p, text, re.I)]


def self_test_patterns():
    for s in MUST_HIT:
        assert threshold_hits(s), "pattern set misses " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), ("pattern set hits " + s, threshold_hits(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


# ---------------------------------------------------------------- main
def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test_patterns()
    for key, text in TEXT.items():
        (OUT / FILES[key]).write_text(text, encoding="utf-8")
        print("wrote", FILES[key])
    write({k: MARKUP[k] for k in MARKUP}, {k: (FILES[k], FILES[k].rsplit(".", 1)[1]) for k in MARKUP}, OUT,
          wrap_words=True)
    covered = set()
    for key in FILES:
        design_rules, design_risk = DESIGN[key]
        rules = derive_rules(key)
        assert rules == sorted(design_rules), (key, rules, design_rules)
        assert risk(rules) == design_risk, (key, risk(rules), design_risk)
        covered |= set(rules)
        label = {"file": FILES[key], **LABELS[key], "expected_rules": rules}
        assert list(label["expected_terms"]) == TERM_KEYS
        (OUT / (FILES[key].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(label, indent=1, ensure_ascii=False), encoding="utf-8")
        # no label value on a threshold
        t = label["expected_terms"]
        for k2, th in (("availability_pct", TH["availability"]), ("p1_response_hours", TH["p1"]),
                       ("ld_rate_per_day_pct", TH["ld"]), ("liability_cap_pct", TH["cap"]),
                       ("prepayment_pct", TH["prepay"]), ("warranty_months", TH["warranty"]),
                       ("post_warranty_fee_pct", TH["pwf"])):
            assert t[k2] is None or abs(t[k2] - th) > 1e-9, (key, k2)
        share = tco_share(key)
        assert share is None or abs(share - TH["tco"]) > 2, (key, share)
        # sums
        items, pays = SUMS[key]
        value = label["expected_extra"]["contract_value"]
        assert sum(items) == value, (key, sum(items), value)
        assert pays is None or sum(pays) == value, (key, pays)
        if key in SUBTOTALS:
            assert sum(SUBTOTALS[key][0]) == SUBTOTALS[key][1] == FEE_BASE[key]
        # read back: length and threshold scan
        text = read_back(OUT / FILES[key])
        n = size(text, LABELS[key]["language"])
        lo, hi = (2750, 3000) if LABELS[key]["language"] == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            hits = threshold_hits(variant)
            assert not hits, (key, hits)
        print("%s %-62s %5d %-7s %s%s" % (key, FILES[key], n, risk(rules), ", ".join(r[3:] for r in rules) or "(none)",
                                          "" if share is None else "  TCO share %.2f %%" % share))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    print("all 20 rules covered; all checks passed")


if __name__ == "__main__":
    main()
