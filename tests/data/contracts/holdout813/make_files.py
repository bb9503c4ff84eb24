"""holdout813: builds ten blind held-out draft contracts and their .json labels, and checks them.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
Sources are kept below as strings. .txt/.md are written as they are; .docx/.pdf go through ../word_pdf.py.
Labels come from DESIGN; the expected rules are derived from the labels with my reading of policy section 3 and
compared with the design list. Lengths, thresholds and rule coverage are asserted.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H813Z01 = """T:古道与古井保护管理平台采购及定制开发合同
P:合同编号：LYJ-ZC-2026-0917
P:采购人（甲方）：某市林业局
P:供应商（乙方）：某某数字林业科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号：LYJ-GK-2026-031）、乙方投标文件和中标通知书，甲乙双方经协商一致，就甲方采购古道与古井保护管理平台软件许可及定制开发事宜订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供古道与古井保护管理平台V3.0软件永久使用许可一套（不限用户数），并按甲方需求完成定制开发，包括古道线路巡护管理、古井水位与水质监测接入、文物本体病害档案、移动巡查App及林业“一张图”对接。
P:1.2 乙方负责平台部署、存量数据整理入库（古道线路二百一十二条、古井档案六百四十八口）、系统联调、人员培训及试运行保障。
P:1.3 平台部署于甲方政务云资源池，乙方不得将系统或数据部署于其他环境。
P:1.4 乙方应为甲方及各管护站人员提供集中培训不少于两期，每期不少于二日，培训内容包括平台操作、移动巡查、数据维护及应急处置，并提供培训教材。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰肆拾捌万陆仟元整（¥1,486,000），包括：平台软件许可费¥620,000；定制开发费¥598,000；数据整理入库及部署实施费¥186,000；培训及试运行保障费¥82,000。
P:2.2 合同总价为固定价格，已包含乙方完成本合同全部工作所需的一切费用及税费，甲方不再另行支付任何费用。
P:2.3 因甲方需求变更导致工作量增加的，双方另行协商，并按政府采购有关规定签订补充合同。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的合法发票后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统完成部署、通过初步验收后，甲方支付合同总价的45%。
P:3.3 系统最终验收合格后，甲方支付合同总价的35%。
P:3.4 资金支付按财政国库集中支付程序办理，因财政审批程序造成的合理延迟不视为甲方违约。
P:3.5 乙方收款账户信息以合同签署页为准，变更须提前书面通知甲方。
H:第四条 交付期限
P:4.1 乙方应于合同签订后九十日内完成部署及定制开发并提交初步验收申请，于初步验收后六十日内完成试运行并提交最终验收申请。
P:4.2 乙方应按甲方认可的实施计划推进工作，每两周提交一次进度报告。
P:4.3 乙方应派驻项目经理一名及开发、实施人员不少于五名，项目经理须具备同类项目经验，未经甲方同意不得更换。
H:第五条 验收
P:5.1 初步验收标准：招标文件技术需求清单所列功能全部实现；存量数据入库完整、与纸质档案逐条核对无误；移动巡查App在山区弱网环境下可离线采集并自动补传；与林业“一张图”接口联调通过。
P:5.2 最终验收标准：系统连续试运行六十日，期间未发生一级故障；二百名并发用户下页面平均响应时间不超过3秒；通过甲方委托的第三方安全测评，高风险问题全部整改完毕；技术文档、源代码及操作手册齐全。
P:5.3 验收由甲方组织专家按上述标准进行并出具书面验收报告。系统上线、试运行或甲方付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
P:5.4 验收所需的测试环境和测试数据由甲方提供，测试用例由乙方编制并经甲方确认。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、技术咨询及现场支持。
P:6.2 服务水平：一级故障（平台整体不可用或数据无法写入）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；一般问题在3个工作日内解决。
P:6.3 乙方未按6.2条约定时限响应或恢复的，每超出一小时向甲方支付违约金人民币800元，甲方可从应付款项中直接扣除。
P:6.4 质保期满后，如甲方需要继续维护服务，年度维护费不超过平台软件许可费的8%（即不超过¥49,600/年），且三年内不上调。维护合同另行签订，不自动续期。
P:6.5 质保期内乙方每季度对平台进行一次巡检并提交巡检报告，在森林防火期等关键时段安排专人值守。
H:第七条 知识产权
P:7.1 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 本项目定制开发形成的软件模块、接口程序、源代码、数据库设计及相关文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。乙方应在最终验收前交付完整源代码。
P:7.3 乙方保证所交付的软件不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
P:7.4 乙方交付的源代码应附带编译及部署说明，保证甲方可独立完成编译和部署。
H:第八条 数据安全
P:8.1 本项目涉及的古道古井档案、监测数据、影像资料及巡护记录等全部数据归甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的，不得向第三方提供。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国网络安全法》，落实访问控制、操作审计、数据加密传输等措施；实施人员须经甲方审批后通过堡垒机访问，严禁将数据拷贝至甲方环境之外。
P:8.3 发生数据泄露、丢失或被篡改的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
P:8.4 合同终止或履行完毕后，乙方应将其持有的全部项目数据返还甲方并删除留存副本，出具书面删除说明。
H:第九条 保密
P:9.1 乙方对履行合同过程中知悉的甲方工作秘密、文物点位坐标及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务不因本合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过三十日的，甲方有权解除合同，乙方应支付违约金至解除之日。
P:10.2 乙方交付的系统不符合合同约定，经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:第十一条 转包与分包
P:乙方不得转包本合同，也不得将本合同任何部分分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
P:12.3 合同解除后，乙方应在十日内向甲方移交已完成的工作成果、源代码及全部数据。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生争议的，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件、中标通知书为本合同组成部分。本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。
P:甲方（盖章）：__________  乙方（盖章）：__________
P:签订日期：2026年  月  日
"""

H813Z02 = """T:生产线控制系统改造项目合同
P:合同编号：CKT-SB-2026-044
P:甲方：某某医用敷料有限公司（创可贴生产厂）
P:乙方：某某工业自动化工程有限公司
P:甲方因创可贴涂布、复合、分切、包装四条生产线控制系统老化，需进行整体改造。经甲方邀请招标，乙方中标。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。
H:第一条 项目范围
P:1.1 乙方负责四条生产线控制系统的设计、设备供货、软件许可、程序开发、安装调试、培训及质保期服务，具体包括：更换PLC控制器及远程I/O、张力控制伺服系统、在线视觉检测系统、触摸屏人机界面，部署上位机监控软件并与甲方现有ERP系统对接。
P:1.2 改造须在甲方安排的停线窗口内分线实施，每条线停线时间不得超过七日，乙方应保证其余生产线正常运行。
P:1.3 乙方为甲方开发的工艺配方管理、批次追溯报表及ERP接口程序，属本合同定制开发内容。
P:1.4 改造后的控制系统应预留与甲方规划中的制造执行系统对接的标准接口。
P:1.5 乙方应对甲方设备、电气及生产管理人员进行培训，其中操作培训不少于三期、维护培训不少于两期，使甲方人员能够独立完成日常操作、参数调整和一般故障处理。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰肆拾陆万贰仟元整（¥1,462,000），明细见下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器及远程I/O模块|4套|368,000
TB:2|张力控制伺服系统|4套|296,000
TB:3|在线视觉检测系统|4套|254,000
TB:4|触摸屏人机界面|8台|88,000
TB:5|上位机监控软件许可（永久）|1套|274,000
TB:|软硬件小计||1,280,000
TB:6|程序开发及ERP接口|1项|68,000
TB:7|安装调试|1项|96,000
TB:8|操作及维护培训|1项|18,000
TB:|合计||1,462,000
P:2.2 上述价格含设备运输、保险、安装辅材及税费，为固定总价。除甲方书面确认的设计变更外，乙方不得以任何理由要求增加费用。
H:第三条 付款方式
P:3.1 合同生效后十五日内，甲方支付合同总价的20%作为预付款，乙方应同时提交等额银行预付款保函。
P:3.2 全部设备到货并完成四条生产线安装调试、通过初步验收后，甲方支付合同总价的55%。设备到货签收仅表示数量清点，不代表质量验收。
P:3.3 最终验收合格后，甲方支付合同总价的25%。
P:3.4 乙方每次收款前应开具等额增值税专用发票，并提交对应阶段的工作完成证明，经甲方项目负责人签字确认。
H:第四条 交付与实施
P:4.1 乙方应于合同生效后四十五日内将全部设备运抵甲方厂区，并于到货后六十日内完成四条生产线的改造调试。乙方提供的设备应为原厂全新正品，附原厂合格证、检验报告及质保证明，不得使用翻新件或替代品。乙方应在开工前提交详细实施方案、停线计划和应急预案，经甲方书面确认后执行。
P:4.2 乙方施工人员须遵守甲方洁净车间管理规定，进入生产区域前应接受甲方安全及卫生培训。
P:4.3 乙方应在改造前对原有控制程序和参数进行完整备份，改造失败时应能在八小时内恢复原系统运行。
P:4.4 乙方应指定一名具有电气工程师资格的项目经理常驻现场，负责进度、质量和安全管理；施工期间发生的人身伤害及财产损失，由责任方依法承担。
H:第五条 验收
P:5.1 初步验收：各生产线单机及联动调试完成；张力波动不超过设定值的±3%；视觉检测对漏孔、偏位、污点缺陷的检出率不低于98.5%，误剔率不高于0.3%；上位机数据采集与现场一致。
P:5.2 最终验收：四条生产线连续满负荷运行二十日，因控制系统导致的停机累计不超过两小时；批次追溯报表数据与ERP核对一致；竣工图纸、程序源文件、操作手册交付齐全。
P:5.3 验收由甲方组织设备、生产、质量部门按上述标准进行，签署书面验收报告。设备投入生产使用不视为验收合格。验收未通过的，乙方应在十日内整改并重新申请验收，由此增加的费用由乙方承担。
H:第六条 质量保证与维保服务
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件故障由乙方免费维修、更换。
P:6.2 一级故障（任一生产线因控制系统停机）乙方应在2小时内响应，8小时内到达现场；二级故障24小时内到达现场。乙方每超出约定时限一小时，向甲方支付人民币800元，从应付款或保证金中扣除；二级故障每超时一小时支付人民币300元。
P:6.3 质保期满后，乙方提供驻厂维保服务，包括定期巡检、备件更换、程序优化及故障抢修。维保服务费按软硬件小计的26%每年计取（即¥332,800/年），自质保期满起三年内不调整，按年度签订维保协议。
P:6.4 乙方保证质保期满后至少八年内提供所供设备的备品备件。
P:6.5 质保期内乙方每季度进行一次现场巡检，检查控制柜、传感器、伺服驱动器运行状态，并提交巡检报告及改进建议。
H:第七条 知识产权
P:7.1 上位机监控软件的知识产权归乙方或原厂所有，甲方获得永久使用许可。
P:7.2 第1.3条定制开发的程序、接口及其源代码归甲方所有，甲方可自行修改或委托他人维护。
P:7.3 乙方保证所提供的设备、软件不侵犯第三方知识产权，因侵权引起的纠纷由乙方负责处理并承担全部费用。
H:第八条 数据安全
P:8.1 生产工艺参数、配方、质量检测数据及生产记录均属甲方所有，乙方仅为履行本合同使用，不得复制、带离或向第三方提供。
P:8.2 乙方远程维护须经甲方逐次审批，通过甲方指定的工业防火墙和堡垒机接入；因乙方原因导致数据泄露、篡改或生产网络安全事件的，乙方应在1小时内报告并承担赔偿责任。
P:8.3 项目结束后，乙方应删除其保存的全部甲方生产数据及程序备份，并向甲方出具书面确认。
H:第九条 保密
P:乙方对在甲方厂区获知的生产工艺、产品配方、客户信息等商业秘密负有保密义务，该义务在合同终止后继续有效。乙方应要求其参与项目的人员签署保密承诺书，人员违反保密义务的，视为乙方违约。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 因乙方施工原因造成甲方生产线非计划停产的，乙方应赔偿甲方由此产生的直接损失。
P:10.3 乙方提供的设备或软件不符合合同约定的，甲方有权要求更换、修理或退货，乙方承担由此产生的全部费用。
P:10.4 甲方逾期付款的，按同期贷款市场报价利率支付利息。
H:第十一条 分包
P:乙方不得转包。非关键的电气配线工作如需分包，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十二条 合同解除
P:乙方严重违约且在甲方书面通知后十日内未纠正的，甲方有权解除合同并要求乙方赔偿损失。合同解除后，乙方应配合甲方完成已安装设备和程序的交接，确保生产线能够恢复运行。
P:因不可抗力不能履行合同的，受影响一方应及时通知对方并在十日内提供证明，双方根据影响程度协商延期或解除合同。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十四条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术规格书、设备清单、实施计划。双方联系人及联系方式见合同签署页，变更应及时书面通知对方。
P:甲方（盖章）：__________  乙方（盖章）：__________
"""

Z03_TXT = """门店预约及会员管理系统服务合同

