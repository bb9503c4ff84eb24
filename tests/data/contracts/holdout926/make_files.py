"""holdout926: builds the ten held-out drafts from the sources below, writes the .json labels and asserts the checks
(lengths, thresholds, rule derivation, coverage). Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市生态环境局入河排污口监管平台建设项目合同
P:合同编号：HJ-ZC-2027-0316
P:甲方（采购人）：某市生态环境局
P:乙方（供应商）：某智水环境科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号：ZC2027-G0211）、乙方投标文件和中标通知书，甲乙双方经协商一致，签订本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供入河排污口监管平台软件许可（含排污口名录管理、在线监测接入、巡查执法、溯源分析、公众举报五个模块），并按甲方需求完成定制开发，包括与省级排污口信息系统、排污许可管理平台、水质自动监测站数据平台的接口开发，以及排污口“一口一档”电子档案、无人机巡查影像比对、超标预警推送等定制功能。
P:1.2 项目实施内容包括平台部署、历史数据导入（全市已排查的1,864个入河排污口台账）、系统联调、试运行、人员培训及质保期内的运行维护。
P:1.3 平台部署于甲方指定的政务云环境，乙方不得将甲方数据部署于其他环境。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰肆拾贰万元整（¥2,420,000），其中：平台软件许可费1,260,000元；定制开发费980,000元；部署实施费146,000元；培训费34,000元。
P:2.2 合同总价为固定总价，已包含软件许可、开发、实施、培训、差旅、税费及质保期内全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款，即484,000元。
P:3.2 平台完成部署、全部接口联调通过并经甲方组织初步验收合格后，甲方支付合同总价的45%，即1,089,000元。
P:3.3 试运行期满并经最终验收合格后，甲方支付合同总价的35%，即847,000元。
P:3.4 甲方按照财政国库集中支付的规定办理付款，因财政审批流程导致的合理延迟不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后90日内完成平台部署和定制开发，并提交初步验收申请；初步验收合格后进入为期60日的试运行。
P:4.2 乙方应提交需求规格说明书、系统设计文档、接口说明、测试报告、用户手册和运维手册，文档应为中文。
P:4.3 乙方应组建不少于6人的项目实施团队，项目经理须常驻甲方现场，实施期间每周向甲方提交项目周报，重大事项及时报告。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件及需求规格说明书列明的功能全部实现；（2）与省级系统、排污许可平台和水质监测数据平台的接口连续7日数据交换无差错；（3）在200个并发用户条件下，常用查询响应时间不超过3秒；（4）通过甲方委托的第三方安全测评，无高危漏洞。
P:5.2 最终验收标准：试运行期间未发生一级故障，累计二级故障不超过3次，历史台账导入经抽样核对无差错，全部文档交付齐全。
P:5.3 验收由甲方组织，可邀请专家参加，验收结论以书面验收报告为准。平台上线运行、甲方使用或付款均不视为验收合格。
H:第六条 质量保证与运维服务
P:6.1 质保期为最终验收合格之日起二十四个月。质保期内乙方免费提供软件缺陷修复、版本升级、接口适配和现场技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供运维服务，年度运维费不超过平台软件许可费的9%（即不超过113,400元/年），该费率在质保期满后三年内不上调，双方另行签订运维合同，运维合同不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%（计划内维护除外，维护须提前3日经甲方同意）。
P:7.2 一级故障（平台整体不可用、数据接入中断或预警推送失效）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 乙方未达到上述服务水平的，每超过响应时限1小时扣减服务违约金1,000元；月度可用率每低于约定值0.01个百分点，扣减2,000元，从应付款项中直接扣除。
H:第八条 知识产权
P:8.1 平台软件许可部分的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖甲方及所属分局、监测站。
P:8.2 本项目定制开发的功能模块、接口程序、数据模型及其源代码、技术文档的知识产权归甲方所有，乙方应在最终验收时交付完整源代码，甲方可自行或委托第三方修改、使用。
H:第九条 数据安全
P:9.1 平台采集和生成的排污口台账、监测数据、执法记录、举报信息等全部数据归甲方所有，乙方仅可为履行本合同目的使用，不得用于其他任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护第三级要求，落实访问控制、加密存储、操作审计，运维操作须经甲方审批并通过堡垒机进行，不得将数据拷贝出政务云环境。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政处罚。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、执法信息、企业排污信息和举报人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后持续有效。
H:第十一条 违约责任
P:11.1 乙方未按第4.1款约定期限提交初步验收申请的，每逾期一日，按合同总价的万分之三向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 乙方交付的平台未通过验收的，应在15日内整改并重新申请验收；第二次验收仍不合格的，甲方有权解除合同，乙方退还已收款项。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
P:11.4 乙方违反第九条、第十条约定的，应赔偿甲方全部损失。
H:第十二条 分包
P:12.1 乙方可将排污口现场数据采集核对、无人机航拍等辅助工作分包给具有相应能力的单位，但应在分包前5个工作日书面通知甲方，并对分包单位的工作承担全部责任。
H:第十三条 合同解除
P:13.1 任何一方严重违约，经守约方书面催告后15日内仍未纠正的，守约方有权书面通知解除合同，并要求违约方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十四条 培训与不可抗力
P:14.1 乙方应为甲方及各分局的业务人员、系统管理员分别组织不少于3期集中培训，提供培训教材和操作视频，确保参训人员能够独立完成日常操作和基础维护。
P:14.2 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明；双方根据不可抗力的影响协商延期履行或部分免除责任。
H:第十五条 争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________ 乙方（盖章）：__________
P:授权代表：__________ 授权代表：__________
P:日期：__________ 日期：__________
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：HB-SB-2027-058
P:甲方：某婴童用品制造有限公司（婴儿推车生产基地）
P:乙方：某智控自动化工程有限公司
P:甲方为提升婴儿推车车架焊接、折叠机构装配和整车检测三条生产线的自动化水平，委托乙方对上述生产线的控制系统进行改造。双方根据《中华人民共和国民法典》，经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责三条生产线控制系统的设计、设备供货、软件许可、程序定制、安装调试和培训，具体包括：更换原有PLC及远程IO，改造焊接机器人和装配工位的伺服驱动，新增触摸屏人机界面，加装视觉检测与扭矩传感装置，部署产线监控软件（SCADA）并与甲方现有MES系统对接。
P:1.2 改造须在甲方安排的停产窗口内分线实施，每条线停线时间不得超过10日，不得影响其余产线正常生产。
P:1.3 技术协议所列的节拍、精度和检测指标为乙方的保证值，乙方不得以设备品牌或甲方工艺为由降低。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰捌拾伍万元整（¥1,850,000），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器及远程IO模块|3套|628,000
TB:2|伺服驱动器及电机|42轴|412,000
TB:3|触摸屏人机界面|18台|136,000
TB:4|视觉检测相机及扭矩传感器|24套|158,000
TB:5|产线监控软件许可（SCADA，永久）|1套|216,000
TB:—|软硬件小计|—|1,550,000
TB:6|改造安装与联调|3条线|168,000
TB:7|控制程序及MES接口定制|1项|112,000
TB:8|操作与维护培训|1项|20,000
TB:—|合计|—|1,850,000
P:2.2 上述价格含税，包含运输、保险、安装、调试、培训及质保期内服务。合同履行期间，设备价格不因原材料、汇率或运费变化而调整。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款，即185,000元。
P:3.2 设备全部到货并经甲方签收后，支付合同总价的35%，即647,500元；到货签收仅为数量确认，不代表质量验收。
P:3.3 三条生产线改造完成并经最终验收合格后，支付合同总价的50%，即925,000元。
P:3.4 剩余5%即92,500元作为质量保证金，质保期满且无未决质量问题后十个工作日内无息支付。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后45日内完成全部设备到货，在到货后60日内完成三条生产线的改造和调试。
P:4.2 乙方应提交电气原理图、PLC程序及注释、SCADA组态工程文件、接口说明、操作手册和备件清单。
P:4.3 设备应为原厂全新产品，附原厂合格证和出厂检验报告，PLC和伺服产品的型号须与技术协议一致，乙方不得擅自替换品牌或降低配置；确需替换的，须经甲方书面确认且价格不得上调。
P:4.4 乙方施工人员进入甲方厂区应遵守甲方安全生产、防火和6S管理制度，动火、登高和带电作业须办理作业许可；因乙方施工造成人员伤害或财产损失的，由乙方负责。
P:4.5 甲方负责提供停产窗口、施工用电和临时存放场地，并安排工艺人员配合调试。
P:4.6 乙方应在每条产线改造前提交详细的切换方案和回退方案，经甲方生产部门确认后方可实施；切换失败的，乙方应在停产窗口内恢复原有控制系统，保证产线按期复产。改造期间产生的旧设备由乙方拆除并移交甲方仓库。
H:第五条 验收
P:5.1 验收标准：（1）各产线连续72小时带料试生产，控制系统无停机性故障；（2）焊接机器人重复定位精度及节拍达到技术协议要求，单线节拍提升不低于18%；（3）视觉检测对车架焊点缺陷的漏检率不高于千分之二；（4）SCADA与MES之间的工单、产量、质量数据对账一致；（5）文档交付齐全。
P:5.2 验收由甲方组织，乙方配合，验收合格后双方签署最终验收报告。安装完成、试生产或甲方使用均不视为验收合格。
H:第六条 质量保证
P:6.1 质保期为最终验收合格之日起十八个月。质保期内设备及软件出现故障的，乙方免费维修或更换，并免费提供软件补丁和程序修改。
P:6.2 质保期内，一级故障（导致整条生产线停线）乙方应在1小时内响应，6小时内到达现场，24小时内恢复生产；二级故障2小时内响应，48小时内处理完毕。
P:6.3 乙方每超过响应或到场时限1小时，向甲方支付800元服务违约金，从质量保证金中扣除。
H:第七条 质保期满后的维保服务
P:7.1 质保期满后，乙方按年提供维保服务，包括每季度一次预防性巡检、备件更换、程序优化及7×24小时电话支持。
P:7.2 维保年费按软硬件小计的26%计取，即每年403,000元，自质保期满起三年半内不作调整，按年签订维保协议，费用在每个维保年度结束后支付。
P:7.3 质保期内及维保期内，乙方应保证常用备件（PLC模块、伺服驱动器、触摸屏）在甲方所在地有库存，备件清单见技术协议附件。
P:7.4 乙方应为甲方培训不少于10名电气维护人员，培训内容包括程序备份与恢复、常见报警处理、伺服参数调整和SCADA画面维护，培训结束后进行实操考核。
H:第八条 知识产权
P:8.1 PLC、伺服及SCADA软件的原厂知识产权归其权利人所有，甲方获得永久使用许可。
P:8.2 乙方为本项目编写的控制程序、MES接口程序、组态画面及相关源文件归甲方所有，甲方可自行或委托他人修改使用。
H:第九条 数据安全与保密
P:9.1 生产线采集的工艺参数、产量、质量及设备数据归甲方所有，乙方不得用于本合同以外的目的。
P:9.2 乙方远程维护须经甲方审批，通过甲方指定的VPN和堡垒机接入，操作全程留痕，不得留存或拷贝甲方数据；发生数据泄露或被篡改的，乙方应在2小时内通知甲方，因乙方原因造成的损失由乙方承担。
P:9.3 双方对履约中知悉的对方技术信息、工艺配方和商业信息负有保密义务，保密期限至合同终止后三年。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金，违约金总额不超过合同总价的10%。
P:10.2 因乙方原因导致甲方停产的，乙方应赔偿甲方的直接损失。
P:10.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的60%为限，但乙方故意或重大过失造成的损失除外。
H:第十一条 分包
P:11.1 乙方不得将本合同项下工作转包；电气布线等辅助工作需分包的，须事先取得甲方书面同意。
H:第十二条 合同解除
P:12.1 乙方逾期超过30日，或经两次验收仍不合格，或有其他严重违约行为经书面催告后10日内未纠正的，甲方有权解除合同并要求乙方赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十四条 不可抗力
P:14.1 因地震、火灾、疫情等不可抗力导致合同不能按期履行的，受影响一方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方协商是否继续履行。
H:第十五条 其他
P:15.1 技术协议及设备清单为本合同附件，与本合同具有同等效力。本合同一式四份，双方各执两份，自签字盖章之日起生效。
P:甲方（盖章）：__________ 乙方（盖章）：__________
"""

