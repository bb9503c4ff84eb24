"""holdout350: writes the ten ordinary draft contracts, their .json labels, and checks lengths, thresholds and the
rule mix. Run from this folder: /work/main/.venv/bin/python -B make_files.py"""
import sys; sys.dont_write_bytecode = True  # noqa: E702
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# z01 水利局 灌区信息化管理平台 (政府采购 公开招标, buyer's paper) — PDF, 第X条 + 1.1
H350Z01 = """
T:清河县水利局灌区信息化管理平台建设项目采购合同
P:合同编号：QHSL-ZFCG-2025-017    采购方式：公开招标    项目编号：QHCG2025-GK-0233
P:甲方（采购人）：清河县水利局    地址：清河县滨河东路88号
P:乙方（供应商）：江渚智水科技有限公司    地址：南昌市高新区艾溪湖北路469号
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据本项目招标文件、乙方投标文件及中标通知书，甲乙双方就清河县东干渠、西干渠两个灌区的信息化管理平台建设事宜，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责提供灌区信息化管理平台软件（含水情监测、闸门远程控制、用水计量、水费计收、移动巡查五个子系统）的永久使用许可，并完成安装部署。
P:1.2 乙方负责供货并安装量水设施及遥测终端，包括明渠超声波流量计62套、雷达水位计38套、闸门测控一体机24套、太阳能供电及通信单元124套，具体清单见附件一。
P:1.3 乙方按甲方需求定制开发灌溉调度模型及水费计收模块，实现按斗口计量、按方收费、欠费提醒和报表输出，并与省水利厅水资源监控平台对接。
P:1.4 乙方负责系统联调、试运行、操作培训及本合同约定的质保期服务。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰陆拾贰万元整（¥2,620,000.00），为固定总价，已包含设备、软件、运输、安装、调试、培训、税费及质保期内全部服务费用。分项如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久使用许可|1,160,000
TB:2|量水设施及遥测终端（附件一）|842,000
TB:3|灌溉调度模型及水费计收定制开发|468,000
TB:4|安装调试及系统联调|126,000
TB:5|操作及管理培训|24,000
TB:合计||2,620,000
P:2.2 上述第1、2项合计2,002,000元，为本合同软硬件价款，作为质保期满后维保费用的计算基数。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款，计524,000元。
P:3.2 全部设备到货、安装完毕并经甲方现场核验数量后，甲方支付合同总价的45%，计1,179,000元。到货核验仅为数量清点，不视为验收。
P:3.3 项目通过最终验收并经财政国库支付审核后，甲方支付合同总价的35%，计917,000元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方通过国库集中支付系统付款，因财政审批造成的合理时间不视为甲方逾期。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后90日内完成全部设备安装，150日内完成系统部署和联调，并进入试运行。
P:4.2 施工涉及渠道、闸站作业的，乙方应服从甲方灌溉调度安排，不得影响正常供水。
H:第五条 验收
P:5.1 试运行期为60日。试运行结束后，乙方提交验收申请，甲方组织由水利、信息化专家组成的验收小组进行最终验收。
P:5.2 验收标准：（1）各测站数据到报率不低于98%；（2）流量计比测误差不超过±5%；（3）闸门远程启闭指令执行时间不超过30秒；（4）水费计收模块按附件二样例数据计算结果全部正确；（5）省厅平台对接联调通过；（6）通过第三方网络安全等级保护测评。
P:5.3 任何一项不合格的，乙方应在15日内整改并重新申请验收。设备安装、系统上线或甲方实际使用，均不视为验收合格。
H:第六条 服务水平
P:6.1 质保期内，平台月度可用率不低于99.95%（计划内维护且提前三日书面通知的除外）。
P:6.2 故障分级及响应：一级故障（平台整体不可用或闸门控制失灵）乙方应在30分钟内响应，6小时内到达现场；二级故障（单个子系统或10个以上测站中断）2小时内响应，次日到场；三级故障在2个工作日内处理。
P:6.3 一级故障每超过响应时限1小时，甲方从履约保证金或应付款中扣除1,000元；月度可用率每低于承诺值0.01个百分点，扣除1,500元。扣款不免除乙方修复义务。
H:第七条 质保期与维保
P:7.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内软硬件故障由乙方免费维修、更换，并提供软件升级。
P:7.2 质保期满后，甲方如需继续由乙方提供维保服务，年度维保费不超过第2.2款所述软硬件价款的8%，即每个维保年度不超过160,160元，且自质保期满起三个维保年度内不上调。维保合同另行签订，不自动续期。
H:第八条 知识产权
P:8.1 平台标准软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的调度模型、水费计收模块、接口程序及其源代码、文档，知识产权归甲方所有，乙方应在验收时一并移交源代码。甲方可自行或委托第三方修改、使用。
P:8.3 乙方保证其提供的软硬件不侵犯第三方权利，因侵权引起的索赔由乙方负责处理并承担费用。
H:第九条 数据安全
P:9.1 平台产生和存储的水情、用水户、计费等数据均归甲方所有，乙方仅为履行本合同目的使用，不得复制、留存或向第三方提供。
P:9.2 乙方应落实网络安全等级保护要求，对远程运维实行堡垒机审计和账号最小授权，不得在系统中设置后门。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内报告甲方并采取补救措施。因乙方原因造成的，乙方承担全部责任，并赔偿甲方由此遭受的损失。
H:第十条 保密
P:乙方对在履行合同中知悉的甲方水利工程资料、用水户信息及其他非公开信息负有保密义务，未经甲方书面同意不得披露。本条在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定期限完成安装或联调的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 乙方提供的设备不符合合同约定的，应无条件更换，并承担由此产生的费用。
P:11.3 甲方无正当理由逾期付款的，按中国人民银行同期贷款市场报价利率向乙方支付利息。
H:第十二条 分包
P:本项目不得转包。乙方确需将渠道土建配套工作分包的，应事先取得甲方书面同意，并对分包部分承担连带责任。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件、中标通知书及附件一、附件二均为本合同组成部分。
P:甲方（盖章）：清河县水利局    代表：__________    日期：2025年__月__日
P:乙方（盖章）：江渚智水科技有限公司    代表：__________    日期：2025年__月__日
"""

# z02 石墨电极厂 焙烧炉控制系统改造 + post-warranty 维保 — DOCX, 一、/（一）, Word price table
H350Z02 = """
T:焙烧炉燃烧控制系统改造项目合同
P:合同编号：TS-JX-2025-0611
P:甲方：泰山炭素新材料股份有限公司
P:乙方：鲁控自动化工程有限公司
P:鉴于甲方二车间36室环式焙烧炉现有燃烧控制系统投运已久，温控精度不足、备件停产，甲方决定实施控制系统改造；乙方具备相应的工程及自动化资质。双方依照《中华人民共和国民法典》，经友好协商，就下列事项达成一致。
H:一、改造范围
P:（一）拆除原有燃烧架控制箱及仪表，新建一套分散控制系统，包括主控柜2面、远程I/O柜6面、燃烧架控制器18台、炉室温度及负压测点216点。
P:（二）提供燃烧控制组态软件及升温曲线管理软件的永久许可，安装于甲方中控室两台操作站及一台工程师站。
P:（三）完成改造施工、单体调试、冷态联调及带料热态调试，确保改造期间焙烧炉分批停炉、不影响其余炉室生产。
P:（四）对甲方工艺、电气及操作人员进行现场培训，并提供工艺参数优化服务。
P:（五）乙方应提供完整的竣工资料，包括系统架构图、I/O清单、接线图、控制程序说明、操作手册和维护手册各三份及电子版。
P:（六）改造施工期间，乙方应遵守甲方安全生产管理制度，进入焙烧区域作业须办理动火、高处作业等许可，施工人员须经甲方安全培训并考试合格。乙方施工人员的人身安全由乙方负责，乙方应为其购买意外伤害保险。
H:二、合同价款
P:（一）合同总价为人民币贰佰万元整（¥2,000,000），含税，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|控制柜、控制器、仪表及网络设备|1批|1,386,000
TB:2|燃烧控制组态软件及升温曲线管理软件永久许可|3套|214,000
TB:|软硬件小计||1,600,000
TB:3|改造施工及调试|1项|296,000
TB:4|工艺参数优化服务|1项|84,000
TB:5|培训|1项|20,000
TB:|合计||2,000,000
P:（二）上表软硬件小计1,600,000元为质保期满后维保费的计算基数。
H:三、付款
P:（一）合同生效后10日内，甲方支付合同总价的10%，计200,000元，作为预付款。
P:（二）设备到货并安装完成、经甲方签收后，甲方支付合同总价的55%，计1,100,000元。设备签收不构成验收。
P:（三）系统通过最终验收后15日内，甲方支付合同总价的35%，计700,000元。
P:（四）乙方每次收款前应向甲方开具合法有效的增值税专用发票，甲方收到发票后付款。
H:四、工期
P:（一）乙方应在合同生效后75日内完成设备供货，并按甲方停炉计划在停炉后12日内完成每一火焰系统的改造。
P:（二）全部改造及热态调试应在合同生效后150日内完成。
P:（三）甲方应按双方确认的停炉计划提供停炉条件、施工用电及临时场地；因甲方原因未能按期停炉的，工期相应顺延，双方书面确认顺延天数。
P:（四）乙方应每周提交施工进度周报，说明已完成工作、下周计划、存在问题及需甲方配合事项。
H:五、验收
P:（一）热态调试后连续运行45日为考核期。考核期满，双方按附件技术协议进行最终验收并签署验收报告。
P:（二）验收指标：各炉室实际升温曲线与设定曲线偏差不超过±8℃；负压控制偏差不超过±10Pa；燃气单耗较改造前下降不少于4%；考核期内无因控制系统原因导致的停炉；操作站画面与现场测点一一对应。
P:（三）指标未达到的，乙方应整改后重新考核。甲方在考核期内的生产使用不视为验收合格。
P:（四）最终验收由甲方生产、设备、能源三个部门共同参加，验收报告经双方签字后生效。验收所需的检测仪器由乙方提供，其精度应满足第（二）项指标的检测要求。
H:六、质保
P:（一）质保期为十八个月，自最终验收之日起算。质保期内，乙方免费修理或更换故障设备及软件，并免费提供软件补丁。
P:（二）质保期内故障响应：一级故障（任一火焰系统失控或中控室失去监视）乙方应在30分钟内电话响应，3小时内到达现场；二级故障在2小时内响应，24小时内到场；其余故障在3个工作日内处理完毕。
P:（三）一级故障响应或到场每迟延1小时，乙方向甲方支付800元。
H:七、质保期满后的维保
P:（一）质保期满后，乙方提供驻厂维保服务：一名驻厂工程师常驻甲方，负责日常巡检、备件更换、程序维护及年度停炉检修配合，并免费提供易损备件。
P:（二）维保费为每个维保年度448,000元，即软硬件小计的28%，按季度支付。该价格在质保期满后各维保年度内固定，乙方不得调整。
P:（三）维保服务合同在质保期满前一个月另行签订，期满不自动续期。
P:（四）维保期间乙方应每季度提交巡检报告，并在年度停炉检修前15日提交检修方案。
H:八、知识产权
P:（一）组态软件、曲线管理软件的著作权归乙方或其原厂所有，甲方获得永久使用许可。
P:（二）为本项目编制的控制程序、组态画面、燃烧曲线及工艺参数包归甲方所有，乙方应交付可编辑的工程文件。
H:九、数据与安全
P:（一）控制系统采集的温度、负压、燃气量等生产工艺数据及甲方工艺配方归甲方所有，乙方仅可为履行本合同使用，不得带离厂区或提供给他人。
P:（二）乙方应按工业控制系统信息安全防护要求实施：控制网络与办公网络隔离，关闭无用端口，远程维护须经甲方逐次审批并全程录屏，不得接入未经查杀的移动介质。
P:（三）因乙方违反上述要求导致工艺数据泄露或控制系统遭受攻击的，乙方应在发现后2小时内通知甲方，并承担由此造成的全部损失。
P:（四）乙方人员离场前应交回全部账号、门禁卡及移动介质，由甲方检查确认。
H:十、保密
P:乙方对甲方的工艺参数、配方、产能及经营信息负有保密义务，合同终止后三年内仍然有效。
H:十一、违约责任
P:（一）乙方逾期完成改造的，每逾期一日，按合同总价的万分之八支付违约金。
P:（二）乙方原因造成停炉或产品质量事故的，乙方应赔偿甲方直接损失。
P:（三）乙方在本合同项下的累计赔偿责任以合同总价的1.5倍为限，但故意、重大过失及人身伤害除外。
H:十二、分包
P:未经甲方书面同意，乙方不得将本合同任何部分分包给第三方。
H:十三、解除
P:乙方严重违约且在甲方书面通知后15日内未能纠正的，甲方可解除合同，乙方应返还已收取的相应款项并赔偿损失。
H:十四、适用法律与争议
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交泰安仲裁委员会仲裁。
H:十五、不可抗力
P:（一）因地震、洪水、火灾、疫情等不可抗力致使合同不能按期履行的，受影响方应在不可抗力发生后3日内通知对方，并在15日内提供有关证明。
P:（二）不可抗力影响期间，履行期限相应顺延；不可抗力持续超过90日致使合同目的无法实现的，双方可协商解除合同。
H:十六、通知
P:双方指定项目负责人作为联系人。与本合同有关的通知应以书面形式送达对方项目负责人或合同首页所列地址，以邮件发送的，自发出之日起第二日视为送达。
H:十七、生效
P:本合同经双方签字盖章后生效，一式四份，双方各执二份。附件技术协议与本合同具有同等效力。
P:甲方：泰山炭素新材料股份有限公司（盖章）    授权代表：________
P:乙方：鲁控自动化工程有限公司（盖章）    授权代表：________
P:签订日期：2025年__月__日
"""

