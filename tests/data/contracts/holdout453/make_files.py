"""holdout453: ten blind ORDINARY draft contracts (5 zh, 5 en) and their labels, written before any run.

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder). It writes the ten contract files (.txt/.md
directly, .docx/.pdf through ../word_pdf.py with wrap_words=True) and the ten .json labels, derives each draft's
expected rules from its labels by my own reading of policy.md §3 (no project code), checks them against the design
list, asserts full coverage of the 20 CR rules, checks price sums, scans every source and built file for threshold
figures, and prints the text lengths as read back.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
# ---------------------------------------------------------------- Chinese sources
H453Z01 = """T:云岭市统计局统计数据采集处理平台建设项目合同
P:合同编号：YLTJ-ZFCG-2025-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：云岭市统计局　　地址：云岭市政务服务中心东楼六层
P:乙方（供应商）：杭州数衡信息技术有限公司　　地址：杭州市西湖区文三路88号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就统计数据采集处理平台（以下简称“平台”）的软件许可及定制开发事项，经协商一致，订立本合同。本合同以甲方提供的合同文本为准。
H:第一条 项目内容
P:1.1 乙方向甲方提供统计数据采集处理平台软件许可（永久许可，不限用户数），并按甲方需求完成联网直报采集、数据审核、汇总分析、报表发布等模块的定制开发、部署、数据迁移和培训。
P:1.2 平台部署在甲方政务云专区，与省级统计联网直报系统和市大数据中心对接。
H:第二条 合同价款
P:2.1 本合同总价为人民币2,220,000元（大写：贰佰贰拾贰万元整），含税，为固定总价。明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可（永久许可）|860,000
TB:2|定制开发（采集、审核、汇总、发布模块）|1,140,000
TB:3|部署实施及历史数据迁移|186,000
TB:4|培训|34,000
TB:合计||2,220,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后15个工作日内，甲方支付合同总价的20%作为预付款，即444,000元。
P:3.2 平台通过初步验收后15个工作日内，甲方支付合同总价的45%，即999,000元。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即777,000元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。
H:第四条 交付期限
P:乙方应于合同签订之日起150日内完成部署并提交初步验收申请；初步验收后试运行90日。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能逐项测试通过；历史数据迁移前后记录数、汇总值一致；300个并发填报用户下页面响应不超过3秒；通过第三方安全测评。
P:5.2 最终验收标准：试运行期间无一级故障；年报、定期报表各完成一个报告期的实际采集和审核；文档及源代码全部移交。
P:5.3 平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
H:第六条 服务水平
P:6.1 质保期内，平台在统计报表集中报送期的月可用率不低于99.5%。
P:6.2 故障分级响应：一级故障（平台无法访问或数据无法报送）30分钟内响应、2小时内到场；二级故障2小时内响应；三级故障下一个工作日内处理。
P:6.3 乙方未达到6.1约定的，每低0.1个百分点，扣减当期运维费或从履约保证金中扣除2,000元；一级故障每迟延响应一小时扣1,000元。
H:第七条 质量保证及后续运维
P:7.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:7.2 质保期满后，甲方如需继续运维，年度运维费不超过平台软件许可费的10%，即每年不超过86,000元，三年内不上调。
H:第八条 知识产权
P:8.1 平台软件的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的模块、源代码、接口程序、数据库设计及文档的知识产权归甲方所有，甲方可自行修改、使用或许可他人使用。
H:第九条 数据安全
P:9.1 平台处理的统计调查对象资料、汇总数据及日志均属甲方所有，乙方仅为履行本合同使用，不得留存、复制或向任何第三方提供。
P:9.2 乙方应遵守《统计法》《数据安全法》《个人信息保护法》，运维操作须经甲方审批并通过堡垒机进行，数据传输和存储加密，测试须使用甲方提供的脱敏数据。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任，赔偿甲方全部损失。
H:第十条 保密
P:乙方对在履行本合同中知悉的甲方工作秘密、统计资料和技术信息负有保密义务，未经甲方书面同意不得披露；保密义务不因合同终止而解除。
H:第十一条 分包
P:乙方可将基层调查点数据采集终端的布设及现场培训辅助工作分包给具备相应能力的单位，但应提前5个工作日书面告知甲方；乙方对分包部分向甲方承担全部责任。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期完成验收整改的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:12.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十三条 合同解除
P:乙方逾期超过60日，或有其他根本违约行为且经甲方书面催告后15日内仍未改正的，甲方有权解除本合同，并要求乙方赔偿损失。
H:第十四条 适用法律和争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条之一 项目人员及文档
P:14A.1 乙方应指派具有同类统计信息化项目经验的项目经理，项目实施期间驻场工作，未经甲方同意不得更换；开发、测试和实施人员名单应在合同签订后10日内报甲方备案。
P:14A.2 乙方应在初步验收前提交需求规格说明书、概要设计、详细设计、数据库设计、测试报告、用户手册、运维手册及源代码，并保证源代码可编译生成当前运行版本。
P:14A.3 乙方应为甲方及各区县统计局业务人员提供不少于6场集中培训，并为甲方信息中心技术人员提供系统管理和运维专项培训，培训教材归甲方使用。
P:14A.4 乙方应配合甲方完成平台的网络安全等级保护测评和商用密码应用安全性评估，对测评发现的问题在规定期限内免费整改。
P:14A.5 项目实施期间，乙方应每周向甲方提交项目周报，说明进度、风险和问题处理情况；重大问题应随时报告。
P:14A.6 乙方应保证平台兼容甲方现有国产操作系统、数据库和浏览器，并支持各区县统计机构及调查对象通过政务外网和互联网两种方式安全填报。
P:14A.7 乙方应按甲方要求参加统计年报布置会和业务培训会，现场解答填报单位提出的系统使用问题。
H:第十四条之二 不可抗力
P:因地震、洪水、疫情等不可抗力不能履行合同的，受影响一方应在3日内通知对方并提供证明，双方协商延期履行或部分免除责任。
H:第十四条之三 廉洁条款
P:乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益；违反的，甲方有权解除本合同并依法处理。
H:第十五条 其他
P:本合同一式六份，甲方四份，乙方二份。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：云岭市统计局　　代表：________　　乙方（盖章）：杭州数衡信息技术有限公司　　代表：________
P:签订日期：2025年6月18日
"""

H453Z02 = """T:硫化机控制系统改造及维保合同
P:合同编号：DYLT-SB-2025-0436
P:甲方：东营黎塔轮胎有限公司（买方）
P:乙方：青岛恒控自动化工程有限公司（卖方）
P:鉴于甲方半钢子午线轮胎车间36台双模硫化机的原有控制系统老化，甲方决定实施控制系统改造；乙方具备相应的设计、供货和调试能力。双方经协商，就改造及后续维保事项达成如下协议。
H:一、改造范围
P:（一）乙方负责36台硫化机控制柜的拆除与更换、温度压力传感器组件的安装、工控上位机及服务器的部署，并提供硫化工艺管理软件，实现硫化曲线监控、配方下发和生产报表功能。
P:（二）乙方负责与甲方MES系统的接口开发，接口程序及配方管理定制功能按甲方工艺部门确认的需求实施。
H:二、价格
P:（一）本合同总价为人民币2,300,000元（含13%增值税），明细见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含触摸屏）|36台|38,500|1,386,000
TB:2|温度压力传感器组件|36套|6,200|223,200
TB:3|工控上位机及服务器|4台|46,500|186,000
TB:4|硫化工艺管理软件许可|1套|268,000|268,000
TB:|硬件及软件小计|||2,063,200
TB:5|安装调试及MES接口开发|1项|214,000|214,000
TB:6|操作及维护培训|1项|22,800|22,800
TB:|合同总价|||2,300,000
P:（二）上述价格包括设备、运输、保险、安装、调试及培训的全部费用。
H:三、付款
P:（一）合同签订后10日内，甲方支付合同总价的20%，即460,000元。
P:（二）设备全部到货并经甲方签收后，甲方支付合同总价的45%，即1,035,000元。
P:（三）设备安装完成并通电试机后，甲方支付剩余35%，即805,000元。
H:四、交货与安装
P:（一）乙方应于合同生效后75日内将全部设备运至甲方硫化车间，并按甲方停机计划分批安装，每批不超过6台，以减少对生产的影响。
P:（二）乙方施工人员应遵守甲方安全生产及动火管理制度。
H:五、验收
P:每批设备安装完成并通电试机后，即视为甲方对该批设备验收合格。甲方不再另行组织验收。
H:六、质量保证及维保
P:（一）质保期为十八个月，自最后一批设备通电试机之日起算。质保期内乙方免费维修或更换有缺陷的部件，并免费升级软件。
P:（二）质保期内的故障响应：一级故障（硫化机停机或温压失控）2小时内响应，6小时内到场；二级故障8小时内响应。乙方每迟延响应一小时，向甲方支付500元。
P:（三）质保期满后，甲方如需乙方继续提供维保服务，维保服务费按乙方当年度公布的服务价格标准执行，双方另行签订维保合同。
H:七、数据安全
P:（一）硫化工艺配方、生产数据及设备运行日志属甲方所有，乙方不得复制、留存或用于其他用途。
P:（二）乙方远程维护须经甲方审批并通过甲方指定的VPN和账号进行，全程留存操作记录；乙方应对其上位机软件做好病毒防护。
P:（三）因乙方原因导致数据泄露、丢失或篡改的，乙方应在2小时内通知甲方，并承担由此造成的全部损失。
H:八、保密
P:乙方应对甲方的硫化工艺配方、产品结构及生产计划等信息保密，未经甲方书面同意不得向第三方披露。本条在合同终止后三年内有效。
H:九、知识产权
P:（一）乙方保证所供软件不侵犯第三方权利。
P:（二）MES接口程序、配方管理定制功能及相关源代码和文档归甲方所有，甲方可自行修改使用。
H:十、分包
P:乙方不得将本合同项下工作分包。确需将电缆敷设等辅助工作分包的，须事先取得甲方书面同意。
H:十一、违约责任
P:（一）乙方逾期交货的，每逾期一日，按合同总价的千分之一支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十二、合同的履行与解除
P:（一）本合同生效后，任何一方均不得以对方违约为由单方解除本合同。一方违约的，违约方应继续履行并按本合同约定承担违约金。
P:（二）因不可抗力致使合同目的无法实现的，双方可协商解除本合同。
H:十三、争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院起诉。
H:十三之一、技术要求
P:（一）控制柜采用国内主流品牌PLC，防护等级不低于IP54，柜内元器件应有合格证和出厂检测报告；温度传感器精度±0.5℃，压力传感器精度±0.25%FS。
P:（二）硫化工艺管理软件应支持硫化曲线实时显示、超限报警、配方分级审批下发、批次追溯及班产报表，报警信息应在3秒内推送至车间看板。
P:（三）改造后的控制系统应保留原有机械联锁和紧急停机功能，安全回路不得通过软件旁路。
H:十三之二、施工与安全
P:（一）乙方应在每批设备停机改造前5日提交施工方案，经甲方设备部和安全环保部审核后实施。
P:（二）乙方施工人员须经甲方安全培训并考核合格后方可进场，进入硫化车间应穿戴防护用品；高温、带压设备作业须办理作业票。
P:（三）因乙方施工造成甲方人员伤害、设备损坏或停产的，乙方应承担相应赔偿责任。
H:十三之三、培训与资料
P:（一）乙方应对甲方操作工、工艺员和设备维修人员分别进行培训，每类不少于2次，确保甲方人员能够独立操作和进行日常维护。
P:（二）乙方应提交电气原理图、PLC程序备份、接线图、软件操作手册、维护手册及备品备件清单各一套，纸质版和电子版各一份。
H:十三之三A、备品备件
P:（一）乙方应随设备免费提供PLC模块、触摸屏、传感器及电源模块等易损件备品，数量不少于各自总数的5%，在设备到货时一并交付。
P:（二）质保期内乙方应在东营或淄博设置备件库，保证常用备件在接到通知后8小时内送达甲方现场。
P:（三）停产型号的备件，乙方应提前6个月书面告知甲方并提供兼容替代方案。
H:十三之三B、项目管理
P:（一）双方各指定一名项目负责人，负责日常协调；乙方项目负责人应在每批改造期间驻厂。
P:（二）乙方应每周向甲方提交进度报告，说明已完成的改造台数、存在问题和下周计划。
H:十三之三C、验证与记录
P:（一）每批设备改造完成后，乙方应会同甲方工艺员对每台硫化机进行空模和带胎试硫化，记录温度、压力曲线，交甲方存档。
P:（二）乙方应建立设备改造档案，记录每台硫化机的改造日期、更换部件序列号、程序版本和调试参数，改造全部完成后移交甲方。
P:（三）程序修改须经甲方工艺部门书面确认，乙方应保留修改前后的程序版本，便于追溯。
P:（四）乙方应在最后一批设备通电试机后15日内提交项目总结报告，列明改造前后的能耗、硫化周期和报警次数对比。
H:十三之四、不可抗力
P:因不可抗力不能按期履行的，受影响一方应及时通知对方，并在10日内提供证明，履行期限相应顺延。
H:十四、其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方：东营黎塔轮胎有限公司（盖章）　授权代表：________
P:乙方：青岛恒控自动化工程有限公司（盖章）　授权代表：________
P:日期：2025年7月2日
"""

H453Z03 = """客户及服务管理SaaS订阅及实施合同

