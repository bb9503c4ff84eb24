"""holdout665: builds the ten blind held-out drafts (.txt/.md written as is, .docx/.pdf through ../word_pdf.py),
writes their .json labels, and asserts lengths, threshold avoidance, rule derivation and coverage.
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:临江市统计局统计执法案件管理平台建设项目合同
P:合同编号：LJTJ-ZF-2025-017
P:采购方式：公开招标（政府采购）
P:甲方（采购人）：临江市统计局
P:乙方（供应商）：北京数衡信息技术有限公司
P:鉴于甲方以公开招标方式采购“统计执法案件管理平台建设项目”，乙方为该项目的中标供应商。依据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例、招标文件和乙方投标文件，双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供统计执法案件管理平台软件的永久使用许可（不限用户数、不限终端数），并按甲方需求进行定制开发。定制功能包括：执法检查对象“双随机”抽取、立案审批、调查取证、案件审理、行政处罚决定书及执法文书生成、统计违法举报线索受理、执法案卷电子归档、统计信用档案对接及执法统计分析。
P:1.2 乙方负责平台部署、与统计联网直报平台及“互联网+监管”系统的接口开发、历史案卷数据迁移、用户培训，以及质保期内的运维支持。
P:1.3 项目详细功能及技术要求以招标文件第三章“采购需求”及乙方投标文件的技术响应为准，二者均为本合同的组成部分；二者不一致的，以对甲方更为有利者为准。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰肆拾捌万肆仟元整（¥1,484,000.00），其中：平台软件许可费¥780,000；定制开发费¥560,000；部署实施及数据迁移费¥118,000；培训费¥26,000。
P:2.2 合同总价为固定价格，已包含软件许可、开发、实施、迁移、培训、差旅、税费以及质保期内全部服务的费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的等额发票后十五个工作日内，甲方支付合同总价的25%作为预付款，即¥371,000。
P:3.2 平台部署完成并通过初步验收后十五个工作日内，甲方支付合同总价的50%，即¥742,000。
P:3.3 平台试运行期满并通过最终验收后十五个工作日内，甲方支付合同总价的25%，即¥371,000。
P:3.4 乙方应在每次付款前开具合法有效的发票。甲方付款受财政资金拨付进度影响的，应及时书面告知乙方。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成平台部署及全部定制开发，具备初步验收条件。
P:4.2 初步验收合格后平台进入为期三个月的试运行，试运行期满后乙方提交最终验收申请。
P:4.3 乙方应指定项目经理常驻甲方现场，未经甲方同意不得更换；项目实施计划及周报应按时提交甲方。
H:第五条 验收
P:5.1 初步验收标准：各项功能逐项符合招标文件技术要求；执法案件全流程（立案、调查、审理、决定、结案归档）测试通过；与联网直报平台接口的抽检数据与源数据一致；在200个并发用户下页面平均响应时间不超过2秒；历史案卷迁移数量及内容与原系统逐卷核对一致。
P:5.2 最终验收标准：试运行期间未发生一级故障；第三方测评机构出具的网络安全等级保护测评报告中无高风险问题；用户手册、源代码、接口文档、数据字典等交付资料齐全。
P:5.3 验收由甲方组织，必要时可邀请专家参加，验收结果形成书面验收报告并经双方签字确认。平台上线使用或甲方已支付部分款项，均不视为验收合格。
P:5.4 验收不合格的，乙方应在十五日内完成整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持，并每季度进行一次系统巡检。
P:6.2 质保期满后，甲方如需乙方继续提供运维服务，年度运维服务费不超过平台软件许可费的9%（即每年不超过¥70,200），该收费标准在质保期满后三年内不上调。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.5%。计划内维护应提前三个工作日通知甲方，并安排在非工作时间进行。
P:7.2 一级故障（平台整体不可用或执法数据错误）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（部分功能不可用）乙方应在2小时内响应，下一工作日内解决；三级故障在下一版本中修复。
P:7.3 乙方未达到上述响应或恢复时限的，每超时一小时扣减服务费¥800；月度可用率每低于约定值0.1个百分点，扣减¥2,000。扣减款项从应付款或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的功能模块、接口程序、数据迁移脚本及其源代码、技术文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用。
P:8.3 乙方保证其交付物不侵犯任何第三方的合法权利；发生侵权纠纷的，由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台中的执法案件信息、统计调查对象资料、日志等全部数据归甲方所有。乙方仅可为履行本合同使用，不得复制、留存或用于任何其他目的。
P:9.2 乙方应依照《数据安全法》《个人信息保护法》及《统计法》的要求落实数据安全措施：运维操作须经甲方审批并通过堡垒机进行，敏感数据加密存储，不得将数据带离甲方指定环境。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的统计调查对象信息、执法案件信息及甲方工作秘密负有保密义务，不得向任何第三方披露，并应要求其项目人员签署保密承诺书。
P:10.2 保密义务不因本合同的终止而解除。
H:第十一条 分包
P:11.1 乙方可将本项目中的综合布线、纸质案卷扫描录入等非主体、非关键性工作分包给具备相应能力的第三方，但应提前五个工作日书面告知甲方分包单位名称及分包内容。
P:11.2 乙方就分包部分的质量、进度及数据安全对甲方承担全部责任。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:12.2 乙方交付的平台不符合合同约定的，应在甲方要求的期限内整改；整改后仍不合格的，甲方有权解除合同并要求乙方退还已付款项。
P:12.3 甲方无正当理由逾期付款的，应按逾期金额每日万分之三向乙方支付违约金。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿由此造成的损失。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方均可书面通知对方解除本合同。
H:第十四条 适用法律与争议解决
P:14.1 本合同的订立、效力、解释及履行适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份，具有同等法律效力。
P:15.2 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同不可分割的组成部分。
P:甲方（盖章）：临江市统计局　　　　乙方（盖章）：北京数衡信息技术有限公司
P:法定代表人或授权代表：　　　　法定代表人或授权代表：
P:签订日期：　　　　签订日期：
"""

Z02 = """T:链条装配及热处理产线控制系统改造合同
P:合同编号：HL-ZN-2025-036
P:甲方（买方）：浙江恒链传动科技股份有限公司
P:乙方（卖方）：杭州启衡自动化工程有限公司
P:甲方拟对其二号厂区滚子链自动装配线及网带式热处理线（淬火炉、回火炉）的控制系统进行改造，由乙方负责设备供货、软件许可、安装调试、培训及维保服务。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。
H:第一条 合同标的与价格
P:1.1 本合同供货及服务明细如下（含税，人民币元）：
TB:序号|名称|数量|单价|金额
TB:1|PLC控制器及远程IO模块|1套|486,000|486,000
TB:2|热处理炉温控及碳势控制系统|2套|186,000|372,000
TB:3|工控机及HMI触摸屏|8台|19,750|158,000
TB:4|工业以太网交换机及现场总线组件|1批|124,000|124,000
TB:5|传感器、执行机构改造及控制柜|1批|298,000|298,000
TB:6|产线监控与工艺追溯软件许可（永久）|1套|436,000|436,000
TB:|软硬件小计|||1,874,000
TB:7|安装调试及停线切换服务|1项|236,000|236,000
TB:8|操作及维护培训|1项|22,000|22,000
TB:|合同总价|||2,132,000
P:1.2 合同总价为人民币贰佰壹拾叁万贰仟元整（¥2,132,000），为固定总价，包含设备、软件、运输、保险、安装调试、培训及质保期内的全部服务费用。
P:1.3 设备的品牌、型号及技术参数以双方签署的技术协议为准，技术协议为本合同附件。
H:第二条 付款方式
P:2.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款，即¥426,400。
P:2.2 全部设备到货并完成安装、经甲方签收后十个工作日内，甲方支付合同总价的45%，即¥959,400。到货签收不构成验收。
P:2.3 产线完成改造并通过最终验收后十个工作日内，甲方支付合同总价的35%，即¥746,200。
P:2.4 乙方应在每次付款前向甲方开具等额增值税专用发票。
H:第三条 交货与实施
P:3.1 乙方应于合同签订后六十日内将全部设备运抵甲方二号厂区指定地点。
P:3.2 改造须利用甲方安排的两次计划停线窗口完成切换，每次停线不超过五日。乙方应提前十日提交切换方案，经甲方批准后实施，并保证停线期满时产线能够恢复生产。
P:3.3 乙方现场作业须遵守甲方安全生产管理制度，热处理区域的动火、登高及有限空间作业须办理作业票。
P:3.4 乙方应在每次停线切换前完成控制柜出厂测试及程序离线仿真，并在切换完成后次日内向甲方提交切换记录和遗留问题清单。
H:第四条 验收
P:4.1 验收标准：装配线节拍不低于改造前设计值；压装力、销轴铆头尺寸在线检测数据完整上传；淬火炉、回火炉各温区控温精度在±3℃以内；碳势控制及淬火油温控制符合甲方热处理工艺规程；连续72小时带料运行无一级故障；工艺追溯软件可按批次查询全部工艺参数及检测记录。
P:4.2 验收由甲方组织，依据上述标准及技术协议逐项测试，出具书面验收报告。设备安装完成、投料试生产或甲方支付到货款，均不视为验收合格。
P:4.3 验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第五条 质量保证与维保
P:5.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题产生的维修、更换及软件修复均免费。
P:5.2 一级故障（导致产线停机或热处理炉失控）乙方应在1小时内响应，6小时内到达现场；二级故障（影响部分工位或数据采集）应在2小时内响应，48小时内到达现场。
P:5.3 乙方未按时响应或到达现场的，每超时一小时向甲方支付¥800；因乙方原因造成产线停机的，每停机一小时另行支付¥2,000。
P:5.4 质保期满后，乙方提供维保服务，年度维保费为软硬件小计的8%（即每年¥149,920），质保期满后三年内不上调。维保合同按年签订，不自动续期。
P:5.5 乙方应在甲方厂区保存常用备品备件（包括PLC模块、温控仪表、热电偶及工业交换机），保证一级故障时可立即更换；备品备件清单作为技术协议附件。
P:5.6 质保期内乙方每半年对控制系统进行一次预防性巡检，包括控制柜除尘、接线紧固、热电偶校验、程序备份及报警记录分析，并向甲方提交巡检报告。
H:第六条 知识产权
P:6.1 乙方为本项目编写的PLC程序、HMI组态画面、工艺配方模板及接口程序（含源程序）的知识产权归甲方所有，甲方可自行修改、使用或委托第三方维护。
P:6.2 第三方设备固件及产线监控软件产品的著作权归原权利人所有，甲方享有永久使用权。
P:6.3 乙方应在最终验收时向甲方移交全部程序备份、电气图纸、IO点表、通讯配置及操作维护手册（纸质版一式三份及电子版），资料不全的，甲方有权暂缓支付尾款。
H:第七条 数据归属
P:7.1 产线运行数据、工艺参数及质量检测记录均归甲方所有，乙方不得用于本合同以外的任何目的。
H:第八条 保密
P:8.1 乙方对在履约过程中知悉的甲方工艺配方、热处理曲线、产能及客户信息等技术秘密和商业秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:8.2 保密期限至相关信息依法公开之日止，不因本合同终止而解除。
H:第九条 培训与人员
P:9.1 乙方应为甲方电气、工艺及操作人员提供不少于三期的现场培训，内容包括系统操作、配方管理、常见故障处理及程序备份恢复，培训后经考核合格的人员应能独立完成日常操作和一般故障处理。
P:9.2 乙方派驻现场的项目经理及调试工程师应具备相应资格和同类项目经验，未经甲方同意不得更换。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:10.2 因乙方原因造成甲方设备损坏或人员伤亡的，乙方应承担赔偿责任。
P:10.3 甲方逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:第十一条 分包
P:11.1 未经甲方书面同意，乙方不得将本合同项下的任何工作分包给第三方。
H:第十二条 不可抗力与通知
P:12.1 因地震、台风、洪水等不可抗力不能按期履行的，受影响一方应在三日内书面通知对方，并在十五日内提供有关证明，履行期限相应顺延。
P:12.2 双方的通知以书面形式送达本合同首页所列地址或项目联系人，以专人递送、快递或电子邮件方式发出，对方签收或系统显示送达之日视为送达。
H:第十三条 合同的变更与终止
P:13.1 本合同的变更须经双方协商一致并签订书面补充协议。
P:13.2 因不可抗力导致本合同无法继续履行的，双方可协商终止本合同，已履行部分按实际完成量结算。
P:13.3 除前款情形外，任何一方均不得单方解除本合同。
H:第十四条 争议解决及其他
P:14.1 本合同适用中华人民共和国法律。因本合同产生的争议，提交湖州仲裁委员会仲裁。
P:14.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议及切换方案为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：浙江恒链传动科技股份有限公司　　　乙方（盖章）：杭州启衡自动化工程有限公司
P:日期：　　　　日期：
"""