合同编号：XF-IT-2026-0112
甲方：某某香氛文化发展有限公司（调香体验连锁品牌，下称“甲方”）
乙方：某某云软件服务有限公司（下称“乙方”）

甲方在全国经营三十五家调香体验门店，为统一管理课程预约、会员及储值业务，拟采用乙方提供的门店预约及会员管理SaaS服务。双方根据《中华人民共和国民法典》等法律法规，经平等协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方三十五家门店提供门店预约及会员管理SaaS服务，包括：线上课程预约与排班、调香师工位管理、会员注册与等级权益、储值卡及积分、香型偏好档案、营销券核销、门店经营报表。
2. 服务通过网页端、门店平板端及微信小程序提供，账号数量不限。
3. 服务期内乙方免费提供产品功能升级，重大变更应提前三十日通知甲方。
（二）实施服务
1. 乙方负责系统初始化配置、三十五家门店的上线培训、小程序品牌页面定制及与甲方现有收银系统、电商平台的会员数据对接。
2. 乙方负责将甲方原有会员系统中约十八万条会员档案、储值余额及积分记录迁移至新系统。
（三）运营支持
1. 服务期内乙方指定一名专属客户经理，每季度到甲方总部进行一次服务回顾；
2. 乙方提供全天候客服热线和在线工单系统，门店人员可直接提交问题；
3. 新开门店的账号开通、设备调试和培训在甲方通知后五个工作日内完成，不另收实施费。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起计算，第二个服务年度自第一个服务年度届满次日起算。
（三）服务期内甲方可书面通知增加门店，新增门店的订阅费按本合同单价计算。
（二）服务期满前三十日内任何一方未书面提出终止的，本合同自动续订一个服务年度。续订时乙方有权根据其产品价格体系调整订阅费单价，调整幅度不超过上一服务年度单价的8%，乙方书面通知甲方后即生效，无需甲方另行同意。

三、费用及支付
（一）合同总价为人民币伍拾捌万陆仟元整（¥586,000），其中：
1. 订阅费：每店每服务年度¥6,800，三十五家门店两个服务年度合计¥476,000；
2. 实施及定制费：¥86,000；
3. 数据迁移费：¥24,000。
（二）实施及定制费、数据迁移费在系统上线验收合格后十五个工作日内一次性支付。
（三）订阅费按服务年度支付：每个服务年度开始后十五个工作日内，甲方支付该服务年度订阅费¥238,000。
（四）门店数量在服务期内增减的，按实际开通门店数和服务月份折算订阅费，在下一服务年度结算。
（五）乙方收款前应开具合规增值税专用发票。
（六）除本合同约定费用外，乙方不得向甲方或门店收取任何其他费用。

四、上线验收
（一）乙方应在合同签订后四十五日内完成实施并提交上线验收申请。
（二）验收标准：
1. 合同附件功能清单所列功能全部可用；
2. 迁移后的会员档案、储值余额和积分与原系统逐条核对一致，差异为零；
3. 小程序预约在五百名会员同时下单时平均响应时间不超过2秒；
4. 与收银系统、电商平台的会员数据双向同步正常，连续七日无数据丢失；
5. 选取三家门店试运行十四日，无一级故障。
（三）甲方应在收到申请后十个工作日内组织验收并出具书面验收意见。系统试运行或门店使用不视为验收合格。
（四）乙方未按期提交上线验收申请的，每逾期一日向甲方支付违约金人民币500元。
（五）验收不合格的，乙方应在十日内整改后重新提交验收，整改期间计入逾期天数。
（六）上线验收合格后，乙方应向甲方提交系统配置说明、接口文档、操作手册及培训记录。

五、服务水平
（一）系统月度可用率不低于99.5%（计划内维护除外，计划维护应安排在凌晨零时至六时并提前三日通知）。
（二）故障分级及响应：
1. 一级故障（全部门店无法预约、收银或核销）：1小时内响应，6小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：2小时内响应，24小时内恢复；
3. 三级问题（咨询、一般缺陷）：1个工作日内响应。
（三）服务补偿：月度可用率低于承诺值的，每低0.1个百分点，乙方按当月应摊订阅费的5%向甲方提供服务抵扣，当月抵扣累计不超过当月应摊订阅费；一级故障超时恢复的，每超时一小时抵扣人民币1,000元。
（四）乙方每月向甲方提供服务报告，内容包括可用率、故障清单及处理情况。
（五）乙方应提前十五日通知甲方版本升级计划，升级不得影响门店营业时段的使用。

六、数据与安全
（一）甲方会员信息、交易记录、储值及积分数据、香型偏好档案等全部业务数据归甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他目的，不得向任何第三方提供。
（二）乙方应遵守《中华人民共和国个人信息保护法》《中华人民共和国数据安全法》，对会员个人信息加密存储、脱敏展示，实行最小权限访问和操作日志留存，系统部署于中国境内数据中心并通过网络安全等级保护三级测评。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合甲方履行对会员的告知义务；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此承担的行政罚款及对会员的赔偿。
（四）服务终止后三十日内，乙方应按甲方要求的格式完整导出并交付全部数据，确认交付后删除乙方留存的副本并出具书面证明。
（五）乙方对运维人员进行背景审查和安全培训，运维人员访问会员数据须经审批并留存记录，日志保存不少于六个月。
（六）乙方每年委托第三方机构进行一次渗透测试，并将结果摘要提供给甲方。

七、知识产权
（一）SaaS平台及其标准功能的知识产权归乙方所有。
（二）为甲方定制的小程序品牌页面、报表模板、接口程序及甲方提供的品牌素材，知识产权归甲方所有，甲方可自由使用、修改或交由第三方维护。
（三）乙方保证其提供的服务不侵犯第三方知识产权，因此产生的纠纷由乙方负责处理。

八、保密
双方对履行本合同过程中获知的对方商业信息，包括甲方门店经营数据、会员规模、价格策略等，负有保密义务，未经对方书面同意不得披露。保密义务在合同终止后继续有效。乙方参与本项目的人员应签署保密承诺。

九、分包
乙方不得将实施服务转包。如需将部分门店现场培训工作委托第三方，应事先取得甲方书面同意，并对其行为承担责任。

十、违约与解除
（一）乙方严重违反本合同，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方应退还已收取但未提供服务期间的订阅费，并赔偿甲方损失。
（二）连续两个月月度可用率低于承诺值的，甲方有权解除合同。
（三）甲方逾期支付费用的，按同期贷款市场报价利率向乙方支付逾期利息。
（四）因不可抗力导致服务中断的，双方均不承担违约责任，但乙方应及时通知甲方并尽力恢复服务。

十一、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

十二、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件一：功能清单；附件二：门店清单；附件三：数据迁移方案。本合同未尽事宜由双方另行签订补充协议。

