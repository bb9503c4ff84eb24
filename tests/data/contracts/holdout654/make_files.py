"""holdout654 - ten blind held-out DRAFT contracts (ordinary drafts, no tricks) with their expected labels.

Builds every contract file from the sources below (.txt/.md written as is; .docx/.pdf through ../word_pdf.py, PDFs
pre-wrapped at word boundaries), writes the .json labels, and asserts: price and payment sums, text lengths as read
back, no label value on a policy threshold, no threshold figure in any built text (raw, whitespace-collapsed and
whitespace-free; the scanner is self-tested first), the rules derived from the labels against the design list, TCO
shares away from the threshold, and that all 20 CR rules fire at least once.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
Z01 = """
T:水产养殖数字化服务平台建设项目合同
P:合同编号：LZTG-2025-CG-017
P:甲方（采购人）：临泽县水产技术推广站
P:乙方（供应商）：杭州渔联信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号：LZCG-2025-0236）、乙方投标文件和中标通知书，双方就水产养殖数字化服务平台建设事宜，经协商一致，订立本合同。本合同采用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供"渔技通"水产养殖服务平台软件许可（不限用户数、永久使用），并按甲方需求定制开发养殖户档案、水质在线监测接入、病害远程诊断、苗种与投入品追溯、渔技专家排班及线上课堂等功能模块。
P:1.2 平台须与县农业农村局数据共享平台及省级水产养殖监管系统对接，接入全县86个规模养殖场的溶解氧、水温、pH值等在线监测数据，并提供养殖户手机端小程序。
P:1.3 乙方负责系统部署、数据初始化、历史档案导入、操作培训及上线支持，部署环境为甲方提供的政务云资源。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰肆拾玖万陆仟元整（¥1,496,000），其中：软件许可费¥620,000；定制开发费¥780,000；部署实施及培训费¥96,000。
P:2.2 上述价款为固定总价，已包含税费、差旅、第三方接口调试及质保期内的全部服务费用，甲方不再另行支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的合法发票后10个工作日内，甲方支付合同总价的20%作为预付款，计¥299,200。
P:3.2 系统部署完成并通过初步验收后，甲方支付合同总价的45%，计¥673,200。
P:3.3 试运行期满并通过最终验收后，甲方支付合同总价的35%，计¥523,600。
P:3.4 甲方付款资金来源为财政资金，如因财政拨付流程导致付款延迟，甲方应及时告知乙方，双方协商处理。
H:第四条 交付期限与项目管理
P:4.1 乙方应在合同签订后90日内完成全部功能开发并部署上线，上线后进入为期60日的试运行。
P:4.2 乙方应在合同签订后10日内提交项目实施计划，明确里程碑、人员安排及风险应对措施，经甲方确认后执行。项目经理未经甲方同意不得更换。
P:4.3 乙方每两周向甲方提交项目进展报告，重大问题应及时书面报告。
P:4.4 乙方应为甲方培训系统管理员不少于6名、乡镇渔技人员不少于60名，培训内容包括系统操作、监测设备日常检查及常见问题处理，并提供培训教材和操作视频。
P:4.5 乙方应在每个规模养殖场现场核对监测点位信息，形成点位台账，经养殖场负责人和甲方签字确认后录入系统。
H:第五条 验收
P:5.1 初步验收标准：（1）合同及需求规格说明书所列功能全部实现；（2）86个养殖场监测数据全部接入，数据延迟不超过60秒；（3）在200个并发用户条件下，页面平均响应时间不超过3秒；（4）与两级监管系统的数据交换连续7日无差错。
P:5.2 最终验收标准：试运行期内无一级故障，二级故障累计不超过3次，且已按甲方要求完成全部整改；乙方提交源代码、数据库设计文档、接口说明、运维手册等全部资料；系统通过第三方软件测评机构出具的功能及安全测评。
P:5.3 验收由甲方组织，可邀请行业专家参加，验收结论以书面验收报告为准。系统上线、甲方实际使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在10日内整改并重新提交验收。
H:第六条 知识产权
P:6.1 乙方定制开发的功能模块、接口程序及其源代码、技术文档的知识产权归甲方所有，甲方有权自行修改、使用或许可他人使用。
P:6.2 平台基础软件的知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所提供软件不侵犯任何第三方的合法权利，因此产生的纠纷由乙方负责处理并承担费用。
H:第七条 数据安全
P:7.1 平台采集和产生的养殖户信息、监测数据、诊断记录等全部数据归甲方所有，乙方仅可为履行本合同目的使用，不得用于其他任何用途，亦不得向任何第三方提供。
P:7.2 乙方应按照网络安全等级保护第二级要求落实访问控制、加密传输、操作日志审计及数据备份措施；远程维护须经甲方同意，并通过甲方指定的运维审计系统进行。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在发现后2小时内报告甲方并立即采取补救措施；因乙方原因造成的，由乙方承担全部责任，并赔偿甲方因此遭受的损失。
H:第八条 质量保证与售后服务
P:8.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、数据接口适配及技术支持。
P:8.2 服务水平：平台月度可用率不低于99.95%；一级故障（平台整体不可用或监测数据中断）30分钟内响应、3小时内恢复；二级故障2小时内响应、次日内解决；三级问题在下一版本中解决。
P:8.3 乙方未达到前款响应或恢复时限的，每超时1小时支付服务违约金¥800；月度可用率每低于约定值0.01个百分点，支付¥1,000，可在应付款项中扣除。
P:8.4 质保期满后，如甲方需要，乙方提供年度维护服务，年维护费不超过软件许可费的8%（即¥49,600），且三年内不予上调，由双方另行签订维护合同。
P:8.5 乙方应设立7×24小时服务热线，并在每季度末向甲方提交运行分析报告，包括可用率统计、故障处理记录和优化建议。
H:第九条 违约责任
P:9.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:9.2 逾期超过45日或系统经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并按合同总价的10%支付违约金。
P:9.3 乙方违反第七条约定的，除承担前款责任外，还应配合甲方向主管部门报告并消除影响。
H:第十条 分包
P:10.1 乙方可将现场数据采集终端的安装调试等非主体、非关键性工作分包给具有相应能力的单位，但应在分包前5个工作日书面告知甲方分包单位名称及工作内容。
P:10.2 乙方就分包工作向甲方承担全部责任。
H:第十一条 合同解除
P:11.1 任何一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。
P:11.2 本合同因任何原因解除或终止的，乙方应在10日内向甲方移交全部数据及已完成的开发成果，并删除其持有的数据副本。
H:第十二条 争议解决
P:12.1 本合同的订立、履行和解释适用中华人民共和国法律。
P:12.2 因本合同引起的争议，双方应友好协商；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十三条 其他
P:13.1 招标文件、投标文件、中标通知书及澄清文件为本合同的组成部分，与本合同具有同等效力。
P:13.2 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:13.3 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在不可抗力消除后继续履行；不可抗力持续超过60日的，双方可协商解除合同。
P:13.4 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：临泽县水产技术推广站        乙方（盖章）：杭州渔联信息技术有限公司
P:签订日期：2025年  月  日
"""

Z02 = """
T:雨伞骨架装配线控制系统改造合同
P:合同编号：SYS-JS-2025-042
P:甲方：上虞晴雨伞业有限公司
P:乙方：宁波科骏自动化工程有限公司
P:甲方拟对其二号车间伞骨架装配线实施控制系统改造，乙方同意按本合同约定提供设备、软件及相关服务。双方经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责对甲方六条伞骨架装配线（中棒铆接、伞骨穿珠、骨架收拢定型、弹簧装配等工位）进行控制系统改造，拆除原有继电器控制柜，更换为PLC控制系统、伺服驱动、视觉检测单元及工位触摸屏，并部署产线控制软件。
P:1.2 产线控制软件须实现工单下达、工位节拍监控、铆点视觉检测结果上传、设备报警、产量与不良率统计，并与甲方现有ERP系统对接。
P:1.3 改造须分线实施，每条线停线时间不超过5日，不影响其余产线生产。
P:1.4 乙方应在改造前对现有设备、电气图纸及工艺参数进行现场勘察，提交改造方案、电气原理图和停线计划，经甲方确认后实施。改造过程中拆除的旧控制柜及线缆由甲方处置，乙方应分类整理并交接清单。
P:1.5 所有设备须为全新原厂正品，提供出厂合格证、检验报告及原厂质保证明；伺服及视觉检测单元的品牌型号以技术协议为准，未经甲方书面同意不得替换。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰伍拾万零贰仟元整（¥1,502,000），明细如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制柜（含主站及远程IO模块）|6套|288,000
TB:2|伺服驱动器及伺服电机|48轴|249,600
TB:3|视觉检测单元（伞骨铆点检测）|6套|195,000
TB:4|工位HMI触摸屏|24台|98,400
TB:5|工业交换机及网络布线|1批|86,000
TB:6|产线控制软件（永久许可）|1套|231,000
TB:|软硬件小计||1,148,000
TB:7|工艺程序定制开发及ERP接口|1项|236,000
TB:8|安装调试及旧控制柜拆改|1项|97,000
TB:9|操作及维修培训|1项|21,000
TB:|合计||1,502,000
P:2.2 合同总价为固定价格，含设备、软件、运输、保险、安装调试、税费及质保期内服务费用。
H:第三条 付款方式
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%，计¥150,200。
P:3.2 全部设备到货并完成六条产线安装调试后，甲方支付合同总价的55%，计¥826,100。到货签收及安装调试完成不视为验收。
P:3.3 系统连续稳定运行并通过终验后，甲方支付合同总价的35%，计¥525,700。
H:第四条 交货与实施
P:4.1 乙方应在合同生效后45日内完成全部设备到货，在到货后60日内完成六条产线改造并交付终验。
P:4.2 乙方应提前书面通知每条产线的停线计划，经甲方生产部门确认后实施。乙方施工人员须遵守甲方安全生产管理制度。
P:4.3 如乙方不能按期交付，应提前书面说明原因及补救措施，双方协商调整实施计划。
P:4.4 乙方应指定一名具有自动化项目管理经验的项目经理常驻现场，每周向甲方提交进度周报，列明已完成工作、下周计划及需甲方配合事项。
P:4.5 乙方交付资料应包括：电气原理图及接线图、PLC程序及HMI工程文件、软件安装介质、操作手册、维修手册、备品备件清单。
H:第五条 验收
P:5.1 终验标准：（1）六条产线改造后单线节拍不低于每分钟18把骨架；（2）视觉检测单元对铆点漏铆、错位的检出率不低于99.5%，误判率不高于0.3%；（3）产线控制软件各项功能按技术协议实现，与ERP工单及产量数据核对一致；（4）改造后连续生产20个工作日，无因控制系统导致的停线。
P:5.2 终验由甲方生产、设备、信息部门共同进行，出具书面验收报告。设备安装、试生产或甲方使用，均不视为终验合格。
P:5.3 终验不合格的，乙方应在15日内整改，整改后重新组织验收。
P:5.4 终验前，乙方应完成对甲方设备维修人员的现场培训，培训后维修人员能够独立完成程序备份、参数恢复及常见报警处理，培训效果由甲方考核确认。
H:第六条 质量保证
P:6.1 质保期为二十四个月，自终验合格之日起计算。质保期内设备及软件出现非甲方原因造成的故障，乙方免费维修或更换。
P:6.2 产线控制系统月度可用率不低于99.5%（计划停机除外）。
P:6.3 一级故障（整条产线停线）乙方应在1小时内远程响应，3小时内到达现场，8小时内恢复生产；二级故障（单工位停机）2小时内响应，次日内修复。
P:6.4 乙方未按时响应或恢复的，每超时1小时扣减质量保证服务费¥500；月度可用率未达约定的，按每低于0.1个百分点扣减¥2,000，从应付款或维保费中扣除。
P:6.5 质保期满后，乙方按软硬件小计的9%每年提供维保服务（即¥103,320/年），三年内价格不变。维保内容包括定期巡检、备件更换、软件升级和故障处理，由双方另行签订维保合同。
P:6.6 乙方应在甲方现场存放常用备件（包括伺服驱动器、IO模块、工业相机各两件），备件由乙方负责补充，质保期内不另收费。
P:6.7 乙方每季度对改造产线进行一次预防性巡检，提交巡检报告并提出优化建议。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的PLC工艺程序、HMI画面、ERP接口程序及其源代码归甲方所有，甲方可自行修改或委托第三方修改。
P:7.2 产线控制软件的著作权属乙方，甲方享有永久使用权，可在本厂范围内不限期使用。
P:7.3 乙方保证其提供的设备和软件不侵犯第三方知识产权，如发生侵权纠纷，由乙方负责处理并承担全部费用。
H:第八条 数据与网络安全
P:8.1 产线运行数据、工艺参数及产量质量数据归甲方所有，乙方不得复制、留存或用于本合同以外的用途。
P:8.2 乙方应对控制网络与办公网络进行隔离，设置访问权限及操作日志；远程维护须经甲方书面批准并全程记录。因乙方原因导致数据泄露或生产系统被入侵的，乙方承担赔偿责任。
H:第九条 保密
P:9.1 乙方对在项目中知悉的甲方工艺、产能、客户及经营信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。
P:9.2 乙方应要求其参与本项目的人员签署保密承诺，并对其人员的泄密行为承担责任。
H:第十条 违约责任
P:10.1 乙方交付的设备或软件不符合合同约定的，应负责更换或修复，并赔偿甲方因此遭受的直接损失。
P:10.2 因乙方施工造成甲方设备损坏或人员伤害的，乙方承担全部责任。
H:第十一条 分包与转让
P:11.1 未经甲方书面同意，乙方不得将本合同项下任何工作分包或转让给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后10日内未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:12.2 因不可抗力导致合同无法履行的，双方互不承担违约责任，但受影响一方应及时通知对方并提供证明。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十四条 其他
P:14.1 技术协议、设备清单为本合同附件，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：                乙方（盖章）：
P:日期：2025年  月  日
"""
Z03 = """剑锋连锁击剑馆课程预约与会员管理云服务合同

