"""holdout731 — ten blind held-out DRAFT CONTRACTS (5 zh, 5 en) with their expected labels.

Run from this folder:  /work/main/.venv/bin/python -B make_files.py
Builds every contract from its source below (.txt/.md written as is; .docx/.pdf through ../word_pdf.py), writes
the .json labels, and asserts: price sums, text lengths as read back, the rules each label implies (my reading of
policy §3) against the design list, coverage of all 20 CR rules, no label value on a policy threshold, no threshold
figure in any built text (regex self-tested), TCO shares away from the TCO threshold.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent


# ============ Chinese sources ============
Z01 = """T:白蚁防治监测管理平台采购合同
P:合同编号：BYF-ZC-2025-017　采购方式：公开招标（政府采购）
P:甲方（采购人）：临江市白蚁防治所　乙方（供应商）：江城蚁安信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，甲乙双方就白蚁防治监测管理平台的软件许可、定制开发及实施事宜，经协商一致，订立本合同。本合同采用甲方合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供白蚁防治监测管理平台软件许可（永久许可，不限用户数），并完成定制开发、部署实施和培训。
P:1.2 定制开发内容包括：白蚁监测点电子台账、诱杀装置巡查移动端、房屋建筑白蚁预防工程登记与档案管理、蚁情预警模型配置，以及与市住建局工程审批系统、市政务数据共享平台的接口。
P:1.3 项目地点为甲方指定机房及全市二十六个监测片区。
P:1.4 乙方负责将甲方二〇一五年以来的纸质监测台账及电子表格数据清洗、迁移至平台，迁移前后数据须逐条比对，形成比对报告。
P:1.5 甲方负责提供机房环境、服务器及网络条件，协调外部系统的接口权限，并指定项目联系人配合需求确认。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾陆万元整（¥1,560,000），其中：平台软件许可费¥860,000，定制开发费¥540,000，部署实施费¥126,000，培训费¥34,000。
P:2.2 合同总价为固定价格，已包含税费、差旅、第三方组件及质保期内的全部服务费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台部署完成并通过初验后15个工作日内，甲方支付合同总价的45%。
P:3.3 项目通过最终验收后15个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后90日内完成部署及定制开发并提请初验，初验通过后进入60日试运行，试运行结束后提请最终验收。
P:4.2 乙方应提交详细实施计划，按周报告进度，重大问题应在两个工作日内书面报告甲方。
P:4.5 乙方应交付安装介质、许可证书、定制部分的全部源代码、数据库设计说明、接口文档、操作手册及运维手册。
P:4.3 乙方应指定一名具有五年以上同类项目经验的项目经理常驻甲方现场，未经甲方同意不得更换；实施人员应遵守甲方的安全管理制度。
P:4.4 乙方应为甲方业务人员和系统管理员各组织不少于两轮培训，提供培训教材，并保证系统管理员能够独立完成日常配置、备份与账号管理。
H:第五条 验收
P:5.1 初验标准：需求规格说明书所列功能逐项测试通过；移动端在无网络环境下可离线保存巡查记录并在联网后自动补传；三百个并发用户下常用查询响应时间不超过3秒；与两个外部系统接口联调通过。
P:5.2 最终验收标准：试运行期间未发生一级故障；历史纸质台账数字化数据经甲方抽检无差错；通过第三方软件测评机构的功能与安全测试，高危漏洞全部整改；文档齐全。
P:5.3 初验或最终验收未通过的，乙方应在十五日内整改并重新提请验收，由此增加的费用由乙方承担，工期不予顺延。
P:5.4 验收由甲方组织，可邀请专家参加，并出具书面验收报告。平台上线或甲方使用，均不视为验收合格。
H:第六条 质保与维护
P:6.1 免费质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，甲方如需续购维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥77,400），该价格在质保期满后的三年内不作上调。维护服务另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划维护除外，计划维护须提前三个工作日通知甲方）。
P:7.2 一级故障（平台整体不可用或预警功能失效）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，次日内解决。
P:7.3 乙方响应或恢复超时的，每超时1小时向甲方支付¥800；月度可用率每低于承诺值0.01个百分点，扣减¥1,000，从应付款或履约保证金中扣除。
P:7.4 质保期内乙方每季度进行一次现场巡检，提交巡检报告，内容包括系统运行状况、安全补丁、备份恢复演练结果及优化建议。
H:第八条 数据安全
P:8.1 平台中的监测数据、巡查照片、工程档案及用户信息均属于甲方所有，乙方不得用于本合同以外的任何目的，不得留存、复制或向第三方提供。
P:8.2 乙方应按网络安全等级保护二级要求实施部署，采取访问控制、加密传输、日志审计等措施；远程运维须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对履约中知悉的甲方工作秘密、技术资料及个人信息负有保密义务，未经甲方书面同意不得披露，本条在合同终止后继续有效五年。
H:第十条 知识产权
P:10.1 平台标准产品的知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。
P:10.2 定制开发成果（含源代码、接口程序、模型配置及文档）的知识产权归甲方所有，甲方可自行修改、使用或委托第三方维护。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提请验收的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付成果不符合约定、经两次整改仍不合格的，甲方有权解除合同，乙方退还已收款项并赔偿损失。
P:11.3 乙方提交履约保函的金额为合同总价的5%，有效期至最终验收后三十日；乙方应支付的违约金、扣款可从保函中兑付。
P:11.4 甲方无正当理由逾期付款的，按逾期金额的万分之二每日向乙方支付逾期付款违约金。
H:第十二条 分包
P:本项目不允许分包或转包。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同。
P:13.2 合同解除后，乙方应在十日内移交已完成的定制成果、源代码及全部甲方数据，并配合甲方完成系统交接。
P:13.3 因甲方原因导致项目无法继续实施的，双方按实际完成工作量结算。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:因地震、洪水、疫情等不可抗力致使合同不能履行的，受影响方应在五日内书面通知对方并提供证明，双方协商延期履行或解除合同，均不承担违约责任。
H:第十六条 廉洁条款
P:乙方不得向甲方工作人员提供回扣、礼金或其他不正当利益；违反的，甲方有权解除合同，并将相关情况报告财政部门。
H:第十七条 其他
P:17.1 双方的通知以书面形式送达本合同首部所列地址，或经双方确认的电子邮箱，送达之日视为收到。
P:17.2 本合同未尽事宜，按政府采购相关规定及招标文件执行，双方也可签订补充协议。
P:17.3 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：　　　　乙方（盖章）：
P:签订日期：　　年　　月　　日
"""
Z02 = """T:冲压抛光生产线控制系统改造及维保合同
P:合同编号：TS-JG-2025-042
P:甲方：阳江市顺和汤勺厂　乙方：粤西智控自动化工程有限公司
P:甲方拟对现有不锈钢汤勺冲压、抛光生产线的电气控制系统进行改造，乙方按本合同提供设备、软件及改造服务，并提供质保期满后的维保服务。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 改造对象为甲方二号车间冲压线三条、抛光线三条，包括控制柜更换、伺服系统升级、视觉检测加装、抛光机器人控制器改造及产线监控软件部署。
P:1.2 乙方应在不影响甲方一号车间正常生产的前提下分线停产施工，每条线停产时间不超过五日。
P:1.3 乙方负责编写并交付全部PLC程序、机器人轨迹程序、视觉检测配方及产线监控软件的定制报表。
P:1.4 乙方负责拆除旧控制柜及线缆，按甲方要求分类堆放，拆除的旧设备归甲方所有。
P:1.5 改造后各产线应保留手动操作模式，操作界面采用中文，报警信息应显示故障位置及处理提示，并与甲方现有的能耗计量系统保持数据对接。
P:1.6 甲方负责提供施工用电、压缩空气、吊装条件及产线停产窗口，并指定设备部门负责人作为项目联系人。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰肆拾玖万元整（¥1,490,000），明细见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含触摸屏）|6套|68,000|408,000
TB:2|伺服驱动及电机|12套|21,500|258,000
TB:3|视觉检测单元|4套|46,000|184,000
TB:4|抛光机器人控制器改造|3套|52,000|156,000
TB:5|产线监控软件许可（永久）|1套|214,000|214,000
TB:|软硬件小计|||1,220,000
TB:6|安装调试及拆旧|1项|158,000|158,000
TB:7|定制程序开发|1项|96,000|96,000
TB:8|培训|1项|16,000|16,000
TB:|合同总价|||1,490,000
P:2.2 伺服驱动、视觉检测单元及控制器的品牌、型号和技术参数以附件一《设备技术规格表》为准，乙方不得擅自替换；确需替换的，应取得甲方书面同意，且替换产品性能不得低于原约定。
P:2.3 上述价格含税、运输、保险、安装及质保期内全部服务费用。
H:第三条 付款
P:3.1 合同签订后10个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并安装完毕后，甲方支付合同总价的55%；到货安装不视为验收。
P:3.3 改造项目最终验收合格后15个工作日内，甲方支付合同总价的35%。
H:第四条 工期
P:4.1 乙方应在合同签订后75日内完成全部六条产线的改造并提请验收。
P:4.2 乙方应在开工前提交施工方案、停产计划及安全措施，经甲方设备部门和安全部门书面确认后方可施工；施工期间应遵守甲方车间的安全生产、防火及文明施工制度。
P:4.3 因乙方原因导致单条产线停产超过约定天数的，超出部分按第八条处理；因甲方未按时提供停产窗口导致工期延误的，工期相应顺延。
H:第五条 验收
P:5.1 每条产线改造完成后连续试生产72小时，冲压节拍不低于每分钟42件，抛光线良品率不低于改造前三个月平均水平，视觉检测漏检率不高于0.5%。
P:5.2 急停、光栅、双手按钮等安全联锁功能逐项测试有效；产线监控软件正确采集产量、停机时间及故障代码，与人工记录核对一致。
P:5.3 某条产线验收不合格的，乙方应在七日内整改并重新试生产，整改期间甲方可恢复使用原有设备生产，乙方应予配合。
P:5.4 全部产线达到上述标准并经甲方生产、设备、质量部门会签后，甲方出具最终验收证书。设备投入生产使用不视为验收合格。
H:第六条 质保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现的非人为故障，乙方免费维修或更换。
P:6.2 质保期内乙方每季度上门巡检一次，检查电气元件、伺服参数及视觉系统标定，形成巡检报告交甲方设备部门。
P:6.3 质保期内，一级故障（整条产线停机）乙方应在1小时内响应，6小时内到场，二级故障8小时内响应；每超时1小时乙方向甲方支付¥500。
H:第七条 质保期满后的维保
P:7.1 质保期满后，乙方按年提供维保服务，年度维保费按软硬件小计的28%计取，即每年¥341,600，该费用在质保期满后五年内固定不变。
P:7.2 维保服务内容包括每季度预防性保养一次、备件更换、软件升级及故障维修，服务水平与第6.3条相同。维保合同按年签订，不自动续期。
P:7.3 乙方应保证备件供应期不少于八年，停产备件应提前六个月通知甲方并提供替代方案。
H:第八条 违约责任
P:8.1 乙方逾期完成改造的，每逾期一日按合同总价的万分之八支付违约金。
P:8.2 乙方的违约金总额以合同总价的10%为限；违约金不足以弥补甲方损失的，乙方还应赔偿差额。
P:8.3 因乙方施工导致甲方设备损坏或停产超出约定时间的，乙方应赔偿甲方的直接损失。
P:8.4 乙方提供的设备或软件侵犯第三方知识产权的，由乙方负责处理并承担全部费用，甲方因此遭受的损失由乙方赔偿。
H:第九条 知识产权
P:乙方为本项目编写的PLC程序、机器人轨迹程序、视觉配方及定制报表的知识产权归甲方所有，乙方应交付源程序并不得加密锁定；产线监控软件标准产品的知识产权归乙方，甲方享有永久使用权。
H:第十条 数据安全与保密
P:10.1 产线生产数据、工艺参数及产品图纸属于甲方所有，乙方仅可为履行本合同使用，不得复制、外传。
P:10.2 乙方远程维护须经甲方设备部门逐次授权，通过甲方指定的远程接入方式进行并留存日志；发生数据泄露或病毒感染的，乙方应在2小时内通知甲方，因乙方原因造成的损失由乙方承担。
P:10.3 双方对在合同履行中知悉的对方商业秘密负有保密义务，保密期限至合同终止后三年。
H:第十一条 分包
P:乙方不得转包本项目；如需将电缆敷设等辅助工作分包，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
P:11.2 乙方派往甲方现场的人员应持有相应的电工、焊工等特种作业证书，乙方对其人员的人身安全负责。
H:第十二条 解除
P:12.1 乙方严重违约，经甲方书面通知后10日内未纠正的，甲方有权解除合同并要求赔偿。
P:12.2 乙方逾期超过三十日，或施工中发生重大安全事故的，甲方亦有权解除合同。
P:12.3 改造后产线经两次整改仍达不到第五条验收标准的，甲方有权解除合同，乙方应拆除所供设备、恢复原有控制系统并退还已收款项。
H:第十三条 争议
P:本合同适用中华人民共和国法律。争议提交阳江仲裁委员会仲裁。
H:第十四条 培训与文档
P:14.1 乙方应对甲方设备维修人员进行不少于五天的现场培训，内容包括PLC程序结构、伺服参数调整、视觉配方维护、机器人示教及常见故障处理，培训后甲方人员应能独立完成日常维护。
P:14.2 培训应在产线验收前完成，并由甲方组织考核；考核不合格的人员，乙方应免费再次培训。
P:14.3 乙方应交付电气原理图、接线图、程序注释清单、备件清单及操作维护手册各一套（纸质及电子版）。
H:第十五条 不可抗力
P:因不可抗力导致合同不能按期履行的，受影响方应及时书面通知对方并提供证明，双方协商顺延或解除，均不承担违约责任。
H:第十六条 其他
P:本合同一式四份，双方各执两份，自双方签章之日起生效。
P:甲方（盖章）：　　　　乙方（盖章）：
"""
Z03 = """营地预订及会员管理SaaS服务合同

