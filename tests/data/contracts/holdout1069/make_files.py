"""holdout1069: builds the ten held-out draft contracts from the sources below, writes their .json labels and asserts
the checks of the brief (lengths, no value or text on a policy threshold, rules derived from the labels = design list,
coverage of all 20 CR rules). Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# z01 (.pdf): 市城管局 餐厨垃圾监管平台 — platform licence + custom development, 政府采购, buyer's paper. Compliant.
H1069Z01 = """
T:餐厨垃圾全过程监管平台建设项目合同
P:合同编号：LZCG-2027-HT-0418
P:采购方式：公开招标（政府采购项目编号：LZ2027-GK-0093）
P:甲方（采购人）：临州市城市管理局
P:乙方（供应商）：杭州清衡环境科技有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据招标文件、乙方投标文件及中标通知书，双方就临州市餐厨垃圾全过程监管平台（以下简称“平台”）的软件许可及定制开发事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供餐厨垃圾监管平台软件的永久使用许可（不限用户数，部署于甲方政务云），并完成定制开发、数据对接、部署实施和培训。
P:1.2 定制开发内容包括：产生单位申报与台账管理、收运车辆轨迹与称重联动、处置厂进出场计量、异常收运预警、执法线索推送以及领导驾驶舱，具体以招标文件需求书和双方确认的需求规格说明书为准。
P:1.3 数据对接内容包括：与市环卫收运车辆GPS平台、处置厂地磅系统、市场监管部门餐饮主体登记库及市“一网统管”平台的接口开发与联调。
P:1.4 部署实施及培训包括：平台在甲方政务云的安装部署、历史台账数据的整理导入、面向市区两级城管部门及收运处置企业的操作培训（不少于6场），以及上线后30日的现场保障。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰贰拾玖万捌仟元整（¥2,298,000），为含税固定总价，包括：平台软件许可费¥1,260,000；定制开发费¥736,000；数据对接费¥214,000；部署实施及培训费¥88,000。
P:2.2 除本合同另有约定外，甲方无需另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，计¥459,600。
P:3.2 平台完成部署并通过初步验收后15个工作日内，甲方支付合同总价的45%，计¥1,034,100。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，计¥804,300。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方通过国库集中支付系统付款。
P:3.5 因乙方提交的发票或验收资料不符合要求导致付款延迟的，甲方不承担逾期付款责任。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后90日内完成平台部署、定制开发及数据对接，并提交初步验收申请。
P:4.2 乙方应按周报送项目进度，重大问题应在发现后1个工作日内书面报告甲方。
P:4.3 乙方应组建不少于8人的项目团队，项目经理应具有同类政务平台项目实施经验，并在项目实施期间常驻甲方现场；更换项目经理须事先征得甲方书面同意。
P:4.4 甲方负责提供政务云资源、办公场地及与相关部门的协调，并及时确认需求规格说明书及各阶段成果。因甲方原因导致进度延误的，工期相应顺延。
H:第五条 验收
P:5.1 初步验收由甲方组织，验收标准为：需求规格说明书所列功能全部实现；各接口连续7日数据交换无差错；在500个并发用户下，常用页面响应时间不超过2秒；乙方提交安装手册、操作手册、接口文档和源代码。
P:5.2 初步验收合格后平台试运行60日。试运行期间无一级故障，并通过甲方委托的第三方软件测评及网络安全等级保护测评后，甲方组织最终验收，出具最终验收报告。
P:5.3 平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在10个工作日内整改并重新提交验收。
P:5.4 验收所需的测试环境和测试数据由甲方配合提供，第三方测评费用由甲方承担；因乙方原因导致测评不通过而需复测的，复测费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、现场及远程技术支持。
P:6.2 质保期满后，如甲方需要，乙方按每年不超过平台软件许可费7%的价格（即每年不超过¥88,200）提供维护服务，该价格在质保期满后三个服务年度内不上调。维护合同由双方另行签订，不自动续期。
P:6.3 质保期内乙方每季度对平台进行一次巡检并提交巡检报告，并根据国家及省市关于餐厨垃圾管理的政策调整，免费完成相应的业务规则配置调整。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%（计划内维护除外，计划维护须提前3个工作日通知甲方）。
P:7.2 一级故障（平台无法访问或收运数据中断）乙方应在30分钟内响应，2小时内恢复；二级故障（部分功能不可用）2小时内响应，8小时内恢复；三级故障在3个工作日内解决。
P:7.3 响应或恢复每超时1小时，乙方向甲方支付¥1,500；月度可用率每低于约定值0.01个百分点，乙方支付¥3,000，甲方可从应付款项中直接扣除。
H:第八条 知识产权
P:8.1 平台软件的原有著作权归乙方所有，甲方在许可范围内永久使用。
P:8.2 本合同项下定制开发的功能模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和许可他人使用。
H:第九条 数据安全
P:9.1 平台采集、存储的产生单位信息、收运记录、称重数据及视频等全部数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方应落实网络安全等级保护三级要求，运维访问须经甲方审批并通过堡垒机操作，不得将数据复制出政务云。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对在履行本合同中知悉的甲方工作秘密、执法信息及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期提交初步验收申请或逾期通过最终验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付的平台经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并按合同总价的10%支付违约金。
P:11.3 乙方违反第九条约定的，除承担赔偿责任外，甲方有权解除合同；乙方支付的违约金不足以弥补甲方损失的，乙方应补足差额。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 合同解除后，乙方应在10个工作日内移交已完成的开发成果、源代码、文档及全部数据，并配合甲方完成平台过渡。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因地震、洪水、重大疫情等不可抗力不能按期履行的，受影响一方应在3日内通知对方并提供证明，双方协商延期履行或解除合同，互不承担违约责任。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同的组成部分。
P:16.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临州市城市管理局　　　　乙方（盖章）：杭州清衡环境科技有限公司
P:签订日期：2027年3月　日
"""

# z02 (.docx): 电动滑板车厂 — retrofit of production-line control systems (equipment + software), post-warranty 维保 fee.
H1069Z02 = """
T:生产线控制系统改造项目合同
P:合同编号：FX-SB-2027-031
P:甲方（买方）：常州风行电动滑板车制造有限公司
P:乙方（卖方）：苏州恒拓自动化工程有限公司
P:鉴于甲方拟对其总装车间三条电动滑板车装配线及一条电池包组装线的控制系统进行改造，乙方具备相应的设备供货、软件开发与系统集成能力，双方经友好协商，订立本合同。
H:第一条 合同标的
P:1.1 乙方负责提供PLC控制柜、伺服驱动及电机、工业交换机与边缘网关、视觉检测工作站等设备，提供产线控制软件许可，并完成设计、安装、编程、调试、联调和培训，使改造后的产线达到本合同约定的技术指标。
P:1.2 改造应在甲方指定的停线窗口内分线实施，每条产线的停线时间不得超过6个自然日。
P:1.3 乙方应在合同生效后15日内完成现场勘查，提交改造方案、电气图纸、网络拓扑及停线实施计划，经甲方书面确认后实施。
P:1.4 改造后的控制系统应与甲方现有MES系统、ERP系统及能源管理系统实现数据对接，对接接口由乙方开发，甲方及原系统供应商予以配合。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰柒拾贰万元整（¥1,720,000），含13%增值税、运输、保险、安装及调试费用。分项价格如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜改造（含程序）|4套|486,000
TB:2|伺服驱动器及电机|64套|352,000
TB:3|工业交换机及边缘网关|22台|118,000
TB:4|产线控制软件（MES接口版）许可|1套|404,000
TB:5|视觉检测工作站|8台|196,000
TB:|设备及软件小计||1,556,000
TB:6|安装、调试及联调|1项|142,000
TB:7|操作及维护培训|1项|22,000
TB:|合同总价||1,720,000
P:2.2 上述价格为固定价格，不因原材料或汇率变动而调整。
P:2.3 设备的规格型号、品牌及原产地以附件技术规格书为准，乙方不得擅自更换；确需更换的，应取得甲方书面同意，且性能不得低于原型号。
H:第三条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到达甲方现场并经甲方开箱清点签收后，甲方支付合同总价的38%。到货签收仅确认数量与外观，不视为验收。
P:3.3 全部产线通过最终验收后，甲方支付合同总价的37%。
P:3.4 余款5%作为质量保证金，于质保期满且无未决质量问题后支付。
P:3.5 乙方在每次付款前应向甲方开具合法有效的增值税专用发票，甲方在收到发票后支付相应款项。
H:第四条 交货与安装
P:4.1 乙方应于合同生效后45日内将全部设备运抵甲方现场，并于到货后60日内完成全部产线的安装调试。
P:4.2 乙方施工人员应遵守甲方现场安全、防静电及电池车间防火管理制度。
P:4.3 乙方负责设备的包装、运输、装卸及现场保管，设备在甲方签收前的毁损、灭失风险由乙方承担。
P:4.4 每条产线改造前，乙方应完成原控制程序及参数的备份；改造后如出现无法恢复生产的情况，乙方应立即按备份方案恢复原系统，由此造成的停线损失由乙方承担。
P:4.5 乙方应在每条产线改造完成后提交竣工资料，包括程序清单、电气图纸、参数表及操作维护手册。
H:第五条 验收
P:5.1 每条产线改造完成后，由甲方组织单线验收，标准为：节拍达到每台92秒以内；连续72小时生产无控制系统原因停线；视觉检测漏检率低于0.2%；各工位数据按秒级上传至甲方MES系统且与现场记录一致。
P:5.2 全部产线单线验收合格并稳定运行30日后，甲方组织最终验收并签署验收证书。
P:5.3 设备到货、安装完毕或甲方投入试生产，均不视为验收合格。
P:5.4 验收不合格的，乙方应在10日内整改完毕并重新申请验收；两次验收仍不合格的，甲方有权解除合同。验收证书签署之日为质保期起算之日。
H:第六条 质量保证
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费更换故障部件，免费修复软件缺陷。
P:6.2 质保期内，产线停线类故障（一级故障）乙方应在1小时内响应，6小时内到场处理；其他故障2个工作日内解决。响应或到场每超时1小时，乙方应支付¥800。
P:6.3 质保期内乙方每半年对全部控制柜、伺服系统和视觉检测工作站进行一次预防性巡检，并提交巡检报告。
P:6.4 乙方应在甲方所在地储备常用备件，主要包括PLC模块、伺服驱动器、交换机及视觉相机，备件清单作为合同附件。
H:第七条 质保期满后的维保服务
P:7.1 质保期满后，乙方提供年度维保服务（含备件、软件升级、定期巡检、7×24小时电话支持）。
P:7.2 年度维保费按设备及软件小计的28%计取，即每年¥435,680，该价格在质保期满后三个服务年度内固定不变。
P:7.3 维保合同由甲方根据需要逐年签订，不自动续期。
P:7.4 维保期内的服务水平和响应时限不低于本合同第6.2条的约定。
H:第八条 知识产权
P:8.1 乙方为本项目编写的PLC程序、HMI画面、接口程序及其源代码、设计文档的知识产权归甲方所有，甲方可自行修改、使用或委托第三方维护。
P:8.2 产线控制软件的原有著作权归其权利人，甲方享有永久使用许可。
P:8.3 乙方保证其提供的设备、软件及技术资料不侵犯任何第三方的知识产权；因侵权引起的索赔由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 产线生产数据、工艺参数和质量数据归甲方所有，乙方不得用于本项目以外的目的。
P:9.2 乙方远程维护须经甲方批准并通过甲方指定的VPN和堡垒机进行，不得在产线网络中安装未经甲方批准的软件。
P:9.3 因乙方原因导致数据泄露、丢失或产线网络安全事件的，乙方应在2小时内报告甲方并承担相应的赔偿责任。
P:9.4 乙方人员在甲方现场作业期间，不得拍摄产线和工艺文件，不得擅自拷贝任何生产数据。
H:第十条 保密
P:10.1 双方对在合作中知悉的对方技术资料、工艺文件和商业信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后五年。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:11.2 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:11.3 乙方提供的设备不符合约定技术规格的，甲方有权要求更换；更换期间造成的停线损失由乙方承担。
H:第十二条 分包
P:12.1 乙方不得将本合同项下主体工作分包。控制柜配线等辅助工作需分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
P:12.2 经甲方同意分包的，乙方应在开工前向甲方提交分包方资质及人员名单。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后15日内未能纠正的，甲方有权解除合同，乙方应返还已收款项并赔偿损失。
P:13.2 合同解除后，乙方应配合甲方完成已安装设备的交接及程序源代码的移交，确保甲方产线能够继续运行。
H:第十四条 不可抗力
P:14.1 因地震、台风、洪水等不可抗力不能履行合同的，受影响一方应在3日内通知对方，并在15日内提供证明，双方可协商延期履行或解除合同。
H:第十五条 法律适用和争议解决
P:15.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交常州仲裁委员会仲裁。
H:第十六条 其他
P:16.1 本合同附件包括技术规格书、设备清单、改造方案、验收大纲及备件清单，附件与本合同具有同等效力。
P:16.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：常州风行电动滑板车制造有限公司　　乙方（盖章）：苏州恒拓自动化工程有限公司
"""

# z03 (.txt): 35-store 射击体验 chain — booking and membership SaaS + 实施, two 服务年度.
H1069Z03 = """预约及会员管理系统订阅服务合同

