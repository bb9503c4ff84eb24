"""holdout393: writes the ten contracts, their .json labels, and checks lengths, thresholds and rule coverage.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
"""
import sys

sys.dont_write_bytecode = True

import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------------------------------------------------
# z01 共青团市委 志愿服务管理平台 (.pdf, 第X条 + 1.1) — compliant
# ----------------------------------------------------------------------------------------------------------------------
Z01 = """T:淮岭市志愿服务管理平台建设项目政府采购合同
P:合同编号：HLTW-ZC-2025-017　　采购项目编号：HLCG2025-G-0436
P:采购人（甲方）：共青团淮岭市委员会
P:住所：淮岭市南湖区人民路88号市青少年宫四楼
P:供应商（乙方）：杭州益行软件有限公司
P:住所：杭州市西湖区文三路259号昌地火炬大厦11层
P:鉴于：淮岭市志愿服务管理平台建设项目（以下简称“本项目”）经公开招标，乙方为中标供应商。根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分；各文件内容不一致的，以本合同正文为准。
H:第一条 项目内容
P:1.1 乙方为甲方建设淮岭市志愿服务管理平台（以下简称“平台”），功能包括：志愿者注册与实名认证、志愿团体管理、活动发布与报名、服务时长记录与证明开具、积分与礼遇兑换、统计分析驾驶舱、“淮岭志愿”微信小程序，并与全国志愿服务信息系统、市政务服务统一身份认证平台对接。
P:1.2 平台部署于淮岭市政务云，云资源由甲方提供。乙方负责软件安装与配置、历史数据迁移、网络安全等级保护测评整改配合、用户培训及质保期内的维护。
P:1.3 乙方应在合同签订之日起120日内完成全部开发与部署，并向甲方提交初验申请。
P:1.4 乙方应指派项目经理一名常驻淮岭，项目经理未经甲方同意不得更换；乙方应每周向甲方提交项目周报。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰叁拾万元整（¥1,300,000.00），为固定总价，已包含软件许可、开发、实施、培训、税费及质保期内的全部服务费用。分项价格如下：
TB:序号|项目|金额（元）
TB:1|志愿服务平台软件许可（永久授权，不限用户数）|486,000
TB:2|定制开发（小程序、时长证明、积分兑换、驾驶舱、接口）|612,000
TB:3|历史数据迁移（约18万名志愿者、3.6万场活动记录）|78,000
TB:4|部署实施|64,000
TB:5|用户培训（市、区两级管理员及志愿团体骨干）|22,000
TB:6|等级保护测评整改配合|38,000
TB:合计||1,300,000
P:2.2 除本合同另有约定外，甲方无需向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订后，乙方开具等额合法发票之日起15个工作日内，甲方支付合同总价的20%，即人民币260,000元，作为预付款。
P:3.2 平台通过初验后，甲方支付合同总价的45%，即人民币585,000元。
P:3.3 平台通过终验后，甲方支付合同总价的35%，即人民币455,000元。
P:3.4 甲方通过国库集中支付方式付款。因财政资金拨付流程造成的合理延迟，不视为甲方违约。
H:第四条 交付与验收
P:4.1 初验：乙方完成部署、数据迁移和接口联调后提出初验申请，甲方对照需求规格说明书逐项测试。初验标准为：需求规格说明书所列功能全部实现；500名用户并发访问时页面平均响应时间不超过2秒；迁移数据经逐条比对，志愿者人数与服务时长合计与原系统一致；与全国志愿服务信息系统的双向数据同步连续7日无差错。
P:4.2 试运行：初验通过后平台进入试运行，期限为60日。试运行期间未发生一级故障且二级故障累计不超过3次的，乙方方可申请终验。
P:4.3 终验：由甲方会同市大数据局及乙方共同进行。除复核初验事项外，乙方还须取得第三方测评机构出具的网络安全等级保护第三级测评报告（结论为“符合”或“基本符合”），并完成源代码、数据库设计、用户手册和运维手册的移交。验收合格的，双方签署终验报告。
P:4.4 平台上线运行、甲方开始使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，整改费用由乙方承担。
H:第五条 质量保证与维护
P:5.1 质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级以及远程和现场技术支持。
P:5.2 故障分为三级：一级故障指平台整体不可用，或志愿者无法注册、报名、记录时长；二级故障指部分功能异常但不影响主要业务；三级故障指一般性问题及咨询。乙方对一级故障应在30分钟内响应、2小时内到达现场、8小时内恢复服务；对二级故障应在2小时内响应、24小时内解决；三级故障在下一次版本更新中解决。
P:5.3 乙方未按前款时限响应、到场或恢复的，每超过一小时，甲方可从应付款项中扣减人民币800元；同一季度内一级故障超过2次的，甲方另扣减人民币5,000元。
P:5.4 质保期满后，甲方如需乙方继续提供运维服务，年度运维服务费按平台软件许可费的10%计取，即每年人民币48,600元，该费用在质保期满后的三个服务年度内不予上调。运维服务内容与质保期内相同，由双方另行签订运维合同，不自动续期。
H:第六条 知识产权
P:6.1 乙方为本项目定制开发的软件、小程序、接口程序及其源代码、数据库设计和全部技术文档，知识产权归甲方所有。乙方应在终验时交付完整源代码，甲方有权自行或委托第三方使用、修改。
P:6.2 平台基础软件的知识产权仍归乙方所有，乙方授予甲方永久的、不限用户数的使用许可。
P:6.3 乙方保证所交付的软件不侵犯任何第三方的知识产权；如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:第七条 数据安全与个人信息保护
P:7.1 平台中的志愿者个人信息、活动记录、服务时长及统计数据均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得向任何第三方提供。
P:7.2 乙方应按照《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》和网络安全等级保护第三级的要求，落实访问控制、敏感信息加密存储、操作日志审计等措施；乙方人员访问生产环境须经甲方审批并通过堡垒机进行，不得私自导出或复制数据。
P:7.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在2小时内报告甲方并立即采取补救措施。因乙方原因导致数据安全事件的，乙方承担全部责任，并赔偿甲方因此遭受的全部损失。
H:第八条 保密
P:8.1 乙方对在履行本合同过程中知悉的甲方工作秘密、未公开信息及平台技术资料负有保密义务，未经甲方书面同意不得向第三方披露。本条义务不因合同终止而免除。
H:第九条 违约责任
P:9.1 乙方逾期交付或逾期提交初验申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:9.2 乙方逾期超过30日，或平台经两次整改仍未通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:9.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:第十条 分包
P:10.1 本项目不允许分包。乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十一条 合同解除
P:11.1 乙方有严重违约行为，经甲方书面通知后15日内未予纠正的，甲方有权书面通知解除本合同。
P:11.2 因不可抗力致使合同目的无法实现的，双方均可解除合同，互不承担违约责任。
H:第十二条 适用法律与争议解决
P:12.1 本合同适用中华人民共和国法律。
P:12.2 因本合同引起的或与本合同有关的争议，双方协商解决；协商不成的，提交淮岭仲裁委员会仲裁。
H:第十三条 其他
P:13.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:13.2 附件：1. 需求规格说明书；2. 项目实施计划；3. 验收测试方案。
P:甲方（盖章）：共青团淮岭市委员会　　乙方（盖章）：杭州益行软件有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:签订日期：2025年　月　日　　签订日期：2025年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------------
# z02 牙膏厂 灌装包装线控制系统改造 (.docx, 一、/（一）, Word price table) — POST-WARRANTY-FEE, TCO, SUBCONTRACT
# ----------------------------------------------------------------------------------------------------------------------
Z02 = """T:牙膏灌装包装线控制系统改造合同
P:合同编号：JY-SB-2025-031
P:甲方（买方）：江州洁雅口腔护理用品有限公司
P:住所：江州市经济开发区洁雅路6号
P:乙方（卖方）：苏州华控自动化工程有限公司
P:住所：苏州市相城区澄阳路116号华控大厦
P:甲方二车间现有6条软管牙膏灌装封尾线及配套装盒、装箱设备，原控制系统老化、备件停产，停机频繁。经比选，甲方委托乙方对上述产线控制系统实施改造。双方根据《中华人民共和国民法典》，订立本合同。
H:一、改造范围
P:（一）更换6条灌装线的PLC及伺服控制系统，改造4台装盒机和装箱机的控制柜，加装软管喷码及封尾视觉检测系统，新建产线监控（SCADA）系统和车间工业网络。
P:（二）乙方负责设备供货、拆旧、安装、程序编制、调试、试生产配合及培训。改造须分线进行，每条线停线时间不超过5天，不得影响其余产线正常生产。
P:（三）完工期限：合同生效后75日内完成全部改造，并向甲方提交终验申请。
H:二、合同价格
P:（一）合同总价为人民币贰佰伍拾伍万元整（¥2,550,000），含税、运输、保险、安装调试及质保期内的全部服务费用。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|灌装机PLC及伺服控制系统|6套|168,000|1,008,000
TB:2|装盒/装箱机PLC控制柜|4套|96,500|386,000
TB:3|喷码及封尾视觉检测系统|6套|72,000|432,000
TB:4|HMI触摸屏及工控机|10台|14,800|148,000
TB:5|产线监控（SCADA）软件许可|1套|186,000|186,000
TB:6|工业交换机、光纤及网络配件|1批|74,000|74,000
TB:|软硬件小计|||2,234,000
TB:7|安装调试及程序编制|1项|246,000|246,000
TB:8|停线切换及试生产配合|1项|58,000|58,000
TB:9|操作及维护培训|1项|12,000|12,000
TB:|合计|||2,550,000
P:（二）上表单价在合同履行期间固定不变，甲方不再支付表外任何费用。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，即人民币510,000元。
P:（二）全部设备到货并经甲方签收后，甲方支付合同总价的25%，即人民币637,500元。到货签收仅确认数量和外观，不视为质量验收。
P:（三）终验合格后，甲方支付合同总价的50%，即人民币1,275,000元。
P:（四）其余5%即人民币127,500元作为质量保证金，质保期满且无未决质量问题的，甲方一次性无息支付。
H:四、验收
P:（一）每条线改造完成后，乙方进行单线调试，甲方派员见证并记录。
P:（二）终验标准：灌装量偏差在±0.5克以内；单线速度不低于每分钟180支；视觉检测对漏码、封尾不良的漏检率不高于0.02%，误剔率不高于0.3%；SCADA系统实时显示各线产量、停机原因和报警信息，数据刷新间隔不超过3秒；全部产线连续72小时满负荷试运行，无停机故障。
P:（三）终验由甲方生产部、设备部、质量部共同进行，合格后签署终验报告。设备安装完毕或投入生产使用，均不视为验收合格。终验不合格的，乙方应在10日内整改并重新申请终验。
H:五、质量保证
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内设备及软件因质量问题出现的故障，乙方免费维修或更换。
P:（二）故障等级：一级故障指任一整线停机；二级故障指单台设备或单个检测工位失效；三级故障指不影响生产的一般问题。一级故障乙方应在30分钟内响应、2小时内派工程师到场；二级故障2小时内响应、次日到场；三级故障3个工作日内处理。
P:（三）乙方未按时响应或到场的，每迟延一小时向甲方支付人民币1,500元，可从质量保证金中扣除。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方提供年度维保服务，内容包括每季度一次预防性维护、易损件更换、程序优化及全天候电话支持，服务等级与质保期内相同。
P:（二）年度维保费为每年人民币625,520元，即软硬件小计的28%，于每个维保年度开始后30日内支付。该费用在质保期满后的首三个维保年度内固定不变。
H:七、数据与工控安全
P:（一）产线运行数据、配方及工艺参数均属于甲方所有，乙方不得用于本合同以外的任何目的。
P:（二）乙方应按工业控制系统信息安全防护要求实施改造，在生产网与办公网之间部署工业防火墙。乙方远程维护须事先取得甲方书面批准，并通过甲方指定的堡垒机进行，全程记录；乙方不得复制、带走任何生产数据。
P:（三）发生病毒感染、数据泄露或非授权访问的，乙方应在1小时内通知甲方并配合处置。因乙方原因导致安全事件的，乙方承担全部责任，并赔偿甲方由此造成的停产等损失。
H:八、保密
P:（一）乙方对在改造过程中接触到的甲方配方、工艺、产能及客户信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本保密义务在合同终止后继续有效。
H:九、知识产权
P:（一）乙方为本项目编制的PLC程序、HMI画面、SCADA组态工程文件、视觉检测程序及其源文件，知识产权归甲方所有。乙方应在终验时全部移交，甲方可自行修改或委托他人修改。
P:（二）SCADA软件及视觉检测算法软件为乙方或原厂产品，乙方授予甲方永久使用许可。
H:十、分包
P:（一）乙方可将现场电气安装、桥架敷设及拆旧清运工作分包给具备相应资质的单位，但应提前5个工作日书面通知甲方。乙方对分包单位的工作质量和安全承担全部责任。
H:十一、违约责任
P:（一）乙方逾期完成改造的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:（二）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意、重大过失或违反本合同第七条、第八条造成的损失不受此限。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:十二、项目管理与安全生产
P:（一）乙方应指定一名具有八年以上产线自动化改造经验的项目经理负责本项目，现场施工人员应持有有效电工作业证。
P:（二）乙方人员进入甲方车间应遵守甲方的GMP卫生管理、动火作业审批及安全生产制度，拆除的旧设备由乙方登记造册后交甲方处置。
P:（三）每条线停线改造前，乙方应提交停线切换方案并经甲方生产部书面确认；切换完成后，乙方应保留原控制程序备份，以便必要时回退。
P:（四）因不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明，双方协商顺延履行期限。
H:十三、合同解除
P:（一）乙方逾期超过30日，或终验两次不合格，或有其他严重违约行为经甲方书面催告后10日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十四、争议解决
P:（一）本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，提交江州仲裁委员会仲裁。
H:十五、其他
P:（一）本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:（二）附件：1. 技术规格书；2. 改造实施方案及停线计划；3. 终验测试记录表。
P:甲方（盖章）：江州洁雅口腔护理用品有限公司　　乙方（盖章）：苏州华控自动化工程有限公司
P:授权代表：__________　　授权代表：__________　　签订日期：2025年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------------
# z03 连锁宠物用品店 进销存及会员 SaaS + 实施 (.txt, 第X条 + （1）) — PREPAYMENT, AUTO-RENEWAL, DATA-OWNERSHIP
# ----------------------------------------------------------------------------------------------------------------------
Z03 = """宠物用品连锁门店进销存及会员管理系统订阅及实施服务合同

合同编号：MCH-IT-2025-009

甲方（订购方）：成都萌宠汇商贸连锁有限公司
住所：成都市武侯区天府大道北段1700号环球中心E2区
乙方（服务方）：上海云栈零售科技有限公司
住所：上海市徐汇区漕河泾开发区宜山路700号B2栋

甲方在四川、重庆经营“萌宠汇”宠物用品门店90家，拟以云端系统替换各门店现有的单机收银及库存软件。乙方是零售SaaS服务提供商。双方经平等协商，就乙方向甲方提供进销存及会员管理系统订阅服务和实施服务事宜，订立本合同。

第一条 服务内容
（1）乙方向甲方提供“云栈零售”进销存及会员管理SaaS服务，覆盖甲方总部及90家门店，功能包括采购、库存、调拨、门店收银、会员储值、积分、宠物档案、洗护美容预约、营销活动和经营报表。
（2）乙方提供实施服务：迁移商品档案约2.6万个SKU及会员约41万名，完成90家门店上线，与甲方现有收银硬件及聚合支付接口对接，并为总部及门店员工提供培训。
（3）订阅服务期为三个服务年度，自实施验收合格之日起计算。每个服务年度自该日起算，至次年对应日前一日止。

第二条 费用
（1）订阅费：门店端每店每服务年度人民币3,600元，90家合计324,000元；总部及会员营销模块每服务年度76,000元；订阅费合计每服务年度人民币400,000元。
（2）实施费：一次性人民币236,000元。
（3）本合同总价为三个服务年度的订阅费加实施费，即400,000元×3＋236,000元＝人民币1,436,000元。
（4）上述费用已包含系统使用、数据存储、短信通知（每服务年度不超过50万条）及标准版本升级，不含门店收银硬件。
（5）服务期内甲方新开门店的，按每店每服务年度3,600元按月折算另行计费，不计入本合同总价。

第三条 付款
（1）合同签订后10个工作日内，甲方一次性支付首个服务年度订阅费400,000元及全部实施费236,000元，合计人民币636,000元。乙方收到该款项后启动实施。
（2）第二、第三个服务年度的订阅费，甲方于该服务年度开始前15日内支付。
（3）乙方应在收款前开具等额增值税专用发票。

第四条 实施与验收
（1）乙方应在收到第三条第（1）款款项后60日内完成全部门店上线。
（2）实施验收标准：90家门店全部上线，连续10个营业日收银正常；商品档案、会员余额及积分迁移后逐户核对无差异；高峰时段收银单笔处理时间不超过2秒；经营报表数据与门店日结数据一致。
（3）系统上线或甲方开始使用，均不视为验收合格。验收合格后，双方签署实施验收单。
（4）乙方逾期完成门店上线的，每逾期一日，向甲方支付违约金人民币1,200元。

第五条 服务水平
（1）系统月可用率不低于99.95%。计划内维护应安排在凌晨2:00至6:00之间，并提前3日通知甲方，计划内维护时间不计入不可用时间。
（2）一级故障指全部或多数门店无法收银、会员无法支付；二级故障指部分功能异常；三级故障指一般咨询及优化需求。一级故障乙方应在30分钟内响应、2小时内恢复；二级故障2小时内响应、8小时内恢复；三级故障3个工作日内答复。
（3）当月可用率低于承诺值的，每低0.1个百分点，乙方按当月应分摊订阅费的5%向甲方提供服务抵扣，最高不超过当月应分摊订阅费的一半；一级故障恢复超时的，每超过一小时另抵扣人民币500元。服务抵扣在下一期订阅费中扣除。

第六条 数据
（1）甲方在系统中录入或产生的商品、库存、销售、会员及宠物档案数据归甲方所有。
（2）甲方同意，乙方可对上述数据进行脱敏和汇总处理后，用于编制宠物零售行业分析报告及改进乙方产品；此项使用在服务期满后继续有效。
（3）乙方应按网络安全等级保护第三级要求运营系统，数据存储于中华人民共和国境内，传输和存储均予加密，建立访问权限控制和操作日志审计制度。发生数据泄露等安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的损失，由乙方承担赔偿责任。
（4）服务终止后30日内，乙方应按甲方要求以通用格式交还全部数据，并在甲方书面确认后予以删除。

第七条 双方义务
（1）甲方应指定项目负责人，按实施计划提供门店清单、商品及会员基础数据，组织门店员工参加培训，并保证其提供的数据来源合法。
（2）乙方应为甲方配备专属客户成功经理，每月提交服务报告，内容包括系统可用率、故障处理情况、工单统计和优化建议；每个服务年度至少组织两次门店操作复训。
（3）乙方对系统进行重大版本升级的，应提前15日通知甲方，并保证升级不影响甲方门店营业时间内的正常收银。
（4）甲方应妥善保管系统管理员账号，因甲方原因导致账号泄露造成的损失由甲方自行承担。

第八条 知识产权
（1）SaaS平台的知识产权归乙方所有，甲方在服务期内享有使用权。
（2）乙方为甲方专门开发的报表、会员营销规则配置和收银接口程序，知识产权归甲方所有，甲方可自由使用、修改，并可许可第三方使用。

第九条 保密
（1）双方对在合作中获知的对方商业秘密和未公开信息负有保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定的除外。
（2）本条义务在合同终止后继续有效。

第十条 续订
（1）服务期满前30日，任何一方未书面提出不再续订的，本合同自动续订一个服务年度，此后亦同。
（2）续订时，乙方有权按其届时公布的标准价目表调整订阅费，上调幅度不超过上一服务年度订阅费的8%，调整后的费用自续订的服务年度开始适用。

第十一条 责任限制
（1）乙方在本合同项下的累计赔偿责任以合同总价的1.5倍为限，但数据安全事件及侵犯知识产权造成的损失不受此限。

第十二条 分包
（1）未经甲方书面同意，乙方不得将本合同项下的服务分包或转包给第三方。乙方使用的云基础设施服务商（阿里云计算有限公司）视为已经甲方同意。

第十三条 合同解除
（1）任何一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同。
（2）因乙方违约解除合同的，乙方应按未使用的服务期比例退还已收订阅费。

第十四条 争议解决
（1）本合同适用中华人民共和国法律。
（2）因本合同引起的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

第十五条 不可抗力
（1）因地震、洪水、疫情等不可抗力或基础电信网络大面积中断导致不能履行合同的，受影响一方应及时通知对方并提供证明，在不可抗力影响范围内免除责任。

第十六条 其他
（1）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
（2）附件：门店清单、实施计划。

甲方（盖章）：成都萌宠汇商贸连锁有限公司　　　乙方（盖章）：上海云栈零售科技有限公司
授权代表：__________　　　　　　　　　　　　　授权代表：__________
日期：2025年　月　日　　　　　　　　　　　　　日期：2025年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------------
# z04 市疾控中心 免疫规划信息系统 年度运维 (.txt, 1. / 1.1) — LD-LOW, SLA-NO-REMEDY
# ----------------------------------------------------------------------------------------------------------------------
Z04 = """临江市疾病预防控制中心免疫规划信息系统运维服务合同

