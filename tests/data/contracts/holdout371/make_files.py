"""holdout371: ten ordinary draft contracts (5 zh, 5 en) written blind, with their labels.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
Writes the ten contracts and their .json labels, reads every built file back, checks lengths, threshold figures,
price sums and the expected rules (derived from the labels by my own reading of policy.md, not by project code).
"""
import sys; sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# ---------------------------------------------------------------- z01 (.pdf, 第X条 + 1.1), buyer's paper, compliant
Z01 = """T:澄川市全民健康信息平台建设项目政府采购合同
P:合同编号：CCWJ-ZFCG-2025-017    项目编号：CCZC2025-GK-0342（公开招标）
P:甲方（采购人）：澄川市卫生健康委员会    地址：澄川市滨江中路88号
P:乙方（中标供应商）：杭州禾岐医疗信息技术有限公司    地址：杭州市西湖区文三路478号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目招标文件、乙方投标文件及中标通知书，甲乙双方在平等、自愿的基础上协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设澄川市全民健康信息平台，内容包括平台基础软件部署、居民电子健康档案共享调阅、区域检查检验结果互认、卫生健康监管驾驶舱、数据治理，以及全市42家医疗卫生机构的数据接入。
P:1.2 项目应符合国家卫生健康委全民健康信息平台功能指引、区域卫生信息互联互通标准化成熟度测评要求及网络安全等级保护第三级要求。
P:1.3 招标文件、投标文件、澄清及承诺文件、中标通知书均为本合同的组成部分；上述文件内容不一致的，以对甲方更为有利的约定为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币3,918,000元（大写：叁佰玖拾壹万捌仟元整），为固定总价，已包含软件许可、定制开发、数据治理与接入、测评配合、培训、税费以及质保期内的全部服务费用，甲方不再另行支付其他费用。
P:2.2 分项价格如下：
TB:序号|项目|金额（元）
TB:1|平台基础软件许可（主索引、数据中台、交换平台，永久许可）|1,860,000
TB:2|定制开发（健康档案调阅、检查检验互认、监管驾驶舱）|1,240,000
TB:3|数据治理及42家机构接入|686,000
TB:4|等保测评及商用密码应用安全性评估配合|94,000
TB:5|培训|38,000
TB:|合计|3,918,000
H:第三条 付款方式
P:3.1 本合同签订且乙方向甲方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%，即783,600元，作为预付款。
P:3.2 平台完成部署、42家机构全部接入并通过初步验收后，甲方支付合同总价的45%，即1,763,100元。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即1,371,300元。
P:3.4 乙方应在每次付款前开具等额合法发票。因财政资金拨付程序造成的合理延迟，不视为甲方违约。
H:第四条 实施进度
P:4.1 乙方应在合同签订后150日内完成平台部署及全部机构接入，具备初步验收条件。
P:4.2 乙方应在合同签订后10个工作日内提交实施方案，经甲方确认后执行。乙方项目经理应常驻甲方现场，未经甲方同意不得更换。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件技术要求所列功能逐项实现；（2）42家机构诊疗数据按日上传，字段完整性和一致性核查合格；（3）在500个并发用户下健康档案调阅响应时间不超过3秒；（4）通过第三方网络安全等级保护测评和商用密码应用安全性评估。
P:5.2 初步验收通过后平台试运行90日，试运行期间未发生一级故障的，由甲方组织专家按前款标准及试运行记录进行最终验收，并出具书面验收报告。
P:5.3 平台上线运行、甲方使用平台或支付款项，均不视为验收合格。验收不合格的，乙方应在15日内完成整改并申请重新验收，由此产生的费用由乙方承担。
H:第六条 质量保证与技术服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、季度巡检、安全加固和技术支持。
P:6.2 质保期内平台月可用率不低于99.98%，经甲方书面同意的计划内维护时间不计入不可用时间。
P:6.3 故障分级及处理时限：一级故障（平台整体不可用或机构数据上传全面中断），乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障，2小时内响应，24小时内解决；三级故障，在下一版本中修复。
P:6.4 乙方未达到前款时限的，每超时1小时向甲方支付违约金1,000元；月可用率每低于承诺值0.01个百分点，乙方支付违约金2,000元。上述款项甲方可从应付款中直接扣除。
P:6.5 质保期满后，甲方如需乙方继续提供运维服务，年度运维服务费不超过平台基础软件许可费的8%（即每年不超过148,800元），且前两个运维年度价格固定不变。运维服务另行签订合同，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的软件、源代码、接口程序、数据模型及技术文档的知识产权归甲方所有。乙方应在最终验收时移交完整源代码及编译说明，甲方可自行或委托第三方使用、修改和维护。
P:7.2 平台基础软件的知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖澄川市卫生健康系统全部机构。
P:7.3 乙方保证交付成果不侵犯任何第三方的合法权利；由此引起的纠纷由乙方负责处理，并赔偿甲方的全部损失。
H:第八条 数据安全
P:8.1 平台汇聚的居民健康数据、业务数据、日志及由此产生的衍生数据均归甲方所有。乙方仅可为履行本合同处理上述数据，不得复制、留存、向第三方提供或用于其他任何目的。
P:8.2 乙方应按网络安全等级保护第三级要求落实安全措施，包括访问权限最小化、敏感字段加密存储、运维操作经堡垒机审计，所有运维人员须签署安全承诺书并接受甲方背景审查。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取补救措施。因乙方原因造成安全事件的，乙方承担全部责任，包括甲方因此承担的行政处罚及对第三方的赔偿。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、网络架构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同的终止而解除。
H:第十条 违约责任
P:10.1 乙方未按第四条约定期限具备初步验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 乙方交付成果不符合约定且整改后仍不合格的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二向乙方支付利息。
H:第十一条 分包与转让
P:11.1 本项目不允许分包。乙方不得将本合同的全部或部分义务转让或委托给任何第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方承担违约责任。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效，并按规定在政府采购指定媒体公告、报财政部门备案。
P:甲方（盖章）：澄川市卫生健康委员会    授权代表：__________    日期：____年__月__日
P:乙方（盖章）：杭州禾岐医疗信息技术有限公司    授权代表：__________    日期：____年__月__日
"""

# ---------------------------------------------------------------- z02 (.docx, 一、/（一）, Word price table)
Z02 = """T:制瓶机组控制系统改造合同
P:合同编号：JXBL-SB-2025-031
P:甲方：宿迁晶玺玻璃制品有限公司    住所：宿迁市宿豫经济开发区珠江路16号
P:乙方：无锡恒拓自动化工程有限公司    住所：无锡市新吴区菱湖大道200号
P:鉴于甲方现有6台行列式制瓶机的机械定时及气动拨瓶系统老化、停机频繁，甲方决定实施电子伺服控制改造；乙方具有同类改造经验并愿意承接。双方经友好协商，就改造工程事宜订立本合同。
H:一、改造范围
P:（一）乙方负责6台十组双滴行列式制瓶机的控制系统改造，包括电子定时系统、伺服拨瓶机构、供料机伺服驱动、PLC及I/O、操作触摸屏、上位监控软件的供货、旧系统拆除、安装、调试和工艺参数整定。
P:（二）改造分三批在甲方计划停炉检修窗口内实施，每批两台，每台机组停机时间不超过72小时；全部改造应在合同生效后120日内完成。
P:（三）乙方应提交设备清单、电气图纸、程序说明及操作维护手册各三套，并对甲方操作工和电工进行培训。
P:（四）乙方在施工前应对每台机组的现有机构、气路、电气接口进行现场勘察，编制改造方案报甲方确认；方案应包含停机计划、回退措施和对甲方生产的影响评估。
P:（五）新系统应保留与甲方现有退火炉、检验机的信号接口，并能向甲方生产管理系统上传机速、产量和故障停机记录。
H:二、合同价格
P:（一）合同总价为人民币2,200,000元（含增值税），为固定价格。明细如下：
TB:序号|名称|数量|金额（元）
TB:1|伺服驱动器及伺服电机（含供料机、拨瓶机）|6套|1,120,000
TB:2|PLC控制器及I/O模块|6套|386,000
TB:3|操作触摸屏及工控机|6套|148,000
TB:4|电子定时控制软件许可（永久）|6套|266,000
TB:|软硬件小计||1,920,000
TB:5|安装调试及旧系统拆除|1项|218,000
TB:6|工艺参数整定及操作培训|1项|62,000
TB:|合计||2,200,000
P:（二）上述价格已包含运输、保险、装卸、安装辅材及乙方人员差旅费用。
H:三、付款方式
P:（一）合同生效后10日内，甲方支付合同总价的20%，即440,000元，作为预付款。
P:（二）全部设备到货并完成安装后，甲方支付合同总价的45%，即990,000元。到货及安装不代表甲方对质量的认可。
P:（三）全部机组通过最终验收后，甲方支付合同总价的35%，即770,000元。
P:（四）乙方应在每期付款前开具等额增值税专用发票。
H:四、验收
P:（一）每台机组改造完成后连续生产168小时，须满足：机速达到每分钟不低于设计值；定时精度误差不超过正负0.1度；因控制系统原因停机累计不超过2小时；成品合格率不低于改造前三个月的平均水平。
P:（二）六台机组全部通过单机验收后，再经30日综合运行，由甲方组织最终验收，双方签署验收证书。
P:（三）设备安装完成、试生产或甲方付款，均不视为验收合格。验收不合格的，乙方应在10日内整改并重新验收。
H:五、质量保证与售后服务
P:（一）质保期为十八个月，自最终验收之日起算。质保期内乙方免费更换故障部件、修复软件缺陷并每季度巡检一次。
P:（二）一级故障（制瓶机组因控制系统原因整机停机）：乙方接到通知后1小时内响应，6小时内到达现场；二级故障（单组或单个机构异常）8小时内响应，48小时内到场处理。
P:（三）乙方未按前款时限响应或到场的，每超时1小时向甲方支付违约金2,000元。
P:（四）质保期满后，乙方提供年度维保服务。年度维保费为人民币480,000元，即软硬件小计的25%，按年签订，维保期内价格固定不变。维保内容包括季度巡检、备件更换、软件升级及7×24小时电话支持。
H:六、知识产权
P:（一）乙方为本项目编写的PLC程序、定时曲线配置及上位监控画面归甲方所有，乙方应交付源程序及注释，甲方可自行修改或委托他人维护。
P:（二）电子定时控制软件的著作权归乙方或其许可方，甲方获得永久、不可撤销的使用许可。
H:七、数据安全与保密
P:（一）控制系统采集的工艺参数、产量及设备运行数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:（二）乙方远程诊断须经甲方逐次书面批准，通过甲方指定的VPN和工业防火墙进行，并保留完整操作日志；乙方不得在控制网络中设置任何远程后门或未声明的通信功能。
P:（三）发生数据泄露或控制系统遭受网络攻击的，乙方应在2小时内通知甲方并协助处置；因乙方原因造成的，乙方承担全部赔偿责任。
P:（四）双方对履约中获得的对方技术资料和商业信息负有保密义务，保密期至合同终止后三年。
H:八、违约责任
P:（一）乙方逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）乙方在本合同项下的累计赔偿责任以合同总价的1.5倍为限，但人身伤害及乙方故意或重大过失造成的损失除外。
H:九、分包
P:乙方不得分包。旧设备拆除、吊装等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包方的行为负责。
H:十、合同解除
P:乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同并要求乙方赔偿损失。
H:十一、争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，提交宿迁仲裁委员会仲裁。
H:十二、安全生产与现场管理
P:（一）乙方人员进入甲方厂区应遵守甲方安全生产、消防及热端作业管理制度，佩戴劳保用品，动火、登高和带电作业须办理作业票。
P:（二）改造期间乙方应做好旧设备的标识、拆除和移交，拆除的旧部件归甲方所有，由乙方搬运至甲方指定仓库。
P:（三）因乙方违反安全规定造成人身伤害或财产损失的，由乙方承担责任；乙方应为其现场人员购买意外伤害保险。
P:（四）乙方应指定一名项目经理负责现场协调，每周向甲方提交改造进度报告，说明已完成工作、下周计划及存在的问题。
H:十三、不可抗力
P:（一）因地震、洪水、疫情防控措施等不可抗力导致不能按期履行的，受影响一方应在3日内书面通知对方，并在不可抗力消除后继续履行，履行期限相应顺延。
P:（二）不可抗力持续超过60日的，双方协商是否继续履行本合同。
P:（三）受不可抗力影响的一方应提供有关机构出具的证明，并采取合理措施减少损失；未及时通知导致损失扩大的，应就扩大部分承担责任。
P:（四）甲方窑炉停炉检修计划因生产需要调整的，乙方应配合调整改造批次安排，双方书面确认新的时间表。
H:十四、其他
P:（一）本合同附件包括：设备技术规格书、改造实施计划、验收记录表、培训计划，附件与本合同具有同等效力。
P:（二）本合同的变更须经双方书面确认。一方变更联系人、地址的，应及时书面通知对方。
P:（三）乙方交付的图纸、程序说明和手册应为中文版本，并同时提供电子文档。
P:（四）本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：宿迁晶玺玻璃制品有限公司    代表：__________
P:乙方（盖章）：无锡恒拓自动化工程有限公司    代表：__________
"""

