"""holdout941: builds the ten blind held-out drafts and their labels, and checks them.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
Sources are kept below as strings. .docx/.pdf go through ../word_pdf.py (PDF paragraphs pre-wrapped at word
boundaries); .txt/.md are written as they are. The labels (.json) are written from LABELS; the script then derives each
draft's rules from its label with this author's reading of policy §3, compares them with DESIGN, checks the coverage
of all 20 CR rules, the length ranges, the payment sums and that no value or text sits on a policy threshold.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H941Z01 = """
T:旅游民宿等级评定管理平台采购合同
P:合同编号：WLJ-ZFCG-2027-0318
P:采购人（甲方）：临川市文化和旅游局
P:供应商（乙方）：杭州栖云数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及临川市政府采购项目（项目编号LC-CG-2027-0112）的公开招标结果，甲乙双方就旅游民宿等级评定管理平台的软件许可、定制开发及实施服务，按甲方提供的合同文本订立本合同。招标文件、投标文件及中标通知书为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供“栖云文旅监管平台”软件许可一套（不限用户数，永久使用），部署于甲方指定的政务云环境。
P:1.2 乙方按甲方需求定制开发民宿等级评定模块，包括：民宿线上申报、材料初审、专家随机抽取与现场评分、评定结果公示、复核与摘牌管理、移动端巡查应用，以及与省级文旅监管平台、市公安旅馆业信息系统的数据接口。
P:1.3 乙方负责系统部署、历史评定数据导入（约2,600家民宿档案）、联调测试、试运行保障和用户培训。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰叁拾贰万元整（¥1,320,000），为固定总价，包含许可、开发、实施、培训、税费及乙方履约所需的全部费用。
P:2.2 价款构成：平台软件许可费¥680,000；定制开发费¥530,000；部署实施及数据导入费¥86,000；培训费¥24,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款，计¥264,000。
P:3.2 系统完成部署并通过初步验收后，甲方支付合同总价的45%，计¥594,000。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，计¥462,000。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款。
H:第四条 交付期限
P:4.1 乙方应于合同签订后九十日内完成部署和全部定制功能开发，并提交初步验收申请。
P:4.2 初步验收通过后进入六十日试运行期，试运行期满后十五个工作日内组织最终验收。
P:4.3 因甲方原因（如政务云资源未按期分配、接口对方未按时配合）导致延误的，交付期限相应顺延，乙方应在延误发生后三日内书面告知甲方并说明影响。
H:第五条 验收
P:5.1 初步验收标准：招标文件所列功能逐项测试通过；历史数据导入后抽样核对差错率不高于千分之二；在五百个并发用户下页面平均响应时间不超过两秒；与省级平台接口连续十日推送无差错。
P:5.2 最终验收标准：试运行期间未发生一级故障；已通过第三方网络安全等级保护测评；乙方已交付源代码、接口文档、部署手册和运维手册。
P:5.3 验收由甲方组织，可邀请专家和第三方机构参加，形成书面验收报告。系统上线、试运行或甲方付款均不视为验收合格。未通过验收的，乙方应在十五日内整改并重新申请验收。
H:第六条 服务水平
P:6.1 质保期内平台月可用率不低于99.95%（计划内维护除外，且须提前三个工作日经甲方同意）。
P:6.2 一级故障（平台无法访问、评定数据无法提交或数据错误）乙方应在30分钟内响应，两小时内到场，八小时内恢复；二级故障两小时内响应，一个工作日内解决。
P:6.3 一级故障每超过响应时限一小时，甲方从维护费或履约保证金中扣减¥800；月可用率每低于承诺值0.01个百分点，扣减¥1,500。
P:6.4 乙方应每月向甲方提交运行报告，列明可用率、故障及处理情况、接口推送统计和安全事件，作为考核与扣减的依据。
H:第七条 质量保证与后续维护
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程支持和每季度一次的现场巡检。
P:7.2 质保期满后，如甲方续购维护服务，年度维护费不超过软件许可费的9%（即每年不超过¥61,200），且在质保期满后三年内不上调。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权仍归乙方，甲方在本合同范围内享有永久使用权。
P:8.2 为甲方定制开发的模块、接口程序、数据库脚本及其源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再开发。
H:第九条 数据安全
P:9.1 平台中的民宿档案、评定记录、经营者个人信息及全部业务数据属于甲方，乙方仅为履行本合同处理，不得用于其他任何目的。
P:9.2 乙方应落实网络安全等级保护第三级要求，运维操作通过甲方堡垒机进行，不得将数据复制至甲方环境以外。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在两小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
P:9.4 合同终止或维护服务结束时，乙方应将全部数据完整移交甲方，并在甲方监督下删除其掌握的数据副本和访问凭据，出具书面删除确认。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、评定尚未公开的信息及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成整改的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的系统未通过验收且整改后仍不合格的，甲方有权拒收，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方逾期付款的，按逾期金额每日万分之三向乙方支付违约金，但因财政资金拨付流程导致的延误除外。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约（包括逾期超过三十日、验收两次未通过或发生严重数据安全事件），经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，并要求乙方退还相应款项、赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 项目团队与培训
P:15.1 乙方应指派具有同类政务平台实施经验的项目经理一名，驻场实施人员不少于三名，项目经理在交付期内不得更换；确需更换的，须经甲方书面同意，且继任人员资历不低于原人员。
P:15.2 乙方应为市、县两级文旅部门管理人员、评定专家和民宿经营者分别组织培训，总计不少于八场，每场结束后进行操作考核，并向甲方提交培训记录和操作手册。
P:15.3 乙方应在合同签订后七日内提交项目实施计划，每周提交进度报告；甲方有权对实施过程进行检查，发现问题的，乙方应及时整改。
H:第十六条 履约保证金
P:16.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（可采用银行保函形式）。最终验收合格后，履约保证金转为质量保证金，质保期满且无未决索赔的，甲方在十五个工作日内无息退还。
H:第十七条 其他
P:17.1 本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。
P:17.2 本合同一式六份，甲方四份、乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：临川市文化和旅游局　　　　乙方（盖章）：杭州栖云数智科技有限公司
P:签订日期：2027年3月18日
"""

H941Z02 = """
T:生产线控制系统改造项目合同
P:合同编号：QYJ-GZ-2027-016
P:甲方：江阴衡准气压计制造有限公司
P:乙方：无锡中控恒达自动化工程有限公司
P:甲方为提升空盒气压计及数字气压传感器生产线的自动化水平，委托乙方对其三号、四号厂房共六条生产线的控制系统进行改造。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 拆除六条产线原有继电器控制柜，更换为PLC控制柜，完成膜盒焊接、真空封装、老化、标定四道工序的控制程序编制。
P:1.2 为每条产线配置触摸屏及工控机、传感器及变送器改造包和数据采集网关，实现工艺参数自动采集。
P:1.3 提供产线监控软件许可一套（永久许可，含二十个客户端），完成与甲方现有MES系统和质量追溯系统的数据接口。
P:1.4 负责安装、布线、调试、试生产保障及操作人员和维修人员培训。
P:1.5 乙方提供的设备应为原厂全新产品，附合格证、检验报告和原产地证明；PLC、触摸屏和变送器的品牌型号以技术协议为准，未经甲方书面同意不得替换。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰捌拾万元整（¥1,800,000），含税、运输、保险、安装及调试费用，明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含编程软件授权）|6套|118,000|708,000
TB:2|触摸屏及工控机|12台|16,500|198,000
TB:3|传感器及变送器改造包|6套|42,000|252,000
TB:4|数据采集网关|6台|9,000|54,000
TB:5|产线监控软件许可|1套|216,000|216,000
TB:|软硬件小计|||1,428,000
TB:6|现场改造施工与调试|1项|236,000|236,000
TB:7|PLC程序及HMI画面编制|1项|118,000|118,000
TB:8|培训|1项|18,000|18,000
TB:|合计|||1,800,000
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货、安装完成并经单线调试后，甲方支付合同总价的45%。设备到货签收及单线调试不视为验收合格。
P:3.3 项目通过最终验收后十五个工作日内，甲方支付合同总价的35%。
H:第四条 工期
P:4.1 乙方应利用甲方安排的停产检修窗口分批施工，每批不超过两条产线，每条产线停产时间不得超过六日。全部改造应在合同生效后一百二十日内完成。
P:4.2 乙方施工应遵守甲方厂区安全、防静电和洁净车间管理制度。
P:4.3 每批施工前七日，乙方应提交施工方案、停产切换计划和回退方案，经甲方生产部和设备部确认后实施；切换失败的，乙方应在当班内恢复原控制系统，保证甲方按计划复产。
P:4.4 乙方施工人员应持证上岗，动火、登高及带电作业须办理甲方作业许可。因乙方原因发生的安全事故，由乙方承担全部责任。
H:第五条 验收
P:5.1 每条产线改造完成后连续试生产十五日，验收标准为：工序控制动作正确率达到设计要求；标定工序压力示值误差不超过±0.1hPa；试生产期间数据采集无缺失；与MES接口数据一致。
P:5.2 全部产线通过单线验收且连续运行三十日无一级故障后，由甲方组织最终验收并出具书面报告。产线投入生产不视为验收合格。
H:第六条 质量保证与维保服务
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修、更换故障部件，并免费提供程序修改和软件升级。
P:6.3 质保期内同一部件故障三次以上的，乙方应更换同型号新品，更换部件的质保期重新计算。
P:6.2 质保期满后，乙方提供驻场维保服务，年度维保费按软硬件小计的32%计收，即每年¥456,960，该费率在质保期满后三年内固定不变。维保服务包括一名驻场工程师、备品备件、季度预防性维护和程序优化。
H:第七条 服务响应
P:7.1 一级故障（整条产线停机或标定数据错误）乙方应在1小时内响应，三小时内到场，八小时内恢复生产；二级故障（单台设备异常）两小时内响应，一个工作日内修复。
P:7.2 一级故障每超过响应或恢复时限一小时，乙方向甲方支付¥1,000；二级故障每超时一日支付¥500。甲方可从应付款项中直接扣除。
P:7.3 乙方应在甲方厂区存放常用备件（含PLC模块、电源、通讯模块和传感器各至少两件），备件动用后十日内补齐。乙方应设立二十四小时服务热线，并指定一名固定的服务负责人。
H:第八条 知识产权
P:8.1 乙方为本项目编制的PLC程序、HMI画面、接口程序及其源文件和技术文档，知识产权归甲方所有，甲方可自行修改和使用。
P:8.2 监控软件标准产品及PLC厂商编程软件的知识产权归其权利人，甲方享有永久使用权。
H:第九条 数据安全
P:9.1 生产工艺参数、标定数据和质量记录属于甲方，乙方仅为履行本合同使用，不得复制、外传或用于其他目的。
P:9.2 乙方远程维护须经甲方审批并通过甲方工业防火墙和堡垒机进行，不得在控制网络中接入未经甲方许可的设备。
P:9.3 因乙方原因导致数据泄露、丢失或控制系统遭受网络攻击的，乙方应立即报告甲方、配合处置，并赔偿甲方全部损失。
P:9.4 乙方调试用的笔记本电脑和存储介质进入控制网络前须经甲方查毒，项目结束后乙方应删除其掌握的甲方程序和数据副本，并书面确认。
H:第十条 保密
P:10.1 乙方对知悉的甲方工艺配方、标定方法、客户信息及其他技术秘密和商业秘密承担保密义务，保密期限至相关信息公开之日止。
P:10.2 乙方应要求参与本项目的员工和分包单位人员签署保密承诺书，并对其违反保密义务的行为承担连带责任。未经甲方同意，乙方不得以本项目名义进行宣传或将现场照片用于案例展示。
H:第十一条 分包
P:11.1 乙方可将现场布线、控制柜基础及桥架安装等辅助施工分包给具备相应资质的单位，但应提前五个工作日书面通知甲方，并对分包单位的工作质量和安全承担全部责任。
H:第十二条 违约责任
P:12.1 乙方逾期完成改造的，每逾期一日按合同总价的千分之一支付违约金。
P:12.2 因乙方施工原因造成产线停产超出约定时间的，乙方除支付违约金外，还应赔偿甲方的直接损失。
P:12.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:13.2 乙方逾期超过四十五日，或同一产线两次验收不合格的，甲方可解除合同中未完成部分，已完成且合格的部分按合同单价结算。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院起诉。
H:第十五条 培训与技术资料
P:15.1 乙方应分别对甲方操作人员、维修电工和工艺工程师进行培训，合计不少于六十学时，培训后进行实操考核，使甲方维修人员能够独立处理常见故障和修改工艺参数。
P:15.2 最终验收前，乙方应交付电气原理图、接线图、PLC程序源文件及注释、HMI工程文件、接口说明、备件清单、操作规程和维护手册各两套，并提供电子版。
H:第十六条 其他
P:16.1 本合同附件包括技术协议、设备清单和验收大纲，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:日期：2027年4月　日
"""

H941Z03 = """浪潮室内冲浪连锁门店预约及会员管理系统服务合同

