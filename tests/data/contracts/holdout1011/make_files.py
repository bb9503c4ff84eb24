"""holdout1011: builds the ten draft contracts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, no threshold value or figure, rules derived from the labels, coverage of the 20 rules).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H1011Z01 = """T:法律援助服务平台建设项目合同（定稿前草案）
P:合同编号：SFJ-ZFCG-2027-031    采购方式：公开招标（政府采购）
P:甲方（采购人）：某市司法局
P:乙方（供应商）：某市律通信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方就法律援助服务平台软件许可及定制开发事宜，经协商一致，订立本合同。本合同采用甲方合同文本，招标文件、投标文件及中标通知书为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供法律援助服务平台软件（含受理审查、指派管理、案件质量评估、援助律师补贴结算、统计分析等模块）的永久使用许可，不限用户数，部署于甲方政务云。
P:1.2 乙方根据甲方需求完成定制开发，包括：12348热线工单对接、法律援助“掌上申请”小程序、经济困难状况核查接口、与法院及检察院的案件协同接口、援助案卷电子归档功能。
P:1.3 乙方负责将甲方现有系统中2019年以来的援助案件数据迁移至新平台，并完成部署、联调、试运行和培训。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰柒拾叁万元整（¥1,730,000），包括：平台软件许可费¥860,000；定制开发费¥610,000；数据迁移及接口费¥184,000；实施与培训费¥76,000。
P:2.2 上述价格为固定总价，已包含税费、差旅、第三方测评配合及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。资金按财政国库集中支付程序拨付，不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成部署和定制开发并提交初步验收申请，于初步验收后六十日内完成试运行。
P:4.2 乙方应指派具备相应资质的项目经理常驻甲方现场，未经甲方同意不得更换。
P:4.3 乙方应提交项目实施方案，并按周、按月向甲方报告项目进度、风险及需要甲方协调的事项。甲方指定项目联系人，负责需求确认、数据提供和验收组织。
P:4.4 乙方应对甲方业务人员和系统管理员分别开展操作培训和运维培训，培训不少于三期，每期培训后提交培训记录和考核结果。
P:4.5 乙方应在合同签订后十个工作日内向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件所列功能全部实现；（2）迁移数据经甲方逐条比对一致，无丢失和错位；（3）各外部接口连续七日运行无差错；（4）200个并发用户下常用页面响应时间不超过2秒。
P:5.2 最终验收标准：（1）试运行期间未发生一级故障；（2）通过甲方委托的第三方安全测评及商用密码应用安全性评估；（3）乙方提交完整的技术文档、源代码及操作手册。
P:5.3 验收由甲方组织，验收合格后双方签署验收报告。平台上线运行、甲方使用或支付款项，均不视为验收合格。
P:5.4 验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担；第二次验收仍不合格的，甲方有权按第十三条解除合同。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过¥68,800），该价格在质保期满后的三个年度内保持不变。维护合同另行签订，不自动续期。
P:6.3 质保期内乙方每季度对平台进行一次健康巡检并提交巡检报告，并根据法律援助政策的调整，免费完成不涉及架构变更的功能调整。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%（计划内维护时间除外）。
P:7.2 一级故障（平台整体不可用或受理功能中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，次日内解决。
P:7.3 乙方未按时响应或恢复的，每超时一小时扣减¥1,000；月度可用率每低于约定值0.01个百分点扣减¥2,000，从应付款项或履约保证金中扣除。
P:7.4 乙方应提供7×24小时服务热线，并每月提交服务报告，列明故障次数、处理时长及可用率统计。
H:第八条 数据安全
P:8.1 平台中的受援人信息、案件材料及业务数据均属于甲方所有，乙方仅可为履行本合同使用，不得用于任何其他目的，不得向第三方提供。
P:8.2 乙方应落实网络安全等级保护第三级要求，通过甲方堡垒机远程运维，不得将数据拷贝至甲方环境以外。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此引起的行政责任。
P:8.4 合同终止或维护期结束时，乙方应将全部数据及文档交还甲方，删除其持有的副本，并出具删除证明。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、受援人个人信息及其他非公开信息负有保密义务，保密期限不因本合同终止而终止。
P:9.2 乙方应与参与项目的人员签订保密承诺书。
H:第十条 知识产权
P:10.1 平台软件的原有知识产权归乙方所有，甲方享有永久使用许可。
P:10.2 乙方为本项目定制开发的程序、接口、源代码及文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:10.3 乙方保证其提供的软件及开发成果不侵犯第三方知识产权，因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的万分之八支付违约金，违约金累计不超过合同总价的10%。
P:11.2 乙方交付成果不符合合同约定的，应在甲方规定期限内免费整改；整改后仍不合格的，甲方有权解除合同。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因地震、台风、洪水等不可抗力致使不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明，双方可根据影响程度部分或全部免除责任。
P:15.2 不可抗力消除后，双方应继续履行合同；乙方已完成的工作成果应妥善保存并移交甲方。
H:第十六条 其他
P:16.1 本合同一式六份，甲方四份，乙方二份，自双方盖章之日起生效，并报同级财政部门备案。
P:16.2 附件：1.功能需求清单；2.接口清单；3.数据迁移方案；4.项目实施计划。
P:甲方（盖章）：____________    乙方（盖章）：____________
P:签订日期：2027年____月____日
"""

H1011Z02 = """T:生产线控制系统改造合同
P:合同编号：MS-SB-2027-0112
P:甲方（买方）：某省安锁智能科技股份有限公司
P:乙方（卖方）：某市恒控自动化工程有限公司
P:甲方为提升智能门锁装配线、测试线的自动化水平，委托乙方对其一号厂房六条生产线的控制系统进行改造。双方经平等协商，订立本合同，共同遵守。
P:本合同附件与正文具有同等法律效力，附件与正文不一致的，以正文为准。
H:一、改造范围
P:（一）更换六条生产线的PLC控制柜、伺服驱动与电机，加装视觉检测单元（锁体装配缺陷及面板外观检测）。
P:（二）部署产线监控软件（SCADA），实现设备状态、节拍、良率的实时采集，并与甲方现有MES系统对接。
P:（三）敷设工业以太网，更换车间工业交换机，完成安装、编程、调试、试生产及操作培训。
P:（四）改造完成后，生产线应能按订单切换锁体型号，换型时间由目前的四十分钟缩短至十五分钟以内。
H:二、合同价款
P:（一）合同总价为人民币贰佰零捌万元整（¥2,080,000），明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含改造设计）|6套|148,000|888,000
TB:2|伺服驱动及电机|48套|6,500|312,000
TB:3|视觉检测单元|6套|52,000|312,000
TB:4|产线监控软件（SCADA）许可|1套|236,000|236,000
TB:5|工业交换机|12台|9,500|114,000
TB:—|设备及软件小计|—|—|1,862,000
TB:6|安装调试及程序编制|1项|198,000|198,000
TB:7|操作及维修培训|1项|20,000|20,000
TB:—|合计|—|—|2,080,000
P:（二）上述价格含设备、软件、运输、保险、安装、调试、税费及质保期内服务费用。设备应为原厂全新产品，乙方应随货提供合格证、说明书及原厂质保承诺。
P:（三）合同履行期间，甲方调整改造范围的，双方按上表单价据实调整，并签订书面补充协议。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:（二）全部设备到货并经甲方开箱清点后，甲方支付合同总价的35%。到货签收仅确认数量，不代表质量验收。
P:（三）改造完成并经甲方最终验收合格后，甲方支付合同总价的45%。
P:（四）乙方每次请款时应提供等额增值税专用发票，并提交经甲方确认的对应阶段交付文件。
H:四、工期
P:（一）乙方应在合同生效后七十日内完成全部设备到货，一百二十日内完成六条生产线的改造、调试并提交验收申请。
P:（二）改造应分线进行，每条线停产时间不超过六日，乙方应与甲方生产部门提前确认停线计划。
P:（三）乙方应编制施工组织方案和安全措施，进入甲方厂区的人员须接受安全培训，遵守甲方的安全生产、消防和保密管理制度。因乙方施工造成人身伤害或财产损失的，由乙方承担责任。
P:（四）每条生产线改造完成后，乙方应提交调试记录、I/O点表及程序备份；全部改造完成后提交竣工资料。
P:（五）因甲方原因延误工期的，工期相应顺延。
H:五、验收
P:（一）验收标准：1.各线设计节拍达到技术协议约定值；2.视觉检测漏检率、误判率达到技术协议附表要求；3.SCADA采集点位与现场逐点核对一致，数据刷新周期不超过2秒；4.MES对接数据连续十日核对无差异；5.连续试生产二十日无一级故障。
P:（二）验收由甲方组织，双方签署验收报告。设备安装完毕或甲方投入生产使用，均不视为验收合格。
P:（三）验收不合格的，乙方应在十日内整改并再次提交验收，因整改增加的停线损失由乙方承担。
H:六、质保与维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内，因设备或软件缺陷引起的故障，乙方免费维修或更换。
P:（二）质保期满后，乙方提供年度维保服务（含定期巡检、备件更换、软件升级及故障处理），年度维保费按设备及软件小计的26%计取，即每年¥484,120。该费用在质保期满后的四个年度内固定不变。
P:（三）质保期及维保期内，一级故障（整线停机）乙方应在1小时内响应，3小时内到达现场，6小时内恢复生产；二级故障（单工位停机）2小时内响应，当日解决。
P:（四）乙方未按前款时限响应或恢复的，每超时一小时向甲方支付¥800。
P:（五）质保期内乙方每季度进行一次预防性巡检并提交巡检报告；常用备件应在48小时内送达现场。
P:（六）维保服务合同于质保期满前一个月另行签订，维保期内的服务内容不低于质保期内的标准。
H:七、违约责任
P:（一）乙方逾期到货或逾期完成改造的，每逾期一日按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。
P:（二）因改造原因造成甲方停产超过约定时间的，乙方应赔偿甲方由此产生的直接损失。
P:（三）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因故意、重大过失或违反第八条、第九条造成的损失不受此限。
P:（四）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:八、数据安全
P:（一）生产数据、工艺参数、质量记录及设备运行数据均属于甲方所有，乙方不得用于本合同以外的目的。
P:（二）乙方远程维护须经甲方逐次批准并通过甲方指定的VPN和堡垒机进行，不得在自有设备上留存甲方数据。
P:（三）发生数据泄露或系统被入侵的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成损失的，由乙方承担赔偿责任。
P:（四）乙方应在改造中同步完成工业控制系统安全加固，包括关闭不必要的端口和服务、设置访问白名单、部署工控安全审计，并提交加固报告。
H:九、保密
P:乙方对在本合同履行中知悉的甲方产品结构、锁具加密方案、工艺文件及经营信息承担保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后三年内继续有效。
P:乙方应要求参与项目的人员签署保密承诺，并对其人员的违约行为承担责任。
H:十、知识产权
P:乙方为本项目编制的PLC程序、视觉检测算法配置、SCADA画面及MES对接程序的知识产权归甲方所有，乙方应交付源程序和说明文档。SCADA平台软件本身的知识产权归其权利人，甲方享有永久使用权。
P:乙方保证所供设备和软件不侵犯第三方的专利、商标或著作权，因侵权产生的一切责任由乙方承担。
H:十一、分包
P:乙方可将电气安装及桥架敷设施工分包给具备相应资质的第三方，但应提前五日书面通知甲方。乙方对分包方的工作承担全部责任。
H:十二、合同解除
P:乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:合同解除后，乙方应配合甲方恢复生产线原有功能或完成交接，不得拆除已安装且甲方已付款的设备。
H:十三、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交甲方所在地人民法院诉讼解决。
H:十四、不可抗力
P:因不可抗力不能履行合同的，受影响一方应在不可抗力发生后三日内通知对方，并提供有关证明。双方根据不可抗力的影响程度，协商决定延期履行、部分履行或解除合同。
H:十五、其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。附件：技术协议、设备清单、停线计划。
P:甲方（盖章）：____________    乙方（盖章）：____________
"""

H1011Z03 = """编织培训连锁门店预约及会员管理系统服务合同

