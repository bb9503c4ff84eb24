"""holdout913: builds the ten held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, no threshold figure, rules derived from labels = design list, coverage of all 20 rules).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:二手车交易监管平台建设项目合同（政府采购）
P:合同编号：SWJ-CG-2027-018
P:甲方（采购人）：某市商务局
P:乙方（供应商）：某市云衡信息技术有限公司
P:根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》和本项目公开招标文件、乙方投标文件，甲乙双方就二手车交易监管平台的软件许可、定制开发与数据对接事项，经协商一致，订立本合同。招标文件、投标文件及中标通知书为本合同组成部分。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供二手车交易监管平台软件许可（永久使用许可，不限用户数）、交易备案与车辆信息核验功能的定制开发、与公安车管、市场监管、税务及全市二手车交易市场系统的数据对接，并负责部署、实施与培训。
P:1.2 合同总价为人民币贰佰贰拾壹万捌仟元整（¥2,218,000），其中：平台软件许可费¥1,180,000；定制开发费¥726,000；数据对接费¥214,000；实施及培训费¥98,000。
P:1.3 合同总价为固定价格，已包含税费、差旅、第三方组件授权及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第二条 交付期限与地点
P:2.1 乙方应于合同签订之日起一百二十日内完成平台部署、定制功能开发和数据对接，并书面提交初验申请。
P:2.2 交付地点为甲方指定的政务云资源池。乙方应按政务云管理要求完成资源申请、安全配置和上线备案配合工作。
P:2.3 乙方应组建不少于八人的项目团队，其中项目经理须具有信息系统项目管理师资格，并全程驻场。项目经理及核心技术人员未经甲方书面同意不得更换；确需更换的，替换人员资历不得低于原人员。
P:2.4 乙方应在合同签订后十日内提交项目实施计划、需求调研方案和数据对接方案，经甲方确认后执行。乙方每周向甲方报送项目周报，说明进度、问题与风险。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台初验合格后十五个工作日内，甲方支付合同总价的45%。
P:3.3 平台最终验收合格后十五个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应开具合法有效的等额发票。甲方付款受财政资金拨付程序约束的，付款期限相应顺延，但甲方应及时办理。
H:第四条 验收
P:4.1 初验：乙方完成全部开发与对接后，由甲方组织初验。初验标准为：需求规格说明书所列功能逐项测试通过；与车管、市场监管、税务接口的数据比对准确无误；在并发用户五百人时页面平均响应时间不超过三秒；第三方机构出具的网络安全等级保护测评和软件安全检测报告无高风险问题。
P:4.2 试运行与终验：初验合格后进入九十日试运行。试运行期间未发生一级故障、且累计二级故障不超过三次的，甲方组织专家进行最终验收，并形成书面验收报告。
P:4.3 平台上线使用、甲方付款或签收文档，均不视为验收合格。验收不合格的，乙方应在十五日内整改并承担重新验收的费用。
P:4.4 验收时乙方应提交竣工文档，包括系统设计说明、数据字典、接口说明、部署手册、测试报告和源代码光盘，文档不全的不予组织终验。
H:第五条 质量保证与售后维护
P:5.1 质保期为自最终验收合格之日起三十六个月。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:5.2 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的8%（即每年不超过¥94,400），并在质保期满后两年内保持不变，双方另行签订维护合同，不自动续期。
P:5.3 乙方应为甲方及各交易市场的操作人员提供不少于四期集中培训，提供操作手册、管理员手册和培训视频，确保甲方人员能够独立完成日常管理、统计查询和账号维护工作。
P:5.4 质保期内，乙方每季度进行一次巡检并提交巡检报告，对发现的性能和安全隐患提出整改建议。
H:第六条 服务水平
P:6.1 质保期内平台月可用率不低于99.95%。
P:6.2 故障分为三级。一级故障（平台整体不可用或交易备案功能中断）：乙方应在30分钟内响应，2小时内到场，6小时内恢复；二级故障：2小时内响应，24小时内解决；三级故障：2个工作日内解决。
P:6.3 乙方每迟延响应或恢复一小时，甲方可扣减¥1,000；月可用率每低于承诺值0.01个百分点，扣减¥2,000，从维护费或履约保函中扣除。
H:第七条 知识产权
P:7.1 平台软件的既有知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的功能模块、数据接口程序、源代码、数据库设计及全部技术文档，其知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再开发。乙方应在终验前移交源代码和文档。
P:7.3 乙方保证其交付成果不侵犯第三方合法权益，因侵权引起的纠纷由乙方负责处理并承担全部费用。
H:第八条 数据安全与数据归属
P:8.1 平台内的交易数据、车辆数据、经营主体信息及日志数据均属于甲方所有。乙方仅为履行本合同目的处理上述数据，不得用于其他任何目的，不得向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》和网络安全等级保护三级要求，运维操作须经甲方审批并通过堡垒机进行，不得将数据复制或带离政务云。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施，因乙方原因造成的，由乙方承担全部责任并赔偿甲方损失。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、系统配置、账号口令和未公开信息负有保密义务，未经甲方书面同意不得披露。保密义务在本合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提交验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付成果不符合约定的，应免费整改；整改后仍不合格的，甲方有权解除合同并要求乙方退还已付款项、赔偿损失。
P:10.3 乙方违反本合同数据安全或保密约定的，除赔偿甲方损失外，还应支付合同总价百分之五的违约金；情节严重的，甲方有权解除合同并报告有关主管部门。
P:10.4 甲方无正当理由逾期付款的，每逾期一日按未付金额的万分之二支付违约金。
H:第十一条 分包与转让
P:11.1 本项目不允许分包。乙方不得将本合同项下义务全部或部分转让给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方承担违约责任。
P:12.2 因不可抗力致使合同目的无法实现的，双方均可解除合同，互不承担违约责任。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同附件包括：需求规格说明书、数据对接清单、验收方案和服务承诺书，附件与正文具有同等效力；正文与附件不一致的，以正文为准。
P:14.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________　　乙方（盖章）：__________
"""

Z02 = """T:生产线控制系统改造项目合同
P:合同编号：XJC-SB-2027-006
P:甲方（买方）：某雪镜制造有限公司
P:乙方（卖方）：某智控自动化工程有限公司
P:甲方拟对其镜片注塑、镀膜及装配三条生产线的控制系统进行改造升级。经甲方邀请报价和商务谈判，乙方承接本项目。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 项目范围
P:1.1 乙方负责三条生产线控制系统的设计、供货、安装、编程、调试和培训，内容包括：更换原有控制器及输入输出模块；更换伺服驱动与电机；新增人机界面及工控机；部署生产数据采集软件和镜片视觉检测软件，并与甲方现有ERP系统对接。
P:1.2 改造期间乙方应分线施工，每条生产线停线时间不超过七日，保证甲方其余生产线正常运行。具体停线计划由双方在开工前书面确认。
P:1.3 乙方应在合同生效后十五日内完成现场勘察，提交详细设计方案，包括电气原理图、控制柜布置图、网络拓扑、点位清单和切换方案。设计方案经甲方书面确认后方可采购和施工。
P:1.4 乙方应保证所供设备为原厂全新正品，提供原厂合格证、出厂检验报告和软件授权证书，品牌和型号不得低于投标文件的承诺。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰陆拾万零陆仟元整（¥1,606,000），明细见下表：
TB:序号|项目|数量|金额（元）
TB:1|控制器及输入输出模块|3套|486,000
TB:2|伺服驱动与电机|42套|352,000
TB:3|人机界面触摸屏|9台|96,000
TB:4|工控机|6台|78,000
TB:5|生产数据采集软件许可（永久）|1套|268,000
TB:6|视觉检测软件许可（永久）|3套|142,000
TB:|软硬件小计||1,422,000
TB:7|安装调试及ERP对接|1项|156,000
TB:8|操作与维修培训|1项|28,000
TB:|合计||1,606,000
P:2.2 上述价格含税、运输、保险、安装辅材及质保期内的全部服务费用。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备全部到货并经甲方签收后，甲方支付合同总价的55%。到货签收仅确认数量和外观，不视为质量验收。
P:3.3 三条生产线全部通过最终验收后，甲方支付合同总价的35%。
H:第四条 交货与安装
P:4.1 乙方应于合同生效后六十日内将全部设备运抵甲方厂区，并于到货后四十五日内完成三条生产线的安装调试。
P:4.2 乙方施工人员应遵守甲方厂区安全生产、洁净车间和动火作业管理制度，因乙方原因造成的人身或财产损失由乙方承担。
P:4.3 每条生产线切换前，乙方应完成原有程序和参数的备份，并制定回退方案。切换失败的，乙方应在八小时内恢复原控制系统运行，由此造成的停产损失由乙方承担。
P:4.4 乙方应对甲方设备维修人员和操作工进行培训，培训不少于三期，内容包括系统原理、日常操作、参数调整、常见故障处理和备件更换，培训后甲方人员应能独立处理常见故障。
H:第五条 验收
P:5.1 每条生产线调试完成后连续带料试生产七十二小时，并达到以下标准的，为单线验收合格：设备节拍不低于改造方案约定值；视觉检测漏检率不高于千分之二；数据采集点位与实际一致；与ERP的工单和报工数据核对一致。
P:5.2 三条生产线均单线验收合格，且改造后连续稳定运行三十日未发生因控制系统导致的停线的，双方签署最终验收报告。
P:5.3 设备安装完成、试生产或甲方投入使用，均不视为最终验收合格。
H:第六条 质量保证
P:6.1 质保期为自最终验收合格之日起十八个月。质保期内因设备或软件质量问题产生的维修、更换和软件升级均由乙方免费负责。
P:6.2 质保期内，甲方生产线发生一级故障（整线停机）时，乙方应在1小时内响应，6小时内到达现场；二级故障（单工位停机）应在2小时内响应，次日内解决。乙方每迟延一小时，甲方可扣减¥500，从质保金或应付款中抵扣。
P:6.3 同一部件在质保期内维修两次仍不能正常工作的，乙方应免费更换新品；更换部件的质保期自更换之日起重新计算。乙方应在甲方厂区存放常用备件，备件清单作为本合同附件。
H:第七条 质保期满后的维保
P:7.1 质保期满后，乙方提供年度维保服务，内容包括定期巡检、备品备件更换、软件版本升级和故障抢修。
P:7.2 年度维保费按软硬件小计的26%计取，即每年¥369,720，含全部备品备件，自质保期满起三年内不作调整。维保合同按年签订，不自动续期。
P:7.3 维保费按季度于每季度结束后支付。维保期内的响应时限和扣减标准与质保期相同，乙方每季度提交巡检报告和设备健康评估。
H:第八条 知识产权
P:8.1 控制器程序、人机界面画面、数据采集配置及ERP对接程序为本项目定制开发，其知识产权归甲方所有，乙方应交付源程序及注释文档，甲方可自行修改和使用。
P:8.2 数据采集软件和视觉检测软件的产品著作权归原权利人所有，甲方获得永久使用许可。
H:第九条 数据安全
P:9.1 生产数据、工艺参数、质量检测图像及设备运行数据均属于甲方所有，乙方不得用于本合同以外的任何用途。
P:9.2 乙方远程维护须事先经甲方批准，通过甲方提供的专用通道并全程留痕，不得擅自复制或带离甲方数据。
P:9.3 因乙方原因发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，并承担由此产生的全部责任。
H:第十条 保密
P:10.1 乙方对履约中获知的甲方工艺配方、镜片设计、产能和客户信息负有保密义务，保密期限至本合同终止后五年。
P:10.2 乙方应要求其参与本项目的人员签署保密承诺书，未经甲方书面同意，不得在宣传材料、案例介绍或投标文件中使用甲方名称、厂区照片和生产线资料。
H:第十一条 分包
P:11.1 乙方可将电气安装及布线工程分包给具有相应资质的单位，但应提前五个工作日书面通知甲方。乙方对分包单位的工作向甲方承担全部责任。
H:第十二条 违约责任
P:12.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的0.08%支付违约金。
P:12.2 因乙方原因导致验收不合格的，乙方应在十五日内整改；两次整改仍不合格的，甲方有权退货并解除合同，乙方返还已付款项并赔偿损失。
P:12.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同。
P:13.2 乙方逾期超过四十五日，或累计两次整改仍未通过验收的，甲方有权解除合同，要求乙方返还已付款项，拆除已安装设备并恢复原状，赔偿甲方因此遭受的损失。
P:13.3 合同解除后，乙方应在十日内移交已完成部分的程序、图纸和技术文档。
H:第十四条 适用法律与争议
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地仲裁委员会仲裁。
H:第十五条 其他
P:15.1 本合同附件包括：详细设计方案、设备清单及技术参数、点位清单、备件清单、培训计划和验收记录表。附件与本合同具有同等效力。
P:15.2 本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。任何变更须经双方授权代表签字并加盖公章。
P:15.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________　　乙方（盖章）：__________
"""

