"""holdout968: ten blind held-out draft contracts (5 zh, 5 en) and their labels.

Run from this folder with /work/main/.venv/bin/python -B make_files.py. Every file is built from the sources below:
.txt/.md are written as they are, .docx/.pdf through ../word_pdf.py (PDFs broken into lines at word boundaries). The
.json labels are written from LABELS. The checks: lengths as read back, no label value on a policy threshold, no
threshold figure in any text (raw, whitespace-collapsed, whitespace-free; the regexes are self-tested), the rules
derived from each label (policy section 3) equal the design list, and all 20 CR rules fire at least once.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------- z01 (pdf)
H968Z01 = """T:保障性租赁住房管理平台采购合同
P:合同编号：ZJ-BZF-2026-0417　采购方式：公开招标（政府采购）
P:甲方（采购人）：××市住房和城乡建设局
P:乙方（供应商）：××安居信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方就保障性租赁住房管理平台的软件许可及定制开发事宜，经协商一致，订立本合同。招标文件、投标文件、澄清材料及中标通知书均为本合同的组成部分；内容不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方向甲方提供保障性租赁住房管理平台软件的永久使用许可，含房源管理、资格审核、配租摇号、租金收缴、合同备案、统计分析六个子系统，许可不限用户数，部署于甲方指定的政务云。
P:1.2 乙方按经甲方确认的需求规格说明书完成定制开发：与市公安人口库、不动产登记系统、住房公积金系统的数据接口；租户移动端小程序；面向各区住建部门的监管驾驶舱。
P:1.3 乙方负责历史房源及租户数据的清洗迁移、系统部署、联调测试、用户培训和试运行保障。
P:1.4 乙方应为甲方及各区住建部门用户提供不少于三期集中培训，并提供操作手册、运维手册和培训视频。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰壹拾肆万元整（¥2,140,000），为含税固定总价，其中：平台软件许可费¥1,080,000；定制开发费¥760,000；数据迁移及接口费¥214,000；实施及培训费¥86,000。
P:2.2 上述价款已包含乙方完成本合同全部义务所需的一切费用，甲方不再另行支付差旅、食宿或第三方软件费用。
P:2.3 因政策调整需要增减功能的，双方按投标文件中的人天单价另行协商，增减金额累计不超过合同总价的10%。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的合法发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统通过初步验收后十五个工作日内，甲方支付合同总价的45%。
P:3.3 系统通过最终验收后十五个工作日内，甲方支付合同总价的35%。
P:3.4 乙方应在合同签订后十日内提交合同总价5%的履约保证金，最终验收合格后无息退还。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后一百二十日内完成全部开发、迁移和部署工作，并向甲方提交初步验收申请。
P:4.2 乙方应每周提交项目进度报告；进度偏差超过十个工作日的，应提交书面纠偏方案并经甲方确认。
P:4.3 乙方项目经理及核心开发人员应与投标文件一致，未经甲方同意不得更换。
P:4.4 乙方应按甲方政务云管理要求办理资源申请、安全加固和上线备案，所需资料由乙方负责编制。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；三个外部接口连续十个工作日数据交换无差错；迁移数据逐条比对一致；在三百个并发用户下页面平均响应时间不超过2秒。
P:5.2 初步验收后系统试运行九十日，期间未发生一级故障，且通过甲方委托的第三方安全测评和商用密码应用安全性评估的，乙方方可申请最终验收。
P:5.3 系统上线、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改完毕并重新组织验收，由此产生的费用由乙方承担。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、接口适配和现场技术支持。
P:6.2 质保期内乙方应每季度进行一次系统巡检并提交巡检报告，配租摇号及重大节假日期间安排专人值守。
P:6.3 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的9%（即每年不超过¥97,200），该标准自质保期满起三个年度内不上调。维护合同逐年另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%；计划内维护须提前三日报甲方同意，并安排在非办公时间进行。
P:7.2 故障分级响应：一级故障（平台整体不可用或数据错误影响业务办理）30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应、24小时内解决；三级故障于下一个工作日内处理完毕。
P:7.3 一级故障响应或恢复每超时一小时，乙方向甲方支付¥1,000；月度可用率每低于承诺值0.01个百分点，乙方支付¥2,000，甲方可从履约保证金或维护费中直接扣减。
H:第八条 知识产权
P:8.1 平台软件的著作权仍归乙方所有，甲方依本合同取得永久使用许可。
P:8.2 为本项目定制开发的接口程序、小程序、驾驶舱及其源代码、技术文档的知识产权归甲方所有。乙方应在最终验收时一并移交，甲方可自行或委托第三方修改、使用和部署。
H:第九条 数据安全
P:9.1 平台中的房源、租户、资格审核及租金数据均属于甲方所有。乙方仅为履行本合同接触和处理上述数据，不得用于其他任何目的，不得向任何第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求；运维访问须经甲方审批并通过堡垒机进行，不得将数据拷贝至甲方网络以外。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、个人信息、网络拓扑和系统配置信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期提交初步验收申请或逾期完成整改的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付内容不符合合同约定且经整改仍不合格的，甲方有权拒收，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十二条 分包与转让
P:12.1 本项目不允许分包。乙方不得将本合同的全部或部分义务转让或分包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方有下列情形之一的，甲方可书面通知解除合同：逾期超过六十日；验收两次不合格；发生因乙方原因导致的重大数据安全事件；其他根本违约且经甲方催告后十五日内仍未纠正。
P:13.2 合同解除后，乙方应移交已完成的成果和全部数据，并承担相应的违约责任。
H:第十四条 适用法律与争议解决
P:14.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因地震、洪水、重大公共卫生事件等不可抗力不能履行合同的，受影响方应在三日内书面通知对方，并在十五日内提供有关机构出具的证明。
P:15.2 不可抗力影响消除后，双方应继续履行；不可抗力持续超过六十日的，双方可协商变更或解除合同。
H:第十六条 其他
P:16.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:16.2 本合同一式六份，甲方执四份，乙方执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：________　乙方（盖章）：________
P:签订日期：2026年12月__日
"""

# ---------------------------------------------------------------------------------------------------- z02 (docx)
H968Z02 = """T:生产线控制系统改造合同
P:合同编号：SNJ-ZK-2026-031
P:甲方：××酸奶机电器有限公司（以下简称"甲方"）
P:乙方：××智能控制工程有限公司（以下简称"乙方"）
P:甲方拟对其酸奶机整机注塑、总装、老化测试和包装六条生产线的电气控制系统进行改造。乙方经甲方比选确定为实施单位。双方依据《中华人民共和国民法典》订立本合同，共同遵守。
H:第一条 改造范围
P:1.1 乙方负责六条生产线原有继电器控制柜及老旧PLC的拆除、替换，新装PLC、触摸屏、伺服驱动和温控模块，并完成电气安装、程序编制和联调。
P:1.2 乙方提供产线监控软件（SCADA）和配方管理软件许可，实现产量、节拍、设备状态、能耗和不良品的实时采集，与甲方现有ERP系统对接工单和报工数据。
P:1.3 改造须分线停产实施，每条线停产时间不得超过五日，具体排期由双方书面确认。
P:1.4 乙方应在改造前完成现场勘察，提交改造方案、电气图纸和停产排期，经甲方书面确认后实施。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰玖拾叁万元整（¥1,930,000），含税，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC及扩展模块|6套|118,000|708,000
TB:2|触摸屏HMI|6套|21,500|129,000
TB:3|伺服驱动器及电机|24套|9,800|235,200
TB:4|温控模块|12套|6,400|76,800
TB:5|产线监控软件（SCADA）许可|1套|296,000|296,000
TB:6|配方管理软件许可|1套|85,000|85,000
TB:|软硬件小计|||1,530,000
TB:7|电气安装与调试|1项|168,000|168,000
TB:8|程序编制与定制开发|1项|214,000|214,000
TB:9|操作及维护培训|1项|18,000|18,000
TB:|合计|||1,930,000
P:2.2 本合同价格为固定价格，不因材料价格或汇率变动而调整。乙方报价已包含运输、保险、安装辅材、调试及税费。
P:2.3 设备须为原厂全新正品，乙方应在到货时提供合格证、装箱单和原厂质保证明。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备全部到货并经甲方清点签收后，甲方支付合同总价的38%。到货签收不代表质量验收。
P:3.3 六条生产线全部通过最终验收后，甲方支付合同总价的47%。
P:3.4 其余5%作为质量保证金，质保期满且乙方无未了责任的，甲方一次性无息支付。
P:3.5 乙方应在每次收款前向甲方开具合法有效的增值税专用发票，发票不合格的，甲方有权顺延付款。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后四十五日内将全部设备运至甲方厂区，于九十日内完成六条生产线的改造和调试。
P:4.2 乙方应派驻项目经理一名及电气工程师不少于三名，驻场至最终验收完成。
P:4.3 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
H:第五条 验收
P:5.1 单线验收标准：控制功能与技术规格书一致；连续生产七十二小时无控制系统原因停机；节拍不低于改造前水平；温控精度±0.5℃；数据采集完整率与甲方人工报表核对一致。
P:5.2 六条线单线验收合格后，系统试运行三十日，SCADA与ERP对接数据无差错的，双方签署最终验收报告。
P:5.3 设备安装、通电或甲方投入生产，均不视为验收合格。
P:5.4 乙方应向甲方提交竣工图纸、程序备份、操作手册和维护手册各两套，并对甲方操作人员及电工进行培训，经考核合格后方可独立操作。
P:5.5 单线验收不合格的，乙方应在五日内整改并重新组织验收，整改期间产生的额外停产损失由乙方承担。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起算。质保期内乙方免费更换故障部件、修复软件缺陷并提供程序调整服务。
P:6.2 质保期满后，乙方提供年度维保服务（含备件、巡检、程序维护和软件升级），年度维保费按软硬件小计的32%计取，即每年¥489,600，三个年度内不上调。甲方可逐年决定是否续签，维保合同期满不自动续签。
P:6.3 质保期内乙方应每季度上门巡检一次，检查控制柜接线、散热和程序备份情况，并提交巡检记录。
H:第七条 技术支持
P:7.1 乙方设立7×24小时服务热线。一级故障（整条生产线停机）1小时内响应，6小时内到场；二级故障（单机停机）2小时内响应，次日到场；三级故障于三个工作日内处理。
P:7.2 乙方应在甲方厂区存放常用备件，包括PLC电源模块、通讯模块和伺服驱动器各两件，备件清单作为合同附件。
P:7.3 乙方未能按上述时限响应或到场的，应向甲方书面说明原因并尽快处理，乙方不因此承担扣款、赔偿或其他违约责任。
H:第八条 知识产权
P:8.1 PLC程序、HMI画面、配方模板、ERP对接程序及其源代码和技术文档，归甲方所有；甲方有权自行或委托第三方修改。
P:8.2 SCADA和配方管理软件的著作权归其原权利人所有，甲方取得永久使用许可。
P:8.3 乙方保证所提供的软硬件不侵犯任何第三方的知识产权；发生侵权纠纷的，由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 生产数据、配方、工艺参数和设备运行记录均属于甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方远程维护须经甲方审批，使用甲方提供的专用通道，并全程留存操作记录；乙方不得在其设备上留存甲方数据。
P:9.3 因乙方原因造成数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，承担补救费用并赔偿甲方全部损失。
P:9.4 乙方人员不得在甲方生产网络中接入未经检测的移动存储介质或无线设备。
H:第十条 保密
P:10.1 双方对在履约中获知的对方技术资料、配方、工艺和经营信息负有保密义务，未经对方书面同意不得披露，保密期限为合同终止后三年。保密义务不因合同解除而免除。
H:第十一条 分包
P:11.1 乙方不得转包。线缆敷设等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。分包方人员进入厂区同样应遵守第十三条的规定。
H:第十二条 合同解除
P:12.1 乙方逾期超过三十日，或同一生产线验收两次不合格，或有其他根本违约行为经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:12.2 合同解除后，乙方应配合甲方恢复生产，并将已完成部分的程序和技术资料移交甲方。
H:第十三条 安全生产
P:13.1 乙方人员进入甲方厂区应遵守甲方安全生产制度，执行停电挂牌、上锁程序；因乙方原因造成人身伤害或设备损坏的，由乙方负责。
P:13.2 乙方作业人员应持有有效的电工特种作业操作证，登高作业应采取防护措施。
P:13.3 施工期间乙方应做好现场清理，拆除的旧控制柜和线缆由甲方回收处置。
H:第十四条 变更
P:14.1 甲方要求增加或调整控制功能的，乙方应在五个工作日内提交变更方案和报价，经甲方书面确认后实施；未经甲方书面确认的变更，甲方不承担费用。
H:第十五条 适用法律与争议解决
P:15.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地仲裁委员会仲裁。
H:第十六条 其他
P:16.1 附件：技术规格书、改造方案、备件清单、验收表格。附件与本合同具有同等效力。
P:16.2 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。
P:甲方（盖章）：　　　乙方（盖章）：
"""

# ---------------------------------------------------------------------------------------------------- z03 (txt)
H968Z03 = """约课及会员管理系统服务合同

