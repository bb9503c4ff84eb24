"""holdout490: ten blind, ORDINARY draft contracts (5 zh, 5 en) with their labels.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). Writes the ten contracts, the ten .json labels,
then reads every built file back and checks lengths, sums, thresholds and the rule coverage. No project code is used;
only ../word_pdf.py (the shared docx/pdf builder) is imported.
"""
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
OUT = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------------------------------------------
# z01  档案局 电子档案管理平台 (pdf, 第X条, buyer's paper, 政府采购) — compliant
# ----------------------------------------------------------------------------------------------------------------
Z01 = """T:滨江市档案局电子档案管理平台采购合同
P:合同编号：BJDA-ZC-2025-017　采购方式：公开招标（政府采购）
P:采购人（甲方）：滨江市档案局，地址：滨江市政务服务中心东楼六层
P:供应商（乙方）：江澜数智信息技术有限公司，地址：滨江市高新区云谷路88号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、项目编号BJCG-2025-0413的招标文件、乙方的投标文件及中标通知书，甲乙双方就滨江市电子档案管理平台建设项目（以下简称“本项目”）经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供电子档案管理平台软件（含档案收集、整理、保存、利用、统计五个模块）的永久使用许可，并完成定制开发、历史数据迁移、部署实施和培训。
P:1.2 定制开发内容包括：与市政务OA系统的归档接口、电子文件“四性”检测组件、馆藏目录开放审核流程、档案利用服务小程序端，详见附件1《需求规格说明书》。
P:1.3 平台部署在甲方政务云专区。乙方负责安装、配置并与甲方现有统一身份认证系统对接，所需操作系统及数据库由甲方提供。
P:1.4 乙方应派驻项目经理1名、实施工程师不少于3名，人员名单经甲方确认后不得擅自更换；确需更换的，须提前10个工作日书面报甲方同意。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰壹拾柒万陆仟元整（¥2,176,000），为固定总价，已包含税费、安装、培训、文档及质保期内全部服务费用，甲方不再另行支付任何费用。
P:2.2 分项价格：（1）电子档案管理平台软件许可¥1,280,000；（2）定制开发¥620,000；（3）历史数据迁移（约86万条目录、310万页影像）¥180,000；（4）部署实施及培训¥96,000。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，即¥435,200。
P:3.2 系统上线并通过初验后15个工作日内，甲方支付合同总价的35%，即¥761,600。
P:3.3 系统通过最终验收后15个工作日内，甲方支付合同总价的45%，即¥979,200。
P:3.4 乙方每次收款前应向甲方提供合法有效的增值税发票。甲方通过国库集中支付系统付款。
H:第四条 交付期限
P:4.1 乙方应在合同签订后90日内完成部署和定制开发并申请初验，在合同签订后150日内完成历史数据迁移并申请最终验收。
P:4.2 乙方应在初验前向甲方提交系统安装手册、用户手册、运维手册、接口说明及测试报告。
P:4.3 乙方应按附件3实施计划每两周向甲方提交项目进度报告。
H:第五条 验收
P:5.1 初验标准：需求规格说明书所列功能全部实现；归档接口连续运行10个工作日无数据丢失；500个并发用户下检索响应时间不超过3秒；第三方软件测评机构出具的测试报告无高危问题。
P:5.2 最终验收标准：迁移数据经甲方逐条目录比对、按5%比例抽查影像，差错率不超过0.2%；试运行60日内未发生一级故障；网络安全等级保护测评和商用密码应用安全性评估均已通过。
P:5.3 验收由甲方组织，乙方提交验收申请及全部文档后10个工作日内进行，验收结论以书面验收报告为准。系统上线运行、甲方使用或支付款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收。
H:第六条 质量保证及维护
P:6.1 质保期为最终验收合格之日起三十六个月。质保期内乙方免费提供软件缺陷修复、版本升级、技术咨询和每季度一次的现场巡检，并免费完成因国家或行业档案标准调整所需的功能适配。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的8%，即每年不超过¥102,400，且质保期满后三个服务年度内不上调。维护合同逐年另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%。计划内维护不计入不可用时间，但须提前3个工作日通知甲方并安排在非工作时间进行。
P:7.2 一级故障（平台整体不可用或无法归档）：30分钟内响应，2小时内到场，8小时内恢复；二级故障（部分功能不可用）：1小时内响应，24小时内解决；三级故障（一般问题）：当日响应，3个工作日内解决。
P:7.3 乙方未达到7.2响应或恢复时限的，每超时1小时扣减¥1,000；月度可用率每低于约定值0.01个百分点，扣减¥2,000。扣减款从甲方应付乙方的款项中抵扣。
H:第八条 数据安全
P:8.1 档案目录、电子文件、影像及系统日志等全部数据归甲方所有，乙方仅为履行本合同使用，不得用于任何其他目的，合同终止后不得保留任何副本。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及档案管理规定：实施人员须经甲方登记审查；运维操作须通过甲方堡垒机并全程审计；禁止将数据拷贝至甲方网络以外的任何介质；数据迁移须在甲方指定环境内完成。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及由此产生的法律责任。
H:第九条 保密
P:9.1 乙方对履行本合同中知悉的甲方工作秘密、馆藏档案内容及网络配置信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务不因合同终止而失效。
H:第十条 知识产权
P:10.1 平台软件的著作权仍归乙方，甲方获得永久、不可撤销的使用许可。
P:10.2 为本项目定制开发的接口程序、检测组件、小程序及其源代码和文档，知识产权归甲方所有，甲方可自行修改、使用或许可他人使用。乙方应在最终验收时移交全部源代码。
P:10.3 乙方保证所交付成果不侵犯任何第三方的合法权利，否则由乙方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期申请验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.3 乙方交付成果不符合合同约定，经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将本项目的任何部分转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。附件为本合同的组成部分，与本合同具有同等效力。
P:15.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:附件1：需求规格说明书；附件2：分项报价表；附件3：实施计划。
P:甲方（盖章）：滨江市档案局　　乙方（盖章）：江澜数智信息技术有限公司
P:法定代表人或授权代表：　　　　法定代表人或授权代表：
P:签订日期：2025年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------
# z02  陶瓷砖厂 压机控制系统改造 + 维保 (docx, Word price table, 一、（一）)
#      risky: no 违约金 (LD-MISSING), no 保密 clause (CONFIDENTIALITY), no termination right (TERMINATION)
# ----------------------------------------------------------------------------------------------------------------
Z02 = """T:压机控制系统改造及维保合同
P:合同编号：GAJT-SB-2025-062
P:甲方（买方）：高安市金陶建筑陶瓷有限公司
P:乙方（卖方）：南昌恒锐自动化工程有限公司
P:甲方因生产线升级需要，委托乙方对甲方二号车间4台全自动液压压砖机的控制系统进行改造，并在质保期满后提供维保服务。双方经友好协商，订立本合同。
H:一、改造范围
P:（一）拆除4台压机原有继电器控制柜，更换为新的PLC控制柜，并更换伺服液压比例阀组、压力及位移传感器和操作触摸屏。
P:（二）安装乙方压机监控软件，实现压制曲线、布料厚度、压制周期和故障报警的集中监控，并按甲方要求编写与甲方生产管理系统对接的数据接口。
P:（三）乙方负责改造期间的拆装、布线、调试及操作人员和维修人员培训。改造分两批进行，每批停机2台，保证车间至少2台压机正常生产。
P:（四）乙方改造前应对压机现状进行检测并出具检测报告，改造方案经甲方设备部书面确认后方可实施。改造期间乙方应遵守甲方安全生产管理制度，施工人员须佩戴安全防护用品，动火、登高作业须办理作业票。
P:（五）培训内容包括：压机控制原理、触摸屏操作、常见故障判断与处理、监控软件使用和日常点检，集中培训不少于3天，受训人员由甲方安排。
H:二、价格清单
P:本合同总价为人民币壹佰肆拾肆万肆仟元整（¥1,444,000），含税、运输、安装调试及培训费用。分项如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块、电源）|4套|168,000|672,000
TB:2|伺服液压比例阀组|4套|86,000|344,000
TB:3|压力及位移传感器套件|4套|23,500|94,000
TB:4|操作触摸屏（HMI）|4台|12,800|51,200
TB:5|压机监控软件许可（永久）|1套|138,000|138,000
TB:|软硬件小计|||1,299,200
TB:6|安装调试|1项|126,000|126,000
TB:7|培训|1项|18,800|18,800
TB:|合计|||1,444,000
H:三、付款方式
P:（一）合同签订后10日内，甲方支付合同总价的20%，即¥288,800。
P:（二）全部设备到货并经甲方清点签收后10日内，支付合同总价的35%，即¥505,400。到货签收仅为数量清点，不代表质量验收。
P:（三）4台压机全部通过最终验收后15日内，支付合同总价的35%，即¥505,400。
P:（四）余款¥144,400作为质量保证金，质保期满且无未处理的质量问题后15日内无息支付。
P:（五）甲方每次付款前，乙方应开具合法有效的增值税专用发票；乙方未提供发票的，甲方有权顺延付款且不承担逾期责任。
H:四、交货及工期
P:（一）乙方应在合同签订后45日内将全部设备运至甲方厂区，在设备到货后60日内完成两批改造并申请验收。
P:（二）具体停机时间由甲方生产部门安排，乙方应按甲方排产计划进场施工。
P:（三）设备包装应适合长途运输和多次装卸，每套设备应附装箱单、合格证、使用说明书及主要元器件的原厂质量证明。乙方采购的元器件应为原厂正品，品牌型号以技术方案为准，未经甲方同意不得替换。
H:五、验收
P:（一）验收标准：每台压机连续生产72小时无故障停机；压制周期比改造前缩短不少于8%；同一批次砖坯厚度偏差不超过±0.3毫米；液压系统无渗漏、无异常冲击；监控软件数据采集完整，与甲方生产管理系统的接口数据一致。
P:（二）每批改造完成后由甲方设备部、生产部和乙方共同验收，并签署书面验收单。设备安装完毕或投入试生产，均不视为验收合格。验收不合格的，乙方应在10日内整改后重新验收。
P:（三）改造完成后乙方应提交竣工资料，包括电气原理图、接线图、PLC程序清单、液压系统图、参数设定表及备件清单，纸质版和电子版各一份。
H:六、质量保证
P:（一）质保期为最终验收合格之日起二十四个月。质保期内因设备质量或安装原因造成的故障，乙方免费维修和更换零部件，并免费升级监控软件。
P:（二）一级故障（压机停机）：乙方应在1小时内电话响应，8小时内到达现场；二级故障（单项功能异常、压机可继续生产）：乙方应在24小时内响应，3个工作日内处理完毕。
P:（三）乙方未在上述时限内响应或到场的，每超时1小时扣减质量保证金800元。
P:（四）质保期内，同一部件维修两次后仍不能正常使用的，乙方应免费更换同型号新件；主要部件更换后，该部件的质保期自更换之日起重新计算。
P:（五）乙方应在甲方厂区存放常用备件（比例阀、传感器、I/O模块各不少于2件），备件在质保期内归乙方所有，质保期满后由甲方选择是否按清单价格购买。
H:七、维保服务
P:（一）质保期满后，乙方按甲方要求继续提供年度维保服务，包括每季度一次预防性保养、备件供应和7×24小时电话支持。
P:（二）年度维保费按软硬件小计的9%计收，即每年¥116,928，质保期满后三个服务年度内不上调。维保合同每个服务年度另行签订，不自动续期。
P:（三）维保期间乙方每季度保养后应提交保养报告，列明检查项目、更换件及隐患整改建议。
H:八、生产数据
P:（一）压机工艺参数、压制曲线、产量和故障记录等生产数据归甲方所有，乙方仅为改造和维保目的使用。
P:（二）乙方远程维护须事先取得甲方设备部批准，并通过甲方提供的专用VPN账号登录，每次操作留存日志；乙方不得将生产数据拷贝出甲方网络。
P:（三）乙方人员在甲方厂区内不得擅自连接甲方生产网络，不得在甲方工控设备上安装与本项目无关的软件，调试用电脑须经甲方查毒后方可接入。
P:（四）因乙方原因导致生产数据丢失、被篡改或外泄的，乙方应立即通知甲方、协助恢复，并赔偿甲方由此遭受的全部损失。
H:九、知识产权
P:（一）监控软件的著作权归乙方，甲方获得永久使用许可。
P:（二）为本项目编写的PLC控制程序、触摸屏画面及数据接口程序，连同源代码，归甲方所有，甲方有权自行修改和使用。乙方应在最终验收时交付源代码及说明文档。
H:十、转包与分包
P:乙方不得将本合同转包或分包，所有安装调试工作由乙方自有人员完成。乙方对其施工人员的安全和行为负责。
H:十一、违约责任
P:（一）任何一方违反本合同约定的，应赔偿对方因此遭受的实际损失。
P:（二）乙方逾期交货或逾期完成改造的，应继续履行，交货期和工期相应顺延，双方另行协商解决。
P:（三）甲方逾期付款的，乙方有权顺延相应工期。
P:（四）因乙方设备质量或施工原因造成甲方设备损坏或人身伤害的，由乙方负责修复并承担赔偿责任。
H:十二、合同的变更与解除
P:本合同签订后，任何一方均不得单方解除合同。确需变更或解除的，须双方协商一致并签订书面协议。
H:十三、争议解决
P:因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:十四、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:本合同未尽事宜，双方另行签订补充协议，补充协议与本合同具有同等效力。附件：技术方案、设备清单、进度计划。
P:甲方（盖章）：高安市金陶建筑陶瓷有限公司　　乙方（盖章）：南昌恒锐自动化工程有限公司
P:甲方代表签字：　乙方代表签字：
P:日期：2025年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------
# z03  宠物医院连锁 (16 家) 病历及会员 SaaS + 实施 (txt, 1. / 1.1)
#      risky: 可用率 99.5 % (SLA-AVAILABILITY), 脱敏数据再利用 (DATA-OWNERSHIP), 自动续期 + 乙方调价 (AUTO-RENEWAL)
# ----------------------------------------------------------------------------------------------------------------
Z03 = """宠物医院病历及会员管理系统服务合同

合同编号：CDPH-IT-2025-09
甲方（客户）：成都安宠动物医院管理有限公司（下属16家动物医院）
乙方（服务商）：杭州萌医云科技有限公司

鉴于甲方拟统一旗下16家动物医院的电子病历、处方、检验及会员管理，乙方拥有“萌医云”宠物医疗SaaS平台，双方经协商一致，就平台订阅及实施服务订立本合同。

1. 服务内容
1.1 乙方向甲方16家医院提供萌医云平台的订阅服务，包括电子病历、处方与药房、检验影像报告、预约挂号、会员储值与积分、库存及经营报表模块。
1.2 乙方负责实施服务：将甲方现有两套旧系统中的病历、会员和储值余额数据迁移至平台；完成与各医院生化分析仪、血球仪及DR影像设备的接口对接；为甲方定制集团经营分析报表；培训医生、前台及店长。
1.4 乙方应为甲方指定专属客户成功经理，负责需求对接、上线计划和季度使用情况回顾。
1.5 平台功能升级由乙方统一发布，升级不得删减甲方已使用的功能或影响历史数据的查询，重大升级应提前15日通知甲方。
1.6 订阅期为三个服务年度，自2025年9月1日起至2028年8月31日止。

2. 费用
2.1 订阅费：每家医院每个服务年度¥9,800，16家医院每个服务年度合计¥156,800，三个服务年度合计¥470,400。
2.2 实施费：数据迁移及配置¥86,000，设备接口及定制报表¥48,000，合计¥134,000。
2.3 本合同总金额为¥604,400（含税）。短信通知按实际发送量另行结算，不计入合同总金额。
2.4 订阅期内订阅单价固定不变。医院数量增加的，新增医院按每个服务年度¥9,800计费，按实际使用月份折算。

3. 付款
3.1 本合同不设预付款。
3.2 实施费在实施验收合格后15个工作日内一次性支付。
3.3 订阅费按季度支付，每季度结束后15个工作日内，甲方根据乙方开具的发票支付当季订阅费¥39,200。
3.4 乙方应在每次收款前开具合法有效的增值税专用发票。甲方因发票不合规而延迟付款的，不承担逾期责任。

4. 实施与验收
4.1 乙方应在2025年8月25日前完成全部16家医院的上线准备。
4.2 实施验收标准：旧系统病历、会员及储值余额全部迁移，甲方按医院逐家抽查，储值余额与旧系统逐笔一致；设备接口在每家医院实测通过；定制报表数据与财务系统核对一致；16家医院连续10个营业日正常开单、收费。
4.3 验收由甲方信息部组织并出具书面验收单。平台开通或甲方开始使用，不视为实施验收合格。
4.4 乙方未能在4.1约定日期前完成上线准备的，每逾期一日，按本合同总金额的千分之一向甲方支付违约金。
4.5 实施计划：第一批4家医院（含总院）先行上线，运行稳定两周后分三批完成其余12家医院的切换；每批切换在夜间进行，切换期间乙方派人驻店支持。
4.6 乙方应为每家医院培训不少于两场，培训对象包括医生、助理、前台收银和店长，并提供操作视频和常见问题手册。
4.7 旧系统数据迁移前，甲方应提供数据导出文件及字段说明，乙方应制定迁移方案并经甲方确认。

5. 服务水平
5.1 平台月度可用率不低于99.5%（乙方提前48小时通知的计划维护除外）。
5.2 一级故障（全部或多家医院无法开单、收费）：30分钟内响应，2小时内恢复；二级故障（单家医院或单个模块异常）：2小时内响应，8小时内恢复；其他问题：1个工作日内答复。
5.3 可用率低于约定值的，按当月订阅费的5%抵扣；一级故障恢复超时的，每超时1小时按当月订阅费的1%抵扣，当月抵扣合计不超过当月订阅费的25%。
5.4 乙方应每月向甲方提供服务报告，列明当月可用率、故障情况、工单处理及抵扣金额。甲方对服务报告有异议的，应在收到后10个工作日内提出，双方核实后调整。
5.5 乙方提供7×24小时服务热线和在线客服，营业时间内在线客服的首次答复时间不超过10分钟。

6. 数据的归属与使用
6.1 甲方在平台中录入和产生的病历、处方、检验结果、会员及宠物主人信息等业务数据归甲方所有。
6.2 甲方同意，乙方可对上述数据进行脱敏和汇总处理后，用于乙方的宠物医疗行业分析报告、平台功能改进及模型训练，此项使用在本合同终止后仍可继续。

7. 数据安全
7.1 平台部署于境内云服务商，已通过网络安全等级保护三级测评。乙方应对甲方数据加密存储和传输，按最小权限原则管理乙方员工访问，并保留访问日志不少于六个月。
7.2 乙方发现数据泄露、丢失或被非法访问的，应在24小时内书面通知甲方，并采取补救措施。因乙方原因导致数据安全事件的，乙方应赔偿甲方损失，并承担向宠物主人告知等相关费用。
7.3 合同终止后30日内，乙方应将甲方全部业务数据以通用格式交付甲方，并在甲方确认后删除平台中的甲方数据。
7.4 宠物主人的个人信息，乙方应按照《个人信息保护法》的要求处理。
7.5 乙方每个服务年度应委托第三方机构进行一次渗透测试，并将测试结论摘要提供给甲方。

8. 保密
8.1 双方对在合作中获知的对方商业秘密、经营数据及技术资料负有保密义务，未经对方书面同意不得向第三方披露，合同终止后继续有效。
8.2 乙方员工均应签署保密协议，乙方对其员工违反保密义务的行为承担责任。

9. 知识产权
9.1 萌医云平台及其功能升级的知识产权归乙方。
9.2 为甲方定制的经营分析报表模板和设备接口程序，知识产权归甲方，甲方可自行修改、使用或许可他人使用。
9.3 乙方保证平台不侵犯第三方知识产权，因侵权引起的纠纷由乙方负责处理并承担责任。

10. 续期
10.1 订阅期满前30日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，续期次数不限。
10.2 续期时订阅单价按乙方届时公布的标准价格执行，乙方无需另行取得甲方同意。

11. 分包
11.1 未经甲方书面同意，乙方不得将实施服务分包给第三方。
11.2 经甲方同意分包的，乙方对分包方的工作承担全部责任。

12. 合同解除
12.1 任何一方严重违约，经对方书面通知后15日内未纠正的，守约方有权解除本合同。
12.2 乙方平台连续两个月可用率低于约定值的，甲方有权解除本合同，乙方退还已付未履行期间的订阅费。
12.3 本合同终止的，乙方应配合甲方完成数据迁出，在数据交付完成前不得关闭甲方账户。

13. 法律适用与争议解决
13.1 本合同适用中华人民共和国法律。因本合同产生的争议，提交成都仲裁委员会仲裁。

14. 其他
14.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。
14.2 本合同附件包括：附件1《服务功能清单》、附件2《实施计划》、附件3《服务水平说明》，附件与本合同具有同等效力。
14.3 双方联系人及联系方式见附件4，一方变更联系人的，应及时书面通知对方。

甲方：成都安宠动物医院管理有限公司（盖章）　　授权代表：
乙方：杭州萌医云科技有限公司（盖章）　　授权代表：
签订日期：2025年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------
# z04  审计局 审计作业系统 年度运维, 竞争性磋商 (txt, （1）…)
#      risky: SLA 考核不与服务费挂钩 (SLA-NO-REMEDY), 专项工作书面告知即可分包 (SUBCONTRACT)
# ----------------------------------------------------------------------------------------------------------------
Z04 = """临川市审计局审计作业系统运维服务合同

