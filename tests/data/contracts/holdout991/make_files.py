"""holdout991: builds the ten draft contracts (txt/md written as is, docx/pdf via ../word_pdf.py), writes the .json
labels and asserts lengths, threshold avoidance, rule derivation and coverage.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:古镇客流监测平台建设项目采购合同
P:合同编号：WLJ-ZC-2027-016　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市文化和旅游局
P:乙方（供应商）：某数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方就古镇客流监测平台建设事宜，经协商一致，订立本合同。本合同采用甲方合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供古镇客流监测平台软件许可（永久使用，不限用户数），并完成客流热力图、景区承载量预警、票务及停车系统接口等定制开发，以及部署实施与培训。
P:1.2 项目范围覆盖古镇东、西、北三个主入口，十四处重点街巷及两处游客集散中心，接入甲方既有视频点位及闸机数据。
P:1.3 乙方交付物包括：平台软件及许可证书、定制模块程序及源代码、接口文档、部署手册、运维手册、培训记录及测试报告。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零玖万捌仟元整（¥2,098,000），为固定总价，含税费、运输、部署、培训及质保期内全部服务费用。
P:2.2 价款构成：平台软件许可费¥1,260,000；定制开发费¥684,000；部署实施费¥118,000；培训费¥36,000。
P:2.3 除本合同另有约定外，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥419,600。
P:3.2 平台部署完成并通过初验后十五个工作日内，甲方支付合同总价的45%，即¥944,100。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，即¥734,300。
P:3.4 乙方应在每笔付款前开具合法有效的增值税发票。财政资金拨付程序导致的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应于合同签订之日起九十日内完成部署并提请初验，初验通过后进入六十日试运行。
P:4.2 乙方应按甲方确认的实施计划推进，每两周提交一次进度报告，如实说明进度偏差、风险及应对措施。
P:4.3 古镇节假日客流高峰期间（春节、五一、国庆前后各七日），乙方不得安排影响平台运行的部署或割接作业，并应安排专人驻场值守。
H:第五条 验收
P:5.1 初验标准：（一）招标文件所列功能全部实现；（二）客流统计与人工抽样核对误差不超过5%；（三）预警信息在触发后10秒内推送至指挥大屏及值班人员手机；（四）平台在800个并发用户下页面响应不超过3秒；（五）通过甲方委托的第三方安全测评。
P:5.2 最终验收标准：试运行期间无一级故障，全部缺陷整改完毕，交付物齐全，并经甲方组织的验收小组签署最终验收报告。
P:5.3 平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收。
H:第六条 服务水平
P:6.1 质保期内，平台月度可用率不低于99.95%，计划内维护须提前三个工作日经甲方同意，并安排在夜间进行。
P:6.2 故障分级及响应：一级故障（平台整体不可用或预警功能失效）30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障于下一版本修复。
P:6.3 乙方未达到前款响应或恢复时限的，每超时一小时扣减履约保证金¥1,000；月度可用率每低于约定值0.01个百分点，扣减¥2,000。
H:第七条 质保与维护
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件升级、缺陷修复、远程及现场技术支持。
P:7.2 质保期满后，甲方如续购维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过¥113,400，该费率在质保期满后三年内保持不变。维护合同另行签订，不自动续期。
P:7.3 乙方应在甲方厂区常备PLC模块、伺服驱动器、视觉相机等关键备件，备件清单作为附件三，备件消耗后应在七日内补足。质保期满前一个月，乙方应会同甲方对全部设备进行一次全面检查并出具检查报告。
H:第八条 知识产权
P:8.1 平台软件原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的模块、接口程序、配置脚本及其源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:8.3 乙方保证交付物不侵犯第三方合法权益，因侵权引起的纠纷由乙方负责处理并承担全部费用。
H:第九条 数据安全
P:9.1 平台采集、存储的客流数据、视频结构化数据、票务数据及其衍生数据均属于甲方所有，乙方不得用于本合同以外的任何目的，不得向任何第三方提供。
P:9.2 乙方应按照网络安全等级保护第三级要求落实安全措施，运维操作须经堡垒机并留存日志，不得将数据拷贝出甲方网络环境。
P:9.3 涉及游客个人信息的处理，乙方应遵守《中华人民共和国个人信息保护法》，仅在甲方授权范围内进行，合同终止后乙方应删除其持有的全部数据副本并出具书面说明。
P:9.4 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应的行政责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、网络拓扑、账号口令及游客个人信息负有保密义务，未经甲方书面同意不得披露。
P:10.2 保密义务不因本合同终止而解除，在合同终止后五年内持续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提请验收的，每逾期一日按合同总价的万分之八向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:11.2 乙方交付物经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按中国人民银行同期贷款利率承担利息。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，双方均可解除合同，互不承担违约责任。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 项目人员与培训
P:15.1 乙方应指派具有同类项目经验的项目经理一名及驻场工程师两名，实施期间不得擅自更换；确需更换的，应提前十日书面报甲方同意，且替换人员资历不得低于原人员。
P:15.2 乙方应为甲方及古镇管理委员会值班人员提供不少于三期集中培训及一期现场跟班培训，培训内容包括平台操作、预警处置流程、日常巡检及简单故障排查，培训合格率应达到甲方要求。
H:第十六条 不可抗力
P:16.1 因地震、洪水、疫情防控等不可抗力导致不能履行的，受影响方应在三日内通知对方并提供证明，相应履行期限顺延。
H:第十七条 其他
P:17.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:代表签字：　　　　　　　　　　代表签字：
"""

Z02 = """T:生产线控制系统改造项目合同
P:合同编号：CMY-GZ-2027-008
P:甲方：某除螨仪制造有限公司
P:乙方：某智能装备工程有限公司
P:甲方拟对其总装车间六条除螨仪生产线的控制系统进行升级改造，乙方具备相应的设计、供货、安装与调试能力。双方经平等协商，订立本合同。
H:第一条 项目范围
P:1.1 乙方负责六条生产线（含电机装配线、吸头组装线、整机老化测试线等）控制系统的改造设计、设备供货、软件许可、安装调试、联锁程序编制、数据采集接口开发及操作培训。
P:1.2 改造后各线须实现集中控制、工位防错、整机吸力及紫外灯管在线检测、产量与不良品数据自动采集，并与甲方现有MES系统对接。
P:1.3 乙方应利用甲方计划停线窗口分线施工，每条线停线不得超过五日，不得影响其余产线生产。
P:1.4 乙方应在合同生效后十日内派员进行现场勘查，核实各线现有电气图纸、设备型号及接线状况，并提交详细设计方案，经甲方工艺、设备及信息部门会签确认后实施。设计变更须经甲方书面确认，由此增加的费用未经甲方书面同意的由乙方承担。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰捌拾捌万捌仟元整（¥1,888,000），明细见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC及控制柜|6套|98,000|588,000
TB:2|伺服驱动器及电机|24套|14,500|348,000
TB:3|HMI触摸屏|6台|9,000|54,000
TB:4|视觉检测单元|6套|46,000|276,000
TB:5|产线数据采集软件许可（永久）|1套|262,000|262,000
TB:|软硬件小计|||1,528,000
TB:6|改造安装及调试|1项|196,000|196,000
TB:7|联锁程序及MES接口定制开发|1项|142,000|142,000
TB:8|操作及维护培训|1项|22,000|22,000
TB:|合计|||1,888,000
P:2.2 上述价格为含税固定总价，包含包装、运输、保险、安装辅材及质保期内全部服务费用。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，即¥377,600。
P:3.2 全部设备到货并完成安装、经甲方签收后，甲方支付合同总价的45%，即¥849,600。设备签收仅确认数量与外观，不视为质量验收。
P:3.3 项目通过最终验收后十五个工作日内，甲方支付合同总价的35%，即¥660,800。
H:第四条 交货与工期
P:4.1 乙方应于合同生效后四十五日内将全部设备运抵甲方厂区，并于合同生效后一百日内完成六条线的改造并提请验收。
P:4.2 乙方应提交分线施工方案，经甲方生产部门书面确认后方可停线施工。
P:4.3 设备到货时乙方应提供装箱单、合格证、出厂检验报告及原厂授权文件。甲方在乙方在场时开箱清点，发现数量短缺、型号不符或外观损坏的，乙方应在七日内补齐或更换。
H:第五条 验收
P:5.1 每条线改造完成后连续试生产十日，须满足：工位防错有效率达到设计值；整机吸力、紫外灯管检测结果与离线检测一致；节拍不低于改造前水平；产量与不良品数据实时上传MES且与人工统计一致。
P:5.2 六条线全部满足前款要求且资料齐全后，由甲方组织最终验收并签署验收报告。试生产、签收或使用均不视为验收合格。
H:第六条 服务水平
P:6.1 质保期内，控制系统及数据采集平台的月度可用率不低于99.5%，因甲方停电、停线检修造成的中断不计入。
P:6.2 一级故障（整条产线停机）乙方应在1小时内响应，6小时内到场；二级故障8小时内响应，次日到场处理。
P:6.3 乙方应为本项目建立服务台，记录每次故障的报修时间、响应时间、恢复时间及原因分析，每季度向甲方提交服务报告。
P:6.4 乙方响应或到场超时的，每超时一小时向甲方支付¥800；月度可用率每低于约定值0.1个百分点，乙方向甲方支付¥1,500。
H:第七条 质保及维保
P:7.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费更换损坏部件、修复软件缺陷并提供现场支持。
P:7.2 质保期满后，乙方按年提供维保服务，年度维保费为软硬件小计的8%，即每年¥122,240，该费用在质保期满后三年内固定不变。维保内容包括季度巡检、备件更换、软件升级及7×24小时电话支持。
P:7.3 乙方应在甲方厂区常备PLC模块、伺服驱动器、视觉相机等关键备件，备件清单作为附件三，备件消耗后应在七日内补足。质保期满前一个月，乙方应会同甲方对全部设备进行一次全面检查并出具检查报告。
H:第八条 知识产权
P:8.1 联锁程序、MES接口程序及其源代码、电气图纸等定制成果归甲方所有，甲方可自行修改、复制及交由第三方维护。
P:8.2 数据采集软件的原有知识产权归乙方，甲方享有永久使用权。
P:8.3 乙方保证所供设备及软件不侵犯任何第三方的专利、商标或著作权；如发生侵权纠纷，由乙方负责处理并承担全部费用，甲方因此遭受的损失由乙方赔偿。
H:第九条 数据安全
P:9.1 产线运行数据、工艺参数及产品检测数据归甲方所有，乙方不得用于本合同以外的用途。
P:9.2 乙方远程维护须经甲方审批并通过甲方指定的VPN接入，全程留存操作记录；乙方不得在控制系统中预留后门或未声明的远程通道。
P:9.3 因乙方原因造成数据泄露、篡改或控制系统被入侵的，乙方应立即报告并承担由此造成的全部损失。
H:第十条 保密
P:10.1 双方对合同履行中获悉的对方技术资料、工艺配方、生产计划及商业信息负有保密义务，保密期限至合同终止后三年。
P:10.2 乙方不得在任何宣传资料、案例介绍中使用甲方名称、产线照片或视频，但事先取得甲方书面同意的除外。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的万分之二支付违约金。
P:11.2 因乙方施工原因导致停线超过约定时间的，乙方应赔偿甲方由此造成的直接损失。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 乙方可将电气安装、线槽敷设等辅助工作分包给具备资质的第三方，但应提前五个工作日书面通知甲方，并对分包方的工作承担全部责任。
H:第十三条 安全施工
P:13.1 乙方施工人员应遵守甲方厂区安全、消防及环保管理制度，进入车间须穿戴劳保用品，动火、登高及带电作业须事先办理作业许可。
P:13.2 施工期间因乙方原因造成的人身伤害、设备损坏或火灾事故，由乙方承担全部责任；乙方应为施工人员购买工伤保险及意外伤害保险。
P:13.3 乙方应每日清理施工现场，拆除的旧控制柜、电缆等物资由甲方处置，乙方不得擅自带离厂区。
H:第十四条 合同解除
P:14.1 乙方严重违约且在甲方书面通知后十五日内未能纠正的，甲方有权解除合同并要求乙方赔偿损失。
P:14.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同；受影响方应在五日内通知对方并提供证明。
H:第十五条 争议解决
P:15.1 本合同适用中华人民共和国法律。争议协商不成的，提交宁波仲裁委员会仲裁。
H:第十六条 其他
P:16.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:16.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术规格书、分线施工计划。
P:甲方（盖章）：　　　　　　　乙方（盖章）：
"""

