"""holdout462: ten ordinary draft contracts (five zh, five en) with their labels, written blind.

Run: /work/main/.venv/bin/python -B make_files.py
Builds the .docx/.pdf with ../word_pdf.py (wrap_words=True), writes the .txt/.md as they are, writes the .json labels,
derives each draft's rules from its labels (own reading of policy.md section 3), checks them against the design list,
asserts that all 20 CR rules fire, scans every source and built file for threshold figures and prints lengths.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条 with X.Y)
H462Z01 = """
T:滨江市商务局外贸企业服务平台建设项目政府采购合同
P:合同编号：BJSW-ZFCG-2025-0147
P:采购人（甲方）：滨江市商务局
P:供应商（乙方）：杭州云舶信息技术有限公司
P:鉴于甲方以公开招标方式采购“外贸企业服务平台建设项目”（项目编号：BJZC2025-G-0388），乙方为中标供应商。依据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、投标文件，双方经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供外贸企业服务平台软件的永久使用许可，并完成定制开发、数据接口对接、部署实施及培训，使平台能够为全市约2,600家外贸企业提供政策推送、出口退税辅助申报、展会对接、订单风险预警和在线咨询服务。
P:1.2 平台部署在甲方指定的政务云上，由甲方按等级保护第三级要求统一管理。
H:第二条 合同价款
P:2.1 本合同总价为人民币2,140,000元（大写：贰佰壹拾肆万元整），含税，为固定总价。分项如下：
P:（1）平台软件永久许可（含企业端、管理端、移动端）：1,180,000元；
P:（2）定制开发（企业备案、退税辅助、展会对接、风险预警四个模块）：640,000元；
P:（3）数据接口对接（海关、税务、外汇管理、市场监管四类接口）：236,000元；
P:（4）部署实施及培训：84,000元。
P:2.2 上述价款已包含乙方完成本合同所需的全部费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款银行保函后10个工作日内，甲方支付合同总价的20%，即428,000元，作为预付款。
P:3.2 系统通过初步验收后10个工作日内，甲方支付合同总价的45%，即963,000元。
P:3.3 系统通过最终验收后10个工作日内，甲方支付合同总价的35%，即749,000元。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款按财政资金支付程序办理。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后150日内完成全部开发、部署及接口联调，并提交初步验收申请。
P:4.2 乙方应提交需求规格说明书、设计文档、测试报告、用户手册、运维手册及定制开发部分的全部源代码。
P:4.3 乙方应派驻项目经理一名、开发及实施人员不少于六名，项目经理未经甲方同意不得更换。乙方每周向甲方提交项目周报，说明进度、问题及下周计划。
P:4.4 乙方应为甲方业务人员、区县商务部门人员及企业代表分批组织培训，培训不少于八场，并提供培训教材和操作视频，确保甲方管理人员能够独立完成政策发布、企业审核、数据统计等日常操作。
H:第五条 验收
P:5.1 初步验收由甲方组织，标准为：全部功能点通过测试，严重缺陷为零；四类接口连续10日数据交换无差错；500名用户并发时页面平均响应不超过2秒；通过第三方安全测评。
P:5.2 初步验收后系统试运行90日，试运行期间未发生一级故障且累计可用率达到本合同第八条要求的，甲方组织最终验收，并出具书面验收报告。
P:5.3 系统上线使用、甲方付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
P:5.4 验收时乙方应提交验收申请、测试报告、第三方安全测评报告、接口联调记录及培训签到表。甲方可邀请区县商务部门及企业代表参加验收，并根据需要聘请专家对系统功能和性能进行评审，专家费用由甲方承担。
H:第六条 知识产权
P:6.1 平台软件原有的知识产权仍归乙方所有，甲方依本合同取得永久、不可撤销的使用许可。
P:6.2 乙方为本项目定制开发的四个模块、接口程序及其源代码、文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:6.3 乙方保证所交付成果不侵犯第三方权利，因此引起的纠纷由乙方负责处理并承担费用。
H:第七条 质量保证与维护
P:7.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:7.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过软件许可价格的9%（即106,200元/服务年度），质保期满后三个服务年度内不上调。
H:第八条 服务水平
P:8.1 平台月可用率不低于99.95%（计划维护时间经甲方同意的除外）。
P:8.2 一级故障（平台整体不可用或企业端无法登录）：乙方30分钟内响应，2小时内到场或远程处理；二级故障：2小时内响应，次日内解决；三级故障：8小时内响应，五个工作日内解决。
P:8.3 乙方响应或处理超时的，每超时1小时向甲方支付1,000元；月可用率每低于承诺值0.01个百分点，扣减当期维护费用2,000元，质保期内从履约保证金中扣除。
H:第九条 数据安全
P:9.1 平台中的企业信息、申报数据、业务数据及其衍生数据均属甲方所有，乙方仅可为履行本合同处理，不得用于其他目的，不得向任何第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，对个人信息加密存储，运维操作经堡垒机并留存日志，不得将数据拷贝出政务云。
P:9.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第十条 保密
P:10.1 乙方对在履行本合同中知悉的甲方工作秘密、企业商业秘密及其他非公开信息负有保密义务，未经甲方书面同意不得披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期提交初步验收申请的，每逾期一日按合同总价的千分之一向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 乙方交付成果不符合约定的，应负责整改；整改后仍不合格的，甲方有权解除合同并要求乙方赔偿损失。
P:11.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率支付利息。
P:11.4 乙方应在合同签订后10个工作日内向甲方提交合同总价5%的履约保证金，最终验收合格且质保期满后无息退还；乙方应支付的违约金及扣款，甲方可从履约保证金中扣除。
P:11.5 因乙方原因导致平台不能按期向企业开放，造成甲方重新组织采购或延期发布政策服务的，乙方应承担甲方由此增加的合理费用，但违约金与赔偿之和不超出甲方实际损失。
H:第十二条 分包
P:12.1 本项目不允许分包或转包。
P:12.2 乙方应使用自有人员完成全部开发和实施工作，并向甲方报备项目人员名单及社保缴纳证明。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、澄清文件均为本合同组成部分。本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：滨江市商务局        乙方（盖章）：杭州云舶信息技术有限公司
P:法定代表人或授权代表：__________    法定代表人或授权代表：__________
P:签订日期：2025年  月  日
"""

# ---------------------------------------------------------------- z02 (docx, 一、/（一）, Word price table)
H462Z02 = """
T:隧道窑燃烧控制系统改造及维保合同
P:合同编号：JDC-SB-2025-062
P:甲方（买方）：景德镇华窑陶瓷有限公司
P:乙方（卖方）：江西赣热自动化工程有限公司
P:甲方二号隧道窑（长128米）原燃烧控制系统老化，温控偏差大、能耗偏高。乙方已对现场进行勘查并提交改造方案。双方依据《中华人民共和国民法典》，就控制系统改造及维保事宜订立本合同。
H:一、改造范围
P:（一）乙方负责拆除原控制柜，提供并安装PLC主控系统、温度与压力检测仪表、变频器、燃烧控制器及比例阀、工控机和上位机监控软件，完成烧成曲线组态、联锁保护编程、现场布线、调试和操作培训。
P:（二）改造后系统应实现分区自动控温、助燃风与燃气比例调节、窑压自动平衡、超温及熄火联锁保护、能耗统计和历史曲线查询。
P:（三）改造施工应利用甲方计划停窑检修期，停窑时间不超过20日。
H:二、合同价格
P:（一）本合同总价为人民币1,350,000元（含13%增值税），明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC主控柜及I/O模块|2套|186,000|372,000
TB:2|K型热电偶及压力变送器|96支|1,450|139,200
TB:3|变频器（助燃风机、排烟风机）|24台|8,600|206,400
TB:4|燃烧控制器及燃气比例阀|48套|3,900|187,200
TB:5|上位机监控软件（永久许可）|1套|168,000|168,000
TB:6|工控机及操作台|2套|32,500|65,000
TB:|软硬件小计|||1,137,800
TB:7|烧成曲线组态编程及调试|1项|148,000|148,000
TB:8|安装及布线|1项|52,000|52,000
TB:9|操作及维护培训|1项|12,200|12,200
TB:|合计|||1,350,000
P:（二）上述价格为固定总价，包括设备、软件、运输、保险、安装、调试、培训及税费。
H:三、付款方式
P:（一）合同签订后7个工作日内，甲方支付合同总价的20%，即270,000元，作为预付款。
P:（二）设备全部到货并安装完毕、乙方提交安装报告后10个工作日内，甲方支付合同总价的55%，即742,500元。安装完毕不视为验收。
P:（三）系统经最终验收合格后10个工作日内，甲方支付合同总价的25%，即337,500元。
H:四、交货与工期
P:（一）乙方应在合同签订后45日内将全部设备运至甲方厂区，并在停窑检修期内完成安装调试，于点火后10日内达到稳定运行条件。
P:（二）设备到货时双方共同开箱清点，核对型号、数量、合格证及说明书。
P:（三）甲方负责提供施工用电、临时场地及停窑检修期间的配合人员，并按乙方提交的清单提供原系统图纸和工艺参数。乙方进场人员应遵守甲方安全生产制度，动火、登高及带电作业须办理作业票，因乙方原因发生的安全事故由乙方负责。
P:（四）乙方应在点火前对甲方操作工、电工各组织不少于两次培训，内容包括画面操作、曲线修改、报警处理、常见故障排除及日常点检，培训后经考核合格方可独立上岗；乙方应同时提交中文操作手册、电气图纸及备件清单。
H:五、验收
P:（一）系统点火后连续试运行30日，达到以下标准的，甲方组织最终验收并出具书面验收单：各温区实际温度与设定曲线偏差不超过±3℃；窑压波动不超过±2帕；熄火及超温联锁经现场实测动作可靠；单位产品燃气消耗较改造前降低8%以上（以甲方计量数据为准）；试运行期间未发生因控制系统原因造成的停窑。
P:（二）未达到上述标准的，乙方应在10日内整改并重新试运行，费用由乙方承担。
P:（三）最终验收前，乙方应向甲方移交全部设备合格证、软件许可证书、组态程序备份、控制柜电气原理图和接线图、仪表校验记录及调试报告。甲方在验收时可随机抽查不少于10支热电偶，与标准温度计进行比对。
H:六、质量保证
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换因质量问题损坏的设备和部件，并免费提供软件升级。
P:（二）质保期满后，甲方委托乙方提供维保服务的，年度维保费按软硬件小计的8%计，即91,024元/服务年度，三个服务年度内不上调。维保内容包括每季度一次巡检、备件更换及远程技术支持。
P:（三）质保期内，乙方每季度对系统进行一次免费巡检，检查仪表精度、燃烧器点火情况、变频器运行参数和控制柜散热，并出具巡检报告。乙方应在甲方厂区存放常用备件，包括热电偶、比例阀及I/O模块，备件由乙方自费补充。
H:七、故障响应
P:（一）一级故障（控制系统停机、联锁保护失效或可能造成熄火停窑的故障）：乙方30分钟内电话响应，6小时内到达现场。二级故障：2小时内响应，24小时内到场。三级故障：当天响应，三个工作日内处理。
P:（二）乙方超过上述时限的，每超时1小时向甲方支付500元，从应付款或维保费中扣除。
P:（四）乙方提供远程诊断时，应先电话告知甲方值班人员，经同意后方可连接；涉及修改烧成曲线或联锁参数的，须经甲方技术负责人书面确认，并在修改前后保存程序备份。
H:八、数据与网络安全
P:（一）控制系统产生的工艺参数、烧成曲线及生产数据归甲方所有，乙方不得用于本合同以外的目的，不得向第三方提供。
P:（二）乙方远程维护须经甲方逐次审批，通过甲方提供的VPN接入并全程记录；乙方不得在控制系统中预留后门或未经告知的远程通道。
P:（三）因乙方原因导致控制系统遭受攻击、数据泄露或被篡改的，乙方负责恢复并赔偿甲方全部损失。
H:九、知识产权与保密
P:（一）乙方为本项目编写的组态程序、烧成曲线参数表及联锁逻辑归甲方所有，乙方应交付全部程序备份及说明。上位机软件本身的知识产权仍归软件权利人。
P:（二）双方对履行合同中知悉的对方技术信息、工艺配方和经营信息负有保密义务，保密期限至合同终止后三年。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成调试的，每逾期一日按合同总价的万分之三向甲方支付违约金。
P:（二）乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的60%为限，但人身伤害及乙方故意或重大过失造成的损失除外。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（四）因甲方原因（包括停窑检修期推迟、现场条件不具备）造成工期延误的，工期相应顺延，乙方不承担逾期责任，但应书面说明延误原因及天数。
H:十一、分包
P:乙方不得转包本合同。安装布线工作如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:十二、合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十三、适用法律与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交景德镇仲裁委员会仲裁。
H:十四、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：改造技术方案、设备清单及技术参数。
P:甲方（盖章）：景德镇华窑陶瓷有限公司    乙方（盖章）：江西赣热自动化工程有限公司
P:代表签字：__________    代表签字：__________
P:日期：2025年  月  日
"""

# ---------------------------------------------------------------- z03 (txt, 1. / 1.1)
H462Z03 = """会员及库存管理SaaS服务及实施合同