项目名称：临江市免疫规划信息系统运维服务项目
采购方式：竞争性磋商
项目编号：LJZC2025-C-0218
合同编号：LJCDC-YW-2025-04

甲方（采购人）：临江市疾病预防控制中心
地址：临江市江北区卫生路23号
乙方（供应商）：武汉卫信智联科技有限公司
地址：武汉市东湖新技术开发区光谷大道77号金融港B9栋

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，订立本合同，共同遵守。

1. 服务范围
1.1 乙方负责临江市免疫规划信息系统的运行维护，系统包括接种门诊客户端（全市146个接种单位）、疫苗出入库管理、冷链温度监测、儿童预防接种电子档案、预防接种证电子化模块，以及与省级免疫规划信息平台、市妇幼健康信息系统的接口。
1.2 服务内容包括：日常运行监控、故障处理、接种单位终端技术支持、数据备份与恢复、安全加固、接口维护、数据质量治理，以及本合同第5条约定的年度重点任务。
1.3 服务期自2025年7月1日起至2026年6月30日止。

2. 服务费用
2.1 本合同总价为人民币柒拾万肆仟元整（¥704,000），为固定价格，包含人员、差旅、工具、税费等全部费用。分项如下：
    (1) 日常运维（驻场工程师2名）：人民币398,000元
    (2) 接口维护（省平台、妇幼系统、预防接种证）：人民币126,000元
    (3) 安全加固与等级保护测评配合：人民币84,000元
    (4) 数据质量治理：人民币58,000元
    (5) 重大活动及应急保障：人民币38,000元