Z03 = """高跷培训连锁门店预约与会员管理系统服务合同

合同编号：GQ-SaaS-2027-011
甲方：某高跷文化培训有限公司（连锁总部，下辖40家门店）
乙方：某云约信息技术有限公司

甲方拟在全部门店统一使用线上课程预约、会员管理和教练排班系统。乙方以软件即服务（SaaS）方式提供该系统并负责实施。双方依据《中华人民共和国民法典》订立本合同。

一、服务内容
（一）乙方向甲方及其40家门店提供“云约”预约与会员管理系统的在线使用服务，功能包括：
1. 课程预约、候补、签到和消课；
2. 会员卡、储值、课包及会员等级管理；
3. 教练排班、课时统计和薪酬计算；
4. 微信小程序学员端、门店收银及营销活动；
5. 总部经营报表和门店对比分析。
（二）实施服务：乙方负责系统开通、门店及课程基础数据配置、原有会员数据迁移（约2.6万名会员及其剩余课时）、与甲方财务系统对接、店长及前台人员培训。
（三）乙方按甲方要求配置的课程排期模板、会员等级规则和定制报表，属于为甲方提供的定制成果。

二、服务期限
（一）本合同服务期为两个服务年度，第一个服务年度自上线验收合格之日起算。
（二）服务期满前30日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，此后亦同。续期年度的服务费由乙方按届时公布的标准价格确定，乙方可在续期前通知甲方上调服务费，甲方未在续期前提出异议的视为接受。

三、服务费用及支付
（一）系统服务费按门店数计收，每家门店每个服务年度4,800元，40家门店每个服务年度合计192,000元，两个服务年度合计384,000元。
（二）实施费为一次性费用56,000元。
（三）本合同总价为440,000元（含税）。
（四）实施费在上线验收合格后十个工作日内支付；每个服务年度的服务费在该服务年度开始后十个工作日内支付。
（五）服务期内新增门店的，按同一单价按剩余月数折算收费，另行签订补充协议；门店关闭的，自次一服务年度起相应减少收费门店数。
（六）乙方应在收款前开具合法有效的增值税专用发票。除本合同约定的费用外，乙方不得以短信通道、存储空间、小程序维护等名义另行收费；学员端微信支付产生的通道手续费由甲方按微信支付的标准自行承担。

四、实施与上线验收
（一）乙方应在合同签订后45日内完成全部门店的系统开通、数据迁移和培训，并提交上线验收申请。
（二）上线验收标准：
1. 40家门店全部开通并完成至少一节真实课程的预约、签到和消课流程；
2. 迁移后的会员、余额和剩余课时与甲方原系统逐条核对一致；
3. 小程序端在高峰时段（每日18:00至21:00）预约操作响应时间不超过2秒；
4. 与财务系统的收款对账连续5日无差异。
（三）甲方在收到申请后7个工作日内组织验收，验收合格的签署上线验收确认单；不合格的，乙方应在10日内整改。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应安排在凌晨0:00至6:00并提前2日通知甲方。
（二）故障分级和响应：
1. 一级故障（全部门店无法预约或收银）：1小时内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：2小时内响应，8小时内恢复；
3. 三级故障（一般问题和咨询）：1个工作日内答复。
（三）月度可用率低于约定值的，每低于0.1个百分点，乙方按当月服务费的5%给予服务抵扣；一级故障超时恢复的，每次按当月服务费的3%抵扣，在下一期服务费中扣减。

六、知识产权
（一）系统平台及其源代码的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）第一条第（三）项所列定制成果归甲方所有，合同终止时乙方应以可导入格式交付甲方，甲方可自由使用、修改或交由第三方使用。

七、数据安全与数据使用
（一）甲方及其学员的会员信息、预约记录、消费记录等业务数据归甲方所有。
（二）乙方应将数据存储于中国境内的数据中心，落实网络安全等级保护第二级要求，对学员个人信息加密存储，实行最小权限访问并保留操作日志；发生数据泄露的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担。
（三）乙方有权在去除个人身份信息后，将甲方的预约和消费数据汇总用于产品优化及发布行业分析报告，但不得披露甲方名称。
（四）合同终止后30日内，乙方应向甲方完整导出全部数据，并在甲方确认后删除。

八、保密
双方对在合作中知悉的对方商业秘密、经营数据和学员信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内持续有效。

九、违约责任
（一）乙方未按第四条第（一）项约定提交上线验收申请的，每逾期一日向甲方支付违约金300元。
（二）乙方违反第七条、第八条约定的，应赔偿甲方因此遭受的损失。
（三）乙方在本合同项下的赔偿总额以本合同总价的两倍为限，但因乙方故意或重大过失导致的数据泄露除外。

十、分包
乙方不得将本合同项下的服务转包；实施服务中的部分工作需分包的，应事先取得甲方书面同意。

十一、合同解除
（一）一方严重违约，经对方书面通知后15日内未纠正的，守约方可解除本合同。
（二）乙方连续两个月可用率低于约定值的，甲方有权解除本合同，乙方退还未使用期间的服务费。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交甲方所在地人民法院诉讼解决。争议期间，双方应继续履行本合同中不涉及争议的部分，乙方不得以争议为由停止门店的系统服务。

十三、双方的其他义务
（一）甲方应指定总部项目负责人一名，负责需求确认、门店协调和验收组织；各门店应指定一名系统管理员，负责本门店账号、课程和教练信息的日常维护。
（二）甲方应按乙方提供的模板整理门店、教练、课程和会员基础数据，并对其真实性负责。
（三）乙方应指定专属客户成功经理，每季度回访一次，汇总门店使用问题并提出改进建议；系统版本升级应提前5日通知甲方，影响门店操作的重大变更应安排在非营业时段。
（四）乙方应提供门店操作视频、常见问题手册，并为新开门店免费提供远程培训。
（五）乙方应在服务期内保持系统与微信小程序平台规则、电子发票接口的兼容，因平台规则调整需要修改的，乙方应在规定期限前完成，不另行收费。
（六）乙方应为甲方开通总部管理员账号，可查看各门店数据和操作日志，门店账号的增减由甲方自行管理。

十四、不可抗力
因不可抗力导致一方不能履行本合同的，应及时通知对方并在10日内提供证明，根据影响程度部分或全部免除责任。第三方云服务商的一般性故障不属于不可抗力。

十五、通知
本合同项下的通知以书面形式送达本合同首页所列地址或双方确认的电子邮箱，以电子邮件发送的，发出之日视为送达。一方联系人或联系方式变更的，应在变更后3日内书面通知对方，未通知的，按原联系方式发送即视为送达。

十六、其他
（一）本合同附件包括：门店清单、功能清单、上线验收确认单模板。附件与本合同具有同等效力。
（二）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：            乙方（盖章）：
日期：                    日期：
"""