项目编号：LCCG-2025-C036（竞争性磋商）
甲方：临川市审计局
乙方：赣南信安软件服务有限公司

根据竞争性磋商文件、乙方的响应文件及成交通知书，甲乙双方就临川市审计局审计作业系统及数据分析平台的运维服务订立本合同。

（1）服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满本合同自然终止，后续服务由甲方重新组织采购，不自动续期。

（2）服务范围
1. 审计作业系统（现场审计实施系统、审计管理系统）及审计数据分析平台的日常运行维护、故障处理和缺陷修复；
2. 数据库、中间件和应用服务器的巡检、备份与性能优化；
3. 配合甲方完成网络安全等级保护测评整改及审计数据采集转换；
4. 机房空调、UPS的日常巡查及维护；
5. 每月提交运维报告，每季度提交系统健康评估报告。
6. 协助甲方开展审计数据的采集、清洗和格式转换，每个服务年度不少于20个被审计单位的数据采集任务；
7. 为甲方审计人员提供系统操作培训，每半年不少于1次；
8. 在重大系统升级或迁移时，提供技术方案评审意见；
9. 配合甲方做好节假日、重大活动期间的网络安全值守，按甲方要求报送值守记录。
10. 每季度对系统用户账号和权限进行一次清理核查，并将核查结果书面报送甲方。

