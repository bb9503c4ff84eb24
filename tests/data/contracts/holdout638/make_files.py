"""holdout638: builds the ten held-out drafts from the sources below, writes the .json labels and asserts the checks.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .docx/.pdf via ../word_pdf.py (wrap_words=True).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:方志资料数字化平台建设项目合同
P:合同编号：FZB-2025-CG-017
P:甲方（采购人）：某市地方志办公室
P:乙方（供应商）：某数字文化科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目公开招标文件、乙方投标文件及中标通知书，甲乙双方就方志资料数字化平台的软件许可、定制开发及实施服务，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供方志资料数字化平台软件（含资料著录、全文检索、旧志影像浏览、年鉴编纂协同四个模块）的永久使用许可，许可范围为甲方及其下属年鉴编辑部和方志馆，用户数不限。
P:1.2 乙方按甲方需求进行定制开发，包括：历代府志、县志、市志的目录体系建模；旧志影像与识别文本的双层对照阅读；地情知识库及人物、地名、大事记三个专题数据库；与市政务服务平台统一身份认证的对接；面向公众的方志馆网上展厅。
P:1.3 乙方负责平台部署、历史数据导入、系统联调、用户培训及上线保障，并配合甲方完成信息系统安全等级保护测评。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零贰万陆仟元整（¥2,026,000），其中：平台软件许可费¥1,160,000；定制开发费¥780,000；部署实施及培训费¥86,000。
P:2.2 合同总价为固定总价，已包含乙方履行本合同所需的人工、差旅、软件、测试及税费等全部费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的等额合法发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初验后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方按照财政资金支付程序付款，因财政审批程序造成的合理延迟不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后一百二十日内完成部署、数据导入和初验准备，于初验后九十日内完成试运行并申请最终验收。
P:4.2 乙方应在合同签订后二十日内完成需求调研，提交需求规格说明书初稿，经甲方组织方志编纂业务人员评审确认后作为开发依据。需求确认后的变更，双方以书面形式确认。
P:4.3 乙方应提交需求规格说明书、概要设计、数据库设计、测试报告、用户手册、运维手册以及全部定制部分的源代码和编译说明。
H:第五条 验收
P:5.1 初验标准：四个模块及第1.2条所列定制功能全部实现；随机抽检一千页旧志影像，识别文本与影像逐页对应，文字识别准确率不低于98.5%；在200个并发用户下检索响应时间不超过3秒；通过第三方软件测评机构的功能及安全测试。
P:5.2 试运行期为六十日。试运行期间未发生一级故障且发现的问题已全部整改的，甲方组织专家进行最终验收，并出具书面验收报告。
P:5.3 平台上线使用、甲方付款或签收文档，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收，由此产生的费用由乙方承担。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、数据备份检查和技术支持。
P:6.2 质保期满后，甲方可选择续订维护服务，年维护费不超过平台软件许可费的9%（即不超过¥104,400），该标准自质保期满起三年内不上调。维护合同每年另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%（经甲方同意的计划内维护时间除外）。
P:7.2 一级故障（平台整体不可用或数据无法访问）乙方应在1小时内响应，6小时内恢复；二级故障（单一模块不可用）应在2小时内响应，次日内解决；三级问题在下一版本中修复。
P:7.3 乙方每季度向甲方提交服务报告，列明故障情况、处理时长及改进措施。
H:第八条 知识产权
P:8.1 平台软件原有的知识产权归乙方所有，甲方在许可范围内永久使用。
P:8.2 定制开发成果（包括源代码、数据库结构、专题数据库及相关文档）的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改、再开发和对外许可。
H:第九条 数据安全
P:9.1 方志资料、旧志影像、著录数据及用户数据均属于甲方所有，乙方仅为履行本合同之目的进行处理，不得用于任何其他目的。
P:9.2 乙方应落实访问控制、日志审计、传输及存储加密等安全措施，不得将数据复制出甲方指定环境。发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并立即采取补救措施，因乙方原因造成的损失由乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行本合同过程中知悉的甲方未公开资料、内部工作信息负有保密义务，未经甲方书面同意不得向任何第三方披露；保密义务不因合同终止而解除。
H:第十一条 分包
P:11.1 乙方可将旧志影像扫描、识别文本校对等辅助工作分包给具备相应能力的单位，但应提前五个工作日书面通知甲方，并对分包工作的质量和数据安全承担全部责任。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:12.2 乙方交付成果不符合约定且整改后仍不合格的，甲方有权拒收，乙方应退还已收款项并赔偿甲方损失。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 项目管理与人员
P:15.1 乙方应指定具有同类方志或档案信息化项目经验的项目经理，并组建不少于八人的项目团队，项目经理在实施期间每周驻场不少于四个工作日。未经甲方同意，乙方不得更换项目经理和核心技术人员。
P:15.2 乙方每周向甲方提交项目周报，说明进度、问题和风险；重大问题应在发现后当日报告。双方每月召开一次项目例会，会议纪要经双方确认后作为项目文件存档。
H:第十六条 培训
P:16.1 乙方应对甲方系统管理员、编纂人员和方志馆工作人员分别进行培训，培训不少于六场，并提供培训教材和操作视频。培训结束后，甲方受训人员应能独立完成资料著录、检索、编纂协同和日常管理操作。
H:第十七条 不可抗力
P:17.1 因不可抗力不能履行合同的，受影响一方应在不可抗力发生后五日内书面通知对方并提供证明，双方根据影响程度协商延期履行或部分免除责任。
H:第十八条 廉洁与通知
P:18.1 乙方不得向甲方工作人员提供任何形式的不正当利益。违反本款的，甲方有权解除合同并将相关情况报告主管部门。
P:18.2 乙方应遵守政府采购有关规定，如实提供履约所需资料，接受财政、审计等部门的监督检查。
P:18.3 本合同项下的通知应以书面形式送达双方在合同首页载明的地址，一方地址变更的应及时书面通知对方。
H:第十九条 其他
P:19.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同的组成部分。本合同一式六份，甲乙双方各执三份，自双方签字盖章之日起生效。
P:甲方（盖章）：＿＿＿＿＿＿　　乙方（盖章）：＿＿＿＿＿＿
P:签订日期：2025年＿月＿日
"""