合同编号：BBY-IT-2025-019
甲方：苏州贝贝乐母婴用品连锁有限公司（下设门店39家）
乙方：上海云栈零售科技有限公司

甲方为统一管理39家门店的会员、商品和库存，决定订阅乙方的“云栈零售”会员及库存管理SaaS服务，并由乙方完成实施。双方经平等协商，订立本合同。

1. 服务内容
1.1 订阅服务：会员管理（积分、储值、等级、生日关怀）、门店收银对接、商品及库存管理（要货、调拨、盘点、效期预警）、总部报表和营销活动模块，开通门店账号39个、总部账号20个。
1.2 实施服务：系统配置、历史数据迁移（会员约18万条、商品约6,200个SKU、各门店期初库存）、与甲方现有收银机及财务软件的接口开发、门店店长及总部人员培训。
1.3 服务期：自系统上线验收合格之日起两个服务年度。上线验收日期在本合同中称“服务起始日”。

2. 费用
2.1 订阅费：门店账号每店每服务年度3,600元，39家门店共140,400元；总部及营销模块每服务年度48,000元。每服务年度订阅费合计188,400元，两个服务年度共376,800元。
2.2 实施费：一次性86,000元。
2.3 合同总金额：462,800元（含6%增值税）。
2.4 服务期内新增门店的，按每店每服务年度3,600元按月折算增加订阅费。

3. 付款
3.1 实施费在上线验收合格后15个工作日内一次性支付。
3.2 订阅费按季度支付，每季度47,100元，甲方于每个服务季度开始后10个工作日内支付。
3.3 甲方逾期付款超过30日的，乙方可书面催告，但不得在催告期内暂停门店收银功能。
3.4 乙方应在收款前开具增值税专用发票。

4. 实施与上线验收
4.1 乙方应在合同签订后60日内完成全部39家门店的上线。
4.2 上线验收标准：会员、商品及库存数据迁移后与甲方原系统逐项核对一致；全部门店连续7日收银、积分、要货、调拨业务正常运行；收银对接单笔交易同步时间不超过3秒；验收测试用例全部通过，无一级、二级缺陷。
4.3 甲方在收到验收申请后5个工作日内组织验收并出具书面意见；不合格的，乙方应整改后重新申请。
4.4 乙方未能按期完成上线的，每逾期一日按合同总金额的千分之一支付违约金。

4.5 乙方应为每家门店店长及收银员、总部会员运营和采购人员分别组织培训，培训可采用集中授课与线上直播相结合的方式，提供操作手册和短视频教程；上线后首月乙方应安排专人驻场总部，处理门店反馈的问题并每日汇总。

5. 服务水平
5.1 乙方承诺系统月可用率不低于99.5%，计划维护应安排在夜间23:00至次日6:00并提前两日通知甲方。
5.2 故障分级及响应：P1（全部门店无法收银或会员无法使用）30分钟内响应、3小时内恢复；P2（部分门店或部分功能不可用）1小时内响应、8小时内恢复；P3（一般问题）当日响应、三个工作日内解决。
5.3 月可用率低于承诺值的，按如下比例抵扣当季订阅费：低于99.5%但不低于99%的，抵扣5%；低于99%的，抵扣10%。P1故障恢复超时的，每超时1小时抵扣1,000元。

5.4 乙方应在每月前5个工作日内向甲方提交上月服务报告，载明可用率、故障记录、处理时间及改进措施。甲方对报告有异议的，双方以乙方系统日志和甲方门店记录为准共同核对。
5.5 乙方提供7×24小时热线及在线工单服务，并为甲方指定一名客户成功经理，负责需求沟通、版本更新通知及季度回访。乙方进行功能升级时，应提前七日向甲方说明变更内容，涉及收银流程的，应先在甲方指定的两家门店试用。

5.6 因甲方网络、收银硬件或第三方支付通道故障造成的服务中断，不计入不可用时间，但乙方应协助甲方排查并提供处理建议。

6. 数据归属与数据安全
6.1 甲方上传及系统中产生的会员信息、交易记录、库存数据均属甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得向第三方提供，也不得进行汇总分析后对外使用。
6.2 系统部署在中国境内的云平台，乙方应具备等级保护第三级备案，对会员手机号等个人信息加密存储，按最小权限原则授权，并保留操作日志不少于六个月。
6.3 发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方向会员承担的赔偿及监管处罚。
6.4 合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据，并在甲方确认后彻底删除。

6.5 乙方员工访问甲方数据须经审批并实名登记，不得批量下载会员信息；乙方应每季度对系统进行漏洞扫描，并向甲方提供扫描结果摘要。

7. 保密
双方对在合作中获知的对方商业信息、会员信息及未公开的经营数据负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后继续有效三年。

7.1 乙方员工及其合作方接触甲方会员信息的，乙方应与其签订保密协议，并对其行为承担责任。甲方在本合同中获知的乙方产品报价、系统架构文档等信息，也应予以保密，不得提供给乙方的竞争对手。

8. 知识产权
8.1 SaaS平台的知识产权归乙方所有。
8.2 乙方为甲方定制开发的收银及财务接口程序、专属报表的知识产权归甲方所有，乙方应交付源代码和说明文档。

9. 续订
9.1 服务期届满前30日，任何一方未书面提出不续订的，本合同自动续订一个服务年度，以此类推。
9.2 每次续订时，乙方有权上调订阅费，上调幅度不超过上一服务年度订阅费的8%，乙方应在续订前以书面方式告知甲方新的价格。

9.3 甲方应按时支付费用，妥善保管账号密码，组织门店配合数据核对及培训。甲方决定不续订的，乙方应继续提供服务至服务期届满，并配合数据导出。

9.4 续订期间的服务水平、数据安全及保密要求与首个服务期相同。任何一方因续订产生的价格调整，均不影响已付费服务季度的费用。甲方在续订期内新增或关闭门店的，按实际门店数量调整订阅费，按月折算。

10. 分包
乙方不得将本合同项下服务转包；确需将部分实施工作分包的，须事先取得甲方书面同意。

11. 合同解除
11.1 乙方严重违约，经甲方书面通知后10日内未纠正的，甲方有权解除本合同，乙方应退还已收取但尚未提供服务部分的订阅费。
11.2 月可用率连续两个月低于99%的，甲方有权解除本合同。

12. 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交苏州仲裁委员会仲裁。

13. 其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件：功能清单、实施计划、数据迁移方案。

甲方（盖章）：苏州贝贝乐母婴用品连锁有限公司
授权代表：__________　　日期：2025年  月  日
乙方（盖章）：上海云栈零售科技有限公司
授权代表：__________　　日期：2025年  月  日
"""

# ---------------------------------------------------------------- z04 (txt, 第X条 with （1）)
H462Z04 = """出入境预约服务系统年度运维服务合同

