"""holdout359: ten ordinary draft contracts (5 zh, 5 en), written blind from policy.md / API.md.

Writes every contract (.txt/.md directly, .docx/.pdf through ../word_pdf.py with wrap_words=True) and its .json label,
reads every built file back, checks text lengths, scans the texts for threshold figures, derives the expected rules
from the labels by policy.md section 3/4 and asserts that every CR rule fires at least once.
Run from this folder:  /work/main/.venv/bin/python -B make_files.py
"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条 + 1.1)
H359Z01 = """T:岚州市优抚信息管理平台建设项目政府采购合同
P:合同编号：LZTYJ-ZFCG-2025-017        采购方式：公开招标        项目编号：LZCG2025-0436
P:甲方（采购人）：岚州市退役军人事务局        地址：岚州市滨河东路88号
P:乙方（供应商）：北京拓维信和科技有限公司        地址：北京市海淀区上地信息路19号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及岚州市优抚信息管理平台建设项目（项目编号LZCG2025-0436）的招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的需求规格说明书均为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方为甲方建设岚州市优抚信息管理平台，包括优抚对象档案管理、抚恤补助待遇核定与发放、审核审批流程、走访慰问记录、统计分析与大屏展示、与省级退役军人信息系统及市财政国库支付系统的接口。
P:1.2 乙方提供平台基础软件的永久使用许可，完成上述业务功能的定制开发、历史数据迁移与清洗、部署实施和培训。系统部署于甲方指定的岚州市电子政务外网云平台。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰陆拾捌万元整（¥1,680,000.00），为固定总价，含税及完成本项目所需的全部费用。分项如下：
TB:序号|内容|金额（元）
TB:1|平台基础软件永久许可（不限用户数）|620,000
TB:2|优抚业务定制开发（档案、待遇、审批、走访、统计）|780,000
TB:3|历史数据迁移与清洗（约4.6万条优抚对象记录）|165,000
TB:4|部署实施及接口联调|88,000
TB:5|用户培训（市、县、乡三级）|27,000
TB:合计||1,680,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥336,000。
P:3.2 系统通过初步验收后，甲方支付合同总价的45%，即¥756,000。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥588,000。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 工期与交付
P:4.1 乙方应于合同签订之日起一百二十日内完成开发、部署并提交初步验收申请，于初步验收后九十日内完成试运行并提交最终验收申请。
P:4.2 乙方交付的文档包括需求规格说明书、设计说明书、测试报告、数据迁移报告、用户手册、运维手册及定制开发部分的源代码。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现并经甲方逐项测试通过；历史数据迁移后与原始台账逐条比对，差错率不高于万分之二；与省级系统及国库支付系统接口连续十个工作日数据交换无差错；三百个并发用户下一般查询响应时间不超过2秒。
P:5.2 最终验收标准：试运行期间未发生一级故障；完成第三方网络安全等级保护测评（第三级）并整改完毕；全部文档交付齐全。甲方组织专家按上述标准验收，并出具书面验收报告。
P:5.3 系统上线运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收。
H:第六条 质量保证
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、政策调整引起的小型功能变更和技术支持。
P:6.2 质保期满后，甲方如需继续获得维护服务，双方另行签订维护合同，维护费为每个服务年度人民币伍万伍仟捌佰元（¥55,800，即平台基础软件许可费的9%），在前两个服务年度内不上调。维护合同不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护时间除外）。
P:7.2 故障分级及响应要求：一级故障（平台整体不可用或待遇发放中断）30分钟内响应，2小时内到场，8小时内恢复；二级故障（部分功能不可用）1小时内响应，24小时内解决；三级故障（一般性问题）在下一个工作日内解决。
P:7.3 乙方未达到上述响应或恢复时限的，每超时1小时扣减违约金人民币伍佰元；月度可用率低于承诺值的，每低0.01个百分点扣减人民币壹仟元，从应付款项或履约保证金中扣除。
H:第八条 数据安全
P:8.1 优抚对象个人信息、待遇发放数据及系统运行日志等全部数据归甲方所有。乙方仅可为履行本合同处理上述数据，不得留存、复制或用于其他任何目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》和等级保护第三级要求，落实访问控制、加密存储、操作审计等措施，人员须签署保密承诺，远程运维须经甲方审批并通过堡垒机进行。
P:8.3 发生或可能发生数据泄露、篡改、丢失时，乙方应在1小时内报告甲方并立即处置。因乙方原因造成数据安全事件的，乙方承担全部责任，并赔偿甲方由此遭受的全部损失。
H:第九条 保密
P:9.1 乙方对履行合同中知悉的甲方工作秘密、优抚对象信息和系统配置信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十条 知识产权
P:10.1 定制开发形成的软件、源代码、数据库设计及文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改。
P:10.2 平台基础软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证其交付成果不侵犯第三方权利。
H:第十一条 违约责任
P:11.1 乙方逾期提交初步验收申请或最终验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 乙方不得转包本项目。未经甲方书面同意，乙方不得将任何部分分包。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。
H:第十五条 不可抗力
P:15.1 因地震、洪水、疫情防控措施等不可抗力致使合同不能按期履行的，受影响方应在三日内通知对方并提供证明，履行期限相应顺延；不可抗力持续超过九十日的，双方可协商解除合同。
H:第十六条 其他
P:16.1 乙方应于合同签订前按合同总价的5%向甲方提交履约保证金，最终验收合格后无息退还。
P:16.2 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效，报同级财政部门备案。
P:甲方（盖章）：岚州市退役军人事务局        乙方（盖章）：北京拓维信和科技有限公司
P:法定代表人或授权代表：__________        法定代表人或授权代表：__________
P:日期：2025年  月  日        日期：2025年  月  日
"""

# ---------------------------------------------------------------- z02 (docx, 一、/（一）, Word price table)
H359Z02 = """T:拉丝炉控制系统改造项目合同
P:合同编号：YJBX-SB-2025-0612
P:甲方：渝江玻纤股份有限公司（重庆市长寿区晏家工业园纤维大道6号）
P:乙方：杭州恒锐自动化工程有限公司（杭州市滨江区江陵路1688号）
P:甲方二号池窑共有拉丝炉四十八台，现有控制系统已运行多年，备件停产，漏板温度波动影响原丝质量。甲方通过邀请招标选定乙方实施本次改造。双方依据《中华人民共和国民法典》，就拉丝炉控制系统改造事宜达成如下协议。
H:一、改造范围
P:（一）更换四十八台拉丝炉的集散控制系统（DCS）控制器与I/O模块、漏板温度控制模块、拉丝机变频器及称重单元；新建操作员站和工程师站。
P:（二）提供DCS组态软件和历史数据库的永久许可，完成控制逻辑组态、漏板温度闭环控制参数整定、与甲方MES系统的数据接口。
P:（三）配合甲方分批停炉改造，每批不超过六台，单台停炉时间不超过三十六小时。
P:（四）拆除旧控制柜、敷设新电缆和桥架，完成接地系统检测；拆除的旧设备归甲方所有，由乙方清点后移交甲方仓库。
P:（五）编制并交付控制逻辑说明书、接线图、组态备份、操作规程和备件清单，全部文件以纸质和电子版各一套提交。
H:二、合同价格
P:（一）合同总价为人民币贰佰玖拾叁万元整（¥2,930,000），为固定总价，含税、运输、保险、安装调试及培训费用。明细如下：
TB:序号|名称|数量|金额（元）
TB:1|DCS控制器及I/O模块|12套|1,260,000
TB:2|漏板温度控制模块|48套|486,000
TB:3|拉丝机变频器及称重单元|48套|398,000
TB:4|操作员站及工程师站|7台|142,000
TB:5|DCS组态软件永久许可|1套|256,000
TB:6|历史数据库永久许可|1套|88,000
TB:|软硬件小计||2,630,000
TB:7|安装调试及参数整定|1项|186,000
TB:8|分批停炉施工配合|1项|94,000
TB:9|操作及维护培训|1项|20,000
TB:|合同总价||2,930,000
H:三、付款
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%作为预付款，即¥293,000。
P:（二）全部设备到货并经甲方开箱清点签收后，甲方支付合同总价的35%，即¥1,025,500。到货签收仅为数量确认，不代表质量验收。
P:（三）最终验收合格后，甲方支付合同总价的50%，即¥1,465,000。
P:（四）余款5%（¥146,500）作为质量保证金，质保期满且无未决质量问题后十个工作日内无息支付。
H:四、项目管理
P:（一）乙方指派具有同类池窑项目经验的项目经理一名，常驻甲方现场直至最终验收，未经甲方同意不得更换。
P:（二）乙方施工人员应遵守甲方安全生产、动火作业和高温区域管理制度，进场前接受甲方安全培训。因乙方人员违章造成人身伤害或设备损坏的，由乙方承担责任。
P:（三）每批停炉改造前七日，乙方应提交施工方案、回退方案和人员名单，经甲方生产部门书面确认后实施。
H:五、交货与工期
P:（一）乙方应于合同生效后七十五日内将全部设备运抵甲方现场，并按甲方停炉计划在一百五十日内完成全部四十八台拉丝炉改造。
P:（二）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之八向甲方支付违约金，累计不超过合同总价的10%。
H:六、验收
P:（一）每批拉丝炉改造完成后进行单批验收：漏板温度控制精度在正负1℃以内，连续运行七十二小时无停机，原丝断头率不高于改造前水平。
P:（二）全部改造完成并连续稳定运行三十日后，进行最终验收：四十八台炉全部通过单批验收；MES接口数据与现场仪表比对一致；组态程序、控制逻辑说明、接线图及备件清单交付齐全。
P:（三）验收由甲方组织，以双方签署的验收报告为准。设备安装、投入生产或甲方付款均不视为验收合格。
H:七、质保与维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修、更换故障部件，并提供现场技术服务。
P:（二）质保期满后，乙方提供全保维保服务（含备品备件、定期巡检和现场维修），维保费按软硬件小计的26%每服务年度计取，即每服务年度人民币陆拾捌万叁仟捌佰元（¥683,800），在质保期满后的前四个服务年度内不作调整。维保合同每个服务年度由双方书面签订，不自动续期。
H:八、服务要求
P:（一）故障分级：一级故障为导致拉丝炉停炉或漏板温度失控的故障；二级故障为影响单台炉生产但不致停炉的故障；三级故障为其他一般故障。
P:（二）一级故障15分钟内电话响应，2小时内工程师到场，6小时内恢复生产；二级故障1小时内响应，24小时内修复；三级故障48小时内修复。
P:（三）乙方响应或到场超过上述时限的，每超时1小时向甲方支付人民币贰仟元；因乙方原因导致停炉超过六小时的，另按甲方实际损失赔偿。
P:（四）乙方应在重庆设立备件库，常备控制器、I/O模块、温控模块和变频器各不少于两套，保证一级故障时备件在2小时内运抵现场。
H:九、数据与网络安全
P:（一）拉丝工艺参数、生产数据和控制系统组态文件均归甲方所有，乙方不得复制、外传或用于本合同以外的目的。
P:（二）乙方应按工业控制系统安全防护要求实施改造：控制网络与办公网络隔离，部署工业防火墙，禁止使用未经甲方查杀的移动存储介质；远程维护须经甲方书面批准并在甲方监控下进行。
P:（三）发生病毒感染、非授权访问或数据泄露事件的，乙方应在2小时内报告甲方并协助处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:十、保密
P:（一）乙方对知悉的甲方工艺配方、生产数据、图纸和经营信息负有保密义务，未经甲方书面同意不得向第三方披露，合同终止后三年内仍有效。
H:十一、知识产权
P:（一）为本项目编制的组态程序、控制逻辑、接口程序及其源文件归甲方所有，甲方可自行修改或委托他人维护。DCS组态软件及历史数据库的知识产权归其原权利人，甲方获得永久使用许可。
H:十二、分包
P:（一）乙方可将现场电缆敷设和桥架安装分包给具备相应资质的单位，但须事先取得甲方书面同意，并对分包单位的工作承担全部责任。其余工作不得分包。
H:十三、责任限额
P:（一）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但人身伤害、故意或重大过失以及违反本合同数据与网络安全、保密约定的责任不受此限。
H:十四、合同解除
P:（一）乙方严重违约，经甲方书面催告后二十日内仍未改正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:十五、争议解决
P:（一）本合同适用中华人民共和国法律。争议协商不成的，提交重庆仲裁委员会仲裁。
H:十六、不可抗力
P:（一）因地震、洪水、电网停电等不可抗力导致不能按期履行的，受影响方应及时通知对方并在十日内提供证明，工期相应顺延。
H:十七、其他
P:（一）本合同一式四份，双方各执两份，经双方签字盖章后生效。附件：技术规格书、停炉改造计划、验收大纲。
P:甲方（盖章）：渝江玻纤股份有限公司        乙方（盖章）：杭州恒锐自动化工程有限公司
P:授权代表：__________        授权代表：__________
P:签订日期：2025年  月  日
"""

# ---------------------------------------------------------------- z03 (txt, 第X条 + （1）)
H359Z03 = """洁衣坊门店收衣及会员管理系统服务合同