2.2 服务期内甲方不另行支付其他费用。因甲方新增业务需要开发的新功能，不属于本合同服务范围，由双方另行协商。

3. 付款方式
3.1 本合同不设预付款。
3.2 服务费按季度支付，每季度人民币176,000元。每季度结束后，甲方按第6.1条完成季度考核，并在收到乙方发票后15个工作日内支付该季度服务费。
3.3 甲方以财政资金支付，因国库支付流程导致的合理延迟不视为甲方违约。

4. 服务要求
4.1 乙方派驻2名工程师在甲方现场工作，工作时间为工作日8:30至17:30；非工作时间提供7×24小时电话支持。驻场人员变更须提前10日书面报甲方同意。
4.2 故障分级及处理时限：
    (1) 一级故障：系统整体中断，或全市接种登记、疫苗出入库无法进行。乙方应在15分钟内响应，1小时内到达现场，3小时内恢复。
    (2) 二级故障：部分接种单位或部分功能无法使用。乙方应在1小时内响应，8小时内恢复。
    (3) 三级故障：一般性问题或咨询。乙方应在2个工作日内解决。
4.3 驻场工程师应具备三年以上医疗卫生信息系统运维经验，熟悉免疫规划业务流程；乙方应另行指定一名技术负责人，负责协调乙方后台研发资源解决疑难问题。
4.4 乙方每月进行一次数据备份恢复演练，每季度进行一次系统巡检，并提交书面报告。
4.5 响应、到场或恢复超过第4.2条时限的，记入季度考核记录，乙方应在5个工作日内提交书面情况说明和整改措施。

5. 年度重点任务
5.1 乙方应于2025年10月31日前，按国家免疫规划信息系统新版数据交换标准完成与省级平台接口的升级改造，并通过省级平台联调测试。
5.2 乙方应于2025年12月31日前，完成全市146个接种单位客户端的国产操作系统适配和部署。
5.3 上述任务完成后，由甲方组织专项验收，验收标准为：接口数据上传及时、完整，连续30日无上传失败记录；全部接种单位客户端在国产操作系统上正常运行，接种登记单笔操作时间不超过3秒。

6. 考核与验收
6.1 甲方每季度对乙方服务进行考核，考核内容包括：故障处理是否符合第4.2条时限、巡检及备份恢复演练是否按时完成、驻场人员出勤情况、用户满意度调查结果。考核结果书面通知乙方。
6.2 服务期满后，甲方组织年度验收。验收标准为：全部季度考核结果均为合格；第5条年度重点任务均已通过专项验收；服务期内未发生因乙方原因导致的数据丢失或泄露；运维文档、配置清单、账号清单已完整移交甲方。验收合格的，双方签署验收报告。

7. 数据安全
7.1 系统中的儿童预防接种信息、疫苗流通信息及其他业务数据均属于甲方所有，乙方仅可为履行本合同处理，不得用于其他任何目的。
7.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及卫生健康行业数据安全管理要求：运维操作一律通过甲方堡垒机进行；不得将数据复制到甲方网络以外的任何介质或系统；运维账号实行最小权限并定期复核。
7.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并配合处置。因乙方原因导致数据安全事件的，乙方承担全部法律责任，并赔偿甲方由此遭受的损失。

8. 保密
8.1 乙方及其驻场人员对在服务过程中知悉的甲方工作信息、系统架构和账号口令负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
8.2 乙方驻场人员应签署保密承诺书，交甲方备案。

9. 知识产权
9.1 乙方在服务期内为甲方编写的脚本、接口改造程序、运维文档及其源代码，知识产权归甲方所有，甲方可自由使用和修改。

10. 违约责任
10.1 乙方未按第5条约定期限完成年度重点任务的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
10.2 乙方违反第7条约定的，除承担第7.3条责任外，甲方有权解除本合同。

11. 分包
11.1 乙方不得将本合同项下的服务全部或部分分包、转包给第三方。

12. 合同解除
12.1 乙方有下列情形之一的，甲方有权书面通知解除本合同：连续两个季度考核不合格；因乙方原因发生严重数据安全事件；其他严重违约行为经甲方书面催告后10日内仍未纠正。

13. 合同期限与交接
13.1 本合同服务期满自动终止，不自动续期。下一服务期的服务供应商由甲方按政府采购程序另行确定。
13.2 服务期满或合同解除时，乙方应在15日内向甲方或甲方指定的新服务商移交全部运维文档、配置清单、账号清单及未结工单，并配合完成不少于10个工作日的交接，交接期间不得中断服务。
13.3 因不可抗力导致不能履行的，受影响一方应及时通知对方，双方协商处理。

14. 适用法律与争议解决
14.1 本合同适用中华人民共和国法律。
14.2 因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

15. 其他
15.1 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
15.2 竞争性磋商文件、乙方响应文件及成交通知书为本合同的组成部分。

甲方（盖章）：临江市疾病预防控制中心
授权代表：__________
乙方（盖章）：武汉卫信智联科技有限公司
授权代表：__________
签订日期：2025年6月　日
"""

# ----------------------------------------------------------------------------------------------------------------------
# z05 冰淇淋厂 WMS licence + custom development on the supplier's template (.md, ## 第X条 + 1.1) — many problems
# ----------------------------------------------------------------------------------------------------------------------
Z05 = """# 仓储管理系统（WMS）软件许可及定制开发合同

> 仓擎软件标准合同文本 CQ-HT-V4.0　　合同编号：CQ-2025-0583

**甲方（用户）**：鲁东冰雪源乳品有限公司
住所：烟台市福山区冰雪源路1号

**乙方（供方）**：青岛仓擎软件科技有限公司
住所：青岛市崂山区株洲路151号仓擎科技园

甲方生产冰淇淋、雪糕等冷冻饮品，拟为其位于福山的成品冷库（-25℃低温区、0～4℃冷藏区及常温包材库）建设仓储管理系统。乙方同意按本合同约定向甲方提供仓擎WMS软件许可及定制开发、实施服务。双方经协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供仓擎WMS冷链版软件许可、RF手持终端授权，并按甲方需求进行定制开发和实施。

1.2 定制开发内容：冷链批次及效期管理、先到期先出库策略、与甲方SAP系统的物料和订单接口、冷库温控系统数据对接、经销商订货小程序。具体功能以双方确认的需求说明为准。

1.3 实施服务包括：业务调研、库位规划及编码、基础数据导入、系统参数配置、与SAP及温控系统的联调、上线切换支持。乙方实施顾问以远程方式为主，必要时到甲方现场，现场工作累计不超过30人天，超出部分按第2.2条另行收费。

1.4 需求说明经双方签字确认后作为定制开发的唯一依据。需求确认后甲方提出的任何新增或变更，均属于需求变更。

## 第二条 合同价款

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 仓擎WMS冷链版软件许可 | 1套 | 420,000 |
| 2 | RF手持终端授权 | 40个 | 104,000 |
| 3 | 定制开发（批次效期、SAP接口、温控对接、订货小程序） | 1项 | 538,000 |
| 4 | 实施部署 | 1项 | 96,000 |
| 5 | 培训 | 1项 | 18,000 |
| | 合计 | | 1,176,000 |

2.1 本合同总价为人民币壹佰壹拾柒万陆仟元整（¥1,176,000）。

2.2 甲方需求变更导致工作量增加的，乙方按每人天人民币2,800元另行收费。

## 第三条 付款

3.1 合同签订后5个工作日内，甲方支付合同总价的55%，即人民币646,800元。乙方收到该款项后启动项目。

3.2 系统上线后10个工作日内，甲方支付合同总价的45%，即人民币529,200元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停实施或暂停技术支持。

## 第四条 实施

4.1 乙方将尽合理努力在项目启动后90日内完成系统上线。

4.2 实施计划可根据甲方配合情况和需求确认进度调整。因甲方原因、第三方原因或其他非乙方可控原因导致延期的，乙方不承担责任。

4.3 甲方应提供实施所需的服务器、网络环境、基础数据和业务人员，并指定项目负责人。甲方应在乙方提出需求后3个工作日内完成确认，逾期未确认的，视为甲方认可乙方提交的方案。

4.4 乙方提供上线前的操作培训两次，培训对象为甲方仓库主管、叫料员和系统管理员。超出部分按人天另行收费。

4.5 RF手持终端、标签打印机、服务器等硬件由甲方自行采购，乙方仅提供选型建议，不对硬件质量负责。

## 第五条 验收

5.1 系统上线运行，即视为甲方验收合格。

5.2 甲方在系统上线后7日内未提出书面异议的，亦视为验收合格。

## 第六条 免费维护

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方提供远程技术支持和缺陷修复。

6.2 一级故障（系统无法进行出入库作业）乙方在10小时内响应；二级故障在2个工作日内响应；其他问题在5个工作日内答复。

6.3 上述时间为乙方服务目标。乙方不因响应或修复时间超出上述目标而承担扣款、赔偿或违约金。

## 第七条 维护期满后的服务

7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，维护费按乙方届时公布的价格标准执行。

7.2 未签订维护合同的，乙方按人天另行收费提供服务。

## 第八条 知识产权

8.1 仓擎WMS标准软件的知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、接口程序、报表、小程序及其源代码，知识产权均归乙方所有。甲方在许可范围内享有非独占的使用权，不得修改、反向工程或提供给第三方使用。

## 第九条 数据

9.1 甲方在系统中产生的业务数据归甲方所有。

9.2 甲方同意，乙方可对系统运行中产生的库存、出入库及冷链温度数据进行脱敏处理后，用于乙方产品改进、算法训练和行业基准分析。

9.3 乙方应采取访问控制、数据加密、日志审计等安全措施保护甲方数据；发现数据泄露等安全事件时，应在24小时内通知甲方并采取补救措施。因乙方原因导致数据泄露的，乙方承担相应的赔偿责任。

## 第十条 保密

10.1 双方对在合作中知悉的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露。

10.2 下列信息不属于保密信息：已经公开的信息；接收方在披露前已合法知悉的信息；接收方独立开发的信息。

10.3 本条义务在合同终止后继续有效。

## 第十一条 责任限制

11.1 乙方在本合同项下的全部责任，无论基于违约、侵权或其他原因，累计不超过合同总价的25%。

11.2 乙方不承担任何间接损失、利润损失、商誉损失及货物变质损失。

## 第十二条 合作伙伴

12.1 乙方有权根据项目需要，将部分实施、开发或驻场工作委托第三方合作伙伴完成，无需另行取得甲方同意。

## 第十三条 合同解除

13.1 一方严重违约，经对方书面催告后30日内仍未纠正的，守约方可书面通知解除本合同。

13.2 合同解除后，甲方应支付乙方已完成工作对应的费用。

## 第十四条 争议解决

14.1 因本合同产生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 不可抗力及免责

