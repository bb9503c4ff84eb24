import sys; sys.dont_write_bytecode = True  # noqa: E702
"""holdout362: builds ten ordinary draft contracts (5 zh, 5 en) and their labels, then checks lengths, thresholds
and rule coverage. Run from this folder: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parent))
from word_pdf import write  # noqa: E402

SRC = {}

SRC["h362z01"] = """T:江临市审计局大数据审计分析平台采购合同
P:合同编号：JLSJ-ZFCG-2026-017　　采购方式：公开招标（招标编号 JLCG2026-0342）
P:甲方（采购人）：江临市审计局　　地址：江临市新城区政务中心东楼
P:乙方（供应商）：杭州数衡智审科技有限公司　　地址：杭州市西湖区文三路 88 号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，双方就大数据审计分析平台的采购、定制开发与实施事宜订立本合同，共同遵守。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供大数据审计分析平台软件（永久使用许可，含数据采集、疑点筛查、可视化分析模块）、财政及社保审计模型定制开发、数据治理与系统实施、操作培训。
P:1.2 合同价款明细如下（人民币，含税）：
TB:序号|项目|金额（元）
TB:1|审计分析平台软件许可（永久，不限用户数）|1,286,000
TB:2|审计模型定制开发（财政预算执行、社保基金、公共工程三类共 46 个模型）|934,000
TB:3|数据采集、治理与系统实施|318,000
TB:4|操作及建模培训（三期）|42,000
TB:合计|大写：贰佰伍拾捌万元整|2,580,000
P:1.3 合同总价为固定总价，包括软件、开发、实施、培训、差旅及税费，甲方不另行支付其他费用。
H:第二条 交付期限与地点
P:2.1 乙方应于合同签订后 150 日内完成平台部署、模型开发和数据接入，具备初验条件。
P:2.2 交付地点为甲方指定的审计数据中心机房，系统部署于甲方内网，不得连接互联网。
P:2.3 乙方应组建不少于 8 人的项目团队，项目经理须具有信息系统项目管理师资格并全程驻场；核心人员名单见投标文件，未经甲方同意不得更换。乙方每周提交项目周报，每月参加甲方组织的项目推进会。
P:2.4 甲方负责提供机房环境、服务器及数据库资源，协调各被审计单位按数据需求清单报送数据，并指定业务骨干参与模型需求确认和结果复核。
P:2.5 乙方应在合同签订后 15 日内提交实施方案、数据接入方案和测试方案，经甲方确认后执行。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后 10 个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统初验合格后，甲方支付合同总价的45%。
P:3.3 最终验收合格后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票，甲方通过国库集中支付系统支付。
H:第四条 验收
P:4.1 初验条件：全部模块按招标文件技术要求部署完成；近三个预算年度的财政、社保数据全量接入，抽样核对差错率不高于万分之一；46 个审计模型在样本数据上运行结果经甲方审计业务处室复核确认。
P:4.2 系统初验后进入 90 日试运行，试运行期间未发生一级故障、查询响应时间在 3 秒以内（千万级数据表），方可申请最终验收。
P:4.3 乙方应在申请最终验收前提交以下文档：系统设计说明书、数据字典、模型说明书（含每个模型的取数口径、筛查逻辑和阈值设置）、用户手册、运维手册、源代码及编译说明、测试报告和培训记录。文档不全的，甲方可拒绝组织验收。
P:4.4 最终验收由甲方组织，邀请第三方测评机构进行安全测评，出具书面验收报告。系统上线使用或甲方支付部分款项，均不视为验收合格。
H:第五条 质量保证与售后服务
P:5.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、模型调优和现场技术支持。
P:5.2 服务水平：平台年度可用率不低于99.95%；一级故障（平台无法登录、模型无法运行或数据丢失）乙方应在 30 分钟内响应，2 小时内到达现场，8 小时内恢复；二级故障 2 小时内响应，次一工作日内解决。
P:5.3 乙方响应或恢复超时的，每超时 1 小时向甲方支付 1,000 元；可用率每低于约定 0.01 个百分点，扣减 2,000 元，从履约保证金或应付款中扣除。
P:5.4 乙方应为甲方培训系统管理员 6 名、建模骨干 20 名，确保其能够独立完成模型配置、疑点核查和日常运维。
P:5.5 质保期满后，甲方如需继续维护，年度维护费不超过软件许可费的10%（即不超过 128,600 元/年），且前两个维护年度不得上调。
H:第六条 知识产权
P:6.1 平台软件的著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:6.2 为本项目定制开发的审计模型、规则脚本、接口程序及其源代码、技术文档，知识产权归甲方所有，甲方有权自行修改、使用或许可第三方使用。乙方应在最终验收前移交源代码。
H:第七条 数据安全
P:7.1 甲方提供的财政、社保、工程等全部数据及分析结果均属甲方所有，乙方仅可为履行本合同在甲方内网中处理，不得复制、留存或用于任何其他目的。
P:7.2 乙方人员须经甲方审批，通过堡垒机访问，操作全程留痕；乙方应落实等级保护第三级要求的安全措施。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在 1 小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第八条 保密
P:8.1 乙方对履约过程中知悉的审计项目、被审计单位信息及甲方工作秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
P:8.2 乙方不得向甲方工作人员提供任何形式的回扣、礼品或宴请；乙方人员在审计数据中心工作期间应遵守甲方的审计纪律和保密纪律，违反的，甲方有权要求更换人员。
H:第九条 违约责任
P:9.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过 60 日的，甲方有权解除合同。
P:9.2 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十条 分包与转包
P:10.1 本项目不允许分包，乙方不得将合同义务的全部或部分转包给第三方。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面催告后 15 日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十二条 不可抗力
P:12.1 因地震、洪水、重大公共卫生事件等不可抗力不能履行合同的，受影响一方应在 3 日内书面通知对方，并在 10 日内提供证明；双方据此协商延期履行或部分免除责任。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 双方的通知以书面形式送达本合同首部所列地址，变更地址应提前书面告知对方。
P:14.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:14.3 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，双方各执三份，自双方签字盖章之日起生效。
P:甲方（盖章）：江临市审计局　　　　乙方（盖章）：杭州数衡智审科技有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:签订日期：2026年__月__日
"""

SRC["h362z02"] = """T:回转窑及分解炉控制系统改造合同
P:合同编号：HCJC-JS-2026-031
P:甲方：淮川建材水泥有限公司（以下简称甲方）
P:乙方：南京锐控自动化工程有限公司（以下简称乙方）
P:鉴于甲方 2 号熟料生产线回转窑及分解炉原控制系统运行已逾十年，备件停产、控制品质下降，甲方决定对其实施改造；乙方具备相应的工控系统集成资质和同类改造业绩。经双方协商一致，订立本合同。
H:一、改造范围
P:（一）更换窑头、窑尾及分解炉区域 DCS 控制站（控制器、电源、I/O 卡件及机柜），新增操作员站和工程师站。
P:（二）更换分解炉出口温度、窑尾负压、三次风温、喂煤量等关键仪表，完成信号接入与标定。
P:（三）提供分解炉温度先进控制（APC）软件许可，并针对甲方煤质、生料成分完成控制模型开发与整定。
P:（四）完成系统组态、联调、停窑切换、操作培训及技术资料移交。
H:二、合同价款
P:（一）合同价款明细如下（人民币元，含 13% 增值税）：
TB:序号|项目|数量|金额（元）
TB:1|DCS 控制站（控制器、I/O 卡件、机柜）|3 套|968,000
TB:2|操作员站、工程师站及网络设备|1 批|186,000
TB:3|现场仪表（温度、压力、流量）|1 批|342,000
TB:4|分解炉温度先进控制（APC）软件许可|1 套|264,000
TB:软硬件小计|||1,760,000
TB:5|组态编程、控制模型开发及整定|1 项|238,000
TB:6|安装、调试及停窑切换|1 项|146,000
TB:7|操作及维护培训|1 项|36,000
TB:合同总价|||2,180,000
P:（二）上述价款为固定总价，已包含设备运输、保险、安装辅材及乙方人员费用。
P:（三）设备应为原厂全新产品，随货提供出厂合格证、检测报告和装箱单；到货时由双方共同开箱清点，外观及数量问题由乙方在 7 日内补齐或更换。
H:三、技术要求
P:（一）控制系统应采用冗余控制器、冗余电源和冗余通讯，单点故障不得导致停窑；控制器实测负荷不超过其额定能力的一半。
P:（二）APC 软件应实现分解炉出口温度、窑尾氧含量和喂煤量的多变量协调控制，具备一键投切和无扰切换功能，并提供控制效果对比报表。
P:（三）操作画面按甲方中控室操作习惯设计，报警分级、趋势记录保存期不少于两年，并预留与甲方能源管理系统的 OPC UA 数据接口。
P:（四）乙方应提交详细设计文件，经甲方技术部门审查确认后方可组织设备生产和组态编程。
H:四、工期
P:（一）乙方应于合同生效后 75 日内完成设备到货，并利用甲方 2026 年冬季计划检修停窑期（预计 18 天）完成切换。
P:（二）乙方应在合同生效后 20 日内提交项目进度计划，列明设计审查、出厂测试、到货、安装、冷态调试和热态投运等节点，甲方可派员参加出厂测试。
P:（三）因乙方原因未能在停窑期内完成切换的，乙方应承担由此增加的停窑损失。
H:五、付款
P:（一）合同生效后 10 个工作日内，甲方支付合同总价的10%作为预付款。
P:（二）设备全部到货并安装完毕后，甲方支付合同总价的50%；到货安装不代表质量验收。
P:（三）系统最终验收合格后，甲方支付合同总价的35%。
P:（四）余款 5% 作为质量保证金，质保期满且无遗留问题后 15 个工作日内无息支付。
H:六、验收
P:（一）系统投运后连续稳定运行 72 小时，主要控制回路全部投入自动运行，分解炉出口温度波动控制在 ±10℃ 以内，方可申请最终验收。
P:（二）乙方应在申请验收前提交竣工图纸、组态备份、I/O 清单、回路调校记录、APC 模型说明和操作维护手册各一套（纸质及电子版）。
P:（三）甲方组织生产、设备、安环部门按技术协议逐项验收，出具书面验收单。投运或支付到货款，均不视为验收合格。
H:七、质量保证与维保服务
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内，硬件免费更换，软件免费升级和修复。
P:（二）故障分级与响应：一级故障（可能导致停窑或危及安全）乙方应在 30 分钟内远程响应，8 小时内派工程师到场；二级故障 2 小时内响应，48 小时内到场。
P:（三）乙方响应或到场超时的，每超时 1 小时扣减 2,000 元，从质量保证金中扣除。
P:（四）乙方应随设备提供两个维保年度用量的易损备件，并保证停产后至少八年内继续供应兼容备件。
P:（五）质保期满后，乙方提供年度维保服务，年度维保费为软硬件小计的7%，即 123,200 元/年，前三个维保年度固定不变；甲方可逐年决定是否续签。
H:八、知识产权
P:（一）DCS 系统软件、APC 软件的著作权归原权利人，甲方获得永久使用许可。
P:（二）为本项目编制的组态程序、控制模型参数、联锁逻辑及图纸资料归甲方所有，甲方有权自行修改和使用，并可交由其他服务商维护。
H:九、数据与网络安全
P:（一）生产过程数据、工艺参数和控制系统配置均属甲方所有，乙方不得带出厂区或用于本合同以外的任何用途。
P:（二）乙方应按工控系统安全防护要求实施网络隔离，在控制网与管理网之间部署工业防火墙；远程维护须经甲方逐次审批并通过堡垒机进行。
P:（三）乙方交付的工程师站、操作员站应关闭无关端口和移动存储接口，安装经甲方认可的白名单防护软件，并提交安全加固记录。
P:（四）发生病毒感染、非法访问或数据丢失的，乙方应在 2 小时内报告甲方并协助处置；因乙方原因造成的，乙方赔偿甲方全部损失。
H:十、分包
P:（一）乙方可将现场仪表安装、电缆敷设等施工内容分包给具有相应资质的施工单位，分包前书面通知甲方即可，无需甲方另行同意。乙方对分包单位的工作质量和安全负责。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成切换的，每逾期一日，按合同总价的万分之八支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（三）乙方提供的设备或软件不符合约定的，应在甲方规定期限内免费更换或整改；整改后仍不符合的，甲方有权退货。
P:（四）因不可抗力不能按期履行的，受影响一方应及时通知对方并提供证明，可相应顺延履行期限。
H:十二、合同解除
P:（一）乙方严重违约，经甲方书面通知后 15 日内仍未改正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:十三、安全生产
P:（一）乙方人员进入厂区应遵守甲方安全管理制度，动火、登高及受限空间作业须办理作业票。乙方人员在现场发生的安全事故由乙方负责。
P:（二）停窑切换期间，乙方应编制切换方案和应急回退方案，报甲方生产部审批；切换过程中原系统保留至新系统稳定运行 72 小时后方可拆除。
P:（三）乙方应为甲方中控室操作员、仪表及电气维护人员提供不少于 5 天的集中培训和 10 天的跟班指导，培训合格人员不少于 16 名。
H:十四、争议解决
P:（一）本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
H:十五、其他
P:（一）技术协议、设备清单为本合同附件，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：淮川建材水泥有限公司　　　　乙方（盖章）：南京锐控自动化工程有限公司
P:授权代表：__________　　　　授权代表：__________
P:日期：2026年__月__日
"""

SRC["h362z03"] = """门店进销存及会员管理云服务合同

