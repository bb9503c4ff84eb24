"""holdout885: builds the ten draft contracts (sources below), writes their .json labels and asserts the checks of
the brief (lengths, thresholds, rules derived from the labels by my reading of policy §3, coverage).
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市教育局营地教育基地管理平台采购合同
P:合同编号：JYJ-ZFCG-2027-0419
P:采购项目：营地教育基地管理平台（政府采购公开招标项目）
P:甲方（采购人）：某市教育局
P:乙方（供应商）：某数智教育科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，按甲方合同文本订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供营地教育基地管理平台软件许可（含基地管理、研学课程、营员报名、安全巡查、评价统计五个子系统），并完成定制开发、数据对接、部署实施和培训。
P:1.2 定制开发内容包括：基地预约与容量调度模块、研学课程资源库、营员安全风险预警模块、家校通知小程序，以及与市教育数据中心、学籍系统和统一身份认证平台的接口。
P:1.3 平台部署于甲方指定的政务云环境，乙方负责安装、配置、联调和上线保障，部署方案以甲方书面确认的版本为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币2,250,000元（大写：贰佰贰拾伍万元整），含税，包括：平台软件许可费1,180,000元；定制开发费760,000元；数据对接费214,000元；部署实施及培训费96,000元。
P:2.2 上述价款为固定总价，已包含乙方履行本合同所需的全部费用，除本合同另有约定外，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额发票后15个工作日内，甲方支付合同总价的20%，即450,000元。
P:3.2 平台上线并通过初步验收后，甲方支付合同总价的45%，即1,012,500元。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即787,500元。
P:3.4 甲方按政府采购资金支付程序付款，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后90日内完成平台部署和定制开发并提交初步验收申请，初验后进入90日试运行期。
P:4.2 乙方应按周向甲方报送项目进度，重大事项应于2个工作日内书面报告。
P:4.3 乙方应组建不少于8人的项目团队，项目经理须具有同类平台实施经验，未经甲方书面同意不得更换；甲方认为项目人员不能胜任的，乙方应在5个工作日内更换。
P:4.4 乙方应为甲方及各营地基地管理人员提供不少于6场集中培训，并提供操作视频和培训教材，确保各基地管理员能够独立完成日常操作。
P:4.5 乙方应在合同签订后10个工作日内向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
H:第五条 验收
P:5.1 初步验收标准：招标文件技术需求和定制开发需求清单全部实现；与数据中心、学籍系统、统一身份认证平台接口联调通过，数据比对一致；在500个并发用户下，页面平均响应时间不超过2秒；通过第三方软件测评机构的功能、性能和安全测试。
P:5.2 最终验收标准：试运行期内未发生一级故障，二级故障均在约定时限内处理完毕；全部文档、源代码和操作手册已移交；网络安全等级保护测评通过。
P:5.3 平台上线、试运行或甲方实际使用，均不视为验收合格。乙方提交的验收文档应包括需求跟踪矩阵、测试报告、部署手册、运维手册、用户手册和接口说明书，文档不齐全的，甲方有权拒绝组织验收。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、远程和现场技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过106,200元，该价格自质保期满起三个年度内不上调。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%（计划内维护除外，计划内维护须提前3个工作日经甲方同意）。
P:7.2 故障分为三级。一级故障（平台整体不可用或营员安全预警功能失效）：乙方30分钟内响应，2小时内到达现场，6小时内恢复；二级故障：2小时内响应，24小时内解决；三级故障：2个工作日内解决。
P:7.3 乙方未按时响应或恢复的，每超时一小时，甲方从维护费或履约保证金中扣除1,000元；月度可用率每低于承诺值0.01个百分点，扣除2,000元。
H:第八条 知识产权
P:8.1 平台软件的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方及其所属学校和营地基地。
P:8.2 本合同定制开发的模块、接口程序及其源代码、文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发。
H:第九条 数据安全与数据归属
P:9.1 平台中的营员、学生、教师和基地数据均归甲方所有。乙方仅为履行本合同之目的处理上述数据，不得用于其他任何目的，不得向第三方提供。
P:9.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》，落实访问控制、加密存储、操作审计和最小授权要求；运维访问须经甲方审批并通过堡垒机进行。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、学生信息及系统配置负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 乙方应与参与本项目的全部人员签订保密协议，并对其人员的泄密行为承担责任。
P:10.3 保密义务不因本合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:11.2 乙方交付的平台不符合约定、经整改仍不合格的，甲方有权解除合同，乙方应退还已付款项并赔偿损失。
P:11.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的60%为限，但因乙方故意或数据安全事件造成的损失除外。
H:第十二条 分包
P:12.1 乙方不得将本项目转包，也不得将本项目的任何部分分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除本合同。
P:13.2 合同解除后，乙方应移交已完成的成果和全部甲方数据，并配合甲方完成数据迁移。
P:13.3 因乙方原因解除合同的，甲方有权没收履约保证金，并另行委托第三方完成剩余工作，由此增加的费用由乙方承担。乙方应在合同解除后15日内撤出其部署在政务云上的临时账号和工具。
H:第十四条 法律适用与争议解决
P:14.1 本合同的订立、履行和解释适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响一方应及时通知对方并提供证明，可根据影响程度延期履行或部分免除责任。
H:第十六条 其他
P:16.1 本合同附件包括招标文件、投标文件、中标通知书和技术需求清单，与本合同具有同等效力。
P:16.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：某市教育局        乙方（盖章）：某数智教育科技有限公司
"""

Z02 = """T:花洒生产线控制系统改造合同
P:合同编号：HS-GZ-2027-036
P:甲方：某卫浴洁具有限公司花洒制造厂
P:乙方：某工业自动化工程有限公司
P:甲方因花洒生产线自动化升级需要，委托乙方对冲压、抛光、电镀前处理和装配共四条生产线的控制系统实施改造。双方经友好协商，订立本合同。
H:一、改造范围
P:（一）乙方负责四条生产线的控制柜更换、伺服驱动及触摸屏升级、工业网关部署，以及生产数据采集软件和组态监控软件的安装、配置与调试。
P:（二）乙方负责编写或修改PLC控制程序、上位机监控画面和设备联锁逻辑，并与甲方现有MES系统对接，实现工单下发、产量和不良品数据回传。
P:（三）改造须在甲方安排的停线窗口内分线实施，每条线停线时间不超过10日，不得影响其他生产线运行。
P:（四）改造后各生产线应满足以下技术要求：伺服定位精度±0.02毫米以内；换型时间由现行的40分钟缩短到15分钟以内；设备状态、产量、不良品和能耗数据每5秒采集一次，并在车间看板实时显示。
H:二、工期安排
P:（一）乙方应在合同生效后20日内完成现场勘察和改造方案，经甲方书面确认后组织设备采购。
P:（二）设备应在方案确认后45日内到货，到货时乙方应提供装箱单、合格证和出厂检测报告，由双方共同清点。
P:（三）四条生产线的改造应在设备到货后60日内全部完成并具备验收条件。
H:三、双方义务
P:（一）甲方负责提供停线窗口、施工用电、设备存放场地和必要的工艺资料，并指定一名项目联系人。
P:（二）乙方应遵守甲方厂区安全生产和环保管理制度，施工人员须经安全培训后方可进场，动火、高处和带电作业须办理审批手续。因乙方施工造成人身伤害或财产损失的，由乙方承担责任。
P:（三）乙方应在改造期间每日向甲方项目联系人报告施工进度和次日计划，每周召开一次现场协调会，会议纪要经双方签字后作为工程记录存档。
P:（四）乙方应在质保期内为甲方储备常用备件，保证备件供应期自验收之日起不少于八个年度。
H:四、合同价款
P:（一）本合同总价为人民币1,770,000元，含税，明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含PLC、I/O模块）|8套|584,000
TB:2|伺服驱动器及电机|36套|367,200
TB:3|工业触摸屏|16台|102,400
TB:4|工业网关及交换机|12台|96,400
TB:5|生产数据采集软件许可|1套|226,000
TB:6|组态监控软件许可（4站点）|1套|164,000
TB:|软硬件小计||1,540,000
TB:7|安装调试|1项|128,000
TB:8|PLC程序及画面定制|1项|86,000
TB:9|操作及维护培训|1项|16,000
TB:|合计||1,770,000
P:（二）上述价格为固定价格，包括运输、保险、安装、调试和税费。
H:五、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款。
P:（二）全部设备到货并完成安装调试后，甲方支付合同总价的55%。到货、安装或调试完成均不构成验收。
P:（三）系统通过最终验收后，甲方支付合同总价的35%。
H:六、验收
P:（一）每条生产线改造完成后连续试生产15日，节拍达到每分钟18件，设备联锁和急停功能测试全部通过，数据采集准确率经抽检无差错，方可申请该线验收。
P:（二）单线验收时，乙方应提交该线的调试记录、I/O点表核对记录、联锁测试记录和试生产统计数据，由甲方生产部、设备部和质量部共同签字确认。
P:（三）四条线全部通过单线验收，且与MES对接数据连续10日比对一致后，由甲方组织最终验收并签署验收报告。
P:（四）未经验收甲方提前使用的，不视为验收合格。验收不合格的，乙方应在10日内整改。
H:七、质保与维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件故障由乙方免费维修或更换。
P:（二）质保期满后，乙方提供年度维保服务，维保费按软硬件小计的26%每年计取，即每年400,400元，质保期满后四个年度内按此价格执行，不再上调。
P:（三）维保服务包括季度巡检、备件更换、程序维护和软件升级。每次巡检后乙方应提交巡检报告，列明设备运行状况、隐患和处理建议。
P:（四）质保期内更换的部件，其质保期自更换之日起重新计算，但不短于原质保期的剩余期限。
H:八、服务响应
P:（一）一级故障（整条生产线停机）：乙方1小时内响应，3小时内到场；二级故障（单台设备异常）：2小时内响应，次日内修复；三级故障（数据显示或报表异常）由乙方远程处理，3个工作日内解决。
P:（二）乙方未按时响应或到场的，每超时一小时，扣除800元，从维保费或质保金中扣减。
P:（三）乙方应提供7×24小时服务电话，并指定一名熟悉本项目的工程师作为固定联系人。质保期和维保期内，乙方每季度到厂巡检一次，对控制柜、伺服系统和网关进行检查、除尘和紧固，并对PLC程序进行备份。
H:九、知识产权
P:（一）设备内嵌软件及标准软件的知识产权归原权利人。
P:（二）乙方为甲方编写的PLC程序、上位机画面、联锁逻辑及对接程序的源文件归甲方所有，甲方有权自行修改和使用，乙方应在验收时完整移交。
H:十、数据安全
P:（一）生产线运行数据、工艺参数和产量数据归甲方所有，乙方不得复制、留存或用于本合同以外的目的。
P:（二）乙方远程维护须经甲方批准并通过甲方提供的专用通道进行；乙方应采取防病毒和访问控制措施，因乙方原因导致数据泄露或生产系统被攻击的，乙方承担全部赔偿责任。
H:十一、保密
P:乙方对甲方的工艺配方、产品图纸、产能及客户信息承担保密义务，保密期限至合同终止后五年。
H:十二、违约责任
P:（一）乙方逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:（二）因乙方原因造成甲方停线超出约定时间的，乙方应赔偿甲方由此产生的直接损失。
P:（三）乙方提供的设备或软件存在质量缺陷，经两次维修仍不能正常使用的，乙方应免费更换同型号或更高配置的新品。
P:（四）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十三、分包
P:乙方不得转包。电气布线等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:十四、合同解除
P:乙方严重违约且在甲方书面通知后15日内未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
H:十五、争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交佛山仲裁委员会仲裁。
H:十六、其他
P:（一）乙方应在最终验收时向甲方移交以下资料：电气原理图和接线图、PLC程序及上位机画面源文件、设备说明书、参数设置表、备件清单和操作维护手册，资料应为纸质版和电子版各一套。
P:（二）合同履行中如需变更改造内容，双方应签订书面变更协议，明确变更内容、价款和工期调整。
P:（三）因不可抗力导致合同不能按期履行的，受影响一方应及时通知对方，并在10日内提供证明，工期相应顺延。
P:（四）双方应遵守廉洁从业规定，乙方不得向甲方工作人员提供回扣、礼金或其他不正当利益，违反的，甲方有权解除合同。
P:（五）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：                乙方（盖章）：
"""