Z04 = """非道路移动机械排放监控系统年度运维服务合同

项目名称：非道路移动机械排放监控系统2027年度运维服务
采购方式：竞争性磋商
合同编号：STHJ-YW-2027-09
甲方（采购人）：某市生态环境局
乙方（成交供应商）：某蓝测环境信息技术有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性磋商文件、乙方响应文件及成交通知书，双方就非道路移动机械排放监控系统年度运维服务事宜订立本合同。

第一条 服务范围
（一）运维对象：甲方已建成的非道路移动机械排放监控系统，包括监控平台（编码登记、定位监控、排放超标预警、进出场管理）、数据库及中间件、与省级平台的数据接口，以及已安装在挖掘机、装载机、叉车等机械上的2,318台车载终端和全市46个施工工地的电子围栏设备。
（二）服务内容：平台日常巡检和监控、系统缺陷修复、数据库维护与备份、接口保障、车载终端在线率核查与故障处理、新增机械编码登记的技术支持、数据统计报表编制、重大活动期间的专项保障。
（三）服务期自2027年1月1日起至2027年12月31日止。服务期满后本合同自动终止，不自动续期；甲方另有需要的，按政府采购程序重新采购。

第二条 服务团队
（一）乙方派驻不少于3名专职运维人员在甲方指定场所驻场办公，其中项目经理须具备三年以上同类系统运维经验。
（二）乙方更换驻场人员须提前10日书面征得甲方同意，且替换人员资质不得低于原人员。
（三）乙方应另行安排不少于2名后台技术人员（数据库、网络安全各1名）提供远程支持，在发生一级故障时应在到场时限内赶赴现场协助处理。

（四）驻场人员应遵守甲方考勤和办公纪律，节假日及重大活动期间按甲方要求安排值守，每日填写运维日志。

第三条 服务费用与支付
（一）本合同年度运维服务费为人民币伍拾捌万陆仟元整（¥586,000），为固定总价，包含人工、备品备件、差旅、税费等全部费用。
（二）服务费按季度支付。每季度结束后，甲方依据第六条对乙方进行季度考核，考核完成并收到乙方发票后15个工作日内支付该季度服务费146,500元，扣除当季考核扣减金额。
（三）本合同不设预付款。

第四条 服务水平
（一）监控平台月度可用率不低于99.95%，计划内维护须提前3个工作日报甲方批准，并安排在夜间进行。
（二）故障分级与时限：
1. 一级故障（平台无法访问、省级接口中断、超标预警失效）：30分钟内响应，2小时内到场，6小时内恢复；
2. 二级故障（部分功能异常、部分工地数据中断）：1小时内响应，24小时内解决；
3. 三级故障（一般问题）：2个工作日内解决。
（三）乙方每月5日前提交上月运维报告，内容包括可用率、故障处理、终端在线情况和数据质量分析，并对当月发生的一级、二级故障逐一说明原因和防范措施。

第五条 服务违约扣减
（一）一级故障响应或恢复每超时1小时，扣减1,000元；二级故障每超时1小时，扣减300元。
（二）平台月度可用率每低于约定值0.01个百分点，扣减1,500元。
（三）未按时提交月度运维报告的，每迟交一日扣减200元。
（四）上述扣减在当季服务费中直接扣除。

第六条 考核与验收
（一）季度考核：甲方按照磋商文件所附考核细则，从服务水平达成、故障处理、报告质量、驻场纪律四个方面评分，评分低于80分的，乙方应提交整改计划。
（二）年度验收：服务期满后15日内，甲方组织年度验收。验收标准为：全年各月可用率均达到约定值；全部一级故障均已闭环并形成分析报告；数据库备份恢复演练至少两次且成功；运维文档、配置台账和账号清单完整移交。
（三）年度验收合格后双方签署验收报告。甲方支付季度服务费不视为年度验收合格。

第七条 运维工作要求
（一）日常巡检：每日两次检查平台服务、数据库、接口及服务器资源使用情况，形成巡检记录；每周对车载终端离线情况进行排查，通知机主或使用单位整改。
（二）数据备份：数据库每日增量备份、每周全量备份，备份数据存放于甲方指定的备份存储，每半年进行一次恢复演练。
（三）安全加固：配合甲方完成等级保护测评整改、漏洞扫描和补丁更新，高危漏洞在发现后3个工作日内完成处置。
（四）专项保障：在重污染天气应急响应和重大活动期间，乙方应安排专人值守，按甲方要求每日报送工地机械进出场和超标情况。
（五）终端管理：对离线超过72小时的车载终端，乙方应核实原因并分类登记，属于终端故障的，协调终端厂家或使用单位维修；属于人为拆除或屏蔽的，及时报告甲方执法部门。乙方每月汇总终端在线情况，提出改进建议。
（六）变更管理：平台配置变更、程序更新和数据库结构调整须提交变更申请，写明变更内容、影响范围和回退方案，经甲方批准后在维护窗口实施，实施结果记入运维日志。

第八条 交接与进场
乙方应在合同签订后7日内完成与原运维单位的交接，取得系统账号并完成运维环境梳理。乙方未按期完成交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

第九条 数据安全
（一）系统中的机械登记信息、定位轨迹、排放监测数据、企业和机主信息均归甲方所有，乙方仅为履行本合同处理，不得用于任何其他目的。
（二）乙方应遵守网络安全等级保护第二级及甲方信息安全管理制度，运维操作须通过甲方堡垒机进行，账号专人专用，禁止私自导出数据或在外部设备存储数据。
（三）发生数据泄露、丢失或被篡改的，乙方应在1小时内报告甲方，配合调查处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第十条 保密
乙方及其驻场人员对履约中知悉的甲方工作信息、执法信息和企业信息负有保密义务，驻场人员须签署保密承诺书。保密义务不因合同终止而解除。

第十一条 知识产权
乙方在服务期内为甲方编写的运维脚本、数据统计报表模板、运维文档和优化程序归甲方所有，甲方可自由使用和修改。

第十二条 分包
乙方不得将本合同项下的服务分包或转包给任何第三方。

第十三条 合同解除
（一）乙方连续两个季度考核不合格，或发生因乙方原因导致的重大数据安全事件，或有其他严重违约行为经书面催告后10日内仍未纠正的，甲方有权解除本合同，并按实际服务期间结算费用。
（二）合同解除时，乙方应在10日内完成全部资料和账号的移交。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 甲方义务
甲方应向乙方提供系统账号、运维场所和必要的办公条件，及时提供系统原有建设文档，协调省级平台和终端厂家配合乙方工作，并按约定支付服务费。甲方应指定一名联络人，负责运维需求的受理、审批和考核组织；甲方对系统提出新的功能开发需求的，不属于本合同运维范围，由双方另行协商。

第十六条 其他
磋商文件、响应文件、成交通知书和考核细则为本合同的组成部分。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：            乙方（盖章）：
日期：                    日期：
"""