合同编号：ZY-SaaS-2027-008

甲方（客户）：某市织趣手作教育科技有限公司
乙方（服务商）：某市云约软件有限公司

鉴于甲方在本市及周边城市经营三十家编织培训门店，需要统一的课程预约、会员储值及门店管理系统，乙方同意以软件即服务（SaaS）方式提供该系统并完成实施。双方经协商一致，订立本合同。本合同附件包括：功能清单、门店清单及实施计划。

一、服务内容
（一）订阅服务
1. 乙方向甲方三十家门店开通预约及会员管理系统，功能包括课程排期、学员预约与签到、会员卡及储值、课时包核销、作品展示、营销活动及门店报表。
2. 乙方为甲方总部开通管理端，支持跨门店会员通用、课程统一定价、教师排班及经营分析。
3. 乙方为各门店配置课程类型（棒针、钩针、编织机课程及亲子手作课等）、教室与教师资源、会员等级及储值规则。
4. 服务期为两个服务年度。第一个服务年度自系统上线验收合格之日起算，第二个服务年度自第一个服务年度届满次日起算。
（二）实施服务
1. 乙方负责系统配置、小程序上线、收银设备对接及员工培训。甲方已有的收银终端、扫码枪和小票打印机由乙方完成联调，确需更换的，乙方应提前说明理由并列出清单，由甲方决定是否采购。
2. 乙方负责将甲方现有会员台账及储值余额迁移至新系统，迁移数据须经甲方逐店核对确认。
（三）门店范围
本合同涉及的三十家门店位于本市及周边三个城市，具体名称、地址和开通顺序见附件二。乙方应按甲方确定的顺序分三批开通，每批开通前与门店确认课程、教室和价格设置。

二、服务费用
（一）本合同总价为人民币柒拾肆万元整（¥740,000），明细如下：
1. 门店订阅费：每家门店每个服务年度¥9,800，三十家门店两个服务年度合计¥588,000；
2. 总部管理端订阅费：每个服务年度¥36,000，两个服务年度合计¥72,000；
3. 实施费：¥58,000（一次性）；
4. 数据迁移费：¥22,000（一次性）。
（二）服务期内新增门店的，按每家门店每个服务年度¥9,800另行计费，不计入本合同总价。
（三）服务期内订阅费单价保持不变。

三、付款方式
（一）实施费及数据迁移费在系统上线验收合格后二十日内支付。
（二）每个服务年度的订阅费在该服务年度开始后二十日内支付。
（三）乙方应在收款前开具增值税普通发票。乙方未按约开具发票的，甲方有权顺延付款且不承担违约责任。
（四）甲方按约付款后，乙方不得以任何理由停止门店的系统使用；双方就费用发生争议的，乙方应继续提供服务，争议金额待协商确定后结算。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成全部门店的系统上线。
（二）验收标准：1. 合同约定功能全部可用；2. 会员信息及储值余额迁移后逐店核对一致；3. 小程序完成预约、支付、签到全流程测试；4. 连续七日试运行无数据差错。
（三）乙方逾期完成上线的，每逾期一日按本合同总价的千分之一向甲方支付违约金。
（四）上线验收由甲方组织，双方签署上线验收单。系统开通或甲方门店开始使用，不视为验收合格。
（五）验收不合格的，乙方应在七日内整改并重新组织验收。
（六）乙方应为每家门店店长及前台人员提供不少于两次的操作培训，并提供视频教程。
（七）上线期间，乙方应安排实施顾问驻店支持，每批门店开通后的首个周末应有人员现场协助。

五、运行与支持
（一）乙方负责系统的日常运行、备份和版本更新，版本更新不得影响甲方已有数据和配置。乙方新增的通用功能，甲方门店可在服务期内免费使用。
（二）乙方提供在线客服及电话支持，并尽商业上合理的努力保障系统稳定运行、及时处理故障。
（三）乙方计划内维护应尽量安排在门店营业时间以外，并提前通知甲方。
（四）乙方应每月向甲方提交系统运行报告，内容包括系统使用情况、故障记录及处理情况。
（五）乙方发布新版本前应提前通知甲方，涉及重大功能变化的，应征得甲方同意。
（六）系统出现故障影响门店预约或收银的，乙方应及时告知甲方处理进展，并在故障排除后提交故障说明。
（七）乙方为甲方指定专属客户经理，负责需求对接、培训和问题协调，并提供操作手册和常见问题解答。

六、数据安全
（一）乙方应采取加密存储、访问控制、操作日志等技术措施保护甲方数据，系统应满足网络安全等级保护第二级以上要求。
（二）发生数据泄露、丢失或被篡改的，乙方应在8小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担赔偿责任。
（三）乙方应对员工进行数据安全培训，仅授权必要人员访问甲方数据，访问日志保留不少于六个月。
（四）乙方应每日备份甲方数据，数据及备份均存储于中国境内的机房。
（五）会员的手机号码等个人信息，乙方应依照《个人信息保护法》处理，不得超出提供服务所必需的范围收集。

七、数据权属
（一）甲方录入及系统产生的会员信息、预约记录、交易记录属于甲方。
（二）甲方同意，乙方可将上述数据去标识化后用于编织及手作培训行业分析报告和乙方产品改进，该使用在本合同终止后仍可继续。
（三）本合同终止后三十日内，乙方应向甲方提供全部数据的导出文件。
（四）服务期内甲方可随时通过系统自助导出会员及交易数据。

八、保密
双方对因本合同获知的对方商业信息、价格信息及技术资料承担保密义务，未经对方书面同意不得向第三方披露，本合同终止后仍然有效。双方应促使其员工遵守本条约定。

九、知识产权
系统平台的知识产权归乙方所有。乙方为甲方专门制作的课程模板、报表样式及品牌页面归甲方所有，甲方可自由使用、修改。乙方保证系统不侵犯第三方知识产权，因此引起的纠纷由乙方处理并承担责任。

十、分包
未经甲方书面同意，乙方不得将本合同项下的实施服务分包给第三方。经甲方同意分包的，乙方仍对分包部分的工作质量及数据安全向甲方承担责任。

十一、合同期满与解除
（一）服务期满后本合同终止，不自动续期；双方如需续约，应另行协商签订书面协议。
（二）一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权解除本合同。
（三）因乙方原因解除合同的，乙方应退还甲方已支付但未使用的服务年度订阅费。
（四）合同终止后，乙方应在甲方数据导出完成后三十日内删除其存储的甲方数据，并书面确认。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。争议期间，双方应继续履行本合同中不涉及争议的部分。

十三、会员储值资金
系统仅记录会员储值余额，会员储值资金由甲方自行收取和管理，乙方不得经手或截留。

十四、不可抗力
因自然灾害、公共卫生事件、政府行为等不可抗力导致不能履行合同的，受影响方应及时通知对方并提供证明，在不可抗力影响范围内免除责任。不可抗力持续超过三十日的，双方可协商解除合同，乙方退还未使用的订阅费。

十五、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：              乙方（盖章）：
日期：                      日期：
"""

H1011Z04 = """某市城市管理局道路积水监测系统运维服务合同

项目编号：CG-CS-2027-017（竞争性磋商）

甲方（采购人）：某市城市管理局
乙方（成交供应商）：某市汇川物联科技有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就道路积水监测系统运维服务事宜，订立本合同。本合同的服务标准不低于磋商文件的要求，乙方响应文件中优于磋商文件的承诺同样适用。

