"""holdout956: builds the ten drafts from the sources below, writes the .json labels and asserts the checks.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市殡葬服务价格监管平台建设项目合同
P:合同编号：MZJ-ZFCG-2026-047
P:采购人（甲方）：某市民政局
P:供应商（乙方）：某信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就市殡葬服务价格监管平台建设项目（以下简称“本项目”）订立本合同，双方共同遵守。本合同采用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供殡葬服务价格监管平台软件永久使用许可，并按甲方需求完成定制开发，包括殡仪服务机构收费目录公示、基本殡葬服务价格备案、收费明细核查、群众投诉与办理跟踪、价格监测分析看板等模块。
P:1.2 乙方负责完成平台与全市殡仪馆、公墓管理系统的数据对接，以及与市政务服务平台统一身份认证的接口开发，并负责部署、初始化配置和人员培训。
P:1.3 需求规格说明书、招标文件技术要求及乙方投标文件为本合同组成部分；内容不一致时，以对甲方更有利者为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰肆拾肆万元整（¥1,440,000.00），其中：平台软件许可费¥680,000；定制开发费¥520,000；数据对接费¥150,000；部署实施及培训费¥90,000。
P:2.2 合同总价为固定价格，已包含软件许可、开发、对接、税费、差旅及质保期内全部服务费用，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的合法发票后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥288,000。
P:3.2 平台部署完成并通过初验后，甲方支付合同总价的45%，即¥648,000。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%，即¥504,000。
P:3.4 甲方按照财政资金支付程序办理付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应在合同签订后九十日内完成部署及初验准备，在初验后六十日试运行期满时申请最终验收。
P:4.2 乙方应按照甲方确认的项目计划提交周报，关键节点延误的，应提前书面说明原因及补救措施。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须具备同类政务平台建设经验，未经甲方同意不得更换；甲方认为人员不能胜任的，乙方应在七日内更换。
P:4.4 乙方应为甲方及各区县民政部门业务人员提供不少于三期集中培训，并为殡仪服务机构填报人员提供线上操作培训及操作手册。
H:第五条 验收
P:5.1 初验标准：需求规格说明书所列功能全部实现；与各殡仪馆、公墓系统的数据对接连续七日无差错；二百名用户并发访问时页面响应时间不超过3秒；第三方网络安全测评无高危漏洞。
P:5.2 最终验收标准：试运行期间未发生一级故障；收费数据与抽查样本逐条比对一致；乙方交付源代码、接口文档、运维手册和培训记录；甲方组织专家评审并出具验收报告。
P:5.3 验收所需的第三方测评费用由乙方承担，甲方组织专家评审的费用由甲方承担。
P:5.4 平台上线、试运行或甲方实际使用，均不视为验收合格；验收未通过的，乙方应在十五日内整改并重新申请验收。
H:第六条 质量保证
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程和现场技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年维护费不高于平台软件许可费的8%，即每年不超过¥54,400，质保期满后三个年度内不得上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%，计划内维护应提前三个工作日通知甲方并安排在夜间进行。
P:7.2 一级故障（平台无法访问或价格公示中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 响应或恢复超时的，每超时一小时甲方扣除服务费¥800；月可用率每低于承诺值0.01个百分点，扣除¥1,500，从应付款或维护费中抵扣。
H:第八条 知识产权
P:8.1 本项目定制开发形成的软件、源代码、接口程序、数据库设计及文档，其知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和许可使用。
P:8.2 平台标准产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证交付成果不侵犯任何第三方权利。
H:第九条 数据安全
P:9.1 平台汇集的殡葬服务机构信息、收费数据、群众投诉及个人信息均属于甲方所有，乙方仅可为履行本合同使用，不得用于任何其他目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、加密存储、操作审计等措施，运维操作须经堡垒机进行，不得将数据复制出甲方网络。
P:9.3 乙方人员须签署保密及数据安全承诺书，离场时交回全部账号和介质；测试环境只能使用经甲方脱敏处理的数据，测试结束后立即删除。
P:9.4 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、业务资料和技术资料负有保密义务，未经甲方书面同意不得向第三方披露，保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期完成初验或最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合约定且逾期未整改的，甲方有权要求继续履行、更换或解除合同，并要求乙方赔偿损失。
H:第十二条 分包
P:12.1 乙方不得转包本项目。确需将非主体、非关键性工作分包的，须事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方返还已付款项、赔偿损失。
P:13.2 合同解除后，乙方应在十日内移交已完成的开发成果、源代码和全部数据，并配合甲方完成平台迁移，不得以任何理由扣留。
P:13.3 因不可抗力致使合同目的无法实现的，任何一方均可解除合同，双方互不承担违约责任。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力与通知
P:15.1 因不可抗力不能履行合同的，受影响一方应在三日内书面通知对方，并在十五日内提供证明，双方协商调整履行期限。
P:15.2 双方指定的联系人及联系方式见附件，任何一方变更联系人的，应提前书面通知对方；按指定地址送达的通知视为已送达。
H:第十六条 其他
P:16.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份，具有同等法律效力。
P:16.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力；补充协议不得改变政府采购合同的实质性条款。
P:16.3 附件：需求规格说明书、分项报价表、项目实施计划、验收方案。
P:甲方（盖章）：__________　乙方（盖章）：__________
P:签订日期：2026年__月__日
"""

Z02 = """T:生产线控制系统改造项目合同
P:合同编号：HLC-GZ-2026-019
P:甲方（买方）：某壶铃制造有限公司
P:乙方（卖方）：某自动化工程有限公司
P:甲方拟对铸造、打磨和喷涂三条壶铃生产线的电气控制系统进行改造，乙方经甲方比选确定为承包单位。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责提供并安装PLC控制柜、伺服驱动系统、变频器、工业触摸屏、现场传感器及产线数据采集软件，拆除旧控制柜，完成三条产线的电气改造、程序编写、联调和试生产。
P:1.2 乙方负责编写铸造浇注定量、打磨工位联动、喷涂线速度与烘道温度闭环控制等PLC程序和HMI画面，并将采集数据接入甲方现有生产管理系统。
P:1.3 改造施工应安排在甲方指定的停产窗口内进行，每条产线停线时间不得超过十日。
P:1.4 乙方提供的设备应为原厂全新产品，型号、规格和数量以附件设备清单为准；乙方拟采用同等档次替代型号的，须事先取得甲方书面确认，且价格不作上调。旧控制柜及拆除的电缆归甲方所有，由乙方清点后移交甲方仓库。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰玖拾陆万元整（¥1,960,000），分项价格如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU及I/O模块）|6套|118,000|708,000
TB:2|伺服驱动系统|18套|21,000|378,000
TB:3|变频器|24台|6,500|156,000
TB:4|工业触摸屏|9台|14,000|126,000
TB:5|产线数据采集软件许可|1套|232,000|232,000
TB:|软硬件小计|||1,600,000
TB:6|拆除、安装及电气改造施工|1项|260,000|260,000
TB:7|程序调试、试生产及培训|1项|100,000|100,000
TB:|合同总价|||1,960,000
P:2.2 上述价格含设备、软件、运输、保险、安装、调试、培训及税费。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%，即¥392,000。
P:3.2 设备到货并完成安装后，甲方支付合同总价的45%，即¥882,000。到货安装不视为验收。
P:3.3 三条产线全部通过最终验收后，甲方支付合同总价的35%，即¥686,000。
P:3.4 乙方每次收款前应开具等额增值税专用发票。
H:第四条 交货与工期
P:4.1 乙方应在合同生效后四十五日内将全部设备运至甲方厂区，并在到货后六十日内完成三条产线的改造和调试。
P:4.2 乙方施工人员应遵守甲方的安全生产、动火作业和厂区管理制度，因乙方原因造成的安全事故由乙方负责。
P:4.3 甲方负责提供施工所需的场地、临时电源和压缩空气，安排停产窗口，并指定一名设备主管作为现场联系人，负责协调生产部门与乙方的工作。
P:4.4 乙方应在进场前提交施工组织方案、停线切换方案和应急回退方案，经甲方设备部审核后实施。每条产线改造前，乙方应对原控制程序和参数进行完整备份；改造失败时应能在十二小时内恢复原有控制方式，保证甲方生产订单不受影响。
P:4.5 乙方应每周提交工程进度报告，说明已完成工作、存在问题和下周计划；进度落后的，乙方应增加人员或调整工序，由此产生的费用由乙方承担。
H:第五条 验收
P:5.1 每条产线改造完成后进行七十二小时连续试生产，验收标准为：控制系统无停机性故障；浇注定量误差不超过±1%；喷涂烘道温度偏差不超过±3℃；采集数据与现场仪表读数逐点核对一致；操作人员能独立完成开停机及换型。
P:5.2 三条产线均通过单线验收后，双方签署最终验收报告。试生产或甲方投入使用均不代表验收合格。
P:5.3 验收时乙方应交付：电气原理图和接线图、PLC程序及HMI画面源文件、设备说明书和合格证、参数设置清单、操作及维护手册、培训记录。资料不全的，视为未具备验收条件。
P:5.4 验收不合格的，乙方应在十日内整改并重新组织验收，因整改增加的费用由乙方承担。
P:5.5 乙方应对甲方电工、设备维修人员和产线操作工分批进行培训，内容包括系统原理、日常操作、换型设置、常见故障判断和程序备份恢复，培训总时长不少于四十学时，考核合格后方可上岗。乙方应随设备提供随机备件，并提供推荐备件清单及价格，推荐备件价格在质保期满后两个年度内不得上调。
H:第六条 质保与维保
P:6.1 质保期为六个月，自最终验收之日起计算。质保期内乙方免费更换故障部件并提供程序修改服务。
P:6.2 质保期满后，乙方提供年度维保服务，年维保费按软硬件小计的22%计取，即每年¥352,000，在维保期内固定不变，甲方按年度支付。
P:6.3 一级故障（整条产线停机）乙方应在1小时内响应，6小时内到场处理；二级故障8小时内响应。每超时一小时，乙方向甲方支付¥500。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、HMI画面、数据接口程序及其源文件归甲方所有，乙方应在验收时交付完整备份，甲方可自行修改和使用。
P:7.2 PLC、触摸屏内置软件及数据采集软件的知识产权归其权利人，甲方获得永久使用许可。
H:第八条 数据安全与保密
P:8.1 产线运行数据、工艺参数和质量数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方应对项目中使用的笔记本电脑、编程器和移动存储介质进行病毒查杀，接入甲方工控网络前须经甲方检查；改造完成后，乙方应关闭调试账号，将全部密码移交甲方。
P:8.3 乙方远程维护须经甲方审批并通过甲方指定的安全通道进行，不得私自开设远程端口；发生数据泄露或网络安全事件的，乙方应在2小时内通知甲方并承担因此造成的损失。
P:8.4 双方对在履约过程中获知的对方技术秘密和商业秘密负有保密义务，保密期限至合同终止后三年。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:9.2 因乙方原因造成甲方产线停产的，乙方应赔偿甲方的直接损失。
P:9.3 乙方提供的设备为翻新件、非原厂件或与约定型号不符的，甲方有权要求乙方限期更换，并由乙方承担由此产生的全部费用和延误责任。
P:9.4 甲方逾期付款的，应按未付金额的万分之二每日向乙方支付逾期付款违约金。
H:第十条 分包
P:10.1 乙方如需将电气安装施工分包，须事先取得甲方书面同意，并对分包单位的工作质量和安全负责。
H:第十一条 解除
P:11.1 乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同，乙方应返还已收款项并赔偿损失。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交甲方所在地仲裁委员会仲裁。
H:第十三条 不可抗力
P:13.1 因地震、洪水、疫情等不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供有关证明，双方协商延长履行期限或变更合同。
H:第十四条 其他
P:14.1 双方往来的通知以书面形式送达合同首页所列地址，以电子邮件发送的，以发出后次一工作日视为送达。
P:14.2 本合同附件包括：技术协议、设备清单、施工组织方案、验收方案，附件与本合同具有同等效力。
P:14.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：__________　乙方：__________
"""