合同编号：LC-IT-2027-009
甲方：深圳逐浪者体育文化发展有限公司（以下简称“甲方”，在全国经营35家室内冲浪培训门店）
乙方：广州云驿软件服务有限公司

甲方拟采用乙方提供的“云驿场馆通”SaaS服务，实现35家门店的课程预约、教练排班、会员卡管理、储值消费和线上营销统一管理。双方依据《中华人民共和国民法典》，经友好协商订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方35家门店开通SaaS门店端，每店不限员工账号，含小程序预约、前台收银、教练排班、课时核销、储值卡与次卡管理、设备（冲浪机）预约时段管理等功能。
2. 乙方为甲方总部开通管理端，提供跨店会员通用、经营报表、营销活动配置和权限管理功能。
（二）实施服务
1. 乙方负责系统配置、35家门店的会员及储值余额数据迁移（约8.6万名会员）、与甲方现有支付通道和财务系统对接。
2. 乙方为门店店长、前台和教练组织培训，并提供操作视频和手册。
3. 乙方在上线后前两周安排驻店支持人员，分批到重点门店现场指导，并在每批门店上线当日安排远程值守。
（三）服务期
本合同服务期为两个服务年度。第一个服务年度自上线验收通过之日起算，第二个服务年度紧接其后。

二、合同价款
（一）本合同总价为人民币陆拾伍万元整（¥650,000），含税，构成如下：
1. 门店端订阅费：每店每服务年度¥7,200，35家门店两个服务年度合计¥504,000；
2. 总部管理端订阅费：每服务年度¥36,000，两个服务年度合计¥72,000；
3. 实施及数据迁移费：¥58,000（一次性）；
4. 培训费：¥16,000（一次性）。
（二）服务期内新增门店按每店每服务年度¥7,200按月折算计费，不计入本合同总价。

三、付款方式
（一）上线验收通过后十五个工作日内，甲方支付实施及数据迁移费、培训费共¥74,000，以及第一个服务年度订阅费¥288,000。
（二）第二个服务年度开始后十五个工作日内，甲方支付该服务年度订阅费¥288,000。
（三）乙方应在每次收款前开具增值税专用发票。

四、上线与验收
（一）乙方应在合同签订后四十五日内完成配置、数据迁移和对接，并分两批完成全部门店上线。
（二）上线验收标准：
1. 会员信息、储值余额、剩余课时与原系统逐条核对一致；
2. 小程序预约、收银、核销和退款流程在全部门店实测通过；
3. 支付对账和财务接口连续十日数据一致；
4. 高峰时段（周末）小程序预约页面响应时间不超过两秒。
（三）甲方在收到验收申请后七个工作日内组织验收并出具书面意见。门店开始使用系统不视为验收合格。
（四）验收未通过的，乙方应在十日内完成整改并重新提交验收，整改期间原系统由甲方继续使用，乙方应保证新旧系统数据同步，不得影响门店正常营业。

五、服务水平
（一）系统月可用率不低于99.5%，计划内维护须安排在每日凌晨一点至五点之间，并提前三日通知甲方。
（二）故障分级与响应：
1. 一级故障（全部或多家门店无法预约、收银或核销）：30分钟内响应，两小时内恢复；
2. 二级故障（单店或单一功能异常）：两小时内响应，一个工作日内解决；
3. 三级问题（咨询及优化建议）：一个工作日内答复。
（三）服务抵扣：月可用率每低于承诺值0.1个百分点，抵扣当月订阅费的5%；一级故障每超过恢复时限一小时，抵扣¥1,000。抵扣金额在下期应付款中扣除，服务期最后一期的抵扣由乙方退还。

六、数据
（一）甲方会员信息、交易记录和经营数据归甲方所有，甲方可随时导出。
（二）乙方可对甲方会员数据和交易数据进行去标识化处理后，用于行业经营分析、发布运动培训行业报告及改进乙方产品，该使用不需另行取得甲方同意。
（三）数据安全：
1. 乙方应将数据存储于中国境内的云平台，落实等级保护第三级要求，对会员手机号、身份证号等个人信息加密存储；
2. 乙方应按最小权限原则管理运维账号，保留操作日志不少于六个月；
3. 发生数据泄露、篡改或丢失的，乙方应在两小时内通知甲方并采取补救措施，因乙方原因造成的，乙方承担赔偿责任，包括甲方因此承担的行政罚款和对会员的赔偿。
（四）合同终止后三十日内，乙方应协助甲方完整导出数据，并在导出确认后删除甲方数据。

七、知识产权
（一）“云驿场馆通”平台的知识产权归乙方。
（二）乙方为甲方专门开发的报表、营销活动模板和接口程序，知识产权归甲方，甲方可自行修改或交由第三方使用。

八、保密
双方对在合作中获知的对方商业秘密、会员信息和经营数据负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后继续有效。

九、违约责任
（一）乙方逾期完成上线的，每逾期一日按合同总价的千分之一支付违约金。
（二）乙方对甲方的累计赔偿责任以合同总价的两倍为限，但因乙方故意或重大过失、数据泄露造成的损失不受此限。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
（四）因乙方系统原因导致会员储值或课时数据错误的，乙方应在二十四小时内协助更正，并承担甲方因此向会员作出的补偿。

十、分包
乙方不得将本合同项下的服务分包给第三方；确需使用第三方的，须事先取得甲方书面同意。

十一、续约与终止
（一）服务期满前六十日，双方协商续约事宜；未达成书面续约协议的，本合同于服务期满时终止，不自动续期。
（二）乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同，乙方应按比例退还未履行期间的已付费用。
（三）一个服务年度内累计发生三次以上一级故障，或连续两个月未达到月可用率承诺的，视为乙方严重违约。
（四）合同因任何原因终止的，乙方应继续提供不少于三十日的只读访问，便于甲方完成数据迁移和会员服务衔接。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交深圳国际仲裁院仲裁。

十三、服务支持
（一）乙方为甲方指定一名客户成功经理，负责需求对接、月度服务报告和季度经营复盘，并建立甲方门店店长服务群，工作日九点至二十一点在线答复。
（二）乙方每月向甲方提交服务报告，列明月可用率、故障及处理情况、抵扣金额和新功能上线情况。
（三）乙方对平台进行版本升级前应提前七日通知甲方；升级影响门店操作习惯的，乙方应提供更新说明和线上培训。周末及法定节假日等营业高峰时段不得安排升级。
（四）门店新开业或调整营业时间、课程价格的，乙方应在三个工作日内完成配置。

十四、甲方责任
（一）甲方应指定项目负责人，及时提供门店资料、历史数据和对接所需的支付及财务系统接口参数。
（二）甲方应妥善管理管理员账号和密码，因甲方人员泄露账号造成的损失由甲方承担。
（三）甲方应确保其通过系统开展的营销活动和收集会员信息的行为符合法律规定，并在小程序中向会员告知个人信息处理规则。

十五、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                      乙方（盖章）：
日期：2027年5月  日
"""

H941Z04 = """建筑起重机械（塔吊）安全监控系统运维服务合同

项目名称：2027年度建筑起重机械安全监控系统运维服务
采购方式：竞争性磋商（项目编号：NJ-ZJ-CS-2026-087）
采购人（甲方）：南江市住房和城乡建设局
供应商（乙方）：成都安衡物联技术有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就南江市建筑起重机械安全监控系统的运维服务订立本合同。