Z03 = """门店预约及会员管理系统服务合同

合同编号：KF-IT-2027-011
甲方：某咖啡拉花培训连锁管理有限公司
乙方：某云栈软件科技有限公司

甲方在全国经营四十家咖啡拉花培训门店，需要一套课程预约、会员储值和门店运营管理系统。乙方以软件即服务（SaaS）方式提供该系统，并负责实施上线。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。

一、服务内容
（一）订阅服务：乙方向甲方四十家门店提供课程预约、会员管理、储值与次卡、课时消耗、讲师排班、营销活动和经营报表功能，包括门店管理端、讲师端和学员微信小程序。
（二）实施服务：
1. 按甲方品牌规范配置学员小程序页面和课程目录；
2. 将甲方原有会员系统中的会员资料、储值余额和剩余课时迁移至本系统；
3. 与甲方收银系统和财务软件对接；
4. 对门店店长和前台人员进行操作培训，培训分三个批次进行，每批次线上直播不少于两次，并提供操作手册和短视频教程，新开门店由乙方远程补充培训。
（三）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算。
（四）服务期内，乙方应免费提供系统版本升级、功能优化和安全补丁，并为甲方指定一名客户成功经理，每季度回访门店使用情况，提交系统使用分析和改进建议。
（五）甲方应指定一名项目负责人，及时提供课程目录、会员资料、品牌素材和对接所需的接口文档，并组织门店人员参加培训。因甲方资料提供迟延导致工期延误的，实施期限相应顺延。

二、合同价款
（一）年度订阅费：每店每服务年度¥3,600，四十家门店每服务年度合计¥144,000，两个服务年度合计¥288,000。
（二）实施费¥86,000，培训费¥16,000。
（三）合同总价为人民币叁拾玖万元整（¥390,000）。服务期内甲方新增门店的，按每店每服务年度¥3,600计费，按剩余月数折算。

三、付款方式
（一）实施费和培训费在系统上线验收合格后十五个工作日内一次性支付。
（二）每个服务年度的订阅费在该服务年度开始后十个工作日内支付。
（三）乙方应在收款前开具增值税专用发票。甲方逾期付款的，乙方可书面催告；催告后三十日内仍未支付的，乙方可暂停提供新增功能服务，但不得删除或锁定甲方数据。
（四）会员储值资金由甲方自有收款账户直接收取，乙方不经手、不归集任何储值资金。

四、实施与上线验收
（一）乙方应在合同签订后四十五日内完成配置、数据迁移和对接，并提交上线验收申请。
（二）上线验收标准：
1. 需求确认书所列功能逐项测试通过；
2. 迁移后的会员人数、储值余额和剩余课时与原系统逐户核对一致；
3. 小程序在二百名学员同时预约时，页面响应时间不超过两秒；
4. 收银系统与财务软件的对账数据连续七日无差异。
（三）全部标准达到后，甲方签署上线验收单。门店开始试用或甲方支付款项，不视为验收合格。
（四）乙方未能在约定期限内提交上线验收申请的，每逾期一日，向甲方支付违约金¥300。

五、服务水平
（一）系统月可用率不低于99.5%，计划内维护应安排在每日凌晨一点至五点之间并提前两日通知。
（二）故障分级与响应：
1. 一级故障（系统整体无法登录、无法预约或无法扣课）：30分钟内响应，3小时内恢复；
2. 二级故障（部分功能异常）：2小时内响应，当日解决；
3. 三级故障（咨询和一般问题）：1个工作日内答复。
乙方提供每日八时至二十二时的在线客服和全天候故障热线，门店可通过管理端提交工单并查询处理进度。
（三）月可用率低于承诺值的，每低0.1个百分点，乙方按当月订阅费的5%向甲方提供服务抵扣，当月抵扣总额以当月订阅费为限。一级故障超过恢复时限的，每超过一小时抵扣¥200。

六、数据安全
（一）乙方应将甲方数据存储于中国境内的云服务器，并已通过网络安全等级保护三级测评。
（二）乙方应对会员个人信息进行加密存储，设置分级访问权限并保存操作日志，日志保存不少于六个月。
（三）发生数据泄露、丢失或损毁的，乙方应在24小时内通知甲方，协助甲方履行告知义务，并承担因乙方原因造成的损失。

七、数据权利
（一）甲方录入及系统产生的会员资料、课程数据和交易数据属于甲方。
（二）甲方同意，乙方可在去除个人身份信息后，将甲方门店的经营和消费数据用于行业分析报告、产品改进和模型训练，该使用权在本合同终止后继续有效。
（三）合同终止后三十日内，乙方应按甲方要求以通用格式导出全部甲方数据，并在导出完成后删除其保存的甲方数据副本（前款去标识数据除外），并向甲方出具删除确认函。
（四）乙方不得利用甲方会员信息向会员推送非甲方的广告或营销信息。

八、知识产权
（一）系统平台的知识产权归乙方所有。
（二）为甲方定制的小程序页面、品牌素材配置、数据迁移脚本和对接程序，其知识产权归甲方所有，甲方可自行或委托第三方修改和使用。
（三）乙方保证系统及其交付内容不侵犯任何第三方的知识产权；发生侵权纠纷的，由乙方负责处理并承担甲方因此产生的全部费用和损失。

九、保密
双方对在合作中获知的对方商业秘密和未公开信息负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内有效。

十、续期
服务期满前三十日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据市场情况上调订阅单价，上调幅度不超过上一服务年度单价的8%，乙方在续期前以电子邮件通知甲方即可。

十一、分包
乙方不得将本合同项下的实施服务分包给第三方；确需分包的，应事先取得甲方书面同意。

十二、违约与解除
（一）任何一方严重违约，经守约方书面通知后十五日内未纠正的，守约方有权解除本合同，并要求违约方赔偿损失。
（二）连续两个月月可用率低于承诺值的，甲方有权解除合同，乙方应退还已付未使用期间的订阅费。
（三）乙方在本合同项下的赔偿责任总额以合同总价的两倍为限，但因数据泄露和侵犯知识产权造成的损失不受此限。
（四）本合同解除或终止的，乙方应继续提供不少于六十日的只读访问和数据导出协助，便于甲方将会员和课程数据迁移至新系统，甲方按实际天数支付该期间的订阅费。
（五）因不可抗力导致一方不能履行合同的，应及时通知对方并在十五日内提供证明，受影响期间的义务相应免除；持续超过九十日的，双方均可解除合同。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。

十四、其他
（一）本合同附件包括：需求确认书、门店清单、数据迁移方案、服务水平说明和报价单，附件与本合同具有同等效力。
（二）服务期内甲方门店关闭或转让的，甲方可书面通知乙方减少相应门店账号，自下一个服务年度起按实际门店数计费；新增门店自开通之月起计费。
（三）双方指定的联系人和电子邮箱以合同首页为准，通过该邮箱发送的通知视为已送达，但解除合同的通知须以书面形式送达。
（四）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：              乙方（盖章）：
日期：                      日期：
"""

