"""holdout386: ten ordinary draft contracts (5 zh, 5 en) with their labels, written blind from policy.md / API.md.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
Writes the ten contracts (.txt/.md directly, .docx/.pdf via ../word_pdf.py write(..., wrap_words=True)), the ten
.json labels, reads every built file back, and asserts lengths, threshold-free texts and labels, rule coverage.
"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parent))
from word_pdf import write  # noqa: E402

# ---------------------------------------------------------------------------------------------------------------
# z01 人才服务一网通办平台 (政府采购 公开招标, buyer's paper) — PDF, 第X条 + 1.1
# ---------------------------------------------------------------------------------------------------------------
H386Z01 = """T:澄江市人才服务“一网通办”平台建设项目政府采购合同
P:合同编号：CJRS-GK-2025-017
P:采购项目编号：CJCG2025-G-0388（公开招标）
P:甲方（采购人）：澄江市人力资源市场服务中心
P:地址：澄江市滨湖路66号人力资源大厦
P:乙方（中标供应商）：南岭数智科技有限公司
P:地址：南宁市青秀区民族大道141号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就人才服务“一网通办”平台建设事宜，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责建设人才服务“一网通办”平台，覆盖求职登记、招聘会预约、人才引进申报、高校毕业生就业补贴、档案托管查询、职称申报受理等十六类事项的网上申办、进度查询和电子证照调用，并提供门户网站、移动端小程序和窗口受理端。
P:1.2 乙方提供平台基础软件许可、定制开发、与省政务服务平台、电子证照库、社保系统的数据对接，以及部署、初始化、培训和上线保障。
P:1.3 具体功能、性能和安全要求以招标文件第三章《采购需求》及乙方投标响应为准，二者不一致的，以对甲方更有利者为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰叁拾捌万陆仟元整（¥2,386,000），为固定总价，含税，包含完成本项目所需的全部费用。分项如下：
P:序号  项目  金额（元）
P:1  平台基础软件许可（永久使用，不限用户数）  960,000
P:2  十六类事项定制开发及移动端  1,080,000
P:3  省政务服务平台、电子证照库、社保系统对接  218,000
P:4  部署实施、数据初始化及培训  128,000
P:合计  2,386,000
P:2.2 除本合同另有约定外，甲方无须另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的25%作为预付款，计596,500元。
P:3.2 平台通过初步验收并上线试运行后15个工作日内，甲方支付合同总价的50%，计1,193,000元。
P:3.3 平台通过最终验收后15个工作日内，甲方支付剩余25%，计596,500元。
P:3.4 乙方每次收款前应开具合法有效的发票。甲方以财政资金支付，因国库支付流程造成的合理延迟不视为甲方违约。
H:第四条 工期与交付
P:4.1 乙方应在合同签订后120日内完成开发、部署和初步验收，试运行期为三个月。
P:4.2 乙方应交付全部定制开发部分的源代码、数据库设计文档、接口说明、部署手册、运维手册和培训材料。
H:第五条 验收
P:5.1 初步验收由甲方组织，依据《采购需求》逐项测试十六类事项全流程办理，并核对以下指标：门户及移动端页面响应时间不超过2秒（并发1,500用户），对接接口调用成功率不低于99.5%，电子证照调用结果与证照库一致。
P:5.2 最终验收在试运行期满后进行，条件为：试运行期间未发生一级故障；通过第三方网络安全等级保护测评（二级）和商用密码应用安全性评估；全部文档经甲方确认。甲方可邀请专家参加验收并出具书面验收报告。
P:5.3 平台上线、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、系统巡检和7×24小时技术支持。
P:6.2 平台月度可用率不低于99.95%（计划内维护经甲方同意的时间除外）。
P:6.3 故障分级响应：一级故障（平台整体无法访问或核心事项无法办理）30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应、24小时内解决；三级故障在下一个版本中解决。
P:6.4 乙方未达到6.2或6.3要求的，一级故障每超时1小时扣减质保金1,500元，月度可用率每低于约定值0.01个百分点扣减1,000元，扣减款项从履约保证金或应付款中抵扣。
P:6.5 质保期满后，如甲方继续委托乙方提供运维服务，年度运维费不超过平台基础软件许可金额的8%（即每年不超过76,800元），该上限在质保期满后的两个年度内不得调整，具体以双方另行签订的运维合同为准。
H:第七条 知识产权
P:7.1 本项目定制开发的软件、源代码、数据库结构及相关文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:7.2 平台基础软件的知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所提供的软件不侵犯任何第三方的合法权利。
H:第八条 数据安全
P:8.1 平台采集、存储和处理的个人信息及业务数据归甲方所有，乙方仅可为履行本合同处理，不得用于任何其他目的，不得向第三方提供。
P:8.2 乙方应落实等级保护、访问控制、加密存储、操作日志留存等安全措施，运维人员经甲方审批后通过堡垒机访问，不得将数据导出至甲方网络以外。
P:8.3 发生或可能发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成数据安全事件的，乙方承担全部责任，赔偿甲方因此遭受的损失。
H:第九条 保密
P:9.1 乙方对履行本合同中知悉的甲方工作秘密、系统口令、网络结构和服务对象信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密义务在合同终止后继续有效。
H:第十条 分包
P:10.1 本项目不得分包或转包。乙方擅自分包或转包的，甲方有权解除合同。
H:第十一条 违约责任
P:11.1 乙方逾期完成初步验收的，每逾期一日按合同总价的千分之一向甲方支付违约金；逾期超过45日的，甲方有权解除合同。
P:11.2 乙方交付成果不符合合同约定的，应无偿整改；整改后仍不合格的，甲方有权解除合同并要求乙方返还已付款项、赔偿损失。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权书面通知解除本合同。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 不可抗力
P:不可抗力：因地震、洪水、台风、疫情、政府行为等不能预见、不能避免且不能克服的事件致使合同不能履行的，受影响方应在3日内通知对方，并在15日内提供有关证明，在不可抗力影响范围内免除责任；不可抗力消除后应继续履行。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及双方确认的澄清文件为本合同组成部分。
P:15.2 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：澄江市人力资源市场服务中心        乙方（盖章）：南岭数智科技有限公司
P:法定代表人或授权代表：________        法定代表人或授权代表：________
P:签订日期：____年__月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# z02 纺纱厂 细纱车间控制系统改造 — DOCX, 一、/（一）, Word price table
# ---------------------------------------------------------------------------------------------------------------
H386Z02 = """T:细纱车间电气控制及单锭监测系统改造合同
P:合同编号：JFM-SB-2025-062
P:甲方（买方）：江丰棉纺织有限公司
P:住所：湖北省仙桃市纺织工业园纬三路8号
P:乙方（卖方）：苏锡纺机智能控制有限公司
P:住所：江苏省无锡市梁溪区运河东路229号
P:鉴于甲方拟对细纱车间24台细纱机实施电气控制改造并加装单锭监测系统，乙方具备相应的设备供应及系统集成能力，双方经友好协商，订立本合同。
H:一、合同标的
P:（一）乙方为甲方细纱车间24台细纱机提供PLC控制柜、变频器、单锭断头检测模块、车间服务器及网络设备、细纱监控软件，并负责安装、布线、调试、系统联调和人员培训。
P:（二）改造后应实现单锭断头实时检测与报警、锭速和纱线张力在线监测、车间产量和能耗统计，并与甲方现有ERP系统对接生产计划和产量数据。
H:二、合同价格及明细
P:（一）合同总价为人民币贰佰壹拾捌万元整（¥2,180,000），含13%增值税、运输、保险、安装调试及培训等全部费用。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含触摸屏）|24台|19,250|462,000
TB:2|细纱机主电机变频器|24台|16,800|403,200
TB:3|单锭断头检测模块（每台细纱机两组）|48套|9,600|460,800
TB:4|车间服务器、工业交换机及机柜|1套|186,000|186,000
TB:5|细纱监控软件许可（永久）|1套|348,000|348,000
TB:|软硬件小计|||1,860,000
TB:6|安装及布线|1项|236,000|236,000
TB:7|调试、系统联调及培训|1项|84,000|84,000
TB:|合计|||2,180,000
P:（二）上述单价在合同有效期内固定不变。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，计218,000元。
P:（二）全部设备到货并安装完成，经甲方签收后15个工作日内，甲方支付合同总价的55%，计1,199,000元。到货签收仅确认数量和外观，不代表质量验收。
P:（三）系统通过最终验收后15个工作日内，甲方支付合同总价的35%，计763,000元。
H:四、交货与安装
P:（一）乙方应在合同生效后60日内将全部设备运至甲方细纱车间，并在甲方安排的停机窗口内分四批完成改造，每批改造不得影响其余细纱机正常生产。
P:（二）乙方施工人员应遵守甲方的安全生产和防火规定，因乙方施工造成的人身和财产损失由乙方承担。
H:五、验收
P:（一）每批改造完成后进行单机调试；全部改造完成后连续试运行20天。
P:（二）最终验收标准：单锭断头检测准确率不低于98%，报警延时不超过3秒；锭速偏差不超过±1%；与ERP系统的产量数据每班核对一致；试运行期间无一级故障；技术文件和培训全部完成。
P:（三）验收由双方共同进行并签署验收报告。设备安装完成、试运行开始或甲方付款均不视为验收合格。
H:六、质量保证及维保服务
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换有质量问题的设备和部件，并免费提供软件缺陷修复和升级。
P:（二）故障响应：一级故障（整台细纱机停机或监控系统全部中断）1小时内响应，6小时内到场，24小时内排除；二级故障（单锭检测局部失效）8小时内响应，48小时内排除。
P:（三）乙方超过上述时限的，每超时1小时向甲方支付800元；同一设备在质保期内因同一原因故障三次以上的，乙方应更换新品。
P:（四）质保期满后，乙方提供年度维保服务（含巡检、备件更换、软件升级和故障处理），年度维保费为软硬件小计的28%，即每年520,800元，按年度分期支付。该费用在质保期满后的四个维保年度内固定不变。
H:七、知识产权
P:（一）乙方为本项目编写的PLC程序、与ERP的接口程序、报表及配置文件的知识产权归甲方所有，乙方应交付源程序和说明文档，甲方可自行修改和使用。
P:（二）细纱监控软件的著作权属乙方，乙方授予甲方在本厂区内永久使用的许可。
H:八、数据安全
P:（一）系统采集的生产数据、工艺参数和产量数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:（二）乙方应采取网络隔离、账户权限管理和操作日志等措施保障系统和数据安全，远程维护须经甲方逐次批准并在甲方监督下进行。
P:（三）发生数据泄露或系统被非法入侵的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的损失由乙方全额赔偿。
H:九、保密
P:双方对在合作中知悉的对方技术资料、工艺参数和经营信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内有效。
H:十、分包
P:乙方不得将本合同项下的设备安装、调试工作分包给第三方；确需将布线施工分包的，应事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
P:（二）设备不符合约定的，乙方应无偿更换；经两次更换仍不合格的，甲方有权退货并要求乙方赔偿损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十二、合同解除
P:乙方逾期超过30日，或有其他严重违约行为经甲方书面催告后10日内未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，提交武汉仲裁委员会仲裁。
H:十四、项目人员与文档
P:（一）项目人员：乙方应指定具备相应资质和经验的项目经理及技术人员，人员名单作为合同附件；项目经理未经甲方同意不得更换，乙方人员不能胜任工作的，甲方有权要求更换。乙方人员进入甲方场所应遵守甲方的安全、保卫和管理制度。
P:（二）技术文档与培训：乙方应提供完整的中文技术文档，包括系统架构说明、安装配置手册、操作手册和常见问题处理指南，并按甲方要求组织培训，确保甲方人员能够独立完成日常操作和一般故障处理。
H:十五、不可抗力与通知
P:（一）不可抗力：因地震、洪水、台风、疫情、政府行为等不能预见、不能避免且不能克服的事件致使合同不能履行的，受影响方应在3日内通知对方，并在15日内提供有关证明，在不可抗力影响范围内免除责任；不可抗力消除后应继续履行。
P:（二）通知与送达：本合同项下的通知以书面形式送达合同首部所列地址或双方指定的电子邮箱，以专人送达签收、快递签收或电子邮件发出之日视为送达。任何一方变更联系人或地址的，应在变更后3日内书面通知对方。
H:十六、廉洁
P:乙方不得向甲方工作人员提供回扣、礼金、购物卡或其他不正当利益，不得安排可能影响公正履约的宴请和娱乐活动；违反本条的，甲方有权解除合同并要求乙方赔偿由此造成的损失。
H:十七、其他
P:本合同未尽事宜，双方可签订补充协议。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：江丰棉纺织有限公司（盖章）    乙方：苏锡纺机智能控制有限公司（盖章）
P:授权代表：________    授权代表：________
"""