合同编号：JZ-IT-2027-007

甲方：上海靶心文体发展有限公司（“甲方”，经营“靶心射击体验馆”连锁门店）
乙方：广州云栈信息科技有限公司（“乙方”）

甲方拟在其35家射击体验门店统一使用在线预约、会员管理及门店收银系统。乙方以软件即服务（SaaS）方式提供该系统并负责实施。双方经协商，订立本合同。

一、服务内容
（一）乙方向甲方提供“云栈场馆通”预约及会员管理SaaS服务，包括：
1. 小程序及网页端在线预约、场次及靶道排期、教练排班；
2. 会员注册、实名核验、储值、积分及会员等级管理；
3. 门店收银、枪弹耗材领用登记及日结对账；
4. 总部经营看板及各门店经营报表。
（二）实施服务包括：35家门店的系统配置、历史会员及储值数据迁移、与甲方现有收银设备及财务系统的对接、门店人员培训和上线保障。
（三）服务期为两个服务年度，自系统上线验收合格之日起计算。
（四）乙方应为甲方开通总部管理员账号及各门店账号，账号数量不限，并为甲方会员小程序提供品牌定制，包括甲方标识、界面配色及门店介绍页面。

二、合同价款
（一）订阅服务费按门店计收，每店每个服务年度人民币8,400元，35家门店每个服务年度合计人民币294,000元，两个服务年度合计人民币588,000元。
（二）实施费为人民币146,000元，一次性支付。
（三）合同总价为人民币柒拾叁万肆仟元整（¥734,000），含6%增值税。
（四）服务期内新增门店的，按每店每个服务年度8,400元按月折算计费，另行签订补充协议。
（五）除上述费用外，乙方不得以任何名义向甲方或甲方会员收取额外费用；短信通知费用已包含在订阅服务费中。

三、付款方式
（一）本合同签订后5个工作日内，甲方应一次性支付实施费及第一个服务年度订阅费，合计人民币440,000元。乙方在收到该笔款项后方启动实施工作。
（二）第二个服务年度订阅费人民币294,000元，于第二个服务年度开始前10个工作日内支付。
（三）乙方应在收款前开具增值税专用发票。
（四）甲方新增门店按第二条第（四）项计费的，费用按季度与订阅费一并结算。

四、实施与上线验收
（一）乙方应在收到第三条第（一）项款项后60日内完成全部门店的配置、数据迁移和系统对接，并提交上线验收申请。
（二）上线验收标准：
1. 35家门店全部上线，预约、会员、收银功能按需求清单逐项测试通过；
2. 迁移的会员档案、储值余额及积分与原系统逐条核对一致；
3. 与甲方财务系统对接后，连续10日门店日结数据与财务入账一致；
4. 在门店营业高峰（200个并发预约）下，预约提交响应时间不超过2秒。
（三）甲方应在收到验收申请后7个工作日内组织验收并出具书面意见。系统上线使用不视为验收合格。
（四）乙方每逾期一日完成上线验收，应按合同总价的千分之一向甲方支付违约金。
（五）乙方应指派专职项目经理负责实施，并在实施期间每周提交进度报告；门店上线前，乙方应安排人员到店指导首日营业。
（六）因甲方未按时提供门店网络条件、收银设备资料或历史数据导致实施延误的，实施期限相应顺延。

五、服务水平
（一）系统月度可用率不低于99.95%（乙方提前3日通知并安排在凌晨2:00至6:00的计划维护除外）。
（二）故障分级及响应：
1. 一级故障（全部或多家门店无法预约、收银）：30分钟内响应，2小时内恢复；
2. 二级故障（单店或单一功能不可用）：1小时内响应，8小时内恢复；
3. 三级故障（一般问题及咨询）：1个工作日内答复。
（三）月度可用率未达到约定值的，每低于0.1个百分点，乙方按当月订阅费的5%向甲方提供服务抵扣；一级故障恢复每超时1小时，乙方按当月订阅费的2%提供服务抵扣。抵扣在下一期费用中扣减，服务期最后一个月的抵扣以现金支付。
（四）乙方应提供7×24小时服务热线及在线工单系统，并按月向甲方提交服务报告，载明可用率、故障处理及抵扣情况。
（五）乙方进行版本升级前应提前5个工作日通知甲方，升级不得影响门店营业时段的正常使用。乙方每个服务年度至少进行一次灾难恢复演练，并将演练结果书面告知甲方。

六、数据权属与数据安全
（一）甲方会员信息、预约记录、交易数据及门店经营数据（“甲方数据”）归甲方所有。
（二）甲方同意，乙方可以对甲方数据进行去标识化和汇总处理，并将处理后的数据用于乙方产品改进、行业经营分析报告及向其他客户提供的对标服务；该等使用在本合同终止后仍可继续。
（三）乙方应将甲方数据存储于中国境内的数据中心，采取加密存储、访问控制、操作日志和每日备份等措施，并符合个人信息保护相关法律法规的要求。
（四）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，协助甲方履行告知和报告义务；因乙方原因造成的，乙方承担全部赔偿责任。
（五）服务期届满或合同解除后30日内，乙方应按甲方要求导出全部甲方数据交付甲方，并在甲方确认后删除。
（六）乙方处理甲方会员实名信息，应遵守个人信息保护法律法规及公安机关关于射击类场所实名登记的管理规定。

七、知识产权
（一）“云栈场馆通”平台及其版本升级的知识产权归乙方所有。
（二）乙方为甲方专门开发的接口程序、报表模板及配置方案归甲方所有，甲方可自由使用、修改并许可第三方使用。
（三）乙方保证平台及其交付成果不侵犯第三方知识产权；因此引起的纠纷由乙方负责处理并赔偿甲方损失。

八、保密
双方对在履行本合同过程中知悉的对方商业秘密和未公开信息负有保密义务，未经对方书面同意不得向第三方披露。对于甲方的营业数据和定价策略，乙方应严格限制知悉人员范围。保密义务在合同终止后三年内持续有效。

九、分包
乙方不得将本合同项下的实施服务分包给第三方；确需分包的，应事先取得甲方书面同意，乙方对经同意的分包方的行为承担全部责任。

十、责任限制
除因故意、重大过失或违反第六条导致的损失外，任何一方在本合同项下的累计赔偿责任以合同总价的两倍为限。

十一、合同期限与解除
（一）服务期届满，本合同终止。双方如需续订，应另行协商并签订书面合同，本合同不自动续期。
（二）一方严重违约，经守约方书面通知后15日内未纠正的，守约方有权书面通知解除本合同。甲方因乙方违约解除合同的，乙方应退还未履行服务期对应的订阅费。
（三）合同终止或解除时，乙方应提供不少于30日的过渡期服务，配合甲方完成数据导出及系统切换，过渡期内不另行收费。
（四）因不可抗力导致本合同无法履行的，双方可协商解除合同，互不承担违约责任。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交上海仲裁委员会仲裁。

十三、其他
本合同附件包括需求清单、上线验收标准、门店名单及服务报告模板，附件与本合同具有同等效力。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：上海靶心文体发展有限公司
乙方（盖章）：广州云栈信息科技有限公司
日期：2027年4月　日
"""

# z04 (.txt): 应急管理局 尾矿库监测系统 — annual O&M service (竞争性磋商).
H1069Z04 = """尾矿库安全在线监测系统2027年度运行维护服务合同

项目编号：YJ-CS-2027-002（竞争性磋商）
合同编号：SYJ-2027-YW-015

