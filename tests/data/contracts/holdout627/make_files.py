"""holdout627: builds the ten blind held-out draft contracts and their .json labels, and asserts the checks of the brief
(lengths, no threshold value in labels or texts, rules derived from the labels = design list, coverage of all 20 CR rules).
Run: /work/main/.venv/bin/python -B make_files.py  (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SOURCES = {}

SOURCES["z01"] = """T:渔船动态监控平台软件许可及定制开发采购合同
P:合同编号：ZLYZ-2027-CG-014　　采购方式：公开招标（政府采购）
P:甲方（采购人）：舟岚市海洋与渔业局渔政执法支队
P:乙方（供应商）：浙江海瞻信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目招标文件、乙方投标文件，双方就渔船动态监控平台建设事宜，在平等自愿的基础上订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供渔船动态监控平台软件（含北斗/AIS 船位接入、电子围栏、海图展示、执法任务管理模块）的永久使用许可，部署于甲方政务云。
P:1.2 乙方按甲方需求定制开发以下功能：渔船轨迹回放与异常行为分析、禁渔期及保护区越界预警、船员持证核验接口、与省级渔船动态监管系统及海警协同平台的数据对接。
P:1.3 乙方负责平台安装部署、数据初始化、联调测试、上线保障和操作培训，直至项目通过最终验收。
P:1.4 培训对象为支队执法人员、指挥中心值班人员及系统管理员，培训不少于四期，乙方应提供操作手册、管理员手册和培训视频。
P:1.5 乙方应在最终验收时移交需求说明书、设计文档、接口规范、部署手册、测试报告及源代码，文档应真实完整并与系统一致。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰壹拾万元整（¥2,100,000），含税，包括平台软件许可费¥1,260,000、定制开发费¥684,000、实施部署费¥118,000、培训费¥38,000。
P:2.2 上述价款为固定总价，包括乙方完成本合同全部工作所需的一切费用，甲方不再另行支付其他费用。
P:2.3 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，以银行保函形式提供，有效期至最终验收合格后三十日。乙方违约应承担的违约金、赔偿金，甲方可从履约保证金中直接扣收。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款受财政资金拨付进度影响的，双方应协商处理，甲方不因此承担违约责任。
H:第四条 实施进度
P:4.1 乙方应于合同签订后45日内完成平台部署及数据初始化，90日内完成全部定制功能开发并提交初步验收，初验后试运行满60日申请最终验收。
P:4.2 乙方应派驻不少于3名技术人员在甲方现场实施，项目经理未经甲方同意不得更换。
P:4.3 乙方应于每周五向甲方提交项目周报，说明本周进展、下周计划、存在问题及需甲方协调事项；遇可能影响工期的重大问题，应在两个工作日内书面报告。
P:4.4 甲方负责提供政务云资源、网络专线接入条件、省级系统对接授权及必要的办公场所，并指定项目联系人。因甲方未按时提供上述条件造成延误的，工期相应顺延。
H:第五条 验收
P:5.1 初步验收标准：平台各模块功能与招标文件技术要求逐项相符；全市在册渔船船位接入率不低于98%；船位数据延迟不超过60秒；越界预警准确率经抽样复核不低于95%；与省级系统数据比对一致。
P:5.2 最终验收标准：试运行期内无一级故障，系统性能满足500个并发用户下页面响应不超过3秒，并通过第三方网络安全等级保护测评及代码安全检测。
P:5.3 验收由甲方组织专家进行并出具书面验收报告。平台上线运行、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收。
H:第六条 质量保证与维护
P:6.1 质保期为最终验收合格之日起二十四个月，质保期内乙方免费提供软件缺陷修复、版本升级和远程及现场技术支持。
P:6.2 质保期内乙方每季度进行一次现场巡检，并在禁渔期开始前完成一次全面检查，出具书面巡检报告。
P:6.3 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的9%（即每年不超过¥113,400），该价格自质保期满起三年内不上调。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.5%（计划维护时间除外）。可用率每低于承诺值0.1个百分点，甲方有权从当期维护费或履约保证金中扣减¥2,000。
P:7.2 故障分级：一级故障（平台整体不可用或船位数据中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，次日内解决。
P:7.3 乙方响应或恢复每超时1小时，扣减¥800。
H:第八条 知识产权
P:8.1 平台软件的原有知识产权归乙方所有，甲方享有永久、不可撤销的使用许可。
P:8.2 本合同定制开发的功能模块、接口程序、源代码及技术文档的知识产权归甲方所有，乙方应在最终验收前交付完整源代码，甲方有权自行或委托第三方修改和使用。
H:第九条 数据安全
P:9.1 平台采集、存储的渔船船位、船员身份及执法数据均属于甲方，乙方仅为履行本合同使用，不得留存、复制或向任何第三方提供。
P:9.2 乙方应落实等级保护三级要求，远程运维须经甲方审批并通过堡垒机进行，操作全程留痕。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
H:第十条 保密
P:10.1 乙方对履约中知悉的渔政执法部署、巡航计划及其他未公开信息负有保密义务，未经甲方书面同意不得披露，该义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期完成部署、开发或验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的60%为限，但因乙方故意或重大过失、数据泄露造成的损失除外。
H:第十二条 分包
P:12.1 乙方不得将本项目转包，也不得将任何部分分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。合同解除后，乙方仍应配合甲方完成数据和文档的移交。
P:13.2 本合同不设自动续期，质保期满后的维护服务另行签订合同。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因台风、风暴潮、地震等不可抗力致使一方不能按期履行的，受影响方应在三日内通知对方，并在事件结束后十日内提供证明。双方根据影响程度协商延长履行期限，但乙方应采取措施保障渔船船位数据持续接收。
H:第十六条 廉洁与通知
P:16.1 乙方不得向甲方工作人员提供任何形式的财物或不正当利益。违反本款的，甲方有权解除合同并将有关情况报送财政部门。
P:16.2 双方的通知以书面形式送达本合同首页所列地址或指定电子邮箱，一方变更联系方式的，应提前五日书面通知对方。
H:第十七条 其他
P:17.1 招标文件、乙方投标文件及澄清承诺为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：＿＿＿＿＿＿　　乙方（盖章）：＿＿＿＿＿＿
P:签订日期：2027年　月　日
"""

SOURCES["z02"] = """T:石材切割生产线控制系统改造及维保合同
P:合同编号：SY-SC-2027-031
P:甲方：南安市晟岩石材有限公司
P:乙方：厦门精锐智控科技有限公司
P:甲方为提升大板切割线的自动化水平和出材率，委托乙方对其二号车间四条桥式切割线实施控制系统改造，并在质保期满后提供维保服务。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除原有继电器控制柜，供货并安装PLC控制柜、伺服驱动系统、视觉定位相机及操作终端，完成电气接线、程序编写和整线调试。
P:1.2 乙方提供切割排版优化软件及生产数据采集软件的永久许可，并开发与甲方现有ERP系统的订单及库存接口。
P:1.3 改造分两批进行，每批停产不超过七日，乙方应配合甲方生产计划安排施工时间。
P:1.4 乙方应在合同生效后十日内提交改造技术方案，包括电气原理图、控制柜布置图、网络拓扑、切割工艺参数迁移方案及停产期间的施工组织计划，经甲方书面确认后实施。
P:1.5 原有控制柜拆除后，可利用的电缆、桥架由乙方整理后归还甲方，废旧元器件按甲方要求处置。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰贰拾玖万元整（¥1,290,000），含13%增值税、运输、安装及调试费用。分项价格如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜改造|4套|98,000|392,000
TB:2|伺服驱动器及电机|8套|36,500|292,000
TB:3|视觉定位相机|6套|28,000|168,000
TB:4|工业触摸操作终端|4台|12,500|50,000
TB:5|切割排版优化软件许可|1套|186,000|186,000
TB:6|生产数据采集软件许可|1套|92,000|92,000
TB:|设备及软件小计|||1,180,000
TB:7|安装调试及ERP接口开发|1项|96,000|96,000
TB:8|操作及维修培训|1项|14,000|14,000
TB:|合同总价|||1,290,000
H:第三条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备全部到货并安装完毕后，甲方支付合同总价的55%。到货安装不构成验收。
P:3.3 四条切割线全部通过最终验收后，甲方支付合同总价的35%。
H:第四条 交付与工期
P:4.1 乙方应在合同生效后50日内完成设备供货，第一批两条线在供货后20日内完成改造调试，第二批在第一批验收后25日内完成。
P:4.2 施工期间乙方应遵守甲方车间安全管理制度，因乙方施工造成甲方设备损坏或人员伤害的，由乙方负责。
P:4.3 乙方施工人员应持有效电工作业证上岗，进场前接受甲方安全交底。高处作业、动火作业须办理甲方作业许可。
P:4.4 乙方应在每批改造完成后提交竣工图纸、接线表、程序备份及参数清单，并对甲方设备主管进行交底。
H:第五条 验收
P:5.1 每条切割线改造完成后连续试生产72小时，验收标准为：切割尺寸偏差不大于0.5毫米；视觉定位重复精度不大于0.3毫米；出材率较改造前提高不低于6个百分点；急停、限位等安全联锁功能全部有效；生产数据实时上传且与ERP订单一致。
P:5.2 全部切割线试生产合格后，双方共同签署最终验收报告。设备安装完毕或甲方投入生产使用，均不视为验收合格。
P:5.3 任一项验收标准未达到的，乙方应在十日内完成整改并重新试生产，整改及重新试生产期间的费用由乙方承担。甲方应在乙方书面申请后五个工作日内组织验收。
H:第六条 质保
P:6.1 质保期为最终验收合格之日起十八个月。质保期内，除人为损坏外，乙方免费维修或更换故障部件，并免费提供软件升级。
P:6.2 乙方应在甲方厂区常备伺服驱动器、相机及主要电气元件各至少一套，作为质保期内的应急备件，所有权归乙方。
P:6.3 质保期内一级故障（整条切割线停机）乙方应在1小时内响应，6小时内到场，24小时内恢复生产；二级故障次日到场处理。乙方响应或到场每超时1小时，向甲方支付¥500。
H:第七条 质保期满后的维保服务
P:7.1 质保期满后，乙方提供年度维保服务，内容包括每月一次驻场巡检、伺服及相机备件储备、控制程序优化和7×24小时电话支持。
P:7.2 年度维保费按设备及软件小计的24%计取，即每年人民币283,200元，自质保期满起三年内固定不变，按季度平均支付。
P:7.3 维保服务每年签订一次服务确认书，不自动续期。
H:第八条 知识产权
P:8.1 乙方为本项目编写的PLC程序、视觉定位算法参数、ERP接口程序及相关技术文档，知识产权归甲方所有，乙方应随验收交付源程序。软件产品本身的知识产权仍归乙方，甲方享有永久使用许可。
H:第九条 数据安全
P:9.1 切割线运行数据、订单及库存数据归甲方所有，乙方仅可为履行本合同使用，不得向第三方提供。
P:9.2 改造后的控制系统应与甲方办公网络逻辑隔离，工业交换机及操作终端应关闭不必要的端口和服务，乙方应在交付时提供账号口令清单并协助甲方修改默认口令。
P:9.3 乙方远程维护应经甲方同意并使用甲方指定的VPN账号，不得在控制系统中预留后门。因乙方原因导致数据泄露、丢失或控制系统被入侵的，乙方应立即通知甲方并承担由此造成的损失。
H:第十条 保密
P:10.1 双方对在合作中获知的对方技术资料、工艺参数、客户信息及商业信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方未按约定期限完成供货或改造的，每逾期一日，按合同总价的万分之七向甲方支付违约金。
P:11.2 改造后切割线达不到验收标准且经两次整改仍不合格的，甲方有权退货并要求乙方返还已付款项。
P:11.3 因乙方施工原因导致甲方非计划停产的，乙方应赔偿甲方由此造成的直接损失，包括停产期间的人工费用、设备闲置费用及订单延误损失。
P:11.4 甲方逾期支付合同款项的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十二条 分包
P:12.1 乙方可将电气安装施工和线槽敷设工作分包给具有相应资质的第三方施工队，但应提前三日书面告知甲方分包单位名称。乙方对分包部分的质量和安全承担全部责任。
H:第十三条 合同解除
P:13.1 任何一方严重违约，经对方书面通知后十日内未予纠正的，守约方有权解除本合同并要求违约方赔偿损失。
P:13.2 乙方逾期完成改造超过三十日的，甲方有权解除合同，乙方应返还已付款项并自行拆除已安装设备，恢复原控制系统运行。
H:第十四条 培训
P:14.1 乙方应在每批改造完成后对甲方操作工、电工和设备主管进行培训，内容包括操作规程、排版软件使用、常见报警处理、程序备份恢复及日常保养，培训不少于三天，培训后进行考核。
H:第十五条 不可抗力
P:15.1 因不可抗力不能按期履行合同的，受影响方应及时通知对方并提供证明，双方协商顺延工期或解除合同。因停电、限电等甲方原因导致无法施工的，工期相应顺延。
H:第十六条 法律适用及争议解决
P:16.1 本合同适用中华人民共和国法律。因履行本合同发生的争议，双方应协商解决；协商不成的，提交泉州仲裁委员会仲裁。
H:第十七条 其他
P:17.1 本合同一式四份，双方各执二份，经双方签字盖章后生效。附件：设备技术参数表、施工进度计划。
P:甲方：＿＿＿＿＿＿　　乙方：＿＿＿＿＿＿
"""

SOURCES["z03"] = """连锁门店工单管理系统（SaaS）订阅及实施服务合同