第一条 服务范围
（一）运维对象：甲方已建成的道路积水监测系统，包括八十六个下穿通道及低洼路段监测站点（雷达水位计、电子水尺、视频摄像机、太阳能供电及通信单元）、积水预警发布屏及道路积水监测平台。
（二）服务内容：站点日常巡检、设备清洁校准、故障维修、备品备件更换、平台运行维护、数据质量核查、汛期应急值守及年度运行分析报告。
（三）服务期：自2027年1月1日起至2027年12月31日止。
（四）服务地点：本市中心城区及两个新区范围内的监测站点、甲方指挥中心机房。
（五）本合同不包括新建站点的设备采购及土建施工。

第二条 服务费用
（一）本合同总价为人民币伍拾伍万肆仟元整（¥554,000），其中：站点巡检维护费¥275,200（八十六个站点，每站¥3,200）；平台运维费¥118,000；备品备件费¥96,000；汛期应急保障费¥64,800。
（二）上述费用为包干价，已含人工、交通、工具、税费等一切费用。备品备件超出包干范围的，经甲方确认后据实结算。
（三）服务期内甲方新增监测站点的，按每站¥3,200的标准另行计费，不计入本合同总价。

第三条 付款方式
（一）服务费按季度支付，每季度结束后，经甲方季度考核合格，甲方在收到发票后十五个工作日内支付该季度服务费，每季度支付合同总价的四分之一。
（二）季度考核扣减的费用，从当季服务费中直接扣除。
（三）乙方应开具增值税专用发票。甲方资金按财政支付程序拨付，付款时间以国库实际支付为准。

第四条 服务要求
（一）巡检：每个站点每月巡检不少于一次，汛期（每年5月至9月）每月不少于两次，巡检记录须上传平台。
（二）校准：水位计每季度校准一次，校准后测量误差不超过±1厘米；电子水尺及视频摄像机在每次巡检时检查读数及画面，发现偏差应即时调整。
（三）汛前检修：乙方应于2027年4月20日前完成全部站点的汛前全面检修并提交检修报告。
（四）应急值守：汛期及暴雨预警期间，乙方应安排不少于六人的应急队伍全天值守。
（五）设备维修：站点设备故障能现场修复的应现场修复；不能修复的，应使用备件替换，确保站点尽快恢复监测。
（六）平台运维：乙方应每日检查平台运行状态、数据接收情况和预警发布功能，每周检查一次数据备份，每月对平台进行一次安全漏洞扫描并修复发现的问题。
（七）数据质量：乙方应每日核查各站点上报数据，发现数据异常、跳变或长时间无变化的，应在当日查明原因并处理。
（八）年度报告：服务期满前，乙方应提交年度运行分析报告，分析积水点分布、预警发布情况及设备故障规律，并提出改进建议。
（九）人员：乙方应配备项目负责人一名、技术人员不少于八名，其中持有电工证的人员不少于三名；人员名单报甲方备案，更换人员须经甲方同意。
（十）安全作业：乙方在道路及下穿通道作业时，应按规定设置警示标志和安全防护，雨天及夜间作业应采取专门安全措施，并遵守交通管理部门的要求。
（十一）备品备件：乙方应建立备件库，水位计、通信模块、蓄电池、摄像机等常用备件的库存数量不少于站点数量的十分之一。

第五条 故障响应
（一）一级故障（平台停止运行、预警发布屏无法发布或汛期站点离线）：乙方应在30分钟内响应，2小时内到达现场，6小时内修复。
（二）二级故障（非汛期单个站点离线或数据异常）：乙方应在2小时内响应，次日内修复。
（三）乙方未按时响应或修复的，每超时一小时扣减服务费¥500；因故障未及时修复导致预警漏报的，每次扣减¥3,000。
（四）暴雨预警发布后，乙方值守人员应在一小时内到岗，并每两小时向甲方报告一次站点运行情况。

第六条 考核与验收
（一）甲方按季度对乙方服务进行考核，考核内容包括巡检记录完整性、校准记录、故障处理时效、数据质量及应急值守情况，考核细则见附件。
（二）服务期满后，乙方提交年度运维总结报告、设备台账及备件使用清单，经甲方审核确认后完成服务验收。
（三）季度考核得分低于合格分数的，甲方按考核细则扣减服务费，乙方应在十日内提交整改报告。
（四）甲方可委托第三方对站点测量精度进行抽检，抽检不合格的站点视为当季巡检未完成。

第七条 数据安全
（一）监测数据、视频图像及平台运行数据属于甲方所有，乙方仅可为履行本合同使用，未经甲方同意不得对外提供。
（二）乙方应遵守网络安全等级保护要求，运维操作须通过甲方堡垒机进行并留存日志，不得擅自修改预警阈值设置。
（三）发生数据泄露、平台被入侵或数据被篡改的，乙方应在2小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担赔偿责任。
（四）服务期满后，乙方应将全部运维资料、账号权限交还甲方，并删除其留存的数据。

第八条 知识产权
乙方在服务期内形成的运维报告、分析报告、巡检记录及优化脚本归甲方所有。乙方对运维中使用的自有工具保留权利，但不得因此限制甲方对系统的使用。

第九条 违约责任
（一）乙方未按第四条第（三）项期限完成汛前检修的，每逾期一日按合同总价的千分之二支付违约金。
（二）乙方连续两个季度考核不合格的，甲方可扣除当季全部服务费，并要求乙方更换项目负责人。
（三）甲方逾期付款的，按中国人民银行同期贷款利率支付利息。
（四）乙方因违规作业造成设备损坏的，应照价赔偿；造成第三方人身或财产损失的，由乙方承担责任。
（五）乙方在汛期擅自减少值守人员的，每发现一次扣减服务费¥2,000。

第十条 合同的履行
（一）本合同为服务期内连续履行的合同。合同履行期间，除因不可抗力致使合同目的无法实现外，任何一方不得解除本合同。
（二）乙方出现违约情形的，甲方可按第九条扣减费用、要求乙方限期整改，乙方应继续履行本合同，甲方不得以此为由解除合同。

第十一条 分包
乙方不得将本合同项下的服务转包或分包。

第十二条 不可抗力
因暴雨、台风等自然灾害造成设备损毁的，属于不可抗力的部分由甲方另行安排修复，乙方应配合抢修；但汛期预警、值守和应急抢险属于乙方的服务内容，乙方不得以不可抗力为由拒绝履行。

第十三条 争议解决
因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。争议解决期间，乙方不得停止运维服务。

第十四条 其他
（一）本合同未尽事宜，依照磋商文件及响应文件执行。
（二）本合同附件与正文具有同等效力。
（三）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
附件：1.站点清单；2.季度考核细则；3.应急值守方案。

甲方（盖章）：              乙方（盖章）：
签订日期：2026年12月____日
"""

H1011Z05 = """# 竹艺工序追溯管理软件销售及定制开发合同

> 乙方标准合同文本 JT-HT-2026 第3版。本文本由乙方提供，条款以乙方文本为准。

合同编号：JT-2027-0045

甲方（买方）：某县竹韵根雕艺术工作室

乙方（卖方）：某市匠途软件科技有限公司

## 第一条 合同标的

1.1 乙方向甲方销售“匠途”工艺追溯管理软件标准版（以下简称“软件”），许可方式为永久许可，授权站点一个，用户数不超过二十个。

1.2 乙方根据甲方需求进行定制开发，内容包括：竹根选料入库登记、粗坯、细雕、打磨、上蜡等工序节点记录，作品一物一码溯源页面，作品档案及证书打印，线上商城订单对接。每件作品可记录选料产地、雕刻师傅、各工序起止时间及工序照片，买家扫码即可查看作品的制作过程。

1.3 乙方负责软件安装部署及操作培训。

1.4 软件为标准化产品，定制开发内容以双方确认的需求清单为准，需求清单以外的功能按乙方报价另行收费。

1.5 电脑、服务器、扫码枪、标签打印机等硬件设备由甲方自行采购，乙方可提供选型建议。

1.6 软件版本为签约时乙方的最新发布版本。授权站点变更的，应经乙方书面同意，并按乙方规定支付迁移费用。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工艺追溯管理软件标准版永久许可 | 168,000 |
| 2 | 定制开发（工序节点、溯源页面、作品档案、商城对接） | 126,000 |
| 3 | 安装部署 | 24,000 |
| 4 | 操作培训 | 8,000 |
| | 合计 | 326,000 |

合同总价为人民币叁拾贰万陆仟元整（¥326,000）。上述价格不含硬件设备、数据库及操作系统等第三方软件，乙方人员现场服务的差旅费用由甲方据实承担。合同价款为含税价，国家税率调整的，乙方有权相应调整合同价款。

## 第三条 付款方式

3.1 本合同签订后三个工作日内，甲方向乙方支付合同总价的65%，即¥211,900。

3.2 软件安装部署完成后五个工作日内，甲方支付剩余的35%，即¥114,100。

3.3 甲方未按期付款的，乙方有权暂停安装、开发及技术服务，由此造成的延误由甲方负责。

3.4 乙方收到款项后开具增值税普通发票。首付款到账前，乙方不承担任何交付义务。

## 第四条 交付

4.1 乙方应在收到首付款后六十日内完成软件安装部署及定制开发。

4.2 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金。因甲方未及时提供需求资料、场地或网络条件造成的延误，乙方不承担责任。

4.3 安装部署完成后，乙方向甲方提交安装确认单，甲方应在收到当日签字确认。

4.4 定制开发需求应在合同签订后十日内由甲方一次性书面提出，此后提出的需求变更视为新增需求，工期相应顺延并另行计费。

4.5 因甲方原因导致安装部署无法进行超过十五日的，视为乙方已完成交付。

## 第五条 验收

5.1 软件在甲方指定电脑或服务器上安装部署完成，即视为甲方验收合格。