第一条 服务对象与范围
（一）运维对象为甲方建设的建筑起重机械安全监控系统，包括：监管平台（部署于南江市政务云）、在册塔式起重机上安装的监控终端约420套（含力矩、高度、幅度、回转、风速传感器及司机人脸识别模块）、施工升降机监控终端约160套，以及平台与省建筑市场监管系统的数据接口。
（二）服务内容：
1. 平台运行监控、故障处理、数据库维护、安全补丁更新和数据备份；
2. 监控终端离线排查、远程诊断，以及对施工单位维修人员的现场技术指导；
3. 新装塔吊终端的接入调试、拆除终端的注销及数据归档；
4. 报警规则维护，每月统计超载、碰撞预警和违规操作报警，形成分析报告；
5. 配合甲方开展起重机械专项检查和应急处置，提供数据查询与导出；
6. 每季度对平台服务器、数据库和接口进行一次全面巡检，出具巡检报告并提出优化建议；
7. 为甲方及各区县监管人员、施工单位安全管理人员提供平台操作培训，全年不少于六场。
（三）终端硬件由产权单位或施工单位负责维修更换，不在本合同范围内；乙方负责判定故障原因并书面告知责任单位。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满，本合同自然终止；后续服务由甲方依法另行组织采购，乙方应配合新的服务单位完成交接。

第三条 合同价款与支付
（一）合同总价为人民币肆拾捌万陆仟元整（¥486,000），为服务期内全部运维服务的固定总价，含人工、差旅、工具、备份存储及税费。
（二）服务费按季度支付，每季度¥121,500。每季度结束后，甲方在季度考核完成之日起十五个工作日内支付当季服务费；考核扣减的金额在当期支付中扣除。
（三）乙方收款前应开具合法发票。

第四条 服务水平与考核
（一）监管平台月可用率不低于99.95%，计划内维护应安排在夜间并提前两个工作日报甲方同意。
（二）故障等级与响应时限：
1. 一级故障（监管平台中断、报警推送失效、与省级系统数据中断）：30分钟内响应，两小时内恢复；
2. 二级故障（部分功能异常、单个区域终端批量离线）：一小时内响应，八小时内解决；
3. 三级故障（单台终端离线、报表错误）：一个工作日内处理。
（三）考核扣减：一级故障每超过恢复时限一小时扣减¥600；月可用率每低于承诺值0.01个百分点扣减¥500；每月因平台原因造成终端批量离线累计超过八小时的，扣减当季服务费的2%；月度分析报告逾期提交的，每次扣减¥300。
（四）季度考核由甲方依据运维日志、平台统计数据和抽查结果进行，考核结果书面通知乙方。
（五）服务期满后十五日内，甲方组织年度验收，验收标准为：全年考核记录完整；平台数据完整、可查询；运维文档、巡检记录、报警分析报告和备份数据已移交甲方。

第五条 人员要求
（一）乙方应配备不少于四名运维人员，其中驻场人员两名，工作日在甲方指定地点办公；项目负责人应具有三年以上物联网平台运维经验。
（二）乙方应设立值班电话，节假日及夜间保持人员值守。更换驻场人员须提前十日告知甲方，并经甲方认可。
（三）乙方人员进入施工现场应遵守安全管理规定，佩戴安全防护用品，不得登上塔吊作业。
（四）乙方应为运维人员办理意外伤害保险，乙方人员在服务过程中发生的人身伤害由乙方自行负责。

第六条 数据安全
（一）平台中的设备档案、运行数据、报警记录、司机身份信息和人脸照片均属于甲方，乙方仅为履行本合同处理，不得复制、留存或用于其他目的。
（二）乙方应落实网络安全等级保护第三级要求，运维操作通过甲方堡垒机进行并留存日志，不得使用个人设备接入平台。
（三）乙方应每日增量备份、每周全量备份，备份数据存放于甲方指定的政务云存储，并每季度进行一次恢复演练。
（四）发生数据泄露、篡改、丢失或网络攻击事件的，乙方应在一小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任，并承担由此产生的行政责任。
（五）服务期满时，乙方应移交全部账号、密码和数据，删除其持有的数据副本并出具书面确认。

第七条 成果归属
乙方在服务期内形成的巡检记录、分析报告、报警规则配置、运维脚本和技术文档归甲方所有，甲方可自行使用或交由后续服务单位使用。
乙方在服务期内为甲方编写的报表模板和查询脚本，应连同说明文档一并移交。

第八条 分包
乙方不得将本合同项下服务转包或分包给任何第三方。

第九条 违约责任
（一）乙方未在服务期开始之日起正常提供运维服务，或未按甲方书面整改通知在期限内完成整改的，每逾期一日按合同总价的千分之一支付违约金。
（二）因乙方运维过失导致报警失效、数据缺失，造成甲方监管工作受到影响的，乙方应承担相应赔偿责任。
（三）乙方提交的运维报告、考核数据存在虚假内容的，甲方可扣减当季服务费的5%，并将有关情况记入供应商履约评价。
（四）甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。

第十条 不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明，可部分或全部免除责任。不可抗力影响消除后，乙方应立即恢复服务，并优先恢复报警推送和与省级系统的数据对接。

第十一条 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

第十二条 服务交接与甲方配合
（一）服务期开始前十日内，乙方应与原运维单位及甲方共同完成交接，核对平台账号、服务器资源、终端清单、报警规则和历史工单，形成交接清单由三方签字。交接中发现的遗留问题由乙方列出清单并提出处理计划。
（二）甲方应为驻场人员提供办公场所和网络条件，协调政务云运营单位和施工单位配合乙方工作，并及时审批乙方提交的运维变更申请。
（三）重大活动保障、极端天气预警或安全事故调查期间，乙方应按甲方要求增派人员，实行全天值守，并在事件结束后三日内提交保障总结，所需费用已包含在合同总价中。

第十三条 服务报告
（一）乙方每月五日前向甲方提交上月运维报告，内容包括平台运行指标、故障处理记录、终端在线情况、报警统计与分析、整改建议。
（二）乙方每季度对各区县在册塔吊的监控终端安装和使用情况进行一次统计，列出长期离线、未接入或报警频繁的设备及所属工地，供甲方开展执法检查。
（三）服务期满前，乙方提交年度运维总结，并对系统升级改造提出书面建议。

第十四条 其他
（一）磋商文件、响应文件和成交通知书是本合同的组成部分。
（二）本合同一式五份，甲方三份、乙方两份，经双方签字盖章后生效。

甲方（盖章）：南江市住房和城乡建设局          乙方（盖章）：成都安衡物联技术有限公司
签订日期：2026年12月  日
"""

H941Z05 = """# 软件产品销售及定制开发合同

**（匠链软件标准合同文本 JZ-HT-2026版）**

合同编号：JZ-XS-2027-0422

甲方（买方）：苏州锦箔坊金箔工艺工作室

乙方（卖方）：南京匠链信息技术有限公司

甲方拟采购乙方“匠链工艺追溯系统”，用于金箔锻制各道工序的记录与成品追溯。双方根据《中华人民共和国民法典》，在平等自愿的基础上，采用乙方标准合同文本订立本合同。

## 第一条 产品与服务

1.1 乙方向甲方提供“匠链工艺追溯系统”标准版软件许可一套（单工作室，不限终端数），许可期限为永久。

1.2 乙方按甲方需求进行定制开发，内容包括：化金、打金条、拍叶、打金开子、落金开子、切箔等工序记录模板，电子秤称重数据自动采集接口，每批次金箔的追溯二维码及对外查询页面。

1.3 乙方负责系统部署、基础数据录入指导和操作培训。培训以远程方式为主，共两次，每次不超过半天，培训对象为甲方指定的管理人员和工序负责人，每次不超过八人。

1.4 本合同不包括甲方其他业务系统（如财务、电商平台）的对接，也不包括超出本合同附件需求清单的功能。甲方在开发过程中提出的新增需求，乙方可另行报价，经双方确认后实施。

## 第二条 合同价格

2.1 本合同总价为人民币叁拾贰万贰仟元整（¥322,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠链工艺追溯系统标准版软件许可 | 168,000 |
| 2 | 定制开发（工序模板、称重接口、追溯码及查询页面） | 126,000 |
| 3 | 部署实施 | 22,000 |
| 4 | 培训 | 6,000 |
| | 合计 | 322,000 |

2.2 上述价格含增值税，不含甲方自行采购的电子秤、扫码枪、标签打印机和服务器等硬件。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥209,300。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即¥112,700。

3.3 甲方未按期付款的，乙方有权暂停开发、部署或服务，由此造成的工期延误由甲方负责。

## 第四条 交付

4.1 乙方在收到首付款后六十日内完成定制开发并部署上线。

4.2 甲方应按乙方要求提供工序资料、场地、网络和硬件环境，并安排人员配合测试。因甲方资料或环境未按时到位导致延误的，交付日期相应顺延。

4.3 本合同所称“上线”，指乙方完成系统部署并向甲方开通正式账号。乙方开通账号后即以邮件或微信方式通知甲方联系人。

## 第五条 验收

5.1 系统部署上线后，乙方通知甲方使用。系统上线运行即视为甲方验收合格。

5.2 甲方在使用中发现问题的，可通过乙方客服系统提交，乙方按第七条处理，不影响验收结论及付款。

## 第六条 知识产权

6.1 “匠链工艺追溯系统”及乙方为本合同进行的定制开发成果（包括工序模板、称重接口程序、追溯查询页面及相关源代码和文档）的知识产权均归乙方所有。

6.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行修改、反向工程，或将定制开发成果提供给第三方使用。

6.3 乙方有权将定制开发中形成的通用功能纳入其标准产品，向其他客户提供。

## 第七条 免费维护与技术支持

7.1 系统上线之日起六个月为免费维护期，乙方提供远程技术支持、缺陷修复和版本升级。

7.2 故障响应：乙方在工作日九点至十八点通过电话、远程方式提供支持。一级故障（系统无法登录或无法记录工序数据）乙方在8小时内响应；其他问题在三个工作日内答复。

7.3 远程支持需甲方开放远程桌面或提供临时账号，甲方未能及时配合的，响应时间顺延。现场支持不在免费维护范围内，如需现场服务，甲方应承担差旅费并按乙方工程师日费标准另行支付费用。

7.4 乙方将尽力在合理时间内排除故障，但不对故障排除时间作出承诺，亦不因响应或处理延迟承担扣款、赔偿或违约责任。

7.5 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订年度维护合同，年度维护费按乙方当年公布的价格标准执行。

## 第八条 数据

8.1 甲方在系统中录入和产生的工序记录、批次数据及客户信息归甲方所有，乙方仅为提供本合同服务而处理，不得用于其他目的。

8.2 乙方应采取必要的技术措施保障系统和数据安全，包括访问控制、数据加密和每日备份；发生数据泄露或丢失的，乙方应及时通知甲方并协助处置，因乙方原因造成的，乙方按第十条承担责任。

8.3 合同终止或维护服务结束后，乙方应甲方要求可提供一次数据导出服务（Excel格式），导出完成后乙方删除甲方数据。