合同编号：BJC-SaaS-2026-12
甲方：××搏击健身管理有限公司（下辖35家搏击操门店）
乙方：××云动科技有限公司

鉴于甲方拟统一各门店的约课、会员、储值和教练排班管理，乙方提供"云动约课"SaaS服务及实施服务，双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方35家门店及总部开通"云动约课"系统，包括会员档案、团课约课、私教预约、储值卡及次卡、教练排班与课时统计、门店经营报表等功能。
2. 会员端通过微信小程序使用，门店端和总部端通过网页及移动应用使用。
（二）实施服务
1. 乙方负责各门店原有会员及卡项数据的导入核对、小程序配置、课程模板与价目配置、与甲方收银系统的对接。
2. 乙方对门店店长、前台及教练进行分批培训，每店不少于两次。
3. 乙方为每家门店提供开店配置清单，并协助门店完成约课二维码物料的设计。
（三）其他服务
1. 乙方提供标准接口文档，协助甲方将储值及消费数据同步至甲方自有的财务系统。
2. 服务期内乙方免费提供产品的常规版本更新。

二、服务期限
（一）本合同订阅服务期为两个服务年度，自系统上线验收合格之日起算。
（二）服务期满，本合同终止，不自动续订。甲方需要继续使用的，双方另行协商签订新合同。

三、费用及支付
（一）费用构成：
1. 门店订阅费：每店每个服务年度¥5,600，35家门店合计每年¥196,000；
2. 总部管理端订阅费：每个服务年度¥38,000；
3. 实施服务费：¥72,000，一次性支付。
（二）合同总价为¥540,000（两个服务年度订阅费合计¥468,000，实施服务费¥72,000）。
（三）支付方式：
1. 实施服务费在上线验收合格后十五个工作日内支付；
2. 每个服务年度的订阅费，在该服务年度开始后十五个工作日内凭发票支付。
（四）服务期内新增门店的，按每店每年¥5,600按剩余月份折算。
（五）乙方应在收款前开具增值税专用发票。
（六）服务期内订阅费单价不作调整。

四、实施与上线验收
（一）乙方应在合同签订后四十五日内完成全部门店的数据导入、配置和培训，并提交上线验收申请。乙方应尽力按计划上线。
（二）上线验收标准：
1. 会员、卡项余额和剩余课时与甲方原系统逐条核对一致；
2. 35家门店均可正常约课、签到、扣课和储值消费；
3. 收银系统对接连续七日对账无差异；
4. 高峰时段（每晚19:00至21:00）约课页面响应时间不超过2秒。
（三）系统上线运行不视为验收合格，双方签署上线验收单后方为合格。
（四）验收不合格的，乙方应在七日内整改并重新提交验收申请。
（五）乙方应按门店分三批上线，每批上线前提交上线方案，经甲方运营部确认后实施。
（六）培训结束后，乙方应对门店前台人员进行操作考核，并将考核结果报甲方。
（七）上线后前两周，乙方应安排实施人员在高峰时段远程值守，协助门店处理约课问题。

五、服务水平
（一）系统月度可用率不低于99.95%，计划维护安排在凌晨1:00至5:00之间并提前两日通知甲方。
（二）故障响应：
1. 一级故障（全部门店无法约课或扣课）：30分钟内响应，2小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级故障及咨询：当日响应，三个工作日内解决。
（三）月度可用率低于承诺值的，每低0.1个百分点，在下一期订阅费中抵扣当月订阅费的2%，最高抵扣当月订阅费的20%。一级故障恢复每超时一小时，另抵扣¥500。
（四）乙方应安排专属客户成功经理，每季度向甲方提交服务报告，内容包括可用率、故障处理和功能使用情况。
（五）乙方发布新版本前应提前五日通知甲方，涉及约课、扣课规则的重大功能调整须征得甲方同意。
（六）乙方应通过服务后台向甲方提供可用率和故障记录的月度统计，供甲方核对。

六、会员数据
（一）系统中的会员信息、约课记录、消费及储值数据归甲方所有。
（二）乙方仅为向甲方提供本合同约定的服务而使用上述数据，不得出售或用于其他目的。
（三）服务期满或合同解除后三十日内，乙方应将全部数据以Excel及数据库备份形式交付甲方，并在甲方确认后删除。

七、保密
（一）双方对在合作中获知的对方商业信息、经营数据、价格体系和会员规模负有保密义务，未经对方书面同意不得向第三方披露。
（二）保密义务在合同终止后继续有效三年。

八、知识产权
（一）"云动约课"系统及其后续版本的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方专门配置的课程模板、报表样式、小程序页面设计及品牌素材归甲方所有，甲方可自由使用、修改和交由第三方使用。
（三）乙方使用甲方商标、门店名称进行宣传的，须事先取得甲方书面同意。

九、双方责任
（一）甲方应按期付款，提供开展实施所需的门店资料和配合人员，并指定总部项目负责人，协调各门店配合实施。
（二）乙方应保证系统功能与产品说明一致，因系统缺陷造成会员储值或课时数据错误的，乙方应负责更正并承担甲方因此向会员赔付的费用。
（三）乙方应保证系统符合微信小程序平台规则，因乙方原因导致小程序被暂停使用的，乙方应在三日内恢复。
（四）任何一方违反本合同约定的，应负责纠正，并赔偿对方因此受到的直接损失。
（五）乙方应在每个服务年度结束前三十日提交下个服务年度的服务计划及产品更新计划。

十、转包与分包
乙方不得将本合同项下的服务转包；确需将部分实施工作分包的，应事先取得甲方书面同意。

十一、合同解除
（一）乙方严重违约，包括连续两个月可用率低于承诺值、数据错误经通知后十日内未更正或其他根本违约的，甲方可书面通知解除合同，乙方应按剩余服务期退还已付订阅费。
（二）甲方逾期付款超过六十日，经乙方催告后仍不支付的，乙方可解除合同。
（三）合同解除后，乙方应按第六条第（三）项交付数据，并在交接期内维持系统只读访问不少于三十日。
（四）甲方依本条第（一）项解除合同的，实施服务费中尚未完成部分对应的费用由乙方退还。

十二、变更与新增功能
甲方要求新增定制功能的，乙方应在五个工作日内提交方案、工期及报价，经双方书面确认后实施。乙方标准产品新增的通用功能，甲方可在服务期内免费使用。

十三、不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，双方可根据影响程度延期履行或部分免除责任。不可抗力持续超过三十日的，任何一方可书面通知对方终止合同，乙方按剩余服务期退还已付订阅费。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，提交上海仲裁委员会仲裁。

十五、通知
双方指定的联系人及电子邮箱为本合同通知的送达地址，一方变更的，应提前三日书面告知对方。通过电子邮件发送的通知，以邮件进入对方邮件系统之日视为送达。

十六、其他
本合同未尽事宜，双方可另行签订补充协议。本合同附件包括《功能清单》《实施计划》《门店清单》，与本合同具有同等效力。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

