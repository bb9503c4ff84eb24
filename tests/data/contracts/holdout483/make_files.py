"""holdout483: builds the ten blind held-out drafts (z01-z05 Chinese, e01-e05 English) and their labels.

Run: /work/main/.venv/bin/python -B make_files.py  (from this folder). Writes only into this folder.
Text sources are kept below; .docx/.pdf go through ../word_pdf.py (write(..., wrap_words=True)); .txt/.md are
written as they are. Then: labels (.json, one-space indent, no trailing newline), expected rules derived from the
labels by my own reading of policy.md section 3 and checked against the design list, text lengths read back from
the built files, and a scan of every built file and source for threshold figures.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条 / X.Y)
H483Z01 = """
T:江州市网约车监管平台建设项目政府采购合同
P:合同编号：JZJT-ZFCG-2025-017
P:采购人（甲方）：江州市交通运输局，地址：江州市政务服务中心北楼六层
P:供应商（乙方）：江州云途信息技术有限公司，地址：江州市高新区创新大道88号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号JZCG-2025-0436）、乙方投标文件和中标通知书，甲乙双方就江州市网约车监管平台（以下简称“平台”）的软件许可、定制开发及部署实施事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供网约车监管平台软件V3.0的永久使用许可，并按甲方需求完成定制开发、部署实施和培训，使平台能够接入本市取得经营许可的网约车平台公司的订单、车辆、驾驶员及轨迹数据，实现资质核验、运营监测、投诉处置和信用评价等监管功能。
P:1.2 定制开发内容包括：数据接入与清洗模块、车辆和驾驶员合规核验模块、信用评价模型、执法案件协同接口、领导决策驾驶舱，具体要求详见招标文件第三章技术需求及附件1功能清单。
P:1.3 平台部署于江州市政务云，由甲方提供计算、存储和网络资源，乙方负责应用部署、参数配置、系统联调及上线切换。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰陆拾陆万元整（¥2,660,000.00），为含税固定总价，包括软件许可、定制开发、部署实施、培训、差旅及质保期内全部服务费用。
P:2.2 价格明细如下：
TB:序号|项目|金额（元）
TB:1|监管平台软件V3.0永久许可（不限用户数）|1,180,000
TB:2|定制开发（五个模块及接口）|1,260,000
TB:3|部署实施及数据联调|186,000
TB:4|用户培训（监管人员及运维人员）|34,000
TB:合计| |2,660,000
P:2.3 除本合同另有约定外，甲方不再承担其他任何费用。
H:第三条 付款方式
P:3.1 合同生效且甲方收到乙方等额发票后十个工作日内，甲方支付合同总价的20%作为预付款，即¥532,000。
P:3.2 平台完成部署并通过初验后，甲方支付合同总价的45%，即¥1,197,000。
P:3.3 平台试运行期满并通过终验后，甲方支付合同总价的35%，即¥931,000。
P:3.4 乙方应在每次付款前开具合法有效的增值税发票。甲方付款通过国库集中支付系统办理。
H:第四条 交付期限
P:4.1 乙方应在合同生效后90日内完成定制开发和部署，并提交初验申请；初验通过后进入为期60日的试运行。
P:4.2 乙方应在每月5日前向甲方提交项目进度报告，说明上月完成情况、存在问题及下月计划。
H:第五条 验收
P:5.1 初验由甲方组织，验收标准为：（1）附件1所列功能全部实现并通过测试；（2）已接入本市全部持证网约车平台公司，数据接入完整率不低于99%；（3）常用查询页面响应时间不超过3秒；（4）平台通过第三方网络安全等级保护三级测评。
P:5.2 终验在试运行期满后进行，试运行期间一级故障累计不得超过两次，且初验遗留问题全部整改完毕。甲方在收到终验申请后10个工作日内组织终验，并出具书面验收报告。
P:5.3 平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在20日内整改并重新申请验收。
H:第六条 质量保证与运维服务
P:6.1 质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术支持及现场服务。
P:6.2 质保期内平台月可用率不低于99.95%。一级故障（平台整体不可用或数据接入中断）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障2小时内响应，24小时内解决。
P:6.3 响应或恢复每超时1小时，甲方从应付款中扣减1,000元；月可用率每低于承诺值0.01个百分点，扣减2,000元。
P:6.4 质保期满后，如甲方需要乙方继续提供运维服务，双方另行签订运维合同，年度运维费不超过软件许可费的10%（即不超过¥118,000），该标准在质保期满后三个服务年度内不上调。
H:第七条 知识产权
P:7.1 平台软件V3.0的著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 定制开发形成的源代码、数据模型、接口程序和技术文档的知识产权归甲方所有，乙方应在终验时将上述源代码及文档完整移交甲方。甲方有权自行或委托第三方修改、使用和维护。
P:7.3 乙方保证所提供的软件不侵犯第三方合法权益，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台汇集的订单、车辆、驾驶员、乘客及轨迹数据均属于甲方，乙方仅为履行本合同之目的处理，不得复制、留存、出售或用于任何其他用途。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》，采取加密存储、最小权限、操作审计和脱敏展示等措施；乙方人员访问生产环境须经甲方审批并通过堡垒机操作。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 乙方对履行合同中知悉的甲方工作秘密、执法信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十条 分包
P:10.1 乙方可将数据接入接口的部分开发工作交由具有相应能力的第三方完成，但应提前5个工作日书面告知甲方该第三方的名称和工作内容。乙方对第三方的工作向甲方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:11.2 乙方交付的平台不符合合同约定，经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收款项并按合同总价的10%支付违约金。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后20日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方两份，具有同等法律效力。招标文件、投标文件、中标通知书及附件均为本合同的组成部分。
P:14.2 因不可抗力不能履行合同的，受影响一方应在3日内书面通知对方，并在10日内提供证明；双方根据不可抗力的影响协商延期履行或部分免除责任。
P:14.3 双方指定的项目联系人变更的，应提前书面通知对方。本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：江州市交通运输局    乙方（盖章）：江州云途信息技术有限公司
P:法定代表人或授权代表：__________    法定代表人或授权代表：__________
P:日期：2025年  月  日    日期：2025年  月  日
"""

# ---------------------------------------------------------------- z02 (docx, 一、/（一）, Word price table)
H483Z02 = """
T:PM3纸机DCS/QCS控制系统改造及维保合同
P:合同编号：HXZY-SB-2025-062
P:甲方（买方）：浙江禾兴纸业有限公司，地址：嘉兴市秀洲区滨河工业园
P:乙方（卖方）：杭州启衡自动化工程有限公司，地址：杭州市滨江区江南大道
P:鉴于甲方PM3文化纸生产线原控制系统已运行多年、备件停产，甲方决定对其DCS集散控制系统和QCS质量控制系统进行改造。乙方经甲方邀请招标中标。双方根据《中华人民共和国民法典》，就改造工程及质保期满后的维保服务订立本合同。
H:一、合同范围
P:（一）乙方负责供货、安装、组态、调试PM3纸机DCS控制站、I/O模块、QCS扫描架及定量、水分、灰分传感器、操作站和服务器，并提供DCS/QCS软件许可。
P:（二）乙方负责拆除旧系统、敷设信号电缆、编写控制组态及联锁程序、与甲方MES系统对接，并完成操作和维护人员培训。
P:（三）改造须在甲方安排的停机检修窗口内完成，停机时间不超过7天。
P:（四）乙方应派驻具有DCS改造经验的项目经理和不少于四名调试工程师常驻现场，项目经理未经甲方同意不得更换。
H:二、合同价款
P:（一）合同总价为人民币叁佰贰拾万元整（¥3,200,000），含税，为固定总价。明细如下：
TB:序号|名称|数量|金额（元）
TB:1|DCS控制站及I/O模块|6套|1,260,000
TB:2|QCS扫描架及定量、水分、灰分传感器|1套|980,000
TB:3|操作站、工程师站及服务器|9台|168,000
TB:4|DCS/QCS系统软件许可|1套|352,000
TB: |软硬件小计| |2,760,000
TB:5|安装施工及旧系统拆除|1项|246,000
TB:6|控制组态及联锁程序编写|1项|158,000
TB:7|培训|1项|36,000
TB: |合同总价| |3,200,000
P:（二）合同总价包括设备、软件、运输、保险、安装、调试、培训及质保期内的全部费用。
P:（三）培训内容包括系统操作、组态修改、日常维护和故障处理，培训不少于三期，每期不少于三天。
H:三、付款方式
P:（一）合同签订后10日内，甲方支付合同总价的10%作为预付款，即¥320,000。
P:（二）设备全部到货并经甲方签收后，甲方支付合同总价的35%，即¥1,120,000；到货签收不代表质量验收。
P:（三）系统通过终验后，甲方支付合同总价的50%，即¥1,600,000。
P:（四）剩余5%（¥160,000）作为质量保证金，质保期满且无质量问题后10日内无息支付。
P:（五）乙方收款前应开具合法有效的增值税专用发票。
H:四、交货与工期
P:（一）乙方应于合同签订后75日内将全部设备运抵甲方厂区，并在甲方停机窗口内完成安装、切换和热负荷调试。
P:（二）乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的千分之一支付违约金；因乙方原因延长停机的，乙方另行赔偿甲方停产损失。
P:（三）乙方应在发货前提交装箱清单、出厂检验报告和原厂授权文件；设备到货后双方共同开箱检验，发现缺损的，乙方应在7日内补齐或更换。
P:（四）乙方应编制停机切换方案，明确旧系统拆除、新系统安装、冷态调试、热负荷调试各阶段的时间节点和回退措施，经甲方生产部门确认后实施。
H:五、验收
P:（一）终验标准：（1）设备型号、数量与合同一致，出厂合格证齐全；（2）全部I/O点测试通过；（3）QCS定量控制偏差不超过±0.5克/平方米，水分控制偏差不超过±0.2个百分点；（4）系统连续稳定运行72小时无一级故障；（5）与MES系统的数据接口核对一致。
P:（二）甲方在收到终验申请后7日内组织验收，验收合格的签署终验报告。设备安装完毕或投入生产，均不视为验收合格。
P:（三）验收不合格的，乙方应在10日内完成整改并重新申请验收，由此产生的费用由乙方承担。
H:六、质量保证
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内乙方免费更换损坏的硬件、修复软件缺陷。
P:（二）质保期内，控制系统年可用率不低于99.5%。一级故障（导致纸机断纸停机或失去控制）乙方应在1小时内响应，6小时内到达现场；二级故障8小时内响应，48小时内解决。
P:（三）响应每超时1小时，扣减质量保证金1,000元；因控制系统原因导致纸机非计划停机超过2小时的，每次扣减5,000元。
P:（四）质保期内，乙方每季度对系统进行一次预防性巡检，检查控制器负荷、网络状态和备件情况，并提交巡检报告。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方为甲方提供维保服务，包括季度巡检、备件保障、软件升级和7×24小时电话技术支持。
P:（二）维保费按软硬件小计的28%每年计取，即每个服务年度¥772,800，维保期内不作调整，按季度支付。
P:（三）维保期限为质保期满后的三个服务年度；期满后是否续签由甲方决定，不自动续期。
P:（四）维保期内，一级故障的响应时间和扣减标准按第六条（二）、（三）执行。
H:八、知识产权
P:（一）DCS/QCS系统软件的著作权归乙方或原厂所有，甲方获得永久使用许可。
P:（二）乙方为本项目编写的控制组态、联锁程序、操作画面及MES接口程序归甲方所有，乙方应交付完整的组态文件和源程序，甲方可自行修改和使用。
P:（三）乙方保证所供设备和软件不侵犯第三方知识产权，否则由乙方负责处理并赔偿甲方损失。
H:九、数据安全
P:（一）生产工艺参数、质量数据及运行记录属于甲方，乙方不得复制、带离或用于本合同以外的用途。
P:（二）乙方远程维护须经甲方书面审批，并通过甲方工控防火墙及堡垒机进行，操作全程记录；乙方接入设备须经病毒查杀。
P:（三）发生数据泄露或网络安全事件的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的损失由乙方全额赔偿。
H:十、保密
P:（一）双方对在履行本合同过程中知悉的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得披露。本条在合同终止后三年内有效。
P:（二）乙方应要求参与本项目的人员遵守本条约定，并对其人员的泄密行为承担责任。
H:十一、分包
P:（一）乙方可将电缆敷设等辅助施工交由具备资质的单位完成，但须事先取得甲方书面同意；乙方对分包工作承担全部责任。
H:十二、合同解除
P:（一）乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:（二）因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:十三、争议解决
P:（一）本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交嘉兴仲裁委员会仲裁。
H:十四、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备清单、技术规格书、改造施工方案。
P:（二）乙方施工人员进入甲方厂区应遵守甲方安全生产、动火作业和有限空间作业管理制度，并购买意外伤害保险；因乙方人员违章作业造成的安全事故，由乙方承担责任。
P:（三）因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行。
P:甲方：浙江禾兴纸业有限公司（盖章）    乙方：杭州启衡自动化工程有限公司（盖章）
P:代表签字：__________    代表签字：__________
P:签订日期：2025年  月  日
"""

# ---------------------------------------------------------------- z03 (txt, 1. / 1.1)
H483Z03 = """口腔诊所预约及电子病历云服务合同