合同编号：YJ-IT-2025-052

甲方（客户）：广州悦家母婴护理管理有限公司
地址：广州市天河区天河北路233号
乙方（服务商）：深圳云禾软件科技有限公司
地址：深圳市南山区科技园南区高新南九道10号

鉴于甲方在广州、佛山、东莞经营15家月子中心门店，需要统一的客户档案、房态预订、护理服务排班及会员管理系统；乙方拥有“禾悦云”客户及服务管理SaaS平台。双方经友好协商，订立本合同。

1. 服务内容
1.1 乙方向甲方15家门店开通“禾悦云”平台的客户档案、预订与房态、护理服务记录、排班、会员储值及经营报表模块，账号数不限。
1.2 乙方负责实施服务，包括业务调研、系统配置、既有Excel客户资料迁移、小程序对接及门店培训。
1.3 平台部署在乙方租用的境内公有云上，甲方通过浏览器和小程序使用。

2. 服务期限
2.1 订阅服务期为三个服务年度，自2025年9月1日起至2028年8月31日止。
2.2 服务期满前30日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。续期服务年度的订阅费由乙方在上一服务年度费用基础上上调8%，甲方无需另行确认。

3. 费用
3.1 本合同总价为人民币1,312,000元，明细如下：
（1）订阅费：每家门店每个服务年度26,400元，15家门店每个服务年度396,000元，三个服务年度合计1,188,000元；
（2）实施费：96,000元；
（3）数据迁移费：28,000元。
3.2 订阅费按季度结算，每季度结束后15日内甲方支付该季度订阅费99,000元。
3.3 实施费及数据迁移费在上线验收合格后15日内一次性支付。
3.4 本合同不设预付款。

4. 实施与上线验收
4.1 乙方应于2025年8月20日前完成配置和数据迁移，具备上线条件。
4.2 上线验收标准：15家门店全部开通；迁移客户档案与原资料核对无差错；预订、护理记录、会员储值等流程在3家试点门店连续运行10日无一级故障；小程序预订与平台房态实时同步。
4.3 甲方应在收到验收申请后5个工作日内组织验收，验收合格的签署上线验收单。开通账号或甲方使用不视为验收合格。
4.4 乙方逾期未具备上线条件的，每逾期一日向甲方支付违约金1,000元。

5. 服务水平
5.1 平台月可用率不低于99.95%（计划维护除外，计划维护须提前3日通知且安排在凌晨0:00至6:00）。
5.2 一级故障（平台整体无法访问或预订数据错误）30分钟内响应、3小时内恢复；二级故障2小时内响应。
5.3 月可用率未达到5.1约定的，按当季度订阅费的5%给予服务抵扣；一级故障恢复每超时一小时，抵扣1,000元。

6. 客户数据
6.1 甲方录入或迁移至平台的客户资料、护理记录、会员及交易数据归甲方所有。
6.2 乙方仅为向甲方提供本合同约定服务之目的使用上述数据。
6.3 服务终止后30日内，乙方应按甲方要求以通用格式导出全部数据交还甲方。

7. 保密
7.1 双方对在合作中知悉的对方商业秘密、经营数据和客户信息负有保密义务，未经对方书面同意不得向第三方披露。
7.2 保密义务在本合同终止后三年内持续有效。

8. 知识产权
8.1 平台及其既有功能的知识产权归乙方所有。
8.2 乙方为甲方定制的表单、报表、小程序页面及配置成果归甲方所有，甲方可自由使用、修改或交由第三方维护。

9. 责任限制
9.1 除本合同另有约定外，乙方在本合同项下的累计赔偿责任，以索赔事件发生前六个月内甲方已支付的订阅费总额为限。
9.2 任何一方均不对对方的间接损失承担责任。

10. 分包
未经甲方书面同意，乙方不得将本合同项下的实施或运维工作分包给第三方。

11. 合同解除
11.1 一方严重违约，经守约方书面通知后15日内仍未纠正的，守约方有权解除本合同。
11.2 乙方连续两个季度月可用率未达标的，甲方有权解除本合同。

12. 争议解决
本合同适用中华人民共和国法律。争议提交广州仲裁委员会按其仲裁规则在广州仲裁。

12A. 实施人员与培训
12A.1 乙方应指派熟悉母婴护理行业业务的实施顾问，负责调研、配置和上线支持；上线前后各两周安排实施顾问在甲方总部驻场。
12A.2 乙方应为甲方门店店长、前台、护理主管及财务人员分别提供培训，每家门店至少一次现场或线上培训，并提供操作手册和培训视频。
12A.3 上线后两个月内，乙方应每周与甲方召开一次运营例会，跟踪问题清单直至关闭。

12B. 版本更新与服务变更
12B.1 乙方可对平台进行功能更新，但不得降低本合同约定的功能和服务水平；涉及操作方式重大变化的，应提前15日通知甲方并提供培训资料。
12B.2 甲方需要新增门店的，按每家门店每个服务年度26,400元按月折算增加订阅费；关闭门店的，自次季度起相应减少订阅费。

12B.3 乙方应保证平台与甲方现有的微信小程序、收银系统和企业微信正常对接；因乙方平台升级导致对接中断的，乙方应在2小时内恢复或提供临时方案。

12B.4 乙方应每季度向甲方提交服务报告，内容包括平台可用率、故障记录、工单处理情况及改进建议。

12B.5 甲方可随时通过平台自助导出客户档案、会员、交易和护理记录数据，乙方不得设置技术障碍或另行收费。

12B.6 乙方应为甲方提供7×24小时客服热线，并指定一名客户成功经理作为日常联系人，负责需求收集、问题跟踪及季度回访。

12B.7 甲方门店的会员储值余额、预订订单及护理记录在平台中应有完整的操作日志，甲方可按门店、人员和时间查询；日志保存期限不少于三个服务年度。

12B.8 乙方应在平台中为甲方配置门店、区域和总部三级权限，门店人员仅可查看本门店客户资料；权限调整由甲方系统管理员在平台中自行操作。

12B.9 平台的短信、小程序消息推送费用已包含在订阅费中，乙方不得另行收取。

12B.10 乙方应在每个服务年度结束前30日向甲方提供平台功能更新计划，并征求甲方各门店的使用意见；甲方提出的合理优化建议，乙方应纳入后续版本统筹考虑并书面答复。

12C. 不可抗力
因不可抗力导致平台无法提供服务的，乙方应及时通知甲方并尽快恢复服务，不可抗力期间的订阅费相应减免。

12D. 通知
双方往来通知以书面形式送达本合同首部所列地址，或发送至双方指定的电子邮箱，发出后次日视为送达。

13. 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：广州悦家母婴护理管理有限公司　　乙方（盖章）：深圳云禾软件科技有限公司
签署日期：2025年7月15日
"""

H453Z04 = """云州博物馆藏品管理系统运维服务合同

项目编号：YZBWG-CS-2025-09　　采购方式：竞争性磋商

采购人（甲方）：云州博物馆
地址：云州市文化中心路6号
供应商（乙方）：南京文渊数字科技有限公司
地址：南京市建邺区江东中路359号

