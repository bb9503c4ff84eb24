"""holdout1043: ten blind held-out draft contracts (5 zh, 5 en) with their expected labels.

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder)
Builds every contract file from the sources below (.docx / .pdf through ../word_pdf.py), writes the .json labels,
derives each draft's rules from its labels with this set's reading of policy §3, compares them with the design list,
checks that all 20 CR rules fire, checks the text lengths as read back from the built files, and checks that no label
value and no text sits on a policy threshold.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:政务公开平台软件许可及定制开发合同
P:合同编号：SZF-ZC-2026-0417　采购方式：公开招标（政府采购）
P:甲方（采购人）：清河市人民政府办公室
P:乙方（供应商）：杭州明政信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，甲乙双方就清河市政务公开平台软件许可及定制开发项目，经协商一致，签订本合同。本合同采用甲方合同文本，招标文件、投标文件及中标通知书为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供政务公开平台软件（V5.0）永久使用许可，覆盖市政府办公室及所属42个部门，不限用户数。
P:1.2 乙方按甲方需求进行定制开发，包括政府信息主动公开目录、依申请公开办理流程、政策解读与问答、公开年报自动生成、适老化与无障碍改造等功能模块。
P:1.3 乙方负责将原政府网站公开栏目约18.6万条历史信息迁移至新平台，并完成与市统一身份认证平台、电子证照库、“12345”热线系统的接口对接。
P:1.4 乙方负责平台部署、联调、试运行及对甲方管理员和各部门信息员的培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰陆拾壹万肆仟元整（¥1,614,000），其中：平台软件许可费¥860,000；定制开发费¥512,000；数据迁移及接口对接费¥178,000；部署实施及培训费¥64,000。
P:2.2 合同总价为固定价格，包含税费、差旅、第三方测评配合等全部费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥322,800。
P:3.2 平台通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥726,300。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥565,900。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方通过国库集中支付方式付款。
H:第四条 交付期限
P:4.1 乙方应于合同签订后120日内完成部署并提交初步验收申请，于初步验收后90日内完成试运行并提交最终验收申请。
P:4.2 乙方应在合同签订后10日内提交项目实施方案及进度计划，经甲方书面确认后执行；实施方案应包括需求调研、系统设计、开发测试、数据迁移、上线切换和应急回退等内容。
P:4.3 因甲方原因造成的延误，交付期限相应顺延，乙方应书面提出并经甲方确认。
H:第五条 验收
P:5.1 初步验收标准：招标文件功能清单所列功能全部实现；历史信息迁移完成并经全量比对，条目、附件、发布日期与原系统一致；各接口连续10个工作日运行无差错；平台在500个并发用户下页面平均响应时间不超过2秒。
P:5.2 最终验收标准：试运行期满无一级故障；取得第三方机构出具的网络安全等级保护测评报告及商用密码应用安全性评估报告，且无高风险问题；各部门信息员培训合格率达到规定要求；乙方移交全部文档及源代码。
P:5.3 验收由甲方组织，必要时邀请专家参加，并出具书面验收报告。平台上线运行、甲方使用或支付款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
H:第六条 质量保证与运维服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、技术支持和现场服务。
P:6.2 平台月可用率不低于99.98%（计划内维护除外）。每低于0.01个百分点，乙方向甲方支付¥1,500。
P:6.3 故障分级响应：一级故障（平台无法访问或信息无法发布）30分钟内响应、2小时内到达现场；二级故障1小时内响应；三级故障当日响应。乙方每超出响应时限1小时，向甲方支付¥800。
P:6.4 质保期内乙方应每季度开展一次巡检，提交巡检报告，并在重大活动和节假日期间安排专人值守。
P:6.5 质保期满后，甲方如需继续购买运维服务，年度运维费不超过平台软件许可费的9%（即每年不超过¥77,400），该价格在质保期满后三年内不得上调。运维服务合同另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台软件的著作权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 乙方为本项目定制开发的功能模块、接口程序、迁移脚本及其源代码和技术文档，知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:7.3 乙方保证所提供的软件及成果不侵犯任何第三方的知识产权，因侵权引起的一切责任由乙方承担。
H:第八条 数据安全与数据权属
P:8.1 平台中的全部政务信息、用户数据、日志及迁移数据均属于甲方所有。乙方仅为履行本合同处理上述数据，不得用于其他任何目的，不得留存或向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，采取访问控制、加密传输、操作审计等措施；远程维护须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 乙方对履行合同中知悉的甲方工作秘密、未公开信息及系统配置信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方提交的成果经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并按合同总价的10%支付违约金。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十一条 分包
P:本项目不允许分包。乙方不得将合同的全部或部分义务转让或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 双方的其他权利义务
P:14.1 甲方应指定项目联系人，按时提供需求确认、测试环境、历史数据及接口文档，并协调各部门配合培训与测试。
P:14.2 乙方应组建不少于8人的项目团队，其中项目经理应具有高级项目管理资格，未经甲方同意不得更换。乙方人员进入甲方办公场所应遵守甲方的安全保卫和保密管理制度。
P:14.3 乙方应每两周向甲方提交项目进度报告，如实说明进度、问题和风险；重大问题应即时书面报告。
H:第十五条 不可抗力
P:因地震、洪水、战争等不可抗力导致不能履行合同的，受影响一方应在3日内通知对方，并在15日内提供有关证明，双方根据影响程度协商延期履行或部分免除责任。
H:第十六条 其他
P:16.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:16.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：清河市人民政府办公室　　乙方（盖章）：杭州明政信息技术有限公司
P:日期：2026年　月　日
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：JS-YMQ-2026-088
P:甲方：江苏永磨电动工具有限公司（电动研磨器生产厂）
P:乙方：常州恒控自动化工程有限公司
P:甲方拟对其电动研磨器总装一线、总装二线及转子加工线的控制系统进行改造升级。经双方协商一致，就控制系统改造的设备供货、软件许可、安装调试及售后维保事宜，订立本合同，共同遵守。
H:第一条 改造范围
P:1.1 乙方负责拆除三条生产线原有继电器控制柜，新装PLC控制柜、伺服驱动系统、人机界面和工业以太网，实现工位联锁、节拍控制、扭矩与转速在线检测。
P:1.2 乙方提供生产数据采集软件许可（MES数据采集模块），采集设备状态、产量、不良品及能耗数据，并与甲方现有ERP系统对接。
P:1.3 主要技术要求：PLC扫描周期不大于20毫秒；伺服定位精度±0.02毫米；HMI支持中英文切换和分级权限；工业以太网采用环网结构，单点断线时自愈时间不超过50毫秒；数据采集周期不大于1秒。
P:1.4 乙方负责编写定制控制程序及HMI画面，完成安装、调试、试生产和操作人员培训。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰贰拾陆万元整（¥1,260,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含主站及远程I/O）|6套|86,000|516,000
TB:2|伺服驱动器及电机改造|24套|9,500|228,000
TB:3|触摸屏人机界面|12台|6,800|81,600
TB:4|工业以太网交换机|8台|4,200|33,600
TB:5|MES数据采集软件许可|1套|168,000|168,000
TB:|软硬件小计|||1,027,200
TB:6|安装调试|1项|126,000|126,000
TB:7|定制控制程序开发|1项|94,800|94,800
TB:8|操作及维护培训|1项|12,000|12,000
TB:|合计|||1,260,000
P:2.2 上述价格含设备运输、保险、安装材料、税费及乙方人员费用。
P:2.3 付款方式如下：
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%，即¥252,000。
P:（二）设备到货并安装完毕后10个工作日内，甲方支付合同总价的45%，即¥567,000。到货安装不视为验收。
P:（三）最终验收合格后10个工作日内，甲方支付合同总价的35%，即¥441,000。
H:第三条 交付与工期
P:3.1 乙方应于合同签订后60日内将全部设备运抵甲方厂区，并利用甲方安排的停产检修窗口分线施工，每条线停线改造时间不超过7日。
P:3.2 乙方应提前提交停线施工计划，经甲方生产部门确认后实施；施工期间应遵守甲方安全生产管理制度。
P:3.3 改造期间乙方应保留原控制柜拆除前的接线记录和程序备份，确保改造失败时能在8小时内恢复原系统运行，避免影响甲方订单交付。
P:3.4 乙方未能按期交付或停线超时的，应立即采取补救措施，并书面说明原因及新的完成时间。
H:第四条 验收
P:4.1 每条生产线改造完成后进行72小时连续试生产，试生产期间不得发生因控制系统引起的停线，生产节拍达到每分钟22台，扭矩检测误判率低于千分之二。
P:4.2 三条线均试生产合格后，双方按技术协议逐项进行最终验收，包括I/O点位核对、联锁功能测试、急停及安全回路测试、数据采集完整性核对和ERP接口测试，并签署最终验收报告。
P:4.3 设备到货签收、安装完毕或投入试生产，均不视为最终验收合格。
H:第五条 质量保证
P:5.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题产生的维修、更换及软件修正，乙方免费提供。
P:5.2 故障响应：一级故障（整线停机）30分钟内响应，2小时内到达现场；二级故障（单工位停机）2小时内响应，当日到场。乙方每超时1小时，向甲方支付¥1,000。
P:5.3 控制系统月可用率不低于99.5%（按整线因控制系统故障停机时间计算）。每低于0.1个百分点，乙方向甲方支付¥2,000。
P:5.4 乙方应在甲方厂区存放常用备件，备件清单经甲方确认，并每半年进行一次预防性维护，维护结束后提交书面记录。
H:第六条 质保期后维保
P:6.1 质保期满后，乙方提供年度维保服务，维保费每年不超过软硬件小计的8%（即不超过¥82,176），该费用在质保期满后三年内固定不变。
P:6.2 维保服务内容包括定期巡检、故障维修、备件供应、程序优化，响应时限与第5.2条相同。维保合同每年另行签订。
P:6.3 维保期内乙方每年提交设备健康评估报告，对易损件提出更换建议，备件价格不高于本合同单价。
H:第七条 知识产权
P:7.1 MES数据采集软件著作权归乙方，乙方授予甲方在本厂区内永久使用许可。
P:7.2 为本项目编写的定制控制程序、HMI画面、接口程序及其源代码、注释和电气图纸，知识产权归甲方所有，甲方可自行修改或委托他人维护。
H:第八条 数据安全
P:8.1 生产数据、工艺参数及ERP接口数据均属于甲方所有，乙方不得复制、留存或用于本合同以外的目的。
P:8.2 乙方远程诊断须经甲方书面批准，并通过甲方指定的安全通道进行，操作全程留痕；乙方应确保提供的设备和软件不含恶意代码。
P:8.3 乙方交付的工控设备应关闭不必要的端口和服务，默认口令须在交付前修改，并向甲方提交安全配置清单。
P:8.4 因乙方原因导致数据泄露、丢失或控制系统遭受网络攻击的，乙方应在2小时内通知甲方，立即采取补救措施，并承担由此造成的全部损失。
H:第九条 保密
P:乙方对甲方的工艺参数、产品图纸、产能数据及其他商业秘密负有保密义务，合同终止后三年内仍应保密。
H:第十条 违约责任
P:10.1 任何一方违反本合同约定的，应承担继续履行、采取补救措施或赔偿损失等违约责任。
P:10.2 因乙方原因验收不合格的，乙方应在10日内免费整改，整改后重新验收，由此增加的费用由乙方承担；给甲方造成停产损失的，乙方应予赔偿。
P:10.3 甲方逾期付款的，按逾期金额每日万分之二支付利息。
H:第十一条 分包
P:电气安装工程可以分包给具有相应资质的单位，但须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:12.2 合同解除后，乙方应移交已完成部分的程序、图纸和资料，甲方按已验收部分结算。
H:第十三条 安全生产与培训
P:13.1 乙方施工人员须持证上岗，进入甲方厂区前接受甲方安全教育，遵守动火、登高、临时用电及上锁挂牌等管理规定。因乙方人员违章作业造成人身伤害或财产损失的，由乙方负责。
P:13.2 乙方应为甲方培训电气维护人员不少于6名、生产线操作人员不少于40名，培训内容包括设备操作、日常点检、常见故障处理及程序备份恢复，并提供中文操作手册、维护手册和电气原理图各三套。
H:第十四条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商调整工期，部分或全部免除责任。
H:第十五条 争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院起诉。
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：江苏永磨电动工具有限公司　　乙方（盖章）：常州恒控自动化工程有限公司
"""