合同编号：BY-IT-2026-009

甲方：成都贝悦母婴用品连锁有限公司
乙方：上海云铺信息技术有限公司

甲方在四川省内经营 45 家母婴用品门店，拟统一使用乙方提供的“云铺零售”进销存及会员管理云服务（以下简称“云服务”），并委托乙方完成系统实施。双方经友好协商，达成如下条款。

第一条 服务内容
（1）乙方为甲方 45 家门店及总部开通云服务，包括采购、库存、调拨、收银、会员积分、储值卡、营销活动和经营报表功能。
（2）乙方负责系统实施：门店及商品基础数据迁移、与甲方现有收银设备及电子秤的对接、总部和门店人员培训、45 家门店分批上线。
（3）乙方按甲方需求定制开发经营分析报表 12 张及与甲方财务软件的凭证接口。
（4）乙方提供 7×24 小时客服热线和在线工单系统，并为甲方指定一名客户成功经理，每季度回访门店使用情况，提出优化建议。
（5）甲方门店新增或关闭的，服务费按实际开通门店数按月折算，新增门店单价与本合同相同。

第二条 服务期限
（1）服务期为三个服务年度，自全部门店上线验收合格之日起算。
（2）服务期满前 30 日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。
（3）每次续期时，乙方有权根据其产品价格体系上调服务费，上调幅度不超过上一服务年度服务费的8%，乙方在续期前书面通知甲方即可，无需甲方另行同意。

第三条 费用
（1）门店端服务费：每家门店每个服务年度 4,800 元，45 家合计每个服务年度 216,000 元。
（2）总部及会员模块服务费：每个服务年度 68,000 元。
（3）实施费（含数据迁移、设备对接、定制报表与接口、培训）：一次性 96,000 元。
（4）合同总额：(216,000 + 68,000) × 3 + 96,000 = 948,000 元（含 6% 增值税）。

第四条 付款
（1）实施费在全部门店上线验收合格后 15 个工作日内支付。
（2）服务费按季度结算，乙方在每季度结束后出具服务报告和发票，甲方在收到后 15 个工作日内支付当季服务费。
（3）甲方无需在服务开通前支付任何款项。
（4）乙方收款账户以本合同载明的账户为准，变更账户须加盖乙方公章书面通知甲方；甲方按原账户付款的，视为已履行付款义务。

第五条 上线与验收
（1）乙方应在合同签订后 60 日内完成全部门店上线。
（2）门店分三批上线：第一批为成都市区 15 家门店，第二批为成都郊县 16 家门店，第三批为省内其他城市 14 家门店；每批上线间隔不少于 10 日，以便总结问题。
（3）上线验收标准：商品、库存、会员及储值余额迁移后与原系统逐项核对一致；收银单笔结算时间不超过 2 秒；定制报表数据与抽查单据一致；门店连续 7 日正常营业无一级故障。
（4）甲方确认验收后签署上线验收单。门店开始使用系统不视为验收。
（5）乙方应在上线前提交实施方案、数据迁移核对表、门店培训计划和操作手册；每家门店上线当日乙方应安排实施人员现场或远程值守，门店店长和收银员培训合格后方可切换。
（6）上线期间原系统应保留只读访问 30 日，以便核对历史单据。

第六条 服务水平
（1）云服务月可用率不低于99.5%（计划维护除外，计划维护应安排在凌晨 1 点至 6 点并提前 3 日通知）。
（2）一级故障（收银无法使用或会员数据无法读取）乙方应在 30 分钟内响应，3 小时内恢复；二级故障 2 小时内响应，次一工作日内解决。
（3）可用率低于约定值的，当月服务费减免 5%；低于 99% 的，减免 10%。一级故障超时恢复的，每次另扣 500 元。
（4）乙方每月 10 日前向甲方提供上月服务报告，列明可用率、故障记录、工单处理情况和系统变更。
（5）乙方进行版本升级前应提前 5 日通知甲方，并保证升级不影响门店营业时间内的收银和会员功能。

第七条 数据
（1）甲方的商品、销售、库存和会员数据（包括会员姓名、手机号、购买记录）归甲方所有。
（2）甲方同意，乙方可将甲方数据经脱敏和汇总处理后，用于乙方编制母婴零售行业分析报告、训练商品推荐算法和改进产品，此项使用在合同期内及合同终止后均可进行。
（3）合同终止后 30 日内，乙方应向甲方完整导出全部数据，并在甲方确认后删除其系统中的甲方数据（前款汇总数据除外）。

第八条 数据安全
（1）云服务部署在中国境内的数据中心，乙方应取得并维持网络安全等级保护第三级备案，对会员个人信息加密存储，实行最小权限访问并保存操作日志。
（2）发生数据泄露、篡改或丢失的，乙方应在 24 小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担甲方的全部损失及对会员的赔偿责任。

第九条 保密
（1）本条所称商业秘密包括但不限于采购价格、供应商名单、促销方案、门店经营数据及乙方的技术资料。
（2）乙方员工因实施工作接触甲方门店和会员信息的，乙方应与其签订保密承诺，并对其行为负责。
（3）双方对在合作中知悉的对方商业秘密（包括采购价格、供应商信息、经营数据）负有保密义务，保密期至合同终止后三年。

第十条 知识产权
（1）云服务平台的知识产权归乙方所有。
（2）为甲方定制开发的报表、凭证接口及其源代码归甲方所有，甲方可自行修改或委托第三方使用。
（3）乙方保证其提供的云服务不侵犯第三方知识产权；因此引起的索赔由乙方负责处理并承担费用。

第十一条 违约责任
（1）乙方未按期完成全部门店上线的，每逾期一日，向甲方支付违约金 800 元。
（2）乙方的服务不符合约定且经甲方书面通知后 10 日内仍未改正的，甲方可暂停支付当期服务费直至改正。
（3）乙方对本合同项下的累计赔偿责任以合同总额的 1.5 倍为限，但数据泄露及故意行为造成的损失不受此限。

第十二条 分包
（1）乙方不得将实施工作分包给第三方，确需分包的须事先取得甲方书面同意。

第十三条 合同解除
（1）一方严重违约，经对方书面催告后 15 日内未改正的，守约方有权解除本合同。
（2）合同解除后，乙方应按第七条第（3）项配合数据导出。
（3）甲方因自身经营调整提前终止的，应提前 60 日书面通知乙方，已支付的服务费不予退还，未到期部分不再支付。

第十四条 争议解决
（1）本合同适用中华人民共和国法律。争议提交成都仲裁委员会仲裁。

第十五条 其他
（1）双方指定的联系人及联系方式见附件，通知以书面或电子邮件方式送达。
（2）附件《服务功能清单》《定制报表需求说明》《门店上线计划》为本合同组成部分。
（3）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都贝悦母婴用品连锁有限公司        乙方（盖章）：上海云铺信息技术有限公司
代表签字：________                                代表签字：________
日期：2026年__月__日                              日期：2026年__月__日
"""

SRC["h362z04"] = """临江市气象灾害预警信息发布系统运维服务合同

