"""holdout726: builds the ten blind held-out draft contracts from the sources below, writes their .json labels and
asserts the checks of the brief (lengths, thresholds, rules derived from the labels, coverage, mix).
Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .docx/.pdf come from ../word_pdf.py."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
S = {}

S["z01"] = """
T:“同心服务”统战工作平台建设项目合同
P:合同编号：NCZB-2025-0317（政府采购）
P:甲方（采购人）：中共宁川市委统一战线工作部
P:乙方（供应商）：浙江云弈信息技术有限公司
P:根据宁川市政府采购中心组织的公开招标结果（项目编号NCCG-2025-G0412）及《中华人民共和国政府采购法》《中华人民共和国民法典》，双方就“同心服务”统战工作平台建设事宜订立本合同。本合同使用甲方合同文本，招标文件、乙方投标文件及澄清材料为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供“同心服务”平台软件许可一套（含统战成员信息库、同心服务活动管理、联谊交友、建言献策、统计分析模块），许可为永久使用许可，部署于甲方政务云环境。
P:1.2 乙方按甲方需求定制开发：民主党派及无党派人士联络管理、新的社会阶层人士服务站管理、民族宗教事务工作台账、移动端（政务微信）应用及与市政务数据共享平台的接口。
P:1.3 乙方负责将甲方现有电子表格及旧系统中的成员数据迁移至新平台，并完成部署、联调、培训及上线保障。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰叁拾壹万捌仟元整（¥1,318,000），为固定总价，包含软件许可费620,000元、定制开发费548,000元、数据迁移费86,000元、实施及培训费64,000元，已含税费及乙方完成本项目的全部费用。
P:2.2 定制开发范围以双方确认的需求规格说明书为准。需求变更应以书面形式提出，经双方评估确认工作量后执行；累计变更不超出原开发范围的，不另行计费。
P:2.3 甲方不因原材料、人工或汇率变化调整合同价款。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%，即263,600元。
P:3.2 平台通过初步验收后，甲方支付合同总价的45%，即593,100元。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即461,300元。
P:3.4 每笔付款前乙方应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，并有权从应付款中直接扣除乙方应付的违约金。
H:第四条 实施进度
P:4.1 乙方应于合同签订后九十日内完成部署及定制开发，并提交初步验收申请。
P:4.2 乙方应在项目启动后十个工作日内提交实施方案，经甲方书面确认后执行。
P:4.3 乙方应指派具有同类政务项目经验的项目经理一名，驻场实施人员不少于三名。项目经理未经甲方同意不得更换；确需更换的，接替人员的资历不得低于原人员。
P:4.4 乙方应为甲方机关干部及各区县统战部业务人员提供不少于六场集中培训，编制操作手册和管理员手册，培训效果以甲方组织的上机考核为准。
P:4.5 双方每两周召开一次项目例会，乙方形成会议纪要报甲方确认。因甲方原因导致工期延误的，工期相应顺延，乙方应及时书面提出。
H:第五条 验收
P:5.1 初步验收标准：招标文件所列功能全部实现；迁移数据与源数据逐条比对一致；接口连续运行十五日无数据丢失；二百用户并发时页面响应不超过3秒；通过第三方安全测评及商用密码应用安全性评估。
P:5.2 平台上线后试运行六十日，期间未发生一级故障且遗留问题全部关闭的，乙方可申请最终验收。甲方组织专家按5.1标准及试运行记录进行最终验收，并出具书面验收报告。
P:5.3 平台上线、试运行或甲方付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
P:5.4 验收所需的测试环境及测试数据由甲方提供，第三方测评费用由乙方承担。
H:第六条 质保及维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及技术支持。
P:6.2 质保期满后，甲方如需继续维护，年度维护费不超过软件许可费的9%（即不超过55,800元/年），该价格自质保期满起三年内不上调，维护合同由双方另行签订，不自动续期。
H:第七条 服务要求
P:7.1 故障分为三级。一级故障指平台整体不可用或核心业务无法办理，乙方应在30分钟内响应，2小时内到达现场。
P:7.2 二级故障指部分功能不可用，乙方应在2小时内响应，次日内修复；三级故障为一般性问题，乙方在三个工作日内处理完毕。
P:7.3 乙方应提供7×24小时服务热线，并建立故障工单记录，故障处理完毕后两个工作日内提交故障分析报告，说明原因、处理过程及防范措施。
P:7.4 乙方每季度提交一次运行情况报告，并在重大活动及重要会议期间安排专人值守。
H:第八条 数据安全
P:8.1 平台中的统战成员信息、活动记录及全部业务数据属于甲方所有，乙方不得将其用于本合同以外的任何目的。
P:8.2 乙方人员仅可经甲方审批、通过堡垒机访问生产环境，操作全程留痕，严禁将数据拷贝至甲方环境之外。
P:8.3 平台应按网络安全等级保护第三级要求建设，乙方负责配合甲方完成定级备案与测评，对身份证号、联系方式等个人信息加密存储并脱敏展示，按角色最小授权。
P:8.4 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、人员信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务在本合同终止后继续有效，涉及国家秘密的按国家有关规定执行。
H:第十条 知识产权
P:10.1 定制开发的程序、接口、源代码及全部文档的知识产权归甲方所有，乙方应在最终验收时交付完整源代码。
P:10.2 乙方保证交付成果不侵犯任何第三方的知识产权；发生侵权纠纷的，由乙方负责处理并承担全部费用。
P:10.3 平台软件本身的知识产权仍归乙方，甲方依第1.1款取得永久使用许可。
H:第十一条 分包
P:11.1 乙方可将移动端界面设计、历史资料录入等非主体工作分包给第三方，但应提前五个工作日书面告知甲方，并对分包方的工作向甲方承担全部责任。
H:第十二条 违约责任
P:12.1 乙方逾期完成交付或验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:12.2 乙方交付的平台不符合合同约定的，应无偿修复或更换，并赔偿甲方由此造成的损失。
P:12.3 甲方无正当理由逾期付款的，按逾期金额的万分之三每日支付违约金。
H:第十三条 合同解除
P:13.1 乙方逾期超过三十日，或严重违反本合同约定经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方返还已付款项、承担违约责任。
P:13.2 合同解除后，乙方应在十日内向甲方移交全部数据、源代码及文档，并协助甲方完成过渡，不得以任何理由删除或扣留数据。
P:13.3 因不可抗力致使合同目的无法实现的，任何一方均可解除合同。
H:第十四条 法律适用及争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同附件包括：需求规格说明书、分项报价表、验收方案、服务承诺书，附件与本合同具有同等效力。
P:15.2 本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。未尽事宜，双方另行签订补充协议。
P:甲方（盖章）：中共宁川市委统一战线工作部　　乙方（盖章）：浙江云弈信息技术有限公司
P:签订日期：2025年　月　日
"""
S["z02"] = """
T:注塑成型及钻孔生产线控制系统改造合同
P:合同编号：HD-JS-2025-026
P:甲方：义乌市恒点骰子制品有限公司
P:乙方：宁波精控自动化工程有限公司
P:甲方拟对其二号车间骰子注塑成型及数控钻孔生产线的控制系统进行改造，乙方经甲方比选确定为承包单位。双方经协商一致，订立本合同。
H:第一条 项目范围
P:1.1 乙方负责提供并安装注塑机控制柜改造套件、数控钻孔单元伺服驱动及控制器、视觉点孔检测装置、产线数据采集网关及产线监控软件，完成旧控制系统拆除、新系统安装、调试及停线切换。
P:1.2 乙方负责按甲方工艺要求定制开发钻孔定位程序、配方管理及换模参数调用功能，并将产线数据接入甲方现有生产管理系统。
P:1.3 甲方负责提供施工所需的场地、电源、压缩空气及网络接入点，提供现有设备图纸和工艺文件，并指定一名项目联系人协调停产窗口。
P:1.4 乙方负责对甲方设备管理员、工艺员及操作工进行培训，并提供操作规程和维修手册。
H:第二条 设备、软件及服务价格
P:2.1 本合同总价为人民币1,342,000元（含13%增值税），明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|注塑机控制柜改造套件|8套|46,500|372,000
TB:2|数控钻孔单元伺服驱动及控制器|12套|23,800|285,600
TB:3|视觉点孔检测装置|4套|52,000|208,000
TB:4|产线数据采集网关|6台|9,400|56,400
TB:5|产线监控软件许可（永久）|1套|168,000|168,000
TB:|设备及软件小计|||1,090,000
TB:6|安装调试及停线切换|1项|138,000|138,000
TB:7|工艺参数定制开发|1项|96,000|96,000
TB:8|培训|1项|18,000|18,000
TB:|合计|||1,342,000
P:2.2 上述价格为固定价格，包括设备、软件、运输、保险、安装、调试、培训及税费。
P:2.3 甲方要求增加或减少工作内容的，双方应书面确认变更内容及价格，变更单价参照本条明细执行；未经书面确认的变更，乙方不得主张费用。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%（268,400元）作为预付款。
P:3.2 设备全部到货并经甲方清点签收后，甲方支付合同总价的45%（603,900元）。到货签收仅确认数量和外观，不视为验收。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%（469,700元）。
P:3.4 乙方应在每次付款前开具等额增值税专用发票。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后四十五日内将设备运至甲方二号车间，并在到货后三十日内完成安装调试。
P:4.2 停线切换应安排在甲方书面确认的计划停产窗口内进行，每条线停线不超过七十二小时。
P:4.3 乙方施工人员应遵守甲方的安全生产和车间管理制度，动火、登高及带电作业须办理作业票。因乙方人员违规作业造成人身伤害或财产损失的，由乙方承担责任。
P:4.4 乙方应在施工前提交详细的停线切换方案和回退方案，切换失败时须在四个工作班次内恢复原系统运行，保证甲方订单交付不受影响。
P:4.5 乙方逾期交付或逾期完成安装调试的，应及时书面说明原因，经甲方同意后工期可相应顺延；乙方应增派人员赶工，并自行承担由此增加的费用。
H:第五条 验收
P:5.1 验收标准：各注塑机按配方稳定运行，成型周期不劣于改造前；钻孔点位偏差符合甲方工艺文件规定；视觉检测连续抽检五千粒成品，漏孔、偏孔均能检出并剔除；产线数据采集完整，与生产管理系统对账一致；连续生产十日无停线故障。
P:5.2 乙方完成安装调试后书面申请验收，甲方在七日内组织验收并出具验收报告。验收不合格的，乙方应在十日内整改后重新申请验收。
P:5.3 设备到货、安装完成或甲方试生产均不视为验收合格。
P:5.4 验收时乙方应提交竣工图纸、电气原理图、程序备份、设备合格证、调试记录及培训记录，资料不全的不予验收。
H:第六条 质保与维保
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内设备及软件出现质量问题，乙方免费维修或更换。
P:6.2 故障响应：整线停机等一级故障，乙方应在1小时内响应，6小时内到达现场；单机故障等二级故障，2小时内响应，次日到场处理。
P:6.3 乙方未按上述时限响应或到场的，每迟延一小时向甲方支付800元，从维保费或应付款中扣除。
P:6.4 乙方应在甲方仓库存放伺服驱动器、控制模块及检测相机等常用备件，备件清单作为合同附件，质保期内备件消耗由乙方及时补足。
P:6.5 质保期内乙方每季度上门巡检一次，检查控制柜、传感器及软件运行状态，并提交巡检报告。
P:6.6 质保期满后，甲方可与乙方签订年度维保合同，年度维保费为设备及软件小计的8%（87,200元/年），该费用在质保期满后两年内固定不变。维保内容包括季度巡检、故障维修、软件升级及备件供应，维保合同期满不自动续签。
P:6.7 乙方应保证所供设备停产后继续供应备件及维修服务的期限不短于八年。
H:第七条 数据与保密
P:7.1 产线运行数据、工艺配方及生产计划等数据均属甲方所有，乙方不得用于本合同以外的目的。乙方远程维护须经甲方审批，使用甲方提供的专用账户，操作日志保存不少于六个月。
P:7.2 发生数据泄露或丢失的，乙方应在2小时内通知甲方，并承担因其过错造成的损失。
P:7.3 乙方人员进入车间不得拍摄模具、产品样品及工艺文件，确因维修需要拍照的，应经甲方设备主管同意并在维修结束后删除。
P:7.4 双方对在履行本合同过程中获知的对方技术资料、工艺及商业信息负有保密义务，保密期限自合同终止后三年。
H:第八条 知识产权
P:8.1 为本项目定制开发的钻孔定位程序、配方管理程序及接口程序的知识产权归甲方所有，乙方应交付源程序及说明文档。
P:8.2 监控软件及设备内置软件的知识产权归原权利人，甲方享有永久使用权。
H:第九条 分包
P:9.1 乙方可将电气布线工作分包给具备相应资质的单位，但须事先取得甲方书面同意，并对分包工作承担全部责任。
H:第十条 责任限制
P:10.1 乙方违反本合同的，应赔偿甲方的直接损失。乙方应为施工人员购买意外伤害保险，并为施工期间的设备投保财产险。
P:10.2 乙方在本合同项下的累计赔偿责任以合同总价的60%为限，但因乙方故意或重大过失造成人身伤害的除外。
H:第十一条 合同解除
P:11.1 乙方交付的设备或软件经两次整改仍不能通过验收，或乙方严重违约经甲方书面通知后十五日内未改正的，甲方有权解除合同，乙方应退还已收款项。
P:11.2 甲方逾期付款超过六十日的，乙方可暂停施工。
P:11.3 合同解除的，乙方应配合甲方恢复原系统或移交已完成的工作成果、图纸和程序，双方按已完成且合格的工作量进行结算。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。发生争议，双方协商解决；协商不成，任何一方可向甲方所在地人民法院起诉。
H:第十三条 其他
P:13.1 本合同附件包括：设备技术规格书、定制开发需求说明、停线切换方案、备件清单及验收方案，附件与本合同具有同等效力。
P:13.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:日期：2025年　月　日
"""
S["z03"] = """
少儿足球培训门店预约及会员管理系统服务合同

