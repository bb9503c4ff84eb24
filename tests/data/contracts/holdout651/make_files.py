"""holdout651: ten blind held-out draft contracts and their labels.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). Builds the .txt/.md files from the sources below,
the .docx/.pdf through ../word_pdf.py, writes the .json labels, and asserts: text lengths as read back, no threshold
figure in any text (raw, whitespace-collapsed, whitespace-free), no label value on a threshold, price sums, the rules
derived from the labels (my reading of policy section 3) against the design list, and coverage of all 20 CR rules.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:滨江检验检疫技术中心实验室检测管理平台采购合同
P:合同编号：BJJY-ZC-2026-0217
P:采购项目编号：BJCG2026-0389（公开招标）
P:甲方（采购人）：滨江检验检疫技术中心
P:乙方（供应商）：苏州衡析信息科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就实验室检测管理平台的软件许可、定制开发及实施事宜，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供“衡析实验室信息管理平台V5”软件永久使用许可，含样品管理、检测任务分配、仪器设备管理、试剂耗材管理、原始记录、报告编制与签发、CMA/CNAS质量体系等模块，授权用户数不限，部署于甲方机房。
P:1.2 乙方按甲方需求进行定制开发：进出口商品检测委托受理及与海关业务系统的接口；仪器数据自动采集（覆盖气相色谱、液相色谱、ICP-MS等86台设备）；检测报告电子签章及二维码防伪查验；质量监督抽查结果统计分析。
P:1.3 乙方负责系统部署、历史数据迁移（2016年以来约41万份检测记录及报告）、上线切换、操作培训和试运行保障。
P:1.4 乙方应组建不少于八人的项目团队，项目经理须具有五年以上实验室信息系统实施经验，未经甲方同意不得更换。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零壹万元整（¥2,010,000），含税，为固定总价。其中：软件许可费¥1,180,000；定制开发费¥640,000；实施及数据迁移费¥156,000；培训费¥34,000。
P:2.2 合同总价已包含软件、开发、部署、迁移、培训、差旅、税费及完成本合同所需的全部费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同生效且甲方收到乙方提交的等额银行预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统通过初步验收后，甲方支付合同总价的45%。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应提交合法有效的增值税发票，甲方按财政国库集中支付程序办理付款。
H:第四条 交付期限与履约保证
P:4.1 乙方应于合同生效之日起一百二十日内完成部署、接口开发和数据迁移，具备初步验收条件；初步验收后试运行九十日。
P:4.2 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
P:4.3 乙方应在初步验收前完成培训：系统管理员培训不少于五天，检测室业务骨干培训不少于三天，普通用户按科室分批培训；培训结束后进行操作考核，考核结果报甲方备案。
P:4.4 乙方每两周向甲方提交项目进度报告，列明已完成工作、存在问题和下一阶段计划；出现可能影响工期的情况时，应在三个工作日内书面告知甲方。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件技术规格所列功能逐项测试通过；（2）86台仪器数据自动采集准确，随机抽查500条原始记录与仪器输出一致；（3）迁移数据全量核对，记录数、报告数与源系统一致，抽检无差错；（4）200个并发用户下常用页面响应时间不超过2秒，报告生成不超过5秒。
P:5.2 最终验收标准：试运行期间未发生一级故障，二级故障不超过三次且均在约定时限内解决；通过甲方委托的第三方网络安全等级保护测评及商用密码应用安全性评估；乙方已交付全部技术文档、操作手册和定制部分源代码。
P:5.3 验收由甲方组织，可邀请专家参加，形成书面验收报告并经双方签字确认。系统上线运行、甲方使用系统或支付任何款项，均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件升级、缺陷修复、远程及现场技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过软件许可费的9%（即每年不超过¥106,200），该价格自质保期满起三年内不上调，具体以双方另行签订的维护合同为准。
H:第七条 服务水平
P:7.1 平台在甲方生产环境的月度可用率不低于99.95%。计划停机须提前三个工作日经甲方书面同意，不计入不可用时间。
P:7.2 故障分级及响应：一级故障（平台整体不可用、报告无法签发）乙方在30分钟内响应，2小时内到场，8小时内恢复；二级故障（部分模块不可用）2小时内响应，次工作日内解决；三级故障1个工作日内响应。
P:7.3 乙方未达到上述响应或恢复时限的，每超时一小时扣减¥1,000；月度可用率每低于约定值0.01个百分点，扣减¥2,000。扣减款项从应付款项或履约保证金中直接扣除。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的接口程序、采集程序、统计报表、源代码及技术文档，其知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:8.3 乙方保证所提供的软件及服务不侵犯任何第三方的知识产权；如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台中的检测数据、委托客户信息、仪器原始记录及其衍生数据均归甲方所有。乙方仅为履行本合同处理上述数据，不得用于任何其他目的，亦不得以脱敏、汇总等任何形式留存或使用。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求；运维操作须经甲方堡垒机进行并全程审计，不得将数据拷贝出甲方网络，测试须使用甲方提供的脱敏数据。
P:9.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及由此产生的行政处罚。
H:第十条 保密
P:10.1 双方对履行本合同中知悉的对方技术秘密、商业秘密及其他未公开信息负有保密义务，未经对方书面同意不得向第三方披露。乙方项目人员应签署保密承诺书。保密义务在合同终止后五年内持续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日按合同总价的万分之八向甲方支付违约金。逾期超过六十日的，甲方有权解除合同。
P:11.2 系统未通过验收的，乙方应在二十日内整改并重新提交验收；第二次验收仍未通过的，甲方有权解除合同并要求乙方退还已付款项。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包与转让
P:12.1 乙方不得将本合同项下的任何工作分包或转包给第三方，也不得转让本合同的权利义务。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分，与本合同具有同等效力。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：滨江检验检疫技术中心    乙方（盖章）：苏州衡析信息科技有限公司
P:签订日期：2026年3月　日
"""

Z02 = """T:编织压制生产线控制系统改造及维保合同
P:合同编号：YH-CB-2026-011
P:甲方：临沂云禾草编制品有限公司
P:乙方：济南博控自动化工程有限公司
P:甲方现有草编制品编织压制生产线三条，编织机、压制机控制系统老化，故障频发，产品厚度和压痕一致性难以保证。乙方经现场勘查后提交改造方案，双方经协商一致，就生产线控制系统改造及后续维保服务签订本合同。
H:一、改造范围
P:（一）编织工段：六台编织机更换PLC控制柜及伺服驱动，增加张力闭环控制，编织速度和密度参数可在触摸屏上按产品配方调用。
P:（二）压制工段：四台压制机温控及液压系统改造，更换比例阀、温控模块和压力传感器，实现压制温度、压力、保压时间的自动控制与记录。
P:（三）质量检测：在三条生产线末端加装视觉检测单元，对草帽、草席、收纳篮等产品的尺寸、破损、色差进行在线检测并自动剔除。
P:（四）产线监控：部署产线监控软件，采集全部设备运行数据，提供设备状态看板、产量统计、能耗统计、报警记录和配方管理功能，并预留与甲方ERP系统的接口。
H:二、合同价款
P:本合同总价为人民币壹佰伍拾壹万贰仟元整（¥1,512,000），含税。分项价格如下表：
TB:序号|名称|规格及说明|数量|单价（元）|金额（元）
TB:1|编织机PLC控制柜（含伺服驱动）|双轴伺服，触摸屏HMI|6套|98,000|588,000
TB:2|压制机温控及液压系统改造|比例阀、温控模块、压力传感器|4台|76,500|306,000
TB:3|视觉检测单元|工业相机、光源、检测软件|3套|58,000|174,000
TB:4|产线监控软件许可|永久许可，含OPC UA接口|1套|216,000|216,000
TB:5|工业交换机及现场网络|环网交换机、光缆及附件|1批|62,000|62,000
TB:—|软硬件小计|—|—|—|1,346,000
TB:6|安装调试及PLC、HMI编程|含旧控制柜拆除|1项|148,000|148,000
TB:7|操作及维护培训|分三期进行|1项|18,000|18,000
TB:—|合同总价|—|—|—|1,512,000
H:三、付款方式
P:（一）合同签订后十个工作日内，甲方支付合同总价的10%作为预付款。
P:（二）全部设备到货、安装调试完成并经甲方签收后，甲方支付合同总价的55%。到货签收及调试完成不视为验收合格。
P:（三）项目终验合格后十五个工作日内，甲方支付合同总价的35%。
P:（四）乙方每次收款前应开具等额增值税专用发票。
P:（五）质保期满后的维保年费于每个维保年度开始后三十日内支付，乙方应在支付前提交上一年度的巡检及维修报告。
H:四、工期、施工及双方责任
P:（一）乙方应在合同签订后七十五日内完成全部设备供货、安装和调试。改造须分线进行，每条生产线停产时间不得超过六日，具体停线计划由甲方生产部门确认。
P:（二）因甲方原因导致停线计划推迟的，工期相应顺延。
P:（三）乙方应在开工前提交施工组织方案、安全措施和应急预案，经甲方设备部和安全部审核后实施。施工人员须遵守甲方厂区安全管理制度，动火、登高和带电作业须办理作业票。
P:（四）改造期间拆除的旧控制柜、电缆和元器件归甲方所有，乙方应清点后移交甲方仓库，不得擅自处置。
P:（五）甲方负责提供施工所需的场地、电源、压缩空气和停线窗口，提供现有设备图纸和工艺参数，并指定一名项目联系人。
P:（六）乙方负责设备供货、运输、安装、编程、调试和培训，对所供设备和软件的质量负责。乙方所供主要元器件应为原厂正品，并提供合格证和出厂检测报告；品牌和型号以投标技术方案为准，如需变更须经甲方书面确认。
P:（七）乙方应为甲方培训操作人员和设备维修人员，使其能够独立完成日常操作、配方调整、参数备份和一般故障处理，培训结束时向甲方交付操作手册、维护手册和备件清单。
H:五、验收
P:（一）单线调试完成后，乙方提交验收申请。终验标准为：各生产线连续七十二小时满负荷运行无停机故障；编织密度偏差不超过±2%，压制厚度偏差不超过±0.3毫米；视觉检测漏检率低于千分之五、误剔率低于2%；监控软件数据采集完整，报警记录与现场一致；PLC程序、HMI画面及电气图纸交付齐全。
P:（二）三条生产线全部达到上述标准后，由甲方组织终验并出具书面验收报告。设备投入生产使用不视为终验合格。
H:六、质量保证与维保
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内乙方免费维修或更换非人为损坏的部件，并免费提供软件缺陷修复。
P:（二）质保期满后，乙方按年提供维保服务，包括每季度巡检、易损件更换、软件升级和故障维修。维保年费按软硬件小计的28%计取，即每年¥376,880，首三年不作调整，甲方按年支付。
P:（三）维保服务期间，乙方应保持常用备件库存，包括伺服驱动器、温控模块、比例阀和工业相机各不少于一件，备件更换后三日内补足。乙方每季度巡检后提交巡检报告，列明设备状况、隐患和处理建议。
P:（四）故障响应：一级故障（整条生产线停机）乙方在1小时内响应，六小时内到场；二级故障（单台设备停机）2小时内响应，次日内到场。乙方每超时一小时，甲方有权扣减维保费或质保金¥800。
H:七、违约责任
P:（一）乙方逾期完成供货、安装调试或逾期具备终验条件的，每逾期一日按合同总价的万分之二向甲方支付违约金。
P:（二）因乙方施工造成甲方设备损坏或停产时间超出约定的，乙方应赔偿甲方的直接损失。单条生产线停产超过约定天数的，每超过一日另按该线日均产值的一半向甲方赔偿，日均产值以甲方上季度统计报表为准。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:八、知识产权
P:（一）产线监控软件标准版本的知识产权归乙方所有，甲方获得永久使用许可。
P:（二）乙方为本项目编写的PLC程序、HMI画面、配方数据结构、接口程序及电气图纸，知识产权归甲方所有，乙方应交付可编辑的源文件，甲方可自行修改或委托他人维护。
H:九、数据安全与保密
P:（一）生产数据、工艺配方、产量及质量数据均归甲方所有，乙方不得用于本合同以外的任何目的。
P:（二）乙方远程维护须经甲方事先批准，使用甲方提供的专用账户并留存操作日志；不得在设备或软件中设置后门，不得将甲方数据复制带离现场。发生数据泄露或被篡改的，乙方应在二小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
P:（三）双方对履行本合同过程中知悉的对方技术资料和商业信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内有效。
H:十、分包
P:乙方不得转包本合同。电气安装中的辅助施工如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:十一、合同解除
P:乙方严重违约且在甲方书面通知后二十日内未予纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:十二、争议解决
P:本合同适用中华人民共和国法律。发生争议，双方应首先友好协商，协商期间各自继续履行本合同中不涉及争议的部分；协商不成的，任何一方可向甲方所在地人民法院起诉。
H:十三、其他
P:（一）因不可抗力导致不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行或解除合同。
P:（二）本合同附件包括改造技术方案、设备清单及停线计划，与本合同具有同等效力。本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　　乙方（盖章）：
P:日期：2026年4月　日
"""

