"""holdout1008: builds the ten draft contracts of this folder from the sources below, writes their .json labels and
checks them (lengths, threshold scan, label values, rules derived from the labels against the design, coverage).
Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .docx / .pdf via ../word_pdf.py."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}
SRC["z01"] = r"""
T:婚姻登记预约服务平台建设项目合同
P:合同编号：LQMZ-2027-CG-0118
P:甲方（采购人）：临泉市民政局
P:乙方（供应商）：南京合璧信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据临泉市公共资源交易中心组织的“临泉市婚姻登记预约服务平台建设项目”公开招标结果（采购项目编号：LQCG-2026-0927），甲乙双方在平等自愿的基础上，就平台软件许可、定制开发及相关服务事宜订立本合同。本合同采用甲方合同文本，招标文件、乙方投标文件及中标通知书为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供“合璧婚登预约平台”软件的永久使用许可（不限终端数量，部署于临泉市政务云），并按甲方需求完成定制开发，包括：线上预约与号源管理、现场取号叫号、婚姻登记档案电子化查询、与省级婚姻登记信息系统及“皖事通”移动端的接口、颁证仪式预约、统计分析驾驶舱。
P:1.2 乙方负责平台的部署实施、历史预约数据迁移、系统联调、操作培训及质保期内的维护服务。具体功能以招标文件技术需求及双方确认的《需求规格说明书》为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾陆万元整（¥1,560,000.00），为含税固定总价，包括软件许可、定制开发、实施、培训、质保期服务及乙方完成本项目所需的全部费用。
P:2.2 价款构成：平台软件许可费¥680,000；定制开发费¥736,000；部署实施及数据迁移费¥118,000；培训费¥26,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥312,000。
P:3.2 系统通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥702,000。
P:3.3 系统通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥546,000。
P:3.4 乙方每次请款前应开具等额合法增值税发票。甲方付款以财政资金拨付程序为准，因财政审批产生的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后90日内完成部署及定制开发并提交初步验收申请，于初步验收后开始为期45日的试运行。
P:4.2 乙方应按周提交项目进度报告，进度偏差超过10个工作日的，应书面说明原因并提交追赶计划。
P:4.3 乙方应组建不少于6人的项目团队，项目经理须具备三年以上政务信息化项目管理经验，未经甲方同意不得更换。乙方应为各婚姻登记处窗口人员及系统管理员提供不少于3期的现场培训，并提供操作手册和视频教程。
H:第五条 验收
P:5.1 初步验收标准：（一）《需求规格说明书》所列功能全部实现，测试用例通过；（二）在300个并发用户条件下，预约提交及查询页面响应时间不超过2秒；（三）与省级婚姻登记信息系统的接口连续10个工作日数据交换无差错；（四）历史预约数据迁移后经双方逐条核对无遗漏、无错误。
P:5.2 最终验收标准：（一）试运行期间未发生一级故障；（二）系统通过第三方机构的网络安全等级保护三级测评；（三）乙方已移交源代码、接口文档、部署手册及运维手册。
P:5.3 甲方应在收到验收申请后10个工作日内组织验收并出具书面验收意见。系统上线、试运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收。
H:第六条 质保期与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、系统巡检及技术支持。
P:6.2 质保期满后，如甲方需要继续维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥61,200），该价格在质保期满后三个年度内保持不变，由双方另行签订维护合同。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%（计划内维护时间除外，计划维护应提前3个工作日通知甲方并安排在非工作时段）。
P:7.2 故障分级与响应：一级故障（平台无法预约或登记窗口业务中断）30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（部分功能异常）2小时内响应，2个工作日内解决；三级故障（咨询或一般问题）1个工作日内答复。
P:7.3 乙方未按时响应或恢复一级故障的，每超过1小时扣减¥800；月度可用率每低于承诺值0.01个百分点，扣减¥1,000。扣款从维护期应付款项或履约保证金中抵扣。
H:第八条 违约责任
P:8.1 乙方未按第四条约定时间提交初步验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:8.2 乙方逾期超过30日或系统两次验收不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:8.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第九条 数据安全
P:9.1 平台中的婚姻登记预约信息、当事人身份信息、档案数据及日志均属甲方所有，乙方不得将其用于本合同以外的任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，对敏感个人信息加密存储和传输，按最小授权原则分配账号，运维操作须经甲方审批并通过政务云堡垒机进行，不得将任何数据复制至政务云以外。
P:9.3 发生或可能发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部责任，赔偿甲方及当事人的损失。
H:第十条 保密
P:10.1 乙方对履行本合同获知的甲方工作秘密、系统架构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方应与参与本项目的全部人员签订保密承诺书。保密义务不因合同终止而解除。
H:第十一条 知识产权
P:11.1 定制开发形成的软件、源代码、接口程序及文档的著作权归甲方所有，甲方可自行或委托第三方修改、使用。
P:11.2 平台原有产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证交付成果不侵犯第三方合法权益。
H:第十二条 分包与转包
P:12.1 乙方不得转包或分包本合同项下的任何工作。
H:第十三条 合同解除
P:13.1 乙方严重违约且在甲方书面通知后15日内未予纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
H:第十四条 不可抗力
P:14.1 因地震、洪水、重大疫情等不能预见、不能避免且不能克服的事件致使合同不能履行的，受影响一方应在事件发生后3日内书面通知对方，并在15日内提供有关证明，双方可据此延长履行期限或协商变更合同。不可抗力持续超过60日的，双方均可书面解除合同，已完成部分按实结算。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份、乙方二份，具有同等法律效力。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：临泉市民政局　　乙方（盖章）：南京合璧信息技术有限公司
P:签订日期：2027年1月18日
"""
SRC["z02"] = r"""
T:洗地机总装线控制系统改造合同
P:合同编号：SZJL-SB-2027-006
P:甲方：苏州洁澜清洁设备有限公司
P:乙方：常州衡控自动化工程有限公司
P:甲方为提升洗地机总装线、电机装配线、电池包装配线及下线检测线（以下合称“四条产线”）的自动化水平，委托乙方对四条产线的控制系统进行改造。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除四条产线原有的继电器控制柜及老旧PLC，更换为新的PLC控制柜、触摸屏、伺服驱动系统和工业以太网，部署产线上位监控软件及数据采集网关，并按甲方工艺要求编写产线控制程序。
P:1.2 乙方负责改造期间的安装、接线、调试、试生产保障，以及甲方电气和设备人员的操作与维护培训。改造应分线实施，每条产线停线时间不超过7日，不得影响其他产线正常生产。乙方应指派固定的项目经理常驻甲方现场，直至最终验收完成。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰玖拾陆万元整（¥1,960,000），含13%增值税。分项价格如下表：
TB:序号|项目|数量|单价（元）|小计（元）
TB:1|PLC控制柜（含I/O模块、电源及柜体）|4套|168,000|672,000
TB:2|触摸屏（15英寸，工业级）|8台|14,500|116,000
TB:3|伺服驱动系统（驱动器、电机、线缆）|4套|96,000|384,000
TB:4|工业以太网交换机（管理型）|12台|6,500|78,000
TB:5|产线数据采集网关|4台|18,000|72,000
TB:6|产线上位监控软件许可（永久）|1套|208,000|208,000
TB:|软硬件小计|||1,530,000
TB:7|产线控制程序定制开发|1项|186,000|186,000
TB:8|拆除、安装、接线及调试|1项|224,000|224,000
TB:9|培训|1项|20,000|20,000
TB:|合同总价|||1,960,000
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，甲方支付合同总价的20%，即¥392,000，作为预付款。
P:3.2 全部设备到货并完成安装后10个工作日内，甲方支付合同总价的45%，即¥882,000。到货签收及安装完成仅确认数量和外观，不视为验收。
P:3.3 四条产线全部通过最终验收后10个工作日内，甲方支付合同总价的35%，即¥686,000。
H:第四条 工期
P:4.1 乙方应在合同签订后60日内完成设备到货，在到货后75日内完成四条产线改造并提交验收申请。具体停线计划由双方按甲方生产排期书面确认。
P:4.2 乙方应在每条产线停线前5个工作日提交施工方案，载明拆装顺序、停线时间、安全措施和恢复预案，经甲方生产部和设备部签认后方可实施。
H:第五条 设备质量与施工安全
P:5.1 乙方提供的设备均应为全新原厂正品，随货提供合格证、原厂质保证明及装箱清单，技术参数不低于甲方技术规格书要求。乙方不得以翻新件、样机或替代型号交货，确需变更型号的，须经甲方书面同意且不增加价款。
P:5.2 乙方施工人员应持有效电工作业证，遵守甲方厂区安全、消防和6S管理规定，动火及带电作业须办理甲方审批手续。因乙方施工原因造成人员伤害或财产损失的，由乙方承担责任。
P:5.3 乙方应对甲方电气工程师和设备维修人员进行不少于5天的培训，使其能够独立完成程序备份、参数修改和常见故障排除。
H:第六条 验收
P:6.1 每条产线改造完成后进行单线验收，标准包括：（一）节拍达到甲方《工艺要求》规定值，总装线不低于每小时42台；（二）连续试生产72小时，无控制系统原因造成的停线；（三）触摸屏报警信息与现场状态一致；（四）数据采集网关上传的产量、节拍、故障数据与现场记录一致。
P:6.2 四条产线单线验收全部合格且连续稳定运行30日后，进行最终验收，乙方同时移交电气图纸、控制程序源代码、参数清单及操作维护手册。
P:6.3 安装完成、试生产或甲方使用产线，均不视为验收合格。
H:第七条 质保期及质保期后维保
P:7.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费更换有缺陷的设备和部件，免费修复程序缺陷。
P:7.2 质保期满后，乙方提供年度维保服务，内容包括驻厂工程师每周两天驻场、易损件及备件更换、程序优化和季度预防性维护。年度维保费按软硬件小计的32%计取，即每年¥489,600，在质保期满后三个年度内保持不变。维保费按季度支付。
H:第八条 售后服务
P:8.1 产线因控制系统故障停线的为一级故障，乙方应在30分钟内远程响应，8小时内到达现场，并在到场后6小时内恢复生产；其他故障乙方应在2小时内响应，2个工作日内解决。
P:8.2 乙方未按时响应或到场的，每超过1小时，甲方可扣减¥1,000，从质保金或维保费中抵扣。
P:8.3 乙方应在甲方厂区常备PLC模块、伺服驱动器及触摸屏各不少于1套备件，质保期内备件费用由乙方承担。乙方应每季度对四条产线进行一次预防性巡检，并提交巡检报告和隐患整改建议。
H:第九条 数据与网络安全
P:9.1 产线运行数据、工艺参数、产量与质量数据均属甲方所有，乙方未经甲方书面同意不得复制、使用或向第三方提供。
P:9.2 乙方应对控制网络与办公网络进行隔离，远程维护须经甲方每次审批并通过甲方指定的VPN通道进行，操作全程留痕。发生数据泄露或网络安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
P:9.3 乙方接入产线网络的调试电脑须安装甲方认可的防病毒软件，禁止使用未经检测的移动存储介质，调试结束后应删除所复制的全部甲方数据。
H:第十条 保密
P:10.1 乙方对甲方的工艺参数、产品图纸、生产计划及其他商业秘密负有保密义务，保密期限至合同终止后三年。
H:第十一条 知识产权
P:11.1 产线控制程序、参数配置及电气图纸的知识产权归甲方所有，甲方可自行修改或交由第三方维护。监控软件及设备内置软件的知识产权归原权利人，甲方享有永久使用权。
H:第十二条 违约责任
P:12.1 乙方逾期完成改造的，每逾期一日，按合同总价的万分之八支付违约金，累计不超过合同总价的10%。
P:12.2 因乙方原因造成产线停产的，乙方应赔偿甲方的直接损失。
P:12.3 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:第十三条 分包
P:13.1 乙方如需将电气安装接线工作分包，须事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:第十四条 合同解除
P:14.1 乙方严重违约且经甲方书面催告后10日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。乙方逾期完成改造超过45日的，甲方亦有权解除合同。
H:第十五条 争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同引起或与本合同有关的争议，双方应友好协商解决；协商不成的，任何一方均可将争议提交苏州仲裁委员会，按其届时有效的仲裁规则仲裁。仲裁期间，除争议事项外，双方应继续履行本合同。
H:第十六条 其他
P:16.1 本合同附件包括技术规格书、工艺要求、停线计划及验收表，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:甲方（盖章）：苏州洁澜清洁设备有限公司　　乙方（盖章）：常州衡控自动化工程有限公司
P:日期：2027年3月2日
"""
SRC["z03"] = r"""预约与会员管理系统订阅服务合同