Z03 = """门店预约及会员管理SaaS服务合同

合同编号：QF-SaaS-2026-031

甲方：上海铁拳体育发展有限公司（“铁拳拳馆”连锁，共30家门店）
乙方：深圳约课云科技有限公司

鉴于甲方需要为其30家拳击培训门店统一部署课程预约、会员管理及收银系统，乙方同意以SaaS方式提供服务并完成实施，双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方30家门店提供“约课云”SaaS服务，包括团课与私教课预约、教练排班、会员卡与课包管理、储值及收银、到店签到、体测档案和经营报表等功能。
2. 甲方总部及各门店管理人员可开通不超过180个后台账号，会员端通过微信小程序使用，会员数量不限。
3. 服务采用乙方公有云部署，数据存储于中国境内的云服务机房。
（二）实施服务
1. 乙方负责系统初始化配置、30家门店的课程与价目设置、门店收银设备联调。
2. 乙方负责将甲方原系统中约4.2万名会员的档案、剩余课时和储值余额迁移至本系统。
3. 乙方为甲方定制开发“拳击等级考核与赛事报名”小程序模块。
4. 乙方对甲方总部及各门店人员进行培训，培训不少于6场。

二、服务期限
（一）服务期为两个服务年度，自系统上线验收合格之日起计算，每个服务年度为连续的三百六十五日。
（二）服务期满前60日内，任何一方未书面提出不续约的，本合同自动续期一个服务年度，此后亦同。续期期间，除服务费外，本合同其他条款继续有效。续期的服务费由乙方根据当年价格政策确定，上调幅度不超过上一服务年度服务费的8%，乙方提前30日书面通知甲方即可，无需另行签署协议。

三、费用及支付
（一）费用构成
1. 订阅服务费：每家门店每个服务年度¥9,800，30家门店每个服务年度合计¥294,000，两个服务年度合计¥588,000。
2. 实施及数据迁移费：¥46,000（一次性）。
3. 小程序定制开发费：¥38,000（一次性）。
4. 本合同总金额为¥672,000。
（二）支付方式
1. 本合同不设预付款。
2. 实施及数据迁移费、定制开发费，在上线验收合格后15个工作日内一次性支付。
3. 订阅服务费按季度支付，每季度结束后10个工作日内，甲方支付该季度服务费¥73,500。
4. 新增门店按每店每个服务年度¥9,800按月折算计费；关闭门店的，自关闭次月起停止计费。
5. 乙方收款前应向甲方开具合法有效的增值税专用发票，发票信息错误的，甲方付款期限相应顺延。

四、上线与验收
（一）乙方应于合同签订后45日内完成全部门店的配置、数据迁移和培训，并提交上线验收申请。
（二）上线验收标准：
1. 合同附件所列功能全部可用，定制模块通过甲方测试；
2. 迁移数据经抽查与原系统比对，会员档案、剩余课时、储值余额全部一致；
3. 在高峰时段2,000名会员同时预约的情况下，预约操作响应时间不超过3秒；
4. 30家门店连续试运行14日，未发生影响营业的故障。
（三）甲方应在收到验收申请后7个工作日内组织验收并出具书面意见。试运行或甲方门店使用系统，不视为验收合格。
（四）上线后首月，乙方应安排实施顾问对每家门店至少回访一次，收集使用问题并在两周内完成优化，回访记录提交甲方备案。
（五）乙方逾期完成上线的，每逾期一日，向甲方支付¥500违约金。

五、服务水平
（一）系统月可用率不低于99.97%，计划内维护应安排在凌晨2点至5点并提前24小时通知甲方。
（二）故障分级及响应：
1. 一级故障（系统整体无法访问、无法收银或预约）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：2小时内响应，当日恢复；
3. 三级故障（一般问题或咨询）：1个工作日内答复。
（三）乙方提供7×24小时电话及在线客服支持，并为甲方配置专属客户成功经理，负责需求对接、使用培训和月度经营数据解读，人员变更应提前通知甲方。
（四）乙方未达到上述服务水平的，应向甲方提交书面故障报告并改进，乙方不因此承担服务费扣减、赔偿或其他责任。

六、数据
（一）甲方及其会员在系统中产生的会员信息、课程记录、交易流水等业务数据归甲方所有。
（二）甲方同意，乙方可以对甲方业务数据进行脱敏和汇总处理后，用于行业经营分析报告、产品功能改进及乙方其他客户的经营对标服务，该项使用在本合同终止后仍可继续。
（三）乙方应采取加密存储、访问控制、操作日志审计和异地备份等措施保障数据安全，会员个人信息的处理应符合《个人信息保护法》的规定。
（四）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，并采取补救措施；因乙方原因造成的，乙方承担相应赔偿责任。
（五）合同终止后30日内，乙方应按甲方要求以通用格式导出全部业务数据交付甲方，并删除系统中的甲方数据。

七、知识产权
（一）“约课云”平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制开发的“拳击等级考核与赛事报名”模块，其源代码、设计文档及相关知识产权归甲方所有，甲方可自行或委托第三方修改、使用。

八、保密
双方对在合作中知悉的对方商业秘密，包括甲方的会员名单、价格策略、门店经营数据，负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内有效。

九、违约与责任
（一）一方违约给对方造成损失的，应予赔偿。
（二）乙方对本合同项下的累计赔偿责任以本合同总金额的两倍为限，但因乙方故意或重大过失造成的数据泄露损失不受此限。
（三）甲方逾期支付服务费超过30日的，乙方可暂停服务，但应提前7日书面通知。

十、双方的其他权利义务
（一）甲方应指定总部项目负责人及各门店联络人，按时提供门店资料、课程价目、原系统数据及收银设备清单，并组织人员参加培训。
（二）甲方应妥善保管后台账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。
（三）乙方每季度至少进行一次版本更新，新增的标准功能甲方可免费使用；版本更新不得降低现有功能，影响门店操作的变更应提前7日通知甲方并提供操作说明。
（四）乙方应每季度向甲方提交服务报告，内容包括系统可用率、故障统计、客服工单处理情况及改进建议。
（五）乙方应确保小程序及支付功能符合微信平台和支付机构的规则，因乙方原因导致小程序下架或支付中断的，乙方应立即恢复。

十一、分包
乙方不得将本合同项下的实施服务和定制开发转包或分包，确需分包的应事先取得甲方书面同意。

十二、合同解除
（一）一方严重违约，经对方书面催告后15日内未纠正的，守约方有权解除合同。
（二）乙方连续两个月未达到第五条服务水平的，甲方有权解除合同。

十三、法律适用及争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交上海仲裁委员会仲裁。

十四、不可抗力
因不可抗力或云服务基础设施的重大区域性故障导致不能履行的，受影响一方应及时通知对方并在10日内提供证明，双方协商处理。

十五、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：上海铁拳体育发展有限公司
乙方（盖章）：深圳约课云科技有限公司
"""