合同编号：CX-IT-2027-008

甲方：广东车享汇汽车服务连锁有限公司
乙方：深圳云修科技有限公司

甲方在广东、广西两省区经营65家汽车维修保养门店。为统一门店接车、派工、配件领用、结算及客户回访流程，甲方向乙方订阅工单管理系统云服务，并委托乙方完成实施上线。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方65家门店提供工单管理系统云服务，包括接车登记、维修派工、配件出入库、工时及材料结算、会员卡、客户回访和经营报表功能。
2. 每家门店开通10个员工账号、2台收银终端授权，总部开通20个管理账号。
3. 系统部署在乙方租用的境内公有云上，乙方负责系统运行、备份、版本升级和日常运维。
4. 乙方每季度向甲方提供一次产品更新说明，重大版本升级应提前通知并在非营业时段进行。
（二）实施服务
1. 乙方负责系统配置、门店组织架构及权限搭建、历史会员及车辆档案迁移（约18万条）、与甲方财务系统的凭证接口开发。
2. 乙方分三批完成门店上线，并对门店店长、前台及技师进行培训，每家门店现场培训不少于半天。
3. 乙方为甲方指定一名实施项目经理，负责制定实施计划、组织门店切换、协调数据迁移和接口联调，并在上线后驻点甲方总部十个工作日，处理门店上线初期的问题。
4. 乙方应向甲方提交系统操作手册、门店作业指引、管理员手册及接口说明文档。
（三）新增门店
服务期内甲方新开门店的，可按本合同订阅单价开通服务，费用按该服务年度剩余月份折算；关闭门店的，甲方可在下一服务年度开始前书面通知减少门店数量。

二、服务期限
（一）订阅服务期为两个服务年度，第一个服务年度自全部门店上线验收合格之日起算。
（二）服务期满，本合同自动续期一个服务年度，续期次数不限，除非任何一方在期满前30日书面通知不续期。续期年度的订阅费由乙方根据市场情况及产品升级情况重新确定，并于续期开始前通知甲方。

三、合同价款及支付
（一）订阅费：每家门店每服务年度人民币3,600元，65家门店每服务年度合计人民币234,000元，两个服务年度合计人民币468,000元。
（二）实施费：人民币86,000元，一次性支付。
（三）合同总金额为人民币554,000元（含6%增值税）。
（四）支付方式：
1. 实施费在全部门店上线验收合格后15个工作日内支付。
2. 每个服务年度的订阅费，于该服务年度开始后15个工作日内支付。
3. 乙方应在每次收款前开具增值税专用发票。
（五）上述价款包含软件使用、云资源、数据存储、版本升级、实施人员差旅及培训费用，除新增门店或甲方书面确认的需求变更外，乙方不得另行收取费用。

四、实施进度及验收
（一）乙方应在合同签订后20日内完成系统配置和数据迁移，第一批10家门店在签订后35日内上线，全部门店在签订后75日内上线。
（二）上线验收标准：
1. 65家门店均可正常开单、派工、结算，各门店连续10个营业日无影响营业的故障；
2. 迁移的会员、车辆及储值余额数据与原系统逐条比对一致；
3. 财务凭证接口连续一个月对账无差异；
4. 高峰时段开单页面响应时间不超过2秒。
（三）甲方在乙方提交验收申请后10个工作日内组织验收并签署书面意见。门店开始使用系统不视为验收合格。
（四）验收未通过的，乙方应在7个工作日内完成整改并重新提交验收申请，整改期间发生的费用由乙方承担。

五、服务水平
（一）乙方承诺系统月度可用率不低于99.95%，计划内维护应安排在凌晨1点至5点之间并提前2日通知。
（二）故障分级及响应：
1. 一级故障（系统整体无法登录或无法开单结算）：30分钟内响应，3小时内恢复；
2. 二级故障（部分功能异常、部分门店无法使用）：2小时内响应，当日恢复；
3. 三级故障（一般咨询和使用问题）：次一工作日内答复。
4. 乙方提供7×24小时服务热线及在线工单渠道，并为甲方指定专属客户成功经理。
（三）乙方每月前5个工作日内向甲方提供上月系统运行报告，内容包括可用率、故障次数及处理过程、版本更新说明。
（四）系统出现故障或可用率未达到上述标准的，乙方将尽最大努力尽快恢复，但乙方不因此承担服务费扣减、退款或赔偿责任。

六、知识产权
（一）工单管理系统及其版本升级的知识产权归乙方所有。
（二）乙方为甲方定制的结算规则配置、报表模板及财务凭证接口程序，知识产权归甲方所有，甲方可自行修改使用或委托第三方维护。

七、数据安全与数据权属
（一）甲方门店的客户信息、车辆信息、维修记录、会员储值及经营数据，均属于甲方，乙方仅为提供本合同服务之目的处理，不得用于其他任何目的，也不得向任何第三方提供。
（二）乙方应采取加密存储、传输加密、访问权限控制、操作日志审计、每日异地备份等安全措施，并符合个人信息保护法律法规的要求。
（三）发生数据泄露、丢失或被非法访问的，乙方应在2小时内通知甲方并采取补救措施，由此给甲方造成的损失由乙方承担。
（四）合同终止后30日内，乙方应将全部数据以通用格式交还甲方，并在甲方确认后彻底删除。
（五）乙方运维人员访问甲方生产数据须经授权并留存日志，日志至少保存六个月，甲方有权查阅。

八、保密
双方对因本合同获知的对方商业秘密、客户资料、价格信息及其他未公开信息承担保密义务，未经对方书面同意不得披露。本条在合同终止后三年内继续有效。

九、违约责任
（一）乙方未按第四条约定期限完成全部门店上线的，每逾期一日，按合同总金额的千分之二向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。

十、分包
未经甲方书面同意，乙方不得将实施服务的任何部分分包给第三方。

十一、合同解除
（一）服务期内，除因不可抗力致使合同目的无法实现外，任何一方均不得提前解除本合同。
（二）乙方违约的，甲方可要求乙方继续履行、采取补救措施或按本合同支付违约金，但不得以此为由解除合同，已支付的订阅费不予退还。

十二、争议解决
本合同的订立、履行和解释适用中华人民共和国法律。争议由双方协商解决，协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

十三、甲方义务
（一）甲方应指定总部信息部门作为项目对接部门，按实施计划提供门店资料、价格体系、会员及车辆历史数据，并组织门店人员参加培训。
（二）甲方应自行配备门店电脑、收银终端、打印机及网络，并妥善保管账号口令。因甲方账号保管不善造成的损失由甲方承担。

十四、不可抗力
因自然灾害、公共卫生事件、政府行为、基础电信网络大面积故障等不可抗力导致不能履行合同的，受影响方应及时通知对方并提供证明，在影响范围内免除责任。不可抗力持续超过六十日的，双方协商处理后续事宜。

十五、通知
双方往来通知以书面形式发送至本合同所列地址或双方指定的电子邮箱，发出后第三个工作日视为送达。

