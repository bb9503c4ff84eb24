"""holdout452: builds ten blind ORDINARY draft contracts (5 zh, 5 en) and their labels, then checks them.

Run: /work/main/.venv/bin/python -B make_files.py   (writes only into this folder)
Sources are kept below; .docx/.pdf are built with ../word_pdf.py (wrap_words=True). Labels are written from DESIGN;
expected rules are derived from the labels by my own reading of policy.md section 3 (derive_rules), checked against the
design list, and full coverage of the 20 CR rules is asserted. Every built file (read back) and every source is scanned
for threshold figures.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H452Z01 = """T:退役军人事务局优抚信息管理平台采购合同
P:合同编号：QJ-TYJR-2025-017    采购方式：公开招标（政府采购）
P:甲方（采购人）：清江市退役军人事务局
P:乙方（供应商）：湖北楚安信息技术有限公司
P:鉴于甲方通过公开招标采购优抚信息管理平台，乙方为中标供应商，双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、投标文件，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供优抚信息管理平台软件的永久使用许可，并完成以下定制开发：优抚对象档案管理、抚恤补助待遇核定与发放、优待证办理、走访慰问记录、移动端查询及与省级退役军人信息系统、民政和财政系统的数据接口。
P:1.2 乙方负责将甲方现有的优抚对象数据迁移至新平台，并完成部署、联调、试运行和培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰肆拾陆万元整（¥1,460,000），为固定总价，含税及全部费用。明细如下：
TB:序号|项目|金额（元）
TB:1|优抚信息管理平台软件许可（永久，不限用户数）|560,000
TB:2|定制开发（档案、待遇发放、优待证、走访、移动端、接口）|735,000
TB:3|历史数据迁移及校验|118,000
TB:4|部署实施及培训|47,000
TB:合计||1,460,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥292,000。
P:3.2 系统通过初步验收后，甲方支付合同总价的45%，即¥657,000。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥511,000。
H:第四条 交付期限与项目实施
P:4.1 乙方应于合同签订后120日内完成部署和数据迁移并提请初步验收；初验后试运行60日，试运行期满提请最终验收。
P:4.2 乙方应组建不少于6人的项目组，项目经理须为投标文件中承诺的人员，未经甲方同意不得更换；项目组每周向甲方提交进度报告，重大问题随时报告。
P:4.3 平台部署在甲方机房的政务外网区域，服务器、数据库及操作系统由甲方提供，乙方负责安装配置、性能调优和备份策略设置。
P:4.4 乙方应对甲方及各区县业务人员分批开展操作培训，对甲方技术人员开展运维培训，培训不少于8个批次，并提供操作手册、运维手册和接口说明。
H:第五条 验收
P:5.1 初步验收标准：招标文件所列功能全部实现；迁移数据与原系统逐条核对一致；与省级系统的接口联调通过；第三方机构出具的安全测评报告无高危漏洞。
P:5.2 最终验收标准：试运行期间无一级故障；200个并发用户下页面响应不超过3秒；培训完成并交付全部文档和定制部分源代码。
P:5.3 系统上线运行或甲方付款均不视为验收合格，验收以甲方签署的验收报告为准。
H:第六条 服务水平
P:6.1 乙方保证平台月可用率不低于99.5%。
P:6.2 一级故障（平台无法登录或待遇发放功能中断）乙方应在30分钟内响应、2小时内到场；二级故障2小时内响应。
P:6.3 响应或到场每超时1小时，甲方可从维护费或履约保证金中扣减¥800；月可用率未达标的，每低0.1个百分点扣减¥2,000。
H:第七条 质量保证与后续维护
P:7.1 质保期为最终验收合格之日起二十四个月，质保期内乙方免费修复缺陷、提供升级和技术支持。
P:7.2 质保期满后，甲方如需继续维护，年度维护费不超过软件许可费的10%，即每年不超过¥56,000，该价格在质保期满后三年内不上调。
H:第八条 知识产权
P:8.1 平台软件产品的知识产权仍归乙方所有，甲方享有永久使用权。
P:8.2 为本项目定制开发的程序、接口、文档及其源代码的知识产权归甲方所有，甲方可自行或委托第三方使用、修改。
H:第九条 数据安全
P:9.1 平台中的优抚对象信息、业务数据及日志均属于甲方，乙方不得用于本合同以外的任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，按等保三级要求落实访问控制、加密存储和操作审计；远程维护须经甲方审批。
P:9.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的损失由乙方全部承担。
H:第十条 保密
P:乙方对履约中知悉的甲方工作秘密、优抚对象个人信息及系统口令负有保密义务，未经甲方书面同意不得向第三方披露，本义务在合同终止后继续有效。
H:第十一条 分包
P:乙方可将数据迁移和现场培训工作分包给具备相应能力的第三方，但应提前五个工作日书面告知甲方，并对分包方的工作承担责任。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:12.2 乙方交付的系统不符合合同约定的，应在甲方规定期限内免费整改。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 履约保证金
P:乙方应在合同签订前向甲方提交合同总价5%的履约保证金（即¥73,000）。乙方未履行合同义务的，甲方可从履约保证金中扣除相应违约金和损失；履约保证金可以银行保函形式提交，最终验收合格后十五个工作日内无息退还。
H:第十六条 双方责任
P:16.1 甲方负责提供项目所需的机房环境、网络接入、服务器及数据库软件，协调各区县退役军人事务部门配合需求调研、数据核对和培训，并及时确认乙方提交的需求说明和设计文档。
P:16.2 乙方应按国家和行业标准开展需求分析、设计、开发和测试，交付物应符合招标文件的技术要求；乙方人员进入甲方场所应遵守甲方的安全保密和考勤管理规定。
P:16.3 乙方交付的文档包括需求规格说明书、概要设计、数据库设计、测试报告、用户手册和运维手册，均应使用中文，并同时提交纸质版和电子版。
P:16.4 因甲方未按约定提供条件导致工期延误的，交付期限相应顺延，乙方不承担逾期责任。
H:第十七条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，根据影响程度部分或全部免除责任，但迟延履行后发生的除外。
H:第十八条 其他
P:本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及澄清材料为本合同组成部分。
P:甲方（盖章）：清江市退役军人事务局    代表签字：__________  日期：2025年6月18日
P:乙方（盖章）：湖北楚安信息技术有限公司    代表签字：__________  日期：2025年6月18日
"""

H452Z02 = """T:挤压机控制系统改造及维保合同
P:合同编号：NH-JY-2025-042
P:甲方（买方）：广东南海华铝型材有限公司
P:乙方（卖方）：佛山恒控自动化工程有限公司
P:甲方现有两台1800吨铝型材挤压机的电气控制系统老化，故障频繁。乙方经现场勘查后提出改造方案，双方经协商一致，就控制系统改造及后续维保事宜订立本合同。
H:一、改造范围
P:（一）拆除两台挤压机原有继电器控制柜及老旧PLC，更换为新的PLC控制柜、伺服泵控系统、人机界面及工控机。
P:（二）加装主缸压力、挤压速度、模具温度和铸棒温度传感器，实现等温挤压和速度闭环控制。
P:（三）提供挤压控制软件永久许可，编制两台挤压机的控制程序和工艺配方管理画面，并与甲方生产管理系统对接产量和能耗数据。
H:二、合同价格
P:（一）本合同总价为人民币壹佰壹拾万元整（¥1,100,000），含税、运输、安装及培训费用，明细见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU、IO模块、柜体）|2套|168,000|336,000
TB:2|伺服泵控系统（伺服电机、驱动器、油泵）|2套|214,000|428,000
TB:3|人机界面及工控机|2套|36,500|73,000
TB:4|压力、速度、温度传感器|1批|62,000|62,000
TB:5|挤压控制软件许可（永久）|1项|95,000|95,000
TB:|软硬件小计|||994,000
TB:6|安装调试（含旧柜拆除、接线、程序调试）|1项|88,000|88,000
TB:7|操作及维修培训|1项|18,000|18,000
TB:|合计|||1,100,000
P:（二）合同价格为固定价格，不因原材料或汇率变化而调整。因甲方书面要求增加的工作量，双方另行协商确定价格，并签订补充协议。
P:（三）乙方应提供合法有效的增值税专用发票，甲方在收到发票后按本合同约定付款。
H:三、付款方式
P:（一）合同签订后七个工作日内，甲方支付合同总价的20%，即¥220,000。
P:（二）设备全部到达甲方工厂并经双方清点签收后，甲方支付合同总价的50%，即¥550,000。
P:（三）两台挤压机安装调试完成后，甲方支付合同总价的25%，即¥275,000。
P:（四）余款5%即¥55,000作为质保金，质保期满且无质量问题后十五个工作日内支付。
H:四、交货与安装
P:（一）乙方应于合同签订后60日内将全部设备运至甲方工厂。
P:（二）改造在甲方安排的停机窗口内进行，每台挤压机停机时间不超过10日，两台分批施工，确保甲方至少一台挤压机正常生产。
P:（三）乙方施工人员应遵守甲方的安全生产制度，动火、登高及带电作业须办理作业票；因乙方原因发生的安全事故由乙方负责。
P:（四）乙方延期交货或延期完成调试的，应增派人员、采取补救措施，尽快完成。
P:（五）设备到货时，双方共同开箱清点，核对型号、数量和随机资料，签署到货清点单；到货清点单仅确认数量，不代表质量合格。
P:（六）改造期间拆除的旧控制柜、电缆等物资归甲方所有，由乙方按甲方指定地点堆放。
H:五、调试与验收
P:（一）乙方完成安装后进行空载及带料调试，调试期间甲方提供铸棒、模具和操作人员，乙方负责调试方案和参数设置，调试产生的合格型材归甲方所有。
P:（二）调试中发现的问题由乙方负责处理，甲方操作人员应配合调试并做好记录。
P:（三）两台挤压机安装调试完成并投入生产，即视为甲方验收合格。
H:六、质量保证
P:（一）质保期为调试完成之日起十八个月。质保期内因设备或软件质量问题发生的故障，乙方免费维修或更换。
P:（二）一级故障（挤压机停机）乙方应在30分钟内电话响应，6小时内到场；二级故障（影响部分功能）2小时内响应，次日到场。
P:（三）乙方响应或到场每超时1小时，向甲方支付¥500，从质保金中扣除。
H:七、后续维保
P:（一）质保期满后，乙方提供年度维保服务，年度维保费为软硬件小计的8%，即每年¥79,520，该价格在质保期满后三年内保持不变。
P:（二）年度维保包括每季度一次预防性巡检、备件优先供应、程序备份和远程技术支持。
P:（三）维保期间乙方应保持常用备件库存，PLC模块、伺服驱动器等关键备件在48小时内送达甲方工厂；备件价格按乙方投标报价执行。
P:（四）每次巡检后乙方应提交巡检报告，列明设备状态、发现的问题和整改建议。
H:七之一、培训与资料
P:（一）乙方应为甲方操作工、电工和设备工程师分别提供操作培训和维修培训，合计不少于6天，培训后甲方人员应能独立完成日常操作、换模参数设置和一般故障排除。
P:（二）乙方应交付电气原理图、接线图、PLC程序备份、设备说明书、备件清单和维修手册各两套（纸质及电子版）。
H:八、知识产权
P:（一）挤压控制软件产品的知识产权归乙方所有，甲方享有永久使用权。
P:（二）乙方为甲方编制的控制程序、工艺配方画面和系统对接程序的知识产权归甲方所有，乙方交付全部源程序，甲方可自行修改或委托他人维护。
H:九、数据安全
P:（一）挤压机运行数据、工艺参数和配方均属于甲方，乙方不得复制、带离或用于其他客户。
P:（二）乙方远程维护须经甲方设备部批准，通过甲方提供的VPN账号接入，维护结束后关闭账号；乙方应采取防病毒措施，不得使用未经查杀的移动存储介质。
P:（三）发生数据泄露或因乙方原因导致控制系统遭受网络攻击的，乙方应在2小时内报告甲方，并承担由此造成的全部损失。
H:十、保密
P:双方对履约中知悉的对方技术资料、工艺配方和商业信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内有效。
H:十一、分包
P:未经甲方书面同意，乙方不得将本合同项下的任何工作分包给第三方。
H:十二、违约与解除
P:（一）乙方交付的设备不符合合同约定的，应免费更换。
P:（二）乙方施工造成甲方设备、模具或厂房损坏的，应负责修复或赔偿；因乙方调试不当造成废品的，按甲方实际损失赔偿。
P:（三）甲方未按约定付款的，乙方可顺延相应工作，但应书面通知甲方。
P:（四）任何一方严重违约，经对方书面通知后十五日内未纠正的，守约方有权解除合同并要求赔偿损失。
H:十二之一、不可抗力
P:因地震、台风、洪水、疫情等不可抗力不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明，双方协商延期履行或解除合同。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交佛山仲裁委员会仲裁。
H:十四、其他
P:本合同项下的通知以书面形式送达合同所列地址，电子邮件发出即视为送达。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术方案为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：广东南海华铝型材有限公司    代表：__________  日期：2025年7月8日
P:乙方（盖章）：佛山恒控自动化工程有限公司    代表：__________  日期：2025年7月8日
"""

H452Z03 = """书店连锁进销存及会员管理SaaS服务合同

