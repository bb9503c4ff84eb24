"""holdout587: ten blind, ordinary draft contracts with labels (written before any run of the tool).

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). Builds the .txt/.md/.docx/.pdf files, writes the
.json labels, derives each draft's expected rules from its labels (own reading of policy.md section 3), checks them
against the design list, asserts all 20 CR rules are covered, scans every source and built file for threshold figures,
and prints read-back lengths.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SOURCES = {}   # key -> text (markup for docx/pdf, plain for txt/md)
TARGETS = {}   # key -> (file name, kind)

# ---------------------------------------------------------------- z01 (pdf, 第X条, buyer's paper, 政府采购)
SOURCES["z01"] = """T:劳动人事争议仲裁办案平台建设项目政府采购合同
P:合同编号：LHRS-ZC-2027-016　　采购方式：公开招标　　项目编号：LH2027-GK-0116
P:甲方（采购人）：临海市人力资源和社会保障局
P:乙方（供应商）：杭州衡律信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，经甲乙双方协商一致，就劳动人事争议仲裁办案平台建设项目订立本合同。招标文件、投标文件、中标通知书及澄清文件均为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供劳动人事争议仲裁办案平台软件（以下称“平台”）永久使用许可，并按甲方需求完成定制开发，主要包括：网上立案申请、调解与仲裁衔接、案件流转与排期、电子送达、庭审笔录、裁决文书辅助生成、统计分析及与省级人社一体化平台、法院诉讼服务平台的接口。
P:1.2 乙方负责历史案件数据迁移（约八万六千件）、系统部署、联调测试、人员培训及质保期内的技术服务。
H:第二条 合同价格
P:2.1 本合同总价为人民币贰佰肆拾捌万肆仟元整（¥2,484,000），为含税固定总价，包括软件许可、定制开发、迁移、实施、培训、差旅及质保期内全部服务费用。
TB:序号|项目|金额（元）
TB:1|平台软件永久许可（不限用户数）|1,260,000
TB:2|定制开发（立案、调解衔接、电子送达、文书、接口）|980,000
TB:3|历史案件数据迁移|158,000
TB:4|部署实施及培训|86,000
TB:合计||2,484,000
H:第三条 付款方式
P:3.1 合同签订后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥496,800。
P:3.2 平台上线试运行并通过初步验收后，甲方支付合同总价的45%，即¥1,117,800。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥869,400。
P:3.4 乙方每次请款前应开具等额合法发票。甲方按财政国库集中支付程序付款，因财政资金拨付流程造成的合理延迟不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后120日内完成开发、部署和数据迁移，并提交初步验收申请；试运行期为60日。
P:4.2 乙方应按甲方认可的项目计划推进，每两周提交进度报告。
P:4.3 乙方应组建不少于八人的项目团队，其中项目经理须具备类似政务平台实施经验，并在实施期间驻场办公。未经甲方同意，乙方不得更换项目经理和核心开发人员。
P:4.4 甲方负责提供部署所需的政务云资源、网络环境和业务需求确认，并指定专人配合乙方开展需求调研和测试工作。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；历史数据迁移完整率、准确率经抽样比对无差错；与省级平台、法院平台接口联调通过；200个并发用户下页面响应时间不超过3秒。
P:5.2 最终验收标准：试运行期内无一级故障；第三方测评机构出具的软件测评报告和网络安全等级保护测评报告合格；用户手册、源代码及运维文档齐全。
P:5.3 甲方组织验收小组按上述标准出具书面验收报告。平台上线、试运行或甲方付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
H:第六条 质保与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配和技术支持。
P:6.2 质保期内乙方每季度对平台进行一次健康检查，提交巡检报告，并在重大节假日及集中办案期间安排专人值守。
P:6.3 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过平台软件许可费的8%，即每年不超过¥100,800，且质保期满后三个年度内不上调。
H:第七条 服务水平
P:7.1 平台在质保期内的月度可用率应不低于99.95%（计划内维护时间除外）。
P:7.2 故障分级及响应：一级故障（平台无法访问或立案、送达功能中断）接到通知后30分钟内响应，2小时内到场；二级故障2小时内响应，8小时内解决；三级故障1个工作日内解决。
P:7.3 乙方未达到上述服务水平的，甲方可书面督促乙方整改，乙方应提交原因分析报告。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序、接口、文档及其源代码的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和升级。
H:第九条 数据安全
P:9.1 平台中的案件材料、当事人个人信息及全部业务数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，落实等级保护第三级要求；远程维护须经甲方审批并通过堡垒机操作，不得导出或留存数据。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
P:9.4 合同终止或质保期满时，乙方应将其为实施和维护目的临时保存的全部甲方数据交还甲方或在甲方监督下删除，并出具书面确认。
H:第十条 保密
P:乙方对履行本合同中知悉的甲方工作秘密和案件信息负有保密义务，不得向任何第三方披露，本义务在合同终止后继续有效。
H:第十一条 分包
P:乙方可以将数据迁移、培训等非主体、非关键性工作分包给具备相应能力的第三方，但应提前书面告知甲方，乙方对分包部分向甲方负责。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期提交验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:12.2 逾期超过30日的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:12.3 甲方无正当理由逾期付款的，应按逾期金额每日万分之三支付违约金。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同并要求乙方承担违约责任。
H:第十四条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应在事件发生后3日内通知对方，并在15日内提供证明；双方根据影响程度协商延期履行、部分履行或解除合同。
H:第十五条 培训
P:乙方应为甲方仲裁员、书记员及系统管理员分别组织操作培训和管理培训，累计不少于六期，并提供培训教材和操作视频，确保相关人员能够独立使用和日常管理平台。
H:第十六条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十七条 其他
P:本合同一式六份，甲方四份、乙方二份，经双方签字盖章后生效。
P:甲方（盖章）：临海市人力资源和社会保障局　　法定代表人或授权代表：________　　日期：____年__月__日
P:乙方（盖章）：杭州衡律信息技术有限公司　　法定代表人或授权代表：________　　日期：____年__月__日
"""
TARGETS["z01"] = ("h587z01_hrss_labour_arbitration_platform.pdf", "pdf")

# ---------------------------------------------------------------- z02 (docx, 一、（一）, Word price table)
SOURCES["z02"] = """T:密炼机控制系统改造及维保合同
P:合同编号：SRJ-SB-2027-0342
P:甲方（买方）：山东润驰橡胶制品有限公司
P:乙方（卖方）：青岛恒控自动化工程有限公司
P:甲方一号车间现有两台270升密炼机及上辅机系统，控制设备老化、配料依赖人工。为提高混炼质量和稳定性，甲方委托乙方实施控制系统改造。双方经平等协商，订立本合同。
H:一、改造范围
P:（一）拆除原有继电器控制柜，新装PLC控制系统两套，实现密炼机加料、混炼、排胶全过程自动控制及联锁保护。
P:（二）新建上辅机自动称量系统，覆盖炭黑、白炭黑、油料及小料称量，称量数据自动上传。
P:（三）配置工业触摸屏及操作站四台，提供工艺配方管理及追溯软件许可一套，实现配方下发、批次记录和质量追溯。
P:（四）完成安装、接线、调试、停机切换、操作及维护培训，并在质保期内提供维保服务。
H:二、合同价款
P:（一）本合同总价为人民币壹佰伍拾陆万肆仟元整（¥1,564,000），含设备、软件、运输、安装、调试、培训、税费及质保期内维保费用。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制系统（CPU、IO模块、控制柜）|2套|286,000|572,000
TB:2|上辅机自动称量系统|1套|438,000|438,000
TB:3|工业触摸屏及操作站|4台|26,500|106,000
TB:4|工艺配方管理及追溯软件许可（永久）|1套|268,000|268,000
TB:|硬件及软件许可小计|||1,384,000
TB:5|安装调试及停机切换|1项|156,000|156,000
TB:6|操作及维护培训|1项|24,000|24,000
TB:|合计|||1,564,000
H:三、付款方式
P:（一）合同生效后十日内，甲方支付合同总价的20%，即¥312,800，作为预付款。
P:（二）设备全部到货并经甲方开箱检验合格后，甲方支付合同总价的35%，即¥547,400。
P:（三）系统通过最终验收后，甲方支付合同总价的45%，即¥703,800。
H:四、交货与工期
P:（一）乙方应于合同生效后75日内将全部设备运抵甲方一号车间。
P:（二）停机切换安排在甲方年度检修期间，切换工期不超过10日；切换完成后连续试生产30日。试生产期间乙方应安排工程师驻厂值守，随时处理控制系统问题，并根据工艺人员意见优化控制参数。
P:（三）乙方应在合同生效后15日内提交详细设计方案，包括控制柜布置图、IO清单、联锁逻辑说明和停机切换方案，经甲方设备部书面确认后实施。
P:（四）甲方负责提供原有设备图纸、工艺参数和检修期作业条件，并协调车间配合停机切换。
H:五、设备与技术要求
P:（一）PLC控制系统采用主流品牌产品，CPU及关键模块须为原厂全新正品，控制柜防护等级不低于IP54，预留不少于20%的IO余量。
P:（二）称量系统应具备自动扣皮、超差报警和称量记录功能，称量数据与配方系统实时对接。
P:（三）配方管理软件应支持配方版本管理、权限分级、批次报表导出，并预留与甲方MES系统的数据接口。
H:六、验收
P:（一）验收标准：两台密炼机全自动运行，联锁保护动作正确；炭黑、油料称量精度不低于±0.3%，小料称量精度不低于±0.1%；混炼周期较改造前缩短不少于8%；连续试生产30日无停机故障；配方下发及批次追溯记录完整。
P:（二）试生产期满后，甲方组织验收并出具书面验收报告。设备到货、安装完成或投入生产均不视为验收合格。
P:（三）验收前，乙方应提交完整的竣工资料，包括电气原理图、接线图、PLC程序备份、画面组态备份、称量系统标定记录、设备合格证及说明书，资料不全的不予组织验收。
H:七、质保与维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修、更换非人为损坏的部件，免费提供软件升级。
P:（二）质保期满后，乙方提供年度维保服务，年度维保费为硬件及软件许可小计的6%，即每年¥83,040，三个年度内不上调。维保合同逐年签订，不自动续期。
P:（三）年度维保服务内容包括：每季度一次现场巡检、PLC程序及配方数据备份、称量系统年度标定、易损件检查更换建议及全年不限次数的远程技术支持。
P:（四）故障响应：一级故障（密炼机停机或联锁失效）接到通知后30分钟内响应，3小时内到场；二级故障2小时内响应，次日到场；乙方每超时1小时，向甲方支付¥1,000。
H:八、知识产权与数据
P:（一）乙方为本项目编写的PLC控制程序、画面组态和配方接口程序的知识产权归甲方所有，乙方应交付全部源程序和注释文档。
P:（二）生产工艺数据和配方数据归甲方所有，乙方不得用于本合同以外的目的。
P:（三）乙方交付的控制系统应开放必要的通讯接口和点位说明，甲方后续自行或委托他人进行系统扩展、与MES系统对接时，乙方应予配合，不得设置加密或其他技术限制。
H:九、保密
P:乙方对在甲方厂区知悉的配方、工艺参数和生产计划负有保密义务，未经甲方书面同意不得向第三方披露，合同终止后三年内仍有效。
H:十、分包
P:乙方不得将本合同工作分包或转包给任何第三方。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成切换的，每逾期一日，按合同总价的0.08%向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:（三）本合同生效后，除发生不可抗力外，任何一方均不得解除合同。一方违约的，应继续履行，并采取补救措施、支付违约金。
H:十二、安全生产
P:（一）乙方人员进入甲方厂区应遵守甲方安全管理制度，动火、登高、带电作业须办理作业票，并服从甲方安全员的现场管理。
P:（二）停机切换期间，乙方应制定切换应急预案，保证原有设备的拆除不影响相邻生产线的运行。因乙方原因造成安全事故或设备损坏的，由乙方承担责任。
H:十三、培训与不可抗力
P:（一）乙方应为甲方操作工、电工和工艺人员分别组织现场培训，累计不少于40学时，培训合格后方可独立上岗操作。培训教材、操作规程和常见故障处理手册由乙方编写，经甲方审核后交付。
P:（二）因不可抗力致使合同不能按期履行的，受影响一方应及时通知对方，并在10日内提供证明，双方协商顺延履行期限。
H:十四、通知与文件
P:（一）双方往来通知以书面形式送达本合同载明的地址或指定联系人，邮件送达的，以发出之日起第三日视为送达。
P:（二）技术协议、设计方案确认单、验收报告及会议纪要均为本合同的组成部分，与本合同具有同等效力。
H:十五、法律适用与争议
P:本合同适用中华人民共和国法律。发生争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:十六、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备清单、验收方案。
P:甲方（盖章）：山东润驰橡胶制品有限公司　　代表：________　　日期：________
P:乙方（盖章）：青岛恒控自动化工程有限公司　　代表：________　　日期：________
"""
TARGETS["z02"] = ("h587z02_rubber_mixer_control_retrofit.docx", "docx")

# ---------------------------------------------------------------- z03 (txt, 1. / 1.1, SaaS + 实施)
SOURCES["z03"] = """客房收益管理系统（SaaS）订阅及实施服务合同