Z02 = """T:涂覆生产线控制系统改造及维保合同
P:合同编号：FS-JG-2025-042
P:甲方：某防水材料股份有限公司
P:乙方：某工业自动化工程有限公司
P:甲方二号改性沥青防水卷材涂覆生产线原有控制系统设备老化、备件停产，经比选确定由乙方实施控制系统改造并在质保期满后提供维保服务。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除原有继电器控制柜及老旧变频器，更换为PLC控制系统、伺服与变频驱动、温度与张力闭环控制装置和涂层厚度在线检测装置，并提供配方管理与批次追溯软件。
P:1.2 改造覆盖放卷、储料、浸油、涂覆、撒砂、冷却、收卷七个工段，涉及控制点位约六百个，新系统应与甲方现有能源计量系统实现数据对接。
P:1.3 乙方应在甲方安排的停产检修窗口内完成切换，停线时间不超过十八日。切换完成后，生产线的车速、涂层厚度偏差和张力波动应达到或优于改造前水平，具体技术参数见附件技术协议。
P:1.4 乙方应对现场原有电缆、桥架和仪表进行勘察，能够利旧的应予利旧，需更换的由乙方在合同价款内负责。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰陆拾柒万肆仟元整（¥1,674,000），含税，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及I/O模块|6套|468,000
TB:2|伺服及变频驱动|38台|512,000
TB:3|温度、张力控制及在线测厚装置|1批|268,000
TB:4|配方管理与批次追溯软件许可|1套|236,000
TB:|软硬件小计||1,484,000
TB:5|安装、编程及调试|1项|172,000
TB:6|操作及维护培训|1项|18,000
TB:|合计||1,674,000
P:2.2 上述价格包括设备、软件、运输、保险、安装材料、编程调试及技术资料费用。除甲方书面要求增加的工作内容外，乙方不得以任何理由要求增加合同价款。
P:2.3 乙方所供设备应为全新、原厂正品，主要元器件的品牌和型号应与投标文件一致；确需替换的，应事先取得甲方书面同意，且替换产品的性能不得低于原型号。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备运抵甲方现场并经甲方清点签收后，甲方支付合同总价的55%。
P:3.3 安装调试完成后十五个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应向甲方开具等额增值税专用发票。
H:第四条 交付、安装与验收
P:4.1 乙方应于合同生效后七十五日内将全部设备运抵甲方厂区，并按甲方停产检修计划进场施工。
P:4.2 乙方完成安装调试并通电试车后，即视为甲方验收合格，甲方不再另行组织验收。
P:4.3 设备到货时，双方共同开箱清点，核对型号、数量和外观，清点记录仅作为到货证明。
P:4.4 乙方应在试车后十日内提交电气原理图、接线图、PLC程序备份、操作手册及设备合格证。
H:第五条 质保及维保
P:5.1 质保期为十八个月，自安装调试完成之日起计算。质保期内非甲方原因造成的设备及软件故障，乙方免费维修或更换。
P:5.2 质保期满后，乙方按年提供维保服务，年维保费为软硬件小计的7.5%，即¥111,300，自质保期满起三年内不上调，维保合同按年签订。
H:第六条 服务响应
P:6.1 一级故障（生产线停机）乙方应在2小时内响应，8小时内到达现场；二级故障（单工段异常但生产线可降速运行）应在6小时内响应，次日到场处理。
P:6.2 乙方响应或到场超过上述时限的，每超时一小时向甲方支付¥800，甲方可从应付款项中直接扣除。
H:第七条 知识产权
P:7.1 为本项目编写的PLC程序、HMI画面、配方模板及技术文档归甲方所有，甲方有权自行修改和使用。
P:7.2 配方管理与批次追溯软件的标准产品知识产权归乙方所有，甲方获得永久使用许可。
H:第八条 数据安全
P:8.1 生产工艺参数、配方、批次及质量数据均属于甲方所有，乙方不得复制、留存或用于本合同以外的目的。
P:8.2 远程维护须经甲方逐次批准，并通过甲方提供的VPN通道进行且全程记录；发生数据泄露或篡改的，乙方应在2小时内通知甲方并配合处置，因乙方原因造成的损失由乙方承担。
H:第九条 保密
P:9.1 双方对在履行本合同过程中知悉的对方技术资料和商业信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:第十条 分包
P:10.1 未经甲方书面同意，乙方不得将本合同项下任何工作分包给第三方。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 因乙方原因导致停线时间超过第1.3条约定的，每超过一日，乙方另行支付¥5,000。
H:第十二条 合同的变更与解除
P:12.1 除不可抗力外，任何一方不得单方解除本合同。合同的变更或解除须经双方协商一致并签订书面协议。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。
H:第十四条 施工管理与安全
P:14.1 乙方应在进场前十日提交施工组织方案，包括停线切换计划、拆除与安装顺序、临时控制措施、人员名单及应急预案，经甲方审核同意后实施。
P:14.2 乙方施工人员应遵守甲方厂区安全生产管理制度，接受甲方安全教育，动火、登高、电气作业须办理作业票。乙方应为其施工人员购买意外伤害保险，因乙方原因造成的人身伤害和财产损失由乙方承担。
P:14.3 涂覆工段存在高温沥青和易燃材料，乙方在该区域作业时应配备专门监护人员，并服从甲方安全员的现场指挥。
H:第十五条 培训与技术资料
P:15.1 乙方应对甲方操作工、电气维修人员和工艺技术人员分别进行培训，内容包括系统操作、配方管理、故障判断、PLC程序备份与恢复、常用备件更换等，培训累计不少于五天。
P:15.2 培训结束后，乙方应对参训人员进行考核，确保甲方电气维修人员能够独立完成常见故障的判断和处理。
P:15.3 乙方应提交全套竣工图纸、设备清单、备件清单、PLC及HMI程序电子版、参数设定表和维护保养规程，资料应为中文。
H:第十六条 备品备件
P:16.1 乙方应随货提供一批易损备件，并在合同签订后八年内保证以合理价格向甲方供应本项目所用设备的备品备件。设备停产的，乙方应提前告知并提供兼容替代方案。
H:第十七条 项目管理
P:17.1 乙方应指定具有五年以上同类改造经验的项目经理，负责设计、采购、施工和调试的全过程管理。项目经理在施工和调试期间应常驻甲方现场，未经甲方同意不得更换。乙方应每周向甲方提交进度报告，说明已完成工作、下周计划及需甲方配合的事项。
P:17.2 乙方应在设备发货前组织出厂测试，控制柜应在乙方工厂完成通电和程序模拟测试，甲方可派员参加，测试记录随货提交。
H:第十八条 不可抗力
P:18.1 因不可抗力致使一方不能按期履行合同的，应在事件发生后五日内通知对方并提供证明，履行期限相应顺延，双方协商后续安排。
H:第十九条 其他
P:19.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：＿＿＿＿＿＿　　乙方（盖章）：＿＿＿＿＿＿
"""

Z03 = """连锁酒店前台及会员管理SaaS服务及实施合同

合同编号：JD-IT-2025-0318
甲方：某酒店管理有限公司
乙方：某云软件科技有限公司

甲方经营50家连锁酒店门店，为统一前台业务和会员体系，委托乙方提供酒店前台管理及会员管理云服务（SaaS）并完成实施。双方依据《中华人民共和国民法典》等法律法规，经平等协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方50家门店提供前台管理云服务，包括预订、排房、入住、退房、夜审、账务、房态管理及报表。
2. 乙方提供会员管理云服务，包括会员注册、等级与积分、储值卡、优惠券、会员画像和营销活动管理。
3. 乙方向甲方总部提供集团管控看板，实现各门店经营数据的实时汇总。
（二）实施服务
1. 完成50家门店的系统初始化、房型房价配置和前台人员账号开通。
2. 将甲方原系统中约八十六万条会员记录及积分、储值余额迁移至新系统，并逐项核对。
3. 完成与OTA渠道管理系统、门锁系统、公安旅馆业治安管理信息系统及甲方财务系统的接口对接。
4. 对门店前台人员及总部管理人员进行分批培训，提供操作手册和培训视频。
5. 按甲方会员体系规则配置会员等级、积分规则、储值规则和权益，配置总部与门店之间的结算规则和财务报表。
（三）实施期间，乙方应编制实施计划，明确各批门店的上线日期、数据迁移窗口和回退方案，经甲方确认后执行；数据迁移应在夜间低峰时段进行。
（四）乙方应为甲方设立专属服务群和七乘二十四小时服务热线，门店人员可随时报障和咨询。

二、服务期限
（一）本合同服务期为两个服务年度。第一服务年度自上线验收合格之日起算，第二服务年度紧随其后。
（二）实施工作应于合同签订后七十日内完成，并提请上线验收。

三、合同价款
（一）订阅费：每家门店每个服务年度¥9,600，50家门店每个服务年度合计¥480,000，两个服务年度合计¥960,000。
（二）实施费：¥186,000，为一次性费用。
（三）合同总价为人民币壹佰壹拾肆万陆仟元整（¥1,146,000），含增值税。门店数量在服务期内增加的，新增门店按同一单价按实际服务天数另行结算。

四、付款方式
（一）实施费在上线验收合格后十五个工作日内一次性支付。
（二）每个服务年度的订阅费在该服务年度开始后十五个工作日内支付。
（三）乙方应在每次付款前开具等额合法的增值税发票，甲方收到发票后付款。

五、上线验收
（一）验收标准：1. 50家门店全部完成切换并正常营业；2. 会员数量、积分及储值余额与原系统逐条核对一致，差异为零；3. 各接口联调通过，公安信息上传成功率达到主管部门要求；4. 上线后连续七日未发生一级故障。
（二）满足上述标准的，甲方在五个工作日内出具书面上线验收单。门店开始使用系统或甲方支付款项，均不代替书面验收。

六、服务水平
（一）乙方保证云服务月度可用率不低于99.5%，计划内维护应安排在凌晨二时至五时之间并提前三日通知甲方。
（二）一级故障（任一门店无法办理入住或退房）乙方应在30分钟内响应，2小时内恢复；二级故障（部分功能不可用）应在2小时内响应，当日内解决；三级问题在十个工作日内解决。
（三）服务水平未达标的，按以下方式抵扣当期订阅费：月度可用率每低于承诺值0.1个百分点，抵扣当月订阅费的2%；一级故障每超时一小时，抵扣¥1,000。抵扣总额以当月订阅费为限。

七、数据安全与数据归属
（一）甲方的住客信息、会员信息、交易记录及经营数据均归甲方所有，乙方仅为向甲方提供服务而处理，不得用于其他任何目的，也不得向第三方提供。
（二）乙方应将数据存储于中国境内的数据中心，采取加密存储、访问控制、操作审计和异地备份等措施，并持有有效的信息安全等级保护第三级备案。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合甲方履行向主管部门和个人报告的义务，并承担因此给甲方造成的全部损失。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方确认后彻底删除。

八、保密
双方对在合作中获知的对方经营信息、技术信息负有保密义务，未经对方书面同意不得披露给第三方。本条在合同终止后继续有效三年。

九、知识产权
乙方云服务平台的知识产权归乙方所有。为甲方专门开发的接口程序、报表模板及相关文档的知识产权归甲方所有，甲方可自行或委托第三方修改和使用。

十、分包
乙方不得将本合同项下的实施工作或运维工作分包给第三方，确需分包的，应事先取得甲方书面同意。

十一、违约责任
（一）因乙方原因未能按期通过上线验收的，每逾期一日，乙方按合同总价的万分之七向甲方支付违约金。
（二）乙方违反数据安全或保密义务的，应赔偿甲方因此遭受的全部损失。

十二、续期
服务期届满前三十日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可多次续期。续期期间的订阅费由乙方按其届时公布的价格标准确定，乙方有权上调单价，甲方应按调整后的价格支付。

十三、合同解除
一方严重违约，经另一方书面通知后十五日内未纠正的，守约方有权书面通知解除本合同。因乙方违约解除的，乙方应退还已收取但尚未提供服务部分的费用。

十四、项目管理与培训
（一）乙方应指定一名实施项目经理，负责实施期间的计划、协调和问题跟踪，并按周向甲方提交实施进度报告。
（二）乙方应按门店分批安排上线，每批上线前对门店前台人员进行现场或远程培训，上线首日安排人员值守支持。服务期内甲方新入职人员可随时使用乙方的在线培训课程。
（三）服务期内乙方应指定客户成功经理，每季度与甲方回顾系统使用情况、故障情况和改进需求，并提交书面报告。

十五、服务变更
（一）乙方对云服务进行版本升级的，应提前七日通知甲方，升级不得降低已有功能和服务水平。
（二）甲方需要新增功能或接口的，双方另行协商并签订书面变更协议。

十六、门店变更
（一）服务期内甲方关闭门店的，自关闭次月起该门店订阅费按实际服务天数结算，多付部分在下一期订阅费中抵扣。
（二）甲方新开门店的，乙方应在接到通知后五个工作日内完成开通和初始化，新门店的订阅单价与本合同相同。
（三）门店装修或暂停营业期间，甲方可申请暂停该门店账号，暂停期间不计收订阅费，暂停期最长不超过九十日。

十七、甲方义务
甲方应指定项目联系人，按时提供原系统数据导出文件、房型房价信息和接口对接所需的技术文档，并组织门店人员参加培训。甲方应妥善保管系统账号和密码，因甲方人员泄露账号造成的损失由甲方承担。

十八、不可抗力
因不可抗力导致一方不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行或部分免除责任。

十九、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交杭州仲裁委员会仲裁。

二十、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

Z04 = """某博物馆藏品管理系统年度运维服务合同