# ---------------------------------------------------------------------------------------------------------------
# z03 连锁钢琴培训中心 排课及缴费 SaaS + 实施 — TXT, 第X条 + （1）
# ---------------------------------------------------------------------------------------------------------------
H386Z03 = """乐韵琴行教育连锁排课缴费云平台服务协议

协议编号：YY-SaaS-2025-09

甲方（用户）：杭州乐韵琴行教育科技有限公司
地址：杭州市拱墅区湖墅南路188号
乙方（服务商）：云课宝软件服务（厦门）有限公司
地址：厦门市思明区软件园二期观日路24号

甲方在华东地区经营30家钢琴培训中心，拟使用乙方的“云课宝”排课及缴费云平台，统一管理学员、课表、教师课时、课时包销售和线上缴费。双方就平台订阅及实施服务达成如下协议。

第一条 服务内容
（1）乙方向甲方30家培训中心开通“云课宝”平台，包括学员档案、排课与调课、琴房管理、教师课时统计、课时包及课消管理、线上缴费与退费、家长端小程序和经营报表等模块。
（2）乙方负责实施服务：历史学员和剩余课时数据迁移，30家中心的琴房、课程和价格体系配置，与甲方支付账户和财务系统的对接，店长及前台人员培训。
（3）平台以软件即服务方式提供，部署于乙方在境内租用的云服务器，甲方无须采购任何硬件或软件许可。

第二条 服务期限与续期
（1）服务期为两个服务年度，自平台上线验收合格之日起算。
（2）服务期满前30日，任何一方未书面通知对方不再续订的，本协议自动续期一个服务年度，此后亦同。
（3）每次续期时，乙方有权依据其届时有效的价目表调整订阅费，调整幅度不超过上一服务年度费用的8%，乙方应在续期前提前通知甲方调整后的价格。

第三条 费用
（1）订阅费：每家中心每个服务年度6,800元，30家中心每个服务年度合计204,000元，两个服务年度合计408,000元。
（2）实施费：一次性86,000元，包含数据迁移、配置、对接和培训。
（3）本协议总金额为494,000元（含6%增值税）。
（4）新增中心按每家每个服务年度6,800元按月折算计费，关闭的中心自次月起停止计费。

第四条 付款
（1）实施费在平台上线验收合格后15个工作日内支付。
（2）订阅费按季度结算，每季度51,000元，于每个季度结束后15个工作日内凭乙方发票支付。
（3）本协议项下甲方不预先支付任何费用。

第五条 上线与验收
（1）乙方应在协议签订后45日内完成数据迁移和配置，并在3家试点中心试运行10日后全面上线。
（2）上线验收标准：历史学员、剩余课时和预收费余额迁移后逐家核对一致；排课冲突检测、课消扣减和退费计算按甲方业务规则测试通过；线上缴费与甲方支付账户对账无差异；30家中心全部完成培训。
（3）验收通过后双方签署上线验收单。试点中心使用平台不视为验收合格。
（4）因乙方原因延迟上线的，每延迟一日乙方向甲方支付500元。

第六条 服务水平
（1）平台月度可用率不低于99.5%，每月计划内维护不超过两次，且安排在22:00至次日6:00之间并提前3日通知。
（2）故障响应：一级故障（平台无法登录、无法排课或无法缴费）1小时内响应，短时间内无法恢复的应启用应急收费和纸质排课方案；二级故障（部分功能异常）8小时内响应；一般问题在2个工作日内答复。
（3）服务补偿：月度可用率低于约定值的，按当月订阅费的5%给予服务抵扣；一级故障响应每超时1小时，抵扣当月订阅费的1%。抵扣在下一季度订阅费中扣除。

第七条 数据归属与数据安全
（1）甲方在平台中录入或产生的学员信息、家长联系方式、课表、缴费记录等全部数据归甲方所有。乙方仅为提供本协议服务处理上述数据，不得用于其他目的，不得向第三方提供或出售。
（2）乙方应按照网络安全等级保护二级要求运营平台，对数据实施加密存储和传输、分级授权、操作审计和每日异地备份，并遵守《个人信息保护法》关于未成年人个人信息的规定。
（3）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，采取补救措施，并承担因此给甲方造成的损失和监管处罚。
（4）协议终止后30日内，乙方应将全部数据以通用格式交还甲方，并在甲方确认后删除。

第八条 知识产权
（1）平台软件及其升级版本的知识产权归乙方。
（2）乙方为甲方专门配置的排课规则、课消规则、报表模板及对接程序归甲方所有，甲方可自行或委托他人使用和修改。

第九条 分包
乙方不得将实施服务分包给第三方；确需分包的，须事先取得甲方书面同意。

第十条 违约责任
（1）任何一方违反本协议的，应赔偿对方因此遭受的损失。
（2）乙方的赔偿责任总额以本协议总金额的两倍为限，但因乙方故意或数据安全事件造成的损失不受此限。

第十一条 解除
（1）乙方严重违约，包括连续两个月可用率低于约定值、发生严重数据安全事件，经甲方书面通知后15日内未改正的，甲方有权解除本协议，乙方应退还已付但未使用期间的费用。
（2）甲方逾期付款超过60日经催告仍不支付的，乙方有权暂停服务。

第十二条 法律适用和争议解决
本协议适用中华人民共和国法律。因本协议产生的争议，由甲方所在地人民法院管辖。

第十三条 客户支持与版本升级
（1）乙方提供工作日9:00至21:00的在线客服和电话支持，周末及法定节假日提供值班支持，琴行开课高峰期（寒暑假）增派专人对接。
（2）平台版本升级由乙方免费提供，涉及操作方式重大变化的，乙方应提前7日通知甲方并提供操作说明和线上培训。
（3）乙方每季度向甲方提交服务报告，列明可用率、故障及处理情况、各中心使用情况和改进建议。

第十四条 项目人员
乙方应指定具备相应资质和经验的项目经理及技术人员，人员名单作为合同附件；项目经理未经甲方同意不得更换，乙方人员不能胜任工作的，甲方有权要求更换。乙方人员进入甲方场所应遵守甲方的安全、保卫和管理制度。

第十五条 不可抗力
因地震、洪水、台风、疫情、政府行为等不能预见、不能避免且不能克服的事件致使合同不能履行的，受影响方应在3日内通知对方，并在15日内提供有关证明，在不可抗力影响范围内免除责任；不可抗力消除后应继续履行。

第十六条 通知
本合同项下的通知以书面形式送达合同首部所列地址或双方指定的电子邮箱，以专人送达签收、快递签收或电子邮件发出之日视为送达。任何一方变更联系人或地址的，应在变更后3日内书面通知对方。

第十七条 廉洁
乙方不得向甲方工作人员提供回扣、礼金、购物卡或其他不正当利益，不得安排可能影响公正履约的宴请和娱乐活动；违反本条的，甲方有权解除合同并要求乙方赔偿由此造成的损失。

第十八条 需求变更
甲方需要调整功能或工作范围的，应书面提出，乙方在5个工作日内评估对工期和费用的影响并书面答复，经双方签字确认后实施；未经书面确认的变更不产生额外费用。

第十九条 其他
（1）本协议附件为《服务开通清单》和《实施计划》。
（2）本协议自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：杭州乐韵琴行教育科技有限公司
乙方（盖章）：云课宝软件服务（厦门）有限公司
签署日期：2025年__月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# z04 市城市桥梁管理处 桥梁健康监测系统 年度运维 (竞争性磋商) — TXT, 1. / 1.1
# ---------------------------------------------------------------------------------------------------------------
H386Z04 = """桥梁健康监测系统运行维护服务合同

采购方式：竞争性磋商    项目编号：LZCG-CS-2025-071

采购人（甲方）：临洲市城市桥梁管理处
地址：临洲市建设北路15号
供应商（乙方）：华衡结构监测技术有限公司
地址：长沙市岳麓区麓谷大道627号

根据《中华人民共和国政府采购法》及竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就临洲市桥梁健康监测系统运行维护服务订立本合同。

1. 服务范围
1.1 本合同服务对象为甲方管理的18座城市桥梁的健康监测系统，包括安装在桥梁上的应变计、加速度计、位移计、倾角仪、温湿度传感器、视频摄像机、数据采集站及监测中心平台。
1.2 服务内容包括：监测设备的定期巡检、清洁、校准和故障维修；数据采集站供电和通信链路维护；监测平台软件运行维护、数据备份和预警阈值管理；监测数据分析及月度、年度评估报告编制；汛期、台风和重大活动期间的加密监测。
1.3 设备更换所需备品备件由乙方包干提供，单件价格超过5,000元的部件经甲方确认后更换。

2. 服务期限
2.1 服务期自2025年7月1日起至2026年6月30日止。
2.2 服务期满，本合同自然终止。甲方如需继续采购，依法另行组织采购。

3. 合同价款
3.1 合同总价为人民币柒拾贰万元整（¥720,000），为固定总价，明细如下：
    (1) 18座桥梁监测设备巡检及维护：348,000元
    (2) 监测平台运行维护及数据分析：216,000元
    (3) 备品备件（包干）：92,000元
    (4) 月度及年度评估报告：64,000元