5.2 甲方对软件功能有异议的，应在安装部署完成后三日内书面提出，逾期未提出的，视为无异议。

5.3 甲方开始使用软件录入工艺记录或作品信息的，即表示甲方认可软件符合合同约定。

## 第六条 免费维护

6.1 乙方自软件安装部署完成之日起提供六个月的免费维护，内容包括软件缺陷修复及电话、远程技术支持。

6.2 一级故障（软件无法登录或数据无法保存）乙方在8小时内响应，并尽力尽快恢复。其他问题在两个工作日内答复。

6.3 乙方对响应或修复时限不承担任何扣款、赔偿或违约金。

6.4 免费维护不包括：甲方操作不当、病毒、硬件故障、断电及第三方软件引起的问题；甲方擅自修改软件或超出授权范围使用的情形。

6.5 乙方远程支持时间为工作日9:00至17:30。培训为一次性集中培训，参加人员不超过十人，额外培训另行收费。

6.6 维护期内乙方负责修复定制功能的缺陷，甲方提出的功能调整按新增需求处理。

## 第七条 维护期满后的服务

7.1 免费维护期满后，甲方如需继续获得技术支持及软件升级，应与乙方签订年度服务合同，服务费按乙方当年公布的服务价格标准计取。

7.2 甲方未购买年度服务的，乙方不再提供任何技术支持。

7.3 乙方提供的现场服务，按每人每天¥2,000另行收费，差旅费用由甲方承担。

## 第八条 知识产权

8.1 软件及乙方为甲方定制开发的全部功能、页面、程序及源代码的知识产权均归乙方所有。

8.2 甲方在本合同约定的授权范围内享有非独占的使用权，不得修改、反向工程，不得交由第三方使用或维护。

8.3 乙方有权将为甲方开发的功能纳入乙方产品，并向其他客户销售。

8.4 甲方不得删除或修改软件中的乙方标识和版权声明。甲方违反本条约定的，应向乙方支付合同总价两倍的违约金。

## 第九条 数据

9.1 甲方录入软件的作品信息、工艺记录、客户信息属于甲方，乙方不得用于本合同以外的目的。

9.2 乙方远程维护须经甲方同意，应采取必要的安全措施防止甲方数据泄露或丢失；因乙方原因造成数据泄露或丢失的，乙方应及时通知甲方、协助恢复并承担相应责任。

9.3 为提供维护服务，乙方可经甲方同意远程登录甲方系统，甲方应提供必要的账号和网络条件，并自行做好数据备份。

## 第十条 保密

双方对在合作中获知的对方商业秘密及技术信息负有保密义务，未经对方同意不得向第三方披露。甲方的作品设计图样、工艺诀窍及客户名单属于甲方商业秘密。甲方不得向第三方透露本合同价格及乙方的技术方案。保密期限为合同终止后两年。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方在本合同项下的全部责任（包括违约金及赔偿）累计不超过合同总价的20%。乙方不承担甲方的间接损失、利润损失及数据损失。

11.3 因网络故障、第三方服务中断或甲方原因导致的损失，乙方不承担责任。

11.4 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金。

## 第十二条 合同解除

12.1 一方严重违约，经对方书面催告后三十日内仍未纠正的，对方有权书面通知解除本合同。甲方未按期支付款项超过三十日的，乙方有权解除合同并停止软件授权。

12.2 因甲方原因解除合同的，甲方已付款项不予退还，并应立即停止使用软件、删除全部副本。

## 第十三条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。诉讼期间，甲方应继续按本合同约定支付款项。

## 第十四条 不可抗力

因自然灾害、政府行为、疫情等不可抗力不能履行合同的，受影响一方不承担责任，但应及时通知对方。不可抗力影响持续超过六十日的，任何一方可解除合同。

## 第十五条 通知

双方的通知以书面、电子邮件或微信方式送达，发出即视为送达。乙方官方网站发布的公告对甲方具有约束力。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同未约定的事项，以乙方官方网站公布的软件许可协议为准。

甲方（盖章）：              乙方（盖章）：

日期：                      日期：
"""

H1011E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. BRL-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Jiangsu Hengfeng Food Processing Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Taizhou, Jiangsu Province (the "Customer"), and Bridgerow Systems, Inc., a Missouri corporation with its principal office at 410 West Reed Street, Moberly, Missouri 65270, United States (the "Vendor").
P:The Customer wishes to acquire a perpetual licence to the Vendor's maintenance and asset management software for its three production plants, together with implementation, data migration and training services, and the Vendor is willing to provide them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Bridgerow Plant Maintenance Suite, version 9, including the work-order, preventive maintenance, spare-parts inventory, mobile technician and reporting modules, in object code, with its documentation.
P:1.2 "Custom Deliverables" means the configurations, report templates, interface programs and scripts developed by the Vendor specifically for the Customer under this Agreement, including the interfaces to the Customer's ERP and energy metering systems.
P:1.3 "Customer Data" means all data entered into, uploaded to or generated by the Software in the Customer's environment, including asset registers, maintenance histories, spare-parts records and personnel information.
P:1.4 "Final Acceptance" means the Customer's written confirmation that the acceptance criteria in Article 5 have been met.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at its plants in Taizhou, Yangzhou and Suqian for up to 180 named users and 60 mobile devices, for its own internal business purposes and those of its affiliates in mainland China.
P:2.2 The Customer may make a reasonable number of copies for backup, testing and disaster recovery.
P:2.3 Additional named users may be purchased at CNY 4,200 per user during the first three years after Final Acceptance.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,820,000, inclusive of applicable taxes, made up as follows: licence fees for the Software CNY 1,260,000; implementation and configuration services CNY 420,000; data migration CNY 96,000; training CNY 44,000.
P:3.2 The Contract Price is fixed. Travel and living expenses of the Vendor's personnel are included.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price within thirty days after signature of this Agreement, against the Vendor's invoice and an advance-payment guarantee issued by a bank in mainland China.
P:4.2 The Customer shall pay 35% of the Contract Price within thirty days after installation of the Software in the Customer's production environment. Installation is not acceptance.
P:4.3 The Customer shall pay the remaining 45% of the Contract Price within thirty days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account of the Vendor's designated collection agent in Shanghai.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Software within forty-five days and complete implementation within one hundred and fifty days after signature, according to the project plan in Annex 2.
P:5.2 The acceptance criteria are: (a) all functions listed in Annex 1 work as specified; (b) migrated records reconcile with the source systems in counts and sampled values, with no open discrepancy; (c) the ERP and metering interfaces run for ten consecutive working days without error; (d) the Software supports 120 concurrent users with screen response within three seconds; and (e) no Severity 1 defect is open at the end of a thirty-day production trial.
P:5.3 The Customer shall run the tests with the Vendor's assistance and issue the Final Acceptance certificate within ten working days after the criteria are met, or state in writing which criteria are not met. Go-live, productive use or any payment does not amount to acceptance.
P:5.4 If the Vendor fails to achieve Final Acceptance by the date in Annex 2 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:5.5 Each party shall appoint a project manager. The project managers shall meet every week during implementation, keep minutes of decisions and escalate unresolved issues to a steering committee of senior managers of both parties, which meets at least monthly.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and Annex 1 for twenty-four months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor will correct defects, provide new releases and give technical support free of charge.
P:6.2 During the Warranty Period and any support period, the Vendor will respond to a Severity 1 incident (production maintenance functions unavailable at a plant) within one hour, twenty-four hours a day, and work continuously until a workaround is in place. Severity 2 incidents receive a response within eight business hours.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response time, the Vendor shall grant a credit of CNY 1,000 against the next payment or support invoice.
P:6.4 After the Warranty Period, the Customer may order annual support at 11% of the licence fees in Article 3.1 per year (CNY 138,600). This fee is fixed for the first three support years. Support is ordered by separate purchase order each year and does not renew automatically.
P:6.5 Support covers the Software and the Custom Deliverables, including corrections required by changes in the Customer's ERP interface specifications announced at least sixty days in advance. Support does not cover faults caused by hardware supplied by the Customer or by modifications made by third parties.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All rights in the Custom Deliverables vest in the Customer upon payment. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them to third parties without restriction.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not retain, copy or use it for any other purpose.
P:8.2 The Software is installed on the Customer's servers. The Vendor may access them only through the Customer's VPN and bastion host, with the Customer's approval for each session, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. No Customer Data may be transferred outside mainland China.
P:8.3 The Vendor shall notify the Customer within twenty-four hours after becoming aware of any security incident affecting Customer Data, take remedial measures and bear responsibility for losses caused by its breach of this Article.
P:8.4 At the end of any support session or remote access, the Vendor shall return or destroy any Customer Data that came into its possession and confirm this in writing.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and disclose it only to its personnel and advisers who need to know it and are bound by equivalent obligations.
P:9.2 These obligations continue for three years after the end of this Agreement, and without limit in time for trade secrets.
H:Article 10 Liability
P:10.1 Neither party is liable for indirect or consequential loss, except in case of wilful misconduct or breach of Article 8 or 9.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.
P:12.2 If the Customer terminates under Article 12.1 before Final Acceptance, the Vendor shall refund the amounts paid for the services not accepted.
P:12.3 The licence in Article 2 survives termination except termination by the Vendor for non-payment of the licence fees.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and limits the effect of the event.
P:13.2 If an event of force majeure continues for more than ninety days, either party may terminate the part of this Agreement that has not yet been performed by written notice.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Missouri, United States, without regard to its conflict of laws rules.
P:14.2 Any dispute arising out of this Agreement shall be submitted to the state courts located in Randolph County, Missouri, and each party submits to their jurisdiction.
H:Article 15 General
P:15.1 This Agreement, with its Annexes, is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.
P:15.2 Notices shall be given in writing in English or Chinese to the addresses above.
P:15.3 Annex 1: Functional specification. Annex 2: Project plan. Annex 3: Support procedures.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

H1011E02 = """# FLEETLINE CLOUD — ORDER FORM AND GENERAL TERMS

