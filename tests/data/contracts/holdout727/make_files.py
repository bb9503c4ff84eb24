"""holdout727: builds the ten blind held-out drafts, writes their .json labels and asserts the checks.
Run in this folder: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:有机肥补贴管理平台采购合同
P:合同编号：LYTG-ZC-2026-017
P:采购人（甲方）：临沅县有机肥推广站
P:供应商（乙方）：青禾农业信息技术有限公司
P:项目名称：临沅县有机肥替代化肥补贴管理平台建设项目（公开招标，采购编号LYCG-2026-0093）
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据招标文件、乙方投标文件及中标通知书，双方经协商订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供"农资补贴管理平台"软件永久使用许可（不限用户数，部署于甲方使用的政务云），并完成以下定制开发：农户及合作社补贴申报、乡镇初审与县级复核、有机肥施用面积核验（对接自然资源"一张图"地块数据）、补贴资金发放清单生成及与财政国库支付系统对接、移动端申报小程序、统计分析报表。
P:1.2 乙方负责平台部署、数据初始化、2021年至2025年补贴台账迁移及操作培训。详细功能及性能要求见附件一《需求规格说明书》。
P:1.3 平台应支持县、乡、村三级用户，满足约两万户农户、四百家合作社及种植大户的申报需要；申报应支持身份证读卡、人脸核验和电子签名。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰壹拾柒万贰仟元整（¥1,172,000），含税，为固定总价。其中：平台软件许可费620,000元；定制开发费458,000元；实施部署及数据迁移费76,000元；培训费18,000元。
P:2.2 合同总价已包含乙方完成本项目所需的全部费用，甲方不另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款，即234,400元。
P:3.2 平台通过初步验收后十个工作日内，甲方支付合同总价的45%，即527,400元。
P:3.3 平台通过最终验收后十个工作日内，甲方支付合同总价的35%，即410,200元。
P:3.4 乙方每次收款前应开具等额增值税发票。资金支付按财政国库集中支付程序办理。
H:第四条 交付期限
P:4.1 乙方应在合同签订后九十日内完成部署和定制开发并提交初验申请；初验合格后进入试运行，试运行期为六十日。
P:4.2 乙方应按甲方确认的项目计划推进，每两周提交一次进度报告，项目经理未经甲方同意不得更换。
P:4.3 乙方应组建不少于六人的项目组，项目经理应具有两个以上同类政府项目经验；需求调研阶段乙方应驻场，形成需求规格确认书报甲方确认。
P:4.4 甲方负责协调财政、自然资源、乡镇农业综合服务中心等单位提供接口规范和测试环境，并在乙方提出书面需求后五个工作日内予以答复。
H:第五条 验收
P:5.1 初步验收标准：（1）附件一所列功能全部实现，测试用例通过率不低于98%；（2）历年台账迁移后逐户逐笔比对无差异；（3）与国库支付系统、地块数据接口联调通过；（4）申报页面在300个并发用户下平均响应时间不超过2秒；（5）第三方测评机构出具的安全测评报告无高危漏洞。
P:5.2 最终验收标准：试运行期内未发生一级故障，且完成一个完整补贴批次（申报、审核、公示、发放）的全流程运行；乙方已提交全部源代码、部署文档和运维手册。
P:5.3 验收由甲方组织，可邀请专家参加，双方签署验收报告。平台上线运行、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第六条 质量保证与运维服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、因补贴政策口径调整引起的配置修改及技术支持。
P:6.2 服务水平：平台年度可用率不低于99.95%。一级故障（平台无法登录、申报或资金发放中断）乙方应在30分钟内响应，2小时内到达现场或远程处置，8小时内恢复；二级故障2小时内响应，次日内解决。
P:6.3 乙方响应或恢复超过上述时限的，每超时一小时，甲方可从应付款中扣除800元；年度可用率每低于约定值0.01个百分点，扣除1,000元。
P:6.4 质保期满后，甲方如需续购运维服务，年度运维费不超过平台软件许可费的9%，即每年不超过55,800元，该价格在质保期满后三年内保持不变。运维合同另行签订，不自动续期。
P:6.5 乙方应在质保期内每季度对平台巡检一次并提交巡检报告，在每个补贴申报期开始前完成性能压力测试和数据备份恢复演练。
H:第七条 知识产权
P:7.1 平台标准软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的程序、接口、报表及其源代码和文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用。
P:7.3 乙方保证所提供软件不侵犯第三方权利，因侵权产生的责任由乙方承担。
P:7.4 合同终止时，乙方应将全部定制开发成果、源代码及文档完整移交甲方。
H:第八条 数据安全
P:8.1 平台中的农户身份信息、银行账户、地块及补贴发放数据均属于甲方所有，乙方仅为履行本合同使用，不得用于其他任何目的，不得向第三方提供。
P:8.2 乙方应落实网络安全等级保护第三级要求，对敏感信息加密存储和传输，运维操作须经甲方审批并通过堡垒机进行、留存日志，不得将数据复制至甲方系统以外。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政处罚等后果。
P:8.4 合同终止后三十日内，乙方应删除其因运维持有的全部甲方数据并出具书面说明。
H:第九条 保密
P:9.1 乙方对在履行合同中知悉的甲方工作秘密、农户信息及其他非公开信息负有保密义务，未经甲方书面同意不得披露。保密义务在合同终止后五年内继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付的软件不符合约定且经整改仍不合格的，甲方有权拒收并要求乙方返还已付款项，并赔偿损失。
H:第十一条 分包与转包
P:11.1 乙方不得将本项目分包或转包给任何第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内未能纠正的，甲方有权解除合同，并要求乙方承担违约责任。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。附件一《需求规格说明书》、附件二《报价明细》为本合同组成部分。
P:14.2 因不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十日内提供证明；双方可根据影响程度协商延期履行、部分履行或解除合同。
P:14.3 乙方应遵守廉洁从业规定，不得向甲方工作人员提供任何形式的财物或其他不正当利益。
P:14.4 双方往来通知以书面形式送达本合同载明的地址，一方地址变更应提前书面通知对方。
P:甲方（盖章）：临沅县有机肥推广站        乙方（盖章）：青禾农业信息技术有限公司
P:签订日期：2026年  月  日
"""