Z03 = """体适能训练门店预约及会员管理系统服务合同

合同编号：TSN-IT-2026-112
甲方（客户）：某体适能训练连锁管理有限公司
乙方（服务商）：某云软件科技有限公司

甲方在全国经营30家体适能训练门店，拟采用乙方的课程预约及会员管理SaaS服务，并委托乙方完成实施。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方30家门店提供课程预约、私教排期、会员卡管理、体测数据记录、储值与消费核销、营销活动及经营报表等SaaS功能，开通总部账号及各门店账号。
2. 服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起计算，第二个服务年度紧接其后。
（二）实施服务
1. 乙方负责将甲方现有会员档案、剩余课时和储值余额迁移至新系统，并完成与甲方微信小程序、门禁闸机和财务系统的接口开发。
2. 乙方为甲方定制会员小程序预约页面及总部经营驾驶舱，并培训门店店长、前台和教练。
3. 乙方应编制实施计划，明确数据迁移、接口联调、试点上线和全面推广的时间节点，并指定实施经理一名，全程负责项目推进。实施经理应每周向甲方报告进度，未经甲方同意不得更换。
（三）服务期内支持服务
1. 乙方提供7×24小时故障受理热线和在线工单渠道，工作日另提供专属客户成功经理，每季度与甲方召开一次服务回顾会议。
2. 乙方每季度至少发布一次功能更新，更新内容应提前十日告知甲方；涉及门店操作流程变化的，乙方应提供操作说明和线上培训。
3. 甲方新开门店的，乙方应在收到通知后五个工作日内完成账号开通、闸机对接和店员培训。

二、费用
（一）实施费为人民币86,000元，为一次性费用。
（二）订阅费按门店计收，每店每个服务年度9,800元，30家门店每个服务年度合计294,000元，两个服务年度合计588,000元。
（三）合同总价为人民币674,000元。
（四）上述费用已包含短信通知、电子合同签署及小程序托管费用，乙方不得另行收取。
（五）服务期内新增门店的，按相同单价按剩余月数折算计费，不计入本合同总价。

三、付款
（一）实施费在系统上线验收合格后十五个工作日内支付。
（二）每个服务年度的订阅费在该服务年度开始后十五个工作日内一次性支付。
（三）乙方应在收款前开具增值税专用发票。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成数据迁移、接口开发和试点门店上线，六十日内完成全部门店上线。
（二）上线验收标准：
1. 会员档案、剩余课时和储值余额迁移后与原系统逐条核对一致；
2. 小程序预约、排课、签到核销和门禁联动在试点门店连续运行十日无一级故障；
3. 财务接口对账结果与门店收银记录一致；
4. 高峰时段五百人同时预约时，页面响应时间不超过2秒。
（三）甲方在收到验收申请后十日内组织验收并出具书面意见；门店开始使用不视为验收合格。
（四）验收不合格的，乙方应在七日内完成整改并重新提交验收；因整改导致上线延期的，按本合同第十条处理。
（五）迁移期间，乙方应保证旧系统与新系统并行运行，会员在任一系统中的预约和消费均能被正确记录，迁移完成前不得关闭旧系统的数据接口。

五、甲方责任
（一）甲方应按时提供会员档案、课时余额、门店信息和接口资料，并保证其来源合法。
（二）甲方应指定项目负责人及各门店联系人，及时确认需求和测试结果。
（三）甲方应按约定支付费用，并妥善保管管理员账号和密码。

六、服务水平
（一）系统月可用率不低于99.5%，计划内维护应安排在凌晨零点至六点之间并提前通知甲方。
（二）一级故障（全部门店无法预约或核销）乙方应在30分钟内响应，3小时内恢复；二级故障2小时内响应，当日解决。
（三）月可用率低于承诺值的，按当月订阅费的5%向甲方提供服务抵扣；每低一个百分点，再增加5%。响应超时的，每次扣减1,000元。

七、知识产权
（一）SaaS平台及其标准功能的知识产权归乙方。
（二）乙方为甲方定制的小程序页面、经营驾驶舱、接口程序及相关文档归甲方所有，乙方应交付源代码，甲方可自行或委托他人修改和使用。

八、数据
（一）会员个人信息、体测数据、交易记录等业务数据归甲方所有。
（二）乙方有权将会员数据进行去标识化处理后用于其产品改进、算法训练及行业分析报告，该权利在合同终止后继续有效。
（三）乙方应采取加密传输与存储、权限分级、操作日志留存等安全措施，数据存储于中国境内；发生数据泄露的，乙方应在24小时内通知甲方，并承担由此造成的损失。
（四）乙方应协助甲方在小程序中设置会员隐私政策和授权页面，体测数据等敏感个人信息仅在会员单独同意后采集；会员申请查询、更正或注销账户的，乙方应在五个工作日内完成技术处理。
（五）乙方应每日对业务数据进行备份，备份数据至少保存三十日，并每半年进行一次恢复演练，演练结果书面报告甲方。
（六）合同终止后三十日内，乙方应将全部业务数据以通用格式交还甲方并删除其系统中的副本。

九、保密
双方对在合作中知悉的对方商业秘密、会员资料和经营数据负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后继续有效。

十、违约责任
（一）乙方未按期完成全部门店上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方原因导致会员预约或储值数据错误的，乙方应负责更正，并赔偿甲方因此向会员退款或补偿的费用。
（三）乙方对本合同项下的累计赔偿责任以合同总价的150%为限，但因故意、重大过失或数据泄露造成的损失不受此限。

十一、续期
服务期届满后，本合同自动续期一个服务年度，依此类推。乙方有权于续期前三十日通知甲方调整订阅单价，甲方未在续期前书面提出异议的，按调整后的单价计费。

十二、分包
乙方不得将本合同项下的实施或运维工作分包给第三方，但经甲方书面同意的除外。

十三、解除
（一）乙方严重违约且经甲方书面通知后十五日内未纠正的，甲方有权解除本合同，并要求乙方退还已付但未使用期间的订阅费。
（二）甲方逾期付款超过六十日，经乙方书面催告后十五日内仍未支付的，乙方可暂停服务，但应提前通知甲方并保证会员数据完整。
（三）合同因任何原因终止的，乙方应提供不少于三十日的过渡期，保证甲方门店正常营业，并配合甲方将数据迁移至新的系统。

十四、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，由甲方所在地人民法院管辖。

十五、不可抗力
因自然灾害、疫情防控措施、公共网络或电力大面积中断等不可抗力导致服务中断的，受影响方应及时通知对方，并在不可抗力影响消除后尽快恢复服务；不可抗力期间不计入可用率统计，但乙方应启动应急预案，保证会员数据不丢失。

十六、其他
（一）本合同附件包括：功能清单、实施计划、接口说明、服务水平考核办法，附件与本合同具有同等效力。
（二）双方的通知应以书面形式发送至本合同首页载明的联系地址或双方确认的电子邮箱。
（三）本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：__________　　乙方（盖章）：__________
日期：2026年__月__日
"""