合同编号：YL-SaaS-2025-009
甲方：山野里连锁露营管理有限公司
乙方：云帐篷科技（成都）有限公司

甲方在川、渝、滇三地经营三十五家露营营地，拟采用乙方的营地预订及会员管理SaaS服务，并由乙方完成实施上线。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方三十五家营地开通营地预订及会员管理SaaS服务，包括在线预订、营位库存、会员积分与储值、装备租赁、核销及经营报表模块。
2. 服务以乙方云平台方式提供，甲方通过浏览器、微信小程序及门店终端使用，账号数量不限。
（二）实施服务
1. 乙方负责系统配置、三十五家营地的营位数据录入、历史会员数据迁移、小程序上线、与甲方财务系统及支付渠道的接口对接。
2. 乙方对各门店店长及前台人员进行培训，每家营地不少于一次现场或远程培训。
3. 服务期内乙方免费提供标准功能的版本更新；甲方新增营地或调整营位时，乙方在三个工作日内完成配置。

（三）项目组织
1. 乙方应指定项目经理一名，负责实施期间的计划、沟通和质量控制，未经甲方同意不得更换。
2. 甲方指定运营部负责人作为项目联系人，负责需求确认、门店协调及验收组织。
3. 实施期间双方每周召开一次项目例会，形成会议纪要，作为双方确认事项的依据。

二、服务期限
（一）服务期为两个服务年度。首个服务年度自系统上线验收合格之日起算，至次年同日的前一日止；第二个服务年度紧接其后。
（二）服务期届满前三十日内任何一方未书面提出异议的，本合同自动续期一个服务年度，续期次数不限；续期时乙方有权按其届时公布的标准价格调整订阅费，甲方应按调整后的价格支付。

三、费用及支付
（一）费用构成
1. 订阅费：每家营地每个服务年度¥9,600，三十五家营地每个服务年度合计¥336,000，两个服务年度合计¥672,000。
2. 实施费（一次性）：¥118,000。
3. 合同总价：¥790,000。
4. 合同总价为两个服务年度的全部费用，服务期内订阅费不作调整。新增营地按每家每个服务年度¥9,600计费，按剩余服务天数折算。
（二）支付方式
1. 实施费在系统上线验收合格后15个工作日内一次性支付。
2. 订阅费按季度支付，每个服务季度结束后10个工作日内甲方支付该季度订阅费¥84,000。
3. 乙方应在每次付款前开具增值税专用发票。

四、上线验收
（一）乙方应在合同签订后45日内完成实施并提请上线验收。
（二）验收标准：1. 三十五家营地营位、价格、库存配置正确；2. 历史会员、积分及储值余额迁移后逐户核对无差异；3. 小程序在三百人同时预订时下单响应不超过2秒；4. 支付、退款及财务对账接口连续七日无差错。
（三）验收前乙方应提交系统配置清单、数据迁移核对报告、接口测试报告及门店培训记录。
（四）甲方在收到验收申请后十个工作日内组织验收并出具书面意见；未通过的，乙方整改后重新提请。门店开始使用系统不视为验收合格。

五、服务水平
（一）乙方承诺SaaS服务月度可用率不低于99.5%，计划维护应安排在凌晨一点至五点并提前两日通知。
（二）故障分级及响应：1. 一级故障（全部门店无法预订或支付）30分钟内响应，3小时内恢复；2. 二级故障（单店或单一功能不可用）1小时内响应，8小时内恢复；3. 一般问题次一工作日内答复。
（三）服务补偿：月度可用率低于承诺值的，每低0.1个百分点，乙方按当季订阅费的2%向甲方提供服务抵扣，单季抵扣上限为当季订阅费的20%；一级故障响应超时的，每次扣减¥1,000。

（四）服务报告
乙方应在每月五日前向甲方提交上月服务报告，内容包括可用率统计、故障清单及处理情况、版本更新说明和容量使用情况；旺季（五一、国庆及暑期）前应提交保障方案并安排专人值守。

六、数据
（一）甲方会员信息、订单、储值及经营数据均属于甲方所有，乙方仅为提供本合同服务而处理，不得用于任何其他目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的数据中心，会员手机号、身份证号等个人信息应加密存储并在页面中脱敏显示，采取加密存储、分级授权、操作审计和每日备份措施，并取得网络安全等级保护三级备案。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式导出并交付全部数据，随后彻底删除并出具删除证明。

（五）乙方使用的云服务商及数据中心应事先告知甲方；乙方变更数据存储地点的，应提前三十日书面通知并取得甲方同意。甲方有权每年对乙方的数据安全措施进行一次检查或委托第三方审计，乙方应予配合。

七、保密
双方对因本合同知悉的对方商业秘密、会员信息及技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后持续三年。

（五）甲方有权随时通过系统后台自行导出会员及订单数据，乙方不得设置导出次数或格式限制，也不得因费用争议停止甲方访问其数据。

八、知识产权
（一）SaaS平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、报表模板、接口程序及相关文档的知识产权归甲方所有，甲方可自行修改或交由第三方使用。

九、违约责任
（一）乙方未能在约定期限内完成上线验收的，每逾期一日向甲方支付¥600违约金。
（二）乙方交付内容经两次验收仍不合格的，甲方有权解除合同，乙方退还已收全部款项。
（三）乙方违反数据或保密义务的，除赔偿损失外，甲方有权解除合同。

（四）乙方因本合同对甲方承担的赔偿责任不设上限；但因甲方原因或不可抗力造成的损失，乙方不承担责任。

十、分包
乙方不得将本合同项下服务转包；任何分包均须事先取得甲方书面同意，经同意的分包方应遵守本合同关于数据和保密的约定，乙方对其行为承担连带责任。

十一、合同解除
（一）任何一方严重违约，经对方书面催告后十五日内仍未改正的，守约方有权书面通知解除本合同。
（二）合同解除的，甲方按实际服务期支付订阅费，乙方退还已付未用部分，并按第六条第（四）项交付数据；解除前已完成的定制成果一并移交甲方。

（三）乙方破产、停止经营或连续三次一级故障恢复超时的，甲方有权立即解除合同，乙方应协助甲方迁移数据至其他平台。