合同编号：YJ-IT-2027-058
甲方（客户）：悦居酒店管理（成都）有限公司
乙方（服务商）：上海衡价云科技有限公司
签订地点：成都市武侯区

鉴于甲方经营及管理的45家连锁酒店需要统一的客房收益管理工具，乙方拥有“衡价RMS”云端收益管理平台，双方经友好协商，就平台订阅及实施服务订立本合同，共同遵守。

1. 服务内容
1.1 乙方向甲方所属45家酒店提供“衡价RMS”平台订阅服务，包括需求预测、动态定价建议、竞争对手价格监测、渠道房价推送、收益报表及移动端查看。
1.2 乙方负责平台实施：与甲方现有PMS、中央预订系统（CRS）及渠道管理系统的接口开发，历史经营数据导入，定价规则配置，按甲方要求定制收益周报、月报共六类报表。
1.3 乙方为甲方总部收益团队及各酒店前厅经理提供上线培训和操作手册。

1.4 服务期内，乙方为甲方指定一名客户成功经理，每月与甲方收益团队召开一次复盘会，分析各门店出租率、平均房价和每间可售房收入，并对定价规则提出调整建议。定价建议仅供参考，最终房价由甲方决定。

2. 服务期限
2.1 订阅服务期为三个服务年度，自2027年7月1日起至2030年6月30日止。
2.2 实施工作应在2027年6月20日前完成并通过上线验收。

3. 费用
3.1 订阅费：每家酒店每个服务年度¥3,600，45家酒店每个服务年度合计¥162,000，三个服务年度共计¥486,000。
3.2 实施及接口开发费：¥138,000（一次性）。
3.3 培训费：¥18,000（一次性）。
3.4 上述费用已包含平台日常运维、版本升级、渠道接口适配及服务期内的远程技术支持费用，乙方不得另行收取。
3.5 本合同总价为¥642,000（大写：人民币陆拾肆万贰仟元整），含增值税。服务期内甲方新增或减少门店的，按每家酒店每个服务年度¥3,600按月折算调整。

4. 付款
4.1 实施及接口开发费、培训费在上线验收合格后15个工作日内一次性支付。
4.2 订阅费按季度支付，每季度¥40,500，由甲方在每个服务季度结束后15个工作日内支付。
4.3 乙方应在付款前开具合法有效的增值税专用发票。

5. 上线验收
5.1 验收标准：与PMS、CRS、渠道管理系统的接口连续7日数据同步无丢失、无重复，房价推送延迟不超过60秒；历史数据导入完整，抽查无差错；定制报表数据与PMS核对一致；全部45家酒店完成账号开通及培训。
5.2 乙方提交上线验收申请后，甲方在10个工作日内组织验收并出具书面意见。未经甲方书面确认，平台投入使用不视为验收合格。

6. 服务水平
6.1 平台月度可用率不低于99.5%，计划内维护须提前72小时通知并安排在凌晨2点至5点之间。
6.2 故障响应：一级故障（平台无法登录或房价无法推送）30分钟内响应，2小时内恢复；二级故障（部分功能异常）2小时内响应，1个工作日内解决。
6.3 乙方应每月向甲方提供服务报告，列明当月可用率、故障记录、处理时长及接口同步情况。
6.4 服务补偿：月度可用率每低于承诺值0.1个百分点，乙方按当月订阅费的5%给予服务抵扣，单月抵扣不超过当月订阅费的50%；一级故障超时恢复的，每超时1小时抵扣¥300。

7. 知识产权
7.1 “衡价RMS”平台及其标准功能的知识产权归乙方所有。
7.2 为甲方开发的接口程序、定价规则配置和定制报表的知识产权归甲方所有，乙方应在上线验收时交付相关文档和配置导出文件，甲方有权自行或委托第三方使用和修改。

8. 数据
8.1 甲方在平台中录入或产生的酒店经营数据、房价数据和宾客信息（以下称“甲方数据”）归甲方所有。
8.2 甲方同意，乙方可以将甲方数据经脱敏、汇总处理后形成的区域市场指数和行业基准数据，用于乙方产品改进并向乙方其他客户提供，该项使用在合同终止后可以继续。
8.3 甲方可随时通过平台导出甲方数据，乙方不得设置额外费用或技术障碍。
8.4 数据安全：乙方应将甲方数据存储于中国境内的数据中心，采取加密传输、加密存储、访问权限控制和操作日志审计措施，平台通过网络安全等级保护第三级测评。发生数据泄露或丢失的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担赔偿责任。
8.5 合同终止后30日内，乙方应按甲方要求导出并交付甲方数据，随后删除平台中的甲方数据。

8.6 乙方人员仅可在提供技术支持所必需的范围内访问甲方数据，且须留存访问记录，甲方有权随时查阅。

9. 保密
双方对在合作中知悉的对方商业秘密和经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内持续有效。

10. 续期
10.1 服务期满前60日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，以此类推。
10.2 每次续期时，乙方有权上调订阅单价，上调幅度不超过上一服务年度单价的8%，乙方应在服务期满前45日书面通知甲方。

11. 违约责任
11.1 乙方未按第2.2条约定完成上线验收的，每逾期一日，乙方向甲方支付违约金¥500。
11.2 乙方未按第6.2条恢复一级故障累计超过三次的，甲方可要求乙方更换项目负责人并提交整改方案。
11.3 甲方逾期支付费用超过30日的，乙方可暂停服务，但应提前10日书面通知。

12. 甲方义务
12.1 甲方负责协调PMS、CRS及渠道管理系统厂商开放接口并提供必要的测试环境。
12.2 甲方应在上线前确认各门店房型、价格体系及渠道配置信息，并保证所提供信息真实、完整。
12.3 甲方应妥善保管平台账号，及时为离职人员注销账号。因甲方账号管理不当造成的损失由甲方自行承担。

13. 分包
乙方不得将实施工作分包给第三方，确需分包的，应事先取得甲方书面同意。

14. 合同解除
一方严重违反本合同，经另一方书面通知后20日内仍未纠正的，另一方有权解除本合同。甲方因乙方违约解除合同的，乙方应退还已预收未使用的费用。

15. 不可抗力
因地震、洪水、疫情防控措施、公共网络或电力大面积中断等不可抗力导致不能履行的，受影响一方应在3日内通知对方，并在事件消除后尽快恢复履行；不可抗力期间的服务中断不计入可用率考核。

16. 法律适用及争议解决
本合同适用中华人民共和国法律。争议提交成都仲裁委员会仲裁。