合同编号：MY-IT-2027-014

甲方：成都美研化妆造型培训有限公司
乙方：杭州约客云科技有限公司

鉴于甲方在四川、重庆两地经营35家化妆造型培训门店，需要统一的课程预约、学员会员、储值卡及营销管理系统，乙方拥有“约客云”SaaS平台，双方经协商一致，就甲方订阅该平台及乙方提供实施服务事宜订立本合同。

一、服务内容
（一）订阅服务：乙方在服务期内向甲方35家门店开通“约客云”平台的课程预约、排课与教室管理、学员会员与储值卡、营销活动、门店业绩报表及微信小程序模块，每家门店含10个员工账号。
（二）实施服务：乙方负责门店及课程基础数据配置、甲方原会员系统中约4.6万名学员档案及储值余额的迁移、小程序页面按甲方品牌风格配置、总部及门店人员培训。
（三）服务期：两个服务年度，自上线验收通过之日起计算。首个服务年度自上线验收通过之日起至次年同日前一日止，第二个服务年度依次顺延。

二、费用
（一）订阅费：每家门店每个服务年度人民币6,800元，35家门店每个服务年度合计人民币238,000元，两个服务年度合计人民币476,000元。
（二）实施费：人民币58,000元，一次性支付。
（三）本合同总金额为人民币534,000元（含6%增值税）。除本合同约定外，乙方不得以任何名义向甲方收取其他费用。服务期内新增门店的，按每店每个服务年度6,800元按月折算增加订阅费。

三、付款方式
（一）实施费在上线验收通过后10个工作日内支付。
（二）首个服务年度订阅费在上线验收通过后10个工作日内支付；第二个服务年度订阅费在该服务年度开始后10个工作日内支付。
（三）乙方应在每笔付款前开具增值税专用发票。

四、实施与上线验收
（一）乙方应在合同签订后40日内完成配置、数据迁移和培训，并向甲方提交上线验收申请。
（二）上线验收标准：
1. 35家门店全部开通，合同第一条所列功能均可正常使用；
2. 迁移后的学员档案、储值余额与原系统导出数据逐条核对一致，差异经双方确认为零；
3. 在500个用户并发预约的压力测试下，预约提交响应时间不超过2秒；
4. 小程序通过微信平台审核并正式发布。
（三）甲方应在收到申请后5个工作日内组织验收并签署验收单。试用或部分门店先行使用不视为验收通过。
（四）因乙方原因未能在约定时间内提交上线验收申请的，每逾期一日，乙方向甲方支付违约金人民币400元，违约金累计不超过实施费的20%。

（五）乙方应为甲方指定一名实施经理，负责实施计划、数据迁移和培训的组织。培训包括总部管理员培训2场、门店店长及前台培训4场，并提供操作手册和视频课程，培训后甲方人员应能独立完成排课、会员办卡和活动配置。

五、服务水平
（一）平台每月可用率不低于99.5%，计划维护应安排在每日0:00至6:00之间并提前48小时通知甲方。
（二）故障等级及响应：一级故障（平台整体无法登录或预约、储值功能不可用）30分钟内响应，3小时内恢复；二级故障（单一模块异常）2小时内响应，1个工作日内解决；三级问题1个工作日内答复。
（三）月可用率低于承诺值的，按未达标幅度减免当月订阅费：低于承诺值但不低于99%的，减免当月订阅费的10%；低于99%的，减免25%。一级故障未按时恢复的，每超过1小时减免当月订阅费的2%。

（四）乙方提供7×24小时故障受理热线及在线工单系统，工作日9:00至21:00提供门店业务咨询。乙方每月向甲方提交服务报告，列明当月可用率、故障记录及处理情况、工单统计及改进措施。
（五）平台版本升级应在不影响门店营业的时段进行，涉及门店操作变化的，乙方应提前7日通知甲方并提供更新说明。

六、数据
（一）甲方及其学员在平台中产生的学员信息、预约记录、消费及储值数据归甲方所有。
（二）甲方同意，乙方可将上述数据经脱敏、汇总处理后用于美业行业分析报告及平台产品改进，处理后的数据不包含可识别到具体学员的信息，该使用在服务期满后仍可继续。
（三）乙方应对平台数据加密存储和传输，数据存储于中国境内的云服务器，平台通过网络安全等级保护二级测评，员工访问甲方数据须经授权并留存日志。发生数据泄露等安全事件的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方赔偿。
（四）服务期满或合同解除后30日内，乙方应按甲方要求导出全部数据交付甲方，并在交付确认后删除平台中的甲方数据。

七、保密
双方对在履行本合同中知悉的对方商业秘密、价格信息、学员资料及经营数据负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内持续有效。

八、知识产权
（一）“约客云”平台及其功能、代码的知识产权归乙方所有。
（二）乙方为甲方配置的小程序页面、课程模板、报表格式及品牌素材归甲方所有，甲方可自由使用和修改，也可交由第三方使用。
（三）乙方保证平台及其交付成果不侵犯第三方知识产权，因侵权引起的索赔由乙方负责处理并承担费用。

九、续期
服务期满前30日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期可重复进行。每次续期时，乙方有权根据市场情况上调订阅费单价，上调幅度不超过上一服务年度单价的8%，乙方以书面通知方式告知甲方即生效。

十、分包
乙方不得将本合同项下实施服务分包给第三方，确需分包的应事先取得甲方书面同意。

十一、合同解除
（一）任何一方严重违约，经对方书面通知后15日内仍未纠正的，守约方有权解除合同。
（二）因乙方原因导致平台连续中断超过48小时，或一个服务年度内月可用率三次低于承诺值的，甲方有权解除合同，乙方应退还未履行期间的订阅费。
（三）合同解除后，乙方应按第六条第（四）项交付数据，甲方应支付解除前已实际使用期间的订阅费。

十二、甲方义务
（一）甲方应指定项目联系人，按时提供门店、课程、教室及会员原始数据，并对数据的真实性负责。
（二）甲方应妥善保管平台管理员账号及密码，对其账号下的操作负责，发现账号异常应及时通知乙方。
（三）甲方应按合同约定按时支付费用。甲方逾期付款超过30日的，乙方可书面催告，催告后仍未支付的，乙方可暂停新增门店开通，但不得删除甲方数据。

十三、不可抗力
因不可抗力或基础电信运营商大范围网络故障导致服务中断的，受影响一方应及时通知对方并尽力减少损失，相应时长不计入可用率考核，但乙方应在事件消除后立即恢复服务。

十四、法律适用和争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交甲方所在地人民法院诉讼解决。

十五、其他
本合同附件包括《功能清单》《数据迁移方案》《服务水平说明》，与本合同具有同等效力。本合同未尽事宜，双方可另行签订补充协议。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都美研化妆造型培训有限公司
乙方（盖章）：杭州约客云科技有限公司
日期：2027年4月6日
"""
SRC["z04"] = r"""建筑工地扬尘在线监测系统运维服务合同

采购项目名称：2027年度建筑工地扬尘在线监测系统运维服务
采购方式：竞争性磋商
合同编号：YZJ-2027-YW-003

甲方（采购人）：扬州市江都区住房和城乡建设局
乙方（成交供应商）：江苏清岚环境监测技术有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就全区在建工地扬尘在线监测系统的运行维护服务订立本合同。