甲方（采购人）：石阳县应急管理局
乙方（成交供应商）：湖南岩安智能监测技术有限公司

依据《中华人民共和国政府采购法》、竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就石阳县尾矿库安全在线监测系统运行维护服务事宜达成如下协议。

第一条 服务范围
1. 服务对象为甲方建设的尾矿库安全在线监测系统，包括全县9座尾矿库的坝体表面位移GNSS监测站、浸润线监测孔、库水位计、降雨量计、视频监控点、现场太阳能供电及通信设备，以及部署在县政务云的监测预警平台软件。
2. 服务内容包括：现场设备巡检与维护、平台软件运维、故障处置、备品备件更换、监测数据质量检查、汛期保障及月度数据分析报告。
3. 服务范围内的监测设备共计：GNSS监测站27套、浸润线监测孔36个、库水位计9套、雨量计9套、视频监控点45个，详见附件二。
4. 乙方应配合甲方做好与省级尾矿库监测预警平台的数据上报工作，确保数据按规定频次上传。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，不自动续期；下一服务期的服务由甲方依法另行采购。服务期内，乙方应保持监测系统连续运行。

第三条 服务费用
1. 本合同总价为人民币肆拾柒万陆仟肆佰元整（¥476,400），包括：现场设备巡检维护费¥268,800，平台软件运维费¥96,000，备品备件费¥74,600，数据分析及报告费¥37,000。
2. 上述费用为固定总价，已包含人员、交通、食宿、通信流量、税费等全部费用。
3. 服务期内如需增加监测站点运维的，双方按本合同单价标准另行签订补充协议。

第四条 付款方式
1. 服务费按季度支付，每季度¥119,100。
2. 每季度结束后，甲方在10个工作日内组织季度考核；考核合格后15个工作日内支付该季度服务费。
3. 本合同不设预付款。
4. 乙方应在每季度考核合格后开具增值税发票，甲方通过国库集中支付方式付款。

第五条 服务要求
1. 乙方每月对每座尾矿库现场巡检不少于一次，汛期（5月至9月）每月不少于两次，巡检记录由库区企业安全员签字确认。
2. 乙方应在每年4月30日前完成全部GNSS监测站和浸润线监测设备的年度校准，并提交校准报告。
3. 乙方应在每月5日前提交上月监测数据分析报告，对异常数据提出分析意见。
4. 乙方应配备不少于4名专职运维人员，其中驻县人员不少于2名，人员名单报甲方备案，更换须经甲方同意。
5. 乙方应建立运维值班制度，汛期实行24小时值班，值班电话及负责人名单报甲方备案。
6. 乙方发现监测数据异常或触发预警的，应立即核实数据真实性，并在30分钟内通过平台及电话通知甲方值班人员和库区企业。
7. 乙方更换的备品备件应为原厂或同等性能产品，更换记录及旧件应交甲方查验。
8. 乙方应每季度对平台进行一次安全检查和数据备份恢复测试，并提交检查报告。
9. 乙方应协助甲方迎接上级部门的检查，并按要求提供运维记录和数据统计。

第六条 服务水平
1. 故障分级：一级故障指任一尾矿库的坝体位移或浸润线监测数据中断，或预警平台无法访问；二级故障指单个监测点数据异常或视频中断；三级故障指其他一般问题。
2. 响应和处置时限：一级故障，乙方应在8小时内响应，24小时内到达现场，48小时内恢复；二级故障，24小时内响应，3日内修复；三级故障，5个工作日内解决。
3. 遇暴雨、地震等极端天气的，乙方应提前安排人员驻守，确保预警信息及时推送。
4. 对于本条服务水平未达到要求的情形，甲方不扣减服务费，乙方应在甲方通知后限期整改，并提交书面整改报告。
5. 乙方每月应在服务报告中列明当月各级故障的发生时间、响应时间、恢复时间及原因分析。
6. 乙方应在县城区设立备件库，储备GNSS接收机、通信模块、蓄电池及雨量计等常用备件。

第七条 考核与验收
1. 甲方按季度对乙方进行考核，考核内容包括巡检完成率、故障处置时效、数据质量和报告质量，考核细则见附件一。
2. 服务期结束后，甲方组织年度验收，验收标准为：全年巡检记录完整；年度校准按期完成并报告合格；全年故障均已闭环处理；各项报告按时提交；平台及现场设备完好移交。验收合格后出具年度验收报告。
3. 考核不合格的，乙方应在10个工作日内整改，整改合格后方可支付当季度服务费。
4. 甲方可委托第三方机构参与年度验收，费用由甲方承担。年度验收时，乙方应提交全年运维总结报告，包括设备运行情况、故障统计分析及改进建议。

第八条 数据安全
1. 系统产生的全部监测数据、视频和预警记录归甲方所有，乙方仅可为履行本合同使用。
2. 乙方运维人员登录平台须使用实名账号并经堡垒机操作，不得导出、复制或向第三方提供监测数据。
3. 乙方应落实网络安全等级保护相关要求，发现数据泄露、篡改或系统入侵的，应在1小时内报告甲方；因乙方原因造成的，乙方承担全部法律责任及赔偿责任。
4. 服务期满或合同解除时，乙方应删除其持有的全部监测数据副本，并出具书面确认。

第九条 保密
乙方对履行本合同中知悉的尾矿库企业信息、监测数据及甲方工作信息负有保密义务，未经甲方书面同意，不得向任何第三方披露，保密义务不因合同终止而解除。乙方应与全部运维人员签订保密承诺书，并报甲方备案。

第十条 知识产权
乙方在服务中形成的分析报告、运维文档、数据处理脚本等成果归甲方所有，甲方可自由使用和修改。乙方原有运维工具软件的知识产权仍归乙方所有。

第十一条 违约责任
1. 乙方未按第五条第2项约定按期完成年度校准的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
2. 乙方未按约定提交月度报告或巡检次数不足的，应按甲方要求补足，并承担相应责任。
3. 因乙方运维不到位导致预警漏报并造成损失的，乙方应承担赔偿责任。
4. 乙方人员在库区作业违反安全规定造成人身伤害或财产损失的，由乙方承担全部责任。

第十二条 分包
乙方不得将本合同项下的服务转包或分包给第三方。

第十三条 合同解除
乙方严重违约，经甲方书面通知后10日内仍未改正的，甲方有权解除本合同，并按实际考核合格的服务期间结算费用。合同解除或终止后，乙方应在10个工作日内完成运维资料、账号权限及备品备件的移交。

第十四条 争议解决
本合同适用中华人民共和国法律。因本合同发生争议的，双方协商解决；协商不成的，依法向石阳县人民法院提起诉讼。

第十五条 安全生产
乙方应对运维人员进行安全教育培训并为其购买意外伤害保险；进入尾矿库区域作业应遵守库区企业安全管理制度，佩戴安全防护用品，严禁单人上坝作业。

第十六条 其他
1. 竞争性磋商文件、乙方响应文件、成交通知书和附件为本合同组成部分。
2. 本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

附件一：季度考核细则
附件二：监测站点及设备清单

甲方（盖章）：石阳县应急管理局
乙方（盖章）：湖南岩安智能监测技术有限公司
签订日期：2026年12月　日
"""

# z05 (.md): 油纸伞工作室 — process tracking software licence + custom development, on the supplier's own template.
H1069Z05 = """# 软件许可及定制开发合同

**（匠链软件标准合同文本 V4.0）**

合同编号：JL-XS-2027-0216

甲方：泸州云伞坊油纸伞手工艺工作室

乙方：成都匠链软件有限公司

甲方因生产管理需要，向乙方采购“匠链工序追踪系统”软件许可及定制开发服务。双方本着平等自愿原则，签订本合同，共同遵守。

## 第一条 合同内容

1.1 乙方向甲方提供“匠链工序追踪系统”标准版软件的使用许可（10个工位终端），并根据甲方油纸伞制作工艺进行定制开发。

1.2 定制开发内容包括：选竹、制骨、穿线、糊纸、绘花、上油、晾晒等工序的扫码报工与工时记录；每把伞的工序流转追溯码；订单进度看板；手艺人计件工资统计报表。

1.3 部署方式为甲方本地服务器部署，乙方负责安装、基础配置和一次集中培训。

1.4 乙方提供的软件版本为交付时的最新稳定版本。定制开发内容以双方签字确认的需求确认单为准，需求确认后的变更，乙方另行报价。

1.5 甲方应自行准备服务器、扫码终端、网络等运行环境，并按乙方提供的配置要求进行采购。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠链工序追踪系统标准版软件许可（10个工位） | 168,000 |
| 2 | 工序追溯及计件报表定制开发 | 96,000 |
| 3 | 部署安装及培训 | 16,000 |
| | 合计 | 280,000 |

合同总价为人民币贰拾捌万元整（¥280,000），含税。上述价格不含服务器、扫码枪、标签打印机等硬件费用，亦不含乙方人员第二次及以后现场服务的差旅费用。合同价款包含一次集中培训（不超过1天，地点为甲方所在地），额外培训按每人天2,000元另行收费。乙方人员首次部署的差旅费已包含在部署安装费中。

## 第三条 付款方式

3.1 本合同签订后3个工作日内，甲方向乙方支付合同总价的65%，计¥182,000，乙方收款后开始开发工作。

3.2 系统上线运行后5个工作日内，甲方支付合同总价的35%余款，计¥98,000。

3.3 甲方未按期付款的，乙方有权暂停开发、部署或技术支持服务，工期相应顺延。

3.4 乙方收款后开具增值税普通发票；甲方需要专用发票的，应在签订合同时书面告知。

## 第四条 交付与上线

4.1 乙方在收到首付款后45个工作日内完成定制开发，并在甲方现场完成部署。

4.2 因甲方需求变更、工艺资料提供不及时等原因造成延期的，交付时间相应顺延。

4.3 乙方延期交付的，应尽快安排人员继续完成交付工作，甲方同意给予合理的宽限期。

4.4 乙方交付内容包括：软件安装程序、用户操作手册及管理员账号。

4.5 甲方应指定一名联系人负责需求确认和测试，并在乙方提交需求确认单后3个工作日内确认，逾期未确认的视为确认。

4.6 乙方可根据项目进度安排开发人员远程完成开发工作，现场工作时间由乙方根据需要确定。

## 第五条 验收