Z03 = """溯溪培训门店预约与会员管理系统服务合同

合同编号：SX-IT-2027-008
甲方：某户外溯溪培训连锁有限公司（下称“甲方”，在全国经营40家溯溪培训门店）
乙方：某云联软件服务有限公司（下称“乙方”）

甲方拟为旗下40家门店统一部署线上预约、会员和课程管理系统。乙方以软件即服务（SaaS）方式提供“溪行”预约与会员管理系统，并负责实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方40家门店开通预约与会员管理系统，包括课程排期、线上预约、会员储值与次卡、教练排班、装备租赁、保险登记、营销活动和经营报表等功能。
2. 系统提供门店端、教练端、总部管理后台和会员微信小程序。
（二）实施服务
1. 乙方负责系统配置、40家门店的数据迁移（会员档案、剩余课次、储值余额）、小程序页面定制、与甲方财务系统及保险平台的接口开发。
2. 乙方负责对门店店长、前台和教练进行培训，每家门店不少于2场。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起计算，第二个服务年度紧接第一个服务年度。
（二）服务期满前60日内，任何一方未书面提出不再续期的，本合同自动续期一个服务年度，续期次数不限。续期年费由乙方按届时公布的标准价格确定，乙方有权在续期时上调年费，并于续期前30日通知甲方。
（三）本合同所称服务年度，指自起算日起至次年对应日前一日止的期间。

三、合同价款
（一）本合同总价为人民币976,000元，包括：
1. 订阅服务费：每家门店每个服务年度9,800元，40家门店每个服务年度合计392,000元，两个服务年度合计784,000元；
2. 实施费（配置、数据迁移、小程序定制和接口开发）：168,000元；
3. 培训费：24,000元。
（二）服务期内门店数量增加的，新增门店按同一单价按月折算计费；门店关闭的，自关闭次月起相应减少订阅服务费，但每个服务年度减少的门店不超过5家。

四、付款方式
（一）实施费和培训费在系统上线验收合格后15个工作日内一次性支付。
（二）订阅服务费按服务年度支付，甲方在每个服务年度开始后15个工作日内支付该服务年度的订阅服务费。
（三）乙方应在每次付款前开具合法有效的增值税专用发票。
（四）乙方应指定专职客户经理和实施顾问，实施期间驻场不少于20个工作日，上线后第一个月每周回访门店使用情况。
（五）服务期内系统功能的常规升级不另行收费；甲方另行提出的新功能开发需求，双方另行协商价格。

五、实施与验收
（一）乙方应在合同签订后50日内完成全部40家门店的配置、数据迁移和接口开发，并提交上线验收申请。
（二）验收标准：
1. 合同约定功能全部可用，小程序定制页面与甲方确认的设计稿一致；
2. 迁移后的会员人数、剩余课次和储值余额与甲方原系统逐户核对一致；
3. 在2,000名会员同时在线时，预约下单响应时间不超过2秒；
4. 与财务系统和保险平台的接口连续7日数据核对无差异。
（三）验收由甲方组织，合格后签署上线验收单。系统开通或门店试用不视为验收合格。
（四）上线采取分批方式：先在3家试点门店试运行10日，试点门店运行正常并经甲方确认后，其余门店分两批上线。每批上线前，乙方应完成该批门店的数据核对和人员培训。
（五）验收不合格的，乙方应在7日内完成整改并重新申请验收，整改期间不计入服务期。

六、服务水平
（一）乙方保证系统每月可用率不低于99.5%，计划内维护应安排在凌晨1点至5点之间，并提前3日通知甲方。
（二）故障分级与响应：
1. 一级故障（系统整体不可用、无法预约或支付）：乙方30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级故障（一般问题咨询）：1个工作日内答复。
（三）服务补偿：当月可用率未达到承诺值的，乙方按该月对应订阅服务费的5%向甲方提供服务补偿；一级故障超过约定恢复时间的，每超时一小时另补偿1,000元。补偿从下一期订阅服务费中抵扣。

七、数据归属与数据安全
（一）甲方及会员在系统中产生的会员信息、预约记录、交易数据和经营数据归甲方所有。
（二）甲方同意，乙方可以对上述数据进行脱敏和汇总处理后，用于乙方产品改进、算法训练以及发布户外运动行业分析报告，该使用权在本合同终止后继续有效。
（三）乙方应将数据存储于中国境内的数据中心，采取加密存储、访问控制、操作日志审计和异地备份措施，并通过网络安全等级保护三级测评。
（四）发生数据泄露等安全事件的，乙方应在2小时内通知甲方并采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此向会员承担的赔偿和受到的行政处罚。
（五）乙方应每日对甲方数据进行全量备份，备份数据保留不少于30日；甲方需要恢复数据的，乙方应在2个工作日内完成。
（六）合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后删除乙方留存的数据。

八、知识产权
（一）系统平台的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、接口程序及相关文档的知识产权归甲方所有，甲方可自行或委托他人修改和使用。

九、保密
双方对在履行本合同过程中知悉的对方商业秘密、经营数据和会员信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至本合同终止后三年。

十、违约责任
（一）乙方未按第五条约定期限提交上线验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日，按逾期金额的万分之三支付违约金。
（三）乙方违反数据安全和保密义务的，应赔偿甲方全部损失。

十一、分包
乙方不得将本合同项下的实施服务转包或分包；确需将短信通知等辅助服务交由第三方提供的，应事先取得甲方书面同意。

十二、合同解除
（一）一方严重违约，经对方书面催告后15日内仍未改正的，守约方有权解除本合同。
（二）连续两个月可用率未达到承诺值的，甲方有权解除本合同，乙方应退还未履行期间的订阅服务费。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

十四、服务终止后的配合
（一）本合同终止或期满不续期的，乙方应在终止后60日内继续保持系统只读访问，供甲方查询和导出历史数据。
（二）乙方应配合甲方或甲方指定的第三方完成数据迁移，并提供数据字典和字段说明，不得以任何理由拒绝或拖延。
（三）会员剩余课次和储值余额的明细数据应在终止当日由双方核对确认，作为甲方后续服务的依据。

十五、通知与联系人
双方指定的联系人负责日常沟通，通知以书面形式或电子邮件发送至对方指定地址即视为送达。一方变更联系人或联系方式的，应提前5个工作日书面通知对方。

十六、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

Z04 = """渔业局避风港船只动态监控系统运维服务合同

项目编号：YYJ-CS-2027-05（竞争性磋商）
甲方（采购人）：某市海洋与渔业局
乙方（成交供应商）：某海事信息技术有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就避风港船只动态监控系统运维服务事宜，经协商一致，订立本合同。