Z03 = """连锁门店点餐及会员管理系统服务合同（SaaS）

合同编号：LWY-IT-2025-08
甲方：广西柳味源餐饮管理有限公司
乙方：南宁云铺科技有限公司

甲方经营“柳味源”螺蛳粉连锁品牌，拟在其50家直营门店使用乙方的点餐收银及会员管理云服务。双方依据《中华人民共和国民法典》等法律法规，经平等协商，订立本合同。

一、服务内容
（一）乙方通过其“云铺”SaaS平台向甲方提供以下服务：
1. 门店扫码点餐、收银及外卖平台订单聚合；
2. 会员注册、积分、储值、优惠券及营销活动管理；
3. 中央厨房配送及门店库存管理；
4. 经营报表及总部数据看板。
（二）实施服务：门店系统部署与调试、菜品及价格数据初始化、原有会员数据迁移、微信小程序点餐页面定制开发及门店店员培训。
（三）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起计算。

（四）乙方应为甲方配备专属客户成功经理一名，负责实施协调、服务报告及日常需求对接；门店营业时间内（每日9:00至23:00）提供电话及在线客服。
（五）乙方负责为各门店提供扫码点餐桌贴模板、收银员操作手册及店长管理手册，并为新开门店提供远程部署支持。

（六）甲方有权根据门店经营情况关闭部分门店的服务账号，关闭门店的年度服务费自次一服务年度起不再计收；门店搬迁的，乙方免费办理账号迁移。
（七）乙方提供的点餐收银功能应支持微信、支付宝及银联等主流支付方式，支付资金由支付机构直接结算至甲方账户，乙方不得归集或截留甲方营业款。

二、服务费用
（一）年度服务费：每店每服务年度¥5,880，50家门店合计每服务年度¥294,000，两个服务年度合计¥588,000。
（二）实施费（一次性）：¥96,000。
（三）本合同总价为人民币陆拾捌万肆仟元整（¥684,000）。服务期内新增门店按每店每服务年度¥5,880按月折算另行结算，不计入合同总价。

（八）乙方应为甲方总部提供多门店统一管理功能，包括菜品及价格统一下发、门店分组促销、储值卡跨店通用及总部统一结算；各门店店长只能查看本店数据，区域经理可查看所辖门店汇总数据，权限设置由甲方总部管理员维护。

三、付款方式
（一）实施费在系统上线验收合格后十五个工作日内一次性支付。
（二）年度服务费按服务年度支付，甲方应在每个服务年度开始后十五个工作日内支付该服务年度的服务费。
（三）乙方应在每次收款前向甲方开具等额增值税专用发票。

（五）门店店员培训应在各门店上线前完成，每店至少培训收银员及店长各一名，并为甲方总部运营人员提供会员营销功能专项培训。

四、实施与上线验收
（一）乙方应在合同签订后四十五日内完成全部门店的部署及小程序上线。
（二）上线验收标准：
1. 50家门店点餐、收银、外卖订单聚合功能全部可用，连续七日日结对账无差错；
2. 原有会员、积分及储值余额迁移后与原系统逐条核对一致；
3. 午市高峰时段单店下单至后厨出单时间不超过3秒；
4. 小程序页面与甲方确认的设计稿一致，支付及核销功能测试通过。
（三）甲方在收到验收申请后七个工作日内组织验收并出具书面意见。系统试用或门店开始营业使用，均不视为验收合格。
（四）乙方逾期完成上线的，每逾期一日向甲方支付违约金¥600。

（五）实施期间，乙方应每周向甲方提交实施进度报告，列明已部署门店、数据迁移进度、遗留问题及下周计划；甲方应指定总部对接人及各区域运营经理配合门店部署，并按乙方要求提供菜品、价格、门店及会员原始数据。
（六）门店部署应安排在门店非营业时段进行，不得影响门店正常营业；因乙方部署原因导致门店无法营业的，乙方应承担由此造成的直接损失。

五、服务水平
（一）平台月度可用率不低于99.95%。计划内维护应安排在每日凌晨1:00至5:00之间，并提前两日通知甲方。
（二）故障响应：
1. 一级故障（门店无法点餐或收银）：乙方应在30分钟内响应，2小时内恢复；
2. 二级故障（部分功能异常）：2小时内响应，次日内解决；
3. 一般咨询：工作时间内即时答复。
（三）乙方应按月向甲方提供服务报告，列明可用率、故障次数及处理情况。未达到上述指标的，乙方应分析原因并提交改进措施。

六、数据
（一）甲方在平台中产生的订单、会员、储值及经营数据归甲方所有。
（二）乙方有权在对上述数据进行脱敏、汇总处理后，将其用于餐饮行业分析报告、平台产品改进以及向其他客户提供的行业对标服务。
（三）数据安全：乙方应采取加密传输与存储、访问权限控制、操作日志留存不少于六个月等措施保障数据安全；会员个人信息的处理应符合《个人信息保护法》的规定。发生数据泄露等安全事件的，乙方应在2小时内通知甲方并采取补救措施，并承担因其原因给甲方造成的损失。
（四）服务终止后三十日内，乙方应向甲方提供全部数据的完整导出，并在甲方确认后删除平台中的甲方数据。

（五）乙方应对其运维人员进行数据安全培训，运维人员访问生产数据须经审批并留存操作记录；甲方有权每服务年度对乙方的数据安全措施进行一次检查或委托第三方进行评估，乙方应予配合。
（六）乙方不得将甲方数据存储在中华人民共和国境外，也不得向境外提供。

七、保密
乙方对甲方的经营数据、汤料配方、供应商及采购价格等信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后三年内持续有效。

八、知识产权
（一）“云铺”平台及其标准功能的知识产权归乙方所有。
（二）为甲方定制开发的小程序点餐页面、品牌视觉素材及专用接口的知识产权归甲方所有，乙方应在上线验收时交付源代码。

九、续期
（一）服务期届满前三十日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。
（二）续期时，乙方有权根据市场行情及服务成本调整年度服务费标准，并于续期前通知甲方。

十、违约与解除
（一）乙方严重违约（包括平台连续中断超过一日、发生数据泄露等），经甲方书面通知后十日内未纠正的，甲方有权解除本合同，乙方应退还未履行服务期对应的服务费。
（二）甲方逾期支付服务费超过三十日的，经乙方催告后仍未支付的，乙方可暂停服务。
（三）未经甲方书面同意，乙方不得将本合同项下的实施或运维工作分包给第三方。
（四）因不可抗力导致服务中断的，双方均不承担违约责任，但乙方应及时通知甲方并尽快恢复服务。

（五）服务期内，乙方对平台进行重大版本升级的，应提前十五日通知甲方，并提供升级说明及培训；升级不得降低甲方已使用功能，不得导致门店数据丢失。
（六）因第三方支付通道、外卖平台接口调整等非乙方原因导致功能受限的，乙方应及时通知甲方并协助提供替代方案。

十一、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交柳州仲裁委员会仲裁。

十二、其他
（一）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
（二）附件：门店清单、小程序设计稿确认书、服务报告模板。

甲方（盖章）：                乙方（盖章）：
授权代表：                    授权代表：
日期：                        日期：
"""