Z03 = """预约排课及会员管理系统SaaS服务合同

合同编号：MS-SaaS-2027-031
甲方：某美术集训教育连锁有限公司（以下简称"甲方"）
乙方：某云课科技有限公司（以下简称"乙方"）

鉴于甲方在全国经营四十家美术集训门店，需要统一的学员预约排课、会员储值与课消管理平台，乙方以软件即服务方式提供相关系统。双方经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方四十家门店提供"云课"预约排课及会员管理系统的在线使用服务，包括学员档案、课程排期、画室与教室预约、会员卡及储值、课消核销、家长端小程序、门店经营报表等功能模块。
（二）乙方提供一次性实施服务：
1. 四十家门店的组织架构、课程体系、价格体系配置；
2. 甲方现有Excel及旧系统中约两万六千名学员、会员余额及历史课消数据的迁移；
3. 集训营报名表单、作品点评及联考成绩统计页面的定制配置；
4. 门店店长、教务及前台人员的分批培训。
（三）服务期为两个服务年度，自系统上线验收合格之日起计算，每一服务年度为自起算日起至次年同日前一日。

二、服务费用
（一）订阅费：每家门店每服务年度¥9,600，四十家门店每服务年度合计¥384,000，两个服务年度合计¥768,000。
（二）实施费：一次性¥126,000。
（三）本合同总价为¥894,000（订阅费¥768,000＋实施费¥126,000），含税。
（四）服务期内甲方新增门店的，按每家门店每服务年度¥9,600按月折算计费；关闭门店的，自次一服务年度起相应核减。

三、付款方式
（一）实施费在系统上线验收合格后十个工作日内一次性支付。
（二）每一服务年度的订阅费于该服务年度开始后十个工作日内支付。
（三）乙方应在收款前开具增值税专用发票。
（四）甲方按约定支付的订阅费包含系统使用、数据存储、短信通知（每家门店每月不超过两千条）、版本升级及在线客服支持，乙方不得另行收取其他费用。

四、实施与验收
（一）乙方应于合同签订后四十五日内完成配置、数据迁移及培训，并提请上线验收。
（二）上线验收标准：
1. 合同约定功能全部可用，定制页面与甲方确认的原型一致；
2. 迁移后学员人数、会员余额、剩余课时与甲方导出数据逐条核对一致；
3. 在两百个门店终端同时操作时，常用页面打开时间不超过2秒；
4. 四十家门店试运行十日，无影响收银或排课的严重问题。
（三）试运行及甲方门店的日常使用不视为验收合格，验收以甲方签署的上线验收单为准。
（四）乙方应在寒假或暑假集训报名开始前至少二十日完成上线切换，切换期间旧系统与新系统并行运行不少于三日，由乙方负责两套系统数据的每日核对。
（五）乙方逾期提请上线验收的，每逾期一日向甲方支付¥600违约金。

五、服务水平
（一）系统月度可用率不低于99.95%，计划内维护应提前三日通知，且不得安排在周六、周日及寒暑假集训报名高峰期的白天。
（二）故障分级：
1. 一级故障（系统整体无法登录、无法收银或课消）：乙方在8小时内响应，24小时内恢复；
2. 二级故障（部分功能或部分门店不可用）：乙方在12小时内响应，3个工作日内修复；
3. 三级故障（操作问题、一般缺陷）：在下一版本中修复。
（三）乙方应于每月五日前向甲方提交上月服务报告，列明系统可用率、故障记录、处理时长及客服工单统计。
（四）月度可用率每低于约定值0.1个百分点，乙方按当月订阅费的5%给予服务抵扣，单月抵扣以当月订阅费为限。一级故障恢复超时的，每超时一小时抵扣¥300。

六、数据
（一）甲方学员、家长、会员、储值及课消数据归甲方所有。甲方可随时通过系统导出全部数据，服务期满或终止后乙方应提供三十日的数据导出期，并在期满后删除。
（二）甲方同意，乙方可将甲方数据经去标识化、汇总处理后用于改进产品、训练排课推荐模型及发布美术培训行业研究报告，该等汇总数据及报告的权利归乙方。
（三）乙方应采取加密传输与存储、分级授权、操作日志审计、异地备份等措施保障数据安全，系统部署在境内数据中心并已通过等级保护三级测评。发生数据泄露的，乙方应在二十四小时内通知甲方并协助处置；因乙方原因造成的，乙方承担赔偿责任。

七、双方权利义务
（一）甲方应指定总部项目负责人一名及各门店联络人，按时提供组织架构、课程价格及历史数据，并对配置结果及时确认。
（二）甲方应妥善保管系统管理员账号，对其账号项下的操作负责，发现账号异常应及时通知乙方冻结。
（三）乙方应为甲方配备专属客户成功经理，每季度回访各区域门店，收集使用问题并形成改进计划。
（四）乙方提供工作日9:00至21:00在线客服及电话支持，寒暑假集训报名期间延长至22:00，并提供一级故障的全天候值守电话。
（五）乙方对系统进行版本升级的，应提前七日在系统内公告升级内容；涉及收银、课消规则变化的重大升级，应事先征得甲方同意，并为门店人员提供操作说明。
（六）乙方应保证家长端小程序符合微信平台规则及个人信息保护相关规定，涉及未成年学员信息的，应取得监护人同意并设置单独的授权提示。

（七）乙方应为每家门店开通不超过五个前台账号及一个店长账号，总部账号数量不限；甲方可自行在系统内调整各账号的功能权限及可查看的门店范围。

八、知识产权
（一）"云课"系统本身的知识产权归乙方所有。
（二）为甲方定制的报名表单、作品点评及成绩统计页面的配置成果及相关文档归甲方所有，甲方可自由使用、修改或交由第三方使用。

九、保密
双方对在合作中知悉的对方商业秘密、经营数据、价格信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内持续有效。

十、续期
本合同服务期满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，以此类推。续期时乙方有权按其届时公布的价目表调整订阅单价，并于续期前通知甲方。

十一、责任限制
（一）乙方在本合同项下的累计赔偿责任以本合同总价的150%为限，但因乙方故意、重大过失或数据泄露造成的损失不受此限。
（二）任何一方均不对对方的间接损失或预期利润损失承担责任，但本合同另有约定的除外。

十二、分包
乙方不得将本合同项下的实施或运维服务分包给第三方，确需分包的，须事先取得甲方书面同意。

十三、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方应退还已收取但未提供服务部分的订阅费。
（二）乙方连续两个月未达到本合同约定的月度可用率的，甲方有权解除合同。
（三）合同解除或终止的，乙方应配合甲方完成数据导出及向新系统的迁移，提供完整的数据字典，不得以任何理由扣留甲方数据或设置导出障碍。

十四、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，提交成都仲裁委员会仲裁。

十五、其他
（一）本合同附件包括：功能清单、定制页面原型、数据迁移方案及服务水平说明，附件与本合同具有同等效力。
（二）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：
签订日期：2027年　月　日
"""

