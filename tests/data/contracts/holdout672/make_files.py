"""holdout672: builds the ten blind held-out draft contracts of this folder and their .json labels.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). The .txt/.md files are written as they are; the .docx
and .pdf files are built by ../word_pdf.py from the small markup below (PDF paragraphs broken at word boundaries). The
labels are written from DESIGN. The script then reads every built file back and asserts: the text lengths, that no label
value sits on a policy threshold, that no text states a threshold figure (regex scan, self-tested), that the rules
derived from the labels match the design lists, and that all 20 CR rules fire at least once.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:云岭地质公园游客服务与地质遗迹监测平台采购合同
P:合同编号：YLDZ-ZC-2025-018
P:采购人（甲方）：云岭地质公园管理处
P:供应商（乙方）：杭州岩图信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目（项目编号：YLZC2025-0416）采购文件、乙方投标文件及中标通知书，甲乙双方经协商一致，签订本合同。本合同采用甲方提供的合同文本。
H:第一条 采购内容
P:1.1 乙方向甲方提供游客服务与地质遗迹监测平台软件许可（永久许可，不限用户数），并完成以下定制开发：地质遗迹档案库（含剖面、化石点、溶洞等遗迹点位的图文及三维资料管理）、遗迹点位位移与裂缝监测数据接入、游客流量预警与分流调度、电子导览小程序及讲解内容管理后台。
P:1.2 乙方负责将甲方现有票务系统、视频监控平台及地质遗迹调查数据库中的数据迁移至本平台，并与省级自然保护地监管平台完成对接。
P:1.3 详细功能及性能要求以采购文件第三章《采购需求》为准；采购需求与投标文件不一致的，以对甲方更有利者为准。
P:1.4 平台部署于甲方机房及甲方指定的政务云资源，乙方不得要求甲方另行采购本合同约定以外的第三方软件。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰叁拾伍万肆仟元整（¥1,354,000），其中：平台软件许可费680,000元；定制开发费520,000元；数据迁移与系统对接费96,000元；实施及培训费58,000元。
P:2.2 合同总价为固定总价，包括软件、开发、迁移、部署、培训、税费及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的等额发票后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统部署完成并通过初步验收后，甲方支付合同总价的45%。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方按政府采购资金支付流程付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后九十日内完成部署、定制开发和数据迁移，并提交初步验收申请。
P:4.2 乙方应指派项目经理一名常驻现场，未经甲方书面同意不得更换；项目组成员应与投标文件一致。
P:4.3 乙方应在实施前提交实施方案和数据迁移方案，经甲方确认后执行。
P:4.4 乙方应在合同签订后七日内向甲方提交合同总价5%的履约保证金（银行保函形式），最终验收合格后无息退还。
P:4.5 乙方应对甲方系统管理员、讲解员和监测人员分别开展培训，培训不少于三期，并提交操作手册、运维手册和培训记录。
P:4.6 乙方应每两周向甲方提交项目进度报告，说明已完成工作、存在问题和下一阶段计划；甲方有权对实施质量进行检查。
H:第五条 验收
P:5.1 初步验收：乙方按采购需求逐项演示功能；迁移数据经甲方全量比对无缺漏、无错位；游客流量预警在模拟客流下正确触发分级告警；小程序在500名并发用户下页面响应时间不超过2秒。
P:5.2 最终验收：初步验收后系统连续试运行六十日，期间无一级故障；监测数据接入完整率达到采购需求规定值；第三方测评机构出具的网络安全等级保护测评报告无高风险项。甲方在试运行期满后十五个工作日内组织最终验收，并出具书面验收报告。
P:5.3 系统上线、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
P:5.4 验收所需的第三方测评费用由乙方承担；两次验收不合格的，甲方有权解除合同。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级和技术支持，并每季度进行一次现场巡检。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年维护费不超过平台软件许可费的8%（即每年不超过54,400元），该价格在质保期满后三年内不上调。维护服务另行签订合同，不自动续期。
P:6.3 质保期内乙方应每半年提交一次系统运行评估报告，对发现的安全漏洞在五个工作日内完成修复。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.95%（经甲方同意的计划内维护除外）。
P:7.2 故障分级响应：一级故障（平台整体不可用或监测预警中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障1小时内响应，当日解决；三级故障2个工作日内解决。
P:7.3 乙方未按时响应或恢复的，每迟延1小时扣减500元；月度可用率每低于承诺值0.01个百分点，扣减1,000元。上述扣款从应付款或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本合同项下定制开发的软件、源代码、数据库设计、接口程序及技术文档的知识产权归甲方所有。乙方应在最终验收时交付源代码，甲方可自行修改、使用或委托第三方维护。
H:第九条 数据安全
P:9.1 平台中的游客信息、遗迹监测数据、视频及业务数据均属于甲方，乙方不得用于本合同以外的任何目的，不得留存副本。
P:9.2 乙方应按网络安全等级保护第三级要求实施部署，运维操作须经甲方堡垒机进行并留存审计日志，不得将数据传输至甲方网络以外。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行合同中知悉的甲方工作秘密、遗迹点位坐标、安防部署等信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后三年内继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期完成交付或验收的，每逾期一日按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付的系统不符合合同约定的，应负责免费整改；给甲方造成损失的，应予赔偿。
P:11.3 乙方项目人员未经甲方同意擅自更换的，每人次支付违约金5,000元。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内未能纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方可解除本合同。
P:13.3 合同解除后，乙方应在十五日内移交已完成的开发成果、源代码、文档和全部甲方数据。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。采购文件、投标文件及中标通知书为本合同的组成部分。
P:15.2 双方往来通知以书面形式送达本合同首页所列地址，一方地址变更的应及时书面通知对方。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。
P:甲方（盖章）：____________    乙方（盖章）：____________
"""