合同编号：JYF-IT-2025-031

甲方：成都洁衣坊洗涤服务连锁有限公司
住所：成都市武侯区武科西五路366号
乙方：深圳云织科技有限公司
住所：深圳市南山区粤海街道科技南十二路2号

鉴于甲方在成都、德阳、眉山经营六十家洗衣门店，需统一门店收衣、取衣、会员储值与营销管理；乙方拥有"云织洗护"SaaS平台，可按门店提供订阅服务。双方经友好协商，订立本合同。

第一条 服务内容
（1）乙方通过"云织洗护"平台为甲方六十家门店提供收衣开单、衣物条码与挂号、洗涤进度跟踪、取衣核销、会员储值与积分、优惠券营销、门店经营报表等SaaS服务。
（2）乙方负责实施工作：门店账号与权限配置、会员等级与储值规则配置、甲方原有会员数据（约十八万条）迁移、与甲方微信小程序及收银聚合支付的对接、吊牌打印机与扫码枪的联调。
（3）乙方为每家门店店员及区域督导提供上线培训，并提供操作手册与视频教程。
（4）服务期内乙方提供7×24小时在线客服和电话支持，每月向甲方提交服务报告，内容包括平台可用率、故障处理记录、门店使用情况统计和改进建议。

第二条 服务期限
（1）订阅服务期为三个服务年度，自甲方签署上线验收单之日起计算。
（2）服务期满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据其当期价格政策上调订阅费，上调幅度不超过上一服务年度订阅费的12%，乙方应于续期前十五日通知甲方调整后的价格。

第三条 费用
（1）订阅费：每家门店每个服务年度人民币肆仟捌佰元，六十家门店每个服务年度合计人民币贰拾捌万捌仟元（¥288,000），三个服务年度合计¥864,000。
（2）实施费：人民币壹拾贰万陆仟元（¥126,000），一次性支付。
（3）培训费：人民币壹万捌仟元（¥18,000），一次性支付。
（4）本合同服务期内费用总计人民币壹佰万零捌仟元（¥1,008,000），含税。门店数量增加的，新增门店按同一单价按月折算计费。

第四条 付款
（1）实施费与培训费在甲方签署上线验收单后十五个工作日内支付。
（2）订阅费按季度结算，每季度结束后乙方开具发票，甲方在收到发票后十五个工作日内支付该季度订阅费。
（3）甲方无须在上线前向乙方支付任何款项。

第五条 上线与验收
（1）乙方应于合同签订后六十日内完成全部六十家门店上线。每逾期一日，乙方按合同总价的千分之一向甲方支付违约金。
（2）上线验收标准：六十家门店均能完成收衣开单、取衣核销及会员储值全流程；迁移后的会员余额、积分与甲方原系统逐户核对一致；小程序下单与聚合支付对账连续七日无差异；高峰时段（每晚19:00至21:00）开单操作响应时间不超过2秒。
（3）甲方按上述标准组织验收，并签署上线验收单。门店开始使用系统不视为验收通过。

第六条 服务水平
（1）平台月度可用率不低于99.95%。
（2）一级故障（全部或多数门店无法开单或核销）30分钟内响应，3小时内恢复；二级故障（单店或单一功能异常）2小时内响应，当日解决；一般咨询在一个工作日内答复。
（3）月度可用率低于承诺值或一级故障恢复超时的，乙方按当月订阅费的5%至20%给予服务费减免，在下一季度账单中抵扣。
（4）可用率以乙方监控系统记录为准，甲方门店记录与之不一致的，双方共同核对；计划内维护应安排在凌晨2:00至6:00之间，并提前三日通知甲方，每月计划内维护累计不超过六小时。

第七条 数据
（1）甲方门店经营数据、订单数据及会员信息（姓名、手机号、储值记录）归甲方所有。
（2）甲方同意，乙方可对平台上产生的订单及会员消费数据进行去标识化、汇总处理后，用于平台功能优化、模型训练和洗护行业分析报告，该项使用在本合同终止后仍可继续。
（3）乙方应采取加密传输与存储、访问权限分级、操作日志留存等安全措施，平台已通过等级保护第三级测评，数据存储于境内。发生数据泄露的，乙方应在24小时内通知甲方，并承担因其原因造成的损失。
（4）合同终止后三十日内，乙方应将甲方数据以通用格式全部导出交付甲方，并在甲方确认后删除平台上的数据。

第八条 保密
（1）双方对在合作中获知的对方商业秘密、价格信息和客户信息负有保密义务，未经对方书面同意不得披露，合同终止后继续有效。

第九条 知识产权
（1）"云织洗护"平台及其标准功能的知识产权归乙方。
（2）专为甲方开发的会员等级规则配置、报表模板、小程序对接程序及其源代码归甲方所有，甲方可自行修改或交由第三方使用。
（3）乙方保证平台及其交付成果不侵犯任何第三方的知识产权。因侵权引起第三方索赔的，由乙方负责处理并承担全部费用，甲方因此受到的损失由乙方赔偿。

第十条 责任
（1）乙方违反本合同约定造成甲方损失的，应予赔偿。
（2）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

第十一条 分包
（1）未经甲方书面同意，乙方不得将实施或运维工作分包给第三方。

第十二条 解除
（1）一方严重违约，经守约方书面通知后二十日内仍未纠正的，守约方有权解除本合同。
（2）乙方连续两个月可用率低于承诺值的，甲方可解除合同，订阅费仅按实际提供服务的期间结算。

第十三条 争议解决
（1）本合同适用中华人民共和国法律。因本合同产生的争议提交成都仲裁委员会仲裁。

第十四条 甲方义务
（1）甲方负责各门店的网络接入、收银电脑、吊牌打印机和扫码枪等终端设备，并保证其满足乙方书面提出的最低配置要求。
（2）甲方指定信息化负责人一名作为项目联系人，及时提供原有会员数据、储值规则、价目表和门店资料，并组织店员参加培训。
（3）甲方应妥善管理门店账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。

第十五条 服务变更
（1）甲方新开或关闭门店的，应提前十五日书面通知乙方。新增门店的实施及培训由乙方按本合同标准完成，订阅费按第三条约定的单价计算；关闭门店的订阅费自关闭次月起停止计算。
（2）乙方对平台进行版本升级的，应提前七日通知甲方，升级安排在凌晨进行，不得降低本合同约定的功能和服务水平；涉及门店操作变化的，乙方应提供更新后的操作说明。
（3）甲方提出超出本合同范围的定制需求的，双方另行协商费用和工期，并以书面补充协议确认。

第十六条 不可抗力与通知
（1）因自然灾害、公共网络或电力大面积中断等不可抗力导致服务中断的，受影响方应及时通知对方并尽力减少损失，不可抗力期间不计入可用率考核。
（2）双方往来通知以书面形式送达合同首页所列地址，或发送至双方指定的联系人电子邮箱。

第十七条 其他
（1）本合同一式两份，双方各执一份，自双方盖章之日起生效。
（2）附件：门店清单、服务水平说明、数据迁移方案。

甲方（盖章）：成都洁衣坊洗涤服务连锁有限公司
代表人签字：__________
乙方（盖章）：深圳云织科技有限公司
代表人签字：__________
签署日期：2025年  月  日
"""

# ---------------------------------------------------------------- z04 (txt, 1. / 1.1)
H359Z04 = """沅州市医疗保障局医保结算系统运行维护服务采购合同

采购项目：沅州市医保结算系统运行维护服务（2025—2026服务年度）
采购方式：竞争性磋商（项目编号：YZYB-CS-2025-08）
合同编号：YZYB-YW-2025-011

甲方（采购人）：沅州市医疗保障局
乙方（成交供应商）：湖南医联信息技术有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，双方订立本合同。

1. 服务范围
1.1 乙方负责沅州市医保结算系统（含定点医药机构结算、异地就医备案、门诊慢特病、个人账户及对账模块）的运行维护，覆盖系统所在的应用服务器、数据库、中间件及前置机。
1.2 服务内容包括：驻场值守与日常巡检、故障处置、数据库性能优化、补丁与版本升级配合、政策调整引起的参数配置、年度应急演练，以及配合等级保护测评和医保信息平台对接。
1.3 本合同不包括新增功能的软件开发，如需开发，双方另行签订合同。

2. 服务期限与地点
2.1 服务期自2025年7月1日起至2026年6月30日止，为一个完整服务年度。期满本合同终止，不自动续期。
2.2 服务地点为甲方机房及医保经办大厅，驻场人员按甲方工作时间到岗，节假日及结算高峰期安排值班。

