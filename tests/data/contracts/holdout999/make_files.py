"""holdout999: builds the ten blind held-out drafts from the sources below (.txt/.md written as is, .docx/.pdf through
../word_pdf.py), writes the .json labels, derives each draft's rules from its labels (policy §3 as read by the author),
compares them with the design list and asserts coverage, lengths and that no value or text sits on a threshold.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:用能权交易管理平台建设项目合同
P:合同编号：FGW-YN-2027-017
P:采购方式：公开招标（政府采购）
P:甲方（采购人）：某市发展和改革委员会
P:乙方（供应商）：某省数源能科信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，就用能权交易管理平台的软件许可及定制开发事宜订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供用能权交易管理平台软件（以下简称“平台”）的永久使用许可，并完成定制开发、部署实施、数据初始化及培训，使平台支持重点用能单位登记、用能权初始分配、交易撮合、履约清缴及统计分析等业务。
P:1.2 定制开发内容包括：与市能耗在线监测系统、公共资源交易平台及政务服务统一身份认证的接口；配额核定与清缴模型；面向监管人员的驾驶舱及报表共计二十六张。详细需求以招标文件技术部分及双方确认的需求规格说明书为准。
P:1.3 平台部署于甲方指定的政务云资源池，乙方负责应用层的安装、配置和调优，甲方负责提供云主机、数据库资源及网络环境。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零伍万陆仟元整（¥2,056,000），为固定总价，包含软件许可、开发、实施、培训、税费及乙方完成本项目所需的一切费用。
P:2.2 价款构成：平台软件永久许可费¥1,160,000；定制开发费¥742,000；部署实施及数据初始化费¥118,000；培训费¥36,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计¥411,200。
P:3.2 平台通过初步验收后十五个工作日内，甲方支付合同总价的45%，计¥925,200。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，计¥719,600。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款受财政资金拨付程序约束，但不得无故拖延。
P:3.5 乙方应于合同签订后十日内向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还；质保期内的维护义务由乙方另行出具书面承诺担保。
H:第四条 项目实施
P:4.1 乙方应于合同签订后一百二十日内完成开发及部署，并提交初步验收申请。
P:4.2 乙方应派驻项目经理及不少于五名开发实施人员，未经甲方同意不得更换项目经理。
P:4.3 乙方应在实施过程中按周提交进度报告，重大问题及时书面报告甲方。
P:4.4 甲方应指定项目联系人，及时提供业务规则、历史数据及外部系统接口文档，并协调政务云运营方提供必要的资源和网络策略。因甲方原因造成工期延误的，工期相应顺延。
P:4.5 乙方应对甲方业务人员及系统管理员分别开展培训，培训不少于四期，每期不少于两日，并提交操作手册、管理员手册及培训课件。培训效果由甲方考核，考核不合格的人员由乙方免费补训。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；与三个外部系统的接口联调通过，数据交换连续十日无差错；在五百名用户并发时，常用页面响应时间不超过三秒；第三方测评机构出具的安全测评报告无高危问题。
P:5.2 初步验收后平台进入试运行，试运行期为九十日。试运行期间累计无一级故障、历史数据核对一致、配额计算结果经甲方抽查无误的，乙方可申请最终验收。最终验收由甲方组织专家按上述标准进行，并签署书面验收报告。
P:5.3 平台上线运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质保及维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配及技术支持。
P:6.2 质保期满后，甲方如需继续委托乙方维护，年度维护费不超过平台软件许可费的9%（即每年不超过¥104,400），且该标准在质保期满后的三个年度内保持不变。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台年度可用率不低于99.95%，计划内维护须提前三个工作日告知甲方，且不计入不可用时间。
P:7.2 一级故障（平台整体不可用或交易撮合中断）乙方应在30分钟内响应、两小时内到场处理；二级故障一小时内响应；三级故障于下一个工作日内处理。
P:7.3 响应或修复超时的，每超时一小时乙方向甲方支付违约金¥1,000；年度可用率每低于约定值0.01个百分点，乙方支付违约金¥2,000，甲方可从应付款项中直接扣除。
H:第八条 知识产权
P:8.1 平台软件的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的接口程序、配额模型、报表及其源代码和技术文档，知识产权归甲方所有。乙方应在最终验收时交付完整源代码，甲方有权自行或委托第三方修改、使用和再许可。
H:第九条 数据安全
P:9.1 平台运行产生及采集的用能数据、交易数据和企业信息均属于甲方，乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得留存副本。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，运维操作一律经由甲方堡垒机进行，不得将数据拷贝至政务云以外。
P:9.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在两小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及由此产生的行政处罚。
H:第十条 保密
P:10.1 双方对履行本合同知悉的对方商业秘密、工作秘密及未公开信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务不因本合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期完成开发部署或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的平台不符合约定且经整改仍不合格的，甲方有权拒收并要求乙方退还已付款项。
P:11.3 乙方违反第九条约定的，除承担赔偿责任外，甲方有权暂停支付剩余款项，直至乙方完成整改并经甲方确认。
P:11.4 甲方无正当理由逾期付款的，按国家有关规定承担责任。
H:第十二条 分包
P:12.1 本项目不允许分包或转包。乙方不得将合同项下任何工作交由第三方完成。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权解除本合同，并要求乙方返还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，双方均可解除合同。
H:第十四条 法律适用及争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。
P:15.2 本合同履行期间，双方往来通知应以书面形式送达合同首部载明的地址；一方变更地址的，应提前五日书面通知对方。
P:甲方（盖章）：某市发展和改革委员会    乙方（盖章）：某省数源能科信息技术有限公司
P:签订日期：2027年3月____日
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：JF-GZ-2027-0042
P:甲方：某电器科技股份有限公司（理发器制造）
P:乙方：某智能装备自动化工程有限公司
P:甲方为提高电推剪、理发器整机装配线及刀头研磨线的自动化水平，委托乙方对其六条生产线的控制系统进行改造。经双方协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条生产线（总装线四条、刀头研磨线二条）的控制系统改造，包括更换PLC及伺服控制柜、加装触摸屏人机界面、新增刀头视觉检测单元、部署产线数据采集软件，并完成与甲方现有ERP系统的数据对接。
P:1.2 乙方应编写PLC控制程序、人机界面画面及视觉检测算法参数，并负责设备安装、接线、单机调试和联动调试，改造期间应配合甲方的生产安排分线停机施工，每条线停机不得超过五日。
P:1.3 改造完成后，每条总装线的节拍应由现状提升至每台不超过九秒，刀头研磨线的人工目检工位全部由视觉检测替代。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰柒拾伍万贰仟元整（¥1,752,000），含税、含运输、安装调试及培训费用。价格明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC及伺服控制柜|6套|128,000|768,000
TB:2|触摸屏人机界面（HMI）|12台|9,500|114,000
TB:3|刀头视觉检测单元|4套|86,000|344,000
TB:4|产线数据采集软件许可（永久）|1套|286,000|286,000
TB:5|工业交换机及网关|1批|48,000|48,000
TB:|设备及软件小计|||1,560,000
TB:6|改造施工及联调|1项|168,000|168,000
TB:7|操作及维修培训|1项|24,000|24,000
TB:|合计|||1,752,000
P:2.2 上表设备及软件小计为¥1,560,000，作为质保期满后维保费的计费基数。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款，计¥175,200。
P:3.2 全部设备到货并安装完毕后，甲方支付合同总价的55%，计¥963,600。到货及安装不代表验收合格。
P:3.3 改造项目最终验收合格后，甲方支付合同总价的35%，计¥613,200。
P:3.4 乙方应在每次付款前开具增值税专用发票。
H:第四条 交付与工期
P:4.1 乙方应于合同生效后四十五日内完成全部设备到货，并于到货后六十日内完成六条生产线的改造及联动调试。
P:4.2 设备到货时，双方共同开箱清点，核对型号、数量及随机资料，并签署到货签收单。
P:4.3 乙方施工人员应遵守甲方厂区安全及生产管理制度，因施工造成甲方设备或产品损坏的，由乙方负责赔偿。
P:4.4 甲方应提供施工所需的场地、电源及压缩空气，提供现有设备图纸、工艺文件和ERP接口说明，并指定生产、设备及信息部门的对接人员。甲方未按期提供上述条件的，工期相应顺延。
P:4.5 乙方应对甲方操作工、设备维修人员和信息人员分别进行培训，内容包括设备操作、日常点检、故障排查、程序备份与恢复。培训结束后乙方应提交操作规程、电气图纸、程序备份及备件清单。
P:4.6 改造期间乙方应制定停线切换方案，经甲方生产部门确认后实施；切换失败时乙方应在当班内恢复原有控制系统，保证甲方订单生产不受影响。
H:第五条 验收
P:5.1 验收标准：各生产线连续七十二小时带料运行无停线故障；总装线节拍达到第1.3款要求；视觉检测单元对刀头缺口、毛刺的漏检件数在抽检的两千件中不超过两件；数据采集软件采集的产量与ERP报工数据一致；PLC程序及人机界面画面与设计文件一致。
P:5.2 乙方完成改造后书面申请验收，甲方应在七日内组织验收并出具书面验收报告。验收不合格的，乙方应在十日内整改后重新验收。
P:5.3 生产线恢复生产或甲方使用改造设备，不视为验收合格。
P:5.4 验收时乙方应提交竣工资料，包括电气原理图、接线图、程序源文件及注释、参数表和调试记录。
H:第六条 质保及维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现非甲方原因的故障，乙方免费维修或更换，并免费提供软件升级。质保期内乙方每季度上门巡检一次，检查控制柜温升、伺服参数、视觉镜头及光源状态，并提交巡检报告。
P:6.4 乙方应在甲方厂区存放常用备件，包括PLC模块、伺服驱动器、触摸屏及视觉光源，备件清单作为合同附件。备件消耗后乙方应在十日内补齐。
P:6.2 质保期满后，乙方继续提供维保服务，内容包括定期巡检、备件更换、程序优化及软件升级。维保费按设备及软件小计的26%每年计取，即每年¥405,600，维保期内该费率不作调整。
P:6.3 维保服务按年度签订确认书，甲方可于每个维保年度届满前决定是否继续委托，不自动续期。
H:第七条 故障响应
P:7.1 故障分为三级：一级故障指任一生产线整线停机；二级故障指单工位停用但生产线可降速运行；三级故障指不影响生产的一般问题。
P:7.2 一级故障乙方应在一小时内响应，三小时内到场，八小时内恢复生产；二级故障两小时内响应，次日内修复；三级故障在三个工作日内处理。
P:7.3 乙方未按上述时限响应或恢复的，每超时一小时向甲方支付违约金¥800，可从维保费或应付款中扣除。
H:第八条 知识产权
P:8.1 数据采集软件的著作权归其权利人所有，甲方享有永久使用许可。
P:8.2 乙方为本项目编写的PLC控制程序、人机界面画面、视觉检测参数及对接程序，包括源程序和设计文件，知识产权归甲方所有，甲方可自行修改或委托他人维护。
H:第九条 数据安全
P:9.1 生产线运行数据、工艺参数和产量数据属于甲方，乙方不得用于本合同以外的目的，也不得向第三方提供。
P:9.2 乙方远程维护须经甲方每次书面批准，并通过甲方指定的VPN及账号进行，操作日志由甲方留存。乙方不得在控制系统中植入未经甲方同意的远程访问功能。
P:9.3 因乙方原因导致生产数据泄露、损毁或控制系统遭受网络攻击的，乙方应在两小时内通知甲方并承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对在履约中知悉的甲方工艺、配方、产能、客户及价格信息负有保密义务，未经甲方书面同意不得披露，保密期限至本合同终止后三年。
H:第十一条 违约责任
P:11.1 乙方逾期到货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但故意、重大过失及违反第九条、第十条的除外。
H:第十二条 分包
P:12.1 乙方不得将改造工作转包。电气布线等辅助工作确需分包的，应事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十三条 解除
P:13.1 乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明，可根据影响程度部分或全部免除责任，但迟延履行后发生不可抗力的除外。
H:第十五条 争议解决
P:15.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：                乙方（盖章）：
"""