合同编号：LY-IT-2025-041
甲方：上海绿茵少年足球培训有限公司
乙方：杭州球途科技有限公司

甲方在上海、苏州、杭州三地经营四十家青少年足球训练门店，拟使用乙方的“球途”课程预约及会员管理云服务（以下简称“本服务”），并由乙方完成实施上线。双方经协商，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方提供本服务，功能包括：学员档案及家长账户、课程排期与场地预约、课时包及会员卡管理、教练排班与考勤、微信小程序约课及缴费、门店经营报表。
（二）实施服务包括：四十家门店的开通配置、历史学员及课时数据迁移、小程序上线、收银及财务系统对接、门店店长及教练培训。
（三）服务期为两个服务年度，自上线验收合格之日起计算，每个服务年度为自起算日起至次年对应日前一日。
（四）服务期内乙方对平台进行的常规功能升级和安全补丁免费提供，不另收费；甲方提出的新增定制需求，由双方另行书面约定工作量和费用。
（五）本服务的账号数量不设上限，甲方总部及各门店员工、教练均可使用；家长端小程序不限使用人数。

二、费用及支付
（一）订阅费按门店计收，每家门店每个服务年度6,800元，四十家门店每个服务年度合计272,000元，两个服务年度合计544,000元。
（二）一次性实施费96,000元。
（三）本合同总价为640,000元（含税）。
（四）支付方式：
1. 实施费在上线验收合格后十五个工作日内一次性支付；
2. 每个服务年度的订阅费在该服务年度开始后三十日内支付；
3. 甲方在服务期内新增门店的，按每店每个服务年度6,800元按月折算计费。
（五）第二个服务年度的订阅费与第一个服务年度相同，服务期内不作调整。
（六）门店关闭或迁址的，甲方可书面通知乙方停用该门店账号，自次月起按月折算核减订阅费，核减部分在下一期付款中抵扣。
（七）乙方应在收款前开具增值税专用发票。

三、实施与上线验收
（一）乙方应在合同签订后四十五日内完成全部门店的开通和数据迁移，并提交上线验收申请。
（二）上线验收标准：
1. 四十家门店全部开通，学员、课时余额及会员卡数据与甲方原始台账逐条核对一致；
2. 约课、签到、消课、退费流程在每家门店实际测试通过；
3. 小程序缴费与甲方财务系统日对账无差异；
4. 报表数据与抽查门店的手工统计一致；
5. 二百名家长同时约课时，页面响应不超过2秒。
（三）乙方应为每家门店店长及教练提供不少于两课时的现场或线上培训，并提供操作视频和常见问题手册；甲方总部管理员另行安排一天集中培训。
（四）甲方应在收到申请后七日内组织验收并签署验收单；门店开始使用或甲方支付款项不视为验收合格。
（五）乙方未按期完成上线验收的，每逾期一日向甲方支付500元违约金。

四、服务水平
（一）乙方承诺本服务的月度可用率不低于99.5%，计划内维护应安排在每日22:00至次日6:00之间，并提前三日通知甲方。
（二）故障分级及响应：
1. 一级故障（全部门店无法约课或缴费）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，当日内恢复；
3. 三级故障（一般问题及咨询）：一个工作日内答复。
故障恢复后，乙方应在三个工作日内提交书面故障报告，说明原因及改进措施。
（三）月度可用率未达到承诺的，每低0.1个百分点，乙方按当月订阅费的5%给予服务抵扣，单月抵扣不超过当月订阅费的50%；一级故障超出恢复时限的，每超出一小时抵扣300元。
（四）乙方每月向甲方提供服务报告，列明可用率、故障及处理情况。
（五）乙方提供7×24小时服务热线及在线工单，并指定一名客户成功经理负责日常对接，每季度与甲方召开一次服务回顾会。
（六）乙方应每日备份甲方数据，备份至少保留三十日，并每半年进行一次恢复演练，演练结果书面告知甲方。

五、数据
（一）甲方及学员、家长在本服务中录入或产生的数据（包括学员身份信息、训练记录、体测数据及消费记录）归甲方所有。
（二）甲方同意，乙方可对上述数据进行去标识化处理后，用于青少年体育培训行业分析及乙方产品改进，该使用权在本合同终止后继续有效。
（三）乙方应按网络安全等级保护第二级以上要求运营平台，数据存储于中国境内，对未成年人个人信息单独加密存储并实行最小授权访问；发生数据泄露的，乙方应在2小时内通知甲方并配合处置，因乙方原因造成的损失由乙方承担。
（四）合同终止后三十日内，乙方应按甲方要求导出全部数据并交付甲方，随后删除其保存的数据并出具书面说明。

（五）甲方有权每个服务年度对乙方的数据安全措施进行一次检查，或要求乙方提供第三方出具的安全测评报告，乙方应予配合。

六、保密
双方对履约中知悉的对方商业信息、学员及家长信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内有效。

七、知识产权
（一）平台软件的知识产权归乙方。
（二）乙方为甲方定制的课时包规则、报表模板及小程序页面设计归甲方所有，甲方可自行修改或委托第三方使用。
（三）乙方保证本服务及交付内容不侵犯第三方的知识产权，因此引起的索赔由乙方负责处理并承担费用，甲方因此受到的损失由乙方赔偿。

八、续期
服务期届满前三十日，任何一方未书面提出不续期的，本合同自动续期一个服务年度；续期时乙方可根据市场情况上调订阅费，上调幅度不超过8%，以乙方书面通知为准。

九、分包
乙方不得将本合同项下的实施或运维工作分包给第三方，确需分包的须事先取得甲方书面同意。经同意分包的，乙方仍对分包部分向甲方承担全部责任，分包方应遵守本合同的数据及保密约定。

