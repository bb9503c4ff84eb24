"""holdout621: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, no threshold value or figure, rules derived from the labels = design, coverage).
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:航道局航标遥测监控平台采购合同
P:合同编号：HDJ-ZC-2026-0417
P:甲方（采购人）：某省航道事务中心（航道局）
P:乙方（供应商）：江汉智航信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件，经双方协商一致，就航标遥测监控平台的软件许可及定制开发事宜订立本合同。招标文件、投标文件、中标通知书均为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供航标遥测监控平台软件（以下简称“平台”）的永久使用许可，并完成以下定制开发：航标遥测终端接入接口（灯器状态、电池电压、位移偏移、太阳能板电流）、AIS虚拟航标联动模块、电子航道图叠加展示、告警规则引擎及移动巡检应用。
P:1.2 乙方负责平台在甲方政务云上的部署、与甲方现有船舶交通管理系统和水位站数据平台的对接、历史航标台账迁移，以及对甲方管理人员和各航道站值班人员的培训。
P:1.3 平台应至少接入本合同附件一所列一千三百二十座航标的遥测终端，并预留后续扩容能力。
P:1.4 平台应支持国产操作系统和国产数据库，满足政务云资源规范，并提供开放的数据接口，便于甲方后续接入智慧航道综合平台。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰玖拾陆万元整（¥1,960,000），为固定总价，已含税费、运输、部署、培训及质保期内全部服务费用。
P:2.2 分项价格：平台软件许可费¥860,000，遥测接入与AIS联动模块许可费¥320,000，软件许可小计¥1,180,000；定制开发费¥636,000；部署实施费¥118,000；培训费¥26,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款，即¥392,000。
P:3.2 平台完成部署、通过初步验收后十个工作日内，甲方支付合同总价的45%，即¥882,000。
P:3.3 平台通过最终验收后十个工作日内，甲方支付合同总价的35%，即¥686,000。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成部署和全部定制开发，并提交初步验收申请。
P:4.2 乙方应提交需求规格说明书、概要设计、接口说明、部署手册、用户手册、测试报告及定制部分的全部源代码。
P:4.3 乙方应指派具有航道信息化项目经验的项目经理常驻甲方，每周提交进度报告；关键人员更换须经甲方书面同意。未经同意更换项目经理的，甲方有权要求乙方限期恢复。
H:第五条 验收
P:5.1 初步验收标准：附件一所列航标遥测数据接入率不低于98%；告警自触发至推送至值班终端不超过10秒；电子航道图叠加显示误差不超过5米；与船舶交通管理系统的接口连续七日数据核对无差异；第三方安全测评无高危漏洞。
P:5.2 初步验收后平台进入试运行，试运行六十日内未发生一级故障、遗留问题全部整改完毕的，甲方组织最终验收，并邀请航道、信息化及财务人员参加，出具书面验收报告。
P:5.3 平台上线运行、甲方使用平台或支付任何款项，均不视为甲方验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
P:5.4 验收所需的测试环境和测试数据由甲方提供，测试工具及第三方测评费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过软件许可小计的9%，即每年不超过¥106,200，且在质保期满后三年内不上调。维护合同由双方另行签订，不自动续期。
P:6.3 质保期内因平台缺陷导致遥测数据缺失的，乙方应协助甲方从终端侧补采数据，并分析原因、提出改进措施。
H:第七条 服务水平
P:7.1 质保期内，平台月可用率不低于99.95%，计划内维护须提前三个工作日经甲方同意，且不计入不可用时间。
P:7.2 故障分级：一级故障指平台中断或告警功能失效；二级故障指部分航道站数据中断；三级故障指其他一般问题。乙方对一级故障应在30分钟内响应、2小时内到达现场或远程处置、8小时内恢复；二级故障2小时内响应、24小时内解决；三级故障在下一个版本中解决。
P:7.3 乙方响应或恢复每超时一小时，甲方可从应付款项或履约保证金中扣减¥800；月可用率每低于承诺值0.01个百分点，扣减¥1,000。
P:7.4 质保期内乙方每季度对平台进行一次健康巡检，提交巡检报告，内容包括遥测终端在线率、告警准确性、数据库容量及安全补丁情况，并在汛期前完成一次全面检查。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本合同项下定制开发的接口程序、告警规则、移动巡检应用及相关源代码和文档，知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发。
H:第九条 数据安全
P:9.1 平台采集和存储的航标遥测数据、航道图数据及运行日志均属于甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的，不得向第三方提供。
P:9.2 乙方应遵守《数据安全法》《网络安全法》及等级保护要求，对远程运维实行审批、堡垒机登录和操作审计，不得将甲方数据复制至甲方网络以外。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:乙方对履约中知悉的甲方航道设施布局、系统口令及未公开信息负有保密义务，不得向任何第三方披露，保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的成果不符合合同约定且经整改仍不合格的，甲方有权拒收并要求乙方退还已付款项，赔偿甲方损失。
P:11.4 乙方违反第九条、第十条约定的，除赔偿甲方损失外，还应按合同总价的5%支付违约金。
P:11.3 甲方逾期付款的，应按逾期金额每日万分之三支付违约金，财政审批原因除外。
H:第十二条 分包与转让
P:乙方不得将本合同项下任何工作分包或转包给第三方，也不得转让本合同权利义务。乙方投入的项目人员应为与乙方签订劳动合同的员工。
H:第十三条 合同解除
P:13.1 乙方逾期超过六十日，或严重违约经甲方书面通知后十五日内未纠正的，甲方有权解除合同，并要求乙方退还已付款项、支付违约金。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
P:13.3 合同解除后，乙方应在十日内移交已完成的成果、源代码及甲方全部数据，并配合甲方完成系统交接。
H:第十四条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:本合同一式六份，甲方四份、乙方二份，经双方签字盖章并经财政部门备案后生效。附件一：航标清单；附件二：技术规格；附件三：验收方案。
P:甲方（盖章）：            乙方（盖章）：
P:签订日期：2026年  月  日
"""

SRC["z02"] = """T:灌装线控制系统改造及维保合同
P:合同编号：QY-SB-2026-062
P:甲方（买方）：清源饮品（湖北）有限公司
P:乙方（卖方）：楚天工控自动化工程有限公司
P:甲方第二车间PET瓶灌装线控制系统老化，故障停机频繁。经询价比选，甲方确定由乙方承担该灌装线控制系统改造及后续维保。双方依据《中华人民共和国民法典》订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除原有控制柜，更换主控PLC、伺服驱动、触摸屏及工业网络设备，新增称重检测及剔除单元，并提供灌装监控软件许可，实现吹瓶、灌装、旋盖、贴标、装箱五个工段的联动控制。
P:1.2 乙方负责编制PLC及HMI程序、定制配方管理和批次追溯功能，完成与甲方现有MES系统的数据对接，使每一批次的灌装量、称重结果和剔除记录可在MES中查询。
P:1.3 改造须利用甲方计划停线期间完成，停线切换时间不超过十个自然日。
H:第二条 货物清单及价格
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|主控PLC及扩展模块|1套|486,000|486,000
TB:2|伺服驱动及电机|24套|28,000|672,000
TB:3|触摸屏HMI|6台|9,500|57,000
TB:4|工业以太网交换机|8台|5,200|41,600
TB:5|灌装监控软件许可（永久）|1套|268,000|268,000
TB:6|称重检测及剔除单元|2套|91,700|183,400
TB:软硬件小计|||| 1,708,000
TB:7|安装调试及停线切换|1项|196,000|196,000
TB:8|PLC/HMI程序编制及配方管理定制|1项|142,000|142,000
TB:9|操作及维修培训|1项|24,000|24,000
TB:合同总价|||| 2,070,000
P:2.1 本合同总价为人民币贰佰零柒万元整（¥2,070,000），含税，包括设备、软件、运输、安装、调试、培训及质保期内服务。
H:第三条 付款
P:3.1 合同生效后十五日内，甲方支付合同总价的20%作为预付款，即¥414,000。
P:3.2 全部设备到货并经双方清点签收后十五日内，甲方支付合同总价的35%，即¥724,500。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 最终验收合格后十五日内，甲方支付合同总价的35%，即¥724,500。
P:3.4 余款10%即¥207,000作为质量保证金，质保期满且无未决质量问题后十五日内无息支付。
H:第四条 交货与安装
P:4.1 乙方应于合同生效后六十日内将全部设备运至甲方第二车间，并于甲方通知停线之日起十个自然日内完成安装调试、恢复生产。
P:4.2 乙方施工人员应遵守甲方食品生产区域的卫生及安全管理制度，进入灌装间须更衣消毒，不得携带玻璃及易碎物品。
H:第五条 验收
P:5.1 安装调试完成后，灌装线连续带料试生产七十二小时，须达到：设计产能每小时一万八千瓶；灌装量偏差不超过±2克；称重剔除单元对不合格品全部剔除；配方切换时间不超过十五分钟；MES中批次数据与现场记录逐批核对一致。
P:5.2 试生产达标后进入为期三十日的稳定运行期，期间未发生因控制系统原因造成的停线，甲方组织最终验收并出具书面验收报告。
P:5.3 设备到货、安装完毕或甲方投入生产，均不视为验收合格。未达标的，乙方应免费整改直至合格。
H:第六条 质保及维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内，因设备或软件本身原因出现的故障，乙方免费维修、更换。
P:6.2 质保期满后，乙方提供年度维保服务，年度维保费按软硬件小计的7%计取，即每年¥119,560，自质保期满起三年内不上调。维保内容包括每季度一次预防性检查、备件保障及程序维护。
P:6.3 一级故障指造成灌装线停机的故障，乙方应在30分钟内电话响应，3小时内到达现场，8小时内恢复生产；二级故障指单工段降速运行，乙方应在2小时内响应，24小时内修复。
P:6.4 乙方响应或到场每超时一小时，甲方有权扣减¥1,500；因同一原因重复发生一级故障的，每次另扣¥3,000，可从质量保证金或维保费中直接扣除。
P:6.5 乙方应在甲方所在地常备伺服驱动、PLC模块等关键备件，清单作为附件二。
H:第七条 知识产权
P:7.1 乙方为本项目编制的PLC及HMI程序、配方管理及批次追溯功能、MES接口程序的源代码和文档，知识产权归甲方所有，甲方有权自行修改或委托他人维护。
P:7.2 灌装监控软件标准产品的知识产权归其权利人，甲方获得永久使用许可。
H:第八条 数据安全
P:8.1 灌装线运行数据、配方参数及批次记录属于甲方，乙方不得复制、外传或用于本合同以外的目的。
P:8.2 乙方远程维护须经甲方书面审批，通过甲方提供的专用通道接入并全程录屏；乙方应对其接入设备采取病毒防护措施，不得通过控制网络访问甲方办公网络。
P:8.3 因乙方原因造成数据泄露、配方丢失或控制系统被入侵的，乙方应在2小时内报告甲方，并承担由此造成的全部损失。
H:第九条 保密
P:双方对履约中获得的对方商业秘密负有保密义务，特别是甲方的产品配方、产能数据及工艺参数。保密义务在本合同终止后三年内继续有效。
H:第十条 分包
P:乙方可将电气安装、桥架敷设及管线改造工作分包给具备相应资质的单位，但应提前五个工作日书面通知甲方，并对分包单位的工作质量和安全负责。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:11.2 因乙方原因导致停线切换超过约定期限的，乙方除支付前款违约金外，还应赔偿甲方因停产造成的直接损失。
P:11.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后十日内仍未纠正的，或逾期交货超过四十五日的，甲方有权解除合同，要求乙方返还已付款项并赔偿损失。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交宜昌仲裁委员会仲裁。
H:第十五条 项目管理
P:15.1 乙方应指定一名具有饮料灌装线改造经验的项目经理，负责现场施工组织、进度控制和与甲方生产部门的协调。项目经理在停线切换期间必须驻场。
P:15.2 乙方应在设备发货前提交详细施工方案和停线切换计划，列明每日工作内容、人员安排、断电及恢复步骤、回退方案，经甲方生产、设备和安全部门会签后方可实施。
P:15.3 停线切换期间，乙方应每日下班前向甲方报告当天进度和次日计划；发现可能延误的，应立即书面说明原因和补救措施。
P:15.4 乙方应在最终验收前提交电气图纸、PLC程序备份、HMI画面清单、网络拓扑图、设备说明书、备件清单和维护手册各一式三份，并提供电子版。
P:15.5 乙方应对甲方设备维修人员进行不少于三天的集中培训，使其能够独立完成日常点检、参数调整、配方切换和常见故障处理，并对培训效果进行考核。
P:15.6 质保期内，乙方每季度到现场进行一次预防性检查，检查伺服系统、称重单元和网络设备的运行状态，出具检查报告并提出整改建议。
H:第十六条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一：技术规格书；附件二：备件清单；附件三：验收记录表。
P:甲方（盖章）：            乙方（盖章）：
"""