17. 其他
本合同一式两份，双方各执一份，经双方盖章后生效。附件一：门店清单；附件二：接口及报表需求说明；附件三：上线验收方案。

甲方：悦居酒店管理（成都）有限公司（盖章）　授权代表：________　日期：________
乙方：上海衡价云科技有限公司（盖章）　授权代表：________　日期：________
"""
TARGETS["z03"] = ("h587z03_hotel_chain_revenue_management_saas.txt", "txt")

# ---------------------------------------------------------------- z04 (txt, （1）, 竞争性磋商, 运维)
SOURCES["z04"] = """江州市图书馆RFID智能盘点系统年度运维服务合同

项目名称：江州市图书馆RFID智能盘点系统运维服务项目
采购方式：竞争性磋商（项目编号：JZCG-CS-2026-219）
合同编号：JZTSG-YW-2027-01

甲方（采购人）：江州市图书馆
乙方（成交供应商）：南昌书联智能科技有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方RFID智能盘点系统年度运维服务事项，经协商一致订立本合同。磋商文件、响应文件及乙方在磋商过程中所作的书面承诺均为本合同的组成部分。

【服务范围与期限】
（1）运维对象：甲方总馆及三个分馆的RFID智能盘点系统，包括盘点机器人2台、手持盘点终端16台、自助借还机24台、安全门18套、馆员工作站12套、RFID标签转换设备4台，以及图书馆RFID管理平台软件及其与甲方图书馆集成管理系统（ILS）的接口。
（2）服务期：2027年1月1日起至2027年12月31日止。服务期开始前，乙方应与原运维单位完成设备状态交接和资料移交，交接中发现的设备缺陷应书面记录并报甲方。
（3）服务内容：日常巡检、故障维修、备品备件更换、平台软件升级与接口维护、季度全馆盘点支持、数据备份及年度运行报告。

【服务费用及支付】
（4）本合同总价为人民币叁拾陆万捌仟元整（¥368,000），为固定总价，含人工、备品备件、差旅、税费等全部费用。分项如下：驻场运维人员服务费¥216,000；盘点机器人及手持终端维保¥78,000；自助借还机及安全门维保¥52,000；平台软件升级与接口维护¥22,000。
（5）服务费按季度支付，每季度¥92,000。每个季度结束后，甲方按本合同第（13）项进行季度考核，考核合格后15个工作日内支付当季服务费。本合同不设预付款。
（6）乙方应在每次付款前开具等额增值税普通发票。

【人员配置】
（7）乙方派驻总馆运维工程师2名，工作时间为开馆时间（周二至周日9:00—21:00），节假日开馆期间照常值守。驻场人员须具备RFID设备维修经验，名单经甲方确认，更换须提前10日书面征得甲方同意。
（8）乙方应建立7×24小时服务热线，并指定一名项目负责人对接甲方信息部。项目负责人每月到馆召开一次运维例会，通报故障处理、备件消耗和设备隐患情况，会议纪要由双方签字留存。

【巡检与备件】
（9）巡检要求：驻场人员每日开馆前检查自助借还机、安全门及馆员工作站运行状态；每周对盘点机器人和手持终端进行功能测试和电池检查；每月对天线、读写器及网络连接进行一次全面检查，并填写巡检记录交甲方信息部签字确认。
（10）乙方应在总馆常备读写模块、天线、打印机、电源适配器、电池等易损备件，备件品牌型号应与原设备一致或经甲方确认兼容。因备件不足导致修复超时的，按超时处理。
（11）平台软件升级、补丁安装及接口调整，须提前提交变更方案，经甲方同意后在闭馆时段实施，并做好回退准备。

【服务水平】
（12）故障分级及时限：
一级故障（平台瘫痪、全馆自助借还中断或安全门全部失效）：接报后15分钟内响应，1小时内到场，6小时内恢复；
二级故障（单台设备故障或部分功能异常）：30分钟内响应，当日修复或提供备机；
三级故障（一般性问题及咨询）：1个工作日内处理完毕。
盘点机器人标签识读率不低于98.5%，季度盘点应在约定的闭馆时段内完成。
（13）季度考核：甲方按照磋商文件所附考核表，从故障响应及时率、修复时限达标率、巡检记录、盘点完成情况和读者投诉五方面进行考核，满分为一百分，八十五分以上为合格。
（14）服务扣款：一级故障每超过时限1小时扣减服务费¥500；二级故障每超过时限1日扣减¥300；季度考核不合格的，扣减当季服务费的10%，并由乙方限期整改。

（15）年度运行报告应包括设备完好率统计、故障分析、盘点准确率、备件消耗及次年设备更新建议，于服务期满前15日提交甲方。

【验收】
（16）每季度考核即为季度验收。服务期满后，甲方依据全年巡检记录、故障工单、盘点报告、设备运行状态及年度运行报告组织年度验收，验收标准为：全部设备处于正常工作状态，全年一级故障均在时限内恢复，四个季度考核均合格，运维文档完整移交。
（17）年度验收不合格的，乙方应在15日内整改并申请复验。

【数据安全与保密】
（18）RFID管理平台及ILS中的读者信息、借阅记录、馆藏数据均归甲方所有，乙方仅可在运维所需范围内访问，不得复制、留存或用于任何其他目的。
（19）乙方应遵守《个人信息保护法》和甲方网络安全管理制度：远程维护须经甲方审批并使用指定运维账号，运维操作留存日志；更换的存储介质须交甲方处置，不得带离馆区。
（20）发生读者信息泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此受到的行政处罚。
（21）乙方及其人员对在服务中知悉的甲方内部信息和读者信息负有保密义务，本义务在合同终止后继续有效。

【知识产权】
（22）乙方在服务中为甲方编写的接口脚本、配置文件、巡检报告和运行文档的知识产权归甲方所有，甲方有权自行使用和修改，并可交由后续服务商使用。

【违约责任】
（23）乙方未按约定时间完成季度盘点支持、年度巡检或运行报告的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（24）甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
（25）乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后10日内仍未纠正的，甲方有权解除合同，并按实际服务期间结算费用。

（26）因不可抗力造成设备损坏或服务中断的，双方均不承担违约责任，但乙方应尽力采取措施减少损失，并在条件恢复后24小时内恢复服务。

【甲方义务】
（27）甲方为驻场人员提供办公场所、网络及必要的工作条件，及时提供设备台账和历史故障记录。
（28）甲方应指定信息部联系人，负责故障报修确认、季度考核组织及验收工作的协调。

【其他约定】
（29）乙方驻场人员应遵守甲方馆内管理规定，着装整洁、文明服务，不得在读者服务区域进行影响读者的作业。
（30）乙方不得将本项目运维服务分包或转包。
（31）本合同期满自动终止，不自动续期。甲方如需继续采购，依法另行组织采购。
（32）本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向江州市仲裁委员会申请仲裁。
（33）本合同一式五份，甲方三份、乙方一份、采购代理机构一份，自双方签字盖章之日起生效。

甲方（盖章）：江州市图书馆　　　　代表人：________　　日期：________
乙方（盖章）：南昌书联智能科技有限公司　　代表人：________　　日期：________
"""
TARGETS["z04"] = ("h587z04_city_library_rfid_inventory_maintenance.txt", "txt")

# ---------------------------------------------------------------- z05 (md, ## 第X条, supplier's template)
SOURCES["z05"] = """# 软件产品许可及技术服务合同（标准文本）

> 郑州智炸软件科技有限公司 合同模板 ZZ-HT-V3.2 ｜ 本文本由乙方提供

**合同编号：** ZZ-2027-0412

**甲方（买方）：** 河南麦香园食品有限公司

**乙方（卖方）：** 郑州智炸软件科技有限公司

甲方拟在其方便面生产基地的六条油炸生产线上使用乙方“智炸”油炸工序管理系统。双方根据《中华人民共和国民法典》等法律法规，经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“智炸”油炸工序管理系统V3.2的永久使用许可，许可范围为甲方生产基地六条油炸生产线。

1.2 乙方根据甲方需求进行定制开发，内容包括：油温曲线实时监控与超限报警、煎炸油酸价及极性组分检测数据接口、面块含油率在线检测对接、与甲方MES系统的工单及批次数据对接、油品更换与能耗统计报表。

1.3 乙方负责系统安装部署、参数配置及上线培训。

1.4 系统运行所需的服务器、操作系统、数据库、网络设备及PLC通讯模块由甲方自行采购，不包含在本合同价款内。乙方应在合同签订后十日内书面提供上述软硬件的配置要求。

## 第二条 合同价款

本合同总价为人民币壹佰零捌万元整（¥1,080,000），含税。明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 智炸油炸工序管理系统V3.2 核心模块许可（永久） | 6条线 | 560,000 |
| 2 | 油品管理及能耗分析模块许可（永久） | 6条线 | 300,000 |
| | 软件许可小计 | | 860,000 |
| 3 | 定制开发（油温监控、检测接口、含油率对接、MES对接、报表） | 1项 | 168,000 |
| 4 | 安装部署、配置及培训 | 1项 | 52,000 |
| | 合计 | | 1,080,000 |

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的50%，即¥540,000，作为预付款。乙方收到预付款后启动项目。

3.2 系统上线运行后十个工作日内，甲方支付合同总价剩余50%，即¥540,000。

3.3 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停实施及技术服务。

## 第四条 交付与上线

4.1 乙方在收到预付款后90日内完成系统部署及定制开发，并通知甲方上线。

4.2 系统在甲方生产线上线运行之日，即视为甲方验收合格。甲方在系统上线后使用系统的，视为对系统质量无异议。

4.3 乙方在部署期间派出实施工程师两名到甲方现场工作，甲方应提供办公场所和必要的生产线调试时间。

4.4 甲方应按乙方要求提供服务器、网络、PLC通讯点位表及检测设备接口资料。因甲方原因造成延误的，交付期限相应顺延。

## 第五条 培训

5.1 乙方为甲方提供系统管理员培训和操作人员培训，培训地点为甲方生产基地，共计两期。