十、违约及解除
（一）乙方严重违约，或连续两个月可用率低于承诺值，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方退还未履行期间的订阅费。
（二）甲方逾期付款超过三十日的，乙方可书面催告后暂停服务，但不得删除甲方数据。
（三）任何一方违约给对方造成损失的，应予赔偿。
（四）合同解除或终止的，乙方应按第五条第（四）项交付数据，并协助甲方在三十日内完成向其他系统的迁移，迁移期间本服务照常提供。

十一、甲方义务
（一）甲方应指定项目负责人，按时提供门店清单、历史数据及对接所需的财务系统接口文档。
（二）甲方应按乙方提供的配置规范维护门店、课程及价格信息，因甲方录入错误导致的数据问题由甲方负责更正，乙方应提供必要协助。
（三）甲方应妥善保管管理员账号和密码，因甲方员工泄露账号造成的损失由甲方自行承担。
（四）甲方应确保其收集学员及家长个人信息已取得监护人的同意。

十二、法律适用及争议解决
本合同适用中华人民共和国法律。争议提交上海仲裁委员会仲裁。

十三、其他
本合同附件为服务功能清单、门店清单及上线验收方案。本合同一式两份，双方各执一份，自签字盖章之日起生效。

甲方（盖章）：上海绿茵少年足球培训有限公司
乙方（盖章）：杭州球途科技有限公司
日期：2025年　月　日
"""
S["z04"] = """
造血干细胞捐献者资料库管理系统运维服务合同

合同编号：NJHSZ-YW-2025-08
甲方：南江省红十字会（中华骨髓库南江省分库）
乙方：南江启辰信息技术有限公司

为保障造血干细胞捐献者资料库管理系统（以下简称“系统”）安全稳定运行，甲方委托乙方提供系统年度运维服务。双方根据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。

第一条 服务范围
（一）系统范围：捐献者登记及资料管理、HLA分型数据管理、检索配型、再动员及采集流程管理、志愿者服务管理、短信及小程序服务，以及与中华骨髓库总库的数据交换接口。
（二）运维内容：日常监控与巡检、故障处理、数据库维护及备份、安全加固与漏洞修复、系统小版本升级、用户支持、等级保护测评配合及重大活动保障。
（三）服务期自2025年7月1日起至2026年6月30日止。服务期届满本合同终止，不自动续期；甲方如需继续采购，按政府采购程序另行办理。
（四）下列事项不属于本合同服务范围：新增业务功能的开发、硬件设备的采购、因甲方或第三方原因造成的数据损坏的恢复（乙方应协助，费用另议）。乙方发现系统存在需要开发解决的问题时，应书面告知甲方并提出建议方案。

第二条 服务费用及支付
（一）运维服务费总额为人民币486,000元（含税），包括驻场运维人员费用、远程支持、备品备件、工具软件及差旅等全部费用。
（二）服务费按季度支付。每季度结束后，甲方依据第五条的季度考核结果，在十五个工作日内支付当季服务费121,500元；考核扣款从当季服务费中直接扣除。
（三）本合同不设预付款。乙方应在每次付款前开具合法发票。

第三条 服务人员
（一）乙方派驻两名运维工程师在甲方办公场所驻场，工作时间为工作日8:30至17:30；节假日及采集高峰期实行值班制度。
（二）驻场人员应具备数据库和网络安全相关资质，经甲方面试同意后上岗，未经甲方书面同意不得更换。
（三）乙方另设二线技术支持团队，为驻场人员提供远程支撑，二线人员参与处理时同样须通过甲方堡垒机操作。
（四）驻场人员应遵守甲方的考勤、保密及机房管理制度，甲方认为驻场人员不能胜任的，乙方应在五个工作日内更换。

第四条 服务水平
（一）系统月度可用率不低于99.95%，计划内维护须提前三个工作日报甲方批准，并安排在夜间进行，不计入不可用时间。
（二）故障分级及时限：
1. 一级故障（系统整体不可用、检索配型中断或与总库数据交换中断）：15分钟内响应，2小时内恢复；
2. 二级故障（部分功能不可用）：30分钟内响应，8小时内恢复；
3. 三级故障（一般问题）：2小时内响应，三个工作日内解决。
（三）乙方每日完成数据库备份，每周进行一次异地备份，每季度进行一次恢复演练。
（四）乙方每月提交运维月报，每季度提交巡检报告及安全评估报告。
（五）在世界骨髓捐献者日、集中采样活动及紧急配型检索期间，乙方应提前制定保障方案，安排专人现场值守，确保系统及短信服务正常。
（六）乙方应建立运维工单台账，记录每一次故障、变更和用户请求的处理过程，台账随月报提交甲方，甲方可随时查阅。

第五条 考核及扣款
（一）甲方每季度按运维考核细则对乙方进行考核，考核内容包括可用率、故障处理时限、巡检及备份执行、文档提交及用户满意度。
（二）月度可用率每低于承诺值0.01个百分点，扣减当季服务费1,000元；一级故障每超出恢复时限一小时，扣减2,000元；二级故障每超出恢复时限一小时，扣减500元。
（三）乙方未按计划完成季度巡检或恢复演练的，每次扣减3,000元。

第六条 验收
（一）每季度考核即为该季度服务的阶段验收，甲方出具季度考核表。
（二）服务期满后，甲方组织年度验收。验收标准为：全年各季度考核合格；运维文档、配置清单、账号及权限清单完整交接；全年发现的高危漏洞全部修复；配合完成等级保护测评并取得测评报告。
（三）乙方提交的报告或甲方支付季度费用均不视为年度验收合格。年度验收不合格的，乙方应在十五日内整改。
（四）年度验收合格后，甲方出具书面验收意见，乙方方可撤离驻场人员。

第七条 数据安全
（一）系统中捐献者身份信息、联系方式、HLA分型结果及全部业务数据属于甲方所有，乙方不得以任何方式将其用于本合同以外的目的。
（二）乙方人员只能在甲方机房或经甲方审批的堡垒机上操作，禁止将数据导出、拷贝或通过互联网传输至甲方环境之外；需使用测试数据的，由甲方提供经脱敏处理的数据。
（三）乙方应遵守《个人信息保护法》《数据安全法》及网络安全等级保护第三级要求，对驻场人员进行安全培训并签署个人保密承诺。
（四）发生数据泄露、篡改、丢失或安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部赔偿责任，并承担因此产生的监管处罚。

第八条 甲方义务
（一）甲方负责提供机房、网络、驻场办公场所及必要的系统账号，并及时审批乙方的变更和维护申请。
（二）甲方应指定运维管理联系人，参与月度运维例会，对乙方提交的报告在十个工作日内提出意见。
（三）系统硬件设备及基础软件的原厂维保由甲方另行采购，乙方负责协调原厂工程师到场处理。

第九条 保密
乙方及其人员对履约中知悉的捐献者信息、患者检索信息及甲方其他非公开信息负有保密义务，不得向任何第三方披露。保密义务不因合同终止而解除。乙方人员离场时应交回全部门禁卡、账号及资料，由甲方核销其访问权限。

第十条 知识产权
乙方在服务中为甲方编写的运维脚本、配置文档、巡检报告及应急预案的知识产权归甲方所有，甲方可自由使用和修改。乙方自有的运维工具软件知识产权仍归乙方，乙方应在服务期内免费提供甲方使用。

第十一条 分包
乙方不得将本合同项下的服务全部或部分分包或转包给第三方，亦不得以劳务派遣等方式变相分包驻场工作。

第十二条 违约责任
（一）乙方未按约定时间完成年度安全加固、系统升级或等级保护整改任务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方驻场人员擅自离岗或未经同意更换的，每人每日扣减服务费800元。
（三）乙方未按时完成故障恢复的，除按第五条扣款外，还应承担因此给甲方造成的直接损失。
（四）甲方逾期付款的，按逾期金额的万分之三每日支付违约金。

第十三条 合同解除
乙方严重违反本合同，或连续两个季度考核不合格，或发生因乙方原因导致的重大数据安全事件的，甲方有权书面通知解除合同，乙方应退还未履行期间的服务费并赔偿损失。合同解除或期满时，乙方应在十日内完成全部交接，并协助新的服务商平稳过渡。

第十四条 法律适用及争议解决
本合同适用中华人民共和国法律。发生争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
本合同附件为运维服务清单、运维考核细则及驻场人员名单。本合同未尽事宜，双方可另行签订补充协议。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：南江省红十字会
乙方（盖章）：南江启辰信息技术有限公司
日期：2025年6月　日
"""
S["z05"] = """
# 匠链工坊生产追溯管理系统 软件许可及定制开发合同

（石家庄匠链软件科技有限公司 标准合同文本 V3.0）

合同编号：JL-HT-2025-0619

甲方（用户）：安新县苇韵芦苇画工艺品有限公司

乙方（服务商）：石家庄匠链软件科技有限公司

甲方为芦苇画生产企业，拟在其选料、裁切、熨烫、粘贴、装裱及包装各工序建立扫码追溯，乙方为专业工坊管理软件服务商。双方本着平等自愿的原则，就甲方购买“匠链工坊生产追溯管理系统”并委托乙方进行定制开发事宜，达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方提供“匠链工坊生产追溯管理系统”标准版软件使用许可一套，含服务器端一套、车间工位端三十个、手机管理端不限数量。许可为永久许可，仅限甲方在其安新县厂区内使用。

1.2 乙方根据甲方需求进行定制开发，内容包括：芦苇原料分级入库、裁切及熨烫工序扫码报工、粘贴工序按画稿分层计件、成品画作一物一码追溯、与甲方网店订单系统的对接。

1.3 乙方负责系统的安装部署、基础数据初始化及甲方操作人员培训。培训以集中授课方式进行，共两次，每次半天，培训对象为甲方管理员及各工序班组长。