Z05 = """# 绢花工艺流程追踪系统软件许可及定制开发合同

**合同文本：织锦科技标准合同 V3.0（乙方提供）**

合同编号：ZJ-RJ-2027-0425

甲方：某绢花艺术工作室（有限合伙）

乙方：某织锦软件科技有限公司

甲方拟采购乙方的“花艺工序通”流程追踪软件，用于绢花制作从选料、染色、剪瓣、烫瓣、组装到质检和发货的全流程追踪。经双方协商，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“花艺工序通”流程追踪软件V5标准版永久许可（20个并发用户，含移动端扫码）。

1.2 乙方根据甲方需求进行定制开发，包括：订单与定制花型管理、染色配方及色号记录、工序计件工资统计、与甲方网店订单的对接接口、客户定制进度查询页面。

1.3 乙方负责系统部署、基础数据初始化和操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 流程追踪软件V5标准版永久许可 | 96,000 |
| 2 | 定制开发 | 128,000 |
| 3 | 部署及培训 | 16,000 |
| | 合计 | 240,000 |

合同总价为人民币贰拾肆万元整（¥240,000），含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的65%，即156,000元。乙方收到该款项后启动开发。

3.2 系统上线后七个工作日内，甲方支付合同总价的35%，即84,000元。

3.3 甲方逾期付款的，乙方有权暂停服务，并按逾期金额每日千分之一收取滞纳金。

## 第四条 交付

4.1 乙方预计在收到首付款后60日内完成定制开发并上线。交付时间为预估时间，乙方将尽力按计划交付，因需求变更、甲方配合等原因造成的延误，交付时间相应顺延。

4.2 需求以双方确认的需求清单为准，需求清单确认后的变更按乙方人天单价另行收费。

4.3 乙方交付的标准版功能包括：工序扫码报工、在制品看板、物料领用、工序质检记录、发货登记、基础报表六项。标准版功能以乙方产品说明书为准，产品说明书以外的功能均属于定制开发或另行收费的范围。移动端扫码需使用甲方自备的安卓手机或扫码枪，乙方提供兼容设备型号清单。

4.4 甲方应在乙方要求的时间内提供服务器、网络环境、基础数据和需求确认，每延迟一日，交付时间相应顺延一日。

4.5 服务器及操作系统、数据库软件由甲方自行采购，须满足乙方提供的部署环境要求，因环境不满足要求产生的额外工作按人天另行收费。

4.6 乙方向甲方交付软件安装程序、许可密钥和用户操作手册。定制开发部分以系统功能形式交付，不单独交付源代码。

## 第五条 验收

5.1 系统部署完成并上线运行，即视为甲方验收合格。

5.2 甲方如对系统功能有异议，应在上线后三日内以书面方式提出，逾期未提出的，视为甲方无异议。

## 第六条 质保与维护

6.1 乙方提供自系统上线之日起三个月的免费维护期，维护期内免费修复软件缺陷。

6.2 免费维护期满后，甲方如需继续获得维护和升级服务，应按乙方当年公布的服务价目表支付年度维护费，乙方有权根据经营情况调整价目表。

## 第七条 技术支持

7.1 乙方在工作日9:00至17:30通过电话、微信和远程方式提供技术支持，并将尽商业上合理的努力解决甲方提出的问题。

7.2 现场支持按乙方人天单价另行收费，差旅费由甲方承担。

## 第八条 知识产权

8.1 软件及其文档的全部知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、接口程序及其源代码，知识产权同样归乙方所有，甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译，也不得交由第三方使用或开发。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 第九条 数据

9.1 甲方在系统中录入的订单、配方、工序及员工计件数据归甲方所有，乙方不得将其用于本合同以外的目的。

9.2 系统部署在甲方自有服务器上，乙方远程维护须经甲方同意并使用甲方提供的账号。乙方应对维护过程中接触的甲方数据采取访问控制和加密传输措施，因乙方原因导致甲方数据泄露、丢失的，乙方承担相应赔偿责任。

## 第十条 甲方的义务

10.1 甲方应指定专人负责项目对接，及时确认需求清单、界面原型和测试结果，每项确认应在乙方提交后两个工作日内完成。

10.2 甲方应妥善保管系统管理员账号和密码，因甲方员工操作不当、账号泄露造成的损失由甲方自行承担。

10.3 甲方不得将软件用于许可范围以外的用户或场所，增加并发用户数的，应按乙方当时的报价另行购买许可。

10.4 甲方应自行负责服务器的日常运行、数据备份和病毒防护，乙方可提供备份方法的说明。

10.5 甲方应按约定及时付款。甲方未付清合同价款前，乙方有权暂不交付许可密钥的正式版本，仅提供临时许可密钥，临时许可密钥到期后系统将停止使用，由此产生的后果由甲方承担。

## 第十一条 乙方的义务

11.1 乙方应按需求清单完成定制开发，并为甲方员工提供一次集中操作培训（不超过一天），培训之后的再次培训按人天另行收费。

11.2 乙方应向甲方提供用户操作手册电子版，手册内容以标准版为准，定制功能的操作说明由乙方培训时口头讲解，甲方需要书面说明的，可另行委托乙方编写。

11.3 乙方将在软件标准版发布新的小版本时通知甲方，甲方是否升级由双方协商；升级涉及的定制功能适配按人天另行收费。

## 第十二条 需求变更

12.1 需求清单确认后，甲方提出新增或修改功能的，应以书面形式向乙方提出，乙方评估工作量后报价，双方确认后实施，交付时间相应调整。

12.2 因甲方需求变更导致已完成工作需要返工的，返工工作量由甲方按乙方人天单价承担。乙方人天单价为每人天2,200元。

## 第十三条 责任

13.1 任何一方违反本合同约定的，应赔偿对方因此遭受的直接损失，但不承担间接损失、利润损失。

13.2 因甲方服务器、网络或其他软件造成的系统问题，乙方不承担责任。

## 第十四条 合同解除

14.1 任何一方严重违反本合同且在收到对方书面通知后30日内未予纠正的，另一方有权解除本合同。

14.2 甲方因自身原因解除合同的，已付款项不予退还。

## 第十五条 不可抗力及免责

15.1 因不可抗力、网络运营商故障、第三方软件或政策变化等非乙方原因造成系统无法使用或交付延误的，乙方不承担责任。

15.2 因黑客攻击、计算机病毒等乙方无法预见的原因造成的损失，乙方不承担责任，但乙方应协助甲方恢复系统。

## 第十六条 争议解决

因本合同发生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十七条 其他

17.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

17.2 本合同未尽事宜，双方可另行签订补充协议。

17.3 本合同附件包括：需求清单、报价单、部署环境要求。附件与本合同不一致的，以本合同为准。

17.4 双方的通知以本合同首页所列联系人及微信、电子邮箱发送为有效送达。

17.5 本合同文本为乙方标准合同，甲方如需修改条款，应在签约前以书面补充协议形式提出并经乙方法务审核同意。

甲方（盖章）：　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　日期：
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. CRS-CN-2027-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Capitol Ridge Software, Inc., a Kentucky corporation with its principal office at 410 Wilkinson Boulevard, Frankfort, Kentucky 40601, United States (the "Vendor"), and Wuxi Hengtai Precision Castings Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Wuxi, Jiangsu Province (the "Customer").
P:The Customer wishes to acquire a perpetual licence to the Vendor's RidgeEAM enterprise asset management software for its foundry and machining plants, together with implementation, interface and training services, and the Vendor agrees to provide them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the RidgeEAM application modules listed in Article 3, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means everything the Vendor creates specifically for the Customer under this Agreement, including interface programs to the Customer's ERP and MES systems, configuration sets, report templates, data migration scripts, and their source code and documentation.
P:1.3 "Customer Data" means all data that the Customer or its users enter into, process with or generate through the Software, including equipment records, maintenance histories, spare-parts inventories and personnel information.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 6.4 that the Software and Custom Deliverables meet the acceptance criteria.
P:1.5 "Severity 1 Incident" means an incident that makes the Software unavailable to all users of a plant or stops work-order processing.
H:Article 2 Scope
P:2.1 The Vendor shall license the Software and perform the following services: installation on the Customer's servers in Wuxi; configuration for two plants and 1,150 registered assets; development of interfaces to the Customer's ERP system (purchasing and inventory) and MES system (machine states and counters); migration of five years of maintenance history from the Customer's spreadsheets and legacy database; and training of administrators, planners and technicians.
H:Article 3 Licence
P:3.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software for its own business operations at any of its sites in mainland China, for up to 260 named users and an unlimited number of mobile technician devices.
P:3.2 The licensed modules are: Asset Register, Work Orders, Preventive Maintenance, Spare Parts and Inventory, Condition Monitoring, Mobile Technician, and Analytics.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,948,000, inclusive of all taxes, made up as follows: Software licence fee CNY 1,380,000; implementation, interface and migration services CNY 520,000; training CNY 48,000.
P:4.2 The Contract Price is fixed. It includes all travel, accommodation and out-of-pocket expenses of the Vendor's personnel, and all support during the warranty period.
P:4.3 The Customer shall pay the Contract Price in three instalments: (a) 20% (CNY 389,600) within 20 days after signature of this Agreement and receipt of a valid invoice; (b) 45% (CNY 876,600) within 20 days after Provisional Acceptance under Article 6.2; and (c) 35% (CNY 681,800) within 20 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account of the Vendor's authorised collection agent in Shanghai named in Annex 3.
H:Article 5 Delivery and Timetable
P:5.1 The Vendor shall install the Software and complete configuration within 60 days after signature, complete the interfaces and data migration within 120 days after signature, and request Provisional Acceptance no later than 130 days after signature.
P:5.2 The Vendor shall appoint a project manager who speaks Mandarin.
P:5.3 The Customer shall provide servers, operating systems, database licences, network access and suitably qualified staff as described in Annex 1.
H:Article 6 Acceptance
P:6.1 Acceptance tests are defined in the acceptance test plan in Annex 2, which the Vendor shall submit within 30 days after signature for the Customer's approval.
P:6.2 Provisional Acceptance is given when: (a) every function in Annex 1 passes its test case; (b) the ERP and MES interfaces exchange data for ten consecutive working days with no unreconciled record; (c) migrated maintenance histories match the source data on a full record count and a sample check of 500 records; and (d) work-order screens open within 2 seconds with 120 concurrent users.
P:6.3 After Provisional Acceptance the Software runs in production for 60 days. Final Acceptance is given when no Severity 1 Incident has occurred during the last 30 days of that period, all defects found have been corrected and the complete documentation, including the source code of the Custom Deliverables, has been delivered.
P:6.4 The Customer shall confirm Final Acceptance in writing within 10 working days after the criteria are met, or state the reasons for refusal. Production use, go-live or any payment does not constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and Custom Deliverables will conform to Annex 1 and the documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects free of charge and provide all updates and new versions of the Software.
P:7.2 During the Warranty Period the Vendor shall respond to a Severity 1 Incident within 1 hour, provide a workaround within 8 hours and a permanent fix within 5 working days. Other incidents shall be answered within one working day.
P:7.3 For each full hour by which the Vendor exceeds the Severity 1 response time, the Vendor shall credit the Customer CNY 1,000 against any amount payable. For each day by which a permanent fix is late, the Vendor shall credit CNY 2,000.
P:7.4 After the Warranty Period the Customer may purchase annual support at 11% of the Software licence fee (CNY 151,800 per year). This fee is fixed for the three years following the Warranty Period. Support is ordered by separate purchase order each year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software. Nothing in this Agreement transfers ownership of the Software to the Customer.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Customer may use, copy, modify and license the Custom Deliverables freely, including through third parties, and the Vendor shall deliver their source code with Final Acceptance.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and for no other purpose, and shall not transfer Customer Data outside mainland China.
P:9.2 The Vendor's personnel shall access the Customer's systems only through the Customer's VPN with individual accounts and multi-factor authentication, with each remote session approved in advance by the Customer. The Vendor shall not copy Customer Data to its own systems, and any test data shall be provided and masked by the Customer.
P:9.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law as they apply to its work. The Vendor shall notify the Customer within 6 hours of becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, cooperate in the investigation and remedy, and be liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public technical and commercial information received from the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar obligations.
P:10.2 These obligations continue for three years after the end of this Agreement, and without time limit for trade secrets and Customer Data.
H:Article 11 Delay Damages and Liability
P:11.1 If the Vendor fails to request Provisional Acceptance by the date in Article 5.1 for reasons attributable to the Vendor, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price. If the delay exceeds 60 days, the Customer may terminate this Agreement under Article 13.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct or breach of Article 9 or Article 10.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after written notice, or in the case described in Article 11.1.
P:13.2 Either party may terminate this Agreement if the other party becomes insolvent or ceases business.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Commonwealth of Kentucky, United States of America.
P:14.2 Any dispute arising out of this Agreement shall be finally settled by arbitration administered by the American Arbitration Association under its Commercial Arbitration Rules. The seat of arbitration is Frankfort, Kentucky, and the language of the arbitration is English.
H:Article 15 General
P:15.1 This Agreement, with its Annexes, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English and Chinese. Both versions have equal effect.
P:Annex 1: Statement of Work. Annex 2: Acceptance Test Plan. Annex 3: Payment Details.
P:For the Vendor: ____________________  For the Customer: ____________________
"""

