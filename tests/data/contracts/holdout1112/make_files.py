"""holdout1112: ten blind held-out draft contracts (ordinary drafts, no tricks) and their expected labels.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
Builds every contract file from its source below (.docx / .pdf through ../word_pdf.py), writes the .json labels,
and asserts: price / payment sums, text lengths as read back, no label value on a policy threshold, no threshold
figure in any built text (regex scan, self-tested), expected rules derived from the labels = design list, and
coverage of all 20 CR rules.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市司法局法律援助服务平台软件许可及定制开发合同
P:合同编号：SFJ-ZC-2027-018    采购方式：公开招标
P:甲方（采购人）：××市司法局
P:乙方（供应商）：××明律信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方在平等、自愿的基础上协商一致，订立本合同。招标文件、投标文件、中标通知书及澄清文件均为本合同的组成部分，与本合同具有同等效力。
H:第一条 项目内容
P:1.1 乙方向甲方提供法律援助服务平台软件的永久使用许可，平台包括援助申请受理、经济困难核查、案件指派、承办过程管理、结案归档、质量评估和12348热线工单对接等模块。
P:1.2 乙方按甲方需求进行定制开发，包括：援助申请“掌上办”小程序、与法院和检察院案件系统的数据交换接口、民政低保信息核查接口、援助律师补贴结算模块以及统计分析驾驶舱。
P:1.3 乙方负责平台部署、历史案件数据迁移、系统联调、安全加固以及对甲方工作人员和法律援助律师的培训。
P:1.4 本项目的实施地点为甲方机房和甲方指定的法律援助中心办公场所。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾伍万元整（¥1,550,000），其中：平台软件许可费¥860,000；定制开发费¥540,000；部署实施及数据迁移费¥118,000；培训费¥32,000。
P:2.2 上述价款为固定总价，已包含税费、差旅、第三方测评配合、文档编制等全部费用，合同履行期间不作调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥310,000。
P:3.2 系统通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥697,500。
P:3.3 系统通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥542,500。
P:3.4 甲方按财政国库集中支付的规定付款，乙方应在每期付款前开具合法有效的发票。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后90日内完成部署、定制开发和数据迁移，并书面申请初步验收。
P:4.2 乙方应向甲方提交实施方案、需求规格说明书、数据迁移方案、测试报告、用户手册、运维手册及全部定制开发源代码。
P:4.3 乙方应在项目启动后10个工作日内提交详细的项目进度计划，并每周向甲方报告项目进展、风险及需甲方协调的事项。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件技术规范和经甲方确认的需求规格说明书所列功能全部实现；（2）迁移后的案件数据与原系统逐条比对一致；（3）与法院、检察院的接口连续10个工作日交换无差错；（4）在300个并发用户下页面平均响应时间不超过2秒。
P:5.2 初步验收合格后系统试运行90日。试运行期间未发生一级故障，且通过第三方网络安全等级保护测评的，乙方可申请最终验收，由甲方组织专家按本条标准进行并出具验收报告。
P:5.3 系统上线、试运行或甲方实际使用，均不视为验收合格。验收不合格的，乙方应在15日内整改后重新提交验收，费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为自最终验收合格之日起二十四个月，质保期内乙方免费提供维护、缺陷修复和版本升级服务。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过平台软件许可费的8%，即每年不超过¥68,800，该上限在质保期满后的三个维护年度内不得上调。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%，计划内维护应安排在非工作时间并提前3个工作日告知甲方。
P:7.2 一级故障（平台无法受理或办理援助案件）乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障应在2小时内响应、次日内修复；其他问题应在1个工作日内答复。
P:7.3 乙方每迟延响应或迟延恢复一小时，应向甲方支付服务违约金¥1,000；月度可用率每低于约定值0.01个百分点，甲方可从应付款项中扣减¥2,000。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的小程序、接口程序、结算模块、驾驶舱及其源代码和技术文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:8.2 平台软件原有的知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证不侵犯任何第三方的知识产权。
H:第九条 数据安全
P:9.1 平台中的受援人个人信息、案件材料和业务数据均属于甲方所有，乙方仅可为履行本合同在甲方授权范围内处理，不得用于其他任何目的，合同终止后不得保留任何副本。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，落实网络安全等级保护三级要求；运维操作须经甲方堡垒机进行并留存日志，敏感数据须加密存储和传输。
P:9.3 发生数据泄露或其他安全事件的，乙方应在2小时内报告甲方并立即处置；因乙方原因造成数据泄露的，乙方承担全部赔偿责任及由此产生的行政处罚。
H:第十条 保密
P:10.1 双方对履行本合同中知悉的对方工作秘密、技术信息和其他未公开信息负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成验收整改的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的系统不符合合同约定的，应负责修复或更换，并赔偿甲方因此遭受的损失。
H:第十二条 分包与转让
P:12.1 乙方不得转包本项目；未经甲方书面同意，乙方不得将本项目的任何部分分包给第三方。
H:第十三条 合同解除
P:13.1 乙方逾期超过30日，或存在其他根本违约且在甲方书面通知后15日内未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 本合同不自动续期；质保期满后的维护服务由双方另行签订合同。
H:第十四条 项目人员与培训
P:14.1 乙方应指定具有高级工程师职称的项目经理，并配备不少于6名开发和实施人员，项目经理在项目实施期间不得更换；确需更换的，应事先征得甲方书面同意。
P:14.2 乙方应为甲方系统管理员提供不少于5天的集中培训，为法律援助律师和各受理窗口工作人员提供操作培训，并提供培训教材和操作视频。
P:14.3 乙方人员进入甲方办公场所，应遵守甲方的安全保密和办公管理规定。乙方应配合甲方完成政府采购合同公告和履约验收结果公示。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响一方应在3日内通知对方，并在15日内提供证明，根据不可抗力的影响部分或全部免除责任。
P:15.2 不可抗力持续超过60日致使合同目的不能实现的，任何一方均可书面通知解除合同，已完成部分按实结算。
H:第十六条 法律适用与争议解决
P:16.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地有管辖权的人民法院起诉。
H:第十七条 其他
P:17.1 本合同未尽事宜，由双方另行签订补充协议，补充协议与本合同具有同等效力。
P:17.2 双方往来通知以书面形式送达本合同载明的地址，任何一方地址变更应及时通知对方。
P:17.3 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________    乙方（盖章）：____________
P:签订日期：2027年3月____日
"""

Z02 = """T:电动推杆生产线控制系统改造合同
P:合同编号：DT-GZ-2027-031
P:甲方：××电动推杆制造有限公司
P:乙方：××智能装备工程有限公司
P:甲方为提高线性执行器（电动推杆）装配线和测试线的自动化水平，委托乙方对其六条生产线的控制系统进行改造。双方根据《中华人民共和国民法典》，经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条生产线（电机装配线两条、丝杆螺母装配线两条、整机测试线两条）原有继电器控制柜和老旧PLC的拆除，以及新控制系统的供货、安装、编程、调试和联调。
P:1.2 乙方提供生产数据采集软件，与甲方现有MES、ERP系统对接，实现工单下达、节拍统计、不良品追溯和设备状态看板。
P:1.3 改造应利用甲方周末及夜间停产时间分线进行，不得影响其他生产线的正常生产。
P:1.4 新控制系统应采用统一的控制器品牌和编程规范，每条线预留不少于两个工位的IO扩展余量，便于甲方今后增加工位。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰捌拾捌万元整（¥1,880,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制器及扩展模块|6套|81,000|486,000
TB:2|伺服驱动器及伺服电机|36套|17,000|612,000
TB:3|工业以太网交换机|8台|11,000|88,000
TB:4|HMI触摸屏|16台|6,000|96,000
TB:5|生产数据采集软件许可|1套|238,000|238,000
TB:|软硬件小计|||1,520,000
TB:6|拆旧、安装及调试|1项|214,000|214,000
TB:7|PLC程序、HMI画面及MES接口开发|1项|126,000|126,000
TB:8|培训|1项|20,000|20,000
TB:|合计|||1,880,000
P:2.2 合同价格为含税固定总价，包括设备、软件、运输、保险、安装、调试、培训及技术资料等全部费用。
H:第三条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的25%作为预付款，即人民币470,000元。
P:3.2 全部设备到货并完成安装调试后，甲方支付合同总价的50%，即人民币940,000元。到货签收和安装调试完成均不视为验收合格。
P:3.3 项目最终验收合格后，甲方支付合同总价的25%，即人民币470,000元。
H:第四条 工期
P:4.1 乙方应在合同生效后75日内完成全部六条生产线的改造。每条线的停线改造时间不得超过7日，具体排期由双方书面确认。
P:4.2 乙方应在合同生效后10日内提交详细的改造方案和停线计划，经甲方书面确认后实施；乙方应在每条线停线前完成程序的离线仿真测试，缩短现场调试时间。
P:4.3 因甲方原因导致停线计划推迟的，工期相应顺延，乙方应书面记录并经甲方确认。
H:第五条 验收
P:5.1 每条生产线改造完成后进行单线测试：电机装配线节拍不高于42秒/件，丝杆螺母装配线节拍不高于38秒/件；整机测试线对每台推杆的推力、行程、电流和噪声测试数据自动采集并上传MES。
P:5.2 六条线全部完成后，连续生产72小时无停线故障，数据采集结果与MES工单数量核对一致，急停、安全光幕和门禁联锁功能逐项测试合格，双方签署最终验收报告。
P:5.3 未通过验收的，乙方应在10日内整改并重新验收，因此增加的费用由乙方承担。
P:5.4 最终验收前，乙方应对甲方操作人员完成上岗培训，并协助甲方编制新控制系统下的设备操作规程和点检标准。
H:第六条 质保与维保
P:6.1 质保期为自最终验收合格之日起十八个月。质保期内乙方免费更换损坏的硬件，免费修复软件缺陷。
P:6.2 质保期满后，乙方提供维保服务，维保年费按软硬件小计的28%计收，即每年人民币425,600元，在维保期内不作上调。维保内容包括季度巡检、易损件更换、程序优化和现场技术支持。
P:6.3 质保期内，乙方每季度进行一次预防性巡检，检查PLC、伺服和网络设备运行状态，清理控制柜积尘并出具巡检报告。
H:第七条 故障响应
P:7.1 一级故障（整线停机）乙方应在1小时内响应，3小时内到达现场；二级故障（单工位停机）应在2小时内响应，当日到场处理。
P:7.2 乙方每迟延响应或迟延到场一小时，应向甲方支付违约金人民币800元。
P:7.3 乙方应提供全天候服务热线，并为甲方建立设备故障台账，每季度汇总分析故障原因和改进措施。
H:第八条 知识产权
P:8.1 乙方为本项目编写的PLC程序、HMI画面及MES接口程序，其知识产权归甲方所有，乙方应交付完整的源程序和注释。
P:8.2 生产数据采集软件的知识产权仍归乙方，甲方享有永久使用权。
H:第九条 数据安全与保密
P:9.1 生产线采集的工艺参数、产量和质量数据属于甲方所有，乙方不得复制、带离或用于本合同以外的任何用途。
P:9.2 乙方远程维护须经甲方批准，并通过甲方指定的VPN和堡垒机进行，全程留痕；发生数据安全事件的，乙方应在2小时内通知甲方；因乙方原因造成甲方数据泄露、丢失或被篡改的，乙方承担全部赔偿责任。
P:9.3 双方对履约中获知的对方技术资料、工艺文件和商业信息负有保密义务，未经对方书面同意不得披露，该义务在合同终止后仍然有效。
H:第十条 分包
P:10.1 乙方可将旧控制柜拆除、桥架敷设和布线等现场辅助工作分包给具有相应资质的第三方，但应提前三个工作日书面通知甲方，并对分包方的工作质量和安全负责。
H:第十一条 违约责任
P:11.1 乙方逾期完成改造的，每逾期一日，按合同总价的万分之六向甲方支付违约金。
P:11.2 因乙方原因造成甲方非计划停产的，乙方应赔偿甲方的直接损失。
P:11.3 乙方交付的设备或软件不符合合同约定的，甲方有权要求乙方限期更换或修复，由此产生的费用由乙方承担。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后10日内仍未改正的，甲方有权解除合同并要求乙方赔偿损失。
P:12.2 维保服务由双方届时书面确认，不自动续期。
H:第十三条 现场安全
P:13.1 乙方施工人员进入甲方厂区应遵守甲方的安全生产、消防和现场管理制度，电气作业人员须持有效的特种作业操作证。
P:13.2 改造期间乙方应对拆除和新装的电气回路执行挂牌上锁程序；因乙方违反安全规定造成人身伤害或财产损失的，由乙方承担全部责任。
P:13.3 拆除的旧控制柜、旧PLC及电缆归甲方所有，由乙方清点后移交至甲方指定地点。
H:第十四条 培训与技术资料
P:14.1 乙方应在最终验收前对甲方电气维修人员和设备工程师进行不少于5个工作日的培训，内容包括PLC程序结构、伺服参数设置、HMI画面修改、常见故障诊断和备件更换。
P:14.2 乙方应提交电气原理图、接线图、IO点表、伺服参数表、程序备份、软件安装介质和操作维护手册，纸质版一式三份并附电子版。
H:第十五条 备品备件
P:15.1 乙方应随设备提供易损件清单及推荐备件，并保证在质保期满后八年内持续供应本合同所列设备的备品备件，价格不高于同期市场价格。
H:第十六条 不可抗力
P:16.1 因不可抗力导致不能按期履行的，受影响一方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方可协商解除合同。
H:第十七条 法律适用与争议解决
P:17.1 本合同适用中华人民共和国法律。因本合同发生的争议，提交甲方所在地人民法院诉讼解决。
P:17.2 本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:甲方（盖章）：____________    乙方（盖章）：____________
"""