十六、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：　　　　　　　乙方（盖章）：
日期：　　　　　　　　　　　日期：
"""

SOURCES["z04"] = """捐赠管理信息系统年度运维服务合同

项目编号：HSZC-2027-C-0126（竞争性磋商）

甲方：湖州市红十字会
乙方：杭州善达信息服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方为其捐赠管理信息系统提供年度运维服务。双方依据《中华人民共和国民法典》及相关规定，订立本合同。

第一条 服务范围
1. 运维对象：甲方捐赠管理信息系统，包括捐赠登记、票据管理、项目资金拨付、物资出入库、信息公开网站及微信捐赠小程序，以及支撑上述系统的应用服务器、数据库和中间件。
2. 服务内容：日常监控与巡检、故障处理、数据库维护与备份、安全加固与漏洞修补、系统小版本升级、业务数据统计报表、用户操作支持，以及重大募捐活动期间的现场保障。
3. 乙方应在每季度末提交运维报告，内容包括故障统计、巡检结果、安全漏洞处理情况和下季度运维建议。
4. 服务时间：驻场服务为工作日8:30至17:30；远程监控及故障受理为7×24小时；节假日期间如遇募捐活动，按甲方通知提供现场值守。
5. 乙方应在服务开始后30日内完成系统现状评估，提交资产清单、系统架构图、账号清单及风险评估报告，并据此制定年度巡检计划和应急预案，经甲方确认后执行。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同即行终止，不自动续期；甲方如需继续采购，依法另行组织采购程序。

第三条 服务人员
1. 乙方安排1名驻场运维工程师，工作日在甲方办公场所工作；另设二线数据库及安全工程师各1名提供远程支持。
2. 驻场工程师应具有三年以上系统运维经验，二线数据库工程师应持有相应数据库厂商认证，安全工程师应持有注册信息安全专业人员证书或同等资质。
3. 运维人员须经甲方审核，签署保密承诺书后方可上岗。乙方更换驻场人员应提前10日书面征得甲方同意。

第四条 服务费用及支付
1. 本合同服务费总额为人民币叁拾陆万捌仟元整（¥368,000），含税，包括人工、差旅、工具及备件费用。
2. 本合同不设预付款。服务费按季度支付，每季度¥92,000。每季度服务考核合格后，甲方在收到发票后15个工作日内支付该季度服务费。
3. 季度考核存在扣减的，从当季服务费中直接扣除。
4. 服务期内因甲方新增系统模块或业务需求增加运维工作量的，双方另行协商确定费用，未经甲方书面确认的额外工作不产生费用。

第五条 服务水平
1. 捐赠管理系统及信息公开网站月度可用率不低于99.95%（经甲方同意的计划维护时间除外）。
2. 故障分级：一级故障指系统整体不可用、捐赠数据无法录入或信息公开网站无法访问；二级故障指部分功能异常；三级故障指一般使用问题。
3. 响应时限：一级故障30分钟内响应，2小时内恢复；二级故障1小时内响应，8小时内解决；三级故障当日解决。
4. 重大募捐活动及突发公共事件期间，乙方应安排工程师现场值守，保证在线捐赠渠道畅通。

第六条 服务考核及扣款
1. 月度可用率每低于承诺值0.01个百分点，扣减当季服务费¥1,000。
2. 一级故障响应或恢复每超时1小时，扣减¥1,500；二级故障每超时1小时，扣减¥500。
3. 季度运维报告、巡检记录每迟交一日，扣减¥300。

第七条 验收
1. 季度验收：甲方依据季度运维报告、故障记录、巡检记录及用户满意度调查进行考核，考核标准为：服务可用率达标、无因乙方原因造成的数据丢失、巡检按计划完成率不低于95%、用户满意度不低于90分。
2. 年度验收：服务期满后20日内，甲方组织年度验收，核查全年服务记录、备份恢复演练结果、安全漏洞整改情况及运维文档移交情况，并出具书面验收意见。
3. 季度考核或年度验收不合格的，乙方应在甲方指定期限内整改，整改完成前甲方可暂缓支付相应季度服务费；整改后仍不合格的，甲方可按第十三条处理。

第八条 数据安全
1. 系统中的捐赠人信息、受助人信息、资金及物资数据均属于甲方，乙方仅为履行本合同运维服务而接触，不得用于其他用途，不得复制、留存或向任何第三方提供。
2. 乙方应遵守网络安全等级保护二级要求，所有运维操作通过甲方堡垒机进行，禁止使用个人设备存储甲方数据。
3. 每日完成数据库增量备份，每周完成全量备份，每季度进行一次备份恢复演练。
4. 发生数据泄露、篡改、丢失或网络安全事件的，乙方应在1小时内报告甲方，并配合调查处置；因乙方原因造成的损失，由乙方全额承担，包括甲方因此承担的行政责任和对捐赠人的赔偿。

第九条 保密
乙方及其人员对履约中知悉的捐赠人及受助人个人信息、甲方内部管理资料、系统账号口令及其他未公开信息负有保密义务，未经甲方书面同意不得披露。保密义务不因本合同终止而免除。

第十条 知识产权
乙方在服务期内为甲方编写的脚本、报表、补丁程序及运维文档，知识产权归甲方所有，乙方应随季度报告一并移交。

第十一条 违约责任
1. 乙方未按约定期限完成系统安全加固、漏洞修补或甲方书面要求的整改事项的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
2. 乙方驻场人员擅自离岗累计超过3个工作日的，甲方有权按每日¥800扣减服务费。
3. 甲方无正当理由逾期付款的，应按逾期金额每日万分之二支付违约金。

第十二条 分包
乙方不得将本合同项下的服务转包或分包给任何第三方。乙方使用的监控工具、备份软件如需安装在甲方服务器上，应事先取得甲方书面同意，并保证其来源合法、无恶意代码。

第十三条 合同解除
1. 乙方严重违反服务水平或数据安全约定，经甲方书面通知后7日内未予纠正的，甲方有权解除合同，并按实际服务期限结算费用。
2. 乙方发生数据泄露等严重安全事件的，甲方可立即解除合同并要求赔偿。

第十四条 服务交接
合同终止时，乙方应在10个工作日内移交全部账号口令、配置文档、运维记录及知识库，并协助甲方或新服务商完成交接。交接期间乙方应继续保障系统正常运行，交接完成后由双方签署交接确认书，乙方人员的系统访问权限同时注销。

第十五条 应急保障
1. 乙方应制定系统故障、数据丢失、网页篡改及网络攻击等情形的应急预案，每半年组织一次应急演练，演练记录纳入季度运维报告。
2. 发生重大突发事件时，乙方应在接到甲方通知后两小时内安排工程师到达现场，并按甲方要求提供全天候技术保障。

第十六条 甲方义务
甲方应为驻场工程师提供必要的办公条件、网络接入及系统访问权限，及时审批运维操作申请，并指定专人负责服务对接和考核工作。

第十七条 不可抗力
因不可抗力致使本合同不能履行的，受影响方应及时通知对方，并在合理期限内提供证明，根据影响程度部分或全部免除责任。

第十八条 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方应友好协商；协商不成的，向甲方所在地人民法院提起诉讼。

第十九条 其他
磋商文件、乙方响应文件及成交通知书为本合同的组成部分。本合同一式四份，甲方执三份，乙方执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：
代表人：　　　　　　　　　　　代表人：
签订日期：2026年12月　日
"""

SOURCES["z05"] = """# 软件产品许可及技术服务合同

**（冷链云仓标准合同文本 V3.0 · 乙方范本）**

合同编号：LC-WMS-2027-0219

甲方：柳州螺香食品有限公司

乙方：南宁冷链云仓软件有限公司

甲方因螺蛳粉成品及酸笋、腐竹等原料冷链仓储管理需要，向乙方采购“冷链云仓WMS”软件产品许可及定制开发服务。双方经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供冷链云仓WMS软件（标准版）的永久使用许可，许可范围为甲方柳州生产基地的原料冷库、成品仓及发货区，共3个库区。

1.2 乙方根据甲方需求进行定制开发，内容包括：冷库温湿度传感器数据对接及超温报警、批次先进先出及保质期预警、与甲方ERP和电商平台订单系统的接口、RF手持终端作业流程。

1.3 乙方负责软件安装部署、基础数据初始化及甲方仓管人员培训。培训采用集中授课方式进行两次，每次不超过一天，培训地点由甲方提供。

1.4 乙方交付的文档包括用户操作手册及系统安装说明。定制开发部分的设计文档及源代码不属于交付范围。

## 第二条 合同价款

2.1 本合同总价款为人民币捌拾肆万元整（¥840,000），含税。明细如下：

| 序号 | 项目 | 金额（元） | 备注 |
|---|---|---|---|
| 1 | 冷链云仓WMS软件许可（标准版） | 420,000 | 3个库区，永久许可 |
| 2 | 温控对接及定制开发 | 356,000 | 按需求确认书 |
| 3 | 安装部署、数据初始化及培训 | 64,000 | 含差旅 |
| | 合计 | 840,000 | |

2.2 合同价款不含甲方自行采购的服务器、RF手持终端、温湿度传感器等硬件设备。

2.3 合同价款不含第三方数据库、操作系统及中间件的许可费用，如甲方需乙方代为采购，另行签订采购合同。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价款的55%作为预付款，乙方收到预付款后启动项目。

3.2 系统上线运行后10个工作日内，甲方支付合同总价款的45%。

3.3 乙方在收到每笔款项前向甲方开具等额增值税普通发票，甲方需要专用发票的，应在付款前书面告知。

3.4 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方有权暂停服务直至甲方付清款项。

## 第四条 项目实施

4.1 乙方在收到预付款后90日内完成软件部署和定制开发，具体进度以双方确认的实施计划为准。

4.2 甲方应按时提供需求资料、基础数据、服务器环境及网络条件，并安排专人配合。因甲方原因造成延误的，工期相应顺延。

4.3 需求确认书签署后，甲方提出需求变更的，乙方有权另行收费并调整工期。

4.4 乙方根据项目需要安排实施顾问远程或现场工作，现场工作期间的交通及住宿由乙方承担，超出实施计划的现场服务按人天另行计费。

## 第五条 上线与验收