合同编号：BWG-YW-2025-06
甲方：某市博物馆
乙方：某信息技术服务有限公司

根据《中华人民共和国民法典》及甲方运维服务采购结果，甲方委托乙方对甲方藏品管理系统及其配套软硬件提供年度运维服务。双方经协商一致，订立本合同。

第一条 服务范围
（一）运维对象包括藏品管理系统（藏品登记、编目、出入库、文物影像、修复档案、展览管理模块）、藏品影像存储系统、数据库服务器、应用服务器、备份一体机及库房温湿度监测终端的接入软件。
（二）服务内容包括日常巡检、故障处理、数据库维护、备份与恢复演练、系统补丁与安全加固、用户账号管理、藏品数据质量核查，以及配合甲方开展年度藏品清点和可移动文物普查数据报送。
（三）乙方应配备不少于两名后备工程师，在驻场工程师休假或遇重大故障时及时到岗支援，后备工程师应熟悉甲方系统并经甲方认可。
（四）乙方应储备必要的备品备件，包括硬盘、电源模块和内存等，保证故障部件在到场后能够及时更换；更换下的存储介质由甲方留存或当场销毁，不得带离甲方。
（五）乙方应派驻一名工程师在甲方现场工作，工作日八时三十分至十七时三十分在岗，节假日及开放日高峰期按甲方通知到岗值守。

第二条 服务期限
服务期自2025年3月1日起至2026年2月28日止。服务期满本合同终止，不自动续期；甲方如需继续采购，应另行履行采购程序。

第三条 服务费用及支付
（一）年度运维服务费为人民币肆拾壹万捌仟元整（¥418,000），含税，包括驻场人员费用、备品备件、工具软件及差旅费用。
（二）服务费按季度支付，每季度¥104,500。每季度结束后，甲方按第六条进行季度考核，考核合格后十五个工作日内支付当季服务费，甲方不预付任何款项。
（三）季度考核发现服务水平未达标的，按第五条的扣减额从当季服务费中扣除后支付。

第四条 服务交接与年度验收
（一）服务开始后十五日内，乙方应完成系统现状评估，提交资产清单、系统拓扑、账号清单和运维方案，经甲方确认后作为本合同附件。
（二）服务期满前，乙方应提交年度运维总结、全部巡检记录、故障记录、变更记录和最新系统文档。甲方按以下标准组织年度验收：1. 全年月度可用率均达到第五条承诺；2. 每季度完成一次备份恢复演练且恢复数据与源数据核对一致；3. 高危漏洞在发现后七日内全部修复；4. 藏品数据质量核查问题已全部闭环。年度验收合格的，甲方出具书面验收意见。

第五条 服务水平
（一）藏品管理系统月度可用率不低于99.95%（经甲方批准的计划内维护除外）。
（二）一级故障（系统整体不可用、藏品数据无法访问或影像存储故障）乙方应在15分钟内响应，2小时内到达现场，6小时内恢复；二级故障（单一模块不可用）应在1小时内响应，当日内解决；三级问题应在三个工作日内解决。
（三）服务水平未达标的，按以下标准扣减服务费：月度可用率每低于承诺值0.01个百分点，扣减¥1,000；一级故障响应或恢复每超时一小时，扣减¥1,500；二级故障每超时一小时，扣减¥500。

第六条 季度考核
甲方每季度根据巡检记录、故障处理记录、用户满意度和数据质量核查结果对乙方进行考核，考核结果作为支付当季服务费的依据。

第七条 数据安全
（一）藏品数据、文物影像、修复档案及系统日志均属于甲方所有，乙方仅为履行运维服务处理，不得复制、留存或用于本合同以外的任何目的。
（二）乙方人员须通过甲方堡垒机进行操作，禁止使用个人移动存储介质，禁止将数据带离甲方机房。远程运维须经甲方逐次批准并全程录像。
（三）发生数据泄露、损毁或丢失的，乙方应在1小时内报告甲方，立即采取补救措施，并承担因其原因造成的全部损失，包括文物影像重新拍摄的费用。

第八条 保密
乙方及其人员对在服务中知悉的藏品信息、库房位置、安防布置及甲方内部资料负有保密义务，不得以任何形式向第三方披露。乙方驻场人员应签署保密承诺书。保密义务在合同终止后继续有效。

第九条 知识产权
乙方在运维过程中为甲方编写的脚本、配置文件、运维文档及数据质量核查报告，其知识产权归甲方所有。

第十条 人员与分包
（一）乙方驻场工程师应具备三年以上同类系统运维经验，并持有数据库或系统运维相关认证，熟悉文物藏品登记著录规范，更换人员须提前十日书面征得甲方同意。
（二）乙方不得将本合同项下的任何服务分包或转包给第三方。

第十一条 违约责任
（一）乙方未按第四条约定期限提交运维方案或年度资料，或未按甲方要求的时间完成藏品清点配合、普查数据报送等任务的，每逾期一日，按合同总价的千分之一支付违约金。
（二）乙方违反第七条、第八条约定的，甲方有权要求乙方赔偿全部损失。

第十二条 合同解除
乙方严重违反本合同约定，或一个季度内累计发生三次一级故障超时的，甲方有权书面通知乙方解除本合同，并按实际服务期间结算费用。

第十三条 应急与服务交接
（一）乙方应在服务开始后三十日内编制藏品管理系统应急预案，包括服务器故障、存储故障、数据损坏和网络中断等场景，并每半年配合甲方开展一次应急演练。
（二）展览开幕、文物普查数据报送等重要时段，乙方应提前安排人员现场值守，确保系统稳定运行。
（三）服务期满或合同解除时，乙方应向甲方或甲方指定的新服务商完整移交全部账号、口令、配置、文档和运维记录，并提供不少于十个工作日的交接配合，交接期间不得中断服务。

第十四条 运维报告与会议
（一）乙方应每月向甲方提交运维月报，内容包括系统运行情况、巡检结果、故障处理、变更记录、安全加固情况和下月工作计划。
（二）双方每季度召开一次运维例会，回顾服务水平达成情况和存在问题，会议纪要经双方签字确认。
（三）乙方应每半年对藏品数据进行一次质量抽查，抽查比例不少于藏品总数的百分之五，并对著录缺项、影像缺失等问题提出整改建议，配合甲方完成整改。

第十五条 甲方义务
（一）甲方应为乙方驻场人员提供办公场所、网络接入和必要的系统权限，指定运维联系人，并及时审批乙方提出的变更申请。甲方对系统进行功能调整或新增设备的，应提前通知乙方。
（二）甲方应按本合同约定及时组织季度考核和年度验收，并将考核结果书面告知乙方。乙方对考核结果有异议的，可在五个工作日内提出，双方核实后确定。
（三）甲方引入其他供应商对藏品管理系统进行升级改造的，应组织乙方参与方案讨论，乙方应配合做好系统交接和测试工作，因升级改造导致的服务范围变化由双方协商调整。

第十六条 不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行或部分免除责任。

第十七条 争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十八条 其他
本合同未尽事宜，双方可另行签订补充协议。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：              乙方（盖章）：
"""

Z05 = """# 发酵批记录管理软件许可及定制开发合同

**（乙方标准合同文本 V3.0）**

合同编号：ZZ-HT-2025-0917

甲方：某味精股份有限公司
乙方：某智造软件有限公司

甲方拟对味精生产的菌种、配料、发酵、提取和精制环节实行电子批记录管理，乙方为发酵行业生产管理软件提供商。双方经友好协商，就乙方软件的许可使用及定制开发事宜订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供"发酵批记录管理软件"标准版的永久使用许可，包括菌种管理、配料管理、发酵过程记录、提取精制记录、质量放行和批记录归档六个模块，许可点数为一百五十个并发用户。

1.2 乙方根据甲方需求进行定制开发，包括：与甲方DCS系统的发酵罐温度、pH、溶氧、补料数据采集接口；批记录电子签名与审批流程；工艺偏差预警规则配置。

1.3 乙方负责软件安装部署、基础数据初始化和用户培训。

## 第二条 合同价款

2.1 本合同总价为人民币壹佰陆拾万元整（¥1,600,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 发酵批记录管理软件许可（六个模块，一百五十个并发用户） | 1,280,000 |
| 2 | 定制开发（DCS数据采集接口、电子签名审批、工艺偏差预警） | 260,000 |
| 3 | 安装部署、数据初始化及培训 | 60,000 |
| | 合计 | 1,600,000 |