合同编号：XY-KQ-2025-0311
甲方：广州协雅口腔医疗管理有限公司（代表其下属19家口腔诊所）
乙方：深圳牙联云科技有限公司
签订地点：广州市天河区

鉴于甲方经营的19家口腔诊所需要统一的预约挂号、电子病历、影像管理和收费系统，乙方提供“牙联云”口腔诊所管理SaaS服务，双方根据《中华人民共和国民法典》，经协商一致，订立本合同。

1. 服务内容
1.1 乙方通过其云平台向甲方19家诊所提供预约挂号、患者档案、电子病历、口腔影像管理、收费结算、耗材库存及经营报表等SaaS服务（以下简称“云服务”），诊所清单见附件1。
1.2 乙方负责实施服务，包括：将甲方现有系统中约21万名患者的档案和历史病历迁移至云平台；按甲方要求配置病历模板、收费项目和角色权限；开发与甲方影像设备及医保结算系统的接口；对诊所前台、医生和管理人员进行培训。
1.3 服务期为三个服务年度，自2025年9月1日起至2028年8月31日止。
1.4 乙方应为本项目指定项目经理一名，负责实施计划、进度汇报和问题协调；实施期间乙方实施人员应在甲方指定诊所现场工作，上线后提供为期两周的现场保障。
1.5 乙方应在实施前提交实施方案，包括数据迁移计划、回退方案和诊所上线顺序，经甲方确认后执行。

2. 费用
2.1 本合同总价为人民币陆拾捌万元整（¥680,000），明细如下：
（1）云服务订阅费：每家诊所每个服务年度¥9,600，19家诊所每个服务年度合计¥182,400，三个服务年度共计¥547,200；
（2）实施费（数据迁移、配置及培训）：¥86,000；
（3）接口开发费（影像设备及医保结算接口）：¥46,800。
2.2 服务期内订阅单价不变。甲方新增诊所的，按同一单价按月折算计费。
2.3 本合同不设预付款，上述价格已包含税费及乙方差旅费用。
2.4 甲方减少诊所的，自减少之月起相应减少订阅费。

3. 付款
3.1 实施费和接口开发费在上线验收合格后20日内一次性支付。
3.2 订阅费按季度后付，每季度¥45,600，甲方在每个季度结束并收到发票之日起20日内支付。
3.3 乙方应在收款前开具增值税专用发票。甲方有权从应付款中扣除乙方应支付的违约金。

4. 上线与验收
4.1 乙方应在合同签订后45日内完成数据迁移和全部诊所上线。
4.2 上线验收标准：（1）患者档案和病历迁移后，按不少于2%的比例抽样核对，抽样记录与原系统一致；（2）19家诊所均能正常完成预约、接诊、书写病历和收费全流程；（3）影像设备接口和医保结算接口联调通过；（4）常用操作页面响应时间不超过2秒。
4.3 甲方在收到验收申请后7个工作日内组织验收并出具书面意见。诊所开始使用系统不视为验收合格。验收不合格的，乙方应在10日内整改完毕并重新提交验收申请。
4.4 乙方逾期完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

5. 服务水平
5.1 云服务月可用率不低于99.95%（计划维护除外，计划维护应提前3日通知并安排在22:00至次日6:00之间）。
5.2 故障分级及响应：一级故障（全部或多家诊所无法使用）30分钟内响应，2小时内恢复；二级故障（单家诊所或单一功能无法使用）1小时内响应，8小时内恢复；三级故障（一般使用问题）下一个工作日内答复。
5.3 乙方应每月向甲方提供服务报告，列明可用率、故障次数和处理时长。
5.4 云服务未达到上述服务水平的，乙方应分析原因并提出改进措施，但不因此扣减服务费，也不承担违约金或赔偿责任。
5.5 乙方应提供7×24小时故障报修电话和在线工单系统，并每季度与甲方召开一次服务回顾会议，通报服务水平达成情况。
5.6 乙方对云平台进行版本升级的，应提前7日通知甲方，升级不得降低已有功能和服务水平。

6. 数据与安全
6.1 甲方的患者档案、电子病历、口腔影像等数据（以下简称“甲方数据”）归甲方所有。
6.2 乙方可对甲方数据进行去标识化处理后，用于改进其产品、训练诊疗辅助模型及编制口腔行业分析报告；该等使用在本合同终止后仍可继续。
6.3 乙方应遵守《个人信息保护法》《数据安全法》及医疗健康数据相关规定，将甲方数据存储于中国境内的数据中心，采取传输和存储加密、访问控制、操作日志审计及异地备份措施，并保持有效的网络安全等级保护三级备案。
6.4 发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，采取补救措施并配合监管调查；因乙方原因造成的，由乙方承担赔偿责任。
6.5 合同终止后20日内，乙方应将甲方数据以通用格式完整交还甲方，并在甲方确认后删除平台上的甲方数据。
6.6 乙方应每季度向甲方提供数据备份和恢复测试记录；甲方有权自行或委托第三方对乙方的数据安全措施进行检查，乙方应予配合。

7. 知识产权
7.1 云平台及其软件的知识产权归乙方所有。
7.2 乙方为甲方开发的接口程序、定制病历模板和报表的知识产权归甲方所有，甲方可自由使用、修改或交由第三方维护。
7.3 乙方保证云服务不侵犯第三方合法权益；因侵权引起的索赔由乙方负责处理并承担费用。

8. 保密
8.1 双方对履行本合同过程中知悉的对方商业秘密、患者信息及其他非公开信息负有保密义务，未经对方书面同意不得向第三方披露，法律法规另有规定的除外。
8.2 乙方应与接触甲方数据的员工签订保密协议，并对员工违反保密义务的行为承担责任。
8.3 本条义务在合同终止后继续有效。

9. 责任限制
9.1 乙方在本合同项下的累计赔偿责任，以责任事件发生前六个月内甲方已支付的订阅费总额为限。
9.2 乙方故意或重大过失造成的损失，不受前款限制。

10. 分包
10.1 乙方使用的云基础设施服务商为本合同签订时已书面告知甲方的服务商。更换云基础设施服务商或将实施服务分包给第三方的，须事先取得甲方书面同意。

11. 期限与解除
11.1 一方严重违约，经对方书面通知后20日内未纠正的，守约方有权解除本合同。
11.2 服务期满本合同终止，不自动续期；双方如需续约，应另行协商签订书面合同。
11.3 合同解除或终止的，甲方仅按实际服务期间支付订阅费。
11.4 合同终止或解除后，乙方应配合甲方完成数据交接和系统切换，在交接完成前不得中断服务。

12. 法律适用与争议解决
12.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，提交广州仲裁委员会仲裁。

13. 其他
13.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。附件1（诊所清单）、附件2（功能清单）为本合同组成部分。
13.2 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明；双方可协商延期履行或解除合同。
13.3 双方的通知应以书面形式送达本合同首页载明的地址或双方确认的电子邮箱。

甲方：广州协雅口腔医疗管理有限公司（盖章）
授权代表：__________
乙方：深圳牙联云科技有限公司（盖章）
授权代表：__________
日期：2025年  月  日
"""

# ---------------------------------------------------------------- z04 (txt, 第X条 / （1）)
H483Z04 = """澄湖市博物馆藏品管理系统年度运维服务合同

