"""holdout336 — ten ORDINARY draft contracts (5 zh, 5 en), written blind from policy.md / API.md.

Writes every contract (.txt/.md directly, .docx/.pdf through ../word_pdf.py), every sidecar label .json, reads every
built file back, checks lengths, threshold figures (raw and whitespace-normalised text) and the label arithmetic, and
prints the expected rules per contract. Run from this folder: /work/main/.venv/bin/python -B make_files.py
"""
import sys; sys.dont_write_bytecode = True  # noqa: E702
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------------
# z01 — 市场监督管理局 特种设备安全监管平台, 政府采购 公开招标, buyer's paper (.pdf, 第X条 + 1.1)
H336Z01 = """
T:青川市特种设备安全智慧监管平台建设项目政府采购合同
P:合同编号：QCSJ-ZC-2026-017    采购方式：公开招标
P:甲方（采购人）：青川市市场监督管理局
P:乙方（供应商）：杭州澄衡信息技术有限公司
P:鉴于甲方就“青川市特种设备安全智慧监管平台建设项目”依法组织公开招标，乙方为经评标委员会推荐并由甲方确定的中标供应商。根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、投标文件，双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的需求规格说明书均为本合同组成部分。
H:第一条 合同标的与合同价款
P:1.1 乙方为甲方建设特种设备安全智慧监管平台，覆盖电梯、锅炉、压力容器、气瓶、起重机械及场（厂）内专用机动车辆的登记、检验、隐患排查、应急处置和执法监管全流程，并完成与省级特种设备信息系统及本市“一网统管”平台的对接。
P:1.2 合同价款明细如下（人民币，含税）：
TB:序号|项目|金额（元）
TB:1|监管平台基础软件许可（永久许可，不限用户数）|860,000
TB:2|定制开发（六类设备监管模块、移动执法端、隐患闭环流程）|1,126,000
TB:3|历史数据迁移及系统接口开发|248,000
TB:4|部署实施与培训|96,000
TB:合计|人民币贰佰叁拾叁万元整|2,330,000
P:1.3 上述价款为固定总价，已包含软件许可、开发、迁移、部署、培训、质保期内服务及税费等全部费用，甲方不再另行支付其他费用。
H:第二条 交付与实施
P:2.1 乙方应在合同签订之日起150日内完成全部开发、部署及数据迁移，并向甲方提交初验申请。
P:2.2 乙方应按投标文件承诺组建项目组，项目经理未经甲方书面同意不得更换。项目组成员应具备相应的专业资格，进入甲方机房或接触业务数据前须签署安全承诺书。
P:2.3 乙方应在合同签订后15日内提交项目实施计划，明确需求调研、设计、开发、测试、迁移、部署各阶段的时间节点及交付物，经甲方确认后执行。实施过程中乙方每周提交项目周报，重大问题应在发现当日书面报告甲方。
P:2.4 乙方应向甲方交付需求规格说明书、概要设计、数据库设计、测试报告、用户手册、运维手册及源代码，交付的文档应与系统实际一致。
H:第三条 付款
P:3.1 合同签订后10个工作日内，乙方提交等额银行预付款保函，甲方支付合同总价的20%作为预付款，即466,000元。
P:3.2 平台通过初验后，甲方支付合同总价的45%，即1,048,500元。
P:3.3 平台通过终验后，甲方支付合同总价的35%，即815,500元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票，甲方按财政资金拨付流程办理支付。
P:3.5 乙方收款账户以本合同载明的账户为准，变更账户须加盖乙方公章书面通知甲方。因财政资金拨付流程造成的付款延迟，不视为甲方违约。
H:第四条 验收
P:4.1 初验：部署完成后，甲方组织对照需求规格说明书逐项检查功能，核对迁移数据（设备台账、检验记录、使用登记证）与原系统逐条一致，并完成与省级系统的接口联调；200个并发用户下常用查询响应不超过3秒。
P:4.2 试运行：初验合格后平台试运行90日，期间不得出现一级故障。试运行期满后乙方申请终验，甲方委托具备资质的第三方机构完成网络安全等级保护测评和源代码安全审计，测评结论为符合，且高危问题全部整改完毕。
P:4.3 终验由甲方组织专家按本条标准进行，验收合格后签署终验报告。平台上线运行、甲方使用或付款均不视为验收合格。
H:第五条 质保与后续运维
P:5.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、安全补丁及驻场支持。
P:5.2 质保期满后，甲方如需继续采购运维服务，年度运维服务费不超过基础软件许可费的8%，即每服务年度不超过68,800元；质保期满后两个服务年度内该标准不得上调。续购须另行签订书面合同，不自动续期。
H:第六条 服务水平
P:6.1 质保期内平台月度可用率不低于99.95%（计划内维护除外，计划内维护须提前3个工作日经甲方同意）。
P:6.2 一级故障（平台整体不可用或执法、应急模块中断）：乙方30分钟内响应，2小时内到场，8小时内恢复；二级故障：2小时内响应，次日内解决。
P:6.3 乙方响应或恢复超时的，每超时1小时支付违约金500元；月度可用率每低于承诺值0.01个百分点，支付违约金1,000元。甲方可从应付款项中直接扣除。
H:第七条 知识产权
P:7.1 基础软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 本项目定制开发的模块、接口程序、源代码及技术文档的知识产权归甲方所有。乙方应在终验前交付完整源代码，甲方有权自行或委托第三方修改、使用及再开发。
H:第八条 数据安全
P:8.1 平台存储和处理的设备台账、检验检测、使用单位及作业人员信息等全部数据归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 乙方应按网络安全等级保护第三级要求落实访问控制、加密存储、日志审计等措施，运维操作须经甲方审批并通过堡垒机进行。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即处置；因乙方原因导致数据安全事件的，乙方承担全部责任并赔偿甲方损失。
H:第九条 保密
P:乙方对履行合同过程中知悉的甲方工作秘密、执法信息及其他未公开信息负有保密义务，未经甲方书面同意不得披露。保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期提交初验申请或逾期通过终验的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方交付成果不符合约定的，应在甲方要求的期限内免费整改；整改后仍不合格的，甲方有权拒收并要求赔偿损失。
H:第十一条 分包
P:乙方不得将本合同项下的任何工作分包或转包给第三方。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
H:第十三条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 不可抗力
P:因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响方应在5日内书面通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方协商处理。
H:第十五条 履约保证金
P:乙方应在合同签订前向甲方提交合同总价5%的履约保证金，终验合格后15个工作日内无息退还。乙方未履行合同义务的，甲方有权从履约保证金中扣除相应违约金。
H:第十六条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：青川市市场监督管理局    乙方（盖章）：杭州澄衡信息技术有限公司
P:代表签字：____________    代表签字：____________
P:签订日期：2026年3月____日
"""
# ---------------------------------------------------------------------------------------------------------------------
# z02 — 饲料厂 制粒线控制系统改造 + post-warranty 维保 (.docx, 一、/（一）, Word price table)
H336Z02 = """
T:制粒生产线自动化控制系统改造合同
P:合同编号：HF-SB-2026-0312
P:甲方：河源禾丰饲料有限公司
P:乙方：佛山迅驰自动化工程有限公司
P:甲方二号车间现有三条制粒生产线控制系统老化，配方切换依赖人工，调质温度波动大。为提高颗粒质量和产能，甲方决定对制粒线控制系统进行整体改造。乙方具备相应的设计、供货和安装调试能力。双方经友好协商，签订本合同，共同遵守。
H:一、改造范围
P:（一）拆除原有继电器控制柜，新建三套PLC控制柜，实现喂料、调质、制粒、冷却、分级工段的联锁控制。
P:（二）更换主机及喂料器变频器，加装调质温度、蒸汽压力、主机电流等检测仪表。
P:（三）部署中控室上位机及配方管理软件，实现配方下发、批次追溯、能耗统计和故障报警。
P:（四）完成旧系统拆除、电缆敷设、程序编写、单机及联动调试、人员培训。
H:二、合同价格
P:（一）合同总价为人民币壹佰贰拾伍万肆仟元整（¥1,254,000），含税、运输、保险、安装及调试费用。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块、柜体）|3套|168,000|504,000
TB:2|变频器（主机及喂料器）|6台|38,500|231,000
TB:3|上位机及触摸屏|2套|46,000|92,000
TB:4|温度、压力、电流检测仪表|1批|63,000|63,000
TB:5|配方管理及监控软件许可（永久）|1套|130,000|130,000
TB:|软硬件小计|||1,020,000
TB:6|PLC及上位机程序编制、安装调试|1项|186,000|186,000
TB:7|旧系统拆除及电缆敷设|1项|30,000|30,000
TB:8|操作及维护培训、技术资料|1项|18,000|18,000
TB:|合计|||1,254,000
P:（二）合同总价为固定价格，除甲方书面变更需求外不作调整。
H:三、工期
P:（一）乙方应在合同生效后75日内完成全部设备到货，到货后45日内完成安装调试并具备验收条件。
P:（二）改造施工须利用甲方安排的停产窗口进行，每条线停产时间不超过10日。三条线应分批改造，确保任何时候至少两条线正常生产。
P:（三）乙方应在进场前提交施工方案、安全措施及停产计划，经甲方设备部和安全部书面确认后方可施工。乙方施工人员须遵守甲方的安全生产、动火作业和粉尘防爆管理制度，因乙方违章作业造成的人身伤害或财产损失由乙方承担。
P:（四）乙方应保证所供设备为原厂全新正品，随货提供合格证、出厂检验报告及中文说明书，并与甲方共同开箱清点。
H:四、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即125,400元。
P:（二）设备全部到货并安装完成后，甲方支付合同总价的60%，即752,400元。到货签收及安装完成不代表质量验收。
P:（三）系统通过最终验收后，甲方支付合同总价的25%，即313,500元。
P:（四）余款5%即62,700元作为质量保证金，质保期满且无未决质量问题后10个工作日内无息支付。
H:五、验收
P:（一）验收标准：三条制粒线在额定负荷下各连续稳定运行72小时；调质温度控制偏差不超过±2℃；配方切换时间不超过15分钟；批次追溯记录完整，可按批次查询原料、配方、操作人员及工艺参数；报警功能逐项测试有效。
P:（二）乙方提交验收申请后，甲方在7日内组织生产、设备、品控部门共同验收，并出具书面验收报告。验收不合格的，乙方应在10日内整改后重新申请验收。
P:（三）设备投入生产使用不视为验收合格。
P:（四）验收时乙方应提交调试记录、仪表校准证书、程序备份及变更清单。甲方有权对照技术协议对设备型号、产地及数量进行核查，发现与投标不一致的，乙方应无条件更换，由此延误的工期计入逾期。
H:六、质量保证及售后服务
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现非人为损坏的故障，乙方免费维修或更换。
P:（二）一级故障（整条制粒线因控制系统原因停机）：乙方接到通知后30分钟内响应，6小时内到达现场，12小时内恢复生产。二级故障：2小时内响应，24小时内到场处理。
P:（三）乙方响应或到场超过上述时限的，每超过1小时向甲方支付800元违约金。
P:（四）质保期满后，乙方提供年度维保服务，内容包括每月驻厂巡检、备品备件、程序优化及7×24小时技术支持。年度维保费按软硬件小计的28%计取，即每年285,600元，该费用在维保合同有效期内固定不变，按季度支付。
H:七、知识产权
P:（一）乙方为本项目编写的PLC程序、上位机画面、配方数据库结构及全部源程序归甲方所有，乙方应在验收时一并交付，甲方有权自行修改和使用。
P:（二）配方管理软件的著作权归其权利人所有，甲方获得永久使用许可。
P:（三）乙方保证所供软件及程序不侵犯任何第三方的知识产权；因侵权引起的索赔由乙方负责处理并承担全部费用，甲方因此遭受的损失由乙方赔偿。
H:八、数据安全
P:（一）生产数据、配方参数及批次追溯数据归甲方所有，乙方不得复制、带离或用于本合同以外的任何目的。
P:（二）乙方远程维护须经甲方逐次审批，通过甲方指定的VPN账号登录，并保留操作日志；不得在控制网络中接入未经甲方许可的设备。
P:（三）因乙方原因造成数据泄露、丢失或控制系统遭受网络攻击的，乙方应在2小时内通知甲方，配合处置并承担相应赔偿责任。
H:九、保密
P:乙方对甲方的饲料配方、工艺参数、生产计划及经营信息负有保密义务，合同终止后仍应继续履行，直至相关信息公开。
H:十、违约责任
P:（一）乙方逾期完成到货或安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）因乙方原因造成甲方停产损失的，乙方应予赔偿。乙方所供设备存在质量问题，经两次维修仍不能正常使用的，乙方应免费更换同型号新设备。
P:（三）甲方逾期付款的，应按逾期金额每日万分之二支付违约金。
H:十一、分包
P:电缆桥架及土建配合工作经甲方书面同意后，乙方可分包给具备资质的单位，乙方对分包工作承担全部责任。其他工作不得分包。
H:十二、合同解除
P:乙方逾期超过45日，或验收两次不合格的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。双方发生争议应协商解决，协商不成的，任何一方均可向甲方所在地人民法院起诉。
H:十四、不可抗力
P:因不可抗力导致合同不能按期履行的，受影响方应及时通知对方，并在10日内提供有关证明，双方可协商延长履行期限，互不承担违约责任。
H:十五、其他
P:（一）乙方应在验收前向甲方移交全部电气图纸、PLC程序备份、参数设置表、备件清单及操作维护手册各两套，其中电子版一套。
P:（二）本合同附件包括技术协议、设备清单及培训计划，与本合同具有同等效力。
P:（三）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：河源禾丰饲料有限公司    乙方（盖章）：佛山迅驰自动化工程有限公司
P:授权代表：____________    授权代表：____________
P:日期：2026年4月____日
"""
# ---------------------------------------------------------------------------------------------------------------------
# z03 — 连锁托育中心 (18 家) 入托及家校 SaaS + 实施 (.txt, 第X条 + （1）)
H336Z03 = """智慧托育管理平台服务合同

合同编号：XY-SaaS-2026-088

甲方：成都小芽儿托育服务连锁有限公司
地址：成都市武侯区天府大道北段

乙方：南京童程云软件科技有限公司
地址：南京市建邺区江东中路

甲方在成都、德阳、眉山共经营18家托育中心。为统一管理入托报名、晨午检、考勤、膳食、成长记录及家长沟通，甲方拟采用乙方“童程云”托育管理平台（以下简称“平台”）的软件即服务，并委托乙方完成实施。双方本着平等自愿原则，订立本合同。

第一条 服务内容
（1）乙方向甲方18家托育中心开通平台服务，功能包括：入托咨询与报名、合同与缴费管理、晨午检及健康档案、人脸考勤与接送核验、膳食及营养分析、成长记录、家长端小程序消息通知。
（2）乙方负责实施工作：按甲方的组织架构完成系统配置；将甲方现有的幼儿档案、家长信息及缴费记录迁移至平台；对接甲方18家中心已有的门禁考勤设备；为园长、保育员和财务人员提供培训。
（3）为甲方定制的报表、审批流程和家长通知模板，按附件一《实施需求清单》执行。
（4）乙方在服务期内持续提供平台的版本更新、安全补丁和功能优化，不另行收费；重大版本变更影响甲方使用习惯的，应提前15日通知甲方并提供培训材料。
（5）乙方为甲方指定一名客户成功经理，负责需求对接、问题跟踪和每季度的服务回顾，并提供工作日9:00至18:00的电话及在线客服。

第二条 服务期限
（1）服务期为三个服务年度，自平台上线验收合格之日起计算。
（2）服务期满前30日，双方均未书面提出终止的，本合同自动续展一个服务年度，可多次续展。续展期的服务费由乙方按其届时公布的标准价格重新确定，涨幅不超过上一服务年度服务费的8%，甲方对此不持异议。

第三条 费用
（1）平台服务费按中心数量计收，每家中心每服务年度9,600元，18家中心每服务年度合计172,800元，三个服务年度合计518,400元。
（2）实施费为一次性费用74,600元，包括配置、数据迁移、设备对接及培训。
（3）本合同总金额为人民币593,000元（伍拾玖万叁仟元整），含税。服务期内甲方增开中心的，按每家每服务年度9,600元另行结算。

第四条 付款
（1）实施费在平台上线验收合格后15个工作日内一次付清。
（2）平台服务费按服务年度支付，甲方在每个服务年度开始之日起15个工作日内支付该服务年度的服务费。
（3）乙方收款前应提供合规的增值税专用发票。本合同不设预付款。

第五条 上线与验收
（1）乙方应在合同签订后60日内完成实施，具备全部18家中心上线条件。
（2）验收标准：附件一所列功能逐项测试通过；迁移的幼儿档案、家长信息和缴费记录经甲方抽查核对无差错；18家中心门禁考勤数据能实时同步至平台；家长端消息推送延迟不超过1分钟；园长、保育员完成培训并通过操作考核。
（3）甲方在收到乙方验收申请后7个工作日内组织验收，合格的签署上线验收单；不合格的，乙方应在10个工作日内整改。平台开通试用不视为验收。
（4）18家中心可分两批上线，但上线验收以全部中心完成上线并通过第（2）项标准为准。实施期间乙方应保证甲方原有纸质及表格管理方式可以并行，不得影响各中心的正常接送和保育工作。

第六条 服务水平
（1）平台每月可用率不低于99.5%，计划维护须安排在晚间9点至次日早6点，并提前2日通知甲方。
（2）故障分级：一级故障指平台整体无法登录、考勤接送核验失效或家长端大面积无法使用；二级故障指单一功能模块异常；三级故障指一般咨询和使用问题。
（3）一级故障乙方应在30分钟内响应，3小时内恢复；二级故障2小时内响应，1个工作日内解决；三级故障1个工作日内答复。
（4）月可用率低于承诺值或一级故障恢复超时的，乙方按当月服务费（年服务费的十二分之一）的10%给予服务抵扣，在下一服务年度服务费中扣减。

第七条 数据归属与数据安全
（1）甲方在平台中录入和产生的幼儿、家长、员工信息及业务数据归甲方所有。
（2）乙方有权在去标识化处理后，将平台使用数据及统计结果用于产品改进、托育行业研究报告，该权利在本合同终止后继续有效。
（3）乙方应将数据存储于中国境内的云服务器，落实网络安全等级保护第三级要求，对婴幼儿人脸图像等敏感个人信息加密存储，严格控制员工访问权限并留存访问日志。
（4）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，采取补救措施，并承担由此给甲方造成的全部损失，包括甲方因此受到的行政处罚及对家长的赔偿。
（5）合同终止后30日内，乙方应按甲方要求导出全部数据并交付甲方，随后删除平台中的甲方数据。

第八条 保密
双方对在合作中知悉的对方商业信息、技术信息及幼儿、家长个人信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。

第九条 知识产权
（1）平台软件的知识产权归乙方所有。
（2）乙方为甲方定制的报表、审批流程和通知模板的知识产权归甲方所有，甲方可自由使用、修改，合同终止后乙方应以通用格式交付其配置文件和说明文档。

第十条 违约责任
（1）乙方未能在约定期限内完成上线的，每逾期一日按合同总金额的千分之一向甲方支付违约金。
（2）甲方逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
（3）任何一方违约给对方造成损失的，应赔偿对方的实际损失。
（4）乙方未按约定导出或删除甲方数据，或在合同终止后继续保留甲方数据的，应赔偿甲方因此遭受的全部损失。

第十一条 分包
乙方不得将实施工作分包给第三方，确需分包的，须事先取得甲方书面同意。

第十二条 合同解除
乙方严重违约，或一级故障在同一服务年度内累计发生三次以上，经甲方书面通知后15日内未纠正的，甲方有权解除本合同，乙方应退还已收取但未提供服务部分的费用。

第十三条 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

第十四条 甲方的义务
（1）甲方应指定项目负责人，及时提供实施所需的组织架构、历史数据和设备信息，并组织各中心人员参加培训。
（2）甲方应确保在平台中录入的幼儿及家长个人信息已依法取得家长的同意，并按平台规则管理本方账号和密码。
（3）甲方发现平台故障时，应通过客服电话或工单系统及时通知乙方，并配合乙方进行故障排查。

第十五条 通知与联系
双方指定的联系人及联系方式见附件二。一方变更联系人或联系方式的，应提前3个工作日书面通知对方。以电子邮件发送的通知，自进入对方系统之日视为送达。

第十六条 其他
本合同附件一《实施需求清单》与本合同具有同等效力。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都小芽儿托育服务连锁有限公司
授权代表：
日期：2026年  月  日

乙方（盖章）：南京童程云软件科技有限公司
授权代表：
日期：2026年  月  日
"""
# ---------------------------------------------------------------------------------------------------------------------
# z04 — 市残疾人联合会 残疾人服务系统 年度运维, 政府采购 竞争性磋商 (.txt, 1. / 1.1)
H336Z04 = """滨江市残疾人联合会
残疾人综合服务信息系统运维服务项目政府采购合同

项目编号：BJCL-CS-2026-004
采购方式：竞争性磋商

采购人（甲方）：滨江市残疾人联合会
供应商（乙方）：滨江市数联科技服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就残疾人综合服务信息系统运维服务事宜，经协商一致，签订本合同。

1. 服务范围
1.1 运维对象为甲方“残疾人综合服务信息系统”，包括残疾人证办理、两项补贴发放、康复服务、辅助器具适配、就业帮扶五个业务子系统，市、区、街道三级共214个用户单位使用。
1.2 服务内容包括：系统日常监控与巡检、故障处理、数据库维护与备份、应用功能小范围优化（每季度不超过40人日）、安全加固及配合等级保护测评、用户咨询与培训。
1.3 乙方安排2名工程师在甲方驻场，工作日8:30至17:30在岗，节假日安排专人值守电话。
1.4 驻场工程师应具备数据库管理及网络安全相关技术能力，由乙方在响应文件中列明。乙方更换驻场人员须提前10日书面告知甲方并经甲方同意，新人员应完成交接后方可上岗。
1.5 每年残疾人证集中换证、补贴集中发放等业务高峰期间，乙方应按甲方要求增派1名工程师到场保障，费用已包含在合同价款中。

2. 服务期限
2.1 服务期自2026年3月1日起至2027年2月28日止，为一个服务年度。
2.2 服务期满本合同自然终止，不自动续期；甲方如需继续采购，依法重新组织采购。

3. 合同价款
3.1 合同总价为人民币486,000元（肆拾捌万陆仟元整），为固定总价，明细如下：
    驻场运维人员服务费：288,000元
    应用系统维护及功能优化：126,000元
    安全巡检及等保测评配合：48,000元
    数据备份与恢复演练：24,000元
3.2 上述价款包含乙方完成本合同服务所需的人工、差旅、工具及税费。

4. 付款方式
4.1 服务费按季度支付，每季度末经甲方考核合格后，甲方在15个工作日内支付当季服务费121,500元。
4.2 本合同不设预付款。
4.3 季度考核得分低于80分的，按第8.3条扣减当季服务费后支付。

5. 服务交接与考核验收
5.1 乙方应在服务期开始之日起10日内完成与原运维单位的交接，提交系统资产清单、账号权限清单及运维方案，经甲方确认后视为交接完成。
5.2 季度考核：甲方每季度按附件《运维服务考核细则》对故障响应及时率、巡检报告、备份完整性、用户满意度进行评分。
5.3 年度终验：服务期满前15日，乙方提交年度运维总结、全部巡检记录、备份恢复演练报告及文档资料；甲方对照本合同及考核细则组织终验，四个季度考核均合格、文档齐全且系统无遗留的一级故障的，终验合格。

6. 服务水平
6.1 系统月度可用率不低于99.95%，按每月总分钟数扣除经甲方批准的计划停机时间计算。
6.2 故障分级及时限：
    一级故障（系统整体中断，或补贴发放、证件办理无法进行）：30分钟内响应，2小时内恢复；
    二级故障（单个子系统或部分功能异常）：1小时内响应，8小时内解决；
    三级故障（一般问题及咨询）：当日答复，3个工作日内解决。
6.3 乙方每月5日前提交上月运维报告，内容包括可用率、故障清单及处理情况。
6.4 乙方每周对服务器、数据库、中间件及网络安全设备进行巡检，每月进行一次全量备份恢复验证，每季度开展一次应急演练，并将记录提交甲方存档。
6.5 重大活动、重要会议期间及甲方通知的保障时段，乙方应安排工程师全程值守。

7. 数据安全与个人信息保护
7.1 系统中的残疾人个人信息、残疾类别及等级、补贴发放记录等全部数据归甲方所有。乙方仅为履行运维服务接触数据，不得复制、下载、留存或用于任何其他目的。
7.2 乙方人员须签署个人信息保护承诺书；数据库操作须经甲方审批并通过堡垒机进行，全程录像；严禁将数据转移至甲方网络以外。
7.3 乙方应落实等级保护第三级的安全管理要求，定期开展漏洞扫描与补丁更新。发现安全事件或数据泄露，乙方应在1小时内报告甲方并配合处置；因乙方原因导致数据泄露、丢失或被篡改的，乙方承担全部法律责任并赔偿甲方损失。

8. 违约责任
8.1 乙方未按第5.1条按期完成交接的，每逾期一日按合同总价的千分之二支付违约金。
8.2 一级故障响应或恢复超时的，每超时1小时扣减当季服务费1,000元；月度可用率每低于承诺值0.01个百分点，扣减当季服务费500元。
8.3 季度考核得分低于80分的，每低1分扣减当季服务费的1%。
8.4 乙方对本合同项下的赔偿责任累计以合同总价的两倍为限，但因故意、重大过失或数据泄露造成的损失不受此限。

9. 保密
乙方对在服务中知悉的甲方工作信息、系统架构、账号口令及其他未公开信息负有保密义务，服务期满后仍须遵守。

10. 知识产权
乙方在服务期间形成的运维脚本、优化代码、配置文档及报告，其知识产权归甲方所有，乙方应随年度总结一并移交。乙方保证其提供的服务及工具不侵犯第三方合法权益，因此引起的纠纷由乙方负责处理。

11. 服务期满交接
服务期满或合同解除时，乙方应配合甲方或甲方指定的新运维单位完成交接，移交系统资产清单、账号权限、运维记录、备份介质及全部文档，交接期不少于15日，期间乙方人员应继续在岗，不得以任何理由拒绝或拖延。

12. 分包
乙方不得分包或转包本合同项下的任何服务。

13. 合同解除
13.1 乙方连续两个季度考核不合格，或发生因乙方原因造成的重大数据安全事件，或有其他严重违约行为经甲方书面通知后10日内未纠正的，甲方有权解除合同。
13.2 合同解除后，乙方应在7日内完成工作交接并移交全部资料，甲方按实际服务期间及考核结果结算费用。

14. 法律适用与争议解决
14.1 本合同适用中华人民共和国法律。
14.2 争议协商不成的，向甲方所在地人民法院提起诉讼。

15. 甲方的义务
15.1 甲方应为驻场人员提供必要的办公场所、网络环境及系统访问权限。
15.2 甲方应指定专人负责运维服务的日常联络、工作确认和季度考核，对乙方提交的报告在5个工作日内予以确认或提出意见。
15.3 甲方业务部门提出的功能优化需求，由甲方信息化负责人统一审核后交乙方实施。

16. 不可抗力
因不可抗力导致本合同部分或全部不能履行的，受影响方应及时通知对方，并在不可抗力消除后尽快恢复履行，双方均不承担违约责任。

17. 其他
17.1 磋商文件、响应文件、成交通知书及考核细则为本合同的组成部分。
17.2 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：滨江市残疾人联合会        乙方（盖章）：滨江市数联科技服务有限公司
法定代表人或授权代表：                  法定代表人或授权代表：
签订日期：2026年2月  日
"""
# ---------------------------------------------------------------------------------------------------------------------
# z05 — 红糖厂 追溯系统 licence + custom development, supplier's own template, many problems (.md, ## 第X条 + 1.1)
H336Z05 = """# 溯源云质量追溯系统软件销售及开发合同

> 本合同采用“溯源云标准合同文本（2025版）”，空白处由双方填写。

**合同编号：** SYY-HT-2026-0419

**甲方（买方）：** 义乌古法红糖厂有限公司

**乙方（卖方）：** 厦门溯源云信息技术有限公司

甲方拟建设红糖产品质量追溯系统，实现从甘蔗收购、熬制、包装到经销商出库的一物一码全程追溯；乙方是溯源云追溯平台的开发商。经双方协商，甲方向乙方购买追溯平台软件许可，并委托乙方在标准产品基础上进行定制开发，特订立本合同。

## 第一条 产品与服务

1.1 乙方向甲方提供溯源云追溯平台V5.0软件许可，部署于甲方指定的云服务器。

1.2 定制开发内容：甘蔗收购批次登记、古法熬制工序记录（火候、熬制时长、操作师傅）、包装赋码与关联、经销商扫码出库、消费者扫码查询页面、与甲方现有进销存系统的接口。

1.3 实施服务：系统部署、基础数据初始化、赋码规则配置及操作培训。

1.4 甲方自行采购云服务器、赋码打印设备、扫码枪及标签耗材，乙方负责提供配置建议。云服务器的费用、性能及安全由甲方负责。

1.5 乙方提供的消费者扫码查询页面可显示甲方的企业简介、产品介绍、古法工艺视频及防伪验证结果，页面样式在乙方标准模板中选择。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 溯源云追溯平台V5.0软件许可（永久，5个工厂用户、200个经销商账号） | 368,000 |
| 2 | 定制开发（见第1.2条） | 296,000 |
| 3 | 部署实施及基础数据初始化 | 58,000 |
| 4 | 操作培训（两期） | 16,000 |
| | **合计** | **738,000** |

合同总价为人民币柒拾叁万捌仟元整（¥738,000），含税。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的65%，即479,700元。乙方收到该款项后开始开发工作。

3.2 系统部署上线后5个工作日内，甲方支付合同总价的35%，即258,300元。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，乙方有权暂停服务直至甲方付清。

## 第四条 交付

4.1 乙方在收到首笔款项后90日内完成开发及部署。因甲方需求变更、资料提供不及时或配合不到位造成的延误，交付期限相应顺延。

4.2 乙方将尽最大努力按期交付，但不对交付时间作出保证。

4.3 系统部署完成后，乙方通过电子邮件向甲方发送系统访问地址及管理员账号，即视为交付完成。甲方应在收到后及时登录使用。

## 第五条 验收

5.1 系统部署上线并开通甲方账号之日，即视为甲方验收合格。

5.2 甲方在上线后提出的修改意见，乙方将在后续版本中酌情考虑。

## 第六条 免费维护与后续服务

6.1 乙方自系统上线之日起提供六个月的免费维护，内容为远程解答使用问题及修复程序缺陷。

6.2 免费维护期内，一级故障（系统无法登录或无法扫码查询）乙方在收到甲方通知后8小时内响应；其他问题在3个工作日内响应。

6.3 乙方对故障的处理时限不作承诺，因系统故障、中断或响应延迟造成的损失，乙方不承担扣款、赔偿或违约金。

6.4 免费维护期满后，甲方如需继续获得维护及升级服务，应与乙方另行签订维护合同，维护费按乙方届时有效的价格标准执行。

## 第七条 知识产权

7.1 溯源云追溯平台及其升级版本的全部知识产权归乙方所有。

7.2 乙方根据本合同为甲方定制开发的全部功能模块、接口程序、页面设计及相关源代码，其知识产权均归乙方所有。甲方在本合同约定的范围内享有非独占的使用权，不得修改、反编译或许可第三方使用。

7.3 乙方有权将定制开发成果用于其他客户的项目。

7.4 甲方不得以任何形式对系统进行修改、复制或转让，否则乙方有权终止许可并要求甲方赔偿损失。

## 第八条 数据

8.1 甲方在系统中录入的收购、生产、销售及追溯数据归甲方所有，乙方不得用于本合同以外的目的。

8.2 乙方应对系统采取访问控制、数据加密传输、每日备份等安全措施；发生数据泄露或丢失的，乙方应在24小时内通知甲方并采取补救措施，因乙方过错造成的损失由乙方承担赔偿责任。

8.3 乙方运维人员仅在甲方授权的范围内登录系统处理故障，操作记录保存不少于六个月，甲方可随时查阅。

## 第九条 保密

双方对本合同内容及在合作中获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。

## 第十条 分包与合作

乙方有权根据项目需要将部分开发、实施工作委托给其合作伙伴完成，无需征得甲方同意，但乙方应对合作伙伴的工作质量负责。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方因本合同承担的全部责任（包括违约责任和赔偿责任）累计不超过合同总价的百分之五十。乙方不承担甲方的间接损失、利润损失或商誉损失。

## 第十二条 合同解除

12.1 一方严重违反本合同约定，经对方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。

12.2 因甲方原因解除合同的，甲方已支付的款项不予退还。

12.3 合同解除后，乙方应在甲方付清全部应付款项后30日内，将甲方数据以乙方标准格式导出交付甲方。已交付的定制开发成果按第七条处理，乙方有权收回甲方的使用权限。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 甲方的义务

14.1 甲方应在合同签订后10个工作日内提供完整的业务流程说明、产品编码规则、经销商名单及其他实施所需资料，并指定专人配合乙方工作。

14.2 甲方应负责云服务器的采购、开通和日常管理，并确保网络环境满足系统运行要求。因甲方环境原因导致系统无法部署或运行异常的，乙方不承担责任。

14.3 甲方应妥善保管系统管理员账号和密码，因甲方账号管理不当造成的损失由甲方自行承担。

## 第十五条 不可抗力

因不可抗力、政策调整、网络运营商故障、第三方云服务中断等非乙方可控原因导致合同不能履行或延迟履行的，乙方不承担责任。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同未尽事宜，双方另行签订补充协议。

**甲方（盖章）：** 义乌古法红糖厂有限公司　　授权代表：__________　　日期：__________

**乙方（盖章）：** 厦门溯源云信息技术有限公司　　授权代表：__________　　日期：__________
"""
# ---------------------------------------------------------------------------------------------------------------------
# e01 — Foshan lion-dance head studio, frame design software, perpetual licences; Finnish vendor on Heinsaari
#       (.pdf, Article N / N.N, price table printed as rows)
H336E01 = """
T:Software Licence and Services Agreement
P:Agreement No. FSX-LIC-2026-07
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Foshan Xingshi Lion Head Craft Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Chancheng District, Foshan, Guangdong (the "Customer"); and
P:(2) Saarikehys Design Oy, a company incorporated in Finland with its registered office on Heinsaari, Helsinki, Finland (the "Vendor").
H:Background
P:(A) The Customer designs and builds traditional southern lion heads for performance troupes in China and abroad. Its craftsmen shape each head on a bamboo and rattan frame, and the Customer wishes to move frame design from paper patterns to parametric software.
P:(B) The Vendor develops KehysCAD, a design application for lightweight curved frames, and has agreed to license it to the Customer, to build a library of lion-head frame templates for the Customer and to install the software and train the Customer's staff.
P:(C) At the Customer's request all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means KehysCAD version 7 in object code, with its user documentation and any corrections and updates supplied under this Agreement.
P:1.2 "Template Pack" means the parametric frame templates, rattan bending rules, pattern export scripts and related documentation to be developed by the Vendor for the Customer under Article 3.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 6.3 that the Software and the Template Pack meet the acceptance criteria.
P:1.4 "Customer Data" means all designs, drawings, measurements, photographs, customer orders and other data that the Customer creates, stores or processes with the Software.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on six named workstations at the Customer's premises in Foshan, for the Customer's own business.
P:2.2 The Customer may move a licence to a replacement workstation by notifying the Vendor, and may make backup copies of the Software.
P:2.3 The licence is irrevocable except under Article 13 where the Customer has failed to pay undisputed fees after notice.
H:Article 3 Services
P:3.1 The Vendor shall develop the Template Pack to the specification in Schedule 1, covering at least the Foshan-style and Heshan-style head frames in five sizes, the jaw and eyelid hinges, and the horn and mirror mounts.
P:3.2 The Vendor shall install the Software and the Template Pack on the Customer's workstations, import the Customer's existing pattern library, and deliver three days of training for up to ten craftsmen.
P:3.3 The Vendor shall deliver the Software and start installation within 45 days after signature, and shall make the Template Pack ready for acceptance testing within 120 days after signature.
H:Article 4 Contract Price
P:4.1 The Contract Price is CNY 368,000, fixed and inclusive of all taxes, travel and expenses, made up as follows:
TB:Item 1|KehysCAD perpetual licence, 6 seats at CNY 38,600|CNY 231,600
TB:Item 2|Frame Library module, perpetual, site licence|CNY 46,000
TB:Item 3|Template Pack development (Schedule 1)|CNY 72,000
TB:Item 4|Installation, data import and training|CNY 18,400
TB:Total Contract Price||CNY 368,000
P:4.2 Items 1 and 2 together form the "Licence Subtotal" of CNY 277,600.
H:Article 5 Payment
P:5.1 The Customer shall pay 10% of the Contract Price (CNY 36,800) within 20 days after signature, against the Vendor's invoice.
P:5.2 The Customer shall pay 55% of the Contract Price (CNY 202,400) within 20 days after the Vendor's installation certificate has been countersigned. Countersigning the installation certificate confirms only that the Software is installed and is not acceptance.
P:5.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 128,800) within 20 days after Final Acceptance.
P:5.4 The Vendor shall issue valid Chinese VAT invoices, or invoices acceptable to the Customer's bank for cross-border payment, for every instalment.
H:Article 6 Acceptance
P:6.1 Within 10 days after the Vendor declares the Template Pack ready, the parties shall run the acceptance tests in Schedule 2 at the Customer's premises.
P:6.2 The acceptance criteria are: (a) every template in Schedule 1 opens, regenerates and exports cutting patterns at 1:1 scale without error; (b) three sample heads chosen by the Customer are built from exported patterns with a frame deviation of not more than 3 mm from the design; (c) the imported pattern library is complete against the Customer's list; and (d) no Severity 1 or Severity 2 defect remains open.
P:6.3 If the criteria are met, the Customer shall sign a Final Acceptance certificate within five working days. If they are not met, the Vendor shall correct the defects at its own cost and the tests shall be repeated. Use of the Software in production before that date is not Final Acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Template Pack will perform in accordance with their documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide support free of charge.
P:7.2 Support requests are classified as follows. Severity 1: the Software cannot be started or cannot export patterns on any workstation. Severity 2: a template or function fails and there is no workaround. Severity 3: any other question.
P:7.3 The Vendor shall respond to a Severity 1 request within 2 hours during the Customer's working hours (08:30 to 18:00 Beijing time, Monday to Saturday) and provide a fix or workaround within two working days. Severity 2 requests receive a response within one working day.
P:7.4 For each hour by which the Vendor misses the Severity 1 response time, the Vendor shall credit CNY 500 against the next payment due or pay it to the Customer.
P:7.5 After the Warranty Period the Customer may order annual support. The annual support fee is 11% of the Licence Subtotal (CNY 30,536) and shall not be increased for the first three support years. Support is ordered by a purchase order for each support year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all rights in the Software.
P:8.2 All rights in the Template Pack, including the templates, scripts and their source files, vest in the Customer on creation. The Customer may use, modify and license them freely, including to its franchised workshops. The Vendor shall deliver the source files with the Template Pack.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor may access Customer Data only to provide installation and support and shall not copy it out of the Customer's systems or use it for any other purpose.
P:9.2 Remote support sessions shall be opened only with the Customer's approval for each session, run through the remote-access tool chosen by the Customer, and logged. The Vendor shall ensure its staff follow the Customer's security instructions and shall not store Customer Data on its own devices.
P:9.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, or loss of, Customer Data in connection with its services, shall help the Customer contain it, and shall be responsible for losses the Customer suffers as a result of the Vendor's breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep the other party's confidential information, including the Customer's designs, customer lists and prices, secret and use it only for this Agreement. This obligation continues for three years after this Agreement ends.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to make the Template Pack ready for acceptance testing by the date in Article 3.3, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, fraud or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of it.
P:13.2 If the Customer terminates under Article 13.1, the Vendor shall refund the fees paid for any work not accepted, and the licences already paid for continue.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Finland, without regard to its conflict-of-law rules.
P:14.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the Arbitration Rules of the Finland Chamber of Commerce, by a sole arbitrator. The seat of arbitration is Helsinki and the language is English.
H:Article 15 General
P:15.1 This Agreement, with Schedule 1 (Template Pack Specification) and Schedule 2 (Acceptance Tests), is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English, in two originals, one for each party.
P:Signed for the Customer: ____________________  Name and title: ____________________  Date: __________
P:Signed for the Vendor: ____________________  Name and title: ____________________  Date: __________
"""
# ---------------------------------------------------------------------------------------------------------------------
# e02 — Kanas lake-cruise ticketing SaaS, Order Form (Part A) + General Terms (Part B); Icelandic vendor on Engey (.md)
H336E02 = """# FJORDTIX ORDER FORM AND GENERAL TERMS

**Order Form No.:** FTX-CN-2026-031

## PART A — ORDER FORM

### A1. Parties

| | |
|---|---|
| **Vendor** | Fjordtix ehf., a private limited company registered in Iceland, with its office on Engey, Reykjavik, Iceland ("Fjordtix") |
| **Customer** | Altay Kanas Lake Cruise Co., Ltd., a company incorporated in the People's Republic of China, Burqin County, Altay Prefecture, Xinjiang ("Customer") |

### A2. Services ordered

Fjordtix will provide its Fjordtix Ticketing cloud service (the "Service") for the Customer's lake-cruise operation at Kanas Lake: online and counter ticket sales for the Customer's eleven boats, timed boarding slots, QR boarding passes, capacity control per sailing, refunds for weather cancellations, agency allotments for tour operators, and daily revenue reports. Fjordtix will also set up and configure the Service for the Customer ("Set-up Services"), including the sailing timetable, fare rules, the Customer's WeChat mini-program front end, integration with the scenic-area gate system and two days of training for ticket-office staff.

### A3. Subscription Term

The Subscription Term is three Subscription Years. The first Subscription Year starts on the Go-Live Date (A6). Each later Subscription Year starts on the anniversary of the Go-Live Date.

### A4. Fees

At the Customer's request all fees are stated and payable in Chinese yuan (CNY).

| Fee | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | up to 400,000 tickets per Subscription Year | 236,000 |
| Subscription Fee, Subscription Year 2 | same | 236,000 |
| Subscription Fee, Subscription Year 3 | same | 236,000 |
| Set-up Services | one-time, fixed | 58,000 |
| **Total for the Subscription Term** | | **766,000** |
| Overage | per ticket above 400,000 in a Subscription Year | 0.35 per ticket |

Overage is invoiced after the end of the relevant Subscription Year, based on the ticket count in the Service.

### A5. Invoicing and payment

1. Fjordtix will invoice the Set-up Services fee together with the Subscription Fee for Subscription Year 1 (CNY 294,000 in total) on signature of this Order Form. The Customer shall pay that invoice within 15 days, and in any event before the Go-Live Date. Fjordtix may postpone the start of the Set-up Services until it is paid.
2. The Subscription Fees for Subscription Years 2 and 3 are invoiced 30 days before the start of the Subscription Year concerned and are payable on its first day.
3. Fjordtix will issue Chinese VAT invoices through its authorised reseller in Urumqi.

### A6. Go-Live

Fjordtix will make the Service ready for go-live testing within 50 days after signature. The parties will then run the go-live tests in Schedule A1: sale of test tickets through every channel, boarding of test passes at each pier gate, refund of a cancelled sailing, agency allotment release, and reconciliation of one test day's revenue report with the payment provider's statement. When every test passes, the Customer will sign a go-live certificate; the date of signature is the "Go-Live Date". Public use of the Service before that certificate does not replace the tests.

If the Service is not ready for go-live testing by the date above for reasons attributable to Fjordtix, Fjordtix shall pay the Customer CNY 700 for each day of delay.

### A7. Renewal

After the Subscription Term, this Order Form renews automatically for further Subscription Years unless either party gives notice of non-renewal at least 60 days before the end of the current Subscription Year. Fjordtix may increase the Subscription Fee for any renewal Subscription Year by up to 9% over the fee for the preceding Subscription Year by notice given before the renewal.

### A8. Order of precedence

This Order Form and the General Terms in Part B form one agreement (the "Agreement"). If they conflict, this Order Form prevails.

Signed for Fjordtix ehf.: ______________________  Date: __________

Signed for Altay Kanas Lake Cruise Co., Ltd.: ______________________  Date: __________

---

## PART B — GENERAL TERMS

### B1. Service levels

1.1 Fjordtix shall make the Service available at least 99.95% of the time in each calendar month, excluding maintenance announced at least 72 hours in advance and scheduled outside the sailing season or between 22:00 and 06:00 Beijing time.

1.2 Incidents are classified by the Customer. Priority 1 means ticket sales or boarding are impossible at one or more piers. Priority 2 means a material function is degraded. Priority 3 means any other fault or question.

1.3 Fjordtix shall respond to Priority 1 incidents within 30 minutes, at any time of day during the sailing season, and restore service or provide a workaround within 3 hours. Priority 2 incidents receive a response within 2 hours.

1.4 If availability in a month falls below the level in clause 1.1, the Customer receives a service credit of 5% of one twelfth of the Subscription Fee for the current Subscription Year for each started 0.02 percentage point of shortfall, up to one twelfth of that fee. A missed Priority 1 response earns a credit of CNY 1,000 per incident. Credits are set off against the next invoice or, at the end of the Subscription Term, paid out.

### B2. Customer Data

2.1 "Customer Data" means all data the Customer or its passengers and agents enter into the Service, including passenger names, identity document numbers, mobile numbers, bookings and payment records.

2.2 Customer Data belongs to the Customer. Fjordtix shall process it only to provide the Service under this Agreement and the Customer's written instructions, and shall not use it for any other purpose.

2.3 Fjordtix shall host the Service and store all Customer Data in data centres in mainland China operated by its hosting provider named in Schedule A2, which has obtained an MLPS level-3 filing for the Service. Fjordtix shall encrypt Customer Data in transit and at rest, restrict access to named staff with multi-factor authentication, and keep access logs for at least six months.

2.4 Fjordtix shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, shall take all steps needed to contain it, and shall be responsible for the loss and regulatory costs that the Customer suffers from an incident caused by Fjordtix's breach of this clause.

2.5 At the end of the Agreement Fjordtix shall return all Customer Data in CSV format within 15 days and then delete it.

### B3. Intellectual property

3.1 Fjordtix owns the Service and its underlying software.

3.2 The fare rules, timetable configuration, mini-program pages designed for the Customer and the Customer's reports ("Customer Configurations") belong to the Customer, which may use, modify and hand them to any future provider.

### B4. Confidentiality

Each party shall keep the other's confidential information secret, use it only for this Agreement and disclose it only to staff and advisers who need to know it. This duty lasts for three years after the Agreement ends.

### B5. Subcontracting

Fjordtix may use the hosting provider named in Schedule A2. Any other subcontractor requires the Customer's prior written consent, and Fjordtix remains responsible for its subcontractors.

### B6. Limitation of liability

6.1 Neither party is liable for indirect or consequential loss or lost profits.

6.2 Fjordtix's total aggregate liability arising out of or in connection with the Agreement shall not exceed CNY 250,000.

6.3 Clause 6.2 does not limit liability for death or personal injury, fraud, or breach of clause B2.

### B7. Termination

7.1 Either party may terminate the Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice.

7.2 If the Customer terminates under clause 7.1, Fjordtix shall refund the prepaid Subscription Fee for the remainder of the current Subscription Year.

### B8. Governing law and disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Urumqi Arbitration Commission for arbitration in Urumqi. The arbitral award is final and binding on both parties.

### B9. Customer responsibilities

9.1 The Customer shall provide the sailing timetable, fare rules, pier layout, gate-system interface documents and the payment-provider merchant accounts needed for the Set-up Services in time for the go-live tests.

9.2 The Customer is responsible for the accuracy of the fares and timetables it publishes through the Service, for obtaining passenger consent where the law requires it, and for keeping its administrator passwords secure.

9.3 The Customer shall report incidents through the Fjordtix support line or ticket portal and give Fjordtix reasonable help in diagnosing them, including remote access to the pier gate controllers when needed.

### B10. Force majeure

Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, regional telecommunications outages or government orders closing the scenic area. The affected party shall notify the other promptly and resume performance as soon as possible. Days on which the lake is closed to navigation by the authorities do not count towards the availability calculation.

### B11. General

11.1 Neither party may assign the Agreement without the other's written consent.

11.2 Notices shall be given in writing to the addresses in Part A, by courier or email with confirmation of receipt.

11.3 This Agreement is written in English. A Chinese translation may be prepared for convenience; the English text governs.
"""
# ---------------------------------------------------------------------------------------------------------------------
# e03 — Hainan pepper farm irrigation sensors, buyer's paper; Slovenian integrator in Idrija
#       (.docx, Section N / N.N, Word price table)
H336E03 = """
T:Supply and Installation Contract — Smart Irrigation Monitoring System
P:Contract No. WNP-IRR-2026-02
P:This Contract is entered into by:
P:The Buyer: Hainan Wanning Pepper Plantation Co., Ltd., a company established in the People's Republic of China, with its registered address in Wanning City, Hainan Province; and
P:The Supplier: Idrija Hydrosense d.o.o., a company established in Slovenia, with its registered address in Idrija, Slovenia, acting in China through its representative office in Haikou.
P:Whereas the Buyer cultivates black and white pepper on approximately 1,300 mu of sloping land divided into 48 irrigation blocks, and wishes to replace manual irrigation scheduling with soil-moisture monitoring and remote valve control; and whereas the Supplier has offered to supply, install and commission such a system; the parties agree as follows.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install, configure and commission the smart irrigation monitoring system described in this Contract and in Annex 1 (Technical Specification), comprising soil-moisture and soil-temperature sensors at two depths in every irrigation block, on-farm weather stations, LoRa gateways with solar power, valve controllers on the drip-irrigation lines, and the HydroSense Field irrigation management software.
P:1.2 The Supplier shall configure irrigation schedules for each block based on the Buyer's agronomic rules for pepper (flowering, berry setting and dry-season stress thresholds) and shall connect the software to the Buyer's existing fertigation pumps.
P:1.3 The Supplier shall train the Buyer's farm manager and six field technicians in the operation and routine maintenance of the system.
H:Section 2 Contract Price
P:2.1 At the Buyer's request, all prices are in Chinese yuan (CNY) and include value-added tax, transport to the farm, customs clearance, insurance and installation. The Contract Price is CNY 1,220,000, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil-moisture and temperature sensor, two-depth|240|1,850|444,000
TB:2|Weather station (rain, wind, radiation, humidity)|6|28,500|171,000
TB:3|LoRa gateway with solar panel and battery|12|9,800|117,600
TB:4|Valve controller for drip line|96|2,650|254,400
TB:5|HydroSense Field software, perpetual site licence|1|86,000|86,000
TB:|Hardware and Licence Subtotal|||1,073,000
TB:6|Installation, configuration and commissioning|1|132,000|132,000
TB:7|Training and documentation|1|15,000|15,000
TB:|Contract Price|||1,220,000
P:2.2 The Contract Price is fixed and shall not be adjusted for exchange-rate movements or changes in the Supplier's costs.
H:Section 3 Delivery and Installation
P:3.1 The Supplier shall deliver all equipment to the Buyer's farm within 60 days after the date of this Contract and complete installation within 40 days after delivery.
P:3.2 Installation work in the plantation shall follow the Buyer's instructions on access paths, vine protection and working hours, and shall avoid the harvest weeks notified by the Buyer.
P:3.3 Risk in the equipment passes to the Buyer on Final Acceptance. Title passes on payment of the instalment under Section 4.2.
H:Section 4 Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 122,000) as an advance within 15 days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 671,000) within 15 days after the parties sign the installation certificate. The installation certificate records that the equipment has been delivered and installed; it is not acceptance of the system.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 427,000) within 15 days after Final Acceptance.
P:4.4 All payments shall be made by bank transfer in CNY to the Supplier's account in China stated on its invoice.
H:Section 5 Testing and Final Acceptance
P:5.1 After installation the Supplier shall run the system for a trial period of 14 consecutive days, during which the following criteria shall be met: (a) every sensor reports readings to the software at least once every 15 minutes; (b) sensor moisture readings at ten test points chosen by the Buyer agree with gravimetric samples taken by the Buyer within ±3 volume points; (c) every valve opens and closes on command from the software within 60 seconds; (d) automatic schedules run for all 48 blocks without manual intervention; and (e) the weather stations report to the software without interruption longer than two hours.
P:5.2 If the criteria are met, the Buyer shall issue a Final Acceptance certificate within seven days. If not, the Supplier shall correct the defects and the trial period shall be repeated. Use of the system for irrigation during the trial period does not constitute acceptance.
H:Section 6 Warranty
P:6.1 The Supplier warrants the equipment and the software against defects in design, materials and workmanship for 24 months after Final Acceptance. During this period the Supplier shall repair or replace defective items free of charge, including parts, labour and travel.
P:6.2 Fault priorities are: Priority 1 — irrigation cannot be controlled in three or more blocks, or the software is unavailable; Priority 2 — a single block, gateway or weather station has failed; Priority 3 — any other fault.
P:6.3 The Supplier shall respond to a Priority 1 fault within 1 hour by telephone or remote session and, where needed, have a technician on site within 24 hours. Priority 2 faults shall be responded to within one working day and repaired within five working days.
P:6.4 For each hour by which the Supplier misses the Priority 1 response time, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any amount due.
H:Section 7 Support after the Warranty
P:7.1 After the warranty the Supplier shall, at the Buyer's option, provide annual support covering repairs, spare parts, software updates and a yearly sensor calibration visit. The annual support fee is 9% of the Hardware and Licence Subtotal (CNY 96,570) and is fixed for the first three support years.
P:7.2 Support is ordered by written order for each support year. There is no automatic renewal.
H:Section 8 Delay
P:8.1 If the Supplier fails to complete delivery or installation by the dates in Section 3.1, it shall pay the Buyer delay damages of 0.08% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price.
P:8.2 If the delay exceeds 45 days, the Buyer may also terminate under Section 12.
H:Section 9 Intellectual Property
P:9.1 The software remains the property of its owner and is licensed to the Buyer perpetually for use on the Buyer's farms.
P:9.2 The irrigation schedules, block maps, agronomic rule settings and reports configured for the Buyer belong to the Buyer, which may use and modify them freely and hand them to any other service provider.
H:Section 10 Farm Data
P:10.1 All sensor readings, weather records, irrigation logs and yield records collected by the system belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:10.2 At the end of the warranty the Supplier shall hand over to the Buyer an export of all data held in the software together with the data dictionary, so that the Buyer can keep its irrigation history.
H:Section 11 Subcontracting
P:11.1 The Supplier may not subcontract any part of the work without the Buyer's prior written consent. Trenching for cables may be carried out by a local contractor approved in writing by the Buyer. The Supplier remains responsible for all subcontracted work.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier is in material breach and does not remedy the breach within 20 days after receiving written notice, or if the delay under Section 8 exceeds 45 days.
P:12.2 On termination the Supplier shall refund all amounts paid for equipment or work not accepted, and shall remove any equipment the Buyer rejects.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall first be discussed in good faith. If it is not settled within 30 days, either party may bring proceedings before the people's court having jurisdiction where the Buyer is domiciled.
H:Section 14 Buyer's Responsibilities
P:14.1 The Buyer shall give the Supplier's installation team access to the plantation during agreed working hours, provide a secure store for equipment on site, and make available electricity and water for testing.
P:14.2 The Buyer shall provide its agronomic rules, block boundaries and existing pump specifications within 15 days after signature, and shall name a farm manager to approve the irrigation schedules.
P:14.3 The Buyer shall operate the system in accordance with the user manual and shall not move sensors or gateways without informing the Supplier during the warranty.
H:Section 15 Force Majeure
P:15.1 Neither party is liable for delay caused by typhoons, floods or other events beyond its reasonable control, provided that it notifies the other party within seven days and takes reasonable steps to reduce the effect. Where a typhoon damages installed equipment before Final Acceptance, the parties shall agree a reasonable extension of time and the cost of replacement shall be borne by the party holding the insurance for that equipment.
H:Section 16 Miscellaneous
P:16.1 This Contract is made in Chinese and English, in four originals, two for each party. Both languages have equal effect.
P:16.2 Annex 1 (Technical Specification) and Annex 2 (Block Map) form part of this Contract.
P:For the Buyer: ____________________  Date: __________
P:For the Supplier: ____________________  Date: __________
"""
# ---------------------------------------------------------------------------------------------------------------------
# e04 — Yongkang hardware-tool maker's managed identity service; Luxembourg provider in Remich
#       (.md, numbered clauses, Schedules with priority and charges tables)
H336E04 = """# Managed Identity Service Agreement

**Agreement reference:** MIS-2026-YK-114

**Between**

**Zhejiang Yongkang Fengli Tools Co., Ltd.**, a company incorporated in the People's Republic of China, whose registered office is in the Yongkang Economic Development Zone, Jinhua, Zhejiang (the "**Customer**"); and

**Moselle Identity Services S.à r.l.**, a company incorporated in Luxembourg, whose registered office is in Remich, Grand Duchy of Luxembourg (the "**Provider**").

**Recitals**

A. The Customer makes power tools, hand tools and garden equipment in three plants in Yongkang and sells them through distributors in China and overseas. About 2,600 employees, contractors and distributor users sign in to its ERP, MES, e-mail, dealer portal and shop-floor terminals.

B. The Customer wants a single sign-on and identity management service, operated by a specialist, so that joiners, movers and leavers are handled from the HR system and every application uses multi-factor authentication.

C. The Provider operates managed identity platforms for manufacturers and has agreed to provide that service on the terms below.

## 1. Definitions

1.1 "**Service**" means the managed identity service described in clause 2 and Schedule 1.

1.2 "**Customer Data**" means all directory records, credentials, authentication logs, access policies and other data of the Customer or its users processed in the Service.

1.3 "**Service Commencement Date**" means the date of the Service Acceptance certificate under clause 4.

1.4 "**Initial Term**" means thirty-six months from the Service Commencement Date.

## 2. The Service

2.1 The Provider shall provide, on a dedicated tenant hosted in a data centre in Hangzhou: a user directory synchronised with the Customer's HR system; single sign-on for the applications listed in Schedule 1; multi-factor authentication by mobile app, SMS and hardware token; automated joiner, mover and leaver workflows; quarterly access reviews; and 24×7 monitoring by the Provider's service desk in Shanghai.

2.2 The Provider shall carry out the onboarding described in Schedule 1: directory migration, connection of 14 applications, configuration of access policies agreed with the Customer, and training for the Customer's IT team.

## 3. Term

3.1 This Agreement starts on signature and continues until the end of the Initial Term.

3.2 The Agreement does not renew automatically. Any extension shall be agreed in writing.

3.3 The Customer commits to the Service for the whole Initial Term. The Customer may not terminate this Agreement before the end of the Initial Term for any reason, including breach by the Provider. If the Provider fails to perform, the Customer's remedies are the service credits in Schedule 2 and a claim for damages under clause 10; the Agreement shall continue.

3.4 The Provider may terminate by written notice if the Customer fails to pay undisputed charges within 60 days after a reminder.

## 4. Onboarding and Service Acceptance

4.1 The Provider shall complete onboarding and make the Service ready for acceptance testing within 70 days after signature.

4.2 Acceptance tests are run by the Customer with the Provider's support and cover: (a) reconciliation of every migrated user account with the HR system; (b) successful single sign-on to each of the 14 applications; (c) enforcement of multi-factor authentication for all remote and privileged access; (d) a leaver disabled in every application within 15 minutes of the HR change; and (e) failover of the identity platform to its standby node without loss of sessions.

4.3 When every test passes, the Customer shall sign a Service Acceptance certificate within five working days. Productive use of any part of the Service before then is not acceptance.

4.4 If the Service is not ready for acceptance testing by the date in clause 4.1 for reasons attributable to the Provider, the Provider shall pay CNY 1,200 for each day of delay.

## 5. Service Levels

5.1 The Provider shall keep the single sign-on and authentication functions available at least 99.95% of each calendar month, measured by the Provider's monitoring and reported monthly.

5.2 The Provider shall respond to and resolve incidents within the times in Schedule 2, and shall give service credits as set out there.

## 6. Charges and Payment

6.1 At the Customer's request, all charges are in Chinese yuan (CNY). The charges are set out in Schedule 3.

6.2 The Onboarding Charge is invoiced after the Service Commencement Date. The Monthly Service Charge is invoiced quarterly in arrears. No charge is payable in advance.

6.3 Invoices are payable within 30 days. The Provider shall issue Chinese VAT invoices through its Shanghai subsidiary.

## 7. Customer Data and Security

7.1 Customer Data belongs to the Customer. The Provider shall process it only to provide the Service and on the Customer's documented instructions, and shall not use it for any other purpose.

7.2 The Provider shall keep Customer Data in mainland China; encrypt credentials and logs at rest and in transit; restrict administrator access to named staff using hardware tokens; record every administrator action; hold a valid ISO 27001 certificate for the Service; and maintain an MLPS level-3 filing for the platform.

7.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 12 hours, shall contain and investigate it, and shall be liable for the Customer's losses arising from an incident caused by the Provider's failure to comply with this clause 7.

7.4 On expiry the Provider shall export Customer Data in a standard format and then delete it, and confirm deletion in writing.

## 8. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Agreement, and not disclose it except to staff, subcontractors and advisers bound by similar duties. The obligation continues for three years after the Agreement ends.

## 9. Intellectual Property

9.1 The Provider owns the identity platform and its tools.

9.2 The access policies, role models, connector configurations and workflow definitions made for the Customer belong to the Customer, which may use, copy and modify them and give them to any replacement provider.

## 10. Liability

10.1 The Provider's total liability under this Agreement is limited to 150% of the total charges for the Initial Term set out in Schedule 3.

10.2 The limit does not apply to death or personal injury, fraud, or breach of clause 7.

## 11. Subcontractors

The Provider may engage its affiliates and third-party subcontractors, including for hosting and for the service desk, by giving the Customer written notice of the subcontractor's name and role. The Provider remains responsible for its subcontractors.

## 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be referred to the China International Economic and Trade Arbitration Commission, Shanghai Sub-Commission, for arbitration in Shanghai.

## 13. Customer Responsibilities

13.1 The Customer shall name a service owner, provide administrator access to the applications to be connected, and keep its HR system records accurate, since joiner, mover and leaver workflows depend on them.

13.2 The Customer shall tell its users to protect their hardware tokens and mobile devices and to report lost devices promptly through the service desk.

13.3 The Customer shall inform the Provider in advance of changes to its applications, network or HR system that may affect the Service.

## 14. Force Majeure

Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, public-utility failures or acts of government, provided it notifies the other party promptly and uses reasonable efforts to resume performance. Force majeure does not excuse the Provider from operating the standby node described in Schedule 1.

## 15. General

15.1 This Agreement, with its Schedules, is the entire agreement between the parties on its subject and may be amended only in writing signed by both parties.

15.2 Neither party may assign this Agreement without the other's prior written consent.

Signed for the Customer: ____________________ Date: __________

Signed for the Provider: ____________________ Date: __________

---

## Schedule 1 — Scope of Service and Onboarding

Applications connected during onboarding: SAP ERP, MES (three plants), Exchange Online, dealer portal, WMS, PLM, HR system, expense system, shop-floor terminal login, VPN, Wi-Fi authentication, BI portal, quality system and the intranet. Further applications may be connected by change request at the rates in Schedule 3.

## Schedule 2 — Incident Priorities, Targets and Credits

| Priority | Definition | Response | Resolution target |
|---|---|---|---|
| P1 | Users of two or more plants cannot sign in, or MFA fails for all users | 15 minutes | 2 hours |
| P2 | One application cannot use single sign-on, or one plant is affected | 1 hour | 8 hours |
| P3 | Individual user or configuration issue | 8 business hours | 3 business days |

Service credits: if monthly availability falls below 99.95%, a credit of 5% of that month's Monthly Service Charge for each started 0.1 percentage point of shortfall, up to 25%; for each P1 incident not responded to within the target, CNY 2,000. Credits are deducted from the next invoice.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding Charge | one-time, fixed | 88,000 |
| Monthly Service Charge | up to 2,800 users, per month | 46,500 |
| Monthly Service Charges for the Initial Term | 36 × 46,500 | 1,674,000 |
| **Total charges for the Initial Term** | | **1,762,000** |
| Additional application connection | per application, by change request | 6,000 |
"""
# ---------------------------------------------------------------------------------------------------------------------
# e05 — Lanzhou freight platform, road-transport permit check API subscription; Finnish vendor on Kuninkaansaari
#       (.txt, upper-case headings, a Schedule)
H336E05 = """API SUBSCRIPTION AGREEMENT
(Permit Verification API)

Agreement number: KV-API-2026-0058

THIS AGREEMENT is made between:

KAUPPAVERKKO SOLUTIONS OY, a company incorporated in Finland, with its registered office on Kuninkaansaari, Helsinki, Finland ("Vendor"); and

GANSU LONGYUN FREIGHT PLATFORM CO., LTD., a company incorporated in the People's Republic of China, with its registered office in Chengguan District, Lanzhou, Gansu Province ("Customer").

BACKGROUND

The Customer operates an online freight-matching platform on which shippers post loads and independent carriers bid for them. Before a carrier can accept a load, the Customer must check that the vehicle's road-transport operating permit and the driver's qualification certificate are valid for the type of goods. The Vendor offers an application programming interface that checks these documents against the issuing authorities' registers through licensed domestic data partners. The Customer wishes to subscribe to that interface on the terms of this Agreement.

1. DEFINITIONS

1.1 "API" means the Vendor's Permit Verification API, version 3, with its documentation, sandbox and client libraries.

1.2 "Check" means one API request that returns a result for one vehicle permit or one driver certificate.

1.3 "Customer Data" means all data sent by the Customer to the API, including vehicle plate numbers, permit numbers, driver names, identity numbers and certificate numbers, and all results returned to the Customer.

1.4 "Production Access" means the issue of production credentials after the Customer has completed the onboarding tests in Schedule 1, Part C.

1.5 "Subscription Year" means each successive period starting on the date of Production Access or on an anniversary of it.

2. SUBSCRIPTION

2.1 The Vendor grants the Customer, for the Subscription Term, a non-exclusive right to call the API from the Customer's platform and to use the results in its own business.

2.2 The Subscription Term is three Subscription Years.

2.3 At the end of the Subscription Term the subscription continues for a further Subscription Year, on the same fees and terms, unless either party gives written notice at least 60 days before the end of the current Subscription Year. Each further Subscription Year is renewed in the same way.

3. ONBOARDING

3.1 The Vendor shall provide sandbox credentials within 5 working days after signature, assist the Customer's developers with integration, and build a connector that maps the API results to the Customer's carrier-approval workflow (the "Connector").

3.2 The Vendor shall make Production Access available within 40 days after signature, provided that the Customer has completed its own integration work on time.

3.3 If Production Access is not available by that date for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 900 for each day of delay.

4. ACCEPTANCE

4.1 Before Production Access, the parties shall run the onboarding tests in Schedule 1, Part C. The tests pass when: (a) the API returns correct results for the 500 test cases prepared by the Customer, including expired, suspended and forged permits; (b) the Connector writes every result to the Customer's approval workflow with the correct status; and (c) the API processes a load of 50 Checks per second from the Customer's platform for one hour without errors.

4.2 The Customer shall confirm in writing within five working days when the tests have passed. Production Access is granted only after that confirmation. Use of the sandbox is not acceptance.

5. SERVICE AND SUPPORT

5.1 The Vendor will use commercially reasonable efforts to keep the API available and to maintain its accuracy, and will inform the Customer of planned maintenance in advance where practicable.

5.2 The Vendor provides support by e-mail and through its ticket portal during Helsinki business hours, and will respond to support requests as promptly as reasonably practicable.

5.3 The Vendor does not guarantee that the API will be uninterrupted or error-free, or that the issuing authorities' registers are complete.

6. FEES AND PAYMENT

6.1 At the Customer's request, all fees are in Chinese yuan (CNY). The fees are set out in Schedule 2.

6.2 The Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days. The Onboarding Fee is invoiced after Production Access.

6.3 Overage Checks above the annual allowance are invoiced quarterly in arrears at the rate in Schedule 2.

6.4 Invoices are issued by the Vendor's authorised distributor in Xi'an, which shall provide Chinese VAT invoices.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform Checks for the Customer and shall not retain it for longer than 30 days, except for billing logs that contain no personal information.

7.2 The Vendor shall process Customer Data only on servers located in mainland China operated by its domestic data partner, encrypt it in transit and at rest, apply role-based access control and logging, and comply with the Personal Information Protection Law and the Data Security Law.

7.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any security incident involving Customer Data, cooperate with the Customer in responding to regulators and affected persons, and bear the losses, fines and costs that the Customer suffers as a result of an incident caused by the Vendor or its data partner.

8. INTELLECTUAL PROPERTY

8.1 The Vendor and its licensors own the API and all software and databases behind it.

8.2 The Connector, including its source code, belongs to the Customer from delivery. The Customer may use, modify and license it without restriction.

8.3 The Vendor warrants that the API and the Connector do not infringe any third party's intellectual property rights, and shall defend the Customer against any claim that they do and pay the damages and costs finally awarded.

9. CONFIDENTIALITY

Each party shall keep secret all non-public information of the other party received under this Agreement, use it only for this Agreement and not disclose it to third parties without written consent. This clause continues for three years after the Agreement ends.

10. SUBCONTRACTING

The Vendor may use the domestic data partner named in Schedule 1, Part B. The Vendor shall not use any other subcontractor without the Customer's prior written consent, and remains responsible for all subcontractors.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to twice the total fees stated in Schedule 2 for the Subscription Term.

11.2 The limit does not apply to breach of clause 7 or clause 9, fraud, or death or personal injury.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and has not remedied it within 30 days after written notice.

12.2 On termination by the Customer under clause 12.1, the Vendor shall refund the unused part of the Subscription Fee paid for the current Subscription Year.

13. GOVERNING LAW AND JURISDICTION

13.1 This Agreement is governed by the laws of Finland.

13.2 The Helsinki District Court has exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.

14. CUSTOMER OBLIGATIONS

14.1 The Customer shall use the API only to check carriers, vehicles and drivers on its own platform, and shall not resell the results or make them available to third parties except to the shipper concerned.

14.2 The Customer shall obtain any consent required from drivers and carriers before sending their personal information to the API, and shall keep its credentials secure and rotate them when staff leave.

14.3 The Customer shall not send more than 200 Checks per second without agreeing a higher rate with the Vendor in advance.

15. FORCE MAJEURE

Neither party is liable for failure or delay in performance caused by events beyond its reasonable control, including outages of the issuing authorities' registers, failures of public telecommunications networks, natural disasters and acts of government. The affected party shall notify the other party as soon as practicable. Where the registers are unavailable, the API returns a status showing that no result could be obtained, and such Checks are not charged.

16. GENERAL

16.1 This Agreement, with its Schedules, is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.

16.2 Notices shall be sent by courier or e-mail to the addresses given in Schedule 1, Part A.

16.3 Neither party may assign this Agreement without the other party's prior written consent.

SIGNED for and on behalf of the Vendor: ______________________ Date: __________

SIGNED for and on behalf of the Customer: ______________________ Date: __________


SCHEDULE 1

PART A - CONTACTS
Vendor: account manager and technical lead, Kuninkaansaari office, Helsinki.
Customer: head of carrier compliance and platform engineering lead, Lanzhou.

PART B - DOMESTIC DATA PARTNER
Xibei Credit Data Services Co., Ltd., Xi'an, which holds the data-service qualifications required to query the road-transport registers.

PART C - ONBOARDING TESTS
The test cases, load profile and pass conditions described in clause 4.1, with the Customer's test data set delivered at least ten days before testing.

SCHEDULE 2 - FEES

Subscription Fee, Subscription Year 1 (up to 2,000,000 Checks)        CNY 168,000
Subscription Fee, Subscription Year 2 (up to 2,000,000 Checks)        CNY 168,000
Subscription Fee, Subscription Year 3 (up to 2,000,000 Checks)        CNY 168,000
Onboarding Fee, including the Connector (one-time, fixed)             CNY  24,000
TOTAL FEES FOR THE SUBSCRIPTION TERM                                  CNY 528,000
Overage Checks above 2,000,000 in a Subscription Year                 CNY 0.06 per Check
"""
# =====================================================================================================================
# Files and labels
FILES = {
    "h336z01": ("h336z01_market_regulator_special_equipment_platform", "pdf", "zh", H336Z01),
    "h336z02": ("h336z02_feed_mill_pelleting_line_control_retrofit", "docx", "zh", H336Z02),
    "h336z03": ("h336z03_childcare_chain_saas_implementation", "txt", "zh", H336Z03),
    "h336z04": ("h336z04_disabled_persons_federation_system_om", "txt", "zh", H336Z04),
    "h336z05": ("h336z05_brown_sugar_traceability_supplier_template", "md", "zh", H336Z05),
    "h336e01": ("h336e01_lion_dance_frame_design_perpetual_licences", "pdf", "en", H336E01),
    "h336e02": ("h336e02_lake_cruise_ticketing_saas_order_form", "md", "en", H336E02),
    "h336e03": ("h336e03_pepper_farm_irrigation_sensors", "docx", "en", H336E03),
    "h336e04": ("h336e04_hardware_tools_managed_identity_service", "md", "en", H336E04),
    "h336e05": ("h336e05_freight_permit_check_api_subscription", "txt", "en", H336E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# compact term tuples, in TERM_KEYS order
T, F, N = True, False, None
LABELS = {
    # key: (category, terms, extra, fee_base for TCO, forum outside mainland, expected rules (hand-listed))
    "h336z01": ("software",
                (99.95, 0.5, T, "buyer", T, T, T, 0.1, N, 20, T, T, 36, 8, F, T, F, "PRC", "goods_or_licence"),
                dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                     contract_value=2330000), 860000, F, []),
    "h336z02": ("hardware",
                (N, 0.5, T, "buyer", T, T, T, 0.03, N, 10, T, T, 18, 28, F, T, F, "PRC", "goods_or_licence"),
                dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                     contract_value=1254000), 1020000, F,
                ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h336z03": ("cloud",
                (99.5, 0.5, T, "buyer", T, F, T, 0.1, N, N, T, N, N, N, T, T, F, "PRC", "service"),
                dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=593000), N, F,
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h336z04": ("services",
                (99.95, 0.5, T, "buyer", T, T, T, 0.2, 200, N, T, N, N, N, F, T, F, "PRC", "service"),
                dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=486000), N, F, []),
    "h336z05": ("software",
                (N, 8, F, "supplier", T, T, T, N, 50, 479700 / 738000 * 100, F, F, 6, N, F, T, T, "PRC",
                 "goods_or_licence"),
                dict(sla_clause=T, ld_stated=F, post_warranty_fee_capped=F, acceptance_deemed_on_delivery=T,
                     contract_value=738000), 368000, F,
                ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"]),
    "h336e01": ("software",
                (N, 2, T, "buyer", T, T, T, 0.1, 150, 10, T, T, 24, 11, F, T, F, "Finland", "goods_or_licence"),
                dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                     contract_value=368000), 277600, T, ["CR-GOVERNING-LAW"]),
    "h336e02": ("cloud",
                (99.95, 0.5, T, "buyer", T, T, T, 700 / 766000 * 100, 250000 / 766000 * 100, 294000 / 766000 * 100,
                 T, N, N, N, T, T, F, "PRC", "service"),
                dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=766000), N, F,
                ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-PREPAYMENT"]),
    "h336e03": ("hardware",
                (N, 1, T, "buyer", F, T, F, 0.08, N, 10, T, T, 24, 9, F, T, F, "PRC", "goods_or_licence"),
                dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                     contract_value=1220000), 1073000, F, ["CR-CONFIDENTIALITY", "CR-DATA-SECURITY"]),
    "h336e04": ("cloud",
                (99.95, 0.25, T, "buyer", T, T, T, 1200 / 1762000 * 100, 150, N, T, N, N, N, F, F, T, "PRC",
                 "service"),
                dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=1762000), N, F,
                ["CR-SUBCONTRACT", "CR-TERMINATION"]),
    "h336e05": ("cloud",
                (N, N, F, "buyer", T, T, T, 900 / 528000 * 100, 200, N, T, N, N, N, F, T, F, "Finland", "service"),
                dict(sla_clause=F, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=528000), N, T,
                ["CR-GOVERNING-LAW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco(t, x, fee_base):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * fee_base
    total = x["contract_value"] + fees
    return total, fees, fees / total * 100


def rules_from_policy(t, x, fee_base, forum_outside):
    """My reading of policy.md §3 applied to the labels (a consistency check of the labels, not the project's code)."""
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
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
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    c = tco(t, x, fee_base)
    if goods and c is not None and c[2] > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def off_thresholds(t, share):
    """No derived value on a policy threshold (with a margin against rounding)."""
    checks = [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
              ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
              ("post_warranty_fee_pct", 15)]
    for k, th in checks:
        v = t[k]
        assert v is None or abs(v - th) > 1e-6, (k, v)
    assert share is None or abs(share - 40) > 0.5, share


# =====================================================================================================================
# Threshold figures in the texts
THRESHOLD_PATTERNS = {
    "availability 99.9": [r"99\.9(?!\d)", r"九十九点九(?![一二三四五六七八九零〇])"],
    "P1 4 hours": [r"(?<![\d.,])4\s*(?:个\s*)?(?:小时|hours?|hrs?|h(?![a-z]))", r"(?<![十\d])四\s*(?:个\s*)?小时",
                   r"(?<![a-z-])four[\s-]*hours?", r"(?<![\d.,])240\s*(?:分钟|minutes?|mins?)",
                   r"二百四十\s*分钟"],
    "LD 0.05 %/day": [r"(?<![\d.])0\.05(?!\d)\s*(?:%|％|per\s*cent|percent|percentage)", r"万分之五(?![十])",
                      r"0\.5\s*‰", r"千分之零点五"],
    "cap 100 %": [r"(?<![\d.,])100\s*(?:%|％|per\s*cent|percent)", r"百分之(?:一)?百", r"one\s*hundred\s*per\s*cent"],
    "prepayment 30 %": [r"(?<![\d.,])30\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])",
                        r"三成", r"(?<![a-z-])thirty\s*per\s*cent", r"(?<![a-z-])thirty\s*percent"],
    "warranty 12 months": [r"(?<![\d.,])12\s*(?:个\s*)?(?:月|months?)", r"(?<![一二三四五六七八九十])十二\s*个\s*月",
                           r"(?<![a-z-])twelve[\s-]*months?", r"一\s*年", r"(?<![a-z])one[\s-]*years?"],
    "post-warranty 15 %": [r"(?<![\d.,])15\s*(?:%|％|per\s*cent|percent)", r"百分之十五",
                           r"(?<![a-z-])fifteen\s*per\s*cent"],
    "TCO share 40 %": [r"(?<![\d.,])40\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])", r"四成",
                       r"(?<![a-z-])forty\s*per\s*cent"],
    "5 years / 60 months": [r"(?<![\d.,])5\s*(?:个\s*)?(?:年|years?)(?![a-z])", r"(?<![十\d])五\s*年",
                            r"(?<![a-z-])five[\s-]*years?", r"(?<![\d.,])60\s*(?:个\s*)?(?:月|months?)",
                            r"六十\s*个\s*月", r"(?<![a-z-])sixty[\s-]*months?"],
}
MUST_HIT = ["99.9%", "99.9 %", "九十九点九", "4小时", "4 个小时", "四小时", "4 hours", "four hours", "240分钟",
            "240 minutes", "0.05%", "0.05 % per day", "万分之五", "100%", "百分之百", "百分之一百", "30%", "30 per cent",
            "百分之三十", "三成", "12个月", "十二个月", "12 months", "twelve months", "one year", "一年", "15%",
            "百分之十五", "40%", "百分之四十", "四成", "5年", "五年", "five years", "five-year", "60个月", "60 months",
            "sixty months"]
MUST_NOT_HIT = ["24小时", "二十四小时", "24 hours", "twenty-four hours", "99.95%", "115%", "0.15%", "四十二个月", "2025年",
                "2026年3月1日", "150%", "0.055%", "万分之五十", "百分之三十五", "8小时", "14 hours", "0.5%", "300,000",
                "十二分之一", "45%", "35%", "1,500", "CNY 0.06 per Check", "three years", "三年", "36 months",
                "1,240 minutes", "2.4 hours", "25%"]


def threshold_hits(text):
    hits = []
    for copy in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for name, pats in THRESHOLD_PATTERNS.items():
            for p in pats:
                for m in re.finditer(p, copy, re.I):
                    hits.append((name, copy[max(0, m.start() - 15):m.end() + 15]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "pattern misses " + s
    for s in MUST_NOT_HIT:
        assert not threshold_hits(s), ("pattern wrongly hits", s, threshold_hits(s))


# =====================================================================================================================
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    sources, targets = {}, {}
    for key, (stem, ext, lang, src) in FILES.items():
        name = "%s.%s" % (stem, ext)
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src.strip("\n"), (name, ext)
        else:
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    fired = set()
    problems = []
    rows = []
    for key, (stem, ext, lang, src) in FILES.items():
        name = "%s.%s" % (stem, ext)
        category, tv, extra, fee_base, forum_outside, expected = LABELS[key]
        terms = dict(zip(TERM_KEYS, tv))
        assert len(tv) == len(TERM_KEYS)
        goods = terms["contract_kind"] == "goods_or_licence"
        assert ("post_warranty_fee_capped" in extra) == goods, key
        if not goods:
            assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None, key
        x = {k: extra[k] for k in ["sla_clause", "ld_stated", "post_warranty_fee_capped",
                                   "acceptance_deemed_on_delivery", "contract_value"] if k in extra}
        c = tco(terms, x, fee_base)
        off_thresholds(terms, c[2] if c else None)
        derived = rules_from_policy(terms, x, fee_base, forum_outside)
        if derived != sorted(expected):
            problems.append((key, "rules", derived, sorted(expected)))
        fired.update(expected)
        label = {"file": name, "language": lang, "category": category, "expected_terms": terms,
                 "expected_extra": x, "expected_rules": sorted(expected)}
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")

        text = read_back(OUT / name)
        size = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        if not lo <= size <= hi:
            problems.append((key, "length", size))
        hits = threshold_hits(text) + threshold_hits(src)
        if hits:
            problems.append((key, "threshold figures", sorted(set(hits))))
        rows.append((name, size, "chars" if lang == "zh" else "words", risk(expected), expected, c))

    for name, size, unit, rl, expected, c in rows:
        extra = "" if c is None else "  TCO %.0f, post-warranty fees %.0f, share %.2f %%" % c
        print("%-58s %5d %s  risk %-6s %s%s" % (name, size, unit, rl, ", ".join(expected) or "(none)", extra))
    missing = [r for r in ALL_RULES if r not in fired]
    print("rules never fired:", missing or "none")
    mix = sorted(len(r[4]) for r in rows)
    print("findings per contract:", mix)
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    assert not missing
    assert mix.count(0) == 2 and mix.count(1) == 1 and sum(2 <= m <= 3 for m in mix) == 6 and mix[-1] >= 8, mix
    one = [r for r in rows if len(r[4]) == 1][0]
    assert one[3] == "low" and SEVERITY.get(one[4][0]) == "low"
    print("all checks passed")


if __name__ == "__main__":
    main()