# ---------------------------------------------------------------- z03 (.txt, 第X条 + （1）), SaaS + implementation
Z03 = """萌爪宠物美容连锁门店预约及储值管理系统服务合同

合同编号：MZ-IT-2025-006

甲方：成都萌爪宠物服务连锁有限公司
地址：成都市武侯区天府大道北段966号
乙方：厦门栖尾云科技有限公司
地址：厦门市思明区软件园二期望海路19号

甲方在成都、重庆两地经营30家宠物美容门店，拟统一使用线上预约、会员储值、收银及洗护档案管理系统。乙方提供"栖尾门店云"软件即服务（SaaS）及实施服务。双方经协商一致，订立本合同。

第一条 服务内容
（1）乙方向甲方30家门店提供栖尾门店云订阅服务，功能包括：顾客小程序预约、美容师排班、会员及储值卡管理、收银及对账、宠物洗护档案、营销券和经营报表。
（2）乙方负责实施服务：系统配置、门店开通、历史会员及储值余额迁移、收银硬件对接、店长和收银员培训。
（3）乙方按甲方品牌要求定制小程序首页、预约流程页面及六张经营报表模板。

第二条 服务期限
（1）订阅服务期为三个服务年度，自系统上线验收通过之日起算。
（2）服务期满前30日，任何一方未书面通知对方不再续约的，本合同自动续展一个服务年度，续展次数不限。续展时乙方有权调整订阅费，每次调整幅度不超过上一服务年度订阅费的8%，乙方提前30日书面通知甲方即可。

第三条 费用
（1）订阅费：每家门店每个服务年度4,800元，30家门店每个服务年度合计144,000元；三个服务年度合计432,000元。
（2）实施费：一次性86,000元。
（3）本合同总金额为518,000元（含税）。门店数量增加的，新增门店按同一单价按月折算计费。

第四条 付款
（1）合同签订后7日内，甲方一次性支付首个服务年度订阅费144,000元及实施费86,000元，合计230,000元。乙方收款后开始实施。
（2）第二、第三个服务年度的订阅费，于该服务年度开始前15日内支付。
（3）乙方应于收款前开具增值税专用发票。

第五条 上线与验收
（1）乙方应在收到第四条第（1）款款项后45日内完成全部门店上线。
（2）验收标准：30家门店全部开通并能正常预约、收银；会员资料及储值余额迁移后逐户核对一致，差异为零；预约、收银、储值消费、退款及对账流程测试通过；上线后连续7日未发生一级故障。
（3）满足上述标准的，甲方在5个工作日内签署上线验收单。门店开始使用系统不视为验收通过。
（4）因乙方原因逾期上线的，每逾期一日，乙方向甲方支付违约金400元。

第六条 服务水平
（1）系统月可用率不低于99.95%，乙方提前48小时通知并在凌晨1点至5点进行的维护不计入不可用时间。
（2）一级故障（全部门店无法收银或预约）：15分钟内响应，2小时内恢复；二级故障（部分门店或部分功能异常）：1小时内响应，8小时内恢复；一般咨询：当日答复。
（3）月可用率低于承诺值的，按当月订阅费的5%抵扣下期费用；低于99.5%的，按当月订阅费的10%抵扣；一级故障超过恢复时限的，每超过1小时抵扣当月订阅费的2%。

第七条 数据
（1）甲方的会员资料、储值记录、交易记录、宠物档案等业务数据归甲方所有。
（2）乙方有权在去除个人身份信息后，将甲方门店的预约、消费及储值数据汇总，用于宠物服务行业分析报告、产品改进和算法训练，该权利在合同终止后继续有效。
（3）储值资金由甲方通过其自有收款账户收取，乙方系统不经手资金。

第八条 数据安全
（1）乙方应将数据存放于中国境内的云服务器，系统通过网络安全等级保护第三级测评，会员手机号等个人信息加密存储，后台操作实行权限分级并留存日志不少于180日。
（2）发生数据泄露、篡改或丢失的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担甲方的全部损失及对顾客的赔偿责任。
（3）合同终止后30日内，乙方应按甲方要求以通用格式交付全部数据，并在交付确认后删除。

第九条 保密
双方对在合作中获知的对方商业秘密、价格、门店经营数据负有保密义务，保密期至合同终止后三年。

第十条 知识产权
（1）栖尾门店云平台的知识产权归乙方所有。
（2）乙方为甲方定制的小程序页面、预约流程和报表模板，知识产权归甲方，甲方可自行使用、修改或交由第三方维护。

第十一条 分包
乙方使用的云服务器资源由阿里云计算有限公司提供。除此之外，乙方将本合同任何工作委托第三方的，须事先取得甲方书面同意。

第十二条 责任限制
乙方在本合同项下的累计赔偿责任以本合同总金额的两倍为限，但数据泄露、侵犯知识产权及故意行为造成的损失不受此限。

第十三条 合同解除
（1）一方严重违约，经对方书面通知后15日内未纠正的，守约方有权解除合同。
（2）乙方连续两个月未达到月可用率承诺的，甲方有权解除合同，乙方退还已付未使用期间的订阅费。

第十四条 争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，提交成都仲裁委员会仲裁。

第十五条 培训与支持
（1）乙方应在上线前为每家门店的店长和收银员提供不少于两次线上培训，并为甲方总部运营人员提供一次现场培训。
（2）服务期内乙方为甲方提供专属客户经理和在线客服，客服时间为每日9点至22点，一级故障的报修渠道全天开放。
（3）乙方发布新版本前应提前7日通知甲方，涉及收银和储值功能的变更应先在测试环境由甲方确认。

第十六条 不可抗力
因不可抗力或基础电信网络故障导致服务中断的，受影响一方应及时通知对方并尽力减少损失；但乙方未按约定做好数据备份和容灾的，不得以此免责。

第十七条 其他
（1）本合同附件包括：功能清单、门店清单、数据迁移方案、上线验收单，附件与本合同具有同等效力。
（2）甲方新开或关闭门店的，应提前15日书面通知乙方，订阅费按实际门店数量调整。
（3）乙方应为甲方提供测试账号和测试门店环境，供甲方在上线前及每次重大版本更新前进行验证。
（4）双方各指定一名项目负责人，负责沟通协调；项目负责人变更的，应提前5日书面通知对方。
（5）乙方应遵守《消费者权益保护法》及单用途预付卡管理的相关规定，在系统中为甲方提供储值余额查询、退款和明细导出功能，配合甲方应对主管部门检查。
（6）人员与保险：乙方应保证其派出人员具备相应的专业能力，遵守甲方的规章制度，服从甲方的现场管理；乙方人员在履约过程中发生的人身伤害和社会保险事宜由乙方负责。乙方应为派出人员购买意外伤害保险，并应甲方要求提供保险凭证。廉洁：双方应遵守廉洁从业规定，任何一方不得向对方工作人员提供回扣、礼品、宴请或其他不正当利益；发现违反的，另一方有权向其主管部门反映。文档：乙方交付的全部文档应使用中文，并同时提供纸质版和可编辑的电子版，文档内容应与实际交付的系统保持一致，系统变更后乙方应同步更新文档。
（7）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都萌爪宠物服务连锁有限公司    代表签字：__________    日期：__________
乙方（盖章）：厦门栖尾云科技有限公司    代表签字：__________    日期：__________
"""