Order Form No. FLC-2027-0193

This Order Form (Part A) and the General Terms (Part B) together form the agreement (the "Agreement") between Fleetline Software LLC, an Alabama limited liability company with its office at 215 South Main Street, Atmore, Alabama 36502, United States ("Fleetline"), and Chengdu Xinlu Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China ("Customer"). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Subscribed Service

Fleetline Cloud, the hosted fleet maintenance and telematics management service, for up to 420 vehicles and 60 workshop users, including the work-order, tyre management, parts inventory, driver inspection app and reporting modules, together with the onboarding services described in A4. The service includes the standard integrations with Customer's fuel card provider and its ERP accounts payable module, and access to Fleetline's online knowledge base and training videos for all users.

### A2. Term

The initial subscription term is twenty-four months starting on the Subscription Start Date, which is the date Customer signs the Onboarding Acceptance certificate under A4 (the "Initial Term"). Each period of the Initial Term beginning on the Subscription Start Date or its anniversary is a "Contract Year".

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Fleetline Cloud subscription, Contract Year 1 | annual, 420 vehicles / 60 users | 318,000 |
| Fleetline Cloud subscription, Contract Year 2 | annual, 420 vehicles / 60 users | 318,000 |
| Onboarding services | one-time, fixed price | 34,000 |
| Total Fees for the Initial Term | | 670,000 |

Additional vehicles may be added at CNY 760 per vehicle per Contract Year, prorated. All amounts include VAT.

### A4. Onboarding and Acceptance

Fleetline will configure the service, import Customer's vehicle master data and maintenance history, connect the telematics feed from Customer's existing GPS provider and train Customer's workshop staff, within sixty days after signature of this Order Form. Onboarding Acceptance requires that (a) all vehicle records are imported and reconciled with Customer's master list; (b) the telematics feed updates odometer and engine-hour readings for every connected vehicle at least hourly; (c) ten sample work orders per depot are completed end to end; and (d) the driver inspection app passes Customer's test script. Customer will sign the Onboarding Acceptance certificate within five business days after these criteria are met. Use of the service before that date is for testing only and is not acceptance. If Onboarding Acceptance is delayed beyond the sixty-day period for reasons attributable to Fleetline, Fleetline will pay CNY 500 for each day of delay.

### A5. Invoicing and Payment

The onboarding fee is invoiced on Onboarding Acceptance. The subscription fee for each Contract Year is invoiced at the start of that Contract Year. Invoices are payable within thirty days in CNY to Fleetline's collection account in mainland China. Customer may withhold any amount disputed in good faith, provided it notifies Fleetline of the reasons before the due date; the parties will settle the dispute within thirty days.

### A6. Renewal

After the Initial Term, the subscription renews automatically for successive renewal terms of one Contract Year each, unless either party gives notice of non-renewal at least sixty days before the end of the current term. Fleetline may increase the subscription fees for any renewal term by up to 8% over the fees of the preceding term by notice given at least seventy-five days before the renewal date.

## PART B — GENERAL TERMS

### 1. Provision of the Service

1.1 Fleetline will make the service available to Customer in accordance with this Agreement and the documentation, and will provide hosting, backup, security patching and new releases as part of the subscription.

1.2 Customer is responsible for its users' credentials and for the accuracy of the data it enters.

1.3 Fleetline may update the service from time to time, provided that no update materially reduces its functionality or security. Fleetline will announce material changes at least thirty days in advance.

1.4 Customer may use the service only for its own fleet and the fleets of its affiliates in mainland China, and shall not resell it or allow access by competitors of Fleetline.

### 2. Service Levels

2.1 Fleetline will make the service available 99.5% of the time in each calendar month, excluding scheduled maintenance notified at least three days in advance and performed outside 08:00–20:00 China Standard Time.

2.2 Fleetline will respond to a Priority 1 incident (the service is unavailable or work orders cannot be created for all users) within thirty minutes, at any time, and to a Priority 2 incident within two business hours.

2.3 If availability in a month falls below the level in 2.1, Customer will receive a service credit of 5% of the monthly equivalent of the subscription fee for each full 0.5 percentage point of shortfall, up to 25% of that monthly amount. A missed Priority 1 response time earns a credit of CNY 800 per occurrence. Credits are deducted from the next invoice.

2.4 Fleetline will provide a monthly service report showing availability, incidents, response times and credits earned. Customer may request a service review meeting each quarter.

### 3. Customer Data

3.1 All data that Customer or its users enter into the service, and all vehicle, driver and telematics data processed for Customer ("Customer Data"), belong to Customer. Fleetline will use Customer Data only to provide the service to Customer and will not sell, disclose or otherwise use it.

3.2 Customer Data is hosted in a data centre in mainland China operated by Fleetline's hosting provider named in Annex 1. Fleetline will maintain technical and organisational security measures that meet MLPS level 2 and ISO 27001, including encryption in transit and at rest, role-based access and logging.

3.3 Fleetline will notify Customer within twenty-four hours of becoming aware of a security incident affecting Customer Data, cooperate in its investigation and remediation, and bear responsibility for losses caused by its failure to comply with this Section 3.

3.4 Within thirty days after the end of the Agreement, Fleetline will return Customer Data in a standard format and then delete it.

### 4. Intellectual Property

4.1 Fleetline retains all rights in the service, the software and the documentation.

4.2 Reports, dashboards, forms and workflow configurations created for Customer during onboarding belong to Customer, which may use, copy and modify them freely.

4.3 Fleetline will defend Customer against any claim that the service infringes a third party's intellectual property rights and pay any damages awarded, provided Customer notifies Fleetline promptly and allows it to control the defence.

### 5. Confidentiality

Each party will keep confidential the other party's non-public information received under this Agreement, use it only for the purposes of this Agreement, and protect it with at least reasonable care. This obligation continues for three years after the end of the Agreement.

### 6. Subcontracting

Fleetline may not subcontract the service or the onboarding services without Customer's prior written consent, except to the hosting provider named in Annex 1, which Customer approves by signing this Order Form. Fleetline remains responsible for all subcontractors.

### 7. Limitation of Liability

7.1 Neither party is liable for lost profits or indirect damages.

7.2 Each party's total liability arising out of this Agreement is limited to the fees paid or payable by Customer in the six months preceding the event giving rise to the claim.

7.3 The limits in 7.1 and 7.2 do not apply to breach of Section 3 or Section 5, or to wilful misconduct.

### 8. Term and Termination

8.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not cure the breach within thirty days after receiving notice of it.

8.2 On termination by Customer under 8.1, Fleetline will refund any prepaid fees for the period after termination.

8.3 Fleetline may suspend access only if an undisputed invoice remains unpaid for more than forty-five days after a written reminder, and must restore access promptly after payment.

### 9. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute that cannot be settled by negotiation shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding.

### 10. General

This Agreement is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties. Neither party may assign it without the other's consent, except to a successor of its whole business. Notices must be given in writing to the addresses above, with a copy by email to the contacts named in Annex 2. The Agreement is made in English and Chinese; both versions have equal force.

Annex 1: Hosting provider and data centre location. Annex 2: Onboarding plan.

Signed for Fleetline Software LLC: ____________________