Z04 = """供水管网压力监测系统运维服务合同
（竞争性磋商项目）

项目编号：SWJ-CS-2026-033
采购人（甲方）：某市水务局
成交供应商（乙方）：某环境监测技术服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就供水管网压力监测系统运维服务订立本合同。

第一条 服务范围
1.1 运维对象：全市供水管网压力监测系统，包括分布于主干管网的压力监测点、流量监测点、远传终端及供电设备，监测中心平台软件、服务器和数据库，以及与供水调度系统的数据接口。
1.2 服务内容：监测点设备季度巡检与校准；故障设备维修、更换；远传终端通信保障；平台软件运行维护、数据备份和安全加固；每月数据质量分析；汛期及重大保障期间的驻场值守。
1.3 服务期：自2027年1月1日起至2027年12月31日止。
1.4 乙方应在服务期开始前完成与上一服务商的交接，对全部监测点逐一现场核查，建立设备台账和问题清单，并于服务期开始后二十日内提交运维实施方案，经甲方确认后执行。
1.5 乙方应储备不少于监测点总数5%的压力变送器和远传终端作为备品，备品型号应与现场设备一致或经甲方确认兼容；更换下的旧设备应登记后交回甲方。

第二条 服务费用与支付
2.1 服务费用总额为人民币捌拾叁万陆仟元整（¥836,000），包括人工、交通、仪器、常用备品备件、通信费及税费。
2.2 服务费用按季度支付，每季度¥209,000。每季度结束后，甲方组织季度考核，考核合格后十五个工作日内支付该季度费用。
2.3 乙方申请付款时，应提交季度运维报告、考核结果确认单和合法有效的发票；资料不全的，甲方付款期限相应顺延。
2.4 单件价值超过五千元的设备更换，由乙方报价，经甲方书面确认后另行结算，不计入本合同总价。

第三条 服务水平
3.1 监测中心平台月可用率不低于99.95%。
3.2 故障分级及时限：一级故障（平台中断或十个以上监测点同时离线）30分钟内响应，2小时内到场，8小时内恢复；二级故障（单个监测点离线或数据异常）2小时内响应，48小时内修复；三级故障在下次巡检时处理。
3.3 乙方应保证压力数据回传间隔符合监测平台设定，压力读数与现场校准表偏差在允许范围内，超出的应在下一个工作日内校准。
3.4 未达到上述服务水平的，按季度考核办法扣减服务费：一级故障响应或恢复每超时一小时扣减¥1,000；平台月可用率每低于承诺值0.01个百分点扣减¥2,000；单个监测点修复每超时一日扣减¥300。

第四条 考核与验收
4.1 季度考核内容包括：巡检及校准记录完整性、故障处理时限、监测数据完整率、用户投诉处理情况，考核细则见附件二。
4.2 服务期满后，甲方组织年度验收，验收标准为：四个季度考核均合格；设备台账、巡检记录、校准证书和运维报告齐全；监测点设备完好率符合附件二要求；平台及数据库完整移交。
4.3 乙方每月5日前提交上月运维月报，内容包括监测点在线情况、故障处理统计、数据质量分析、压力异常区域预警和改进建议；月报应附原始工单记录，甲方可对工单进行抽查回访。
4.4 季度考核不合格的，乙方应在十日内整改，整改后仍不合格的，甲方可扣减该季度费用的10%。

第五条 人员要求
5.1 乙方应配备项目负责人一名、平台运维工程师两名、现场维护人员六名，并在汛期安排二十四小时值班。
5.2 乙方人员变更须提前七日书面告知甲方并经甲方认可。
5.3 现场维护人员进入泵站、阀门井等有限空间作业的，应持证上岗，执行作业审批、通风检测和专人监护制度，乙方应为其人员购买意外伤害保险；因乙方违反安全规程造成的人身伤害或财产损失由乙方承担。
5.4 乙方应建立运维工单制度，故障受理、派单、处理、回访全过程在监测平台中留痕，甲方可随时查询。

5.5 遇管网爆管、极端天气、重大活动保障等情况，乙方应按甲方指令在1小时内增派人员到达指定地点，配合开展压力监测和数据分析，并每两小时向甲方报送一次监测简报。
5.6 乙方应每半年参加一次甲方组织的供水应急演练，并根据演练结果完善运维应急预案。

第六条 数据安全
6.1 监测数据、设备台账、管网信息及平台中的全部数据归甲方所有，乙方不得用于本合同以外的任何用途。
6.2 管网位置等数据属于敏感信息，乙方应严格执行甲方网络安全管理制度，远程运维须通过甲方堡垒机并全程审计，不得将数据导出或存储于外部设备。
6.3 发生数据泄露、篡改或网络安全事件的，乙方应在1小时内报告甲方，并配合处置；因乙方原因造成损失的，由乙方承担赔偿责任。

第七条 保密
乙方对在服务中知悉的管网布局、调度数据及甲方工作秘密负有保密义务，不得向任何第三方泄露；合同终止后保密义务继续有效。

第八条 知识产权
乙方在运维过程中形成的巡检报告、数据分析报告、运维脚本和配置文档，其知识产权归甲方所有，乙方应在每季度末向甲方提交完整副本，甲方可自行修改或交由其他单位使用。

第九条 分包
乙方可以将郊区监测点的现场巡检和设备更换工作分包给具有相应能力的单位，但应提前五个工作日书面告知甲方分包单位名称及人员名单，并对分包工作承担全部责任。

第十条 违约责任
10.1 乙方未按约定时间完成季度巡检、校准或年度设备更换计划的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
10.2 因乙方运维不当造成监测数据大面积缺失或设备损坏的，乙方应负责修复并赔偿甲方损失；造成供水调度决策失误的，乙方还应配合甲方调查并承担相应责任。

第十一条 合同解除
11.1 乙方连续两个季度考核不合格，或有其他严重违约行为且经书面催告后十日内未改正的，甲方有权解除合同，并按实际服务期间结算费用。
11.2 合同解除的，乙方应在十日内完成运维资料、账号、备品和工具的移交，并配合甲方或新服务商平稳交接，交接期间不得中断监测数据的采集与回传。

第十二条 合同期满
服务期满本合同自然终止，不自动续期。合同终止时，乙方应移交全部运维资料、账号和备件清单，并配合新服务商完成交接。

第十三条 争议解决
本合同的订立、履行和解释适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十四条 甲方责任
14.1 甲方应向乙方提供监测系统原始建设资料、设备清单和平台管理账号，协调泵站、阀门井等现场的进入许可。
14.2 甲方应按约定组织考核并及时支付服务费用；对乙方提交的设备更换报价，甲方应在五个工作日内答复。

第十五条 不可抗力
因地震、洪涝、台风等不可抗力或第三方施工破坏造成设备损毁的，乙方应及时报告并组织抢修，相关设备费用由双方据实协商，不计入乙方的故障修复时限考核。

第十六条 其他
本合同附件包括：磋商文件、响应文件、考核办法、监测点清单。本合同一式五份，甲方三份，乙方两份，自双方签章之日起生效。

甲方（盖章）：__________　　乙方（盖章）：__________
签订日期：2026年__月__日
"""