3. 服务人员
3.1 乙方派驻场工程师三名（其中数据库工程师一名），另设二线专家支持团队，人员名单附后。
3.2 驻场人员更换须提前十五日书面征得甲方同意，接替人员资质不得低于原人员。

4. 服务费用
4.1 本合同总价为人民币柒拾万元整（¥700,000），为固定总价，明细如下：
  驻场运维服务（三人）          ¥468,000
  二线专家远程及现场支持        ¥126,000
  巡检及性能优化                ¥84,000
  应急演练                      ¥22,000
  合计                          ¥700,000
4.2 服务费按季度支付，每季度¥175,000。每季度结束后，甲方根据第7条考核结果，在收到发票后二十个工作日内支付上一季度服务费（扣除应扣款项）。
4.3 本合同不设预付款。

5. 服务水平
5.1 结算系统核心业务月度可用率不低于99.5%（经甲方批准的计划停机除外）。
5.2 故障分级与时限：
  一级故障（全市结算中断或大面积结算失败）：15分钟内响应，1小时内到达现场，3小时内恢复；
  二级故障（单一模块或部分机构结算异常）：30分钟内响应，8小时内恢复；
  三级故障（不影响结算的一般问题）：2个工作日内解决。
5.3 乙方每月5日前提交上月运维报告，内容包括可用率统计、故障清单、巡检记录及整改建议。
5.4 每月结算高峰（每月最后三个工作日及次月前两个工作日）期间，乙方应增派一名工程师现场值守，并提前完成数据库空间、备份作业和接口队列检查。
5.5 可用率以甲方监控平台记录为准，乙方对统计结果有异议的，应在收到月度统计后五个工作日内书面提出，双方共同核实。

6. 交付物
6.1 乙方应于服务期开始后二十日内提交年度运维方案和应急预案，于每季度结束后十日内提交季度巡检报告，于2025年12月31日前完成年度应急演练并提交演练报告。
6.2 乙方提交的交付物应内容完整、格式规范，经甲方审核不合格的，乙方应在五个工作日内修改后重新提交，重新提交期间按逾期计算。
6.3 乙方逾期提交上述交付物或逾期完成应急演练的，每逾期一日，按合同总价的万分之三向甲方支付违约金。

7. 考核与扣款
7.1 月度可用率每低于承诺值0.1个百分点，扣减当季度服务费的2%。
7.2 一级故障响应、到场或恢复超时的，每次扣减人民币叁仟元；二级故障超时的，每次扣减人民币壹仟元。
7.3 季度扣款累计不超过当季度服务费的20%。

8. 验收
8.1 甲方按季度对乙方服务进行考核，考核依据为第5条服务水平、运维报告和交付物完成情况，考核结果书面确认后作为付款依据。
8.2 服务期满后，甲方对全年服务进行验收：四个季度考核均已确认、全部交付物已提交、运维文档与系统账号完成移交。验收结果以双方签字的验收报告为准。

9. 数据安全
9.1 医保结算数据、参保人员个人信息、系统日志均归甲方所有，乙方仅为履行本合同在甲方授权范围内访问，不得下载、复制、留存或对外提供。
9.2 乙方应遵守《数据安全法》《个人信息保护法》及医保数据安全管理规定，所有运维操作须经堡垒机并留存审计日志，禁止在运维终端存储医保数据，乙方人员须通过背景审查并签署安全承诺书。
9.3 发生数据泄露、篡改或安全事件时，乙方应在30分钟内报告甲方并按应急预案处置。因乙方原因导致数据安全事件的，乙方承担全部法律责任和赔偿责任。

10. 保密
10.1 乙方及其人员对工作中接触的甲方内部资料、系统架构、账号口令和参保信息负有保密义务，服务期满或合同解除后仍须遵守。

11. 知识产权
11.1 乙方在服务期间编写的运维脚本、巡检模板、配置文档及各类报告归甲方所有。

12. 分包与转让
12.1 乙方不得将本合同服务转包或分包，亦不得转让合同权利义务。

13. 违约与解除
13.1 乙方连续两个季度考核不合格，或发生因乙方原因导致的重大数据安全事件，或有其他严重违约行为经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，并要求乙方赔偿损失。
13.2 甲方逾期支付服务费的，按同期贷款市场报价利率支付利息。

14. 适用法律与争议解决
14.1 本合同适用中华人民共和国法律。争议协商不成的，向沅州市人民法院提起诉讼。

15. 甲方义务
15.1 甲方为驻场人员提供办公场所、网络接入和必要的运维账号，并及时告知医保政策调整及系统变更计划。
15.2 甲方指定信息科为本合同管理部门，负责日常工作对接、季度考核和验收组织。
15.3 甲方应对乙方提交的运维方案、应急预案和季度报告在十个工作日内提出书面意见。

16. 人员管理与安全生产
16.1 驻场人员应遵守甲方考勤、保密和机房管理制度，进出机房须登记，不得私自接入外部网络或设备。
16.2 乙方应为其人员缴纳社会保险并承担其劳动报酬，乙方人员在服务过程中发生的人身伤害由乙方负责处理，甲方另有过错的除外。
16.3 乙方人员严重违反甲方管理制度的，甲方有权要求乙方在五个工作日内更换。

17. 服务移交
17.1 服务期满或合同解除时，乙方应向甲方或甲方指定的后续服务单位移交全部运维文档、脚本、账号清单及未关闭问题清单，并提供不少于十个工作日的交接配合。移交完成前，乙方不得撤离驻场人员。

18. 不可抗力
18.1 因自然灾害、上级医保信息平台故障或公共网络中断等不可抗力造成服务中断的，不计入乙方可用率考核，但乙方应全力配合恢复。

19. 其他
19.1 本合同未尽事宜按磋商文件和响应文件执行。合同一式五份，甲方三份，乙方两份，自双方签章之日起生效。

甲方（盖章）：沅州市医疗保障局
乙方（盖章）：湖南医联信息技术有限公司
签订日期：2025年6月  日
"""

# ---------------------------------------------------------------- z05 (md, ## 第X条 + 1.1, supplier's template)
H359Z05 = """# 软件产品许可及定制开发合同

> 质安云软件（成都）有限公司 标准合同文本 ZAY-HT-V4.0（2024版）。本文本由乙方提供，空白处由双方填写。

**合同编号**：ZAY-2025-QMS-0147

**甲方（用户）**：眉山川味坊食品有限公司（四川省眉山市东坡区泡菜城大道18号）

**乙方（许可方）**：质安云软件（成都）有限公司（成都市高新区天府五街200号）

甲方主营传统发酵酸菜及泡菜制品，拟采用乙方"质安云QMS"质量管理系统，实现原料验收、腌制发酵过程监控、批次追溯和HACCP记录电子化。双方经协商，就软件许可及定制开发事宜签订本合同。

## 第一条 合同标的

1.1 乙方向甲方许可使用"质安云QMS"标准版软件（五十个并发用户），并根据甲方需求进行定制开发。

1.2 定制开发内容：原料（芥菜、食盐）验收与供应商档案；发酵池温度、盐度、pH值在线监测数据对接；腌制及发酵批次管理和成品批次追溯；HACCP关键控制点记录与偏差处理；质检报告及监管部门抽检台账。

1.3 定制开发的具体功能以双方签字的需求确认书为准。需求确认书未列明的功能，不属于本合同范围。

1.4 乙方交付的内容包括：安装部署于甲方服务器的软件系统、系统管理员手册和用户操作手册。源代码不属于交付内容。

## 第二条 合同价款

2.1 本合同总价为人民币壹佰壹拾万元整（¥1,100,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 质安云QMS标准版软件许可（50并发用户） | 420,000 |
| 2 | 定制开发（追溯、监测对接、HACCP、质检台账） | 560,000 |
| 3 | 部署实施 | 96,000 |
| 4 | 用户培训 | 24,000 |
| | **合计** | **1,100,000** |

2.2 上述价款含增值税，不含甲方自行采购的服务器、传感器及网络设备。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥715,000，乙方收款后启动项目。

3.2 系统上线后十个工作日内，甲方支付剩余35%，即¥385,000。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

## 第四条 项目实施

4.1 乙方计划在收到首笔款项后九十日内完成部署和定制开发。因需求变更、甲方配合不及时或其他非乙方原因导致的延期，工期相应顺延。

4.2 乙方将尽最大努力按计划完成项目。项目延期的，乙方不承担违约金或赔偿责任，但应向甲方说明原因并调整计划。

4.3 乙方将按照其标准实施方法组织项目，包括需求调研、系统配置、定制开发、数据初始化和上线切换五个阶段，每阶段完成后以电子邮件方式通知甲方。

4.4 乙方有权根据项目需要，将部分定制开发、数据对接或现场实施工作委托给其合作伙伴完成，无需另行征得甲方同意。

## 第五条 上线与验收

5.1 乙方完成部署后书面通知甲方系统上线。自通知之日起七日内甲方未提出书面异议的，视为甲方验收通过。

5.2 甲方将系统用于实际生产记录的，视为验收通过。

## 第六条 知识产权

6.1 "质安云QMS"软件及乙方为甲方定制开发的全部程序、接口、报表、数据模型及相关文档的知识产权均归乙方所有。

6.2 甲方在本合同有效期内获得非独占、不可转让的使用权，不得对软件进行修改、反向工程或许可第三方使用。

## 第七条 免费维护与后续服务

7.1 乙方自系统上线之日起提供三个月免费维护，包括缺陷修复和远程技术支持。

7.2 免费维护期满后，甲方如需维护服务，应按乙方当年度公布的服务价格标准另行购买。

7.3 故障响应：一级故障（系统无法登录或数据无法保存）乙方在接到报告后8小时内响应；其他故障在3个工作日内响应。

7.4 乙方对响应或修复超时不承担扣款、赔偿或其他违约责任。

## 第八条 数据

8.1 甲方录入和系统采集的生产、质检和追溯数据归甲方所有，乙方仅为提供本合同服务使用，不得用于其他目的。

8.2 系统运行期间甲方应自行做好数据备份。因甲方运行环境、操作不当或停电造成的数据丢失，乙方不承担责任，但可以协助恢复并另行收费。

8.3 乙方对其部署和维护的系统采取访问控制、数据备份和加密措施，乙方人员远程访问须使用甲方分配的账号并留存日志。发现数据泄露或丢失的，乙方应在24小时内通知甲方，因乙方过错造成的损失由乙方依法赔偿。

## 第九条 保密

9.1 双方对本合同内容及合作中获知的对方技术信息、配方工艺和商业信息负有保密义务，合同终止后两年内有效。

9.2 乙方可以在其宣传材料和客户名单中使用甲方名称及标识，并可将本项目作为行业案例对外介绍，但不得披露甲方的配方工艺和质检数据。