1.4 本合同所称“工位端”指安装于车间电脑或平板上的客户端，每个工位端对应一个工作站点。甲方增加工位端的，按乙方当年报价另行购买。

1.5 定制开发的具体内容以乙方出具、甲方签字确认的《需求确认单》为准。需求确认单签字后甲方再提出变更的，乙方有权另行收费并顺延交付时间。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠链工坊生产追溯管理系统标准版软件许可（服务器端＋三十个工位端） | 268,000 |
| 2 | 定制开发（原料分级、工序报工、分层计件、一物一码、网店对接） | 96,000 |
| 3 | 安装部署、数据初始化及培训 | 26,000 |
| | 合计 | 390,000 |

2.1 合同总价为人民币叁拾玖万元整（¥390,000），含增值税。

2.2 扫码枪、标签打印机、服务器等硬件由甲方自行采购，不在本合同范围内。乙方可向甲方推荐硬件型号，硬件的质量及售后由硬件供应商负责。

2.3 乙方派员到甲方现场提供服务的差旅费用已包含在合同价款中，超出约定培训次数的现场服务，按每人每天一千二百元另行计费。

## 第三条 付款方式

3.1 本合同签订之日起五个工作日内，甲方向乙方支付合同总价的65%，即253,500元。乙方收到该笔款项后启动开发。

3.2 系统安装完成后五个工作日内，甲方支付合同总价的35%，即136,500元。乙方收到全部款项后向甲方开具增值税普通发票，甲方需要专用发票的应在付款前书面说明。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停开发、部署或服务。

## 第四条 交付

4.1 乙方应在收到3.1款所述款项后六十日内完成定制开发并在甲方现场安装系统。

4.2 因甲方未及时提供需求资料、硬件环境或配合人员导致工期延误的，交付时间相应顺延。

4.3 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

## 第五条 验收

5.1 乙方完成系统安装后通知甲方，系统安装完成即视为甲方验收合格。

5.2 甲方在安装完成后发现问题的，应通过乙方工单系统提交，乙方在后续版本中统一处理。

5.3 甲方开始使用系统的，视为对系统功能及质量无异议。

5.4 乙方交付的文档包括用户操作手册及管理员手册电子版，不包括源代码、数据库设计文档及接口开发文档。

## 第六条 免费维护期及年度服务

6.1 系统安装完成之日起六个月为免费维护期，免费维护期内乙方提供远程技术支持及缺陷修复。

6.2 免费维护期满后，甲方应购买乙方年度服务，年度服务费为软件许可费的25%，即每年67,000元，年度服务内容包括远程技术支持、缺陷修复及版本升级。未购买年度服务的，乙方不再提供任何支持及升级。

6.3 乙方在工作日9:00至17:00通过电话、远程桌面及工单系统提供技术支持，乙方将在合理时间内处理甲方提出的问题。

6.4 年度服务费按年预付，乙方在每个服务年度到期前三十日通知甲方续费，甲方应在到期前付清下一年度服务费。

6.5 因甲方自行修改系统配置、数据库或安装其他软件造成的故障，不属于免费维护及年度服务范围，乙方可按次收费处理。

## 第七条 知识产权

7.1 系统软件及其全部组件的知识产权归乙方所有。

7.2 乙方为甲方进行定制开发所产生的程序、源代码、数据模型、工序模板及相关文档，其知识产权均归乙方所有。甲方在许可范围内享有非独占的使用权，不得修改、反编译，不得提供给任何第三方使用。

7.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

7.4 甲方不得对系统进行复制、转售或出租，不得删除系统中的乙方版权标识；甲方违反本条约定的，乙方有权终止许可并要求甲方赔偿损失。

## 第八条 数据安全

8.1 甲方在系统中录入和产生的订单、客户、工序及计件数据归甲方所有，乙方不得用于本合同以外的目的。

8.2 系统部署在甲方自有服务器上。乙方远程维护须经甲方同意并使用甲方分配的账号，不得复制或带走甲方数据；乙方应对开发及维护过程中接触的数据采取必要的安全措施，因乙方原因造成数据泄露或丢失的，乙方承担相应赔偿责任。

8.3 甲方应自行做好服务器的日常备份及防病毒工作，乙方可提供备份设置指导。

8.4 乙方发现安全漏洞或数据异常时，应在二十四小时内通知甲方。

## 第九条 保密

双方对在合作中知悉的对方商业秘密、技术资料及客户信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 乙方对甲方的间接损失、利润损失及数据恢复费用不承担责任。

10.3 因不可抗力、网络运营商故障或第三方软件原因造成系统不能正常使用的，乙方不承担责任。

10.4 因甲方硬件、网络或操作不当造成的系统故障，不属于乙方责任，乙方可协助处理并收取服务费。

## 第十一条 合同解除

11.1 一方严重违约，经另一方书面通知后三十日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 甲方未按约定付款超过三十日的，乙方有权停止提供服务并解除合同。

11.3 合同解除的，已支付的软件许可费不予退还，定制开发费按已完成工作量结算。

## 第十二条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十三条 其他

13.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

13.2 双方往来通知以书面形式送达合同首页所列地址，或发送至双方指定的电子邮箱，发出后即视为送达。

13.3 本合同为乙方标准合同文本，双方另有约定的，以补充协议为准。

甲方（盖章）：安新县苇韵芦苇画工艺品有限公司　　　乙方（盖章）：石家庄匠链软件科技有限公司