SRC["z03"] = """连锁月子中心护理记录云服务及实施合同

合同编号：YZ-IT-2026-019
甲方（客户）：安禾母婴健康管理（上海）有限公司
乙方（服务商）：沪联护云软件科技有限公司

甲方在全国经营四十家月子中心门店，需统一母婴护理记录、护理排班及交接班管理。乙方提供“护云”母婴护理记录SaaS服务并负责实施。双方依据《中华人民共和国民法典》订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方四十家门店开通护理记录SaaS服务，包括产妇及新生儿入住档案、每日护理记录、喂养及体征记录、护理排班、交接班、满意度回访和总部统计报表。
2. 服务期为两个服务年度。第一个服务年度自上线验收合格之次日起算，至次年对应日前一日止；第二个服务年度随后连续计算。
3. 每家门店开通不限数量的护理人员账号，总部开通管理账号二十个。
（二）实施服务
1. 乙方负责系统配置、门店组织架构及账号初始化、护理记录模板定制（含中医调理、催乳、婴儿游泳三类专项模板）、历史纸质及电子记录的导入、与甲方会员系统的接口对接。
2. 乙方对各门店护士长和总部运营人员分批开展培训，每家门店不少于两场。

二、费用
（一）服务费按门店计收，每家门店每个服务年度人民币6,800元，四十家门店每个服务年度合计272,000元，两个服务年度合计544,000元。
（二）实施费为一次性费用人民币86,000元。
（三）本合同总价为人民币630,000元，含增值税。服务期内新增门店的，按每家门店每个服务年度6,800元按月折算增加。

三、付款
（一）实施费在上线验收合格后二十日内支付。
（二）每个服务年度的服务费，在该服务年度开始后二十日内，凭乙方发票一次支付。
（三）甲方不预付任何款项。

四、实施与验收
（一）乙方应在合同生效后五十日内完成全部实施工作，提交上线验收申请。
（二）上线验收标准：
1. 四十家门店账号、排班规则全部配置完毕并经各店确认；
2. 历史记录导入后由甲方随机抽查两千条，字段错误率不高于千分之三；
3. 三类专项模板按甲方确认的需求说明书实现；
4. 与会员系统的接口连续五日数据核对一致；
5. 三十个并发用户操作时，页面平均响应时间不超过2秒。
（三）甲方在收到申请后十个工作日内组织验收并出具书面意见。试用或开始使用系统，不视为验收合格。

五、服务水平
（一）服务月可用率不低于99.95%，计划维护须安排在每日零点至六点之间，并提前三日通知甲方。
（二）一级故障（全部门店无法登录或护理记录无法保存）30分钟内响应、3小时内恢复；二级故障（部分门店或部分功能不可用）1小时内响应、8小时内恢复；一般问题在两个工作日内答复。
（三）月可用率每低于承诺值0.1个百分点，按当月服务费的2%抵扣；一级故障恢复每超时一小时，另抵扣当月服务费的1%。抵扣金额从下一期服务费中扣除。

六、知识产权
（一）“护云”平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的专项护理模板、统计报表及接口程序归甲方所有，乙方应在验收时交付其配置说明及源代码，甲方可自行修改或交由第三方使用。

七、客户数据
（一）甲方及其门店录入的产妇、新生儿、会员信息和护理记录均属于甲方。
（二）乙方仅可为向甲方提供本合同约定的服务而处理上述数据，不得用于其他目的，也不得向第三方提供。
（三）服务期满或合同解除后，乙方应在三十日内按甲方要求的格式返还全部数据，此后删除其保存的副本，并出具删除说明。

八、保密
（一）双方对因本合同知悉的对方经营信息、价格、技术资料负有保密义务，未经对方书面同意不得向第三方披露。
（二）保密义务在本合同终止后两年内继续有效。

九、续期
（一）服务期满前四十五日，任何一方未书面提出不再续订的，本合同自动续期一个服务年度，续期可连续发生。
（二）续期服务费由乙方按届时的标准价格确定，乙方有权上调，上调幅度不超过上一服务年度服务费的10%，并在续期前二十日通知甲方。

十、违约责任
（一）乙方未按期完成上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方在本合同项下对甲方承担的累计赔偿责任，以甲方在索赔事件发生前六个月内已支付的服务费为限，但乙方故意造成损失的除外。
（三）甲方逾期支付服务费超过三十日的，乙方可书面催告，催告后十五日内仍未支付的，乙方可暂停服务。

十一、分包
乙方不得将实施服务分包给第三方。确需分包的，应事先取得甲方书面同意，乙方对分包方的行为负责。

十二、合同解除
（一）一方严重违约，经守约方书面通知后十五日内未纠正的，守约方有权解除合同。
（二）乙方服务连续两个月可用率低于承诺值的，甲方可解除合同，乙方应退还未履行期间的服务费。

十三、法律适用与争议
本合同适用中华人民共和国法律。争议协商不成的，提交上海仲裁委员会仲裁。

十四、其他
本合同自双方盖章之日起生效，一式两份，双方各执一份。附件：门店清单、需求说明书、服务水平说明。

十五、服务支持与运营
（一）乙方为甲方配备专属客户成功经理一名、实施顾问两名，实施期内每周向甲方提交进度周报，列明已完成门店、遗留问题及下周计划。
（二）服务期内，乙方提供七乘二十四小时服务热线和在线工单系统，每月向甲方提交服务报告，内容包括可用率、故障及处理情况、工单统计和功能使用情况。
（三）乙方每季度与甲方召开一次服务回顾会议，听取门店使用意见，对合理的功能改进需求应在后续版本中评估实现，并书面答复甲方。
（四）乙方发布新版本前应提前五个工作日通知甲方并提供版本说明，涉及护理记录模板或报表口径变化的，应事先征得甲方同意，不得影响门店日常使用。
（五）新开业门店的账号开通、模板配置和培训由乙方在接到甲方通知后十个工作日内完成，不另收实施费。
（六）乙方应为门店提供移动端应用，支持护士在床旁使用平板电脑记录，离线记录在网络恢复后自动同步，不得丢失。
（七）服务期内，乙方应每月向甲方提供一次全部护理数据的导出文件，格式由甲方确定，便于甲方自行留存和统计分析。

十六、双方义务
（一）甲方应指定总部项目负责人一名及各门店联络人各一名，及时提供门店清单、组织架构、历史记录和护理模板需求，并组织门店人员参加培训。
（二）甲方应妥善保管其账号和密码，门店人员离职时应及时停用其账号。
（三）乙方应保证系统功能符合需求说明书，按时完成实施，并在服务期内保持服务稳定。乙方变更服务所用的主要功能，应事先书面通知甲方。
（四）乙方应按甲方要求提供服务费、可用率和工单的月度对账资料，甲方在收到后十个工作日内确认。
（五）双方在履约中产生的通知，应以书面形式发送至本合同首页所列地址或双方确认的电子邮箱。

十七、培训与知识转移
（一）乙方应为总部运营人员举办系统管理员培训，内容包括账号权限管理、模板维护、报表配置和常见问题处理，培训结束后提供培训教材及操作视频。
（二）乙方应建立在线帮助中心，提供各功能模块的操作说明，并根据版本更新及时修订。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

SRC["z04"] = """区政务服务中心“一网通办”系统年度运维服务合同