Z03 = """气排球馆连锁预订及会员管理系统服务合同

合同编号：QPQ-SaaS-2027-003

甲方：某体育文化发展有限公司（气排球馆连锁运营，共四十家门店）
乙方：某云场科技有限公司

甲方拟在其全部四十家气排球门店统一使用场地预订、会员管理及赛事报名系统，乙方以软件即服务（SaaS）方式提供该系统并负责实施。双方经协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方四十家门店提供场地预订、会员储值及积分、课程与教练排班、赛事报名、小程序及收银对账功能，服务通过乙方云平台提供。
2. 订阅服务期为两个服务年度，首个服务年度自系统上线验收合格之日起算，第二个服务年度紧随其后。
（二）实施服务
1. 乙方负责系统开通、门店及场地基础数据配置、甲方现有会员及储值余额迁移、小程序页面按甲方品牌定制、与甲方财务系统对账接口开发。
2. 乙方应对门店店长、前台及财务人员进行培训，并提供操作手册和培训视频。
3. 实施服务应于合同签订后六十日内完成并提交上线验收申请。
（三）服务范围说明
1. 订阅服务包括服务期内的系统运行、数据备份、安全防护、版本更新及客服支持，不另行收费。
2. 短信通知按实际发送条数另行结算，不计入本合同总价。
3. 乙方每日对甲方数据进行全量备份，备份保留不少于三十日，并每季度进行一次恢复演练。

二、费用
（一）订阅费按门店数计算，每家门店每个服务年度¥6,800，四十家门店每个服务年度合计¥272,000，两个服务年度共计¥544,000。
（二）实施费为一次性费用¥96,000。
（三）本合同总价为¥640,000。新增门店的，按相同单价按月折算增加费用，另行签订补充协议。

三、付款
（一）实施费在系统上线验收合格后十五个工作日内一次付清。
（二）每个服务年度的订阅费，在该服务年度开始后十五个工作日内支付。
（三）乙方应在收款前开具增值税专用发票。甲方不向乙方支付任何预付款。

四、上线验收
（一）验收标准：
1. 四十家门店的场地、价格及时段配置与甲方确认的配置表一致；
2. 迁移后会员数量、储值余额及积分与甲方原系统导出数据逐一核对一致；
3. 小程序预订、支付、退订及核销全流程在每家门店实测通过；
4. 在两千名用户同时预订时，预订提交的响应时间不超过两秒；
5. 对账接口连续七日与财务系统核对无差异。
（二）甲方应在收到验收申请后七个工作日内组织验收并出具书面意见。门店开始使用系统不视为验收合格。
（三）验收不通过的，乙方应在十日内整改后重新申请验收。
（四）上线验收合格后，乙方应提交系统配置清单、接口说明、数据迁移核对报告及培训记录，由甲方归档。

五、服务水平
（一）系统月度可用率不低于99.5%。可用率按每月总分钟数扣除不可用分钟数后计算，经甲方同意的计划维护时间不计入不可用时间。
（二）故障分级及响应：
1. 一级故障：全部门店无法预订、支付或核销，乙方应在30分钟内响应，两小时内恢复；
2. 二级故障：部分门店或部分功能不可用，乙方应在两小时内响应，八小时内恢复；
3. 三级故障：一般使用问题，乙方应在一个工作日内答复。
（三）月度可用率未达到约定标准的，按未达标幅度每0.1个百分点抵扣当月对应订阅费的2%；一级故障未在约定时间内恢复的，每超过一小时另行抵扣¥500。抵扣金额从下一期订阅费中扣除。

（四）服务支持：
1. 乙方提供全年每日早八点至晚十一点的客服热线及在线工单服务，覆盖门店营业时间；
2. 乙方每月向甲方提交服务报告，列明可用率、故障处理情况、工单统计及改进措施；
3. 乙方的版本更新应提前五个工作日告知甲方，涉及门店操作变化的，应同时提供更新说明及培训；
4. 节假日及甲方举办大型赛事期间，乙方应安排专人值守，并提前进行容量评估。

六、续期
（一）订阅服务期满，除任何一方在期满前六十日书面通知不续期外，本合同自动续期一个服务年度，此后亦同。
（二）续期时乙方有权根据市场情况调整订阅单价，调整幅度每次不超过8%，乙方应在期满前三十日通知甲方新的单价，甲方未提出异议的视为接受。

七、数据与信息安全
（一）甲方会员的姓名、手机号、人脸照片、消费及储值记录等数据均属于甲方。乙方仅为提供本合同服务而处理上述数据，不得用于其他目的，不得向第三方提供。
（二）乙方应对会员个人信息加密存储，实施访问权限控制和操作日志审计，系统应通过网络安全等级保护二级测评，服务器位于中国境内。
（三）发生或可能发生数据泄露的，乙方应在两小时内通知甲方并采取补救措施；因乙方原因造成数据泄露的，乙方承担全部赔偿责任，包括甲方向会员承担的赔偿。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后删除。

八、保密
乙方对在履约中获知的甲方经营数据、定价策略、门店拓展计划及会员信息负有保密义务，未经甲方书面同意不得披露，保密期限至合同终止后三年。乙方应要求其参与本项目的员工签署保密承诺，员工违反保密义务的，由乙方向甲方承担责任。

九、知识产权
（一）云平台及其标准功能的知识产权归乙方所有。
（二）为甲方定制的小程序页面、品牌素材、对账接口程序及相关文档的知识产权归甲方所有，乙方应交付接口源代码，甲方可自行或委托他人修改使用。

十、违约责任
（一）乙方未在约定期限内完成实施并提交验收的，每逾期一日，向甲方支付违约金¥600。
（二）乙方连续两个月未达到约定可用率，或在一个服务年度内发生三次以上一级故障的，除按第五条抵扣外，甲方有权要求乙方提交整改方案并限期整改。
（三）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但违反第七条、第八条造成的损失不受此限。

十一、甲方义务
（一）甲方应指定总部项目负责人及各门店联系人，按乙方要求提供门店、场地、价格、会员及储值数据，并对迁移结果进行核对确认。
（二）甲方应妥善保管系统管理员账号及密码，按照乙方提供的操作手册使用系统。因甲方员工违规操作导致的损失，由甲方自行承担。
（三）甲方门店关闭、迁址或新增的，应提前三十日书面通知乙方，双方据此调整服务范围和费用。

十二、分包
乙方不得将实施服务分包给第三方，确需委托第三方完成部分工作的，应事先取得甲方书面同意。

十三、合同解除
乙方严重违约，经甲方书面通知后十五日内仍未改正的，甲方有权解除本合同，乙方应退还已收取但尚未提供服务部分的订阅费。

十四、不可抗力
因地震、洪水、疫情等不可抗力或电信运营商大面积网络中断导致服务中断的，受影响方应及时通知对方并采取措施减少损失，相应时间不计入不可用时间，但乙方应在条件允许后尽快恢复服务。

十五、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交甲方住所地有管辖权的人民法院诉讼解决。

十六、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同附件包括门店清单、场地及价格配置表、数据迁移方案，附件与本合同具有同等效力。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

Z04 = """交通调查站数据采集系统运维服务合同

项目编号：JTJ-CS-2027-008（竞争性磋商）

甲方（采购人）：某市交通运输局
乙方（成交供应商）：某交通智能科技有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方响应文件，甲乙双方就交通调查站数据采集系统运维服务事宜，经协商一致，订立本合同。

第一条 服务范围
（一）运维对象为甲方所属的国省干线公路交通调查站四十六处，包括微波及线圈车辆检测器、视频车型识别设备、站点工控机、供电及通信设备，以及部署于甲方机房的交调数据采集与上报系统。
（二）服务内容包括：设备日常巡检与维护、故障抢修、采集软件及数据库运维、数据质量核查、向上级交通运输主管部门的数据按时上报保障、运维台账管理及年度运维报告编制。
（三）服务期自2027年1月1日起至2027年12月31日止。