日期：2025年　月　日
"""
S["e01"] = """
T:Software Licence and Services Agreement
P:Agreement No. BCW-ZS-2025-07
P:This Software Licence and Services Agreement (the "Agreement") is made between Zhoushan Haiyue Aquatic Products Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Dinghai District, Zhoushan, Zhejiang Province (the "Buyer"), and Bulusan Code Works Inc., a corporation organised under the laws of the Republic of the Philippines with its principal office in Sorsogon City, Sorsogon (the "Vendor").
P:The Vendor develops and licenses CatchLedger, a software product for raw-material intake, lot traceability, cold-store inventory and export documentation in seafood processing. The Buyer wishes to license CatchLedger for its processing plant and cold stores in Zhoushan and to engage the Vendor to configure, interface and deploy it. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the CatchLedger server application, database schema, plant-floor client and mobile inspection application in the version current at signature, together with all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, report templates, label layouts, interface programs and scripts that the Vendor prepares specifically for the Buyer under this Agreement, including their source code and documentation.
P:1.3 "Buyer Data" means all data entered into, generated by or processed by the Software in the Buyer's environment, including supplier, vessel, lot, temperature, customer and export data.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for its own business at its sites in the People's Republic of China, for up to sixty named users and twenty plant-floor terminals.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery. The Buyer may permit its affiliates and contractors to use the Software on its behalf.
P:2.3 The Software will be installed on servers owned and operated by the Buyer. No licence key will expire and no part of the Software will stop working for any reason other than a breach of Article 2.1 confirmed under Article 14.
H:Article 3 Services
P:3.1 The Vendor shall configure the Software to the Buyer's processes, build interfaces to the Buyer's ERP system, weighbridge and cold-store temperature loggers, migrate open lots and stock balances, and deploy the Software in the Buyer's data centre.
P:3.2 The Vendor shall train the Buyer's key users and administrators and provide user and administrator manuals in Chinese and English.
P:3.3 Each party shall appoint a project manager. The project managers shall meet every two weeks, keep minutes and agree any change to scope, time or price in a written change order before the change is carried out. The Buyer shall provide server capacity, network access, process owners and sample data on the dates in the project plan.
P:3.4 The Vendor shall complete the services within one hundred and twenty days after signature according to the project plan agreed at kick-off.
H:Article 4 Price and Payment
P:4.1 The Contract Price is CNY 1,030,000, made up of the Licence Fee of CNY 780,000, implementation services of CNY 214,000 and training of CNY 36,000. The Contract Price is fixed and includes all taxes, travel and expenses.
P:4.2 The Buyer shall pay: (a) 10% of the Contract Price within twenty days after signature and receipt of a correct invoice; (b) 55% after the Buyer signs the User Acceptance Test report; and (c) 35% after Final Acceptance.
P:4.3 Each payment is due within thirty days after receipt of a correct invoice. Payments are made in CNY by bank transfer.
H:Article 5 Acceptance
P:5.1 The Vendor shall deliver a test plan for the Buyer's approval at least three weeks before testing starts.
P:5.2 User Acceptance Testing is passed when every function in the functional specification has been demonstrated, every interface has exchanged production-like data without loss, migrated stock balances reconcile with the Buyer's records, and no Severity 1 or Severity 2 defect remains open.
P:5.3 After a production run of forty-five days without a Severity 1 defect, the Buyer shall confirm Final Acceptance in writing within ten days or state the defects preventing it. Installation, go-live, production use or payment does not by itself mean acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants for eighteen months from Final Acceptance that the Software and the Custom Deliverables will conform to the specification. During this warranty period the Vendor shall correct defects, supply updates and provide support free of charge.
P:6.2 Severity 1 means the Software is unavailable or lot traceability or export documentation cannot be produced. The Vendor shall respond to a Severity 1 defect within one hour, at any time, and work continuously until a workaround is in place. Severity 2 defects shall receive a response within two hours during business hours.
P:6.3 If the Vendor misses a Severity 1 response time, the Vendor shall pay CNY 600 for each hour or part of an hour of delay, which the Buyer may deduct from any amount due.
P:6.4 During the warranty period the Vendor shall keep the Software compatible with the supported versions of the operating system and database named in the specification and shall supply each new release together with its release notes and upgrade instructions.
P:6.5 After the warranty period the Buyer may order annual support. The annual support fee is 11% of the Licence Fee, that is CNY 85,800 per year, fixed for the first three years after the warranty period ends. Support is ordered by separate purchase order each year and does not renew automatically.
H:Article 7 Buyer Data and Security
P:7.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not copy, keep or use it for any other purpose.
P:7.2 The Vendor shall access the Buyer's systems only remotely through the Buyer's VPN with multi-factor authentication and with the Buyer's approval for each session, or on site under supervision. The Vendor shall not transfer Buyer Data outside the People's Republic of China.
P:7.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China as they apply to its work, notify the Buyer within twelve hours of any security incident affecting Buyer Data, cooperate in the response, and be liable for losses caused by its breach of this Article.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all rights in the Software.
P:8.2 All rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver the source code of the Custom Deliverables at Final Acceptance. The Buyer may use, modify and license them freely.
P:8.3 The Vendor shall defend the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights and pay any damages awarded.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement, and disclose it only to employees and advisers who need to know it and are bound by similar obligations.
P:9.2 This Article survives termination for three years.
H:Article 10 Delay
P:10.1 If the Vendor fails to complete the services by the date in Article 3.4 for reasons within its control, the Vendor shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to infringement claims under Article 8.3, breach of Articles 7 or 9, personal injury, fraud or wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.
P:13.2 If the Buyer terminates under Article 13.1 before Final Acceptance, the Vendor shall refund all amounts paid, and the Buyer shall return or destroy the Software.
P:13.3 On termination the Vendor shall return all Buyer Data and confirm in writing that it keeps no copies.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of the Philippines.
P:14.2 Any dispute arising out of this Agreement that the parties cannot settle by negotiation within thirty days shall be submitted to the courts of Sorsogon City, Philippines, which shall have exclusive jurisdiction.
H:Article 15 General
P:15.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.
P:15.2 Notices shall be in writing in English and sent to the addresses above. This Agreement may be amended only in writing signed by both parties.
P:15.3 This Agreement is signed in English in two originals, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""
S["e02"] = """
# ShiftTide Order Form and General Terms

Order Form No. TCS-OF-2025-118

**Provider:** Ticao Cloud Systems Corp., a corporation organised under the laws of the Republic of the Philippines, with its principal office at Quezon Street, Masbate City, Masbate ("Provider").

**Customer:** Guangzhou Nanyue Cold Chain Logistics Co., Ltd., a company organised under the laws of the People's Republic of China, with its registered office in Huangpu District, Guangzhou ("Customer").

This Order Form consists of Part A (Order Details) and Part B (General Terms). If the two parts conflict, Part A prevails.

## Part A - Order Details

**A1 Service.** ShiftTide workforce scheduling service, cloud edition, hosted in a data centre in the People's Republic of China, covering shift planning, time and attendance, leave requests, labour-cost forecasting, a mobile application for warehouse staff and an open API. Covered sites: Customer's nine cold-chain warehouses in Guangdong and Guangxi. Licensed users: up to 1,400 active employees and 60 planners.

**A2 Subscription Term.** Twenty-four months, consisting of two Subscription Years, starting on the date of Go-Live Acceptance under A4 (the "Subscription Start Date").

**A3 Fees.**

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Year 1 | 1,400 employees, 60 planners, all modules | 286,000 |
| Subscription Year 2 | same scope, same fee | 286,000 |
| Onboarding (configuration, data load, interfaces, training) | one-time | 38,000 |
| Total Fees | | 610,000 |

The fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within thirty days after receipt of a correct invoice. The onboarding fee is invoiced after Go-Live Acceptance and is payable within thirty days. No amount is payable before the Subscription Start Date. Additional employees above the licensed number are charged at CNY 210 per employee per Subscription Year, pro rata. All fees include VAT.

**A4 Onboarding and Go-Live Acceptance.** Provider shall configure the service to Customer's shift patterns, pay rules and leave policies, load employee master data, connect the service to Customer's HR system and door-access terminals, and train planners and administrators. Go-Live Acceptance occurs when Customer confirms in writing that (a) every configured pay rule has been tested against two past pay periods with no unexplained difference, (b) clock-in data from every warehouse is received within five minutes, (c) the HR interface has run daily for ten working days without error, and (d) no Severity 1 or Severity 2 defect remains open. Use of the service before that confirmation is not acceptance. Provider shall achieve Go-Live Acceptance within seventy-five days after signature; for each day of delay caused by Provider, Provider shall pay CNY 450, up to CNY 22,500 in total.

**A5 Renewal.** At the end of the Subscription Term this Order Form renews automatically for successive renewal terms of one Subscription Year each unless either party gives notice of non-renewal at least sixty days before the end of the current term. Provider may increase the fees for any renewal term by up to 9% by notice given at least seventy-five days before the renewal date.

**A6 Contacts and Signature.** Provider account manager: Ms. Liza Abellera. Customer contract owner: Mr. Chen Weiming, HR Operations. This Order Form takes effect on signature by both parties.

## Part B - General Terms

**1. Use of the Service**

1.1 Provider grants Customer and its affiliates a non-exclusive right to use the service during the Subscription Term for their internal business purposes.

1.2 Customer shall not resell the service, attempt to gain unauthorised access to it, or use it to store unlawful content. Customer is responsible for the accuracy of the data it enters.

**2. Service Levels**

2.1 Provider shall make the service available at least 99.95% of the time in each calendar month, excluding planned maintenance announced five days in advance and carried out between 01:00 and 05:00 China Standard Time.

2.2 If availability in a month falls below 99.95%, Customer receives a service credit of 5% of the monthly equivalent of the annual fee for each 0.1 percentage point or part of it below that level, up to half of that monthly equivalent. Credits are set off against the next invoice or refunded at the end of the term.

2.3 Provider shall respond to a Severity 1 incident (service unavailable, or clock-in data not received from any warehouse) within thirty minutes, at any time, and to a Severity 2 incident within two hours during business hours. For each hour by which a Severity 1 response is late, Customer receives a further credit of CNY 500.

2.4 Provider shall publish a monthly service report showing availability, incidents and credits.

2.5 Provider shall provide support in Chinese and English by telephone, e-mail and the customer portal. Support for Severity 1 incidents is available at all times; other support is available from 08:00 to 20:00 China Standard Time on working days.

2.6 Provider shall keep the service compatible with current versions of the major mobile operating systems and web browsers and shall announce changes that remove functions at least ninety days in advance.

**3. Customer Data**

3.1 All data submitted to the service by or for Customer, including employee personal information, attendance records and schedules ("Customer Data"), belongs to Customer. Provider shall use Customer Data only to provide the service to Customer and for no other purpose.

3.2 Provider shall store Customer Data only in the People's Republic of China, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for at least six months, and maintain an MLPS level-3 filing for the service.

3.3 Provider shall notify Customer of any security incident affecting Customer Data within twenty-four hours, cooperate in the investigation and in notifications to individuals and regulators, and bear the losses and costs caused by an incident for which it is responsible.

3.4 Within thirty days after the end of the Subscription Term Provider shall return Customer Data in a standard format and then delete it, confirming deletion in writing.

3.5 Provider shall allow Customer, once in each Subscription Year and on reasonable notice, to review the security measures described in section 3.2, or shall provide a current report from an independent assessor covering those measures.

**4. Subcontractors**

4.1 Provider may use subcontractors and subprocessors, including hosting providers and support partners, to perform any part of the service. Provider shall inform Customer of each new subcontractor by updating the list on its customer portal at least ten days before the subcontractor starts work. Provider remains responsible for the performance of its subcontractors.

**5. Intellectual Property**

5.1 Provider owns the service and its underlying software.

5.2 Shift templates, pay-rule configurations, reports and interface mappings created for Customer belong to Customer. Customer may use, modify and give them to any third party, including a successor provider, without restriction.

**6. Confidentiality**

6.1 Each party shall keep confidential the other party's non-public information received in connection with this Order Form, use it only for this Order Form and protect it with at least reasonable care. This obligation continues for three years after the end of the Subscription Term.

**6A. Customer Responsibilities**

6A.1 Customer shall appoint an administrator, keep user accounts current, remove accounts of employees who leave, and keep passwords secure.

6A.2 Customer shall provide the HR system interface documentation, shift rules and pay policies needed for onboarding on the dates in the onboarding plan. Delay in onboarding caused by Customer extends the period in A4 accordingly.

**7. Liability**

7.1 Neither party is liable for indirect or consequential loss.

7.2 Provider's total liability arising out of or in connection with this Order Form is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim. This limit does not apply to Provider's obligations under section 3, to personal injury or to fraud.

**8. Term and Termination**

8.1 This Order Form continues for the Subscription Term and any renewal term.

8.2 Customer may terminate this Order Form by written notice if Provider commits a material breach, including a failure to meet the availability level in section 2.1 in two consecutive months, and fails to remedy it within thirty days after notice. Provider may suspend the service if Customer fails to pay undisputed fees within sixty days after a reminder.

8.3 On termination for Provider's breach, Provider shall refund the prepaid fees for the remainder of the Subscription Year.

**9. Governing Law and Disputes**

9.1 This Order Form is governed by the laws of the People's Republic of China.

9.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

**10. General**

10.1 Neither party may assign this Order Form without the other party's written consent, except to an affiliate on notice.

10.2 Notices shall be in writing and sent to the contacts in A6. This Order Form is the entire agreement of the parties on its subject and may be changed only in writing signed by both parties.

For Provider: ____________________    For Customer: ____________________
"""
S["e03"] = """
T:Supply and Licence Contract for Cold-Room Monitoring Sensors
P:Contract No. WH-JK-2025-0088
P:Buyer: Wuhan Jiankang Pharmaceutical Distribution Co., Ltd., Dongxihu District, Wuhan, Hubei Province, People's Republic of China (the "Buyer").
P:Supplier: Maqueda Bay Instruments Inc., a corporation organised under the laws of the Republic of the Philippines, with its principal office in Catbalogan City, Samar (the "Supplier").
P:The Buyer operates three GSP-certified cold stores and wishes to replace its temperature recorders with wireless sensors and a monitoring system. After a comparison of offers, the Buyer has selected the Supplier. This Contract is made on the Buyer's standard terms.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 2.
P:1.2 "Software" means the Supplier's ColdWatch monitoring software, including the server application, web console, alarm module and mobile application, in the version current at delivery and all updates supplied under this Contract.
P:1.3 "Buyer Data" means all measurements, alarms, audit trails, user records and reports created or stored by the Equipment or the Software.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate under clause 5.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, calibrate and commission the Equipment, license the Software, support the Buyer's temperature mapping and validation, and train the Buyer's staff, at the following fixed prices:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, calibrated, with certificate|360|1,180|424,800
TB:2|Gateway with cellular backup|24|6,500|156,000
TB:3|Door-contact sensor|120|340|40,800
TB:4|ColdWatch monitoring software, perpetual licence, three sites|1|318,000|318,000
TB:|Hardware and Licence Subtotal|||939,600
TB:5|Installation, calibration and commissioning|1|126,400|126,400
TB:6|Temperature mapping and validation support|1|58,000|58,000
TB:7|Training|1|16,000|16,000
TB:|Contract Price|||1,140,000
P:2.2 The Contract Price includes delivery to the Buyer's sites, import duties, taxes, insurance, travel and all other costs of the Supplier. It is not subject to adjustment.
P:2.3 The Software licence is perpetual, non-exclusive and covers use by the Buyer and its affiliates at the three listed sites and at any replacement site in the People's Republic of China.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within twenty days after signature and receipt of an advance payment guarantee from a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 55% of the Contract Price after all Equipment has been delivered and installed at the three sites. Delivery and installation are not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price after Final Acceptance.
P:3.4 Each payment is due within thirty days after receipt of a correct VAT invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment within sixty days after signature and complete installation and commissioning at all three sites within forty-five days after delivery.
P:4.2 Installation shall be carried out without interrupting the Buyer's storage operations. The Supplier shall agree the sequence of work with each site manager and keep the existing recorders running until the new system is accepted.
P:4.3 If the Supplier is late in completing installation and commissioning, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:4.4 The Supplier shall provide at least three days of training at each site for warehouse supervisors and quality staff, and two days of administrator training at the Buyer's head office. Training materials shall be in Chinese.
P:4.5 With the Equipment the Supplier shall deliver calibration certificates traceable to national standards, installation drawings showing the position of every sensor, user and administrator manuals, and the validation documents the Buyer needs for GSP inspection.
P:4.6 The Supplier shall keep at each site a stock of spare sensors and one spare gateway during the warranty period and replace any spare used within ten days.
H:5. Acceptance
P:5.1 The Supplier shall propose an acceptance test plan within twenty days after signature for the Buyer's approval.
P:5.2 The acceptance criteria are: every sensor reports at the configured interval with no gap longer than the interval in the plan; measured values agree with a calibrated reference within the tolerance stated in the technical specification; alarms reach the duty phones by text message and call in every simulated failure, including power loss and network loss at a gateway; audit trails and electronic signatures meet the GSP requirements; and the temperature mapping report is approved by the Buyer's quality department.
P:5.3 After the criteria are met and the system has run for thirty consecutive days without a Severity 1 fault, the Buyer shall issue the acceptance certificate or state the reasons for refusal within ten working days. Installation, use of the system or payment does not mean acceptance.
H:6. Warranty and Support
P:6.1 The warranty period is twenty-four months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, correct Software defects, recalibrate sensors once per year and supply all Software updates free of charge.
P:6.2 Severity 1 means that alarms cannot be raised or received at any site, or that measurements from a cold room are lost. The Supplier shall respond to a Severity 1 fault within thirty minutes at any time and restore monitoring within eight hours, using spare sensors held at each site if needed.
P:6.3 For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay CNY 500, which the Buyer may deduct from any amount due.
P:6.4 After the warranty period the Buyer may order support for the Equipment and the Software at an annual fee of 7.5% of the Hardware and Licence Subtotal, that is CNY 70,470 per year. This fee is fixed for three years after the warranty period ends. Support is ordered each year by the Buyer and does not renew automatically.
P:6.5 The Supplier shall make spare parts and software support available for the Equipment and the Software for at least eight years after Final Acceptance and shall give the Buyer at least six months' notice before any model is withdrawn, with an offer of a compatible replacement.
H:7. Buyer Data and Security
P:7.1 Buyer Data belongs to the Buyer. The Supplier shall not use Buyer Data for any purpose other than performing this Contract.
P:7.2 The Software shall be installed on the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session and is made through the Buyer's VPN with multi-factor authentication; sessions are logged.
P:7.3 The Supplier shall not copy Buyer Data outside the Buyer's systems, shall report any security incident affecting Buyer Data to the Buyer within six hours, shall cooperate in the response, and is liable for the losses caused by its breach of this clause.
H:8. Intellectual Property
P:8.1 The Supplier retains the rights in the Software and in the firmware of the Equipment.
P:8.2 Configurations, alarm rules, report templates and interface programs prepared for the Buyer under this Contract belong to the Buyer. The Supplier shall deliver them with their source files, and the Buyer may use, modify and license them freely.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the non-public information received from the other party under this Contract, including the Buyer's site layouts, customers, stock levels and quality records, and shall use it only for this Contract.
P:9.2 This clause survives the end of this Contract for three years.
H:10. Liability
P:10.1 Each party's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to breach of clauses 7 or 9, personal injury, fraud or wilful misconduct.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after notice, or if delay damages reach their maximum.
P:12.2 On such termination the Supplier shall refund the amounts paid for Equipment and services not accepted and remove uninstalled Equipment at its own cost.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan. The award is final.
H:14. General
P:14.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly.
P:14.2 The Supplier shall comply with the Buyer's site rules on safety, hygiene and access to temperature-controlled areas, and its staff shall wear the protective clothing provided by the Buyer when working in cold rooms.
P:14.3 Notices shall be in writing and sent to the addresses above. Changes to this Contract are valid only if made in writing and signed by both parties.
P:14.4 This Contract is signed in English and Chinese; both versions have equal effect. Annex 1 is the technical specification and Annex 2 the acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
S["e04"] = """
# Managed IT Services Agreement