## 第十条 责任限制

10.1 乙方在本合同项下对甲方承担的全部责任累计不超过合同总价的20%。

10.2 乙方不对甲方的间接损失、利润损失、产品召回损失或停产损失承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经对方书面通知后三十日内仍未纠正的，守约方可以解除本合同。

## 第十二条 争议解决

12.1 本合同适用中华人民共和国法律。因本合同引起的争议，提交成都仲裁委员会仲裁。

## 第十三条 甲方义务

13.1 甲方应按乙方要求准备服务器、数据库、网络及监测设备等运行环境，并承担相关费用。

13.2 甲方应在乙方提出需求调研后十个工作日内确认需求确认书。需求确认后甲方提出变更的，乙方有权另行收费并顺延工期。

13.3 甲方应指派熟悉质量管理和生产工艺的人员配合乙方实施，并组织其质检员、班组长参加培训。

## 第十四条 培训

14.1 乙方在系统上线前为甲方提供两次集中培训，每次不超过两天，培训地点在甲方厂区。超出次数的培训按乙方收费标准另行计费。

## 第十五条 不可抗力

15.1 因自然灾害、政策变化、网络攻击、第三方软硬件故障等乙方无法控制的原因导致合同不能履行或延迟履行的，乙方不承担责任。

## 第十六条 通知

16.1 双方通知以书面形式发送至本合同首页地址。乙方也可以通过电子邮件或其客户服务平台向甲方发送通知，发送即视为送达。

## 第十七条 其他

17.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

17.2 本合同附件为乙方报价单和需求确认书。附件与本合同正文不一致的，以正文为准。

**甲方（盖章）**：眉山川味坊食品有限公司　　授权代表：__________

**乙方（盖章）**：质安云软件（成都）有限公司　　授权代表：__________

**日期**：2025年  月  日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N / N.N, price rows)
H359E01 = """T:Software Licence and Services Agreement
P:Agreement No. SKR/WF/2025/044
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Weifang Yuanfei Kite Craft Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at No. 27 Fengzheng Road, Kuiwen District, Weifang, Shandong Province (the "Customer"); and
P:(2) Skrzydło Software sp. z o.o., a limited liability company registered in Poland, with its registered office at ul. Krakowska 112, 33-100 Tarnów, Poland (the "Vendor").
P:Background. The Customer designs and builds sport, display and traditional Weifang kites and wishes to replace hand-drawn frame drawings with computer-aided frame design. The Vendor develops AeroFrame Designer, a desktop application for the structural design of lightweight frames, spars and bridles, and an aerodynamic analysis module. The Customer has selected the Vendor after a comparison of three offers, and the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means AeroFrame Designer version 7 and the AeroFrame CFD Module, in object code, with their user documentation, and any corrections and new versions supplied under this Agreement.
P:1.2 "Custom Templates" means the parametric frame templates, material libraries and bridle calculators that the Vendor prepares for the Customer's own kite models under Article 3.
P:1.3 "Final Acceptance" means the Customer's written confirmation that the tests in Article 6 have been passed.
P:1.4 "Support Year" means each period of service after the end of the Warranty Period for which the Customer orders support under Article 8.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on twenty-four named workstations (AeroFrame Designer) and two named workstations (AeroFrame CFD Module) at the Customer's premises in Weifang, for the Customer's internal design work.
P:2.2 The Customer may move a licence to a replacement workstation by deactivating it on the old one. The Customer may make backup copies of the installation files.
P:2.3 The licence is not subject to any recurring licence fee. It survives the end of this Agreement and of any support, except where the Customer has failed to pay the licence fees.
P:2.4 The licence manager contacts the Vendor's activation server only with the workstation identifier and the licence key; it does not transmit design files or any other Customer data.
H:Article 3 Services
P:3.1 The Vendor shall prepare Custom Templates for forty of the Customer's kite models listed in Annex 1, including the delta, diamond, centipede and swallow families, with the Customer's spar materials (bamboo, carbon and fibreglass rods) and sail fabrics.
P:3.2 The Vendor shall install and configure the Software remotely, with one engineer on site in Weifang for the installation week, and shall train twelve designers and two workshop supervisors in Chinese through a qualified interpreter provided by the Vendor.
P:3.3 The Vendor shall complete installation within forty-five days and deliver all Custom Templates within one hundred and twenty days after the date of this Agreement.
H:Article 4 Prices
P:4.1 At the Customer's request all prices are stated and payable in Chinese yuan (CNY). They are fixed and include all taxes, travel and interpreter costs.
P:Item 1: AeroFrame Designer perpetual licence, 24 workstations at CNY 18,500 each: CNY 444,000
P:Item 2: AeroFrame CFD Module perpetual licence, 2 workstations at CNY 46,000 each: CNY 92,000
P:Licence subtotal (Items 1 and 2): CNY 536,000
P:Item 3: Custom Templates for 40 kite models: CNY 148,000
P:Item 4: Installation and configuration: CNY 36,000
P:Item 5: Training: CNY 22,000
P:Total Contract Price: CNY 742,000
H:Article 5 Payment
P:5.1 The Customer shall pay 20% of the Total Contract Price (CNY 148,400) as an advance payment within fifteen days after signature, against the Vendor's invoice.
P:5.2 The Customer shall pay 45% (CNY 333,900) within fifteen days after the Software has been installed on all workstations and the Vendor has delivered the installation report. Installation is not acceptance.
P:5.3 The Customer shall pay the remaining 35% (CNY 259,700) within fifteen days after Final Acceptance.
P:5.4 Payments are made by bank transfer to the Vendor's account stated in its invoice. Bank charges outside China are borne by the Vendor.
H:Article 6 Acceptance
P:6.1 Within thirty days after delivery of the last Custom Template, the parties shall carry out the acceptance tests set out in Annex 2. The tests shall show at least that: (a) each Custom Template regenerates a complete frame drawing, cutting list and bridle chart for its kite model; (b) calculated spar deflections for ten reference kites deviate by no more than 8% from the Customer's own bench measurements; (c) the CFD Module completes a lift and drag analysis of a standard two-metre delta in under ten minutes on the Customer's workstations; (d) all twenty-four workstations activate and run without licence errors for ten consecutive working days.
P:6.2 If a test fails, the Vendor shall correct the defect and the test shall be repeated. The Customer shall issue the Final Acceptance certificate within five working days after all tests have been passed.
P:6.3 Neither the use of the Software in production nor any payment constitutes acceptance.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Software and the Custom Templates will perform substantially in accordance with their documentation and Annex 2 for eighteen months after Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period the Vendor shall correct defects free of charge, supply all new versions and provide remote support in English and Chinese.
H:Article 8 Support After the Warranty Period
P:8.1 After the Warranty Period the Customer may order support for each Support Year by a written purchase order. The annual support fee is 11% of the Licence subtotal, that is CNY 58,960 per Support Year, and shall not be increased for the first three Support Years. Support does not renew automatically.
P:8.2 Support includes defect correction, new versions, remote assistance and an annual review of the Custom Templates.
H:Article 9 Service Levels
P:9.1 Severity 1 means that the Software cannot be started or design files cannot be opened or saved on more than half of the workstations. Severity 2 means that a function is unavailable but work can continue. Severity 3 covers all other questions.
P:9.2 The Vendor shall respond to Severity 1 incidents within two hours, between 08:00 and 20:00 Beijing time on working days, and shall provide a workaround within one working day. Severity 2 incidents shall be answered within one working day and Severity 3 questions within three working days.
P:9.3 For each full hour by which the Vendor exceeds the Severity 1 response time, the Vendor shall pay or credit CNY 600, and for each working day by which it exceeds the workaround time, CNY 1,500.
H:Article 10 Delay
P:10.1 If the Vendor fails to complete installation or to deliver the Custom Templates by the dates in Article 3.3, the Vendor shall pay liquidated damages of 0.08% of the Total Contract Price for each day of delay, up to 10% of the Total Contract Price.
P:10.2 If the delay exceeds sixty days, the Customer may also terminate this Agreement under Article 15.
H:Article 11 Intellectual Property
P:11.1 The Vendor keeps all intellectual property in the Software.
P:11.2 The Custom Templates, material libraries and bridle calculators prepared for the Customer, and all kite designs made with the Software, belong to the Customer. The Customer may use, modify and license them without restriction, and the Vendor shall deliver them in editable form.
H:Article 12 Customer Data and Security
P:12.1 The Customer's design files, drawings and measurement data ("Customer Data") belong to the Customer. The Vendor may access Customer Data only to perform this Agreement, on the Customer's instruction, and shall not copy, keep or use it for any other purpose.
P:12.2 Remote access by the Vendor requires the Customer's approval for each session, is made through the Customer's VPN, and is logged. The Vendor shall keep its own systems used for support protected by current security measures, including encryption, access control and malware protection.
P:12.3 The Vendor shall notify the Customer within twenty-four hours after becoming aware of any unauthorised access to or loss of Customer Data, shall help the Customer to contain it, and shall be liable for any loss the Customer suffers as a result of a breach of this Article.
H:Article 13 Confidentiality
P:13.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's kite designs, materials and prices, and shall not disclose it to any third party without the other party's prior written consent. This obligation continues for three years after this Agreement ends.
H:Article 14 Liability
P:14.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Price. This limit does not apply to liability for death or personal injury, fraud, wilful misconduct, or breach of Articles 12 and 13.
H:Article 15 Termination
P:15.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice describing the breach.
P:15.2 If the Customer terminates under Article 15.1, the Vendor shall refund the amounts paid for services not delivered, and the licences already paid for shall remain in force.
H:Article 16 Subcontracting
P:16.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The interpreter referred to in Article 3.2 is approved by the signature of this Agreement.
H:Article 17 Governing Law and Jurisdiction
P:17.1 This Agreement is governed by the laws of the Republic of Poland.
P:17.2 Any dispute arising out of or in connection with this Agreement shall be settled by the common court having jurisdiction over the Vendor's registered office in Tarnów, Poland.
H:Article 18 General
P:18.1 This Agreement is made in English and Chinese. Both versions are equally authentic; in case of inconsistency the English version shall prevail.
P:18.2 Annex 1 (kite models) and Annex 2 (acceptance tests) form part of this Agreement. Amendments must be in writing and signed by both parties.
P:Signed for the Customer: ____________________ Date: __________
P:Signed for the Vendor: ____________________ Date: __________
"""