E02 = """# InspectLoop Subscription Order Form

**Order Form No. OQS-2027-0619**

This Order Form consists of Part A (Order Details) and Part B (General Terms). Together they form the agreement (the "Agreement") between the Provider and the Customer named below.

## PART A - ORDER DETAILS

### A1. Parties

- **Provider:** Ocmulgee Quality Systems, LLC, a Georgia limited liability company, 577 Mulberry Street, Macon, Georgia 31201, United States.
- **Customer:** Zhangzhou Haixin Food Co., Ltd., a company incorporated in the People's Republic of China, registered office in Zhangzhou, Fujian Province.

### A2. Subscribed Service

The Provider will provide the InspectLoop cloud service for supplier quality management, incoming-material inspection, in-plant hygiene audits and corrective and preventive actions (CAPA), including the mobile inspection app, for up to 180 named users across the Customer's three production plants and its purchasing department. The Service includes the standard supplier portal through which the Customer's suppliers upload certificates of analysis and respond to CAPA requests, at no extra charge. The Service is hosted in a mainland China cloud region (Shanghai).

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 180 named users, all modules | 268,000 |
| Subscription fee, Subscription Year 2 | 180 named users, all modules | 268,000 |
| Onboarding services | fixed, one-time | 42,000 |
| **Total Fees for the Subscription Term** | | **578,000** |

All amounts include VAT. Additional named users may be added at CNY 1,480 per user per Subscription Year, pro rata for the remainder of the year.

### A4. Subscription Term

The Subscription Term is two Subscription Years. Subscription Year 1 begins on the date of Go-Live Acceptance under Section 3 of Part B, and Subscription Year 2 begins on its first anniversary. The Subscription Term ends at the end of Subscription Year 2. Any renewal requires a new Order Form signed by both parties; there is no automatic renewal.

### A5. Invoicing and Payment

- The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of a valid VAT invoice.
- The onboarding fee is invoiced after Go-Live Acceptance and is payable within 30 days of a valid VAT invoice.
- No fee is payable before Go-Live Acceptance.

### A6. Key Dates and Contacts

- Target Go-Live date: 75 days after the signature of this Order Form.
- Provider contact: Customer Success Director, Macon office. Customer contact: Head of Quality Assurance, Zhangzhou.

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscribed service described in A2, including its updates.

1.2 "Customer Data" means all data, records, photographs, supplier documents and inspection results that the Customer or its users submit to or create in the Service.

1.3 "Customer Configurations" means inspection checklists, sampling plans, audit templates, workflows and report layouts that the Provider builds for the Customer during onboarding or later at the Customer's request.

### 2. Onboarding

2.1 The Provider will configure the Service for the Customer's plants, import the Customer's approved supplier list and material specifications, build the Customer Configurations agreed in the onboarding plan, connect the Service to the Customer's ERP for purchase receipts, and train the Customer's key users and inspectors.

2.2 The Provider will deliver an onboarding plan within 10 days after signature and report progress weekly.

2.3 Training covers at least two sessions for key users and administrators and one session per plant for inspectors, with recorded videos and a Chinese-language user guide that the Customer may copy for internal use.

### 3. Go-Live Acceptance

3.1 When onboarding is complete, the Provider will notify the Customer and the Customer will run acceptance tests for up to 10 working days.

3.2 Go-Live Acceptance is given when: (a) all Customer Configurations in the onboarding plan work as specified; (b) purchase receipts flow from the ERP into the Service for five consecutive working days without error; (c) the imported supplier list and specifications match the source files; and (d) the mobile app works offline on the plant floor and synchronises when reconnected.

3.3 The Customer will confirm Go-Live Acceptance in writing or list the failures. Use of the Service for training or testing is not acceptance.

3.4 If Go-Live Acceptance is delayed beyond the target date in A6 for reasons attributable to the Provider, the Provider will pay the Customer CNY 500 for each day of delay, up to a total of CNY 30,000.

### 4. Service Levels

4.1 The Provider will make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and carried out between 00:00 and 06:00 China Standard Time.

4.2 Support requests are classified by priority. Priority 1 (the Service is unavailable to all users or inspection results cannot be saved): response within 8 hours. Priority 2 (a major function is impaired): response within one business day. Priority 3 (other requests): response within two business days. Support is provided in Chinese and English.

4.3 If monthly availability falls below the level in 4.1, the Provider will credit the Customer 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to half of that monthly amount. Credits are applied to the next invoice, or paid out at the end of the Subscription Term.

4.4 The Provider will send the Customer a monthly service report showing availability, incidents, support requests and response times for the previous month.

### 5. Customer Data

5.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the Service to the Customer and for no other purpose.

5.2 The Provider will store Customer Data only in the mainland China region stated in A2, encrypt it in transit and at rest, restrict access to named support staff on a need-to-know basis, log all administrative access, and maintain a valid MLPS Level 2 filing for the Service.

5.3 The Provider will notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, take immediate steps to contain it, and compensate the Customer for losses caused by the Provider's failure to comply with this Section 5.

5.4 Within 30 days after the end of the Agreement the Provider will return all Customer Data in a standard export format and then delete it, and confirm deletion in writing.

### 6. Intellectual Property

6.1 The Provider owns the Service and all its underlying software.

6.2 Customer Configurations belong to the Customer. The Customer may use, modify and give them to any third party, and the Provider will export them with the Customer Data.

### 7. Confidentiality

Each party will keep the other party's confidential information secret, use it only for this Agreement and disclose it only to persons who need it for this Agreement and are bound by equivalent duties. This obligation survives for three years after the Agreement ends.

### 8. Subcontractors

8.1 The Provider may engage subcontractors to perform any part of the Agreement, including its cloud hosting provider and local support partners in China. The Provider will inform the Customer by email of each new subcontractor before it starts work.

8.2 The Provider remains responsible for the acts and omissions of its subcontractors.

### 9. Limitation of Liability

9.1 Each party's total liability arising out of or in connection with the Agreement is limited to the fees paid or payable by the Customer in the six months immediately preceding the event giving rise to the claim.

9.2 Neither party is liable for loss of profit or indirect loss. These limits do not apply to the Customer's payment obligations or to either party's wilful misconduct.

### 10. Term and Termination

10.1 The Agreement starts on signature of this Order Form and ends at the end of the Subscription Term.

10.2 Either party may terminate the Agreement by written notice if the other party materially breaches it and fails to cure the breach within 30 days after notice. On termination for the Provider's breach, the Provider will refund any prepaid fees for the remaining period.

10.3 The Customer may also terminate the Agreement if Go-Live Acceptance has not been given within 60 days after the target date in A6.

### 11. Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute will be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 12. Customer Responsibilities

12.1 The Customer will nominate a project lead, provide its supplier list, material specifications and ERP access in time for onboarding, and make key users available for workshops and testing.

12.2 The Customer is responsible for the accuracy of the data it enters and for the conduct of its named users, and will keep user credentials secure.

### 13. General

13.1 This Order Form prevails over any conflicting term of Part B. Changes must be agreed in writing.

13.2 Neither party may assign the Agreement without the other party's written consent.

**Signed for the Provider:** ____________________  **Signed for the Customer:** ____________________
"""