第一条 服务范围
（一）运维对象：甲方已建成的扬尘在线监测系统，包括布设于全区在建工地的86套扬尘在线监测设备（含颗粒物监测仪、气象五参数传感器、噪声传感器、视频抓拍摄像机、数据传输终端及立杆附属设施）和部署于区政务云的扬尘监管平台。
（二）服务内容：设备日常巡检与维护保养、故障维修、颗粒物监测仪季度校准比对、监测设备随工地开工和竣工的拆装迁移、平台运行维护、数据异常核查、月度及年度运维报告编制，以及甲方大气污染防治专项行动期间的技术保障。
（三）服务期限：自2027年1月1日起至2027年12月31日止。

第二条 服务费用
（一）本合同总价为人民币陆拾捌万肆仟元整（¥684,000），为固定总价，包含人工、交通、校准、耗材、备品备件、税费等全部费用。
（二）费用构成：设备巡检维护费¥412,800（86套×¥4,800）；平台运维费¥126,000；校准比对费¥103,200（86套×¥1,200）；备品备件费¥42,000。
（三）服务期内监测设备拆装迁移累计不超过30点次的，费用已包含在总价中；超出部分按每点次¥1,500另行结算。

第三条 付款方式
（一）服务费按季度结算，每季度末由甲方对乙方当季服务进行考核，考核合格后15个工作日内支付当季服务费¥171,000。
（二）甲方不向乙方支付预付款。乙方应在每次付款前开具合法发票。

第四条 服务要求
（一）乙方应组建不少于8人的运维团队，其中项目负责人1名、平台运维工程师1名、现场运维人员不少于6名，人员名单报甲方备案，更换人员应提前7日书面告知甲方并经甲方认可。
（二）乙方应每两周对每套监测设备进行一次现场巡检，清洁采样头和光学部件，检查供电、通信及视频状态，填写巡检记录并上传至平台。
（三）乙方应每季度对颗粒物监测仪进行一次校准比对，比对结果与标准设备的相对误差应在磋商文件技术要求规定范围内；超出范围的设备应当日停用并维修或更换。
（四）工地新开工或竣工需拆装迁移设备的，乙方应在接到甲方通知后3个工作日内完成安装调试并接入平台。

（五）乙方应负责扬尘监管平台的日常运行维护，包括服务器及数据库运行状态监控、数据备份、系统补丁更新、账号权限管理和报表维护，平台数据每日增量备份、每周全量备份，备份数据存放于区政务云指定存储。
（六）重污染天气预警及专项整治期间，乙方应安排人员24小时值守，按甲方要求每日报送监测数据分析简报。
（七）乙方应在本地设立备件库，常备颗粒物监测仪、数据传输终端及传感器备机各不少于3套，备件台账每季度报甲方核查。

第五条 故障响应
（一）一级故障（平台中断或同时5套以上设备离线）：乙方应在1小时内响应，8小时内恢复。
（二）二级故障（单套设备离线、数据异常或视频中断）：乙方应在2小时内响应，48小时内到场修复；无法现场修复的，72小时内更换备机。
（三）三级问题（一般咨询或报表需求）：乙方应在1个工作日内答复。
（四）乙方未按上述时限响应或修复的，甲方可约谈乙方项目负责人，乙方应在3日内提交书面说明及整改措施，并由项目负责人向甲方当面说明原因。

第六条 考核与验收
（一）季度考核内容包括：巡检记录完整性、校准比对完成情况、维修台账、运维报告质量及甲方抽查结果。甲方对每个季度至少抽查10套设备的现场状况和数据记录。
（二）年度验收：服务期满后15日内，甲方组织年度验收，标准为：四个季度考核均合格；全部设备校准比对记录齐全且结果符合要求；乙方已移交全年巡检、维修、校准记录和年度运维报告；设备及平台资产清单与实物核对一致。
（三）季度考核或年度验收不合格的，乙方应在10日内整改并申请复核。

第七条 安全生产
（一）乙方人员进入工地作业应遵守施工单位的安全管理制度，佩戴安全帽等防护用品，高处作业须系安全带，立杆拆装应设置警戒区域。
（二）乙方应为运维人员办理意外伤害保险。因乙方人员违规作业造成人身伤害或财产损失的，由乙方承担责任。

第八条 数据安全
（一）监测数据、视频图像、工地信息及平台日志均属甲方所有，乙方不得将其用于本合同以外的任何用途，不得向任何第三方提供。
（二）乙方登录平台须使用甲方分配的实名账号，通过政务云堡垒机操作，不得私自修改、删除监测数据。对监测数据进行标记或剔除的，须经甲方审核并保留原始记录。
（三）发生数据泄露、篡改、丢失或平台被攻击等安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。

第九条 保密
乙方对履行本合同中知悉的工地信息、执法信息、平台账号及甲方未公开的工作资料负有保密义务，未经甲方书面同意不得对外披露。乙方应与运维人员签订保密承诺书。保密义务在合同终止后继续有效。

第十条 知识产权
乙方在本合同项下形成的巡检记录、校准报告、运维报告、统计分析材料及平台配置文件归甲方所有，甲方有权自由使用。

第十一条 违约责任
（一）乙方未能在服务期开始之日完成进场交接并开始巡检的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（二）乙方伪造巡检记录或篡改监测数据的，甲方有权解除合同，并要求乙方赔偿由此造成的全部损失。
（三）甲方无正当理由逾期付款的，应按逾期金额每日万分之二向乙方支付违约金。

第十二条 分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十三条 合同解除
乙方严重违反本合同约定，经甲方书面通知后10日内仍未改正的，甲方有权解除合同，并按实际服务期限结算费用。服务期内乙方累计两个季度考核不合格的，甲方亦有权解除合同。

第十四条 甲方义务
甲方应向乙方提供监测点位清单、平台运维账号及必要的工作条件，协调施工单位为乙方现场作业提供便利，并按合同约定支付服务费。

第十五条 不可抗力
因自然灾害、极端天气等不可抗力导致设备损毁或服务无法按时完成的，乙方应及时通知甲方，并在不可抗力消除后5日内恢复设备运行；受影响期间的服务时限相应顺延，因不可抗力损毁设备的修复费用由双方另行协商。

第十六条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十七条 其他
（一）磋商文件、乙方响应文件、成交通知书为本合同的组成部分。本合同未尽事宜，双方可签订补充协议。
（二）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：扬州市江都区住房和城乡建设局
乙方（盖章）：江苏清岚环境监测技术有限公司
签订日期：2026年12月18日
"""
SRC["z05"] = r"""# 匠链工艺管理系统软件许可及定制开发合同

**（匠链软件标准合同文本 JL-HT-2026版）**

合同编号：JL2027-0215

甲方：苏州锦釉掐丝珐琅艺术有限公司
乙方：北京匠链软件有限公司

甲方经营掐丝珐琅画的设计、制作与销售，拟使用乙方“匠链工艺管理系统”对作品从设计稿、掐丝、点蓝、烧制、打磨到装裱的全过程进行跟踪管理。双方根据《中华人民共和国民法典》，经友好协商，签订本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供“匠链工艺管理系统”V3.2标准版软件的永久使用许可，授权用户数为20个，部署于甲方自有服务器。

1.2 乙方根据甲方需求进行定制开发，内容包括：掐丝珐琅画工序跟踪模块（按作品逐道工序登记工匠、工时、用料及照片）、釉料配方与色卡管理模块、烧制批次与窑温记录模块、订单排产与交期提醒模块，以及与甲方网店订单系统的对接接口。

1.3 乙方提供系统安装部署、基础数据初始化及操作培训。培训为一次集中培训，时长不超过2天，培训对象为甲方指定的管理员及各工序组长，超出部分按每人天¥1,800另行收费。

1.4 系统运行所需的服务器、操作系统、数据库、网络及扫码枪、平板电脑等终端设备由甲方自行采购，配置应满足乙方提供的《系统环境要求》。因甲方环境不符合要求导致系统无法正常运行的，乙方不承担责任。

## 第二条 合同金额

本合同总金额为人民币叁拾万陆仟元整（¥306,000.00），含税。明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠链工艺管理系统V3.2标准版永久许可（20用户） | 128,000 |
| 2 | 定制开发（工序跟踪、釉料配方、烧制批次、订单排产、网店接口） | 156,000 |
| 3 | 安装部署、数据初始化及培训 | 22,000 |
| | 合计 | 306,000 |

上述金额不含甲方所需硬件、第三方软件及差旅费用；乙方人员赴甲方现场的差旅费用由甲方按实报销。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总金额的65%，即¥198,900。乙方收到该款项后开始开发工作。

3.2 系统上线运行后5个工作日内，甲方支付合同总金额的35%，即¥107,100。

3.3 甲方逾期付款的，乙方有权暂停开发、实施或技术支持工作，由此造成的工期延误由甲方负责，且甲方应按每日千分之一向乙方支付滞纳金。

3.4 乙方在收到每笔款项后开具增值税发票。

## 第四条 开发与上线

4.1 乙方在收到首付款后开始需求调研，计划在90个工作日内完成开发并上线。上述时间为预计时间，乙方将尽力按期完成，但不对具体日期作出保证。

4.2 如开发进度延误，乙方应及时告知甲方并与甲方协商调整计划，乙方不因延期承担违约金或赔偿责任。

4.3 甲方应及时确认需求、提供基础数据和测试环境。需求确认后甲方提出变更的，乙方有权另行收费并相应顺延工期。

4.4 系统上线前，乙方在甲方服务器上进行安装测试，测试通过后由乙方通知甲方上线。

## 第五条 验收

5.1 系统安装完成并上线运行之日，即视为甲方验收合格。

5.2 上线后甲方如发现问题，可向乙方反馈，乙方将在后续版本中统一处理。

## 第六条 免费维护与后续服务

6.1 自系统上线之日起三个月为免费维护期，免费维护期内乙方提供缺陷修复和远程技术支持。