根据竞争性磋商文件、乙方响应文件及成交通知书，双方就甲方藏品管理系统（含藏品总账、数字影像库、出入库及提用管理、文物修复档案模块）的运维服务达成如下协议。

（1）服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满本合同自动终止，不自动续期；甲方如需继续采购，依法另行组织采购。

（2）服务内容
乙方提供以下运维服务：系统日常监控和巡检（每周一次）；故障处理；数据库备份与恢复演练（每季度一次）；操作系统及中间件安全补丁；年度版本升级一次；新增藏品数据的批量导入支持；用户培训两次；每季度提交运维报告。

（3）服务费用
本合同总价为人民币468,000元（含税），为固定价格，包括驻场运维人员1名的费用。其中：日常运维及故障处理312,000元，数据库运维及恢复演练72,000元，年度版本升级及数据导入支持64,000元，培训及报告20,000元。

（4）付款
服务费按季度支付。每季度服务结束且该季度考核合格后15个工作日内，甲方支付该季度服务费117,000元。甲方不支付任何预付款。

（5）服务水平
① 系统月可用率不低于99.95%。
② 一级故障（系统无法登录、藏品数据无法查询或影像库不可访问）：乙方30分钟内响应，2小时内到场，8小时内恢复；二级故障：1小时内响应，次日内解决；三级故障：3个工作日内解决。
③ 月可用率每低于约定0.01个百分点，扣减当季度服务费1,000元；一级故障每迟延响应或恢复一小时，扣减800元。

（6）考核与验收
① 乙方应在服务期开始后20日内完成系统交接并提交运维基线报告（系统清单、账号清单、备份策略、应急预案），经甲方确认后视为交接验收合格。
② 每季度末，甲方依据第（5）项的服务水平、巡检记录、备份演练记录及运维报告进行考核，考核合格后签署季度考核表。
③ 服务期满时，甲方对全年运维服务组织终期验收，标准为：全部季度考核合格；年度版本升级完成并通过甲方测试；恢复演练结果满足RPO不超过24小时、RTO不超过8小时；全部文档移交。

（7）数据安全
① 藏品数据、影像、账号及日志均属甲方所有，乙方仅为提供本合同服务使用，不得复制、下载或向第三方提供。
② 乙方人员须在甲方机房或经甲方审批的堡垒机上操作，不得使用个人设备存储任何甲方数据；乙方应遵守网络安全等级保护要求。
③ 发生数据泄露、丢失或被篡改的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，由乙方承担全部法律责任和赔偿责任。

（8）保密
乙方对履行本合同知悉的未公开藏品信息、安防布局及系统口令负有保密义务，未经甲方书面同意不得披露。保密义务在合同终止后继续有效。

（9）知识产权
乙方在服务期间为甲方编写的运维脚本、报表、应急预案及文档归甲方所有，甲方可自由修改和使用。

（10）分包
乙方不得将本合同项下的任何服务分包或转包。

（11）违约责任
① 乙方未按期完成系统交接或年度版本升级的，每逾期一日按合同总价的千分之一支付违约金。
② 甲方逾期付款的，按逾期金额每日万分之二支付违约金。

（12）合同解除
乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后10日内未改正的，甲方有权解除本合同，并按实际合格的服务期限结算费用。

（13）争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

（13之一）人员要求
① 乙方应派驻1名具有数据库和中间件运维经验的工程师在甲方现场工作，工作时间与甲方作息一致；遇展览布展、藏品普查等重要工作期间，按甲方要求延长值守时间。
② 乙方应另指定1名项目负责人和1名备份工程师，驻场工程师休假或离岗时由备份工程师到岗，不得出现空岗。
③ 乙方人员应遵守博物馆安全保卫、库房出入和藏品保护制度，未经许可不得进入库房区域。

（13之二）应急与重要保障
① 乙方应编制系统故障、数据丢失和网络攻击等应急预案，并在服务期内至少组织一次应急演练。
② 在重大节假日、重要展览开幕及上级检查期间，乙方应提前完成系统巡检并安排专人值守。

（13之三）运维交接
服务期满或合同解除时，乙方应在10日内向甲方或甲方指定的后续服务单位移交全部账号、配置、脚本、文档和运维记录，并配合完成交接，不得以任何理由拒绝或拖延。

（13之三A）运维工具和备份
① 乙方可使用甲方认可的监控和运维工具，工具部署在甲方内网，不得将任何数据传出甲方网络。
② 数据库每日增量备份、每周全量备份，备份介质由甲方保管，异地备份按甲方要求存放在甲方指定地点。
③ 乙方应每月核查备份完整性，并在月度记录中说明备份和恢复测试结果。

（13之三B）服务报告与沟通
① 乙方应每月提交运维月报，内容包括系统运行情况、故障处理、巡检发现、变更记录、数据增长情况及下月计划。
② 双方每季度召开一次运维工作会议，乙方应汇报服务情况并听取甲方藏品管理部、信息中心的意见。
③ 甲方提出的需求变更或系统配置调整，乙方应在5个工作日内提出处理方案，属于本合同服务范围的不另收费。

（13之三C）文物数字资源保护
乙方在运维中接触的藏品影像、三维模型和文物修复档案，仅可在甲方系统内处理，不得截图、拍照或在任何场合展示。

（13之三D）资产清单与配置管理
① 乙方应在交接验收时建立系统资产清单，包括服务器、存储、网络设备、软件版本、许可证书及账号，并在每次变更后五个工作日内更新。
② 系统任何配置变更、补丁安装和版本升级，均须提前提交变更申请，经甲方信息中心批准后在闭馆时段实施，并保留回退方案。
③ 乙方应妥善保管甲方交付的软件介质和许可文件，服务期满一并交还。

（13之三E）用户支持
① 乙方应为甲方藏品管理部、保管部、信息中心及陈列展览部用户提供日常操作咨询，工作日随时响应，非工作日通过值班电话响应。
② 服务期内乙方应组织两次用户培训，内容包括藏品登记著录、出入库流程、影像上传及统计报表，培训记录报甲方备案。

（13之四）不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方，并在事后提供证明，双方协商处理。

（14）其他
磋商文件、响应文件及成交通知书是本合同的组成部分。本合同一式四份，甲方三份，乙方一份。

甲方（盖章）：云州博物馆　　　　乙方（盖章）：南京文渊数字科技有限公司
日期：2025年6月20日
"""

H453Z05 = """# 软件许可及技术服务合同

**蜀川智造合同范本 V4.0（乙方标准文本）**

合同编号：SCZZ-HT-2025-118

- 甲方（买方）：眉山川味源食品有限公司
- 乙方（卖方）：成都蜀川智造科技有限公司

甲方拟在泡菜及酸菜发酵车间建设制造执行系统（MES），乙方为该系统的软件开发商。经双方协商一致，依据《中华人民共和国民法典》，签订本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供“蜀川MES”软件许可（永久许可，单工厂部署），包括MES平台、发酵过程监控模块和质量追溯模块。

1.2 乙方根据甲方需求进行定制开发，包括发酵池温度及盐度采集对接、批次配方管理、出入池作业移动端、与甲方财务系统的接口。

1.3 乙方负责系统安装部署、基础数据初始化和用户培训。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 蜀川MES平台许可 | 760,000 |
| 2 | 发酵过程监控模块许可 | 320,000 |
| 3 | 质量追溯模块许可 | 300,000 |
| | 软件许可小计 | 1,380,000 |
| 4 | 定制开发 | 420,000 |
| 5 | 实施部署及培训 | 100,000 |
| | 合同总价 | 1,900,000 |

合同总价为含税价，人民币壹佰玖拾万元整。

## 第三条 付款方式

3.1 合同签订后7日内，甲方支付合同总价的50%作为预付款，即950,000元，乙方收到预付款后启动项目。

3.2 系统上线运行后7日内，甲方支付合同总价的38%，即722,000元。

3.3 系统验收合格后7日内，甲方支付合同总价的12%，即228,000元。

## 第四条 项目实施

4.1 乙方应在收到预付款后120日内完成系统上线。

4.2 甲方应按时提供需求资料、现场条件和配合人员；因甲方原因造成的延误，工期相应顺延。

## 第五条 验收

5.1 系统上线运行满15日后，双方依据经甲方确认的《需求规格说明书》逐项测试功能，并核对发酵池采集数据与现场仪表读数的一致性（偏差不超过2%）。

5.2 功能全部通过且上线后连续运行15日无系统瘫痪的，甲方签署验收报告。

## 第六条 技术支持

6.1 免费技术支持期为六个月，自系统上线之日起算。

6.2 技术支持期内，乙方提供工作日9:00至17:30的电话、邮件及远程技术支持，对甲方提出的问题尽力及时处理。

## 第七条 售后维护服务

7.1 免费技术支持期满后，甲方应与乙方签订年度维护服务合同，年度维护费为软件许可小计的26%，即每年358,800元。

7.2 年度维护服务包括软件缺陷修复、版本更新和远程支持。

## 第八条 知识产权

8.1 “蜀川MES”软件及其全部模块的知识产权归乙方所有。

8.2 乙方为甲方进行定制开发所形成的程序、源代码、接口及文档，其知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、复制或提供给第三方。

## 第九条 数据

9.1 甲方生产数据归甲方所有。乙方应采取访问控制、加密存储和日志审计等安全措施保护甲方数据；发生数据泄露的，乙方应在24小时内通知甲方，并对因其过错造成的损失承担赔偿责任。

9.2 甲方同意，乙方可对系统中的发酵工艺参数、产量及质量数据进行脱敏、汇总处理后，用于乙方产品改进、行业模型训练和行业分析报告，该使用在合同终止后仍可继续。

## 第十条 保密

双方对在合作过程中知悉的对方商业秘密和技术秘密负有保密义务，未经对方书面许可不得向第三方披露，保密期限为合同终止后三年。

## 第十一条 违约责任

11.1 乙方逾期完成上线的，每逾期一日，按合同总价的万分之二支付违约金，违约金总额不超过合同总价的3%。

11.2 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一支付违约金。

11.3 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的20%。乙方不承担甲方的间接损失、停产损失或利润损失。