Z04 = """特种设备检验检测报告管理系统2025年度运维服务合同

项目编号：JYY-CS-2025-021（竞争性磋商）
甲方：东岭省特种设备检验研究院
乙方：合肥安衡信息技术有限公司

根据甲方竞争性磋商文件、乙方响应文件及成交通知书，双方就特种设备检验检测报告管理系统年度运维服务事项，经协商一致，订立本合同。

第一条 服务范围
（一）检验报告管理系统的日常运维，包括锅炉、压力容器、压力管道、电梯、起重机械、场（厂）内专用机动车辆等检验业务模块，移动检验App，电子签章及报告防伪查询平台。
（二）服务器、数据库、中间件的日常巡检与性能优化，每月提交巡检报告。
（三）因检验规则、检验报告格式调整产生的小版本需求变更，全年累计不超过120人日。
（四）配合甲方完成网络安全等级保护测评及漏洞整改。
（五）派驻1名驻场工程师，工作日在甲方现场提供服务。

（六）运维服务交接：服务开始后十日内，乙方应与原运维单位完成系统账号、配置、文档及遗留问题的交接，编制系统资产及配置台账，并经甲方确认。
（七）服务期内乙方应每季度组织一次应急演练（包括数据库故障切换、签章服务中断及报告查询平台遭受攻击等场景），形成演练报告提交甲方。

（八）服务期内甲方检验报告管理系统涉及的业务规则调整（如检验规则、收费标准、报告模板变化），乙方应在甲方通知后十个工作日内完成配置或程序修改，并经甲方测试确认后上线；超出本条第（三）项约定工作量的，双方另行协商。
（九）乙方应每月对系统数据库进行一次备份有效性检查，每季度进行一次恢复测试，确保检验数据和检验报告可在发生故障时完整恢复，并将检查和测试结果写入月度运维报告。
（十）乙方应于服务期满前三十日提交年度运维总结，包括系统运行情况、故障统计、需求变更清单、安全漏洞整改情况及下一年度运维建议。

第二条 服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满本合同自动终止，双方如需续约，应另行签订合同。

（十一）乙方应配合甲方完成检验报告管理系统与市场监管部门特种设备安全监管平台的数据报送，保证报送数据准确、及时；报送接口调整的，乙方应在监管部门规定的期限内完成适配。

第三条 服务费用及支付
（一）本合同总价为人民币肆拾叁万陆仟元整（¥436,000），为固定总价，包含驻场服务、远程支持、需求变更及税费。
（二）本合同不设预付款。服务费按季度支付：每季度服务期满并经甲方季度考核合格后十五个工作日内，甲方支付¥109,000。
（三）乙方应在每次付款前开具等额发票。

（四）乙方应于每月5日前向甲方提交上月运维报告，内容包括系统运行情况、可用率统计、故障及工单处理情况、巡检发现的问题、安全漏洞修复情况及下月工作计划，经甲方信息化管理部门审核后作为季度考核依据。

第四条 服务水平
（一）系统月度可用率不低于99.95%（经甲方同意的计划内维护时间除外）。
（二）故障分级及时限：
1. 一级故障（系统瘫痪、检验报告无法出具或电子签章失败）：15分钟内响应，驻场工程师1小时内到场处置，3小时内恢复；
2. 二级故障（部分模块不可用）：1小时内响应，8小时内解决；
3. 三级故障（个别功能异常或咨询）：下一工作日内解决。
（三）乙方应建立服务台，对每次故障做好记录，并在故障处理完毕后两个工作日内提交故障分析报告。

（四）重大保障：在全国特种设备安全月、重大节假日及上级检查期间，乙方应根据甲方通知安排人员值守，并提前完成系统安全加固和性能检查。
（五）乙方应向甲方提供运维服务台联系方式，受理检验人员的电话、邮件及工单报修，每月汇总工单数量、类别及处理时长，在月度运维报告中分析主要问题并提出优化建议。

第五条 考核与验收
（一）季度考核：甲方依据故障响应及恢复达标情况、巡检报告提交情况、需求变更按期完成情况及检验人员满意度评分（不低于90分）进行季度考核。
（二）年度验收：服务期满后十五个工作日内，甲方依据四个季度的考核结果、年度运维报告、系统文档及配置台账的更新情况组织验收，并出具书面验收意见。
（三）考核扣减：一级故障每超过恢复时限一小时，扣减服务费¥1,000；月度可用率每低于约定值0.01个百分点，扣减¥500；季度考核不合格的，扣减当季服务费的5%。

第六条 违约责任
（一）乙方未按约定时间完成进场交接或需求变更交付的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方运维操作不当造成系统数据损坏、检验报告错误出具的，乙方应负责恢复并赔偿甲方由此造成的损失。
（三）乙方驻场人员擅自离岗或未经甲方同意更换的，每人次扣减服务费¥2,000。

（四）乙方提供的服务不符合约定的，甲方有权要求乙方限期改正；逾期不改正的，甲方可另行委托第三方提供相应服务，所需费用由乙方承担，从应付服务费中扣除。

第七条 数据安全
（一）系统中的检验数据、检验报告、设备使用单位信息及日志等全部数据归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或用于其他目的。
（二）乙方的运维操作须经甲方审批，通过甲方堡垒机进行并全程审计；不得将数据下载至个人设备或带离甲方网络；测试使用的数据须经甲方脱敏后提供。
（三）发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第八条 保密
乙方及其人员对在服务中知悉的甲方检验数据、被检单位信息及甲方内部资料负有保密义务，驻场及远程运维人员均须签署保密承诺书。保密义务在本合同终止后继续有效。

第九条 知识产权
乙方在运维过程中为甲方编写的脚本、程序修改部分及运维文档，其知识产权归甲方所有，乙方应在每季度末提交甲方。

第十条 人员与分包
（一）乙方应保持运维团队稳定，驻场工程师须具备相应资质，并经甲方面试确认。
（二）乙方不得将本合同项下的服务分包或转包给第三方。

（三）乙方驻场工程师因故请假的，应提前报甲方同意并安排具备同等能力的人员替岗；连续请假超过三个工作日的，应更换驻场人员。
（四）乙方人员在甲方现场应遵守甲方的工作纪律、安全保卫及保密管理制度，因乙方人员过错造成甲方设备或资料损失的，由乙方负责赔偿。

第十一条 合同解除
乙方严重违约或连续两个季度考核不合格，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，并按实际服务期间结算费用。

第十二条 适用法律与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十三条 不可抗力
因不可抗力致使一方不能履行本合同的，该方应在不可抗力发生后三日内通知对方，并在十日内提供相关证明，双方协商确定延期履行或部分履行；不可抗力消除后，乙方应尽快恢复服务。

第十四条 其他
（一）本合同自双方签字盖章之日起生效，一式四份，甲方三份，乙方一份。
（二）竞争性磋商文件、乙方响应文件及成交通知书为本合同的组成部分。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

Z05 = """# 硫化机生产过程追溯系统软件许可及定制开发合同

> 本合同采用乙方标准合同文本（鼎橡软件合同范本 V4.0），双方可在本范本基础上协商补充。

甲方：河北冀橡输送带有限公司

乙方：青岛鼎橡智能软件有限公司

甲乙双方本着平等互利的原则，就甲方采购乙方“鼎橡硫化过程追溯系统”软件许可及定制开发服务事宜，经友好协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“鼎橡硫化过程追溯系统V3.0”软件许可，许可范围覆盖甲方输送带车间的36台平板硫化机，并提供定制开发和实施部署服务。

1.2 定制开发内容：硫化温度、压力、时间曲线的实时采集与超限报警；与甲方ERP系统及胶料称重系统的数据接口；输送带卷号与硫化工艺记录一一对应的质量追溯报表。

1.3 系统的功能以乙方产品说明书为准。甲方提出的超出产品说明书范围的需求，双方另行签订补充协议并另行计费。

1.4 乙方承诺系统可支持甲方硫化机控制器常见型号的数据采集；对于特殊型号或需加装采集模块的，所需硬件由甲方另行采购，乙方提供安装指导。

1.5 系统的运行环境（服务器、操作系统、数据库及网络）由甲方按乙方提供的配置清单准备，因运行环境不符合要求导致系统无法正常运行的，由甲方负责。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 软件许可费（36台硫化机点位） | 768,000 |
| 2 | 定制开发费 | 124,000 |
| 3 | 实施部署费 | 68,000 |
| | 合计 | 960,000 |