## 第九条 保密

9.1 双方对本合同内容及在履行中知悉的对方技术信息、工艺信息和经营信息负有保密义务，未经对方书面同意不得披露，本条在合同终止后三年内有效。

9.2 乙方可在其官方网站、宣传材料中将甲方列为客户案例，但不得披露甲方的工艺参数和客户信息。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金。

10.2 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金。

10.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的20%为限，且不承担甲方的利润损失、商誉损失等间接损失。

10.4 因甲方提供的资料错误、运行环境不符合要求或甲方擅自修改系统配置导致的损失，乙方不承担责任。甲方提出索赔的，应在知道或应当知道损失发生之日起三十日内书面提出，逾期视为放弃。

## 第十一条 合同解除

11.1 一方严重违反本合同，经对方书面催告后三十日内仍未纠正的，守约方可以书面通知解除本合同。

## 第十二条 争议解决

12.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十三条 甲方义务

13.1 甲方应指定一名联系人，负责需求确认、资料提供和测试配合。需求清单经甲方签字确认后不再变更；确需变更的，视为新增需求。

13.2 甲方应自行负责服务器、网络、电子秤等硬件的采购、安装和维护，并保证运行环境符合乙方提供的配置要求。因运行环境问题导致系统异常的，不属于乙方维护范围。

13.3 甲方应妥善保管系统账号和密码，对通过其账号进行的操作负责，并自行做好业务数据的日常导出备份。

## 第十四条 不可抗力

14.1 因地震、火灾、疫情、政府行为、网络运营商故障、黑客攻击等不能预见、不能避免且不能克服的原因导致不能履行合同的，受影响一方不承担违约责任，但应及时通知对方。

## 第十五条 通知与送达

15.1 双方在合同首页列明的地址、电话和电子邮箱为有效送达地址。一方变更联系方式的，应在变更后三日内书面通知对方，否则按原地址送达即视为已送达。

## 第十六条 其他

16.1 本合同附件《需求清单》经双方签字确认后与本合同具有同等效力。本合同未尽事宜，双方可另行签订补充协议。

16.2 本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：__________　　乙方（盖章）：__________

日期：2027年4月22日
"""

H941E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. SPA-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made on 8 March 2027 between:
P:(1) Guangxi Beihai Linhai Paper Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Beihai, Guangxi (the "Buyer"); and
P:(2) Satakunta Process Analytics Oy, a company incorporated in Finland with its registered office at Satakunnankatu 18, 28100 Pori, Finland (the "Supplier").
P:The Buyer operates a pulp and paperboard mill with two board machines. The Supplier develops MillSight, a software suite for predictive maintenance and process optimisation in pulp and paper mills. The Buyer wishes to license MillSight on a perpetual basis and to engage the Supplier to implement it at the Beihai mill.
H:Article 1 Definitions
P:1.1 "Software" means the MillSight modules listed in Annex 1 in object code, including updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, data models, dashboards, configuration files and documentation created by the Supplier specifically for the Buyer under this Agreement.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 6.4 that the system has passed the Final Acceptance Test.
P:1.4 "Buyer Data" means all process, equipment, quality and production data of the Buyer processed by the Software or disclosed to the Supplier.
H:Article 2 Scope
P:2.1 The Supplier shall grant the licence under Article 3 and shall deliver the following services: installation of the Software on the Buyer's servers at the mill; configuration of the condition monitoring and quality prediction models for both board machines; interfaces to the Buyer's distributed control system historian, the laboratory information system and the maintenance management system; and training of the Buyer's engineers and operators.
P:2.2 The detailed scope, the project plan and the Final Acceptance Test criteria are set out in Annexes 2 and 3.
H:Article 3 Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Beihai mill for up to 60 named users and for the data of both board machines.
P:3.2 The Buyer may make copies for backup, testing and disaster recovery. The Buyer may transfer the licence to an affiliate that takes over the operation of the mill, on written notice to the Supplier.
P:3.3 The Software remains the property of the Supplier and its licensors.
H:Article 4 Price
P:4.1 The Contract Price is CNY 1,750,000 (one million seven hundred and fifty thousand yuan), inclusive of Chinese VAT and all withholding taxes, made up as follows: perpetual licence fee CNY 1,160,000; implementation and configuration CNY 348,000; interfaces CNY 196,000; training CNY 46,000.
P:4.2 The Contract Price is fixed and covers all travel, accommodation and expenses of the Supplier's personnel.
H:Article 5 Payment
P:5.1 20% of the Contract Price (CNY 350,000) shall be paid within 15 business days after signature, against the Supplier's invoice and an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:5.2 45% of the Contract Price (CNY 787,500) shall be paid within 20 business days after the Software has been installed and the interfaces have passed the integration test. Installation is not acceptance.
P:5.3 35% of the Contract Price (CNY 612,500) shall be paid within 20 business days after Final Acceptance.
P:5.4 Payments are made in CNY to the Supplier's designated account. Each party bears its own bank charges.
H:Article 6 Delivery and Acceptance
P:6.1 The Supplier shall complete installation, configuration and interfaces within 120 days after signature, following the project plan in Annex 2.
P:6.2 After installation, the system shall run in parallel with the Buyer's existing tools for a trial period of 60 days.
P:6.3 The Final Acceptance Test shall verify at least: all functions listed in Annex 3; prediction of board moisture and basis weight within the tolerances stated in Annex 3 on at least 20 consecutive production days; correct and complete data transfer through each interface for 14 consecutive days; and no open Severity 1 defect.
P:6.4 If the test is passed, the Buyer shall issue a written Final Acceptance certificate within 10 business days. If it is not passed, the Supplier shall remedy the defects within 20 days and the test shall be repeated. Use of the system in production, or any payment, does not constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 The Supplier warrants that the Software and the Custom Deliverables will conform to the specifications for a warranty period of 24 months from Final Acceptance. During the warranty period the Supplier shall provide free of charge: defect correction, updates and new releases, remote support and two on-site visits per year.
P:7.2 Support levels: Severity 1 (the system is down or predictions for a board machine are unavailable) shall be responded to within 1 hour and a workaround shall be provided within 8 hours; Severity 2 (a function is impaired) shall be responded to within 2 hours and resolved within 3 business days; Severity 3 shall be answered within 2 business days.
P:7.3 For each full hour by which the Supplier misses the Severity 1 response or workaround time, the Supplier shall credit CNY 1,200 against the next amount payable, or pay it to the Buyer if no amount remains payable.
P:7.4 After the warranty period the Buyer may purchase annual support on the same terms. The annual support fee shall be 11% of the licence fee, i.e. CNY 127,600 per year, and shall not be increased during the first three support years. The Buyer may stop buying support at the end of any support year.
H:Article 8 Intellectual Property
P:8.1 The Supplier retains all intellectual property rights in the Software and in its pre-existing tools.
P:8.2 All intellectual property rights in the Custom Deliverables, including the source code of the interfaces, vest in the Buyer on creation. The Buyer may use, modify and license the Custom Deliverables freely. The Supplier shall deliver their source code and documentation before Final Acceptance.
P:8.3 The Supplier shall indemnify the Buyer against third-party claims that the Software or the Custom Deliverables infringe intellectual property rights.
H:Article 9 Data Protection and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall process Buyer Data only to perform this Agreement and shall not use it for any other purpose, including benchmarking or product development.
P:9.2 The Software is installed on the Buyer's servers. Remote access by the Supplier is permitted only through the Buyer's VPN and jump server, with named accounts approved by the Buyer, and shall be logged.
P:9.3 The Supplier shall not export Buyer Data outside the mill's network or outside the People's Republic of China.
P:9.4 The Supplier shall notify the Buyer within 2 hours after becoming aware of any security incident affecting Buyer Data or the Buyer's systems, shall take all reasonable remedial steps, and shall be liable for losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's process recipes and production figures and the Supplier's model documentation, shall use it only for this Agreement and shall not disclose it to third parties without prior written consent.
P:10.2 This obligation survives termination for seven years.
H:Article 11 Delay Damages and Liability
P:11.1 If the Supplier fails to complete the work by the date in Article 6.1 for reasons attributable to it, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability under Articles 8.3 and 9, to personal injury, or to wilful misconduct or gross negligence.
P:11.3 Neither party is liable for loss of profit or indirect loss, except in the cases excluded from the limit in Article 11.2.
H:Article 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the services without the Buyer's prior written consent. The Supplier remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within 30 days after a written request, or if the delay damages under Article 11.1 reach their maximum.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for work that has not been accepted, and the Buyer may keep and use the Software and the Custom Deliverables delivered up to that date.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Finland, excluding its conflict of laws rules.
P:14.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the Arbitration Rules of the Finland Chamber of Commerce. The seat of arbitration is Helsinki and the language is English.
H:Article 15 General
P:15.1 This Agreement, with its Annexes, is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English in two originals, one for each party.
P:Annex 1: Software modules. Annex 2: Scope and project plan. Annex 3: Final Acceptance Test criteria.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H941E02 = """# ORDER FORM — QualiVigna QMS Cloud

Order Form No. LD-OF-2027-0093

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A the parties agree to both parts.

## PART A — ORDER DETAILS

### A1. Parties

**Supplier:** Langhe Digital S.r.l., Corso Alfieri 212, 14100 Asti (AT), Italy, VAT IT02318450053, acting through its registered branch office in Shanghai for invoicing in China.

**Customer:** Ningbo Haoyun Beverage Co., Ltd., No. 88 Binhai Road, Beilun District, Ningbo, Zhejiang, People's Republic of China.

### A2. Service

QualiVigna QMS Cloud, a hosted quality-management service for food and beverage producers, with the following modules: document control, non-conformance and CAPA, HACCP plans, laboratory results, complaint handling, and the Supplier Audit module for the Customer's raw-material and packaging suppliers. The Service is hosted in the Alibaba Cloud Shanghai region (mainland China).

### A3. Subscription Term

- Subscription Start Date: 1 June 2027.
- Initial Subscription Term: two Subscription Years, from 1 June 2027 to 31 May 2029. A "Subscription Year" is each period of that length starting on 1 June.
- Renewal: see Section 12 of Part B.

### A4. Fees

| Item | Quantity | Unit price (CNY) | Per Subscription Year (CNY) | Initial Term total (CNY) |
|---|---|---|---|---|
| QMS Cloud named users | 180 | 1,450 per user per Subscription Year | 261,000 | 522,000 |
| Supplier Audit module | 1 | 48,000 per Subscription Year | 48,000 | 96,000 |
| Onboarding services (one-time) | 1 | 42,000 | — | 42,000 |
| **Total fees for the Initial Subscription Term** | | | | **660,000** |