Agreement No. TFT-SZ-2025-03

This Managed IT Services Agreement (the "Agreement") is made between:

**Shenzhen Huaxin Precision Electronics Co., Ltd.**, a company organised under the laws of the People's Republic of China, with its registered office in Bao'an District, Shenzhen, Guangdong Province (the "Customer"); and

**Tinago Falls Technologies Corp.**, a corporation organised under the laws of the Republic of the Philippines, with its principal office in Calbayog City, Samar, acting in China through its Shenzhen representative team (the "Provider").

The Customer wishes to outsource its IT service desk, end-user device support and server monitoring for its headquarters and factories, and the Provider has offered to provide these services on the terms below.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer confirms in writing that the transition under section 3 is complete.

1.3 "Term" means thirty-six months from the Service Commencement Date.

1.4 "Customer Data" means all data of the Customer and its employees that the Provider receives or can access in performing the Services, including tickets, device inventories, user accounts and files on supported devices.

## 2. Services

2.1 The Provider shall provide the Services to the Customer's sites and users listed in Schedule 1 throughout the Term, to the service levels in Schedule 2.

2.2 The Provider shall provide the Services with qualified staff who speak Mandarin and English. The Provider shall keep a named service delivery manager and at least four on-site engineers at the Customer's headquarters during business hours.

2.3 The Provider shall follow the Customer's IT policies, change-management procedure and site rules, as notified to it in writing from time to time.

2.4 The Customer shall give the Provider's staff the access to sites, systems and tools they need, and shall tell the Provider in advance of planned changes that affect the Services.

## 3. Transition and Service Acceptance

3.1 The Provider shall carry out the transition within sixty days after signature. Transition includes taking over the existing ticket history, building the knowledge base, documenting all supported systems, setting up monitoring and shadowing the current support team.

3.2 The transition is complete, and the Customer shall confirm the Service Commencement Date, when: (a) all sites and device groups in Schedule 1 are covered by monitoring; (b) the knowledge base contains articles for the fifty most frequent request types, approved by the Customer; (c) the Provider has handled tickets alone for ten working days and met the service levels in Schedule 2; and (d) the escalation procedure has been tested for a Priority 1 incident. Starting to handle tickets is not acceptance.

3.3 If the transition is not complete within sixty days for reasons attributable to the Provider, the Provider shall pay CNY 1,600 for each day of delay, up to CNY 80,000, and shall continue the transition at no extra charge.

## 4. Charges and Payment

4.1 The Customer shall pay the charges in Schedule 3. The Total Contract Value is CNY 2,390,000.

4.2 The monthly service charge is invoiced monthly in arrears, after the Customer has approved the monthly service report. The transition fee is invoiced after the Service Commencement Date. No amount is payable in advance.

4.3 Invoices are payable within thirty days after receipt. Service credits under Schedule 2 are deducted from the next invoice.

4.4 The charges are fixed for the Term. Changes in the number of users or devices within the bands in Schedule 3 do not change the charges.

## 5. Service Levels and Credits

5.1 The Provider shall meet the response and resolution times in Schedule 2 in every month.

5.2 If the Provider misses a service level, the Customer receives the service credits in Schedule 2. Service credits are a price adjustment for the reduced service and do not limit the Customer's other rights.

5.3 The Provider shall send a monthly service report on the fifth working day of each month, showing ticket volumes, performance against each service level, credits due, open problems and improvement actions. The parties shall review the report in a monthly service meeting.

## 6. Customer Data

6.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to perform the Services and shall not use it for any other purpose.

6.2 At the end of the Term, or earlier at the Customer's request, the Provider shall return all Customer Data in its possession and delete any copies.

## 7. Confidentiality

7.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, including the Customer's product designs, customer lists, network information and passwords, and shall use it only for this Agreement.