# ---------------------------------------------------------------- e02 (md, Order Form Part A + General Terms Part B)
H359E02 = """# TicketTide Order Form

**Order Form No.** TT-CN-2025-0093

**Vendor:** TicketTide B.V., Mekelweg 4, 2628 CD Delft, the Netherlands (Chamber of Commerce no. 71822019) ("TicketTide")

**Customer:** Jiuzhaigou Green Route Shuttle Transport Co., Ltd., No. 8 Yonghe Road, Zhangzha Town, Jiuzhaigou County, Aba Prefecture, Sichuan Province, People's Republic of China ("Customer")

This Order Form (Part A) and the TicketTide General Terms (Part B) together form the agreement (the "Agreement"). If they conflict, Part A prevails.

## Part A - Order Form

### A1 Services

A1.1 TicketTide will provide its TicketTide Transit cloud platform for the sale, validation and reporting of shuttle-bus tickets on Customer's scenic-area routes: online sales through Customer's WeChat mini-program and website, sales at 6 ticket offices, QR-code validation at 14 boarding gates, timed-entry quotas per route and per departure, refunds, and daily settlement reports.

A1.2 TicketTide will carry out the Setup Services: configuration of routes, fares, quotas and refund rules; integration with Customer's payment gateway and with the scenic-area visitor-quota system; configuration of the 14 gate validators supplied by Customer; and migration of open advance bookings.

A1.3 TicketTide will train Customer's ticket-office staff, gate supervisors and finance users (two sessions on site in Jiuzhaigou, one remote session).

### A2 Fees

At Customer's request, all fees are stated and invoiced in Chinese yuan (CNY) and include VAT.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | up to 2,000,000 tickets per Subscription Year | 236,000 |
| Subscription Fee, Subscription Year 2 | same | 236,000 |
| Subscription Fee, Subscription Year 3 | same | 236,000 |
| Setup Services | one-time | 92,000 |
| Training | one-time | 12,000 |
| **Total fees for the Subscription Term** | | **812,000** |

Tickets above 2,000,000 in a Subscription Year are charged at CNY 0.02 per ticket, invoiced after the end of that Subscription Year.

### A3 Invoicing and payment

A3.1 TicketTide will invoice the Setup Services, the Training and the Subscription Fee for Subscription Year 1, in total CNY 340,000, on the Order Date. Customer shall pay this invoice within 10 days, and TicketTide will start the Setup Services on receipt of payment.

A3.2 The Subscription Fee for each later Subscription Year is invoiced at the start of that Subscription Year and payable within 30 days.

### A4 Subscription Term

A4.1 The Subscription Term is three Subscription Years, starting on the Go-Live Date. Each Subscription Year is a period of three hundred and sixty-five days starting on the Go-Live Date or on an anniversary of it.

A4.2 The Agreement ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties.

### A5 Go-Live

A5.1 TicketTide will make the platform ready for Go-Live Acceptance within 75 days after receipt of the first payment.

A5.2 Go-Live Acceptance tests: (a) sale, validation and refund of test tickets on every route and at every gate; (b) timed-entry quotas enforced for each departure and synchronised with the visitor-quota system within 60 seconds; (c) daily settlement report reconciled with the payment-gateway statement for three consecutive days; (d) 300 concurrent sales without errors and gate validation in less than one second. Customer confirms Go-Live Acceptance in writing when the tests are passed. Use of the platform for live sales before that confirmation is not acceptance.

A5.3 If Go-Live Acceptance is delayed beyond the date in A5.1 for reasons attributable to TicketTide, TicketTide shall pay Customer CNY 500 for each day of delay, up to CNY 40,000.

### A6 Customer responsibilities

A6.1 Customer provides the gate validators, ticket-office terminals and internet connections at its premises, gives TicketTide the route and fare data in the agreed format, and makes its payment-gateway and visitor-quota contacts available during the Setup Services.

A6.2 Customer appoints a project lead with authority to approve the configuration and to sign the Go-Live Acceptance.

### A7 Support

A7.1 TicketTide provides support in English and Chinese through its service desk by telephone, e-mail and a web portal. During the peak seasons (1 April to 7 May and 15 September to 15 November) TicketTide keeps a Chinese-speaking engineer on call at all times.

A7.2 TicketTide sends Customer a monthly service report with availability, incidents, response times, credits and ticket volumes.

### A8 Contacts

Customer: Ms. Zhang Li, IT Manager. TicketTide: Mr. Joris van Dam, Account Director.

## Part B - TicketTide General Terms

### B1 Service levels

B1.1 TicketTide will make the platform available 99.95% of the time in each calendar month, excluding planned maintenance notified at least 5 days in advance and performed between 01:00 and 05:00 Beijing time.

B1.2 Priority 1 incidents (ticket sales or gate validation unavailable on any route) will be responded to within 30 minutes, 24 hours a day, and worked on continuously until resolved. Priority 2 incidents will be responded to within 2 hours, and Priority 3 requests within 1 business day.

B1.3 If availability in a month falls below 99.95%, Customer receives a service credit of 5% of the monthly equivalent of the Subscription Fee for each started 0.1 percentage point of shortfall, up to 50%. If a Priority 1 response is late, Customer receives a credit of CNY 1,000 per late incident. Credits are set off against the next invoice.

### B2 Customer Data

B2.1 Passenger data, ticket sales and all other data that Customer or its passengers enter into the platform ("Customer Data") belong to Customer. TicketTide processes Customer Data only to provide the services and on Customer's documented instructions.

B2.2 For Customer, the platform is hosted in a data centre in mainland China operated by a cloud provider with an MLPS level 3 record. TicketTide encrypts Customer Data in transit and at rest, restricts access to named staff with multi-factor authentication, keeps access logs for 6 months, and tests its security controls at least once per Subscription Year.

B2.3 TicketTide will notify Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, will take the measures needed to contain it, and is responsible for the losses and regulatory costs caused by an incident that results from its breach of this clause B2.

B2.4 At the end of the Agreement TicketTide will return Customer Data in CSV format within 30 days and then delete it.

### B3 Configurations

Route, fare, quota and report configurations made for Customer are Customer's property. Customer may use, copy, modify and hand them to any other provider. The platform itself remains TicketTide's property.

### B4 Subcontractors

TicketTide may use subcontractors and sub-processors of its choice, including its cloud hosting provider and local implementation partners, to provide the services. TicketTide keeps the current list on its website and will inform Customer of changes by updating that list. TicketTide remains responsible for their work.

### B5 Confidentiality

Each party will keep the other party's confidential information secret, use it only for the Agreement and disclose it only to its staff and advisers who need to know it. This obligation continues for three years after the Agreement ends.

### B6 Liability

B6.1 TicketTide's total liability arising out of or in connection with the Agreement is limited to the fees paid by Customer in the six months before the event giving rise to the claim.

B6.2 The limit does not apply to death or personal injury, fraud, or TicketTide's obligations under clause B2.3.

B6.3 Neither party is liable for loss of profit or indirect loss.

### B7 Termination

B7.1 Either party may terminate the Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice.

B7.2 On termination by Customer under B7.1, TicketTide refunds the prepaid fees for the remaining part of the Subscription Term.

### B8 Changes to the platform

TicketTide may update the platform, provided the functions described in A1 are not reduced. Major changes will be announced at least 30 days in advance. No changes will be deployed during the peak seasons named in A7.1 except security fixes and corrections of incidents.

### B9 Customer obligations

Customer will use the platform in accordance with its documentation and applicable law, keep its user credentials secure, and inform TicketTide without delay of any unauthorised use it discovers. Customer is responsible for the fares and refund rules it sets and for its dealings with passengers.

### B10 Governing law and disputes

At Customer's request, this Agreement is governed by the laws of the People's Republic of China. Disputes will be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) Sichuan Sub-Commission for arbitration in Chengdu, in English and Chinese.

### B11 Suspension

TicketTide may suspend access to the platform only if an undisputed invoice remains unpaid for 30 days after a written reminder, or if needed to stop a security incident, and will restore access as soon as the reason has been removed.

### B12 General

Neither party may assign the Agreement without the other's written consent. Notices must be in writing and sent to the addresses in Part A. This Agreement is the entire agreement of the parties on its subject.

**Signed for Customer:** ____________________ Name / title / date

**Signed for TicketTide B.V.:** ____________________ Name / title / date
"""