第二条 服务要求
（一）乙方应组建不少于六人的运维团队，其中项目负责人一名、设备维护工程师三名、软件及数据工程师两名，人员名单报甲方备案，更换人员须经甲方同意。
（二）乙方每月对全部站点现场巡检一次，检查设备安装、供电、防雷及通信状况，清洁视频设备镜头，校核检测器参数，并填写巡检记录。
（三）乙方每日核查各站点数据上报情况，发现数据缺失、异常或与历史规律明显不符的，应当日查明原因并处理。
（四）乙方应建立备品备件库，常用检测器模块、工控机及通信模块的库存应能满足三个站点同时更换的需要。
（五）因道路施工、交通事故等原因导致站点设备损坏的，乙方应配合甲方进行现场处置，并提出修复方案和费用预算，经甲方确认后实施，费用另行结算。
（六）乙方每月向甲方提交运维月报，内容包括站点运行情况、数据上报统计、故障处理情况、备件消耗及下月工作计划；每季度末提交季度运维分析，提出设备更新和站点优化建议。
（七）在春运、国庆等重要时段及恶劣天气期间，乙方应增加巡检频次，安排人员值守，确保数据连续采集和及时上报。
（八）乙方应对采集软件和数据库进行日常监控，每周进行一次数据备份，并每季度开展一次备份恢复测试，测试结果书面报甲方。

第三条 故障响应
（一）故障分为三级：一级故障指采集系统中心端整体中断，或五个以上站点同时停止上报；二级故障指单个站点停止上报；三级故障指单个设备性能下降但站点仍能上报数据。
（二）一级故障乙方应在一小时内响应，三小时内到达现场或远程介入，十二小时内恢复；二级故障乙方应在两小时内响应，两日内恢复；三级故障乙方应在五个工作日内处理完毕。
（三）乙方应设立运维服务热线和值班电话，全天候受理甲方及站点所在公路管理机构的故障报告，并通过甲方运维管理平台登记工单。
（四）乙方应对每次故障填写工单，记录发生时间、响应时间、处理过程和恢复时间，并于每月5日前汇总报送甲方。
（五）乙方未按上述时限响应或恢复的，甲方可以书面方式督促乙方整改，乙方应在三日内提交整改说明。

第四条 服务费用及支付
（一）本合同服务费总额为人民币肆拾捌万陆仟元整（¥486,000），包含人工、交通、备品备件（第二条第（五）项除外）、工具、税费等全部费用。
（二）服务费按季度支付，每季度¥121,500。每个季度结束且该季度考核合格后十五个工作日内，甲方支付该季度服务费。
（三）乙方应在每次付款前开具合法发票。
（四）本合同不设预付款。服务期内服务费总额不作调整，第二条第（五）项所列修复费用按双方确认的预算据实结算。

第五条 考核与验收
（一）甲方按季度对乙方服务进行考核，考核内容包括：巡检记录是否完整并与实际相符；故障工单是否全部闭环；数据是否按规定时间报送上级部门；备品备件是否满足第二条要求；运维台账是否及时更新。
（二）服务期满，乙方应提交年度运维报告、设备状况清单、运维台账及系统配置文档，甲方组织对全年服务进行验收，并出具书面验收意见。
（三）考核不合格的，乙方应在十五日内整改，整改后仍不合格的，甲方可暂缓支付该季度服务费直至整改合格。

第六条 甲方义务
（一）甲方应向乙方提供站点清单、设备台账、系统账号及现有运维资料，并协调公路养护单位为乙方现场作业提供便利。
（二）甲方应指定运维联系人，及时审核乙方提交的月报、工单和整改说明，并按约支付服务费。
（三）甲方负责机房环境、网络专线及上级系统接口的协调工作。

第七条 作业安全
（一）乙方在公路沿线作业时，应按照公路养护作业安全规程设置警示标志和安全防护设施，作业人员应穿戴反光服装。
（二）乙方应为其作业人员购买意外伤害保险。乙方作业过程中发生的人身伤害及第三方损失，由乙方承担责任。

第八条 数据安全
（一）交调站采集的交通量、车型、车速等数据及系统中的全部数据均属于甲方，乙方仅可为完成运维工作处理上述数据，不得复制、留存或用于其他目的，不得向任何第三方提供。
（二）乙方应遵守网络安全等级保护制度，远程运维须通过甲方提供的堡垒机进行，运维账号实行一人一号，操作日志由甲方留存不少于六个月。
（三）乙方不得在系统中安装与运维无关的软件，不得擅自变更网络及安全策略。
（四）发生数据泄露、篡改、丢失或系统遭受攻击的，乙方应在一小时内报告甲方并采取处置措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，并承担由此产生的行政处罚后果。

第九条 知识产权
运维期间乙方为甲方编写的数据核查脚本、统计报表模板及配置文档，知识产权归甲方所有，甲方可自由使用和修改。

第十条 违约责任
（一）乙方未按合同约定时间进场开展服务，或未按期提交年度运维报告的，每逾期一日，按合同总额的千分之一向甲方支付违约金。
（二）乙方提交的运维记录、工单或年度运维报告存在虚假内容的，甲方有权要求乙方重新提交，并按合同总额的2%向甲方支付违约金。

第十一条 分包与转包
乙方不得将本合同项下的服务转包或分包给第三方。

第十二条 合同解除
乙方严重违约，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，并按乙方实际完成的合格服务结算费用。

第十三条 服务交接
合同终止或服务期满时，乙方应在十五日内向甲方或甲方指定的单位移交全部运维资料、账号、备件清单及未闭环工单，并配合完成交接。交接期间乙方应继续履行故障响应义务，交接完成后双方签署交接确认单。乙方应在交接确认单签署后删除其持有的全部系统账号。

第十四条 不可抗力
因自然灾害、道路断行等不可抗力导致乙方无法按时到达现场或恢复站点的，乙方应及时通知甲方，并在条件具备后立即恢复，相应时间不计入故障处理时限。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，依法向甲方所在地人民法院提起诉讼。

第十六条 其他
竞争性磋商文件、乙方响应文件及成交通知书为本合同的组成部分。本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。

甲方（盖章）：某市交通运输局        乙方（盖章）：某交通智能科技有限公司
签订日期：2026年12月____日
"""

Z05 = """# 工序通生产过程追踪软件销售及定制开发合同

（乙方标准合同文本 GXT-HT-V3.0）

合同编号：GXT-2027-0216

甲方：某县泥泥狗工作室（手工陶艺制品生产）

乙方：某工序通信息技术有限公司

甲方因生产管理需要，向乙方购买“工序通”生产过程追踪软件并委托乙方进行定制开发。双方在平等自愿的基础上，就下列事项达成一致。

## 第一条 产品及服务内容

1.1 乙方向甲方提供“工序通”生产过程追踪软件标准版的永久使用许可（二十个用户），功能包括订单管理、工序派工、扫码报工、半成品流转、成品入库及统计报表。

1.2 乙方根据甲方的手工制作流程进行定制开发，包括：泥坯制作、晾晒、烧制、彩绘、包装五道工序的流转规则配置；按批次记录窑温、烧制时长的烧制记录模块；面向客户的成品溯源二维码页面；与甲方网店后台的订单同步接口。

1.3 乙方负责软件安装部署、基础数据初始化及对甲方人员的使用培训。

1.4 软件运行所需的服务器、扫码枪、标签打印机、平板电脑及网络环境由甲方自行采购和准备，乙方可提供配置建议。乙方提供的软件按现状交付，乙方不保证软件适用于甲方的全部业务需求。

1.5 定制开发的需求以双方确认的《需求确认单》为准。需求确认后甲方提出变更的，乙方有权另行评估工作量并收取费用，交付期限相应顺延。

1.6 乙方在需求调研阶段安排工程师到甲方作坊现场了解泥坯制作、烧制及彩绘流程，调研时间不超过三个工作日，调研结果形成《需求确认单》，由甲方签字确认。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
| --- | --- | --- |
| 1 | 工序通标准版软件许可（永久，二十用户） | 168,000 |
| 2 | 定制开发（工序配置、烧制记录、溯源页面、订单接口） | 126,000 |
| 3 | 部署、数据初始化及培训 | 18,000 |
| | 合计 | 312,000 |

合同总金额为人民币叁拾壹万贰仟元整（¥312,000），含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总金额的65%，计¥202,800。乙方收到该款项后启动项目。

3.2 软件上线运行后五个工作日内，甲方支付剩余35%，计¥109,200。

3.3 乙方在收到每笔款项前向甲方开具增值税普通发票。甲方要求开具专用发票的，应提前提供开票资料。

3.4 甲方逾期付款的，每逾期一日按应付未付金额的千分之一支付违约金，且乙方有权暂停服务。

## 第四条 交付

4.1 乙方在收到首付款后七十五日内完成标准版部署及定制开发，并通知甲方上线。

4.2 因甲方未及时提供工序资料、场地或网络环境导致延期的，交付期限相应顺延，乙方不承担责任。

4.3 乙方完成部署后，以书面或电子邮件方式通知甲方上线。甲方应在收到通知后三日内安排人员开始使用，甲方未按时安排的，自通知发出之日起视为上线。

4.4 乙方培训内容包括系统管理、派工报工、扫码操作及报表查询，培训以远程视频为主，现场培训不超过两次。甲方需要增加现场培训的，差旅费用由甲方承担。

4.5 乙方逾期交付的，每逾期一日按合同总金额的万分之二向甲方支付违约金，违约金总额不超过合同总金额的3%。

## 第五条 验收

5.1 软件安装完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后发现的问题，乙方将在后续版本中酌情优化。

## 第六条 免费维护及后续服务

6.1 乙方自软件上线之日起提供六个月的免费维护，内容包括故障修复及远程技术支持。