Z03 = """希腊语培训连锁门店预约及会员管理系统服务合同

合同编号：XL-SaaS-2027-009
甲方：××雅言希腊语培训有限公司（含其35家直营门店）
乙方：××云课信息科技有限公司

甲方拟为其35家希腊语培训门店统一使用线上课堂预约与会员管理系统，乙方具备相应的云服务能力。双方根据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方及其35家门店提供“课堂预约与会员管理系统”订阅服务，包括：
1. 学员在线选课、预约、签到、请假和调课；
2. 会员卡、课时包、储值和续费管理；
3. 教师排课、教室占用和课消统计；
4. 总部经营报表和门店业绩看板。
5. 学员评价、投诉处理与教学质量回访。
（二）乙方提供实施服务：系统初始化配置、历史会员及课时数据导入、与甲方微信公众号和收银系统对接、门店店长及前台人员培训。
（三）乙方提供的学员端小程序应支持课程查询、消息提醒、课时余额查询和在线续费，并适配主流手机系统。

二、服务期限与续期
（一）本合同服务期为两个服务年度。第一个服务年度自系统上线验收合格之日起算，第二个服务年度紧接其后。
（二）服务期满，本合同自动续期一个服务年度，此后亦同，除非任一方在期满前30日书面通知对方不再续期。
（三）续期时，乙方有权按其届时公布的价目表调整订阅费，并于期满前20日通知甲方，调整后的费用自续期之日起适用。

三、费用及支付
（一）费用明细：
1. 门店订阅费：35家门店，每店每服务年度人民币4,800元，合计每服务年度168,000元；
2. 总部管理模块订阅费：每服务年度人民币36,000元；
3. 实施费（一次性）：人民币58,000元。
（二）两个服务年度费用合计人民币466,000元，其中订阅费408,000元，实施费58,000元。
（三）实施费在上线验收合格后15日内支付；各服务年度的订阅费在该服务年度开始后15日内支付。
（四）短信通知、电子发票等按量计费的增值服务不含在上述费用中，按甲方实际使用量另行结算。
（五）乙方应在收款前向甲方开具增值税专用发票。
（六）服务期内，乙方不得以任何理由单方上调本合同约定的订阅费。

四、实施与验收
（一）乙方应在合同签订后45日内完成实施，使全部门店上线。
（二）上线验收标准：
1. 35家门店及总部账号全部开通，权限按甲方确认的清单配置；
2. 历史会员信息、课时余额与甲方提供的原始数据逐条核对一致；
3. 公众号预约、收银系统对接联调通过，预约、签到、课消数据实时同步；
4. 在300个并发预约请求下，页面响应时间不超过3秒。
（三）验收由甲方组织并签署验收单。上线后甲方的试用不视为验收合格。
（四）乙方逾期完成上线的，每逾期一日向甲方支付违约金人民币400元。
（五）实施期间，乙方应派驻不少于2名实施顾问，对各门店分批进行上线辅导，并在上线后首个服务月内每周回访。
（六）验收单签署之日即为第一个服务年度的起算日。

五、服务水平
（一）乙方保证平台月度可用率不低于99.5%，经甲方同意的计划维护时间除外。
（二）一级故障（全部门店无法预约或签到）乙方应在1小时内响应，6小时内恢复；二级故障（部分功能异常）应在3小时内响应，次日内修复。
（三）月度可用率未达到承诺的，每低于0.1个百分点，乙方按当月折算订阅费的2%向甲方返还服务抵扣额，抵扣额在下一期订阅费中扣除；一级故障迟延响应的，每次抵扣人民币500元。
（四）乙方每月5日前向甲方提供上月可用率报告和故障清单，可用率以乙方监控系统数据为准，甲方有异议的，双方共同核查。
（五）乙方应通过短信或公众号向门店推送故障通知和恢复通知。

六、数据归属与数据安全
（一）学员姓名、联系方式、课时及交易记录等数据归甲方所有，乙方仅为提供本合同服务而处理，不得用于其他目的，不得向任何第三方提供。
（二）乙方应采取加密存储、访问控制、日志审计和异地备份等安全措施，平台应通过网络安全等级保护二级测评；发生数据泄露事件的，乙方应在24小时内通知甲方并配合处置；因乙方原因导致数据泄露或丢失的，乙方承担赔偿责任。
（三）合同终止后30日内，乙方应将全部数据以通用格式交付甲方，并在甲方确认后删除平台中的数据。
（四）乙方不得在境外存储甲方数据；乙方如需更换云基础设施服务商或数据存储地点，应提前30日书面通知甲方，并确保数据安全迁移。

七、保密
双方对在合作中知悉的对方经营信息、学员信息和技术资料负有保密义务，未经对方书面同意不得披露，本条在合同终止后继续有效。乙方应要求其员工签署保密承诺。

八、知识产权
（一）平台软件的知识产权归乙方所有。
（二）乙方为甲方定制的预约小程序页面、报表模板和接口程序归甲方所有，甲方可自由使用、修改或委托他人修改。
（三）乙方保证其提供的平台软件不侵犯第三方的知识产权，如因此引起第三方索赔，由乙方负责处理并承担全部责任。

九、责任限制
乙方对本合同项下的累计赔偿责任以合同总额的150%为限，但因乙方原因导致的数据泄露、侵犯知识产权的责任不受此限。

十、转包与分包
未经甲方书面同意，乙方不得将本合同项下的服务转包或分包给第三方。

十一、合同解除
一方严重违约，经对方书面通知后30日内仍未纠正的，守约方有权解除本合同。因乙方违约解除的，乙方应退还甲方已付但未使用期间的订阅费。
合同终止后，乙方应配合甲方完成数据迁移，迁移期间平台继续提供只读访问，最长不超过60日，不另收费。

十二、客户支持与培训
（一）乙方提供每日8:00至22:00的在线客服和电话支持，门店营业时间内的一般咨询应在30分钟内答复。
（二）乙方为甲方指定专属客户成功经理，每季度向甲方提交服务报告，内容包括可用率、故障记录、工单处理情况和改进建议。
（三）甲方新开门店或人员变动时，乙方应提供线上培训，服务期内不另行收费。
（四）乙方应为甲方总部管理员提供系统管理培训，培训不少于2次，并提供操作手册和视频教程。

十三、系统变更与升级
（一）乙方可对平台进行功能升级，但不得减少本合同约定的功能；涉及门店操作流程变更的，应提前15日通知甲方并提供操作说明。
（二）甲方提出的个性化需求，由双方另行评估工作量和费用，书面确认后实施。
（三）平台升级不得导致已有数据丢失或功能中断，升级应安排在门店非营业时间进行。

十四、不可抗力
因不可抗力导致服务中断的，受影响一方应及时通知对方并采取措施减少损失。因乙方所选用的云基础设施服务商故障造成的中断，不视为不可抗力。
不可抗力消除后，乙方应尽快恢复服务。

十五、争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任一方可向甲方所在地人民法院起诉。

十六、通知
双方指定的联系人及联系方式见合同首页，通知以书面或电子邮件形式送达，联系方式变更应提前3日通知对方。甲方指定总部信息部负责人为本合同联系人，乙方指定客户成功经理为联系人。

十七、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
附件一：门店清单；附件二：功能清单；附件三：服务水平说明；附件四：数据处理说明。

甲方（盖章）：            乙方（盖章）：
"""