3.2 合同总价包含人工、交通、登高作业车辆、备件、税费等全部费用。

4. 付款方式
4.1 合同价款按季度支付，每季度180,000元。
4.2 每季度结束后，甲方依据第7条进行季度考核，考核合格后20个工作日内支付当季费用；考核扣减的金额从当季费用中扣除。
4.3 本合同不设预付款。

5. 服务要求
5.1 乙方应派驻不少于4名专职人员（其中结构工程师1名），每月对每座桥梁的传感器和采集站至少巡检一次，并形成巡检记录。
5.2 乙方应保证各测点数据连续完整，缺失数据应在月报中逐项说明原因及补采情况。
5.3 乙方应每月5日前提交上月监测月报，每年6月15日前提交年度评估报告，对各桥梁结构状态作出评价并提出养护建议。
5.4 监测数据超过预警阈值的，乙方应在30分钟内电话通知甲方值班人员，并在2小时内提交初步分析意见。

6. 故障响应
6.1 一级故障（整座桥梁监测中断、预警功能失效或监测平台无法运行）：乙方在接到报修后6小时内响应，24小时内修复或采取临时监测措施。
6.2 二级故障（单个测点或单个采集站故障）：12小时内响应，3日内修复。
6.3 三级故障（平台非关键功能异常、视频画面模糊等）：24小时内响应，7日内修复。
6.4 乙方未在上述时限内响应或修复的，每超时1小时扣减服务费500元，在季度考核中一并扣减。

7. 考核与验收
7.1 甲方每季度依据本合同第5条、第6条对乙方进行考核，考核内容包括巡检完成率、数据有效采集率、故障处理时限、报告质量和现场管理，考核结果书面通知乙方。
7.2 年度服务期满后，甲方组织年度验收，依据全年考核记录、年度评估报告和设备完好情况出具验收意见。
7.3 季度考核不合格的，乙方应在10日内整改；连续两个季度不合格的，甲方有权解除合同。

8. 数据与信息安全
8.1 监测数据、视频、评估报告及相关资料归甲方所有，乙方仅可为履行本合同使用，不得对外发布或提供给第三方。
8.2 乙方应遵守甲方关于关键基础设施信息安全的管理规定，监测平台账号实行实名制管理，远程运维须经甲方批准并记录，乙方人员离岗时应立即注销账号。
8.3 因乙方原因造成监测数据泄露、丢失或被篡改的，乙方应在1小时内报告甲方，并承担由此造成的全部损失和法律责任。
8.4 乙方对本项目中知悉的桥梁结构资料、监测数据和甲方内部信息负有保密义务，合同终止后仍应遵守。

9. 知识产权
乙方在服务期内编制的报告、分析模型参数和数据整理成果归甲方所有，甲方有权自行使用、修改和向其他单位提供。

10. 分包
乙方不得转包。登高作业车辆租赁等辅助工作需分包的，应事先征得甲方书面同意。

11. 违约责任
11.1 乙方未按时提交月报或年度评估报告的，每逾期一日按合同总价的万分之二支付违约金。
11.2 乙方未按第5.1款完成巡检的，每缺少一座桥梁的月度巡检扣减1,000元。
11.3 因乙方维护不当导致监测设备损坏的，乙方负责修复或赔偿。

12. 合同解除
乙方严重违约，或出现第7.3款情形的，甲方有权书面通知乙方解除合同，并按实际服务结算费用；给甲方造成损失的，乙方应予赔偿。

13. 安全生产
乙方在桥梁上作业应设置安全警示标志，遵守交通管制和高空作业规定，作业期间发生的安全事故由乙方负责。

14. 法律适用与争议解决
本合同适用中华人民共和国法律。发生争议协商不成的，向临洲市人民法院起诉。

15. 项目人员
15.1 乙方应指定具备相应资质和经验的项目经理及技术人员，人员名单作为合同附件；项目经理未经甲方同意不得更换，乙方人员不能胜任工作的，甲方有权要求更换。乙方人员进入甲方场所应遵守甲方的安全、保卫和管理制度。
15.2 乙方驻场人员名单、联系方式和值班表应在合同签订后5日内报甲方备案，汛期和重大活动期间实行24小时值班。

16. 不可抗力
因地震、洪水、台风、疫情、政府行为等不能预见、不能避免且不能克服的事件致使合同不能履行的，受影响方应在3日内通知对方，并在15日内提供有关证明，在不可抗力影响范围内免除责任；不可抗力消除后应继续履行。

17. 通知与送达
本合同项下的通知以书面形式送达合同首部所列地址或双方指定的电子邮箱，以专人送达签收、快递签收或电子邮件发出之日视为送达。任何一方变更联系人或地址的，应在变更后3日内书面通知对方。

18. 廉洁
乙方不得向甲方工作人员提供回扣、礼金、购物卡或其他不正当利益，不得安排可能影响公正履约的宴请和娱乐活动；违反本条的，甲方有权解除合同并要求乙方赔偿由此造成的损失。

19. 服务变更
服务期内甲方新增监测桥梁或测点的，乙方应按本合同单价水平报价，经甲方书面确认后纳入服务范围；甲方调整巡检频次或报告内容的，应书面提出，双方协商确定费用调整。

20. 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。

甲方（盖章）：临洲市城市桥梁管理处          乙方（盖章）：华衡结构监测技术有限公司
代表签字：__________                     代表签字：__________
"""

# ---------------------------------------------------------------------------------------------------------------
# z05 肉松厂 MES licence + custom development, supplier's own template — MD, "## 第X条" + 1.1, markdown price table
# ---------------------------------------------------------------------------------------------------------------
H386Z05 = """# 智造云MES系统软件许可及实施合同

> 本合同采用乙方标准合同文本（智造云合同范本 2024版），页眉“乙方保留对本范本的最终解释权”。

- 合同编号：ZZY-MES-2025-1163
- 甲方（买方）：福州闽香肉松食品有限公司，地址：福州市长乐区航城街道食品工业园6号
- 乙方（卖方）：智造云工业软件（东莞）有限公司，地址：东莞市松山湖园区工业南路12号

甲方因生产管理需要，向乙方购买“智造云MES”软件许可并委托乙方进行定制开发和实施。双方依据《中华人民共和国民法典》，订立本合同。

## 第一条 项目内容

1.1 乙方向甲方提供智造云MES标准版软件许可（50个并发用户），涵盖生产计划、工单管理、投料追溯、炒制及搓松工序记录、金属检测和包装称重数据采集、质量检验、批次追溯和设备点检等模块。

1.2 乙方根据甲方工艺进行定制开发，包括：肉松炒制温度曲线采集与超限报警、原料肉批次与成品批次的正反向追溯、与甲方金蝶ERP的物料和工单接口、HACCP关键控制点电子记录表单。

1.3 乙方负责系统安装部署、基础数据初始化和用户培训。

## 第二条 合同价款

2.1 合同总价为人民币壹佰壹拾叁万陆仟元整（¥1,136,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智造云MES标准版软件许可（50并发用户，永久） | 560,000 |
| 2 | 定制开发（温度曲线、批次追溯、ERP接口、HACCP表单） | 480,000 |
| 3 | 安装部署、数据初始化及培训 | 96,000 |
| | 合计 | 1,136,000 |

2.2 上述价格不含甲方现场服务器、工业平板、扫码枪等硬件，由甲方自行采购。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的65%，计738,400元，乙方收款后启动项目。

3.2 系统安装调试完成后10个工作日内，甲方支付合同总价的35%，计397,600元。

3.3 甲方未按期付款的，乙方有权暂停实施，工期相应顺延，且每逾期一日甲方应按应付未付款的千分之一支付违约金。

## 第四条 实施周期

4.1 乙方在收到3.1款款项后90日内完成安装调试。因甲方未及时提供工艺资料、现场条件或人员配合导致的延误，工期顺延。

4.2 乙方按其标准实施方法论组织实施，甲方应指定项目负责人并配合完成需求确认。

## 第五条 验收

5.1 系统安装调试完成并上线运行，即视为甲方验收合格。

5.2 甲方在上线后提出的功能调整，属于新需求，乙方另行报价。

## 第六条 免费维护与维保

6.1 免费维护期为六个月，自系统安装调试完成之日起计算。免费维护期内乙方提供远程技术支持和程序缺陷修复，现场服务按次收费。

6.2 一级故障（系统整体无法使用、生产数据无法采集）乙方在2小时内响应，二级故障在1个工作日内响应。乙方将尽力排除故障，但不承担任何扣款、赔偿或违约责任。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维保合同，维保费按乙方届时公布的价格标准执行。

## 第七条 知识产权

7.1 智造云MES软件及乙方为本项目开发的全部定制功能、接口程序、表单模板及源代码的知识产权均归乙方所有。

7.2 甲方获得在本厂区内使用上述成果的非独占、不可转让的使用权，不得修改、反编译或提供给第三方。乙方不交付源代码。

## 第八条 数据

8.1 甲方在系统中产生的生产数据归甲方所有。

8.2 乙方应采取访问控制、传输加密和数据备份等技术措施保障系统数据安全；因乙方原因导致甲方数据泄露或丢失的，乙方应在24小时内通知甲方并承担相应赔偿责任。

8.3 甲方同意，乙方可将系统运行中产生的工艺参数、设备数据和质量数据经脱敏后用于乙方产品改进、行业模型训练和行业分析报告。

## 第九条 保密

双方对在履行本合同过程中获知的对方商业秘密负有保密义务，未经对方同意不得向第三方披露。本条在合同终止后两年内有效。

## 第十条 分包

乙方可根据项目需要自行将部分开发、实施工作分包给其合作伙伴，无需另行征得甲方同意，乙方对分包部分承担责任。

## 第十一条 违约责任

11.1 因乙方原因未能按期完成安装调试的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方在本合同项下的全部赔偿责任（包括违约金和损害赔偿）累计不超过合同总价的20%，且乙方不承担任何间接损失、利润损失或生产损失。

## 第十二条 合同解除

任何一方严重违约，经对方书面通知后30日内未予纠正的，守约方有权解除本合同。

## 第十三条 不可抗力

因地震、台风、疫情、政府行为等不可抗力导致不能履行合同的，受影响方应及时通知对方，并在不可抗力影响范围内免除责任。

## 第十四条 争议解决

因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 甲方义务

15.1 甲方应在项目启动后10日内提供生产工艺流程、产品配方编码规则、质量检验标准和现有ERP接口说明，并指定项目负责人和各车间关键用户参与需求确认和测试。

15.2 甲方应按乙方要求准备服务器、网络、工业平板和扫码枪等运行环境，并保证现场具备施工条件。

15.3 甲方人员应按乙方提供的操作手册使用系统，因甲方操作不当造成的问题不属于乙方维护范围。

## 第十六条 通知