# ---------------------------------------------------------------- z04 (.txt, 1. / 1.1), 运维 service, 竞争性磋商
Z04 = """临沅市污染源在线监控系统年度运维服务合同

采购项目编号：LYCG2025-CS-0118（竞争性磋商）
合同编号：LYHB-YW-2025-02

采购人（甲方）：临沅市生态环境局
地址：临沅市沅江西路2号
供应商（乙方）：湖南清测环境科技有限公司
地址：长沙市岳麓区麓谷大道627号

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就临沅市污染源在线监控系统运维服务事项订立本合同。

1. 服务范围
1.1 乙方负责临沅市污染源自动监控平台（以下简称"监控平台"）的运行维护，包括服务器、数据库、数据接收及传输软件、预警模块的日常巡检、故障处理、安全加固和版本维护。
1.2 乙方负责全市126个重点排污单位现场端数据采集传输仪的运维，包括季度巡检、参数核对、通讯故障处理和数采仪备品备件更换。
1.3 乙方配合甲方开展数据有效性审核、异常数据核查及执法取证，并按月提交运维报告。
1.4 在线监测分析仪器本身的运维仍由各排污单位负责，不在本合同范围内。

2. 服务期
2.1 服务期为一个服务年度，自2025年3月1日起至2026年2月28日止。
2.2 服务期满本合同自然终止，不自动续期。甲方需继续采购的，依法重新组织采购。

3. 服务费用
3.1 本合同总价为人民币598,000元，包括：站点运维费126个×3,600元=453,600元；监控平台运维费86,400元；数采仪备品备件包干费58,000元。
3.2 上述费用为固定包干价，已包含人员、交通、工具、备件、税费等全部费用。

4. 付款
4.1 服务费按季度支付，每季度149,500元。每季度结束后，甲方按第7条完成季度考核，在考核结果确认后15个工作日内支付当季服务费（扣除考核扣款）。
4.2 甲方不支付预付款。

5. 服务要求
5.1 乙方应在合同签订后5日内组建不少于6人的运维团队进场，其中驻场工程师2名，常驻甲方监控中心。
5.2 监控平台月可用率不低于99.5%。经甲方同意的计划维护时间不计入不可用时间。
5.3 故障响应：一级故障（监控平台中断，或10个以上站点数据同时中断）30分钟内响应，2小时内恢复平台运行或到达现场；二级故障（单个站点数据中断或异常）2小时内响应，24小时内到达现场处理；三级故障（报表、显示等非关键功能异常）48小时内处理完毕。
5.4 乙方应保证数采仪数据传输符合HJ 212等国家技术规范，不得擅自修改仪器参数或监测数据。

6. 分包
6.1 对于距市区较远的县区站点，乙方可将现场巡检工作委托当地具备相应能力的单位实施，但应提前5个工作日书面告知甲方受托单位名称及人员名单。乙方对受托单位的工作质量承担责任。

7. 考核与验收
7.1 甲方每季度按磋商文件所附考核细则对乙方进行考核，考核内容包括月可用率、故障响应及处理时限、巡检完成率、运维报告质量。
7.2 月可用率每低于承诺值0.1个百分点，扣减当季服务费的2%；一级故障每超时1小时扣减1,000元；二级故障每超时1小时扣减200元。
7.3 服务期满后，甲方依据四个季度的考核结果、运维记录和最终运维报告组织年度验收，出具书面验收意见。

8. 数据安全
8.1 监控平台及站点产生的全部监测数据、运维记录和日志归甲方所有。乙方仅可为履行本合同使用，不得复制、对外提供或用于其他目的。
8.2 乙方应落实网络安全等级保护第三级要求，运维操作须通过堡垒机进行并全程审计，严禁使用个人设备连接监控平台，账号实行专人专用。
8.3 发生数据泄露、篡改或系统遭受攻击的，乙方应在1小时内报告甲方并采取处置措施。因乙方原因导致监测数据篡改、丢失或泄露的，乙方承担全部法律责任和赔偿责任，涉及弄虚作假的依法移送处理。

9. 保密
乙方对在运维中知悉的排污单位信息、执法信息及甲方非公开资料负有保密义务，未经甲方书面同意不得对外披露，保密义务在合同终止后继续有效。

10. 知识产权
乙方在服务期内编写的运维脚本、报表模板、运维文档等成果归甲方所有，甲方可自由使用和修改。

11. 违约责任
11.1 乙方未按5.1约定时间进场的，每逾期一日，按合同总价的千分之二支付违约金。
11.2 乙方累计两个季度考核不合格的，甲方有权解除合同，并要求乙方赔偿由此造成的损失。

12. 合同解除
12.1 乙方严重违反本合同约定，经甲方书面通知后10日内未改正的，甲方有权解除本合同。

13. 法律适用与争议解决
13.1 本合同适用中华人民共和国法律。发生争议时，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

14. 人员与安全管理
14.1 乙方应建立运维人员名单，人员变更应提前报甲方备案。驻场工程师应具备环境监测或计算机相关专业背景，并经甲方组织的业务培训。
14.2 乙方现场运维人员进入排污单位厂区，应遵守排污单位的安全管理规定，穿戴必要的防护用品，并如实填写运维记录。
14.3 乙方应为其运维人员缴纳社会保险并购买意外伤害保险，乙方人员在服务过程中发生的人身伤害由乙方负责。

15. 应急保障
15.1 遇重污染天气、重大活动保障或突发环境事件时，乙方应按甲方通知增派人员，实行24小时值守，确保监控平台和重点站点数据正常传输。
15.2 乙方应制定监控平台故障和数据中断应急预案，每半年组织一次演练，并将演练记录报甲方。

16. 其他
16.1 本合同未尽事宜，按磋商文件及乙方响应文件执行。
16.2 本合同附件包括：站点清单、考核细则、运维人员名单，附件与本合同具有同等效力。
16.3 乙方应建立运维台账，对每次巡检、故障处理、备件更换和参数核对进行记录，记录应包括时间、人员、内容、处理结果，并保存照片等佐证材料，服务期满后随最终运维报告一并移交甲方。
16.4 乙方应配合甲方接受上级生态环境部门的检查、审计和数据质量抽查，按要求提供运维记录和说明材料。
16.5 因不可抗力导致服务中断的，乙方应及时通知甲方并尽快恢复服务，相应时间不计入考核。
16.6 人员与保险：乙方应保证其派出人员具备相应的专业能力，遵守甲方的规章制度，服从甲方的现场管理；乙方人员在履约过程中发生的人身伤害和社会保险事宜由乙方负责。乙方应为派出人员购买意外伤害保险，并应甲方要求提供保险凭证。廉洁：双方应遵守廉洁从业规定，任何一方不得向对方工作人员提供回扣、礼品、宴请或其他不正当利益；发现违反的，另一方有权向其主管部门反映。文档：乙方交付的全部文档应使用中文，并同时提供纸质版和可编辑的电子版，文档内容应与实际交付的系统保持一致，系统变更后乙方应同步更新文档。
16.7 本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：临沅市生态环境局        代表：__________
乙方（盖章）：湖南清测环境科技有限公司    代表：__________
签订日期：2025年2月20日
"""

# ---------------------------------------------------------------- z05 (.md, ## 第X条 + 1.1), supplier's template
Z05 = """# 麦垄ERP软件销售及实施合同

**（麦垄软件标准合同文本 V4.0）**

合同编号：ML-XS-2025-0412

- 甲方（买方）：西安秦味坊食品有限公司
- 地址：西安市鄠邑区草堂工业园8号
- 乙方（卖方）：西安麦垄软件科技有限公司
- 地址：西安市雁塔区科技路33号

甲方主营凉皮、米皮、擀面皮的生产及冷链配送，拟上线ERP系统。乙方为专业管理软件开发商。根据《中华人民共和国民法典》，双方就甲方购买麦垄ERP软件及相关定制开发、实施服务事宜达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方提供麦垄ERP标准版软件（财务、进销存、生产管理模块，20个并发用户）的使用许可。

1.2 乙方在标准版基础上为甲方定制开发以下功能：冷链配送线路排线、门店及商超要货、保质期批次追溯、日清日结报表。

1.3 乙方负责系统安装、基础数据导入、参数配置及用户培训。

1.4 定制功能的具体内容以双方签字确认的《需求规格说明书》为准。需求规格说明书确认后，甲方提出的新增或修改需求，均视为需求变更。

1.5 甲方自行采购服务器、数据库软件、扫码枪、电子秤及打印机等设备，乙方负责与ERP系统的对接调试。

## 第二条 合同价款

2.1 合同总价为人民币530,000元（含税），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 麦垄ERP标准版软件许可（20用户） | 268,000 |
| 2 | 定制开发（排线、要货、批次追溯、日清报表） | 196,000 |
| 3 | 实施服务 | 58,000 |
| 4 | 培训 | 8,000 |
| | 合计 | 530,000 |

2.2 甲方需求变更导致工作量增加的，乙方按每人天2,000元另行收费。

## 第三条 付款方式

3.1 本合同签订后3日内，甲方向乙方支付合同总价的65%，即344,500元。乙方收到该笔款项后开始实施。

3.2 系统上线运行后7日内，甲方支付剩余35%，即185,500元。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之三向乙方支付违约金，乙方并有权暂停服务。

## 第四条 实施与交付

4.1 乙方应在收到首笔款项后90日内完成系统安装和定制功能开发。

4.2 甲方应提供必要的场地、服务器、网络环境及基础资料。因甲方原因造成的延误，实施期限相应顺延。

4.3 实施期间，甲方应指定一名项目负责人，负责需求确认、数据准备和内部协调。甲方项目负责人的确认意见视为甲方的确认。

4.4 甲方应在乙方通知后5个工作日内完成需求确认、期初数据核对等事项；逾期未确认的，视为甲方同意乙方方案。

4.5 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

## 第五条 验收

5.1 系统安装完成并上线运行，即视为甲方验收合格。

5.2 甲方在上线后提出的功能调整，不影响验收结论，乙方可视情况在后续版本中考虑。

## 第六条 知识产权

6.1 麦垄ERP标准版软件及乙方为甲方定制开发的全部功能、源代码、技术文档的知识产权均归乙方所有。

6.2 甲方仅获得在本企业内部使用上述软件的非独占、不可转让的许可，不得对软件进行修改、反编译或交由第三方维护。

## 第七条 售后服务

7.1 乙方提供六个月免费维护期，自系统上线之日起计算，免费维护期内提供远程技术支持和缺陷修复。

7.2 免费维护期内，对于一级故障（系统无法登录或无法开单），乙方在接到报修后8小时内响应；其他故障在3个工作日内响应。

7.3 乙方将尽力在合理时间内修复故障，但不对故障修复时间作出承诺，亦不承担因故障产生的任何扣款、赔偿或违约金。

7.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，维护费按乙方当年公布的服务价格标准收取。

## 第八条 数据

8.1 甲方录入系统的业务数据归甲方所有，乙方不得将其用于本合同以外的目的。

8.2 乙方在远程维护时应使用甲方分配的专用账号，采取防病毒、访问控制等必要安全措施，不得擅自导出甲方数据。因乙方原因造成甲方数据丢失或泄露的，乙方负责恢复并承担相应赔偿责任。

## 第九条 责任限制

9.1 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的20%。

9.2 乙方对甲方的间接损失、利润损失、停产损失不承担责任。

## 第十条 合同解除

10.1 一方严重违约，经另一方书面催告后30日内仍未改正的，守约方有权解除本合同。

10.2 甲方因自身原因解除合同的，已付款项不予退还。

## 第十一条 争议解决

11.1 本合同适用中华人民共和国法律。因本合同发生的争议，由乙方所在地人民法院管辖。

## 第十二条 其他

12.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

12.2 本合同附件（功能清单、实施计划、需求规格说明书）与本合同具有同等效力。

12.3 培训：乙方在上线前为甲方财务、仓库、生产和配送人员提供集中培训，每个岗位不少于两次，培训地点在甲方厂区。上线后新入职人员的培训，由甲方自行组织或另行向乙方购买。

12.4 不可抗力：因不可抗力、网络运营商故障、病毒攻击或甲方自有设备故障导致系统不能正常运行的，乙方不承担责任。

12.5 乙方有权在其官网、宣传资料及客户案例中使用甲方名称和商标，作为乙方的成功案例进行展示。

12.6 甲方应自行做好数据库的日常备份。乙方可应甲方请求协助设置备份策略，但不对备份的有效性负责。

12.7 需求变更：甲方提出需求变更的，乙方评估工作量后报价，经甲方书面确认后实施；由此影响实施进度的，实施期限相应顺延。

12.8 系统运行环境：甲方应保证服务器、操作系统和网络符合乙方提供的配置要求。因运行环境不符合要求导致的故障，不属于乙方维护范围。

12.9 版本升级：乙方发布标准版新版本的，维护期内甲方可免费升级，但定制功能的适配费用另行收取。

12.10 人员与保险：乙方应保证其派出人员具备相应的专业能力，遵守甲方的规章制度，服从甲方的现场管理；乙方人员在履约过程中发生的人身伤害和社会保险事宜由乙方负责。廉洁：双方应遵守廉洁从业规定，任何一方不得向对方工作人员提供回扣、礼品、宴请或其他不正当利益；发现违反的，另一方有权向其主管部门反映。文档：乙方交付的全部文档应使用中文，并同时提供纸质版和可编辑的电子版，文档内容应与实际交付的系统保持一致，系统变更后乙方应同步更新文档。

12.11 本合同的任何修改须采用书面形式。本合同与附件不一致的，以本合同为准。

甲方（盖章）：西安秦味坊食品有限公司　　　代表：__________

乙方（盖章）：西安麦垄软件科技有限公司　　　代表：__________
"""

