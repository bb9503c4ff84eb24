"""holdout626: builds the ten held-out drafts and their labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). The .txt/.md files are written from the strings
below; the .docx/.pdf files from the markup of ../word_pdf.py (T/H/P/TB lines). Labels (.json) are written from DESIGN.
Asserted: price sums, the rules derived from the labels (my reading of policy section 3) against the design list, the
coverage of all 20 CR rules, the text lengths as read back, and that no label value and no text sits on a threshold.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:清溪市水文局水文测报监测平台建设项目政府采购合同
P:合同编号：QXSW-ZC-2025-017
P:采购项目编号：QXCG2025-0342（公开招标）
P:甲方（采购人）：清溪市水文局
P:乙方（供应商）：江城慧水信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，内容不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方为甲方建设水文测报监测平台，内容包括平台软件许可、遥测站数据接入、洪水预警模型定制、报表与“一张图”展示定制、历史数据迁移及实施培训，具体以附件一《技术需求及配置清单》为准。
P:1.2 平台部署于甲方使用的政务云资源，接入全市138个遥测站（雨量、水位、流量）的实时数据，并与省水文数据交换平台、市防汛指挥系统对接。
P:1.3 乙方交付的平台软件许可为永久许可，不限甲方内部用户数量，不限部署节点。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零贰万元整（¥2,020,000），其中：平台软件许可费¥1,180,000；定制开发费（数据接入、预警模型、报表与展示）¥640,000；历史数据迁移费¥126,000；实施与培训费¥74,000。
P:2.2 合同总价为固定价格，已包含税费、差旅、第三方测评配合及质保期内全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同生效后十五个工作日内，乙方提交等额发票，甲方支付合同总价的20%作为预付款，即¥404,000。
P:3.2 平台完成部署、数据接入并通过初步验收后，甲方支付合同总价的45%，即¥909,000。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥707,000。
P:3.4 甲方按财政资金支付流程付款。因财政国库审批造成的合理延迟，不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应于合同生效后120日内完成部署、数据接入和定制开发，并书面提请初步验收。
P:4.2 乙方应向甲方提交项目实施计划、周报、需求规格说明书、设计文档、测试报告、操作手册、运维手册及全部定制部分源代码，文档以纸质和电子版各一套交付。
P:4.3 甲方应为乙方提供必要的场地、网络和政务云资源，并指定项目联系人协调测站资料的提供。乙方项目经理应具备高级工程师职称，未经甲方书面同意不得更换。
H:第五条 验收
P:5.1 初步验收标准：（一）附件一所列功能全部实现；（二）138个遥测站全部接入，数据到报率不低于98%；（三）实时数据从遥测站上报至平台展示不超过60秒；（四）预警模型对近十年三场典型洪水过程的回算结果经甲方组织的专家评审通过；（五）历史数据迁移后逐表核对记录数，并按5%比例抽样核对数值一致。
P:5.2 初验通过后进入试运行，试运行期为九十日，期间应经历至少一次汛期测报过程，且未发生一级故障。试运行结束后，乙方提交第三方软件测评报告及网络安全等级保护测评配合记录，甲方组织最终验收，验收结论以书面验收报告为准。
P:5.3 平台上线运行、甲方实际使用或支付款项，均不视为验收合格。验收不合格的，乙方应在十五日内完成整改并重新提请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、模型参数调优和技术支持。
P:6.2 质保期满后，如甲方需要乙方继续提供维护，年维护费不超过平台软件许可费的8%（即每年不超过¥94,400），该价格在质保期满后三年内不上调。维护合同须双方另行书面签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%。计划内维护应提前三个工作日通知甲方，并避开汛期及甲方发布的防汛应急响应期间。
P:7.2 故障分为三级。一级故障（平台不可用或预警功能失效），乙方应在30分钟内响应，2小时内远程处置或到达现场，8小时内恢复；二级故障（部分测站数据中断或报表错误）2小时内响应，下一工作日内解决；三级故障下一工作日响应。
P:7.3 乙方未达到上述响应或恢复要求的，每超时1小时扣减¥1,000；月度可用率每低于承诺值0.01个百分点扣减¥2,000，均从应付款项或履约保证金中直接扣除。
H:第八条 数据安全与数据归属
P:8.1 平台中的水文监测数据、预警成果、业务数据及系统日志均属于甲方所有。乙方仅为履行本合同之目的处理上述数据，不得用于任何其他目的，不得向第三方提供。
P:8.2 乙方应遵守《数据安全法》《网络安全法》及水利行业网络安全要求，落实访问控制、最小授权和操作审计；远程运维须经甲方逐次审批并通过堡垒机进行，不得将数据复制出甲方环境。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 乙方对履行合同中知悉的甲方工作秘密、测站布设、网络结构及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后五年内持续有效。
P:9.2 乙方应与参与本项目的全部人员签订保密承诺书，并对其人员的泄密行为承担责任。
H:第十条 知识产权
P:10.1 本项目定制开发的数据接入程序、预警模型、报表与展示页面及其源代码、文档的知识产权归甲方所有，甲方可自行修改、使用或委托第三方维护。
P:10.2 平台软件原有知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证交付成果不侵犯任何第三方权利，否则由乙方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提请验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付成果不符合约定的，应负责整改，并赔偿由此给甲方造成的损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金，但本合同第3.4条情形除外。
H:第十二条 分包
P:乙方不得转包本项目；确需将非主体、非关键性工作分包的，须事先取得甲方书面同意，乙方对分包部分向甲方承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可书面解除合同。
P:13.3 合同解除后，乙方应在十日内向甲方移交已完成的成果、源代码、文档和全部数据。
H:第十四条 争议解决
P:因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:15.2 附件一《技术需求及配置清单》、附件二《分项报价表》、附件三《验收方案》。
P:甲方（盖章）：清溪市水文局    乙方（盖章）：江城慧水信息技术有限公司
P:签订日期：2025年__月__日
"""

Z02 = """T:钢丝绳合股生产线控制系统改造及维保合同
P:合同编号：HY-SB-2025-0611
P:甲方（买方）：华岳特种钢丝绳有限公司
P:乙方（卖方）：智驰工业自动化有限公司
P:甲方拟对其二车间两条管式及框式合股生产线的电气控制系统进行改造，乙方具备相应的设计、供货、安装调试和维保能力。双方依据《中华人民共和国民法典》，就改造设备、软件及维保服务事宜达成如下协议。
H:第一条 改造范围
P:1.1 乙方负责两条合股生产线（以下称“绞线机组”）的控制系统改造，包括主控PLC、伺服驱动及电机（绞笼、牵引、收线）、张力检测与在线监测单元、HMI及工控机、生产管控软件（工艺配方、批次追溯、断丝报警）的供货、旧系统拆除、安装调试及人员培训。
P:1.2 改造后绞线机组应实现捻距自动控制、张力闭环控制、断丝自动停车及每卷钢丝绳生产数据的完整追溯，具体技术指标以附件一《技术协议》为准。
P:1.3 改造应利用甲方计划停产检修窗口分两期实施，每条绞线机组停机时间不超过十八日。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰捌拾肆万元整（¥1,840,000），含税、运输、保险、安装调试及培训费用。分项价格如下表：
TB:序号|名称|数量|金额（元）
TB:1|主控PLC及扩展模块|2套|468,000
TB:2|伺服驱动及电机（绞笼/牵引/收线）|18套|612,000
TB:3|张力检测与在线监测单元|6套|186,000
TB:4|HMI及工控机|3套|96,000
TB:5|生产管控软件许可（配方、追溯、报警）|1套|238,000
TB:设备及软件小计|||1,600,000
TB:6|旧系统拆除、安装调试|1项|214,000
TB:7|操作及维修人员培训|1项|26,000
TB:合同总价|||1,840,000
P:2.2 质保期满后的维保服务费用按本合同第七条另行计收，不包含在合同总价内。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款，即¥368,000，乙方应同时提交等额预付款银行保函。
P:3.2 设备到货、安装完毕并完成单机调试后，甲方支付合同总价的55%，即¥1,012,000。到货签收及安装完毕不代表质量验收。
P:3.3 两条绞线机组均通过最终验收后，甲方支付合同总价的25%，即¥460,000。
P:3.4 每次付款前，乙方应开具合法有效的增值税专用发票。预付款保函在设备全部到货后退还。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后七十五日内将全部设备运抵甲方二车间，并在甲方通知的停产检修窗口内完成安装调试。
P:4.2 乙方负责旧控制柜、电缆的拆除及分类堆放，拆除物归甲方所有。
P:4.3 乙方施工人员应遵守甲方安全生产管理制度，进入车间须佩戴劳保用品；动火、登高及带电作业须办理作业票。因乙方人员违章造成的人身伤害或财产损失，由乙方承担。乙方应派驻具有电气工程师资格的项目经理常驻现场，直至最终验收。
P:4.4 乙方应提交电气原理图、PLC程序及注释、HMI画面源文件、参数清单、操作维护手册及备品备件清单。
H:第五条 验收
P:5.1 验收标准：（一）附件一所列功能全部实现；（二）以甲方常用的三种结构（6×19、6×37、8×K36）各连续生产十卷，捻距偏差不超过±1%，张力波动不超过设定值的±3%；（三）断丝报警及自动停车试验各进行二十次，均正确动作；（四）每卷产品的速度、张力、捻距、操作人员等数据可在软件中完整追溯；（五）连续七十二小时负荷运行无停机故障。
P:5.2 上述试验全部合格后，双方签署最终验收证书。设备安装完毕、投入试生产或甲方付款，均不视为验收合格。
P:5.3 验收所需的钢丝原料由甲方提供，试验产品合格的，归甲方所有。
P:5.4 验收不合格的，乙方应在十日内整改并重新组织验收；两次验收仍不合格的，甲方有权解除合同并要求乙方退还已付款项。
H:第六条 质量保证
P:6.1 本合同设备及软件的质保期为六个月，自最终验收之日起计算。
P:6.2 质保期内，因设备、软件质量问题发生的故障，乙方免费维修、更换或修复程序。
P:6.3 故障响应：一级故障（绞线机组停机或安全联锁失效），乙方应在1小时内响应，6小时内到达现场；二级故障（单项功能异常）8小时内响应，次日到场处理。乙方每超时1小时，向甲方支付¥800。
P:6.4 质保期内乙方每月对软件运行日志进行一次检查，并向甲方提交设备运行分析报告。
H:第七条 质保期满后的维保服务
P:7.1 质保期满后，乙方提供年度维保服务，内容包括每季度一次预防性维护、程序优化、备件更换（易损件除外）及第六条约定的故障响应。
P:7.2 年度维保费按设备及软件小计的22%计取，即每年¥352,000，在质保期满后五年内保持不变，每年初由双方签订维保确认单后支付。
P:7.3 维保期间，乙方应在甲方厂区附近保持常用备件库存，包括伺服驱动器、编码器、张力传感器各不少于两套，备件库存清单每季度报甲方备案。
P:7.4 甲方可在任一维保年度结束前六十日书面通知不再续签维保服务。
H:第八条 数据与保密
P:8.1 绞线机组的生产数据、工艺配方及质量记录归甲方所有，乙方不得复制、留存或用于其他客户。
P:8.2 乙方远程诊断须经甲方设备部书面批准，并通过甲方指定的VPN账号进行，操作全程记录；乙方应采取防病毒、访问控制等措施保障甲方控制网络和数据安全，发生数据泄露或控制网络感染病毒的，乙方应在2小时内报告并承担由此造成的损失。
P:8.3 双方对在合作中获知的对方技术秘密、商业秘密及工艺参数负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。
P:8.4 乙方人员离场时，应交还甲方发放的账号和门禁卡，并删除调试电脑中保存的甲方数据。
H:第九条 知识产权
P:本项目为甲方编写的PLC程序、HMI画面、工艺配方模板及接口程序的知识产权归甲方所有，甲方可自行修改或委托他人维护。生产管控软件的原有著作权归乙方，乙方授予甲方永久使用许可。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的千分之一支付违约金，违约金总额不超过合同总价的10%。
P:10.2 因乙方原因造成甲方停产时间超过第1.3条约定的，每超过一日另行赔偿甲方停产损失¥6,000。
P:10.3 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但故意、重大过失及人身伤害除外。
P:10.4 甲方逾期付款的，每逾期一日按逾期金额的万分之二向乙方支付违约金。
H:第十一条 分包
P:乙方不得将本合同项下的主要设备供货及调试工作分包；电缆敷设等辅助工作确需分包的，应事先取得甲方书面同意。
H:第十二条 合同解除
P:乙方严重违约且在甲方书面通知后十日内未纠正的，或逾期超过三十日的，甲方有权解除合同，乙方应退还已付款项并赔偿损失。因不可抗力致使合同目的不能实现的，任何一方均可书面解除合同。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交无锡仲裁委员会仲裁。
H:第十四条 其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。附件一《技术协议》与本合同具有同等效力。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：华岳特种钢丝绳有限公司    乙方（盖章）：智驰工业自动化有限公司
"""