第一条 服务范围
1. 运维对象为甲方避风港船只动态监控系统，包括：6个避风港的岸基雷达站、AIS基站、高清视频监控点共84个、北斗船载终端数据接入平台、监控指挥中心大屏系统及船只动态监控软件。
2. 服务内容包括：日常巡检（监控中心每日一次，各避风港前端设备每月一次）、故障处理、软件维护和数据库维护、台风等极端天气期间的保障值守、前端设备的清洁与防腐处理、运行数据统计和月度运维报告。
3. 乙方应在监控指挥中心派驻不少于3名驻场工程师，工作日8:00至20:00驻场，其余时间远程值守；台风预警期间实行24小时现场值守。

第二条 服务期限
1. 服务期自2027年1月1日起至2027年12月31日止。
2. 服务期满后本合同终止，不自动续期。甲方如需继续采购运维服务，应按政府采购规定另行组织采购。

第三条 合同价款与支付
1. 本合同运维服务费总额为人民币638,000元（含税），包括人工费、备品备件费、差旅费、工具仪表费及税费。单价超过5,000元的大型部件更换费用另行报甲方审批。
2. 本合同不设预付款。运维服务费按季度支付，每季度结束后经甲方季度考核合格，甲方在15个工作日内支付该季度服务费159,500元。
3. 季度考核扣款从当季服务费中扣减。
4. 乙方应在每次付款前开具增值税普通发票。因乙方发票不合格导致付款延迟的，甲方不承担逾期付款责任。
5. 服务费为固定价格，服务期内不因人工、材料价格变化而调整。

第四条 服务水平
1. 监控软件平台和数据接入平台的月度可用率不低于99.95%；前端雷达站和AIS基站的在线情况纳入季度考核。
2. 乙方应建立运维工单系统，所有故障报修、巡检发现的问题和变更操作均应登记工单，记录发现时间、响应时间、处理过程和恢复时间，甲方可随时查询。
3. 故障分级与响应时限：
（1）一级故障（监控平台中断、两个以上避风港数据中断或台风期间任何前端中断）：乙方20分钟内响应，1小时内到达现场，3小时内恢复；
（2）二级故障（单个雷达站、AIS基站或10个以上视频点位中断）：1小时内响应，8小时内恢复；
（3）三级故障（单个视频点位或一般功能异常）：24小时内处理完毕。
4. 考核扣款：一级故障每超时一小时扣除1,500元；二级故障每超时一小时扣除500元；平台月度可用率每低于承诺值0.01个百分点扣除1,000元。

第五条 考核与验收
1. 甲方按季度对乙方服务进行考核，考核内容包括：巡检计划完成率、故障处理及时率、运维报告和工单记录的完整性、驻场人员到岗情况。考核得分低于80分的，为考核不合格，乙方应在10日内整改。
2. 服务期满前，甲方组织年度验收，验收标准为：全年四个季度考核均合格；所有故障工单均已闭环；设备台账、巡检记录、运维报告完整移交；系统运行状态不低于服务开始时的交接状态。
3. 乙方应于服务开始前5日内与原运维单位完成交接，交接清单由三方签字确认。
4. 乙方应每月5日前提交上月运维报告，内容包括设备运行统计、故障工单及处理情况、巡检发现的问题和整改建议、备品备件消耗情况；每季度提交一次系统安全检查报告。

第六条 人员与备件
1. 乙方应配备项目负责人1名、驻场工程师不少于3名、雷达及通信专业工程师不少于2名，人员名单及资质证明报甲方备案。驻场人员变更须提前10日书面通知甲方并经甲方同意。
2. 乙方应在本市设立备件库，储备雷达、AIS基站、视频摄像机、交换机和服务器的常用备件，备件清单报甲方备案，确保一级故障所需备件可在2小时内送达现场。
3. 甲方负责提供驻场办公场所、必要的网络接入和工作证件，协调港口管理单位为乙方巡检提供通行便利，并及时支付服务费用。
4. 乙方应建立台风季应急保障预案，台风预警发布后2小时内完成全部前端设备的加固检查，并安排抢修队伍随时待命。

第七条 数据安全
1. 系统中的船只位置、船籍、船员、视频和雷达数据均属于甲方，乙方仅可为履行本合同运维义务而访问，不得复制、留存、对外提供或用于其他任何目的。
2. 乙方应遵守《中华人民共和国网络安全法》《中华人民共和国数据安全法》和甲方的网络安全管理制度，运维操作须通过甲方堡垒机进行，严禁私自接入外部网络和移动存储介质。
3. 乙方发现数据泄露、系统入侵或其他安全事件的，应在30分钟内报告甲方，并配合开展调查处置。因乙方原因发生安全事件的，乙方承担全部法律责任并赔偿甲方损失。
4. 乙方驻场和远程运维人员应签署保密承诺书，人员名单报甲方备案。
5. 乙方应定期对系统进行漏洞扫描和安全加固，每季度至少一次，扫描发现的高危漏洞应在7日内完成修复；乙方应配合甲方开展网络安全检查和攻防演练。
6. 服务期满或合同解除时，乙方应交回全部账号、口令、门禁卡和存储介质，并书面确认未留存任何甲方数据。

第八条 保密
乙方对履约中接触的渔船管理信息、监控点位布设、系统账号和网络拓扑等负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。

第九条 知识产权
乙方在运维过程中为甲方编写的脚本、配置文件、运维报告、操作手册及数据统计成果归甲方所有，甲方有权自由使用和修改。

第十条 违约责任
1. 乙方未按约定时间完成交接进场，或未按运维计划完成季度巡检和整改的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
2. 乙方驻场人员缺岗的，每人每日扣除600元。
3. 因乙方维护不当导致设备损坏的，乙方应负责修复或按原价赔偿；因乙方原因导致监控数据丢失的，乙方应负责恢复并承担由此产生的费用。
4. 连续两个季度考核不合格的，甲方有权解除合同。

第十一条 分包
乙方不得将本合同项下服务转包或分包给第三方。

第十二条 合同解除
乙方严重违反本合同约定，经甲方书面通知后7日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿由此造成的损失。合同解除的，乙方应在10日内完成交接，移交全部资料和账号。

第十三条 不可抗力
因台风、地震等不可抗力导致设备损毁的，乙方应在条件允许后立即开展抢修，抢修所需的大型部件费用由甲方另行承担。不可抗力影响期间，乙方应尽力保障监控指挥中心和重点避风港的系统运行，并每日向甲方报告设备受损和抢修进展情况。受不可抗力影响的一方应在影响消除后5日内向对方提供书面说明，双方据此协商考核和扣款的调整。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。争议处理期间，乙方不得停止运维服务，双方应继续履行本合同中不存在争议的部分。

第十五条 其他
本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。磋商文件、响应文件和成交通知书为本合同组成部分。

甲方（盖章）：                      乙方（盖章）：
"""

Z05 = """# 软件许可及定制开发合同

**窑迹®工序追溯系统 · 标准合同文本（2026版）**

合同编号：YJ-2027-0117

- 甲方（买方）：某绞胎瓷艺术工作室
- 乙方（卖方）：某窑迹软件科技有限公司

本合同为乙方标准合同文本。甲方向乙方采购窑迹®工序追溯系统软件许可及定制开发服务，双方经平等协商，订立本合同。

## 第一条 产品与服务内容

1.1 乙方向甲方提供窑迹®工序追溯系统标准版软件许可一套（含10个用户），功能包括：坯体编号与二维码标签、工序流转登记、胎泥库存、成品入库和统计报表。

1.2 乙方按甲方需求提供以下定制开发：

- 绞胎工序看板：记录练泥、绞揉、拉坯、修坯、施釉、烧成各工序的操作人、时间和照片；
- 胎泥配比记录模块：记录每批绞胎泥的色泥种类、配比和陈腐天数，并与坯体编号关联；
- 窑温曲线采集接口：对接甲方两台电窑和一台气窑的温控仪，自动采集烧成曲线；
- 作品档案与证书模块：为每件成品生成包含工序记录的电子档案和收藏证书。

1.3 乙方负责系统安装、基础数据初始化和操作培训。培训共计3次，每次不超过半天，培训对象为甲方指定的工作室管理人员和工序登记人员，培训地点在甲方工作室。

1.4 软件标准功能以乙方产品说明书为准，定制功能以双方确认的需求说明书为准，未列明的功能不属于本合同交付范围。

1.5 系统运行所需的服务器、网络设备、平板电脑、扫码枪和标签打印机由甲方自行采购，乙方可提供选型建议。乙方提供的软件版本为签约时的最新正式版本。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 窑迹®工序追溯系统标准版软件许可（10用户） | 168,000 |
| 2 | 定制开发（工序看板、配比记录、窑温接口、作品档案） | 236,000 |
| 3 | 安装实施及培训 | 36,000 |
| | 合计 | 440,000 |

合同总价为人民币440,000元（含税）。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即286,000元。乙方收到该款项后开始定制开发。

3.2 系统安装上线后5个工作日内，甲方支付合同总价的35%，即154,000元。

3.3 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金，乙方有权暂停服务直至甲方付清款项。

## 第四条 交付与上线

4.1 乙方在收到首期款项后75个工作日内完成定制开发并安装上线。因甲方未及时提供需求资料、场地或设备条件的，交付期限相应顺延。

4.2 乙方完成安装后，向甲方发出上线通知。系统安装上线之日即视为甲方验收合格。

4.3 甲方在上线后提出的需求变更，由双方另行协商，费用另计。

4.4 乙方交付的内容包括：软件安装程序及授权文件、定制功能模块、用户操作手册（电子版）和培训课件。定制开发的需求以甲方签字确认的需求说明书为准，需求说明书确认后，甲方要求调整的，按变更处理。