Z03 = """弈林围棋连锁门店课程预约SaaS服务及实施合同

合同编号：YL-IT-2026-008
甲方：杭州弈林围棋培训有限公司（及其35家直营门店）
乙方：上海课通云信息技术有限公司

鉴于甲方在浙江、江苏两省经营35家围棋培训直营门店，需统一的课程排课、学员预约、课时消耗、教练排班和家长端小程序服务，乙方拥有“课通云”教培SaaS平台，双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过“课通云”平台向甲方全部35家门店提供SaaS订阅服务，包括排课与教室管理、学员档案、课时包与课消、教练排班与课酬统计、家长端微信小程序预约和签到、段位考试报名管理、经营数据看板。
2. 每家门店开通一个门店管理账号，教练及前台账号数量不限。
3. 服务期为两个服务年度，第一服务年度自平台上线之日起算，第二服务年度紧接其后。
（二）实施服务
1. 平台基础配置：门店、教室、课程体系（启蒙、入门、提高、段位冲刺）、课时包价格及教练信息的录入和配置。
2. 数据迁移：将甲方现有系统中约1.8万名在读学员档案、剩余课时、课时包购买记录及历史签到记录迁移至平台，迁移前后由门店店长逐店核对确认，发现差异由乙方查明原因并更正。
3. 定制开发：段位考试成绩与课程进阶规则联动；门店课消日报推送至甲方财务系统的接口。
4. 培训：对门店店长、前台及教练进行分批培训，并提供操作视频。

二、服务费用
（一）年度订阅费：每家门店每个服务年度¥9,600，35家门店每个服务年度合计¥336,000，两个服务年度合计¥672,000。
（二）实施费：¥86,000（含配置、数据迁移、定制开发）。
（三）培训费：¥14,000。
（四）本合同总价为¥772,000，含税。新增门店按每店每个服务年度¥9,600另行计费，按剩余服务期折算。

三、付款方式
（一）每个服务年度的订阅费于该服务年度开始后十五日内一次性支付。
（二）实施费和培训费于上线验收合格后十五日内支付。
（三）乙方应在收款前开具增值税专用发票。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成配置、迁移和定制开发，具备上线条件。
（二）上线验收标准：
1. 全部35家门店账号开通，课程、教室和教练信息配置正确；
2. 迁移后的学员档案数量、剩余课时与甲方原系统逐一核对无差异；
3. 家长端小程序预约、取消、签到及课消扣减功能测试通过；
4. 段位考试联动规则和财务接口按需求说明书测试通过；
5. 在甲方指定的三家门店试运行十日，未出现影响约课或课消的缺陷。
（三）甲方在收到验收申请后七个工作日内组织验收，验收合格的签署上线验收单。未经书面验收，平台投入使用不视为验收合格。
（四）验收不合格的，乙方应在七日内完成整改并再次申请验收，由此延误的时间计入乙方的实施期限。
（五）甲方义务：
1. 指定总部项目负责人及各门店联系人，及时确认配置方案和迁移数据；
2. 按乙方要求提供原系统数据导出文件，并保证数据来源合法；
3. 组织门店人员按计划参加培训。
（六）乙方义务：
1. 指派专职实施顾问驻场不少于二十个工作日，上线后首月安排专人每日跟进门店使用情况；
2. 建立甲方专属服务群，工作日9:00至21:00在线答复门店问题；
3. 平台功能升级前七日通知甲方，重大变更须提供操作说明，不得降低本合同约定的功能。

五、服务水平
（一）平台月度可用率不低于99.5%，计划维护应安排在每日22:00至次日6:00之间并提前两日通知甲方。
（二）故障分级：一级故障指全部或多家门店无法预约、签到或课消；二级故障指单一功能异常；三级故障指一般咨询和界面问题。
（三）响应时间：一级故障30分钟内响应、三小时内恢复；二级故障2小时内响应、次日内解决；三级故障一个工作日内答复。
（四）乙方应提供平台运行月报，列明可用率、故障清单、处理时长和改进措施，并于次月五日前发送甲方。
（五）服务补偿：月度可用率每低于约定值0.5个百分点，乙方按当月订阅费的5%向甲方提供服务抵扣，单月抵扣上限为当月订阅费的一半；一级故障响应每超时一小时，抵扣¥500。

六、续期与价格
（一）服务期满前三十日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。
（二）续期时，乙方有权按其当年发布的标准价目表调整每店订阅单价，并于续期开始前以电子邮件通知甲方，甲方按调整后的价格支付续期费用。

七、数据权属与数据安全
（一）学员及家长个人信息、课时及交费记录、课程数据等甲方业务数据归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他任何目的，不得向第三方提供。
（二）平台部署于境内云服务器，乙方应落实访问控制、传输与存储加密、操作日志审计和每日备份，并遵守《个人信息保护法》关于未成年人个人信息的特别规定。
（三）发生个人信息泄露等安全事件的，乙方应在两小时内通知甲方，配合甲方处置和报告；因乙方原因造成的损失及行政处罚由乙方承担。
（四）合同终止后十五日内，乙方应向甲方完整导出全部数据并在甲方确认后删除。
（五）乙方应对其员工进行个人信息保护培训，后台账户实行最小权限，批量导出学员信息须经甲方管理员审批并留痕。

八、保密
双方对在合作中获悉的对方经营信息、学员信息、课程定价、招生数据及技术资料负有保密义务，乙方应要求接触甲方信息的员工签署书面承诺，未经对方书面同意不得披露，本条在合同终止后三年内持续有效。

九、知识产权
（一）“课通云”平台及其标准功能的知识产权归乙方所有。
（二）为甲方定制开发的段位考试联动功能、财务接口程序及相关文档的知识产权归甲方所有，乙方应交付源代码，甲方可自行或委托第三方修改和使用。

十、违约责任
（一）乙方未能在约定期限内具备上线条件的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）乙方对本合同项下的累计赔偿责任以合同总价的两倍为限，但数据泄露、侵犯知识产权及故意或重大过失造成的损失不受此限。

十一、分包
乙方不得将本合同服务转包；确需将部分实施工作分包的，应事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约，或一级故障在一个服务年度内累计超过五次的，甲方有权书面通知解除合同，乙方应退还未履行期间的订阅费并赔偿损失。
（二）合同解除或终止时，乙方应保留平台只读访问不少于三十日，便于甲方核对学员剩余课时并办理数据迁出，期间不另收费。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，提交杭州仲裁委员会仲裁。

十四、其他
（一）甲方在服务期内新开或关闭门店的，应提前十五日书面通知乙方，费用按实际开通门店数和剩余天数结算。
（二）本合同的通知以书面或双方确认的电子邮件地址发送。
（三）双方确认的需求说明书、门店清单、实施计划及服务水平说明为本合同附件，与本合同具有同等效力；附件与正文不一致的，以正文为准。
（四）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：
日期：2026年5月　日
"""