本合同项下的通知以书面形式送达合同首部所列地址或双方指定的电子邮箱，以专人送达签收、快递签收或电子邮件发出之日视为送达。任何一方变更联系人或地址的，应在变更后3日内书面通知对方。

## 第十七条 需求变更

甲方需要调整功能或工作范围的，应书面提出，乙方在5个工作日内评估对工期和费用的影响并书面答复，经双方签字确认后实施；未经书面确认的变更不产生额外费用。

## 第十八条 实施管理

18.1 乙方按周提交项目进展报告，列明完成事项、下周计划和需甲方配合的事项。

18.2 乙方实施人员在甲方车间作业时应遵守食品生产卫生管理规定，更衣、洗手消毒后方可进入洁净区。

## 第十九条 培训

乙方应在上线前为甲方车间主任、质检员和班组长分批组织现场操作培训，培训内容包括工单执行、投料扫码、工序记录和批次追溯查询，并提供培训签到记录和考核结果。

## 第二十条 其他

20.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

20.2 本合同附件包括《功能清单》和《实施计划》，附件与正文不一致的，以正文为准。

甲方（盖章）：福州闽香肉松食品有限公司

乙方（盖章）：智造云工业软件（东莞）有限公司

日期：____年__月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# e01 Dehua incense-burner workshop, mould-library software, perpetual licences; Jordanian vendor (Irbid) — PDF
# ---------------------------------------------------------------------------------------------------------------
H386E01 = """T:Software Licence and Implementation Agreement - Mould Library System
P:Agreement No. DH-ML-2025-14
P:This Agreement is made between Dehua Yunxiang Ceramic Incense Burner Workshop Co., Ltd., a company incorporated in the People's Republic of China with its registered office at No. 37 Xunzhong Road, Dehua County, Quanzhou, Fujian Province (the "Customer"), and Yarmouk Design Systems LLC, a limited liability company registered in the Hashemite Kingdom of Jordan with its principal office at University Street, Irbid, Jordan (the "Vendor").
P:Background: The Customer designs and casts porcelain incense burners and keeps several thousand plaster and silicone moulds in its mould store. The Customer wishes to replace its paper mould cards and spreadsheets with a searchable digital mould library, and the Vendor licenses the MouldVault software for that purpose and will configure it and migrate the Customer's existing records. At the Customer's request all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the MouldVault Studio application, the MouldVault 3D Scan module and their documentation, in the versions current at delivery, together with all corrections and updates supplied under this Agreement.
P:1.2 "Services" means installation, configuration, migration of the Customer's mould records, training and the other work described in Article 3.
P:1.3 "Custom Deliverables" means the mould classification scheme, record templates, label layouts, import scripts and reports prepared specifically for the Customer.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 6 that the Software and Services meet the acceptance criteria.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for its own business at its premises in Dehua by up to eight named users, plus one 3D scanning workstation.
P:2.2 The Customer may make backup copies and may move the licences to replacement computers on notice to the Vendor. The licence survives any termination of this Agreement except termination by the Vendor for non-payment of the licence fees.
H:Article 3 Scope of Services
P:3.1 The Vendor shall install the Software on the Customer's server and workstations, configure the mould classification scheme (product series, burner shape, size, glaze, mould material, shelf position and condition), and set up barcode labels for every mould.
P:3.2 The Vendor shall migrate approximately 3,400 mould records from the Customer's paper cards and spreadsheets, including photographs supplied by the Customer, and shall scan up to 300 master moulds with the 3D Scan module.
P:3.3 The Vendor shall train six users and two administrators on site in Dehua and provide written user guides in Chinese.
H:Article 4 Price
P:4.1 The total Contract Price is CNY 540,000, inclusive of applicable taxes, travel and all other costs. It is itemised as follows:
P:Item 1  MouldVault Studio perpetual licence, 8 named users x CNY 46,500  CNY 372,000
P:Item 2  MouldVault 3D Scan module, perpetual licence, 1 workstation  CNY 58,000
P:Licence Subtotal  CNY 430,000
P:Item 3  Installation, configuration and migration of mould records  CNY 96,000
P:Item 4  On-site training and user guides  CNY 14,000
P:Total Contract Price  CNY 540,000
P:4.2 The prices are fixed for the duration of this Agreement.
H:Article 5 Payment
P:5.1 The Customer shall pay 20% of the Contract Price (CNY 108,000) within fifteen days after signature and receipt of the Vendor's invoice.
P:5.2 The Customer shall pay 45% of the Contract Price (CNY 243,000) within fifteen days after the Vendor has installed the Software and completed the migration, as confirmed in an installation certificate. The installation certificate records completion of work only and is not acceptance.
P:5.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 189,000) within fifteen days after Final Acceptance.
P:5.4 Payments shall be made by bank transfer in CNY to the account nominated by the Vendor. Each party bears its own bank charges.
H:Article 6 Delivery and Acceptance
P:6.1 The Vendor shall complete installation and migration within seventy days after signature.
P:6.2 After installation the parties shall carry out acceptance tests over a trial period of twenty working days. Final Acceptance requires that: (a) a random sample of 200 migrated records matches the source cards in every field; (b) any mould can be found by series, shape or shelf position within three seconds; (c) barcode labels print and scan correctly at the mould store; (d) the 3D scans of the master moulds open and measure correctly; and (e) no Severity 1 defect remains open at the end of the trial period.
P:6.3 The Customer shall sign the acceptance certificate within five working days after the criteria are met or give written reasons for refusal. Installation, use of the Software in daily work or payment of any instalment does not constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software will perform substantially in accordance with its documentation for eighteen months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and supply updates free of charge.
P:7.2 Support requests are classified by severity. Severity 1 (the library cannot be opened or searched by any user): the Vendor shall respond within 2 hours by remote session during 08:30 to 18:00 China time on working days and restore use within one working day. Severity 2 (a module or function is unavailable): response within 8 hours and a fix or workaround within three working days. Severity 3: handled in the next update.
P:7.3 If the Vendor misses a Severity 1 response or restoration time, it shall pay the Customer CNY 300 for each hour of delay, which the Customer may deduct from any amount due.
P:7.4 After the Warranty Period the Customer may order annual support (corrections, updates and remote help) at a fee of 11% of the Licence Subtotal per year, that is CNY 47,300, which the Vendor shall not increase for the three years following the end of the Warranty Period. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors.
P:8.2 All rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall hand over the import scripts and templates in editable form, and the Customer may use, modify and license them freely.
P:8.3 The Vendor shall defend the Customer against any claim that the Software infringes a third party's rights and shall bear the resulting costs and damages.
H:Article 9 Customer Data and Security
P:9.1 Mould designs, photographs, 3D scans, drawings and all other data supplied by or created for the Customer ("Customer Data") belong to the Customer. The Vendor may process Customer Data only to perform this Agreement and shall not keep copies after completion.
P:9.2 The Vendor shall access the Customer's systems only through the remote session tool approved by the Customer, using individual accounts, and shall protect Customer Data against unauthorised access, loss and alteration with appropriate technical and organisational measures.
P:9.3 The Vendor shall notify the Customer within 12 hours of any actual or suspected security incident affecting Customer Data, cooperate in containing it, and be liable for all losses caused by an incident attributable to the Vendor or its personnel.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, including the Customer's designs and product plans, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to complete installation and migration within the period in Article 6.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to breach of Articles 9 or 10, infringement claims, fraud or wilful misconduct.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the Services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.
P:13.2 If the Customer terminates under Article 13.1 before Final Acceptance, the Vendor shall refund the amounts paid for the Services, and the Customer may keep the licences already paid for.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Hashemite Kingdom of Jordan.
P:14.2 Any dispute shall first be discussed between senior representatives of the parties. A dispute not settled within thirty days shall be finally settled by arbitration in Amman, Jordan, in English, before a sole arbitrator.
H:Article 15 General
P:15.1 Notices shall be in writing and sent by courier or e-mail to the addresses above.
P:15.2 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly.
P:15.3 This Agreement is made in English and Chinese, both versions having equal effect.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Date: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# e02 Huangguoshu waterfall operator, ticketing SaaS, Order Form + General Terms; Lebanese vendor (Byblos) — MD
# ---------------------------------------------------------------------------------------------------------------
H386E02 = """# Order Form No. GT-2025-0612 - CedarGate Ticketing Cloud

**Provider:** CedarGate Software S.A.L., Rue des Croisades, Byblos (Jbeil), Lebanon ("Provider")

**Customer:** Guizhou Huangguoshu Cascade Scenic Area Operation Co., Ltd., Huangguoshu Town, Zhenning County, Anshun, Guizhou Province, People's Republic of China ("Customer")

This Order Form (Part A) and the CedarGate General Terms (Part B) form one agreement (the "Agreement"). If they conflict, Part A prevails. At the Customer's request, all fees are stated and invoiced in Chinese Yuan (CNY).

## Part A - Order Form

### A1. Subscribed Services

CedarGate Ticketing Cloud, Scenic Area edition, for the Huangguoshu main waterfall, Doupotang waterfall, Tianxing Bridge and the sightseeing bus network: online and on-site ticket sales, timed-entry quotas, identity-card and QR-code gate validation for 64 turnstiles, group and travel-agency booking, refunds, visitor-flow dashboards and the Customer's WeChat mini-program integration.

### A2. Subscription Term

The Subscription Term is three consecutive Subscription Years starting on the Go-Live Date. Each Subscription Year runs from the Go-Live Date or its anniversary. At the end of the Subscription Term the Agreement renews for a further Subscription Year on the same fees and terms unless either party gives notice of non-renewal at least sixty days before the end of the current term.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 64 turnstiles, unlimited ticket volume | 268,000 |
| Subscription Fee, Subscription Year 2 | same | 268,000 |
| Subscription Fee, Subscription Year 3 | same | 268,000 |
| Set-up: configuration, data migration, gate integration, training | one-time | 46,000 |
| **Total fees for the Subscription Term** | | **850,000** |

Additional turnstiles may be added at CNY 4,200 per turnstile per Subscription Year, pro rata. Fees include taxes.

### A4. Invoicing and Payment

- The Set-up fee is invoiced after Go-Live Acceptance and is payable within thirty days of invoice.
- Each Subscription Fee is invoiced at the start of the Subscription Year to which it relates and is payable within thirty days of invoice. No fee is payable before the Go-Live Date.

### A5. Implementation and Go-Live Acceptance

Provider shall complete configuration, migration of the Customer's season-pass and agency records, and integration of all 64 turnstiles within sixty days of signature. Go-Live Acceptance requires: (a) successful end-to-end tests of online sale, refund and gate entry for every ticket type; (b) reconciliation of one full test day of sales with the Customer's bank settlement without difference; (c) gate validation in under one second per visitor; (d) peak-load test of 30,000 tickets sold in one hour. Customer signs a Go-Live Acceptance certificate when the criteria are met. Operating the system during the tests is not acceptance. If Go-Live Acceptance is delayed for reasons attributable to Provider, Provider shall pay CNY 600 for each day of delay.