7.2 Each party may disclose such information only to its employees and advisers who need to know it and are bound by confidentiality obligations at least as strict as this section. This section continues for three years after the end of this Agreement.

## 8. Intellectual Property

8.1 Knowledge-base articles, runbooks, scripts, configuration records and reports prepared by the Provider for the Customer belong to the Customer, which may use, modify and hand them to any third party, including a successor provider.

8.2 The Provider keeps the rights in its own tools and methods used to deliver the Services, and grants the Customer a free licence to use any of them embedded in the deliverables above.

## 9. Subcontracting

9.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the acts and omissions of approved subcontractors.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value. The limit does not apply to personal injury, fraud, wilful misconduct or breach of section 7.

## 11. Term and Termination

11.1 This Agreement starts on signature and continues until the end of the Term. It may be extended only by a written agreement signed by both parties.

11.2 This Agreement is a fixed-term commitment. Neither party may terminate it before the end of the Term. If the Provider fails to perform, the Customer's remedies are the service credits under Schedule 2, delay payments under section 3.3 and damages under section 10; the Customer may also require the Provider to prepare and carry out a remediation plan within thirty days.

11.3 In the last four months of the Term the Provider shall cooperate with the Customer and any successor provider in an orderly exit, including handing over tickets, documentation and access credentials.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen. The award is final and binding.

## 13. General

13.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effect.

13.2 Notices shall be in writing and sent to the addresses above. Changes to this Agreement must be in writing and signed by both parties.

## Schedule 1 - Services and Sites

| Service | Scope | Sites |
|---|---|---|
| Service desk | Telephone, chat and portal support in Mandarin and English, 07:00-23:00 every day | All sites |
| End-user device support | Desktops, laptops, printers and mobile devices, about 1,350 users | Bao'an headquarters, Guangming factory, Huizhou factory |
| Server and network monitoring | Monitoring, patching and backup checks for 86 servers and core switches | Bao'an data room, Huizhou data room |
| Account administration | Joiners, movers and leavers, password resets, access requests | All sites |
| Asset management | Device inventory, lifecycle records, disposal coordination | All sites |

## Schedule 2 - Service Levels and Credits

| Priority | Definition | Response | Resolution | Credit if missed |
|---|---|---|---|---|
| Priority 1 | Production line systems, e-mail or network down at a site | 15 minutes | 3 hours | CNY 2,000 per incident, plus CNY 500 per further hour |
| Priority 2 | Function degraded or a group of users affected | 30 minutes | 8 hours | CNY 800 per incident |
| Priority 3 | Single user affected | 2 business hours | 2 business days | CNY 100 per incident |
| Customer satisfaction | Monthly survey average at least 4.2 out of 5 | - | - | 2% of the monthly service charge |

Total service credits in a month are limited to one fifth of the monthly service charge.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Service Commencement Date | 86,000 |
| Monthly service charge | up to 1,450 users and 95 servers, per month | 64,000 |
| Monthly service charge for the Term | 36 months x 64,000 | 2,304,000 |
| Total Contract Value | | 2,390,000 |
"""
S["e05"] = """
MARINE WEATHER DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. PSW-XM-2025-014

PARTIES

This Subscription Agreement (the "Agreement") is made between Xiamen Haixiang Ocean Shipping Co., Ltd., a company organised under the laws of the People's Republic of China, with its registered office in Huli District, Xiamen, Fujian Province (the "Customer"), and Pacific Seaboard Weather Data Inc., a corporation organised under the laws of the Republic of the Philippines, with its principal office in Borongan City, Eastern Samar (the "Provider").

BACKGROUND

The Provider operates a network of coastal stations and wave buoys along the Pacific coast of Samar and produces tropical cyclone tracks and wind, wave and sea-state forecasts for the western Pacific and the South China Sea. The Customer operates a fleet of bulk carriers and feeder container vessels and wishes to use the Provider's data in its voyage planning and in its fleet operations centre. The parties agree as follows.

1. DEFINITIONS

1.1 "Data Service" means the Provider's MarineCast data feeds and application programming interface (API) described in clause 2, including forecasts, observations, cyclone advisories and historical archives.

1.2 "Service Start Date" means the date of Integration Acceptance under clause 4.

1.3 "Subscription Year" means each of the two consecutive annual periods making up the Subscription Term. The first Subscription Year starts on the Service Start Date and ends on the day before its first anniversary; the second starts on that anniversary and ends on the day before the second anniversary.

1.4 "Subscription Term" means the two Subscription Years.

1.5 "Customer Query Data" means the vessel positions, routes, schedules, cargo information and other data that the Customer sends to the Data Service, and the results returned for them.

2. THE DATA SERVICE

2.1 The Provider shall provide the following during the Subscription Term: (a) gridded wind, wave, swell and current forecasts at 0.1 degree resolution, updated every six hours, for ten days ahead; (b) tropical cyclone advisories and forecast tracks, updated every three hours and every hour when a cyclone is within 500 nautical miles of a Customer vessel; (c) route weather queries returning forecast conditions along a planned route; and (d) access to the historical archive from 2005 onwards for voyage analysis.

2.2 The Data Service is delivered through the API and through a web map for up to forty named users in the Customer's fleet operations centre and on board its vessels.

2.3 The Customer may use the data for its own operations, for its vessels, and in reports to charterers, insurers and authorities about its own voyages. The Customer shall not resell the raw data feeds or offer them as a service to third parties.

3. FEES AND PAYMENT

3.1 The fees are:
- Subscription fee for the first Subscription Year: CNY 348,000;
- Subscription fee for the second Subscription Year: CNY 348,000;
- Integration and set-up fee, one-time: CNY 24,000.
The total fees for the Subscription Term are CNY 720,000. The fees include all taxes and are fixed for the Subscription Term.

3.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within thirty days after receipt of a correct invoice. The integration and set-up fee is invoiced after Integration Acceptance. No amount is payable before the Service Start Date.

3.3 API calls above 600,000 per month are charged at CNY 0.02 per call, invoiced quarterly in arrears. The Provider shall warn the Customer when usage reaches four fifths of the monthly allowance.

4. INTEGRATION AND ACCEPTANCE

4.1 Within forty-five days after signature the Provider shall set up the Customer's API accounts, deliver the data feeds in the formats agreed in the integration plan, adapt its route-query output to the Customer's voyage planning software, and train the Customer's operations staff.

4.2 Integration Acceptance occurs when the Customer confirms in writing that: (a) all feeds have been received on schedule for fourteen consecutive days; (b) forecast data for twenty test routes agrees with the Provider's published charts; (c) the voyage planning software imports route results without manual correction; and (d) cyclone advisories reach the Customer's duty officers within ten minutes of publication. Test use of the data is not acceptance.

4.3 If Integration Acceptance is delayed beyond forty-five days after signature for reasons attributable to the Provider, the Provider shall pay CNY 520 for each day of delay, up to CNY 26,000.

5. SERVICE LEVELS

5.1 The Provider shall make the API available at least 99.95% of the time in each calendar month, excluding planned maintenance notified three days in advance.

5.2 Each forecast cycle shall be published within ninety minutes after its nominal time.

5.3 Severity 1 means the API is unavailable, or cyclone advisories are not being delivered. The Provider shall respond to a Severity 1 incident within eight business hours after the Customer reports it. Other incidents shall receive a response within two business days.

5.4 If monthly availability falls below the level in clause 5.1, the Customer receives a credit of 5% of the monthly equivalent of the annual subscription fee for each 0.1 percentage point or part of it below that level, up to half of that monthly equivalent. If a forecast cycle is published late more than three times in a month, the Customer receives a further credit of 3% of that monthly equivalent. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

5.5 The Provider shall send a monthly report on availability, publication times and incidents.

6. CUSTOMER QUERY DATA AND SECURITY

6.1 Customer Query Data belongs to the Customer. The Provider may use Customer Query Data only to provide the Data Service to the Customer and shall not use, analyse or disclose it for any other purpose, including in aggregated or anonymised form.

6.2 The Provider shall host the Data Service for the Customer in a data centre in the People's Republic of China, encrypt Customer Query Data in transit and at rest, limit access to named operations staff, keep access logs for at least six months, and carry out a security test of the API at least once in each Subscription Year.

6.3 The Provider shall notify the Customer of any security incident affecting Customer Query Data within twenty-four hours, take immediate steps to contain it, cooperate in any investigation, and be liable for the losses caused by an incident for which it is responsible.

6.4 Within thirty days after the end of the Subscription Term the Provider shall delete all Customer Query Data and confirm deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 The Provider owns the Data Service, its models and the data it supplies. The Customer receives the right to use the data as described in clause 2.3, and may keep and use data received during the Subscription Term for its own records after the end of the Subscription Term.

7.2 The route-query adapter, data mappings and scripts developed for the Customer under clause 4.1 belong to the Customer. The Provider shall deliver them with source code, and the Customer may use, modify and license them freely.

8. WARRANTIES

8.1 The Provider warrants that it has the right to supply the data, that the data is produced with the skill and care of a professional marine forecasting service, and that the Data Service does not infringe any third party's rights.

8.2 Forecasts are estimates. The Customer remains responsible for navigation decisions made by its masters.

9. LIABILITY

9.1 Neither party is liable for indirect or consequential loss, except in the case of fraud or wilful misconduct.

9.2 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 3.1. The limit does not apply to breach of clause 6, to infringement claims or to personal injury.

10. SUBCONTRACTING AND ASSIGNMENT

10.1 The Provider shall not subcontract the hosting or delivery of the Data Service without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

10.2 Neither party may assign this Agreement without the other party's written consent.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the Subscription Term. Any extension requires a new written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice. Availability below the level in clause 5.1 in three months of any Subscription Year is a material breach.

11.3 If the Customer terminates under clause 11.2, the Provider shall refund the fees paid for the remainder of the current Subscription Year.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen. The award is final and binding on both parties.

13. GENERAL