Z04 = """公路桥梁健康监测系统年度运维服务合同

项目编号：JTJ-CS-2027-004（竞争性磋商）
采购人（甲方）：某市交通运输局
供应商（乙方）：某桥安智能监测技术有限公司

根据《中华人民共和国政府采购法》《政府采购竞争性磋商采购方式管理暂行办法》和本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就公路桥梁健康监测系统年度运维服务，订立本合同。

第一条 服务范围
（一）运维对象：全市干线公路上已建成的二十六座桥梁健康监测系统，包括应变、挠度、索力、温湿度、风速风向、加速度和视频等各类前端传感器一千零八十个，现场采集站五十二套，通信链路，以及部署在甲方机房的监测数据平台和预警软件。
（二）服务内容：前端设备巡检、清洁、校准和故障更换；通信链路维护；平台软件运行保障、补丁更新和数据备份；监测数据分析和预警处置配合；编制月度运行报告和年度桥梁结构状态评估报告。
（三）服务期自2027年1月1日起至2027年12月31日止。
（四）汛期、冰冻期和重大节假日期间，乙方应加密巡检频次，安排专人二十四小时值守监测平台，并按甲方要求参加桥梁应急演练。

第二条 服务费用与支付
（一）本合同服务费为固定总价人民币捌拾贰万陆仟元整（¥826,000），包括人工、交通、检测仪器、传感器和采集站更换备件、平台维护和报告编制费用，甲方不再支付其他任何费用。
（二）服务费按季度支付。每季度结束后，甲方根据当季考核结果，在收到乙方发票后十五个工作日内支付当季服务费¥206,500，并扣除当季考核扣款。
（三）甲方不向乙方预付任何费用。

第三条 服务标准
（一）监测数据平台月可用率不低于99.95%，计划停机须提前三个工作日经甲方同意。
（二）单座桥梁关键测点的数据连续中断不得超过二十四小时；乙方每季度对全部传感器完成一次现场巡检，每半年对应变、挠度和索力传感器完成一次校准，并形成巡检和校准记录。
（三）故障分级与响应：
1．一级故障（平台中断、预警功能失效或单座桥梁全部测点离线）：乙方应在1小时内响应，3小时内到达现场，24小时内恢复；
2．二级故障（单个采集站或部分测点离线）：2小时内响应，48小时内修复；
3．三级故障（个别传感器数据异常）：五个工作日内处理完毕。
（四）发生结构预警时，乙方应在30分钟内完成数据复核，并将复核结论报告甲方值班人员，配合甲方组织现场检查和交通管制。
（五）乙方每超出响应或修复时限一小时，甲方扣减服务费¥500；平台月可用率每低于承诺值0.01个百分点，扣减¥1,000；关键测点数据连续中断超过二十四小时的，每测点每日扣减¥300。

第四条 考核与验收
（一）甲方按季度对乙方服务进行考核，考核内容包括巡检完成率、故障处理时效、数据在线率、报告质量和预警复核情况，考核细则见附件。
（二）乙方应于每月前五个工作日提交上月运行报告，于服务期满后三十日内提交年度桥梁结构状态评估报告。年度评估报告须经甲方组织的专家评审通过，方为年度服务验收合格。
（三）评审未通过的，乙方应在十五日内修改并重新提交。
（四）月度运行报告应包括：设备运行和故障处理情况、数据完整情况、各桥梁主要测点的趋势分析、预警事件及复核结论、下月工作计划。年度评估报告应结合全年监测数据和人工检查结果，对每座桥梁的结构状态作出评价，并提出养护建议。
（五）甲方对报告内容有异议的，乙方应在五个工作日内作出说明或补充分析。

第五条 人员与设备
（一）乙方应配备不少于六名专职运维人员，其中项目负责人须具有桥梁或结构工程专业高级职称，驻场工程师须具有相关专业中级以上职称。人员变更须经甲方书面同意。
（二）乙方应自备检测车辆、校准仪器和高空作业设备，进行桥下或高空作业时应遵守公路养护作业安全规程，办理占道作业手续，并设置安全警示标志。
（三）乙方作业人员发生安全事故的，由乙方自行承担责任。
（四）乙方应在甲方指定地点储备常用传感器、采集模块、通信模块和电源模块，备件数量不少于在用数量的百分之五，备件更换后应在三个工作日内更新设备台账。
（五）甲方负责提供机房、网络和平台运行所需的基础环境，协调桥梁管养单位为乙方现场作业提供便利，并及时确认乙方提交的计划停机申请。

第六条 数据安全
（一）监测数据、视频图像、预警记录和评估报告均属于甲方所有，乙方仅为履行本合同使用，不得用于其他目的，不得向任何第三方提供。
（二）乙方应按网络安全等级保护三级要求维护平台，远程运维须经甲方审批并通过堡垒机进行，操作全程记录；不得将监测数据复制至甲方网络之外的介质或系统。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内向甲方报告，配合调查和处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。
（四）服务期满或合同解除时，乙方应交回全部账号权限和运维资料，并删除其掌握的甲方数据。

第七条 成果归属
运维期间乙方编制的报告、分析模型参数、配置文件和运维脚本，其知识产权归甲方所有，甲方可自由使用和修改。

第八条 违约责任
（一）乙方未按期提交月度运行报告或年度评估报告的，每逾期一日，按本合同总价的万分之二支付违约金。
（二）乙方未按约定完成季度巡检或设备校准的，每逾期一日，按本合同总价的万分之二支付违约金，并应立即补做。
（三）因乙方运维不到位导致预警漏报、误报并造成损失的，乙方应承担赔偿责任。
（四）季度考核不合格的，甲方有权扣减当季服务费的百分之十；连续两个季度考核不合格的，甲方有权解除合同。
（五）本条违约金和第三条扣减款项，甲方可从应付服务费中直接扣除，不足部分由乙方另行支付。

第九条 分包
本项目不得分包。乙方不得将运维服务转包或分包给任何第三方。乙方使用劳务派遣人员的，应事先报甲方备案，并对其行为承担全部责任。

第十条 合同解除
（一）乙方严重违反本合同约定，经甲方书面通知后十日内未改正的，甲方有权解除合同，并要求乙方赔偿损失。
（二）合同解除后，乙方应在七日内完成工作交接，交接期间不得中断平台运行。
（三）服务期满前两个月，乙方应编制运维交接手册，内容包括设备台账、故障记录、测点变更、平台配置和账号清单，并配合甲方或新的服务单位完成交接，交接期不少于三十日。
（四）因不可抗力导致不能履行的，受影响一方应及时通知对方并提供证明；受影响期间的服务费按实际提供的服务核减。

第十一条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

第十二条 其他
（一）本合同附件包括：竞争性磋商文件、乙方响应文件、桥梁及测点清单、考核细则和备件单价表。
（二）本合同未尽事宜，由双方协商签订补充协议。补充协议不得改变竞争性磋商文件确定的服务范围和价格。
（三）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
"""