项目名称：出入境业务网上预约服务系统年度运维服务
采购方式：竞争性磋商（项目编号：QZCG-2025-CS-0216）
采购人（甲方）：清溪市公安局
供应商（乙方）：福建安泓信息技术有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就出入境业务网上预约服务系统（以下简称“预约系统”）年度运维服务订立本合同。

第一条 服务内容
（1）预约系统包括网上预约平台、微信预约小程序、窗口叫号接口、证件照片采集对接及后台管理模块。
（2）乙方负责预约系统的日常运行监控、故障处理、应用软件缺陷修复及小版本升级、数据库与中间件维护、安全加固及漏洞整改、节假日保障和运维文档管理。
（3）乙方派驻两名运维工程师在甲方出入境管理大队驻场，工作日8:30至17:30在岗，其余时间电话值守。

第二条 服务期限
服务期自2025年9月1日起至2026年8月31日止。

第三条 服务费用
（1）本合同总价为人民币468,000元（含税），包括：驻场运维264,000元；应用软件维护及小版本升级96,000元；安全加固及漏洞整改62,000元；数据库与中间件维护46,000元。
（2）合同总价为固定价格，服务期内不作调整。

第四条 付款方式
（1）服务费按季度支付，每季度117,000元。
（2）每季度服务结束、经甲方季度考核合格后15个工作日内，甲方支付该季度服务费；考核扣减的金额从当季服务费中扣除。
（3）乙方应在每次付款前开具增值税发票。

第五条 服务水平与考核
（1）预约系统月可用率不低于99.95%（经甲方批准的计划停机除外）。
（2）一级故障（预约系统整体无法访问或无法提交预约）：乙方15分钟内响应，1小时内到场，2小时内恢复服务；二级故障（部分功能异常）：30分钟内响应，8小时内解决；三级故障：当日响应，三个工作日内解决。
（3）甲方每季度按运维考核细则对乙方考核。一级故障未在规定时间内恢复的，每次扣减当季服务费2,000元；月可用率每低于承诺值0.01个百分点，扣减当季服务费1,000元；驻场人员无故缺岗的，每人每日扣减500元。
（4）乙方每月提交运维月报，每季度提交巡检报告和安全评估报告。

第六条 年度工作计划
（1）乙方应在服务期开始后30日内完成系统全面巡检及安全加固，并提交整改报告。
（2）乙方应在2026年3月31日前完成小版本升级，满足甲方新增的港澳通行证签注预约功能需求。
（3）乙方未按期完成本条第（1）项、第（2）项工作的，每逾期一日按合同总价的万分之二向甲方支付违约金。

（4）乙方应每日对预约量、系统资源使用率和异常访问情况进行巡查，发现预约号源被批量抢占、恶意刷号等情况的，应立即报告甲方并协助采取限流、验证等措施；每月对数据库进行一次完整备份并异地存放，每季度进行一次恢复测试。
（5）乙方应配合甲方做好等级保护测评、密码应用安全性评估及上级部门的安全检查，对检查发现的问题在甲方规定期限内完成整改。

第七条 节假日与重大活动保障
（1）春节、国庆及暑期等预约高峰期间，乙方应提前制定保障方案，增派一名工程师驻场，并安排数据库工程师在线值守。
（2）高峰前10日，乙方应完成一次压力测试和全量备份恢复演练，确保系统可支撑每日3万人次预约，并将测试结果报甲方。
（3）遇突发舆情、系统被攻击等紧急情况，乙方应按甲方应急预案启动响应，服从甲方统一指挥。

（4）乙方应在每次节假日保障结束后5个工作日内提交保障总结，载明预约量峰值、系统资源使用情况、发生的故障和处置情况，以及下一次保障需要改进的事项。

第八条 服务验收
（1）季度考核：甲方依据运维月报、故障记录及用户投诉情况进行季度考核，得分80分以上为合格。
（2）年度验收：服务期满后，甲方组织验收，标准为各季度考核均合格、全年未发生因乙方原因导致的数据泄露事件、运维文档完整并已移交。

第九条 数据安全与保密
（1）预约系统中的申请人身份信息、证件信息、预约记录等数据均属甲方所有。乙方仅可为履行本合同接触数据，不得复制、留存或用于任何其他目的。
（2）乙方运维人员须经甲方政审并签订保密承诺书，所有操作通过甲方堡垒机进行，禁止使用个人设备接入系统，禁止将数据带出甲方机房。
（3）乙方对在服务中知悉的甲方工作秘密、公民个人信息及系统安全配置负有保密义务，服务期满或合同终止后仍需遵守。
（4）因乙方原因导致数据泄露、篡改或丢失的，乙方应立即报告并配合处置，承担全部赔偿责任，并依法承担相应法律责任。

第十条 知识产权
乙方在运维过程中编写的脚本、补丁、配置文档及升级开发的程序代码归甲方所有，乙方应在完成后10日内移交。

第十一条 分包
乙方不得将本合同项下的任何服务分包或转包给第三方。

第十二条 合同履行
本合同为年度服务合同，服务期内不提前解除。乙方违约的，甲方按本合同第五条扣减服务费，或按本合同约定要求乙方支付违约金，但不因此解除合同。

第十三条 人员管理
（1）乙方驻场人员应具有三年以上相关运维经验，名单报甲方备案，未经甲方同意不得更换。
（2）乙方人员应遵守甲方工作纪律和保密规定，违反规定的，甲方有权要求乙方更换。

（3）乙方应建立运维台账，记录每次变更、故障、巡检和备份情况，台账随月报提交，并在服务期满时整体移交甲方。

（4）乙方应为驻场人员购买意外伤害保险，驻场人员的工资、社保及差旅费用由乙方承担，与甲方不存在劳动关系。

第十四条 甲方义务
（1）甲方为驻场人员提供办公场所、必要的网络和堡垒机账号，及时审批乙方提出的变更申请。
（2）甲方指定信息化专员作为联系人，负责组织季度考核、确认运维月报及协调出入境窗口业务部门。
（3）服务期满前，如甲方另行选定运维服务商，乙方应在30日内完成交接，移交全部账号、文档、脚本及台账，并配合新服务商熟悉系统。

（4）甲方应在收到乙方月报后10个工作日内予以确认或提出书面意见，逾期未提出意见的，双方按乙方月报记录进行季度考核。甲方因业务调整需要增加服务内容的，双方另行协商签订补充协议。
（5）甲方负责预约系统运行所需的服务器、存储、网络及安全设备，保证设备处于保修或维保状态，并为乙方提供设备厂商的技术支持联系渠道。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十六条 其他
磋商文件、响应文件及成交通知书为本合同组成部分。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：清溪市公安局
代表：__________
乙方（盖章）：福建安泓信息技术有限公司
代表：__________
签订日期：2025年8月  日
"""

# ---------------------------------------------------------------- z05 (md, supplier's template, "## 第X条")
H462Z05 = """# 味道通订单及配送管理软件许可及定制开发合同

**（味道通软件标准合同文本 V3.0）**

合同编号：WDT-HT-2025-0531

甲方（用户）：河北福源斋清真食品有限公司
乙方（供方）：石家庄味道通软件科技有限公司

甲方主营酱牛肉、卤制品的生产和批发，经销商及商超客户约420家。甲方拟使用乙方“味道通订单及配送管理软件”，并委托乙方进行定制开发。双方按照乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方授予味道通订单及配送管理软件的永久使用许可，包括订单管理、生产排单、仓储出库、配送调度、应收对账模块及移动端APP（50个用户）。
1.2 乙方为甲方定制开发：经销商订货小程序、冷链车辆温度监测对接、配送路线优化及卤制品批次追溯功能。
1.3 乙方负责软件安装部署、基础数据初始化及操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 订单及配送管理软件永久许可（含APP 50用户） | 860,000 |
| 2 | 定制开发（订货小程序、温度对接、路线优化、批次追溯） | 260,000 |
| 3 | 安装部署、数据初始化及培训 | 60,000 |
| | 合计 | 1,180,000 |

以上价格含税。合同总价为人民币壹佰壹拾捌万元整（1,180,000元）。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的50%，即590,000元。
3.2 系统上线运行后5个工作日内，甲方支付合同总价的50%，即590,000元。
3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停服务直至甲方付清款项。

## 第四条 实施与上线

4.1 乙方在收到首期款后开始实施，预计90日内完成安装部署及定制开发，具体进度以双方确认的实施计划为准。
4.2 因甲方需求变更、数据准备不及时或配合不到位造成延误的，实施期限相应顺延。
4.3 甲方应指定项目负责人，提供服务器、网络环境及基础数据，并组织相关人员参加培训。

4.4 乙方为甲方订单员、仓库管理员、调度员和司机分别提供培训，培训地点在甲方厂区，合计不超过六天；超出部分按每人每天2,000元另行收费。
4.5 甲方应自行准备符合乙方要求的服务器（不低于16核CPU、64G内存）、数据库软件授权及备份设备，并保证冷链车辆已安装可输出数据的温度记录仪。
4.6 甲方应在乙方提交数据模板后10个工作日内完成客户档案、商品档案、价格体系及配送线路数据的整理，并对数据的准确性负责。

## 第五条 验收

5.1 系统安装完成并上线运行后，即视为甲方验收合格。
5.2 甲方在上线后使用系统开展业务的，视为对系统功能的认可。

5.3 系统上线后甲方提出的功能修改或新增需求，不属于本合同范围，乙方可按每人每天2,000元另行报价，经双方书面确认后实施。
5.4 上线时乙方向甲方提供安装说明、操作手册和系统管理员账号。源代码不属于交付内容。

## 第六条 知识产权

6.1 软件产品的著作权及相关知识产权归乙方所有。
6.2 乙方为甲方定制开发的功能模块、程序代码及文档，其知识产权均归乙方所有，甲方在本合同约定范围内享有使用权，不得自行修改、复制或提供给第三方。乙方有权将定制开发成果用于其他客户。

## 第七条 免费维护期

7.1 自系统上线之日起，乙方提供六个月的免费维护服务，包括软件缺陷修复和远程技术支持。
7.2 免费维护期内，甲方原因造成的故障、硬件故障及新增需求不在免费范围内。