Z04 = """公路高边坡监测预警系统运维服务合同

项目编号：JTJ-CS-2027-004　采购方式：竞争性磋商
甲方（采购人）：某市交通运输局
乙方（成交供应商）：某岩土监测技术有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，双方就公路高边坡监测预警系统年度运维服务事宜订立本合同，共同遵守。

第一部分　服务范围

1. 运维对象
1.1 甲方已建成的公路高边坡监测预警系统，包括辖区内国省干线二十三处高边坡的GNSS位移监测站五十八套、深部测斜仪四十六套、雨量计二十三台、裂缝计九十二支、现场声光报警器二十三套，以及监测预警平台软件、服务器和通信链路。
1.2 乙方不更换系统原有软件及主要设备，仅在运维过程中按本合同约定更换易损件。

2. 服务期限
2.1 服务期自2027年3月1日起至2028年2月29日止。
2.2 服务期满，本合同终止。甲方如需继续采购，应依法重新组织采购。

3. 服务内容
3.1 日常巡检：每月对全部监测点现场巡检一次，汛期（5月至9月）每半月一次，检查设备供电、太阳能板、通信及防雷接地状况，形成巡检记录。
3.2 平台运维：负责监测预警平台及服务器的日常监控、数据备份、补丁更新及性能优化，保障数据按设定频率采集入库。
3.3 数据分析：每月编制监测月报，对位移速率、累计变形及降雨量进行分析；出现变形加速趋势时，应在当日提交专题分析报告并提出处置建议。
3.4 预警值守：汛期实行7×24小时值守，预警信息触发后须立即电话通知甲方值班人员及养护单位，并跟踪处置结果。
3.5 应急保障：发生强降雨、地震等情况后，乙方应在接到通知后6小时内组织人员对重点边坡开展加密观测。
3.6 设备维修：设备故障时负责现场维修，单件价值在两千元以下的易损件由乙方免费更换；超过该金额的备件经甲方确认后按成交价格另行结算。

3.7 汛前全面检修：乙方应于每年4月30日前完成全部监测设备的全面检修和标定，更换老化电池及损坏线缆，对平台预警阈值配置进行复核，并提交汛前检修报告，经甲方确认。
3.8 年度总结：服务期满前十五日，乙方应提交年度运维总结报告，内容包括各边坡变形趋势评价、设备完好率统计、故障原因分析及下一年度运维建议。
3.9 技术培训：乙方应每半年为甲方及养护单位人员开展一次培训，内容包括平台使用、预警信息研判、现场报警器检查及应急处置流程。
3.10 系统优化：乙方应结合运行情况，对数据采集频率、预警模型参数及平台报表提出优化建议，经甲方书面同意后实施，实施前应做好配置备份，实施后观察不少于七日并提交优化效果说明。
3.11 通信保障：乙方负责与通信运营商协调监测站物联网卡的续费、停复机及信号问题处理，通信费用已包含在合同价款内。

第二部分　服务水平与考核

4. 服务水平
4.1 监测预警平台月度可用率不低于99.95%，单个监测站月度数据完整率不低于98%。
4.2 故障分级：
（1）一级故障：平台中断、预警功能失效或三处以上边坡数据中断，乙方应在30分钟内响应，3小时内到达现场，当日恢复；
（2）二级故障：单处边坡数据中断或单台设备故障，乙方应在2小时内响应，48小时内修复；
（3）三级故障：不影响监测预警的一般问题，7日内处理。
4.3 乙方应建立故障台账，记录报修、响应、到场、恢复时间及原因。

5. 考核与扣款
5.1 甲方按季度对乙方服务进行考核，考核内容包括平台可用率、数据完整率、故障响应及修复时效、巡检与报告质量。
5.2 平台月度可用率每低于约定值0.01个百分点，扣减当季服务费¥1,000；一级故障响应或到场每超时一小时扣减¥800；巡检或月报每缺少一次扣减¥2,000。
5.3 乙方未按约定时间完成汛前全面检修的，每逾期一日按合同总价的千分之一支付违约金。

第三部分　费用与支付

6. 合同价款
6.1 本合同总价为人民币陆拾叁万捌仟元整（¥638,000），包含人工、交通、易损件、通信流量、平台运维及税费。
6.2 合同价款为固定价格，服务期内不作调整。

7. 支付方式
7.1 服务费按季度支付，每季度¥159,500。甲方在每季度考核结束后十五个工作日内，扣除当季考核扣款后支付该季度服务费。
7.2 本合同不设预付款。乙方应在每次付款前开具合法发票。

第四部分　双方责任

8. 甲方责任
8.1 甲方负责协调公路养护单位为乙方现场作业提供便利，并提供服务器机房的进出许可。
8.2 甲方应指定专人对接，及时审核乙方提交的月报及专题报告。
8.3 甲方应于服务期开始前向乙方移交系统竣工资料、设备台账、平台管理员账号及上一运维单位的交接记录，双方共同清点设备并签署交接单。交接时已损坏的设备，由甲方另行安排修复，不计入乙方考核。

9. 乙方责任
9.1 乙方应组建不少于六人的运维团队，其中岩土工程专业人员不少于两名，人员名单报甲方备案，更换人员须经甲方同意。项目负责人应具有岩土或测绘相关专业高级职称，汛期应常驻本市。
9.2 乙方现场作业应遵守公路作业安全规定，设置安全警示标志，因乙方原因造成的人身或财产损失由乙方承担。
9.3 乙方不得将本合同项下服务转包或分包给第三方。
9.4 乙方应为现场作业人员配备反光背心、安全帽及必要的登高防护用品，边坡作业不少于两人同行，雷雨天气不得进行高处作业。
9.5 服务期满或合同终止时，乙方应将平台账号、设备台账、备件清单及全部运维资料完整移交甲方或甲方指定的单位，并配合完成不少于十日的交接。

10. 数据安全
10.1 系统采集的全部监测数据、分析成果及平台日志归甲方所有，乙方仅可为履行本合同使用，不得向第三方提供或用于其他项目。
10.2 乙方应执行网络安全等级保护第二级以上的管理要求，平台账号实行实名分级授权，远程运维须经甲方审批并留存日志，每日进行数据备份，异地备份每周一次。
10.3 发生数据丢失、篡改或系统被攻击的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成损失的，乙方承担全部赔偿责任。

11. 运维成果
11.1 乙方在服务期内形成的巡检记录、月报、专题报告、设备台账及优化后的平台配置，所有权及知识产权归甲方所有。
11.2 乙方提交的各类报告应由乙方项目负责人签字确认，报告中的监测数据应与平台数据一致，引用的分析方法及判定依据应符合国家及行业现行规范。

第五部分　其他约定

12. 合同效力
12.1 本合同签订后，除不可抗力外，双方均不得单方变更或解除合同。因不可抗力致使合同无法履行的，双方协商处理。
12.2 服务期内如因道路改扩建、边坡治理工程等原因需拆除、迁移部分监测设备的，乙方应配合甲方实施，由此增减的工作量按响应文件中的单价据实结算。

13. 争议解决
13.1 本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

14. 其他
14.1 磋商文件、响应文件、成交通知书为本合同组成部分。本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：
"""