15.1 因不可抗力、网络运营商故障、甲方硬件故障或第三方系统原因导致乙方不能履行或迟延履行的，乙方不承担责任。

## 第十六条 通知

16.1 乙方以电子邮件、即时通讯工具或系统公告方式发出的通知，发出即视为送达。

## 第十七条 其他

17.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

17.2 本合同未尽事宜，以乙方发布的《仓擎软件服务规范》为准。

甲方（盖章）：鲁东冰雪源乳品有限公司　　　乙方（盖章）：青岛仓擎软件科技有限公司

授权代表：__________　　　授权代表：__________

日期：2025年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------------
# e01 Quanzhou puppet-head carving workshop, pattern software, perpetual licences; Nepali vendor (.pdf) — GOVERNING-LAW
# ----------------------------------------------------------------------------------------------------------------------
E01 = """T:SOFTWARE LICENCE AND IMPLEMENTATION AGREEMENT
P:Agreement No. QZMX-SW-2025-03
P:This Agreement is made between Quanzhou Muxiang Puppet Head Carving Workshop Co., Ltd., a company registered in the People's Republic of China with its address at No. 27 Zhongshan Middle Road, Licheng District, Quanzhou, Fujian Province (the "Buyer"), and Himal CraftCAD Pvt. Ltd., a company registered in Nepal with its address at Jhamsikhel Marg, Lalitpur Metropolitan City Ward 3, Bagmati Province, Nepal (the "Supplier").
P:Recitals
P:(A) The Buyer carves and paints traditional Quanzhou string-puppet and glove-puppet heads and wishes to record its carving patterns digitally, to keep the proportions of its classic role faces consistent between carvers, and to prepare cutting files for its two small CNC roughing machines.
P:(B) The Supplier develops CraftCAD Studio, a pattern and relief-design software for hand carvers, and has offered perpetual licences, a customised pattern library and implementation services.
P:(C) The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means CraftCAD Studio version 6 and the CraftCAD Scan-to-Pattern module in object code, with their documentation and any corrections or new versions supplied under this Agreement.
P:1.2 "Custom Library" means the library of role-face templates, proportion rules, carving-depth maps and CNC roughing presets that the Supplier prepares for the Buyer under Article 2.2.
P:1.3 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Article 6.
P:1.4 "Buyer Data" means all pattern files, photographs, scans, drawings, measurements and other material that the Buyer or its carvers provide, create or store with the Software.
H:Article 2 Scope of Supply
P:2.1 The Supplier grants the Buyer perpetual, non-exclusive licences to install and use the Software on eight design workstations and two scanning workstations at the Buyer's premises in Quanzhou, for the Buyer's own business.
P:2.2 The Supplier shall prepare the Custom Library covering at least forty-eight role faces, including the sheng, dan, jing and chou families, from measurements and scans of master heads selected by the Buyer's senior carvers.
P:2.3 The Supplier shall install and configure the Software, connect it to the Buyer's scanner and to the two CNC machines, migrate about three thousand existing drawings into the Software, and train the Buyer's staff.
P:2.4 The Supplier shall complete installation within forty-five days and shall submit the Custom Library for acceptance testing within ninety days after this Agreement takes effect.
H:Article 3 Contract Price
P:3.1 At the Buyer's request, all prices in this Agreement are stated and paid in Chinese Yuan (CNY). The Contract Price is fixed and includes all taxes, duties, travel and expenses of the Supplier.
TB:Item 1 | CraftCAD Studio perpetual licence, 8 seats at CNY 36,500 | CNY 292,000
TB:Item 2 | Scan-to-Pattern module perpetual licence, 2 seats at CNY 48,000 | CNY 96,000
TB:Licence subtotal | | CNY 388,000
TB:Item 3 | Custom Library (role-face templates, rules and CNC presets) | CNY 158,000
TB:Item 4 | Installation, configuration and drawing migration | CNY 34,000
TB:Item 5 | Training of carvers and administrators | CNY 20,000
TB:Contract Price | | CNY 600,000
H:Article 4 Payment
P:4.1 The Buyer shall pay twenty per cent (20%) of the Contract Price, CNY 120,000, within fifteen days after this Agreement takes effect and receipt of the Supplier's invoice.
P:4.2 The Buyer shall pay forty-five per cent (45%), CNY 270,000, after the Installation Certificate is signed. The Installation Certificate confirms only that the Software is installed and running; it is not acceptance.
P:4.3 The Buyer shall pay the remaining thirty-five per cent (35%), CNY 210,000, within twenty days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the Supplier's account named in the invoice. Bank charges outside China are borne by the Supplier.
H:Article 5 Delivery and Installation
P:5.1 The Supplier shall deliver licence keys and installation media electronically and shall send two engineers to Quanzhou for installation and training. Visa, travel and accommodation are at the Supplier's cost.
P:5.2 The Buyer shall provide the workstations, network access and a quiet training room, and shall make its senior carvers available for measurement sessions as agreed in the project plan.
H:Article 6 Acceptance
P:6.1 After the Custom Library is delivered, the parties shall run acceptance tests over fifteen working days. The tests pass when: (a) every role face in the Custom Library reproduces the master head's key proportions within 0.5 mm as checked by the Buyer's senior carvers on printed templates; (b) the Scan-to-Pattern module produces a usable pattern from a scan of a new head in under ten minutes; (c) cutting files for each role face run on both CNC machines without manual correction; (d) all migrated drawings open and print correctly; and (e) no Severity 1 defect remains open.
P:6.2 When all tests pass, the Buyer shall sign the Final Acceptance Certificate within five working days. If a test fails, the Supplier shall correct the defect at its own cost and the test shall be repeated.
P:6.3 Installation, use of the Software in production or any payment does not by itself mean acceptance.
H:Article 7 Warranty
P:7.1 The Supplier warrants that the Software and the Custom Library will conform to the documentation and to the test criteria of Article 6 for eighteen (18) months after Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period the Supplier shall correct defects and supply new versions of the Software free of charge.
H:Article 8 Support after the Warranty Period
P:8.1 After the Warranty Period the Buyer may order annual support. The annual support fee is nine per cent (9%) of the Licence subtotal, that is CNY 34,920 per year, and shall not be increased during the first three years after the Warranty Period. Any later change requires the written agreement of both parties.
P:8.2 Annual support is ordered by written purchase order and does not renew automatically. Support covers the same services and service levels as the Warranty Period.
H:Article 9 Service Levels
P:9.1 The Supplier shall provide remote support by telephone, messaging and remote-desktop session from 08:00 to 20:00 China Standard Time, seven days a week.
P:9.2 Severity 1 means the Software cannot be started or cutting files cannot be produced on any workstation. Severity 2 means a major function fails but a work-around exists. Severity 3 means any other problem.
P:9.3 The Supplier shall respond to a Severity 1 problem within two (2) hours and provide a fix or work-around within one working day; Severity 2 within eight hours with a fix within five working days; Severity 3 within two working days.
P:9.4 For each full hour by which the Supplier misses the Severity 1 response time, the Supplier shall credit CNY 500 against the next payment or support invoice, and for each day by which it misses the Severity 1 fix time, CNY 1,000.
H:Article 10 Intellectual Property
P:10.1 The Supplier keeps all intellectual property rights in the Software.
P:10.2 The Custom Library, the cutting presets and all other deliverables made specifically for the Buyer, together with their source files, belong to the Buyer from creation. The Buyer may use, modify, copy and license them freely, including to other carving workshops.
P:10.3 The Supplier warrants that the Software does not infringe third-party rights and shall defend and indemnify the Buyer against any infringement claim.
H:Article 11 Buyer Data and Security
P:11.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Agreement and shall not use it to build templates or products for anyone else.
P:11.2 Remote sessions require the Buyer's approval for each session and shall be recorded. The Supplier shall not copy Buyer Data out of the Buyer's premises except master-head scans that the Buyer releases in writing for the Custom Library, which shall be encrypted in transit and at rest and deleted after Final Acceptance.
P:11.3 The Supplier shall keep its systems and staff accounts secure, shall notify the Buyer within twenty-four hours of any loss of or unauthorised access to Buyer Data, and shall be liable for all losses caused by a security breach attributable to it.
H:Article 12 Confidentiality
P:12.1 Each party shall keep confidential all non-public information received from the other party, in particular the Buyer's traditional carving proportions and customer lists, and shall not disclose it to third parties without prior written consent. This obligation survives termination.
H:Article 13 Delay Damages and Liability
P:13.1 If the Supplier fails to submit the Custom Library for acceptance testing by the date in Article 2.4, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a total of ten per cent (10%) of the Contract Price.
P:13.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price, except for liability under Articles 10.3, 11 and 12 and for fraud or wilful misconduct.
H:Article 14 Subcontracting
P:14.1 The Supplier shall not subcontract any part of its obligations without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:Article 15 Termination
P:15.1 Either party may terminate this Agreement by written notice if the other commits a material breach and fails to remedy it within thirty days after notice.
P:15.2 The Buyer may also terminate if delay damages reach their maximum. On termination for the Supplier's breach, the Supplier shall refund amounts paid for undelivered or unaccepted items.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of Nepal.
P:16.2 Any dispute that cannot be settled by negotiation within thirty days shall be finally resolved by arbitration under the rules of the Nepal Council of Arbitration (NEPCA) in Kathmandu, in English.
H:Article 17 General
P:17.1 This Agreement takes effect on signature by both parties. It is made in English and Chinese; both texts are equally authentic.
P:17.2 Annex 1: Project plan and list of master heads. Annex 2: Acceptance test record.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________    Date: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------------
# e02 Changbai Mountain hot-spring resort booking SaaS, Order Form + General Terms (.md); Bangladeshi vendor
#     — AUTO-RENEWAL, SLA-AVAILABILITY, LIABILITY-CAP
# ----------------------------------------------------------------------------------------------------------------------
E02 = """# ORDER FORM AND GENERAL TERMS — SURMA STAYFLOW BOOKING PLATFORM

Order Form No. SF-CN-2025-0117

**Provider:** Surma Stayflow Technologies Ltd., Zindabazar Road, Sylhet 3100, Bangladesh ("Provider")

**Customer:** Changbai Mountain Yunquan Hot Spring Resort Co., Ltd., Erdaobaihe Town, Antu County, Yanbian Prefecture, Jilin Province, China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B differ, Part A prevails.

---

## PART A — ORDER FORM

### A1. Services

Provider shall provide to Customer the StayFlow online booking platform for Customer's resort of 186 rooms, 24 villas and the outdoor hot-spring area, consisting of:

- the Booking Engine for the resort website, WeChat mini-program and mobile pages;
- the Channel Manager connecting Customer's room inventory to online travel agencies;
- the Spa and Hot-Spring Slot module for booking bathing sessions, treatments and private pools;

and the onboarding services described in A4 (together, the "Services").

### A2. Subscription Term

The Initial Term is two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance (the "Subscription Start Date"); each later Subscription Year starts on the anniversary of that date.

### A3. Fees

At Customer's request, all fees are stated and paid in Chinese Yuan (CNY).

| Item | Basis | CNY |
|---|---|---|
| Booking Engine | per Subscription Year | 168,000 |
| Channel Manager | per Subscription Year | 54,000 |
| Spa and Hot-Spring Slot module | per Subscription Year | 36,000 |
| Subscription Fee | per Subscription Year | 258,000 |
| Onboarding (one-time) | on Go-Live Acceptance | 46,000 |
| Total for the Initial Term | 2 × 258,000 + 46,000 | 562,000 |