# ---------------------------------------------------------------- e01 (.pdf, Article N / N.N, price rows)
E01 = """T:Software Licence and Customisation Agreement - Stone Grain Imaging System
P:Agreement No. KT-CN-2025-04
P:This Agreement is made between Huizhou Longwei Inkstone Workshop Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office at 12 Yanshan Road, Shexian County, Huangshan, Anhui Province (the "Customer"), and Kameni Trag d.o.o., a company organised under the laws of Bosnia and Herzegovina with its registered office at Bulevar Kralja Tvrtka I 17, 72000 Zenica (the "Vendor").
P:Background: the Customer cuts and carves She inkstones from raw slate and wishes to photograph each slab, record its natural grain (such as eyebrow, gold-star and silk-thread patterns) and match slabs to carving designs. The Vendor develops imaging and pattern classification software for natural stone. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the Vendor's StoneGrain Studio workstation software and StoneGrain Library server software, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Customisation" means the grain classification model, the slab catalogue fields and the design-matching rules to be developed by the Vendor for the Customer's She stone, as described in Annex A.
P:1.3 "Deliverables" means the Licensed Software as installed, the Customisation and all related documentation and training material.
P:1.4 "Customer Data" means all images, measurements, catalogue entries and other data created, uploaded or processed by or for the Customer using the Deliverables.
H:Article 2 Scope
P:2.1 The Vendor shall supply the Licensed Software, develop the Customisation, install everything on the Customer's own server and six workstations at the Customer's workshop in Shexian, and train the Customer's staff.
P:2.2 The Vendor shall calibrate the software with the two slab scanning rigs already owned by the Customer. The Customer provides the server, workstations and network.
P:2.3 The target date for completion of installation is ninety (90) days after signature of this Agreement.
H:Article 3 Licence
P:3.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Licensed Software on six workstations and one server for the Customer's business, including its affiliates in mainland China.
P:3.2 The Customer may make backup copies and may move the licences to replacement hardware on notice to the Vendor.
H:Article 4 Prices
P:4.1 At the Customer's request all prices are stated and paid in Chinese Yuan (CNY). The Contract Price is fixed and includes all taxes, travel and expenses of the Vendor's staff:
TB:Item 1|StoneGrain Studio workstation licence, perpetual|6 x CNY 48,000|CNY 288,000
TB:Item 2|StoneGrain Library server licence, perpetual|1 x CNY 96,000|CNY 96,000
TB:Licence Subtotal|||CNY 384,000
TB:Item 3|Customisation (grain classification model, catalogue, design matching)||CNY 124,000
TB:Item 4|Installation, calibration and training||CNY 42,000
TB:Contract Price|||CNY 550,000
H:Article 5 Payment
P:5.1 The Customer shall pay 10% of the Contract Price (CNY 55,000) within fifteen (15) days after signature, against the Vendor's invoice.
P:5.2 The Customer shall pay 55% of the Contract Price (CNY 302,500) after installation of the Licensed Software and the Customisation is complete and the Customer has signed the installation record. Signing the installation record is not acceptance.
P:5.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 192,500) within thirty (30) days after Final Acceptance under Article 6.
P:5.4 Payments are made by bank transfer to the Vendor's account stated in its invoice. Bank charges outside China are borne by the Vendor.
H:Article 6 Acceptance
P:6.1 After installation the Customer shall run acceptance tests with the Vendor's assistance. The acceptance criteria are: (a) every function listed in Annex A works as described; (b) on a test set of 300 slabs chosen by the Customer, the grain classification agrees with the Customer's master carvers on at least 92 of every 100 slabs; (c) a slab image is captured, stored and searchable in the Library within 20 seconds; and (d) the system runs for twenty (20) working days in daily use without a Severity 1 fault.
P:6.2 When the criteria are met, the Customer shall sign a Final Acceptance Certificate within five (5) working days. Use of the Deliverables in production before that date is not acceptance.
P:6.3 If a criterion is not met, the Vendor shall correct the defect at its own cost and the test shall be repeated.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Deliverables will conform to Annex A and the documentation for twenty-four (24) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and remote support free of charge.
P:7.2 Faults are classified as follows. Severity 1: the Library server or all workstations cannot be used. Severity 2: a function is impaired but work can continue. Severity 3: a minor or cosmetic issue. The Vendor shall respond to a Severity 1 fault within two (2) hours of the Customer's report, by telephone or remote session, and to a Severity 2 fault within one (1) working day. Support is given in Chinese or English.
P:7.3 The Vendor will use reasonable efforts to restore service promptly. The Vendor gives no service credits, fee reductions or other compensation for late response or late restoration.
P:7.4 After the Warranty Period the Customer may buy Annual Support at a fee of 9% of the Licence Subtotal, that is CNY 34,560 per support year, fixed for the first three support years. Annual Support is ordered by the Customer each year and does not renew automatically.
H:Article 8 Delivery Schedule
P:8.1 The Vendor shall use reasonable endeavours to complete installation by the target date in Article 2.3 and shall inform the Customer promptly of any expected delay and its cause.
P:8.2 The target date is extended by any delay caused by the Customer or by force majeure.
H:Article 9 Intellectual Property
P:9.1 The Licensed Software remains the property of the Vendor.
P:9.2 The Customisation, including the trained grain classification model, its parameters, the catalogue structure and the design-matching rules, and all Customer Data, belong to the Customer from creation. The Vendor shall deliver the model files and source code of the Customisation on Final Acceptance. The Customer may use, modify and license them freely, also through third parties.
H:Article 10 Customer Data and Data Security
P:10.1 Customer Data belongs to the Customer. The Vendor may access Customer Data only to perform this Agreement and shall not copy it out of the Customer's systems or use it for any other purpose, including training models for other clients.
P:10.2 Remote access by the Vendor requires the Customer's approval for each session, through a VPN account provided by the Customer with two-factor login; sessions are logged. The Vendor shall keep its own systems free of malware and shall not store Customer Data outside the Customer's premises.
P:10.3 The Vendor shall notify the Customer within twenty-four (24) hours of any actual or suspected security incident affecting Customer Data, assist the Customer in handling it, and bear the losses and costs caused by an incident for which it is responsible.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's designs, carving techniques, slab inventory and prices, and shall use it only for this Agreement. This obligation continues for three (3) years after termination.
H:Article 12 Liability
P:12.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to infringement of intellectual property, breach of Articles 10 or 11, personal injury, fraud or wilful misconduct.
P:12.2 Neither party is liable for loss of profit or indirect loss, except in the cases excluded in Article 12.1.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent and remains responsible for any approved subcontractor.
H:Article 14 Term and Termination
P:14.1 This Agreement takes effect on signature. The licences in Article 3 survive any termination after they have been paid.
P:14.2 Once the Licensed Software has been installed, neither party may terminate this Agreement. If the Vendor is in breach, the Customer's remedy is to require the Vendor to correct the breach and to claim damages under Article 12; the Customer may not terminate the Agreement or return the Deliverables.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Huangshan Arbitration Commission for arbitration in Huangshan under its rules in force at the time. The award is final and binding on both parties.
H:Article 16 General
P:16.1 This Agreement is signed in English and Chinese; both versions are equally valid.
P:16.2 Annex A (Functional Specification) forms part of this Agreement.
P:16.3 Notices shall be in writing and delivered by courier or e-mail to the addresses above.
P:16.4 Each party shall name a project manager within ten days after signature. The project managers meet by video call every two weeks until Final Acceptance and keep minutes of decisions taken.
P:16.5 Export control: the Vendor confirms that no export licence is needed for the Licensed Software.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

# ---------------------------------------------------------------- e02 (.md, Order Form Part A + General Terms Part B)
E02 = """# Order Form No. PT-ORD-2025-117

**Pelagos Ticketing Ltd - Cruise Ticketing Cloud**

## PART A - ORDER FORM

| | |
|---|---|
| Customer | Chongqing Jiangyue River Cruises Co., Ltd., 28 Chaotianmen Pier Road, Yuzhong District, Chongqing, PRC |
| Provider | Pelagos Ticketing Ltd, 5 Harbour Street, Kyrenia, Cyprus |
| Service | Pelagos Cruise Ticketing Cloud: online booking, cabin inventory, boarding-pass check, agency portal, revenue reports |
| Subscription Term | three (3) Subscription Years from the Go-Live Date |
| Vessels covered | 14 river-cruise vessels on the Chongqing - Yichang route |

### A1. Fees

At the Customer's request all fees are stated and paid in Chinese Yuan (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform fee | per Subscription Year | 168,000 |
| Vessel fee | 14 vessels x CNY 9,600 per Subscription Year | 134,400 |
| Subscription fees per Subscription Year | | 302,400 |
| Subscription fees, three Subscription Years | | 907,200 |
| Set-up and migration (one-time) | fixed | 58,800 |
| **Total Contract Value** | | **966,000** |