Z03 = """山茗茶业连锁门店进销存及会员管理SaaS服务合同

合同编号：SM-IT-2025-032
甲方（客户）：山茗茶业连锁有限公司
乙方（服务商）：云栈零售科技有限公司

甲方在福建、浙江两省经营55家茶叶直营门店，需统一门店进销存、收银及会员管理。乙方提供“云栈零售云”SaaS服务及实施服务。双方根据《中华人民共和国民法典》订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方55家门店及总部开通“云栈零售云”订阅服务，模块包括：门店进销存、茶叶批次与保质期管理、收银、会员积分与储值、营销券、总部采购配送、经营报表。
2. 服务以互联网方式提供，甲方无需自建服务器。甲方门店新增或关闭的，订阅数量按月调整，门店单价不变。
（二）实施服务
1. 乙方负责系统配置、商品及会员数据迁移（现有会员约21万人、商品约3,800个SKU）、与甲方财务系统及小程序商城的接口对接、门店收银设备调试和人员培训。
2. 实施周期为合同生效后六十日，分三批完成门店上线。
（三）培训与支持
1. 乙方为甲方总部人员及每家门店店长、收银员提供培训，总部集中培训不少于两次，门店上线当日安排实施人员现场或远程陪同。
2. 服务期内乙方提供7×24小时热线及在线工单支持，并指定一名客户成功经理，每季度向甲方提交服务报告，内容包括可用率、故障、工单处理及版本更新情况。
3. 乙方的版本更新不得降低已有功能，重大变更应提前十五日通知甲方。

二、服务期限
（一）本合同服务期为两个服务年度，自全部门店上线验收合格之日起计算，首个服务年度届满之日次日起为第二个服务年度。
（二）服务期满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期时，乙方有权根据其当年价格体系调整订阅年费，调整后的价格以乙方书面通知为准。

三、合同价款与支付
（一）合同价款如下：
1. 门店订阅费：55家×¥3,600/家/服务年度＝¥198,000/服务年度；
2. 总部及会员营销模块订阅费：¥86,000/服务年度；
3. 订阅费合计¥284,000/服务年度，两个服务年度共计¥568,000；
4. 实施服务费：¥126,000（一次性）。
合同总价为¥694,000。
（二）每个服务年度的订阅费，于该服务年度开始后十五日内由甲方一次性支付。
（三）实施服务费在全部门店上线验收合格后二十日内一次性支付。
（四）乙方应在收款前开具增值税专用发票。
（五）门店数量在服务年度内调整的，按实际开通月份折算订阅费，在下一服务年度付款时多退少补。

四、上线验收
（一）乙方完成实施后，以书面形式提请上线验收。验收标准为：1. 合同所列模块全部可用；2. 会员、积分、储值余额迁移后逐户核对一致；3. 商品SKU、价格、库存期初数据与甲方盘点表一致；4. 门店收银单笔结算时间不超过3秒，高峰时段（每日18:00—21:00）连续七日无收银中断；5. 与财务系统、小程序商城对接数据日终对账一致。
（二）甲方应在收到验收申请后十个工作日内组织验收，不合格的，乙方应在七日内整改后重新提请。系统试用或门店开始使用，不视为验收合格。
（三）验收合格后，双方签署上线验收单。分批上线的门店，以最后一批门店验收合格之日为全部门店上线验收合格之日。

五、服务水平
（一）乙方承诺订阅服务的月度可用率不低于99.5%，计划内维护安排在每日凌晨1:00—5:00之间，并提前两日通知甲方。
（二）故障响应：一级故障（收银或会员功能在三家以上门店无法使用）15分钟内响应，2小时内恢复；二级故障1小时内响应，当日解决；三级故障下一工作日解决。
（三）服务补偿：月度可用率每低于承诺值0.1个百分点，乙方按当月订阅费的2%给予服务费抵扣；一级故障恢复每超时1小时，抵扣¥500。抵扣总额以当月订阅费为限。
（四）乙方每月5日前向甲方提供上月可用率及故障统计报告，甲方对统计有异议的，以双方核对后的数据为准。

六、数据安全与数据使用
（一）甲方的会员信息、交易记录、库存数据（以下称“甲方数据”）归甲方所有。
（二）乙方应按照《个人信息保护法》《数据安全法》的要求保护甲方数据，采取加密存储、传输加密、访问权限分级、操作日志留存等措施，数据存储于中国境内。会员手机号等敏感字段应脱敏展示。乙方应每年开展一次安全评估和应急演练，并将结果书面告知甲方。
（三）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，配合甲方履行告知和报告义务，并赔偿甲方因此遭受的损失。
（四）甲方同意，乙方可对甲方数据进行去标识化汇总处理，形成茶叶品类销售趋势、区域消费指数等行业分析数据，用于乙方产品改进及向其他客户提供行业报告。上述汇总数据归乙方所有。
（五）服务期满或合同解除后三十日内，乙方应按甲方要求以通用格式导出全部甲方数据并交付甲方，交付后删除系统中留存的甲方数据。

七、保密
双方对因本合同知悉的对方商业秘密（包括甲方的门店经营数据、采购价格、会员营销方案，乙方的系统技术资料）负有保密义务，未经对方书面同意不得向第三方披露。保密义务不因本合同终止而解除。乙方员工及实施人员应签署保密承诺，乙方对其人员的行为负责。

八、知识产权
（一）“云栈零售云”平台及其原有功能的知识产权归乙方所有。
（二）乙方为甲方专门制作的报表模板、小程序商城接口程序、会员等级规则配置及相关文档，归甲方所有，甲方可自由使用、修改或交由第三方使用。
（三）乙方保证平台及交付成果不侵犯第三方知识产权，如有侵权由乙方负责处理并赔偿甲方损失。

九、违约责任
（一）因乙方原因未能在约定的实施周期内完成全部门店上线的，每逾期一日，乙方向甲方支付违约金¥500。
（二）甲方逾期支付的，每逾期一日按应付未付金额的万分之二支付违约金。
（三）乙方违反本合同第六条的，应赔偿甲方的全部损失。
（四）乙方支付违约金后，甲方仍有权要求乙方继续履行。

十、合同解除
（一）乙方严重违约，或连续两个月月度可用率低于承诺值，经甲方书面催告后十五日内仍未改正的，甲方有权解除合同，乙方应退还未履行期间的订阅费。
（二）甲方逾期付款超过六十日的，乙方可书面催告后暂停服务。
（三）合同解除后，乙方应按本合同第六条第（五）项交付甲方数据。

十一、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，向甲方所在地福州市鼓楼区人民法院提起诉讼。

十二、甲方义务
甲方应指定项目负责人，按实施计划提供商品、会员及期初库存数据，并确保门店网络及收银设备满足乙方书面提出的配置要求。因甲方原因延误的，实施周期相应顺延。

十三、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同附件包括：附件一《功能清单》、附件二《实施计划》、附件三《服务水平说明》，附件与本合同具有同等效力。

甲方（盖章）：山茗茶业连锁有限公司          乙方（盖章）：云栈零售科技有限公司
日期：2025年__月__日                      日期：2025年__月__日
"""