Z04 = """临川县农业农村局土壤墒情监测系统年度运维服务合同

项目编号：LCNY-CS-2026-012（竞争性磋商）

甲方（采购人）：临川县农业农村局
乙方（成交供应商）：江西赣农物联科技有限公司

根据临川县土壤墒情监测系统年度运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方本着平等自愿的原则，签订本合同。

第一条 服务范围
（一）运维对象：甲方已建成的土壤墒情监测系统，包括全县120个固定式墒情监测站（含土壤水分、温度、电导率传感器，太阳能供电及4G传输单元）、6个移动式墒情速测仪和县级墒情监测平台。
（二）服务内容：
1. 监测站点每季度现场巡检一次，清洁太阳能板，检查供电、通信及防雷接地；
2. 传感器每年比对校准一次，与烘干称重法对比，误差超出允许范围的予以调校或更换；
3. 县级平台的日常运行维护、数据审核、异常数据剔除及数据库备份；
4. 每月10日前编制上月墒情简报，旱情或涝情期间按甲方要求加密报送；
5. 配合甲方完成省级墒情监测平台的数据对接和年度考核；
6. 每年春播前和秋播前各开展一次全县站点专项检查，并向甲方提交检查报告。
（三）备品备件：乙方在县城设立备件库，储备不少于站点总数5%的传感器及通信单元，常规备件更换费用包含在合同价款内。

第二条 服务期限
服务期为一年，自2026年7月1日起至2027年6月30日止。服务期满合同终止，下一年度运维服务由甲方另行组织采购，本合同不自动续期。

第三条 合同价款
（一）本合同总价为人民币叁拾捌万陆仟元整（¥386,000），其中：站点巡检维护费¥216,000（120个站点×¥1,800）；平台运维及数据服务费¥96,000；传感器比对校准费¥54,000；备品备件费¥20,000。
（二）合同价款为包干价，包含人工、交通、检测设备、备件、税费等一切费用。

第四条 付款方式
（一）本合同不设预付款。
（二）运维服务费按季度支付。每季度结束后，甲方按第七条进行季度考核，考核合格后15个工作日内支付当季运维服务费¥96,500；考核扣减的金额从当季运维服务费中直接扣除。
（三）乙方每次申请付款时应提交季度运维报告、巡检记录、故障处理台账和合法有效的发票，资料不全的，甲方付款期限相应顺延。
（四）甲方按照国库集中支付的规定办理付款，因财政审批流程造成的合理延迟不视为甲方违约。

第五条 服务要求
（一）故障分级：
1. 一级故障：县级平台中断，或同时10个以上站点数据中断；
2. 二级故障：单个站点数据中断或数据明显异常；
3. 三级故障：一般性问题及咨询。
（二）响应及修复时限：一级故障1小时内响应，24小时内修复；二级故障2小时内响应，72小时内到达现场修复；三级故障2个工作日内处理完毕。
（三）乙方未在规定时限内响应的，每次扣减运维服务费¥500；未在规定时限内修复的，每超过一日扣减¥300。
（四）乙方应设立7×24小时服务热线，配备不少于4名专职运维人员，其中至少1人持有相关专业中级以上职称。
（五）乙方每日对平台接收的数据进行审核，对缺测、跳变、超量程等异常数据进行标记和剔除，并在当日查明原因；连续两日异常的站点按二级故障处理。
（六）汛期和抗旱关键期（每年4月至9月），乙方应安排专人值守平台，发现旱涝苗头及时报告甲方。

第六条 数据
（一）监测系统采集的全部墒情数据、站点信息、平台数据库及乙方编制的简报、报告，均属于甲方所有。
（二）乙方仅可为履行本合同使用上述数据，未经甲方书面同意，不得向任何第三方提供，不得用于本合同以外的任何目的。
（三）服务期满或合同终止时，乙方应将全部运维记录、数据备份及平台账号移交甲方。

第七条 考核与验收
（一）季度考核：甲方每季度对乙方服务进行考核，考核内容包括巡检完成率、故障响应及修复及时率、墒情简报按时报送情况、站点数据完整性，考核办法见磋商文件附件。考核得分低于80分的，按每低1分扣减当季运维服务费的0.5%。
（二）年度验收：服务期满前30日内，甲方组织年度验收，验收标准为全年四次巡检全部完成、全部传感器完成比对校准并提交校准报告、平台运行正常、运维档案完整，验收合格后双方签署验收报告。
（三）年度验收不合格的，乙方应在15日内完成整改并申请复验，复验仍不合格的，甲方有权扣减平台运维及数据服务费的一部分，具体比例由双方根据未达标事项协商确定。
（四）甲方支付季度款项不视为对乙方全年服务的验收。

第八条 双方的权利义务
（一）甲方应向乙方提供监测系统的建设资料、站点分布图、设备台账及平台管理员账号，协调乡镇农业综合服务站配合乙方开展现场工作。
（二）甲方有权随时抽查乙方巡检和校准工作，对不符合要求的事项要求乙方限期整改。
（三）乙方应建立运维档案，逐站记录巡检时间、设备状态、故障处理及备件更换情况，每季度末提交季度运维报告，服务期满提交年度运维总结。
（四）乙方运维人员应相对稳定，更换项目负责人须提前15日书面报甲方同意。
（五）乙方人员在田间作业时应遵守安全规定，做好防雷、防暑、防溺水等防护措施，乙方人员在作业中发生的人身伤害由乙方自行负责。
（六）乙方更换的传感器和通信单元应与原设备型号一致或性能不低于原设备，并经甲方确认；换下的旧设备交还甲方处置。

第九条 知识产权
乙方在运维过程中编写的数据处理脚本、运维手册、巡检表单等成果，知识产权归甲方所有，甲方可自由使用和修改。

第十条 保密
乙方对履行合同中获取的甲方未公开信息、监测数据及平台账号密码负有保密义务，不得泄露。本条在合同终止后继续有效。

第十一条 违约责任
（一）乙方未按服务计划完成季度巡检或年度校准的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方服务未达到第五条要求的，除按第五条扣减外，还应承担因此给甲方造成的损失。
（三）甲方无正当理由逾期付款的，应按逾期金额每日万分之二支付违约金。

第十二条 合同的履行与解除
（一）合同一经签订，双方应全面履行。服务期内，除因不可抗力致使合同目的无法实现外，任何一方不得解除本合同。
（二）乙方服务不达标的，甲方应按第五条、第七条扣减费用并要求乙方限期整改，乙方应继续履行合同直至服务期满。

第十三条 分包与转让
乙方不得将本合同项下的服务全部或部分转包、分包给第三方。

第十四条 不可抗力
因洪涝、地震、大面积停电等不可抗力导致不能按时履行的，乙方应在事件发生后3日内通知甲方并提供证明，履行期限相应顺延；不可抗力消除后，乙方应优先恢复受损站点的运行。

第十五条 争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 其他
（一）磋商文件、响应文件、成交通知书为本合同的组成部分。
（二）本合同一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份，自双方签字盖章之日起生效。

甲方（盖章）：临川县农业农村局
乙方（盖章）：江西赣农物联科技有限公司
签订日期：2026年6月　日
"""