合同编号：JF-IT-2025-009
甲方：上海剑锋体育发展有限公司
乙方：苏州约课云信息科技有限公司

甲方在华东地区经营40家击剑馆，为统一课程预约、会员管理和教练排课，拟采购乙方"约课云"SaaS服务及上线实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方40家门店提供"约课云"课程预约与会员管理SaaS服务，功能包括：会员注册与电子会员卡、团课及私教预约、教练排课与课时统计、储值卡与课包管理、剑道与器材预约、签到核销、消息推送、经营报表。
2. 甲方会员可通过微信小程序预约课程，门店前台、教练及总部管理人员通过网页端和移动端使用，账号数量不设上限。
（二）实施服务
1. 乙方负责40家门店的系统配置、课程及价格体系搭建、历史会员及课包数据迁移、与甲方财务系统和支付渠道的对接。
2. 乙方为门店店长、前台及教练提供分批培训，并在上线后前两周安排专人驻场支持。
3. 乙方指定一名实施项目经理负责全部门店上线，按华东各城市分四批推进，每批上线前向甲方提交切换方案和回退预案，切换应安排在门店闭馆后进行。
（三）持续服务
1. 服务期内，乙方免费提供平台版本更新、功能迭代、在线客服及远程技术支持。
2. 乙方为甲方配置专属客户成功经理，每季度与甲方回顾使用情况，并提供门店运营数据分析建议。
3. 甲方新增门店的，按每家门店每个服务年度¥9,600的单价按实际使用月数折算增加订阅费，新增门店的配置和培训不另收费。

二、服务期限与续订
（一）服务期为两个服务年度。第一个服务年度自全部门店上线验收合格之日起算，第二个服务年度自第一个服务年度届满次日起算。
（二）服务期满前，任何一方未提出书面终止的，本合同自动续订一个服务年度，续订次数不限。续订期间的订阅费由乙方按其届时的价格体系确定，乙方在续订前通知甲方调整后的价格即可，无需甲方另行同意。

三、费用及支付
（一）费用构成
1. 订阅费：每家门店每个服务年度¥9,600，40家门店每个服务年度合计¥384,000，两个服务年度合计¥768,000。
2. 实施费：一次性¥168,000。
3. 本合同总金额为人民币玖拾叁万陆仟元整（¥936,000）。
（二）支付方式
1. 实施费在全部门店上线验收合格后15个工作日内一次性支付。
2. 订阅费按季度支付，每季度¥96,000，甲方在每个季度首月10日前支付当季费用。
3. 乙方应在收款前开具合法的增值税专用发票。
4. 除本合同约定的费用外，乙方不得以短信通道、存储扩容或版本升级等名义另行向甲方收取费用。

四、上线与验收
（一）乙方应在合同签订后50日内完成全部门店上线。
（二）上线验收标准：
1. 功能清单所列功能全部可用；
2. 会员、课包、储值余额迁移后与甲方原系统逐条核对一致，差额为零；
3. 在1,500名会员同时预约的压力测试下，预约操作响应时间不超过2秒；
4. 与财务系统和支付渠道对账连续10日无差错。
（三）甲方在收到验收申请后7个工作日内组织验收，并出具书面结论。系统上线试用或门店实际使用均不视为验收合格。
（四）验收不合格的，乙方应在10日内完成整改并重新申请验收。
（五）乙方逾期完成上线验收的，每逾期一日按本合同总金额的万分之八支付违约金。

五、服务水平
（一）SaaS服务月度可用率不低于99.95%，计划维护应安排在凌晨1点至6点之间并提前3日通知甲方。
（二）一级故障（预约或签到功能整体不可用）乙方应在15分钟内响应、2小时内恢复；二级故障1小时内响应、当日内解决；三级问题在下一个迭代版本中解决。
（三）月度可用率未达标的，乙方按当季订阅费的5%向甲方提供服务抵扣；一级故障恢复每超时1小时，另行抵扣¥1,000。抵扣在下一季度订阅费中扣除。
（四）乙方每月向甲方提供服务报告，列明可用率、故障及处理情况。
（五）乙方应提供7×24小时故障受理渠道，并为甲方总部指定一名技术支持负责人；重大节假日及甲方举办赛事期间，乙方应安排专人值守。
（六）乙方应每日对系统数据进行备份，备份数据保存不少于90日，数据恢复点目标不超过1小时。

六、数据
（一）甲方及其会员在系统中产生的会员信息、预约记录、交易流水等数据归甲方所有。
（二）乙方可对上述数据进行去标识化处理后，汇总用于体育培训行业分析、产品改进及向第三方提供行业报告，该等汇总数据的权利归乙方。
（三）乙方应按照网络安全等级保护第三级要求保护系统及数据，会员个人信息加密存储，运维访问实行最小授权并留存日志。发生数据泄露的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担。
（四）服务终止后30日内，乙方应将全部数据以通用格式交还甲方，并删除系统中的数据副本。
（五）会员个人信息的收集和使用应遵守《中华人民共和国个人信息保护法》，小程序隐私政策由双方共同确认；未成年会员信息须取得其监护人同意。
（六）乙方应每年委托第三方对平台进行一次渗透测试，并将测试结论及整改情况书面告知甲方。

七、知识产权
（一）"约课云"平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方专门开发的报表、接口程序及配置方案归甲方所有，甲方可自行使用、修改或交由第三方使用。

八、保密
双方对因本合同知悉的对方商业信息、技术信息及经营数据负有保密义务，未经对方书面同意不得披露。本条在合同终止后三年内持续有效。

九、违约与责任限制
（一）任何一方违约给对方造成损失的，应予赔偿。
（二）乙方在本合同项下的累计赔偿责任以本合同总金额的150%为限，但因乙方故意、重大过失或违反第六条第（三）款造成的损失不受此限。

十、转包与分包
未经甲方书面同意，乙方不得将本合同项下的实施服务分包或转包给第三方。

十一、合同解除
（一）乙方严重违约，或连续两个月可用率未达标，经甲方书面催告后15日内未纠正的，甲方有权解除合同，乙方应退还已付未消耗的订阅费。
（二）甲方逾期付款超过60日的，乙方可暂停服务。暂停前乙方应提前10日书面通知甲方，且不得删除或限制甲方导出数据。
（三）合同解除或终止的，乙方应配合甲方完成数据导出及向新系统的迁移，迁移协助期不少于30日，期间服务不得中断。
（四）因不可抗力导致服务中断的，受影响一方应及时通知对方，不可抗力持续超过30日的，任何一方可书面解除合同，已付未消耗的订阅费按日退还。