5.1 乙方完成部署及定制开发后通知甲方上线。系统上线运行即视为甲方验收合格。

5.2 甲方在上线后对系统提出的问题，乙方将在后续维护中处理，不影响验收结论及款项支付。

5.3 如甲方原因导致系统未能在乙方通知后15日内上线的，自通知之日起满15日视为系统已上线运行，甲方应按第三条支付相应款项。

## 第六条 免费维护

6.1 自系统上线之日起，乙方提供六个月的免费维护服务，内容为软件缺陷修复及远程技术咨询。

6.2 乙方技术支持时间为工作日9:00至18:00，甲方可通过电话、微信群或工单系统提出问题，乙方将视问题情况安排技术人员处理。

6.3 因甲方操作不当、硬件故障、网络故障或第三方软件引起的问题，不属于免费维护范围。

6.4 免费维护期内，乙方根据产品发布计划向甲方提供标准版小版本更新，新增功能模块及大版本升级需另行付费。

## 第七条 有偿维护

7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议。未签订维护协议的，乙方不再提供缺陷修复及版本更新服务。

7.2 年度维护费按乙方当年公布的产品服务价格标准执行，乙方有权根据人工成本及产品升级情况调整。

## 第八条 知识产权

8.1 冷链云仓WMS软件及本合同项下定制开发的全部成果，包括接口程序、报表、作业流程配置及相关文档，知识产权均归乙方所有。

8.2 甲方在本合同约定的许可范围内享有非独占的使用权，不得对软件及定制成果进行修改、反向工程或提供给第三方使用。

## 第九条 数据

9.1 甲方在系统中录入和产生的库存、批次、温控及订单数据归甲方所有。

9.2 乙方应采取必要的技术措施保障甲方数据安全，包括访问权限控制、数据加密和定期备份。发生数据泄露或丢失的，乙方应在发现后24小时内通知甲方并采取补救措施，因乙方原因造成的直接损失由乙方承担。

9.3 甲方同意，乙方可对甲方业务数据进行脱敏和汇总处理后，用于乙方产品优化、冷链行业分析报告及算法模型训练，该等脱敏数据及其成果归乙方所有。

## 第十条 保密

双方对在合作过程中知悉的对方商业秘密和技术信息负有保密义务，未经对方同意不得向第三方披露，但法律法规另有规定的除外。本条在合同终止后两年内有效。

## 第十一条 违约责任

11.1 乙方未按实施计划完成部署的，每逾期一日按合同总价款的万分之二向甲方支付违约金，违约金总额不超过合同总价款的5%。

11.2 任何一方违约给对方造成损失的，应承担赔偿责任，但双方均不对间接损失、利润损失承担责任。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面催告后30日内仍未改正的，守约方有权解除本合同。

12.2 因甲方原因解除合同的，已付款项不予退还。

12.3 合同解除或终止后，甲方应停止使用定制开发成果，但已取得的标准版软件许可继续有效。

## 第十三条 甲方义务

13.1 甲方应在合同签订后10个工作日内提供符合乙方配置要求的服务器、数据库、操作系统及网络环境，并开放乙方远程实施所需的访问权限。

13.2 甲方应指定项目负责人及各库区业务骨干参与需求调研和系统测试，按乙方要求整理并提供物料、库位、客户、供应商等基础数据，并对数据的准确性负责。

13.3 甲方应按乙方提供的操作手册使用系统，不得自行修改数据库结构或程序，因甲方原因导致的系统问题，乙方提供处理服务的，按乙方收费标准另行计费。

13.4 甲方应妥善保管系统管理员账号及密码，因甲方保管不善造成的损失由甲方自行承担。

## 第十四条 不可抗力

因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。

## 第十五条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，提交南宁仲裁委员会仲裁。

## 第十六条 通知

双方指定的联系人及联系方式以本合同首页为准，通过电子邮件或微信工作群发送的通知，自发送之日起视为送达。

## 第十七条 其他

17.1 本合同为乙方标准合同文本，双方另有书面约定的除外。

17.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：＿＿＿＿＿＿　　乙方（盖章）：＿＿＿＿＿＿

日期：＿＿＿＿年＿＿月＿＿日
"""

SOURCES["e01"] = """T:Software Licence and Services Agreement
P:Agreement No. BTS-QD-2027-006
P:This Software Licence and Services Agreement (the "Agreement") is made between Qingdao Haiyan Marine Survey Co., Ltd., a company registered in Qingdao, Shandong Province, People's Republic of China (the "Buyer"), and Bathyline Technologies Inc., a company incorporated under the laws of Nova Scotia with its office in Halifax, Nova Scotia, Canada (the "Vendor").
P:The Buyer operates survey vessels for port, channel and offshore cable route surveys and wishes to standardise its processing of multibeam and side-scan sonar data. The Vendor develops hydrographic processing software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's BathyFlow hydrographic processing software, version 9, including the desktop processing seats and the server module, together with its documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the processing templates, quality-control rule sets, chart export profiles, scripts and interface adaptors developed by the Vendor specifically for the Buyer under Article 3.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 6.3 that the acceptance criteria have been met.
P:1.4 "Contract Price" means the total price stated in Article 4.1.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use fourteen processing seats and one server module of the Software at the Buyer's offices and on its survey vessels, for the Buyer's own business.
P:2.2 The Buyer may make backup copies and may move seats between its own computers by deactivating the old installation. The Buyer may not sublicense the Software or reverse engineer it except as permitted by applicable law.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software, develop the Custom Deliverables listed in the statement of work, migrate the Buyer's existing survey project archive of about nine terabytes to the new project structure, and train the Buyer's processing staff.
P:3.2 Training consists of a five-day processing course in Qingdao for up to sixteen participants and a two-day administrator course. Course materials are provided in English and Chinese.
P:3.3 The Vendor shall assign a named project manager and a lead processing specialist. Either may be replaced only with the Buyer's prior written approval, which shall not be unreasonably withheld.
H:Article 4 Price
P:4.1 The Contract Price is CNY 1,506,000, inclusive of applicable taxes, made up of: Licence Fees CNY 1,140,000 (fourteen seats at CNY 68,000 each, CNY 952,000, and the server module, CNY 188,000); configuration and Custom Deliverables CNY 236,000; archive migration CNY 84,000; and training CNY 46,000.
P:4.2 The Contract Price is fixed and includes travel, accommodation and all expenses of the Vendor's personnel.
H:Article 5 Payment
P:5.1 The Buyer shall pay 20% of the Contract Price within thirty days after signature of this Agreement, against the Vendor's invoice.
P:5.2 The Buyer shall pay 45% of the Contract Price within thirty days after the Software is installed and the Custom Deliverables are delivered for testing. Installation and delivery are not acceptance.
P:5.3 The Buyer shall pay the remaining 35% of the Contract Price within thirty days after Final Acceptance.
P:5.4 Payments are made in CNY by bank transfer. Each party bears its own bank charges.
H:Article 6 Delivery and Acceptance
P:6.1 The Vendor shall complete installation within forty days and deliver all Custom Deliverables for acceptance testing within one hundred days after signature.
P:6.2 The acceptance criteria are: (a) every function listed in the statement of work works as described; (b) the Custom Deliverables process the Buyer's three reference data sets and produce surfaces that agree with the Buyer's certified reference surfaces within the tolerances set out in the statement of work; (c) the migrated archive opens without error and a sample of two hundred projects matches the source in file count and checksum; and (d) the system runs for thirty consecutive days in production without a Severity 1 defect.
P:6.3 The Buyer shall complete the tests within twenty working days after notice of readiness and shall either confirm Final Acceptance in writing or list the failures. The Vendor shall correct listed failures and the relevant tests shall be repeated. Use of the Software in production does not by itself amount to acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with their documentation for twenty-four months from Final Acceptance. During this warranty period the Vendor shall correct defects and provide updates and support free of charge.
P:7.2 Support is provided by telephone, email and the Vendor's support portal. A Severity 1 defect means the Software cannot be used for processing on any seat or the server module is down. The Vendor shall respond to a Severity 1 defect within one hour, around the clock, and provide a workaround within eight hours. Severity 2 defects shall receive a response within the next business day.
P:7.3 If the Vendor misses the Severity 1 response or workaround time, it shall credit the Buyer CNY 1,000 for each hour of delay, deducted from the next payment due.
P:7.4 After the warranty period the Buyer may buy annual support at 11% of the Licence Fees per year, that is CNY 125,400 per year, which the Vendor shall not increase during the first three years after the warranty period. Support is ordered by the Buyer year by year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software and all intellectual property in it remain the property of the Vendor and its licensors.
P:8.2 The Custom Deliverables, including their source code and documentation, belong to the Buyer upon payment. The Buyer may use, modify and license them freely, including to its subcontractors and clients. The Vendor may reuse general know-how but not the Custom Deliverables themselves.
H:Article 9 Data Protection and Security
P:9.1 Survey data, charts and all other data of the Buyer processed with the Software or handled by the Vendor belong to the Buyer. The Vendor shall use them only to perform this Agreement.
P:9.2 The Vendor shall access the Buyer's systems only remotely through the Buyer's VPN with an account approved for each session, or on site under supervision. The Vendor shall not copy any survey data outside the Buyer's systems, except sample data sets that the Buyer releases in writing for defect analysis, which the Vendor shall delete after use.
P:9.3 The Vendor shall comply with the personal information and data security laws of the People's Republic of China that apply to its work, shall notify the Buyer within twelve hours of becoming aware of any unauthorised access to or loss of the Buyer's data, shall cooperate in remedial measures and shall be liable for the Buyer's losses caused by a breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including survey results, vessel positions and project information of the Buyer's clients, and shall not disclose it without the other party's prior written consent, except to its employees and advisers who need to know it and are bound by equivalent obligations.
P:10.2 This obligation continues for three years after the end of this Agreement, and for survey data of the Buyer's clients without limit in time.
H:Article 11 Delay and Liability
P:11.1 If Final Acceptance is delayed beyond one hundred and fifty days after signature for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of CNY 1,200 for each day of delay, up to 10% of the Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to liability for personal injury, fraud, wilful misconduct or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any subcontractor approved by the Buyer.
H:Article 13 Term and Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice describing the breach.
P:13.2 If the Buyer terminates under Article 13.1 before Final Acceptance, the Vendor shall refund the payments received for the services that have not been accepted, and the Buyer may keep the Software licence on payment of the Licence Fees.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and resumes performance as soon as possible.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Province of Nova Scotia and the federal laws of Canada applicable in it.
P:15.2 The parties shall first try to settle any dispute by negotiation between senior managers. A dispute not settled within sixty days shall be finally resolved by arbitration in Halifax, Nova Scotia, under the arbitration rules of the ADR Institute of Canada, by a single arbitrator, in English.
H:Article 16 General
P:16.1 This Agreement, with its statement of work, is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.
P:16.2 Notices shall be given in writing to the addresses stated above. This Agreement is signed in two originals in English, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Name and title:                                         Name and title:
"""

SOURCES["e02"] = """# Order Form and Subscription Terms

