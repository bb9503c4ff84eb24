"""holdout540: builds ten ordinary draft contracts (.txt/.md written directly, .docx/.pdf through ../word_pdf.py),
writes their labels, derives each draft's expected rules from its labels by my own reading of policy.md section 3,
checks them against the design list, asserts full coverage of the 20 CR rules, measures the text lengths as read
back, and scans every built file and every source for threshold figures. Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条, buyer's paper, 政府采购)
H540Z01 = """
T:江州市退役军人事务局优抚服务信息平台建设项目政府采购合同
P:合同编号：JZTYJ-ZC-2026-017　　采购方式：公开招标　　项目预算：人民币1,650,000元
P:甲方（采购人）：江州市退役军人事务局　　地址：江州市政通路88号
P:乙方（供应商）：江州云帆信息技术有限公司　　地址：江州市高新区软件园C座6楼
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就优抚服务信息平台（以下简称"平台"）的软件许可、定制开发及实施服务，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供优抚服务平台软件的永久使用许可（市、区县、镇街三级部署，不限用户数），并按甲方需求完成优抚对象档案管理、抚恤补助待遇核算与发放、走访慰问登记、政策精准推送、移动端办事等功能的定制开发，以及历史数据迁移、系统部署、培训和网络安全等级保护测评配合。
P:1.2 平台部署在江州市政务云，由甲方提供云资源。乙方不得在政务云以外存放任何业务数据。
P:1.3 乙方应为甲方及各区县退役军人服务中心的管理员和经办人员提供不少于6期的操作培训，并提交用户手册、运维手册和培训教材。
H:第二条 合同价款
P:2.1 合同总价为人民币1,620,000元（含税），明细如下：
P:（1）平台软件许可费：860,000元；
P:（2）定制开发费：524,000元；
P:（3）历史数据迁移费：118,000元；
P:（4）部署实施及培训费：76,000元；
P:（5）等级保护测评配合费：42,000元。
P:2.2 上述价款为固定总价，包含乙方完成本合同全部工作所需的人工、差旅、软件、税费等一切费用，甲方不再另行支付。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%，即324,000元，作为预付款。
P:3.2 平台通过初步验收后15个工作日内，甲方支付合同总价的45%，即729,000元。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即567,000元。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款按财政资金支付程序办理，因财政审批造成的合理延误不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后90日内完成部署和定制开发并申请初步验收，在初步验收后60日内完成试运行并申请最终验收。
P:4.2 乙方应每两周向甲方提交进度报告。需求变更须经甲方书面确认，不影响合同总价的变更不得作为延期理由。
P:4.3 甲方应及时提供政务云资源、历史数据和业务规则说明，并指定项目联系人。
P:4.4 乙方应组建不少于8人的项目团队，项目经理须具有信息系统项目管理师证书，未经甲方同意不得更换项目经理。
H:第五条 验收
P:5.1 初步验收标准：（1）需求规格说明书所列功能全部实现；（2）历史数据迁移记录数与源库逐表核对一致，抽查字段差错率为零；（3）在300个并发用户下，常用查询响应时间不超过2秒；（4）通过第三方安全测试，无高危漏洞。
P:5.2 最终验收标准：试运行60日内无一级故障，待遇核算结果与甲方人工复核结果一致，并取得网络安全等级保护第三级测评报告。
P:5.3 甲方应在收到验收申请后10个工作日内组织验收并出具书面意见。平台上线运行、甲方使用或支付款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收。
H:第六条 质量保证与后续维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和现场技术支持。
P:6.2 质保期满后，如甲方需要，乙方应提供年度维护服务，年度维护费不超过平台软件许可费的9%（即77,400元），且在质保期满后三个服务年度内不得上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（经甲方同意的计划内维护除外）。
P:7.2 故障分级响应：一级故障（平台整体不可用或待遇发放功能中断）30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障1个工作日内响应。
P:7.3 一级故障响应或恢复每超时1小时，乙方支付1,000元；月度可用率每低于约定值0.01个百分点，乙方支付800元。上述款项甲方可从应付款项中直接扣除。
H:第八条 数据安全
P:8.1 平台中优抚对象个人信息、待遇发放数据及全部业务数据归甲方所有，乙方仅可为履行本合同使用，不得复制、留存、向第三方提供或用于任何其他目的。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》，对敏感字段加密存储，运维访问须经甲方审批并通过堡垒机进行，操作全程留痕。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在2小时内书面报告甲方并采取补救措施。因乙方原因导致数据安全事件的，乙方承担全部责任，赔偿甲方因此遭受的全部损失。
H:第九条 保密
P:9.1 乙方对履行本合同中知悉的甲方工作秘密、优抚对象信息及平台技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十条 知识产权
P:10.1 平台标准软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:10.2 为本项目定制开发的功能模块、接口程序、源代码及全部技术文档的知识产权归甲方所有。乙方应在最终验收时移交源代码，甲方可自行或委托第三方修改、使用。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 乙方交付成果不符合约定且整改后仍不合格的，甲方有权拒绝验收并要求乙方赔偿损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后15日内未能纠正的，甲方有权书面通知解除本合同，并要求乙方退还已付款项中未履行部分的价款、赔偿损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交江州仲裁委员会仲裁。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方盖章之日起生效。
P:15.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:15.3 因不可抗力不能履行合同的，受影响方应及时通知对方并在合理期限内提供证明，双方协商处理。
P:甲方（盖章）：江州市退役军人事务局　　乙方（盖章）：江州云帆信息技术有限公司
P:法定代表人或授权代表：　　　　　　　　法定代表人或授权代表：
P:签订日期：2026年　月　日
"""

# ---------------------------------------------------------------- z02 (docx, 一、（一）, Word price table)
H540Z02 = """
T:隧道窑燃烧控制系统改造及维保合同
P:合同编号：LLHC-SB-2026-031
P:甲方：醴陵华彩陶瓷有限公司（日用瓷一厂）
P:乙方：湖南湘控自动化工程有限公司
P:甲方一号、二号隧道窑燃烧控制系统老化，温控精度不足，影响烧成合格率。经比选，甲方委托乙方实施控制系统改造并提供后续维保服务。双方依据《中华人民共和国民法典》，订立本合同。
H:一、改造内容
P:（一）乙方负责两条隧道窑燃烧控制系统的设计、供货、安装、调试，更换PLC控制柜、热电偶、燃烧控制阀组和风机变频器，部署上位机监控软件，实现分区温度自动调节、烧成曲线管理、报警和能耗统计。
P:（二）改造须利用甲方计划停窑检修期施工，每条窑停窑时间不超过10日，乙方应提前提交施工方案和停窑计划，经甲方生产部确认后实施。
P:（三）乙方应编写PLC程序、组态画面和烧成工艺参数表，并对甲方窑炉操作工、电工进行培训。
P:（四）乙方提供的设备应为全新原装正品，PLC、变频器等主要部件的品牌型号按附件设备清单执行，未经甲方书面同意不得替换。
P:（五）乙方应提供改造前后的能耗和温控对比分析报告，作为验收资料之一。
H:二、合同价款
P:（一）合同总价为人民币1,165,000元（含税），明细见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含触摸屏）|2套|168,000|336,000
TB:2|K型热电偶及补偿导线|96支|1,250|120,000
TB:3|燃烧控制阀组|24套|9,800|235,200
TB:4|风机变频器|18台|6,400|115,200
TB:5|上位机监控软件许可（永久）|1套|148,000|148,000
TB:6|工控机及显示器|2套|26,300|52,600
TB:|软硬件小计|||1,007,000
TB:7|安装调试|1项|96,000|96,000
TB:8|窑炉工艺参数整定|1项|48,000|48,000
TB:9|操作培训|1项|14,000|14,000
TB:|合计|||1,165,000
P:（二）合同总价为固定价格，包含设备、软件、运输、安装、调试、培训及税费。
P:（三）如甲方要求增加测温点或控制回路，双方按本合同单价另行签订补充协议。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%（233,000元）作为预付款。
P:（二）设备全部到货并经甲方清点签收后，甲方支付合同总价的35%（407,750元）。到货签收仅确认数量，不视为验收。
P:（三）两条窑均通过最终验收后，甲方支付合同总价的38%（442,700元）。
P:（四）剩余7%（81,550元）作为质量保证金，质保期满且无未决质量问题后10个工作日内无息支付。
P:（五）乙方应在每期付款前开具合法有效的增值税专用发票，甲方收到发票后付款。
H:四、工期
P:（一）乙方应在合同签订后45日内完成设备到货，一号窑、二号窑分别在甲方通知停窑后10日内完成改造并点火升温。
P:（二）因甲方生产安排调整停窑时间的，工期相应顺延。
P:（三）乙方施工人员进入窑炉车间须遵守甲方安全生产制度，动火、登高、带电作业应办理作业票。因乙方人员违章造成的人身伤害和财产损失由乙方承担。
H:五、验收
P:（一）验收标准：（1）各温区实际温度与设定值偏差不超过±3℃；（2）连续满负荷运行30日，烧成合格率不低于改造前三个月平均水平；（3）单位产品天然气消耗较改造前下降不少于6%；（4）报警、联锁、紧急停窑功能测试全部通过；（5）技术资料和PLC程序源代码移交完毕。
P:（二）满足上述标准后，甲方在7个工作日内组织验收并签署验收报告。点火升温、投入生产或甲方付款均不视为验收合格。
P:（三）验收不合格的，乙方应在10日内整改并重新组织验收；两次验收仍不合格的，甲方有权解除合同，乙方退还已收款项并赔偿损失。
H:六、质保与维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内设备、软件的故障由乙方免费维修或更换。
P:（二）质保期满后，乙方提供年度维保服务，年度维保费按软硬件小计的8%计取，即80,560元，质保期满后三个服务年度内价格不变。以后年度的价格由双方另行书面商定，维保合同不自动续期。
P:（三）故障响应：一级故障（窑炉温控失灵、燃烧系统停机）乙方30分钟内电话响应，3小时内到场，8小时内恢复；二级故障2小时内响应，24小时内到场处理。一级故障响应或恢复每超时1小时，乙方向甲方支付500元。
P:（四）质保期内更换的部件，其质保期自更换之日起重新计算。乙方应在甲方厂区存放热电偶、阀组等常用备件，保证一级故障时能够即时更换。
H:七、数据与网络安全
P:（一）烧成曲线、配方参数、能耗记录等生产数据归甲方所有，乙方不得复制、带离或用于本合同以外的任何用途。
P:（二）控制系统与办公网之间须设置工业防火墙。乙方远程维护须经甲方设备部逐次审批，开启专用通道并全程记录，作业完毕即关闭。
P:（三）因乙方原因造成生产数据泄露、篡改或控制系统被非法入侵的，乙方应在2小时内报告甲方，负责修复，并赔偿甲方全部损失。
P:（四）乙方提供的上位机软件和工控机在交付前应完成病毒查杀，禁止安装与控制系统无关的软件。
H:八、保密
P:乙方对甲方的配方、工艺参数、产能数据及商业信息负有保密义务，未经甲方书面同意不得向第三方披露，本义务在合同终止后持续有效。乙方人员离场时应交回甲方提供的资料和门禁卡。
H:九、知识产权
P:为本项目编写的PLC程序、组态画面、工艺参数表及技术文档的知识产权归甲方所有，乙方应交付源程序，甲方可自行修改或委托他人维护。上位机监控软件的著作权归原厂所有，甲方享有永久使用许可。
H:十、分包
P:乙方可将窑体电气布线、桥架安装等辅助工作分包给具备相应资质的单位，但应提前五个工作日书面通知甲方，乙方对分包工作承担全部责任。
H:十一、违约责任
P:（一）乙方逾期完成改造或逾期通过验收的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:（三）因乙方施工原因延长停窑时间的，乙方另行赔偿甲方由此增加的停产损失。
H:十二、合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:合同解除后，乙方应配合甲方完成已安装设备的安全移交，保证窑炉可以继续运行。
H:十三、争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交株洲仲裁委员会仲裁。
H:十四、不可抗力
P:因地震、洪水、疫情等不可抗力导致不能履行合同的，受影响方应在3日内通知对方并提供证明，双方协商延期或解除合同，互不承担违约责任。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术方案、设备清单、施工计划。合同附件与本合同具有同等效力，本合同未尽事宜由双方另行签订补充协议。
P:甲方（盖章）：醴陵华彩陶瓷有限公司　　　乙方（盖章）：湖南湘控自动化工程有限公司
P:授权代表：　　　　　　　　　　　　　　　授权代表：
P:日期：2026年　月　日
"""

# ---------------------------------------------------------------- z03 (txt, 1. / 1.1, SaaS + 实施)
H540Z03 = """宠物医院电子病历SaaS服务及实施合同