十二、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，提交成都仲裁委员会仲裁。

十三、不可抗力
因地震、洪水、疫情防控措施等不可抗力导致服务中断的，受影响方应及时通知对方并采取措施减少损失，相应免除责任；不可抗力持续超过三十日的，双方可协商解除合同。

十四、通知
双方通知以书面形式送达本合同所列地址或双方确认的电子邮箱，邮件发送成功即视为送达。任何一方变更联系方式的，应提前五日通知对方。

十五、其他
（一）本合同未尽事宜，双方可另行签订补充协议。
（二）本合同附件包括：服务功能清单、门店清单、实施计划。
（三）本合同一式两份，双方各执一份，自双方签章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：
日期：　　年　　月　　日
"""
Z04 = """人类精子库样本管理系统年度运维服务合同

项目编号：JZK-CS-2025-06（竞争性磋商）
甲方（采购人）：湘中省人类精子库
乙方（供应商）：长沙精信医疗信息技术有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方样本管理系统年度运维服务，订立本合同。

第一条 服务范围
（一）运维对象（详见附件一设备及软件清单）：甲方样本管理系统（含供精者档案、精液采集与检验、冷冻入库、液氮罐位管理、外供发放及追溯模块）、数据库服务器两台、应用服务器两台、条码打印及扫码设备三十二台、液氮罐温度与液位监测终端四十台。
（二）服务内容：日常巡检、故障处理、数据库维护与备份、安全补丁更新、小版本升级、用户权限管理、报表调整、年度应急演练及驻场支持。其中，数据库每日增量备份、每周全量备份，备份数据异地保存一份；液氮罐温度及液位报警规则的调整须经甲方实验室负责人书面确认后实施，并做好变更记录。
（三）乙方应派驻一名运维工程师在甲方工作日驻场，并安排二线技术人员远程支持。

（四）乙方驻场工程师应具备三年以上医疗信息系统运维经验，并熟悉液氮罐监测设备；人员名单须经甲方确认，未经甲方同意不得更换。

第二条 服务期限
服务期自二〇二五年七月一日起至二〇二六年六月三十日止。期满后如需继续，双方另行签订合同，本合同不自动续期。

（五）甲方应为乙方驻场人员提供必要的办公条件和网络接入，按时支付服务费，并指定信息科负责人作为联系人，协调临床、实验室及设备科配合运维工作。

第三条 服务费用及支付
（一）服务费总额为人民币叁拾捌万陆仟元整（¥386,000），包含人工、差旅、工具、备件（单价¥2,000以下）及税费。
（二）服务费按季度支付：每个服务季度结束且季度考核完成后15个工作日内，甲方支付¥96,500。
（三）单价¥2,000以上的备件由乙方报价，经甲方书面确认后另行结算。

第四条 服务水平
（一）样本管理系统核心业务月度可用率不低于99.95%。
（二）故障分级：一级故障指系统整体不可用、液氮罐监测报警失效或样本追溯数据无法查询；二级故障指单一模块不可用；三级故障指一般使用问题。
（三）响应时限（自甲方通过电话、工单系统或运维群报告之时起算）：一级故障30分钟内响应，2小时内到场，6小时内恢复；二级故障1小时内响应，当日恢复；三级故障次一工作日内解决。
（四）考核扣款：一级故障响应或恢复超时，每超时1小时扣减服务费¥400；月度可用率每低于承诺值0.01个百分点扣减¥500；扣款从当季服务费中扣除。

（五）重大节假日及甲方年度检查期间，乙方应提前制定保障方案，安排专人值守，并在保障期结束后提交总结报告。
（六）乙方应每月提交运维月报，内容包括系统运行状况、故障统计、备份执行情况、安全补丁更新及优化建议；每季度进行一次备份恢复演练并形成记录。

第五条 考核与验收
（一）甲方按季度对乙方进行考核，考核内容包括巡检记录完整性、故障处理时效、备份恢复演练结果和用户满意度，考核得分低于八十分的，当季服务费扣减5%。
（二）服务期满前，乙方提交年度运维报告、巡检记录、变更记录、备份演练记录及文档更新清单，甲方据此进行年度验收，出具书面验收意见。

（三）年度验收不合格的，乙方应在二十日内整改并重新提请验收；整改期间发生的费用由乙方承担。

第六条 数据安全
（一）系统内供精者身份信息、检验结果、样本信息及外供记录均属于甲方所有，乙方仅为履行运维服务接触，不得复制、留存、导出或用于任何其他目的。
（二）乙方人员须通过甲方背景审查，签署个人保密承诺书，运维操作须通过甲方堡垒机进行并全程审计；禁止使用未经甲方登记的移动存储介质。
（三）乙方应严格执行《人类精子库技术规范》和个人信息保护相关法规。发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任，包括监管部门处罚及第三方索赔。

（四）服务期满或合同终止时，乙方应将其接触过的甲方数据全部删除，并出具书面删除承诺；乙方人员离岗时应当日注销其全部系统账号。

第七条 保密
乙方对在服务中知悉的供精者信息、受者信息、甲方管理制度和技术资料负有保密义务，未经甲方书面同意不得披露。保密义务不因合同终止而解除。

第八条 变更管理
（一）涉及数据库结构、接口、报警规则或权限配置的变更，乙方应提前提交变更申请，说明变更内容、影响范围及回退方案，经甲方信息科审批后在非采精时段实施。
（二）紧急变更可先行处理，但应在处理完毕后次一工作日内补办审批手续并提交书面说明，说明内容包括故障原因、处理过程及后续防范措施。

第九条 知识产权
乙方在服务期间编写的运维脚本、报表、巡检模板及技术文档的知识产权归甲方所有，乙方应在服务期满时完整移交。

第十条 违约责任
（一）乙方未按服务计划完成季度巡检、年度应急演练或版本升级的，每逾期一日按服务费总额的千分之一支付违约金。
（二）乙方违反第六条、第七条约定的，应赔偿甲方全部损失。
（三）乙方对本合同项下全部赔偿责任的总额以服务费总额的两倍为限，但第六条、第七条项下的责任不受此限。
（四）乙方逾期提交月报、年度运维报告或交接资料的，每逾期一日扣减服务费¥200。

第十一条 分包
乙方可根据工作需要，将液氮罐监测终端及条码设备的硬件维修、机房巡检工作分包给具备相应资质的第三方，但应提前五个工作日书面告知甲方，并对分包方的工作承担责任。

第十二条 合同变更与解除
（一）合同履行期间，非经双方协商一致，任何一方不得变更或解除本合同。
（二）因政策调整导致采购需求取消的，双方协商处理已发生费用。
（三）乙方服务质量不符合要求的，甲方可按第四条、第五条扣减服务费，并要求乙方限期整改；整改期间乙方应增派技术人员，费用自理。

第十三条 交接
（一）服务期满或合同终止时，乙方应在十个工作日内向甲方或甲方指定的第三方移交全部账号、密码、文档、脚本及配置信息，并协助完成交接测试。

（二）交接期间乙方应保持系统正常运行，不得删除日志、更改密码或设置任何障碍；因交接不力造成甲方损失的，由乙方赔偿。

第十四条 不可抗力
因不可抗力导致不能履行的，受影响方应及时通知对方，并在合理期限内提供证明，相应免除责任。

第十五条 廉洁
乙方不得向甲方工作人员提供任何形式的不正当利益。违反的，甲方可依法追究责任，并将有关情况报告主管部门。

第十六条 通知
双方的通知应以书面形式送达本合同所列地址，或发送至双方指定的电子邮箱。

第十七条 法律适用与争议
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交长沙仲裁委员会仲裁。

第十八条 其他
（一）本合同附件：附件一设备及软件清单；附件二运维服务考核细则；附件三驻场人员名单。
（二）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
（三）本合同一式四份，甲乙双方各执两份。磋商文件、响应文件及成交通知书为本合同组成部分。

甲方（盖章）：　　　　　　乙方（盖章）：
日期：　　年　　月　　日
"""
Z05 = """# 织迹®生产追溯系统软件许可及定制开发合同

**（乙方标准合同文本 ZJ-HT-2024 版）**

合同编号：ZJ-2025-0318

甲方：南岭草鞋工艺品厂

乙方：杭州织迹软件有限公司

鉴于甲方拟对稻草搓绳、编织、定型、质检及包装工序实施生产追溯管理，乙方同意向甲方许可使用“织迹生产追溯系统”并提供定制开发服务，双方根据《中华人民共和国民法典》订立本合同，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供织迹生产追溯系统标准版软件许可一套（永久许可，限甲方本厂使用，并发用户五十个）。

1.2 乙方根据甲方需求进行定制开发，适配甲方手工作坊式生产组织方式，内容包括：搓绳工序按人按批计件、编织工位扫码报工、草料批次与成品批次关联追溯、外发加工户管理、出口订单质检记录及手机端报表。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

1.4 系统运行所需的服务器、数据库软件、操作系统、扫码枪、标签打印机及手机终端由甲方自行采购，其配置应满足乙方《系统运行环境说明》的要求。因甲方环境不符合要求影响系统运行的，乙方不承担责任。

1.5 定制开发范围以双方签字确认的《需求确认书》为准。需求确认后甲方提出的新增或变更需求，乙方有权另行报价，并相应调整交付期。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 织迹生产追溯系统标准版软件许可 | 268,000 |
| 2 | 定制开发 | 214,000 |
| 3 | 安装部署及培训 | 46,000 |
| | 合计 | 528,000 |

合同总价为人民币伍拾贰万捌仟元整（¥528,000），含增值税。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥343,200；乙方收到该款项后启动项目。

3.2 系统上线运行后5个工作日内，甲方支付剩余35%，即¥184,800。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之三向乙方支付违约金，乙方并有权暂停服务。

3.4 乙方在收到每笔款项后十个工作日内向甲方开具增值税普通发票；甲方需要专用发票的，应在付款前提供开票信息。

## 第四条 交付

4.1 乙方在收到首笔款项后60个工作日内完成定制开发及部署，具体进度以乙方项目计划为准。