E03 = """T:PURCHASE CONTRACT FOR WIRELESS CONDITION MONITORING SENSORS AND SOFTWARE
P:Contract No. RF-EQ-2027-0712
P:Buyer: Nantong Ruifeng Fine Chemicals Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in the Rudong Coastal Chemical Park, Nantong, Jiangsu Province.
P:Supplier: Apalachee Sensing Technologies, Inc., a Florida corporation, 1200 Capital Circle Southeast, Tallahassee, Florida 32301, United States.
P:This Contract is made on the Buyer's standard terms for equipment purchases. The Buyer intends to monitor the pumps, compressors, agitators and fans of its production units with wireless vibration and temperature sensors and a condition monitoring software platform. The Supplier has offered the equipment and software described below, and the parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in Clause 2.
P:1.2 "Software" means the ApexWatch condition monitoring software, including its analytics, alarm and reporting modules, and all updates supplied under this Contract.
P:1.3 "Buyer Data" means all measurements, alarms, asset records, plant drawings and other data collected or produced at the Buyer's sites or supplied by the Buyer.
P:1.4 "Installation Certificate" means the Buyer's signed record that the Equipment has been delivered, installed and switched on; it is not acceptance.
P:1.5 "Final Acceptance" means the Buyer's written acceptance under Clause 6.
H:2. Scope and Price
P:2.1 The Supplier shall supply the Equipment, grant the licence to the Software, install and commission the system at the Buyer's plant in Rudong, integrate it with the Buyer's distributed control system (DCS) historian, and train the Buyer's staff.
P:2.2 The Contract Price is CNY 1,740,000, inclusive of VAT, customs duties, delivery to the Buyer's site and insurance, as itemised below:
TB:No.|Item|Quantity|Amount (CNY)
TB:1|Wireless vibration and temperature sensors, ATEX/IECEx Zone 1, with mounting kits|640 units|1,120,000
TB:2|Wireless gateways, explosion-proof, with power-over-Ethernet injectors|24 units|186,000
TB:3|ApexWatch condition monitoring software licence, perpetual, 700 monitoring points|1 lot|264,000
TB:|Hardware and Licence Subtotal||1,570,000
TB:4|Installation, commissioning and DCS historian integration|1 lot|142,000
TB:5|Training of operators and reliability engineers|1 lot|28,000
TB:|Contract Price||1,740,000
P:2.3 The Contract Price is fixed and covers all services during the warranty period. No further charge shall be made for travel, tools or documentation.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 174,000) within 30 days after signature of this Contract and receipt of an equal bank guarantee from the Supplier.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 957,000) within 30 days after the Installation Certificate is signed for all production units.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 609,000) within 30 days after Final Acceptance.
P:3.4 Each payment is due only against a valid VAT invoice. The Buyer may deduct from any payment the delay damages and service credits due to it under this Contract.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's site within 70 days after signature and complete installation within 45 days after delivery.
P:4.2 All Equipment shall be new, of current production, and certified for use in the hazardous areas shown in the Buyer's area classification drawings. The Supplier shall provide certificates of conformity and explosion-protection certificates with the delivery.
P:4.3 The Supplier's personnel shall follow the Buyer's site safety rules, including permit-to-work, hot-work and confined-space procedures, and shall attend the Buyer's safety induction before starting work.
P:4.4 Spare sensors and gateways in the quantities stated in the technical specification are included in the Contract Price and shall be delivered with the Equipment.
P:4.5 The Supplier shall train at least twelve operators and six reliability engineers at the Buyer's site, covering sensor replacement, battery changes, alarm handling and vibration analysis in the Software, and shall provide training materials in Chinese.
P:4.6 Title to the Equipment passes to the Buyer on delivery. Risk passes on signature of the Installation Certificate.
H:5. Delay
P:5.1 If the Supplier fails to deliver the Equipment or to complete installation by the dates in Clause 4.1 for reasons not attributable to the Buyer, the Supplier shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price.
P:5.2 If the delay exceeds 45 days, the Buyer may also terminate this Contract under Clause 13.
H:6. Acceptance
P:6.1 After installation, the system shall run for a trial period of 45 days. Final Acceptance shall be given when all of the following criteria are met:
P:(a) every sensor reports vibration and temperature values to the Software at the configured interval, with no sensor missing more than two consecutive readings during the last 20 days of the trial period;
P:(b) measured values agree with reference measurements taken by the Buyer's handheld analyser within the tolerances stated in the technical specification;
P:(c) the Software raises alarms for test faults injected on five selected machines within 60 seconds;
P:(d) data are transferred to the DCS historian without loss for ten consecutive days;
P:(e) all documentation, including as-built drawings, sensor location lists and configuration backups, has been delivered.
P:6.2 The Buyer shall confirm Final Acceptance in writing within 10 working days after the criteria are met or state which criteria are not met. Signature of the Installation Certificate, use of the system or any payment shall not be treated as Final Acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, including batteries that fail before their rated life, and provide Software updates and corrections free of charge.
P:7.2 During the warranty period the Supplier shall respond to a Severity 1 fault (loss of monitoring for a production unit or failure of the Software server application) within 2 hours, have an engineer on site the next calendar day, and restore monitoring within 48 hours. Severity 2 faults shall be answered within 8 hours and resolved within 5 working days.
P:7.3 For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall credit the Buyer CNY 1,500.
P:7.4 After the warranty period, the Buyer may order annual support for the fourth and fifth years after Final Acceptance at 8% of the Hardware and Licence Subtotal (CNY 125,600 per year). This price is fixed and shall not be increased. Each year is ordered separately and nothing in this Contract renews automatically.
H:8. Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at all of the Buyer's sites in mainland China for the number of monitoring points purchased. The Supplier retains the intellectual property in the Software and the sensor firmware.
P:8.2 All configurations, asset hierarchies, alarm settings, interface scripts and reports that the Supplier prepares for the Buyer under this Contract belong to the Buyer, which may use, modify and license them freely.
H:9. Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:9.2 The Software shall be installed on the Buyer's servers inside the Buyer's plant network. The Supplier shall not transfer Buyer Data outside the Buyer's network and shall access the system remotely only through the Buyer's approved secure remote-access gateway, with each session requested in advance and recorded.
P:9.3 The Supplier shall comply with PRC laws on cybersecurity and data security and with the Buyer's industrial control system security rules. If the Supplier becomes aware of any unauthorised access to Buyer Data or the Buyer's systems, it shall notify the Buyer within 2 hours and assist in the response. The Supplier shall be liable for all losses caused by its breach of this Clause 9.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information received from the Buyer, including process data, plant layouts and safety documents, and shall use it only to perform this Contract. This obligation survives termination of the Contract without time limit.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price. This limit does not apply to personal injury, damage caused by wilful misconduct or gross negligence, or breach of Clause 9 or Clause 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent. Cable-laying and scaffolding contractors must hold valid qualifications for work in chemical plants.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or in the case described in Clause 5.2.
P:13.2 On termination under Clause 13.1 the Supplier shall refund the payments received for Equipment and services that have not been accepted, and the Buyer may claim its additional costs of completing the work.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai. The arbitral award is final.
H:15. Miscellaneous
P:15.1 This Contract is signed in Chinese and English; both texts are equally authentic. The technical specification and the area classification drawings are annexed to this Contract.
P:For the Buyer: ____________________  For the Supplier: ____________________
"""