合同编号：CP-IT-2026-009

甲方：上海安宠宠物医疗管理有限公司（下辖连锁宠物医院25家，名单见附件一）
乙方：杭州爪印云科技有限公司

鉴于甲方需要统一旗下25家宠物医院的电子病历、处方、检验和住院管理，乙方拥有"爪印云病历"SaaS平台，双方经协商，就乙方向甲方提供SaaS订阅服务及实施服务达成如下协议。

1. 服务内容
1.1 乙方向甲方25家医院开通"爪印云病历"平台专业版，功能包括：宠物档案与主人信息、门诊病历、处方与药品库存、检验检查报告、住院护理记录、疫苗驱虫提醒、会员与收费、多院区数据汇总。
1.2 实施服务包括：旧系统病历数据迁移（约41万条）、血球仪和生化仪等检验设备接口对接、各院区上线辅导、院长及前台和医生培训、定制5张经营分析报表。
1.3 服务期为三个服务年度，自2026年5月1日起至2029年4月30日止。
1.4 乙方为甲方指定专属客户成功经理，负责上线协调、需求对接和季度服务回顾。

2. 费用
2.1 订阅费：每家医院每服务年度9,600元，25家合计每服务年度240,000元，三个服务年度合计720,000元。
2.2 实施费：一次性86,000元。
2.3 合同总价：806,000元（含税）。服务期内新增医院按同一单价按月折算。
2.4 甲方不承担上述费用以外的任何费用，短信提醒费用按附件二另行结算，不计入合同总价。
2.5 服务期内乙方不得单方提高订阅单价。

3. 付款
3.1 实施费在全部25家医院上线并通过上线验收后15个工作日内一次性支付。
3.2 订阅费按季度支付，每季度首月10日前支付当季订阅费60,000元。首期订阅费自上线验收通过之日起计收。
3.3 乙方应在收款前开具增值税专用发票。
3.4 甲方对发票或扣减金额有异议的，应在收到发票后10日内书面提出。

4. 实施与验收
4.1 乙方应在合同签订后60日内完成全部25家医院上线。
4.2 上线验收标准：（1）历史病历迁移完整，按医院抽查500条记录，与旧系统内容一致；（2）检验设备结果自动回传病历，连续10个工作日无丢失；（3）门诊开单、处方、收费等常用操作在50家并发访问下页面响应不超过2秒；（4）5张定制报表数据与财务系统核对一致。
4.3 甲方在收到乙方验收申请后7个工作日内组织验收并签署验收单。各医院开始使用系统不视为验收通过。
4.4 乙方逾期完成上线的，每逾期一日按合同总价的万分之八向甲方支付违约金。
4.5 实施期间乙方应派驻不少于2名实施顾问，在上海、苏州、杭州三地院区轮流驻点，并提交每周实施周报。

5. 服务水平
5.1 平台月度可用率不低于99.5%，计划内维护应安排在凌晨2:00至5:00并提前3日通知。
5.2 故障分级：一级故障（全部或多家医院无法登录、开单、收费）乙方应在30分钟内响应，2小时内恢复；二级故障（单一功能异常）2小时内响应，1个工作日内解决；三级为咨询类问题，1个工作日内答复。
5.3 服务补偿：月度可用率低于约定值的，按当月订阅费的5%给予服务抵扣；低于98%的，按当月订阅费的10%抵扣。一级故障未在2小时内恢复的，每次另抵扣当月订阅费的2%。抵扣额在下季度订阅费中扣减。
5.4 乙方应每月向甲方提交服务报告，列明可用率、故障单和处理时长；甲方对报告有异议的，双方在10个工作日内核对确认。
5.5 乙方提供7×24小时电话和在线客服，医院前台和医生可直接报障。

6. 数据
6.1 甲方上传和在平台中产生的宠物病历、主人信息、处方及经营数据归甲方所有。
6.2 甲方同意，乙方可将甲方病历数据进行去标识化处理后，用于产品功能改进、兽医临床统计及发布行业分析报告，该使用在本合同终止后仍可继续。
6.3 服务期满或合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后删除平台中的甲方数据。
6.4 甲方可随时通过平台导出功能自行导出本院数据，乙方不得设置障碍或另行收费。

7. 数据安全
7.1 平台部署在中国境内，已通过网络安全等级保护第三级测评。乙方对主人手机号、住址等个人信息加密存储，实行最小权限访问，访问日志保存不少于6个月。
7.2 发生数据泄露或可能泄露的，乙方应在24小时内通知甲方，配合调查并采取补救措施。因乙方原因造成数据安全事件的，乙方赔偿甲方因此遭受的损失，包括向宠物主人赔偿和监管处罚产生的费用。
7.3 乙方每日对平台数据进行备份，备份数据保存不少于30日，每季度进行一次恢复演练并向甲方提供演练记录。
7.4 乙方员工访问甲方数据须经甲方授权，且仅限于处理故障和实施工作所必需的范围。

8. 保密
双方对在合作中知悉的对方商业秘密、价格、客户信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后继续有效。

9. 知识产权
9.1 平台软件及其升级版本的知识产权归乙方所有。
9.2 为甲方定制的5张经营分析报表、设备接口配置及相关文档的知识产权归甲方所有，甲方可自由使用、修改，并可交由其他服务商维护。
9.3 乙方保证平台不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并承担费用。

10. 续约
服务期届满前30日，任何一方未书面提出不续约的，本合同自动续展一个服务年度，可多次续展。续展时乙方有权上调订阅单价，上调幅度不超过上一服务年度单价的10%，乙方应在续展前30日书面通知甲方新单价。

11. 分包
乙方不得将实施服务分包给第三方，确需分包的，须事先取得甲方书面同意。

12. 违约与责任
12.1 乙方违反本合同数据、保密条款的，应赔偿甲方全部损失。
12.2 乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因故意或重大过失、违反数据安全或保密义务造成的损失不受此限。
12.3 甲方逾期支付订阅费超过30日，经乙方书面催告后仍未支付的，乙方可暂停服务，但应提前7日通知甲方，且不得删除甲方数据。

13. 合同解除
13.1 一方严重违约，经另一方书面通知后15日内未纠正的，守约方有权解除本合同。
13.2 因乙方原因解除合同的，乙方应按剩余服务期退还已预付的订阅费，并配合完成数据导出。
13.3 合同终止时，乙方应提供不少于60日的过渡期，保证甲方数据迁移期间平台正常使用，过渡期订阅费按月折算。

14. 不可抗力
因不可抗力不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明；不可抗力持续超过30日的，任何一方可书面解除合同。

15. 争议解决
本合同适用中华人民共和国法律。争议提交上海仲裁委员会仲裁。

16. 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件一：医院名单；附件二：短信资费；附件三：功能清单。

甲方（盖章）：上海安宠宠物医疗管理有限公司　　授权代表：
乙方（盖章）：杭州爪印云科技有限公司　　授权代表：
日期：2026年　月　日
"""

# ---------------------------------------------------------------- z04 (txt, 一、 headings + （1） items, 年度运维, 竞争性磋商)
H540Z04 = """东岭高速公路管理处收费稽核系统年度运维服务合同

项目编号：DLGS-CS-2026-004（竞争性磋商）

采购人（甲方）：东岭高速公路管理处
供应商（乙方）：东岭路通信息技术服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就收费稽核系统年度运维服务事宜，经协商一致，订立本合同。

1、服务范围与期限
（1）服务对象：管理处收费稽核系统，包括稽核平台软件、18个收费站的稽核数据采集终端、中心服务器和存储设备、图像比对服务及与省联网中心的数据接口。
（2）服务期限：自2026年3月1日起至2027年2月28日止。期满后本合同终止，不自动续期，后续服务由甲方另行组织采购。
（3）服务内容：日常巡检、故障处理、软件缺陷修复与参数调整、服务器和存储硬件维保、数据备份与恢复演练、稽核规则配置、省中心接口变更适配、驻场值守，以及每月稽核数据分析报告。
（4）乙方应建立运维服务台，对甲方及各收费站的报修统一受理、派单、回访，形成闭环记录。
（5）服务期内省联网中心发布新的稽核规则或接口规范的，乙方应在规定时限内完成适配，不另行收费。
（6）服务地点：东岭高速公路管理处监控中心及所辖18个收费站。