**Tidewise Learning Ltd.** · Moncton, New Brunswick, Canada

Order Form No. TW-CN-2027-0417

## Part A: Order Form

### A1. Parties

Provider: Tidewise Learning Ltd., a company incorporated in New Brunswick, with its head office in Moncton, New Brunswick, Canada ("Provider").

Customer: Changzhou Huaxin Precision Motor Co., Ltd., a company registered in Changzhou, Jiangsu Province, People's Republic of China ("Customer").

### A2. Services

Provider shall provide its Tidewise cloud learning platform to Customer for staff training at Customer's three motor plants, including course authoring, learning paths, skills matrices, compliance certificates, mobile learning and reporting, for up to 1,800 named users. Provider shall also provide the onboarding and content migration services described in A4.

The platform is hosted for Customer in a data centre in mainland China operated by Provider's hosting partner under Provider's control.

### A3. Subscription Term

The Subscription Term is thirty-six months starting on the Subscription Start Date, which is the date on which Customer signs the onboarding acceptance certificate under A4. The Subscription Term ends at its expiry. A further term requires a new Order Form signed by both parties.

### A4. Onboarding and Acceptance

Provider shall configure the platform, set up single sign-on with Customer's directory, build the organisation structure for the three plants, migrate about 640 existing courses and the training records of current employees from Customer's old system, and deliver two administrator workshops.

Onboarding shall be ready for acceptance within sixty days after signature of this Order Form. Acceptance criteria: (a) all 1,800 user accounts can sign in through single sign-on; (b) migrated courses play correctly on desktop and mobile and a sample of one hundred training records matches the old system; (c) the skills-matrix and certificate reports give the results agreed in the onboarding plan; (d) a load test with five hundred simultaneous learners shows page loading times below three seconds. Customer shall test within ten working days and sign the acceptance certificate or list the failures for Provider to correct. Use of the platform during onboarding is not acceptance.

If onboarding is not accepted within the sixty days for reasons attributable to Provider, Provider shall pay CNY 400 for each day of delay, up to CNY 40,000.

### A5. Fees

| Item | Quantity | Unit fee (CNY) | Amount (CNY) |
|---|---|---|---|
| Platform subscription, Year 1 | 1,800 users | 96 per user per year | 172,800 |
| Platform subscription, Year 2 | 1,800 users | 96 per user per year | 172,800 |
| Platform subscription, Year 3 | 1,800 users | 96 per user per year | 172,800 |
| Onboarding and single sign-on set-up | 1 | 42,000 | 42,000 |
| Course and records migration | 1 | 27,600 | 27,600 |
| Total Order Value | | | 588,000 |

Fees include value-added tax at the applicable rate. Additional users may be added at the same unit fee, pro rata for the rest of the subscription year.

### A6. Invoicing and Payment

The onboarding and migration fees are invoiced after Customer signs the onboarding acceptance certificate. The subscription fee for each subscription year is invoiced at the start of that subscription year. Customer shall pay each undisputed invoice within thirty days of receipt. No amount is payable before the Subscription Start Date.

Signed for Provider: ____________________  Signed for Customer: ____________________

## Part B: General Terms

### 1. Application

1.1 These General Terms apply to the Order Form above. If the Order Form and these General Terms conflict, the Order Form prevails.

### 2. Service Levels

2.1 Provider shall make the platform available at least 99.95% of each calendar month, measured at Provider's load balancer, excluding planned maintenance announced at least five days in advance and carried out between 22:00 and 06:00 Beijing time.

2.2 Severity 1 means the platform is unavailable or no user can sign in. Provider shall respond to a Severity 1 incident within thirty minutes and restore service within three hours. Severity 2 means a major function does not work for a group of users; Provider shall respond within two hours and fix or provide a workaround within one business day.

2.3 If availability in a month falls below the level in 2.1, Provider shall credit Customer 5% of the monthly equivalent of the subscription fee for each started 0.1 percentage point of shortfall, up to half of that monthly equivalent. A late Severity 1 response or restoration earns a further credit of CNY 500 per hour. Credits are set off against the next invoice or refunded at the end of the term.

2.4 Provider shall send Customer a monthly service report within five working days after the end of each month, showing measured availability, all Severity 1 and Severity 2 incidents with their response and restoration times, credits due and planned releases.

2.5 Provider shall give Customer at least thirty days' notice of any release that changes the user interface or removes a function, and shall keep the platform's Chinese-language interface and mobile apps available throughout the Subscription Term.

### 3. Customer Data

3.1 All data that Customer or its users enter into the platform, including employee records, course content created by Customer and training results ("Customer Data"), belongs to Customer.

3.2 Provider shall process Customer Data only to provide the services under the Order Form and shall not use it for any other purpose, including analytics for other customers or product development.

3.3 At the end of the Subscription Term, Provider shall return Customer Data in a standard export format within thirty days and then delete it from its systems, including backups, and confirm deletion in writing.

### 4. Data Security

4.1 Provider shall keep Customer Data in mainland China, encrypted in transit and at rest, and shall maintain access controls, logging and backups in line with the Multi-Level Protection Scheme level 2 and the personal information protection laws of the People's Republic of China.

4.2 Provider shall notify Customer within twenty-four hours of becoming aware of any security incident affecting Customer Data, shall take immediate remedial action and shall compensate Customer for losses caused by the incident where Provider or its subcontractors are at fault.

### 5. Subprocessors and Subcontractors

5.1 Provider may engage subprocessors and subcontractors, including its hosting partner and its regional support partner, to perform any part of the services. Provider shall inform Customer by email of any new subprocessor or subcontractor before it starts work. Provider remains responsible for their performance.

### 6. Confidentiality

6.1 Each party shall keep the other party's confidential information secret and use it only for the purposes of this Order Form. Confidential information includes Customer Data, pricing and the parties' business information. The obligation continues for three years after the end of the Subscription Term.

### 7. Intellectual Property

7.1 Provider owns the platform and all improvements to it.

7.2 Course templates, learning paths, integrations with Customer's directory and reports built specifically for Customer under the Order Form belong to Customer, which may use, modify and license them freely, also after the Subscription Term. Provider shall hand them over in an editable format on request.

### 8. Liability

8.1 Provider's total liability arising out of or in connection with the Order Form, whether in contract, tort or otherwise, is limited to the fees paid by Customer in the six months before the event giving rise to the claim.

8.2 The limit in 8.1 does not apply to death or personal injury caused by negligence, or to fraud.

8.3 Neither party is liable for indirect or consequential loss or loss of profit.

### 9. Termination

9.1 Either party may terminate the Order Form by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.

9.2 On termination by Customer under 9.1, Provider shall refund any prepaid fees for the period after termination.

### 10. Renewal

10.1 The Order Form does not renew automatically. Any further subscription requires a new Order Form.

### 11. Governing Law and Disputes

11.1 The Order Form and these General Terms are governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 12. General

12.1 Notices shall be in writing and sent to the addresses in A1. Neither party may assign the Order Form without the other party's written consent, except that Provider may assign it to an affiliate that takes over the platform business.

12.2 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or a general failure of public telecommunications networks, provided it notifies the other party promptly and resumes performance as soon as possible. Availability lost because of such events is excluded from the calculation in 2.1 only where Provider has followed its tested disaster recovery plan.