Z04 = """景区索道监控系统年度运维服务合同

项目编号：WLJ-CS-2027-06
采购方式：竞争性磋商
甲方：××县文化和旅游局
乙方：××安泰机电科技有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方响应文件，甲乙双方就景区客运索道监控系统的运行维护服务，经协商一致订立本合同。

第一条 服务范围
（一）运维对象：景区客运索道监控系统，包括钢丝绳在线探伤监测装置、驱动站和回转站视频监控（共86路）、风速风向仪、吊厢门状态检测装置、站台广播及紧急通话系统、监控中心平台软件及服务器、存储设备。
（二）服务内容：日常巡检、月度维护、季度全面检测、年度检修、故障维修、备品备件更换、平台软件升级与数据备份，以及法定节假日和旅游旺季的现场值守。
（三）运维服务地点为景区索道上站、下站、中间支架沿线及景区监控中心，运维设备清单见附件一。

第二条 服务期限
服务期自2027年3月1日起至2028年2月29日止。服务期满本合同即行终止，不自动续期；是否续签由甲方依法重新组织采购决定。乙方应在合同签订后5日内完成运维交接，接收原运维单位移交的资料和备件。

第三条 服务费用及支付
（一）本合同总价为人民币叁拾捌万陆仟元整（¥386,000），包括人工、备品备件、检测仪器、交通、食宿及税费等全部费用。
（二）服务费按季度支付。每季度末经甲方考核合格后15个工作日内，甲方支付当季服务费人民币96,500元。
（三）甲方在支付每期服务费前，乙方应开具合法有效的发票；季度考核不合格的，乙方应在10日内整改，整改合格后支付。
（四）本合同价款在服务期内固定不变。

第四条 服务要求
（一）日常巡检：索道运营日每日开机前巡检一次，填写巡检记录。
（二）月度维护：每月对摄像机、探伤传感器、风速风向仪进行清洁、校准和功能测试。
（三）季度检测：每季度第二个月20日前完成全面检测并提交检测报告。
（四）年度检修：在索道年度停运检修期内完成监控系统年度检修，并在停运期结束前提交年度检修报告。
（五）值守：法定节假日及旅游旺季，乙方应安排不少于2名技术人员驻场值守。值守期间乙方应每两小时对监控中心各画面和探伤监测数据检查一次并记录。
（六）乙方应建立设备档案和运维台账，对每台设备的型号、安装位置、维护记录和更换记录进行登记，服务期满时移交甲方。
（七）乙方应配合甲方接受特种设备安全监督管理部门的检查，按要求提供监控系统运行记录和检测报告。

第五条 服务水平
（一）一级故障（钢丝绳探伤监测、吊厢门状态检测或紧急通话系统失效等影响运行安全监控的故障）：乙方应在30分钟内响应，2小时内到达现场，6小时内修复或提供临时替代措施。
（二）二级故障（单路视频中断、广播局部故障等）：乙方应在2小时内响应，当日修复。
（三）乙方每迟延响应或迟延到场一小时，甲方可扣减当季服务费人民币500元；因监控故障未及时修复导致索道停运的，每次扣减人民币2,000元。
（四）乙方应提供全天候服务热线，索道运营期间接到故障报告后应立即安排人员处置。
（五）乙方应每季度组织一次应急演练，演练方案事先报甲方确认。

第六条 考核与验收
（一）甲方按季度进行考核，考核内容为：巡检和维护记录齐全、各类故障均按第五条时限处置、季度检测报告经甲方确认、值守人员按要求到岗。
（二）服务期满时，甲方组织终期验收，核查全年服务记录、年度检修报告、备件更换台账和系统运行状态，出具验收意见。
（三）终期验收不合格的，乙方应在15日内整改，并承担由此产生的费用。

第七条 违约责任
（一）乙方未按第四条约定的期限完成季度检测或年度检修的，每逾期一日按合同总价的万分之三向甲方支付违约金。
（二）乙方值守人员未按要求到岗的，每人每日扣减服务费人民币300元。
（三）因乙方运维过失造成设备损坏的，乙方负责修复或赔偿。
（四）因乙方运维失误导致监控系统在索道运营期间失效的，除按第五条扣减服务费外，乙方还应赔偿甲方因此遭受的直接损失。

第八条 数据安全
（一）监控视频、探伤检测数据及运行记录属于甲方所有，乙方仅为履行本合同使用，不得复制、外传或用于其他目的。
（二）乙方访问监控平台须使用甲方分配的账号，远程维护须经甲方批准并全程记录；乙方应做好数据备份，不得擅自删除录像。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方；因乙方原因造成的，乙方承担全部赔偿责任。
（四）服务期满后，乙方应将其掌握的全部监控数据、账号及配置资料移交甲方，并删除其自行保存的副本。

第九条 保密
乙方对履行本合同过程中知悉的索道运行参数、安全管理资料、游客信息及甲方其他未公开信息负有保密义务，未经甲方书面同意不得披露，本条在合同终止后继续有效。乙方应要求其运维人员签署保密承诺书。

第十条 知识产权
乙方在运维过程中形成的巡检记录、检测报告、配置备份、维护脚本及其他成果归甲方所有。乙方应保证其使用的检测软件和工具不侵犯第三方的知识产权。

第十一条 分包
乙方不得将本合同项下的服务转包或分包给第三方。

第十二条 人员配置
（一）乙方应组建不少于5人的运维团队，其中项目负责人1名，须具备机电或自动化专业中级以上职称；持有客运索道相关作业证书的技术人员不少于2名。
（二）乙方应将运维人员名单报甲方备案，人员变更须提前7日书面告知甲方并经甲方认可，新人员资质不得低于原人员。
（三）乙方应为运维人员购买意外伤害保险。

第十三条 备品备件
（一）乙方应在景区内设置备件库，常备摄像机、探伤传感器信号模块、风速风向仪、交换机、硬盘及电源模块等关键备件，备件清单报甲方确认。
（三）备件库存数量低于双方确认的安全库存时，乙方应在7日内补足。
（二）更换下的旧件由乙方登记后交回甲方，乙方不得擅自处置。

第十四条 安全作业
（一）乙方人员在索道站房、支架及线路上作业，应遵守客运索道安全管理规定，高处作业须系安全带并设专人监护；索道运营期间不得进行影响运行的作业。
（二）因乙方违规作业造成人身伤害、设备损坏或索道停运的，由乙方承担全部责任。

第十五条 服务报告
乙方应于每月5日前向甲方提交上月运维报告，内容包括巡检情况、故障及处置记录、备件更换、系统运行状态分析及改进建议；发生一级故障的，应在故障处置完毕后24小时内提交专项报告。乙方应于服务期满前30日提交年度运维总结，内容包括设备运行情况、主要故障分析、设备老化评估和下一服务期的改造建议。

第十六条 合同的变更与终止
（一）本合同经双方协商一致，可以书面变更。
（二）因不可抗力致使合同目的不能实现的，双方可以协商终止合同，并按实际服务期间结算费用。
（三）本合同终止后，乙方应在10日内完成工作交接，移交备件库存、运维台账及技术资料。

第十七条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十八条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同附件。本合同未尽事宜，由双方协商签订补充协议。本合同附件：附件一 运维设备清单；附件二 巡检记录表样式；附件三 季度考核表。

甲方（盖章）：            乙方（盖章）：
"""