# ---------------------------------------------------------------------------------------------------- z04 (txt)
H968Z04 = """热力管网泄漏监测系统年度运维服务合同

项目编号：CGJ-CS-2026-058（竞争性磋商）
甲方：××市城市管理局
乙方：××管网监测技术有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方依据《中华人民共和国政府采购法》《中华人民共和国民法典》，就热力管网泄漏监测系统年度运维服务订立本合同。

第一条 服务对象与范围
（一）服务对象为甲方已建成的热力管网泄漏监测系统，包括主城区一级管网沿线布设的温度、压力及声波监测终端，四个热力站的数据采集设备，以及部署在市政务云上的监测预警平台。
（二）服务内容包括：监测终端的定期巡检、校准和故障更换；平台软件的日常运维、告警规则调优和版本修复；供暖季应急值守；年度系统评估报告。
（三）本合同不包括管网本体的维修和开挖施工，该类工作由甲方另行安排，乙方负责提供泄漏定位数据并现场配合。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满，本合同自然终止，不自动续期。服务期开始前，乙方应完成人员、车辆、检测仪器和备件的准备，并报甲方核查。

第三条 服务费用
（一）本合同总价为人民币捌拾陆万肆仟元整（¥864,000），含税，包括：
1. 监测终端巡检及校准费：¥312,000；
2. 平台软件运维费：¥228,000；
3. 备品备件费：¥186,000；
4. 供暖季应急值守费：¥138,000。
（二）服务费按季度支付：每季度末，甲方依据季度考核结果，在收到发票后十五个工作日内支付当季服务费（合同总价的四分之一），考核扣减从当季服务费中扣除。
（三）乙方应在收款前开具合法有效的发票；甲方按财政资金支付流程付款，因财政审批造成的合理延迟不视为甲方违约。

第四条 服务要求
（一）乙方应在服务期开始前十日完成与原运维单位的交接，建立终端台账，并在服务期开始后二十日内提交年度巡检计划。
（二）监测终端每季度巡检一次，供暖季每月巡检一次，声波终端每半年校准一次。
（三）乙方应配备不少于六名专职运维人员，其中驻场人员两名，供暖季增设夜间值守。
（四）乙方应建立运维工单制度，所有故障、巡检和变更均通过工单记录，工单汇总每月报甲方。
（五）乙方更换的终端和备件应为原厂或经甲方认可的同等产品，并提供出厂检验报告；更换下来的旧件交甲方统一处置。
（六）乙方应在每次巡检后五个工作日内提交巡检报告，对发现的隐患提出处理建议。

第五条 服务水平
（一）监测预警平台月度可用率不低于99.95%。
（二）故障分级及时限：
1. 一级故障（泄漏告警功能失效或平台整体中断）：30分钟内响应，2小时内到达现场，6小时内恢复；
2. 二级故障（单个热力站或区段数据中断）：1小时内响应，24小时内恢复；
3. 三级故障（单个终端离线）：三个工作日内更换或修复。
4. 供暖季（每年11月15日至次年3月15日）期间，一级故障到场时限缩短为1小时。
（三）乙方未达到上述服务水平的，按以下标准扣减当季服务费：平台可用率每低于承诺值0.01个百分点扣¥1,000；一级故障响应或恢复每超时一小时扣¥1,500；三级故障每超期一日扣¥300。

第六条 考核与验收
（一）甲方按季度对乙方进行考核，考核依据为运维工单记录、平台日志、巡检记录和现场抽查结果。
（二）服务期满后，乙方提交年度运维总结和系统评估报告，甲方组织验收。验收标准为：全年巡检计划完成率达到计划要求；季度考核均为合格；终端台账与现场一致；全部故障工单闭环。
（三）季度考核得分低于80分的，乙方应在十日内提交整改报告；连续两个季度低于80分的，甲方可约谈乙方主要负责人，并在年度验收中予以记录。
（四）年度验收不合格的，乙方应在十五日内整改；整改后仍不合格的，甲方在年度验收结论中如实记载，并作为乙方履约评价的依据。

第七条 数据安全
（一）监测数据、管网坐标、告警记录及平台日志属于甲方所有，乙方仅能在本合同范围内使用，不得向任何第三方提供。
（二）乙方应落实网络安全等级保护要求，运维操作须通过甲方堡垒机进行，不得私自开通远程通道或拷贝数据。
（三）发生数据泄露、篡改或系统被入侵的，乙方应在1小时内报告甲方，配合调查处置；因乙方原因造成的，乙方承担全部赔偿责任。

第八条 保密
乙方对履约过程中知悉的管网布局、重要设施位置和甲方工作信息负有保密义务，保密期限不因合同终止而终止。乙方人员不得拍摄、复制或对外发布管网布局图和重点设施位置信息；乙方应与驻场人员签署保密承诺书。

第九条 知识产权
乙方在服务期内形成的巡检报告、告警规则、运维脚本和评估报告，其知识产权归甲方所有。乙方应在服务期满时将全部资料整理归档后移交甲方。

第十条 分包
乙方不得将本合同服务转包或分包。特殊检测项目确需第三方协助的，须事先取得甲方书面同意。经同意的第三方，仍由乙方对其工作质量负责。

第十一条 违约责任
（一）乙方未按第四条约定期限完成交接或提交巡检计划的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（二）乙方未达到服务水平的，按第五条扣减服务费。
（三）乙方运维人员数量不足的，每缺一人一日扣减服务费¥800。
（四）乙方更换的终端或备件不符合要求的，甲方有权要求重新更换。
（五）因乙方运维不到位导致泄漏未能及时发现而造成损失的，乙方应承担相应赔偿责任。

第十二条 合同的履行与解除
（一）为保障供暖期管网安全，服务期内甲乙双方均不得解除本合同。
（二）乙方违约的，甲方可要求乙方继续履行、限期整改，并按本合同扣减服务费或要求支付违约金，但不得以此为由解除合同。
（三）因不可抗力致使合同目的无法实现的除外。

第十三条 不可抗力
因不可抗力不能履行合同的，受影响方应在三日内通知对方，并在十五日内提供证明。不可抗力影响期间，双方应采取措施减少损失。

第十四条 人员管理
乙方驻场人员应遵守甲方管理制度，名单报甲方备案；乙方更换驻场人员须提前五日通知甲方并做好工作交接。乙方人员在巡检作业中应遵守有限空间作业和道路作业安全规定，乙方对其人员的安全负责。

第十五条 应急处置
发生疑似泄漏告警时，乙方值守人员应在10分钟内完成告警复核，并通知甲方指挥中心及供热企业；确认泄漏的，乙方应协助定位并持续监测直至处置完成。供暖季前，乙方应配合甲方开展不少于一次的应急演练。

第十六条 年度评估
乙方应在服务期满前三十日提交系统评估报告，内容包括终端完好情况、误报及漏报分析、平台性能，以及后续年度的改造建议。

第十七条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十八条 其他
（一）磋商文件、响应文件及成交通知书为本合同组成部分。
（二）本合同未尽事宜，按照政府采购有关规定和磋商文件执行。
（三）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
签订日期：2026年12月  日
"""