Z04 = """汀州市信访局信访业务系统2026年度运维服务合同

合同编号：TZXF-YW-2026-01
甲方：汀州市信访局
乙方：闽信数科技术服务有限公司

鉴于甲方的信访业务系统（含网上信访受理平台、信访事项办理系统、领导接访管理及统计分析模块，以下简称“系统”）已建成运行，甲方通过竞争性磋商选定乙方提供年度运维服务。双方根据《中华人民共和国民法典》《信访工作条例》及相关规定，订立本合同。

1 服务内容与期限
1.1 服务期限自2026年1月1日起至2026年12月31日止。
1.2 服务内容包括：（1）驻场运维：乙方派驻2名运维工程师在甲方办公场所值守，工作日8:30—17:30在岗，节假日及重要时期按甲方要求安排值班；（2）远程技术支持与巡检：每日系统巡检，每月一次深度巡检，并出具巡检报告；（3）应用运维：缺陷修复、数据纠错、统计报表调整及每年不超过60人天的小需求开发；（4）安全运维：漏洞修复、补丁更新、配合等级保护测评及安全检查整改。
1.3 系统运维对象以附件一《系统资产清单》为准，包括应用服务器、数据库服务器、前置机及中间件。
1.4 乙方应在服务开始前十日提交运维服务方案，包括人员安排、值班制度、巡检计划和应急预案，经甲方确认后执行。
1.5 乙方应建立运维工单台账，所有故障、变更、需求均通过工单记录，工单记录作为考核依据；乙方应于每月5日前提交月度运维报告。
1.6 服务期内系统需进行版本升级或迁移的，乙方应提交方案经甲方批准后实施，并在实施前完成数据备份。

2 服务费用与支付
2.1 本合同总价为人民币肆拾捌万陆仟元整（¥486,000），其中：驻场运维服务费¥312,000；远程技术支持及巡检费¥78,000；应用运维费¥64,000；安全运维费¥32,000。
2.2 服务费按季度支付。每季度结束后，甲方依据第4条季度考核结果，在十五个工作日内支付当季服务费¥121,500，考核扣减部分从当季服务费中扣除。
2.3 本合同不设预付款。乙方应在每次付款前开具合法有效的发票。
2.4 服务期内因甲方新增系统模块导致运维工作量明显增加的，双方另行协商确定增加的费用。

3 服务水平
3.1 系统月度可用率不低于99.95%（计划内维护时间除外），计划内维护须提前三个工作日报甲方批准，且不得安排在工作日工作时间内。
3.2 故障等级与响应：一级故障（系统整体不可用、网上信访受理中断或数据丢失）乙方应在20分钟内响应，1小时内到场，3小时内恢复；二级故障（部分功能不可用）30分钟内响应，8小时内解决；三级故障（一般问题、咨询）2小时内响应，3个工作日内解决。
3.3 重要时期（全国两会、重大节日等，以甲方书面通知为准），乙方应增派1名工程师驻场，实行全天值守。
3.4 服务考核扣减：一级故障响应或恢复每超时1小时，扣减当季服务费¥1,500；月度可用率每低于承诺值0.01个百分点，扣减¥1,000；驻场人员无故缺岗每人次扣减¥800。
3.5 乙方应每日对数据库备份情况进行检查，每季度开展一次数据恢复演练，演练结果纳入季度考核。
3.6 乙方应配合甲方应急预案，参加甲方组织的网络安全应急演练，每次演练后提交总结报告。

4 考核与验收
4.1 甲方每季度对乙方服务进行考核，考核内容包括：巡检报告按时提交率、故障响应及恢复时效、可用率、工单办结率、甲方用户满意度。季度考核评分不低于85分为合格，考核细则见附件二。
4.2 服务期满后，乙方提交年度运维总结报告、运维文档及全部脚本，甲方依据四个季度的考核记录及附件二所列标准组织年度验收，并出具书面验收意见。
4.3 年度验收不合格的，乙方应在甲方指定期限内完成整改，整改期间继续提供服务且不另行收费。

5 人员管理
5.1 驻场工程师应具备三年以上同类系统运维经验，经甲方审核后上岗，乙方不得擅自更换；确需更换的，应提前十日书面告知甲方并做好交接。
5.2 乙方人员应遵守甲方的工作纪律和保密规定，不得在工作场所以外处理信访材料。
5.3 驻场人员的劳动报酬、社会保险及安全责任由乙方承担，驻场人员与甲方不构成劳动关系。
5.4 乙方项目负责人每月至少一次到甲方现场汇报运维情况，并参加甲方召开的运维协调会。

6 数据安全与数据归属
6.1 系统中的信访人信息、信访事项材料、办理记录及统计数据均属于甲方，乙方仅为完成运维工作接触，不得以任何方式留存、复制或用于其他目的。
6.2 乙方应落实最小权限原则，运维操作一律通过甲方堡垒机进行并全程录像审计；禁止使用个人移动存储设备；数据库导出须经甲方分管负责人书面审批。
6.3 发生数据泄露、篡改或丢失的，乙方应立即采取处置措施并在1小时内报告甲方；因乙方原因造成数据安全事件的，乙方承担全部法律责任并赔偿甲方损失。
6.4 服务期满或合同解除时，乙方应删除其在运维中临时保存的全部数据，并出具书面删除确认。

7 保密
7.1 乙方对在服务中知悉的信访人个人信息、信访事项内容、甲方内部工作情况及系统网络结构负有保密义务，未经甲方书面同意不得向任何第三方披露。
7.2 乙方应与所有参与人员签订保密协议，保密义务在合同终止后长期有效。
7.3 乙方人员离岗时，应交还全部账号、门禁卡及工作资料，并签署离岗保密承诺。

8 分包
乙方可将机房设备巡检、硬件维修等辅助性工作委托给具有相应资质的第三方完成，但应提前五个工作日书面通知甲方，并对第三方的工作承担责任。除上述辅助性工作外，系统应用运维及数据处理工作应由乙方自行完成。

9 知识产权
乙方在服务过程中为甲方编写的运维脚本、统计报表、小需求开发成果及运维文档，知识产权归甲方所有，甲方可自由使用、修改并交由其他单位使用。乙方保证其提供的工具软件不侵犯第三方权利。

10 违约责任
10.1 乙方未按约定时间进场、未按时提交巡检报告或未按期完成整改任务的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
10.2 乙方连续两个季度考核不合格的，甲方有权解除合同，并要求乙方赔偿因此造成的损失。
10.3 甲方逾期付款的，应按逾期金额每日万分之二向乙方支付违约金。
10.4 违约金不足以弥补甲方损失的，乙方应补足差额。

11 合同解除
11.1 乙方严重违反本合同约定，经甲方书面通知后十日内未改正的，甲方有权解除合同。
11.2 合同解除或期满时，乙方应在五个工作日内完成交接，移交全部账号、密码、文档和脚本。
11.3 因不可抗力或政策调整致使合同无法继续履行的，双方可协商解除合同，服务费按实际服务期间结算。

12 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，依法向汀州市人民法院提起诉讼。争议处理期间，乙方应继续提供服务，不得以争议为由中断系统运维。

13 其他
13.1 本合同自双方签字盖章之日起生效，一式四份，甲方三份，乙方一份。
13.2 附件一《系统资产清单》、附件二《运维服务考核细则》为本合同不可分割的组成部分。
13.3 本合同未尽事宜，双方协商签订补充协议。

甲方（盖章）：汀州市信访局                乙方（盖章）：闽信数科技术服务有限公司
日期：2025年12月__日                      日期：2025年12月__日
"""