（3）人员要求
乙方派驻场工程师2名（工作日8:30至17:30在甲方办公），其中至少1名具备数据库专业认证。驻场人员应在2025年7月1日前到岗，并与甲方原运维单位完成交接。驻场人员的更换须经甲方同意。驻场人员应遵守甲方考勤和保密管理制度，请假须经甲方同意并由乙方安排合格人员替岗；乙方另应安排不少于2名后台工程师提供远程支持。乙方项目负责人每月至少到甲方现场一次，参加月度运维例会，汇报运维情况和问题整改进度。乙方应保持驻场人员队伍稳定。

（4）服务费用
本合同总价为人民币伍拾捌万陆仟元整（¥586,000），包括：驻场运维服务¥432,000，应用运维与缺陷修复¥86,000，安全巡检与等保整改配合¥48,000，数据库专项运维¥20,000。上述价格为固定总价，含税及乙方履行本合同的全部费用。服务期内甲方新增服务器或业务模块的，乙方应纳入运维范围，新增工作量不超过原范围10%的，不另行收费。

（5）付款方式
服务费按季度支付。每季度结束且当季考核完成后15个工作日内，甲方支付当季服务费¥146,500。本合同不设预付款。乙方应在每次收款前开具合法有效的发票。甲方付款以财政资金到位为前提，因财政资金拨付原因延迟付款的，不视为甲方违约。

（6）服务水平
1. 审计作业系统月度可用率不低于99.95%，计划内维护须提前2个工作日报甲方同意。
2. 一级故障（系统整体不可用或审计数据无法读取）：15分钟内响应，2小时内恢复或提供临时解决方案；
3. 二级故障（部分功能不可用）：30分钟内响应，8小时内解决；
4. 三级故障（一般问题及咨询）：2小时内响应，3个工作日内解决；
5. 重要审计项目进点期间及节假日前，乙方应安排专项保障。
6. 乙方每日对系统运行状态进行巡检并记录，每周对数据库进行一次全量备份、每日进行增量备份，每季度进行一次备份恢复演练。
7. 乙方应建立运维知识库，记录故障及处理过程，并在月度运维报告中分析原因和改进措施。
8. 服务水平的统计以甲方运维管理平台的工单记录为准。

（7）考核与验收
1. 甲方按季度对乙方进行考核，考核内容包括：月度可用率、故障响应与解决时限的达成率、巡检及备份计划完成率、运维报告质量，考核得分80分以上为合格。
2. 服务期满前，甲方组织年度验收，验收标准为：四个季度考核均合格；全年未发生因乙方原因导致的数据丢失；运维文档、配置清单及账号口令全部移交甲方；等保测评中与运维相关的整改项全部关闭。
3. 季度考核结果记入乙方履约评价，作为今后采购的参考，不与服务费挂钩，甲方不因服务水平未达标扣减服务费。
4. 考核结果为不合格的，乙方应在10个工作日内提交整改报告。
5. 年度验收合格后，甲方出具书面验收报告；验收不合格的，乙方应在15日内整改并重新申请验收。

（8）数据安全
1. 审计作业系统中的被审计单位数据、审计底稿及审计报告等全部数据归甲方所有，乙方仅为本合同目的接触，不得用于其他任何用途。
2. 乙方人员须签署保密承诺书，所有运维操作在甲方内网通过堡垒机进行并全程录像；严禁使用个人存储介质，严禁将数据带离甲方场所或上传至互联网。
3. 发生数据泄露、丢失或非法访问的，乙方应在30分钟内报告甲方并配合处置；因乙方原因造成数据安全事件的，乙方承担全部法律责任和赔偿责任。
4. 乙方应配合甲方或主管部门开展的数据安全检查，如实提供相关记录。
5. 服务期满或合同解除后，乙方应交还全部账号、口令和资料，并在甲方监督下删除其可能保留的任何甲方数据。

（9）保密
乙方对履行本合同过程中知悉的审计工作秘密、被审计单位信息和甲方网络信息负有保密义务，不得向任何第三方披露。保密义务在本合同终止后持续有效。乙方应对其员工进行保密教育，员工离职时应收回其访问权限并签署离职保密承诺。

（10）知识产权
运维过程中乙方为甲方编写的脚本、数据转换程序、巡检工具及运维文档，知识产权归甲方所有，甲方可自由修改和使用。乙方保证其提供的工具软件不侵犯第三方权利，并不含恶意代码。

（11）分包
乙方可将第（2）项第4目所列机房空调、UPS维护工作交由具备相应资质的专业单位实施，但应提前5个工作日书面告知甲方分包单位名称及人员名单。乙方对分包单位的工作承担全部责任。除前述工作外，乙方不得将本合同的其他服务分包或转包。

（12）违约责任
1. 驻场人员未按第（3）项约定日期到岗的，每逾期一日，乙方按合同总价的千分之一向甲方支付违约金。
2. 甲方逾期付款的，每逾期一日按逾期金额的万分之二向乙方支付违约金。
3. 乙方驻场人员擅自离岗，或未经甲方同意更换驻场人员的，甲方有权要求乙方限期改正。
4. 乙方违反第（8）项约定的，除承担赔偿责任外，甲方有权解除本合同。

（13）合同解除
乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后10日内仍未改正的，甲方有权解除本合同，并按实际服务期间结算服务费。因政策调整或机构改革导致本合同无法继续履行的，双方协商解除本合同，按实际服务期间结算。

（14）法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向临川市人民法院提起诉讼。诉讼期间，本合同不涉及争议的部分应继续履行。

（15）其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。本合同未尽事宜，双方可签订补充协议。