### A6. Customer Contacts

Customer's project manager: Operations Department, ticketing section. Provider's project manager: Customer Success team, Byblos, with a Mandarin-speaking engineer based in Guiyang during implementation. Both project managers meet weekly by video call until Go-Live Acceptance and keep a shared list of open issues, decisions and dates. During the peak holiday periods around the Spring Festival and the National Day week, Provider shall keep an engineer on call for the Customer and shall not schedule any maintenance without Customer's written agreement.

## Part B - General Terms

### 1. Service Levels

1.1 Provider shall make the ticketing service available 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 00:00 and 05:00 China time.

1.2 Priority 1 incidents (ticket sales or gate validation unavailable at any site) shall be responded to within 30 minutes and a workaround provided within 2 hours, every day of the year. Priority 2 incidents (a function degraded) shall be responded to within 2 hours. Priority 3 requests are answered within two business days.

1.3 If monthly availability falls below the commitment, Customer receives a service credit of 5% of the monthly equivalent of the Subscription Fee for each 0.1 percentage point of shortfall, up to 50%. Each missed Priority 1 response time gives a credit of CNY 1,000. Credits are set off against the next invoice.

### 2. Customer Data

2.1 Ticketing records, visitor identity data, booking data and all other data entered into or generated by the service for the Customer ("Customer Data") belong to Customer.

2.2 Provider processes Customer Data to provide the service and as described in clause 2.3.

2.3 Provider may use de-identified and aggregated visitor and sales data derived from Customer Data to improve its products, train its demand-forecasting models and publish tourism benchmarks, during and after the Subscription Term.

2.4 Provider hosts the service and Customer Data with a cloud provider in mainland China, holds MLPS Level 3 filing for the hosted system, encrypts Customer Data in transit and at rest, restricts access to named engineers with multi-factor authentication, and logs all access. Provider shall notify Customer within 24 hours of any personal information security incident, cooperate with the Customer and the authorities, and bear the costs and losses caused by an incident attributable to Provider.

### 3. Customer Configurations

Ticket types, price rules, quota rules, reports and mini-program pages configured specifically for Customer belong to Customer, which may use, modify and hand them to any successor provider. The service platform remains Provider's property.

### 4. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only for the Agreement, and not disclose it except to its personnel and advisers who need to know it. This clause survives for three years after termination.

### 5. Subcontractors

Provider shall not subcontract any part of the service, other than the hosting provider named in this Agreement, without Customer's prior written consent.

### 6. Liability

6.1 Provider's total aggregate liability arising out of or in connection with the Agreement shall not exceed CNY 180,000.

6.2 Neither party is liable for indirect or consequential loss, including lost ticket revenue.

### 7. Termination

7.1 Either party may terminate the Agreement if the other commits a material breach not remedied within thirty days of written notice.

7.2 On termination Provider shall refund prepaid fees for the unused part of the Subscription Year and shall return all Customer Data in CSV format within fifteen days and then delete it.

### 8. Governing Law and Jurisdiction

This Agreement is governed by the laws of the Republic of Lebanon. The courts of Beirut have exclusive jurisdiction over any dispute arising out of or in connection with it.

### 9. Personnel and Implementation

9.1 Provider shall assign qualified and experienced personnel, name a project manager who speaks Chinese or provides an interpreter, and replace any person whose work is unsatisfactory on reasonable written request. Its personnel shall follow the site rules on safety, security and working hours when working at Customer's premises.

9.2 Provider shall deliver a written implementation plan within ten days of signature, hold a weekly progress meeting with Customer's project manager and keep a log of open issues until Go-Live Acceptance.

### 10. Customer Responsibilities

Customer shall appoint a project manager with authority to take decisions, provide timely access to its systems, premises and staff, supply the data and information reasonably requested, and review deliverables within the periods in the implementation plan. Delays caused by Customer extend the affected dates accordingly, and Provider shall promptly notify Customer in writing of any such delay.

### 11. Acceptable Use

Customer shall not use the service to store unlawful content, shall not attempt to probe or disrupt the service or other customers, and shall keep its user credentials secure. Provider may suspend an individual user account that is clearly being misused after notifying Customer, and shall restore it as soon as the misuse has stopped; such suspension does not suspend the service as a whole.

### 12. Invoices and Taxes

Each invoice shall be a valid Chinese tax invoice (fapiao) or, for amounts paid to a foreign party, a commercial invoice with the withholding tax documents required by Chinese law. Each party bears its own taxes, and withholding taxes are deducted as required by law.

### 13. Notices

Notices under this Agreement shall be in writing and delivered by hand, by courier or by e-mail to the addresses stated above or to another address notified in writing. A notice delivered by courier is received on the date of signature of the delivery receipt; an e-mail is received on the next business day after sending unless a delivery failure message is received.

### 14. Compliance

Neither party shall offer, give or accept any bribe, commission, gift or other improper advantage in connection with this Agreement. Each party shall comply with the anti-corruption laws that apply to it and shall keep accurate records of payments made in connection with this Agreement.

### 15. General

15.1 Neither party may assign the Agreement without the other party's written consent.

15.2 Neither party is liable for failure caused by force majeure, including natural disasters and government action, if it notifies the other party promptly.

15.3 This Agreement is the entire agreement between the parties about its subject matter.

**Signed for Customer:** ____________________ **Signed for Provider:** ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# e03 Shanxi millet farm, grain-dryer sensors, buyer's paper; Egyptian integrator (Mansoura) — DOCX
# ---------------------------------------------------------------------------------------------------------------
H386E03 = """T:Purchase Contract for Grain Dryer Monitoring Sensors and Software
P:Contract No. QXG-2025-SP-08
P:Buyer: Qinxian Golden Millet Agricultural Cooperative Co., Ltd., Dingchang Town, Qin County, Changzhi, Shanxi Province, People's Republic of China (the "Buyer")
P:Supplier: Delta Agritronics Integration Co. (S.A.E.), El Gomhoreya Street, Mansoura, Dakahlia, Arab Republic of Egypt (the "Supplier")
P:The Buyer operates four grain dryers for millet and maize. It wishes to install moisture and temperature monitoring on the dryers and in the storage bins so that drying can be controlled from one screen. The Supplier has offered sensors, control panels, gateways and monitoring software and has agreed to supply and install them on the Buyer's standard purchase terms. At the Buyer's request all prices are in Chinese Yuan (CNY).
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission the equipment and software listed in Section 2 at the Buyer's drying yard and storage site in Qin County, and train the Buyer's operators.
P:1.2 The system shall measure grain moisture at the inlet and outlet of each dryer, measure grain temperature in eighteen storage bins, control burner and discharge speed according to target moisture, and raise alarms by SMS and on screen.
H:Section 2 Price
P:2.1 The Contract Price is CNY 1,050,000, fixed, inclusive of taxes, delivery to site, installation and training:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Online grain moisture sensor|36|6,800|244,800
TB:2|Grain temperature cable (multi-point)|72|2,350|169,200
TB:3|Dryer control panel with PLC|4|58,000|232,000
TB:4|LoRa gateway with solar power|6|9,500|57,000
TB:5|Monitoring software, perpetual site licence|1|186,000|186,000
TB:|Hardware and Licence Subtotal|||889,000
TB:6|Installation, calibration and commissioning|1|138,000|138,000
TB:7|Operator training (two sessions)|1|23,000|23,000
TB:|Contract Price|||1,050,000
P:2.2 No other charge is payable by the Buyer for the scope of this Contract.
H:Section 3 Payment
P:3.1 10% of the Contract Price (CNY 105,000) within twenty days after signature, against an advance payment guarantee issued by a bank in mainland China.
P:3.2 55% of the Contract Price (CNY 577,500) within twenty days after delivery and installation of all equipment, confirmed by an installation certificate. The installation certificate is not acceptance.
P:3.3 35% of the Contract Price (CNY 367,500) within twenty days after Final Acceptance.
H:Section 4 Delivery and Installation
P:4.0 Packing and marking: the equipment shall be packed for sea and road transport and protected against moisture and impact. Each package shall show the contract number, the Buyer's name, the package number, gross and net weight and handling marks, and shall contain a packing list. Damage caused by improper packing is borne by the Supplier even after delivery, and the Supplier shall replace damaged items at its own cost without delay to the installation schedule.
P:4.1 The Supplier shall deliver all equipment to the site within seventy-five days after signature, cleared through customs, and complete installation before the start of the autumn harvest drying season stated in the delivery schedule.
P:4.2 The Supplier is responsible for import formalities, transport and insurance to the site. Risk passes to the Buyer on signature of the installation certificate.
P:4.3 If the Supplier is late in delivery or installation, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Section 5 Acceptance
P:5.1 After installation the system shall run through a trial drying period of at least fifteen working days with real grain.
P:5.2 Final Acceptance requires that: (a) the moisture readings differ from the Buyer's laboratory oven tests by no more than 0.5 percentage points on twenty samples; (b) bin temperature readings agree with a reference thermometer within 1 degree Celsius; (c) alarms reach the duty operator within one minute; (d) the dryers hold the target moisture automatically through the trial period; and (e) manuals in Chinese and training have been delivered.
P:5.3 The parties shall sign the Final Acceptance certificate when the criteria are met. Installation, operation of the dryers with the system or payment does not constitute acceptance.
H:Section 6 Warranty
P:6.1 The Supplier warrants the equipment and software for twenty-four months from Final Acceptance. During this period it shall repair or replace defective items free of charge, including parts, labour and travel, and provide software corrections.
P:6.2 Faults are classified as follows. Priority 1 (a dryer cannot be controlled or no readings reach the screen): response by telephone or remote session within 1 hour, a local engineer on site within 24 hours, and repair within 48 hours. Priority 2 (individual sensors or cables faulty): response within 8 hours and repair within five days.
P:6.3 For each hour by which the Supplier exceeds a Priority 1 time limit, the Supplier shall pay CNY 500. The Supplier shall keep a stock of spare sensors and cables at the site throughout the warranty.
H:Section 7 Maintenance after Warranty
P:7.1 After the warranty the Supplier shall, if the Buyer so orders, provide annual maintenance (two inspections a year, calibration before each harvest season, spare parts and software updates) for a fee of 7% of the Hardware and Licence Subtotal per year, that is CNY 62,230.
P:7.2 This fee is fixed for the three years following the end of the warranty. Maintenance is ordered by a separate purchase order for each year and is not renewed automatically.
H:Section 8 Intellectual Property
P:8.1 The control parameters, alarm rules, screen layouts and reports configured for the Buyer belong to the Buyer, which may use and modify them freely and give them to other service providers.
P:8.2 The monitoring software remains the property of its owner and is licensed to the Buyer for the site without time limit.
H:Section 9 Data and Security
P:9.1 All readings, drying records and other data collected by the system belong to the Buyer and are stored on the Buyer's own server at the site. The Supplier may use them only to perform this Contract.
P:9.2 The Supplier shall configure the system with individual passwords, encrypted communication between gateways and server and no remote access except a session opened by the Buyer for a specific support case. The Supplier shall report any security incident within 12 hours and is liable for damage caused by incidents attributable to it.
H:Section 10 Confidentiality
P:Each party shall keep the other party's business and technical information confidential and shall not disclose it to third parties without written consent, during this Contract and for three years after it ends.
H:Section 11 Subcontracting
P:The Supplier may use a local installation partner in Shanxi only with the Buyer's prior written consent, and remains fully responsible for the partner's work.
H:Section 12 Liability
P:The Supplier's total liability under this Contract shall not exceed twice the Contract Price, except in cases of personal injury, wilful misconduct or breach of Section 9.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after notice, or if delay damages reach their maximum.
P:13.2 On such termination the Supplier shall refund the amounts paid for undelivered or rejected items.
H:Section 14 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Taiyuan Arbitration Commission for arbitration in Taiyuan. The award is final.
H:Section 15 Personnel and Site Rules
P:The Supplier shall assign qualified and experienced personnel, name a project manager who speaks Chinese or provides an interpreter, and replace any person whose work is unsatisfactory on reasonable written request. Its personnel shall follow the site rules on safety, security and working hours when working at the Buyer's premises. The Supplier shall observe the fire safety rules of the drying yard, in particular near burners and grain dust.
H:Section 16 Force Majeure
P:Neither party is liable for failure or delay in performance caused by events beyond its reasonable control, such as natural disasters, epidemics, war, or acts of government, provided that it notifies the other party in writing within five days, takes reasonable steps to limit the effects and resumes performance as soon as possible.
H:Section 17 Notices
P:Notices under this Contract shall be in writing and delivered by hand, by courier or by e-mail to the addresses stated above or to another address notified in writing. A notice delivered by courier is received on the date of signature of the delivery receipt; an e-mail is received on the next business day after sending unless a delivery failure message is received.
H:Section 18 Invoices and Taxes
P:Each invoice shall be a valid Chinese tax invoice (fapiao) or, for amounts paid to a foreign party, a commercial invoice with the withholding tax documents required by Chinese law. Each party bears its own taxes, and withholding taxes are deducted as required by law.
H:Section 19 Miscellaneous
P:19.1 This Contract is made in Chinese and English, both equally valid.
P:19.2 Annex 1 Delivery schedule and site plan. Annex 2 Technical specifications.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# e04 Yiwu sock maker, managed print service; Tunisian provider (Sousse) — MD, numbered clauses + Schedules
# ---------------------------------------------------------------------------------------------------------------
H386E04 = """# Managed Print Services Agreement