12.3 The Order Form may be signed in counterparts and in electronic form.
"""

SOURCES["e03"] = """T:Purchase Contract for Structural Monitoring Sensors and Monitoring Software
P:Contract No. MHW-PUR-2027-052
P:Buyer: Fujian Minhai Offshore Wind Power Co., Ltd., Fuzhou, Fujian Province, People's Republic of China (the "Buyer").
P:Supplier: Harbourline Sensing Inc., St. John's, Newfoundland and Labrador, Canada (the "Supplier").
P:This contract is made on the Buyer's standard purchase terms for equipment and software. The Buyer wishes to monitor vibration, tilt and corrosion of the foundations and transition pieces of its offshore wind farm off Pingtan, and the Supplier manufactures monitoring sensors for harsh marine environments and the software to analyse their data.
H:1. Scope of Supply
P:1.1 The Supplier shall supply the sensors, gateways and software listed in clause 2, install them on twenty-four turbine foundations together with the Buyer's offshore contractor, commission the system and train the Buyer's staff.
P:1.2 The monitoring software shall be installed on servers provided by the Buyer in its onshore control centre in Fuzhou. The Supplier shall configure alarm thresholds, dashboards and monthly structural health reports for each foundation.
P:1.3 The Supplier shall develop an interface that sends alarms and summary indicators to the Buyer's wind farm SCADA system and its asset management system.
P:1.4 Training covers the operation of the monitoring software, the interpretation of structural health reports, basic sensor maintenance and the replacement of failed sensors from a service vessel. The Supplier shall train up to twelve engineers onshore for three days and shall give practical instruction to the Buyer's offshore technicians during installation.
P:1.5 The Supplier shall provide, in English and Chinese, installation drawings for each foundation type, operation and maintenance manuals, calibration certificates for every sensor, and the as-built configuration of the software.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,500,000, including value-added tax, packing, transport to the Buyer's Pingtan port base, insurance and all the Supplier's costs. The price is broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Tri-axial accelerometer nodes, marine grade|96|6,800|652,800
TB:2|Corrosion monitoring probes|24|9,200|220,800
TB:3|Offshore data gateways with solar and battery units|8|23,500|188,000
TB:4|Monitoring software, perpetual licence (24 foundations)|1|246,400|246,400
TB:|Hardware and Licence Subtotal|||1,308,000
TB:5|Installation supervision, commissioning and SCADA interface|1|168,000|168,000
TB:6|Training (onshore and offshore)|1|24,000|24,000
TB:|Contract Price|||1,500,000
P:2.2 The Contract Price is fixed. Offshore vessel time and crane work are provided by the Buyer's offshore contractor at the Buyer's cost.
H:3. Payment
P:3.1 Advance payment: 25% of the Contract Price within twenty days after signature, against the Supplier's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:3.2 Delivery payment: 50% of the Contract Price within thirty days after all equipment has been delivered to the Pingtan port base and installed on the foundations, as confirmed by a signed installation record. The installation record is not acceptance.
P:3.3 Final payment: 25% of the Contract Price within thirty days after Final Acceptance under clause 5.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment within ninety days after signature. Installation shall follow the offshore work windows agreed with the Buyer's offshore contractor.
P:4.2 Equipment shall be packed for sea transport and marked with the foundation number for which it is intended. Risk in the equipment passes to the Buyer when it is delivered to the Pingtan port base; title passes on payment of the delivery payment.
P:4.3 The Supplier shall send two technicians to the installation vessel during installation and shall supervise the mounting of every sensor and gateway.
P:4.4 If the Supplier delays delivery or commissioning for reasons attributable to it, it shall pay the Buyer liquidated damages of 0.07% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct them from any payment due.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for a trial period of sixty days.
P:5.2 The acceptance criteria are: (a) at least 98% of the sensors report valid data every day of the trial period; (b) acceleration readings agree with the Buyer's reference instrument within the tolerance stated in the technical specification; (c) corrosion readings are consistent with the manual measurements taken by the Buyer's inspector; (d) alarms reach the SCADA system within sixty seconds of a threshold being exceeded; and (e) the monthly reports contain all the indicators in the technical specification.
P:5.3 When the criteria are met, the Buyer shall issue a Final Acceptance certificate within ten working days. If they are not met, the Supplier shall correct the defects at its own cost and the trial period shall be repeated for the affected parts. Delivery, installation or use of the system does not by itself mean acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the equipment and the software for thirty-six months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective equipment free of charge, including delivery of the replacement to the Pingtan port base, and shall supply software updates free of charge.
P:6.2 If the same sensor model fails on more than one in ten of the foundations during the warranty period, the Supplier shall investigate the cause and replace that model on all foundations at its own cost, including the cost of additional offshore work.
P:6.3 The Supplier warrants that the sensors and gateways are designed for continuous operation in a marine splash zone and that their enclosures meet the protection class stated in the technical specification.
P:6.4 After the warranty period, the Buyer may order annual support, including software updates, remote diagnosis and replacement of failed sensors at the spare parts price list attached to this contract. The annual support fee is 7% of the Hardware and Licence Subtotal, that is CNY 91,560 per year, fixed for four years after the warranty period. Support is ordered each year by purchase order and does not renew automatically.
H:7. Technical Support
P:7.1 A Priority 1 fault means that the monitoring software is down, that no data is received from a foundation, or that the alarm interface to SCADA fails. The Supplier shall respond to a Priority 1 fault within six hours of the Buyer's report, because its support team works from St. John's, and shall provide a fix or workaround within two days.
P:7.2 A Priority 2 fault means a fault affecting individual sensors or reports. The Supplier shall respond within one business day.
P:7.3 For every hour by which the Supplier misses a response or fix time in clause 7.1, it shall pay the Buyer CNY 800, deducted from the next payment or claimed under the warranty bond.
H:8. Intellectual Property
P:8.1 The monitoring software remains the property of the Supplier. The Buyer has a perpetual licence to use it for the wind farm.
P:8.2 The SCADA interface, the dashboards, the alarm configurations and report templates developed for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver their source files before Final Acceptance.
H:9. Monitoring Data and Security
P:9.1 All monitoring data, alarms and reports belong to the Buyer. The Supplier may use them only to perform this contract.
P:9.2 Remote access by the Supplier to the onshore servers is allowed only through the Buyer's jump server, with an account opened for each session. The Supplier shall not store monitoring data outside the Buyer's systems.
P:9.3 The Supplier shall follow the Buyer's network security rules for wind farm control systems, shall report any security incident affecting the system or the data within twelve hours, and shall be liable for the Buyer's losses caused by its breach of this clause.
H:10. Subcontracting
P:10.1 The Supplier shall not subcontract any part of the supply or the services without the Buyer's prior written consent.
H:11. Termination
P:11.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after written notice, or if the liquidated damages reach their maximum. The Supplier shall then refund the payments received for equipment or services that have not been accepted.
H:12. Force Majeure
P:12.1 Neither party is liable for delay caused by typhoons, other severe weather preventing offshore work, epidemics or other events beyond its control. The offshore work windows shall be extended accordingly.
H:13. Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen. The award is final.
H:14. Miscellaneous
P:14.1 The technical specification, the spare parts price list and the installation plan are annexes to this contract. The contract is made in English and Chinese; both versions have equal effect.
P:14.2 Notices under this contract shall be in writing and sent by courier or email to the project representatives named by each party. A notice sent by email is received on the next working day at the place of receipt.
P:14.3 Amendments to this contract are valid only if made in writing and signed by authorised representatives of both parties. The Supplier may not assign this contract or any payment under it without the Buyer's prior written consent.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SOURCES["e04"] = """# Managed Infrastructure Services Agreement

Agreement No. WHL-ITS-2027-011

**Customer:** Wuhan Hengli Cold Chain Logistics Co., Ltd., Wuhan, Hubei Province, People's Republic of China ("Customer")

**Provider:** Islandcrest Managed Services Inc., Charlottetown, Prince Edward Island, Canada, acting through its registered branch office in Wuhan ("Provider")

Customer runs its warehouse management, transport management and finance systems on a private cloud in its own data centre in Wuhan. Customer wishes to outsource the operation of that infrastructure, and Provider offers managed infrastructure services. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the transition acceptance certificate under Section 4.

1.3 "Monthly Service Charge" means the charge in Schedule 3 for the Services in a calendar month.

1.4 "Customer Data" means all data stored, processed or transmitted on the infrastructure covered by the Services, including data of Customer's clients, drivers and warehouse staff.

## Section 2. Term

2.1 The Services shall be provided for thirty-six months from the Service Commencement Date.

2.2 This Agreement does not renew automatically. The parties may extend it by a written amendment signed by both; an extension of up to six months at Customer's request shall be at the Monthly Service Charge then in force.

## Section 3. Services

3.1 Provider shall provide the Services described in Schedule 1 to the service levels in Schedule 2.

3.2 Provider shall staff a service desk in Wuhan with Mandarin-speaking engineers and shall keep one engineer on Customer's site during business hours on working days.

3.3 Provider shall follow Customer's change management process. Every change to production systems needs Customer's approval, except emergency changes to restore service, which shall be reported within one business day.

3.4 Provider shall deliver a monthly service report within five working days after the end of each month, covering the service levels in Schedule 2, incidents and problems, changes, capacity trends, patch status and open risks. The parties' service managers shall meet monthly to review the report, and senior managers shall meet quarterly to review the relationship and the improvement plan.

3.5 Provider shall propose at least two improvement measures each quarter, such as automation of routine tasks or consolidation of under-used servers, with their expected effect on cost and stability.

## Section 4. Transition and Acceptance

4.1 Provider shall complete the transition within seventy-five days after signature. Transition includes taking over documentation, installing monitoring agents, building runbooks for each system, setting up the backup verification routine and shadowing Customer's current team.

4.2 Transition acceptance criteria: (a) all configuration items in Schedule 1 are recorded in the configuration database and verified by Customer; (b) monitoring covers every server, storage array, network device and database in scope, with tested alerts; (c) runbooks exist and have been reviewed by Customer for every system; (d) a full restore test of the warehouse management database succeeds within the recovery time agreed in Schedule 2; and (e) Provider has run the Services in parallel with Customer's team for fourteen days without a missed Priority 1 response.

4.3 Customer shall confirm acceptance in writing within five working days after Provider shows that the criteria are met, or list the shortcomings. Provider's performance of the Services before that confirmation is not acceptance.

4.4 If transition acceptance is delayed beyond seventy-five days after signature for reasons attributable to Provider, Provider shall pay liquidated damages of CNY 1,600 per day of delay, up to CNY 134,000.

## Section 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The total charges for the term are CNY 2,240,000.

5.2 The transition fee is invoiced after transition acceptance. The Monthly Service Charge is invoiced monthly in arrears, after the service level report for the month has been delivered. No advance payment is due.

5.3 Customer shall pay undisputed invoices within thirty days. Service credits under Schedule 2 are deducted from the next invoice.

## Section 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Services and shall not copy, analyse or disclose it for any other purpose, whether in identifiable, anonymised or aggregated form.

6.2 Provider shall maintain an information security management system certified to ISO 27001 for the Services, comply with the Multi-Level Protection Scheme requirements applicable to Customer's systems, and perform all administrative access through Customer's bastion host with multi-factor authentication and session recording. No Customer Data may leave Customer's data centre without Customer's written approval.

6.3 Provider shall notify Customer within two hours of detecting any security incident affecting Customer Data or the infrastructure, shall contain and remedy the incident in coordination with Customer, and shall be liable for Customer's losses, including regulatory fines, to the extent caused by Provider's breach of this Section.

## Section 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information, including Customer's network design, passwords, clients and prices, and shall use it only for this Agreement. This obligation survives for three years after termination, and indefinitely for passwords and Customer Data.

## Section 8. Intellectual Property

8.1 Runbooks, scripts, configuration templates, automation code and documentation created by Provider for Customer under this Agreement belong to Customer, which may use, modify and license them freely, including to a successor provider. Provider's own monitoring tools remain Provider's property.

## Section 9. Liability

9.1 Provider's total liability under this Agreement is limited to 150% of the total charges in Section 5.1. The limit does not apply to breach of Section 6 or 7, personal injury, or wilful misconduct.

9.2 Service credits and liquidated damages count towards the limit in 9.1.

## Section 10. Subcontracting

10.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains fully responsible for any approved subcontractor.