E04 = """# Managed Cloud Operations Services Agreement

**Agreement No. PHM-CN-2027-031**

This Managed Cloud Operations Services Agreement (the "Agreement") is entered into between:

- **Polk Harbor Managed Services, Inc.**, a Florida corporation with its principal place of business at 215 South Florida Avenue, Lakeland, Florida 33801, United States ("Provider"); and
- **Hangzhou Yunqi Home Furnishings E-commerce Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in Hangzhou, Zhejiang Province ("Customer").

## Background

Customer runs its online store, order management and warehouse systems on cloud accounts that it holds with a mainland China cloud provider. Customer wishes to outsource the day-to-day operation of that environment to Provider for a fixed term of 36 months, and Provider has agreed to deliver the services described in the Schedules.

## 1. Definitions

1.1 "Services" means the managed operations services described in Schedule 1.

1.2 "Environment" means the cloud accounts, virtual servers, databases, containers, load balancers and storage used by Customer's online store, order management system and warehouse management system, as listed in the inventory agreed during Transition.

1.3 "Transition" means the period in which Provider takes over the operation of the Environment from Customer's internal team, as described in Section 3.

1.4 "Incident" means an unplanned interruption or reduction in the quality of a service running in the Environment.

1.5 "Customer Data" means all data stored in or processed by the Environment, including order, customer, product and inventory data.

## 2. Term

2.1 This Agreement starts on the date of signature. The service term is 36 months starting on the date of Transition Acceptance (the "Service Term").

2.2 The Agreement ends at the end of the Service Term unless the parties agree in writing to extend it. There is no automatic renewal.

## 3. Transition

3.1 Provider will complete Transition within 60 days after signature. Transition includes discovery of the Environment, documentation of all systems and dependencies, set-up of monitoring and alerting, set-up of the ticketing tool, creation of runbooks for all critical systems, and knowledge transfer from Customer's internal team.

3.2 Transition Acceptance is given when: (a) every item in the agreed inventory is monitored and has a named owner; (b) runbooks exist and have been reviewed by Customer for all systems classified as critical; (c) a backup restore test of the order database has been completed successfully; and (d) Provider has handled all Incidents alone during a 14-day shadow period with Customer's team observing.

3.3 Customer will confirm Transition Acceptance in writing within 5 working days after Provider's notice that the criteria are met, or state which criteria are not met.

3.4 If Transition Acceptance is delayed beyond the 60-day period for reasons attributable to Provider, Provider will pay Customer liquidated damages of CNY 2,000 for each day of delay, up to a total of CNY 60,000.

## 4. Services and Service Levels

4.1 From Transition Acceptance, Provider will perform the Services in Schedule 1 for the Environment, 24 hours a day, 7 days a week.

4.2 Provider will meet the service levels in Schedule 2. Provider will report its performance against the service levels in a monthly service report and, if a service level is missed in two consecutive months, will present a service improvement plan at the next monthly service review.

4.3 Changes to the Environment are made only through Customer's change process. Provider will not make changes to production systems during Customer's sales campaigns without Customer's written approval.

4.4 The parties will hold a monthly service review to discuss the service report, open Incidents, planned changes and upcoming campaigns, and a quarterly steering meeting of senior managers to review the overall relationship and improvement proposals.

4.5 Customer will give Provider administrator access to the Environment, keep Provider informed of planned business events, provide a duty manager who can approve emergency changes at any time, and maintain its agreements with the cloud provider and software vendors.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. They are fixed for the Service Term and include all personnel, tools and travel costs of Provider.

5.2 The Transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears, beginning with the first month after Transition Acceptance.

5.3 Customer will pay each correct VAT invoice within 30 days after receipt.

5.4 Cloud consumption fees are paid by Customer directly to its cloud provider and are not part of this Agreement.

## 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider will use Customer Data only to perform the Services and will not use it for any other purpose.

6.2 At the end of the Agreement Provider will hand back all credentials, documentation and runbooks to Customer.

## 7. Intellectual Property

7.1 Provider keeps its pre-existing tools, methods and know-how.

7.2 All runbooks, scripts, automation templates, monitoring configurations and documentation created by Provider for Customer under this Agreement belong to Customer. Customer may use, modify and give them to any third party, including a successor provider.

## 8. Confidentiality

8.1 Each party will keep confidential the non-public information of the other party that it receives under this Agreement, including Customer's system architecture, sales figures and business plans, and will use that information only for this Agreement.

8.2 Confidential information may be disclosed only to employees and advisers who need it for this Agreement and are bound by confidentiality duties. These duties continue for three years after the Agreement ends.

## 9. Personnel and Subcontracting

9.1 Provider will assign a named service delivery manager and a team of engineers with experience of the cloud platform used by Customer. Provider's engineers based in mainland China will perform all work on the Environment.

9.2 Provider will not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value stated in Schedule 3.

10.2 Neither party is liable for indirect or consequential loss. These limits do not apply to wilful misconduct or to breach of Section 8.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after written notice, or if Transition Acceptance has not been given within 45 days after the end of the 60-day Transition period.

11.2 Either party may terminate this Agreement if the other party becomes insolvent.

11.3 On any termination or expiry Provider will provide exit assistance for up to 60 days at the rates in Schedule 3 so that the Services can be transferred to Customer or a successor provider without interruption.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be referred to the Shenzhen Court of International Arbitration for arbitration in Shenzhen in accordance with its rules. The award is final and binding.

## 13. General

13.1 This Agreement, including its Schedules, is the entire agreement of the parties. Amendments must be in writing and signed by both parties. If this Agreement and a Schedule conflict, this Agreement prevails.

## Schedule 1 - Services

| No. | Service | Description |
|---|---|---|
| 1 | Monitoring and event management | 24x7 monitoring of servers, databases, containers, load balancers and key business transactions; alert triage |
| 2 | Incident management | Logging, diagnosis and restoration of Incidents; communication to Customer's duty manager |
| 3 | Problem management | Root-cause analysis for every Priority 1 Incident and recurring Priority 2 Incidents |
| 4 | Backup management | Daily backups of all databases, weekly restore tests, monthly restore test of the order database |
| 5 | Patch and configuration management | Monthly operating-system and middleware patching in agreed maintenance windows |
| 6 | Capacity management | Monthly capacity report; scaling plans for promotional campaigns |
| 7 | Campaign support | Dedicated on-call engineers during the four main sales campaigns each year |

## Schedule 2 - Service Levels

| Priority | Definition | Response | Restoration target |
|---|---|---|---|
| Priority 1 | Online store or order processing unavailable | 30 minutes | 6 hours |
| Priority 2 | Major function degraded; warehouse system impaired | 1 hour | 12 hours |
| Priority 3 | Minor fault or single user affected | 8 business hours | 5 business days |
| Service request | Standard request such as an account change | 1 business day | 3 business days |

Service levels are measured monthly from the ticketing tool and reported in the monthly service report.

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition | one-time, fixed | 96,000 |
| Monthly service charge | CNY 58,000 x 36 months | 2,088,000 |
| **Total Contract Value** | | **2,184,000** |
| Exit assistance (if requested) | per engineer-day | 3,200 |

**For Provider:** ____________________  **For Customer:** ____________________
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
VESSEL TRACKING AND PORT CALL DATA API

Agreement No. SMD-APAC-2027-117

BETWEEN
Susquehanna Maritime Data, Inc., a New York corporation with its office at 45 Court Street, Binghamton, New York 13901, United States ("Vendor"); and
Ningbo Dongfang Shipping Agency Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Ningbo, Zhejiang Province ("Customer").

BACKGROUND
Customer acts as ship agent and freight forwarder for carriers calling at Ningbo-Zhoushan and other Chinese ports. It wishes to receive vessel positions, estimated times of arrival and port call events through an API and feed them into its transport management system (TMS). Vendor collects and processes such data and offers it by subscription. The parties agree as follows.

1. DEFINITIONS
1.1 "Data" means the vessel position, voyage, port call and estimated arrival data that Vendor makes available through the API, together with related reference data.
1.2 "API" means Vendor's application programming interface and the web dashboard through which Customer accesses the Data.
1.3 "Customer Inputs" means the fleet lists, watch lists, queries, port and berth lists and other information that Customer submits to the API or the dashboard.
1.4 "Custom Connector" means the connector software and data mapping that Vendor builds to deliver the Data into Customer's TMS.
1.5 "Subscription Year" means each period that begins on the date of Activation Acceptance or on an anniversary of that date and ends on the day before the next anniversary.

2. SUBSCRIPTION
2.1 Vendor grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the API, retrieve the Data and use it within Customer's business, including in messages and reports to Customer's own clients in the ordinary course of ship agency and forwarding work.
2.2 The subscription covers up to 3,000 tracked vessels at any time, global coverage of ports, and up to 2 million API calls per Subscription Year. Customer may not resell the Data as a data product.
2.3 Vendor will build and deliver the Custom Connector as part of the subscription at no additional charge.

3. SUBSCRIPTION TERM AND RENEWAL
3.1 The initial Subscription Term consists of two Subscription Years. The first Subscription Year begins on the date of Activation Acceptance under Section 4.
3.2 At the end of the initial Subscription Term this Agreement renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the then current term.
3.3 Vendor may increase the subscription fee for any renewal term by giving Customer notice at least 30 days before the end of the then current term. The increased fee applies to the renewal term unless Customer has given notice of non-renewal in time.

4. ACTIVATION, ACCEPTANCE AND SUPPORT
4.1 Vendor will provide API credentials, install the Custom Connector in Customer's test environment and request Activation Acceptance within 25 days after signature of this Agreement.
4.2 Activation Acceptance is given when: (a) the API returns positions for all vessels on Customer's test fleet list; (b) the Custom Connector has delivered port call events into the TMS for seven consecutive days with no mapping errors; (c) the median API response time measured from Customer's network in Ningbo is below 800 milliseconds; and (d) the Custom Connector source code and documentation have been handed over.
4.3 Customer will confirm Activation Acceptance in writing within 5 working days after the criteria are met or state which criteria are not met. Access to the API for testing is not acceptance.
4.4 If Vendor has not requested Activation Acceptance by the date in Section 4.1 for reasons attributable to Vendor, Vendor will pay Customer CNY 400 for each day of delay, up to a total of CNY 20,000.

4.5 Vendor will update vessel positions from terrestrial and satellite sources at least every 10 minutes for vessels within its terrestrial coverage of Chinese ports, and will recalculate estimated arrival times whenever a new position is received. Vendor does not guarantee the accuracy of information reported by vessels themselves, but will correct obvious errors reported by Customer within two business days.
4.6 Vendor will provide Customer with a named technical account manager, API documentation in English and Chinese, a test environment for the whole Subscription Term, and at least 90 days' notice of any change to the API that is not backward compatible. Vendor will adapt the Custom Connector to any such change at its own cost.
4.7 Customer will keep its API credentials secure, use the API only through its own systems and inform Vendor without delay if it suspects misuse of its credentials.

5. SERVICE LEVELS
5.1 Vendor will keep the API available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least 48 hours in advance.
5.2 Vendor will respond to a Priority 1 incident (the API or the dashboard is unavailable, or no Data has been updated for more than 30 minutes) within 1 hour, 24 hours a day, and to a Priority 2 incident (partial loss of Data or degraded performance) within 3 hours during Customer's business hours.
5.3 If the monthly availability falls below the level in Section 5.1, Vendor will credit Customer 5% of the monthly share of the subscription fee for each 0.1 percentage point of shortfall, up to a full monthly share. If a Priority 1 response is late, Vendor will credit CNY 1,000 for each hour or part of an hour.
5.4 Credits are deducted from the next invoice or, at the end of the term, paid to Customer.

6. FEES AND PAYMENT
6.1 The subscription fee is CNY 318,000 for each Subscription Year, or CNY 636,000 for the initial Subscription Term, including VAT and the Custom Connector.
6.2 Vendor will invoice the subscription fee for each Subscription Year on the first day of that Subscription Year. Customer will pay within 30 days after receipt of a valid VAT invoice.
6.3 API calls above the annual allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears.

7. CUSTOMER INPUTS AND DATA SECURITY
7.1 Customer Inputs belong to Customer. Vendor will use Customer Inputs only to provide the API and the Data to Customer, and will not use them for any other purpose, disclose them, or combine them with data of other customers.
7.2 Vendor will process Customer Inputs on servers located in mainland China, protect them with encryption in transit and at rest, limit access to named support personnel and keep access logs for at least six months.
7.3 Vendor will notify Customer within 24 hours after becoming aware of any unauthorised access to or disclosure of Customer Inputs, take all reasonable steps to contain it, and is liable for the losses Customer suffers as a result of Vendor's failure to comply with this Section 7.

8. INTELLECTUAL PROPERTY
8.1 Vendor owns the API and the Data. Customer receives only the rights set out in Section 2.
8.2 The Custom Connector and its data mapping belong to Customer. Customer may use, modify and have third parties maintain them freely, also after the end of this Agreement.

9. CONFIDENTIALITY
9.1 Each party will keep confidential the non-public business and technical information of the other party, use it only for this Agreement and not disclose it to third parties without prior written consent.
9.2 These duties survive for three years after this Agreement ends.

10. LIABILITY
10.1 Each party's total liability under this Agreement is limited to twice the total subscription fee for the initial Subscription Term.
10.2 Neither party is liable for lost profits or indirect damages, except in case of wilful misconduct or breach of Section 7 or Section 9.

11. SUBCONTRACTING
11.1 Vendor will not subcontract the hosting of Customer Inputs or the development of the Custom Connector without Customer's prior written consent.

12. TERM AND TERMINATION
12.1 This Agreement starts on signature and continues for the Subscription Term and any renewal term.
12.2 This Agreement cannot be terminated by Customer before the end of the Subscription Term or a renewal term. Customer's remedies for any failure of the API or the Data are the service credits under Section 5 and damages under Section 10.
12.3 Vendor may suspend access to the API if Customer fails to pay an undisputed invoice within 30 days after a written reminder, and may terminate this Agreement if the failure continues for a further 30 days.
12.4 When this Agreement ends, Customer will stop using the API and delete cached Data that is not contained in its operational records, and Vendor will delete all Customer Inputs within 30 days and confirm this in writing.

13. GOVERNING LAW AND DISPUTES
13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules. The award is final.

14. GENERAL
14.1 This Agreement is the entire agreement of the parties regarding the Data and the API. Amendments must be in writing.
14.2 Notices may be sent by email to the contacts named in the signature block, with a copy by courier for notices of non-renewal, breach or termination.

SIGNED
For Vendor: ____________________   For Customer: ____________________
"""