SRC["z02"] = """T:注塑及印刷产线控制系统改造合同
P:合同编号：XH-SB-2026-031
P:甲方：宁海星河跳棋制品有限公司
P:乙方：甬江智控自动化工程有限公司
P:甲方为提升跳棋棋子注塑和棋盘印刷产线的自动化水平，委托乙方实施产线控制系统改造。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 改造对象为甲方二号车间的6台注塑机及3台棋盘丝网印刷机。乙方负责更换控制柜、加装伺服及温压传感器、部署视觉检测相机，并提供产线监控软件，实现模温、注射压力、印刷套位等参数的采集、报警和按批次追溯。
P:1.2 乙方负责编写PLC程序及HMI画面，开发与甲方现有ERP系统的工单及产量接口，完成安装调试和操作人员培训。
P:1.3 乙方提供的设备应为全新原厂正品，控制柜防护等级不低于IP54，须随货提供出厂合格证、检验报告和装箱单。
P:1.4 监控软件应支持按班次、机台和批次统计产量、不良品及停机时间，并可将报警信息推送至车间主任手机。
P:1.5 乙方应对操作工、设备员和工艺员进行分批培训，每批不少于两天，培训后进行考核。
H:第二条 合同价格
P:2.1 合同总价为人民币1,396,000元（含13%增值税），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含HMI触摸屏）|6套|68,000|408,000
TB:2|伺服电机、驱动器及温压传感器|1批|286,000|286,000
TB:3|视觉检测相机及光源|4套|43,500|174,000
TB:4|印刷机控制模块|3套|52,000|156,000
TB:5|产线监控软件永久许可（50个点位）|1套|238,000|238,000
TB: |硬件及软件小计| | |1,262,000
TB:6|安装调试及ERP接口开发|1项|118,000|118,000
TB:7|操作及维护培训|1项|16,000|16,000
TB: |合计| | |1,396,000
P:2.2 上述价格包含设备、运输、保险、安装、调试及税费，甲方不另行支付其他费用。
H:第三条 付款方式
P:3.1 合同生效后七个工作日内，甲方支付合同总价的10%，即139,600元。
P:3.2 设备到货并安装完毕后十个工作日内，甲方支付合同总价的55%，即767,800元。到货签收及安装完毕不代表质量验收。
P:3.3 项目最终验收合格后十个工作日内，甲方支付合同总价的35%，即488,600元。
P:3.4 乙方每次收款前应向甲方开具合法有效的增值税专用发票。
H:第四条 工期
P:4.1 乙方应在合同生效后七十五日内完成全部设备安装调试。改造须分线进行，每次停线不得超过三天，以减少对甲方生产的影响。
P:4.2 乙方应提前五日提交停线计划，经甲方生产部门确认后实施。
P:4.3 甲方负责提供安装所需的电源接入点、压缩空气和网络点位，并指定车间联系人配合停线及试产。
P:4.4 乙方施工人员进入甲方厂区应遵守甲方安全生产和消防管理制度，动火、登高作业须办理审批手续，因乙方原因发生安全事故的由乙方负责。
P:4.5 乙方应安排一名项目经理全程负责，每周向甲方报告进度和下周停线安排。
H:第五条 验收
P:5.1 验收标准：（1）设备型号、数量与本合同一致；（2）各注塑机采集参数与现场仪表偏差不超过1%；（3）视觉检测对棋子缺料、飞边和印刷偏位的检出率不低于98%，误判率不高于2%；（4）产线连续带料运行72小时无停机故障；（5）ERP工单数据与监控软件产量记录一致。
P:5.2 甲方在乙方书面提交验收申请后十日内组织验收并签署验收报告。验收不合格的，乙方应在十日内整改后重新验收。设备投入生产使用不视为验收合格。
P:5.3 验收时乙方应移交设备清单、电气图纸、PLC程序备份、软件安装介质、操作手册和维护手册。
P:5.4 产线试产期间发现的问题，乙方应在三日内完成处理。
H:第六条 质量保证与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件的故障维修、零部件更换和软件缺陷修复均免费。
P:6.2 故障响应：一级故障（整条产线停机）乙方应在1小时内响应，8小时内到场处理；二级故障（单台设备或单项功能异常）2小时内响应，24小时内修复。超过上述时限的，每超时一小时甲方可扣除500元。
P:6.3 质保期满后，乙方按年提供维保服务，年度维保费按硬件及软件小计的7%计取，即每年88,340元，三年内不上调。维保合同逐年签订，不自动续期。
P:6.4 质保期内乙方每季度上门巡检一次，检查控制柜散热、传感器标定和软件运行日志，并提交巡检记录。
P:6.5 乙方应在宁波本地储备常用备件，保证关键备件在24小时内到厂。质保期内同一部件连续出现三次以上同类故障的，乙方应免费更换同型号新部件。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、HMI画面、ERP接口程序及其源代码和文档归甲方所有，甲方可自行修改或委托他人修改。监控软件本身的知识产权归乙方，甲方享有永久使用权。
P:7.2 乙方保证所供设备及软件不侵犯任何第三方的知识产权，因此引起的纠纷由乙方负责处理并承担费用。
H:第八条 数据安全
P:8.1 产线运行数据、工艺参数、配方和产量数据属于甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方远程维护须事先取得甲方批准，通过甲方指定的VPN账户和堡垒机接入，操作全程记录；乙方不得将数据复制或带离甲方厂区。
P:8.3 因乙方原因导致数据泄露、丢失或控制系统遭受攻击的，乙方应在发现后2小时内通知甲方，配合处置并赔偿甲方全部损失。
P:8.4 乙方不得在控制系统中预留未经甲方同意的远程访问通道或后门程序。
H:第九条 违约责任
P:9.1 乙方逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的5%。
P:9.2 设备或软件经整改后仍达不到验收标准的，甲方有权退货，乙方返还已付款项并赔偿损失。
P:9.3 乙方交付的设备存在质量缺陷的，乙方应负责免费修理或更换，由此造成甲方停产的，乙方还应赔偿甲方因此增加的直接费用。
H:第十条 分包
P:10.1 乙方可将电气布线、控制柜安装等辅助工作分包给具有相应资质的单位，但应提前三个工作日书面告知甲方。乙方对分包单位的工作向甲方负责。
H:第十一条 合同解除
P:11.1 乙方严重违约且经甲方书面催告后十五日内仍未改正的，甲方有权解除合同，乙方应返还已付款项。
P:11.2 乙方交付设备存在重大质量问题、经两次整改仍不能满足验收标准的，甲方亦可解除合同。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交宁波仲裁委员会仲裁。
P:12.2 争议处理期间，除争议事项外，双方应继续履行本合同其他条款。
H:第十三条 其他
P:13.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:13.2 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行或解除合同。
P:13.3 双方往来通知应以书面形式送达本合同首页地址。附件：设备技术规格表、停线计划表、验收测试方案。
P:甲方（盖章）：宁海星河跳棋制品有限公司      乙方（盖章）：甬江智控自动化工程有限公司
P:签订日期：2026年  月  日
"""
SRC["z03"] = """连锁披萨门店点单及会员管理系统订阅服务合同

合同编号：BW-IT-2026-008
甲方：焙旺餐饮管理有限公司（旗下"焙旺披萨"连锁门店35家）
乙方：云味数字科技有限公司

甲乙双方根据《中华人民共和国民法典》等法律法规，就乙方向甲方提供门店点单及会员管理系统订阅服务及实施服务事宜，经协商一致，订立本合同。

一、服务内容
（一）乙方以软件即服务方式向甲方35家门店提供点单收银、外卖平台订单聚合、后厨出单、会员积分及储值、营销券发放与核销、总部经营报表等功能（以下简称"订阅服务"）。
（二）乙方提供实施服务，包括：门店设备部署，菜单、套餐及价格配置，与甲方现有POS及总部财务系统对接，历史会员数据迁移，店长及收银员培训。
（三）服务期为两个服务年度，自全部门店上线验收合格之日起计算。

（四）订阅服务包含服务期内的版本升级、新增外卖平台接口适配和门店终端远程维护，乙方不得因此另行收费。
（五）乙方为每家门店提供一次现场上线陪跑，上线首周安排专人驻点支持高峰时段。
（六）培训：乙方为店长及收银员提供操作培训，为总部运营人员提供会员营销及报表培训，并提供操作手册和培训视频。
（七）乙方在服务期内应保持服务团队稳定，指定客户经理作为甲方的固定对接人。

二、费用及支付
（一）合同总额为人民币740,000元（含税），包括：
1. 门店订阅费：每店每服务年度6,800元，35家门店，两个服务年度合计476,000元；
2. 会员营销模块费：每服务年度86,000元，两个服务年度合计172,000元；
3. 实施费（一次性）：92,000元。
（二）服务期内甲方新增门店的，按每店每服务年度6,800元按月折算；关闭门店的，自次月起停止计费。
（三）实施费在上线验收合格后十五个工作日内支付。订阅费及会员营销模块费按季度结算，每季度结束后十个工作日内支付该季度费用81,000元。甲方不支付任何预付款。
（四）乙方收款前应开具增值税专用发票。
（五）本合同约定的付款均通过银行转账支付至乙方在本合同中载明的账户，乙方账户变更应提前书面通知甲方。

三、实施与验收
（一）乙方应在合同签订后四十五日内完成全部门店部署，并书面提交验收申请。
（二）验收标准：
1. 35家门店点单、收银、出单功能全部可用，连续7日无一级故障；
2. 与POS和财务系统对账，每日订单金额差异为零；
3. 迁移会员约18.6万名，积分及储值余额逐户核对一致；
4. 午市、晚市高峰时段下单平均响应时间不超过1.5秒。
（三）甲方在收到验收申请后七日内组织验收，签署验收确认单。门店开始使用系统不视为验收合格。
（四）验收不合格的，乙方应在五日内整改并重新申请验收，整改期间的延误计入逾期天数。
（五）实施期间乙方应指定项目经理，每周提交实施周报；门店部署应安排在非营业时间进行，不得影响门店正常经营。
（六）甲方负责提供门店网络、收银设备清单及POS接口文档，并协调外卖平台账号授权。

四、服务水平
（一）乙方保证订阅服务月度可用率不低于99.5%，计划内维护除外。计划维护应安排在凌晨1时至6时，并提前48小时通知甲方。
（二）故障分级及处理时限：
1. 一级故障（半数以上门店无法下单或收款）：15分钟内响应，2小时内恢复；
2. 二级故障（单店或单项功能异常）：1小时内响应，8小时内恢复；
3. 三级问题（咨询及优化建议）：次一工作日内答复。
（三）服务抵扣：月度可用率未达约定的，每低于0.1个百分点，抵扣当月订阅费的5%；一级故障每超时一小时，抵扣1,000元。抵扣在下季度费用中扣除。
（四）乙方应提供7×24小时服务热线及在线工单渠道，每月向甲方提交服务报告，列明可用率、故障次数及处理情况。
（五）节假日及大型促销活动前，乙方应提前扩容并进行压力测试，确保活动期间系统稳定。
（六）乙方对系统进行版本更新的，应提前三日通知甲方，并保证更新不影响门店营业及已有功能。

五、知识产权
（一）订阅服务平台及其软件的知识产权归乙方所有。
（二）乙方为甲方专门开发的接口程序、菜单配置方案、报表模板归甲方所有，甲方可自由使用、修改并许可第三方使用。
（三）乙方保证平台不侵犯第三方知识产权，因侵权导致甲方被索赔的，由乙方负责处理并承担全部费用。

六、数据安全与数据权属
（一）甲方的订单数据、会员个人信息、储值及交易数据属于甲方所有。乙方仅为提供本合同服务而处理，不得用于其他目的，不得向第三方提供。
（二）乙方应按照《个人信息保护法》《数据安全法》落实加密存储、访问控制、操作审计和异地备份措施，数据存储于中国境内。
（三）发生数据安全事件的，乙方应在1小时内通知甲方并采取补救措施，因其原因造成的全部损失由乙方承担。
（四）服务期满或合同解除后三十日内，乙方应按甲方要求返还全部数据并彻底删除，出具删除证明。
（五）会员个人信息的收集应取得会员同意，乙方应配合甲方处理会员查询、更正、删除个人信息的请求。
（六）乙方每个服务年度至少进行一次渗透测试，并将测试报告提交甲方。

七、保密
乙方对甲方的经营数据、配方、价格策略及会员信息负有保密义务，服务期内及期满后三年内不得向任何第三方披露。乙方应要求其员工遵守本条约定，乙方员工违反保密义务的，视为乙方违反。保密信息不包括已经公开的信息，以及依法须向监管机关提供的信息。

八、违约责任
（一）乙方未按期完成上线的，每逾期一日，按合同总额的千分之一向甲方支付违约金。
（二）乙方在本合同项下的累计赔偿责任（含违约金及服务抵扣），以甲方在索赔事件发生前六个月内实际支付的费用为限。
（三）乙方违反第六条约定处理甲方数据的，甲方有权要求乙方立即停止并采取补救措施。

九、分包
乙方不得将本合同服务分包。确需将短信发送、云主机等服务交由第三方提供的，应事先取得甲方书面同意，乙方对第三方的行为负责。
经同意的第三方服务商应满足本合同的数据安全要求。
甲方同意后，乙方更换第三方服务商的，仍应事先书面报甲方同意。

十、期限、续期与解除
（一）服务期满合同终止，不自动续期；需要续订的，双方另行协商签订合同。
（二）乙方严重违约，或一个季度内两次以上未达到服务水平，甲方可书面通知解除合同，并按实际服务期结算费用。
（三）合同终止或期满时，乙方应配合甲方将数据迁移至甲方指定的系统，并提供不少于三十日的过渡期服务，过渡期费用按实际使用天数计算。
（四）因不可抗力导致服务中断的，双方互不承担责任，但乙方应尽力恢复服务并及时通知甲方。

十一、争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
争议解决期间，乙方不得以争议为由中断服务。

十二、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。双方往来通知以书面或电子邮件方式发送至双方指定联系人。附件：门店清单、功能清单、接口规范。

甲方（盖章）：焙旺餐饮管理有限公司
乙方（盖章）：云味数字科技有限公司
签订日期：2026年3月  日
"""