5.1 系统部署完成并上线运行，即视为甲方验收合格。

5.2 甲方在上线后发现的问题，乙方在后续服务中予以处理，不影响验收结论和付款。

5.3 甲方不得以系统存在个别问题为由拒绝上线或拖延付款。甲方应在乙方提供的上线确认单上签字盖章；甲方拒绝签字的，不影响验收合格的效力。

## 第六条 免费维护期

6.1 乙方提供三个月的免费维护，自系统上线之日起计算。

6.2 免费维护期内，乙方在工作日9:00至18:00通过电话、微信或远程方式提供技术支持，并尽力及时解决甲方提出的问题。

6.3 因甲方操作不当、自行修改系统或硬件环境变化引起的问题，不属于免费维护范围。

6.4 免费维护期内的现场服务，乙方人员的差旅费用由甲方承担。

6.5 免费维护期内乙方提供一次免费的版本更新服务。

## 第七条 后续维护服务

7.1 免费维护期满后，甲方如需继续获得维护及升级服务，应与乙方签订维护服务协议。

7.2 维护服务费按乙方当年公布的维护服务价格标准收取，乙方有权根据市场和人工成本情况调整。

7.3 甲方未签订维护服务协议的，乙方不再提供软件升级及技术支持，因此造成的问题由甲方自行承担。

## 第八条 知识产权

8.1 “匠链工序追踪系统”及其全部版本的知识产权归乙方所有。

8.2 乙方根据本合同为甲方定制开发的功能模块、报表、源代码及相关文档，其知识产权均归乙方所有。甲方在本合同约定的工位范围内享有非独占的使用权，不得修改、反编译或许可他人使用。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

8.4 甲方不得对软件进行反向工程、复制或转让，亦不得超出许可的工位数量使用；超出许可范围使用的，应按乙方报价补缴许可费。未经乙方书面同意，甲方不得将本软件交由第三方进行维护或二次开发。

8.5 甲方在许可范围内使用软件所产生的业务报表，甲方可在内部自由使用。

## 第九条 数据

9.1 甲方在系统中录入和产生的订单、工序、工时及手艺人信息等数据归甲方所有，乙方不得用于本合同以外的目的。

9.2 乙方应对系统采取账号权限、密码加密和数据备份等安全措施；远程维护须经甲方同意后进行。

9.3 因乙方原因导致甲方数据泄露或丢失的，乙方应在发现后24小时内通知甲方，采取补救措施，并依法承担相应责任。

9.4 甲方应自行做好数据的日常备份。

9.5 乙方提供技术支持时，经甲方同意可访问系统中处理问题所必需的数据。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 乙方在本合同项下对甲方承担的全部赔偿责任（包括违约责任和损害赔偿）累计不超过合同总价的20%，且乙方不承担任何间接损失、利润损失或数据恢复费用。

10.3 甲方逾期付款超过30日的，乙方有权解除合同，已收取的款项不予退还。

10.4 因网络运营商、硬件供应商等第三方原因导致的交付延迟，乙方不承担违约责任。

## 第十一条 合同解除

11.1 一方严重违反本合同约定，经对方书面催告后30日内仍未纠正的，守约方有权解除本合同。

11.2 因不可抗力致使合同目的无法实现的，任何一方均可解除本合同。

11.3 合同解除后，甲方应停止使用乙方软件，并删除已安装的程序。本合同解除不影响甲方支付已到期款项的义务。

## 第十二条 不可抗力

因地震、洪水、疫情等不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，双方互不承担违约责任。受不可抗力影响的一方应采取合理措施减少损失。不可抗力事件消除后，双方应继续履行本合同。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，由双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。诉讼费、律师费及差旅费由败诉方承担。

## 第十四条 通知

双方在本合同首页载明的地址、电话及电子邮箱为有效联系方式。一方变更联系方式的，应提前3日书面通知对方；未通知的，按原联系方式送达即视为送达。

## 第十五条 其他

15.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

15.2 本合同一式两份，双方各执一份，自双方签字或盖章之日起生效。

15.3 本合同附件包括需求确认单、上线确认单和报价单。

甲方（签章）：泸州云伞坊油纸伞手工艺工作室　　　　日期：

乙方（签章）：成都匠链软件有限公司　　　　日期：
"""

# e01 (.pdf): perpetual software licence + services, vendor in Mudgee NSW. Only CR-GOVERNING-LAW.
H1069E01 = """
T:Software Licence and Implementation Agreement
P:Agreement No. VL-CN-2027-014
P:This Agreement is made between Ningxia Helan Ridge Winery Co., Ltd., a company established in the People's Republic of China with its registered office in Yinchuan, Ningxia (the "Buyer"), and VineLedger Systems Pty Ltd (ABN 41 623 118 907), a company incorporated in New South Wales, Australia, with its principal place of business at 27 Church Street, Mudgee NSW 2850 (the "Vendor").
P:Background: The Buyer operates vineyards, a winery and a bottling hall in the Helan Mountain region. The Vendor publishes VineLedger, a vineyard and winery production management system covering vineyard blocks, harvest intake, cellar operations, lot traceability, bottling and excise records. The Buyer wishes to acquire a perpetual licence to VineLedger and to have the Vendor configure, extend and implement it, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the VineLedger Enterprise edition in object code, version 9.2, with the modules listed in Annex 1, and every update and new version supplied under this Agreement.
P:1.2 "Custom Deliverables" means the Chinese-language excise and traceability reports, the interfaces to the Buyer's ERP, weighbridge and laboratory systems, the data migration scripts and all other work product created specifically for the Buyer under this Agreement, including source code and documentation.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Software by or for the Buyer, including vineyard, harvest, cellar, laboratory, inventory and sales data.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3.
P:1.5 "Severity 1 Fault" means a fault that stops harvest intake, cellar operations or bottling, or prevents use of the Software by all users.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the Buyer's own servers in China for up to 150 named users, for the internal business purposes of the Buyer and its wholly owned subsidiaries.
P:2.2 The Software and all intellectual property in it remain the property of the Vendor.
H:Article 3 Services
P:3.1 The Vendor shall perform the implementation services described in Annex 2, including requirement workshops, configuration, development of the Custom Deliverables, migration of five vintages of historical records from the Buyer's current spreadsheets and legacy system, integration testing, training of key users and administrators, and go-live support during the first harvest after go-live.
P:3.2 The implementation shall follow the project plan in Annex 3. Go-live shall take place no later than 120 days after the Effective Date, so that the system is in production before the start of the harvest.
H:Article 4 Price and Payment
P:4.1 The Contract Price is CNY 1,730,000, inclusive of all taxes payable in China and of all travel and living expenses of the Vendor's personnel, and consists of: Licence Fee CNY 1,180,000; implementation services CNY 420,000; data migration CNY 96,000; training CNY 34,000.
P:4.2 The Buyer shall pay: (a) 20% of the Contract Price (CNY 346,000) within 20 days after signature, against the Vendor's invoice and an advance payment guarantee issued by a bank in China for the same amount; (b) 45% (CNY 778,500) within 20 days after go-live; and (c) 35% (CNY 605,500) within 20 days after Final Acceptance.
P:4.3 Payments are made in CNY to the Vendor's bank account designated in its invoice. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 Before go-live the Vendor shall run the test scripts agreed in Annex 4 with the Buyer's key users. Go-live does not constitute acceptance.
P:5.2 After go-live the Software shall run in production for 45 days. Final Acceptance tests shall verify that: (a) every function in the requirement specification works as described; (b) migrated records reconcile with the source records for all five vintages; (c) every interface exchanges data without error for ten consecutive working days; (d) the excise reports are accepted by the Buyer's finance department; and (e) no Severity 1 Fault is open and none has occurred in the last 20 days of the production run.
P:5.3 If the tests are passed, the Buyer shall sign a Final Acceptance certificate within ten working days. If they are not passed, the Vendor shall correct the defects at its own cost and the tests shall be repeated. Use of the Software in production or payment of any invoice does not mean acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the specification for eighteen months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new versions and provide remote and on-site support free of charge.
P:6.2 After the Warranty Period the Buyer may order annual support and updates at a fee of 11% of the Licence Fee per year, that is CNY 129,800 per year. This fee is fixed for the first three years after the Warranty Period. Each year of support is ordered by the Buyer; there is no automatic renewal.
H:Article 7 Service Levels
P:7.1 During the Warranty Period and any support year, the Vendor shall respond to a Severity 1 Fault within one hour, at any time of day, and shall restore operation or provide a workaround within eight hours. Severity 2 Faults shall be answered within two hours and fixed within two working days. Other faults shall be fixed in the next maintenance release.
P:7.2 For each full hour by which the Vendor exceeds a response or restoration time for a Severity 1 Fault, the Vendor shall give the Buyer a service credit of CNY 1,000, which the Buyer may deduct from any amount due to the Vendor.
H:Article 8 Intellectual Property
P:8.1 All intellectual property in the Custom Deliverables vests in the Buyer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely, including through other service providers.
P:8.2 The Vendor warrants that the Software and the Custom Deliverables do not infringe third-party rights and shall indemnify the Buyer against any claim that they do.
H:Article 9 Data Protection and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not copy, disclose or use it for any other purpose.
P:9.2 All Buyer Data stays on the Buyer's servers in China. The Vendor's personnel shall access the Buyer's systems only through the Buyer's VPN, with individual accounts and multi-factor authentication, after the Buyer has approved each remote session. The Vendor shall not transfer Buyer Data outside China.
P:9.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China when handling Buyer Data, and shall keep an access log available to the Buyer.
P:9.4 The Vendor shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Buyer Data, shall help the Buyer contain and remedy it, and shall be liable for the losses caused by its breach of this Article 9.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's blending records, recipes, prices and customer lists and the Vendor's non-public product information, and shall use it only for this Agreement. This obligation continues for five years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If go-live or Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, fraud, wilful misconduct, infringement claims under Article 8.2 or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor as for its own.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice, or if the liquidated damages under Article 11.1 reach their maximum.
P:13.2 On termination under Article 13.1 the Vendor shall refund the amounts paid for services not accepted, and the Buyer keeps its licence to the Software and its rights in the Custom Deliverables delivered to date.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of New South Wales, Australia.
P:14.2 The parties shall first try to settle any dispute through negotiation between senior managers for 30 days. Any dispute not settled shall be submitted to the exclusive jurisdiction of the courts of New South Wales and the courts competent to hear appeals from them.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Modules), Annex 2 (Scope of Services), Annex 3 (Project Plan) and Annex 4 (Test Scripts), is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is signed in two English originals and comes into force on the date of the last signature (the "Effective Date").
P:For the Buyer: Ningxia Helan Ridge Winery Co., Ltd. ______________ Date: __________
P:For the Vendor: VineLedger Systems Pty Ltd ______________ Date: __________
"""

# e02 (.md): SaaS order form (Part A A1-A6 + General Terms Part B), vendor in Cooma NSW.
H1069E02 = """# SNOWLINE OPERATIONS CLOUD — ORDER FORM