# z03 连锁健身餐店 (40 家) 点单及会员 SaaS + 实施 — TXT, 第X条 + （1）
H350Z03 = """禾轻食门店点单及会员管理系统服务合同

合同编号：HQS-IT-2025-08
甲方：成都禾轻食餐饮管理有限公司（下称“甲方”）
乙方：蓉点云科技有限公司（下称“乙方”）

甲方经营“禾轻食”健身餐连锁品牌，现有直营门店40家。为统一门店点单、外卖接单和会员运营，甲方拟采用乙方的“蓉点”餐饮SaaS系统。双方根据《中华人民共和国民法典》等法律法规，订立本合同。

第一条 服务内容
（1）乙方向甲方40家门店提供蓉点餐饮SaaS服务，包括收银点单、扫码点餐、外卖平台聚合接单、后厨出单及库存提醒功能。
（2）乙方提供会员中心模块，包括会员注册、储值、积分、营养餐计划订阅、优惠券和小程序商城。
（3）乙方负责系统实施：门店终端部署、菜单及营养成分数据导入、原有会员数据迁移、与甲方财务系统的接口对接及店长培训。
（4）按甲方需求定制的营养餐计划小程序页面和经营分析报表，属于本合同的定制交付物。
（5）乙方为甲方配置总部管理后台，支持按门店、时段、菜品统计销售和毛利，并支持营养成分标签打印。

第二条 服务期限
（1）服务期为三个服务年度，首个服务年度自上线验收合格之日起算。
（2）服务期满前30日内，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。
（3）续期时，乙方有权按其届时公布的标准价格调整年度服务费，并以书面通知甲方；甲方未提出异议即视为接受。

第三条 费用
（1）年度服务费：门店SaaS服务每店每服务年度4,800元，40家门店合计192,000元；会员中心模块每服务年度36,000元。年度服务费合计228,000元。
（2）实施费：96,000元，一次性支付。
（3）三个服务年度合同总价为780,000元（228,000元×3+96,000元），含增值税。
（4）门店数量增加的，新增门店按每店每服务年度4,800元另行结算，不计入本合同总价。

第四条 付款
（1）实施费在上线验收合格后15日内支付。
（2）每个服务年度的年度服务费在该服务年度开始后15日内支付。
（3）乙方应在甲方付款前开具增值税专用发票。
（4）甲方对服务费或补偿金额有异议的，应在收到账单后10日内提出，双方核对后按实际结算。

第五条 实施与验收
（1）乙方应在合同签订后45日内完成全部40家门店的部署和数据迁移。
（2）上线验收标准：所有门店收银、扫码点餐和外卖接单功能正常运行；迁移会员数量、储值余额、积分与原系统逐户核对一致；财务接口连续10日对账无差异；高峰时段单笔点单响应不超过2秒；定制页面与报表符合需求确认书。
（3）甲方应在收到验收申请后7个工作日内组织验收并出具书面意见。未经甲方书面确认，不视为验收合格。
（4）乙方应为每家门店店长和收银员提供不少于两小时的操作培训，并向甲方总部运营人员提供会员营销功能培训，提供培训手册和操作视频。
（5）乙方逾期完成上线验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。

第六条 服务水平
（1）系统月度可用率不低于99.5%，计划维护应安排在凌晨1点至5点之间并提前48小时通知。
（2）故障分级：一级故障指收银或点单功能在3家以上门店无法使用，乙方应在30分钟内响应、2小时内恢复；二级故障指单店无法使用或会员储值异常，乙方应在1小时内响应、8小时内恢复；三级故障在3个工作日内解决。
（3）服务补偿：月度可用率未达承诺的，每低0.1个百分点，乙方按当月服务费的5%予以减免；一级故障恢复每超时1小时，减免当月服务费的2%。当月减免总额以当月服务费为限。
（4）乙方每月5日前向甲方提交上月服务报告，列明可用率、故障记录、恢复时间及服务补偿金额。

第七条 数据归属与使用
（1）甲方的会员信息、订单、储值及经营数据归甲方所有。
（2）甲方同意，乙方可将甲方的订单及会员消费数据进行去标识化、汇总处理后，用于乙方产品改进和餐饮行业分析报告，该项使用在本合同终止后仍可继续。
（3）合同终止后30日内，乙方应向甲方完整导出数据，并在导出确认后删除系统中的甲方数据（前款汇总数据除外）。

第八条 数据安全
（1）乙方应采取加密存储、传输加密、访问控制、操作日志审计等措施保护甲方数据，系统应通过网络安全等级保护二级测评。
（2）会员个人信息的处理应符合《个人信息保护法》，乙方不得超出甲方指示处理。
（3）发生数据泄露或安全事件的，乙方应在24小时内通知甲方，配合处置并承担因乙方原因造成的损失。
（4）乙方应每服务年度进行一次渗透测试，并将测试结论及整改情况告知甲方。

第九条 保密
双方对在合作中知悉的对方商业秘密及非公开信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。

第十条 知识产权
（1）蓉点SaaS平台及其标准功能的知识产权归乙方。
（2）第一条第（4）项所述定制页面和报表的知识产权归甲方，乙方应交付源文件；甲方可自行或委托他人修改使用。

第十一条 责任限额
乙方在本合同项下的累计赔偿责任不超过合同总价的两倍，但因乙方故意或重大过失、违反第八条造成的损失除外。

第十二条 分包
乙方不得将本合同项下的实施或运维工作分包，确需分包的应取得甲方书面同意。乙方使用的云服务提供商已在附件中列明，更换云服务提供商须提前征得甲方书面同意。

第十三条 合同解除
（1）乙方严重违约，经甲方书面通知后10日内未改正的，甲方有权解除合同，乙方应退还未履行期间的服务费。
（2）系统月度可用率连续两个月未达承诺的，甲方有权解除合同。
（3）合同解除或终止的，乙方应按第七条第（3）项向甲方导出数据，并提供不少于30日的过渡期服务。

第十四条 适用法律及争议
本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。

第十五条 甲方义务
（1）甲方应指定项目联系人，按乙方实施计划提供门店清单、菜单资料、会员数据及网络条件。
（2）甲方应妥善保管系统账号和密码，并对其员工的操作行为负责。
（3）甲方应按约定支付费用。

第十六条 不可抗力
因不可抗力导致一方不能履行合同的，受影响方应及时通知对方并提供证明，在不可抗力影响范围内免除责任；但乙方应启动应急预案，尽快恢复服务。第三方云服务商的一般故障不属于不可抗力。

第十七条 通知
本合同项下的通知应以书面形式发送至合同载明的地址或双方指定的电子邮箱，邮件发出后次日视为送达。任何一方变更联系方式，应提前5日书面通知对方。

第十八条 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：门店清单、需求确认书、数据迁移方案。

甲方（盖章）：成都禾轻食餐饮管理有限公司    代表签字：________
乙方（盖章）：蓉点云科技有限公司    代表签字：________
日期：2025年__月__日
"""