5.2 培训内容包括系统操作、参数设置、报警处理、报表查询及日常维护。甲方应保证参训人员按时参加培训。

## 第六条 免费维护期

6.1 系统上线之日起六个月为免费维护期。免费维护期内，乙方对系统缺陷提供免费修复和远程技术支持。

6.2 乙方将尽合理努力及时处理甲方提出的问题，具体响应时间视问题性质和乙方工程师安排确定。

6.3 因甲方操作不当、擅自修改配置或硬件环境变化导致的问题，不属于免费维护范围。

## 第七条 年度维护服务

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可小计的24%，即每年¥206,400，每年年初一次性支付。

7.2 年度维护服务包括系统缺陷修复、版本升级、远程技术支持及每年两次现场巡检。现场巡检的差旅费用由甲方另行承担。

7.3 甲方未购买年度维护服务的，乙方不再提供任何升级及技术支持。

## 第八条 知识产权

8.1 “智炸”系统及其全部模块的著作权及其他知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、接口程序、报表及相关文档，其知识产权亦归乙方所有。甲方在许可范围内享有非独占的使用权，不得修改、反编译，不得许可或交付第三方使用。

8.3 乙方不向甲方交付源代码。如甲方需要对定制功能进行修改或扩展，应另行委托乙方实施，费用由双方另行协商确定。

## 第九条 数据安全

9.1 系统中的生产数据、工艺参数和检测数据归甲方所有，乙方仅为实施和维护目的访问，不得用于其他目的。

9.2 乙方应对其参与实施和维护的人员进行数据安全教育。乙方远程维护须经甲方同意，使用甲方开通的临时账号，维护结束后由甲方关闭账号。乙方不得复制、导出甲方数据。

9.3 因乙方原因造成甲方数据泄露、丢失或损毁的，乙方应及时通知甲方、协助恢复，并赔偿甲方因此遭受的直接损失。

## 第十条 保密

双方对在合同签订和履行过程中知悉的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内有效。

## 第十一条 违约责任

11.1 因甲方原因或第4.4条所列条件未具备造成延误的，乙方不承担逾期责任。乙方逾期完成部署的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

11.2 乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总价的60%。任何情况下，乙方不对甲方的利润损失、停产损失等间接损失承担责任。

## 第十二条 合同解除

一方严重违反本合同，经对方书面催告后30日内仍未纠正的，守约方有权解除本合同并要求违约方赔偿损失。

## 第十三条 不可抗力

因不可抗力导致一方不能履行本合同的，该方应及时通知对方，并在15日内提供相关证明。不可抗力影响期间，履行期限相应顺延，双方均不承担违约责任。

## 第十四条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

## 第十五条 通知

双方因履行本合同发出的通知应采用书面形式，送达本合同首页载明的地址或双方指定的电子邮箱。一方地址或联系人变更的，应在变更后五日内书面通知对方，否则按原地址送达的视为有效送达。

## 第十六条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同未尽事宜，双方另行签订补充协议。

**甲方（盖章）：** 河南麦香园食品有限公司　　授权代表：________　　日期：________