**Order Form No. SOC-2027-0088**

This Order Form consists of Part A (Order Details) and Part B (General Terms). Together they form the agreement (the "Agreement") between the Provider and the Customer named below.

## PART A — ORDER DETAILS

### A1. Parties

- **Provider:** Snowline Software Pty Ltd (ABN 62 604 771 358), 14 Vale Street, Cooma NSW 2630, Australia.
- **Customer:** Jilin Songling Alpine Resort Management Co., Ltd., Songling Town, Jilin City, Jilin Province, People's Republic of China.

### A2. Subscribed Service

Snowline Operations Cloud, Enterprise tier, for one resort with up to 60 lifts, runs and rental points, comprising:

- lift-ticket and season-pass sales, with online booking through the Customer's WeChat mini-program;
- equipment rental, fitting records and returns;
- ski-school lesson booking and instructor rostering;
- resort operations dashboard (lift status, queue times, ticket scans and daily revenue);
- standard integrations with the Customer's access gates, point-of-sale terminals and finance system.

The Service is hosted for the Customer in a data centre located in mainland China operated by the Provider's hosting partner.

### A3. Subscription Term

The initial Subscription Term is two Subscription Years. The first Subscription Year starts on the Service Start Date, which is the date the Customer signs the Onboarding Acceptance certificate under Section 4 of Part B. Renewal is governed by Section 11 of Part B.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | fixed annual fee | 386,000 |
| Subscription fee, Subscription Year 2 | fixed annual fee | 386,000 |
| Onboarding services (configuration, gate and POS integration, data import, training) | fixed, one-off | 58,000 |
| **Total Fees for the initial Subscription Term** | | **830,000** |

All amounts include VAT at the applicable rate. Additional resorts or tiers require a new Order Form.

### A5. Invoicing and Payment

- The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of the invoice.
- The onboarding fee is invoiced after the Customer signs the Onboarding Acceptance certificate and is payable within 30 days of the invoice.
- No payment is due before the Service Start Date.

### A6. Key Contacts and Signature

- Provider account manager: Ms. Harriet Lowe, accounts@snowline.example
- Customer project owner: Mr. Zhao Peng, IT Manager

Signed for the Provider: ____________________  Date: __________

Signed for the Customer: ____________________  Date: __________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, including personal information of guests, pass holders and staff, that the Customer or its users enter into or generate through the Service.

1.2 "Service" means the subscribed service described in A2, including updates the Provider makes generally available.

1.3 "Subscription Year" means each period of 365 days starting on the Service Start Date or an anniversary of it.

1.4 "Priority 1 Incident" means an incident that prevents ticket sales, gate scanning or rental check-out at the resort.

### 2. Use of the Service

2.1 The Provider grants the Customer and its authorised users a non-exclusive, non-transferable right to use the Service during the Subscription Term for the Customer's resort operations.

2.2 The Customer shall keep its user credentials secure and shall not resell the Service or attempt to reverse engineer it.

### 3. Onboarding

3.1 The Provider shall complete the onboarding services within 60 days after signature of this Order Form, in accordance with the onboarding plan attached as Exhibit 1.

3.2 If onboarding is not completed within that period for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay, up to a maximum of CNY 58,000.

### 4. Onboarding Acceptance

4.1 When onboarding is complete, the parties shall run the acceptance tests in Exhibit 2, which verify that: (a) all lift-ticket products and prices are configured and sold correctly through every sales channel; (b) the access gates accept and reject passes correctly in a test of 2,000 scans; (c) imported season-pass holder records reconcile with the Customer's source list; and (d) daily revenue exported to the finance system matches the point-of-sale totals for five consecutive trading days.

4.2 The Customer shall sign the Onboarding Acceptance certificate within five working days after the tests are passed. Use of the Service before that date for training or trial sales is not acceptance.

### 5. Service Levels

5.1 The Provider shall make the Service available at least 99.5% of the time in each calendar month, excluding scheduled maintenance announced 48 hours in advance and performed between 01:00 and 05:00 China Standard Time.

5.2 The Provider shall respond to a Priority 1 Incident within 30 minutes, at any time, and restore service or provide a workaround within three hours. Priority 2 Incidents shall be answered within two hours and resolved within one business day.

5.3 If monthly availability falls below the level in Section 5.1, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.5 percentage point of shortfall, up to 50% of that monthly equivalent. If the Provider misses the Priority 1 response time, the Customer receives a credit of CNY 800 per incident. Credits are applied to the next invoice or, at the end of the Subscription Term, paid in cash.

### 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Service under this Agreement and in accordance with the Customer's instructions, and shall not use it for any other purpose.

6.2 The Provider shall store and process Customer Data only in mainland China, shall encrypt it in transit and at rest, shall restrict access to named personnel with multi-factor authentication and logged sessions, and shall maintain a security programme certified to ISO 27001.

6.3 The Provider shall notify the Customer within 12 hours after becoming aware of any security incident affecting Customer Data, shall cooperate with the Customer in meeting its obligations under the Personal Information Protection Law, and shall be responsible for losses caused by its failure to comply with this Section 6.

6.4 Within 30 days after the end of the Subscription Term the Provider shall return all Customer Data in a standard format and then delete it, and shall confirm the deletion in writing.

### 7. Intellectual Property

7.1 The Provider retains all rights in the Service and its underlying software.

7.2 Configurations, price tables, reports and integration mappings prepared specifically for the Customer belong to the Customer, which may use, modify and license them to others freely, including after the end of the Subscription Term.

### 8. Confidentiality

Each party shall keep the other party's confidential information secret, use it only for this Agreement, and disclose it only to employees and advisers who need to know it and are bound by similar obligations. This Section survives for three years after the end of this Agreement.

### 9. Subcontracting

The Provider shall not subcontract the performance of the Service, other than to the hosting partner named in A2, without the Customer's prior written consent. The Provider remains responsible for all subcontractors.

### 10. Liability

10.1 Each party's aggregate liability under this Agreement is limited to 150% of the Total Fees stated in A4.

10.2 The limit does not apply to breach of Section 6 or Section 8, to infringement of intellectual property rights, or to fraud or wilful misconduct.

### 11. Term and Renewal

11.1 This Agreement starts on signature of the Order Form and continues for the initial Subscription Term.

11.2 At the end of the initial Subscription Term, and of each renewal term, the subscription renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

11.3 For each renewal term the Provider may increase the annual subscription fee by up to 9% over the fee for the preceding Subscription Year, by notice given at least 75 days before the renewal date.

### 12. Termination

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of it.

12.2 If the Customer terminates under Section 12.1, the Provider shall refund the prepaid subscription fees for the remainder of the Subscription Year in which termination takes effect.

### 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising from this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 14. General

14.1 Neither party may assign this Agreement without the prior written consent of the other party.

14.2 Notices shall be in writing and sent to the contacts in A6.