Signed for Chengdu Xinlu Cold Chain Logistics Co., Ltd.: ____________________
"""

H1011E03 = """T:PURCHASE CONTRACT FOR WIRELESS TEMPERATURE MONITORING EQUIPMENT AND SOFTWARE
P:Contract No. TJLC-IT-2027-026
P:Buyer: Tianjin Binhai Lengyun Cold Chain Warehousing Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in the Tianjin Binhai New Area (the "Buyer").
P:Supplier: Deltasense Instruments, Inc., a Mississippi corporation with its principal place of business at 120 North Main Street, Yazoo City, Mississippi 39194, United States (the "Supplier").
P:This Contract is made on the Buyer's standard terms for the purchase of equipment and software. The Buyer wishes to monitor temperature and humidity in its four cold stores and its refrigerated docks, and the Supplier has offered the equipment, software and services described below.
H:1. Definitions
P:1.1 "Equipment" means the wireless sensors, gateways and calibration kits listed in the price table in clause 3.
P:1.2 "Software" means the Supplier's DeltaWatch monitoring software, installed on the Buyer's servers, with alarm, audit-trail, reporting and mobile notification functions.
P:1.3 "System" means the Equipment and the Software, installed, configured and integrated with the Buyer's warehouse management system ("WMS").
P:1.4 "Final Acceptance" means the Buyer's written acceptance of the System under clause 5.
P:1.5 "Severity 1 fault" means a fault described as Severity 1 in the table in clause 7.2.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment, grant a perpetual licence to the Software for unlimited sensors and users at the Buyer's Tianjin sites, and install, configure, calibrate and commission the System.
P:2.2 The Supplier shall develop the interface between the Software and the WMS, so that temperature excursions are linked to the affected storage locations and pallets, and configure the dashboards and reports specified in Annex 1.
P:2.3 The Supplier shall train twenty operators and four system administrators of the Buyer.
P:2.4 The Supplier shall provide operating manuals, a maintenance manual, calibration certificates traceable to national standards for every sensor, and the as-built positions of all sensors and gateways, in English and Chinese.
P:2.5 The Supplier shall carry out a site survey within twenty days after signature and confirm the positions of the gateways, so that every sensor has a reliable radio link with at least one gateway.
H:3. Price
P:3.1 The Contract Price is CNY 1,166,000, inclusive of VAT, delivery to the Buyer's sites, insurance and installation, as itemised below:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 C|640|820|524,800
TB:2|LoRa gateway with backup battery|32|6,400|204,800
TB:3|DeltaWatch Software, perpetual licence|1|268,000|268,000
TB:4|Field calibration kit|2|14,300|28,600
TB:-|Equipment and Software Subtotal|-|-|1,026,200
TB:5|Installation, commissioning and WMS interface|1 lot|118,000|118,000
TB:6|Training|1 lot|21,800|21,800
TB:-|Contract Price|-|-|1,166,000
P:3.2 The Contract Price is fixed and covers all services during the warranty period.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within thirty days after signature, against an advance-payment guarantee of the same amount.
P:4.2 The Buyer shall pay 55% of the Contract Price within thirty days after delivery and installation of all Equipment at the sites, as confirmed by an Installation Certificate. The Installation Certificate confirms quantities only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within thirty days after Final Acceptance.
H:5. Acceptance
P:5.1 The acceptance criteria are: (a) every sensor reports to the Software at the configured interval, with no more than two missed readings per sensor in the test week; (b) each sensor's reading is within plus or minus 0.5 C of a reference thermometer at three test points; (c) alarms reach the designated phones within sixty seconds of an excursion; (d) the WMS interface links every test excursion to the correct storage location; and (e) the System runs for thirty consecutive days without a Severity 1 fault.
P:5.2 The Buyer shall issue the Final Acceptance certificate within ten working days after the criteria are met. Installation, use of the System in operation or payment does not constitute acceptance.
P:5.3 If the System fails any acceptance test, the Supplier shall correct the defect at its own cost within ten days, and the test shall be repeated. If the System fails the repeated test, the Buyer may reject the System and terminate under clause 13.
H:6. Delivery and Delay
P:6.1 The Supplier shall deliver the Equipment within sixty days and achieve Final Acceptance within one hundred and twenty days after signature.
P:6.2 For each day of delay in delivery or Final Acceptance attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price, up to 10% of the Contract Price.
P:6.3 Delivery shall be made DDP to the Buyer's warehouses in Tianjin, with customs clearance, import duties and all import documents handled by the Supplier. Title and risk pass to the Buyer on delivery to the site.
H:7. Warranty, Support and Service Levels
P:7.1 The warranty period is thirty-six months from Final Acceptance. During it the Supplier shall repair or replace defective Equipment, correct Software defects, supply new Software releases and recalibrate the sensors once a year, free of charge.
P:7.2 Faults are handled according to the following table:
TB:Severity|Description|Response|On site or remote fix
TB:Severity 1|Software or a gateway down, alarms not delivered for a cold store|2 hours|8 hours
TB:Severity 2|Individual sensors not reporting|next business day|3 business days
TB:Severity 3|Questions and minor defects|2 business days|next release
P:7.3 For each hour by which the Supplier misses a Severity 1 response or fix time, the Supplier shall pay CNY 600, deducted from any amount due or from the performance guarantee.
P:7.4 After the warranty period the Buyer may order annual support, including recalibration, at no more than 9% of the Equipment and Software Subtotal per year (CNY 92,358). This price is fixed for three years after the warranty period. Each support year is ordered separately; there is no automatic renewal.
P:7.5 During the warranty period the Supplier shall keep spare sensors and gateways equal to at least 3% of the installed quantity in its Tianjin service store.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier and is licensed to the Buyer perpetually.
P:8.2 The WMS interface, the dashboards and reports configured for the Buyer and all related documentation and source code belong to the Buyer, which may use, modify and have them maintained by third parties.
H:9. Buyer Data and Data Security
P:9.1 All temperature records, alarm logs, audit trails and other data generated by the System ("Buyer Data") belong to the Buyer. The Supplier shall use Buyer Data only to perform this Contract.
P:9.2 The Supplier shall access the Buyer's servers only on site or through the Buyer's VPN with approval for each session, shall not copy Buyer Data to its own systems, and shall comply with the data protection laws of the People's Republic of China.
P:9.3 The Supplier shall notify the Buyer within six hours after becoming aware of any security incident affecting the System or Buyer Data, take immediate remedial action and compensate the Buyer for losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's facilities, customers, stored goods and business that it receives under this Contract, and shall not disclose it to third parties without the Buyer's prior written consent.
P:10.2 This obligation survives for three years after the end of this Contract.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are not limited.
P:11.2 The Supplier shall maintain product liability and public liability insurance with reputable insurers during the performance of this Contract and provide certificates on request.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after notice, or if the liquidated damages under clause 6.2 reach their maximum.
P:13.2 On termination under 13.1 the Supplier shall refund the amounts paid for Equipment and services not accepted and take back the Equipment at its own cost.
P:13.3 The Buyer may also terminate this Contract for convenience before delivery, by paying the Supplier's documented costs incurred up to the date of termination.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin. The award is final and binding on both parties.
P:14.3 Pending the resolution of a dispute, the parties shall continue to perform their obligations not affected by it.
H:15. Miscellaneous
P:15.1 This Contract is made in English and Chinese; both versions are equally authentic.
P:15.2 Annex 1: Technical specification and dashboards. Annex 2: Site layout and sensor positions.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H1011E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. TCS-MSA-2027-07

**Between** Zhejiang Huaxin Knitwear Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Shaoxing, Zhejiang Province ("Customer"),

**and** Tallapoosa Computer Services, Inc., an Alabama corporation with its principal office at 17 Court Square, Alexander City, Alabama 35010, United States, acting through its branch office in Shanghai ("Provider").

Customer operates two knitting and dyeing plants and a distribution centre in Zhejiang and wishes to outsource the day-to-day operation of its IT infrastructure. Provider has offered to take over and run these services for a fixed monthly charge. The parties therefore agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under Section 3.

1.5 "Customer Data" means all data of Customer, its employees, customers and suppliers that Provider accesses, stores or processes in the course of the Services.

## 2. Term

2.1 This Agreement starts on signature. The Services run for thirty-six months from the Service Commencement Date (the "Service Term").

2.2 The Agreement does not renew automatically. Any extension requires a written agreement; the parties may extend at the Charges then in force.

## 3. Transition

3.1 Provider shall take over the Services within seventy-five days after signature, in accordance with the transition plan agreed at signature. The transition includes discovery of all in-scope assets, documentation of the current configuration, set-up of Provider's monitoring tools and service desk, and knowledge transfer from Customer's current staff.

3.2 Transition Acceptance requires that: (a) every in-scope device is recorded in the asset register and visible in the monitoring tools; (b) runbooks exist for every critical system listed in Schedule 1; (c) the service desk has handled calls in parallel with Customer's staff for ten working days with no open Priority 1 incident; and (d) a failover test of the plant file servers and the ERP database backup restore has been completed successfully.

3.3 Customer shall sign the Transition Acceptance certificate within five working days after the criteria are met, or give reasons in writing. Provider's operation of any service before that date does not amount to acceptance.

3.4 If Transition Acceptance is not achieved within the period in 3.1, Provider shall present a recovery plan within five working days and carry out the remaining transition activities at its own cost.

3.5 Customer shall give Provider access to its sites, systems and staff as reasonably needed for the transition.

## 4. Service Delivery

4.1 Provider shall perform the Services in accordance with Schedule 1, good industry practice and Customer's IT policies notified to Provider.

4.2 Provider shall meet the Service Levels in Schedule 2 and report its performance each month. Service credits under Schedule 2 are deducted from the next monthly invoice.

4.3 Provider shall assign a named service manager and keep a team of at least three engineers on site in Shaoxing during business hours.

4.4 Changes to the Services are agreed through a written change request signed by both parties.

4.5 Provider shall follow Customer's change-management procedure for every change to production systems, including a rollback plan and a maintenance window approved by Customer. Emergency changes may be made to restore a Priority 1 service and shall be reported on the next working day.

4.6 Provider shall maintain the asset register, the configuration documentation and the runbooks, and update them within five working days after each change.

4.7 Provider's engineers shall comply with Customer's site rules, including the safety rules of the dye-house and the knitting halls, and shall wear identification at all times.

## 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears.

5.2 Customer shall pay each correct invoice within thirty days after receipt. The Charges include VAT and all expenses of Provider.

5.3 The Charges are fixed for the Service Term. Additional work outside Schedule 1 is charged at the daily rate in Schedule 3 only if Customer has approved it in writing in advance.

## 6. Customer Data

6.1 Customer Data is and remains the property of Customer. Provider shall use Customer Data only for the purpose of performing the Services and shall not sell, disclose or otherwise use it.

6.2 At the end of the Service Term, Provider shall hand over all Customer Data and documentation in its possession to Customer or its new provider.

## 7. Intellectual Property

7.1 Provider retains the rights in its own monitoring tools and methods.

7.2 The runbooks, configuration documents, scripts and reports produced for Customer belong to Customer, which may use and modify them freely and give them to any successor provider.

7.3 Provider shall defend Customer against any claim that material supplied by Provider infringes a third party's rights and bear the resulting costs and damages.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, use it only for this Agreement and not disclose it to third parties without the other party's prior written consent.

8.2 This obligation survives for three years after the end of the Agreement.

## 9. Liability

9.1 Neither party is liable for indirect or consequential loss or loss of profit.

9.2 Provider's total liability under this Agreement is limited to 150% of the total Charges for the Service Term.

## 10. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for the acts of any approved subcontractor.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within thirty days after written notice, or if Provider misses the same Priority 1 Service Level in three consecutive months.

11.2 On expiry or termination, Provider shall provide exit assistance for up to sixty days at the daily rates in Schedule 3 so that the Services can be transferred without interruption.

11.3 Customer may terminate for convenience after the first eighteen months of the Service Term by giving ninety days' written notice and paying the monthly charges up to the end of the notice period.

## 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Shanghai.

## 13. General

This Agreement, with its Schedules, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other party's prior written consent. Notices shall be given in writing to the addresses above and copied by email to the service managers. The Agreement is made in English and Chinese, and both versions are equally authentic.