合同编号：JL-SC-2025-063

甲方（客户）：江苏金陵书城连锁有限公司
乙方（服务商）：南京云书科技有限公司

甲方经营24家书店门店，需统一的进销存、收银及会员管理系统。乙方向甲方提供"云书"零售SaaS服务并负责实施。双方经友好协商，订立本合同。

1. 服务内容
1.1 乙方向甲方24家门店及总部提供云书零售SaaS服务，包括图书进销存、门店收银（POS）、会员积分与储值、促销管理、调拨配送及经营报表。
1.2 乙方负责实施服务（含项目管理）：系统配置，历史商品与库存数据迁移，约18万名会员数据迁移，与甲方财务系统和两家主要图书发行商订货平台的接口对接，门店收银设备调试及人员培训。
1.3 乙方提供7×24小时客服热线和在线工单系统，门店人员可直接报修。
1.4 服务期为三个服务年度，自2025年9月1日起至2028年8月31日止。

2. 服务费用
2.1 本合同总价为人民币柒拾贰万捌仟元整（¥728,000），明细如下：
（1）门店订阅费：24家门店 × 每店每服务年度¥6,800 = 每服务年度¥163,200；
（2）总部模块订阅费：每服务年度¥36,800；
（3）以上订阅费合计每服务年度¥200,000，三个服务年度共¥600,000；
（4）一次性实施费：¥128,000。
2.2 服务期内订阅费单价不作调整。门店关闭或合并的，自次月起相应减少订阅费。
2.3 上述价格含增值税，乙方应开具增值税专用发票。新增门店按每店每服务年度¥6,800按月折算。

3. 付款
3.1 实施费在上线验收合格后二十日内一次性支付。
3.2 订阅费按季度结算，每季度结束后十五日内，乙方提交当季服务报告和发票，甲方核对后支付当季费用，即¥50,000。
3.3 甲方无需支付任何预付款。

4. 实施与验收
4.1 乙方应于2025年8月20日前完成实施并提请上线验收。
4.2 上线验收标准：（1）商品、库存数据与甲方原系统盘点结果核对一致；（2）会员数据和积分余额全部迁移且抽查无误；（3）24家门店收银连续5个营业日运行正常；（4）与财务系统、订货平台的接口连续10日数据无差错。
4.3 乙方应在实施期间组织总部培训2次、门店店长集中培训1次，并为每家门店录制操作视频和编写收银操作卡。
4.4 甲方使用系统或支付订阅费，均不视为验收合格；验收以甲方签署的上线验收单为准。
4.5 乙方逾期完成上线的，每逾期一日向甲方支付违约金¥500。

5. 服务水平
5.1 乙方保证SaaS服务月可用率不低于99.95%（计划维护须提前三日通知且安排在闭店时段，不计入不可用时间）。
5.2 故障分级与响应：一级故障（全部或多家门店无法收银）15分钟内响应，2小时内恢复；二级故障（单店无法收银或会员功能异常）30分钟内响应，8小时内恢复；三级故障次一工作日处理。
5.3 月可用率每低于承诺值0.1个百分点（不足按足计），乙方按当月订阅费的5%给予服务抵扣；一级故障响应每超时30分钟，抵扣¥1,000。当月抵扣合计不超过当月订阅费。

6. 数据归属与数据安全
6.1 甲方的商品、销售、库存和会员数据均属于甲方所有，乙方仅为提供本合同服务处理该等数据，不得用于其他目的，不得向第三方提供。
6.2 乙方应将数据存储于中国境内的云平台，系统通过等保三级测评，会员手机号等个人信息加密存储，后台访问实行最小授权和操作日志审计。
6.3 发生数据泄露等安全事件的，乙方应在24小时内通知甲方，配合调查处置，并赔偿甲方因此遭受的损失。
6.4 乙方员工访问甲方数据须经审批并留存记录，离职人员账号应在当日注销。
6.5 乙方应配合甲方开展个人信息保护合规检查，按甲方要求提供安全测评报告。
6.6 合同终止后三十日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，随后删除并出具删除证明。

6.7 乙方应每日备份甲方数据，备份保存不少于30日，并每半年进行一次恢复测试，测试结果书面报告甲方。

7. 保密
双方对在合作中知悉的对方商业秘密和经营信息负有保密义务，未经对方书面同意不得披露，本义务在合同终止后三年内有效。

8. 知识产权
8.1 SaaS平台的知识产权归乙方所有。
8.2 乙方为甲方定制的报表、接口程序和数据迁移脚本的知识产权归甲方所有，甲方可自由使用和修改。

8.3 乙方应保证其提供的SaaS服务不侵犯第三方知识产权；因此引起的纠纷由乙方负责处理并承担费用，甲方因此遭受的损失由乙方赔偿。

9. 分包
乙方不得将实施服务分包给第三方，确需分包的，须事先取得甲方书面同意。

10. 责任限制
乙方在本合同项下的累计赔偿责任以本合同总价的150%为限，但数据泄露、故意或重大过失造成的损失不受此限。

11. 期限与解除
11.1 服务期满本合同终止，不自动续期。续约须双方另行书面协商。
11.2 服务期内甲方可提前三十日书面通知乙方增加或减少门店数量，费用按月折算。
11.3 乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除本合同，乙方应退还已付但未使用期间的订阅费。

12. 双方义务
12.1 甲方应指定项目联系人，按时提供历史数据、门店信息和接口资料，组织门店人员参加培训，并妥善保管系统管理员账号和密码。
12.2 乙方应指定客户经理和实施顾问，实施期间每周提交进度报告；上线后首月安排顾问驻场支持总部及重点门店。
12.3 乙方对SaaS服务的功能升级应提前七日通知甲方，不得降低本合同约定的功能和服务水平。
12.4 乙方应每季度向甲方提交服务报告，列明可用率、故障统计、工单处理情况和改进措施。
12.5 门店收银设备（扫码枪、小票打印机、钱箱）由甲方自备，乙方负责兼容性测试并提供设备清单建议。