# ---------------------------------------------------------------------------------------------------- z05 (md)
H968Z05 = """# 织序科技软件许可及开发合同（标准文本 V3.0）

**合同编号：** ZX-2026-1108

**甲方（用户）：** ××绳编工作室

**乙方（开发方）：** ××织序科技有限公司

本合同为乙方标准合同文本。甲方购买乙方"织序"工序追踪软件并委托乙方进行定制开发，双方经协商订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供"织序"工序追踪软件标准版（10个用户）的永久使用许可，实现订单登记、原料（绳线、配件）出入库、编织工序派工、计件工资统计和成品质检记录。

1.2 乙方按甲方需求进行定制开发：手工编织工序模板（绕线、打结、编织、定型、收尾五道工序）、扫码报工小程序、淘宝及小红书订单导入接口。

1.3 乙方负责软件的安装部署和一次集中培训。

1.4 本合同不包括电脑、扫码枪、服务器、网络环境及第三方软件，上述条件由甲方自行准备并承担费用。

1.5 软件标准版功能以乙方产品说明为准，乙方有权对标准功能进行优化调整。定制开发需求以双方签字确认的《定制开发需求确认单》为准，未列入确认单的功能不属于本合同范围。软件为简体中文版本，运行于主流浏览器及微信环境。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 织序工序追踪软件标准版许可（10用户） | 138,000 |
| 2 | 定制开发（工序模板、扫码小程序、订单接口） | 96,000 |
| 3 | 安装部署及培训 | 16,000 |
| | 合计 | 250,000 |

合同总价为人民币贰拾伍万元整（¥250,000），含税。以上价格不含硬件、短信费用及第三方平台接口费用。

## 第三条 付款方式

3.1 合同签订后三个工作日内，甲方支付合同总价的65%，即¥162,500。乙方收到该款项后启动开发工作。

3.2 软件安装部署完成后五个工作日内，甲方支付合同总价的35%，即¥87,500。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，乙方有权暂停服务。

3.4 乙方收到款项后开具增值税普通发票。甲方取消订单的，已付款项不予退还。

## 第四条 交付

4.1 乙方应于收到首期款后六十日内完成开发和安装部署。

4.2 因乙方原因逾期交付的，每逾期一日，乙方按合同总价的千分之一向甲方支付违约金，违约金总额不超过合同总价的5%。

4.3 因甲方需求变更、资料提供不及时导致延期的，交付期限相应顺延。

4.4 乙方完成部署后通过微信或电子邮件通知甲方，通知发出即视为交付完成。

4.5 乙方仅负责在一台甲方指定的电脑上安装服务端，其余终端由甲方按乙方提供的安装说明自行安装。

## 第五条 验收

5.1 软件安装部署完成，即视为甲方验收合格。

5.2 甲方在部署完成后发现的问题，可以书面形式提交乙方，乙方将在后续版本中统筹安排处理。

5.3 甲方使用软件处理实际业务的，视为对软件功能的认可。

5.4 甲方在部署完成后七日内未提出书面异议的，视为对部署结果无异议。

## 第六条 维护服务

6.1 自安装部署完成之日起三个月内，乙方提供免费维护，包括软件缺陷修复和远程使用指导。

6.2 免费维护期满后，甲方需要继续维护的，按乙方届时公布的服务价格标准另行签订维护合同，乙方有权根据市场情况调整价格。

6.3 免费维护范围不包括因甲方操作不当、擅自修改、电脑病毒或第三方原因造成的问题。

6.4 乙方将在合理时间内通过电话、微信或远程方式提供技术支持，具体处理时间视问题复杂程度而定。

6.5 乙方发布的软件升级版本，免费维护期满后甲方需要使用的，应另行购买。

6.6 甲方提出的问题属于软件缺陷的，乙方将在后续版本中修复；属于甲方使用问题的，乙方可提供有偿上门服务，每次¥800。

## 第七条 知识产权

7.1 "织序"软件的著作权归乙方所有。

7.2 乙方为甲方定制开发的工序模板、小程序、订单接口及相关源代码、文档，知识产权归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译或提供给第三方使用。

7.3 甲方不得对软件进行反向工程、破解或以任何方式规避许可限制，否则应赔偿乙方损失。

## 第八条 数据

8.1 甲方在软件中录入的订单、客户、工人及工资数据归甲方所有。

8.2 乙方可对甲方数据进行脱敏处理后，用于产品改进、行业分析和市场推广，且该权利在合同终止后继续有效。

8.3 乙方采取访问控制、加密存储和定期备份等措施保护数据安全；因乙方原因造成数据泄露或丢失的，乙方应及时通知甲方，协助恢复并承担相应赔偿责任。

8.4 合同终止后，乙方保留甲方数据三十日，期满后有权删除，甲方应在此前自行导出。

## 第九条 保密

双方应对在合作中知悉的对方商业秘密和技术信息保密，未经对方书面同意不得披露给第三方。本条在合同终止后两年内有效。本条不适用于已公开的信息或依法须披露的信息。

## 第十条 分包

乙方有权根据工作需要将部分开发、部署工作委托第三方完成，无需另行取得甲方同意。

## 第十一条 违约与解除

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 一方严重违约，经对方书面通知后十五日内仍未纠正的，守约方有权解除本合同。

11.3 任何情况下，乙方不对甲方的间接损失、利润损失或数据损失承担责任。

11.4 甲方违反第七条约定的，乙方有权立即停止授权，已收款项不予退还。

## 第十二条 甲方义务

12.1 甲方应提供开发所需的工序资料、样品照片和订单样例，并指定一名联系人负责需求确认。

12.2 甲方应按时付款，妥善保管系统账号和密码；因账号保管不当造成的损失由甲方自行承担。

12.3 甲方应在许可用户数范围内使用软件，不得将账号转借他人，并应自行做好数据的日常导出和备份；增加用户的，每增加一个用户按¥6,800收取许可费。

## 第十三条 乙方义务

13.1 乙方按本合同及附件约定完成开发和部署，向甲方提供用户手册。

13.2 乙方对甲方工作人员进行一次集中培训，培训时长不少于半天，额外培训另行收费。乙方有权根据项目需要调整项目人员。培训资料及视频仅限甲方内部使用。

## 第十四条 需求变更

合同签订后甲方提出新增或变更需求的，乙方将评估工作量并另行报价，经甲方确认后实施，交付期限相应顺延。需求变更累计超过五项的，乙方有权重新确定交付时间。

## 第十五条 不可抗力

因不可抗力、网络故障、第三方平台接口调整等原因导致乙方不能按期履行的，乙方不承担违约责任。

## 第十七条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十七条 其他

17.1 本合同经双方签字盖章后生效，一式两份，双方各执一份。

17.2 乙方通过官网公告、短信或微信发送的通知，自发出之日视为送达。乙方有权在其官网及宣传材料中将甲方列为客户案例。

17.3 本合同附件包括《软件功能清单》《定制开发需求确认单》，与本合同具有同等效力。

甲方（签章）：________　　乙方（签章）：________

签订日期：____年__月__日
"""

# ---------------------------------------------------------------------------------------------------- e01 (pdf)
H968E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. BRK-CN-2026-044
P:This Software Licence and Services Agreement (the "Agreement") is made on __ December 2026 between Jiangsu Hengrun Packaging Materials Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Kunshan, Jiangsu Province (the "Customer"), and Brookfield Run Software, Inc., a Virginia corporation with its principal office at Market Street, Leesburg, Virginia, United States (the "Vendor").
P:The Customer operates three film-extrusion and printing plants and wishes to replace its paper-based warehouse and yard processes. The Vendor develops and licenses the YardWise warehouse and yard management software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the YardWise Enterprise software in object code, version 8.2 or later, together with its user documentation and the Updates provided under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, configuration scripts and mobile scanning screens developed by the Vendor specifically for the Customer under the Statement of Work, including their source code and technical documentation.
P:1.3 "Customer Data" means all data entered into, uploaded to, generated by or processed in the Licensed Software by or for the Customer, including inventory records, supplier and customer details, vehicle records and employee user data.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the system has passed the acceptance tests.
P:1.5 "Statement of Work" means Annex 2, which describes the implementation services, the project plan and the interfaces to the Customer's ERP and weighbridge systems.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software for up to 260 named users and 90 handheld scanners at the Customer's three plants and any warehouse the Customer operates in mainland China.
P:2.2 The Customer may make reasonable copies for backup, testing and disaster recovery. The Customer may allow its affiliates and its on-site contractors to use the Licensed Software on its behalf.
P:2.3 The licence does not lapse on termination of the support services, and the Customer may continue to use the last version delivered.
H:Article 3 Services
P:3.1 The Vendor shall perform the implementation services in Annex 2, including process design workshops, configuration, data migration from the existing spreadsheets, two interfaces (ERP and weighbridge), barcode label design, user training and go-live support.
P:3.2 The Vendor shall appoint a named project manager who speaks Mandarin and shall not replace the project manager or the lead consultant without the Customer's prior written approval, which shall not be unreasonably withheld.
P:3.3 The Vendor shall deliver the system ready for acceptance testing within 110 days after the signature of this Agreement. Each party shall perform its tasks in the project plan on time.
H:Article 4 Price and Payment
P:4.1 The total price is CNY 1,850,000, inclusive of applicable taxes, made up as follows: Licence Fee CNY 1,240,000; Implementation Services CNY 420,000; Interfaces CNY 156,000; Training CNY 34,000.
P:4.2 The Customer shall pay: (a) 20% of the total price within 30 days after signature against the Vendor's invoice; (b) 45% within 30 days after the system goes live in production; and (c) 35% within 30 days after Final Acceptance. Go-live is not Final Acceptance.
P:4.3 All invoices shall be issued in CNY as valid Chinese tax invoices (fapiao) by the Vendor or its authorised reseller in Shanghai. Payment in CNY to the account stated on the invoice discharges the Customer's obligation.
P:4.4 The prices in this Article are fixed and include all travel, accommodation and expenses of the Vendor's personnel.
H:Article 5 Acceptance
P:5.1 The Vendor shall propose acceptance test scripts based on Annex 1 (Functional Specification) at least twenty days before testing. The Customer shall approve or comment on them within ten days.
P:5.2 The system passes acceptance when: (a) all test scripts are executed without a Severity 1 or Severity 2 defect; (b) inventory balances migrated from the existing records reconcile to the stock count for every warehouse; (c) the ERP and weighbridge interfaces run for twenty consecutive working days without a reconciliation error; (d) scanning transactions complete in under two seconds with 90 scanners in use; and (e) the system runs in production for thirty days without a Severity 1 defect.
P:5.3 When the criteria are met, the Customer shall issue a Final Acceptance certificate within ten working days. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost. Installation, go-live or use of the system in production does not by itself constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform materially in accordance with the Functional Specification for a warranty period of 18 months from Final Acceptance. During the warranty period the Vendor provides corrections, Updates, remote support and on-site support free of charge.
P:6.2 After the warranty period, the Customer may order annual support. The annual support fee is 13% of the Licence Fee, that is CNY 161,200 per year, and will not be increased for the first three support years. Each support year is ordered by a separate purchase order; there is no automatic renewal.
P:6.3 Severity 1 (the system is down or goods cannot be received or shipped at a plant): response within 1 hour and a workaround within 8 hours, 24 hours a day. Severity 2 (a major function is impaired): response within 2 hours during business hours and a fix within 3 business days. Severity 3: next business day.
P:6.4 If the Vendor misses a Severity 1 response or workaround time, it shall credit the Customer CNY 1,500 for each hour or part of an hour of delay, deducted from the next payment or support fee.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Licensed Software and its standard tools.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Licensed Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose, including in aggregated or de-identified form.
P:8.2 The system is installed on the Customer's servers in Kunshan. The Vendor shall access it remotely only through the Customer's VPN with multi-factor authentication, one session at a time, with the Customer's approval for each session, and shall not transfer any Customer Data outside mainland China.
P:8.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, keep access logs, and notify the Customer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data. The Vendor is liable for all losses caused by a security incident attributable to it or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public business, technical and financial information received from the other party and shall use it only for this Agreement. This obligation continues for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the system is not ready for acceptance testing by the date in Article 3.3 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay, up to a maximum of 10% of the total price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to breach of Articles 8 or 9, infringement claims under Article 7.3, personal injury, fraud or wilful misconduct.
P:10.3 Neither party is liable for indirect or consequential loss, except under the exclusions in Article 10.2.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor as for its own.
H:Article 12 Term and Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after written notice, or if the delay damages under Article 10.1 reach their maximum.
P:12.2 On termination under Article 12.1, the Vendor shall refund the amounts paid for services not accepted and deliver all work in progress, and the licence under Article 2 continues if the Licence Fee has been paid.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Commonwealth of Virginia, without regard to its conflict of laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:13.2 Any dispute arising out of this Agreement shall be submitted to the state or federal courts located in Loudoun County, Virginia, and the parties submit to their jurisdiction.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Functional Specification), Annex 2 (Statement of Work) and Annex 3 (Acceptance Test Plan), is the entire agreement of the parties on its subject matter.
P:14.2 Amendments must be in writing and signed by both parties. Notices shall be sent by courier or by e-mail with a copy by courier to the addresses on the signature page.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