合同编号：CHBWG-CG-2025-09
采购方式：竞争性磋商（项目编号：CHCG-2025-CS-118）
甲方：澄湖市博物馆
乙方：澄湖文博数字科技有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方藏品管理系统的年度运维服务，经协商一致，订立本合同。

第一条 服务范围
（1）运维对象为甲方藏品管理系统，包括藏品登录、编目、影像管理、库房管理、出入库、借展及统计模块，以及配套的数据库服务器、存储设备和备份系统。
（2）服务内容包括：驻场运维、系统巡检与安全加固、数据备份与恢复演练、藏品数据质量治理、故障应急响应及与上级文物部门平台的版本适配。
（3）服务期限自2025年8月1日起至2026年7月31日止。
（4）甲方负责提供驻场办公场所、网络接入和必要的系统访问权限，并指定专人负责与乙方对接。

第二条 服务费用
（1）本合同总价为人民币叁拾玖万元整（¥390,000），为含税固定总价。明细如下：驻场运维服务（2人）¥216,000；系统巡检及安全加固¥48,000；数据备份及恢复演练¥36,000；藏品数据质量治理¥58,000；应急响应及版本适配¥32,000。
（2）除本合同另有约定外，甲方无须支付其他费用。
（3）本合同价格包含人员工资、社保、差旅、工具、税费及乙方完成本合同所需的全部费用。

第三条 付款方式
（1）本合同不设预付款。
（2）服务费按季度支付，每季度¥97,500。每个季度结束后，乙方提交季度运维报告，经甲方按第六条考核合格后10个工作日内支付当季服务费。
（3）乙方应在每次收款前开具合法有效的发票。

第四条 人员与进场
（1）乙方应在合同签订后7日内派驻2名具备数据库和系统运维经验的工程师到甲方驻场，工作时间为周二至周日9:00至17:00（博物馆开放日）。
（2）乙方应在驻场后10日内提交运维方案，包括巡检计划、备份策略、应急预案和人员联系表，经甲方确认后执行。
（3）驻场人员更换须提前10日书面通知甲方并经甲方同意，新人员能力不得低于原人员。
（4）乙方驻场人员应遵守甲方安全保卫、库房出入和文物保护管理规定，未经甲方同意不得进入藏品库房。
（5）乙方应另行配备一名后台技术专家，在驻场人员无法解决问题时提供远程或现场支持。

第五条 服务水平
（1）藏品管理系统月可用率不低于99.95%（经甲方同意的计划维护时间除外）。
（2）一级故障（系统整体不可用、藏品数据丢失或出入库业务中断）乙方应在30分钟内响应，2小时内到场处理，6小时内恢复；二级故障1小时内响应，8小时内解决；三级故障下一个工作日内解决。
（3）乙方每月至少进行一次全面巡检，每季度进行一次数据恢复演练，并提交书面记录。
（4）响应或恢复每超时1小时，甲方扣减当季服务费500元；月可用率每低于承诺值0.01个百分点，扣减当季服务费1,000元；全年扣减总额以合同总价的10%为限。
（5）乙方应在每月5日前提交上月运维月报，内容包括系统运行情况、故障及处理、巡检结果、备份情况和改进建议。
（6）在重大展览、节假日开放高峰等时段，乙方应根据甲方通知安排加强值守。
（7）乙方应建立运维知识库，记录故障现象、原因和处理方法，服务期满时一并移交甲方。

第六条 考核与验收
（1）甲方按季度对乙方服务进行考核，考核标准为：第五条服务水平指标全部达到；巡检、备份、演练记录齐全；本季度内未发生因乙方原因导致的数据丢失；藏品数据质量治理完成当季计划量并经抽查合格。
（2）服务期满后，甲方组织年度验收，以四个季度考核结果、数据质量治理成果及运维文档交付情况为依据，出具书面验收意见。
（3）乙方提交报告或甲方支付季度服务费，均不视为年度验收合格。
（4）季度考核不合格的，乙方应在10日内整改，整改后由甲方复核；当季服务费在复核合格后支付。

第七条 数据安全
（1）藏品数据、影像资料及系统日志均属于甲方，乙方仅为履行本合同处理，不得复制、留存或用于任何其他用途。
（2）乙方应遵守《数据安全法》和文物信息安全管理规定，运维操作须在甲方内网通过堡垒机进行，不得使用移动存储介质拷贝数据，远程运维须经甲方逐次审批。
（3）发生数据泄露、丢失或篡改的，乙方应在1小时内报告甲方，并采取补救措施；因乙方原因造成的损失，由乙方全额赔偿并承担法律责任。
（4）乙方应配合甲方开展网络安全等级保护测评和安全检查，对发现的问题及时整改。
（5）服务期满或合同解除后，乙方应将掌握的系统账号、口令及全部运维资料移交甲方，并删除其留存的任何甲方数据。

第八条 保密
（1）乙方及其驻场人员对履行合同中知悉的藏品信息、库房位置、安防布置及其他未公开信息负有保密义务，未经甲方书面同意不得披露。
（2）乙方应与驻场人员签订保密承诺书并报甲方备案。本条义务在合同终止后继续有效。
（3）驻场人员离场时，应交回门禁卡及全部工作资料。

第九条 知识产权
（1）乙方在服务期内形成的运维文档、巡检脚本、数据治理规则及治理成果归甲方所有，甲方可自由使用和修改。
（2）乙方在运维中使用的自有工具软件，其知识产权归乙方所有，但不得因此限制甲方对运维成果的使用。

第十条 违约责任
（1）乙方未按第四条约定时间派驻人员或提交运维方案的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（2）乙方连续两个季度考核不合格的，甲方有权解除合同，并要求乙方按合同总价的10%支付违约金。
（3）甲方逾期支付服务费的，每逾期一日按逾期金额的万分之二支付违约金。

第十一条 分包
（1）乙方不得将本合同项下的服务转包或分包给任何第三方。

第十二条 合同解除
（1）乙方严重违约，经甲方书面催告后10日内仍未改正的，甲方有权解除本合同，并按实际服务期间结算费用。
（2）因不可抗力致使合同目的不能实现的，任何一方均可解除合同。

第十三条 期满
（1）服务期满本合同终止，不自动续期。甲方如需继续采购运维服务，应依法重新组织采购。
（2）服务期满前20日，乙方应提交运维交接方案，配合甲方或新的服务供应商完成交接，交接期内不得中断服务。

第十四条 争议解决
（1）本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十五条 其他
（1）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同组成部分。
（2）因不可抗力不能履行合同的，受影响一方应及时书面通知对方，并提供有关证明。
（3）本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：澄湖市博物馆
代表签字：__________
乙方（盖章）：澄湖文博数字科技有限公司
代表签字：__________
日期：2025年  月  日
"""

# ---------------------------------------------------------------- z05 (md, "## 第X条", supplier's template)
H483Z05 = """# 辣味食品质检及追溯系统软件许可及定制开发合同

**味链科技标准合同文本 V4.0**

合同编号：WL-HT-2025-0728

- 甲方（买方）：湖南香辣园食品有限公司
- 乙方（卖方）：长沙味链科技有限公司

甲方为辣条等调味面制品生产企业，需对原辅料检验、生产批次、出厂检验及产品流向进行数字化追溯管理。乙方拥有“味链”食品质检及追溯平台软件。双方根据《中华人民共和国民法典》，就软件许可及定制开发事宜订立本合同。本合同文本由乙方提供，适用于味链系列产品的销售。

## 第一条 合同标的

1.1 乙方向甲方提供味链食品追溯平台（标准版）及质检管理模块的软件使用许可，并按甲方需求进行定制开发和部署实施。

1.2 定制开发内容：生产批次赋码与关联、原辅料入厂检验记录、出厂检验及留样管理、与甲方ERP和称重系统的数据接口、面向市场监管部门的追溯查询页面。

1.3 甲方应在乙方实施前准备好服务器、网络、扫码及打印设备，并指定项目联系人，配合乙方完成需求调研和数据准备。

1.4 定制开发范围以双方确认的需求说明书为准；需求说明书确认后甲方提出的新增或变更需求，乙方另行报价。

## 第二条 合同价款

2.1 合同总价为人民币壹佰零叁万元整（¥1,030,000），明细如下：

|序号|项目|金额（元）|
|---|---|---|
|1|味链食品追溯平台软件许可（标准版）|420,000|
|2|质检管理模块软件许可|160,000|
|3|定制开发（赋码、检验、留样、接口、查询页面）|380,000|
|4|部署实施及培训|70,000|
| |合计|1,030,000|

2.2 上述价格含税，不含甲方自行采购的服务器、扫码枪及打印设备。

2.3 甲方增加用户数、生产线或工厂的，应按乙方当时的价格另行购买许可。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的65%，即¥669,500。

3.2 系统安装部署完成后5个工作日内，甲方支付合同总价的35%，即¥360,500。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停实施和服务。

3.4 乙方收到款项后向甲方开具增值税普通发票。

## 第四条 交付与实施

4.1 乙方在收到第3.1条款项后开始实施，预计在60个工作日内完成部署。因甲方需求变更、现场条件不具备或付款延迟造成的工期顺延，乙方不承担责任。

4.2 如实施进度延误，乙方应尽快采取补救措施，双方协商调整实施计划。

4.3 甲方应在乙方通知后5个工作日内提供实施所需的生产工艺资料、检验标准和历史数据，因甲方资料延迟造成的工期延误由甲方承担。

4.4 乙方提供系统操作培训两次，每次不超过一天；额外培训按乙方标准收费。

4.5 乙方实施人员在甲方现场工作期间，甲方应提供必要的办公条件、网络环境和安全防护用品。

## 第五条 验收

5.1 系统在甲方服务器上安装部署完成并可登录使用，即视为甲方验收合格。

5.2 甲方如对系统功能有异议，应在部署完成后3日内书面提出，逾期未提出的，视为无异议。

5.3 系统上线后甲方提出的功能修改，按新增需求处理。

## 第六条 技术支持与免费维护

6.1 免费维护期为六个月，自系统部署完成之日起计算。免费维护期内，乙方通过电话、远程方式提供工作日技术支持，并尽合理努力尽快处理甲方反馈的问题。

6.2 免费维护期满后，甲方如需继续获得技术支持和版本升级，应按乙方届时公布的维护服务价格标准支付年度维护费。