项目编号：QZW-CS-2026-031（竞争性磋商）
甲方：某区政务服务和大数据管理中心
乙方：瀚川数智运维服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方承担区“一网通办”政务服务系统的年度运维服务。双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》订立本合同。

第一部分 服务范围

1. 运维对象
1.1 “一网通办”综合受理平台、统一预约叫号系统、好差评系统、电子证照调用接口、自助终端管理系统及相关数据库、中间件。
1.2 区政务服务中心大厅及十二个街道便民服务中心的自助终端共九十六台、取号机和评价器。
2. 服务内容
2.1 日常巡检：每日开门前完成平台、接口、自助终端的巡检并记录；每月出具运维月报。
2.2 故障处理：受理甲方及窗口人员报修，按本合同第三部分的时限处理。
2.3 变更与发布：配合市级平台升级完成本区系统适配，变更须提交方案并经甲方审批。
2.4 安全运维：漏洞扫描、补丁更新、账号权限清理、日志审计，配合等级保护测评整改。
2.5 驻场服务：乙方派驻运维工程师六名（含项目经理一名、数据库工程师一名），工作日大厅开放时间在岗，周末延时服务日安排值守。
3. 服务期
服务期自2026年7月1日起至2027年6月30日止。服务期满本合同终止，是否续签由甲方依法另行采购。

第二部分 费用与支付

4. 运维服务费
4.1 本合同总价为人民币壹佰壹拾贰万捌仟元整（¥1,128,000），为服务期内全部运维服务的固定费用，含人员、工具、备品及税费。
4.2 服务费按季度支付，每季度¥282,000。每季度结束后，甲方依据第五部分完成季度考核，并在考核结果确认后十五个工作日内支付当季服务费，扣除考核扣款。
4.3 本合同不设预付款。

第三部分 服务水平

5. 可用性
5.1 综合受理平台及预约叫号系统在大厅开放时间内的年可用率不低于99.5%。
5.2 可用率按季度统计，每低于承诺值0.1个百分点，扣减当季服务费的2%。
6. 故障响应
6.1 一级故障（综合受理平台全部中断或电子证照接口全部不可用）：15分钟内响应，1小时内到达现场，3小时内恢复。
6.2 二级故障（单个业务系统或部分窗口受影响）：30分钟内响应，8小时内恢复。
6.3 三级故障（单台自助终端、取号机故障）：2小时内响应，次一工作日内修复。
6.4 乙方响应或恢复每超时一小时，扣减当季服务费¥2,000；同一季度发生两次以上一级故障的，另扣¥10,000。

第四部分 考核与验收

7. 交接与启动
7.1 乙方应在服务期开始前完成与原运维单位的交接，包括系统清单、账号、文档、未结工单，并提交交接报告。
7.2 季度考核：甲方按考核细则（附件二）从可用率、故障处理时效、巡检完成率、窗口满意度四项评分，形成书面考核结果。
7.3 服务期末，甲方组织终期验收，标准为：四个季度考核均合格；运维文档、配置台账、脚本完整移交；年度等保测评中无因运维原因导致的高风险问题。终期验收合格后出具验收报告。

第五部分 双方权利义务

8. 知识产权
乙方在服务期内编写的运维脚本、巡检工具配置、知识库文档及配置台账，知识产权归甲方所有，服务结束时完整移交。
9. 数据安全
9.1 系统中的办件数据、申请人个人信息、电子证照及日志均属于甲方，乙方仅可为履行运维职责访问，不得用于其他任何目的。
9.2 乙方人员须签署安全承诺，经甲方审查后方可上岗；所有运维操作须通过堡垒机进行并全程审计，严禁将任何数据拷贝至外部介质。
9.3 发生数据泄露、篡改等安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
10. 保密
乙方及其人员对知悉的政务信息、系统架构、口令负有保密义务，服务期结束后仍须遵守。乙方人员离岗时须办理保密交接。
11. 分包
乙方不得将本合同项下服务转包或分包给任何第三方。

第六部分 违约责任与合同解除

12. 违约责任
12.1 乙方未按期完成交接、致使服务不能按期开始的，每逾期一日，按合同总价的千分之一支付违约金。
12.2 乙方驻场人员缺岗的，每人每日扣减¥1,500；未经甲方同意更换项目经理的，每次扣减¥5,000。
12.3 因乙方原因造成重大安全事件的，甲方有权要求乙方赔偿全部损失。
13. 合同解除
13.1 本合同生效后，双方均应全面履行，任何一方不得单方解除合同。
13.2 乙方违约的，甲方有权依照本合同扣减服务费、要求乙方支付违约金并限期整改，但不得以此为由解除合同；因不可抗力致使合同无法履行的除外。
14. 服务结束移交
服务期满，乙方应配合甲方与新运维单位交接不少于十个工作日，移交全部文档、账号和工单记录。

第五部分之二 服务管理
17. 人员管理
17.1 乙方驻场人员应具备相应岗位的专业资质，名单经甲方确认后不得随意更换。确需更换的，应提前十个工作日书面申请，经甲方同意后方可更换，并完成不少于五个工作日的交接。
17.2 驻场人员应遵守甲方大厅管理制度，统一着装、文明服务，不得在窗口区域从事与运维无关的活动。
18. 运维报告
18.1 乙方每月五日前提交上月运维月报，内容包括系统运行情况、可用率统计、故障清单及原因分析、巡检记录、变更记录、安全事件及整改情况。
18.2 每季度末乙方提交季度运维总结和下季度工作计划，对反复发生的问题提出优化建议。
18.3 重大活动保障期间（如年度集中办理期、系统升级切换期），乙方应制定专项保障方案，增派人员现场值守。
19. 应急管理
19.1 乙方应编制运维应急预案，覆盖平台中断、数据库故障、网络中断、电子证照接口异常和自助终端大面积故障等场景，经甲方审核后执行。
19.2 乙方每半年组织一次应急演练，甲方派员参加，演练结束后提交演练报告和改进措施。
20. 备品备件
乙方应在现场储备取号机、评价器、自助终端打印模块等常用备件，保证三级故障可在次一工作日内更换修复。备件费用已包含在运维服务费中。

21. 配置与变更管理
21.1 乙方应建立并维护配置管理台账，记录服务器、数据库、中间件、网络设备和自助终端的型号、版本、位置及责任人，台账变动应在三个工作日内更新。
21.2 所有变更须提交变更申请，说明变更内容、影响范围、实施步骤和回退方案，经甲方审批后在非办公时段实施；紧急变更可先口头报批，事后二十四小时内补办手续。
21.3 市级平台升级或接口调整时，乙方应主动与市级运维单位对接，提前完成本区系统的适配测试，确保窗口业务不中断。
22. 满意度管理
甲方每季度组织窗口工作人员对乙方服务进行满意度评价，评价结果纳入季度考核。连续两个季度满意度低于考核细则要求的，乙方应提交书面整改方案。

第七部分 其他

15. 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。
16. 本合同一式五份，甲方三份，乙方二份，经双方签章后生效。
附件一：运维对象清单；附件二：考核细则；附件三：驻场人员名单。

甲方（盖章）：                    乙方（盖章）：
"""

SRC["z05"] = """# 冷链仓储管理系统（WMS）软件许可及开发合同

**澜峰云仓科技标准合同文本 V3.0**

合同编号：LF-WMS-2026-0088

甲方（用户）：湖南洞庭湖腊味食品有限公司

乙方（供应商）：长沙澜峰云仓科技有限公司

甲方拟建设腊鱼成品冷库及原料冻库的仓储管理系统，乙方以其“澜峰冷链WMS”产品为基础进行许可及定制开发。双方经协商，依据《中华人民共和国民法典》签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供澜峰冷链WMS标准版软件的永久使用许可，含服务器端许可一套及RF手持终端授权二十个。

1.2 乙方按甲方需求进行定制开发，包括：冷库温湿度监控系统接口、电子秤称重数据采集、批次及保质期管理、腊鱼成品标签打印、与甲方财务系统的出入库数据接口。

1.3 乙方负责软件安装部署、基础数据初始化及操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 澜峰冷链WMS标准版软件许可（含RF终端授权二十个） | 560,000 |
| 2 | 定制开发（温控接口、称重采集、批次保质期、标签、财务接口） | 168,000 |
| 3 | 安装部署及数据初始化 | 46,000 |
| 4 | 操作培训 | 12,000 |
| | 合同总价 | 786,000 |

合同总价为人民币柒拾捌万陆仟元整（¥786,000），含税。

## 第三条 付款方式

3.1 本合同签订后七日内，甲方向乙方支付合同总价的65%，即¥510,900，乙方收到款项后启动项目。

3.2 系统上线运行后七日内，甲方支付合同总价的35%，即¥275,100。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停服务直至款项付清。

## 第四条 实施与交付

4.1 乙方在收到首付款后七十五日内完成软件部署和定制开发，具备上线条件。