6.2 免费维护期内，一级故障（系统无法登录或无法扫码报工）乙方在两小时内响应，八小时内提供解决方案；其他问题在两个工作日内处理。乙方未按时响应的，每次按¥200抵扣后续服务费。

6.3 免费维护期满后，甲方如需继续获得维护及升级服务，应与乙方签订年度维护协议，维护费按乙方届时公布的服务价格标准执行。

6.4 下列情形不属于免费维护范围：甲方自行修改配置或数据导致的问题；甲方硬件、网络或操作系统故障；甲方要求增加的新功能；因停电、病毒等非乙方原因造成的损失。乙方处理上述问题的，按人天另行收费。

6.5 乙方对标准版软件的后续版本拥有决定权，免费维护期内甲方可免费获得标准版的补丁更新，但定制功能与新版本的适配需另行收费。

## 第七条 知识产权

7.1 “工序通”软件及乙方为本项目开发的全部定制功能、接口程序、页面模板及源代码，知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行修改、反编译，不得许可第三方使用。乙方不向甲方交付源代码。

## 第八条 数据

8.1 甲方在软件中录入的订单、工序及客户数据归甲方所有。

8.2 甲方同意，乙方可对甲方生产数据进行脱敏处理后用于产品改进、行业分析及向其他客户提供的工艺参考模型。

8.3 乙方采取访问控制、数据加密传输及每日备份等安全措施，保护甲方数据安全。因乙方原因导致甲方数据泄露或丢失的，乙方负责恢复数据并赔偿甲方由此遭受的直接损失。

8.4 合同终止后，甲方可在三十日内申请导出其业务数据，乙方以通用表格格式提供一次导出服务，逾期未申请的，乙方有权删除相关数据。

## 第九条 甲方义务

9.1 甲方应指定一名项目联系人，负责需求确认、资料提供及上线组织工作，并保证所提供资料的真实、完整。

9.2 甲方应按乙方要求准备运行环境，安排参加培训的人员按时参训，并按照使用手册规范操作软件。

9.3 甲方不得将软件用于约定用户数以外的人员，不得以任何方式向第三方提供软件副本。增加用户的，应按乙方当期报价另行购买。

## 第十条 保密

双方对在合作中获知的对方商业秘密负有保密义务，未经对方同意不得向第三方披露，但法律法规另有规定的除外。保密期限为本合同终止后两年。

## 第十一条 合作方

乙方可根据项目需要，将部分开发、实施工作委托乙方的合作伙伴完成，无需另行征得甲方同意，乙方对合作伙伴的工作质量负责。

## 第十二条 责任限制

12.1 任何一方均不对对方的间接损失、利润损失承担责任。

12.2 乙方在本合同项下承担的全部赔偿责任（包括违约金）累计不超过合同总金额的10%。

## 第十三条 合同解除

一方严重违约，经对方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。合同解除后，双方按已完成的工作量进行结算，并办理数据及资料的交接。

## 第十四条 不可抗力

因自然灾害、政府行为、网络运营商故障等不能预见、不能避免的原因导致合同不能履行的，受影响方不承担责任，但应及时通知对方。

## 第十五条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同为乙方标准文本，手写修改部分须经双方盖章确认方为有效。双方的通知可以通过合同载明的电子邮箱或即时通讯工具发送，发送即视为送达。本合同附件为《需求确认单》及《软件使用手册》。

甲方（盖章）：                乙方（盖章）：

日期：                        日期：
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. GVS-CN-2027-011
P:This Software Licence and Services Agreement (the "Agreement") is made between Jiangsu Hengrun Precision Bearing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wuxi, Jiangsu (the "Customer"), and Genesee Valley Systems, Inc., a New York corporation with its principal office at Main Street, Wellsville, New York, United States (the "Vendor").
P:The Vendor develops and licenses PlantKeeper, a maintenance planning and asset reliability software product. The Customer wishes to acquire a perpetual licence to PlantKeeper for its two bearing plants and to engage the Vendor to implement it. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the PlantKeeper software in object code, version 9 or later, including the modules listed in Article 2.1 and the documentation.
P:1.2 "Custom Deliverables" means the interfaces, report templates, mobile checklists and configuration scripts that the Vendor develops for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data that the Customer or its personnel enter into, upload to or generate with the Software, including asset registers, work orders, vibration readings and spare parts records.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the Software and Custom Deliverables meet the acceptance criteria.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers located in the Customer's plants in Wuxi and Changzhou for up to 180 named users and 40 concurrent mobile users. The licence covers the asset register, preventive maintenance, work order, inventory, condition monitoring and reporting modules.
P:2.2 The Vendor shall install and configure the Software, migrate asset and work order history from the Customer's current spreadsheets and legacy system, develop interfaces with the Customer's ERP system and its vibration monitoring system, build twenty-two report templates, and train the Customer's maintenance planners, technicians and administrators.
P:2.3 The Vendor shall deliver a project plan within ten days after signature, assign a named project manager for the whole project, and report progress in writing every two weeks.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,770,000 (the "Contract Price"), inclusive of all taxes, duties and expenses, made up of: perpetual Software licence fee CNY 1,280,000; implementation, data migration and interface development CNY 436,000; training CNY 54,000.
P:3.2 The Contract Price is fixed. No travel, living or other expenses may be charged in addition.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price within fifteen business days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price within fifteen business days after the Software has been installed in both plants and the data migration has been completed. Installation and migration do not constitute acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price within fifteen business days after Final Acceptance.
P:4.4 Payments are made in CNY by bank transfer to the account of the Vendor's appointed payment agent in Shanghai against a valid invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration, migration and interface development within one hundred and twenty days after signature.
P:5.2 The acceptance criteria are: all functions listed in the agreed requirements specification work as specified; migrated asset and work order records reconcile with the source records line by line; the ERP interface transfers spare part reservations and goods issues without error for ten consecutive working days; the vibration interface imports readings from all connected sensors every fifteen minutes; standard screens open within three seconds with 40 concurrent users; and no Severity 1 or Severity 2 defect remains open.
P:5.3 After passing the tests under Article 5.2 the Software runs in production for thirty days. If no Severity 1 defect occurs in that period, the Customer shall issue a Final Acceptance certificate within seven days. Productive use of the Software before that date is not acceptance.
P:5.4 If any test fails, the Vendor shall correct the defect and repeat the test at its own cost within ten days.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and Custom Deliverables will perform in accordance with the documentation and the requirements specification for eighteen months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new versions, and give remote and on-site support free of charge.
P:6.2 Severity 1 means the Software is unavailable or work orders cannot be issued in a plant. The Vendor shall respond to a Severity 1 incident within one hour, twenty-four hours a day, and restore service or provide a workaround within eight hours. Severity 2 incidents shall be responded to within two hours and Severity 3 incidents within one business day.
P:6.3 For each full hour by which the Vendor exceeds a response or restoration time for a Severity 1 incident, the Vendor shall pay the Customer CNY 1,500, which the Customer may deduct from any amount due.
P:6.4 After the Warranty Period the Customer may purchase annual support covering the same services. The annual support fee shall be 11% of the licence fee, namely CNY 140,800 per year, and this fee shall remain fixed for the first three support years. Support is ordered year by year by the Customer's purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software. The Customer's rights in the Software are those set out in Article 2.1.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code with Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose, including analytics, benchmarking or product development.
P:8.2 The Vendor shall access the Customer's systems only through the remote access gateway designated by the Customer, with individual accounts and the Customer's approval for each session. The Vendor shall not copy Customer Data outside the Customer's systems and shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Customer within twelve hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, shall take all necessary remedial measures, and shall be liable for all losses caused by its breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical, commercial and financial information received from the other party, use it only for this Agreement and disclose it only to its employees and advisers who need to know it and are bound by equivalent obligations. These obligations survive termination for three years.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to complete the work under Article 5.1 on time for reasons attributable to it, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 The total liability of the Vendor under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement of third-party rights, or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within twenty days after receiving written notice, or if the delay damages under Article 10.1 reach their maximum. On such termination the Vendor shall refund the amounts paid for work that has not been accepted.
P:12.2 Either party may terminate this Agreement by written notice if the other party becomes insolvent or enters into liquidation.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of New York, without regard to its conflict of laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:13.2 Any dispute arising out of this Agreement shall be settled by arbitration administered by the International Centre for Dispute Resolution under its International Arbitration Rules. The seat of arbitration is New York, New York, and the language of the arbitration is English.
H:Article 14 General
P:14.1 This Agreement, together with the requirements specification and the project plan, is the entire agreement of the parties about its subject matter. Amendments must be in writing and signed by both parties.
P:14.2 Notices shall be given in writing to the addresses stated above or to such other address as a party notifies.
P:14.3 This Agreement is executed in English in two originals, one for each party, and takes effect on signature by both parties.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS — DISPATCHLY FIELD SERVICE CLOUD

Order Form No. DSP-APAC-27-0148

## PART A — ORDER FORM

### A1. Parties

| Role | Entity | Address |
| --- | --- | --- |
| Vendor | Erie Canal Software LLC, a New York limited liability company | Lockport, New York, United States |
| Customer | Guangzhou Yunti Elevator Maintenance Co., Ltd. | Tianhe District, Guangzhou, Guangdong, PRC |