Z05 = """# 工艺追溯管理软件许可及定制开发合同

**匠链软件标准合同文本 V3.0**

合同编号：JL-HT-2026-0588

甲方（用户）：某银花丝工作室

乙方（开发方）：某匠链软件科技有限公司

鉴于甲方需要对银花丝制品从选料、拔丝、掐丝、填丝、焊接、清洗到成品的全过程进行记录和追溯，乙方同意向甲方提供工艺追溯管理软件及定制开发服务。双方依据《中华人民共和国民法典》，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“匠链工艺追溯管理软件”标准版的使用许可，许可方式为永久许可，限甲方本工作室内部使用。

1.2 乙方按甲方需求开发以下定制功能：花丝工序节点配置、工匠扫码报工、银料领用与损耗核算、作品档案及证书生成、作品溯源查询页面。

1.3 乙方负责在甲方电脑及移动终端上部署软件，并对甲方工匠和管理人员进行操作培训。

1.4 软件标准版包含以下模块：基础资料管理、工序流转、扫码报工、物料管理、质检记录、统计报表和系统管理。标准版功能以乙方产品说明书为准，乙方有权对标准版功能进行调整和升级。

1.5 许可范围为一个工作室、不超过二十个用户账号、不超过十台移动终端。甲方超出许可范围使用的，应按乙方届时的报价补交许可费。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工艺追溯管理软件标准版永久许可 | 96,000 |
| 2 | 定制开发（工序节点、扫码报工、银料核算、作品档案、溯源查询） | 138,000 |
| 3 | 部署及培训 | 16,000 |
| | 合计 | 250,000 |

合同总价为人民币贰拾伍万元整（¥250,000），含税。

## 第三条 付款方式

3.1 本合同签订后三个工作日内，甲方向乙方支付合同总价的70%，即¥175,000，乙方收款后启动开发工作。

3.2 软件上线运行后五个工作日内，甲方支付剩余的¥75,000。

3.3 乙方在收到每笔款项后十个工作日内向甲方开具增值税普通发票；甲方需要专用发票的，应在签约时提供开票资料。

3.4 甲方逾期付款的，每逾期一日，应按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停开发或服务。

## 第四条 交付

4.1 乙方在收到首付款后六十个工作日内完成开发并部署上线。因甲方需求变更、资料提供不及时等原因造成延误的，交付期相应顺延。

4.2 乙方交付内容为软件安装程序、用户手册和培训课件。

4.3 甲方应在合同签订后十个工作日内向乙方书面提交完整的需求说明，包括工序名称、工匠名单、银料品类、作品证书样式等。乙方据此编制需求确认书，经甲方签字后作为开发依据。

4.4 需求确认书签字后，甲方提出新增或修改需求的，乙方将评估工作量并另行报价，经甲方确认付款后实施，交付期相应顺延。

## 第五条 验收

5.1 软件部署上线后，乙方通知甲方使用，自上线之日起即视为甲方验收合格。

5.2 培训采用集中讲解和现场演示相结合的方式，共计两次，每次不超过半天。培训结束后，甲方人员应在培训签到表上签字确认。

5.3 甲方在使用中发现问题的，可通过乙方客服渠道反馈，乙方将在后续版本中统筹处理。

## 第六条 免费维护与售后服务

6.1 乙方提供自上线之日起三个月的免费维护期，期内提供远程技术支持和缺陷修复。

6.2 免费维护期满后，甲方如需继续获得技术支持和升级服务，应向乙方购买年度维护服务，维护费按乙方当年公布的价目表执行。

6.3 一级故障（系统无法登录或报工功能全部不可用）乙方在接到报修后24小时内响应，二级及以下故障在3个工作日内响应。乙方将尽力排除故障，但不保证修复时限。

6.4 乙方技术支持以电话、微信和远程协助为主，服务时间为工作日9:00至18:00。甲方要求现场服务的，乙方按每人每天2,000元另行收取费用，差旅费由甲方承担。

6.5 因甲方硬件故障、网络故障、病毒感染或第三方软件冲突引起的问题，不属于免费维护范围。

6.6 乙方发布的标准版升级包，甲方在免费维护期内可免费获取；升级可能导致定制功能需要调整的，调整工作另行收费。

## 第七条 知识产权

7.1 软件标准版及乙方为甲方开发的全部定制功能、源代码、数据库结构和相关文档，其知识产权均归乙方所有。

7.2 甲方获得定制功能的非独占使用权，不得对软件进行修改、反向工程，亦不得许可第三方使用。乙方不向甲方提供源代码。

7.3 乙方有权将本项目定制功能纳入其标准产品向其他客户提供。

7.4 乙方保证其提供的软件不侵犯第三方的知识产权。如第三方就此提出权利主张，乙方负责处理，但因甲方提供的资料、作品图样或甲方擅自修改软件引起的除外。

## 第八条 数据安全

8.1 甲方在软件中录入的工艺数据、作品档案和工匠信息归甲方所有，乙方仅为提供技术支持而访问。

8.2 软件部署于甲方本地电脑的，数据由甲方自行保存和备份；部署于乙方租用的云服务器的，乙方每周进行一次数据备份。

8.3 乙方对其维护的服务器采取访问控制、数据加密和定期备份措施；因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应赔偿责任。

## 第九条 甲方义务

9.1 甲方应提供符合乙方要求的电脑、扫码枪、移动终端和网络环境，并指定专人配合乙方开展需求调研、测试和培训。

9.2 甲方应妥善保管系统管理员账号，因甲方人员操作不当、擅自修改系统设置或使用非正版操作系统造成的故障和数据损失，由甲方自行承担。

9.3 甲方应按乙方提供的操作手册使用软件，不得将软件安装于许可范围以外的设备。

## 第十条 保密

双方对在合作中知悉的对方技术信息、工艺配方和经营信息负有保密义务，未经对方同意不得向第三方披露。保密义务在本合同终止后两年内有效。

## 第十一条 责任限制

11.1 乙方对本合同项下的全部赔偿责任，累计不超过合同总价的50%。

11.2 乙方不对甲方的间接损失、利润损失、作品损失或商誉损失承担责任。

## 第十二条 合同解除

任何一方严重违反本合同，经守约方书面通知后十五日内未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。合同解除后，甲方应停止使用尚未付清款项部分对应的软件功能，已支付的款项不予退还，但乙方严重违约的除外。

## 第十三条 不可抗力

因不可抗力导致无法履行合同的，受影响一方应及时通知对方，并在不可抗力影响范围内免责。本条所称不可抗力包括自然灾害、疫情、政府行为、电信运营商网络故障、云服务商服务中断、黑客攻击及计算机病毒等乙方无法合理控制的事件。

## 第十四条 争议解决

因本合同引起的争议，双方友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同未尽事宜，以乙方官网公布的服务条款为准。

15.2 乙方可在其官网、宣传资料中将甲方列为客户案例，甲方另有书面要求的除外。

15.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（签章）：__________　　乙方（签章）：__________

日期：____年__月__日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. RWS-CN-2026-0117
P:This Software Licence and Services Agreement (the "Agreement") is made between Jiangyin Hengtai Precision Castings Co., Ltd., a company organised under the laws of the People's Republic of China, with its registered office in Jiangyin, Jiangsu Province (the "Customer"), and Rolling Plains Works Software, Inc., a Texas corporation with its principal office in Sweetwater, Texas, United States (the "Vendor").
P:The Customer wishes to license the Vendor's maintenance management software for its foundry and machining plants and to obtain the related implementation services, and the Vendor is willing to provide them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's PlantCare maintenance management software, version 9, in object code, with its documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, mobile inspection forms, data migration scripts, configurations and documents that the Vendor develops specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data that the Customer or its users enter into, upload to or generate with the Software, including equipment records, work orders, spare-parts records and personal information of employees.
P:1.4 "Final Acceptance" means the Customer's written certificate issued under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 260 named users and 2 plant sites for the Customer's internal business purposes.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery, and may allow its contractors to use the Software on the Customer's behalf.
P:2.3 The licence survives any termination of this Agreement, except termination by the Vendor for the Customer's failure to pay the Licence Fee.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software on the Customer's servers in Jiangyin, migrate equipment and maintenance history from the Customer's current system, build interfaces to the Customer's ERP and spare-parts warehouse systems, develop the mobile inspection forms described in Annex 1, and train key users and administrators.
P:3.2 The Vendor shall deliver the services according to the project plan in Annex 2. Go-Live shall take place no later than 120 days after the Effective Date.
P:3.3 The Vendor shall assign a project manager who speaks Mandarin and has led at least two comparable implementations, and shall not replace the project manager without the Customer's consent, which shall not be unreasonably withheld.
H:Article 4 Fees and Payment
P:4.1 The total contract price is CNY 1,560,000 (the "Contract Price"), made up of: Licence Fee CNY 1,120,000; implementation services CNY 380,000; training CNY 60,000. The Contract Price is fixed and includes all taxes, travel and expenses.
P:4.2 The Customer shall pay: (a) 20% of the Contract Price within 30 days after the Effective Date against the Vendor's invoice; (b) 45% within 30 days after the Vendor's Go-Live certificate is countersigned by the Customer; and (c) 35% within 30 days after Final Acceptance.
P:4.3 Go-Live is not acceptance, and no payment or productive use of the Software is acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account named in the Vendor's invoice.
H:Article 5 Acceptance
P:5.1 After Go-Live the Software shall run in production for 45 days (the "Acceptance Period").
P:5.2 The acceptance criteria are: all functions listed in Annex 1 work as specified; migrated equipment and work-order records reconcile with the source system without unexplained differences; the ERP and warehouse interfaces run for 20 consecutive working days without a failed transfer; screens respond within 2 seconds with 150 concurrent users; and no Severity 1 defect is open.
P:5.3 When the criteria are met, the Customer shall issue a Final Acceptance certificate within 10 working days. If they are not met, the Vendor shall correct the defects and the Acceptance Period shall be repeated for the affected functions.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall provide corrections, updates, new releases and support free of charge.
P:6.2 Support is available in Mandarin and English. For Severity 1 defects (the Software is unavailable or work orders cannot be issued at a plant), the Vendor shall respond within 1 hour and provide a workaround or fix within 8 hours; Severity 2 defects shall receive a response within 2 hours.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall credit the Customer CNY 1,000 against the next amount due.
P:6.4 After the Warranty Period, the Customer may order annual support at 9% of the Licence Fee per year (CNY 100,800), a rate fixed for the three years after the Warranty Period. Support is ordered each year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all rights in the Software.
P:7.2 All rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them freely.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not use it for any other purpose, including in aggregated or de-identified form.
P:8.2 The Vendor shall access the Customer's systems only through the remote access channel approved by the Customer, with multi-factor authentication and session logging, and shall not copy Customer Data outside the Customer's environment.
P:8.3 The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law. It shall notify the Customer within 12 hours after becoming aware of any security incident affecting Customer Data, cooperate in the response, and be liable for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to staff and advisers who need it and are bound by similar duties.
P:9.2 These duties continue for six years after the end of this Agreement and do not apply to information that is public or independently developed.
H:Article 10 Delay and Liability
P:10.1 If Go-Live is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to Articles 7.3 and 8, to personal injury, or to wilful misconduct.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any of the services without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the other party's prior written consent.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature by both parties (the "Effective Date") and continues until the services are completed and the Warranty Period has expired.
P:12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:12.3 If the Customer terminates under Article 12.2 before Final Acceptance, the Vendor shall refund the amounts paid for services not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Texas, United States, without regard to its conflict-of-laws rules.
P:13.2 Any dispute arising out of this Agreement shall be submitted to the state or federal courts located in Nolan County, Texas, and each party submits to their jurisdiction.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly and uses reasonable efforts to limit the effect. Time for performance is extended by the period of the event. If an event continues for more than 60 days, either party may end the affected services by written notice, and the Vendor shall refund amounts paid for services not performed.
H:Article 15 General
P:15.1 Notices shall be in writing in English or Chinese and delivered by courier or email to the addresses in Annex 3.
P:15.2 This Agreement, with its Annexes, is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:15.3 This Agreement is signed in English and Chinese; both versions have equal force.
P:Annex 1 Functional specification and mobile forms. Annex 2 Project plan. Annex 3 Notice addresses.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form and General Terms — Field Service Scheduling Subscription

Order Form No. GCS-OF-26-0342

## Part A — Order Form

### A1. Parties

**Customer:** Foshan Lianhe Elevator Maintenance Co., Ltd., a company organised under the laws of the People's Republic of China, Foshan, Guangdong Province.

**Provider:** Gulf Coast Scheduling Systems, LLC, a Mississippi limited liability company, 1400 Harbor Square, Gulfport, Mississippi, United States.

This Order Form is governed by the General Terms in Part B. If Part A and Part B conflict, Part A prevails.

### A2. Subscribed Service

The Provider's DispatchPoint field service scheduling platform, hosted in a mainland China data centre operated by the Provider's hosting partner, for up to 420 technician users and 35 dispatcher users, with the mobile technician app, route planning, spare-parts tracking and customer portal modules. Onboarding includes configuration of the Customer's service contracts, migration of elevator asset records, an interface with the Customer's ERP, and six custom inspection report templates.

### A3. Subscription Term

Two Subscription Years. Subscription Year 1 starts on the Service Start Date stated in the Provider's provisioning notice; Subscription Year 2 starts on its first anniversary. The Subscription Term ends at the end of Subscription Year 2.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Onboarding (one-time) | fixed | 72,000 |
| Subscription Year 1 | 455 users | 348,000 |
| Subscription Year 2 | 455 users | 348,000 |
| Total Order Value | | 768,000 |

Additional users may be added at the same per-user rate, pro rata to the end of the Subscription Year; such additions are not part of the Total Order Value.

### A5. Invoicing and Payment

The onboarding fee and the Subscription Year 1 fee are invoiced together on the date of this Order Form and are payable within 15 days, before the Provider starts onboarding and provisions the service. The Subscription Year 2 fee is invoiced at the start of Subscription Year 2 and is payable within 30 days. All fees are in CNY and include VAT.

### A6. Service Levels and Support

Monthly availability of the production service: 99.95%, measured as set out in Part B Section 4. Priority 1 incidents (the service is unavailable or dispatchers cannot assign jobs): response within 30 minutes, 24 hours a day; Priority 2 incidents: response within 2 hours during business hours. Support is provided in Mandarin and English.

## Part B — General Terms

### 1. Definitions

1.1 "Customer Data" means all data submitted to the service by or for the Customer, including customer sites, elevator asset records, job histories and personal information of technicians and end customers.

1.2 "Customer Configurations" means the configurations, workflows, custom inspection report templates and ERP interface mappings created for the Customer during onboarding.

1.3 "Service Start Date" means the date on which the Provider notifies the Customer that the production tenant is ready for use.

### 2. Provision of the Service

2.1 The Provider shall make the service available to the Customer's users during the Subscription Term in accordance with the documentation and this Order Form.

2.2 The Provider may improve the service from time to time but shall not materially reduce the functions subscribed in A2 during the Subscription Term.

2.3 The Customer is responsible for its users' accounts and for the accuracy of the data it submits.

2.4 The Customer shall not use the service to send unlawful content, shall not try to gain access to other tenants, and shall not resell the service. The Provider may suspend a user account that is used in breach of this Section after notifying the Customer, and shall restore it as soon as the breach has ended.

2.5 The Provider shall give the Customer at least 60 days' notice of any new version of the mobile app that needs devices or operating systems other than those listed in the documentation, and shall keep the previous version working until the end of that period.

### 3. Onboarding and Acceptance

3.1 The Provider shall complete onboarding within 60 days after receipt of the payment under A5.

3.2 At the end of onboarding, the parties shall run acceptance tests. The acceptance criteria are: migrated asset records reconcile with the Customer's source list; the ERP interface posts completed jobs and parts usage correctly for 10 consecutive working days; each custom report template produces the required inspection report; and the mobile app works on the Customer's standard devices.

3.3 The Customer shall confirm acceptance in writing within 10 working days after the tests are passed. Use of the service before that confirmation is not acceptance.

3.4 If onboarding is not accepted within the period in Section 3.1 for reasons attributable to the Provider, the Provider shall pay CNY 600 for each day of delay, up to 10% of the onboarding fee and the first Subscription Year fee combined.

### 4. Service Levels

4.1 Availability is measured monthly, excluding maintenance windows announced at least 72 hours in advance and scheduled between 00:00 and 05:00 China Standard Time.

4.2 If monthly availability falls below the level in A6, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point, or part of it, below that level, up to 50% of the monthly equivalent.

4.3 If the Provider misses a Priority 1 response time, the Customer receives a service credit of CNY 800 per incident.

4.4 Service credits are set off against the next invoice and do not exclude the Customer's other remedies for repeated failures.

### 5. Customer Data and Security

5.1 Customer Data belongs to the Customer. The Provider may process Customer Data only to provide the service and support under this Order Form and shall not use it for any other purpose.

5.2 Customer Data is stored and processed only in mainland China. The Provider shall maintain MLPS level 3 filing and ISO/IEC 27001 certification for the service, encrypt Customer Data in transit and at rest, restrict administrative access to named personnel using multi-factor authentication, and keep access logs for 180 days.

5.3 The Provider shall notify the Customer within 12 hours after becoming aware of a security incident affecting Customer Data, take immediate containment measures, and compensate the Customer for losses caused by the Provider's failure to meet this Section.

5.4 Within 30 days after the end of the Subscription Term, the Provider shall return Customer Data in CSV format and then delete it from its systems and those of its hosting partner.

### 6. Intellectual Property

6.1 The Provider retains all rights in the service and its software.

6.2 Customer Configurations belong to the Customer. The Provider shall deliver them in an exportable form on request, and the Customer may use, modify and license them, or have a third party use them, without restriction.

### 7. Liability

7.1 Each party's total liability under this Order Form is limited to 200% of the Total Order Value.

7.2 The limit does not apply to breach of Section 5, infringement claims under Section 8, or wilful misconduct.

### 8. Infringement

The Provider shall defend the Customer against any claim that the service infringes a third party's intellectual property rights and pay any resulting damages and costs.

### 9. Subcontracting

The Provider shall not subcontract any part of the service, other than hosting by the hosting partner named in A2 and approved by the Customer by signing this Order Form, without the Customer's prior written consent.

### 10. Renewal

The Subscription Term does not renew automatically. Any renewal requires a new order signed by both parties. For a renewal ordered before the end of Subscription Year 2, the Provider shall offer the same per-user fees.

### 11. Termination

11.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.

11.2 On termination by the Customer under Section 11.1, the Provider shall refund the prepaid fees for the remainder of the Subscription Term.

### 12. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai. The award is final and binding.

### 13. General

13.1 Notices must be in writing and sent to the addresses in A1 or to addresses later notified.

13.2 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or a general failure of public networks, if it informs the other party promptly and resumes performance as soon as possible. Periods of such events are excluded from the availability calculation only to the extent that the Provider's disaster recovery arrangements could not reasonably have prevented the outage.

13.3 Neither party may assign this Order Form without the other party's prior written consent, except to a successor of its whole business that accepts this Order Form in writing.

13.4 This Order Form, including Part B, is the entire agreement of the parties about the service and may be amended only in writing signed by both parties.

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

E03 = """T:Contract for Condition Monitoring Sensors, Gateways and Monitoring Software
P:Contract No. XGP-EQ-2026-208
P:Buyer: Xuzhou Guangping Mining Machinery Co., Ltd., Xuzhou, Jiangsu Province, People's Republic of China (the "Buyer").
P:Supplier: Pecan Valley Instruments, Inc., a Texas corporation, Brownwood, Texas, United States (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms. The Supplier shall supply wireless vibration and temperature sensors, edge gateways and a perpetual licence of its condition monitoring software for the Buyer's gearbox and crusher assembly workshops, and install, configure and commission them.
H:1. Definitions and Documents
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in Clause 2.1. "Software" means the Supplier's MachineWatch condition monitoring software, server edition, with its documentation. "Customisations" means the dashboards, alarm rules, asset hierarchy and the interface with the Buyer's maintenance system developed for the Buyer.
P:1.2 The Contract documents are, in order of precedence: this Contract; Annex A Technical Specification; Annex B Installation Plan; the Supplier's quotation.
H:2. Price
P:2.1 The Contract Price is CNY 1,424,000, made up as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor|240|2,600|624,000
TB:2|Edge gateway with industrial enclosure|24|9,500|228,000
TB:3|MachineWatch software, perpetual server licence|1|410,000|410,000
TB:|Equipment and Licence Subtotal|||1,262,000
TB:4|Installation, configuration and commissioning|1 lot|138,000|138,000
TB:5|Training of maintenance engineers|1 lot|24,000|24,000
TB:|Contract Price|||1,424,000
P:2.2 The Contract Price is fixed and includes packing, freight to the Buyer's site, insurance, import duties, customs clearance, taxes, installation materials and all other costs.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 142,400) within 20 days after signature, against the Supplier's invoice and an advance payment bank guarantee of the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 783,200) within 30 days after all Equipment is installed and the Installation Certificate is signed. The Installation Certificate records delivery and installation only and is not acceptance.
P:3.3 The Buyer shall pay the balance of 35% (CNY 498,400) within 30 days after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's site in Xuzhou within 70 days after signature and complete installation within 40 days after delivery, following the Installation Plan.
P:4.2 The Supplier's staff shall follow the Buyer's site safety rules and work permits. Installation on running machines shall be scheduled with the Buyer's production department.
P:4.3 The Buyer shall provide access to the workshops, power supply points, network connections for the gateways, and a server that meets the hardware requirements in Annex A, no later than the delivery date. The Buyer shall also name a project engineer who can approve installation positions and test results.
P:4.4 Each sensor shall be labelled with its asset number and position. The Supplier shall record the mounting position, orientation and baseline readings of every sensor in the asset register of the Software and hand over photographs of each installation point.
P:4.5 Title to the Equipment passes to the Buyer on delivery to the Buyer's site; risk passes on signature of the Installation Certificate.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for 30 days (the "Trial Run").
P:5.2 Final Acceptance requires that: all 240 sensors and 24 gateways report to the Software at the configured intervals; measured vibration values agree with the Buyer's reference portable analyser within the tolerance in Annex A; alarm rules trigger correctly in the agreed test cases; the maintenance system interface creates work orders from confirmed alarms; no Severity 1 defect occurs during the last 15 days of the Trial Run; and the Supplier has delivered the documentation and training records.
P:5.3 When these criteria are met, the Buyer shall sign the Final Acceptance Certificate within 10 working days. Use of the system during the Trial Run is not acceptance.
H:6. Warranty, Support and Service Levels
P:6.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance. During that period it shall repair or replace defective Equipment free of charge and supply software corrections and new versions.
P:6.2 Severity 1 faults (the Software server is down or more than 20 sensors stop reporting) shall receive a response within 1 hour and be resolved within 24 hours; Severity 2 faults shall receive a response within 8 working hours.
TB:Severity|Example|Response|Resolution
TB:1|Server down, or more than 20 sensors silent|1 hour|24 hours
TB:2|Single gateway or up to 20 sensors silent|8 working hours|3 working days
TB:3|Dashboard or report defect|2 working days|next release
P:6.3 For each hour by which the Supplier misses a Severity 1 response or resolution time, the Supplier shall pay the Buyer CNY 800, deducted from the next payment or from the performance security.
P:6.4 During the warranty period the Supplier shall keep a stock of spare sensors and gateways in China sufficient to replace failed units within 3 working days, and shall replace any sensor whose battery fails before the end of the warranty period free of charge. The Supplier shall also visit the site twice a year to check sensor mounting, gateway signal quality and alarm settings, and report its findings to the Buyer.
P:6.5 After the warranty period, the Buyer may purchase annual support at 7% of the Equipment and Licence Subtotal (CNY 88,340 per year), a price fixed for two years. Support is ordered by separate purchase order and does not renew automatically.
H:7. Intellectual Property
P:7.1 The Software remains the Supplier's property and is licensed to the Buyer perpetually for use in its plants.
P:7.2 The Customisations belong to the Buyer. The Supplier shall deliver their source files, and the Buyer may use, modify and license them freely.
P:7.3 The Supplier shall defend the Buyer against any claim that the Equipment, the Software or the Customisations infringe a third party's intellectual property rights, and shall bear the resulting damages and costs, or at its own cost modify or replace the infringing item with one of equal performance.
H:8. Data Protection and Security
P:8.1 All measurement data, asset records and alarm histories belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:8.2 The Software shall run on the Buyer's servers. Remote support requires the Buyer's approval for each session and shall go through the Buyer's VPN with multi-factor authentication. The Supplier shall not copy Buyer data outside the Buyer's network.
P:8.3 The Supplier shall report any security incident affecting Buyer data within 12 hours, take remedial action and compensate the Buyer for losses caused by its breach of this Clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all technical, production and commercial information of the Buyer obtained under this Contract and shall not disclose it to third parties without the Buyer's prior written consent. This obligation survives the end of the Contract for six years.
H:10. Delay and Liability
P:10.1 If the Supplier fails to deliver, install or achieve Final Acceptance by the agreed dates, it shall pay delay damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:10.2 If the Equipment does not meet the specification at Final Acceptance and the Supplier cannot correct it within 30 days, the Buyer may reject the affected items and the Supplier shall refund their price together with the related installation charges.
P:10.3 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, and breach of Clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the installation or other work without the Buyer's prior written consent, and remains fully responsible for approved subcontractors.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if delay damages reach their maximum.
P:12.2 On such termination the Supplier shall refund payments received for Equipment and services that have not been accepted, and the Buyer may return Equipment already delivered at the Supplier's cost.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall be submitted to the Xuzhou Arbitration Commission for arbitration in Xuzhou. The award is final and binding on both parties.
H:14. Force Majeure
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party within five days and takes reasonable steps to limit the effect. The time for performance is extended accordingly. If such an event lasts longer than 60 days, the parties shall agree how to continue or end the Contract.
H:15. General
P:15.1 Neither party may assign this Contract without the other's written consent. Amendments must be in writing and signed by both parties.
P:15.2 This Contract is made in English and Chinese, in four originals, two for each party.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