6.2 免费维护期满后，甲方如需乙方继续提供维护服务，应与乙方签订年度维护合同，维护费按乙方当年公布的价格标准执行。未签订维护合同的，乙方不再提供任何技术支持和版本更新。

6.3 乙方通过电话、微信及远程桌面方式提供技术支持，服务时间为工作日9:00至17:30。乙方将尽合理努力及时处理甲方反馈的问题，但不承诺具体响应和解决时间。

6.4 以下情形不属于免费维护范围，乙方可另行收费：甲方自行修改系统配置或数据库导致的问题；甲方服务器、网络或终端设备故障；甲方新增功能或变更业务流程；因病毒、断电等外部原因造成的数据损坏恢复。

6.5 免费维护期内乙方提供标准版小版本更新；大版本升级及定制模块的适配另行收费。

## 第七条 知识产权

7.1 “匠链工艺管理系统”及其全部模块的知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、接口程序、源代码及相关文档的知识产权均归乙方所有，甲方在本合同约定的用户数内享有非独占的使用权，不得修改、反编译，不得提供给任何第三方使用。乙方有权将定制开发成果用于其他客户。

7.3 甲方不得超出授权用户数使用本软件，不得对软件进行复制、转让或再许可。

## 第八条 数据安全

8.1 甲方在系统中录入的作品信息、工艺数据、釉料配方、客户及订单资料归甲方所有，乙方不得用于本合同以外的目的。

8.2 乙方在远程维护时应使用甲方提供的专用账号，操作完成后应及时退出，不得下载、复制甲方数据。乙方应对其维护人员进行安全管理，配合甲方做好系统备份、账号权限控制和病毒防护。

8.3 因乙方原因导致甲方数据泄露、丢失或被篡改的，乙方应立即通知甲方并采取补救措施，并依照本合同承担赔偿责任。

## 第九条 保密

双方对在合作过程中获知的对方技术秘密和商业秘密负有保密义务，尤其是甲方的作品设计稿、釉料配方和客户资料，未经对方书面同意不得向第三方披露。保密义务自本合同签订之日起至合同终止后三年内有效。

## 第十条 责任限制

10.1 乙方对本合同项下的全部责任（包括违约责任及赔偿责任）累计不超过人民币伍万元（¥50,000）。

10.2 乙方不对甲方的间接损失、利润损失、作品损失或商誉损失承担责任。

10.3 甲方因使用本软件产生的经营决策风险由甲方自行承担。

## 第十一条 合同解除

11.1 一方严重违反本合同约定，经另一方书面通知后30日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 因甲方原因解除合同的，甲方已支付的款项不予退还。

11.3 合同解除后，甲方应停止使用本软件及定制开发成果，并删除全部副本。

## 第十二条 不可抗力

因不可抗力、政策变化、网络运营商故障或第三方软件缺陷导致本合同不能履行或延迟履行的，受影响一方不承担责任，但应及时通知对方。

## 第十三条 甲方义务

13.1 甲方应指定一名项目负责人，负责需求确认、数据提供、测试配合及内部协调，并对其确认的需求和数据负责。

13.2 甲方应自行做好系统数据的日常备份。甲方未按要求备份导致数据无法恢复的，乙方不承担责任。

13.3 甲方应在乙方提交需求说明书后3个工作日内予以书面确认，逾期未确认的，视为甲方已确认。

## 第十四条 争议解决

因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同为乙方标准合同文本，双方确认已充分阅读并理解全部条款。

15.2 本合同附件《定制开发需求说明书》经双方确认后生效，与本合同具有同等效力。

15.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：苏州锦釉掐丝珐琅艺术有限公司
乙方（盖章）：北京匠链软件有限公司
签订日期：2027年2月15日
"""
SRC["e01"] = r"""
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. SCS-WJ-2027-03
P:This Software Licence and Services Agreement (the "Agreement") is made on 8 March 2027 between Wuhu Jinghang Auto Parts Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Wuhu, Anhui Province (the "Customer"), and Stonecoal Systems LLC, a West Virginia limited liability company with its principal office at Main Street, Buckhannon, West Virginia, United States (the "Vendor").
P:The Customer wishes to control its drawings, specifications and engineering changes in one system, and the Vendor licenses the DocForge engineering document control software and provides implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the DocForge Enterprise software, version 7, in object code, with its user documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the workflows, document templates, interface programs, migration scripts, reports and configuration items that the Vendor creates specifically for the Customer under this Agreement, with their source code and documentation.
P:1.3 "Customer Data" means all drawings, documents, metadata, user records and other data that the Customer or its users load into or generate with the Software.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the system meets the acceptance criteria.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software for its internal business purposes for up to 150 named users and 40 read-only shop-floor users, at its sites in the People's Republic of China, on servers owned or controlled by the Customer.
P:2.2 The Customer may make copies of the Software for backup, testing, training and disaster recovery.
P:2.3 The licence fee is a one-time fee. No further licence fee is payable for continued use of the licensed version or of any update supplied under warranty or support.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software, build the Custom Deliverables described in the Statement of Work (Annex 1), migrate approximately 180,000 legacy drawings and their revision history from the Customer's file shares, connect the Software to the Customer's PLM and ERP systems, and train the Customer's administrators and key users.
P:3.2 The Vendor shall deliver the services under the milestones in Annex 1. The system shall be ready for the acceptance tests no later than 150 days after the effective date of this Agreement.
P:3.3 The Vendor shall assign a named project manager and a lead consultant, who shall not be replaced without the Customer's consent except for illness or departure.
H:Article 4 Price and Payment
P:4.1 The total price is CNY 1,760,000, fixed, including all taxes payable in China under the invoicing arrangement in Article 4.4, and made up of the Software licence fee of CNY 1,240,000, implementation and Custom Deliverables CNY 386,000, data migration CNY 94,000, and training CNY 40,000.
P:4.2 The Customer shall pay: (a) 20% of the total price (CNY 352,000) within 20 days after signature against the Vendor's invoice and an advance payment guarantee of the same amount; (b) 45% (CNY 792,000) within 20 days after installation of the Software in the Customer's test and production environments; and (c) 35% (CNY 616,000) within 20 days after Final Acceptance.
P:4.3 Installation, go-live or productive use of the Software does not constitute acceptance, and no payment shall be treated as acceptance.
P:4.4 All payments are made in CNY to the account of the Vendor's appointed invoicing agent in Shanghai, which shall issue Chinese VAT invoices.
H:Article 5 Acceptance
P:5.1 The Vendor shall propose test scripts for the Customer's approval no later than 30 days before testing.
P:5.2 The acceptance criteria are: (a) every function in the approved requirements specification passes its test script; (b) all migrated drawings open correctly, and their revision history and metadata match the source on a full automated comparison with no unexplained difference; (c) the PLM and ERP interfaces transfer released items and change orders without error for 15 consecutive working days; (d) a search across the full repository returns results in no more than 3 seconds with 120 concurrent users; and (e) no Severity 1 or Severity 2 defect is open.
P:5.3 When the criteria are met, the Customer shall issue a Final Acceptance certificate within 10 working days. If a test fails, the Vendor shall correct the defects and the test shall be repeated. If the system fails the acceptance tests twice, the Customer may terminate this Agreement under Article 13.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with their documentation and the requirements specification for 24 months from Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Vendor shall, at no charge, correct defects, supply all updates and new versions it releases, and provide the support services in Article 7.
H:Article 7 Support and Service Levels
P:7.1 The Vendor shall provide support by telephone, e-mail and a web portal in Chinese and English. Severity 1 means the Software is unavailable or a core function (check-in, release, change approval) cannot be used by any user; Severity 2 means a core function is impaired with a workaround; Severity 3 means any other defect or question.
P:7.2 Response times are: Severity 1, within 1 hour at any time; Severity 2, within 8 business hours; Severity 3, within 2 business days. For Severity 1, the Vendor shall provide a workaround or fix within 24 hours and work continuously until it is restored.
P:7.3 If the Vendor misses a Severity 1 response or restoration time, it shall pay the Customer a service credit of CNY 1,000 for each hour of delay, up to CNY 60,000 per calendar year.
H:Article 8 Post-Warranty Support
P:8.1 After the Warranty Period, the Customer may order annual support, which includes the services in Article 7 and all updates and new versions.
P:8.2 The annual support fee is 11% of the Software licence fee, that is CNY 136,400 per year. The Vendor shall not increase this fee for the first three support years after the Warranty Period; thereafter any increase is limited to 3% per year. Support is ordered by the Customer's purchase order each year and does not renew automatically.
H:Article 9 Delay Damages and Liability
P:9.1 If the system is not ready for the acceptance tests by the date in Article 3.2 for reasons attributable to the Vendor, the Vendor shall pay delay damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:9.2 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to personal injury, wilful misconduct, infringement claims under Article 11.3, or breach of Articles 10 and 12.
H:Article 10 Customer Data and Security
P:10.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, analyse or retain it for any other purpose.
P:10.2 The Vendor shall access the Customer's systems only through the Customer's remote access gateway, with individual accounts and multi-factor authentication, and only with the Customer's approval for each session. The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, and shall not transfer any Customer Data outside the People's Republic of China.
P:10.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data caused by the Vendor or its personnel, shall cooperate in remedying it, and is responsible for all losses the Customer suffers as a result.
H:Article 11 Intellectual Property
P:11.1 The Vendor retains all intellectual property rights in the Software.
P:11.2 All intellectual property rights in the Custom Deliverables belong to the Customer upon creation. The Vendor shall deliver their source code and documentation with Final Acceptance. The Customer may use, modify and license them without restriction.
P:11.3 The Vendor shall defend the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall pay any resulting damages and costs.
H:Article 12 Confidentiality
P:12.1 Each party shall keep confidential all non-public technical and commercial information received from the other party, including drawings, product designs and prices, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of the breach.
P:13.2 The Customer may also terminate this Agreement if the system fails the acceptance tests twice or if the delay damages reach their maximum.
H:Article 14 Subcontracting
P:14.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the acts of any approved subcontractor.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the State of West Virginia, United States of America.
P:15.2 Any dispute that the parties cannot settle within 30 days of negotiation shall be finally resolved by arbitration administered by the American Arbitration Association under its Commercial Arbitration Rules, seated in Charleston, West Virginia.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Statement of Work) and Annex 2 (Requirements Specification), is the entire agreement of the parties. This Agreement is signed in English and Chinese; if there is a conflict, the English text prevails.
P:For the Customer: ____________________    For the Vendor: ____________________
"""
SRC["e02"] = r"""# ORDER FORM — RouteLoom Delivery Scheduling Platform