All amounts include Chinese VAT. Additional users may be added at any time at the unit price above, pro rata to the end of the current Subscription Year; such additions are not part of the total above.

### A5. Invoicing and Payment

- Subscription fees are invoiced annually at the start of each Subscription Year (CNY 309,000 on 1 June 2027 and CNY 309,000 on 1 June 2028) and are payable within 30 days after receipt of a valid VAT invoice.
- Onboarding services are invoiced after Go-Live Acceptance under Section 3 of Part B and are payable within 30 days.
- No other amount is payable under this Order Form.

### A6. Contacts and Signatures

Supplier account manager: Chiara Ferrero, chiara.ferrero@langhedigital.example. Customer project owner: Zhang Wei, Quality Director.

For Langhe Digital S.r.l.: ____________________ Date: __________

For Ningbo Haoyun Beverage Co., Ltd.: ____________________ Date: __________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, documents and records that the Customer or its users enter into or generate in the Service, including supplier audit records and laboratory results.

1.2 "Onboarding Deliverables" means the configured workflows, form templates, data mappings, migration scripts and reports created by the Supplier for the Customer during onboarding.

1.3 "Incident" means any failure of the Service to operate in accordance with its documentation.

### 2. Provision of the Service

2.1 The Supplier shall make the Service available to the Customer's users from the Subscription Start Date in accordance with the documentation and the service levels in Section 5.

2.2 The Supplier may improve the Service during the term, provided that no change materially reduces its functions or security.

### 3. Onboarding and Go-Live Acceptance

3.1 The Supplier shall configure the Service for the Customer's three production plants, migrate the Customer's existing HACCP plans, procedures and the last three years of complaint records, and train 20 key users.

3.2 The Supplier will use reasonable efforts to complete onboarding by 15 July 2027.

3.3 Go-Live Acceptance criteria: (a) every workflow listed in the onboarding plan has been tested by the Customer's key users without a critical defect; (b) migrated records reconcile with the source files by record count and by a sample check of 200 records; (c) single sign-on with the Customer's directory works for all users. The Customer shall confirm acceptance or list the failed criteria within 10 business days after the Supplier's notice of readiness. Use of the Service in production before that confirmation does not constitute acceptance.

### 4. Customer Responsibilities

4.1 The Customer shall provide the data, documents and key-user time needed for onboarding and shall keep its user credentials secure.

4.2 The Customer is responsible for the accuracy of Customer Data and for its users' compliance with these terms.

### 5. Service Levels

5.1 Availability: the Service shall be available at least 99.95% of each calendar month, excluding planned maintenance announced at least 5 days in advance and carried out between 00:00 and 05:00 Beijing time.

5.2 Incident response: Priority 1 Incidents (the Service is unavailable or Customer Data cannot be saved) shall be responded to within 30 minutes and restored within 3 hours, at all times; Priority 2 Incidents within 2 hours and 1 business day; Priority 3 Incidents within 1 business day and 5 business days.

5.3 Service credits: if monthly availability is below the commitment, the Customer receives a credit of 5% of the monthly equivalent of the subscription fees for each 0.1 percentage point or part of it below the commitment, up to 50% of that monthly equivalent. For each Priority 1 Incident not restored within the restoration time, the Customer receives a further credit of CNY 2,000. Credits are deducted from the next invoice or refunded at the end of the term.

5.4 The Supplier shall send a monthly service report showing availability, Incidents and credits.

### 6. Customer Data and Data Security

6.1 Customer Data belongs to the Customer. The Supplier shall process Customer Data only to provide the Service to the Customer and shall not use it for any other purpose, in identified, aggregated or anonymised form.

6.2 The Supplier shall keep Customer Data within mainland China, encrypt it in transit and at rest, restrict access to authorised personnel on a need-to-know basis, keep audit logs, and maintain an information security programme certified to ISO/IEC 27001.

6.3 The Supplier shall notify the Customer of any security breach affecting Customer Data within 24 hours after discovery, shall cooperate with the Customer and the competent authorities, and shall bear the costs and losses caused by breaches attributable to the Supplier.

6.4 The Customer may export Customer Data at any time. Within 30 days after the end of the term the Supplier shall return Customer Data in a standard format and then delete it, confirming deletion in writing.

### 7. Intellectual Property

7.1 The Supplier owns the Service, its software and documentation. The Customer receives the right to use the Service during the term.

7.2 The Onboarding Deliverables belong to the Customer, which may use, modify and license them freely, also with another provider after the term.

### 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public business and technical information, use it only under this Order Form and disclose it only to employees and advisers who need to know it and are bound by similar obligations. This Section survives for three years after the term.

### 9. Sub-processors

9.1 The Supplier uses Alibaba Cloud as hosting provider, which the Customer approves by signing this Order Form. Any other subcontractor or sub-processor requires the Customer's prior written consent. The Supplier remains responsible for them.

### 10. Fees and Taxes

10.1 Fees are stated in CNY and include VAT. Late payments by the Customer bear simple interest at the Loan Prime Rate published by the National Interbank Funding Center.

### 11. Liability

11.1 Each party's total liability under this Order Form is limited to two times the total fees for the Initial Subscription Term stated in A4. The limit does not apply to breaches of Sections 6 and 8, to personal injury or to wilful misconduct.

11.2 Neither party is liable for indirect or consequential loss.

### 12. Term, Renewal and Termination

12.1 At the end of the Initial Subscription Term this Order Form renews automatically for successive renewal terms, each as long as a Subscription Year, unless either party gives written notice of non-renewal at least 60 days before the end of the then-current term.

12.2 For any renewal term, the Supplier may change the fees to its list prices then in effect by notice to the Customer at least 90 days before the renewal.

12.3 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after written notice. If the Customer terminates for the Supplier's breach, the Supplier shall refund prepaid fees for the remaining period.

### 13. Governing Law and Disputes

13.1 This Order Form is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules then in force. The award is final and binding on both parties.

### 14. Miscellaneous