7.3 免费维护期内，乙方以远程方式处理故障，确需上门的，甲方承担乙方人员的差旅及住宿费用。免费维护期届满后，乙方不再承担任何维护义务，除非双方另行签订年度服务合同。

## 第八条 年度服务

8.1 免费维护期满后，甲方应与乙方签订年度服务合同，年度服务费为软件许可费的25%，即每服务年度215,000元。
8.2 未签订年度服务合同的，乙方不再提供维护、升级及技术支持，按次收取上门服务费。

8.3 年度服务费在每个服务年度开始前一次性支付。甲方逾期支付的，乙方可暂停远程支持及版本升级。

## 第九条 技术支持

9.1 乙方提供工作日9:00至18:00的电话及远程支持。
9.2 一级故障（系统无法下单或无法出库）：乙方在8小时内响应；二级故障：在两个工作日内响应；其他问题：在五个工作日内答复。
9.3 乙方将尽力尽快解决故障，但不对解决时间作出承诺。

9.4 乙方提供远程支持时，甲方应开放远程连接权限并安排人员配合。因甲方自行修改系统配置、数据库或安装其他软件引起的故障，乙方可按次收费处理。
9.5 乙方对软件进行版本升级的，甲方在免费维护期或年度服务期内可免费获得；定制开发功能需要随版本升级适配的，另行计费。

## 第十条 数据

10.1 甲方在系统中录入的客户、订单、配送及追溯数据归甲方所有。
10.2 甲方同意，乙方可在对上述数据进行去标识化处理后，将其用于产品改进、行业分析及数据服务。
10.3 乙方应采取加密传输、访问控制和定期备份等措施保护甲方数据；因乙方原因造成甲方数据泄露或丢失的，乙方应负责恢复并赔偿甲方因此遭受的直接损失。

10.4 甲方应自行负责服务器、数据库及网络的日常安全管理，定期修改管理员密码。因甲方管理不当或第三方攻击造成的数据损失，乙方不承担责任，但应协助甲方恢复。

## 第十一条 保密

双方对在合作中知悉的对方商业秘密和技术资料负有保密义务，未经对方书面同意不得披露，保密期限为合同终止后两年。

11.1 乙方可在其宣传材料及官网客户名单中使用甲方名称和商标作为成功案例，但不得披露甲方的价格、客户名单及经营数据。
11.2 本条保密义务不适用于已公开的信息或依法须向有关部门提供的信息。

## 第十二条 合作伙伴

乙方可根据项目需要，将安装部署、数据初始化及部分开发工作交由乙方认证的合作伙伴完成，并书面通知甲方。乙方对合作伙伴的工作质量负责。

乙方更换合作伙伴的，无需另行取得甲方同意。

## 第十三条 合同解除

13.1 一方严重违约，经对方书面催告后二十日内仍未改正的，守约方有权解除本合同。
13.2 因甲方原因解除合同的，已付款项不予退还。

13.3 因不可抗力致使合同无法履行的，双方互不承担责任，但应及时通知对方并提供证明。

## 第十四条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，提交石家庄仲裁委员会仲裁。

## 第十五条 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同未尽事宜，以乙方官网公布的服务条款为准。

甲方（盖章）：河北福源斋清真食品有限公司　　授权代表：__________

乙方（盖章）：石家庄味道通软件科技有限公司　　授权代表：__________