合同总价为人民币玖拾陆万元整（¥960,000），含增值税。乙方工程师现场服务期间的差旅费用已包含在实施部署费中。

2.1 软件许可费包括36台硫化机点位的永久使用许可。甲方增加硫化机点位的，按乙方届时的报价另行购买。

2.2 定制开发费及实施部署费按本合同约定的工作内容包干，超出范围的开发工作按乙方人天单价另行计费。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总价的65%，即¥624,000。

3.2 系统上线运行后十个工作日内，甲方支付合同总价的35%，即¥336,000。

3.3 甲方未按期付款的，乙方有权暂停实施或技术支持服务，交付期限相应顺延。

2.3 合同价款为含税价格。合同履行期间如国家增值税税率调整，未开具发票部分的价款按调整后的税率相应调整，由双方书面确认。

## 第四条 交付与实施

4.1 乙方在收到甲方首期款后九十日内完成软件安装部署及定制开发。因甲方现场条件不具备、硫化机通讯协议资料提供不及时等非乙方原因造成延误的，交付期限相应顺延。

4.2 甲方应为乙方提供必要的现场条件、服务器、网络环境及配合人员，并负责硫化机控制器的通讯端口开放。

4.3 乙方负责对甲方操作人员及系统管理员进行一次集中培训。

4.4 乙方负责在甲方服务器上安装系统运行所需的数据库及中间件，相关第三方软件的许可由甲方自行采购，不包含在合同总价内。

4.5 实施过程中，甲方需求发生变更的，乙方有权重新评估工作量及交付期限，并另行报价。

## 第五条 验收

5.1 系统安装完成并上线运行后，即视为甲方验收合格。

5.2 甲方在系统上线后继续使用系统的，视为对系统全部功能的确认，不得再以功能不符为由拒绝付款。

5.3 系统上线后甲方提出的修改意见，乙方将在年度维护或后续版本中统筹考虑，是否采纳由乙方根据产品规划决定。

## 第六条 技术支持与维护

6.1 自系统上线之日起六个月内，乙方为甲方提供免费维护，包括远程技术支持及软件缺陷修复。

6.2 乙方将尽合理努力及时处理甲方报告的问题，具体处理时间视问题的复杂程度确定。现场服务需求由乙方根据人员安排确定。

6.3 免费维护期满后，甲方应与乙方签订年度维护合同，年度维护费为软件许可费的22%，即每年¥168,960，包括软件补丁、版本升级及远程技术支持。

6.4 维护范围不包括：因甲方擅自修改系统配置、操作不当、服务器或网络故障、病毒感染及硫化机控制器更换导致的问题；上述问题乙方可协助处理，并按乙方收费标准另行收费。

6.5 乙方提供的现场服务按人天计费，收费标准以乙方当年公布的服务价格为准，差旅费用由甲方承担。

## 第七条 知识产权

7.1 系统软件（包括标准产品，以及为甲方定制开发的功能模块、接口程序和报表）的著作权及其他知识产权均归乙方所有。

7.2 甲方仅享有在本合同约定的36台硫化机范围内使用系统的非独占、不可转让的权利，不得对系统进行修改、反编译，或交由第三方维护。

## 第八条 数据

8.1 系统采集的硫化工艺数据及生产记录归甲方所有，乙方不得将其用于本合同以外的目的。

8.2 乙方在远程维护时应采取访问控制、操作日志审计等措施保障系统数据安全；因乙方原因造成数据泄露或丢失的，乙方应及时通知甲方并承担相应的赔偿责任（受第十条约定的责任限额约束）。

8.3 甲方同意乙方在远程维护时通过乙方提供的远程工具连接甲方服务器，甲方应开放相应网络端口并保证网络畅通。

## 第九条 保密

双方对在合作过程中获知的对方商业秘密和技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密期限为本合同终止后三年。

## 第十条 违约责任

10.1 因乙方原因逾期交付的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

10.2 乙方在本合同项下的全部赔偿责任（包括违约金及其他损失赔偿）累计不超过合同总价的20%。

10.3 任何一方均不对对方的间接损失、生产停顿损失或利润损失承担责任。

10.4 甲方应按照乙方提供的操作手册使用系统，因甲方使用不当造成的数据错误、硫化工艺事故及产品质量损失，乙方不承担责任。

## 第十一条 合同解除

一方严重违约，经另一方书面催告后三十日内仍未改正的，守约方有权解除本合同。

11.2 合同解除后，甲方已支付的软件许可费不予退还；乙方已完成但尚未支付的定制开发及实施费用，甲方应按实际完成比例支付。

## 第十二条 不可抗力

因地震、火灾、疫情、政府行为等不可抗力导致不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，双方可协商延期履行或解除合同。

## 第十三条 争议解决

因本合同产生的争议，双方应友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 通知

双方联系人及联系方式以合同签署页为准。一方变更联系方式的，应在变更后五日内书面通知对方，否则按原联系方式发出的通知视为已送达。

## 第十五条 其他约定

本合同的任何修改或补充须以书面形式作出。乙方的产品名称、商标及标识归乙方所有，甲方不得在宣传中使用。甲方同意乙方将本项目作为成功案例在宣传材料中提及甲方名称，但不得披露甲方的生产数据。

## 第十六条 其他

16.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

16.2 本合同未尽事宜，双方可另行签订补充协议。乙方产品说明书及报价单为本合同附件。

甲方（盖章）：　　　　　　乙方（盖章）：

日期：　　　　　　　　　　日期：
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. APS-CN-2025-0412
P:This Software Licence and Services Agreement (the "Agreement") is made between Wuxi Hengxin Semiconductor Materials Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wuxi, Jiangsu Province (the "Buyer"), and Aso Precision Software K.K., a company incorporated in Japan with its head office in Kikuyo-machi, Kikuchi-gun, Kumamoto Prefecture (the "Vendor").
P:The Buyer wishes to obtain a perpetual licence to the Vendor's statistical process control and yield analysis software for its wafer-cleaning chemicals plant, together with configuration, interface and training services, and the Vendor agrees to supply them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's AsoSPC Enterprise software, version 7, in object code, with its documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, control-chart templates, MES and LIMS interface programs, reports, scripts and documents written by the Vendor specifically for the Buyer, including their source code.
P:1.3 "Buyer Data" means all process, quality and production data entered into or generated by the Software at the Buyer's site.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 6.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software for up to 180 named users and 40 production lines at the Buyer's plants in mainland China.
P:2.2 The Vendor shall configure the Software, build the Custom Deliverables, migrate three years of historical inspection data, and train the Buyer's engineers and administrators.
P:2.3 The detailed requirements are set out in the Statement of Work attached as Annex 1.
H:Article 3 Contract Price
P:3.1 The total Contract Price is CNY 1,900,000, inclusive of VAT, made up of: Software Licence Fee CNY 1,260,000; Configuration and Implementation CNY 384,000; MES and LIMS Interfaces CNY 218,000; Training CNY 38,000.
P:3.2 The Contract Price is fixed and covers all travel, living and other expenses of the Vendor's personnel and all services during the Warranty Period.
H:Article 4 Payment
P:4.1 20% of the Contract Price (CNY 380,000) is payable within 30 days after signature of this Agreement, against the Vendor's invoice.
P:4.2 45% of the Contract Price (CNY 855,000) is payable within 30 days after installation of the Software and completion of the interface integration test. Installation does not constitute acceptance.
P:4.3 35% of the Contract Price (CNY 665,000) is payable within 30 days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the account named on the Vendor's invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Implementation
P:5.1 The Vendor shall install the Software within 45 days and achieve readiness for acceptance testing within 120 days after signature.
P:5.2 If the Vendor fails to meet the readiness date for reasons attributable to it, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. Delay damages do not release the Vendor from its obligation to complete the work.
P:5.3 The Vendor's personnel on site shall follow the Buyer's safety, clean-room and site access rules.
H:Article 6 Acceptance
P:6.1 Acceptance testing follows the test plan in Annex 2 and covers at least: all functions listed in the Statement of Work; control charts and alarms reproducing the Buyer's reference calculations on a test set of 2,000 lots without deviation; interface transfers between MES, LIMS and the Software reconciled for ten consecutive production days; page response under 3 seconds with 60 concurrent users; and historical data migrated and checked against source records.
P:6.2 After successful testing the Software runs in production for 30 days without a Severity 1 incident.
P:6.3 When both conditions are met, the Buyer issues a written Final Acceptance certificate within ten business days. Use of the Software in production before that date does not mean acceptance. If a test fails, the Vendor corrects the defect and repeats the test at its own cost.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the Statement of Work and the documentation for 18 months after Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period the Vendor corrects all defects, supplies all updates and new versions and provides remote and on-site support free of charge.
H:Article 8 Support after the Warranty Period
P:8.1 After the Warranty Period, the Buyer may order annual support. The annual support fee is 11% of the Software Licence Fee (CNY 138,600 per year) and will not be increased for the first three years of support.
P:8.2 Support is ordered year by year by purchase order and does not renew automatically.
H:Article 9 Service Levels
P:9.1 During the Warranty Period and any support year, the Vendor shall respond to a Severity 1 incident (the Software unavailable or producing wrong results on a production line) within 1 hour and restore service within 8 hours; to a Severity 2 incident within 2 hours, with a fix or workaround within two business days; and to other requests within one business day.
P:9.2 For each hour by which the Vendor misses a Severity 1 response or restoration time, the Vendor credits the Buyer CNY 1,500, deducted from the next payment or support fee.
P:9.3 The Vendor shall maintain a support desk with Chinese-speaking engineers and a remote support connection approved by the Buyer.
H:Article 10 Intellectual Property
P:10.1 The Software remains the property of the Vendor and its licensors.
P:10.2 All rights in the Custom Deliverables belong to the Buyer from creation. The Vendor delivers their source code with Final Acceptance, and the Buyer may use, modify and license them freely, including through third parties.
P:10.3 The Vendor shall defend the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall bear the resulting costs and damages.
H:Article 11 Buyer Data and Data Security
P:11.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not copy, keep or use it for any other purpose.
P:11.2 The Vendor shall access the Buyer's systems only through the Buyer's remote access gateway, with approval for each session, multi-factor authentication and logging. No Buyer Data may be transferred outside the Buyer's environment or outside mainland China.
P:11.3 The Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law, notify the Buyer of any security incident affecting Buyer Data within 12 hours of discovery, take immediate remedial action, and be liable for all losses caused by its breach of this Article.
H:Article 12 Confidentiality
P:12.1 Each party shall keep confidential all non-public information received from the other party, including process recipes, yields and customer information, and use it only for this Agreement.
P:12.2 This obligation continues for five years after the end of this Agreement.
H:Article 13 Liability
P:13.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price.
P:13.2 The limit does not apply to personal injury, wilful misconduct, infringement under Article 10.3 or breach of Articles 11 and 12.
H:Article 14 Subcontracting
P:14.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor.
H:Article 15 Termination
P:15.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after written notice, or if delay damages reach their maximum.
P:15.2 On such termination the Vendor refunds the amounts paid for undelivered work, and the Buyer keeps its licence to the Software and the Custom Deliverables delivered and paid for.
P:15.3 Either party may terminate if a force majeure event prevents performance for more than 90 days.
H:Article 16 Force Majeure
P:16.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 17 Governing Law and Disputes
P:17.1 This Agreement is governed by the laws of Japan.
P:17.2 Any dispute arising out of or in connection with this Agreement shall first be discussed between senior managers of the parties. If it is not settled within 30 days, it shall be submitted to the exclusive jurisdiction of the Kumamoto District Court.
H:Article 18 General
P:18.1 This Agreement, with Annex 1 (Statement of Work) and Annex 2 (Acceptance Test Plan), is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:18.2 This Agreement is made in English in two originals, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Name and title: __________________    Name and title: __________________
P:Date: __________    Date: __________
"""

E02 = """# ORDER FORM KCW-2025-0917 — KiriRoute Fleet Planning Subscription