Z05 = """# 陶艺工序追踪管理系统软件许可及定制开发合同

**（乙方标准合同文本 CY-2026版）**

合同编号：CY-2027-0112

甲方：某紫陶工作室

乙方：某匠云软件有限公司

甲方拟采购乙方"匠云"陶艺工序追踪管理系统，用于紫陶制品从练泥、拉坯、修坯、装饰、阴刻填泥、烧制到打磨抛光的全工序追踪。双方经友好协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供"匠云"工序追踪管理系统标准版软件许可一套（永久许可，二十个用户）。

1.2 乙方根据甲方需求进行定制开发，包括：作品一物一码追溯页面、窑炉烧制曲线记录模块、匠人计件工资报表、电商平台订单接口。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

1.4 乙方交付物为：软件安装介质、许可授权文件、用户操作手册及培训课件。定制模块以可执行程序形式交付，乙方不提供源代码。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序追踪管理系统软件许可（永久，二十用户） | 296,000 |
| 2 | 定制开发（追溯页面、烧制曲线、计件报表、订单接口） | 84,000 |
| 3 | 安装部署、数据初始化及培训 | 18,000 |
| | 合计 | 398,000 |

合同总价为人民币叁拾玖万捌仟元整（¥398,000），含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的50%，即¥199,000，乙方收款后启动项目。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的50%，即¥199,000。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

## 第四条 交付与上线

4.1 乙方在收到首笔款项后六十日内完成安装部署及定制开发，并通知甲方上线。

4.2 因甲方未及时提供需求确认、基础数据或现场条件导致延期的，交付期限相应顺延。甲方暂停项目超过三十日的，乙方有权按已完成工作量要求甲方结算，并重新安排实施人员及上线时间。

4.3 甲方应为系统运行提供符合乙方要求的服务器、网络及扫码终端，相关硬件不在本合同范围内。

4.4 定制开发以双方确认的需求说明书为准。需求说明书确认后甲方提出新增或变更需求的，乙方有权另行报价，交付期限相应顺延。

4.5 乙方为甲方提供一次集中培训（一天），培训对象为甲方指定的不超过十名人员；额外培训按每人每天¥1,500另行收费。

## 第五条 验收

5.1 系统安装完成并上线运行，即视为甲方验收合格。

5.2 甲方在上线后七日内未书面提出异议的，视为对全部交付内容无异议。

5.3 甲方在上线后提出的问题，由乙方在免费维护期内按第七条处理，不影响验收结论及付款。

## 第六条 技术支持

6.1 乙方为甲方提供工作日远程技术支持，支持方式包括电话、即时通讯及远程桌面协助，甲方应提前安装乙方指定的远程协助工具。

6.2 系统出现无法登录、无法扫码记录工序等一级故障的，乙方在接到报修后2小时内响应，并尽力尽快恢复；其他问题在三个工作日内答复。

6.3 现场服务须甲方另行支付差旅费用，工程师现场服务费按每人每天¥1,800计收。

6.4 乙方服务时间为工作日9:00至18:00，法定节假日及窑炉开窑期间的加急支持需提前预约。

## 第七条 免费维护期及维护费

7.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供缺陷修复及远程支持。

7.2 免费维护期满后，甲方应与乙方签订年度维护协议，年度维护费为软件许可费的25%，即每年¥74,000。未签订维护协议的，乙方不再提供任何支持及升级。

7.3 维护费按年预付，在每一维护年度开始前支付。

7.4 年度维护服务内容包括：软件缺陷修复、标准版本升级、远程技术支持及每年一次的系统健康检查。定制模块的功能调整、新增报表及接口改造不属于维护范围，另行收费。

7.5 因甲方自行修改系统配置、操作不当、服务器或网络故障、病毒感染等原因导致的问题，不属于免费维护及年度维护范围。

## 第八条 知识产权

8.1 "匠云"系统及乙方为甲方开发的定制模块、接口程序、报表模板及相关源代码、文档的全部知识产权归乙方所有。

8.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行修改、反向工程或提供给第三方使用。

8.3 乙方有权将定制开发成果用于其他客户。

8.4 合同解除或终止后，甲方可继续使用已取得许可的标准版软件，但定制模块的后续升级须另行向乙方采购。

## 第九条 数据

9.1 甲方在系统中录入的作品信息、工序记录、匠人信息及订单数据归甲方所有，乙方不得用于本合同以外的目的。

9.2 甲方同意乙方为提供远程技术支持之目的访问系统，访问应事先告知甲方联系人。

9.3 乙方应采取访问控制、数据加密及每日备份等措施保障系统数据安全；因乙方原因导致数据泄露或丢失的，乙方应及时通知甲方、协助恢复并承担相应责任。

## 第十条 保密

双方对因本合同知悉的对方商业秘密、釉料配方、工艺参数及客户信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后三年。

## 第十一条 责任限制

11.1 乙方在本合同项下的全部责任，无论基于合同、侵权或其他原因，累计不超过人民币伍万元（¥50,000）。

11.2 乙方不对甲方的间接损失、利润损失、作品损毁或商誉损失承担责任。

11.3 乙方对软件的功能及性能以乙方产品说明书为准，不保证软件满足甲方的全部业务需求，也不保证软件运行不中断或无错误。

## 第十二条 甲方义务

12.1 甲方应指定一名项目联系人，负责需求确认、数据提供及上线配合，并保证提供的作品、工序及匠人信息真实、完整。

12.2 甲方应妥善保管系统账号及密码，因甲方人员泄露账号造成的损失由甲方自行承担。

12.3 甲方应按乙方提供的操作手册使用系统，并定期自行备份服务器数据；因甲方未备份导致的数据损失，乙方不承担责任。

12.4 甲方不得将软件安装于合同约定以外的服务器，不得超出许可的用户数量使用；超出的，应按乙方当时价格补交许可费用。

## 第十三条 合同解除

13.1 一方严重违约且经对方书面催告后三十日内仍未纠正的，守约方有权解除本合同。

13.2 甲方解除合同的，已支付款项不予退还。

## 第十四条 不可抗力

因地震、火灾、疫情、网络运营商故障、电力中断或政府行为等不可抗力导致不能履行的，受影响方不承担责任，但应及时通知对方。

## 第十五条 通知

双方的通知以书面形式送达本合同首页所列地址，或发送至双方确认的电子邮箱、即时通讯账号，发出即视为送达。一方变更联系方式的，应在三日内通知对方，否则由其自行承担不利后果。

## 第十六条 争议解决

因本合同发生的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十七条 其他

17.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

17.2 本合同为乙方标准文本，双方另有书面约定的，以书面约定为准。

甲方（盖章）：　　　　　　　　乙方（盖章）：

日期：　　年　　月　　日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. BQ-2027-0419
P:This Software Licence and Services Agreement (the "Agreement") is made between Jiangsu Hengrun Precision Auto Parts Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Changzhou, Jiangsu Province (the "Buyer"), and Hill Country Metrology Software, LLC, a Texas limited liability company with its principal office at Main Street, Boerne, Texas, United States (the "Supplier").
P:The Buyer manufactures machined steering and brake components and wishes to replace its spreadsheet-based inspection records with an integrated quality inspection and statistical process control system. The Supplier develops and licenses such software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Supplier's QualiTrace inspection and SPC software, version 8, in object code, including its updates and new releases provided under this Agreement.
P:1.2 "Custom Deliverables" means the CMM and gauge interfaces, the MES connector, the customer-specific PPAP report templates and every other item developed by the Supplier specifically for the Buyer under this Agreement, together with their source code and documentation.
P:1.3 "Buyer Data" means all measurement results, part and drawing data, process parameters, supplier and customer records and other data entered into, generated by or stored in the Software by or for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that all acceptance criteria have been met.
H:Article 2 Scope
P:2.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for eighty named users and forty shop-floor inspection stations at the Buyer's plants in Changzhou and Wuhu, including use by the Buyer's affiliates and contractors working for the Buyer.
P:2.2 The Supplier shall install and configure the Software, develop the Custom Deliverables, migrate three years of historical inspection records, and train the Buyer's quality engineers and inspectors, all as described in Annex 1.
P:2.3 The Buyer may make backup copies and a separate test installation without extra charge.
H:Article 3 Price and Payment
P:3.1 The Contract Price is CNY 1,846,000, fixed and inclusive of all taxes, travel and expenses, made up of the Licence Fee of CNY 1,420,000, implementation and Custom Deliverables of CNY 380,000, and training of CNY 46,000.
P:3.2 The Buyer shall pay 20% of the Contract Price (CNY 369,200) within twenty days after signature, against the Supplier's invoice and an advance payment guarantee for the same amount issued by a bank acceptable to the Buyer.
P:3.3 The Buyer shall pay 45% of the Contract Price (CNY 830,700) within twenty days after the Software and Custom Deliverables are installed and the pre-acceptance test under Article 5.2 is passed.
P:3.4 The Buyer shall pay the remaining 35% of the Contract Price (CNY 646,100) within twenty days after Final Acceptance.
P:3.5 All payments are made in CNY by bank transfer to the Supplier's account in China as stated in its invoice.
H:Article 4 Delivery and Schedule
P:4.1 The Supplier shall complete installation and configuration within sixty days after signature and shall request Final Acceptance within one hundred and twenty days after signature.
P:4.2 If the Supplier fails to meet either date for reasons not attributable to the Buyer, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a total of 8% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligation to complete the work.
H:Article 5 Acceptance
P:5.1 The Supplier shall submit an acceptance test plan for the Buyer's approval at least twenty days before testing starts.
P:5.2 Acceptance requires that: (a) every function listed in Annex 1 works as specified; (b) measurement values read through the CMM and gauge interfaces match the source files for a sample of two thousand records without deviation; (c) migrated historical records reconcile in count and values with the Buyer's export; (d) control charts and capability indices for twenty reference characteristics agree with the Buyer's reference calculations to the third decimal; (e) screens load within three seconds with sixty concurrent users; and (f) the system then runs in production for thirty days without a Severity 1 incident.
P:5.3 When all criteria are met the Buyer shall sign the Final Acceptance certificate within ten days, or state in writing which criteria are not met. Installation, productive use or any payment does not by itself mean acceptance. If a test fails, the Supplier shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Supplier warrants that the Software and Custom Deliverables will perform in accordance with Annex 1 for twenty-four months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall correct defects free of charge and provide all updates and new releases.
P:6.2 During the Warranty Period the Supplier shall respond to Severity 1 incidents (the Software is unavailable or inspection results cannot be recorded at any plant) within one hour, around the clock, and restore service within eight hours; Severity 2 incidents within three hours during business hours; Severity 3 incidents within two business days.
P:6.3 For each full hour by which the Supplier misses a Severity 1 response or restoration time, it shall credit the Buyer CNY 1,200, deducted from the next payment or paid on demand.
P:6.4 After the Warranty Period, the Buyer may order annual support covering the services in Articles 6.1 and 6.2. The annual support fee is 10% of the Licence Fee (CNY 142,000) and remains fixed for three years after the end of the Warranty Period. Support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Supplier and its licensors.
P:7.2 All rights in the Custom Deliverables vest in the Buyer upon creation. The Supplier shall deliver their complete source code and build instructions with the Final Acceptance request. The Buyer may use, modify, copy and license the Custom Deliverables freely, and may let third parties maintain them.
P:7.3 The Supplier shall defend and indemnify the Buyer against any claim that the Software or Custom Deliverables infringe a third party's rights.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Agreement and shall not copy, analyse or disclose it for any other purpose.
P:8.2 The Software is installed on the Buyer's servers in China. The Supplier may access the Buyer's systems only remotely through the Buyer's VPN and jump host with a named account, for a session approved by the Buyer, and shall not transfer Buyer Data outside the Buyer's network or outside the People's Republic of China.
P:8.3 The Supplier shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, follow the Buyer's information security rules, and ensure its staff do so.
P:8.4 The Supplier shall notify the Buyer within twelve hours after becoming aware of any unauthorised access to, or loss or disclosure of, Buyer Data, shall cooperate in containing it, and shall compensate the Buyer for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including drawings, process data and prices, shall use it only for this Agreement and shall not disclose it to third parties without prior written consent. This obligation survives for five years after the end of this Agreement.
H:Article 10 Liability
P:10.1 The Supplier's aggregate liability arising from this Agreement shall not exceed two times the Contract Price. Death or personal injury, wilful misconduct, infringement claims under Article 7.3 and breach of Articles 8 and 9 are outside this limit.
H:Article 11 Subcontracting
P:11.1 Subcontracting any part of the services requires the Buyer's consent in writing, obtained before the subcontractor starts. The Supplier is liable for the acts and omissions of each approved subcontractor.
H:Article 12 Termination
P:12.1 If the Supplier materially breaches this Agreement and the breach continues twenty days after the Buyer's written notice describing it, or once the liquidated damages under Article 4.2 amount to the 8% ceiling, the Buyer is entitled to end this Agreement by notice, and the Supplier shall repay what it received for work not yet accepted.
P:12.2 Either party may terminate if the other becomes insolvent. Articles 7 to 10 survive termination.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Texas, United States of America, without regard to its conflict of laws rules.
P:14.2 Any dispute arising from this Agreement shall be settled by the state or federal courts located in Bexar County, Texas, and the parties submit to their jurisdiction.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Specification and Implementation Plan) and Annex 2 (Acceptance Test Plan), is the entire agreement between the parties. Amendments must be in writing and signed by both parties. This Agreement is signed in two English originals, one for each party.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Name and title: ____________________    Name and title: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS — MAINTAINPRO CLOUD SUBSCRIPTION

Order Form No. CTX-OF-27-0088

## PART A — ORDER FORM

### A1. Parties

**Provider:** Leon River Software, Inc., a Texas corporation, Gatesville, Texas, United States, acting through its authorised reseller account for the People's Republic of China.

**Customer:** Shandong Qinghe Dairy Foods Co., Ltd., registered in Dezhou, Shandong Province, People's Republic of China.

This Order Form is entered into under, and incorporates, the General Terms in Part B. If Part A and Part B conflict, Part A prevails.

### A2. Service

MaintainPro Cloud, a software-as-a-service application for computerised maintenance management, covering work orders, preventive maintenance plans, spare-parts inventory, equipment history, mobile technician app and maintenance dashboards, for Customer's three dairy processing plants in Dezhou, Liaocheng and Binzhou.

Included: 150 named users; the ERP Connector for Customer's existing ERP system; standard product documentation; onboarding services described in A5.

### A3. Subscription Term

The Subscription Term starts on the Go-Live Date (the date on which Customer signs the Go-Live Acceptance under A5) and runs for two Subscription Years. Each Subscription Year is a period of one year starting on the Go-Live Date or its anniversary.

### A4. Fees

| Item | Basis | Fee per Subscription Year (CNY) | Total for the Subscription Term (CNY) |
|---|---|---|---|
| MaintainPro Cloud named users | 150 users × CNY 1,380 | 207,000 | 414,000 |
| ERP Connector | flat | 38,000 | 76,000 |
| Onboarding services | one-time | — | 64,000 |
| **Total Order Value** | | | **554,000** |

All fees are in Chinese yuan (CNY) and include VAT. Additional named users may be added at CNY 1,380 per user per Subscription Year, pro rata for the remaining months of the current Subscription Year; such additions are not part of the Total Order Value.

Invoicing: the subscription and connector fees for each Subscription Year are invoiced on the first day of that Subscription Year. The onboarding fee is invoiced after Go-Live Acceptance. Invoices are payable within thirty days of receipt.

### A5. Onboarding and Go-Live Acceptance

Provider will, within fifty days after signature of this Order Form (the "Target Go-Live Date"): set up Customer's tenant; import Customer's equipment register of about 6,800 assets, spare-parts master and open work orders; configure preventive maintenance plans for each plant; configure and test the ERP Connector for purchase requisitions and goods receipts; and train Customer's administrators and technicians.

Go-Live Acceptance requires that (a) the imported equipment and spare-parts records reconcile with Customer's source files in count and key fields, (b) fifty test work orders run end to end through the web application and the mobile app, (c) purchase requisitions created in MaintainPro Cloud reach the ERP system and goods receipts flow back correctly for twenty test cases, and (d) Customer's administrators confirm the configuration of each plant. Customer will sign the Go-Live Acceptance within five business days after these criteria are met or state which criteria are not met. Use of the Service for testing or training does not constitute acceptance.

If Go-Live Acceptance has not occurred by the Target Go-Live Date for reasons attributable to Provider, Provider shall pay Customer CNY 400 for each day of delay, deducted from the onboarding fee.

### A6. Special Terms

Customer's data will be hosted in a data centre located in mainland China operated by Provider's hosting partner named in Section 9.2. Customer's designated contact for this Order Form is the Head of Engineering at the Dezhou plant.

Signed for Provider: ____________________  Signed for Customer: ____________________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscription service described in the Order Form, including updates that Provider makes generally available.

1.2 "Customer Data" means all data, files and information submitted to the Service by or for Customer, or generated by the Service from them, including equipment records, work orders, maintenance history and user information.

1.3 "Customer Configurations" means the maintenance plans, checklists, forms, workflows, reports and dashboards configured for Customer.

### 2. Access and Use

2.1 During the Subscription Term, Provider grants Customer a non-exclusive, non-transferable right to access and use the Service for its internal business purposes, by its employees and contractors up to the number of named users ordered.

2.2 Customer is responsible for the accuracy of the data it enters and for keeping user credentials secure.

2.3 Customer shall not reverse engineer the Service, resell it or use it to build a competing product.

### 3. Service Availability and Support

3.1 Provider will use commercially reasonable efforts to make the Service available to Customer and to perform scheduled maintenance at times of low usage where practicable.

3.2 Customer may submit support requests through the support portal or by email. Provider will handle support requests in accordance with its standard support practices as in effect from time to time, which Provider may update.

3.3 Provider may modify the Service, provided that modifications do not materially reduce its core functionality during the Subscription Term.

### 4. Fees and Payment

4.1 Customer shall pay the fees set out in the Order Form. Except as stated in these General Terms, fees are non-cancellable and non-refundable.

4.2 Undisputed amounts not paid when due bear interest at 0.02% per day.

### 5. Renewal

5.1 At the end of the Subscription Term, the subscription renews automatically for successive renewal periods of one Subscription Year each, unless either party gives written notice of non-renewal at least sixty days before the end of the then-current term.

5.2 Provider may increase the fees for any renewal period by notifying Customer at least forty-five days before the renewal period begins. The increased fees apply from the start of that renewal period.

### 6. Customer Data

6.1 As between the parties, Customer owns all Customer Data. Provider shall use Customer Data only to provide the Service and support to Customer under this Agreement and shall not sell, analyse for its own purposes or disclose Customer Data.

6.2 During the Subscription Term and for sixty days after it ends, Customer may export all Customer Data in a standard format. Provider shall then delete Customer Data from the Service and its backups and confirm the deletion in writing.

### 7. Data Security

7.1 Provider shall maintain administrative, physical and technical safeguards for the Service, including encryption of Customer Data in transit and at rest, role-based access control, multi-factor authentication for administrative access, logging of all administrative access, daily backups stored in a separate data centre in mainland China, and an annual independent security assessment.

7.2 Provider shall notify Customer within twenty-four hours after becoming aware of any security incident affecting Customer Data, shall take prompt steps to contain and remedy it, and shall be liable for losses suffered by Customer as a result of Provider's breach of this Section 7.

7.3 Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law in processing Customer Data.

### 8. Intellectual Property

8.1 Provider owns the Service and all improvements to it.

8.2 Customer Configurations and all reports and documents created for Customer are owned by Customer. Customer may use, modify and copy them freely and let third parties use them, including after this Agreement ends.

### 9. Subcontracting

9.1 Provider shall not subcontract any part of its obligations without Customer's prior written consent.

9.2 Customer consents, by signing the Order Form, to the hosting partner named in the Order Form documentation, Beijing Yunhai Data Centre Services Co., Ltd.; Provider remains responsible for it.

### 10. Confidentiality

10.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Agreement and not disclose it to third parties except to its employees and advisers who need to know it and are bound by similar obligations. These obligations continue for three years after the Agreement ends.

### 11. Limitation of Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the Total Order Value. This limit does not apply to breach of Sections 6, 7 or 10, infringement claims, or wilful misconduct.

11.2 Neither party is liable for indirect or consequential loss, except in the cases excluded in Section 11.1.

### 12. Termination

12.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not cure the breach within thirty days after written notice.

12.2 If Customer terminates under Section 12.1, Provider shall refund any fees paid for the part of the Subscription Term after the termination date.

### 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time of application. The award is final and binding.

### 14. General

14.1 Neither party may assign this Agreement without the other party's written consent, except to a successor of its business.

14.2 Notices must be in writing and sent to the addresses in the Order Form.

14.3 This Agreement is the entire agreement of the parties on its subject and replaces all earlier discussions. Amendments must be in writing and signed by both parties.
"""