**乙方（盖章）：** 郑州智炸软件科技有限公司　　授权代表：________　　日期：________
"""
TARGETS["z05"] = ("h587z05_instant_noodle_frying_software_supplier_template.md", "md")

# ---------------------------------------------------------------- e01 (pdf, Article N, perpetual licences + services, Istria vendor)
SOURCES["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. ICW-CN-2027-07
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Istra Codeworks d.o.o., a company incorporated in Croatia with its registered office at Obala Vladimira Nazora 14, 52210 Rovinj, Croatia (the "Vendor"); and
P:(2) Qingdao Haiyun Seafood Processing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qingdao, Shandong Province (the "Customer").
P:Recitals. (A) The Vendor develops and licenses TidePlant, a computerised maintenance management system for food-processing plants. (B) The Customer operates three processing plants in Qingdao and wishes to license TidePlant and to obtain the configuration, integration and training services described below. (C) At the Customer's request all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the TidePlant modules listed in Article 3, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the ERP connector, the cold-store temperature interface, the Customer-specific reports and any other material that the Vendor develops specifically for the Customer under this Agreement, including its source code.
P:1.3 "Customer Data" means all data entered into, generated by or stored in the Software by or for the Customer, including equipment records, work orders, spare-parts stock and personal data of the Customer's employees.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 6.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Customer's own servers for the internal business of the Customer and its affiliates in the People's Republic of China, for the number of users set out in Article 3.
P:2.2 The Customer may make backup copies and may run one test and one training environment without additional fees.
P:2.3 The Software remains the property of the Vendor. The licence is not affected by the expiry or termination of support services.
H:Article 3 Prices
P:3.1 The Contract Price is CNY 1,186,000, inclusive of all taxes, duties and expenses, made up as follows:
P:- TidePlant core server licence, 1 unit: CNY 420,000;
P:- Named user licences, 60 users at CNY 4,800: CNY 288,000;
P:- Mobile technician licences, 40 users at CNY 3,500: CNY 140,000;
P:- Licence subtotal: CNY 848,000;
P:- Configuration and ERP / cold-store integration services: CNY 236,000;
P:- Data migration of equipment and spare-parts records: CNY 64,000;
P:- Training (administrators, planners and technicians): CNY 38,000;
P:- Total Contract Price: CNY 1,186,000.
P:3.2 The prices are fixed for the duration of the project and are not subject to exchange-rate adjustment.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 118,600) within 20 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 652,300) within 20 days after the Software has been installed in the Customer's production environment and the operational qualification test has been signed by both parties. Installation is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 415,100) within 20 days after Final Acceptance.
H:Article 5 Delivery and Project Plan
P:5.1 The Vendor shall deliver the Software licence keys within 10 days after signature and shall complete configuration, integration and migration so that Final Acceptance testing can begin no later than 140 days after signature.
P:5.2 The Vendor shall appoint a project manager who speaks Chinese or who is supported by an interpreter at the Vendor's cost, and shall report progress every two weeks.
P:5.3 The Customer shall provide servers, network access, ERP interface documentation and key users as set out in the project plan.
H:Article 6 Acceptance
P:6.1 Final Acceptance tests are run by the Customer with the Vendor's support in a 30-day trial run in all three plants. The Software passes when: (a) all functions in the agreed specification work as described; (b) migrated equipment and spare-parts records match the source data in a full count comparison; (c) work orders and stock movements are exchanged with the ERP without error for 20 consecutive working days; (d) the cold-store temperature interface records readings at least every minute with no gaps longer than five minutes; and (e) no Severity 1 defect occurs during the trial run.
P:6.2 If the tests are passed the Customer issues a Final Acceptance certificate within 10 working days. If they are not passed the Vendor shall correct the defects and the tests are repeated. Use of the Software in production before the certificate is not acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the specification for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new versions, and provide support free of charge.
P:7.2 Support levels during the Warranty Period: Severity 1 (a plant cannot create or close work orders) response within 1 hour and a workaround within 8 hours; Severity 2 response within 2 hours and a fix within 3 working days; Severity 3 response within 1 working day. Support is provided remotely through the Customer's approved access channel and, where needed, on site by the Vendor's engineers.
P:7.3 For each full hour by which the Vendor exceeds the Severity 1 response or workaround time, the Vendor shall credit the Customer CNY 800 against the next payment or support invoice.
P:7.4 After the Warranty Period the Customer may order annual support at 13% of the licence subtotal, that is CNY 110,240 per year, covering the same services and levels. This fee is fixed for three years after the Warranty Period and may afterwards be increased by no more than 3% per year. Support is ordered each year by purchase order and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the standard Software.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:8.3 The Vendor shall defend the Customer against any claim that the Software infringes a third party's rights and shall bear the resulting costs and damages.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and shall not use, copy or disclose it for any other purpose, also not in anonymised or aggregated form.
P:9.2 The Vendor shall access the Customer's systems only through the Customer's approved remote-access gateway with individual accounts and multi-factor authentication, shall not transfer Customer Data outside the People's Republic of China, and shall comply with the Personal Information Protection Law and the Data Security Law.
P:9.3 The Vendor shall notify the Customer of any actual or suspected security incident affecting Customer Data within 24 hours, shall assist in containing it, and shall be responsible for all losses caused by an incident attributable to the Vendor or its personnel.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public technical and business information received from the other party, use it only for this Agreement and not disclose it to third parties without the other party's prior written consent. This obligation survives for three years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If Final Acceptance testing cannot begin by the date in Article 5.1 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to breach of Articles 9 and 10, infringement claims, personal injury or wilful misconduct.
P:11.3 Neither party is liable for indirect or consequential loss, except as stated in Article 11.2.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains fully responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after written notice, or if the liquidated damages under Article 11.1 reach their maximum.
P:13.2 On termination for the Vendor's breach the Vendor shall refund the amounts paid for services not accepted. Licences already paid for remain in force.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Croatia.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by the Permanent Arbitration Court at the Croatian Chamber of Economy in Zagreb. The language of the arbitration is English.
H:Article 15 General
P:15.1 This Agreement is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.
P:15.2 Notices shall be given in writing to the addresses above. The Agreement is signed in two English originals, one for each party.
P:Signed for Istra Codeworks d.o.o.: ____________________    Signed for Qingdao Haiyun Seafood Processing Co., Ltd.: ____________________
"""
TARGETS["e01"] = ("h587e01_seafood_plant_cmms_perpetual_licence_istria.pdf", "pdf")

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms, SaaS, Split vendor)
SOURCES["e02"] = """# ORDER FORM No. AV-2027-0193

**Supplier:** Adriaverse Cloud d.o.o., Put Supavla 21, 21000 Split, Croatia ("Adriaverse")

**Customer:** Hangzhou Lanting Apparel E-commerce Co., Ltd., Yuhang District, Hangzhou, Zhejiang, PRC ("Customer")

**Service:** Adriaverse PIM Cloud, a hosted product-information management service for online retailers, with multilingual product content workflows, digital asset library and channel feeds.

This Order Form is issued under and incorporates the Adriaverse General Terms set out in Part B below (together, the "Agreement"). If this Order Form and the General Terms conflict, this Order Form prevails.

## Part A. Order Details

### A1. Subscription

| Item | Quantity | Fee per Subscription Year (CNY) | Subscription Years | Amount (CNY) |
|---|---|---|---|---|
| PIM Cloud, Business edition (up to 60,000 SKUs) | 1 tenant | 168,000 | 2 | 336,000 |
| Named editor seats | 40 seats | 1,200 per seat | 2 | 96,000 |
| Channel feed connectors (Tmall, JD, Douyin, own web shop) | 4 connectors | 5,000 per connector | 2 | 40,000 |
| Onboarding and data import (one-time) | 1 | - | - | 36,000 |
| **Total fees for the Subscription Term** | | | | **508,000** |

All fees are stated and payable in Chinese Yuan (CNY) at the Customer's request, inclusive of VAT.

### A2. Subscription Term

The Subscription Term consists of two Subscription Years. The first Subscription Year starts on the Subscription Start Date, which is the date of Go-Live Acceptance under A4, expected on 1 September 2027. The second Subscription Year starts on the first anniversary of that date.

### A3. Invoicing and Payment

1. Adriaverse invoices the subscription fee for each Subscription Year (CNY 236,000) on the first day of that Subscription Year. Invoices are payable within 30 days.
2. The onboarding fee of CNY 36,000 is invoiced after Go-Live Acceptance and is payable within 30 days.
3. No amount is payable before the Subscription Start Date.

### A4. Onboarding and Go-Live Acceptance

1. Adriaverse will configure the tenant, import the Customer's existing product catalogue (about 48,000 SKUs with images), set up the four channel connectors and train the Customer's editors. Adriaverse's target date for completing onboarding is 20 August 2027. Adriaverse will use reasonable efforts to meet the target date but does not guarantee it.
2. Go-Live Acceptance tests are performed by the Customer in a 10-working-day test period. The service passes when: (a) all imported SKUs, attributes and images match the Customer's source export in a full count and a 2% sample check of content; (b) each channel connector publishes a test batch of 500 products without error; (c) bulk edits of 5,000 SKUs complete within 10 minutes; and (d) no Priority 1 incident occurs in the test period.
3. When the tests are passed the Customer signs a Go-Live Acceptance certificate. Use of the service before that certificate is not acceptance.

### A5. Renewal

The Agreement ends at the end of the second Subscription Year. It does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A6. Custom Work

The four channel connector mappings, the Customer's attribute model and the import templates built for the Customer are Customer Deliverables under Part B, Section 5.

Signed for Adriaverse Cloud d.o.o.: ____________________  Date: __________

Signed for Hangzhou Lanting Apparel E-commerce Co., Ltd.: ____________________  Date: __________

## Part B. Adriaverse General Terms (version 2027.1)

### 1. Service Levels

1.1 Availability. Adriaverse will make the production service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 01:00 and 05:00 China Standard Time.

1.2 Support. Priority 1 incidents (the service is unavailable or channel feeds cannot be published) are responded to within 30 minutes, at any hour, with a workaround or fix within 6 hours. Priority 2 incidents are responded to within 2 hours during business hours. Priority 3 requests are answered within 2 business days. Support is provided in English and Chinese.

1.3 Service Credits. If monthly availability falls below the level in 1.1, the Customer receives a credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to half of that monthly amount. If a Priority 1 response is late, the Customer receives a credit of CNY 500 for each hour of delay. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

1.4 Reports. Adriaverse publishes a monthly availability and incident report on the customer portal.

### 2. Customer Data

2.1 All product content, images, prices and other data uploaded to or generated in the service by the Customer ("Customer Data") belong to the Customer.

2.2 Adriaverse processes Customer Data only to provide the service to the Customer and does not use it for any other purpose, whether in identifiable, anonymised or aggregated form.

2.3 On expiry or termination, Adriaverse will make all Customer Data available for export in standard formats for 60 days and will then delete it, confirming deletion in writing.

### 3. Data Security

3.1 The service for the Customer is hosted on a cloud platform in the People's Republic of China operated by a provider approved by the Customer in writing before signature. Customer Data is encrypted in transit and at rest, access by Adriaverse staff is restricted to named support engineers with multi-factor authentication and logged, and backups are taken daily and retained for 30 days.

3.2 Adriaverse maintains an ISO/IEC 27001 certified information security management system and will provide the Customer with its current certificate on request.

3.3 Adriaverse will notify the Customer of any security incident affecting Customer Data without undue delay and in any case within 24 hours of becoming aware of it, will take all reasonable steps to contain it, and is responsible for the Customer's losses caused by an incident that results from Adriaverse's breach of this Section 3.

### 4. Subprocessors

Adriaverse may use subprocessors only with the Customer's prior written consent. The hosting provider named in 3.1 is approved by the Customer's signature of the Order Form. Adriaverse remains responsible for its subprocessors.

### 5. Intellectual Property

5.1 Adriaverse owns the service, the software and all its standard features and improvements.

5.2 Customer Deliverables (the connector mappings, attribute model, import templates and any other work made specifically for the Customer) belong to the Customer, which may use, modify and license them freely, also with other service providers. Adriaverse will deliver them in editable form on request and at the end of the Agreement.

### 6. Confidentiality

Each party will keep the other party's non-public information confidential, use it only for the purposes of the Agreement and disclose it only to its employees and advisers who need to know it and are bound by similar obligations. This Section survives for three years after the end of the Agreement.

### 7. Customer Responsibilities

7.1 The Customer is responsible for the accuracy and lawfulness of the product content it uploads, for keeping its user credentials secure and for removing accounts of editors who leave the Customer.

7.2 The Customer will provide a named project contact and timely access to its channel shop accounts during onboarding, so that Adriaverse can configure and test the connectors.

### 8. Warranties

Adriaverse warrants that the service will perform materially in accordance with its published documentation and that it will perform onboarding with reasonable skill and care. If the service does not so perform, Adriaverse will correct it without charge. Adriaverse will keep the service compatible with the published interfaces of the four sales channels and will adapt the connectors to interface changes announced by those channels at no additional charge.

### 9. Liability

9.1 Each party's total liability under the Agreement is limited to twice the total fees payable for the Subscription Term under the Order Form.

9.2 The limit does not apply to breach of Sections 2, 3 or 6, to infringement of intellectual property rights, or to wilful misconduct or gross negligence.

9.3 Neither party is liable for lost profits or indirect loss.

### 10. Term and Termination

10.1 The Agreement runs for the Subscription Term stated in the Order Form.

10.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice describing the breach. The Customer may also terminate if availability is below 99% in two consecutive months.

10.3 If the Customer terminates for Adriaverse's breach, Adriaverse will refund the fees paid for the remainder of the Subscription Year.

### 11. Governing Law and Jurisdiction

11.1 The Agreement is governed by the laws of the Republic of Croatia, excluding its conflict-of-law rules.

11.2 The courts of Split, Croatia, have exclusive jurisdiction over any dispute arising out of or in connection with the Agreement.

### 12. General

12.1 Notices must be in writing and sent to the addresses in the Order Form, with a copy by e-mail.

12.2 Neither party may assign the Agreement without the other party's written consent.

12.3 The Agreement is the entire agreement of the parties on its subject and may be changed only in writing signed by both parties.
"""
TARGETS["e02"] = ("h587e02_apparel_pim_saas_order_form_split.md", "md")