SRC["z04"] = """文稿管理系统年度运维服务合同

项目编号：QJZC-CS-2025-112（竞争性磋商）
甲方：清江市委政策研究室（以下简称"政研室"）
乙方：墨研信息技术服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，就政研室文稿管理系统运维服务签订本合同。

第一条 服务范围
（一）运维对象为政研室文稿管理系统，包括文稿起草协同、多级审核、版本管理、调研资料库、全文检索、电子印章对接等模块，以及支撑系统运行的应用服务器、数据库、中间件和备份设备。
（二）服务内容包括：驻场值守、应用软件缺陷修复及小规模功能调整、数据库及中间件巡检、数据备份与恢复演练、安全加固和漏洞整改、重要会议及材料报送期间的保障。
（三）运维范围内的软硬件清单见附件一，服务期内清单发生变化的，双方书面确认。
（四）服务内容还包括：用户账号和权限的日常维护、组织机构调整后的流程配置、文稿模板更新，以及因操作系统、浏览器升级引起的兼容性适配。
（五）服务地点为甲方办公区及机房，乙方应按甲方要求参加运维例会。
（六）乙方应在服务开始前十日内完成与原运维单位的交接，接收系统账号、运维文档和遗留问题清单，并对系统现状进行全面检查，形成交接报告报甲方确认。
（七）乙方应按照甲方信息化管理制度和运维规范开展工作，涉及系统配置变更的，须填写变更申请单，经甲方信息化负责人签字后方可实施。

第二条 服务期限
服务期自2026年1月1日起至2026年12月31日止。服务期满前三十日，乙方应提交年度运维总结报告。

第三条 服务费用
（一）合同总价为人民币514,000元（含税），为固定总价，包括：驻场运维服务费268,000元；应用软件维护费146,000元；数据库及中间件巡检费58,000元；安全加固及应急保障费42,000元。
（二）服务期内因甲方新增需求产生的开发工作量，由双方另行确认。
（三）服务费包含乙方人员的工资、社保、交通、食宿、工具及税费等全部费用。

第四条 付款方式
服务费按季度支付。每季度服务考核合格后，甲方在十五个工作日内支付当季服务费128,500元。本合同不设预付款。乙方收款前应提交当季运维报告及合法有效的发票。

第五条 服务要求与服务水平
（一）乙方派驻一名具备三年以上同类系统运维经验的工程师，工作日8:30至17:30驻场；重要材料报送期间按甲方通知延长值守时间。
（二）故障分级及处理时限：
1. 一级故障（系统无法登录、文稿无法保存或审核流程中断）：30分钟内响应，2小时内恢复；
2. 二级故障（单个模块或部分用户功能异常）：1小时内响应，8小时内解决；
3. 三级问题（操作咨询、界面优化）：两个工作日内处理完毕。
（三）乙方每月提交巡检报告和运维工作报告，每季度组织一次数据恢复演练，并做好记录。
（四）系统升级、补丁安装须提前提交方案，经甲方同意后在非工作时间实施。
（五）乙方应建立运维台账，记录每次故障的发生时间、处理过程、处理结果和责任人，甲方可随时查阅。
（六）重要会议、全会文件起草等保障期间，乙方应安排二线工程师随时待命，并提前完成系统检查和全量备份。
（七）乙方每半年对系统进行一次性能评估，提出优化建议；建立备件和应急预案，主要设备故障时应提供临时替代方案。
（八）乙方每季度对甲方系统管理员开展一次培训，内容包括日常巡检、备份恢复和常见故障处理。
（九）乙方应协助甲方完成网络安全检查、等级保护测评中涉及本系统的整改工作。
（十）乙方应每月对系统日志、数据库空间、备份介质和服务器运行状态进行检查，发现隐患及时报告甲方并提出处理建议，经甲方同意后实施。

第六条 考核与验收
（一）每季度末，甲方对乙方服务进行考核，考核内容包括：故障是否按第五条时限处理、巡检和报告是否按时提交、恢复演练是否成功、是否发生因乙方原因导致的数据丢失。上述事项全部符合的，季度考核合格；不合格的，乙方应在十日内整改，整改后重新考核。
（二）服务期满前十五日内，甲方组织年度验收，依据全部季度考核记录、运维文档移交情况和系统运行状况出具验收意见。
（三）季度考核结果将作为甲方今后同类项目供应商评价的参考。年度验收合格后，乙方应移交完整运维档案。

第七条 数据安全
（一）系统中的文稿、调研资料、审核记录等全部数据属于甲方，乙方不得以任何形式复制、留存或用于本合同以外的目的。
（二）乙方人员只能在甲方机房及指定终端操作，使用实名账号，所有操作通过审计系统记录；不得使用移动存储介质，不得远程接入。
（三）发生数据泄露、损毁或安全事件的，乙方应立即报告甲方并配合处置；因乙方原因造成的，乙方依法承担全部责任。
（四）乙方应定期开展漏洞扫描，发现高危漏洞应在三个工作日内完成整改或采取临时防护措施。
（五）乙方派驻人员使用的终端由甲方提供，禁止安装与工作无关的软件。
（六）服务期满或合同解除时，乙方应交回全部账号、门禁卡和工作资料，并签署数据无留存承诺书。

第八条 保密
乙方及其派驻人员对在服务中接触的文稿内容、工作秘密及其他非公开信息负有保密义务，须签署保密承诺书。保密义务不因合同终止而解除。乙方应对派驻人员进行保密教育，并对其违反保密义务的行为承担责任。

第九条 知识产权
乙方在服务中编写的脚本、配置文件、巡检工具及运维文档，其知识产权归甲方所有。乙方应在服务期满时将上述成果完整移交甲方，并保证其不侵犯第三方知识产权。

第十条 人员管理
乙方派驻人员须经甲方审查同意，服务期内不得擅自更换；确需更换的，应提前十日书面申请并经甲方同意。派驻人员应遵守甲方各项管理制度，按时到岗；甲方认为派驻人员不能胜任的，乙方应在五个工作日内更换。

第十一条 分包
乙方不得将本合同服务全部或部分分包、转包给第三方。乙方的驻场人员应为乙方正式员工，不得以劳务派遣人员替代。乙方派驻人员的劳动报酬、社会保险及人身安全由乙方负责，与甲方无关。

第十二条 违约责任
乙方未按本合同约定提供服务的，应及时改正；给甲方造成损失的，依法承担赔偿责任。

第十三条 合同解除
乙方严重违反本合同约定，或季度考核连续两次不合格的，甲方有权书面通知解除合同，并按实际服务期间结算费用。合同解除后，乙方应在七日内完成工作交接，不得拖延或设置障碍。

第十四条 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
（一）服务期满本合同终止，不自动续期。
（二）磋商文件、响应文件及成交通知书为本合同组成部分。
（三）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。
（四）因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商处理。
（五）服务期满后，乙方应配合甲方与新的运维服务商进行交接，交接期不少于十五个工作日，期间乙方应提供技术资料和必要说明。

甲方（盖章）：清江市委政策研究室
乙方（盖章）：墨研信息技术服务有限公司
签订日期：2025年12月  日
"""