Z02 = """T:输液器生产线挤出与组装控制系统改造合同
P:合同编号：HKYL-SB-2025-033
P:甲方：江苏恒康医用器材有限公司
P:乙方：常州智控自动化工程有限公司
P:甲方为提升一次性输液器导管挤出线及自动组装线的控制精度和质量追溯能力，委托乙方实施控制系统改造。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 改造对象为甲方二号厂房的两条PVC导管挤出线和四条输液器自动组装线，包括控制柜更换、伺服及张力控制升级、在线视觉检测、人机界面和数据采集系统，以及与甲方MES系统的接口。
P:1.2 乙方负责设计、供货、安装、编程、调试、培训和质保期服务。改造须在甲方安排的停线窗口内完成，每条线停线不超过七日。
P:1.3 乙方提供的设备和软件应符合《医疗器械生产质量管理规范》对生产设备和计算机化系统的要求，并提供安装确认和运行确认文件。
P:1.4 乙方应对改造方案进行风险评估，确保改造不影响产品的无菌屏障和关键质量属性，并配合甲方完成变更控制。
H:第二条 合同价款
P:2.1 合同总价为人民币1,534,000元，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器及远程IO模块|6套|412,000
TB:2|伺服驱动及张力控制单元|6套|368,000
TB:3|在线视觉检测系统（含检测软件许可）|4套|296,000
TB:4|HMI/SCADA软件许可及数据采集服务器|1套|186,000
TB:5|工业交换机及工控安全网关|1批|118,000
TB: |软硬件小计| |1,380,000
TB:6|安装、编程与调试|1项|126,000
TB:7|培训及确认文件|1项|28,000
TB: |合同总价| |1,534,000
P:2.2 上述价格为含税固定价，包括运输、保险、安装、调试、确认文件和质保期内的全部服务。
P:2.3 乙方提供的设备应为全新原厂产品，并随货提供合格证、说明书、电气图纸和软件许可证书。
P:2.4 乙方应随设备提供备品备件清单及推荐备件报价，推荐备件报价在质保期内有效，甲方可按需采购，不计入合同总价。
P:2.5 乙方应在发货前通知甲方，甲方可派员到乙方工厂参加控制柜出厂测试，出厂测试记录作为到货资料的一部分。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 设备全部到货并安装完成后，甲方支付合同总价的45%；到货签收和安装完成不视为验收。
P:3.3 改造通过最终验收后，甲方支付合同总价的35%。
H:第四条 交付与工期
P:4.1 乙方应在合同生效后六十日内完成全部设备到货，并在到货后四十五日内完成全部产线的改造和调试。
P:4.2 乙方逾期交付或逾期完成调试的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的5%。
P:4.3 乙方应在合同生效后十五日内提交详细设计方案和停线计划，经甲方确认后实施；停线窗口由甲方生产部门统一安排，乙方不得擅自延长。
P:4.4 乙方施工人员应遵守甲方洁净区管理规定，进入洁净区须更衣并接受卫生培训。
P:4.5 乙方应指定项目经理一名，负责现场协调和进度汇报，每周向甲方提交书面周报，未经甲方同意不得更换。
H:第五条 验收
P:5.1 每条产线调试完成后，乙方应配合甲方完成安装确认和运行确认：挤出线导管外径波动不超过±0.03毫米，张力控制偏差在设定值±2%以内；组装线视觉检测对漏装、错装、粘接不良的检出率达到技术协议规定值，误剔率低于0.5%；生产数据按批次完整上传MES系统。
P:5.2 全部产线连续稳定生产三十日、无一级故障并完成性能确认后，甲方组织最终验收并签署验收报告。
P:5.3 到货、安装、试生产或甲方使用均不视为最终验收合格。
P:5.4 验收所需的检测工具、标准样件和测试耗材由乙方提供。
P:5.5 任一产线性能确认未通过的，乙方应在十日内完成整改并重新确认，由此延误的时间计入乙方工期。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费更换故障部件、修复软件缺陷，并每季度进行一次现场巡检。
P:6.2 质保期满后，乙方提供年度维保服务，年维保费按软硬件小计的26%计取，即每年358,800元，该费用在质保期满后三年内固定不变。年度维保服务每年由双方书面续签，不自动续期。
P:6.3 乙方应为甲方设备、工艺和质量人员提供操作、维护及编程培训，培训不少于三批次，并提交培训记录；质保期内每半年提交一次设备运行分析报告。
H:第七条 服务水平
P:7.1 故障分级：一级故障指导致任一产线停线的故障；二级故障指影响检测或数据上传但产线仍可运行的故障；三级故障为其他问题。
P:7.2 一级故障乙方应在30分钟内远程响应，3小时内到达现场，8小时内恢复生产；二级故障2小时内响应，当日处理完毕；三级故障3个工作日内处理。
P:7.3 乙方未按时响应或到场的，每迟延1小时向甲方支付800元；同一产线一个月内发生三次以上一级故障的，乙方应提交整改方案并承担整改费用。
H:第八条 知识产权
P:8.1 乙方为本项目编写的PLC程序、HMI组态工程、视觉检测配方、MES接口程序及全部确认文件的知识产权归甲方所有。乙方应交付源程序和注释，甲方可自行修改或委托他人修改。
P:8.2 第三方标准软件的知识产权归原权利人，乙方保证甲方获得永久使用许可。
P:8.3 乙方保证所交付的设备和软件不侵犯任何第三方的知识产权；如发生侵权纠纷，由乙方负责处理并承担全部费用和赔偿责任。
H:第九条 数据安全与保密
P:9.1 产线工艺参数、批生产记录和质量数据均属于甲方，乙方不得复制、留存或用于本合同以外的目的。
P:9.2 乙方远程维护须经甲方逐次审批，通过工控安全网关接入并全程记录；乙方人员不得在甲方网络中使用未经检查的移动存储介质。发生数据泄露或因乙方原因导致生产数据丢失的，乙方应在2小时内报告甲方并承担赔偿责任。
P:9.3 双方对履约中知悉的对方技术秘密和商业秘密负有保密义务，保密期限至合同终止后三年。
H:第十条 分包
P:10.1 乙方不得转包本合同。控制柜配线等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:11.2 因乙方原因逾期超过六十日的，甲方有权解除合同。
P:11.3 合同解除后，乙方应配合甲方将产线恢复至可生产状态，并移交已完成的程序和文档。
P:11.4 乙方在甲方厂区施工期间应遵守安全生产和环境保护规定，动火、登高和带电作业须办理作业许可；因乙方违规造成人身伤害或财产损失的，由乙方承担责任。
P:11.5 乙方应将施工产生的废线缆、包装物等分类清运，不得影响甲方洁净区和仓储区的正常秩序。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。争议协商不成的，提交常州仲裁委员会仲裁。争议处理期间，双方应继续履行合同中不涉及争议的部分。
H:第十三条 其他
P:13.1 本合同自双方签字盖章之日起生效，一式四份，双方各执二份。附件：技术协议、设备清单、确认方案。
P:甲方（盖章）：____________    乙方（盖章）：____________
"""
Z03 = """青丝堂连锁养发馆预约与会员管理系统服务合同

合同编号：QST-IT-2025-07
甲方：成都青丝堂养发连锁管理有限公司
乙方：上海云约科技有限公司

鉴于甲方在四川、重庆两地经营35家直营养发门店，需要统一的线上预约、会员储值、疗程卡核销和门店收银系统，甲乙双方经协商一致，就乙方以软件即服务方式向甲方提供上述系统及实施服务达成如下协议。

一、服务内容
（一）乙方通过其云平台向甲方提供"云约门店通"系统服务，包括：
1. 顾客小程序预约、技师排班与到店提醒；
2. 会员档案、储值卡与疗程卡管理；
3. 门店收银、耗材领用与技师提成核算；
4. 总部经营报表与营销活动管理。
（二）乙方负责以下实施服务：
1. 甲方旧会员系统中的会员档案、储值余额和疗程卡剩余次数的迁移；
2. 35家门店及总部的参数配置；
3. 与甲方公众号、聚合支付渠道和财务系统的接口开发；
4. 店长、前台及财务人员培训。
5. 上线后首月的门店运营陪跑，包括每日数据核对和问题收集。
（三）服务期为两个服务年度，自系统上线验收合格之日起计算。
（四）乙方应为甲方指定一名客户成功经理，负责日常服务沟通、版本更新通知和季度服务回顾。
（五）系统功能按乙方标准版本持续更新，版本更新不得降低本合同约定的功能和服务水平；涉及门店操作变化的，乙方应提前七日通知甲方并提供培训资料。
（六）乙方应提供门店操作手册、总部管理手册和常见问题视频教程，并在服务期内免费提供新入职员工的线上培训。
（七）甲方新开门店或关闭门店的，门店版服务费按实际使用的月数折算增减，具体以双方书面确认的门店清单为准。
（八）乙方应为甲方开通不少于两个测试账号，用于新功能验证和员工培训，测试环境中的数据不得与生产数据混用。

二、费用
（一）年度服务费：门店版每店每服务年度6,800元，35家门店合计238,000元；总部管理版每服务年度46,000元。每服务年度服务费合计284,000元，两个服务年度合计568,000元。
（二）实施费（含数据迁移、配置、接口开发和培训）92,000元，为一次性费用。
（三）本合同总价为660,000元（含税）。短信及支付通道手续费由甲方按实际用量另行向第三方支付，不计入合同总价。

三、付款方式
（一）实施费在上线验收合格后十五个工作日内一次付清。
（二）每服务年度的服务费在该服务年度开始后十五个工作日内支付。
（三）乙方应在每次付款前开具合法有效的增值税专用发票。
（四）甲方逾期付款的，乙方应书面催告；催告后十五日内仍未支付的，乙方可暂停新增功能开通，但不得停止门店日常预约和收银服务。

四、实施与验收
（一）乙方应在合同签订后六十日内完成全部门店上线。
（二）上线验收标准：
1. 迁移的会员档案、储值余额和疗程卡剩余次数与旧系统逐条核对一致；
2. 35家门店均能完成预约、开单、收银、核销和日结全流程；
3. 总部报表与各门店日结数据一致；
4. 各接口在连续七日试运行中无数据丢失、无重复扣款。
（三）甲方在收到验收申请后十个工作日内组织验收并出具书面意见；试运行或甲方使用均不视为验收合格。
（四）上线过程中，乙方应安排实施顾问驻点支持首批门店至少三个营业日，其他门店提供远程支持，并在每家门店上线当日安排专人值守。
（五）乙方逾期完成上线的，每逾期一日按合同总价的千分之一向甲方支付违约金。

五、服务水平
（一）系统月度可用率不低于99.5%。
（二）一级故障（任一门店无法预约或收银）乙方应在30分钟内响应，2小时内恢复；二级故障2小时内响应，当日解决；一般咨询在工作时间内1小时答复。
（三）月度可用率低于承诺值的，按低于部分每0.1个百分点减免当月应分摊服务费的2%，当月减免以当月应分摊服务费的20%为限；一级故障未按时恢复的，每次另扣减500元。
（四）乙方应每月向甲方提供服务报告，内容包括可用率、故障记录、处理时间和改进措施。
（五）计划内维护应安排在每日凌晨1:00至6:00之间进行，并提前三日通知甲方。
（六）每个服务年度结束后，乙方应提交年度服务总结，包括全年可用率、故障统计、门店使用情况和下一服务年度的改进计划。

六、数据权属与数据安全
（一）甲方会员信息、消费记录及经营数据归甲方所有。
（二）乙方可将甲方数据进行脱敏处理后形成汇总统计数据，用于乙方行业分析报告、产品优化及向其他客户提供的经营对标服务。
（三）乙方应将数据存储于中国境内，系统按网络安全等级保护第三级要求建设，对会员手机号和身份信息加密存储，并建立访问审计。发生个人信息泄露的，乙方应在2小时内通知甲方，协助甲方履行告知和报告义务，并承担因其原因造成的损失。
（四）服务终止后三十日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方确认后删除。
（五）乙方应每年委托第三方机构对系统进行一次渗透测试，并将测试结论提交甲方。
（六）乙方员工访问甲方数据须经授权并记录，乙方不得在测试环境中使用未经脱敏的甲方真实会员数据。
（七）乙方变更数据存储地点或云服务提供商的，应提前三十日书面通知甲方，且不得降低本条约定的安全措施。

七、保密
双方对在合作中获得的对方商业信息，包括门店经营数据、价格政策、技术方案等，负有保密义务，未经对方书面同意不得披露。保密义务在合同终止后三年内有效。

八、知识产权
（一）"云约门店通"系统的知识产权归乙方所有。
（二）乙方为甲方开发的接口程序、定制报表模板及相关文档归甲方所有，甲方可自由使用、修改。
（三）乙方保证其提供的系统不侵犯第三方知识产权，因侵权引起的纠纷由乙方负责处理并承担责任。
（四）甲方提供的门店照片、品牌标识和营销素材的知识产权归甲方所有，乙方仅可为本合同目的在系统中使用。
（五）合同终止后，乙方应停止使用甲方品牌标识及营销素材，并删除系统中保存的相关文件。

九、续期
服务期满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，此后亦同。续期服务费由乙方根据市场情况调整，以乙方届时通知的价格为准。

十、分包
乙方不得将实施服务分包给第三方；确需分包的，应事先取得甲方书面同意。

十一、违约与解除
（一）任何一方严重违约，经守约方书面通知后十五日内未纠正的，守约方有权解除本合同。
（二）乙方违约给甲方造成损失的，应予赔偿。
（三）乙方逾期上线超过三十日的，甲方有权解除本合同，乙方应退还已收取的全部款项。
（四）因不可抗力导致服务中断的，受影响方应及时通知对方，并在不可抗力消除后尽快恢复服务。

十二、争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院起诉。
争议处理期间，乙方不得以争议为由中断门店日常服务。

十三、其他
本合同一式两份，双方各执一份，自双方签章之日起生效。本合同附件包括服务功能清单、实施方案和服务水平说明，附件与本合同具有同等效力。

甲方（盖章）：　　　　　　乙方（盖章）：
日期：　　　　　　　　　　日期：
"""