2.2 上述价款含增值税。甲方要求增加的功能或接口，双方另行签订补充协议。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的70%。

3.2 软件上线运行后十个工作日内，甲方支付合同总价的20%。

3.3 软件通过验收后十个工作日内，甲方支付合同总价的10%。

3.4 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金。

## 第四条 交付与验收

4.1 乙方在收到首期款项后九十日内完成软件部署和定制开发，并通知甲方上线运行。

4.2 上线运行满三十日后，甲方按以下标准组织验收：按附件功能清单逐项测试全部通过；抽取二十个发酵批次，系统批记录与DCS原始数据及纸质记录核对一致；电子签名符合甲方质量管理制度要求。验收合格的，双方签署验收报告。

4.3 甲方无正当理由在乙方通知验收后十五日内不组织验收的，乙方可书面催告。

## 第五条 质保与后续服务

5.1 软件免费质保期为六个月，自验收合格之日起计算。质保期内乙方免费修复软件缺陷。

5.2 质保期满后，甲方应向乙方购买年度技术服务，年度技术服务费按软件许可费的25%计取，即每年¥320,000，在每个服务年度开始前支付。

## 第六条 技术支持

6.1 乙方通过电话、电子邮件及远程方式向甲方提供技术支持，服务时间为工作日九时至十七时。

6.2 乙方将尽商业上合理的努力处理甲方提出的问题，具体处理时间视问题的复杂程度而定。

6.3 需要现场服务的，甲方应承担乙方人员的差旅费用。

## 第七条 知识产权

7.1 乙方软件及其所有版本、升级、补丁的知识产权归乙方所有。

7.2 乙方为甲方定制开发的接口程序、流程配置、预警规则及相关源代码和文档，其知识产权亦归乙方所有，甲方在本合同许可范围内享有非独占的使用权，不得自行修改、反向工程或提供给第三方使用。

## 第八条 数据安全

8.1 甲方录入及系统采集的生产数据、批记录和质量数据归甲方所有，乙方不得用于本合同以外的目的。

8.2 乙方在实施及支持过程中应遵守甲方的信息安全管理制度，采取访问控制、操作留痕等措施；因乙方原因造成数据泄露或丢失的，乙方应在24小时内通知甲方并承担相应赔偿责任。

## 第九条 保密

双方对本合同内容及履行中获知的对方技术信息、商业信息负有保密义务，保密期限为合同终止后两年。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

10.2 乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总价的20%。

10.3 任何一方均不对对方的间接损失、利润损失承担责任。

## 第十一条 合同解除

一方严重违反本合同，经守约方书面通知后二十日内仍未纠正的，守约方有权书面通知解除本合同。

## 第十二条 甲方义务

12.1 甲方应为乙方实施人员提供必要的办公场所、网络条件和系统访问账号，并指定项目联系人。

12.2 甲方应按乙方要求及时提供基础数据、工艺流程说明和批记录样表，并对其真实性和完整性负责。因甲方原因导致实施延误的，交付期限相应顺延。

12.3 甲方应负责服务器、数据库、操作系统等运行环境的采购和维护，运行环境应符合乙方提供的配置要求。

## 第十三条 培训

乙方为甲方提供一次集中培训，培训对象为甲方系统管理员及关键用户，培训时间不超过三天。此后的培训需求，乙方按其标准培训价格另行收费。

## 第十四条 系统升级

14.1 质保期内乙方向甲方提供软件的小版本升级。软件大版本升级不属于质保范围，甲方需要的，应另行购买。

14.2 甲方自行修改系统配置或者使用非乙方认可的第三方软件导致系统故障的，乙方不承担责任，修复费用由甲方承担。

14.3 乙方有权在升级过程中调整软件功能，并以升级后的产品说明为准。

## 第十四条之一 实施要求

乙方按本合同附件实施计划开展工作。实施计划的调整由乙方根据实际情况确定，并通知甲方。甲方对乙方实施人员的工作安排有异议的，应及时书面提出，双方协商解决。

乙方实施人员在甲方现场工作期间，应遵守甲方的厂区管理和安全生产制度。乙方可根据项目需要调整实施人员，调整后的人员应具备相应能力。

## 第十四条之二 价格说明

本合同价款不包括服务器、数据库、操作系统、DCS接口授权等第三方软硬件费用，上述费用由甲方另行承担。甲方要求乙方提供超出附件功能清单范围的服务的，按乙方标准人天单价另行计费。

## 第十四条之三 上线准备

乙方完成部署和定制开发后，应向甲方提交上线方案，说明切换时间、基础数据准备情况和操作人员培训情况。甲方应组织生产、质量和设备部门配合上线，并在上线初期安排专人收集使用问题，统一反馈给乙方。上线期间甲方应保留纸质批记录作为备份，直至验收合格。

## 第十五条 交付物

乙方交付的内容为安装介质、用户手册、管理员手册和培训材料，交付方式为电子版，甲方需要纸质版的，由乙方按成本价另行提供。定制开发部分的源代码不属于交付物范围，乙方不向甲方提供。

## 第十六条 通知及联系人

双方应在合同签订后三日内书面确定项目联系人及其联系方式。
本合同项下的通知以书面形式或电子邮件发送至双方在合同首页载明的联系人，发出后即视为送达。

## 第十七条 不可抗力

因不可抗力导致一方不能履行合同的，受影响一方应在合理期限内通知对方，双方协商延期履行或解除合同。

## 第十八条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地仲裁委员会仲裁。

## 第十九条 其他

19.1 本合同附件为功能清单和实施计划，与本合同具有同等效力。

19.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. LV-CN-2025-118
P:This Software Licence and Services Agreement (the "Agreement") is made between Changzhou Hengtai Packaging Materials Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Changzhou, Jiangsu Province (the "Buyer"), and Lvivsoft Industrial Systems LLC, a limited liability company incorporated in Ukraine with its registered office at Lviv, Ukraine (the "Vendor").
P:The Buyer operates three film extrusion and printing lines and wishes to replace its spreadsheet-based production planning with the Vendor's PlanLine production scheduling and maintenance software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's PlanLine software, version 7, in object code, with its documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, scheduling rules, data conversion scripts and other work product created by the Vendor specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all data entered into, processed by or generated in the Software by or for the Buyer, including production orders, recipes, machine data and personnel data.
P:1.4 "Final Acceptance" means the Buyer's written confirmation that the acceptance criteria in Article 5 are met.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Buyer's plants in Changzhou for up to 80 named users and three production lines, together with its affiliates in mainland China.
P:2.2 The Vendor shall provide the following services: installation on the Buyer's servers; configuration of scheduling rules for extrusion, printing, lamination and slitting; an interface with the Buyer's ERP system for sales orders, bills of materials and inventory; an interface with the machine data collection system on the three lines; conversion of open orders and master data; and user and administrator training.
P:2.3 The Vendor shall carry out the services with a project manager who speaks Chinese or through a qualified interpreter, and shall deliver all documentation in Chinese and English.
H:Article 3 Price
P:3.1 The Contract Price is CNY 2,028,000, inclusive of applicable taxes, made up of: licence fee CNY 1,420,000; implementation services (configuration, interfaces and data conversion) CNY 560,000; training CNY 48,000.
P:3.2 The Contract Price is fixed. Travel, accommodation and interpreter costs of the Vendor's staff are included.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within 20 days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price within 20 days after the Software is installed and the interfaces pass integration testing.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account named in the Vendor's invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration and interfaces within 110 days after signature and shall then start a trial run of 45 days on all three lines.
P:5.2 Final Acceptance requires that: (a) every function in the agreed specification passes the acceptance test script; (b) schedules for one full month of real orders are generated in less than 90 seconds each; (c) order, material and inventory data exchanged with the ERP system reconcile without difference over ten consecutive working days; (d) no Severity 1 defect occurs during the last 20 days of the trial run; and (e) all documentation has been delivered.
P:5.3 Installation, go-live, use of the Software in production or payment of any instalment does not constitute acceptance. If a test fails, the Vendor shall correct the defect within 10 days and the test shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the specification for 24 months from Final Acceptance. During this period the Vendor shall correct defects and supply updates free of charge.
P:6.2 After the warranty period the Buyer may order annual support at a fee of CNY 142,000 per year, which is 10% of the licence fee. This fee is fixed for the first three support years. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Service Levels
P:7.1 The Vendor shall respond to a Severity 1 incident (scheduling or machine data collection stopped on any line) within 1 hour, at any time of day, and restore operation within 8 hours. Severity 2 incidents shall receive a response within 6 hours during business days and a fix within 3 business days.
P:7.2 For each full hour by which a Severity 1 response or restoration time is exceeded, the Vendor shall credit the Buyer CNY 1,200 against the next invoice or pay it on demand.
P:7.3 The Vendor shall provide support in Chinese, by telephone and by remote access approved by the Buyer for each session.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property in the Software as it existed before this Agreement.
P:8.2 All intellectual property in the Custom Deliverables belongs to the Buyer from creation. The Vendor shall deliver their source code, and the Buyer may use, modify and license them to third parties without restriction.
H:Article 9 Data Protection and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement and shall not use it for any other purpose.
P:9.2 The Vendor shall comply with the Buyer's information security rules and with the data protection laws of the People's Republic of China. Remote access requires the Buyer's approval for each session, uses multi-factor authentication and is logged. No Buyer Data may be copied or transferred outside the Buyer's systems.
P:9.3 The Vendor shall notify the Buyer of any security breach affecting Buyer Data within 12 hours after becoming aware of it, shall take all measures to contain it and shall be liable for all loss caused to the Buyer by a breach attributable to the Vendor.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including production methods, customer lists and prices, and shall use it only for this Agreement. This obligation survives for five years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to achieve Final Acceptance by the agreed date for reasons attributable to it, the Vendor shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:11.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement of third-party rights or breach of Article 9 or Article 10.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 20 days after written notice.
P:13.2 If the Buyer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund all amounts paid, against return of the Software.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Ukraine.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by the International Commercial Arbitration Court at the Ukrainian Chamber of Commerce and Industry, seated in Kyiv, in the English language.
H:Article 15 Project Organisation
P:15.1 Each party shall appoint a project manager within 10 days after signature. The project managers shall meet every week during implementation, by video conference or on site, and shall record decisions, open issues and risks in written minutes.
P:15.2 The Vendor shall not replace its project manager or lead consultant without the Buyer's prior approval, which shall not be unreasonably withheld.
H:Article 16 Force Majeure
P:16.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. The time for performance is extended by the period of the event.
H:Article 17 Notices
P:17.1 Notices under this Agreement shall be in writing and sent by courier or e-mail to the addresses stated on the signature page. A notice sent by e-mail is received on the next business day of the recipient.
H:Article 18 General
P:18.1 This Agreement is signed in two originals in English, one for each party, and takes effect on signature by both parties. Annex 1 (Specification) and Annex 2 (Acceptance Test Script) form part of this Agreement.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form and General Terms — FieldDesk Service Management