This Order Form (Part A) and the General Terms (Part B) together form the agreement between the parties (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Service and Subscription Term

Dispatchly Field Service Cloud (the "Service"): work order management, technician scheduling and dispatch, mobile app for technicians with offline mode, preventive maintenance plans for elevators and escalators, spare parts tracking, customer portal and management dashboards.

Subscribed quantities: 420 technician users, 60 dispatcher and back-office users, 1 customer portal.

Subscription Term: twenty-four (24) months, divided into two Subscription Years, starting on the date of Go-Live Acceptance under A5 (the "Subscription Start Date").

Hosting: the Service is hosted in the Vendor's environment on Alibaba Cloud, Shanghai region. Customer Data is stored in mainland China.

### A3. Fees

| Item | Basis | Amount (CNY) |
| --- | --- | --- |
| Subscription fee, Subscription Year 1 | 480 users, annual | 386,000 |
| Subscription fee, Subscription Year 2 | 480 users, annual | 386,000 |
| Onboarding services (one-time) | fixed price | 48,000 |
| Total Contract Value | | 820,000 |

All amounts are in Chinese yuan and include VAT. Additional users may be added during the Subscription Term at the same annual rate per user, prorated to the end of the current Subscription Year.

### A4. Invoicing and Payment

1. The onboarding fee is invoiced on Go-Live Acceptance.
2. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.
3. Invoices are payable within thirty (30) days of receipt by bank transfer to the Vendor's appointed billing agent in Guangzhou, which issues official Chinese VAT invoices (fapiao).
4. No amount is payable before the Subscription Start Date.

### A5. Onboarding and Go-Live Acceptance

1. Within seventy days after signature the Vendor will configure the Service, import the Customer's register of 9,600 elevators and escalators with their maintenance plans, import open work orders, set up the integration with the Customer's Kingdee ERP for spare parts and billing, and train dispatchers and team leaders.
2. Go-Live Acceptance tests: (a) the imported equipment register and maintenance plans reconcile with the Customer's export file; (b) a two-week pilot in the Tianhe and Baiyun branches completes all scheduled maintenance work orders in the Service, including offline completion in elevator shafts; (c) spare parts issued in the Service post correctly to the ERP; (d) the customer portal shows work order status to three pilot property managers.
3. When the tests pass, the Customer signs a Go-Live Acceptance certificate. Use of the Service during the pilot is not acceptance.

### A6. Renewal

The Agreement ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties. Nothing in this Agreement renews automatically.

Signed for the Vendor: ______________ Signed for the Customer: ______________

## PART B — GENERAL TERMS

### 1. Provision of the Service

1.1 The Vendor will make the Service available to the Customer's authorised users during the Subscription Term in accordance with the documentation and this Agreement.

1.2 The Vendor will use commercially reasonable efforts to keep the Service available twenty-four hours a day, seven days a week, except for planned maintenance, which the Vendor will try to schedule at night Beijing time, and events outside the Vendor's reasonable control.

1.3 Support is provided through the Vendor's online ticket system and a Chinese-language hotline during business hours, 9:00 to 18:00 Beijing time, Monday to Friday, excluding public holidays. The Vendor will handle tickets in a reasonable order having regard to their urgency.

1.4 The Vendor may update the Service from time to time, provided that updates do not materially reduce the functionality subscribed by the Customer.

### 2. Customer Responsibilities

2.1 The Customer is responsible for its users' compliance with this Agreement, for the accuracy of the data it enters and for keeping user credentials secure.

2.2 The Customer shall appoint a project lead for onboarding, provide its equipment register, maintenance plans and ERP interface documentation in the agreed format, and make pilot branch staff available for testing and training.

2.3 The Customer shall not resell the Service, use it to build a competing product, or attempt to gain unauthorised access to the Service or its related systems.

### 3. Customer Data

3.1 All data entered into or generated in the Service by or for the Customer, including equipment registers, work orders, technician locations and customer contact details ("Customer Data"), belongs to the Customer.

3.2 The Vendor processes Customer Data only to provide the Service and the support under this Agreement and for no other purpose. The Vendor does not use Customer Data, in identifiable, aggregated or anonymised form, for its own analytics, benchmarking or product development.

3.3 On expiry or termination the Vendor will make Customer Data available for export in CSV and JSON format for sixty days and will then delete it, confirming the deletion in writing.

### 4. Security

4.1 The Vendor shall maintain an information security programme certified to ISO/IEC 27001, encrypt Customer Data in transit and at rest, restrict access to staff who need it, log all administrative access and keep the logs for at least six months. The Service environment holds an MLPS level 3 filing.

4.2 The Vendor shall notify the Customer within twenty-four hours after becoming aware of any security incident affecting Customer Data, shall investigate it, shall take all steps needed to contain it, and shall bear all costs and losses of the Customer resulting from an incident caused by the Vendor's breach of this Section 4.

4.3 The Vendor shall comply with the Personal Information Protection Law, the Data Security Law and other applicable laws of the People's Republic of China in processing Customer Data.

### 5. Intellectual Property

5.1 The Vendor owns the Service and all its underlying software. The Customer receives only the right to use the Service during the Subscription Term.

5.2 Configurations, workflow definitions, report layouts and the ERP integration mapping created for the Customer during onboarding belong to the Customer. The Customer may export, use, modify and have third parties use them without restriction.

### 6. Confidentiality

6.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Agreement, and not disclose it except to employees and professional advisers who need to know it. These obligations last for three years after the Agreement ends.

### 7. Subcontracting

7.1 The Customer approves, by signing Part A, the hosting of the Service on Alibaba Cloud as stated in A2. The Vendor shall not engage any other subcontractor or subprocessor in connection with the Service or Customer Data without the Customer's prior written consent.

### 8. Warranties

8.1 The Vendor warrants that the Service will perform materially in accordance with its documentation and that onboarding services will be performed in a professional manner. If the Service does not so perform, the Vendor will correct the non-conformity.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss or loss of profit.

9.2 Each party's total liability under this Agreement is limited to 200% of the Total Contract Value. The limit does not apply to breach of Sections 3, 4 or 6, infringement of intellectual property rights, or wilful misconduct.

### 10. Term and Termination

10.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within thirty days after written notice.

10.2 If the Customer terminates under Section 10.1, the Vendor shall refund the prepaid fees for the remainder of the Subscription Term.

10.3 Either party may terminate this Agreement if the other party becomes insolvent.

### 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding.

### 12. General

12.1 Neither party may assign this Agreement without the other party's written consent, except to an affiliate in a reorganisation.

12.2 Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and resumes performance as soon as possible.

12.3 Notices under this Agreement shall be in writing and sent to the addresses in A1 or to the e-mail addresses of the contract managers named in the onboarding plan.

12.4 This Agreement is the entire agreement of the parties and may be amended only in writing signed by both parties. The English text is authoritative.
"""

E03 = """T:Supply Contract for Cold-Chain Sensors and Monitoring Software
P:Contract No. HLC-PUR-2027-033
P:Buyer: Wuhan Hanlian Cold Chain Logistics Co., Ltd., Dongxihu District, Wuhan, Hubei, People's Republic of China (the "Buyer").
P:Supplier: Finger Lakes Instruments Corp., a New York corporation, Canandaigua, New York, United States, acting for deliveries in China through its Wuhan office (the "Supplier").
P:This contract is issued on the Buyer's standard purchasing terms. The Supplier shall supply temperature and humidity sensors, door sensors and gateways for the Buyer's cold stores and refrigerated trucks, license its ColdWatch monitoring software, and install and commission the system.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 2.1. "Software" means the ColdWatch monitoring software, including its alarm engine, web console and mobile app. "System" means the Equipment and the Software installed and integrated at the Buyer's sites.
P:1.2 The Supplier shall deliver and install the Equipment at the Buyer's six cold stores in Wuhan, Xiaogan and Huangshi and in 210 refrigerated trucks, install the Software on the Buyer's servers, connect it to the Buyer's transport management system (TMS) and warehouse management system (WMS), and train the Buyer's staff.
P:1.3 The System shall record temperature and humidity at least every two minutes, raise alarms by SMS, app push and telephone call when a limit is breached, and produce the temperature records required for pharmaceutical and food cold-chain audits.
H:2. Price
P:2.1 The contract price is CNY 1,296,000 (the "Contract Price"), inclusive of VAT, delivery to site, installation and all other costs, as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, calibrated|1,200|420|504,000
TB:2|Cellular and LoRa gateway|60|3,800|228,000
TB:3|ColdWatch monitoring software, perpetual licence, 1,260 endpoints|1|396,000|396,000
TB:|Equipment and Software subtotal|||1,128,000
TB:4|Installation, commissioning and TMS/WMS integration|1|142,000|142,000
TB:5|Training and documentation|1|26,000|26,000
TB:|Contract Price|||1,296,000
P:2.2 The Contract Price is fixed for the duration of the contract.
H:3. Payment
P:3.1 10% of the Contract Price is payable within fifteen working days after signature, against the Supplier's invoice and an advance payment guarantee of the same amount issued by a bank in mainland China.
P:3.2 55% of the Contract Price is payable within fifteen working days after all Equipment has been delivered and installed. Delivery and installation do not amount to acceptance.
P:3.3 35% of the Contract Price is payable within fifteen working days after Final Acceptance under clause 5.
P:3.4 Every payment requires a valid VAT special invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment within forty-five days after signature and complete installation, commissioning and integration within ninety days after signature.
P:4.2 Each sensor shall be delivered with a calibration certificate traceable to a national metrology standard, valid for the whole warranty period or recalibrated by the Supplier free of charge before it expires.
P:4.3 Truck installations shall be scheduled with the Buyer's fleet team so that no more than twenty trucks are out of service on any day.
P:4.4 Title to the Equipment and risk of loss pass to the Buyer on signature of the delivery note at each site. The Supplier shall pack the Equipment to protect it during transport and storage and shall replace any item damaged before that time.
P:4.5 The Buyer shall provide site access, power, mounting points in the cold stores, the servers and operating systems for the Software, and the TMS and WMS interface specifications. The Buyer shall name a project coordinator for each site. If the Buyer does not provide these on time, the schedule is extended accordingly.
P:4.6 The Supplier shall train the Buyer's warehouse supervisors, dispatchers, drivers and IT administrators in at least six sessions, and shall provide user manuals in Chinese, an administrator manual and a maintenance guide for the Equipment.
H:5. Acceptance
P:5.1 Acceptance tests: (a) every sensor reads within ±0.5 °C of a reference thermometer in a three-point test; (b) every sensor and gateway reports to the Software; (c) alarms reach the on-duty staff within sixty seconds in twenty simulated excursions across all sites; (d) TMS and WMS show live temperatures for the trucks and stores tested; (e) audit reports match the raw records.
P:5.2 After the tests the System runs for thirty days. If no Severity 1 incident occurs and data loss stays below five minutes per sensor per day, the Buyer issues a Final Acceptance certificate within seven days.
P:5.3 Use of the System in operations before Final Acceptance does not mean acceptance. If a test fails, the Supplier shall fix the cause and repeat the test within ten days at its own cost.
H:6. Warranty and Support
P:6.1 The warranty period for the Equipment and the Software is twenty-four months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment, correct Software defects and provide updates free of charge.
P:6.2 Severity 1 means that alarms are not being raised or that a cold store or more than ten trucks stop reporting. The Supplier shall respond to a Severity 1 incident within thirty minutes at any time and restore monitoring within six hours; Severity 2 incidents shall be responded to within two hours.
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, it shall pay CNY 1,000, deductible from amounts due.
P:6.4 After the warranty period the Supplier shall, if the Buyer orders it, provide support and recalibration at an annual fee of 8% of the Equipment and Software subtotal, that is CNY 90,240 per year, fixed for three years. Support is ordered by the Buyer year by year and does not renew automatically.
P:6.5 The Supplier shall keep a stock of spare sensors and gateways in Wuhan equal to at least two percent of the installed quantity and shall replace a failed sensor within three working days after notice.
H:7. Intellectual Property
P:7.1 The Supplier retains the intellectual property in the Software and grants the Buyer a perpetual licence for the number of endpoints purchased.
P:7.2 The TMS and WMS interfaces, alarm rules, report templates and configuration scripts developed for the Buyer under this contract belong to the Buyer, with their source code. The Buyer may use, modify and license them freely.
H:8. Data Security
P:8.1 All data collected or generated by the System, including temperature records, truck locations and alarm logs, belongs to the Buyer. The Supplier may use it only to perform this contract.
P:8.2 The Software runs on the Buyer's servers. The Supplier shall access the System remotely only through the Buyer's VPN with individual accounts and the Buyer's approval for each session, shall not copy data outside the Buyer's systems, and shall comply with the Data Security Law and other laws of the People's Republic of China.
P:8.3 The Supplier shall report any security incident affecting the System within two hours, take immediate remedial action and be liable for all losses caused by its breach of this clause 8.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential the Buyer's customer names, routes, storage volumes, prices and any other non-public information it obtains under this contract, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for three years after the contract ends.
H:10. Delay and Liability
P:10.1 For each day of delay in delivery or in completing installation, the Supplier shall pay liquidated damages of 0.08% of the Contract Price, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, which are unlimited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the contract without the Buyer's prior written consent. Truck installation by an installer approved in writing by the Buyer remains the Supplier's responsibility.
H:12. Termination
P:12.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after written notice, or if the liquidated damages under clause 10.1 reach their maximum.
H:13. Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.
H:14. Force Majeure
P:14.1 A party prevented from performing by an event beyond its reasonable control, such as an earthquake, flood or epidemic, shall notify the other party promptly and provide evidence within fifteen days. Performance is suspended for the duration of the event. If the event lasts more than sixty days, either party may terminate the contract by written notice.
H:15. General
P:15.1 This contract is made in English and Chinese. Both versions have equal effect. Annex 1 (site and truck list) and Annex 2 (acceptance test plan) form part of it. Notices shall be in writing and sent to the addresses above or to the project contacts named in Annex 1. Amendments are valid only when made in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED SERVICES AGREEMENT

Agreement No. SQM-HZ-2027-05

**Customer:** Hangzhou Qiantang Youxuan E-Commerce Co., Ltd., Yuhang District, Hangzhou, Zhejiang, People's Republic of China ("Customer")

**Provider:** Susquehanna Managed IT, Inc., a New York corporation, Owego, New York, United States, performing in China through its Hangzhou branch office ("Provider")

Customer runs an online grocery business with two fulfilment centres and a head office in Hangzhou. Customer wishes Provider to take over the operation of its IT service desk, end-user devices, network and server infrastructure. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the service levels in Schedule 2.

1.3 "Monthly Charge" means the fixed monthly charge in Schedule 3.

1.4 "Transition" means the handover of the Services from Customer's in-house team to Provider, ending with Transition Acceptance under Section 4.

1.5 "Customer Data" means all data of Customer and its customers that Provider accesses or processes in performing the Services.

## Section 2. Term

2.1 This Agreement starts on signature. The service term is thirty-six (36) months from Transition Acceptance (the "Initial Term").

2.2 This Agreement expires at the end of the Initial Term. The parties may extend it by written agreement signed by both of them; any extension is at the Monthly Charge then in force under this Agreement unless the parties agree otherwise in writing.

## Section 3. Services

3.1 Provider shall perform the Services described in Schedule 1 with suitably qualified staff, in accordance with the Service Levels and good industry practice.

3.2 Provider shall assign a named service delivery manager who attends a monthly service review with Customer and presents a report on Service Level performance, incidents, changes, risks and improvement proposals.

3.3 Provider shall follow Customer's change management process. No change to production systems may be made without an approved change request, except emergency changes to restore service, which must be reported within one business day.

3.4 Provider shall keep a resident team of at least eight engineers in Hangzhou, including two at each fulfilment centre during its operating hours, and shall not replace the service delivery manager without Customer's consent, which shall not be unreasonably withheld.

3.5 Provider shall maintain a business continuity plan for the Services, test it with Customer twice a year and remedy any weaknesses found in the test.

## Section 4. Transition

4.1 Provider shall complete Transition within sixty days after signature in accordance with the transition plan agreed in the first ten days.

4.2 Transition Acceptance criteria: all assets and configurations are recorded in the CMDB and reconciled with Customer's asset list; monitoring covers every server, network device and critical application listed in Schedule 1; runbooks for the top fifty recurring requests are approved by Customer; the service desk has handled tickets for fourteen days in shadow mode with first-contact resolution at or above the agreed target; and Customer's IT manager signs the Transition Acceptance certificate.

4.3 If Transition Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay.

## Section 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The Monthly Charge is fixed for the Initial Term.

5.2 The transition fee is invoiced after Transition Acceptance. The Monthly Charge is invoiced monthly in arrears. Customer shall pay correct invoices within thirty days. No payment is due before Transition Acceptance.

## Section 5A. Customer Responsibilities

5A.1 Customer shall give Provider timely access to its sites, systems and documentation, provide spare devices and replacement parts unless Schedule 1 states otherwise, renew software licences and vendor support contracts for its own equipment, and name an IT manager as Provider's main contact.

5A.2 Provider is not responsible for a Service Level failure to the extent it is caused by Customer's breach of Section 5A.1, a failure of third-party equipment not under Provider's management, or a change made by Customer outside the change management process.

## Section 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall process Customer Data only to perform the Services and shall not use it for any other purpose, including in aggregated or anonymised form.

6.2 Provider shall access Customer's systems only through Customer's privileged access management system with named accounts and multi-factor authentication, shall keep Customer Data on Customer's systems, and shall comply with the Data Security Law, the Personal Information Protection Law and MLPS requirements applicable to Customer's systems.

6.3 Provider shall notify Customer of any security incident affecting Customer Data within two hours after discovery, shall assist with containment and investigation, and shall be liable for all losses caused by its breach of this Section 6.

## Section 7. Confidentiality

7.1 Each party shall keep the other's confidential information secret, use it only for this Agreement and disclose it only to those of its staff who need to know it. This obligation continues for three years after the Agreement ends.

## Section 8. Intellectual Property

8.1 Runbooks, scripts, monitoring templates, configuration documents and reports prepared by Provider for Customer belong to Customer, which may use and modify them freely and give them to any successor provider.

8.2 Provider's pre-existing tools remain Provider's property. Provider grants Customer a licence to use them during the Initial Term and the exit period.

## Section 9. Subcontracting

9.1 Provider may subcontract any part of the Services, including on-site device support at the fulfilment centres, to its affiliates or to third parties, by giving Customer ten days' written notice before the subcontractor starts work. Provider remains responsible for its subcontractors.

## Section 10. Liability

10.1 Neither party is liable for indirect loss or loss of profit.

10.2 Each party's total liability under this Agreement is limited to 150% of the total charges payable over the Initial Term, except for breach of Sections 6 and 7, wilful misconduct and personal injury.

## Section 11. Termination

11.1 This Agreement may not be terminated by Customer before the end of the Initial Term. Provider's failures to meet the Service Levels or other obligations are addressed through the service credits in Schedule 2, the escalation procedure in Section 3.2 and Customer's claims for damages under Section 10, and Customer shall not terminate this Agreement on account of any breach by Provider.

11.2 Provider may suspend the Services or terminate this Agreement if Customer fails to pay undisputed charges within sixty days after a written reminder.

11.3 On expiry or termination Provider shall provide exit assistance for up to ninety days at the rates in Schedule 3 and hand over all documents, credentials and data to Customer or its successor provider.

## Section 11A. Force Majeure

11A.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to limit the effects. Provider's business continuity obligations under Section 3.5 continue to apply.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

## Schedule 1 — Services

| Service | Scope | Hours |
| --- | --- | --- |
| Service desk | Chinese and English telephone, chat and e-mail support for 1,350 users | 24 x 7 |
| End-user devices | 1,180 laptops and desktops, 420 handheld scanners, 96 label printers: imaging, repair, replacement | Business hours, plus night shift at fulfilment centres |
| Network | Core, distribution and access switches, Wi-Fi at three sites, SD-WAN edge devices | 24 x 7 monitoring |
| Servers and virtualisation | 64 virtual hosts, backup platform, Active Directory, file services | 24 x 7 monitoring |
| Warehouse systems support | First-line support for WMS, conveyor control PCs and pick-to-light | Operating hours of each fulfilment centre |

## Schedule 2 — Service Levels

| Service Level | Target | Service credit |
| --- | --- | --- |
| P1 incident response (fulfilment centre or online order processing stopped) | 15 minutes | 2% of the Monthly Charge per late response |
| P1 incident restoration | 3 hours | 3% of the Monthly Charge per hour beyond target |
| P2 incident response | 1 hour | 1% of the Monthly Charge per late response |
| Monthly availability of managed server and network platform | 99.95% | 5% of the Monthly Charge per 0.01 percentage point below target |
| Service desk calls answered within 30 seconds | 85% | 2% of the Monthly Charge |

Service credits are deducted from the next invoice and are capped at 20% of the Monthly Charge in any month.

## Schedule 3 — Charges

| Charge | Amount (CNY) |
| --- | --- |
| Transition fee (one-time) | 86,000 |
| Monthly Charge | 58,000 |
| Monthly Charges over 36 months | 2,088,000 |
| Total charges over the Initial Term | 2,174,000 |
| Exit assistance (per person-day, if requested) | 2,400 |

Signed for Customer: ____________________  Signed for Provider: ____________________
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
AGRICULTURAL WEATHER AND CROP DATA API

Agreement No. CMD-DL-2027-019

BETWEEN
Dalian Beigang Grain and Oilseeds Trading Co., Ltd., Zhongshan District, Dalian, Liaoning, People's Republic of China ("Customer")
AND
Catskill Meteo Data, Inc., a New York corporation, Catskill, New York, United States ("Vendor")

BACKGROUND
Customer trades soybeans, corn and wheat and manages supply contracts with farms and grain elevators in north-east China and overseas. Vendor operates a weather and crop data platform that delivers observations, forecasts, crop condition indices and yield estimates through an application programming interface (the "API"). Customer wishes to subscribe to the API for its trading, procurement and risk teams. The parties agree as follows.

1. DEFINITIONS
1.1 "Data" means the datasets and data products listed in clause 2.1, as updated by Vendor during the Subscription Term.
1.2 "Customer Inputs" means field boundaries, farm and warehouse locations, portfolio positions, query parameters and any other information that Customer submits to the API or otherwise provides to Vendor.
1.3 "Activation Date" means the date on which Customer signs the Activation Acceptance certificate under clause 4.
1.4 "Subscription Year 1" runs from the Activation Date to the day before its first anniversary, and "Subscription Year 2" runs from that anniversary to the day before the second anniversary. Together they form the "Subscription Term".

2. SUBSCRIPTION
2.1 Vendor grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the API and use the following Data for its internal business purposes: (a) hourly station observations and gridded analyses for China, the United States, Brazil and Argentina; (b) fifteen-day forecasts updated four times a day; (c) seasonal outlooks; (d) weekly crop condition indices for soybeans, corn and wheat; (e) yield estimates by province and state.
2.2 The subscription includes up to 2,000,000 API calls per Subscription Year, 25 named users of the web dashboard, and a customised data feed that delivers forecasts for Customer's 340 contracted farm and warehouse locations as a daily file.
2.3 Customer may use the Data in internal reports, models and trading decisions and may share summaries with its affiliates. Customer shall not resell the Data or publish it in bulk.
2.4 Vendor may improve the Data, add datasets and change data sources during the Subscription Term. Vendor shall give Customer at least sixty days' written notice before it withdraws a dataset listed in clause 2.1, changes an API version used by Customer, or makes a material change in the methodology of the crop condition indices or yield estimates, and shall keep the previous API version running for at least ninety days after such notice.
2.5 Vendor shall provide Customer's developers with API documentation in English and Chinese, a test environment and code samples, and shall answer technical questions by e-mail and through its online ticket system.

3. FEES AND PAYMENT
3.1 The fees are: subscription fee for Subscription Year 1, CNY 268,000; subscription fee for Subscription Year 2, CNY 268,000; one-time set-up fee for the customised data feed and integration support, CNY 22,000. The total contract value is CNY 558,000, inclusive of VAT.
3.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within thirty days. The set-up fee is invoiced after the Activation Date and is payable within thirty days.
3.3 No fee is payable before the Activation Date. The subscription fees are fixed for the Subscription Term.
3.4 Calls beyond the annual allowance are charged at CNY 0.08 per call, invoiced quarterly in arrears. Vendor shall warn Customer by e-mail when eighty percent of the allowance is used.

4. ACTIVATION AND ACCEPTANCE
4.1 Within thirty days after signature Vendor shall provide API credentials, set up the customised data feed and support Customer's developers in connecting the API to Customer's risk system.
4.2 Activation Acceptance tests: (a) all datasets in clause 2.1 can be retrieved through the API for sample locations chosen by Customer; (b) the daily file for the 340 locations is delivered on ten consecutive days before 06:00 Beijing time; (c) forecast values in the file match the values returned by the API; (d) the historical archive back to 2005 is complete for the sample locations.
4.3 When the tests pass, Customer signs an Activation Acceptance certificate. Use of the API during testing is not acceptance.
4.4 If the Activation Date is delayed beyond the thirty days in clause 4.1 for reasons attributable to Vendor, Vendor shall pay Customer CNY 400 for each day of delay.

5. SERVICE LEVELS
5.1 Vendor shall ensure monthly availability of the API and the dashboard of at least 99.95%, excluding planned maintenance notified at least three days in advance and scheduled outside 07:00 to 22:00 Beijing time.
5.2 Severity 1 means that the API or the daily file is unavailable or delivers clearly erroneous data for all locations. Vendor shall respond to a Severity 1 incident within one hour at any time and restore service within six hours. Severity 2 incidents shall be responded to within three hours during business hours.
5.3 If monthly availability falls below 99.95%, Vendor shall credit 5% of the monthly equivalent of the current subscription fee for each 0.1 percentage point or part of it below the target, up to half of that monthly equivalent. If the daily file is late by more than two hours, Vendor shall credit CNY 300 per late file.
5.4 Vendor shall provide a support hotline and ticket system staffed around the clock for Severity 1 incidents and during Beijing business hours for other requests. Each incident shall be recorded with its times of report, response and restoration.
5.5 Vendor shall send Customer a monthly service report showing availability, incidents, late files and API usage.

6. CUSTOMER INPUTS
6.1 Customer Inputs belong to Customer. Vendor shall use Customer Inputs only to provide the API, the dashboard and the customised data feed to Customer, and shall not use them for any other purpose, whether in identifiable, aggregated or anonymised form.
6.2 At the end of the Subscription Term Vendor shall return Customer Inputs in a common file format on request and then delete them.

7. INTELLECTUAL PROPERTY
7.1 Vendor and its licensors retain all rights in the Data, the API and the dashboard.
7.2 The specification, location list and processing scripts of the customised data feed, and all reports, models and analyses that Customer creates using the Data, belong to Customer. Customer may use, modify and have third parties operate them without restriction.

8. CONFIDENTIALITY
8.1 Each party shall keep confidential the other party's non-public business and technical information, including Customer's locations, positions and trading strategies, shall use it only for this Agreement, and shall disclose it only to employees and advisers who need to know it and are bound by similar obligations. This clause survives for three years after the Agreement ends.

9. WARRANTIES
9.1 Vendor warrants that it has the right to grant the subscription, that the Data is produced with reasonable skill and care using documented methods, and that the API will perform materially as described in its documentation.
9.2 Forecasts and estimates are by nature uncertain. Customer remains responsible for its trading decisions.

10. LIABILITY
10.1 Neither party is liable for indirect or consequential loss or loss of profit, including trading losses.
10.2 Vendor's total liability arising out of or in connection with this Agreement is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim. This limit does not apply to wilful misconduct or fraud.

11. SUBCONTRACTING AND ASSIGNMENT
11.1 Vendor shall not subcontract the delivery of the customised data feed or support services without Customer's prior written consent.
11.2 Neither party may assign this Agreement without the written consent of the other party.

12. TERM AND TERMINATION
12.1 This Agreement starts on signature and ends at the end of Subscription Year 2. It does not renew automatically; any renewal requires a written agreement of both parties.
12.2 Customer may terminate this Agreement by written notice if Vendor commits a material breach and fails to remedy it within twenty days after written notice. Vendor shall then refund the subscription fee for the remainder of the current Subscription Year.
12.3 Vendor may suspend access if Customer fails to pay undisputed fees within forty-five days after a written reminder.

13. GOVERNING LAW AND DISPUTES
13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Disputes shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian.

14. GENERAL
14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly.
14.2 Notices shall be in writing and delivered by hand, courier or e-mail to the addresses and contacts designated by each party in writing.
14.3 This Agreement is made in English and Chinese; both texts are equally authentic.
14.4 This Agreement is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

Signed for Customer: ____________________
Signed for Vendor: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
FILES = {  # key: (file name, format, source)
    "z01": ("h999z01_ndrc_energy_rights_trading_platform.pdf", "pdf", Z01),
    "z02": ("h999z02_hair_clipper_plant_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h999z03_air_volleyball_chain_booking_saas.txt", "txt", Z03),
    "z04": ("h999z04_transport_bureau_traffic_survey_station_om.txt", "txt", Z04),
    "z05": ("h999z05_clay_toy_studio_process_tracking_supplier_template.md", "md", Z05),
    "e01": ("h999e01_maintenance_planning_perpetual_licence_ny_vendor.pdf", "pdf", E01),
    "e02": ("h999e02_field_service_saas_order_form.md", "md", E02),
    "e03": ("h999e03_cold_chain_sensors_monitoring_licence.docx", "docx", E03),
    "e04": ("h999e04_ecommerce_managed_it_services_36_months.md", "md", E04),
    "e05": ("h999e05_agri_weather_crop_data_api_subscription.txt", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def T(avail, p1, remedy, ip, ds, own, conf, ld, cap, prepay, acc, final, warr, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, ds, own, conf, ld, cap, prepay, acc, final, warr, pwf, auto,
                                term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# key: (category, terms, extra (sla_clause, ld_stated, capped or None for service, deemed, contract value),
#       fee base for TCO or None, forum outside mainland China)
LABELS = {
    "z01": ("software", T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True,
                          False, "PRC", G), (True, True, True, False, 2056000), 1160000, False),
    "z02": ("hardware", T(None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 18, 26, False, True,
                          False, "PRC", G), (True, True, True, False, 1752000), 1560000, False),
    "z03": ("cloud", T(99.5, 0.5, True, "buyer", True, True, True, 600 / 640000 * 100, 200, None, True, None, None,
                       None, True, True, False, "PRC", S), (True, True, None, False, 640000), None, False),
    "z04": ("services", T(None, 1, False, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False,
                          True, False, "PRC", S), (True, True, None, False, 486000), None, False),
    "z05": ("software", T(None, 2, True, "supplier", True, False, True, 0.02, 10, 65, False, False, 6, None, False,
                          True, True, "PRC", G), (True, True, False, True, 312000), 168000, False),
    "e01": ("software", T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True,
                          False, "New York", G), (True, True, True, False, 1770000), 1280000, True),
    "e02": ("cloud", T(None, None, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False,
                       True, False, "PRC", S), (False, False, None, False, 820000), None, False),
    "e03": ("hardware", T(None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 24, 8, False, True,
                          False, "PRC", G), (True, True, True, False, 1296000), 1128000, False),
    "e04": ("services", T(99.95, 0.25, True, "buyer", True, True, True, 1800 / 2174000 * 100, 150, None, True, None,
                          None, None, False, False, True, "PRC", S), (True, True, None, False, 2174000), None, False),
    "e05": ("cloud", T(99.95, 1, True, "buyer", False, True, True, 400 / 558000 * 100, 6 / 24 * 100, None, True, None,
                       None, None, False, True, False, "PRC", S), (True, True, None, False, 558000), None, False),
}

DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SUBCONTRACT", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "e03": [],
    "e04": ["CR-SUBCONTRACT", "CR-TERMINATION"],
    "e05": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
}
DESIGN_RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high", "e01": "low",
               "e02": "high", "e03": "low", "e04": "medium", "e05": "high"}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of the shipped pack)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "post_warranty_fee_pct": 15, "warranty_months": 12, "tco_share_pct": 40,
      "horizon_years": 5}