Z04 = """海湾极地海洋馆生命支持监控系统运维服务合同

项目名称：生命支持监控系统年度运维服务（竞争性磋商）
合同编号：HWJD-YW-2026-03
甲方：青岛海湾极地海洋馆有限公司
乙方：青岛蓝维智能科技有限公司

甲方海洋馆设有鲨鱼馆、极地动物馆、珊瑚馆等展区共42个养殖水体，由生命支持系统（过滤、增氧、控温、臭氧消毒、补水）维持水质，其运行状态由生命支持监控系统实时监测。根据竞争性磋商结果，甲方委托乙方对该监控系统提供年度运维服务，双方订立本合同。

第一条 服务范围
（一）监控系统软件：中心监控平台、报警推送服务、数据库及展区现场触摸屏的日常运行维护、故障处理、配置变更和版本补丁管理。
（二）现场设备：溶解氧、水温、pH、氧化还原电位、盐度、浊度、液位等在线传感器共318个，采集模块46台，以及相关通信网络和UPS电源的巡检、维修和更换。
（三）传感器校准：每月对全部传感器进行一次比对校准，溶解氧、pH传感器每季度进行一次实验室标定，出具校准记录。
（四）应急保障：报警联动测试、断电和通信中断应急演练，每半年至少一次。演练方案由乙方编制，经甲方工程部审核后实施，演练结束后五日内提交总结报告，对发现的问题提出整改措施并限期完成。
（五）驻场服务：乙方派驻两名运维工程师，在海洋馆值守，按早晚两班覆盖每日7:00至23:00，其余时段电话值班并按需到场。

第二条 服务期限与交接
（一）服务期自2026年3月1日起至2027年2月28日止。服务期满，本合同终止；甲方如需继续采购，另行组织采购程序。
（二）进场交接：乙方应在服务期开始前五日内与原运维单位及甲方工程部完成交接，核对传感器、采集模块和备件清单，记录现存问题，交接清单经三方签字确认。
（三）离场交接：服务期满或合同解除时，乙方应向甲方或甲方指定的服务商移交全部账户、配置、图纸、运维记录和备件，并配合过渡不少于十日。

第三条 服务费用及支付
（一）本合同总价为人民币肆拾捌万陆仟元整（¥486,000），含税，包括：驻场运维费¥312,000；巡检及传感器校准费¥96,000；备品备件费¥54,000；应急演练及培训费¥24,000。
（二）服务费按季度支付，每季度¥121,500。每季度结束后，甲方依照第五条完成季度考核，考核合格后十五个工作日内支付该季度费用。
（三）考核扣减金额从当季度服务费中直接扣除。
（四）备品备件费为包干费用，服务期内因正常损耗需要更换的传感器、采集模块和电源模块由乙方承担；因人为损坏或不可抗力造成的更换，由甲方另行确认费用。

第四条 服务要求
（一）故障分级：一级故障指影响动物生命安全的监测中断或报警失效，包括溶解氧、水温监测中断、报警推送失效、主要水体监测数据丢失；二级故障指单个传感器或单台采集模块失效；三级故障指一般软件问题和咨询。
（二）响应与处理时限：一级故障驻场人员15分钟内响应，夜间时段45分钟内到场，2小时内恢复监测或采取替代监测措施；二级故障1小时内响应，当日内修复或更换；三级故障一个工作日内处理。
（三）乙方应保证备品备件库存不少于各型号传感器在用数量的一成，更换的传感器须校准合格后方可投入使用。
（四）乙方每月提交运维报告，内容包括故障记录、校准记录、系统运行统计和改进建议。
（五）乙方进行可能影响监测的维护作业，须提前一日报甲方水族部门同意，并安排人工巡检替代监测；在鲨鱼馆、极地馆等水体上方作业时须遵守甲方安全规定，不得向水体掉落任何物品。
（六）乙方应建立设备台账，记录每个传感器的安装位置、型号、出厂编号、校准日期和更换记录，台账每月随运维报告更新，服务期满时作为交接资料移交甲方。
（七）乙方使用的清洁剂、标定液等化学品须经甲方兽医及水质部门确认，废液按甲方规定回收处理。
（八）甲方义务：提供值班室、网络接入和必要的工作条件；向乙方开放监控系统运维所需的权限；及时组织季度考核并支付服务费。

第五条 考核与验收
（一）季度考核指标：一级故障响应及恢复全部在时限内；月度巡检完成率、校准完成率均达到计划要求；运维报告按时提交；甲方水族部门满意度评价不低于85分。
（二）考核不合格的，乙方应在十日内整改，整改后重新考核。
（三）季度考核由甲方工程部、水族部门和信息部门共同进行，乙方派员参加并签字确认考核记录。对考核结果有异议的，乙方可在三个工作日内提出书面复核申请。
（四）服务期满，甲方依据四个季度考核结果、全年故障统计及交接资料完整性进行年度验收，出具书面验收意见。

第六条 违约责任
（一）乙方未能在服务期开始之日派驻人员进场的，每逾期一日按合同总价的千分之二向甲方支付违约金。
（二）一级故障响应或恢复每超时一次，扣减当季度服务费¥3,000；二级故障每超时一次扣减¥800。
（三）因乙方运维过失导致动物伤亡或展区闭馆的，乙方应赔偿甲方实际损失。

第七条 数据安全
（一）监控系统中的水质数据、设备运行数据、报警记录和视频联动记录均归甲方所有，乙方仅可为履行本合同使用，不得用于其他目的。
（二）乙方应按甲方网络安全管理制度操作：使用实名账户登录，禁止私设远程访问通道，禁止在监控网络中接入与运维无关的设备；数据库每日备份并每月进行一次恢复验证。
（三）乙方人员离场时应注销其全部账户，甲方可随时检查乙方的操作日志。
（四）发生数据丢失、系统被入侵或篡改的，乙方应在一小时内报告甲方并协助处置；因乙方原因造成的损失，由乙方承担赔偿责任。

第八条 知识产权
乙方在服务期间编写的运维脚本、报警配置、校准方法文件和运维文档，知识产权归甲方所有，甲方可自由使用和修改，并可交由其他服务商使用。

第九条 人员与分包
（一）驻场工程师须具备自动化或相关专业背景，经甲方面试同意后上岗，乙方更换人员应提前七日通知甲方。驻场人员应遵守甲方考勤、着装和参观区行为规范，不得在展区拍摄动物或游客影像。
（二）溶解氧和pH传感器的实验室标定，乙方可委托具备资质的计量检测机构完成，乙方应在委托前书面告知甲方，无需甲方另行同意，乙方对受托机构的工作质量负责。

第十条 合同解除
（一）乙方连续两个季度考核不合格，或发生一级故障未处理导致重大损失的，甲方有权书面通知解除本合同，并按实际服务期限结算费用。
（二）乙方其他违约行为经甲方书面通知后十日内仍未纠正的，甲方亦有权解除本合同，并要求乙方赔偿由此增加的采购费用。

第十一条 争议解决
本合同适用中华人民共和国法律。履行中发生争议的，双方应先由项目负责人协商，协商不成的提交各自管理层协调。争议由双方协商解决，协商不成的，提交青岛仲裁委员会仲裁。

第十二条 其他
（一）因台风、停电等原因启动海洋馆应急预案时，乙方应服从甲方统一指挥，增派人员协助保障。
（二）磋商文件、乙方响应文件及成交通知书为本合同的组成部分。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：
签订日期：2026年2月　日
"""