十二、通知
双方指定的联系人及联系方式见附件。一方变更联系人或联系方式的，应提前5个工作日书面通知对方；未通知的，按原联系方式送达即视为有效送达。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，提交上海仲裁委员会仲裁。

十四、其他
本合同附件包括功能清单、门店清单及实施计划。本合同一式四份，双方各执两份，自双方盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：2025年  月  日
"""

Z04 = """市慈善总会募捐与救助管理系统运维服务合同

合同编号：CSZH-YW-2025-03
甲方：南平市慈善总会
乙方：福州榕安信息技术服务有限公司

甲方已建成"募捐与救助管理系统"（包括网上募捐平台、捐赠票据管理、救助申请审核、善款拨付及信息公开等子系统）。为保障系统稳定运行，甲方委托乙方提供运维服务。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

第一条 服务期限
服务期限自2025年4月1日起至2026年3月31日止。期满后本合同自动终止，不自动续期；如需继续服务，由甲方依采购程序另行确定。

第二条 服务内容
（一）驻场运维：乙方派驻两名运维工程师，工作日8:30至17:30在甲方现场值守，负责系统监控、日常巡检、账号与权限管理、数据备份检查、用户咨询。
（二）应用运维：缺陷修复、配置调整、报表调整，以及每季度不超过60人日的小版本功能优化。
（三）安全运维：每月漏洞扫描和基线核查，每季度一次应急演练，配合甲方完成等级保护测评整改。高危漏洞应在发现后3个工作日内完成修复或采取临时防护措施，中危漏洞在下一次巡检前完成修复。
（四）重大活动保障："中华慈善日"及春节募捐等重点时段提供专项值守。乙方应在活动前完成专项巡检和扩容评估，活动期间安排工程师远程值守并每日报告系统运行情况。
（五）备份与恢复：每日检查数据库及文件备份情况，每季度进行一次备份恢复演练，形成演练记录。
（六）文档管理：持续更新系统架构图、资产清单、账号清单、变更记录和应急预案，每季度向甲方提交一次。

第三条 服务费用
（一）本合同总额为人民币肆拾捌万陆仟元整（¥486,000），其中：驻场运维¥312,000；应用运维及小版本优化¥108,000；安全巡检及应急演练¥66,000。
（二）上述费用为固定总价，已包含人员、差旅、工具及税费，甲方不再另行支付其他费用。

第四条 付款方式
（一）服务费按季度于季末支付，每季度¥121,500。
（二）每季度结束后，甲方依据第六条对乙方进行季度考核，考核合格后10个工作日内支付当季费用；考核扣减的金额从当季费用中扣除。
（三）本合同不设预付款。

第五条 服务水平
（一）系统月度可用率不低于99.95%（经甲方同意的计划维护除外）。
（二）故障分级及时限：一级故障（网上募捐平台或善款拨付功能不可用）30分钟内响应、2小时内恢复；二级故障（单一子系统部分功能异常）1小时内响应、8小时内解决；三级故障（不影响业务的一般问题）2个工作日内解决。
（三）乙方每月5日前提交上月运维报告，包括可用率、故障、变更及巡检结果。
（四）乙方应提供7×24小时故障受理电话，非工作时间发生一级故障的，乙方工程师应在2小时内到达甲方现场。
（五）系统变更须提前3个工作日提交变更方案，经甲方审批后在业务低峰期实施，并保留回退方案。紧急变更可先口头报批，事后24小时内补办书面手续。

第六条 服务进场与考核
（一）乙方应在服务期开始前完成与原运维单位的交接，交接验收标准为：系统资产清单、账号清单、运维文档及备份恢复测试全部核对完成，由甲方书面确认。
（二）季度考核标准：可用率达到第五条约定；一级故障均在时限内恢复；月度报告按时提交；安全漏洞在约定期限内完成整改；甲方满意度评分不低于85分。
（三）考核结论以甲方出具的书面考核单为准。
（四）派驻人员要求：运维工程师应具备三年以上同类系统运维经验，至少一人持有信息安全相关资质证书。乙方更换派驻人员须提前10个工作日书面征得甲方同意，新人员须经甲方面试确认并完成不少于5个工作日的交接。
（五）乙方应遵守甲方的办公管理、保密管理和廉洁规定，派驻人员不得接受捐赠人或受助人的任何财物。

第七条 违约责任
（一）一级故障响应或恢复每超时1小时，扣减服务费¥1,000；二级故障每超时1小时扣减¥300；月度可用率每低于约定值0.01个百分点，扣减¥800。
（二）乙方逾期完成服务进场交接、逾期完成甲方书面要求的安全整改的，每逾期一日，按合同总额的千分之一支付违约金。
（三）乙方派驻人员无故缺岗的，每人每日扣减¥600。
（四）因乙方运维操作失误导致数据丢失、系统长时间中断或募捐款项差错的，乙方应负责恢复并赔偿甲方因此遭受的全部损失。
（五）本条约定的扣减及违约金，甲方可直接从应付服务费中扣除，不足部分由乙方另行支付。

第八条 数据安全
（一）系统内的捐赠人信息、受助人信息、募捐及拨付记录等全部数据归甲方所有，乙方仅可为提供本合同运维服务使用，不得复制、留存或用于任何其他目的。
（二）乙方应遵守《中华人民共和国个人信息保护法》《中华人民共和国数据安全法》，运维操作通过甲方堡垒机进行，不得私自导出数据；涉及受助人敏感个人信息的操作须经甲方审批并双人复核。
（三）发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此承担的行政处罚及对第三方的赔偿。
（四）甲方有权对乙方的数据安全措施进行检查或委托第三方审计，乙方应予配合并在甲方要求的期限内完成整改。

第九条 保密
乙方及其人员对在服务中知悉的甲方工作秘密、捐赠人及受助人信息负有保密义务，派驻人员须签署保密承诺书。乙方应对其人员进行保密教育并对其泄密行为承担责任。保密义务不因合同终止而解除。

第十条 知识产权
乙方在服务中形成的运维脚本、配置文档、巡检报告及功能优化成果的知识产权归甲方所有，甲方可自由使用和修改。

第十一条 服务交接与退出
（一）服务期满前30日，乙方应编制完整的交接方案，包括系统运行现状、遗留问题清单、账号及权限清单、运维工具及脚本清单。
（二）甲方确定新的运维单位后，乙方应配合完成交接，对新单位人员进行不少于10个工作日的现场带教，并保证交接期间系统正常运行。
（三）交接完成后，乙方应注销其全部运维账号，删除在服务过程中接触的全部数据，并向甲方出具书面删除确认。

第十二条 分包
乙方不得将本合同项下的任何服务分包或转包给第三方。

第十三条 合同解除
（一）乙方连续两个季度考核不合格，或发生重大数据安全事件，或有其他严重违约行为经甲方书面催告后10日内未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
（二）合同解除或期满时，乙方应完成运维交接，移交全部文档、账号及脚本，交接期不少于15日。
（三）因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行或解除合同，均不承担违约责任。

第十四条 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十五条 其他
双方在履行本合同过程中的通知应以书面形式送达本合同首部所列地址或双方确认的电子邮箱。本合同一式四份，甲乙双方各执两份，经双方签字盖章后生效。附件：运维服务清单、系统资产清单、考核评分表。

甲方（盖章）：              乙方（盖章）：
签订日期：2025年3月  日
"""
Z05 = """# 织染通®生产追溯系统软件许可及实施合同

> 本合同为绍兴织联软件有限公司标准合同文本（ZL-HT-2024版），适用于织染通系列产品的销售与实施。

合同编号：ZL-2025-0318

甲方（用户）：高阳县润棉毛巾有限公司

乙方（供应商）：绍兴织联软件有限公司

鉴于甲方拟建设覆盖织造、染色、后整理及成品包装全过程的生产追溯系统，乙方拥有"织染通"生产追溯系统软件的全部权利，双方本着平等自愿的原则，就软件许可及实施事宜达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方提供"织染通"生产追溯系统V5.2软件许可，包括织造管理、染色配方与缸次管理、后整理工序跟踪、成品批次追溯、设备数据采集五个标准模块。

1.2 乙方根据甲方需求进行定制开发，包括：毛巾花型与提花工艺卡、染缸温控曲线采集、客户订单色号对照、出口客户追溯报告模板，以及与甲方现有ERP和仓库系统的接口。

1.3 乙方负责系统安装部署、基础数据导入及操作培训。甲方应提供服务器、网络环境及车间数据采集所需的电气条件。

## 第二条 合同价款

2.1 本合同总价为人民币壹佰零捌万元整（¥1,080,000），明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 织染通生产追溯系统软件许可（五个标准模块，工厂级授权） | 1套 | 720,000 |
| 2 | 定制开发（工艺卡、温控曲线采集、色号对照、追溯报告、ERP及仓库接口） | 1项 | 300,000 |
| 3 | 安装部署、数据导入及培训 | 1项 | 60,000 |
| | 合计 | | 1,080,000 |

2.2 上述价格不含服务器、数据库、操作系统、工控网关及现场布线费用，该等费用由甲方另行承担。

2.3 甲方提出超出附件需求清单范围的功能变更的，乙方按每人日¥2,800另行计费。

2.4 本合同项下软件许可为工厂级授权，仅限甲方在高阳县厂区使用。甲方新增厂区或将系统用于关联企业的，应另行购买许可。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的55%，即¥594,000。

3.2 系统安装部署完成并上线后10个工作日内，甲方支付合同总价的45%，即¥486,000。

3.3 乙方在收到款项后开具增值税专用发票。甲方逾期付款的，乙方有权暂停实施和技术支持，由此造成的工期延误由甲方负责。

## 第四条 实施与交付

4.1 乙方在收到首期款后开始实施，计划实施周期为75个工作日。因甲方未及时提供数据、场地或确认需求造成的延误，工期相应顺延。