Z05 = """# 软件许可及定制开发合同

**（工序云标准合同文本 V3.0 · 乙方格式合同）**

合同编号：GXY-2026-0519

- 甲方（买方）：成都蜀甜糖画文化工作室
- 乙方（卖方）：成都工序云软件有限公司

甲方拟采购乙方“工序云”生产过程追踪软件，并委托乙方进行定制开发。双方经友好协商，同意按照本标准合同文本签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“工序云”生产过程追踪软件（标准版）永久使用许可，含5个并发用户、1个生产场地。

1.2 乙方根据甲方需求进行定制开发，包括：糖画作品从熬糖、造型、冷却、包装到发货的工序扫码追踪；原料批次（白砂糖、麦芽糖）与成品的关联追溯；手艺人计件统计；定制订单（婚庆、展会、研学活动）排产看板；与甲方网店订单系统的接口。

1.3 软件运行所需的服务器（或云主机）、扫码枪、标签打印机、平板电脑及网络由甲方自行采购，乙方提供配置建议。

1.4 乙方负责软件部署、基础数据初始化及对甲方人员的操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序云软件许可（标准版，永久） | 168,000 |
| 2 | 定制开发 | 96,000 |
| 3 | 部署实施及培训 | 24,000 |
| | 合计 | 288,000 |

本合同总价为人民币贰拾捌万捌仟元整（¥288,000），含增值税。上述价款不含第1.3条所列硬件、云主机租用费及短信、电子面单等第三方服务费用，该等费用由甲方自行承担。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥187,200。乙方收到该笔款项后启动项目。

3.2 系统上线后5个工作日内，甲方支付合同总价的35%，即¥100,800。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，逾期超过15日的，乙方有权暂停开发和服务。

## 第四条 交付

4.1 乙方应在收到首笔款项后60日内完成定制开发和部署，具备上线条件。开发期间乙方每两周通过电子邮件向甲方报告一次进度。

4.2 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

4.3 乙方交付物包括：软件安装包及授权文件、定制功能模块、接口配置说明、操作手册、管理员手册。定制模块以可执行程序形式交付，不提供源代码。

4.4 因甲方需求变更、资料提供不及时或场地网络条件不具备造成的延误，不视为乙方逾期。

## 第五条 上线与验收

5.1 乙方完成部署后通知甲方上线。系统上线运行即视为甲方验收合格。

5.2 上线前，乙方可自行组织功能测试，测试结果以乙方内部测试报告为准，甲方可派员参加。

5.3 上线后甲方发现问题的，可向乙方反馈，乙方在合理期限内处理，但不影响验收结论和付款。

## 第六条 免费维护

6.1 乙方自系统上线之日起为甲方提供六个月的免费维护服务，包括软件缺陷修复、远程技术支持和操作咨询。

6.2 故障响应：一级故障（系统无法登录或无法扫码）乙方在8小时内响应；二级故障在2个工作日内响应；三级故障在5个工作日内响应。乙方每超时响应一次，向甲方支付¥200。

6.3 乙方以远程支持为主，服务时间为工作日9:00至18:00；确需现场服务的，甲方承担乙方人员的差旅费用，现场服务按每人每日¥1,200另行收费。

## 第七条 付费维护

7.1 免费维护期满后，甲方如需继续获得维护服务，应向乙方支付年度维护费，年度维护费为软件许可费的32%，即每年¥53,760。

7.2 年度维护服务按年签订，维护费在每个维护年度开始前一次性支付。未支付维护费的，乙方不再提供缺陷修复、升级和技术支持。

7.3 维护服务中断后甲方重新购买维护服务的，应补缴中断期间的维护费。

## 第八条 双方的权利义务

8.1 甲方应在合同签订后10日内向乙方提供工序说明、原料清单、产品编码规则、网店接口文档等资料，并指定一名联系人负责需求确认。甲方对需求的确认以书面或电子邮件形式为准。

8.2 甲方在需求确认后提出新增或变更需求的，乙方有权另行报价，工期相应顺延。

8.3 乙方应指派项目经理负责项目实施，按月向甲方通报进度，并为甲方培训不少于3名系统管理员和全部一线手艺人，培训结束后提供操作手册。

8.4 甲方应按照乙方的操作规范使用软件，因甲方擅自修改配置、数据库或安装第三方插件造成的故障，乙方不承担责任，修复服务另行收费。

8.5 免费维护期和付费维护期内，乙方向甲方提供软件的常规版本升级，但新增模块需另行购买。

## 第九条 知识产权

9.1 “工序云”软件及其所有版本的知识产权归乙方所有。

9.2 乙方根据本合同定制开发的功能模块、接口程序、报表及其源代码和文档，知识产权均归乙方所有。甲方仅享有在本合同约定范围内的非独占使用权，不得修改、反向工程或许可第三方使用。

9.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 第十条 数据

10.1 甲方在软件中录入和产生的生产数据、订单数据、客户信息归甲方所有，乙方不得用于本合同以外的目的。

10.2 乙方应采取合理的技术措施保护甲方数据安全，包括账号权限管理、传输加密和每日备份。因乙方原因发生数据泄露或丢失的，乙方应在24小时内通知甲方，协助甲方补救，并赔偿甲方由此遭受的直接损失。

10.3 合同终止后，乙方应甲方要求以Excel格式导出甲方的业务数据，并在导出完成后30日内删除乙方保存的甲方数据。

## 第十一条 保密

双方对在合同履行中知悉的对方技术信息和经营信息负有保密义务，未经对方书面同意，不得向第三方披露。甲方的糖画配方、造型设计稿和客户名单属于甲方商业秘密。

## 第十二条 委托第三方

乙方可根据项目需要，将部分开发、实施或维护工作委托给乙方合作伙伴完成，无需另行取得甲方同意，乙方对合作伙伴的工作承担责任。乙方合作伙伴包括但不限于外包开发团队、实施服务商和云服务提供商，乙方可根据需要自行选择或更换。

## 第十三条 责任限制

13.1 乙方对本合同项下全部违约及赔偿责任的累计总额，以本合同总价的20%为限。

13.2 乙方不对甲方的间接损失、利润损失、商誉损失承担责任。

## 第十四条 合同解除

一方严重违约且经对方书面催告后30日内仍未纠正的，守约方可以书面通知解除本合同。合同解除前甲方已支付的款项，乙方已投入开发的部分不予退还。

## 第十五条 不可抗力

因不可抗力、网络运营商故障、第三方平台接口变更等非乙方可控原因导致乙方不能履行或延迟履行的，乙方不承担责任。

## 第十六条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，由双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十七条 其他

17.1 本合同为乙方标准合同文本，双方确认已充分理解全部条款。

17.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（签章）：成都蜀甜糖画文化工作室　　乙方（签章）：成都工序云软件有限公司

日期：2026年　月　日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. MPS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Ningbo Hengrun Food Packaging Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Ningbo, Zhejiang (the "Customer"), and Mountain Parkway Software, LLC, a Kentucky limited liability company with its principal office at 214 Main Street, Paintsville, Kentucky 41240, United States (the "Vendor").
P:The Customer operates two packaging plants in Ningbo and Jiaxing and wishes to replace its spreadsheet-based maintenance records with the Vendor's ParkwayCMMS maintenance management software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the ParkwayCMMS application, version 8, in object code, together with its documentation and any corrections and updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, data-migration scripts, configuration workbooks and other materials prepared by the Vendor specifically for the Customer under Article 3.
P:1.3 "Customer Data" means all data entered into, generated by or migrated into the Software by or for the Customer, including asset registers, work orders, spare-part records and maintenance histories.
P:1.4 "Go-Live" means the first day on which the Software is used in production at both plants.
P:1.5 "Final Acceptance" means the date of the Final Acceptance Certificate signed by the Customer under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the internal business purposes of the Customer and its affiliates in the People's Republic of China, for up to 120 named users and two plant sites.
P:2.2 The Customer may make a reasonable number of copies of the Software for backup, testing and disaster-recovery purposes.
P:2.3 The Customer may not sublicense the Software or use it to provide services to third parties. Additional users or sites may be licensed at the unit prices stated in Article 4.
H:Article 3 Services
P:3.1 The Vendor shall perform the following services: installation of the Software on the Customer's servers in Ningbo; configuration of asset hierarchies, work-order types and preventive-maintenance plans for both plants; migration of approximately 9,800 asset records and six years of maintenance history; development of interfaces to the Customer's ERP system (purchase requisitions and spare-part stock) and to the line-monitoring system (machine run hours); and training.
P:3.2 The Vendor shall deliver a project plan within ten days after signature. The Vendor shall achieve Go-Live within 110 days after signature and shall request Final Acceptance within 60 days after Go-Live.
P:3.3 Training comprises three administrator courses and eight end-user sessions held at the plants, with Chinese-language course material.
H:Article 4 Price
P:4.1 The total price of this Agreement (the "Contract Price") is CNY 1,716,000, inclusive of applicable taxes, made up as follows: perpetual Software licence for 120 named users and two sites, CNY 1,180,000; installation, configuration and data migration, CNY 342,000; ERP and line-monitoring interfaces, CNY 156,000; training, CNY 38,000.
P:4.2 Additional named users may be licensed at CNY 8,900 each, and an additional plant site at CNY 96,000, during the three years after signature.
P:4.3 The Contract Price is fixed. The Vendor's travel, accommodation and subsistence costs are included.
H:Article 5 Payment and Acceptance
P:5.1 The Customer shall pay the Contract Price in three instalments against the Vendor's invoice: (a) 20% (CNY 343,200) within 30 days after signature; (b) 45% (CNY 772,200) within 30 days after Go-Live; and (c) 35% (CNY 600,600) within 30 days after Final Acceptance.
P:5.2 Final Acceptance tests shall be carried out by the Customer with the Vendor's assistance under the acceptance test plan agreed in the project plan. The acceptance criteria are: every function listed in Annex 1 performs as specified; the migrated asset and history records reconcile with the source records without discrepancy; the ERP interface transfers requisitions and stock movements correctly for 20 consecutive working days; screen response is under three seconds for 60 concurrent users; and no Severity 1 or Severity 2 defect remains open.
P:5.3 If the tests are not passed, the Vendor shall correct the defects and the tests shall be repeated within 15 days. Go-Live, production use of the Software and payment of any instalment do not constitute acceptance.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with the documentation and Annex 1 for a period of 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and new releases and provide telephone, e-mail and remote support free of charge.
P:6.2 Support requests are classified by severity. Severity 1 means that the Software is unavailable at either plant or that work orders cannot be created; Severity 2 means that a major function is impaired; Severity 3 covers other defects and questions.
P:6.3 The Vendor shall respond to a Severity 1 request within one hour, at any time of day, and provide a workaround or fix within eight hours; respond to a Severity 2 request within two business hours; and respond to a Severity 3 request within one business day.
P:6.4 For each full hour by which the Vendor exceeds the response time for a Severity 1 request, the Vendor shall credit the Customer CNY 1,000; for each full business day of delay on a Severity 2 request, CNY 500. Credits are deducted from the next invoice or paid on request.
H:Article 7 Post-Warranty Support
P:7.1 After the Warranty Period the Customer may order annual support, covering the services described in Article 6 on the same response times and credits. The annual support fee shall be 11% of the Software licence fee, i.e. CNY 129,800 per year, and shall remain fixed for the first three support years after the Warranty Period.
P:7.2 Each support year is ordered by a separate purchase order. Support does not renew automatically, and the Customer may stop ordering support at any time without penalty.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software.
P:8.2 All rights, title and interest in the Custom Deliverables, including their source code, pass to the Customer on creation. The Customer may use, modify, copy and license the Custom Deliverables freely, and may engage third parties to maintain them. The Vendor shall deliver the source code and build instructions with the request for Final Acceptance.
P:8.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 9 Data Protection and Security
P:9.1 Customer Data belongs to the Customer. The Vendor may access and process Customer Data only as required to perform this Agreement, and shall not use it for any other purpose, including analytics, benchmarking or product development.
P:9.2 The Software is installed on the Customer's premises. The Vendor shall access the Customer's systems only through the remote-access channel designated by the Customer, after approval for each session, and shall not copy Customer Data to any system outside the Customer's network or outside China.
P:9.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law in its processing of Customer Data, and shall keep its personnel under written obligations of confidentiality.
P:9.4 The Vendor shall notify the Customer within six hours after becoming aware of any unauthorised access to or loss of Customer Data in its possession, shall take immediate remedial measures, and shall be liable for all losses caused by a breach attributable to the Vendor.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public technical and business information disclosed by the other party, use it only for the purposes of this Agreement and not disclose it to any third party without prior written consent.
P:10.2 This Article survives termination for three years.
H:Article 11 Delay Damages and Liability
P:11.1 If Go-Live is delayed beyond the date in Article 3.2 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to liability for death or personal injury, wilful misconduct, infringement under Article 8.3 or breach of Article 9.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent, and remains responsible for the acts and omissions of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice.
P:13.2 If the Customer terminates under Article 13.1 before Final Acceptance, the Vendor shall refund all amounts paid for services not accepted, and the Customer may retain and use all Custom Deliverables delivered up to termination.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Commonwealth of Kentucky, United States, without regard to its conflict-of-laws rules.
P:14.2 Any dispute shall first be discussed by the parties' senior managers. If it is not resolved within 30 days, either party may bring proceedings in the state or federal courts located in Kentucky, to whose jurisdiction the parties submit.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Project Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM — QualiTrack QMS Cloud Subscription

Order Form No. HCS-OF-2026-0388

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A, the parties agree to both Parts. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Parties

- **Provider:** Hampshire Cloud Systems, Inc., a West Virginia corporation, 45 East Main Street, Romney, West Virginia 26757, United States, acting for this order through its service partner in Shanghai.
- **Customer:** Changzhou Yikang Medical Devices Co., Ltd., Wujin District, Changzhou, Jiangsu, People's Republic of China.

### A2. Subscribed Service and Term

- **Service:** QualiTrack QMS Cloud, Enterprise edition, covering document control, training records, CAPA, complaint handling, nonconformance, supplier quality and audit management, hosted in the Provider's mainland China region.
- **Users:** 250 named users. Read-only auditor accounts are free of charge.
- **Subscription Term:** 24 months from the Subscription Start Date. The Subscription Start Date is the date of the Onboarding Acceptance certificate under A4.
- **Renewal:** This Order Form does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|---|
| QualiTrack QMS Cloud subscription, Year 1 | per user per year | 250 | 1,160 | 290,000 |
| QualiTrack QMS Cloud subscription, Year 2 | per user per year | 250 | 1,160 | 290,000 |
| Onboarding, configuration and data migration | one-time | 1 | 64,000 | 64,000 |
| **Total Order Value** | | | | **644,000** |

All amounts include VAT. Additional users may be added at the same unit price, pro rata to the end of the current subscription year.

### A4. Onboarding and Acceptance

1. The Provider shall configure the Service to the Customer's quality-system procedures, migrate the Customer's controlled documents (approximately 3,600 documents with revision history), training matrices and open CAPA records, set up single sign-on with the Customer's directory, and train 20 key users.
2. Onboarding shall be completed within 50 days after signature of this Order Form.
3. Onboarding Acceptance criteria: all migrated documents and revision histories reconcile with the Customer's export without discrepancy; the configured workflows pass the Customer's user acceptance test scripts; electronic signatures and audit trails meet the Customer's documented requirements for medical-device quality records; single sign-on works for all users; and a validation summary report is delivered. The Customer shall sign the Onboarding Acceptance certificate within five business days after the criteria are met. Use of the Service for training or testing before that date is not acceptance.
4. If Onboarding is not completed on time for reasons attributable to the Provider, the Provider shall pay the Customer CNY 450 for each day of delay.

### A5. Invoicing and Payment

1. The Onboarding fee is invoiced after Onboarding Acceptance.
2. Subscription fees are invoiced quarterly in advance, at CNY 72,500 per quarter, starting on the Subscription Start Date.
3. The Customer shall pay each undisputed invoice within 30 days after receipt of a valid VAT invoice.

### A6. Contacts and Signatures

- Provider contact: Account Manager, Shanghai service partner. Customer contact: Head of Quality Assurance.

For the Provider: ____________________ Date: __________

For the Customer: ____________________ Date: __________

## PART B — GENERAL TERMS

### 1. Service Levels

1.1 **Availability.** The Provider shall make the Service available at least 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 00:00 and 06:00 Beijing time.

1.2 **Service credits.** If monthly availability falls below the commitment, the Customer receives a credit of 5% of the monthly subscription fee for each full 0.5 percentage point below it, up to half of that month's fee. Credits are applied to the next invoice.

1.3 **Support.** Priority 1 incidents (Service unavailable or electronic signatures failing for all users) are responded to within 30 minutes, at any time, with updates every hour until resolved. Priority 2 incidents are responded to within two business hours and Priority 3 incidents within one business day. For each hour of delay in responding to a Priority 1 incident, the Provider credits CNY 600.

### 2. Customer Data

2.1 All data, documents and records uploaded to or generated in the Service by or for the Customer ("Customer Data") belong to the Customer. The Provider processes Customer Data only to provide the Service to the Customer and for no other purpose.

2.2 Customer Data is stored and processed only in data centres in mainland China. The Provider shall not transfer Customer Data outside mainland China.

2.3 On expiry or termination the Provider shall make Customer Data available for export in open formats for 60 days and then delete it, confirming deletion in writing.

### 3. Security

3.1 The Provider maintains an information-security programme certified to ISO/IEC 27001 and an MLPS level 3 filing for the Service. It encrypts Customer Data in transit and at rest, enforces multi-factor authentication for its administrators, logs all administrative access and performs annual penetration tests.

3.2 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, provide a written incident report, and bear the costs and losses caused by an incident attributable to the Provider or its subcontractors.

3.3 The Provider backs up Customer Data daily to a second data centre in mainland China, keeps backups for 35 days, and tests restoration at least twice a year. In a disaster, the Provider aims to restore the Service within eight hours with a data loss of no more than one hour.

3.4 The Customer, or a regulator or notified body auditing the Customer, may audit the Provider's controls relevant to the Service once a year on 20 days' notice. The Provider shall also make its latest certification and penetration-test summaries available on request.

### 4. Subcontractors

4.1 The Provider may use affiliates, subcontractors and subprocessors, including hosting, support and development providers, to perform the Service.

4.2 The Provider maintains a list of its subprocessors on its trust portal and will notify the Customer by e-mail at least 15 days before adding or replacing a subprocessor. The Provider remains responsible for the performance of its subcontractors.

### 5. Intellectual Property

5.1 The Provider owns the Service and its underlying software.

5.2 Configurations, workflows, form templates and validation documents prepared specifically for the Customer during Onboarding belong to the Customer, which may use, modify and share them freely, including with other service providers.

### 6. Confidentiality

Each party shall keep confidential the other party's non-public information, including the Customer's product designs, quality records and audit findings, use it only for this Order Form and not disclose it to third parties except to advisers bound by confidentiality. This obligation continues for three years after the Subscription Term ends.

### 7. Liability

7.1 Neither party is liable for indirect or consequential losses, except in case of wilful misconduct.

7.2 Each party's total aggregate liability arising out of or relating to this Order Form is limited to the total fees paid by the Customer in the six months immediately preceding the event giving rise to the claim.

7.3 The limit in 7.2 does not apply to the Customer's payment obligations or to breach of Section 6.

### 8. Term and Termination

8.1 Either party may terminate this Order Form by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice.

8.2 If the Customer terminates under 8.1, the Provider shall refund any prepaid fees for the period after termination.

8.3 Sections 2, 6 and 7 survive termination.

### 9. Customer Responsibilities

9.1 The Customer is responsible for the accuracy of the data it enters, for managing its users and their permissions, and for keeping passwords confidential.

9.2 The Customer shall use the Service in accordance with the documentation and applicable law, and shall not attempt to access other customers' data or interfere with the Service.

9.3 The Customer shall provide the Provider with timely access to its key users, procedures and legacy exports during Onboarding, and delays caused by the Customer extend the Onboarding period accordingly.

### 10. Changes to the Service

The Provider may update the Service from time to time, provided that updates do not materially reduce its functionality or security. Changes affecting validated workflows shall be announced 30 days in advance with release notes, so that the Customer can perform its own impact assessment.

### 11. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai in accordance with its rules. The award is final and binding.

### 12. Miscellaneous

Notices must be in writing and sent to the contacts in A6. Neither party may assign this Order Form without the other's consent, except to a successor of its business. This Order Form is signed in English and Chinese; both versions have equal effect.
"""