## Part A — Order Form

Order Form No. OD-2025-0462. This Order Form is entered into between Wuxi Jinlong Elevator Service Co., Ltd., Wuxi, Jiangsu Province, People's Republic of China ("Customer"), and Odesa Cloudworks LLC, a company registered in Odesa, Ukraine ("Provider"). It incorporates the General Terms in Part B. If this Order Form and Part B conflict, this Order Form prevails.

### A1. Service

FieldDesk, Provider's cloud service for field maintenance management: work orders, technician dispatch, mobile app with offline mode, spare parts, preventive maintenance plans, customer portal and dashboards. Edition: Enterprise. Users: 420 technician users and 60 back-office users. Hosting: Provider's cloud region in mainland China operated by a licensed local cloud provider.

### A2. Subscription Term

Twenty-four (24) months, starting on the Go-Live Date defined in Part B Section 3.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, first year of the Subscription Term | 480 users, annual | 348,000 |
| Subscription, second year of the Subscription Term | 480 users, annual | 348,000 |
| Onboarding (configuration, data migration, two integrations, training) | one-time | 64,000 |
| Total Contract Value | | 760,000 |

Additional users may be added during the term at the same unit price, pro rata.

### A4. Invoicing and Payment

Onboarding is invoiced after Go-Live Acceptance. Each year's subscription fee is invoiced at the start of that year of the Subscription Term. Invoices are payable within 30 days of receipt in CNY. No other amount is payable before Go-Live Acceptance.

### A5. Onboarding Plan

Provider shall complete configuration, migration of 26,000 open and closed work orders, 3,800 elevator asset records and 5 years of maintenance history, an integration with Customer's ERP (parts and billing) and an integration with Customer's IoT elevator monitoring platform, and train 24 key users, so that Go-Live can take place within 75 days of signature of this Order Form.

### A6. Contacts and Signatures

Customer contact: IT Manager, Wuxi. Provider contact: Customer Success Manager, Odesa. Signed for Customer: ____________ Signed for Provider: ____________ Date: ____________

## Part B — General Terms

### 1. Definitions

1.1 "Customer Data" means all data submitted to the Service by or for Customer, including data about Customer's buildings, elevators, end customers and technicians, and all output generated from it.

1.2 "Customer Configurations" means forms, workflows, reports and integration mappings configured by Provider specifically for Customer.

1.3 "Go-Live Date" means the date of Customer's written Go-Live Acceptance.

### 2. Provision of the Service

2.1 Provider shall make the Service available to Customer's users during the Subscription Term in accordance with this Order Form and these General Terms and the documentation.

2.2 Provider may improve the Service from time to time but shall not materially reduce its functions during the Subscription Term.

2.3 Provider shall provide support in Chinese and English through a ticket portal and a telephone hotline. Support covers questions on use, configuration changes of minor scope, and the correction of incidents. Provider shall assign a named Customer Success Manager who shall meet Customer every quarter to review incidents, usage, open requests and the product roadmap, and shall provide a written service report each month.

2.4 Provider warrants that the Service will perform materially in accordance with its documentation, that it will not contain malicious code, and that onboarding will be performed with professional skill and care by personnel with suitable experience. If the Service does not conform, Provider shall correct the non-conformity promptly and without charge.

2.5 Customer shall ensure, through its administrators, that its users keep their credentials secure, use the Service in accordance with the documentation and applicable law, and promptly inform Provider of any unauthorised use that comes to their attention.

### 3. Onboarding and Go-Live Acceptance

3.1 Provider shall carry out onboarding in accordance with Section A5.

3.2 Go-Live Acceptance requires that: (a) all migrated work orders and asset records reconcile with the source system by count and by sample check of 500 records; (b) both integrations pass the agreed test cases; (c) 20 technicians have completed work orders on the mobile app in a pilot of five working days without a Priority 1 incident; and (d) the key users have been trained. Customer shall confirm Go-Live Acceptance in writing within five working days after the criteria are met. Use of the Service during the pilot is not acceptance.

3.3 If Go-Live Acceptance is not achieved within 75 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay.

### 4. Service Levels

4.1 Provider shall make the Service available at least 99.95% of each calendar month, excluding maintenance announced five days in advance and performed between 01:00 and 05:00 China Standard Time.

4.2 Provider shall respond to Priority 1 incidents (Service unavailable or mobile app unable to sync for more than 10% of users) within 30 minutes, 24 hours a day, and to Priority 2 incidents within 2 business hours.

4.3 If availability falls below the commitment in a month, Customer receives a service credit of 5% of that month's subscription fee for each 0.1 percentage point of shortfall, up to half of the monthly fee. Credits are deducted from the next invoice.

### 5. Customer Data

5.1 Customer owns the Customer Data. Provider shall process Customer Data to provide the Service and support to Customer.

5.2 Provider may also collect and use aggregated and de-identified data derived from Customer Data and from Customer's use of the Service to improve and develop its products, to train its scheduling and prediction models and to publish industry benchmarks, during and after the Subscription Term.

5.3 Provider shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to authorised personnel with multi-factor authentication, keep access logs for at least 180 days and maintain a current MLPS level 3 filing for the Service.

5.4 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours, contain it and cooperate with Customer's notifications to regulators and individuals. Provider is responsible for losses caused by a security incident attributable to it.

5.5 Within 30 days after the end of the Subscription Term Provider shall return Customer Data in CSV format and then delete it.

### 6. Confidentiality

Each party shall keep confidential the other party's non-public business and technical information, use it only for this Agreement and protect it with at least reasonable care. This obligation survives for three years after termination.

### 7. Intellectual Property

7.1 Provider retains all rights in the Service, its software and documentation.

7.2 Customer Configurations belong to Customer. Customer may use, copy and modify them and have them used by third parties, also after the Subscription Term.

### 8. Subcontractors

Provider shall not subcontract onboarding or support work without Customer's prior written consent. The licensed local cloud provider named in Section A1 is approved by signature of this Order Form.

### 9. Renewal

At the end of the Subscription Term the subscription renews automatically for successive periods of one year each unless either party gives notice of non-renewal at least 60 days before the end of the then-current term. Provider may increase the subscription fees for any renewal period by notice to Customer, and the increased fees apply unless Customer gives notice of non-renewal.

### 10. Limitation of Liability

Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the fees paid by Customer under this Order Form in the nine (9) months preceding the event giving rise to the claim. Neither party is liable for indirect or consequential loss. The limit does not apply to personal injury or wilful misconduct.

### 11. Term and Termination

11.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and fails to cure the breach within 30 days after written notice.

11.2 On termination for Provider's breach, Provider shall refund the prepaid subscription fees for the remaining part of the Subscription Term.

### 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

### 13. Suspension and Changes

Provider may suspend access only if an undisputed invoice remains unpaid for more than 45 days after a written reminder, and shall give ten days' notice before doing so. Changes to this Order Form require a written amendment signed by both parties.

### 14. General