**Agreement reference:** MPS-YW-2025-031

**Between**

1. **Yiwu Huasheng Hosiery Co., Ltd.**, No. 99 Chunhan Road, Futian Street, Yiwu, Zhejiang Province, People's Republic of China (the "Customer"); and
2. **Sahel Office Solutions SARL**, Avenue Léopold Sédar Senghor, Sousse, Republic of Tunisia, acting through its service partner network in Zhejiang (the "Provider").

**Recitals**

(A) The Customer runs a knitting plant, a dyeing and finishing workshop, a warehouse and a sales office in Yiwu, and prints order sheets, bar-code labels, packing lists and export documents in large volumes.

(B) The Customer wishes to replace its mixed fleet of owned printers with a managed print service supplied, maintained and supported by the Provider for a fixed monthly fee.

(C) At the Customer's request all charges under this Agreement are stated and payable in Chinese Yuan (CNY).

## 1. Definitions

1.1 **Devices** means the printers, multifunction devices and label printers listed in Schedule 1, installed by the Provider at the Customer's sites.

1.2 **Services** means the supply, installation, maintenance, consumables, monitoring and support of the Devices described in this Agreement.

1.3 **Fleet Fee** means the fixed monthly charge in Schedule 3.

1.4 **Go-Live Date** means the date of the Site Acceptance Certificate under clause 4.

## 2. Term

2.1 This Agreement starts on signature and the Services run for an Initial Term of thirty-six months from the Go-Live Date.

2.2 The Agreement ends at the end of the Initial Term. Any extension requires a written agreement signed by both parties.

## 3. Services

3.1 The Provider shall deliver and install 46 Devices at the Customer's four sites, connect them to the Customer's network and print management server, configure secure release printing for the sales office, and remove the Customer's old printers.

3.2 The Provider shall supply all toner, drums, fusers, maintenance kits and label printer ribbons, excluding paper and label stock, and shall deliver toner automatically based on remote monitoring so that no Device runs out.

3.3 The Provider shall perform preventive maintenance on every Device at least once a quarter and provide a monthly usage and service report.

3.4 The Provider shall replace any Device that fails three times in a calendar quarter with a new Device of the same or better specification.

## 4. Installation and Site Acceptance

4.1 The Provider shall complete installation at all sites within forty-five days after signature.

4.2 Site acceptance consists of: (a) a test print and scan from every Device by users in each department; (b) successful secure release printing with staff cards in the sales office; (c) bar-code labels from the warehouse label printers read correctly by the Customer's scanners; (d) meter readings of every Device visible in the monitoring portal; and (e) removal of old devices. The Customer signs the Site Acceptance Certificate when all items pass.

4.3 Delivery, installation or use of Devices does not by itself constitute acceptance.

4.4 If the Site Acceptance Certificate is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 800 per day of delay.

## 5. Service Levels

5.1 Incidents are handled according to the priorities in Schedule 2.

5.2 If the Provider misses a response or fix time in Schedule 2, the Customer receives a service credit of CNY 200 for each Priority 1 incident and CNY 80 for each Priority 2 incident, deducted from the next monthly invoice.

5.3 The Provider shall report all incidents and their resolution times in the monthly service report.

## 6. Charges and Payment

6.1 The Customer shall pay the Fleet Fee monthly in arrears within thirty days of a correct invoice, plus click charges for pages above the included volumes at the rates in Schedule 3.

6.2 The one-time deployment charge in Schedule 3 is invoiced after the Site Acceptance Certificate is signed.

6.3 No amount is payable in advance.

## 7. Customer Data

7.1 All documents, scan images, print logs, user lists and other data processed by the Devices or the monitoring portal belong to the Customer.

7.2 The Provider may use such data only for providing the Services and shall not sell or otherwise exploit it.

## 8. Intellectual Property

8.1 Print rules, secure-release configurations, label templates and reports prepared for the Customer belong to the Customer, which may use and modify them and give them to any successor provider.

8.2 The Devices, their firmware and the monitoring software remain the property of the Provider or its suppliers.

## 8A. Customer Responsibilities

8A.1 The Customer shall provide a suitable location with power and network connection for each Device, give the Provider's engineers access during working hours, and use only paper and label stock that meets the specifications in the user guides.

8A.2 The Customer shall report incidents through the Provider's service desk by telephone or the monitoring portal and allow meter readings to be collected automatically.

## 9. Confidentiality

9.1 Each party shall keep confidential the other party's business information obtained under this Agreement, including the Customer's customer lists, order data and prices, and use it only for this Agreement.

9.2 This obligation continues for three years after the Agreement ends.

## 10. Liability

10.1 The Provider's total liability under this Agreement shall not exceed 150% of the total Fleet Fees and deployment charge for the Initial Term.

10.2 Neither party is liable for indirect loss or loss of profit, except in case of wilful misconduct.

## 11. Subcontracting

The Provider may use its authorised service partner in Zhejiang named in Schedule 1 for on-site work. Any other subcontractor requires the Customer's prior written consent. The Provider remains responsible for all subcontractors.

## 12. Continuity of Service

12.1 Because the Devices and consumables are supplied on the basis of the full Initial Term, neither party may terminate this Agreement before the end of the Initial Term, except where the other party becomes insolvent or is prevented by force majeure from performing for more than ninety consecutive days.

12.2 If the Provider fails to perform, the Customer's remedies are the service credits under clause 5, the delay payments under clause 4.4 and a claim for damages within the limit of clause 10; the Customer shall continue to pay the Fleet Fee.

12.3 At the end of the Initial Term the Provider shall collect the Devices, wipe or hand over all hard disks as the Customer directs, and assist the transfer to any new provider.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou in accordance with its rules. The award is final and binding.

## 14. Force Majeure

Neither party is liable for failure or delay in performance caused by events beyond its reasonable control, such as natural disasters, epidemics, war, or acts of government, provided that it notifies the other party in writing within five days, takes reasonable steps to limit the effects and resumes performance as soon as possible.

## 15. Compliance

Neither party shall offer, give or accept any bribe, commission, gift or other improper advantage in connection with this Agreement. Each party shall comply with the anti-corruption laws that apply to it and shall keep accurate records of payments made in connection with this Agreement.

## 16. General

16.1 Notices shall be in writing and delivered by hand, courier or e-mail to the addresses above.

16.2 This Agreement may be amended only in writing signed by both parties.

16.3 This Agreement is made in English and Chinese, both versions equally valid.

## Schedule 1 - Devices and Sites

| Site | A4 mono | A3 colour MFD | Label printer |
|---|---|---|---|
| Knitting plant | 10 | 2 | 6 |
| Dyeing and finishing | 4 | 1 | 3 |
| Warehouse | 3 | 1 | 8 |
| Sales office | 2 | 6 | 0 |
| Total | 19 | 10 | 17 |

Authorised service partner: Jinhua Kaida Office Equipment Service Co., Ltd.

## Schedule 2 - Incident Priorities

| Priority | Description | Response | Fix |
|---|---|---|---|
| P1 | An A3 MFD in the sales office or any warehouse label printer unusable | 2 hours | 8 business hours, or loan device |
| P2 | Any other Device unusable | 6 business hours | next business day |
| P3 | Degraded print quality, portal or report issue | next business day | five business days |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Fleet Fee | per month, 36 months | 21,600 |
| Fleet Fees, Initial Term | 36 x 21,600 | 777,600 |
| Deployment (installation, configuration, removal of old devices) | one-time | 38,000 |
| Total fixed charges | | 815,600 |
| Included volume | per month | 90,000 mono pages, 12,000 colour pages |
| Click charge above included volume | per page | mono CNY 0.035, colour CNY 0.32 |