SRC["z05"] = """# 竹艺生产追溯系统软件许可及开发合同

（竹匠云标准合同文本 ZJY-HT-2025 版）

甲方：安化县青篾斗笠工艺厂

乙方：竹匠云软件有限公司

鉴于甲方需要对斗笠生产中的破篾、编织、上油、晾晒等工序进行数字化追溯，乙方拥有"竹艺生产追溯平台"软件，双方经协商，订立本合同。甲方主要生产竹编斗笠和竹篾工艺品，产品部分出口。

## 第一条 合同标的

1.1 乙方向甲方提供竹艺生产追溯平台标准版软件永久许可，含20个车间采集终端授权。

1.2 乙方根据甲方需求进行定制开发，内容包括：破篾工序产量及竹材规格采集、上油批次与桐油用料追溯、扫码终端对接、出口订单溯源标签打印。

1.3 乙方负责软件部署、初始化配置及操作培训。

1.4 软件功能以乙方产品说明书为准，定制开发内容以双方确认的需求说明书为准。需求确认后甲方提出变更的，乙方有权另行收费并顺延交付期限。

1.5 采集终端硬件由甲方自行采购，乙方可提供型号建议。

1.6 乙方为甲方提供两次集中培训，每次不超过两天，培训对象为车间主任、质检员及系统管理员。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 竹艺生产追溯平台标准版软件永久许可（含20个采集终端授权） | 980,000 |
| 2 | 定制开发（破篾采集、上油批次追溯、扫码终端对接、溯源标签） | 286,000 |
| 3 | 实施部署及培训 | 114,000 |
| | 合计 | 1,380,000 |

合同总价为人民币1,380,000元（含税）。合同价款不包括服务器、网络设备、操作系统、数据库及第三方软件费用，上述软硬件由甲方自行准备。定制开发工作量以需求说明书为准，超出部分按每人每日2,800元另行计费。

2.2 上述价款为乙方标准报价，已包含软件许可、定制开发、部署及培训费用。合同签订后，采集终端授权数量需要增加的，按乙方当期价格目录另行采购。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即897,000元。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即483,000元。

3.3 甲方逾期付款的，乙方有权暂停服务，并顺延交付期限。

3.4 乙方收到款项后开具增值税普通发票。甲方已支付的款项，除本合同另有约定外不予退还。

## 第四条 交付与验收

4.1 乙方在收到首笔款项后六十日内完成软件部署及定制开发，并通知甲方上线。

4.2 系统安装部署完成并上线运行之日，即视为甲方验收合格。

4.3 甲方应为乙方实施人员提供必要的场地、网络和配合人员。

4.4 因甲方原因导致部署延误的，交付期限相应顺延，且不影响甲方付款义务。

4.5 甲方应指定一名项目负责人，负责需求确认和内部协调。甲方在需求确认过程中超过五日未答复的，视为确认。

4.6 乙方交付的文档包括用户操作手册和安装说明，源代码不在交付范围之内。

## 第五条 技术支持

5.1 乙方将尽合理努力通过电话、远程协助方式为甲方提供技术支持，服务时间为工作日9:00至18:00。

5.2 因甲方操作不当、网络或硬件原因导致的问题，乙方可另行收取服务费用。

5.3 乙方有权对软件进行版本更新，更新内容以乙方发布的说明为准。

5.4 甲方需要现场服务的，应提前五个工作日预约，现场服务按每人每日2,800元另行收费。

5.5 乙方不保证软件运行不间断或无任何错误。

## 第六条 免费维护及维护服务

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供缺陷修复和远程技术支持。

6.2 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费按软件许可费的26%计取，即每年254,800元。

6.3 未购买维护服务的，乙方不再提供升级及技术支持。

6.4 年度维护费应在每个维护年度开始前一次性支付。维护服务内容包括远程技术支持、软件缺陷修复及版本升级，不包括新增功能开发。

6.5 年度维护服务期满后，甲方可选择续购下一维护年度的服务；甲方中断购买维护服务后重新购买的，应补缴中断期间的维护费。

## 第七条 知识产权

7.1 本合同项下软件及定制开发成果（包括源代码、数据库设计、接口程序、标签模板及相关文档）的全部知识产权归乙方所有。

7.2 甲方获得非独占、不可转让的使用权，仅限于甲方内部使用，不得修改、反编译或许可第三方使用。

7.3 甲方不得将软件用于为第三方提供服务，不得超出授权终端数量使用；超出的，乙方有权按标价补收许可费。

7.4 乙方有权将本项目中形成的通用功能纳入其标准产品，向其他客户提供。甲方对软件提出的改进建议，乙方可无偿使用。

## 第八条 数据

8.1 甲方录入系统的生产、订单及员工数据归甲方所有。

8.2 乙方可对甲方数据进行脱敏处理后汇总分析，用于乙方产品改进、行业研究及对外发布竹木工艺行业报告。

8.3 乙方对系统采取访问控制、数据加密、日志审计及定期备份等安全措施；发生数据泄露事件的，乙方应在24小时内通知甲方，因乙方原因造成数据泄露或丢失的，乙方承担相应赔偿责任。

8.4 甲方应妥善保管系统账号和密码，因甲方账号管理不善造成的损失由甲方自行承担。

8.5 合同终止后，乙方保留甲方数据备份九十日，期满后删除。

## 第九条 保密

双方对在履行本合同过程中获知的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后两年。本条不适用于已公开的信息或依法须披露的信息。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的50%。

10.3 任何一方均不对对方的间接损失、利润损失承担责任。

10.4 因第三方软件、网络服务中断或黑客攻击等非乙方原因造成的损失，乙方不承担责任。乙方对甲方依据系统数据作出的经营决策不承担责任。

## 第十一条 合同解除

任何一方严重违约，经守约方书面催告后三十日内仍未纠正的，守约方有权解除本合同。合同解除后，甲方应停止使用软件并删除全部安装副本。

11.2 甲方逾期付款超过三十日的，乙方有权解除合同，已收款项不予退还，甲方应停止使用软件。

11.3 本合同解除或终止的，不影响第七条、第九条的效力。

## 第十二条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十三条 不可抗力

因不可抗力导致不能履行合同的，受影响一方不承担责任，但应在十日内通知对方并提供证明。不可抗力包括自然灾害、政府行为、网络运营商故障等。不可抗力影响消除后，双方应继续履行合同，履行期限相应顺延。

## 第十四条 通知

双方以本合同载明的地址和联系人接收通知，乙方通过电子邮件发送的通知自发出之日视为送达。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同未尽事宜，以乙方官网公布的服务说明为准。

甲方（盖章）：安化县青篾斗笠工艺厂

乙方（盖章）：竹匠云软件有限公司

签订日期：2026年  月  日
"""