4.2 乙方交付系统安装程序、用户手册及培训材料。定制开发部分以可执行程序形式交付，不提供源代码。

4.3 甲方应按乙方要求及时提供需求资料、服务器、网络环境及扫码终端，因甲方原因导致的延误，交付期相应顺延。

4.4 乙方培训采用集中授课方式进行，培训对象为甲方车间主任、统计员及系统管理员，培训时长合计两天。甲方人员更换后需要再次培训的，按乙方人天单价另行收费。

4.5 甲方应指定一名项目负责人配合乙方工作，对乙方提交的需求文档、测试结果及上线申请在三个工作日内书面确认；逾期未确认的，视为确认。

## 第五条 验收

5.1 系统安装完成并上线运行，即视为甲方验收合格。

5.2 上线运行后发现的问题，由乙方在免费维护期内按第六条处理，不影响验收结论及甲方付款义务。

5.3 甲方在上线后七日内未以书面形式提出异议的，亦视为系统符合合同约定。

## 第六条 维护服务

6.1 自系统上线之日起，乙方提供六个月的免费维护服务，包括缺陷修复及远程技术支持。

6.2 免费维护期内，一级故障（系统整体无法使用或无法扫码报工）乙方在8小时内响应，其他问题在三个工作日内响应。乙方以远程方式为主，必要时派员到场，差旅费由甲方承担。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，维护费按乙方当年公布的服务价格标准执行。

6.4 乙方维护服务时间为工作日九点至十八点，节假日及非工作时间的服务需求，乙方视情况安排，并可按加班标准另行收费。

6.5 因甲方擅自修改系统、操作不当或硬件、网络故障引起的问题，不属于免费维护范围。

6.6 乙方有权根据产品规划对系统进行版本升级。免费维护期满后，甲方未购买维护服务的，乙方不再提供补丁及升级；甲方需要恢复服务的，应补缴中断期间的维护费。

## 第七条 知识产权

7.1 织迹生产追溯系统及其全部文档的知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、报表及程序，其知识产权亦归乙方所有，甲方在本厂范围内享有非独占的使用权，不得修改、反编译或提供给第三方。

7.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 第八条 数据

8.1 系统中录入的甲方生产数据归甲方所有。乙方应采取账号权限控制、数据加密和定期备份等措施保障数据安全；因乙方原因造成数据泄露或丢失的，乙方应及时通知甲方并承担相应责任。

8.2 甲方同意，乙方可对系统运行中产生的生产数据进行脱敏处理后，用于乙方产品改进、行业分析及编制行业报告。

8.3 甲方负责其服务器的日常管理与数据备份。乙方因远程维护需要登录甲方系统的，甲方应提供必要的账号和网络条件。

## 第九条 保密

双方对在合作中知悉的对方商业秘密负有保密义务，未经对方书面同意，不得向第三方披露。本条在合同终止后两年内有效。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 甲方逾期提供项目条件的，乙方有权顺延交付期并要求甲方承担由此增加的费用。

10.3 任何一方不承担对方的间接损失、利润损失或商誉损失。

10.4 因甲方提供的基础数据错误、草料批次信息不全或车间人员未按规定扫码造成的追溯记录缺失，由甲方自行负责。

## 第十一条 合同解除

任何一方严重违反本合同，经守约方书面催告后三十日内仍未纠正的，守约方有权解除本合同。甲方在项目启动后单方解除合同的，已付款项不予退还。

## 第十二条 廉洁

双方人员在合作过程中不得索取或收受对方的财物或其他不正当利益。一方发现对方人员存在上述行为的，可向对方公司监察部门反映。

## 第十三条 转让

未经乙方同意，甲方不得将本合同项下的软件使用权转让、出租或出借给第三方，包括甲方的关联企业及外发加工户。

## 第十四条 通知

双方的通知以书面形式送达本合同所列地址，或以电子邮件、微信工作群发送，发出即视为送达。一方变更联系方式的，应及时通知对方。

## 第十五条 不可抗力

因不可抗力或政府行为、网络运营商故障等乙方无法控制的原因导致不能履行的，乙方不承担责任。

## 第十六条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，提交杭州仲裁委员会仲裁。

## 第十七条 其他

17.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

17.2 本合同附件包括：附件一《需求确认书》、附件二《系统运行环境说明》、附件三《维护服务说明》。附件与本合同正文不一致的，以本合同正文为准。

17.3 本合同条款为乙方标准条款，甲方已仔细阅读并充分理解，对各项条款无异议。如甲方需要修改本合同条款，应在签约前以书面形式提出，经乙方法务部门审核同意后另行签订补充条款。

甲方（盖章）：　　　　　　　　乙方（盖章）：