13. 不可抗力
因不可抗力或电信运营商大范围网络中断导致服务中断的，受影响一方应及时通知对方并尽力减少损失；不可抗力期间不计入可用率统计，但乙方应在条件恢复后尽快恢复服务。

14. 通知
本合同项下的通知以书面形式送达合同首页所列地址或双方指定的电子邮箱，电子邮件发出即视为送达。

15. 争议解决
本合同适用中华人民共和国法律。争议提交南京仲裁委员会仲裁。

16. 其他
本合同一式四份，双方各执两份，自双方签字盖章之日起生效。本合同的变更须经双方书面同意。附件《服务说明》《实施计划》为本合同组成部分。

甲方：江苏金陵书城连锁有限公司（盖章）    代表：__________
乙方：南京云书科技有限公司（盖章）    代表：__________
签订日期：2025年7月15日
"""

H452Z04 = """食品安全抽检信息系统年度运维服务合同

项目编号：LX-SJ-CS-2025-009    采购方式：竞争性磋商

甲方（采购人）：临溪市市场监督管理局
乙方（供应商）：临溪数安信息服务有限公司

根据竞争性磋商结果，乙方为成交供应商。依据《中华人民共和国民法典》《中华人民共和国政府采购法》及磋商文件、响应文件和磋商记录，双方就食品安全抽检信息系统年度运维服务订立本合同。

【服务内容与期限】
（1）运维对象：甲方食品安全抽检信息系统，包括抽检任务管理、样品流转、检验结果录入、不合格食品核查处置、数据上报国家平台等模块，以及配套的应用服务器、数据库服务器、存储和网络安全设备。
（2）服务内容：日常巡检、故障处理、数据库维护、数据备份与恢复演练、系统小版本升级、安全加固、配合等级保护测评及整改、国家平台数据上报接口维护、用户培训与操作支持。
（3）乙方派驻2名运维工程师在甲方办公场所驻场服务，工作日8:30至17:30在岗；抽检任务集中期及重大节日保障期间按甲方要求延长在岗时间。
（4）服务期：2025年3月1日至2026年2月28日。

【合同价款】
（1）本合同总价为人民币肆拾捌万陆仟元整（¥486,000），包括：系统运维服务费¥268,000；驻场人员费用¥156,000；安全加固及等保测评配合费¥38,000；数据备份服务费¥24,000。
（2）合同价款为固定总价，服务期内不作调整。

【付款方式】
（1）服务费按季度支付。每季度结束后，甲方按附件考核表对乙方当季服务进行考核，考核合格后十五个工作日内支付当季服务费¥121,500。
（2）本合同不设预付款。
（3）乙方应在每次付款前开具合法有效的增值税发票，甲方通过国库集中支付方式付款。因财政资金审批导致付款延迟的，甲方不承担违约责任，但应及时告知乙方。

【服务要求】
（1）乙方应每周巡检一次并提交巡检记录，每月提交运维月报。
（2）系统发生故障时，乙方接到甲方报告后应及时响应，尽快排除故障，恢复系统正常运行，并在故障排除后提交故障处理报告，说明故障原因、处理过程和预防措施。
（3）乙方应每日进行数据增量备份、每周全量备份，每季度开展一次恢复演练，演练方案和结果报甲方备案。备份介质由甲方保管，乙方不得将备份带离甲方机房。
（4）乙方应及时跟踪操作系统、数据库和中间件的安全漏洞，按甲方要求安装补丁并做好回退准备。
（5）乙方应在2025年6月30日前完成安全加固，并配合甲方完成年度等保测评及整改。
（6）乙方应在抽检任务下达、国家平台数据上报截止日等关键时点前开展专项检查，确保系统稳定；国家平台接口规范调整的，乙方应在规定时间内完成接口适配，不另行收费。
（7）乙方应为甲方及各县区市场监管局、承检机构的系统用户提供电话和远程操作支持，每半年组织一次用户培训，培训材料交甲方存档。
（8）乙方应建立运维台账，记录巡检、故障、变更和备份情况，每月随运维月报提交甲方；系统变更须事先提交变更方案，经甲方同意后在非工作时间实施。

【甲方责任】
（1）甲方负责提供驻场人员办公场所、运维所需的网络和账号，协调系统原开发单位提供必要的技术资料。
（2）甲方应指定专人负责与乙方对接，及时确认乙方提交的变更方案和运维报告，并按本合同约定支付服务费。
（3）甲方发现系统故障时，应通过电话或运维工单及时通知乙方驻场人员。
（4）甲方应对乙方提交的季度运维报告在十个工作日内完成审核，逾期未提出意见的，乙方可书面催告。

【考核与验收】
（1）季度考核按附件考核表进行，内容包括巡检完成率、备份完成情况、故障处理记录和用户满意度，考核得分低于80分的，甲方可暂缓支付当季费用直至乙方整改完毕。
（2）服务期满后，甲方组织年度验收，验收标准为：巡检及备份记录完整；恢复演练全部成功；等保测评无遗留高风险问题；运维文档、账号清单和配置资料完整移交。验收以甲方出具的验收意见为准。

【数据安全】
（1）系统内的抽检数据、检验结果、企业信息及个人信息均属于甲方，乙方不得复制、留存或用于本合同以外的任何目的。
（2）乙方运维人员应签署安全承诺书，使用甲方分配的实名账号经堡垒机操作，禁止使用个人移动存储介质，禁止将数据带出甲方网络。
（3）发生数据泄露、篡改或其他安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的损失和不良影响由乙方承担全部责任。

【保密】
乙方及其人员对履约中知悉的抽检计划、未公开的检验结果和执法信息负有保密义务，不得向任何第三方透露，本义务不因合同终止而解除。

【知识产权】
乙方在运维期间为甲方编写的脚本、报表和运维文档归甲方所有，甲方可自由使用和修改。乙方保证其提供的运维工具不侵犯第三方权利。

【服务交接】
服务期满或合同解除时，乙方应在十五日内向甲方或甲方指定的单位完整移交系统账号、口令、配置文件、运维台账和技术文档，协助完成交接，并注销乙方人员的全部账号；交接期间乙方不得中断服务。

【人员与分包】
（1）驻场人员须具备相应资质，其中至少1人持有数据库或网络安全相关证书，更换人员须提前十日经甲方同意，新人员应经甲方面试认可并完成工作交接。
（2）乙方不得将本合同服务分包或转包给第三方。
（3）乙方应为驻场人员缴纳社会保险，乙方人员在服务过程中发生的人身伤害由乙方负责处理。

【违约责任】
（1）乙方未按期完成安全加固或等保测评配合工作的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（2）驻场人员无故缺岗的，每人每日扣减服务费¥600。
（3）乙方在本合同项下的累计赔偿责任以合同总价的50%为限。

【不可抗力】
因不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在十日内提供有关证明，根据不可抗力的影响部分或全部免除责任。

【合同解除】
乙方严重违约或连续两个季度考核不合格的，甲方有权书面通知解除本合同，并按实际服务期间结算费用；乙方应按本合同约定完成服务交接，并赔偿甲方因重新采购产生的合理费用。

【其他】
（1）本合同期满即终止。期满后如需继续采购运维服务，由甲方依法重新组织采购。
（2）因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。
（3）磋商文件、响应文件、磋商记录及附件考核表为本合同组成部分。
（4）本合同未尽事宜，双方可另行签订补充协议。
（5）本合同一式五份，甲方三份、乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：临溪市市场监督管理局    代表：__________
乙方（盖章）：临溪数安信息服务有限公司    代表：__________
日期：2025年2月20日
"""

H452Z05 = """# 设备管理（EAM）软件许可及定制开发合同

**合同范本编号：ZXR-EAM-2025 版**

- 甲方（买方）：桂林漓香米粉食品有限公司
- 乙方（卖方）：长沙智修软件有限公司

甲方拟对米粉生产线设备实施数字化管理，乙方为设备管理（EAM）软件的开发商。双方经协商，依照乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供智修EAM软件的永久使用许可（50个并发用户及移动端），部署于甲方服务器。

1.2 乙方根据甲方需求进行定制开发：米粉生产线点检与润滑管理、备品备件库存、蒸煮及烘干设备能耗分析模块，以及与甲方ERP的数据接口。

1.3 乙方负责安装部署、基础数据初始化和人员培训。

1.4 甲方负责提供服务器、操作系统、数据库软件及网络环境，整理设备台账、备件清单等基础资料，并安排人员配合需求调研和测试。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智修EAM软件许可（永久，50并发用户，含移动端） | 480,000 |
| 2 | 定制开发（点检润滑、备件、能耗、ERP接口） | 96,000 |
| 3 | 安装部署、数据初始化及培训 | 64,000 |
| | 合计 | 640,000 |

合同总价为人民币陆拾肆万元整（¥640,000），含增值税。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总价的50%，即¥320,000，作为预付款。乙方收到预付款后开始实施。

3.2 系统验收合格后十个工作日内，甲方支付合同总价的50%，即¥320,000。

3.3 乙方收款前应向甲方开具增值税专用发票。甲方逾期付款的，乙方有权暂停实施或技术支持，交付期限相应顺延。

## 第四条 交付