## Section 11. Termination and Exit

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within thirty days after written notice, or if Provider fails the Priority 1 response target in three consecutive months.

11.2 On expiry or termination Provider shall provide exit assistance for up to sixty days at the rates in Schedule 3, hand over all runbooks, documentation and credentials, and return or delete Customer Data as Customer instructs.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan. The award is final and binding.

## Section 13. Force Majeure and General

13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect. Provider shall nevertheless carry out its disaster recovery obligations under Schedule 1.

13.2 Neither party may assign this Agreement without the other party's written consent. Amendments must be in writing and signed by both parties. The Schedules form part of this Agreement; if they conflict with the Sections, the Sections prevail.

## Schedule 1. Scope of Services

| Service area | Scope | Main tasks |
|---|---|---|
| Server and virtualisation | 46 hosts, about 380 virtual machines | Monitoring, patching monthly, capacity reports |
| Storage and backup | 2 storage arrays, backup system | Daily backup checks, quarterly restore tests |
| Network and security devices | Core switches, firewalls, load balancers | Configuration management, rule reviews |
| Databases | 14 database instances | Health checks, tuning, failover tests |
| Service desk | Infrastructure incidents and requests | Ticket handling, monthly reporting |
| Disaster recovery | Secondary site in Customer's backup room in Xiaogan | Plan maintenance, annual failover test with written report |
| Asset records | All hardware and software in scope | Configuration database upkeep, licence and warranty expiry alerts |

## Schedule 2. Service Levels and Credits

| Measure | Target | Service credit |
|---|---|---|
| Availability of the production private cloud | 99.95% per month | 2% of the Monthly Service Charge for each 0.01 point below target |
| Priority 1 incident response | 15 minutes, around the clock | CNY 1,000 per started hour late |
| Priority 1 restoration or workaround | 2 hours | CNY 2,000 per started hour late |
| Priority 2 incident response | 1 hour | CNY 300 per started hour late |
| Restore of a database from backup | Within 3 hours | CNY 1,500 per started hour late |

Priority 1 means an outage or severe degradation of the warehouse management, transport management or finance system. Total service credits in a month are limited to 20% of the Monthly Service Charge.

## Schedule 3. Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, after transition acceptance | 134,000 |
| Monthly Service Charge | 58,500 per month for 36 months | 2,106,000 |
| Total charges for the term | | 2,240,000 |
| Exit assistance or extra work | Per engineer day, on request | 3,200 per day |

For the Customer: ____________________

For the Provider: ____________________
"""

SOURCES["e05"] = """MARINE WEATHER AND SEA ICE DATA API SUBSCRIPTION AGREEMENT

Agreement No. BOR-SH-2027-023

BETWEEN: Boréal Océan Données Inc., a corporation incorporated under the laws of Québec, with its head office in Québec City, Québec, Canada ("Provider"),

AND: Shanghai Yuanhang Shipping Management Co., Ltd., a company registered in Shanghai, People's Republic of China ("Customer").

BACKGROUND

Customer manages a fleet of bulk carriers and container ships, some of which trade on northern routes in winter. Customer wishes to receive marine weather forecasts, sea ice charts and route risk indicators through an application programming interface and to use them in its voyage planning and fleet monitoring systems. Provider produces such data from satellite observations and numerical models. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's application programming interface through which the Data is delivered.

1.2 "Data" means the forecasts, ice charts, wave and wind fields, route risk indicators and related data products listed in Schedule A.

1.3 "Subscription Year" means the annual period starting on the Service Start Date and each annual period starting on an anniversary of that date.

1.4 "Service Start Date" means the date on which Customer confirms in writing that the integration test under clause 4 has been passed.

1.5 "Customer Inputs" means vessel identities, positions, planned routes and other information that Customer sends to the API in its requests.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the term of this Agreement, a non-exclusive, non-transferable right to access the API and to use the Data within its own organisation for voyage planning, fleet monitoring, chartering decisions and reporting to its ship owners and charterers.

2.2 The subscription covers up to 120 vessels and up to three million API calls per Subscription Year. Calls above that volume are charged at the overage rate in Schedule B.

2.3 Customer may keep Data received during the term in its own systems and use it for historical voyage analysis after the term.

3. TERM AND RENEWAL

3.1 The initial term of this Agreement is two Subscription Years from the Service Start Date.

3.2 At the end of the initial term this Agreement renews automatically for further terms of one Subscription Year each, unless either party gives written notice of non-renewal at least sixty days before the end of the current term.

3.3 Provider may change the subscription fee for any renewal term by notice to Customer at least seventy-five days before that term starts. The changed fee applies to the renewal term unless Customer gives notice of non-renewal under clause 3.2.

4. ONBOARDING AND INTEGRATION TEST

4.1 Provider shall issue test credentials within five working days after signature, provide API documentation in English and Chinese, and support Customer's developers in connecting the API to Customer's voyage planning system and fleet monitoring dashboard. Provider shall also build for Customer a data adaptor that converts the ice charts into the chart format used by Customer's voyage planning system.

4.2 The integration test is passed when: (a) all data products in Schedule A can be retrieved for test routes in the North Pacific, the Bering Sea and the Baltic; (b) the median API response time over a test of ten thousand calls is below eight hundred milliseconds; (c) the data adaptor produces ice charts that display correctly in Customer's system for five consecutive daily runs; and (d) forecast updates appear in the API within thirty minutes after Provider's model run completes.

4.3 Customer shall run the test within ten working days after Provider declares readiness and shall confirm the result in writing or list the failures for Provider to correct. Access to the API during testing is not acceptance.

4.4 Provider will use reasonable efforts to have the production environment ready within thirty days after signature.

4.5 Customer is responsible for its own developers and systems, for the network connection from its offices to the API, and for keeping its API keys in a safe place. Customer may request additional keys for test environments at no extra charge.

5. FEES AND PAYMENT

5.1 The fees are:

Subscription fee, first Subscription Year: CNY 396,000
Subscription fee, second Subscription Year: CNY 396,000
Onboarding and data adaptor (one-time): CNY 38,000
Total fees for the initial term: CNY 830,000

5.2 Overage calls are charged at CNY 0.08 per call and are not included in the total fees.

5.3 The onboarding fee is invoiced after the integration test is passed. The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments at the end of each quarter of that Subscription Year.

5.4 Customer shall pay each invoice within thirty days after receipt. All amounts include value-added tax.

6. SERVICE LEVELS

6.1 Provider shall make the API available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least three days in advance.

6.2 Severity 1 means the API is unavailable or returns no current forecasts for any region. Provider shall respond to a Severity 1 incident within one hour, around the clock, and restore service within three hours. Severity 2 means a single data product is missing or late; Provider shall respond within two hours.

6.3 For each full 0.1 percentage point by which monthly availability falls short of the level in clause 6.1, Provider shall credit 5% of the quarterly instalment for the quarter in which the month falls, up to half of that instalment. A late Severity 1 response gives a credit of CNY 600 per hour. Credits are deducted from the next invoice.

6.4 Provider shall send Customer a monthly report showing availability, incidents, response times and credits due, and shall keep a public status page for the API.

6.5 Provider shall publish the forecast update times for each data product in its documentation and shall notify Customer at least thirty days before any change to the update schedule or the API version that affects Customer's integration.

7. CUSTOMER INPUTS

7.1 Customer Inputs belong to Customer. Provider shall use Customer Inputs only to answer Customer's API requests and to operate the service for Customer, and shall not sell them, disclose them or use them to build products for other customers.

7.2 On expiry or termination of this Agreement, Provider shall delete the Customer Inputs held in its request logs within sixty days.

8. INTELLECTUAL PROPERTY

8.1 The Data, the API and Provider's models remain the property of Provider and its licensors, subject to the rights granted in clause 2.

8.2 The data adaptor built for Customer under clause 4.1, including its source code, belongs to Customer, which may use, modify and license it freely. Provider shall deliver the source code with the integration test result.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the terms of this Agreement and any non-public information received from the other party, and shall not disclose them to a third party without the other party's prior written consent, except to its professional advisers or as required by law.

9.2 This obligation continues for three years after the end of this Agreement.

10. LIMITATION OF LIABILITY

10.1 Each party's total liability arising out of this Agreement is limited to 150% of the total fees for the initial term stated in clause 5.1.

10.2 Neither party is liable for indirect loss, loss of profit, loss of charter hire or delay of vessels.

10.3 Customer is responsible for the navigational decisions of its masters. The Data supports but does not replace the judgment of the master and official navigational warnings.

11. SUBCONTRACTING

11.1 Provider shall not subcontract the delivery of the API or the Data to any third party without Customer's prior written consent, except for the hosting of the API by its existing cloud provider named in Schedule A.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.

12.2 If Customer terminates under clause 12.1, Provider shall refund any fees paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Shanghai under its rules. The arbitration shall be conducted in English and Chinese.

14. GENERAL

14.1 Neither party may assign this Agreement without the other party's written consent.

14.2 This Agreement is made in English. A Chinese translation may be provided for reference.

SCHEDULE A - DATA PRODUCTS

Marine weather forecasts: wind, waves, swell and visibility, hourly steps to ten days ahead, updated four times a day.
Sea ice charts: concentration, thickness class and ice edge for the Arctic, the Baltic and the Sea of Okhotsk, updated daily.
Route risk indicators: ice and weather risk scores along a submitted route, on request.
Hosting: the API is hosted on the public cloud of Provider's existing cloud provider, in its Montréal region.

SCHEDULE B - OVERAGE

Calls above three million per Subscription Year: CNY 0.08 per call, invoiced quarterly in arrears.

Signed for Provider: ____________________

Signed for Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------------
# design: file, format, labels; the rules each draft is designed to trigger
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
T, F, N = True, False, None
G, S = "goods_or_licence", "service"