4.2 甲方应按乙方要求提供库位规划、物料编码、客户及供应商资料等基础数据，并提供服务器、网络和RF终端硬件。因甲方资料或环境不到位造成的延期，交付时间相应顺延。

4.3 乙方交付物为安装完成的软件系统及用户操作手册。

## 第五条 上线与验收

5.1 乙方完成部署后通知甲方上线，系统上线运行即视为甲方验收合格。

5.2 甲方在上线后发现的问题，由乙方在免费维护期内按维护流程处理，不影响验收结论。

## 第六条 免费维护期

6.1 免费维护期为六个月，自系统上线之日起计算。

6.2 免费维护期内，乙方提供远程技术支持和软件缺陷修复。现场服务每次按¥2,000另行收费。

6.3 乙方按故障级别响应：一级故障（系统无法登录或无法出入库）在8小时内响应；二级故障在两个工作日内响应；其他问题在下一版本中统一处理。乙方不就响应时间承担任何扣款、赔偿或违约金。

## 第七条 年度服务

7.1 免费维护期满后，甲方应向乙方购买年度服务，年度服务费为软件许可费的26%，即每年¥145,600，按年预付。

7.2 年度服务包括版本升级、远程支持和缺陷修复。甲方未购买年度服务的，乙方不再提供任何升级和支持。

## 第八条 知识产权

8.1 澜峰冷链WMS产品及其全部升级版本的知识产权归乙方所有。

8.2 乙方为本项目定制开发的接口程序、标签模板、报表及相关源代码，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，未经乙方书面同意不得修改、反编译或提供给第三方。

## 第九条 数据

9.1 甲方在系统中录入的库存、客户、供应商和出入库数据归甲方所有。

9.2 乙方在提供服务过程中应采取合理的技术措施保护甲方数据安全，包括访问控制、加密传输和定期备份。发生数据泄露的，乙方应在二十四小时内通知甲方并采取补救措施；因乙方过错造成的损失由乙方承担。

9.3 甲方同意，乙方有权对甲方的业务数据进行脱敏和汇总处理，用于乙方产品优化、冷链行业分析报告及其他客户的库存模型训练，该等使用不需另行取得甲方同意。

## 第十条 保密

双方对在合作过程中获知的对方商业秘密负有保密义务，未经对方书面许可不得向第三方披露。本条不适用于第九条第三款约定的数据使用。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之八向甲方支付违约金，累计不超过合同总价的8%。

11.2 任何一方不对对方的间接损失、利润损失承担责任。

## 第十一条之一 双方义务

（一）甲方应指定项目联系人，负责需求确认、基础数据整理及内部协调，并保证在乙方提出需求后三个工作日内给予书面答复。甲方需求变更的，应以书面形式提出，乙方有权据此调整价格和工期。

（二）甲方应提供符合乙方要求的服务器、操作系统、数据库及网络环境，负责RF手持终端及标签打印机的采购和安装。因硬件或网络原因导致的系统问题，不属于乙方责任范围。

（三）乙方应按照本合同约定完成软件部署、定制开发和培训，培训对象为甲方仓库主管、库管员及系统管理员，培训方式由乙方确定。

（四）甲方应按乙方提供的操作手册使用系统，不得擅自修改数据库或安装其他软件。因甲方违规操作导致数据错误或系统故障的，乙方可提供有偿恢复服务。

（五）乙方有权在本项目完成后将甲方名称及项目情况作为成功案例用于宣传。

## 第十一条之二 软件升级

乙方发布新版本时，甲方在免费维护期内或已购买年度服务的，可免费升级；未购买年度服务的，升级按乙方届时报价另行收费。定制开发部分的升级适配，按乙方人天单价另行计费。

## 第十一条之三 实施管理

（一）乙方指派项目经理负责项目实施，项目经理可根据乙方内部安排调整，乙方应通知甲方。

（二）实施过程中，乙方按照其标准实施方法论开展需求调研、系统配置、定制开发、数据初始化、用户培训和上线切换，各阶段文档以乙方模板为准。

（三）甲方应安排仓库关键用户全程参与需求调研和系统测试，并在上线前完成全部库存盘点，保证期初数据准确。因期初数据不准确导致的账实不符，由甲方自行负责。

（四）上线切换时间由乙方根据项目进度确定，甲方应予以配合。上线后一周内，乙方安排实施人员现场支持，此后转为远程支持。

（五）定制开发的需求以双方签字确认的需求说明书为准，需求说明书签字后提出的新增需求，按乙方人天单价另行收费，工期相应顺延。

## 第十二条 合同解除

12.1 一方严重违约，经对方书面通知后十五日内未予纠正的，守约方可以书面通知解除本合同。

12.2 合同解除后，甲方已支付的首付款中对应乙方已完成工作的部分不予退还。

## 第十三条 不可抗力

因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。

## 第十四条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效。本合同未尽事宜，以乙方官网公布的服务条款为准。

15.2 本合同一式两份，双方各执一份，具有同等法律效力。

甲方（盖章）：　　　　　　　　乙方（盖章）：

签订日期：
"""

SRC["e01"] = """T:Software Licence and Services Agreement
P:Agreement No. SLA-TJ-2026-014
P:This Agreement is made between Bohai Offshore Engineering Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Tianjin (the "Buyer"), and Al Khuwair Integrity Systems LLC, a company registered in the Sultanate of Oman with its office in Muscat (the "Vendor").
P:The Buyer wishes to acquire a perpetual licence to the Vendor's asset integrity management software, together with implementation, data migration and training services, for the inspection and maintenance of its offshore platforms and subsea pipelines. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's IntegriTrack asset integrity management software, version 8, including the risk-based inspection, corrosion monitoring and anomaly management modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, risk models configured for the Buyer's assets, migration scripts and any other work product created by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the Software and the Custom Deliverables have passed the acceptance tests.
P:1.4 "Buyer Data" means all data supplied by the Buyer or generated by the Software from the Buyer's inspection records, including asset registers, wall-thickness readings, inspection reports and photographs.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for sixty named users on servers located in the Buyer's data centre in Tianjin, for the Buyer's own operations and those of its wholly owned subsidiaries.
P:2.2 The Vendor shall install and configure the Software, build interfaces with the Buyer's maintenance management system and document management system, configure risk models for the Buyer's eleven platforms and four pipeline systems, migrate historical inspection data, and train the Buyer's engineers.
P:2.3 The Vendor shall deliver the Software media, licence keys, installation guide, administrator manual, user manual and the documentation of all Custom Deliverables, including their source code.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 1,820,000 (one million eight hundred and twenty thousand yuan), inclusive of all taxes and charges, made up as follows: Licence Fee CNY 1,240,000; implementation and interfaces CNY 386,000; data migration CNY 148,000; training CNY 46,000.
P:3.2 The Contract Price is fixed and covers all travel, accommodation and expenses of the Vendor's personnel.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 364,000) within twenty days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 819,000) within twenty days after the Vendor has installed the Software and both parties have signed an Installation Certificate. The Installation Certificate confirms installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 637,000) within twenty days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the Vendor's account stated in the invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within forty days and submit the Software and Custom Deliverables for acceptance testing within one hundred and twenty days after signature.
P:5.2 The acceptance tests shall demonstrate that: (a) all functions listed in Annex 1 operate as specified; (b) migrated records reconcile with the source data in a full count and in a sample check of two thousand records with no material error; (c) the interfaces exchange data correctly for ten consecutive working days; (d) risk ranking results for the reference assets in Annex 2 match the agreed calculation; and (e) no Severity 1 or Severity 2 defect remains open.
P:5.3 When the tests are passed, the Buyer shall issue a Final Acceptance certificate within ten working days. Installation, go-live, productive use or payment does not constitute acceptance. If the tests fail, the Vendor shall correct the defects at its own cost and repeat the tests.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the specifications for a warranty period of twenty-four months from Final Acceptance. During the warranty period the Vendor shall correct defects, supply updates and provide remote and on-site support free of charge.
P:6.2 After the warranty period, the Buyer may order annual support at a fee of 11% of the Licence Fee, that is CNY 136,400 per year, which the Vendor shall not increase for the first three years of support. Support is ordered by separate purchase order each year and does not renew automatically.
P:6.3 Support requests are classified by severity. For Severity 1 (the Software is unavailable or data is corrupted) the Vendor shall respond within one hour and work continuously until a workaround is in place; for Severity 2 the Vendor shall respond within eight hours; for Severity 3 within two working days.
P:6.4 For each hour by which the Vendor misses a Severity 1 response or restoration target, the Vendor shall credit the Buyer CNY 1,000 against the next payment or support fee.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Buyer may use, modify, copy and license them freely, including to third parties engaged by the Buyer. The Vendor shall deliver their source code at Final Acceptance.
H:Article 8 Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not use it for any other purpose, including analytics, benchmarking or product development.
P:8.2 The Vendor shall access the Buyer's systems only through the remote access channel approved by the Buyer, using named accounts with multi-factor authentication, and shall not copy Buyer Data outside the Buyer's systems. The Vendor shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China in its handling of Buyer Data.
P:8.3 The Vendor shall notify the Buyer within twelve hours of any actual or suspected security incident affecting Buyer Data, cooperate in its investigation and remediation, and be liable for the losses caused by an incident attributable to the Vendor.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement and shall use it only for the purposes of this Agreement.
P:9.2 This obligation does not apply to information that is public through no fault of the receiving party or that must be disclosed by law, and it survives termination for three years.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to submit the Software for acceptance testing by the date in Article 5.1, the Vendor shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct, infringement of third-party rights or breach of Article 8.
P:10.3 Neither party is liable for indirect or consequential loss, except as provided in Article 8.3.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within thirty days after receiving notice, or if the delay damages under Article 10.1 reach their maximum.
P:12.2 On termination by the Buyer under Article 12.1, the Vendor shall refund the amounts paid for undelivered or rejected work and deliver all completed Custom Deliverables.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Sultanate of Oman.
P:13.2 Any dispute arising out of or in connection with this Agreement shall first be negotiated between senior representatives of the parties. If it is not resolved within thirty days, it shall be referred to arbitration at the Oman Commercial Arbitration Centre in Muscat, in English, before a sole arbitrator.
H:Article 13A Project Management
P:13A.1 Each party shall appoint a project manager. The Vendor's project manager shall work from the Buyer's Tianjin office during installation, configuration and acceptance testing, shall hold weekly progress meetings with the Buyer and shall issue written minutes listing open actions, risks and decisions.
P:13A.2 The Vendor shall not replace its project manager or lead consultant without the Buyer's prior approval, which shall not be unreasonably withheld, and shall ensure an orderly handover to any replacement.
H:Article 14 General
P:14.1 This Agreement, with its Annexes, is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is signed in two originals in English, one for each party. Annex 1: Functional Specification. Annex 2: Reference Assets and Acceptance Test Plan. Annex 3: Implementation Plan.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