Z05 = """# 染控通 软件许可及定制开发合同（标准文本 V3.0）

> 本合同为贵州黔染智控软件有限公司标准合同文本，空白处由双方填写。

- 合同编号：QRZK-2026-0147
- 甲方（客户）：丹寨县古蓝蜡染工坊有限公司
- 乙方：贵州黔染智控软件有限公司

甲方因蜡染、扎染生产需要，向乙方采购“染控通”染缸控制软件许可并委托乙方进行定制开发。双方依据《中华人民共和国民法典》，在平等自愿的基础上订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“染控通”染缸控制软件（单厂版）的使用许可，用于甲方工坊内24口靛蓝发酵染缸及8口植物染染缸的温度、液位、pH值和氧化还原电位监测及加热控制。

1.2 乙方根据甲方需求进行定制开发（具体功能以乙方出具并经甲方确认的需求说明为准，需求说明未列明的功能不属于开发范围），内容包括：靛蓝染液发酵曲线模型及养缸提醒；植物染配方库（含蓼蓝、板蓝根、茜草、栀子等配方）；染色批次追溯，记录每批布料的染缸、浸染次数、时间和操作人员；手机端巡缸小程序。

1.3 乙方负责软件安装、采集终端接入调试及操作培训。采集终端和加热控制器由甲方自行采购。

1.4 软件运行所需的服务器、电脑、网络、手机及第三方软件由甲方自行准备，其型号和配置应符合乙方提供的环境要求。因甲方运行环境不符合要求造成的问题，不属于乙方责任。

## 第二条 合同价款

本合同总价为人民币肆拾玖万元整（¥490,000），含税：

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 染控通软件许可 | 单厂版，不限用户数 | 268,000 |
| 2 | 定制开发 | 发酵曲线、配方库、批次追溯、小程序 | 186,000 |
| 3 | 安装调试及培训 | 含现场培训两次 | 36,000 |
| | 合计 | | 490,000 |

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的60%，即¥294,000，乙方收款后启动开发。

3.2 软件安装部署完成后五个工作日内，甲方支付剩余款项¥196,000。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停服务和远程关闭软件授权。

## 第四条 交付与验收

4.1 乙方预计在收到首付款后六十日内完成开发和安装部署，实际时间以乙方的项目进度为准。

4.2 软件安装部署完成并交付甲方使用，即视为甲方验收合格。甲方如对软件功能有意见，应在部署后三日内书面提出，逾期视为无异议。

4.3 甲方在开发过程中提出需求变更的，乙方有权重新评估工作量并另行报价，交付时间相应顺延。因甲方未及时提供配方资料、染缸参数或现场条件而导致的延误，乙方不承担责任。

4.4 乙方按其标准项目流程实施，开发过程中的需求确认、原型确认均以乙方项目经理的邮件或即时通讯记录为准，甲方未在两个工作日内回复的视为确认。

4.5 乙方向甲方提供软件安装包、用户手册和授权文件。授权文件与甲方服务器绑定，更换服务器须向乙方申请重新授权，乙方可收取授权迁移费。

## 第五条 免费维护期与后续服务

5.1 软件自安装部署完成之日起享有六个月免费维护期，维护期内乙方提供远程技术支持和缺陷修复。

5.2 免费维护期满后，甲方如需继续获得技术支持和软件升级，应向乙方购买年度维护服务，维护费按乙方当年公布的价格标准执行。

5.3 免费维护期内的服务不包括：因甲方误操作、断电、设备故障、病毒或自行修改数据造成的问题；新增功能或界面调整；现场服务。上述服务如需提供，乙方按人天另行收费。

5.4 软件使用中出现故障的，甲方可通过电话或微信联系乙方客服，乙方将在收到通知后尽快安排技术人员处理。乙方客服工作时间为工作日9:00至17:30，节假日暂停服务。

5.5 乙方有权根据产品规划对软件进行版本升级或调整功能，升级后的软件以乙方发布说明为准。

## 第六条 知识产权

6.1 “染控通”软件及本合同项下定制开发的全部成果（包括发酵曲线模型、配方库结构、批次追溯功能、小程序及其源代码和文档）的知识产权均归乙方所有。

6.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行修改、反编译或交由第三方维护。

## 第七条 数据

7.1 甲方在软件中录入或产生的生产数据归甲方所有。

7.2 甲方同意，乙方可将甲方的染缸运行数据、配方参数及工艺数据经脱敏处理后用于乙方产品的优化、算法训练及行业分析，并可在乙方其他客户项目中使用由此形成的模型。

7.3 乙方对其托管的数据采取访问权限控制、加密存储和定期备份等安全措施；因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方、采取补救措施并承担相应的赔偿责任。

## 第八条 甲方义务及培训

8.1 甲方应按本合同约定及时付款，并为乙方人员进场安装提供必要的工作条件。甲方应安排专人负责软件的日常使用和管理，按照用户手册操作，妥善保管账户密码；不得将软件安装于合同约定以外的工厂或场所；不得将软件出租、出借或转让给第三方使用。甲方违反本条约定的，乙方有权终止许可并要求甲方赔偿损失。

8.2 乙方在安装部署时为甲方提供两次现场培训，每次不超过一天，培训对象为甲方指定的染缸管理人员和技术员，人数不超过十人。额外培训按乙方价格标准收费。

## 第九条 保密

双方对在履行本合同过程中知悉的对方商业秘密负有保密义务，未经对方同意不得向第三方披露。本条在合同终止后两年内有效。

## 第十条 责任限制

10.1 乙方对因本合同产生的全部责任，无论基于违约、侵权或其他理由，累计不超过合同总价的20%。

10.2 乙方对甲方的间接损失、利润损失、布料及染料损失不承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经守约方书面催告后二十日内仍未改正的，守约方有权解除本合同。

11.2 合同因甲方原因解除的，甲方已支付的款项不予退还，乙方已完成的工作成果归乙方所有。合同解除后，甲方应停止使用软件并删除全部副本。

## 第十二条 不可抗力

12.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，部分或全部免除责任。不可抗力包括自然灾害、疫情、政府行为、电力或通信中断、网络攻击及第三方云服务故障等乙方无法合理控制的事件。

12.2 不可抗力持续超过三十日的，双方可协商变更或解除合同，已付款项按乙方已完成的工作量结算。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，由乙方所在地人民法院管辖。

## 第十四条 其他

14.1 本合同未尽事宜，以乙方官网公布的《软件服务通用条款》为准，乙方有权不时更新该条款。

14.2 乙方可在其宣传材料和官网中将甲方列为客户案例，并使用甲方名称和标识。

14.3 双方的通知以本合同首页载明的联系方式送达，一方变更联系方式应及时通知对方。

14.4 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：__________　　乙方（盖章）：__________

日期：2026年　月　日
"""