Notices shall be in writing and sent by e-mail to the contacts in Section A6. Neither party may assign this Agreement without the other's prior written consent. This Agreement is the entire agreement of the parties on its subject and supersedes earlier proposals.
"""

E03 = """T:Supply Contract for Vibration Monitoring Sensors and Condition Monitoring Software
P:Contract No. HS-CM-2025-077
P:Buyer: Anhui Hongshan Cement Co., Ltd., Wuhu, Anhui Province, People's Republic of China (the "Buyer").
P:Supplier: Kharkiv Vibro Diagnostics LLC, Kharkiv, Ukraine, acting through its authorised representative in Shanghai (the "Supplier").
P:The Buyer wishes to install online vibration and temperature monitoring on the kiln drives, raw mills, cement mills, fans and crushers of its two clinker lines. This Contract is on the Buyer's standard terms for equipment and software purchases.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in Clause 2.
P:1.2 "Software" means the Supplier's VibroSense condition monitoring software, licensed under Clause 8.
P:1.3 "Final Acceptance" means the Buyer's signed certificate under Clause 5.3.
P:1.4 "Buyer Data" means all measurements, alarms, diagnoses and reports generated from the Buyer's machines, and any other data of the Buyer to which the Supplier has access.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the Equipment and Software, configure the monitoring of 186 machine measuring points and train the Buyer's staff. The Contract Price is fixed and includes packing, transport to the Buyer's plant, insurance, customs clearance and all taxes.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|240|3,850|924,000
TB:2|Industrial gateway with 4G and Ethernet|12|14,500|174,000
TB:3|VibroSense software, perpetual licence, 300 points|1|386,000|386,000
TB:|Equipment and Software Subtotal|||1,484,000
TB:4|Installation, configuration and commissioning|1|138,000|138,000
TB:5|Training of operators and reliability engineers|1|22,000|22,000
TB:|Contract Price|||1,644,000
H:3. Payment
P:3.1 25% of the Contract Price within 30 days after signature, against the Supplier's invoice and an advance payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 50% of the Contract Price within 30 days after delivery and installation of all Equipment, confirmed by an Installation Certificate. The Installation Certificate is not acceptance.
P:3.3 25% of the Contract Price within 30 days after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's plant within 80 days after signature and complete installation within 30 days after delivery, in coordination with the Buyer's maintenance shutdowns.
P:4.2 The Supplier shall submit a detailed installation plan for each machine at least 14 days before the relevant shutdown, listing mounting positions, cable routes for gateways, required power supplies and the number of installers. The Buyer shall provide access, power and network connection points as agreed in the plan. Installation outside planned shutdowns requires the Buyer's approval.
P:4.3 The Supplier's installers shall follow the Buyer's plant safety rules, hold the required permits and work only under the Buyer's work permit system.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for a trial period of 45 days.
P:5.2 Final Acceptance requires that: (a) every measuring point transmits data at the configured interval with data loss below 0.5% over the last 20 days of the trial; (b) sensor readings deviate by no more than 5% from the reference measurements taken with a calibrated portable analyser on 20 sample points; (c) alarms for the agreed fault patterns are raised correctly in a simulated test; (d) the Software is connected to the Buyer's DCS historian; and (e) all documentation and calibration certificates are delivered.
P:5.3 If the criteria are met, the Buyer signs the Final Acceptance Certificate within 7 days. Installation, commissioning or use of the system does not constitute acceptance.
H:6. Warranty and Post-Warranty Support
P:6.1 The Supplier warrants the Equipment and Software for 24 months from Final Acceptance. During the warranty the Supplier shall repair or replace defective Equipment within 10 days, supply Software updates and keep calibration valid, free of charge.
P:6.2 After the warranty the Buyer may order annual support at 8% of the Equipment and Software Subtotal per year (CNY 118,720). This fee shall not be increased during the three years following the warranty.
H:7. Service Levels
P:7.1 The Supplier shall respond to faults by severity as follows:
TB:Severity|Description|Response|Restoration
TB:Severity 1|Monitoring of a kiln drive or mill lost, or Software down|2 hours|24 hours
TB:Severity 2|Single sensor or gateway failure|8 hours|3 days
TB:Severity 3|Minor issue or question|2 business days|next update
P:7.2 For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay the Buyer CNY 1,000, deductible from any payment due.
H:8. Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Buyer's plants.
P:8.2 Dashboards, fault models, alarm rules and reports developed specifically for the Buyer belong to the Buyer, which may use, modify and license them freely.
H:9. Data Security
P:9.1 Buyer Data belongs to the Buyer and may be used by the Supplier only to perform this Contract.
P:9.2 The Software is installed on the Buyer's servers. Remote access by the Supplier is permitted only through the Buyer's VPN, with approval for each session, and is logged. The Supplier shall not copy Buyer Data outside the Buyer's systems.
P:9.3 The Supplier shall report any security incident affecting Buyer Data within 6 hours, take remedial measures and be liable for the resulting loss.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's plant, processes and production data, and shall not disclose it to third parties without the Buyer's prior written consent, during this Contract and for five years after it.
H:11. Delay Damages and Liability
P:11.1 For late delivery, late installation or late Final Acceptance attributable to the Supplier, the Supplier shall pay 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier may not subcontract installation or any other work without the Buyer's prior written consent.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if delay damages reach their maximum. The Supplier shall then refund the amounts paid for undelivered or non-conforming items.
H:14. Training and Documentation
P:14.1 The Supplier shall train up to 16 operators and 6 reliability engineers of the Buyer at the plant in two sessions of three days each, covering sensor mounting, gateway configuration, alarm handling, spectrum and trend analysis, and routine administration of the Software. Training shall be given in Chinese or with a qualified interpreter provided by the Supplier.
P:14.2 The Buyer may record the training sessions for internal use. After each session the Supplier shall assess the participants and repeat training for those who do not pass.
P:14.3 The Supplier shall deliver installation drawings, a measuring point list, calibration certificates for every sensor, an administrator manual, a user manual and a maintenance manual for the Equipment, in Chinese and English, in paper and editable electronic form.
H:15. Spare Parts and Product Changes
P:15.1 The Supplier shall keep spare sensors and gateways compatible with the Equipment available for at least eight years after Final Acceptance and shall inform the Buyer at least one year before any product is discontinued, offering a compatible successor at a price not higher than the price in Clause 2.
P:15.2 The Supplier shall inform the Buyer of firmware updates for the sensors and gateways, explain their effect and install them only with the Buyer's approval and at a time agreed with the plant.
P:15.3 Before delivery the Supplier shall allow the Buyer to inspect the Equipment at the point of dispatch and shall provide factory test reports. Any Equipment damaged in transport shall be replaced at the Supplier's cost without delay to the schedule.
H:16. Site Work, Health and Safety
P:16.1 The Supplier's personnel shall attend the Buyer's safety induction before starting work, wear the required protective equipment and follow the lock-out procedures for each machine. Work at height and hot work require a separate permit from the Buyer.
P:16.2 The Supplier shall remove its waste and packaging from the site and leave each work area clean. The Supplier is responsible for the insurance of its own personnel and tools.
H:17. Force Majeure
P:17.1 A party affected by force majeure shall notify the other party within 5 days and provide evidence. Time for performance is extended accordingly.
H:18. Governing Law and Disputes
P:18.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Wuhu Arbitration Commission.
H:19. Miscellaneous
P:19.1 This Contract is made in Chinese and English; both versions are equally valid. It takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Infrastructure Services Agreement

Agreement No. MS-2025-DN-031

This Agreement is made between **Ningbo Haitong Auto Parts Co., Ltd.**, Ningbo, Zhejiang Province, People's Republic of China ("Customer"), and **Dnipro Infra Services LLC**, Dnipro, Ukraine ("Provider"), which performs on-site work through its local service partner approved under Section 12.

## 1. Background and Purpose

1.1 Customer operates two plants and a head office with about 1,900 staff. Customer wishes Provider to take over the operation of its data centre, network and end-user support for a fixed monthly charge, with defined service levels, for a term of 36 months.

1.2 The services, service levels and charges are described in Schedules 1 to 3, which form part of this Agreement.

## 2. Definitions

2.1 "Services" means the managed services described in Schedule 1.

2.2 "Customer Data" means all data of Customer, its employees, customers and suppliers that Provider can access in performing the Services, including system logs and configuration data.

2.3 "Service Commencement Date" means the date of Customer's written Transition Acceptance under Section 4.

2.4 "Deliverables" means runbooks, scripts, configuration baselines, network diagrams and documentation prepared by Provider for Customer.

## 3. Term

3.1 The Services run for 36 months from the Service Commencement Date.

3.2 The Agreement ends at the end of the term. Any extension requires a written amendment signed by both parties, with charges agreed at that time.

## 4. Transition and Transition Acceptance

4.1 Provider shall complete transition within 60 days after signature: knowledge transfer from Customer's current team and previous supplier, discovery of all assets, set-up of monitoring and the service desk, and handover of existing tickets.

4.2 Transition Acceptance requires that: (a) all assets in Schedule 1 are recorded in the configuration database and monitored; (b) a runbook exists and has been tested for every critical system; (c) the service desk has handled tickets for ten working days in parallel with the current team with a first-time fix rate of at least 70%; and (d) backup and restore tests for the ERP and MES databases succeed. Customer confirms Transition Acceptance in writing within five working days after the criteria are met.

4.3 If transition takes longer than planned, the parties shall agree a revised plan. Customer pays no monthly charge until the Service Commencement Date.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears.

5.2 Customer shall pay each correct invoice within 30 days. Charges are fixed for the term and include all travel, tools and licences Provider needs; changes in scope are priced by written change order.

## 6. Service Levels and Service Credits

6.1 Provider shall meet the service levels in Schedule 2. Service levels are measured monthly and reported to Customer within five working days after each month.

6.2 If a service level is missed, Provider shall grant the service credits in Schedule 2, deducted from the next invoice. Credits do not limit Customer's other remedies for repeated failures.

## 7. Customer Obligations

Customer shall give Provider access to its sites and systems in good time, appoint a service manager, approve changes in time and keep its software licences valid.

## 8. Data Protection and Security

8.1 Customer Data belongs to Customer. Provider shall process it only to perform the Services and on Customer's instructions.