E03 = """T:Equipment Supply and Software Licence Contract
P:Contract No. JX-CEM-2027-056 (Buyer's standard form)
P:Buyer: Jiangxi Ganfeng Cement Group Co., Ltd., Nanchang, Jiangxi Province, People's Republic of China.
P:Supplier: Central Texas Condition Monitoring Corp., a Texas corporation, Killeen, Texas, United States.
P:The Buyer wishes to monitor the vibration and temperature of the kilns, mills, fans and conveyors at its Ruichang and Wannian clinker lines, and the Supplier has offered wireless sensors, gateways and its monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and accessories listed in the Price Table.
P:1.2 "Software" means the Supplier's VibraSight condition monitoring software and its analytics engine, licensed under clause 3.
P:1.3 "Custom Work" means the fault models, alarm rules, asset hierarchy, dashboards and interface to the Buyer's DCS historian configured or developed for the Buyer.
P:1.4 "Buyer Data" means all vibration, temperature and operating data collected from the Buyer's plants, and all analyses, alarms and reports derived from them.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission the Equipment on 160 monitored machines, install the Software on the Buyer's servers, carry out the Custom Work and train the Buyer's staff.
P:2.2 The Supplier shall deliver operating manuals, installation drawings, the sensor location list, calibration certificates and the configuration backup.
P:2.3 Before installation the Supplier shall survey each monitored machine together with the Buyer's mechanical engineers, confirm the measuring points and mounting method for each bearing, and submit a sensor location list for the Buyer's written approval. Mounting on kiln tyres, mill trunnions and other hot or rotating parts shall follow the Buyer's approved method statement.
P:2.4 The Equipment shall be new, unused, of current manufacture and suitable for the dust, heat and vibration conditions of a cement plant, with an ingress protection rating of at least IP67 and an operating range up to 85 degrees Celsius at the sensor housing.
H:3. Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to use the Software at all plants of the Buyer and its subsidiaries in China, without limit on the number of users or monitored machines up to 500.
H:4. Price
P:4.1 The Contract Price is CNY 1,746,000, fixed and inclusive of VAT, packing, freight to site, insurance, import duties and all services, as shown below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|320|2,350|752,000
TB:2|Industrial wireless gateway with 4G backhaul|16|18,500|296,000
TB:3|VibraSight software, perpetual licence|1|410,000|410,000
TB:|Equipment and licence subtotal|||1,458,000
TB:4|Installation and commissioning|1 lot|168,000|168,000
TB:5|Custom Work (fault models, alarm rules, DCS interface)|1 lot|96,000|96,000
TB:6|Training|1 lot|24,000|24,000
TB:|Contract Price|||1,746,000
H:5. Payment
P:5.1 10% of the Contract Price (CNY 174,600) within thirty days after signature, against an advance payment guarantee of the same amount.
P:5.2 55% of the Contract Price (CNY 960,300) within thirty days after all Equipment is delivered and installed and the Buyer signs the installation record. The installation record confirms quantities only and is not acceptance.
P:5.3 35% of the Contract Price (CNY 611,100) within thirty days after Final Acceptance under clause 7.
P:5.4 All payments are made in CNY by bank transfer within China against a valid VAT invoice. The Supplier's invoices shall be issued by its registered entity in China or its appointed importer, as notified to the Buyer in writing.
H:6. Delivery
P:6.1 The Supplier shall deliver the Equipment to the two plants within seventy days after signature, and complete installation and commissioning within one hundred and ten days after signature.
P:6.2 The Equipment shall be packed for export and inland transport, marked with the contract number and plant name. Risk of loss passes to the Buyer on signature of the installation record; title passes on delivery to site.
P:6.3 Installation on running machines shall follow the Buyer's work permit procedure and the kiln shutdown plan agreed with the Buyer.
P:6.4 If the Supplier misses a date in clause 6.1 for reasons not attributable to the Buyer, it shall pay liquidated damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price.
H:7. Acceptance
P:7.1 Final Acceptance requires that: (a) all sensors report to the Software at the configured interval with a data completeness of at least 98% over thirty consecutive days; (b) readings of twenty sensors chosen by the Buyer agree with a calibrated portable analyser within the tolerance stated in the technical specification; (c) the fault models detect the simulated faults in the acceptance test plan; (d) the DCS interface transfers running status for all monitored machines; and (e) all documents in clause 2.2 are delivered.
P:7.2 The Buyer shall sign the Final Acceptance certificate within ten days after the criteria are met. Delivery, installation, use or payment does not constitute acceptance.
H:8. Warranty and Post-Warranty Support
P:8.1 The Supplier warrants the Equipment and Software for thirty-six months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment, including sensor batteries that fail early, correct Software defects and supply all Software updates free of charge.
P:8.2 After the warranty, the Buyer may order annual support at 7% of the Equipment and licence subtotal (CNY 102,060 per year). This fee is fixed for the two years following the warranty. Support is ordered by separate purchase order and does not renew automatically.
H:9. Service Levels
P:9.1 During the warranty, the monitoring platform shall achieve a monthly availability of at least 99.95%, excluding maintenance windows agreed in advance with the Buyer.
P:9.2 Incident response times are as follows.
TB:Severity|Description|Response|On site or restored
TB:1|Platform down or no alarms from a whole line|30 minutes|Restored within 8 hours
TB:2|One gateway or several sensors offline|2 hours|On site within 48 hours
TB:3|Single sensor or minor software issue|1 business day|Next planned visit
P:9.3 For each full hour by which a Severity 1 response or restoration time is missed, the Supplier shall credit the Buyer CNY 1,000. For each 0.01 percentage point of monthly availability below the commitment, the Supplier shall credit the Buyer CNY 1,500.
P:9.4 The Supplier shall provide a service hotline staffed in Mandarin, quarterly remote health checks of the platform and the sensor network, and an annual on-site inspection at each plant during the warranty, with a written report on battery status, signal quality and alarm statistics.
H:10. Intellectual Property
P:10.1 The Software remains the property of the Supplier.
P:10.2 The Custom Work, including its source files and documentation, belongs to the Buyer from creation. The Buyer may use, modify and license it freely and may have third parties maintain it.
H:11. Data Security
P:11.1 Buyer Data belongs to the Buyer and may be used by the Supplier only to perform this Contract.
P:11.2 The Software and Buyer Data remain on the Buyer's servers in China. Remote access by the Supplier requires the Buyer's approval for each session and is made through the Buyer's jump host with logging. The Supplier shall not copy Buyer Data out of the Buyer's network.
P:11.3 The Supplier shall report any security incident affecting Buyer Data within six hours, assist in remedying it and compensate the Buyer for all losses caused by the Supplier's breach.
H:12. Confidentiality
P:12.1 Drawings, process data, prices and any other technical or commercial information one party obtains from the other are to be treated as confidential, used solely for this Contract and not passed to third parties. This duty lasts until five years after the Contract ends.
H:13. Liability
P:13.1 The aggregate amount the Supplier can be required to pay under or in connection with this Contract shall not exceed twice the Contract Price. No cap applies to claims for bodily injury, to deliberate wrongdoing or to claims under clauses 11 and 12.
H:14. Subcontracting
P:14.1 Any use of a subcontractor, including for installation labour, needs the Buyer's written approval given in advance. Approval does not reduce the Supplier's own obligations, and the Supplier answers for the work of each subcontractor as for its own.
H:15. Termination
P:15.1 Where the Supplier is in material breach and has not put it right twenty days after the Buyer's written request, or where liquidated damages under clause 6.4 have reached the ceiling stated there, the Buyer may end this Contract with immediate effect by notice in writing and recover the sums paid for Equipment and services that have not been accepted.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Nanchang Arbitration Commission.
H:17. Training
P:17.1 The Supplier shall train up to thirty of the Buyer's maintenance engineers and operators at each plant in two sessions: operation of the Software and interpretation of alarms and spectra, and sensor replacement, gateway configuration and routine checks. Training materials shall be provided in Chinese.
H:18. Force Majeure
P:18.1 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it informs the other party promptly and takes reasonable steps to limit the effect. Dates are extended by the period of the delay.
H:19. General
P:19.1 The technical specification and acceptance test plan are annexes to this Contract. The Contract is signed in two originals in English.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. WAX-MSA-2027-14

**Customer:** Dongguan Ruixin Electronics Co., Ltd., Dongguan, Guangdong Province, People's Republic of China ("Customer").

**Provider:** Ellis County Managed Services, Inc., a Texas corporation, Waxahachie, Texas, United States, acting through its branch office in Shenzhen ("Provider").

Customer manufactures printed circuit board assemblies at three sites in Dongguan and wishes to outsource its IT service desk, end-user device management and site network operations. Provider offers these managed services. The parties therefore agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under Section 4.

1.3 "Term" means thirty-six months from the Service Commencement Date.

1.4 "Customer Data" means all data of Customer, its employees and its customers that Provider receives, accesses or handles in performing the Services, including user account information, device inventories, tickets and network configurations.

1.5 "Service Levels" means the levels set out in Schedule 3.

## Section 2. Services

2.1 Provider shall perform the Services from the Service Commencement Date for the Term in accordance with this Agreement, the Service Levels and good industry practice.

2.2 Provider shall staff an on-site team of two engineers at the Humen site during Customer's production shifts, and a Mandarin- and English-speaking remote service desk in Shenzhen.

2.3 Provider shall keep the Customer's IT asset register, network diagrams and knowledge base up to date and hand them over at the end of the Term.

2.4 Customer shall provide Provider's on-site staff with desk space, network access and the access rights needed to perform the Services, and shall name an IT service manager as Provider's contact.

## Section 3. Charges and Payment

3.1 Customer shall pay the charges set out in Schedule 2: a one-time transition fee of CNY 124,000 and a fixed monthly service charge of CNY 58,000 for each month of the Term. The total contract value over the Term is CNY 2,212,000.

3.2 The transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears, after deduction of any service credits for that month. Invoices are payable within thirty days of receipt of a valid VAT invoice.

3.3 The monthly service charge is fixed for the Term. Changes in the number of users or devices of more than ten per cent are priced using the unit rates in Schedule 2.

## Section 4. Transition and Acceptance

4.1 Provider shall complete the transition of the Services from Customer's internal IT team within sixty days after signature of this Agreement, following the transition plan agreed by the parties.

4.2 Transition Acceptance requires that: (a) all open tickets, assets and user accounts are taken over and reconciled with Customer's records; (b) the service desk has handled live tickets for ten business days in parallel with Customer's team, meeting the Service Levels; (c) the knowledge base covers the fifty most frequent request types; (d) monitoring of all site network devices is active; and (e) Customer's IT service manager confirms the handover of all documentation.

4.3 Customer shall sign the Transition Acceptance certificate within five business days after the criteria are met or state in writing which criteria are not met. Use of the Services during the parallel run does not constitute acceptance.

4.4 If Transition Acceptance is delayed beyond the date in Section 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,600 for each day of delay.

## Section 5. Service Levels and Service Credits

5.1 Provider shall meet the Service Levels in Schedule 3 and report its performance monthly, with a root-cause analysis for each Priority 1 incident.

5.2 If Provider misses a Service Level, it shall grant the service credits set out in Schedule 3. Service credits are deducted from the next invoice and do not limit Customer's other rights.

5.3 Provider and Customer shall hold a monthly service review and a quarterly management review to discuss performance, open problems and improvements.

## Section 6. Personnel

6.1 Provider shall use qualified personnel and shall replace any person whom Customer reasonably asks to be removed.

6.2 Provider's personnel shall follow Customer's site rules, including clean-room and electrostatic discharge rules, when working at Customer's premises.

## Section 7. Customer Data

7.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer at the end of the Term.

## Section 8. Confidentiality

8.1 Each party shall keep confidential all information received from the other party that is marked confidential or should reasonably be understood to be confidential, including Customer's product designs, customer lists and prices, and shall use it only for this Agreement.

8.2 Neither party shall disclose the other party's confidential information to third parties without prior written consent, except to employees and advisers who need to know it and are bound by equivalent obligations, or where required by law.

8.3 These obligations continue for five years after this Agreement ends.

## Section 9. Intellectual Property

9.1 Provider's tools, methods and pre-existing materials remain Provider's property; Provider grants Customer a free licence to use any of them that are embedded in the deliverables.

9.2 Scripts, runbooks, reports, knowledge-base articles and configurations created for Customer under this Agreement belong to Customer, which may use, modify and license them freely and give them to any successor provider.

## Section 10. Liability

10.1 Each party's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the charges paid or payable under this Agreement in the nine months preceding the event giving rise to the claim.

10.2 The limit in Section 10.1 does not apply to death or personal injury caused by negligence, fraud or wilful misconduct.

10.3 Neither party is liable for loss of profit or indirect loss.

## Section 11. Subcontracting

11.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for the acts and omissions of any approved subcontractor.

## Section 12. Term and Termination

12.1 This Agreement starts on signature and ends at the end of the Term. It may be extended only by written agreement signed by both parties.

12.2 Customer may terminate this Agreement by written notice if Provider commits a material breach that is not remedied within thirty days after written notice, or if Provider misses the same Priority 1 Service Level in three consecutive months.

12.3 On expiry or termination Provider shall provide exit assistance for up to sixty days at the monthly rate pro rata, including handover of documentation, accounts and open tickets to Customer or its new provider.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen. The award is final and binding on both parties.

## Section 14. General

14.1 Neither party may assign this Agreement without the other party's prior written consent.

14.2 This Agreement, with its Schedules, is the entire agreement between the parties. Amendments must be in writing and signed by both parties.

Signed for Customer: ____________________  Signed for Provider: ____________________

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Incidents and requests by phone, email and portal for about 1,800 users; password resets; user onboarding and offboarding | 24 × 7 |
| End-user device management | About 1,650 laptops, desktops and shop-floor terminals: imaging, software distribution, patching, hardware break-fix coordination | Business days 08:00–20:00 |
| Site network operations | Monitoring and administration of switches, wireless access points and firewalls at the Humen, Chang'an and Songshan Lake sites | 24 × 7 monitoring |
| On-site support | Two engineers at Humen, visits to the other sites within one business day | Production shifts |

## Schedule 2 — Charges

| Item | Basis | Monthly charge (CNY) | Total over the Term (CNY) |
|---|---|---|---|
| Service desk | 1,800 users × CNY 18 | 32,400 | 1,166,400 |
| End-user device management | 1,650 devices × CNY 9 | 14,850 | 534,600 |
| Site network operations | 3 sites, flat | 10,750 | 387,000 |
| Monthly service charge | | 58,000 | 2,088,000 |
| Transition fee | one-time | — | 124,000 |
| Total contract value | | | 2,212,000 |

## Schedule 3 — Service Levels and Credits

| Priority | Example | Response | Resolution or workaround | Credit if missed |
|---|---|---|---|---|
| Priority 1 | A production line's terminals or a site network down | 15 minutes | 3 hours | 2% of the monthly service charge per incident |
| Priority 2 | A department or a critical application unavailable | 30 minutes | 8 hours | 1% of the monthly service charge per incident |
| Priority 3 | Single user incident | 2 hours | 2 business days | CNY 200 per ticket |
| Service desk | Calls answered within 60 seconds | 90% of calls per month | — | 1% of the monthly service charge |

Total service credits in any month shall not exceed 10% of the monthly service charge for that month.
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. NAD-CN-2027-007

BETWEEN

Navarro AgriData, Inc., a Texas corporation with its principal office in Corsicana, Texas, United States ("Provider"); and

Hunan Xiangnong Feed and Grain Trading Co., Ltd., a company registered in Changsha, Hunan Province, People's Republic of China ("Customer").

BACKGROUND

Customer buys corn, soybean meal and other feed ingredients in China and abroad and wishes to receive market prices, crop condition, weather and freight data through an application programming interface for its procurement and risk systems. Provider compiles and distributes such data. The parties agree as follows.

1. DEFINITIONS

1.1 "Provider Data" means the price series, crop condition indices, weather observations and forecasts, freight rates and related data that Provider makes available through the Service.

1.2 "Service" means Provider's AgriFlow data feeds, the AgriFlow API, the web dashboard and the related documentation.

1.3 "Customer Data" means all data that Customer uploads to or stores in the Service, including its positions, purchase plans, warehouse stocks, watch lists and queries, and all results generated from them.

1.4 "Integration Work" means the connection of the AgriFlow API to Customer's procurement system and risk system and the dashboards configured for Customer, as described in Exhibit A.

1.5 "Subscription Year" means each of the two consecutive one-year periods starting on the Subscription Start Date. The "Subscription Start Date" is the date on which Customer signs the Integration Acceptance certificate.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the two Subscription Years, a non-exclusive and non-transferable licence to access the Service and to use Provider Data in Customer's internal procurement, pricing and risk management, by up to sixty named users and through up to three system connections.

2.2 Customer may keep and use Provider Data received during the subscription for internal historical analysis after the subscription ends, but may not redistribute it to third parties except in summary form in its internal and regulatory reports.

2.3 Provider may update the content and format of the Service, provided it gives Customer at least sixty days' notice of any change to the API that is not backward compatible.

3. FEES

3.1 The fees are fixed as follows: subscription fee for the first Subscription Year CNY 428,000; subscription fee for the second Subscription Year CNY 449,400; one-time Integration Work fee CNY 36,000. The total contract value is CNY 913,400, including VAT.

3.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. The Integration Work fee is invoiced after Integration Acceptance. Invoices are payable within thirty days after receipt.

3.3 Usage beyond the call volumes in Exhibit B is charged at the rates in Exhibit B; such charges are not part of the total contract value.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall complete the Integration Work and request Integration Acceptance within forty-five days after signature.

4.2 Integration Acceptance requires that: (a) all data sets ordered in Exhibit B are delivered through the API with complete history from January 2015; (b) for a sample of five hundred data points chosen by Customer, the values received match Provider's published values; (c) the procurement and risk systems receive daily updates on time for ten consecutive business days; (d) API responses return within two seconds for ninety-five per cent of calls in that period; and (e) the dashboards match the agreed design.

4.3 Customer shall sign the Integration Acceptance certificate within five business days after the criteria are met, or state in writing which criteria are not met. Use of trial data during integration does not constitute acceptance.

4.4 If Provider does not request Integration Acceptance by the date in clause 4.1, or a repeated test fails, for reasons attributable to Provider, Provider shall pay Customer liquidated damages of CNY 900 for each day of delay.

5. SERVICE LEVELS

5.1 The API shall be available at least 99.95% of each calendar month, excluding scheduled maintenance notified at least five days in advance and carried out between 00:00 and 06:00 Beijing time.

5.2 Provider shall respond to a Priority 1 incident (API unavailable, or data not updated for more than one publication cycle) within one hour at any time and restore the Service within six hours. Priority 2 incidents receive a response within three business hours.

5.3 Provider shall give Customer a monthly service report showing availability, incidents, data corrections and call volumes per connection, and shall hold a quarterly review with Customer's technical contact.

5.4 If monthly availability falls below 99.95%, Provider shall credit Customer 5% of one twelfth of the current Subscription Year fee for each 0.1 percentage point, or part of it, below the commitment. If a Priority 1 response is late, Provider shall credit CNY 1,000 per hour of delay.

5.5 Provider shall publish any material correction to Provider Data within one business day after it becomes aware of the error and notify Customer's technical contact.

6. CUSTOMER DATA

6.1 Customer owns all Customer Data.

6.2 Customer grants Provider a non-exclusive, royalty-free licence to use Customer Data to provide the Service. Customer also agrees that Provider may use Customer Data, including query patterns and uploaded positions, in aggregated and anonymised form to improve its models, to compile market indices and benchmark reports, and to develop and offer products to other clients, during the subscription and after it ends.

7. DATA SECURITY

7.1 Provider shall store Customer Data in a data centre in mainland China, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for at least one year, and test its backup and recovery procedures every six months.

7.2 Provider shall notify Customer within twenty-four hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take all reasonable steps to contain and remedy it, and shall compensate Customer for losses caused by Provider's failure to comply with this clause 7.

7.3 Provider shall comply with the PRC Data Security Law and Personal Information Protection Law and with the rules on cross-border transfer of data. Customer Data shall not be transferred outside mainland China.

8. INTELLECTUAL PROPERTY

8.1 Provider Data and the Service remain the property of Provider and its licensors.

8.2 The Integration Work, including the connector code, mappings and dashboards configured for Customer, belongs to Customer, which may use, modify and license it freely. Provider shall deliver the connector source code with the Integration Acceptance request.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public business, technical and financial information, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar obligations. This clause survives for three years after the Agreement ends.

10. SUBCONTRACTING

10.1 Provider may engage subcontractors, including hosting, data-collection and support contractors, to perform any part of the Service by giving Customer written notice of the subcontractor's name and role at least ten days before it starts work. Provider remains responsible for its subcontractors.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 200% of the total contract value. The limit does not apply to breach of clauses 7 and 9, infringement claims or wilful misconduct.

11.2 Provider Data are provided for information; Provider is not liable for Customer's trading decisions, except where a loss results from Provider's breach of clause 5.5.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new written order.

12.2 Customer may terminate this Agreement by written notice if Provider commits a material breach that is not cured within thirty days after notice, or if Provider fails to meet the availability commitment in clause 5.1 in two consecutive months. Provider shall then refund the fees paid for the period after termination.

12.3 Provider may terminate if Customer fails to pay undisputed invoices within sixty days after a reminder.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing. The award is final.

14. GENERAL

14.1 Exhibit A (Integration Work) and Exhibit B (Data Sets and Call Volumes) form part of this Agreement.

14.2 Notices must be in writing and sent to the addresses above by courier or email with confirmation of receipt.

14.4 Neither party is liable for a delay caused by events beyond its reasonable control, including natural disasters, epidemics, failure of public networks or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effect.

14.5 Neither party may assign this Agreement without the other party's prior written consent, except to an affiliate that takes over the relevant business and accepts all obligations under this Agreement.

14.3 Amendments must be in writing and signed by both parties. This Agreement is made in two English originals.

SIGNED for Provider: ____________________    SIGNED for Customer: ____________________
"""

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