Booking transactions above 60,000 per Subscription Year are charged at CNY 0.80 each; such usage charges are not part of the total above.

### A4. Onboarding and Go-Live

1. Provider shall configure room types, rate plans, seasonal prices, packages and hot-spring session capacities; connect the Channel Manager to the online travel agencies listed by Customer; connect Customer's WeChat Pay and UnionPay merchant accounts; import future reservations from Customer's present system; and train front-office and reservations staff.
2. Provider shall achieve Go-Live by the Target Go-Live Date of 15 November 2025, before the winter ski and hot-spring season.
3. Go-Live Acceptance tests: (a) one hundred test bookings across all channels reconcile with inventory without overbooking; (b) rate and availability changes reach every connected channel within two minutes; (c) payments, refunds and invoices work for each payment method; (d) all imported reservations are present and correct; (e) booking pages load in under three seconds on a mobile connection in Jilin. When all tests pass, Customer signs a Go-Live Acceptance certificate. Putting the pages live or taking bookings is not in itself Go-Live Acceptance.
4. If Go-Live Acceptance is delayed beyond the Target Go-Live Date for reasons attributable to Provider, Provider shall pay delay damages of CNY 450 for each day of delay.

### A5. Invoicing and Payment

1. The Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year and payable within thirty days.
2. The Onboarding fee is invoiced after Go-Live Acceptance and payable within thirty days.
3. No amount is payable before the Subscription Start Date.

### A6. Renewal

At the end of the Initial Term and of each renewal term, the Agreement renews automatically for a further Subscription Year unless either party gives notice of non-renewal at least sixty days before the end of the current term. Provider may increase the Subscription Fee for any renewal term by up to nine per cent (9%) by notice given at least ninety days before the renewal.

---

## PART B — GENERAL TERMS

### B1. Service Levels

1.1 Provider shall make the Booking Engine and Channel Manager available at least 99.5% of the time in each calendar month, excluding planned maintenance announced three days in advance and carried out between 01:00 and 05:00 China Standard Time.

1.2 Incident priorities and response times:

| Priority | Definition | Response | Restoration target |
|---|---|---|---|
| P1 | Guests cannot book or pay on any channel, or inventory is not synchronised | 30 minutes | 3 hours |
| P2 | One channel or one module fails | 2 hours | 8 hours |
| P3 | Other faults and questions | next business day | as agreed |

1.3 Support is available in Chinese and English at all hours for P1 incidents and from 08:00 to 22:00 China Standard Time for other priorities.

1.4 Service credits: if monthly availability falls below the commitment in 1.1, Customer receives a credit of five per cent (5%) of the monthly share of the Subscription Fee for each started half percentage point of shortfall, up to half of that monthly share. If a P1 response is late, Customer receives a further credit of CNY 800 for each started hour. Credits are deducted from the next invoice or refunded at the end of the term.

### B2. Customer Data

2.1 All guest, reservation, payment-reference and pricing data that Customer or its guests submit to the Services ("Customer Data") belong to Customer. Provider may process Customer Data only to provide the Services to Customer and shall not use it, in identified, de-identified or aggregated form, for any other purpose.

2.2 Customer Data is hosted in a cloud region in mainland China. Provider shall keep the hosting environment at MLPS level 3, encrypt Customer Data in transit and at rest, restrict staff access to named personnel with multi-factor authentication, and keep access logs for at least six months.

2.3 Provider shall notify Customer within twenty-four hours after becoming aware of any unauthorised access to, or loss of, Customer Data, shall take remedial action, and is liable for all losses and regulatory penalties that Customer incurs because of a breach caused by Provider or its hosting provider.

2.4 At the end of the Agreement Provider shall return all Customer Data in CSV format within fifteen days and then delete it.

### B3. Confidentiality

Each party shall keep the other party's non-public business information confidential, use it only for the Agreement and disclose it only to staff who need it. This obligation survives termination.

### B4. Intellectual Property

4.1 Provider keeps all rights in the StayFlow platform.

4.2 Booking-page designs, package rules, rate rules and reports configured specifically for Customer ("Customer Configurations") belong to Customer, who may use, copy, modify and give them to any other provider.

### B5. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent, except to the hosting provider named in Annex 1, which Customer approves by signing this Order Form. Provider remains responsible for its subcontractors.

### B6. Liability

6.1 Provider's total liability arising out of or in connection with the Agreement is limited to the fees paid or payable by Customer in the six months before the event giving rise to the claim.

6.2 Neither party is liable for indirect or consequential loss. The limits in this clause do not apply to B2.3, to infringement of intellectual property or to fraud.

### B7. Termination

7.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice.

7.2 Customer may also terminate if availability falls below ninety-seven per cent (97%) in any two months of a Subscription Year.

7.3 On termination for Provider's breach, Provider shall refund prepaid fees for the unused part of the Subscription Year.

### B8. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes that cannot be settled by negotiation shall be submitted to the Changchun Arbitration Commission for arbitration in Changchun.

### B9. Customer Responsibilities

9.1 Customer shall keep its room inventory, rates and house rules up to date in the Services, keep its user accounts secure, and inform Provider promptly of any change to its payment merchant accounts.

9.2 Customer is responsible for the accuracy of the content it publishes on the booking pages and for its relationship with its guests and the online travel agencies.

### B10. Changes to the Services

Provider may improve the Services from time to time. Provider shall announce any change that removes a function Customer uses, or that changes the booking pages seen by guests, at least thirty days in advance, and shall not reduce the functions or service levels described in this Agreement during the current term.

### B11. Force Majeure

Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war or a general failure of public telecommunications networks, provided it notifies the other party promptly and uses reasonable efforts to resume performance. Force majeure does not excuse Customer's obligation to pay for Services delivered.

### B12. General

12.1 Notices shall be in writing and sent by e-mail with a copy by courier to the addresses in Part A.

12.2 Neither party may assign the Agreement without the other party's written consent.

12.3 The Agreement is the entire agreement on its subject and may be amended only in writing signed by both parties. It is made in English and Chinese; both texts are equally authentic.

Annex 1: Hosting provider and data location.

Signed for Customer: ____________________　　Signed for Provider: ____________________

Date: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------------
# e03 Xinjiang apricot farm drying-yard sensors, buyer's paper, Pakistani integrator (.docx, Section N / N.N) — compliant
# ----------------------------------------------------------------------------------------------------------------------
E03 = """T:PURCHASE CONTRACT FOR DRYING-YARD MONITORING SYSTEM
P:Contract No. LTXH-CG-2025-112
P:Buyer: Luntai Xinghe Apricot Planting Cooperative Co., Ltd., Tarim Road No. 9, Luntai County, Bayingolin Mongol Autonomous Prefecture, Xinjiang Uygur Autonomous Region, China (the "Buyer")
P:Supplier: Khyber AgriSense Engineering (Pvt.) Ltd., University Town, Peshawar, Khyber Pakhtunkhwa, Pakistan (the "Supplier")
P:Background: the Buyer grows and sun-dries apricots on 1,300 mu of orchards and operates four drying yards. Uneven drying and sudden dust storms cause quality losses. The Buyer invited offers for a monitoring system and selected the Supplier. This Contract is prepared by the Buyer.
H:Section 1 Definitions
P:1.1 "System" means the sensors, weather stations, gateways, power kits, monitoring software and all related configuration listed in Section 3.
P:1.2 "Installation Certificate" means the certificate signed by the Buyer when all equipment is installed and transmitting data.
P:1.3 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Section 6.
P:1.4 "Buyer Data" means all measurements, images, alarms, settings and reports collected or produced by the System.
H:Section 2 Scope
P:2.1 The Supplier shall supply, install and commission the System in the Buyer's four drying yards and the adjoining orchards, configure alarms and dashboards, and train the Buyer's staff.
P:2.2 The System shall measure air temperature and humidity, surface temperature of the drying racks, moisture content of apricots on sample racks, wind speed and dust, and shall send alarms by SMS and WeChat to the yard managers.
P:2.3 The Supplier shall deliver all equipment to the Buyer's site within forty days and complete installation within seventy days after this Contract takes effect, so that the System is running before the main drying season.
H:Section 3 Price
P:3.1 At the Buyer's request, all prices are stated and paid in Chinese Yuan (CNY). The prices below are fixed and include delivery to site, customs clearance, duties, taxes, installation, travel and all other costs of the Supplier.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Air temperature and humidity sensors|120|1,450|174,000
TB:2|Apricot moisture probes|40|2,800|112,000
TB:3|Automatic weather and dust stations|2|38,500|77,000
TB:4|LoRa gateways|6|9,200|55,200
TB:5|Solar power kits|46|1,600|73,600
TB:6|Drying-yard monitoring software, perpetual licence|1|96,000|96,000
TB:|Hardware and licence subtotal|||587,800
TB:7|Installation and commissioning|1|62,400|62,400
TB:8|Alarm rules, dashboards and configuration|1|38,000|38,000
TB:9|Training|1|11,800|11,800
TB:|Contract Price|||700,000
H:Section 4 Payment
P:4.1 Advance payment: ten per cent (10%) of the Contract Price, CNY 70,000, within fifteen days after the Buyer receives an advance-payment guarantee from a bank acceptable to the Buyer.
P:4.2 Fifty-five per cent (55%), CNY 385,000, after the Installation Certificate is signed. The Installation Certificate confirms delivery and installation only and is not acceptance.
P:4.3 Thirty-five per cent (35%), CNY 245,000, within thirty days after Final Acceptance.
P:4.4 The Supplier shall issue a valid invoice for each payment. Payments are made by bank transfer in CNY.
H:Section 5 Delivery, Installation and Delay
P:5.1 The Supplier bears the risk of loss of equipment until the Installation Certificate is signed.
P:5.2 If the Supplier fails to complete installation by the date in Section 2.3, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to ten per cent (10%) of the Contract Price. If the delay exceeds thirty days, the Buyer may terminate this Contract under Section 14.
P:5.3 The Supplier is responsible for export packing suitable for road transport to southern Xinjiang, for shipment, import customs clearance and delivery to the Buyer's warehouse in Luntai. Each package shall be marked with the contract number and a packing list.
P:5.4 The Supplier shall install the sensors and stations without damaging trees, irrigation pipes or drying racks, shall restore any damage at its own cost, and shall follow the Buyer's site rules on fire, vehicles and working hours.
P:5.5 Training shall cover daily use of the dashboards, handling of alarms, replacement of batteries and probes, and basic gateway troubleshooting, for at least twelve yard staff, in Chinese, with printed Chinese manuals.
H:Section 6 Acceptance
P:6.1 After installation the System shall run for a trial period of twenty-one consecutive days during the drying season.
P:6.2 Acceptance criteria: (a) temperature readings within ±0.5 °C and humidity readings within ±3 percentage points of a calibrated reference at ten sample points; (b) moisture readings within 1.5 points of oven-dry laboratory results on twenty samples; (c) data from each sensor received for at least 98 of every 100 scheduled readings during the trial; (d) alarms delivered to the yard managers within sixty seconds in five test events; (e) documentation, passwords and configuration backups handed over.
P:6.3 If all criteria are met, the Buyer shall sign the Final Acceptance Certificate within seven days. If not, the Supplier shall correct the defects at its own cost and the trial shall be repeated. Use of the System during the trial or any payment is not acceptance.
H:Section 7 Warranty
P:7.1 The Supplier warrants the System for twenty-four (24) months after Final Acceptance. During this period the Supplier shall repair or replace any defective equipment free of charge, including shipping and duties, and supply software corrections.
P:7.2 The Supplier shall keep spare sensors, probes and one gateway in Luntai during the warranty period.
H:Section 8 Support after Warranty
P:8.1 After the warranty period the Buyer may order annual support at a fee of eight per cent (8%) of the hardware and licence subtotal, that is CNY 47,024 per year. This fee is fixed for the three years after the warranty period and may change afterwards only by written agreement.
P:8.2 Annual support is ordered by purchase order and does not renew automatically.
H:Section 9 Service Levels
P:9.1 Severity 1 means that a gateway or a weather station fails, or that more than ten sensors in one yard stop reporting. Severity 2 means that single sensors fail or that alarms are delayed. Severity 3 means other faults.
P:9.2 The Supplier shall respond to Severity 1 within one (1) hour by telephone or remote session and, if remote repair fails, have a technician on site within thirty-six hours; Severity 2 within eight hours with repair within five days; Severity 3 within three working days.
P:9.3 For each hour of late response to Severity 1, the Supplier shall pay CNY 300, and for each day of late arrival on site, CNY 1,000. These amounts are deducted from any sum due to the Supplier.
H:Section 10 Intellectual Property
P:10.1 The alarm rules, dashboards, calibration tables, configuration files and reports prepared for the Buyer belong to the Buyer, who may modify them and give them to others.
P:10.2 The monitoring software remains the property of its owner and is licensed to the Buyer perpetually.
H:Section 11 Buyer Data and Security
P:11.1 Buyer Data belongs to the Buyer and may be used by the Supplier only to perform this Contract.
P:11.2 The System shall store Buyer Data on the Buyer's server in Luntai. Remote access by the Supplier requires the Buyer's approval for each session, uses an encrypted connection and named accounts, and is logged. The Supplier shall not copy Buyer Data outside the Buyer's systems.
P:11.3 The Supplier shall notify the Buyer within twelve hours of any security incident affecting the System or Buyer Data, shall take remedial measures, and shall be liable for losses caused by incidents attributable to it.
H:Section 12 Confidentiality
P:12.1 Each party shall keep confidential the other party's non-public information, including the Buyer's yields, prices and customer lists, and shall not disclose it without prior written consent. This obligation survives the end of this Contract.
H:Section 13 Liability and Subcontracting
P:13.1 The Supplier's total liability under this Contract is limited to twice the Contract Price (200%), except for personal injury, wilful misconduct and breach of Sections 11 and 12, which are not limited.
P:13.2 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for approved subcontractors.
H:Section 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after notice, or if the delay under Section 5.2 exceeds thirty days.
P:14.2 On termination for the Supplier's breach, the Supplier shall refund all amounts paid for items not accepted and remove its equipment at its own cost.
H:Section 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Urumqi Arbitration Commission for arbitration in Urumqi.
H:Section 16 Force Majeure
P:16.1 A party prevented from performing by an event beyond its reasonable control, such as natural disaster, epidemic or closure of borders, shall notify the other party promptly and provide evidence. The time for performance is extended by the period of delay. If the event lasts more than ninety days, either party may terminate this Contract by notice.
H:Section 17 General
P:17.1 This Contract takes effect on signature by both parties and is made in Chinese and English; in case of difference the Chinese text prevails.
P:17.2 Annex 1: Technical specifications. Annex 2: Site plan of the drying yards. Annex 3: Acceptance test record.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------------
# e04 Yongkang door maker's managed backup service; Malaysian provider (.md, numbered clauses + Schedules)
#     — DATA-SECURITY, TERMINATION
# ----------------------------------------------------------------------------------------------------------------------
E04 = """# MANAGED BACKUP SERVICES AGREEMENT