2、服务费用
（1）合同总价为人民币1,068,000元（含税），为本服务期的固定总价。
（2）费用构成：稽核系统软件运维412,000元；服务器及存储硬件维保268,000元；驻场运维人员（3人）324,000元；稽核数据分析报告64,000元。
（3）合同总价包含备品备件、差旅、交通及税费，甲方不再另行支付其他费用。
（4）服务期内如甲方新增收费站或稽核终端，新增部分的运维费用按本合同单价折算，另行签订补充协议。

3、付款方式
（1）服务费按季度支付，每季度服务费为267,000元。
（2）每季度结束后，甲方按本合同第6条进行季度考核，考核通过后15个工作日内支付当季服务费；有扣款的，在当季服务费中扣除。
（3）本合同不设预付款。
（4）乙方应在每季度考核通过后开具增值税专用发票，甲方收到发票后付款。

4、人员要求
（1）乙方应派驻3名运维人员在管理处监控中心驻场，工作时间为每日8:00至20:00，其他时间安排电话值守。
（2）驻场人员须具备两年以上同类系统运维经验，更换人员须提前10日征得甲方同意。
（3）乙方应指定一名项目负责人，负责服务协调，每月第一周向甲方提交上月运维报告。
（4）驻场人员应遵守甲方考勤、保密和安全管理制度；甲方认为驻场人员不能胜任的，乙方应在7日内更换。
（5）乙方应为驻场人员缴纳社会保险，人员的工资、福利及安全责任由乙方承担。

5、服务水平
（1）稽核平台月度可用率不低于99.95%。
（2）一级故障（稽核平台中断、收费数据无法上传省中心）：15分钟内响应，1小时内到场，3小时内恢复；二级故障：30分钟内响应，8小时内解决；三级故障：2个工作日内解决。
（3）每月完成一次全部收费站终端巡检，每季度完成一次数据恢复演练。
（4）一级故障响应或恢复每超时1小时扣减服务费1,500元；月度可用率每低于约定值0.01个百分点扣减1,000元；漏检一个收费站扣减800元。
（5）节假日收费高峰期间，乙方应增派1名工程师驻场值守，并提前制定应急预案报甲方备案。
（6）乙方应保证备品备件库存满足故障恢复要求，服务器硬盘、电源、终端主板等关键备件应存放在管理处。
（7）乙方应对系统运行情况进行实时监控，发现异常时主动处理，不得等待甲方报修。

6、考核与验收
（1）季度考核标准：服务水平指标全部达到第5条要求；巡检记录、故障工单、备份记录完整；月度分析报告按时提交且经甲方稽核科确认。
（2）年度验收：服务期满前15日，甲方依据四个季度考核结果、系统运行记录和稽核科意见进行年度验收，并出具书面验收意见。
（3）考核或验收不合格的，乙方应在10日内整改，整改后重新考核。
（4）考核结果作为甲方对乙方履约评价的依据。
（5）甲方稽核科负责日常服务监督，可随时抽查巡检记录和故障工单。

7、数据安全
（1）通行记录、车牌图像、收费流水及稽核结果等数据归甲方所有，乙方仅可为提供本合同服务使用，不得复制、带离或向任何第三方提供。
（2）乙方运维操作须通过甲方堡垒机进行，禁止使用未经登记的存储介质；报废硬盘须在甲方监督下消磁或物理销毁。
（3）发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并协助处置；因乙方原因造成的，乙方承担全部责任并赔偿损失。
（4）乙方应配合甲方完成网络安全等级保护测评和年度安全检查，对发现的问题在规定期限内整改。
（5）服务期满或合同终止时，乙方应移交全部账号、配置和运维资料，并删除其持有的甲方数据。

8、保密
乙方及其人员对在服务中知悉的收费数据、稽核规则、系统账号密码及甲方内部资料负有保密义务，不得向任何第三方泄露。保密义务在合同终止后继续有效。乙方驻场人员须签署保密承诺书。乙方人员离岗时，应办理账号注销和资料交接手续。

9、知识产权
乙方在服务中为甲方编写的运维脚本、稽核规则配置、分析报告及技术文档的知识产权归甲方所有，甲方可自由使用和修改。乙方原有运维工具软件的知识产权仍归乙方所有，乙方授予甲方在服务期内免费使用。

10、转包与分包
乙方不得将本合同服务转包，也不得分包给第三方。

11、违约责任
（1）乙方逾期完成整改、巡检或报告的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（2）甲方逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
（3）乙方驻场人员缺岗的，每人每日扣减服务费600元。
（4）因乙方原因导致甲方收费数据丢失或稽核差错，造成通行费损失的，乙方应予赔偿。
（5）乙方在本合同项下的累计赔偿责任（含违约金及扣款）以合同总价的50%为限。

12、合同的履行与解除
（1）本合同生效后，除因不可抗力致使合同目的不能实现外，任何一方不得单方解除本合同。
（2）乙方违约的，甲方可依第5条、第11条扣减服务费或要求支付违约金，并有权要求乙方限期整改，但不得以此为由解除本合同。
（3）服务期内因政策调整需要变更服务内容的，双方协商签订补充协议。

13、不可抗力
因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，根据不可抗力的影响部分或全部免除责任。

14、争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。

15、其他
（1）竞争性磋商文件、乙方响应文件及成交通知书为本合同组成部分。
（2）本合同未尽事宜，按照政府采购相关规定和双方签订的补充协议执行。
（3）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：东岭高速公路管理处　　负责人或授权代表：
乙方（盖章）：东岭路通信息技术服务有限公司　　法定代表人或授权代表：
签订日期：2026年　月　日
"""

# ---------------------------------------------------------------- z05 (md, "## 第X条", supplier's template)
H540Z05 = """# 仓易通WMS仓储管理系统软件许可及实施合同

> 本合同采用乙方标准合同文本（仓易通-WMS-HT-V3.0）。空白处由双方填写。

**合同编号：** CYT-2026-GZ-0142

**甲方（买方）：** 贵州黔香源辣椒食品有限公司

**乙方（卖方）：** 成都仓易通软件技术有限公司

甲方因辣椒酱、油辣椒产品产量增长，需对原料库、辅料库、包材库和成品库实行系统化管理。乙方为仓易通WMS软件的著作权人。乙方在食品行业仓储管理领域具有丰富经验，已服务多家调味品生产企业。双方经友好协商，就软件许可及实施事宜订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供仓易通WMS软件（标准版）永久使用许可，含批次追溯模块、波次拣货模块和PDA移动端（30个用户）。

1.2 乙方按甲方需求进行定制开发，包括：与甲方ERP系统的物料、采购、销售订单接口；辣椒原料入库质检与等级管理；发酵罐批次与成品批次关联追溯；经销商发货对账报表。

1.3 乙方负责系统安装部署、基础数据初始化、上线支持和用户培训。

1.4 软件运行所需的服务器、数据库、操作系统及网络环境由甲方负责提供并承担费用，配置要求见乙方提供的《部署环境说明》。

1.5 本合同未列明的功能不属于本合同范围，甲方需要的，双方另行签订合同。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 仓易通WMS软件许可（标准版+批次追溯+波次拣货+PDA端30用户） | 880,000 |
| 2 | 定制开发（ERP接口、原料质检、发酵批次追溯、对账报表） | 256,000 |
| 3 | 实施部署及数据初始化 | 84,000 |
| 4 | 用户培训 | 20,000 |
| | **合计** | **1,240,000** |

2.1 以上价格含增值税。PDA手持终端、条码打印机等硬件由甲方自行采购。

2.2 合同签订后，甲方要求增加用户数或模块的，按乙方当期价格另行计费。

2.3 合同价款不含甲方ERP厂商为接口开发收取的费用。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，即620,000元。乙方收到该款项后启动项目。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的50%，即620,000元。

3.3 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停实施和服务。

3.4 乙方收到每笔款项后开具增值税专用发票。

## 第四条 实施周期

4.1 乙方计划在收到首付款后75日内完成系统上线。实施计划以乙方项目经理编制的计划为准。

4.2 因需求变更、甲方数据准备不及时或硬件未到位等原因导致上线延后的，实施周期相应顺延，乙方不承担责任。

4.3 如出现进度延误，乙方将增派人员，尽最大努力追赶进度。

4.4 甲方应指定项目负责人，及时确认需求文档和实施计划。

4.5 甲方应按乙方要求准备物料编码、库位、期初库存等基础数据，并对数据的准确性负责。

4.6 乙方项目经理负责编制实施计划和周报，并组织上线切换。

## 第五条 上线与验收

5.1 乙方完成安装部署和数据初始化后，通知甲方系统上线。

5.2 系统上线运行即视为甲方验收合格。甲方在上线后提出的问题，乙方按第六条在免费维护期内处理。

5.3 甲方应在系统上线前组织关键用户参加培训，培训结束后由甲方签署培训确认单。

## 第六条 免费维护期

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供远程技术支持和软件缺陷修复。

6.2 故障响应：一级（紧急）故障，即系统无法登录或无法出入库作业的，乙方在接到报修后8小时内响应；二级故障在2个工作日内响应；其他问题在5个工作日内答复。

6.3 上述响应时间为乙方服务目标。未达到响应时间的，乙方不承担扣款、赔偿或违约金责任。

6.4 免费维护期不包括因甲方操作不当、擅自修改配置、硬件故障或第三方软件引起的问题。

6.5 乙方通过电话、微信群、远程桌面等方式提供技术支持，服务时间为工作日9:00至18:00。

## 第七条 维保服务

7.1 免费维护期满后，甲方应向乙方购买年度维保服务，年度维保费为软件许可费的25%，即220,000元/服务年度，维保内容包括远程支持、缺陷修复和版本升级。

7.2 甲方未购买维保服务的，乙方不再提供任何技术支持和升级。

7.3 维保服务费在每个维保服务年度开始前一次性支付。

7.4 现场服务按每人每日3,000元另行收取，差旅费用由甲方承担。

7.5 维保期内乙方每个服务年度提供不少于两次版本升级，升级前通知甲方。

## 第八条 知识产权

8.1 仓易通WMS软件及其全部升级版本的知识产权归乙方所有。

8.2 乙方为甲方定制开发的接口程序、质检和追溯功能、对账报表及相关源代码、文档，其知识产权归乙方所有。甲方在本合同范围内享有非独占的使用权，不得修改、反编译或提供给第三方使用。

8.3 甲方不得将软件用于许可范围以外的工厂或仓库。

## 第九条 数据

9.1 甲方在系统中录入和产生的库存、出入库、批次及客户数据归甲方所有。

9.2 甲方同意，乙方可在对上述数据进行脱敏处理后，将其用于行业分析、产品优化和算法训练，并可在合同终止后继续使用。