Z04 = """岚江市雷电防护中心防雷检测管理系统年度运维服务合同

合同编号：LJFL-YW-2025-02
甲方：岚江市雷电防护中心
乙方：南昌天衡信息技术有限公司

甲方就防雷装置检测管理系统的年度运维服务进行采购，乙方为成交供应商。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

第一条 服务对象与期限
（一）运维对象为甲方防雷装置检测管理系统，包括检测业务受理、检测任务派发、现场检测移动端、检测报告编制与签发、防雷装置档案、雷电监测数据接入等子系统，以及承载该系统的服务器、存储、网络安全设备和数据库。
（二）服务期为2025年7月1日至2026年6月30日。期满后如需继续服务，由双方另行签订合同。
（三）服务期满或本合同终止时，乙方应在十五个工作日内完成服务交接，移交系统账号、运维文档、配置清单和备份介质，并配合新的服务商完成过渡。

第二条 服务内容
（一）驻场运维：乙方派两名工程师在甲方驻场，工作日8:30至17:30在岗，雷雨季节延长至20:00，并安排节假日值班。
（二）日常巡检：每日检查系统运行、数据同步和备份情况，每月5日前提交上月运维月报。
（三）系统维护：修复系统缺陷，根据防雷装置检测相关标准的更新调整报告模板和数据校验规则，每季度进行一次数据库优化。
（四）数据备份与安全加固：每日增量备份、每周全量备份，每季度进行一次恢复演练；配合甲方完成网络安全等级保护测评及整改。
（五）监测数据核对：乙方应于2026年3月31日前提交上一雷暴季节的雷电监测数据完整性核对报告。
（六）设备维护：对服务器、存储和网络安全设备进行状态监控和固件更新，故障设备由乙方联系原厂维修，更换所需备件从备品备件费用中列支。
（七）应急保障：重大天气过程期间，乙方应根据甲方通知安排工程师加班值守，确保检测报告签发和监测数据接入不中断。
（八）技术培训：每半年为甲方业务人员开展一次系统操作培训。
（九）系统优化：根据甲方业务需要，对检测任务派发规则、报告审核流程和统计报表进行小规模调整，单次调整工作量不超过五人日的，不另行收费。
（十）资产管理：建立运维对象台账，记录服务器、存储、网络安全设备的型号、序列号、配置和维保期限，并在台账变化后五个工作日内更新。
（十一）密码与账号管理：定期检查系统账号和数据库账号，及时清理离职人员及临时账号，重要系统密码每季度更换一次，并将检查记录报甲方备案。

第三条 服务费用与支付
（一）本合同总价为人民币480,000元，包括：驻场运维264,000元；巡检与系统维护118,000元；备品备件56,000元；数据备份与安全加固42,000元。
（二）服务费按季度结算，每季度末经甲方按考核细则验收合格后十五个工作日内支付当季服务费120,000元，扣除考核扣款后支付。本合同不设预付款。
（四）因甲方新增运维对象导致工作量明显增加的，双方可协商签订补充协议调整服务费，未签订补充协议的，乙方不得据此减少服务内容。
（三）乙方应在每次收款前开具合法有效的发票。备品备件费用按实际更换的备件据实列支，剩余额度不结转。

第四条 服务水平与考核
（一）故障分级：一级故障指系统整体不可用或检测报告无法签发；二级故障指部分功能不可用；三级故障指其他问题。
（二）一级故障乙方应在30分钟内响应，2小时内恢复；二级故障1小时内响应，8小时内解决；三级故障2个工作日内解决。
（三）乙方未按时响应或恢复的，每次扣减服务费1,000元；因乙方原因导致检测数据丢失的，每次扣减5,000元并负责恢复。季度考核得分低于80分的，另扣减当季服务费的5%。
（四）乙方应每月提交服务报告，载明故障处理记录、巡检结果、备份情况和改进建议，作为季度考核的依据。
（五）季度考核验收由甲方按考核细则进行，考核得分达到80分即为当季验收合格，考核内容包括响应及时性、故障处理质量、巡检和备份执行情况及甲方业务人员满意度。
（六）乙方应在每年汛期前组织一次系统应急演练，演练方案经甲方确认，演练结束后五个工作日内提交总结报告。
（七）乙方应建立问题跟踪台账，对同类故障重复发生的，分析原因并提出改进措施。
（八）甲方对乙方服务提出书面整改意见的，乙方应在五个工作日内提交整改措施并落实，整改结果纳入当季考核。

第五条 逾期违约金
乙方未按第二条约定期限提交运维月报、监测数据核对报告或完成恢复演练的，每逾期一日按合同总价的千分之一向甲方支付违约金。违约金可从当季服务费中直接扣除。

第六条 数据安全
（一）系统中的检测报告、受检单位信息、防雷装置档案和雷电监测数据均属甲方所有，乙方仅可为履行本合同使用，不得复制、带离或向任何第三方提供。
（二）乙方人员须通过甲方堡垒机进行运维操作，账号实名、权限最小化，所有操作留存审计日志不少于六个月。
（三）因乙方原因造成数据泄露、篡改或丢失的，乙方应立即报告甲方并采取补救措施，承担由此产生的全部法律责任和赔偿责任。
（四）乙方应配合甲方开展数据安全检查，对检查发现的问题在十个工作日内完成整改。
（五）乙方不得在驻场终端以外的设备上处理甲方数据，驻场终端须安装甲方指定的终端安全软件，离场前由甲方检查并清除终端中的甲方数据。

第七条 运维成果
乙方在运维中编写的脚本、报告模板、运维文档及知识库归甲方所有，甲方可自由使用和修改。

第八条 人员管理
（一）驻场工程师应具备数据库和网络运维经验，名单经甲方确认，未经甲方同意不得更换。
（二）乙方人员应遵守甲方的作息和安全管理制度，因乙方人员过错造成甲方损失的，由乙方赔偿。
（三）乙方应为驻场人员依法缴纳社会保险，乙方人员在服务期间发生的人身伤害由乙方负责处理。
（四）乙方应保持驻场人员稳定，服务期内更换驻场人员累计不得超过一人次，新人员须经甲方面试确认并完成至少五个工作日的交接。
（五）乙方应建立驻场人员考勤记录，每月随运维月报提交甲方，驻场人员请假须提前报甲方同意并安排替岗人员。

第九条 分包
乙方不得将本合同服务转包或分包。
第九条之一 廉洁条款
乙方不得向甲方工作人员提供任何形式的财物、宴请或其他不正当利益；发现上述行为的，甲方有权扣减当季服务费并取消乙方今后参加甲方采购活动的资格。
（二）乙方应遵守国家有关网络安全和信息化管理的规定，不得利用运维便利从事与本合同无关的活动。

第十条 合同变更与解除
（一）本合同履行期间，双方不得擅自变更合同内容；确需变更的，应签订书面补充协议。
（二）除因不可抗力致使合同目的无法实现外，任何一方不得单方解除本合同。

第十一条 不可抗力
因不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供证明，双方协商延期履行或部分免除责任。
不可抗力消除后，乙方应尽快恢复服务，服务费按实际服务期间据实结算。

第十二条 争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交岚江仲裁委员会仲裁。

第十三条 其他
本合同一式四份，甲乙双方各执二份，自双方盖章之日起生效。附件：运维服务需求书、考核细则。

甲方（盖章）：　　　　　　乙方（盖章）：
"""