14.1 This Order Form is the entire agreement of the parties on its subject. Changes require a written amendment signed by both parties. Notices shall be sent to the contacts in A6.
"""

H941E03 = """
T:SUPPLY AND LICENCE CONTRACT — CONVEYOR AND KILN CONDITION MONITORING
P:Contract No. WJC-EQ-2027-061
P:This Contract is made on 19 April 2027 on the Buyer's standard terms between Anhui Wanjiang Cement Co., Ltd., Wuhu, Anhui Province, People's Republic of China (the "Buyer") and Vanaja Sensor Systems Oy, Parolantie 36, 13130 Hämeenlinna, Finland (the "Supplier").
H:1. Definitions and Purpose
P:1.1 "Equipment" means the wireless vibration and temperature sensors, gateways and accessories listed in Clause 3.
P:1.2 "Software" means the Supplier's VanajaWatch condition-monitoring software licensed under Clause 5.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's two clinker lines in Wuhu.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate issued under Clause 7.4.
P:1.5 The purpose of this Contract is early detection of bearing, gearbox and motor faults on the Buyer's belt conveyors, bucket elevators, kiln drives, raw mills and cement mills, in order to reduce unplanned stoppages.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment, license the Software and provide installation supervision, commissioning, configuration of analytics models for 210 monitored machines, integration with the Buyer's DCS and maintenance management system, and training.
P:2.2 The technical specification and the site layout are in Appendix 1. In case of conflict, this Contract prevails over the appendices.
H:3. Contract Price
P:3.1 The Contract Price is CNY 2,000,000, including VAT, customs duties, freight to the Buyer's site, insurance and all services, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor VW-S3|420|2,380|999,600
TB:2|Gateway VW-G2 with mounting kit|28|8,600|240,800
TB:3|VanajaWatch software, perpetual licence (site, 500 sensors)|1|386,000|386,000
TB:|Equipment and licence subtotal|||1,626,400
TB:4|Installation supervision and commissioning|1|214,000|214,000
TB:5|Analytics model configuration and DCS / CMMS integration|1|118,600|118,600
TB:6|Training|1|41,000|41,000
TB:|Total Contract Price|||2,000,000
P:3.2 The Contract Price is fixed. Quantities may be changed by written change order at the unit prices above.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 200,000) within 15 business days after signature, against an advance payment guarantee of the same amount from a bank in China acceptable to the Buyer.
P:4.2 55% of the Contract Price (CNY 1,100,000) within 30 days after all Equipment has been delivered and installed and the Buyer has signed the delivery and installation record. That record confirms quantities only and is not acceptance.
P:4.3 35% of the Contract Price (CNY 700,000) within 30 days after Final Acceptance.
P:4.4 Each payment requires a valid VAT special invoice.
H:5. Licence
P:5.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Wuhu plant for up to 500 sensors and unlimited users, installed on the Buyer's own servers.
P:5.2 The Buyer may copy the Software for backup and testing and may move it to other servers of the Buyer.
H:6. Delivery and Installation
P:6.1 The Supplier shall deliver the Equipment to the Buyer's Wuhu plant within 75 days after signature. Delivery is DDP Wuhu (Incoterms 2020).
P:6.2 The Supplier shall complete installation supervision and commissioning within 45 days after delivery, during the planned kiln shutdown notified by the Buyer.
P:6.3 The Supplier's personnel shall follow the Buyer's site safety rules, including lock-out procedures, hot-work permits and the use of protective equipment.
H:7. Acceptance
P:7.1 After commissioning, the System shall operate for a trial run of 60 days.
P:7.2 Final Acceptance criteria: (a) every sensor transmits data without any gap longer than 30 minutes over the last 14 days of the trial run; (b) vibration readings of 20 sample points agree with the Buyer's calibrated portable analyser within the tolerance in Appendix 1; (c) alarms reach the DCS and create work orders in the maintenance management system correctly in a test of 30 simulated events; (d) all documentation and training have been delivered.
P:7.3 The Buyer shall carry out the acceptance test with the Supplier and record the results. Failed items shall be corrected within 15 days and retested.
P:7.4 When all criteria are met, the Buyer shall sign the Final Acceptance certificate within 10 business days. Use of the System during the trial run does not constitute acceptance.
H:8. Warranty and Support
P:8.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge, including transport, and shall provide software updates, remote support and an annual on-site health check.
P:8.2 Sensor batteries are warranted to last at least three years under the configured transmission interval; batteries failing earlier are replaced free of charge.
P:8.3 Support levels: Priority 1 (gateway failure, loss of data from a kiln drive or a whole production area, or the Software is down) shall be responded to within 1 hour and resolved within 24 hours; Priority 2 (a single sensor group or a software function is impaired) shall be responded to within 2 hours and resolved within 3 business days; Priority 3 (questions and minor defects) shall be answered within 2 business days.
P:8.4 For each hour by which a Priority 1 response or resolution time is exceeded, the Supplier shall pay CNY 1,000, which the Buyer may deduct from any amount due.
P:8.5 After the warranty period, the Supplier shall offer annual support at no more than 8% of the Equipment and licence subtotal (CNY 130,112 per year), fixed for the first two years after the warranty period. Replacement sensors shall be available for seven years after Final Acceptance.
H:9. Intellectual Property
P:9.1 The Software and the Supplier's pre-existing analytics methods remain the Supplier's property.
P:9.2 The analytics models, alarm thresholds, dashboards, integration scripts and documentation configured for the Buyer belong to the Buyer, which may use, modify and license them freely.
H:10. Data Security
P:10.1 All measurement data, alarms and maintenance records belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not copy them outside the Buyer's systems.
P:10.2 The Supplier shall access the System remotely only through the Buyer's VPN with individual accounts approved by the Buyer. The Equipment shall use encrypted radio transmission as specified in Appendix 1.
P:10.3 The Supplier shall report any security incident within 2 hours, assist in its handling and compensate the Buyer for losses caused by the Supplier's breach of this Clause.
H:11. Confidentiality
P:11.1 Each party shall keep the other party's confidential information secret, use it only for this Contract and not disclose it without prior written consent, for seven years after the end of this Contract.
H:12. Delay and Liability
P:12.1 If the Supplier is late in delivery or commissioning, it shall pay delay damages of 0.08% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 10 and 11.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any work under this Contract without the Buyer's prior written consent.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if delay damages reach their maximum. The Supplier shall then refund amounts paid for items not accepted.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.
H:16. Training and Documentation
P:16.1 The Supplier shall train eight of the Buyer's maintenance engineers as system administrators and forty operators and technicians as users, in Chinese, at the Wuhu plant. Training shall cover sensor mounting and replacement, gateway configuration, alarm handling, model tuning and routine administration of the Software.
P:16.2 Before Final Acceptance the Supplier shall deliver, in Chinese and English, the installation records with sensor positions and photographs, the network diagram, the configuration backup, the user and administrator manuals and the spare-parts list.
H:17. Packing, Spare Parts and Compliance
P:17.1 The Equipment shall be new, packed for sea and road transport and marked with the Buyer's contract number. Each sensor shall carry a label with its serial number and mounting position.
P:17.2 The Supplier shall deliver, at no extra charge, a set of spare parts equal to 2% of the sensors and one spare gateway, to be kept at the Buyer's store.
P:17.3 The Equipment shall hold the radio type approval required in China and be certified for use in dusty areas, and the Supplier shall provide copies of the certificates before delivery.
H:18. Force Majeure and General
P:18.1 A party prevented from performing by force majeure shall notify the other party promptly and provide evidence; its obligations are suspended for the duration of the event.
P:18.2 This Contract is made in Chinese and English; both versions have equal effect. Amendments must be in writing and signed by both parties.
P:Appendix 1: Technical specification and site layout. Appendix 2: Training plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H941E04 = """# MANAGED IT AND PLANT NETWORK SERVICES AGREEMENT

Agreement No. XSG-MS-2027-02

This Managed Services Agreement (the "Agreement") is entered into on 24 May 2027 between:

- **Xiamen Shiguang Stone Industry Co., Ltd.**, Jimei District, Xiamen, Fujian, People's Republic of China (the "Customer"); and
- **Apuana Managed Services S.p.A.**, Via Aurelia Ovest 145, 54100 Massa (MS), Italy, performing in China through its wholly owned subsidiary in Xiamen (the "Provider").

The Customer operates four stone-processing plants with block cutting, slab polishing and CNC workshops. The Provider specialises in IT and industrial network services for the stone industry. The Customer wishes to outsource the operation of its plant networks, servers and end-user IT to the Provider for 36 months.

## Section 1 Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Service Commencement Date" means 1 August 2027, the date on which the Provider takes over operational responsibility after Transition.

1.5 "Customer Data" means all data of the Customer, its employees and customers that the Provider accesses, stores or processes while performing the Services.

## Section 2 Term

2.1 This Agreement starts on signature. The service term is 36 months from the Service Commencement Date.

2.2 The parties may extend the term by written agreement signed before its expiry, at the Charges then applicable under Schedule 3 unless otherwise agreed. There is no automatic extension.

## Section 3 Transition

3.1 Between signature and the Service Commencement Date the Provider shall take over the Services from the Customer's internal team: record all assets and configurations, document the networks of the four plants, set up monitoring and the service desk, and prepare runbooks.

3.2 Transition is accepted when the Customer confirms in writing that: the asset inventory and network documentation are complete and checked on site; monitoring covers every device listed in Schedule 1; the service desk has handled a test week of live tickets; and the runbooks for the critical systems have been approved. The Customer shall confirm or list missing items within 5 business days after the Provider's notice.

3.3 If the Provider is not ready to take over the Services on the Service Commencement Date for reasons attributable to it, the Provider shall pay delay damages of 0.1% of the Contract Value for each day of delay.

## Section 4 Services and Service Levels

4.1 The Provider shall perform the Services in Schedule 1 with qualified personnel, in accordance with good industry practice and the Customer's IT and safety policies.

4.2 The Provider shall meet the Service Levels in Schedule 2 and report on them monthly. Schedule 2 states the consequences of a missed Service Level.

4.3 The Provider shall hold quarterly service reviews with the Customer and propose improvements.

4.4 Changes to production networks and servers follow the Customer's change procedure. Changes that may interrupt production shall be approved by the plant manager and carried out during planned stoppages, with a tested rollback plan.

## Section 5 Charges and Payment

5.1 The Contract Value is CNY 2,544,000, being the monthly service charge for 36 months plus the one-time transition charge, as set out in Schedule 3. All Charges include VAT.

5.2 The monthly service charge is invoiced at the end of each month in which the Services were provided and is payable within 30 days after receipt of a valid VAT invoice. The transition charge is invoiced after the Customer's written acceptance of Transition under Section 3.2.

5.3 The Charges are fixed for the term. Additional devices or sites are charged by written change order at the unit rates in Schedule 3.

## Section 6 Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and shall not retain, analyse or use it for any other purpose.

6.2 The Provider shall comply with the Customer's information security policies and with the Cybersecurity Law and the Personal Information Protection Law of the People's Republic of China. It shall use named administrator accounts, multi-factor authentication and the Customer's privileged access management system, and shall keep all Customer Data in the Customer's data centre in Xiamen.

6.3 The Provider shall report any security incident affecting Customer Data or the Customer's systems within 1 hour, contain it, cooperate in the investigation and bear the losses caused by incidents attributable to the Provider, including the costs of notification and remediation.

## Section 7 Confidentiality

7.1 Each party shall keep confidential the non-public information of the other party, use it only for this Agreement and disclose it only to its personnel and advisers who need it and are bound by equivalent duties. This obligation continues for three years after the end of this Agreement.

## Section 8 Intellectual Property

8.1 The Provider keeps its monitoring tools, scripts and methods developed before or independently of this Agreement, and grants the Customer a free licence to use them in connection with the Services until the end of exit assistance.

8.2 Runbooks, network documentation, configurations and reports produced for the Customer under this Agreement belong to the Customer, which may use, modify and pass them to any other provider.

## Section 9 Personnel and Subcontracting

9.1 The Provider shall assign a service delivery manager and at least two resident engineers located in Xiamen.

9.2 Resident engineers shall not be replaced without one month's notice and a handover period, except for illness or resignation. The Customer may require the replacement of any person who breaches its site rules.

9.3 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

## Section 10 Liability

10.1 The Provider's aggregate liability arising out of or in connection with this Agreement is limited to the total Charges paid by the Customer in the six months preceding the event giving rise to the claim.

10.2 The limit in Section 10.1 does not apply to death or personal injury, wilful misconduct or breach of Section 6. Neither party is liable for indirect loss or loss of profit.

## Section 11 Termination and Exit

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after written notice, or if the Provider misses the same Priority 1 Service Level in three consecutive months.

11.2 On expiry or termination the Provider shall provide exit assistance for up to 90 days at no extra charge, hand over all documentation, credentials and Customer Data, and then delete any copies it holds.

## Section 12 Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules.

## Section 13 General

13.1 This Agreement with its Schedules is the entire agreement of the parties. In case of conflict, the Sections prevail over the Schedules. Amendments must be in writing.

For the Customer: ____________________ For the Provider: ____________________

## Schedule 1 — Services and Sites

| Service | Scope | Sites |
|---|---|---|
| Plant networks | Core and access switches, industrial Wi-Fi for CNC machines and overhead cranes, firewalls; monitoring, changes, firmware | Plants 1–4 |
| Servers and storage | 38 virtual servers on two clusters, backup, patching, capacity reports | Xiamen data centre |
| End-user IT | Service desk in Chinese (07:00–22:00 daily), 460 PCs and laptops, printers, onboarding and leavers | All sites and head office |
| Security operations | Endpoint protection, log review, vulnerability scans each month | All sites |
| On-site support | Resident engineers; dispatch to plants 2–4 | Plants 1–4 |

## Schedule 2 — Service Levels

| Service Level | Target | Measurement |
|---|---|---|
| Plant network availability | 99.95% per month for each plant | Monitoring tool, excluding agreed maintenance windows |
| Priority 1 incident (plant production network or ERP access down) | Response within 15 minutes; restoration within 6 hours | Service desk tickets |
| Priority 2 incident (one workshop or system impaired) | Response within 1 hour; restoration within 1 business day | Service desk tickets |
| Priority 3 incident and requests | Response within 8 business hours; fulfilment within 3 business days | Service desk tickets |
| Backup completion | Every scheduled job completed; any failed job rerun within 24 hours | Backup reports |

Consequences: the Service Levels are targets for reporting and continuous improvement. No service credits, fee reductions or other payments apply to a missed Service Level. For each missed Service Level the Provider shall deliver a written root-cause analysis and remediation plan within 10 business days and implement it.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition (one-time) | Fixed, invoiced after acceptance of Transition | 96,000 |
| Monthly service charge | Fixed, 36 months × 68,000 | 2,448,000 |
| **Contract Value** | | **2,544,000** |
| Additional PC or laptop | Per device per month | 45 |
| Additional virtual server | Per server per month | 380 |
"""