6.3 维护服务以服务年度为期，期满前甲方未书面提出终止的，自动续展一个服务年度；乙方有权在续展时根据其价格标准调整维护费。

6.4 以下情形不属于免费维护范围：甲方或第三方修改系统；甲方服务器、网络或操作系统故障；甲方未按操作手册使用；不可抗力。

6.5 乙方提供的技术支持时间为工作日9:00至17:30，节假日及非工作时间的支持需另行收费。

6.6 乙方发布的新版本是否适用于甲方的定制功能，由乙方判断；因升级需要对定制功能进行适配的，另行收费。

## 第七条 知识产权

7.1 味链平台软件及质检管理模块的著作权归乙方所有，甲方获得非独占、不可转让的使用许可。

7.2 定制开发形成的程序、接口、页面及相关文档的知识产权归乙方所有，甲方在许可范围内使用，不得自行或委托第三方修改、反编译或向第三方提供。

7.3 甲方不得将软件用于许可范围以外的工厂或转让、出租给第三方，否则乙方有权终止许可并要求赔偿。

## 第八条 数据

8.1 甲方在系统中录入和产生的检验数据、批次数据及流向数据归甲方所有。

8.2 甲方同意，乙方可对上述数据进行汇总和脱敏处理，用于产品改进、食品安全行业分析及向其他客户提供的数据服务。

8.3 乙方远程维护时应采取加密传输和访问控制措施，并记录操作日志；因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方并在本合同第十条约定的限额内承担赔偿责任。

8.4 合同终止后，乙方可在系统中保留甲方数据的备份副本，以备甲方再次使用乙方服务。

## 第九条 合作方

9.1 乙方有权将部分实施、接口开发及现场培训工作委托其合作伙伴完成，无需另行取得甲方同意。

9.2 乙方对其合作伙伴的工作进行必要的管理和协调。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 乙方在本合同项下的全部赔偿责任，累计不超过合同总价的20%，且不承担任何间接损失、利润损失或停产损失。

10.3 因甲方原因导致乙方无法按期实施的，乙方有权顺延工期并要求甲方承担额外发生的人员费用。

10.4 乙方对因甲方提供的数据错误、设备故障或操作不当造成的追溯信息错误不承担责任。

10.5 任何情况下，乙方均不对甲方产品质量问题、召回或监管处罚承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权解除本合同。

11.2 甲方解除合同的，乙方已收取的许可费不予退还。

11.3 合同解除后，甲方应立即停止使用软件并删除已安装的程序。

## 第十二条 不可抗力

12.1 因地震、洪水、疫情、政府行为等不可抗力不能履行合同的，受影响一方不承担责任，但应及时通知对方并在合理期限内提供证明。

## 第十三条 争议解决

13.1 因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同文本为乙方标准文本，双方另有书面补充约定的，以补充约定为准。

14.3 本合同附件包括需求说明书、报价单和软件许可证书，与本合同具有同等效力。

14.4 双方往来通知以书面形式送达本合同载明的地址即视为送达。

甲方（盖章）：湖南香辣园食品有限公司，授权代表：__________

乙方（盖章）：长沙味链科技有限公司，授权代表：__________

日期：2025年__月__日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N)
H483E01 = """
T:Software Licence and Services Agreement
P:Agreement No. HLS-CN-2025-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Harbourline Software Pty Ltd (ABN 41 612 884 390), of 27 Hunter Street, Newcastle, New South Wales 2300, Australia ("Vendor"), and Chengdu Lanxin Cold Chain Logistics Co., Ltd., of 16 Wuke East Road, Wuhou District, Chengdu, Sichuan, People's Republic of China ("Customer").
H:Recitals
P:A. Customer operates three temperature-controlled warehouses in Chengdu and Chongqing and wishes to replace its present warehouse system with Vendor's Coldstore WMS software.
P:B. Vendor has agreed to grant perpetual licences to the software and to implement it, on the terms below. At Customer's request all prices are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means Vendor's Coldstore WMS, version 8, in object code, including the RF Handheld module, together with its user documentation.
P:1.2 "Custom Deliverables" means the interfaces to Customer's ERP and transport management systems, the customised label and report templates and any other software or documents prepared by Vendor specifically for Customer under this Agreement.
P:1.3 "Go-Live" means the first day on which all three warehouses process receipts, put-away, picking and dispatch in the Software in production.
P:1.4 "Final Acceptance" has the meaning given in Article 5.
P:1.5 "Support Year" means each successive period of support ordered by Customer under Article 7, the first starting on the day after the Warranty Period ends.
H:Article 2 Licence
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers controlled by Customer in the People's Republic of China, for the internal business of Customer and its affiliates, up to the number of named users in Article 3.
P:2.2 Customer may make a reasonable number of copies for backup, testing and disaster recovery. Customer shall not reverse engineer the Software except to the extent the law permits.
H:Article 3 Fees
P:3.1 The total Contract Price is CNY 1,804,000, inclusive of VAT, made up as follows:
P:(a) Coldstore WMS server licence, perpetual: CNY 640,000;
P:(b) 120 named user licences at CNY 3,200 each: CNY 384,000;
P:(c) RF Handheld module licence: CNY 96,000;
P:(d) Licence Subtotal (a) to (c): CNY 1,120,000;
P:(e) implementation services (configuration, data migration, testing, go-live support): CNY 420,000;
P:(f) Custom Deliverables (ERP and TMS interfaces, templates): CNY 236,000;
P:(g) training of key users and administrators: CNY 28,000.
P:3.2 The Contract Price is fixed. Travel and living costs of Vendor's consultants in Chengdu and Chongqing are included.
H:Article 4 Payment
P:4.1 Customer shall pay 20% of the Contract Price (CNY 360,800) within 20 days after signature of this Agreement and receipt of a valid invoice.
P:4.2 Customer shall pay 45% of the Contract Price (CNY 811,800) within 20 days after Go-Live.
P:4.3 Customer shall pay the remaining 35% of the Contract Price (CNY 631,400) within 20 days after Final Acceptance.
P:4.4 Each invoice shall be a valid PRC VAT invoice issued by Vendor's agent. Customer may deduct from any payment the liquidated damages and credits due to it under this Agreement.
P:4.5 Payments are made by bank transfer in CNY to the account of Vendor's agent in Shanghai named in the invoice.
H:Article 5 Delivery and Acceptance
P:5.1 Vendor shall achieve Go-Live within 100 days after signature. If Go-Live is delayed for reasons attributable to Vendor, Vendor shall pay Customer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:5.2 Final Acceptance tests begin 30 days after Go-Live and shall demonstrate that: (a) every function in the agreed functional specification works as described; (b) stock records in the Software reconcile with a full physical count in each warehouse without unexplained differences; (c) the ERP and TMS interfaces exchange orders, receipts and shipments without manual correction for ten consecutive working days; and (d) RF transactions complete within two seconds at peak load.
P:5.3 Customer shall issue a Final Acceptance certificate within ten working days after successful tests, or give written reasons for refusal. Go-Live, use of the Software in production or any payment does not by itself constitute Final Acceptance.
P:5.4 Each party shall appoint a project manager. Vendor's project manager shall be based in Chengdu during implementation, attend weekly progress meetings and report risks and delays in writing. Vendor shall not replace its project manager or lead consultant without Customer's consent, which shall not be unreasonably withheld.
P:5.5 Customer shall provide office space, network access, test devices and the participation of its warehouse supervisors as set out in the project plan.
P:5.6 Vendor shall deliver administrator and user manuals in Chinese and English, and shall train Customer's key users and administrators so that they can operate and configure the Software without Vendor's help.
H:Article 6 Warranty
P:6.1 Vendor warrants that for six months from Final Acceptance (the "Warranty Period") the Software and the Custom Deliverables will perform materially in accordance with their specifications. During the Warranty Period Vendor will correct reported defects free of charge.
P:6.2 Vendor does not warrant that the Software will run without interruption or error.
H:Article 7 Support and Service Levels
P:7.1 From the end of the Warranty Period, Customer may buy annual support, covering corrections, new versions and help desk access. The annual support fee is 13% of the Licence Subtotal, that is CNY 145,600 for each Support Year. This fee shall not increase during the first three Support Years; thereafter any increase requires written agreement and shall not exceed 3% a year.
P:7.2 Support is renewed each Support Year only by Customer's purchase order. There is no automatic renewal.
P:7.3 During the Warranty Period and any Support Year, Vendor shall respond to a Severity 1 incident (a warehouse cannot receive or dispatch goods) within one hour, at any time of day, and work continuously until a workaround is in place; Severity 2 incidents within three business hours; Severity 3 within two business days.
P:7.4 For each Severity 1 response that is late, Vendor shall credit 5% of the quarterly support fee (or, during the Warranty Period, pay CNY 1,500) against the next invoice.
H:Article 8 Intellectual Property
P:8.1 Vendor and its licensors own the Software and all intellectual property rights in it.
P:8.2 All intellectual property rights in the Custom Deliverables, including source code and documentation, vest in and remain with Vendor. Vendor grants Customer a non-exclusive, non-transferable licence to use the Custom Deliverables with the Software for Customer's internal business. Customer may not modify the Custom Deliverables or have them modified by a third party.
P:8.3 Vendor shall defend Customer against any claim that the Software infringes a third party's rights and pay the damages finally awarded.
H:Article 9 Customer Data and Security
P:9.1 All data entered into or generated by the Software, including stock, customer and shipment data ("Customer Data"), belongs to Customer. Vendor may use Customer Data only to perform this Agreement.
P:9.2 The Software is installed in Customer's data centre. Vendor's staff may access Customer's systems only remotely through Customer's VPN with multi-factor authentication, after Customer approves each session, and shall not copy Customer Data out of Customer's systems. Test data shall be anonymised by Customer.
P:9.3 Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law, shall notify Customer within 24 hours of becoming aware of any security incident affecting Customer Data and shall be responsible for losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information disclosed by the other party, use it only for this Agreement and not disclose it to any third party without prior written consent, except as required by law. This obligation survives for three years after termination.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement claims under Article 8.3 or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 Vendor shall not subcontract any part of the services without Customer's prior written consent, and remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice.
P:13.2 On termination by Customer under Article 13.1 before Final Acceptance, Vendor shall refund the amounts paid for the services not accepted.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu. The award is final and binding.
H:Article 15 General
P:15.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If force majeure continues for more than 60 days, either party may end the affected part of this Agreement by notice.
P:15.2 This Agreement, with the functional specification and the project plan, is the entire agreement of the parties. Amendments must be in writing and signed by both parties. It is signed in English in two originals.
P:Signed for Harbourline Software Pty Ltd: ____________________  Name / Title: Managing Director
P:Signed for Chengdu Lanxin Cold Chain Logistics Co., Ltd.: ____________________  Name / Title: General Manager
P:Date: ____________ 2025
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms, Section N.N)
H483E02 = """# Order Form — RosterReef Workforce Scheduling