Kirishima Cloudworks Inc. ("Provider"), 2-14 Kokubu Chuo, Kirishima City, Kagoshima Prefecture, Japan, and Xiamen Haixing Cold Chain Logistics Co., Ltd. ("Customer"), Huli District, Xiamen, Fujian Province, People's Republic of China, agree to this Order Form. Part A sets out the commercial details of the order; Part B contains the General Terms that apply to it.

## PART A — ORDER FORM

### A1. Parties and contacts

- Provider contact: Ms. Haruka Ueno, Account Manager, China region.
- Customer contact: Mr. Lin Zhiwei, Head of Transport Planning.
- Notices go to the addresses above with a copy by email to the named contacts.

### A2. Subscribed Service and Subscription Term

KiriRoute Fleet Planning, Enterprise edition, hosted in a mainland China cloud region: route optimisation for refrigerated vehicles, temperature-zone loading rules, dispatch board, driver mobile app, proof-of-delivery capture and transport cost analytics, for 260 Named Users. The Subscription Term is 24 months, starting on the Go-Live Date defined in A5, and is divided into two Subscription Years.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 260 Named Users × CNY 1,080 | 280,800 |
| Subscription, Subscription Year 2 | 260 Named Users × CNY 1,080 | 280,800 |
| Onboarding Services (one-time) | fixed price | 64,000 |
| Total Order Value | | 625,600 |

All amounts include VAT. Additional Named Users may be added during the Subscription Term at CNY 1,080 per user per Subscription Year, pro rata; they are not part of the Total Order Value.

### A4. Invoicing and payment

- The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of invoice.
- The Onboarding Services fee is invoiced after Go-Live Acceptance under A5 and is payable within 30 days of invoice.
- Payment is made in CNY to Provider's account with its appointed collection agent in Xiamen, as named on the invoice.

### A5. Onboarding and Go-Live

- Onboarding Services: import of Customer's depot, customer-site and vehicle master data; configuration of refrigerated loading rules and time windows; integration with Customer's order management system and telematics platform through Provider's standard API; training of 20 key users and two administrators.
- Target Go-Live Date: 60 days after signature of this Order Form. Provider will use commercially reasonable efforts to meet the target date and will inform Customer promptly of any expected delay.
- Go-Live Acceptance criteria: (a) all 260 Named Users can log in and use the functions listed in A2; (b) route plans for a reference set of 300 orders respect every time-window and temperature-zone rule; (c) orders and delivery confirmations exchanged with Customer's order management system are reconciled without error for five consecutive working days; (d) the driver app works on Customer's approved handset models.
- Customer confirms Go-Live Acceptance in writing within five working days after Provider's notice that the criteria are met, or lists the failed criteria. The Go-Live Date is the date of Customer's written confirmation.

### A6. Order of precedence and signatures

If this Part A conflicts with Part B, Part A prevails. This Order Form takes effect on signature by both parties.

Customer: ____________________  Provider: ____________________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscribed service described in A2, including the mobile app, documentation and updates.

1.2 "Customer Data" means all data submitted to the Service by or for Customer, including order, vehicle, route, location, temperature and driver data, and all outputs the Service generates from it.

1.3 "Named User" means an individual authorised by Customer to use the Service with a personal login.

### 2. Use of the Service

2.1 Provider grants Customer a non-exclusive, non-transferable right to access and use the Service for its internal business during the Subscription Term.

2.2 Customer shall not resell the Service or attempt to reverse engineer it, and is responsible for the use of the Service by its Named Users.

2.3 Provider may update the Service from time to time, provided that no update materially reduces its functions or security.

### 3. Service Levels

3.1 Provider shall make the Service available 99.95% of each calendar month, excluding planned maintenance announced at least three days in advance and carried out between 01:00 and 05:00 China Standard Time.

3.2 Provider shall respond to a Priority 1 incident (the Service unavailable, or dispatch impossible for a depot) within 30 minutes, 24 hours a day, and restore the Service or provide a workaround within 3 hours; to a Priority 2 incident within 2 hours during business hours; and to other requests within one business day.

3.3 If monthly availability falls below the commitment in 3.1, Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point (or part) of shortfall, up to 50% of that monthly amount. If a Priority 1 response is late, Customer receives a credit of CNY 1,000 per hour of delay. Credits are deducted from the next invoice or, at the end of the Subscription Term, refunded.

3.4 Provider shall send Customer a monthly service report showing availability, incidents and response times.

### 4. Customer Data

4.1 Customer Data belongs to Customer. Provider processes Customer Data only to provide the Service to Customer and for no other purpose, and shall not sell, analyse for its own purposes or disclose it.

4.2 At the end of the Subscription Term Provider shall make all Customer Data available for export in a standard format for 30 days and then delete it, and confirm the deletion in writing.

### 5. Data Security

5.1 Provider shall host the Service and all Customer Data in data centres in mainland China, hold a current ISO/IEC 27001 certificate and a Level 3 MLPS filing for the Service, encrypt Customer Data in transit and at rest, and restrict access to personnel who need it, with multi-factor authentication and logging.

5.2 Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law in processing Customer Data, including drivers' location data.

5.3 Provider shall notify Customer of any security incident affecting Customer Data within 12 hours of becoming aware of it, take immediate steps to contain it, cooperate with Customer's investigation and any notification to authorities, and bear the costs and losses caused by an incident attributable to Provider.

### 6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public business and technical information, including pricing, customer lists and the Service's non-public features, and use it only for this Order Form.

6.2 This obligation continues for three years after the end of the Subscription Term.

### 7. Intellectual Property

7.1 Provider owns the Service and all its underlying software.

7.2 Configurations, loading rules, route templates, integration mappings and reports created for Customer during Onboarding Services belong to Customer. Customer may use, modify and have them used by third parties without restriction, and Provider shall deliver them in an exportable format.

### 8. Subcontracting

8.1 Provider shall not subcontract the hosting, support or Onboarding Services, or appoint any new sub-processor of Customer Data, without Customer's prior written consent. The hosting provider named in the security annex is approved by signature of this Order Form.

8.2 Provider remains fully responsible for its subcontractors.

### 9. Term, Renewal and Termination

9.1 This Order Form ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

9.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice. Repeated failure to meet the availability commitment in three consecutive months is a material breach by Provider.

9.3 On termination for Provider's breach, Provider refunds the prepaid fees for the remainder of the Subscription Term.

### 10. Liability

10.1 Neither party is liable for indirect or consequential loss, or for loss of profit.

10.2 Provider's total liability arising out of or in connection with this Order Form is limited to the fees paid by Customer in the 6 months preceding the event giving rise to the claim.

10.3 Section 10.2 does not apply to Provider's obligations under Sections 4 and 5, or to death or personal injury caused by negligence.

### 11. Warranties

11.1 Provider warrants that the Service will perform materially in accordance with its documentation and that the Onboarding Services will be performed with reasonable skill and care.

11.2 If the Service does not so perform, Provider shall correct it without charge.

### 12. Governing Law and Disputes

12.1 This Order Form is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules. The award is final and binding on both parties.

### 13. General