def tco(key):
    cat, t, ex, base, _ = LABELS[key]
    if t["contract_kind"] != G or not ex[2] or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, TH["horizon_years"] - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    total = ex[4] + fees
    return {"post_warranty_years": years, "annual_fee": t["post_warranty_fee_pct"] / 100 * base, "fees": fees,
            "tco": total, "share_pct": fees / total * 100}


def derive(key):
    """Policy §3 as I read it, applied to my own labels."""
    cat, t, ex, base, outside = LABELS[key]
    sla, ld_stated, capped, deemed, cv = ex
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]:
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(key)
        if c and c["share_pct"] > TH["tco_share_pct"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low" if not rules or all(x in LOW for x in rules) else "medium"


def label(key):
    cat, t, ex, base, outside = LABELS[key]
    sla, ld_stated, capped, deemed, cv = ex
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = cv
    name = FILES[key][0]
    return {"file": name, "language": "zh" if key.startswith("z") else "en", "category": cat,
            "expected_terms": dict(t), "expected_extra": extra, "expected_rules": derive(key)}


# ---------------------------------------------------------------------------------------------------------------
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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


NUM = r"(?<![0-9.,])"
PCT = r"\s*(?:%|％|percent|per\s*cent)"
BANNED = [
    r"99\.9(?![0-9])",
    NUM + r"4\s*-?\s*(?:hours?|hrs?|小时|个小时|h(?![a-z]))",
    r"(?<!-)(?<!ty)four\s*-?\s*(?:\(4\)\s*)?(?:business\s*)?hours?",
    r"(?<!十)四\s*个?\s*小时",
    NUM + r"0\.05(?![0-9])",
    r"万分之五(?![十])",
    r"千分之零点五",
    NUM + r"100(?:\.0+)?" + PCT,
    r"百分之一?百",
    r"one\s*hundred\s*(?:percent|per\s*cent)",
    NUM + r"30(?:\.0+)?" + PCT,
    r"百分之三十(?![一二三四五六七八九点])",
    r"thirty\s*(?:\(30\)\s*)?(?:percent|per\s*cent|%)",
    NUM + r"15(?:\.0+)?" + PCT,
    r"百分之十五(?![点])",
    r"fifteen\s*(?:\(15\)\s*)?(?:percent|per\s*cent|%)",
    NUM + r"40(?:\.0+)?" + PCT,
    r"百分之四十(?![一二三四五六七八九点])",
    r"forty\s*(?:\(40\)\s*)?(?:percent|per\s*cent|%)",
    NUM + r"12\s*-?\s*(?:months?|个月|mos?(?![a-z]))",
    r"twelve\s*-?\s*(?:\(12\)\s*)?-?\s*months?",
    r"十二\s*个\s*月",
    r"(?<!第)一\s*年(?!度)",
    r"one\s*-?\s*years?",
    NUM + r"1\s*-?\s*years?(?![0-9])",
    NUM + r"5\s*-?\s*(?:years?|年(?!度))",
    r"five\s*-?\s*(?:\(5\)\s*)?years?",
    r"(?<![十])五\s*年(?!度)",
]
BANNED_RE = [re.compile(p, re.I) for p in BANNED]
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4-hour", "within four hours", "withinfourhours", "四小时", "4小时",
            "4个小时", "0.05%", "0.05 %", "万分之五", "100%", "100 %", "百分之百", "30%", "30 percent", "百分之三十",
            "thirty percent", "15%", "百分之十五", "40%", "百分之四十", "forty percent", "12 months", "12-month",
            "twelve (12) months", "twelvemonths", "十二个月", "12个月", "一年", "one year", "1 year", "5 years",
            "five years", "五年", "5年", "fiveyears"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "twenty-four hours", "twenty-fourhours", "二十四小时", "24小时",
             "0.08%", "150%", "35%", "2027年12月31日", "14 hours", "±0.5 °C", "百分之三十五", "万分之八",
             "一个服务年度", "首个服务年度", "2025年", "二十四个月", "1,200", "45%", "115%", "0.5", "six hours",
             "CNY 0.08 per call", "Subscription Year 1, CNY 268,000"]