**Order Form No. RR-OF-2025-0193, under the RosterReef General Terms attached below**

| | |
|---|---|
| Provider | RosterReef Cloud Pty Ltd (ABN 58 630 117 204), 41 Flinders Street, Townsville, Queensland 4810, Australia |
| Customer | Hangzhou Maiwei Bakery Chain Co., Ltd., 208 Wenyi West Road, Xihu District, Hangzhou, Zhejiang, PRC |
| Service | RosterReef Workforce Scheduling, Professional Edition, with the time-and-attendance and labour-cost modules |
| Stores covered | 85 bakery stores and the central kitchen listed in Appendix 1 |
| Subscription Start Date | 1 October 2025 |
| Initial Term | three Subscription Years, from the Subscription Start Date to 30 September 2028 |
| Hosting | Provider's dedicated tenant in an Alibaba Cloud region in mainland China |

## Section 1 Fees

1.1 All fees are stated and paid in Chinese Yuan (CNY), at Customer's request, and include VAT.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee | 85 stores x CNY 2,400 per store per Subscription Year = CNY 204,000 per Subscription Year | 612,000 for the Initial Term |
| Onboarding fee | one-time: configuration, data load, integration with Customer's payroll system, training | 58,000 |
| Total Contract Value | | 670,000 |

1.2 Subscription fees are invoiced quarterly in arrears (CNY 51,000 per quarter). The onboarding fee is invoiced after Onboarding Acceptance. No amount is payable before the Subscription Start Date.

1.3 Customer pays each undisputed invoice within 30 days of receipt.

## Section 2 Onboarding

2.1 Provider shall appoint an onboarding manager who works with Customer's human resources team, runs weekly progress calls and records decisions on configuration in writing.

2.2 Provider shall complete onboarding and request Onboarding Acceptance by the Subscription Start Date.

2.3 Onboarding Acceptance tests shall show that (a) all 85 stores and the central kitchen are set up with their staff, shifts and labour rules; (b) a full four-week roster can be produced and published for every store; (c) clock-in data from the store terminals reaches the Service within five minutes; and (d) a test payroll export reconciles with Customer's payroll system for two pay periods. Customer signs an Onboarding Acceptance certificate when the tests are passed. Use of the Service by stores before that date is not acceptance.

2.4 If Onboarding Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 1,000 for each day of delay, up to CNY 60,000.

## Section 3 Renewal

3.1 After the Initial Term, this Order Form renews automatically for successive periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the then-current term.

3.2 Provider may increase the subscription fee for any renewal period by up to 9% over the fee of the preceding Subscription Year, by notice given at least 30 days before the renewal.

Signed for RosterReef Cloud Pty Ltd: ____________________ Date: __________

Signed for Hangzhou Maiwei Bakery Chain Co., Ltd.: ____________________ Date: __________

---

# RosterReef General Terms (version 2025.2)

## Section 4 The Service

4.1 Provider shall provide the Service described in the Order Form in accordance with these General Terms and the documentation, and shall maintain it with the features available on the Subscription Start Date.

4.2 Customer shall use the Service only for its own business and shall keep its user credentials secure. Customer is responsible for the accuracy of the staff data and labour rules it provides, and Provider shall point out any obvious inconsistency it notices during onboarding.

4.3 Provider shall provide the Service in Simplified Chinese and English, including the mobile app used by store staff to view rosters, swap shifts and request leave, and shall keep the app available in the main Chinese app stores.

4.4 Provider may improve the Service from time to time, but shall not remove functions that Customer uses or reduce the security of the Service during the term. Provider shall announce material changes at least 30 days in advance and make release notes available in Chinese.

4.5 Provider shall keep the labour rules in the Service consistent with the working-hour and overtime rules of Zhejiang Province notified to it by Customer, and shall correct any calculation error in rosters, overtime or payroll exports free of charge.

## Section 5 Service Levels

5.1 Provider shall make the Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 01:00 and 05:00 China Standard Time.

5.2 Support requests are classified as follows. Priority 1 (the Service is unavailable, or rosters or clock-ins cannot be recorded, for several stores): Provider responds within 8 business hours. Priority 2 (a module does not work for a store): response within two business days. Priority 3 (questions and minor defects): response within five business days. Business hours are 9:00 to 18:00 Australian Eastern Standard Time on Queensland business days.

5.3 If monthly availability falls below the level in Section 5.1, Provider shall credit against the next invoice 5% of that month's subscription fee for each full 0.1 percentage point of shortfall, up to 50% of that month's fee. Credits do not limit Customer's other rights.

## Section 6 Customer Data

6.1 All data that Customer or its staff enter into the Service, including staff records, rosters, clock-in records and payroll exports ("Customer Data"), belongs to Customer.

6.2 Provider shall process Customer Data only to provide the Service to Customer and for no other purpose, and shall not sell, share or analyse it for any other purpose.

6.3 Provider shall keep Customer Data in mainland China, protect it by encryption in transit and at rest, role-based access and logged administrative access, hold a current ISO/IEC 27001 certificate and comply with the PRC Personal Information Protection Law and Data Security Law.

6.4 Provider shall notify Customer within 24 hours of any security incident affecting Customer Data, take immediate remedial steps, and bear the costs and losses caused by an incident resulting from its breach of this Section 6.

6.5 Within 30 days after the end of the term Provider shall return Customer Data in CSV format and then delete it.

6.6 Provider shall allow Customer, on reasonable notice, to review its security measures, and shall provide a summary of its latest penetration test and ISO/IEC 27001 surveillance audit on request.

## Section 7 Intellectual Property

7.1 Provider owns the Service and its software.

7.2 Roster templates, labour rules, reports and the payroll integration mapping configured for Customer ("Customer Configurations") belong to Customer, which may use, modify and pass them to any other supplier without restriction.

## Section 8 Confidentiality

8.1 Each party shall keep the other party's confidential information secret, use it only for the purposes of the Order Form and disclose it only to staff and advisers who need to know it and are bound by similar duties. This Section survives for three years after termination.

## Section 9 Liability

9.1 Each party's aggregate liability under the Order Form and these General Terms is limited to 150% of the Total Contract Value. The limit does not apply to breach of Section 6 or Section 8, to fraud or to personal injury.

9.2 Neither party is liable for indirect loss or loss of profit, except in the cases excluded in Section 9.1.

## Section 10 Subcontracting

10.1 Provider shall not subcontract the Service or any part of it, other than to the hosting provider named in the Order Form, without Customer's prior written consent. Provider remains responsible for all subcontractors.

## Section 11 Termination

11.1 Either party may terminate the Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

11.2 On termination by Customer under Section 11.1, Provider refunds any fees paid for the period after termination and provides the data return under Section 6.5.

## Section 12 Governing Law and Disputes

12.1 The Order Form and these General Terms are governed by the laws of the People's Republic of China.

12.2 Disputes shall be referred to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

## Section 13 General

13.1 Neither party is responsible for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and resumes performance as soon as possible. This does not excuse Provider from maintaining reasonable disaster recovery arrangements, which shall include a secondary hosting zone and daily backups kept for 30 days.

13.2 Each party shall comply with applicable anti-bribery laws and shall not offer or give any gift, payment or advantage to the other party's staff in connection with the Order Form.