项目编号：LJQX-CS-2026-003（竞争性磋商）
甲方（采购人）：临江市气象局
乙方（成交供应商）：临江天衡信息技术有限公司

根据《中华人民共和国政府采购法》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就临江市气象灾害预警信息发布系统运维服务签订本合同。

1. 服务范围
1.1 运维对象：预警信息发布业务平台、短信及应急广播发布通道、显示屏发布终端管理系统、预警信息网站及相关服务器、数据库和网络设备。
1.2 服务内容包括但不限于：驻场运维、日常巡检、应急值守保障、系统故障处理、软件缺陷修复与小版本升级、安全加固及等级保护测评配合、运维文档编制。
1.3 乙方应建立运维服务台账，记录每次巡检、故障处理和变更，并在甲方运维管理平台中同步登记。
1.4 乙方应配备二线技术支持团队，对驻场人员无法处理的数据库、操作系统和网络问题提供远程或现场支持，二线支持人员名单随响应文件提交。
1.5 乙方派驻 2 名运维工程师在甲方值班室驻场（工作日 8:30—17:30），汛期（5 月至 9 月）及甲方启动应急响应期间实行 7×24 小时值守。

2. 服务期限
2.1 服务期自2026年1月1日起至2026年12月31日止。
2.2 服务期满后，甲方如需继续采购，应重新履行政府采购程序，本合同不自动续期。

3. 合同价款
3.1 合同总价为人民币 436,000 元，明细如下：
    驻场运维人员服务费            264,000 元
    系统巡检与应急值守保障         88,000 元
    发布通道接口维护               46,000 元
    安全加固及等保测评配合         38,000 元
3.2 服务期内运维对象因甲方新增发布终端而增加的，20 台以内不另行计费；超过部分由双方另行协商。
3.3 合同总价包括人员、交通、通信、备品备件（单件 2,000 元以下）、税费等全部费用。

4. 付款与考核
4.1 服务费按季度支付。每季度结束后 10 个工作日内，甲方依据附件《运维服务考核办法》对乙方进行考核，考核合格后支付当季服务费 109,000 元。
4.2 考核扣款从当季服务费中直接扣除。本合同不设预付款。
4.3 乙方应在请款时提交当季运维报告、考核结果确认单和合法有效的发票，甲方通过财政集中支付系统付款。

5. 服务水平
5.1 预警发布平台全年可用率不低于99.95%。
5.2 一级故障（预警信息无法发布或发布严重延误）：乙方应在 15 分钟内响应，1 小时内到场，2 小时内恢复发布能力或启用备用通道。
5.3 二级故障（部分终端或单一通道异常）：30 分钟内响应，8 小时内修复。
5.4 三级故障（不影响发布的一般问题）：次一工作日内修复。
5.5 日常巡检每日两次，重点检查发布通道状态、短信网关余量、服务器资源和数据库备份；发现隐患应当日处理或报甲方。
5.6 重大天气过程及甲方启动应急响应期间，乙方应增派 1 名工程师到岗，确保预警信息在签发后 10 分钟内通过全部通道发出。
5.7 乙方应每月对发布平台数据库进行完整备份并验证可恢复性，备份介质由甲方保管。
5.8 每月 5 日前提交上月运维月报，每季度提交巡检报告，汛期前完成全系统应急演练。

6. 考核扣款
6.1 一级故障响应或恢复超时的，每次扣款 1,000 元；二级故障超时的，每次扣款 300 元。
6.2 月可用率低于约定值的，每低 0.01 个百分点扣款 500 元。
6.3 季度考核不合格的，扣减当季服务费的 8%，并限期整改。

7. 人员与验收
7.1 驻场人员应具有计算机相关专业学历和两年以上运维经验，名单报甲方备案；人员更换须提前 10 日书面报甲方同意，新人员资质不得低于原人员。
7.2 服务期满后 15 个工作日内，甲方按磋商文件所列服务指标、月报、巡检报告和考核记录组织年度验收，出具书面验收意见。

8. 数据安全
8.1 预警信息、受众手机号码、发布日志等数据均归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向第三方提供。
8.2 乙方应执行甲方的网络安全管理制度，账号实名、权限最小化，远程操作须经甲方审批并记录；发现安全事件应在 1 小时内报告甲方。
8.3 因乙方原因造成数据泄露、预警信息被篡改或误发的，乙方承担全部责任并赔偿甲方损失。

9. 保密
9.1 乙方应与派驻人员签订保密承诺书，并报甲方备案。
9.2 乙方及其人员对在服务中接触的未公开气象资料、系统口令、网络拓扑负有保密义务，不得向任何第三方披露；该义务在合同终止后继续有效。

10. 知识产权
10.1 发布平台软件的著作权归原开发单位，本合同不改变其权属。
10.2 乙方在服务期间编制的运维文档、应急预案、脚本及小版本升级程序，知识产权归甲方所有。

11. 违约责任
11.1 乙方未按约定期限完成系统升级、安全整改或提交巡检报告的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
11.2 甲方无正当理由逾期付款的，按逾期金额每日万分之二向乙方支付违约金。

12. 合同的变更与解除
12.1 服务期内，除因不可抗力致使合同目的不能实现外，任何一方均不得单方解除本合同。
12.2 乙方违约的，甲方可要求乙方限期整改、按第 6 条扣款并按第 11 条收取违约金，但不得以此为由解除合同。
12.3 合同的变更须经双方协商一致并签订书面协议。
12.4 因机构改革或上级部门统一建设导致系统停用的，双方可协商终止合同，费用按实际服务期结算。

13. 分包
13.1 本项目不得分包或转包。

14. 法律适用与争议解决
14.1 本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院起诉。
14.2 争议处理期间，乙方应继续履行运维义务，不得以争议为由中断预警发布保障。

15. 其他
15.1 磋商文件、响应文件、成交通知书及附件《运维服务考核办法》为本合同组成部分。
15.2 服务期满或合同终止时，乙方应在 10 个工作日内移交全部账号、口令、配置文件、运维文档和台账，并配合甲方或新的服务商完成交接，交接期内不得中断服务。
15.3 乙方应于每季度考核后 5 个工作日内，针对考核中发现的问题提交整改计划，并在下一季度考核时报告整改结果。
15.4 乙方人员在甲方办公场所应遵守甲方作息和安全管理制度，不得擅自接入外部网络设备。
15.5 本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：临江市气象局                乙方（盖章）：临江天衡信息技术有限公司
代表：__________                           代表：__________
日期：2026年__月__日                       日期：2026年__月__日
"""

SRC["h362z05"] = """# 智造云 MES 软件许可及定制开发合同

（智造云标准合同文本 ZZY-HT-2025 版）

合同编号：ZZY-2026-0418

甲方：武汉楚味鸭食品有限公司
乙方：长沙智造云软件股份有限公司

甲方拟在其卤制品生产基地建设生产执行系统（MES），覆盖原料鸭脖入库、解冻、卤制、冷却、包装、金属检测和成品出库全过程；乙方为智造云 MES 产品的开发商。双方依据乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供智造云 MES 软件永久许可（含生产计划、批次追溯、质量管理、设备管理、仓储管理模块），许可工厂数 1 个，不限用户数。

1.2 乙方按甲方需求进行定制开发：卤制配方与温度曲线管理、冷链温度采集对接、包装线电子秤及金检机对接、与甲方 ERP 的订单及库存接口、食品安全追溯码打印。

1.3 乙方负责系统安装部署、基础数据初始化和操作培训。

1.4 甲方负责提供服务器、网络、数据库及现场设备接口条件，指定项目负责人，并在乙方要求的时间内确认需求和组织用户测试。甲方配合不到位影响进度的，由甲方承担相应后果。

1.5 甲方需求以双方签字确认的《需求规格说明书》为准；说明书确认后变更需求的，乙方有权调整报价和工期。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智造云 MES 软件永久许可 | 780,000 |
| 2 | 定制开发（卤制工艺、设备对接、ERP 接口、追溯码） | 236,000 |
| 3 | 实施部署及培训 | 52,000 |
| | 合计 | 1,068,000 |

2.1 以上价格含 6% 增值税，不含甲方现场硬件、网络及数据库许可。

2.2 乙方实施人员的差旅费已包含在实施部署费中；甲方要求乙方人员在验收后驻场的，按乙方人天单价 2,800 元/人天另行计费。

2.3 甲方所需的扫码枪、标签打印机、工控一体机等现场设备由甲方自行采购，乙方提供型号建议。

## 第三条 付款方式

3.1 本合同签订后 5 个工作日内，甲方向乙方支付合同总价的55%作为预付款，乙方收款后启动项目。

3.2 系统上线运行后 10 个工作日内，甲方支付合同总价的45%。

3.3 乙方收到款项后开具增值税专用发票。甲方要求分批开票的，应提前书面告知。

3.4 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，乙方并有权暂停实施和服务。

## 第四条 实施周期

4.1 乙方计划在收到预付款后 120 日内完成系统上线。实施周期为预估时间，乙方将尽力按计划推进；因需求变更、甲方配合等原因导致的延期，上线时间相应顺延。

4.2 工期出现延误的，双方协商调整实施计划。

4.3 乙方派出项目经理一名及实施顾问若干名，人员安排由乙方根据项目进度自行调配。

4.4 培训采用集中授课方式，乙方为甲方关键用户提供不超过 3 天的培训，超出部分按乙方人天单价收费。

## 第五条 上线与验收

5.1 系统安装完成并投入生产使用，即视为甲方验收合格，乙方不另行组织验收测试。

5.2 甲方应在系统上线前完成基础数据整理，包括物料编码、配方、工序、设备台账和人员信息，数据质量问题由甲方负责。

5.3 系统上线后甲方提出的新需求，按乙方人天单价另行收费。

## 第六条 免费维护期

6.1 自系统上线之日起六个月为免费维护期，乙方在此期间提供远程缺陷修复和电话咨询。

6.2 免费维护期内，乙方对软件缺陷进行修复，但因甲方操作不当、擅自修改数据或第三方设备原因导致的问题不在免费维护范围内。

6.3 一级故障（生产线无法扫码、批次无法追溯）乙方在 10 小时内响应；其他故障在 3 个工作日内响应。