## 第十二条 合同解除

一方严重违约，经另一方书面催告后30日内仍未纠正的，守约方有权解除本合同。

## 第十三条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十三条之一 甲方的配合义务

13A.1 甲方应指定项目联系人，负责需求确认、资料提供和内部协调，并按乙方要求准备服务器、网络和现场仪表接口条件。

13A.2 甲方应在乙方提交需求规格说明书后10日内完成确认；逾期未确认的，乙方可按原方案继续实施。

## 第十三条之二 培训

乙方为甲方车间主任、发酵工艺员、质检员和系统管理员提供培训，每类人员集中培训一次，并提供电子版操作手册。

## 第十三条之二A 系统环境

13B.1 系统运行所需的服务器、数据库及操作系统由甲方自行采购，乙方应在合同签订后15日内提交配置建议。

13B.2 发酵池温度、盐度和液位传感器的数据接口由甲方协调仪表供应商开放，乙方负责采集程序的开发和调试。

13B.3 系统上线后，乙方应派工程师现场保障两周，协助甲方处理上线初期的问题。

## 第十三条之二B 变更

合同履行过程中甲方提出超出《需求规格说明书》范围的新需求，乙方可另行报价，双方签订补充协议后实施。

## 第十三条之二C 项目联络

13C.1 双方各指定一名项目负责人，负责项目进度、问题和变更的沟通；项目负责人变更的，应书面通知对方。

13C.2 乙方每两周向甲方提交项目进展报告，说明已完成工作、存在问题和下一阶段计划。

13C.3 项目资料以电子邮件或双方签字的纸质文件为准，口头约定不作为变更依据。

13C.4 乙方项目人员进入甲方生产车间，应遵守甲方食品安全和卫生管理制度，穿戴工作服、帽和鞋套，不得携带与工作无关的物品进入发酵区域。

13C.5 乙方应在系统上线前向甲方提交系统操作手册、管理员手册和接口说明文档各一份。

## 第十三条之三 不可抗力

因不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在事后提供证明，部分或全部免除责任。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同未尽事宜，由双方另行签订补充协议。

甲方（盖章）：眉山川味源食品有限公司　　乙方（盖章）：成都蜀川智造科技有限公司

授权代表：________　　　　授权代表：________

签订日期：2025年8月5日
"""

# ---------------------------------------------------------------- English sources
H453E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. FS-APS-2025-031
P:This Software Licence and Services Agreement (the "Agreement") is made on 9 July 2025 between Foshan Huayue Furniture Manufacturing Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 18 Lecong Avenue, Shunde District, Foshan, Guangdong (the "Customer"), and Planeación Tapatía de Sistemas, S.A. de C.V., a company incorporated in Mexico with its registered office at Avenida López Mateos Sur 2375, Zapopan, Jalisco, Mexico (the "Vendor").
H:Recitals
P:A. The Customer makes panel and upholstered furniture in three plants in Foshan and wishes to plan production, materials and capacity with an advanced planning and scheduling system.
P:B. The Vendor develops and licenses the PlanTapatía APS software and provides implementation and support services for it.
P:C. At the Customer's request, all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the PlanTapatía APS software in object code, in the modules listed in Annex 1, and its documentation and updates.
P:1.2 "Custom Deliverables" means the interfaces, reports, planning rules, configurations and scripts made by the Vendor for the Customer under this Agreement, including their source code.
P:1.3 "Go-Live" means the first day on which the Customer plans production in all three plants with the Software.
P:1.4 "Final Acceptance" means the Customer's signature of the acceptance certificate under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for 120 named users and three plants for its internal business purposes.
P:2.2 The Customer may make copies for backup, testing and disaster recovery.
P:2.3 The Customer may not sell, sublicense or reverse engineer the Software, except as permitted by mandatory law.
H:Article 3 Services
P:3.1 The Vendor shall carry out the implementation services described in Annex 2: process workshops, configuration, interfaces with the Customer's ERP and shop-floor terminals, data migration of item masters and routings, testing and training of key users.
P:3.2 The Vendor shall assign a named project manager, who speaks Chinese or works with an interpreter provided by the Vendor, and shall not replace him without the Customer's consent, which will not be withheld unreasonably.
H:Article 4 Price and Payment
P:4.1 The total price is CNY 1,800,000, fixed, inclusive of all taxes, made up as follows: Licence Fees CNY 1,240,000 (Planning Core CNY 680,000; Scheduling Module CNY 360,000; Materials Module CNY 200,000); implementation services CNY 520,000; training CNY 40,000.
P:4.2 Payment: (a) 20% of the total price within 15 days after signature against a bank guarantee of the same amount; (b) 45% within 20 days after Go-Live; (c) 35% within 20 days after Final Acceptance.
P:4.3 Go-Live and the payment under 4.2(b) do not mean that the Software has been accepted.
H:Article 5 Acceptance
P:5.1 After Go-Live the Software shall run in production for 45 days. The Vendor then applies for Final Acceptance.
P:5.2 Final Acceptance criteria: all functions in Annex 2 pass the agreed test scripts; the ERP interface transfers orders and stock with no differences for 20 consecutive working days; a full weekly plan for the three plants is computed in less than 10 minutes; no Severity 1 fault is open; documentation and source code of the Custom Deliverables have been handed over.
P:5.3 If a criterion is not met, the Vendor shall remedy the defect within 15 days and apply again. Use of the Software in production is not acceptance.
H:Article 6 Delivery and Delay
P:6.1 The Vendor shall achieve Go-Live within 150 days after signature.
P:6.2 If the Vendor is late, it shall pay liquidated damages of 0.08% of the total price for each day of delay, up to 10% of the total price. The Customer may deduct these damages from any payment.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software will conform to its documentation for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide support free of charge.
P:7.2 Support levels: Severity 1 (planning cannot run in any plant) initial response within 1 hour, workaround within 8 hours; Severity 2 (one plant or one module affected) response within 2 hours; Severity 3 (minor issues and questions) response within 2 working days.
P:7.3 For each full hour by which the Vendor misses the Severity 1 response time, it shall credit CNY 1,000 against the next payment or support invoice.
P:7.4 After the Warranty Period, the Customer may buy annual support. The annual support fee is 14% of the Licence Fees, i.e. CNY 173,600 per year, and will not be increased for the first three support years. Support is ordered by purchase order and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor keeps all rights in the Software.
P:8.2 The Custom Deliverables belong to the Customer from creation. The Customer may use, modify and license them freely, also through third parties.
H:Article 9 Customer Data
P:9.1 All production, order, cost and employee data processed with the Software ("Customer Data") belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement.
P:9.2 The Software is installed on the Customer's servers in Foshan. The Vendor's remote access requires the Customer's approval for each session, runs over the Customer's VPN with multi-factor authentication and is logged. The Vendor shall not copy Customer Data out of the Customer's systems; test data will be prepared by the Customer.
P:9.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. It shall notify the Customer of any security incident within 12 hours and shall be liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:Each party shall keep confidential the other party's non-public business and technical information and shall use it only for this Agreement. This obligation survives for three years after termination.
H:Article 11 Liability
P:The Vendor's total liability under this Agreement is limited to 150% of the total price. The limit does not apply to personal injury, wilful misconduct or breach of Articles 8, 9 and 10.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for approved subcontractors.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after notice.
P:13.2 The Customer may also terminate if the delay damages under Article 6.2 reach their maximum.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the federal laws of the United Mexican States.
P:14.2 Any dispute shall be settled by arbitration under the rules of the Arbitration Center of Mexico (CAM), seated in Mexico City, in English.
H:Article 14A Project Management and Training
P:14A.1 Each party shall appoint a project manager. The project managers shall meet every week during implementation, online or at the Customer's site, and the Vendor shall issue minutes and an updated plan after each meeting.
P:14A.2 The Vendor shall train 20 key users and 4 system administrators of the Customer in Foshan, provide training materials in Chinese and make recordings of the sessions available to the Customer.
P:14A.3 The Vendor shall deliver the installation guide, configuration records, interface specifications, user manual and administrator manual in Chinese and English before Final Acceptance.
P:14A.4 The Vendor shall provide a test environment licence at no extra cost, so that the Customer can test updates before they are installed in production, and shall tell the Customer in writing what each update changes.
P:14A.5 The Vendor shall keep the Software compatible with the Customer's ERP version in use at signature and with its next release, and shall inform the Customer in good time of any third-party components that the Software needs.
H:Article 14B Force Majeure
P:A party prevented from performing by an event beyond its reasonable control, such as natural disaster, epidemic or government action, shall notify the other party promptly, and its time for performance shall be extended for the duration of the event. If the event lasts more than 90 days, either party may end the affected part of this Agreement by notice.
H:Article 14C Compliance
P:Each party shall comply with the anti-bribery laws that apply to it and shall not offer any improper payment or gift to the other party's staff in connection with this Agreement.
H:Article 15 General
P:15.1 This Agreement, with its Annexes, is the entire agreement on its subject. Amendments must be in writing and signed by both parties.
P:15.2 Notices shall be sent by courier or e-mail to the addresses above.
P:Annex 1: Modules and user counts. Annex 2: Implementation scope, test scripts and plan.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

H453E02 = """# ORDER FORM

**Order Form No. RV-CN-2025-014 under the RutaViva General Terms (Part B)**

| Item | Details |
|---|---|
| Provider | RutaViva Software SpA, Avenida Libertad 1405, Viña del Mar, Valparaíso Region, Chile |
| Customer | Chengdu Jinsha Beverage Distribution Co., Ltd., 66 Shuhan Road, Jinniu District, Chengdu, Sichuan, PRC |
| Service | RutaViva route planning and field sales platform (web and mobile app) |
| Subscription Term | 1 October 2025 to 30 September 2028 (three Subscription Years) |
| Users | up to 180 field sales users and 20 back-office users |
| Currency | Chinese Yuan (CNY), at the Customer's request |

## 1. Fees

| Fee | Amount (CNY) |
|---|---|
| Subscription Fee per Subscription Year | 264,000 |
| Subscription Fees for the Subscription Term (3 Subscription Years) | 792,000 |
| Onboarding (one-time) | 58,000 |
| Total Order Value | 850,000 |