Z05 = """# 匠造工序追踪系统 软件许可及定制开发合同

**（乙方标准合同文本 JZ-HT-2026 版）**

合同编号：JZ-2027-0315

甲方（用户）：某牛角梳工作室

乙方（开发方）：某匠造软件有限公司

鉴于甲方为手工牛角梳生产经营者，需要对选料、开坯、打磨、雕刻、抛光、上油、质检和包装等工序进行追踪管理；乙方拥有“匠造工序追踪系统”软件的著作权。双方经友好协商，就软件许可及定制开发事宜达成如下协议，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供“匠造工序追踪系统”标准版软件使用许可一套，许可用户数二十个，许可期限为永久。

1.2 乙方根据甲方需求进行定制开发，内容包括：工序扫码报工、每把梳子的唯一编码与工艺档案、原料批次追溯、手工师傅计件工资统计、网店订单同步及定制刻字订单管理。

1.3 乙方负责软件在甲方电脑和手持终端上的安装部署，并对甲方人员进行一次集中操作培训。

1.4 标准版软件包括基础资料管理、工序定义、生产任务下达、扫码报工、在制品查询、成品入库、出库发货和统计报表等功能。标准版功能以乙方产品说明书为准，乙方可对标准版功能进行调整和升级。

## 第二条 合同金额

本合同总金额为人民币贰拾肆万贰仟元整（¥242,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序追踪系统标准版软件许可（二十用户，永久） | 98,000 |
| 2 | 定制开发（扫码报工、工艺档案、原料追溯、计件工资、网店订单同步） | 126,000 |
| 3 | 安装部署及培训 | 18,000 |
| | 合计 | 242,000 |

以上金额为含税价格。手持扫码终端和标签打印机由甲方自行采购，不在本合同范围内。

## 第三条 付款方式

3.1 本合同签订后三个工作日内，甲方向乙方支付合同总金额的65%，即¥157,300，乙方收到该款项后启动项目。

3.2 软件安装完成后五个工作日内，甲方支付剩余的35%，即¥84,700。

3.3 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停全部服务直至甲方付清款项。

## 第四条 开发与交付

4.1 乙方收到首付款后，将与甲方进行需求沟通，并在双方确认需求后安排开发。

4.2 乙方将尽力在需求确认后六十日内完成开发和安装。因需求变更、甲方配合不及时或其他非乙方原因导致延期的，交付时间相应顺延。

4.3 需求确认后甲方提出新的需求或修改的，视为需求变更，乙方有权另行报价，双方就费用达成一致后方予实施。

4.4 甲方应指定一名联系人，负责需求沟通、资料提供和进度确认，并按乙方要求准备运行环境，包括服务器或电脑、操作系统、数据库、网络和打印设备。运行环境不符合乙方要求的，由甲方自行整改，由此造成的延误由甲方负责。

4.5 甲方应在乙方提交需求说明后五个工作日内确认；逾期未确认的，视为甲方认可乙方提交的需求说明。

4.6 甲方应提供工序清单、师傅名单、原料批次和现有订单等基础资料，并对资料的真实性和完整性负责。因资料错误导致的返工，乙方可另行收费。

## 第五条 验收

5.1 乙方在甲方现场完成软件安装后，即视为甲方验收合格。

5.2 甲方在安装完成后使用过程中发现问题的，可以书面形式反馈给乙方，乙方将视情况予以处理。

## 第六条 免费维护

6.1 自软件安装完成之日起六个月内，乙方为甲方提供免费维护，包括程序错误修正和远程操作指导。

6.2 免费维护期内，乙方通过电话、微信和远程桌面提供技术支持，服务时间为工作日的工作时间。需要上门服务的，甲方承担乙方人员的差旅费用。

6.3 因甲方操作不当、擅自修改、电脑病毒、硬件故障或其他非乙方原因造成的问题，不属于免费维护范围，乙方可按次收费。

6.4 培训仅限合同约定的一次集中培训，甲方新员工的培训或再次培训，乙方按每人次五百元收取培训费。

## 第七条 后续维护

7.1 免费维护期满后，甲方如需乙方继续提供维护服务，应与乙方签订年度维护协议。

7.2 年度维护费按乙方当年公布的服务价格标准执行，乙方可根据市场和人工成本情况调整该标准。

7.3 甲方未续签维护协议的，乙方不再提供任何技术支持，系统升级需另行付费。

## 第八条 知识产权

8.1 “匠造工序追踪系统”软件及其所有版本的著作权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、程序代码、数据库结构及相关文档，其知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反编译或许可第三方使用，亦不得要求乙方提供源代码。

8.3 乙方有权将定制开发中形成的通用功能纳入其标准产品，向其他客户销售。

## 第九条 数据

9.1 甲方录入系统的工艺、订单、客户及工资数据归甲方所有，乙方仅为履行本合同的目的接触上述数据。

9.2 甲方应自行做好数据备份。

## 第十条 保密

10.1 双方对在合作过程中知悉的对方商业秘密、技术信息和经营信息负有保密义务，未经对方书面许可不得向第三方披露。

10.2 保密义务在本合同终止后两年内继续有效。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方对甲方的间接损失、利润损失和数据损失不承担责任。

11.3 乙方不保证软件完全满足甲方的特定业务需要，也不保证软件运行不中断或没有错误。甲方应根据自身情况判断软件的适用性。

11.4 甲方违反第八条约定擅自修改、复制或向第三方提供软件的，乙方有权终止甲方的使用许可，并要求甲方赔偿由此给乙方造成的全部损失。

## 第十二条 合同解除

12.1 一方严重违反本合同约定，经另一方书面催告后三十日内仍未改正的，另一方有权书面通知解除本合同。

12.2 合同解除的，乙方已收取的款项按已完成工作量结算，多退少补。

## 第十三条 不可抗力

13.1 因地震、火灾、水灾、疫情、政府行为、网络运营商故障或其他不能预见、不能避免且不能克服的事件导致一方不能履行合同的，该方不承担违约责任，但应及时通知对方，并在合理期限内提供证明。

13.2 不可抗力影响消除后，双方应继续履行本合同，履行期限相应顺延。

## 第十四条 争议解决

14.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。

14.2 因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章且乙方收到首付款之日起生效。

15.2 本合同的附件包括需求说明、报价单和软件使用说明书。附件内容与本合同正文不一致的，以本合同正文为准。

15.3 双方的通知以合同首页载明的联系方式发送即视为送达。一方联系方式变更的，应提前书面通知另一方。

15.4 本合同未尽事宜，双方可另行协商签订补充协议。乙方对本合同文本享有最终解释权。

15.5 本合同一式两份，双方各执一份，具有同等法律效力。

甲方（签章）：＿＿＿＿＿＿　　　乙方（签章）：＿＿＿＿＿＿

日期：＿＿＿＿年＿＿月＿＿日　　日期：＿＿＿＿年＿＿月＿＿日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. BMS-CN-2027-031
P:This Software Licence and Services Agreement (the "Agreement") is made between Blue Ridge Maintenance Systems, Inc., a West Virginia corporation with its principal office at 210 Neville Street, Beckley, West Virginia, United States (the "Vendor"), and Shanxi Hengyuan Mining Machinery Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Taiyuan, Shanxi Province (the "Customer").
P:The Customer manufactures and services hydraulic roof supports and conveyors for coal mines and wishes to replace its in-house maintenance records with the Vendor's asset maintenance management software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's AssetWorks Maintenance Suite, version 9, in object code, including the work-order, preventive-maintenance, spare-parts inventory and mobile inspection modules, together with its documentation and any updates supplied under this Agreement.
P:1.2 "Customised Deliverables" means the configurations, report templates, interface programs, data migration scripts and related documentation that the Vendor creates specifically for the Customer under Article 3.
P:1.3 "Customer Data" means all data entered into or generated by the Software in the Customer's environment, including equipment registers, maintenance histories, inspection records and personnel information.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the Software and the Customised Deliverables meet the acceptance criteria.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 350 named users and 60 mobile devices at the Customer's sites in the People's Republic of China, for the internal business purposes of the Customer and its wholly owned subsidiaries.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The Customer shall not reverse engineer the Software except to the extent permitted by applicable law.
P:2.3 The licence is paid up on payment of the Licence Fee and survives any expiry of support.
H:Article 3 Implementation Services
P:3.1 The Vendor shall install the Software on the Customer's servers in Taiyuan, configure it to the Customer's maintenance processes, migrate equipment and maintenance records from the Customer's existing databases, build interfaces to the Customer's ERP and procurement systems, and train the Customer's staff.
P:3.2 The Vendor shall deliver a project plan within 15 days of signature. Installation shall be completed within 60 days, and the Software with all Customised Deliverables shall be ready for acceptance testing within 150 days of signature.
P:3.3 The Vendor shall assign a named project manager and a Mandarin-speaking implementation lead based in China. Key personnel may be replaced only with the Customer's prior approval, which shall not be unreasonably withheld.
P:3.4 The Customer shall provide the servers, operating systems and database licences described in the project plan, give the Vendor's staff reasonable access to its sites and systems, and make knowledgeable staff available for workshops and testing. Delays caused by the Customer extend the Vendor's dates accordingly.
H:Article 4 Fees and Payment
P:4.1 The total price under this Agreement is CNY 1,690,000, made up of a Licence Fee of CNY 1,260,000, Implementation Fees of CNY 384,000 and Training Fees of CNY 46,000. The price includes all taxes, travel and expenses.
P:4.2 The Customer shall pay 20% of the total price within 30 days after signature, against the Vendor's invoice; 45% within 30 days after the Vendor's installation certificate, which records installation only and is not acceptance; and 35% within 30 days after Final Acceptance.
P:4.3 All amounts are payable in Chinese Yuan to the Vendor's designated account. Each invoice shall be accompanied by a valid tax invoice or the documents required for the Customer's foreign-exchange payment.
H:Article 5 Acceptance
P:5.1 The parties shall agree an acceptance test plan within 30 days of signature. The tests shall confirm that every function listed in the functional specification works as described; that migrated records reconcile with the source databases by count and by sample check; that the ERP and procurement interfaces exchange work orders and parts requisitions without error over ten consecutive working days; and that screens load within three seconds with 200 concurrent users.
P:5.2 After successful tests the Software shall run in production for a trial period of 45 days without any Severity 1 incident.
P:5.3 On completion of the tests and the trial period the Customer shall issue a Final Acceptance certificate. Installation, go-live, production use or payment does not constitute acceptance. If tests fail, the Vendor shall correct the defects and repeat the tests at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Customised Deliverables will perform materially in accordance with the documentation for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new versions, and provide remote and on-site support free of charge.
P:6.2 Severity 1 incidents (the Software is unavailable or work orders cannot be issued) shall be responded to within 1 hour and resolved or worked around within 8 hours, at any time. Severity 2 incidents shall be responded to within 2 hours and resolved within two business days.
P:6.3 For each hour by which the Vendor exceeds a response or resolution time for a Severity 1 incident, the Vendor shall credit the Customer CNY 1,000, deducted from the next payment or paid on demand.
P:6.4 After the Warranty Period the Customer may purchase annual support at 9% of the Licence Fee, that is CNY 113,400 per year, fixed for the first three years after the Warranty Period. Support does not renew automatically; each year is ordered by a separate purchase order.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all rights in the Software.
P:7.2 All intellectual property rights in the Customised Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation before Final Acceptance. The Customer may use, modify and license the Customised Deliverables freely, including through third-party contractors.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Customised Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access Customer Data only to perform this Agreement and shall not use it for any other purpose or disclose it to any third party.
P:8.2 Remote access by the Vendor requires the Customer's approval for each session, shall use the Customer's VPN with multi-factor authentication, and shall be logged. The Vendor shall not copy Customer Data outside the Customer's systems and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:8.3 The Vendor shall notify the Customer within 24 hours of any actual or suspected security breach affecting Customer Data, cooperate in its investigation and remedy, and bear all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to personnel and advisers who need to know it. These obligations survive for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Software with all Customised Deliverables is not ready for acceptance testing by the date in Article 3.2 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:10.2 The Vendor's cumulative liability for all claims arising from this Agreement shall not exceed one and a half times the total price (150%). Claims under Article 7.3, breaches of Article 8 or Article 9, death or bodily injury, fraud and intentional wrongdoing fall outside this limit. Neither party is liable for indirect or consequential loss.
H:Article 11 Subcontracting and Assignment
P:11.1 Subcontracting of any part of the services requires the Customer's consent in writing given in advance. Where the Customer consents, the Vendor answers for the subcontractor's work as for its own.
P:11.2 Neither party may assign this Agreement without the other party's written consent.
H:Article 12 Termination
P:12.1 Where one party is in material breach and has not cured the breach within 30 days of being notified of it in writing, the other party may end this Agreement with immediate effect by written notice.
P:12.2 The Customer may also terminate if the delay damages under Article 10.1 reach their maximum. On termination for the Vendor's breach, the Vendor shall refund the fees paid for services not accepted and the Customer may keep using the Software licensed and paid for.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of West Virginia, without regard to its conflict-of-laws rules.
P:13.2 Any dispute arising out of this Agreement shall be submitted to the state or federal courts located in Raleigh County, West Virginia, and each party submits to their jurisdiction.
H:Article 14 General
P:14.1 This Agreement, with its Schedules (functional specification, acceptance test plan and project plan), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:14.2 Neither party is liable for a failure caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.
P:14.3 Notices shall be sent in writing to the addresses above. This Agreement is signed in English in two originals.
P:For the Vendor: ____________________    For the Customer: ____________________
"""