E01 = """T:Software Licence and Services Agreement - MeltPlan Scheduling Suite
P:Agreement No. OPS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Ostravia Process Systems s.r.o., a company incorporated in the Czech Republic with its registered office at Mojmirovcu 41, 709 00 Ostrava, Czech Republic (the "Licensor"), and Tangshan Jinghua Special Steel Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Tangshan, Hebei Province (the "Buyer").
P:The Buyer operates an electric arc furnace melt shop with two ladle furnaces, a vacuum degasser and two continuous casters. The Licensor develops production scheduling software for steel plants. The Buyer wishes to acquire a perpetual licence to the Licensor's software and to have it configured and integrated with its plant systems, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the MeltPlan Scheduling Suite, version 8, in object code, comprising the heat scheduling, caster sequencing, ladle tracking and grade-change modules, and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, configurations, reports, scripts, adapters and documentation developed by the Licensor specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all production orders, heat records, chemistry results, equipment states, schedules and other data entered into, generated by or processed by the Software at the Buyer's plant.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the Software and the Custom Deliverables have passed the Final Acceptance Tests.
H:Article 2 Scope
P:2.1 The Licensor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for the Buyer's steel plants in the People's Republic of China, for an unlimited number of users, on servers owned or controlled by the Buyer.
P:2.2 The Licensor shall provide the following services: (a) installation of the Software on the Buyer's servers in Tangshan; (b) configuration of plant routes, grades, equipment and scheduling rules; (c) interfaces to the Buyer's level 2 process control systems, its laboratory information system and its SAP ERP system; (d) migration of open orders and master data; (e) training of planners, shift supervisors and IT administrators; and (f) go-live support on site for three weeks.
P:2.3 The user interface and the documentation shall be provided in Chinese and English.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,946,000 (the "Contract Price"), inclusive of VAT and of all withholding taxes, and comprises: Software licence fee CNY 1,380,000; configuration, interfaces and migration CNY 520,000; training and go-live support CNY 46,000.
P:3.2 The Contract Price is fixed. Travel, accommodation and visa costs of the Licensor's personnel are included.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within 20 days after signature of this Agreement, against the Licensor's invoice and an advance payment bank guarantee for the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 45% of the Contract Price within 20 days after go-live of the Software in production. Go-live is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:4.4 Payments shall be made in CNY by bank transfer to the account named in the Licensor's invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Licensor shall make the Software and the Custom Deliverables ready for the Final Acceptance Tests within 150 days after signature of this Agreement, following the project plan in Annex 2.
P:5.2 The Final Acceptance Tests comprise: (a) each function in the functional specification in Annex 1 tested and passed; (b) schedules for a full week of production generated in under 90 seconds each; (c) all interfaces exchanging data without loss or duplication for 20 consecutive production days; (d) no Severity 1 defect and no more than three open Severity 2 defects; and (e) delivery of all documentation and of the source code of the Custom Deliverables.
P:5.3 The Buyer shall run the tests with the Licensor's support and shall confirm Final Acceptance in writing within ten working days after the tests are passed. Use of the Software in production, go-live or any payment does not constitute acceptance.
P:5.4 If the tests fail, the Licensor shall correct the defects at its own cost and repeat the tests within 20 days.
H:Article 6 Warranty and Support
P:6.1 The Licensor warrants that the Software and the Custom Deliverables will conform to the functional specification for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Licensor shall correct defects, provide updates and new versions, and give remote and on-site support free of charge.
P:6.2 After the Warranty Period the Licensor shall offer annual support and maintenance at a fee of 10% of the Software licence fee per year, that is CNY 138,000 per year. The fee is fixed for the first three years after the Warranty Period. Each support year is ordered by a separate purchase order of the Buyer; support does not renew automatically.
H:Article 7 Service Levels
P:7.1 Defects are classified as follows: Severity 1, scheduling is impossible or the interfaces to level 2 or ERP are down; Severity 2, a module is impaired but a workaround exists; Severity 3, any other defect or question.
P:7.2 The Licensor shall respond to Severity 1 defects within one hour, at any time of day, and restore operation or a workaround within eight hours. Severity 2 defects receive a response within two hours during the Buyer's working day and a fix within five working days. Severity 3 defects are answered within two working days.
P:7.3 For each full hour by which a Severity 1 response or restoration time is exceeded, the Licensor shall credit CNY 1,500 against the next payment or support invoice.
H:Article 8 Intellectual Property
P:8.1 The Software and all intellectual property rights in it remain with the Licensor.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Buyer on creation. The Buyer may use, modify, copy and license them and have them maintained by third parties without restriction. The Licensor shall deliver their source code with the documentation.
P:8.3 The Licensor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Licensor may process Buyer Data only to perform this Agreement and shall not use it for any other purpose, in any form, whether identified, aggregated or anonymised.
P:9.2 The Software is installed on the Buyer's premises. Remote access by the Licensor requires the Buyer's approval for each session, takes place through the Buyer's bastion host with multi-factor authentication and is recorded. The Licensor shall not copy Buyer Data outside the Buyer's network and shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:9.3 The Licensor shall notify the Buyer of any actual or suspected security incident affecting Buyer Data within 12 hours of becoming aware of it, cooperate in remedying it, and bear all losses caused by a breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including production volumes, steel grades, process parameters and pricing, and shall use it only for this Agreement. This obligation survives for five years after the end of this Agreement.
H:Article 11 Delay Damages and Liability
P:11.1 If the Software and the Custom Deliverables are not ready for the Final Acceptance Tests by the date in Article 5.1 for reasons attributable to the Licensor, the Licensor shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The total liability of the Licensor under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement of intellectual property or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Licensor shall not subcontract any part of the services without the Buyer's prior written consent. The Licensor remains fully responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Licensor commits a material breach and fails to remedy it within 30 days after notice, or if delay damages under Article 11.1 reach their maximum.
P:13.2 On termination the licence in Article 2.1 survives for all amounts paid, and the Licensor shall deliver all Custom Deliverables completed up to the date of termination.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Czech Republic, excluding its conflict of laws rules and the United Nations Convention on Contracts for the International Sale of Goods.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be decided by the Regional Court in Ostrava, Czech Republic.
H:Article 15 General
P:15.1 Annexes: Annex 1 Functional Specification; Annex 2 Project Plan; Annex 3 Hardware and System Software Requirements. In case of conflict this Agreement prevails over the Annexes.
P:15.2 This Agreement is made in English in two originals, one for each party, and enters into force on signature by both parties.
P:For the Licensor: ____________________    For the Buyer: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS - QUALIO SUPPLIER QUALITY CLOUD

Order Form No. QSQ-2026-CN-031

**Provider:** Qualio Cloud Systems s.r.o., Teslova 1202/3, 301 00 Plzeň, Czech Republic, company ID 07214563

**Customer:** Changchun Beifang Precision Auto Parts Co., Ltd., No. 88 Dongfeng Street, Changchun, Jilin Province, People's Republic of China

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A - ORDER FORM

### A1. Subscribed Service

Provider will provide Customer with access to the Qualio Supplier Quality Cloud (the "Service"), a hosted application for supplier audits, incoming inspection plans, non-conformance reports, 8D problem solving, PPAP document control and supplier scorecards. The subscription covers Customer's headquarters in Changchun and its plants in Changchun and Foshan, for up to 160 named users and an unlimited number of supplier portal accounts.

### A2. Subscription Term

The initial Subscription Term is 24 months, starting on the Service Start Date, which is the date on which Provider confirms in writing that the production tenant is available to Customer. The Subscription Term is divided into two Subscription Years.

### A3. Fees

| Item | Basis | Annual amount (CNY) | Total for the Subscription Term (CNY) |
|---|---|---|---|
| Platform subscription | per Subscription Year | 148,000 | 296,000 |
| Named users | 160 users x CNY 1,650 per Subscription Year | 264,000 | 528,000 |
| Onboarding services | one-time | - | 58,000 |
| **Total Contract Value** | | | **882,000** |

All fees are in CNY and include VAT. Additional named users may be ordered at CNY 1,650 per user per Subscription Year, pro rated to the end of the current Subscription Year.

### A4. Invoicing and Payment

(a) The subscription fees for each Subscription Year (CNY 412,000) are invoiced at the start of that Subscription Year and are payable within 30 days of invoice.

(b) The onboarding fee is invoiced after Customer signs the Onboarding Acceptance Certificate under Section B3 and is payable within 30 days of invoice. No other amount is payable before the Service Start Date.

### A5. Hosting and Onboarding

(a) The Service is hosted for Customer in a dedicated tenant in the Alibaba Cloud Shanghai region. Customer Data is stored and processed only in mainland China.

(b) Onboarding services comprise: tenant setup and single sign-on with Customer's directory; configuration of inspection plan templates, defect codes and approval workflows for both plants; migration of the supplier master list and open non-conformance reports; an interface to Customer's SAP system for goods receipts and supplier master data; and training for key users and administrators.

(c) Target Go-Live Date: 75 days after signature of this Order Form.

### A6. Special Conditions

None.

Signed for Provider: ____________________ Date: __________

Signed for Customer: ____________________ Date: __________

## PART B - GENERAL TERMS

### B1. Definitions

1.1 "Customer Data" means all data, documents, images and records that Customer or its users or suppliers upload to or create in the Service, including inspection results, audit findings and supplier information.

1.2 "Customer Configurations" means the templates, workflows, report layouts, interface mappings and other configurations that Provider creates specifically for Customer during onboarding or the Subscription Term.

1.3 "Documentation" means Provider's user guides and administrator guides for the Service as updated from time to time.

### B2. Provision of the Service

2.1 Provider grants Customer and its users a non-exclusive, non-transferable right to use the Service during the Subscription Term for Customer's internal business purposes.

2.2 Provider will maintain the Service in accordance with the Documentation and will not materially reduce its functionality during the Subscription Term.

2.3 Customer is responsible for its users' compliance with this Agreement and for keeping login credentials secure.

### B3. Onboarding and Acceptance

3.1 Provider will perform the onboarding services described in A5(b) and make the production tenant available by the Target Go-Live Date.

3.2 Onboarding acceptance tests are: (a) all configured workflows executed end to end with Customer test cases at both plants; (b) migrated supplier records and open non-conformance reports reconciled by count and by sample against the source lists; (c) the SAP interface exchanging goods receipts and supplier master data without error for ten consecutive working days; and (d) single sign-on working for all named users.

3.3 When the tests are passed, Customer will sign an Onboarding Acceptance Certificate within five working days. Use of the Service before signature is not acceptance.

3.4 If the production tenant is not available by the Target Go-Live Date for reasons attributable to Provider, Provider will pay Customer 0.1% of the Total Contract Value for each day of delay, up to a maximum of 8% of the Total Contract Value.

### B4. Service Levels

4.1 Provider will use its best endeavours to make the Service available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least three days in advance and carried out between 22:00 and 06:00 China Standard Time.

4.2 Provider will respond to Priority 1 incidents (the Service is unavailable or a core workflow cannot be completed at either plant) within one hour, and to Priority 2 incidents (a function is impaired) within one business day.

4.3 Provider will report monthly availability to Customer on request. The service levels in this Section B4 are targets. No service credits, fee reductions or other payments apply if a target is missed.

### B5. Customer Data and Data Security

5.1 Customer Data belongs to Customer. Provider processes Customer Data only to provide the Service to Customer and for no other purpose, and does not use it to train models, to benchmark or to create aggregated or anonymised data sets.

5.2 Provider will maintain administrative, technical and physical safeguards for Customer Data, including encryption in transit and at rest, role-based access, multi-factor authentication for administrators, logging of administrative access and daily backups kept in mainland China. Provider holds an ISO 27001 certificate and an MLPS level 3 filing for the Service.

5.3 Provider will notify Customer within 24 hours after becoming aware of any unauthorised access to, or loss of, Customer Data, will take prompt steps to contain it and will compensate Customer for losses caused by its breach of this Section.

5.4 Within 30 days after the end of the Agreement, Provider will make all Customer Data available for export in standard formats and will then delete it, confirming deletion in writing.

### B6. Intellectual Property

6.1 Provider owns the Service, the Documentation and all improvements to them.

6.2 Customer Configurations belong to Customer. Customer may use, copy and modify them and have them used by third parties, including another service provider, without restriction, and Provider will deliver them in an exportable format on request.

### B7. Confidentiality

7.1 Each party will keep confidential the other party's non-public business, technical and financial information received under this Agreement, will use it only for this Agreement and will disclose it only to its employees and advisers who need to know it and are bound by similar obligations. This Section survives for three years after the end of the Agreement.

### B8. Subcontracting

8.1 Provider may use Alibaba Cloud as its hosting provider as stated in A5(a). Provider will not use any other subcontractor to perform the Service or the onboarding services without Customer's prior written consent, and remains responsible for its subcontractors.

### B9. Renewal

9.1 At the end of the initial Subscription Term, this Agreement renews automatically for successive renewal terms, each equal to one Subscription Year, unless either party gives written notice of non-renewal at least 60 days before the end of the then-current term.

9.2 Fees for each renewal term will be Provider's list prices in effect at the start of that renewal term, which may be higher than the fees in A3. Provider will inform Customer of the renewal fees by e-mail before the renewal term starts.

### B10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential losses or loss of profit.

10.2 Provider's total liability arising out of or in connection with this Agreement in any event is limited to the fees paid or payable by Customer in the six months preceding the event giving rise to the claim.

### B11. Term and Termination

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of the breach.

11.2 On termination by Customer under 11.1, Provider will refund the fees already paid for the unused part of the current Subscription Year.

### B12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The arbitral award is final and binding on both parties.

### B13. General

13.1 Neither party may assign this Agreement without the other party's prior written consent. Notices must be in writing and sent to the addresses in Part A. This Agreement is the entire agreement between the parties about its subject matter and may be changed only in writing signed by both parties.
"""