1.1 Subscription Fees are invoiced quarterly in arrears (CNY 66,000 per quarter). The Onboarding fee is invoiced after Go-Live Acceptance. No fee is payable before the Subscription Term starts.

1.2 Additional users may be added at CNY 1,500 per user per Subscription Year, prorated.

## 2. Onboarding

2.1 The Provider shall configure the Service for the Customer's 14 delivery depots, import customer outlets and product master data from the Customer's ERP, set up the mobile order-taking flow and train 12 key users. The target date for Go-Live is 15 September 2025.

2.2 Go-Live Acceptance: the Customer will test (a) import of all active outlets with no missing records, (b) a route plan for each depot generated in less than 5 minutes, (c) orders taken in the app reaching the ERP within 10 minutes, and (d) offline order capture and later synchronisation. When all tests pass, the Customer signs a Go-Live Acceptance note. Use of the Service before that note is not acceptance.

## 3. Order of precedence

This Order Form and the General Terms in Part B form the agreement. If they conflict, this Order Form prevails.

Signed for the Provider: __________________   Signed for the Customer: __________________

Date: 28 July 2025

---

# PART B — GENERAL TERMS

## Section 1 Definitions

1.1 "Customer Data" means all data the Customer or its users enter into or upload to the Service, including outlet, order, pricing and location data.

1.2 "Subscription Year" means each period from 1 October to the following 30 September during the Subscription Term.

## Section 2 The Service

2.1 The Provider shall make the Service available to the Customer's users during the Subscription Term in accordance with the Order Form and these General Terms.

2.2 The Service is hosted in a data centre in mainland China operated by a hosting provider approved in Section 8.

2.3 The Provider may improve the Service from time to time, provided that it does not materially reduce its functions.

## Section 3 Service Levels

3.1 Availability. The Provider will make the Service available 99.5% of the time in each calendar month, excluding scheduled maintenance announced 48 hours in advance and carried out between 01:00 and 05:00 Beijing time.

3.2 Support. The Provider's support desk (Chinese and English) is open every day from 07:00 to 22:00 Beijing time. Priority 1 incidents (the Service or the mobile app is unavailable for all users of a depot) receive an initial response within 1 hour and continuous work until resolved. Priority 2 incidents receive a response within 3 hours, Priority 3 within 2 business days.

3.3 Exclusive commitment. The service levels in this Section are targets. If they are not met, the Provider will investigate and report the cause to the Customer. No service credits, fee reductions, refunds or other compensation are payable for any failure to meet them.

## Section 4 Onboarding Timetable

4.1 The Provider will use reasonable efforts to achieve Go-Live by the target date in the Order Form.

4.2 If Go-Live is delayed, the parties will agree a revised plan. The Provider is not liable for any payment, damages or penalty because of a delay in onboarding.

## Section 5 Customer Data

5.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the Service to the Customer and for no other purpose.

5.2 The Provider maintains an information security programme certified to ISO/IEC 27001, encrypts Customer Data in transit and at rest, restricts access to named support staff with multi-factor authentication and keeps access logs for at least 180 days. Customer Data is stored only in mainland China.

5.3 The Provider will notify the Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, will take all reasonable steps to contain it and will compensate the Customer for the losses caused by a security incident that results from the Provider's breach of this Section.

5.4 Within 30 days after the end of the Subscription Term the Provider will return all Customer Data in CSV format and then delete it, and will confirm the deletion in writing.

## Section 6 Confidentiality

6.1 Each party will keep the other party's confidential information secret, use it only for this agreement, and disclose it only to its staff and advisers who need to know it and are bound by similar duties.

6.2 This Section continues for three years after the agreement ends.

## Section 7 Intellectual Property

7.1 The Provider owns the Service, its software and all improvements to it.

7.2 Route rules, report templates, forms and other configurations created for the Customer ("Customer Configurations") belong to the Customer, which may use, copy, modify and license them freely, also after the end of the Subscription Term.

## Section 8 Subcontracting

8.1 The hosting provider Chengdu Tianfu Cloud Data Co., Ltd. is approved by the Customer's signature of the Order Form.

8.2 The Provider shall not subcontract any other part of the Service without the Customer's prior written consent, and remains responsible for all subcontractors.

## Section 9 Fees and Taxes

9.1 Invoices are payable within 30 days after receipt of a valid VAT invoice (fapiao) issued by the Provider's authorised agent in China.

9.2 Fees are fixed for the Subscription Term.

## Section 10 Term and Renewal

10.1 The agreement runs for the Subscription Term stated in the Order Form and ends automatically at its end. Any extension requires a new Order Form signed by both parties.

## Section 11 Termination

11.1 Either party may terminate the agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.

11.2 On termination by the Customer under 11.1, the Provider will refund any fees paid for the period after termination.

## Section 12 Liability

12.1 Each party's total liability under the agreement is limited to 150% of the Total Order Value.

12.2 The limit does not apply to breach of Sections 5 and 6, wilful misconduct or personal injury.

12.3 Neither party is liable for indirect or consequential loss.

## Section 13 Governing Law and Disputes

13.1 The agreement is governed by the laws of the People's Republic of China.

13.2 Disputes that cannot be settled by negotiation within 30 days shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules then in force. The award is final and binding.

## Section 13A Customer Responsibilities

13A.1 The Customer will appoint a project lead for onboarding, provide master data exports from its ERP in the agreed format and make its key users available for testing.

13A.2 The Customer is responsible for its users' devices and mobile network connections and for keeping its user passwords secure.

13A.3 The Customer will review and sign or reject the Go-Live Acceptance note within 5 business days after the Provider reports that all tests have passed, and will give reasons for any rejection.

13A.4 The Provider will provide a named customer success manager who will hold a review meeting with the Customer each quarter to discuss usage, open issues and planned changes.

13A.5 The Provider will give the Customer read-only access to a status page showing current availability, incidents and planned maintenance, and will send incident notices by e-mail and WeChat to the contacts named by the Customer.

## Section 13B Force Majeure

Neither party is liable for a failure caused by an event beyond its reasonable control, such as natural disaster, epidemic, war or government action, provided it notifies the other party promptly and does its best to limit the effects. Fees for any period in which the Service cannot be used because of such an event are reduced accordingly.

## Section 14 General

14.1 Notices must be in writing and sent to the addresses in the Order Form.

14.2 Neither party may assign the agreement without the other party's written consent.

14.3 The agreement is made in English and Chinese; both versions have equal effect.
"""

H453E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR COLD-STORE MONITORING SENSORS
P:Contract No. TJBH-CS-2025-088
P:Buyer: Tianjin Binhai Lengyuan Cold Chain Logistics Co., Ltd., 9 Haitai Road, Binhai New Area, Tianjin, PRC (the "Buyer").
P:Supplier: Sensores Andinos S.A.C., Calle Mercaderes 214, Arequipa, Peru (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment purchases.
H:Recitals
P:A. The Buyer operates a cold-store site in Tianjin with 18 freezer and chiller chambers, a loading dock and a pharmaceutical storage area, and must record temperature and humidity continuously for its food and medicine customers and for the market regulator.
P:B. The Supplier manufactures wireless temperature and humidity sensors and gateways and licenses monitoring software for them.
P:C. The Buyer selected the Supplier after an invitation to tender. All prices are in Chinese Yuan (CNY).
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, server and accessories listed in the Price Schedule.
P:1.2 "Software" means the ColdTrace monitoring software licensed under clause 3, including alarm, reporting and audit-trail functions.
P:1.3 "System" means the Equipment and the Software installed and configured at the Site.
P:1.4 "Site" means the Buyer's cold store at 9 Haitai Road, Tianjin.
P:1.5 "Installation Certificate" and "Final Acceptance Certificate" have the meanings in clause 6.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, deliver to the Site, install, configure and commission the System, calibrate every sensor, connect the System to the Buyer's warehouse management system and train the Buyer's staff.
P:2.2 The Supplier shall deliver calibration certificates for each sensor, traceable to a national metrology institute, and the operating and maintenance manuals in Chinese.
H:3. Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for the Site and any replacement site of the Buyer, without limits on users.
P:3.2 The Buyer may copy the Software for backup and testing.
H:4. Price Schedule
P:4.1 The Contract Price is CNY 1,200,000, inclusive of VAT, delivery to the Site, insurance, installation and all other costs. It is fixed for the duration of the Contract.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 °C|420|1,450|609,000
TB:2|LoRa gateway with 4G backup|24|6,500|156,000
TB:3|Monitoring server with UPS|1|68,000|68,000
TB:4|ColdTrace monitoring software licence (perpetual)|1|213,000|213,000
TB:|Hardware and Licence Subtotal|||1,046,000
TB:5|Installation, configuration and WMS interface|1|118,000|118,000
TB:6|Calibration and training|1|36,000|36,000
TB:|Contract Price|||1,200,000
H:5. Payment
P:5.1 10% of the Contract Price within 15 days after signature, against an advance payment guarantee issued by a bank acceptable to the Buyer.
P:5.2 55% within 30 days after the Installation Certificate is signed. The Installation Certificate confirms installation only and is not acceptance of the System.
P:5.3 35% within 30 days after the Final Acceptance Certificate is signed.
P:5.4 Each payment requires a valid VAT invoice.
H:6. Delivery, Installation and Acceptance
P:6.1 The Supplier shall deliver the Equipment to the Site within 60 days after signature and complete installation within 30 days after delivery, without interrupting the Buyer's cold-store operations.
P:6.2 When installation is complete, the parties sign the Installation Certificate.
P:6.3 The System then runs for a 30-day trial period. Final Acceptance criteria: (a) every sensor reads within ±0.5 °C of a reference thermometer at two set points; (b) readings from all chambers reach the server at least once per minute with no gap longer than 10 minutes; (c) alarms are sent by SMS and app within 60 seconds of a limit breach in the test; (d) the audit trail and reports meet the Good Supply Practice requirements for pharmaceutical storage; (e) the WMS interface shows live readings for all chambers; (f) no Severity 1 fault during the trial period.
P:6.4 If the System passes, the Buyer signs the Final Acceptance Certificate within 5 working days. If not, the Supplier shall remedy the defects within 10 days and the test is repeated. Use of the System by the Buyer is not acceptance.
H:7. Delay
P:7.1 If the Supplier fails to complete installation or to pass Final Acceptance by the dates in clause 6, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:7.2 If the delay exceeds 45 days, the Buyer may also terminate under clause 15.
H:8. Warranty
P:8.1 The Supplier warrants the System for 36 months from the date of the Final Acceptance Certificate. During this period the Supplier shall repair or replace any defective Equipment free of charge, provide Software updates and recalibrate every sensor once each year at no cost.
P:8.2 Batteries with a stated life shorter than the warranty are replaced free of charge when they fail.
H:9. Service Levels During the Warranty
TB:Severity|Description|Response|On-site / fix
TB:Severity 1|Monitoring or alarms down for a chamber or more|30 minutes|on site within 6 hours
TB:Severity 2|Single sensors or reports faulty|2 hours|fixed within 2 working days
TB:Severity 3|Questions and minor issues|1 working day|next scheduled visit
P:9.1 For each hour by which the Supplier exceeds the Severity 1 response or on-site time, it shall pay CNY 800, deducted from the next payment or from the performance bond.
H:10. Support After the Warranty
P:10.1 After the warranty, the Supplier shall offer annual support at 8% of the Hardware and Licence Subtotal, i.e. CNY 83,680 per year, fixed for the first three years after the warranty. The service levels in clause 9 apply.
P:10.2 Support is ordered by the Buyer's purchase order each year and does not renew automatically.
H:11. Intellectual Property
P:11.1 The Supplier keeps the rights in the Software and the Equipment firmware.
P:11.2 The WMS interface, the chamber layouts, report templates and other deliverables made for the Buyer belong to the Buyer, which may use, modify and license them freely.
H:12. Data Security
P:12.1 All readings, alarms, logs and reports are the Buyer's data and belong to the Buyer. The Supplier may use them only to perform this Contract.
P:12.2 The System is installed on the Buyer's network. The Supplier's remote access needs the Buyer's approval for each session and is made through the Buyer's VPN with logging. The Supplier shall not copy the Buyer's data outside the Buyer's systems.
P:12.3 The Supplier shall notify the Buyer of any data security incident within 12 hours and shall be liable for all losses caused by its breach of this clause.
H:13. Confidentiality
P:Each party shall keep confidential the other party's non-public information, including the Buyer's customer list, site layout and security arrangements, and shall not disclose it without prior written consent, for three years after the Contract ends.
H:14. Liability
P:The Supplier's total liability under the Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 12 and 13, which are not limited.
H:15. Subcontracting and Termination
P:15.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for approved subcontractors.
P:15.2 The Buyer may terminate the Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice.
H:15A. Site Rules and Safety
P:15A.1 The Supplier's staff shall follow the Buyer's site rules, food safety rules and cold-room safety procedures, wear the protective clothing provided and work in freezer chambers only in pairs and with the Buyer's permit.
P:15A.2 Installation work in the pharmaceutical storage area shall be planned with the Buyer's quality manager and shall not break the temperature records of the goods in store.
H:15B. Documents and Training
P:15B.1 The Supplier shall train at least 12 of the Buyer's operators and 3 maintenance technicians, and shall hand over the calibration certificates, as-built sensor map, network diagram, and operation and maintenance manuals in Chinese.
P:15B.2 The Supplier shall keep spare sensors and gateways equal to 3% of the installed quantity in Tianjin during the warranty, so that failed units can be replaced on the same visit.
P:15B.3 The Supplier shall give the Buyer access to its online firmware and documentation portal for the System at no extra cost during and after the warranty.
P:15B.4 The Supplier shall set the alarm limits for each chamber as instructed in writing by the Buyer's quality manager and shall record every change to the limits in the audit trail of the Software.
H:15C. Force Majeure
P:A party delayed by force majeure shall notify the other party promptly and provide evidence; the time for performance is extended by the period of the delay.
H:16. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H453E04 = """# MANAGED BACKUP AND DISASTER RECOVERY SERVICE AGREEMENT