Agreement No. CTM-MSA-2026-015

**Customer:** Hefei Ruijing New Materials Co., Ltd., Hefei, Anhui Province, People's Republic of China ("Customer").

**Provider:** Cross Timbers Managed IT, LLC, a Texas limited liability company, Stephenville, Texas, United States, acting through its service team in Suzhou ("Provider").

The Customer wishes to outsource the operation of its service desk, end-user devices, servers and network to the Provider for its headquarters and three plants. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance Certificate under Section 4.3.

1.3 "Term" means the period of 36 months starting on the Service Commencement Date.

1.4 "Work Products" means the runbooks, scripts, configuration baselines, knowledge articles and reports that the Provider prepares for the Customer in performing the Services.

## 2. Services

2.1 The Provider shall perform the Services described in Schedule 1 at the service levels in Schedule 2, for the charges in Schedule 3.

2.2 The Provider shall perform the Services with qualified staff, in accordance with good industry practice and the Customer's IT policies as notified to the Provider.

2.3 The Provider shall use the Customer's IT service management tool for all tickets, changes and problems, so that the Customer keeps a full history of the Services. Changes to production systems need approval by the Customer's change advisory board, except emergency changes reported within one working day.

2.4 The Provider shall name a service delivery manager, based in Hefei, who is responsible for the Services and attends the monthly service review with the Customer.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 3. The total contract value is CNY 2,390,000, being the transition charge and 36 monthly service charges.