E03 = """T:Purchase Contract for Condition Monitoring Sensors and Software
P:Contract No. WXC-EQ-2026-072
P:Buyer: Wuhu Xinlian Cement Co., Ltd., Fanchang District, Wuhu, Anhui Province, People's Republic of China (the "Buyer").
P:Supplier: Tygart Valley Instruments, Inc., 118 North Main Street, Philippi, West Virginia 26416, United States (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms for the supply of wireless condition-monitoring sensors, gateways, edge servers and a monitoring software licence for the Buyer's two clinker production lines, together with installation, configuration and training.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, gateways and servers listed in Clause 2.
P:1.2 "Software" means the Supplier's ValleyWatch condition-monitoring software, including its analytics engine, web dashboard and mobile alerts.
P:1.3 "Buyer Data" means all vibration, temperature and process data collected by the Equipment, all asset information provided by the Buyer and all alarms, reports and analyses generated from them.
P:1.4 The Supplier shall supply and install the Equipment on the kiln main drives, raw mills, cement mills, ID fans and cooler fans of both lines (approximately 240 measuring points), install the Software on the edge servers in the Buyer's central control room, connect the Software to the Buyer's DCS historian, configure alarm thresholds and diagnostic models for each machine, and train the Buyer's staff.
H:2. Price
P:2.1 The Contract Price is CNY 1,580,000, inclusive of VAT, delivery to the Buyer's plant, insurance, customs clearance and all import duties, as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|240|3,150|756,000
TB:2|Industrial wireless gateway|16|12,400|198,400
TB:3|Edge server (redundant pair)|2|46,800|93,600
TB:4|ValleyWatch software, perpetual site licence|1|286,000|286,000
TB:|Equipment and Software Subtotal|||1,334,000
TB:5|Installation, cabling and commissioning|1 lot|148,000|148,000
TB:6|Diagnostic model configuration and DCS historian interface|1 lot|72,000|72,000
TB:7|Training|1 lot|26,000|26,000
TB:|Contract Price|||1,580,000
P:2.2 The Contract Price is fixed and covers all of the Supplier's obligations under this Contract.
H:3. Payment
P:3.1 10% of the Contract Price (CNY 158,000) within 20 days after signature, against the Supplier's bank guarantee of the same amount.
P:3.2 55% of the Contract Price (CNY 869,000) within 30 days after the Installation Certificate, which confirms that all Equipment has been delivered, installed and powered up. The Installation Certificate is not acceptance.
P:3.3 35% of the Contract Price (CNY 553,000) within 30 days after the Final Acceptance Certificate.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all Equipment to the plant within 75 days after signature and complete installation within 45 days after delivery, working during the planned kiln stops notified by the Buyer.
P:4.2 If the Supplier fails to meet any date in Clause 4.1 or the date for Final Acceptance, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
P:4.3 Each shipment shall be packed for sea and road transport, marked with the contract number and accompanied by a packing list, certificates of origin and quality, and the test reports of each sensor. The Buyer shall inspect the shipment for quantity and visible damage within ten days after arrival; this inspection is not acceptance.
H:5. Acceptance
P:5.1 After installation the Supplier shall run the system for a trial period of 45 days. Final Acceptance tests shall verify that: every sensor transmits at the specified interval with a packet loss below the figure in the technical specification; measured vibration values agree with a calibrated portable analyser within the specified tolerance on at least 20 sampled points; alarms reach the control room and the duty engineers' phones within 10 seconds; the historian interface transfers process tags without gaps over the trial period; and no Severity 1 fault occurred during the last 20 days of the trial.
P:5.2 The Buyer shall issue the Final Acceptance Certificate within seven days after the criteria are met, or state the defects in writing. Delivery, installation, the trial period and the Buyer's use of the system do not constitute acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for 36 months from the Final Acceptance Certificate. During this period the Supplier shall repair or replace defective Equipment, including sensor batteries that fail before their rated life, and supply Software updates and remote and on-site support free of charge.
P:6.2 Faults are handled according to the following table:
TB:Severity|Definition|Response|On site
TB:1|Software or gateways down; no data from a kiln main drive|1 hour|24 hours if needed
TB:2|Data lost from other machines or false alarms|2 business hours|3 days if needed
TB:3|Other defects and questions|1 business day|not applicable
P:6.3 For each hour by which a Severity 1 response is late, the Supplier shall pay CNY 800; for each day by which a Severity 2 on-site visit is late, CNY 400.
P:6.4 The Supplier shall keep spare sensors and one spare gateway in stock in China throughout the warranty period.
P:6.5 After the warranty period, the Supplier shall offer annual support on the same terms. The annual support fee shall not exceed 7% of the Equipment and Software Subtotal (CNY 93,380), and shall not be increased for three years after the warranty ends. Support is ordered year by year and does not renew automatically.
P:6.6 Spare parts for the Equipment shall remain available for at least eight years after the Final Acceptance Certificate at prices not higher than the unit prices in Clause 2, adjusted only for documented changes in the Supplier's cost of components.
H:7. Intellectual Property
P:7.1 The Supplier keeps the intellectual property in the Software and grants the Buyer a perpetual licence to use it at the Wuhu plant.
P:7.2 The diagnostic models, alarm configurations, interface programs and reports prepared for the Buyer under this Contract belong to the Buyer. The Buyer may use, modify and license them freely, and the Supplier shall deliver them in editable form with their documentation.
H:8. Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not use it for any other purpose, including model training for other customers or benchmarking.
P:8.2 The Software runs on the Buyer's edge servers. The Supplier may access it remotely only through the Buyer's approved remote-access gateway, with approval for each session, and shall not copy Buyer Data outside the Buyer's network.
P:8.3 The Supplier shall harden the gateways and servers, change all default passwords before handover, and deliver a security configuration report. The wireless network shall use encrypted communication.
P:8.4 The Supplier shall report any security incident affecting Buyer Data or the plant network within two hours, cooperate in the investigation and bear all losses caused by an incident attributable to it.
H:9. Confidentiality
P:Each party shall keep confidential the other party's technical and commercial information received under this Contract and shall not disclose it to any third party without prior written consent. This obligation continues for three years after the Contract ends.
H:10. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:The Supplier may subcontract the on-site cabling only with the Buyer's prior written consent and remains responsible for the subcontractor's work and safety.
H:12. Site Safety
P:The Supplier's personnel shall follow the Buyer's safety rules for working near rotating machinery and at height, including lock-out procedures and hot-work permits, and shall attend the Buyer's safety induction before starting work.
H:13. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if delay damages under Clause 4.2 reach their maximum. The Supplier shall then refund amounts paid for Equipment and services not accepted.
H:14. Documentation and Training
P:14.1 The Supplier shall deliver installation drawings, a measuring-point list, operating and maintenance manuals for the Equipment and the Software in Chinese and English, and the as-built configuration, no later than the request for Final Acceptance.
P:14.2 Training shall cover sensor mounting and replacement, gateway maintenance, dashboard use, alarm handling and basic vibration diagnostics, for at least 12 of the Buyer's staff in two sessions at the plant.
H:15. Force Majeure
P:Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government actions, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event lasts more than 60 days, either party may terminate the Contract in respect of the affected part.
H:16. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Wuhu Arbitration Commission for arbitration in Wuhu.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Infrastructure Services Agreement

Agreement No. PRMS-TJ-2026-009

**Between** Tianjin Haiyun Logistics Co., Ltd., Binhai New Area, Tianjin, People's Republic of China ("Customer"), **and** Preston Ridge Managed Services, LLC, a West Virginia limited liability company, 102 East Main Street, Kingwood, West Virginia 26537, United States, acting through its branch office in Tianjin ("Provider").

## 1. Purpose and Structure

1.1 Customer runs a warehouse management system, a transport management system and its office IT on servers, storage and network equipment in its Tianjin data room and at 14 warehouses. Customer wishes to outsource the day-to-day operation of this infrastructure to Provider.

1.2 This Agreement consists of these Sections and Schedule 1 (Services), Schedule 2 (Charges) and Schedule 3 (Service Levels). If there is a conflict, these Sections prevail over the Schedules.

## 2. Term

2.1 The Services start on the Service Commencement Date, which is the day after Transition Acceptance under Section 4, and continue for 36 months (the "Term").

2.2 The Agreement ends at the end of the Term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## 3. Services

3.1 Provider shall perform the Services described in Schedule 1 in accordance with the Service Levels in Schedule 3, good industry practice and Customer's reasonable IT policies as notified in writing.

3.2 Provider shall assign a dedicated service delivery manager based in Tianjin and maintain a service desk staffed in Mandarin and English at all times.

3.3 Provider shall hold monthly service reviews with Customer and deliver a monthly report covering availability, incidents, changes, capacity, patch status and backup results.

## 4. Transition

4.1 Provider shall complete the transition of the Services within 75 days after signature, including discovery and documentation of all in-scope assets, installation of monitoring tools, handover from Customer's current staff, and creation of runbooks.

4.2 Transition Acceptance criteria: every asset listed in Schedule 1 is in the configuration database and monitored; runbooks for all critical systems are approved by Customer; a full backup and a test restore of the warehouse management system have succeeded; a simulated Priority 1 incident has been handled within the Service Levels; and the service desk has handled live tickets for ten working days in shadow mode without a missed response target. Customer shall sign the Transition Acceptance certificate within five working days after these criteria are met.

4.3 If Transition Acceptance is delayed beyond the date in 4.1 for reasons attributable to Provider, Provider shall pay Customer liquidated damages of 0.1% of the total contract value for each full week of delay.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 2. The total contract value over the Term is CNY 2,184,000, including the one-time Transition Charge.

5.2 The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears.

5.3 Customer shall pay correct invoices within 30 days after receipt of a valid VAT invoice. Service credits under Schedule 3 are deducted from the next invoice.

5.4 The Monthly Service Charge is fixed for the Term. Changes in scope are priced using the unit rates in Schedule 2.

## 6. Customer Data and Security

6.1 All data stored on or processed by the in-scope systems, including shipment, inventory, customer and employee data, and all logs and configuration data ("Customer Data"), belong to Customer. Provider may process Customer Data only to perform the Services and shall not use it for any other purpose.

6.2 Provider shall access Customer's systems only through Customer's bastion host with individual named accounts and multi-factor authentication. All administrative sessions are recorded. Provider shall not copy Customer Data to its own systems or outside mainland China.

6.3 Provider shall apply security patches within the periods set in Schedule 3, maintain endpoint protection, review privileged accounts monthly and follow Customer's data-classification rules.

6.4 Provider shall report any security incident affecting Customer Data or the in-scope systems within one hour after detection, contain it, preserve evidence, support Customer's reporting to authorities and bear all losses caused by an incident attributable to Provider.

## 7. Change Management and Governance

7.1 Provider shall make changes to the in-scope systems only through Customer's change process. Normal changes require approval by Customer's change board; emergency changes may be made to restore service and shall be reported to Customer within one business day.

7.2 The parties shall each appoint a governance lead. The leads meet monthly to review the service report, open problems and planned changes, and quarterly to review improvement initiatives, capacity forecasts and the asset lifecycle plan.

7.3 Provider shall propose at least two improvement initiatives per year that reduce incidents or cost, with a business case for Customer's decision.

## 8. Customer Responsibilities

8.1 Customer shall provide Provider with access to its premises, systems and documentation as reasonably needed, and shall keep hardware and software maintenance contracts with manufacturers in force, unless Schedule 1 says otherwise.

8.2 Customer shall inform Provider in advance of new warehouses, business peaks and system projects that may affect the Services. Failures caused solely by Customer's own acts or third-party products outside the Services do not count against the Service Levels.

## 9. Intellectual Property

9.1 Provider keeps its pre-existing tools and methods.

9.2 Runbooks, scripts, configuration baselines, documentation and reports prepared for Customer under this Agreement belong to Customer, which may use, modify and provide them to any successor provider.

## 10. Personnel and Subcontracting

10.1 Provider's personnel working on site shall follow Customer's site and safety rules.

10.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains fully responsible for approved subcontractors.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the total contract value.

11.2 The limit does not apply to personal injury, wilful misconduct or breach of Section 6.

## 12. Termination and Exit

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach that is not remedied within 30 days after notice, or if the availability target in Schedule 3 is missed in three consecutive months.

12.2 Provider may terminate by written notice if Customer fails to pay undisputed Charges for more than 60 days after a reminder.

12.3 On expiry or termination, Provider shall provide exit assistance for up to 90 days at the rates in Schedule 2, hand over all documentation, credentials and Customer Data, and cooperate with any successor provider.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.

## 14. General

14.1 Neither party is liable for failure caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to resume performance; this does not excuse Provider from its backup and restore duties under Schedule 1.

14.2 Notices shall be in writing and delivered to the governance leads. This Agreement is signed in English and Chinese, and both versions have equal effect.

For Customer: ____________________    For Provider: ____________________

## Schedule 1 — Services

| Service | Scope | Included |
|---|---|---|
| Service desk | All Customer users at head office and 14 warehouses | Around the clock, phone, e-mail and portal |
| Server operations | 46 physical and virtual servers, including WMS and TMS | Monitoring, patching, capacity management |
| Storage and backup | 2 storage arrays, backup appliance and offsite copy | Daily backups, quarterly restore tests |
| Network operations | Core switches, firewalls, 14 warehouse routers, Wi-Fi controllers | Monitoring, configuration, change control |
| End-user support | Approximately 520 PCs, handheld scanners and label printers | Remote support, on-site visits at warehouses |
| Security operations | Endpoint protection, vulnerability scans, log review | Monthly scan reports, incident handling |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time | 96,000 |
| Monthly Service Charge | per month, 36 months at 58,000 | 2,088,000 |
| Total contract value | | 2,184,000 |
| Additional server | per server per month | 650 |
| Additional warehouse site | per site per month | 1,900 |
| Exit assistance or extra projects | per engineer day | 3,200 |

## Schedule 3 — Service Levels

| Measure | Target | Service credit |
|---|---|---|
| Availability of WMS and TMS servers, monthly | at least 99.97% | 3% of the Monthly Service Charge for each 0.1 point below target |
| Priority 1 incident (WMS, TMS or a warehouse network down) | response within 15 minutes, restore within 3 hours | CNY 1,500 per hour of delay |
| Priority 2 incident (major function impaired) | response within 1 hour, restore within 8 hours | CNY 600 per hour of delay |
| Priority 3 incident | response within 1 business day | none |
| Critical security patches | applied within 7 days of release | CNY 300 per server per week late |
| Scheduled backups | every job completed, or rerun successfully the same day | CNY 800 per job not recovered within two days |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
VESSEL TRACKING AND FREIGHT RATE API

Agreement No. NRMD-QD-2026-117

PARTIES

1.1 New River Maritime Data, Inc., a West Virginia corporation with its office at 301 Main Street East, Oak Hill, West Virginia 25901, United States ("Provider").

1.2 Qingdao Haitong Shipping Agency Co., Ltd., Shinan District, Qingdao, Shandong, People's Republic of China ("Customer").

1.3 Customer acts as port agent for bulk carriers and container feeders calling at Qingdao, Rizhao and Yantai and wishes to integrate vessel positions, port-call events and freight-rate indices into its agency management system. Provider agrees to provide that data through its API on the terms below.

DEFINITIONS

2.1 "API" means Provider's NewRiver Maritime application programming interface, including the vessel position, port-call, voyage history and freight-index endpoints, and the related documentation.

2.2 "Data" means the vessel, voyage and market data delivered through the API.

2.3 "Customer Data" means all information Customer submits to the API or the Provider portal, including fleet watch lists, port-call schedules, principals' names, queries and usage logs.

2.4 "Subscription Year" means each consecutive annual period starting on the Subscription Start Date or on an anniversary of it.

2.5 "Subscription Start Date" means the date of the API Acceptance certificate under clause 5.3.

SUBSCRIPTION

3.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to call the API from Customer's systems, to store the Data in those systems and to display the Data to Customer's employees and principals in the ordinary course of its agency business.

3.2 The subscription covers: position and port-call data for all vessels above 5,000 gross tonnage in the Asia-Pacific region; voyage histories for the preceding 36 months; daily dry-bulk and container freight indices; and up to 3,000,000 API calls per Subscription Year.

3.3 Customer shall not resell the Data as a data feed, use it to build a competing database or make it available to the public.

TERM AND RENEWAL

4.1 The initial Subscription Term is two Subscription Years from the Subscription Start Date.

4.2 At the end of the initial Subscription Term, and of each renewal term, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

4.3 The subscription fee for a renewal term is Provider's list price in effect at the start of that renewal term. Provider may increase the fee for any renewal term by notice sent at least 75 days before the renewal; the increase takes effect on renewal without any further agreement of Customer.

SET-UP AND ACCEPTANCE

5.1 Provider shall, within 40 days after signature, issue API credentials for test and production, map Customer's vessel and port codes to the API identifiers, configure webhook notifications for port-call events at the three ports, and deliver a sample integration for Customer's agency management system.

5.2 If set-up is not completed within that period for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay.

5.3 API Acceptance criteria: each endpoint returns data conforming to the documentation for a test set of 200 vessels named by Customer; port-call events for the three ports arrive as webhooks within ten minutes of the event in at least 19 of 20 sampled calls; code mappings reconcile with Customer's master data without error; and freight indices are delivered daily for ten consecutive business days. Customer shall sign the API Acceptance certificate within five business days after the criteria are met. Use of the test environment is not acceptance.

FEES AND PAYMENT

6.1 The fees are: subscription fee for Subscription Year 1, CNY 426,000; subscription fee for Subscription Year 2, CNY 426,000; one-time set-up fee, CNY 18,000. The total fees for the initial Subscription Term are CNY 870,000, inclusive of VAT.

6.2 The set-up fee is invoiced after API Acceptance.

6.3 Subscription fees are invoiced quarterly in advance, CNY 106,500 per quarter, starting on the Subscription Start Date.

6.4 API calls above the annual allowance are charged at CNY 0.06 per call, invoiced quarterly in arrears.

6.5 Customer shall pay each valid VAT invoice within 30 days after receipt.

SERVICE AND SUPPORT

7.1 Provider will use commercially reasonable efforts to keep the API available and to deliver Data that is accurate and timely. Data from third-party sources such as AIS receivers and port authorities is provided as received.

7.2 Provider may suspend the API for maintenance and will try to announce planned maintenance in advance on its status page.

7.3 Customer may report problems through the Provider portal or by e-mail. Provider will respond to and work on reported problems within a reasonable time, in the order it considers appropriate.

7.4 Provider will inform Customer by e-mail of changes to the API that are not backwards compatible at least 90 days before they take effect, and will keep the previous API version running during that period.

CUSTOMER OBLIGATIONS

8.1 Customer is responsible for its own systems and integration, for keeping its API credentials secure and for all use made of the API with its credentials.

8.2 Customer shall give its principals and other recipients of the Data notice that the Data comes from third-party sources and is provided for information, and shall not present the Data as its own.

8.3 Customer shall comply with applicable laws, including export-control and sanctions laws, in its use of the Data, and shall not use the Data to track vessels for any unlawful purpose.

CUSTOMER DATA AND SECURITY

9.1 Customer Data belongs to Customer. Provider may use Customer Data only to provide the API and support to Customer, and shall not use it for any other purpose or disclose it to third parties.

9.2 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access limited to named staff who need it, logging of access and annual independent security assessments. Customer Data is hosted in a data centre in mainland China operated by Provider's hosting partner approved under clause 12.

9.3 Provider shall notify Customer of any breach of security affecting Customer Data within 24 hours after discovering it, take immediate steps to contain it, and compensate Customer for losses caused by a breach attributable to Provider.

9.4 On expiry or termination Provider shall return Customer Data in a standard format on request and then delete it within 30 days.

INTELLECTUAL PROPERTY

10.1 Provider owns the API and the Data, subject to the rights granted in clause 3.

10.2 The code mappings, webhook configurations and sample integration prepared for Customer under clause 5.1 belong to Customer, which may use, modify and share them freely.

CONFIDENTIALITY

11.1 Each party shall keep confidential all non-public business and technical information received from the other party, use it only for this Agreement and not disclose it to third parties without the other party's written consent.

11.2 This clause continues for three years after this Agreement ends.

SUBCONTRACTING

12. Provider shall not subcontract its obligations under this Agreement, including hosting, without Customer's prior written consent. Customer hereby consents to Provider's use of its hosting partner, Beijing Yunhe Data Centre Co., Ltd. Provider remains responsible for its subcontractors.

LIABILITY

13.1 Neither party is liable for indirect or consequential losses, except for wilful misconduct.

13.2 Each party's total liability under this Agreement is limited to 150% of the total fees for the initial Subscription Term. The limit does not apply to breach of clauses 9 and 11 or to Customer's misuse of the Data under clause 3.3.

TERMINATION

14.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and fails to remedy the breach within 30 days after receiving written notice.

14.2 On termination by Customer under 14.1, Provider shall refund the subscription fees paid for the period after termination.

14.3 On expiry or termination Customer may keep and use Data already stored in its systems for internal records, but shall stop calling the API.

FORCE MAJEURE

15. Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, failures of satellite or terrestrial AIS networks operated by third parties, or government action, provided that it informs the other party without delay and resumes performance as soon as reasonably possible.

GOVERNING LAW AND DISPUTES

16.1 This Agreement is governed by the laws of the People's Republic of China.

16.2 Disputes shall first be negotiated between the parties. If a dispute is not settled within 30 days, either party may submit it to the Qingdao Arbitration Commission for arbitration in Qingdao.

GENERAL

17.1 This Agreement is the entire agreement between the parties on its subject and replaces any earlier proposals.

17.2 Amendments must be in writing and signed by both parties.

17.3 Notices under this Agreement shall be sent by courier or e-mail to the addresses in clause 1. This Agreement is signed in English and Chinese, and both versions have equal effect.

SIGNATURES

For Provider: ____________________    For Customer: ____________________
"""