签订日期：　　年　　月　　日
"""

# ============ English sources ============
E01 = """T:Software Licence and Services Agreement
P:Agreement No. MAS-GX-2025-07
P:This Agreement is made between Guangxi Nanhe Cassava Starch Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wuming District, Nanning (the "Buyer"), and Mekong Agri-Systems Co., Ltd., a company incorporated in the Kingdom of Cambodia with its registered office on National Road 11, Prey Veng Town, Prey Veng Province (the "Vendor").
P:The Buyer operates three starch mills and wishes to license the Vendor's StarchTrack quality-laboratory and warehouse software, and to have the Vendor configure, interface and roll it out. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the StarchTrack suite, version 5, comprising the laboratory information module, the raw-material intake module, the warehouse and lot-tracking module and the reporting server, in object code, together with its Documentation.
P:1.2 "Custom Deliverables" means all configurations, interface programs, report templates, data-migration scripts and related documents prepared by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the system meets the Acceptance Criteria.
P:1.4 "Buyer Data" means all data entered into, processed by or generated in the Software at the Buyer's sites, including laboratory results, supplier records, weighbridge tickets and lot histories.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software at the Buyer's three mills and its head office, for an unlimited number of named users, for the Buyer's internal business.
P:2.2 The Vendor shall install the Software on the Buyer's servers in Nanning, configure it for the three mills, build interfaces to the Buyer's ERP system and to the weighbridge and moisture-analyser equipment at each mill, migrate open lots and three years of laboratory history, and train the Buyer's staff.
P:2.3 The Vendor shall deliver the installation media, licence keys, the Documentation in English and Chinese, and the source code of all Custom Deliverables.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,570,000, made up of:
P:(a) Licence Fee for the Software: CNY 1,140,000;
P:(b) Implementation, interfaces and data migration: CNY 386,000;
P:(c) Training: CNY 44,000.
P:3.2 The Contract Price is fixed and includes all taxes, travel, accommodation and third-party components needed for the Software to operate as described in the Documentation. Support during the Warranty Period is included.
H:Article 4 Payment and Delivery
P:4.1 The Buyer shall pay the Contract Price in three instalments against the Vendor's valid invoices:
P:(a) 20% within 20 days after signature of this Agreement and receipt of an advance-payment guarantee of the same amount from a bank acceptable to the Buyer;
P:(b) 45% within 20 days after the Software is installed at all three mills and the interfaces pass the integration test;
P:(c) 35% within 20 days after Final Acceptance.
P:4.2 The Vendor shall complete installation, configuration and interfaces within 100 days after signature and request Final Acceptance testing no later than 150 days after signature.
P:4.3 If the Vendor fails to meet either date in Article 4.2 for reasons attributable to it, it shall pay delay damages of 0.1% of the Contract Price for each day of delay. Delay damages shall not exceed 10% of the Contract Price and do not prevent the Buyer from terminating under Article 12.
H:Article 5 Acceptance
P:5.1 The acceptance tests shall follow the test plan agreed by the parties within 30 days after signature.
P:5.2 The Acceptance Criteria are: (a) every function in the agreed requirement list passes its test case; (b) migrated laboratory records and open lots reconcile with the source data without any discrepancy on a full comparison; (c) weighbridge and moisture readings are received by the Software within five seconds for 20 consecutive working days; (d) the ERP interface posts goods receipts and quality releases without error for 20 consecutive working days; and (e) no Severity 1 defect remains open.
P:5.3 When the criteria are met, the Buyer shall issue a Final Acceptance certificate within ten working days. Installation, go-live or use of the Software in production does not constitute acceptance. If tests fail, the Vendor shall correct the defects and repeat the tests at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the Documentation and the agreed requirements for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new releases, and give telephone, e-mail and remote support in Chinese or English.
P:6.2 Severity 1 means that the Software is unavailable at any mill or that intake or quality release cannot be recorded. For a Severity 1 incident the Vendor shall respond within one hour and provide a workaround or fix within eight hours, at any time of day. Severity 2 incidents shall be responded to within three hours during business hours and fixed within three working days.
P:6.3 For each full hour by which a Severity 1 response or fix is late, the Vendor shall credit the Buyer CNY 1,000 against the next payment or the annual support fee.
P:6.4 After the Warranty Period, the Buyer may purchase annual support at 10% of the Licence Fee, that is CNY 114,000 per year. This fee is fixed for the first three support years after the Warranty Period. Support is ordered year by year by the Buyer's purchase order and does not renew automatically.
H:Article 7 Buyer Data and Security
P:7.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not copy, keep, disclose or use it for any other purpose.
P:7.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN with individual accounts and multi-factor authentication, with each remote session approved in advance by the Buyer's IT department and logged. No Buyer Data may be transferred outside the Buyer's systems without the Buyer's written approval.
P:7.3 The Vendor shall comply with the data-protection and data-security laws of the People's Republic of China applicable to the Buyer. The Vendor shall notify the Buyer within 12 hours of any suspected security incident affecting Buyer Data, cooperate in its investigation and remediation, and bear all losses caused by its breach of this Article.
H:Article 8 Intellectual Property
P:8.1 The Software remains the Vendor's property and is licensed under Article 2.1.
P:8.2 All rights in the Custom Deliverables pass to the Buyer on creation. The Buyer may use, modify and license them freely and may have third parties maintain them. The Vendor shall deliver their source code with each release.
P:8.3 The Vendor shall defend and indemnify the Buyer against any third-party claim that the Software or the Custom Deliverables infringe intellectual property rights.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public business, technical and financial information received from the other party under this Agreement, use it only for this Agreement, and not disclose it to third parties without prior written consent. This obligation survives for five years after termination or expiry.
H:Article 10 Liability
P:The Vendor's total aggregate liability under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct, infringement under Article 8.3, or breach of Articles 7 or 9.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the other party's prior written consent.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after written notice, or if delay damages reach their maximum under Article 4.3.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for undelivered or rejected work, and the Buyer keeps its licence to the Software for which the Licence Fee has been paid.
H:Article 13 Force Majeure
P:Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effects. If such an event lasts more than 60 days, either party may terminate by written notice.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Kingdom of Cambodia.
P:14.2 Any dispute arising out of or in connection with this Agreement shall first be discussed by senior representatives of the parties. If it is not settled within 30 days, it shall be finally resolved by arbitration administered by the National Commercial Arbitration Centre of Cambodia in Phnom Penh, in the English language, by three arbitrators.
H:Article 15 General
P:15.1 Notices shall be in writing and sent to the addresses above by courier or e-mail with confirmation of receipt.
P:15.2 This Agreement, with Annex 1 (Requirement List), Annex 2 (Test Plan) and Annex 3 (Project Plan), is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.
P:15.3 This Agreement is signed in two originals in English, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""
E02 = """# ORDER FORM — SourceLine Supplier Portal (SaaS)

Order Form No. BCW-OF-2025-112

## PART A — ORDER FORM

### A1. Parties

**Provider:** Bavet Cloudworks Co., Ltd., a company incorporated in the Kingdom of Cambodia, with its registered office at Street 3, Svay Rieng Town, Svay Rieng Province, Cambodia.

**Customer:** Dongguan Huaxin Furniture Manufacturing Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Houjie Town, Dongguan, Guangdong.

This Order Form (Part A) and the General Terms (Part B) together form the agreement between the parties (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Subscribed Service

SourceLine Supplier Portal, Enterprise edition, delivered as a software-as-a-service offering, with the following modules: supplier registration and qualification, requests for quotation and e-tendering, purchase-order collaboration, delivery scheduling, supplier invoices and three-way matching, and supplier performance scorecards.

Usage entitlement: up to 150 named Customer users and up to 1,200 active supplier accounts. Storage: 500 GB. The Customer may use the Service for its own procurement and that of its wholly owned subsidiaries in mainland China.

Onboarding Services: configuration of approval workflows and templates for the Customer's three factories, migration of the supplier master (about 900 suppliers) and open purchase orders, an interface with the Customer's ERP system for purchase orders, goods receipts and invoices, single sign-on with the Customer's directory, and training for buyers and for a group of pilot suppliers.

### A3. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the date of Onboarding Acceptance under A5. The second Subscription Year starts on the first anniversary of that date. The Subscription Term ends at the end of the second Subscription Year. Any continuation requires a new Order Form signed by both parties; nothing in this Agreement renews automatically.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | fixed | 318,000 |
| Subscription Fee, Subscription Year 2 | fixed | 318,000 |
| Onboarding Services | one-time, fixed | 74,000 |
| **Total Fees** | | **710,000** |

All amounts include VAT and any withholding tax. Additional named users may be added at CNY 1,650 per user per Subscription Year, pro rata; such additions are not part of the Total Fees.

Invoicing and payment: the Subscription Fee is invoiced quarterly in arrears, in equal instalments of CNY 79,500 at the end of each quarter of each Subscription Year. The Onboarding Services fee is invoiced after Onboarding Acceptance. The Customer pays each correct invoice within 30 days of receipt.

### A5. Onboarding and Acceptance

The Provider shall make the Service ready for Onboarding Acceptance within 60 days after signature of this Order Form. The Onboarding Acceptance criteria are:

1. all three factories' approval workflows and document templates configured as listed in the onboarding workbook signed by both parties;
2. the migrated supplier master and open purchase orders reconciled against the ERP extract record by record, with all differences explained and corrected;
3. the ERP interface posting purchase orders, goods receipts and invoice matches without error for ten consecutive working days;
4. single sign-on working for all Customer users; and
5. at least 50 pilot suppliers having completed a quotation and an order confirmation on the Service.

The Customer shall test within ten working days after the Provider's notice of readiness and either sign an Onboarding Acceptance certificate or list the failed criteria. Use of the Service by the Customer before that certificate does not constitute acceptance.

If Onboarding Acceptance is not achieved within 60 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay, up to a total of CNY 36,000.

### A6. Contacts and Signatures

Provider contact: Customer Success Manager, cs@bavetcloudworks.example. Customer contact: Head of Procurement Systems, Dongguan head office.

Signed for the Provider: ____________________  Date: __________

Signed for the Customer: ____________________  Date: __________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscribed service described in A2, including its updates.

1.2 "Customer Data" means all data and documents submitted to the Service by or for the Customer or its suppliers, and all outputs generated from them, including supplier records, quotations, prices, orders and invoices.

1.3 "Customer Configurations" means the workflows, templates, interface mappings, reports and other configurations prepared for the Customer.

### 2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer during the Subscription Term in accordance with the Documentation.

2.2 The Provider will use commercially reasonable efforts to keep the Service available and to perform maintenance outside the Customer's working hours where practicable.

2.3 Support is available by e-mail and through the support portal on Cambodian business days, between 08:00 and 17:00 Phnom Penh time. The Provider will address support requests in the order received.

2.4 The Provider may update the Service from time to time, provided that updates do not materially reduce the functions described in A2.

### 3. Customer Responsibilities

3.1 The Customer is responsible for its users' compliance with this Agreement and for the accuracy of Customer Data.

3.2 The Customer shall keep user credentials secure and notify the Provider promptly of any unauthorised use.

3.3 The Customer shall not use the Service to store content that is unlawful, to attempt to break its security, or to resell it to third parties, and shall ensure that its suppliers accept the portal's terms of use before they are given access.

### 4. Customer Data and Security

4.1 Customer Data belongs to the Customer. The Provider processes Customer Data only to provide the Service and the Onboarding Services and for no other purpose.

4.2 The Service and all Customer Data are hosted in a public-cloud region located in mainland China. The Provider shall maintain encryption of Customer Data in transit and at rest, role-based access control, multi-factor authentication for its administrators, logging of administrative access, daily backups kept for 30 days, and annual penetration tests whose summary results it shares with the Customer.

4.3 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, or loss of, Customer Data, take all reasonable steps to contain it, and compensate the Customer for losses caused by its failure to comply with this Section 4.

4.4 Within 30 days after the end of the Subscription Term, the Provider shall return all Customer Data in a standard machine-readable format and then delete it, and certify the deletion in writing.

### 5. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Agreement, and disclose it only to its employees and advisers who need to know it and are bound by similar duties. This Section survives for three years after the Agreement ends.

### 6. Intellectual Property

6.1 The Provider owns the Service and all its underlying software.

6.2 Customer Configurations belong to the Customer. The Customer may use, modify and let third parties use them without restriction, and the Provider shall deliver them in exportable form on request.

### 7. Subcontractors

The Provider may engage subcontractors and sub-processors to perform any part of the Service or the Onboarding Services. The Provider shall list them on its trust page and inform the Customer by e-mail of any new subcontractor at least ten days before it begins work. The Provider remains responsible for their performance.

### 8. Liability

8.1 Neither party is liable for indirect or consequential loss, except for breach of Sections 4 or 5.

8.2 Each party's total liability under this Agreement is limited to 150% of the Total Fees.

### 9. Term and Termination

9.1 This Agreement runs until the end of the Subscription Term.

9.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice of the breach.

9.3 On termination by the Customer for the Provider's breach, the Provider shall refund any fees paid for the period after termination, and Section 4.4 applies.

### 10. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time of filing. The award is final and binding on both parties.

### 11. General

11.1 Neither party may assign this Agreement without the other party's written consent, except to a successor to its whole business.

11.2 Notices shall be given in writing to the contacts in A6, by courier or e-mail.

11.3 Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, or failures of public networks, if it informs the other party promptly and resumes performance as soon as possible.

11.4 This Agreement is the entire agreement between the parties on its subject and replaces all earlier proposals.
"""
E03 = """T:Purchase Contract for Field Sensors and Monitoring Software
P:Contract No. LCT-PUR-2025-031 (Buyer's standard form)
P:Buyer: Yunnan Lancang Tea Estates Co., Ltd., a company incorporated in the People's Republic of China, registered office in Simao District, Pu'er, Yunnan Province.
P:Supplier: Ratanak Highland Instruments Co., Ltd., a company incorporated in the Kingdom of Cambodia, registered office in Banlung, Ratanakiri Province, Cambodia.
P:The Buyer manages tea gardens on four estates in Pu'er and wishes to monitor soil moisture, microclimate and frost risk across them. The Supplier has offered sensors, weather stations, gateways and its monitoring software, and their installation. The parties agree as follows.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, weather stations, gateways, mounting hardware, solar power units and spare parts listed in the price table in clause 2.1.
P:1.2 "Software" means the Supplier's FieldWatch monitoring platform, version 3.2, including its web console, mobile application and alarm engine, licensed under clause 9.
P:1.3 "Custom Work" means the dashboards, alarm rules, frost-risk model parameters, interface programs to the Buyer's plantation management system and all documents the Supplier prepares specifically for the Buyer.
P:1.4 The Supplier shall supply the Equipment and the Software, survey the four estates, install and commission all devices, install the Software on the Buyer's servers in Pu'er, build the interface to the Buyer's plantation management system, and train the Buyer's field and IT staff.
H:2. Price
P:2.1 The Contract Price is CNY 1,810,000, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil-moisture and temperature sensor, three depths|180|3,600|648,000
TB:2|Automatic weather station with frost sensor|12|28,500|342,000
TB:3|LoRa gateway with solar power unit|24|9,800|235,200
TB:4|FieldWatch monitoring software, perpetual licence, up to 250 devices|1|386,000|386,000
TB:|Equipment and Software subtotal|||1,611,200
TB:5|Site survey, installation and commissioning|1|172,800|172,800
TB:6|Training|1|26,000|26,000
TB:|Contract Price|||1,810,000
P:2.2 The Contract Price is fixed. It includes all taxes, import duties, customs clearance, transport to each estate, insurance until acceptance, installation materials and all services during the Warranty Period.
H:3. Payment
P:3.1 10% of the Contract Price within 15 working days after signature and receipt of a bank guarantee for the same amount.
P:3.2 55% of the Contract Price within 15 working days after the Installation Certificate for all four estates. The Installation Certificate confirms physical installation only and is not acceptance.
P:3.3 35% of the Contract Price within 15 working days after Final Acceptance.
P:3.4 Each payment is made against a valid invoice. The Buyer pays in CNY to the Supplier's account.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's estates within 70 days after signature and complete installation and commissioning within 110 days after signature.
P:4.2 The Supplier shall follow the Buyer's site rules, protect tea bushes and irrigation lines during installation, and restore any damaged ground.
P:4.3 The Equipment shall be new, of the models and specifications stated in Annex 1, with certificates of origin and calibration certificates, and suitable for outdoor use in humid, hilly terrain with heavy seasonal rain. The Supplier is responsible for export formalities in Cambodia and import clearance into China, and bears the risk of loss until the Installation Certificate.
P:4.4 If the Supplier misses either date in clause 4.1, it shall pay delay damages of 0.08% of the Contract Price per day of delay, up to 8% of the Contract Price.
P:4.5 The Supplier shall provide, before delivery, a site installation plan for each estate showing sensor positions, gateway locations and cable routes, for the Buyer's approval.
P:4.6 The Supplier shall train up to 30 field staff on device checks and the mobile application, and four IT staff on Software administration, backups and the interface, before the trial period starts, and shall deliver user and administrator manuals in Chinese, wiring diagrams, device lists with locations and calibration records.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for a trial period of 45 days.
P:5.2 The acceptance criteria are: (a) every device reports to the Software at its configured interval, with no more than 2% of expected readings missing over the trial period; (b) sensor readings checked against a calibrated reference instrument at twenty points agree within the tolerances in the technical specification; (c) frost alarms reach the responsible managers by SMS and in the mobile application within two minutes in three simulated events; (d) the interface delivers daily summaries to the plantation management system without error for 30 consecutive days; and (e) all documentation has been delivered.
P:5.3 When all criteria are met, the Buyer issues a Final Acceptance certificate. Installation, the start of the trial period or the use of the system do not constitute acceptance. Failed criteria shall be corrected by the Supplier and retested at its cost.
H:6. Warranty
P:6.1 The Equipment, the Software and the Custom Work are warranted for 36 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace faulty Equipment, correct Software defects and provide new Software releases, free of charge, including parts, labour and travel.
P:6.2 The Supplier shall keep a stock of spare sensors and one spare gateway at the Buyer's central estate during the Warranty Period.
H:7. Service Levels
P:7.1 Severity levels are set out in the table below:
TB:Severity|Definition|Response|Restoration
TB:Severity 1|Software unavailable, or frost alarms not delivered, or an entire estate offline|2 hours|24 hours
TB:Severity 2|Single gateway or weather station offline, or reports not generated|8 hours|3 days
TB:Severity 3|Single sensor faulty or minor software issue|next working day|10 days
P:7.2 For each full hour by which a Severity 1 response or restoration is late, the Supplier shall pay the Buyer CNY 600, deducted from any amount due.
H:8. Post-Warranty Support
P:8.1 After the Warranty Period the Buyer may order annual support at 8% of the Equipment and Software subtotal, namely CNY 128,896 per year. This fee is fixed for the two support years following the Warranty Period.
P:8.2 Support is ordered by a separate purchase order each year; it does not renew automatically. The service levels in clause 7 apply to it.
H:9. Intellectual Property
P:9.1 The Software remains the Supplier's property. The Supplier grants the Buyer a perpetual, irrevocable licence to use it for the Buyer's estates and any estate the Buyer later acquires in China, up to the device count in the price table.
P:9.2 All rights in the Custom Work belong to the Buyer. The Buyer may use, modify and license the Custom Work freely and have third parties maintain it. Source code and model parameters shall be delivered with the Custom Work.
H:10. Data Security
P:10.1 All data collected by the Equipment or stored in the Software, including readings, locations, alarms and user records, belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not keep, copy or disclose it.
P:10.2 The Software is installed on the Buyer's servers. Remote maintenance by the Supplier requires the Buyer's prior approval for each session, through the Buyer's VPN, with logging. Gateways shall encrypt all transmissions and use credentials set by the Buyer.
P:10.3 The Supplier shall notify the Buyer within 12 hours of any suspected security incident, cooperate in the response, and compensate the Buyer for losses caused by its breach of this clause.
H:11. Confidentiality
P:The Supplier shall keep confidential all non-public information of the Buyer, including estate maps, yields, data and business plans, and shall not disclose it without the Buyer's prior written consent. This obligation continues for five years after the Contract ends.
H:12. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 10 and 11, which are not limited.
H:13. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if the delay damages under clause 4.4 reach their maximum.
P:14.2 On such termination, the Supplier shall refund the amounts paid for Equipment or services not accepted and remove rejected Equipment at its cost.
H:15. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.
H:16. General
P:16.1 Force majeure excuses delay for as long as it lasts, provided the affected party notifies the other promptly and provides evidence.
P:16.2 Notices under this Contract shall be in writing and delivered by courier or e-mail to the addresses above; a party shall inform the other promptly of any change of address.
P:16.3 This Contract is made in Chinese and English; both texts are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
E04 = """# MANAGED SERVICES AGREEMENT