3.2 The transition charge is invoiced after Transition Acceptance. Monthly service charges are invoiced monthly in arrears. Invoices are payable within 30 days after receipt.

3.3 No amount is payable before Transition Acceptance. Charges are fixed for the Term.

## 4. Transition

4.1 The Provider shall take over the Services from the Customer's current arrangements within 75 days after signature, according to the transition plan agreed by the parties.

4.2 Transition is complete when: all devices and servers in scope are enrolled in the Provider's management tools; the service desk has handled live tickets for 15 working days with the Schedule 2 response times met; the runbooks for every server in scope have been approved by the Customer; and the monitoring of every site has been tested by simulated faults.

4.3 When these criteria are met, the Customer shall sign the Transition Acceptance Certificate within 10 working days.

4.4 If Transition Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay CNY 2,000 for each day of delay.

## 5. Service Levels and Service Credits

5.1 The Provider shall meet the service levels in Schedule 2 and report on them monthly.

5.2 If a service level is missed, the service credits in Schedule 2 apply. Service credits are deducted from the next monthly invoice.

5.3 Service levels are measured by the monitoring and ticket data in the Customer's tools. The Provider shall not exclude incidents from the measurement unless they were caused by the Customer, by planned changes approved by the Customer, or by failures of third-party products outside the scope of the Services.