4.2 乙方完成系统安装部署并上线运行，即视为乙方完成交付，同时视为甲方验收合格。甲方在上线后提出的意见，由乙方在后续版本中酌情处理。

4.3 乙方交付的文档包括用户手册和管理员手册，源代码及设计文档不在交付范围内。

4.4 乙方为甲方提供两次集中培训，每次不超过2日，培训对象为甲方系统管理员、车间班组长及质检人员，合计不超过30人。超出部分的培训按乙方报价另行收费。

4.5 车间数据采集以甲方现有织机和染缸控制器开放的通讯接口为限。因设备老旧或厂家不开放协议导致无法采集的，乙方不承担责任，甲方可改为人工录入。

4.6 甲方应指定项目负责人及各车间联络人，及时确认需求、提供基础数据（包括物料编码、工艺路线、设备清单、客户及色号资料），并组织相关人员参加培训和上线切换。

## 第五条 知识产权

5.1 "织染通"软件及其全部模块的著作权、专利权和其他知识产权归乙方所有。

5.2 乙方为甲方定制开发的工艺卡、采集程序、报告模板、接口程序及相关文档，其知识产权同样归乙方所有。甲方在本合同约定的工厂范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反向工程或提供给关联企业使用。

5.3 乙方有权将定制开发成果纳入其标准产品，向其他客户销售。

## 第六条 售后服务

6.1 乙方自系统上线之日起提供六个月免费维护，包括软件缺陷修复和远程技术支持。

6.2 故障响应：一级故障（系统整体无法使用）乙方在8小时内响应，二级故障在2个工作日内响应，一般问题通过工单处理。乙方提供工作日9:00至18:00的电话及远程支持，现场服务另行收费。

6.3 免费维护期满后，甲方应购买乙方年度维护服务，年维护费为软件许可费的28%，即每年¥201,600，按年预付。未购买维护服务的，乙方不再提供补丁、升级及技术支持。

6.4 因甲方自行修改配置、操作不当、硬件或网络故障导致的问题，不属于免费维护范围。

6.5 乙方发布新版本时，处于维护服务期内的甲方可免费升级至新版本，但升级所需的定制开发适配工作另行计费。

6.6 维护服务期内，乙方每年提供一次远程巡检，巡检内容包括数据库空间、日志及备份情况检查。

## 第七条 数据与安全

7.1 系统中的生产数据、配方数据、订单及客户信息归甲方所有。乙方仅在提供实施及维护服务时访问上述数据，不得用于其他目的。实施完成后，乙方应删除实施过程中获取的甲方数据副本。

7.2 乙方远程维护须经甲方授权，使用独立账号并记录操作日志；乙方人员不得将甲方数据拷贝至乙方设备。发生数据泄露的，乙方应在发现后及时通知甲方并采取补救措施，因乙方原因导致的，由乙方依本合同第九条承担责任。

## 第八条 保密

8.1 双方对在合作中获知的对方技术秘密和经营信息负有保密义务，未经对方书面同意，不得向第三方披露。

8.2 本条保密义务在合同终止后三年内有效。

## 第九条 违约责任

9.1 因乙方原因逾期交付的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

9.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。乙方不承担任何间接损失、利润损失或停产损失。

9.3 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金。

## 第十条 合同解除

10.1 一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权解除本合同。

10.2 合同解除的，甲方应支付乙方已完成工作的费用，已付的软件许可费不予退还。

10.3 合同解除后，甲方应停止使用乙方定制开发的程序及模板；乙方应在甲方结清款项后，协助甲方将生产数据以Excel或CSV格式导出，协助导出超过3个工作日的部分按人日另行计费。

## 第十一条 争议解决

11.1 因本合同发生的争议，双方友好协商解决；协商不成的，提交绍兴仲裁委员会仲裁。仲裁裁决是终局的，对双方均有约束力。

## 第十二条 其他

12.1 本合同附件为需求清单及实施计划，附件与本合同具有同等效力。

12.2 因地震、火灾、洪水、政府行为、疫情等不可抗力导致合同不能履行的，受影响一方不承担违约责任，但应及时通知对方并在合理期限内提供证明。

12.3 甲方同意乙方在其官网及宣传资料中将甲方列为客户案例，但不得披露甲方的经营数据。

12.4 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。乙方对本合同条款享有最终解释权。

甲方（盖章）：                    乙方（盖章）：