Z05 = """# 弦艺工序追踪系统软件许可及定制开发合同

（乙方标准合同文本 V3.0）

合同编号：XY-HT-2027-____

**甲方（买方）**：××琴弦工作室

**乙方（卖方）**：××弦艺软件有限公司

甲乙双方经友好协商，就甲方购买乙方“弦艺工序追踪系统”软件许可及定制开发事宜，达成如下协议，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供“弦艺工序追踪系统”标准版软件许可（20个用户），功能包括工单管理、工序报工、库存管理和基础报表。

1.2 乙方按甲方需求进行定制开发，内容包括：绕弦工序扫码报工、原料（钢芯、羊肠、尼龙、镀银铜丝）批次追溯、张力检测数据录入和订单进度看板。

1.3 乙方负责系统部署和甲方人员的操作培训。培训采用远程方式进行，共计2次，每次不超过半天；额外培训按乙方标准另行收费。

1.4 系统部署方式为本地部署，部署在甲方自备的服务器上。软件许可为永久许可，仅限甲方在其本单位的一个生产场所内使用。

1.5 标准版软件功能以乙方产品说明书为准，定制开发内容以需求说明书为准。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序追踪系统标准版软件许可（20个用户） | 168,000 |
| 2 | 定制开发 | 126,000 |
| 3 | 部署实施 | 24,000 |
| 4 | 培训 | 8,000 |
| | 合计 | 326,000 |

合同总价为人民币叁拾贰万陆仟元整（¥326,000），含税。上述价款不包括服务器、扫码枪、标签打印机等硬件设备费用，也不包括第三方数据库或操作系统的许可费用。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即人民币163,000元。

3.2 系统上线后5个工作日内，甲方支付剩余的50%，即人民币163,000元。

3.3 甲方逾期付款的，乙方有权暂停交付及服务，工期相应顺延。

3.4 乙方收到款项后10个工作日内开具增值税普通发票。本合同款项以银行转账方式支付至乙方指定账户。

## 第四条 交付

4.1 乙方在收到首期款项后60日内完成系统部署上线。因需求变更或甲方配合不及时造成延误的，工期相应顺延。

4.2 交付物为系统安装程序和用户操作手册。

4.3 定制开发以乙方编制并经甲方确认的需求说明书为准；甲方应在乙方提交需求说明书后3个工作日内确认，逾期未确认的，视为确认。需求确认后甲方提出变更的，乙方有权另行收费。

4.4 因甲方服务器或网络环境不满足部署条件而造成的延误，不视为乙方违约。

## 第五条 验收

5.1 系统部署上线运行后，即视为甲方验收合格。

5.2 甲方在系统上线后7日内未提出书面异议的，视为对全部交付内容无异议。

5.3 甲方在上线后提出的新需求或修改意见，不影响验收结论，乙方可在后续版本中酌情考虑。

## 第六条 免费维护及维护费

6.1 乙方自系统上线之日起提供六个月免费维护服务，包括故障排除和补丁更新。

6.2 免费维护期满后，甲方如需继续获得维护服务，应按乙方届时公布的维护服务价格标准支付年度维护费，具体以乙方报价为准。

6.3 免费维护期内，乙方提供远程故障排除、系统补丁和小版本升级；上门服务的差旅费用由甲方承担。免费维护不包括因甲方原因导致的故障、新增功能开发和数据修复。

## 第七条 技术支持

7.1 乙方在工作日9:00至18:00提供电话和远程技术支持。

7.2 一级故障（系统无法登录或无法报工）乙方在接到甲方通知后8小时内响应，并尽力尽快修复；二级故障在2个工作日内响应。

7.3 甲方需要乙方上门服务的，应提前3个工作日预约，乙方视人员安排确定上门时间。

7.4 乙方可根据产品规划对系统进行升级，升级后部分功能可能发生变化。

7.5 乙方技术支持人员的联系方式以乙方官网公布的为准。

## 第八条 知识产权

8.1 本合同项下的软件及定制开发成果（含源代码、数据库设计和报表模板）的知识产权均归乙方所有。

8.2 乙方授予甲方在本单位内部使用的非独占、不可转让的使用权。甲方不得修改、反向工程或许可第三方使用上述软件及成果。

8.3 甲方违反本条约定的，应赔偿乙方损失，乙方有权终止软件许可。

## 第九条 数据

9.1 甲方录入系统的业务数据归甲方所有。

9.2 乙方有权在脱敏处理后使用甲方数据，用于产品改进、行业分析及为其他客户提供服务。

9.3 乙方对系统采取必要的安全防护措施，包括访问控制、数据加密和定期备份；发生安全事件的，乙方应在24小时内通知甲方；因乙方原因导致甲方数据泄露或丢失的，乙方承担相应的赔偿责任。

## 第十条 保密

双方对在合作中获知的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。保密期限为合同终止后两年。

## 第十一条 违约责任

11.1 乙方未能按期交付的，双方协商确定新的交付日期。

11.2 任何情况下，乙方对甲方的累计赔偿责任不超过合同总价的20%，且乙方不承担任何间接损失、利润损失或数据损失。

11.3 因甲方原因导致项目暂停超过30日的，乙方有权解除合同，已收款项不予退还。

## 第十二条 合同解除

一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权解除本合同。合同解除后，甲方应支付乙方已完成工作的费用。合同解除不影响本合同第八条、第十条的效力。

## 第十三条 甲方义务

13.1 甲方应指定项目联系人，及时提供定制开发所需的工艺流程、原料编码、工单样例等资料，并对资料的真实性负责。

13.2 甲方应自行准备满足系统运行要求的服务器、网络、扫码枪和标签打印机，并确保运行环境安全稳定。

13.3 甲方应妥善保管系统账号和密码，因甲方账号泄露造成的损失由甲方自行承担。

13.4 甲方应安排专人参加培训，并负责对其内部其他使用人员进行培训。

13.5 甲方应按约定及时支付款项，并配合乙方完成部署和上线工作。

## 第十四条 不可抗力

因地震、火灾、疫情、政府行为、网络运营商故障、黑客攻击等不可抗力或乙方无法控制的原因，导致乙方不能履行或迟延履行本合同的，乙方不承担责任。不可抗力影响消除后，双方协商确定是否继续履行。

## 第十五条 免责声明

15.1 乙方不保证系统能够满足甲方的全部业务需求，也不保证系统运行不中断或没有错误。

15.2 因甲方操作不当、擅自修改系统配置或使用非乙方提供的硬件、软件导致的故障，乙方不承担责任，修复费用由甲方另行支付。

15.3 乙方对甲方通过系统生成的数据和报表的准确性不承担责任。

## 第十六条 通知

双方通知以电子邮件或书面形式送达合同首页载明的地址，电子邮件发出即视为送达。任何一方变更联系方式的，应及时通知对方，否则按原地址送达视为有效送达。

## 第十七条 争议解决

因本合同产生的争议，双方应友好协商解决；协商不成的，提交苏州仲裁委员会仲裁。

## 第十八条 其他

18.1 本合同未尽事宜，双方可另行签订补充协议。

18.2 本合同附件包括需求说明书、功能清单和报价单。附件与本合同具有同等效力；如有冲突，以本合同正文为准。

18.3 本合同以扫描件或电子签章形式签署的，与原件具有同等效力。

18.4 本合同一式两份，双方各执一份，自双方盖章之日起生效。

**甲方（盖章）**：            **乙方（盖章）**：
"""