甲方（盖章）：              乙方（盖章）：
日期：                      日期：
"""

Z04_TXT = """光伏扶贫电站运维监控系统年度运维服务合同

项目名称：光伏扶贫电站运维监控系统年度运维服务
采购方式：竞争性磋商（项目编号：NYJ-CS-2026-018）
采购人（甲方）：某县能源局
供应商（乙方）：某某新能源技术服务有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，双方就光伏扶贫电站运维监控系统年度运维服务订立本合同。

第一条 服务对象与范围
（一）服务对象：甲方建设的光伏扶贫电站运维监控系统，包括监控中心平台软件、数据采集服务器、县内五十六座村级光伏扶贫电站的数据采集器、通信模块及视频监控前端设备。
（二）服务范围：
1. 监控平台及服务器的日常运行维护、系统巡检、补丁更新、数据备份与恢复演练；
2. 各电站数据采集器、通信模块、摄像机的巡检、故障处理及备件更换（单件价值三千元以下的备件由乙方承担）；
3. 发电量、收益分配数据的核对与月度统计报表编制，配合甲方完成扶贫收益分配公示所需的数据支撑；
4. 汛期、迎峰度夏及重大节日期间的专项保障；
5. 甲方交办的与本系统相关的其他技术支持工作。
（三）乙方应配备驻县运维人员不少于三名，其中项目负责人一名、平台工程师一名、现场工程师一名，人员名单报甲方备案，未经甲方同意不得更换。
（四）乙方应制定运维服务方案及应急预案，进场后十日内报甲方审定，内容包括组织架构、巡检计划、备件储备和应急联络机制。
（五）甲方应为乙方提供必要的机房出入和电站现场进入条件，并指定联系人协调村级管护员配合工作。
（六）乙方人员在电站现场作业应遵守电力安全工作规程，登高、带电作业须持证上岗，因乙方原因发生安全事故的由乙方承担责任。

第二条 服务期限
服务期自2026年7月1日起至2027年6月30日止。服务期满后如甲方需继续采购，按政府采购规定重新组织，本合同不自动续期。乙方应于服务期开始前完成与原运维单位的交接并正式进场。交接内容包括系统账号、设备台账、历史工单、备件库存及遗留问题清单，由甲方、乙方及原运维单位三方签字确认。

第三条 合同价款及支付
（一）合同总价为人民币肆拾陆万捌仟元整（¥468,000），包含人工、交通、工具、备件、通信及税费等全部费用。
（二）服务费按季度支付：每个季度结束后，经甲方对该季度服务进行确认，甲方于十五个工作日内支付该季度服务费¥117,000。
（三）乙方应开具合法发票，资金支付按财政国库集中支付规定办理。
（四）因甲方新增电站接入导致工作量增加的，双方按本合同单价另行协商签订补充合同。

第四条 服务标准
（一）巡检：监控平台每日远程巡检一次；各电站现场巡检每季度不少于一次，形成巡检记录并由村级管护员签字确认。
（二）故障分级与处理时限：
1. 一级故障（监控平台整体中断或全县数据无法采集）：乙方应在1小时内响应，6小时内恢复；
2. 二级故障（单座电站数据中断或视频离线）：2小时内响应，48小时内恢复；
3. 三级故障（个别测点异常、报表错误等）：24小时内响应，5个工作日内处理完毕；
4. 一级、二级故障恢复后，乙方应在二十四小时内提交故障分析报告。
（三）数据质量：各电站数据应完整上传，日发电量数据与电网结算数据偏差超过2%的，乙方应在三个工作日内查明原因并报告甲方。
（四）报告：乙方每月5日前提交上月运维月报，内容包括巡检情况、故障清单及处理结果、发电量统计、存在问题及建议。
（五）乙方应建立运维工单台账，记录每一次故障的发现时间、响应时间、恢复时间和处理措施，甲方可随时查阅。
（六）备件管理：乙方应在县内储备常用备件，数据采集器、通信模块、交换机电源及摄像机各不少于两套，旧件交甲方处理。
（七）汛期前乙方应对全部电站的防雷接地、通信线路和设备箱体密封进行一次专项检查，并提交检查报告。
（八）乙方每半年组织一次平台数据备份恢复演练，甲方派员见证。
（九）甲方提前通知的重大活动期间，乙方应安排专人在监控中心值守，确保平台稳定运行。

第五条 服务验收
（一）季度确认：甲方依据巡检记录、工单台账和运维月报，对照第四条标准逐项核对，确认当季服务完成情况。
（二）年度验收：服务期满后，甲方组织验收。验收标准为：合同约定的巡检次数全部完成；一级、二级故障均按时限闭环；月报按期提交；平台数据完整、备份可恢复；系统资料、账号及备件台账完整移交。
（三）验收不合格的，乙方应在十五日内整改，整改后重新验收。
（四）年度验收合格后，甲方出具书面验收意见。

第六条 数据安全
（一）监控系统内的发电数据、收益分配数据、脱贫户信息及视频资料均归甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的。
（二）乙方应遵守《中华人民共和国网络安全法》《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》，运维人员须使用实名账号经堡垒机登录，禁止使用移动存储介质拷贝数据，远程运维须经甲方批准。
（三）发生数据泄露、丢失、被篡改或网络安全事件的，乙方应在1小时内报告甲方，立即采取处置措施；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
（四）服务期满或合同解除时，乙方应移交全部账号、口令、配置文件及运维资料，并删除其留存的系统数据。
（五）乙方应对运维人员开展网络安全培训，运维人员离岗时应立即注销其账号；乙方不得在系统中安装与运维无关的软件，不得设置后门或隐藏账号。

第七条 知识产权
乙方在服务期间形成的巡检报告、统计报表、配置文件、运维脚本及技术文档归甲方所有，甲方可自由使用和修改，乙方不得将上述成果用于其他项目。

第八条 违约责任
（一）乙方未按期进场或未按期完成交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方擅自更换驻县人员的，应在甲方要求的期限内补足同等资质人员。
（三）因乙方运维不当造成设备损坏的，乙方负责修复或按原价赔偿。
（四）乙方提供的巡检记录、工单台账与实际不符的，甲方有权要求乙方重新巡检并如实更正。
（五）甲方逾期付款的，按同期贷款市场报价利率支付利息。

第九条 转包与分包
乙方不得转包或分包本合同项下的任何服务。

第十条 合同解除
（一）乙方严重违约，经甲方书面通知后十日内未改正的，甲方有权解除合同，并要求乙方赔偿损失。
（二）因政策调整或不可抗力致使合同无法履行的，双方协商解除合同，已提供服务的费用据实结算。
（三）合同解除或期满时，乙方应配合甲方或新运维单位完成交接，交接期不少于十五日。

第十一条 争议解决
本合同适用中华人民共和国法律。因履行本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院起诉。

第十二条 其他
（一）磋商文件、响应文件、成交通知书及乙方的服务承诺为本合同的组成部分。
（二）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。
（三）本合同未尽事宜，按政府采购相关规定及磋商文件执行，双方可签订补充协议。

甲方（盖章）：                  乙方（盖章）：
法定代表人或授权代表：          法定代表人或授权代表：
签订日期：2026年  月  日
"""

Z05_MD = """# 瓷迹工序追踪系统软件许可及定制开发合同

（乙方标准合同文本 V2.3）

合同编号：CJ-2026-0387

甲方（客户）：某某瓷板画艺术工作室

乙方（服务商）：某某瓷迹信息技术有限公司

鉴于甲方从事瓷板画创作、烧制与销售，需对作品从选坯、绘制、施釉、窑烧到装裱、出库的全工序进行追踪管理；乙方拥有“瓷迹工序追踪系统”软件的全部权利，愿意向甲方提供软件许可及定制开发服务。双方经协商一致，订立本合同。

## 第一条 定义

1.1 “标准软件”指乙方拥有的瓷迹工序追踪系统标准版，包括工序登记、作品档案、窑炉排程、物料管理、出入库及统计分析模块。

1.2 “定制开发”指乙方按甲方需求开发的功能，包括作品唯一编码与二维码溯源页、画师工时计件统计、窑温曲线采集接口、电商店铺订单对接及收藏证书生成。

1.3 “上线”指系统部署完成并开通甲方使用账号。

1.4 “验收”指甲方按第五条完成测试并签署验收单。

## 第二条 合同价款

2.1 本合同总价为人民币叁拾叁万陆仟元整（¥336,000），明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 瓷迹工序追踪系统标准版软件许可（永久，20个并发用户） | 1套 | 168,000 |
| 2 | 定制开发（第1.2条所列功能） | 1项 | 142,000 |
| 3 | 部署、数据初始化及培训 | 1项 | 26,000 |
| | 合计 | | 336,000 |

2.2 上述价格不含甲方自行采购的服务器、扫码枪、标签打印机及网络设备。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的65%，即¥218,400，乙方收到款项后启动项目。

3.2 系统验收合格后十个工作日内，甲方支付合同总价的35%，即¥117,600。

3.3 乙方在收款后十个工作日内向甲方开具增值税普通发票。

3.4 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停服务。

## 第四条 实施与交付

4.1 乙方在收到首期款后开始实施，计划于六十日内完成标准软件部署及定制开发，具体进度以乙方项目计划为准。

4.2 甲方应按乙方要求及时提供需求资料、工序流程、历史作品清单和现场配合人员。因甲方资料提供延迟或需求变更造成的延期，乙方不承担责任，交付时间相应顺延。甲方应在五个工作日内完成乙方提交文档的确认。

4.3 定制开发需求以双方确认的需求说明书为准，需求说明书确认后的变更按乙方人天单价另行计费。

4.4 乙方指派项目经理一名负责实施协调，乙方有权根据项目情况调整实施人员。

4.5 乙方负责在甲方指定的服务器上安装系统，并将甲方提供的不超过三千件历史作品档案导入系统，超出部分按件另行计费。