日期：2025年  月  日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N)
H462E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. DSL-CN-2025-044
P:This Agreement is made between Dunecrest Software FZ-LLC, a company registered in Dubai Internet City, Dubai, United Arab Emirates ("Vendor"), and Foshan Mingtai Furniture Co., Ltd., a company registered in Shunde District, Foshan, Guangdong, People's Republic of China ("Customer").
P:Background: Customer manufactures panel and upholstered furniture and runs two finished-goods warehouses in Shunde. Customer wishes to replace its spreadsheet-based stock control with Vendor's Dunecrest WMS warehouse management software, and Vendor has agreed to license the software and to configure, integrate and implement it on the terms below. At Customer's request all prices are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the Dunecrest WMS server, user and handheld licences listed in Article 3, including updates released during the Warranty Period.
P:1.2 "Custom Deliverables" means the ERP interface, label and report templates, workflow configurations and data migration scripts produced by Vendor for Customer under this Agreement.
P:1.3 "UAT" means the user acceptance tests described in Article 6.1, and "Final Acceptance" means Customer's written acceptance under Article 6.2.
P:1.4 "Severity 1 Fault" means a fault that stops receiving, picking or shipping in either warehouse.
H:Article 2 Scope
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on Customer's own servers in mainland China for Customer's internal business, for the number of users and devices listed in Article 3.
P:2.2 Vendor shall configure the Software for both warehouses, build a two-way interface with Customer's existing ERP system, migrate item masters, locations and opening stock, and train Customer's staff.
P:2.3 Vendor shall appoint a project manager who speaks Mandarin and shall keep at least two consultants on site in Foshan during configuration, testing and go-live.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,110,000, inclusive of all taxes in the People's Republic of China, made up as follows:
P:(a) Dunecrest WMS server licence, 1 unit: CNY 420,000;
P:(b) named user licences, 80 users at CNY 3,600 each: CNY 288,000;
P:(c) RF handheld device licences, 40 devices at CNY 2,400 each: CNY 96,000;
P:Licence subtotal: CNY 804,000;
P:(d) configuration and ERP integration: CNY 236,000;
P:(e) data migration: CNY 48,000;
P:(f) training: CNY 22,000.
P:3.2 The Contract Price is fixed. Travel and accommodation of Vendor's staff are included.
H:Article 4 Payment
P:4.1 Customer shall pay 10 % of the Contract Price (CNY 111,000) within 15 days after signature of this Agreement, against Vendor's invoice.
P:4.2 Customer shall pay 55 % of the Contract Price (CNY 610,500) within 15 days after both warehouses pass UAT.
P:4.3 Customer shall pay the remaining 35 % of the Contract Price (CNY 388,500) within 15 days after Final Acceptance.
P:4.4 Payments are made by bank transfer in CNY to the account named on Vendor's invoice. Vendor shall provide valid tax invoices (fapiao) through its authorised agent in China.
H:Article 5 Delivery and Timetable
P:5.1 Vendor shall deliver the Software licence keys within 10 days after signature and shall complete configuration, integration and migration so that UAT can start within 120 days after signature.
P:5.2 If Vendor fails to make the system ready for UAT by that date for reasons attributable to Vendor, Vendor shall pay liquidated damages of 0.1 % of the Contract Price for each day of delay, up to a maximum of 10 % of the Contract Price. Payment of liquidated damages does not release Vendor from its obligation to complete the work.
H:Article 6 Acceptance
P:6.1 UAT shall be run in each warehouse with the test scripts agreed in the implementation plan. UAT is passed when all scripts are executed with no open Severity 1 or Severity 2 fault, stock quantities after migration match Customer's count sheets for every location, and the ERP interface transfers orders and receipts for 10 consecutive working days without error.
P:6.2 After UAT both warehouses run the system live for 30 days. Final Acceptance is given when no Severity 1 Fault has occurred in that period, average handheld transaction time stays under 2 seconds, and all documentation and Custom Deliverables have been handed over. Customer shall issue a signed Final Acceptance certificate within 7 days after these criteria are met.
P:6.3 Go-live, use of the system in production or payment of any instalment does not in itself mean acceptance.
H:Article 7 Warranty and Support
P:7.1 Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation and the agreed specifications for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period Vendor shall correct faults, provide updates and new releases, and give remote and on-site support free of charge.
P:7.2 Vendor shall respond to a Severity 1 Fault within 1 hour and provide a workaround or fix within 8 hours. Severity 2 faults shall be answered within 2 hours and fixed within 2 working days; other faults shall be answered on the same working day and fixed in the next release.
P:7.3 For each full hour by which Vendor exceeds a response or workaround time for a Severity 1 Fault, Vendor shall pay Customer CNY 800, deducted from the next payment due or, after the last payment, paid within 30 days.
P:7.4 After the Warranty Period, Customer may order Annual Support covering the same services. The Annual Support fee is 11 % of the licence subtotal, that is CNY 88,440 per support year, fixed for the first three support years; after that it may rise by no more than 3 % per support year. Annual Support is ordered by a written purchase order each support year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software and all intellectual property rights in it remain the property of Vendor or its licensors.
P:8.2 All intellectual property rights in the Custom Deliverables belong to Customer from their creation. Vendor shall hand over their source code and documentation, and Customer may use, modify and license them freely, including through third parties.
P:8.3 Vendor shall defend Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall bear the resulting costs and damages.
H:Article 9 Data Security
P:9.1 All data entered into or generated by the system, including stock, order, customer and employee data, belongs to Customer. Vendor shall process it only to perform this Agreement and shall not use it for any other purpose.
P:9.2 The system runs on Customer's servers in Foshan. Vendor may access it remotely only through Customer's VPN, with Customer's prior approval for each session, and shall not copy any Customer data outside Customer's systems. Vendor shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:9.3 Vendor shall notify Customer within 12 hours of any security incident affecting Customer data, shall help contain and remedy it, and shall be liable for all losses caused to Customer by a breach attributable to Vendor or its staff.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public business and technical information received from the other party, shall use it only for this Agreement and shall not disclose it to any third party without the other party's prior written consent. This obligation survives termination for three years.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150 % of the Contract Price.
P:11.2 The limit does not apply to personal injury, fraud, wilful misconduct, infringement of intellectual property rights or breach of Article 9 or Article 10.
H:Article 12 Subcontracting
P:Vendor shall not subcontract any part of the services without Customer's prior written consent. Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach and fails to remedy it within 20 days after receiving notice, or if liquidated damages under Article 5.2 reach their maximum.
P:13.2 On termination under Article 13.1, Vendor shall refund the amounts paid for work not accepted, and Customer keeps its licence to the Software delivered and paid for.
P:13.3 Either party may terminate this Agreement if the other party becomes insolvent.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the United Arab Emirates as applied in the Emirate of Dubai.
P:14.2 Any dispute arising out of this Agreement shall first be discussed by senior managers of both parties. If it is not settled within 30 days, it shall be finally resolved by arbitration under the Arbitration Rules of the Dubai International Arbitration Centre. The seat of arbitration is Dubai, the tribunal has one arbitrator, and the language is English.
H:Article 15 General
P:15.1 This Agreement, together with the implementation plan and the functional specification, is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English in two originals, one for each party, and takes effect on signature by both parties.
P:For Dunecrest Software FZ-LLC: ____________________    Name and title: ____________________
P:For Foshan Mingtai Furniture Co., Ltd.: ____________________    Name and title: ____________________
P:Date: ____________________
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms, Section N.N)
H462E02 = """# ORDER FORM — PEARLGATE ESTATEDESK SUBSCRIPTION

**Order Form No.** PG-OF-2025-3117
**Provider:** Pearlgate Cloud Solutions W.L.L., West Bay, Doha, State of Qatar
**Customer:** Wuxi Jinhe Property Services Co., Ltd., Liangxi District, Wuxi, Jiangsu, People's Republic of China

This Order Form is issued under, and incorporates, the Pearlgate General Terms set out below. Customer manages 18 residential estates in Wuxi and is subscribing to EstateDesk, Provider's online property-management service, for work orders, resident billing, visitor registration and a resident mobile app. At Customer's request all fees are stated and paid in CNY.

## 1. Subscription

| Item | Quantity | Unit fee (CNY per Subscription Year) | Fee per Subscription Year (CNY) |
|---|---|---|---|
| EstateDesk Core (work orders, billing, visitors) | 18 estates | 9,600 | 172,800 |
| Resident App module | 1 | 36,000 | 36,000 |
| **Subscription fee per Subscription Year** | | | **208,800** |

- **Subscription Term:** two Subscription Years from the Go-Live Date. The first Subscription Year starts on the Go-Live Date; the second starts on its first anniversary.
- **Subscription fees for the Term:** CNY 417,600.
- **Onboarding (one-time):** CNY 38,400, covering configuration for 18 estates, import of resident, unit and arrears data, payment-channel set-up and training.
- **Total Order Value:** CNY 456,000, inclusive of VAT.
- **Hosting:** Alibaba Cloud, Shanghai region (mainland China). Provider's approved hosting provider for this order is Alibaba Cloud; no other subprocessor is approved.
- **Users:** unlimited staff users for the 18 estates; resident app for all residents of those estates.

## 2. Invoicing and Payment

2.1 Subscription fees are invoiced quarterly in arrears, CNY 52,200 per quarter, at the end of each quarter of the Subscription Term.
2.2 The Onboarding fee is invoiced after Go-Live acceptance under Section 3.
2.3 Customer pays each undisputed invoice within 30 days by bank transfer to Provider's account in CNY. Provider issues VAT invoices through its reseller in Shanghai.

## 3. Onboarding and Go-Live

3.1 Provider shall complete onboarding within 45 days after the date of this Order Form (the "Target Go-Live Date").
3.2 Go-Live acceptance: Customer accepts Go-Live in writing when (a) resident, unit and arrears data of all 18 estates match Customer's export record by record, (b) billing runs for one full monthly cycle in two pilot estates without calculation errors, (c) WeChat Pay and bank payment channels post payments to the correct accounts, and (d) the acceptance checklist in the onboarding plan is signed. The date of that written acceptance is the "Go-Live Date".
3.3 If Go-Live is delayed beyond the Target Go-Live Date for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to CNY 20,000.

3.4 During onboarding Provider shall provide a named onboarding manager, hold a weekly progress call with Customer's project lead, and keep a shared issue list. Customer shall provide the data exports, fee schedules and bank account details needed for configuration within 10 days after the date of this Order Form, and the Target Go-Live Date moves by any delay in providing them.
3.5 Training includes two classroom sessions in Wuxi for estate managers and finance staff, one online session for front-line staff, and recorded videos for new employees.

## 4. Signatures

For Provider: ____________________  Name / Title: ____________________

For Customer: ____________________  Name / Title: ____________________

Date: ____________________

---

# PEARLGATE GENERAL TERMS (Version 4.2)

## Section 1 The Service

1.1 Provider shall make EstateDesk available to Customer over the internet during the Subscription Term in accordance with the documentation.
1.2 Provider may improve or change the features of the Service, provided that it does not materially reduce the functions ordered in the Order Form.
1.3 Customer is responsible for its users' accounts and passwords and for the accuracy of the data it enters.

1.4 Customer shall not use the Service to store data unrelated to property management, shall not attempt to gain access to other customers' environments, and shall not carry out load or penetration tests without Provider's prior written approval.
1.5 Customer shall appoint an administrator for each estate who manages user accounts, resets passwords and is the first contact for questions from estate staff. Provider shall train these administrators during onboarding and shall provide an online knowledge base in Chinese.
1.6 Provider shall provide Customer with release notes for each new version at least seven days before release. Where a change affects billing calculations, Provider shall enable it for Customer only after Customer has confirmed the new calculation in a test environment.

## Section 2 Availability and Support

2.1 Provider will use commercially reasonable efforts to keep the Service available and to correct faults reported by Customer.
2.2 Support is provided by e-mail and through the in-app help desk on business days. Provider does not commit to any availability level, response time or resolution time, and no service credits apply.
2.3 Provider may carry out maintenance at any time and will try to schedule it outside business hours.

2.4 Customer may report faults at any time through the help desk. Provider will confirm receipt of each report by e-mail and will inform Customer when the fault has been corrected.

## Section 3 Customer Data

3.1 All data uploaded by Customer or its residents, and all data generated from it in the Service ("Customer Data"), belong to Customer.
3.2 Provider processes Customer Data only to provide the Service to Customer under the Order Form and Customer's instructions, and does not use it for any other purpose.
3.3 At the end of the Subscription Term Provider shall return all Customer Data in CSV format within 15 days and then delete it from its systems, confirming deletion in writing.

## Section 4 Data Security

4.1 Customer Data is stored only in the hosting region named in the Order Form. Provider shall keep the Service under MLPS level-3 protection, encrypt personal information in transit and at rest, restrict access to named staff, log all administrative access and keep daily backups for 30 days.
4.2 Provider shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
4.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall take remedial action and shall compensate Customer for all losses, including claims by residents and fines, caused by a security breach attributable to Provider.

## Section 5 Confidentiality

Each party shall keep confidential the other party's non-public information, including Customer Data and the terms of the Order Form, and shall not disclose it to third parties except to its employees and advisers who need to know it and are bound by equivalent duties. This Section survives for three years after the Subscription Term.

## Section 6 Intellectual Property

6.1 Provider owns the Service, the software and the documentation.
6.2 Report templates, fee-calculation rules and configurations created by Provider specifically for Customer belong to Customer, and Customer may use, change and license them freely.

## Section 7 Liability

7.1 Neither party is liable for indirect or consequential loss.
7.2 Provider's total liability arising out of or in connection with the Order Form and these General Terms is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim.
7.3 Section 7.2 does not apply to personal injury, fraud, or Provider's breach of Section 4.

## Section 8 Subcontracting

Provider shall not subcontract the Service or any part of it, other than hosting by the approved hosting provider named in the Order Form, without Customer's prior written consent.

## Section 9 Term and Termination

9.1 The Order Form runs for the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.
9.2 Either party may terminate the Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after receiving notice of the breach.
9.3 If Customer terminates under Section 9.2, Provider shall refund any fees paid for the period after termination.

## Section 10 Governing Law and Disputes

10.1 The Order Form and these General Terms are governed by the laws of the People's Republic of China.
10.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) Shanghai Sub-Commission for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

9.4 On expiry or termination, Provider shall keep the Service available in read-only mode for 30 days so that Customer can complete the data export under Section 3.3.

## Section 11 General

11.1 If the Order Form and these General Terms conflict, the Order Form prevails.
11.2 Notices must be in writing and sent to the addresses in the Order Form.
11.3 Neither party may assign the Order Form without the other party's written consent.
"""