# ---------------------------------------------------------------- e03 (docx, Section N / N.N, Word price table)
H359E03 = """T:Purchase Contract for an Orchard Irrigation Monitoring and Control System
P:Contract No. JM-AGR-2025-019
P:Buyer: Sanya Jinmang Agricultural Development Co., Ltd., Yacheng Town, Sanya, Hainan Province, People's Republic of China (the "Buyer").
P:Supplier: Regatec Sistemas de Rega, Lda., Avenida Luísa Todi 301, 2900-461 Setúbal, Portugal (the "Supplier").
P:The Buyer operates a 410-hectare mango orchard in Sanya and wishes to irrigate by measured soil moisture instead of by fixed schedule. The Supplier designs and installs sensor-based irrigation systems for orchards and vineyards. This Contract is made on the Buyer's standard terms for equipment purchases.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install, configure and commission a soil-moisture monitoring and irrigation control system for the Buyer's orchard blocks A to H, comprising the equipment and software listed in Section 2.
P:1.2 The system shall measure soil moisture and temperature at three depths, collect the readings through a LoRa radio network, open and close the drip-irrigation valves of each block automatically according to moisture thresholds set by the Buyer's agronomists, and record water use per block.
P:1.3 The Supplier shall connect the system to the Buyer's existing pump-station controllers and fertigation units, and shall prepare irrigation programmes for the flowering, fruit-set and harvest periods of the Tainong, Guifei and Jinhuang varieties grown by the Buyer.
P:1.4 The Supplier shall train the Buyer's orchard technicians and maintenance staff and deliver operating and maintenance manuals in Chinese.
P:1.5 The Supplier's design shall be based on its site survey of the eight blocks, and the Buyer shall approve the probe and gateway positions before installation starts.
P:1.6 The Buyer shall provide access to the blocks, power at the pump stations, a room for the server at the orchard office, and one technician to accompany the installation team. The Buyer shall tell the Supplier in advance of spraying, pruning and harvest work so that installation can be planned around it.
H:Section 2 Contract Price
P:2.1 At the Buyer's request all prices are in Chinese yuan (CNY). The Contract Price is fixed and includes delivery to the orchard, import duties, taxes, installation and commissioning.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil-moisture and temperature probe, three depths|320|1,150|368,000
TB:2|LoRa gateway with solar power kit|24|6,800|163,200
TB:3|Valve controller, 8 stations|18|9,400|169,200
TB:4|Weather station with rain gauge|2|28,500|57,000
TB:5|Irrigation control software, perpetual licence|1|146,000|146,000
TB:|Equipment and Licence Subtotal|||903,400
TB:6|Installation, configuration and commissioning|1|118,600|118,600
TB:7|Training|1|18,000|18,000
TB:|Contract Price|||1,040,000
H:Section 3 Payment
P:3.1 10% of the Contract Price (CNY 104,000) within twenty days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 55% of the Contract Price (CNY 572,000) within twenty days after all equipment has been delivered and installed and the Buyer has signed the installation record. The installation record confirms quantities only and is not acceptance.
P:3.3 35% of the Contract Price (CNY 364,000) within twenty days after Final Acceptance.
P:3.4 The Supplier shall issue a valid invoice for each payment. The Buyer pays by bank transfer in CNY.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the orchard within seventy days and complete installation and commissioning within one hundred and ten days after signature. Installation shall be scheduled so that no block is left without irrigation for more than two days.
P:4.2 If the Supplier fails to meet either date, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds forty-five days, the Buyer may terminate this Contract under Section 13.
H:Section 5 Acceptance
P:5.1 After commissioning, the system shall run for a trial period of thirty days. Final Acceptance requires that: (a) at least 98% of the probes report every hour during the trial period; (b) probe readings agree within 3 percentage points of volumetric water content with gravimetric samples taken by the Buyer at twenty points; (c) every valve opens and closes on command and on threshold within two minutes; (d) water use per block recorded by the system agrees within 5% with the pump-station flow meters; (e) no Severity 1 incident remains open; and (f) all manuals and as-built drawings have been delivered.
P:5.2 The Buyer shall issue a Final Acceptance certificate within five working days after the criteria are met, or state in writing which criteria are not met. Use of the system for irrigation during the trial period, installation, or payment is not acceptance.
H:Section 6 Warranty
P:6.1 The Supplier warrants the equipment and the software for twenty-four months after Final Acceptance. During that period the Supplier shall repair or replace defective equipment free of charge, including parts, labour, shipping and import costs, and shall correct software defects and supply software updates.
P:6.2 Probes damaged by lightning, flooding of more than one metre, or the Buyer's machinery are not covered, but the Supplier shall replace them at the unit prices in Section 2.
H:Section 7 Support After Warranty
P:7.1 After the warranty the Buyer may order support for each Support Year. The support fee is 7.5% of the Equipment and Licence Subtotal, CNY 67,755 per Support Year, fixed for the first three Support Years. It covers software updates, remote support, an annual on-site calibration visit and repair of defective equipment (parts included). Support is ordered by purchase order each Support Year and does not renew automatically.
H:Section 8 Service Levels
P:8.1 Severity 1 means that irrigation cannot be controlled in one or more blocks. Severity 2 means loss of data from more than ten probes or one gateway. Severity 3 covers other faults.
P:8.2 The Supplier shall respond to Severity 1 incidents within one hour and restore control, if necessary by manual override arranged with the Buyer's staff, within eight hours. Severity 2 incidents shall be responded to within two hours and fixed within three days. The Supplier keeps spare gateways and valve controllers at its service partner's store in Sanya.
P:8.3 For each hour by which the Supplier exceeds the Severity 1 response or restoration time, it shall pay the Buyer CNY 800, deducted from any amount due.
H:Section 9 Data
P:9.1 All data collected by the system, including sensor readings, irrigation records, maps and settings ("Buyer Data"), belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not keep, analyse or disclose it for any other purpose.
P:9.2 The system shall store Buyer Data on the Buyer's own server at the orchard office. Remote access by the Supplier requires the Buyer's approval for each session, a personal account with two-factor authentication and a log of all actions. The Supplier shall apply current security patches and change all default passwords before commissioning.
P:9.3 The Supplier shall notify the Buyer within twelve hours of any security incident affecting the system or Buyer Data that it becomes aware of, shall help the Buyer to contain it, and shall be liable for losses caused by its breach of this Section.
H:Section 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information, including the Buyer's yields, maps, prices and agronomic practices, and shall use it only for this Contract. This obligation survives termination for three years.
H:Section 11 Intellectual Property
P:11.1 Irrigation programmes, configurations, integration scripts and drawings prepared for the Buyer belong to the Buyer, which may use and modify them freely and give them to other contractors. The software licence in Item 5 is perpetual and transferable with the orchard.
H:Section 12 Liability
P:12.1 The Supplier's total liability under this Contract is limited to twice the Contract Price. The limit does not apply to death or personal injury, fraud, wilful misconduct, or breach of Sections 9 and 10.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after written notice, or in the case stated in Section 4.2.
H:Section 14 Subcontracting
P:14.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier's service partner in Sanya named in Annex 3 is approved by signature of this Contract. The Supplier remains responsible for its subcontractors.
H:Section 15 Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Disputes that cannot be settled by negotiation shall be brought before the people's court at the place where the Buyer is domiciled.
H:Section 16 General
P:16.1 The Supplier shall comply with the Buyer's safety rules in the orchard, including rules on pesticide re-entry intervals, vehicles and work at height, and shall bear the risk of the equipment until delivery to the orchard.
P:16.2 This Contract is made in Chinese and English; both are equally valid. Annex 1 (block map), Annex 2 (technical specification) and Annex 3 (service partner) form part of it.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses + Schedules)
H359E04 = """# Managed Wireless Network Services Agreement

**Reference:** TNS-NB-2025-07

**Between**

**Thessalia NetServices S.A.**, a société anonyme registered in Greece (G.E.MI. no. 128840224000), with its seat at 47 Iroon Polytechniou Street, 41222 Larissa, Greece ("Provider"); and

**Ningbo Mobi Stationery Manufacturing Co., Ltd.**, a company registered in the People's Republic of China, with its registered address at No. 155 Jinyuan Road, Yinzhou District, Ningbo, Zhejiang Province ("Customer").

**Background**

(A) Customer makes pens, markers and school stationery in three production buildings, a finished-goods warehouse and an office building at its Yinzhou site. Its scanners, label printers, tablets on the lines and office staff depend on a wireless network that has become unreliable.

(B) Provider designs, installs and operates wireless networks as a managed service through its own engineers and its network operations centre, and has agreed to provide that service to Customer on the terms below.

## 1. Definitions

1.1 **Service** means the managed wireless network service described in clause 2 and Schedule 1.

1.2 **Equipment** means the access points, controllers, switches and other devices installed by Provider at the Site to deliver the Service. The Equipment remains Provider's property.

1.3 **Site** means Customer's premises at No. 155 Jinyuan Road, Ningbo.

1.4 **Service Commencement Date** means the date on which Customer signs the Service Acceptance Certificate under clause 5.

1.5 **Initial Term** means the period of thirty-six months from the Service Commencement Date.

## 2. The Service

2.1 Provider shall design, supply, install and operate a wireless network at the Site with 210 access points, two redundant controllers and the necessary switches, giving coverage of at least -67 dBm on 95% of the floor area of each building, including cold-store aisles in the warehouse.

2.2 Provider shall monitor the network from its network operations centre at all times, manage configuration, firmware and security updates, replace faulty Equipment, and provide a monthly service report.

2.3 Provider shall provide separate networks for production devices, office users and guests, with guest access limited to internet use.

2.4 Customer shall give Provider's engineers access to the Site when needed, provide power and cabinet space for the controllers, and keep its own devices compatible with the wireless standards set out in Schedule 1. Provider shall give Customer's IT staff read-only access to the network management portal.

## 3. Term

3.1 This Agreement starts on signature and continues until the end of the Initial Term. It does not renew automatically. Any extension must be agreed in writing, including the charges that will apply.

## 4. Installation

4.1 Provider shall complete the site survey within twenty days and installation within seventy-five days after signature, working in the production buildings only during shift changes or weekends agreed with Customer.

4.2 If the Service Commencement Date has not occurred within ninety days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 1,500 for each day of delay, up to CNY 90,000.

## 5. Service Acceptance

5.1 After installation Provider shall demonstrate, in the presence of Customer's IT staff: (a) signal coverage of at least -67 dBm on 95% of the floor area of each building, shown by a walk-through survey; (b) roaming of scanners between access points without session loss; (c) throughput of at least 100 Mbps for a single office client; (d) correct separation of the three networks; and (e) seven consecutive days of operation without a Priority 1 incident.

5.2 When all tests are passed, Customer shall sign the Service Acceptance Certificate within five working days. Use of the network before that date is not acceptance.

## 6. Charges and Payment

6.1 At Customer's request, all charges are in Chinese yuan (CNY) and include VAT. The charges are set out in Schedule 2.

6.2 The Installation Charge is invoiced on the Service Commencement Date. The Monthly Service Charge is invoiced monthly in arrears. Customer shall pay each invoice within thirty days. No charge is payable before the Service Commencement Date.

## 7. Service Levels and Credits

7.1 Provider shall ensure that the wireless network is available 99.95% of each calendar month in each building, measured by the network management system and excluding maintenance agreed in advance with Customer.

7.2 Incidents are handled according to the priorities in Schedule 1. Provider shall respond to Priority 1 incidents within thirty minutes at any time of day.

7.3 If availability in a building falls below the level in clause 7.1, or a response or restoration time in Schedule 1 is missed, Customer is entitled to the service credits set out in Schedule 1, deducted from the next invoice.

## 8. Customer Data

8.1 Data relating to Customer's users, devices and network traffic that Provider obtains in providing the Service ("Customer Data") belongs to Customer.

8.2 Provider shall use Customer Data only for providing the Service and the monthly service report, and shall not sell it or use it for any other purpose.

## 9. Confidentiality

9.1 Each party shall keep confidential any information of the other party that is marked as confidential or is by its nature confidential, including Customer's production volumes, customer names and network design, and shall not disclose it to third parties except to its professional advisers. This clause continues to apply for three years after this Agreement ends.

## 10. Intellectual Property

10.1 The site survey, network design, configurations and as-built documentation prepared for Customer belong to Customer, which may use and modify them and give them to any successor provider.

10.2 Provider's management software and tools remain Provider's property.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to one and a half times the total charges payable for the Initial Term. This limit does not apply to death or personal injury caused by negligence, fraud, or damage to Customer's property caused by Provider's staff.

11.2 Neither party is liable for loss of profit, loss of production or any indirect loss.

## 12. Subcontracting

12.1 Provider may not subcontract the installation or any part of the Service without Customer's prior written consent, and remains responsible for the work of any subcontractor as for its own. Provider's local installation partner, Ningbo Haixin Network Engineering Co., Ltd., is approved on signature of this Agreement.

## 13. Ending the Agreement

13.1 Because the Equipment is installed for Customer and its cost is recovered over the Initial Term, Customer may not terminate this Agreement before the end of the Initial Term for any reason. If Provider fails to meet the service levels or breaches this Agreement in any other way, Customer's remedies are the service credits under clause 7 and the damages available under clause 11, and the Agreement continues.

13.2 Provider may suspend the Service if Customer fails to pay an undisputed invoice within thirty days after a written reminder.

13.3 At the end of the Initial Term Provider shall remove the Equipment within thirty days, make good any damage caused by the removal, and hand over the current configuration documentation to Customer.

## 14. Force Majeure