# ---------------------------------------------------------------------------------------------------- e02 (md)
H968E02 = """# ServiceLoop Order Form and General Terms

**Order Form No.** SL-OF-2026-1187

## PART A - ORDER FORM

### A1. Parties

**Vendor:** ServiceLoop Software, Inc., a New York corporation, 210 North Union Street, Olean, New York, United States ("ServiceLoop").

**Customer:** Foshan Meilan Home Appliances Co., Ltd., Shunde District, Foshan, Guangdong Province, People's Republic of China ("Customer").

This Order Form (Part A) and the General Terms (Part B) together form the agreement between the parties (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Subscribed Services

ServiceLoop field service management platform, Enterprise Edition, for Customer's after-sales service network: work-order dispatch, technician mobile app, spare-parts tracking, warranty claims, customer appointment booking through WeChat, and service analytics. The platform is hosted in the Shanghai region of a mainland China cloud provider and operated by ServiceLoop's authorised hosting partner named in A5. The technician mobile app runs on Android and iOS in Simplified Chinese.

Onboarding Services: configuration of service workflows for 26 service centres, import of open work orders and installed-base records, ERP and WeCom integrations, and train-the-trainer sessions for 40 service managers.

### A3. Subscription Term

The Subscription Term starts on the Subscription Start Date, which is the date Customer signs the Onboarding Acceptance certificate, and runs for 24 months, consisting of two Subscription Years.

### A4. Fees

| Item | Quantity | Unit fee per Subscription Year (CNY) | Fee (CNY) |
|---|---|---|---|
| Platform Edition (Enterprise) | 1 | 198,000 | 198,000 |
| Named technician users | 400 | 310 | 124,000 |
| Integration Pack (ERP and WeCom) | 1 | 42,000 | 42,000 |
| Subscription Fees per Subscription Year | | | 364,000 |
| Subscription Fees for the Subscription Term (two Subscription Years) | | | 728,000 |
| Onboarding Services (one-time) | 1 | 56,000 | 56,000 |
| **Total Contract Value** | | | **784,000** |

All fees are in CNY and include VAT. Additional named users may be added at the unit fee above, prorated to the end of the current Subscription Year.

### A5. Invoicing and Payment

1. No fee is payable before the Subscription Start Date.
2. The Onboarding Services fee is invoiced on Onboarding Acceptance.
3. Subscription Fees are invoiced quarterly in arrears, at the end of each calendar quarter of the Subscription Term.
4. Customer pays each correct fapiao within 30 days after receipt.
5. Approved hosting partner: Shanghai Yunqiao Data Services Co., Ltd. (MLPS level 3 record).

### A6. Onboarding and Acceptance

1. ServiceLoop shall complete the Onboarding Services within 75 days after signature of this Order Form.
2. Onboarding Acceptance tests: (a) every workflow in the configuration workbook is executed end to end without a Priority 1 or Priority 2 defect; (b) imported open work orders and installed-base records reconcile with Customer's extract; (c) the ERP integration posts spare-parts consumption and warranty claims without error for ten consecutive working days; (d) 300 technicians can log in and update work orders at the same time with page responses under three seconds.
3. When the tests are passed, Customer signs the Onboarding Acceptance certificate. Configuration, data import or use of the platform by Customer does not by itself mean acceptance.
4. If ServiceLoop fails to make the platform ready for Onboarding Acceptance within the period in A6.1 for reasons attributable to it, ServiceLoop shall pay Customer CNY 600 for each day of delay, deducted from the Onboarding Services fee.

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data and content submitted to the Services by or for Customer or its users, including end-customer names, addresses, telephone numbers, product serial numbers and service records.

1.2 "Services" means the subscribed platform and Onboarding Services described in the Order Form.

1.3 "Customer Configurations" means the workflows, forms, dispatch rules, report templates and integration mappings built for Customer.

### 2. Provision of the Services

2.1 ServiceLoop shall provide the Services in accordance with the Agreement and the documentation, using qualified personnel.

2.2 ServiceLoop may improve the Services during the Subscription Term, provided that no update materially reduces the functionality or security of the Services.

2.3 Customer shall use the Services in compliance with applicable law and shall be responsible for the accuracy of Customer Data.

2.4 ServiceLoop shall provide Customer with a monthly service report showing availability, Priority 1 and Priority 2 incidents, response times and any credits due.

### 3. Service Levels

3.1 ServiceLoop shall make the platform available 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 00:00 and 06:00 China Standard Time.

3.2 Support priorities: Priority 1 (platform unavailable or technicians cannot receive work orders): initial response within 1 hour, 24x7, and restoration or workaround as soon as possible with continuous effort. Priority 2 (a major function impaired): response within 2 business hours. Priority 3: next business day.

3.3 If availability in a month falls below the commitment in 3.1, Customer receives a service credit of 5% of the monthly Subscription Fees for each 0.5 percentage point or part of it below the commitment, up to 25% of the monthly Subscription Fees. Credits are deducted from the next invoice.

### 4. Customer Data and Security

4.1 As between the parties, Customer owns all Customer Data. ServiceLoop may use Customer Data only to provide the Services to Customer and shall not sell, analyse for its own purposes or disclose it.

4.2 ServiceLoop shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to named personnel with multi-factor authentication, keep audit logs, and maintain ISO 27001 certification and an MLPS level 3 record for the hosting environment.

4.3 ServiceLoop shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, shall take all steps needed to contain it, and shall bear the costs of notification and remediation of any incident caused by ServiceLoop or its hosting partner.

4.4 Within 30 days after the end of the Subscription Term, ServiceLoop shall return all Customer Data in CSV format and then delete it, and confirm the deletion in writing.

### 5. Intellectual Property

5.1 ServiceLoop retains all rights in the platform, its software and documentation.

5.2 Customer Configurations belong to Customer. ServiceLoop shall export them on request, and Customer may use, modify and have them implemented by any third party.

### 6. Confidentiality

Each party shall keep confidential the non-public information of the other party disclosed under the Agreement and use it only for the Agreement, during the Subscription Term and for three years after it ends. This Section does not apply to information that is public or independently developed by the recipient.

### 7. Renewal

7.1 After the Subscription Term, the Agreement renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

7.2 ServiceLoop may increase the Subscription Fees for any renewal term by up to 8% over the fees of the preceding term by notifying Customer at least 75 days before the renewal date.

### 8. Limitation of Liability

8.1 Neither party is liable for any indirect, incidental or consequential loss, or for loss of profit or revenue.

8.2 ServiceLoop's total aggregate liability arising out of or in connection with the Agreement shall not exceed the fees paid or payable by Customer in the six months preceding the event giving rise to the claim.

8.3 Section 8.2 does not limit liability for death or personal injury caused by negligence, fraud or wilful misconduct.

### 9. Subcontracting

ServiceLoop may use the hosting partner named in A5 to host the platform. ServiceLoop shall not subcontract any other part of the Services without Customer's prior written consent, and remains responsible for its subcontractors.

### 10. Termination

10.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.

10.2 Customer may also terminate by written notice if availability falls below the commitment in 3.1 in three consecutive months.

10.3 On termination by Customer under 10.1 or 10.2, ServiceLoop shall refund any prepaid fees for the period after termination and return Customer Data under 4.4.

### 11. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 12. General

12.1 Neither party may assign the Agreement without the other party's written consent.

12.2 Notices must be in writing and sent to the addresses in A1 by courier or e-mail.

12.3 Amendments must be signed by authorised representatives of both parties.

12.4 Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and resumes performance as soon as possible. Force majeure does not excuse payment obligations already due.

12.5 This Order Form is made in English; any Chinese translation is for reference only.

**Signed for ServiceLoop Software, Inc.:** ____________________

**Signed for Foshan Meilan Home Appliances Co., Ltd.:** ____________________
"""