# ---------------------------------------------------------------- e03 (docx, numbered clauses, Word price table)
H462E03 = """
T:Purchase Contract for Cold-Store Monitoring Sensors and Software
P:Contract No. HY-PUR-2025-0712
P:Buyer: Qingdao Haiyue Seafood Cold Storage Co., Ltd., Huangdao District, Qingdao, Shandong, People's Republic of China.
P:Supplier: Manama Sensorworks W.L.L., Sitra Industrial Area, Manama, Kingdom of Bahrain.
P:The Buyer operates a four-chamber cold store with an ammonia refrigeration plant. The Buyer has invited quotations for a wireless temperature monitoring and ammonia leak detection system and has selected the Supplier. This Contract is on the Buyer's standard purchase terms. All prices are in CNY.
H:1. Definitions
P:1.1 "Equipment" means the sensors, detectors, gateways and server listed in clause 2.
P:1.2 "Software" means the monitoring software licensed under clause 2 and installed on the Buyer's server.
P:1.3 "Site" means the Buyer's cold store at No. 18 Haiyue Road, Huangdao District, Qingdao.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under clause 6.3.
P:1.5 "Critical Fault" means any fault that stops ammonia leak detection or alarms in any chamber or the engine room, or that stops temperature recording in more than one chamber.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, calibrate and commission the Equipment and Software at the Site and train the Buyer's staff. The price table below is part of this Contract.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 °C rated|160|680|108,800
TB:2|Ammonia gas detector with local siren|24|4,850|116,400
TB:3|Wireless gateway|8|6,200|49,600
TB:4|Door-open sensor|40|420|16,800
TB:5|Monitoring server with perpetual software licence|1|128,000|128,000
TB:|Equipment and licence subtotal|||419,600
TB:6|Installation and cabling|1 lot|46,000|46,000
TB:7|Calibration and commissioning|1 lot|18,400|18,400
TB:8|Training|1 lot|6,000|6,000
TB:|Contract Price|||490,000
P:2.2 The Contract Price is fixed and includes delivery to the Site, import duties and clearance, insurance, taxes, installation materials and all travel of the Supplier's staff.
H:3. Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 The Buyer shall pay 65 % of the Contract Price (CNY 318,500) within 20 days after the Equipment is installed and the Installation Certificate is signed. The Installation Certificate confirms delivery and installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35 % of the Contract Price (CNY 171,500) within 20 days after Final Acceptance.
P:3.4 The Supplier's agent in Qingdao shall issue VAT invoices for each payment.
H:4. Delivery
P:4.1 The Supplier shall deliver all Equipment to the Site within 60 days after signature and complete installation within 20 days after delivery.
P:4.2 Installation inside chambers shall be done in the time windows agreed with the Buyer's warehouse manager so that stored goods are not exposed to temperature changes.
P:4.3 The Supplier's staff shall follow the Buyer's site rules, including cold-room safety, ammonia safety and hot-work permits.
P:4.4 The Supplier shall pack the Equipment for sea and road transport, mark each package with the Contract number and the chamber in which it will be installed, and notify the Buyer of the shipping date, vessel and expected arrival at least 10 days in advance. Risk in the Equipment passes to the Buyer on signature of the Installation Certificate.
P:4.5 The Buyer shall provide power supply points, a server cabinet position in its control room, network access for the gateways and an escort for the Supplier's staff in the engine room.
H:5. Delay
P:5.1 If the Supplier fails to deliver or to complete installation by the dates in clause 4.1 for reasons attributable to the Supplier, it shall pay liquidated damages of 0.1 % of the Contract Price for each day of delay, up to 10 % of the Contract Price.
P:5.2 If the delay exceeds 30 days, the Buyer may also terminate this Contract under clause 14.
H:6. Testing and Acceptance
P:6.1 After installation the Supplier shall calibrate every temperature sensor against a certified reference thermometer and every ammonia detector with test gas, and shall deliver the calibration records.
P:6.2 The acceptance criteria are: (a) every temperature sensor within ±0.3 °C of the reference; (b) each ammonia detector raises a local and central alarm within 10 seconds of test-gas exposure at its alarm level; (c) SMS and WeChat alarm messages reach the duty phone numbers within 60 seconds; (d) data from all sensors is recorded without gaps for a 30-day trial run; and (e) documentation and training are complete.
P:6.3 When all criteria are met, the Buyer shall sign a Final Acceptance certificate within 7 days. If any criterion is not met, the Supplier shall correct the defect at its own cost and the relevant test or the trial run shall be repeated.
P:6.4 Installation, use of the system during the trial run or payment does not mean acceptance.
P:6.5 The Supplier shall provide, before Final Acceptance, the as-built sensor layout, wiring diagrams, calibration records, user and maintenance manuals in Chinese, and the list of recommended spare parts with prices.
P:6.6 The Supplier shall train the Buyer's engineering and warehouse staff in two sessions at the Site, covering alarm handling, sensor replacement, battery changes, report export and basic troubleshooting. The Buyer's staff shall sign the attendance list.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and Software for 36 months from Final Acceptance. During this period the Supplier shall repair or replace faulty items free of charge, provide software updates and re-calibrate the ammonia detectors once every six months.
P:7.2 Items replaced under warranty carry a new warranty for the rest of the warranty period or six months, whichever is longer.
H:8. Support after Warranty
P:8.1 After the warranty period the Buyer may order a support service that includes repairs, software updates, spare parts for sensors and detectors, and half-yearly re-calibration.
P:8.2 The annual support fee is 7 % of the equipment and licence subtotal, that is CNY 29,372 per year, fixed for three years after the warranty period. Support is ordered each year by a separate purchase order and does not renew automatically.
H:9. Fault Response
P:9.1 For a Critical Fault the Supplier shall respond remotely within 1 hour, and its local service partner approved under clause 13 shall be on Site within 24 hours. Other faults shall be answered within one working day and fixed within five working days.
P:9.2 For each hour by which the Supplier exceeds the response or on-site time for a Critical Fault, the Supplier shall pay CNY 300, deducted from any amount due or paid on demand.
H:10. Data and Data Security
P:10.1 All temperature, humidity, alarm and door records and any other data produced by the system belong to the Buyer. The Supplier may use them only to perform this Contract and shall not transfer them to any third party or outside the People's Republic of China.
P:10.2 The server is installed on the Buyer's premises. The Supplier may access it remotely only with the Buyer's approval for each session, through the Buyer's VPN, and all sessions are logged.
P:10.3 The Supplier shall not install any remote-access tool or hidden account. If Buyer data is lost, altered or disclosed through the fault of the Supplier, the Supplier shall notify the Buyer within 12 hours, restore the data where possible and compensate the Buyer for all resulting losses.
P:10.4 The monitoring software shall store data on the Buyer's server for at least three years and shall produce temperature records in the format required for the Buyer's food-safety inspections.
H:11. Confidentiality
P:Each party shall keep confidential the other party's non-public technical and commercial information, including the Buyer's site layout, customer names and stock information, and shall not disclose it without prior written consent. This obligation lasts for three years after the end of this Contract.
H:12. Intellectual Property
P:12.1 The Software remains the property of the Supplier, and the Buyer receives a perpetual licence to use it at the Site.
P:12.2 Alarm configurations, dashboards and reports made for the Buyer belong to the Buyer, which may use, modify and license them freely.
H:13. Subcontracting
P:The Supplier shall not subcontract any part of this Contract without the Buyer's prior written consent. The Buyer consents to Qingdao Lengtong Refrigeration Engineering Co., Ltd. acting as local installation and service partner. The Supplier remains responsible for its subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice.
P:14.2 On termination the Supplier shall refund all amounts received for Equipment or services not accepted, and shall remove its Equipment at its own cost if the Buyer so requests.
H:15. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:16. General
P:This Contract is signed in two originals in English, one for each party, and takes effect on signature. Annex A: technical specifications. Annex B: site drawing with sensor positions.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________
"""