# ---------------------------------------------------------------- files and labels
FILES = {
    "z01": ("h926z01_river_outfall_monitoring_platform.pdf", "zh", Z01),
    "z02": ("h926z02_stroller_line_control_retrofit.docx", "zh", Z02),
    "z03": ("h926z03_stilt_training_booking_saas.txt", "zh", Z03),
    "z04": ("h926z04_nonroad_machinery_emission_om_service.txt", "zh", Z04),
    "z05": ("h926z05_silk_flower_process_tracking_supplier_template.md", "zh", Z05),
    "e01": ("h926e01_eam_perpetual_licence_kentucky_vendor.pdf", "en", E01),
    "e02": ("h926e02_quality_inspection_saas_order_form.md", "en", E02),
    "e03": ("h926e03_wireless_condition_monitoring_sensors.docx", "en", E03),
    "e04": ("h926e04_managed_cloud_operations_36_months.md", "en", E04),
    "e05": ("h926e05_vessel_tracking_data_api_subscription.txt", "en", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
N = None
# key: category, terms (in KEYS order), sla_clause, ld_stated, capped (goods only), deemed, contract value
LABELS = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.03, N, 20, True, True, 24, 9, False, True, True, "PRC", G],
            True, True, True, False, 2420000),
    "z02": ("hardware", [N, 1, True, "buyer", True, True, True, 0.1, 60, 10, True, True, 18, 26, False, True, False, "PRC", G],
            True, True, True, False, 1850000),
    "z03": ("cloud", [99.5, 1, True, "buyer", True, False, True, 300 / 440000 * 100, 200, N, True, N, N, N, True, True, False,
                      "PRC", S], True, True, N, False, 440000),
    "z04": ("services", [99.95, 0.5, True, "buyer", True, True, True, 0.1, N, N, True, N, N, N, False, True, False, "PRC", S],
            True, True, N, False, 586000),
    "z05": ("software", [N, N, False, "supplier", True, True, False, N, N, 65, False, False, 3, N, False, True, N, N, G],
            False, False, False, True, 240000),
    "e01": ("software", [N, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False, True, False, "Kentucky",
                         G], True, True, True, False, 1948000),
    "e02": ("cloud", [99.95, 8, True, "buyer", True, True, True, 500 / 578000 * 100, 6 / 24 * 100, N, True, N, N, N, False, True,
                      True, "PRC", S], True, True, N, False, 578000),
    "e03": ("hardware", [N, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 8, False, True, False, "PRC", G],
            True, True, True, False, 1740000),
    "e04": ("services", [N, 0.5, False, "buyer", False, True, True, 2000 / 2184000 * 100, 150, N, True, N, N, N, False, True,
                         False, "PRC", S], True, True, N, False, 2184000),
    "e05": ("cloud", [99.95, 1, True, "buyer", True, True, True, 400 / 636000 * 100, 200, N, True, N, N, N, True, False, False,
                      "PRC", S], True, True, N, False, 636000),
}
# design: expected rules, forum outside mainland China, TCO fee base (itemised licence / hardware subtotal)
DESIGN = {
    "z01": (["CR-LD-LOW", "CR-SUBCONTRACT"], False, 1260000),
    "z02": (["CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], False, 1550000),
    "z03": (["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], False, N),
    "z04": ([], False, N),
    "z05": (["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"], False, 96000),
    "e01": (["CR-GOVERNING-LAW"], True, 1380000),
    "e02": (["CR-LIABILITY-CAP", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"], False, N),
    "e03": ([], False, 1570000),
    "e04": (["CR-DATA-SECURITY", "CR-SLA-NO-REMEDY"], False, N),
    "e05": (["CR-AUTO-RENEWAL", "CR-TERMINATION"], False, N),
}
RISK = {"z01": "medium", "z02": "high", "z03": "medium", "z04": "low", "z05": "high",
        "e01": "low", "e02": "medium", "e03": "low", "e04": "high", "e05": "medium"}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
# policy thresholds (§3 and the TCO share)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH = 40.0


def label(key):
    cat, vals, sla, ld, capped, deemed, value = LABELS[key]
    terms = dict(zip(KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": ld}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": FILES[key][0], "language": FILES[key][1], "category": cat, "expected_terms": terms,
            "expected_extra": extra, "expected_rules": derive(key, terms, extra)[0]}


def tco_share(key, t, x):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence / hardware subtotal. None when the fee is not stated."""
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None, None
    base = DESIGN[key][2]
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = years * base * t["post_warranty_fee_pct"] / 100
    tco = x["contract_value"] + post
    return tco, post / tco * 100


def derive(key, t, x):
    """My reading of policy §3 ('Where rules apply, and how clauses are read')."""
    r = set()
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
    share = None
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x)[1]
        if share is not None and share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or DESIGN[key][1]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r), share


# ---------------------------------------------------------------- threshold scan
ZN = "一二三四五六七八九十百零"
TH_PATTERNS = [
    r"(?<![\d.])99\.9(?![\d])", r"百分之九十九点九(?![" + ZN + "])",
    r"(?<![\d.])4\s*(?:hours?|hrs?\b|h\b|小时)", r"(?<![" + ZN + "])四(?:个)?小时", r"\bfour\s*(?:\(4\)\s*)?hours?",
    r"(?<![\d.])0\.05\s*(?:%|percent|per\s*cent)", r"万分之五(?![" + ZN + "])", r"千分之零点五",
    r"(?<![\d.])100\s*(?:%|percent|per\s*cent)", r"百分之(?:一)?百(?![" + ZN + "])", r"\bone\s*hundred\s*per\s*cent",
    r"(?<![\d.])30\s*(?:%|percent|per\s*cent)", r"百分之三十(?![" + ZN + "])", r"\bthirty\s*(?:per\s*cent|percent)",
    r"(?<![\d.])15\s*(?:%|percent|per\s*cent)", r"百分之十五(?![" + ZN + "])", r"\bfifteen\s*(?:per\s*cent|percent)",
    r"(?<![\d.])40\s*(?:%|percent|per\s*cent)", r"百分之四十(?![" + ZN + "])", r"\bforty\s*(?:per\s*cent|percent)",
    r"(?<![\d.])12\s*-?\s*(?:months?|个月)", r"(?<![" + ZN + "])十二个?月", r"\btwelve\s*(?:\(12\)\s*)?-?\s*months?",
]
TH_RE = re.compile("|".join(TH_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "四小时", "四个小时", "within 4 hrs", "0.05%", "0.05 percent",
            "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 %", "百分之三十", "15%", "百分之十五", "40%",
            "百分之四十", "12 months", "12-month", "十二个月", "twelve months", "12个月", "four hours"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "14 hours", "0.055%", "万分之五十", "万分之三",
             "150%", "200%", "35%", "45%", "65%", "115%", "130%", "百分之四十五", "十二条", "36 months", "二十四个月",
             "112 months", "2027年12月31日", "0.1 percentage point", "第十二条", "18%", "26%", "440,000", "7×24小时", "12 hours"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
        hits += [m.group(0) for m in TH_RE.finditer(variant)]
    return hits


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (name, lang, src) in FILES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, ext)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    for key in FILES:
        lab = label(key)
        (OUT / (FILES[key][0].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")


def check():
    for s in MUST_HIT:
        assert scan(s), ("regex must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("regex must miss", s, scan(s))
    covered = set()
    for key, (name, lang, src) in FILES.items():
        lab = json.loads((OUT / (name.rsplit(".", 1)[0] + ".json")).read_text(encoding="utf-8"))
        assert list(lab["expected_terms"]) == KEYS
        t, x = lab["expected_terms"], lab["expected_extra"]
        rules, share = derive(key, t, x)
        assert rules == sorted(DESIGN[key][0]), (key, rules, DESIGN[key][0])
        assert lab["expected_rules"] == rules
        risk = "high" if any(SEVERITY[r] == "high" for r in rules) else (
            "medium" if any(SEVERITY[r] == "medium" for r in rules) else "low")
        assert risk == RISK[key], (key, risk)
        covered |= set(rules)
        for k, th in TH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k, t[k])
        if share is not None:
            assert abs(share - TCO_SHARE_TH) > 2, (key, share)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in x and t["final_payment_on_acceptance"] is None
        text = read_back(OUT / name)
        hits = scan(text)
        assert not hits, (key, hits)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        tco = tco_share(key, t, x)
        print(f"{name}: {n} {'chars' if lang == 'zh' else 'words'}, rules {rules or '(none)'}, risk {risk}"
              + (f", TCO {tco[0]:,.0f} share {tco[1]:.1f} %" if tco[0] else ""))
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    assert sum(1 for k in FILES if not DESIGN[k][0]) == 2
    print("all 20 rules covered; checks passed")


if __name__ == "__main__":
    build()
    check()