5.4 If the same service level is missed in three consecutive months, the Provider shall submit a remediation plan within 10 working days and carry it out at its own cost.

## 6. Customer Data

6.1 All data of the Customer that the Provider handles in performing the Services ("Customer Data") belongs to the Customer.

6.2 The Provider may use Customer Data only to perform the Services and shall return it to the Customer at the end of the Term.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public business and technical information and use it only for this Agreement.

7.2 Each party may disclose such information to its employees and professional advisers who need to know it and are bound by equivalent duties, or when required by law.

7.3 This Section survives for three years after the end of the Term.

## 8. Work Products

8.1 The Work Products belong to the Customer. The Provider shall keep them current and hand them over at the end of the Term.

8.2 The Customer may use, modify and license the Work Products freely, including for a successor provider. The Provider keeps its own monitoring tools and general know-how.

## 9. Personnel and Subcontracting

9.1 The Provider shall not replace the service delivery manager without at least 30 days' notice to the Customer.

9.2 The Provider shall staff the service desk with agents who have passed the Customer's induction on its applications and plant processes, and shall keep at least two engineers on site at each plant during business days. Staff working at the Customer's premises shall follow the Customer's site rules, including safety rules in production areas.

9.3 The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for the acts of any approved subcontractor.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total contract value.

10.2 The limit does not apply to personal injury, fraud or wilful misconduct.

## 11. Term and Ending

11.1 This Agreement starts on signature and ends at the end of the Term.

11.2 The Agreement is for the fixed Term. The Customer's remedies for any failure of the Provider are the service credits under Section 5 and damages under Section 10; the Customer may not end the Agreement before the end of the Term.

11.3 The Provider may suspend the Services if an undisputed invoice remains unpaid 60 days after its due date and after 15 days' written warning.

11.4 The Agreement does not renew automatically. Any extension needs a written amendment signed by both parties.

## 12. Exit

12.1 During the last 90 days of the Term, the Provider shall cooperate with the Customer and any successor provider to hand over the Services, the Work Products and the Customer Data in an orderly way.

12.2 The exit plan shall list the Work Products, the Customer Data sets, the tool licences to be transferred or ended, and the names of the staff who will support the handover. The Provider shall keep the Services running at the agreed service levels until the last day of the Term.

12.3 Exit assistance beyond 20 person-days is charged at the daily rates in Schedule 3.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.

## 14. General

14.1 Notices must be in writing and sent to the addresses above. Amendments must be signed by both parties.

14.2 This Agreement consists of these terms and Schedules 1 to 3. If they conflict, these terms prevail.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Mandarin and English, phone, portal and chat; 1,150 users | 07:00–22:00, seven days |
| End-user devices | 1,150 laptops and desktops: patching, software distribution, antivirus, hardware fault handling | business days on site at each plant |
| Servers | 86 Windows and Linux servers: monitoring, patching, backup checks, capacity reports | 24×7 monitoring |
| Network | core and plant switches, Wi-Fi controllers, firewalls at four sites: monitoring and changes | 24×7 monitoring |
| Reporting | monthly service report and quarterly service review | monthly / quarterly |

## Schedule 2 — Service Levels and Credits

| Service level | Target | Service credit if missed |
|---|---|---|
| Availability of managed servers (monthly) | 99.95% | 3% of the monthly charge per 0.1 point below target |
| Priority 1 incident response | 15 minutes | CNY 1,500 per incident |
| Priority 1 incident restoration | 6 hours | CNY 3,000 per incident |
| Priority 2 incident response | 1 hour | CNY 500 per incident |
| Service desk calls answered within 60 seconds | 90% | 2% of the monthly charge |
| Total credits per month | capped at 20% of the monthly charge | — |

## Schedule 3 — Charges

| Charge | Amount (CNY) | Invoicing |
|---|---|---|
| Transition (one-time) | 86,000 | after Transition Acceptance |
| Monthly service charge | 64,000 | monthly in arrears, 36 months |
| Total monthly charges (36 months) | 2,304,000 | — |
| Total contract value | 2,390,000 | — |
| Additional work, per person-day | 2,400 | monthly in arrears, on approved orders |

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. PWD-API-2026-071

CUSTOMER: Ningbo Haiyun Supply Chain Management Co., Ltd., Ningbo, Zhejiang Province, People's Republic of China ("Customer").

PROVIDER: Piney Woods Data Services, Inc., a Texas corporation, Longview, Texas, United States ("Provider").

BACKGROUND: The Provider operates a freight market data service covering ocean container rates, port congestion indicators and vessel schedules, delivered through an application programming interface (the "API") and a web console. The Customer wishes to subscribe to the data and the API for use in its freight procurement and customer quotation systems.

1. DEFINITIONS

1.1 "Licensed Data" means the rate indices, congestion indicators, vessel schedules and related data delivered by the Provider through the API and the console.

1.2 "Customer Data" means the Customer's shipment records, lane lists, contract rates and query parameters that the Customer submits to the service, and all results that are specific to the Customer.

1.3 "Custom Connector" means the connector that the Provider develops to load Licensed Data into the Customer's transport management system, together with its source code and documentation.

1.4 "Subscription Year" means the period from the Activation Date to the day before its first anniversary, and the period from that anniversary to the day before the second anniversary. The subscription has two Subscription Years.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for the two Subscription Years, a non-exclusive, non-transferable right to access the API and the console and to use the Licensed Data in the Customer's internal systems and in quotations to the Customer's own clients.

2.2 The subscription covers up to 60 named console users and up to 3 million API calls per Subscription Year. Additional API calls are charged at CNY 0.08 per thousand calls, billed quarterly in arrears; such usage charges are not part of the Subscription Fees.

2.3 The Customer may keep Licensed Data received during the subscription in its internal systems after the end of the subscription for its historical records and audit purposes, but may not use it to produce new quotations after that date without a further subscription.

2.4 The Customer shall not resell the Licensed Data as a data product or make it available to the public.

3. ACTIVATION AND ACCEPTANCE

3.1 The Provider shall activate the API, deliver credentials for a test and a production environment, and deliver the Custom Connector within 45 days after signature.

3.2 The Customer shall test the service within 15 working days after delivery. The acceptance criteria are: the API returns the data sets listed in the Annex for all 140 trade lanes named by the Customer; daily updates arrive by 09:00 China Standard Time on five consecutive business days; the Custom Connector loads the data into the transport management system without errors on the same five days; and the console works for all named users.

3.3 The Provider shall make a technical contact available to the Customer's integration team during the testing period and shall provide sample files and a sandbox key for each data set before testing starts.

3.4 When the criteria are met, the Customer shall confirm acceptance in writing, and the date of that confirmation is the "Activation Date". Use of the test environment is not acceptance.

3.5 If the Activation Date is delayed beyond the period in Section 3.1 for reasons attributable to the Provider, the Provider shall pay CNY 500 for each day of delay, deducted from the first Subscription Fee.

4. FEES AND PAYMENT

4.1 The Subscription Fee is CNY 420,000 for each Subscription Year, or CNY 840,000 for both Subscription Years. The Custom Connector is included in the Subscription Fee.

4.2 The Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year and payable within 30 days after receipt of the invoice. No amount is payable before the Activation Date.

4.3 Fees are in CNY and include VAT. The Provider shall issue special VAT invoices through its Chinese billing agent.

5. SERVICE

5.1 The Provider will use commercially reasonable efforts to keep the API and the console available and to deliver daily updates on time.

5.2 The Customer may report problems by email or through the console. The Provider will handle reports in the order received during its business hours.

5.3 The Provider shall publish its documentation, including field definitions, methodology notes and update times for each data set, and shall keep a record of corrections to published data that the Customer can consult in the console.

5.4 The Provider may change the format of the Licensed Data on 60 days' notice, provided that the Custom Connector is updated at no charge.

6. INTELLECTUAL PROPERTY

6.1 The Provider retains all rights in the Licensed Data, the API and the console, subject to the rights granted in Section 2.

6.2 The Custom Connector belongs to the Customer. The Provider shall deliver its source code, and the Customer may use, modify and license it freely, including after the end of the subscription.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the service to the Customer and shall not combine it with the Licensed Data offered to others, use it for benchmarks or analytics, or disclose it.

7.2 The Provider shall store Customer Data only on servers in mainland China, encrypt it in transit and at rest, limit access to named support staff, and keep access logs for at least 180 days.

7.3 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, take prompt measures to contain it, and compensate the Customer for losses caused by the Provider's breach of this Section.

7.4 At the end of the subscription the Provider shall return Customer Data on request and then delete it.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including the Customer's contract rates and lane volumes and the Provider's pricing, and use it only for this Agreement.

8.2 This Section survives for three years after the end of the subscription.

9. WARRANTIES