H941E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. UA-CN-2027-031

PARTIES

This Data and API Subscription Agreement (the "Agreement") is made on 2 June 2027 between Shaanxi Qinfeng Orchard Group Co., Ltd., Luochuan County, Yan'an, Shaanxi Province, People's Republic of China (the "Customer"), and Umbra Agrometeo S.r.l., Via della Pallotta 42, 06126 Perugia (PG), Italy (the "Vendor").

BACKGROUND

The Vendor operates an agro-meteorological data platform that provides weather observations, high-resolution forecasts and crop-disease risk indices through an application programming interface (API). The Customer manages apple and kiwifruit orchards in Shaanxi and Sichuan and wishes to use the Vendor's data in its own farm management system to plan spraying, irrigation, frost protection and harvest.

1. DEFINITIONS

1.1 "API" means the Vendor's REST interface described in the API documentation, as updated from time to time.

1.2 "Licensed Data" means the weather observations, forecasts, historical data series and risk indices delivered through the API for the Covered Area.

1.3 "Covered Area" means the orchard blocks listed in Annex A, about 14,800 hectares in 62 blocks.

1.4 "Customer Data" means the orchard boundaries, variety and phenology records, spray diaries and in-field sensor readings that the Customer sends to the Vendor.

1.5 "Subscription Year" means each of the two consecutive periods of equal length starting on the Start Date and on its first anniversary.

1.6 "Start Date" means 1 July 2027.

2. SUBSCRIPTION

2.1 The Vendor grants the Customer, for the two Subscription Years, a non-exclusive, non-transferable right to access the API and to use the Licensed Data for the internal purposes of the Customer and its subsidiaries in the People's Republic of China, including display in its farm management system and mobile application for its agronomists and contract growers.

2.2 The subscription includes: hourly observations from the Vendor's station network and from the Customer's own stations once connected; forecasts at a resolution of 1 km updated several times a day as described in the documentation; frost, hail and heat alerts; daily risk indices for apple scab, Alternaria leaf blotch, fire blight and kiwifruit bacterial canker; and twenty years of historical data for the Covered Area.

2.3 API usage is included up to 3,000,000 calls per Subscription Year. Calls above that volume are charged at CNY 18 per 1,000 calls, invoiced quarterly in arrears; such charges are not part of the Contract Value.

2.4 The Customer shall not resell the Licensed Data or make it available to third parties as a data product.

3. INTEGRATION SUPPORT

3.1 The Vendor shall support the Customer's IT team in integrating the API into the farm management system, calibrate the disease models with the Customer's historical spray diaries and infection records for the main varieties, and connect the Customer's 48 orchard weather stations to the platform.

3.2 Integration is accepted when the Customer confirms in writing that: (a) all 62 blocks return forecasts and risk indices through the API; (b) data from all 48 stations appears in the platform; (c) the calibration report for each variety has been delivered; and (d) a test run of ten days has shown that the farm management system receives every daily risk index. The Customer shall confirm acceptance or list the failed items within 7 business days after the Vendor's notice.

4. FEES AND PAYMENT

4.1 The fees are:

    API subscription, Covered Area, per Subscription Year ...... CNY 396,000
    API subscription for the two Subscription Years ............ CNY 792,000
    Integration support (one-time) ............................. CNY  38,000
    Contract Value ............................................. CNY 830,000

4.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days after receipt of a valid VAT invoice issued by the Vendor's invoicing agent in China.

4.3 The integration support fee is invoiced after acceptance under Clause 3.2 and is payable within 30 days.

4.4 All fees include VAT and are fixed for the two Subscription Years.

5. SERVICE AVAILABILITY AND SUPPORT

5.1 The Vendor will use commercially reasonable efforts to keep the API available and the Licensed Data up to date, and to restore the API as soon as reasonably practicable after any interruption.

5.2 The Vendor provides support by e-mail and through its ticket portal during its business hours, Monday to Friday, Central European Time, excluding Italian public holidays. The Vendor will respond to support requests as promptly as its resources allow.

5.3 Planned maintenance is announced on the Vendor's status page in advance whenever possible.

5.4 Forecasts and risk indices are estimates. The Customer remains responsible for its agronomic decisions.

6. CUSTOMER DATA

6.1 Customer Data remains the property of the Customer. The Vendor shall use Customer Data only to provide the subscription and the integration support to the Customer and shall not use it for any other purpose, including model training for other customers, or disclose it to any third party.

6.2 On expiry or termination of this Agreement, the Vendor shall return Customer Data to the Customer in CSV format within 30 days and then delete it from its systems.

7. INTELLECTUAL PROPERTY

7.1 The Vendor and its licensors retain all rights in the API, the platform, the Licensed Data and the Vendor's disease models.

7.2 The calibrated model parameters for the Customer's varieties, the integration scripts and the connectors written for the Customer's stations and farm management system belong to the Customer, which may use, modify and license them freely, also after this Agreement ends.

7.3 The Customer may keep and use Licensed Data downloaded during the term, for its internal records and agronomic analysis, after the term.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the terms of this Agreement and all non-public business and technical information received from the other party, and shall not disclose it to any third party without the other party's prior written consent, except to its professional advisers or as required by law. This obligation continues for three years after the end of this Agreement.

9. DELAY AND LIABILITY

9.1 If the Vendor fails to activate production access to the API for the whole Covered Area by the Start Date for reasons attributable to it, the Vendor shall pay delay damages of 0.08% of the Contract Value for each day of delay, up to 8% of the Contract Value.

9.2 Each party's total liability under this Agreement is limited to two times the Contract Value. The limit does not apply to wilful misconduct, personal injury or the Customer's payment obligations.

9.3 Neither party is liable for loss of crops, loss of profit or other indirect loss, except in the cases excluded in Clause 9.2.

10. SUBCONTRACTING AND ASSIGNMENT

10.1 The Vendor shall not subcontract the integration support or the operation of the API to any third party without the Customer's prior written consent.

10.2 Neither party may assign this Agreement without the other party's prior written consent.

11. TERM AND TERMINATION

11.1 This Agreement runs from signature until the end of the second Subscription Year. It does not renew automatically; any renewal requires a new written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice. If the Customer terminates for the Vendor's breach, the Vendor shall refund the subscription fee paid for the remaining part of the Subscription Year.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing. The award is final.

13. DATA QUALITY AND REPORTING

13.1 The Vendor shall keep its station network calibrated in accordance with the guidelines of the World Meteorological Organization and shall flag estimated or interpolated values in the Licensed Data.

13.2 If the Customer reports an apparent error in the Licensed Data for the Covered Area, the Vendor shall investigate it, correct the data where the error is confirmed and inform the Customer of the result.

13.3 Each quarter the Vendor shall send the Customer a short report comparing the forecasts and risk indices with the observations at the Customer's stations, and shall discuss the results with the Customer's agronomy team before the spraying season.

14. FORCE MAJEURE

14.1 Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war or acts of government, provided that it notifies the other party promptly and resumes performance as soon as possible. If such an event prevents performance for more than 60 days, either party may end this Agreement by written notice, and the Vendor shall refund fees paid for the period not served.

15. GENERAL

15.1 This Agreement, with Annex A, is the entire agreement of the parties. Amendments must be in writing and signed by both parties. Notices are sent to the addresses above by courier or e-mail with confirmation.

15.2 This Agreement is signed in two originals in English.

ANNEX A: Orchard blocks of the Covered Area (62 blocks, with coordinates and varieties).

For the Customer: ____________________      For the Vendor: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------------
# Targets, design and labels
# ---------------------------------------------------------------------------------------------------------------------
SOURCES = {"z01": H941Z01, "z02": H941Z02, "z03": H941Z03, "z04": H941Z04, "z05": H941Z05,
           "e01": H941E01, "e02": H941E02, "e03": H941E03, "e04": H941E04, "e05": H941E05}
TARGETS = {
    "z01": ("h941z01_tourism_homestay_rating_platform.pdf", "pdf"),
    "z02": ("h941z02_barometer_plant_line_control_retrofit.docx", "docx"),
    "z03": ("h941z03_indoor_surf_chain_booking_saas.txt", "txt"),
    "z04": ("h941z04_tower_crane_monitoring_om_service.txt", "txt"),
    "z05": ("h941z05_gold_leaf_process_tracking_supplier_template.md", "md"),
    "e01": ("h941e01_pulp_mill_predictive_maintenance_licence_fi_vendor.pdf", "pdf"),
    "e02": ("h941e02_food_qms_saas_order_form_it_vendor.md", "md"),
    "e03": ("h941e03_cement_condition_monitoring_sensors_licence.docx", "docx"),
    "e04": ("h941e04_stone_plants_managed_it_36_months.md", "md"),
    "e05": ("h941e05_orchard_agrometeo_data_api_subscription.txt", "txt"),
}

# The design list: the rules each draft was written to trigger (compared with the rules derived from the labels).
DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-LD-MISSING"],
    "e03": [],
    "e04": ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
    "e05": ["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
DESIGN_RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high",
               "e01": "low", "e02": "high", "e03": "low", "e04": "medium", "e05": "high"}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # Helsinki arbitration; every other draft has a mainland court or commission

# Price items (must sum to the contract value) and payment instalments (must sum to it too, where stated as amounts)
PRICES = {
    "z01": [680000, 530000, 86000, 24000],
    "z02": [708000, 198000, 252000, 54000, 216000, 236000, 118000, 18000],
    "z03": [35 * 7200 * 2, 36000 * 2, 58000, 16000],
    "z04": [121500] * 4,
    "z05": [168000, 126000, 22000, 6000],
    "e01": [1160000, 348000, 196000, 46000],
    "e02": [180 * 1450 * 2, 48000 * 2, 42000],
    "e03": [420 * 2380, 28 * 8600, 386000, 214000, 118600, 41000],
    "e04": [96000, 36 * 68000],
    "e05": [396000 * 2, 38000],
}
PAYMENTS = {
    "z01": [264000, 594000, 462000],
    "z02": [0.20, 0.45, 0.35],
    "z03": [74000, 288000, 288000],
    "z04": [121500] * 4,
    "z05": [209300, 112700],
    "e01": [350000, 787500, 612500],
    "e02": [309000, 309000, 42000],
    "e03": [200000, 1100000, 700000],
    "e04": [96000] + [68000] * 36,
    "e05": [396000, 396000, 38000],
}
# Fee base (itemised licence / hardware subtotal) for goods_or_licence drafts
FEE_BASE = {"z01": 680000, "z02": 1428000, "z05": 168000, "e01": 1160000, "e03": 1626400}
CATEGORY = {"z01": "software", "z02": "hardware", "z03": "cloud", "z04": "services", "z05": "software",
            "e01": "software", "e02": "cloud", "e03": "hardware", "e04": "services", "e05": "cloud"}