E02 = """# Order Form and General Terms – FieldPath Service Scheduling

Order Form No. OF-2027-0448

Provider: Ohio Valley Field Software LLC, 1100 Main Street, Wheeling, West Virginia 26003, United States

Customer: Suzhou Tianyun Elevator Maintenance Co., Ltd., Suzhou Industrial Park, Jiangsu Province, People's Republic of China

## PART A – ORDER FORM

### A1. Subscribed Service

FieldPath, the Provider's cloud service for scheduling, dispatching and recording field maintenance work, with the dispatcher console, the technician mobile application, the customer portal and the analytics module, for up to 420 technician users and 35 dispatcher users. The Service is hosted for the Customer in a data centre in mainland China operated by the Provider's hosting partner named in A6.

### A2. Subscription Term

The Subscription Term is 36 months, divided into three Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under A4.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 420 technician + 35 dispatcher users | 218,000 |
| Subscription Fee, Subscription Year 2 | same | 218,000 |
| Subscription Fee, Subscription Year 3 | same | 218,000 |
| Implementation Services | fixed price, one-time | 72,000 |
| Total Contract Value | | 726,000 |

The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of invoice. The Implementation Services fee is invoiced after Go-Live Acceptance and is payable within 30 days of invoice. No other amount is payable before the Service starts. Additional users may be added at the same per-user rate, pro rata for the remainder of the Subscription Year. Fees are fixed for the Subscription Term and include VAT.

### A4. Implementation and Go-Live Acceptance

The Provider shall configure the Service for the Customer's work types, service contracts and regions; import the Customer's register of about 9,600 elevators and escalators and its open work orders; connect the Service to the Customer's ERP for spare-parts requests and billing; and train dispatchers and technician team leaders. The Provider shall make the Service ready for acceptance testing within 70 days after signature of this Order Form.

Go-Live Acceptance tests: every function in the agreed scope document works as described; imported equipment and open work orders reconcile with the Customer's source files by count and by a sample check of 200 records; work orders and parts requests pass to and from the ERP without error for five consecutive working days; and the mobile application synchronises a completed work order within 60 seconds on a 4G connection. When the tests are passed the Customer signs a Go-Live Acceptance certificate. Use of the Service in production before that certificate does not count as acceptance.

If the Service is not ready for acceptance testing by the date above for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay, deducted from the Implementation Services fee.

### A5. Renewal

This Order Form does not renew automatically. Any further subscription requires a new Order Form signed by both parties.

### A6. Subprocessors and Contacts

Approved hosting partner: Jiangsu Yunhai Data Services Co., Ltd. (data centre in Suzhou). Provider contact: Account Director, Asia-Pacific. Customer contact: Head of Digital Operations.

## PART B – GENERAL TERMS

### 1. Service Levels

1.1 The Provider targets monthly availability of the Service of 99.95%, excluding maintenance windows of which it gives at least 48 hours' notice and which fall between 23:00 and 05:00 China Standard Time.

1.2 Severity 1 incidents (the Service or the mobile application cannot be used by a majority of users) will be responded to within 1 hour at any time; Severity 2 incidents within 2 hours during business hours; Severity 3 incidents within one business day.

1.3 The Provider will report availability monthly and provide a root-cause analysis for each Severity 1 incident within five business days. The service levels in this Section 1 are targets. A failure to meet them does not entitle the Customer to service credits, fee reductions, refunds or damages.

1.4 Support is available in Mandarin and English by telephone, e-mail and the support portal. The Customer may name up to six support contacts who may open tickets. The Provider keeps the Service compatible with the two most recent major versions of the Android and iOS operating systems and releases updates at least quarterly, with release notes sent to the Customer's contacts in advance.

### 2. Customer Data

2.1 Customer Data means all data that the Customer or its users enter into the Service or that the Service generates from it, including equipment registers, work orders, site addresses, photographs and the personal information of technicians and the Customer's clients. Customer Data belongs to the Customer.

2.2 The Provider shall process Customer Data only to provide the Service under this Agreement and shall not use it for any other purpose, including product development or analytics for other customers.

2.3 Customer Data is stored and processed only in mainland China. The Provider maintains an information security programme certified to ISO 27001, encrypts Customer Data in transit and at rest, restricts access to named staff with multi-factor authentication, and keeps access logs for 180 days.

2.4 The Provider shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, take immediate steps to contain it, assist the Customer with any notification required by law, and bear the costs and losses that result from its failure to comply with this Section 2.

2.5 Within 30 days after the end of the Subscription Term the Provider shall return Customer Data in a standard export format and then delete it, and confirm the deletion in writing.

### 3. Customer Configurations and Intellectual Property

3.1 The Provider owns the Service and all its underlying software.

3.2 Configurations, workflow definitions, report templates, interface mappings and import scripts developed for the Customer under this Order Form ("Customer Configurations") belong to the Customer. The Customer may use, modify and license them freely, including with another provider.

### 4. Confidentiality

Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to those of its staff and advisers who need to know it and are bound by similar obligations. This Section survives for five years after the end of the Agreement.

### 5. Subcontracting

The Provider may use the hosting partner named in A6. The Provider shall not engage any other subcontractor or subprocessor for the Service without the Customer's prior written consent, and remains responsible for the performance of every subcontractor.

### 6. Term and Termination

6.1 This Agreement runs for the Subscription Term.

6.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of it. If the Customer terminates for the Provider's breach, the Provider shall refund the Subscription Fee already paid for the period after termination.

6.3 On termination or expiry the Provider shall give the Customer read-only access for 30 days to allow the export of Customer Data.

### 7. Liability

7.1 Neither party is liable for indirect, special or consequential loss, or for loss of profit.

7.2 The Provider's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the fees paid by the Customer under this Order Form in the six months immediately preceding the event giving rise to the claim.

### 8. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 9. Customer Responsibilities

9.1 The Customer is responsible for the accuracy of the data it imports, for the conduct of its users, and for keeping user credentials secure. It shall not use the Service to store information unrelated to field maintenance or to attempt to disrupt the Service.

9.2 The Customer shall provide the ERP interface specifications, test accounts and a project lead during implementation, and shall take part in acceptance testing within the periods set out in the project plan. Delays caused by the Customer extend the date in A4 by the same period.

### 10. General

10.1 This Agreement consists of Part A and Part B. If they conflict, Part A prevails.

10.2 Neither party may assign this Agreement without the other party's prior written consent.

10.3 Neither party is liable for delay caused by events beyond its reasonable control, provided it gives prompt notice and resumes performance as soon as possible.

10.4 Notices under this Agreement shall be in writing and sent to the contacts named in A6 by courier or e-mail with a copy by courier. A change of contact takes effect when notified.

10.5 This Agreement is made in English. Any Chinese translation is for reference, and the English text prevails if they differ.

Signed for the Provider: ____________________  Date: __________

Signed for the Customer: ____________________  Date: __________
"""