# ---------------------------------------------------------------------------------------------------------------------
# Files, labels and design
# ---------------------------------------------------------------------------------------------------------------------
FILES = {
    "z01": ("h1043z01_city_government_open_affairs_platform.pdf", "pdf", Z01, "zh"),
    "z02": ("h1043z02_grinder_plant_line_control_retrofit.docx", "docx", Z02, "zh"),
    "z03": ("h1043z03_boxing_gym_chain_booking_saas.txt", "txt", Z03, "zh"),
    "z04": ("h1043z04_agriculture_bureau_soil_moisture_om.txt", "txt", Z04, "zh"),
    "z05": ("h1043z05_sugar_painting_studio_process_tracking_supplier_template.md", "md", Z05, "zh"),
    "e01": ("h1043e01_cmms_perpetual_licence_kentucky_vendor.pdf", "pdf", E01, "en"),
    "e02": ("h1043e02_qms_saas_order_form_wv_vendor.md", "md", E02, "en"),
    "e03": ("h1043e03_cement_condition_monitoring_sensors.docx", "docx", E03, "en"),
    "e04": ("h1043e04_logistics_managed_infrastructure_36_months.md", "md", E04, "en"),
    "e05": ("h1043e05_vessel_tracking_data_api_subscription.txt", "txt", E05, "en"),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prep, acc, final, warr, pwf, auto, term, subc, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prep, acc, final, warr, pwf, auto,
                                term, subc, law, kind]))