# ---------------------------------------------------------------------------------------------------- e03 (docx)
H968E03 = """T:Supply Contract for Cold-Store Sensors and Monitoring Software
P:Contract No. HXCC-IOT-2026-09
P:Buyer: Tianjin Haixin Cold Chain Logistics Co., Ltd., Dongli District, Tianjin, People's Republic of China (the "Buyer").
P:Supplier: Cortland Instruments Group, Inc., 45 Port Watson Street, Cortland, New York, United States, acting through its Tianjin representative office (the "Supplier").
P:This Contract is made on the Buyer's standard terms for the supply of wireless sensors, gateways and a perpetual monitoring software licence, with installation and integration services, for the Buyer's six cold-storage warehouses.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in Clause 3.
P:1.2 "Software" means the ColdTrack monitoring software, its mobile application and documentation, licensed under Clause 8.
P:1.3 "Buyer Data" means all temperature, humidity, vibration, alarm, location and user data generated by the Equipment or processed in the Software.
P:1.4 "Final Acceptance" means the Buyer's signed certificate under Clause 5.3.
H:2. Scope
P:2.1 The Supplier shall supply, install, configure and commission the Equipment and the Software in the Buyer's six warehouses in Tianjin, integrate the Software with the Buyer's warehouse management system (WMS), and train the Buyer's staff.
P:2.2 The system shall record temperature and humidity in every cold room and blast freezer at intervals of one minute, monitor compressor vibration, and send alarms by SMS, WeCom and the mobile application.
P:2.3 The Supplier shall comply with the Technical Specification in Annex 1 and with the GSP temperature-monitoring requirements applicable to the Buyer's pharmaceutical customers.
P:2.4 The Supplier shall survey each warehouse before installation and submit an installation plan showing sensor positions, gateway locations and cable routes for the Buyer's approval.
H:3. Price
P:3.1 The Contract Price is CNY 1,360,000, inclusive of VAT, transport, insurance and all costs of the Supplier, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors|640|420|268,800
TB:2|Compressor vibration sensors|96|2,150|206,400
TB:3|LoRa gateways with battery backup|48|5,600|268,800
TB:4|ColdTrack software, perpetual licence, 800 points|1|386,000|386,000
TB:|Hardware and Licence Subtotal|||1,130,000
TB:5|Installation and commissioning|1|142,000|142,000
TB:6|WMS integration|1|76,000|76,000
TB:7|Training|1|12,000|12,000
TB:|Contract Price|||1,360,000
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange rates, duties or changes in the cost of components.
H:4. Payment
P:4.1 The Buyer shall pay 20% of the Contract Price as an advance within 20 working days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:4.2 The Buyer shall pay 45% of the Contract Price within 30 days after all Equipment has been delivered and installed. The installation record confirms quantities only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:4.4 Each payment is due only against a correct VAT special invoice.
P:4.5 The advance-payment guarantee shall be released when the Equipment has been delivered in full.
H:5. Delivery, Installation and Acceptance
P:5.1 The Supplier shall deliver the Equipment within 45 days and complete installation and commissioning within 80 days after signature.
P:5.2 Acceptance criteria: (a) every sensor reads within ±0.3 °C of a calibrated reference instrument at three points; (b) every cold room reports without gaps for a 14-day trial run; (c) alarms reach the on-duty staff within 60 seconds in all test scenarios; (d) WMS receives room temperature data for every inbound and outbound pallet; and (e) the calibration certificates for all sensors are delivered.
P:5.3 When all criteria are met, the parties sign a Final Acceptance certificate. Delivery, installation or use of the system does not amount to acceptance. Failed tests shall be repeated at the Supplier's cost after correction.
P:5.4 Before Final Acceptance the Supplier shall deliver as-built drawings, a sensor register with serial numbers and positions, and the operation and maintenance manuals in Chinese.
H:6. Warranty and Support
P:6.1 The warranty period is 24 months from Final Acceptance. During the warranty period the Supplier repairs or replaces defective Equipment, corrects Software defects, supplies Software updates and recalibrates the sensors annually, free of charge.
P:6.2 After the warranty period, the Buyer may order annual support at 10% of the Hardware and Licence Subtotal, that is CNY 113,000 per year, fixed for three years. Support is ordered year by year by purchase order and does not renew automatically.
P:6.3 The monitoring platform shall be available at least 99.95% of the time in each month.
P:6.4 Severity 1 faults (a warehouse without monitoring or alarms): response within 30 minutes, on site within 3 hours, restored within 8 hours. Severity 2 faults (a cold room without monitoring): response within 2 hours and restoration within 24 hours. Severity 3 faults: within 3 working days.
P:6.5 For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay CNY 1,000; for each 0.01 percentage point below the availability commitment, CNY 1,500. The Buyer may set these amounts off against any payment or the performance bond.
P:6.6 The Supplier shall keep a stock of spare sensors and gateways in Tianjin sufficient to replace at least 2% of the installed Equipment within one working day.
H:7. Buyer Data and Security
P:7.1 All Buyer Data belongs to the Buyer. The Supplier may process Buyer Data only to perform this Contract and shall not use it for any other purpose, including product development or benchmarking, in identifiable, aggregated or anonymised form.
P:7.2 The Software is installed on the Buyer's servers in Tianjin. Remote access by the Supplier requires the Buyer's approval for each session and takes place through the Buyer's bastion host. No Buyer Data may be transferred outside mainland China.
P:7.3 The Supplier shall implement the security measures in Annex 3, patch the gateways and the Software, and notify the Buyer within 2 hours of any security incident. The Supplier shall compensate the Buyer for all losses caused by a security incident attributable to the Supplier.
H:8. Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software and the embedded firmware for the Buyer's operations.
P:8.2 The WMS interface, dashboards, alarm rules and reports made for the Buyer, including source code and documentation, belong to the Buyer, which may modify them and have them maintained by others.
P:8.3 The Supplier warrants that the Equipment and Software do not infringe third-party rights and shall indemnify the Buyer against any such claim.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public technical and business information, including the Buyer's warehouse layouts, customer lists and security settings, and shall not disclose it without prior written consent. This obligation survives for five years after the Contract ends.
H:10. Delay Damages and Liability
P:10.1 If the Supplier fails to complete installation and commissioning by the date in Clause 5.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, infringement and breach of Clauses 7 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Installation subcontractors approved by the Buyer work under the Supplier's responsibility. The Supplier shall give the Buyer the names of its installation staff in advance.
H:12. Performance Bond
P:12.1 Within ten working days after signature, the Supplier shall provide a performance bond of 5% of the Contract Price from a bank in mainland China, valid until Final Acceptance.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages reach their maximum.
P:13.2 On termination under Clause 13.1, the Supplier shall refund all amounts paid for Equipment and services not accepted and remove any Equipment the Buyer rejects.
P:13.3 The Buyer may also terminate this Contract if the Supplier becomes insolvent or ceases business.
H:14. Force Majeure
P:14.1 A party prevented from performing by force majeure shall notify the other party within five days and provide evidence. Performance is suspended for the duration of the event. If force majeure continues for more than 60 days, either party may terminate this Contract by written notice.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin. The award is final.
H:16. Miscellaneous
P:16.1 Annexes: Annex 1 Technical Specification; Annex 2 Installation Plan; Annex 3 Security Requirements; Annex 4 Acceptance Test Plan.
P:16.2 This Contract is made in Chinese and English in four originals. In case of any inconsistency, the Chinese version prevails.
P:16.3 Amendments to this Contract are valid only in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------- e04 (md)
H968E04 = """# Managed Infrastructure Services Agreement

**Agreement No.** ZJ-MIS-2026-07

**Customer:** Ningbo Zhenhai Precision Auto Parts Co., Ltd., Zhenhai District, Ningbo, Zhejiang Province, People's Republic of China ("Customer")

**Provider:** Rappahannock Managed Systems LLC, a Virginia limited liability company, 98 Main Street, Warrenton, Virginia, United States, acting with its service centre in Ningbo ("Provider")

**Background.** Customer runs two machining plants and a distribution centre in Ningbo. It wishes to hand over the day-to-day operation of its servers, storage, network, endpoints and IT service desk to Provider for a term of 36 months. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date stated in the Transition Acceptance certificate.

1.3 "Customer Data" means all data stored on or passing through the systems managed by Provider, including production, quality, engineering, personnel and financial data, and all logs and configuration backups.

1.4 "Monthly Service Charge" means the charge set out in Schedule 2.

1.5 "Service Levels" means the levels set out in Schedule 3.

## 2. Term

2.1 This Agreement starts on signature. The service term is 36 months from the Service Commencement Date.

2.2 The service term does not renew automatically. The parties may agree an extension in writing no later than 90 days before the end of the term; any new charges must be agreed in that writing.

## 3. Transition

3.1 Provider shall carry out the transition in Schedule 1, Part B, within 60 days after signature: inventory of all assets, documentation of configurations, knowledge transfer from Customer's current staff, set-up of monitoring tools and the service desk, and a parallel run of 14 days.

3.2 Transition Acceptance criteria: (a) the asset inventory is reconciled with Customer's records; (b) all servers, storage arrays, switches, firewalls and wireless controllers are reporting to Provider's monitoring; (c) backups of all systems listed in Schedule 1 have been restored successfully in a test; (d) the service desk has handled the parallel run without a breach of the Service Levels; and (e) runbooks for all critical systems have been approved by Customer.

3.3 When the criteria are met, Customer issues a Transition Acceptance certificate. Start of monitoring or service desk activity does not in itself mean acceptance.

3.4 If Transition Acceptance is delayed beyond the period in 3.1 for reasons attributable to Provider, Provider shall pay CNY 2,800 for each day of delay.

3.5 Customer shall give Provider access to its sites, systems and documentation, and make its current IT staff available for knowledge transfer during the transition.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 2. The Total Contract Value is CNY 3,358,000.

4.2 The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears from the Service Commencement Date. No charge is payable in advance.

4.3 Customer pays correct VAT invoices within 30 days. Service credits under Schedule 3 are deducted from the next invoice.

4.4 The charges are fixed for the term. Changes in the number of devices of up to 10% either way are included; larger changes are handled through the change procedure in Clause 11.

## 5. Service Levels

5.1 Provider shall meet the Service Levels in Schedule 3 and report on them monthly.

5.2 Where a Service Level is missed, Provider shall pay the service credits in Schedule 3 and submit a root-cause analysis and correction plan within five working days.

5.3 Service credits are not the only remedy; Customer keeps its other rights under this Agreement.

5.4 Provider shall hold a monthly service review meeting with Customer's IT manager to review incidents, changes, capacity and the work planned for the next month.

## 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider may use it only to perform the Services and shall not copy, analyse, sell or disclose it for any other purpose, in any form, during or after the term.

6.2 Provider shall operate from its Ningbo service centre and Customer's sites only; no Customer Data and no remote administration session may leave mainland China. Privileged access is through Customer's bastion host, with multi-factor authentication and session recording.

6.3 Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, and with Customer's information security policies, and maintain ISO 27001 and ISO 20000 certification for the service centre.

6.4 Provider shall notify Customer within 2 hours of any actual or suspected security incident, cooperate in the investigation, and compensate Customer for all losses caused by an incident attributable to Provider or its subcontractors.

6.5 At the end of the term, Provider shall hand back all Customer Data, credentials and documentation and delete any copies it holds, and confirm the deletion in writing.

## 7. Intellectual Property

7.1 Provider keeps the rights in its own tools and methods.

7.2 Runbooks, scripts, configurations, network diagrams and reports produced for Customer belong to Customer, which may use and modify them and give them to any successor provider.

## 8. Personnel

8.1 Provider shall assign a named service delivery manager and at least four engineers based in Ningbo, two of whom work on Customer's sites during working hours.

8.2 Provider shall replace any engineer whom Customer reasonably objects to.

8.3 Provider's personnel shall comply with Customer's site rules, including the safety rules in the machining areas, and wear the identification issued by Customer.

## 9. Subcontracting