6.4 故障申报须通过乙方客服热线或工单系统提交，甲方应提供故障现象、截图和日志；未按要求提交的，响应时间自资料补齐时起算。

6.5 乙方将尽力在合理时间内排除故障，但不因响应或修复超时承担任何扣款、赔偿或违约金。

## 第七条 年度维保服务

7.1 免费维护期满后，甲方应购买乙方年度维保服务，年度维保费为软件许可费的28%，即 218,400 元/年，每年年初一次性支付。

7.2 年度维保服务包括远程故障处理、补丁和小版本升级，不包括现场服务、新功能开发和大版本升级，上述服务另行收费。

7.3 甲方未续购维保服务的，乙方不再提供补丁、升级和故障处理。

## 第八条 知识产权

8.1 智造云 MES 软件及其文档的知识产权归乙方所有。乙方保证其软件不侵犯第三方的合法权利。

8.2 乙方为本项目定制开发的功能模块、接口程序、配方与工艺模型及其源代码，知识产权均归乙方所有；甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译或交由第三方维护。

## 第九条 数据

9.1 甲方生产数据归甲方所有。

9.2 甲方同意乙方可将系统运行中产生的生产数据进行脱敏处理后，用于乙方产品优化、食品行业工艺模型训练及行业基准分析。

9.3 乙方为实施和维护需要，可通过远程方式访问甲方系统，甲方应开通相应账号。

9.4 乙方对其可访问的甲方数据采取访问控制、加密传输和日志审计措施；因乙方原因导致甲方数据泄露的，乙方应及时通知甲方并承担相应赔偿责任。

## 第十条 保密

10.1 双方对因本合同获悉的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得披露，保密期至合同终止后三年。

## 第十一条 责任限制

11.1 乙方在本合同项下的全部赔偿责任（无论基于违约、侵权或其他原因）累计不超过合同总价的25%。

11.2 因甲方或第三方硬件、网络、数据库故障，或甲方自行修改配置导致的问题，乙方不承担责任。

11.3 乙方不承担甲方的停产损失、产品召回费用、利润损失等间接损失。

## 第十二条 合同解除

12.1 一方严重违约且在收到对方书面通知后 30 日内未予纠正的，另一方有权解除本合同。

12.2 因甲方原因解除合同的，已付款项不予退还。

12.3 本合同履行过程中，双方联系人发生变更的，应在变更后 3 个工作日内书面通知对方。

## 第十三条 争议解决

13.1 因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十四条 其他

14.1 本合同的附件包括《需求规格说明书》《实施计划》和《培训计划》，附件与正文不一致的，以正文为准。

14.2 乙方可在其客户名单和宣传材料中使用甲方名称和标识。

14.3 任何一方因不可抗力不能履行本合同的，应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。

14.4 本合同为乙方标准文本，双方签字盖章后生效，一式两份，各执一份。

甲方（盖章）：武汉楚味鸭食品有限公司　　　乙方（盖章）：长沙智造云软件股份有限公司

授权代表：__________　　　　　　　　　　　授权代表：__________