# z04 市公路事业发展中心 路政管理系统 年度运维 (政府采购 竞争性磋商) — TXT, 1. / 1.1
H350Z04 = """柳州市公路事业发展中心路政管理系统2025年度运维服务合同

项目名称：路政管理系统2025年度运维服务
采购方式：竞争性磋商    采购编号：LZGL-CS-2025-041
甲方（采购人）：柳州市公路事业发展中心
乙方（成交供应商）：桂通数智信息技术有限公司

依据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目磋商文件、乙方响应文件及成交通知书，双方就路政管理系统运维服务达成如下协议。

1. 服务范围
1.1 运维对象：路政管理系统（含路政案件办理、超限运输许可、路产巡查、涉路施工审批、移动执法App五个子系统）及其所在的12台虚拟服务器、2套数据库、执法终端管理平台。
1.2 服务内容：日常监控与巡检、故障处理、数据库维护与备份、安全加固与漏洞修复、系统小版本功能优化（全年不超过200人日）、用户支持热线、重大活动保障及等保测评整改配合。
1.3 乙方派驻两名运维工程师在甲方现场工作，工作日8:30至17:30驻场，其余时间电话值守。
1.4 乙方应建立运维服务台，统一受理甲方各业务科室及基层路政大队的服务请求，对每一请求进行登记、分派、跟踪和回访，服务请求处理结果应经提出人确认。
1.5 乙方应每月进行一次数据库备份恢复验证，每季度进行一次应急演练，并将演练记录报甲方。

2. 服务期限
2.1 运维服务期自2025年7月1日起至2026年6月30日止。
2.2 服务期满后本合同终止，不自动续期；甲方需继续采购的，按政府采购程序另行组织。

3. 合同金额与支付
3.1 合同总价为人民币陆拾肆万捌仟元整（¥648,000），包括人工、工具、差旅、备件及税费。
3.2 合同总价按季度平均支付，每季度162,000元。每季度结束后，甲方依据第5条考核结果在15个工作日内支付当季费用，考核扣款从当季费用中扣除。
3.3 本合同不设预付款。
3.4 乙方应在每季度付款前开具合法有效的发票。

4. 服务水平
4.1 系统月度可用率不低于99.95%（经甲方同意的计划停机除外）。
4.2 故障等级与时限：
4.2.1 一级故障（系统整体不可用、执法App无法登录或数据库异常）：30分钟内响应，1小时内到场，6小时内恢复；
4.2.2 二级故障（单个子系统不可用或批量业务报错）：1小时内响应，12小时内恢复；
4.2.3 三级故障（个别功能或个别用户问题）：2个工作日内解决。
4.3 重大活动、汛期及春运期间，乙方实行24小时现场值守。
4.4 每月5日前提交上月运维报告，包括可用率统计、故障记录、巡检结果、安全事件和优化建议。
4.5 乙方应每季度对系统进行一次全面安全检查，包括漏洞扫描、弱口令核查、账号权限清理和日志审计，并在发现高危漏洞后3个工作日内完成修复或采取临时防护措施。
4.6 遇重大节假日、极端天气或突发公路事件，乙方应按甲方通知启动应急保障，安排技术骨干现场值守，确保路政执法和应急指挥功能正常运行。
4.7 乙方应建立运维知识库，记录故障现象、原因及处理方法，服务期满时一并移交甲方。

5. 考核与验收
5.1 甲方按季度对乙方进行考核，考核指标包括可用率、故障响应及恢复时限、巡检完成率、备份恢复演练结果、用户满意度，考核细则见附件。
5.2 考核扣款：可用率每低于承诺值0.01个百分点扣1,000元；一级故障每超时1小时扣800元；二级故障每超时1小时扣300元；巡检缺项每项扣200元。当季扣款累计以当季费用的20%为限。
5.3 服务期满后，乙方提交年度运维总结、系统文档、配置台账和账号清单，甲方组织年度终验。终验标准：四个季度考核均合格、文档与台账完整、全部账号权限已交回甲方。
5.4 季度考核不合格的，乙方应在10日内提交整改报告；连续两个季度考核不合格的，甲方有权解除合同。
5.5 季度考核结果由甲方以书面形式通知乙方，乙方对考核结果有异议的，可在5个工作日内提出复核申请，甲方应在5个工作日内答复。

6. 数据安全与保密
6.1 路政管理系统中的案件、许可、车辆、当事人信息等全部数据归甲方所有，乙方不得用于本合同以外的任何用途。
6.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，运维操作一律通过甲方堡垒机进行，严禁将数据拷贝至外部介质或上传至互联网。
6.3 乙方驻场人员应签署保密承诺书，离场时交回全部账号。
6.4 发生数据泄露、篡改或系统被入侵的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
6.5 乙方对履约中知悉的甲方工作秘密、执法信息及其他非公开信息承担保密义务，本款不因合同终止而失效。

7. 成果归属
运维期间乙方为甲方编写的脚本、补丁、优化功能代码、报表及文档，知识产权归甲方所有，乙方应随季度报告一并移交。乙方不得在上述成果中嵌入限制甲方使用的代码或授权控制。

8. 违约责任
8.1 乙方未在服务期开始之日前完成驻场人员到岗及运维交接的，每逾期一日，按合同总价的千分之一支付违约金。
8.2 乙方未按期完成甲方书面交办的等保整改事项的，每逾期一日，按合同总价的千分之一支付违约金。
8.3 乙方违约给甲方造成损失的，违约金不足以弥补的部分，乙方应另行赔偿。

9. 分包与人员
9.1 乙方不得将本项目转包或分包。
9.2 驻场工程师应具有相关专业资格，乙方更换驻场人员须提前10日书面征得甲方同意。
9.3 驻场工程师应遵守甲方考勤和工作纪律，服从甲方信息化部门的工作安排；驻场人员连续缺勤超过3日或不能胜任工作的，甲方有权要求乙方在5日内更换。

10. 合同解除
乙方有严重违约行为，经甲方书面催告后仍未在10日内改正的，甲方可书面通知解除合同，并按实际服务期间结算费用。合同解除后，乙方应在10日内完成运维交接，移交全部文档、脚本、配置台账和账号，并配合甲方或新的服务商完成过渡。

11. 法律适用与争议
本合同适用中华人民共和国法律。发生争议的，双方协商解决，协商不成的向柳州市城中区人民法院提起诉讼。

12. 其他
12.1 磋商文件、响应文件、成交通知书及附件均为本合同组成部分。
12.2 甲方应为驻场人员提供必要的办公场所、网络接入及系统访问权限，及时确认乙方提交的运维报告和考核结果，并按约定支付费用。
12.3 因自然灾害等不可抗力导致任何一方不能履行合同的，受影响方应及时通知对方，在影响范围内免除责任，但乙方应尽最大努力保障系统恢复。
12.4 本合同一式五份，甲方三份，乙方二份，经双方签字盖章后生效。

甲方（盖章）：柳州市公路事业发展中心    法定代表人或授权代表：________
乙方（盖章）：桂通数智信息技术有限公司    法定代表人或授权代表：________
签订日期：2025年6月__日
"""

# z05 果脯厂 ERP licence + custom development, supplier's own template (many problems) — MD, "## 第X条" + 1.1
H350Z05 = """# 易企通ERP软件销售及实施合同（标准文本 2024版）

**合同编号：** YQT-XS-2025-0392

**甲方（买方）：** 潍坊甜源果脯食品有限公司

**乙方（卖方）：** 易企通软件股份有限公司

本合同为乙方标准合同文本。甲方向乙方购买易企通ERP软件许可及实施服务，双方经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供易企通ERP标准版软件许可，模块包括财务、采购、销售、库存、生产和质量管理，并发用户数30个。

1.2 乙方根据甲方需求进行定制开发，内容包括：果脯批次追溯（原料果批次—糖渍—烘干—包装全链条）、糖度及含水率质检录入、经销商网上订货门户。订货门户支持经销商在线下单、查询库存、对账及物流跟踪。

1.3 乙方负责系统安装、基础数据初始化、期初数据导入及用户培训。

1.4 乙方为甲方关键用户提供集中培训，培训内容包括系统操作、日常维护及常见问题处理，培训时间不超过5个工作日。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 易企通ERP标准版软件许可（30用户） | 386,000 |
| 2 | 定制开发（批次追溯、质检录入、订货门户） | 248,000 |
| 3 | 实施服务 | 76,000 |
| 4 | 培训 | 10,000 |
| | 合计 | 720,000 |

2.1 合同总价为人民币柒拾贰万元整（¥720,000），含税。

2.2 定制开发需求以双方签字的需求说明书为准，需求变更另行计费。

## 第三条 付款方式

3.1 合同签订后7日内，甲方支付合同总价的60%，即432,000元。

3.2 系统上线后7日内，甲方支付合同总价的35%，即252,000元。

3.3 剩余5%即36,000元作为质保金，在免费维护期满后支付。

3.4 甲方逾期付款的，每日按应付金额的千分之一向乙方支付违约金，乙方并有权暂停实施及服务。

## 第四条 实施进度

4.1 乙方在收到第3.1款款项后开始实施，计划在90日内完成上线。

4.2 因甲方需求变更、数据准备不及时或人员配合不到位造成延误的，实施期限相应顺延。

4.3 乙方每两周向甲方提交实施进度简报。

## 第五条 上线与验收

5.1 乙方完成安装和数据导入后，即通知甲方上线运行。

5.2 系统上线运行即视为甲方验收合格。甲方在上线后提出的问题，乙方按第七条处理。

5.3 上线前，乙方协助甲方完成期初数据导入和试算，甲方应在试算结果上签字确认。

## 第六条 知识产权

6.1 软件产品及其文档的知识产权归乙方所有。

6.2 乙方为甲方进行定制开发所产生的程序、源代码及文档，知识产权归乙方所有，甲方享有在本企业内部使用的权利，不得修改、复制或提供给第三方使用。

6.3 乙方不向甲方提供任何源代码。

6.4 甲方如需取得定制开发程序的源代码或扩大使用范围，应另行与乙方协商并支付费用。

## 第七条 免费维护期

7.1 免费维护期为六个月，自系统上线之日起计算。

7.2 免费维护期内，乙方对软件缺陷进行免费修复，提供电话及远程支持。

## 第八条 技术支持

8.1 一级故障（系统无法登录或无法开单）：乙方在8小时内响应；二级故障：乙方在2个工作日内响应；三级故障：乙方在5个工作日内响应。

8.2 乙方将尽力在合理时间内排除故障。因故障造成的损失，乙方不承担赔偿责任。

8.3 乙方提供远程支持的时间为工作日9:00至17:30，节假日及非工作时间的现场服务另行收费。

## 第九条 后续维护服务

9.1 免费维护期满后，甲方如需乙方继续提供维护服务，应与乙方签订年度维护协议。

9.2 年度维护费按乙方届时公布的服务价格标准收取，乙方有权根据市场情况调整。

9.3 甲方未签订维护协议的，乙方不再提供任何技术支持和升级。

9.4 维护协议的服务内容包括软件缺陷修复、版本升级、远程支持及上门巡检。

## 第十条 数据

10.1 甲方在系统中录入和产生的业务数据归甲方所有，乙方仅在实施和维护需要的范围内接触，不得用于其他目的。

10.2 乙方远程维护须使用甲方分配的专用账号，操作留存日志；乙方应采取防病毒、访问控制等安全措施，防止甲方数据泄露或丢失。

10.3 因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方，协助恢复，并赔偿由此给甲方造成的直接损失。

## 第十一条 保密

双方对合作中获知的对方技术秘密和商业信息负有保密义务，未经对方同意不得向第三方披露。保密期限为合同终止后两年。

## 第十二条 违约责任

12.1 因乙方原因未能按第4.1款期限上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金。

12.2 乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总价的20%。

12.3 乙方对甲方的间接损失、利润损失、数据损失不承担责任。

## 第十三条 合同的解除

13.1 本合同生效后，甲方不得单方解除合同。甲方要求解除的，已付款项不予退还，并应付清全部合同价款。

13.2 甲方逾期付款超过30日的，乙方有权解除合同，并要求甲方赔偿损失。

## 第十四条 不可抗力

因不可抗力不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，双方协商处理。

## 第十五条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十六条 甲方义务

16.1 甲方应指定专人负责项目协调，及时提供实施所需的组织架构、物料编码、BOM、客户及供应商资料等基础数据，并对数据的准确性负责。

16.2 甲方应提供符合乙方配置要求的服务器、网络环境及操作系统、数据库软件，相关费用由甲方承担。

16.3 甲方应安排关键用户参加培训，并在上线前完成期初数据核对。因甲方原因导致的实施延误，由甲方承担相应责任。

16.4 甲方应妥善保管软件授权文件，不得对软件进行反向工程、反编译，不得超出授权用户数使用。

## 第十七条 需求变更

17.1 需求说明书签字确认后，甲方提出新增或变更需求的，乙方评估工作量后报价，经甲方确认后实施，工期相应顺延。

17.2 单项变更工作量在3人日以内的，乙方可酌情免费处理。

## 第十八条 其他

18.1 本合同未尽事宜，双方另行签订补充协议。

18.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：潍坊甜源果脯食品有限公司　　　　乙方（盖章）：易企通软件股份有限公司

授权代表：__________　　　　　　　　　　　　授权代表：__________

签订日期：2025年__月__日
"""