甲方（盖章）：临川市审计局　乙方（盖章）：赣南信安软件服务有限公司
甲方代表：　乙方代表：
日期：2025年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------
# z05  火锅底料厂 生产及追溯 软件许可 + 定制开发 (md, markdown price table, "## 第X条", the supplier's template)
#      many problems
# ----------------------------------------------------------------------------------------------------------------
Z05 = """# 软件产品许可及定制开发合同

**（巴渝智造软件股份有限公司 标准合同文本 V3.0）**

合同编号：BYZZ-2025-HT-118

**甲方（用户）：** 重庆红九格食品有限公司

**乙方（供应商）：** 巴渝智造软件股份有限公司

甲方为实现火锅底料生产过程管理和产品质量追溯，向乙方采购“智造云MES”生产管理及质量追溯软件许可，并委托乙方进行定制开发。双方经协商，订立本合同。

## 第一条 产品与服务

1.1 乙方向甲方提供下表所列软件产品的永久使用许可，部署于甲方自有服务器。

1.2 乙方为甲方进行定制开发：配方及投料管理（含牛油、辣椒等原料的批次配比）、一物一码赋码及扫码追溯对接、与甲方用友ERP的物料和订单接口、追溯查询小程序。

1.3 乙方负责安装部署、数据初始化及甲方关键用户培训。

1.4 乙方提供的软件版本为签约时的最新正式版本，免费维护期内乙方提供补丁更新。

1.5 服务器、操作系统、数据库、扫码枪、标签打印机等软硬件由甲方自行采购，不在本合同范围内。

1.6 乙方为甲方关键用户提供不少于5天的集中培训，为车间操作工提供现场操作指导。

1.7 定制开发范围以双方签字确认的《定制开发需求说明》为准，需求说明未列明的功能不属于本合同的开发范围。

## 第二条 合同价格

本合同总价为人民币壹佰捌拾万元整（¥1,800,000），明细如下：

|序号|项目|数量|金额（元）|
|---|---|---|---|
|1|MES生产管理模块许可|1套|480,000|
|2|质量追溯模块许可|1套|360,000|
|3|仓储管理模块许可|1套|260,000|
|4|移动端许可（50用户）|1套|100,000|
||软件许可费小计||1,200,000|
|5|定制开发|1项|480,000|
|6|实施及培训|1项|120,000|
||合计||1,800,000|

上述价格含增值税，乙方人员到甲方现场服务的差旅费已包含在实施费中。本合同价格为乙方在标准报价基础上给予甲方的项目优惠价，仅适用于本项目。

## 第三条 付款方式

3.1 合同签订后7日内，甲方支付合同总价的50%，即¥900,000，乙方收款后启动项目。

3.2 系统上线运行后7日内，甲方支付剩余50%，即¥900,000。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

3.4 乙方收款后开具增值税专用发票。甲方未按约定支付首付款的，乙方有权推迟启动项目，交付期相应顺延。

## 第四条 交付与上线

4.1 乙方在收到首付款后120日内完成安装部署和定制开发，并通知甲方上线。

4.2 甲方应按乙方要求提供服务器、网络环境及基础数据，因甲方原因导致的延误，交付期相应顺延。

4.3 乙方应制定实施计划，明确需求调研、开发、测试、培训和上线各阶段的时间安排，由双方项目负责人签字确认。

4.4 甲方应指定项目负责人及关键用户，配合乙方完成需求确认、基础数据整理和上线切换工作。

4.5 需求确认后，甲方提出的新增需求或变更需求，乙方评估工作量后另行报价，变更部分的交付期相应顺延。

4.6 乙方按甲方需求配置生产工单、工序、质检点和追溯码规则，配置完成后由甲方确认。

## 第五条 验收

5.1 系统上线运行之日，即视为甲方验收合格。

5.2 甲方在上线后发现的问题，按第六条约定的维护服务处理。

5.3 上线前，乙方在甲方测试环境中进行功能演示，甲方应派员参加。

## 第六条 维护服务

6.1 自系统上线之日起，乙方提供六个月的免费维护服务。

6.2 免费维护期满后，甲方应与乙方签订年度维护合同，年度维护费为软件许可费小计的28%，即每年¥336,000。年度维护合同到期自动续签，维护费标准不变。

6.3 一级故障（系统无法使用、影响生产）：乙方在工作时间内8小时内响应，远程处理；需要现场处理的，由双方另行商定到场时间。其他问题在3个工作日内答复。

6.4 维护服务内容包括：软件缺陷修复、版本补丁、远程技术支持和每个服务年度两次现场巡检；甲方提出的新功能开发不属于维护服务范围。乙方在工作日9:00至17:30提供电话和远程支持。

6.5 乙方对系统所使用的第三方开源组件进行版本管理，并在发现安全漏洞时向甲方提供升级建议。

## 第七条 知识产权

7.1 软件产品及其文档的知识产权归乙方所有。

7.2 定制开发形成的程序、源代码、配方管理模型及相关文档的知识产权归乙方所有，甲方在本合同项下享有非独占的使用权，不得修改、复制或向第三方提供。

7.3 乙方保证其软件产品不侵犯第三方的知识产权；因甲方修改软件或与其他软件组合使用导致的侵权，乙方不承担责任。

7.4 乙方有权在其他项目中使用在本项目中形成的通用技术和经验。

## 第八条 数据

8.1 甲方在系统中产生的生产、配方、质检和客户数据归甲方所有，乙方仅为实施和维护目的接触，不得用于其他用途。

8.2 乙方远程维护须经甲方授权，乙方应对所接触的数据采取访问控制和日志记录措施；因乙方人员过错导致甲方数据泄露的，乙方应及时通知甲方并承担相应的赔偿责任。

8.3 甲方应自行做好数据备份，乙方对非因乙方原因造成的数据丢失不承担责任。合同终止后，乙方应协助甲方从系统中导出业务数据。

## 第九条 保密

双方对在合作过程中获知的对方商业秘密（包括甲方的底料配方和工艺参数）负有保密义务，未经对方书面同意不得向第三方披露。保密义务不因本合同的终止而失效。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的3%。

10.2 乙方在本合同项下承担的全部赔偿责任（包括违约金）以合同总价的20%为限，乙方不承担任何间接损失或利润损失。

10.3 因甲方提供的数据错误、网络环境故障或甲方人员误操作导致的损失，由甲方自行承担。

10.4 任何一方因不可抗力不能履行合同的，不承担违约责任，但应及时通知对方并提供证明。

## 第十一条 合同解除

一方严重违约，经另一方书面催告后30日内仍未纠正的，守约方有权解除本合同。合同解除的，甲方应支付乙方已完成工作的相应费用，已交付的软件许可费用不予退还。

## 第十二条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，提交重庆仲裁委员会仲裁。仲裁裁决是终局的，对双方均有约束力。

## 第十三条 其他

13.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

13.2 本合同未尽事宜，以乙方发布的《产品服务手册》为准。

13.3 本合同的附件包括：《软件功能清单》《定制开发需求说明》《实施计划》，附件与本合同具有同等效力。

13.4 双方的通知应以书面形式发送至双方项目负责人的电子邮箱或本合同所列地址。一方以电子方式签署的，与纸质签署具有同等效力。

甲方（盖章）：重庆红九格食品有限公司　乙方（盖章）：巴渝智造软件股份有限公司

甲方授权代表：　乙方授权代表：

日期：2025年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------
# e01  Estonian vendor (Tartu), perpetual licences + services (pdf, Article N) — only finding: Estonian law
# ----------------------------------------------------------------------------------------------------------------
E01 = """T:Software Licence and Services Agreement
P:Agreement No. TPS-CN-2025-031
P:This Software Licence and Services Agreement (the "Agreement") is made between: (1) Foshan Lianmu Home Furnishing Co., Ltd., a company registered in Foshan, Guangdong Province, People's Republic of China (the "Customer"); and (2) TartuPlan Systems OÜ, a private limited company registered in the Estonian Commercial Register, with its office at Riia 181, Tartu, Estonia (the "Vendor").
P:Background: The Customer manufactures panel and solid-wood furniture at two plants in Foshan. It wishes to replace spreadsheet-based production planning with the Vendor's advanced planning and scheduling software ("TartuPlan APS"), and to have the Vendor configure the software and integrate it with the Customer's ERP and shop-floor systems. At the Customer's request all prices in this Agreement are stated and paid in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Licensed Software" means TartuPlan APS version 9, its modules listed in Article 3 and all updates supplied under this Agreement. "Documentation" means the user, administrator and interface manuals of the Licensed Software.
P:1.2 "Custom Deliverables" means the ERP and shop-floor interfaces, planning rules, report templates, scripts and related documentation written by the Vendor for the Customer under this Agreement.
P:1.3 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 6.3.
P:1.4 "Customer Data" means all data entered into, processed by or generated in the Licensed Software by or for the Customer, including orders, bills of materials, routings, capacities and plans.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software on the Customer's servers in China for the internal business of the Customer and its subsidiaries.
P:2.2 The Vendor shall perform the following services: (a) installation of the Licensed Software in the Customer's test and production environments; (b) configuration of planning models for both plants; (c) development of interfaces with the Customer's Kingdee ERP and its MES terminals; (d) migration of open orders and master data; and (e) training of planners, key users and system administrators.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,560,000 (the "Contract Price"), including all taxes, travel and expenses. It is made up as follows.
P:3.2 Licence fees: Core server licence, 1 unit, CNY 620,000; named planner licences, 20 users at CNY 14,500 each, CNY 290,000; shop-floor terminal licences, 60 terminals at CNY 3,100 each, CNY 186,000. Licence Subtotal: CNY 1,096,000.
P:3.3 Service fees: configuration and interfaces, fixed price, CNY 348,000; data migration, fixed price, CNY 72,000; training, CNY 44,000. Services Subtotal: CNY 464,000.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 312,000) within 30 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 702,000) within 30 days after the Licensed Software and the Custom Deliverables have been installed in the production environment. Installation is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 546,000) within 30 days after Final Acceptance.
P:4.4 Payments are made by bank transfer in CNY to the Vendor's account stated in its invoice.
H:Article 5 Delivery and Delay
P:5.1 The Vendor shall complete installation within 60 days and reach Final Acceptance within 150 days after signature of this Agreement, according to the project plan in Annex 2.
P:5.2 If Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. Payment of liquidated damages does not release the Vendor from its obligation to complete the work.
H:Article 6 Acceptance
P:6.1 The Vendor shall notify the Customer in writing when the system is ready for acceptance testing, together with the test report of its own tests.
P:6.2 The acceptance criteria are: (a) all functions in the functional specification (Annex 1) work as described; (b) a complete weekly plan for both plants is calculated in less than 10 minutes; (c) the ERP interface transfers orders, bills of materials and stock levels without error for 20 consecutive working days; (d) migrated master data match the source records in the reconciliation reports; and (e) no Severity 1 or Severity 2 defect is open at the end of a 30-day production run.
P:6.3 When all criteria are met, the Customer shall issue a written Final Acceptance certificate within 10 working days. Use of the system in production, installation or any payment does not mean acceptance. If a test fails, the Vendor shall correct the defects and repeat the test at its own cost.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform in accordance with the Documentation and Annex 1 for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new versions, and provide support free of charge.
P:7.2 Support is provided through the Vendor's service desk in Chinese and English. Severity 1 (planning cannot be run or the ERP interface is down for both plants): response within 1 hour, workaround within 8 hours. Severity 2 (a major function impaired): response within 2 hours, fix within 2 working days. Severity 3: response within 1 working day.
P:7.3 For each full hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall credit the Customer CNY 1,000 against the next payment or support invoice.
P:7.4 After the Warranty Period the Customer may order annual support at 11% of the Licence Subtotal, that is CNY 120,560 per year. This fee is fixed for three years after the Warranty Period ends. Support is ordered by the Customer year by year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Licensed Software and the Documentation remain the property of the Vendor.
P:8.2 All intellectual property rights in the Custom Deliverables belong to the Customer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely.
P:8.3 The Vendor shall defend and indemnify the Customer against any claim that the Licensed Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not keep copies after the work for which it needed them is complete.
P:9.2 The Vendor shall access the Customer's systems only remotely through the Customer's VPN and bastion host, after approval for each session, or on site under supervision. The Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the PRC and shall not transfer Customer Data outside China.
P:9.3 The Vendor shall notify the Customer within 24 hours of any actual or suspected unauthorised access to, loss of or disclosure of Customer Data, help the Customer contain it, and be liable for all losses caused by a breach of this Article by the Vendor or its personnel.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public business and technical information received from the other party under this Agreement, use it only for this Agreement and not disclose it to any third party without prior written consent. This obligation survives termination for three years.
H:Article 11 Liability
P:11.1 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for breach of Articles 9 or 10, infringement under Article 8.3, personal injury or wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:13.2 The Customer may also terminate if the liquidated damages under Article 5.2 reach their maximum. On termination for the Vendor's breach, the Vendor shall refund the amounts paid for work not accepted.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control. The affected party shall inform the other without delay and resume performance as soon as possible.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Republic of Estonia, excluding its conflict-of-law rules and the United Nations Convention on Contracts for the International Sale of Goods.
P:15.2 The parties shall first try to settle any dispute by negotiation. Disputes not settled within 60 days shall be resolved by the Harju County Court in Tallinn, Estonia.
H:Article 16 Miscellaneous
P:16.1 This Agreement is made in English and Chinese; both versions are equally authentic. Amendments must be in writing and signed by both parties.
P:16.2 Annexes: Annex 1 Functional Specification; Annex 2 Project Plan; Annex 3 Licence Certificate.
P:Signed for Foshan Lianmu Home Furnishing Co., Ltd.: ____________________ Name / Title / Date
P:Signed for TartuPlan Systems OÜ: ____________________ Name / Title / Date
"""

# ----------------------------------------------------------------------------------------------------------------
# e02  Swedish vendor (Gothenburg), SaaS Order Form + General Terms (md)
#      risky: availability 99.5 % (SLA-AVAILABILITY), sub-processors on notice (SUBCONTRACT), cap = six months of fees
# ----------------------------------------------------------------------------------------------------------------
E02 = """# ORDER FORM — FixFlow Facility Service Platform