Z05 = """# 软件产品销售及技术服务合同

**蜀味智造标准合同文本 V3.0**（本文本由乙方提供，双方可在空白处填写）

合同编号：SWZZ-2025-0419

甲方（买方）：巴渝红汤食品有限公司

乙方（卖方）：蜀味智造软件有限公司

甲方为火锅底料及调味品生产企业，拟采购乙方“味链MES生产记录管理软件”并委托乙方进行定制开发。经双方友好协商，根据《中华人民共和国民法典》，签订本合同。

## 第一条 产品及服务内容

1.1 乙方向甲方提供“味链MES生产记录管理软件”标准版永久使用许可，功能包括：原辅料入库批次管理、投料称量记录、炒制工序记录、包装记录、批生产记录电子化、产品追溯查询。

1.2 乙方根据甲方需求进行定制开发，包括：牛油炒料工艺参数记录（温度、时间、投料顺序）、金属检测机联动及剔除记录、电子秤称量数据自动采集接口、与甲方ERP的物料及成品数据接口。定制开发的具体内容以双方确认的《需求说明书》为准。

1.3 乙方负责软件在甲方服务器上的安装部署、基础数据初始化及操作培训。

1.4 软件许可以甲方一个生产基地、一套生产数据库为限，甲方增加生产基地或服务器的，应另行购买许可。许可包含上线时的最新版本，后续大版本升级另行收费。

## 第二条 合同价款

2.1 合同总价为人民币柒拾叁万元整（¥730,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 味链MES生产记录管理软件许可（永久） | 368,000 |
| 2 | 定制开发（工艺记录、金属检测联动、称量接口、ERP接口） | 286,000 |
| 3 | 实施部署及基础数据初始化 | 58,000 |
| 4 | 操作培训 | 18,000 |
| | 合计 | 730,000 |

2.2 上述价款不含甲方服务器、操作系统、数据库、电子秤及网络设备，该等软硬件由甲方自行采购。

2.3 因甲方需求变更导致工作量增加的，乙方有权另行收费，费用按乙方人天单价¥2,800计算。

2.4 合同价款包含增值税，乙方在每次收款前开具增值税普通发票。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的65%，即¥474,500，乙方收款后启动项目。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即¥255,500。

3.3 甲方逾期付款的，每逾期一日，按应付金额的千分之一向乙方支付违约金，且乙方有权暂停全部服务直至甲方付清款项。

## 第四条 项目实施

4.1 乙方在收到首期款后启动项目，预计于九十日内完成开发、部署并上线，具体进度以项目计划为准。因甲方需求确认、数据准备或现场条件导致的延误，工期相应顺延。

4.2 甲方应指定项目对接人，及时确认需求说明书、提供基础数据，并按乙方要求准备服务器及网络环境。

4.3 甲方应在乙方通知的时间安排操作人员参加培训，因甲方人员未参加培训导致的操作问题，乙方不承担责任。

4.4 乙方实施顾问在甲方现场工作的，甲方应提供办公场所及网络条件。上线前，乙方对甲方系统管理员进行不少于两天的培训。

4.5 项目实施过程中，甲方提出超出《需求说明书》范围的需求的，按本合同第2.3条另行计费，并相应延长工期。

## 第五条 上线与验收

5.1 乙方完成安装部署后通知甲方上线。系统上线运行之日，即视为甲方验收合格。

5.2 甲方在系统上线后使用中发现的问题，应以书面方式提交乙方，乙方在维护期内予以处理，但不影响验收合格的认定及付款。

5.3 甲方拒绝或拖延上线的，自乙方通知上线之日起满十五日，视为系统已上线。

## 第六条 免费维护

6.1 乙方提供三个月的免费维护期，自系统上线之日起计算。

6.2 免费维护期内，乙方提供远程技术支持、软件缺陷修复。现场服务每次另收差旅费。

6.3 故障响应：乙方在工作日（周一至周五9:00—18:00）受理甲方报修。一级故障（系统无法登录或批记录无法保存），乙方在8小时内响应；其他故障在2个工作日内响应。乙方将尽力在合理时间内解决问题。

6.4 免费维护期内，乙方每月提供一次软件版本检查。因甲方操作不当、擅自修改配置或第三方软硬件原因导致的故障，不属于免费维护范围。

6.5 乙方技术支持热线：028-85566120，电子邮箱：support@weilian-mes.cn。

## 第七条 维护期满后的服务

7.1 免费维护期满后，甲方如需乙方继续提供维护服务，双方另行签订维护服务合同。

7.2 维护服务费按乙方当年公布的价格标准执行，乙方可根据市场情况每年调整。未签订维护合同的，乙方按次收取服务费。

7.3 维护服务内容包括远程支持、缺陷修复及小版本升级，现场服务、新增功能开发另行收费。

## 第八条 知识产权

8.1 味链MES软件及其文档的知识产权归乙方所有。

8.2 乙方为本项目进行的定制开发成果（包括源代码、接口程序、设计文档）的知识产权归乙方所有，甲方在本合同约定范围内享有非独占、不可转让的使用权，未经乙方书面同意，甲方不得修改、反编译或提供给第三方使用。

8.3 乙方有权将本项目的定制开发成果用于其他客户或纳入乙方标准产品。

8.4 甲方不得对软件进行反向工程，不得将软件转让、出租给第三方。

## 第九条 数据安全

9.1 甲方在软件中录入和产生的生产数据、配方数据、追溯记录归甲方所有，乙方不得用于本合同以外的目的。

9.2 乙方远程维护须经甲方同意，通过甲方提供的账号登录，不得下载、复制甲方数据。乙方应采取病毒防护、访问控制等安全措施。

9.3 因乙方原因导致甲方数据泄露或丢失的，乙方应在发现后及时通知甲方，协助恢复数据，并承担相应赔偿责任。

9.4 甲方应自行负责服务器的数据备份，乙方建议甲方每日进行一次数据备份。

## 第十条 保密

双方对在履行本合同过程中知悉的对方技术信息、经营信息负有保密义务，未经对方书面同意不得向第三方披露。甲方的配方及工艺参数属于甲方商业秘密。本条义务在合同终止后三年内有效。

## 第十一条 责任限制

11.1 乙方对因本合同产生的全部责任，累计不超过合同总价的20%。

11.2 乙方对甲方的间接损失、利润损失、生产停顿损失及数据损失不承担责任。

11.3 因甲方服务器、网络、电子秤等乙方未提供的软硬件故障导致的问题，乙方不承担责任。

11.4 甲方应对其提供数据的合法性负责。

## 第十二条 合同解除

一方严重违约，经另一方书面催告后三十日内仍未改正的，守约方有权书面解除本合同。甲方在项目启动后单方解除合同的，已付款项不予退还。因不可抗力导致合同无法履行的，双方互不承担违约责任。

## 第十三条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，提交成都仲裁委员会按其仲裁规则仲裁。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同附件：《需求说明书》《项目计划》。附件经双方确认后与本合同具有同等效力。

14.3 双方联系方式以合同首页记载为准，一方变更联系方式的，应在三日内书面通知对方，否则按原地址送达即视为已送达。本合同未尽事宜，双方可另行签订补充协议。

甲方（盖章）：巴渝红汤食品有限公司　　　　乙方（盖章）：蜀味智造软件有限公司

日期：____年__月__日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. STC-CN-2025-044
P:This Agreement is made between Changzhou Hengrui Precision Castings Co., Ltd., a company registered in Changzhou, Jiangsu Province, People's Republic of China (the "Customer"), and Sistemas Tapatios de Calidad, S.A. de C.V., a company incorporated in Mexico with its registered office in Guadalajara, Jalisco (the "Vendor").
P:The Customer wishes to replace its paper-based quality records with the Vendor's QualiTrack quality management software, and the Vendor agrees to license the software and to configure, implement and support it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the QualiTrack quality management software in the version current at signature, including the modules for inspection planning, non-conformance and corrective action, supplier quality, calibration and document control, with its user documentation.
P:1.2 "Custom Deliverables" means the configurations, inspection templates, report layouts, interface programs, migration scripts and documents prepared by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, processed by or generated in the Software by or for the Customer, including inspection results, drawings, supplier records and personal data of the Customer's staff.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the acceptance criteria are met.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software on the Customer's own servers at its foundry sites in Changzhou and Yancheng, for up to 260 named users, for the Customer's internal business purposes.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The licence may be transferred to an affiliate of the Customer on written notice to the Vendor.
P:2.3 Title to the Software remains with the Vendor. The Customer shall not resell the Software or reverse engineer it except as permitted by law.
H:Article 3 Services
P:3.1 The Vendor shall install the Software, configure it to the Customer's processes as described in the agreed Solution Design, build interfaces to the Customer's ERP system and to its three coordinate measuring machines, migrate open quality records from the Customer's current spreadsheets, and train the Customer's key users and administrators.
P:3.2 The Vendor shall appoint a project manager with experience of at least three comparable projects, who shall not be replaced without the Customer's consent except for illness or departure.
P:3.3 The Vendor shall complete the installation and configuration and make the system ready for user acceptance testing within 110 days after signature, and shall achieve Final Acceptance within 170 days after signature.
H:Article 4 Price and Payment
P:4.1 The total price of this Agreement is CNY 1,830,000, inclusive of applicable taxes, consisting of: Software licence fee CNY 1,260,000; implementation and configuration CNY 420,000; data migration CNY 92,000; training CNY 58,000.
P:4.2 The Customer shall pay 20% of the total price (CNY 366,000) within 20 days after signature and receipt of the Vendor's invoice.
P:4.3 The Customer shall pay 45% of the total price (CNY 823,500) within 20 days after the Customer signs the user acceptance test report.
P:4.4 The Customer shall pay the remaining 35% of the total price (CNY 640,500) within 20 days after Final Acceptance.
P:4.5 Payments are made in CNY by bank transfer against a valid invoice. Bank charges outside China are borne by the Vendor.
H:Article 5 Acceptance
P:5.1 The Vendor shall deliver a test plan for the Customer's approval at least 15 days before user acceptance testing starts.
P:5.2 The acceptance criteria are: (a) every function listed in the Solution Design works as specified in the approved test plan; (b) inspection results transfer from the measuring machines to the Software without manual entry and without loss for ten consecutive production days; (c) open non-conformance and calibration records migrated from the spreadsheets reconcile record by record; (d) standard screens open within three seconds with 120 concurrent users; and (e) no Severity 1 or Severity 2 defect is open at the end of a 30-day production run.
P:5.3 When all criteria are met, the Customer shall issue a Final Acceptance certificate within ten business days. Installation, go-live or use of the Software in production, and payment of any instalment, do not constitute acceptance.
P:5.4 If a criterion is not met, the Vendor shall correct the defect at its own cost and repeat the tests. If Final Acceptance is not achieved after two repetitions, the Customer may terminate this Agreement under Article 13.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the Solution Design and documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply new releases and provide technical support free of charge.
P:6.2 Severity 1 means the Software is unavailable or inspection records cannot be saved at a foundry site. The Vendor shall respond to a Severity 1 incident within one hour, around the clock, and restore service or provide a workaround within eight hours. Severity 2 incidents shall be answered within two hours during business hours and resolved within three business days.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or restoration time, the Vendor shall credit the Customer CNY 1,000 against the next payment due or pay that amount on request.
P:6.4 After the Warranty Period the Customer may order annual support, covering the services of Articles 6.1 to 6.3, at an annual fee of 11% of the Software licence fee (CNY 138,600 per year). This fee is fixed for the three years following the Warranty Period. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property in the Software.
P:7.2 All intellectual property in the Custom Deliverables vests in the Customer upon creation. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them freely, including to third parties who maintain them for the Customer.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and shall not use it for any other purpose, including analytics, benchmarking or product development, in any form.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's VPN with individual accounts and multi-factor authentication, shall not copy Customer Data outside the Customer's environment, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Customer of any actual or suspected security breach affecting Customer Data within eight hours, shall cooperate in containment and investigation, and shall be liable for all losses caused by a breach attributable to the Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's drawings, process parameters and supplier prices, and shall use it only for this Agreement.
P:9.2 This obligation continues for five years after the end of this Agreement and does not apply to information that is public or independently developed.
H:Article 10 Delay Damages
P:10.1 If the Vendor fails to achieve Final Acceptance by the date in Article 3.3 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay, up to 8% of the total price.
P:10.2 If the delay exceeds 60 days, the Customer may also terminate this Agreement under Article 13.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to breaches of Articles 8 and 9, infringement claims under Article 7.3, personal injury, fraud or wilful misconduct.
P:11.2 Neither party is liable for indirect or consequential loss, except in the cases excluded from the limit in Article 11.1.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:13.2 On termination for the Vendor's breach, the Vendor shall refund all amounts paid for services not accepted, and the Customer may keep the licence if the licence fee has been paid.
P:13.3 On termination, the Vendor shall return or destroy all Customer Data and confirm this in writing.
H:Article 14 Governing Law and Jurisdiction
P:14.1 This Agreement is governed by the federal laws of the United Mexican States.
P:14.2 Any dispute arising out of this Agreement that cannot be settled by negotiation within 30 days shall be submitted to the competent courts of Guadalajara, Jalisco, Mexico, and the parties waive any other jurisdiction that may correspond to them by reason of their present or future domicile.
H:Article 15 General
P:15.1 This Agreement, with its Solution Design and test plan, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is signed in English in two originals, one for each party.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS - RutaCloud TMS

Order Form No. NR-OF-25-0917

## PART A - ORDER FORM

### A1. Parties

**Provider:** Nube Regia Software, S.A. de C.V., Avenida Constitucion 2050, Monterrey, Nuevo Leon, Mexico.

**Customer:** Ningbo Haiyun Freight Forwarding Co., Ltd., a company registered in Ningbo, Zhejiang Province, People's Republic of China.

This Order Form (Part A) and the General Terms (Part B) together form the agreement (the "Agreement"). If they conflict, Part A prevails.

### A2. Services Ordered

The Provider will provide the RutaCloud TMS transport management service, hosted in mainland China, for 180 named users of the Customer's dispatch, customs and finance teams, with the following modules: order intake, carrier tendering, shipment tracking, proof-of-delivery capture, freight audit and customer portal. The Provider will also perform the onboarding services described in A4.

### A3. Subscription Term

The Subscription Term is 24 months, starting on the date of Onboarding Acceptance under Section 4 of Part B. The Agreement does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A4. Onboarding Services

Onboarding comprises tenant set-up, configuration of the Customer's workflows and rate tables, integration with the Customer's ERP system and two carrier platforms through the Provider's standard API, migration of open shipments and master data, and training of 20 key users. Onboarding shall be completed and ready for acceptance testing within 75 days after signature of this Order Form (the "Target Go-Live Date").

### A5. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, 180 named users | CNY 84,000 per quarter x 8 quarters | 672,000 |
| Onboarding services (one-time) | fixed price | 88,000 |
| Total contract value | 24-month Subscription Term | 760,000 |

Subscription fees are invoiced quarterly in advance, at the start of each calendar quarter of the Subscription Term; the first invoice is issued on Onboarding Acceptance. The onboarding fee is invoiced after Onboarding Acceptance. No fee is payable before Onboarding Acceptance. Additional users may be added at CNY 1,866 per user per quarter, pro rata, for the rest of the Subscription Term. All fees include VAT and are payable within 30 days of invoice in CNY.

### A6. Signatures

Signed for the Provider: ____________________ Name / Title / Date

Signed for the Customer: ____________________ Name / Title / Date

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, documents and content submitted to the Service by or for the Customer or its users, including shipment records, consignee details and personal information.

1.2 "Service" means the RutaCloud TMS service ordered in Part A, with its documentation and updates.

1.3 "Customer Configurations" means the workflows, rate tables, report layouts, portal pages and integration mappings created for the Customer during onboarding or the Subscription Term.

### 2. Use of the Service

2.1 The Provider grants the Customer and its authorised users a non-exclusive, non-transferable right to use the Service during the Subscription Term for the Customer's business.

2.2 The Customer is responsible for its users' conduct and shall keep login credentials secure.

2.3 The Provider may update the Service from time to time, provided that updates do not materially reduce the functionality ordered in Part A.

### 3. Service Levels

3.1 The Provider shall make the production Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 00:00 and 05:00 China Standard Time.

3.2 Priority 1 incidents (the Service is unavailable or shipments cannot be created or tracked) shall be responded to within 30 minutes at any time and resolved or worked around within six hours. Priority 2 incidents shall be responded to within two hours during business hours, and Priority 3 incidents within one business day.

3.3 If availability in a month falls below the commitment, the Customer receives a service credit of 5% of that month's subscription fee for each 0.1 percentage point of shortfall, up to half of that month's fee. For each hour by which a Priority 1 response or resolution time is missed, the Customer receives a credit of CNY 500. Credits are deducted from the next invoice.

3.4 The Provider shall send a monthly service report with availability, incidents and credits by the tenth day of the following month.

### 4. Onboarding Acceptance

4.1 When onboarding is complete, the Provider shall notify the Customer, and the Customer shall run the acceptance tests in the onboarding plan within ten business days.

4.2 The acceptance criteria are: (a) all modules in Part A are configured for the Customer's workflows as documented in the onboarding plan; (b) open shipments and master data reconcile with the Customer's extract, record by record; (c) order and invoice data flow between the Service and the Customer's ERP system without error for five consecutive business days; and (d) the tracking interfaces with both carrier platforms return status updates for a sample of 200 shipments.

4.3 The Customer shall sign an Onboarding Acceptance certificate when the criteria are met, or list the failures; the Provider shall correct them and the tests shall be repeated. Use of the Service for training or testing is not acceptance.

### 5. Late Onboarding

If Onboarding Acceptance is not reached by the Target Go-Live Date for reasons attributable to the Provider, the Provider shall pay liquidated damages of CNY 600 for each day of delay, up to CNY 45,000. If the delay exceeds 60 days, the Customer may terminate the Agreement under Section 12 without paying any fee.

### 6. Customer Data

6.1 Customer Data belongs to the Customer. The Provider processes Customer Data only to provide the Service and the onboarding services, and only on the Customer's documented instructions. The Provider shall not use Customer Data, in identifiable, de-identified or aggregated form, for any other purpose.

6.2 At the end of the Subscription Term, the Provider shall make Customer Data available for export in CSV and JSON formats for 60 days and then delete it and confirm the deletion in writing.

### 7. Data Security

7.1 The Provider shall host the Service and all Customer Data in data centres in mainland China, maintain an MLPS level 3 filing and an ISO 27001 certificate for the Service, encrypt Customer Data in transit and at rest, restrict access to named personnel with multi-factor authentication, and keep access logs for at least 180 days.

7.2 The Provider shall notify the Customer of any security incident affecting Customer Data within twelve hours after becoming aware of it, provide the information the Customer needs for its own reporting duties, and remedy the incident at its own cost.

7.3 The Provider is liable for losses caused by a security incident resulting from its breach of this Section 7.

### 8. Confidentiality

Each party shall keep the other party's Confidential Information confidential, use it only for the Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties. These duties continue for three years after the Agreement ends.

### 9. Intellectual Property

9.1 The Provider owns the Service and all its underlying technology.

9.2 Customer Configurations belong to the Customer. The Provider shall deliver them in a documented export format on request, and the Customer may use, modify and have third parties use them without restriction, including after the Agreement ends.

### 10. Limitation of Liability

10.1 Each party's total aggregate liability arising out of or in connection with the Agreement shall not exceed the fees paid by the Customer under the Agreement in the six months immediately preceding the event giving rise to the claim.

10.2 Neither party is liable for loss of profits, loss of business or any indirect or consequential loss.

10.3 Section 10.1 does not limit the Customer's payment obligations or either party's liability for fraud or wilful misconduct.

### 11. Subcontractors and Sub-processors

The Provider may use subcontractors and sub-processors, including its affiliates and hosting providers, to perform any part of the Services. The Provider shall list them on its trust portal and shall inform the Customer by email at least 15 days before adding or replacing one. The Provider remains responsible for their performance.

### 12. Term and Termination

12.1 The Agreement runs for the Subscription Term.

12.2 Either party may terminate the Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice.

12.3 If the Customer terminates under Section 12.2, the Provider shall refund any prepaid fees for the period after termination.

### 13. Governing Law and Disputes

The Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 14. General

14.1 Notices shall be in writing and sent to the addresses in Part A.

14.2 Neither party may assign the Agreement without the other's written consent, except to a successor of its whole business.
"""