Provider may engage subcontractors for on-site hardware work, cabling and after-hours service desk cover by giving Customer written notice at least ten days before the subcontractor starts. Provider remains responsible for the work of its subcontractors.

## 10. Liability

10.1 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value.

10.2 The limit does not apply to personal injury, wilful misconduct, gross negligence or breach of Clause 6.

10.3 Neither party is liable for lost profits or indirect loss, except under 10.2.

## 11. Changes

Either party may request a change to the Services. Provider shall provide an impact assessment and price within ten working days. No change is binding until signed by both parties.

## 12. Termination

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after notice, or if Provider misses the same Service Level in three consecutive months.

12.2 Provider may terminate if Customer fails to pay undisputed charges within 60 days after a written reminder.

12.3 On expiry or termination, Provider shall provide exit assistance for up to 90 days at the rates in Schedule 2, including knowledge transfer to Customer or a successor provider.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## 14. General

14.1 Schedules 1 to 3 form part of this Agreement. Notices must be in writing to the addresses above.

14.2 Neither party may assign this Agreement without the other party's written consent.

14.3 Neither party is liable for a failure to perform caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effects.

14.4 Amendments must be in writing and signed by both parties.

## Schedule 1 - Services

| Part | Service | Scope |
|---|---|---|
| A1 | Server and storage management | 64 physical and virtual servers, 2 storage arrays: monitoring, patching, capacity management |
| A2 | Network management | 2 core switches, 38 access switches, 4 firewalls, 2 wireless controllers, 120 access points |
| A3 | Backup and recovery | daily backup of all listed systems, quarterly restore test |
| A4 | Endpoint management | 850 PCs and 90 shop-floor terminals: imaging, patching, antivirus |
| A5 | Service desk | 6:30 to 23:00 on all days, Mandarin, telephone, WeCom and portal |
| B | Transition | asset inventory, knowledge transfer, tools, 14-day parallel run |

## Schedule 2 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Infrastructure management (A1 to A4) | per month | 68,000 |
| Service desk (A5) | per month | 22,000 |
| Monthly Service Charge | per month | 90,000 |
| Monthly Service Charges over 36 months | total | 3,240,000 |
| Transition Charge (B) | one-time | 118,000 |
| Total Contract Value | | 3,358,000 |
| Exit assistance and extra work | per engineer-day | 2,600 |

## Schedule 3 - Service Levels and Credits

| Priority | Definition | Response | Restoration | Credit for each miss |
|---|---|---|---|---|
| P1 | plant production or ERP stopped | 15 minutes | 6 hours | CNY 3,000 plus CNY 1,000 per further hour |
| P2 | a line, department or key system impaired | 30 minutes | 10 hours | CNY 1,000 |
| P3 | single user or non-critical fault | 2 hours | 2 working days | CNY 200 |
| Availability | core network and ERP servers, monthly | 99.95% | | CNY 2,000 per 0.01 percentage point below |
"""

# ---------------------------------------------------------------------------------------------------- e05 (txt)
H968E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. LKM-API-2026-0312

PARTIES

Lake Ontario Maritime Data, Inc., a New York corporation, 38 West First Street, Oswego, New York, United States ("Provider"); and

Qingdao Haitong International Shipping Agency Co., Ltd., Shinan District, Qingdao, Shandong Province, People's Republic of China ("Customer").

Customer acts as port agent for vessels calling at Qingdao, Rizhao and Lianyungang and wishes to subscribe to Provider's vessel-position, port-congestion and marine-weather data through Provider's application programming interface (API) for its operations centre and its own customer portal. The parties agree as follows.

1. DEFINITIONS

1.1 "Data Services" means access to the Provider datasets listed in Schedule A through the API, the web console and the daily bulk files.

1.2 "Service Start Date" means the date on which Provider issues the production API keys to Customer.

1.3 "Subscription Year" means the period from the Service Start Date to the day before its first anniversary (the first Subscription Year), and the period from that anniversary to the day before the second anniversary (the second Subscription Year).

1.4 "Customer Data" means the vessel watch lists, voyage and cargo information, user accounts, queries and any other data that Customer or its users submit to the Data Services, and all results generated specifically for Customer.

1.5 "Custom Deliverables" means the Qingdao berth-window feed, the agency dashboard and the data mappings to Customer's agency system developed under Clause 3.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive right to access and use the Data Services for its port agency business, to display the data in its operations centre and in its customer portal to its principals, and to keep the data received for its records.

2.2 The Subscription Term is two Subscription Years from the Service Start Date. The Agreement ends at the end of the second Subscription Year and does not renew automatically. Any further subscription requires a new written order agreed by both parties.

2.3 Usage limits: up to 3,000,000 API calls per month and 60 named console users. Calls above the monthly limit are charged at the overage rate in Schedule B and invoiced quarterly.

3. ONBOARDING AND CUSTOM DELIVERABLES

3.1 Provider shall, within 50 days after signature: provision production and test environments; build the Qingdao berth-window feed combining AIS positions, anchorage waiting times and pilotage schedules; build the agency dashboard; map the data to Customer's agency system; and train Customer's developers and duty officers.

3.2 Onboarding acceptance criteria: (a) every endpoint in Schedule A returns data in the agreed format in Customer's test environment; (b) vessel positions for the three ports are no older than three minutes throughout a 7-day test; (c) the berth-window feed matches the port authority's published schedule for 20 consecutive days; and (d) the dashboard loads in less than three seconds for 40 simultaneous users.

3.3 When the criteria are met, Customer signs an onboarding acceptance certificate. Use of the test keys does not amount to acceptance.

3.4 If the Custom Deliverables are not ready for acceptance within the period in Clause 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 700 for each day of delay.

4. FEES AND PAYMENT

4.1 Fees (CNY, including VAT):

    Subscription Fee, first Subscription Year ............ 412,000
    Subscription Fee, second Subscription Year ........... 412,000
    Onboarding and Custom Deliverables (one-time) ......... 38,000
    Total fees for the Subscription Term ................. 862,000

4.2 The Onboarding fee and the Subscription Fee for the first Subscription Year, together CNY 450,000, are invoiced on signature of this Agreement and payable within 15 days after the invoice date. Provider issues the test and production API keys after receipt of that payment.

4.3 The Subscription Fee for the second Subscription Year is invoiced at the start of that Subscription Year and payable within 30 days.

4.4 Fees are fixed for the Subscription Term. Invoices are issued as valid fapiao by Provider's authorised distributor in Shanghai.

5. SERVICE LEVELS

5.1 Provider shall make the API and the web console available at least 99.95% of the time in each calendar month, excluding maintenance announced five days in advance and performed on Sundays between 01:00 and 05:00 China Standard Time.

5.2 Support requests are classified as follows. Severity 1 means the API is unavailable or returns no current positions for a port. Severity 2 means one dataset or endpoint is degraded. Severity 3 means any other question or fault.

5.3 Provider shall respond to a Severity 1 request within 8 business hours, to a Severity 2 request within 2 business days and to a Severity 3 request within 5 business days. Business hours are 08:00 to 18:00 Eastern Time, Monday to Friday.

5.4 If monthly availability falls below the commitment in Clause 5.1, Provider shall credit 5% of one twelfth of the current Subscription Fee for each 0.1 percentage point or part of it below the commitment, up to 50% of that amount. Credits are set off against the next invoice or refunded at the end of the term.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Data Services to Customer and shall not use it to enrich its own datasets, build products, or provide it to any other person.

6.2 Provider shall serve Customer through its mainland China point of presence in Shanghai, keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to named support staff with multi-factor authentication, and keep access logs for at least 180 days.

6.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to or disclosure of Customer Data, take prompt steps to contain it, and compensate Customer for the losses caused by a security incident attributable to Provider.

6.4 At the end of the Subscription Term, Provider shall return Customer Data on request and delete it within 30 days.

7. INTELLECTUAL PROPERTY

7.1 Provider and its licensors keep all rights in the datasets, the API and the console. Data received during the Subscription Term may be kept and used by Customer for its internal records after the term.

7.2 The Custom Deliverables, including their source code, belong to Customer. Customer may use and modify them freely and have them maintained by any third party.

8. CONFIDENTIALITY

Each party shall keep confidential all non-public information received from the other party, including prices, Customer's principal and vessel lists and Provider's technical documentation, and use it only for this Agreement. This obligation continues for three years after the Agreement ends.

9. SUBCONTRACTING

Provider shall not subcontract any part of the onboarding work or the operation of the Data Services in mainland China without Customer's prior written consent, except for the Shanghai distributor named in Clause 4.4 for invoicing only.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the total fees for the Subscription Term.

10.2 The limit does not apply to breach of Clause 6 or Clause 8, personal injury, fraud or wilful misconduct.

10.3 Neither party is liable for indirect or consequential loss. Provider does not guarantee the accuracy of third-party source data such as AIS signals, but shall correct errors in its own processing without delay.

11. TERMINATION

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 20 days after written notice, or if availability falls below the commitment in Clause 5.1 in two consecutive months.

11.2 Provider may suspend or terminate the Data Services if Customer fails to pay undisputed fees within 45 days after a written reminder.

11.3 On termination by Customer under Clause 11.1, Provider shall refund the prepaid Subscription Fee for the remaining part of the Subscription Year.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding on both parties.

13. GENERAL

13.1 Schedule A (Datasets and Endpoints) and Schedule B (Usage Limits and Overage Rates) form part of this Agreement.

13.2 Neither party may assign this Agreement without the written consent of the other party.

13.3 Notices shall be given in writing by courier or e-mail to the addresses above.

13.4 Amendments are valid only in writing signed by both parties.

SCHEDULE A - DATASETS AND ENDPOINTS

A.1 Vessel positions (AIS, terrestrial and satellite), updated continuously, for all vessels in the Yellow Sea and East China Sea areas.

A.2 Port congestion: anchorage counts, waiting times and berth occupancy for Qingdao, Rizhao and Lianyungang, updated every ten minutes.

A.3 Marine weather: wind, wave and visibility forecasts for the three ports and their approaches, updated every three hours.

A.4 Endpoints: REST/JSON with OAuth 2.0, webhook alerts for vessel arrival and departure, and daily bulk files in CSV.

SCHEDULE B - USAGE LIMITS AND OVERAGE RATES

B.1 Included usage: 3,000,000 API calls per month; 60 named console users; 500 vessels on watch lists.

B.2 Overage: CNY 20 per 10,000 API calls above the monthly limit; CNY 800 per additional named user per Subscription Year.

For Provider: ____________________        For Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------- targets
TARGETS = {  # key -> (file name, format)
    "h968z01": ("h968z01_housing_bureau_rental_housing_platform.pdf", "pdf"),
    "h968z02": ("h968z02_yogurt_maker_factory_line_control_retrofit.docx", "docx"),
    "h968z03": ("h968z03_fitness_chain_booking_membership_saas.txt", "txt"),
    "h968z04": ("h968z04_heating_pipe_leak_monitoring_om_service.txt", "txt"),
    "h968z05": ("h968z05_rope_craft_studio_tracking_supplier_template.md", "md"),
    "h968e01": ("h968e01_warehouse_software_licence_virginia_vendor.pdf", "pdf"),
    "h968e02": ("h968e02_field_service_saas_order_form.md", "md"),
    "h968e03": ("h968e03_cold_store_sensors_monitoring_licence.docx", "docx"),
    "h968e04": ("h968e04_managed_infrastructure_services_36_months.md", "md"),
    "h968e05": ("h968e05_maritime_data_api_subscription.txt", "txt"),
}
SOURCES = {"h968z01": H968Z01, "h968z02": H968Z02, "h968z03": H968Z03, "h968z04": H968Z04, "h968z05": H968Z05,
           "h968e01": H968E01, "h968e02": H968E02, "h968e03": H968E03, "h968e04": H968E04, "h968e05": H968E05}

# ---------------------------------------------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
T, F, N = True, False, None
# key: language, category, terms (in TERM_KEYS order), extra (sla_clause, ld_stated, capped or None, deemed, value),
#      fee base for TCO (itemised licence / hardware subtotal) or None, forum outside mainland China
DATA = {
    "h968z01": ("zh", "software", [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 9, F, T, F, "PRC", G],
                (T, T, T, F, 2140000), 1080000, F),
    "h968z02": ("zh", "hardware", [N, 1, F, "buyer", T, T, T, 0.1, N, 10, T, T, 18, 32, F, T, F, "PRC", G],
                (T, T, T, F, 1930000), 1530000, F),
    "h968z03": ("zh", "cloud", [99.95, 0.5, T, "buyer", F, T, T, N, N, N, T, N, N, N, F, T, F, "PRC", S],
                (T, F, N, F, 540000), N, F),
    "h968z04": ("zh", "services", [99.95, 0.5, T, "buyer", T, T, T, 0.02, N, N, T, N, N, N, F, F, F, "PRC", S],
                (T, T, N, F, 864000), N, F),
    "h968z05": ("zh", "software", [N, N, F, "supplier", T, F, T, 0.1, N, 65, F, F, 3, N, F, T, T, "PRC", G],
                (F, T, F, T, 250000), 138000, F),
    "h968e01": ("en", "software", [N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 18, 13, F, T, F, "Virginia", G],
                (T, T, T, F, 1850000), 1240000, T),
    "h968e02": ("en", "cloud", [99.5, 1, T, "buyer", T, T, T, 600 / 784000 * 100, 6 / 24 * 100, N, T, N, N, N, T, T,
                                F, "PRC", S],
                (T, T, N, F, 784000), N, F),
    "h968e03": ("en", "hardware", [99.95, 0.5, T, "buyer", T, T, T, 0.1, 200, 20, T, T, 24, 10, F, T, F, "PRC", G],
                (T, T, T, F, 1360000), 1130000, F),
    "h968e04": ("en", "services", [99.95, 0.25, T, "buyer", T, T, F, 2800 / 3358000 * 100, 150, N, T, N, N, N, F, T, T,
                                   "PRC", S],
                (T, T, N, F, 3358000), N, F),
    "h968e05": ("en", "cloud", [99.95, 8, T, "buyer", T, T, T, 700 / 862000 * 100, 150, 450000 / 862000 * 100, T, N, N,
                                N, F, T, F, "PRC", S],
                (T, T, N, F, 862000), N, F),
}
DESIGN = {  # the rules each draft was written to trigger
    "h968z01": [],
    "h968z02": ["CR-POST-WARRANTY-FEE", "CR-SLA-NO-REMEDY", "CR-TCO-SERVICE-SHARE"],
    "h968z03": ["CR-DATA-SECURITY", "CR-LD-MISSING"],
    "h968z04": ["CR-LD-LOW", "CR-TERMINATION"],
    "h968z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"],
    "h968e01": ["CR-GOVERNING-LAW"],
    "h968e02": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "h968e03": [],
    "h968e04": ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"],
    "h968e05": ["CR-PREPAYMENT", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
              "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_THRESHOLD, HORIZON = 40, 5


def tco_share(terms, extra, base):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years."""
    if terms["contract_kind"] != G or terms["post_warranty_fee_pct"] is None or not extra["post_warranty_fee_capped"]:
        return None
    post_years = max(0.0, HORIZON - terms["warranty_months"] / 12)
    fees = post_years * terms["post_warranty_fee_pct"] / 100 * base
    return fees / (extra["contract_value"] + fees) * 100