# ---------------------------------------------------------------- e04 (md, managed service, schedules as tables)
H462E04 = """# MANAGED NETWORK SERVICES AGREEMENT

**Agreement No.** BW-MNS-CN-0098

**Provider:** Bluewave Managed IT Services LLC, Al Khuwair, Muscat, Sultanate of Oman

**Customer:** Changsha Xiangyun Hotel Management Co., Ltd., Furong District, Changsha, Hunan, People's Republic of China

Customer operates 14 mid-range hotels in Hunan. Customer wishes Provider to operate and support the guest Wi-Fi, office network and front-desk network of these hotels as a managed service. At Customer's request all charges are stated and paid in CNY.

## 1. DEFINITIONS

1.1 "Services" means the managed network services described in Schedule 1.
1.2 "Service Commencement Date" means the date on which Customer accepts the onboarding under clause 3.
1.3 "Initial Term" means 24 months from the Service Commencement Date.
1.4 "Customer Data" means all data of Customer, its guests and employees that passes through or is stored in the managed network, including guest login records.

## 2. SERVICES

2.1 Provider shall monitor, operate and support the network equipment at the 14 hotels around the clock from its network operations centre and through its local field engineers in Changsha.
2.2 Provider shall manage configurations, firmware, guest portal, user authentication and security policies, handle faults and changes, and provide monthly reports.
2.3 The network equipment remains the property of Customer. Provider shall keep an up-to-date inventory of it.

## 3. ONBOARDING AND ACCEPTANCE

3.1 Provider shall complete onboarding, including network audit, documentation, monitoring set-up and portal migration, within 60 days after signature.
3.2 Onboarding is accepted when (a) every device at the 14 hotels is visible in Provider's monitoring system, (b) the guest portal works in every hotel with real-name SMS authentication, (c) network documentation for each hotel has been delivered, and (d) a 14-day parallel run has passed without a Priority 1 incident. Customer shall confirm acceptance in writing within 5 working days after these criteria are met.
3.3 If the Service Commencement Date is delayed beyond 60 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay.

## 4. CHARGES AND PAYMENT

4.1 The charges are set out in Schedule 2. The total contract value for the Initial Term is CNY 2,012,800.
4.2 The Onboarding Charge is invoiced after acceptance under clause 3.2. Monthly Service Charges are invoiced monthly in arrears.
4.3 Customer shall pay undisputed invoices within 30 days of receipt.

4.4 The charges include all travel of Provider's field engineers within Hunan, the monitoring tools, the service desk and the replacement of faulty equipment parts supplied by Customer's equipment vendors under their warranty. Hardware that is out of warranty is replaced at Customer's cost after Customer approves a quotation.
4.5 Additional hotels may be added at the same Monthly Service Charge per hotel, with an onboarding charge of CNY 4,500 per hotel agreed in a change order.

## 5. SERVICE LEVELS

5.1 The service levels and service credits in Schedule 3 apply from the Service Commencement Date.
5.2 Service credits are deducted from the next invoice. Service credits in any month are limited to 20 % of the Monthly Service Charge for that month.

5.3 Provider shall send a monthly service report within 5 working days after the end of each month, showing availability per hotel, all Priority 1 and Priority 2 incidents with response and restoration times, changes completed, and service credits due. Customer may dispute the report within 10 working days.
5.4 Planned maintenance that interrupts a hotel's network must be agreed with the hotel manager in advance and carried out between 01:00 and 05:00. Planned maintenance agreed in this way does not count as downtime.
5.5 Provider shall hold a quarterly review meeting with Customer's IT manager to discuss incidents, trends, capacity and recommended improvements, and shall record agreed actions in writing.

## 6. CUSTOMER DATA

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Services and shall not use it for any other purpose.
6.2 Provider shall apply its standard security practices to the managed network. Provider shall have no liability for any unauthorised access to, or loss, alteration or disclosure of, Customer Data, howsoever caused, and Customer remains solely responsible for the security of Customer Data and for any notification to guests or authorities.

6.3 Customer shall give Provider remote access to the managed equipment through an account created for Provider, and may review the access logs at any time.

## 7. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information received under this Agreement, including network designs, passwords and guest information, and shall not disclose it to any third party without prior written consent. This clause survives termination for three years.

7.1 The Customer may disclose this Agreement to its auditors, lawyers and the owners of the hotels it manages, who shall be told that it is confidential.

## 8. INTELLECTUAL PROPERTY

8.1 Provider's tools, monitoring software and methods remain Provider's property.
8.2 Network designs, configurations, portal pages and documentation prepared by Provider for Customer belong to Customer, and Customer may use, modify and license them freely, including with another provider.

## 9. LIABILITY

9.1 Neither party is liable for indirect or consequential loss.
9.2 Provider's total liability under this Agreement is limited to 150 % of the total contract value.

## 10. SUBCONTRACTING

Provider shall not subcontract any part of the Services without Customer's prior written consent and remains responsible for any approved subcontractor.

## 11. TERM AND RENEWAL

11.1 This Agreement starts on signature and continues for the Initial Term.
11.2 At the end of the Initial Term, this Agreement renews automatically for successive renewal terms of 24 months unless either party gives written notice of non-renewal at least 90 days before the end of the current term.
11.3 Provider may increase the Monthly Service Charge for each renewal term by up to 7 %, by notice given at least 120 days before the renewal term starts.

## 12. TERMINATION

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice, or if Provider misses the Priority 1 restoration target in Schedule 3 more than three times in any three consecutive months.
12.2 On expiry or termination Provider shall hand over all configurations, passwords and documentation and give reasonable help to a new provider for up to 60 days at no extra charge.

12.3 Customer may reduce the number of hotels covered by giving 60 days' written notice if a hotel is closed or sold; the Monthly Service Charge is then reduced by CNY 5,800 for each hotel removed.
12.4 Provider shall keep enough trained field engineers in Changsha to meet the service levels, and shall inform Customer in writing of any change of its local service manager.

## 13. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha.

## 14. GENERAL

This Agreement, with its Schedules, is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

## SCHEDULE 1 — SERVICES

| Service element | Description |
|---|---|
| Monitoring | Around-the-clock monitoring of switches, access points, firewalls and internet links at the 14 hotels |
| Service desk | Telephone, e-mail and WeChat service desk for hotel staff, Chinese-speaking |
| Incident management | Remote diagnosis and field engineer dispatch |
| Change management | Up to 20 standard changes per month included |
| Guest portal | Operation of the guest Wi-Fi portal with real-name SMS authentication |
| Reporting | Monthly service report and quarterly review meeting |

## SCHEDULE 2 — CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly Service Charge | 14 hotels × CNY 5,800 per hotel per month | 81,200 per month |
| Monthly Service Charges for the Initial Term | 24 months × CNY 81,200 | 1,948,800 |
| Onboarding Charge (one-time) | network audit, documentation, portal migration | 64,000 |
| Total contract value | Initial Term | 2,012,800 |

## SCHEDULE 3 — SERVICE LEVELS

| Priority | Definition | Response | Restoration | Service credit |
|---|---|---|---|---|
| Priority 1 | Guest Wi-Fi or front-desk network down in a whole hotel | 30 minutes | 3 hours | CNY 1,000 per hour beyond restoration target |
| Priority 2 | Partial outage affecting one floor or one function | 1 hour | 8 hours | CNY 300 per hour beyond restoration target |
| Priority 3 | Single device or user problem | 1 business day | 3 business days | none |
| Availability | Network availability per hotel per month | target 99.95 % | — | 2 % of that hotel's monthly charge per 0.1 point below target |

Signed for Provider: ____________________ Signed for Customer: ____________________

Date: ____________________
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings)
H462E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. CDL-API-2025-207

BETWEEN
Cedarline Data Services S.A.L., a company registered in Beirut, Lebanon, with offices at Hamra Street, Beirut ("Provider"); and
Yiwu Hongxing Trading Co., Ltd., a company registered in Yiwu, Zhejiang, People's Republic of China ("Customer").

BACKGROUND
Customer exports household goods and small commodities to importers in the Middle East and North Africa. Customer wishes to check importers before accepting orders and to keep its buyer records current. Provider runs the Cedarline Trade Registry API, which returns company registration, shareholder, sanctions-screening and trade-activity data on companies in the region. Customer wishes to subscribe to the API and to receive integration support. At Customer's request all fees are stated and paid in CNY.

1. DEFINITIONS
1.1 "API" means the Cedarline Trade Registry API, version 3, and its documentation.
1.2 "Subscription Year" means each period of consecutive months starting on the Activation Date or on an anniversary of it.
1.3 "Activation Date" means the date on which Provider issues production credentials after the integration acceptance in clause 4.
1.4 "Customer Inputs" means company names, registration numbers, addresses, contact data and other data that Customer sends to the API in queries, and the query logs.
1.5 "Subscription Term" means two Subscription Years from the Activation Date.

The parties agree as follows.

2. SUBSCRIPTION
2.1 Provider grants Customer a non-exclusive, non-transferable right to call the API and to use the results for Customer's own export business during the Subscription Term.
2.2 The Professional plan includes up to 400,000 API calls per month, ten developer accounts and access to the sandbox.
2.3 Customer shall not resell the results or build a competing database from them.

2.4 Customer shall keep its developer accounts personal to named staff and shall deactivate an account within 5 days after the user leaves Customer's employment. Customer may replace named users at any time.
2.5 Provider may suspend access if Customer's systems send traffic that threatens the stability of the API, after contacting Customer's technical contact and giving it a reasonable chance to stop the traffic, and shall restore access as soon as the problem is solved.

3. FEES
3.1 The subscription fee is CNY 168,000 per Subscription Year, that is CNY 336,000 for the Subscription Term.
3.2 Integration support (one-time) is CNY 24,000 and covers help with connecting the API to Customer's ERP and order system, mapping of fields, and two training sessions.
3.3 The total fixed fees under this Agreement are CNY 360,000.
3.4 Calls above 400,000 in a month are charged at CNY 0.60 per call. Overage is invoiced monthly in arrears and is not part of the fixed fees.
3.5 The subscription fee is invoiced quarterly, CNY 42,000 per quarter, at the start of each quarter of the Subscription Term. The integration support fee is invoiced after integration acceptance. Customer pays within 30 days of invoice by bank transfer in CNY.

4. INTEGRATION AND ACCEPTANCE
4.1 Provider shall give Customer sandbox access within 5 days after signature and shall provide integration support until Customer's systems are connected.
4.2 Integration acceptance takes place when (a) Customer's ERP sends queries and receives results for all six API endpoints in the sandbox, (b) a test set of 500 known importer records returns matching registration data in at least 98 % of cases, and (c) average response time for single-company queries stays under 800 milliseconds during a 5-day test. Customer confirms acceptance in writing, and Provider issues production credentials within 2 working days.
4.3 If Provider does not issue production credentials within 45 days after signature for reasons attributable to Provider, Provider shall credit Customer CNY 300 for each day of delay.

5. SERVICE LEVELS
5.1 Provider shall make the production API available at least 99.5 % of each calendar month, excluding scheduled maintenance announced 48 hours in advance and limited to six hours per month.
5.2 Incident response: Severity 1 (API unavailable or returning errors for all calls) response within 2 hours and restoration within 8 hours; Severity 2 (one endpoint or degraded performance) response within 8 business hours; Severity 3 (questions, data corrections) response within 3 business days.
5.3 If monthly availability falls below the commitment in clause 5.1, Customer receives a service credit of 5 % of the monthly portion of the subscription fee for each full 0.5 percentage point below it, up to 25 %. Credits are applied to the next invoice.
5.4 Provider shall publish a status page and report every Severity 1 incident to Customer within 3 business days after restoration, with its cause and corrective action.

5.5 Provider shall give Customer at least 30 days' notice of any change to the API that is not backward compatible, and shall keep the previous version running in parallel for at least 90 days after such a change.
5.6 Customer may request a usage report at any time. Provider shall send a monthly usage summary showing the number of calls per endpoint and any calls above the monthly allowance.

6. CUSTOMER INPUTS AND DATA USE
6.1 Customer Inputs remain Customer's property.
6.2 Customer grants Provider a perpetual, royalty-free licence to retain Customer Inputs and to use them, in anonymised or aggregated form, to verify, correct and enrich Provider's database and to develop Provider's products for all its customers. This licence survives the end of this Agreement.
6.3 Provider shall not sell Customer Inputs as such to third parties.

7. DATA SECURITY
7.1 Provider shall protect Customer Inputs and Customer's credentials with encryption in transit (TLS 1.2 or higher) and at rest, role-based access for named staff, multi-factor authentication for administrators, and logging of all access, and shall have an annual penetration test performed by an independent firm.
7.2 Provider shall notify Customer within 48 hours after becoming aware of any security breach affecting Customer Inputs or credentials, shall take immediate steps to contain it and shall bear all losses caused to Customer by a breach resulting from Provider's failure to meet clause 7.1.
7.3 Customer is responsible for keeping its API keys secure within its own systems and shall rotate them at least twice per Subscription Year.

8. DATA QUALITY AND COMPLIANCE
8.1 Provider obtains data from public registries, court records and licensed sources, and shall correct errors notified by Customer within 10 business days.
8.2 Each party shall comply with the data protection and export-control laws that apply to it. Customer shall use sanctions-screening results only as an aid to its own decisions.

8.3 Results returned by the API reflect the information available to Provider at the time of the query. Provider does not warrant that a registration or sanctions status has not changed after the last update date shown in each result, and Customer shall check the update date before relying on it for a large order.
8.4 Provider shall update registration data for the main trading countries at least monthly and sanctions lists at least daily.

9. INTELLECTUAL PROPERTY
9.1 The API, the database and the results remain Provider's property, licensed to Customer under clause 2.
9.2 The integration scripts, field mappings and connectors written by Provider for Customer belong to Customer, which may use, modify and license them freely.

9.3 Customer may keep copies of results retrieved during the Subscription Term in its own customer files for its own records, including after the end of this Agreement, but shall not use them to build a database for third parties.

10. LIABILITY
10.1 Neither party is liable for indirect or consequential loss or loss of profit.
10.2 Provider's total liability under this Agreement is limited to 150 % of the total fixed fees under clause 3.3, except for breaches of clause 7 and infringement of intellectual property rights, which are not limited.

11. SUBCONTRACTING
Provider shall not subcontract the operation of the API or the integration support without Customer's prior written consent. Provider remains responsible for approved subcontractors.

12. TERM, RENEWAL AND TERMINATION
12.1 This Agreement starts on signature and ends at the end of the Subscription Term. It may be renewed only by a written amendment signed by both parties.
12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.
12.3 Customer may also terminate if availability falls below 98 % in two consecutive months.
12.4 On termination by Customer under clause 12.2 or 12.3, Provider shall refund the prepaid fee for the rest of the quarter.

13. GOVERNING LAW AND DISPUTES
This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai.

14. GENERAL
14.1 This Agreement is the entire agreement of the parties on its subject. Amendments must be in writing.
14.2 Notices shall be sent by e-mail and courier to the addresses above.

SIGNED
For Cedarline Data Services S.A.L.: ____________________  Date: __________
For Yiwu Hongxing Trading Co., Ltd.: ____________________  Date: __________
"""