4.1 乙方应在收到预付款后90日内完成安装部署和定制开发，并提请验收。

4.2 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

4.3 乙方应在实施开始前提交实施计划，实施期间每两周向甲方报告进度。因甲方未按时提供环境或资料导致延误的，交付期限相应顺延。

4.4 定制开发需求以双方签字确认的《需求说明书》为准。需求确认后甲方提出变更的，乙方有权另行收取费用并调整交付期限。

## 第五条 验收

5.1 乙方提请验收后，双方按共同确认的《验收测试用例》逐项测试，全部用例通过、ERP接口连续7日数据一致且系统在生产环境连续运行20日无严重故障的，甲方签署验收报告。

5.2 测试未通过的，乙方应在十日内整改后重新提请验收。甲方应在乙方提请验收后十个工作日内组织验收，并提供测试所需的人员和数据。

## 第六条 免费维护期

6.1 免费维护期为验收合格之日起六个月，期间乙方免费修复软件缺陷并提供远程技术支持。

6.2 一级故障（系统无法登录或点检数据无法保存）乙方在8小时内响应；二级故障在2个工作日内响应。

6.3 乙方将尽力在上述时限内响应，但不因响应或修复超时向甲方承担扣款、赔偿或违约金。

6.4 乙方提供工作日9:00至18:00的电话和远程支持，甲方可通过乙方客服热线、电子邮件或在线工单提交问题，乙方按提交顺序处理。现场服务须提前预约，免费维护期内每季度提供一次现场服务。

6.5 因甲方擅自修改程序、数据库或硬件环境、病毒侵入或操作不当造成的故障，不属于免费维护范围，乙方可按其收费标准收取服务费。

## 第七条 年度维护服务

7.1 免费维护期满后，甲方应购买乙方年度维护服务，年度维护费为软件许可费的25%，即每年¥120,000。

7.2 年度维护费在每个维护年度开始前一次性支付，乙方收到维护费后开始提供该年度服务。年度维护服务包括软件升级、缺陷修复、远程支持和每年一次现场巡检。甲方未购买年度维护服务的，乙方不再提供升级和技术支持。

## 第八条 知识产权

8.1 智修EAM软件及其文档的知识产权归乙方所有。

8.2 乙方为本项目定制开发的模块、接口程序及相关文档的知识产权归乙方所有，甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译或提供给第三方。

## 第九条 数据

9.1 甲方在系统中录入的设备台账、点检、维修、备件和能耗数据归甲方所有，系统数据库部署在甲方服务器上。

9.2 乙方应采取访问控制、数据备份和操作日志等安全措施保护甲方数据；远程维护须经甲方同意。发生数据泄露的，乙方应在24小时内通知甲方，并对因乙方过错造成的损失承担赔偿责任。

9.3 甲方同意，乙方可将经脱敏处理的设备运行和故障数据用于乙方产品改进、故障模型训练及行业分析报告。

## 第九条之一 培训

乙方为甲方设备管理人员、维修班组和仓库人员提供操作培训，合计不少于3天，并提供用户手册电子版和系统管理员手册。培训以外的额外培训按乙方收费标准另行收费。

## 第九条之二 甲方义务

甲方应按本合同约定及时付款，为乙方实施人员提供必要的办公条件和网络环境，指定项目负责人协调设备部、生产部和仓库配合实施，并对乙方提交的需求说明书、测试用例在五个工作日内予以确认。

## 第十条 保密

双方对在合作中获知的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得披露。保密义务在合同终止后三年内有效。

## 第十一条 责任限制

乙方在本合同项下的全部赔偿责任，无论基于何种原因，累计不超过合同总价的20%。乙方不承担任何间接损失、利润损失、停产损失或数据丢失损失。

## 第十一条之一 不可抗力

因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明，双方协商延期履行或解除合同。

## 第十二条 合同解除

一方严重违约，经对方书面催告后三十日内仍未纠正的，守约方可书面通知解除本合同。

## 第十三条 争议解决

因本合同发生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。本合同的任何修改须以书面形式作出并经双方签字盖章。

14.2 本合同未尽事宜，以乙方发布的《软件服务说明》为准。

14.3 本合同附件包括：《报价单》《需求说明书》《验收测试用例》《软件服务说明》。附件与本合同正文不一致的，以本合同正文为准。

甲方（盖章）：桂林漓香米粉食品有限公司　　代表：__________

乙方（盖章）：长沙智修软件有限公司　　代表：__________

签订日期：2025年8月5日
"""

COMMON_EN_BOILER = {
 "fm": "Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly, describes the event and its expected duration, and takes reasonable steps to limit the effect. Force majeure does not excuse a payment obligation already due.",
 "notices": "Notices under this Agreement shall be in writing in English or Chinese and delivered by hand, by courier or by e-mail with confirmation of receipt to the addresses stated on the first page. A party may change its address for notices by written notice to the other party.",
 "anti": "Each party shall comply with the anti-bribery and anti-corruption laws that apply to it. Neither party shall offer or give any gift, payment or other benefit to an employee of the other party in connection with this Agreement.",
 "entire": "This Agreement, with its schedules, is the entire agreement of the parties on its subject matter and replaces all earlier proposals and discussions. Any amendment must be in writing and signed by authorised representatives of both parties. Neither party may assign this Agreement without the other party's prior written consent.",
}

H452E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. CV-DG-2025-031
P:This Software Licence and Services Agreement is made on 12 May 2025 between Carmel Vision Systems Ltd., a company incorporated in Israel with its registered office at 14 HaNamal Street, Haifa, Israel (the "Vendor"), and Dongguan Huaxin Precision Electronics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Chang'an Town, Dongguan, Guangdong Province (the "Customer").
P:Background: The Customer assembles printed circuit boards on six surface-mount production lines and wishes to replace manual visual inspection with automated optical inspection software. The Vendor develops the VisionQC inspection software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the VisionQC line-station software and the VisionQC server software in the versions listed in Schedule 1, with their documentation and the updates supplied under this Agreement.
P:1.2 "Custom Models" means the inspection models, recipes and defect libraries that the Vendor trains or configures for the Customer's products under this Agreement.
P:1.3 "Services" means installation, configuration, training of the Custom Models, integration with the Customer's manufacturing execution system (MES), user training and warranty support.
P:1.4 "Contract Price" means the total price stated in Article 3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software on six production lines and one server at the Customer's Chang'an plant for the Customer's internal business purposes.
P:2.2 The Customer may make backup copies of the Licensed Software and may move a line-station licence to a replacement line at the same plant by written notice to the Vendor.
P:2.3 The Customer shall not decompile or reverse engineer the Licensed Software except to the extent the law allows.
H:Article 3 Price
P:3.1 At the Customer's request all prices are stated and paid in Chinese yuan (CNY). The Contract Price is CNY 970,000, including value added tax, made up as follows:
P:Line-station licences, 6 x CNY 88,000: CNY 528,000
P:Server licence: CNY 142,000
P:Licence subtotal: CNY 670,000
P:Installation, configuration and MES integration: CNY 156,000
P:Training of Custom Models for the Customer's products: CNY 118,000
P:User and engineer training: CNY 26,000
P:Total Contract Price: CNY 970,000
P:3.2 The Contract Price is fixed and includes travel and living costs of the Vendor's personnel.
H:Article 4 Payment
P:4.1 10% of the Contract Price (CNY 97,000) within 30 days after signature of this Agreement against the Vendor's invoice.
P:4.2 55% of the Contract Price (CNY 533,500) within 30 days after the Installation Certificate is signed for all six lines. The Installation Certificate confirms installation only and is not acceptance.
P:4.3 35% of the Contract Price (CNY 339,500) within 30 days after the Final Acceptance Certificate is signed.
H:Article 5 Delivery and Installation
P:5.1 The Vendor shall deliver the Licensed Software and complete installation on all six lines within 75 days after signature.
P:5.2 If the Vendor fails to complete installation or to present the system for Final Acceptance by the dates in the project plan for reasons attributable to it, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price in total.
H:Article 6 Acceptance
P:6.1 After installation the parties shall run the acceptance test on the Acceptance Sample Set of 400 boards with known defects and 2,000 good boards agreed in Schedule 2.
P:6.2 The system passes Final Acceptance when (a) it detects all 400 defective boards, (b) it rejects no more than 6 of the 2,000 good boards, (c) the inspection cycle time per board is within the line takt time stated in Schedule 2, (d) results are written to the MES without error for 15 consecutive production days, and (e) the documentation and training are complete.
P:6.3 If a test fails, the Vendor shall correct the defects and repeat the test within 15 days. Use of the system in production or payment of any instalment is not acceptance. Final Acceptance is only given by the Final Acceptance Certificate signed by the Customer.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Licensed Software and the Custom Models will perform in accordance with Schedule 2 and the documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects free of charge and supply all updates.
P:7.2 Faults are classified as follows. Severity 1: a production line is stopped or the inspection results cannot be trusted. Severity 2: a function is impaired but the line runs. Severity 3: any other fault or question. The Vendor shall respond to a Severity 1 fault within 1 hour, to a Severity 2 fault within 8 business hours and to a Severity 3 fault within 2 business days, through its Shenzhen service partner and remote support.
P:7.3 For each full hour by which the Vendor exceeds the Severity 1 response time, the Vendor shall pay the Customer CNY 1,000, which the Customer may deduct from any payment due.
P:7.4 After the Warranty Period the Customer may order annual support. The annual support fee is 11% of the licence subtotal, that is CNY 73,700 per year, and shall not be increased for three years after the Warranty Period ends. Annual support is ordered by purchase order each year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property in the Licensed Software.
P:8.2 The Custom Models, recipes and MES interface programs developed for the Customer belong to the Customer. The Vendor shall deliver them in editable form, and the Customer may use, modify and license them freely, including to a successor supplier.
P:8.3 The Vendor shall defend the Customer against any claim that the Licensed Software infringes a third party's intellectual property right and shall bear the resulting costs and damages.
H:Article 9 Customer Data
P:Images of the Customer's boards, inspection results and production data ("Customer Data") are the property of the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall return or delete it on request.
H:Article 10 Confidentiality
P:Each party shall keep confidential the other party's non-public technical and business information received under this Agreement, including the Customer's product designs and production volumes, shall use it only for this Agreement and shall not disclose it to any third party without prior written consent. This obligation survives for three years after the end of this Agreement.
H:Article 11 Personnel and Subcontracting
P:11.1 The Vendor shall appoint a project manager who speaks Chinese and shall keep the named key personnel on the project until Final Acceptance.
P:11.2 The Vendor may perform any part of the Services through its affiliates or through subcontractors, including its Shenzhen service partner, by giving the Customer written notice of the subcontractor's name. The Vendor remains responsible for their work.
H:Article 12 Liability
P:12.1 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price.
P:12.2 The limit does not apply to personal injury, wilful misconduct, infringement claims under Article 8.3 or breach of Article 10.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after notice, or if the delay damages reach their maximum.
P:13.2 On termination before Final Acceptance the Vendor shall refund the amounts paid for the undelivered part, and the Customer shall return the affected licences.
H:Article 14 Force Majeure
P:{fm}
H:Article 15 Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Shanghai. The award is final and binding.
H:Article 16 General
P:16.1 {notices}
P:16.2 {anti}
P:16.3 {entire}
P:Schedule 1: Licensed Software and versions. Schedule 2: Acceptance Sample Set and test procedure.
P:For the Vendor: Carmel Vision Systems Ltd.  Name: ______________  Title: ______________
P:For the Customer: Dongguan Huaxin Precision Electronics Co., Ltd.  Name: ______________  Title: ______________
""".format(**COMMON_EN_BOILER)