9.3 乙方对其接触的甲方数据采取访问控制、加密传输和操作日志等安全措施；发生数据泄露的，乙方应在48小时内通知甲方，因乙方过错导致数据泄露的，乙方赔偿甲方因此遭受的直接损失。

9.4 合同终止后，乙方按甲方要求提供数据导出文件，导出服务按乙方报价收费。

## 第十条 保密

双方对在合作中获悉的对方商业秘密和技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后三年。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 任何一方均不对另一方的间接损失、利润损失承担责任。

## 第十二条 合同解除

一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权解除本合同。合同解除后，双方应结清已发生的费用。

## 第十三条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。诉讼费、律师费由败诉方承担。

## 第十四条 不可抗力

因不可抗力导致一方不能履行合同的，该方不承担违约责任，但应及时通知对方并提供证明。

## 第十五条 其他

15.1 本合同未尽事宜，以乙方官网公布的服务说明为准。

15.2 本合同附件包括：报价单、功能清单、《部署环境说明》。

15.3 本合同一式两份，双方各执一份，自双方盖章之日起生效。

**甲方（盖章）：** 贵州黔香源辣椒食品有限公司　　**授权代表：**

**乙方（盖章）：** 成都仓易通软件技术有限公司　　**授权代表：**

**日期：** 2026年　月　日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N, Oregon vendor, perpetual licences)
H540E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. CRS-CN-2026-0088
P:This Software Licence and Services Agreement (the "Agreement") is made between Cascade Ridge Software, Inc., a corporation organised under the laws of the State of Oregon, with its principal office at 4100 SW Millikan Way, Beaverton, Oregon 97005, United States ("Vendor"), and Zhejiang Hengfeng Textile Printing and Dyeing Co., Ltd., a company incorporated in the People's Republic of China, with its registered address in Shaoxing, Zhejiang Province ("Customer").
H:Recitals
P:A. Vendor develops and licenses RidgeMaint, a computerised maintenance management software used by manufacturers to plan and record the maintenance of plant equipment.
P:B. Customer operates printing and dyeing lines, boilers and wastewater treatment equipment at its Shaoxing plant and wishes to license RidgeMaint and to have Vendor configure and implement it for that plant.
P:C. At Customer's request all prices under this Agreement are stated and payable in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means RidgeMaint Enterprise Edition version 9, its mobile module and all corrections and updates Vendor provides under this Agreement.
P:1.2 "Deliverables" means the configurations, equipment hierarchy, maintenance plan templates, reports, interfaces and documents Vendor prepares for Customer under this Agreement.
P:1.3 "Go-Live" means the first day on which Customer records live work orders in the production environment.
P:1.4 "Final Acceptance" means Customer's written acceptance under Article 5.
H:Article 2 Licence
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for sixty named users and the mobile module for the internal operations of Customer and its affiliates in the People's Republic of China.
P:2.2 Customer may make copies for backup, testing and disaster recovery. Customer shall not reverse engineer the Software except to the extent permitted by applicable law.
H:Article 3 Scope of Services
P:3.1 Vendor shall install the Software on Customer's servers in Shaoxing, configure the equipment hierarchy for about 2,300 assets, build preventive maintenance plans, set up spare parts inventory, develop an interface with Customer's ERP system for spare parts purchasing, migrate maintenance records from Customer's current spreadsheets and train Customer's maintenance staff.
P:3.3 Customer shall provide the server hardware, operating system and database licences specified in Schedule 1, give Vendor's consultants access to the plant and to key users, and approve design documents within 10 working days.
P:3.2 The Services are described in the Statement of Work attached as Schedule 1, which forms part of this Agreement.
H:Article 4 Fees and Payment
P:4.1 The fees are as follows: (a) Software licence, sixty named users at CNY 14,500 each: CNY 870,000; (b) mobile module licence: CNY 96,000; licence subtotal: CNY 966,000; (c) configuration and implementation services: CNY 318,000; (d) data migration: CNY 74,000; (e) training: CNY 36,000. The total contract price is CNY 1,394,000, inclusive of applicable Chinese taxes.
P:4.2 Customer shall pay: (a) 10% of the total contract price (CNY 139,400) within 30 days after signature of this Agreement against Vendor's invoice; (b) 55% (CNY 766,700) within 30 days after Go-Live; and (c) 35% (CNY 487,900) within 30 days after Final Acceptance.
P:4.3 All invoices shall be issued by Vendor's authorised agent in China as valid VAT invoices. Payments shall be made by bank transfer in CNY.
H:Article 5 Project Schedule and Acceptance
P:5.1 Vendor shall achieve Go-Live within 120 days after signature of this Agreement and shall be ready for Final Acceptance testing within 60 days after Go-Live.
P:5.2 Final Acceptance tests shall show that: (a) all functions listed in Schedule 1 operate as specified; (b) the equipment hierarchy and maintenance plans match the approved asset register; (c) migrated records reconcile with the source files by count and by sample check of 300 records; (d) the ERP interface transfers purchase requisitions without error for 20 consecutive working days; and (e) no Severity 1 defect remains open.
P:5.3 Customer shall complete the tests within 15 working days after Vendor's written notice of readiness and shall either sign the acceptance certificate or list the failures. Vendor shall correct the failures and repeat the tests. Go-Live, use of the Software and payment do not by themselves constitute Final Acceptance.
P:5.4 Vendor shall provide a project manager and a named lead consultant for the whole project and shall not replace them without Customer's consent, which shall not be unreasonably withheld.
H:Article 6 Warranty
P:6.1 Vendor warrants that the Software and the Deliverables will perform substantially in accordance with the documentation and Schedule 1 for a period of eighteen months after Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period Vendor shall correct defects and provide updates and remote support at no charge.
H:Article 7 Support and Service Levels
P:7.1 After the Warranty Period Customer may order annual support. The annual support fee is 13% of the licence subtotal, that is CNY 125,580 per year, and is fixed for the three years following the Warranty Period. Any later change requires written agreement and may not exceed 3% over the previous fee. Support is ordered by purchase order each year and does not renew automatically.
P:7.2 Vendor shall respond to Severity 1 incidents (the Software is unavailable or work orders cannot be issued) within 1 hour, around the clock, and provide a workaround within 8 hours; Severity 2 incidents within 2 business hours; Severity 3 incidents within 1 business day. Vendor maintains a support desk in Shanghai with Mandarin-speaking engineers.
P:7.3 For each full hour by which Vendor misses a Severity 1 response or workaround time, Vendor shall pay Customer CNY 1,000, which Customer may deduct from any amount due to Vendor.
H:Article 8 Customer Data and Data Security
P:8.1 All data entered into or generated by the Software, including equipment, maintenance and personnel data, belongs to Customer. Vendor may use it only to perform this Agreement and shall not copy, retain or disclose it for any other purpose.
P:8.2 The Software is hosted on Customer's premises. Vendor shall access Customer's systems only through the remote access channel Customer opens for each session, shall follow Customer's security rules and the Data Security Law and Personal Information Protection Law of the People's Republic of China, and shall not transfer any Customer data outside China.
P:8.3 Vendor shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer data through Vendor or its personnel, shall help contain it and shall be responsible for all losses Customer suffers as a result of a breach caused by Vendor.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and not disclose it to third parties without the other party's prior written consent. These obligations survive termination for three years.
H:Article 10 Intellectual Property
P:10.1 Vendor retains all intellectual property rights in the Software.
P:10.2 All rights in the Deliverables created specifically for Customer, including the ERP interface source code, vest in Customer upon creation. Customer may use, modify and license the Deliverables freely, including through third-party service providers.
H:Article 11 Delay and Liability
P:11.1 If Vendor fails to achieve Go-Live or readiness for Final Acceptance by the dates in Article 5 for reasons attributable to Vendor, Vendor shall pay liquidated damages of CNY 1,000 for each day of delay, up to a maximum of 10% of the total contract price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the total contract price. This limit does not apply to personal injury, wilful misconduct, infringement of intellectual property or breach of Articles 8 and 9.
H:Article 12 Subcontracting
P:12.1 Vendor shall not subcontract any part of the Services without Customer's prior written consent. Vendor remains responsible for the work of any approved subcontractor.
H:Article 13 Term and Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after receiving written notice of the breach.
P:13.2 If Customer terminates under 13.1 before Final Acceptance, Vendor shall refund the fees paid for the Services not accepted. The licences already paid for remain in force.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Oregon, United States, without regard to its conflict of laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:14.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration administered by the American Arbitration Association under its International Arbitration Rules, seated in Portland, Oregon, in the English language.
H:Article 15 General
P:15.1 This Agreement, including Schedule 1, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties. Notices shall be given in writing to the addresses above.
P:15.2 This Agreement is signed in two English originals, one for each party, and takes effect on the date of the last signature.
P:15.3 Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and uses reasonable efforts to resume performance.
P:Signed for Cascade Ridge Software, Inc.: ____________________ Name and title: ____________________ Date: __________
P:Signed for Zhejiang Hengfeng Textile Printing and Dyeing Co., Ltd.: ____________________ Name and title: ____________________ Date: __________
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms, Nevada vendor SaaS)
H540E02 = """# ORDER FORM — KitchenLedger Cloud Subscription

**Order Form No.** SLC-OF-2026-311

**Vendor:** Sierra Ledger Cloud, Inc., 500 Damonte Ranch Parkway, Reno, Nevada 89521, United States

**Customer:** Chengdu Laomatou Catering Management Co., Ltd., Wuhou District, Chengdu, Sichuan Province, People's Republic of China

This Order Form is entered into under, and incorporates, the KitchenLedger General Terms set out below (together, the "Agreement"). If this Order Form conflicts with the General Terms, this Order Form prevails.

## Part A — Order Details

### 1. Subscribed Service

1.1 KitchenLedger Cloud, Professional Edition: recipe costing, central kitchen production planning, store ordering, inventory counts, supplier price tracking and food waste reporting.

1.2 Scope: Customer's central kitchen in Chengdu and 46 hot-pot restaurants listed in Annex 1, up to 180 named users.

1.3 Hosting: the production environment is hosted in a cloud data centre in Shanghai, China operated by the hosting provider named in Annex 2.

1.4 Support: Mandarin-speaking support by phone and through the customer portal; Priority 1 support at any time.

### 2. Subscription Term

2.1 The Subscription Term consists of three Subscription Years. The first Subscription Year starts on the Subscription Start Date, which is the date of Go-Live Acceptance under clause 4, expected to be 1 July 2026.

2.2 The Agreement ends at the end of the third Subscription Year. It does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### 3. Fees

At Customer's request, all fees are stated and payable in Chinese yuan (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 46 restaurants + central kitchen | 264,000 |
| Subscription fee, Subscription Year 2 | same scope | 264,000 |
| Subscription fee, Subscription Year 3 | same scope | 264,000 |
| Onboarding (configuration, recipe import, POS interface, training) | one-time | 38,000 |
| **Total contract value** | | **830,000** |

3.1 Onboarding is invoiced on Go-Live Acceptance. Each Subscription Year's fee is invoiced at the start of that Subscription Year. Invoices are payable within 30 days.

3.2 Restaurants added during the Subscription Term are charged at CNY 5,600 per restaurant per Subscription Year, pro rata by month. Such additions are not part of the total contract value above.

3.3 Fees include Chinese VAT. Vendor shall issue VAT invoices through its authorised reseller in China, Sierra Ledger (Shanghai) Trading Co., Ltd.

### 4. Onboarding and Go-Live Acceptance

4.1 Vendor shall configure the service, import Customer's 1,250 recipes and ingredient master data, connect the service to Customer's POS system for daily sales, and train store managers and central kitchen staff.

4.2 Go-Live Acceptance tests: (a) recipe costs calculated by the service match Customer's sample calculations for 100 recipes; (b) daily sales from all restaurants are received through the POS interface for 10 consecutive days without loss; (c) store orders flow to central kitchen production plans; (d) all users can log in with their assigned roles.

4.3 Customer shall complete the tests within 10 business days after Vendor's notice of readiness and sign the acceptance certificate or list failures. Vendor shall fix failures and repeat the tests. Use of the service during the tests is not acceptance.

4.4 Vendor shall be ready for Go-Live Acceptance by 15 June 2026. If it is late for reasons attributable to Vendor, Vendor shall pay CNY 500 for each day of delay, up to CNY 30,000.

4.5 Customer shall provide a project lead, the recipe and ingredient data in the agreed template, access to its POS provider, and trainees at the agreed dates.

### 5. Contacts and Annexes

5.1 Vendor's account manager and Customer's project lead (head of central kitchen IT) are named in Annex 1.

5.2 Annex 1 lists the restaurants and contacts; Annex 2 names the hosting provider and its data centre; Annex 3 describes the functions of the Professional Edition.

## Part B — General Terms

### 1. Provision of the Service

1.1 Vendor shall provide the service in accordance with this Agreement and the documentation, and shall not materially reduce its functions during the Subscription Term.

1.2 Customer shall keep its user credentials secure and is responsible for use of the service under its accounts.

1.3 Vendor may release new features and updates. Vendor shall announce changes that affect Customer's users at least 14 days in advance in the release notes and shall keep the functions described in Annex 3 available.

1.4 Customer shall not attempt to gain unauthorised access to the service, interfere with its operation or use it to store unlawful content.

### 2. Service Levels

2.1 Vendor targets monthly availability of the production environment of 99.95%, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 01:00 and 05:00 China time.

2.2 Support response targets: Priority 1 (the service is unavailable to all users or store ordering cannot be submitted) — response within 1 hour, 24 x 7; Priority 2 — response within 8 business hours; Priority 3 — response within 2 business days.

2.4 Vendor shall publish a monthly availability report for the production environment in the customer portal and shall explain any Priority 1 incident in a written incident report within 5 business days.

2.3 The service levels in this clause 2 are targets only. No service credits, fee reductions, refunds or other compensation apply if a target is not met.

### 3. Customer Data

3.1 Customer Data means all data Customer or its users enter into the service, including recipes, costs, supplier prices and sales data. Customer Data belongs to Customer. Vendor may process Customer Data only to provide the service to Customer and for no other purpose.

3.2 At the end of the Subscription Term Vendor shall make Customer Data available for export in CSV format for 30 days and then delete it, and certify the deletion in writing.

3.3 Customer may export Customer Data at any time during the Subscription Term through the standard export functions at no extra charge.

### 4. Data Security

4.1 Vendor shall maintain an information security programme certified to ISO/IEC 27001, encrypt Customer Data in transit and at rest, restrict access to personnel who need it, log administrative access and keep Customer Data in mainland China.

4.2 Vendor shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, shall take steps to contain it and shall compensate Customer for the losses caused by an incident attributable to Vendor or its hosting provider.

4.3 Vendor shall have an independent penetration test carried out at least annually and share a summary of the results with Customer on request.

### 5. Confidentiality

Each party shall protect the other party's Confidential Information with reasonable care, use it only for this Agreement and disclose it only to employees and advisers who need to know it. These obligations continue for three years after the Agreement ends.

### 6. Intellectual Property

6.1 Vendor owns the service, the software and all improvements to them.

6.2 Recipe templates, cost reports and the POS interface mapping prepared specifically for Customer belong to Customer, which may use, modify and pass them to any other provider.

### 7. Subcontracting

Vendor may use the hosting provider named in Annex 2. Vendor shall not subcontract any other part of the service without Customer's prior written consent and remains liable for its subcontractors.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss or loss of profit.

8.2 Vendor's total liability arising out of or in connection with this Agreement shall not exceed the fees paid by Customer in the six months preceding the event giving rise to the claim.

### 9. Termination

9.1 Either party may terminate the Agreement by written notice if the other party materially breaches it and fails to cure the breach within 30 days after written notice.

9.2 On termination by Customer under 9.1, Vendor shall refund the prepaid subscription fee for the remaining part of the Subscription Year.

9.3 On termination or expiry Vendor shall provide reasonable assistance for the transfer of Customer Data to Customer or a new provider for up to 30 days.

### 10. Governing Law and Disputes

10.1 This Agreement is governed by the laws of the State of Nevada, United States.

10.2 Any dispute shall be resolved by binding arbitration administered by JAMS in Reno, Nevada, under its Comprehensive Arbitration Rules. The arbitration shall be conducted in English.

### 11. General

11.1 Neither party may assign the Agreement without the other party's written consent. Notices must be in writing. Amendments must be signed by both parties.

11.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to resume performance.

11.3 This Agreement is the entire agreement between the parties on its subject matter and supersedes earlier proposals and discussions.

11.4 Each party shall comply with the export control and sanctions laws that apply to it, and Customer confirms that it will not make the service available to sanctioned persons.

**For Sierra Ledger Cloud, Inc.:** ____________________ (name, title, date)

**For Chengdu Laomatou Catering Management Co., Ltd.:** ____________________ (name, title, date)
"""