4.6 乙方提供两次现场培训，每次不超过一日，培训对象为甲方管理人员及工坊组长；额外培训按乙方收费标准另行计费。

## 第五条 验收

5.1 系统上线后，甲方应在十个工作日内按需求说明书所列功能逐项测试，验收标准为：需求说明书所列功能全部实现；以甲方提供的五十件在制作品进行全工序流转测试，扫码记录、工时统计和二维码溯源页显示正确；窑温曲线接口连续采集三个窑次，数据完整。

5.2 全部测试通过后，双方签署验收单。测试中发现的问题，乙方应在十个工作日内修复后重新提交测试。

5.3 甲方在收到验收通知后十个工作日内未组织测试的，乙方可书面催告，甲方应在催告后五个工作日内组织测试。

## 第六条 免费维护

6.1 乙方为甲方提供免费维护，免费维护期为六个月，自验收合格之日起计算。

6.2 免费维护期内，乙方通过电话、远程协助方式为甲方解答使用问题，并修复软件缺陷。乙方将在合理时间内尽力处理甲方提出的问题，但不承诺具体的处理时限。甲方应通过乙方客服邮箱或工单系统提交问题，并详细描述问题现象。

6.3 免费维护期满后，甲方如需继续获得维护及升级服务，应与乙方签订年度维护协议，维护费按乙方当年公布的服务价格标准收取。

6.4 以下情形不属于免费维护范围：甲方人员操作不当、擅自修改系统、硬件或网络故障、病毒攻击及不可抗力造成的问题。

6.5 乙方发布的新版本，甲方可在免费维护期内免费升级；维护期满后未签订维护协议的，乙方不再提供升级和缺陷修复。

## 第七条 知识产权

7.1 标准软件的著作权及其他知识产权归乙方所有，甲方在本合同范围内获得非独占、不可转让的使用许可。

7.2 定制开发成果（包括源代码、接口程序、溯源页模板及技术文档）的知识产权同样归乙方所有，乙方有权将其纳入标准软件向其他客户提供。甲方仅获得与标准软件相同的使用许可，不得自行修改、反编译或交由第三方维护。

7.3 甲方提供的作品图片、画师署名及品牌标识，其权利归甲方所有。

7.4 乙方保证标准软件不侵犯第三方合法权益。

## 第八条 数据

8.1 甲方在系统中录入的作品、工序、客户及交易数据归甲方所有。

8.2 甲方同意，乙方可对系统运行中产生的工序数据、工时数据及窑温数据进行脱敏和汇总处理，用于乙方产品改进、行业分析及向其他客户提供的工艺参考服务。

8.3 乙方采取访问控制、数据加密和定期备份等安全措施保护甲方数据。因乙方原因导致甲方数据泄露或丢失的，乙方应在知悉后二十四小时内通知甲方，协助甲方恢复数据，并依本合同第十条承担赔偿责任。

8.4 合同终止后，乙方应根据甲方书面要求导出甲方数据，导出服务按乙方收费标准收费。

## 第九条 保密

9.1 双方对在合作中知悉的对方商业信息、技术资料负有保密义务，未经对方书面同意不得向第三方披露。

9.2 乙方应确保其员工遵守本条约定。保密义务在合同终止后两年内有效。

## 第十条 责任限制

10.1 乙方因本合同产生的全部赔偿责任（无论基于违约、侵权或其他原因）累计不超过合同总价的20%。

10.2 乙方不对甲方的间接损失、利润损失、作品损毁或商誉损失承担责任。

10.3 因甲方操作不当、自行更改系统配置或第三方设备故障造成的损失，乙方不承担责任。

## 第十一条 合同解除

11.1 一方严重违反本合同约定，经另一方书面通知后三十日内仍未改正的，守约方有权书面通知解除本合同。

11.2 甲方因自身原因解除合同的，已支付款项不予退还。

11.3 合同解除后，甲方应停止使用乙方软件，乙方已完成的工作按实际工作量结算。

## 第十二条 不可抗力

因地震、火灾、疫情、政府行为、网络运营商故障等不可抗力导致不能履行合同的，受影响方不承担责任，但应及时通知对方，并在十日内提供相关证明。

## 第十三条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同为乙方标准文本，双方另有约定的，以书面补充协议为准。

14.3 本合同附件包括：需求说明书、项目实施计划、软件许可证书，附件与本合同具有同等效力。

14.4 双方往来通知以书面形式送达合同首页所列地址，任何一方变更地址应提前书面通知对方。

甲方（盖章）：                乙方（盖章）：

日期：                        日期：
"""

H813E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. SSO-CN-2026-07
P:This Software Licence and Services Agreement (the "Agreement") is made between Yunnan Highland Coffee Processing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Pu'er, Yunnan Province (the "Customer"), and Soluciones Sierra Sur, S.A. de C.V., a company incorporated in Mexico with its principal office at Calle Macedonio Alcala 214, Centro, Oaxaca de Juarez, Oaxaca, Mexico (the "Vendor").
P:The Vendor develops CafeTrace, a software product for green-coffee traceability, cupping records, lot blending and export documentation. The Customer wishes to license CafeTrace for its processing plant and warehouses and to engage the Vendor to configure and implement it. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the CafeTrace Enterprise edition in object code, including updates and new releases supplied under this Agreement, and its user documentation.
P:1.2 "Custom Deliverables" means the configurations, report templates, label layouts, interface programs and scripts that the Vendor creates specifically for the Customer, including their source code and documentation.
P:1.3 "Customer Data" means all data entered into, processed by or generated in the Software by or for the Customer, including farm, lot, cupping, warehouse and shipment records.
P:1.4 "Final Acceptance" means the Customer's written acceptance under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software for up to 80 named users at the Customer's sites in the People's Republic of China, for its own business and that of its affiliates.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The Customer may not sell or sublicense the Software to third parties.
P:2.3 The licence does not expire and may not be revoked except as expressly stated in Article 13.
H:Article 3 Services
P:3.1 The Vendor shall deliver the following Services: installation on the Customer's servers in Pu'er; configuration of lot and blending workflows; migration of the Customer's existing lot records (about 26,000 records); interfaces to the Customer's ERP and its weighbridge system; design of 35 reports and 12 label layouts; training of key users and administrators; and go-live support.
P:3.2 The Vendor shall assign a named project manager fluent in English and supported by a Mandarin-speaking implementation consultant. The project manager shall not be replaced without the Customer's consent, which shall not be unreasonably withheld.
P:3.3 The Services shall be completed in accordance with the implementation plan in Annex 2. Go-live shall take place no later than 120 days after the Effective Date.
P:3.4 The Customer shall provide server hardware, operating system and database licences and network access in accordance with Annex 2, and shall make its key users available for workshops and testing.
H:Article 4 Fees and Payment
P:4.1 The total price of this Agreement is CNY 1,680,000, consisting of: Licence Fee CNY 1,140,000; Implementation Services CNY 486,000; Training CNY 54,000. All fees are fixed and include applicable taxes, travel and expenses.
P:4.2 The Customer shall pay: (a) 20% of the total price within 30 days after the Effective Date against the Vendor's invoice and an advance payment guarantee from a bank acceptable to the Customer; (b) 45% of the total price within 30 days after go-live; and (c) 35% of the total price within 30 days after Final Acceptance.
P:4.3 Go-live, productive use or any payment does not constitute acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account named in the Vendor's invoice.
H:Article 5 Acceptance
P:5.1 The Vendor shall notify the Customer in writing when it considers the Software and Custom Deliverables ready for acceptance testing.
P:5.2 Acceptance criteria are: (a) all functions listed in the requirements specification in Annex 1 work as described; (b) migrated lot records reconcile with the source records with no unexplained difference; (c) the ERP and weighbridge interfaces exchange data correctly for 10 consecutive working days; (d) lot traceability from farm to container can be shown for 20 sample lots chosen by the Customer; and (e) the system runs for 30 days after go-live without a Severity 1 incident.
P:5.3 Within 10 working days after the criteria have been met, the Customer shall issue a written Final Acceptance certificate. If a criterion is not met, the Vendor shall correct the defect and the relevant test shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and Custom Deliverables will conform to Annex 1 and the documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new releases, and provide remote and on-site support free of charge.
P:6.2 Incidents are classified by severity. For a Severity 1 incident (the system is unavailable or lot data cannot be recorded) the Vendor shall respond within 2 hours and provide a workaround within 8 hours; for Severity 2 it shall respond within 8 business hours; for Severity 3 within 2 business days. Support is available in English and Mandarin.
P:6.3 If the Vendor fails to meet the Severity 1 response or workaround time, it shall credit the Customer CNY 1,000 for each hour of delay, to be deducted from the next payment or paid on demand.
P:6.4 After the Warranty Period, the Customer may order annual support covering the services in Article 6.1 for an annual fee equal to 11% of the Licence Fee (CNY 125,400 per year). This fee is fixed for the first three years after the Warranty Period. Annual support is ordered by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software. Nothing in this Agreement transfers ownership of the Software to the Customer.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access and use Customer Data only to perform this Agreement and for no other purpose, and shall not keep copies after the work for which it was needed.
P:8.2 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. Remote access to the Customer's systems requires the Customer's approval for each session and shall use the Customer's VPN with multi-factor authentication. No Customer Data may be transferred outside the People's Republic of China.
P:8.3 The Vendor shall notify the Customer within 12 hours of becoming aware of any security incident affecting Customer Data, cooperate in its investigation and remedy, and bear all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including prices, supplier lists and processing methods, and shall use it only for this Agreement.
P:9.2 This obligation survives termination of this Agreement for three years.
H:Article 10 Delay and Liability
P:10.1 If go-live is delayed beyond the date in Article 3.3 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay, up to 10% of the total price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to Articles 7.3, 8 and 9, to personal injury, or to fraud or wilful misconduct.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the Services without the Customer's prior written consent. The Vendor remains responsible for any subcontractor approved by the Customer.
H:Article 12 Force Majeure
P:Neither party is liable for a delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to reduce the effect.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice.
P:13.2 If the Customer terminates under Article 13.1, the Vendor shall refund fees paid for Services not accepted and deliver all completed Custom Deliverables.
P:13.3 The licence in Article 2 survives termination, except where the Customer has failed to pay the Licence Fee.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the federal laws of the United Mexican States.
P:14.2 Any dispute arising from this Agreement shall be finally settled by arbitration under the Rules of Arbitration of the International Chamber of Commerce, seated in the City of Oaxaca de Juarez, in English, before one arbitrator.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Requirements Specification) and Annex 2 (Implementation Plan), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English in two originals.
P:15.3 Notices shall be given in writing to the addresses stated above, by courier or by email with confirmation of receipt, and take effect on receipt.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02_MD = """# COLDTRACK CLOUD SERVICE ORDER FORM