A ticket transaction fee of CNY 0.35 per ticket applies only to tickets issued in a Subscription Year beyond 400,000 tickets; it is billed quarterly in arrears and is not part of the Total Contract Value.

### A2. Invoicing and payment

(a) Subscription fees are invoiced quarterly in arrears, CNY 75,600 per quarter, starting with the quarter in which the Go-Live Date falls.

(b) The set-up fee is invoiced after Go-Live Acceptance under A3.

(c) Invoices are payable within thirty (30) days. No amount is payable before the Go-Live Date.

### A3. Set-up, Go-Live and acceptance

(a) The Provider shall configure routes, cabin classes, fare tables and agency accounts, migrate the Customer's existing bookings for future sailings, integrate the service with the Customer's WeChat mini-program and payment channels, and train the Customer's staff.

(b) Target Go-Live Date: sixty (60) days after signature of this Order Form.

(c) Go-Live Acceptance criteria: all 14 vessels and their cabin inventory are bookable; migrated future bookings reconcile with the Customer's records without difference; payment, refund and boarding-pass scanning pass the test scripts in Schedule 1; and the service runs for ten (10) consecutive days after Go-Live without a Priority 1 incident. The Customer signs a Go-Live Acceptance Certificate when the criteria are met. Live ticket sales alone do not mean acceptance.

(d) If Go-Live is delayed for reasons attributable to the Provider, the Provider shall pay CNY 800 for each day of delay.

### A4. Renewal

This Order Form does not renew automatically. Any renewal requires a new Order Form signed by both parties.

Signed for the Customer: ____________________  Signed for the Provider: ____________________

## PART B - GENERAL TERMS

### B1. Service levels

1.1 The Provider shall make the service available 99.5% of the time in each calendar month, measured at the Provider's public endpoints, excluding maintenance announced at least 48 hours in advance and performed between 01:00 and 05:00 Beijing time.

1.2 If monthly availability falls below the commitment in 1.1, the Customer receives a service credit of 5% of the monthly subscription fee; below 99.0%, 10%; below 98.0%, 20%. Credits are deducted from the next invoice.

1.3 Incident priorities and response times:

| Priority | Description | Response | Restoration target |
|---|---|---|---|
| Priority 1 | booking or boarding unavailable for any vessel | 30 minutes | 3 hours |
| Priority 2 | a function degraded, workaround available | 2 hours | 1 business day |
| Priority 3 | question or minor defect | 1 business day | next release |

1.4 For each full hour by which the Provider exceeds the Priority 1 response time, the Customer receives a further credit of 1% of the monthly subscription fee.

### B2. Customer Data

2.1 All passenger names, identity numbers, contact details, bookings and payment records entered into or generated by the service ("Customer Data") belong to the Customer. The Provider processes Customer Data only on the Customer's instructions and only to provide the service; it shall not use it for any other purpose, including analytics for itself or third parties.

2.2 Customer Data is hosted only in a data centre in mainland China operated by the hosting provider named in Schedule 2. The Provider shall comply with the PRC Personal Information Protection Law and Data Security Law, encrypt identity numbers and payment records, restrict staff access to named persons with multi-factor login, and keep access logs for at least 180 days.

2.3 The Provider shall notify the Customer within twenty-four (24) hours of any security incident affecting Customer Data, take remedial steps and bear the losses, fines and compensation arising from an incident it causes.

2.4 On expiry or termination the Provider shall return all Customer Data in a standard format within thirty (30) days and then delete it.

### B3. Confidentiality

Each party shall keep the other party's non-public information confidential, use it only for this Order Form and these terms, and not disclose it without prior written consent. This obligation lasts for three (3) years after the end of the Subscription Term.

### B4. Intellectual property

4.1 The Pelagos platform and its software remain the Provider's property.

4.2 Route and fare tables, the Customer's mini-program pages and the custom revenue reports built for the Customer belong to the Customer, who may use, modify and license them freely.

### B5. Subcontractors

The hosting provider named in Schedule 2 is approved by signature. The Provider shall not use any other subcontractor for the service without the Customer's prior written consent.

### B6. Liability

6.1 The Provider's total liability arising out of or in connection with this Order Form is limited to the fees paid or payable by the Customer in the six (6) months before the event giving rise to the claim.

6.2 Neither party is liable for indirect or consequential loss. Nothing limits liability for fraud or personal injury.

### B7. Termination

7.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within thirty (30) days after notice.

7.2 The Customer may also terminate if monthly availability is below 98.0% in any two months of a Subscription Year.

7.3 On termination the Provider refunds any fees paid for the period after termination.

### B8. Governing law and disputes

This Order Form and these General Terms are governed by the laws of the People's Republic of China. Disputes shall be submitted to the Chongqing Arbitration Commission for arbitration in Chongqing.

### B9. Miscellaneous

9.1 The Order Form prevails over these General Terms in case of conflict.

9.2 Notices shall be in writing, in English or Chinese.

9.3 Force majeure. Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war, government action or failure of public networks, provided it notifies the other party promptly, takes reasonable steps to limit the effect and resumes performance as soon as possible. Time limits are extended by the duration of the event. 

9.4 Anti-bribery. Neither party shall offer or give any payment, gift or other advantage to the other party's staff in connection with this agreement, and each party shall keep accurate records of its dealings under it. 

9.5 Insurance. The supplying party shall maintain public liability insurance and, where its staff work at the Customer's sites, accident insurance for those staff, and shall show the certificates on request. 

9.6 Change control. Either party may request a change to the scope in writing. The other party shall answer within ten working days with its assessment of cost, time and risk, and no change is binding until both parties have signed a change note.

9.7 Customer support is given in Chinese and English through a named account manager, a service desk reachable by telephone and WeChat, and an online ticket portal. The Provider shall hold a service review with the Customer each quarter, covering availability, incidents, ticket volumes and planned releases.

9.8 Records and audit. The supplying party shall keep complete and accurate records of the work performed, the staff assigned, the incidents handled and the charges invoiced under this agreement, and shall keep them during the term and for three years after it ends. On reasonable notice, and not more than once in each calendar year except after a security incident, the Customer or an auditor appointed by the Customer may inspect those records and the controls used to perform this agreement, during normal business hours and at the Customer's own cost.

9.9 Language and notices. The working language of the project is Chinese, with English used where the supplying party's staff need it; all documents, reports and training material delivered to the Customer shall be provided in Chinese. Notices under this agreement shall be given in writing to the contact persons named by each party, by courier or by e-mail with a copy by courier, and take effect on receipt. A party that changes its contact person or address shall inform the other party in writing within five working days.

9.10 Entire agreement and severability. If any provision is held invalid, the remaining provisions stay in force and the parties shall replace the invalid provision with a valid one that comes closest to its purpose. A failure or delay in exercising a right is not a waiver of that right.