# ---------------------------------------------------------------- e03 (docx, numbered clauses, buyer's paper, sensors for a site, Kotor vendor)
SOURCES["e03"] = """T:EQUIPMENT SUPPLY AND INSTALLATION CONTRACT
P:Contract No. TJBH-CC-2027-031 (Buyer's standard form for equipment purchases)
P:Buyer: Tianjin Binhai Coldchain Logistics Co., Ltd., No. 88 Haitong Road, Dongjiang Bonded Port Area, Tianjin, PRC (the "Buyer").
P:Supplier: Boka Sensing d.o.o., Njegoševa 7, 85330 Kotor, Montenegro, acting for on-site work through its service office at Room 1206, Binhai Financial Street, Tianjin (the "Supplier").
P:Background: The Buyer operates a cold-storage park with 14 freezer and chiller rooms, 48 loading-dock doors and two blast freezers. Following a tender held in May 2027 the Buyer has selected the Supplier to supply, install and commission a wireless temperature and humidity monitoring system for the park. The parties agree as follows.
H:1. Definitions
P:1.1 "System" means the sensors, gateways, server, monitoring software and all other items in the Price Schedule, installed and configured at the Buyer's park.
P:1.2 "Site" means the Buyer's cold-storage park at the address above.
P:1.3 "Installation Certificate" means the certificate signed when all items are installed and powered on. It is not acceptance.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under clause 6.
P:1.5 "Buyer Data" means all readings, alarms, logs, user records and reports produced by the System, and all information about the Buyer's customers and stock.
H:2. Scope of Supply
P:2.1 The Supplier shall supply new and unused equipment, manufactured not earlier than six months before delivery, together with a perpetual licence of the monitoring software for the Buyer's use at the Site.
P:2.2 The Supplier shall install all sensors and gateways, calibrate every sensor against a reference instrument traceable to national standards, configure alarms by room, integrate the System with the Buyer's warehouse management system (WMS) and build the dashboards described in Annex 2.
P:2.3 The Supplier shall train the Buyer's operators and IT staff and hand over all manuals, calibration certificates and configuration records in Chinese and English.
P:2.4 The Buyer shall provide power points, network connections, mounting positions agreed in the site survey, and escorted access to all rooms during the agreed installation windows.
H:3. Price Schedule
P:3.1 The Contract Price is CNY 710,000, inclusive of all taxes, import duties, freight, insurance, installation and training, as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature/humidity sensor, -40 to +60 °C, ±0.2 °C|320|980|313,600
TB:2|Door open/close sensor for loading docks|48|640|30,720
TB:3|LoRa gateway with 4G backup|12|8,600|103,200
TB:4|Monitoring server and perpetual monitoring software licence|1|186,000|186,000
TB:|Hardware and Licence Subtotal|||633,520
TB:5|Installation, calibration and WMS integration|1|68,480|68,480
TB:6|Training (operators and IT staff)|1|8,000|8,000
TB:|Contract Price|||710,000
P:3.2 The Contract Price is fixed and is not subject to exchange-rate or any other adjustment.
H:4. Payment
P:4.1 No advance payment is made under this Contract.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 390,500) within 30 days after the Installation Certificate is signed and a correct invoice is received.
P:4.3 The Buyer shall pay the remaining 45% of the Contract Price (CNY 319,500) within 30 days after Final Acceptance.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all equipment to the Site within 70 days after signature and complete installation within 25 days after delivery.
P:5.2 Installation in freezer rooms shall be carried out in the time windows agreed with the Buyer's operations manager, so that stored goods are not exposed to temperature excursions.
P:5.3 If delivery or completion of installation is delayed for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 30 days the Buyer may also terminate the Contract under clause 12.
H:6. Acceptance
P:6.1 After installation the System runs for a trial period of 30 days. Final Acceptance requires that: (a) every sensor reads within ±0.3 °C of a reference instrument at two test points; (b) readings arrive at the server at least every two minutes, with no more than two missing readings per sensor on any day of the trial period; (c) alarms reach the duty phone and the WMS within 60 seconds in a test of every room; (d) the gateways switch to 4G backup within two minutes when the wired network is cut; and (e) no Severity 1 fault occurs in the last 10 days of the trial.
P:6.2 If the criteria are met the Buyer signs the Final Acceptance certificate within 7 working days. Otherwise the Supplier shall remedy the defects and the trial is repeated for the affected rooms. Installation, use of the System or payment under 4.2 is not acceptance.
H:7. Warranty and Service Levels
P:7.1 The Supplier warrants the System for 36 months from Final Acceptance. During the warranty the Supplier shall repair or replace faulty items, recalibrate sensors annually, supply software updates and provide support, all free of charge. Sensor batteries that fail during the warranty are replaced free of charge.
P:7.2 Fault levels: Severity 1 (monitoring of a whole room or a blast freezer is lost): response within 30 minutes and on-site attendance within 6 hours; Severity 2 (single sensor or door sensor fault): response within 2 hours and repair within 2 working days; Severity 3: within 5 working days. The Supplier keeps spare sensors and one spare gateway at its Tianjin office.
P:7.3 For each hour by which the Supplier misses a Severity 1 response or attendance time, the Supplier shall pay the Buyer CNY 600, deductible from any amount due.
P:7.4 After the warranty the Buyer may order annual maintenance at 7% of the Hardware and Licence Subtotal, that is CNY 44,346.40 per year, with the same service levels. This fee is fixed for three years after the warranty. Maintenance is ordered by the Buyer each year and does not renew automatically.
H:8. Intellectual Property
P:8.1 The monitoring software and firmware remain the property of their owners and are licensed to the Buyer perpetually under clause 2.1.
P:8.2 The WMS interface, the dashboards, alarm configurations and all documents produced for the Buyer under this Contract belong to the Buyer, which may use, modify and have them modified by third parties without restriction. The Supplier shall hand over the interface source code at Final Acceptance.
H:9. Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer and is stored on the Buyer's server at the Site. The Supplier shall use Buyer Data only to perform this Contract.
P:9.2 The Supplier may access the System remotely only after the Buyer approves each session, through the Buyer's VPN with an individual account; all sessions are logged. The Supplier shall not copy Buyer Data or take it out of China, and storage media replaced under warranty remain with the Buyer.
P:9.3 The Supplier shall report any security incident affecting the System or Buyer Data to the Buyer within 12 hours, help to contain it, and is liable for all losses caused by an incident attributable to the Supplier or its personnel.
H:10. Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's site layout, customer names and stock information, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after the end of the Contract.
H:11. Subcontracting
P:The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if the delay under clause 5.3 exceeds 30 days.
P:12.2 On such termination the Supplier shall refund the amounts received for items not accepted and bear the Buyer's reasonable extra costs of completing the work.
H:13. Insurance and Site Rules
P:The Supplier shall hold public liability insurance covering its work at the Site and shall ensure that its staff follow the Buyer's site safety rules, including rules for work in freezer rooms, forklift areas and at height. Staff working inside freezer rooms shall wear the protective clothing required by the Buyer and work in pairs.
H:14. Liability
P:Neither party is liable for the other party's loss of profit or indirect loss, except in cases of wilful misconduct, gross negligence, breach of clauses 9 or 10, or loss of stored goods caused by a failure of the System for which the Supplier is responsible.
H:15. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin in accordance with its rules. The award is final and binding.
H:16. Miscellaneous
P:This Contract is made in English and Chinese; both texts have equal force. It takes effect on signature by both parties. Annex 1: Site plan and sensor positions. Annex 2: Dashboard and interface specification.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
TARGETS["e03"] = ("h587e03_coldchain_park_temperature_sensors_kotor.docx", "docx")

# ---------------------------------------------------------------- e04 (md, Section N.N, schedules as tables, managed service, Corfu vendor)
SOURCES["e04"] = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.:** KMS-XM-2027-004

**Provider:** Kerkyra Managed Services S.A., 12 Leoforos Alexandras, 49100 Corfu, Greece, acting through its remote service centre and its Xiamen field team ("Provider")

**Customer:** Xiamen Haixi Furniture Import & Export Co., Ltd., Haicang District, Xiamen, Fujian, PRC ("Customer")

**Background.** The Customer employs about 420 office and factory staff at its Xiamen headquarters, its factory in Zhangzhou and its showroom in Guangzhou. The Customer wishes to outsource its IT service desk, endpoint management and server monitoring to the Provider for a fixed monthly charge. The parties therefore agree as follows.

## Section 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under Section 4.

1.3 "Customer Data" means all data of the Customer and its employees, customers and suppliers that the Provider accesses, processes or stores in performing the Services.

1.4 "Incident" means an unplanned interruption or degradation of an IT service; its priority is set under Schedule 2.

## Section 2. Term

2.1 The Services are provided for 36 months from the Service Commencement Date (the "Term").

2.2 The Agreement does not renew automatically. The parties may agree a renewal in writing not later than 90 days before the end of the Term, on terms agreed at that time.

## Section 3. Charges and Payment

3.1 The charges are set out in Schedule 3. The total contract value over the Term is CNY 1,450,000, consisting of the one-time transition charge of CNY 64,000 and 36 monthly service charges of CNY 38,500.

3.2 The transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. Invoices are payable within 30 days. There is no advance payment.

3.3 All charges are stated and paid in CNY and include VAT. The charges are fixed for the Term. Changes in the number of supported users of up to 8% in either direction do not change the charges; beyond that the parties agree an adjustment in writing using the unit rates in Schedule 3.

## Section 4. Transition and Acceptance

4.1 The Provider shall complete the transition (knowledge transfer from the current supplier, installation of monitoring and endpoint-management agents on all devices, set-up of the ticketing system and the service desk telephone line, and documentation of all systems) by 30 September 2027.

4.2 Transition Acceptance requires that: (a) agents report from at least 98% of the devices on the asset list; (b) all 26 servers and 41 network devices are monitored with alerts tested; (c) the service desk handles a two-week parallel run with at least 90% of tickets resolved within target; and (d) the run books listed in Schedule 1 are delivered and approved by the Customer's IT manager.

4.3 The Customer confirms Transition Acceptance by signing a certificate. Starting the Services or paying the transition charge does not by itself mean acceptance.

4.4 If Transition Acceptance is delayed beyond 30 September 2027 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay, up to CNY 72,000.

## Section 5. Service Levels

5.1 The Provider shall meet the service levels in Schedule 2 and report on them monthly.

5.2 If a service level is missed, the service credits in Schedule 2 apply. Credits are deducted from the next monthly invoice.

## Section 6. Customer Data and Data Security

6.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to perform the Services and on the Customer's instructions, and shall not use it for any other purpose.

6.2 Customer Data remains on the Customer's systems in China. The Provider's remote staff access them only through the Customer's privileged-access gateway, with individual accounts, multi-factor authentication and session recording. No Customer Data may be copied to the Provider's own systems or transferred outside the People's Republic of China.

6.3 The Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, shall screen and train its staff, and shall follow the Customer's information security policies.

6.4 The Provider shall notify the Customer of any security incident affecting Customer Data within 12 hours, shall assist in investigating and containing it, and is responsible for all losses, fines and remediation costs caused by an incident attributable to the Provider or its personnel.

## Section 7. Intellectual Property

7.1 The Provider keeps its tools, monitoring platform and pre-existing know-how.

7.2 Run books, scripts, configurations and documentation created for the Customer under this Agreement belong to the Customer, which may use, modify and share them freely, including with a successor supplier.

## Section 8. Personnel and Subcontracting

8.1 The Provider shall keep a field team of at least three engineers in Xiamen and one in Zhangzhou during business hours, and a remote team covering nights, weekends and public holidays.

8.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for approved subcontractors.

8.3 The Provider shall keep the key personnel named in its proposal, including the service delivery manager, for at least the first eighteen months of the Term, and shall replace any of them only with persons of equal experience approved by the Customer.

## Section 9. Liability

9.1 The Provider's total liability arising out of or in connection with this Agreement is limited to the charges paid by the Customer in the six months preceding the event giving rise to the claim.

9.2 Neither party is liable for loss of profit or indirect loss.

## Section 10. Termination

10.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after written notice, or if Priority 1 service levels are missed in three months of any six-month period.

10.2 The Provider may terminate if the Customer fails to pay undisputed charges within 60 days after written reminder.

10.3 On expiry or termination the Provider shall provide up to 60 days of exit assistance at the monthly charge, hand over all Customer Data, documentation and credentials, and remove its agents.

## Section 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen. The arbitration is conducted in Chinese and English.

## Section 12. General

12.1 Notices shall be in writing to the addresses above. Amendments must be in writing and signed by both parties.

12.2 This Agreement, with its Schedules, is the entire agreement of the parties on its subject.

12.3 Neither party may assign this Agreement without the other party's prior written consent, except to an affiliate in connection with a reorganisation, with notice.

Signed for Kerkyra Managed Services S.A.: ____________________

Signed for Xiamen Haixi Furniture Import & Export Co., Ltd.: ____________________

## Schedule 1. Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and WeChat support in Chinese for about 420 users; ticket logging, password resets, software requests | 08:00–20:00 Monday to Saturday; Priority 1 at any hour |
| Endpoint management | Patching, antivirus, software deployment and asset records for about 460 PCs and laptops | Continuous, patches within 14 days of release |
| Server and network monitoring | 26 servers, 41 switches, firewalls and Wi-Fi controllers at three sites | 24 × 7 |
| Field support | On-site support in Xiamen and Zhangzhou; Guangzhou showroom on request within 2 working days | Business hours |
| Backup management | Daily backups of ERP, file and mail servers; quarterly restore test | Daily |
| Reporting | Monthly service report and quarterly review meeting | Monthly |

## Schedule 2. Service Levels and Credits

| Priority | Example | Response | Resolution target | Credit if missed |
|---|---|---|---|---|
| Priority 1 | ERP, mail or factory network down for a site | 30 minutes | 6 hours | CNY 1,500 per Incident, plus CNY 500 per further hour |
| Priority 2 | A department or a critical user cannot work | 1 hour | 8 business hours | CNY 500 per Incident |
| Priority 3 | A single user impaired | 6 business hours | 2 working days | Counted in monthly target |
| Monthly target | At least 95% of all tickets resolved within target | - | - | 3% of the monthly charge |

Total service credits in a month are limited to 20% of that month's service charge.

## Schedule 3. Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | One-time, after Transition Acceptance | 64,000 |
| Monthly service charge | 36 months × CNY 38,500 | 1,386,000 |
| **Total contract value** | | **1,450,000** |
| Additional users beyond the band in Section 3.3 | Per user per month | 85 |
| Additional on-site day outside the scope | Per engineer-day | 1,600 |
"""
TARGETS["e04"] = ("h587e04_furniture_exporter_managed_it_services_corfu.md", "md")