## Schedule 1 — Services

| No. | Service | Scope |
|---|---|---|
| S1 | Service desk | Chinese and English service desk, 07:00–23:00 on all days, ticketing and user support for 640 users |
| S2 | End-user computing | Desktops, laptops, printers and scanners at the three sites, moves, adds and changes |
| S3 | Network operations | LAN, Wi-Fi, firewalls and the SD-WAN links between the sites, monitoring around the clock |
| S4 | Server and storage | 46 virtual servers, two storage arrays, patching, backup and restore tests |
| S5 | Plant systems support | Operating systems and databases of the knitting machine controllers and dye-house recipe servers |
| S6 | Reporting | Monthly service report, quarterly service review and annual improvement plan |
| S7 | Asset and licence management | Asset register, software licence compliance reports and hardware refresh planning |

## Schedule 2 — Service Levels

| Priority | Definition | Response | Restoration | Service credit |
|---|---|---|---|---|
| Priority 1 | A plant, the ERP or the network between sites is down | 30 minutes | 6 hours | 2% of the monthly charge per missed incident |
| Priority 2 | A department or a production line cell is affected | 1 hour | 12 hours | 1% of the monthly charge per missed incident |
| Priority 3 | A single user or device is affected | 6 business hours | 3 business days | none |
| Network availability | Monthly, core network and inter-site links | — | at least 99.98% | 3% of the monthly charge per shortfall |

Service credits in a month are limited to 20% of the monthly service charge for that month.

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Transition Acceptance | 86,000 |
| Monthly service charge | 36 months × CNY 58,000 | 2,088,000 |
| Total Charges for the Service Term | | 2,174,000 |
| Additional engineer, exit assistance | per day | 2,400 |
"""

H1011E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. OZD-CN-2027-011

PARTIES

This Data and API Subscription Agreement (the "Agreement") is made between:

(1) Dalian Beigu Grain Trading Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in the Dalian Free Trade Zone, Liaoning Province ("Customer"); and

(2) Ozark Delta Agridata, Inc., a Missouri corporation with its principal office at 301 Vine Street, Poplar Bluff, Missouri 63901, United States ("Provider").

BACKGROUND

Provider operates a crop, weather and logistics data platform covering grain-producing regions in North and South America and makes it available through application programming interfaces ("APIs") and a web portal. Customer trades soybeans and corn and wishes to use Provider's data in its own pricing, risk and shipping models over two Subscription Years.

1. DEFINITIONS

1.1 "Data Products" means the crop condition indices, county-level yield estimates, weather observations and forecasts, river and rail freight indicators and related datasets listed in Schedule A.

1.2 "Subscription Year" means each of the two consecutive annual periods of the Term, the first starting on the Service Start Date and the second on the first anniversary of the Service Start Date.

1.3 "Service Start Date" means the date on which Customer confirms Integration Acceptance under clause 4.

1.4 "Customer Inputs" means the queries, watch-lists of regions and elevators, portfolio positions, uploaded files and other data that Customer submits to the APIs or the portal.

1.5 "Customer Output" means the analyses, models, reports and derived figures that Customer creates using the Data Products.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Customer, for the Term, a non-exclusive, non-transferable licence to access the Data Products through the APIs and the portal, and to use them for Customer's internal business purposes, including trading, hedging, procurement and logistics planning, by up to twenty-five named users and four production API keys.

2.2 Customer may keep and use Customer Output, including figures derived from the Data Products, after the Term. Customer may not resell the Data Products in raw form.

2.3 The API call allowance is three million calls per Subscription Year. Calls above the allowance are charged at CNY 40 per ten thousand calls and are not part of the Total Fees.

2.4 Provider shall keep the Data Products current in accordance with the update frequencies stated in Schedule A, and shall inform Customer in advance of any discontinued dataset, offering a comparable replacement at no extra charge.

3. FEES AND PAYMENT

3.1 The Total Fees for the Term are CNY 1,020,000, consisting of:
(a) the subscription fee of CNY 486,000 for Subscription Year 1;
(b) the subscription fee of CNY 486,000 for Subscription Year 2; and
(c) a one-time integration services fee of CNY 48,000.

3.2 The integration services fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Each invoice is payable within thirty days.

3.3 All Fees are stated in CNY and include VAT. The subscription fees are fixed for the Term.

4. INTEGRATION AND ACCEPTANCE

4.1 Within forty-five days after signature, Provider shall deliver the integration services: set-up of the API keys and the portal, a mapping of Provider's region and elevator codes to Customer's master data, a daily bulk feed into Customer's data warehouse and two days of training for Customer's analysts.

4.2 Integration Acceptance requires that: (a) the daily bulk feed loads into Customer's data warehouse for ten consecutive business days without manual intervention; (b) the code mapping covers every region and elevator on Customer's watch-list; (c) sample values for twenty data series reconcile with the portal; and (d) the API returns standard queries within two seconds at the agreed call rate.

4.3 Customer shall confirm Integration Acceptance in writing within five business days after the criteria are met. Trial access before that date is not acceptance.

4.4 If Integration Acceptance is delayed beyond the period in clause 4.1 for reasons attributable to Provider, Provider shall pay CNY 800 for each day of delay, deducted from the integration services fee and the first subscription invoice.

4.5 Provider shall name a technical contact for the integration, and Customer shall give Provider's staff timely access to the test environment of its data warehouse.

5. SERVICE LEVELS

5.1 Provider shall make the APIs and the portal available at least 99.95% of each calendar month, excluding scheduled maintenance announced three days in advance and carried out at weekends.

5.2 Provider shall respond to a Priority 1 incident (APIs unavailable, or a daily feed missing or materially wrong) within one hour at any time, and to other incidents within one business day.

5.3 If availability in a month is below the level in clause 5.1, Customer receives a service credit of 5% of the monthly equivalent of the current subscription fee for each started 0.1 percentage point of shortfall. Each late Priority 1 response earns a credit of CNY 1,000. Credits in a month are limited to half of the monthly equivalent of the subscription fee and are deducted from the next invoice.

5.4 Provider shall publish a status page and send Customer a monthly report of availability, incidents and credits.

6. CUSTOMER INPUTS AND USE OF DATA

6.1 As between the parties, Customer owns Customer Inputs and Customer Output.

6.2 Customer grants Provider a perpetual, worldwide, royalty-free licence to use Customer Inputs, in aggregated and anonymised form, to improve Provider's data models, to produce market benchmarks and to develop new Data Products offered to other customers. This licence continues after the end of the Agreement.

6.3 Provider shall not disclose Customer Inputs in a form that identifies Customer or its positions.

7. DATA SECURITY

7.1 Provider shall protect Customer Inputs and Customer's account data with security measures at least equal to ISO 27001, including encryption in transit and at rest, multi-factor authentication for portal users and logging of all access.

7.2 Customer Inputs are processed on servers located in Provider's cloud region in mainland China. Provider shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

7.3 Provider shall notify Customer within twenty-four hours after becoming aware of a security incident affecting Customer Inputs or Customer's accounts, take remedial action and bear responsibility for losses caused by its breach of this clause 7.

8. SUBCONTRACTORS AND DATA SOURCES

8.1 Provider may engage subcontractors, including cloud hosting providers, data collection partners and support centres, to perform any part of this Agreement, by giving Customer written notice of each new subcontractor at least ten days before it starts work.

8.2 Provider remains responsible for the performance of its subcontractors as for its own.

9. INTELLECTUAL PROPERTY

9.1 Provider retains all rights in the Data Products, the APIs, the portal and its software.

9.2 The code mappings, feed specifications and custom data extracts prepared for Customer under clause 4 belong to Customer, which may use and modify them freely and share them with its service providers.

9.3 Provider warrants that it has the right to license the Data Products and shall defend Customer against any third-party claim that Customer's use of them in accordance with this Agreement infringes that party's rights.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the non-public information received from the other party, including Customer's positions and watch-lists and Provider's unpublished data and pricing, and use it only for this Agreement.

10.2 This obligation continues for three years after the end of the Agreement.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss, or for trading losses arising from market movements.

11.2 Provider's total liability under this Agreement is limited to two times the Total Fees, except for breach of clause 7 or 10 and wilful misconduct, which are not limited.

12. TERM, RENEWAL AND TERMINATION

12.1 The Agreement starts on signature and ends at the end of Subscription Year 2 (the "Term").

12.2 The Agreement does not renew automatically. Any further subscription requires a new written order agreed by both parties.

12.3 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice. On termination by Customer for Provider's breach, Provider shall refund the unused part of the subscription fee.

12.4 On expiry or termination, Customer shall stop using the APIs, but may keep Customer Output and the historical data it downloaded during the Term for internal reference.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian. The award is final and binding.

14. GENERAL

14.1 Neither party may assign this Agreement without the other party's prior written consent.

14.2 Notices shall be given in writing to the addresses above, with a copy by email to the account managers of both parties.

14.3 This Agreement is made in English. Schedule A (Data Products) and Schedule B (API documentation and call limits) form part of it.

SIGNED for Dalian Beigu Grain Trading Co., Ltd.: ____________________

SIGNED for Ozark Delta Agridata, Inc.: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {
    "h1011z01": ("h1011z01_justice_bureau_legal_aid_platform.pdf", H1011Z01),
    "h1011z02": ("h1011z02_smart_lock_factory_line_control_retrofit.docx", H1011Z02),
    "h1011z03": ("h1011z03_knitting_school_chain_booking_saas.txt", H1011Z03),
    "h1011z04": ("h1011z04_urban_management_waterlogging_monitoring_om.txt", H1011Z04),
    "h1011z05": ("h1011z05_root_carving_studio_tracking_software_supplier_template.md", H1011Z05),
    "h1011e01": ("h1011e01_food_processor_cmms_perpetual_licence_missouri_vendor.pdf", H1011E01),
    "h1011e02": ("h1011e02_cold_chain_fleet_saas_order_form_alabama_vendor.md", H1011E02),
    "h1011e03": ("h1011e03_cold_store_temperature_sensors_mississippi_vendor.docx", H1011E03),
    "h1011e04": ("h1011e04_knitwear_managed_it_services_36_months.md", H1011E04),
    "h1011e05": ("h1011e05_grain_trader_crop_data_api_subscription.txt", H1011E05),
}

# ---------------------------------------------------------------- labels (design)
# t: the 19 terms in holdout19 order, then contract_kind; x: extra; tco: (fee base, ) for goods; forum_outside: design flag
N = None
D = {
    "h1011z01": dict(lang="zh", cat="software", kind="goods_or_licence", cv=1730000, base=860000,
                     t=[99.95, 0.5, True, "buyer", True, True, True, 0.08, N, 20, True, True, 24, 8, False, True, False, "PRC"],
                     sla=True, ld_stated=True, capped=True, deemed=False, rules=[]),
    "h1011z02": dict(lang="zh", cat="hardware", kind="goods_or_licence", cv=2080000, base=1862000,
                     t=[N, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 26, False, True, True, "PRC"],
                     sla=True, ld_stated=True, capped=True, deemed=False,
                     rules=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "h1011z03": dict(lang="zh", cat="cloud", kind="service", cv=740000,
                     t=[N, N, False, "buyer", True, False, True, 0.1, N, N, True, N, N, N, False, True, False, "PRC"],
                     sla=False, ld_stated=True, deemed=False,
                     rules=["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "h1011z04": dict(lang="zh", cat="services", kind="service", cv=554000,
                     t=[N, 0.5, True, "buyer", True, True, False, 0.2, N, N, True, N, N, N, False, False, False, N],
                     sla=True, ld_stated=True, deemed=False, rules=["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "h1011z05": dict(lang="zh", cat="software", kind="goods_or_licence", cv=326000, base=168000,
                     t=[N, 8, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, N, False, True, N, "PRC"],
                     sla=True, ld_stated=True, capped=False, deemed=True,
                     rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h1011e01": dict(lang="en", cat="software", kind="goods_or_licence", cv=1820000, base=1260000,
                     t=[N, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False, True, False, "Missouri"],
                     sla=True, ld_stated=True, capped=True, deemed=False, rules=["CR-GOVERNING-LAW"]),
    "h1011e02": dict(lang="en", cat="cloud", kind="service", cv=670000,
                     t=[99.5, 0.5, True, "buyer", True, True, True, 500 / 670000 * 100, 6 / 24 * 100, N, True, N, N, N, True, True, False, "PRC"],
                     sla=True, ld_stated=True, deemed=False,
                     rules=["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "h1011e03": dict(lang="en", cat="hardware", kind="goods_or_licence", cv=1166000, base=1026200,
                     t=[N, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 9, False, True, False, "PRC"],
                     sla=True, ld_stated=True, capped=True, deemed=False, rules=[]),
    "h1011e04": dict(lang="en", cat="services", kind="service", cv=2174000,
                     t=[99.98, 0.5, True, "buyer", False, True, True, N, 150, N, True, N, N, N, False, True, False, "PRC"],
                     sla=True, ld_stated=False, deemed=False, rules=["CR-DATA-SECURITY", "CR-LD-MISSING"]),
    "h1011e05": dict(lang="en", cat="cloud", kind="service", cv=1020000,
                     t=[99.95, 1, True, "buyer", True, False, True, 800 / 1020000 * 100, 200, N, True, N, N, N, False, True, True, "PRC"],
                     sla=True, ld_stated=True, deemed=False, rules=["CR-DATA-OWNERSHIP", "CR-SUBCONTRACT"]),
}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law"]
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (the shipped defaults)
TH = dict(avail=99.9, p1=4, ld=0.05, cap=100, prepay=30, warranty=12, pwf=15, tco=40, horizon=5)


def label(key):
    d = D[key]
    terms = dict(zip(TERM_KEYS, d["t"]))
    terms["contract_kind"] = d["kind"]
    extra = {"sla_clause": d["sla"], "ld_stated": d["ld_stated"]}
    if d["kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["cv"]
    return {"file": FILES[key][0], "language": d["lang"], "category": d["cat"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted(d["rules"])}


def tco_share(d, t):
    if d["kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not d["capped"]:
        return None
    years = max(0.0, TH["horizon"] - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * d["base"]
    return fees / (d["cv"] + fees) * 100


def derive(lab, d):
    """My reading of policy section 3, applied to the label."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["avail"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1"]:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > TH["pwf"]:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(d, t)
        if s is not None and s > TH["tco"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d.get("forum_outside"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold figures in the text
NUMZH = "零一二三四五六七八九十百千"
PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)", r"九十九点九(?![" + NUMZH + "])",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b)", r"(?<![\d.])4\s*(?:business|working|clock)\s*hours?",
    r"(?<![" + NUMZH + r"\d])四\s*个?\s*小时", r"(?<![\w-])four\s*(?:\(4\)\s*)?(?:business\s*|working\s*)?hours?",
    r"(?<![\d.])0?\.050*(?!\d)\s*%", r"万分之五(?![" + NUMZH + "])", r"千分之零点五", r"(?<![\d.])0?\.00050*(?!\d)",
    r"(?<![\d.,])100(?:\.0+)?\s*%", r"百分之一?百", r"(?<![\w-])(?:one\s*)?hundred\s*per\s*-?cent",
    r"(?<![\d.,])30(?:\.0+)?\s*%", r"百分之三十(?![一二三四五六七八九])", r"(?<![\w-])thirty\s*(?:per\s*cent|percent)",
    r"(?<![\d.,])15(?:\.0+)?\s*%", r"百分之十五(?![一二三四五六七八九])", r"(?<![\w-])fifteen\s*(?:per\s*cent|percent)",
    r"(?<![\d.,])40(?:\.0+)?\s*%", r"百分之四十(?![一二三四五六七八九])", r"(?<![\w-])forty\s*(?:per\s*cent|percent)",
    r"(?<![\d.,])12\s*-?\s*(?:个\s*月|months?\b)", r"(?<![" + NUMZH + r"])十二\s*个\s*月",
    r"(?<![\w-])twelve\s*(?:\(12\)\s*)?-?\s*months?", r"(?<![第每\d" + NUMZH + r"])一\s*年", r"(?<![\w-])one\s*-?\s*year\b",
    r"(?<![\d.,])1\s*-?\s*years?\b",
    r"(?<![\d.,])5\s*-?\s*(?:年|years?\b)", r"(?<![" + NUMZH + r"])五\s*个?\s*年", r"(?<![\w-])five\s*-?\s*years?\b",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "百分之三十", "4小时", "4 小时", "四小时", "four hours", "4 hours", "4 business hours", "99.9%",
            "99.90 %", "0.05%", "万分之五", "100%", "百分之百", "12个月", "十二个月", "twelve months", "12-month", "15%",
            "百分之十五", "40 %", "百分之四十", "五年", "5 years", "five-year", "one year", "一年", "1 year", "4h"]