**Order Form No. SBR-CN-0412** · Vendor: South Branch Routing Inc. · Customer: Guangzhou Lengyun Cold Chain Logistics Co., Ltd.

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A, the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Parties

- **Vendor:** South Branch Routing Inc., a West Virginia corporation, 210 South Main Street, Moorefield, West Virginia, United States ("Vendor").
- **Customer:** Guangzhou Lengyun Cold Chain Logistics Co., Ltd., Huangpu District, Guangzhou, Guangdong Province, People's Republic of China ("Customer").

### A2. Subscribed Service

RouteLoom, a hosted platform for delivery order intake, temperature-controlled vehicle scheduling, route optimisation, driver mobile app, proof of delivery and cold-chain temperature log display. The subscription covers 60 dispatcher seats, 400 driver app licences and one integration with the Customer's warehouse management system. The Service is hosted in a mainland China region of a public cloud provider.

### A3. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under A6 (the "Subscription Start Date"); the second Subscription Year starts on the first anniversary of that date. This Order Form does not renew automatically. Any renewal or extension requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription, Subscription Year 1 | 60 dispatcher seats, 400 driver licences | 264,000 |
| Platform subscription, Subscription Year 2 | 60 dispatcher seats, 400 driver licences | 264,000 |
| Onboarding (configuration, WMS integration, data load, training) | one-time | 46,000 |
| **Total fees for the Subscription Term** | | **574,000** |
| Additional driver licences (if ordered) | per licence per month | 45 |

All amounts are in CNY and include VAT. Additional driver licences are invoiced quarterly in arrears on actual use and are not part of the total fees above.

### A5. Invoicing and Payment

5.1 The onboarding fee is invoiced on Go-Live Acceptance.

5.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.

5.3 The Customer shall pay each undisputed invoice within 30 days after receipt. Invoices are issued in China by the Vendor's local reseller, Guangzhou Nanzhi Information Technology Co., Ltd., which receives payment on the Vendor's behalf.

### A6. Onboarding and Go-Live Acceptance

6.1 The Vendor shall complete onboarding within 60 days after signature of this Order Form, including configuration of 14 depots, the delivery zones and vehicle fleet, the WMS integration, a load of the Customer's customer and address master data, and training of dispatchers and depot managers.

6.2 Go-Live Acceptance tests: (a) the WMS integration transfers delivery orders and status updates without loss or duplication over 10 consecutive working days; (b) route plans for a day's typical volume of about 2,600 stops are produced in less than 5 minutes; (c) the driver app records proof of delivery with photo, signature and temperature reading; and (d) all functions in the Service Description pass the agreed test cases.

6.3 When the tests are passed, the Customer shall sign a Go-Live Acceptance certificate within 5 working days. Use of the Service before signature does not constitute acceptance.

6.4 If onboarding is not completed and ready for the Go-Live Acceptance tests within the period in 6.1 for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 500 for each day of delay, up to CNY 23,000.

**Signed for the Vendor:** ____________________  **Signed for the Customer:** ____________________

## PART B — GENERAL TERMS

### 1. The Service

1.1 The Vendor shall provide the Service in accordance with the Service Description and these General Terms throughout the Subscription Term, and shall keep its functions at least at the level available on the Subscription Start Date.

1.2 The Customer may use the Service for its own business and may allow its employees, drivers and contracted carriers to use it through the licences ordered.

### 2. Service Levels

2.1 The Service shall be available at least 99.95% of each calendar month, excluding scheduled maintenance of up to 6 hours per month announced at least 3 days in advance and performed between 01:00 and 05:00 China Standard Time.

2.2 If availability in a month is below the commitment, the Customer receives a service credit against the next invoice: 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point below the commitment, up to 25% of that monthly fee.

2.3 Support is provided through the online portal and a hotline. Severity 1 (the Service is unavailable or scheduling cannot be completed for any depot): response within 8 hours. Severity 2 (a major function is impaired): response by the end of the next business day. Severity 3: response within 3 business days. Business days are Monday to Friday, China Standard Time.

2.4 The Vendor shall send a monthly service report stating availability, incidents and service credits.

### 3. Customer Data

3.1 Customer Data means all data entered into or generated in the Service by or for the Customer, including orders, addresses, consignee names and telephone numbers, vehicle positions and temperature logs. Customer Data belongs to the Customer.

3.2 The Vendor shall use Customer Data only to provide the Service to the Customer and shall not sell, analyse for other purposes or disclose it.

3.3 The Vendor shall store Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to named personnel with multi-factor authentication, keep access logs for at least 180 days, and maintain the protections required of the Service under the PRC Multi-Level Protection Scheme at level 2.

3.4 The Vendor shall notify the Customer within 48 hours after becoming aware of any security incident affecting Customer Data, shall take immediate remedial action, and is responsible for losses the Customer suffers as a result of incidents caused by the Vendor or its subcontractors.

3.5 Within 30 days after the end of the Subscription Term, the Vendor shall return all Customer Data in a standard format and then delete it.

### 4. Customer Configurations

Route rules, zone definitions, report templates and integration mappings created for the Customer belong to the Customer. The Customer may use and modify them and give them to any third party. The Vendor retains ownership of the RouteLoom platform.

### 5. Confidentiality

Each party shall keep confidential the other party's non-public business and technical information received under this Order Form and shall use it only for this Order Form, during the Subscription Term and for three years after it ends.

### 6. Subcontractors

The Vendor may use subcontractors and subprocessors, including its hosting provider, its local reseller and support contractors, to perform any part of the Service. The Vendor shall inform the Customer of any new subcontractor by written notice at least 15 days before the subcontractor begins work. The Vendor remains responsible for its subcontractors.

### 7. Liability

7.1 Neither party is liable for indirect or consequential loss, lost profit or lost revenue.

7.2 Each party's total liability under this Order Form is limited to the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim. This limit does not apply to personal injury, wilful misconduct or the Customer's payment obligations.

### 8. Termination

8.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

8.2 If the Customer terminates under 8.1, the Vendor shall refund any prepaid fees for the period after termination.

### 9. Customer Responsibilities

9.1 The Customer shall keep its user credentials secure, ensure that its users comply with the Service Description, and tell the Vendor promptly of any unauthorised use it discovers.

9.2 The Customer is responsible for the accuracy of the master data it supplies and for obtaining any consents needed from its consignees for the processing of their names, addresses and telephone numbers in the Service.

9.3 The Customer shall provide the Vendor with reasonable access to its WMS test environment and to depot staff during onboarding.

### 10. Force Majeure

Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics, acts of government or a general failure of public telecommunications networks, provided that it notifies the other party promptly and takes reasonable steps to resume performance. A failure of the Vendor's own hosting provider or subcontractors is not force majeure. If force majeure prevents the Service for more than 30 consecutive days, either party may terminate this Order Form by written notice and the Vendor shall refund prepaid fees for the unused period.

### 11. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The arbitral award is final and binding.

### 12. General