14.3 If Part A and Part B conflict, Part A prevails.
"""

# e03 (.docx): sensors / devices + monitoring licence on the buyer's paper, vendor in Bega NSW. Compliant.
H1069E03 = """
T:Purchase Agreement for Milk Vat Monitoring Sensors and Software
P:Contract No. MY-PUR-2027-0156
P:Buyer: Inner Mongolia Mengyuan Dairy Co., Ltd., Jinshan Development Zone, Hohhot, Inner Mongolia, People's Republic of China (the "Buyer").
P:Supplier: Bega Valley Dairy Instruments Pty Ltd (ABN 18 655 204 931), 6 Ridge Street, Bega NSW 2550, Australia (the "Supplier").
P:The Buyer collects raw milk from its own farms and contracted farms through chilled collection vats. The Buyer wishes to purchase wireless temperature and level sensors, gateways and a perpetual licence to the Supplier's monitoring software, and to have them installed and commissioned, on the Buyer's standard purchase terms set out below.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the Price Schedule in clause 2.
P:1.2 "Software" means the VatWatch monitoring software, server edition, licensed under clause 3, with its mobile application.
P:1.3 "System" means the Equipment and the Software installed and configured at the Buyer's sites and data centre.
P:1.4 "Buyer Data" means all temperature, level, location, alarm and farm data collected or generated by the System.
P:1.5 "Critical Fault" means a fault that stops alarms or data collection for one or more collection sites.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the System at the 36 milk collection sites and the Buyer's data centre listed in Annex A, and train the Buyer's staff.
P:2.2 The Contract Price is CNY 1,850,000, inclusive of VAT, customs duties, freight to site, insurance and all expenses of the Supplier, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vat temperature and level sensor, stainless steel|240|3,650|876,000
TB:2|Solar-powered 4G gateway with backup battery|36|9,800|352,800
TB:3|VatWatch server licence, perpetual, unlimited sensors|1|410,000|410,000
TB:|Equipment and Software Subtotal|||1,638,800
TB:4|Installation at 36 sites|1 lot|168,000|168,000
TB:5|Commissioning, configuration and training|1 lot|43,200|43,200
TB:|Contract Price|||1,850,000
P:2.3 The Contract Price is fixed and shall not be adjusted for exchange-rate movements.
P:2.4 Items shipped from Australia shall be delivered DDP to the Buyer's warehouse, with the Supplier responsible for export and import clearance.
H:3. Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software on the Buyer's servers for the Buyer's business, with no limit on the number of sensors, sites or users.
P:3.2 The Software remains the Supplier's property. The dashboards, alarm rules, reports and the interface to the Buyer's milk receiving system developed specifically for the Buyer ("Buyer Deliverables") belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver their source code at Final Acceptance.
P:3.3 The Supplier warrants that the Software and Equipment do not infringe third-party intellectual property rights and shall indemnify the Buyer against any claim that they do.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's warehouse in Hohhot within 50 days after signature and complete installation at all 36 sites within 45 days after delivery.
P:4.2 The Supplier shall follow the Buyer's food-safety and hygiene rules at collection sites. Sensors in contact with milk shall carry food-contact certification, copies of which shall be supplied with the Equipment.
P:4.3 The Supplier shall give the Buyer an installation plan for each collection site at least ten days before work starts there, and shall coordinate with the farm operators so that milk collection is not interrupted.
H:5. Payment
P:5.1 The Buyer shall pay 10% of the Contract Price (CNY 185,000) within 15 days after signature, against an advance payment guarantee of the same amount.
P:5.2 The Buyer shall pay 55% of the Contract Price (CNY 1,017,500) within 20 days after delivery of all Equipment to the Buyer's warehouse. Signing the delivery note confirms quantities only and is not acceptance.
P:5.3 The Buyer shall pay 35% of the Contract Price (CNY 647,500) within 20 days after Final Acceptance.
H:6. Acceptance
P:6.1 After installation, the System shall run for 30 consecutive days. Final Acceptance requires that: (a) every sensor reports temperature and level at least every five minutes, with no gap longer than 30 minutes during the run; (b) temperature readings agree with a calibrated reference thermometer within 0.2 degrees Celsius at a sample of 24 vats; (c) alarms reach the responsible staff by app and SMS within 60 seconds in tests at every site; and (d) data flows correctly into the Buyer's milk receiving system.
P:6.2 If the tests are passed, the Buyer shall issue a Final Acceptance certificate within ten working days. Delivery, installation or use of the System does not amount to acceptance. Failed tests shall be repeated at the Supplier's cost after correction.
P:6.3 The Buyer may appoint an independent testing institute to witness the acceptance tests at its own cost.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for 24 months after Final Acceptance. During this period the Supplier shall repair or replace faulty Equipment, including batteries, free of charge and supply all Software updates.
P:7.2 For a Critical Fault the Supplier shall respond within one hour by phone or remote session and have a replacement device or engineer on site within 48 hours. Other faults shall be fixed within five working days.
P:7.3 The Software server shall be available at least 99.95% of the time in each calendar month during the warranty period, excluding planned maintenance agreed with the Buyer.
P:7.4 For each hour by which the Supplier exceeds the Critical Fault response time, the Supplier shall pay CNY 1,000; for each full 0.01 percentage point by which monthly availability falls below clause 7.3, the Supplier shall pay CNY 2,000. The Buyer may deduct these amounts from any payment due.
P:7.5 After the warranty period the Buyer may order annual support (repair and replacement of Equipment, Software updates and the service levels in this clause 7) at 9% of the Equipment and Software Subtotal per year, that is CNY 147,492 per year, fixed for three years after the warranty period. Support is ordered year by year and does not renew automatically.
P:7.6 The Supplier shall keep a stock of spare sensors and gateways in Hohhot sufficient to replace at least eight sensors and three gateways at any time.
H:8. Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier shall not use Buyer Data for any purpose other than performing this Agreement and shall not keep copies after the work for which it needed them.
P:8.2 The System shall send data only to the Buyer's own servers in China. Gateways shall use encrypted connections and unique device certificates. The Supplier's remote access requires the Buyer's approval for each session and takes place through the Buyer's bastion host.
P:8.3 The Supplier shall report any security incident affecting the System or Buyer Data within six hours, shall help the Buyer contain it and shall be liable for the losses caused by its breach of this clause 8.
P:8.4 At the end of the warranty period, and of any support year, the Supplier shall delete any Buyer Data it holds and confirm the deletion in writing.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential the Buyer's farm lists, milk volumes, prices and other non-public information, use it only for this Agreement, and not disclose it to third parties without the Buyer's written consent. This obligation survives termination for five years.
H:10. Delay and Liability
P:10.1 If the Supplier fails to deliver the Equipment or to achieve Final Acceptance by the dates in clause 4 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Agreement is limited to 200% of the Contract Price, except for personal injury, food-safety incidents caused by the Equipment, wilful misconduct and breach of clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of this Agreement without the Buyer's prior written consent. The Supplier is responsible for the work of approved subcontractors, including local installation crews.
H:12. Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the liquidated damages under clause 10.1 reach their maximum. The Supplier shall then refund all amounts paid for Equipment or services not accepted.
P:12.2 The Buyer may also terminate this Agreement if the Supplier becomes insolvent or ceases business.
H:13. Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be settled by negotiation; failing that, either party may submit the dispute to the Hohhot Arbitration Commission for arbitration in Hohhot. The award is final.
H:14. General
P:14.1 Annex A (Sites) and Annex B (Technical Specifications) form part of this Agreement. This Agreement is made in English and Chinese; both versions have equal force.
P:14.2 Notices shall be given in writing to the addresses stated above, and by email to the project contacts named in Annex A.
P:14.3 Neither party may assign this Agreement without the prior written consent of the other party. Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# e04 (.md): managed services over 36 months, schedules as tables, vendor in Moruya NSW.
H1069E04 = """# Managed IT Services Agreement

**Agreement No. CBI-MSA-2027-03**

**Between:**

- **Zhanjiang Haiwan Seafood Processing Co., Ltd.**, Xiashan District, Zhanjiang, Guangdong Province, People's Republic of China (the "Customer"); and
- **Eurobodalla Managed Networks Pty Ltd** (ABN 35 611 902 447), 48 Vulcan Street, Moruya NSW 2537, Australia, acting through its Shenzhen representative office and local delivery team (the "Provider").

**Background.** The Customer runs two seafood processing plants, a cold-storage warehouse and a sales office. It wishes to outsource the day-to-day operation of its IT environment to the Provider for a fixed term, on the terms below and in Schedules 1 to 3.

## 1. Definitions

1.1 **"Services"** means the managed services described in Schedule 1.

1.2 **"Term"** means 36 months from the Service Commencement Date.

1.3 **"Service Commencement Date"** means the date on which the Customer signs the transition acceptance certificate under Section 4.

1.4 **"Customer Data"** means all data of the Customer, its employees, suppliers and customers that the Provider can access while performing the Services.

1.5 **"P1 Incident"** means an incident that stops production, cold-storage monitoring, shipping or the ERP system at any site.

## 2. Services

2.1 From the Service Commencement Date the Provider shall perform the Services at the service levels in Schedule 2.

2.2 The Provider shall keep at least two engineers based in Zhanjiang during the Term, one of whom shall be available on site during each production shift.

2.3 The Provider shall hold a monthly service review with the Customer and submit a written report on incidents, changes, service-level performance and improvement actions.

2.4 The Provider shall maintain a current asset and configuration register for the Customer's environment and give the Customer read access to it at all times.

## 3. Transition

3.1 Before the Service Commencement Date the Provider shall carry out the transition activities in Schedule 1, Part B, including discovery of all assets, documentation of the network and systems, setup of monitoring tools and the service desk, and handover from the Customer's current support company.

3.2 Transition shall be complete within 75 days after signature of this Agreement. If transition is late for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,500 for each day of delay.

## 4. Transition Acceptance

4.1 Transition is accepted when: (a) every asset in the Customer's register is recorded in the Provider's configuration database and monitored; (b) the service desk has handled live tickets for ten consecutive working days in Mandarin and Cantonese; (c) backup and restore of the ERP database has been tested successfully; and (d) the network documentation has been reviewed and approved by the Customer's IT Manager.

4.2 The Customer shall sign the transition acceptance certificate within five working days after the criteria are met. Until then the Provider shall not invoice monthly charges.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. They are fixed for the Term.

5.2 The transition fee is invoiced after the Customer signs the transition acceptance certificate. Monthly service charges are invoiced monthly in arrears.

5.3 The Customer shall pay each correct invoice within 30 days after receipt. There is no advance payment under this Agreement.

5.4 Charges for additional devices are invoiced monthly in arrears together with the monthly service charge.

## 6. Service Credits

6.1 If the Provider does not meet a service level in Schedule 2 in any month, the Customer is entitled to the service credits stated in Schedule 2. Credits are deducted from the next invoice.

6.2 Service credits are a price adjustment for reduced service and do not limit the Customer's right to claim damages for the Provider's breach.

## 7. Customer Data

7.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and shall not sell, disclose or use it for any other purpose.

7.2 At the end of the Term the Provider shall return to the Customer all documentation, passwords and configuration records relating to the Customer's environment.

## 8. Intellectual Property

8.1 The Provider keeps its monitoring tools, templates and know-how that existed before this Agreement.

8.2 Documentation, runbooks, scripts and configuration files prepared specifically for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely, including to a successor provider.

## 9. Confidentiality

Each party shall keep confidential all non-public information of the other party that it receives under this Agreement, including the Customer's production volumes, customer lists and prices, and shall not disclose it to any third party without the other party's written consent, except to its professional advisers or as required by law. This Section continues to apply for three years after the end of the Term.

## 10. Personnel and Subcontracting

10.1 The Provider's personnel shall follow the Customer's site rules, including food-hygiene and cold-store safety rules.

10.2 The Provider may subcontract any part of the Services to its affiliates or to third-party contractors by giving the Customer written notice at least 14 days before the subcontractor starts work. The Provider remains responsible for the performance of its subcontractors.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the total charges payable for the Term as stated in Schedule 3.

11.2 The limit does not apply to personal injury, fraud, wilful misconduct or breach of Section 9.

## 12. Term and Termination

12.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension requires a written agreement signed by both parties.

12.2 Neither party may terminate this Agreement before the end of the Term, except by written agreement of both parties. For any breach by the Provider, the Customer's remedies are the service credits under Section 6 and damages under Section 11.

12.3 The Provider may suspend the Services if an undisputed invoice remains unpaid for 60 days after a written reminder.

12.4 On expiry of the Term the Provider shall provide up to 30 days of exit assistance at no additional charge so that the Services can be handed over to the Customer or a successor provider.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## 14. General

14.1 Schedules 1 to 3 form part of this Agreement. If they conflict with Sections 1 to 13, the Sections prevail.

14.2 Neither party may assign this Agreement without the other party's prior written consent.

14.3 Notices shall be in writing and sent to the addresses stated above, with a copy by email to each party's service manager.

Signed for the Customer: ____________________  Date: __________

Signed for the Provider: ____________________  Date: __________

## Schedule 1 — Scope of Services

| Part | Service | Description |
|---|---|---|
| A1 | Service desk | Mandarin and Cantonese service desk by phone, WeChat and portal, 06:00 to 24:00 every day; out-of-hours line for P1 Incidents |
| A2 | Network operations | Monitoring and management of 6 core and 38 access switches, 2 firewalls, 64 wireless access points and the SD-WAN links between sites |
| A3 | Server and backup | Operation of 22 virtual servers, the ERP database, daily backups and quarterly restore tests |
| A4 | End-user support | Support for 310 desktops, laptops, label printers and handheld scanners, including imaging, moves and changes |
| A5 | Plant systems support | First-line support for the cold-storage temperature monitoring and weighing systems, and coordination with their vendors |
| A6 | Patch and change | Monthly patching, change management and a change advisory meeting with the Customer |
| B | Transition | Discovery, documentation, tool setup, knowledge transfer and handover, as set out in Sections 3 and 4 |

## Schedule 2 — Service Levels and Service Credits

| Measure | Service level | Service credit |
|---|---|---|
| P1 Incident response | 30 minutes, at any time | CNY 1,200 per late response |
| P1 Incident restoration | 3 hours | CNY 2,000 per hour or part of an hour late |
| P2 Incident response | 1 hour during service desk hours | CNY 400 per late response |
| P2 Incident restoration | 8 hours | CNY 600 per late incident |
| Core network availability | 99.95% per calendar month | 3% of the monthly service charge per 0.02 percentage point short |
| Backup jobs | every scheduled job completed, or re-run the same day | CNY 1,000 per job not completed |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-off, after transition acceptance | 94,000 |
| Monthly service charge | 36 months × CNY 58,500 | 2,106,000 |
| **Total charges for the Term** | | **2,200,000** |

All charges include VAT. Additional devices above the volumes in Schedule 1 are charged at the unit rates in the Customer's price list annexed to the proposal.
"""