Agreement reference: BW-YK-2025-021

**Between**

1. **Yongkang Jinshield Door Industry Co., Ltd.**, a company incorporated in the People's Republic of China, of No. 88 Huanglong Road, Yongkang Economic Development Zone, Jinhua, Zhejiang ("Customer"); and
2. **Borneo Vaultline Sdn. Bhd.**, a company incorporated in Malaysia, of Lot 12, Jalan Tun Jugah, 93350 Kuching, Sarawak ("Provider").

**Background**

(A) Customer manufactures steel security doors, fire doors and smart locks in three plants and runs its ERP, MES, product-design and e-commerce order systems on servers in its Yongkang data room.

(B) After a storage failure in 2024 that cost two days of production planning, Customer decided to outsource the backup of these systems, and Provider offers a managed backup service using an appliance on Customer's premises and a replicated copy in a mainland China data centre.

**It is agreed as follows.**

## 1. Definitions

1.1 "Services" means the managed backup services described in Schedule 1.

1.2 "Protected Systems" means the servers, databases and file shares listed in Schedule 1, as changed by agreement.

1.3 "Service Commencement" means the date Customer signs the commencement certificate under clause 4.3.

1.4 "Service Year" means each period that starts on Service Commencement or on an anniversary of it and ends on the day before the next anniversary.

1.5 "Customer Data" means all data of Customer that is copied, stored or processed in the course of the Services.

## 2. Term

2.1 This Agreement starts on signature and, unless ended earlier under clause 12, continues for three Service Years from Service Commencement (the "Term").

2.2 The Agreement does not renew automatically. Any extension requires a written agreement signed by both parties.

## 3. Charges and Payment

3.1 At Customer's request, all charges are stated and paid in Chinese Yuan (CNY). The charges are set out in Schedule 3.

3.2 The monthly service charge is invoiced at the end of each calendar month of service and payable within thirty days.

3.3 The set-up charge is invoiced after Service Commencement and payable within thirty days.

3.4 Customer pays nothing in advance of the Services.

## 4. Set-up and Commencement

4.1 Provider shall install the backup appliance in Customer's data room, configure backup jobs for every Protected System, establish replication to the secondary site, and document the backup policies and restore runbooks, within forty-five days after signature.

4.2 Commencement tests: (a) a complete backup of every Protected System succeeds; (b) a replica of each backup reaches the secondary site; (c) Provider restores the ERP database and one design file share to a test server within the restore time stated in Schedule 2, and Customer's users verify the restored data; (d) the runbooks are handed over.

4.3 When all tests pass, Customer signs a commencement certificate. Installing the appliance or running backup jobs is not commencement.

4.4 If Service Commencement does not occur within the period in clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay.

## 5. Service Levels

5.1 Provider shall meet the service levels in Schedule 2, including response times by priority, the recovery point and restore times, and the daily backup reporting duties.

5.2 If Provider misses a service level, Customer is entitled to the service credits in Schedule 2, deducted from the next invoice.

## 6. Customer Responsibilities and Changes

6.1 Customer shall provide rack space, power, network connections and administrator accounts needed for the Services, and shall tell Provider in advance of any new system that should be protected.

6.2 Customer remains responsible for the content and lawfulness of Customer Data.

6.3 Either party may request a change to the Protected Systems, backup frequencies or retention periods. Provider shall reply within ten business days with the effect of the change on the Services and on the charges. No change takes effect until both parties sign a change note.

6.4 Provider shall hold a review meeting with Customer's IT manager each quarter, by video or in Yongkang, to go through backup results, restore tests, open incidents and capacity. Provider shall run a test restore of at least one Protected System each month and record the result in the monthly report.

6.5 Provider's engineers visiting Customer's plants shall follow Customer's safety rules and visitor procedures.

## 7. Customer Data

7.1 Customer Data belongs to Customer at all times.

7.2 Provider shall use Customer Data only to perform the Services and shall not sell, analyse or otherwise exploit it.

7.3 At the end of the Term Provider shall, at Customer's choice, hand over the latest backup set on media supplied by Customer or transfer it to a new provider, and shall then delete the remaining copies.

## 8. Confidentiality

8.1 Each party shall keep confidential all information of the other party that is marked confidential or is by its nature confidential, including Customer's product designs, prices and customer lists, and shall use it only for this Agreement.

8.2 This clause survives the end of this Agreement.

## 9. Intellectual Property

9.1 Backup policies, restore runbooks and reports written for Customer belong to Customer, who may use and modify them and give them to any successor provider.

9.2 Provider keeps all rights in its backup software and appliance images, and grants Customer a licence to use them during the Term.

## 10. Subcontracting

10.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Customer approves, by signing this Agreement, the secondary-site data centre operator named in Schedule 1.

10.2 Provider remains responsible for any subcontractor.

## 11. Liability

11.1 Provider's total liability under this Agreement is limited to 150% of the total charges payable for the Term.

11.2 Neither party is liable for indirect loss or loss of profit.

## 12. Duration and Ending

12.1 Given the set-up investment made by Provider, neither party may terminate this Agreement before the end of the Term, except by written agreement of both parties.

12.2 Customer's remedies for failures in the Services are the service credits under Schedule 2 and the delay payment under clause 4.4.

12.3 If a force majeure event prevents the Services for more than sixty consecutive days, the parties shall meet to agree how to continue.

## 13. Governing Law and Disputes

13.1 The parties shall first try to settle any dispute through a meeting of their senior managers within twenty days after either party asks for one.

13.2 This Agreement is governed by the laws of the People's Republic of China.

13.3 Disputes shall be submitted to the Jinhua Arbitration Commission for arbitration in Jinhua.

## 14. General

14.1 Provider shall keep in force, during the Term, professional indemnity insurance with an insurer of good standing and shall show the certificate to Customer on request.

14.2 Notices shall be in writing to the addresses above and shall be copied by e-mail to the contact persons named by each party. A notice sent by courier is received on delivery. This Agreement may be changed only in writing signed by both parties.

14.3 This Agreement is made in English and Chinese; both texts have equal effect.

---

## Schedule 1 — Services and Protected Systems

| Protected System | Data | Backup frequency | Retention |
|---|---|---|---|
| ERP (Oracle database) | orders, inventory, finance | every 2 hours log backup, nightly full | 90 days daily, last 18 month-end copies |
| MES | production records, quality data | nightly | 60 days |
| Product-design file share | CAD drawings, lock firmware | nightly incremental, weekly full | 180 days |
| E-commerce order system | online orders, dealer accounts | every 3 hours, nightly full | 90 days |

Provider also monitors the free capacity of the appliance and tells Customer at least sixty days before it is expected to run out.

Secondary site: Hangzhou data centre operated by Hangzhou Xiyun Data Services Co., Ltd. Provider monitors all jobs from its Kuching operations centre and sends Customer a daily backup report.

## Schedule 2 — Service Levels and Credits

| Priority | Example | Response | Target |
|---|---|---|---|
| P1 | urgent restore of a production system, or all backups failing | 30 minutes | restore started within 2 hours; ERP restored within 8 hours |
| P2 | a single backup job failing two nights in a row | 2 hours | fixed within 1 business day |
| P3 | report errors, questions, change requests | 1 business day | as agreed |

Recovery point: no Protected System may lose more than the data of one backup interval shown in Schedule 1.

Credits: for each late P1 response, 5% of that month's service charge; for each restore that misses its target, 10% of that month's service charge; total credits in a month are capped at half the monthly charge.