13.3 The Order Form prevails over these General Terms if they conflict. Notices must be in writing and sent to the addresses in the Order Form. Neither party may assign the Order Form without the other's written consent.
"""

# ---------------------------------------------------------------- e03 (docx, numbered clauses, Word price table)
H483E03 = """
T:Purchase Contract for Grain Condition Monitoring Sensors
P:Contract No. JSLC-WZ-2025-021
P:Buyer: Jiangsu Lichun Grain Reserve Depot Co., Ltd., 9 Canal Road, Gaoyou, Jiangsu, People's Republic of China (the "Buyer").
P:Supplier: Goldfields Sensing Pty Ltd (ABN 73 155 902 416), 14 Hannan Street, Kalgoorlie, Western Australia 6430, Australia (the "Supplier").
P:Background: The Buyer stores wheat and rice in 24 flat warehouses and wishes to monitor grain temperature and humidity continuously to prevent spoilage. The Supplier was selected after the Buyer's invitation to tender No. LC-2025-07. This Contract is on the Buyer's standard terms.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install and commission temperature sensing cables, humidity sensors, wireless gateways and the GrainWatch monitoring software for the 24 warehouses (the "System"), as set out in the price table in clause 2 and the technical specification in Annex 1.
P:1.2 The Supplier shall configure the GrainWatch software on the Buyer's server, connect it to the Buyer's existing warehouse ventilation controls and train the Buyer's staff.
P:1.3 All equipment shall be new, of current production and suitable for use in closed grain warehouses, with dust and moisture protection of at least IP66 and certificates of conformity for sale in China. The sensing cables shall be food-contact safe and shall not contaminate the grain.
P:1.4 The Supplier shall provide a project manager who speaks Chinese, and shall keep a daily installation log signed by the Buyer's warehouse manager.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,660,000, inclusive of VAT, delivery to site, customs clearance, insurance and all other charges. All prices are in Chinese Yuan (CNY).
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital temperature sensing cable, 7 points per cable|640|1,450|928,000
TB:2|Grain humidity sensor|96|2,100|201,600
TB:3|LoRa wireless gateway with solar power kit|24|6,800|163,200
TB:4|GrainWatch monitoring software, perpetual site licence|1|186,000|186,000
TB: |Hardware and Licence Subtotal| | |1,478,800
TB:5|Installation in 24 warehouses|1| |142,000
TB:6|Commissioning and training|1| |39,200
TB: |Contract Price| | |1,660,000
P:2.2 The Contract Price is fixed and is not subject to exchange-rate adjustment.
H:3. Payment
P:3.1 10% of the Contract Price (CNY 166,000) within 20 days after signature, against the Supplier's invoice and an advance payment guarantee from a bank in China for the same amount.
P:3.2 55% of the Contract Price (CNY 913,000) within 20 days after the Buyer signs the installation certificate for all 24 warehouses. The installation certificate is not acceptance of the System.
P:3.3 35% of the Contract Price (CNY 581,000) within 20 days after Final Acceptance.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all equipment to the Buyer's depot within 70 days after signature and complete installation within 40 days after delivery, in a sequence agreed with the Buyer's warehouse manager so that no more than two warehouses are disturbed at a time.
P:4.2 Before shipment the Supplier shall send the packing list, factory test reports and calibration certificates for every sensor. On arrival the parties shall open and inspect the goods together and record any damage or shortage, which the Supplier shall make good within ten days at its own cost.
P:4.3 The Supplier's installers shall follow the depot's fire, dust and fumigation safety rules, shall not enter a warehouse during fumigation and shall wear the protective equipment required by the Buyer. The Supplier shall insure its staff against accidents.
P:4.4 If delivery or installation is late for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 45 days the Buyer may also terminate the Contract under clause 12.
H:5. Acceptance
P:5.1 Final Acceptance tests start after installation of all warehouses and include: (a) every sensor point reports to the software, with no more than 0.2% of points missing in any reading cycle; (b) temperature readings deviate by no more than 0.5 degrees Celsius from a calibrated reference probe at 30 sample points; (c) alarms reach the duty officer's mobile phone within two minutes of a threshold being exceeded in a test; (d) ventilation control commands are executed correctly in six warehouses chosen by the Buyer; and (e) the System runs for 30 consecutive days without a Severity 1 fault.
P:5.2 The Buyer shall sign the Final Acceptance certificate within seven working days after the tests are passed. Installation, use of the System or any payment does not constitute Final Acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the System for 36 months from Final Acceptance. During this period it shall repair or replace any defective sensor, cable, gateway or software free of charge, including transport, duties and labour.
P:6.2 Severity 1 faults (a whole warehouse stops reporting, or alarms fail) shall be responded to within two hours, by telephone or remote session, with a technician on site within 24 hours if needed. Other faults shall be responded to within one business day.
P:6.3 For each hour of late response to a Severity 1 fault, the Supplier shall pay CNY 500, deducted from any amount due or claimed under the guarantee.
H:7. Support after Warranty
P:7.1 After the warranty period the Supplier shall, at the Buyer's option, provide annual support covering repair, spare parts, software updates and telephone assistance.
P:7.2 During the warranty and any support year, the Supplier shall keep in China a stock of spare sensors, cables and gateways sufficient to replace at least 2% of the installed quantities, and shall supply spare parts for at least eight years after Final Acceptance.
P:7.3 The annual support fee is 8% of the Hardware and Licence Subtotal, that is CNY 118,304 per year, and is fixed for the first two support years. Any later change requires written agreement. Support continues only on the Buyer's written order each year and does not renew automatically.
H:8. Data and Security
P:8.1 All readings, alarm records, warehouse layouts and other data collected or stored by the System ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:8.2 The System shall store Buyer Data only on the Buyer's server in Gaoyou. The gateways shall send data only to that server, encrypted. The Supplier shall not access the System remotely except through a session approved by the Buyer each time, and shall not copy Buyer Data.
P:8.3 The Supplier shall report any security incident affecting Buyer Data within 12 hours, help the Buyer to contain it and compensate the Buyer for losses caused by its breach of this clause.
H:9. Intellectual Property
P:9.1 The GrainWatch software remains the Supplier's property and is licensed to the Buyer perpetually for use at the depot.
P:9.2 The configuration, warehouse maps, alarm rules and the interface to the ventilation controls prepared for the Buyer belong to the Buyer, which may modify them and have them maintained by others.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's stock quantities and warehouse layouts, and shall not disclose it without prior written consent. This obligation continues for three years after the Contract ends.
H:11. Liability and Subcontracting
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 10.
P:11.2 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for approved subcontractors. The local installation contractor must also be approved in writing by the Buyer before starting work.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or in the case described in clause 4.4.
P:12.2 On termination the Supplier shall refund amounts paid for equipment or services not accepted.
P:12.3 After termination the Buyer may complete the installation itself or through another contractor, and the Supplier shall hand over all equipment already delivered, the software licence key, the configuration files and the installation records so that the work can continue without delay.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Yangzhou Arbitration Commission for arbitration in Yangzhou.
H:14. General
P:13.3 Before starting arbitration, the parties shall try to settle a dispute by negotiation between senior managers for 20 days.
P:13.4 Neither party is liable for delay caused by force majeure, such as flood, earthquake or epidemic, if it notifies the other party promptly and provides evidence. The time for performance is extended by the period of the force majeure.
P:14.1 This Contract is made in English and Chinese, both equally authentic. Annex 1 (technical specification) and Annex 2 (installation plan) form part of it. It takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________ 2025
"""

# ---------------------------------------------------------------- e04 (md, Clause N, schedules as tables)
H483E04 = """# Managed IT Service Desk and End-User Support Agreement

**Agreement No. TRS-MSA-2025-17**

This Agreement is made between:

- **Torrens Service Partners Pty Ltd** (ABN 26 604 551 873), 120 King William Street, Adelaide, South Australia 5000, Australia (the **Provider**); and
- **Xiamen Haiyue Apparel Co., Ltd.**, 55 Lujiang Road, Siming District, Xiamen, Fujian, People's Republic of China (the **Customer**).

## Background

A. The Customer runs a head office in Xiamen, a distribution centre and 42 apparel stores in Fujian and Guangdong, with about 680 computer and tablet users.

B. The Customer wishes to outsource its IT service desk and end-user support to the Provider, which operates a bilingual service desk through its Xiamen branch office.

## Clause 1 Definitions

1.1 **Services** means the services described in Schedule 1.

1.2 **Service Commencement Date** means the date on which the Customer signs the Service Commencement certificate under clause 4.

1.3 **Term** means 24 months from the Service Commencement Date.

1.4 **Customer Data** means all data of the Customer, its staff and its shoppers that the Provider receives or can access in performing the Services.

## Clause 2 Services

2.1 The Provider shall provide the Services from the Service Commencement Date for the Term in accordance with this Agreement, the service levels in Schedule 2 and good industry practice.

2.2 The Provider shall assign a named service manager who meets the Customer's IT manager monthly to review performance, incidents and improvement actions.

2.3 The Provider shall staff the service desk with agents who speak Mandarin and, for head-office users, English, and shall keep at least two agents on duty during opening hours. Agents shall follow the Customer's IT policies, including its password, remote-access and acceptable-use rules.

2.4 The Provider shall keep the asset inventory, the knowledge base and the ticket history in the Customer's own service-management tenant, so that the Customer has full access to them at all times.

2.5 The Customer shall give the Provider the access rights, information and cooperation reasonably needed to perform the Services, and shall inform the Provider in advance of store openings, closures and system changes.

2.6 The Provider shall keep a stable team and shall give the Customer at least 20 days' notice before replacing the service manager or the team leader, with a handover period of at least ten business days.

2.7 At the end of the Term the Provider shall cooperate with the Customer and any successor supplier for up to 60 days to hand over open tickets, documents and knowledge without extra charge and shall not interrupt the Services during that period.

## Clause 3 Charges

3.1 The charges are set out in Schedule 3. They are stated and paid in Chinese Yuan (CNY) at the Customer's request and include VAT.

3.2 The monthly service charge is invoiced monthly in arrears. The transition fee is invoiced after the Service Commencement Date. No charge is payable in advance.

3.3 The Customer shall pay each correct invoice within 30 days of receipt.

3.4 The monthly service charge covers up to 1,900 tickets a month. If the number of devices supported changes by more than a tenth, the parties shall review the charge in good faith and record any change in a written amendment.

## Clause 4 Transition and Service Commencement

4.1 The Provider shall complete transition within 45 days after signature, including taking over open tickets, loading the asset inventory, setting up the telephone line and portal, and training its agents on the Customer's systems.

4.2 Service Commencement tests shall show that (a) the portal, telephone line and WeChat channel receive and log tickets; (b) all open tickets and at least 95% of assets have been loaded and checked by the Customer; (c) a test incident at a store is handled to resolution within the Schedule 2 targets; and (d) the knowledge base covers the top 50 request types. The Customer then signs a Service Commencement certificate. Starting to use the desk before that does not mean acceptance.

4.3 If the Service Commencement Date is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 800 for each day of delay.

4.4 During transition the Provider shall run a parallel period of at least ten business days with the Customer's current desk, shall report progress to the Customer's IT manager twice a week, and shall keep a transition risk log. If a Service Commencement test fails, the Provider shall correct the cause and repeat the test within five business days.

## Clause 5 Customer Data

5.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Services and shall return it or delete it at the end of the Term as the Customer instructs.

## Clause 6 Intellectual Property

6.1 Knowledge articles, runbooks, scripts and reports prepared for the Customer under this Agreement belong to the Customer, which may use, modify and hand them to any successor supplier.

6.2 The Provider's service-management tools remain the Provider's property.

## Clause 7 Confidentiality

7.1 Each party shall keep confidential the other party's non-public business and technical information, use it only for this Agreement and disclose it only to employees and advisers who need to know it. This obligation lasts for three years after the Agreement ends.

## Clause 8 Liability

8.1 Each party's total liability under this Agreement is limited to 150% of the total charges payable over the Term under Schedule 3. The limit does not apply to personal injury, fraud or breach of clause 7.

## Clause 9 Subcontracting

9.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for the acts of any subcontractor. On-site technicians in Guangdong stores supplied by a partner need the same consent.

## Clause 10 Term and Remedies

10.1 This Agreement runs for the Term and ends on its expiry. It may be extended only by a written amendment signed by both parties, with charges agreed at that time.

10.2 Neither party may terminate this Agreement before the end of the Term. If the Provider fails to meet its obligations, the Customer's remedies are the service credits in Schedule 2, the delay payments in clause 4.3 and damages under clause 8, and the Provider shall prepare and carry out a remediation plan within ten business days after the Customer's request.