**Order Form No.** FF-APAC-2025-0147

| | |
|---|---|
| **Vendor** | FixFlow Software AB, Lindholmspiren 7, 417 56 Gothenburg, Sweden |
| **Customer** | Hangzhou Xiyuan Property Management Co., Ltd., Xihu District, Hangzhou, PRC |
| **Subscription Term** | three Subscription Years, from 1 October 2025 to 30 September 2028 |
| **Currency** | CNY, at the Customer's request |

This Order Form and the General Terms below form one agreement (the "Agreement"). If they conflict, this Order Form prevails.

### A. Services ordered

The Customer manages 46 residential and office properties in Hangzhou. It orders the FixFlow platform for work orders, preventive maintenance, asset registers, resident requests and contractor management, with the mobile app for its technicians.

| Item | Quantity | Fee per Subscription Year (CNY) | Total for the Subscription Term (CNY) |
|---|---|---|---|
| Platform fee (all modules, 46 properties) | 1 | 96,000 | 288,000 |
| User seats (office staff and technicians) | 220 | 149,600 | 448,800 |
| Onboarding (one-time): data import, SSO, configuration, training | 1 | — | 58,000 |
| **Total Fees** | | | **794,800** |

SMS notifications above 20,000 messages per Subscription Year are charged at CNY 0.06 per message and are not part of the Total Fees.

### B. Invoicing

1. No advance payment is due. The onboarding fee is invoiced after Onboarding Acceptance.
2. Subscription fees (CNY 245,600 per Subscription Year) are invoiced quarterly in arrears, CNY 61,400 per quarter, payable within 30 days of invoice.

### C. Onboarding

1. The Vendor shall make the platform available for production use ("Go-Live") by 1 October 2025.
2. Onboarding Acceptance criteria: (a) the asset register of all 46 properties imported and checked by the Customer against its source lists; (b) single sign-on with the Customer's Microsoft Entra tenant working for all users; (c) 20 test work orders processed end to end on web and mobile, including contractor assignment and resident notification; (d) the three custom report templates in Annex 1 reconciled with the Customer's own figures for one month. The Customer confirms Onboarding Acceptance in writing; use of the platform alone is not acceptance.
3. If Go-Live is delayed for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 600 for each day of delay.

### D. Signatures

For the Customer: ____________________ Name / Title / Date

For the Vendor: ____________________ Name / Title / Date

---

# GENERAL TERMS

## 1. Definitions

1.1 "Customer Data" means all data submitted to the platform by or for the Customer, including resident names, phone numbers, addresses, photographs and work-order records.

1.2 "Subscription Year" means each period from 1 October to 30 September of the following calendar year.

1.3 "Service Credit" means an amount credited against the next invoice under section 4.

## 2. Use of the Service

2.1 The Vendor grants the Customer and its users the right to use the platform during the Subscription Term for the Customer's internal business.

2.2 The Customer shall keep its passwords secure and shall not resell the service or attempt to copy or reverse engineer the platform.

## 3. Hosting and Data Security

3.1 The platform is hosted for Chinese customers in the Alibaba Cloud Shanghai region. Customer Data is stored and processed in mainland China.

3.2 The Vendor maintains ISO/IEC 27001 certification, encrypts Customer Data in transit and at rest, restricts staff access to named support engineers with multi-factor authentication, and keeps access logs for audit.

3.3 The Vendor shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, give all information needed for the Customer's reports to authorities and residents, and bear the costs and losses caused by an incident for which it is responsible.

## 4. Service Levels

4.1 The Vendor shall keep the platform available at least 99.5% of the time in each calendar month, excluding scheduled maintenance announced five days ahead and carried out between 23:00 and 05:00 China time.

4.2 Priority 1 incidents (the platform or the mobile app unavailable for all users): response within 1 hour and restoration within 6 hours. Priority 2 incidents (a major function unavailable): response within 2 hours and restoration within 1 business day. Priority 3: response within 1 business day.

4.3 If monthly availability falls below the commitment in 4.1, the Customer receives a Service Credit of 5% of that month's subscription fee for each started 0.5 percentage point of shortfall, up to 25%. A missed Priority 1 response or restoration time gives a Service Credit of CNY 1,000 per incident.

## 5. Customer Data

5.1 Customer Data belongs to the Customer. The Vendor uses Customer Data only to provide the service to the Customer and for no other purpose.

5.2 On expiry or termination the Vendor shall make Customer Data available for export in CSV and PDF formats for 60 days and then delete it, confirming deletion in writing.

## 6. Intellectual Property

6.1 The platform, its software and documentation remain the Vendor's property.

6.2 The custom report templates and import scripts made for the Customer belong to the Customer, which may use, change and license them freely.

## 7. Subcontractors and Sub-processors

7.1 The Vendor may use subcontractors and sub-processors to provide the service, including hosting, SMS delivery and local support partners in China. The Vendor shall notify the Customer in writing at least 30 days before adding or replacing a subcontractor or sub-processor. The Customer's consent is not required.

7.2 The Vendor remains responsible for the acts and omissions of its subcontractors and sub-processors.

## 8. Confidentiality

8.1 Each party shall keep the other party's confidential information secret, use it only for the purposes of the Agreement and disclose it only to employees and advisers who need to know it and are bound by equal duties. This section survives for three years after the Agreement ends.

## 9. Limitation of Liability

9.1 Each party's total liability arising out of or in connection with the Agreement is limited to the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim.

9.2 Neither party is liable for indirect or consequential loss or loss of profit. The limits in this section do not apply to breach of section 8, the Vendor's obligations in section 3.3 for personal information, or fraud.

## 10. Term, Renewal and Termination

10.1 The Agreement runs for the Subscription Term stated in the Order Form and then ends. Any renewal requires a new Order Form signed by both parties.

10.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. The Customer may also terminate if monthly availability is below the commitment in 4.1 in three consecutive months.

10.3 On termination for the Vendor's breach, the Vendor shall refund any fees paid for the period after termination.

## 11. Governing Law and Disputes

11.1 At the Customer's request, the Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai under its rules in force at the time. The language of the arbitration is English.

## 12. General

12.1 Notices must be in writing and sent by email with confirmation, or by courier, to the addresses in the Order Form.

12.2 Neither party may assign the Agreement without the other's written consent. Amendments must be signed by both parties.

## 13. Customer Responsibilities

13.1 The Customer shall name a project owner for onboarding, provide its asset lists, property data and user lists in the agreed templates, and make its IT staff available for the single sign-on set-up.

13.2 The Customer is responsible for the accuracy of the data it enters, for the conduct of its users and for obtaining any notices or consents needed from residents for the data it collects.

## 14. Training and Documentation

14.1 The onboarding fee includes four half-day training sessions for office staff, two sessions for technicians on the mobile app and one administrator course, held in Chinese at the Customer's Hangzhou office or online.

14.2 The Vendor shall keep the user guides, administrator guides and release notes available in Chinese and English in its help centre during the Subscription Term.

## 15. Changes to the Service

15.1 The Vendor may improve the platform and release new features during the Subscription Term. It shall not remove or materially reduce any function used by the Customer, and shall announce major changes at least 30 days in advance.

15.2 New optional modules offered by the Vendor are not included in the Total Fees and may be added only by a signed change to this Order Form.

## 16. Force Majeure