Z05 = """# 听语通验配测试追溯系统软件许可及开发合同

> 本合同为乙方标准合同文本（听语通合同范本 V2.3）

**合同编号**：TYT-2025-0119

**甲方**：苏州聆声听力科技有限公司

**乙方**：深圳听语通软件有限公司

甲方因助听器生产及验配业务需要，向乙方采购验配测试追溯系统软件许可及定制开发服务。双方经友好协商，签订本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供"听语通验配测试追溯系统V3"软件许可（永久许可，限甲方苏州工厂及直营验配中心使用）。

1.2 乙方按甲方需求进行定制开发，内容包括：产线测试台（耳模扫描、声学测试箱、电声性能测试仪）数据接口；助听器整机序列号与验配记录追溯；门店验配数据回传；质量统计报表。

1.3 定制开发的具体范围以双方确认的需求说明书为准，需求说明书确认后的变更另行计费。

1.4 乙方标准产品的功能以乙方产品说明书为准，乙方有权对产品进行版本升级，升级后的功能可能与合同签订时有所不同。

1.5 乙方提供的软件运行环境要求以乙方产品说明书为准，甲方应按该要求自行准备服务器、数据库和操作系统，因运行环境不符合要求导致的问题不属于乙方责任。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 验配测试追溯系统V3软件许可 | 520,000 |
| 2 | 定制开发（接口、追溯、报表） | 360,000 |
| 3 | 实施部署 | 64,000 |
| 4 | 培训 | 16,000 |
| | 合计 | 960,000 |

上述价格含税，不含甲方自备的服务器、数据库及操作系统。
本合同价款不包括乙方人员为甲方提供现场服务产生的差旅费用，该等费用由甲方按实际发生额另行承担。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总价的65%，乙方收款后开始实施。

3.2 系统上线后五个工作日内，甲方支付合同总价的35%。

## 第四条 交付与上线

4.1 乙方在收到首付款后九十日内完成部署和定制开发。因甲方需求变更、环境未就绪或配合不及时造成的延误，工期相应顺延。

4.3 甲方应在乙方通知后三个工作日内完成环境准备；甲方未按时完成的，乙方有权顺延工期并按每人每日2,000元收取驻场人员费用。

4.4 上线前乙方对甲方关键用户进行系统操作培训，培训时间为二日，超出部分另行收费。

4.5 乙方按照需求说明书完成开发后，将以书面或电子邮件方式通知甲方上线时间，甲方应安排人员配合上线切换。甲方无正当理由拒绝上线的，自乙方通知之日起满十日视为系统已上线。

4.6 乙方交付物包括：安装程序、用户手册和管理员手册。源代码、数据库设计文档及接口开发文档不属于交付物。

4.2 系统安装完成并上线运行后，即视为甲方验收合格。甲方在上线后提出的问题，按第六条维护服务处理。

## 第五条 知识产权

5.1 本系统及乙方为甲方定制开发的全部程序、接口、报表模板和技术文档的知识产权均归乙方所有。

5.2 甲方在付清全部合同价款后，获得在本合同约定范围内的非独占、不可转让的使用权，不得修改、反向工程或交由第三方使用。

## 第六条 维护服务

6.1 乙方自系统上线之日起提供六个月免费维护服务。

6.2 免费维护期满后，甲方如需继续维护，按乙方当年公布的维护服务价格标准另行签订维护合同。

6.3 故障响应：一级故障（系统无法使用）乙方在接到报修后8小时内响应；二级故障在2个工作日内响应；其他问题在乙方版本更新中统一处理。

6.4 维护服务不包括：因甲方操作不当、擅自修改系统、硬件故障或第三方软件导致的问题；超出需求说明书范围的功能修改。上述服务乙方可按人天另行收费。

6.5 乙方通过电话、邮件和远程方式提供维护服务，确需现场服务的，甲方承担乙方人员的差旅费用。

6.6 免费维护期内乙方提供的服务包括：软件缺陷修复、远程技术咨询以及乙方发布的补丁程序，不包括新版本升级和新增功能开发。

6.7 乙方的维护服务时间为工作日9:00至18:00，节假日及非工作时间的服务须提前预约，乙方可另行收取加班服务费。

## 第七条 甲方义务

7.1 甲方应按乙方要求提供机房、服务器、网络环境以及测试设备的接口资料和通讯协议。

7.2 甲方应指定项目联系人，及时确认需求说明书和实施文档，逾期未确认的视为确认。

7.3 甲方应对其提供的测试设备通讯协议和接口资料的合法性负责。

7.4 甲方应妥善保管系统账号和密码，因甲方账号管理不善造成的损失由甲方承担。

7.5 甲方应遵守乙方软件许可条件，不得超出许可范围安装或使用本系统；超出许可范围使用的，乙方有权按乙方当时的标准价格收取补充许可费。

7.6 甲方应按时支付合同价款；甲方逾期付款超过十五日的，乙方有权暂停实施或维护服务，由此造成的工期延误和损失由甲方承担。

7.7 甲方应在系统上线后指定专人负责日常使用和基础数据维护，因甲方人员误操作导致的数据错误由甲方自行负责修正。

## 第八条 数据安全

8.1 系统中的甲方测试数据、用户验配记录归甲方所有，乙方仅为实施和维护目的访问。

8.2 乙方远程维护须经甲方授权并使用加密通道；验配记录中的用户听力档案等个人信息应加密存储。因乙方原因造成数据泄露的，乙方承担相应赔偿责任。

## 第九条 保密

双方对本合同内容及在履约中知悉的对方商业秘密负有保密义务，保密期限至合同终止后二年。乙方有权在宣传材料和客户名单中使用甲方名称作为成功案例。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的3%。

10.2 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金。

10.3 乙方在本合同项下的累计赔偿责任（包括违约金）以合同总价的20%为限。乙方不对间接损失、利润损失承担责任。

10.4 因甲方原因导致合同解除的，甲方已支付的款项不予退还。

10.5 因甲方提供的资料不完整、不准确或测试设备协议变化导致开发返工的，乙方有权另行收取开发费用，工期相应顺延。

10.6 任何情况下，乙方均不对甲方因系统故障、数据错误或追溯记录缺失而遭受的生产停顿、产品召回或监管处罚承担责任。

## 第十一条 合同解除

一方严重违约，经另一方书面通知后三十日内仍未纠正的，另一方有权解除本合同。

## 第十二条 争议解决

本合同适用中华人民共和国法律。争议协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十三条 其他

13.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。本合同的任何修改须经双方书面确认。

13.3 乙方可根据业务需要修订本合同所引用的《软件许可协议》，修订后的版本在乙方官网公布后适用。

13.4 双方往来通知以电子邮件方式发送至双方联系人邮箱即视为送达。

13.5 本合同附件包括需求说明书、实施计划和乙方报价单。附件与本合同正文不一致的，以本合同正文为准；本合同正文与《软件许可协议》不一致的，以《软件许可协议》为准。

13.2 本合同未尽事宜，以乙方官网公布的《软件许可协议》为准。

甲方（盖章）：　　　　　　乙方（盖章）：
"""