## Clause 11 Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

## Clause 12 General

12.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as typhoons, floods, epidemics or government action, if it notifies the other party promptly; the Provider shall then restore the Services as soon as possible using remote working where it can.

12.2 Each party shall comply with applicable anti-bribery laws and shall not offer any gift or advantage to the other party's staff in connection with this Agreement.

12.3 Notices must be in writing and delivered to the addresses above. This Agreement, with its Schedules, is the entire agreement and may be amended only in writing.

## Schedule 1 Services

| Service | Description |
|---|---|
| Service desk | Bilingual (Mandarin and English) desk by telephone, portal and WeChat, 8:00 to 22:00 every day |
| End-user support | Remote support for laptops, desktops, tablets, printers and store point-of-sale terminals |
| On-site support | Technician visits to the head office, the distribution centre and stores |
| Device management | Imaging, patching and software distribution for about 680 devices |
| Asset management | Asset inventory kept up to date, monthly report |
| Reporting | Monthly service report with tickets, service levels and trends |

## Schedule 2 Service Levels and Credits

| Priority | Definition | Response | Resolution or workaround |
|---|---|---|---|
| P1 | A store cannot sell, or head-office systems are unavailable for many users | 30 minutes | 6 hours |
| P2 | A single user or device cannot work | 1 hour | next business day |
| P3 | Requests and minor issues | 8 hours | 3 business days |

| Measure | Target | Service credit |
|---|---|---|
| P1 response | every P1 within 30 minutes | 2% of the monthly service charge per missed P1 |
| P1 resolution | 95% of P1 tickets within 6 hours | 5% of the monthly service charge if missed |
| Telephone answer | 90% of calls within 60 seconds | 3% of the monthly service charge if missed |

Service credits are deducted from the next invoice and are capped at 20% of the monthly service charge in any month.

## Schedule 3 Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Monthly service charge | CNY 46,500 per month x 24 months | 1,116,000 |
| Transition fee | one-time | 64,000 |
| Total charges over the Term | | 1,180,000 |

Signed for Torrens Service Partners Pty Ltd: ____________________ Date: __________

Signed for Xiamen Haiyue Apparel Co., Ltd.: ____________________ Date: __________
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings)
H483E05 = """DATA API SUBSCRIPTION AGREEMENT
Marine Weather and Wave Forecast Data

Agreement No. DRW-API-2025-088

PARTIES

Derwent Ocean Data Pty Ltd (ABN 39 618 440 025), 3 Salamanca Place, Hobart, Tasmania 7000, Australia ("Provider").

Fujian Ningde Lianhai Aquaculture Co., Ltd., 18 Jiaocheng Harbour Road, Ningde, Fujian, People's Republic of China ("Customer").

BACKGROUND

A. Customer operates offshore large-yellow-croaker cages and abalone rafts in Sandu Bay and needs reliable wave, wind and sea-temperature forecasts to plan feeding, harvesting and storm preparations.

B. Provider operates the "SeaState" data API, which delivers forecasts and observations for coastal waters. Customer wishes to subscribe to the API and have Provider help integrate it with Customer's farm management system.

1. DEFINITIONS

1.1 "API" means Provider's SeaState application programming interface and the data delivered through it.

1.2 "Subscription Year" means, for the first Subscription Year, the period from 1 November 2025 to 31 October 2026 and, for the second Subscription Year, the period from 1 November 2026 to 31 October 2027.

1.3 "Customer Data" means the farm locations, query parameters, alert settings, user details and usage records that Customer or its users provide to or generate in the API.

1.4 "Integration Deliverables" means the data-feed mapping, alert rules and connector code that Provider prepares for Customer's farm management system.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the two Subscription Years, a non-exclusive, non-transferable right to call the API and to use the data it returns for Customer's own aquaculture operations, including display to Customer's staff and contractors.

2.2 The Professional tier includes hourly forecasts for 14 days ahead for up to 60 named points, buoy observations for the Taiwan Strait and East China Sea, and storm-track alerts, with up to 2,000,000 API calls per Subscription Year.

2.3 Customer shall not resell the data returned by the API or make it available to the public.

2.4 Customer may add or move named points at any time through the account portal, within the limit of 60 named points, at no extra charge. Provider shall start delivering forecasts for a new point within two business days.

2.5 Provider shall keep the API documentation current, give at least 60 days' notice before withdrawing any API version used by Customer, and keep the previous version running during that notice period so that Customer can update its connector.

3. FEES

3.1 All fees are stated and paid in Chinese Yuan (CNY) at Customer's request, and include VAT.

3.2 The fees are:
(a) Professional tier subscription: CNY 168,000 per Subscription Year, CNY 336,000 for the two Subscription Years;
(b) integration support (one-time): CNY 24,000;
(c) Total Contract Value: CNY 360,000.

3.3 Calls above the annual allowance are charged at CNY 0.8 per 1,000 calls, invoiced quarterly in arrears. Such usage charges are not part of the Total Contract Value.

3.4 The subscription fee is invoiced quarterly in arrears (CNY 42,000 per quarter). The integration support fee is invoiced after Integration Acceptance. Nothing is payable before the first Subscription Year starts.

3.5 Customer shall pay each invoice within 30 days of receipt, by bank transfer to the account in Shanghai named in Provider's invoice.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall issue production API keys and complete the Integration Deliverables by 15 November 2025.

4.2 Integration Acceptance tests shall show that (a) forecasts for all named points load into Customer's farm management system every hour without manual steps; (b) storm-track alerts reach the duty manager's phone within ten minutes of publication in a test; (c) values displayed in the system match the API responses for a sample of 200 records; and (d) the connector runs for seven consecutive days without failure. Customer then signs an Integration Acceptance certificate. Use of the API before that date is not acceptance.

4.3 If Integration Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to CNY 18,000.

4.4 Provider shall give Customer's developers access to a test environment with sample data for all named points from signature, answer their technical questions within two business days and take part in a joint test session at Customer's office in Ningde or by video conference, as Customer prefers. Provider shall deliver the connector source code with installation notes in Chinese and English.

5. SERVICE LEVELS

5.1 Provider shall keep the API available at least 99.95% of the time in each calendar month, measured at Provider's gateway, excluding scheduled maintenance notified at least three days in advance.

5.2 Priority 1 incidents (the API is unavailable, or forecasts are not updated for more than three hours) shall be responded to within one hour at any time of day. Priority 2 incidents within eight hours. Priority 3 within two business days.

5.3 If monthly availability is below the level in clause 5.1, or a Priority 1 response is late, Provider shall credit 10% of the monthly share of the subscription fee for each such month or each late response, up to 50% of the monthly share of the fee.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API and support to Customer, and shall not sell it, disclose it or use it for any other purpose.

6.2 Provider shall protect Customer Data with encryption in transit and at rest, access limited to named support staff, multi-factor authentication and access logs, and shall keep the farm locations in Customer Data confidential.

6.3 Provider shall notify Customer within 24 hours of any security incident affecting Customer Data, take remedial measures and be responsible for the losses caused to Customer by its breach of this clause 6.

6.4 At the end of the Agreement Provider shall return Customer Data on request and then delete it.

6.5 Provider shall comply with the PRC Personal Information Protection Law in respect of the user details in Customer Data. The parties shall sign any standard contract or complete any filing required by PRC law for the transfer of such personal information to Provider's servers, and Provider shall cooperate with any security assessment Customer must carry out.

7. INTELLECTUAL PROPERTY

7.1 Provider owns the API, its forecasting models and the data it returns, subject to the rights granted in clause 2.

7.2 The Integration Deliverables belong to Customer, which may use, modify and have them maintained by any third party without restriction.

8. CONFIDENTIALITY

8.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to employees and advisers who need to know it. This obligation continues for three years after the Agreement ends.

9. LIABILITY

9.1 Each party's total liability under this Agreement is limited to 200% of the Total Contract Value, except for fraud, personal injury and breach of clauses 6 and 8.

9.2 Neither party is liable for indirect or consequential loss, except in the cases excluded in clause 9.1.

9.3 Forecasts are predictions. Provider is not liable for losses caused by weather that differs from a correctly produced forecast, but remains liable for failures of the API or its data delivery under this Agreement.

10. SUBCONTRACTING

10.1 Provider shall not subcontract any part of its obligations without Customer's prior written consent, other than hosting by the cloud provider named in Annex 1, and remains responsible for the acts of any subcontractor.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new written order.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice. Customer may also terminate if availability is below the level in clause 5.1 in three consecutive months. On termination Provider refunds the fees paid for any period after termination.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of Tasmania, Australia.

12.2 The parties submit to the exclusive jurisdiction of the Supreme Court of Tasmania sitting in Hobart, and the courts that may hear appeals from it.

13. GENERAL

13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, failures of public telecommunications networks or government action, if it notifies the other party promptly and resumes performance as soon as possible. Provider shall maintain a secondary data centre and shall not rely on force majeure for outages that its disaster recovery arrangements should have prevented.

13.2 Each party shall comply with applicable anti-bribery and export-control laws in performing this Agreement.

13.3 This Agreement, with Annex 1 (hosting provider and named points) and Annex 2 (API documentation), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. Notices must be sent to the addresses above and by e-mail to the named contacts.

SIGNED for Derwent Ocean Data Pty Ltd: ____________________ Name: ______________ Date: __________

SIGNED for Fujian Ningde Lianhai Aquaculture Co., Ltd.: ____________________ Name: ______________ Date: __________
"""

# ================================================================ files
PLAIN = {  # key -> (file name, text) written as is
    "h483z03": ("h483z03_dental_clinic_chain_booking_emr_saas.txt", H483Z03),
    "h483z04": ("h483z04_museum_collection_system_annual_om.txt", H483Z04),
    "h483z05": ("h483z05_spicy_snack_factory_qc_traceability_supplier_template.md", H483Z05),
    "h483e02": ("h483e02_bakery_chain_scheduling_saas_order_form_qld_vendor.md", H483E02),
    "h483e04": ("h483e04_apparel_retailer_managed_service_desk_sa_vendor.md", H483E04),
    "h483e05": ("h483e05_aquaculture_marine_data_api_tas_vendor.txt", H483E05),
}
SOURCES = {"h483z01": H483Z01, "h483z02": H483Z02, "h483e01": H483E01, "h483e03": H483E03}
TARGETS = {"h483z01": ("h483z01_transport_bureau_ride_hailing_supervision_platform.pdf", "pdf"),
           "h483z02": ("h483z02_paper_mill_dcs_qcs_retrofit_maintenance.docx", "docx"),
           "h483e01": ("h483e01_cold_chain_wms_perpetual_licence_nsw_vendor.pdf", "pdf"),
           "h483e03": ("h483e03_grain_depot_condition_sensors_wa_vendor.docx", "docx")}