14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as typhoons, floods, power failures of the public grid or government orders, provided it notifies the other party promptly and resumes performance as soon as possible.

## 15. Governing Law and Jurisdiction

15.1 This Agreement is governed by the laws of Greece.

15.2 The courts of Larissa, Greece, have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.

## 16. General

16.1 Notices must be in writing and sent by courier or e-mail to the addresses and contacts given by each party. Neither party may assign this Agreement without the other party's written consent.

16.2 This Agreement, with its Schedules, is the entire agreement between the parties. Changes must be in writing and signed by both parties. This Agreement is made in English.

## Schedule 1 - Priorities and Service Credits

| Priority | Description | Response | Restoration | Credit if missed |
|---|---|---|---|---|
| Priority 1 | A building or the warehouse without wireless service, or all scanners on a production line disconnected | 30 minutes | 3 hours | 5% of the Monthly Service Charge per missed target |
| Priority 2 | Loss of coverage in part of a building or degraded performance affecting production | 1 hour | 8 hours | 2% of the Monthly Service Charge per missed target |
| Priority 3 | Single access point fault or configuration request | 1 business day | 3 business days | none |

Availability credit: 10% of the Monthly Service Charge for each building for each full 0.1 percentage point below 99.95% in a month, up to 50% of the Monthly Service Charge.

## Schedule 2 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Installation Charge | one-time | 126,000 |
| Monthly Service Charge | per month, 36 months | 54,000 |
| Total charges for the Initial Term | 126,000 + 36 x 54,000 | 2,070,000 |

Additional access points requested by Customer are charged at CNY 210 per access point per month for the rest of the Initial Term.

**Signed for Provider:** ____________________ Name and title: __________ Date: __________

**Signed for Customer:** ____________________ Name and title: __________ Date: __________
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, a Schedule)
H359E05 = """API SUBSCRIPTION AGREEMENT
PHYTOSANITARY PERMIT CHECK SERVICE

Agreement reference: KD-API-2025-112

PARTIES

KORANA DATA d.o.o., a limited liability company registered in Croatia (OIB 48213977065), with its seat at Ulica Ivana Gorana Kovačića 14, 47000 Karlovac, Croatia ("Vendor"); and

KUNMING CAIYUN FLOWER AUCTION TRADING CO., LTD., a company registered in the People's Republic of China, with its seat at No. 9 Huahui Road, Chenggong District, Kunming, Yunnan Province ("Customer").

BACKGROUND

Customer runs an electronic auction for cut flowers and potted plants. Lots bought for export must carry a valid plant-quarantine (phytosanitary) permit and meet the import requirements of the destination country. Vendor operates an application programming interface that checks permit numbers, plant species, pests of concern and destination rules against official and commercial reference sources. Customer wishes to call that interface from its auction and logistics systems before lots are released for export.

1. DEFINITIONS

1.1 "API" means Vendor's Permit Check application programming interface, version 3, and its documentation.

1.2 "Subscription Year" means each period of three hundred and sixty-five days starting on the Service Start Date or on an anniversary of it.

1.3 "Service Start Date" means the date on which Customer confirms Integration Acceptance under clause 4.

1.4 "Customer Data" means lot records, grower and buyer names, permit numbers, destination data and all other information that Customer sends to the API, and the results returned for it.

1.5 "Term" means two Subscription Years from the Service Start Date.

2. SUBSCRIPTION

2.1 Vendor grants Customer the right to call the API from Customer's auction, warehouse and logistics systems during the Term, up to 1,500,000 checks per Subscription Year, for Customer's own business and for the export buyers who trade through Customer's auction.

2.2 Vendor will keep its reference data on permits, pests and destination rules current, and will update the destination rules for the countries listed in the Schedule within ten working days after the relevant authority publishes a change.

2.3 Vendor will use commercially reasonable efforts to keep the API available and to answer Customer's support requests in the ordinary course of business. Support is provided by e-mail in English during Vendor's business hours.

2.4 Vendor will provide Customer with a test environment for the Term, with the same reference data as the production service, so that Customer can test changes to its own systems.

2.5 Customer is responsible for the accuracy of the lot data that it sends to the API and for its final decision to release a lot for export. The result of a check is advice to Customer's quarantine desk and does not replace an inspection by the competent authority.

2.6 Vendor may change the API, but will announce any change that requires Customer to modify its integration at least ninety days in advance and keep the previous version running during that period.

3. ONBOARDING

3.1 Vendor will provide an integration package for Customer's systems: a sandbox, sample code, a mapping of Customer's lot fields to the API, and two weeks of remote assistance for Customer's developers.

3.2 Vendor will prepare an adaptor module that converts Customer's lot records into API calls and writes the results back to Customer's auction system ("Adaptor").

3.3 Vendor will deliver the Adaptor and complete the onboarding within forty-five days after signature.

4. INTEGRATION ACCEPTANCE

4.1 Customer will test the integration against the following criteria: (a) 2,000 historical export lots are checked and every result agrees with the permit records kept by Customer's quarantine desk; (b) the API returns results for 50 concurrent requests with a median response time below two seconds; (c) results are written back to the correct lots in Customer's auction system; (d) every destination country in the Schedule is covered.

4.2 When the criteria are met, Customer will confirm Integration Acceptance in writing. Use of the API in production before that confirmation is not acceptance.

4.3 If Integration Acceptance is delayed beyond the date in clause 3.3 for reasons attributable to Vendor, Vendor will pay Customer CNY 300 for each day of delay, up to CNY 18,000.

5. FEES AND PAYMENT

5.1 At Customer's request all fees are in Chinese yuan (CNY), inclusive of taxes. The fees are set out in the Schedule.

5.2 The Onboarding Fee is invoiced after Integration Acceptance. The Subscription Fee is invoiced quarterly in arrears, in four equal instalments per Subscription Year. Customer pays each invoice within thirty days. Nothing is payable before the Service Start Date.

5.3 Checks above the annual volume in clause 2.1 are charged at CNY 0.06 per check, invoiced quarterly in arrears.

5.4 Vendor will send Customer a monthly usage statement showing the number of checks, the number of lots flagged, and the destination countries concerned. Customer may dispute an invoice in good faith within fifteen days after receipt; the undisputed part remains payable.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Vendor processes Customer Data only to provide the API to Customer and does not use it for any other purpose, including the improvement of its reference data.

6.2 For Customer, Vendor runs the API on servers in a data centre in Shanghai operated by a Chinese cloud provider. Customer Data is not transferred out of mainland China.

6.3 Vendor will protect Customer Data with encryption in transit and at rest, access limited to named engineers with multi-factor authentication, logging of all access, and deletion of Customer Data from the production logs after ninety days.

6.4 Vendor will notify Customer within twenty-four hours after becoming aware of any unauthorised access to, or loss of, Customer Data, will cooperate in containing it, and is liable for losses and regulatory penalties that Customer suffers because of Vendor's breach of this clause 6.

6.5 Vendor will make sure that its engineers with access to Customer Data are bound by written duties to follow this clause 6, and will give Customer a summary of its most recent external security assessment on request.

6.6 At the end of the Term Vendor will delete all Customer Data and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 The API, the reference data and the integration package remain Vendor's property.

7.2 The Adaptor, including its source code, and the field mapping prepared for Customer belong to Customer. Customer may use, modify and license them freely, and Vendor will deliver the source code with the Adaptor.

8. LIABILITY

8.1 Vendor does not guarantee the decisions of any plant-quarantine authority. Vendor is responsible for the correct application of the reference data that it provides.

8.2 Each party's total liability under this Agreement is limited to one and a half times the total fees payable for the Term, except for fraud, wilful misconduct, and Vendor's liability under clause 6.4.

8.3 Neither party is liable for loss of profit or indirect loss.

9. SUBCONTRACTING

9.1 Vendor may not subcontract any part of its obligations without Customer's prior written consent. The cloud provider referred to in clause 6.2 is approved on signature of this Agreement.

10. TERM AND TERMINATION

10.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any further subscription requires a new written agreement.

10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

10.3 Customer may also terminate this Agreement by written notice if the onboarding has not been completed within ninety days after signature for reasons attributable to Vendor.

10.4 On termination Customer pays the fees for the period until termination, and Vendor refunds any fees paid for a later period.

11. GOVERNING LAW AND DISPUTES

11.1 At Customer's request this Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes will be submitted to the Kunming Arbitration Commission for arbitration in Kunming.

12. FORCE MAJEURE

12.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, including failures of public networks and the unavailability of an official reference source, provided that it informs the other party without delay and resumes performance as soon as possible. Fees are not payable for any period in which the API cannot be used because of such an event.

13. GENERAL

13.1 Notices are given in writing to the addresses above. Neither party may assign this Agreement without the other's written consent. Changes must be in writing and signed by both parties. This Agreement is made in English and Chinese, and both versions are equally authentic.

SCHEDULE - FEES AND COVERAGE

Subscription Fee: CNY 168,000 per Subscription Year, for two Subscription Years: CNY 336,000
Onboarding Fee (integration package, Adaptor and remote assistance), one-time: CNY 24,000
Total fees for the Term: CNY 360,000

Destination countries covered: Japan, the Republic of Korea, Singapore, Thailand, Malaysia, Viet Nam, the Netherlands, Russia, the United Arab Emirates and Australia.

Species groups covered: roses, carnations, chrysanthemums, lilies, gerberas, orchids (cut and potted), gypsophila, eustoma and foliage plants.

SIGNED for Vendor by: ____________________ Name and title: __________ Date: __________

SIGNED for Customer by: ____________________ Name and title: __________ Date: __________
"""

# ================================================================ labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
GOOD = dict(sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
            acceptance_clause=True, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC")

# per contract: stem, ext, lang, category, terms, extra, forum outside mainland, post-warranty fee per year (CNY)
C = {}


def add(key, stem, ext, lang, category, terms, value, sla=True, ld=True, capped=None, deemed=False, forum_out=False,
        fee_year=None):
    t = dict(GOOD)
    t.update(terms)
    assert set(t) == set(TERM_KEYS), set(TERM_KEYS) ^ set(t)
    extra = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    C[key] = dict(stem=stem, ext=ext, lang=lang, category=category, terms={k: t[k] for k in TERM_KEYS}, extra=extra,
                  forum_out=forum_out, fee_year=fee_year)


SVC = dict(warranty_months=None, post_warranty_fee_pct=None, contract_kind="service")

add("h359z01", "h359z01_veterans_affairs_preferential_care_platform", "pdf", "zh", "software",
    dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
         prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=9,
         contract_kind="goods_or_licence"),
    1680000, capped=True, fee_year=55800)
add("h359z02", "h359z02_glass_fibre_bushing_furnace_control_retrofit", "docx", "zh", "hardware",
    dict(availability_pct=None, p1_response_hours=0.25, ld_rate_per_day_pct=0.08, liability_cap_pct=200,
         prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=26,
         contract_kind="goods_or_licence"),
    2930000, capped=True, fee_year=683800)