Agreement No. XF-IT-2025-027

**Between** Changsha Xinfeng Supermarket Chain Co., Ltd., 128 Wuyi Avenue, Furong District, Changsha, Hunan, PRC ("Customer")

**and** Respaldo Andino S.A.S., Carrera 43A No. 1-50, El Poblado, Medellín, Antioquia, Colombia ("Provider").

## Background

(A) Customer runs 46 supermarkets in Hunan. Its store, warehouse and finance systems run in its own server room in Changsha and in a rented rack in a second data centre in Zhuzhou.

(B) Provider operates managed backup and disaster recovery services for retailers and has a Chinese service partner team in Changsha.

(C) Customer wishes Provider to take over the backup of its systems and to run a tested recovery capability at the Zhuzhou site. At Customer's request all charges are in Chinese Yuan (CNY).

## Clause 1 Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the Transition Completion Certificate under Clause 4.

1.3 "Customer Data" means all data of Customer, its stores, suppliers, members and employees that Provider backs up, stores, restores or can access.

1.4 "Term" means 24 months from the Service Commencement Date.

## Clause 2 Services

2.1 Provider shall provide the Services from the Service Commencement Date for the Term, to the service levels in Schedule 2.

2.2 Provider shall supply, install and operate the backup software and appliances listed in Schedule 1 at its cost. The appliances remain Provider's property.

## Clause 3 Charges and Payment

3.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 1,200,000.

3.2 Advance Payment. Customer shall pay an advance of CNY 420,000 (35% of the Total Contract Value) within 10 days after signature of this Agreement, before Transition starts. Provider shall set the advance off against the Monthly Service Charges at CNY 17,500 per month over the Term.

3.3 The Transition Fee is invoiced after the Transition Completion Certificate is signed. Monthly Service Charges are invoiced monthly in arrears, less the set-off under 3.2.

3.4 Invoices are payable within 30 days after receipt of a valid VAT invoice.

## Clause 4 Transition and Acceptance

4.1 Provider shall complete Transition within 60 days after signature.

4.2 Transition is complete when all of the following are shown to Customer's satisfaction: (a) every system in Schedule 1 is backed up on schedule for 14 consecutive days with no failed job left unresolved; (b) a full restore of the ERP and the store point-of-sale database at the Zhuzhou site within the recovery time objective; (c) restore of 20 files and 5 mailboxes picked by Customer; (d) the runbooks and contact lists are handed over. Customer then signs the Transition Completion Certificate. Use of the Services before that signature is not acceptance.

4.3 If Provider fails to reach the Service Commencement Date within the period in 4.1, it shall pay Customer CNY 1,500 for each day of delay, deducted from the next invoice.

## Clause 5 Service Levels

5.1 Provider shall meet the service levels in Schedule 2 and report on them monthly.

5.2 If a service level is missed, Provider shall give the service credits set out in Schedule 2. Credits are deducted from the next invoice.

## Clause 6 Customer Data and Security

6.1 Customer Data belongs to Customer. Provider may process Customer Data only on Customer's instructions and only to provide the Services.

6.2 Provider shall keep all backup copies in mainland China, encrypt them with keys held by Customer, restrict access to named engineers with multi-factor authentication, log all access and keep the logs for 180 days. Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law and with the MLPS level 3 requirements for the systems concerned.

6.3 Provider shall notify Customer of any actual or suspected security incident involving Customer Data within 2 hours, cooperate in its containment and investigation, and compensate Customer for all losses, fines and costs arising from an incident caused by Provider's breach of this Clause.

6.4 At the end of the Term Provider shall hand over all backup copies and delete Customer Data from its appliances, and certify the deletion in writing.

## Clause 7 Intellectual Property

7.1 Provider keeps its rights in its software, tools and methods.

7.2 Runbooks, recovery plans, scripts and reports prepared for Customer belong to Customer, which may use and modify them freely and hand them to any successor provider.

## Clause 8 Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent. The Changsha service partner named in Schedule 1 is approved on signature.

## Clause 9 Liability

9.1 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value.

9.2 The limit does not apply to breach of Clause 6, wilful misconduct, gross negligence or personal injury.

## Clause 10 Term and Termination

10.1 This Agreement ends at the end of the Term and does not renew automatically. An extension needs a written amendment signed by both parties.

10.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 20 days after notice, or if the same service level in Schedule 2 is missed in three consecutive months. On such termination Provider shall refund the unused part of the advance.

10.3 On expiry or termination Provider shall give exit assistance for up to 60 days at the rates in Schedule 3.

## Clause 10A Governance

10A.1 Each party shall appoint a service manager. The service managers shall meet monthly to review the service report and quarterly to review the recovery tests and planned changes.

10A.2 Provider shall give Customer at least 10 working days' notice of any planned change to the backup appliances or software and shall carry out such changes outside store opening hours.

10A.3 Provider shall keep a current list of the named engineers with access to Customer Data and shall give it to Customer on request.

10A.4 Provider shall update the runbooks whenever a system in Schedule 1 changes and shall send the updated runbooks to Customer within 10 working days.

## Clause 10B Force Majeure

A party prevented from performing by force majeure shall notify the other party promptly. Service credits do not apply to the period affected, but Provider shall use its disaster recovery arrangements to keep the Services running as far as possible.

## Clause 11 Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes that are not settled by negotiation within 30 days shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha.

## Clause 12 General

12.1 This Agreement with its Schedules is the entire agreement between the parties on its subject.

12.2 It is signed in English and Chinese; both texts are equally authentic.

For Customer: ____________________    For Provider: ____________________

Date: 11 August 2025

## Schedule 1 — Scope of Services