def T(avail, p1, remedy, ip, ds, owns, conf, ld, cap, prep, acc, final, warr, pwf, auto, term, sub, law, kind):
    return {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
            "data_security_clause": ds, "buyer_owns_data": owns, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": prep, "acceptance_clause": acc,
            "final_payment_on_acceptance": final, "warranty_months": warr, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


def X(sla, ld_stated, deemed, value, capped=None):
    d = {"sla_clause": sla, "ld_stated": ld_stated}
    if capped is not None:
        d["post_warranty_fee_capped"] = capped
    d["acceptance_deemed_on_delivery"] = deemed
    d["contract_value"] = value
    return d


G, S = "goods_or_licence", "service"
LABELS = {
    "z01": (T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False,
              "PRC", G), X(True, True, False, 1320000, capped=True)),
    "z02": (T(None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 32, False, True, True,
              "PRC", G), X(True, True, False, 1800000, capped=True)),
    "z03": (T(99.5, 0.5, True, "buyer", True, False, True, 0.1, 200, None, True, None, None, None, False, True, False,
              "PRC", S), X(True, True, False, 650000)),
    "z04": (T(99.95, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, False,
              False, "PRC", S), X(True, True, False, 486000)),
    "z05": (T(None, 8, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, None, False, True, None,
              "PRC", G), X(True, True, True, 322000, capped=False)),
    "e01": (T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11, False, True, False,
              "Finland", G), X(True, True, False, 1750000, capped=True)),
    "e02": (T(99.95, 0.5, True, "buyer", True, True, True, None, 200, None, True, None, None, None, True, True, False,
              "PRC", S), X(True, False, False, 660000)),
    "e03": (T(None, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 8, False, True, False,
              "PRC", G), X(True, True, False, 2000000, capped=True)),
    "e04": (T(99.95, 0.25, False, "buyer", True, True, True, 0.1, 6 / 36 * 100, None, True, None, None, None, False,
              True, False, "PRC", S), X(True, True, False, 2544000)),
    "e05": (T(None, None, False, "buyer", False, True, True, 0.08, 200, None, True, None, None, None, False, True,
              False, "PRC", S), X(False, True, False, 830000)),
}

# ---------------------------------------------------------------------------------------------------------------------
# Policy §3 as this author reads it (thresholds are the shipped defaults)
# ---------------------------------------------------------------------------------------------------------------------
TH = {"availability": 99.9, "p1_hours": 4, "ld_pct_day": 0.05, "cap_pct": 100, "prepay_pct": 30, "warranty_months": 12,
      "pw_fee_pct": 15, "tco_share_pct": 40, "horizon_years": 5}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco(key):
    t, x = LABELS[key]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, TH["horizon_years"] - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * FEE_BASE[key] * years
    total = x["contract_value"] + fees
    return {"post_warranty_years": years, "post_warranty_fees": fees, "tco": total, "share_pct": fees / total * 100}


def derive(key):
    t, x = LABELS[key]
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_hours"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_pct_day"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["pw_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(key)
        if c is not None and c["share_pct"] > TH["tco_share_pct"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")

# ---------------------------------------------------------------------------------------------------------------------
# Threshold scan: no text states a policy threshold figure (raw, whitespace-collapsed and whitespace-free read-backs)
# ---------------------------------------------------------------------------------------------------------------------
NB = r"(?<![\d.,])"  # not part of a longer number
CN = "〇零一二两三四五六七八九十百"
THRESHOLD_PATTERNS = [
    ("availability 99.9", NB + r"99\.90*(?!\d)"),
    ("P1 4 hours", NB + r"4\s*[-‐]?\s*(?:hours?|hrs?|h(?![a-z]))"),
    ("P1 4 hours", r"\bfour[\s-]*(?:business\s*)?hours?"),
    ("P1 4 hours", NB + r"4\s*个?\s*小时"),
    ("P1 4 hours", r"(?<![" + CN + r"])四个?小时"),
    ("P1 4 hours", NB + r"4\s*business\s*hours?"),
    ("LD 0.05", NB + r"0\.050*(?!\d)"),
    ("LD 0.05", r"万分之五(?![十\d点])"),
    ("LD 0.05", r"千分之零点五|0\.5\s*‰"),
    ("cap 100 %", NB + r"100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)"),
    ("cap 100 %", r"百分之一?百|one\s*hundred\s*per\s*cent"),
    ("prepay 30 %", NB + r"30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)"),
    ("prepay 30 %", r"百分之三十(?![一二三四五六七八九点])|thirty\s*per\s*cent|三成"),
    ("warranty 12 months", NB + r"12\)?\s*(?:个月|months?(?![a-z]))"),
    ("warranty 12 months", r"twelve\s*(?:\(12\)\s*)?months?|十二个月|(?<![第每十" + CN[:-2] + r"])一年(?!级)"),
    ("warranty 12 months", r"\b(?:one|1)[\s-]*years?(?![a-z])"),
    ("pw fee 15 %", NB + r"15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)"),
    ("pw fee 15 %", r"百分之十五(?![点])|fifteen\s*per\s*cent"),
    ("tco 40 %", NB + r"40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)"),
    ("tco 40 %", r"百分之四十(?![一二三四五六七八九点])|forty\s*per\s*cent|四成"),
    ("horizon 5 years", NB + r"5\s*(?:年(?!度)|years?(?![a-z]))"),
    ("horizon 5 years", r"(?<![" + CN + r"])五年|\bfive[\s-]*years?"),
    ("horizon 5 years", NB + r"60\s*(?:个月|months?(?![a-z]))"),
]
THRESHOLD_RES = [(n, re.compile(p, re.I)) for n, p in THRESHOLD_PATTERNS]
MUST_HIT = ["99.9%", "99.90 %", "4 hours", "4-hour", "four hours", "4h", "4小时", "4 个小时", "四小时", "四个小时",
            "0.05%", "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 %", "百分之三十", "12 months",
            "twelve months", "(12) months", "十二个月", "12个月", "服务期一年", "one year", "one-year", "15%",
            "百分之十五", "40%", "forty per cent", "百分之四十", "5 years", "five years", "五年", "5年", "60 months"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "14 hours", "0.055%", "万分之五十", "万分之八",
             "1,100%", "130%", "300%", "第一年", "每一年度", "2025年", "二〇二五年", "2027年", "15 days", "112 months",
             "3.5 years", "25 years", "4 hosts", "0.4 hours", "150%", "140%", "45%", "35%", "20%", "15个工作日",
             "四十五日", "36 months", "360 months", "1 hour", "14 business days", "five business days", "二十五年"]


def threshold_hits(text):
    views = {"raw": text, "collapsed": re.sub(r"\s+", " ", text), "nospace": re.sub(r"\s+", "", text)}
    hits = []
    for view, t in views.items():
        for name, rx in THRESHOLD_RES:
            for m in rx.finditer(t):
                hits.append((view, name, t[max(0, m.start() - 20):m.end() + 20]))
    return hits


def self_test_regex():
    for s in MUST_HIT:
        assert threshold_hits(s), "must-hit missed: %r" % s
    for s in MUST_MISS:
        assert not threshold_hits(s), "must-miss hit: %r %r" % (s, threshold_hits(s))


def label_values_off_thresholds(key):
    t, x = LABELS[key]
    pairs = [("availability_pct", TH["availability"]), ("p1_response_hours", TH["p1_hours"]),
             ("ld_rate_per_day_pct", TH["ld_pct_day"]), ("liability_cap_pct", TH["cap_pct"]),
             ("prepayment_pct", TH["prepay_pct"]), ("warranty_months", TH["warranty_months"]),
             ("post_warranty_fee_pct", TH["pw_fee_pct"])]
    for k, th in pairs:
        v = t[k]
        assert v is None or abs(v - th) > 1e-9, (key, k, v)
    c = tco(key)
    if c is not None:
        assert abs(c["share_pct"] - TH["tco_share_pct"]) > 2, (key, c)


# ---------------------------------------------------------------------------------------------------------------------
# Build and read back
# ---------------------------------------------------------------------------------------------------------------------
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


def length(key, text):
    if key.startswith("z"):
        return len(re.sub(r"\s", "", text))
    return len(text.split())


RANGES = {"z": (2750, 3000), "e": (1450, 1650)}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test_regex()
    wp = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write({k: SOURCES[k] for k in wp}, wp, OUT, wrap_words=True)
    for key, (name, kind) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key].lstrip("\n"), encoding="utf-8")
            print("wrote", name)

    covered = set()
    report = []
    for key, (name, kind) in TARGETS.items():
        t, x = LABELS[key]
        value = x["contract_value"]
        assert sum(PRICES[key]) == value, (key, sum(PRICES[key]), value)
        pay = PAYMENTS[key]
        if all(isinstance(p, float) and p < 1 for p in pay):
            assert abs(sum(pay) - 1) < 1e-9, key
        else:
            assert sum(pay) == value, (key, sum(pay), value)
        rules = derive(key)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        assert risk(rules) == DESIGN_RISK[key], (key, risk(rules))
        label_values_off_thresholds(key)
        covered |= set(rules)
        text = read_back(OUT / name)
        n = length(key, text)
        lo, hi = RANGES[key[0]]
        assert lo <= n <= hi, (key, n)
        hits = threshold_hits(text)
        assert not hits, (key, hits[:5])
        label = {"file": name, "language": "zh" if key[0] == "z" else "en", "category": CATEGORY[key],
                 "expected_terms": t, "expected_extra": x, "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                       encoding="utf-8")
        c = tco(key)
        report.append((name, n, rules, risk(rules), None if c is None else round(c["share_pct"], 2)))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    assert sum(1 for k in TARGETS if not derive(k)) == 2
    assert len(DESIGN["z05"]) in range(8, 11)
    for k in ("z02", "z03", "z04", "e02", "e04", "e05"):
        assert len(derive(k)) in (2, 3), k
    for row in report:
        print(*row, sep="  |  ")
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