# ================================================================= labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def lab(av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return dict(zip(KEYS, [av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# key: (file, lang, category, terms, extra, tco, design rules)
#   tco = (contract value, fee base, fee pct, warranty months) for goods_or_licence, else None
DRAFTS = {
    "h462z01": ("h462z01_commerce_bureau_trade_platform.pdf", "zh", "software",
                lab(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 9, False, True, False,
                    "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=2140000), (2140000, 1180000, 9, 36), []),
    "h462z02": ("h462z02_ceramics_tunnel_kiln_control_retrofit.docx", "zh", "hardware",
                lab(None, 0.5, True, "buyer", True, True, True, 0.03, 60, 20, True, True, 24, 8, False, True, False,
                    "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1350000), (1350000, 1137800, 8, 24), ["CR-LD-LOW", "CR-LIABILITY-CAP"]),
    "h462z03": ("h462z03_baby_store_chain_member_inventory_saas.txt", "zh", "cloud",
                lab(99.5, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, True, True, False,
                    "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=462800), None,
                ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "h462z04": ("h462z04_police_exit_entry_booking_om.txt", "zh", "services",
                lab(99.95, 0.25, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False, False,
                    False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=468000), None,
                ["CR-LD-LOW", "CR-TERMINATION"]),
    "h462z05": ("h462z05_braised_beef_order_delivery_supplier_template.md", "zh", "software",
                lab(None, 8, False, "supplier", True, False, True, None, None, 50, False, False, 6, 25, False, True, True,
                    None, G),
                dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                     contract_value=1180000), (1180000, 860000, 25, 6),
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE",
                 "CR-WARRANTY"]),
    "h462e01": ("h462e01_furniture_wms_licence_uae_vendor.pdf", "en", "software",
                lab(None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 24, 11, False, True, False,
                    "UAE", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1110000), (1110000, 804000, 11, 24), ["CR-GOVERNING-LAW"]),
    "h462e02": ("h462e02_property_services_saas_order_form_qatar_vendor.md", "en", "cloud",
                lab(None, None, False, "buyer", True, True, True, 500 / 456000 * 100, 6 / 24 * 100, None, True, None,
                    None, None, False, True, False, "PRC", S),
                dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=456000), None,
                ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "h462e03": ("h462e03_cold_store_sensors_bahrain_vendor.docx", "en", "hardware",
                lab(None, 1, True, "buyer", True, True, True, 0.1, None, None, True, True, 36, 7, False, True, False,
                    "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=490000), (490000, 419600, 7, 36), []),
    "h462e04": ("h462e04_hotel_managed_network_oman_vendor.md", "en", "services",
                lab(99.95, 0.5, True, "buyer", False, True, True, 2000 / 2012800 * 100, 150, None, True, None, None, None,
                    True, True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2012800), None,
                ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"]),
    "h462e05": ("h462e05_trade_registry_data_api_lebanon_vendor.txt", "en", "cloud",
                lab(99.5, 2, True, "buyer", True, False, False, 300 / 360000 * 100, 150, None, True, None, None, None,
                    False, True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=360000), None,
                ["CR-CONFIDENTIALITY", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco_share(tco):
    """Policy section 4: horizon 5 years from acceptance; post-warranty fee = pct x fee base per year after warranty."""
    value, base, pct, war = tco
    post_years = max(0.0, 5 - war / 12)
    fees = base * pct / 100 * post_years
    return fees / (value + fees) * 100, value + fees


def derive(t, x, tco):
    """My own reading of policy.md section 3 applied to a label."""
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if tco and tco_share(tco)[0] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"]:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def check_labels():
    fired = set()
    for key, (name, lang, cat, t, x, tco, design) in DRAFTS.items():
        rules = derive(t, x, tco)
        assert rules == sorted(design), (key, rules, design)
        fired |= set(rules)
        for k, th in THRESH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k)
        if tco:
            share = tco_share(tco)[0]
            assert abs(share - 40) > 2, (key, share)
            assert (t["post_warranty_fee_pct"], t["warranty_months"]) == (tco[2], tco[3])
        assert x["contract_value"] == (tco[0] if tco else x["contract_value"])
        assert ("post_warranty_fee_capped" in x) == (t["contract_kind"] == G)
        assert name.startswith(key + "_")
    missing = set(ALL_RULES) - fired
    assert not missing, missing
    assert sum(1 for d in DRAFTS.values() if not d[6]) == 2
    assert sum(1 for d in DRAFTS.values() if d[6] == ["CR-GOVERNING-LAW"]) == 1
    assert sum(1 for d in DRAFTS.values() if 2 <= len(d[6]) <= 3) == 6
    assert len(DRAFTS["h462z05"][6]) >= 8


def write_labels():
    for key, (name, lang, cat, t, x, tco, design) in DRAFTS.items():
        d = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
             "expected_rules": derive(t, x, tco)}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(d, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")


# ================================================================= threshold scan
NUM = r"(?<![\d.])"
PATTERNS = [
    NUM + r"99\.90*\s*(?:%|％|percent)",
    NUM + r"4\s*(?:小时|个小时|h\b|hrs?\b|hours?\b|working hours|business hours)", r"(?<![十\d])四\s*(?:个)?小时",
    r"\bfour\s+(?:working\s+|business\s+)?hours?\b", NUM + r"240\s*(?:分钟|min)",
    NUM + r"0\.050*\s*(?:%|％|percent)", r"万分之五(?!十)", r"千分之零点五", NUM + r"0\.5\s*‰",
    NUM + r"100\s*(?:%|％|percent)", r"百分之(?:一)?百",
    NUM + r"30\s*(?:%|％|percent)", r"百分之三十(?![一二三四五六七八九])", r"三成",
    NUM + r"12\s*(?:个月|months?\b|-month)", r"(?<![二三四五六七八九])十二个月", r"\btwelve\b", r"(?<![第每任这])一年",
    r"\bone[\s-]+year\b", NUM + r"1\s*(?:year\b|年(?!度))",
    NUM + r"15\s*(?:%|％|percent)", r"百分之十五",
    NUM + r"40\s*(?:%|％|percent)", r"百分之四十(?![一二三四五六七八九])", r"四成",
    NUM + r"5\s*(?:年(?!度)|years?\b|-year)", r"(?<![〇○零一二三四六七八九十])五年", r"\bfive[\s-]+years?\b",
    NUM + r"60\s*(?:个月|months?\b|-month)", r"六十个月", r"\bsixty\s+months\b",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "4 hours", "four hours", "240分钟", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "12 months", "一年",
            "one year", "15%", "百分之十五", "40%", "四成", "5年", "五年", "five years", "60 months", "60个月", "1年"]
MUST_MISS = ["24小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "14 hours", "24 hours",
             "0.5%", "212 months", "25年度", "1,000元", "45%", "35%", "第一年度", "130%", "4 working days", "第5条"]


def hits(text):
    out = []
    for rx in RX:
        out += [m.group(0) for m in rx.finditer(text)]
    return out


def selftest():
    for s in MUST_HIT:
        assert hits(s), s
    for s in MUST_MISS:
        assert not hits(s), (s, hits(s))


def scan(label, text):
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        found = hits(variant)
        assert not found, (label, found)


# ================================================================= build and read back
SOURCES = {"h462z01": H462Z01, "h462z02": H462Z02, "h462z03": H462Z03, "h462z04": H462Z04, "h462z05": H462Z05,
           "h462e01": H462E01, "h462e02": H462E02, "h462e03": H462E03, "h462e04": H462E04, "h462e05": H462E05}


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def zh_len(text):
    return len(text.strip())


LIMITS = {"zh": (2750, 3000), "en": (1450, 1650)}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    sys.dont_write_bytecode = True
    from word_pdf import write

    selftest()
    check_labels()
    for key, src in SOURCES.items():
        scan(key + " source", src)
    targets = {k: (DRAFTS[k][0], DRAFTS[k][0].rsplit(".", 1)[1]) for k in DRAFTS if DRAFTS[k][0].endswith((".docx", ".pdf"))}
    write({k: SOURCES[k] for k in targets}, targets, OUT, wrap_words=True)
    for key, (name, *_rest) in DRAFTS.items():
        if not name.endswith((".docx", ".pdf")):
            (OUT / name).write_text(SOURCES[key].strip() + "\n", encoding="utf-8")
    write_labels()
    bad = []
    for key, (name, lang, cat, t, x, tco, design) in DRAFTS.items():
        text = read_back(OUT / name)
        scan(name, text)
        n = zh_len(text) if lang == "zh" else len(text.split())
        lo, hi = LIMITS[lang]
        extra = " nospace=%d" % len(re.sub(r"\s+", "", text)) if lang == "zh" else ""
        tinfo = " tco=%.2f%% (%.0f)" % tco_share(tco) if tco else ""
        print("%-58s %s %5d%s rules=%s risk=%s%s" % (name, lang, n, extra, ",".join(r[3:] for r in design) or "-",
                                                   risk(design), tinfo))
        if not lo <= n <= hi:
            bad.append((name, n))
    assert not bad, bad
    print("all checks passed")