| Area | Service |
|---|---|
| Systems covered | ERP (finance, purchasing), store point-of-sale database, warehouse management system, member system, file servers, e-mail |
| Backup | daily incremental and weekly full backups; copies kept 35 days on site and 90 days at Zhuzhou |
| Disaster recovery | standby environment at Zhuzhou for ERP, point-of-sale database and warehouse system |
| Recovery tests | full recovery test four times during the Term (at least two of them with Customer's staff) |
| Monitoring | 24x7 monitoring of backup jobs and replication |
| Reporting | monthly service report; quarterly review meeting |
| Named partner | Hunan Kuaiyun Information Technology Co., Ltd. (on-site hands, Changsha) |

## Schedule 2 — Service Levels and Credits

| Service level | Target | Credit if missed |
|---|---|---|
| Priority 1 incident (backup or recovery of a critical system impossible) | response within 15 minutes, engineer working continuously | CNY 1,000 per 30 minutes late |
| Priority 2 incident | response within 2 hours | CNY 300 per hour late |
| Backup job success rate | at least 99% of scheduled jobs per month | 5% of the Monthly Service Charge |
| Recovery time objective (ERP, point of sale) | 2 hours | 10% of the Monthly Service Charge per test missed |
| Recovery point objective | 1 hour for ERP and point of sale | 5% of the Monthly Service Charge |
| Customer portal availability | 99.95% per month | 3% of the Monthly Service Charge |

## Schedule 3 — Charges

| Charge | Amount (CNY) |
|---|---|
| Transition Fee (one-time) | 84,000 |
| Monthly Service Charge | 46,500 |
| Monthly Service Charges over the Term (24 months) | 1,116,000 |
| Total Contract Value | 1,200,000 |
| Advance Payment (Clause 3.2), set off at CNY 17,500 per month | 420,000 |
| Exit assistance, per engineer day | 3,800 |
"""

H453E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. DL-AGRO-2025-009

THIS AGREEMENT is made on 4 August 2025

BETWEEN

(1) Dalian Haiyu Agricultural Trading Co., Ltd., a company incorporated in the People's Republic of China, of 27 Zhongshan Road, Zhongshan District, Dalian, Liaoning ("Customer"); and

(2) Datos del Litoral S.R.L., a company incorporated in Uruguay, of Rambla Costanera 1180, Colonia del Sacramento, Uruguay ("Provider").

BACKGROUND

(A) Customer buys soybeans, maize and sorghum from South America and sells them to feed mills and crushers in north-east China.

(B) Provider collects and publishes crop condition, weather, port line-up and freight data for the South American grain trade and makes it available through application programming interfaces ("API").

(C) Customer wishes to subscribe to Provider's API and to integrate it into its trading and risk systems. At Customer's request all fees are stated and paid in Chinese Yuan (CNY).

IT IS AGREED as follows.

DEFINITIONS

"Data" means the crop, weather, port and freight data delivered by Provider through the API, including history files.

"Customer Data" means all data that Customer or its users send to the API or upload to the Provider portal, including queries, field coordinates, contract positions and watch lists, and the logs of Customer's use.

"Subscription Year" means each of the two periods 1 September 2025 to 31 August 2026 and 1 September 2026 to 31 August 2027.

"Start Date" means 1 September 2025.

SUBSCRIPTION AND LICENCE

1. Provider grants Customer, during the term, a non-exclusive, non-transferable right to access the API and to use the Data for its internal trading, purchasing and risk management purposes, for up to 60 named users and 3 server applications.

2. Customer may keep Data received during the term and continue to use it internally after the term ends.

3. Customer may not resell the Data or publish it, except in internal reports and in summaries shared with its own customers that do not reproduce the raw series.

FEES AND PAYMENT

4. The fees are: API Subscription Fee CNY 186,000 per Subscription Year, CNY 372,000 for the two Subscription Years; Integration Service (one-time) CNY 22,000. The total fixed fees are CNY 394,000.

5. API calls above 2,000,000 per month are charged at CNY 0.02 per call, invoiced monthly in arrears.

6. The Subscription Fee is invoiced quarterly in arrears (CNY 46,500 per quarter). The Integration Service fee is invoiced after Integration Acceptance. Nothing is payable before the Start Date.

7. Invoices are payable within 30 days after receipt of a valid invoice. Fees are exclusive of VAT, which Customer will withhold and pay as required by PRC law.

INTEGRATION AND ACCEPTANCE

8. Provider shall deliver production API credentials, documentation and sample code, and shall help Customer's IT team to connect the API to Customer's trading system and risk dashboard (the "Integration Service").

9. Integration Acceptance takes place when: (a) all 14 data endpoints listed in the documentation return valid responses from Customer's servers; (b) daily history files for the last ten seasons are loaded without error; (c) the median response time of the API measured from Dalian over five working days is below 800 milliseconds; and (d) the risk dashboard shows live port line-up data. Customer then signs an acceptance note within 5 working days. Access to the API before that note is not acceptance.

10. If Provider does not deliver production credentials by the Start Date, it shall pay Customer CNY 300 for each day of delay, deducted from the first invoice.

SERVICE LEVELS

11. Provider shall make the API available 99.95% of each calendar month, excluding maintenance announced three days in advance.

12. Support is provided in English and Spanish from 08:00 to 20:00 Montevideo time on business days. Priority 1 incidents (the API or a core endpoint is unavailable or returns wrong data) receive an initial response within 8 business hours. Priority 2 incidents receive a response within 2 business days.

13. If monthly availability falls below the level in paragraph 11, Customer receives a service credit of 5% of the quarterly fee for each 0.1 percentage point of shortfall, up to 25% of the quarterly fee.

CUSTOMER DATA

14. Customer Data belongs to Customer.

15. Provider may use Customer Data, in aggregated and anonymised form, to improve its models, to develop new data products and to prepare market statistics for other clients, during the term and after it ends. No such statistics will name Customer.

16. Provider shall protect Customer Data with encryption in transit and at rest, role-based access and access logs, and shall host Customer Data only in data centres with ISO/IEC 27001 certification. Provider shall notify Customer of any security incident affecting Customer Data within 48 hours and shall be responsible for the losses Customer suffers from an incident caused by Provider's failure to meet this paragraph.

CONFIDENTIALITY

17. Each party shall keep confidential the other party's confidential information, including Customer's positions and watch lists and Provider's methods, and shall use it only for this Agreement. This duty continues for three years after the Agreement ends.

INTELLECTUAL PROPERTY

18. Provider owns the Data, the API and its models.

19. The integration scripts, dashboard designs and other deliverables made for Customer under the Integration Service belong to Customer, which may use, modify and license them freely.

SUBCONTRACTING

20. Provider shall not subcontract the Integration Service or the operation of the API without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

TERM AND RENEWAL

21. This Agreement runs from the Start Date to 31 August 2027.

22. The Agreement then renews automatically for further Subscription Years unless either party gives notice of non-renewal at least 60 days before the end of the current Subscription Year. For each renewal Subscription Year Provider may increase the Subscription Fee by up to 6% by notice given 30 days before that year starts.

TERMINATION

23. Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

24. On termination by Customer under paragraph 23, Provider shall refund any fees paid for the period after termination.

LIABILITY

25. Each party's total liability under this Agreement is limited to 150% of the total fixed fees.

26. The limit does not apply to breach of paragraphs 14 to 17, wilful misconduct or fraud. Neither party is liable for lost profits or indirect loss, including trading losses from decisions based on the Data, except under paragraph 16.

GOVERNING LAW AND DISPUTES

27. This Agreement is governed by the laws of the People's Republic of China.

28. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules. The language of the arbitration is English.

CUSTOMER OBLIGATIONS

28A. Customer shall keep its API keys secure, shall use the API only from its registered servers and shall tell Provider promptly if it believes a key has been disclosed.

28B. Customer shall appoint a technical contact for the Integration Service and provide test servers with internet access to the API by 20 August 2025.

28B1. Customer may ask Provider for up to 10 hours of additional technical advice in each Subscription Year at no extra charge, for example on new endpoints or changes to Customer's systems.

28B2. Provider shall give Customer at least 60 days' notice before it retires an endpoint or changes a data format, and shall keep the old version available during that period.

28B3. Provider shall keep the API documentation, sample code and a test sandbox available to Customer during the term, and shall answer technical questions from Customer's developers by e-mail within 2 business days.

FORCE MAJEURE

28C. Neither party is liable for delay or failure caused by events beyond its reasonable control, including natural disasters, epidemics, failures of public networks or government action, provided that it notifies the other party promptly. Provider shall restore the API as soon as the event allows. If an event prevents access to the API for more than 30 consecutive days, Customer may terminate this Agreement by notice and receive a refund of fees paid for the period after termination.

DATA QUALITY

28D. Provider shall compile the Data with reasonable skill and care from the sources described in the documentation, shall correct errors it becomes aware of within 2 business days and shall publish a change log of corrections. Provider does not guarantee the accuracy of third-party sources such as port agents and public weather services.

GENERAL

29. Notices shall be given in writing to the addresses above, with a copy by e-mail.

30. This Agreement is the entire agreement between the parties on its subject and may be changed only in writing signed by both parties.

SIGNED for and on behalf of Customer: ____________________

SIGNED for and on behalf of Provider: ____________________
"""

# ---------------------------------------------------------------- targets
FILES = {
    "z01": ("h453z01_statistics_bureau_data_platform.pdf", "pdf", "zh", H453Z01),
    "z02": ("h453z02_tyre_plant_curing_press_control_retrofit.docx", "docx", "zh", H453Z02),
    "z03": ("h453z03_maternity_centre_chain_customer_saas.txt", "txt", "zh", H453Z03),
    "z04": ("h453z04_museum_collection_system_annual_om.txt", "txt", "zh", H453Z04),
    "z05": ("h453z05_pickle_factory_mes_supplier_template.md", "md", "zh", H453Z05),
    "e01": ("h453e01_furniture_aps_licence_mexico_vendor.pdf", "pdf", "en", H453E01),
    "e02": ("h453e02_route_planning_saas_order_form_chile_vendor.md", "md", "en", H453E02),
    "e03": ("h453e03_cold_store_sensors_peru_vendor.docx", "docx", "en", H453E03),
    "e04": ("h453e04_managed_backup_dr_colombia_vendor.md", "md", "en", H453E04),
    "e05": ("h453e05_grain_data_api_uruguay_vendor.txt", "txt", "en", H453E05),
}

# ---------------------------------------------------------------- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
BASE = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# key: (category, terms overrides, extra: sla_clause, ld_stated, capped (goods only), deemed, value, fee base for TCO)
SPEC = {
    "z01": ("software", dict(availability_pct=99.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
                             final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=10,
                             subcontract_without_consent=True, contract_kind="goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, capped=True, deemed=False, value=2220000, base=860000)),
    "z02": ("hardware", dict(p1_response_hours=2, ld_rate_per_day_pct=0.1, prepayment_pct=20, acceptance_clause=False,
                             final_payment_on_acceptance=False, warranty_months=18, post_warranty_fee_pct=None,
                             termination_for_breach=False, contract_kind="goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, capped=False, deemed=True, value=2300000, base=2063200)),
    "z03": ("cloud", dict(availability_pct=99.95, data_security_clause=False, ld_rate_per_day_pct=1000 / 1312000 * 100,
                          liability_cap_pct=6 / 36 * 100, auto_renewal_price_increase=True),
            dict(sla_clause=True, ld_stated=True, deemed=False, value=1312000)),
    "z04": ("services", dict(availability_pct=99.95, ld_rate_per_day_pct=0.1),
            dict(sla_clause=True, ld_stated=True, deemed=False, value=468000)),
    "z05": ("software", dict(p1_response_hours=None, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                             ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=50,
                             final_payment_on_acceptance=True, warranty_months=6, post_warranty_fee_pct=26,
                             subcontract_without_consent=None, governing_law=None, contract_kind="goods_or_licence"),
            dict(sla_clause=False, ld_stated=True, capped=True, deemed=False, value=1900000, base=1380000)),
    "e01": ("software", dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=20,
                             final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=14,
                             governing_law="Mexico", contract_kind="goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, capped=True, deemed=False, value=1800000, base=1240000)),
    "e02": ("cloud", dict(availability_pct=99.5, p1_response_hours=1, sla_remedy=False, liability_cap_pct=150),
            dict(sla_clause=True, ld_stated=False, deemed=False, value=850000)),
    "e03": ("hardware", dict(ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=10,
                             final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
                             contract_kind="goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, capped=True, deemed=False, value=1200000, base=1046000)),
    "e04": ("services", dict(availability_pct=99.95, p1_response_hours=0.25, confidentiality=False,
                             ld_rate_per_day_pct=1500 / 1200000 * 100, liability_cap_pct=150,
                             prepayment_pct=420000 / 1200000 * 100),
            dict(sla_clause=True, ld_stated=True, deemed=False, value=1200000)),
    "e05": ("cloud", dict(availability_pct=99.95, p1_response_hours=8, buyer_owns_data=False,
                          ld_rate_per_day_pct=300 / 394000 * 100, liability_cap_pct=150,
                          auto_renewal_price_increase=True),
            dict(sla_clause=True, ld_stated=True, deemed=False, value=394000)),
}

DESIGN = {
    "z01": {"CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"},
    "z02": {"CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE", "CR-TERMINATION"},
    "z03": {"CR-AUTO-RENEWAL", "CR-DATA-SECURITY", "CR-LIABILITY-CAP"},
    "z04": set(),
    "z05": {"CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-IP-OWNERSHIP", "CR-DATA-OWNERSHIP", "CR-LD-LOW",
            "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-WARRANTY", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"},
    "e01": {"CR-GOVERNING-LAW"},
    "e02": {"CR-LD-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-NO-REMEDY"},
    "e03": set(),
    "e04": {"CR-CONFIDENTIALITY", "CR-PREPAYMENT"},
    "e05": {"CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-RESPONSE"},
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x):
    """Policy §4 as I read it: horizon 5 years from acceptance; post-warranty years = 5 - warranty (pro rata);
    fee base = itemised licence/hardware subtotal; purchase + implementation = contract value."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
    fees = t["post_warranty_fee_pct"] / 100 * x["base"] * years
    return fees / (x["value"] + fees) * 100


def derive(t, x):
    """My own reading of policy.md §3 (thresholds: 99.9 / 4 h / 0.05 %/day / 100 % / 30 % / 12 months / 15 % / 40 %)."""
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
    if not t["acceptance_clause"] or x["deemed"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
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
    name, fmt, lang, _ = FILES[key]
    cat, over, x = SPEC[key]
    t = dict(BASE)
    t.update(over)
    rules = derive(t, x)
    assert rules == DESIGN[key], (key, sorted(rules ^ DESIGN[key]))
    extra = {"sla_clause": x["sla_clause"], "ld_stated": x["ld_stated"]}
    if t["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = x["capped"]
    extra["acceptance_deemed_on_delivery"] = x["deemed"]
    extra["contract_value"] = x["value"]
    return {"file": name, "language": lang, "category": cat, "expected_terms": {k: t[k] for k in KEYS},
            "expected_extra": extra, "expected_rules": sorted(rules)}, rules


# ---------------------------------------------------------------- sums
def check_sums():
    assert 860000 + 1140000 + 186000 + 34000 == 2220000 and 444000 + 999000 + 777000 == 2220000
    assert 36 * 38500 == 1386000 and 36 * 6200 == 223200 and 4 * 46500 == 186000
    assert 1386000 + 223200 + 186000 + 268000 == 2063200 and 2063200 + 214000 + 22800 == 2300000
    assert 460000 + 1035000 + 805000 == 2300000 and 2300000 * 0.45 == 1035000
    assert 15 * 26400 == 396000 and 3 * 396000 == 1188000 and 1188000 + 96000 + 28000 == 1312000
    assert 396000 / 4 == 99000
    assert 312000 + 72000 + 64000 + 20000 == 468000 and 468000 / 4 == 117000
    assert 760000 + 320000 + 300000 == 1380000 and 1380000 + 420000 + 100000 == 1900000
    assert 950000 + 722000 + 228000 == 1900000 and round(1380000 * 0.26) == 358800
    assert 680000 + 360000 + 200000 == 1240000 and 1240000 + 520000 + 40000 == 1800000
    assert round(1240000 * 0.14) == 173600
    assert 3 * 264000 == 792000 and 792000 + 58000 == 850000 and 264000 / 4 == 66000
    assert 420 * 1450 == 609000 and 24 * 6500 == 156000 and 609000 + 156000 + 68000 + 213000 == 1046000
    assert 1046000 + 118000 + 36000 == 1200000 and round(1046000 * 0.08) == 83680
    assert 24 * 46500 == 1116000 and 1116000 + 84000 == 1200000 and 420000 / 24 == 17500
    assert 2 * 186000 == 372000 and 372000 + 22000 == 394000 and 186000 / 4 == 46500


# ---------------------------------------------------------------- threshold scan
NUM = r"(?<![\d.])"
PATTERNS = [
    r"99\.90*\s*(%|％|per\s*cent|percent)", r"百分之九十九点九(?!\S*[一二三四五六七八])",
    NUM + r"4\s*(小时|个小时|h\b|hours?\b|hrs?\b)", r"(?<![十\d])四\s*(个)?小时", r"(?<![\w-])four\s*(-\s*)?hours?",
    NUM + r"240\s*(分钟|min)", r"(?i)(?<![\w-])four\s*hours",
    NUM + r"0\.050*\s*(%|％|per\s*cent|percent)", r"万分之五(?![十\d])", r"0\.0005(?!\d)",
    NUM + r"100(\.0+)?\s*(%|％|per\s*cent|percent)", r"百分之百", r"(?i)one\s*hundred\s*per\s*cent",
    NUM + r"30(\.0+)?\s*(%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])", r"三成", r"(?i)thirty\s*per\s*cent",
    NUM + r"12\s*(个月|月|-?\s*months?\b)", r"十二个月", r"(?i)twelve\s*(-\s*)?months?", r"(?<![\d十])一年",
    r"(?<![\d])1\s*年(?!度)", r"(?i)\bone\s*(-\s*)?years?\b", r"(?i)\b1\s*(-\s*)?years?\b", r"(?i)\ba\s+year\b",
    NUM + r"15(\.0+)?\s*(%|％|per\s*cent|percent)", r"百分之十五(?![点一二三四五六七八九])", r"(?i)fifteen\s*per\s*cent",
    NUM + r"40(\.0+)?\s*(%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])", r"四成", r"(?i)forty\s*per\s*cent",
    r"(?<!\d)5\s*年", r"五年", r"(?i)\bfive\s*(-\s*)?years?\b", r"(?i)\b5\s*(-\s*)?years?\b", NUM + r"60\s*(个月|months?)",
    r"(?i)sixty\s*months", r"六十个月",
]
RX = [re.compile(p) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "240分钟", "0.05%", "万分之五", "100%", "百分之百",
            "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "一年", "one year", "15%", "15 %", "40%",
            "四成", "5年", "五年", "five years", "60 months", "4 hours", "12-month", "a year"]
MUST_MISS = ["24小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "24 hours", "99.5%",
             "130%", "140%", "0.30%", "112个月", "2015年", "14小时", "Subscription Year", "each year", "年度", "45%",
             "35%", "2026年", "二十四个月", "0.08%", "1,500"]


def hits(text):
    return [m.group(0) for rx in RX for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def scan(label_, text):
    bad = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        bad += hits(variant)
    assert not bad, (label_, sorted(set(bad)))


# ---------------------------------------------------------------- read back
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


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    check_sums()
    sources, targets = {}, {}
    for key, (name, fmt, lang, src) in FILES.items():
        scan(key + " source", src)
        if fmt in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, fmt)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    covered, short = set(), []
    for key, (name, fmt, lang, src) in FILES.items():
        lab, rules = label(key)
        covered |= rules
        jname = Path(name).stem + ".json"
        (OUT / jname).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        text = read_back(OUT / name)
        scan(key + " built", text)
        n = length(text, lang)
        nws = len(re.sub(r"\s+", "", text))
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        sh = tco_share(lab["expected_terms"], SPEC[key][2])
        print("%s %-58s %s %5d (non-ws %5d) %-6s %s%s" % (key, name, lang, n, nws, risk(rules), ", ".join(sorted(rules)) or "(none)",
                                                  "" if sh is None else "  TCO share %.2f" % sh))
        if not lo <= n <= hi:
            short.append((key, n))
        for k, v in lab["expected_terms"].items():  # nothing on a threshold
            assert v not in (99.9, 0.05) and not (k == "p1_response_hours" and v == 4), (key, k, v)
            assert not (k == "liability_cap_pct" and v == 100) and not (k == "prepayment_pct" and v == 30), (key, k)
            assert not (k == "warranty_months" and v == 12) and not (k == "post_warranty_fee_pct" and v == 15), (key, k)
        assert sh is None or abs(sh - 40) > 2, (key, sh)
    assert not short, short
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    print("all 20 CR rules covered")