Schedule 1: Acceptance test scripts. Schedule 2: Hosting provider: Alibaba Cloud (Chongqing region).
"""

# ---------------------------------------------------------------- e03 (.docx, Section N / N.N, Word price table)
E03 = """T:Purchase Contract for Smart Irrigation Sensors and Control System
P:Contract No. WCY-PUR-2025-009
P:Buyer: Hainan Wenchang Yelin Coconut Plantation Co., Ltd., Dongjiao Town, Wenchang, Hainan Province, PRC
P:Supplier: Banat Agrosense d.o.o., Kralja Aleksandra 44, 23000 Zrenjanin, Serbia
P:The Buyer operates a coconut plantation of about 1,200 hectares and intends to replace manual irrigation scheduling with soil-moisture based control. After a tender held by the Buyer, the Supplier was selected. The parties therefore agree on the following terms, which are the Buyer's standard purchase terms adapted to this project.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install and commission soil-moisture sensors, LoRa gateways, valve controllers, weather stations and the irrigation control software licence listed in Section 2, integrate them with the Buyer's existing pumps and drip lines in the twelve irrigation blocks, and train the Buyer's staff.
P:1.2 All equipment shall be new, suitable for a humid tropical climate with salt-laden air and rated at least IP67 where installed outdoors.
P:1.3 The Supplier shall deliver as-built drawings, device lists with serial numbers, configuration backups and operating manuals in Chinese.
H:Section 2 Contract Price
P:2.1 At the Buyer's request all prices are in Chinese Yuan (CNY). The Contract Price is fixed at CNY 720,000, including VAT, customs duties, delivery to site, installation and all expenses, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil-moisture and temperature sensor, three depths|180|1,650|297,000
TB:2|LoRa gateway with solar power kit|6|8,800|52,800
TB:3|Valve controller for drip lines|48|3,200|153,600
TB:4|Weather station (rain, wind, radiation)|2|21,500|43,000
TB:5|Irrigation control software licence, perpetual|1|86,000|86,000
TB:|Hardware and Licence Subtotal|||632,400
TB:6|Installation and commissioning|1|74,600|74,600
TB:7|Training|1|13,000|13,000
TB:|Contract Price|||720,000
H:Section 3 Payment
P:3.1 20% of the Contract Price (CNY 144,000) is paid within fifteen (15) days after signature, against an advance payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 45% of the Contract Price (CNY 324,000) is paid after all equipment has been delivered and installed and the Buyer has signed the installation record. The installation record is not acceptance.
P:3.3 35% of the Contract Price (CNY 252,000) is paid within thirty (30) days after Final Acceptance under Section 5.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall complete delivery within seventy-five (75) days and installation within one hundred and twenty (120) days after signature.
P:4.2 If the Supplier is late, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Liquidated damages do not release the Supplier from its obligations.
H:Section 5 Acceptance
P:5.1 Final Acceptance takes place after a trial run of thirty (30) days in the dry season. The criteria are: (a) every sensor reports at least every fifteen minutes, with no more than 2 missing readings in 100 per sensor over the trial run; (b) sensor readings agree with the Buyer's gravimetric reference samples within plus or minus 3 percentage points of volumetric water content; (c) every valve opens and closes on command from the software within 60 seconds; and (d) no Severity 1 fault occurs in the trial run.
P:5.2 When the criteria are met, the Buyer signs a Final Acceptance Certificate. Installation, use of the system or any payment is not acceptance.
H:Section 6 Warranty and After-Sales Service
P:6.1 The warranty period is thirty-six (36) months from Final Acceptance. During it the Supplier shall repair or replace defective equipment and correct software defects free of charge, including parts, labour and transport.
P:6.2 Severity 1 means that irrigation cannot be controlled in one or more blocks. The Supplier shall respond to a Severity 1 fault within one (1) hour and restore control within twenty-four (24) hours through its service partner in Haikou. Severity 2 faults shall be answered within one working day.
P:6.3 For every hour by which the Supplier exceeds the Severity 1 response or restoration time, it shall pay CNY 500.
P:6.4 After the warranty period the Supplier shall offer annual support at 7% of the Hardware and Licence Subtotal (CNY 44,268 per year), fixed for three years after the warranty. Support is ordered by the Buyer each year and does not renew automatically.
H:Section 7 Intellectual Property
P:7.1 Irrigation rules, block maps, threshold settings and reports configured for the Buyer belong to the Buyer, who may use, modify and pass them to third parties freely.
P:7.2 The software remains the Supplier's property; the Buyer receives a perpetual licence for the plantation.
H:Section 8 Data Security
P:8.1 All sensor readings, weather data, maps and irrigation logs belong to the Buyer and are stored on the Buyer's server at the plantation. The Supplier may use them only to perform this Contract.
P:8.2 Remote access by the Supplier is allowed only through an account set up by the Buyer for each session, with two-factor login, and is logged. The Supplier shall change all default passwords on devices before commissioning and shall not copy the Buyer's data out of its systems.
P:8.3 The Supplier shall inform the Buyer within twelve (12) hours of any security incident involving the system and bear the losses caused by an incident for which it is responsible.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public technical and commercial information and use it only for this Contract, during the Contract and for three years after its end.
H:Section 10 Liability
P:10.1 The Supplier's total liability under this Contract is limited to twice the Contract Price, except for personal injury, wilful misconduct and breach of Sections 8 and 9, which are not limited.
H:Section 11 Subcontracting
P:11.1 The Supplier's service partner in Haikou named in Annex 2 is approved by signature of this Contract. Any other subcontracting requires the Buyer's prior written consent.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen (15) days after notice, or if liquidated damages reach the maximum in Section 4.2.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Haikou Arbitration Commission for arbitration in Haikou.
H:Section 14 Miscellaneous
P:14.1 This Contract is made in Chinese and English; both texts are equally authentic.
P:14.2 Force majeure. Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war, government action or failure of public networks, provided it notifies the other party promptly, takes reasonable steps to limit the effect and resumes performance as soon as possible. Time limits are extended by the duration of the event.
P:14.3 Anti-bribery. Neither party shall offer or give any payment, gift or other advantage to the other party's staff in connection with this agreement, and each party shall keep accurate records of its dealings under it.
P:14.4 Insurance. The supplying party shall maintain public liability insurance and, where its staff work at the Customer's sites, accident insurance for those staff, and shall show the certificates on request.
P:14.5 Change control. Either party may request a change to the scope in writing. The other party shall answer within ten working days with its assessment of cost, time and risk, and no change is binding until both parties have signed a change note.
P:14.6 Site rules. The Supplier's staff shall follow the plantation's safety rules, in particular for work near pump houses, fertiliser stores and falling coconuts, and shall restore any drip lines, roads or trees damaged during installation at the Supplier's cost.
P:14.7 Records and audit. The supplying party shall keep complete and accurate records of the work performed, the staff assigned, the incidents handled and the charges invoiced under this agreement, and shall keep them during the term and for three years after it ends. On reasonable notice, and not more than once in each calendar year except after a security incident, the Customer or an auditor appointed by the Customer may inspect those records and the controls used to perform this agreement, during normal business hours and at the Customer's own cost.
P:14.8 Language and notices. The working language of the project is Chinese, with English used where the supplying party's staff need it; all documents, reports and training material delivered to the Customer shall be provided in Chinese. Notices under this agreement shall be given in writing to the contact persons named by each party, by courier or by e-mail with a copy by courier, and take effect on receipt. A party that changes its contact person or address shall inform the other party in writing within five working days.
P:14.9 Entire agreement and severability. If any provision is held invalid, the remaining provisions stay in force and the parties shall replace the invalid provision with a valid one that comes closest to its purpose. A failure or delay in exercising a right is not a waiver of that right.
P:Annex 1: Block map and device locations. Annex 2: Service partner.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (.md, numbered clauses, Schedules)
E04 = """# Managed Network Monitoring Services Agreement

Agreement reference: SKM-MNS-2025-03

**Between**

(1) **Huzhou Zhili Xiaoyang Children's Apparel Co., Ltd.**, No. 88 Kangshan Road, Zhili Town, Wuxing District, Huzhou, Zhejiang, PRC (the "**Customer**"); and

(2) **Sharr Netops DOOEL**, Ilindenska 102, 1200 Tetovo, North Macedonia (the "**Provider**").

**Background**

(A) The Customer runs a children's-wear factory with 420 sewing stations, two warehouses, an e-commerce live-streaming studio and 9 outlet shops, connected by a wired and wireless network.

(B) The Provider operates a remote network operations centre and offers monitoring of network devices for manufacturers.

(C) The Customer wishes to engage the Provider to monitor its network on the terms below.

## 1. Definitions

1.1 "**Services**" means the monitoring services described in clause 3 and Schedule 1.

1.2 "**Monitored Devices**" means the switches, routers, firewalls, wireless controllers and access points listed in Schedule 1, as updated by agreement.

1.3 "**Customer Data**" means all configurations, logs, traffic statistics, device inventories and other data of the Customer collected or generated in providing the Services.

1.4 "**Subscription Year**" means the period from the Service Start Date to the day before its first anniversary, and each following period from one anniversary to the day before the next.

## 2. Term

2.1 This Agreement starts on the date of signature. The Services start on the Service Start Date, which is the date of the Service Acceptance Certificate under clause 4.

2.2 The Initial Term is two (2) Subscription Years from the Service Start Date. The Agreement ends at the end of the Initial Term unless the parties sign a written renewal.

## 3. Services

3.1 The Provider shall:

(a) install a monitoring collector appliance at the Customer's factory and connect it to the Provider's monitoring platform;

(b) poll each Monitored Device and collect alarms, interface statistics and logs around the clock;

(c) alert the Customer's IT contact by telephone, WeChat and e-mail when an alarm of Priority 1 or Priority 2 is raised;

(d) give remote advice on diagnosis and configuration changes, which the Customer's staff or the Customer's local contractor then carry out; and

(e) provide a monthly report on device health, capacity and incidents.

3.2 The Provider does not perform on-site work and does not make changes to Monitored Devices without the Customer's instruction.

## 4. Onboarding and Service Acceptance

4.1 The Provider shall complete onboarding within forty-five (45) days after signature. Onboarding includes device discovery, baseline thresholds, alarm routing, dashboard set-up and a handover workshop.

4.2 Service Acceptance criteria: (a) every Monitored Device in Schedule 1 is visible on the platform and polled; (b) test alarms raised on ten devices chosen by the Customer reach the Customer's contacts by all three channels; (c) the first daily summary and a trial monthly report are delivered and agreed; and (d) the service runs for fourteen (14) days without missing data from any Monitored Device. When the criteria are met the Customer signs a Service Acceptance Certificate. Monitoring in the onboarding period is not acceptance.

4.3 If onboarding is not completed within the period in clause 4.1 for reasons attributable to the Provider, the Provider shall pay CNY 500 for each day of delay.

## 5. Service Standard

5.1 The Provider shall perform the Services with reasonable skill and care and will use commercially reasonable efforts to respond to alarms promptly.

5.2 The priorities in Schedule 2 describe how the Provider classifies alarms. The Provider does not commit to any response time, restoration time or availability of the monitoring platform, and no service levels apply to the Services.

## 6. Charges and Payment

6.1 At the Customer's request all charges are stated and paid in Chinese Yuan (CNY). The charges are set out in Schedule 3.

6.2 The Monthly Charge is invoiced monthly in arrears from the Service Start Date. The Onboarding Charge is invoiced after Service Acceptance. Invoices are payable within thirty (30) days. The Customer pays nothing in advance.

6.3 The charges are fixed for the Initial Term.

## 7. Customer Data

7.1 Customer Data belongs to the Customer.

7.2 The Provider shall use Customer Data only to provide the Services to the Customer and shall not sell it, disclose it for marketing or use it for any other purpose.

## 8. Confidentiality

8.1 Each party shall keep confidential all information of the other party marked or reasonably understood as confidential, including the Customer's network design, production volumes and prices, and the Provider's tools and methods.

8.2 Confidential information may be disclosed only to employees and advisers who need it for this Agreement and are bound by equivalent duties, or where required by law.

8.3 This clause survives for three (3) years after the Agreement ends.

## 9. Intellectual Property

9.1 The monitoring platform and the collector software remain the Provider's property.

9.2 Dashboards, alarm thresholds, device templates and reports prepared for the Customer belong to the Customer, who may use, modify and hand them to any successor provider.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total charges payable for the Initial Term.

10.2 Neither party is liable for loss of profits or indirect loss. These limits do not apply to fraud, wilful misconduct or personal injury.

## 11. Subcontracting

The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

## 12. Termination

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty (30) days after receiving notice.

12.2 On termination the Provider shall remove the collector appliance at its cost and return all Customer Data within fifteen (15) days.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Huzhou Arbitration Commission for arbitration in Huzhou.

## 14. General

14.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject.

14.2 Amendments are valid only in writing signed by both parties.

14.3 Force majeure. Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war, government action or failure of public networks, provided it notifies the other party promptly, takes reasonable steps to limit the effect and resumes performance as soon as possible. Time limits are extended by the duration of the event.

14.4 Anti-bribery. Neither party shall offer or give any payment, gift or other advantage to the other party's staff in connection with this agreement, and each party shall keep accurate records of its dealings under it.

14.5 Insurance. The supplying party shall maintain public liability insurance and, where its staff work at the Customer's sites, accident insurance for those staff, and shall show the certificates on request.

14.6 Change control. Either party may request a change to the scope in writing. The other party shall answer within ten working days with its assessment of cost, time and risk, and no change is binding until both parties have signed a change note.

14.7 Service reviews. The Provider's service manager and the Customer's IT manager shall hold a review call each month to go through the monthly report, recurring alarms, capacity trends and recommended changes.

14.8 Records and audit. The supplying party shall keep complete and accurate records of the work performed, the staff assigned, the incidents handled and the charges invoiced under this agreement, and shall keep them during the term and for three years after it ends. On reasonable notice, and not more than once in each calendar year except after a security incident, the Customer or an auditor appointed by the Customer may inspect those records and the controls used to perform this agreement, during normal business hours and at the Customer's own cost.

14.9 Language and notices. The working language of the project is Chinese, with English used where the supplying party's staff need it; all documents, reports and training material delivered to the Customer shall be provided in Chinese. Notices under this agreement shall be given in writing to the contact persons named by each party, by courier or by e-mail with a copy by courier, and take effect on receipt. A party that changes its contact person or address shall inform the other party in writing within five working days.

14.10 Severability. If any provision is held invalid, the remaining provisions stay in force and the parties shall replace the invalid provision with a valid one that comes closest to its purpose. A failure or delay in exercising a right is not a waiver of that right.


## Schedule 1 - Monitored Devices

2 core switches, 14 access switches, 2 firewalls, 1 wireless controller, 86 wireless access points, 3 routers at the warehouses and 9 routers at the outlet shops.

## Schedule 2 - Alarm Priorities

| Priority | Meaning | Provider action |
|---|---|---|
| Priority 1 | core switch, firewall or internet link down; production lines or live-streaming studio cut off | alert the Customer and advise, as soon as practicable |
| Priority 2 | a warehouse, shop or group of access points down | alert the Customer and advise, as soon as practicable |
| Priority 3 | threshold warning, single access point down | listed in the daily summary |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding Charge | one-time | 38,000 |
| Monthly Charge | per month, 24 months | 26,500 |
| Total for the Initial Term | 38,000 + 24 x 26,500 | 674,000 |

For the Customer: ____________________

For the Provider: ____________________
"""