SRC["e02"] = """# Order Form and General Terms — Revenue Management Subscription

**Order Form No. QRM-CN-2026-0231**

## PART A — ORDER FORM

### A1. Parties

- **Vendor:** Corniche Yield Analytics W.L.L., West Bay, Doha, State of Qatar.
- **Customer:** Lujiang Hotels Management Co., Ltd., Siming District, Xiamen, People's Republic of China.

This Order Form and the General Terms in Part B form one agreement (the "Agreement"). If they conflict, Part A prevails.

### A2. Services and Subscription Term

The Vendor will provide its YieldDesk hotel revenue management platform as a cloud service for the Customer's twenty-six hotel properties listed in the Annex, including demand forecasting, rate recommendations, group displacement analysis, channel rate parity monitoring and the Channel Connectivity Module linking the platform to the Customer's property management system and central reservation system.

The Subscription Term consists of two Subscription Years. The first Subscription Year starts on the Go-Live Date; the second starts on the first anniversary of the Go-Live Date.

### A3. Fees

| Item | Basis | Annual fee (CNY) | Total (CNY) |
|---|---|---|---|
| YieldDesk platform subscription | 26 properties x CNY 11,800 per Subscription Year | 306,800 | 613,600 |
| Channel Connectivity Module | per Subscription Year | 54,000 | 108,000 |
| Onboarding and configuration | one-time | — | 64,000 |
| **Total fees for the Subscription Term** | | | **785,600** |

All fees are in CNY and include VAT. Additional properties may be added at CNY 11,800 per property per Subscription Year, pro rata.

### A4. Invoicing and Payment

4.1 The annual fees for each Subscription Year are invoiced at the start of that Subscription Year and are payable within thirty days of invoice.

4.2 The onboarding fee is invoiced after Go-Live Acceptance under A5 and is payable within thirty days of invoice. No fee is payable before the Go-Live Date.

### A5. Onboarding and Go-Live Acceptance

5.1 The Vendor will complete onboarding, including property set-up, two years of historical booking data import, interface build with the Customer's property management system and central reservation system, and training for revenue managers, within seventy days after signature.

5.2 Go-Live Acceptance requires that: (a) all twenty-six properties are configured and their historical data reconciles with the property management system totals for each month; (b) rate recommendations are produced daily for every room type; (c) the interfaces run for ten consecutive days without failed transfers; and (d) all open Severity 1 and Severity 2 issues are closed. The Customer will sign a Go-Live Acceptance certificate when these criteria are met. Use of the platform before that certificate is not acceptance.

5.3 If the Go-Live Date is later than the date in 5.1 for reasons attributable to the Vendor, the Vendor will pay the Customer CNY 600 for each day of delay, up to a maximum of CNY 36,000.

### A6. Special Terms

6.1 Service level: the availability commitment and the support response times in Part B Section 3 apply.

6.2 Renewal: Part B Section 9 applies.

6.3 Signatures: the parties have signed this Order Form by their authorised representatives.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data submitted to the platform by or for the Customer, including reservation, rate, guest and revenue data, and all outputs generated from it.

1.2 "Customer Materials" means rate rules, forecast settings, reports and dashboards configured specifically for the Customer.

### 2. Use of the Services

2.1 The Vendor grants the Customer and its hotel properties a non-exclusive right to use the platform during the Subscription Term.

2.2 The Customer is responsible for its users' access credentials and will not resell the platform to third parties.

### 3. Service Levels

3.1 The platform will be available 99.95% of each calendar month, excluding scheduled maintenance announced five days in advance and carried out between 01:00 and 05:00 China Standard Time.

3.2 Severity 1 issues (platform unavailable or no rate recommendations produced) will be responded to within thirty minutes and worked on continuously; Severity 2 issues within two hours; other issues within one business day.

3.3 If availability in a month falls below the commitment, the Customer will receive a service credit of 5% of the monthly equivalent of the annual fees for each 0.1 percentage point of shortfall, up to half of that monthly amount. Late Severity 1 responses earn a further credit of CNY 500 per hour. Credits are deducted from the next invoice.

### 4. Customer Data

4.1 Customer Data belongs to the Customer. The Vendor will process Customer Data only to provide the services to the Customer and will not use it for any other purpose, including aggregated benchmarking or product development.

4.2 Customer Data is hosted in a data centre in mainland China operated by a provider holding a Multi-Level Protection Scheme level 3 filing. The Vendor will apply encryption in transit and at rest, role-based access control, logging of administrative access and daily backups.

4.3 The Vendor will notify the Customer within twenty-four hours of any security incident affecting Customer Data, take immediate steps to contain it, and be responsible for losses caused by incidents attributable to the Vendor or its subprocessors.

4.4 Within thirty days after the end of the Subscription Term the Vendor will return all Customer Data in a structured format and then delete it.

### 5. Intellectual Property

5.1 The platform and its underlying technology remain the property of the Vendor.

5.2 Customer Materials belong to the Customer. The Customer may export, use, modify and have them used by third parties without restriction.

### 6. Confidentiality

Each party will keep the other's confidential information secret, use it only for this Agreement and disclose it only to staff and advisers who need to know it. This obligation survives for three years after the Agreement ends.

### 7. Subcontractors and Subprocessors

The Vendor may engage subcontractors and subprocessors to perform any part of the services, including hosting, support and interface development. The Vendor will inform the Customer by email of any new subcontractor or subprocessor; no consent of the Customer is required. The Vendor remains responsible for their performance.

### 8. Liability

8.1 Each party's total liability under this Agreement is limited to 150% of the total fees for the Subscription Term.

8.2 The limit does not apply to breach of Section 4 or Section 6, to infringement claims or to wilful misconduct.

8.3 Neither party is liable for lost profits or indirect loss.

### 9. Term and Renewal

9.1 At the end of the Subscription Term, the Agreement renews automatically for a further Subscription Year, and then for each following Subscription Year, unless either party gives notice of non-renewal at least sixty days before the end of the current Subscription Year.

9.2 The Vendor may increase the annual fees for any renewal Subscription Year by up to 9% by giving notice at least seventy-five days before the renewal date.

### 10. Termination

10.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice.

10.2 If the Customer terminates for the Vendor's breach, the Vendor will refund the prepaid fees for the remaining part of the Subscription Year.

### 11. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes will be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time of application. The award is final and binding.

### 11A. Customer Responsibilities

11A.1 The Customer will provide timely access to its property management system and central reservation system vendors, historical booking data in the agreed format, and a project lead for each hotel cluster.

11A.2 The Customer will review configuration workbooks within five business days after receipt. Delays caused by the Customer extend the onboarding dates in A5 accordingly.

### 11B. Reporting and Reviews

11B.1 The Vendor will provide a monthly service report showing availability, incidents, support tickets, interface transfer statistics and the adoption of rate recommendations by property.

11B.2 The parties will hold a quarterly business review in Xiamen or by video conference to discuss the service, forecast accuracy, planned product changes and the Customer's requests for improvements. The Vendor will give at least sixty days' notice of any change that removes a feature the Customer uses.

### 11C. Business Continuity

The Vendor maintains a disaster recovery environment in a second mainland China data centre, tests recovery at least twice in each Subscription Year and will share a summary of the test results with the Customer on request.

### 12. General

12.1 Notices must be in writing and sent to the addresses in A1.

12.2 Neither party may assign this Agreement without the other's consent, except to an affiliate in a reorganisation.

12.3 This Agreement is the entire agreement of the parties and may be amended only in writing.

Signed for the Vendor: ____________________ Signed for the Customer: ____________________
"""