add("h359z03", "h359z03_laundry_chain_pos_membership_saas", "txt", "zh", "cloud",
    dict(SVC, availability_pct=99.95, p1_response_hours=0.5, buyer_owns_data=False, ld_rate_per_day_pct=0.1,
         liability_cap_pct=None, prepayment_pct=None, final_payment_on_acceptance=None,
         auto_renewal_price_increase=True),
    1008000)
add("h359z04", "h359z04_medical_insurance_settlement_annual_om", "txt", "zh", "services",
    dict(SVC, availability_pct=99.5, p1_response_hours=0.25, ld_rate_per_day_pct=0.03, liability_cap_pct=None,
         prepayment_pct=None, final_payment_on_acceptance=None),
    700000)
add("h359z05", "h359z05_pickled_cabbage_qms_supplier_template", "md", "zh", "software",
    dict(availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier",
         ld_rate_per_day_pct=None, liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False,
         final_payment_on_acceptance=False, warranty_months=3, post_warranty_fee_pct=None,
         subcontract_without_consent=True, contract_kind="goods_or_licence"),
    1100000, ld=False, capped=False, deemed=True)
add("h359e01", "h359e01_kite_workshop_frame_design_licences_polish_vendor", "pdf", "en", "software",
    dict(availability_pct=None, p1_response_hours=2, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
         prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
         governing_law="Poland", contract_kind="goods_or_licence"),
    742000, capped=True, fee_year=58960)
add("h359e02", "h359e02_shuttle_bus_ticketing_saas_order_form_dutch_vendor", "md", "en", "cloud",
    dict(SVC, availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=500 / 812000 * 100,
         liability_cap_pct=6 / 36 * 100, prepayment_pct=340000 / 812000 * 100, final_payment_on_acceptance=None,
         subcontract_without_consent=True),
    812000)
add("h359e03", "h359e03_mango_farm_irrigation_sensors_portuguese_integrator", "docx", "en", "hardware",
    dict(availability_pct=None, p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
         prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=7.5,
         contract_kind="goods_or_licence"),
    1040000, capped=True, fee_year=67755)
add("h359e04", "h359e04_stationery_maker_managed_wifi_greek_provider", "md", "en", "services",
    dict(SVC, availability_pct=99.95, p1_response_hours=0.5, data_security_clause=False,
         ld_rate_per_day_pct=1500 / 2070000 * 100, liability_cap_pct=150, prepayment_pct=None,
         final_payment_on_acceptance=None, termination_for_breach=False, governing_law="Greece"),
    2070000)
add("h359e05", "h359e05_flower_auction_quarantine_permit_api_croatian_vendor", "txt", "en", "cloud",
    dict(SVC, availability_pct=None, p1_response_hours=None, sla_remedy=False, confidentiality=False,
         ld_rate_per_day_pct=300 / 360000 * 100, liability_cap_pct=150, prepayment_pct=None,
         final_payment_on_acceptance=None),
    360000, sla=False)

SOURCES_ALL = {"h359z01": H359Z01, "h359z02": H359Z02, "h359z03": H359Z03, "h359z04": H359Z04, "h359z05": H359Z05,
               "h359e01": H359E01, "h359e02": H359E02, "h359e03": H359E03, "h359e04": H359E04, "h359e05": H359E05}

# ================================================================ policy (section 3 and 4) applied to the labels
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco(c):
    """policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    t, v = c["terms"], c["extra"]["contract_value"]
    if t["contract_kind"] != "goods_or_licence" or c["fee_year"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = c["fee_year"] * years
    return dict(total=v + fees, post_warranty=fees, share=fees / (v + fees) * 100, years=years)


def rules(c):
    t, x = c["terms"], c["extra"]
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        tc = tco(c)
        if tc is not None and tc["share"] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or c["forum_out"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rs):
    sev = [SEV.get(r, "medium") for r in rs]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# what the brief asks for, fixed before writing the texts
PLANNED = {
    "h359z01": [], "h359e03": [], "h359e01": ["CR-GOVERNING-LAW"],
    "h359z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "h359z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"],
    "h359z04": ["CR-LD-LOW", "CR-SLA-AVAILABILITY"],
    "h359z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"],
    "h359e02": ["CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-SUBCONTRACT"],
    "h359e04": ["CR-DATA-SECURITY", "CR-GOVERNING-LAW", "CR-TERMINATION"],
    "h359e05": ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}

# ================================================================ threshold scan
ZN = "〇零一二两三四五六七八九十百千"
ZNB = "(?<![" + ZN + "])"
ZNA = "(?![" + ZN + "])"
D = r"(?<![\d.])"
THRESHOLD_PATTERNS = {
    "availability 99.9": [D + r"99\.9(?!\d)"],
    "P1 4 hours": [D + r"4\s*-?\s*(hours?|hrs?|h)\b", r"(?<![-\w])four\s*-?\s*hours?\b", D + r"240\s*-?\s*min",
                   D + r"4\s*个?\s*小时", ZNB + r"四\s*个?\s*小时"],
    "LD 0.05 %/day": [D + r"0\.05(?!\d)", r"万分之五" + ZNA, r"0\.05\s*per\s*cent"],
    "cap 100 %": [D + r"100\s*(%|％|per\s*cent|percent)", r"(?<![-\w])one\s+hundred\s+per\s*cent", r"百分之百", r"百分之一百" + ZNA],
    "prepayment 30 %": [D + r"30\s*(%|％|per\s*cent|percent)", r"(?<![-\w])thirty\s+per\s*cent", r"百分之三十" + ZNA, r"三成"],
    "payment share 40 %": [D + r"40\s*(%|％|per\s*cent|percent)", r"(?<![-\w])forty\s+per\s*cent", r"百分之四十" + ZNA],
    "post-warranty 15 %": [D + r"15\s*(%|％|per\s*cent|percent)", r"(?<![-\w])fifteen\s+per\s*cent", r"百分之十五" + ZNA],
    "warranty 12 months / one year": [D + r"12\s*-?\s*months?\b", r"(?<![-\w])twelve\s*-?\s*months?\b", r"(?<![-\w])one\s*-?\s*years?\b",
                                      D + r"1\s*-?\s*years?\b", D + r"12\s*个?\s*月(?!\d|日)", ZNB + r"十二\s*个\s*月",
                                      ZNB + r"一\s*年", D + r"1\s*年", r"壹年"],
    "horizon 5 years / 60 months": [D + r"5\s*-?\s*years?\b", r"(?<![-\w])five\s*-?\s*years?\b", D + r"60\s*-?\s*months?\b",
                                    r"(?<![-\w])sixty\s*-?\s*months?\b", D + r"5\s*年", ZNB + r"五\s*年", D + r"60\s*个?\s*月",
                                    ZNB + r"六十\s*个?\s*月"],
}
COMPILED = {k: [re.compile(p, re.I) for p in v] for k, v in THRESHOLD_PATTERNS.items()}


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for name, pats in COMPILED.items():
            for p in pats:
                for m in p.finditer(variant):
                    hits.append((name, variant[max(0, m.start() - 15):m.end() + 15]))
    return hits


def self_test():
    must_hit = ["可用率99.9%", "availability of 99.9 %", "4 hours", "four-hour", "240 minutes", "四小时内响应", "4小时",
                "0.05% per day", "万分之五", "100%", "百分之百", "30%", "百分之三十", "三成", "40 %", "百分之四十", "15%",
                "百分之十五", "12 months", "12-month", "twelve months", "十二个月", "12个月", "one year", "一年",
                "5 years", "five-year", "60 months", "五年", "60个月", "六十个月", "five\nyears", "十二\n个月"]
    must_not = ["24小时", "二十四小时", "24 hours", "twenty-four hours", "99.95%", "99.5%", "115%", "130%", "140%",
                "0.15%", "0.055%", "四十二个月", "2025年", "2025年12月31日", "十五日", "15 days", "150%", "三十日",
                "十四小时", "万分之五十", "14 hours", "0.5 hours", "1.5 years"]
    for s in must_hit:
        assert threshold_hits(s), s
    for s in must_not:
        assert not threshold_hits(s), (s, threshold_hits(s))


# ================================================================ read back
def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def size(text, lang):
    return len(text) if lang == "zh" else len(text.split())


OFF = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
       "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    built = {}
    for k, c in C.items():
        name = c["stem"] + "." + c["ext"]
        if c["ext"] in ("txt", "md"):
            (OUT / name).write_text(SOURCES_ALL[k], encoding="utf-8")
            print("wrote", name)
        else:
            built[k] = (name, c["ext"])
    write({k: SOURCES_ALL[k] for k in built}, built, OUT, wrap_words=True)
    used = set()
    problems = []
    print()
    for k, c in C.items():
        name = c["stem"] + "." + c["ext"]
        text = read_back(OUT / name)
        n = size(text, c["lang"])
        lo, hi = (2800, 3300) if c["lang"] == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            problems.append("%s length %d outside %d-%d" % (name, n, lo, hi))
        for h in threshold_hits(text):
            problems.append("%s threshold figure %s: %r" % (name, h[0], h[1]))
        t = c["terms"]
        for key, thr in OFF.items():
            v = t[key]
            if v is not None and abs(v - thr) < (0.02 if key == "availability_pct" else 0.02 * thr):
                problems.append("%s %s=%s near threshold %s" % (name, key, v, thr))
        if t["warranty_months"] == 60:
            problems.append(name + " warranty on the horizon")
        tc = tco(c)
        if tc is not None and abs(tc["share"] - 40) < 1:
            problems.append(name + " TCO share near 40")
        rs = rules(c)
        used.update(rs)
        if rs != sorted(PLANNED[k]):
            problems.append("%s rules %s != planned %s" % (name, rs, PLANNED[k]))
        label = {"file": name, "language": c["lang"], "category": c["category"], "expected_terms": t,
                 "expected_extra": c["extra"], "expected_rules": rs}
        (OUT / (c["stem"] + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False), encoding="utf-8")
        tcs = "" if tc is None else " TCO %.0f share %.2f%%" % (tc["total"], tc["share"])
        print("%-66s %5d %s  risk %-6s %s%s" % (name, n, "chars" if c["lang"] == "zh" else "words", risk(rs),
                                               ", ".join(rs) or "(none)", tcs))
    missing = [r for r in ALL_RULES if r not in used]
    if missing:
        problems.append("rules never fired: %s" % missing)
    kinds = sorted(len(rules(c)) for c in C.values())
    print("\nfindings per contract:", kinds)
    for p in problems:
        print("PROBLEM:", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed; every one of the 20 CR rules fires at least once")


if __name__ == "__main__":
    main()