16.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, war, epidemics or orders of authorities, provided it informs the other party promptly and takes reasonable steps to limit the effect. Force majeure does not excuse the Vendor from its duties under section 3.
"""

# ----------------------------------------------------------------------------------------------------------------
# e03  Danish vendor (Aarhus), sensors + gateways + licence for a cold-chain site (docx, Word price table, Section N.N,
#      the buyer's paper) — compliant
# ----------------------------------------------------------------------------------------------------------------
E03 = """T:Purchase Contract for Cold-Store Monitoring Sensors
P:Contract No. ZZLL-CG-2025-088
P:Buyer: Zhengzhou Hengleng Cold Chain Logistics Co., Ltd., Zhengzhou Airport Economy Zone, Henan Province, PRC (the "Buyer").
P:Supplier: NordSense Instruments ApS, Søren Frichs Vej 38, 8230 Aarhus, Denmark (the "Supplier").
P:The Buyer operates a cold-chain warehouse with 24 cold rooms, 6 freezer rooms and a loading dock. It buys from the Supplier wireless temperature, humidity and door sensors, gateways and monitoring software, with installation and calibration, on the Buyer's standard purchase terms below. All prices are in CNY.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission the equipment and software listed in Section 2 (the "System") so that every cold room, freezer room and dock door is monitored continuously and alarms reach the Buyer's duty staff by SMS, phone call and the Buyer's WMS.
P:1.2 The Supplier shall also write the interface between the monitoring software and the Buyer's WMS, set up the alarm rules and dashboards agreed in the technical specification (Annex 1), and train the Buyer's staff.
H:Section 2 Price
P:2.1 The total contract price is CNY 900,000 (the "Contract Price"), fixed, including taxes, import duties, delivery to site, installation, calibration certificates and training. Itemised prices:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature sensor, -40 to +50 °C, calibrated|420|860|361,200
TB:2|Wireless humidity sensor|80|1,150|92,000
TB:3|Door open/close sensor|64|540|34,560
TB:4|LoRaWAN gateway with 4G backup|12|9,800|117,600
TB:5|NordSense Monitor software, perpetual on-premise licence|1|186,000|186,000
TB:|Hardware and Licence Subtotal|||791,360
TB:6|Installation, calibration and commissioning|1|96,400|96,400
TB:7|Training|1|12,240|12,240
TB:|Contract Price|||900,000
H:Section 3 Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 The Buyer shall pay 65% of the Contract Price (CNY 585,000) within 30 days after all equipment has been delivered and installed and the Buyer has signed the installation record. The installation record confirms quantities only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 315,000) within 30 days after Final Acceptance under Section 5.
H:Section 4 Delivery and Delay
P:4.1 The Supplier shall deliver all equipment to the Buyer's site within 45 days and complete installation and commissioning within 75 days after signature.
P:4.2 If the Supplier is late in delivery or in reaching Final Acceptance, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct these damages from any payment due.
H:Section 5 Acceptance
P:5.1 Acceptance criteria: (a) each sensor is calibrated against a reference thermometer traceable to national standards, with a deviation of no more than ±0.3 °C, and the calibration certificate is delivered; (b) every sensor reports at least once per minute and no data gap longer than 5 minutes occurs during a 30-day trial run; (c) each test alarm reaches the duty phone and the WMS within 60 seconds; (d) the WMS interface shows room temperatures and alarm states correctly for all rooms; (e) the GSP temperature records required by the Buyer's pharmaceutical customers can be exported and printed.
P:5.2 When all criteria are met, the parties sign a Final Acceptance certificate. Delivery, installation, use of the System or any payment does not count as acceptance. If a test fails, the Supplier shall correct the defect within 10 days and the test is repeated.
H:Section 6 Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During this period the Supplier shall repair or replace any defective equipment free of charge, supply software updates and recalibrate all sensors once a year.
P:6.2 Severity 1 faults (monitoring of one or more cold rooms lost, or alarms not delivered): the Supplier shall respond within 30 minutes and restore monitoring within 8 hours, using spare sensors kept at the site. Severity 2 faults (single sensor or dashboard fault): response within 2 hours and repair within 2 days.
P:6.3 For each hour by which the Supplier misses a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 800, deducted from any amount due.
P:6.4 After the warranty period, the Buyer may order annual support at 7% of the Hardware and Licence Subtotal, that is CNY 55,395.20 per year, fixed for two years. Support contracts are signed per year and do not renew automatically.
H:Section 7 Data
P:7.1 All measurement data, alarm records and warehouse information in the System belong to the Buyer. The Supplier may use them only to perform this Contract.
P:7.2 The System is installed on the Buyer's servers. The Supplier's remote access requires the Buyer's approval for each session and uses the Buyer's VPN. The Supplier shall not copy Buyer data outside the Buyer's network, shall keep its access accounts secure, and shall notify the Buyer within 12 hours of any data security incident. The Supplier is liable for all losses caused by its breach of this Section.
H:Section 8 Intellectual Property
P:8.1 The NordSense Monitor software remains the Supplier's property and is licensed to the Buyer perpetually.
P:8.2 The WMS interface, dashboards and alarm configurations made for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall hand over their source code and documentation at Final Acceptance.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's customer names, stock data and site layout, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the Contract ends.
H:Section 10 Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 7 and 9, which are not limited.
H:Section 11 Subcontracting
P:11.1 The Supplier may engage a local installation contractor only with the Buyer's prior written consent. The Supplier remains fully responsible for the contractor's work.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the liquidated damages under Section 4.2 reach their maximum.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.
H:Section 14 Packing, Documentation and Training
P:14.1 The equipment shall be packed for sea, air and road transport and for repeated handling. Each package shall carry a packing list. The Supplier shall deliver certificates of origin and conformity, the manufacturer's test reports and the calibration certificate of each sensor.
P:14.2 The Supplier shall deliver in Chinese and English the installation manual, the user manual, the administrator manual, the interface description, a sensor position list with serial numbers, and the as-built drawings of all gateways and cable routes.
P:14.3 The Supplier shall train at least two system administrators and the duty staff of all three shifts on site, covering daily monitoring, alarm handling, replacing batteries and sensors, and exporting temperature records. Training is complete when the trainees pass a short practical test set by the Buyer.
H:Section 15 Spare Parts
P:15.1 The Supplier shall keep at the Buyer's site, free of charge during the warranty period, a stock of spare sensors equal to at least 3% of each sensor type and one spare gateway. The Supplier shall replenish the stock within 10 days after any spare part is used.
P:15.2 The Supplier shall make spare parts and replacement sensors of the same or a compatible type available for purchase for at least seven years after Final Acceptance.
H:Section 16 Site Rules and Compliance
P:16.1 The Supplier's staff shall follow the Buyer's site safety, hygiene and cold-store access rules, wear the protective clothing provided, and work in the freezer rooms only in pairs and within the time limits set by the Buyer.
P:16.2 The equipment shall meet the applicable Chinese radio, electrical safety and product standards, and the Supplier shall obtain any type approval needed for the radio equipment before delivery.
H:Section 17 Force Majeure
P:17.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it informs the other party promptly and resumes performance as soon as possible. If such an event lasts longer than 60 days, either party may end this Contract by notice.
H:Section 18 General
P:18.1 Notices under this Contract must be in writing and delivered by hand, courier or email with confirmation to the addresses above. Either party may change its address by notice.
P:18.2 This Contract is signed in English and Chinese, both equally valid, in two originals. Annex 1: Technical specification. Annex 2: Site plan and sensor positions.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
# e04  Lithuanian provider (Kaunas), managed store-network service (md, numbered clauses + schedules as tables)
#      risky: no data-security clause (DATA-SECURITY), renewal with the provider's price increase (AUTO-RENEWAL)
# ----------------------------------------------------------------------------------------------------------------
E04 = """# Managed Network Services Agreement

**Agreement No.** BW-MNS-2025-22

**Between**

**Wuxi Huiyuan Supermarket Chain Co., Ltd.**, Liangxi District, Wuxi, Jiangsu Province, PRC (the "Customer"); and

**BalticWave Networks UAB**, Savanorių pr. 192, Kaunas, Lithuania, acting through its Suzhou service branch (the "Provider").

**Background.** The Customer operates 38 supermarkets, a head office and a distribution centre. It wishes the Provider to take over the monitoring, operation and maintenance of the Wi-Fi, switching and firewall equipment at these sites. All charges are in CNY.

## 1. Definitions

1.1 "Sites" means the 38 stores, the head office and the distribution centre listed in Schedule 1.

1.2 "Managed Devices" means the access points, switches, firewalls and SD-WAN routers at the Sites listed in Schedule 1, which remain the Customer's property.

1.3 "Service Commencement Date" means the date on which the Customer confirms Transition Acceptance in writing.

1.4 "Initial Term" means 24 months from the Service Commencement Date.

## 2. Services

2.1 From the Service Commencement Date the Provider shall: (a) monitor all Managed Devices 24 hours a day from its network operations centre; (b) handle incidents and service requests raised by store managers through the Provider's service desk in Chinese; (c) apply firmware updates and configuration changes under the change procedure; (d) replace failed devices with spares from the Customer's stock and arrange manufacturer repair; and (e) deliver a monthly service report.

2.2 The Provider shall keep a field engineer team in Wuxi able to reach every Site in the time stated in Schedule 2.

## 3. Transition

3.1 The Provider shall complete transition by 31 October 2025: discovery of all Managed Devices, connection to the Provider's monitoring platform, documentation of configurations, and runbooks for each Site type.

3.2 Transition Acceptance criteria: (a) all Managed Devices in Schedule 1 visible and alarming on the monitoring platform; (b) configuration backups of every switch, firewall and router stored and restorable; (c) runbooks approved by the Customer's IT manager; (d) five test incidents handled within the times in Schedule 2. Use of the service before that date is not acceptance.

3.3 If the Service Commencement Date is later than 31 October 2025 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay, up to CNY 120,000.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 3. The total value of this Agreement for the Initial Term is CNY 2,390,000.

4.2 The one-time transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. Invoices are payable within 30 days. No advance payment is due.

## 5. Service Levels

5.1 The Provider shall meet the service levels in Schedule 2. Service credits for missed service levels are calculated as stated there and deducted from the next invoice.

5.2 If the Provider misses the same service level in three consecutive months, it shall submit an improvement plan within 10 days.

## 6. Customer Data

6.1 All configuration data, logs, network diagrams and other information of the Customer handled by the Provider remain the property of the Customer and are used by the Provider only to provide the services.

6.2 At the end of the Agreement the Provider shall return all configuration data and documentation to the Customer.

## 7. Confidentiality

7.1 Each party shall keep confidential any non-public information of the other party obtained under this Agreement, including the Customer's network design, sales figures and supplier terms, and shall not disclose it to any third party without the other party's prior written consent. This clause survives for three years after the Agreement ends.

## 8. Intellectual Property

8.1 The Provider's monitoring platform, tools and standard methods remain the Provider's property.

8.2 The runbooks, configuration templates and network documentation prepared for the Customer belong to the Customer, which may use, modify and give them to any future provider.

## 9. Subcontracting

9.1 The Provider shall not subcontract any part of the services without the Customer's prior written consent. The Provider remains responsible for approved subcontractors.

## 10. Liability

10.1 The Provider's total liability under this Agreement is limited to 150% of the total value stated in clause 4.1. Neither party is liable for indirect loss or loss of profit, except in case of wilful misconduct or gross negligence.

## 11. Term and Renewal

11.1 This Agreement starts on signature and continues for the Initial Term.

11.2 At the end of the Initial Term, this Agreement renews automatically for successive renewal terms of 24 months each, unless either party gives written notice of non-renewal at least 90 days before the end of the current term.

11.3 For each renewal term the Provider may increase the monthly service charges to its then current rates by giving the Customer written notice at least 60 days before the renewal term begins.

## 12. Termination

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

12.2 On termination or expiry, the Provider shall cooperate for up to 60 days in the transfer of the services to the Customer or a new provider, at the rates in Schedule 3.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Shanghai.

## 14. General

14.1 Each party shall comply with all applicable laws. Notices must be in writing. Amendments require the signature of both parties.

14.2 Neither party may assign this Agreement without the prior written consent of the other party.

## 15. Governance and Reporting

15.1 Each party shall appoint a service manager. The service managers shall meet monthly to review the service report, open incidents, planned changes and the Customer's store-opening plans.

15.2 The monthly service report shall show, for each Site, availability, incidents by priority, response and restoration times, service credits, changes made and devices replaced.

15.3 Once a year the parties shall review the Managed Devices list and agree any additions or removals. Stores opened or closed during the Term are added or removed at the monthly charge for their site type in Schedule 3, pro rata.

## 16. Customer Obligations

16.1 The Customer shall give the Provider's engineers access to the Sites during opening hours, or at night where agreed, keep the spare devices in stock, and inform the Provider of building works that may affect the network.

16.2 The Customer shall not change the configuration of Managed Devices without using the change procedure.

## 17. Force Majeure

17.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to resume performance. Service levels do not apply to the extent a failure is caused by such an event or by a failure of the public telecommunications network.

Signed for the Customer: ____________________ Signed for the Provider: ____________________

---

## Schedule 1 — Sites and Managed Devices

| Site type | Number of sites | Access points | Switches | Firewalls / SD-WAN routers |
|---|---|---|---|---|
| Large store | 12 | 36 each | 6 each | 2 each |
| Standard store | 26 | 18 each | 3 each | 1 each |
| Head office | 1 | 40 | 8 | 2 |
| Distribution centre | 1 | 52 | 10 | 2 |

## Schedule 2 — Service Levels and Service Credits

| Service level | Target | Service credit if missed |
|---|---|---|
| Availability of store network (per store, per month) | 99.95% | 3% of that store's monthly charge for each started 0.1 percentage point below target |
| Priority 1 incident (store cannot take card or mobile payments, or network down) — response | 15 minutes | CNY 500 per incident |
| Priority 1 incident — engineer on site if needed | 3 hours in Wuxi urban districts, 5 hours elsewhere | CNY 800 per incident |
| Priority 1 incident — restoration | 6 hours | CNY 300 per hour late |
| Priority 2 incident (part of a site affected) — response | 1 hour | CNY 200 per incident |
| Priority 3 request — completion | 3 business days | none |

Service credits in one month are limited to 20% of that month's total monthly service charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition (one-time) | fixed | 86,000 |
| Monthly service charge — stores | 38 stores × CNY 2,350 per month = CNY 89,300 per month × 24 months | 2,143,200 |
| Monthly service charge — head office and distribution centre | CNY 6,700 per month × 24 months | 160,800 |
| **Total for the Initial Term** | | **2,390,000** |
| Additional work at the Customer's request | per engineer day | 2,400 |
"""