## Schedule 3 — Charges

| Charge | CNY |
|---|---|
| Set-up (appliance installation, job configuration, runbooks) | 38,000 one-time |
| Monthly service charge | 42,000 per month |
| Total for the Term (36 × 42,000 + 38,000) | 1,550,000 |

Signed for Customer: ____________________　　Signed for Provider: ____________________

Date: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------------
# e05 Ningbo bearing export platform, anti-dumping origin check API subscription; Sri Lankan vendor (.txt, upper-case
#     headings, a Schedule) — SLA-MISSING, SLA-RESPONSE, CONFIDENTIALITY
# ----------------------------------------------------------------------------------------------------------------------
E05 = """API SUBSCRIPTION AGREEMENT
ORIGINTRACE RULES-OF-ORIGIN AND ANTI-DUMPING CHECK SERVICE

Agreement No. OT-NB-2025-044

PARTIES

NINGBO HAIRUN BEARING EXPORT SERVICE PLATFORM CO., LTD., a company registered in the People's Republic of China, with its office at Room 1608, No. 555 Ningchuan Road, Yinzhou District, Ningbo, Zhejiang ("Customer"); and

PALMYRAH TRADE DATA (PRIVATE) LIMITED, a company registered in Sri Lanka, with its office at 42 Stanley Road, Jaffna 40000, Sri Lanka ("Vendor").

BACKGROUND

Customer operates an export service platform for about 260 bearing manufacturers in Ningbo and Cixi. Before each shipment to markets that apply anti-dumping or countervailing duties to bearings, Customer checks the declared origin of the goods, the origin of the steel rings and rolling elements, and the applicable duty measures. Vendor operates the OriginTrace service, which returns a rule-based origin assessment and a list of trade-remedy measures for a given product code, bill of materials and destination. Customer wishes to call the service from its own platform through an application programming interface (API).

THE PARTIES AGREE AS FOLLOWS.

1. DEFINITIONS

1.1 "API" means Vendor's OriginTrace application programming interface, its documentation and sandbox.

1.2 "Call" means one request to the API that returns a result.

1.3 "Subscription Year" means each period starting on the Service Start Date or on an anniversary of it and ending on the day before the next anniversary.

1.4 "Service Start Date" means the date of Integration Acceptance under clause 4.3.

1.5 "Customer Data" means product codes, bills of materials, supplier declarations, invoices, shipment details and any other data that Customer sends to the API, and the results returned for them.

2. SERVICE

2.1 Vendor shall provide Customer with access to the API for up to 150,000 Calls in each Subscription Year, for use by Customer and by the manufacturers registered on Customer's platform.

2.2 The API covers origin rules and trade-remedy measures of the European Union, the United Kingdom, India, Brazil, Turkey, the Eurasian Economic Union and the United States for bearings and bearing parts of HS headings 8482 and 8483, and is updated when a measure is imposed, reviewed or ended.

2.3 Vendor shall build a mapping between Customer's internal product codes and the HS subheadings and duty measures used by the API (the "Customer Mapping").

2.4 Vendor will use commercially reasonable efforts to keep the API available and to answer Customer's support requests promptly. Support requests are made by e-mail to Vendor's help desk, which works from 09:00 to 18:00 Sri Lanka time on business days.

3. TERM

3.1 This Agreement starts on signature and the subscription runs for three Subscription Years from the Service Start Date (the "Subscription Term").

3.2 The subscription does not renew automatically. Any further subscription requires a new written order signed by both parties.

4. INTEGRATION AND ACCEPTANCE

4.1 Within sixty days after signature, Vendor shall deliver sandbox access, the Customer Mapping and integration support so that Customer can connect its platform to the API.

4.2 Integration Acceptance tests are run by Customer with Vendor's help on a test set of 400 shipments prepared by Customer: (a) each Call returns a result in under five seconds; (b) results for every shipment in the test set agree with the origin and duty assessment confirmed by Customer's customs broker; (c) the Customer Mapping covers every active product code on Customer's platform; (d) error messages follow the documentation.

4.3 When all tests pass, Customer signs an Integration Acceptance certificate. Sandbox access or live Calls before that date do not count as acceptance.

4.4 If Integration Acceptance is delayed beyond the sixty-day period in clause 4.1 for reasons attributable to Vendor, Vendor shall pay Customer CNY 500 for each day of delay.

5. FEES AND PAYMENT

5.1 At Customer's request, all fees are stated and paid in Chinese Yuan (CNY). The fees are set out in the Schedule.

5.2 The annual subscription fee is invoiced on the first day of each Subscription Year and is payable within thirty days of the invoice.

5.3 The integration fee is invoiced after Integration Acceptance and is payable within thirty days.

5.4 Calls above the annual allowance are charged monthly in arrears at the overage rate in the Schedule.

5.5 Vendor shall not invoice any amount before the Service Start Date.

5.6 Each invoice shall show the number of Calls used in the period and shall be issued as a valid invoice acceptable for Customer's accounting in China. Customer may dispute an invoice in good faith within fifteen days.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Vendor may use Customer Data only to return results to Customer and to operate the API for Customer, and shall not use it to build, train or improve any other product or to prepare statistics for anyone else.

6.2 Vendor shall process Customer Data on servers located in mainland China, operated by the hosting provider named in the Schedule. Vendor shall encrypt Customer Data in transit and at rest, limit access to named engineers using multi-factor authentication, keep access logs for at least six months, and apply security patches within fourteen days.

6.3 Vendor shall delete each bill of materials and supplier declaration ninety days after the Call in which it was sent, unless Customer asks for longer retention.

6.4 Vendor shall notify Customer within twenty-four hours after becoming aware of any unauthorised access to, or loss or alteration of, Customer Data, shall take all reasonable steps to contain the incident, and shall be liable for all losses, claims and regulatory penalties that Customer incurs because of an incident caused by Vendor or its hosting provider.

6.5 At the end of the Subscription Term Vendor shall return Customer Data in machine-readable form within thirty days and then delete it.

7. INTELLECTUAL PROPERTY

7.1 Vendor keeps all rights in the API, its rule base and its software.

7.2 The Customer Mapping and any reports or rule tables prepared specifically for Customer belong to Customer. Customer may use, modify and license them freely, including to its registered manufacturers and to any other service provider.

8. RESULTS AND CUSTOMER RESPONSIBILITY

8.1 API results are an assessment based on the rules and measures published by the authorities of each destination. Customer remains responsible for its customs declarations.

8.2 If a result is wrong because of an error in the rule base, Vendor shall correct the rule base and refund the fees for the affected Calls.

8.3 Customer shall use the API only for checks related to its own platform and its registered manufacturers, shall not resell access to other platforms, and shall keep its API keys secure. Vendor may suspend a key that is used in breach of this clause after giving Customer written notice and a reasonable time to stop the breach.

8.4 Vendor shall publish release notes for changes to the rule base each month and shall notify Customer by e-mail when it learns of any new or changed trade-remedy measure affecting bearings.

9. LIABILITY

9.1 Each party's total liability under this Agreement is limited to twice the total fees payable for the Subscription Term, except for liability under clause 6.4 and for fraud or wilful misconduct, which are not limited.

9.2 Neither party is liable for indirect or consequential loss.

10. SUBCONTRACTING

10.1 Vendor shall not subcontract the performance of this Agreement, in whole or in part, without Customer's prior written consent. Customer approves, by signing this Agreement, the hosting provider named in the Schedule.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.

11.2 Customer may also terminate if Integration Acceptance has not been achieved within one hundred and twenty days after signature.

11.3 On termination for Vendor's breach, Vendor shall refund the unused part of the annual subscription fee.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo, in Chinese or English as the tribunal decides.

13. FORCE MAJEURE

13.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war, or a general failure of the internet or of public telecommunications, provided it notifies the other party promptly and resumes performance as soon as possible.

14. GENERAL

14.1 Notices shall be given in writing by e-mail and by courier to the addresses above.

14.2 Neither party may assign this Agreement without the other party's prior written consent.

14.3 This Agreement, with its Schedule, is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.

SCHEDULE — FEES AND HOSTING

Annual subscription fee (up to 150,000 Calls per Subscription Year): CNY 228,000
Integration fee (Customer Mapping and integration support), one-time: CNY 32,000
Total for the Subscription Term: 3 x CNY 228,000 + CNY 32,000 = CNY 716,000
Overage rate (Calls above the allowance, not included in the total): CNY 1.20 per Call
Hosting provider: Ningbo Yongxin Cloud Computing Co., Ltd., data centre in Ningbo

SIGNATURES

For Customer: ____________________    For Vendor: ____________________
Name and title: __________________    Name and title: __________________
Date: ____________________            Date: ____________________
"""