MUST_MISS = ["130%", "二十四小时", "24 hours", "twenty-four hours", "99.95%", "99.98%", "0.055%", "万分之五十", "120个月",
             "2025年", "十五年", "35%", "百分之三十五", "150%", "第一年", "每一年", "14 hours", "0.08%", "1,230%", "25 years",
             "2027年5月", "2027年12月31日", "45%", "one Contract Year", "once a year", "1.5 years"]


def selftest():
    for s in MUST_HIT:
        assert RX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not RX.search(s), ("must miss", s, RX.search(s))


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


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    sources = {k: src for k, (name, src) in FILES.items() if name.endswith((".docx", ".pdf"))}
    targets = {k: (name, name.rsplit(".", 1)[1]) for k, (name, src) in FILES.items() if name.endswith((".docx", ".pdf"))}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, src) in FILES.items():
        if name.endswith((".txt", ".md")):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered, problems = set(), []
    for k in FILES:
        d = D[k]
        lab = label(k)
        t = lab["expected_terms"]
        # label values never on a threshold
        assert t["availability_pct"] != TH["avail"] and t["p1_response_hours"] != TH["p1"], k
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - TH["ld"]) > 1e-9, k
        assert t["liability_cap_pct"] is None or abs(t["liability_cap_pct"] - TH["cap"]) > 1e-9, k
        assert t["prepayment_pct"] is None or abs(t["prepayment_pct"] - TH["prepay"]) > 1e-9, k
        assert t["warranty_months"] != TH["warranty"] and t["post_warranty_fee_pct"] != TH["pwf"], k
        share = tco_share(d, t)
        if share is not None:
            assert abs(share - TH["tco"]) > 2, (k, share)
        got = derive(lab, d)
        assert got == sorted(d["rules"]), (k, got, d["rules"])
        covered |= set(got)
        (OUT / (name_stem(k) + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / FILES[k][0])
        n = len(re.sub(r"\s", "", text)) if d["lang"] == "zh" else len(text.split())
        lo, hi = (2750, 3000) if d["lang"] == "zh" else (1450, 1650)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(variant)
            if m:
                problems.append((k, "threshold figure", variant[max(0, m.start() - 20):m.end() + 20]))
        if not lo <= n <= hi:
            problems.append((k, "length", n))
        print("%-9s %-6d rules=%-3d risk=%-6s tco=%s %s" % (k, n, len(got), risk(got),
                                                          None if share is None else round(share, 1), ", ".join(got)))
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append(("coverage", sorted(missing)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems


def name_stem(k):
    return FILES[k][0].rsplit(".", 1)[0]


if __name__ == "__main__":
    main()