E03 = """T:PURCHASE CONTRACT FOR CONDITION MONITORING SENSORS AND SOFTWARE
P:Contract No. WJAP-EQ-2025-118
P:Buyer: Wuhu Jiangcheng Auto Parts Co., Ltd., registered in Wuhu, Anhui Province, People's Republic of China.
P:Supplier: Sensores Angelopolis, S.A. de C.V., registered in Puebla, Puebla, Mexico, acting through its authorised representative in Shanghai.
P:The Buyer operates two machining halls producing brake discs and hubs. It buys from the Supplier a wireless condition monitoring system for its spindles, pumps and fans, on the Buyer's standard purchase terms as set out below.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, edge server and accessories listed in clause 2.1.
P:1.2 "Software" means the Supplier's VibraSense monitoring software licensed under clause 3, including its analytics modules and documentation.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's site.
P:1.4 "Buyer Data" means all measurement data, alarms, asset records and reports produced by the System or supplied by the Buyer.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the System and train the Buyer's staff. The contract price is CNY 1,860,000, including VAT, delivery to the Buyer's site, insurance and all services below:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor, ATEX-rated housing|180|5,200|936,000
TB:2|Industrial wireless gateway with PoE|12|18,500|222,000
TB:3|Edge server with RAID storage|1|146,000|146,000
TB:4|VibraSense monitoring software, perpetual licence, unlimited users|1|368,000|368,000
TB:Hardware and licence subtotal||||1,672,000
TB:5|Installation, mounting and commissioning|1 lot|164,000|164,000
TB:6|Training of maintenance engineers|1 lot|24,000|24,000
TB:Contract price||||1,860,000
P:2.2 The price is fixed and covers all work needed to achieve Final Acceptance.
H:3. Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to use the Software at the Buyer's Wuhu plant and any future plant of the Buyer's group in China, without limit on users or monitored assets within the sensor count purchased.
P:3.2 The Buyer may copy the Software for backup and testing.
H:4. Payment
P:4.1 The Buyer shall pay an advance of 10% of the contract price (CNY 186,000) within 15 days after signature, against the Supplier's invoice and an advance payment bank guarantee of the same amount.
P:4.2 The Buyer shall pay 55% of the contract price (CNY 1,023,000) within 30 days after signing the Installation Certificate. The Installation Certificate confirms only that the Equipment is installed and powered; it is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the contract price (CNY 651,000) within 30 days after Final Acceptance.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the Buyer's site within 60 days after signature and complete installation and commissioning within 100 days after signature.
P:5.2 The Supplier shall work in accordance with the Buyer's site safety rules. Any work near running machines requires a permit from the Buyer's maintenance department.
P:5.3 The Supplier shall provide a mounting plan for every sensor, a network plan for the gateways, and as-built documentation.
P:5.4 The Equipment shall be new, of current production and packed for transport and storage. The Buyer shall check the delivery against the packing list within five business days; signing the delivery note confirms quantities only.
P:5.5 The Supplier shall train eight maintenance engineers of the Buyer in two sessions on sensor mounting, battery replacement, alarm handling, trend analysis and report configuration, and shall provide training materials in Chinese.
H:6. Acceptance
P:6.1 Final Acceptance requires: (a) all 180 sensors transmitting readings to the Software with a packet loss rate below 0.5% over 14 consecutive days; (b) alarm thresholds configured for each monitored asset and verified by simulated faults on six assets chosen by the Buyer; (c) integration with the Buyer's maintenance management system, so that an alarm creates a work order automatically, tested on 50 alarms; (d) dashboards and reports as specified in the technical annex; and (e) documentation and training completed.
P:6.2 The Buyer shall issue a Final Acceptance certificate within ten business days after all criteria are met. Installation, commissioning, use of the System in production or any payment does not mean acceptance.
P:6.3 If the System fails a test, the Supplier shall correct it and repeat the test at its own cost.
P:6.4 The Buyer may accept the System with minor open items listed in the certificate, which the Supplier shall close within 30 days. This does not affect any other right of the Buyer.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and Software against defects in design, materials and workmanship for 24 months after Final Acceptance. Defective Equipment shall be repaired or replaced free of charge, and Software defects shall be corrected free of charge.
P:7.2 Severity 1 faults (the System stops collecting data from a machining hall, or alarms are not generated) shall be responded to within two hours, and an engineer shall be on site within one business day if the fault cannot be fixed remotely. Other faults shall be responded to within one business day.
P:7.3 For each hour by which the Supplier misses the Severity 1 response time, the Supplier shall pay CNY 1,000, and for each day by which it misses the on-site time, CNY 3,000. These amounts may be deducted from any payment due.
P:7.4 The Supplier shall keep spare sensors and one spare gateway in stock in China during the warranty period.
H:8. Support After Warranty
P:8.1 For the three years after the warranty ends, the Buyer may order annual support at 9% of the hardware and licence subtotal, that is CNY 150,480 per year, fixed. Support covers the services in clauses 7.1 to 7.3 and software updates.
P:8.2 Each year of support is ordered by a separate purchase order. There is no automatic renewal.
H:9. Intellectual Property
P:9.1 The Supplier keeps all intellectual property in the Software and the Equipment firmware.
P:9.2 All dashboards, alarm rules, asset models, interface programs and reports developed for the Buyer under this Contract belong to the Buyer, who may use, modify and license them freely. The Supplier shall hand over their source files at Final Acceptance.
H:10. Buyer Data and Data Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not use it for any other purpose, including product development or training of analytical models, in any form.
P:10.2 The System shall be installed on the Buyer's own network. Remote access by the Supplier is allowed only through the Buyer's remote access gateway, session by session, after approval by the Buyer's IT department. The Supplier shall not copy Buyer Data outside the Buyer's network.
P:10.3 The Supplier shall ensure that the Equipment and Software have no undisclosed remote connection, shall fix security vulnerabilities within the times agreed in the technical annex, and shall notify the Buyer within eight hours of any security incident. The Supplier is liable for all losses caused by a security incident attributable to it.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all information about the Buyer's production, machines, processes, network and business received under this Contract, and shall disclose it only to its staff who need it for this Contract.
P:11.2 This obligation survives for five years after the Contract ends.
H:12. Delay Damages
P:12.1 If the Supplier is late in completing installation and commissioning or in achieving Final Acceptance for reasons attributable to it, it shall pay liquidated damages of 0.6% of the contract price for each full week of delay, up to 10% of the contract price.
P:12.2 Payment of liquidated damages does not release the Supplier from its obligation to complete the work.
H:13. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the contract price, except for personal injury, wilful misconduct and breach of clauses 10 and 11, which are not limited.
H:14. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:15. Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if delay damages reach their maximum.
P:15.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for any part of the System not accepted and compensate the Buyer's direct losses.
H:16. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai.
H:17. General
P:17.1 Annexes: Annex 1 Technical Specification; Annex 2 Acceptance Test Plan; Annex 3 Site Drawings.
P:17.2 Changes to this Contract are valid only in writing signed by both parties. Notices shall be sent to the addresses above.
P:17.3 This Contract is signed in two originals, one for each party, and takes effect on signature.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. SAS-MSA-2025-063

**Customer:** Xiamen Lanting Hotel Group Co., Ltd., a company registered in Xiamen, Fujian Province, People's Republic of China.

**Provider:** Servicios Administrados del Sureste, S.A. de C.V., a company incorporated in Mexico with its principal office in Merida, Yucatan, acting in China through its service centre in Xiamen.

The Customer operates 14 hotels in Fujian and Guangdong and wishes to outsource its IT service desk, end-user support, endpoint management and network monitoring. The Provider has agreed to provide these services for 36 months on the terms below and in Schedules 1 to 3.

## Section 1 - Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the response and resolution times and other measures in Schedule 2.

1.3 "Customer Data" means all data of the Customer, its guests and its employees that the Provider accesses, receives or handles in performing the Services, including guest profiles, reservation data and employee accounts.

1.4 "Transition" means the transfer of the Services from the Customer's current arrangements to the Provider, as described in Schedule 1, Part B.

1.5 "Service Commencement Date" means the date of Transition Acceptance under Section 4.

## Section 2 - Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Initial Term").

2.2 This Agreement ends at the end of the Initial Term. It may be extended only by a written amendment signed by both parties, at fees agreed in that amendment.

## Section 3 - Services

3.1 The Provider shall perform the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

3.2 The Provider shall assign a named service delivery manager, who shall meet the Customer's IT manager monthly and present a service report covering tickets, Service Level performance, credits, recurring problems and improvement actions.

3.3 The Provider shall maintain an up-to-date configuration database of the Customer's endpoints and network devices and hand it over on request and at the end of this Agreement.

3.4 The Provider's on-site engineers shall follow the Customer's hotel rules on dress, guest areas and working hours.

3.5 Each quarter the Provider shall review recurring incidents with the Customer and propose improvements, such as hardware refresh, configuration changes or user training.

3.6 The Customer shall give the Provider's engineers access to its hotels and systems as reasonably needed for the Services, and shall appoint a contact person at each hotel.

## Section 4 - Transition and Transition Acceptance

4.1 The Provider shall complete Transition within 60 days after signature (the "Transition Date").

4.2 Transition Acceptance requires that: (a) all endpoints and network devices listed in the inventory are enrolled in the Provider's management and monitoring tools; (b) the service desk has handled live tickets for ten consecutive days meeting the Service Levels; (c) knowledge articles and runbooks for the 40 most frequent request types are approved by the Customer; and (d) the Customer's staff have been briefed at every hotel.

4.3 The Customer shall confirm Transition Acceptance in writing within five business days after the criteria are met, or list the failures. The start of live ticket handling is not acceptance.

4.4 If Transition Acceptance is not reached by the Transition Date for reasons attributable to the Provider, the Provider shall pay liquidated damages of CNY 1,200 for each day of delay, up to CNY 60,000.

## Section 5 - Charges and Payment

5.1 The charges are set out in Schedule 3. The total contract value for the Initial Term is CNY 1,842,000.

5.2 The monthly service charge is invoiced monthly in arrears. The transition charge is invoiced after Transition Acceptance. There is no advance payment.

5.3 The Customer shall pay undisputed invoices within 30 days. Service credits are deducted from the invoice for the month after the month in which they arise.

5.4 Charges are fixed for the Initial Term. Devices added or removed within a range of 10% of the baseline inventory do not change the charges; beyond that range, the unit rates in Schedule 3 apply.

## Section 6 - Customer Data

6.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and shall not use it, in any form, for any other purpose.

6.2 At the end of this Agreement, the Provider shall return all Customer Data it holds to the Customer and shall not keep any copy.

## Section 7 - Confidentiality

7.1 Each party shall keep confidential the other party's confidential information, including Customer Data, network diagrams, passwords, prices and business plans, and shall disclose it only to its employees and subcontractors who need to know it for this Agreement.

7.2 These obligations continue for five years after this Agreement ends.

## Section 8 - Intellectual Property

8.1 The Provider keeps ownership of its management tools, methods and standard documentation.

8.2 Runbooks, knowledge articles, scripts, configuration records and reports prepared for the Customer under this Agreement belong to the Customer, which may use, modify and give them to any successor provider without restriction.

## Section 9 - Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the total contract value.

9.2 The limit does not apply to personal injury, fraud or wilful misconduct.

9.3 Neither party is liable for indirect losses or loss of profit.

## Section 10 - Personnel and Subcontracting

10.1 The Provider shall use qualified personnel and replace any person whom the Customer reasonably objects to.

10.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

## Section 11 - Early Ending

11.1 The Customer may not end this Agreement before the end of the Initial Term. Service credits under Schedule 2 are the Customer's remedy for any failure to meet the Service Levels.

11.2 The Provider may suspend the Services, and may end this Agreement by written notice, if the Customer fails to pay an undisputed invoice within 45 days after a written reminder.

11.3 On ending or expiry, the Provider shall provide reasonable exit assistance for up to 60 days at the rates in Schedule 3.

## Section 12 - Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes that cannot be settled by negotiation within 30 days shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

## Section 13 - General

13.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties.

13.2 Neither party may assign this Agreement without the other party's written consent.

## Schedule 1 - Services

| Part | Service | Description |
|---|---|---|
| A1 | Service desk | Bilingual (Chinese and English) service desk, around the clock every day of the year, by phone, portal and WeChat |
| A2 | End-user support | Remote support for all staff; on-site support at each hotel by scheduled visits and on call |
| A3 | Endpoint management | Patching, antivirus, software distribution and asset tracking for 1,150 endpoints |
| A4 | Network monitoring | Monitoring of 14 hotel networks, firewalls and Wi-Fi controllers, with alerting and first-line fault handling |
| A5 | Vendor coordination | Logging and following up faults with the Customer's carriers and equipment vendors |
| B | Transition | Inventory, tool enrolment, knowledge transfer from the current provider, runbooks, staff briefing |

## Schedule 2 - Service Levels

| Priority | Definition | Response | Resolution or workaround |
|---|---|---|---|
| P1 | Property management, front desk or payment systems down at a hotel | 15 minutes | 3 hours |
| P2 | Service degraded at a hotel, or a VIP user affected | 1 hour | 8 hours |
| P3 | Single user affected | 2 hours | 2 business days |
| P4 | Request or question | 1 business day | 5 business days |

Service credits: for each P1 incident whose response or resolution time is missed, 2% of the monthly service charge; if less than 90% of P2 and P3 incidents in a month meet their times, a further 5% of the monthly service charge. Credits in a month are capped at 20% of that month's service charge.

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Monthly service charge | CNY 48,500 per month x 36 months | 1,746,000 |
| Transition charge | one-time, after Transition Acceptance | 96,000 |
| Total contract value | Initial Term | 1,842,000 |
| Additional endpoint | per endpoint per month | 38 |
| Exit assistance and extra work | per engineer day | 2,600 |

Signed for the Customer: ____________________ Date: __________

Signed for the Provider: ____________________ Date: __________
"""