# ---------------------------------------------------------------- e03 (docx, Section N.N, buyer's paper, New Mexico sensors)
H540E03 = """
T:Purchase Contract for Grain Condition Monitoring Equipment
P:Contract No. ZKGR-2026-PC-012
P:Buyer: Henan Zhoukou Grain Reserve Depot Co., Ltd., No. 16 Chuanhui Road, Zhoukou, Henan Province, People's Republic of China
P:Supplier: Mesa Sensing Instruments LLC, 2200 Yale Boulevard SE, Albuquerque, New Mexico 87106, United States
P:Whereas the Buyer stores wheat and corn in 32 warehouses and 8 silos at its Zhoukou depot and wishes to replace its manual temperature checks with an automatic grain condition monitoring system, and whereas the Supplier manufactures and installs such systems, the parties agree as follows. This Contract is on the Buyer's standard terms for equipment purchases.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission the equipment and software listed in Section 2.1 (the "System"), including temperature cables for every storage bin, temperature and humidity collectors, phosphine and carbon dioxide sensors, wireless gateways and the GrainView monitoring software.
P:1.2 The System shall measure grain temperature at every measuring point at least every 30 minutes, show the results on a three-dimensional bin view, raise alarms for hot spots and gas levels, and keep all readings for at least three years.
P:1.3 The Supplier shall train the Buyer's warehouse keepers and technicians and deliver operation manuals, wiring diagrams and calibration records in Chinese.
P:1.4 The System shall work with the Buyer's grain storage management system through the interface described in the technical specification, which is Annex 1.
H:Section 2 Price
P:2.1 The Contract Price is fixed at CNY 1,730,000, inclusive of Chinese VAT, customs duties, transport to the depot and insurance, as itemised below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital temperature cables, 8 to 24 points each|1,440|420|604,800
TB:2|Temperature and humidity collectors|96|2,850|273,600
TB:3|Phosphine and carbon dioxide sensors|48|5,200|249,600
TB:4|Wireless gateways with backup power|24|7,400|177,600
TB:5|GrainView monitoring software, perpetual site licence|1|168,000|168,000
TB:|Hardware and Licence Subtotal|||1,473,600
TB:6|Installation and cabling|1 lot|186,000|186,000
TB:7|Calibration and commissioning|1 lot|54,400|54,400
TB:8|Training|1 lot|16,000|16,000
TB:|Contract Price|||1,730,000
P:2.2 The Contract Price covers everything needed to complete the System. No other charges are payable.
H:Section 3 Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 65% of the Contract Price (CNY 1,124,500) is payable within 30 days after the Buyer signs the Installation Certificate for all warehouses and silos. The Installation Certificate confirms that the equipment is installed and powered; it is not acceptance.
P:3.3 35% of the Contract Price (CNY 605,500) is payable within 30 days after the Buyer signs the Final Acceptance Certificate.
P:3.4 Each payment requires a valid VAT invoice issued by the Supplier's authorised agent in China.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the depot within 75 days and complete installation within 120 days after signature.
P:4.2 Installation shall be carried out while bins are being filled or emptied, according to a schedule agreed with the Buyer's warehouse department, and shall comply with the Buyer's safety rules for work at height and in fumigated areas.
P:4.3 If the Supplier delays delivery or completion of installation for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. Where the delay exceeds 60 days, the Buyer may also terminate under Section 13.
P:4.4 The Supplier shall provide a site manager who speaks Chinese and is present at the depot during all installation work, and shall submit a weekly progress report.
P:4.5 Title to and risk in the equipment pass to the Buyer on delivery to the depot, without prejudice to the Buyer's rights under Sections 5 and 6.
H:Section 5 Acceptance
P:5.1 Final Acceptance tests shall show that: (a) every measuring point reports and the readings of 200 randomly chosen points differ by no more than 0.5 degrees Celsius from a calibrated reference thermometer; (b) gas sensors respond correctly to test gas; (c) alarms reach the duty room and the assigned mobile phones within 60 seconds; (d) the System runs for 30 consecutive days with no Severity 1 fault; and (e) all documents in Section 1.3 have been delivered.
P:5.2 The Buyer shall carry out the tests with the Supplier within 10 working days after the Supplier's written notice of readiness and shall sign the Final Acceptance Certificate or state the failures in writing. Installation, use of the System and payment do not constitute acceptance.
H:Section 6 Warranty and Support
P:6.1 The Supplier warrants the System for 36 months after Final Acceptance. During the warranty period it shall repair or replace any defective equipment free of charge, including parts, labour and transport, and provide software updates.
P:6.2 After the warranty period the Buyer may order annual support at 7.5% of the Hardware and Licence Subtotal, that is CNY 110,520 per year. This fee is fixed for the first two years after the warranty period. Support is ordered by separate purchase order and does not renew automatically.
P:6.3 Faults are classified and handled as follows.
TB:Severity|Definition|Response|On site|Restoration
TB:Severity 1|Monitoring of a whole warehouse or silo lost, or alarms not working|30 minutes|6 hours|24 hours
TB:Severity 2|Single cable, sensor or gateway fault|2 hours|2 working days|3 working days
TB:Severity 3|Questions, reports, minor display issues|1 working day|as agreed|as agreed
P:6.4 For each hour by which the Supplier misses a Severity 1 response or restoration time, the Supplier shall pay CNY 800, which the Buyer may deduct from any amount due.
P:6.5 The Supplier shall keep spare temperature cables, collectors and gateways at its service point in Zhengzhou sufficient to meet the restoration times above, and shall offer spare parts for the System for at least eight years after Final Acceptance.
H:Section 7 Buyer Data and Security
P:7.1 All readings, alarms, bin layouts and stock data collected or stored by the System are Buyer Data and belong to the Buyer. The Supplier shall use Buyer Data only to perform this Contract.
P:7.2 The System shall run on the Buyer's own servers in the depot's network. The Supplier shall have no standing remote access; any remote session requires the Buyer's approval each time and is recorded. The Supplier shall not copy Buyer Data or send it outside the depot.
P:7.3 The Supplier shall report any suspected unauthorised access or data loss caused through its equipment or personnel within 24 hours, help the Buyer contain it and be liable for the Buyer's resulting losses.
P:7.4 On expiry of the warranty period or on termination, the Supplier shall return or delete any Buyer Data it holds and confirm this in writing.
H:Section 8 Confidentiality
P:8.1 The Supplier shall keep confidential the Buyer's stock levels, site layout, security arrangements and other non-public information and shall not disclose them to any third party without the Buyer's prior written consent. This obligation continues after the Contract ends.
H:Section 9 Intellectual Property
P:9.1 The GrainView software remains the Supplier's property and is licensed to the Buyer perpetually for the depot.
P:9.2 Bin configurations, alarm rules, custom reports and the interface to the Buyer's grain storage management system prepared for this Contract belong to the Buyer, which may use and modify them freely and may have them maintained by others.
H:Section 10 Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, fraud and breach of Sections 7 and 8, which are not limited.
P:10.2 Neither party is liable for loss of profit or other indirect loss, except in case of fraud or wilful misconduct.
H:Section 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the supply or installation without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:Section 12 Force Majeure
P:12.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
P:12.2 If force majeure continues for more than 60 days, either party may terminate the affected part of the Contract by written notice.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if the delay under Section 4.3 exceeds 60 days. The Supplier shall then refund the amounts paid for parts of the System not accepted.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.
P:14.2 Pending resolution of a dispute, the parties shall continue to perform their undisputed obligations.
H:Section 15 General
P:15.1 The Annexes form part of this Contract: Annex 1 Technical Specification; Annex 2 Bin List and Point Layout; Annex 3 Training Plan.
P:15.2 Amendments must be made in writing and signed by both parties. The Supplier may not assign this Contract without the Buyer's prior written consent.
P:This Contract is made in two English originals and two Chinese originals of equal effect, and takes effect on signature by both parties.
P:For the Buyer: ____________________ (seal)    For the Supplier: ____________________
P:Date: __________    Date: __________
"""