**Agreement No.** HBR-MSA-2025-004

**Customer:** Hainan Baosheng Rubber Processing Co., Ltd., a company incorporated in the People's Republic of China, registered office in Danzhou, Hainan Province ("Customer").

**Provider:** Mondul Digital Services Co., Ltd., a company incorporated in the Kingdom of Cambodia, registered office in Sen Monorom, Mondulkiri Province, Cambodia ("Provider").

**Background.** Customer operates a head office, six processing plants and two warehouses in Hainan and Guangdong. Customer wishes to outsource the operation of its wide-area and local networks and its IT service desk to Provider for a fixed term of 36 months, on the terms below.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Sites" means the nine Customer locations listed in Schedule 1.

1.3 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under Section 4.

1.4 "Monthly Charge" means the fixed monthly charge in Schedule 2.

1.5 "Customer Data" means all data of Customer or its employees that Provider receives, accesses or generates in performing the Services, including network configurations, logs, tickets and user directories.

1.6 "Service Levels" means the levels in Schedule 3.

## Section 2. Term

2.1 The Services start on the Service Commencement Date and continue for 36 months (the "Service Term").

2.2 The Service Term may be extended only by a written amendment signed by both parties. There is no automatic renewal.

## Section 3. Services

3.1 Provider shall perform the Services at the Sites and remotely from its network operations centre, in accordance with Schedule 1, good industry practice and Customer's IT policies as notified to Provider.

3.2 Provider shall assign a named service delivery manager who attends a monthly service review with Customer and delivers a monthly service report showing Service Level performance, incidents, changes, capacity trends and improvement actions.

3.3 Provider shall maintain the configuration management database for all managed devices and keep it accurate within five working days of any change.

3.4 Changes to managed devices follow Customer's change procedure: normal changes require approval by Customer's change board; emergency changes may be made to restore service and shall be reported within one working day.

3.5 Customer shall give Provider's personnel reasonable access to the Sites, provide administrator accounts to managed devices, keep its carrier contracts in force, and nominate an IT coordinator who approves changes and signs service reports.

3.6 Provider shall hand over, at the end of each quarter, an updated inventory of managed devices with firmware versions, support status and recommended replacements.

## Section 4. Transition

4.1 Provider shall complete the transition of the Services within 75 days after signature of this Agreement, in accordance with a transition plan agreed within 15 days after signature.

4.2 Transition Acceptance criteria: (a) all managed devices at all nine Sites are discovered, documented and monitored by Provider's tools; (b) run books for the 25 most frequent incident types are approved by Customer; (c) the service desk has handled live tickets for 20 working days in parallel with Customer's incumbent team, with the Schedule 3 response levels met; (d) a failover test of the head-office internet links and the plant-to-head-office links succeeds; and (e) knowledge transfer sessions are completed and signed off.

4.3 Customer shall test and either sign the Transition Acceptance certificate or give reasons within ten working days after Provider's notice of readiness. Partial operation of the Services before that date does not constitute acceptance.

4.4 If Transition Acceptance is delayed beyond the date in Section 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,500 for each day of delay, up to CNY 90,000.

## Section 5. Charges and Payment

5.1 The charges are set out in Schedule 2. The Monthly Charge is fixed for the Service Term.

5.2 The Transition Charge is invoiced after Transition Acceptance. The Monthly Charge is invoiced monthly in arrears. Customer pays each undisputed invoice within 30 days.

5.3 Service credits under Schedule 3 are deducted from the next invoice.

## Section 6. Customer Data

Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer at the end of the Service Term.

## Section 7. Confidentiality

7.1 Each party shall keep confidential all information disclosed by the other party that is marked confidential or is by its nature confidential, and use it only for this Agreement.

7.2 Neither party shall disclose such information to any third party without the other party's prior written consent, except to its professional advisers or as required by law.

7.3 This Section survives for three years after the end of this Agreement.

## Section 8. Intellectual Property

8.1 Provider keeps ownership of its monitoring tools and generic methods.

8.2 Run books, network designs, device configurations, scripts and documentation prepared for Customer under this Agreement belong to Customer, which may use, modify and pass them to any successor provider without restriction.

## Section 9. Personnel and Subcontracting

9.1 Provider shall ensure that its personnel are qualified, and shall replace any person whom Customer reasonably asks to be removed.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for the acts and omissions of approved subcontractors.

## Section 10. Liability

10.1 Neither party is liable for loss of profit or indirect loss.

10.2 Provider's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the Monthly Charges paid by Customer in the nine months preceding the event giving rise to the claim.

## Section 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after written notice, or if Provider fails the availability Service Level in Schedule 3 in three consecutive months.