13.1 Neither party may assign this Order Form without the other's written consent. Notices must be in writing. This Order Form, with its security annex, is the entire agreement on its subject matter and replaces any terms printed on purchase orders.
"""

E03 = """T:SUPPLY AND LICENCE CONTRACT FOR CONDITION MONITORING SENSORS AND SOFTWARE
P:Contract No. DJP-EQ-2025-063
P:This Contract is made between Dongguan Jianhua Paper Co., Ltd., Machong Town, Dongguan, Guangdong Province, People's Republic of China (the "Buyer"), and Isahaya Sensing Systems Co., Ltd., Isahaya City, Nagasaki Prefecture, Japan (the "Supplier"). It is issued on the Buyer's standard terms for equipment and software purchases.
H:1. Definitions and Scope
P:1.1 "Equipment" means the wireless vibration and temperature sensors, gateways and edge servers listed in clause 2.1.
P:1.2 "Software" means the Supplier's MachineSense condition monitoring software, perpetual licence, with its documentation.
P:1.3 "Custom Work" means the dashboards, fault-rule sets, alarm workflows and the interface to the Buyer's maintenance management system developed for the Buyer.
P:1.4 The Supplier shall supply, install and commission the Equipment and the Software on paper machines PM3 and PM5 and their drives, pumps and fans, develop the Custom Work, and train the Buyer's staff.
H:2. Price
P:2.1 The Contract Price is set out in the following table (CNY, VAT included):
TB:No.|Item|Quantity|Unit price|Amount
TB:1|Wireless vibration and temperature sensors|420|2,150|903,000
TB:2|Industrial gateways|28|9,800|274,400
TB:3|Edge servers|2|68,500|137,000
TB:4|MachineSense software, perpetual site licence|1|486,000|486,000
TB:|Equipment and Software Subtotal|||1,800,400
TB:5|Installation, commissioning and Custom Work|1|146,000|146,000
TB:6|Training|1|24,600|24,600
TB:|Contract Price|||1,971,000
P:2.2 The Contract Price is fixed and includes delivery to the Buyer's site, import duties, insurance, installation, commissioning, training and all services during the Warranty Period.
H:3. Payment
P:3.1 10% of the Contract Price (CNY 197,100) is paid within 15 business days after signature, against an advance payment guarantee issued by a bank acceptable to the Buyer for the same amount.
P:3.2 55% of the Contract Price (CNY 1,084,050) is paid within 30 days after delivery and installation of all Equipment, confirmed by a delivery and installation note. The note does not constitute acceptance.
P:3.3 35% of the Contract Price (CNY 689,850) is paid within 30 days after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's site within 75 days after signature and complete installation during the planned machine shutdowns notified by the Buyer.
P:4.2 If delivery or readiness for acceptance testing is late for reasons attributable to the Supplier, the Supplier shall pay delay damages of 0.08% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:4.3 The Supplier shall follow the Buyer's mill safety rules, including lock-out procedures on rotating equipment.
H:5. Acceptance
P:5.1 Acceptance tests are carried out jointly under the test plan agreed before installation. The criteria are: every sensor reports to the Software at the configured interval, with fewer than one missed reading in a thousand over 14 days; vibration readings agree with the Buyer's calibrated portable analyser within the tolerance stated in the test plan; the fault rules detect the simulated bearing and misalignment faults on the test rig; alarms create work orders in the maintenance management system; and the Software runs for 30 days without a Severity 1 fault.
P:5.2 When all criteria are met, the Buyer signs a Final Acceptance certificate. Installation, commissioning or use of the system in production are not acceptance.
P:5.3 If a test fails, the Supplier corrects the cause at its cost and the test is repeated.
P:5.4 Within ten business days after Final Acceptance the Supplier hands over the as-built documentation: sensor location drawings for each machine, the gateway and network configuration, the fault-rule descriptions, the administrator manual and the user manual in Chinese. The final payment under clause 3.3 is not due until this documentation is complete.
H:6. Warranty and Support
P:6.1 The warranty period for the Equipment and the Software is 24 months from Final Acceptance (the "Warranty Period"). During it, the Supplier repairs or replaces defective Equipment, including sensor batteries, and corrects Software defects free of charge.
P:6.2 After the Warranty Period the Buyer may order annual support at 7.5% of the Equipment and Software Subtotal (CNY 135,030 per year). This fee is fixed for three years after the Warranty Period. Support is ordered each year and does not renew automatically.
H:7. Service Levels
P:7.1 Fault severity and response times during the Warranty Period and any support year are as follows:
TB:Severity|Definition|Response|Resolution
TB:Severity 1|Software or edge server down, or no data from a paper machine|1 hour|8 hours
TB:Severity 2|Gateway failure or loss of data from one machine section|2 hours|2 business days
TB:Severity 3|Single sensor fault or minor software issue|next business day|10 business days
P:7.2 For each hour by which the Supplier exceeds a Severity 1 response or resolution time, the Supplier pays the Buyer CNY 1,000, deducted from any amount due.
P:7.3 The Supplier keeps a stock of spare sensors and gateways at the Buyer's site during the Warranty Period.
P:7.4 During the Warranty Period the Supplier's vibration analyst reviews the alarm history and trend data with the Buyer's reliability engineers once a quarter, either on site or by video conference, and recommends changes to alarm limits and maintenance intervals. The recommendations are recorded in a short report in Chinese.
P:7.5 The Supplier provides remote support in Chinese on working days from 08:00 to 20:00 and on-call support at other times for Severity 1 faults.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier. The Buyer's licence is perpetual, irrevocable and covers all sensors purchased under this Contract and later additions at the Buyer's site.
P:8.2 All rights in the Custom Work belong to the Buyer. The Supplier delivers its source code and configuration files at Final Acceptance, and the Buyer may use, modify and license the Custom Work freely.
H:9. Buyer Data and Data Security
P:9.1 All machine data, measurements, alarms and reports collected or produced by the system belong to the Buyer. The Supplier uses them only to perform this Contract.
P:9.2 The system is installed on the Buyer's network. The Supplier's remote access is allowed only through the Buyer's VPN, with approval for each session and logging, and the Supplier shall not copy data outside the Buyer's environment.
P:9.3 The Supplier shall notify the Buyer of any security incident affecting Buyer data within 12 hours, take immediate remedial action, and be liable for losses caused by its breach of this clause.
P:9.4 At the end of the Warranty Period and of any support year, the Supplier confirms in writing that it holds no copies of Buyer data, except those the Buyer has agreed to in writing for a defined support purpose.
H:10. Confidentiality
P:10.1 Each party keeps confidential all non-public information received from the other party, including the Buyer's production data, machine settings and costs, and uses it only for this Contract, during the Contract and for five years after it ends.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if delay damages reach their maximum.
P:13.2 On termination the Supplier refunds the amounts paid for Equipment or services not delivered or not accepted.
P:13.3 The Buyer may also terminate this Contract by written notice if the system fails the acceptance tests twice for reasons attributable to the Supplier. In that case the Supplier removes the Equipment at its cost and refunds all amounts paid, and the Buyer's rights under clause 3.1 guarantee remain unaffected.
H:14. Force Majeure
P:14.1 A party prevented from performing by events beyond its reasonable control notifies the other party promptly, and the time for performance is extended by the period of the event.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time.
P:15.3 Pending the outcome of any dispute, both parties continue to perform their obligations under this Contract that are not in dispute, including warranty and support obligations.
H:16. General
P:16.1 This Contract, with its test plan and the Supplier's technical offer as accepted by the Buyer, is the entire agreement between the parties. The Buyer's terms prevail over any terms of the Supplier. Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: __________    Date: __________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. NMS-NJ-2025-07

This Managed IT Services Agreement is made between **Nanjing Ruiyang Fine Chemicals Co., Ltd.**, Jiangbei New Area, Nanjing, Jiangsu Province, People's Republic of China ("Customer"), and **Nobeoka Managed Systems K.K.**, Nobeoka City, Miyazaki Prefecture, Japan, acting through its Shanghai branch ("Provider").

## 1. Services and Term

1.1 Provider shall provide the managed services described in Schedule 1 (the "Services") for Customer's head office and two production sites listed there.

1.2 The Services start on the Service Commencement Date under clause 3 and continue for 36 months (the "Term").

1.3 This Agreement ends at the end of the Term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

1.4 Customer shall give Provider's staff access to its sites, systems and documentation as reasonably required, nominate a contract manager, and take the decisions and approvals needed for changes within the time agreed in the service reviews.

1.5 Changes to the scope of the Services, such as new sites or a significant increase in the number of devices, are agreed through a written change request stating the effect on the charges and service levels.

## 2. Charges and Payment

2.1 The charges are set out in Schedule 3. The monthly service charge is fixed for the whole Term.

2.2 The monthly service charge is invoiced at the end of each month in arrears and paid within 30 days of invoice. The Transition Charge is invoiced after Transition Acceptance and paid within 30 days of invoice.

2.3 No advance payment is due under this Agreement.

## 3. Transition

3.1 Provider shall take over the Services from Customer's current arrangements within 60 days after signature, following the transition plan agreed by the parties. The transition covers inventory of all devices and accounts, installation of monitoring agents, knowledge transfer from Customer's internal team, and set-up of the service desk.

3.2 Transition Acceptance criteria: all devices listed in Schedule 1 are under monitoring and visible on the service dashboard; the service desk has handled calls for ten consecutive working days within the Schedule 2 targets; backup jobs for all servers have completed and a test restore has succeeded at each site; and runbooks for every recurring task have been reviewed by Customer.