H452E02 = """# ORDER FORM — FIELDSYNC SERVICE

**Order Form No.** FS-CN-2025-0117

| | |
|---|---|
| Provider | Egepark Yazilim A.S., Ataturk Organize Sanayi Bolgesi, 10007 Sokak No. 12, Cigli, Izmir, Turkey |
| Customer | Hangzhou Xinglong Elevator Maintenance Co., Ltd., Gongshu District, Hangzhou, Zhejiang Province, PRC |
| Service | FieldSync field-service scheduling and work-order platform, web and mobile |
| Subscription Term | 1 October 2025 to 30 September 2027 (two Subscription Years) |
| Currency | Chinese yuan (CNY), at the Customer's request |

## 1. Subscriptions and Fees

| Item | Quantity | Unit fee per Subscription Year (CNY) | Fee per Subscription Year (CNY) |
|---|---|---|---|
| Technician user (mobile app) | 180 | 1,150 | 207,000 |
| Dispatcher user (web console) | 12 | 3,500 | 42,000 |
| Subscription fee per Subscription Year | | | 249,000 |
| Subscription fees for the Subscription Term (2 Subscription Years) | | | 498,000 |
| Onboarding (one-time): configuration, data import, ERP integration, training | | | 36,000 |
| **Total Order Value** | | | **534,000** |

Additional users may be added at the unit fees above, pro rata for the rest of the Subscription Year.

## 2. Invoicing and Payment

2.1 The onboarding fee is invoiced after the Customer signs the Go-Live Acceptance Certificate.

2.2 Subscription fees are invoiced quarterly in arrears, at CNY 62,250 per quarter. No amount is payable before the service starts.

2.3 The Customer shall pay each correct invoice within 30 days after receipt, by bank transfer in CNY.

## 3. Onboarding and Go-Live Acceptance

3.1 The Provider shall configure the service for the Customer's 14 branch offices, import the Customer's lift register of about 9,600 units and the maintenance schedules, build the interface to the Customer's ERP for spare-parts orders and invoices, and train dispatchers and technicians. The target Go-Live date is 1 October 2025.

3.2 Go-Live Acceptance criteria: (a) all lift records and schedules imported and checked against the Customer's register; (b) monthly maintenance work orders generated correctly for two sample branches; (c) spare-parts orders and invoices pass to and from the ERP without error for 10 working days; (d) the mobile app works offline and synchronises within 5 minutes of reconnection; (e) training completed. When the criteria are met, the Customer signs the Go-Live Acceptance Certificate. Use of the service before that date is not acceptance.

## 4. Renewal

4.1 After the Subscription Term, this Order Form renews automatically for successive Subscription Years unless either party gives notice of non-renewal at least 60 days before the end of the current Subscription Year.

4.2 The Provider may increase the unit fees for any renewal Subscription Year by up to 8% by notice given at least 90 days before the renewal date.

## 5. Customer-specific Items

The ERP interface and the Customer's form templates, checklists and report layouts built during onboarding are Customer-specific Items.

---

# GENERAL TERMS OF SERVICE (VERSION 2025-03)

These General Terms form part of the Order Form above. If they conflict, the Order Form prevails.

## 1. The Service

1.1 The Provider shall make the FieldSync service available to the Customer's authorised users during the Subscription Term in accordance with the documentation and the Service Level Terms in section 3.

1.2 The Provider may improve the service from time to time, provided that no change materially reduces its functions or security.

## 2. Customer Obligations

2.1 The Customer is responsible for the accuracy of the data it enters, for keeping user passwords secure and for the conduct of its users.

2.2 The Customer shall not use the service to store unlawful content, resell it to third parties or attempt to breach its security.

## 3. Service Level Terms

3.1 Availability. The Provider shall make the service available at least 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 00:00 and 06:00 Beijing time.

3.2 Support. Priority 1 incidents (the service is unavailable or no technician can receive work orders) receive a response within 1 hour, at any time. Priority 2 incidents (a major function is impaired) receive a response within 8 business hours. Priority 3 incidents receive a response within 2 business days.

3.3 Service credits. If availability in a month is below the commitment in 3.1, the Customer receives a credit of 5% of the monthly subscription fee for each full 0.5 percentage point of shortfall, up to 50% of the monthly fee. For each Priority 1 incident answered late, the Customer receives a credit of CNY 500. Credits are deducted from the next invoice.

## 4. Customer Data and Security

4.1 All data that the Customer or its users enter into the service, including lift records, customer addresses and technician locations ("Customer Data"), belongs to the Customer. The Provider processes Customer Data only to provide the service and on the Customer's instructions, and shall not use it for any other purpose.

4.2 The service and all Customer Data are hosted on the Alibaba Cloud platform in the Hangzhou region of mainland China. The Provider maintains an information security programme certified to ISO/IEC 27001, encrypts Customer Data in transit and at rest, restricts access to named support staff with multi-factor authentication and logs all administrative access. Customer Data is not transferred outside mainland China.

4.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, shall take all steps needed to contain it and shall compensate the Customer for the losses the incident causes, in addition to any service credits.

4.4 Within 30 days after the end of the Subscription Term the Provider shall make Customer Data available for export in CSV format and shall then delete it and confirm the deletion in writing.

## 5. Subprocessors

The Provider uses the subprocessors named in Annex A. The Provider shall not engage any other subprocessor or subcontractor to perform the service without the Customer's prior written consent.

## 6. Intellectual Property

6.1 The Provider owns the FieldSync platform and all improvements to it.

6.2 Customer-specific Items belong to the Customer. The Provider shall deliver them on request in usable form, and the Customer may use, modify and have them modified by others without restriction.

## 7. Confidentiality

Each party shall keep confidential all non-public information disclosed by the other party, use it only for the purposes of the Order Form and not disclose it to any third party except to its employees and advisers who need to know it and are bound by similar duties. This obligation continues for three years after the end of the Subscription Term.

## 8. Warranties

The Provider warrants that the service will perform materially in accordance with the documentation and that it will perform onboarding with reasonable skill and care. If the service does not conform, the Provider shall correct it without charge.

## 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, loss of profits or loss of goodwill.

9.2 Each party's total liability under the Order Form and these General Terms is limited to twice the Total Order Value. The limit does not apply to the Provider's obligations under section 4.3, to breach of section 7 or to wilful misconduct.

## 10. Term and Termination

10.1 The Order Form runs for the Subscription Term and any renewal Subscription Year.

10.2 Either party may terminate the Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it. If the Customer terminates for the Provider's breach, the Provider shall refund any fees paid for the period after termination.

10.3 The Customer may also terminate if availability falls below the commitment in section 3.1 in three consecutive months.

## 11. Governing Law and Disputes

These General Terms and the Order Form are governed by the laws of the People's Republic of China. Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

## 12. General

12.1 {fm}

12.2 {notices}

12.3 {entire}

**Signed for the Provider:** Egepark Yazilim A.S. — Name: ____________ Date: ____________

**Signed for the Customer:** Hangzhou Xinglong Elevator Maintenance Co., Ltd. — Name: ____________ Date: ____________
""".format(**COMMON_EN_BOILER)