# ======================================================================================================================
# Files, labels and checks
# ======================================================================================================================
FILES = {  # key: (file name, language, format, source)
    "h393z01": ("h393z01_youth_league_volunteer_platform.pdf", "zh", "pdf", Z01),
    "h393z02": ("h393z02_toothpaste_filling_line_control_retrofit.docx", "zh", "docx", Z02),
    "h393z03": ("h393z03_pet_store_chain_retail_saas.txt", "zh", "txt", Z03),
    "h393z04": ("h393z04_cdc_immunisation_system_om_service.txt", "zh", "txt", Z04),
    "h393z05": ("h393z05_ice_cream_wms_supplier_template.md", "zh", "md", Z05),
    "h393e01": ("h393e01_puppet_head_carving_pattern_licences_nepal.pdf", "en", "pdf", E01),
    "h393e02": ("h393e02_hot_spring_resort_booking_saas_order_form.md", "en", "md", E02),
    "h393e03": ("h393e03_apricot_drying_yard_sensors_buyer_paper.docx", "en", "docx", E03),
    "h393e04": ("h393e04_door_maker_managed_backup_service.md", "en", "md", E04),
    "h393e05": ("h393e05_bearing_origin_check_api_subscription.txt", "en", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

G, S = "goods_or_licence", "service"

# terms in TERM_KEYS order; extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed, value
LABELS = {
    "h393z01": dict(category="software",
                    terms=[None, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 10,
                           False, True, False, "PRC", G],
                    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                               acceptance_deemed_on_delivery=False, contract_value=1300000),
                    fee_base=486000, fee_year=48600, foreign_forum=False, rules=[]),
    "h393z02": dict(category="hardware",
                    terms=[None, 0.5, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 28,
                           False, True, True, "PRC", G],
                    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                               acceptance_deemed_on_delivery=False, contract_value=2550000),
                    fee_base=2234000, fee_year=625520, foreign_forum=False,
                    rules=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "h393z03": dict(category="cloud",
                    terms=[99.95, 0.5, True, "buyer", True, False, True, 1200 / 1436000 * 100, 150,
                           636000 / 1436000 * 100, True, None, None, None, True, True, False, "PRC", S],
                    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
                               contract_value=1436000),
                    foreign_forum=False, rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-PREPAYMENT"]),
    "h393z04": dict(category="services",
                    terms=[None, 0.25, False, "buyer", True, True, True, 0.02, None, None, True, None, None, None,
                           False, True, False, "PRC", S],
                    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
                               contract_value=704000),
                    foreign_forum=False, rules=["CR-LD-LOW", "CR-SLA-NO-REMEDY"]),
    "h393z05": dict(category="software",
                    terms=[None, 10, False, "supplier", True, False, True, None, 25, 55, False, False, 6, None,
                           False, True, True, None, G],
                    extra=dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=False,
                               acceptance_deemed_on_delivery=True, contract_value=1176000),
                    fee_base=524000, fee_year=None, foreign_forum=False,
                    rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING",
                           "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY",
                           "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"]),
    "h393e01": dict(category="software",
                    terms=[None, 2, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 9,
                           False, True, False, "Nepal", G],
                    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                               acceptance_deemed_on_delivery=False, contract_value=600000),
                    fee_base=388000, fee_year=34920, foreign_forum=True, rules=["CR-GOVERNING-LAW"]),
    "h393e02": dict(category="cloud",
                    terms=[99.5, 0.5, True, "buyer", True, True, True, 450 / 562000 * 100, 6 / 24 * 100, None,
                           True, None, None, None, True, True, False, "PRC", S],
                    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
                               contract_value=562000),
                    foreign_forum=False, rules=["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "h393e03": dict(category="hardware",
                    terms=[None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 8,
                           False, True, False, "PRC", G],
                    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                               acceptance_deemed_on_delivery=False, contract_value=700000),
                    fee_base=587800, fee_year=47024, foreign_forum=False, rules=[]),
    "h393e04": dict(category="services",
                    terms=[None, 0.5, True, "buyer", False, True, True, 1200 / 1550000 * 100, 150, None, True,
                           None, None, None, False, False, False, "PRC", S],
                    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
                               contract_value=1550000),
                    foreign_forum=False, rules=["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "h393e05": dict(category="cloud",
                    terms=[None, None, False, "buyer", True, True, False, 500 / 716000 * 100, 200, None, True,
                           None, None, None, False, True, False, "PRC", S],
                    extra=dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False,
                               contract_value=716000),
                    foreign_forum=False, rules=["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco(lab):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    t = dict(zip(TERM_KEYS, lab["terms"]))
    if t["contract_kind"] != G or lab.get("fee_year") is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = lab["fee_year"] * years
    total = lab["extra"]["contract_value"] + fees
    return {"post_warranty_years": years, "fees": fees, "tco": total, "share_pct": fees / total * 100}


def derive_rules(lab):
    """My reading of policy.md §3, applied to my labels (a consistency check of the hand-written rule lists)."""
    t, x = dict(zip(TERM_KEYS, lab["terms"])), lab["extra"]
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
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(lab)
        if c and c["share_pct"] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or lab["foreign_forum"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label_json(key):
    name, lang, _, _ = FILES[key]
    lab = LABELS[key]
    terms = dict(zip(TERM_KEYS, lab["terms"]))
    x = lab["extra"]
    extra = {"sla_clause": x["sla_clause"], "ld_stated": x["ld_stated"]}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = x["post_warranty_fee_capped"]
    extra["acceptance_deemed_on_delivery"] = x["acceptance_deemed_on_delivery"]
    extra["contract_value"] = x["contract_value"]
    d = {"file": name, "language": lang, "category": lab["category"], "expected_terms": terms,
         "expected_extra": extra, "expected_rules": sorted(lab["rules"])}
    return json.dumps(d, indent=1, ensure_ascii=False)


# ---------------------------------------------------------------------------------------------------- threshold scan
NUM_ZH = "〇零一二三四五六七八九十百千两"
PCT = r"\s*(?:%|％|per\s*cent\b|percent\b)"
BANNED = [
    ("availability 99.9", r"(?<![\d.])99\.9(?!\d)"),
    ("availability 99.9 zh", r"九十九点九(?![" + NUM_ZH + "])"),
    ("P1 4 h", r"(?<![\d.\-])4\s*(?:个)?\s*(?:hours?\b|hrs?\b|h\b|小时)"),
    ("P1 4 h zh", r"(?<![" + NUM_ZH + r"\d])四\s*个?\s*小时"),
    ("P1 four hours", r"(?<![-\w])four[\s-]*(?:\(4\)\s*)?hours?\b"),
    ("P1 240 min", r"(?<![\d.])240\s*(?:minutes?\b|mins?\b|分钟)"),
    ("P1 240 min zh", r"二百四十\s*分钟"),
    ("LD 0.05 %", r"(?<![\d.])0?\.05" + PCT),
    ("LD 万分之五", r"万分之五(?![十百千\d])"),
    ("LD 0.5 ‰", r"(?<![\d.])0?\.5\s*‰|千分之零点五|千分之0\.5"),
    ("cap 100 %", r"(?<![\d.])100" + PCT),
    ("cap 百分之百", r"百分之一?百"),
    ("cap hundred per cent", r"hundred\s*(?:per\s*cent|percent)"),
    ("prepay 30 %", r"(?<![\d.])30" + PCT),
    ("prepay 百分之三十", r"百分之三十(?![" + NUM_ZH + "])"),
    ("prepay 三成", r"三成"),
    ("prepay thirty per cent", r"(?<![-\w])thirty\s*(?:per\s*cent|percent)"),
    ("warranty 12 months", r"(?<![\d.])12\s*(?:-\s*)?(?:months?\b|个月)"),
    ("warranty 十二个月", r"(?<![" + NUM_ZH + r"\d])十二\s*个\s*月"),
    ("warranty twelve months", r"(?<![-\w])twelve[\s-]*(?:\(12\)\s*)?months?\b"),
    ("warranty one year", r"(?<![-\w])(?:one|1)[\s-]*(?:\(1\)\s*)?years?\b"),
    ("warranty 一年", r"一\s*年"),
    ("PWF 15 %", r"(?<![\d.])15" + PCT),
    ("PWF 百分之十五", r"百分之一?十五(?![" + NUM_ZH + "])"),
    ("PWF fifteen per cent", r"(?<![-\w])fifteen\s*(?:\(15%?\)\s*)?(?:per\s*cent|percent)"),
    ("TCO 40 %", r"(?<![\d.])40" + PCT),
    ("TCO 百分之四十", r"百分之四十(?![" + NUM_ZH + "])"),
    ("TCO 四成", r"四成"),
    ("TCO forty per cent", r"(?<![-\w])forty\s*(?:per\s*cent|percent)"),
    ("horizon 5 years", r"(?<![\d.])5\s*(?:-\s*)?(?:个)?\s*(?:服务)?(?:years?\b|年(?![\d月])|年度)"),
    ("horizon 五年", r"(?<![" + NUM_ZH + r"\d])五\s*个?\s*(?:服务)?\s*年"),
    ("horizon five years", r"(?<![-\w])five[\s-]*(?:\(5\)\s*)?(?:subscription\s*|service\s*)?years?\b"),
    ("horizon 60 months", r"(?<![\d.])60\s*(?:-\s*)?(?:months?\b|个月)"),
    ("horizon 六十个月", r"(?<![" + NUM_ZH + r"\d])六十\s*个\s*月"),
    ("horizon sixty months", r"(?<![-\w])sixty[\s-]*months?\b"),
]
BANNED_RE = [(n, re.compile(p, re.I)) for n, p in BANNED]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for n, rx in BANNED_RE:
            for m in rx.finditer(variant):
                hits.append((n, variant[max(0, m.start() - 15):m.end() + 15]))
    return hits


def self_test():
    must_hit = ["99.9%", "可用率99.9%", "九十九点九", "4小时", "4 小时", "四小时内", "四个小时", "4 hours", "4h",
                "four hours", "240 minutes", "240分钟", "0.05%", "0.05 per cent", "万分之五", "100%", "100 %",
                "百分之百", "百分之一百", "30%", "百分之三十", "三成", "thirty per cent", "12个月", "十二个月",
                "12 months", "12-month", "twelve months", "one year", "one-year", "1 year", "一年", "15%",
                "百分之十五", "fifteen per cent", "40%", "百分之四十", "四成", "forty per cent", "5年", "五年",
                "五个服务年度", "5 years", "five years", "five-year", "five Subscription Years", "60 months", "六十个月",
                "sixty months", "four\nhours"]
    must_not = ["24小时", "二十四小时", "7×24小时", "24 hours", "twenty-four hours", "14 hours", "99.95%", "99.5%",
                "115%", "0.15%", "0.055%", "130%", "百分之四十五", "百分之三十五", "四十二个月", "二十二个月", "18个月",
                "2025年", "2025年12月31日", "2026年6月30日", "25%", "150%", "1.5倍", "三个服务年度", "two Subscription Years",
                "thirty days", "Service Year", "120日", "60日", "60 days", "five working days", "15个工作日",
                "150,000 Calls", "1,300,000", "万分之二", "千分之一", "0.08%", "240,000"]
    for s in must_hit:
        assert scan(s), ("should hit", s)
    for s in must_not:
        assert not scan(s), ("should not hit", s, scan(s))


# ---------------------------------------------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    sources, targets = {}, {}
    for key, (name, lang, fmt, src) in FILES.items():
        if fmt in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, fmt)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    fired = set()
    problems = []
    for key, (name, lang, fmt, src) in FILES.items():
        lab = LABELS[key]
        (OUT / (Path(name).stem + ".json")).write_text(label_json(key), encoding="utf-8")
        text = read_back(OUT / name)
        size = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        if not lo <= size <= hi:
            problems.append("%s length %d outside %d-%d" % (name, size, lo, hi))
        for h in scan(text) + scan(src):
            problems.append("%s threshold figure %s: %r" % (name, h[0], h[1]))
        t = dict(zip(TERM_KEYS, lab["terms"]))
        off = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
               "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
        for k, thr in off.items():
            if t[k] is not None and abs(t[k] - thr) < 1e-6:
                problems.append("%s %s on threshold" % (name, k))
        c = tco(lab)
        if c and abs(c["share_pct"] - 40) < 1:
            problems.append("%s TCO share %.2f too close to 40" % (name, c["share_pct"]))
        if c and c["post_warranty_years"] == 5:
            problems.append("%s warranty 0?" % name)
        derived = derive_rules(lab)
        if derived != sorted(lab["rules"]):
            problems.append("%s rules %s != derived %s" % (name, sorted(lab["rules"]), derived))
        fired |= set(lab["rules"])
        unit = "chars" if lang == "zh" else "words"
        tco_s = ("; TCO %.0f, post-warranty share %.2f %%" % (c["tco"], c["share_pct"])) if c else ""
        print("%-58s %5d %s  risk %-6s %s%s" % (name, size, unit, risk(lab["rules"]),
                                                   ", ".join(r[3:] for r in sorted(lab["rules"])) or "(none)", tco_s))
    missing = sorted(set(SEVERITY) - fired)
    if missing:
        problems.append("rules never fired: %s" % missing)
    compliant = [k for k in LABELS if not LABELS[k]["rules"]]
    single_low = [k for k in LABELS if len(LABELS[k]["rules"]) == 1 and risk(LABELS[k]["rules"]) == "low"]
    many = [k for k in LABELS if len(LABELS[k]["rules"]) >= 8]
    mid = [k for k in LABELS if 2 <= len(LABELS[k]["rules"]) <= 3]
    if (len(compliant), len(single_low), len(many), len(mid)) != (2, 1, 1, 6) or many != ["h393z05"]:
        problems.append("mix wrong: %s %s %s %s" % (compliant, single_low, many, mid))
    print("every one of the %d CR rules fires at least once: %s" % (len(SEVERITY), not missing))
    if problems:
        print("\n".join(problems))
        raise SystemExit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