# e01 Liuyang fireworks-design studio, perpetual licences, Estonian vendor in Viljandi — PDF, Article N / N.N
H350E01 = """
T:Software Licence and Services Agreement
P:Agreement No. PYRO-LY-2025-04
P:This Software Licence and Services Agreement (the "Agreement") is made between Liuyang Starbloom Fireworks Design Co., Ltd., a company registered in Liuyang, Hunan Province, People's Republic of China (the "Customer"), and Kaarsild Pyro Systems OU, a private limited company registered in Estonia with its office at Tartu tn 17, Viljandi (the "Vendor").
P:Background. The Customer designs and choreographs fireworks displays for city festivals, theme parks and private events in China and abroad. The Vendor develops PyroScore, a software suite for designing fireworks shows, synchronising them to music and exporting firing scripts to electronic firing systems. The Customer wishes to acquire perpetual licences to PyroScore together with certain custom work, installation and training, and the Vendor is willing to provide them on the terms below.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the PyroScore Designer application, the Firing Interface module and the Venue 3D add-on, in the versions current at delivery, with their documentation.
P:1.2 "Custom Deliverables" means the export profiles for the Customer's firing controllers and the Chinese-language cue-sheet and safety-distance templates developed by the Vendor under Article 3.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 6 that the Licensed Software and the Custom Deliverables meet the acceptance criteria.
P:1.4 "Show Data" means all show designs, music timings, product inventories, site plans and firing scripts created or stored by the Customer using the Licensed Software.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software on eight named workstations for the Customer's business, including the design of shows performed outside China.
P:2.2 The Customer may move a seat to a replacement workstation by deactivating it on the old one. One additional copy may be kept for backup and disaster recovery.
P:2.3 The licence survives any termination of this Agreement once the licence fees have been paid, except termination by the Vendor for non-payment of those fees.
H:Article 3 Services
P:3.1 The Vendor shall develop the Custom Deliverables according to the specification in Annex 2, install the Licensed Software on the Customer's workstations in Liuyang, configure the firing-controller export profiles and carry out joint tests with the Customer's firing systems.
P:3.2 The Vendor shall deliver three days of on-site training for designers and two days for firing technicians, in English with consecutive interpretation supplied by the Customer.
P:3.3 The Vendor shall complete installation within 45 days and submit the system for Final Acceptance within 100 days after the Effective Date.
H:Article 4 Prices
P:4.1 At the Customer's request, all prices are stated and paid in Chinese Yuan (CNY). The Contract Price is CNY 710,000, fixed, inclusive of all taxes, travel and expenses:
P:Item 1  PyroScore Designer perpetual licence, 8 seats at CNY 46,500  CNY 372,000
P:Item 2  Firing Interface module perpetual licence  CNY 88,000
P:Item 3  Venue 3D add-on perpetual licence  CNY 64,000
P:Licence subtotal (Items 1 to 3)  CNY 524,000
P:Item 4  Custom Deliverables (export profiles and Chinese templates)  CNY 126,000
P:Item 5  Installation and onboarding  CNY 38,000
P:Item 6  Training  CNY 22,000
P:Total Contract Price  CNY 710,000
P:4.2 The licence subtotal of CNY 524,000 is the basis for the support fee under Article 8.
H:Article 5 Payment
P:5.1 The Customer shall pay 20% of the Contract Price (CNY 142,000) within 15 days after signature of this Agreement and receipt of the Vendor's invoice.
P:5.2 The Customer shall pay 45% of the Contract Price (CNY 319,500) after the Vendor has installed the Licensed Software and the parties have signed an Installation Certificate. The Installation Certificate records that the software is installed and is not acceptance.
P:5.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 248,500) within 15 days after Final Acceptance.
P:5.4 Payments are made by bank transfer to the Vendor's account in Estonia. Each party bears its own bank charges.
H:Article 6 Acceptance
P:6.1 After installation the Customer shall run acceptance tests under the test plan in Annex 3 for a period of 20 working days.
P:6.2 The acceptance criteria are: (a) a 12-minute reference show with 1,800 cues is designed, rendered and exported without error; (b) the exported firing scripts load on each of the Customer's three firing-controller models and fire the test rack in the correct order with timing deviation below 10 ms; (c) the safety-distance template reproduces the Customer's reference calculations for all product calibres; (d) the Chinese cue sheets print correctly; and (e) no Severity 1 defect is open.
P:6.3 If a criterion is not met, the Vendor shall correct the defect and the test shall be repeated. Installation, training or the Customer's use of the software for real shows does not amount to Final Acceptance.
H:Article 7 Warranty and Support Levels
P:7.1 The Vendor warrants for 24 months from Final Acceptance that the Licensed Software and the Custom Deliverables will perform substantially in accordance with their documentation and specification. During this period the Vendor shall correct defects free of charge and provide all updates and new versions.
P:7.2 Severity 1 means that design or export is impossible, or that an exported firing script contains wrong timings. The Vendor shall respond to a Severity 1 report within 1 hour, at any time of day, and provide a workaround or fix within 24 hours. Severity 2 defects receive a response within 8 hours and a fix within 5 working days.
P:7.3 If the Vendor misses the Severity 1 response time, it shall pay the Customer CNY 600 for each hour or part of an hour of delay, which the Customer may set off against any amount due.
H:Article 8 Support after the Warranty
P:8.1 After the warranty period the Customer may order annual support, which includes defect correction, updates, new versions and the service levels of Article 7.
P:8.2 The support fee is 11% of the licence subtotal, CNY 57,640 for each Support Year, and remains fixed for the first three Support Years after the warranty. Thereafter any increase is limited to 3% per Support Year.
P:8.3 Support is ordered by written purchase order for each Support Year and does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all rights in the Licensed Software.
P:9.2 All rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source files at Final Acceptance, and the Customer may use, modify and license them to others without restriction.
P:9.3 The Vendor shall defend and indemnify the Customer against any claim that the Licensed Software or the Custom Deliverables infringe the rights of a third party.
H:Article 10 Show Data and Security
P:10.1 Show Data belongs to the Customer. The Vendor shall not access, copy or use Show Data except to the extent needed to perform support requested by the Customer.
P:10.2 Remote support sessions require the Customer's approval for each session, are conducted through a tool chosen by the Customer and are logged. The Vendor shall not store Show Data on its own systems longer than needed for the support case and shall delete it afterwards.
P:10.3 The Vendor shall keep its support environment protected by encryption, access control and current security patches. The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to Show Data in its possession, shall assist in containing it and shall be liable for the Customer's losses caused by a breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's show designs, client names and pricing, and shall use it only for this Agreement.
P:11.2 This obligation continues for three years after termination of this Agreement.
H:Article 12 Delay and Liability
P:12.1 If the Vendor fails to submit the system for Final Acceptance by the date in Article 3.3, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability under Articles 9.3 and 10, to wilful misconduct or to personal injury.
H:Article 13 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for any approved subcontractor.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:14.2 If the Customer terminates before Final Acceptance, the Vendor shall refund all amounts paid, and the Customer shall uninstall the Licensed Software.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Republic of Estonia.
P:15.2 Disputes that the parties cannot settle by negotiation within 30 days shall be decided by the Harju County Court in Tallinn.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (licence certificate), Annex 2 (custom specification) and Annex 3 (acceptance test plan), is the entire agreement of the parties.
P:16.2 Amendments must be in writing and signed by both parties. This Agreement is made in English in two originals.
P:For the Customer: Liuyang Starbloom Fireworks Design Co., Ltd.  Name: ____________  Date: ____________
P:For the Vendor: Kaarsild Pyro Systems OU  Name: ____________  Date: ____________
"""