# ---------------------------------------------------------------- e05 (.txt, upper-case headings, Schedule)
E05 = """API SUBSCRIPTION AGREEMENT - CATCH CERTIFICATE VERIFICATION SERVICE

Agreement No.: AVL-API-2025-021

THIS AGREEMENT is made between:

FUZHOU HAIXIAN YUNCANG NETWORK TECHNOLOGY CO., LTD., a company incorporated in the People's Republic of China, with its registered office at 9 Jiangbin East Avenue, Mawei District, Fuzhou, Fujian Province ("Customer"); and

ADRIA VERITAS SH.P.K., a company incorporated in the Republic of Albania, with its registered office at Rruga Justin Godart 14, Vlore, Albania ("Provider").

RECITALS

A. Customer operates an online trading platform for imported and domestic seafood and must check that catch certificates, health certificates and vessel identities presented by sellers are genuine and consistent.

B. Provider operates an application programming interface (the "API") that checks catch certificate numbers, vessel identifiers and species codes against public registries and its own reference database, and returns a verification result with a risk score.

C. Customer wishes to subscribe to the API on the terms of this Agreement.

1. DEFINITIONS

1.1 "Subscription Year" means the period starting on the Service Start Date and each subsequent period starting on an anniversary of that date.

1.2 "Service Start Date" means the date on which Customer signs the Integration Acceptance Certificate under clause 4.

1.3 "Customer Data" means all certificate images, numbers, seller details, query logs and results submitted to or generated by the API for Customer.

1.4 "Integration" means the connection of Customer's platform to the API, the field mapping between Customer's listing data and the API, and the sandbox and production keys, as described in the Schedule.

2. SERVICE

2.1 Provider shall provide Customer with access to the API for up to 1,500,000 verification requests per Subscription Year, together with the web console, documentation and technical support.

2.2 Provider shall carry out the Integration and support Customer's developers until Integration Acceptance.

2.3 The API and all Customer Data are hosted on servers in mainland China operated by the hosting provider named in the Schedule. Provider's staff in Albania have read-only access to anonymous error logs only.

3. TERM

3.1 This Agreement starts on signature. The Subscription Term is two (2) Subscription Years from the Service Start Date.

3.2 This Agreement does not renew automatically. Any extension requires a written amendment signed by both parties.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall complete the Integration within forty (40) days after signature.

4.2 Integration Acceptance criteria: (a) all request and response fields in the Schedule are mapped and tested; (b) a test set of 2,000 certificates supplied by Customer, including 200 known forgeries, is processed with every known forgery flagged; (c) the median response time in production is below 800 milliseconds at 50 requests per second; and (d) the API runs in production for seven (7) days without a Priority 1 incident.

4.3 When the criteria are met, Customer signs an Integration Acceptance Certificate. Use of the API before that date is not acceptance.

4.4 If the Integration is not completed within the period in clause 4.1 for reasons attributable to Provider, Provider shall pay CNY 300 for each day of delay.

5. FEES AND PAYMENT

5.1 At Customer's request all fees are stated and paid in Chinese Yuan (CNY). The fees are set out in the Schedule and total CNY 396,000 for the Subscription Term.

5.2 The subscription fee is invoiced quarterly in arrears. The Integration fee is invoiced after Integration Acceptance. Customer pays within thirty (30) days of a valid invoice. No fee is payable before the Service Start Date.

5.3 Requests beyond the annual allowance are charged at CNY 0.02 per request, invoiced quarterly in arrears.

6. SERVICE LEVELS

6.1 Provider shall keep the API available 99.95% of each calendar month, excluding maintenance announced 72 hours in advance and carried out between 02:00 and 04:00 Beijing time.

6.2 Incident response: Priority 1 (API unavailable or returning wrong results for all requests) - response within 30 minutes and restoration within 2 hours; Priority 2 (degraded performance or errors for some requests) - response within 2 hours; Priority 3 (questions, documentation) - next business day.

6.3 Service credits: for each 0.1 percentage point of monthly availability below the level in clause 6.1, 3% of the quarterly subscription fee; for each hour of delay in responding to a Priority 1 incident, CNY 1,000. Credits are deducted from the next invoice.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Provider processes Customer Data only to provide the API to Customer and shall not use it for any other purpose, including building or enriching its reference database, during or after the Subscription Term.

7.2 Provider shall protect Customer Data with encryption in transit and at rest, role-based access with multi-factor login, and logs of all administrative access kept for at least 180 days, in compliance with the PRC Personal Information Protection Law and Data Security Law.

7.3 Provider shall notify Customer within twelve (12) hours of any security incident affecting Customer Data, cooperate in the response and bear all losses and regulatory penalties resulting from an incident caused by Provider or its hosting provider.

7.4 Within thirty (30) days after the end of this Agreement Provider shall return Customer Data in a standard format and delete all copies.

8. CONFIDENTIALITY

8.1 Each party shall keep the other party's confidential information secret and use it only for this Agreement.

8.2 This obligation continues for three (3) years after the end of this Agreement.

9. INTELLECTUAL PROPERTY

9.1 The API, the reference database and the console remain Provider's property.

9.2 The field mapping, the adapter code written for Customer's platform and any reports prepared for Customer belong to Customer, who may use, modify and license them freely.

10. SUBCONTRACTING

10.1 The hosting provider named in the Schedule is approved by signature.

10.2 Provider shall not subcontract any other part of its obligations without Customer's prior written consent.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to twice the total fees for the Subscription Term.

11.2 The limit does not apply to breach of clause 7, fraud or wilful misconduct.

12. TERMINATION

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within twenty (20) days after notice.

12.2 Either party may terminate if the other becomes insolvent.

12.3 On termination Provider shall refund fees paid for any period after the termination date.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the Republic of Albania.

13.2 Any dispute shall be finally settled by arbitration in Tirana, Albania, under the rules of the Tirana Chamber of Commerce and Industry, in the English language.

14. GENERAL

14.1 Notices shall be in writing and sent by e-mail and courier to the addresses above.

14.2 This Agreement is the entire agreement of the parties on its subject.

14.3 Force majeure. Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war, government action or failure of public networks, provided it notifies the other party promptly, takes reasonable steps to limit the effect and resumes performance as soon as possible. Time limits are extended by the duration of the event.

14.4 Anti-bribery. Neither party shall offer or give any payment, gift or other advantage to the other party's staff in connection with this agreement, and each party shall keep accurate records of its dealings under it.

14.5 Insurance. The supplying party shall maintain public liability insurance and, where its staff work at the Customer's sites, accident insurance for those staff, and shall show the certificates on request.

14.6 Change control. Either party may request a change to the scope in writing. The other party shall answer within ten working days with its assessment of cost, time and risk, and no change is binding until both parties have signed a change note.

14.7 Support and reviews. Provider shall give Customer a named technical contact and a support desk reachable by e-mail and telephone in Chinese and English, and shall hold a quarterly review of usage, availability and incidents.

14.8 Records and audit. The supplying party shall keep complete and accurate records of the work performed, the staff assigned, the incidents handled and the charges invoiced under this agreement, and shall keep them during the term and for three years after it ends. On reasonable notice, and not more than once in each calendar year except after a security incident, the Customer or an auditor appointed by the Customer may inspect those records and the controls used to perform this agreement, during normal business hours and at the Customer's own cost.

14.9 Language and notices. The working language of the project is Chinese, with English used where the supplying party's staff need it; all documents, reports and training material delivered to the Customer shall be provided in Chinese. Notices under this agreement shall be given in writing to the contact persons named by each party, by courier or by e-mail with a copy by courier, and take effect on receipt. A party that changes its contact person or address shall inform the other party in writing within five working days.

14.10 Severability. If any provision is held invalid, the remaining provisions stay in force and the parties shall replace the invalid provision with a valid one that comes closest to its purpose. A failure or delay in exercising a right is not a waiver of that right.


SCHEDULE - FEES, FIELDS AND HOSTING

Fees:
Subscription fee, per Subscription Year: CNY 186,000
Subscription fee, two Subscription Years: CNY 372,000
Integration fee (one-time): CNY 24,000
Total: CNY 396,000

Fields: certificate number, flag state, vessel name, vessel identifier, species code, catch area, landing date, exporter name, importer name.

Hosting provider: Huawei Cloud (Fuzhou data centre).

Signed for Customer: ____________________

Signed for Provider: ____________________
"""


# ---------------------------------------------------------------- labels
def T(**kw):
    base = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
                liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
                warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
                termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
                contract_kind="service")
    assert set(kw) <= set(base), set(kw) - set(base)
    base.update(kw)
    return {k: base[k] for k in TERM_KEYS}