11.2 On termination or expiry, Provider shall provide exit assistance for up to 60 days at the Monthly Charge rate pro rata, including handover of all documentation and configurations to Customer or a successor provider.

## Section 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Haikou Arbitration Commission for arbitration in Haikou.

## Section 13. General

13.1 Neither party may assign this Agreement without the other's written consent.

13.2 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly.

13.3 This Agreement with its Schedules is the entire agreement on its subject; amendments must be in writing and signed by both parties.

Signed for Customer: ____________________    Signed for Provider: ____________________

## Schedule 1 — Scope of Services and Sites

| Service element | Description |
|---|---|
| Network monitoring | Monitoring of routers, switches, firewalls, wireless controllers and access points at all Sites, around the clock, from Provider's network operations centre |
| Incident management | Logging, diagnosis and resolution of network incidents; coordination with carriers and hardware vendors |
| Service desk | Chinese-language service desk by telephone, e-mail and portal for about 1,100 users, Monday to Saturday 07:00 to 22:00, with on-call cover at other times |
| On-site support | One engineer based at the Danzhou head office; visits to other Sites within one working day when remote resolution fails |
| Change and configuration | Implementation of approved changes, firmware upgrades twice a year, configuration backups daily |
| Reporting | Monthly service report and quarterly capacity review |

| Site | Location |
|---|---|
| Head office | Danzhou, Hainan |
| Plants 1 to 4 | Danzhou and Baisha, Hainan |
| Plants 5 and 6 | Qiongzhong, Hainan |
| Warehouse A | Haikou, Hainan |
| Warehouse B | Zhanjiang, Guangdong |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, fixed | 96,000 |
| Monthly Charge | 58,000 per month × 36 months | 2,088,000 |
| **Total Contract Value** | | **2,184,000** |

## Schedule 3 — Service Levels and Service Credits

| Measure | Service Level | Service credit |
|---|---|---|
| Availability of the head-office core network and plant-to-head-office links, per month | 99.95% | 5% of the Monthly Charge for each 0.1 percentage point or part below the level |
| Priority 1 incident (a whole Site without network) — response | 15 minutes | CNY 1,000 per late incident |
| Priority 1 incident — restoration | 3 hours | CNY 2,000 per late incident |
| Priority 2 incident (a production line or department affected) — response | 30 minutes | CNY 500 per late incident |
| Service desk average speed of answer, per month | 30 seconds or less | 2% of the Monthly Charge |

Service credits in any month are capped at 20% of that month's Monthly Charge. Availability is measured by Provider's monitoring tools and checked against Customer's own monitoring records; planned maintenance agreed with Customer at least five working days in advance is excluded.
"""
E05 = """RIVER DATA API SUBSCRIPTION AGREEMENT

Agreement No. BHD-API-2025-019

PARTIES

Provider: Bolikhamxay Hydro-Data Sole Co., Ltd., a company registered in the Lao People's Democratic Republic, with its office in Pakxan, Bolikhamxay Province ("Provider").

Customer: Xishuangbanna Lancang Shipping Co., Ltd., a company registered in the People's Republic of China, with its office in Jinghong, Yunnan Province ("Customer").

Customer operates cargo and passenger vessels on the Lancang-Mekong River and wishes to receive river-level, discharge, rainfall and navigation-hazard data from Provider through an application programming interface, for use in its voyage planning and vessel-tracking systems. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's RiverFeed application programming interface, version 2, and its documentation.

1.2 "Provider Data" means the hydrological and meteorological observations, forecasts and hazard notices that Provider makes available through the API.

1.3 "Customer Data" means all data that Customer sends to the API or that the API records about Customer's use, including vessel positions, route queries, account details and usage logs.

1.4 "Subscription Year" means each of the two consecutive annual periods, the first starting on the date of Integration Acceptance and the second on its first anniversary.

1.5 "Integration Acceptance" means Customer's written confirmation under clause 4.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the two Subscription Years, a non-exclusive, non-transferable right to call the API and to use Provider Data in Customer's own operations, including display to Customer's masters, dispatchers and passengers, and in reports to port and maritime authorities.

2.2 The subscription covers: water-level and discharge readings from 46 gauging stations between Guanlei and Pakxan, updated every 15 minutes; rainfall from 120 stations, updated hourly; 72-hour level forecasts for 18 navigation reaches, updated four times a day; and navigation-hazard notices as issued.

2.3 The entitlement is up to 2,000,000 API calls per month. Calls above that figure are charged under clause 3.4 and are not part of the Total Fees.

2.4 Provider shall give Customer at least 90 days' notice of any change to the API that is not backward compatible and keep the previous version running during that period.

3. FEES AND PAYMENT

3.1 Fees:
   Subscription Fee, Subscription Year 1 .......... CNY 268,000
   Subscription Fee, Subscription Year 2 .......... CNY 268,000
   One-time integration and set-up fee ............ CNY 42,000
   Total Fees ..................................... CNY 578,000

3.2 The Subscription Fee is invoiced quarterly in arrears in instalments of CNY 67,000. The integration and set-up fee is invoiced after Integration Acceptance.

3.3 Customer pays each correct invoice within 30 days after receipt, in CNY. The fees include all taxes.

3.4 API calls above the monthly entitlement are charged at CNY 0.02 per call, invoiced with the next quarterly instalment.

3.5 The fees are fixed for both Subscription Years.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall set up Customer's production and test accounts, issue API keys, deliver sample code and support Customer's developers in integrating the API into Customer's voyage-planning and vessel-tracking systems.

4.2 Integration Acceptance criteria: (a) all data types in clause 2.2 are delivered to Customer's test system for 14 consecutive days with no gaps longer than the update interval; (b) a comparison of 200 sampled readings against the station records published by the relevant hydrological authorities shows no unexplained difference; (c) the API's median response time stays below 300 milliseconds under a load of 50 calls per second; and (d) Customer's systems display the data correctly on three test voyages.

4.3 Customer shall confirm Integration Acceptance in writing, or list the failed criteria, within ten working days after Provider's notice that the criteria are met. Use of the API in production before that confirmation does not constitute acceptance.

4.4 Customer shall provide a test environment, developer contacts and network access needed for integration, and shall tell Provider promptly of any problem found during testing.

4.5 Provider shall complete its set-up tasks within 30 days after signature. Customer may extend the integration period by written notice if its own systems are not ready, without extra charge.

5. SERVICE LEVELS

5.1 Provider shall keep the API available at least 99.95% of each calendar month, excluding maintenance announced at least five days in advance and carried out between 01:00 and 05:00 Beijing time.

5.2 Incident priorities and response times:
   Priority 1 (API unavailable, or data older than two update intervals for more than ten stations): response within one hour, restoration within six hours, at any time.
   Priority 2 (single station or data type missing or wrong): response within three hours during 07:00 to 22:00 Beijing time, restoration within two days.
   Priority 3 (questions and minor issues): response within one working day.

5.3 Service credits: for each 0.1 percentage point or part by which monthly availability falls below the level in clause 5.1, Provider shall credit 3% of the quarterly instalment; for each Priority 1 incident responded to late, CNY 800. Credits are deducted from the next invoice and are capped at 25% of that instalment.

5.4 Provider shall report monthly on availability, incidents, data completeness and API call volumes.

6. DATA SECURITY AND CUSTOMER DATA

6.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the API and shall not sell it, disclose it or use it for any other purpose, including analysis of shipping traffic.

6.2 Customer Data shall be stored on servers in mainland China operated by a cloud provider approved by Customer. Provider shall encrypt Customer Data in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for at least 180 days, and rotate API keys at Customer's request.

6.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Data or compromise of Customer's API keys, take immediate steps to contain it, and compensate Customer for all losses caused by a breach of this clause 6.

6.4 At the end of the Subscription Term, Provider shall delete all Customer Data within 30 days and confirm deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Provider Data and the API remain Provider's property or that of its licensors.

7.2 Integration code, adapters, dashboards and reports developed by or for Customer under this Agreement belong to Customer, which may use, modify and license them freely.

7.3 Customer may keep and use Provider Data received during the Subscription Term for its own records, safety investigations and reports to authorities after the Agreement ends.

8. WARRANTIES

8.1 Provider warrants that Provider Data is collected and quality-checked as described in the API documentation and that it has the right to license it under this Agreement.

8.2 Provider warrants that the API will be free of malicious code and that it will correct data errors reported by Customer or found by its own checks, and republish corrected values, within one working day.

8.3 Forecasts are estimates. Customer remains responsible for navigation decisions.

9. LIABILITY

9.1 Neither party is liable for indirect or consequential loss.

9.2 Each party's total liability under this Agreement is limited to 150% of the Total Fees, except for breach of clause 6 and for wilful misconduct, which are not limited.

10. SUBCONTRACTING AND ASSIGNMENT

10.1 Provider shall not subcontract the operation of the API or the hosting of Customer Data without Customer's prior written consent, and remains responsible for any approved subcontractor.

10.2 Neither party may assign this Agreement without the other party's written consent.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any extension requires a written agreement.

11.2 Either party may terminate by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.

11.3 Customer may also terminate by written notice if monthly availability falls below the level in clause 5.1 in three months of any six-month period.

11.4 On termination by Customer under clause 11.2 or 11.3, Provider shall refund any fees paid for periods after termination.

12. FORCE MAJEURE

Neither party is liable for delay or failure caused by floods, earthquakes, epidemics, government action or failures of public telecommunications networks, provided it informs the other party promptly and resumes performance as soon as possible. Loss of data from gauging stations damaged by floods is not a breach if Provider restores them within a reasonable time.

13. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The arbitral award is final and binding on both parties.

14. GENERAL

14.1 Notices shall be given in writing by courier or e-mail to the addresses above.

14.2 This Agreement is made in English and Chinese; both versions are equally authentic.

14.3 This Agreement is the entire agreement between the parties on its subject.

SIGNATURES

For Provider: ____________________    Date: __________