8.2 Provider shall access Customer systems only through Customer's privileged access management system, with individual accounts and multi-factor authentication, and shall keep all access logged. Provider shall not copy Customer Data to its own systems or transfer it outside mainland China.

8.3 Provider shall apply security patches in accordance with Schedule 2, follow Customer's information security policies and comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law.

8.4 Provider shall notify Customer of any security incident affecting Customer Data or Customer systems within 2 hours after detection, contain it, preserve evidence and bear all losses caused by an incident attributable to Provider or its personnel.

## 9. Intellectual Property

Deliverables belong to Customer on creation. Provider shall hand over all Deliverables in editable form during the term and at its end, and Customer may use and modify them and give them to any future provider. Provider keeps its own tools, which Customer may use during the term.

## 10. Personnel

Provider shall keep the on-site team stable and give Customer at least 30 days' notice of any planned change of the service delivery manager or on-site engineers, with a handover of at least ten working days. Provider shall assign a named service delivery manager and at least two on-site engineers to Customer's main plant. Provider shall replace any person whom Customer reasonably considers unsuitable. Provider's personnel shall follow Customer's site rules.

## 11. Governance and Reporting

11.1 The service delivery manager shall meet Customer's service manager every month to review service level results, incidents, problems, changes, capacity and risks, and shall submit a written service report before each meeting.

11.2 Every quarter the parties shall hold a steering meeting with Customer's IT director to review the service improvement plan, planned changes in Customer's business and any open disputes. Decisions are recorded in minutes signed by both parties.

11.3 Provider shall keep the configuration database, runbooks and network diagrams up to date and available to Customer at all times.

## 11A. Liability

Provider's total liability under this Agreement is limited to 150% of the total charges payable under Schedule 3. The limit does not apply to personal injury, wilful misconduct or breach of Section 8.

## 11B. Continuous Improvement and Benchmarking of Charges

11B.1 Provider shall propose at least two improvement initiatives each year, such as automation of routine tasks, consolidation of servers or reduction of recurring incidents, with an estimate of effort and benefit. Initiatives approved by Customer are carried out within the monthly charge unless a change order provides otherwise.

11B.2 Provider shall maintain a problem management process, analyse the root cause of every P1 incident and submit a written root cause report within five working days after restoration.

## 12. Subcontracting

Provider may not subcontract any part of the Services without Customer's prior written consent. Customer approves Provider's local service partner, Shanghai Dongjin IT Services Co., Ltd., by signing this Agreement. Provider remains responsible for its subcontractors.

## 13. Termination

13.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after notice, or if Provider misses the same critical service level in three consecutive months.

13.2 On termination or expiry Provider shall provide exit assistance for up to 90 days at the rates in Schedule 3 and hand over all Deliverables and Customer Data.

## 14. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Ningbo Arbitration Commission.

## 15. General

Notices shall be in writing to the addresses on the signature page. This Agreement is signed in two originals in English.

## Schedule 1 — Services and Scope

| Service tower | Scope | Coverage |
|---|---|---|
| Data centre | 64 virtual and 18 physical servers, storage, backup, virtualisation platform | 24 x 7 monitoring |
| Network | core and access switches, firewalls, Wi-Fi, plant network, SD-WAN links | 24 x 7 monitoring |
| End-user support | service desk in Chinese, 1,900 users, desktop support at three sites | 07:30 to 20:00 on working days |
| Applications infrastructure | operating systems and databases for ERP, MES and e-mail | 24 x 7 for critical systems |
| Patching | monthly patching, emergency patches for critical vulnerabilities | per change calendar |

## Schedule 2 — Service Levels and Credits

| Service level | Target | Credit if missed |
|---|---|---|
| Availability of critical systems (ERP, MES, core network) | 99.95% per month | 3% of the monthly charge per 0.02 percentage point short |
| P1 incident response | 15 minutes | CNY 2,000 per late incident |
| P1 incident restoration | 3 hours | CNY 1,500 per hour late |
| P2 incident response | 1 hour | CNY 500 per late incident |
| Critical security patch applied | within 72 hours of release | CNY 1,000 per day late |
| Service desk first-time fix rate | at least 70% | 2% of the monthly charge |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Transition Acceptance | 124,000 |
| Monthly service charge | 36 months x CNY 58,500 | 2,106,000 |
| Total charges for the term | | 2,230,000 |
| Exit assistance beyond scope | per engineer day | 2,800 |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT - MARITIME AND TRADE DATA API

Agreement No. CH-DS-2025-014

PARTIES

This Data Subscription Agreement is made between Qingdao Yuanhang International Logistics Co., Ltd., Qingdao, Shandong Province, People's Republic of China ("Customer"), and Moldtrade Data Systems SRL, Chișinău, Republic of Moldova ("Provider").

1. DEFINITIONS

1.1 "API" means Provider's application programming interfaces that deliver vessel positions, port calls, schedules, bills of lading statistics and customs trade statistics.

1.2 "Data" means the data Provider makes available through the API and the web portal.

1.3 "Customer Data" means the shipment lists, watchlists, booking references, queries and other information that Customer or its users submit to the API or the portal, and the results generated specifically for Customer.

1.4 "Subscription Year" means each of the two consecutive years of the Subscription Term, the first beginning on the Start Date.

1.5 "Start Date" means the date of Customer's written Integration Acceptance under Clause 4.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the API and the portal and to use the Data for its internal business and for services to its own customers, with up to 25 million API calls per Subscription Year and 120 portal users.

2.2 Customer may store Data it has retrieved and use it in its own systems. Customer may show Data to its own customers in its tracking portal and reports, but may not resell the Data as a data product.

2.3 Provider shall keep the Data current: vessel positions updated at least every 15 minutes for vessels in coverage, port calls within 2 hours of the event, and trade statistics within 10 days after the official publication.

3. SUBSCRIPTION TERM

3.1 The Subscription Term is two Subscription Years from the Start Date.

3.2 The Agreement ends at the end of the second Subscription Year. It may be extended only by a written amendment signed by both parties.

4. INTEGRATION AND INTEGRATION ACCEPTANCE

4.1 Provider shall provide a dedicated onboarding engineer and deliver, within 45 days after signature: API credentials for test and production; mapping of Provider's port and carrier codes to Customer's master data; a connector for Customer's transport management system; and two training sessions.

4.2 Integration Acceptance requires that: (a) the connector passes Customer's test cases for all API endpoints used; (b) a sample of 300 shipments shows correct vessel and port-call matching for at least 97% of them; (c) production calls from Customer's systems succeed for five consecutive working days without a P1 incident; and (d) the documentation is delivered. Customer confirms Integration Acceptance in writing.

4.3 If Integration Acceptance is delayed beyond the 45 days for reasons attributable to Provider, Provider shall pay Customer CNY 520 for each day of delay.

5. FEES AND PAYMENT

5.1 The fees are: subscription fee for the first Subscription Year CNY 412,000; subscription fee for the second Subscription Year CNY 412,000; one-time integration fee CNY 38,000. The total contract value is CNY 862,000.

5.2 The integration fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days in CNY.

5.3 Calls above the annual allowance are charged at CNY 9 per thousand calls, invoiced quarterly in arrears.

6. SERVICE LEVELS

6.1 Provider shall make the API available at least 99.95% of each calendar month, excluding announced maintenance of no more than two hours per month.

6.2 Provider shall respond to P1 incidents (API unavailable, or positions not updated for more than one hour) within 1 hour, 24 hours a day, and to P2 incidents within one business day.

6.3 If monthly availability falls short of the commitment, Customer receives a credit of 3% of the monthly share of the annual subscription fee for each 0.01 percentage point of shortfall, up to one quarter of that monthly share. If a P1 response is late, Customer receives a credit of CNY 1,000 per hour of delay.

7. CUSTOMER DATA

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API, the portal and support to Customer, and shall not disclose it to others or use it to enrich its own Data.

7.2 At the end of the Subscription Term Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including Customer's shipment volumes, customers and routes and Provider's pricing and methods, and use it only for this Agreement.

8.2 This obligation continues for three years after the Agreement ends.

9. INTELLECTUAL PROPERTY

9.1 Provider retains all rights in the API, the portal and the Data, subject to the rights granted in Clause 2.

9.2 The connector, code mappings and reports developed for Customer under Clause 4 belong to Customer. Customer may use, modify and license them freely, and Provider shall deliver their source code.

10. SUBCONTRACTORS AND DATA SOURCES

10.1 Provider may engage subcontractors, including hosting providers, satellite and terrestrial AIS data providers and development contractors, to perform any part of its obligations. Provider shall inform Customer of a new subcontractor by written notice before it starts work.

10.2 Provider shall keep an up-to-date list of its subcontractors and their roles on the portal.

10.3 Provider remains responsible for the acts and omissions of its subcontractors.

10A. SUPPORT AND ACCOUNT MANAGEMENT

10A.1 Provider shall provide support in English and Chinese by e-mail, ticket portal and telephone. Support includes answering questions on the API and the Data, investigating suspected data errors, and assisting Customer's developers with changes to the connector.

10A.2 Provider shall appoint an account manager who shall review usage, incidents, data coverage and planned changes with Customer every quarter and provide a written report beforehand.

10A.3 Provider shall give Customer at least 90 days' notice of any change that removes an API endpoint or changes a data format used by Customer, and shall keep the previous version available during that period.

10A.4 Customer shall keep its API credentials to itself and its authorised developers, shall inform Provider without delay if it believes credentials have been misused, and may ask Provider to issue new credentials at any time without charge.