3.3 Customer confirms Transition Acceptance in writing within five working days of Provider's notice that the criteria are met. The day after that confirmation is the Service Commencement Date.

3.4 If Transition Acceptance is late for reasons attributable to Provider, Provider pays delay damages of CNY 1,800 for each day of delay, up to CNY 90,000.

## 4. Service Levels

4.1 Provider shall meet the service levels in Schedule 2 and report on them monthly.

4.2 If a service level is missed, Customer receives the service credit stated in Schedule 2, deducted from the next invoice. Credits in a month are limited to 20% of that month's service charge.

4.3 Provider shall hold a service review meeting with Customer each quarter and agree an improvement plan for any service level missed twice in a quarter.

4.4 Provider shall keep a record of every incident, request and change, including its priority, times of response and restoration, and root cause, and give Customer read access to these records through the service portal at all times.

## 5. Customer Data and Data Security

5.1 All data held in or passing through the systems managed by Provider ("Customer Data") belongs to Customer. Provider may use it only to perform the Services and shall not copy, keep or use it for any other purpose.

5.2 Provider shall access Customer's systems only through Customer's privileged access management system, with named accounts, multi-factor authentication and session recording. Provider's staff shall not copy Customer Data to personal devices or outside Customer's network, and Provider's tools shall be hosted in mainland China.

5.3 Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, report any security incident affecting Customer Data within 2 hours, contain it immediately, and be liable for losses caused by an incident attributable to Provider.

5.4 At the end of the Term Provider returns all Customer Data and documentation and deletes any copies, confirming deletion in writing.

## 6. Intellectual Property

6.1 Provider's monitoring and service desk tools remain its property.

6.2 Runbooks, configuration records, scripts and documentation produced for Customer under this Agreement belong to Customer, and Customer may use and modify them and give them to any replacement provider.

## 7. Personnel and Subcontracting

7.1 Provider shall assign a named service manager and keep an on-site engineer at each production site during working hours.

7.2 Provider shall not subcontract any part of the Services without Customer's prior written consent and remains responsible for any approved subcontractor.

7.3 Provider's staff on site shall follow Customer's chemical plant safety rules and permit-to-work system.

## 8. Liability

8.1 Provider's total liability under this Agreement is limited to 150% of the total charges in Schedule 3, except for personal injury, wilful misconduct and breach of clause 5, which are not limited.

8.2 Neither party is liable for indirect loss or loss of profit.

8.3 Provider shall keep professional indemnity insurance with a reputable insurer for the whole Term and provide evidence of it on request.

## 9. Termination

9.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after written notice, or if Provider misses the Priority 1 restoration target in three months of any six-month period.

9.2 On termination or expiry Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3, so that the Services can be transferred to Customer or a new provider without interruption.

9.3 During exit assistance Provider shall hand over all runbooks, configuration records, open tickets, credentials held on Customer's behalf and the asset register, and answer questions from the new provider.

## 10. Force Majeure

10.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and restores performance as soon as possible.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Nanjing Arbitration Commission for arbitration in Nanjing.

## 12. General

12.1 This Agreement, with Schedules 1 to 3, is the entire agreement between the parties. Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other's written consent.

For Customer: ____________________    For Provider: ____________________

## Schedule 1 — Services and Sites

| Service | Scope | Sites | Volume |
|---|---|---|---|
| Service desk | Chinese and English, telephone, email and portal, 07:00–22:00 on working days, on-call at other times | all | about 620 users |
| Endpoint management | patching, antivirus, software distribution, asset register | all | 640 desktops and laptops |
| Server and backup management | monitoring, patching, backup and restore, capacity reports | head office and Liuhe site | 46 servers |
| Network monitoring | switches, firewalls, wireless, WAN links, configuration backups | all | 210 devices |
| On-site support | desk-side support, device moves, spare-parts swaps | Liuhe and Luhe sites | one engineer per site |

## Schedule 2 — Service Levels and Credits

| Item | Target | Service credit if missed |
|---|---|---|
| Availability of core network and server services, per month | 99.95% | 5% of the monthly charge per 0.1 point of shortfall |
| Priority 1 incident (site network or production-related server down): response | 6 hours | CNY 1,000 per hour late |
| Priority 1 incident: restoration | 12 hours | CNY 2,000 per hour late |
| Priority 2 incident (single system or group of users affected): response | 8 hours | CNY 300 per hour late |
| Service desk calls answered within 60 seconds | 90% of calls | 2% of the monthly charge |
| Failed backup job not reported to Customer within one working day | each occurrence | CNY 500 |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge (one-time) | fixed, after Transition Acceptance | 132,000 |
| Monthly service charge | CNY 58,000 × 36 months | 2,088,000 |
| Total charges for the Term | | 2,220,000 |
| Exit assistance beyond the monthly charge | per engineer day | 2,600 |
| Additional on-site engineer | per month | 19,500 |

All charges include VAT. Additional services ordered by Customer in writing are charged at the rates above and are not part of the total charges.
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. TDL-CN-2025-118

PARTIES

This Data and API Subscription Agreement is made between Chengdu Tianfu Express Supply Chain Co., Ltd., Shuangliu District, Chengdu, Sichuan Province, People's Republic of China ("Customer"), and Tosu Data Logistics Co., Ltd., Tosu City, Saga Prefecture, Japan ("Provider").

BACKGROUND

Provider operates a data platform that supplies address geocoding, road-weather, traffic-restriction and logistics-hub data for mainland China through application programming interfaces. Customer wishes to subscribe to these data feeds for its parcel routing and delivery-time estimation systems, and Provider agrees to supply them on the terms below.

1. DEFINITIONS

1.1 "API" means Provider's geocoding, road-weather, traffic-restriction and hub-status interfaces described in Annex A, with their documentation and updates.

1.2 "Subscription Year" means the first year of the Subscription Term, starting on the Production Start Date, or the second year, starting on the first anniversary of that date.

1.3 "Customer Data" means all addresses, parcel identifiers, route requests and other data that Customer or its systems send to the API, and all results returned to Customer.

1.4 "Production Start Date" means the date on which Customer confirms Integration Acceptance under clause 4.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to call the API from Customer's systems and to use the data returned for Customer's own logistics operations in mainland China, including display to Customer's couriers and customers.

2.2 The Subscription Term is two Subscription Years.

2.3 Each Subscription Year includes up to 90 million API calls. Calls above that volume are charged at CNY 0.002 per call and invoiced monthly in arrears; they are not part of the Total Contract Value.

3. FEES AND PAYMENT

3.1 The fees are:
(a) Subscription fee, Subscription Year 1: CNY 348,000;
(b) Subscription fee, Subscription Year 2: CNY 365,400;
(c) Integration Support (one-time): CNY 42,000.
The Total Contract Value is CNY 755,400, including VAT.

3.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and paid within 30 days of invoice.

3.3 The Integration Support fee is invoiced after Integration Acceptance and paid within 30 days of invoice. No amount is payable before the Production Start Date.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall provide a test environment within 10 days after signature and production API credentials within 45 days after signature (the "Provisioning Date"). Integration Support covers interface workshops, mapping of Customer's address formats, and assistance with load testing.

4.2 Integration Acceptance criteria: (a) geocoding of Customer's reference set of 50,000 addresses reaches the match and precision levels stated in Annex A; (b) road-weather and restriction feeds are received for all 31 provincial-level regions at the update interval stated in Annex A; (c) a load test at 800 calls per second completes with a median response time under 150 milliseconds; (d) Customer's routing system has run on the API in parallel with its current source for seven days without a Priority 1 incident.

4.3 Customer confirms Integration Acceptance in writing within five working days after Provider's notice that the criteria are met, or lists the criteria not met.

4.4 If production API credentials are not provided by the Provisioning Date for reasons attributable to Provider, Provider shall pay delay damages of CNY 500 for each day of delay, up to CNY 30,000.

5. SERVICE LEVELS

5.1 Provider shall keep the API available 99.95% of each calendar month, measured at Provider's gateway, excluding maintenance announced five days in advance and performed between 01:00 and 04:00 China Standard Time.

5.2 Provider shall respond to a Priority 1 incident (the API unavailable, or data for a whole region missing or wrong) within 1 hour at any time and restore normal service within 6 hours; to a Priority 2 incident within 2 hours during business hours; and to other requests within one business day.

5.3 If monthly availability falls below 5.1, Customer receives a credit of 5% of the monthly equivalent of the current subscription fee for each 0.1 percentage point of shortfall, up to half of that amount. A late Priority 1 response earns a credit of CNY 800 per hour of delay. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

5.4 Provider shall publish a status page and send Customer a monthly report on availability, latency and incidents.

6. DATA RIGHTS

6.1 Customer Data belongs to Customer.

6.2 Customer grants Provider a perpetual, royalty-free licence to use query logs, address strings and results derived from Customer Data, in aggregated or de-identified form, to improve Provider's geocoding models and data products and to offer them to other customers. This licence survives the end of this Agreement.

6.3 Provider's data, including its address database, weather data and hub data, remains Provider's property. Customer may keep data returned during the Subscription Term in its operational records but shall not build a competing database from it.

7. DATA SECURITY

7.1 Provider shall process Customer Data only on servers located in mainland China, encrypt it in transit and at rest, restrict access to authorised personnel with multi-factor authentication and logging, and hold a current ISO/IEC 27001 certificate for the API platform.

7.2 Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. Addresses that could identify individuals are processed only as needed to return results and are not retained in identifiable form beyond 30 days, except in the de-identified form permitted by clause 6.2.