# e02 Lushan mountain shuttle operator ticketing SaaS, Order Form + General Terms, Swedish vendor in Ystad — MD
H350E02 = """# Order Form No. LS-2025-118

**Vendor:** Sandhamn Ticketing AB, Stortorget 4, 271 41 Ystad, Sweden ("Vendor")

**Customer:** Lushan Cloudway Scenic Shuttle Co., Ltd., Guling Town, Lushan, Jiangxi Province, China ("Customer")

This Order Form, together with the General Terms in Part B, forms the agreement between Vendor and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## Part A - Order Form

### A1. Service

Vendor will provide its TrailPass ticketing platform as a hosted service for Customer's shuttle bus network on Lushan mountain: online and on-site ticket sales, timed boarding slots, QR-code boarding at 14 stations, capacity control per route, refunds, group bookings for tour operators, and sales reporting. The service includes the WeChat mini-program front end, the payment connector for Customer's licensed payment provider, and 40 handheld scanner licences.

### A2. Subscription Term

The Subscription Term is three Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under A5. The Agreement ends at the end of the third Subscription Year. Any further term requires a new Order Form signed by both parties; there is no automatic renewal.

### A3. Fees

At Customer's request, all fees are stated and invoiced in Chinese Yuan (CNY).

| Item | Charge | Amount (CNY) |
|---|---|---|
| TrailPass platform subscription | per Subscription Year | 168,000 |
| Payment connector and scanner licences | per Subscription Year | 24,000 |
| Subscription fees for three Subscription Years | 3 x 192,000 | 576,000 |
| Onboarding (configuration, route and fare set-up, data import, training) | one-time | 58,000 |
| **Total fees under this Order Form** | | **634,000** |

Volumes above 2.4 million tickets in a Subscription Year are charged at CNY 0.02 per additional ticket and are not part of the total above.

### A4. Invoicing and Payment

1. The onboarding fee is invoiced after Go-Live Acceptance and is payable within 30 days of invoice.
2. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of invoice.
3. Vendor will issue valid Chinese VAT invoices through its appointed agent in China.

### A5. Onboarding and Go-Live Acceptance

1. Vendor will complete onboarding within 60 days after signature of this Order Form, in time for the spring season.
2. Go-Live Acceptance tests are run by Customer over ten consecutive days and must show that: (a) all 14 stations scan and validate QR codes offline and online; (b) a load test of 3,000 ticket purchases in ten minutes completes without error; (c) daily sales reports reconcile to the payment provider's settlement files without difference; (d) refunds and group bookings work as configured; and (e) fares and routes match Customer's approved fare sheet.
3. Customer signs the Go-Live Acceptance certificate when the tests are passed. Live ticket sales during the test period do not amount to acceptance.
4. If Go-Live Acceptance is not achieved within the 60 days for reasons attributable to Vendor, Vendor shall pay Customer CNY 500 for each day of delay.

### A6. Support

Vendor will provide support by e-mail and through its ticket portal in English and Chinese during Vendor's business hours. Vendor will use commercially reasonable efforts to keep the service available during Customer's operating hours and to answer support requests promptly.

### A7. Hosting

The service and all Customer Data are hosted in a cloud region in mainland China operated by a licensed provider.

### A8. Project Contacts

Each party names a project lead for onboarding. Vendor's project lead speaks Chinese or is supported by an interpreter, attends the on-site set-up at Guling for at least five working days, and trains Customer's ticket-office supervisors and station staff. Customer's project lead approves the fare sheet, the route list and the station layout before configuration starts and arranges network access at each station.

Signed for Vendor: ____________________  Name / Title: ____________________  Date: __________

Signed for Customer: ____________________  Name / Title: ____________________  Date: __________

## Part B - General Terms

### B1. Definitions

"Customer Data" means all data submitted to or generated by the service for Customer, including passenger names, identity numbers, phone numbers, tickets, boarding records and sales data. "Configurations" means the routes, fare rules, timed-slot rules, report layouts and mini-program pages set up for Customer. "Subprocessor" means any third party that Vendor uses to provide the service.

### B2. Use of the Service

2.1 Vendor grants Customer and its staff and authorised tour operators the right to use the service during the Subscription Term.

2.2 Customer is responsible for the accuracy of fares and route information it supplies and for its own payment-provider contract.

2.3 Vendor may update the service from time to time, provided that updates do not materially reduce its functions. Vendor announces major updates at least 14 days in advance and does not deploy them during the Golden Week holidays or on the peak days notified by Customer.

2.4 Customer shall not resell the service, shall not attempt to break its protection, and shall keep its user passwords safe. Customer is responsible for the acts of its users and tour operators in the service.

### B3. Customer Data

3.1 Customer Data belongs to Customer. Vendor processes Customer Data only on Customer's instructions and only to provide the service.

3.2 Vendor will not sell Customer Data, will not use it for any other purpose and will not disclose it except to Subprocessors bound by terms at least as protective as these.

3.3 Within 30 days after the end of the Agreement, Vendor will return all Customer Data in a standard format and then delete it, and will confirm deletion in writing.

### B4. Data Security

4.1 Vendor maintains an information-security programme certified to ISO/IEC 27001 and keeps the service's filing under China's multi-level protection scheme up to date.

4.2 Vendor encrypts Customer Data in transit and at rest, limits access to named staff with multi-factor authentication, logs administrative access and keeps logs for six months.

4.3 Vendor processes personal information in accordance with the Personal Information Protection Law of the PRC. Customer Data is not transferred out of mainland China.

4.4 Vendor notifies Customer within 24 hours after becoming aware of a security incident affecting Customer Data, provides the information Customer needs for its own reporting duties, and is liable for Customer's losses, fines and costs caused by a security incident attributable to Vendor or its Subprocessors.

### B5. Subprocessors and Subcontractors

5.1 Vendor may engage Subprocessors and subcontractors, including its affiliates and its cloud-hosting provider, to perform any part of the Agreement.

5.2 Vendor keeps a current list of Subprocessors on its website and informs Customer by e-mail of a new Subprocessor at least 14 days before it starts processing Customer Data. Customer's consent is not required.

5.3 Vendor remains responsible for the acts and omissions of its Subprocessors and subcontractors.

### B6. Confidentiality

Each party keeps confidential the other party's non-public business, technical and financial information, uses it only for the Agreement, and discloses it only to employees and advisers who need to know it and are bound by confidentiality duties. This obligation survives for three years after the end of the Agreement.

### B7. Intellectual Property

7.1 Vendor owns the service, the TrailPass software and all improvements to them.

7.2 Configurations created for Customer, including the mini-program pages designed with Customer's branding, belong to Customer. Vendor will export them at Customer's request, and Customer may use, modify and license them freely, including with another ticketing provider.

### B8. Warranties

Vendor warrants that the service will perform materially as described in the Order Form and its documentation and that onboarding will be performed with reasonable skill and care.

### B9. Liability

9.1 Each party's total liability arising out of the Agreement is limited to 150% of the total fees under the Order Form.

9.2 The limit does not apply to breach of B4, infringement of intellectual property, wilful misconduct or personal injury.

9.3 Neither party is liable for indirect or consequential loss, except under B4.

### B10. Term and Termination

10.1 Either party may terminate the Agreement by written notice if the other party materially breaches it and does not remedy the breach within 30 days after written notice.

10.2 If Customer terminates under 10.1, Vendor refunds any prepaid subscription fees for the period after termination.

10.3 Sections B3, B4, B6, B7 and B9 survive termination.

### B11. Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute is submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The arbitral award is final and binding on both parties.

### B12. General

12.1 Notices must be in writing and sent to the addresses on the Order Form.

12.2 Neither party may assign the Agreement without the other party's written consent, except to a successor of its entire business.

12.3 The Agreement is the entire agreement of the parties and may be amended only in writing signed by both parties.

12.4 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, landslides on the mountain road or government orders, provided that it notifies the other party promptly and resumes performance as soon as possible. Subscription fees are reduced pro rata for any period in which the service cannot be used because of such an event.

12.5 The Agreement is made in English and Chinese. Both versions are equally valid.
"""