E01 = """T:PERPETUAL SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. HY-CMMS-2027-04
P:This Agreement is made between Changzhou Hengyuan Bearing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wujin District, Changzhou, Jiangsu Province (the "Buyer"), and Boreal Forge Software Inc., a corporation incorporated under the laws of the Province of Ontario with its head office at 22 Riverside Drive, Kapuskasing, Ontario, Canada (the "Vendor").
P:The Buyer manufactures precision bearings at two plants in Changzhou and wishes to replace its spreadsheet-based maintenance records with a computerised maintenance management system. The Vendor develops and licenses such a system. The parties therefore agree as follows.
H:Article 1 Definitions and Scope
P:1.1 "Software" means the Vendor's PlantKeeper maintenance management software, version 8, in object code, including the work order, preventive maintenance, spare parts, condition monitoring and mobile modules, and its documentation.
P:1.2 "Custom Deliverables" means the interfaces, reports, mobile forms, configuration scripts and related documentation that the Vendor develops specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all data entered into, imported into or generated by the Software at the Buyer's sites, including equipment records, maintenance histories, spare-part stocks and personal information of the Buyer's staff.
P:1.4 The Vendor shall grant the licence in Article 2 and shall perform the following services: installation on the Buyer's servers in Changzhou; configuration of asset hierarchies, maintenance plans and approval workflows; migration of equipment and maintenance history from the Buyer's legacy spreadsheets and its old maintenance database; integration with the Buyer's SAP ERP system for spare-part reservations and purchase requisitions; integration with the vibration monitoring system on the grinding lines; and training.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for 150 named users and unlimited read-only users at the Buyer's plants in the People's Republic of China.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery. The licence survives any termination of this Agreement once the Licence Fee has been paid, except termination for the Buyer's unremedied breach of this Article 2.
P:2.3 The Vendor retains ownership of the Software and of all materials that existed before this Agreement.
H:Article 3 Price and Payment
P:3.1 The Contract Price is CNY 1,740,000, inclusive of VAT, made up as follows: Licence Fee CNY 1,180,000; implementation and integration services CNY 420,000; data migration CNY 96,000; training CNY 44,000.
P:3.2 The Contract Price is fixed and includes all travel, accommodation and other expenses of the Vendor's personnel.
P:3.3 The Buyer shall pay: (a) 20% of the Contract Price (CNY 348,000) within 30 days after signature of this Agreement and receipt of the Vendor's invoice; (b) 45% of the Contract Price (CNY 783,000) within 30 days after Go-Live; and (c) 35% of the Contract Price (CNY 609,000) within 30 days after Final Acceptance.
P:3.4 Payments shall be made in CNY by bank transfer to the account named in the Vendor's invoice. Each party bears its own bank charges.
H:Article 4 Project Schedule and Organisation
P:4.1 The Vendor shall complete installation, configuration, migration and integration and declare readiness for Go-Live within 120 days after signature of this Agreement.
P:4.2 The Vendor shall deliver a detailed project plan within 10 working days after signature and shall report progress, risks and open issues to the Buyer's project manager every week.
P:4.3 The Vendor shall appoint a project manager with experience of at least three comparable implementations in manufacturing. The project manager shall not be replaced without the Buyer's agreement, which the Buyer shall not unreasonably withhold.
P:4.4 If the Vendor fails to achieve Go-Live readiness by the date in Article 4.1 for reasons attributable to the Vendor, the Vendor shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
H:Article 5 Acceptance
P:5.1 After Go-Live, the Buyer shall run acceptance tests under an acceptance test plan agreed in writing within 30 days after signature. Final Acceptance requires that: (a) all functions listed in Annex 1 work as described; (b) migrated equipment and maintenance records reconcile with the source data record by record; (c) the SAP interface posts spare-part reservations and purchase requisitions without error for 20 consecutive working days; (d) the mobile application works offline and synchronises within 60 seconds after reconnection; and (e) no Severity 1 or Severity 2 defect remains open.
P:5.2 The Buyer shall sign a Final Acceptance certificate within 10 working days after the criteria in Article 5.1 are met. Go-Live, productive use of the Software or any payment does not constitute acceptance.
P:5.3 If a test fails, the Vendor shall correct the defects within 15 days and the test shall be repeated at the Vendor's cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall provide support, defect correction and new releases free of charge.
P:6.2 After the Warranty Period, the Buyer may order annual support at a fee of 11% of the Licence Fee per year, that is CNY 129,800 per year. This fee is fixed for the first three support years after the Warranty Period. Support is ordered each year by purchase order and does not renew automatically.
P:6.3 The Vendor shall respond to a Severity 1 incident (the Software is unavailable at a plant or work orders cannot be created) within 1 hour, at any time of day, and shall restore service or provide a workaround within 8 hours. Severity 2 incidents shall be answered within 2 hours during the Buyer's working time, and other requests within 2 working days.
P:6.4 For each hour by which the Vendor misses the response or restoration time for a Severity 1 incident, the Vendor shall credit the Buyer CNY 1,000 against the next payment or support invoice.
H:Article 7 Intellectual Property
P:7.1 All rights in the Custom Deliverables, including source code, vest in the Buyer on creation. The Vendor shall deliver the source code and build instructions with the Final Acceptance documents. The Buyer may use, modify and license the Custom Deliverables freely.
P:7.2 The Vendor warrants that the Software and the Custom Deliverables do not infringe the rights of any third party and shall defend and indemnify the Buyer against any infringement claim.
H:Article 8 Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and on the Buyer's instructions, and shall not use it for any other purpose, including analytics, benchmarking or product development.
P:8.2 The Vendor shall access the Buyer's systems only remotely through the Buyer's VPN with multi-factor authentication, session by session after the Buyer's approval, and shall not copy Buyer Data outside the Buyer's systems. The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:8.3 The Vendor shall notify the Buyer of any security incident affecting Buyer Data within 6 hours after becoming aware of it, shall cooperate in containing it, and shall be liable for the losses caused by its breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and business information received from the other party, shall use it only for this Agreement and shall not disclose it to third parties without prior written consent. This obligation continues for three years after termination of this Agreement.
H:Article 10 Liability
P:10.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 7, 8 and 9, to personal injury or to wilful misconduct.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent and remains responsible for any approved subcontractor. Neither party may assign this Agreement without the other party's written consent.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 30 days after notice, or if the delay damages under Article 4.4 reach their maximum.
P:12.2 On termination under Article 12.1 the Vendor shall refund the amounts paid for services not accepted and shall hand over all work in progress.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to reduce the effect. If such an event lasts more than 60 days, either party may terminate the affected part of this Agreement.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable there. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:14.2 Any dispute shall be finally settled by arbitration seated in Toronto, Ontario, under the Arbitration Rules of the ADR Institute of Canada, by one arbitrator, in English.
H:Article 15 General
P:15.1 Notices shall be in writing and sent to the addresses above by courier or e-mail with confirmation of receipt.
P:15.2 This Agreement, with Annex 1 (Functional Scope) and Annex 2 (Acceptance Test Plan outline), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:15.3 This Agreement is executed in English in two originals, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS - GRAINLEDGER CLOUD SUBSCRIPTION

Order Form No. PBA-CN-2027-0117

# PART A - ORDER FORM

## A1. Parties

**Provider:** Prairie Bin Analytics Ltd., a corporation incorporated under the laws of the Province of Saskatchewan, 180 Central Avenue North, Swift Current, Saskatchewan, Canada.

**Customer:** Zhengzhou Huafeng Grain Storage Co., Ltd., a company incorporated in the People's Republic of China, Jinshui District, Zhengzhou, Henan Province.

This Order Form is entered into under, and incorporates, the General Terms in Part B. Capitalised terms have the meanings given in Part B.

## A2. Subscription

1. Service: GrainLedger Cloud, Enterprise edition, a hosted platform for grain inventory, quality records, warehouse receipts, fumigation logs and depot reporting.
2. Scope: 28 storage depots of the Customer in Henan Province; 160 named users; unlimited read-only dashboard users at the Customer's head office.
3. Subscription Term: 24 months from the Service Start Date, divided into two subscription years.
4. Service Start Date: the date of Onboarding Acceptance under A5.
5. Hosting: Alibaba Cloud, Shanghai region, under the Provider's own cloud account.

## A3. Fees

| Item | Basis | Annual fee (CNY) | Total for the Subscription Term (CNY) |
|---|---|---|---|
| Platform subscription, Enterprise edition | 160 named users | 186,000 | 372,000 |
| Depot connectors | 28 depots x CNY 4,500 | 126,000 | 252,000 |
| Onboarding and configuration (one-time) | fixed price | - | 64,000 |
| **Total fees for the Subscription Term** | | | **688,000** |

All fees are in CNY and include VAT. Fees are fixed for the Subscription Term.

## A4. Invoicing and Payment

1. Subscription fees and depot connector fees are invoiced annually in advance at the start of each subscription year, that is on the Service Start Date and on its first anniversary.
2. The onboarding fee is invoiced after Onboarding Acceptance.
3. Invoices are payable within 30 days after receipt of a valid VAT invoice.
4. Application programming interface calls above 2 million per month are charged at CNY 0.02 per thousand calls, invoiced quarterly in arrears. These usage charges are not included in the total above.

## A5. Onboarding and Acceptance

1. The Provider shall complete onboarding within 60 days after signature of this Order Form. Onboarding includes: configuration of the 28 depots, bins and commodity codes; import of opening stock and quality records; connection of each depot's existing temperature-cable controller through a depot connector; configuration of warehouse-receipt templates; and training of depot managers and head-office users.
2. Onboarding Acceptance requires that: (a) opening stock for every depot matches the Customer's stock ledger by bin and commodity; (b) every depot connector delivers temperature readings to the platform at the configured interval for 10 consecutive days; (c) warehouse receipts, fumigation logs and monthly depot reports can be produced for every depot; and (d) the Customer's user acceptance test script is passed without a Priority 1 or Priority 2 defect.
3. The Customer shall confirm Onboarding Acceptance in writing within 5 working days after the criteria are met.
4. If Onboarding Acceptance is not achieved within the period in A5.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay.

## A6. Signatures

Signed by authorised representatives of the parties. In case of conflict, this Order Form prevails over the General Terms.

Provider: ____________________  Customer: ____________________

# PART B - GENERAL TERMS

## 1. Definitions

1.1 "Services" means the hosted platform described in the Order Form, its depot connectors, support and the onboarding services.

1.2 "Customer Data" means all data entered into or uploaded to the Services by or for the Customer, including stock, quality, temperature and warehouse-receipt records.

1.3 "Customer Configurations" means the report templates, warehouse-receipt templates, dashboards and connector mappings created by the Provider specifically for the Customer.

## 2. Services and Use

2.1 The Provider shall make the Services available to the Customer during the Subscription Term in accordance with the Order Form and these General Terms.

2.2 The Customer shall use the Services only for its internal business and shall be responsible for the acts of its users.

2.3 The Provider may update the Services from time to time, provided that an update does not materially reduce the functions described in the Order Form.

## 3. Service Levels

3.1 The Provider shall make the platform available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least 5 days in advance and carried out between 22:00 and 06:00 Beijing time.

3.2 The Provider shall respond to incidents as follows: Priority 1 (the platform is unavailable or depot data cannot be recorded) within 30 minutes, at any time; Priority 2 (a major function is impaired) within 2 hours; Priority 3 (other issues) within 1 working day.

3.3 If monthly availability falls below the level in 3.1, the Provider shall grant a service credit of 5% of the monthly equivalent of the annual fees for each started 0.1 percentage point of shortfall, up to 50% of that monthly amount. For each hour by which a Priority 1 response is late, the Provider shall grant a further credit of CNY 800. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

3.4 The Provider shall report availability and incidents to the Customer every month.

## 4. Customer Data

4.1 As between the parties, the Customer owns all Customer Data.

4.2 The Provider shall use Customer Data only to provide the Services to the Customer under this agreement and shall not use it for any other purpose.

4.3 At the end of the Subscription Term, the Provider shall make Customer Data available for export in CSV format for 30 days and shall then delete it.

## 5. Confidentiality

5.1 Each party shall keep confidential the non-public information of the other party that it receives in connection with this agreement, use it only for the purposes of this agreement and disclose it only to its employees and advisers who need to know it and are bound by similar obligations.

5.2 These obligations do not apply to information that is public, already known to the recipient, independently developed or required to be disclosed by law, and they continue for three years after the end of the Subscription Term.

## 6. Intellectual Property

6.1 The Provider owns the Services, its software and its pre-existing materials.

6.2 Customer Configurations belong to the Customer. The Customer may use, copy, modify and have third parties use them freely, including after the Subscription Term. The Provider shall deliver them in an editable format on request.

## 7. Fees and Taxes

7.1 The Customer shall pay the fees set out in the Order Form. Fees do not change during the Subscription Term.

7.2 Each party bears its own taxes as required by law.

## 8. Term, Renewal and Termination

8.1 The agreement runs for the Subscription Term. It does not renew automatically. Any renewal requires a new Order Form signed by both parties.

8.2 Either party may terminate the agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of it.

8.3 If the Customer terminates under 8.2, the Provider shall refund the prepaid fees for the remainder of the Subscription Term.

## 9. Warranties

9.1 The Provider warrants that the Services will perform materially as described in the Order Form and that the onboarding services will be performed with due skill and care.

9.2 Except as stated in these General Terms, neither party gives any other warranty.

## 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential loss or loss of profit.

10.2 The Provider's total liability arising out of or in connection with this agreement shall not exceed the fees paid by the Customer in the six months preceding the event giving rise to the claim.

## 11. Subcontracting

11.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. By signing the Order Form, the Customer approves the hosting provider named in A2. The Provider remains responsible for its subcontractors and hosting provider.

## 12. Governing Law and Disputes

12.1 This agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules. The award is final and binding on both parties.

## 13. General

13.1 Notices shall be given in writing to the addresses in the Order Form.

13.2 Neither party may assign this agreement without the prior written consent of the other party.

13.3 This agreement is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.

13.4 This agreement is made in English and Chinese. If the two versions differ, the English version prevails.

13.5 If any provision of this agreement is held invalid, the remaining provisions remain in force, and the parties shall replace the invalid provision with a valid one that comes closest to its purpose.
"""