These General Terms and Part A are the entire agreement for the Service. Changes must be agreed in writing by both parties. Notices are given in writing to the addresses in A1.
"""
SRC["e03"] = r"""
T:Equipment Supply and Monitoring Software Licence Contract
P:Contract No. CZHS-EQ-2027-021
P:Buyer: Chizhou Hengshan Cement Co., Ltd., Guichi District, Chizhou, Anhui Province, People's Republic of China (the "Buyer").
P:Supplier: Gauley Ridge Instruments LLC, 300 Main Street East, Summersville, West Virginia, United States (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment and software purchases. The Buyer wishes to monitor the vibration and temperature of the rotating equipment of its two clinker production lines (kiln drives, raw mills, cement mills, fans and conveyors) and the Supplier supplies wireless sensors, gateways and the RidgeSense condition monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, edge servers and accessories listed in the price table in clause 3.
P:1.2 "Software" means the RidgeSense condition monitoring software licensed under clause 2, including the embedded firmware of the Equipment.
P:1.3 "System" means the Equipment and the Software installed and configured at the Buyer's plant.
P:1.4 "Final Acceptance" means the Buyer's written acceptance of the System under clause 6.3.
H:2. Scope of Supply and Licence
P:2.1 The Supplier shall supply the Equipment, install and commission it with the Buyer's maintenance staff, configure the Software with the asset hierarchy, alarm thresholds and dashboards agreed with the Buyer, integrate alarms with the Buyer's distributed control system (DCS) and maintenance management system, and train the Buyer's staff.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for up to 420 measurement points at the Buyer's Chizhou plant, on the Buyer's own servers, without further licence fees.
P:2.3 All Equipment shall be new, of current production, and suitable for the dust, heat and vibration conditions of a cement plant, with the protection rating stated in the technical specification (Annex 1).
H:3. Contract Price
P:3.1 The Contract Price is CNY 2,180,000, including VAT, customs duties, freight to the Buyer's plant, insurance and all other costs. It is fixed and is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|420|2,150|903,000
TB:2|Wireless gateway with industrial enclosure|28|12,500|350,000
TB:3|Edge server (redundant pair)|2|86,000|172,000
TB:4|RidgeSense software licence, perpetual, 420 points|1|465,000|465,000
TB:|Hardware and Licence Subtotal|||1,890,000
TB:5|Installation and commissioning|1|168,000|168,000
TB:6|Configuration of asset models, alarm rules and dashboards; DCS and maintenance system interfaces|1|96,000|96,000
TB:7|Training|1|26,000|26,000
TB:|Contract Price|||2,180,000
H:4. Payment
P:4.1 10% of the Contract Price (CNY 218,000) is paid within 15 days after signature, against the Supplier's invoice and an advance payment guarantee of the same amount from a bank acceptable to the Buyer.
P:4.2 55% (CNY 1,199,000) is paid within 15 days after the Installation Certificate, which confirms that all Equipment has been delivered and installed. The Installation Certificate is not acceptance of the System.
P:4.3 35% (CNY 763,000) is paid within 15 days after Final Acceptance.
P:4.4 Each payment requires a valid Chinese VAT invoice, which the Supplier shall procure through its authorised distributor in Hefei.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Buyer's plant within 70 days after signature and complete installation within 40 days after delivery. Installation on running equipment shall follow the Buyer's shutdown schedule and permit-to-work procedures.
P:5.2 If the Supplier fails to complete installation by the date in clause 5.1 for reasons attributable to it, the Supplier shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:5.3 Each delivery shall be accompanied by a packing list, certificates of origin and conformity, and the test reports of the sensors. The Buyer shall inspect the packages for visible damage and count the items within 5 working days; this inspection is not acceptance of quality.
P:5.4 The Supplier shall train up to 16 of the Buyer's maintenance engineers and instrument technicians at the plant, covering sensor mounting and replacement, gateway configuration, alarm handling, trend analysis and basic fault diagnosis, and shall provide training materials in Chinese.
H:6. Acceptance
P:6.1 After installation, the System runs for a trial period of 60 days.
P:6.2 The acceptance criteria are: (a) every sensor reports vibration and temperature at its configured interval for 30 consecutive days without a gap longer than 2 hours; (b) sensor readings agree with reference measurements taken with the Buyer's calibrated portable analyser within the tolerance in Annex 1; (c) alarms reach the DCS and the maintenance management system within 10 seconds; (d) the dashboards and reports listed in Annex 1 are complete; and (e) the Supplier has delivered the as-built documentation, configuration backups and operating manuals.
P:6.3 When the criteria are met, the Buyer shall issue a Final Acceptance certificate within 10 working days. If they are not met, the Supplier shall correct the defects and the tests shall be repeated. Installation, trial operation and use of the System do not amount to acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the System for 36 months from Final Acceptance. During this period it shall repair or replace defective Equipment free of charge, including freight and duties, correct Software defects, and supply Software updates.
P:7.2 The Supplier shall keep a stock of spare sensors and gateways at its distributor's warehouse in Hefei. Defects are classified as Severity 1 (loss of monitoring for a production line or a whole kiln or mill drive), Severity 2 (loss of individual sensors or functions) and Severity 3 (other issues). Response times: Severity 1, 30 minutes by telephone or remote session, with an engineer on site within 24 hours if needed; Severity 2, 2 hours; Severity 3, the next working day.
P:7.3 If the Supplier misses a response or on-site time for a Severity 1 defect, it shall pay the Buyer CNY 600 for each hour of delay, which the Buyer may deduct from any amount due.
P:7.4 After the warranty, the Buyer may order annual support covering the services in clauses 7.1 to 7.3. The annual support fee is 7.5% of the Hardware and Licence Subtotal, that is CNY 141,750 per year, fixed for the first two support years. Support is ordered year by year and does not renew automatically.
H:8. Data and Security
P:8.1 All measurement data, alarm histories, asset information and configurations in the System belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:8.2 The System is installed on the Buyer's network. The Supplier may access it remotely only through the Buyer's remote access gateway, with individual accounts, for each session approved by the Buyer. The Supplier shall not copy Buyer data outside the plant and shall not transfer any data outside the People's Republic of China.
P:8.3 The Supplier shall report any security incident involving the System or Buyer data within 6 hours after becoming aware of it, cooperate in containing it, and compensate the Buyer for losses caused by the Supplier's breach of this clause.
H:9. Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including plant layouts, process data and prices, and shall not disclose it to a third party without prior written consent. This obligation continues for three years after the end of this Contract.
H:10. Intellectual Property
P:10.1 The Software and the Equipment firmware remain the property of the Supplier or its licensors, subject to the licence in clause 2.2.
P:10.2 The asset models, alarm rules, dashboards, interface programs and documentation created for the Buyer under this Contract belong to the Buyer, which may use, modify and give them to third parties freely.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of clauses 8 and 9.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for all approved subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay damages under clause 5.2 reach their maximum.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for the undelivered or rejected parts of the System.
H:14. Force Majeure
P:14.1 Neither party is liable for a delay caused by force majeure, such as natural disasters, epidemics or government action, if it informs the other party promptly and provides evidence. Time for performance is extended by the duration of the event. If the event lasts more than 90 days, either party may terminate the Contract for the undelivered part.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.
H:16. General
P:16.1 Annex 1 (Technical Specification) and Annex 2 (Installation and Acceptance Plan) form part of this Contract. This Contract is signed in English and Chinese, both texts being equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
SRC["e04"] = r'''# MANAGED APPLICATION SERVICES AGREEMENT

Agreement No. GVTS-NH-2027-07

This Managed Application Services Agreement (the "Agreement") is entered into on 12 April 2027 between:

**Ningbo Haixin Precision Electronics Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered address in Beilun District, Ningbo, Zhejiang Province (the "Customer"); and

**Greenbrier Valley Technology Services LLC**, a West Virginia limited liability company with its principal office at 140 Washington Street West, Lewisburg, West Virginia, United States, acting through its registered branch office in Suzhou (the "Provider").

## Section 1. Purpose and Definitions

1.1 The Customer runs an ERP system, a manufacturing execution system (MES) and a warehouse management system (WMS) at its two plants in Ningbo. The Customer wishes the Provider to take over the day-to-day support, administration and small enhancements of these applications and their databases, as described in Schedule 1.

1.2 In this Agreement: "Services" means the services in Schedule 1; "Service Levels" means the levels in Schedule 2; "Service Credits" means the amounts in Schedule 3; "Customer Data" means all data processed in the supported applications or supplied by the Customer; "Deliverables" means all documents, scripts, reports, interface programs and enhancements the Provider creates for the Customer; and "Service Commencement Date" means 1 July 2027.

## Section 2. Term

2.1 The Agreement starts on signature. The Services are provided for 36 months from the Service Commencement Date (the "Term").

2.2 The Agreement does not renew automatically. The parties may agree in writing, no later than 90 days before the end of the Term, to extend it on the same charges or on charges they then agree.

## Section 3. Transition

3.1 Between signature and the Service Commencement Date, the Provider shall carry out the transition: knowledge transfer from the Customer's IT team and the current support vendor, documentation of all interfaces, batch jobs and customisations, set-up of the ticketing system and monitoring tools, and a shadow-support period of at least 20 working days.

3.2 Transition acceptance criteria: (a) the Provider has delivered the operations manual covering every item in the application inventory in Schedule 1; (b) the Provider has handled all tickets during the last 10 working days of shadow support within the Service Levels, with the Customer's staff only observing; (c) monitoring is active for all production servers, databases, interfaces and batch jobs; and (d) a restore test of the ERP database from backup has succeeded.

3.3 When the criteria are met, the Customer shall sign a Transition Acceptance certificate within 5 working days. Start of the Services does not in itself constitute acceptance.

3.4 If Transition Acceptance is not achieved by the Service Commencement Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,800 for each day of delay, up to CNY 90,000.

## Section 4. Service Delivery

4.1 The Provider shall deliver the Services from its Suzhou branch office, with a resident team of at least two application consultants and one database administrator at the Customer's Ningbo headquarters on working days.

4.2 The Provider shall name a service delivery manager who meets the Customer's IT manager monthly to review performance, tickets, risks and planned changes.

4.3 All changes to production systems follow the Customer's change management process. The Provider shall not make any change without an approved change request, except emergency changes to restore a Priority 1 incident, which shall be documented within one working day.

4.4 Enhancements of up to 160 person-hours per quarter are included in the charges. Further enhancements are ordered by change request at the day rate in Schedule 3.

## Section 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The total charges for the Term are CNY 2,200,000, being a transition fee of CNY 112,000 and a monthly service charge of CNY 58,000 for 36 months.

5.2 The transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. The Customer shall pay correct invoices within 30 days after receipt.

5.3 Service Credits are deducted from the invoice for the month following the month in which they arise.

## Section 6. Service Levels and Service Credits

6.1 The Provider shall meet the Service Levels in Schedule 2 every month and report its performance in a monthly service report.

6.2 If the Provider misses a Service Level, the Service Credits in Schedule 3 apply. Service Credits do not limit the Customer's right to claim damages for losses exceeding them.

## Section 7. Customer Data and Security

7.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to perform the Services and on the Customer's instructions, and shall not use it for any other purpose.

7.2 The Provider shall access the Customer's systems only through the Customer's bastion host with named accounts and multi-factor authentication. All sessions are recorded. The Provider shall not copy production data to its own systems, shall use masked data for testing, and shall not transfer any Customer Data outside the People's Republic of China.

7.3 The Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law and the Customer's information security policies, and shall ensure that its personnel receive security training before they are given access.

7.4 The Provider shall notify the Customer within 2 hours after becoming aware of any unauthorised access to, loss of or alteration of Customer Data, shall help to contain and remedy it, and shall compensate the Customer for all losses caused by a breach of this Section by the Provider or its personnel.

## Section 8. Intellectual Property

8.1 All Deliverables belong to the Customer from their creation. The Provider shall hand over their source code and documentation with the monthly service report. The Customer may use, modify and license them freely.

8.2 The Provider's pre-existing tools and methods remain its property. Where they are embedded in a Deliverable, the Provider grants the Customer a perpetual, free licence to use them with that Deliverable.

## Section 9. Liability

9.1 The total liability of each party under this Agreement is limited to 150% of the total charges for the Term. The limit does not apply to personal injury, wilful misconduct or breach of Section 7.

## Section 10. Subcontracting

The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains fully responsible for any approved subcontractor.

## Section 11. Continuity of Services

11.1 This Agreement is entered into for the whole Term and neither party may terminate it before the end of the Term. If the Provider fails to perform, the Customer's remedies are the Service Credits, an order to remedy the failure at the Provider's cost, and damages under Section 9.

11.2 At the end of the Term the Provider shall provide exit assistance for up to 60 days at no extra charge, including the handover of all documentation, Deliverables, credentials and open tickets to the Customer or a successor provider.

## Section 12. Force Majeure

A party is excused from performance to the extent prevented by force majeure, such as natural disasters, epidemics or government action, if it notifies the other party promptly and uses reasonable efforts to resume performance. Charges are not payable for Services not provided during the event.

## Section 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes that cannot be settled by negotiation within 30 days shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## Section 14. General

This Agreement, with Schedules 1 to 3, is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

For the Customer: ____________________    For the Provider: ____________________

---

## Schedule 1 — Scope of Services

| Area | Systems | Services |
|---|---|---|
| Application support | ERP (finance, procurement, sales, production planning), MES, WMS | Incident handling, problem management, user support, configuration changes, master data support |
| Database administration | ERP and MES production and test databases | Monitoring, backup and restore, performance tuning, patching, capacity planning |
| Interfaces and batch jobs | 46 interfaces and 210 scheduled jobs | Monitoring, restart, error correction, documentation |
| Enhancements | All supported systems | Up to 160 person-hours per quarter of small reports, forms and workflow changes |
| Month-end support | ERP finance | Extended support during the last 3 working days and first 3 working days of each month |

## Schedule 2 — Service Levels

| Priority | Definition | Response | Resolution |
|---|---|---|---|
| P1 | Production stopped, shipping blocked or ERP unavailable for a plant | 30 minutes, 24×7 | 8 hours |
| P2 | Major function impaired with a workaround | 2 hours | 2 working days |
| P3 | Minor defect or user question | 1 working day | 10 working days |

## Schedule 3 — Charges and Service Credits

| Item | Amount |
|---|---|
| Transition fee (one-time, after Transition Acceptance) | CNY 112,000 |
| Monthly service charge (36 months) | CNY 58,000 per month |
| Total charges for the Term | CNY 2,200,000 |
| Additional enhancement work | CNY 3,600 per person-day |
| Service Credit: P1 response or resolution missed | 5 % of the monthly service charge per incident |
| Service Credit: P2 resolution missed | 2 % of the monthly service charge per incident |
| Maximum Service Credits per month | 20 % of the monthly service charge |
'''
SRC["e05"] = r'''DATA SUBSCRIPTION AGREEMENT
HARDWOODPULSE MARKET DATA API

Agreement No. AHD-DG-2027-05

This Data Subscription Agreement is made on 20 May 2027 between Dongguan Yashu Furniture Co., Ltd., Houjie Town, Dongguan, Guangdong Province, People's Republic of China ("Customer"), and Allegheny Hardwood Data LLC, a West Virginia limited liability company, 800 Second Avenue, Marlinton, West Virginia, United States ("Vendor").

1. BACKGROUND AND DEFINITIONS

1.1 The Customer imports North American hardwood lumber for its furniture plants and needs current market data for purchasing, contract pricing and inventory planning. The Vendor compiles the HardwoodPulse database of hardwood market information and makes it available through an application programming interface (API).

1.2 In this Agreement:
(a) "Vendor Data" means the prices, indices, statistics, reports and other content made available through the Service;
(b) "Service" means access to Vendor Data through the HardwoodPulse API and the web dashboard, as described in the Data Specification in the Annex;
(c) "Customer Information" means the Customer's account details, user list, API queries and any data the Customer uploads to the dashboard, such as its own purchase volumes;
(d) "Subscription Year" means the period starting on the Subscription Start Date and ending on the day before its first anniversary, and each following period of the same length; and
(e) "Subscription Start Date" means the date of Setup Acceptance under clause 4.3.

2. THE SERVICE

2.1 The Service includes: weekly and daily prices for red oak, white oak, hard and soft maple, cherry, walnut, ash and poplar lumber by grade and thickness; Appalachian and Northern log prices; kiln-dried inventory indices; US hardwood export statistics by destination; container freight rates from US East Coast ports to South China; and the Vendor's weekly market commentary in English and Chinese.

2.2 The Service provides historical data from January 2015 and updates each data series at the frequency stated in the Data Specification.

2.3 The Customer may connect the API to its ERP and procurement systems, and up to 25 named users may use the web dashboard.

2.4 The Vendor may add data series and improve the API. It shall not remove a subscribed data series or make an incompatible change to the API during the Subscription Term without 90 days' notice and a replacement of at least equal scope. If it does so, the Customer may terminate this Agreement and receive a refund of the fees paid for the remaining period.

3. LICENCE TO VENDOR DATA

3.1 The Vendor grants the Customer a non-exclusive, non-transferable licence during the Subscription Term to use Vendor Data for its internal business purposes, including purchasing decisions, price negotiations with its suppliers and internal reports.

3.2 The Customer may include limited extracts of Vendor Data in internal reports and in documents sent to its own suppliers and customers, with attribution to HardwoodPulse, but shall not resell Vendor Data or make it available as a data feed to third parties.

3.3 Vendor Data stored in the Customer's systems during the Subscription Term may be kept and used internally after the term ends, but it will not be updated.

4. SETUP AND ACCEPTANCE

4.1 The Vendor shall, within 30 days after receipt of the payment under clause 5.2, issue test API credentials, provide the API documentation, map the Vendor's species and grade codes to the Customer's item master, load the historical data into the Customer's test environment and train the Customer's users.

4.2 Setup acceptance tests: (a) every endpoint listed in the Data Specification returns complete data for a sample of 50 series chosen by the Customer; (b) the mapped item codes match the Customer's item master without error; (c) the median API response time over a one-week test is below 800 milliseconds; and (d) the historical backfill is complete for all subscribed series.

4.3 When the tests are passed, the Customer shall confirm Setup Acceptance in writing within 5 working days, and the Vendor shall issue production API keys. Use of test credentials does not constitute acceptance.

4.4 If Setup Acceptance is delayed beyond the period in clause 4.1 for reasons attributable to the Vendor, the Vendor shall pay CNY 300 for each day of delay, up to CNY 15,000, and the Subscription Start Date is postponed accordingly.

5. FEES AND PAYMENT

5.1 The fees are: a one-time setup fee of CNY 24,000; an annual subscription fee of CNY 186,000 for Subscription Year 1; and an annual subscription fee of CNY 186,000 for Subscription Year 2. The total fees for the Subscription Term are CNY 396,000, including VAT.

5.2 The setup fee and the annual subscription fee for Subscription Year 1, together CNY 210,000, are due within 10 days after signature of this Agreement and before the Vendor begins the setup work.

5.3 The annual subscription fee for Subscription Year 2 is due within 10 days after the start of Subscription Year 2.

5.4 Invoices are issued in China by the Vendor's appointed agent, Shenzhen Qiantong Trade Services Co., Ltd., which receives payment on the Vendor's behalf.

6. SERVICE LEVELS

6.1 The API shall be available at least 99.95% of each calendar month, measured by the Vendor's external monitoring, excluding scheduled maintenance announced 72 hours in advance and performed on Sundays between 14:00 and 18:00 China Standard Time.

6.2 Data delivery: each data series shall be updated no later than 6 hours after its scheduled publication time in the Data Specification.

6.3 Support: Severity 1 (API unavailable or returning wrong data for all users) response within 2 hours at any time; Severity 2 (a data series late or incomplete) response within 8 business hours; Severity 3 within 2 business days.

6.4 Service credits: if monthly availability is below the commitment, or more than three scheduled updates in a month are late, the Customer receives a credit of 5% of the monthly equivalent of the annual subscription fee for each such shortfall, up to 25% of that monthly amount, applied to the next invoice or refunded at the end of the term.

7. CUSTOMER INFORMATION

7.1 Customer Information belongs to the Customer. The Vendor shall use Customer Information only to provide the Service to the Customer and shall not disclose it, combine it with Vendor Data, or use it to compile market statistics.

7.2 At the end of the Subscription Term the Vendor shall delete Customer Information from its systems within 30 days and confirm the deletion in writing.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the non-public information received from the other party, including the Customer's purchase volumes, supplier names and prices, and the Vendor's unpublished data and pricing, and shall use it only for this Agreement.

8.2 This obligation continues for three years after the end of this Agreement, except for trade secrets, which are protected for as long as they remain secret.

9. INTELLECTUAL PROPERTY

9.1 Vendor Data, the HardwoodPulse database and the API are the property of the Vendor or its data sources.

9.2 The species and grade code mappings, dashboard views and reports created for the Customer during setup belong to the Customer, which may use and modify them and give them to any third party.

10. WARRANTIES

10.1 The Vendor warrants that it compiles Vendor Data with reasonable skill and care from the sources described in the Data Specification and that it has the right to license Vendor Data to the Customer.

10.2 Vendor Data is market information. The Customer remains responsible for its own purchasing and pricing decisions.

11. LIABILITY

11.1 The total liability of each party under this Agreement is limited to 150% of the total fees for the Subscription Term. This limit does not apply to personal injury, wilful misconduct or infringement of intellectual property rights.

11.2 Neither party is liable for lost profit or indirect loss.

12. SUBCONTRACTING

The Vendor shall not subcontract any part of the Service without the Customer's prior written consent. Invoicing by the appointed agent under clause 5.4 is not a subcontract of the Service.

13. TERM, RENEWAL AND TERMINATION

13.1 This Agreement starts on signature and the Subscription Term ends at the end of Subscription Year 2.

13.2 Unless either party gives written notice at least 60 days before the end of the Subscription Term, the Agreement renews for one further Subscription Year at the same annual subscription fee and on the same terms.

13.3 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If the Customer terminates for the Vendor's breach, the Vendor shall refund the fees paid for the period after termination.

14. FORCE MAJEURE

Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or a general failure of international networks, if it notifies the other party promptly and works to restore performance. The failure of the Vendor's hosting provider is not force majeure.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules in force when the arbitration is commenced.

16. GENERAL

16.1 This Agreement and the Annex (Data Specification and API Documentation) are the entire agreement of the parties on the Service. Amendments must be in writing and signed by both parties.

16.2 Notices shall be given in writing to the addresses above, with a copy by e-mail.

For the Customer: ____________________    For the Vendor: ____________________
'''

# ---------------------------------------------------------------- design and labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def d(file, lang, category, kind, cv, rules, t, sla_clause=True, ld_stated=True, capped=None, deemed=False,
      fee_base=None, forum_outside=False):
    return dict(file=file, lang=lang, category=category, kind=kind, cv=cv, rules=sorted(rules), t=t,
                sla_clause=sla_clause, ld_stated=ld_stated, capped=capped, deemed=deemed, fee_base=fee_base,
                forum_outside=forum_outside)