# e03 Shandong peanut farm drying-yard sensors, buyer's paper, Norwegian integrator in Roros — DOCX, Section N / N.N
H350E03 = """
T:Supply and Installation Contract for Drying-Yard Monitoring Equipment
P:Contract No. HXF-2025-PUR-009
P:Buyer: Rizhao Huaxiang Peanut Farming Cooperative Co., Ltd., Juxian County, Rizhao, Shandong Province, China (the "Buyer")
P:Supplier: Fjellsyn Agritech AS, Kjerkgata 22, 7374 Røros, Norway (the "Supplier")
P:The Buyer dries about 9,000 tonnes of fresh peanuts each autumn on open drying yards and in two covered drying sheds. Spoilage from uneven drying and sudden rain has caused losses in recent seasons. The Buyer therefore wishes to install moisture and temperature probes, weather stations and a monitoring system that warns yard staff before rain and when a batch reaches target moisture. This Contract is prepared on the Buyer's standard purchase form.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply 48 wireless moisture and temperature probes for peanut piles and drying beds, 6 weather stations with rain sensors and anemometers, 4 LoRa gateways with solar power units, and a perpetual licence to the FjellSense monitoring software for installation on the Buyer's server.
P:1.2 The Supplier shall install and calibrate all equipment on the Buyer's five drying yards and two sheds, configure the mobile alert service for 30 staff members, and train the Buyer's yard supervisors.
P:1.3 The Supplier shall configure alert rules and dashboards to the Buyer's drying procedure, including the target moisture for in-shell peanuts and the rain warning lead time.
P:1.4 The Supplier shall deliver operating manuals in Chinese, a list of spare parts with prices, calibration certificates for every probe and weather station, and a drawing showing the position of each device on the yards.
H:Section 2 Contract Price
P:2.1 At the Buyer's request, the Contract Price is stated and paid in Chinese Yuan (CNY). The Contract Price is CNY 480,000, fixed and inclusive of freight, import duties, taxes, installation and travel, as follows:
TB:No.|Item|Quantity|Amount (CNY)
TB:1|Moisture and temperature probes at CNY 3,150|48|151,200
TB:2|Weather stations with rain sensors at CNY 18,400|6|110,400
TB:3|LoRa gateways with solar power units at CNY 9,600|4|38,400
TB:4|FjellSense monitoring software, perpetual licence|1|96,000
TB:|Equipment and licence subtotal||396,000
TB:5|Installation and calibration|1 lot|54,000
TB:6|Mobile alert configuration|1 lot|22,000
TB:7|Training|1 lot|8,000
TB:|Total Contract Price||480,000
P:2.2 The equipment and licence subtotal of CNY 396,000 is the basis for the maintenance fee under Section 8.
H:Section 3 Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 48,000) within 15 days after signature, against the Supplier's invoice.
P:3.2 Delivery payment: 55% of the Contract Price (CNY 264,000) after all equipment has been delivered to the farm and installed and the Buyer has signed the delivery note. The delivery note is not acceptance.
P:3.3 Final payment: the remaining 35% of the Contract Price (CNY 168,000) within 20 days after Final Acceptance under Section 5.
P:3.4 The Buyer pays by bank transfer in CNY. The Supplier bears any currency conversion and its own bank charges.
H:Section 4 Delivery
P:4.1 The Supplier shall deliver all equipment to the farm by 15 July 2025 and complete installation and calibration by 10 August 2025, before the harvest starts.
P:4.2 The Supplier is responsible for export formalities in Norway. The Buyer will assist with import clearance in China by providing the documents it holds.
P:4.3 All equipment shall be packed for sea and road transport, marked with the contract number, and delivered with a packing list. Goods damaged in transport are replaced by the Supplier at its own cost without affecting the delivery date.
H:Section 5 Acceptance
P:5.1 After installation, the system runs for a trial period of 20 days on at least two drying yards with fresh peanuts.
P:5.2 Final Acceptance requires that: (a) every probe reading is within 1.0 percentage point of moisture of the Buyer's oven-drying reference samples taken on ten separate days; (b) at least 98% of scheduled readings arrive at the server during the trial period; (c) rain warnings reach all registered phones within 2 minutes of the trigger; (d) the dashboards and alert rules match the configuration sheet signed by the Buyer; and (e) the training has been completed.
P:5.3 If any criterion is not met, the Supplier shall correct the fault and the trial period is repeated for the affected part. Use of the system by the Buyer during the trial period does not mean that it is accepted.
P:5.4 When all criteria are met, the Buyer signs a Final Acceptance certificate within 5 working days after the Supplier's request, or states in writing which criteria are not met.
H:Section 6 Warranty
P:6.1 The Supplier warrants the equipment and the software for 24 months from Final Acceptance. During the warranty the Supplier shall repair or replace faulty equipment free of charge, including freight both ways, and provide software updates.
P:6.2 Faults are handled as follows. Priority 1 means that the weather stations or the alert service are out of action, or that more than 10 probes report no data. The Supplier shall respond to a Priority 1 fault within 2 hours by telephone or remote session and have it fixed within 48 hours, using spare parts held on the farm. Other faults receive a response within 1 working day and are fixed within 7 days.
P:6.3 For each hour by which the Supplier exceeds the Priority 1 response time, the Buyer may deduct CNY 300 from any amount due to the Supplier.
P:6.4 The Supplier shall keep a stock of 4 spare probes and 1 spare gateway at the farm during the warranty at its own cost.
P:6.5 The warranty does not cover damage caused by farm machinery, fire or misuse by the Buyer's staff. The Supplier shall nevertheless repair such damage at the prices in its spare-parts list if the Buyer asks.
H:Section 7 Farm Data
P:7.1 All readings, alerts, yard maps and harvest records collected or produced by the system belong to the Buyer.
P:7.2 The Supplier may use them only to perform this Contract and shall not sell them or pass them to others.
H:Section 8 Maintenance after the Warranty
P:8.1 After the warranty the Buyer may order maintenance covering repair, replacement of faulty equipment, software updates and the response times in Section 6.
P:8.2 The maintenance fee is 9% of the equipment and licence subtotal, CNY 35,640 per maintenance year, fixed for three maintenance years after the warranty ends.
P:8.3 Maintenance is ordered separately for each maintenance year and does not renew automatically.
H:Section 9 Ownership of Work Results
P:9.1 The FjellSense software remains the property of the Supplier, and the Buyer holds a perpetual licence to it.
P:9.2 The alert rules, dashboards, yard maps and configuration files prepared for the Buyer belong to the Buyer, which may use and change them freely and have them maintained by others.
H:Section 10 Delay Damages and Liability
P:10.1 If the Supplier fails to complete installation and calibration by the date in Section 4.1, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to twice the Contract Price, except for wilful misconduct and personal injury.
H:Section 11 Subcontracting
P:The Supplier may use a local installer for cabling and mounting only with the Buyer's prior written consent, and remains responsible for the installer's work.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after the Buyer's notice.
P:12.2 The Buyer may also terminate if the delay damages reach their maximum. On termination the Supplier shall refund the payments received for equipment not accepted and remove it from the farm.
H:Section 13 Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall first be negotiated. If negotiation fails within 30 days, either party may submit the dispute to the Rizhao Arbitration Commission for arbitration in Rizhao.
H:Section 14 Site Rules and Insurance
P:14.1 The Supplier's staff shall follow the farm's safety rules, wear the protective equipment provided, and must not drive vehicles on the drying yards while peanuts are spread out. Work near the drying sheds requires the permission of the yard supervisor.
P:14.2 The Supplier shall insure its staff against accidents and hold third-party liability insurance covering its work at the farm.
H:Section 15 Force Majeure
P:15.1 Neither party is liable for delay caused by events beyond its control, such as typhoons, floods or transport interruptions ordered by the authorities, provided that it informs the other party within 3 days and takes reasonable steps to limit the delay.
P:15.2 If such an event lasts more than 60 days, either party may terminate this Contract, and the Supplier shall refund payments for equipment not delivered.
H:Section 16 Miscellaneous
P:16.1 This Contract is made in Chinese and English, both texts being equally authentic.
P:16.2 The configuration sheet and the equipment list attached to this Contract form part of it. Changes must be agreed in writing.
P:For the Buyer: ____________________  Date: __________
P:For the Supplier: ____________________  Date: __________
"""

# e04 Huzhou children's clothing maker, managed backup service, Danish provider in Skagen — MD, clauses + Schedules
H350E04 = """# Managed Backup Services Agreement

**Agreement reference:** SKB-MBS-2025-031

**Customer:** Huzhou Little Maple Children's Apparel Co., Ltd., Zhili Town, Wuxing District, Huzhou, Zhejiang Province, China

**Provider:** Skagen Backup ApS, Havnevej 9, 9990 Skagen, Denmark

**Background:** Customer makes and sells children's clothing through its own online shops and to wholesalers. Its ERP, order-management and design-file servers run in its own server room in Huzhou. After a ransomware incident at a neighbouring company, Customer wants its data backed up off site by a specialist, with tested restores. Provider operates managed backup services through a data-centre partner in Hangzhou.

## 1. Definitions

1.1 "Services" means the managed backup and restore services described in clause 2 and the Schedules.

1.2 "Customer Data" means all data of Customer that is copied, stored or processed by the Services, including the ERP database, order records, customer lists, supplier files and garment design files.

1.3 "Service Acceptance" means Customer's written confirmation under clause 4 that onboarding is complete.

1.4 "Service Year" means the period starting on Service Acceptance and ending on the day before its first anniversary, and each following period between two anniversaries.

## 2. Services

2.1 Provider shall back up Customer's 11 servers and 2 network file stores every night, keep daily backups for 35 days, weekly backups for 26 weeks and monthly backups for 36 months, and keep one immutable copy that cannot be changed or deleted by anyone for 30 days.

2.2 Provider shall monitor every backup job, rerun failed jobs the same night and report failures that cannot be fixed to Customer's IT contact by 08:30 the next morning.

2.3 Provider shall carry out restore requests made by Customer and, once every quarter, a full test restore of the ERP database and two randomly chosen servers into an isolated environment.

2.4 Provider shall send Customer a monthly report showing job success, storage used, restore tests and incidents.

## 3. Term

3.1 This Agreement starts on signature. The service period starts on Service Acceptance and lasts for three Service Years (36 months).

3.2 The Agreement ends at the end of the third Service Year. It does not renew automatically. A new agreement is required for any further period.

## 4. Onboarding and Service Acceptance

4.1 Provider shall complete onboarding within 40 days after signature: installation of backup agents, network connection to the Hangzhou data centre, initial full backup of all systems, and setup of the reporting portal.

4.2 Service Acceptance requires that: (a) all 13 systems have completed five consecutive nightly backups without error; (b) a full restore of the ERP database is completed within the restore time in Schedule 1 and verified by Customer's finance team against a reference trial balance; (c) a design-file folder of at least 200 GB is restored with all checksums correct; (d) the immutable copy is demonstrated; and (e) the runbook has been delivered.

4.3 If the tests are passed, Customer signs a Service Acceptance certificate within 5 working days. Running backups during onboarding does not amount to acceptance.

4.4 If Service Acceptance is delayed beyond the 40 days for reasons attributable to Provider, Provider shall pay Customer CNY 800 for each day of delay.

## 5. Charges and Payment

5.1 At Customer's request, all charges are stated and invoiced in Chinese Yuan (CNY). The charges are set out in Schedule 2.

5.2 The monthly service charge is invoiced monthly in arrears, at the end of each calendar month of the service period, and is payable within 30 days of invoice.

5.3 The one-time onboarding charge is invoiced after Service Acceptance and is payable within 30 days of invoice.

5.4 No advance payment is due under this Agreement.

## 6. Service Levels

6.1 The service levels, the priority classes and the service credits are set out in Schedule 1.

6.2 Service credits are deducted from the next invoice. Service credits do not limit Customer's right to claim damages for losses exceeding them.

## 7. Customer Data

7.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Services and on Customer's documented instructions, and shall not use it for any other purpose.

7.2 All backup copies are stored in the Hangzhou data centre in mainland China. Provider shall not transfer Customer Data outside mainland China and shall not allow access to it from outside mainland China.

7.3 At the end of the Agreement Provider shall, at Customer's choice, restore the latest backups to Customer's systems or hand them over on encrypted disks, and shall then delete all copies and certify the deletion.

## 8. Data Security

8.1 Provider shall encrypt all backups in transit and at rest with keys held only by Customer and Provider's two named backup engineers, protect administrative access with multi-factor authentication, and log all access to the backup platform.

8.2 Provider shall maintain ISO/IEC 27001 certification for the Services and shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the PRC.

8.3 Provider shall notify Customer within 12 hours after becoming aware of any loss of, damage to or unauthorised access to Customer Data, take all steps needed to contain it, and bear the costs and losses caused to Customer by a security incident for which Provider is responsible.

## 9. Confidentiality

9.1 Each party shall keep confidential all non-public information received from the other party, including Customer's designs, collections, prices and customer lists, and shall not disclose it to any third party without the other party's written consent.

9.2 This clause continues to apply for three years after the Agreement ends.

## 10. Work Products

10.1 Provider keeps all rights in its backup platform, software and general methods.

10.2 The runbook, backup policies, restore procedures and reports prepared for Customer belong to Customer, which may use and change them freely and give them to any other provider.

## 11. Subcontracting

11.1 Provider may subcontract any part of the Services, including the data-centre operation and on-site work in Huzhou, by giving Customer written notice at least 10 days in advance. Customer's consent is not required.

11.2 Provider remains responsible for its subcontractors as for its own staff.

## 12. Liability

12.1 Provider's total liability under this Agreement, whether in contract, tort or otherwise, is limited to the charges paid or payable by Customer in the three months before the event giving rise to the claim.

12.2 The limit in clause 12.1 does not apply to wilful misconduct or gross negligence.

12.3 Neither party is liable for loss of profit or indirect loss.

## 13. Termination

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

13.2 Customer may also terminate by written notice if a full test restore fails twice in a row for reasons attributable to Provider.

13.3 On termination Provider shall hand over Customer Data under clause 7.3 and shall continue to provide the Services for up to 60 days at the same charges if Customer needs time to move to another provider.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Huzhou Arbitration Commission for arbitration in Huzhou.

## 15. General

15.1 Changes to this Agreement must be in writing and signed by both parties.

15.2 Notices are given in writing to the addresses above. This Agreement is made in English in two originals.

## Schedule 1 - Service Levels and Priorities

| Priority | Meaning | Response time | Restore or fix time |
|---|---|---|---|
| P1 | ERP or order-management system lost or encrypted; full restore needed | 30 minutes, 24 x 7 | ERP database restored within 6 hours |
| P2 | Restore of a single server, file share or design folder | 2 hours, business hours | within 1 working day |
| P3 | Individual files, reports or portal questions | 1 working day | within 3 working days |

Backup job success: no more than three scheduled jobs per month may remain failed after the same-night rerun.

Reporting portal availability: 99.95% per month.

Service credits: 5% of the monthly service charge for each P1 response or restore time missed; 3% for each month in which the job success level is missed; 2% for each month in which the portal availability is missed. Service credits in a month are limited to 25% of that month's service charge.

## Schedule 2 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly service charge (11 servers, 2 file stores, up to 18 TB protected) | per month, 36 months at CNY 21,500 | 774,000 |
| Onboarding charge | one-time | 46,000 |
| **Total charges for the service period** | | **820,000** |

Storage above 18 TB is charged at CNY 95 per TB per month and is not included in the total above.

Signed for Customer: ____________________  Date: __________

Signed for Provider: ____________________  Date: __________
"""