# ---------------------------------------------------------------- e05 (txt, upper-case headings, data API subscription, Bari vendor)
SOURCES["e05"] = """DATA API SUBSCRIPTION AGREEMENT

Agreement number: LVD-API-2027-112

BETWEEN

Levante Data S.r.l., Via Giuseppe Capruzzi 230, 70124 Bari, Italy ("Provider"), and

Shanghai Dongchuan International Freight Forwarding Co., Ltd., Hongkou District, Shanghai, People's Republic of China ("Customer").

BACKGROUND

The Provider operates MareLink, a data service that supplies vessel positions, port calls, estimated and actual arrival times, berth schedules and port congestion indicators for the Mediterranean, Black Sea and Red Sea through an application programming interface (the "API"). The Customer, a freight forwarder handling shipments between China and Southern Europe, wishes to receive this data in its shipment-tracking and customer-notification systems. At the Customer's request all fees are stated and paid in Chinese Yuan (CNY).

1. DEFINITIONS

1.1 "Subscription Year" means the period from the Start Date to the day before its first anniversary, and each following period from an anniversary of the Start Date to the day before the next anniversary.

1.2 "Start Date" means 1 October 2027, the date on which the Provider must make production API access available to the Customer.

1.3 "Customer Data" means the shipment references, container numbers, vessel watch lists, user accounts, query logs and any other data that the Customer or its users submit to the API or that the API generates from the Customer's queries.

1.4 "Provider Data" means the vessel, port and schedule data supplied by the Provider through the API.

1.5 "Custom Mapping" means the mapping of the Provider's port and terminal codes to the Customer's location master data, prepared by the Provider for the Customer under clause 3.3.

2. SUBSCRIPTION AND TERM

2.1 The initial term is two Subscription Years from the Start Date.

2.2 The subscription covers the Professional plan: up to 2,000,000 API calls per Subscription Year, 50 concurrent webhook subscriptions, historical data back to 2020 and up to 25 user accounts for the web console.

2.3 Calls above the annual allowance are charged at CNY 18 per 1,000 calls and invoiced quarterly in arrears. The Provider will warn the Customer when 80% of the allowance has been used.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 186,000 per Subscription Year, so CNY 372,000 for the initial term. There is no set-up or other one-time fee.

3.2 The subscription fee is invoiced quarterly in advance, CNY 46,500 per quarter, on the first day of each quarter of a Subscription Year, and is payable within 30 days of the invoice. Nothing is payable before the Start Date.

3.3 The Provider will prepare the Custom Mapping for the 140 ports and terminals used most by the Customer before the Start Date, at no additional charge.

3.4 Fees include VAT. The Provider may suspend access if an undisputed invoice remains unpaid for more than 45 days after a written reminder.

4. AUTOMATIC RENEWAL

4.1 At the end of the initial term, and of each renewal term, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

4.2 The Provider may increase the subscription fee for any renewal term by up to 9% by giving the Customer written notice at least 75 days before the renewal date. The increased fee applies from the renewal date.

5. ACCESS, ONBOARDING AND ACCEPTANCE

5.1 The Provider shall make a sandbox available within 10 days of signature and production access by the Start Date.

5.2 Before the Start Date the Customer tests the production API for seven consecutive days. The API is accepted when: (a) responses to position and port-call queries arrive within 800 milliseconds for at least 95% of calls; (b) the positions of 200 test vessels chosen by the Customer match independent AIS sources within 2 nautical miles; (c) webhook notifications of arrivals are received within 5 minutes of the port-call event; and (d) the Custom Mapping covers all 140 locations without error. The Customer confirms acceptance in writing; the Start Date is postponed day for day until acceptance.

5.3 If production access or acceptance is delayed beyond 1 October 2027 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 350 for each day of delay, up to CNY 18,600, and the initial term is extended by the same number of days at no charge.

6. SERVICE LEVELS

6.1 Availability. The production API will be available at least 99.95% of each calendar month, measured by the Provider's external monitoring and excluding maintenance announced at least three days in advance and performed on Sundays between 02:00 and 04:00 China Standard Time.

6.2 Data freshness. Vessel positions are refreshed at least every 5 minutes for vessels in coverage, and port-call events are published within 15 minutes of the underlying source.

6.3 Support. Severity 1 incidents (the API is unavailable or returns errors for more than 10% of calls) are responded to within 8 business hours. Severity 2 incidents (degraded data or slow responses) are responded to within 2 business days. Support is available by e-mail and ticket portal, Monday to Friday, 09:00 to 18:00 Central European Time.

6.4 Service credits. If availability in a month falls below 99.95%, the Customer receives a credit of 10% of the monthly equivalent of the subscription fee for each full percentage point of shortfall, and at least 5% for any shortfall. If data freshness targets are missed on more than three days in a month, a further credit of 5% applies. Credits are set off against the next invoice.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to the Customer. The Provider uses Customer Data only to provide the API to the Customer and does not use, sell or share it for any other purpose, including in aggregated or anonymised form.

7.2 The Provider shall protect Customer Data with encryption in transit and at rest, access restricted to named staff with multi-factor authentication, logging of all access, and an information security management system certified to ISO/IEC 27001. Query logs are kept for no more than 90 days.

7.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours, cooperate in its investigation and containment, and is responsible for the losses the Customer suffers as a result of an incident caused by the Provider's breach of this clause.

7.4 On expiry or termination the Provider shall return Customer Data on request and then delete it within 30 days.

8. INTELLECTUAL PROPERTY AND LICENCE TO PROVIDER DATA

8.1 The Provider owns the API and the Provider Data. The Provider grants the Customer a non-exclusive licence during the term to use Provider Data in its own systems and to show it to its own customers in shipment-tracking messages and portals.

8.2 The Custom Mapping belongs to the Customer, which may use, modify and license it freely, also after the end of this Agreement. The Provider shall deliver it in spreadsheet and JSON form.

9. CONFIDENTIALITY

Each party shall keep confidential the non-public business and technical information of the other party, use it only for this Agreement and disclose it only to staff and advisers who need to know it. This obligation continues for three years after the end of this Agreement.

10. SUBCONTRACTING

The Provider may not subcontract the operation of the API or the processing of Customer Data without the Customer's prior written consent. Public AIS data sources and port authorities from which the Provider obtains data are not subcontractors.

11. LIABILITY

11.1 The total liability of each party under this Agreement is limited to 150% of the subscription fees for the initial term.

11.2 The limit does not apply to breach of clauses 7 or 9, infringement of intellectual property rights, or wilful misconduct.

11.3 Neither party is liable for indirect loss or loss of profit.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.2 The Customer may also terminate by written notice if availability falls below 99% in two consecutive months.

12.3 On termination by the Customer for the Provider's breach, the Provider refunds any fees paid in advance for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Shanghai under its rules in force at the time. The language of arbitration is English.

14. GENERAL

14.1 Notices must be in writing and sent to the addresses above with a copy by e-mail.

14.2 Neither party may assign this Agreement without the other party's written consent.

14.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it informs the other party promptly and resumes performance as soon as possible.

14.4 This Agreement is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.

SIGNED for Levante Data S.r.l.: ______________________    Date: __________

SIGNED for Shanghai Dongchuan International Freight Forwarding Co., Ltd.: ______________________    Date: __________
"""
TARGETS["e05"] = ("h587e05_freight_forwarder_vessel_data_api_bari.txt", "txt")