H452E03 = """T:Purchase Contract for Temperature Monitoring Equipment
P:Contract No. TJ-LS-2025-058
P:Buyer: Tianjin Lianshun Cold Chain Logistics Co., Ltd., Dongli District, Tianjin, People's Republic of China (the "Buyer").
P:Supplier: Kypros Sensing Technologies Ltd., 27 Archiepiskopou Makariou III Avenue, Limassol, Cyprus (the "Supplier").
P:The Buyer operates a cold-storage warehouse with 16 cold rooms and wishes to install a wireless temperature and humidity monitoring system that meets the GSP requirements for pharmaceutical storage. The Supplier has offered the system described below. The parties agree as follows.
H:Section 1 Scope
P:1.1 The Supplier shall supply, install, calibrate and commission 320 wireless temperature and humidity sensors, 16 gateways and the ColdWatch monitoring software (perpetual licence), integrate the system with the Buyer's warehouse management system (WMS), and train the Buyer's staff.
P:1.2 The Supplier shall survey each cold room before installation, agree the sensor positions with the Buyer's quality department in a written layout plan, and carry out a temperature mapping study of each cold room when empty and when loaded.
P:1.3 The Supplier shall also configure the alarm chain (SMS, telephone and dashboard alarms) and build the temperature mapping reports required by the Buyer's quality department.
H:Section 2 Price
P:2.1 All prices are in Chinese yuan (CNY) and include value added tax, delivery to the Buyer's warehouse, import duties and insurance.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, calibrated|320|1,280|409,600
TB:2|Gateway with battery backup|16|9,800|156,800
TB:3|ColdWatch monitoring software, perpetual licence|1|128,000|128,000
TB:|Hardware and Licence Subtotal|||694,400
TB:4|Installation, calibration and WMS integration|1|86,600|86,600
TB:5|Training|1|9,000|9,000
TB:|Contract Price|||790,000
P:2.2 The Contract Price is fixed and is not subject to adjustment for exchange rates, changes in import duties or changes in the cost of materials. Additional sensors ordered by the Buyer during the warranty period shall be supplied at the unit prices in the table above.
H:Section 3 Payment
P:3.1 No advance payment is made.
P:3.2 65% of the Contract Price (CNY 513,500) is paid within 30 days after the Delivery and Installation Certificate is signed. That certificate confirms delivery and installation only and is not acceptance.
P:3.3 35% of the Contract Price (CNY 276,500) is paid within 30 days after the Final Acceptance Certificate is signed.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's warehouse within 45 days after signature and complete installation within 20 days after delivery, working in the cold rooms without interrupting the Buyer's operations.
P:4.2 If delivery, installation or readiness for Final Acceptance is late for reasons attributable to the Supplier, the Supplier shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:4.3 The Supplier's staff shall follow the Buyer's site safety rules, including the rules for work in low-temperature areas, and shall wear the protective clothing provided by the Buyer.
P:4.4 On delivery the parties shall jointly check the quantities, serial numbers and calibration certificates of the equipment against the packing list and sign a delivery note. The delivery note confirms quantities only.
P:4.5 The Buyer shall provide power outlets, network connections, mounting positions and access to the cold rooms at the agreed times, and shall name a contact person for the installation.
H:Section 5 Acceptance
P:5.1 Final Acceptance tests: (a) every sensor reads within plus or minus 0.3 degrees Celsius of a calibrated reference instrument at two test points; (b) the system runs for 14 consecutive days with no gateway outage longer than 10 minutes and no missing records; (c) a simulated high-temperature event in each cold room triggers SMS, telephone and dashboard alarms within 2 minutes; (d) records are transferred to the WMS without error; (e) calibration certificates, the validation report and manuals are delivered.
P:5.2 The Supplier shall give the Buyer five working days' notice of the start of the tests, and the Buyer's quality department shall witness them. When all tests are passed the Buyer signs the Final Acceptance Certificate. Installation, use of the system or payment is not acceptance. If a test fails, the Supplier shall correct the fault and repeat the test at its own cost.
H:Section 6 Warranty
P:6.1 The Supplier warrants that the equipment is new, unused and free from defects in design, materials and workmanship, and warrants the equipment and the software for 24 months after Final Acceptance. During this period the Supplier shall repair or replace faulty items, recalibrate sensors that drift beyond tolerance and supply software updates free of charge.
P:6.2 Critical faults (a gateway or the alarm chain of a cold room is down) shall receive a response within 30 minutes and an engineer on site within 6 hours. Other faults shall receive a response within 1 business day. For each full hour by which a critical response or on-site time is exceeded, the Supplier shall pay the Buyer CNY 600, deductible from any amount due.
H:Section 7 Post-Warranty Support
P:7.1 After the warranty period the Buyer may order annual support at 7.5% of the Hardware and Licence Subtotal per year (CNY 52,080), which is fixed for three years after the warranty period ends. Annual support covers repairs, annual recalibration, spare sensors and software updates.
P:7.2 Annual support is ordered by written purchase order and does not renew automatically. The service levels and response times in Section 6.2 also apply during annual support.
H:Section 8 Buyer Data
P:8.1 All temperature and humidity records, alarm logs and reports ("Buyer Data") belong to the Buyer and are GSP quality records that the Buyer must keep and protect. The Supplier shall use Buyer Data only to perform this Contract and shall not keep any copy after the end of this Contract.
P:8.2 The monitoring software runs on the Buyer's own server. The Supplier's remote access requires the Buyer's approval for each session, through the Buyer's VPN, and shall be logged. The Supplier shall protect the system against unauthorised access and shall not copy Buyer Data outside the Buyer's network.
P:8.3 The Supplier shall report any security incident within 12 hours and is responsible for the losses caused by its breach of this Section 8.
H:Section 9 Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, in particular the Buyer's customer and inventory information, and shall not disclose it without prior written consent. This obligation lasts three years after the end of this Contract.
H:Section 10 Intellectual Property
P:10.1 The ColdWatch software remains the Supplier's property and is licensed to the Buyer perpetually.
P:10.2 The WMS interface, the temperature mapping reports and the dashboard configurations made for the Buyer belong to the Buyer, who may use and modify them freely and have them modified by others.
H:Section 11 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay damages reach their maximum.
P:12.2 On termination the Supplier shall refund the amounts paid for equipment or services not accepted, and the Buyer may complete the work itself or through another supplier.
H:Section 13 Force Majeure and Notices
P:13.1 {fm}
P:13.2 {notices}
H:Section 14 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.
H:Section 15 General
P:15.1 {anti}
P:15.2 {entire}
P:Annex 1: Sensor locations by cold room. Annex 2: Final Acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
""".format(**COMMON_EN_BOILER)