# e05 (.txt): data / API subscription over two Subscription Years, vendor in Inverell NSW.
H1069E05 = """DATA SUBSCRIPTION AGREEMENT

Agreement No. MAD-CN-27-019

PARTIES

Macintyre AgriData Pty Ltd (ABN 77 640 215 388), 112 Otho Street, Inverell NSW 2360, Australia ("AgriData").

Heilongjiang Heitu Grain Trading Co., Ltd., Songbei District, Harbin, Heilongjiang Province, People's Republic of China (the "Customer").

BACKGROUND

AgriData compiles and publishes agricultural data sets, including satellite-derived crop condition indices, gridded weather observations and forecasts, soil-moisture estimates and yield forecasts, and makes them available through an application programming interface (the "API"). The Customer buys and stores maize, soybean and rice and wishes to use the data in its procurement, storage and risk-management systems. The parties therefore agree as follows.

1. DEFINITIONS

1.1 "Data" means the data sets listed in Schedule A, as updated by AgriData from time to time, delivered through the API or by bulk file download.

1.2 "Subscription Year" means each of the two consecutive periods of 365 days starting on the Start Date and on its first anniversary.

1.3 "Start Date" means the date on which AgriData issues production API credentials to the Customer after Integration Acceptance under clause 4.

1.4 "Customer Data" means field boundaries, storage locations, contract volumes and any other data that the Customer uploads to the API or that the API generates from the Customer's queries.

1.5 "Priority 1 Fault" means a fault that makes the API unavailable to the Customer or stops the delivery of daily Data updates.

2. SUBSCRIPTION

2.1 AgriData grants the Customer a non-exclusive, non-transferable licence during the two Subscription Years to access the Data through the API, to store it in the Customer's own systems, and to use it and analyses derived from it for the internal business purposes of the Customer and its subsidiaries in mainland China.

2.2 The Customer may call the API up to 600,000 times per calendar month. AgriData may throttle calls above that volume but shall not charge for them without a written amendment.

2.3 The Customer shall not resell the Data or publish it in raw form. Charts and reports containing limited extracts of the Data may be shared with the Customer's banks, insurers and auditors.

2.4 On expiry of the Subscription Term the Customer may keep and continue to use, for internal purposes, the Data received during the Subscription Term.

2.5 AgriData may improve, replace or discontinue individual data sets, provided that the Data as a whole is not materially reduced. Where a data set in Schedule A is discontinued, AgriData shall provide an equivalent data set or reduce the fees proportionately.

3. INTEGRATION SUPPORT

3.1 AgriData shall provide integration support to connect the API to the Customer's grain procurement platform and storage management system, including mapping of the Customer's 1,800 field and depot locations to the AgriData grid, a test environment, sample code and two days of training for the Customer's developers.

3.2 AgriData shall make the test environment available within ten days after signature and shall complete integration support within 45 days after signature.

3.3 If the Start Date is delayed beyond 60 days after signature for reasons attributable to AgriData, AgriData shall pay the Customer CNY 500 for each day of delay.

4. INTEGRATION ACCEPTANCE

4.1 The Customer shall test the integration against the acceptance criteria in Schedule C, which require that: (a) every data set in Schedule A is received for all mapped locations for five consecutive days; (b) the daily update arrives before 06:00 China Standard Time on each of those days; (c) the API answers a sample of 10,000 test calls with a median response time below 800 milliseconds; and (d) values received match AgriData's reference extract for the same dates.

4.2 The Customer shall confirm Integration Acceptance in writing within five working days after the criteria are met. Use of the test environment is not acceptance.

5. FEES AND PAYMENT

5.1 The fees are: subscription fee for Subscription Year 1, CNY 268,000; subscription fee for Subscription Year 2, CNY 268,000; integration support, CNY 34,000; total fees for the Subscription Term, CNY 570,000. All fees include VAT.

5.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. The integration support fee is invoiced after Integration Acceptance. The Customer shall pay each invoice within 30 days after receipt.

5.3 The fees are fixed for the two Subscription Years.

6. SERVICE LEVELS

6.1 AgriData shall make the API available at least 99.95% of the time in each calendar month, measured at AgriData's API gateway and excluding maintenance announced at least 72 hours in advance and performed between 22:00 and 02:00 China Standard Time.

6.2 AgriData shall respond to a Priority 1 Fault within one hour after it is reported, at any time, and restore the API or daily updates within six hours. Other faults shall be answered within one business day.

6.3 For each 0.1 percentage point by which monthly availability falls below the level in clause 6.1, the Customer shall receive a service credit of 5% of the monthly equivalent of the current subscription fee. For each late response to a Priority 1 Fault the Customer shall receive a service credit of CNY 500. Credits are deducted from the next invoice or paid at the end of the Subscription Term.

6.4 AgriData shall publish a monthly service report showing availability, fault tickets, their response and restoration times and any credits due.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. AgriData shall use Customer Data only to provide the Data and the API to the Customer, shall not combine it with data of other customers and shall not use it for any other purpose, including model training or benchmarking.

7.2 AgriData shall host the Customer's API tenant and all Customer Data in a cloud region in mainland China, shall encrypt Customer Data in transit and at rest, shall restrict access to named personnel using multi-factor authentication, and shall keep access logs for at least 180 days.

7.3 AgriData shall notify the Customer within 24 hours after it becomes aware of any security breach affecting Customer Data, shall take prompt steps to contain it, and shall be responsible for the Customer's losses caused by its failure to comply with this clause 7.

7.4 Within 30 days after the end of the Subscription Term, AgriData shall return Customer Data to the Customer in CSV format and then delete it.

8. INTELLECTUAL PROPERTY

8.1 AgriData owns the Data, the API and its data models.

8.2 The location mapping tables, custom data extracts and integration code developed specifically for the Customer under clause 3 belong to the Customer, which may use, modify and license them freely.

9. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information received in connection with this Agreement, including the Customer's locations and volumes and AgriData's pricing and methodology, and shall not disclose it except to its employees and advisers who need to know it. This obligation survives for three years after the end of this Agreement.

10. SUBCONTRACTING

AgriData shall not subcontract the provision of the API or the hosting of Customer Data without the Customer's prior written consent. AgriData remains responsible for every subcontractor it uses.

11. LIABILITY

11.1 AgriData gives no warranty that forecasts and estimates in the Data will prove accurate, but warrants that the Data is compiled with reasonable skill and care in accordance with the methodology described in Schedule B.

11.2 AgriData's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the total fees paid by the Customer under this Agreement in the six months immediately preceding the event giving rise to the claim.

11.3 Neither party is liable for indirect or consequential loss, including loss of trading profit.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new written agreement.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of the breach.

12.3 If the Customer terminates under clause 12.2, AgriData shall refund the subscription fee paid for the remainder of the current Subscription Year.

12.4 On termination or expiry AgriData shall revoke the Customer's API credentials and the Customer shall stop calling the API.

13. GOVERNING LAW AND JURISDICTION

13.1 This Agreement is governed by the laws of New South Wales, Australia.

13.2 The parties submit to the exclusive jurisdiction of the courts of New South Wales sitting in Sydney for any dispute arising out of or in connection with this Agreement.

14. GENERAL

14.1 Schedules A (Data Sets), B (Methodology) and C (Acceptance Criteria) form part of this Agreement.

14.2 Notices shall be given in writing in English to the addresses above, with a copy by email to the contacts named in Schedule A.

14.3 Any amendment must be in writing and signed by both parties.

14.4 Neither party may assign this Agreement without the other party's prior written consent.

SIGNATURES

For Macintyre AgriData Pty Ltd: ____________________  Date: __________

For Heilongjiang Heitu Grain Trading Co., Ltd.: ____________________  Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, formats and labels.
NAMES = {
    "z01": ("h1069z01_city_food_waste_supervision_platform", "pdf", H1069Z01),
    "z02": ("h1069z02_escooter_line_control_retrofit", "docx", H1069Z02),
    "z03": ("h1069z03_shooting_range_booking_membership_saas", "txt", H1069Z03),
    "z04": ("h1069z04_tailings_dam_monitoring_annual_om", "txt", H1069Z04),
    "z05": ("h1069z05_oil_paper_umbrella_tracking_supplier_template", "md", H1069Z05),
    "e01": ("h1069e01_winery_licence_mudgee_vendor", "pdf", H1069E01),
    "e02": ("h1069e02_ski_resort_saas_order_form_cooma_vendor", "md", H1069E02),
    "e03": ("h1069e03_dairy_vat_sensors_bega_vendor", "docx", H1069E03),
    "e04": ("h1069e04_seafood_managed_services_moruya_vendor", "md", H1069E04),
    "e05": ("h1069e05_crop_data_api_inverell_vendor", "txt", H1069E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

G, S = "goods_or_licence", "service"
# (category, terms in TERM_KEYS order, extra, design: fee base, forum outside mainland, expected rules)
LABELS = {
    "z01": ("software",
            [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 7, False, True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2298000),
            dict(fee_base=1260000, forum_outside=False, rules=[])),
    "z02": ("hardware",
            [None, 1, True, "buyer", True, True, True, 0.03, None, 20, True, True, 18, 28, False, True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1720000),
            dict(fee_base=1556000, forum_outside=False,
                 rules=["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"])),
    "z03": ("cloud",
            [99.95, 0.5, True, "buyer", True, False, True, 0.1, 200, 440000 / 734000 * 100, True, None, None, None,
             False, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=734000),
            dict(fee_base=None, forum_outside=False, rules=["CR-DATA-OWNERSHIP", "CR-PREPAYMENT"])),
    "z04": ("services",
            [None, 8, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, False,
             "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=476400),
            dict(fee_base=None, forum_outside=False, rules=["CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE"])),
    "z05": ("software",
            [None, None, False, "supplier", True, True, False, None, 20, 65, False, False, 3, None, False, True, None,
             "PRC", G],
            dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                 contract_value=280000),
            dict(fee_base=168000, forum_outside=False,
                 rules=["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING",
                        "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING",
                        "CR-SLA-RESPONSE", "CR-WARRANTY"])),
    "e01": ("software",
            [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False,
             "New South Wales", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1730000),
            dict(fee_base=1180000, forum_outside=True, rules=["CR-GOVERNING-LAW"])),
    "e02": ("cloud",
            [99.5, 0.5, True, "buyer", True, True, True, 600 / 830000 * 100, 150, None, True, None, None, None, True,
             True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=830000),
            dict(fee_base=None, forum_outside=False, rules=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"])),
    "e03": ("hardware",
            [99.95, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 9, False, True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1850000),
            dict(fee_base=1638800, forum_outside=False, rules=[])),
    "e04": ("services",
            [99.95, 0.5, True, "buyer", False, True, True, 1500 / 2200000 * 100, 150, None, True, None, None, None,
             False, False, True, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2200000),
            dict(fee_base=None, forum_outside=False,
                 rules=["CR-DATA-SECURITY", "CR-SUBCONTRACT", "CR-TERMINATION"])),
    "e05": ("cloud",
            [99.95, 1, True, "buyer", True, True, True, 500 / 570000 * 100, 6 / 24 * 100, None, True, None, None, None,
             False, True, False, "New South Wales", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=570000),
            dict(fee_base=None, forum_outside=True, rules=["CR-GOVERNING-LAW", "CR-LIABILITY-CAP"])),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}

# Policy §3 thresholds (defaults of the shipped pack).
TH = dict(availability=99.9, p1=4, ld=0.05, cap=100, prepay=30, warranty=12, pwf=15, tco=40, horizon=5)


def tco(terms, extra, design):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence / hardware subtotal. Returns (total, post-warranty share %) or None when not computable."""
    if terms["contract_kind"] != G or terms["post_warranty_fee_pct"] is None or terms["warranty_months"] is None:
        return None
    years = max(0.0, TH["horizon"] - terms["warranty_months"] / 12)
    fees = years * terms["post_warranty_fee_pct"] / 100 * design["fee_base"]
    total = extra["contract_value"] + fees
    return total, fees / total * 100