# ----------------------------------------------------------------------------------------------------------------
# e05  Greenland vendor (Nuuk), fisheries / ocean data API subscription (txt, upper-case headings)
#      risky: no service levels (SLA-MISSING, SLA-RESPONSE), laws of Greenland and the court in Nuuk (GOVERNING-LAW)
# ----------------------------------------------------------------------------------------------------------------
E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. QDA-QH-2025-07

PARTIES

Qajaq Data ApS, Imaneq 29, 3900 Nuuk, Greenland ("Qajaq" or the "Vendor"); and

Qingdao Haixin Seafood Trading Co., Ltd., Shinan District, Qingdao, Shandong Province, PRC (the "Customer").

BACKGROUND

The Customer imports Greenland halibut, cold-water prawns and cod from the North Atlantic and sells them to processors and restaurant groups in China. Qajaq collects and publishes data on landings, vessel activity, quotas, auction prices and ocean conditions around Greenland and in the North Atlantic. The Customer wishes to receive this data through the Qajaq API to plan its purchases and to show origin information to its own customers. The parties therefore agree as follows. At the Customer's request, all fees are priced and invoiced in CNY.

1. DEFINITIONS

1.1 "API" means Qajaq's application programming interface described in the Data Specification in Annex 1.

1.2 "Data" means the datasets listed in Annex 1 as made available through the API, including landings by species and port, vessel positions, quota use, auction prices and sea surface temperature.

1.3 "Subscription Year" means each period from 1 November to 31 October of the following calendar year during the Term.

1.4 "Customer Materials" means any data, vessel lists, product codes and queries the Customer sends to the API or uploads to the Qajaq portal.

2. SUBSCRIPTION

2.1 Qajaq grants the Customer a non-exclusive, non-transferable right during the Term to access the API and to use the Data for its own business, including showing summary origin information (species, landing port, landing date and vessel name) to its customers in China.

2.2 The Customer may not resell the Data as such, build a competing data service, or make the API keys available to third parties.

2.3 The Professional plan includes up to 2,000,000 API calls per Subscription Year, 10 API keys and access to historical data from 2015.

3. TERM

3.1 The Term runs for three Subscription Years, from 1 November 2025 to 31 October 2028.

3.2 This Agreement does not renew automatically. Any extension requires a written agreement signed by both parties, at fees then agreed.

4. FEES AND PAYMENT

4.1 The subscription fee is CNY 168,000 per Subscription Year, in total CNY 504,000 for the Term (the "Total Fees"). The fee is fixed for the Term.

4.2 The subscription fee is invoiced annually in advance at the start of each Subscription Year and is payable within 30 days after invoice.

4.3 API calls above the annual allowance are charged at CNY 0.06 per hundred calls, invoiced quarterly in arrears. Overage charges are not part of the Total Fees.

4.4 Bank charges in China are for the Customer's account, and charges outside China for Qajaq's account.

5. ACCESS AND ACCEPTANCE

5.1 Qajaq shall issue the API keys and the portal accounts by 1 November 2025 (the "Start Date").

5.2 During the first 10 business days after the Start Date the Customer may test the API against the Data Specification. The acceptance criteria are: (a) all datasets listed in Annex 1 are available with the fields described; (b) landings data are updated daily and vessel positions at least every hour; (c) historical data back to 2015 can be retrieved for every dataset; (d) the sample queries in Annex 2 return correct results. The Customer confirms acceptance in writing, or lists the failed criteria, which Qajaq shall correct within 10 business days before the test is repeated. Issuing the keys alone is not acceptance.

5.3 If Qajaq fails to provide access by the Start Date for reasons within its control, Qajaq shall pay the Customer CNY 400 for each day of delay, up to CNY 20,000.

6. SERVICE AND SUPPORT

6.1 Qajaq will use commercially reasonable efforts to keep the API available and the Data up to date, but does not guarantee uninterrupted or error-free access. No service levels, availability commitments or service credits apply to the API.

6.2 Support is provided by email to support@qajaq.gl during business hours in Nuuk, Monday to Friday. Qajaq will answer support requests as soon as reasonably possible.

6.3 Qajaq may carry out maintenance of the API at any time and will try to announce planned maintenance on its status page in advance.

7. DATA QUALITY

7.1 The Data is compiled from public registers, port authorities, auction houses and Qajaq's own sensors. Qajaq checks the Data with reasonable care but does not warrant that it is complete or accurate in every case.

7.2 If the Customer reports an error in the Data, Qajaq shall investigate it and, where the error is confirmed, correct it in a later regular update of the dataset concerned.

8. CUSTOMER MATERIALS AND DATA SECURITY

8.1 Customer Materials belong to the Customer. Qajaq shall use them only to provide the API service to the Customer and shall not disclose them to others or use them for any other purpose.

8.2 Qajaq shall protect Customer Materials and account data with appropriate technical and organisational measures, including encryption in transit and at rest, access limited to named staff, multi-factor authentication for administrators and logging of access.

8.3 Qajaq shall notify the Customer within 48 hours after becoming aware of any unauthorised access to or loss of Customer Materials or account data, take the steps needed to stop it, and compensate the Customer for the losses caused by such an incident where Qajaq is at fault.

8.4 The Customer's own systems, and the use of the Data within them, are the Customer's responsibility.

9. INTELLECTUAL PROPERTY

9.1 The API, the Data and all databases of Qajaq remain the property of Qajaq or its licensors. The Customer receives only the rights in section 2.

9.2 Any custom field mappings, export scripts or dashboard templates that Qajaq prepares specifically for the Customer belong to the Customer, which may use, modify and license them freely.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the non-public information of the other party received under this Agreement, including the Customer's purchase plans and supplier list and Qajaq's pricing, and shall use it only for this Agreement. This obligation continues for three years after the Agreement ends.

11. SUBCONTRACTING

11.1 Qajaq hosts the API with the cloud provider named in Annex 3, which the Customer approves by signing this Agreement. Qajaq shall not subcontract any other part of its obligations without the Customer's prior written consent.

12. LIABILITY

12.1 Qajaq's total liability under this Agreement is limited to CNY 756,000.

12.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of business, except in case of wilful misconduct or gross negligence.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of the breach.

13.2 On termination for Qajaq's breach, Qajaq shall refund the part of the subscription fee paid for the period after termination.

13.3 On expiry or termination, the Customer shall stop using the API. The Customer may keep Data downloaded before that date for its internal records.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws in force in Greenland.

14.2 The parties shall try to settle any dispute amicably. Disputes not settled within 60 days shall be brought before the Court of Greenland (Retten i Grønland) in Nuuk.

15. GENERAL

15.1 This Agreement, with Annex 1 (Data Specification), Annex 2 (Sample Queries) and Annex 3 (Hosting Provider), is the entire agreement between the parties on its subject.

15.2 Notices must be in writing and sent by email with confirmation of receipt or by courier.

15.3 Neither party may assign this Agreement without the written consent of the other party.

16. CUSTOMER OBLIGATIONS

16.1 The Customer shall keep its API keys secure, inform Qajaq without delay if a key may have been misused, and ensure that its users comply with this Agreement.

16.2 The Customer shall use the Data in accordance with the laws that apply to it and shall not present the Data to its customers as its own or as certified information.

17. CHANGES TO THE DATA SPECIFICATION

17.1 Qajaq may add datasets and fields to the API at any time. It shall give the Customer at least 60 days' written notice before removing a dataset or field listed in Annex 1 or changing the API in a way that is not backward compatible.

17.2 If Qajaq removes a dataset listed in Annex 1, the Customer may end this Agreement by notice and receive a refund of the fee paid for the remaining part of the Subscription Year.

18. FORCE MAJEURE

18.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, including severe weather, failure of satellite links or interruption of data from public sources, provided it informs the other party promptly and takes reasonable steps to resume performance.

19. LANGUAGE AND COUNTERPARTS

19.1 This Agreement is made in English. It may be signed in counterparts and by electronic signature, each of which is an original.

SIGNATURES

For Qajaq Data ApS: ____________________ Name / Title / Date