Order Form No. FFL-OF-2026-118

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part A prevails over Part B where they differ.

## PART A - ORDER DETAILS

### A1 Parties

**Provider:** Frontera Frio Logistica Digital, S.A. de C.V., Avenida Central Norte 45, Colonia Centro, Tapachula, Chiapas, Mexico.

**Customer:** Guangzhou Nanfeng Fresh Fruit Import Co., Ltd., a company incorporated in the People's Republic of China, Baiyun District, Guangzhou.

### A2 Subscribed Service

ColdTrack Cloud, a software-as-a-service platform for temperature and location tracking of refrigerated fruit shipments, including: shipment dashboard, reefer container temperature and humidity logs, ripening-room monitoring, alert rules by fruit type, customs document archive and a mobile app for warehouse staff. Scope: up to 1,800 active shipments per Subscription Year, 60 named users, and data feeds from the Customer's three cold stores in Guangzhou, Dongguan and Jiangmen.

Onboarding Services: configuration of alert rules for 14 fruit categories, integration with the Customer's warehouse management system and two shipping-line data feeds, import of shipment history from the previous two seasons, and training of users.

### A3 Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | annual fee | 264,000 |
| Subscription, Subscription Year 2 | annual fee | 264,000 |
| Onboarding Services | one-time fee | 38,000 |
| Total Order Value | | 566,000 |

Shipments above the annual allowance are charged at CNY 95 per shipment, invoiced at the end of the Subscription Year. All amounts include VAT.

### A4 Subscription Term

Onboarding shall be completed within 50 days after the Order Date. The Subscription Term is two Subscription Years. Subscription Year 1 begins on the date of Onboarding Acceptance; Subscription Year 2 begins on its first anniversary. The Order does not renew automatically; any renewal requires a new Order Form signed by both parties.

### A5 Invoicing and Payment

(a) The Onboarding fee is invoiced after Onboarding Acceptance under Section 4 of Part B.

(b) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.

(c) Invoices are payable within 30 days of receipt, in CNY, by bank transfer to the Provider's account in the People's Republic of China or to its designated collection agent.

### A6 Special Terms and Signatures

The Provider's support desk shall be reachable in Mandarin between 08:00 and 22:00 China Standard Time. Service levels are set out in Section 5 of Part B.

Signed for the Provider: ______________________ Date: __________

Signed for the Customer: ______________________ Date: __________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscribed service described in A2, including updates that the Provider makes generally available.

1.2 "Customer Data" means all data submitted to the Service by or for the Customer or generated by the Service from such data, including shipment, temperature, supplier and customer records.

1.3 "Customer Configurations" means alert rules, dashboards, report templates and integration mappings created for the Customer during Onboarding or later.

### 2. Use of the Service

2.1 The Provider grants the Customer and its affiliates a non-exclusive right to use the Service during the Subscription Term for their internal business.

2.2 The Customer is responsible for its users' credentials and for the accuracy of the data it submits.

2.3 The Customer shall not resell the Service, attempt to access its source code, or use it to build a competing product. The Customer may connect additional cold stores during the Subscription Term; the fee for each additional store is agreed in a change order.

### 3. Provider Obligations

3.1 The Provider shall provide the Service in accordance with this Order Form and the documentation, with reasonable skill and care.

3.2 The Provider shall host the Service and Customer Data in data centres located in mainland China operated by a licensed cloud provider.

3.3 The Provider shall give the Customer at least 30 days' notice of any change that materially reduces the functionality of the Service, and shall not make such a change during the Subscription Term without the Customer's consent.

### 4. Onboarding and Acceptance

4.1 When Onboarding is complete the Provider shall notify the Customer. The Customer shall test the Service against the following criteria: all functions in A2 are available; alerts fire correctly for each of the 14 fruit categories in a test with simulated readings; the warehouse management system interface and both shipping-line feeds exchange data correctly for seven consecutive days; and the imported shipment history reconciles with the source files.

4.2 The Customer shall confirm Onboarding Acceptance in writing within ten business days after the criteria are met, or list the failures, which the Provider shall correct before the tests are repeated.

4.3 If Onboarding Acceptance is delayed beyond the date in A4 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 400 for each day of delay.

### 5. Service Levels

5.1 The Service shall be available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 01:00 and 05:00 China Standard Time.

5.2 Priority 1 incidents (the Service is unavailable or alerts are not delivered) shall be responded to within 8 hours of the Customer's report; Priority 2 incidents within one business day; other requests within three business days.

5.3 If monthly availability falls below the level in Section 5.1, the Provider shall credit the Customer 5% of the monthly share of the annual fee for each 0.1 percentage point (or part of it) below that level, up to the full monthly share. Credits are deducted from the next invoice or, at the end of the Subscription Term, refunded.

5.4 The Provider shall send the Customer a monthly service report showing availability, incidents by priority, response times and credits due.

### 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider may process Customer Data only to provide the Service to the Customer under this Order Form, and shall not use it for any other purpose.

6.2 The Provider shall maintain a written information security programme, including encryption of Customer Data in transit and at rest, role-based access with multi-factor authentication for administrators, logging of access, regular vulnerability scanning and a tested backup and recovery procedure. The Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

6.3 The Provider shall notify the Customer of any security breach affecting Customer Data within 24 hours of discovery, take immediate steps to contain it, and compensate the Customer for losses caused by its breach of this Section.

6.4 Within 30 days after the end of the Subscription Term the Provider shall return all Customer Data in a standard format and then delete it, and confirm deletion in writing.

### 7. Intellectual Property

7.1 The Provider retains all rights in the Service and its underlying software.

7.2 Customer Configurations belong to the Customer. The Customer may use, modify and disclose them freely, including to a successor service provider.

### 8. Confidentiality

Each party shall keep the other party's non-public business and technical information confidential and use it only for this Order Form. This obligation continues for three years after the end of the Subscription Term.

### 9. Subcontracting

The Provider may engage subcontractors, including hosting, support and development partners, to perform any part of the Service, by giving the Customer written notice of the subcontractor's name and role. The Provider remains responsible for the work of its subcontractors.

### 10. Limitation of Liability

10.1 The Provider's total liability arising out of or in connection with this Order Form shall not exceed the fees paid by the Customer in the six months preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss, including loss of profit, except for breach of Section 8.

### 11. Term and Termination

11.1 This Order Form takes effect on the Order Date and ends at the end of the Subscription Term.

11.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice. On termination by the Customer for the Provider's breach, the Provider shall refund prepaid fees for the remaining part of the Subscription Year.

11.3 On expiry or termination the Provider shall give the Customer read-only access to the Service for 30 days so that it can retrieve its data.

### 12. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

### 13. General