H452E04 = """# Managed Backup and Recovery Services Agreement

**Agreement No.** AB-XM-2025-12

**Provider:** Achaia Cloud Services S.A., 48 Agiou Andreou Street, 262 21 Patras, Greece ("Provider")

**Customer:** Xiamen Haiyue Furniture Export Co., Ltd., Haicang District, Xiamen, Fujian Province, PRC ("Customer")

The Customer manufactures and exports furniture and runs its ERP, design file servers and e-mail at its Xiamen headquarters. The Provider offers managed backup and disaster recovery services from partner data centres in mainland China. The parties agree as follows.

1. Definitions

1.1 "Protected Systems" means the servers, databases and file shares listed in Schedule 1.

1.2 "Service" means the managed backup, monitoring, restore and disaster recovery service described in Schedule 1.

1.3 "Initial Term" means the period from 1 September 2025 to 31 August 2028 (36 months).

1.4 "Customer Data" means all data of the Customer that is backed up, stored or processed under this Agreement.

2. Service

2.1 The Provider shall back up the Protected Systems according to the schedule and retention periods in Schedule 1, monitor every backup job, investigate and repeat failed jobs, and restore data or systems on the Customer's request.

2.2 The Provider shall keep a replica of the ERP and file servers in its partner data centre in Shanghai and shall, on the Customer's declaration of a disaster, start the replica systems so that the Customer can continue operations.

2.3 The Provider shall run a disaster recovery test with the Customer every six months and report the results, including the measured recovery times, any problems found and the corrective actions agreed.

2.4 The Provider shall send the Customer a monthly service report covering backup results, restores, incidents, capacity and the service levels in Schedule 2.

3. Onboarding and Service Acceptance

3.1 The Provider shall install the backup agents and the on-site backup appliance, configure the backup policies and replication, and complete the initial full backup by 31 August 2025.

3.2 Service Acceptance criteria: (a) every Protected System has completed a full backup and five consecutive daily incremental backups without error; (b) the Provider has restored three systems chosen by the Customer within the recovery time objectives in Schedule 2; (c) the runbooks and the contact list are delivered. The Customer then signs the Service Acceptance Certificate. Starting the backups is not acceptance.

3.3 If Service Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay, up to CNY 60,000.

4. Charges and Payment

4.1 The charges are set out in Schedule 3. At the Customer's request they are stated and paid in Chinese yuan (CNY).

4.2 The onboarding charge is invoiced after Service Acceptance. The monthly charge is invoiced monthly in arrears from the date of Service Acceptance. No charge is payable in advance.

4.3 The Customer shall pay each correct invoice within 30 days after receipt.

5. Service Levels and Service Credits

5.1 The Provider shall meet the service levels in Schedule 2 and report on them monthly.

5.2 If a service level is missed, the Provider shall grant the service credits in Schedule 2, deducted from the next invoice.

6. Customer Data and Data Security

6.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Service and shall not use it for any other purpose.

6.2 Customer Data is encrypted at the Customer's site before transfer, remains encrypted in transit and at rest, and is stored only in data centres in mainland China. Encryption keys are held by the Customer. The Provider's staff access the backup platform only through named accounts with multi-factor authentication, and all access is logged and reviewed monthly.

6.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 12 hours, shall contain and investigate it and shall compensate the Customer for the losses caused by the Provider's failure to comply with this clause 6.

6.4 At the end of the Agreement the Provider shall return all Customer Data in a standard format and then securely erase it and certify the erasure.

7. Customer-specific Materials

Backup policies, runbooks and recovery plans prepared for the Customer belong to the Customer, who may use and modify them freely and give them to any successor provider.

8. Subcontracting

The Provider shall not subcontract any part of the Service without the Customer's prior written consent, except the data centre operator named in Schedule 1, which the Customer approves by signing this Agreement. The Provider remains responsible for any subcontractor.

9. Customer Responsibilities

The Customer shall inform the Provider of planned changes to the Protected Systems at least five working days in advance.

The Customer shall pay the charges when due, keep its own user passwords secure, give the Provider the remote access needed to perform the Service, keep the Protected Systems in supported versions, inform the Provider of new systems to be protected and name two contacts who may declare a disaster.

10. Term

10.1 This Agreement runs for the Initial Term and ends at the end of the Initial Term. It does not renew automatically; any extension requires a written agreement.

10.2 The Service is provided for the full Initial Term. Neither party may terminate this Agreement before the end of the Initial Term, except that either party may terminate it by notice if the other party becomes insolvent. For any failure of the Service the Customer's remedies are the service credits under clause 5 and damages under clause 11.

11. Liability

11.1 Neither party is liable for indirect loss or loss of profits.

11.2 The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value in Schedule 3. The limit does not apply to breach of clause 6 or to wilful misconduct.

12. Force Majeure

{fm}

13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

14. General

14.1 {notices}

14.2 {anti}

14.3 {entire}

## Schedule 1 — Protected Systems and Backup Policy

| System | Backup | Retention | Replica |
|---|---|---|---|
| ERP database server | every 2 hours, log backup every 15 minutes | 90 days daily, 24 monthly copies | yes, Shanghai |
| Design file servers (2) | daily incremental, weekly full | 90 days daily, 24 monthly copies | yes, Shanghai |
| E-mail server | daily incremental, weekly full | 60 days | no |
| Domain controllers (2) | daily | 30 days | no |

Data centre operator approved under clause 8: Shanghai Hengtong Data Centre Co., Ltd.

## Schedule 2 — Service Levels and Service Credits

| Service level | Target | Service credit if missed |
|---|---|---|
| Backup platform availability | 99.95% per month | 5% of the monthly charge for each 0.1 percentage point below target |
| Failed scheduled backup jobs | no more than 3 per month, each repeated within 8 hours | 3% of the monthly charge |
| Priority 1 incident response (restore of a production system, disaster declaration) | 30 minutes, 24 x 7 | CNY 1,000 per 30 minutes late |
| Recovery time for ERP after disaster declaration | 6 hours | 20% of the monthly charge |
| Recovery point for ERP | 15 minutes | 10% of the monthly charge |

Service credits in one month do not exceed 50% of the monthly charge.

## Schedule 3 — Charges

| Charge | Amount (CNY) |
|---|---|
| Onboarding (one-time): appliance, agents, configuration, initial backup | 54,000 |
| Monthly charge: CNY 38,500 x 36 months | 1,386,000 |
| **Total Contract Value** | **1,440,000** |

Signed for the Provider: ____________________  Signed for the Customer: ____________________
""".format(**COMMON_EN_BOILER)

H452E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. MV-NB-2025-044

BETWEEN

Meltemi Vessel Data Ltd., a company registered in Malta with its registered office at Tower Road 118, Sliema SLM 1609, Malta (the "Provider"); and

Ningbo Haitong International Freight Forwarding Co., Ltd., a company registered in the People's Republic of China with its registered office in Yinzhou District, Ningbo, Zhejiang Province (the "Customer").

BACKGROUND

The Provider collects vessel position (AIS) data, port call records and vessel particulars and makes them available through an application programming interface (the "API"). The Customer arranges sea freight for exporters and wishes to use the API to track the vessels carrying its customers' containers and to estimate arrival times in its own freight platform.

1. DEFINITIONS

1.1 "Subscription Year" means the period from the Service Start Date to the day before its first anniversary, and each later period from one anniversary to the day before the next.
1.2 "Service Start Date" means the date on which the Customer signs the Onboarding Acceptance Certificate.
1.3 "Customer Data" means the booking numbers, container numbers, vessel watch lists, shipment lists and queries submitted by the Customer, and the results returned to it.
1.4 "Connectors" means the integration modules the Provider builds to connect the API to the Customer's freight platform.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for the Subscription Term, a non-exclusive right to call the API from the Customer's freight platform and to display the results to the Customer's staff and customers.
2.2 The subscription includes global AIS positions updated at least every 3 minutes for vessels at sea, port call and berth records, vessel particulars and predicted arrival times, with up to 3,000,000 API calls per Subscription Year.
2.3 The Subscription Term is two Subscription Years from the Service Start Date, planned as 1 November 2025 to 31 October 2027.
2.4 The Customer may display results to its own customers through its freight platform and tracking e-mails, but shall not resell or redistribute raw API data as a data feed.

3. FEES

3.1 The fees are stated and paid in Chinese yuan (CNY):
Subscription fee per Subscription Year: CNY 312,000
Subscription fees for two Subscription Years: CNY 624,000
Onboarding and Connectors (one-time): CNY 26,000
Total fees: CNY 650,000
3.2 API calls above the annual allowance are charged at CNY 18 per 1,000 calls, invoiced quarterly in arrears. Overage charges are not part of the total fees above.
3.3 The fees are fixed for the Subscription Term.

4. INVOICING AND PAYMENT

4.1 The onboarding fee is invoiced after the Service Start Date.
4.2 The subscription fee is invoiced in equal quarterly instalments of CNY 78,000 at the end of each quarter of service.
4.3 The Customer shall pay each correct invoice within 30 days after receipt by bank transfer to the Provider's account in CNY. Nothing is payable before the service starts. Each invoice shall show the period covered and, for overage, the number of calls recorded by the API gateway.

5. ONBOARDING AND ACCEPTANCE

5.1 Within 10 days after signature the Provider shall deliver API credentials for a test environment and the API documentation in English and Chinese. The Provider shall then deliver production credentials, build the Connectors and support the Customer's testing so that production access can start by 1 November 2025.
5.2 Onboarding acceptance criteria: (a) position queries for a test list of 500 vessels return results for every vessel with positions no older than 10 minutes for vessels in coverage; (b) the Connectors load port calls and arrival predictions into the Customer's platform for 10 consecutive days without error; (c) the average API response time measured over the test period is below 800 milliseconds; (d) documentation is delivered. When the criteria are met the Customer signs the Onboarding Acceptance Certificate.
5.3 If production access is not available by the planned date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 450 for each day of delay, up to CNY 30,000.

6. SERVICE LEVELS

6.1 The API shall be available at least 99.95% of each calendar month, measured at the Provider's API gateway and excluding maintenance announced at least 72 hours in advance.
6.2 Severity 1 incidents (the API is unavailable or returns no current positions) shall receive a response within 30 minutes at any time and a workaround or fix within 6 hours. Severity 2 incidents shall receive a response within 8 business hours.
6.3 If availability falls below 6.1 in a month, the Customer receives a service credit of 10% of the monthly share of the subscription fee for each 0.1 percentage point of shortfall or part of it, up to the full monthly share. For each Severity 1 response that is late, the Customer receives a credit of CNY 800.
6.4 The Provider shall publish monthly availability reports and keep a public status page showing incidents and maintenance.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider processes Customer Data only to provide the API to the Customer, does not use it for any other purpose, and does not combine it with data of other customers or disclose it.
7.2 The Provider shall protect Customer Data with encryption in transit and at rest, access control by named accounts with multi-factor authentication, logging of all administrative access and annual penetration tests, and shall keep its ISO/IEC 27001 certification valid.
7.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours, take all reasonable steps to contain it and compensate the Customer for the resulting losses.
7.4 At the end of the Subscription Term the Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

8. CONNECTORS

The Connectors are built for the Customer and belong to the Customer. The Provider shall deliver their source code, and the Customer may use, modify and license them freely.

9. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information, including the Customer's shipment volumes and customer names, shall use it only for this Agreement and shall not disclose it without prior written consent. This obligation survives for three years after the end of this Agreement.

10. SUBCONTRACTING

The Provider remains responsible for the work of any approved subcontractor as for its own. The Provider shall not subcontract the operation of the API or the processing of Customer Data without the Customer's prior written consent. The hosting provider named in the Annex is approved.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss.
11.2 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 3.1. The limit does not apply to breach of clauses 7 or 9 or to wilful misconduct.

12. RENEWAL

This Agreement does not renew automatically. Any further subscription requires a new written agreement.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other commits a material breach and does not remedy it within 30 days after notice.
13.2 The Customer may also terminate if availability falls below clause 6.1 in three months of any Subscription Year.
13.3 On termination the Provider shall refund fees paid for any period after termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of Malta.
14.2 Any dispute shall be referred to arbitration under the Arbitration Rules of the Malta Arbitration Centre, seated in Valletta. The language of the arbitration is English.

15. FORCE MAJEURE

{fm}

16. GENERAL

16.1 {notices}
16.2 {anti}
16.3 {entire}