E03 = """T:SUPPLY AND LICENCE CONTRACT FOR WATER-QUALITY SENSORS AND MONITORING SOFTWARE
P:Contract No. SDA-EQ-2027-022
P:Buyer: Ningde Sandu'ao Marine Aquaculture Co., Ltd., a company incorporated in the People's Republic of China, Jiaocheng District, Ningde, Fujian Province (the "Buyer").
P:Supplier: Fundy Tide Instruments Ltd., a company incorporated in Nova Scotia, 41 Water Street, Digby, Nova Scotia, Canada (the "Supplier").
P:The Buyer operates large yellow croaker and abalone farms in Sandu'ao Bay and wishes to monitor dissolved oxygen, temperature, salinity and pH at its cage and raft sites. This Contract is made on the Buyer's standard terms for equipment and software procurement.
H:1. Definitions
P:1.1 "Equipment" means the sensor buoys, gateways, solar power kits and spare parts listed in Clause 3.
P:1.2 "Software" means the Supplier's TideWatch monitoring software licensed under Clause 4, including its alarm, trend and reporting modules and its mobile application.
P:1.3 "Custom Deliverables" means the site maps, alarm rules, dashboards, feeding-log interface and reports configured or developed by the Supplier for the Buyer.
P:1.4 "Buyer Data" means all measurements, alarms, logs and other data collected from the Buyer's sites or entered by the Buyer's staff.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, deliver, install and commission 48 sensor buoys and 6 shore gateways at the Buyer's six farm sites, install the Software on the Buyer's server at its Ningde office, configure the Custom Deliverables and train the Buyer's staff.
P:2.2 The Supplier shall deliver the Equipment CIP Ningde, with all export and import documents. The Buyer shall provide boats and site access for installation.
P:2.3 The Supplier shall provide a project plan within 10 days after signature, including the installation sequence for the six sites and the tide windows it needs.
P:2.4 Training shall cover up to 20 of the Buyer's staff over 3 days at Ningde: sensor cleaning and calibration, buoy mooring checks, alarm handling and reporting. Training materials and operating manuals shall be provided in Chinese.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,390,000, inclusive of VAT, duties, freight and insurance, as set out below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter sensor buoy (DO, temperature, salinity, pH)|48|16,500|792,000
TB:2|Shore gateway with solar power kit|6|23,000|138,000
TB:3|TideWatch monitoring software, perpetual site licence|1|286,000|286,000
TB:|Hardware and Licence Subtotal|||1,216,000
TB:4|Installation, mooring and commissioning|1 lot|148,000|148,000
TB:5|Training and operating manuals|1 lot|26,000|26,000
TB:|Contract Price|||1,390,000
P:3.2 The Contract Price is fixed. No other charge is payable for the scope in Clause 2.
H:4. Software Licence
P:4.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at all of the Buyer's sites, with no limit on the number of sensors or users connected by the Buyer.
P:4.2 The Supplier retains the intellectual property in the Software as it existed before this Contract.
H:5. Payment
P:5.1 10% of the Contract Price (CNY 139,000) shall be paid within 20 days after signature, against an advance payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:5.2 55% of the Contract Price (CNY 764,500) shall be paid within 30 days after the Installation Certificate is signed. The Installation Certificate confirms delivery and installation only and is not acceptance.
P:5.3 35% of the Contract Price (CNY 486,500) shall be paid within 30 days after Final Acceptance.
H:6. Delivery and Delay
P:6.1 The Supplier shall deliver the Equipment within 75 days after signature and complete installation and commissioning within 45 days after delivery.
P:6.2 If the Supplier fails to meet either date for reasons attributable to it, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct these damages from any payment.
P:6.3 The Supplier shall notify the Buyer in writing as soon as it becomes aware of any likely delay, stating the cause and the measures taken.
H:7. Acceptance
P:7.1 After commissioning, the system shall run for 30 days. Final Acceptance requires that: (a) every buoy reports all four parameters to the Software at the configured interval; (b) dissolved oxygen readings agree with the Buyer's calibrated handheld meter within 0.3 mg/L in three spot checks per site; (c) low-oxygen alarms reach the duty staff's mobile phones within 60 seconds in a test at each site; (d) no Severity 1 incident occurs during the last 14 days of the run; and (e) manuals and as-built documents are delivered.
P:7.2 The Buyer shall issue the Final Acceptance Certificate within 7 days after the criteria are met. Installation, use of the system or payment does not constitute acceptance.
P:7.3 If the criteria are not met, the Supplier shall remedy the defects within 15 days and the test run shall be repeated.
H:8. Warranty and Support
P:8.1 The warranty period is 36 months from Final Acceptance. During it the Supplier shall repair or replace defective Equipment free of charge, recalibrate or replace sensors that drift beyond specification, and provide Software updates and support at no charge.
P:8.2 After the warranty period, the Buyer may order annual support at 7% of the Hardware and Licence Subtotal per year (CNY 85,120), a price fixed for the fourth and fifth years after Final Acceptance. Support is ordered each year in writing and does not renew automatically.
P:8.3 Severity 1 incidents (loss of monitoring or alarms at a site) shall be responded to within 30 minutes at any time, with a technician on site within 24 hours. Severity 2 incidents shall be responded to within 2 hours.
P:8.4 For each hour by which a Severity 1 response or on-site attendance is late, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any sum due.
P:8.5 During the warranty period the Supplier shall keep spare sensor heads and gateway modules in stock in Ningde so that faulty units can be exchanged within 48 hours.
P:8.6 The Supplier shall supply spare parts for the Equipment for at least eight years after Final Acceptance.
H:9. Intellectual Property
P:9.1 The Custom Deliverables belong to the Buyer from creation. The Supplier shall hand over their configuration files and source code. The Buyer may use, modify and license them freely.
P:9.2 The Supplier warrants that the Equipment and Software do not infringe any third-party rights and shall indemnify the Buyer against claims of infringement.
H:10. Buyer Data and Data Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier shall process it only to perform this Contract and shall not use it for any other purpose.
P:10.2 Remote access by the Supplier requires the Buyer's approval for each session and shall pass through the Buyer's VPN. The Supplier shall not copy Buyer Data outside the Buyer's systems and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:10.3 The Supplier shall report any security incident affecting Buyer Data within 6 hours, help contain it and compensate the Buyer for losses caused by the Supplier's breach of this Clause 10.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the non-public information received from the other party, including the Buyer's farm locations, stock data and production plans, and shall not disclose it without prior written consent. This obligation survives termination for three years.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of Clauses 9, 10 and 11.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the supply or services without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if delay damages reach their maximum.
P:14.2 On such termination the Supplier shall refund the amounts paid for Equipment and services not accepted, and the Buyer may return Equipment already delivered at the Supplier's cost.
H:15. Force Majeure
P:15.1 A party affected by typhoon, earthquake or another event beyond its reasonable control shall notify the other party promptly. The time for performance is extended by the period of the event. Either party may terminate if the event lasts more than 90 days.
P:15.2 The affected party shall provide evidence of the event within 15 days after it begins.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen under its rules in force at the time of application.
H:17. General
P:17.1 This Contract is made in English and Chinese, both versions having equal force. Annex 1 (Technical Specifications) and Annex 2 (Site List) form part of it.
P:17.2 This Contract takes effect on signature by both parties.
P:17.3 Notices shall be in writing and sent by courier or e-mail to the addresses above.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED DATABASE AND BACKUP SERVICES AGREEMENT

Agreement No. LH-MS-2027-008

**Customer:** Suzhou Lianhe E-Commerce Co., Ltd., a company incorporated in the People's Republic of China, Suzhou Industrial Park, Jiangsu Province ("Customer").

**Service Provider:** Gaspereau Systems Inc., a company incorporated in Nova Scotia, 310 Main Street, Wolfville, Nova Scotia, Canada ("Provider").

The Customer runs its online shop, order management and warehouse systems on MySQL and PostgreSQL databases in its own data centre in Suzhou and at a disaster recovery site in Wuxi. The Provider offers remote database administration and backup management. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Customer Data" means all data held in or processed by the databases, backups and logs covered by the Services.

1.5 "Deliverables" means the runbooks, scripts, monitoring rules, architecture documents and reports produced by the Provider for the Customer.

1.6 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under Section 3.

## Section 2. Term

2.1 This Agreement starts on signature and the Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 The Agreement ends at the end of the Service Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

## Section 3. Transition

3.1 Within 45 days after signature, the Provider shall take over the operation of the databases from the Customer's in-house team. Transition includes an inventory of all instances, a health check, installation of the Provider's monitoring agents, documentation of the backup and restore procedures, and a supervised parallel run of 10 days.

3.2 Transition Acceptance requires that: (a) all 64 database instances listed in Schedule 1 are under monitoring; (b) a full restore of the order database from backup to the Wuxi site has been completed within the recovery time in Schedule 2; (c) runbooks for the twenty most frequent operational tasks have been delivered and approved by the Customer; and (d) the parallel run has ended without a Priority 1 incident caused by the Provider.

3.3 If Transition Acceptance is not achieved within 45 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,500 for each day of delay.

## Section 4. Services and Service Levels

4.1 The Provider shall perform the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 The Provider shall provide a monthly service report showing incidents, response and resolution times, backup success, capacity trends and recommendations.

4.3 If the Provider misses a Service Level, the service credits in Schedule 2 apply. Service credits are deducted from the next monthly invoice.

4.5 The Provider shall keep a change record for every change it makes to the Customer's databases and shall not make changes outside agreed maintenance windows except to resolve a Priority 1 incident.

4.4 The Provider shall hold a quarterly service review with the Customer and agree a corrective action plan for any Service Level missed twice in a quarter.

## Section 5. Charges and Payment

5.1 The Customer shall pay the Charges in Schedule 3. The Charges are fixed for the Service Term.

5.2 The transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears.

5.3 The Customer shall pay each correct invoice within 30 days after receipt of a valid VAT invoice.

5.4 The Customer may withhold an amount it disputes in good faith until the dispute is resolved; undisputed amounts remain payable.

## Section 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to perform the Services and shall not use it for any other purpose.

6.2 The Provider shall access the Customer's systems only through the Customer's bastion host with personal accounts and multi-factor authentication. All sessions are recorded. The Provider shall not copy production data to its own systems or outside mainland China.

6.3 The Provider shall implement the security controls described in Schedule 1, comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, and follow the Customer's MLPS level 3 security policies.

6.4 The Provider shall notify the Customer of any security incident affecting Customer Data within 2 hours after becoming aware of it, shall cooperate in investigating and containing it, and shall be liable for all losses caused by its breach of this Section 6.

## Section 7. Deliverables and Intellectual Property

7.1 The Deliverables belong to the Customer from creation. The Customer may use, modify and license them freely, including after the Service Term.

7.2 The Provider retains its pre-existing tools. Where a Deliverable incorporates a pre-existing tool, the Provider grants the Customer a perpetual, royalty-free licence to use and modify it.

## Section 8. Personnel

8.1 The Provider shall assign a named service manager and a team of certified database administrators. Key personnel shall not be replaced without the Customer's agreement.

8.2 The Provider's personnel working on site shall follow the Customer's site rules.

8.3 The Provider shall give the Customer's auditors and regulators access to its records about the Services on reasonable notice.

## Section 9. Subcontracting

9.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

## Section 10. Liability

10.1 The Provider's total liability under this Agreement is limited to 150% of the total Charges payable over the Service Term. The limit does not apply to breach of Section 6, personal injury or wilful misconduct.

10.2 Neither party is liable for indirect loss or loss of profit, except for losses arising from a breach of Section 6.

## Section 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after written notice, or if the Provider misses the Priority 1 Service Levels in three consecutive months.

11.2 On expiry or termination, the Provider shall provide exit assistance for up to 60 days at the then current monthly charge pro rata, return all Customer Data and Deliverables, and remove its agents and accounts from the Customer's systems.

11.3 The Customer may also terminate this Agreement for convenience by 90 days' written notice after the first 18 months of the Service Term, without any termination charge.

## Section 12. Force Majeure

12.1 Neither party is liable for failure caused by events beyond its reasonable control, provided it informs the other party promptly and uses reasonable efforts to resume performance.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.

## Section 14. General

14.1 Notices shall be in writing to the addresses above. This Agreement, with its Schedules, is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

For the Customer: ____________________   For the Provider: ____________________

## Schedule 1 - Services

| Service | Scope | Frequency |
|---|---|---|
| Monitoring | 64 database instances (MySQL and PostgreSQL) in Suzhou and Wuxi, around the clock | Continuous |
| Incident management | Diagnosis and resolution of database incidents | As required |
| Backup management | Full and incremental backups, verification, off-site copies to Wuxi | Daily |
| Restore testing | Test restore of each production database | Quarterly |
| Patching and upgrades | Minor version patches in agreed maintenance windows | Monthly |
| Performance tuning | Slow-query review, index recommendations | Monthly |
| Capacity planning | Storage and growth forecast | Quarterly |
| Security controls | Account review, audit-log review, encryption key rotation | Monthly |
| Disaster recovery drill | Failover of the order database to Wuxi with the Customer | Twice per Service Term year |

## Schedule 2 - Service Levels

| Priority | Definition | Response time | Resolution or workaround | Service credit |
|---|---|---|---|---|
| Priority 1 | Production order or warehouse database down or unusable | 6 hours | 12 hours | CNY 2,000 for each hour late |
| Priority 2 | Serious degradation, no workaround | 8 hours | 2 business days | CNY 800 for each hour late |
| Priority 3 | Minor issue or request | 1 business day | 5 business days | None |
| Backup success | Scheduled backups completed and verified | - | no more than 2 failed jobs per month | 3% of the monthly charge |
| Recovery time | Restore of the order database at Wuxi | - | within 2 hours | 5% of the monthly charge per failed test |
| Availability | Managed production databases, per month | - | 99.95% | 5% of the monthly charge for each 0.1 point below |

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition (one-time) | Fixed price, invoiced after Transition Acceptance | 96,000 |
| Monthly service charge | CNY 58,000 x 36 months, invoiced monthly in arrears | 2,088,000 |
| **Total Charges for the Service Term** | | **2,184,000** |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT - ATLANTIC SHELLFISH MARKET DATA API

Agreement No. NSD-DL-2027-03

PARTIES

1.1 Northumberland Strait Data Ltd., a company incorporated in Nova Scotia, 45 Coleraine Street, Pictou, Nova Scotia, Canada ("Provider").

1.2 Dalian Haixing Seafood Trading Co., Ltd., a company incorporated in the People's Republic of China, Zhongshan District, Dalian, Liaoning Province ("Customer").

1.3 The Customer imports live lobster and snow crab from Atlantic Canada and wishes to receive landing, price and export data through an application programming interface for its purchasing and pricing systems. The Provider collects and publishes such data. The parties agree as follows.

DEFINITIONS

2.1 "API" means the Provider's application programming interface through which the Licensed Data is delivered.

2.2 "Licensed Data" means the Provider's datasets described in Clause 3, including daily dock prices, weekly landing volumes by port, vessel landing reports, export statistics and the Provider's price indices.

2.3 "Customer Data" means the data the Customer uploads to or generates through the API, including its watch lists of ports and buyers, purchase volumes and prices entered in the price-comparison tool, and its query logs.

2.4 "Integration Work" means the adapter the Provider builds to load the Licensed Data into the Customer's purchasing system.

2.5 "Subscription Year" means each of the two consecutive subscription periods starting on the Service Start Date and on its first anniversary.

2.6 "Business day" means a day on which banks are open in both Halifax and Dalian.

SERVICES

3.1 The Provider grants the Customer a non-exclusive, non-transferable licence, for the term of this Agreement, to access the API and to use the Licensed Data for its internal purchasing, pricing and reporting, for up to 40 named users and 3 system accounts.

3.2 The Licensed Data covers lobster and snow crab in Nova Scotia, New Brunswick, Prince Edward Island and Newfoundland and Labrador, updated daily for prices and weekly for landings.

3.3 The Provider shall build the Integration Work within 40 days after signature. It shall map the Licensed Data to the Customer's purchasing system, load six years of history and schedule daily updates.

3.4 The Customer may not resell the Licensed Data or publish it outside its group, except in summary form in its own internal and customer reports.

3.5 The Provider shall give the Customer 60 days' written notice before it withdraws any dataset listed in Clause 3.2 and shall reduce the fee in proportion if a dataset is withdrawn.

3.6 The Customer may change its named users by notice to the Provider through the API portal.

SERVICE START AND ACCEPTANCE

4.1 The Service Start Date is the date of Integration Acceptance.

4.2 Integration Acceptance requires that: (a) the adapter loads each daily price file into the Customer's purchasing system without error on 10 consecutive business days; (b) a sample of 200 historical records reconciles with the Provider's published data; and (c) the Customer's user acceptance test script is passed. The Customer shall confirm acceptance in writing within 5 business days after the criteria are met.

4.3 If Integration Acceptance is not achieved within 40 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 400 for each day of delay.

4.4 The Provider shall provide API documentation, a test environment and sample files within 10 days after signature.

AVAILABILITY AND SUPPORT

5.1 The Provider will use commercially reasonable efforts to keep the API available and to publish the Licensed Data on its usual schedule. Publication may be delayed when government sources are late or incomplete.

5.2 The Provider will provide support by e-mail during its business hours, Atlantic time, and will answer questions as soon as practicable.

5.3 The Provider may carry out maintenance on the API at any time and will try to announce major maintenance in advance on its status page.

FEES AND PAYMENT

6.1 The subscription fee is CNY 264,000 for each Subscription Year, CNY 528,000 for the two Subscription Years.

6.2 The fee for the Integration Work is CNY 38,000, payable within 30 days after Integration Acceptance.

6.3 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days after receipt of the invoice.

6.4 The total fees under this Agreement are CNY 566,000. The fees are fixed for the two Subscription Years and include VAT and withholding taxes.

6.5 If the Customer disputes an invoice in good faith, it may withhold the disputed amount until the dispute is resolved.

CUSTOMER DATA

7.1 The Customer owns the Customer Data.

7.2 The Customer grants the Provider a perpetual, royalty-free licence to use Customer Data in aggregated and anonymised form to compile market statistics, improve its price indices and develop data products offered to other customers. This licence survives the end of this Agreement.

7.3 Apart from Clause 7.2, the Provider shall use Customer Data only to provide the services under this Agreement.

DATA SECURITY

8.1 The Provider shall protect Customer Data with encryption in transit and at rest, role-based access control, multi-factor authentication for its staff and logging of all access.

8.2 The Provider shall notify the Customer of any breach of security affecting Customer Data within 24 hours after becoming aware of it, shall take immediate steps to contain it and shall be liable for losses caused by its failure to comply with this Clause 8.

8.3 The Customer's API credentials shall be kept secure by the Customer, and the Customer shall inform the Provider without delay if they are compromised.

CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information of the other party, use it only for this Agreement and not disclose it to third parties without prior written consent, except to advisers bound by similar duties or as required by law.

9.2 This Clause 9 continues to apply for three years after the end of this Agreement.

INTELLECTUAL PROPERTY

10.1 The Provider owns the Licensed Data, the API and its price indices.

10.2 The Integration Work, including its source code and mapping tables, belongs to the Customer from creation. The Customer may use, modify and license it freely, including after the end of this Agreement.

10.3 The Provider warrants that it has the right to license the Licensed Data and shall indemnify the Customer against third-party claims that the Customer's use of the Licensed Data in accordance with this Agreement infringes their rights.

10.4 Reports of the Customer that contain Licensed Data in summary form shall cite the Provider as the source.

WARRANTIES

11.1 The Provider warrants that it compiles the Licensed Data with reasonable skill and care from sources it believes to be reliable. The Provider does not warrant that the Licensed Data is complete or free of error.

11.3 The Provider shall correct errors in the Licensed Data that it becomes aware of in its next regular publication.

11.2 The Customer is responsible for its purchasing and pricing decisions.

LIABILITY

12.1 Neither party is liable for indirect loss, loss of profit or loss of business.

12.2 The Provider's total liability under this Agreement shall not exceed 200% of the total fees under this Agreement. This limit does not apply to breach of Clauses 8 and 9 or to wilful misconduct.

12.3 Each party shall take reasonable steps to mitigate any loss for which it claims against the other party.

SUBCONTRACTING

13.1 The Provider shall not subcontract any part of its obligations without the Customer's prior written consent and remains responsible for any approved subcontractor.

TERM AND TERMINATION

14.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically. The parties may agree a renewal in writing before the end of the term.

14.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

14.3 If the Customer terminates under Clause 14.2, the Provider shall refund the subscription fee for the unused part of the current Subscription Year.

14.4 On expiry or termination the Customer shall stop using the API. It may keep Licensed Data already loaded into its systems for its internal records.

14.5 Clauses 7, 8, 9, 10 and 12 survive the end of this Agreement.

GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian.

GENERAL

16.1 Notices shall be in writing and sent to the addresses above by courier or e-mail.

16.2 Neither party may assign this Agreement without the other party's prior written consent.

16.3 This Agreement is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

16.4 This Agreement is made in English in two originals.

16.5 Each party shall comply with the export control, sanctions and anti-bribery laws that apply to it in connection with this Agreement.

16.6 If any provision of this Agreement is held invalid, the other provisions remain in force.

16.7 This Agreement may be signed electronically and in counterparts.

For the Provider: ____________________    For the Customer: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
# Files and labels
# ----------------------------------------------------------------------------------------------------------------
FILES = {
    "z01": ("h1112z01_justice_bureau_legal_aid_platform.pdf", Z01, "pdf"),
    "z02": ("h1112z02_actuator_plant_line_control_retrofit.docx", Z02, "docx"),
    "z03": ("h1112z03_greek_school_chain_booking_saas.txt", Z03, "txt"),
    "z04": ("h1112z04_ropeway_monitoring_annual_om.txt", Z04, "txt"),
    "z05": ("h1112z05_string_studio_process_tracking_supplier_template.md", Z05, "md"),
    "e01": ("h1112e01_bearing_maker_cmms_licence_ontario_vendor.pdf", E01, "pdf"),
    "e02": ("h1112e02_grain_depot_saas_order_form.md", E02, "md"),
    "e03": ("h1112e03_aquaculture_sensors_monitoring_licence.docx", E03, "docx"),
    "e04": ("h1112e04_managed_database_backup_services.md", E04, "md"),
    "e05": ("h1112e05_shellfish_market_data_api_subscription.txt", E05, "txt"),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def terms(avail, p1, remedy, ip, ds, owns, conf, ld, cap, prepay, acc, final, warr, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, ds, owns, conf, ld, cap, prepay, acc, final, warr, pwf, auto,
                                term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# design: lang, category, terms, extra (sla_clause, ld_stated, capped or None, deemed, value), TCO base, forum outside
# mainland, payments (for the sum check), itemised price lines, design rules, risk
D = {
    "z01": dict(lang="zh", cat="software",
                t=terms(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True,
                        False, "PRC", G),
                x=(True, True, True, False, 1550000), base=860000, forum_out=False,
                pay=[310000, 697500, 542500], items=[860000, 540000, 118000, 32000],
                rules=[], risk="low"),
    "z02": dict(lang="zh", cat="hardware",
                t=terms(None, 1, True, "buyer", True, True, True, 0.06, None, 25, True, True, 18, 28, False, True,
                        True, "PRC", G),
                x=(True, True, True, False, 1880000), base=1520000, forum_out=False,
                pay=[470000, 940000, 470000], items=[486000, 612000, 88000, 96000, 238000, 214000, 126000, 20000],
                rules=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"], risk="high"),
    "z03": dict(lang="zh", cat="cloud",
                t=terms(99.5, 1, True, "buyer", True, True, True, 400 / 466000 * 100, 150, None, True, None, None,
                        None, True, True, False, "PRC", S),
                x=(True, True, None, False, 466000), base=None, forum_out=False,
                pay=[168000 * 2, 36000 * 2, 58000], items=[35 * 4800 * 2, 36000 * 2, 58000],
                rules=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"], risk="medium"),
    "z04": dict(lang="zh", cat="services",
                t=terms(None, 0.5, True, "buyer", True, True, True, 0.03, None, None, True, None, None, None, False,
                        False, False, "PRC", S),
                x=(True, True, None, False, 386000), base=None, forum_out=False,
                pay=[96500] * 4, items=[386000],
                rules=["CR-LD-LOW", "CR-TERMINATION"], risk="medium"),
    "z05": dict(lang="zh", cat="software",
                t=terms(None, 8, False, "supplier", True, False, True, None, 20, 50, False, False, 6, None, False,
                        True, None, None, G),
                x=(True, False, False, True, 326000), base=168000, forum_out=False,
                pay=[163000, 163000], items=[168000, 126000, 24000, 8000],
                rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                       "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                       "CR-WARRANTY"], risk="high"),
    "e01": dict(lang="en", cat="software",
                t=terms(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False, True,
                        False, "Ontario", G),
                x=(True, True, True, False, 1740000), base=1180000, forum_out=True,
                pay=[348000, 783000, 609000], items=[1180000, 420000, 96000, 44000],
                rules=["CR-GOVERNING-LAW"], risk="low"),
    "e02": dict(lang="en", cat="cloud",
                t=terms(99.95, 0.5, True, "buyer", False, True, True, 500 / 688000 * 100, 6 / 24 * 100, None, True,
                        None, None, None, False, True, False, "PRC", S),
                x=(True, True, None, False, 688000), base=None, forum_out=False,
                pay=[312000, 312000, 64000], items=[372000, 252000, 64000],
                rules=["CR-DATA-SECURITY", "CR-LIABILITY-CAP"], risk="high"),
    "e03": dict(lang="en", cat="hardware",
                t=terms(None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True,
                        False, "PRC", G),
                x=(True, True, True, False, 1390000), base=1216000, forum_out=False,
                pay=[139000, 764500, 486500], items=[48 * 16500, 6 * 23000, 286000, 148000, 26000],
                rules=[], risk="low"),
    "e04": dict(lang="en", cat="services",
                t=terms(99.95, 6, True, "buyer", True, True, False, 1500 / 2184000 * 100, 150, None, True, None,
                        None, None, False, True, False, "PRC", S),
                x=(True, True, None, False, 2184000), base=None, forum_out=False,
                pay=[96000] + [58000] * 36, items=[96000, 58000 * 36],
                rules=["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE"], risk="medium"),
    "e05": dict(lang="en", cat="cloud",
                t=terms(None, None, False, "buyer", True, False, True, 400 / 566000 * 100, 200, None, True, None,
                        None, None, False, True, False, "PRC", S),
                x=(False, True, None, False, 566000), base=None, forum_out=False,
                pay=[264000, 264000, 38000], items=[264000 * 2, 38000],
                rules=["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], risk="high"),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# policy §3 thresholds (defaults of the shipped pack)
TH = dict(avail=99.9, p1=4, ld=0.05, cap=100, prepay=30, warranty=12, pwf=15, tco=40)


def tco_share(d):
    t, value = d["t"], d["x"][4]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * d["base"] * years
    return fees / (value + fees) * 100


def derive(d):
    """My reading of policy §3, applied to the label."""
    t, (sla, ld_stated, capped, deemed, value) = d["t"], d["x"]
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["avail"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        pwf = t["post_warranty_fee_pct"]
        if pwf is None or not capped or pwf > TH["pwf"]:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(d)
        if share is not None and share > TH["tco"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d["forum_out"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def label(key):
    d = D[key]
    sla, ld_stated, capped, deemed, value = d["x"]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if d["t"]["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": FILES[key][0], "language": d["lang"], "category": d["cat"], "expected_terms": d["t"],
            "expected_extra": extra, "expected_rules": sorted(d["rules"])}


# ----------------------------------------------------------------------------------------------------------------
# Threshold scan (self-tested)
# ----------------------------------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|percent|per\s*cent)"
PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?!十)", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![\d.,])(?:30|15|40|100)(?:\.0+)?" + PCT,
    r"百分之(?:三十|十五|四十|一百|百)(?![一二三四五六七八九点])",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b)", r"(?<![\d.])4-hour", r"(?<![十\d])四\s*个?\s*小时",
    r"\bfour[\s-]*hours?",
    r"(?<![\d.])12\s*个?\s*(?:月|months?)", r"(?<![\d.])12-month", r"十二\s*个\s*月", r"\btwelve[\s-]*months?",
    r"\bone[\s-]*years?\b", r"(?<![第\d每])一年", r"(?<![\d.])1[\s-]*years?\b", r"(?<![\d.])1\s*年(?!度)",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "0.05%", "万分之五", "30%", "30 %", "15 percent", "40%", "100%", "百分之三十",
            "百分之百", "4小时", "4 小时", "四小时", "4 hours", "four hours", "4-hour", "12个月", "十二个月",
            "12 months", "twelve months", "12-month", "one year", "一年", "1 year", "1年"]
MUST_MISS = ["99.95%", "99.5%", "0.055%", "0.5%", "130%", "1,230%", "150%", "200%", "24小时", "二十四小时",
             "24 hours", "14 hours", "12台", "第一年", "0.3 mg/L", "45%", "35%", "8%", "2 hours", "36 months",
             "18 months", "每一年", "服务年度", "12348热线", "万分之三", "万分之六", "万分之八"]


def hits(text):
    return [m.group(0) for rx in RX for m in rx.finditer(text)]


def scan_self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ----------------------------------------------------------------------------------------------------------------
# Read back
# ----------------------------------------------------------------------------------------------------------------
def read_back(path, kind):
    if kind == "docx":
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if kind == "pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return Path(path).read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


RANGES = {"zh": (2750, 3000), "en": (1450, 1650)}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    scan_self_test()
    built = {k: v for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    write({k: v[1] for k, v in built.items()}, {k: (v[0], v[2]) for k, v in built.items()}, OUT, wrap_words=True)
    for key, (name, src, kind) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    covered = set()
    for key, (name, src, kind) in FILES.items():
        d = D[key]
        t, value = d["t"], d["x"][4]
        assert list(t) == TERM_KEYS
        # sums
        assert sum(d["items"]) == value, (key, sum(d["items"]), value)
        assert sum(d["pay"]) == value, (key, sum(d["pay"]), value)
        # no label value on a threshold
        for k, th in (("availability_pct", "avail"), ("p1_response_hours", "p1"), ("ld_rate_per_day_pct", "ld"),
                      ("liability_cap_pct", "cap"), ("prepayment_pct", "prepay"), ("warranty_months", "warranty"),
                      ("post_warranty_fee_pct", "pwf")):
            assert t[k] is None or abs(t[k] - TH[th]) > 1e-9, (key, k, t[k])
        share = tco_share(d)
        assert share is None or abs(share - TH["tco"]) > 2, (key, share)
        # rules
        got = derive(d)
        assert got == sorted(d["rules"]), (key, got, d["rules"])
        assert risk_of(got) == d["risk"], (key, risk_of(got), d["risk"])
        covered |= set(got)
        # read back: length and threshold scan
        text = read_back(OUT / name, kind)
        n = length(text, d["lang"])
        lo, hi = RANGES[d["lang"]]
        assert lo <= n <= hi, (key, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            assert not hits(variant), (key, hits(variant))
        # label
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label(key), ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        print(f"{key} {name}: length {n}, value {value}, tco share "
              f"{'-' if share is None else round(share, 2)}, rules {got or '(none)'}, risk {d['risk']}")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = [k for k in D if not D[k]["rules"]]
    assert mix == ["z01", "e03"], mix
    assert D["e01"]["rules"] == ["CR-GOVERNING-LAW"]
    assert 8 <= len(D["z05"]["rules"]) <= 10
    assert all(2 <= len(D[k]["rules"]) <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