9.1 The Provider warrants that it has the right to license the Licensed Data and that the Licensed Data is compiled with reasonable care from the sources described in its documentation.

9.2 The Provider shall correct any error in the Licensed Data that the Customer reports, or that the Provider finds, in the next daily update, and shall inform the Customer of material corrections by email.

9.3 The Licensed Data is market information. The Customer is responsible for its commercial decisions based on it.

10. LIABILITY

10.1 The Provider's total liability under this Agreement is limited to the Subscription Fees paid by the Customer in the six months preceding the event giving rise to the claim.

10.2 The limit does not apply to breach of Section 7, infringement of third-party rights, or wilful misconduct.

10.3 Neither party is liable for lost profits or indirect losses, except under Section 7.

11. SUBCONTRACTING AND ASSIGNMENT

11.1 The Provider shall not subcontract the hosting, support or development work under this Agreement without the Customer's prior written consent.

11.2 Neither party may assign this Agreement without the other party's prior written consent.

12. TERM, RENEWAL AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year.

12.2 The Agreement does not renew automatically. The parties may agree a further subscription in writing before it ends.

12.3 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. If the Customer terminates for the Provider's breach, the Provider shall refund the Subscription Fee for the unexpired part of the Subscription Year.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time of the request.

14. GENERAL

14.1 Notices must be in writing and sent by courier or email to the addresses given by each party.

14.2 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or a general failure of international networks, provided that it informs the other party promptly and resumes performance as soon as possible. If such an event prevents the delivery of the Licensed Data for more than 30 days, the Customer may end the subscription and receive a refund of the fees for the remaining period.

14.3 This Agreement, with its Annex, is the entire agreement of the parties about the subscription. Amendments must be in writing and signed by both parties.

14.4 This Agreement is signed in English and Chinese; if they differ, the Chinese version prevails.

ANNEX: Trade lanes, data sets and update schedule (to be attached).

FOR THE CUSTOMER: ____________________

FOR THE PROVIDER: ____________________
"""

# ---------------------------------------------------------------- files, labels, design
TEXT_FILES = {  # key -> (file name, source); .txt / .md are written as they are
    "h956z03": ("h956z03_fitness_chain_booking_membership_saas.txt", Z03),
    "h956z04": ("h956z04_water_bureau_pressure_monitoring_om_service.txt", Z04),
    "h956z05": ("h956z05_filigree_studio_process_tracking_supplier_template.md", Z05),
    "h956e02": ("h956e02_field_service_saas_order_form_gulfport_vendor.md", E02),
    "h956e04": ("h956e04_managed_it_services_36_months_stephenville_vendor.md", E04),
    "h956e05": ("h956e05_freight_data_api_subscription_longview_vendor.txt", E05),
}
SOURCES = {"h956z01": Z01, "h956z02": Z02, "h956e01": E01, "h956e03": E03}
TARGETS = {"h956z01": ("h956z01_civil_affairs_funeral_price_platform.pdf", "pdf"),
           "h956z02": ("h956z02_kettlebell_plant_control_retrofit.docx", "docx"),
           "h956e01": ("h956e01_cmms_perpetual_licence_sweetwater_vendor.pdf", "pdf"),
           "h956e03": ("h956e03_condition_monitoring_sensors_brownwood_vendor.docx", "docx")}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: lang, category, terms (in KEYS order), extra, fee base for TCO (goods only), forum outside mainland
D = {
    "h956z01": ("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8,
                                   False, True, False, "PRC", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1440000), 680000, False),
    "h956z02": ("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 6, 22,
                                   False, True, False, "PRC", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1960000), 1600000, False),
    "h956z03": ("zh", "cloud", [99.5, 0.5, True, "buyer", True, False, True, 0.1, 150, None, True, None, None, None,
                                True, True, False, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=674000),
                None, False),
    "h956z04": ("zh", "services", [99.95, 0.5, True, "buyer", True, True, True, 0.02, None, None, True, None, None,
                                   None, False, True, True, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=836000),
                None, False),
    "h956z05": ("zh", "software", [None, 24, False, "supplier", True, True, True, None, 50, 70, False, False, 3, None,
                                   False, True, None, None, G],
                dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                     contract_value=250000), 96000, False),
    "h956e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 9,
                                   False, True, False, "Texas", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1560000), 1120000, True),
    "h956e02": ("en", "cloud", [99.95, 0.5, True, "buyer", True, True, False, 600 / 768000 * 100, 200,
                                (72000 + 348000) / 768000 * 100, True, None, None, None, False, True, False, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=768000),
                None, False),
    "h956e03": ("en", "hardware", [None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7,
                                   False, True, False, "PRC", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1424000), 1262000, False),
    "h956e04": ("en", "services", [99.95, 0.25, True, "buyer", False, True, True, 2000 / 2390000 * 100, 150, None,
                                   True, None, None, None, False, False, False, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2390000),
                None, False),
    "h956e05": ("en", "cloud", [None, None, False, "buyer", True, True, True, 500 / 840000 * 100, 6 / 24 * 100, None,
                                True, None, None, None, False, True, False, "PRC", S],
                dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=840000),
                None, False),
}
DESIGN = {
    "h956z01": [],
    "h956z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h956z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h956z04": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "h956z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h956e01": ["CR-GOVERNING-LAW"],
    "h956e02": ["CR-CONFIDENTIALITY", "CR-PREPAYMENT"],
    "h956e03": [],
    "h956e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "h956e05": ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (never to be met by a label value or stated in a text)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TH_ALL = {99.9, 4, 0.05, 100, 30, 12, 15, 40, 5}


def tco_share(t, e, base):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees / (e["contract_value"] + fees) * 100


def derive(t, e, base, forum_out):
    r = set()
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not e["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or e["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(t, e, base)
        if sh is not None and sh > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_out:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"99\.9(?!\d)",
    r"(?<![\d.,])4\s*-?\s*(?:hours?|hrs?)\b", r"(?<![\d.,])4\s*个?\s*小时", r"(?<![十\d])四\s*个?\s*小时",
    r"\bfour[\s-]*hours?\b",
    r"(?<![\d.,])0?\.05\s*%", r"万分之五(?!十)", r"千分之零点五", r"(?<![\d.,])0?\.5\s*‰",
    r"(?<![\d.,])100\s*%", r"百分之(?:一)?百", r"hundred\s*per\s*cent",
    r"(?<![\d.,])30\s*%", r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per\s*cent",
    r"(?<![\d.,])12\s*-?\s*(?:months?|个月)", r"十二\s*个月", r"twelve[\s-]*(?:calendar\s*)?months?",
    r"一年|壹年", r"\bone[\s-]*years?\b", r"(?<![\d.,])1\s*-?\s*years?\b",
    r"(?<![\d.,])15\s*%", r"百分之十五", r"fifteen\s*per\s*cent",
    r"(?<![\d.,])40\s*%", r"百分之四十(?![一二三四五六七八九])", r"forty\s*per\s*cent",
    r"(?<![\d.,])5\s*-?\s*years?\b", r"(?<![\d.,])5\s*年", r"(?<![十\d])五\s*年", r"\bfive[\s-]*years?\b",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "4 hours", "4-hour", "4小时", "四小时", "four hours", "0.05%", "万分之五", "100%", "百分之百",
            "30%", "30 %", "百分之三十", "12 months", "12-month", "十二个月", "twelve months", "一年", "one year",
            "15%", "百分之十五", "40%", "百分之四十", "5 years", "five-year", "五年", "5年"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "0.055%", "万分之五十", "130%", "35%", "2026年",
             "2025年12月31日", "115%", "140 trade lanes", "45%", "12.5 months", "百分之三十五", "十五年",
             "1,500", "0.08%", "24×7", "first anniversary"]


def readback(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for key, (name, src) in TEXT_FILES.items():
        (OUT / name).write_text(src, encoding="utf-8")
        print("wrote", name)
    names = {k: v[0] for k, v in TEXT_FILES.items()}
    names.update({k: v[0] for k, v in TARGETS.items()})
    for h in MUST_HIT:
        assert RX.search(h), h
    for m in MUST_MISS:
        assert not RX.search(m), (m, RX.search(m))
    fired = set()
    problems = []
    for key in sorted(D):
        lang, cat, vals, extra, base, forum_out = D[key]
        name = names[key]
        terms = dict(zip(KEYS, vals))
        rules = derive(terms, extra, base, forum_out)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        fired.update(rules)
        for k, v in list(terms.items()) + list(extra.items()):
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                assert all(abs(v - th) > 1e-9 for th in TH_ALL), (key, k, v)
        sh = tco_share(terms, extra, base)
        if sh is not None:
            assert abs(sh - 40) > 2, (key, sh)
        text = readback(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            for m in RX.finditer(variant):
                problems.append((key, "threshold", m.group(0), variant[max(0, m.start() - 20):m.end() + 20]))
        if not ok:
            problems.append((key, "length", n))
        sh_txt = "" if sh is None else " tco_share=%.2f" % sh
        print("%s %s length=%d rules=%s risk=%s%s" % (key, name, n, ",".join(rules) or "-", risk(rules), sh_txt))
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
    missing = [r for r in ALL_RULES if r not in fired]
    if missing:
        problems.append(("coverage", missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