# ================================================================ labels (buyer's view)
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def terms(av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return dict(zip(KEYS, [av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# key: (language, category, terms, sla_clause, ld_stated, post_warranty_fee_capped, deemed, contract_value, fee_base)
LABELS = {
    "z01": ("zh", "software", terms(99.95, 0.5, False, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8,
                                    False, True, True, "PRC", G), True, True, True, False, 2484000, 1260000),
    "z02": ("zh", "hardware", terms(None, 0.5, True, "buyer", False, True, True, 0.08, None, 20, True, True, 24, 6,
                                    False, False, False, "PRC", G), True, True, True, False, 1564000, 1384000),
    "z03": ("zh", "cloud", terms(99.5, 0.5, True, "buyer", True, False, True, 500 / 642000 * 100, None, None, True,
                                 None, None, None, True, True, False, "PRC", S), True, True, None, False, 642000, None),
    "z04": ("zh", "services", terms(None, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None,
                                    None, False, True, False, "PRC", S), True, True, None, False, 368000, None),
    "z05": ("zh", "software", terms(None, None, False, "supplier", True, True, True, 0.02, 60, 50, False, False, 6, 24,
                                    False, True, None, "PRC", G), False, True, True, True, 1080000, 860000),
    "e01": ("en", "software", terms(None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 18, 13, False,
                                    True, False, "Croatia", G), True, True, True, False, 1186000, 848000),
    "e02": ("en", "cloud", terms(99.95, 0.5, True, "buyer", True, True, True, None, 200, None, True, None, None, None,
                                 False, True, False, "Croatia", S), True, False, None, False, 508000, None),
    "e03": ("en", "hardware", terms(None, 0.5, True, "buyer", True, True, True, 0.08, None, None, True, True, 36, 7,
                                    False, True, False, "PRC", G), True, True, True, False, 710000, 633520),
    "e04": ("en", "services", terms(None, 0.5, True, "buyer", True, True, False, 1200 / 1450000 * 100, 6 / 36 * 100,
                                    None, True, None, None, None, False, True, False, "PRC", S), True, True, None, False,
            1450000, None),
    "e05": ("en", "cloud", terms(99.95, 8, True, "buyer", True, True, True, 350 / 372000 * 100, 150, None, True, None,
                                 None, None, True, True, False, "PRC", S), True, True, None, False, 372000, None),
}

# design list (written before the derivation below, from the plan of each draft)
DESIGN = {
    "z01": ["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"],
    "z02": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": [],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-GOVERNING-LAW", "CR-LD-MISSING"],
    "e03": [],
    "e04": ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"],
    "e05": ["CR-AUTO-RENEWAL", "CR-SLA-RESPONSE"],
}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
              "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco(t, value, fee_base):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * fee_base
    return value + fees, fees / (value + fees) * 100


def derive_rules(t, x, value, fee_base):
    """My own reading of policy.md section 3 (not project code)."""
    r = set()
    goods = t["contract_kind"] == G
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
    if goods and (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):   # no draft here puts the forum outside mainland China under PRC law
        r.add("CR-GOVERNING-LAW")
    tc = tco(t, value, fee_base)
    if tc and tc[1] > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(key):
    lang, cat, t, sla, lds, capped, deemed, value, fee_base = LABELS[key]
    x = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    rules = derive_rules(t, x, value, fee_base)
    return {"file": TARGETS[key][0], "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}


# ================================================================ threshold scan
BAD = [
    r"(?<![\d.])99\.9(?!\d)\s*%?", r"(?<![\d.])99\.90*\s*(?:%|percent)",
    r"(?<![\d.])4\s*(?:-|\s)?(?:小时|h\b|hrs?\b|hours?\b|business\s+hours?)", r"(?<![十\d])四\s*(?:个)?\s*小时",
    r"\bfour[\s-]*(?:business\s+|working\s+)?hours?\b", r"(?<!\d)240\s*(?:分钟|min|minutes?)",
    r"(?<![\d.])0?\.050*(?!\d)\s*%", r"万分之五(?![十百千\d])", r"(?<![\d.])5\s*‱",
    r"(?<![\d.])100(?:\.0+)?\s*(?:%|percent)", r"百分之(?:一)?百(?![分\d])", r"百分之一百",
    r"(?<![\d.])30(?:\.0+)?\s*(?:%|percent)", r"百分之三十(?![一二三四五六七八九])", r"三成",
    r"(?<![\d.])12\s*(?:个月|months?\b|-month)", r"(?<![一二三四五六七八九十])十二\s*个月", r"\btwelve[\s-]*(?:calendar\s+)?months?\b",
    r"(?<![一二三四五六七八九十第])一年", r"\bone[\s-]*year\b", r"\ba\s+year\b",
    r"(?<![\d.])15(?:\.0+)?\s*(?:%|percent)", r"百分之十五(?![点.])",
    r"(?<![\d.])40(?:\.0+)?\s*(?:%|percent)", r"百分之四十(?![一二三四五六七八九])", r"四成",
    r"(?<![\d.])5\s*(?:年|years?\b|-year)", r"(?<![一二三四五六七八九十])五\s*年", r"\bfive[\s-]*years?\b",
    r"(?<!\d)60\s*(?:个月|months?\b|-month)", r"六十\s*个月", r"\bsixty[\s-]*months?\b",
]
BAD_RE = [re.compile(p, re.I) for p in BAD]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "4-hour", "240分钟", "0.05%",
            "万分之五", "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months",
            "12 months", "一年", "one year", "15%", "40%", "四成", "5年", "五年", "five years", "60 months", "60个月",
            "5 years", "百分之四十", "百分之十五"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度",
             "14 hours", "1.5%", "130%", "3 months", "25年", "200%", "0.5%", "0.08%", "140 days", "Subscription Year",
             "三年", "十五个工作日", "第一条", "45日", "12 h", "2020", "60 days", "四十学时"]


def scan(text):
    hits = []
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    for v in variants:
        for rx in BAD_RE:
            for m in rx.finditer(v):
                hits.append(m.group(0))
    return sorted(set(hits))


def selftest():
    for s in MUST_HIT:
        assert scan(s), "must hit: " + s
    for s in MUST_MISS:
        assert not scan(s), "must miss: %s -> %s" % (s, scan(s))


# ================================================================ read back
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


def check_sums():
    assert 1260000 + 980000 + 158000 + 86000 == 2484000 and 2484000 * 20 // 100 == 496800
    assert 2484000 * 45 // 100 == 1117800 and 2484000 * 35 // 100 == 869400 and 1260000 * 8 // 100 == 100800
    assert 572000 + 438000 + 106000 + 268000 == 1384000 and 1384000 + 156000 + 24000 == 1564000
    assert (1564000 * 20 // 100, 1564000 * 35 // 100, 1564000 * 45 // 100, 1384000 * 6 // 100) == (312800, 547400, 703800, 83040)
    assert 3600 * 45 == 162000 and 162000 * 3 + 138000 + 18000 == 642000 and 162000 // 4 == 40500
    assert 216000 + 78000 + 52000 + 22000 == 368000 == 4 * 92000
    assert 560000 + 300000 + 168000 + 52000 == 1080000 and 1080000 // 2 == 540000 and 860000 * 24 // 100 == 206400
    assert 420000 + 60 * 4800 + 40 * 3500 == 848000 and 848000 + 236000 + 64000 + 38000 == 1186000
    assert (118600, 652300, 415100) == (1186000 * 10 // 100, 1186000 * 55 // 100, 1186000 * 35 // 100)
    assert 848000 * 13 // 100 == 110240
    assert 168000 + 40 * 1200 + 4 * 5000 == 236000 and 2 * 236000 + 36000 == 508000
    assert 320 * 980 + 48 * 640 + 12 * 8600 + 186000 == 633520 and 633520 + 68480 + 8000 == 710000
    assert (390500, 319500) == (710000 * 55 // 100, 710000 * 45 // 100) and abs(633520 * 0.07 - 44346.40) < 1e-6
    assert 36 * 38500 + 64000 == 1450000 and 2 * 186000 == 372000 == 8 * 46500


def main():
    selftest()
    check_sums()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for key, (name, kind) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
    bin_t = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write({k: SOURCES[k] for k in bin_t}, bin_t, OUT, wrap_words=True)

    covered = set()
    problems = []
    for key in TARGETS:
        lab = label(key)
        assert lab["expected_rules"] == sorted(DESIGN[key]), (key, lab["expected_rules"], DESIGN[key])
        covered |= set(lab["expected_rules"])
        for k, thr in THRESHOLDS.items():
            v = lab["expected_terms"][k]
            assert v is None or v != thr, (key, k, v)
        lang, cat, t, sla, lds, capped, deemed, value, fee_base = LABELS[key]
        tc = tco(t, value, fee_base)
        if tc:
            assert abs(tc[1] - 40) > 2, (key, tc)
        stem = TARGETS[key][0].rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        txt = read_back(OUT / TARGETS[key][0])
        for h in scan(txt) + scan(SOURCES[key]):
            problems.append((key, h))
        n = len(txt) if lang == "zh" else len(txt.split())
        nonws = len(re.sub(r"\s", "", txt))
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        ok = lo <= n <= hi
        if not ok:
            problems.append((key, "length %d" % n))
        print("%s %-60s %s %5d %s non-ws %d  rules=%s risk=%s tco=%s" % (
            key, TARGETS[key][0], "chars" if lang == "zh" else "words", n, "ok" if ok else "OUT OF RANGE",
            nonws, ",".join(r[3:] for r in lab["expected_rules"]) or "-", risk(lab["expected_rules"]),
            "%.1f / %.2f%%" % tc if tc else "-"))
    missing = set(ALL_RULES) - covered
    assert not missing, missing
    print("all 20 rules covered")
    if problems:
        print("PROBLEMS:", problems)
        sys.exit(1)


if __name__ == "__main__":
    main()