E01 = """T:PERPETUAL SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Contract No. JBH-IT-2025-041
P:Buyer: Jinbei Heating Group Co., Ltd., a company registered in Taiyuan, Shanxi Province, People's Republic of China ("Buyer").
P:Supplier: Kallavesi Heat Analytics Oy, a company registered in Finland with its office in Kuopio, Finland ("Supplier").
P:The Buyer operates a district heating network with 212 substations and wishes to license the Supplier's heat network optimisation software and to have it implemented and connected to the Buyer's systems. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Supplier's HeatFlow Optimiser standard software, version 6, including the forecasting, hydraulic model and substation control modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, the calibrated hydraulic model of the Buyer's network, configuration files, scripts, reports and documents produced specifically for the Buyer.
P:1.3 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 6.
P:1.4 "Buyer Data" means all data of the Buyer or its customers processed by the Supplier, including meter readings, substation measurements, network topology and customer information.
H:Article 2 Scope
P:2.1 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software on the Buyer's servers in Taiyuan for the Buyer's district heating business, for an unlimited number of users.
P:2.2 The Supplier shall install the Software, build and calibrate the hydraulic model, develop interfaces to the Buyer's SCADA system, geographic information system and billing system, migrate historical measurement data, and train the Buyer's operators and administrators.
P:2.3 The detailed requirements are set out in Annex 1 (Technical Specification). Where Annex 1 and the Supplier's proposal differ, Annex 1 prevails.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 1,916,000, inclusive of all taxes, made up of: Licence Fee CNY 1,180,000; implementation and model calibration CNY 462,000; interfaces and data migration CNY 236,000; training CNY 38,000.
P:3.2 The Contract Price is fixed and covers all travel, expenses and services during the warranty period.
H:Article 4 Payment
P:4.1 20% of the Contract Price is payable within 30 days after signature against the Supplier's invoice and an advance payment bank guarantee of the same amount.
P:4.2 45% of the Contract Price is payable after installation and the site acceptance test. Installation and the site acceptance test are not acceptance of the Software.
P:4.3 35% of the Contract Price is payable within 30 days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the Supplier's account stated on the invoice.
H:Article 5 Delivery and Delay
P:5.1 The Supplier shall complete installation within 60 days after signature and make the system ready for Final Acceptance within 150 days after signature, in accordance with the project plan in Annex 2.
P:5.2 If the Supplier fails to meet either date for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a total of 8% of the Contract Price. If the delay exceeds 60 days, the Buyer may also terminate this Agreement under Article 15.
P:5.3 The Buyer shall provide servers, network access and its staff's cooperation on time. A delay caused by the Buyer extends the dates accordingly.
H:Article 6 Acceptance
P:6.1 The Supplier shall give notice when the system is ready for acceptance testing. The Buyer shall test the system against the criteria in Annex 3 within 20 working days.
P:6.2 The acceptance criteria include: all functions of Annex 1 demonstrated; heat demand forecast error within the value set in Annex 3 over a test period of 30 days; supply temperature recommendations implemented in at least 20 substations without alarms; all interfaces exchanging data without loss during 14 consecutive days; historical data migrated and reconciled record by record.
P:6.3 If the tests are passed, the Buyer issues the Final Acceptance certificate. If they are not passed, the Supplier shall correct the defects within 15 days and the tests are repeated. Use of the system by the Buyer, go-live or payment is not acceptance.
H:Article 7 Warranty
P:7.1 The Supplier warrants that the Software and the Custom Deliverables will conform to Annex 1 for 18 months after Final Acceptance. During this warranty period the Supplier shall correct defects free of charge and supply all new versions and updates.
P:7.2 The Supplier warrants that the Software does not contain viruses, time locks or hidden functions, and that the Software does not infringe third-party rights.
H:Article 8 Support after Warranty
P:8.1 After the warranty period, the Buyer may order annual support. The annual support fee is 11% of the Licence Fee, i.e. CNY 129,800 per year, and shall not be increased for the first three years after the warranty period.
P:8.2 Support is ordered each year by a separate written order of the Buyer. There is no automatic renewal.
P:8.3 Annual support includes the service levels of Article 9, updates and new versions, and one health check visit per year.
H:Article 9 Service Levels
P:9.1 Severity 1 means that the optimisation or forecasting function is unavailable or produces clearly wrong control recommendations. Severity 2 means that a function is impaired but a workaround exists. Severity 3 means other defects and questions.
P:9.2 The Supplier shall respond to a Severity 1 incident within 1 hour, day and night during the heating season, and restore the function within 8 hours. Severity 2 incidents: response within 2 hours and a workaround within two working days. Severity 3: response within one working day.
P:9.3 For each full hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay CNY 1,500, deducted from the next payment or support fee.
H:Article 10 Intellectual Property
P:10.1 The Software remains the property of the Supplier and its licensors. The licence in Article 2.1 survives any termination after the Licence Fee has been paid.
P:10.2 All rights in the Custom Deliverables belong to the Buyer from their creation. The Supplier shall deliver the source code and documentation of the interfaces at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely, also through third parties.
H:Article 11 Buyer Data and Security
P:11.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Agreement and shall not keep copies after the work is done.
P:11.2 The system is installed on the Buyer's servers in China. Remote access by the Supplier requires the Buyer's approval for each session through the Buyer's VPN with multi-factor authentication, and all sessions are logged. Buyer Data shall not be transferred out of the People's Republic of China.
P:11.3 The Supplier shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China. The Supplier shall notify the Buyer of any security incident affecting Buyer Data within 12 hours and is liable for all losses caused by its breach of this Article.
H:Article 12 Confidentiality
P:12.1 Each party shall keep confidential all non-public information received from the other party, including network data, prices and technical documents, and use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 13 Liability
P:13.1 The total liability of each party under this Agreement is limited to 150% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, gross negligence or breach of Articles 11 and 12.
P:13.2 Neither party is liable for loss of profit or indirect loss, except in the cases excluded from the limit.
H:Article 14 Subcontracting
P:14.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for the work of its subcontractors.
H:Article 15 Termination
P:15.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within 30 days after notice, or if the delay under Article 5.2 exceeds 60 days.
P:15.2 On termination the Supplier shall return the payments received for work not accepted and hand over all work completed and all Buyer Data.
H:Article 16 Force Majeure
P:16.1 A party affected by force majeure shall notify the other party promptly and is excused for the time the event lasts. If it lasts longer than 90 days, either party may terminate this Agreement.
H:Article 17 Governing Law and Disputes
P:17.1 This Agreement is governed by the laws of Finland, without regard to its conflict of laws rules.
P:17.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the Arbitration Rules of the Finland Chamber of Commerce. The seat of arbitration is Helsinki and the language is English.
H:Article 18 General
P:18.1 This Agreement is made in English and Chinese, in two copies each. Both versions have equal force.
P:18.2 Annexes: Annex 1 Technical Specification; Annex 2 Project Plan; Annex 3 Acceptance Test Plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS - YARDLOG TIMBER PLATFORM

Order Form No. PTS-CN-2025-0117

## PART A - ORDER FORM

### A1 Parties

**Vendor:** Pielinen Timber Systems Oy, a company registered in Finland, with its office in Joensuu, Finland ("Vendor").

**Customer:** Linyi Huamu Wood Panel Co., Ltd., a company registered in Linyi, Shandong Province, People's Republic of China ("Customer").

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Vendor and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2 Subscription and Term

Customer subscribes to the YardLog Timber Platform, a software-as-a-service platform for log purchasing, log yard inventory, scaling and supplier settlement, for Customer's two plants in Linyi and Pizhou. The Subscription Term is 24 months, starting on the Go-Live Date defined in A5. The Subscription Term ends at the end of the 24th month. Any further term requires a new Order Form signed by both parties; the Agreement does not renew automatically.

### A3 Fees

| Item | Basis | Annual fee (CNY) | Fee for the Subscription Term (CNY) |
|---|---|---|---|
| Log Yard Inventory module | 2 plants | 142,000 | 284,000 |
| Timber Purchasing and Settlement module | 60 named users | 118,000 | 236,000 |
| Mobile Scaling app | 45 devices | 58,000 | 116,000 |
| Subscription subtotal | | 318,000 | 636,000 |
| Onboarding (one-time) | fixed price | | 84,000 |
| Total Fees | | | 720,000 |

All fees are in CNY and include value-added tax. Fees are fixed for the Subscription Term.

### A4 Invoicing and Payment

1. Subscription fees are invoiced quarterly in advance, in eight equal instalments of CNY 79,500, the first on the Go-Live Date.
2. The onboarding fee is invoiced after Customer has signed the Go-Live acceptance under A5.
3. Customer pays each correct invoice within 30 days of receipt by bank transfer in CNY. No other advance payment is due.

### A5 Onboarding and Go-Live

1. Vendor shall configure the platform for both plants, import Customer's supplier master data, species and grade tables and opening log inventory, connect the platform to Customer's two truck scales and to Customer's ERP system for purchase invoices, and train Customer's yard staff and purchasers.
2. Vendor shall make the platform ready for acceptance within 70 days after signature of this Order Form.
3. Customer shall test the platform against the acceptance criteria in Annex A within 10 working days. The criteria are: all functions listed in Annex A work for both plants; imported master data and opening inventory reconcile with Customer's records line by line; weighing tickets from both truck scales arrive in the platform without loss during 10 consecutive working days; supplier settlements calculated by the platform match Customer's manual calculation for a sample of 200 deliveries; purchase invoices are transferred to the ERP system correctly.
4. When the criteria are met, Customer signs a Go-Live acceptance; the date of signature is the Go-Live Date. Use of the platform during testing is not acceptance.
5. If Vendor does not make the platform ready for acceptance on time for reasons attributable to Vendor, Vendor shall pay Customer CNY 500 for each day of delay, up to CNY 36,000 in total.

### A6 Service Levels

1. Vendor shall make the platform available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least three days in advance and performed between 22:00 and 05:00 China Standard Time.
2. Priority 1 incidents (the platform or a truck scale interface is unavailable for a plant) shall be responded to within 1 hour and resolved within 8 hours. Priority 2 incidents shall be responded to within 3 hours and resolved within two working days. Priority 3 requests shall be answered within two working days.
3. Vendor reports availability and incident times to Customer each month.
4. The service levels in this A6 are not subject to service credits, fee reductions or other compensation.

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data entered into or generated in the platform by or for Customer, including supplier, purchasing, weighing, inventory and settlement data.

1.2 "Platform" means the YardLog Timber Platform and its documentation, as updated by Vendor from time to time.

1.3 "Customer Configurations" means the reports, templates, grade tables, workflow and interface settings made specifically for Customer.

### 2. Use of the Platform

2.1 Vendor grants Customer and its plants a non-exclusive right to use the Platform during the Subscription Term for Customer's internal business.

2.2 Customer is responsible for its user accounts and shall not resell the Platform or use it to build a competing product.

2.3 Vendor may update the Platform from time to time, provided that the functions ordered in this Order Form are not reduced.

2.4 Vendor provides a test environment for Customer's key users during the Subscription Term at no extra charge.

### 3. Hosting

3.1 The Platform for Customer is hosted in a data centre in mainland China operated by a cloud provider selected by Vendor. Customer Data is stored and processed in mainland China only.

### 4. Customer Data and Security

4.1 Customer Data belongs to Customer. Vendor uses Customer Data only to provide the Platform and the services to Customer and for no other purpose.

4.2 Vendor shall maintain an information security programme certified to ISO 27001, encrypt Customer Data in transit and at rest, restrict access to named personnel with multi-factor authentication, log all administrative access and keep daily backups for 30 days.

4.3 Vendor shall notify Customer of any security incident affecting Customer Data within 12 hours of becoming aware of it, cooperate with Customer's investigation and any notice to authorities, and is liable for losses caused by its breach of this Section 4, subject to Section 9.

4.4 Within 30 days after the end of the Agreement, Vendor shall return all Customer Data in a common machine-readable format and then delete it.

### 5. Confidentiality

5.1 Each party shall keep the other party's confidential information secret, use it only for the Agreement and disclose it only to its personnel and advisers who need to know it and are bound by confidentiality duties. This obligation continues for three years after the end of the Agreement.

### 6. Intellectual Property

6.1 Vendor and its licensors own the Platform. Nothing in the Agreement transfers ownership of the Platform to Customer.

6.2 Customer Configurations belong to Customer. Vendor shall export them on request, and Customer may use, modify and let third parties use them without restriction.

### 7. Subcontractors and Sub-processors

7.1 Vendor may use subcontractors and sub-processors, including the cloud provider referred to in Section 3, to perform the Agreement. Vendor will inform Customer in writing of any new subcontractor or sub-processor at least 15 days before it starts work. Vendor remains responsible for their performance.

### 8. Warranties

8.1 Vendor warrants that the Platform will perform materially in accordance with its documentation and Annex A and that the onboarding services will be performed with professional care.

8.2 Vendor warrants that the Platform does not infringe third-party rights and will defend Customer against any claim of infringement.

8.3 If the Platform does not conform, Vendor shall correct the non-conformity without charge within a reasonable time. Customer may report non-conformities through the support portal or by telephone at any time.

### 9. Limitation of Liability

9.1 Vendor's total liability arising out of or in connection with the Agreement shall not exceed the fees paid by Customer in the six months before the event giving rise to the claim.

9.2 Neither party is liable for indirect or consequential loss or loss of profits. The limits in this Section 9 do not apply to personal injury or wilful misconduct.

### 10. Term and Termination

10.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

10.2 On termination by Customer for Vendor's breach, Vendor refunds the prepaid fees for the period after termination.

10.3 Sections 4, 5, 6 and 9 survive termination.

### 11. Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The arbitration is conducted in English and Chinese.

### 12. General

12.1 Notices shall be in writing and sent to the addresses in A1.

12.2 The Agreement is the entire agreement between the parties on its subject and may be changed only in writing signed by both parties.

12.4 Each party complies with applicable anti-bribery and export control laws in performing the Agreement. Neither party offers or accepts any improper payment.

12.3 Neither party may assign the Agreement without the other party's written consent.

**Annex A:** Functional scope and acceptance criteria.

Signed for Vendor: ____________________    Signed for Customer: ____________________
"""