E03 = """T:Purchase Contract for Wireless Condition Monitoring Sensors and Monitoring Software
P:Contract No. HX-EQ-2027-0092
P:Buyer: Ningbo Haixin Fine Chemicals Co., Ltd., Ningbo Petrochemical Economic and Technological Development Zone, Zhejiang Province, People's Republic of China
P:Supplier: Mid-Ohio Sensing Technologies, Inc., 500 Green Street, Parkersburg, West Virginia 26101, United States, acting through its registered branch office in Shanghai
P:The Buyer operates pumps, compressors, agitators and cooling fans at its Ningbo plant and wishes to monitor their condition continuously. Following the Buyer's request for quotation and the Supplier's offer, the parties agree on the Buyer's standard terms set out below.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and accessories listed in clause 2.
P:1.2 "Software" means the Supplier's VibeWatch monitoring software, licensed under clause 3, including its analytics, alarm and reporting functions and all updates supplied during the Warranty Period.
P:1.3 "Project Deliverables" means the asset hierarchy, alarm thresholds, dashboards, analytics rules, interface programs and documentation prepared by the Supplier specifically for the Buyer.
P:1.4 "Buyer Data" means all measurements, alarms, equipment records and other data collected or generated by the Equipment and the Software at the Buyer's plant.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the Equipment and the Software at the Buyer's Ningbo plant, connect the Software to the Buyer's distributed control system historian and maintenance management system, and train the Buyer's staff.
P:2.2 The Contract Price is CNY 1,528,000, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor, ATEX / Ex ia certified|320|2,150|688,000
TB:2|Wireless gateway, explosion-proof enclosure|24|9,800|235,200
TB:3|VibeWatch monitoring software, perpetual plant licence|1|420,000|420,000
TB:|Equipment and Licence Subtotal|||1,343,200
TB:4|Installation, mounting and wireless network survey|1 lot|146,000|146,000
TB:5|Commissioning, historian interface and training|1 lot|38,800|38,800
TB:|Contract Price|||1,528,000
P:2.3 The Contract Price is fixed. It includes all taxes, duties, import formalities, freight, insurance to site, installation materials and the services during the Warranty Period.
H:3. Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to use the Software at the Ningbo plant for an unlimited number of users and for up to 400 sensors, including on backup and test servers.
P:3.2 The Software is installed on the Buyer's own servers in the plant network. No part of it depends on a service hosted outside the Buyer's premises.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's plant within 75 days after signature and complete installation within 40 days after delivery.
P:4.2 Installation work in hazardous areas shall follow the Buyer's permit-to-work system. The Supplier's personnel shall attend the Buyer's safety induction before starting work and shall wear the protective equipment the Buyer requires.
P:4.3 On completion of installation the parties shall sign an Installation Certificate. The Installation Certificate records that the Equipment is installed and is not acceptance.
P:4.4 Each consignment shall be packed for sea and road transport and accompanied by a packing list, certificates of origin and conformity, explosion-protection certificates for every sensor and gateway model, and installation manuals in Chinese. The Buyer shall inspect the packages on arrival and record any visible damage on the delivery note.
H:5. Payment
P:5.1 The Buyer shall pay 20% of the Contract Price within 30 days after signature, against an advance payment guarantee of the same amount issued by a bank in mainland China.
P:5.2 The Buyer shall pay 45% of the Contract Price within 30 days after the Installation Certificate.
P:5.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:5.4 Each payment requires a valid VAT invoice issued by the Supplier's branch office.
H:6. Acceptance
P:6.1 Site acceptance tests shall confirm that every sensor reports to the Software at the configured interval; that the sensor readings agree with a calibrated portable analyser within the tolerance stated in the technical specification; that alarms reach the control room display and the maintenance system within 60 seconds; and that the historian interface transfers data without gaps for seven consecutive days.
P:6.2 After passing the site acceptance tests the system shall run for 30 days without a Severity 1 fault. The Buyer shall then issue a Final Acceptance certificate.
P:6.3 Delivery, installation, use of the system or payment is not acceptance. If a test fails, the Supplier shall remedy the defect and repeat the test at its own cost.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment, the Software and the Project Deliverables for 36 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective Equipment, correct Software defects and supply updates, all free of charge, including parts, labour and shipping.
P:7.2 Faults shall be handled as follows:
TB:Severity|Description|Response time|Restoration
TB:Severity 1|Software unavailable, or a gateway down so that a group of sensors stops reporting|2 hours|24 hours
TB:Severity 2|Single sensor failure or alarm function degraded|8 hours|3 business days
TB:Severity 3|Questions and minor issues|1 business day|next update
P:7.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Buyer may deduct CNY 800 from amounts due or claim it from the Supplier.
P:7.4 After the Warranty Period the Buyer may order annual support at 7% of the Equipment and Licence Subtotal, that is CNY 94,024 per year, covering sensor replacement, Software updates and remote support on the same terms as clause 7.2. This fee is fixed for two years after the Warranty Period. Support is ordered year by year and does not renew automatically.
P:7.5 The Supplier shall keep a stock of spare sensors and one spare gateway at its Shanghai office during the Warranty Period, so that a failed unit can be replaced within the restoration times above. Replacement units carry the remainder of the Warranty Period or six months, whichever is longer.
H:8. Intellectual Property
P:8.1 The Supplier retains ownership of the Software and the Equipment firmware.
P:8.2 The Project Deliverables belong to the Buyer from their creation. The Supplier shall hand over the editable files and interface source code before Final Acceptance. The Buyer may use, modify and license the Project Deliverables freely.
P:8.3 The Supplier shall indemnify the Buyer against claims that the Equipment, the Software or the Project Deliverables infringe third-party rights.
H:9. Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not use it for any other purpose, including its own product development.
P:9.2 The Software and the gateways shall be installed inside the Buyer's plant network, segregated by the Buyer's industrial firewall. Remote access by the Supplier is allowed only with the Buyer's approval for each session, through the Buyer's secure access gateway, and is recorded. The Supplier shall not copy Buyer Data out of the Buyer's systems.
P:9.3 The Supplier shall report any security incident affecting the system or Buyer Data within 12 hours, cooperate in remedial action and compensate the Buyer for losses caused by its breach of this clause 9.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's processes, plant layout, production data and network configuration, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for five years after the end of the Contract.
H:11. Delay and Liability
P:11.1 If the Supplier fails to complete delivery or installation by the dates in clause 4.1 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's aggregate liability arising under or in connection with this Contract shall not exceed twice the Contract Price, that is 200% of it. This limit does not apply to death or bodily injury, deliberate default, claims under clause 8.3, or breach of clause 9 or clause 10.
H:12. Subcontracting
P:12.1 No part of the work may be subcontracted unless the Buyer has first agreed in writing to the subcontractor and the scope of its work. The Supplier stays liable to the Buyer for everything an approved subcontractor does or fails to do.
H:13. Termination
P:13.1 Should the Supplier materially breach this Contract and leave the breach unremedied for 20 days after the Buyer's written notice, or should the delay damages under clause 11.1 reach their ceiling, the Buyer may terminate the Contract by written notice. The Supplier shall then refund the amounts paid for work not accepted.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 A dispute that the parties cannot settle by negotiation within 30 days shall be referred to the Shanghai Arbitration Commission, and the arbitration shall take place in Shanghai under the Commission's rules. The award binds both parties.
H:15. General
P:15.1 Annexes: technical specification, installation drawings, site acceptance test plan. The Contract is signed in Chinese and English; both texts are equally authentic.
P:15.2 Neither party is liable for a delay caused by force majeure, provided it notifies the other party within five days and takes reasonable steps to limit the effect. If force majeure continues for more than 60 days, either party may end the Contract by notice.
P:15.3 Amendments to this Contract are valid only if made in writing and signed by authorised representatives of both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No. PKT-MSA-2027-07**

**Between** Four Rivers Technology Services, Inc., 300 Broadway, Paducah, Kentucky 42001, United States, acting through its representative office in Shenzhen ("Provider"),

**and** Dongguan Jinhong Precision Plastics Co., Ltd., Chang'an Town, Dongguan, Guangdong Province, People's Republic of China ("Customer").

**Background.** The Customer runs three injection-moulding plants in Dongguan and Huizhou with about 900 computer users. It wishes to outsource its IT service desk, on-site end-user support, infrastructure monitoring and backup management to the Provider for a fixed term of 36 months.

## 1. Definitions and Structure

1.1 "Services" means the services described in Schedule 1. "Charges" means the amounts set out in Schedule 2. "Service Levels" means the levels and service credits in Schedule 3.

1.2 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under clause 3.3.

1.3 "Customer Data" means all data of the Customer, its employees and its clients that the Provider accesses, handles or stores in performing the Services, including user accounts, tickets, system logs and backup copies.

1.4 The Schedules form part of this Agreement. If a Schedule conflicts with the clauses, the clauses prevail.

## 2. Term

2.1 The Services run for 36 months from the Service Commencement Date (the "Term").

2.2 The Agreement ends at the end of the Term. Any extension requires a written amendment signed by both parties, and the Charges for an extension shall be agreed in that amendment.

## 3. Transition

3.1 The Provider shall take over the Services from the Customer's internal team during a transition period of 60 days after signature, following the transition plan agreed at signature. The Provider shall document every server, network device, application and open ticket, set up its monitoring tools, and shadow the Customer's team for at least two weeks.

3.2 Transition Acceptance tests: the configuration inventory is complete and verified against a sample walk-through at each plant; monitoring alerts for all servers and core network devices reach the Provider's operations centre; a full restore of three selected systems from backup succeeds; and the service desk handles tickets for ten consecutive working days within the Service Levels.

3.3 When the tests are passed the Customer signs a Transition Acceptance certificate. Operation of the Services before that date does not count as acceptance.

3.4 If Transition Acceptance is not achieved within 60 days after signature for reasons attributable to the Provider, the Provider shall pay CNY 1,800 for each day of delay.

## 4. Services and Personnel

4.1 The Provider shall perform the Services in accordance with Schedule 1, good industry practice and the Customer's IT policies as notified from time to time.

4.2 The Provider shall station two engineers at the Dongguan plant and one at the Huizhou plant during working hours, and shall provide the service desk in Mandarin and English. The Provider's service manager shall meet the Customer monthly to review performance against the Service Levels.

4.3 The Customer may request the removal of any Provider staff member on reasonable grounds, and the Provider shall replace that person within ten working days.

4.4 The Provider shall deliver a monthly service report showing tickets by priority and plant, Service Level results, service credits due, backup and restore results, patch status, capacity trends and recommended improvements. Each quarter the parties' managers shall review the report together and agree an improvement plan for any recurring problem.

4.5 The Customer shall give the Provider's staff access to its premises and systems as needed, provide desks and network access for on-site engineers, inform the Provider of planned changes to its business systems, and keep the licences of its own software valid.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 2. The monthly charge is invoiced at the end of each month for that month; the transition charge is invoiced after Transition Acceptance. Invoices are payable within 30 days. There is no advance payment.

5.2 Service credits due under Schedule 3 are deducted from the invoice for the following month.

5.3 The Charges are fixed for the Term and include VAT, travel within Guangdong Province and the Provider's monitoring tools.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall use it only to perform the Services and shall not use it for any other purpose or disclose it to any third party.

6.2 The Provider shall access the Customer's systems only through the Customer's privileged-access gateway with individual named accounts and multi-factor authentication. All sessions are recorded. The Provider shall not store Customer Data outside the Customer's systems, except tickets held in the Provider's service-desk tool hosted in mainland China.

6.3 The Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, maintain ISO 27001 certification for its operations centre, and notify the Customer within 8 hours of any security incident affecting Customer Data. The Provider bears the losses caused by a security incident resulting from its failure to meet this clause.

## 7. Confidentiality

Each party shall keep confidential the other party's non-public information, including the Customer's network design, passwords and production information, and shall use it only for this Agreement. This obligation lasts for the Term and five years afterwards.

## 8. Intellectual Property

Runbooks, scripts, configuration records and documentation prepared by the Provider for the Customer belong to the Customer, which may use, modify and hand them to any successor provider without restriction. The Provider keeps its pre-existing monitoring tools.

## 9. Subcontracting

The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

## 10. Liability

The Provider's total liability under this Agreement shall not exceed 150% of the total Charges for the Term, except for breach of clause 6 or clause 7, personal injury and wilful misconduct.

## 11. Remedies and Duration

11.1 The parties enter into this Agreement for the whole Term. Neither party may terminate this Agreement before the end of the Term, except by written agreement of both parties or under clause 11.3.

11.2 If the Provider fails to perform the Services or to meet the Service Levels, the Customer's remedies are the service credits under Schedule 3, the delay payment under clause 3.4 and a claim for damages for its proven loss. A breach by the Provider does not entitle the Customer to terminate this Agreement.

11.3 If force majeure prevents performance of the Services for more than 90 consecutive days, either party may end this Agreement by written notice.

11.4 At the end of the Term the Provider shall cooperate with the Customer and any successor provider for up to 45 days to hand over the Services, at the monthly charge pro rata.

## 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be finally settled by the Shenzhen Court of International Arbitration, with the seat of arbitration in Shenzhen.

## 13. General

13.1 This Agreement is the entire agreement of the parties on the Services. Amendments are valid only in writing signed by both parties.

13.2 Neither party may assign this Agreement without the other party's written consent. Notices shall be sent to the addresses above by courier, with a copy by e-mail.

13.3 This Agreement is signed in English and Chinese in two originals each. Both language versions are equally valid.

## Schedule 1 – Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Tickets by telephone, e-mail and portal; password resets; first-line fixes | Monday to Saturday, 07:30–21:30 |
| On-site end-user support | About 900 PCs and laptops, printers, shop-floor terminals at three plants | Working hours at each plant |
| Infrastructure monitoring | 64 servers, 3 storage arrays, core and plant network, firewalls | 24 hours, 7 days |
| Backup management | Daily backup jobs, weekly restore test, quarterly full restore test | 24 hours, 7 days |
| Patch and change management | Monthly patching, change records, change advisory meetings | As scheduled |

## Schedule 2 – Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time, after Transition Acceptance | 64,000 |
| Monthly service charge | 58,000 per month × 36 months | 2,088,000 |
| Total Charges for the Term | | 2,152,000 |

## Schedule 3 – Service Levels and Service Credits

| Priority | Definition | Response | Resolution or workaround |
|---|---|---|---|
| P1 | A plant's production systems, ERP or core network down | 6 hours | 16 hours |
| P2 | A department or a critical application degraded | 8 hours | 2 working days |
| P3 | Single user or non-critical issue | 1 working day | 5 working days |

Service credits: for each P1 incident whose response or resolution time is missed, a credit of 2% of the monthly service charge; for each P2 or P3 ticket whose resolution time is missed, a credit of CNY 150. Service credits in a month shall not exceed 20% of the monthly service charge.

Signed for the Provider: ____________________

Signed for the Customer: ____________________
"""