日期：2025年  月  日
"""
E01 = """
T:Software Licence and Services Agreement - YardMaster Terminal Operating Suite
P:Agreement No. SWL-2025-117
P:This Software Licence and Services Agreement (the "Agreement") is made between Qingdao Haixing Container Terminal Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qingdao, Shandong Province (the "Customer"), and Anchorline Systems Limited, a company incorporated in the Republic of Ghana with its registered office at Harbour Road, Takoradi, Western Region, Ghana (the "Vendor").
P:The Customer operates a container terminal and wishes to replace its yard-planning and gate software. The Vendor develops and licenses the YardMaster terminal operating suite and has agreed to license it and to provide implementation services on the terms below.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the YardMaster Yard Planning, Vessel Planning, Gate Automation and Equipment Dispatch modules in object code, version 8.3, together with updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, configuration sets, data conversion scripts and documentation prepared by the Vendor specifically for the Customer, including the interfaces to the Customer's customs declaration system, the port community system and the Customer's finance system.
P:1.3 "Customer Data" means all data entered into, processed by or generated by the Licensed Software for the Customer, including container, vessel, booking, gate transaction and equipment telemetry data.
P:1.4 "Final Acceptance" means the Customer's written confirmation that the acceptance criteria in Article 5 have been met.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Licensed Software at the Customer's terminal in Qingdao and at its disaster recovery site, for an unlimited number of named and concurrent users.
P:2.2 The Customer may make copies of the Licensed Software for backup, testing and training. The Customer may allow its contractors to use the Licensed Software on the Customer's behalf.
P:2.3 The licence survives any termination of this Agreement, except termination by the Vendor for the Customer's failure to pay the Licence Fee.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Licensed Software, build the Custom Deliverables, convert the Customer's historical yard and booking data, train the Customer's planners, gate staff and administrators, and support the cut-over from the existing system.
P:3.2 The Vendor shall appoint a project manager who shall attend the Customer's site during configuration, testing and cut-over. The Vendor shall not replace key personnel without the Customer's agreement, which shall not be unreasonably withheld.
P:3.3 The Vendor shall complete the installation within 70 days and deliver the system for Final Acceptance testing within 150 days after the effective date.
H:Article 4 Price and Payment
P:4.1 The total price is CNY 1,830,000, made up as follows: Licence Fee CNY 1,240,000; configuration and Custom Deliverables CNY 460,000; training CNY 58,000; project management and cut-over support CNY 72,000.
P:4.2 The price is fixed and includes all taxes, travel, subsistence and expenses of the Vendor's personnel.
P:4.3 The Customer shall pay: (a) 20% of the total price within 20 days after signature, against the Vendor's invoice and an advance payment guarantee issued by a bank acceptable to the Customer; (b) 45% within 20 days after the installation of the Licensed Software at both sites is certified by the Customer, which certificate does not constitute acceptance; and (c) 35% within 20 days after Final Acceptance.
P:4.4 All payments shall be made in CNY to the Vendor's account stated in its invoice.
H:Article 5 Acceptance
P:5.1 Final Acceptance tests shall demonstrate that: (a) every function listed in the functional specification works as described; (b) the converted data reconciles with the legacy system record by record; (c) gate transactions are processed in less than 3 seconds at peak load of 180 trucks per hour; (d) all Custom Deliverables exchange messages with the connected systems without error for 10 consecutive days; and (e) the system runs in live operation for 30 days without a Severity 1 incident.
P:5.2 The Customer shall issue the Final Acceptance certificate within 10 days after the criteria are met. Go-live, live use of the system or payment of any instalment shall not be deemed acceptance.
P:5.3 If a test fails, the Vendor shall correct the defects and repeat the test within 15 days at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Licensed Software and Custom Deliverables will perform in accordance with the functional specification for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and new versions and provide support at no additional charge.
P:6.2 Severity 1 incidents (the gate or yard planning function is unavailable) shall be responded to within 1 hour and a workaround provided within 6 hours, at any time of the day. Severity 2 incidents shall be responded to within 2 hours during business hours and resolved within 2 business days.
P:6.3 If the Vendor misses a response or workaround time, it shall credit the Customer CNY 1,500 for each hour or part of an hour of delay, deducted from any amount payable to the Vendor.
P:6.4 After the Warranty Period the Customer may purchase annual support at 11% of the Licence Fee, that is CNY 136,400 per year. This fee is fixed for the first three support years and any later increase may not exceed the change in the consumer price index published by the National Bureau of Statistics of China. Support is purchased by separate order each year and does not renew automatically.
H:Article 7 Delay
P:7.1 If the Vendor fails to deliver the system for Final Acceptance testing by the date in Article 3.3 for reasons attributable to it, it shall pay liquidated damages of 0.08% of the total price for each day of delay.
P:7.2 Liquidated damages under this Article shall not exceed 10% of the total price. If they reach that amount, the Customer may terminate under Article 12.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Licensed Software.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them freely.
P:8.3 The Vendor shall indemnify the Customer against any claim that the Licensed Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not use it for any other purpose, including analytics or product development, or disclose it to any person.
P:9.2 The Vendor's remote access to the Customer's systems shall be approved by the Customer for each session, made through the Customer's VPN with multi-factor authentication and recorded. The Vendor shall not copy Customer Data outside the Customer's environment and shall comply with the Cybersecurity Law, Data Security Law and Personal Information Protection Law of the People's Republic of China.
P:9.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 6 hours of becoming aware of it, cooperate in containment and investigation, and be liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and not disclose it to third parties without the other party's prior written consent. This obligation continues for three years after this Agreement ends.
H:Article 11 Liability
P:11.1 The Vendor's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to liability for personal injury, fraud, wilful misconduct, infringement under Article 8.3 or breach of Articles 9 and 10.
H:Article 12 Term and Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.
P:12.2 On termination by the Customer under Article 12.1 before Final Acceptance, the Vendor shall refund all amounts paid, less the value of any Custom Deliverables the Customer elects to keep.
H:Article 13 Subcontracting and Assignment
P:13.1 The Vendor shall not subcontract any part of the Services or assign this Agreement without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Ghana.
P:14.2 The parties shall first try to settle any dispute by negotiation between senior managers. A dispute not settled within 30 days shall be referred to the High Court of Ghana sitting at Sekondi, to whose jurisdiction both parties submit.
H:Article 15 General
P:15.1 Neither party is liable for failure to perform caused by force majeure, provided it notifies the other party promptly and uses reasonable efforts to resume performance.
P:15.2 This Agreement, with its Annexes (Functional Specification, Project Plan, Acceptance Test Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. This Agreement is made in English in two originals.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Date: ____________________
"""
E02 = """# ORDER FORM - SHEATRACE SOURCING PLATFORM

**Order Form No.** ST-OF-2025-044

**Provider:** NorthSavanna Digital Ltd., Bolgatanga Road, Tamale, Northern Region, Ghana

**Customer:** Guangzhou Yunlan Cosmetic Ingredients Co., Ltd., Huangpu District, Guangzhou, People's Republic of China

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing, the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## PART A - ORDER DETAILS

### A1. Subscribed Service

The SheaTrace sourcing platform, a hosted software service that records the purchase of shea nuts and shea butter from women's cooperatives and aggregators in northern Ghana, links each purchase lot to its collection points, processing batches and export shipments, and produces traceability and certification reports. The subscription covers the Sourcing, Lot Tracking, Certification Evidence and Shipment modules, 120 named users for the Customer and its purchasing agents, and the mobile collection app for up to 60 field officers.

### A2. Subscription Term

Twenty-four (24) months from the Go-Live Date, made up of two Subscription Years. The first Subscription Year starts on the Go-Live Date and the second on the first anniversary of the Go-Live Date. This Order Form does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Onboarding and configuration (one-time) | fixed | 86,000 |
| Subscription Year 1 | annual | 312,000 |
| Subscription Year 2 | annual | 312,000 |
| **Total Order Value** | | **710,000** |

Fees are exclusive of any usage above the limits in A1, which is charged at the rates in the Provider's price schedule if the Customer orders additional users in writing. Prices are fixed for the Subscription Term.

### A4. Invoicing and Payment

- The onboarding fee is invoiced on the Go-Live Date, after the Customer has signed the Go-Live acceptance certificate under A5.
- Each Subscription Year's fee is invoiced at the start of that Subscription Year.
- Invoices are payable within 30 days of receipt by bank transfer in CNY. No amount is payable on signature.

### A5. Onboarding and Go-Live

The Provider shall configure the platform for the Customer's supplier network, import the Customer's register of 46 cooperatives and 310 collection points, set up the certification evidence templates required by the Customer's buyers, connect the platform to the Customer's ERP for purchase orders and goods receipts, and train the Customer's staff and field officers. The target Go-Live Date is 75 days after signature of this Order Form.

Go-Live acceptance criteria: (a) all functions listed in the Service Description are available to the Customer's users; (b) the imported cooperative and collection-point register matches the Customer's source data; (c) purchase orders and goods receipts flow between the platform and the Customer's ERP without error for 10 consecutive business days; and (d) a trial traceability report for three export shipments is produced and confirmed by the Customer's quality department. The Customer shall sign the certificate within 5 business days after these criteria are met. Use of the platform for training or testing is not acceptance.

If Go-Live acceptance is delayed beyond the target date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay, deducted from the onboarding fee.

### A6. Contacts and Special Terms

Customer contact: Ms. Lin Xiaowen, Sourcing Manager. Provider contact: Mr. Abdul-Rahman Iddrisu, Account Director. The Provider shall provide training in English and Chinese, and the mobile app shall support English and Dagbani.

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscribed hosted service described in A1, including updates the Provider makes generally available during the Subscription Term.

1.2 "Customer Data" means all data submitted to the Service by or for the Customer, including cooperative, farmer, lot, price, payment and shipment data, and all reports generated from it.

1.3 "Documentation" means the Provider's user guides and the Service Description as updated from time to time, provided that no update may materially reduce the functions of the Service.

### 2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer's users during the Subscription Term in accordance with the Documentation.

2.2 The Provider will use commercially reasonable efforts to keep the Service available and to perform maintenance outside the Customer's business hours where practicable. The Provider does not commit to any particular level of availability.

2.3 Support is provided by email and through the Provider's online help centre during the Provider's business hours in Ghana. The Provider will address support requests in the order received and will use reasonable efforts to resolve problems that prevent use of the Service.

2.4 The Customer shall keep its user credentials secure, ensure that its users comply with these General Terms and notify the Provider promptly of any unauthorised use.

### 3. Customer Data

3.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the Service to the Customer and shall not use it for any other purpose, including aggregated or anonymised analysis, benchmarking or the development of other products, and shall not disclose it to any third party.

3.2 The Provider shall host the Service in a data centre of a cloud provider located in the People's Republic of China, shall encrypt Customer Data in transit and at rest, shall restrict access to named personnel with multi-factor authentication, shall keep access logs for at least one hundred and eighty days and shall back up Customer Data daily.

3.3 The Provider shall notify the Customer of any actual or suspected security breach affecting Customer Data within 24 hours, shall take immediate steps to contain it and shall be liable for the losses the Customer suffers as a result of a breach caused by the Provider's failure to comply with this section.

3.4 Within 30 days after the end of the Subscription Term the Provider shall return all Customer Data in CSV format and then delete it from the Service and its backups, and confirm the deletion in writing.

### 4. Intellectual Property

4.1 The Provider owns the Service, the Documentation and all improvements to them.

4.2 The configurations, report templates, certification evidence templates and ERP interface mappings prepared specifically for the Customer belong to the Customer. The Customer may use, modify and allow third parties to use them without restriction, and the Provider shall deliver them in an editable format on request.

### 5. Confidentiality

5.1 Each party shall keep confidential the other party's non-public business and technical information, use it only for the purposes of this Order Form and not disclose it without the other party's prior written consent, except to its employees and advisers who need to know it and are bound by equivalent obligations. This obligation continues for three years after the Subscription Term ends.

### 6. Subcontractors

6.1 The Provider shall not subcontract the provision of the Service or any onboarding work, except to its hosting provider named in the Service Description, without the Customer's prior written consent. The Provider is responsible for the acts and omissions of its subcontractors.

### 7. Warranties

7.1 The Provider warrants that the Service will perform materially in accordance with the Documentation and that onboarding services will be performed with reasonable skill and care by qualified personnel.

7.2 The Provider warrants that the Service does not infringe the intellectual property rights of any third party and shall defend the Customer against any such claim.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss or loss of profit.

8.2 The Provider's total liability arising out of or in connection with this Order Form, whether in contract, tort or otherwise, shall not exceed the fees paid by the Customer under this Order Form in the six months immediately preceding the event giving rise to the claim.

### 9. Term and Termination

9.1 This Order Form starts on signature and continues until the end of the Subscription Term.

9.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice. If the Customer terminates for the Provider's breach, the Provider shall refund the prepaid fees for the remaining part of the Subscription Year.

9.3 The Provider may suspend access if undisputed invoices remain unpaid 45 days after their due date, after giving 10 days' written notice.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 11. General

11.1 Neither party may assign this Order Form without the other party's written consent. Notices must be in writing and sent to the contacts in A6. Amendments are valid only if signed by both parties. Neither party is liable for delay caused by events beyond its reasonable control.

**For the Customer:** ____________________ **For the Provider:** ____________________
"""
E03 = """
T:Supply Contract for Cold-Chain Sensors and Monitoring Software
P:Contract No. ZSBY-PUR-2025-063
P:Buyer: Zhoushan Baiyu Cold Chain Logistics Co., Ltd., Dinghai District, Zhoushan, Zhejiang Province, People's Republic of China.
P:Supplier: Coastline Instruments Ghana Limited, Commercial Street, Cape Coast, Central Region, Ghana.
P:The Buyer operates cold stores and blast freezers for frozen seafood and wishes to install wireless temperature and humidity monitoring with alarm management. This Contract is made on the Buyer's standard terms for the purchase of equipment and software.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, alarm units and accessories listed in clause 3.
P:1.2 "Software" means the ColdWatch monitoring platform licensed under clause 4, including its mobile application and any updates supplied under this Contract.
P:1.3 "Custom Work" means the interface between the Software and the Buyer's warehouse management system, the Buyer-specific alarm rules, report templates and dashboards, and all related documentation.
P:1.4 "Buyer Data" means all temperature, humidity, door, alarm, user and warehouse data collected or processed by the Equipment or the Software.
H:2. Scope
P:2.1 The Supplier shall supply, install and commission the Equipment in the Buyer's six cold stores and two blast-freezer halls in Zhoushan, install the Software on the Buyer's servers, carry out the Custom Work and train the Buyer's staff.
P:2.2 The sensors shall measure from minus 40 to plus 30 degrees Celsius with an accuracy of plus or minus 0.3 degrees, and shall report at least once per minute. Gateways shall buffer readings for at least 72 hours when the network is interrupted.
P:2.3 The Supplier shall deliver the Equipment within 50 days and complete installation and commissioning within 90 days after the effective date.
P:2.4 The Supplier shall train at least 20 operators and 4 administrators in Chinese, covering daily monitoring, alarm handling, sensor replacement and calibration checks, report configuration and backup. Training materials and video guides shall be handed over to the Buyer.
P:2.5 The Supplier shall deliver installation drawings showing each sensor location, a sensor register with serial numbers and calibration certificates, administrator and user manuals, and the source code of the Custom Work. Work at the Buyer's sites shall follow the Buyer's safety rules for cold stores, including limits on time spent in freezer rooms.
H:3. Price
P:3.1 The contract price is CNY 1,477,000, made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, IP67, cold-rated|420|1,380|579,600
TB:2|LoRa gateway with 4G backup and battery|36|6,200|223,200
TB:3|ColdWatch monitoring platform, perpetual licence, unlimited users|1|388,000|388,000
TB:|Equipment and Software subtotal|||1,190,800
TB:4|Installation, mounting, calibration and commissioning|1 lot||146,000
TB:5|Interface to the Buyer's warehouse management system|1 lot||118,000
TB:6|Training of operators and administrators|1 lot||22,200
TB:|Total contract price|||1,477,000
P:3.2 The price is fixed and includes delivery DDP to the Buyer's sites, import duties, taxes, insurance, installation materials and all travel costs.
H:4. Licence
P:4.1 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to use the Software for its own business at any of its sites, with no limit on users or connected devices.
P:4.2 The Buyer may copy the Software for backup, testing and disaster recovery.
H:5. Payment
P:5.1 The Buyer shall pay 10% of the contract price within 15 days after signature against an advance payment guarantee of the same amount.
P:5.2 The Buyer shall pay 55% of the contract price within 20 days after all Equipment has been delivered and installed and the Software has been installed, as confirmed by a delivery and installation certificate. That certificate is not acceptance.
P:5.3 The Buyer shall pay the remaining 35% of the contract price within 20 days after Final Acceptance under clause 6.
H:6. Acceptance
P:6.1 Final Acceptance tests shall show that: (a) every sensor reports to the Software at the agreed interval, with no more than three missed readings per sensor in a 14-day test; (b) readings agree with a calibrated reference thermometer within the stated accuracy at three test points in each store; (c) alarms for over-temperature, door open and loss of signal reach the duty phone and the control room within 60 seconds; (d) readings and alarms are transferred to the warehouse management system without error for 10 consecutive days; and (e) all documentation and calibration certificates have been delivered.
P:6.2 The Buyer shall confirm Final Acceptance in writing within 7 days after the criteria are met. Delivery, installation, use of the system or payment does not mean acceptance.
P:6.3 If any test fails, the Supplier shall correct the fault at its own cost and repeat the test within 10 days.
H:7. Warranty and Service Levels
P:7.1 The Supplier warrants the Equipment and the Software for 24 months after Final Acceptance. During this period it shall repair or replace faulty Equipment, correct software defects, supply updates and provide technical support free of charge. Sensor batteries are covered for the whole warranty period.
P:7.2 The hosted alarm notification gateway used by the Software shall be available at least 99.95% of each month, excluding maintenance agreed in advance with the Buyer.
P:7.3 Severity 1 faults (loss of monitoring or alarms for a whole store) shall be responded to within 30 minutes, and monitoring shall be restored within 6 hours, if necessary with spare gateways kept at the Buyer's site. Severity 2 faults (individual sensors or reports) shall be responded to within 2 hours and fixed within 3 business days.
P:7.4 For each hour by which the Supplier exceeds a response or restoration time, it shall pay the Buyer a service credit of CNY 800. For each 0.01 percentage point by which the monthly availability falls short, it shall pay CNY 500. Credits may be set off against any amount due to the Supplier.
P:7.5 After the warranty period the Supplier shall, if the Buyer so orders, provide annual maintenance at 7.5% of the Equipment and Software subtotal, that is CNY 89,310 per year. This price is fixed for three years. Maintenance is ordered year by year and does not renew automatically.
H:8. Delay
P:8.1 If the Supplier fails to complete installation and commissioning or to pass Final Acceptance by the agreed dates, it shall pay liquidated damages of 0.1% of the contract price for each day of delay, up to 10% of the contract price.
P:8.2 Liquidated damages do not release the Supplier from its obligation to complete the work.
H:9. Intellectual Property
P:9.1 The Supplier keeps the intellectual property in the standard Software and the Equipment firmware.
P:9.2 All rights in the Custom Work belong to the Buyer. The Supplier shall deliver the source code of the interface and the templates, and the Buyer may use, modify and license them without restriction.
P:9.3 The Supplier shall defend and indemnify the Buyer against any claim that the Equipment or Software infringes a third party's rights.
H:10. Data Protection and Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier may access Buyer Data only to install, test and maintain the system and shall not use it for any other purpose or disclose it to anyone.
P:10.2 The Supplier shall configure the gateways and the Software according to the Buyer's security baseline, change all default passwords, encrypt data between gateways and servers, and access the Buyer's network remotely only through the Buyer's bastion host with approval for each session.
P:10.3 The Supplier shall report any security incident affecting Buyer Data or the system within 2 hours, take immediate remedial action and compensate the Buyer for losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all information about the Buyer's facilities, customers, stock and operations obtained under this Contract and shall not disclose it to third parties without the Buyer's prior written consent. This clause survives termination of this Contract.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the contract price, except for personal injury, wilful misconduct, infringement and breach of clauses 10 and 11, which are unlimited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent, and remains fully responsible for any approved subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier materially breaches it and does not remedy the breach within 15 days after notice, or if liquidated damages reach their maximum. The Supplier shall then refund the amounts paid for work not accepted.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Zhoushan Arbitration Commission for arbitration in Zhoushan.
H:16. General
P:16.1 Force majeure excuses delay for as long as it lasts, provided the affected party gives prompt notice. This Contract is made in English and Chinese; both versions have equal force. Annexes: technical specification, site layout, acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.** BM-MSA-2025-021

This Managed IT Services Agreement is made between:

**Customer:** Weifang Hengtai Tyre Manufacturing Co., Ltd., Changle County, Weifang, Shandong Province, People's Republic of China; and

**Provider:** Bono Tech Services Limited, Fiapre Road, Sunyani, Bono Region, Ghana, acting through its service delivery centre and its engineers stationed in Weifang.

The Customer wishes to outsource its service desk, end-user computing support and infrastructure monitoring for its head office and two tyre plants. The Provider has agreed to provide these services for a fixed term of thirty-six months on the terms below and in Schedules 1 to 3.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2.

1.3 "Service Commencement Date" means the date on which the Customer confirms in writing that Transition has been completed under Section 4.

1.4 "Customer Data" means all data of the Customer, its employees and its customers that the Provider receives or handles in performing the Services, including user account data, ticket records, device inventories and log files.

1.5 "Monthly Service Charge" means the charge set out in Schedule 3.

## 2. Term

2.1 This Agreement starts on signature. The Services run for thirty-six months from the Service Commencement Date (the "Term").

2.2 This Agreement expires at the end of the Term and does not renew automatically. Any extension requires a written amendment signed by both parties, including the charges for the extension period.

## 3. Services

3.1 The Provider shall provide the Services described in Schedule 1 for approximately 1,150 users and 1,400 devices at the Customer's head office and its Changle and Shouguang plants.

3.2 The Provider shall station at least six engineers at the Customer's sites during the Customer's working hours, including one team leader, and shall provide remote service desk coverage at all other times.

3.3 The Provider shall use the Customer's IT service management tool for all tickets, changes and asset records, and shall follow the Customer's change management process.

3.4 The Provider shall not replace the team leader without the Customer's prior approval, and shall give the Customer at least 20 business days' notice of any other planned change of stationed engineers.

## 4. Transition

4.1 The Provider shall take over the Services from the Customer's internal team within 60 days after signature (the "Transition").

4.2 Transition is complete when: (a) all knowledge articles, runbooks and escalation paths in the Transition plan have been documented and approved by the Customer; (b) the device inventory has been reconciled with the Customer's asset register; (c) the Provider has handled tickets in parallel with the Customer's team for 15 business days, meeting the Service Levels for at least 10 consecutive business days; and (d) monitoring covers every server, network device and plant terminal listed in the Transition plan.

4.3 The Customer shall confirm completion in writing within 5 business days after the criteria are met. Starting to handle tickets is not completion of Transition.

4.4 If Transition is not completed within the period in Section 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,800 for each day of delay.

## 5. Charges and Payment

5.1 The Customer shall pay the Transition fee and the Monthly Service Charge set out in Schedule 3. The total charges over the Term are CNY 2,170,000.

5.2 The Transition fee is invoiced after the Customer confirms completion of Transition. The Monthly Service Charge is invoiced monthly in arrears. Invoices are payable within 30 days after receipt. No advance payment is due.

5.3 Charges are fixed for the Term. A change in the number of users or devices of more than 10% in either direction shall be priced at the unit rates in Schedule 3.

## 6. Service Levels and Service Credits

6.1 The Provider shall meet the Service Levels in Schedule 2 and report its performance against them every month.

6.2 If the Provider misses a Service Level, it shall give the service credits set out in Schedule 2, which the Customer may deduct from the next invoice.

6.3 If the Provider misses the same Service Level in three consecutive months, it shall submit a remediation plan within 10 business days and carry it out at its own cost.

## 7. Customer Data

7.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose or for the benefit of any other client.

7.2 At the end of the Term the Provider shall hand over all Customer Data, documentation and records in its possession to the Customer or to a successor provider named by the Customer.

## 8. Intellectual Property

8.1 The Provider keeps its pre-existing tools, methods and know-how.

8.2 Runbooks, knowledge articles, scripts, reports and configuration records created for the Customer under this Agreement belong to the Customer, which may use, modify and pass them to any third party without restriction.

## 9. Confidentiality

9.1 Each party shall keep confidential the other party's confidential information and shall not disclose it to any third party without the other party's prior written consent, except to its employees and professional advisers who need to know it. This obligation continues for three years after the end of the Term.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 The Provider's total liability under this Agreement is limited to 150% of the total charges over the Term, except for personal injury and wilful misconduct.

## 11. Personnel and Subcontracting

11.1 The Provider's engineers shall comply with the Customer's site rules, including plant safety rules and working-time arrangements.

11.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for any subcontractor.

## 12. Duration and Early Termination

12.1 This Agreement may not be terminated before the end of the Term, except that the Provider may terminate it by written notice if the Customer fails to pay undisputed charges within 60 days after a written reminder.

12.2 The Customer's remedies for any failure of the Provider to perform are the service credits under Section 6, the delay payments under Section 4.4 and damages under Section 10.

## 13. Exit

13.1 During the last three months of the Term the Provider shall cooperate with the Customer and any successor provider, transfer knowledge and hand over all tickets, documentation and Customer Data in an orderly way.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes that cannot be resolved by negotiation within 30 days shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

## 15. General

15.1 Neither party may assign this Agreement without the other party's written consent. Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses above. Neither party is liable for delay caused by force majeure if it notifies the other party promptly.

## Schedule 1 - Services

| Service | Description | Coverage |
|---|---|---|
| Service desk | Single point of contact by phone, portal and chat in Chinese and English; logging, triage and first-line resolution | 24 x 7 |
| End-user computing | Desktop and laptop support, printers, plant terminals, mobile devices, software installation, moves and changes | Working hours on site, remote at other times |
| Infrastructure monitoring | Monitoring of servers, storage, network devices and plant terminals; alerting, first response and escalation | 24 x 7 |
| Patch and asset management | Monthly patch cycle for servers and desktops, asset register maintenance, software licence reporting | Monthly |
| Reporting | Monthly service report, quarterly service review with the Customer's IT manager | Monthly and quarterly |

## Schedule 2 - Service Levels

| Priority | Definition | Response | Restore | Credit if missed |
|---|---|---|---|---|
| P1 | Plant production line IT or a whole site unable to work | 15 minutes | 3 hours | 5% of the Monthly Service Charge per incident |
| P2 | A department or critical application degraded | 30 minutes | 8 hours | 2% of the Monthly Service Charge per incident |
| P3 | A single user unable to work | 2 hours | 1 business day | 0.5% of the Monthly Service Charge per incident |
| Service desk | Calls answered within 60 seconds | 90% of calls each month | - | 2% of the Monthly Service Charge |

Service credits in any month shall not exceed 20% of that month's Monthly Service Charge.

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee (one-time) | fixed | 64,000 |
| Monthly Service Charge | 36 months x 58,500 | 2,106,000 |
| **Total charges over the Term** | | **2,170,000** |
| Additional user above the band | per user per month | 42 |
| Additional device above the band | per device per month | 18 |
"""
E05 = """DATA SUBSCRIPTION AGREEMENT - COCOA CROP INTELLIGENCE API

Agreement No. AKD-DS-2025-0907

BETWEEN
Ashanti Crop Data Limited, a company incorporated in Ghana, of Adum, Kumasi, Ashanti Region, Ghana (the "Provider"); and
Shanghai Jinmai Cocoa Trading Co., Ltd., a company incorporated in the People's Republic of China, of Pudong New Area, Shanghai (the "Customer").

BACKGROUND
The Provider collects and models data on cocoa farm conditions, rainfall, pest and disease pressure, crop forecasts and farm-gate prices across the cocoa-growing regions of Ghana and Cote d'Ivoire, and makes it available through an application programming interface. The Customer buys cocoa beans and semi-finished cocoa products and wishes to use the data in its purchasing, hedging and risk systems.

1. DEFINITIONS
1.1 "API" means the Provider's application programming interface through which the Data is delivered, together with its documentation.
1.2 "Data" means the datasets listed in Schedule A, including daily weather observations, weekly crop condition indices, monthly regional production forecasts and daily farm-gate and port price series, with their history from 2015.
1.3 "Subscription Year 1" means the period from the Service Start Date to 30 June 2026, and "Subscription Year 2" means the period from 1 July 2026 to 30 June 2027. Each is a "Subscription Year".
1.4 "Service Start Date" means the date on which the Customer confirms acceptance of the integration under clause 4, which the parties expect to be 1 July 2025.
1.5 "Customer Data" means the queries, watch lists, portfolio locations, user details and usage records that the Customer submits to or generates in the API, and any reports the Customer produces with the Data.

2. SUBSCRIPTION
2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Years to access the API and to use the Data within its group of companies in mainland China for its internal business, including in internal reports, models and dashboards.
2.2 The subscription includes up to 25 named users, up to two million API calls per month and access to the Provider's analyst desk for up to 8 hours per month.
2.3 The Customer shall not resell the Data or publish it in raw form, but may share derived analyses and charts with its customers and banks in the ordinary course of business.

3. FEES AND PAYMENT
3.1 The fees are:
    Integration package (one-time): CNY 38,000
    Subscription fee, Subscription Year 1: CNY 286,000
    Subscription fee, Subscription Year 2: CNY 286,000
    Total contract value: CNY 610,000
3.2 The integration package is invoiced after the Customer confirms acceptance under clause 4.
3.3 The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 71,500, each at the start of the quarter to which it relates.
3.4 Invoices are payable within 30 days. Calls above the monthly allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears, only if the Customer has approved the higher volume in writing.

4. INTEGRATION AND ACCEPTANCE
4.1 The Provider shall deliver a sandbox environment, sample files for every dataset, client libraries for Python and Java, and a custom daily feed that maps the Data to the Customer's purchasing regions and warehouse locations (the "Custom Feed"), and shall support the Customer's IT team in connecting the API to the Customer's risk system.
4.2 Acceptance criteria: (a) every dataset in Schedule A is available through the API with the documented fields; (b) the Custom Feed is delivered every day before 07:00 Beijing time for 10 consecutive business days; (c) historical series reconcile with the sample files; and (d) the Customer's risk system loads the data without manual correction during the test period.
4.3 The Customer shall confirm acceptance in writing within 5 business days after the criteria are met. Access to the sandbox is not acceptance.
4.4 If the Provider fails to deliver the sandbox and the Custom Feed for testing within 30 days after signature for reasons attributable to it, it shall pay the Customer CNY 400 for each day of delay.

5. SERVICE LEVELS
5.1 The API shall be available at least 99.95% of each calendar month, excluding scheduled maintenance announced 48 hours in advance and performed on weekends.
5.2 The Provider shall respond to Priority 1 incidents (the API or the Custom Feed is unavailable, or data is materially wrong) within 1 hour at any time, and restore the service or correct the data within 6 hours. Priority 2 incidents shall be responded to within 3 hours during business days.
5.3 If monthly availability falls below the committed level, the Customer is entitled to a credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall. If the Provider misses a Priority 1 response or restoration time, the credit is CNY 1,000 per hour of delay. Credits are deducted from the next invoice.
5.4 The Provider shall publish a monthly service report showing availability, incidents, data corrections and delivery times of the Custom Feed.

6. DATA QUALITY
6.1 The Provider shall collect and process the Data with reasonable skill and care, document its sources and methods, and promptly correct errors that come to its attention, notifying the Customer of any correction affecting data delivered in the previous 90 days.
6.2 The Provider does not warrant the accuracy of any forecast, and the Customer remains responsible for its purchasing and trading decisions.

7. CUSTOMER DATA AND SECURITY
7.1 Customer Data belongs to the Customer. The Provider shall use it only to provide the API and the services under this Agreement and shall not analyse, aggregate or otherwise use it for any other purpose, or disclose it to any third party.
7.2 The Provider shall protect Customer Data with access controls, encryption in transit and at rest, API keys unique to the Customer, logged administrative access and regular vulnerability testing.
7.3 The Provider shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, take immediate steps to contain it and compensate the Customer for losses resulting from its breach of this clause.
7.4 On expiry or termination the Provider shall delete Customer Data within 30 days and confirm deletion in writing.

8. INTELLECTUAL PROPERTY
8.1 The Provider owns the Data, the API and its models.
8.2 The Custom Feed specification, mapping tables and any scripts or reports prepared specifically for the Customer belong to the Customer, which may use, modify and license them freely.
8.3 The Provider shall defend the Customer against any claim that the Customer's use of the Data or the API in accordance with this Agreement infringes a third party's rights.

9. CONFIDENTIALITY
9.1 Each party shall keep confidential the other party's non-public information, including the Customer's purchasing regions, volumes and positions, and shall not disclose it without the other party's prior written consent. This obligation continues for three years after the end of this Agreement.

10. SUBCONTRACTORS AND DATA PARTNERS
10.1 The Provider may engage subcontractors, including field survey companies, satellite imagery suppliers, hosting providers and software developers, to perform any part of its obligations. The Provider shall inform the Customer of any new subcontractor by written notice or by updating the list on its customer portal, and the Customer's consent is not required.
10.2 The Provider remains responsible for the performance of its subcontractors.

11. TERM AND RENEWAL
11.1 This Agreement starts on signature and continues until the end of Subscription Year 2.
11.2 At the end of Subscription Year 2 and of each renewal year, this Agreement renews automatically for a further year unless either party gives written notice of non-renewal at least 60 days before the renewal date.
11.3 The subscription fee for any renewal year will be the Provider's list price for the Customer's data package in effect at the renewal date. The Provider may revise its list prices at its discretion and will tell the Customer the new fee at least 75 days before the renewal date.

12. LIABILITY
12.1 Neither party is liable for indirect or consequential loss, loss of profit or trading losses.
12.2 The Provider's total liability under this Agreement is limited to 200% of the total contract value, except for liability for wilful misconduct and for breach of clauses 7 and 9.

13. TERMINATION
13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.
13.2 If the Customer terminates under clause 13.1, the Provider shall refund the fees paid for the period after termination.
13.3 The Provider may suspend access if an undisputed invoice remains unpaid 45 days after its due date, after 10 days' written notice.

14. GOVERNING LAW AND DISPUTES
14.1 This Agreement is governed by the laws of the People's Republic of China.
14.2 Disputes that cannot be settled by negotiation shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing.

15. GENERAL
15.1 Neither party may assign this Agreement without the other party's consent. Amendments must be in writing and signed by both parties. Neither party is liable for failure to perform caused by force majeure, provided it notifies the other party promptly.

SCHEDULE A - DATASETS
Daily weather observations from 140 stations; weekly crop condition and soil moisture indices by district; pest and disease alerts; monthly regional production forecasts; daily farm-gate and port price series; the Custom Feed.

Signed for the Provider: ____________________
Signed for the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# files
TARGETS = {
    "z01": ("h654z01_aquaculture_extension_service_platform.pdf", "pdf", "zh", Z01),
    "z02": ("h654z02_umbrella_frame_line_control_retrofit.docx", "docx", "zh", Z02),
    "z03": ("h654z03_fencing_club_booking_membership_saas.txt", "txt", "zh", Z03),
    "z04": ("h654z04_charity_federation_system_annual_om.txt", "txt", "zh", Z04),
    "z05": ("h654z05_towel_mill_dyeing_tracking_supplier_template.md", "md", "zh", Z05),
    "e01": ("h654e01_terminal_yard_planning_perpetual_licence.pdf", "pdf", "en", E01),
    "e02": ("h654e02_shea_traceability_saas_order_form.md", "md", "en", E02),
    "e03": ("h654e03_cold_store_sensors_monitoring_licence.docx", "docx", "en", E03),
    "e04": ("h654e04_managed_service_desk_36_months.md", "md", "en", E04),
    "e05": ("h654e05_cocoa_crop_data_api_subscription.txt", "txt", "en", E05),
}

# ---------------------------------------------------------------------------------------------------------------
# labels. Each entry: category, terms (in API order), extra, and design data (value parts, payments, TCO inputs).
def T(av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return {"availability_pct": av, "p1_response_hours": p1, "sla_remedy": rem, "ip_owner": ip,
            "data_security_clause": ds, "buyer_owns_data": own, "confidentiality": conf, "ld_rate_per_day_pct": ld,
            "liability_cap_pct": cap, "prepayment_pct": pre, "acceptance_clause": acc,
            "final_payment_on_acceptance": fin, "warranty_months": war, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


def X(sla, ld, capped, deemed, value):
    d = {"sla_clause": sla, "ld_stated": ld}
    if capped is not None:
        d["post_warranty_fee_capped"] = capped
    d["acceptance_deemed_on_delivery"] = deemed
    d["contract_value"] = value
    return d


G, S = "goods_or_licence", "service"
LABELS = {
    "z01": dict(cat="software", t=T(99.95, 0.5, True, "buyer", True, True, False, 0.08, None, 20, True, True, 24, 8,
                                    False, True, True, "PRC", G),
                x=X(True, True, True, False, 1496000), parts=[620000, 780000, 96000],
                pays=[299200, 673200, 523600], tco=dict(base=620000, fee=49600),
                rules=["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"]),
    "z02": dict(cat="hardware", t=T(99.5, 1, True, "buyer", True, True, True, None, None, 10, True, True, 24, 9,
                                    False, True, False, "PRC", G),
                x=X(True, False, True, False, 1502000),
                parts=[288000, 249600, 195000, 98400, 86000, 231000, 236000, 97000, 21000],
                pays=[150200, 826100, 525700], tco=dict(base=1148000, fee=103320),
                rules=["CR-LD-MISSING", "CR-SLA-AVAILABILITY"]),
    "z03": dict(cat="cloud", t=T(99.95, 0.25, True, "buyer", True, False, True, 0.08, 150, None, True, None, None,
                                 None, True, True, False, "PRC", S),
                x=X(True, True, None, False, 936000), parts=[40 * 9600 * 2, 168000], pays=[168000] + [96000] * 8,
                tco=None, rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"]),
    "z04": dict(cat="services", t=T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None,
                                    None, False, True, False, "PRC", S),
                x=X(True, True, None, False, 486000), parts=[312000, 108000, 66000], pays=[121500] * 4,
                tco=None, rules=[]),
    "z05": dict(cat="software", t=T(None, 8, False, "supplier", True, True, True, 0.02, 20, 55, False, False, 6, 28,
                                    False, True, None, None, G),
                x=X(True, True, True, True, 1080000), parts=[720000, 300000, 60000], pays=[594000, 486000],
                tco=dict(base=720000, fee=201600),
                rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                       "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE",
                       "CR-WARRANTY"]),
    "e01": dict(cat="software", t=T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11,
                                    False, True, False, "Ghana", G),
                x=X(True, True, True, False, 1830000), parts=[1240000, 460000, 58000, 72000],
                pays=[366000, 823500, 640500], tco=dict(base=1240000, fee=136400),
                rules=["CR-GOVERNING-LAW"]),
    "e02": dict(cat="cloud", t=T(None, None, False, "buyer", True, True, True, 600 / 710000 * 100, 6 / 24 * 100, None,
                                 True, None, None, None, False, True, False, "PRC", S),
                x=X(False, True, None, False, 710000), parts=[86000, 312000, 312000], pays=[86000, 312000, 312000],
                tco=None, rules=["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "e03": dict(cat="hardware", t=T(99.95, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 7.5,
                                    False, True, False, "PRC", G),
                x=X(True, True, True, False, 1477000), parts=[579600, 223200, 388000, 146000, 118000, 22200],
                pays=[147700, 812350, 516950], tco=dict(base=1190800, fee=89310), rules=[]),
    "e04": dict(cat="services", t=T(None, 0.25, True, "buyer", False, True, True, 1800 / 2170000 * 100, 150, None,
                                    True, None, None, None, False, False, False, "PRC", S),
                x=X(True, True, None, False, 2170000), parts=[64000, 36 * 58500], pays=[64000] + [58500] * 36,
                tco=None, rules=["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "e05": dict(cat="cloud", t=T(99.95, 1, True, "buyer", True, True, True, 400 / 610000 * 100, 200, None, True, None,
                                 None, None, True, True, True, "PRC", S),
                x=X(True, True, None, False, 610000), parts=[38000, 286000, 286000], pays=[38000] + [71500] * 8,
                tco=None, rules=["CR-AUTO-RENEWAL", "CR-SUBCONTRACT"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (section 3 and the TCO horizon)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_LIMIT, HORIZON = 40, 5


def tco_share(d):
    t = d["t"]
    if d["tco"] is None or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    post = years * d["tco"]["fee"]
    return post / (d["x"]["contract_value"] + post) * 100


def derive(d):
    """My reading of policy section 3, applied to a label."""
    t, x, r = d["t"], d["x"], set()
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
        if (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(d)
        if s is not None and s > TCO_LIMIT:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d.get("forum_outside"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# threshold scan
PATTERNS = [
    r"99\.9(?![0-9])", r"(?<![0-9.])4\s*(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![一二三四五六七八九十百千两零])四个?小时",
    r"\bfour\s+hours?", r"(?<![0-9.])0?\.05\s*(?:%|％|percent|per\s*cent)", r"万分之五(?![十])", r"千分之零点五",
    r"(?<![0-9.])100\s*(?:%|％|percent|per\s*cent)", r"百分之(?:一)?百", r"\bone\s+hundred\s+per\s*cent",
    r"(?<![0-9.])30\s*(?:%|％|percent|per\s*cent)", r"百分之三十(?![0-9一二三四五六七八九])", r"\bthirty\s+per\s*cent",
    r"(?<![0-9.])15\s*(?:%|％|percent|per\s*cent)", r"百分之十五", r"\bfifteen\s+per\s*cent",
    r"(?<![0-9.])40\s*(?:%|％|percent|per\s*cent)", r"百分之四十(?![0-9一二三四五六七八九])", r"\bforty\s+per\s*cent",
    r"(?<![0-9.])12\s*-?\s*(?:months?|个月|月)", r"十二个月", r"\btwelve\s*-?\s*months?", r"(?<![0-9.])1\s*年(?!度)",
    r"(?<![每第同半十])一年", r"\bone\s*-?\s*year\b", r"\ba\s+year\b", r"(?<![0-9.])5\s*(?:years?|年)", r"(?<![十第])五年",
    r"\bfive\s*-?\s*years?", r"(?<![0-9.])60\s*months?", r"六十个月",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "四小时", "within four hours", "0.05%", "0.05 %", "万分之五",
            "100%", "百分之百", "30%", "30 %", "百分之三十", "15%", "百分之十五", "40%", "百分之四十", "12 months",
            "12个月", "十二个月", "twelve months", "12-month", "一年", "one year", "5 years", "五年", "five years",
            "4h", "60 months", "thirty per cent"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "14 hours", "0.5 hours", "150%", "200%", "10%", "1.5%", "45%",
             "35%", "130%", "115%", "40家门店", "minus 40", "第十二条", "12 Article", "2 hours", "每年", "年度", "同年",
             "服务年度", "Subscription Year", "first anniversary", "120 named users", "2015", "万分之八", "万分之二",
             "4G backup", "三年", "three years", "20%", "55%", "24 months", "二十四个月", "1,500", "2025年"]


def scan(text):
    hits = []
    for rx in RX:
        hits += [m.group(0) for m in rx.finditer(text)]
    return hits


def selftest():
    for s in MUST_HIT:
        assert scan(s), "scanner misses " + s
    for s in MUST_MISS:
        assert not scan(s), "scanner wrongly hits %r: %r" % (s, scan(s))


# ---------------------------------------------------------------------------------------------------------------
def read_back(path, fmt):
    if fmt in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if fmt == "docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    rich = {k: v[3] for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(rich, {k: (TARGETS[k][0], TARGETS[k][1]) for k in rich}, OUT, wrap_words=True)
    for k, (name, fmt, lang, src) in TARGETS.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)


def main():
    selftest()
    build()
    fired = set()
    for k, (name, fmt, lang, src) in TARGETS.items():
        d = LABELS[k]
        t, x = d["t"], d["x"]
        v = x["contract_value"]
        assert sum(d["parts"]) == v, (k, sum(d["parts"]), v)
        assert sum(d["pays"]) == v, (k, sum(d["pays"]), v)
        for key, th in TH.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key, t[key])
        share = tco_share(d)
        if share is not None:
            assert abs(share - TCO_LIMIT) > 2, (k, share)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in x and t["final_payment_on_acceptance"] is None
        text = read_back(OUT / name, fmt)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, "chars", n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, "words", n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            hits = scan(variant)
            assert not hits, (k, hits)
        rules = derive(d)
        assert rules == sorted(d["rules"]), (k, rules, d["rules"])
        fired |= set(rules)
        label = {"file": name, "language": lang, "category": d["cat"], "expected_terms": t,
                 "expected_extra": x, "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                      encoding="utf-8")
        print("%s %-58s %s=%d risk=%s tco=%s rules=%s" % (k, name, "chars" if lang == "zh" else "words", n,
                                                        risk(rules), None if share is None else round(share, 2),
                                                        ",".join(r[3:] for r in rules) or "-"))
    missing = [r for r in ALL_RULES if r not in fired]
    assert not missing, missing
    counts = [len(LABELS[k]["rules"]) for k in LABELS]
    assert counts.count(0) == 2 and LABELS["e01"]["rules"] == ["CR-GOVERNING-LAW"]
    assert 8 <= len(LABELS["z05"]["rules"]) <= 10
    print("all checks passed; all 20 rules covered")


if __name__ == "__main__":
    main()