ANNEX: Approved hosting provider: Alibaba Cloud (Singapore) region for API delivery; Customer Data is stored in the Alibaba Cloud Hangzhou region.

Signed for the Provider: ____________________  Date: __________
Signed for the Customer: ____________________  Date: __________
""".format(**COMMON_EN_BOILER)

# ---------------------------------------------------------------- files
FILES = {
 "z01": ("h452z01_veterans_bureau_care_platform.pdf", "zh", H452Z01),
 "z02": ("h452z02_aluminium_extrusion_press_control_retrofit.docx", "zh", H452Z02),
 "z03": ("h452z03_bookstore_chain_retail_saas.txt", "zh", H452Z03),
 "z04": ("h452z04_market_regulation_food_sampling_om.txt", "zh", H452Z04),
 "z05": ("h452z05_rice_noodle_eam_supplier_template.md", "zh", H452Z05),
 "e01": ("h452e01_israeli_inspection_software_licence.pdf", "en", H452E01),
 "e02": ("h452e02_turkish_field_service_saas_order_form.md", "en", H452E02),
 "e03": ("h452e03_cyprus_cold_room_sensors_purchase.docx", "en", H452E03),
 "e04": ("h452e04_greek_managed_backup_service.md", "en", H452E04),
 "e05": ("h452e05_maltese_vessel_data_api.txt", "en", H452E05),
}
SOURCES = {k: v[2] for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
TARGETS = {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


# ---------------------------------------------------------------- threshold scan
ZHN = "〇零一二三四五六七八九十百两"
THRESH = [
 r"(?<![\d.])99\.90*(?!\d)\s*%?", r"99\.9\s*(percent|per cent)",
 r"(?<![\d.])4(\.0+)?\s*(小时|h\b|hours?\b|-hours?\b|个小时)", r"(?<![" + ZHN + r"])四\s*(个)?小时", r"\bfour[\s-]*hours?\b", r"(?<![\d.])240\s*(分钟|minutes?)",
 r"(?<![\d.])0?\.050*(?!\d)\s*%", r"万分之五(?![十" + ZHN + r"])", r"0\.05\s*(percent|per cent)",
 r"(?<![\d.])1000*(\.0+)?\s*%", r"百分之百", r"one hundred per\s*cent",
 r"(?<![\d.])30(\.0+)?\s*%", r"百分之三十(?![" + ZHN + r"])", r"(?<![" + ZHN + r"])三成", r"thirty per\s*cent",
 r"(?<![\d.])12\s*(个月|months?\b|-months?\b)", r"(?<![" + ZHN + r"])十二个月", r"\btwelve[\s-]*months?\b", r"(?<![" + ZHN + r"])一年", r"\bone[\s-]*years?\b", r"(?<![\d.])1[\s-]*years?\b",
 r"(?<![\d.])15(\.0+)?\s*%", r"百分之十五(?![" + ZHN + r"])", r"fifteen per\s*cent",
 r"(?<![\d.])40(\.0+)?\s*%", r"百分之四十(?![" + ZHN + r"])", r"(?<![" + ZHN + r"])四成", r"forty per\s*cent",
 r"(?<![\d.])5\s*(年|years?\b|-years?\b)", r"(?<![" + ZHN + r"])五年", r"\bfive[\s-]*years?\b", r"(?<![\d.])60\s*(个月|months?\b)", r"\bsixty[\s-]*months?\b", r"六十个月",
]
THRESH_RE = [re.compile(x, re.I) for x in THRESH]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in THRESH_RE:
            for m in rx.finditer(variant):
                out.append(variant[max(0, m.start() - 12):m.end() + 12])
    return out


MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240分钟", "0.05%", "万分之五", "100%",
            "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "一年", "one year", "15%", "40%",
            "四成", "5年", "五年", "five years", "60 months", "12-month", "15 %"]
MUST_MISS = ["24小时", "二十四小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "Subscription Year",
             "24 hours", "14 hours", "0.5%", "130%", "240%", "1,200", "2 hours", "36 months", "2028年", "45%", "35%", "5%"]
for s_ in MUST_HIT:
    assert hits(s_), s_
for s_ in MUST_MISS:
    assert not hits(s_), (s_, hits(s_))


# ---------------------------------------------------------------- labels
def T(av, p1, rem, ip, dsec, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return {"availability_pct": av, "p1_response_hours": p1, "sla_remedy": rem, "ip_owner": ip,
            "data_security_clause": dsec, "buyer_owns_data": own, "confidentiality": conf, "ld_rate_per_day_pct": ld,
            "liability_cap_pct": cap, "prepayment_pct": pre, "acceptance_clause": acc, "final_payment_on_acceptance": fin,
            "warranty_months": war, "post_warranty_fee_pct": pwf, "auto_renewal_price_increase": auto,
            "termination_for_breach": term, "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


def X(sla, lds, deemed, value, capped=None):
    d = {"sla_clause": sla, "ld_stated": lds}
    if capped is not None:
        d["post_warranty_fee_capped"] = capped
    d["acceptance_deemed_on_delivery"] = deemed
    d["contract_value"] = value
    return d


# key -> (category, terms, extra, fee base for TCO or None, design list of rules)
DESIGN = {
 "z01": ("software", T(99.5, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 10, False, True, True, "PRC", "goods_or_licence"),
         X(True, True, False, 1460000, True), 560000, ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
 "z02": ("hardware", T(None, 0.5, True, "buyer", True, True, True, None, None, 20, False, False, 18, 8, False, True, False, "PRC", "goods_or_licence"),
         X(True, False, True, 1100000, True), 994000, ["CR-ACCEPTANCE", "CR-LD-MISSING"]),
 "z03": ("cloud", T(99.95, 0.25, True, "buyer", True, True, True, 500 / 728000 * 100, 150, None, True, None, None, None, False, True, False, "PRC", "service"),
         X(True, True, False, 728000), None, []),
 "z04": ("services", T(None, None, False, "buyer", True, True, True, 0.1, 50, None, True, None, None, None, False, True, False, None, "service"),
         X(False, True, False, 486000), None, ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
 "z05": ("software", T(None, 8, False, "supplier", True, False, True, 0.02, 20, 50, True, True, 6, 25, False, True, None, None, "goods_or_licence"),
         X(True, True, False, 640000, True), 480000,
         ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
          "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
 "e01": ("software", T(None, 1, True, "buyer", False, True, True, 0.1, 150, 10, True, True, 18, 11, False, True, True, "PRC", "goods_or_licence"),
         X(True, True, False, 970000, True), 670000, ["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
 "e02": ("cloud", T(99.5, 1, True, "buyer", True, True, True, None, 200, None, True, None, None, None, True, True, False, "PRC", "service"),
         X(True, False, False, 534000), None, ["CR-AUTO-RENEWAL", "CR-LD-MISSING", "CR-SLA-AVAILABILITY"]),
 "e03": ("hardware", T(None, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, True, 24, 7.5, False, True, False, "PRC", "goods_or_licence"),
         X(True, True, False, 790000, True), 694400, []),
 "e04": ("services", T(99.95, 0.5, True, "buyer", True, True, False, 1200 / 1440000 * 100, 150, None, True, None, None, None, False, False, False, "PRC", "service"),
         X(True, True, False, 1440000), None, ["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
 "e05": ("cloud", T(99.95, 0.5, True, "buyer", True, True, True, 450 / 650000 * 100, 150, None, True, None, None, None, False, True, False, "Malta", "service"),
         X(True, True, False, 650000), None, ["CR-GOVERNING-LAW"]),
}
EXPECTED_RISK = {"z01": "medium", "z02": "high", "z03": "low", "z04": "high", "z05": "high",
                 "e01": "high", "e02": "high", "e03": "low", "e04": "medium", "e05": "low"}
SEV = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium", "CR-SLA-NO-REMEDY": "medium",
       "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium",
       "CR-LD-MISSING": "high", "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium",
       "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
       "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
              "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(t, x, base):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def derive_rules(t, x, base):
    """My own reading of policy.md section 3 (not project code)."""
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped") or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    share = tco_share(t, x, base)
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = {SEV[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def main():
    from word_pdf import write
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for k, (name, lang, src) in FILES.items():
        if k not in TARGETS:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered, problems = set(), []
    for k, (name, lang, src) in FILES.items():
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        h = hits(text) + hits(src)
        cat, t, x, base, design = DESIGN[k]
        rules = derive_rules(t, x, base)
        share = tco_share(t, x, base)
        print(f"{name}: {lang} length {n}  rules {rules}  risk {risk(rules)}  tco_share {share}")
        if not lo <= n <= hi:
            problems.append(f"{name}: length {n} outside {lo}-{hi}")
        if h:
            problems.append(f"{name}: threshold figures {h}")
        if rules != sorted(design):
            problems.append(f"{name}: derived {rules} != design {sorted(design)}")
        if risk(rules) != EXPECTED_RISK[k]:
            problems.append(f"{name}: risk {risk(rules)} != {EXPECTED_RISK[k]}")
        for key, th in THRESHOLDS.items():
            if t[key] is not None and abs(t[key] - th) < 1e-9:
                problems.append(f"{name}: {key} on threshold")
        if share is not None and abs(share - 40) <= 2:
            problems.append(f"{name}: TCO share within 2 points of 40")
        covered |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
    missing = set(SEV) - covered
    if missing:
        problems.append(f"rules never fired: {sorted(missing)}")
    for p in problems:
        print("PROBLEM:", p)
    assert not problems
    print("all checks passed")


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    main()