For Qingdao Haixin Seafood Trading Co., Ltd.: ____________________ Name / Title / Date
"""

# ----------------------------------------------------------------------------------------------------------------
# Files, labels and the design list
# ----------------------------------------------------------------------------------------------------------------
FILES = {
    "z01": ("h490z01_archives_bureau_e_records_platform.pdf", "zh", "pdf", Z01),
    "z02": ("h490z02_ceramic_tile_press_control_retrofit.docx", "zh", "docx", Z02),
    "z03": ("h490z03_pet_hospital_chain_records_saas.txt", "zh", "txt", Z03),
    "z04": ("h490z04_audit_bureau_system_annual_om.txt", "zh", "txt", Z04),
    "z05": ("h490z05_hotpot_base_mes_traceability_supplier_template.md", "zh", "md", Z05),
    "e01": ("h490e01_furniture_aps_licence_estonian_vendor.pdf", "en", "pdf", E01),
    "e02": ("h490e02_property_mgmt_saas_order_form_swedish_vendor.md", "en", "md", E02),
    "e03": ("h490e03_cold_store_sensors_danish_vendor.docx", "en", "docx", E03),
    "e04": ("h490e04_supermarket_managed_network_lithuanian_provider.md", "en", "md", E04),
    "e05": ("h490e05_seafood_data_api_greenland_vendor.txt", "en", "txt", E05),
}

# Itemised licence / hardware subtotal (TCO fee base) and warranty for goods_or_licence drafts: my design data.
TCO_BASE = {"z01": 1280000, "z02": 1299200, "z05": 1200000, "e01": 1096000, "e03": 791360}

T = dict  # terms in the holdout key order
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

LABELS = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8, False, True,
                         False, "PRC", "goods_or_licence"],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2176000)),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, False, None, None, 20, True, True, 24, 9, False, False,
                         False, None, "goods_or_licence"],
            dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1444000)),
    "z03": ("cloud", [99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True,
                      False, "PRC", "service"],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=604400)),
    "z04": ("services", [99.95, 0.25, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False,
                         True, True, "PRC", "service"],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=586000)),
    "z05": ("software", [None, 8, False, "supplier", True, True, True, 0.02, 20, 50, False, False, 6, 28, False, True,
                         None, "PRC", "goods_or_licence"],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                 contract_value=1800000)),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11, False, True, False,
                         "Estonia", "goods_or_licence"],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1560000)),
    "e02": ("cloud", [99.5, 1, True, "buyer", True, True, True, 600 / 794800 * 100, 6 / 36 * 100, None, True, None, None,
                      None, False, True, True, "PRC", "service"],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=794800)),
    "e03": ("hardware", [None, 0.5, True, "buyer", True, True, True, 0.08, 200, None, True, True, 36, 7, False, True,
                         False, "PRC", "goods_or_licence"],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=900000)),
    "e04": ("services", [99.95, 0.25, True, "buyer", False, True, True, 2000 / 2390000 * 100, 150, None, True, None, None,
                         None, True, True, False, "PRC", "service"],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2390000)),
    "e05": ("cloud", [None, None, False, "buyer", True, True, True, 400 / 504000 * 100, 756000 / 504000 * 100, None, True,
                      None, None, None, False, True, False, "Greenland", "service"],
            dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=504000)),
}

DESIGN = {
    "z01": set(),
    "z02": {"CR-LD-MISSING", "CR-CONFIDENTIALITY", "CR-TERMINATION"},
    "z03": {"CR-SLA-AVAILABILITY", "CR-DATA-OWNERSHIP", "CR-AUTO-RENEWAL"},
    "z04": {"CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"},
    "z05": {"CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
            "CR-TCO-SERVICE-SHARE", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY"},
    "e01": {"CR-GOVERNING-LAW"},
    "e02": {"CR-SLA-AVAILABILITY", "CR-SUBCONTRACT", "CR-LIABILITY-CAP"},
    "e03": set(),
    "e04": {"CR-DATA-SECURITY", "CR-AUTO-RENEWAL"},
    "e05": {"CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-GOVERNING-LAW"},
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(key, t, x):
    """Policy §4 as I read it: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata);
    purchase price + implementation = the contract value; fee base = itemised licence/hardware subtotal."""
    if t["warranty_months"] is None or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * TCO_BASE[key] * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def my_rules(key, t, x):
    """My own reading of policy.md §3, applied to my labels."""
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
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
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] is None
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return r


def risk(rules):
    if rules & HIGH:
        return "high"
    if rules - LOW:
        return "medium"
    return "low"


def label(key):
    name, lang, _, _ = FILES[key]
    cat, vals, extra = LABELS[key]
    terms = dict(zip(KEYS, vals))
    rules = my_rules(key, terms, extra)
    assert rules == DESIGN[key], (key, sorted(rules ^ DESIGN[key]))
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": sorted(rules)}


# ----------------------------------------------------------------------------------------------------------------
# Threshold scan: no threshold figure anywhere (digits, Chinese numerals, words)
# ----------------------------------------------------------------------------------------------------------------
NB = r"(?<![\d.,])"  # not part of a longer number
CN = "〇零一二三四五六七八九十百千两"
PCT = r"\s*(%|％|per\s*cent|percent)"
THRESHOLDS = [re.compile(p, re.I) for p in [
    NB + r"99\.9(?!\d)", r"九十九点九(?![" + CN + "])",
    NB + r"4\s*-?\s*(个\s*)?(小\s*时|h\b|hours?|hrs?\b)", r"(?<![" + CN + r"])四\s*(个\s*)?小\s*时",
    r"(?<![a-z-])four\s*-?\s*hours?", NB + r"240\s*(分\s*钟|min)",
    NB + r"0\.05(?!\d)", r"万\s*分\s*之\s*五(?![" + CN + "])", r"千\s*分\s*之\s*零\s*点\s*五", NB + r"0\.5\s*‰",
    NB + r"100(\.0+)?" + PCT, r"百\s*分\s*之\s*(一\s*)?百", r"hundred\s*per\s*cent",
    NB + r"30(\.0+)?" + PCT, r"百\s*分\s*之\s*三\s*十(?![" + CN + "])", r"三\s*成", r"thirty\s*per\s*cent",
    NB + r"12\s*(个\s*)?月(?!\s*\d)", NB + r"12\s*个\s*月", r"十\s*二\s*个\s*月", r"twelve\s*\(?\d*\)?\s*-?\s*months?",
    NB + r"12\s*-?\s*months?", r"一\s*年", r"(?<![a-z])one\s*-?\s*years?", NB + r"1\s*-?\s*years?\b", NB + r"1\s*年",
    NB + r"15(\.0+)?" + PCT, r"百\s*分\s*之\s*十\s*五(?![" + CN + "])", r"fifteen\s*per\s*cent",
    NB + r"40(\.0+)?" + PCT, r"百\s*分\s*之\s*四\s*十(?![" + CN + "])", r"四\s*成", r"forty\s*per\s*cent",
    NB + r"5\s*-?\s*(个\s*)?年(?!度)", r"(?<![" + CN + r"])五\s*(个\s*)?年(?!度)", r"(?<![a-z])five\s*-?\s*years?",
    NB + r"5\s*-?\s*years?", NB + r"60\s*(个\s*)?(月|months?)", r"六\s*十\s*个\s*月",
]]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "four hours", "within 4 hours", "4-hour",
            "240分钟", "0.05%", "万分之五", "千分之零点五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成",
            "thirty per cent", "12个月", "十二个月", "twelve months", "twelve (12) months", "12 months", "一年",
            "one year", "one-year", "1 year", "15%", "百分之十五", "40%", "百分之四十", "四成", "5年", "五年",
            "five years", "5 years", "60 months", "六十个月", "60个月"]
MUST_MISS = ["24小时", "24 hours", "14小时", "99.95%", "99.99%", "115%", "0.15%", "150%", "2025年", "万分之五十",
             "服务年度", "Subscription Year", "0.055%", "300%", "130%", "45%", "35%", "2025年12月31日", "15日",
             "30 日", "15 days", "1,200,000", "25年", "三十六个月", "二十四个月", "万分之八", "一级故障", "每年",
             "服务年度内", "5 hours elsewhere", "五个模块"]


def self_test():
    for s in MUST_HIT:
        for v in (s, re.sub(r"\s+", "", s)):
            assert any(p.search(v) for p in THRESHOLDS), "must hit: " + v
    for s in MUST_MISS:
        for v in (s, re.sub(r"\s+", " ", s), re.sub(r"\s+", "", s)):
            hits = [p.pattern for p in THRESHOLDS if p.search(v)]
            assert not hits, ("must miss", v, hits)


def scan(text, where):
    bad = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for p in THRESHOLDS:
            for m in p.finditer(variant):
                bad.append((where, m.group(0), variant[max(0, m.start() - 20):m.end() + 20]))
    return bad


# ----------------------------------------------------------------------------------------------------------------
# Build, read back, check
# ----------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("  ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def lengths(text, lang):
    if lang == "zh":
        return len(text), len(re.sub(r"\s+", "", text))
    return (len(text.split()),)


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (name, lang, fmt, src) in FILES.items():
        if fmt in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, fmt)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    problems, covered, report = [], set(), []
    for key, (name, lang, fmt, src) in FILES.items():
        lab = label(key)
        (OUT / name).with_suffix(".json").write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        covered |= set(lab["expected_rules"])
        t, x = lab["expected_terms"], lab["expected_extra"]
        # no label on a threshold
        for k, thr in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)]:
            if t[k] is not None and abs(t[k] - thr) < 1e-9:
                problems.append((key, "label on threshold", k))
        share = tco_share(key, t, x) if t["contract_kind"] == "goods_or_licence" else None
        if share is not None and abs(share - 40) <= 2:
            problems.append((key, "TCO share near 40", share))
        text = read_back(OUT / name)
        n = lengths(text, lang)
        ok = all(2750 <= v <= 3000 for v in n) if lang == "zh" else 1450 <= n[0] <= 1650
        if not ok:
            problems.append((key, "length", n))
        problems += scan(text, name) + scan(src, key + " source")
        report.append((name, lang, n, lab["expected_rules"], risk(set(lab["expected_rules"])),
                       None if share is None else round(share, 2)))
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append(("coverage", sorted(missing)))
    for r in report:
        print(*r, sep=" | ")
    # sums stated in the texts
    assert 1280000 + 620000 + 180000 + 96000 == 2176000 == 435200 + 761600 + 979200
    assert 672000 + 344000 + 94000 + 51200 + 138000 == 1299200 and 1299200 + 126000 + 18800 == 1444000
    assert 288800 + 505400 * 2 + 144400 == 1444000 and round(1299200 * 0.09) == 116928
    assert 16 * 9800 == 156800 and 156800 * 3 + 86000 + 48000 == 604400 and 156800 / 4 == 39200
    assert 432000 + 86000 + 48000 + 20000 == 586000 == 4 * 146500
    assert 480000 + 360000 + 260000 + 100000 == 1200000 and 1200000 + 480000 + 120000 == 1800000
    assert 1200000 * 28 // 100 == 336000
    assert 620000 + 20 * 14500 + 60 * 3100 == 1096000 and 1096000 + 348000 + 72000 + 44000 == 1560000
    assert 312000 + 702000 + 546000 == 1560000 and 1096000 * 11 // 100 == 120560
    assert 220 * 680 == 149600 and (96000 + 149600) * 3 + 58000 == 794800 and 245600 / 4 == 61400
    assert 420 * 860 + 80 * 1150 + 64 * 540 + 12 * 9800 + 186000 == 791360 and 791360 + 96400 + 12240 == 900000
    assert 585000 + 315000 == 900000 and abs(791360 * 0.07 - 55395.2) < 1e-6
    assert 38 * 2350 * 24 + 6700 * 24 + 86000 == 2390000 and 3 * 168000 == 504000
    for p in problems:
        print("PROBLEM", p)
    assert not problems, len(problems)
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