**For the Customer:** ____________________ **For the Provider:** ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# e05 Qingdao tyre export platform, EU-label compliance check API subscription; Moroccan vendor (Tangier) — TXT
# ---------------------------------------------------------------------------------------------------------------
H386E05 = """API SUBSCRIPTION AGREEMENT - EU TYRE LABEL COMPLIANCE CHECK

Agreement No.: QD-TYRE-API-2025-05

PARTIES

Customer: Qingdao Haitong Tyre Export Platform Co., Ltd., Room 1608, No. 7 Shandong Road, Shinan District, Qingdao, Shandong Province, People's Republic of China ("Customer").

Vendor: Boughaz Labelcheck Technologies SARL AU, Tangier Free Zone, Ilot 42, Tangier, Kingdom of Morocco ("Vendor").

BACKGROUND

Customer operates an export platform through which Chinese tyre manufacturers list passenger, van and truck tyres for sale to importers in the European Union. Every tyre offered in the EU must carry a label showing fuel efficiency, wet grip and external rolling noise classes, and must be registered in the European product database. Vendor offers an application programming interface (the "API") that checks label data, registration numbers and test-report values against the applicable EU rules before a listing is published. Customer wants every listing on its platform to be checked automatically before publication so that importers receive complete and correct label information and fewer consignments are held at EU ports. Vendor has supplied similar checks to other exporters and maintains the rule base in English and French with Chinese error messages. At Customer's request all fees are stated and payable in Chinese Yuan (CNY).

1. DEFINITIONS

1.1 "API" means Vendor's Tyre Label Check API, its documentation and the sandbox environment.

1.2 "Check" means one request to the API that validates one tyre listing.

1.3 "Customer Data" means listing data, manufacturer and product data, test reports, labels and all other data submitted by Customer or its platform users through the API, and the results returned for them.

1.4 "Subscription Year" means each consecutive period starting on the Service Start Date or its anniversary.

1.5 "Service Start Date" means the date Customer signs the onboarding acceptance under clause 4.

2. SUBSCRIPTION

2.1 Vendor grants Customer a non-exclusive right, for the Subscription Term, to call the API from Customer's platform and to show results to Customer's platform users.

2.2 The Subscription Term is two Subscription Years from the Service Start Date. The Agreement does not renew automatically; any further term requires a new written agreement.

2.3 The subscription includes up to 600,000 Checks per Subscription Year. Checks above that volume are charged at the overage rate in the Schedule.

3. SERVICE

3.1 Vendor will use commercially reasonable efforts to keep the API available and to answer Customer's support requests promptly during Vendor's business hours.

3.2 Vendor will keep the rule base up to date with changes in the EU tyre labelling rules and will notify Customer of each change at least two weeks before it takes effect in the API, where the change is known that far in advance.

3.3 Vendor will provide a sandbox environment for testing and a technical contact for integration questions.

4. ONBOARDING AND ACCEPTANCE

4.1 Vendor shall help Customer integrate the API into its platform, including mapping of Customer's product fields to the API, configuration of Customer-specific rules for its main export markets, and training of Customer's developers and compliance staff.

4.2 Onboarding acceptance requires that: (a) a test set of 2,000 historical listings chosen by Customer is checked, and the results differ from Customer's own compliance review for no more than ten of those listings; (b) each Check returns a result within two seconds at a load of 50 Checks per second; (c) error messages are returned in English and Chinese; and (d) the integration documentation is delivered.

4.3 Customer signs the onboarding acceptance when the criteria are met. Use of the sandbox or the production API before that date does not constitute acceptance.

5. FEES AND PAYMENT

5.1 The fees are set out in the Schedule. The total fixed fees for the Subscription Term are CNY 336,000.

5.2 The onboarding fee is invoiced after onboarding acceptance. The subscription fee is invoiced quarterly in arrears. Overage is invoiced quarterly in arrears.

5.3 Customer shall pay each correct invoice within thirty days. No amount is payable in advance.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Vendor shall process Customer Data only to provide the API to Customer and shall not use it for any other purpose, including training, benchmarking or sale.

6.2 Vendor shall host the production API and all Customer Data in a data centre in mainland China operated by a licensed cloud provider, shall not transfer Customer Data outside mainland China, and shall apply encryption in transit and at rest, access control by named accounts with multi-factor authentication, and access logging.

6.3 Vendor shall notify Customer within 24 hours of any security incident affecting Customer Data, take all steps to contain it, and be liable for losses caused to Customer by an incident attributable to Vendor.

6.4 On expiry or termination Vendor shall return Customer Data in a machine-readable format within thirty days and then delete it.

7. INTELLECTUAL PROPERTY

7.1 The API, the rule base and Vendor's software remain Vendor's property.

7.2 The field mappings and Customer-specific rules configured for Customer belong to Customer, which may use and modify them freely and give them to another provider.

8. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information, including Customer's list of manufacturers, prices and buyers, and shall use it only for this Agreement. This obligation continues for three years after the Agreement ends.

9. SUBCONTRACTING

Vendor shall not subcontract any part of the service, other than hosting with the cloud provider named in the Schedule, without Customer's prior written consent.

10. LIABILITY

10.1 Vendor's total liability under this Agreement is limited to one and a half times the total fixed fees for the Subscription Term.

10.2 The limit does not apply to breach of clause 6 or 8, infringement of third-party rights, or wilful misconduct.

10.3 Neither party is liable for indirect or consequential loss.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

11.2 Customer may also terminate by thirty days' notice if Vendor stops supporting the EU tyre labelling rules in force.

11.3 On termination Customer pays fees for the service provided until the termination date.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

13. PERSONNEL AND SUPPORT CONTACTS

13.1 Vendor shall name a technical contact and a deputy for integration questions and shall answer in English or Chinese. Customer shall name a technical contact and a compliance contact.

13.2 Vendor shall inform Customer in writing of planned changes to the API interface at least thirty days in advance and shall keep the previous interface version available for at least ninety days after a new version is released.

13A. CUSTOMER RESPONSIBILITIES

Customer shall keep its API keys secure, call the API only from its own platform, and make sure that listing data submitted by its platform users is submitted with their permission. Customer remains responsible for its own decision to publish or reject a listing; the API result supports that decision.

13B. ACCEPTABLE USE

Customer shall not resell access to the API, shall not try to copy the rule base by systematic querying, and shall not exceed the rate limit of 100 Checks per second without agreement. Vendor may throttle calls above that rate after notifying Customer's technical contact.

14. INVOICES AND TAXES

Each invoice shall be a valid Chinese tax invoice (fapiao) or, for amounts paid to a foreign party, a commercial invoice with the withholding tax documents required by Chinese law. Each party bears its own taxes, and withholding taxes are deducted as required by law.

15. NOTICES

Notices under this Agreement shall be in writing and delivered by hand, by courier or by e-mail to the addresses stated above or to another address notified in writing. A notice delivered by courier is received on the date of signature of the delivery receipt; an e-mail is received on the next business day after sending unless a delivery failure message is received.

16. COMPLIANCE

Neither party shall offer, give or accept any bribe, commission, gift or other improper advantage in connection with this Agreement. Each party shall comply with the anti-corruption laws that apply to it and shall keep accurate records of payments made in connection with this Agreement. Vendor confirms that the API does not contain technology subject to export restrictions that would prevent its use by Customer.

17. GENERAL

17.1 Neither party is liable for delay caused by force majeure, provided it informs the other party promptly.

17.2 This Agreement is made in English and Chinese, both versions equally valid.

17.3 Neither party may assign this Agreement without the prior written consent of the other party.

SCHEDULE - FEES

Subscription fee, Subscription Year 1 (up to 600,000 Checks) ........ CNY 148,000
Subscription fee, Subscription Year 2 (up to 600,000 Checks) ........ CNY 148,000
Onboarding (integration support, rule configuration, training) ...... CNY 40,000
Total fixed fees ...................................................... CNY 336,000
Overage per Check above the included volume ........................... CNY 0.06
Hosting provider: Alibaba Cloud (Qingdao region).

SIGNATURES

For Customer: ____________________        For Vendor: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# files, labels
# ---------------------------------------------------------------------------------------------------------------
FILES = {  # key: (file name, format, source)
    "h386z01": ("h386z01_talent_service_one_stop_platform.pdf", "pdf", H386Z01),
    "h386z02": ("h386z02_spinning_mill_ring_frame_control_retrofit.docx", "docx", H386Z02),
    "h386z03": ("h386z03_piano_school_chain_scheduling_saas.txt", "txt", H386Z03),
    "h386z04": ("h386z04_bridge_health_monitoring_annual_om.txt", "txt", H386Z04),
    "h386z05": ("h386z05_meat_floss_factory_mes_supplier_template.md", "md", H386Z05),
    "h386e01": ("h386e01_incense_burner_mould_library_licences.pdf", "pdf", H386E01),
    "h386e02": ("h386e02_waterfall_ticketing_saas_order_form.md", "md", H386E02),
    "h386e03": ("h386e03_millet_farm_grain_dryer_sensors.docx", "docx", H386E03),
    "h386e04": ("h386e04_sock_maker_managed_print_service.md", "md", H386E04),
    "h386e05": ("h386e05_tyre_eu_label_check_api_subscription.txt", "txt", H386E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def lab(lang, category, value, kind, *, avail=None, p1=None, remedy=True, ip="buyer", dsec=True, owns=True,
        conf=True, ld=None, cap=None, prep=None, acc=True, final=None, warr=None, pwf=None, auto=False, term=True,
        sub=False, law="PRC", sla=True, capped=None, deemed=False, rules=()):
    t = dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prep, acc, final, warr, pwf, auto,
                             term, sub, law, kind]))
    extra = {"sla_clause": sla, "ld_stated": ld is not None}
    if kind == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"language": lang, "category": category, "expected_terms": t, "expected_extra": extra,
            "expected_rules": sorted("CR-" + r for r in rules)}


V = {"h386z01": 960000 + 1080000 + 218000 + 128000, "h386z02": 1860000 + 236000 + 84000,
     "h386z03": 2 * 204000 + 86000, "h386z04": 348000 + 216000 + 92000 + 64000, "h386z05": 560000 + 480000 + 96000,
     "h386e01": 430000 + 96000 + 14000, "h386e02": 3 * 268000 + 46000, "h386e03": 889000 + 138000 + 23000,
     "h386e04": 36 * 21600 + 38000, "h386e05": 2 * 148000 + 40000}
assert V == {"h386z01": 2386000, "h386z02": 2180000, "h386z03": 494000, "h386z04": 720000, "h386z05": 1136000,
             "h386e01": 540000, "h386e02": 850000, "h386e03": 1050000, "h386e04": 815600, "h386e05": 336000}, V
assert 24 * 19250 == 462000 and 24 * 16800 == 403200 and 48 * 9600 == 460800
assert 462000 + 403200 + 460800 + 186000 + 348000 == 1860000
assert 8 * 46500 + 58000 == 430000 and 244800 + 169200 + 232000 + 57000 + 186000 == 889000
assert 36 * 6800 == 244800 and 72 * 2350 == 169200 and 4 * 58000 == 232000 and 6 * 9500 == 57000
assert 30 * 6800 == 204000 and 204000 // 4 == 51000 and 4 * 180000 == 720000
assert 596500 * 2 + 1193000 == 2386000 and 218000 + 1199000 + 763000 == 2180000 and 738400 + 397600 == 1136000
assert 108000 + 243000 + 189000 == 540000 and 105000 + 577500 + 367500 == 1050000

LABELS = {
    "h386z01": lab("zh", "software", V["h386z01"], "goods_or_licence", avail=99.95, p1=0.5, ld=0.1, prep=25,
                   final=True, warr=36, pwf=8, capped=True),
    "h386z02": lab("zh", "hardware", V["h386z02"], "goods_or_licence", p1=1, ld=0.1, prep=10, final=True, warr=18,
                   pwf=28, capped=True, rules=["POST-WARRANTY-FEE", "TCO-SERVICE-SHARE"]),
    "h386z03": lab("zh", "cloud", V["h386z03"], "service", avail=99.5, p1=1, conf=False,
                   ld=500 / V["h386z03"] * 100, cap=200, auto=True,
                   rules=["AUTO-RENEWAL", "CONFIDENTIALITY", "SLA-AVAILABILITY"]),
    "h386z04": lab("zh", "services", V["h386z04"], "service", p1=6, ld=0.02, rules=["LD-LOW", "SLA-RESPONSE"]),
    "h386z05": lab("zh", "software", V["h386z05"], "goods_or_licence", p1=2, remedy=False, ip="supplier",
                   owns=False, ld=0.02, cap=20, prep=65, acc=False, final=False, warr=6, pwf=None, sub=True,
                   law=None, capped=False, deemed=True,
                   rules=["ACCEPTANCE", "DATA-OWNERSHIP", "IP-OWNERSHIP", "LD-LOW", "LIABILITY-CAP",
                          "POST-WARRANTY-FEE", "PREPAYMENT", "SLA-NO-REMEDY", "SUBCONTRACT", "WARRANTY"]),
    "h386e01": lab("en", "software", V["h386e01"], "goods_or_licence", p1=2, ld=0.1, cap=150, prep=20, final=True,
                   warr=18, pwf=11, law="Jordan", capped=True, rules=["GOVERNING-LAW"]),
    "h386e02": lab("en", "cloud", V["h386e02"], "service", avail=99.95, p1=0.5, owns=False,
                   ld=600 / V["h386e02"] * 100, cap=180000 / V["h386e02"] * 100, law="Lebanon",
                   rules=["DATA-OWNERSHIP", "GOVERNING-LAW", "LIABILITY-CAP"]),
    "h386e03": lab("en", "hardware", V["h386e03"], "goods_or_licence", p1=1, ld=0.1, cap=200, prep=10, final=True,
                   warr=24, pwf=7, capped=True),
    "h386e04": lab("en", "services", V["h386e04"], "service", p1=2, dsec=False, ld=800 / V["h386e04"] * 100,
                   cap=150, term=False, rules=["DATA-SECURITY", "TERMINATION"]),
    "h386e05": lab("en", "cloud", V["h386e05"], "service", remedy=False, sla=False, cap=150,
                   rules=["LD-MISSING", "SLA-MISSING", "SLA-RESPONSE"]),
}
RISK = {"h386z01": "low", "h386z02": "high", "h386z03": "medium", "h386z04": "medium", "h386z05": "high",
        "h386e01": "low", "h386e02": "medium", "h386e03": "low", "h386e04": "high", "h386e05": "high"}
# post-warranty fee base (itemised hardware / licence subtotal), for TCO
FEE_BASE = {"h386z01": 960000, "h386z02": 1860000, "h386z05": 560000, "h386e01": 430000, "h386e03": 889000}

SEVERITY = {"SLA-MISSING": "high", "SLA-AVAILABILITY": "medium", "SLA-RESPONSE": "medium", "SLA-NO-REMEDY": "medium",
            "IP-OWNERSHIP": "high", "DATA-SECURITY": "high", "DATA-OWNERSHIP": "medium", "CONFIDENTIALITY": "medium",
            "LD-MISSING": "high", "LD-LOW": "medium", "LIABILITY-CAP": "medium", "PREPAYMENT": "medium",
            "ACCEPTANCE": "high", "WARRANTY": "medium", "POST-WARRANTY-FEE": "high", "AUTO-RENEWAL": "medium",
            "TERMINATION": "medium", "SUBCONTRACT": "medium", "GOVERNING-LAW": "low", "TCO-SERVICE-SHARE": "medium"}


def tco(key):
    t, e = LABELS[key]["expected_terms"], LABELS[key]["expected_extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return e["contract_value"] + fees, fees / (e["contract_value"] + fees) * 100


def rules_from_label(key):
    """policy.md §3 applied to my own labels: a consistency check of the labels, not a model of the code."""
    t, e = LABELS[key]["expected_terms"], LABELS[key]["expected_extra"]
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
    if not e["sla_clause"]:
        r.add("SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.add("SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("DATA-SECURITY")
    if not t["buyer_owns_data"]:
        r.add("DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CONFIDENTIALITY")
    if not e["ld_stated"]:
        r.add("LD-MISSING")
    elif t["ld_rate_per_day_pct"] < 0.05:
        r.add("LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("WARRANTY")
        if t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("POST-WARRANTY-FEE")
        x = tco(key)
        if x and x[1] > 40:
            r.add("TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("TERMINATION")
    if t["subcontract_without_consent"]:
        r.add("SUBCONTRACT")
    if key in ("h386e01", "h386e02"):  # law / forum outside mainland China, read from the text
        r.add("GOVERNING-LAW")
    return sorted("CR-" + x for x in r)


# ---------------------------------------------------------------------------------------------------------------
# threshold scan
# ---------------------------------------------------------------------------------------------------------------
CN = "零〇一二三四五六七八九十百千两"
THRESHOLD_PATTERNS = [
    r"99\.9(?![0-9])",
    r"(?<![0-9.])4\s*(?:小时|个小时|hours?|hrs?\b|h\b|-hour)", rf"(?<![{CN}])四(?:个)?小时", r"\bfour[\s-]hours?\b",
    r"(?<![0-9.])240\s*(?:分钟|minutes?)",
    r"(?<![0-9.])0\.05\s*%", r"(?<![0-9.])0\.05(?![0-9])", r"万分之五(?![十])",
    r"(?<![0-9.])100\s*%", r"百分之百", r"(?<![0-9.])100\s*per\s*cent", r"one hundred per\s*cent",
    r"(?<![0-9.])30\s*%", r"百分之三十(?![一二三四五六七八九])", r"三成", r"\bthirty per\s*cent",
    r"(?<![0-9.])40\s*%", r"百分之四十(?![一二三四五六七八九])", r"\bforty per\s*cent",
    r"(?<![0-9.])15\s*%", r"百分之十五", r"\bfifteen per\s*cent",
    r"(?<![0-9.])12\s*(?:个月|months?|-month)", rf"(?<![{CN}])十二个月", r"\btwelve[\s-]months?\b",
    rf"(?<![{CN}])一年", r"\bone[\s-]year\b", r"(?<![0-9.])1\s*(?:年(?!级)|years?\b|-year)", r"\ba year's\b",
    r"(?<![0-9.])5\s*(?:年|years?\b|-year)", rf"(?<![{CN}])五年", r"\bfive[\s-]years?\b",
    r"(?<![0-9.])60\s*(?:个月|months?)", r"\bsixty months\b",
]
THRESHOLD_RE = [re.compile(p, re.I) for p in THRESHOLD_PATTERNS]


def threshold_hits(text):
    hits = []
    for t in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in THRESHOLD_RE:
            hits += [m.group(0) for m in rx.finditer(t)]
    return hits


def self_test():
    must_hit = ["99.9%", "99.9 %", "4小时", "4 hours", "四小时", "four hours", "240分钟", "240 minutes", "0.05%",
                "万分之五", "100%", "百分之百", "30%", "30 %", "百分之三十", "三成", "40%", "百分之四十", "15%",
                "百分之十五", "12个月", "12 months", "十二个月", "twelve months", "一年", "one year", "5年",
                "5 years", "五年", "five years", "60个月", "60 months", "thirty per cent", "4-hour"]
    must_miss = ["24小时", "二十四小时", "24 hours", "99.95%", "115%", "0.15%", "四十二个月", "2025年", "2026年6月",
                 "14小时", "1.5倍", "35%", "45%", "150%", "0.055", "万分之五十", "百分之三十五", "十四个月",
                 "十八个月", "二十四个月", "34 hours", "fifteen days", "thirty days", "120日", "0.5 percentage"]
    for s in must_hit:
        assert threshold_hits(s), ("should hit", s)
    for s in must_miss:
        assert not threshold_hits(s), ("should miss", s, threshold_hits(s))


def label_off_thresholds(key):
    t = LABELS[key]["expected_terms"]
    checks = [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
              ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
              ("post_warranty_fee_pct", 15), ("warranty_months", 60)]
    for k, th in checks:
        if t[k] is not None:
            assert abs(t[k] - th) > 1e-9, (key, k)
    x = tco(key)
    if x:
        assert abs(x[1] - 40) > 1, (key, x)


# ---------------------------------------------------------------------------------------------------------------
# read back
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


def main():
    self_test()
    targets = {k: (n, f) for k, (n, f, _) in FILES.items() if f in ("docx", "pdf")}
    write({k: FILES[k][2] for k in targets}, targets, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    problems = []
    covered = set()
    for k, (name, fmt, src) in FILES.items():
        label = {"file": name, **LABELS[k]}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        text = read_back(OUT / name)
        if label["language"] == "zh":
            n, lo, hi, unit = len(text), 2800, 3300, "chars"
        else:
            n, lo, hi, unit = len(text.split()), 1500, 1700, "words"
        hits = threshold_hits(text) + threshold_hits(src)
        derived = rules_from_label(k)
        label_off_thresholds(k)
        sev = {SEVERITY[r[3:]] for r in label["expected_rules"]}
        risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
        covered |= set(label["expected_rules"])
        x = tco(k)
        print(f"{name}: {n} {unit}; risk {risk}; rules {', '.join(label['expected_rules']) or '(none)'}"
              + (f"; TCO {x[0]:,.0f} share {x[1]:.1f}%" if x else ""))
        if not lo <= n <= hi:
            problems.append(f"{name}: length {n} {unit} outside {lo}-{hi}")
        if hits:
            problems.append(f"{name}: threshold figures {sorted(set(hits))}")
        if derived != label["expected_rules"]:
            problems.append(f"{name}: rules from label {derived} != expected {label['expected_rules']}")
        if risk != RISK[k]:
            problems.append(f"{name}: risk {risk} != {RISK[k]}")
    missing = sorted(set("CR-" + r for r in SEVERITY) - covered)
    if missing:
        problems.append(f"rules never expected: {missing}")
    counts = sorted(len(LABELS[k]["expected_rules"]) for k in LABELS)
    print("findings per contract:", counts)
    assert counts[:3] == [0, 0, 1] and all(2 <= c <= 3 for c in counts[3:9]) and counts[9] >= 8, counts
    assert not problems, "\n".join(problems)
    print("all 20 CR rules expected at least once; all checks passed")


if __name__ == "__main__":
    main()