D = {}


def draft(key, name, lang, category, kind, value, fmt, terms, extra, design, fee_base=None, forum_outside=False):
    D[key] = dict(name=name, lang=lang, category=category, kind=kind, value=value, fmt=fmt, terms=terms,
                  extra=extra, design=sorted(design), fee_base=fee_base, forum_outside=forum_outside)


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto,
                                term, sub, law, kind]))


G, S = "goods_or_licence", "service"

draft("z01", "h991z01_ancient_town_visitor_flow_platform.pdf", "zh", "software", G, 2098000, "pdf",
      T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC", G),
      dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
      [], fee_base=1260000)
draft("z02", "h991z02_dust_mite_cleaner_line_control_retrofit.docx", "zh", "hardware", G, 1888000, "docx",
      T(99.5, 1, True, "buyer", True, True, True, 0.02, None, 20, True, True, 18, 8, False, True, True, "PRC", G),
      dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
      ["CR-LD-LOW", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"], fee_base=1528000)
draft("z03", "h991z03_art_school_chain_booking_membership_saas.txt", "zh", "cloud", S, 894000, "txt",
      T(99.95, 8, True, "buyer", True, False, True, 600 / 894000 * 100, 150, None, True, None, None, None, True,
        True, False, "PRC", S),
      dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
      ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-RESPONSE"])
draft("z04", "h991z04_highway_slope_monitoring_om_service.txt", "zh", "services", S, 638000, "txt",
      T(99.95, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, False, False,
        "PRC", S),
      dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
      ["CR-CONFIDENTIALITY", "CR-TERMINATION"])
draft("z05", "h991z05_zitao_studio_process_tracking_supplier_template.md", "zh", "software", G, 398000, "md",
      T(None, 2, False, "supplier", True, True, True, None, 50000 / 398000 * 100, 50, False, False, 6, 25, False,
        True, None, None, G),
      dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True),
      ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
       "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], fee_base=296000)
draft("e01", "h991e01_quality_inspection_spc_licence_boerne_vendor.pdf", "en", "software", G, 1846000, "pdf",
      T(None, 1, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 24, 10, False, True, False, "Texas", G),
      dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
      ["CR-GOVERNING-LAW"], fee_base=1420000, forum_outside=True)
draft("e02", "h991e02_cmms_saas_order_form_gatesville_vendor.md", "en", "cloud", S, 554000, "md",
      T(None, None, False, "buyer", True, True, True, 400 / 554000 * 100, 150, None, True, None, None, None, True,
        True, False, "PRC", S),
      dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False),
      ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"])
draft("e03", "h991e03_cement_vibration_sensors_monitoring_licence.docx", "en", "hardware", G, 1746000, "docx",
      T(99.95, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True, False, "PRC", G),
      dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
      [], fee_base=1458000)
draft("e04", "h991e04_electronics_managed_it_services_36_months.md", "en", "services", S, 2212000, "md",
      T(None, 0.25, True, "buyer", False, True, True, 1600 / 2212000 * 100, 9 / 36 * 100, None, True, None, None,
        None, False, True, False, "PRC", S),
      dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
      ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"])
draft("e05", "h991e05_agri_market_data_api_subscription.txt", "en", "cloud", S, 913400, "txt",
      T(99.95, 1, True, "buyer", True, False, True, 900 / 913400 * 100, 200, None, True, None, None, None, False,
        True, True, "PRC", S),
      dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
      ["CR-DATA-OWNERSHIP", "CR-SUBCONTRACT"])

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
TH = dict(avail=99.9, p1=4, ld=0.05, cap=100, pre=30, war=12, pwf=15, tco=40)


def tco_share(d):
    t, x = d["terms"], d["extra"]
    if d["kind"] != G or t["warranty_months"] is None or t["post_warranty_fee_pct"] is None \
            or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = years * t["post_warranty_fee_pct"] / 100 * d["fee_base"]
    return post / (d["value"] + post) * 100


def derive(d):
    t, x, r = d["terms"], d["extra"], set()
    goods = t["contract_kind"] == G
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["war"]:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or \
                t["post_warranty_fee_pct"] > TH["pwf"]:
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(d)
        if sh is not None and sh > TH["tco"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or d["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def label(d, rules):
    extra = dict(d["extra"])
    extra["contract_value"] = d["value"]
    if d["kind"] != G:
        assert "post_warranty_fee_capped" not in extra
    return {"file": d["name"], "language": d["lang"], "category": d["category"], "expected_terms": d["terms"],
            "expected_extra": extra, "expected_rules": rules}


# ---------------------------------------------------------------- threshold scan
NUMW = r"(?<![\d.,])"
PATTERNS = [
    NUMW + r"99\.90*(?!\d)",
    NUMW + r"0\.050*(?!\d)",
    NUMW + r"(100|30|15|40)\s*(%|％|per\s*cent|percent)",
    r"(?<![\w-])(one\s+hundred|thirty|fifteen|forty)\s*(%|per\s*cent|percent)",
    r"百分之(一百|百|三十|十五|四十)(?![一二三四五六七八九十点])",
    r"万分之五(?![十点])",
    NUMW + r"4[\s-]*(个)?\s*(小时|hours?\b|hrs?\b|h\b|business\s+hours?|working\s+hours?)",
    r"(?<![十\w-])四\s*个?\s*小时",
    r"(?<![\w-])four[\s-]+(business\s+|working\s+)?hours?",
    NUMW + r"12[\s-]*(个)?\s*(月|months?\b)",
    r"(?<![一二三四五六七八九十])十二\s*个?\s*月",
    r"(?<![\w-])twelve[\s-]+months?",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90%", "0.05%", "100%", "30 %", "15％", "40 per cent", "thirty percent", "百分之三十",
            "百分之十五", "万分之五", "4小时", "4 个小时", "四小时", "4 hours", "4-hour", "four hours", "12个月",
            "12 months", "12-month", "十二个月", "twelve months", "one hundred per cent"]
MUST_MISS = ["99.95%", "99.99%", "0.055%", "130%", "1,100%", "24小时", "二十四小时", "48 hours", "twenty-four hours",
             "14 hours", "4G backhaul", "120 days", "112 months", "百分之三十五", "万分之五十", "二十四个月", "315%",
             "45%", "20%", "35%", "50%", "0.08%"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in RX.finditer(variant)]
    return hits


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05, "e01": E01, "e02": E02, "e03": E03, "e04": E04,
       "e05": E05}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s_ in MUST_HIT:
        assert scan(s_), s_
    for s_ in MUST_MISS:
        assert not scan(s_), (s_, scan(s_))
    targets = {k: (d["name"], d["fmt"]) for k, d in D.items() if d["fmt"] in ("docx", "pdf")}
    write({k: SRC[k] for k in targets}, targets, OUT, wrap_words=True)
    for k, d in D.items():
        if d["fmt"] in ("txt", "md"):
            (OUT / d["name"]).write_text(SRC[k].strip("\n") + "\n", encoding="utf-8")
    covered, problems = set(), []
    for k, d in D.items():
        text = read_back(OUT / d["name"])
        n = length(text, d["lang"])
        lo, hi = (2750, 3000) if d["lang"] == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append("%s length %d not in %d-%d" % (k, n, lo, hi))
        h = scan(text)
        if h:
            problems.append("%s threshold text %s" % (k, sorted(set(h))))
        t = d["terms"]
        for key, th in (("availability_pct", "avail"), ("p1_response_hours", "p1"), ("ld_rate_per_day_pct", "ld"),
                        ("liability_cap_pct", "cap"), ("prepayment_pct", "pre"), ("warranty_months", "war"),
                        ("post_warranty_fee_pct", "pwf")):
            if t[key] is not None and abs(t[key] - TH[th]) < 1e-9:
                problems.append("%s %s on threshold" % (k, key))
        sh = tco_share(d)
        if sh is not None and abs(sh - TH["tco"]) <= 2:
            problems.append("%s TCO share %.2f within 2 points" % (k, sh))
        rules = derive(d)
        if rules != d["design"]:
            problems.append("%s derived %s != design %s" % (k, rules, d["design"]))
        covered |= set(rules)
        stem = d["name"].rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(label(d, rules), ensure_ascii=False, indent=1),
                                            encoding="utf-8")
        print("%s %-60s len %5d  tco %s  risk %-6s %s" % (k, d["name"], n, "-" if sh is None else "%.2f" % sh,
                                                           risk(rules), ", ".join(rules) or "(none)"))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append("rules never fired: %s" % missing)
    n_zero = [k for k, d in D.items() if not derive(d)]
    assert sorted(n_zero) == ["e03", "z01"], n_zero
    assert derive(D["e01"]) == ["CR-GOVERNING-LAW"]
    assert 8 <= len(derive(D["z05"])) <= 10
    for k in ("z02", "z03", "z04", "e02", "e04", "e05"):
        assert 2 <= len(derive(D[k])) <= 3, k
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("all checks passed")