def T(avail, p1, remedy, ip, ds, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, ds, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term,
                                sub, law, kind]))


G, S = "goods_or_licence", "service"
DESIGN = {
 "z01": d("h1008z01_civil_affairs_marriage_booking_platform.pdf", "zh", "software", G, 1560000, [],
          T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 9, False, True, False, "PRC", G),
          capped=True, fee_base=680000),
 "z02": d("h1008z02_floor_scrubber_line_control_retrofit.docx", "zh", "hardware", G, 1960000,
          ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
          T(None, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 18, 32, False, True, False, "PRC", G),
          capped=True, fee_base=1530000),
 "z03": d("h1008z03_makeup_school_booking_membership_saas.txt", "zh", "cloud", S, 534000,
          ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
          T(99.5, 0.5, True, "buyer", True, False, True, 400 / 534000 * 100, None, None, True, None, None, None, True,
            True, False, "PRC", S)),
 "z04": d("h1008z04_construction_dust_monitoring_om_service.txt", "zh", "services", S, 684000,
          ["CR-LD-LOW", "CR-SLA-NO-REMEDY"],
          T(None, 1, False, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False, True, False,
            "PRC", S)),
 "z05": d("h1008z05_cloisonne_studio_process_tracking_supplier_template.md", "zh", "software", G, 306000,
          ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
           "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
          T(None, None, False, "supplier", True, True, True, None, 50000 / 306000 * 100, 65, False, False, 3, None, False,
            True, None, None, G),
          sla_clause=False, ld_stated=False, capped=False, deemed=True, fee_base=128000),
 "e01": d("h1008e01_document_control_licence_wv_vendor.pdf", "en", "software", G, 1760000, ["CR-GOVERNING-LAW"],
          T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11, False, True, False,
            "West Virginia", G),
          capped=True, fee_base=1240000, forum_outside=True),
 "e02": d("h1008e02_route_scheduling_saas_order_form.md", "en", "cloud", S, 574000,
          ["CR-LIABILITY-CAP", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
          T(99.95, 8, True, "buyer", True, True, True, 500 / 574000 * 100, 6 / 24 * 100, None, True, None, None, None,
            False, True, True, "PRC", S)),
 "e03": d("h1008e03_cement_vibration_sensors_monitoring_licence.docx", "en", "hardware", G, 2180000, [],
          T(None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 7.5, False, True, False, "PRC", G),
          capped=True, fee_base=1890000),
 "e04": d("h1008e04_erp_managed_application_services.md", "en", "services", S, 2200000,
          ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
          T(None, 0.5, True, "buyer", True, True, False, 1800 / 2200000 * 100, 150, None, True, None, None, None, False,
            False, False, "PRC", S)),
 "e05": d("h1008e05_hardwood_market_data_api_subscription.txt", "en", "cloud", S, 396000,
          ["CR-DATA-SECURITY", "CR-PREPAYMENT"],
          T(99.95, 2, True, "buyer", False, True, True, 300 / 396000 * 100, 150, 210000 / 396000 * 100, True, None, None,
            None, False, True, False, "PRC", S)),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy §3 thresholds (defaults) and the TCO horizon
TH = dict(avail=99.9, p1=4, ld=0.05, cap=100, pre=30, war=12, pwf=15, tco=40, horizon=5)


def tco_share(x):
    t = x["t"]
    if x["kind"] != G or t["post_warranty_fee_pct"] is None or not x["capped"]:
        return None
    years = max(0.0, TH["horizon"] - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * x["fee_base"]
    return fees / (x["cv"] + fees) * 100


def derive(x):
    """My reading of policy §3, from the label only."""
    t, r = x["t"], set()
    goods = x["kind"] == G
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["avail"]:
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
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["pre"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["deemed"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < TH["war"]):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["capped"] or t["post_warranty_fee_pct"] > TH["pwf"]):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or x["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    sh = tco_share(x)
    if goods and sh is not None and sh > TH["tco"]:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


def label(x):
    extra = {"sla_clause": x["sla_clause"], "ld_stated": x["ld_stated"]}
    if x["kind"] == G:
        extra["post_warranty_fee_capped"] = x["capped"]
    extra["acceptance_deemed_on_delivery"] = x["deemed"]
    extra["contract_value"] = x["cv"]
    return {"file": x["file"], "language": x["lang"], "category": x["category"], "expected_terms": dict(x["t"]),
            "expected_extra": extra, "expected_rules": x["rules"]}


# ---------------------------------------------------------------- threshold scan
NB = r"(?<![\d.])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
PATTERNS = [
    r"99\.9(?![\d])", r"百分之九十九点九(?![\u4e00-\u9fff])",
    NB + r"4\s*(?:小时|个小时|h\b|hrs?\b|hours?|-hour)", r"(?<![十二])四\s*个?\s*小时", r"four[\s-]*(?:\(4\)\s*)?hours?",
    NB + r"0\.05(?!\d)", r"万分之五", r"百分之零点零五", r"千分之零点五",
    NB + r"100(?:\.0+)?" + PCT, r"百分之(?:一)?百", r"one\s*hundred\s*(?:per\s*cent|percent)", r"hundred[\s-]*percent",
    NB + r"30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"thirty\s*(?:\(30\)\s*)?(?:per\s*cent|percent)",
    NB + r"15(?:\.0+)?" + PCT, r"百分之十五(?![点])", r"fifteen\s*(?:\(15\)\s*)?(?:per\s*cent|percent)",
    NB + r"40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"forty\s*(?:\(40\)\s*)?(?:per\s*cent|percent)",
    NB + r"12\s*(?:个月|个自然月|months?|-month|mos?\b)", r"十二\s*个\s*(?:自然)?月", r"twelve[\s-]*(?:\(12\)\s*)?months?",
    r"一年", r"(?<![A-Za-z])one[\s-]*(?:\(1\)\s*)?years?(?![A-Za-z])", NB + r"1\s*(?:years?\b|-year)", r"一周年",
    NB + r"5\s*(?:年|years?|-year)", r"五\s*年", r"five[\s-]*(?:\(5\)\s*)?years?", NB + r"60\s*(?:个月|months?)",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 hours", "four (4) hours", "四小时", "0.05%", "万分之五", "100%", "100 per cent",
            "百分之百", "30%", "30 %", "百分之三十", "thirty percent", "15%", "百分之十五", "40%", "百分之四十", "12个月",
            "12 months", "十二个月", "twelve months", "一年", "one year", "1 year", "5年", "五年", "five years", "5 years",
            "60 months", "one-year", "4-hour", "4h"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "48小时", "0.055%", "0.08%", "2025年", "2030年",
             "130%", "115%", "150%", "200%", "0.30%", "35%", "45%", "112 months", "18 months", "十八个月", "三年",
             "25%", "24×7", "7×24小时", "phone", "ones", "none years"]


def self_test():
    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s))


def scan(name, text):
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        m = RX.search(variant)
        assert not m, (name, "threshold figure", m.group(0), variant[max(0, m.start() - 30):m.end() + 30])


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
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
    targets = {}
    for k, x in DESIGN.items():
        ext = x["file"].rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            targets[k] = (x["file"], ext)
        else:
            (OUT / x["file"]).write_text(SRC[k].lstrip("\n"), encoding="utf-8")
            print("wrote", x["file"])
    write(SRC, targets, OUT, wrap_words=True)
    covered = set()
    for k, x in DESIGN.items():
        path = OUT / x["file"]
        text = read_back(path)
        if x["lang"] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, "chars", n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, "words", n)
        scan(k, text)
        t = x["t"]
        for key, th in (("availability_pct", "avail"), ("p1_response_hours", "p1"), ("ld_rate_per_day_pct", "ld"),
                        ("liability_cap_pct", "cap"), ("prepayment_pct", "pre"), ("warranty_months", "war"),
                        ("post_warranty_fee_pct", "pwf")):
            v = t[key]
            assert v is None or abs(v - TH[th]) > 1e-9, (k, key, v)
        sh = tco_share(x)
        assert sh is None or abs(sh - TH["tco"]) > 2, (k, "tco share", sh)
        if x["kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None and x["capped"] is None, k
        der = derive(x)
        assert der == x["rules"], (k, "derived", der, "design", x["rules"])
        covered |= set(der)
        lab = label(x)
        assert list(lab["expected_terms"]) == TERM_KEYS
        stem = x["file"].rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s %-62s %s %5d  risk %-6s tco %s  %s" % (k, x["file"], x["lang"], n, risk(der),
              "-" if sh is None else "%.1f%%" % sh, ", ".join(r[3:] for r in der) or "(none)"))
    assert covered == set(ALL_RULES), ("not covered", set(ALL_RULES) - covered)
    mix = [len(x["rules"]) for x in DESIGN.values()]
    print("coverage: all %d rules; findings per draft %s" % (len(ALL_RULES), mix))


if __name__ == "__main__":
    main()