# ---------------------------------------------------------------- e04 (md, upper-case headings, schedules as tables, Utah managed service)
H540E04 = """# MANAGED STORE IT SERVICES AGREEMENT

**Agreement No.** WFS-MSA-2026-027

**PROVIDER:** Wasatch Frontline Support, Inc., 3300 North Triumph Boulevard, Lehi, Utah 84043, United States, acting through its registered branch office in Changsha, Hunan Province.

**CUSTOMER:** Hunan Xiangmei Supermarket Chain Co., Ltd., Yuelu District, Changsha, Hunan Province, People's Republic of China.

**BACKGROUND.** Customer operates 62 supermarkets and a distribution centre in Hunan Province. Customer wishes to outsource the support of its store IT equipment, including point-of-sale terminals, self-checkout kiosks, scales, label printers, store servers and store networks, to Provider, and Provider has agreed to provide that support on the terms below.

## 1. DEFINITIONS

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance Certificate under clause 4.

1.3 "Initial Term" means the 24 months starting on the Service Commencement Date.

1.4 "Customer Data" means all data held on or passing through the equipment supported under this Agreement, including sales transactions, member information, prices and stock records.

## 2. SERVICES

2.1 Provider shall provide the Services for all sites listed in Schedule 2 from the Service Commencement Date until the end of the Initial Term.

2.2 Provider shall operate a service desk in Changsha, staffed from 07:00 to 23:00 every day, and field engineers based in Changsha, Zhuzhou, Xiangtan, Hengyang and Yueyang.

2.3 Provider shall keep a stock of spare terminals, printers and network devices sufficient to meet the restoration times in Schedule 3.

2.4 Provider shall assign a named service delivery manager who meets Customer's IT manager monthly to review service levels, recurring faults and improvement actions.

2.5 Customer shall give Provider's engineers access to stores during opening hours and, for planned work, outside opening hours with at least 2 days' notice.

## 3. FEES AND PAYMENT

3.1 The fees are set out in Schedule 4. The Total Contract Value is CNY 1,434,000. At Customer's request all fees are stated and paid in Chinese yuan (CNY).

3.2 The transition fee is payable within 30 days after the Service Commencement Date. The monthly service fee is invoiced monthly in arrears and payable within 30 days after the invoice. No amount is payable in advance.

3.3 Service credits under Schedule 3 are deducted from the next monthly invoice.

3.4 Fees include Chinese VAT at the applicable rate. Provider shall issue VAT invoices from its Changsha branch.

## 4. TRANSITION AND ACCEPTANCE

4.1 Provider shall complete the transition within 45 days after signature. Transition includes an inventory of all supported equipment, taking over open tickets from Customer's current provider, setting up remote monitoring of store servers and networks, and training store managers on the service desk procedures.

4.2 Transition acceptance criteria: (a) the equipment inventory for every site has been verified by a store visit and matches Customer's asset list; (b) monitoring alerts for every store server and network reach the service desk; (c) a test ticket for each severity level has been handled within the times in Schedule 3; (d) all open tickets taken over have been closed or have an agreed plan.

4.3 Customer shall sign the Transition Acceptance Certificate within 5 business days after the criteria are met or state in writing which criteria are not met. Provider's start of work is not acceptance.

4.4 If the Service Commencement Date does not occur within 45 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 900 for each day of delay.

4.5 Customer shall provide its asset list, the contact details of store managers and access to the ticket history of its current provider before transition starts.

## 5. SERVICE LEVELS

5.1 Provider shall meet the response and restoration times in Schedule 3 and report its performance monthly.

5.2 If Provider misses a service level, the service credits in Schedule 3 apply. Service credits do not limit Customer's other rights.

5.3 Provider's monthly service report shall show the number of tickets by priority, the service level results, the credits due and the ten most frequent faults.

## 6. CUSTOMER DATA

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Services and shall not sell it or use it for any other purpose.

6.2 On expiry or termination Provider shall return all Customer Data in its possession and delete its copies.

## 7. CONFIDENTIALITY

7.1 Each party shall keep confidential all non-public business and technical information received from the other party, use it only for this Agreement and not disclose it to third parties, except to its employees and subcontractors who need to know it and are bound by similar duties. This obligation continues for three years after this Agreement ends.

## 8. INTELLECTUAL PROPERTY

8.1 Provider keeps the rights in its own tools and service desk software.

8.2 The site equipment records, network diagrams, runbooks and configuration templates prepared for Customer under this Agreement belong to Customer. Customer may use, modify and hand them to any later provider.

8.3 Provider warrants that its tools and the documents it delivers do not infringe third-party rights and shall defend Customer against any such claim.

## 9. SUBCONTRACTING

9.1 Provider may engage local subcontractors for on-site field work in any city by giving Customer written notice at least 10 days before the subcontractor starts work. Provider remains responsible for the work of its subcontractors.

## 10. LIABILITY

10.1 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value.

10.2 Neither party is liable for loss of profit or indirect loss, except in case of wilful misconduct.

10.3 Provider shall maintain public liability insurance covering work in Customer's stores.

## 11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement ends at the end of the Initial Term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

11.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not cure it within 20 days after written notice, or if Provider misses the Priority 1 restoration time more than three times in any calendar quarter.

11.3 On expiry or termination Provider shall cooperate for up to 30 days in the transfer of the Services to Customer or a new provider at the rates in Schedule 4.

11.4 Neither party is liable for a delay caused by force majeure, provided it informs the other party promptly and resumes performance as soon as possible.

## 12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha.

12.3 Before starting arbitration the parties shall try to settle the dispute by negotiation between senior managers for 15 days.

## 13. GENERAL

13.1 Neither party may assign this Agreement without the other party's written consent.

13.2 Notices must be in writing and sent to the addresses above.

13.3 This Agreement is signed in English and Chinese; both versions have equal effect.

## SCHEDULE 1 — SERVICES

| Service | Description |
|---|---|
| Service desk | Ticket intake by phone, WeChat and portal; first-line fixes by remote session |
| Remote monitoring | Store servers, routers, switches and Wi-Fi access points, with alerts to the service desk |
| Field support | On-site repair and swap of POS terminals, self-checkout kiosks, scales, printers and network devices |
| Store moves and changes | Up to 40 moves, additions or changes per month at no extra charge |
| Monthly reporting | Tickets, service level results, recurring faults and equipment age report |
| Equipment lifecycle | Imaging and staging of replacement POS terminals before they are sent to stores |
| Vendor coordination | Logging and chasing hardware faults with manufacturers under their warranties |

## SCHEDULE 2 — SITES

| Area | Number of supermarkets | Distribution centre |
|---|---|---|
| Changsha | 28 | 1 |
| Zhuzhou and Xiangtan | 16 | 0 |
| Hengyang | 10 | 0 |
| Yueyang | 8 | 0 |
| Total | 62 | 1 |

## SCHEDULE 3 — SERVICE LEVELS AND CREDITS

| Priority | Definition | Response | Restoration | Credit per missed ticket |
|---|---|---|---|---|
| Priority 1 | All checkouts in a store down, or store server or network down | 30 minutes | 3 hours | CNY 2,000 |
| Priority 2 | Up to half of the checkouts in a store down | 1 hour | 8 hours | CNY 600 |
| Priority 3 | Single device fault with a workaround | 6 business hours | 2 business days | CNY 200 |
| Priority 4 | Requests and questions | 1 business day | 5 business days | none |

Total service credits in any month are limited to 20% of the monthly service fee.

## SCHEDULE 4 — FEES

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time | 42,000 |
| Monthly service fee | 24 months x CNY 58,000 | 1,392,000 |
| Total Contract Value | | 1,434,000 |
| Additional site | per site per month, if added | 880 |

**For Wasatch Frontline Support, Inc.:** ____________________ (name, title, date)

**For Hunan Xiangmei Supermarket Chain Co., Ltd.:** ____________________ (name, title, date)
"""