def derive_rules(terms, extra, base, forum_outside):
    """My reading of policy section 3."""
    t, goods, r = terms, terms["contract_kind"] == G, set()
    if not extra["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if extra["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not extra["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not extra["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(terms, extra, base)
    if share is not None and share > TCO_THRESHOLD:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def label(key):
    lang, cat, vals, (sla, ld_stated, capped, deemed, value), base, forum = DATA[key]
    terms = dict(zip(TERM_KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    rules = derive_rules(terms, extra, base, forum)
    return {"file": TARGETS[key][0], "language": lang, "category": cat, "expected_terms": terms,
            "expected_extra": extra, "expected_rules": rules}


# ---------------------------------------------------------------------------------------------------- threshold scan
NUM = r"(?<![0-9.,])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
PATTERNS = [
    r"99\.90*(?![0-9])",
    NUM + r"4\s*(?:个)?\s*小时", r"四\s*(?:个)?\s*小时", NUM + r"4\s*-?\s*(?:business\s*|working\s*|clock\s*)?h(?:ou)?rs?\b",
    r"\bfour\s*-?\s*(?:\(4\)\s*)?(?:business\s*|working\s*)?hours?", NUM + r"240\s*(?:分钟|min)",
    NUM + r"0\.050*(?![0-9])", r"万分之五(?![0-9一二三四五六七八九十])", r"千分之(?:零点五|0\.5)",
    NUM + r"100(?:\.0+)?" + PCT, r"百分之(?:一)?百(?!分)", r"one\s*hundred\s*(?:per\s*cent|percent)",
    NUM + r"30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"thirty\s*(?:per\s*cent|percent)", r"三成",
    NUM + r"15(?:\.0+)?" + PCT, r"百分之十五(?![点])", r"fifteen\s*(?:per\s*cent|percent)",
    NUM + r"40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"forty\s*(?:per\s*cent|percent)", r"四成",
    NUM + r"12\s*-?\s*(?:个\s*月|months?\b)", r"十二\s*个\s*月", r"twelve\s*-?\s*(?:\(12\)\s*)?(?:calendar\s*)?months?",
    r"一年", NUM + r"1\s*年", r"\b(?:one|1)\s*-?\s*(?:calendar\s*)?years?\b", r"\ba\s*year\b",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4小时", "四个小时", "4 hours", "4-hour", "four hours", "240 minutes", "0.05%",
            "万分之五", "100%", "100 per cent", "百分之百", "30%", "百分之三十", "thirty per cent", "15 %", "百分之十五",
            "fifteen percent", "40%", "百分之四十", "12个月", "12 months", "12-month", "twelve (12) months",
            "十二个月", "质保期一年", "1年", "one year", "1-year", "a year"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "0.055%", "0.08%", "万分之八", "万分之五十", "150%",
             "200%", "130%", "2.30%", "45%", "35%", "65%", "0.15%", "115%", "140%", "2026年12月31日", "112 months",
             "24 months", "36 months", "每年", "首年", "each Subscription Year", "annual", "annually", "3.4 hours",
             "12 hours", "第十二条", "18 months"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in RX.finditer(variant)]
    return hits


# ---------------------------------------------------------------------------------------------------- read back
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


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))

    office = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write({k: SOURCES[k] for k in office}, office, OUT, wrap_words=True)
    for key, (name, kind) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)

    fired = set()
    for key, (name, kind) in TARGETS.items():
        lab = label(key)
        lang = lab["language"]
        # labels: key order, thresholds, design
        assert list(lab["expected_terms"]) == TERM_KEYS
        for k, thr in THRESHOLDS.items():
            v = lab["expected_terms"][k]
            assert v is None or abs(v - thr) > 1e-9, (key, k, v)
        assert lab["expected_rules"] == sorted(DESIGN[key]), (key, lab["expected_rules"], DESIGN[key])
        base = DATA[key][4]
        share = tco_share(lab["expected_terms"], lab["expected_extra"], base)
        if share is not None:
            assert abs(share - TCO_THRESHOLD) > 2, (key, share)
        fired |= set(lab["expected_rules"])
        risk = ("high" if set(lab["expected_rules"]) & HIGH else
                "medium" if set(lab["expected_rules"]) - LOW else "low")
        stem = Path(name).stem
        (OUT / (stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        # texts as read back
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        hits = scan(text)
        print("%-58s %s %5d  risk %-6s tco %s  %s" % (name, lang, n, risk,
                                                       "-" if share is None else "%.2f" % share,
                                                       ", ".join(r[3:] for r in lab["expected_rules"]) or "(none)"))
        assert lo <= n <= hi, (name, n)
        assert not hits, (name, hits)
    assert fired == set(ALL_RULES), sorted(set(ALL_RULES) - fired)
    print("all checks passed: %d rules covered" % len(fired))