E05 = """DATA SUBSCRIPTION AGREEMENT

Agreement No. GRD-API-2027-115

This Data Subscription Agreement is entered into by Green River Market Data, LLC, a Kentucky limited liability company with offices at 401 Frederica Street, Owensboro, Kentucky 42301, United States ("Provider"), and Qingdao Haiyue Feed Group Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Qingdao, Shandong Province ("Customer").

The Customer buys soybean meal, corn and other feed ingredients in international and domestic markets and wishes to receive the Provider's market data through an application programming interface for use in its purchasing and risk systems.

1. DEFINITIONS

1.1 "Data Service" means the Provider's GrainLine data service: daily and intraday cash prices, basis levels, futures settlement data, export inspection figures, crop progress and condition estimates, and weather-based yield indicators for the United States and South America, delivered through the GrainLine REST API and bulk file downloads.

1.2 "Customer Inputs" means the information the Customer sends to the Data Service, including its queries, watch lists, uploaded purchase positions and the portfolio files used for the risk dashboards.

1.3 "Subscription Year" means the one-year period starting on the Start Date, and the one-year period starting on its first anniversary. The Agreement covers two Subscription Years.

1.4 "Start Date" means the date of Integration Acceptance under clause 4.3.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the two Subscription Years to access the Data Service for up to 60 named users and three system accounts, and to use the data in the Customer's internal purchasing, planning and risk management.

2.2 The Customer may store data received from the Data Service in its own systems and keep and use historical data received during the term after the term ends for internal purposes. The Customer shall not resell the raw data or publish it outside its group.

2.3 The Customer's system accounts may call the API at the rates stated in the order schedule. If the Customer's systems repeatedly exceed those rates, the Provider may ask the Customer to adjust its integration, but shall not suspend access without first consulting the Customer.

3. FEES AND PAYMENT

3.1 The fees are:
   (a) Subscription Fee for Subscription Year 1: CNY 486,000;
   (b) Subscription Fee for Subscription Year 2: CNY 486,000;
   (c) Onboarding and integration fee, one-time: CNY 38,000.
   The total fees under this Agreement are CNY 1,010,000, inclusive of VAT.

3.2 The Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year. The onboarding and integration fee is invoiced after Integration Acceptance. Invoices are payable within 30 days.

3.3 The fees are fixed for both Subscription Years. Additional named users may be added at CNY 6,800 per user per Subscription Year, pro rata.

4. ONBOARDING AND INTEGRATION ACCEPTANCE

4.1 The Provider shall set up the Customer's accounts, deliver the API credentials and documentation in English and Chinese, map the Provider's data fields to the Customer's commodity codes, and support the Customer's developers in connecting the Data Service to the Customer's purchasing system and risk dashboard.

4.2 The Provider shall make the production API ready for Integration Acceptance tests within 45 days after signature. Integration Acceptance tests: all data sets in the order schedule are delivered through the API; prices for 20 sample trading days reconcile with the exchange and the Provider's published reports; the daily bulk files arrive before 07:00 China Standard Time on ten consecutive business days; and the median API response time stays below 300 milliseconds under the agreed test load.

4.3 When the tests are passed, the Customer signs an Integration Acceptance certificate. Use of trial data before that date does not count as acceptance.

4.5 The Customer shall provide a technical contact, test environments and network access for the integration work, and shall run its part of the acceptance tests within ten business days after the Provider reports that the production API is ready. Delays caused by the Customer extend the date in clause 4.2 accordingly.

4.4 If the production API is not ready for the tests by the date in clause 4.2 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 800 for each day of delay.

5. SERVICE LEVELS

5.1 The Provider shall keep the API available for at least 99.95% of each calendar month, excluding announced maintenance of no more than two hours per month carried out on Sundays.

5.2 Severity 1 incidents (the API or the bulk files are unavailable, or the prices delivered are materially wrong) shall be responded to within 1 hour at any time and fixed or worked around within 6 hours. Severity 2 incidents shall be responded to within 3 business hours.

5.3 If monthly availability falls below the commitment in clause 5.1, the Provider shall credit the Customer 5% of the monthly equivalent of the Subscription Fee for each started 0.01 percentage point of shortfall. Each hour by which a Severity 1 response or fix time is exceeded earns a credit of CNY 600. Credits are deducted from the next invoice or paid at the end of the term.

5.4 The Provider shall publish monthly availability reports and give written root-cause reports for every Severity 1 incident within five business days.

6. CUSTOMER INPUTS AND DATA SECURITY

6.1 As between the parties, Customer Inputs belong to the Customer.

6.2 The Customer grants the Provider a perpetual, royalty-free licence to use Customer Inputs in aggregated and de-identified form, combined with the inputs of other subscribers, to compile market indicators, to improve the Data Service and to develop new data products. This licence survives the end of the Agreement. The Provider shall not disclose Customer Inputs in a form that identifies the Customer or its positions.

6.3 The Provider shall protect Customer Inputs with measures no less strict than ISO 27001 requires, including encryption in transit and at rest, role-based access for named staff only, logging of all access, and annual penetration tests by an independent firm. Customer Inputs relating to Chinese counterparties and personal information are stored on servers located in mainland China.

6.4 The Provider shall notify the Customer within 24 hours of any security incident affecting Customer Inputs, take steps to contain and remedy it, and compensate the Customer for losses caused by its failure to comply with this clause 6.

7. INTELLECTUAL PROPERTY

7.1 The Provider and its licensors own the Data Service and the data it contains.

7.2 The field mappings, code lists, dashboard templates and integration code prepared by the Provider for the Customer under clause 4 belong to the Customer, which may use, change and license them freely. Reports, models and analyses that the Customer produces with the data belong to the Customer.

8. CONFIDENTIALITY

8.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to its employees and advisers who need it and are bound by equivalent duties.

8.2 The duties in this clause continue for three years after the end of the Agreement.

9. SUBCONTRACTING AND ASSIGNMENT

9.1 The Provider shall not subcontract the delivery or support of the Data Service to a third party without the Customer's prior written consent. Data licensors who supply source data to the Provider are not subcontractors.

9.2 Neither party may assign this Agreement without the other party's written consent.

10. TERM AND TERMINATION

10.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; a further subscription requires a new written agreement.

10.2 Either party may terminate this Agreement by written notice if the other party materially breaches it and fails to cure the breach within 30 days after notice. If the Customer terminates for the Provider's breach, the Provider shall refund the part of the Subscription Fee paid for the period after termination.

10.3 The Customer may also terminate by written notice if monthly availability falls below the commitment in clause 5.1 in any three months of a Subscription Year.

11. LIMITATION OF LIABILITY

11.1 Neither party is liable for indirect, incidental or consequential damages, including lost profits or trading losses, even if advised of their possibility.

11.2 The Provider's total liability arising out of or relating to this Agreement shall not exceed the fees paid by the Customer in the six months before the event giving rise to the claim.

11.3 The data is provided for information. The Customer remains responsible for its own purchasing and hedging decisions.

12. GOVERNING LAW AND JURISDICTION

12.1 This Agreement is governed by the laws of the Commonwealth of Kentucky, United States, without regard to its conflict-of-laws principles.

12.2 The state and federal courts sitting in Daviess County, Kentucky have exclusive jurisdiction over any dispute arising out of this Agreement.

13. GENERAL

13.1 Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly.

13.2 This Agreement, with the order schedule of data sets, is the entire agreement between the parties on its subject and may be amended only in writing signed by both parties.

13.3 Notices shall be in writing and sent to the addresses above by courier, with a copy by e-mail.

For the Provider: ________________________

For the Customer: ________________________
"""