# ---------------------------------------------------------------- e05 (txt, Clause N, Oklahoma data API subscription)
H540E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. RED-API-2026-0415

Between:
Red Earth Data Services LLC, 110 West 7th Street, Tulsa, Oklahoma 74119, United States ("Provider"); and
Shandong Yuanfeng Feed Co., Ltd., Linyi, Shandong Province, People's Republic of China ("Customer").

Background
(A) Provider collects and publishes agricultural market and weather data, including daily cash prices for corn, soybeans, soybean meal and wheat at major delivery points, futures settlement prices, crop progress and condition reports, and weather observations and forecasts for growing regions in North and South America.
(B) Customer manufactures livestock and poultry feed and buys corn, soybean meal and feed additives on domestic and import markets. Customer wishes to feed Provider's data into its purchasing and pricing systems.
(D) Provider has delivered similar data feeds to grain traders and feed producers in the United States, Mexico and Asia.
(C) At Customer's request all fees are stated and payable in Chinese yuan (CNY).

Clause 1. Definitions
1.1 "API" means Provider's application programming interface through which the Data is delivered.
1.2 "Data" means the datasets listed in Schedule A as updated by Provider from time to time.
1.3 "Customer Data" means the information Customer sends to the API or uploads to Provider, including its query history, the list of delivery points and origins it tracks, its users' account details and any purchasing volumes it submits for custom reports.
1.4 "Subscription Year" means the period from the Production Access Date to the day before its first anniversary, and each later period from one anniversary to the day before the next.
1.5 "Production Access Date" means the date Customer signs the Production Access Certificate under Clause 4.
1.6 "Custom Deliverables" means the commodity code mapping, custom report templates and integration code Provider prepares specifically for Customer.

Clause 2. Subscription
2.1 Provider grants Customer, for the Subscription Term, a non-exclusive and non-transferable right to access the API and use the Data for Customer's internal purchasing, pricing and risk management, including in reports shared with Customer's subsidiaries and management.
2.2 Customer shall not resell the Data or publish it in raw form outside its group.
2.3 The Subscription Term is three Subscription Years from the Production Access Date. It ends automatically at the end of the third Subscription Year, and any further subscription requires a new written agreement.
2.4 Customer may designate up to ten named users for the web console and may replace a named user at any time.
2.5 Provider may add datasets, endpoints and fields during the Subscription Term. Provider shall not remove a dataset listed in Schedule A without offering an equivalent replacement.

Clause 3. Fees and Payment
3.1 The subscription fee is CNY 156,000 per Subscription Year, covering up to 2,000,000 API calls per month and ten named user accounts for the web console.
3.2 The onboarding fee is CNY 18,000, one-time, covering API key provisioning, an integration workshop, mapping of the Data to Customer's commodity codes and a historical backfill of ten years of prices for the delivery points Customer selects.
3.3 The total contract value is CNY 486,000, being three Subscription Years at CNY 156,000 and the onboarding fee.
3.4 The onboarding fee is payable within 30 days after the Production Access Date. The subscription fee is invoiced quarterly at the start of each quarter of a Subscription Year, in equal instalments of CNY 39,000, the first on the Production Access Date.
3.5 Calls above the monthly volume are charged at CNY 0.02 per call and invoiced monthly in arrears. They are not part of the total contract value.
3.6 Fees include Chinese VAT. Provider shall issue VAT invoices through its authorised distributor in China.
3.7 Customer may dispute an invoice in writing within 15 days after receipt; the undisputed part shall be paid on time.

Clause 4. Onboarding and Production Access
4.1 Provider shall provision production API keys and complete the integration workshop and backfill within 30 days after signature.
4.2 Production access tests: (a) every endpoint listed in Schedule A returns data for all delivery points Customer selected; (b) the historical backfill is complete for the agreed period, with no missing trading days other than exchange holidays; (c) daily cash prices are published by 08:00 China time on the following day for 10 consecutive business days; (d) the commodity code mapping has been checked by Customer's purchasing department.
4.3 Customer shall sign the Production Access Certificate within 5 business days after the tests are passed or list the failures in writing. Use of trial keys is not acceptance.
4.4 If Provider has not made production access available within 30 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 400 for each day of delay.
4.5 Customer shall provide a technical contact, its list of delivery points and origins, and its commodity code list before the integration workshop.
4.6 Provider shall provide sample code in Python and Java and API documentation in English.

Clause 5. Availability and Support
5.1 Provider will use commercially reasonable efforts to make the API available and to publish the Data on schedule. Provider does not commit to any availability level, response time or data delivery time after Production Access.
5.2 Support is available by email during Provider's business hours (Central Time). Provider will deal with support requests in the order received.
5.3 Provider may carry out maintenance at any time and will try to announce it on its status page.
5.4 Provider publishes a status page showing the current state of each endpoint and past incidents.

Clause 6. Data Quality
6.1 The Data is compiled from public and licensed sources. Provider will correct errors that Customer reports in reasonable time but does not warrant that the Data is complete or free of errors.
6.2 Customer is responsible for its own purchasing and pricing decisions.
6.3 If Provider discovers a material error in published prices, it will post a correction on the status page and in the API change log.
6.4 Provider will give at least 30 days' notice by email before changing the format of any endpoint.

Clause 7. Customer Data
7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API and the reports ordered by Customer and for no other purpose, and shall not share it with any third party or combine it with other customers' data.
7.2 On expiry Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

Clause 8. Data Security
8.1 Provider shall protect Customer Data with encryption in transit and at rest, multi-factor authentication for administrative access, access limited to named support staff and access logging kept for at least six months.
8.2 Purchasing volumes Customer submits for custom reports shall be stored in a separate, access-restricted environment and deleted after the report is delivered.
8.3 Provider shall notify Customer within 48 hours after becoming aware of any unauthorised access to Customer Data, shall take steps to contain it and shall compensate Customer for the losses caused by an incident attributable to Provider.

Clause 9. Intellectual Property
9.1 Provider owns the API and the Data.
9.2 The commodity code mapping, custom report templates and integration code Provider prepares specifically for Customer belong to Customer, which may use, modify and license them freely, including to other data providers.
9.3 Customer may keep and continue to use reports and analyses it has created with the Data during the Subscription Term, but may not extract the raw Data from them afterwards.

Clause 10. Subcontracting
10.1 Provider shall not subcontract the performance of this Agreement, other than to its cloud hosting provider named in Schedule B, without Customer's prior written consent.

Clause 11. Liability
11.1 Each party's total liability under this Agreement is limited to twice the total contract value, except for wilful misconduct and breach of Clause 8.
11.2 Neither party is liable for loss of profit or indirect loss.

Clause 12. Termination
12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
12.2 If Customer terminates under 12.1, Provider shall refund the subscription fees paid for the period after termination.
12.3 Provider may suspend access if an invoice remains unpaid for more than 45 days after a written reminder.
12.4 Neither party is liable for failure caused by events beyond its reasonable control, provided it notifies the other party promptly.

Clause 13. Governing Law and Disputes
13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

Clause 14. General
14.1 Notices must be in writing and sent to the addresses above. Amendments must be signed by both parties. This Agreement is made in English.
14.2 Neither party may assign this Agreement without the other party's written consent, except to a successor of its entire business.
14.3 This Agreement and its Schedules are the entire agreement of the parties on its subject matter.

Schedule A: Datasets and endpoints (cash prices, futures settlements, crop progress, weather observations, weather forecasts).
Schedule B: Cloud hosting provider (Amazon Web Services, Ningxia region, operated by NWCD).