SRC["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. MBS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made on ______ 2026 between:
P:(1) Guangxi Hongshan Building Materials Co., Ltd., a company incorporated in the People's Republic of China with its registered office at Hongshan Industrial Park, Guigang, Guangxi (the "Customer"); and
P:(2) Maasin Bay Software Solutions, Inc., a corporation organised under the laws of the Republic of the Philippines with its principal office at Tomas Oppus Street, Maasin City, Southern Leyte (the "Vendor").
P:The Customer operates two cement plants and a grinding station and wishes to replace its paper-based maintenance records with the Vendor's computerised maintenance management system. The Vendor has agreed to license that system and to configure, implement and support it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's PlantKeeper maintenance management software, version 8, including its mobile application, in object code, together with all updates and new versions supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, interfaces, reports, scripts, data-conversion programs and documentation created by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, processed by or generated from the Software for the Customer, including equipment registers, work orders, spare-parts records, inspection photographs and personnel information.
P:1.4 "Go-Live" means the date on which the Software is first used in production at all three sites. "Final Acceptance" has the meaning given in Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the Customer's own servers in China for up to 300 named users and 120 mobile devices, for the internal business of the Customer and its subsidiaries.
P:2.2 The Vendor shall perform the following services: (a) configuration of asset hierarchies, preventive maintenance plans, inspection routes and approval workflows for the three sites; (b) interfaces with the Customer's ERP system for spare-parts purchasing and with the plant DCS historian for run-hour readings; (c) migration of equipment records and five years of maintenance history; and (d) training of key users, maintenance planners and system administrators.
P:2.3 Details of the functions, interfaces and performance requirements are set out in Annex 1 (Requirements Specification), which forms part of this Agreement.
H:Article 3 Price and Payment
P:3.1 The total price is CNY 1,274,000 (the "Contract Price"), inclusive of VAT, made up as follows: Licence Fee CNY 860,000; configuration and interfaces CNY 312,000; data migration CNY 74,000; training CNY 28,000. The Contract Price is fixed and covers all travel, accommodation and other expenses of the Vendor's personnel.
P:3.2 The Customer shall pay: (a) 20% of the Contract Price (CNY 254,800) within 20 days after signature, against the Vendor's invoice and an advance-payment guarantee from a bank acceptable to the Customer; (b) 35% (CNY 445,900) within 20 days after Go-Live; and (c) 45% (CNY 573,300) within 20 days after Final Acceptance.
P:3.3 All payments are made in CNY by bank transfer to the Vendor's account named in the invoice. Each party bears its own bank charges.
H:Article 4 Delivery, Project Management and Delay
P:4.1 The Vendor shall achieve Go-Live within 120 days after signature and shall request Final Acceptance after the trial run described in Article 5.
P:4.2 If the Vendor fails to achieve Go-Live or Final Acceptance by the dates in the agreed project plan for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. Payment of such damages does not release the Vendor from its obligation to complete the work.
P:4.3 The Vendor shall appoint a project manager who speaks Mandarin and shall be on site during configuration, testing and Go-Live. The project manager shall report progress weekly and shall not be replaced without the Customer's consent.
H:Article 5 Acceptance
P:5.1 Before Go-Live the Vendor shall carry out, with the Customer, the acceptance tests set out in Annex 2. The tests shall show that: (a) every function in Annex 1 works as specified; (b) migrated equipment records and maintenance history match the source records in a full reconciliation report signed by both parties; (c) the ERP and historian interfaces transfer data correctly for ten consecutive business days; and (d) screens open within 3 seconds with 150 concurrent users.
P:5.2 After Go-Live the Software shall run in production for 60 days. Final Acceptance occurs when the Customer signs an acceptance certificate confirming that the tests in 5.1 have been passed and that no Severity 1 defect occurred during the trial run. The Customer shall sign or state its reasons for refusal within 10 business days after the Vendor's request.
P:5.3 Go-Live, production use or payment does not by itself constitute acceptance. If a test fails, the Vendor shall correct the cause within 10 business days and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to Annex 1 for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide support free of charge.
P:6.2 Defects are classed by severity. For Severity 1 (the Software unavailable at any site, or work orders cannot be created), the Vendor shall respond within 1 hour, at any time of day, and restore service or provide a workaround within 8 hours. For Severity 2 it shall respond within 2 hours during business hours and fix the defect within 3 business days. For Severity 3 it shall respond on the next business day.
P:6.3 For each hour by which a Severity 1 response or restoration exceeds the times in 6.2, the Vendor shall credit the Customer CNY 1,000 against the next payment or support invoice.
P:6.4 After the Warranty Period, the Customer may order annual support covering the services in 6.1 and 6.2. The annual support fee is 10% of the Licence Fee, that is CNY 86,000 per year, fixed for the first three years after the Warranty Period. Support is ordered each year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property in the Software.
P:7.2 All intellectual property in the Custom Deliverables vests in the Customer upon creation. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them without restriction.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and shall not use it for any other purpose, whether in identifiable, aggregated or anonymised form.
P:8.2 The Vendor shall access the Customer's systems only through the remote-access channel approved by the Customer, with multi-factor authentication and session logging, and shall not copy Customer Data outside the Customer's systems. The Vendor shall handle personal information of the Customer's employees in compliance with the data protection laws of China.
P:8.3 The Vendor shall notify the Customer within 6 hours after becoming aware of any security incident affecting Customer Data, cooperate in its investigation and remediation, and bear all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it. This obligation survives for five years after termination.
H:Article 10 Liability
P:10.1 The Vendor's total liability under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to liability under Articles 7.3, 8 and 9, death or personal injury, or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 20 days after receiving notice of the breach.
P:12.2 The Customer may also terminate if the liquidated damages under Article 4.2 reach their maximum. On termination the Customer keeps the licence for the Software paid for and all Custom Deliverables delivered, and the Vendor shall refund payments for services not performed.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as typhoons, earthquakes or government action, if it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of the Philippines.
P:14.2 The parties shall first try to settle any dispute through negotiation between senior managers. Any dispute not settled within 30 days shall be submitted to the proper courts of Maasin City, Southern Leyte, to the exclusion of other courts.
H:Article 15 General
P:15.1 This Agreement is made in English and Chinese; both versions have equal force. Annexes 1 (Requirements Specification), 2 (Acceptance Test Plan) and 3 (Project Plan) form part of it.
P:15.2 Notices shall be in writing and sent to the addresses above or to such other address as a party notifies. Amendments are valid only if in writing and signed by both parties.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

SRC["e02"] = """# ORDER FORM AND GENERAL TERMS — QUALICHECK SUPPLIER QUALITY CLOUD

Order Form No. KCW-OF-2026-0217

This document has two parts. Part A is the Order Form, which sets out the commercial details of this subscription. Part B contains the General Terms that apply to it. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Parties

**Customer:** Ningbo Yongxin Apparel Co., Ltd., No. 88 Binhai Road, Beilun District, Ningbo, Zhejiang, People's Republic of China ("Customer").

**Vendor:** Kabankalan CloudWorks Inc., 2/F Guanzon Building, Rizal Street, Kabankalan City, Negros Occidental, Philippines ("Vendor").

### A2. Subscribed Service

QualiCheck Supplier Quality Cloud, a hosted application for factory audits, incoming fabric inspection, corrective action tracking and supplier scorecards (the "Service"), together with the QualiCheck mobile inspection app for Android tablets. The Service is hosted for Customer in the Vendor's production environment in the Alibaba Cloud Shanghai region.

### A3. Subscription Term

The Subscription Term is 24 months, made up of two Subscription Years, starting on the date of Onboarding Acceptance under A5. The Subscription Term and each renewal term are subject to Section 9 of Part B.

### A4. Fees

| Item | Quantity | Unit fee (CNY) | Per Subscription Year (CNY) | Total for the Subscription Term (CNY) |
|---|---|---|---|---|
| Named user subscriptions | 180 users | 1,150 per user per year | 207,000 | 414,000 |
| Supplier Portal module (up to 260 suppliers) | 1 | 48,000 per year | 48,000 | 96,000 |
| Onboarding services (one-time) | 1 | 46,000 | — | 46,000 |
| **Total Fees** | | | | **556,000** |

All fees are in CNY and include VAT. Subscription fees are invoiced quarterly in arrears, at CNY 63,750 per quarter, and are payable within 20 days after receipt of a valid invoice. The onboarding fee is invoiced after Onboarding Acceptance and is payable within 20 days. No fee is payable before Onboarding Acceptance.

### A5. Onboarding and Acceptance

The Vendor shall complete onboarding within 50 days after signature. Onboarding includes: configuration of Customer's audit checklists, inspection plans and defect codes; import of 260 supplier records and three years of audit history; single sign-on with Customer's directory; an interface exporting inspection results to Customer's ERP system; and training for 20 key users.

Onboarding Acceptance occurs when Customer confirms in writing that: (a) all configured checklists and inspection plans run on the mobile app and the web application as described in the Onboarding Plan; (b) the imported supplier and audit records match the source data in a reconciliation report; (c) the ERP export runs correctly for ten consecutive business days; and (d) the key users have completed training. Customer shall confirm or state its objections within 7 business days after Vendor's notice of completion.

If Vendor fails to achieve Onboarding Acceptance within the 50 days for reasons attributable to it, Vendor shall pay Customer liquidated damages of CNY 400 for each day of delay, deducted from the onboarding fee.

### A6. Signatures

Signed for Customer: ____________________ Date: __________

Signed for Vendor: ____________________ Date: __________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, files and images that Customer or its users or suppliers submit to the Service, and all outputs of the Service derived from them.

1.2 "Documentation" means the Vendor's user guides and service description for the Service, as updated from time to time without reducing the functions subscribed.

1.3 "Service Credits" means the credits set out in Section 4.

### 2. Access and Use

2.1 During the Subscription Term, Vendor grants Customer a non-exclusive, non-transferable right to access and use the Service for its internal business purposes and to allow its suppliers to use the Supplier Portal.

2.2 Customer shall not resell the Service, attempt to reverse engineer it, or use it to store unlawful content. Customer is responsible for the conduct of its users and for keeping log-in credentials secure.

### 3. Vendor Obligations

3.1 Vendor shall provide the Service in accordance with the Documentation and this Order Form, with reasonable skill and care, and shall provide updates at no additional charge.

3.2 Vendor shall provide support in Chinese and English through a ticket portal and a telephone hotline.

### 4. Service Levels

4.1 Vendor shall make the Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced five days in advance and carried out between 00:00 and 05:00 China Standard Time.

4.2 Incidents are classed by priority. Priority 1 means the Service is unavailable or inspection results cannot be recorded by a significant number of users. Vendor shall respond to Priority 1 incidents within 30 minutes at any time and restore the Service within 6 hours. Priority 2 incidents shall receive a response within 2 hours during business hours; Priority 3 incidents within one business day.

4.3 If monthly availability falls below the level in 4.1, Vendor shall credit Customer 5% of the monthly subscription fee for each 0.1 percentage point or part of it below that level, up to half of the monthly fee. Each hour by which a Priority 1 response or restoration exceeds the times in 4.2 earns an additional Service Credit of CNY 800. Service Credits are deducted from the next invoice.

### 5. Customer Data and Security

5.1 As between the parties, Customer owns all Customer Data. Vendor shall process Customer Data to provide the Service and as permitted in 5.2.

5.2 Vendor may compile aggregated and de-identified information derived from Customer Data and from Customer's use of the Service, including inspection statistics, defect rates by fabric type and supplier performance trends, and may use such information during and after the Subscription Term to improve its products, train its analytics models and publish industry benchmark reports, provided that Customer is not identified.

5.3 Vendor shall maintain administrative, physical and technical safeguards for Customer Data, including encryption in transit and at rest, role-based access control, logging of administrator access and daily backups kept in China. Vendor holds ISO/IEC 27001 certification and a classified protection (MLPS) level 3 record for the production environment.

5.4 Vendor shall notify Customer within 12 hours after becoming aware of a security incident affecting Customer Data, provide the information Customer reasonably needs, take remedial action and bear the costs and losses caused by its failure to comply with this Section 5.

5.5 On expiry or termination, Vendor shall make Customer Data available for export for 30 days and then delete it from its systems, except for the information described in 5.2.

### 6. Intellectual Property

6.1 Vendor owns the Service, the Documentation and all related intellectual property.

6.2 The checklists, inspection plans, report templates and the ERP export interface configured for Customer during onboarding belong to Customer, which may use, modify and let third parties use them freely.

### 7. Confidentiality

7.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for this agreement and not disclose it to third parties except to its advisers bound by similar duties. This obligation continues for three years after the agreement ends.

### 8. Liability

8.1 Each party's total liability arising out of this agreement shall not exceed 150% of the Total Fees. This limit does not apply to breach of Sections 5 or 7, to infringement claims under Section 6, or to fraud or wilful misconduct.

8.2 Neither party is liable for indirect or consequential loss, including lost profits, except in the cases excluded from the limit in 8.1.

### 9. Term, Renewal and Termination

9.1 At the end of the Subscription Term, this subscription renews automatically for successive renewal terms of one Subscription Year each, unless either party gives notice of non-renewal at least 60 days before the end of the current term.

9.2 Vendor may increase the fees for any renewal term by notifying Customer at least 45 days before the renewal date. The increased fees apply from the start of the renewal term.

9.3 Either party may terminate this agreement by written notice if the other party materially breaches it and does not cure the breach within 20 days after notice. If Customer terminates under this Section, Vendor shall refund any fees paid for the period after termination.

### 10. Subcontracting

10.1 Vendor shall not subcontract the performance of the Service or onboarding to any third party without Customer's prior written consent. Vendor remains responsible for any subcontractor.

### 11. Governing Law and Disputes

11.1 This agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 12. General

12.1 Notices shall be in writing and sent to the addresses in A1 or by email to the contacts named in the Onboarding Plan.

12.2 Neither party is liable for delay caused by events beyond its reasonable control, provided that it notifies the other party promptly.

12.3 This Order Form and General Terms are the entire agreement between the parties on their subject and replace any terms printed on purchase orders.
"""

SRC["e03"] = """T:SUPPLY AND LICENCE CONTRACT FOR A CONDITION MONITORING SYSTEM
P:Contract No. MJP-EQ-2026-046
P:Buyer: Fujian Minjiang Paper Co., Ltd., Qingzhou Industrial Zone, Sanming, Fujian, People's Republic of China (the "Buyer").
P:Supplier: Silay Instrumentation Corp., 14 Rizal Street, Silay City, Negros Occidental, Philippines (the "Supplier").
P:The Buyer wishes to monitor the vibration and temperature of the rotating equipment on its two paper machines, its stock preparation line and its boiler house, and has selected the Supplier after a competitive tender. The parties therefore agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the wireless sensors, gateways, mounting kits and spare parts listed in the Price Schedule in clause 3.
P:1.2 "Software" means the Supplier's MachineWatch condition monitoring software, including its analytics and alarm modules, licensed under clause 2.
P:1.3 "System" means the Equipment and the Software, installed, configured and integrated at the Buyer's mill.
P:1.4 "Buyer Data" means all measurements, alarms, reports and other data generated by the System or provided by the Buyer.
P:1.5 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under clause 6.
H:2. Scope of Supply
P:2.1 The Supplier shall supply and install 420 wireless vibration and temperature sensors on motors, pumps, fans, gearboxes and dryer cylinders, and 24 gateways covering all monitored areas, in accordance with Annex A (Technical Specification).
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for up to 500 monitored assets on the Buyer's own server, including use by contractors working for the Buyer.
P:2.3 The Supplier shall configure the asset tree and alarm limits, integrate the System with the Buyer's DCS and its maintenance management system, and train the Buyer's maintenance and reliability staff.
P:2.4 The Supplier shall deliver, in Chinese and English, the installation drawings, sensor location lists, user manuals, administrator manuals and maintenance instructions for the System, and a list of recommended spare parts with prices valid for three years.
H:3. Price
P:3.1 The Contract Price is CNY 1,480,000, inclusive of VAT, delivery to the mill, installation and all other costs, made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensors with mounting kits|420|1,650|693,000
TB:2|Industrial wireless gateways|24|9,800|235,200
TB:3|MachineWatch Software perpetual licence (500 assets)|1|388,000|388,000
TB: |Equipment and Licence Subtotal| | |1,316,200
TB:4|Installation, configuration and DCS / maintenance system integration|1|142,000|142,000
TB:5|Training|1|21,800|21,800
TB: |Contract Price| | |1,480,000
P:3.2 The Contract Price is fixed and is not subject to adjustment for exchange rates, taxes or costs.
H:4. Payment
P:4.1 The Buyer shall pay 5% of the Contract Price (CNY 74,000) within 20 days after signature, against an advance-payment guarantee of the same amount.
P:4.2 The Buyer shall pay 60% of the Contract Price (CNY 888,000) within 20 days after the Equipment has been delivered and installed and the Buyer has signed an Installation Certificate. The Installation Certificate confirms quantities only and is not acceptance of the System.
P:4.3 The Buyer shall pay the remaining 35% (CNY 518,000) within 20 days after Final Acceptance.
P:4.4 The Supplier shall issue a valid VAT invoice before each payment.
H:5. Delivery and Delay
P:5.1 The Supplier shall deliver the Equipment within 60 days and complete installation and configuration within 110 days after signature. Installation on running machines shall be coordinated with the Buyer's production schedule and planned shutdowns.
P:5.2 If the Supplier is late in delivery or in completing installation for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. The Buyer may deduct such damages from any payment.
P:5.3 The Supplier's personnel working at the mill shall follow the Buyer's safety rules, including permits for work at height, lock-out of machines and hot work, and shall wear the protective equipment required in each area. The Supplier is responsible for accidents caused by its personnel.
H:6. Acceptance
P:6.1 Acceptance testing shall follow Annex B (Acceptance Test Plan) and shall show that: (a) every sensor reports to the Software at its configured interval with a data loss rate below 1% over 14 days; (b) vibration readings agree with a calibrated portable analyser within the tolerance in Annex A; (c) alarms reach the DCS and create work requests in the maintenance management system; and (d) the Software generates the trend and diagnostic reports listed in Annex A.
P:6.2 After successful tests the System shall run for 30 days. If no Severity 1 fault occurs, the Buyer shall sign the Final Acceptance Certificate within 10 working days. Otherwise the Supplier shall correct the fault and the trial run shall restart.
P:6.3 Delivery, installation, use of the System or payment does not amount to acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the System for 36 months after Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, correct Software defects and provide updates and technical support free of charge, including sensor batteries that fail early.
P:7.2 Faults shall be handled as follows:
TB:Severity|Description|Response|Restoration
TB:Severity 1|Software down, or more than 50 sensors or any gateway not reporting|2 hours|24 hours
TB:Severity 2|Individual sensors not reporting or wrong alarms|8 hours|3 working days
TB:Severity 3|Questions and minor defects|next working day|next release
P:7.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Buyer may deduct CNY 600 from any amount due to the Supplier.
P:7.4 After the warranty period the Supplier shall, if the Buyer so orders, provide annual support for a fee of 8% of the Equipment and Licence Subtotal per year, that is CNY 105,296, which shall not be increased for the first three years of support. Support is ordered year by year and does not renew automatically.
P:7.5 The Supplier shall keep a stock of sensors and gateways in China sufficient to replace failed Equipment within the restoration times above, and shall carry out a health check of the System every six months during the warranty period and send the Buyer a written report.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier. The asset models, alarm configurations, interface programs, reports and documentation prepared for the Buyer under this Contract belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver the source code of the interface programs.
P:8.2 The Supplier warrants that the System does not infringe any third-party rights and shall indemnify the Buyer against any such claim.
H:9. Data Security
P:9.1 Buyer Data belongs to the Buyer and shall be used by the Supplier only to perform this Contract.
P:9.2 The System shall be installed inside the Buyer's network, and the gateways shall use encrypted communication. The Supplier may access the System remotely only through the Buyer's VPN with individual accounts approved by the Buyer for each session, and all sessions shall be recorded. The Supplier shall not copy Buyer Data outside the Buyer's network.
P:9.3 The Supplier shall report any security incident affecting the System or Buyer Data within 12 hours, take remedial measures and be liable for all losses caused by its breach of this clause.
P:9.4 On termination or at the end of support, the Supplier shall delete any Buyer Data in its possession and confirm the deletion in writing.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's technical and commercial information, including the Buyer's process data and mill layout, and shall not disclose it without written consent, during this Contract and for five years afterwards.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for approved subcontractors.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay damages reach their maximum. The Supplier shall then refund the amounts paid for undelivered parts of the System.
H:13. Force Majeure
P:13.1 A party affected by force majeure shall notify the other party within five days and provide evidence. Time for performance is extended by the period of the force majeure.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Fuzhou Arbitration Commission for arbitration in Fuzhou.
H:15. General
P:15.1 This Contract is made in English and Chinese, both equally valid. Annexes A (Technical Specification) and B (Acceptance Test Plan) form part of it.
P:15.2 Notices shall be in writing and delivered to the addresses above. Amendments to this Contract are valid only if made in writing and signed by both parties. Neither party may assign this Contract without the written consent of the other.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.** GBM-WX-2026-003

**Between:**

**Wuxi Huaxin Textile Co., Ltd.**, No. 21 Xinmei Road, Xinwu District, Wuxi, Jiangsu, People's Republic of China (the "Customer"); and

**Gingoog Bay Managed IT Services, Inc.**, Barangay 23, National Highway, Gingoog City, Misamis Oriental, Philippines (the "Provider").

**Background.** The Customer operates four spinning and weaving plants and a head office in Wuxi, with about 1,300 computer users. It wishes to outsource its IT service desk, endpoint management and server monitoring to the Provider, which delivers these services from its service centre in Gingoog City with a resident team in Wuxi.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer confirms Transition Acceptance under Section 4.

1.3 "Monthly Service Charge" means the charge in Schedule 2 for each month of the Term.

1.4 "Customer Data" means all data of the Customer, its employees, customers and suppliers that the Provider accesses, stores or processes in providing the Services.

1.5 "Service Levels" means the service levels in Schedule 3.

## 2. Services

2.1 The Provider shall provide the Services from the Service Commencement Date for 36 months (the "Term") in accordance with this Agreement, Schedule 1 and good industry practice.

2.2 The Provider shall keep a resident team of at least three engineers at the Customer's head office in Wuxi during working hours, and shall staff its remote service desk with Mandarin-speaking agents at all times.

2.3 The Provider shall use the Customer's IT service management tool and endpoint management platform; it shall not install its own tools on the Customer's network without the Customer's approval.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 2. The total charges for the Term are CNY 2,190,000, inclusive of VAT.

3.2 The Monthly Service Charge is invoiced monthly in arrears and is payable within 30 days after receipt of a valid VAT invoice. The Transition Charge is invoiced after Transition Acceptance. The Customer pays nothing in advance.

3.3 The charges are fixed for the Term. Changes in user numbers of up to 10% above or below the baseline in Schedule 2 do not change the charges; larger changes are priced at the unit rates in Schedule 2.

## 4. Transition

4.1 The Provider shall complete transition within 70 days after signature. Transition includes knowledge transfer from the Customer's current staff, documentation of all supported applications and devices, setup of service desk queues and scripts, and a two-week parallel run.

4.2 Transition Acceptance occurs when the Customer confirms in writing that: (a) knowledge articles exist for all applications in the service catalogue; (b) the service desk has handled all tickets during the parallel run within the Service Levels; (c) monitoring alerts for all servers listed in Schedule 1 reach the Provider's monitoring console; and (d) escalation contacts and procedures have been tested.

4.3 If Transition Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,500 for each day of delay.

## 5. Service Levels and Service Credits

5.1 The Provider shall meet the Service Levels in Schedule 3 and report its performance monthly.

5.2 If the Provider misses a Service Level, the Customer is entitled to the service credits in Schedule 3, which are deducted from the next invoice.

5.3 The Provider shall hold a monthly service review with the Customer and agree an improvement plan for any Service Level missed in two consecutive months.

## 6. Personnel and Subcontracting

6.1 The Provider shall assign qualified staff and shall replace any person whom the Customer reasonably considers unsuitable.

6.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.

## 7. Data Protection and Security

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Services and shall not keep, copy or use it for any other purpose.

7.2 Remote access from the Provider's service centre shall use the Customer's VPN with multi-factor authentication, named accounts and session recording. Customer Data shall remain on systems located in China and shall not be transferred outside China. The Provider shall comply with the Customer's information security policies and with PRC laws on personal information and data security.

7.3 The Provider shall report any security incident affecting Customer Data within 2 hours after becoming aware of it, cooperate in the investigation and bear the losses caused by its breach of this Section.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information and use it only for this Agreement, during the Term and for five years afterwards. The Provider shall ensure that all of its staff working on the Services sign confidentiality undertakings.

## 9. Intellectual Property

9.1 Knowledge articles, scripts, runbooks, reports and configurations created by the Provider for the Customer belong to the Customer, which may use, modify and share them with any successor provider without restriction.

9.2 The Provider's own tools and methods remain its property.

## 10. Liability

10.1 The Provider's total liability under or in connection with this Agreement is limited to the Monthly Service Charges paid by the Customer in the nine months before the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss. Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.

## 11. Change Control

11.1 Either party may request changes to the Services. Changes become binding only when both parties sign a change note stating any effect on the charges and Service Levels.

## 12. Term and Termination

12.1 This Agreement starts on signature and continues until the end of the Term. It does not renew automatically; any extension requires a new written agreement.

12.2 Neither party may terminate this Agreement before the end of the Term, except that the Customer may terminate it for convenience with effect from the end of the 24th month of the Term by giving 120 days' written notice and paying the Early Termination Charge in Schedule 2.

12.3 The parties agree that service credits under Section 5 and damages under Section 10 are the Customer's sole remedies for any failure of the Provider to perform the Services, and that such a failure does not give the Customer a right to terminate this Agreement.

12.4 On expiry of the Term the Provider shall give reasonable exit assistance for up to 60 days, including handover of all knowledge articles and open tickets to the Customer or its new provider, at the rates in Schedule 2.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Wuxi Arbitration Commission for arbitration in Wuxi. The award is final.

## 14. General

14.1 Neither party is liable for failure to perform caused by force majeure, provided it notifies the other party promptly and resumes performance as soon as possible.

14.2 This Agreement, including its Schedules, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

Signed for the Customer: ____________________

Signed for the Provider: ____________________

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, email and portal support for about 1,300 users in Mandarin and English; password resets, how-to questions, incident logging and routing | At all times |
| Desk-side support | Resident engineers in Wuxi for hardware faults, device setup and moves at head office and the four plants | Monday to Saturday, 08:00 to 18:00 |
| Endpoint management | Patching, antivirus, software distribution and asset records for about 1,450 PCs and laptops | Continuous |
| Server monitoring | Monitoring and first-line response for 62 servers and the backup system in the head office data room | At all times |
| Reporting | Monthly service report and quarterly review | Monthly and quarterly |

## Schedule 2 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | One-time, invoiced after Transition Acceptance | 84,000 |
| Monthly Service Charge | 58,500 per month for 36 months | 2,106,000 |
| Total charges for the Term | | 2,190,000 |
| Additional users above the baseline | Per user per month | 42 |
| Exit assistance | Per engineer day | 2,200 |
| Early Termination Charge | Payable only on termination for convenience under 12.2 | 3 Monthly Service Charges |

## Schedule 3 — Service Levels and Credits

| Measure | Target | Service credit if missed |
|---|---|---|
| Priority 1 incident (plant production systems or head office network down) — response | 15 minutes | CNY 1,000 per hour of delay |
| Priority 1 incident — workaround or restoration | 6 hours | CNY 2,000 per hour of delay |
| Priority 2 incident — response | 1 hour | 3% of the Monthly Service Charge for the month |
| Service desk calls answered within 60 seconds | 90% of calls in the month | 3% of the Monthly Service Charge |
| Critical security patches installed | Within 10 days of release | 2% of the Monthly Service Charge |
"""

SRC["e05"] = """CROP AND WEATHER DATA API SUBSCRIPTION AGREEMENT

Agreement No. MGA-HN-2026-009

This Agreement is made between:

Hunan Xiangnong Feed Group Co., Ltd., No. 199 Furong Middle Road, Kaifu District, Changsha, Hunan, People's Republic of China ("Customer"); and

Marawi Geodata Analytics Corp., Rizal Street, Barangay Marinaut, Marawi City, Lanao del Sur, Philippines ("Vendor").

BACKGROUND

Customer buys corn, soybean meal and other feed grains in China and abroad. It wishes to receive satellite-derived crop condition indices, weather observations and yield forecasts for its sourcing regions through an application programming interface, and to use them in its purchasing and risk models. Vendor operates such a data service and agrees to provide it on the terms below.

1. DEFINITIONS

1.1 "API" means Vendor's CropSight application programming interface, through which the Licensed Data is delivered.

1.2 "Licensed Data" means the crop condition indices, weather observations, seasonal outlooks, yield forecasts and related data delivered through the API, as described in Appendix 1.

1.3 "Customer Inputs" means the field boundaries, sourcing region lists, query parameters and other information that Customer submits to the API.

1.4 "Activation Date" means the date on which Customer confirms Integration Acceptance under clause 4.

1.5 "Subscription Year" means each of the two consecutive periods making up the Subscription Term, the first starting on the Activation Date and the second on its first anniversary.

1.6 "Subscription Term" means the two Subscription Years.

2. SUBSCRIPTION

2.1 Vendor grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API and to use the Licensed Data for Customer's internal business, including its purchasing, pricing and risk management, and to share reports containing Licensed Data with its affiliates in China.

2.2 The subscription covers up to 40 sourcing regions in China, Brazil, Argentina and the United States, up to 2,000 monitored field boundaries, and up to 500,000 API calls per month. Daily updates shall be available by 08:00 China Standard Time.

2.3 Customer shall not resell the Licensed Data or publish it in raw form. Customer may keep and continue to use Licensed Data received during the Subscription Term, and its own analyses based on it, after the Subscription Term ends.

2.4 Vendor shall provide training sessions for up to 15 of Customer's analysts on the use of the API and the interpretation of the Licensed Data, in Chinese or with interpretation, during the first quarter of the Subscription Term.

3. FEES AND PAYMENT

3.1 The total fees are CNY 790,000, inclusive of VAT, made up of:
(a) subscription fee of CNY 376,000 for each Subscription Year, CNY 752,000 for the Subscription Term; and
(b) one-time integration support fee of CNY 38,000.

3.2 The subscription fee is invoiced quarterly at the start of each quarter of a Subscription Year, at CNY 94,000 per quarter, and is payable within 20 days after receipt of a valid invoice. The integration support fee is invoiced after Integration Acceptance.

3.3 The fees are fixed for the Subscription Term. Calls above the monthly limit in 2.2 are charged at the overage rate in Appendix 2, only if Customer has agreed in writing to exceed the limit.

3.4 Each party bears its own bank charges. Vendor shall issue VAT invoices through its authorised agent in China.

4. INTEGRATION AND ACCEPTANCE

4.1 Within 40 days after signature, Vendor shall provide API credentials, a test environment, documentation in English and Chinese, and engineering support to connect the API to Customer's data platform, including two custom connectors that load the Licensed Data into Customer's data warehouse and purchasing dashboard.

4.2 Integration Acceptance occurs when Customer confirms in writing that: (a) the API returns Licensed Data for all subscribed regions and field boundaries; (b) the two connectors have loaded daily updates without error for ten consecutive days; (c) a sample of historical values reconciles with the reference files delivered by Vendor; and (d) response times of API calls meet the levels in clause 5.

4.3 If Vendor does not achieve Integration Acceptance within the period in 4.1 for reasons attributable to it, Vendor shall pay Customer CNY 500 for each day of delay.

5. SERVICE LEVELS

5.1 Vendor shall make the API available at least 99.95% of each calendar month, measured at Vendor's API gateway, excluding maintenance announced three days in advance and carried out at weekends.

5.2 The median response time of API calls shall not exceed 800 milliseconds in any month.

5.3 Priority 1 incidents (API unavailable, or daily updates missing for all regions) shall receive a response within 1 hour at any time and be resolved within 8 hours. Priority 2 incidents (data missing or wrong for some regions) shall receive a response within 6 hours and be resolved within two business days.

5.4 If Vendor misses the availability level in 5.1, it shall credit Customer 5% of the quarterly fee for each 0.1 percentage point or part of it below that level. Each hour by which a Priority 1 response or resolution time is exceeded earns a credit of CNY 600. Credits are deducted from the next invoice or, at the end of the Subscription Term, refunded.

6. DATA QUALITY

6.1 Vendor shall produce the Licensed Data using the methods described in Appendix 1 and shall notify Customer promptly of any material change to its sources or methods.

6.2 Where Vendor discovers errors in the Licensed Data, it shall publish corrected data within two business days and notify Customer.

6.3 Vendor shall provide Customer each quarter a short report on the accuracy of its yield forecasts for the subscribed regions compared with official harvest figures, and shall hold a review call with Customer's purchasing analysts after each major harvest in the subscribed regions.

7. CUSTOMER INPUTS

7.1 Customer Inputs remain the property of Customer. Vendor shall use Customer Inputs only to provide the Licensed Data and the API to Customer under this Agreement and shall not disclose them to others or use them for any other purpose.

7.2 At the end of the Subscription Term, Vendor shall return Customer Inputs on request and then delete them.

8. INTELLECTUAL PROPERTY

8.1 Vendor owns the API, its software and the Licensed Data, subject to the rights granted to Customer in clause 2.

8.2 The two custom connectors, their source code and the dashboard configurations made for Customer under clause 4 belong to Customer, which may use, modify and license them freely.

8.3 Vendor shall defend Customer against any claim that the Licensed Data or the API infringes a third party's rights and pay any resulting damages and costs.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the terms of this Agreement and all non-public business and technical information received from the other party, and shall use it only for this Agreement. In particular, Vendor shall treat Customer's sourcing regions and purchasing plans as confidential. This clause survives for three years after the Subscription Term.

10. SUBCONTRACTORS

10.1 Vendor may engage subcontractors, including satellite imagery suppliers, weather data providers and hosting providers, to perform any part of the Service. Vendor shall give Customer written notice of any new subcontractor within 10 days after engaging it. Vendor remains responsible for the performance of its subcontractors.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 200% of the total fees in clause 3.1. The limit does not apply to breach of clauses 7 or 9, to claims under 8.3, or to fraud.

11.2 The Licensed Data is a forecasting aid. Vendor is not liable for purchasing or trading decisions made by Customer, provided that Vendor has complied with clauses 5 and 6.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically; any further subscription requires a new written order at prices then agreed.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 20 days after receiving notice. If Customer terminates under this clause, Vendor shall refund the fees paid for the period after termination.

12.3 Clauses 2.3, 7, 8, 9 and 11 survive termination.

13. FORCE MAJEURE

13.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, war or failure of public satellite services, if it notifies the other party promptly. This clause does not excuse payment of fees for Licensed Data actually delivered.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha. The award shall be final and binding.

15. GENERAL

15.1 Notices shall be in writing and sent to the addresses above or to the email addresses of the account managers named in Appendix 2.

15.2 This Agreement, with Appendix 1 (Data Description) and Appendix 2 (Contacts and Overage Rates), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

For Customer: ____________________        For Vendor: ____________________

Date: ____________________                Date: ____________________
"""

# ---------------------------------------------------------------- files, labels, design
FILES = {
    "z01": ("h727z01_organic_fertiliser_subsidy_platform.pdf", "zh", "software"),
    "z02": ("h727z02_checkers_factory_moulding_printing_line_retrofit.docx", "zh", "hardware"),
    "z03": ("h727z03_pizza_chain_ordering_membership_saas.txt", "zh", "cloud"),
    "z04": ("h727z04_policy_research_office_document_system_om.txt", "zh", "services"),
    "z05": ("h727z05_bamboo_hat_workshop_tracking_supplier_template.md", "zh", "software"),
    "e01": ("h727e01_cmms_perpetual_licence_maasin_vendor.pdf", "en", "software"),
    "e02": ("h727e02_supplier_quality_saas_order_form_kabankalan_vendor.md", "en", "cloud"),
    "e03": ("h727e03_condition_monitoring_sensors_licence_silay_vendor.docx", "en", "hardware"),
    "e04": ("h727e04_managed_service_desk_36_months_gingoog_vendor.md", "en", "services"),
    "e05": ("h727e05_crop_weather_data_api_marawi_vendor.txt", "en", "cloud"),
}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
T_, F_ = True, False
# terms in TERM_KEYS order; extra: sla_clause, ld_stated, capped (goods only), deemed, contract_value; fee base (TCO)
D = {
    "z01": ([99.95, 0.5, T_, "buyer", T_, T_, T_, 0.08, None, 20, T_, T_, 24, 9, F_, T_, F_, "PRC", G],
            (T_, T_, T_, F_, 1172000), 620000),
    "z02": ([None, 1, T_, "buyer", T_, T_, F_, 0.03, None, 10, T_, T_, 18, 7, F_, T_, T_, "PRC", G],
            (T_, T_, T_, F_, 1396000), 1262000),
    "z03": ([99.5, 0.25, T_, "buyer", T_, T_, T_, 0.1, 6 / 24 * 100, None, T_, None, None, None, F_, T_, F_, "PRC", S],
            (T_, T_, None, F_, 740000), None),
    "z04": ([None, 0.5, F_, "buyer", T_, T_, T_, None, None, None, T_, None, None, None, F_, T_, F_, "PRC", S],
            (T_, F_, None, F_, 514000), None),
    "z05": ([None, None, F_, "supplier", T_, F_, T_, 0.1, 50, 65, F_, F_, 6, 26, F_, T_, None, "PRC", G],
            (F_, T_, T_, T_, 1380000), 980000),
    "e01": ([None, 1, T_, "buyer", T_, T_, T_, 0.1, 150, 20, T_, T_, 18, 10, F_, T_, F_, "Philippines", G],
            (T_, T_, T_, F_, 1274000), 860000),
    "e02": ([99.95, 0.5, T_, "buyer", T_, F_, T_, 400 / 556000 * 100, 150, None, T_, None, None, None, T_, T_, F_,
             "PRC", S], (T_, T_, None, F_, 556000), None),
    "e03": ([None, 2, T_, "buyer", T_, T_, T_, 0.08, None, 5, T_, T_, 36, 8, F_, T_, F_, "PRC", G],
            (T_, T_, T_, F_, 1480000), 1316200),
    "e04": ([None, 0.25, T_, "buyer", T_, T_, T_, 1500 / 2190000 * 100, 9 / 36 * 100, None, T_, None, None, None, F_,
             F_, F_, "PRC", S], (T_, T_, None, F_, 2190000), None),
    "e05": ([99.95, 1, T_, "buyer", F_, T_, T_, 500 / 790000 * 100, 200, None, T_, None, None, None, F_, T_, T_, "PRC",
             S], (T_, T_, None, F_, 790000), None),
}
FORUM_OUTSIDE = {"e01": True}  # e01: courts of Maasin City (outside mainland China), law of the Philippines
DESIGN = {
    "z01": [],
    "z02": ["CR-CONFIDENTIALITY", "CR-LD-LOW", "CR-SUBCONTRACT"],
    "z03": ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"],
    "e03": [],
    "e04": ["CR-LIABILITY-CAP", "CR-TERMINATION"],
    "e05": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"],
}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(key):
    t, x, base = label_parts(key)
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = base * t["post_warranty_fee_pct"] / 100 * years
    return fees / (x["contract_value"] + fees) * 100


def label_parts(key):
    vals, ex, base = D[key]
    t = dict(zip(TERM_KEYS, vals))
    x = {"sla_clause": ex[0], "ld_stated": ex[1]}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = ex[2]
    x["acceptance_deemed_on_delivery"] = ex[3]
    x["contract_value"] = ex[4]
    return t, x, base


def derive(key):
    """My reading of policy §3 applied to the label."""
    t, x, _ = label_parts(key)
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(key)
        if sh is not None and sh > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or FORUM_OUTSIDE.get(key, False):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
BANNED = re.compile(
    r"99\.9(?!\d)|(?<![\d.])4\s*(?:个)?(?:小时|hours?|hrs?\b|h\b)|四个?小时|\bfour\s*(?:\(4\)\s*)?hours?"
    r"|(?<![\d.])0?\.05(?!\d)|万分之五|千分之零点五"
    r"|(?<![\d.])(?:30|15|40|100)(?:\.0+)?\s*(?:%|％|percent|per\s*cent)|百分之(?:三十|十五|四十|一百)(?![\d一二三四五六七八九])"
    r"|\b(?:thirty|fifteen|forty|one\s*hundred)\s*(?:percent|per\s*cent)"
    r"|(?<![\d.])12\s*[-\s]?(?:个月|months?)|十二个月|\btwelve[\s-]*(?:\(12\)\s*)?(?:calendar\s*)?months?|一年|\bone[\s-]*year\b|(?<![\d.])1\s*[-\s]?year\b|\ba\s+year\b",
    re.I)
MUST_HIT = ["99.9%", "可用率99.9%", "4小时", "4 hours", "4hours", "四小时", "0.05%", "万分之五", "30%", "15 %", "40％",
            "100%", "百分之四十", "12个月", "12 months", "12-month", "twelve months", "十二个月", "质保一年",
            "one year", "1-year", "a year", "fifteen percent"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "0.4 hours", "0.08%", "万分之三", "130%", "1.5%",
             "20%", "45%", "150%", "12小时", "12 hours", "2 months", "一年度".replace("一年度", "服务年度"),
             "3.4 hours", "1,150 per user per year"]


def self_test():
    for s in MUST_HIT:
        assert BANNED.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not BANNED.search(s), ("must miss", s, BANNED.search(s))


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
    self_test()
    targets = {}
    for key, (name, lang, cat) in FILES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            targets[key] = (name, ext)
        else:
            (OUT / name).write_text(SRC[key], encoding="utf-8")
            print("wrote", name)
    write(SRC, targets, OUT, wrap_words=True)

    covered = set()
    for key, (name, lang, cat) in FILES.items():
        t, x, base = label_parts(key)
        rules = derive(key)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        covered |= set(rules)
        for k, th in THRESH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k)
        sh = tco_share(key)
        assert sh is None or abs(sh - 40) > 2, (key, sh)
        text = read_back(OUT / name)
        n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = BANNED.search(variant)
            assert not m, (key, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                              encoding="utf-8")
        print("%s %-62s %5d %s %-6s tco=%s %s" % (key, name, n, "units", risk(rules),
                                                  None if sh is None else round(sh, 1), ", ".join(rules) or "-"))
        assert lo <= n <= hi, (key, n)
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    print("all 20 rules covered; all checks passed")


if __name__ == "__main__":
    main()