4.5 甲方应在乙方发出上线通知后3个工作日内安排人员开始使用系统。甲方未按时使用的，不影响上线日期的认定。

## 第五条 维护服务

5.1 乙方自系统上线之日起提供六个月免费维护服务，内容包括软件缺陷修复和远程技术支持。

5.2 免费维护期内，甲方发现系统故障的，可通过电话或微信通知乙方，乙方将在收到通知后尽快安排技术人员处理。

5.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方届时公布的价格标准收取。

5.4 因甲方操作不当、自行修改系统、停电或硬件故障造成的问题，不属于免费维护范围。

5.5 需要乙方派员到甲方现场处理的，差旅费用由甲方承担，按实际发生额结算。

5.6 乙方发布的新版本是否提供给甲方，由乙方根据维护协议的约定决定。

## 第六条 知识产权

6.1 窑迹®工序追溯系统及其全部组成部分的著作权、专利权和其他知识产权归乙方所有。

6.2 乙方为甲方定制开发的功能模块、接口程序及相关文档的知识产权同样归乙方所有，乙方可将其纳入标准产品向其他客户提供。甲方在许可期限内享有非独占的使用权，不得对其进行修改、反编译或许可他人使用。

6.3 乙方不提供源代码。

## 第七条 数据与数据安全

7.1 甲方在系统中录入和产生的作品档案、工艺配比、窑温曲线、照片和客户信息归甲方所有，乙方不得用于本合同以外的任何目的。

7.2 系统部署在甲方本地服务器。乙方远程维护须经甲方同意，乙方人员应使用独立账号登录，操作记录留存备查，不得下载或带走甲方数据。

7.3 因乙方原因导致甲方数据泄露、丢失或损坏的，乙方应立即通知甲方、协助恢复数据，并承担由此给甲方造成的损失。

## 第八条 软件许可说明

8.1 本合同项下的软件许可为非独占、不可转让的使用许可，仅限甲方在其工作室内部使用，用户数以本合同约定为限。甲方增加用户的，按乙方届时报价另行购买。

8.2 甲方不得对软件进行出租、出借、转售或以其他方式提供给第三方使用，不得删除软件中的版权标识。

8.3 许可证书以乙方出具的电子授权文件为准，授权文件与甲方服务器绑定。甲方更换服务器的，应提前通知乙方重新授权，每年可免费重新授权一次。

## 第九条 双方责任

9.1 甲方应按时付款，提供实施所需的场地、网络、服务器和窑炉温控设备通讯条件，并指定专人配合。

9.2 乙方应按合同约定提供软件和服务，保证所提供的软件不侵犯第三方的知识产权。

9.3 任何一方违反本合同约定的，应当继续履行或采取补救措施。

9.4 乙方对甲方的间接损失、利润损失和作品损失不承担责任。

9.5 甲方应妥善保管系统账号和密码，因甲方账号管理不善造成的损失由甲方自行承担。

## 第十条 合同解除

10.1 任何一方严重违反本合同，经对方书面通知后30日内仍未纠正的，守约方有权解除本合同。

10.2 合同解除的，甲方已支付的首期款项中与已完成工作相应的部分不予退还。

## 第十一条 不可抗力

因不可抗力致使一方不能履行合同的，根据不可抗力的影响，部分或全部免除责任，但应及时通知对方。

## 第十二条 争议解决

因本合同发生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十三条 通知

13.1 双方在合同首页载明的地址和联系方式为有效送达地址。乙方通过电子邮件或微信向甲方发送的上线通知、服务通知，自发出之日起即视为送达。

13.2 任何一方变更联系方式的，应及时通知对方，未通知的，按原联系方式送达即视为有效送达。

## 第十四条 其他

14.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。乙方的报价单、产品介绍和需求说明书为本合同附件；附件与本合同正文不一致的，以本合同正文为准。

14.2 本合同以乙方标准文本为基础，双方确认已充分阅读并理解全部条款。

14.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：__________　　乙方（盖章）：__________

签订日期：____年__月__日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. AVS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Linyi Hexing Poultry Foods Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Linyi, Shandong Province (the "Buyer"), and AviSoft Sistemas Industriais Ltda., a company incorporated in Brazil with its registered office at Rua Marechal Bormann, Chapecó, Santa Catarina, Brazil (the "Vendor").
P:Background: the Buyer operates two poultry processing plants and wishes to replace its plant-floor yield and traceability software. The Vendor licenses the AviSoft Yield Manager software and provides implementation services. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the AviSoft Yield Manager software in object code, including the modules for live-bird receiving, evisceration line balancing, cut-up yield, cold-chain traceability and plant reporting, together with its documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, configuration sets and any other work product created by the Vendor specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Services" means the implementation, data migration, interface development, training and support services described in Article 3.
P:1.4 "Buyer Data" means all data entered into, processed by or generated by the Software in the Buyer's environment, including production, batch, supplier, employee and customer data.
P:1.5 "Final Acceptance" means the written acceptance issued by the Buyer under Article 6.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive and non-transferable licence to install and use the Software at the Buyer's two plants in Linyi and Rizhao and at its head office, for up to 180 named users and 24 line terminals.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery without additional charge.
P:2.3 The Buyer may extend the licence to an additional plant of its group on payment of the additional-site fee listed in Annex 2.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software on servers provided by the Buyer, migrate the Buyer's historical batch data for the last three production years, and develop interfaces to the Buyer's ERP system, weighing scales, label printers and the provincial food traceability platform.
P:3.2 The Vendor shall deliver on-site training for key users, line supervisors and the Buyer's IT staff, in Chinese or with a qualified interpreter provided at the Vendor's cost.
P:3.3 The Vendor shall appoint a project manager and a local implementation partner approved under Article 13, and shall provide a project plan within 15 days after signature.
H:Article 4 Price
P:4.1 The total Contract Price is CNY 1,848,000, inclusive of all taxes payable in China, and consists of: licence fee for the Software CNY 1,260,000; implementation, migration and interface services CNY 540,000; training CNY 48,000.
P:4.2 The Contract Price is fixed and covers all travel, accommodation and interpreter costs of the Vendor.
H:Article 5 Payment
P:5.1 20% of the Contract Price (CNY 369,600) within 30 days after signature of this Agreement and receipt of a valid invoice.
P:5.2 45% of the Contract Price (CNY 831,600) within 30 days after the Software is installed at both plants and the Buyer signs an installation certificate. The installation certificate is not acceptance.
P:5.3 35% of the Contract Price (CNY 646,800) within 30 days after Final Acceptance.
P:5.4 Payments are made in CNY by bank transfer to the Vendor's account designated in writing.
H:Article 6 Delivery and Acceptance
P:6.1 The Vendor shall complete installation, configuration, migration and interfaces and request acceptance testing within 150 days after signature.
P:6.2 Acceptance tests shall show that: (a) every function in the requirement specification in Annex 1 works as described; (b) yield figures calculated by the Software for 20 consecutive production days match the Buyer's manual reconciliation within 0.2 percentage points; (c) every batch can be traced from live-bird receiving to outbound shipment within 10 seconds; (d) the interfaces to the ERP, scales, printers and the traceability platform exchange data without error for 15 consecutive days; and (e) migrated data matches the source records in full.
P:6.3 When all criteria are met and no Severity 1 or Severity 2 defect remains open, the Buyer shall issue Final Acceptance within 10 days. Installation, go-live or productive use of the Software does not by itself constitute acceptance.
P:6.4 If the tests fail, the Vendor shall correct the defects within 15 days and repeat the tests at its own cost.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and Custom Deliverables will conform to the specification for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and new versions, and provide remote and on-site support free of charge.
P:7.2 Support is classified by severity. Severity 1 (a plant cannot record production or print labels): response within 1 hour, on-site or remote workaround within 6 hours. Severity 2 (a module is impaired): response within 2 hours, resolution within 2 business days. Severity 3: resolution in the next maintenance release.
P:7.3 For each hour by which the Vendor exceeds a Severity 1 response or workaround time, the Vendor shall credit the Buyer CNY 1,000, deducted from the next payment or from the support fee.
P:7.4 After the Warranty Period the Buyer may order annual support at 11% of the licence fee (CNY 138,600 per year). This fee is fixed for the first three support years. Support covers the services in Articles 7.1 to 7.3.
H:Article 8 Intellectual Property
P:8.1 The Software and the Vendor's pre-existing tools remain the property of the Vendor and its licensors.
P:8.2 All Custom Deliverables, including their source code, belong to the Buyer from creation. The Buyer may use, modify and license them freely. The Vendor shall deliver the source code of the Custom Deliverables with the acceptance documentation.
P:8.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement and shall not use it for any other purpose, including analysis, benchmarking or product development.
P:9.2 The Vendor shall access the Buyer's systems only through the remote-access channel provided by the Buyer, with a named account for each person, and shall not copy Buyer Data outside the Buyer's environment. Any export of Buyer Data from China requires the Buyer's prior written consent and compliance with PRC data export rules.
P:9.3 The Vendor shall notify the Buyer within 12 hours of any security incident affecting Buyer Data, cooperate in the investigation and remediation, and bear the damage caused by an incident attributable to the Vendor or its personnel.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including production volumes, yields, prices and customer lists, and shall use it only for this Agreement.
P:10.2 This obligation survives termination for five years.
H:Article 11 Delay Damages
P:11.1 If the Vendor fails to request acceptance testing by the date in Article 6.1 for reasons attributable to it, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:11.2 Payment of delay damages does not release the Vendor from its obligation to complete the work.
H:Article 12 Limitation of Liability
P:12.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price.
P:12.2 The limit does not apply to personal injury, wilful misconduct, infringement of intellectual property or breach of Articles 9 and 10.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the Services without the Buyer's prior written consent. The Buyer hereby consents to the local implementation partner named in Annex 3.
P:13.2 The Vendor remains fully responsible for the acts and omissions of its subcontractors.
H:Article 14 Term and Termination
P:14.1 This Agreement enters into force on signature. The licence in Article 2 survives any termination after payment of the licence fee.
P:14.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:14.3 On termination by the Buyer under Article 14.2, the Vendor shall return the payments received for Services not accepted and hand over all work completed.
H:Article 15 Force Majeure
P:15.1 Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the Federative Republic of Brazil.
P:16.2 Any dispute arising out of this Agreement shall be settled by arbitration under the rules of the Center for Arbitration and Mediation of the Chamber of Commerce Brazil-Canada, seated in São Paulo, Brazil. The arbitration shall be conducted in English.
H:Article 17 General
P:17.1 This Agreement is made in English and Chinese; in case of conflict the English text prevails.
P:17.2 Annexes: Annex 1 Requirement Specification; Annex 2 Price List for Additional Sites; Annex 3 Approved Implementation Partner.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS — AgroRede Dealer Cloud