13.1 Neither party is liable for failure to perform caused by force majeure, provided it notifies the other party promptly. Damage to the Provider's own observation stations by a typhoon is not force majeure for the delivery of forecasts, which the Provider shall maintain from other sources.

13.2 Notices shall be in writing and sent to the addresses above. This Agreement is the entire agreement of the parties and may be changed only in writing signed by both parties.

SIGNATURES

For the Customer: ____________________
For the Provider: ____________________
"""

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
OK = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
          buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
          prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
          post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")

# key: (file, lang, category, term overrides, extra overrides, fee base (itemised licence/hardware), forum outside
# mainland, design rules)
D = {
 "z01": ("h726z01_united_front_tongxin_service_platform.pdf", "zh", "software",
         dict(sla_remedy=False, subcontract_without_consent=True, prepayment_pct=20, warranty_months=24,
              post_warranty_fee_pct=9), dict(contract_value=1318000), 620000, False,
         ["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"]),
 "z02": ("h726z02_dice_factory_moulding_drilling_line_retrofit.docx", "zh", "hardware",
         dict(p1_response_hours=1, ld_rate_per_day_pct=None, liability_cap_pct=60, prepayment_pct=20,
              warranty_months=36, post_warranty_fee_pct=8), dict(contract_value=1342000, ld_stated=False), 1090000,
         False, ["CR-LD-MISSING", "CR-LIABILITY-CAP"]),
 "z03": ("h726z03_youth_football_chain_booking_saas.txt", "zh", "cloud",
         dict(availability_pct=99.5, buyer_owns_data=False, ld_rate_per_day_pct=500 / 640000 * 100,
              final_payment_on_acceptance=None, auto_renewal_price_increase=True, contract_kind="service"),
         dict(contract_value=640000), None, False, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
 "z04": ("h726z04_marrow_donor_registry_system_om_service.txt", "zh", "services",
         dict(availability_pct=99.95, p1_response_hours=0.25, final_payment_on_acceptance=None,
              contract_kind="service"), dict(contract_value=486000), None, False, []),
 "z05": ("h726z05_reed_painting_workshop_tracking_supplier_template.md", "zh", "software",
         dict(p1_response_hours=None, sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=0.02,
              prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
              post_warranty_fee_pct=25, subcontract_without_consent=None, governing_law=None),
         dict(contract_value=390000, sla_clause=False, acceptance_deemed_on_delivery=True), 268000, False,
         ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
          "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
 "e01": ("h726e01_seafood_traceability_licence_sorsogon_vendor.pdf", "en", "software",
         dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=10,
              warranty_months=18, post_warranty_fee_pct=11, governing_law="Philippines"),
         dict(contract_value=1030000), 780000, True, ["CR-GOVERNING-LAW"]),
 "e02": ("h726e02_workforce_scheduling_saas_order_form_masbate_vendor.md", "en", "cloud",
         dict(availability_pct=99.95, ld_rate_per_day_pct=450 / 610000 * 100, liability_cap_pct=6 / 24 * 100,
              final_payment_on_acceptance=None, auto_renewal_price_increase=True, subcontract_without_consent=True,
              contract_kind="service"), dict(contract_value=610000), None, False,
         ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
 "e03": ("h726e03_cold_room_sensors_monitoring_catbalogan_supplier.docx", "en", "hardware",
         dict(liability_cap_pct=200, prepayment_pct=10, warranty_months=24, post_warranty_fee_pct=7.5),
         dict(contract_value=1140000), 939600, False, []),
 "e04": ("h726e04_managed_it_services_36_months_calbayog_provider.md", "en", "services",
         dict(p1_response_hours=0.25, data_security_clause=False, ld_rate_per_day_pct=1600 / 2390000 * 100,
              liability_cap_pct=150, final_payment_on_acceptance=None, termination_for_breach=False,
              contract_kind="service"), dict(contract_value=2390000), None, False,
         ["CR-DATA-SECURITY", "CR-TERMINATION"]),
 "e05": ("h726e05_marine_weather_data_api_borongan_provider.txt", "en", "cloud",
         dict(availability_pct=99.95, p1_response_hours=8, confidentiality=False,
              ld_rate_per_day_pct=520 / 720000 * 100, liability_cap_pct=150, final_payment_on_acceptance=None,
              contract_kind="service"), dict(contract_value=720000), None, False,
         ["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def label(key):
    name, lang, cat, tov, eov, fee_base, outside, design = D[key]
    t = dict(OK)
    t.update(tov)
    goods = t["contract_kind"] == "goods_or_licence"
    e = {"sla_clause": True, "ld_stated": True}
    if goods:
        e["post_warranty_fee_capped"] = True
    e["acceptance_deemed_on_delivery"] = False
    e.update(eov)
    e = {k: e[k] for k in ["sla_clause", "ld_stated", "post_warranty_fee_capped", "acceptance_deemed_on_delivery",
                           "contract_value"] if k in e}
    return {"file": name, "language": lang, "category": cat, "expected_terms": {k: t[k] for k in KEYS},
            "expected_extra": e}


def tco_share(lab, fee_base):
    t, e = lab["expected_terms"], lab["expected_extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None \
            or not e.get("post_warranty_fee_capped") or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * fee_base * years
    return fees / (e["contract_value"] + fees) * 100


def derive(lab, fee_base, outside):
    """My reading of policy section 3, applied to the label."""
    t, e = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
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
        if t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(lab, fee_base)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low" if not rules or all(x in LOW for x in rules) else "medium"


# thresholds: written as figures in a text (the scan) and as label values
TH = [
    r"(?<![\d.])99\.9(?!\d)", r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![十])", r"千分之零点五",
    r"(?<![\d.])4\s*(?:hours?\b|hrs?\b|h\b|小时|个小时)", r"(?<![\w-])four[\s-]*(?:\(4\)\s*)?(?:business\s*)?hours?",
    r"(?<![十二三])四\s*个?小时",
    r"(?<![\d.])(?:30|15|40|100)(?:\.0+)?\s*(?:%|％|per\s*cent|percent)",
    r"百分之(?:三十|十五|四十)(?![一二三四五六七八九点])", r"百分之一?百(?![一二三四五六七八九零点])",
    r"(?<![\w-])(?:thirty|fifteen|forty|one\s*hundred)\s*(?:\(\d+\)\s*)?(?:per\s*cent|percent)",
    r"(?<![\d.])12\s*-?\s*months?", r"(?<![\d.])12\s*个月", r"十二个月", r"(?<![\w-])twelve[\s-]*(?:\(12\)\s*)?"
    r"(?:calendar\s*)?months?", r"(?<![\w-])one[\s-]year(?!s)", r"(?<![\d.])1[\s-]*year(?!s)", r"(?<![\d.])1\s*年(?!度)",
    r"(?<![第每十])一年(?!度|级)",
    r"(?<![\d.])5[\s-]*years?", r"(?<![\w-])five[\s-]*(?:\(5\)\s*)?years?", r"(?<![十二三四五六七八九第])五年",
    r"(?<![\d.])5\s*年(?!度)",
]
RX = re.compile("|".join("(?:%s)" % p for p in TH), re.I)
MUST_HIT = ["99.9%", "within 4 hours", "4小时内响应", "四小时", "four hours", "0.05%", "万分之五", "30%", "30 %",
            "百分之三十", "15%", "百分之十五", "40%", "100%", "百分之百", "12 months", "12个月", "十二个月",
            "twelve months", "twelve (12) months", "one year", "one-year", "1 year", "质保期一年", "5 years",
            "five years", "五年", "fifteen per cent", "thirty percent", "40.0%"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "二十四小时", "十四小时", "0.055%", "万分之五十", "130%", "3.0%", "30.5%",
             "115%", "1.5%", "百分之三十五", "百分之二十五", "百分之十五点五", "200%", "2025年12月", "112 months",
             "24个月", "第一年", "每一年", "服务年度", "年度", "25 years", "2025年", "Subscription Years", "二十五年",
             "0.5", "14 hours", "twenty-four hours", "one years"]


def values_off_threshold(lab, fee_base):
    t = lab["expected_terms"]
    for k, v in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                 ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                 ("post_warranty_fee_pct", 15)]:
        assert t[k] is None or abs(t[k] - v) > 1e-9, (lab["file"], k)
    s = tco_share(lab, fee_base)
    assert s is None or abs(s - 40) > 2, (lab["file"], s)
    return s


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
    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s))
    targets = {}
    for key, d in D.items():
        name = d[0]
        if name.endswith((".docx", ".pdf")):
            targets[key] = (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(S[key].strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
    write({k: S[k] for k in targets}, targets, OUT, wrap_words=True)
    fired = set()
    mix = {"compliant": [], "one_rule": [], "two_three": [], "many": []}
    for key, d in D.items():
        name, lang, fee_base, outside, design = d[0], d[1], d[5], d[6], d[7]
        lab = label(key)
        rules = derive(lab, fee_base, outside)
        assert rules == sorted(design), (key, rules, design)
        lab["expected_rules"] = rules
        share = values_off_threshold(lab, fee_base)
        fired |= set(rules)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(form)
            assert not m, (key, m.group(0), form[max(0, m.start() - 40):m.end() + 40])
        lv = risk(rules)
        print("%s %-62s %5d %-6s %s%s" % (key, name, n, lv, ", ".join(r[3:] for r in rules) or "(none)",
                                          "" if share is None else "  TCO share %.2f %%" % share))
        mix["compliant" if not rules else "one_rule" if len(rules) == 1 else
            "two_three" if len(rules) <= 3 else "many"].append(key)
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    assert sorted(mix["compliant"]) == ["e03", "z04"], mix
    assert mix["one_rule"] == ["e01"] and mix["many"] == ["z05"] and len(mix["two_three"]) == 6, mix
    assert 8 <= len(D["z05"][7]) <= 10
    print("all checks passed; rules covered:", len(fired))


if __name__ == "__main__":
    main()