# ---------------------------------------------------------------------------------------------------------------
# files, labels and design

FILES = {
    "h913z01": ("h913z01_used_car_trading_supervision_platform", "pdf", Z01, "zh"),
    "h913z02": ("h913z02_ski_goggle_line_control_retrofit", "docx", Z02, "zh"),
    "h913z03": ("h913z03_latte_art_school_booking_saas", "txt", Z03, "zh"),
    "h913z04": ("h913z04_bridge_health_monitoring_om_service", "txt", Z04, "zh"),
    "h913z05": ("h913z05_horn_comb_process_tracking_supplier_template", "md", Z05, "zh"),
    "h913e01": ("h913e01_maintenance_software_perpetual_licence_wv_vendor", "pdf", E01, "en"),
    "h913e02": ("h913e02_field_service_saas_order_form", "md", E02, "en"),
    "h913e03": ("h913e03_wireless_vibration_sensors_monitoring_licence", "docx", E03, "en"),
    "h913e04": ("h913e04_managed_it_services_36_months", "md", E04, "en"),
    "h913e05": ("h913e05_grain_market_data_api_subscription", "txt", E05, "en"),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

G, S = "goods_or_licence", "service"
# terms in TERM_KEYS order; then extra: sla_clause, ld_stated, capped (goods only), deemed, contract_value
LABELS = {
    "h913z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8,
                             False, True, False, "PRC", G], (True, True, True, False, 2218000)),
    "h913z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.08, None, 10, True, True, 18, 26,
                             False, True, True, "PRC", G], (True, True, True, False, 1606000)),
    "h913z03": ("cloud", [99.5, 0.5, True, "buyer", True, False, True, 300 / 390000 * 100, 200, None, True, None,
                          None, None, True, True, False, "PRC", S], (True, True, None, False, 390000)),
    "h913z04": ("services", [99.95, 1, True, "buyer", True, True, False, 0.02, None, None, True, None, None, None,
                             False, True, False, "PRC", S], (True, True, None, False, 826000)),
    "h913z05": ("software", [None, None, False, "supplier", False, True, True, None, None, 65, False, False, 6, None,
                             False, True, None, "PRC", G], (False, False, False, True, 242000)),
    "h913e01": ("software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 9,
                             False, True, False, "West Virginia", G], (True, True, True, False, 1690000)),
    "h913e02": ("cloud", [99.95, 1, False, "buyer", True, True, True, 500 / 726000 * 100, 6 / 36 * 100, None, True,
                          None, None, None, False, True, False, "PRC", S], (True, True, None, False, 726000)),
    "h913e03": ("hardware", [None, 2, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 36, 7,
                             False, True, False, "PRC", G], (True, True, True, False, 1528000)),
    "h913e04": ("services", [None, 6, True, "buyer", True, True, True, 1800 / 2152000 * 100, 150, None, True, None,
                             None, None, False, False, False, "PRC", S], (True, True, None, False, 2152000)),
    "h913e05": ("cloud", [99.95, 1, True, "buyer", True, False, True, 800 / 1010000 * 100, 6 / 24 * 100, None, True,
                          None, None, None, False, True, False, "Kentucky", S], (True, True, None, False, 1010000)),
}
# fee base (itemised licence / hardware subtotal) for the TCO of goods_or_licence drafts
TCO_BASE = {"h913z01": 1180000, "h913z02": 1422000, "h913z05": 98000, "h913e01": 1260000, "h913e03": 1343200}
# a dispute forum outside mainland China (also fires CR-GOVERNING-LAW)
FORUM_OUTSIDE = {"h913e01", "h913e05"}

DESIGN = {
    "h913z01": [],
    "h913z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "h913z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h913z04": ["CR-CONFIDENTIALITY", "CR-LD-LOW"],
    "h913z05": ["CR-ACCEPTANCE", "CR-DATA-SECURITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h913e01": ["CR-GOVERNING-LAW"],
    "h913e02": ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
    "h913e03": [],
    "h913e04": ["CR-SLA-RESPONSE", "CR-TERMINATION"],
    "h913e05": ["CR-DATA-OWNERSHIP", "CR-GOVERNING-LAW", "CR-LIABILITY-CAP"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (v1 defaults)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(key, t, x):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    post_years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = post_years * t["post_warranty_fee_pct"] / 100 * TCO_BASE[key]
    return fees / (x["contract_value"] + fees) * 100


def derive(key, t, x):
    """My reading of policy §3 and of its 'Where rules apply' section."""
    r = set()
    goods = t["contract_kind"] == G
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        p = t["post_warranty_fee_pct"]
        if p is None or not x["post_warranty_fee_capped"] or p > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x)
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


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def make_label(key):
    stem, ext, _, lang = FILES[key]
    cat, vals, (sla, ld, capped, deemed, cv) = LABELS[key]
    t = dict(zip(TERM_KEYS, vals))
    x = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = cv
    rules = derive(key, t, x)
    return {"file": stem + "." + ext, "language": lang, "category": cat, "expected_terms": t,
            "expected_extra": x, "expected_rules": rules}


# ---------------------------------------------------------------------------------------------------------------
# threshold scan

PAT = [
    r"(?<![\d.,])99\s*[.,]\s*9(?!\d)",
    r"(?:(?<![\d.,])4|(?<![A-Za-z-])four|(?<![〇一二三四五六七八九十百千两零])四)\s*-?\s*(?:个)?\s*(?:hours?|hrs?|h(?![a-z])|小时)",
    r"(?<![\d.,])0?\s*\.\s*05(?!\d)|万分之五(?![十])|千分之零点五|(?<![\d.,])0\.5\s*‰",
    r"(?<![\d.,])100\s*(?:%|％|per\s*-?\s*cent|percent)|百分之(?:一)?百|one\s*hundred\s*per\s*-?\s*cent",
    r"(?<![\d.,])(?:30|15|40)\s*(?:%|％|per\s*-?\s*cent|percent)|百分之(?:三十|十五|四十)(?![一二三四五六七八九点])"
    r"|(?<![A-Za-z-])(?:thirty|fifteen|forty)\s*per\s*-?\s*cent",
    r"(?<![\d.,年])12\s*-?\s*(?:个)?\s*(?:months?|月)|十二个月|(?<![A-Za-z-])twelve\s*-?\s*months?",
]
RX = re.compile("|".join("(?:%s)" % p for p in PAT), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "在四小时内", "four hours", "4-hour", "4h", "0.05%", "0.05 %",
            "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "15%", "15 per cent", "40%", "百分之四十",
            "12 months", "12个月", "十二个月", "twelve months", "12-month"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "二十四小时", "twenty-four hours", "14 hours", "0.08%", "万分之二", "200%",
             "130%", "35%", "45%", "115%", "140%", "2027年12月31日", "18 months", "十八个月", "0.5%", "99.99%",
             "240 days", "4G connection", "百分之五", "百分之十", "0.1%", "150%"]


def selftest():
    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s))


def scan(text):
    hits = []
    for view in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in RX.finditer(view)]
    return hits


# ---------------------------------------------------------------------------------------------------------------
# read back

def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    sources, targets = {}, {}
    for key, (stem, ext, src, lang) in FILES.items():
        if ext in ("docx", "pdf"):
            sources[key] = src
            targets[key] = (stem + "." + ext, ext)
        else:
            (OUT / (stem + "." + ext)).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", stem + "." + ext)
    write(sources, targets, OUT, wrap_words=True)

    covered = set()
    for key, (stem, ext, src, lang) in FILES.items():
        lab = make_label(key)
        t, x = lab["expected_terms"], lab["expected_extra"]
        assert list(t) == TERM_KEYS
        assert lab["expected_rules"] == sorted(DESIGN[key]), (key, lab["expected_rules"], DESIGN[key])
        covered |= set(lab["expected_rules"])
        for k, v in TH.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k, t[k])
        share = tco_share(key, t, x)
        assert share is None or abs(share - TCO_SHARE_TH) > 2, (key, share)
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / (stem + "." + ext))
        hits = scan(text)
        assert not hits, (key, hits)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        print("%s %-4s %5d %-6s share=%s rules=%s" % (key, ext, n, risk(lab["expected_rules"]),
              None if share is None else round(share, 2), ",".join(lab["expected_rules"]) or "-"))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    assert [k for k in FILES if risk(make_label(k)["expected_rules"]) == "low" and not DESIGN[k]] == \
        ["h913z01", "h913e03"]
    print("all checks passed")


if __name__ == "__main__":
    main()