For Customer: ____________________    Date: __________
"""

SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
           "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}
TARGETS = {
    "z01": ("h731z01_termite_control_platform.pdf", "pdf"),
    "z02": ("h731z02_spoon_stamping_line_retrofit.docx", "docx"),
    "z03": ("h731z03_camping_booking_saas.txt", "txt"),
    "z04": ("h731z04_sperm_bank_sample_system_om.txt", "txt"),
    "z05": ("h731z05_straw_sandal_tracking_supplier_template.md", "md"),
    "e01": ("h731e01_starch_lab_software_licence_cambodia.pdf", "pdf"),
    "e02": ("h731e02_supplier_portal_saas_order_form.md", "md"),
    "e03": ("h731e03_tea_estate_sensors_monitoring.docx", "docx"),
    "e04": ("h731e04_managed_network_services_36m.md", "md"),
    "e05": ("h731e05_river_data_api_subscription.txt", "txt"),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]

G, S = "goods_or_licence", "service"
# values in TERM_KEYS order; extra = (sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, value)
# tco = (fee base, warranty months) for goods; forum_outside: seat outside mainland China
LABELS = {
    "z01": dict(lang="zh", cat="software", t=[99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True,
                24, 9, False, True, False, "PRC", G], x=(True, True, True, False, 1560000), tco=(860000, 24),
                forum_outside=False, design=[]),
    "z02": dict(lang="zh", cat="hardware", t=[None, 1, True, "buyer", True, True, True, 0.08, None, 10, True, True,
                18, 28, False, True, False, "PRC", G], x=(True, True, True, False, 1490000), tco=(1220000, 18),
                forum_outside=False, design=["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "z03": dict(lang="zh", cat="cloud", t=[99.5, 0.5, True, "buyer", True, True, True, 600 / 790000 * 100, None, None,
                True, None, None, None, True, True, False, "PRC", S], x=(True, True, None, False, 790000), tco=None,
                forum_outside=False, design=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": dict(lang="zh", cat="services", t=[99.95, 0.5, True, "buyer", True, True, True, 0.1, 200, None, True, None,
                None, None, False, False, True, "PRC", S], x=(True, True, None, False, 386000), tco=None,
                forum_outside=False, design=["CR-SUBCONTRACT", "CR-TERMINATION"]),
    "z05": dict(lang="zh", cat="software", t=[None, 8, False, "supplier", True, False, True, 0.02, None, 65, False,
                False, 6, None, False, True, None, None, G], x=(True, True, False, True, 528000), tco=(268000, 6),
                forum_outside=False,
                design=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
                        "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": dict(lang="en", cat="software", t=[None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24,
                10, False, True, False, "Cambodia", G], x=(True, True, True, False, 1570000), tco=(1140000, 24),
                forum_outside=True, design=["CR-GOVERNING-LAW"]),
    "e02": dict(lang="en", cat="cloud", t=[None, None, False, "buyer", True, True, True, 600 / 710000 * 100, 150, None,
                True, None, None, None, False, True, True, "PRC", S], x=(False, True, None, False, 710000), tco=None,
                forum_outside=False, design=["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
    "e03": dict(lang="en", cat="hardware", t=[None, 2, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36,
                8, False, True, False, "PRC", G], x=(True, True, True, False, 1810000), tco=(1611200, 36),
                forum_outside=False, design=[]),
    "e04": dict(lang="en", cat="services", t=[99.95, 0.25, True, "buyer", False, True, True, 1500 / 2184000 * 100,
                9 / 36 * 100, None, True, None, None, None, False, True, False, "PRC", S],
                x=(True, True, None, False, 2184000), tco=None, forum_outside=False,
                design=["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "e05": dict(lang="en", cat="cloud", t=[99.95, 1, True, "buyer", True, True, False, None, 150, None, True, None,
                None, None, False, True, False, "PRC", S], x=(True, False, None, False, 578000), tco=None,
                forum_outside=False, design=["CR-CONFIDENTIALITY", "CR-LD-MISSING"]),
}

# price sums (itemised in the texts)
assert 860000 + 540000 + 126000 + 34000 == 1560000
assert 6 * 68000 + 12 * 21500 + 4 * 46000 + 3 * 52000 + 214000 == 1220000
assert 1220000 + 158000 + 96000 + 16000 == 1490000 and round(1220000 * 0.28) == 341600
assert 35 * 9600 == 336000 and 2 * 336000 + 118000 == 790000 and 336000 // 4 == 84000
assert 4 * 96500 == 386000
assert 268000 + 214000 + 46000 == 528000 and round(528000 * 0.65) == 343200 and 528000 - 343200 == 184800
assert 1140000 + 386000 + 44000 == 1570000 and round(1140000 * 0.10) == 114000
assert 2 * 318000 + 74000 == 710000 and 318000 // 4 == 79500
assert 180 * 3600 + 12 * 28500 + 24 * 9800 + 386000 == 1611200 and 1611200 + 172800 + 26000 == 1810000
assert round(1611200 * 0.08) == 128896
assert 58000 * 36 + 96000 == 2184000
assert 2 * 268000 + 42000 == 578000 and 268000 // 4 == 67000


def tco_share(key):
    lab = LABELS[key]
    t = dict(zip(TERM_KEYS, lab["t"]))
    if lab["tco"] is None or t["post_warranty_fee_pct"] is None or not lab["x"][2]:
        return None
    base, wm = lab["tco"]
    years = max(0.0, 5 - wm / 12)
    fees = base * t["post_warranty_fee_pct"] / 100 * years
    return fees / (lab["x"][4] + fees) * 100


def rules_of(key):
    """My reading of policy §3 on a label."""
    lab = LABELS[key]
    t = dict(zip(TERM_KEYS, lab["t"]))
    sla, ld_stated, capped, deemed, value = lab["x"]
    goods = t["contract_kind"] == G
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or lab["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(key)
    if goods and share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk_of(rules):
    high = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
            "CR-POST-WARRANTY-FEE"}
    low = {"CR-GOVERNING-LAW"}
    if any(x in high for x in rules):
        return "high"
    if any(x not in low for x in rules):
        return "medium"
    return "low"


def label_json(key):
    lab = LABELS[key]
    sla, ld_stated, capped, deemed, value = lab["x"]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if lab["t"][-1] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    obj = {"file": TARGETS[key][0], "language": lab["lang"], "category": lab["cat"],
           "expected_terms": dict(zip(TERM_KEYS, lab["t"])), "expected_extra": extra,
           "expected_rules": rules_of(key)}
    return json.dumps(obj, ensure_ascii=False, indent=1)


# ---- threshold figures: label values and texts ----
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
PATTERNS = [
    r"(?<![\d.,])(?:30|15|40|100|99\.9|0\.05)(?!\d)\s*(?:%|％|per\s*cent|percent)",
    r"(?<![\d.,])99\.9(?!\d)",
    r"(?<![\d.,])0\.05(?!\d)",
    r"百分之(?:三十|十五|四十|一?百)(?![一二三四五六七八九点])",
    r"万分之五(?![十点])|千分之零点五",
    r"(?<![\d.,])4\s*(?:个)?\s*(?:hours?|hrs?|小时|h\b)",
    r"(?<![十\d])四\s*个?\s*小时",
    r"\bfour[\s-]*hours?",
    r"(?<![\d.,])12\s*(?:个)?\s*(?:months?|个月|-month)",
    r"十二\s*个\s*(?:自然)?\s*月",
    r"twelve[\s-]*(?:calendar\s*)?months?",
    r"(?:质保|保修|免费维护)期?为?\s*一年|一年\s*(?:质保|保修)|one[\s-]*year\s*warranty|warranty\s*of\s*one\s*year",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "预付款为百分之三十", "4小时", "4 hours", "四小时", "99.9%", "99.9", "0.05%", "万分之五",
            "12个月", "12 months", "十二个月", "twelve months", "15%", "百分之十五", "40%", "100%", "百分之百",
            "four hours", "质保期一年", "a 12-month warranty", "4 hrs", "15 per cent"]
MUST_MISS = ["35%", "99.95%", "99.5%", "24小时", "24 hours", "二十四小时", "百分之三十五", "10.05%", "140%", "1,100%",
             "0.055%", "14 hours", "112 months", "120%", "115%", "万分之五十", "36 months", "18 months", "150%",
             "25.0", "45%", "3.5%", "0.08%", "二十四个月"]
for s_ in MUST_HIT:
    assert RX.search(s_) and RX.search(re.sub(r"\s+", "", s_)), ("must hit", s_)
for s_ in MUST_MISS:
    assert not RX.search(s_) and not RX.search(re.sub(r"\s+", "", s_)), ("must miss", s_)


def read_back(path, kind):
    if kind in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if kind == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    office = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(SOURCES, office, OUT, wrap_words=True)
    for key, (name, kind) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)
    covered = set()
    for key, (name, kind) in TARGETS.items():
        lab = LABELS[key]
        text = read_back(OUT / name, kind)
        if lab["lang"] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = RX.search(variant)
            assert not m, (key, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        t = dict(zip(TERM_KEYS, lab["t"]))
        for k_, th in THRESH.items():
            assert t[k_] is None or abs(t[k_] - th) > 1e-9, (key, k_)
        assert len(lab["t"]) == len(TERM_KEYS)
        share = tco_share(key)
        assert share is None or abs(share - 40) >= 2, (key, share)
        rules = rules_of(key)
        assert rules == sorted(lab["design"]), (key, rules, lab["design"])
        covered |= set(rules)
        (OUT / (Path(name).stem + ".json")).write_text(label_json(key), encoding="utf-8")
        print("%s %-52s %5d %s  tco=%s  risk=%s  %s" % (key, name, n, "chars" if lab["lang"] == "zh" else "words",
              None if share is None else round(share, 2), risk_of(rules), ", ".join(rules) or "(none)"))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    # the mix
    n_rules = {k: len(rules_of(k)) for k in LABELS}
    assert [k for k in LABELS if n_rules[k] == 0] == ["z01", "e03"]
    assert rules_of("e01") == ["CR-GOVERNING-LAW"] and risk_of(rules_of("e01")) == "low"
    assert 8 <= n_rules["z05"] <= 10
    assert all(2 <= n_rules[k] <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