E05 = """DATA SUBSCRIPTION AND API ACCESS AGREEMENT

Agreement No. DAB-SUB-2025-027

BETWEEN

Datos Agroindustriales del Bajio, S.A. de C.V., a company incorporated in Mexico with its registered office in Santiago de Queretaro, Queretaro (the "Provider"); and

Dalian Beigang Grain Trading Co., Ltd., a company registered in Dalian, Liaoning Province, People's Republic of China (the "Customer").

BACKGROUND

The Customer imports maize, sorghum and soybean meal and needs current data on crop conditions, export prices, port line-ups and freight rates in Mexico, the United States and South America. The Provider publishes this data through its AgroPulse data service and application programming interface (API). The parties agree as follows.

1. DEFINITIONS

1.1 "Licensed Data" means the datasets listed in Schedule A as delivered through the Service, including daily price assessments, crop condition indices, port line-up reports, vessel nominations and freight rate series, with their history.

1.2 "Service" means the AgroPulse web portal, the REST API, the bulk file delivery and the related documentation.

1.3 "Customer Data" means API keys, user accounts, query logs, watch lists, portfolio files and other data that the Customer or its users provide to or create in the Service.

1.4 "Subscription Year" means the period from the date of Onboarding Acceptance to the day before its first anniversary, and then the period from that anniversary to the day before the second anniversary.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable licence, during the Subscription Term, to access the Service and to use the Licensed Data for the Customer's internal trading, risk management and reporting, by up to 25 named users and through API calls from the Customer's own systems.

2.2 The Customer may store Licensed Data in its internal systems and keep historical copies received during the Subscription Term for internal records after the Subscription Term ends, but may not resell or publish the Licensed Data as such.

2.3 The Customer may share charts and reports containing limited extracts of Licensed Data with its banks, auditors and regulators, provided the source is stated.

3. SUBSCRIPTION TERM

3.1 The Subscription Term consists of two Subscription Years. The first Subscription Year starts on the date of Onboarding Acceptance under clause 5.

3.2 The Agreement ends when the second Subscription Year ends. Any further period requires a written renewal agreement signed by both parties, with fees to be agreed at that time.

4. FEES AND PAYMENT

4.1 The subscription fee is CNY 318,000 for each Subscription Year, CNY 636,000 in total for the Subscription Term. There is no set-up fee.

4.2 The fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days after receipt of a valid invoice.

4.3 API usage above the daily call allowance in Schedule A is charged at the rates in Schedule A, invoiced quarterly in arrears.

4.4 Fees include VAT and are payable in CNY to the Provider's account in Shanghai.

5. ONBOARDING AND ACCEPTANCE

5.1 Within 30 days after signature (the "Start Date"), the Provider shall give the Customer production API credentials, portal accounts and bulk file delivery to the Customer's secure file server, and shall map the Licensed Data to the Customer's commodity codes and port names as agreed in the onboarding plan.

5.2 The Customer shall test the Service within ten business days. The acceptance criteria are: (a) every dataset in Schedule A is delivered through the API and bulk files in the formats specified there; (b) history for each price and freight series covers at least five years; (c) the mapped data loads into the Customer's risk system without manual correction for ten consecutive business days; and (d) portal accounts work for all named users.

5.3 The Customer shall confirm Onboarding Acceptance in writing when the criteria are met, or notify the failures, which the Provider shall correct before the test is repeated.

5.4 If production access under clause 5.1 is not delivered by the Start Date, or Onboarding Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay liquidated damages of CNY 450 for each day of delay, up to CNY 30,000.

6. SERVICE AND SUPPORT

6.1 The Provider will use commercially reasonable efforts to keep the Service available and to update the Licensed Data at the times stated in Schedule A.

6.2 Support is available by email and through the portal during the Provider's business hours (Monday to Friday, 08:00 to 18:00 Mexico Central Time). The Provider will use commercially reasonable efforts to answer support requests promptly.

6.3 The Provider may correct, revise or discontinue individual data series where its sources change, and shall notify the Customer before doing so. If a dataset in Schedule A is discontinued without an equivalent replacement, the fee shall be reduced in proportion.

6.4 The Provider shall announce planned maintenance on the portal in advance.

7. CUSTOMER DATA

7.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Service and shall not use it for any other purpose, including analysis of the Customer's interests or positions, in any form.

7.2 At the end of the Subscription Term, the Provider shall delete all Customer Data within 30 days and confirm the deletion in writing.

8. DATA SECURITY

8.1 The Provider shall protect Customer Data by appropriate technical and organisational measures, including encryption in transit and at rest, access restricted to named support staff, multi-factor authentication for administrative access, logging of all access and annual penetration tests by an independent firm.

8.2 The Provider shall notify the Customer of any actual or suspected unauthorised access to Customer Data or the Customer's API keys within twelve hours after becoming aware of it, revoke and reissue affected keys, and investigate and remedy the incident at its own cost.

8.3 The Provider is liable for the losses the Customer suffers from a security incident caused by the Provider's breach of this clause 8.

8.4 Where Customer Data includes personal information of the Customer's employees, the Provider shall process it in accordance with the Personal Information Protection Law of the People's Republic of China.

9. INTELLECTUAL PROPERTY

9.1 The Provider and its licensors own the Licensed Data, the Service and all related intellectual property.

9.2 The commodity and port mappings, custom feed formats and report templates prepared for the Customer during onboarding, and all analyses, models and reports that the Customer creates using the Licensed Data, belong to the Customer, which may use, modify and have them used by third parties freely.

10. WARRANTIES

10.1 The Provider warrants that it has the right to license the Licensed Data and that the Licensed Data is compiled with reasonable skill and care from the sources described in Schedule A.

10.2 The Licensed Data is market information. The Provider does not warrant that it is free of errors and is not responsible for trading decisions made by the Customer. The Provider shall correct errors of which it becomes aware.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150% of the total fees for the Subscription Term.

11.2 This limit does not apply to breach of clauses 7 and 8, infringement of intellectual property rights, fraud or wilful misconduct.

11.3 Neither party is liable for loss of profits or indirect loss.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice.

12.2 If the Customer terminates under clause 12.1, the Provider shall refund the unused part of the fee for the current Subscription Year.

12.3 If the Provider terminates under clause 12.1, the Customer's right to use Licensed Data received before termination for internal records remains.

13. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules. The award is final.

14. GENERAL

14.1 This Agreement, with Schedule A, is the entire agreement between the parties on its subject and may be amended only in writing signed by both parties.

14.2 Neither party may assign this Agreement without the other party's prior written consent.

14.3 Notices shall be sent to the addresses above by courier or by email with confirmation.

SCHEDULE A - DATASETS AND USAGE

A.1 Daily export price assessments for maize, sorghum and soybean meal at Veracruz, Gulf of Mexico, Santos, Paranagua and Rosario, published by 20:00 Mexico Central Time on each trading day.

A.2 Weekly crop condition indices for Mexico, the United States, Brazil and Argentina by state or province.

A.3 Daily port line-up and vessel nomination reports for the ports listed in A.1.

A.4 Weekly ocean freight rate series for Panamax and Supramax routes from those ports to Dalian, Qingdao and Shekou.

A.5 Daily API call allowance: 50,000 calls. Calls above the allowance: CNY 0.02 per call.

Signed for the Provider: ____________________

Signed for the Customer: ____________________
"""