# e05 Jinan recruitment site, vocational-certificate check API subscription, Montenegrin vendor in Budva — TXT
H350E05 = """API SUBSCRIPTION AGREEMENT

Agreement No.: AD-VC-2025-0716

BETWEEN

Jinan Quanzhi Talent Network Technology Co., Ltd., Lixia District, Jinan, Shandong Province, China ("Customer"); and

Adriatik Verify d.o.o., Mediteranska 21, 85310 Budva, Montenegro ("Vendor").

BACKGROUND

Customer operates an online recruitment site for skilled trades in Shandong. Employers using the site ask that candidates' vocational qualification certificates (electricians, welders, crane operators, chefs and similar) be checked before an interview is offered. Vendor operates CertCheck, an API service that checks certificate numbers and holder details against the issuing authorities' public verification channels and returns a structured result. Customer wishes to subscribe to CertCheck on the terms below.

1. DEFINITIONS

1.1 "API" means the CertCheck application programming interface, its sandbox and its documentation.

1.2 "Query" means one request to the API to check one certificate.

1.3 "Customer Data" means all data sent by Customer to the API or returned to Customer, including candidate names, identity numbers, certificate numbers and check results, and the logs of Customer's Queries.

1.4 "Subscription Year" means the period beginning on the date of Integration Acceptance or on an anniversary of that date and ending on the day before the next anniversary.

1.5 "Integration Adapter" means the connector module that Vendor builds to link the API with Customer's candidate-management system, as described in the Schedule.

2. SERVICE

2.1 Vendor grants Customer a non-exclusive right, for the Subscription Term, to call the API from Customer's systems and to display the results to Customer's staff, the candidate concerned and the employer to whom the candidate has applied.

2.2 The subscription includes up to 300,000 Queries in each Subscription Year, the sandbox, the Integration Adapter and technical support as set out in the Schedule.

2.3 Vendor shall build the Integration Adapter and make it available for testing within 30 days after signature. Vendor shall also provide sandbox credentials and sample code within 5 days after signature so that Customer's developers can start their own work.

3. SUBSCRIPTION TERM

3.1 The Subscription Term consists of two Subscription Years.

3.2 The Agreement ends when the Subscription Term ends. It does not renew automatically; any further subscription requires a new written agreement.

4. FEES AND PAYMENT

4.1 At Customer's request, all fees are stated and paid in Chinese Yuan (CNY).

4.2 The subscription fee is CNY 138,000 for each Subscription Year, CNY 276,000 for the Subscription Term. There is no set-up fee; the Integration Adapter is included in the subscription fee.

4.3 Vendor invoices the subscription fee for each Subscription Year at the start of that Subscription Year. Customer pays within 30 days after receipt of the invoice.

4.4 Queries above 300,000 in a Subscription Year are charged at CNY 0.35 per Query, invoiced quarterly in arrears. Those charges are not part of the fees in clause 4.2.

5. INTEGRATION ACCEPTANCE

5.1 Customer shall test the Integration Adapter within 15 working days after Vendor makes it available.

5.2 Integration Acceptance requires that: (a) 500 test Queries using the sample certificates listed in the Schedule return the correct result; (b) the median response time of the API during the test is below 800 milliseconds; (c) invalid, expired and revoked certificates are reported as such; (d) the results are written to the correct fields of Customer's candidate-management system; and (e) the audit log shows every Query with its time, user and result.

5.3 Customer confirms Integration Acceptance in writing. Use of the API in the sandbox does not amount to acceptance.

6. SERVICE LEVELS

6.1 Vendor targets an API availability of 99.95% in each calendar month, measured at Vendor's gateway and excluding maintenance announced at least 72 hours in advance.

6.2 Priority 1 incidents (the API is unavailable or returns wrong results for all Queries) receive a response within 1 hour at any time. Priority 2 incidents (slow responses or failures for one issuing authority) receive a response within 8 business hours.

6.3 Vendor reports monthly availability and incidents to Customer.

6.4 The service levels in this clause are targets. No service credits, fee reductions or other compensation are payable if a target is missed.

7. CUSTOMER DATA AND PERSONAL INFORMATION

7.1 Customer Data belongs to Customer. Vendor processes Customer Data only to perform the Queries and only on Customer's instructions, and shall not use Customer Data for any other purpose, including building its own databases or improving its services.

7.2 Vendor deletes candidate details from its systems 30 days after the Query, keeping only the anonymous Query log required for invoicing.

7.3 Customer is responsible for obtaining candidates' consent to the check. The parties shall enter into the standard contract for cross-border transfer of personal information required by the Personal Information Protection Law of the PRC and shall complete the related filing before the first production Query.

8. DATA SECURITY

8.1 Vendor shall protect Customer Data by encryption in transit and at rest, access limited to named staff with multi-factor authentication, logging of all access, and regular vulnerability scanning of the API.

8.2 Vendor shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, give Customer the details it needs to inform candidates and authorities, and indemnify Customer against the losses, fines and costs resulting from a security incident caused by Vendor.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information, including Customer's candidate and employer lists and Vendor's API credentials and methods, and use it only for this Agreement.

9.2 This clause survives for three years after the end of this Agreement.

10. INTELLECTUAL PROPERTY

10.1 Vendor owns the API and the CertCheck service.

10.2 The Integration Adapter is built for Customer, and all rights in it belong to Customer. Vendor shall deliver its source code at Integration Acceptance, and Customer may use, modify and license it freely.

11. SUBCONTRACTING

Vendor shall not subcontract any part of its obligations or engage any sub-processor for Customer Data without Customer's prior written consent.

12. LIABILITY

12.1 Each party's total liability under this Agreement is limited to twice the fees payable for the Subscription Term under clause 4.2.

12.2 This limit does not apply to breach of clauses 7 and 8, wilful misconduct or gross negligence.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and fails to remedy the breach within 30 days after written notice.

13.2 If Customer terminates under clause 13.1, Vendor refunds the part of the subscription fee paid for the period after termination.

14. CUSTOMER OBLIGATIONS

14.1 Customer shall use the API only for checking the certificates of candidates who have applied through its site and have given their consent, and not for building its own register of certificates.

14.2 Customer shall keep its API credentials secret, restrict them to its own servers, and inform Vendor without delay if it suspects misuse.

14.3 Customer shall tell candidates that a negative result may be caused by an error at the issuing authority and shall give them a way to ask for a manual review.

15. CHANGES TO THE API

15.1 Vendor may improve the API, provided that the functions used by Customer remain available. Vendor shall announce any change that requires work on Customer's side at least 90 days in advance and keep the previous version running during that period.

15.2 If an issuing authority closes or changes its verification channel, Vendor shall inform Customer promptly and offer an alternative check where one exists.

16. FORCE MAJEURE

Neither party is liable for failure to perform caused by events beyond its reasonable control, including the unavailability of an issuing authority's verification channel, provided that it informs the other party promptly and resumes performance as soon as possible.

17. GOVERNING LAW AND JURISDICTION

17.1 This Agreement is governed by the laws of Montenegro.

17.2 The Commercial Court of Montenegro in Podgorica has exclusive jurisdiction over any dispute arising out of this Agreement.

18. GENERAL

18.1 This Agreement, including the Schedule, is the entire agreement between the parties.

18.2 Amendments must be in writing and signed by both parties. This Agreement is made in English in two originals.

SCHEDULE - SERVICE DESCRIPTION

A. Issuing authorities covered: the national vocational qualification verification service, the special-operations certificate verification service for electricians, welders and hoisting operators, and the skill-level certificate registers of Shandong Province.

B. Query result: certificate valid, expired, revoked or not found; holder name match; certificate type and level; issue date; issuing authority.

C. Integration Adapter: REST connector for Customer's candidate-management system, with retry logic, result mapping and an audit-log export.

D. Support: e-mail and ticket portal in English and Chinese, with a named technical contact during Customer's business hours.

E. Sample certificates for acceptance testing: 500 records agreed by the parties, covering all certificate types and all result types.

F. Rate limits: up to 20 Queries per second from Customer's production servers; batch checks of up to 5,000 certificates may be submitted outside business hours.

G. Contacts: each party names a technical contact and a commercial contact, and informs the other party in writing of any change.

SIGNATURES

For Customer: ____________________  Name: ____________________  Date: __________

For Vendor: ____________________  Name: ____________________  Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# Labels (buyer's view; conventions in NOTES.md). T(...) = expected_terms, X(...) = expected_extra.
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

C = {}  # key -> dict(file, fmt, lang, category, terms, extra, rules, tco inputs, foreign forum)


def add(key, file, lang, category, terms, extra, rules, tco_base=None, foreign_forum=False):
    t = dict(BASE)
    t.update(terms)
    assert set(t) == set(TERM_KEYS)
    C[key] = dict(file=file, lang=lang, category=category, terms={k: t[k] for k in TERM_KEYS}, extra=extra,
                  rules=sorted(rules), tco_base=tco_base, foreign_forum=foreign_forum)


def X(value, sla=True, ld=True, capped=None, deemed=False):
    x = {"sla_clause": sla, "ld_stated": ld}
    if capped is not None:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    return x


GL = "goods_or_licence"
add("h350z01", "h350z01_irrigation_district_platform.pdf", "zh", "software",
    dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
         final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8, contract_kind=GL),
    X(2620000, capped=True), [], tco_base=2002000)
add("h350z02", "h350z02_graphite_baking_furnace_control_retrofit.docx", "zh", "hardware",
    dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=10,
         final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=28, contract_kind=GL),
    X(2000000, capped=True), ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], tco_base=1600000)
add("h350z03", "h350z03_fitness_meal_chain_pos_membership_saas.txt", "zh", "cloud",
    dict(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False, ld_rate_per_day_pct=0.08,
         liability_cap_pct=200, auto_renewal_price_increase=True),
    X(780000), ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"])
add("h350z04", "h350z04_highway_centre_road_admin_om_service.txt", "zh", "services",
    dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1),
    X(648000), [])
add("h350z05", "h350z05_preserved_fruit_erp_supplier_template.md", "zh", "software",
    dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=0.02, liability_cap_pct=20,
         prepayment_pct=60, acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
         termination_for_breach=False, subcontract_without_consent=None, governing_law=None, contract_kind=GL),
    X(720000, capped=False, deemed=True),
    ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
     "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TERMINATION", "CR-WARRANTY"], tco_base=386000)
add("h350e01", "h350e01_fireworks_choreography_perpetual_licences.pdf", "en", "software",
    dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
         final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=11, governing_law="Estonia",
         contract_kind=GL),
    X(710000, capped=True), ["CR-GOVERNING-LAW"], tco_base=524000, foreign_forum=True)
add("h350e02", "h350e02_mountain_shuttle_ticketing_saas_order_form.md", "en", "cloud",
    dict(sla_remedy=False, ld_rate_per_day_pct=500 / 634000 * 100, liability_cap_pct=150, subcontract_without_consent=True),
    X(634000, sla=False), ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"])
add("h350e03", "h350e03_peanut_drying_yard_sensors.docx", "en", "hardware",
    dict(p1_response_hours=2, data_security_clause=False, confidentiality=False, ld_rate_per_day_pct=0.1,
         liability_cap_pct=200, prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=24,
         post_warranty_fee_pct=9, contract_kind=GL),
    X(480000, capped=True), ["CR-CONFIDENTIALITY", "CR-DATA-SECURITY"], tco_base=396000)
add("h350e04", "h350e04_childrenswear_managed_backup_service.md", "en", "services",
    dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=800 / 820000 * 100,
         liability_cap_pct=round(3 / 36 * 100, 4), subcontract_without_consent=True),
    X(820000), ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"])
add("h350e05", "h350e05_certificate_check_api_subscription.txt", "en", "cloud",
    dict(availability_pct=99.95, p1_response_hours=1, sla_remedy=False, liability_cap_pct=200, governing_law="Montenegro"),
    X(276000, ld=False), ["CR-GOVERNING-LAW", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"], foreign_forum=True)

SOURCES = {"h350z01": H350Z01, "h350z02": H350Z02, "h350z03": H350Z03, "h350z04": H350Z04, "h350z05": H350Z05,
           "h350e01": H350E01, "h350e02": H350E02, "h350e03": H350E03, "h350e04": H350E04, "h350e05": H350E05}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(c):
    """Policy §4: horizon 5 years from acceptance; fee for every year after the warranty, pro rata."""
    t = c["terms"]
    if t["contract_kind"] != GL or t["post_warranty_fee_pct"] is None or not c["extra"].get("post_warranty_fee_capped"):
        return None
    post_years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = c["tco_base"] * t["post_warranty_fee_pct"] / 100 * post_years
    total = c["extra"]["contract_value"] + fees
    return dict(post_years=post_years, fees=fees, total=total, share=fees / total * 100)


def derive(c):
    """My reading of policy §3 applied to the labels, to cross-check the hand-written expected rules."""
    t, x, r = c["terms"], c["extra"], set()
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
    if not t["buyer_owns_data"]:
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
    if t["contract_kind"] == GL:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        tc = tco(c)
        if tc and tc["share"] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"]:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or c["foreign_forum"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# Threshold figures that must not appear anywhere (digits, Chinese numerals, words)
ZN = "〇零一二两三四五六七八九十百千"
FORBIDDEN = [
    r"(?<![\d.])99\.9(?!\d)", r"ninety-nine point nine(?! five)",
    r"(?<![\d.])4\s*(?:-\s*)?(?:hours?|hrs?|小时|个小时)", r"(?<![%s])四\s*个?\s*小时" % ZN, r"\bfour\s*(?:-\s*)?hours?\b",
    r"(?<![\d.])240\s*(?:-\s*)?(?:minutes?|mins?|分钟)", r"二百四十分钟", r"two hundred (?:and )?forty minutes",
    r"(?<![\d.])0?\.05\s*(?:%|per\s*cent|percent)", r"万分之五(?![十])",
    r"(?<![\d.])100(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之(?:一)?百", r"one hundred per\s*cent",
    r"(?<![\d.])30(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])", r"三成",
    r"\bthirty per\s*cent",
    r"(?<![\d.])12\s*(?:-\s*)?(?:months?|个月)", r"(?<![%s])十二\s*个月" % ZN, r"\btwelve\s*(?:-\s*)?months?",
    r"\bone\s*(?:-\s*)?years?\b", r"(?<![\d.])1\s*(?:-\s*)?years?\b", r"一年", r"\ba\s+year\b",
    r"(?<![\d.])15(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之十五", r"\bfifteen per\s*cent",
    r"(?<![\d.])40(?:\.0+)?\s*(?:%|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])", r"\bforty per\s*cent",
    r"(?<![\d.])5\s*(?:-\s*)?(?:years?|年)", r"(?<![%s])五\s*年" % ZN, r"\bfive\s*(?:-\s*)?years?\b",
    r"(?<![\d.])60\s*(?:-\s*)?(?:months?|个月)", r"六十\s*个月", r"\bsixty\s*(?:-\s*)?months?",
]
FORBIDDEN_RE = [re.compile(p, re.I) for p in FORBIDDEN]
MUST_HIT = ["99.9%", "4小时", "四小时", "4 hours", "four-hour", "240分钟", "240 minutes", "0.05%", "万分之五", "100%",
            "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "12 months", "twelve months", "one year",
            "1 year", "一年", "a year", "15%", "百分之十五", "40%", "百分之四十", "5年", "五年", "5 years",
            "five-year", "60 months", "60个月", "六十个月"]
MUST_NOT_HIT = ["24小时", "二十四小时", "99.95%", "115%", "0.15%", "四十二个月", "2025年", "14 hours", "24 hours",
                "0.055%", "百分之三十五", "百分之四十五", "per year", "Subscription Year", "36 months", "2,400 minutes",
                "115 %", "1.5倍", "12-minute", "2 years", "十八个月", "三个服务年度", "35%", "45%", "25%"]


def hits(text):
    out = []
    for t in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in FORBIDDEN_RE:
            out += [m.group(0) for m in rx.finditer(t)]
    return out


def selftest():
    for s in MUST_HIT:
        assert hits(s), "regex misses %r" % s
    for s in MUST_NOT_HIT:
        assert not hits(s), "regex wrongly hits %r: %r" % (s, hits(s))


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


def size(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    built = {k: (c["file"], c["file"].rsplit(".", 1)[1]) for k, c in C.items() if c["file"].endswith((".docx", ".pdf"))}
    write({k: SOURCES[k] for k in built}, built, OUT, wrap_words=True)
    for k, c in C.items():
        if k not in built:
            (OUT / c["file"]).write_text(SOURCES[k].lstrip("\n"), encoding="utf-8")
            print("wrote", c["file"])
    fired = set()
    mix = []
    out_of_range = []
    for k, c in C.items():
        label = {"file": c["file"], "language": c["lang"], "category": c["category"], "expected_terms": c["terms"],
                 "expected_extra": c["extra"], "expected_rules": c["rules"]}
        (OUT / (c["file"].rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                                   encoding="utf-8")
        assert derive(c) == c["rules"], (k, derive(c), c["rules"])
        text = read_back(OUT / c["file"])
        n = size(text, c["lang"])
        lo, hi = (2800, 3300) if c["lang"] == "zh" else (1500, 1700)
        bad = hits(text) + hits(SOURCES[k])
        assert not bad, (k, bad)
        t = c["terms"]
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        tc = tco(c)
        assert tc is None or abs(tc["share"] - 40) > 1
        fired |= set(c["rules"])
        mix.append(len(c["rules"]))
        print("%-58s %-5s %5d %s  risk=%s  %s%s" % (c["file"], c["lang"], n, "ok" if lo <= n <= hi else "OUT OF RANGE",
              risk(c["rules"]), ", ".join(c["rules"]) or "(none)",
              "" if tc is None else "  TCO %.0f share %.2f%%" % (tc["total"], tc["share"])))
        if not lo <= n <= hi:
            out_of_range.append((k, n))
    assert not out_of_range, out_of_range
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    assert sorted(mix)[:3] == [0, 0, 1] and all(2 <= m <= 3 for m in sorted(mix)[3:9]) and sorted(mix)[9] >= 8, mix
    assert len(C["h350z05"]["rules"]) >= 8
    print("all 20 CR rules expected at least once; mix", sorted(mix))


if __name__ == "__main__":
    main()