# slug, ext, lang, category, source, terms, extra (sla_clause, ld_stated, capped|None, deemed, value),
# tco = (fee base, annual fee) for goods, forum_outside_mainland, expected rules
C = [
    dict(stem="h371z01_health_commission_population_health_platform", ext="pdf", lang="zh", category="software",
         src=Z01, terms=T(availability_pct=99.98, p1_response_hours=0.5, ld_rate_per_day_pct=0.08,
                          prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=36,
                          post_warranty_fee_pct=8, contract_kind="goods_or_licence"),
         extra=(True, True, True, False, 3918000), tco=(1860000, 148800), forum_out=False,
         sums=[(1860000 + 1240000 + 686000 + 94000 + 38000, 3918000), (783600 + 1763100 + 1371300, 3918000),
               (1860000 * 8 // 100, 148800)],
         rules=[]),
    dict(stem="h371z02_glass_bottle_is_machine_control_retrofit", ext="docx", lang="zh", category="hardware",
         src=Z02, terms=T(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
                          final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=25,
                          contract_kind="goods_or_licence"),
         extra=(True, True, True, False, 2200000), tco=(1920000, 480000), forum_out=False,
         sums=[(1120000 + 386000 + 148000 + 266000, 1920000), (1920000 + 218000 + 62000, 2200000),
               (440000 + 990000 + 770000, 2200000), (1920000 * 25 // 100, 480000)],
         rules=["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    dict(stem="h371z03_pet_grooming_chain_booking_saas", ext="txt", lang="zh", category="cloud",
         src=Z03, terms=T(availability_pct=99.95, p1_response_hours=0.25, buyer_owns_data=False,
                          ld_rate_per_day_pct=400 / 518000 * 100, liability_cap_pct=200,
                          prepayment_pct=230000 / 518000 * 100, auto_renewal_price_increase=True),
         extra=(True, True, None, False, 518000), tco=None, forum_out=False,
         sums=[(30 * 4800, 144000), (3 * 144000 + 86000, 518000), (144000 + 86000, 230000)],
         rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-PREPAYMENT"]),
    dict(stem="h371z04_ecology_bureau_pollution_monitoring_om", ext="txt", lang="zh", category="services",
         src=Z04, terms=T(availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=0.2,
                          subcontract_without_consent=True),
         extra=(True, True, None, False, 598000), tco=None, forum_out=False,
         sums=[(126 * 3600, 453600), (453600 + 86400 + 58000, 598000), (4 * 149500, 598000)],
         rules=["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
    dict(stem="h371z05_liangpi_factory_erp_supplier_template", ext="md", lang="zh", category="software",
         src=Z05, terms=T(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", confidentiality=False,
                          ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=65,
                          acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
                          subcontract_without_consent=None, contract_kind="goods_or_licence"),
         extra=(True, True, False, True, 530000), tco=None, forum_out=False,
         sums=[(268000 + 196000 + 58000 + 8000, 530000), (344500 + 185500, 530000), (530000 * 65 // 100, 344500)],
         rules=["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    dict(stem="h371e01_inkstone_workshop_stone_grain_licence", ext="pdf", lang="en", category="software",
         src=E01, terms=T(p1_response_hours=2, sla_remedy=False, liability_cap_pct=150, prepayment_pct=10,
                          final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                          termination_for_breach=False, contract_kind="goods_or_licence"),
         extra=(True, False, True, False, 550000), tco=(384000, 34560), forum_out=False,
         sums=[(6 * 48000 + 96000, 384000), (384000 + 124000 + 42000, 550000), (55000 + 302500 + 192500, 550000),
               (384000 * 9 // 100, 34560)],
         rules=["CR-LD-MISSING", "CR-SLA-NO-REMEDY", "CR-TERMINATION"]),
    dict(stem="h371e02_river_cruise_ticketing_saas_order_form", ext="md", lang="en", category="cloud",
         src=E02, terms=T(availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=800 / 966000 * 100,
                          liability_cap_pct=6 / 36 * 100),
         extra=(True, True, None, False, 966000), tco=None, forum_out=False,
         sums=[(168000 + 14 * 9600, 302400), (3 * 302400 + 58800, 966000), (4 * 75600, 302400)],
         rules=["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    dict(stem="h371e03_coconut_farm_irrigation_sensors", ext="docx", lang="en", category="hardware",
         src=E03, terms=T(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=20,
                          final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7,
                          contract_kind="goods_or_licence"),
         extra=(True, True, True, False, 720000), tco=(632400, 44268), forum_out=False,
         sums=[(180 * 1650 + 6 * 8800 + 48 * 3200 + 2 * 21500 + 86000, 632400), (632400 + 74600 + 13000, 720000),
               (144000 + 324000 + 252000, 720000), (632400 * 7 // 100, 44268)],
         rules=[]),
    dict(stem="h371e04_childrenswear_managed_network_monitoring", ext="md", lang="en", category="services",
         src=E04, terms=T(sla_remedy=False, data_security_clause=False, ld_rate_per_day_pct=500 / 674000 * 100,
                          liability_cap_pct=150),
         extra=(False, True, None, False, 674000), tco=None, forum_out=False,
         sums=[(38000 + 24 * 26500, 674000)],
         rules=["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    dict(stem="h371e05_seafood_catch_certificate_api", ext="txt", lang="en", category="cloud",
         src=E05, terms=T(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=300 / 396000 * 100,
                          liability_cap_pct=200, governing_law="Albania"),
         extra=(True, True, None, False, 396000), tco=None, forum_out=True,
         sums=[(2 * 186000 + 24000, 396000)],
         rules=["CR-GOVERNING-LAW"]),
]


# ---------------------------------------------------------------- rules from labels (my reading of policy.md §3/§4)
def tco_share(c):
    t = c["terms"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not c["extra"][2]:
        return None
    base, fee = c["tco"]
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * fee
    return fees / (c["extra"][4] + fees) * 100


def derive(c):
    t, (sla, ld_stated, capped, deemed, value) = c["terms"], c["extra"]
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or c["forum_out"]:
        r.add("CR-GOVERNING-LAW")
    s = tco_share(c)
    if s is not None and s > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold figures (raw and normalised text)
ZN = "〇零一二三四五六七八九十两百千"
PCT = r"\s*(?:%|％|per\s*cent\b|percent\b)"
BANNED = {
    "availability 99.9": [r"(?<![\d.])99\.90*(?![\d])"],
    "P1 4 hours": [r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b|-hour)", r"(?<![%s])四个?小时" % ZN,
                   r"(?<![a-z-])four[\s-]*(?:\(4\)\s*)?hours?", r"(?<![\d.])240\s*(?:分钟|minutes?|mins?)",
                   r"二百四十分钟"],
    "LD 0.05 %/day": [r"(?<![\d.])0?\.050*" + PCT, r"万分之五(?![十])", r"千分之零点五", r"百分之零点零五"],
    "cap 100 %": [r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之百", r"百分之一百", r"hundred\s+per\s*cent",
                  r"hundred\s+percent"],
    "prepayment 30 %": [r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"三成",
                        r"thirty\s+per\s*cent"],
    "TCO 40 %": [r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"四成",
                 r"forty\s+per\s*cent"],
    "post-warranty 15 %": [r"(?<![\d.])15(?:\.0+)?" + PCT, r"(?<![%s])百分之十五(?![点])" % ZN,
                           r"fifteen\s+per\s*cent"],
    "warranty 12 months": [r"(?<![\d.])12\s*(?:个月|months?\b|-month)", r"(?<![%s])十二个月" % ZN,
                           r"(?<![a-z-])twelve[\s-]*(?:\(12\)\s*)?(?:calendar\s+)?months?",
                           r"(?<![\d.])1\s*(?:年|years?\b|-year)", r"(?<![%s])一年" % ZN.replace("一", ""),
                           r"(?<![a-z-])one[\s-]*(?:\(1\)\s*)?years?\b", r"(?<![a-z-])a\s+year\b"],
    "5 years / 60 months": [r"(?<![\d.])5\s*(?:年|years?\b|-year)", r"(?<![%s])五年" % ZN,
                            r"(?<![a-z-])five[\s-]*(?:\(5\)\s*)?years?", r"(?<![\d.])60\s*(?:个月|months?\b|-month)",
                            r"六十个月", r"sixty[\s-]*(?:\(60\)\s*)?months?"],
}
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "four hours", "four (4) hours",
            "240分钟", "240 minutes", "0.05%", "0.05 per cent", "万分之五", "100%", "100 per cent", "百分之百",
            "30%", "百分之三十", "三成", "40%", "百分之四十", "15%", "15 %", "百分之十五", "12个月", "十二个月",
            "12 months", "twelve months", "一年", "one year", "one-year", "1年", "五年", "5年", "5 years",
            "five years", "60个月", "60 months", "sixty months"]
MUST_NOT = ["24小时", "二十四小时", "24 hours", "twenty-four hours", "twenty-four (24) hours", "99.95%", "99.98%",
            "115%", "0.15%", "四十二个月", "2025年", "2015年", "35%", "百分之四十五", "百分之三十五", "1.5倍", "0.5%",
            "130%", "45%", "112 months", "十一年", "二十五年", "14 hours", "0.35", "150%", "200%", "2,400,000",
            "1,500,000", "25%", "six (6) months", "fourteen (14) days", "一个服务年度", "十二个服务"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for name, pats in BANNED.items():
            for p in pats:
                for m in re.finditer(p, variant, re.I):
                    hits.append((name, variant[max(0, m.start() - 15):m.end() + 15]))
    return hits


def selftest():
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_NOT:
        assert not scan(s), ("must not hit", s, scan(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(c, text):
    return len(text) if c["lang"] == "zh" else len(text.split())


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for c in C:
        name = c["stem"] + "." + c["ext"]
        if c["ext"] in ("docx", "pdf"):
            sources[c["stem"]] = c["src"]
            targets[c["stem"]] = (name, c["ext"])
        else:
            (OUT / name).write_text(c["src"], encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    seen, problems = set(), []
    for c in C:
        name = c["stem"] + "." + c["ext"]
        t = c["terms"]
        sla, ld_stated, capped, deemed, value = c["extra"]
        for got, want in c["sums"]:
            assert got == want, (c["stem"], got, want)
        extra = {"sla_clause": sla, "ld_stated": ld_stated}
        if t["contract_kind"] == "goods_or_licence":
            extra["post_warranty_fee_capped"] = capped
        else:
            assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        extra["acceptance_deemed_on_delivery"] = deemed
        extra["contract_value"] = value
        # off every threshold
        for k, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)):
            if t[k] is not None:
                margin = 0.04 if k == "availability_pct" else 0.02 * thr
                assert abs(t[k] - thr) > margin, (c["stem"], k, t[k])
        share = tco_share(c)
        if share is not None:
            assert abs(share - 40) > 1, (c["stem"], share)
        rules = derive(c)
        assert rules == sorted(c["rules"]), (c["stem"], rules, c["rules"])
        seen.update(rules)
        label = {"file": name, "language": c["lang"], "category": c["category"], "expected_terms": t,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (c["stem"] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        n = measure(c, text)
        lo, hi = (2800, 3300) if c["lang"] == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            problems.append("%s length %d not in %d-%d" % (name, n, lo, hi))
        for src in (c["src"], text):
            for h in scan(src):
                problems.append("%s threshold figure %s: %r" % (name, h[0], h[1]))
        print("%-58s %-4s %5d %s  risk=%s%s" % (name, c["lang"], n, ", ".join(r[3:] for r in rules) or "(none)",
                                               risk(rules), "" if share is None else "  tco_share=%.2f" % share))
    missing = [r for r in ALL_RULES if r not in seen]
    if missing:
        problems.append("rules never expected: %s" % missing)
    for p in dict.fromkeys(problems):
        print("PROBLEM", p)
    assert not problems
    print("all checks passed")


if __name__ == "__main__":
    main()