TEXT = {"z03": Z03, "z04": Z04, "z05": Z05, "e02": E02, "e04": E04, "e05": E05}
MARKUP = {"z01": Z01, "z02": Z02, "e01": E01, "e03": E03}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", sla_clause=True, ld_stated=True, capped=None,
            deemed=False, fee_base=None, forum_outside=False)


def d(**kw):
    x = dict(BASE)
    x.update(kw)
    return x


# value, price lines (must sum to value), terms, design list of rules
DESIGN = {
    "z01": d(file="h626z01_hydrology_monitoring_platform.pdf", lang="zh", category="software", kind="goods_or_licence",
             value=2020000, lines=[1180000, 640000, 126000, 74000], pay=[404000, 909000, 707000],
             availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
             final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8, capped=True,
             fee_base=1180000, governing_law=None, rules=[]),
    "z02": d(file="h626z02_wire_rope_stranding_line_retrofit.docx", lang="zh", category="hardware",
             kind="goods_or_licence", value=1840000, lines=[468000, 612000, 186000, 96000, 238000, 214000, 26000],
             pay=[368000, 1012000, 460000], p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
             prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=6, post_warranty_fee_pct=22,
             capped=True, fee_base=1600000,
             rules=["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "z03": d(file="h626z03_tea_chain_retail_saas.txt", lang="zh", category="cloud", kind="service", value=694000,
             lines=[198000 * 2, 86000 * 2, 126000], availability_pct=99.5, p1_response_hours=0.25,
             buyer_owns_data=False, ld_rate_per_day_pct=500 / 694000 * 100, auto_renewal_price_increase=True,
             subcontract_without_consent=None,
             rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": d(file="h626z04_petition_bureau_system_om.txt", lang="zh", category="services", kind="service",
             value=486000, lines=[312000, 78000, 64000, 32000], availability_pct=99.95, p1_response_hours=20 / 60,
             ld_rate_per_day_pct=0.03, subcontract_without_consent=True, rules=["CR-LD-LOW", "CR-SUBCONTRACT"]),
    "z05": d(file="h626z05_hotpot_base_production_records_supplier_template.md", lang="zh", category="software",
             kind="goods_or_licence", value=730000, lines=[368000, 286000, 58000, 18000], pay=[474500, 255500],
             p1_response_hours=8, sla_remedy=False, ip_owner="supplier", liability_cap_pct=20, prepayment_pct=65,
             acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=3, capped=False,
             subcontract_without_consent=None, governing_law=None, ld_stated=False, deemed=True, fee_base=368000,
             rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                    "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": d(file="h626e01_quality_management_licence_guadalajara_vendor.pdf", lang="en", category="software",
             kind="goods_or_licence", value=1830000, lines=[1260000, 420000, 92000, 58000],
             pay=[366000, 823500, 640500], p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
             prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
             capped=True, fee_base=1260000, governing_law="Mexico", forum_outside=True, rules=["CR-GOVERNING-LAW"]),
    "e02": d(file="h626e02_tms_saas_order_form_monterrey_vendor.md", lang="en", category="cloud", kind="service",
             value=760000, lines=[84000 * 8, 88000], availability_pct=99.95, p1_response_hours=0.5,
             ld_rate_per_day_pct=600 / 760000 * 100, liability_cap_pct=6 / 24 * 100,
             subcontract_without_consent=True, rules=["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "e03": d(file="h626e03_condition_monitoring_sensors_puebla_supplier.docx", lang="en", category="hardware",
             kind="goods_or_licence", value=1860000, lines=[936000, 222000, 146000, 368000, 164000, 24000],
             pay=[186000, 1023000, 651000], p1_response_hours=2, ld_rate_per_day_pct=0.6 / 7, liability_cap_pct=200,
             prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
             capped=True, fee_base=1672000, rules=[]),
    "e04": d(file="h626e04_hotel_group_managed_it_services_merida_provider.md", lang="en", category="services",
             kind="service", value=1842000, lines=[48500 * 36, 96000], p1_response_hours=0.25,
             ld_rate_per_day_pct=1200 / 1842000 * 100, liability_cap_pct=150, data_security_clause=False,
             termination_for_breach=False, rules=["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "e05": d(file="h626e05_grain_market_data_api_queretaro_provider.txt", lang="en", category="cloud", kind="service",
             value=636000, lines=[318000, 318000], sla_clause=False, sla_remedy=False, confidentiality=False,
             ld_rate_per_day_pct=450 / 636000 * 100, liability_cap_pct=150, subcontract_without_consent=None,
             rules=["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(x):
    """Policy section 4: horizon 5 years from acceptance, post-warranty years = 5 - warranty years."""
    if x["kind"] != "goods_or_licence" or x["post_warranty_fee_pct"] is None or x["warranty_months"] is None:
        return None
    years = max(0.0, 5 - x["warranty_months"] / 12)
    fees = years * x["post_warranty_fee_pct"] / 100 * x["fee_base"]
    return fees / (x["value"] + fees) * 100


def derive(x):
    """My reading of policy section 3 applied to the labels."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if x["availability_pct"] is not None and x["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if x["p1_response_hours"] is None or x["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not x["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if x["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not x["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if x["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not x["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif x["ld_rate_per_day_pct"] is not None and x["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if x["liability_cap_pct"] is not None and x["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if x["prepayment_pct"] is not None and x["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not x["acceptance_clause"] or x["deemed"] or x["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if x["kind"] == "goods_or_licence":
        if x["warranty_months"] is None or x["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if x["post_warranty_fee_pct"] is None or not x["capped"] or x["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(x)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if x["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not x["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if x["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if x["governing_law"] not in (None, "PRC") or x["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def label(x):
    terms = {k: x[k] for k in TERM_KEYS if k != "contract_kind"}
    terms["contract_kind"] = x["kind"]
    extra = {"sla_clause": x["sla_clause"], "ld_stated": x["ld_stated"]}
    if x["kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = x["capped"]
    extra["acceptance_deemed_on_delivery"] = x["deemed"]
    extra["contract_value"] = x["value"]
    return {"file": x["file"], "language": x["lang"], "category": x["category"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": x["rules"]}


# ---- thresholds: no label value on one, no text stating one ----
CN_DIGIT = "一二三四五六七八九十〇零两"
PATTERNS = [
    r"99\.90*(?![0-9])", r"九十九点九(?![%s])" % CN_DIGIT,
    r"(?<![0-9.])4\s*(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![%s])四个?小时" % CN_DIGIT, r"\bfour\s*(?:\(4\)\s*)?hours?",
    r"(?<![0-9.])0\.050*\s*(?:%|percent|per\s*cent)", r"万分之五(?![十])", r"(?<![0-9.])0\.00050*(?![0-9])",
    r"(?<![0-9.,])100\s*(?:%|percent|per\s*cent)", r"百分之(?:一)?百", r"\bone\s*hundred\s*per\s*cent",
    r"(?<![0-9.])30\s*(?:%|percent|per\s*cent)", r"百分之三十(?![%s])" % CN_DIGIT, r"\bthirty\s*per\s*cent",
    r"(?<![0-9.])12\s*(?:个月|-?\s*months?)", r"(?<![%s])十二个月" % CN_DIGIT, r"\btwelve\s*(?:\(12\)\s*)?(?:calendar\s*)?months?",
    r"\bone[-\s]*year\b", r"(?<![第每十])一年(?!度)", r"壹年",
    r"(?<![0-9.])15\s*(?:%|percent|per\s*cent)", r"百分之十五(?![%s])" % CN_DIGIT, r"\bfifteen\s*per\s*cent",
    r"(?<![0-9.])40\s*(?:%|percent|per\s*cent)", r"百分之四十(?![%s])" % CN_DIGIT, r"\bforty\s*per\s*cent",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4 hours", "4小时", "四小时", "4h ", "0.05%", "0.05 %", "万分之五", "100%", "100 %",
            "百分之百", "30%", "百分之三十", "12 months", "12个月", "十二个月", "twelve months", "one-year", "一年",
            "15%", "百分之十五", "40%", "百分之四十", "within4hours", "12-month"]
MUST_MISS = ["99.95%", "99.99%", "24 hours", "24小时", "14 hours", "0.08%", "万分之三", "万分之八", "150%", "200%",
             "1,100%", "130%", "35%", "百分之三十五", "112 months", "18 months", "二十四个月", "第一年度", "每年",
             "115%", "2.15%", "45%", "百分之四十五", "10%", "20%"]


def check_regex():
    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    check_regex()
    targets = {k: (DESIGN[k]["file"], DESIGN[k]["file"].rsplit(".", 1)[1]) for k in MARKUP}
    write(MARKUP, targets, OUT, wrap_words=True)
    for k, t in TEXT.items():
        (OUT / DESIGN[k]["file"]).write_text(t, encoding="utf-8")
        print("wrote", DESIGN[k]["file"])
    fired = set()
    for k, x in DESIGN.items():
        assert x["file"].startswith("h626" + k + "_")
        assert sum(x["lines"]) == x["value"], k
        if "pay" in x:
            assert sum(x["pay"]) == x["value"], k
        for key, th in THRESH.items():
            if x[key] is not None:
                assert abs(x[key] - th) > 1e-9, (k, key)
        share = tco_share(x)
        if share is not None:
            assert abs(share - 40) > 2, (k, share)
        got = derive(x)
        assert got == sorted(x["rules"]), (k, got, x["rules"])
        fired.update(got)
        text = read_back(OUT / x["file"])
        if x["lang"] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(form)
            assert not m, (k, m.group(0), form[max(0, m.start() - 30):m.end() + 30])
        stem = x["file"].rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(label(x), ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s %-5s %5d  share=%s  %s  %s" % (k, x["lang"], n, None if share is None else round(share, 1),
                                                  risk(got), ", ".join(got) or "(none)"))
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    n_many = len(DESIGN["z05"]["rules"])
    assert 8 <= n_many <= 10
    print("all checks passed")


if __name__ == "__main__":
    main()