日期：2026年__月__日
"""

SRC["h362e01"] = """T:KILN-CURVE CONTROL SOFTWARE LICENCE AND SUPPLY AGREEMENT
P:Agreement No. LQ-JM-2026-011
P:This Agreement is made between Longquan Jade Mist Celadon Studio Co., Ltd., a company incorporated in Longquan, Zhejiang Province, People's Republic of China (the "Buyer"), and Cerámica Digital Aragón S.L., a company incorporated in Spain with its registered office at Calle Ramón y Cajal 14, 44001 Teruel, Spain (the "Vendor").
P:Recitals. (A) The Buyer operates six gas-fired shuttle kilns and two electric test kilns for the production of celadon ware, and wishes to replace its manual firing logs with software that records and controls the firing curve of each kiln. (B) The Vendor develops the "HornoCurva" kiln-curve software, which is in use in ceramic studios in Spain and Portugal, and has offered to supply perpetual licences, sensor gateways and the services described below. (C) At the Buyer's request, all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the HornoCurva kiln-curve control software, version 5, including the glaze chemistry module, in object code, together with its user documentation.
P:1.2 "Customised Profiles" means the firing profiles, reduction-atmosphere control sequences, cooling schedules and the import routine for the Buyer's historic firing logs that the Vendor develops for the Buyer under this Agreement.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5.4 that the system meets the acceptance criteria.
P:1.4 "Buyer Data" means all firing records, temperature and atmosphere readings, glaze recipes, photographs and other data entered into or generated by the system at the Buyer's premises.
H:Article 2 Scope of Supply
P:2.1 The Vendor shall supply perpetual, non-exclusive licences of the Software for six production kilns and the glaze chemistry module for the whole studio, four sensor gateways with thermocouple and oxygen-probe interfaces, and the Customised Profiles.
P:2.2 The Vendor shall install the Software on the Buyer's server in Longquan, connect the gateways to the kiln controllers, calibrate all thermocouples against a reference instrument, and train the Buyer's kiln masters and technicians.
P:2.3 The Vendor shall deliver, in Chinese and English, an installation manual, an operator manual for kiln masters, an administrator manual, a description of every Customised Profile with its set points, and a wiring diagram of each gateway connection. The Buyer's technicians shall be able to adjust a profile, add a kiln and restore the server from backup using these documents alone.
P:2.4 The licences are perpetual and may be transferred to any affiliate of the Buyer that takes over the studio. No licence key shall expire or require renewal.
H:Article 3 Price
P:3.1 The Contract Price is CNY 655,000, made up as follows (all amounts in CNY, including VAT and all import duties, delivered to the Buyer's studio):
TB:Item 1|Kiln-curve control licences, perpetual|6 kilns x 48,000|288,000
TB:Item 2|Glaze chemistry module licence, perpetual|1|96,000
TB:Item 3|Sensor gateways with thermocouple and oxygen-probe interfaces|4 x 18,500|74,000
TB:Subtotal|Licences and hardware||458,000
TB:Item 4|Customised Profiles and historic log import|1|124,000
TB:Item 5|Installation, calibration and commissioning|1|52,000
TB:Item 6|Training (two sessions on site)|1|21,000
TB:Total|Contract Price||655,000
P:3.2 The Contract Price is fixed and includes travel and living expenses of the Vendor's staff in China, translation of documentation into Chinese, and the Vendor's interpreter during training.
H:Article 4 Delivery and Payment
P:4.1 The Vendor shall deliver the gateways and complete installation within 90 days after signature, and shall make the system ready for acceptance testing within 120 days after signature.
P:4.2 The Buyer shall pay 20% of the Contract Price within 15 days after signature against the Vendor's invoice and an advance-payment bank guarantee of the same amount.
P:4.3 The Buyer shall pay 45% of the Contract Price after the Vendor has completed installation and the parties have signed an installation record. The installation record confirms delivery only and is not acceptance of the system.
P:4.4 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:4.5 If the Vendor fails to make the system ready for acceptance testing by the date in Article 4.1, it shall pay the Buyer delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. The Buyer may deduct delay damages from any payment due.
H:Article 5 Acceptance
P:5.1 The Vendor shall propose an acceptance test plan at least 15 days before testing. The plan shall be approved by the Buyer in writing.
P:5.2 The acceptance criteria are: (a) each production kiln completes three consecutive full firings under control of the Software, with the measured curve within plus or minus 8 degrees Celsius of the set curve at every recorded point; (b) the reduction phase is held within the oxygen band set by the Buyer's kiln master; (c) at least 2,000 historic firing records are imported and reconciled with the paper logs on a sample of 200 records; (d) alarms for thermocouple failure and over-temperature are raised within 10 seconds; and (e) all documentation has been delivered.
P:5.3 If any criterion is not met, the Vendor shall correct the defect and repeat the relevant tests at its own cost.
P:5.4 When all criteria are met, the Buyer shall issue a Final Acceptance certificate within 10 days. Use of the system in production before that date does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants the Software, the gateways and the Customised Profiles for 24 months after Final Acceptance. During the warranty period the Vendor shall correct defects, replace faulty gateways and provide new versions of the Software free of charge.
P:6.2 Support is provided remotely in Chinese and English. Faults are classified as follows: Severity 1 means a kiln cannot be controlled or monitored during a firing; Severity 2 means a function is impaired but firing can continue; Severity 3 means any other fault or question. The Vendor shall respond to a Severity 1 fault within 2 hours at any time of day, to a Severity 2 fault within 8 hours, and to a Severity 3 fault within two business days.
P:6.3 For each full hour by which the Vendor exceeds the Severity 1 response time, the Vendor shall credit the Buyer CNY 600, deducted from the next payment or the annual support fee.
P:6.4 After the warranty period, the Vendor shall offer annual support on the same terms at a fee of 9% of the licence and hardware subtotal in Article 3.1, that is CNY 41,220 per year. This fee is fixed for the first three support years. The Buyer may decide each year whether to order support, and support does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor. The Buyer receives a perpetual licence under Article 2.
P:7.2 The Customised Profiles, including their source files and parameters, belong to the Buyer upon creation. The Buyer may use, modify and license them to others without restriction. The Vendor shall deliver them in editable form before Final Acceptance.
H:Article 8 Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and shall not copy it outside the Buyer's server or use it for any other purpose.
P:8.2 The Vendor shall access the system remotely only through the VPN provided by the Buyer, with a personal account for each engineer and the Buyer's approval for each session. The Vendor shall keep its remote workstations protected by current security software.
P:8.3 If the Vendor becomes aware of any unauthorised access to, loss of or damage to Buyer Data, it shall notify the Buyer within 24 hours and assist in remedying it. The Vendor is liable for all losses caused by a breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential the non-public information received from the other party, including the Buyer's glaze recipes and firing know-how, and shall not disclose it to any third party without prior written consent. This obligation survives termination for three years, and for glaze recipes without limit of time.
H:Article 10 Liability
P:10.1 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 30 days after receiving notice, or if delay damages under Article 4.5 reach their maximum.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for undelivered items and the Buyer shall keep the licences already delivered.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Spain.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the courts of Teruel, Spain, which shall have exclusive jurisdiction.
H:Article 15 General
P:15.1 This Agreement is written in English and Chinese; both versions are equally authentic. Notices shall be in writing and sent to the addresses above.
P:15.2 This Agreement enters into force on signature by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Date: ____________________    Date: ____________________
"""

SRC["h362e02"] = """# ORDER FORM AND GENERAL TERMS — CABLEWAY TICKETING PLATFORM

Order Form No. SLX-CN-2026-0032

# PART A — ORDER FORM

## A1. Parties

**Customer:** Tai'an Daimiao Cableway Operation Co., Ltd., a company incorporated in Tai'an, Shandong Province, People's Republic of China, which operates the passenger cableways on Mount Tai.

**Vendor:** Salentix Ticketing S.r.l., a company incorporated in Italy, with its registered office at Via Salvatore Trinchese 61, 73100 Lecce, Italy.

This Order Form and the General Terms in Part B together form the agreement between the parties (the "Agreement"). If they conflict, this Order Form prevails.

## A2. Background

The Customer sells tickets for three cableways through its own windows, self-service kiosks, a WeChat mini-program and travel agencies, and validates them at fourteen turnstile gates. It wishes to move ticket sales, timed-entry booking, gate validation and revenue reporting to the Vendor's hosted platform, "Salentix Summit". The Vendor operates the platform for mountain railways and cable cars in Italy, Austria and Switzerland and has established hosting in mainland China for this order.

## A3. Services Ordered

1. Subscription to Salentix Summit for ticket sales, timed-entry booking, dynamic quotas for peak days, agency accounts, refunds and revenue reporting.
2. Gate validation licences for fourteen turnstile gates, including the validator app on the Customer's existing gate readers.
3. Onboarding: configuration of the Customer's products, fares and concessions; integration with the WeChat mini-program, the Customer's payment service provider and its finance system; migration of agency accounts; training; and Go-Live support.

## A4. Subscription Term

The Subscription Term starts on the Go-Live Date and lasts three Subscription Years. A "Subscription Year" is each successive period starting on the Go-Live Date or an anniversary of it. The Agreement ends at the end of the third Subscription Year. Any continuation requires a new Order Form signed by both parties; nothing in this Agreement renews automatically.

## A5. Fees

At the Customer's request, all fees are stated and payable in Chinese Yuan (CNY), including VAT.

| Item | Basis | Fee per Subscription Year (CNY) | Total for the Subscription Term (CNY) |
|---|---|---|---|
| Salentix Summit platform subscription | flat | 268,000 | 804,000 |
| Gate validation licences | 14 gates x 6,500 | 91,000 | 273,000 |
| Onboarding | one-time | — | 84,000 |
| **Total Contract Value** | | | **1,161,000** |

## A6. Invoicing and Payment

1. Subscription fees are invoiced quarterly in arrears, at CNY 89,750 per quarter, starting with the first quarter after the Go-Live Date.
2. The onboarding fee is invoiced after Go-Live Acceptance under A7.
3. No fee is payable before the Go-Live Date. The Customer pays each correct invoice within 30 days.

## A7. Go-Live and Acceptance

1. The Vendor shall complete onboarding and reach the Go-Live Date within 75 days after signature of this Order Form.
2. Go-Live Acceptance requires that: (a) all fares and concessions sell correctly in a test of at least 300 transactions across all channels; (b) each gate validates a ticket in less than one second and rejects used or invalid tickets; (c) daily revenue reports reconcile to the payment service provider's settlement file for seven consecutive days; and (d) operating staff have been trained. The Customer shall sign a Go-Live Acceptance certificate when all criteria are met.
3. If the Go-Live Date is delayed for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 900 for each day of delay.

## A8. Contacts

Customer: Head of Ticketing, Tai'an. Vendor: China Account Director, Lecce, with a local support partner in Jinan.

Signed for the Customer: ____________________  Date: __________

Signed for the Vendor: ____________________  Date: __________

# PART B — GENERAL TERMS

## B1. Service Levels

1.1 The Vendor shall make the platform available 99.95% of each calendar month, excluding planned maintenance announced five days in advance and carried out between 23:00 and 05:00 China Standard Time.

1.2 Incident priorities: Priority 1 means ticket sales or gate validation are unavailable on any channel; Priority 2 means a function is degraded; Priority 3 means any other issue. The Vendor shall respond to a Priority 1 incident within 30 minutes, 24 hours a day, and restore service or provide a workaround within 3 hours. Priority 2 incidents receive a response within 2 hours, and Priority 3 incidents within one business day.

1.3 If monthly availability falls below the commitment, the Customer receives a service credit of 5% of the monthly subscription fee for each started 0.1 percentage point of shortfall, up to 50% of that month's fee. Each Priority 1 incident not restored within the restoration time earns a further credit of CNY 2,000.

1.4 The Vendor shall report availability, incidents and credits monthly.

## B2. Customer Data

2.1 All ticketing, booking, visitor and transaction data that the Customer or its visitors enter into the platform ("Customer Data") belongs to the Customer. The Vendor uses Customer Data only to provide the services to the Customer and shall not use it for any other purpose, including analytics for other customers.

2.2 Customer Data is hosted only in mainland China, in a data centre with MLPS level 3 filing. The Vendor encrypts Customer Data in transit and at rest, restricts access to named staff with multi-factor authentication, logs all administrative access and keeps daily backups.

2.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 12 hours, cooperate with the Customer's notifications to regulators and visitors, and bear the costs and losses resulting from incidents caused by the Vendor or its subcontractors.

2.4 At the end of the Agreement the Vendor shall return all Customer Data in a standard format within 30 days and then delete it.

## B3. Subcontractors

3.1 The Vendor may use subcontractors and sub-processors of its choice, including hosting providers and local support partners, to perform the services. The Vendor will inform the Customer of any new subcontractor by e-mail; the Customer's consent is not required.

3.2 The Vendor remains responsible for the performance of its subcontractors.

## B4. Intellectual Property

4.1 The platform, its software and documentation remain the property of the Vendor.

4.2 The configurations, fare rules, report templates and integration scripts created for the Customer during onboarding belong to the Customer. The Customer may use, modify and license them freely, including to a future provider.

## B5. Confidentiality

5.1 Each party shall keep confidential all non-public information disclosed by the other party and use it only for this Agreement. This obligation lasts for three years after the Agreement ends.

## B6. Liability

6.1 Each party's total liability arising out of or in connection with this Agreement is limited to the fees paid or payable by the Customer in the six months before the event giving rise to the claim.

6.2 The limit does not apply to death or personal injury, fraud or wilful misconduct.

## B7. Term and Termination

7.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after notice.

7.2 The Customer may also terminate if availability falls below 99% in two consecutive months.

7.3 On termination, the Customer pays fees for services provided up to the termination date.

## B8. Warranties

8.1 The Vendor warrants that the services will be performed with reasonable skill and care and will conform to the documentation in all material respects.

8.2 The Vendor warrants that the platform supports the real-name ticketing, invoicing and visitor-information rules that apply to scenic areas in Shandong Province, and shall adapt the platform at its own cost if those rules change during the Subscription Term.

## B9. Changes and Customer Obligations

9.1 The Vendor may improve the platform from time to time, provided that no change reduces the functions ordered in A3 or the service levels in B1. Changes that affect the Customer's gates, kiosks or channels shall be announced at least 14 days in advance and shall not be deployed during the Golden Week holidays or other peak periods notified by the Customer.

9.2 The Customer shall keep its gate readers, kiosks and network connections in working order, name a system administrator, and report incidents through the Vendor's support portal or hotline.

9.3 The Customer is responsible for the accuracy of the fares and concessions it approves during onboarding.

## B10. Governing Law and Disputes

10.1 This Agreement is governed by the laws of Italy.

10.2 Any dispute shall be finally settled by arbitration under the Rules of the Milan Chamber of Arbitration. The seat of arbitration is Milan, Italy, and the language is English.

## B11. General

11.1 Notices shall be in writing and sent to the addresses in the Order Form. Operational notices may be sent by e-mail to the contacts named in A8.

11.2 Neither party may assign the Agreement without the other party's written consent.

11.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, closure of the mountain by the authorities, or failure of public networks, provided that it notifies the other party promptly. Service credits are not due for periods in which the cableways are closed by order of the authorities.

11.4 This Agreement is written in English. A Chinese translation is provided for convenience only.

11.5 This Agreement is the entire agreement of the parties on its subject.
"""

SRC["h362e03"] = """T:SUPPLY AND INSTALLATION CONTRACT FOR SOIL SENSOR NETWORK
P:Contract No. XSY-PUR-2026-027
P:Buyer: Hunan Xiangshan Camellia Oil Plantation Co., Ltd., a company incorporated in Liuyang, Hunan Province, People's Republic of China (the "Buyer").
P:Supplier: Vigne et Capteurs SAS, a company incorporated in France, with its registered office at 9 Rue des Clefs, 68000 Colmar, France, acting through its project office in Changsha (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment and systems. The Supplier was selected through the Buyer's invitation to tender No. XSY-ITB-2026-004, and its bid forms part of this Contract where it does not conflict with these terms.
H:Section 1 Purpose and Scope
P:1.1 The Buyer cultivates tea-oil camellia on about 1,800 hectares of hillside plots and wishes to measure soil moisture, soil temperature and electrical conductivity across its plots, so that irrigation and fertilisation can be planned by plot and by season.
P:1.2 The Supplier shall supply, install and commission: 320 wireless soil sensor nodes, each measuring at three depths; 12 LoRaWAN gateways with solar power; 6 automatic weather stations; a perpetual licence of the Supplier's agronomy dashboard software, installed on the Buyer's server; and customised irrigation and fertiliser advisory models calibrated to camellia on red soil.
P:1.3 The Supplier shall also survey each plot, propose sensor positions for the Buyer's approval, calibrate every sensor against laboratory samples, and train the Buyer's field technicians and agronomists.
H:Section 2 Contract Price
P:2.1 At the Buyer's request, all prices are stated and payable in Chinese Yuan (CNY). The Contract Price is CNY 1,450,000, including VAT, customs duties, transport to the plantation, insurance and installation materials. It is broken down in the following table:
TB:No.|Item|Quantity x unit price (CNY)|Amount (CNY)
TB:1|Wireless soil sensor nodes (moisture, temperature, EC at three depths)|320 x 2,150|688,000
TB:2|LoRaWAN gateways with solar power kits|12 x 16,500|198,000
TB:3|Automatic weather stations|6 x 23,000|138,000
TB:4|Agronomy dashboard software, perpetual licence|1|164,000
TB:|Equipment and licence subtotal||1,188,000
TB:5|Site survey, installation and calibration|1|142,000
TB:6|Customised irrigation and fertiliser advisory models|1|96,000
TB:7|Training of technicians and agronomists|1|24,000
TB:|Contract Price||1,450,000
P:2.2 The Contract Price is fixed for the whole Contract and is not subject to exchange-rate adjustment.
H:Section 3 Delivery and Schedule
P:3.1 The Supplier shall deliver all equipment to the Buyer's warehouse in Liuyang within 60 days after signature and complete installation in all plots within 110 days after signature, before the autumn flowering season.
P:3.2 Installation shall be planned with the Buyer's plantation managers so that no sensor is placed where it obstructs picking, pruning or machinery. Cables, where unavoidable, shall be buried or protected, and each node shall carry a weatherproof label with its number and plot code.
P:3.3 The Supplier shall submit a detailed schedule within 10 days after signature and report progress to the Buyer every week.
P:3.4 If the Supplier fails to complete installation by the date in Section 3.1, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct these damages from any payment.
H:Section 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price as an advance within 15 days after signature, against an advance-payment guarantee issued by a bank in mainland China for the same amount.
P:4.2 The Buyer shall pay 45% of the Contract Price after all equipment has been installed and the parties have signed an installation certificate. The installation certificate records delivery and installation only and does not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:4.4 Each payment requires a valid VAT invoice from the Supplier. The Buyer pays by bank transfer to the Supplier's account in mainland China named in its bid.
H:Section 5 Acceptance
P:5.1 After installation, the system shall run for 45 days under the Buyer's normal use.
P:5.2 Final Acceptance requires that: (a) at least 314 of the 320 sensor nodes report data every 30 minutes throughout the last 14 days of the run; (b) soil moisture readings deviate by no more than 3 volumetric percentage points from laboratory samples taken at 40 sampling points chosen by the Buyer; (c) each weather station reports complete data; (d) the advisory models produce weekly irrigation and fertiliser recommendations for every plot, which the Buyer's agronomists have reviewed; and (e) all documentation, including plot maps with sensor positions, has been delivered.
P:5.3 The Buyer shall issue a Final Acceptance certificate within 7 days after all criteria are met, or a list of defects. The Supplier shall correct defects at its own cost and the relevant tests shall be repeated. Use of the system before Final Acceptance is not acceptance.
H:Section 6 Warranty, Support and Service Levels
P:6.1 The warranty period is 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective sensor nodes, gateways and weather stations, including batteries and solar panels, and provide software updates free of charge.
P:6.2 Fault levels: Severity 1 means that the dashboard is unavailable or more than a tenth of the sensor nodes stop reporting; Severity 2 means that a gateway, a weather station or a group of sensor nodes stops reporting; Severity 3 means any other fault.
P:6.3 The Supplier shall respond to a Severity 1 fault within 1 hour, have an engineer on site within 24 hours and restore service within 48 hours. Severity 2 faults shall receive a response within 8 business hours and be repaired within five days; Severity 3 faults shall receive a response within two business days.
P:6.4 For each hour by which the Supplier exceeds a response or restoration time for a Severity 1 fault, it shall pay the Buyer CNY 500, deducted from any amount due.
P:6.5 After the warranty period, the Supplier shall provide annual support on the terms of this Section at 6% of the equipment and licence subtotal, that is CNY 71,280 per year, fixed for the first two support years. Support is ordered by the Buyer each year in writing and does not renew automatically.
P:6.6 Training shall consist of two sessions of three days each: the first after installation, for field technicians, on replacing batteries, cleaning sensors and checking gateways; the second before Final Acceptance, for agronomists, on reading the dashboard and adjusting the advisory models. The Supplier shall provide training materials in Chinese.
H:Section 7 Intellectual Property
P:7.1 The dashboard software remains the property of the Supplier, which grants the Buyer a perpetual, non-exclusive licence.
P:7.2 The customised advisory models, their parameters, the plot maps and the calibration records belong to the Buyer. The Buyer may use, modify and license them freely, including to other service providers.
H:Section 8 Data Protection and Security
P:8.1 All sensor readings, weather data, plot maps, yield records and recommendations ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:8.2 Buyer Data shall be stored only on the Buyer's server in Liuyang. The Supplier shall configure encrypted communication between gateways and server, change all default passwords, and access the server remotely only through the Buyer's VPN with the Buyer's approval for each session.
P:8.3 The Supplier shall report any security incident affecting Buyer Data within 12 hours and take remedial measures. The Supplier is liable for all losses caused by its breach of this Section.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential the non-public information received from the other party, including the Buyer's yields, cultivation methods and plot data, and shall not disclose it without the other party's prior written consent. This obligation continues for three years after the Contract ends.
H:Section 10 Liability
P:10.1 The total liability of the Supplier under this Contract is limited to twice the Contract Price, except for personal injury, wilful misconduct and breach of Sections 8 and 9, which are not limited.
H:Section 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor, including local installation crews.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after the Buyer's notice, or if liquidated damages reach the maximum in Section 3.4.
P:12.2 On such termination, the Supplier shall refund the payments for items not yet accepted and the Buyer may keep installed equipment at the Contract prices.
H:Section 13 Safety on Site
P:13.1 The Supplier's staff shall follow the Buyer's rules for work on hillside plots, avoid damage to trees and terraces, and remove all packaging and waste. The Supplier bears responsibility for accidents involving its staff.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha. The arbitral award is final.
H:Section 15 General
P:15.1 This Contract is made in Chinese and English; both versions have equal force. It enters into force on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________    Date: ____________________
"""

SRC["h362e04"] = """# MANAGED BACKUP AND RECOVERY SERVICES AGREEMENT

Agreement No. RDS-CN-0519

**Between**

(1) **Fujian Jinjiang Feiyue Sportswear Co., Ltd.**, a company incorporated in Jinjiang, Fujian Province, People's Republic of China ("Customer"); and

(2) **Regnitz Datensicherung GmbH**, a company incorporated in Germany, with its registered office at Lange Straße 22, 96047 Bamberg, Germany ("Provider").

**Background.** Customer designs and manufactures sportswear in Jinjiang and runs its ERP, product-lifecycle, warehouse and e-commerce order systems on servers in its own data room. Provider operates managed backup and recovery services for manufacturers in Germany and China and uses a colocation facility in Xiamen for its Chinese customers. Customer wishes Provider to take over the backup of its systems, keep an off-site copy in Xiamen and restore data and systems on request. At Customer's request, all charges are stated and payable in Chinese Yuan (CNY).

## 1. Definitions

1.1 **"Services"** means the managed backup and recovery services described in clause 2 and Schedule 1.

1.2 **"Customer Data"** means all data of Customer and its affiliates that is copied, stored, transmitted or restored by Provider under this Agreement, including design files, employee records and customer orders.

1.3 **"Service Commencement Date"** means the date on which Customer signs the Onboarding Acceptance certificate under clause 4.

1.4 **"Initial Term"** means 36 months from the Service Commencement Date, and **"Service Year"** means each successive period starting on the Service Commencement Date or an anniversary of it.

## 2. Services

2.1 Provider shall back up the protected systems listed in Schedule 1 (about 42 TB of source data), keep daily, weekly and monthly restore points according to the retention policy in Schedule 1, and replicate every backup to its facility in Xiamen.

2.2 Provider shall monitor every backup job, re-run failed jobs the same day, and send Customer a daily status e-mail and a monthly service report.

2.3 Provider shall perform restores of files, databases, virtual machines and whole systems on Customer's request, and one full disaster-recovery test per Service Year, with a written report.

2.4 Customer shall name a backup coordinator, give Provider's engineers escorted access to the data room, inform Provider at least five business days before adding, moving or retiring a protected system, and keep the network link to Xiamen at the bandwidth agreed in the onboarding plan.

2.5 Provider shall supply and maintain the backup software, the on-site backup appliance and the storage in Xiamen. These remain Provider's property.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 2. The Total Contract Value for the Initial Term is CNY 1,756,800.

3.2 The monthly service charge is invoiced monthly in arrears from the Service Commencement Date. The onboarding charge is invoiced after Onboarding Acceptance. No amount is payable in advance.

3.3 Customer shall pay each correct invoice within 30 days after receipt.

3.4 Growth of protected data above 50 TB is charged at the rate in Schedule 2. Such usage charges are not part of the Total Contract Value.

## 4. Onboarding and Acceptance

4.1 Provider shall install the backup appliance, configure all protected systems, complete the first full backup and the first replication to Xiamen within 45 days after signature.

4.2 Onboarding Acceptance requires that: (a) every protected system in Schedule 1 has completed two successful full backups and seven consecutive days of successful incremental backups; (b) Provider has restored, in the presence of Customer's staff, one ERP database, one virtual machine and a sample of 500 design files, and Customer has verified them; and (c) the runbook and retention policy have been delivered. Customer shall sign the Onboarding Acceptance certificate when all criteria are met.

4.3 If Onboarding Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay.

## 5. Service Levels

5.1 Incidents are classified and handled according to the priority table in Schedule 1. For a Priority 1 incident Provider shall respond within 30 minutes at any time.

5.2 If Provider misses a response or restore time in Schedule 1, Customer receives a service credit of 10% of the monthly service charge for each missed Priority 1 target and 3% for each missed Priority 2 target, up to 50% of the monthly service charge.

5.3 Service credits are deducted from the next invoice. Service credits are Customer's sole and exclusive remedy for any failure of Provider to meet the service levels or otherwise to perform the Services.

## 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall process Customer Data only to perform the Services and shall not access the content of backups except when Customer asks for a restore.

6.2 Customer Data shall remain in mainland China. Backups are encrypted on the appliance before transmission, and the encryption keys are held in escrow by Customer. Provider's Xiamen facility holds an MLPS level 3 filing and ISO 27001 certification. Access is limited to named Provider staff, with multi-factor authentication and logging.

6.3 Provider shall notify Customer of any security incident affecting Customer Data within 12 hours and shall bear the losses and costs of incidents caused by Provider.

6.4 At the end of this Agreement Provider shall, at Customer's choice, hand over the backup copies or securely erase them and provide a certificate of erasure.

## 7. Intellectual Property

7.1 The backup software and Provider's tools remain Provider's property.

7.2 The runbook, retention policy, restore procedures and disaster-recovery test reports prepared for Customer belong to Customer, and Customer may use and modify them freely, including with another provider.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information, including Customer's product designs and Provider's pricing, and shall not disclose it to third parties without prior written consent. This clause survives the end of the Agreement for three years.

## 9. Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value. The limit does not apply to breach of clause 6 or clause 8, personal injury, or wilful misconduct.

## 10. Subcontracting

10.1 Provider shall not subcontract the Services, except the colocation facility in Xiamen named in Schedule 1, without Customer's prior written consent.

## 11. Term, Renewal and Termination

11.1 This Agreement starts on signature and continues for the Initial Term.

11.2 After the Initial Term, this Agreement renews automatically for successive periods of one Service Year each, unless either party gives notice of non-renewal at least 90 days before the end of the current term.

11.3 For each renewal period Provider may adjust the charges to its standard price list then in force. Provider shall send the new charges 60 days before the renewal date, and the new charges apply without Customer's further approval.

11.4 Customer may not terminate this Agreement before the end of the Initial Term or of a renewal period. If Provider fails to perform, Customer's remedies are the service credits under clause 5 and the delay payments under clause 4.3.

11.5 Provider may terminate this Agreement if Customer fails to pay undisputed charges within 60 days after a reminder.

11.6 On expiry, Provider shall support the transfer of the Services to Customer or another provider for up to 60 days at the rates in Schedule 2.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

## 13. General

13.1 Notices shall be in writing, in English or Chinese, and sent to the addresses above.

13.2 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as typhoons, floods or failure of public networks, provided it notifies the other party promptly and resumes performance as soon as possible. A typhoon warning in Jinjiang or Xiamen does not excuse Provider from restores that can be performed remotely.

13.3 This Agreement, with its Schedules, is the entire agreement of the parties on its subject.

Signed for Customer: ____________________   Signed for Provider: ____________________

Date: ____________________   Date: ____________________

---

## Schedule 1 — Protected Systems, Retention and Priorities

**Protected systems:** ERP (Oracle database, 2 servers); PLM design file server; warehouse management system; e-commerce order database; Active Directory and e-mail; 36 virtual machines in total.

**Retention:** daily restore points for 30 days, weekly for 13 weeks, monthly for 24 months. All restore points are replicated to Xiamen within 6 hours after the backup.

| Priority | Definition | Response time | Restore time |
|---|---|---|---|
| Priority 1 | ERP, order database or whole site must be restored; production or shipping stopped | 30 minutes | 6 hours |
| Priority 2 | A single system, database or virtual machine must be restored | 2 hours | 12 hours |
| Priority 3 | Restore of individual files; failed backup job; questions | 8 business hours | 3 business days |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding (appliance installation, configuration, first full backup and replication) | one-time | 72,000 |
| Monthly service charge, up to 50 TB of protected data | per month, 36 months x 46,800 | 1,684,800 |
| **Total Contract Value, Initial Term** | | **1,756,800** |
| Additional protected data above 50 TB | per TB per month | 520 |
| Exit support after expiry | per engineer day | 3,800 |
"""

SRC["h362e05"] = """API SUBSCRIPTION AGREEMENT
HEALTH CERTIFICATE VERIFICATION SERVICE

Agreement reference: FCD/QD/2026/07

PARTIES

(1) QINGDAO HAIXIN SEAFOOD EXPORT SERVICES CO., LTD., a company incorporated in Qingdao, Shandong Province, People's Republic of China, which operates an online platform through which seafood processors arrange export documentation ("Customer").

(2) FELLSIDE COMPLIANCE DATA LTD, a company registered in England and Wales, whose registered office is at 3 Stricklandgate, Kendal, Cumbria LA9 4LT, United Kingdom ("Vendor").

BACKGROUND

(A) Customer's platform prepares export documents for seafood shipments from Shandong to the United Kingdom, the European Union and other markets. Before a shipment leaves, Customer must check that each health certificate matches the importing country's current model certificate, that the establishment is listed, and that the certificate has not been withdrawn or replaced.

(B) Vendor maintains a database of official model certificates, approved establishment lists and certificate status information, and makes it available through an application programming interface (the "API").

(C) Customer wishes to subscribe to the API and to have Vendor build a connector between the API and Customer's platform. At Customer's request, all fees are stated and payable in Chinese Yuan (CNY).

1. DEFINITIONS

1.1 "Subscription Year" means each successive period starting on the Go-Live Date or an anniversary of it.

1.2 "Subscription Term" means two Subscription Years from the Go-Live Date.

1.3 "Check" means one API call that returns a verification result for one health certificate.

1.4 "Connector" means the software that Vendor develops under clause 3 to link Customer's platform with the API, including its source code and documentation.

1.5 "Customer Data" means certificate images, shipment details, exporter and establishment information and all other data that Customer sends to the API, and the results returned for it.

2. SUBSCRIPTION

2.1 Vendor grants Customer and its platform users a non-exclusive right to use the API during the Subscription Term for up to 400,000 Checks per Subscription Year.

2.2 Vendor shall keep the reference data behind the API up to date with the official sources it monitors, and shall publish a change log whenever a model certificate or listing changes.

2.3 The reference data covers the model certificates and establishment lists published by the competent authorities of the United Kingdom, the European Union, Norway, Switzerland, Singapore and Malaysia. Vendor shall add further importing countries on Customer's written request, at a fee to be agreed for each country.

2.4 Vendor shall give Customer at least 30 days' written notice before it changes the format of API requests or results in a way that requires changes to the Connector, and shall keep the previous version of the API available during that period.

2.5 Customer shall not resell access to the API other than as part of its own platform services.

3. CONNECTOR AND GO-LIVE

3.1 Vendor shall develop the Connector to Customer's written specification, including batch checks, retries, a result archive and Chinese-language error messages, and shall deliver it ready for acceptance testing within 60 days after signature.

3.2 Acceptance testing shall use a set of 1,000 historic certificates prepared by Customer. The Connector passes if every result matches the expected result agreed in advance, batch checks of 200 certificates complete without error, and the documentation and source code have been delivered. Customer shall sign an acceptance certificate when the criteria are met; live use before that date is not acceptance. The date of that certificate is the "Go-Live Date".

3.3 Customer shall provide Vendor with a test environment of its platform, sample files, the written specification and a named technical contact, and shall answer Vendor's questions within three business days. Delay caused by Customer extends the date in clause 3.1 accordingly.

3.4 If the Connector is not ready for acceptance testing on time for reasons attributable to Vendor, Vendor shall pay Customer CNY 300 for each day of delay.

4. FEES AND PAYMENT

4.1 The fees are set out in the Schedule. The Total Contract Value is CNY 410,000.

4.2 The subscription fee is invoiced quarterly in arrears from the Go-Live Date. The Connector fee is invoiced after acceptance under clause 3.2. Customer pays nothing before the Go-Live Date.

4.3 Checks above the annual allowance are charged at the rate in the Schedule and are invoiced quarterly in arrears. These usage charges are not part of the Total Contract Value.

4.4 Customer shall pay each correct invoice within 30 days.

4.5 All fees include value-added tax and any withholding tax payable in China. Vendor shall issue invoices through its agent in Qingdao so that Customer receives valid Chinese tax invoices, and Customer shall provide any tax documents Vendor reasonably needs.

5. SERVICE AND SUPPORT

5.1 Vendor will use commercially reasonable efforts to keep the API available and to answer support requests sent to its support mailbox as soon as reasonably practicable.

5.2 Vendor will try to announce planned maintenance in advance on its status page.

5.3 Vendor does not guarantee that the API will be uninterrupted or error-free.

5.4 A verification result is an aid to Customer's own checks. Customer remains responsible for the export documents it prepares, and Vendor remains responsible for reflecting the official sources accurately. If Vendor becomes aware that a result it returned was wrong because its reference data was out of date, it shall tell Customer promptly and correct the data.

6. CUSTOMER DATA

6.1 Customer Data belongs to Customer.

6.2 Vendor may use Customer Data only to provide the API and the Connector to Customer and shall not sell it, disclose it or use it for any other purpose.

6.3 On expiry or termination, Vendor shall return Customer Data on request and then delete it.

7. INTELLECTUAL PROPERTY

7.1 The API, the reference database and Vendor's software remain the property of Vendor.

7.2 The Connector, including its source code, belongs to Customer from delivery. Customer may use, modify and license it freely, including with another data provider.

7.3 Vendor warrants that the API, the reference database and the Connector do not infringe the rights of any third party, and shall defend Customer against any claim that they do, at Vendor's cost.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public business and technical information, including Customer's client lists and shipment volumes, and shall not disclose it to any third party without the other party's prior written consent. This obligation lasts for three years after the Agreement ends.

9. LIABILITY

9.1 Each party's total liability under this Agreement is limited to twice the Total Contract Value.

9.2 Neither party is liable for indirect or consequential loss, except in cases of fraud or wilful misconduct.

10. SUBCONTRACTING AND ASSIGNMENT

10.1 Vendor shall not subcontract the development of the Connector or the operation of the API without Customer's prior written consent.

10.2 Neither party may assign this Agreement without the written consent of the other.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the Subscription Term. The parties may extend it by written agreement at the same fees.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

11.3 On termination for Vendor's breach, Vendor shall refund any fees paid for the period after termination.

11.4 On expiry or termination, Vendor shall keep the API available to Customer for up to 30 days at the same fees, if Customer asks, so that Customer can move to another data provider without interrupting its platform. The Connector remains Customer's property and Customer may continue to use it.

12. COMPLIANCE

12.1 Each party shall comply with the laws that apply to it in performing this Agreement, including anti-bribery and export-control laws.

12.2 Customer is responsible for obtaining any consent needed from its platform users before sending their documents to the API.

13. FORCE MAJEURE

13.1 Neither party is liable for any failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or the failure of public telecommunications networks, if it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event prevents performance for more than 60 days, either party may terminate this Agreement by written notice.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao, in Chinese and English.

15. GENERAL

15.1 Notices shall be in writing and sent by e-mail and courier to the addresses above. Notices to Vendor shall be marked for the attention of its Managing Director in Kendal, and notices to Customer for the attention of its General Manager in Qingdao.

15.2 No amendment of this Agreement is valid unless made in writing and signed by both parties.

15.3 This Agreement is made in English and Chinese. Both versions are equally authentic.

15.4 This Agreement, with its Schedule, is the entire agreement of the parties on its subject.

SIGNED for Customer: ____________________   Date: __________

SIGNED for Vendor: ____________________   Date: __________

SCHEDULE - FEES

Item                                              Basis                         CNY
API subscription, up to 400,000 Checks            per Subscription Year         186,000
API subscription, Subscription Term               2 x 186,000                   372,000
Connector development and integration            one-time                       38,000
TOTAL CONTRACT VALUE                                                            410,000
Additional Checks above the annual allowance      per 1,000 Checks                 420
"""

# ---------------------------------------------------------------------------------------------------------------
# files: key -> (file name, format)
FILES = {
    "h362z01": ("h362z01_audit_bureau_big_data_audit_platform.pdf", "pdf"),
    "h362z02": ("h362z02_cement_kiln_calciner_control_retrofit.docx", "docx"),
    "h362z03": ("h362z03_maternity_chain_inventory_member_saas.txt", "txt"),
    "h362z04": ("h362z04_weather_bureau_warning_system_annual_om.txt", "txt"),
    "h362z05": ("h362z05_duck_neck_plant_mes_supplier_template.md", "md"),
    "h362e01": ("h362e01_celadon_studio_kiln_curve_licences_spain.pdf", "pdf"),
    "h362e02": ("h362e02_cableway_ticketing_saas_order_form_italy.md", "md"),
    "h362e03": ("h362e03_camellia_farm_soil_sensors_buyer_paper.docx", "docx"),
    "h362e04": ("h362e04_sportswear_managed_backup_service.md", "md"),
    "h362e05": ("h362e05_seafood_health_certificate_api_subscription.txt", "txt"),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def T(av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, w, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, w, pwf, auto, term, sub, law,
                                kind]))


G, S = "goods_or_licence", "service"
# key: (category, terms, extra, foreign_forum, fee base for TCO, expected rules as written by hand)
LABELS = {
    "h362z01": ("software",
                T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 10, False, True, False,
                  "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=2580000), False, 1286000, []),
    "h362z02": ("hardware",
                T(None, 0.5, True, "buyer", True, True, False, 0.08, None, 10, True, True, 24, 7, False, True, True,
                  "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=2180000), False, 1760000,
                ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"]),
    "h362z03": ("cloud",
                T(99.5, 0.5, True, "buyer", True, False, True, 800 / 948000 * 100, 150, None, True, None, None, None,
                  True, True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=948000),
                False, None, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h362z04": ("services",
                T(99.95, 0.25, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False, False,
                  False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=436000),
                False, None, ["CR-LD-LOW", "CR-TERMINATION"]),
    "h362z05": ("software",
                T(None, 10, False, "supplier", True, False, True, None, 25, 55, False, False, 6, 28, False, True, None,
                  None, G),
                dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=True, contract_value=1068000), False, 780000,
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                 "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h362e01": ("software",
                T(None, 2, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 9, False, True, False,
                  "Spain", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=655000), True, 458000, ["CR-GOVERNING-LAW"]),
    "h362e02": ("cloud",
                T(99.95, 0.5, True, "buyer", True, True, True, 900 / 1161000 * 100, round(6 / 36 * 100, 4), None, True,
                  None, None, None, False, True, True, "Italy", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1161000),
                True, None, ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "h362e03": ("hardware",
                T(None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 36, 6, False, True, False, "PRC",
                  G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1450000), False, 1188000, []),
    "h362e04": ("services",
                T(None, 0.5, True, "buyer", True, True, True, 1200 / 1756800 * 100, 150, None, True, None, None, None,
                  True, False, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1756800),
                False, None, ["CR-AUTO-RENEWAL", "CR-TERMINATION"]),
    "h362e05": ("cloud",
                T(None, None, False, "buyer", False, True, True, 300 / 410000 * 100, 200, None, True, None, None, None,
                  False, True, False, "PRC", S),
                dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=410000),
                False, None, ["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco(t, x, base):
    """policy §4: horizon 5 years from acceptance; purchase + implementation = contract value; post-warranty years
    = 5 - warranty years, pro rata. Returns (tco, share %) or None when not computable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    pw = base * t["post_warranty_fee_pct"] / 100 * years
    total = x["contract_value"] + pw
    return total, pw / total * 100


def derive(t, x, foreign, base):
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
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(t, x, base)
        if c and c[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or foreign:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------------------------------------------------------
# threshold figures: none may appear in any text (raw, whitespace collapsed, whitespace removed)
N = "零〇一二三四五六七八九十百千两"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_RES = {
    "availability 99.9": [r"99\.9(?![0-9])", r"九十九点九(?![一二三四五六七八九])"],
    "P1 4 hours": [r"(?<![0-9.])4[\s-]*(?:个\s*)?(?:business\s*|working\s*)?(?:小时|hours?|hrs?\b|h\b)",
                   r"(?<![%s])四\s*(?:个\s*)?小时" % N, r"\bfour[\s-]*(?:business\s*|working\s*)?hours?",
                   r"(?<![0-9.])240\s*(?:minutes?|mins?\b|分钟)"],
    "LD 0.05 %/day": [r"(?<![0-9.])0\.05(?![0-9])", r"万分之五(?![十])", r"千分之零点五"],
    "cap 100 %": [r"(?<![0-9.])100" + PCT, r"百分之百", r"one\s*hundred" + PCT],
    "prepayment 30 %": [r"(?<![0-9.])30" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"(?<![%s])三成" % N,
                        r"thirty" + PCT],
    "warranty 12 months": [r"(?<![0-9.])12\s*(?:个\s*月|months?)", r"(?<![%s])十二\s*个\s*月" % N,
                           r"twelve[\s-]*months?", r"\bone[\s-]*year", r"(?<![0-9.])1[\s-]*years?",
                           r"(?<![%s])一\s*年" % N],
    "post-warranty 15 %": [r"(?<![0-9.])15" + PCT, r"百分之十五(?![一二三四五六七八九点])", r"fifteen" + PCT],
    "TCO 40 %": [r"(?<![0-9.])40" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"(?<![%s])四成" % N,
                 r"forty" + PCT],
    "5 years / 60 months": [r"(?<![0-9.])5[\s-]*(?:years?|年)", r"(?<![%s])五\s*年" % N, r"\bfive[\s-]*years?",
                            r"(?<![0-9.])60\s*(?:个\s*月|months?)", r"(?<![%s])六十\s*个\s*月" % N,
                            r"sixty[\s-]*months?"],
}
COMPILED = [(name, re.compile(p, re.I)) for name, ps in THRESHOLD_RES.items() for p in ps]


def hits(text):
    found = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for name, rx in COMPILED:
            m = rx.search(variant)
            if m:
                found.append((name, m.group(0), variant[max(0, m.start() - 20):m.end() + 20]))
    return found


MUST_HIT = ["99.9%", "4小时", "四小时", "4 个小时", "4 hours", "four hours", "within 4\nhours", "240 minutes",
            "0.05%", "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "40%", "四成", "15%",
            "百分之十五", "12个月", "十二个月", "12 months", "twelve months", "one year", "一年", "1 year", "5 years",
            "五年", "5年", "five years", "60 months", "60个月", "sixty months", "fifteen per cent", "thirty percent"]
MUST_NOT_HIT = ["24小时", "二十四小时", "24 hours", "99.95%", "99.5%", "115%", "0.15%", "四十二个月", "2025年",
                "2026年12月31日", "130%", "140%", "150%", "1.5倍", "万分之五十", "十五年", "二十五年", "45%", "35%",
                "0.055", "14 hours", "每年", "服务年度", "Subscription Year", "36 months", "24 months", "112 months"]
for s_ in MUST_HIT:
    assert hits(s_), ("regex misses", s_)
for s_ in MUST_NOT_HIT:
    assert not hits(s_), ("regex false hit", s_, hits(s_))


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
    built = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: SRC[k] for k in built}, built, OUT, wrap_words=True)
    for k, (name, kind) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SRC[k], encoding="utf-8")
            print("wrote", name)
    fired = set()
    bad = []
    for k, (name, kind) in FILES.items():
        cat, t, x, foreign, base, hand = LABELS[k]
        rules = derive(t, x, foreign, base)
        assert rules == sorted(hand), (k, rules, hand)
        fired |= set(rules)
        # derived values off every threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4
        assert t["ld_rate_per_day_pct"] != 0.05 and t["liability_cap_pct"] != 100
        assert t["prepayment_pct"] != 30 and t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15
        c = tco(t, x, base)
        if c:
            assert abs(c[1] - 40) > 1, (k, c)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in x
        text = read_back(OUT / name)
        zh = k[4] == "z"
        n = len(text) if zh else len(text.split())
        lo, hi = (2800, 3300) if zh else (1500, 1700)
        h = hits(text)
        print("%s %-60s %5d %s  %-6s %s" % (k, name, n, "chars" if zh else "words", risk(rules),
                                            ", ".join(r[3:] for r in rules) or "(none)"))
        if c:
            print("        TCO %.0f, post-warranty share %.2f %%" % c)
        if not lo <= n <= hi:
            bad.append("%s length %d outside %d-%d" % (k, n, lo, hi))
        for hit in h:
            bad.append("%s threshold figure %s: %r in %r" % (k, hit[0], hit[1], hit[2]))
        label = {"file": name, "language": "zh" if zh else "en", "category": cat, "expected_terms": t,
                 "expected_extra": x, "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                       encoding="utf-8")
    missing = sorted(set(SEVERITY) - fired)
    print("rules fired across the set: %d of %d" % (len(fired), len(SEVERITY)))
    assert not missing, missing
    counts = sorted(len(LABELS[k][5]) for k in LABELS)
    assert counts.count(0) == 2 and counts.count(1) == 1 and sum(2 <= c_ <= 3 for c_ in counts) == 6, counts
    assert max(counts) >= 8
    assert not bad, "\n".join(bad)
    print("all checks passed")


if __name__ == "__main__":
    main()