# key: (file, lang, category, terms in TERM_KEYS order, extra, tco fee base or None, forum outside mainland, design rules)
DESIGN = {
    "z01": ("h627z01_fishery_vessel_monitoring_platform.pdf", "zh", "software",
            [99.5, 0.5, T, "buyer", T, T, T, 0.08, 60, 20, T, T, 24, 9, F, T, F, "PRC", G],
            dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F, contract_value=2100000),
            1260000, F, ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "z02": ("h627z02_stone_cutting_line_control_retrofit.docx", "zh", "hardware",
            [N, 1, T, "buyer", T, T, T, 0.07, N, 10, T, T, 18, 24, F, T, T, "PRC", G],
            dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F, contract_value=1290000),
            1180000, F, ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "z03": ("h627z03_auto_repair_chain_workorder_saas.txt", "zh", "cloud",
            [99.95, 0.5, F, "buyer", T, T, T, 0.2, N, N, T, N, N, N, T, F, F, "PRC", S],
            dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=554000),
            N, F, ["CR-AUTO-RENEWAL", "CR-SLA-NO-REMEDY", "CR-TERMINATION"]),
    "z04": ("h627z04_red_cross_donation_system_om_service.txt", "zh", "services",
            [99.95, 0.5, T, "buyer", T, T, T, 0.1, N, N, T, N, N, N, F, T, F, "PRC", S],
            dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=368000),
            N, F, []),
    "z05": ("h627z05_snail_noodle_cold_chain_wms_supplier_template.md", "zh", "software",
            [N, N, F, "supplier", T, F, T, 0.02, N, 55, F, F, 6, N, F, T, N, N, G],
            dict(sla_clause=F, ld_stated=T, post_warranty_fee_capped=F, acceptance_deemed_on_delivery=T, contract_value=840000),
            420000, F, ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
                        "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": ("h627e01_hydrographic_software_perpetual_licence_halifax.pdf", "en", "software",
            [N, 1, T, "buyer", T, T, T, 1200 / 1506000 * 100, 150, 20, T, T, 24, 11, F, T, F, "Nova Scotia", G],
            dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F, contract_value=1506000),
            1140000, T, ["CR-GOVERNING-LAW"]),
    "e02": ("h627e02_learning_platform_saas_order_form_moncton.md", "en", "cloud",
            [99.95, 0.5, T, "buyer", T, T, T, 400 / 588000 * 100, 6 / 36 * 100, N, T, N, N, N, F, T, T, "PRC", S],
            dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=588000),
            N, F, ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "e03": ("h627e03_offshore_wind_monitoring_sensors_st_johns.docx", "en", "hardware",
            [N, 6, T, "buyer", T, T, F, 0.07, N, 25, T, T, 36, 7, F, T, F, "PRC", G],
            dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F, contract_value=1500000),
            1308000, F, ["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE"]),
    "e04": ("h627e04_managed_infrastructure_services_charlottetown.md", "en", "services",
            [99.95, 0.25, T, "buyer", T, T, T, 1600 / 2240000 * 100, 150, N, T, N, N, N, F, T, F, "PRC", S],
            dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=2240000),
            N, F, []),
    "e05": ("h627e05_marine_weather_data_api_quebec_city.txt", "en", "cloud",
            [99.95, 1, T, "buyer", F, T, T, N, 150, N, T, N, N, N, T, T, F, "PRC", S],
            dict(sla_clause=T, ld_stated=F, acceptance_deemed_on_delivery=F, contract_value=830000),
            N, F, ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY", "CR-LD-MISSING"]),
}

# policy §3 thresholds (defaults of the shipped pack) and severities
TH = dict(availability=99.9, p1_hours=4, ld_low=0.05, cap=100, prepay=30, warranty=12, pwf=15, tco_share=40)
HORIZON = 5
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high", "CR-LD-LOW": "medium",
            "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium",
            "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium",
            "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}


def tco_share(t, x, base):
    """Policy §4: horizon 5 years from acceptance; purchase + implementation = contract value; post-warranty years =
    5 - warranty years (pro rata); fee base = itemised licence/hardware subtotal. None when not computable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * base * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def derive_rules(t, x, base, forum_outside):
    """My reading of policy §3, from the labels alone."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_hours"]:
        r.add("CR-SLA-RESPONSE")  # "above 4 hours, or unstated": also when there is no SLA at all
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_low"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        p = t["post_warranty_fee_pct"]
        if p is None or not x["post_warranty_fee_capped"] or p > TH["pwf"]:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(t, x, base)
        if s is not None and s > TH["tco_share"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------------------------------------------------------------
# threshold scan of the texts as read back
NUM_PATTERNS = {  # applied to raw, whitespace-collapsed and whitespace-free text
    "availability 99.9": r"(?<![\d.])99\.90*(?![\d])|九十九点九(?!五|九)",
    "P1 4 hours": r"(?<![\d.])4(?:\.0+)?\s*-?\s*(?:hours?|hrs?|h(?![a-z])|小时|个小时)|(?<!十)四个?小时|(?<![\d])240\s*(?:minutes?|mins?|分钟)",
    "LD 0.05 %": r"(?<![\d.])0\.050*(?![\d])|万分之五(?![十])|千分之零点五|(?<![\d.])0\.35\s*%",
    "cap 100 %": r"(?<![\d.,])100(?:\.0+)?\s*%|百分之一?百(?![分])",
    "prepayment 30 %": r"(?<![\d.,])30(?:\.0+)?\s*%|百分之三十(?![一二三四五六七八九])",
    "warranty 12 months": r"(?<![\d.,])12\s*个\s*月|十二个月|(?<![\d.,])12\s*-?\s*months?|(?<![第每十\d])[一1]\s*年(?![度级])|(?<![\d.,])1\s*-?\s*years?(?![a-z])",
    "post-warranty 15 %": r"(?<![\d.,])15(?:\.0+)?\s*%|百分之十五(?![一二三四五六七八九])",
    "TCO 40 %": r"(?<![\d.,])40(?:\.0+)?\s*%|百分之四十(?![一二三四五六七八九])",
}
WORD_PATTERNS = {  # English words: raw and collapsed text only (word boundaries vanish without whitespace)
    "availability 99.9": r"ninety-nine point nine(?! ?five| ?nine)",
    "P1 4 hours": r"(?<![\w-])four\s*-?\s*hours?",
    "cap 100 %": r"(?<![\w-])(?:one hundred|100) per\s*cent",
    "prepayment 30 %": r"(?<![\w-])thirty per\s*cent",
    "warranty 12 months": r"(?<![\w-])twelve\s*-?\s*months?|(?<![\w-])one\s*-?\s*year(?![a-z])",
    "post-warranty 15 %": r"(?<![\w-])fifteen per\s*cent",
    "TCO 40 %": r"(?<![\w-])forty per\s*cent",
}
MUST_HIT = ["99.9%", "99.90 %", "within 4 hours", "4小时内响应", "四小时", "4 h", "240 minutes", "0.05%", "万分之五",
            "0.05 % per day", "100%", "百分之百", "30%", "30 %", "百分之三十", "12个月", "12 个月", "十二个月", "12 months",
            "12-month", "质保一年", "1 year", "15%", "百分之十五", "40%", "百分之四十", "four hours", "twelve months",
            "one year", "thirty per cent"]
MUST_MISS = ["99.95%", "99.99%", "24小时", "24 hours", "7×24小时", "14 hours", "twenty-four hours", "0.055%", "万分之五十",
             "150%", "1100%", "130%", "230 %", "百分之三十五", "112个月", "第一年", "每一年", "2027年12月31日", "服务年度", "Year 1", "115%",
             "1.5%", "0.15%", "140%", "百分之四十五", "fourteen hours", "ninety-nine point nine five", "years"]


def scan(text):
    hits = []
    forms = {"raw": text, "collapsed": re.sub(r"\s+", " ", text), "nospace": re.sub(r"\s+", "", text)}
    for form, s in forms.items():
        for name, pat in NUM_PATTERNS.items():
            for m in re.finditer(pat, s, re.I):
                hits.append((form, name, s[max(0, m.start() - 20):m.end() + 20]))
        if form != "nospace":
            for name, pat in WORD_PATTERNS.items():
                for m in re.finditer(pat, s, re.I):
                    hits.append((form, name, s[max(0, m.start() - 20):m.end() + 20]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert scan(s), "must hit: " + s
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


# ---------------------------------------------------------------------------------------------------------------------
def readback(path):
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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    targets = {k: (d[0], d[0].rsplit(".", 1)[1]) for k, d in DESIGN.items() if d[0].endswith((".docx", ".pdf"))}
    write(SOURCES, targets, OUT, wrap_words=True)
    for k, d in DESIGN.items():
        if not d[0].endswith((".docx", ".pdf")):
            (OUT / d[0]).write_text(SOURCES[k].strip("\n") + "\n", encoding="utf-8")
            print("wrote", d[0])

    covered, problems = set(), []
    for k, (name, lang, cat, vals, extra, base, forum_outside, design) in DESIGN.items():
        terms = dict(zip(TERM_KEYS, vals))
        assert len(vals) == len(TERM_KEYS)
        x = dict(extra)
        # label values against thresholds
        v = terms
        assert v["availability_pct"] != TH["availability"] and v["p1_response_hours"] != TH["p1_hours"], k
        assert v["ld_rate_per_day_pct"] != TH["ld_low"] and v["liability_cap_pct"] != TH["cap"], k
        assert v["prepayment_pct"] != TH["prepay"] and v["warranty_months"] != TH["warranty"], k
        assert v["post_warranty_fee_pct"] != TH["pwf"], k
        if v["contract_kind"] == S:
            assert v["warranty_months"] is None and v["post_warranty_fee_pct"] is None and "post_warranty_fee_capped" not in x, k
            assert v["final_payment_on_acceptance"] is None or k in (), k
        share = tco_share(terms, x, base)
        if share is not None:
            assert abs(share - TH["tco_share"]) > 2, (k, share)
        rules = derive_rules(terms, x, base, forum_outside)
        assert rules == sorted(design), (k, rules, design)
        covered |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                                encoding="utf-8")
        text = readback(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        hits = scan(text)
        print("%s %-62s %s %5d  risk %-6s tco %s  %s" % (k, name, lang, n, risk(rules),
              "-" if share is None else "%.2f" % share, ", ".join(r[3:] for r in rules) or "(none)"))
        if not lo <= n <= hi:
            problems.append("%s length %d not in %d-%d" % (k, n, lo, hi))
        for h in hits:
            problems.append("%s threshold text %s" % (k, h))
    missing = sorted(set(SEVERITY) - covered)
    if missing:
        problems.append("rules never expected: %s" % missing)
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed")


if __name__ == "__main__":
    main()