def scan(text):
    forms = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    hits = []
    for f in forms:
        for rx in BANNED_RE:
            for m in rx.finditer(f):
                hits.append((rx.pattern, f[max(0, m.start() - 20):m.end() + 20]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert scan(s), "must hit: " + s
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


def check_values(key, lab):
    t = lab["expected_terms"]
    for k in ("availability_pct", "p1_response_hours", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
              "post_warranty_fee_pct", "warranty_months"):
        if t[k] is not None:
            assert abs(t[k] - TH[k]) > 1e-9, (key, k, t[k])
    c = tco(key)
    if c:
        assert abs(c["share_pct"] - TH["tco_share_pct"]) >= 2, (key, c)


def length(key, text):
    if key.startswith("z"):
        n = len(re.sub(r"\s", "", text))
        assert 2750 <= n <= 3000, (key, n)
    else:
        n = len(text.split())
        assert 1450 <= n <= 1650, (key, n)
    return n


SUMS = {  # price and payment arithmetic
    "z01": [(1160000 + 742000 + 118000 + 36000, 2056000), (411200 + 925200 + 719600, 2056000)],
    "z02": [(768000 + 114000 + 344000 + 286000 + 48000, 1560000), (1560000 + 168000 + 24000, 1752000),
            (175200 + 963600 + 613200, 1752000), (128000 * 6, 768000), (9500 * 12, 114000), (86000 * 4, 344000),
            (round(1560000 * 0.26), 405600)],
    "z03": [(6800 * 40, 272000), (272000 * 2 + 96000, 640000)],
    "z04": [(121500 * 4, 486000)],
    "z05": [(168000 + 126000 + 18000, 312000), (202800 + 109200, 312000), (round(312000 * 0.65), 202800)],
    "e01": [(1280000 + 436000 + 54000, 1770000), (round(1280000 * 0.11), 140800)],
    "e02": [(386000 * 2 + 48000, 820000)],
    "e03": [(1200 * 420, 504000), (60 * 3800, 228000), (504000 + 228000 + 396000, 1128000),
            (1128000 + 142000 + 26000, 1296000), (round(1128000 * 0.08), 90240)],
    "e04": [(58000 * 36, 2088000), (2088000 + 86000, 2174000)],
    "e05": [(268000 * 2 + 22000, 558000)],
}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    for key, pairs in SUMS.items():
        for a, b in pairs:
            assert a == b, (key, a, b)
    sources, targets = {}, {}
    for key, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
        else:
            sources[key], targets[key] = src, (name, fmt)
    write(sources, targets, OUT, wrap_words=True)
    covered = set()
    problems = []
    for key, (name, fmt, src) in FILES.items():
        text = read_back(OUT / name)
        n = length(key, text)
        hits = scan(text)
        if hits:
            problems.append((key, hits))
        lab = label(key)
        check_values(key, lab)
        assert lab["expected_rules"] == sorted(DESIGN[key]), (key, lab["expected_rules"], DESIGN[key])
        assert risk(lab["expected_rules"]) == DESIGN_RISK[key], (key, risk(lab["expected_rules"]))
        covered |= set(lab["expected_rules"])
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        c = tco(key)
        print(f"{key} {name}: {n} {'chars' if key.startswith('z') else 'words'}, rules {lab['expected_rules']}, "
              f"risk {risk(lab['expected_rules'])}" + (f", TCO {c['tco']:,.0f} share {c['share_pct']:.1f}%" if c else ""))
    assert not problems, problems
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = [k for k in FILES if not DESIGN[k]]
    assert sorted(mix) == ["e03", "z01"]
    assert DESIGN["e01"] == ["CR-GOVERNING-LAW"] and 8 <= len(DESIGN["z05"]) <= 10
    assert all(2 <= len(DESIGN[k]) <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    print("all checks passed; coverage", len(covered), "rules")


if __name__ == "__main__":
    main()