SRC["e03"] = """T:Supply and Licence Contract for Tank Farm Leak Detection System
P:Contract No. ZSOT-PUR-2026-077
P:Buyer: Zhoushan Haixing Oil Storage and Transportation Co., Ltd., Zhoushan, Zhejiang Province, People's Republic of China.
P:Supplier: Sitra Sensing Technologies W.L.L., Manama, Kingdom of Bahrain.
P:This Contract is issued on the Buyer's standard purchase terms. The Buyer wishes to install an acoustic leak detection and pressure monitoring system at its crude and product tank farm and the connecting pipelines, and the Supplier has agreed to supply the devices, licence its monitoring software and carry out the related services on the terms below.
H:1. Definitions
P:1.1 "Devices" means the acoustic leak sensors, edge gateways and pressure transmitters listed in Clause 2.
P:1.2 "Software" means the Supplier's LeakWatch monitoring software, including the alarm server, the operator console and the analytics module.
P:1.3 "Site" means the Buyer's tank farm at Aoshan, Zhoushan, including the jetty pipelines.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under Clause 5.3.
P:1.5 "Buyer Data" means all measurements, alarms, event logs, tank and pipeline drawings and other data supplied by the Buyer or produced by the Devices and the Software at the Site.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the Devices, license the Software, integrate the system with the Buyer's distributed control system (DCS), and train the Buyer's operators and instrument technicians.
P:2.2 The Contract Price is CNY 2,106,000, inclusive of VAT, delivery to Site, customs clearance and all duties, as itemised in the price table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Acoustic leak sensor, explosion-proof|64|18,500|1,184,000
TB:2|Edge gateway with 4G and fibre uplink|8|26,000|208,000
TB:3|Pressure transmitter|32|4,200|134,400
TB:4|LeakWatch monitoring software, perpetual licence|1|296,000|296,000
TB:Hardware and Licence Subtotal||||1,822,400
TB:5|Installation and commissioning|1 lot|168,000|168,000
TB:6|Integration with the DCS|1 lot|94,000|94,000
TB:7|Training|1 lot|21,600|21,600
TB:Contract Price||||2,106,000
P:2.3 The Contract Price is fixed. No additional charge may be made without a written change order signed by the Buyer.
H:3. Payment
P:3.1 10% of the Contract Price (CNY 210,600) is payable within twenty days after signature, against the Supplier's advance payment guarantee for the same amount.
P:3.2 55% of the Contract Price (CNY 1,158,300) is payable within twenty days after all Devices have been delivered and installed and the parties have signed an installation record. The installation record is not acceptance.
P:3.3 35% of the Contract Price (CNY 737,100) is payable within twenty days after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Devices to Site within seventy days after signature and complete installation within forty-five days after delivery.
P:4.2 The Supplier's personnel shall comply with the Buyer's hot-work permit, gas testing and hazardous-area rules. All Devices installed in hazardous areas shall carry valid Chinese explosion-proof certificates.
P:4.3 Title to the Devices passes to the Buyer on delivery to Site; risk passes on Final Acceptance.
H:5. Acceptance
P:5.1 After installation the Supplier shall commission the system and run the acceptance tests in the Buyer's presence.
P:5.2 The system passes when: (a) simulated leaks by controlled gas release at each of the sixteen test points in Annex 2 are detected and located within 10 metres; (b) alarms reach the DCS and the operator console within 5 seconds; (c) pressure readings agree with calibrated reference gauges within the stated accuracy; (d) the system runs for thirty days without a false alarm rate above the Annex 2 limit and without a Severity 1 fault.
P:5.3 When the tests are passed, the Buyer shall issue a Final Acceptance certificate within ten working days. Delivery, installation, energising the system or use in operation does not constitute acceptance.
P:5.4 If a test fails, the Supplier shall remedy the cause at its own cost and repeat the test.
H:6. Warranty and Post-Warranty Support
P:6.1 The Supplier warrants the Devices and the Software for thirty-six months from Final Acceptance. During this period the Supplier shall repair or replace defective Devices, correct Software defects and supply Software updates free of charge, including parts, labour and travel.
P:6.2 After the warranty period, the Buyer may order support at an annual fee of 8% of the Hardware and Licence Subtotal, that is CNY 145,792, fixed for the first three years of support. Each year is ordered separately and there is no automatic renewal.
P:6.3 Severity 1 faults (loss of leak detection on any tank or pipeline section) shall be responded to within two hours and an engineer shall be on Site within twelve hours if remote diagnosis fails; Severity 2 faults within eight hours; other requests within three working days.
P:6.4 For each hour of delay beyond a Severity 1 target, the Supplier shall pay CNY 800, deducted from any amount due to the Supplier.
H:7. Intellectual Property
P:7.1 The Software remains the property of the Supplier. The Buyer receives a perpetual, irrevocable licence to use it at the Site.
P:7.2 The DCS integration programs, alarm configurations, site models and documents produced for the Buyer belong to the Buyer, which may use, modify and have them maintained by any third party.
H:8. Buyer Data and System Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not transfer it outside the Site or use it for any other purpose.
P:8.2 The Supplier shall design the system so that Devices connect only to the Buyer's industrial network through the firewall specified by the Buyer, with no direct internet connection. Remote access for support requires the Buyer's approval for each session, is made through the Buyer's jump server and is recorded.
P:8.3 The Supplier shall report any security incident affecting the system or Buyer Data to the Buyer within two hours, assist in containment and recovery, and bear the losses caused by incidents due to its fault.
H:9. Delay Damages and Liability
P:9.1 If the Supplier is late in delivery or in completing installation, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:9.2 The Supplier's total aggregate liability arising out of or in connection with this Contract, including delay damages, shall not exceed 60% of the Contract Price, except for liability for death or personal injury or for wilful misconduct.
P:9.3 Neither party is liable for indirect or consequential loss.
H:10. Subcontracting
P:10.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent.
P:10.2 Civil works and cable trays may be performed by a local contractor approved in writing by the Buyer; the Supplier remains responsible for its work and safety.
H:11. Termination
P:11.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty days after notice, or if delay damages reach their maximum.
P:11.2 On termination under Clause 11.1, the Supplier shall refund the payments received for Devices and services not accepted, and the Buyer may complete the work with another supplier at the Supplier's cost.
H:11A. Documentation, Training and Spare Parts
P:11A.1 Before Final Acceptance the Supplier shall deliver as-built drawings, device location plans, calibration certificates, explosion-proof certificates, the Software administrator and operator manuals, and a maintenance manual, in Chinese and English.
P:11A.2 The Supplier shall train twelve operators and six instrument technicians at the Site, covering alarm handling, sensor checks, gateway replacement and routine Software administration, and shall assess the trainees at the end of the course.
P:11A.3 The Supplier shall keep a stock of spare sensors and gateways in mainland China sufficient to replace any failed Device within seventy-two hours during the warranty period, and shall offer spare parts for at least eight years after Final Acceptance.
H:11B. Site Rules
P:The Supplier's personnel shall attend the Buyer's safety induction before starting work, wear the protective equipment required at the Site, and follow the instructions of the Buyer's safety officer at all times. The Buyer may remove from the Site any person who breaches these rules.
H:12. Force Majeure
P:12.1 Neither party is liable for failure caused by events beyond its reasonable control, such as typhoon, earthquake, war or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
P:12.2 If a force majeure event lasts more than ninety days, either party may terminate this Contract by written notice.
H:13. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Zhoushan Arbitration Commission for arbitration in Zhoushan.
H:14. General
P:14.1 This Contract is made in English and Chinese; both versions have equal effect.
P:14.2 Annex 1: Technical Specification. Annex 2: Acceptance Test Plan and Test Points. Annex 3: Device Locations.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# Managed IT Services Agreement

**Agreement No. MITS-SZ-2026-009**

**Customer:** Pengcheng Precision Electronics Co., Ltd., Bao'an District, Shenzhen, People's Republic of China.

**Provider:** Salmiya Managed Technology Services Co. W.L.L., Kuwait City, State of Kuwait, acting through its service delivery centre in Shenzhen.

The Customer wishes to outsource the operation of its network, servers and end-user support at its Shenzhen headquarters and its two factories in Dongguan and Huizhou. The Provider has agreed to provide these services on the terms of this Agreement and its Schedules.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under Section 4.

1.3 "Term" means thirty-six months from the Service Commencement Date.

1.4 "Customer Data" means all data of the Customer and its employees, customers and suppliers that the Provider accesses, stores or processes in performing the Services, including system configurations, logs and tickets.

1.5 "Total Contract Value" means the sum of the Monthly Service Charges for the Term and the Transition Fee, as set out in Schedule 3.

## Section 2. Services

2.1 The Provider shall perform the Services in accordance with this Agreement, the service levels in Schedule 2 and good industry practice.

2.2 The Provider shall station a service delivery manager and four on-site engineers at the Customer's locations during working hours and shall provide remote monitoring and a service desk twenty-four hours a day, seven days a week.

2.3 The Provider shall use the Customer's IT service management tool for all tickets, changes and asset records.

## Section 3. Charges and Payment

3.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 2,550,000.

3.2 The Monthly Service Charge is invoiced monthly in arrears and is payable within thirty days after receipt of a correct invoice, less any service credits due under Schedule 2.

3.3 The Transition Fee is invoiced after Transition Acceptance. No payment is due before the Service Commencement Date.

3.4 The charges are fixed for the Term and include all taxes, tools, travel and the Provider's personnel costs.

## Section 4. Transition and Acceptance

4.1 The Provider shall complete transition within sixty days after signature. Transition includes knowledge transfer from the Customer's current team, documentation of all in-scope assets, set-up of monitoring for every in-scope device, and the drafting of operating procedures.

4.2 Transition Acceptance requires that: (a) every device in the asset list is monitored and visible in the monitoring console; (b) runbooks for the top thirty recurring tasks are approved by the Customer; (c) the service desk has handled live tickets for ten working days in shadow mode meeting the Schedule 2 targets; and (d) the backup restore test of three selected servers has succeeded.

4.3 The Customer shall sign the Transition Acceptance certificate within five working days after these criteria are met. Starting to use the Provider's service desk does not by itself constitute acceptance.

4.4 If Transition Acceptance is delayed beyond the date in 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay, up to a maximum of CNY 60,000.

## Section 5. Customer Data and Security

5.1 Customer Data belongs to the Customer. The Provider shall process it only to perform the Services and for no other purpose, and shall not aggregate, anonymise or analyse it for its own benefit or for other clients.

5.2 Customer Data shall remain on the Customer's systems in mainland China. The Provider's engineers shall use named accounts with multi-factor authentication through the Customer's privileged access management system, and all sessions shall be recorded.

5.3 The Provider shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law, the Customer's information security policies and its ISO 27001 controls.

5.4 The Provider shall notify the Customer within six hours of becoming aware of any security incident affecting Customer Data, shall contain and remedy it, and shall be liable for the losses resulting from an incident caused by the Provider or its personnel.

## Section 6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public business, technical and financial information and shall not disclose it to third parties without prior written consent.

6.2 This obligation continues for three years after the end of this Agreement.

## Section 7. Intellectual Property

7.1 Runbooks, scripts, configurations, reports and documentation created by the Provider for the Customer belong to the Customer, which may use, modify and license them to any successor provider.

7.2 The Provider's pre-existing tools remain the Provider's property; the Provider grants the Customer a free licence to any such tool embedded in the deliverables.

## Section 8. Subcontracting

The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains fully responsible for approved subcontractors.

## Section 9. Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value.

9.2 The limit does not apply to breach of Section 5 or Section 6, to personal injury or to wilful misconduct.

## Section 10. Term, Renewal and Termination

10.1 This Agreement ends at the end of the Term. It does not renew automatically; any extension requires a written agreement signed by both parties, at charges agreed at that time.

10.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within thirty days after notice, or if service credits reach their monthly maximum in three consecutive months.

10.3 On expiry or termination the Provider shall support the transfer of the Services to the Customer or a new provider for up to ninety days at the rates in Schedule 3, and shall hand over all documentation and Customer Data.

## Section 10A. Governance and Reporting

10A.1 The Provider's service delivery manager shall meet the Customer's IT manager weekly during transition and monthly thereafter. Each monthly meeting shall review the service report, open problems, planned changes, capacity trends and improvement actions.

10A.2 The monthly service report shall show performance against every Schedule 2 measure, service credits due, incidents and their root causes, and the status of patching and backups.

10A.3 The parties shall hold a quarterly steering meeting attended by senior managers of both parties to review the relationship, the improvement plan and any proposed changes to scope or charges. Any change to scope or charges requires a written change order signed by both parties.

10A.4 The Provider shall keep its key personnel named in the transition plan in their roles for the first six months of the Term, except for resignation or illness, and shall give reasonable notice of any change.

## Section 10B. Continuous Improvement

The Provider shall propose at least two service improvement initiatives in each contract year, such as automation of recurring tasks or reduction of repeat incidents, with an estimate of their benefit. Initiatives approved by the Customer shall be implemented without additional charge unless they require new tools, which the parties shall agree in writing.

## Section 11. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | incidents and requests for about 1,900 users, Chinese and English | 24 x 7 |
| Network operations | 3 sites, 146 switches, 212 access points, firewalls, SD-WAN links | 24 x 7 monitoring |
| Server operations | 118 virtual and 26 physical servers, backup, patching | 24 x 7 monitoring |
| End-user support | on-site desktop, laptop and meeting room support | working hours |
| Reporting | monthly service report and quarterly review | monthly |

## Schedule 2 — Service Levels and Credits

| Measure | Target | Service credit |
|---|---|---|
| Network and core server availability | 99.95% per month | 3% of the Monthly Service Charge per 0.1 point below target |
| P1 incident response | 15 minutes | CNY 1,000 per hour late |
| P1 incident restoration | 3 hours | CNY 1,500 per hour late |
| P2 incident response | 1 hour | CNY 300 per hour late |
| Service desk first-call resolution | 70% per month | 1% of the Monthly Service Charge |

Total service credits in a month shall not exceed 20% of the Monthly Service Charge. A P1 incident is a site-wide network outage, a production line system outage or a loss of a core server.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly Service Charge | 36 months x CNY 68,500 | 2,466,000 |
| Transition Fee | one-time, after Transition Acceptance | 84,000 |
| Total Contract Value | | 2,550,000 |
| Additional on-site engineer | per person-day, on request | 1,800 |

Signed for the Customer: ____________________ Signed for the Provider: ____________________
"""