G, S = "goods_or_licence", "service"
# key: (category, terms, extra, design rules, design risk, fee base for TCO or None, forum outside mainland)
LABELS = {
    "z01": ("software",
            T(99.98, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False,
              "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1614000),
            [], "low", 860000, False),
    "z02": ("hardware",
            T(99.5, 0.5, True, "buyer", True, True, True, None, None, 20, True, True, 24, 8, False, True, False,
              "PRC", G),
            dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1260000),
            ["CR-LD-MISSING", "CR-SLA-AVAILABILITY"], "high", 1027200, False),
    "z03": ("cloud",
            T(99.97, 0.5, False, "buyer", True, False, True, 500 / 672000 * 100, 200, None, True, None, None, None,
              True, True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=672000),
            ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-NO-REMEDY"], "medium", None, False),
    "z04": ("services",
            T(None, 1, True, "buyer", False, True, True, 0.1, None, None, True, None, None, None, False, False, False,
              "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=386000),
            ["CR-DATA-SECURITY", "CR-TERMINATION"], "high", None, False),
    "z05": ("software",
            T(None, 8, True, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, 32, False, True, True,
              "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                 contract_value=288000),
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
            "high", 168000, False),
    "e01": ("software",
            T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False,
              "Kentucky", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1716000),
            ["CR-GOVERNING-LAW"], "low", 1180000, True),
    "e02": ("cloud",
            T(99.5, 0.5, True, "buyer", True, True, True, 450 / 644000 * 100, 6 / 24 * 100, None, True, None, None,
              None, False, True, True, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=644000),
            ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"], "medium", None, False),
    "e03": ("hardware",
            T(None, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 7, False, True, False,
              "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1580000),
            [], "low", 1334000, False),
    "e04": ("services",
            T(99.97, 0.25, True, "buyer", True, True, False, 0.1 / 7, 150, None, True, None, None, None, False, True,
              False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2184000),
            ["CR-CONFIDENTIALITY", "CR-LD-LOW"], "medium", None, False),
    "e05": ("cloud",
            T(None, None, False, "buyer", True, True, True, 600 / 870000 * 100, 150, None, True, None, None, None,
              True, True, False, "PRC", S),
            dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=870000),
            ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], "high", None, False),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
              "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_LIMIT, HORIZON = 40, 5


def tco_share(t, x, fee_base):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, HORIZON - (t["warranty_months"] or 0) / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * fee_base
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, fee_base, forum_outside):
    """This set's own reading of policy §3, applied to the labels."""
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
        share = tco_share(t, x, fee_base)
        if share is not None and share > TCO_LIMIT:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------------------------------------------------------------
# Threshold scan
# ---------------------------------------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|per\s*cent|percent)"
NB = r"(?<![\d.,])"
ZH_NB = r"(?<![一二三四五六七八九十百零两〇\d.])"
PATTERNS = [
    NB + r"99\.9(?!\d)",
    NB + r"0\.05" + PCT, r"万分之五(?![十百])", r"千分之零点五", NB + r"0\.5\s*‰",
    NB + r"(?:4|four)\s*-?\s*(?:business\s*|working\s*|clock\s*)?(?:hours?|hrs?\b|h\b)",
    ZH_NB + r"(?:4|四)\s*(?:个)?\s*(?:工作)?\s*小时",
    NB + r"100" + PCT, r"百分之(?:一)?百", r"one\s*hundred\s*per\s*cent",
    NB + r"30" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"thirty\s*(?:per\s*cent|percent)",
    NB + r"15" + PCT, r"百分之十五(?!点)", r"fifteen\s*(?:per\s*cent|percent)",
    NB + r"40" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"forty\s*(?:per\s*cent|percent)",
    NB + r"(?:12|twelve)\s*(?:\(12\)\s*)?-?\s*(?:calendar\s*)?months?", ZH_NB + r"(?:12|十二)\s*个\s*月",
    NB + r"(?:5|five)\s*-?\s*years?(?![a-z])", ZH_NB + r"(?:5|五)\s*(?:个)?\s*年(?!度)",
]
SCAN = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "within 4 hours", "4-hour", "four hours", "4小时", "四小时", "4 个小时", "0.05%",
            "0.05 per cent", "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 %", "百分之三十", "15%",
            "fifteen percent", "百分之十五", "40%", "百分之四十", "12 months", "twelve (12) months", "12-month",
            "十二个月", "12个月", "five years", "5 years", "五年", "5年"]
MUST_MISS = ["99.98%", "99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "14 hours", "0.5%", "万分之五十",
             "130%", "115%", "0.15%", "3.15%", "140%", "18 months", "120 months", "2025年", "十五年", "36 months",
             "12月", "5个工作日", "年度", "45%", "35%", "20%", "0.08%", "万分之八", "1.5 years"]


def scan_selftest():
    for s in MUST_HIT:
        assert SCAN.search(s), "scan misses " + s
    for s in MUST_MISS:
        assert not SCAN.search(s), "scan hits " + s + " " + SCAN.search(s).group(0)


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
        return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


LIMITS = {"zh": (2750, 3000), "en": (1450, 1650)}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    scan_selftest()
    sources = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, fmt, src, lang) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    fired = set()
    for k, (name, fmt, src, lang) in FILES.items():
        cat, t, x, design, design_risk, fee_base, forum_outside = LABELS[k]
        assert list(t) == TERM_KEYS
        # labels never on a threshold
        for key, th in THRESHOLDS.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in x
            assert t["final_payment_on_acceptance"] in (None, True)
        share = tco_share(t, x, fee_base)
        if share is not None:
            assert not (TCO_LIMIT - 2 <= share <= TCO_LIMIT + 2), (k, share)
        rules = derive(t, x, fee_base, forum_outside)
        assert rules == sorted(design), (k, rules, design)
        assert risk(rules) == design_risk, (k, risk(rules))
        fired |= set(rules)
        # text read back: length and threshold scan
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = LIMITS[lang]
        assert lo <= n <= hi, (k, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = SCAN.search(variant)
            assert not m, (k, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                       encoding="utf-8")
        print("%s %-70s %5d %s %s %s" % (k, name, n, risk(rules), ", ".join(rules) or "(none)",
                                          "" if share is None else "TCO share %.2f %%" % share))
    assert fired == set(ALL_RULES), sorted(set(ALL_RULES) - fired)
    counts = {k: len(derive(*[LABELS[k][i] for i in (1, 2, 5, 6)])) for k in LABELS}
    assert sum(1 for k in counts if counts[k] == 0) == 2 and counts["z01"] == 0 and counts["e03"] == 0
    assert derive(*[LABELS["e01"][i] for i in (1, 2, 5, 6)]) == ["CR-GOVERNING-LAW"]
    assert 8 <= counts["z05"] <= 10
    assert all(2 <= counts[k] <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    print("all checks passed; rules covered:", len(fired))


if __name__ == "__main__":
    main()