Neither party may assign this Order Form without the other's written consent. Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses in A1. Neither party is liable for a failure caused by events beyond its reasonable control, provided that it notifies the other party promptly.
"""

H813E03 = """T:Supply Contract for Tank Vibration and Corrosion Monitoring System
P:Contract No. HX-EQ-2026-052
P:Buyer: Zhoushan Haixing Petrochemical Storage Co., Ltd., Dinghai District, Zhoushan, Zhejiang Province, People's Republic of China (the "Buyer").
P:Supplier: Vibrotec del Golfo, S.A. de C.V., Avenida Paseo Tabasco 1203, Tabasco 2000, Villahermosa, Tabasco, Mexico (the "Supplier").
P:This Contract is issued on the Buyer's standard terms for equipment and software. Following the Buyer's invitation to tender No. HX-ITB-2026-09, the parties agree as follows.
H:1. Definitions and Scope
P:1.1 "Equipment" means the wireless vibration sensors, corrosion probes, gateways and edge servers listed in the price table in Clause 2, with their embedded software.
P:1.2 "Software" means the TankSense monitoring software, licensed under Clause 8.2, with the analytics modules and dashboards described in the technical specification (Annex 1).
P:1.3 "System" means the Equipment and Software installed and integrated at the Buyer's tank farm in Zhoushan.
P:1.4 "Custom Work" means alarm logic, tank models, dashboards, interface programs to the Buyer's distributed control system (DCS) and maintenance management system, and related scripts and documents prepared for the Buyer.
P:1.5 The Supplier shall design, supply, install, configure, integrate, test and commission the System, train the Buyer's staff and provide warranty service, all as specified in Annex 1.
P:1.6 Training shall cover the dashboards, alarm handling, routine sensor maintenance and battery replacement, and basic administration of the edge servers, for at least 16 of the Buyer's staff in two courses of three days each, delivered in Mandarin or with a qualified interpreter provided by the Supplier.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,564,000, made up as follows:
TB:No.|Item|Quantity|Amount (CNY)
TB:1|Wireless vibration and corrosion sensors, explosion-proof|180|612,000
TB:2|Industrial wireless gateways|24|228,000
TB:3|Edge analytics servers|6|228,000
TB:4|TankSense monitoring software, perpetual licence|1 set|346,000
TB:|Equipment and Software Subtotal||1,414,000
TB:5|Installation, integration and commissioning|1 lot|128,000
TB:6|Training|1 lot|22,000
TB:|Contract Price||1,564,000
P:2.2 The Contract Price is fixed and includes packing, freight, insurance, import duties, customs clearance, VAT and all other costs of delivery to the Buyer's site.
H:3. Payment
P:3.1 10% of the Contract Price is payable within 20 days after signature, against the Supplier's invoice and a bank guarantee for the same amount valid until the Installation Certificate.
P:3.2 55% of the Contract Price is payable within 30 days after the Installation Certificate is issued. The Installation Certificate confirms only that the Equipment has been delivered and installed and is not acceptance.
P:3.3 35% of the Contract Price is payable within 30 days after the Final Acceptance Certificate is issued.
H:4. Delivery and Installation
P:4.1 The Equipment shall be delivered DDP to the Buyer's tank farm in Zhoushan within 75 days after signature. Installation and integration shall be completed within 45 days after delivery.
P:4.2 All Equipment used in hazardous areas shall carry valid Chinese explosion-proof certification. Work on site shall follow the Buyer's permit-to-work, hot-work and safety rules. The Supplier's staff shall attend the Buyer's safety induction before starting work.
P:4.3 The Supplier shall provide a delivery schedule, installation drawings and method statements for the Buyer's approval at least 15 days before work starts.
P:4.4 With the Equipment the Supplier shall supply certificates of origin, factory test reports, calibration certificates for each sensor, operation and maintenance manuals and a recommended spare-parts list. Packing shall be suitable for sea freight and for storage in a humid coastal environment.
P:4.5 Risk in the Equipment passes to the Buyer on delivery to site; title passes on payment of the instalment under Clause 3.2.
H:5. Acceptance
P:5.1 The System shall pass a site acceptance test and a trial run. The acceptance criteria are: every sensor reports to the System at the configured interval; vibration readings agree with a calibrated portable analyser within the tolerance in Annex 1; corrosion readings agree with ultrasonic thickness measurements on ten reference points; the DCS interface transfers alarms within 3 seconds; and the System runs for 45 consecutive days without a Severity 1 incident.
P:5.2 When all criteria are met the Buyer shall issue a Final Acceptance Certificate within 10 working days. Use of the System before that date does not mean acceptance. If a test fails, the Supplier shall correct the defect at its own cost and repeat the test.
H:6. Warranty and Support
P:6.1 The Supplier warrants the System for 36 months after Final Acceptance. During this period it shall repair or replace defective Equipment, correct Software defects and supply new software versions free of charge, including parts, labour and travel.
P:6.2 Service levels during the warranty period are set out below.
TB:Severity|Description|Response|On site or fix
TB:Severity 1|System down, or alarms not reaching the DCS|1 hour|24 hours
TB:Severity 2|Part of the tanks not monitored|2 hours|48 hours
TB:Severity 3|Other defects and questions|1 working day|10 working days
P:6.3 If the Supplier misses a Severity 1 response or fix time, it shall pay the Buyer CNY 1,000 for each hour of delay; for Severity 2, CNY 300 per hour. The Buyer may deduct these amounts from any payment due.
P:6.4 After the warranty period the Supplier shall offer annual support at 9% of the Equipment and Software Subtotal per year (CNY 127,260), fixed for the first two years after the warranty period. Support is ordered year by year and does not renew automatically.
P:6.5 The Supplier shall keep spare parts for the Equipment available for at least eight years after Final Acceptance.
P:6.6 During the warranty period the Supplier shall carry out a preventive maintenance visit every six months, check sensor mounting and battery condition, and submit a written report to the Buyer.
H:7. Data
P:7.1 All monitoring data, tank data, drawings and records produced by the System belong to the Buyer. The Supplier may use them only to perform this Contract.
P:7.2 The Supplier shall comply with the PRC Cybersecurity Law and Data Security Law. The System shall be installed on the Buyer's own network; remote access is allowed only through the Buyer's secure gateway, for each session with the Buyer's approval. The Supplier shall not copy or transfer any data outside the Buyer's premises.
P:7.3 The Supplier shall report any security incident affecting the System or the Buyer's data within 2 hours, help to contain it and bear the losses caused by its breach of this Clause.
P:7.4 On expiry of the warranty period, or earlier on request, the Supplier shall return or destroy any Buyer data in its possession and confirm this in writing.
H:8. Intellectual Property
P:8.1 Custom Work belongs to the Buyer. The Supplier shall deliver its source code and documentation with the Final Acceptance test report. The Buyer may use, modify and license the Custom Work freely.
P:8.2 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software and embedded software for the operation of its storage facilities.
P:8.3 The Supplier shall indemnify the Buyer against third-party claims that the System infringes any intellectual property right.
H:9. Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's site layout, process data and safety systems, and shall not disclose it without prior written consent. This obligation continues for three years after the warranty period ends.
H:10. Delay Damages and Liability
P:10.1 For each day of delay in delivery or in reaching Final Acceptance for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price. This limit does not apply to personal injury, damage caused by fire or explosion on site, wilful misconduct, or breach of Clauses 7 and 9.
H:11. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Approved subcontractors for cabling and scaffolding shall hold the qualifications required by PRC law, and the Supplier remains responsible for them.
H:12. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if delay damages reach their maximum. The Supplier shall then refund amounts paid for undelivered or unaccepted work. The Buyer may also terminate if the Supplier becomes insolvent. Termination does not affect rights that have already accrued.
H:13. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.
H:14. Miscellaneous
P:Annex 1 (Technical Specification) and Annex 2 (Site Plan) form part of this Contract. This Contract is made in Chinese and English; both versions have equal effect. Notices shall be in writing and sent to the addresses above. Amendments are valid only if made in writing and signed by both parties. Neither party is liable for delay caused by force majeure if it notifies the other party promptly and provides evidence.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04_MD = """# MANAGED IT AND COLD-STORE MONITORING SERVICES AGREEMENT

Agreement No. SPT-MSA-2026-031

**Customer:** Zhanjiang Blue Bay Aquatic Products Co., Ltd., Mazhang District, Zhanjiang, Guangdong Province, People's Republic of China.

**Provider:** Servicios Peninsulares de TI, S.A. de C.V., Calle 59 No. 12, Centro Historico, San Francisco de Campeche, Campeche, Mexico, acting through its service centre in Guangzhou.

**Background.** The Customer operates three shrimp processing plants with freezing tunnels and cold stores. It wishes to outsource the operation of its plant networks, cold-store temperature monitoring and IT service desk to the Provider for a fixed term of 36 months on the terms below and in Schedules 1 to 3. The plants run in two shifts during the shrimp season from May to November, when service interruptions are most costly.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Provider starts to deliver the Services in full, as stated in Schedule 1.

1.3 "Customer Data" means all data of the Customer, its employees, suppliers and customers that the Provider receives or can access in performing the Services, including temperature records, production records and user account data.

1.4 "Term" means 36 months from the Service Commencement Date.

## 2. Transition

2.1 Before the Service Commencement Date the Provider shall take over the Services from the Customer's internal IT team and its current contractors. Transition includes inventory of devices, collection of configurations and passwords, installation of the Provider's monitoring agents and set-up of the service desk.

2.2 Transition is complete, and the transition work is deemed accepted by the Customer, on the Service Commencement Date. The Customer shall provide access to sites, systems and staff as reasonably required during transition.

2.3 If the Service Commencement Date is delayed beyond 1 September 2026 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay.

2.4 The Provider shall deliver a transition plan within ten days after signature, listing each activity, the responsible person and the planned date, and shall report progress to the Customer every week until the Service Commencement Date.

## 3. Services

3.1 From the Service Commencement Date the Provider shall deliver the Services described in Schedule 1 at the service levels in Schedule 2.

3.2 The Provider shall assign a service delivery manager, based in Guangdong, who shall meet the Customer's IT manager monthly to review performance, incidents, changes and planned work.

3.3 Changes to the scope of the Services shall be agreed in writing through a change request. The charges for added devices or sites are set out in Schedule 3.

3.4 The Provider shall keep the Customer's network documentation, configuration backups and asset register up to date and make them available to the Customer at any time.

3.5 The Provider shall carry out planned changes only in maintenance windows agreed with each plant manager, and shall not interrupt the control network of the freezing tunnels during production shifts without approval.

3.6 Cold-store alarms shall be escalated by telephone to the plant duty officer and, if not acknowledged within 15 minutes, to the plant manager, following the escalation list kept by the Customer.

3.7 The Provider shall produce a quarterly improvement report with recommendations on capacity, ageing equipment and recurring incidents.

## 4. Charges and Payment

4.1 The Customer shall pay the charges in Schedule 3. The total value of this Agreement for the Term is CNY 1,728,000.

4.2 The transition fee is invoiced on the Service Commencement Date. The monthly service charge is invoiced monthly in arrears. Invoices are payable within 30 days of receipt.

4.3 The charges are fixed for the Term and include VAT, travel and all tools and monitoring software used by the Provider.

4.4 Disputed amounts shall be notified within 15 days of receipt of an invoice; the undisputed part shall be paid on time.

## 5. Service Levels and Service Credits

5.1 The Provider shall meet the service levels in Schedule 2 and report on them monthly.

5.2 If a service level is missed in a month, the Provider shall give the Customer the service credit shown in Schedule 2. Credits are deducted from the next invoice.

5.3 Service credits do not prevent the Customer from requiring the Provider to correct the failure.

## 6. Customer Data

6.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to provide the Services to the Customer and for no other purpose.

6.2 At the end of the Term the Provider shall hand over to the Customer all configurations, passwords and documentation relating to the Services.

## 7. Intellectual Property

7.1 The Provider keeps all rights in its own tools, monitoring software and methods.

7.2 Configurations, scripts, runbooks, network diagrams and reports created for the Customer belong to the Customer, which may use and modify them freely and give them to any successor provider.

## 8. Confidentiality

8.1 Each party shall keep the other party's confidential information secret and use it only for this Agreement. Confidential information includes the Customer's production volumes, customer lists and prices, and the Provider's pricing and methods.

8.2 This obligation does not apply to information that is public or that a party is required by law to disclose, and it continues for three years after the end of the Term.

## 9. Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the total value stated in Section 4.1.

9.2 Neither party is liable for indirect or consequential loss, except for breach of Section 8 or wilful misconduct.

9.3 The limit in Section 9.1 does not apply to personal injury or fraud.

## 10. Subcontracting

The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider is responsible for the acts and omissions of any approved subcontractor as for its own.

## 11. Term and Termination

11.1 This Agreement starts on signature and continues until the end of the Term. It does not renew automatically.

11.2 This Agreement may be terminated before the end of the Term only by written agreement of both parties.

11.3 The Provider may suspend the Services if undisputed invoices remain unpaid for more than 60 days after a written reminder.

11.4 At the end of the Term the Provider shall provide up to 60 days of exit assistance at the rates in Schedule 3 so that the Services can be transferred to the Customer or a new provider without interruption.

11.5 Sections 6, 7, 8 and 9 survive the end of this Agreement.

## 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be brought before the People's Court with jurisdiction at the Customer's domicile.

## 13. General

13.1 Neither party is liable for failure caused by force majeure, provided it notifies the other party promptly.

13.2 This Agreement, with its Schedules, is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

13.3 Notices shall be in writing and sent to the addresses above by courier or email.

Signed for the Customer: ____________________ Signed for the Provider: ____________________

## Schedule 1 - Scope of Services

| Service | Scope | Hours |
|---|---|---|
| Network operations | 3 plants: 46 switches, 9 firewalls, 118 wireless access points, WAN links to Zhanjiang head office | 24 x 7 monitoring |
| Cold-store monitoring | 212 temperature sensors in freezing tunnels and cold stores, alarm handling and escalation to plant duty staff | 24 x 7 |
| Service desk | about 420 users; incident and request handling in Mandarin | 07:00 to 23:00 daily |
| On-site support | one engineer at the main plant on working days; others dispatched as needed | working days |
| Service Commencement Date | 1 September 2026 | - |

## Schedule 2 - Service Levels and Credits

| Measure | Target | Service credit if missed |
|---|---|---|
| Core network availability per plant, monthly | 99.97% | 3% of the monthly charge per plant |
| Priority 1 incident (plant network down or cold-store alarms not delivered): response | 30 minutes | CNY 800 per hour late |
| Priority 1 incident: restoration | 6 hours | CNY 1,500 per hour late |
| Priority 2 incident: response | 2 hours | CNY 300 per hour late |
| Service desk calls answered within 60 seconds | 90% | 2% of the monthly charge |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time | 72,000 |
| Monthly service charge | 36 months x CNY 46,000 | 1,656,000 |
| Total value for the Term | | 1,728,000 |
| Additional switch or access point | per device per month | 60 |
| Exit assistance | per engineer day | 2,400 |
"""