7.3 Provider shall notify Customer of any security incident affecting Customer Data within 12 hours of becoming aware of it, contain it immediately, cooperate with Customer and the authorities, and be liable for losses caused by an incident attributable to Provider.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including Customer's shipment volumes, network plans and pricing and Provider's non-public product information, and use it only for this Agreement, for three years after it ends.

9. INTELLECTUAL PROPERTY

9.1 Provider owns the API and its data products.

9.2 Adapters, address-format mappings and scripts written by Provider for Customer during Integration Support belong to Customer, which may use, modify and license them freely. Provider delivers their source code with Integration Acceptance.

10. SUBCONTRACTING

10.1 Provider shall not subcontract the operation of the API or Integration Support to any third party without Customer's prior written consent, except for the cloud hosting provider named in Annex B, which Customer approves by signing this Agreement.

11. RENEWAL

11.1 At the end of the Subscription Term, this Agreement renews automatically for successive periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

11.2 The subscription fee for each renewal year will be Provider's list price in effect at the start of that year, as published on Provider's website. Provider may increase that price at its discretion.

12. LIABILITY

12.1 Neither party is liable for indirect loss, loss of profit or loss of business.

12.2 Provider's total liability under this Agreement is limited to 120% of the Total Contract Value, except for breach of clauses 7 and 8, wilful misconduct and personal injury, which are not limited.

13. TERM AND TERMINATION

13.1 This Agreement starts on signature and continues until the end of the Subscription Term and any renewal.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. Monthly availability below the level in clause 5.1 in two consecutive months is a material breach by Provider.

13.3 On termination for Provider's breach, Provider refunds the subscription fee for the unused part of the current Subscription Year.

14. FORCE MAJEURE

14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Chengdu under its rules in force at the time. The award is final and binding.

15.3 Pending the outcome of any dispute, both parties continue to perform their undisputed obligations, and Provider shall not suspend the API because of the dispute.

16. GENERAL

16.1 This Agreement, with Annex A (API and Data Specification) and Annex B (Approved Hosting Provider), is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other's written consent.

For Customer: ____________________          For Provider: ____________________

Name and title: ______________________        Name and title: ______________________

Date: ____________                            Date: ____________
"""

FILES = {  # key: (file name, format, source, lang)
    "z01": ("h665z01_statistics_enforcement_case_platform.pdf", "pdf", Z01, "zh"),
    "z02": ("h665z02_chain_plant_line_control_retrofit.docx", "docx", Z02, "zh"),
    "z03": ("h665z03_noodle_chain_ordering_membership_saas.txt", "txt", Z03, "zh"),
    "z04": ("h665z04_special_equipment_report_system_om.txt", "txt", Z04, "zh"),
    "z05": ("h665z05_belt_plant_vulcanising_tracking_supplier_template.md", "md", Z05, "zh"),
    "e01": ("h665e01_spc_perpetual_licence_kumamoto_vendor.pdf", "pdf", E01, "en"),
    "e02": ("h665e02_fleet_planning_saas_order_form_kagoshima_vendor.md", "md", E02, "en"),
    "e03": ("h665e03_condition_monitoring_sensors_licence_nagasaki_vendor.docx", "docx", E03, "en"),
    "e04": ("h665e04_managed_it_services_36_months_miyazaki_vendor.md", "md", E04, "en"),
    "e05": ("h665e05_logistics_data_api_subscription_saga_vendor.txt", "txt", E05, "en"),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# per draft: category, term overrides, extra, TCO inputs (fee base, annual fee) for goods, forum outside mainland,
# and the design list of rules
D = {
    "z01": dict(cat="software", t=dict(availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=0.1,
                prepayment_pct=25, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                subcontract_without_consent=True, contract_kind="goods_or_licence"),
                x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                       contract_value=1484000), base=780000, fee=70200,
                rules=["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
    "z02": dict(cat="hardware", t=dict(p1_response_hours=1, data_security_clause=False, ld_rate_per_day_pct=0.08,
                prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8,
                termination_for_breach=False, contract_kind="goods_or_licence"),
                x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                       contract_value=2132000), base=1874000, fee=149920,
                rules=["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "z03": dict(cat="cloud", t=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False,
                buyer_owns_data=False, ld_rate_per_day_pct=600 / 684000 * 100, auto_renewal_price_increase=True),
                x=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=684000),
                rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-NO-REMEDY"]),
    "z04": dict(cat="services", t=dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=0.1),
                x=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=436000),
                rules=[]),
    "z05": dict(cat="software", t=dict(sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=0.02,
                liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False,
                warranty_months=6, post_warranty_fee_pct=22, subcontract_without_consent=None, governing_law=None,
                contract_kind="goods_or_licence"),
                x=dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                       contract_value=960000), base=768000, fee=168960,
                rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                       "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": dict(cat="software", t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
                prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
                governing_law="Japan", contract_kind="goods_or_licence"),
                x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                       contract_value=1900000), base=1260000, fee=138600, outside=True,
                rules=["CR-GOVERNING-LAW"]),
    "e02": dict(cat="cloud", t=dict(availability_pct=99.95, p1_response_hours=0.5, liability_cap_pct=6 / 24 * 100),
                x=dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=625600),
                rules=["CR-LD-MISSING", "CR-LIABILITY-CAP"]),
    "e03": dict(cat="hardware", t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=200,
                prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=7.5,
                contract_kind="goods_or_licence"),
                x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                       contract_value=1971000), base=1800400, fee=135030,
                rules=[]),
    "e04": dict(cat="services", t=dict(availability_pct=99.95, p1_response_hours=6, confidentiality=False,
                ld_rate_per_day_pct=1800 / 2220000 * 100, liability_cap_pct=150),
                x=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2220000),
                rules=["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE"]),
    "e05": dict(cat="cloud", t=dict(availability_pct=99.95, p1_response_hours=1, buyer_owns_data=False,
                ld_rate_per_day_pct=500 / 755400 * 100, liability_cap_pct=120, auto_renewal_price_increase=True),
                x=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=755400),
                rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
              prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)


def tco_share(d):
    t = d["t_full"]
    post_years = 5 - t["warranty_months"] / 12
    fees = max(post_years, 0) * d["fee"]
    return fees / (d["x"]["contract_value"] + fees) * 100


def derive(d):
    """My reading of policy §3 on the label values."""
    t, x, r = d["t_full"], d["x"], set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    else:
        if t["sla_remedy"] is False:
            r.add("CR-SLA-NO-REMEDY")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        if tco_share(d) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or d.get("outside"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    return "medium" if set(rules) - LOW else "low"


# ---- threshold figures in the texts ----
PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)\s*%?",
    r"(?<![\d.,])4\s*(?:个)?(?:小时|hours?|hrs?|-hour)",
    r"四\s*个?\s*小时", r"\bfour[\s-]*hours?",
    r"(?<![\d.])0\.050*(?!\d)", r"万分之五(?![十\d])", r"千分之零点五", r"(?<![\d.])0\.5\s*‰",
    r"(?<![\d.,])100\s*%", r"百分之一?百", r"one hundred per\s*cent",
    r"(?<![\d.,])30\s*%", r"百分之三十(?![一二三四五六七八九])", r"thirty per\s*cent",
    r"(?<![\d.,])40\s*%", r"百分之四十(?![一二三四五六七八九])", r"forty per\s*cent",
    r"(?<![\d.,])15\s*%", r"百分之十五", r"fifteen per\s*cent",
    r"(?<![\d.,])12\s*(?:个月|months?|-month)", r"十二个月", r"twelve[\s-]*(?:calendar\s*)?months?",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 hours", "4-hour", "四小时", "four hours", "0.05%", "万分之五", "100%",
            "百分之百", "30%", "30 %", "百分之三十", "40%", "百分之四十", "15%", "百分之十五", "12个月", "12 months",
            "十二个月", "twelve months", "twelve calendar months", "0.5‰"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 days", "1.4 hours", "0.055", "0.5%", "130%", "0.15%",
             "115%", "200%", "140%", "百分之三十五", "12 hours", "十二月", "120%", "1,500", "CNY 1,000", "7.5%"]


def scan(text):
    forms = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    return [m.group(0) for f in forms for m in RX.finditer(f)]


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


def main():
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, fmt, src, lang) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
    covered = set()
    bad = []
    for k, (name, fmt, src, lang) in FILES.items():
        d = D[k]
        t = dict(BASE)
        t.update(d["t"])
        d["t_full"] = t
        rules = derive(d)
        assert rules == sorted(d["rules"]), (k, rules, d["rules"])
        covered |= set(rules)
        for key, th in THRESH.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key)
        extra = dict(d["x"])
        if t["contract_kind"] != "goods_or_licence":
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            extra.pop("post_warranty_fee_capped", None)
            share = None
        else:
            share = tco_share(d)
            assert abs(share - 40) > 2, (k, share)
        label = {"file": name, "language": lang, "category": d["cat"],
                 "expected_terms": {key: t[key] for key in KEYS}, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                        encoding="utf-8")
        text = read_back(OUT / name)
        hits = scan(text)
        assert not hits, (k, hits)
        if lang == "zh":
            n = len(re.sub(r"\s+", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        print("%s %-62s %s %5d %s  rules=%s risk=%s tco=%s" % (k, name, lang, n, "ok" if ok else "OUT OF RANGE",
              ",".join(r[3:] for r in rules) or "-", risk(rules), "-" if share is None else "%.1f" % share))
        if not ok:
            bad.append((k, n))
    assert not bad, bad
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