Order Form No. ARD-OF-2027-0562

## PART A — ORDER FORM

### A1. Parties

- **Provider:** AgroRede Tecnologia S.A., Avenida Brasil, Centro, Cascavel, Paraná, Brazil, acting together with its Shanghai representative office for local support.
- **Customer:** Hunan Jinhe Feed Group Co., Ltd., Changsha, Hunan Province, People's Republic of China.

This Order Form and the General Terms in Part B together form the agreement between the parties (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Subscribed Service

AgroRede Dealer Cloud, a hosted software service for dealer ordering, field-sales visits, credit control, promotion management and delivery tracking, with the mobile application for sales representatives and the dealer ordering portal. Subscription scope: up to 420 named internal users and 1,600 dealer accounts. The Service is hosted in a mainland China region of the Provider's cloud infrastructure provider.

### A3. Subscription Term and Go-Live

- **Go-Live Date:** no later than 75 days after signature of this Order Form.
- **Subscription Term:** 36 months from the Go-Live Acceptance date, divided into three Subscription Years.
- **Renewal:** there is no automatic renewal. The Agreement expires at the end of the Subscription Term; any renewal requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 420 users, 1,600 dealers | 398,000 |
| Subscription fee, Subscription Year 2 | same scope, same price | 398,000 |
| Subscription fee, Subscription Year 3 | same scope, same price | 398,000 |
| Onboarding (configuration, ERP and WMS integration, data load, training) | one-time | 86,000 |
| **Total fees for the Subscription Term** | | **1,280,000** |

All fees are in CNY and include value-added tax. Additional users, if ordered, are charged at CNY 790 per user per Subscription Year, pro rata.

### A5. Invoicing and Payment

- The onboarding fee is invoiced after Go-Live Acceptance and is payable within 30 days of invoice.
- The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of invoice. No fee is payable before Go-Live Acceptance.
- Payments are made by bank transfer in CNY to the account of the Provider's Shanghai representative office or its designated collection agent.

### A6. Contacts and Signatures

- Provider account manager: Mr. Lucas Pereira, Cascavel; local service manager: Ms. Wang Li, Shanghai.
- Customer project owner: Director of Sales Operations, Hunan Jinhe Feed Group.

For the Provider: ____________________  For the Customer: ____________________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscribed service described in A2, including its mobile application, portal, application programming interfaces and documentation.

1.2 "Customer Data" means all data submitted to or generated in the Service by or for the Customer, its users and its dealers, including orders, prices, credit limits, visit records, photos and location data of sales representatives.

1.3 "Customer Configurations" means the forms, workflows, price and promotion rules, report templates and integration scripts created by the Provider for the Customer during onboarding or the Subscription Term.

### 2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer and its users and dealers during the Subscription Term in accordance with the documentation and this Agreement.

2.2 The Provider may improve the Service from time to time, provided that no change materially reduces its functionality or security.

2.3 The Customer is responsible for the accuracy of Customer Data and for the use of the Service by its users.

### 3. Onboarding and Go-Live Acceptance

3.1 The Provider shall configure the Service, integrate it with the Customer's ERP and warehouse management systems, load the Customer's dealer master data and open balances, and train 40 key users.

3.2 Go-Live Acceptance tests shall confirm that: (a) every function listed in the onboarding scope works as specified; (b) orders placed in the portal reach the ERP within 2 minutes and stock and delivery status return to the portal without error for 10 consecutive business days; (c) dealer balances and credit limits loaded into the Service match the ERP in full; and (d) the mobile application works on the device models used by the Customer.

3.3 When the tests are passed, the Customer shall sign a Go-Live Acceptance certificate within 5 business days. Making the Service available or the Customer's trial use does not constitute Go-Live Acceptance.

3.4 If Go-Live Acceptance does not occur by the Go-Live Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 900 for each day of delay.

### 4. Service Levels

4.1 The Provider targets a monthly availability of the Service of 99.95%, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 00:00 and 05:00 Beijing time.

4.2 Incidents are handled as follows: Priority 1 (the Service or ordering is unavailable for all users): response within 1 hour, restoration target 6 hours; Priority 2 (a major function is impaired): response within 2 hours, restoration target 1 business day; Priority 3: response within 1 business day.

4.3 The service levels in this Section 4 are targets. The Provider shall use reasonable efforts to meet them and shall report monthly on availability and incidents. No service credits, fee reductions or refunds apply if a target is missed.

### 5. Customer Data and Data Security

5.1 Customer Data belongs to the Customer. The Provider processes Customer Data only to provide the Service to the Customer and shall not use it for any other purpose.

5.2 The Provider shall store and process Customer Data in mainland China, apply encryption in transit and at rest, role-based access control, multi-factor authentication for administrators and logging of administrative access, and maintain a security certification recognised in China for the hosting environment.

5.3 The Provider shall notify the Customer within 12 hours after becoming aware of a security incident affecting Customer Data, take immediate containment measures and cooperate with the Customer and regulators. The Provider is liable for losses caused by an incident resulting from its breach of this Section 5.

5.4 Within 30 days after the end of the Agreement, the Provider shall return all Customer Data in a standard format and then delete it, and certify the deletion in writing.

### 6. Intellectual Property

6.1 The Service and the Provider's platform remain the property of the Provider.

6.2 Customer Configurations belong to the Customer. The Customer may use, copy and modify them and let third parties use them, including after the end of the Agreement.

### 7. Confidentiality

Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties. This obligation continues for three years after the end of the Agreement.

### 8. Subcontractors

8.1 The Provider may engage subcontractors and sub-processors, including its affiliates and its hosting provider, to perform any part of the Service, by notifying the Customer in writing of their names and tasks.

8.2 The Provider remains responsible for the performance of its subcontractors and sub-processors.

### 9. Liability

9.1 Each party's aggregate liability under this Agreement is limited to 150% of the total fees stated in A4.

9.2 The limitation does not apply to breach of Sections 5 or 7, wilful misconduct or gross negligence.

### 10. Termination

10.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice.

10.2 If the Customer terminates under Section 10.1, the Provider shall refund the prepaid subscription fees for the period after termination.

### 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time of application. The arbitral award is final and binding on both parties.

### 12. General

12.1 Neither party may assign this Agreement without the other party's written consent.

12.2 Notices must be in writing and sent to the contacts in A6.

12.3 Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party without delay and takes reasonable steps to resume performance. Outages of the Provider's own suppliers are not such events unless they are themselves caused by such an event.

12.4 The Provider shall comply with all laws applicable to the Service in the People's Republic of China, including the rules on cybersecurity, data security and personal information protection, and shall obtain any filings or licences required for operating the Service in mainland China.

12.5 This Agreement is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties. Purchase order terms of the Customer do not change this Agreement.
"""

E03 = """T:Purchase Contract for Orchard Sensors and Monitoring Software
P:Contract No. BHF-PUR-2027-031
P:Buyer: Guangxi Baise Hengfeng Mango Industry Co., Ltd., registered in Baise, Guangxi Zhuang Autonomous Region, People's Republic of China (the "Buyer").
P:Supplier: Vale Sensores Agrícolas Ltda., registered in Petrolina, Pernambuco, Brazil (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms. The Buyer wishes to equip its mango orchards with soil and weather sensors and a monitoring system for irrigation and harvest planning. The Supplier has offered the equipment and software below. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the soil moisture and temperature sensors, weather stations, gateways, mounting kits and spare parts listed in the Price Table in clause 3.
P:1.2 "Software" means the OrchardView monitoring platform, licensed for installation on the Buyer's own servers, including its web console, mobile application and alarm engine.
P:1.3 "Deliverables" means the Equipment, the Software, the custom dashboards and reports, the installation records and all documentation delivered under this Contract.
P:1.4 "Monitoring Data" means all readings, images, alarms, irrigation records and other data collected by the Equipment or generated by the Software.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and calibrate the Equipment at the Buyer's four orchard sites in Tianyang and Tiandong counties, install and configure the Software on the Buyer's servers, and connect the Software with the Buyer's irrigation controllers.
P:2.2 The Supplier shall develop custom dashboards for irrigation scheduling, flowering and fruit-set tracking and a harvest-readiness report, as described in the technical specification attached as Annex A.
P:2.3 The Supplier shall train the Buyer's agronomists and maintenance technicians at each site.
P:2.4 The Supplier shall deliver, with the Equipment, a site survey report showing the location of each sensor, weather station and gateway, the radio coverage measured at each location and the mounting method used. The layout shall be agreed with the Buyer's agronomy department before installation starts.
P:2.5 The Supplier shall provide the spare parts listed in Annex A, including 18 spare soil sensors and 2 spare gateways, which become the property of the Buyer on delivery.
H:3. Price
P:3.1 The Contract Price is CNY 1,550,000, including all taxes, duties, transport to site, insurance and installation, as set out in the Price Table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture and temperature sensor, three depths|180|3,200|576,000
TB:2|Automatic weather station with rain gauge and leaf-wetness sensor|12|28,500|342,000
TB:3|LoRa gateway with solar power kit|24|6,800|163,200
TB:4|OrchardView monitoring platform, perpetual licence, unlimited users|1|298,000|298,000
TB:|Hardware and Licence Subtotal|||1,379,200
TB:5|Installation, calibration and integration with irrigation controllers|1|146,800|146,800
TB:6|Training at four sites|1|24,000|24,000
TB:|Contract Price|||1,550,000
P:3.2 The prices are fixed for the duration of this Contract.
H:4. Payment
P:4.1 An advance payment of 35% of the Contract Price (CNY 542,500) is payable within 20 days after signature of this Contract, against the Supplier's invoice and a bank guarantee for the same amount.
P:4.2 45% of the Contract Price (CNY 697,500) is payable within 30 days after all Equipment has been delivered and installed and the Buyer has signed the installation record. The installation record does not constitute acceptance.
P:4.3 20% of the Contract Price (CNY 310,000) is payable within 30 days after Final Acceptance.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the four sites within 60 days after signature and complete installation and calibration within 30 days after delivery. Delivery is DDP at each site.
P:5.2 The Supplier shall give the Buyer at least 7 days' notice of each shipment, with the packing list, certificates of origin and the documents needed for customs clearance. The Supplier is responsible for import formalities and shall bear any demurrage caused by incomplete documents.
P:5.3 Equipment shall be new, of the models stated in Annex A, and suitable for outdoor operation in a humid subtropical climate with an ingress protection rating of at least IP67.
H:6. Acceptance
P:6.1 After installation the system shall run for a trial period of 30 consecutive days. Final Acceptance requires that: (a) every sensor and weather station reports to the Software on every day of the trial period; (b) soil moisture readings at ten sample points per site deviate from gravimetric reference samples by no more than 3 percentage points; (c) weather station readings agree with a calibrated reference station within the tolerances in Annex A; (d) irrigation alarms reach the responsible technician within 60 seconds; and (e) the custom dashboards and reports work as specified.
P:6.2 When all criteria are met, the Buyer shall sign a Final Acceptance certificate within 7 days. Delivery, installation or use of the system during the trial period is not acceptance.
P:6.3 If any criterion is not met, the Supplier shall correct the defect and the trial period shall restart. The Supplier shall bear its own costs of correction and repeated tests, including travel of its engineers to the orchard sites.
P:6.4 At Final Acceptance the Supplier shall hand over the as-built device list with serial numbers and locations, the calibration records, the administrator passwords and the operation and maintenance manuals in Chinese.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for 24 months after Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including transport, and provide Software updates and technical support.
P:7.2 Support levels during the warranty period: Severity 1 (an entire site or the Software is not working): response within 2 hours, remote diagnosis within 6 hours and replacement parts on site within 3 days; Severity 2 (individual devices failed): response within 1 business day, repair within 7 days.
P:7.3 For each hour by which a Severity 1 response is late, the Supplier shall pay the Buyer CNY 500, and for each day by which a repair is late, CNY 300 per affected device, deducted from any amount due.
P:7.4 After the warranty period the Buyer may order annual support at 8% of the Hardware and Licence Subtotal (CNY 110,336 per year). This fee shall not increase for the first three years after the warranty period.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier. The Buyer receives a perpetual, non-exclusive licence to use it for its own orchards.
P:8.2 The custom dashboards, reports and integration scripts developed for the Buyer belong to the Buyer, which may use, modify and license them without restriction. The Supplier shall hand over their source files at Final Acceptance.
H:9. Monitoring Data
P:9.1 Monitoring Data belongs to the Buyer. The Supplier may use Monitoring Data only for performing this Contract.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's orchards, yields, varieties, customers and prices that it obtains under this Contract and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives the end of the Contract.
H:11. Liquidated Damages
P:11.1 If the Supplier fails to complete delivery and installation by the dates in clause 5.1, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 If the Buyer pays late, it shall pay interest at the loan prime rate published by the National Interbank Funding Center.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent. The Supplier remains liable for its subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if liquidated damages under clause 11.1 reach their maximum.
P:13.2 The Buyer may also terminate this Contract by written notice if the system fails Final Acceptance twice for reasons attributable to the Supplier.
P:13.3 On termination, the Supplier shall refund payments received for Deliverables not accepted and shall remove its Equipment at its own cost if the Buyer so requests.
H:14. Force Majeure
P:14.1 Neither party is liable for failure caused by typhoons, floods, epidemics or other events beyond its control, if it notifies the other party within 5 days and limits the consequences.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes that cannot be settled by negotiation shall be submitted to the people's court with jurisdiction over the Buyer's domicile.
H:16. Miscellaneous
P:16.1 This Contract is made in Chinese and English, both texts being equally authentic. Annex A (Technical Specification) forms part of this Contract.
P:16.2 Any amendment to this Contract must be made in writing and signed by authorised representatives of both parties. The Supplier's general terms of sale do not apply.
P:16.3 This Contract takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED INFRASTRUCTURE SERVICES AGREEMENT

Agreement No. PMI-TJ-2027-003

**Between** Tianjin Binhai Haisheng Salt Chemical Co., Ltd., Tianjin, People's Republic of China (the "Customer"), **and** Potiguar Managed IT Serviços Ltda., Mossoró, Rio Grande do Norte, Brazil (the "Provider"), acting through its wholly owned subsidiary in Tianjin for on-site work.

The Customer operates a sea-salt works, a chlor-alkali plant and a head office, and wishes to outsource the operation of its IT infrastructure. The Provider operates a network operations centre and offers managed infrastructure services. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" and "Service Credits" mean the levels and credits in Schedule 2.

1.3 "Customer Data" means all data stored on, or passing through, the systems managed by the Provider, including production, laboratory, financial and personnel data.

1.4 "Term" means 36 months from the Service Commencement Date.

1.5 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under Section 3.

## Section 2. Services

2.1 From the Service Commencement Date the Provider shall provide the Services for the sites listed in Schedule 3, including monitoring and administration of servers, storage, virtualisation, backup, local and wide area networks, firewalls and end-user devices, and a bilingual service desk.

2.2 The Provider shall keep an on-site team of at least four engineers at the Customer's Tianjin sites during business hours and provide remote monitoring from its network operations centre at all times.

2.3 The Provider shall maintain the configuration database, apply security patches within the periods agreed in the operations manual and carry out a disaster recovery test every six months.

2.4 The Provider shall hold a monthly service review with the Customer's IT manager, covering Service Level performance, incidents, problems, changes, capacity and risks, and a quarterly review with the Customer's management on improvements and the technology roadmap.

2.5 All changes to systems in scope follow the change management procedure in the operations manual. Changes to production systems of the chlor-alkali plant require prior written approval of the plant's process control manager and may only be made in the agreed maintenance windows.

2.6 The Customer shall give the Provider access to its sites, systems and documentation as needed, provide office space for the on-site team and appoint a service manager as the single point of contact.

## Section 3. Transition and Transition Acceptance

3.1 The Provider shall take over the Services from the Customer's internal team within 60 days after signature, according to the transition plan agreed by the parties.

3.2 Transition Acceptance requires that: (a) all assets in scope are recorded in the configuration database and reconciled with the Customer's asset register; (b) monitoring covers every server, network device and backup job in scope; (c) a full restore of three selected systems from backup has succeeded; (d) the operations manual and runbooks have been approved by the Customer; and (e) the service desk has operated in parallel with the Customer's team for 15 business days without a missed Priority 1 incident.

3.3 If Transition Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,800 for each day of delay.

## Section 4. Charges and Payment

4.1 The charges are set out in Schedule 1. The total charges for the Term are CNY 2,184,000, consisting of the one-time transition fee of CNY 96,000 and the Monthly Service Charge of CNY 58,000 for 36 months.

4.2 The transition fee is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears, less any Service Credits for that month. Invoices are payable within 30 days.

4.3 The charges are fixed for the Term and include all travel and on-site costs of the Provider.

## Section 5. Service Levels

5.1 The Provider shall meet the Service Levels in Schedule 2 and report on them monthly, with a root-cause analysis for each Priority 1 incident.

5.2 If the Provider fails to meet a Service Level, it shall grant the Service Credits in Schedule 2, deducted from the next invoice. Service Credits in a month are limited to 20% of the Monthly Service Charge for that month.

## Section 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Services and shall not copy, disclose or otherwise use it.

6.2 Customer Data shall remain in the Customer's data centres in Tianjin. Remote administration shall be carried out only through the Customer's privileged-access gateway, with individual accounts and session recording. No Customer Data may be transferred outside mainland China.

6.3 The Provider shall comply with the Customer's information security policies and applicable PRC laws on cybersecurity, data security and personal information, report any security incident within 2 hours and bear the losses caused by incidents attributable to it.

## Section 7. Confidentiality

Each party shall keep the other party's confidential information secret and use it only for this Agreement. This obligation survives for five years after the end of the Agreement.

## Section 8. Intellectual Property

Runbooks, scripts, configuration records and documentation prepared by the Provider for the Customer belong to the Customer, which may use and modify them freely, including with a successor provider.

## Section 9. Subcontracting

The Provider shall not subcontract any part of the Services without the Customer's prior written consent, except to the subsidiary and the hardware maintainer listed in Schedule 3, which the Customer approves by signing this Agreement.

## Section 10. Liability

10.1 The Provider's total liability arising out of or in connection with this Agreement in any contract year is limited to the Monthly Service Charges paid by the Customer in the 6 months preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss.

10.3 The Provider shall maintain professional indemnity and public liability insurance with reputable insurers during the Term and provide certificates to the Customer on request.

## Section 11. Term and End of Agreement

11.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically.

11.2 The Agreement may not be terminated before the end of the Term, except by written agreement of both parties. The Customer's remedies for failures to meet the Service Levels are the Service Credits in Schedule 2.

11.3 During the last six months of the Term the parties shall meet to discuss whether to conclude a new agreement; neither party is obliged to do so.

11.4 At the end of the Agreement the Provider shall cooperate for up to 60 days in transferring the Services to the Customer or a successor provider at the rates in Schedule 1.

## Section 12. Force Majeure

Neither party is liable for a delay or failure caused by events beyond its reasonable control, including typhoons, storm surges, epidemics and government orders, if it informs the other party promptly and takes reasonable steps to continue the Services.

## Section 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.

## Schedule 1 — Services and Charges

| Service element | Scope | Charge (CNY) |
|---|---|---|
| Transition (one-time) | takeover, configuration database, runbooks | 96,000 |
| Server, storage and backup management | 64 virtual servers, 2 storage arrays | 21,500 per month |
| Network and firewall management | 3 sites, 118 network devices | 17,000 per month |
| Service desk and end-user support | 760 users, bilingual | 19,500 per month |
| Monthly Service Charge | total of the three elements | 58,000 per month |
| Exit assistance | on request | 3,200 per engineer day |

## Schedule 2 — Service Levels and Service Credits

| Service Level | Target | Service Credit if missed |
|---|---|---|
| Availability of core network and production servers | 99.5% per month | 5% of the Monthly Service Charge |
| Priority 1 incident response | 15 minutes | CNY 1,000 per late incident |
| Priority 1 incident restoration | 6 hours | CNY 2,000 per late incident |
| Priority 2 incident response | 1 hour | CNY 300 per late incident |
| Rerun of a failed backup job | within 8 hours | CNY 500 per late rerun |

## Schedule 3 — Sites and Approved Subcontractors

| Site / subcontractor | Address or role |
|---|---|
| Salt works | Binhai New Area, Tianjin |
| Chlor-alkali plant | Nangang Industrial Zone, Tianjin |
| Head office | Hexi District, Tianjin |
| Approved subcontractor 1 | Provider's wholly owned Tianjin subsidiary (on-site engineers) |
| Approved subcontractor 2 | Authorised hardware maintainer for servers and storage |

For the Customer: ____________________  For the Provider: ____________________
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. VSF-API-2027-019

1. PARTIES AND BACKGROUND

1.1 Shenzhen Jiaguo Fresh Fruit Import Co., Ltd., a company registered in Shenzhen, Guangdong Province, People's Republic of China (the "Customer").

1.2 Vale do Sao Francisco Dados Agricolas Ltda., a company registered in Juazeiro, Bahia, Brazil (the "Provider").

1.3 The Customer imports fresh grapes, mangoes and other fruit from South America and wishes to receive crop-condition, harvest-forecast and weather data for its sourcing regions through an application programming interface. The Provider compiles such data from its own field network and licensed sources. The parties agree as follows.

2. DEFINITIONS

2.1 "Data Service" means the Provider's AgroVale data platform and API, including the crop-condition index, harvest-volume forecasts, weather observations and forecasts, and phytosanitary alerts for the regions listed in clause 3.2, and the related documentation.

2.2 "Customer Data" means all data the Customer submits to the Data Service, including its query history, supplier lists, orchard locations, shipment plans and any reports generated from them for the Customer.

2.3 "Connectors" means the interfaces, data mappings and dashboard templates that the Provider builds for the Customer to load the Data Service into the Customer's purchasing and quality systems.

2.4 "Activation Date" means the date on which the Customer signs the activation certificate under clause 5.3.

2.5 "Subscription Year 1" runs from the Activation Date until the day before the first anniversary of the Activation Date; "Subscription Year 2" runs from that anniversary until the day before the second anniversary. Together they form the "Subscription Term".

3. DATA SERVICE

3.1 During the Subscription Term the Provider shall give the Customer access to the Data Service through the API and the web console for up to 35 named users and up to 6 million API calls in each Subscription Year.

3.2 Covered regions: the Sao Francisco valley (Pernambuco and Bahia), the Rio Grande do Norte and Ceara fruit belt, and the Piura and Ica regions of Peru. The Provider may add regions at no charge.

3.3 Data refresh: weather observations at least hourly; crop-condition index weekly; harvest-volume forecasts every two weeks during the season; phytosanitary alerts within 24 hours after publication by the competent authority.

3.4 The Customer may use the data received for its own sourcing, quality and logistics decisions and may share reports derived from it with its affiliates and its contracted growers, but may not resell the raw data.

4. FEES AND PAYMENT

4.1 The total fees for the Subscription Term are CNY 1,030,000, consisting of:
(a) subscription fee for Subscription Year 1: CNY 486,000;
(b) subscription fee for Subscription Year 2: CNY 486,000;
(c) one-time fee for building and testing the Connectors: CNY 58,000.

4.2 API calls above the allowance in clause 3.1 are charged at CNY 0.08 per thousand calls, invoiced quarterly in arrears.

4.3 The Connector fee is invoiced after the Activation Date. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Each invoice is payable within 30 days. Nothing is payable before the Activation Date.

4.4 All fees are in CNY and include value-added tax and any withholding tax. They are fixed for the Subscription Term.

5. ONBOARDING AND ACTIVATION

5.1 Within 45 days after signature the Provider shall open the Customer's accounts, build the Connectors and complete the activation tests.

5.2 The activation tests shall show that: (a) all data sets listed in clause 3.2 and 3.3 are delivered through the API with the documented fields; (b) the Connectors load the data into the Customer's purchasing and quality systems for 10 consecutive business days without error; (c) the average API response time over the test period is below 800 milliseconds; and (d) data in the Customer's systems matches the Provider's console for 50 randomly chosen records.

5.3 When the tests are passed the Customer shall sign an activation certificate within 5 business days. Opening accounts or trial use does not constitute activation.

5.4 If the Activation Date does not occur within the period in clause 5.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 900 for each day of delay.

6. SERVICE LEVELS AND SERVICE CREDITS

6.1 The API shall be available at least 99.95% of each calendar month, excluding maintenance announced at least 72 hours in advance and performed between 01:00 and 05:00 Beijing time.

6.2 Incidents: Priority 1 (the API is unavailable or returns wrong data for all regions): response within 30 minutes and restoration within 3 hours; Priority 2 (one data set or region affected): response within 2 hours and restoration within 1 business day; Priority 3 (questions and minor defects): response within 2 business days.

6.3 Service credits: if availability in a month falls below the level in clause 6.1, the Provider shall credit 5% of the monthly share of the current subscription fee, and a further 5% for each full 0.1 percentage point of additional shortfall. For each hour by which a Priority 1 restoration is late the Provider shall credit CNY 1,500. Credits are deducted from the next invoice or, at the end of the Subscription Term, paid to the Customer.

6.4 The Provider shall publish a monthly service report with availability, incidents and credits.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Data Service to the Customer and shall not use it for any other purpose, whether in identifiable, anonymised or aggregated form.

7.2 The Provider shall host Customer Data on servers located in mainland China operated by a hosting provider approved under clause 11, and shall not transfer Customer Data outside mainland China.

7.3 The Provider shall protect Customer Data by encryption in transit and at rest, access control based on least privilege, multi-factor authentication for administrative access, logging of all administrative actions and regular vulnerability testing.

7.4 The Provider shall notify the Customer within 6 hours after becoming aware of any unauthorised access to, or loss of, Customer Data, take immediate containment measures, and compensate the Customer for the losses caused by an incident attributable to the Provider or its approved subcontractors.

7.5 At the end of the Subscription Term the Provider shall return Customer Data in a standard format within 20 days and then delete all copies, and confirm the deletion in writing.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the non-public information of the other party, including the Customer's supplier lists, volumes and prices and the Provider's methods and unpublished data, and shall use it only for this Agreement.

8.2 This clause survives the end of the Agreement for three years.

9. INTELLECTUAL PROPERTY

9.1 The Data Service, its data sets and the Provider's platform remain the property of the Provider and its licensors.

9.2 The Connectors, including their source code and documentation, belong to the Customer from creation. The Customer may use, modify and license them freely, also after the end of the Agreement. The Provider shall hand them over at activation.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 200% of the total fees stated in clause 4.1.

10.2 This limit does not apply to breach of clauses 7 or 8, to wilful misconduct or to infringement of intellectual property rights.

11. SUBCONTRACTING

11.1 The Provider shall not subcontract any part of the Data Service, including hosting, without the Customer's prior written consent. The Customer consents to the mainland China hosting provider named in the annex to this Agreement.

11.2 The Provider remains responsible for its approved subcontractors.

12. TERM, RENEWAL AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of Subscription Year 2.

12.2 The Agreement does not renew automatically. The parties may agree in writing to extend it; an extension at the same fees may be agreed by exchange of letters.

12.3 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice. The Customer may also terminate if availability falls below the level in clause 6.1 in three consecutive months.

12.4 On termination by the Customer under clause 12.3, the Provider shall refund the part of the subscription fee relating to the period after termination.

13. FORCE MAJEURE

13.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, provided that it informs the other party promptly and uses reasonable efforts to resume performance.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising from this Agreement shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen in accordance with its rules. The award is final and binding.

15. GENERAL

15.1 This Agreement is made in English. Notices shall be in writing and sent to the addresses above.

15.2 Neither party may assign this Agreement without the prior written consent of the other party. Amendments must be in writing and signed by both parties.

15.3 If any provision of this Agreement is invalid, the remaining provisions stay in force and the parties shall replace the invalid provision with a valid one that comes closest to its purpose.

15.4 Signed by the authorised representatives of the parties.

For the Customer: ____________________

For the Provider: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# files

FILES = {  # key: (file name, format, language, source)
    "z01": ("h885z01_education_camp_base_platform.pdf", "pdf", "zh", Z01),
    "z02": ("h885z02_shower_head_line_control_retrofit.docx", "docx", "zh", Z02),
    "z03": ("h885z03_stream_trekking_chain_booking_saas.txt", "txt", "zh", Z03),
    "z04": ("h885z04_fishery_harbour_vessel_monitoring_om.txt", "txt", "zh", Z04),
    "z05": ("h885z05_marbled_porcelain_tracking_supplier_template.md", "md", "zh", Z05),
    "e01": ("h885e01_poultry_yield_software_licence_chapeco.pdf", "pdf", "en", E01),
    "e02": ("h885e02_dealer_ordering_saas_order_form_cascavel.md", "md", "en", E02),
    "e03": ("h885e03_orchard_sensors_monitoring_licence_petrolina.docx", "docx", "en", E03),
    "e04": ("h885e04_managed_infrastructure_36_months_mossoro.md", "md", "en", E04),
    "e05": ("h885e05_agro_data_api_subscription_juazeiro.txt", "txt", "en", E05),
}

# ---------------------------------------------------------------------------------------------------------------
# labels: (category, terms, extra, design rules, fee base for TCO or None)

T = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def terms(*vals):
    assert len(vals) == len(T)
    return dict(zip(T, vals))


G, S = "goods_or_licence", "service"
LABELS = {
    "z01": ("software",
            terms(99.95, 0.5, True, "buyer", True, True, True, 0.02, 60, 20, True, True, 24, 9, False, True, False,
                  "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2250000),
            ["CR-LD-LOW", "CR-LIABILITY-CAP"], 1180000),
    "z02": ("hardware",
            terms(None, 1, True, "buyer", True, True, True, 0.1, None, 10, True, True, 18, 26, False, True, False,
                  "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1770000),
            ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], 1540000),
    "z03": ("cloud",
            terms(99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True,
                  False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=976000),
            ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], None),
    "z04": ("services",
            terms(99.95, 20 / 60, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True,
                  False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=638000),
            [], None),
    "z05": ("software",
            terms(None, None, False, "supplier", True, True, False, None, None, 65, False, False, 6, None, False, True,
                  None, None, G),
            dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                 contract_value=440000),
            ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"], 168000),
    "e01": ("software",
            terms(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False,
                  "Brazil", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1848000),
            ["CR-GOVERNING-LAW"], 1260000),
    "e02": ("cloud",
            terms(99.95, 1, False, "buyer", True, True, True, 900 / 1280000 * 100, 150, None, True, None, None, None,
                  False, True, True, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1280000),
            ["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"], None),
    "e03": ("hardware",
            terms(None, 2, True, "buyer", False, True, True, 0.08, None, 35, True, True, 24, 8, False, True, False,
                  "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1550000),
            ["CR-DATA-SECURITY", "CR-PREPAYMENT"], 1379200),
    "e04": ("services",
            terms(99.5, 0.25, True, "buyer", True, True, True, 1800 / 2184000 * 100, 6 / 36 * 100, None, True, None,
                  None, None, False, False, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2184000),
            ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY", "CR-TERMINATION"], None),
    "e05": ("cloud",
            terms(99.95, 0.5, True, "buyer", True, True, True, 900 / 1030000 * 100, 200, None, True, None, None, None,
                  False, True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1030000),
            [], None),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy §3 defaults, used only to derive rules and to keep every value off them
TH = dict(availability=99.9, p1=4, ld=0.05, cap=100, prepay=30, warranty=12, pwfee=15, tco=40)


def tco_share(t, x, base):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
    post = years * t["post_warranty_fee_pct"] / 100 * base
    return post / (x["contract_value"] + post) * 100


def derive(t, x, base):
    """My reading of policy §3 (including 'Where rules apply, and how clauses are read')."""
    r = set()
    goods = t["contract_kind"] == G
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        f = t["post_warranty_fee_pct"]
        if f is None or not x["post_warranty_fee_capped"] or f > TH["pwfee"]:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, base)
        if share is not None and share > TH["tco"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# threshold scan (figures of policy §3), self-tested

NB = r"(?<![\d.,，])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
PATTERNS = [
    r"99\.90*(?!\d)", r"百分之九十九点九(?![\d〇一二三四五六七八九])",
    NB + r"4\s*(?:-\s*)?(?:个\s*)?(?:小时|hours?|hrs?\b|h\b)", r"四\s*个?\s*小时", r"(?i)four\s*(?:\(4\)\s*)?-?\s*hours?",
    NB + r"0\.050*(?!\d)", r"万分之五(?![十])", r"千分之零点五",
    NB + r"30" + PCT, r"百分之三十(?![一二三四五六七八九])", r"(?i)thirty\s*per",
    NB + r"15" + PCT, r"百分之十五", r"(?i)fifteen\s*per",
    NB + r"100" + PCT, r"百分之(?:一)?百", r"(?i)(?:one\s*)?hundred\s*per",
    NB + r"40" + PCT, r"百分之四十(?![一二三四五六七八九])", r"(?i)forty\s*per",
    NB + r"12\s*(?:-\s*)?(?:个\s*月|months?|mos?\b)", r"十二\s*个?\s*月", r"(?i)twelve\s*(?:\(12\)\s*)?-?\s*months?",
    r"(?<![每第])一\s*年(?![度级])", NB + r"(?<!第)1\s*年(?![度级])", r"(?i)one\s*-?\s*year(?!\w)", NB + r"1\s*-?\s*year(?!s)\b",
]
MUST_HIT = ["可用率不低于99.9%", "99.90%", "4小时内响应", "4 hours", "within 4-hour", "四小时", "four (4) hours",
            "0.05% per day", "万分之五", "30%", "30 per cent", "百分之三十", "15%", "百分之十五", "100%", "百分之百",
            "40%", "12个月", "12 months", "12-month", "十二个月", "twelve (12) months", "质保期一年", "1年",
            "one year", "one-year", "1 year", "30 %", "(30%)"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "0.08%", "万分之五十", "130%", "150%", "200%",
             "115%", "1,540,000 40", "2027年", "每一年", "一个服务年度", "3.5 years", "45%", "35%", "20%", "18个月",
             "112 months", "Subscription Year 1", "第一年度", "2027年12月31日", "0.5 hours", "2 hours", "6 hours", "one Subscription Year"]


def scan(text):
    hits = []
    for pat in PATTERNS:
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = re.search(pat, variant)
            if m:
                hits.append((pat, variant[max(0, m.start() - 20):m.end() + 20]))
                break
    return hits


def selftest():
    for s in MUST_HIT:
        assert scan(s), "must hit: " + s
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


# ---------------------------------------------------------------------------------------------------------------
# read back

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


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


LIMITS = {"zh": (2750, 3000), "en": (1450, 1650)}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    targets = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: v[3] for k, v in FILES.items()}, targets, OUT, wrap_words=True)
    for k, (name, fmt, lang, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered, problems = set(), []
    for k, (name, fmt, lang, src) in FILES.items():
        cat, t, x, design, base = LABELS[k]
        # values off the thresholds
        for key, th in (("availability_pct", "availability"), ("p1_response_hours", "p1"),
                        ("ld_rate_per_day_pct", "ld"), ("liability_cap_pct", "cap"), ("prepayment_pct", "prepay"),
                        ("warranty_months", "warranty"), ("post_warranty_fee_pct", "pwfee")):
            assert t[key] is None or abs(t[key] - TH[th]) > 1e-9, (k, key)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in x
        else:
            assert "post_warranty_fee_capped" in x
        share = tco_share(t, x, base)
        if share is not None:
            assert abs(share - TH["tco"]) > 2, (k, share)
        rules = derive(t, x, base)
        if rules != sorted(design):
            problems.append((k, "derived", rules, "design", sorted(design)))
        covered |= set(rules)
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = LIMITS[lang]
        if not lo <= n <= hi:
            problems.append((k, "length", n))
        hits = scan(text)
        if hits:
            problems.append((k, "threshold text", hits))
        extra = dict(x)
        cv = extra.pop("contract_value")
        extra["contract_value"] = cv
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                        encoding="utf-8")
        print(f"{k} {name} len={n} rules={rules} risk={risk(rules)} tco_share={share}")
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append(("coverage", missing))
    compliant = [k for k in LABELS if not LABELS[k][3]]
    assert sorted(compliant) == ["e05", "z04"], compliant
    for p in problems:
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