def derive_rules(terms, extra, design):
    """My reading of policy §3 and of "Where rules apply, and how clauses are read"."""
    r = set()
    goods = terms["contract_kind"] == G
    if not extra["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if terms["availability_pct"] is not None and terms["availability_pct"] < TH["availability"]:
        r.add("CR-SLA-AVAILABILITY")
    if terms["p1_response_hours"] is None or terms["p1_response_hours"] > TH["p1"]:
        r.add("CR-SLA-RESPONSE")
    if extra["sla_clause"] and not terms["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if terms["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not terms["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if terms["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not terms["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not extra["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif terms["ld_rate_per_day_pct"] is not None and terms["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if terms["liability_cap_pct"] is not None and terms["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if terms["prepayment_pct"] is not None and terms["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if (not terms["acceptance_clause"] or extra["acceptance_deemed_on_delivery"]
            or terms["final_payment_on_acceptance"] is False):
        r.add("CR-ACCEPTANCE")
    if goods:
        if terms["warranty_months"] is None or terms["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        if (terms["post_warranty_fee_pct"] is None or not extra["post_warranty_fee_capped"]
                or terms["post_warranty_fee_pct"] > TH["pwf"]):
            r.add("CR-POST-WARRANTY-FEE")
        t = tco(terms, extra, design)
        if t is not None and t[1] > TH["tco"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if terms["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not terms["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if terms["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (terms["governing_law"] not in (None, "PRC")) or design["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(x, "medium") for x in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan: no text may state a policy threshold figure (raw, whitespace-collapsed and whitespace-free).
NUM_L = r"(?<![0-9.,])"
PATTERNS = [
    r"99\.9(?![0-9])",
    NUM_L + r"(?:30|15|40|100)(?:\.0+)?\s*(?:%|％|percent|per\s*cent)",
    r"百分之(?:三十|十五|四十|一百|百)(?![点零一二三四五六七八九十])",
    NUM_L + r"0?\.050*\s*(?:%|％|percent|per\s*cent|percentage)",
    r"万分之五(?![十])", r"千分之零点五", r"千分之0\.5",
    NUM_L + r"4\s*(?:-\s*)?(?:hours?|hrs?|h\b|小时|个小时)",
    r"(?<![0-9一二三四五六七八九十])四\s*个?\s*小时", r"\bfour\s*(?:\(4\)\s*)?(?:-\s*)?hours?",
    NUM_L + r"12\s*(?:-\s*)?(?:months?|个月)",
    r"十二\s*个?\s*月", r"\btwelve\s*(?:\(12\)\s*)?(?:-\s*)?months?", r"一\s*年(?!度)", r"\bone[\s-]*year",
    NUM_L + r"1\s*(?:-\s*)?years?\b", r"1\s*年(?!度)(?![0-9])",
]
SCAN = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "可用率99.9％", "30%", "支付30 %", "15%", "40 %", "100%", "百分之三十", "百分之一百", "0.05%",
            ".05 %", "万分之五", "4 hours", "4-hour", "四小时", "4小时", "four (4) hours", "12 months", "12-month",
            "12个月", "十二个月", "twelve months", "一年", "one year", "one-year", "1 year"]
MUST_MISS = ["99.95%", "99.5%", "130%", "115%", "0.15%", "24 hours", "14 hours", "24小时", "0.08%", "万分之三",
             "2027年12月31日", "112 months", "35%", "2.5%", "一年度", "第一服务年度", "every 4G gateway", "20 years"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in SCAN.finditer(variant)]
    return hits


def self_test():
    for s in MUST_HIT:
        assert scan(s), "must hit: " + s
    for s in MUST_MISS:
        assert not scan(s), "must miss: %s -> %s" % (s, scan(s))


# ---------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


# Price and payment arithmetic of every draft (each tuple: parts, total).
SUMS = [
    ((1260000, 736000, 214000, 88000), 2298000), ((459600, 1034100, 804300), 2298000),
    ((486000, 352000, 118000, 404000, 196000), 1556000), ((1556000, 142000, 22000), 1720000),
    ((20, 38, 37, 5), 100), ((0.28 * 1556000,), 435680),
    ((35 * 8400,), 294000), ((2 * 294000, 146000), 734000), ((146000, 294000), 440000),
    ((268800, 96000, 74600, 37000), 476400), ((4 * 119100,), 476400),
    ((168000, 96000, 16000), 280000), ((182000, 98000), 280000),
    ((1180000, 420000, 96000, 34000), 1730000), ((346000, 778500, 605500), 1730000), ((0.11 * 1180000,), 129800),
    ((386000, 386000, 58000), 830000),
    ((240 * 3650, 36 * 9800, 410000), 1638800), ((1638800, 168000, 43200), 1850000),
    ((185000, 1017500, 647500), 1850000), ((0.09 * 1638800,), 147492),
    ((94000, 36 * 58500), 2200000), ((268000, 268000, 34000), 570000),
]


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    for parts, total in SUMS:
        assert abs(sum(parts) - total) < 1e-6, (parts, total)
    sources, targets = {}, {}
    for key, (stem, ext, src) in NAMES.items():
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (stem + "." + ext, ext)
        else:
            (OUT / (stem + "." + ext)).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", stem + "." + ext)
    write(sources, targets, OUT, wrap_words=True)

    seen, problems = set(), []
    for key, (stem, ext, src) in NAMES.items():
        lang = "zh" if key.startswith("z") else "en"
        category, values, extra, design = LABELS[key]
        terms = dict(zip(TERM_KEYS, values))
        assert len(values) == len(TERM_KEYS)
        # label values never on a threshold
        assert terms["availability_pct"] != TH["availability"] and terms["p1_response_hours"] != TH["p1"]
        assert terms["ld_rate_per_day_pct"] != TH["ld"] and terms["liability_cap_pct"] != TH["cap"]
        assert terms["prepayment_pct"] != TH["prepay"] and terms["warranty_months"] != TH["warranty"]
        assert terms["post_warranty_fee_pct"] != TH["pwf"]
        t = tco(terms, extra, design)
        if t is not None:
            assert abs(t[1] - TH["tco"]) > 2, (key, t)
        if terms["contract_kind"] == S:
            assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in extra
        rules = derive_rules(terms, extra, design)
        if rules != sorted(design["rules"]):
            problems.append((key, rules, design["rules"]))
        seen.update(rules)
        # text checks
        text = read_back(OUT / (stem + "." + ext))
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((key, "length", n))
        hits = scan(text) + scan(src)
        if hits:
            problems.append((key, "threshold text", sorted(set(hits))))
        label = {"file": stem + "." + ext, "language": lang, "category": category, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False), encoding="utf-8")
        print("%s %-4s %5d  %-6s tco=%s  %s" % (key, ext, n, risk(rules),
                                                 None if t is None else "%.0f / %.1f%%" % t, ", ".join(rules)))
    missing = set(ALL_RULES) - seen
    if missing:
        problems.append(("coverage", sorted(missing)))
    assert not problems, problems
    print("all checks passed")


if __name__ == "__main__":
    main()