E03 = """T:SUPPLY AND LICENCE CONTRACT - VIBRATION SENSORS AND CONDITION MONITORING SYSTEM
P:Contract No. HXPP-EQ-2025-052
P:Buyer: Huaxin Pulp and Paper (Rizhao) Co., Ltd., Rizhao, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Saimaa Condition Sensors Oy, a company registered in Finland, with its office in Lappeenranta, Finland (the "Supplier").
P:This Contract is made on the Buyer's standard terms for the supply of equipment and software. The Buyer wishes to monitor the condition of the rotating equipment of its pulp line and paper machine, and the Supplier has offered wireless vibration sensors, gateways, an edge server and its condition monitoring software.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, edge server and accessories listed in clause 2.
P:1.2 "Software" means the Supplier's SaimaaWatch condition monitoring software, licensed under this Contract, and its updates.
P:1.3 "System" means the Equipment and the Software installed and configured at the Buyer's mill.
P:1.4 "Final Acceptance" means the signature by the Buyer of the final acceptance certificate under clause 6.
H:2. Scope and Contract Price
P:2.1 The Supplier shall supply, install, configure and commission the System, set up the analytics models for the monitored machines, and train the Buyer's maintenance staff.
P:2.2 The Contract Price is CNY 1,892,000, inclusive of taxes, delivery to the mill, insurance and all services, as follows:
TB:No.|Item|Quantity|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensors|240|864,000
TB:2|Gateways with industrial enclosures|18|225,000
TB:3|Edge server with storage|1|96,000
TB:4|SaimaaWatch software, perpetual licence, unlimited users|1|420,000
TB: |Hardware and Licence Subtotal| |1,605,000
TB:5|Installation and commissioning|1 lot|148,000
TB:6|Analytics model configuration for 310 machines|1 lot|112,000
TB:7|Training|1 lot|27,000
TB: |Contract Price| |1,892,000
P:2.3 The Contract Price is fixed. No other charge is payable for the scope of this Contract, including services during the warranty period.
H:3. Payment
P:3.1 10% of the Contract Price is payable within 20 days after signature, against an advance payment guarantee issued by a bank in China for the same amount.
P:3.2 55% of the Contract Price is payable after delivery and installation of all Equipment, confirmed by an installation certificate. The installation certificate is not acceptance of the System.
P:3.3 35% of the Contract Price is payable within 30 days after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the mill within 75 days after signature and complete installation within 30 days after delivery. Installation on running machines shall follow the Buyer's safety rules and permit-to-work system.
P:4.2 Sensors and gateways shall have the protection class and explosion protection required by Annex 1 for their locations.
P:4.3 Title to the Equipment passes to the Buyer on delivery. Risk passes on installation.
P:4.4 With each delivery the Supplier shall provide packing lists, certificates of origin and conformity, calibration certificates for each sensor and the installation manual. Before installation the Supplier shall submit a mounting plan for each machine for the Buyer's approval.
P:4.5 The Supplier's staff at the mill shall follow the Buyer's rules on safety, lock-out and hot work, wear the protective equipment required and attend the Buyer's safety induction before starting work.
H:5. Delay
P:5.1 If the Supplier fails to meet a date in clause 4.1 or the date for readiness for acceptance tests in Annex 2 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:5.2 If the delay exceeds 45 days, the Buyer may terminate this Contract under clause 15 in addition to claiming liquidated damages.
H:6. Acceptance
P:6.1 After commissioning, the System shall run for a trial period of 45 days. The Buyer shall then carry out the acceptance tests in Annex 3.
P:6.2 The acceptance criteria are: all 240 sensors online and transmitting at the configured interval; data loss between sensors and the Software below the value in Annex 3; alarms raised for all simulated faults on the test rig; vibration readings within the tolerance of Annex 3 compared with the Buyer's calibrated portable analyser on 20 selected machines; reports and interface to the Buyer's maintenance system working.
P:6.3 When the criteria are met, the Buyer signs the final acceptance certificate. Delivery, installation, commissioning, use of the System during the trial period and payment do not constitute acceptance.
H:7. Warranty
P:7.1 The warranty period is 24 months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge, including batteries that fail before the end of their stated life, and correct defects in the Software and supply updates.
P:7.2 Replaced Equipment carries a new warranty of 6 months or the rest of the original warranty period, whichever is longer.
P:7.3 The warranty does not cover damage caused by the Buyer's misuse, by mechanical damage during the Buyer's maintenance work or by causes outside the Supplier's control. The Supplier shall nevertheless repair such damage at the prices in Annex 4 if the Buyer so requests.
H:8. Support after Warranty
P:8.1 After the warranty period, the Supplier shall offer annual support for the System at 8.5% of the Hardware and Licence Subtotal, i.e. CNY 136,425 per year. This fee is fixed for three years after the warranty period.
P:8.2 Support is ordered by the Buyer year by year with a separate purchase order. There is no automatic renewal.
H:9. Service Levels
P:9.1 Severity levels:
TB:Severity|Definition|Response|Restoration
TB:Severity 1|The Software or a gateway is down and machines are not monitored|1 hour|8 hours
TB:Severity 2|Part of the sensors or a function does not work|2 hours|2 working days
TB:Severity 3|Other faults and questions|1 working day|next update
P:9.2 Response means a qualified engineer working on the incident remotely. If remote restoration is not possible, an engineer of the Supplier's service partner in Qingdao shall be on site within 48 hours.
P:9.3 For each full hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay CNY 1,000, deducted from the next payment.
H:10. Intellectual Property
P:10.1 The Software remains the property of the Supplier. The Supplier grants the Buyer a perpetual, irrevocable licence to use the Software at the mill.
P:10.2 The analytics models, machine configurations, reports and interface programs made for the Buyer belong to the Buyer, and the Buyer may use, modify and license them freely.
H:11. Data and Security
P:11.1 All measurement data, machine data and reports are the Buyer's property. The Supplier may use them only to perform this Contract and shall not copy or keep them.
P:11.2 The System runs on the Buyer's network. Remote access by the Supplier needs the Buyer's approval for each session, uses the Buyer's secure gateway and is recorded. Data shall not leave China.
P:11.3 The Supplier shall report any security incident within 12 hours and compensate the Buyer for all losses caused by its breach of this clause.
H:12. Confidentiality
P:12.1 The Supplier shall keep confidential the Buyer's technical and business information, including machine data and production figures, and shall not disclose it to third parties without the Buyer's written consent, during this Contract and three years after it ends.
H:13. Liability
P:13.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 11 and 12, which are unlimited.
H:14. Subcontracting
P:14.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Qingdao service partner named in Annex 4 is approved by signature of this Contract.
H:15. Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or in the case of clause 5.2.
P:15.2 On termination, the Supplier shall refund the amounts paid for parts of the System not accepted and the Buyer may return the Equipment concerned.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:17. General
P:17.1 Annexes: Annex 1 Technical Specification; Annex 2 Time Schedule; Annex 3 Acceptance Tests; Annex 4 Service Partner.
P:17.2 This Contract is made in English and Chinese. In case of inconsistency the Chinese version prevails.
P:17.3 Notices shall be in writing and delivered by hand, courier or e-mail to the addresses given by the parties for this Contract. Changes to this Contract are valid only in writing signed by both parties.
P:17.4 The Supplier shall comply with the Buyer's supplier code of conduct, including its rules on anti-bribery and environmental protection, and shall inform the Buyer of any change of control of the Supplier.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED SERVICES AGREEMENT - PLM AND ENGINEERING DOCUMENT PLATFORM

Agreement No. SZHM-MSA-2025-09

**Customer:** Suzhou Hengma Machinery Co., Ltd., Suzhou, Jiangsu Province, People's Republic of China ("Customer").

**Supplier:** Naisvuori Digital Operations Oy, a company registered in Finland, with its office in Mikkeli, Finland ("Supplier").

Customer uses a product lifecycle management (PLM) system and an engineering document platform for its design offices in Suzhou and Wuxi. Customer wishes Supplier to operate, monitor and support these systems for 36 months. The parties agree as follows.

## Section 1 Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2.

1.3 "Service Commencement Date" means the date on which Customer confirms in writing that transition is complete under Section 4.

1.4 "Customer Data" means all data held in the managed systems, including drawings, models, bills of materials, change records and user data.

## Section 2 Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date.

2.2 The parties may agree in writing to extend the Services. Without such agreement, the Services end at the end of the 36th month.

## Section 3 Charges and Payment

3.1 The charges are set out in Schedule 1. The monthly service charge is fixed for the term.

3.2 The monthly service charge is invoiced monthly in arrears. The transition fee is invoiced after Customer's written confirmation under Section 4.3.

3.3 Customer pays correct invoices within 30 days. No advance payment is due under this Agreement.

3.4 All charges are in CNY and include value-added tax.

## Section 4 Transition

4.1 Supplier shall take over the operation of the systems from Customer's current provider within 60 days after signature. Transition includes documentation of the systems, set-up of monitoring and the service desk, knowledge transfer from the current provider and a parallel period of 10 working days.

4.2 Transition is complete when: all systems in Schedule 1 are monitored by Supplier; the runbooks for all routine tasks are approved by Customer; Supplier has handled service desk tickets during the parallel period without open Priority 1 incidents; and the restore test of the full PLM database has succeeded.

4.3 Customer confirms completion in writing within 5 working days after Supplier's notice, or lists the criteria not met. Supplier then completes the missing items and gives a new notice.

4.4 If transition is late, Supplier shall add resources at its own cost and submit a recovery plan. Customer may also terminate under Section 11 if transition is not complete within 120 days after signature.

## Section 5 Service Levels

5.1 Supplier shall perform the Services so as to meet the Service Levels in Schedule 2.

5.2 Supplier reports its performance against the Service Levels each month. The parties review the report in a monthly service meeting.

5.3 If a Service Level is missed in two consecutive months, Supplier shall prepare a remediation plan and implement it at its own cost. The Service Levels are not linked to service credits or other deductions from the charges.

## Section 6 Personnel

6.1 Supplier shall name a service manager who is Customer's main contact, speaks Chinese and English, and attends the monthly service meeting.

6.2 Service desk staff serving Customer's users shall speak Chinese. Supplier shall not replace the service manager without Customer's consent, which Customer shall not refuse without reason.

6.3 Supplier's personnel who work at Customer's sites shall follow Customer's site rules. Supplier is responsible for the employment, salaries, insurance and taxes of its personnel.

## Section 7 Customer Data

7.1 Customer Data belongs to Customer. Supplier may use Customer Data only to perform the Services.

7.2 At the end of the Agreement, Supplier hands over all Customer Data, system documentation and credentials to Customer or its new provider.

## Section 8 Confidentiality

8.1 Each party shall keep confidential the other party's information that is marked confidential or is confidential by its nature, including Customer's drawings and product information, and shall use it only for this Agreement. This obligation continues for three years after the end of the Agreement.

## Section 9 Intellectual Property

9.1 Runbooks, scripts, monitoring configurations, reports and documentation created by Supplier for Customer belong to Customer, which may use and modify them freely and give them to a new provider.

9.2 Supplier's own tools used to deliver the Services remain Supplier's property.

## Section 9A Changes and Continuous Improvement

9A.1 Customer may request changes to the Services. Supplier shall respond within 10 working days with an impact assessment and, where the change exceeds the monthly allowance in Schedule 1, a price at the rate in Schedule 3. No change takes effect until both parties sign it.

9A.2 Supplier shall propose at least two improvements per year that reduce incidents or manual work, and present them at the quarterly review.

9A.3 Supplier shall keep the runbooks and the configuration records of the managed systems up to date and give Customer access to them at all times.

9A.4 Supplier shall carry out an annual review of the capacity of the managed systems and recommend hardware or licence changes in time for Customer's budget planning, without any obligation for Customer to buy from Supplier.

9A.5 Supplier shall take part in Customer's annual disaster recovery exercise for the PLM system and correct any weakness found in the runbooks within one month.

## Section 10 Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total charges for the term as set out in Schedule 1.

10.2 Neither party is liable for indirect loss or loss of profits, except for wilful misconduct.

## Section 11 Termination

11.1 Customer may terminate this Agreement by written notice if Supplier commits a material breach and does not remedy it within 30 days after notice, or in the case of Section 4.4.

11.2 Customer may also terminate for convenience after the first 18 months of Services by giving 90 days' notice, without any termination charge.

11.3 On termination or expiry, Supplier shall provide exit assistance for up to 60 days at the monthly rate pro rata.

## Section 12 Subcontracting

12.1 Supplier shall not subcontract the Services or any part of them without Customer's prior written consent.

## Section 13 Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing.

## Section 14 General

14.1 Changes to this Agreement must be in writing and signed by both parties.

14.2 The Schedules form part of this Agreement.

14.3 Neither party may assign this Agreement without the other party's written consent. Notices shall be given in writing to the contacts in Schedule 3.

## Schedule 1 - Services and Charges

| Service | Scope | Charge (CNY) |
|---|---|---|
| Service desk | Chinese and English, Monday to Saturday 08:00 to 20:00, on-call at other times for Priority 1 | included in monthly charge |
| System operations | PLM application servers, document platform, databases, file vaults, licence server | included in monthly charge |
| Monitoring | Availability, performance, backup and certificate monitoring, around the clock | included in monthly charge |
| Changes | Up to 40 hours of minor changes per month; more at the rate in Schedule 3 | included in monthly charge |
| Monthly service charge | per month, 36 months | 68,000 |
| Total monthly charges | 36 x 68,000 | 2,448,000 |
| Transition fee | one-time | 126,000 |
| Total charges for the term | | 2,574,000 |

## Schedule 2 - Service Levels

| Item | Definition | Target |
|---|---|---|
| Priority 1 response | PLM or document platform down for a site | 30 minutes |
| Priority 1 resolution | | 6 hours |
| Priority 2 response | Major function impaired for many users | 2 hours |
| Priority 2 resolution | | 2 working days |
| Priority 3 response | Single user or minor issue | 1 working day |
| Backup success | Daily backups completed and verified | every day |
| Restore test | Full restore of the PLM database to a test system | each quarter |
| Service desk answer | Calls answered within 60 seconds | 90% of calls in a month |

## Schedule 3 - Governance and Rates

| Item | Details |
|---|---|
| Monthly service meeting | Service report, incidents, changes, risks; minutes by Supplier |
| Quarterly review | Service improvement, roadmap of the systems, satisfaction survey |
| Additional work rate | CNY 1,150 per hour for changes beyond the monthly allowance, by Customer's written order |
| Contacts | Service manager and deputy named by Supplier; IT manager named by Customer |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT - WIND FARM WEATHER AND ICING FORECAST API

Agreement No. KWD-CN-2025-006

PARTIES

1. Kainuu Weather Data Oy, a company registered in Finland, with its office in Kajaani, Finland ("Provider").
2. Heilongjiang Beifeng New Energy Co., Ltd., Harbin, Heilongjiang Province, People's Republic of China ("Customer").

BACKGROUND

Customer operates nine wind farms in north-east China, several of which suffer from blade icing in winter, which causes production losses and safety risks for maintenance staff and for people near the turbines. Customer wants to plan de-icing, shutdowns and maintenance visits on the basis of reliable forecasts and to improve its production forecasts for the grid. Provider produces site-specific weather and icing forecasts and historical weather data and delivers them through an application programming interface (the "API"). Customer wishes to subscribe to these data for two Subscription Years.

1. DEFINITIONS

1.1 "Data" means the forecasts, nowcasts, historical weather series and icing indices delivered by Provider through the API.
1.2 "Subscription Year" means each of the two consecutive years of the subscription, the first starting on the Start Date.
1.3 "Start Date" means the date on which Customer confirms in writing that the integration under clause 4 is complete.
1.4 "Customer Site Data" means turbine locations, hub heights, SCADA measurements, production data and icing observations supplied by Customer.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right to access the Data through the API for the nine wind farms listed in Annex 1 during the two Subscription Years, and to use the Data for Customer's own operation, maintenance planning and power trading.
2.2 The subscription includes: hourly forecasts for ten days ahead for each turbine position; icing probability and production loss forecasts; a historical series of twenty years for each wind farm, delivered once; and up to 2,000,000 API calls per month.
2.3 Customer shall not resell the Data or make it available to third parties, except to its grid dispatch centre and its contractors working for Customer.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 286,000 for each Subscription Year, CNY 572,000 for the two Subscription Years.
3.2 The one-time integration and site calibration fee is CNY 38,000.
3.3 The total fees under this Agreement are CNY 610,000, including value-added tax. API calls above the monthly allowance are charged at CNY 0.02 per call and are invoiced monthly in arrears.
3.4 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days. The integration fee is invoiced after the Start Date and is payable within 30 days.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall within 45 days after signature: calibrate its forecast models for each turbine position using Customer Site Data of the previous winter; deliver API credentials and documentation; deliver the historical series; and support Customer's IT staff in connecting the API to Customer's wind farm monitoring system.
4.2 Customer tests the integration within 10 working days. The criteria are: forecasts for all turbine positions are delivered through the API in the agreed format for 14 consecutive days; the historical series is complete for all wind farms; the icing forecasts for the test period are produced; and the forecast error for the test period is within the value in Annex 2.
4.3 When the criteria are met, Customer confirms completion in writing. If they are not met, Provider corrects the deficiencies and Customer tests again.
4.4 If Provider does not complete the integration within the period in clause 4.1 for reasons attributable to it, Provider shall pay Customer CNY 400 for each day of delay, up to CNY 20,000.

5. SERVICE AND SUPPORT

5.1 Provider will use commercially reasonable efforts to keep the API available and to deliver forecasts on time.
5.2 Customer may report problems by e-mail or through Provider's support portal. Provider will handle support requests during Finnish business hours and will try to resolve them promptly.
5.3 Provider may carry out maintenance of the API and will try to announce maintenance in advance.
5.4 Provider will provide Customer with a technical contact person for the integration and will answer questions on the interpretation of the icing indices during the first winter season.
5.5 Provider will send Customer a short quarterly report on forecast quality for each wind farm, compared with Customer's SCADA measurements where Customer supplies them.
5.6 Provider will train up to ten of Customer's operators in the use of the forecasts and icing indices by video conference at the start of each winter season.
5.7 Customer shall report suspected errors in the Data promptly, giving the wind farm, the time and a description, so that Provider can investigate them.
5.8 Provider will keep a log of support requests and of the time taken to answer them and will share it with Customer on request.

6. UPDATES TO THE DATA

6.1 Provider may improve its models and the API from time to time. Provider shall give Customer at least 60 days' notice of any change to the API that is not backward compatible and keep the previous version running during that period.
6.2 Provider shall keep the documentation of the API up to date and shall inform Customer of new data products. New data products are not included in the subscription unless the parties agree in writing.

7. CUSTOMER SITE DATA AND SECURITY

7.1 Customer Site Data belongs to Customer. Provider uses Customer Site Data only to calibrate and produce the forecasts for Customer and for no other purpose.
7.2 Provider shall store Customer Site Data on servers located in mainland China operated by Provider's Chinese hosting partner approved under clause 11, encrypt it in transit and at rest, restrict access to named personnel and log all access.
7.3 Provider shall notify Customer of any security incident affecting Customer Site Data within 12 hours, take remedial steps and compensate Customer for losses caused by its breach of this clause 7.
7.4 At the end of this Agreement, Provider shall delete Customer Site Data and confirm the deletion in writing.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including Customer Site Data, production figures and Provider's model documentation, and use it only for this Agreement, during the term and three years after it.
8.2 Either party may disclose confidential information where required by law or by a competent authority, after informing the other party where the law allows it.

9. INTELLECTUAL PROPERTY

9.1 Provider owns the Data, its models and the API. Customer's rights to the Data are those in clause 2.
9.2 The site calibration parameters and the reports produced specifically for Customer belong to Customer, which may use and modify them freely, also after this Agreement ends.
9.3 Forecasts and historical series downloaded during the term may be kept and used by Customer for its internal purposes after the term.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 200% of the total fees in clause 3.3, except for wilful misconduct and breach of clauses 7 and 8.
10.2 Provider does not guarantee the accuracy of forecasts. Neither party is liable for indirect loss or loss of profits.

11. SUBCONTRACTING

11.1 Provider shall not subcontract any part of its obligations without Customer's prior written consent. Customer approves Provider's Chinese hosting partner named in Annex 3 by signing this Agreement.

12. TERM, RENEWAL AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year.
12.2 The parties may renew the subscription by written agreement. There is no automatic renewal.
12.3 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. If Customer terminates for Provider's breach, Provider refunds the subscription fee paid for the rest of the Subscription Year.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

14. GENERAL

14.1 This Agreement is made in English. Notices shall be sent by e-mail and registered letter to the addresses in the Parties section.
14.2 Neither party may assign this Agreement without the other party's prior written consent.
14.3 Each party shall comply with applicable export control, sanctions and anti-bribery laws in performing this Agreement.
14.4 Provider shall inform Customer without delay of any change in its ownership or of any event that could materially affect its ability to deliver the Data during the Subscription Years.
14.5 This Agreement is the entire agreement of the parties on its subject and may be changed only in writing signed by both parties.
14.6 Annexes: Annex 1 Wind farms and turbine positions; Annex 2 Forecast quality measures; Annex 3 Hosting partner.

Signed for Provider: ____________________    Signed for Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Design: file, language, category, terms, extra, fee base for TCO (None for services), expected rules (my list).
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def d(stem, ext, lang, cat, vals, extra, base, rules):
    terms = dict(zip(KEYS, vals))
    assert len(vals) == len(KEYS)
    return {"stem": stem, "ext": ext, "lang": lang, "cat": cat, "terms": terms, "extra": extra, "base": base,
            "rules": sorted(rules)}


G, S = "goods_or_licence", "service"
DESIGN = {
    "h672z01": d("h672z01_geopark_visitor_heritage_monitoring_platform", "pdf", "zh", "software",
                 [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True, False,
                  "PRC", G],
                 {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
                  "acceptance_deemed_on_delivery": False, "contract_value": 1354000}, 680000, []),
    "h672z02": d("h672z02_infusion_set_line_control_retrofit", "docx", "zh", "hardware",
                 [None, 0.5, True, "buyer", True, True, True, 0.02, None, 20, True, True, 18, 26, False, True, False,
                  "PRC", G],
                 {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
                  "acceptance_deemed_on_delivery": False, "contract_value": 1534000}, 1380000,
                 ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h672z03": d("h672z03_hair_salon_chain_booking_membership_saas", "txt", "zh", "cloud",
                 [99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True,
                  False, "PRC", S],
                 {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False,
                  "contract_value": 660000}, None,
                 ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h672z04": d("h672z04_lightning_protection_inspection_system_om", "txt", "zh", "services",
                 [None, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, False,
                  False, "PRC", S],
                 {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False,
                  "contract_value": 480000}, None,
                 ["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "h672z05": d("h672z05_hearing_aid_fitting_test_traceability_supplier_template", "md", "zh", "software",
                 [None, 8, False, "supplier", True, True, True, 0.03, 20, 65, False, False, 6, None, False, True, None,
                  "PRC", G],
                 {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": False,
                  "acceptance_deemed_on_delivery": True, "contract_value": 960000}, 520000,
                 ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                  "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h672e01": d("h672e01_district_heating_optimisation_licence_kuopio", "pdf", "en", "software",
                 [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False,
                  "Finland", G],
                 {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
                  "acceptance_deemed_on_delivery": False, "contract_value": 1916000}, 1180000,
                 ["CR-GOVERNING-LAW"]),
    "h672e02": d("h672e02_timber_yard_saas_order_form_joensuu", "md", "en", "cloud",
                 [99.95, 1, False, "buyer", True, True, True, 500 / 720000 * 100, 6 / 24 * 100, None, True, None,
                  None, None, False, True, True, "PRC", S],
                 {"sla_clause": True, "ld_stated": True, "acceptance_deemed_on_delivery": False,
                  "contract_value": 720000}, None,
                 ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"]),
    "h672e03": d("h672e03_vibration_sensors_condition_monitoring_lappeenranta", "docx", "en", "hardware",
                 [None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 8.5, False, True, False,
                  "PRC", G],
                 {"sla_clause": True, "ld_stated": True, "post_warranty_fee_capped": True,
                  "acceptance_deemed_on_delivery": False, "contract_value": 1892000}, 1605000, []),
    "h672e04": d("h672e04_plm_managed_services_36_months_mikkeli", "md", "en", "services",
                 [None, 0.5, False, "buyer", False, True, True, None, 150, None, True, None, None, None, False, True,
                  False, "PRC", S],
                 {"sla_clause": True, "ld_stated": False, "acceptance_deemed_on_delivery": False,
                  "contract_value": 2574000}, None,
                 ["CR-DATA-SECURITY", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"]),
    "h672e05": d("h672e05_wind_icing_forecast_api_subscription_kajaani", "txt", "en", "cloud",
                 [None, None, False, "buyer", True, True, True, 400 / 610000 * 100, 200, None, True, None, None, None,
                  False, True, False, "PRC", S],
                 {"sla_clause": False, "ld_stated": True, "acceptance_deemed_on_delivery": False,
                  "contract_value": 610000}, None,
                 ["CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
SOURCES = {"h672z01": Z01, "h672z02": Z02, "h672z03": Z03, "h672z04": Z04, "h672z05": Z05,
           "h672e01": E01, "h672e02": E02, "h672e03": E03, "h672e04": E04, "h672e05": E05}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
# policy thresholds (defaults of §3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(ds):
    t, e = ds["terms"], ds["extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not e.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * ds["base"]
    return fees / (e["contract_value"] + fees) * 100


def derive(ds):
    """My reading of policy §3 applied to the labels."""
    t, e, r = ds["terms"], ds["extra"], set()
    goods = t["contract_kind"] == G
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or e["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(ds)
        if sh is not None and sh > TCO_SHARE_TH:
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


# Threshold figures that no text may state (raw, whitespace-collapsed and whitespace-free).
NB = r"(?<![\d.,])"
PATTERNS = [
    NB + r"99\.9(?!\d)", NB + r"4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|-hour)", r"\bfour[\s-]*hours?\b", "四个?小时",
    NB + r"0?\.05\s*(?:%|％|per\s*cent|percent)", "万分之五", "千分之零点五", NB + r"0\.5\s*‰",
    NB + r"(?:100|30|15|40)\s*(?:%|％|per\s*cent|percent)", "百分之(?:百|一百|三十|十五|四十)(?!分)",
    r"\b(?:one\s*hundred|thirty|fifteen|forty)\s*(?:per\s*cent|percent)",
    NB + r"12\s*(?:个)?\s*月", NB + r"12[\s-]*months?", r"\btwelve[\s-]*months?\b", "十二个月", "一年质保|质保期为一年",
    NB + r"5\s*(?:年|years?\b)", r"\bfive[\s-]*years?\b", "五年",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "4 hours", "within 4hours", "four hours", "4-hour", "四小时",
            "0.05%", ".05 %", "万分之五", "0.05 per cent", "100%", "30 %", "15%", "40％", "百分之三十", "thirty per cent",
            "12个月", "12 个 月", "12 months", "12-month", "twelve months", "十二个月", "5年", "5 years", "five years",
            "五年", "百分之十五", "forty percent"]
MUST_MISS = ["99.95%", "99.98", "24小时", "24 hours", "14 hours", "0.5%", "0.08%", "130%", "115%", "1.30%", "2,100%",
             "2025年", "25 years", "120,000", "12 hours", "112 months", "百分之十", "35%", "45%", "20%", "65%"]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            out += [m.group(0) for m in rx.finditer(variant)]
    return out


def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            parts += [" ".join(c.text for c in row.cells) for row in tb.rows]
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def label(ds):
    extra = dict(ds["extra"])
    if ds["terms"]["contract_kind"] != G:
        extra.pop("post_warranty_fee_capped", None)
    lab = {"file": ds["stem"] + "." + ds["ext"], "language": ds["lang"], "category": ds["cat"],
           "expected_terms": ds["terms"], "expected_extra": extra, "expected_rules": ds["rules"]}
    return json.dumps(lab, ensure_ascii=False, indent=1)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert hits(s), ("regex misses", s)
    for s in MUST_MISS:
        assert not hits(s), ("regex hits", s, hits(s))
    targets = {}
    for key, ds in DESIGN.items():
        name = ds["stem"] + "." + ds["ext"]
        if ds["ext"] in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)
        else:
            targets[key] = (name, ds["ext"])
    write(SOURCES, targets, OUT, wrap_words=True)
    fired = set()
    ok = True
    for key, ds in DESIGN.items():
        (OUT / (ds["stem"] + ".json")).write_text(label(ds), encoding="utf-8")
        text = read_back(OUT / (ds["stem"] + "." + ds["ext"]))
        n = size(text, ds["lang"])
        lo, hi = (2750, 3000) if ds["lang"] == "zh" else (1450, 1650)
        t = ds["terms"]
        for k, v in TH.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k, t[k])
        sh = tco_share(ds)
        assert sh is None or abs(sh - TCO_SHARE_TH) > 2, (key, sh)
        h = hits(text)
        der = derive(ds)
        fired |= set(der)
        risk = "high" if any(r in der for r in HIGH) else ("medium" if any(r not in LOW for r in der) else "low")
        flag = "" if (lo <= n <= hi and not h and der == ds["rules"]) else "  <-- FAIL"
        ok = ok and not flag
        print(f"{key} {ds['ext']:4} size={n:5} tco={'' if sh is None else round(sh, 2)} risk={risk} rules={der}"
              f" threshold_hits={h}{flag}")
    missing = set(ALL_RULES) - fired
    print("rules never fired:", sorted(missing))
    assert ok and not missing


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

if __name__ == "__main__":
    main()