Signed for Red Earth Data Services LLC: ____________________ Name, title, date
Signed for Shandong Yuanfeng Feed Co., Ltd.: ____________________ Name, title, date
"""

# ================================================================ targets
TEXT_FILES = {  # written directly
    "h540z03": ("h540z03_pet_hospital_emr_saas.txt", H540Z03),
    "h540z04": ("h540z04_expressway_toll_audit_om.txt", H540Z04),
    "h540z05": ("h540z05_chili_sauce_wms_supplier_template.md", H540Z05),
    "h540e02": ("h540e02_catering_saas_order_form_nevada.md", H540E02),
    "h540e04": ("h540e04_supermarket_managed_store_it_utah.md", H540E04),
    "h540e05": ("h540e05_feed_mill_market_data_api_oklahoma.txt", H540E05),
}
SOURCES = {"h540z01": H540Z01, "h540z02": H540Z02, "h540e01": H540E01, "h540e03": H540E03}
TARGETS = {"h540z01": ("h540z01_veterans_affairs_platform.pdf", "pdf"),
           "h540z02": ("h540z02_ceramics_kiln_control_retrofit.docx", "docx"),
           "h540e01": ("h540e01_textile_cmms_licence_oregon.pdf", "pdf"),
           "h540e03": ("h540e03_grain_depot_sensors_new_mexico.docx", "docx")}

# ================================================================ labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"


def terms(av, p1, rem, ip, ds, bod, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return dict(zip(KEYS, [av, p1, rem, ip, ds, bod, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind]))


# key: (language, category, terms, extra, design facts for my rule reading, design list of rules)
LABELS = {
    "h540z01": ("zh", "software",
                terms(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True,
                      False, "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1620000),
                dict(fee_base=860000, forum_outside_mainland=False), []),
    "h540z02": ("zh", "hardware",
                terms(None, 0.5, True, "buyer", True, True, True, 0.02, None, 20, True, True, 24, 8, False, True,
                      True, "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1165000),
                dict(fee_base=1007000, forum_outside_mainland=False), ["CR-LD-LOW", "CR-SUBCONTRACT"]),
    "h540z03": ("zh", "cloud",
                terms(99.5, 0.5, True, "buyer", True, False, True, 0.08, 200, None, True, None, None, None, True, True,
                      False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=806000),
                dict(forum_outside_mainland=False), ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h540z04": ("zh", "services",
                terms(99.95, 0.25, True, "buyer", True, True, True, 0.1, 50, None, True, None, None, None, False, False,
                      False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1068000),
                dict(forum_outside_mainland=False), ["CR-LIABILITY-CAP", "CR-TERMINATION"]),
    "h540z05": ("zh", "software",
                terms(None, 8, False, "supplier", True, False, True, None, None, 50, False, False, 6, 25, False, True,
                      None, None, G),
                dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                     contract_value=1240000),
                dict(fee_base=880000, forum_outside_mainland=False),
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h540e01": ("en", "software",
                terms(None, 1, True, "buyer", True, True, True, 1000 / 1394000 * 100, 150, 10, True, True, 18, 13, False,
                      True, False, "Oregon", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1394000),
                dict(fee_base=966000, forum_outside_mainland=True), ["CR-GOVERNING-LAW"]),
    "h540e02": ("en", "cloud",
                terms(99.95, 1, False, "buyer", True, True, True, 500 / 830000 * 100, 6 / 36 * 100, None, True, None,
                      None, None, False, True, False, "Nevada", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=830000),
                dict(forum_outside_mainland=True), ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"]),
    "h540e03": ("en", "hardware",
                terms(None, 0.5, True, "buyer", True, True, True, 0.08, 200, None, True, True, 36, 7.5, False, True,
                      False, "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1730000),
                dict(fee_base=1473600, forum_outside_mainland=False), []),
    "h540e04": ("en", "services",
                terms(None, 0.5, True, "buyer", False, True, True, 900 / 1434000 * 100, 150, None, True, None, None,
                      None, False, True, True, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1434000),
                dict(forum_outside_mainland=False), ["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
    "h540e05": ("en", "cloud",
                terms(None, None, False, "buyer", True, True, False, 400 / 486000 * 100, 200, None, True, None, None,
                      None, False, True, False, "PRC", S),
                dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=486000),
                dict(forum_outside_mainland=False), ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
FILE_OF = {k: v[0] for k, v in TEXT_FILES.items()} | {k: v[0] for k, v in TARGETS.items()}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco(t, x, facts, horizon=5):
    """policy section 4: TCO = contract value + post-warranty fee for every year after the warranty (pro rata)."""
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    fee = facts["fee_base"] * t["post_warranty_fee_pct"] / 100
    years_after = max(0.0, horizon - t["warranty_months"] / 12)
    service = fee * years_after
    total = x["contract_value"] + service
    return total, service, service / total * 100


def my_rules(t, x, facts):
    """My own reading of policy.md section 3 (not project code)."""
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
    if (not t["acceptance_clause"]) or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(t, x, facts)
        if c is not None and c[2] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or facts["forum_outside_mainland"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# ================================================================ threshold scan
NUMZH = "一二三四五六七八九十百千零两"
PATTERNS = [
    ("availability 99.9", r"(?<![\d.])99\.9(?!\d)"),
    ("P1 4 hours", r"(?<![\d.])4\s*(?:-\s*)?(?:个\s*)?(?:小时|(?:business|working|clock)?\s*hours?\b|hrs?\b|h\b)"),
    ("P1 4 hours", r"(?<![" + NUMZH + r"])四\s*个?\s*(?:工作)?小时"),
    ("P1 4 hours", r"(?i)four[\s\-]*(?:\(4\)[\s\-]*)?(?:(?:business|working|clock)[\s\-]*)?hours?"),
    ("P1 4 hours", r"(?i)(?<![\d.])240\s*(?:分钟|min)"),
    ("LD 0.05", r"(?<![\d.])0\.05(?!\d)"),
    ("LD 0.05", r"万分之五(?![十百千0-9])"),
    ("cap 100", r"(?i)(?<![\d.,])100\s*(?:%|％|per\s*cent|percent)"),
    ("cap 100", r"百分之(?:百|一百)(?![零一二三四五六七八九十])"),
    ("cap 100", r"(?i)one\s*hundred\s*(?:per\s*cent|percent)"),
    ("prepay 30", r"(?i)(?<![\d.,])30\s*(?:%|％|per\s*cent|percent)"),
    ("prepay 30", r"百分之三十(?![一二三四五六七八九])"),
    ("prepay 30", r"三成"),
    ("prepay 30", r"(?i)thirty\s*(?:per\s*cent|percent)"),
    ("warranty 12", r"(?i)(?<![\d.])12\s*(?:个\s*月|[\s\-]*(?:calendar\s*)?months?)"),
    ("warranty 12", r"十二\s*个\s*月"),
    ("warranty 12", r"(?<![" + NUMZH + r"])一\s*年"),
    ("warranty 12", r"(?i)twelve[\s\-]*(?:\(12\)[\s\-]*)?(?:calendar[\s\-]*)?months?"),
    ("warranty 12", r"(?i)(?<![a-z])one[\s\-]*(?:\(1\)[\s\-]*)?years?(?![a-z])"),
    ("warranty 12", r"(?i)(?<![\d.,])1[\s\-]*years?(?![a-z])"),
    ("fee 15", r"(?i)(?<![\d.,])15\s*(?:%|％|per\s*cent|percent)"),
    ("fee 15", r"百分之十五(?![一二三四五六七八九])"),
    ("fee 15", r"(?i)fifteen\s*(?:per\s*cent|percent)"),
    ("TCO 40", r"(?i)(?<![\d.,])40\s*(?:%|％|per\s*cent|percent)"),
    ("TCO 40", r"百分之四十(?![一二三四五六七八九])"),
    ("TCO 40", r"四成"),
    ("TCO 40", r"(?i)forty\s*(?:per\s*cent|percent)"),
    ("horizon 5 years", r"(?i)(?<![\d.,])5\s*(?:年|[\s\-]*years?(?![a-z]))"),
    ("horizon 5 years", r"(?<![" + NUMZH + r"])五\s*年"),
    ("horizon 5 years", r"(?i)five[\s\-]*(?:\(5\)[\s\-]*)?years?"),
    ("horizon 5 years", r"(?i)(?<![\d.,])60\s*(?:个\s*月|[\s\-]*months?)"),
    ("horizon 5 years", r"六十\s*个\s*月"),
    ("horizon 5 years", r"(?i)sixty[\s\-]*months?"),
]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "4-hour", "4 business hours",
            "four hours", "240分钟", "240 minutes", "0.05%", "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十",
            "三成", "thirty per cent", "12个月", "12 months", "十二个月", "twelve months", "一年", "one year",
            "one (1) year", "15%", "fifteen percent", "40%", "百分之四十", "四成", "5年", "五年", "5 years", "five years",
            "60 months", "六十个月"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年",
             "万分之五十", "服务年度", "Subscription Year", "0.055%", "130%", "140%", "1,400", "2026年5月1日",
             "十五年", "25%", "45%", "someone years", "CNY 30,000", "fourteen hours", "120 months"]


def hits(text):
    return [(name, m.group(0)) for name, pat in PATTERNS for m in re.finditer(pat, text)]


def self_test():
    for s in MUST_HIT:
        assert hits(s), "must hit: " + s
        assert hits(re.sub(r"\s+", "", s)), "must hit (no whitespace): " + s
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def scan(label, text):
    found = []
    for form, t in (("raw", text), ("collapsed", re.sub(r"\s+", " ", text)), ("no-ws", re.sub(r"\s+", "", text))):
        found += [(label, form, h) for h in hits(t)]
    return found


# ================================================================ read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            parts += ["\t".join(c.text for c in row.cells) for row in tb.rows]
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(lang, text):
    if lang == "zh":
        return len(text), len(re.sub(r"\s+", "", text))
    return len(text.split()), None


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for key, (name, text) in TEXT_FILES.items():
        (OUT / name).write_text(text.strip() + "\n", encoding="utf-8")
        print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)

    # labels, rules, coverage
    covered = set()
    problems = []
    for key, (lang, cat, t, x, facts, design) in LABELS.items():
        rules = my_rules(t, x, facts)
        assert rules == sorted(design), (key, rules, design)
        covered |= set(rules)
        for k, v in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                     ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                     ("post_warranty_fee_pct", 15)):
            if t[k] is not None and abs(t[k] - v) < 1e-9:
                problems.append((key, k, "on threshold"))
        c = tco(t, x, facts) if t["contract_kind"] == G else None
        if c is not None and abs(c[2] - 40) <= 2:
            problems.append((key, "tco share within 2 points of 40"))
        if t["contract_kind"] == S:
            assert "post_warranty_fee_capped" not in x and t["warranty_months"] is None
        label = {"file": FILE_OF[key], "language": lang, "category": cat, "expected_terms": t,
                 "expected_extra": x, "expected_rules": rules}
        stem = FILE_OF[key].rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        tco_s = "" if c is None else " TCO %.0f service %.0f share %.2f%%" % c
        print("%s rules=%s risk=%s%s" % (key, rules or "(none)", risk(rules), tco_s))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    design = {k: LABELS[k][5] for k in LABELS}
    assert sum(1 for k, d in design.items() if not d and LABELS[k][0] == "zh") == 1
    assert sum(1 for k, d in design.items() if not d and LABELS[k][0] == "en") == 1
    assert sum(1 for d in design.values() if d == ["CR-GOVERNING-LAW"]) == 1
    assert len(design["h540z05"]) >= 8
    assert sum(1 for k, d in design.items() if k != "h540z05" and 2 <= len(d) <= 3) == 6

    # lengths and threshold scan
    for key, name in FILE_OF.items():
        lang = LABELS[key][0]
        text = read_back(OUT / name)
        n, n_nows = measure(lang, text)
        ok = (2750 <= n <= 3000) if lang == "zh" else (1450 <= n <= 1650)  # zh: characters of the read-back text
        print("%-55s %s %s%s" % (name, lang, n, "" if n_nows is None else " (no-ws %d)" % n_nows),
              "" if ok else "  <-- OUT OF RANGE")
        if not ok:
            problems.append((name, "length", n, n_nows))
        problems += scan(name + " (built)", text)
    for key, text in list(SOURCES.items()) + [(k, v[1]) for k, v in TEXT_FILES.items()]:
        problems += scan(key + " (source)", text)
    for p in problems:
        print("PROBLEM", p)
    assert not problems, len(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