11. WARRANTIES

11.1 Provider warrants that it has the rights needed to license the Data, that the Data is compiled with professional care, and that the API will perform in accordance with its documentation.

11.2 Provider does not warrant that the Data from third-party sources is complete for every vessel, but shall correct errors reported by Customer within 5 business days.

12. LIABILITY

12.1 Provider's total liability under this Agreement is limited to 150% of the total contract value.

12.2 The limit does not apply to infringement of third-party rights, wilful misconduct or breach of Clause 8. Neither party is liable for indirect loss or loss of profit.

12A. DATA QUALITY AND COVERAGE REVIEWS

12A.1 Every six months Provider shall report to Customer on coverage of the vessels and ports on Customer's watchlists, the share of positions received within the update interval in Clause 2.3, and the errors reported by Customer and their correction times.

12A.2 If coverage of Customer's watchlist vessels falls materially below the level shown during Integration Acceptance for two consecutive reports, the parties shall agree a remediation plan within 20 days, and Provider shall carry it out at its own cost.

12A.3 Customer may request additional ports, carriers or trade lanes to be covered. Provider shall answer within 10 business days with an assessment of feasibility, timing and any additional fee, which applies only if Customer agrees in writing.

12A.4 Provider shall give Customer a summary of each review in writing and shall keep the reports available in the portal for the Subscription Term.

12A.5 Provider shall tell Customer in advance if it stops using a major data source, and shall describe the effect on coverage and the replacement it will use.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after notice.

13.2 If Customer terminates for Provider's breach, Provider shall refund the fees paid for the remaining part of the current Subscription Year.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

15. GENERAL

15.1 Notices shall be in writing and sent to the addresses on the signature page. This Agreement is the entire agreement of the parties and may be amended only in writing.

15.2 This Agreement is signed in two originals in English, one for each party.

For Customer: ____________________    For Provider: ____________________
"""

# ---------------------------------------------------------------- files and labels
SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
           "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}
NAMES = {
    "z01": "h638z01_local_gazetteer_digitisation_platform.pdf",
    "z02": "h638z02_waterproofing_coating_line_control_retrofit.docx",
    "z03": "h638z03_hotel_chain_frontdesk_membership_saas.txt",
    "z04": "h638z04_museum_collection_system_om_service.txt",
    "z05": "h638z05_msg_plant_fermentation_records_supplier_template.md",
    "e01": "h638e01_production_scheduling_licence_lviv_vendor.pdf",
    "e02": "h638e02_field_service_saas_order_form_odesa_vendor.md",
    "e03": "h638e03_cement_vibration_sensors_monitoring_licence.docx",
    "e04": "h638e04_managed_infrastructure_services_dnipro_vendor.md",
    "e05": "h638e05_maritime_trade_data_api_chisinau_vendor.txt",
}
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: (lang, category, terms in KEYS order, sla_clause, ld_stated, capped, deemed, contract_value, fee_base)
D = {
    "z01": ("zh", "software", [99.95, 1, False, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, True, "PRC", G],
            True, True, True, False, 2026000, 1160000),
    "z02": ("zh", "hardware", [None, 2, True, "buyer", True, True, True, 0.1, None, 10, False, False, 18, 7.5, False, False, False, "PRC", G],
            True, True, True, True, 1674000, 1484000),
    "z03": ("zh", "cloud", [99.5, 0.5, True, "buyer", True, True, True, 0.07, None, None, True, None, None, None, True, True, False, "PRC", S],
            True, True, None, False, 1146000, None),
    "z04": ("zh", "services", [99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, False, "PRC", S],
            True, True, None, False, 418000, None),
    "z05": ("zh", "software", [None, None, False, "supplier", True, True, True, 0.02, 20, 70, True, True, 6, 25, False, True, None, "PRC", G],
            False, True, True, False, 1600000, 1280000),
    "e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 10, False, True, False, "Ukraine", G],
            True, True, True, False, 2028000, 1420000),
    "e02": ("en", "cloud", [99.95, 0.5, True, "buyer", True, False, True, 600 / 760000 * 100, 9 / 24 * 100, None, True, None, None, None, True, True, False, "PRC", S],
            True, True, None, False, 760000, None),
    "e03": ("en", "hardware", [None, 2, True, "buyer", True, True, True, 0.1, 200, 25, True, True, 24, 8, False, True, False, "PRC", G],
            True, True, True, False, 1644000, 1484000),
    "e04": ("en", "services", [99.95, 0.25, True, "buyer", True, True, False, None, 150, None, True, None, None, None, False, True, False, "PRC", S],
            True, False, None, False, 2230000, None),
    "e05": ("en", "cloud", [99.95, 1, True, "buyer", False, True, True, 520 / 862000 * 100, 150, None, True, None, None, None, False, True, True, "PRC", S],
            True, True, None, False, 862000, None),
}
DESIGN = {
    "z01": ["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"],
    "z02": ["CR-ACCEPTANCE", "CR-TERMINATION"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": [],
    "z05": ["CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING",
            "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "e03": [],
    "e04": ["CR-CONFIDENTIALITY", "CR-LD-MISSING"],
    "e05": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds: availability 99.9, P1 4 h, LD 0.05 %/day, cap 100 %, prepayment 30 %, warranty 12 months,
# post-warranty fee 15 %, TCO share 40 %
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def label(key):
    lang, cat, vals, sla, lds, capped, deemed, value, _ = D[key]
    terms = dict(zip(KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": lds}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": NAMES[key], "language": lang, "category": cat, "expected_terms": terms,
            "expected_extra": extra, "expected_rules": derive(key, terms, extra)}


def tco_share(key, t, x):
    fee_base = D[key][8] or x["contract_value"]
    post_years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = post_years * fee_base * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def derive(key, t, x):
    """My reading of policy section 3, from the label values only."""
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        pwf = t["post_warranty_fee_pct"]
        if pwf is None or not x["post_warranty_fee_capped"] or pwf > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if pwf is not None and x["post_warranty_fee_capped"] and t["warranty_months"] is not None:
            if tco_share(key, t, x) > 40:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")  # every forum in this set is in mainland China except e01's (Kyiv)
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
THRESHOLD_RE = re.compile("|".join([
    r"(?<![\d.])99\.9(?!\d)\s*(?:%|percent|per\s*cent)",
    r"百分之九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.])4\s*(?:-\s*)?(?:hours?|hrs?|h\b|个?小时)",
    r"(?<![十\d])四\s*个?\s*小时",
    r"\bfour\s*(?:\(\s*4\s*\)\s*)?(?:-\s*)?hours?",
    r"(?<![\d.])0\.05(?!\d)\s*(?:%|percent|per\s*cent)",
    r"万分之五(?![十点])",
    r"千分之零点五",
    r"(?<![\d.])(?:100|30|15|40)(?![\d.])\s*(?:%|percent|per\s*cent)",
    r"百分之(?:一百|三十|十五|四十)(?![一二三四五六七八九点])",
    r"\b(?:one\s*hundred|thirty|fifteen|forty)\s*(?:percent|per\s*cent)",
    r"(?<![\d.])12\s*(?:-\s*)?(?:months?|个月)",
    r"十二个月",
    r"\btwelve\s*(?:\(\s*12\s*\)\s*)?(?:-\s*)?months?",
]), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "四小时", "4-hour", "0.05%", "万分之五", "30%", "30 %", "百分之三十",
            "15%", "40%", "100%", "12 months", "十二个月", "12个月", "twelve months", "four hours", "thirty percent"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "14 hours", "0.055%", "万分之五十", "130%", "0.15%",
             "140%", "1100%", "24 months", "112 months", "百分之三十五", "35%", "45%", "2 hours", "10.4 hours"]


def scan_ok(text):
    return not THRESHOLD_RE.search(text)


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s_ in MUST_HIT:
        assert THRESHOLD_RE.search(s_), s_
    for s_ in MUST_MISS:
        assert not THRESHOLD_RE.search(s_), s_
    office = {k: (n, n.rsplit(".", 1)[1]) for k, n in NAMES.items() if n.endswith((".docx", ".pdf"))}
    write({k: SOURCES[k] for k in office}, office, OUT, wrap_words=True)
    for k, n in NAMES.items():
        if k not in office:
            (OUT / n).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", n)
    covered = set()
    for k in NAMES:
        lab = label(k)
        t, x = lab["expected_terms"], lab["expected_extra"]
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        covered |= set(lab["expected_rules"])
        for f, v in TH.items():
            assert t[f] is None or abs(t[f] - v) > 1e-9, (k, f)
        if t["contract_kind"] == G and t["post_warranty_fee_pct"] is not None:
            sh = tco_share(k, t, x)
            assert abs(sh - 40) > 2, (k, sh)
            print("  TCO share %s %.2f %%" % (k, sh))
        text = read_back(OUT / NAMES[k])
        n = length(text, lab["language"])
        lo, hi = (2750, 3000) if lab["language"] == "zh" else (1450, 1650)
        print("  %s length %d  rules %s  risk %s" % (k, n, lab["expected_rules"], risk(lab["expected_rules"])))
        assert lo <= n <= hi, (k, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text), SOURCES[k]):
            m = THRESHOLD_RE.search(variant)
            assert not m, (k, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        (OUT / (NAMES[k].rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = [k for k in NAMES if not label(k)["expected_rules"]]
    assert sorted(mix) == ["e03", "z04"], mix
    print("all checks passed")