E05_TXT = """MARINE WEATHER AND OCEAN DATA API SUBSCRIPTION AGREEMENT

Agreement No. DOC-API-2026-024

BETWEEN

Qingdao Bluewave Marine Shipping Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Shinan District, Qingdao, Shandong Province (the "Customer"); and

Datos Oceanicos del Caribe, S.A. de C.V., a company incorporated in Mexico, with its office at Avenida de los Heroes 310, Centro, Chetumal, Quintana Roo, Mexico (the "Provider").

BACKGROUND

The Provider operates a data service that delivers marine weather forecasts, wave and current models, tropical cyclone tracks and port condition data through application programming interfaces (the "API"). The Customer wishes to subscribe to the API for its fleet routing, voyage planning and operations centre for two Subscription Years.

1. DEFINITIONS

1.1 "Activation Date" means the date on which the Provider issues production API keys to the Customer with access to all Subscribed Data Sets.

1.2 "Subscription Year" means Subscription Year 1, which begins on the Activation Date, or Subscription Year 2, which begins on the first anniversary of the Activation Date. The Subscription Term consists of these two Subscription Years.

1.3 "Subscribed Data Sets" means the data sets listed in clause 2.1.

1.4 "Customer Data" means all data that the Customer or its users send to the API or the Provider, including vessel positions, planned routes, query parameters, voyage records and user details, and any data derived from them.

1.5 "Integration Adapters" means the software modules, mappings and scripts written by the Provider to connect the API to the Customer's voyage planning system and fleet dashboard.

2. SUBSCRIPTION

2.1 The Subscribed Data Sets are: global marine weather forecasts at 0.25 degree resolution, updated every six hours; wave height, swell and current models; tropical cyclone tracks and probability cones; port weather and berth condition data for 180 ports; and historical data for the previous ten years for route analysis.

2.2 The Customer may make up to 3,000,000 API calls per Subscription Year and may give access to its affiliates, vessels and ship managers for the operation of vessels owned or chartered by the Customer group.

2.3 The Customer may store data received through the API and use it in its internal systems and reports during and after the Subscription Term, but may not resell it as a data product.

2.4 The Provider shall give the Customer at least 60 days' notice before retiring any Subscribed Data Set or changing an API version, and shall keep the previous API version running for at least 90 days after a new version is released.

3. FEES AND PAYMENT

3.1 The fees are:
(a) Subscription fee, Subscription Year 1: CNY 318,000;
(b) Subscription fee, Subscription Year 2: CNY 318,000;
(c) Integration Adapters and set-up, one-time: CNY 24,000.
The total fees under this Agreement are CNY 660,000. API calls above the annual allowance are charged at CNY 0.08 per call.

3.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. The set-up fee is invoiced after Integration Acceptance.

3.3 Invoices are payable within 30 days in CNY. All fees include VAT and all taxes, including any withholding tax due in Mexico.

3.4 The Provider shall provide monthly usage statements showing API calls by user and by data set.

4. ACTIVATION AND INTEGRATION ACCEPTANCE

4.1 The Provider shall issue production API keys and complete the Integration Adapters within 40 days after signature.

4.2 Integration Acceptance requires: every Subscribed Data Set can be retrieved through the Integration Adapters; forecasts for 20 test routes chosen by the Customer appear correctly in the voyage planning system; data latency from model run to API availability is under 45 minutes for ten consecutive model runs; and the Integration Adapters pass the Customer's security scan.

4.3 The Customer shall confirm Integration Acceptance in writing within ten business days after the criteria are met. If a criterion is not met, the Provider shall correct the fault and the test shall be repeated.

4.4 If the Activation Date is later than the date in clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer liquidated damages of 0.02% of the total fees for each day of delay.

5. SERVICE LEVELS

5.1 The API shall be available at least 99.95% of each calendar month, measured at the Provider's API gateway, excluding maintenance announced three days in advance.

5.2 Priority 1 incidents (the API is unavailable, or forecasts are more than two model runs late) shall be responded to within 30 minutes and resolved or worked around within 3 hours. Priority 2 incidents shall be responded to within 2 hours.

5.3 If availability falls below the level in clause 5.1, the Provider shall credit 10% of the monthly share of the subscription fee for each 0.1 percentage point below that level. For each hour by which a Priority 1 resolution time is exceeded, the Provider shall credit CNY 500. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

5.4 The Provider shall publish a status page and send the Customer a monthly report on availability, latency and incidents.

5.5 The Provider shall provide a support desk reachable by telephone and email at all times for Priority 1 incidents, with English-speaking engineers and a Mandarin interpreter service during China business hours.

6. CUSTOMER DATA

6.1 Customer Data belongs to the Customer.

6.2 The Customer grants the Provider a perpetual, royalty-free licence to use vessel positions, routes and query data contained in Customer Data, in aggregated and anonymised form, to improve its forecast models and products and to produce traffic and routing statistics that it may offer to other customers. This licence continues after the end of this Agreement.

6.3 Apart from clause 6.2, the Provider shall process Customer Data only to provide the API to the Customer.

7. DATA SECURITY

7.1 The Provider shall protect Customer Data by encryption in transit and at rest, access control based on least privilege, multi-factor authentication for staff, logging of all access, and annual third-party penetration testing.

7.2 Customer Data received from the Customer shall be stored in the Provider's servers in mainland China, and shall not be transferred abroad except in accordance with the PRC Personal Information Protection Law and Data Security Law.

7.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours, take immediate steps to contain it, and compensate the Customer for all losses caused by its breach of this clause 7.

8. INTELLECTUAL PROPERTY

8.1 The Provider retains all rights in the API, its models and the Subscribed Data Sets, subject to the rights granted in clause 2.

8.2 The Integration Adapters belong to the Customer. The Provider shall deliver their source code at Integration Acceptance, and the Customer may use, modify and license them freely.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's fleet plans, charter information and commercial terms, and shall use it only for this Agreement.

9.2 This obligation continues for three years after the end of the Subscription Term.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 200% of the total fees in clause 3.1.

10.2 The Provider does not guarantee the accuracy of weather forecasts, which are predictions. The Customer remains responsible for the safe navigation of its vessels. This does not limit the Provider's obligations under clauses 5 and 7.

10.3 Neither party is liable for indirect or consequential loss, except for breach of clause 7 or clause 9.

11. SUBCONTRACTING

The Provider shall not subcontract the provision of the API or the processing of Customer Data without the Customer's prior written consent.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It may be renewed only by a written agreement signed by both parties.

12.2 Either party may terminate this Agreement by written notice if the other commits a material breach and does not cure it within 30 days after notice. On termination by the Customer for breach, the Provider shall refund the unused part of the prepaid subscription fee.

12.3 The Customer may also terminate if availability is below the level in clause 5.1 in any two months of a Subscription Year.

12.4 Within 30 days after the end of this Agreement, the Provider shall return or delete Customer Data, except as permitted by clause 6.2, and confirm this in writing.

13. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules.

14. GENERAL

14.1 Neither party is liable for a delay caused by force majeure, if it notifies the other party promptly.

14.2 Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses above.

14.3 Neither party may assign this Agreement without the other party's written consent, except to an affiliate that takes over the relevant business.

Signed for the Customer: ______________________

Signed for the Provider: ______________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Labels (DESIGN) and checks
# ---------------------------------------------------------------------------------------------------------------
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"


def terms(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto,
                                term, sub, law, kind]))


# key: (file name, language, category, terms, extra, tco (fee base, yearly fee) or None, foreign forum, design rules)
DESIGN = {
    "h813z01": ("h813z01_forestry_ancient_roads_wells_platform.pdf", "zh", "software",
                terms(None, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True,
                      False, "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1486000),
                (620000, 49600), False, []),
    "h813z02": ("h813z02_bandage_plant_line_control_retrofit.docx", "zh", "hardware",
                terms(None, 2, True, "buyer", True, True, True, 0.02, None, 20, True, True, 18, 26, False, True,
                      False, "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1462000),
                (1280000, 332800), False, ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h813z03": ("h813z03_fragrance_studio_chain_booking_membership_saas.txt", "zh", "cloud",
                terms(99.5, 1, True, "buyer", True, True, True, 500 / 586000 * 100, None, None, True, None, None,
                      None, True, True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=586000),
                None, False, ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "h813z04": ("h813z04_energy_bureau_pv_poverty_plant_monitoring_om.txt", "zh", "services",
                terms(None, 1, False, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False,
                      True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=468000),
                None, False, ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"]),
    "h813z05": ("h813z05_porcelain_painting_process_tracking_supplier_template.md", "zh", "software",
                terms(None, None, False, "supplier", True, False, True, None, 20, 65, True, True, 6, None, False,
                      True, None, None, G),
                dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=False,
                     acceptance_deemed_on_delivery=False, contract_value=336000),
                None, False, ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                              "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE",
                              "CR-WARRANTY"]),
    "h813e01": ("h813e01_coffee_traceability_licence_oaxaca_vendor.pdf", "en", "software",
                terms(None, 2, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True,
                      False, "Mexico", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1680000),
                (1140000, 125400), True, ["CR-GOVERNING-LAW"]),
    "h813e02": ("h813e02_coldchain_tracking_saas_order_form_tapachula_vendor.md", "en", "cloud",
                terms(99.95, 8, True, "buyer", True, True, True, 400 / 566000 * 100, 6 / 24 * 100, None, True, None,
                      None, None, False, True, True, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=566000),
                None, False, ["CR-LIABILITY-CAP", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
    "h813e03": ("h813e03_tank_vibration_sensors_monitoring_villahermosa_vendor.docx", "en", "hardware",
                terms(None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 9, False, True,
                      False, "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1564000),
                (1414000, 127260), False, []),
    "h813e04": ("h813e04_seafood_plants_managed_services_campeche_vendor.md", "en", "services",
                terms(99.97, 0.5, True, "buyer", False, True, True, 1200 / 1728000 * 100, 150, None, False, None,
                      None, None, False, False, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=True, contract_value=1728000),
                None, False, ["CR-ACCEPTANCE", "CR-DATA-SECURITY", "CR-TERMINATION"]),
    "h813e05": ("h813e05_marine_weather_api_subscription_chetumal_vendor.txt", "en", "cloud",
                terms(99.95, 0.5, True, "buyer", True, False, True, 0.02, 200, None, True, None, None, None, False,
                      True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=660000),
                None, False, ["CR-DATA-OWNERSHIP", "CR-LD-LOW"]),
}
TEXT_SOURCES = {"h813z03": Z03_TXT, "h813z04": Z04_TXT, "h813z05": Z05_MD, "h813e02": E02_MD, "h813e04": E04_MD,
                "h813e05": E05_TXT}
SOURCES = {"h813z01": H813Z01, "h813z02": H813Z02, "h813e01": H813E01, "h813e03": H813E03}
TARGETS = {k: (DESIGN[k][0], DESIGN[k][0].rsplit(".", 1)[1]) for k in SOURCES}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
# policy thresholds by label key (none of them may be a label value)
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
              "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
HORIZON = 5


def tco_share(t, x, tco):
    """Post-warranty share of the 5-year TCO (percent), or None when not computable."""
    if tco is None or t["warranty_months"] is None:
        return None
    base, fee = tco
    assert abs(fee - base * t["post_warranty_fee_pct"] / 100) < 0.01, (base, fee)
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    post = fee * years
    return post / (x["contract_value"] + post) * 100


def derive(t, x, tco, foreign_forum):
    """My reading of policy section 3."""
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
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        pwf = t["post_warranty_fee_pct"]
        if pwf is None or not x["post_warranty_fee_capped"] or pwf > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, tco)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or foreign_forum:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# threshold figures that no text may state (raw, whitespace-collapsed and whitespace-free)
TH_PATTERNS = [
    r"99\.9(?!\d)", r"(?<![\d.,])4\s*(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![十])四个?小时", r"four\s*hours?",
    r"(?<![\d.])0\.05(?!\d)\s*%", r"万分之五", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![\d.,])100\s*%", r"百分之一?百",
    r"(?<![\d.,])30\s*%", r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per\s*cent",
    r"(?<![\d.,])12\s*(?:months?|个月|-month)", r"十二个月", r"twelve[\s-]*months?",
    r"(?<![\d.,])15\s*%", r"百分之十五", r"fifteen\s*per\s*cent",
    r"(?<![\d.,])40\s*%", r"百分之四十", r"forty\s*per\s*cent",
    r"(?<![\d.,])5\s*(?:years?|年)(?![\d])", r"five[\s-]*years?", r"(?<![一二三四五六七八九十〇零])五年",
]
TH_RE = re.compile("|".join("(?:%s)" % p for p in TH_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "within 4 hours", "4小时内响应", "四小时", "0.05%", "万分之五", "100%",
            "百分之百", "30%", "百分之三十", "12 months", "12个月", "十二个月", "twelve months", "15%", "百分之十五",
            "40 %", "百分之四十", "5 years", "five years", "五年", "5年"]
MUST_MISS = ["99.95%", "99.97", "24 hours", "24小时", "0.055%", "1,100%", "130%", "30 days", "百分之三十五",
             "112 months", "12 hours", "115%", "1.5%", "140%", "15 days", "25 years", "2025年", "二〇二五年",
             "0.5 hours", "45%", "二十四小时"]


def self_test():
    for s in MUST_HIT:
        assert TH_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not TH_RE.search(s), ("must miss", s, TH_RE.search(s))


def read_back(path):
    ext = path.suffix
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def label(key):
    name, lang, cat, t, x, tco, forum, design = DESIGN[key]
    rules = derive(t, x, tco, forum)
    assert rules == sorted(design), (key, rules, design)
    for k, th in THRESHOLDS.items():
        assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k)
    share = tco_share(t, x, tco) if t["contract_kind"] == G else None
    if share is not None:
        assert abs(share - 40) > 2, (key, share)
    if t["contract_kind"] == S:
        assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        assert "post_warranty_fee_capped" not in x
    extra_keys = ["sla_clause", "ld_stated"] + (["post_warranty_fee_capped"] if t["contract_kind"] == G else []) \
        + ["acceptance_deemed_on_delivery", "contract_value"]
    assert list(x) == extra_keys, (key, list(x))
    doc = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
           "expected_rules": rules}
    stem = name.rsplit(".", 1)[0]
    (OUT / (stem + ".json")).write_text(json.dumps(doc, indent=1, ensure_ascii=False), encoding="utf-8")
    return rules, share


def price_checks():
    assert 620000 + 598000 + 186000 + 82000 == 1486000
    assert 368000 + 296000 + 254000 + 88000 + 274000 == 1280000 and 1280000 + 68000 + 96000 + 18000 == 1462000
    assert 6800 * 35 * 2 == 476000 and 476000 + 86000 + 24000 == 586000 and 6800 * 35 == 238000
    assert 117000 * 4 == 468000
    assert 168000 + 142000 + 26000 == 336000 and round(336000 * 0.65) == 218400 and round(336000 * 0.35) == 117600
    assert 1140000 + 486000 + 54000 == 1680000 and 1140000 * 0.11 == 125400
    assert 264000 * 2 + 38000 == 566000
    assert 180 * 3400 == 612000 and 24 * 9500 == 228000 and 6 * 38000 == 228000
    assert 612000 + 228000 + 228000 + 346000 == 1414000 and 1414000 + 128000 + 22000 == 1564000
    assert round(1414000 * 0.09) == 127260
    assert 36 * 46000 == 1656000 and 1656000 + 72000 == 1728000
    assert 318000 * 2 + 24000 == 660000
    assert 20 + 45 + 35 == 100 and 20 + 55 + 25 == 100 and 65 + 35 == 100 and 10 + 55 + 35 == 100


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    price_checks()
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for key, text in TEXT_SOURCES.items():
        (OUT / DESIGN[key][0]).write_text(text, encoding="utf-8")
        print("wrote", DESIGN[key][0])
    covered = set()
    for key in DESIGN:
        name, lang = DESIGN[key][0], DESIGN[key][1]
        rules, share = label(key)
        covered |= set(rules)
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (name, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = TH_RE.search(variant)
            assert not m, (name, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        print("%-70s %5d %-6s %s %s" % (name, n, risk(rules), ", ".join(r[3:] for r in rules) or "(none)",
                                         "" if share is None else "TCO share %.1f%%" % share))
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    mix = [len(DESIGN[k][7]) for k in DESIGN]
    assert sum(1 for k in DESIGN if not DESIGN[k][7]) == 2
    assert DESIGN["h813e01"][7] == ["CR-GOVERNING-LAW"] and 8 <= len(DESIGN["h813z05"][7]) <= 10
    assert sorted(k for k in DESIGN if 2 <= len(DESIGN[k][7]) <= 3) == \
        ["h813e02", "h813e04", "h813e05", "h813z02", "h813z03", "h813z04"]
    print("all checks passed; rules covered:", len(covered))