E03 = """T:Purchase Contract for Wireless Vibration Monitoring System
P:Contract No. RZP-EQ-2026-052
P:Buyer: Rizhao Haitian Paper Co., Ltd., Haibin Road 9, Rizhao, Shandong Province, People's Republic of China (the "Buyer")
P:Supplier: Jizera Vibration Technologies s.r.o., Svarovska 619, 460 01 Liberec, Czech Republic (the "Supplier")
P:The Buyer operates two paper machines, a pulp line and a power plant at its Rizhao mill. The Buyer selected the Supplier in a competitive tender to supply and commission a wireless vibration and temperature monitoring system for rotating equipment. This Contract is on the Buyer's standard terms for equipment purchases.
H:1. Definitions
P:In this Contract, "System" means the sensors, gateways, software licence, installation and documentation described in clause 2 and the Price Schedule.
P:1.1 "Monitoring Software" means the Supplier's Jizera Insight condition monitoring software, including its analytics, alarm and reporting modules.
P:1.2 "Buyer Data" means all measurement data, alarms, equipment records, images and reports collected or generated by the System.
P:1.3 "Final Acceptance" means the Buyer's signed Final Acceptance Certificate under clause 5.
H:2. Scope of Supply
P:2.1 The Supplier shall supply 240 wireless triaxial vibration and temperature sensors for motors, pumps, fans, refiners, dryer cylinders and gearboxes; 12 industrial gateways with redundant power supplies; and a perpetual licence for the Monitoring Software for an unlimited number of users and assets at the Rizhao mill.
P:2.2 The Supplier shall install and mount the sensors, configure the gateways and the wireless network, install the Monitoring Software on the Buyer's servers, build the asset hierarchy and alarm limits for all monitored machines, and connect the System to the Buyer's distributed control system and its maintenance management system.
P:2.3 The Supplier shall train the Buyer's reliability engineers and maintenance staff, and shall deliver manuals, wiring drawings and the configuration files in Chinese.
P:2.4 The Buyer shall provide the server hardware, network connections, power supply points, access to the machines during agreed windows and a project contact person. The Supplier shall confirm in writing, within 20 days after signature, that the Buyer's servers meet its requirements.
P:2.5 All sensors and gateways shall be new, of current production, and supplied with certificates of origin and conformity. Sensors installed in areas classified as hazardous shall carry the required explosion protection certification, and the Supplier shall provide copies of the certificates before installation.
H:3. Price
P:3.1 The Contract Price is CNY 1,289,000, inclusive of VAT, duties, freight, insurance and all costs of the Supplier's personnel. It is fixed for the duration of this Contract and is broken down in the Price Schedule below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor, ATEX version where required|240|2,150|516,000
TB:2|Industrial gateway with redundant power supply|12|18,600|223,200
TB:3|Jizera Insight Monitoring Software, perpetual site licence|1|386,000|386,000
TB:|Hardware and Licence Subtotal|||1,125,200
TB:4|Installation, configuration and interfaces|1 lot|142,000|142,000
TB:5|Training (three sessions)|1 lot|21,800|21,800
TB:|Contract Price|||1,289,000
H:4. Payment
P:4.1 20% of the Contract Price (CNY 257,800) within 30 days after signature, against the Supplier's invoice and an advance payment guarantee for the same amount.
P:4.2 45% of the Contract Price (CNY 580,050) within 30 days after all equipment is delivered and installed and the Installation Certificate is signed. The Installation Certificate confirms completion of installation only and is not acceptance.
P:4.3 35% of the Contract Price (CNY 451,150) within 30 days after Final Acceptance.
H:5. Delivery, Installation and Acceptance
P:5.1 The Supplier shall deliver all equipment to the Rizhao mill within 60 days after signature and complete installation within a further 45 days. Work on running machines shall follow the Buyer's permit-to-work procedure and the shutdown windows agreed with the Buyer's production department.
P:5.2 The Final Acceptance Tests are: (a) every sensor transmitting at the configured interval, with at least 98% of scheduled readings received over 30 consecutive days; (b) vibration readings of ten sample machines within 5% of readings taken with the Buyer's calibrated portable analyser; (c) alarms delivered to the control room and to the maintenance management system within 60 seconds; (d) the asset hierarchy and alarm limits approved by the Buyer's reliability team; and (e) all documentation delivered.
P:5.3 When all tests are passed, the Buyer shall sign the Final Acceptance Certificate within seven working days. Installation, trial operation or use of the System does not amount to acceptance. If any test fails, the Supplier shall remedy the defect at its own cost and the test shall be repeated.
H:6. Warranty and After-Sales Support
P:6.1 The Supplier warrants the System for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective sensors and gateways free of charge, including batteries that fail before their rated life, and shall supply software updates and technical support.
P:6.2 After the warranty period, the Supplier shall provide annual support on the Buyer's request at a fee not exceeding 8% of the Hardware and Licence Subtotal per year (CNY 90,016). This fee is fixed for the first two support years after the warranty period. Support is ordered year by year and does not renew automatically.
H:7. Service Levels
P:7.1 Severity 1 means that the Monitoring Software or a gateway serving a critical machine is down, or that alarms are not delivered. Severity 2 means that individual sensors or functions fail. Severity 3 covers other issues and questions.
P:7.2 The Supplier shall respond to a Severity 1 fault within two hours, day and night, through its Shanghai service partner or remotely, and restore service within one working day. Severity 2 faults receive a response within one working day and are fixed within five working days.
P:7.3 For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any amount due to the Supplier.
H:8. Delay and Liability
P:8.1 If the Supplier fails to deliver or to complete installation by the dates in clause 5.1, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of delay damages does not release the Supplier from its obligations.
P:8.2 The total liability of the Supplier under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are not limited.
H:9. Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and may not use it for any other purpose, including in anonymised or aggregated form.
P:9.2 The System shall be installed within the Buyer's network. Remote access by the Supplier requires the Buyer's approval for each session and takes place through the Buyer's secure remote access gateway with logging. The Supplier shall not transfer Buyer Data outside the Buyer's network and shall comply with the Data Security Law and the Cybersecurity Law of the People's Republic of China.
P:9.3 The Supplier shall report any actual or suspected security incident affecting the System or Buyer Data within eight hours, shall take immediate steps to contain it and shall compensate the Buyer for all losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential all non-public information of the other party obtained in connection with this Contract, including the Buyer's production data, plant layout and equipment condition, and shall not disclose it to third parties without prior written consent. This obligation continues for five years after the end of this Contract.
H:11. Intellectual Property
P:11.1 The Monitoring Software and the sensor firmware remain the property of the Supplier and are licensed to the Buyer perpetually under clause 2.1.
P:11.2 The asset hierarchy, alarm limits, interface programs, report templates and other configurations prepared for the Buyer belong to the Buyer, which may use and modify them and have them used by third parties without restriction.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier's Shanghai service partner named in its tender is approved by signature of this Contract. The Supplier remains responsible for all subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if delay damages reach their maximum. The Supplier shall then refund all amounts paid for the parts of the System not accepted.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Any dispute that cannot be settled by negotiation shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.
H:15. General
P:15.1 The Buyer's tender documents and the Supplier's tender form part of this Contract. This Contract is made in English and Chinese; both versions are equally authentic. It enters into force on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED NETWORK SERVICES AGREEMENT

**Agreement No.** BVN-MS-2026-007

**Between**

**Budvar Net Services s.r.o.**, Lidicka 2240/11, 370 01 České Budějovice, Czech Republic ("Provider"), and

**Harbin Songbei Brewing Co., Ltd.**, No. 16 Xinghai Road, Songbei District, Harbin, Heilongjiang Province, People's Republic of China ("Customer").

**Background.** Customer operates a brewery, a packaging hall, a warehouse and an office building at its Songbei site. Customer wishes to outsource the operation of its site network to Provider, which manages brewery and food plant networks in Europe and Asia and operates a support centre in Shenyang. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed network services described in Schedule 1.

1.2 "Managed Devices" means the switches, routers, wireless controllers, access points and network management servers listed in Schedule 1, whether owned by Customer or supplied by Provider.

1.3 "Service Commencement Date" means the date on which Customer signs the Service Commencement Certificate under Section 4.

1.4 "Term" means 36 months from the Service Commencement Date.

1.5 "Customer Data" means all configuration backups, logs, inventories, diagrams and other data relating to Customer's network that Provider collects or creates in performing the Services.

## 2. Services

2.1 Provider shall provide the Services for the Term to the service levels in Schedule 2.

2.2 Provider shall supply and install the replacement equipment listed in Schedule 1 as part of the transition, at no charge beyond the fees in Schedule 3. Title to that equipment passes to Customer at the Service Commencement Date.

2.3 Provider shall assign a named service manager, hold a monthly service review with Customer and deliver a monthly service report showing availability, incidents, changes and capacity trends.

2.4 Provider shall keep a stock of spare parts for the Managed Devices at the site or at its Harbin depot, sufficient to meet the on-site repair times in Schedule 2.

2.5 Changes to the Managed Devices shall follow the change procedure agreed during transition. Standard changes listed in the service catalogue are included in the fees; other changes are quoted separately and carried out only on Customer's written order.

## 3. Transition

3.1 Provider shall carry out the transition within 90 days after signature of this Agreement. Transition comprises a site survey, the inventory of all network equipment, the installation of replacement equipment, the set-up of the monitoring platform and the documentation of the network.

3.2 Provider shall plan all work that interrupts production with Customer's brewing and packaging managers and carry it out in the agreed maintenance windows.

## 4. Service Commencement

4.1 When transition is complete, Provider shall demonstrate that: (a) all Managed Devices are monitored and reporting; (b) configuration backups of all Managed Devices are taken daily; (c) wireless coverage in the packaging hall and warehouse meets the survey design, with a signal of at least -67 dBm in all marked areas; (d) the service desk, the ticket portal and escalation contacts are working; and (e) the network documentation has been delivered.

4.2 Customer shall sign the Service Commencement Certificate within five working days after these criteria are met, or state in writing which criteria are not met. Provider shall then remedy the shortcomings and repeat the demonstration.

4.3 If the Service Commencement Date does not occur within 90 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay, up to CNY 120,000.

## 5. Fees and Payment

5.1 The fees are set out in Schedule 3. The total value of this Agreement over the Term is CNY 2,590,000, including VAT.

5.2 The transition fee is invoiced after the Service Commencement Date. The monthly service fee is invoiced monthly in arrears. Customer shall pay each undisputed invoice within 30 days of receipt.

5.3 The fees are fixed for the Term.

## 6. Customer Responsibilities

6.1 Customer shall give Provider's engineers access to the site, rack space, power and a workplace, and shall nominate a contact person for the Services.

6.2 Customer shall inform Provider in advance of planned building works, production changes and new equipment that may affect the network.

6.3 Customer remains responsible for its own applications, servers and end-user devices connected to the network. Where an incident is caused by such equipment, Provider shall still help to identify the cause and restore network service, and may charge the work as additional work under Schedule 3 if it exceeds two engineer hours.

## 7. Customer Data

7.1 Customer Data belongs to Customer. Provider may use Customer Data only to perform the Services and shall hand over all Customer Data to Customer at the end of the Term.

## 8. Intellectual Property

8.1 Provider retains its tools, monitoring templates and methods that existed before this Agreement.

8.2 The network documentation, configurations, diagrams and operating procedures prepared for Customer belong to Customer. Customer may use and modify them freely and may give them to any successor provider.

## 9. Confidentiality

9.1 Each party shall keep confidential the other party's non-public information obtained under this Agreement, including Customer's network design, passwords, production information and commercial terms, and shall use it only to perform this Agreement. This obligation survives for five years after the Term.

## 10. Personnel and Subcontracting

10.1 Provider shall use qualified engineers. On-site engineers must follow Customer's hygiene, food safety and plant safety rules.

10.2 Provider shall not subcontract any part of the Services without Customer's prior written consent and remains responsible for the work of any approved subcontractor.

## 11. Liability

11.1 Provider's total liability under this Agreement is limited to 150% of the total value of this Agreement. The limit does not apply to personal injury or wilful misconduct.

11.2 Neither party is liable for indirect losses or loss of profit, except in cases of wilful misconduct.

## 12. Remedies for Service Failures

12.1 Service credits under Schedule 2 are deducted from the next monthly invoice. Service credits do not limit Customer's right to claim damages for losses exceeding the credits.

12.2 If Provider fails to perform the Services in accordance with this Agreement, Customer shall notify Provider, and Provider shall prepare a remediation plan within ten working days and carry it out at its own cost.

## 13. Term

13.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension requires a written agreement on new terms.

13.2 Given the investment Provider makes in the transition and in the replacement equipment, this Agreement may not be terminated by either party before the end of the Term, except under Section 14.

13.3 At the end of the Term, Provider shall support the handover to Customer or to a successor provider for up to 30 days at the rates for additional work in Schedule 3.

## 14. Force Majeure

14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control. If such an event prevents performance for more than 90 consecutive days, either party may end this Agreement by written notice.

## 15. Governing Law and Disputes

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin.

## Schedule 1 - Scope and Managed Devices

| Area | Managed Devices | Quantity | Included services |
|---|---|---|---|
| Core network | core switches in a redundant pair, network management servers | 2 + 2 | monitoring, configuration, patching, spares |
| Brewhouse and cellars | industrial access switches, ring topology | 26 | monitoring, configuration, on-site repair |
| Packaging hall and warehouse | wireless controllers, ruggedised access points (replacement supplied by Provider) | 2 + 118 | monitoring, coverage checks each quarter, repair |
| Office building | access switches, access points | 14 + 46 | monitoring, moves and changes |
| Site WAN | edge routers to two carriers | 2 | monitoring, carrier management |

## Schedule 2 - Service Levels and Credits

| Measure | Level | Service credit |
|---|---|---|
| Core and brewhouse network availability per month | 99.95% | 5% of the monthly service fee for each 0.1 percentage point, or part of it, below the level |
| Priority 1 incident (brewhouse, packaging line or whole site affected): response | 15 minutes, 24 hours a day | CNY 1,000 for each started hour of delay |
| Priority 1 incident: engineer on site | 2 hours | CNY 1,000 for each started hour of delay |
| Priority 2 incident (single area or function): response | 1 hour during the working day | CNY 300 for each started hour of delay |
| Standard change | 3 working days | none |

## Schedule 3 - Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition, including replacement access points and wireless controllers | one-time | 124,000 |
| Monthly service fee | 36 months x CNY 68,500 | 2,466,000 |
| **Total value over the Term** | | **2,590,000** |
| Additional work outside the service catalogue | per engineer day | 3,800 |

Signed for Provider: ____________________ Date: __________

Signed for Customer: ____________________ Date: __________
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. HAD-2026-CN-019

PARTIES

Hana AgriData s.r.o., Tr. Svobody 956/31, 779 00 Olomouc, Czech Republic ("Provider")

Henan Qiumei Seed Industry Co., Ltd., No. 21 Nongye Road, Zhengzhou, Henan Province, People's Republic of China ("Customer")

BACKGROUND

Provider operates an agronomic data platform that combines satellite imagery, weather observations and forecasts, and soil data into field-level indicators, delivered through application programming interfaces (APIs) and bulk data files. Customer breeds and produces maize and wheat seed and runs variety trials on about 1,900 trial plots and 64,000 mu of contracted seed production fields in Henan, Hebei and Gansu. Customer wishes to subscribe to Provider's data and APIs to monitor its trials and production fields. The parties therefore agree as follows.

1. DEFINITIONS

1.1 "Subscription Services" means access to the data products and APIs listed in clause 2.1 during the Subscription Term.

1.2 "Subscription Year" means the period from the Service Start Date until the day before its first anniversary, and the following period until the day before its second anniversary.

1.3 "Service Start Date" means the date on which Provider gives Customer production API credentials and the first complete data delivery for all registered fields.

1.4 "Customer Data" means field boundaries, trial designs, variety codes, planting dates, yield and quality results, photographs and any other data that Customer uploads to the platform or sends to the APIs.

1.5 "Integration Deliverables" means the field registration scripts, data mappings, the connector to Customer's breeding database and the dashboards that Provider develops specifically for Customer under clause 3.

2. SUBSCRIPTION SERVICES

2.1 During the Subscription Term Provider shall provide: (a) vegetation index time series from satellite imagery for every registered field, updated at least every five days when cloud cover allows; (b) daily weather observations and ten-day forecasts for each field, interpolated from stations and models; (c) soil moisture and growing degree day indicators; (d) crop stage estimates for maize and wheat; and (e) a REST API and monthly bulk files in CSV and GeoTIFF formats.

2.2 The subscription covers up to 3,000 registered fields and up to 2,000,000 API calls per Subscription Year. Additional calls are charged under clause 4.3.

2.3 All data delivered to Customer is hosted and served from Provider's servers in the Alibaba Cloud Beijing region.

2.4 Provider may improve the data products and the APIs during the Subscription Term, but shall not remove a data product listed in clause 2.1 or change the API in a way that breaks Customer's connector without giving Customer at least 60 days' notice and a migration path at no extra charge.

2.5 Provider shall give Customer one online training session for up to 20 users and keep the API documentation current.

3. INTEGRATION AND ACCEPTANCE

3.1 Provider shall register Customer's fields, map Customer's trial and variety codes, build a connector that loads the indicators into Customer's breeding database each night, and build three dashboards for the breeding, production and agronomy departments.

3.2 Provider shall complete the integration and make the Service Start Date occur within 60 days after signature of this Agreement (the "Delivery Date").

3.3 Acceptance tests are: (a) all registered fields show complete time series for the previous season; (b) the connector loads the data for ten consecutive nights without error or missing fields; (c) indicators for 50 sample plots match Customer's own field observations within the tolerances set out in the integration specification; and (d) the API answers 95% of requests within two seconds over a test week. Customer shall confirm acceptance in writing within five working days after the tests are passed. Use of the data before that confirmation is not acceptance.

4. FEES AND PAYMENT

4.1 The fees are: subscription fee for the first Subscription Year CNY 298,000; subscription fee for the second Subscription Year CNY 298,000; integration fee, one-time, CNY 46,000. The total fees under this Agreement are CNY 642,000, including VAT.

4.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. The integration fee is invoiced after acceptance under clause 3.3. Customer shall pay within 30 days after receipt of a correct invoice.

4.3 API calls above the annual allowance are charged at CNY 35 per 1,000 calls and invoiced quarterly in arrears. Provider shall warn Customer by e-mail when usage reaches 80% of the allowance.

4.4 The subscription fees are fixed for both Subscription Years.

5. SERVICE LEVELS

5.1 The API shall be available 99.95% of each calendar month, measured by Provider's external monitoring, excluding maintenance announced at least five days in advance.

5.2 A Priority 1 incident is an outage of the API, or a failure of the nightly data delivery for more than 20% of registered fields. Provider shall respond to a Priority 1 incident within 30 minutes at any time and restore service within six hours. Priority 2 incidents (individual indicators missing or late) receive a response within one business day.

5.3 If availability in a month falls below the level in clause 5.1, Provider shall credit 5% of the monthly equivalent of the subscription fee for each 0.5 percentage point, or part of it, of shortfall. Each hour of delay in responding to or restoring a Priority 1 incident beyond the times in clause 5.2 earns a credit of CNY 800. Credits are deducted from the next invoice.

6. CUSTOMER DATA

6.1 Customer Data remains Customer's property, and Provider shall use it to provide the Subscription Services to Customer.

6.2 Customer grants Provider a perpetual, royalty-free licence to use Customer Data in anonymised and aggregated form to calibrate and improve Provider's crop models and to produce regional benchmarks and yield indicators offered to Provider's other customers. This licence survives the end of this Agreement.

7. DATA SECURITY

7.1 Provider shall protect Customer Data with encryption in transit and at rest, access controls based on least privilege, multi-factor authentication for administrative access and logging of all access to Customer Data. Customer Data is stored only in mainland China.

7.2 Provider shall comply with the Data Security Law of the People's Republic of China and shall not transfer Customer Data outside mainland China.

7.3 Provider shall notify Customer of any actual or suspected unauthorised access to Customer Data within 12 hours, shall take immediate measures to contain it and shall compensate Customer for losses caused by a breach of this clause.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the non-public information received from the other party, including Customer's variety codes, breeding results and production plans and Provider's methods and prices, and shall use it only for this Agreement. This clause survives for five years after the end of this Agreement.

9. INTELLECTUAL PROPERTY

9.1 Provider owns its platform, data products, models and APIs. Customer may use the data delivered to it for its own business during and after the Subscription Term, including in internal reports and in submissions to variety registration authorities.

9.2 The Integration Deliverables belong to Customer. Customer may use, modify and have them maintained by third parties without restriction. Provider shall deliver their source code on acceptance.

10. DELAY

10.1 If the Service Start Date does not occur by the Delivery Date for reasons attributable to Provider, Provider shall pay Customer delay damages of 0.02% of the total fees for each day of delay, up to 5% of the total fees.

11. LIABILITY

11.1 The total liability of each party under this Agreement is limited to 200% of the total fees. The limit does not apply to breach of clauses 7 and 8, to infringement of intellectual property or to wilful misconduct.

11.2 Provider's data is based on remote sensing and models. Provider does not guarantee crop outcomes, but shall deliver the data with the care of a professional data provider.

12. SUBCONTRACTING

12.1 Provider shall not subcontract the Subscription Services or the integration work to third parties without Customer's prior written consent, except for the cloud hosting named in clause 2.3.

13. TERM AND TERMINATION

13.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically. The parties may agree on a renewal in writing at least 30 days before the end of the Subscription Term.

13.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 20 days after notice. Provider shall then refund the subscription fees paid for the unused part of the Subscription Year.

13.3 Provider may suspend the Subscription Services if Customer fails to pay an undisputed invoice within 30 days after a written reminder.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing. The award is final.

15. GENERAL

15.1 Notices shall be in writing and sent by courier or by e-mail to the addresses the parties name for this purpose.

15.2 Neither party may assign this Agreement without the other party's written consent.

15.3 This Agreement is made in English and Chinese. Both versions are equally authentic.

Signed for Provider: ____________________

Signed for Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"

# key: (file name, format, source, lang, category, terms (TERM_KEYS order), extra, design rules, risk, tco inputs)
# extra = (sla_clause, ld_stated, post_warranty_fee_capped or None for service, acceptance_deemed_on_delivery, value)
# tco inputs = (fee base = itemised licence/hardware subtotal) for goods, else None
DRAFTS = {
    "z01": ("h651z01_inspection_lab_lims_platform.pdf", "pdf", Z01, "zh", "software",
            [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False,
             "PRC", G],
            (True, True, True, False, 2010000), [], "low", 1180000),
    "z02": ("h651z02_straw_weaving_line_control_retrofit.docx", "docx", Z02, "zh", "hardware",
            [None, 1, True, "buyer", True, True, True, 0.02, None, 10, True, True, 18, 28, False, True, False,
             "PRC", G],
            (True, True, True, False, 1512000),
            ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], "high", 1346000),
    "z03": ("h651z03_go_school_chain_booking_saas.txt", "txt", Z03, "zh", "cloud",
            [99.5, 0.5, True, "buyer", True, True, True, 0.1, 200, None, True, None, None, None, True, True, False,
             "PRC", S],
            (True, True, None, False, 772000), ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"], "medium", None),
    "z04": ("h651z04_aquarium_life_support_monitoring_om.txt", "txt", Z04, "zh", "services",
            [None, 0.25, True, "buyer", True, True, False, 0.2, None, None, True, None, None, None, False, True, True,
             "PRC", S],
            (True, True, None, False, 486000), ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"], "medium", None),
    "z05": ("h651z05_batik_dye_vat_control_supplier_template.md", "md", Z05, "zh", "software",
            [None, None, False, "supplier", True, False, True, None, 20, 60, False, False, 6, None, False, True, None,
             "PRC", G],
            (False, False, False, True, 490000),
            ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
             "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
            "high", 268000),
    "e01": ("h651e01_steel_melt_shop_scheduling_licence_ostrava.pdf", "pdf", E01, "en", "software",
            [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 10, False, True, False,
             "Czech Republic", G],
            (True, True, True, False, 1946000), ["CR-GOVERNING-LAW"], "low", 1380000),
    "e02": ("h651e02_supplier_quality_saas_order_form_plzen.md", "md", E02, "en", "cloud",
            [99.95, 1, False, "buyer", True, True, True, 0.1, 6 / 24 * 100, None, True, None, None, None, True, True,
             False, "PRC", S],
            (True, True, None, False, 882000),
            ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"], "medium", None),
    "e03": ("h651e03_paper_mill_vibration_sensors_liberec.docx", "docx", E03, "en", "hardware",
            [None, 2, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 36, 8, False, True, False, "PRC", G],
            (True, True, True, False, 1289000), [], "low", 1125200),
    "e04": ("h651e04_brewery_managed_network_36_months.md", "md", E04, "en", "services",
            [99.95, 0.25, True, "buyer", False, True, True, 2000 / 2590000 * 100, 150, None, True, None, None, None,
             False, False, False, "PRC", S],
            (True, True, None, False, 2590000), ["CR-DATA-SECURITY", "CR-TERMINATION"], "high", None),
    "e05": ("h651e05_seed_trials_agri_data_api_olomouc.txt", "txt", E05, "en", "cloud",
            [99.95, 0.5, True, "buyer", True, False, True, 0.02, 200, None, True, None, None, None, False, True, False,
             "PRC", S],
            (True, True, None, False, 642000), ["CR-DATA-OWNERSHIP", "CR-LD-LOW"], "medium", None),
}
# forum outside mainland China (design fact, not a label key): only e01 (Regional Court in Ostrava)
FOREIGN_FORUM = {"e01"}

# price sums (asserted)
SUMS = {
    "z01": ([1180000, 640000, 156000, 34000], 2010000),
    "z02": ([588000, 306000, 174000, 216000, 62000, 148000, 18000], 1512000),
    "z03": ([336000 * 2, 86000, 14000], 772000),
    "z04": ([312000, 96000, 54000, 24000], 486000),
    "z05": ([268000, 186000, 36000], 490000),
    "e01": ([1380000, 520000, 46000], 1946000),
    "e02": ([148000 * 2, 264000 * 2, 58000], 882000),
    "e03": ([516000, 223200, 386000, 142000, 21800], 1289000),
    "e04": ([124000, 36 * 68500], 2590000),
    "e05": ([298000, 298000, 46000], 642000),
}

THRESHOLDS = {"prepayment_pct": 30, "availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
              "liability_cap_pct": 100, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_LIMIT = 40

CN_D = "一二三四五六七八九十两"
PCT = r"\s*[%％]"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])",
    r"(?<![\d.])99\.90*(?!\d)", r"百分之九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.])4(?:\.0+)?\s*(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![" + CN_D + r"])四\s*个?\s*小时",
    r"four\s*(?:\(\s*4\s*\)\s*)?hours?",
    r"(?<![\d.])0?\.050*(?!\d)" + PCT, r"万分之五(?![\d十点])", r"千分之零点五",
    r"(?<![\d.,])100(?:\.0+)?" + PCT, r"百分之(?:一)?百(?![零一二三四五六七八九十])", r"one\s*hundred\s*per\s*cent",
    r"(?<![\d.])12\s*(?:个月|months?)", r"(?<![" + CN_D + r"])十二\s*个?\s*月", r"twelve\s*(?:\(\s*12\s*\)\s*)?months?",
    r"(?:质保|保修|warranty)[^。.\n]{0,12}(?:一年|1年|one\s*year|1\s*year)",
    r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五(?![一二三四五六七八九点])",
    r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])",
]
TH_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "百分之三十", "30.0%", "99.9%", "99.90 %", "达到99.9", "4小时", "4 hours", "4 h",
            "four hours", "四小时", "四个小时", "0.05%", ".05%", "万分之五", "100%", "100 ％", "百分之百", "12个月",
            "12 months", "十二个月", "twelve months", "twelve (12) months", "质保期为一年", "15%", "百分之十五",
            "40%", "40％", "百分之四十"]
MUST_MISS = ["130%", "0.30%", "99.95%", "99.5%", "24小时", "24 hours", "14 hours", "二十四小时", "0.055%", "万分之五十",
             "115%", "0.15%", "140%", "240 minutes", "二十四个月", "24 months", "112 months", "百分之四十五",
             "百分之三十五", "45%", "35%", "0.5%", "1,100%", "Article 4 Hardware", "千分之五", "十四小时"]


def self_test():
    for t in MUST_HIT:
        assert TH_RE.search(t), ("must hit", t)
    for t in MUST_MISS:
        assert not TH_RE.search(t), ("must miss", t, TH_RE.search(t))


def read_back(path, fmt):
    if fmt in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if fmt == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def tco(terms, extra, base):
    if terms["contract_kind"] != G or base is None:
        return None
    fee, capped, w = terms["post_warranty_fee_pct"], extra["post_warranty_fee_capped"], terms["warranty_months"]
    if fee is None or not capped or w is None:
        return None
    years = max(0.0, 5 - w / 12)
    post = fee / 100 * base * years
    total = extra["contract_value"] + post
    return total, post / total * 100


def derive(key, t, x, base):
    """My reading of policy section 3 (and 'Where rules apply')."""
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(t, x, base)
        if c and c[1] > TCO_LIMIT:
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


SEVERITY_HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
                 "CR-POST-WARRANTY-FEE"}
SEVERITY_LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}


def risk(rules):
    if set(rules) & SEVERITY_HIGH:
        return "high"
    if set(rules) - SEVERITY_LOW:
        return "medium"
    return "low"


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    bin_sources = {k: d[2] for k, d in DRAFTS.items() if d[1] in ("docx", "pdf")}
    bin_targets = {k: (d[0], d[1]) for k, d in DRAFTS.items() if d[1] in ("docx", "pdf")}
    write(bin_sources, bin_targets, OUT, wrap_words=True)
    for k, d in DRAFTS.items():
        if d[1] in ("txt", "md"):
            (OUT / d[0]).write_text(d[2].strip("\n") + "\n", encoding="utf-8")
            print("wrote", d[0])
    covered = set()
    for k, (name, fmt, src, lang, cat, tv, xv, design, rk, base) in DRAFTS.items():
        assert name.startswith("h651" + k + "_")
        parts, total = SUMS[k]
        assert sum(parts) == total == xv[4], (k, sum(parts), total)
        text = read_back(OUT / name, fmt)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = TH_RE.search(variant)
            assert not m, (k, "threshold figure in text", variant[max(0, m.start() - 30):m.end() + 30])
        terms = dict(zip(TERM_KEYS, tv))
        assert len(tv) == len(TERM_KEYS)
        extra = {"sla_clause": xv[0], "ld_stated": xv[1]}
        if terms["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = xv[2]
        else:
            assert xv[2] is None and terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
            assert terms["final_payment_on_acceptance"] is None or k in ()
        extra["acceptance_deemed_on_delivery"] = xv[3]
        extra["contract_value"] = xv[4]
        for f, th in THRESHOLDS.items():
            assert terms[f] is None or abs(terms[f] - th) > 1e-9, (k, f, terms[f])
        c = tco(terms, extra, base)
        if c:
            assert abs(c[1] - TCO_LIMIT) > 2, (k, "TCO share near the threshold", c)
        rules = derive(k, terms, extra, base)
        assert rules == sorted(design), (k, rules, design)
        assert risk(rules) == rk, (k, risk(rules), rk)
        covered |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        print("%s %-55s %5d %s %s %s" % (k, name, n, rk, ",".join(r[3:] for r in rules) or "(none)",
                                         "TCO %.0f share %.2f%%" % c if c else ""))
    assert covered == ALL_RULES, ALL_RULES - covered
    counts = [len(DRAFTS[k][7]) for k in DRAFTS]
    print("all 20 rules covered; findings per draft", counts)


if __name__ == "__main__":
    main()