SRC["e05"] = """VESSEL DATA API SUBSCRIPTION AGREEMENT

Agreement No. SHJ-VD-2026-112

PARTIES

1.1 Khalid Port Maritime Data FZE, a free zone establishment registered in the Sharjah Airport International Free Zone, Sharjah, United Arab Emirates ("Vendor").

1.2 Shanghai Huanhai Shipping Finance Services Co., Ltd., a company incorporated in the People's Republic of China with its office in Pudong, Shanghai ("Customer").

1.3 The Customer finances and insures ships and wishes to receive global vessel position, voyage and port call data through the Vendor's application programming interface for use in its risk monitoring system. The parties agree as follows.

DEFINITIONS

2.1 "API" means the Vendor's vessel data application programming interface, version 3, and its documentation.

2.2 "Vendor Data" means the vessel positions, voyage histories, port calls, ownership records and derived risk indicators made available through the API.

2.3 "Customer Data" means the vessel watch lists, portfolio records, queries and other information that the Customer submits to the API, and all results the Customer generates by combining them with Vendor Data.

2.4 "Subscription Year" means each of the two consecutive periods that together make up the Subscription Term. The first Subscription Year begins on the Integration Acceptance Date; the second begins on its first anniversary.

2.5 "Integration Acceptance Date" means the date on which the Customer signs the acceptance certificate under clause 5.3.

SUBSCRIPTION AND SCOPE

3.1 The Vendor grants the Customer a non-exclusive, non-transferable right during the Subscription Term to access the API and to use Vendor Data within the Customer's group for its own risk monitoring, credit analysis and insurance underwriting.

3.2 The subscription covers up to 2,000 vessels on the Customer's watch list at any time, unlimited position queries for those vessels, daily bulk voyage files and event alerts for port calls, sanctions-area entries and AIS signal gaps.

3.3 The Customer may display Vendor Data to its employees and in reports to its financing clients, but shall not resell Vendor Data or make it available as a data product.

3.4 The Vendor shall provide integration support, including a sandbox environment, sample code, two remote workshops and assistance with mapping Vendor Data into the Customer's risk monitoring system.

FEES AND PAYMENT

4.1 The Subscription Fee is CNY 486,000 per Subscription Year, that is CNY 972,000 for the Subscription Term. The integration support fee is CNY 38,000, payable once. The total fees under this Agreement are CNY 1,010,000, inclusive of VAT.

4.2 The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year and payable within thirty days after invoice.

4.3 The integration support fee is invoiced after the Integration Acceptance Date and payable within thirty days after invoice. Nothing is payable before the Integration Acceptance Date.

4.4 Queries for vessels above the watch list limit are charged at the Vendor's overage rate of CNY 120 per vessel per month, invoiced quarterly in arrears.

INTEGRATION AND ACCEPTANCE

5.1 The Vendor shall make the production API credentials and bulk files available within ten days after signature and shall support the Customer's integration work.

5.2 Integration acceptance tests shall show that: (a) position queries for a test list of two hundred vessels return results matching the Vendor's reference extract; (b) daily bulk files are delivered on ten consecutive days and load into the Customer's system without errors; (c) port call and sanctions-area alerts are received for the test vessels; and (d) the mapping of Vendor Data fields to the Customer's data model is documented and signed off.

5.3 When the tests are passed, the Customer shall sign an acceptance certificate within five working days. Use of the API in the sandbox or in production before that date does not constitute acceptance.

SERVICE AND SUPPORT

6.1 The Vendor will use commercially reasonable efforts to keep the API available and to deliver bulk files on time, and will announce planned maintenance on its status page in advance.

6.2 The Vendor will provide support by email during its business hours and will respond to support requests as promptly as reasonably practicable.

6.3 The Vendor will keep the API documentation current and will give ninety days' notice before retiring an API version.

DATA QUALITY

7.1 Vendor Data is compiled from terrestrial and satellite AIS receivers, port authorities and commercial sources. The Vendor applies quality checks but does not warrant that Vendor Data is complete or free of errors.

7.2 If the Customer reports a material error in Vendor Data, the Vendor will investigate and correct it within a reasonable time.

CUSTOMER DATA AND SECURITY

8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to provide the API to the Customer and shall not use it for any other purpose, including to enrich Vendor Data, to build products or to inform other customers.

8.2 The Vendor shall protect Customer Data with encryption in transit and at rest, access restricted to named support staff, logging of access and deletion of query logs after ninety days. Customer Data shall not be transferred to third parties.

8.3 The Vendor shall notify the Customer within twenty-four hours of any security incident affecting Customer Data, take prompt measures to contain it and be liable for the losses caused by an incident attributable to the Vendor.

8.4 To the extent the Customer's watch lists are subject to PRC cross-border data rules, the Customer will submit only vessel identifiers and the Vendor will cooperate with any assessment or filing the Customer requires.

INTELLECTUAL PROPERTY

9.1 The API and Vendor Data remain the property of the Vendor and its licensors.

9.2 The integration code, field mappings, scripts and documents produced by the Vendor for the Customer during integration support belong to the Customer, which may use, modify and license them freely.

9.3 Reports and analyses that the Customer creates using Vendor Data belong to the Customer, subject to clause 3.3.

CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's non-public information, including the Customer's portfolio and watch lists and the Vendor's pricing, and shall use it only for this Agreement.

10.2 This obligation survives for three years after the end of this Agreement.

SUBCONTRACTING

11.1 The Vendor shall not subcontract the provision of the API or any handling of Customer Data without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.

LIABILITY

12.1 Each party's total liability under this Agreement is limited to 150% of the total fees under clause 4.1.

12.2 The limit does not apply to breach of the clauses on Customer Data and Security or Confidentiality, or to wilful misconduct.

12.3 Neither party is liable for indirect loss or loss of profit.

TERM, RENEWAL AND TERMINATION

13.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new written agreement.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice.

13.3 If the Customer terminates for the Vendor's breach, the Vendor shall refund the Subscription Fee for the unused part of the current Subscription Year.

13.4 On expiry or termination the Customer shall stop using the API and shall not load new Vendor Data, but may keep reports created before that date.

COMPLIANCE AND SANCTIONS

13A.1 Each party shall comply with the export control and sanctions laws that apply to it. The Vendor does not warrant that Vendor Data is sufficient on its own for any sanctions screening decision, which remains the Customer's responsibility.

13A.2 The Vendor shall inform the Customer promptly if any change in law or in the terms of its data sources requires it to withdraw a category of Vendor Data, and the parties shall then agree in good faith on a replacement data set or a fair reduction of the Subscription Fee.

ACCOUNT MANAGEMENT

13B.1 The Vendor shall appoint an account manager who speaks Mandarin or English and who will hold a review call with the Customer each quarter to discuss data coverage, alerts, support requests and planned changes to the API.

13B.2 The Customer may request up to five custom data extracts per Subscription Year at no additional charge.

AUDIT

13C.1 Once in each Subscription Year the Customer may ask the Vendor to complete a reasonable security questionnaire and to provide its current security certifications.

GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The award is final.

GENERAL

15.1 This Agreement is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.

15.2 Notices shall be sent by email and courier to the addresses of the parties stated above.

Signed for the Vendor: ____________________

Signed for the Customer: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {
    "z01": ("h621z01_waterway_aids_telemetry_platform", "pdf", "zh", "software"),
    "z02": ("h621z02_beverage_filling_line_control_retrofit", "docx", "zh", "hardware"),
    "z03": ("h621z03_maternity_centre_care_records_saas", "txt", "zh", "cloud"),
    "z04": ("h621z04_gov_service_centre_annual_om", "txt", "zh", "services"),
    "z05": ("h621z05_cured_fish_cold_storage_wms_supplier_template", "md", "zh", "software"),
    "e01": ("h621e01_asset_integrity_licence_muscat_vendor", "pdf", "en", "software"),
    "e02": ("h621e02_hotel_revenue_saas_order_form_doha_vendor", "md", "en", "cloud"),
    "e03": ("h621e03_tank_farm_leak_detection_manama_vendor", "docx", "en", "hardware"),
    "e04": ("h621e04_managed_it_services_kuwait_vendor", "md", "en", "services"),
    "e05": ("h621e05_vessel_data_api_subscription_sharjah_vendor", "txt", "en", "cloud"),
}

GOODS, SERVICE = "goods_or_licence", "service"
# availability, p1 h, remedy, ip, data_sec, owns_data, conf, ld, cap, prepay, acc, final, warranty, pwf, auto, term,
# subcontract, law, kind | extra: sla_clause, ld_stated, pwf_capped, deemed, value | design: fee_base, rules
T = {
 "z01": (99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9, False, True, False, "PRC", GOODS,
         True, True, True, False, 1960000, 1180000, []),
 "z02": (None, 0.5, True, "buyer", True, True, True, 0.02, None, 20, True, True, 24, 7, False, True, True, "PRC", GOODS,
         True, True, True, False, 2070000, 1708000, ["CR-LD-LOW", "CR-SUBCONTRACT"]),
 "z03": (99.95, 0.5, True, "buyer", False, True, True, 0.1, 6 / 24 * 100, None, True, None, None, None, True, True, False,
         "PRC", SERVICE, True, True, None, False, 630000, None,
         ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
 "z04": (99.5, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, False, False, "PRC",
         SERVICE, True, True, None, False, 1128000, None, ["CR-SLA-AVAILABILITY", "CR-TERMINATION"]),
 "z05": (None, 8, False, "supplier", True, False, True, 0.08, None, 65, False, False, 6, 26, False, True, None, "PRC", GOODS,
         True, True, True, True, 786000, 560000,
         ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
          "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
 "e01": (None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False, True, False, "Oman", GOODS,
         True, True, True, False, 1820000, 1240000, ["CR-GOVERNING-LAW"]),
 "e02": (99.95, 0.5, True, "buyer", True, True, True, 600 / 785600 * 100, 150, None, True, None, None, None, True, True, True,
         "PRC", SERVICE, True, True, None, False, 785600, None, ["CR-AUTO-RENEWAL", "CR-SUBCONTRACT"]),
 "e03": (None, 2, True, "buyer", True, True, False, 0.1, 60, 10, True, True, 36, 8, False, True, False, "PRC", GOODS,
         True, True, True, False, 2106000, 1822400, ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"]),
 "e04": (99.95, 0.25, True, "buyer", True, True, True, 2000 / 2550000 * 100, 150, None, True, None, None, None, False, True,
         False, "PRC", SERVICE, True, True, None, False, 2550000, None, []),
 "e05": (None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True, False, "PRC",
         SERVICE, False, False, None, False, 1010000, None, ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
FORUM_OUTSIDE = {"e01"}  # Muscat arbitration
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco_share(t, x, fee_base):
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * fee_base
    return fees / (x["contract_value"] + fees) * 100


def derive(key, t, x, fee_base):
    r = set()
    goods = t["contract_kind"] == GOODS
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
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, fee_base)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
NUM = r"(?<![\d.,])"
PATTERNS = [
    NUM + r"30\s*(%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九点])", r"thirty\s*(per\s*cent|percent)",
    NUM + r"99\.9(?!\d)", r"百分之九十九点九(?![零一二三四五六七八九])",
    NUM + r"4\s*-?\s*(hours?|hrs?|h\b|个?小时)", r"(?<![十廿])四个?小时", r"(?<![-\w])four\s*(\(4\)\s*)?-?\s*hours?\b",
    NUM + r"0\.05(?!\d)", r"万分之五(?![十])", r"千分之零点五",
    NUM + r"100\s*(%|％|per\s*cent|percent)", r"百分之百", r"百分之一百(?![零一二三四五六七八九十])",
    r"one\s*hundred\s*(per\s*cent|percent)",
    NUM + r"12\s*-?\s*(months?\b|个月)", r"(?<![二三四五六七八九])十二个月", r"\btwelve\s*(\(12\)\s*)?-?\s*months?\b",
    r"(?<![第每十])一年(?![度级])", r"\b(one|1)\s*-?\s*years?\b",
    NUM + r"15\s*(%|％|per\s*cent|percent)", r"百分之十五(?![一二三四五六七八九点])", r"fifteen\s*(per\s*cent|percent)",
    NUM + r"40\s*(%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九点])", r"forty\s*(per\s*cent|percent)",
    NUM + r"5\s*-?\s*(years?\b|年)", r"(?<![十第])五年", r"(?<![-\w])five\s*(\(5\)\s*)?-?\s*years?\b",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["预付30%", "30 %", "百分之三十", "99.9%", "不低于99.9", "4小时", "4 hours", "四小时", "4-hour", "four hours",
            "0.05%", "万分之五", "100%", "百分之百", "12个月", "12 months", "twelve months", "十二个月", "质保一年",
            "one year", "15%", "百分之十五", "40%", "百分之四十", "5 years", "五年", "five years", "1-year"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "99.5%", "130%", "0.055", "万分之五十", "二十四小时", "二十二个月", "第一年",
             "服务年度", "115%", "2025年", "35%", "45%", "百分之三十五", "第十五条", "十二个街道", "10.05", "1400%", "14 hours",
             "Subscription Year", "twenty-four hours", "twenty-five years", "第五年", "十五年", "each year", "25 years"]


def scan(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in RX.finditer(form)]
    return hits


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))
    targets = {k: (stem + "." + ext, ext) for k, (stem, ext, _, _) in FILES.items() if ext in ("docx", "pdf")}
    write({k: SRC[k] for k in targets}, targets, OUT, wrap_words=True)
    for k, (stem, ext, lang, cat) in FILES.items():
        if ext in ("txt", "md"):
            (OUT / (stem + "." + ext)).write_text(SRC[k], encoding="utf-8")
    covered = set()
    for k, (stem, ext, lang, cat) in FILES.items():
        v = T[k]
        terms = dict(zip(TERM_KEYS, v[:19]))
        sla_clause, ld_stated, capped, deemed, value, fee_base, design = v[19:]
        extra = {"sla_clause": sla_clause, "ld_stated": ld_stated}
        if terms["contract_kind"] == GOODS:
            extra["post_warranty_fee_capped"] = capped
        else:
            assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None and capped is None
        extra["acceptance_deemed_on_delivery"] = deemed
        extra["contract_value"] = value
        rules = derive(k, terms, extra, fee_base)
        assert rules == sorted(design), (k, rules, design)
        covered |= set(rules)
        # no value on a threshold
        assert terms["availability_pct"] != 99.9 and terms["p1_response_hours"] != 4
        assert terms["ld_rate_per_day_pct"] is None or abs(terms["ld_rate_per_day_pct"] - 0.05) > 0.005
        assert terms["liability_cap_pct"] != 100 and terms["prepayment_pct"] != 30
        assert terms["warranty_months"] != 12 and terms["post_warranty_fee_pct"] != 15
        share = tco_share(terms, extra, fee_base) if fee_base else None
        assert share is None or abs(share - 40) > 2, (k, share)
        label = {"file": stem + "." + ext, "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / (stem + "." + ext))
        n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        print(k, stem + "." + ext, "length", n, "rules", rules, "risk", risk(rules),
              "tco %.2f" % share if share is not None else "")
        hits = scan(text)
        assert not hits, (k, hits)
        assert lo <= n <= hi, (k, n)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered


if __name__ == "__main__":
    main()