ORDER = ["h483z01", "h483z02", "h483z03", "h483z04", "h483z05", "h483e01", "h483e02", "h483e03", "h483e04", "h483e05"]


def fname(key):
    return PLAIN[key][0] if key in PLAIN else TARGETS[key][0]


# ================================================================ labels
def terms(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
            "data_security_clause": dsec, "buyer_owns_data": owns, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": pre, "acceptance_clause": acc,
            "final_payment_on_acceptance": final, "warranty_months": war, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


def extra(sla, ld_stated, capped, deemed, value):
    d = {"sla_clause": sla, "ld_stated": ld_stated}
    if capped is not None:
        d["post_warranty_fee_capped"] = capped
    d["acceptance_deemed_on_delivery"] = deemed
    d["contract_value"] = value
    return d


G, S = "goods_or_licence", "service"
LABELS = {
    #            avail  p1   remedy ip        dsec  owns   conf   ld      cap  pre  acc    final  war pwf  auto   term   sub    law    kind
    "h483z01": ("zh", "software", terms(99.95, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 10, False, True, True, "PRC", G),
                extra(True, True, True, False, 2660000)),
    "h483z02": ("zh", "hardware", terms(99.5, 1, True, "buyer", True, True, True, 0.1, None, 10, True, True, 18, 28, False, True, False, "PRC", G),
                extra(True, True, True, False, 3200000)),
    "h483z03": ("zh", "cloud", terms(99.95, 0.5, False, "buyer", True, False, True, 0.1, 6 / 36 * 100, None, True, None, None, None, False, True, False, "PRC", S),
                extra(True, True, None, False, 680000)),
    "h483z04": ("zh", "services", terms(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, False, "PRC", S),
                extra(True, True, None, False, 390000)),
    "h483z05": ("zh", "software", terms(None, None, False, "supplier", True, False, False, None, 20, 65, False, False, 6, None, True, True, True, None, G),
                extra(False, False, False, True, 1030000)),
    "h483e01": ("en", "software", terms(None, 1, True, "supplier", True, True, True, 0.1, 150, 20, True, True, 6, 13, False, True, False, "PRC", G),
                extra(True, True, True, False, 1804000)),
    "h483e02": ("en", "cloud", terms(99.95, 8, True, "buyer", True, True, True, 1000 / 670000 * 100, 150, None, True, None, None, None, True, True, False, "PRC", S),
                extra(True, True, None, False, 670000)),
    "h483e03": ("en", "hardware", terms(None, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 8, False, True, False, "PRC", G),
                extra(True, True, True, False, 1660000)),
    "h483e04": ("en", "services", terms(None, 0.5, True, "buyer", False, True, True, 800 / 1180000 * 100, 150, None, True, None, None, None, False, False, False, "PRC", S),
                extra(True, True, None, False, 1180000)),
    "h483e05": ("en", "cloud", terms(99.95, 1, True, "buyer", True, True, True, 500 / 360000 * 100, 200, None, True, None, None, None, False, True, False, "Tasmania", S),
                extra(True, True, None, False, 360000)),
}

# fee base (itemised licence / hardware subtotal) for the TCO of goods contracts, from the price tables
TCO_BASE = {"h483z01": 1180000, "h483z02": 2760000, "h483z05": 580000, "h483e01": 1120000, "h483e03": 1478800}
# forum outside mainland China (none in this set besides e05, whose law is foreign anyway)
FORUM_OUTSIDE = {"h483e05"}

DESIGN = {
    "h483z01": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "h483z02": ["CR-POST-WARRANTY-FEE", "CR-SLA-AVAILABILITY", "CR-TCO-SERVICE-SHARE"],
    "h483z03": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
    "h483z04": [],
    "h483z05": ["CR-ACCEPTANCE", "CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP",
                "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING",
                "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"],
    "h483e01": ["CR-IP-OWNERSHIP", "CR-WARRANTY"],
    "h483e02": ["CR-AUTO-RENEWAL", "CR-SLA-RESPONSE"],
    "h483e03": [],
    "h483e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "h483e05": ["CR-GOVERNING-LAW"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(key, t):
    """policy section 4: horizon 5 years from acceptance; post-warranty years pro rata; fee base = itemised subtotal."""
    if t["warranty_months"] is None or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * TCO_BASE[key] * t["post_warranty_fee_pct"] / 100
    total = LABELS[key][3]["contract_value"] + fees
    return fees / total * 100


def derive(key):
    """My reading of policy.md section 3, applied to the labels."""
    _, _, t, x = LABELS[key]
    goods = t["contract_kind"] == G
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(key, t) if goods else None
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def write_labels():
    for key in ORDER:
        lang, cat, t, x = LABELS[key]
        rules = derive(key)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        d = {"file": fname(key), "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
             "expected_rules": rules}
        (OUT / (Path(fname(key)).stem + ".json")).write_text(json.dumps(d, ensure_ascii=False, indent=1),
                                                             encoding="utf-8")
    covered = set().union(*(derive(k) for k in ORDER))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    n = {k: len(derive(k)) for k in ORDER}
    assert sorted(k for k in ORDER if n[k] == 0) == ["h483e03", "h483z04"]
    assert derive("h483e05") == ["CR-GOVERNING-LAW"] and risk(derive("h483e05")) == "low"
    assert n["h483z05"] >= 8
    assert sorted(k for k in ORDER if 2 <= n[k] <= 3) == sorted(["h483z01", "h483z02", "h483z03", "h483e01", "h483e02", "h483e04"])


# ================================================================ threshold values in labels
def check_label_values():
    for key in ORDER:
        _, _, t, x = LABELS[key]
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        if t["contract_kind"] == G:
            share = tco_share(key, t)
            assert share is None or abs(share - 40) > 2, (key, share)


# ================================================================ read back, lengths, threshold scan
def read_back(key):
    path = OUT / fname(key)
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


PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)", r"ninety[\s-]*nine\s*point\s*nine",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b|-hour)", r"(?<![十零〇一二三四五六七八九百两\d])四\s*个?\s*小时",
    r"\bfour[\s-]*hours?\b", r"(?<![\d.])240\s*(?:分钟|minutes?\b)",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![十百千\d])", r"百分之零点零五",
    r"(?<![\d.])100" + PCT, r"百分之百", r"百分之一百", r"hundred\s*per\s*cent", r"hundred\s*percent",
    r"(?<![\d.])30" + PCT, r"百分之三十(?![一二三四五六七八九])", r"三成", r"thirty\s*per\s*cent", r"thirty\s*percent",
    r"(?<![\d.])12\s*(?:个)?\s*(?:月|months?\b|-month)", r"(?<![十一二三四五六七八九])十二\s*个?\s*月",
    r"\btwelve[\s-]*(?:calendar\s*)?months?\b", r"一年", r"\bone[\s-]*years?\b", r"(?<![\d.,])1\s*(?:年|years?\b|-year)",
    r"(?<![\d.])15" + PCT, r"百分之十五", r"fifteen\s*per\s*cent", r"fifteen\s*percent",
    r"(?<![\d.])40" + PCT, r"百分之四十(?![一二三四五六七八九])", r"四成", r"forty\s*per\s*cent", r"forty\s*percent",
    r"(?<![\d.,])5\s*(?:年|years?\b|-year)", r"(?<![十一二三四五六七八九\d])五\s*年", r"\bfive[\s-]*years?\b",
    r"(?<![\d.])60\s*(?:个)?\s*(?:月|months?\b|-month)", r"六十\s*个?\s*月", r"\bsixty[\s-]*months?\b",
]
RX = [re.compile(p, re.I) for p in THRESHOLD_PATTERNS]
MUST_HIT = ["4小时", "4 小时", "四小时", "四个小时", "four hours", "4 hours", "4-hour", "240 分钟", "240 minutes",
            "99.9 %", "99.9%", "0.05 %", "0.05%", "万分之五", "100 %", "100%", "百分之百", "30 %", "30%", "百分之三十",
            "三成", "12 个月", "12个月", "12 months", "十二个月", "twelve months", "一年", "one year", "1 year",
            "15 %", "15%", "百分之十五", "40 %", "40%", "四成", "百分之四十", "5 年", "5年", "五年", "five years",
            "5 years", "60 months", "60个月", "sixty months", "fifteen per cent", "one hundred per cent"]
MUST_MISS = ["24小时", "24 hours", "二十四小时", "7×24小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十",
             "服务年度", "Subscription Year", "130%", "0.3%", "45%", "35%", "24 months", "36 months", "14 hours",
             "CNY 1,500", "2,400 per store", "2028年8月31日", "十五年", "0.5 hours", "400 days", "万分之三", "千分之一",
             "2,000,000 API calls", "120%", "1,030,000", "160,000"]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            m = rx.search(variant)
            if m:
                out.append((rx.pattern, variant[max(0, m.start() - 20):m.end() + 20]))
    return out


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def lengths_and_scan():
    self_test()
    report = {}
    for key in ORDER:
        src = PLAIN[key][1] if key in PLAIN else SOURCES[key]
        text = read_back(key)
        for label, t in (("source", src), ("built file", text)):
            h = hits(t)
            assert not h, (key, label, h)
        if key[4] == "z":
            n, n_nows = len(text), len(re.sub(r"\s+", "", text))
            assert 2750 <= n <= 3000 and 2750 <= n_nows <= 3000, (key, n, n_nows)
            report[key] = "%d characters (%d without whitespace)" % (n, n_nows)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
            report[key] = "%d words" % n
    return report


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for key, (name, text) in PLAIN.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    check_label_values()
    write_labels()
    for key, rep in lengths_and_scan().items():
        print(key, fname(key), rep, derive(key), risk(derive(key)))
