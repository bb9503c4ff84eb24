"""holdout883: builds the ten held-out drafts and their .json labels, and asserts lengths, thresholds and rule coverage.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .txt/.md are written as they are; .docx/.pdf are
built by ../word_pdf.py from the markup below (T: title, H: heading, P: paragraph, TB: table row).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = r"""T:市城市管理综合执法局地摊经济疏导管理平台采购合同
P:合同编号：CGJ-ZFCG-2026-0417
P:采购人（甲方）：某市城市管理综合执法局
P:供应商（乙方）：江城智管信息技术有限公司
P:根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，依据本项目公开招标文件（项目编号ZFCG-2026-GK-0233）、乙方投标文件及中标通知书，双方就地摊经济疏导管理平台的软件许可与定制开发事宜协商一致，订立本合同。招标文件、投标文件、澄清文件及中标通知书均为本合同组成部分，与本合同正文不一致的，以本合同正文为准。
H:第一条 项目内容
P:1.1 乙方向甲方提供“城市摊点疏导管理平台”软件V5.0永久使用许可（不限用户数，部署于甲方指定的政务云），并在该平台上完成以下定制开发：摊位申请与审批流程、临时摊区电子地图与容量管理、摊主信用积分、市民投诉与处置闭环、巡查执法移动端应用、与市政务服务平台的统一身份认证及电子证照接口。
P:1.2 乙方负责部署实施、历史摊点数据初始化（约6,800条）、系统联调及对甲方和各街道管理人员的培训。
P:1.3 项目工期：自合同签订之日起一百五十日内完成上线试运行，试运行期满后三十日内具备最终验收条件。
P:1.4 乙方应指派具有同类项目经验的项目经理常驻甲方现场，项目经理未经甲方同意不得更换。乙方应每周提交项目进度报告，如实反映进度、问题及风险。
H:第二条 合同价款
P:2.1 本合同总价为人民币1,310,000元（大写：壹佰叁拾壹万元整），含税，为固定总价，包括软件许可、定制开发、实施、培训、质保期内服务及相关税费，甲方不再支付其他费用。
P:2.2 分项价格：平台软件永久许可费680,000元；定制开发费520,000元；部署实施及数据初始化费86,000元；培训费24,000元。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十五个工作日内，甲方支付合同总价的20%，即262,000元，作为预付款。
P:3.2 系统上线试运行并通过初步验收后，甲方支付合同总价的45%，即589,500元。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即458,500元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款以财政资金拨付进度为准，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 交付与验收
P:4.1 初步验收：系统部署完成、全部定制功能上线并经甲方组织的功能测试，功能清单符合率达到招标文件要求，无一级、二级缺陷，即通过初步验收。
P:4.2 最终验收：试运行不少于六十日，期间未发生一级故障；摊位审批平均办理时长在系统内可统计；500个并发用户下页面响应时间不超过3秒；通过第三方网络安全等级保护测评（二级）及代码安全检测；技术文档、源代码及操作手册交付齐全。满足上述全部标准后，由甲方组织专家出具书面最终验收报告。
P:4.3 系统上线、试运行或甲方对系统的使用，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，所发生的费用由乙方承担。
H:第五条 质量保证与维护
P:5.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、安全补丁及技术支持。
P:5.2 质保期满后，如甲方需要继续维护，年度维护费不超过平台软件永久许可费的8%，即每年不超过54,400元，该标准在质保期满后三年内不得上调。维护合同由双方另行签订，不自动续期。
P:5.3 质保期内乙方每季度对平台进行一次巡检并出具巡检报告，并配合甲方完成网络安全检查、重大活动保障及上级部门的数据报送工作。
H:第六条 服务水平
P:6.1 质保期内，平台月度可用率不低于99.5%（计划内维护除外，计划维护应提前三日通知甲方并安排在夜间进行）。
P:6.2 故障分级及响应：一级故障（平台整体无法访问、审批或缴费主流程中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（部分功能不可用）2小时内响应，24小时内解决；三级问题（咨询或界面问题）在下一个工作日内答复。
P:6.3 乙方未按6.2约定时限响应的，每延迟一小时向甲方支付500元；月度可用率低于6.1约定的，每低0.1个百分点扣减当期维护考核款1,000元，可直接从应付款项中扣除。
H:第七条 知识产权
P:7.1 平台软件V5.0的著作权仍属乙方，甲方依本合同取得永久、不可撤销的使用许可。
P:7.2 本项目定制开发形成的功能模块、接口程序、移动端应用、源代码及技术文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改及再开发，无需乙方另行许可。
P:7.3 乙方保证其交付成果不侵犯第三方权利，因此引起的纠纷由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台中的摊主信息、摊位数据、投诉与执法记录等全部业务数据及其衍生数据均属于甲方所有，乙方仅为履行本合同处理上述数据，不得用于其他任何目的，不得向第三方提供。
P:8.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，落实访问控制、日志审计和加密存储措施；运维操作须通过甲方堡垒机，不得将数据复制到政务云以外。
P:8.3 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 乙方对履行本合同中知悉的甲方工作秘密、执法信息及技术资料负有保密义务，未经甲方书面同意不得披露。保密义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期完成上线或逾期具备最终验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金。逾期超过六十日的，甲方有权解除合同。
P:10.2 交付成果不符合约定且经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，应按照国家有关规定承担相应责任，但因财政资金拨付流程造成的延迟除外。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方承担违约责任。
P:11.2 因不可抗力致使合同目的无法实现的，任何一方均可解除合同，已完成部分按实际工作量结算。
H:第十二条 分包
P:12.1 乙方可将外业摊点数据采集、移动端界面设计等非主体、非关键工作分包给具备相应能力的第三方，但应在分包前五个工作日书面告知甲方。乙方对分包工作向甲方承担全部责任。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。
P:14.2 乙方应按照政府采购相关规定履行合同，甲方有权对合同履行情况进行检查和考核，考核结果作为付款及后续评价的依据。
P:甲方（盖章）：____________ 乙方（盖章）：____________
P:签订日期：2026年__月__日
"""

Z02 = r"""T:生产线控制系统改造项目合同
P:合同编号：XJ-SB-2026-058
P:甲方（买方）：浙江恒步鞋架制造有限公司
P:乙方（卖方）：杭州锐控自动化工程有限公司
P:鉴于甲方拟对其冲压、焊接、喷涂及包装共六条鞋架生产线的控制系统进行改造，乙方具备相应的设备供货、软件实施及安装调试能力，双方经友好协商，依据《中华人民共和国民法典》订立本合同。
H:第一条 项目范围
P:1.1 乙方负责六条生产线控制系统的设备供货、拆除旧控制柜、安装新PLC控制柜与伺服系统、编写控制程序、组态触摸屏画面、部署产线监控软件并与甲方现有ERP系统对接产量及工单数据。
P:1.2 改造须分线实施，每条产线停线时间不得超过五日，总工期为合同签订后一百二十日内完成全部六条产线的改造与试产。
P:1.3 乙方应对甲方电气维修人员及操作工进行培训，培训不少于三期，每期两日，使受训人员能够独立完成日常操作、参数调整和常见故障处理。
P:1.4 乙方应在开工前提交详细的改造技术方案、停线计划和安全措施，经甲方书面确认后实施。施工期间乙方人员须遵守甲方厂区安全生产管理制度，因乙方原因发生的安全事故由乙方负责。
H:第二条 合同价格及明细
P:2.1 合同总价为人民币2,100,000元（含13%增值税），包括设备、软件许可、运输、安装调试、程序编写、培训及质保期服务。明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含改造接线）|6套|126,000|756,000
TB:2|伺服驱动器及电机|48套|9,500|456,000
TB:3|触摸屏HMI|12台|6,500|78,000
TB:4|工业交换机及数据采集网关|1批|96,000|96,000
TB:5|产线监控软件永久许可（6线）|1套|474,000|474,000
TB:软硬件小计|||1,860,000
TB:6|安装调试及停线改造|1项|198,000|198,000
TB:7|程序编写及操作培训|1项|42,000|42,000
TB:合计|||2,100,000
P:2.2 上述价格已包括乙方人员差旅、食宿及施工所需工具费用，甲方不再另行支付。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款，即420,000元。
P:3.2 全部设备到货并完成安装、经甲方签收后，甲方支付合同总价的55%，即1,155,000元。到货签收仅确认数量及外观，不视为质量验收。
P:3.3 六条产线全部通过最终验收后十五个工作日内，甲方支付合同总价的25%，即525,000元。
P:3.4 乙方每次收款前应向甲方开具等额的增值税专用发票，甲方收到发票后按上述约定付款。
H:第四条 验收
P:4.1 单线验收：每条产线改造完成后连续试产七日，设备节拍达到改造方案约定值，急停及安全联锁全部测试有效，产量数据上传ERP准确无误，即通过单线验收。
P:4.2 最终验收：六条产线均通过单线验收，且整体连续稳定运行三十日，期间无因控制系统原因导致的整线停机超过两小时的情况；监控软件报表与人工统计核对一致；图纸、程序备份及操作手册交付齐全。满足上述条件后，双方签署最终验收报告。
P:4.3 试产、投入生产或甲方的使用均不视为验收合格。验收不合格的，乙方应在十日内整改完毕后重新验收。
P:4.4 最终验收由甲方生产部、设备部和质量部共同参加，乙方应提供验收所需的测试工具及技术人员。
H:第五条 质量保证
P:5.1 乙方提供的设备和软件的质保期为六个月，自最终验收合格之日起计算。质保期内因设备质量或程序缺陷造成的故障，乙方免费维修或更换。
P:5.2 乙方保证所供设备为原厂全新正品，并提供原厂合格证明。
P:5.3 质保期内乙方每季度上门巡检一次，对控制柜、伺服系统及网络设备进行检查，并提交巡检报告。
H:第六条 维保服务
P:6.1 质保期满后，乙方提供年度维保服务，内容包括定期巡检、故障维修、程序调整、软件升级及备件更换（易损件除外）。
P:6.2 年度维保费按软硬件小计的20%每年计收，即每年372,000元，在本合同签订之日起六年内固定不变，不随物价上涨调整。维保费于每个维保年度开始时支付。
P:6.3 故障响应：一级故障（整条产线停机）乙方应在1小时内响应，8小时内恢复生产；二级故障（单台设备故障但产线可降速运行）2小时内响应，24小时内修复；三级问题（报表、界面等）于三个工作日内处理。
P:6.4 乙方未按6.3约定时限响应或恢复的，每超时一小时向甲方支付800元，甲方可从维保费中直接扣除。
P:6.5 维保年度内乙方应保证常用备件的库存，关键备件（PLC模块、伺服驱动器）应在24小时内送达甲方现场。
H:第七条 知识产权
P:7.1 产线监控软件的著作权属乙方或其授权方，甲方取得永久使用许可。
P:7.2 本项目为甲方编写的PLC控制程序、HMI画面、数据采集配置及ERP对接程序（含源程序）的知识产权归甲方所有，乙方应在最终验收时全部交付，甲方可自行修改或委托他人维护。
P:7.3 乙方保证所交付的设备、软件及程序不侵犯任何第三方的知识产权，如发生侵权纠纷，由乙方负责处理并承担全部费用。
H:第八条 数据与信息安全
P:8.1 生产线运行数据、产量、工艺参数及ERP数据均归甲方所有，乙方仅为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 乙方远程维护须事先取得甲方书面批准，通过甲方指定的VPN接入并全程留存日志；乙方应采取防病毒、访问控制等措施，确保控制网络安全。
P:8.3 因乙方原因导致数据泄露、病毒侵入或控制系统被非法控制的，乙方应在发现后2小时内通知甲方并负责消除影响，赔偿甲方由此造成的全部损失。
H:第九条 保密
P:9.1 双方对在合作中获知的对方技术资料、工艺参数、生产计划、价格等商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。
H:第十条 违约责任
P:10.1 乙方逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 甲方逾期付款的，按逾期金额每日万分之三支付违约金。
P:10.3 乙方交付的设备或软件不符合合同约定的，甲方有权要求更换、修理或退货，并要求乙方赔偿由此造成的损失。
H:第十一条 分包
P:11.1 乙方不得转包。电气安装中的线槽及桥架施工需分包的，应事先取得甲方书面同意，乙方对分包人的工作承担全部责任。
H:第十二条 合同解除
P:12.1 任何一方严重违约，经对方书面催告十日内仍未纠正的，守约方有权书面通知解除合同，并要求违约方赔偿损失。
P:12.2 乙方逾期超过四十五日的，甲方有权解除合同，乙方应退还已收款项。
P:12.3 合同解除后，乙方应配合甲方完成已改造产线的交接，并交付已完成部分的全部程序及技术资料。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。双方因本合同发生争议的，应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：改造技术方案、设备清单、验收大纲。
P:14.2 本合同未尽事宜，由双方另行协商签订补充协议，补充协议与本合同具有同等法律效力。双方往来通知以书面形式送达本合同载明的地址。
P:甲方（盖章）：____________ 乙方（盖章）：____________
"""

Z03 = """冰舞培训门店预约与会员管理系统服务合同

合同编号：BW-IT-2026-019
甲方：上海冰悦冰舞培训管理有限公司（含其直营门店共35家）
乙方：杭州约课云科技有限公司

甲方经比选确定由乙方为其全部门店提供预约排课与会员管理软件即服务（SaaS）及上线实施服务。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

一、服务内容
（一）订阅服务。乙方向甲方35家门店提供“约课云”SaaS系统的使用权，包括：
1. 课程预约、教练排班与冰场时段管理；
2. 会员卡、课时包、储值及积分管理；
3. 微信小程序预约、在线支付对接与消息通知；
4. 总部经营报表、门店对比分析及教练课时统计。
（二）实施服务。乙方负责系统初始化、35家门店的会员及课时余额数据迁移（约4.2万名会员）、小程序上线、与甲方财务系统的对账接口开发，以及门店店长和前台人员的培训。实施服务还包括为每家门店配置预约规则、课程价格体系及会员权益规则，并导入教练信息。
（三）服务期。订阅服务期为两个服务年度，第一个服务年度自上线验收合格之日起算，第二个服务年度自第一个服务年度届满之次日起算。
（四）技术支持。服务期内乙方提供7×24小时热线及在线工单支持，为甲方指定一名客户成功经理，每季度回访并提交使用分析报告；系统功能升级免费提供。
（五）甲方的配合。甲方应指定项目联系人，按时提供门店清单、原系统数据导出文件及必要的配合，并确认实施计划。

二、费用及支付
（一）费用构成。
1. 订阅费：每家门店每个服务年度8,800元，35家门店每个服务年度合计308,000元，两个服务年度合计616,000元；
2. 实施费：一次性64,000元。
本合同总价为680,000元（含6%增值税）。
（二）支付方式。
1. 实施费在上线验收合格后十五个工作日内支付；
2. 每个服务年度的订阅费，在该服务年度开始后十五个工作日内支付。
服务期内甲方新增或关闭门店的，订阅费按门店数量及实际服务月数相应增减。
（三）发票。乙方应在甲方付款前开具增值税专用发票；因乙方发票不合格导致付款延迟的，甲方不承担逾期责任。

三、实施与验收
（一）乙方应在合同签订后六十日内完成全部门店上线。
（二）上线验收标准：
1. 全部会员、课时余额及储值余额迁移后与甲方原系统逐笔核对一致；
2. 预约、签到、消课、退费主流程在每家门店实测通过；
3. 小程序在2,000个并发预约请求下响应时间不超过2秒；
4. 对账接口连续十日数据与财务系统一致；
5. 店长及前台培训覆盖全部35家门店，并经培训考核合格。
（三）满足上述标准后，甲方出具书面验收确认。门店试用或开始收费均不视为验收合格。
（四）实施团队。乙方应派出项目经理及两名实施顾问，驻场支持首批五家门店上线，其余门店远程上线并由乙方人员到店巡检；乙方应提交实施计划，并每周汇报进度。
（五）验收不合格的，乙方应在七日内整改后重新验收；两次验收不合格的，甲方有权解除合同且无需支付实施费。

四、服务水平
（一）系统月度可用率不低于99.95%，计划维护应安排在凌晨一点至六点之间并提前两日通知甲方。
（二）故障响应：
1. 一级故障（小程序或前台无法预约、签到或收款）：30分钟内响应，2小时内恢复；
2. 二级故障（报表、部分功能异常）：2小时内响应，一个工作日内解决；
3. 三级问题（咨询、优化建议）：两个工作日内答复。
（三）服务补偿。月度可用率每低于约定值0.1个百分点，乙方按当月订阅费的2%给予服务抵扣；一级故障超出恢复时限的，每超一小时按当月订阅费的1%抵扣，当月抵扣总额以当月订阅费为限。
（四）服务报告。乙方每月提交服务报告，内容包括可用率、故障清单、处理时长及抵扣计算，经甲方确认后在下一期费用中结算。
（五）乙方系统升级或变更可能影响门店使用的，应提前五个工作日通知甲方，并在营业时间以外实施。

五、数据
（一）甲方及其会员在系统中产生的会员信息、预约记录、消费记录等数据归甲方所有。
（二）乙方有权在服务期内及服务期满后，将上述数据经脱敏、汇总处理后，用于编制冰雪运动培训行业分析报告、优化乙方产品及向其他客户提供行业对标服务。
（三）数据安全。乙方应将数据存储于中国境内的数据中心，系统通过网络安全等级保护三级测评，对会员手机号等个人信息加密存储，实行最小权限访问并保留操作日志。发生数据泄露等安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因导致数据安全事件的，乙方承担由此产生的全部赔偿责任及行政处罚后果。
（四）服务期满或合同解除后三十日内，乙方应按甲方要求以通用格式返还全部数据，并在返还后删除其保存的原始数据。
（五）乙方应每年委托第三方开展一次渗透测试，并将结果摘要提供给甲方。

六、知识产权
（一）“约课云”系统及其通用功能的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、品牌素材、对账接口及专属报表的知识产权归甲方所有，甲方可自由使用、修改并许可他人使用。
（三）乙方保证系统及交付成果不侵犯第三方知识产权，否则由乙方负责处理并赔偿甲方损失。

七、保密
双方对在合作中知悉的对方商业秘密、经营数据及技术资料负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后继续有效三年。乙方应要求其员工签署保密承诺，员工违反保密义务的，视为乙方违约。

八、续约
服务期满前三十日内，任何一方未书面提出不续约的，本合同自动续期一个服务年度，以后亦同。续期时乙方有权根据市场情况上调订阅单价，上调幅度不超过上一服务年度单价的8%，乙方提前三十日通知甲方即可。

九、违约责任
（一）乙方未能按期完成全部门店上线的，每逾期一日，按本合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。
（二）甲方逾期支付费用的，每逾期一日按应付未付金额的万分之三支付违约金。
（三）乙方违反本合同第五条数据安全约定的，除承担赔偿责任外，甲方有权解除合同。
（四）因乙方原因导致甲方会员集中投诉或被监管部门处罚的，乙方应承担甲方由此遭受的损失。

十、分包
未经甲方书面同意，乙方不得将本合同项下的实施服务分包给第三方。

十一、合同解除
（一）一方严重违约，经另一方书面通知后十五日内仍未纠正的，另一方有权解除本合同。
（二）可用率连续两个月低于约定值的，甲方有权解除合同，乙方应退还未使用服务期的订阅费。
（三）合同解除或服务终止时，乙方应配合甲方完成数据迁移和过渡，过渡期不少于三十日，过渡期内按原标准提供服务。

十二、法律适用与争议
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交上海仲裁委员会仲裁。

十三、其他
本合同一式两份，双方各执一份，自双方签章之日起生效。本合同附件包括门店清单、系统功能清单、实施计划和服务水平说明，附件与本合同具有同等效力，与正文不一致的，以正文为准。双方通知以书面形式送达合同首页载明的联系人。

甲方（盖章）：            乙方（盖章）：
日期：                    日期：
"""

Z04 = """过驳作业监管系统年度运维服务合同

项目编号：HSJ-CS-2026-11（竞争性磋商）
采购人（甲方）：某海事局
供应商（乙方）：青岛海联信息工程有限公司

根据《中华人民共和国政府采购法》《政府采购竞争性磋商采购方式管理暂行办法》及本项目磋商文件、乙方响应文件和成交通知书，双方就过驳作业监管系统年度运维服务事宜订立本合同。

第一条 服务范围
1.1 运维对象：甲方过驳作业监管系统，包括过驳作业申报审批子系统、锚地船舶动态监控子系统、视频联动子系统、移动执法终端应用、数据交换平台，以及支撑上述系统的服务器、存储、网络安全设备和部署在6个锚地的前端视频及AIS接收设备。
1.2 服务内容：日常巡检与监控、故障处理、系统优化与小版本升级、数据备份与恢复演练、安全加固与漏洞修复、配合等级保护测评、重大活动及恶劣天气期间的值守保障、前端设备的维修及备件更换、用户培训与操作支持。乙方还应负责系统与上级部门监管平台之间数据交换接口的日常维护。
1.3 服务期限：2027年1月1日至2027年12月31日。服务期满本合同自行终止，不自动续期，下一年度服务由甲方依法另行采购。
1.4 甲方提供驻场办公条件、系统管理员账号及必要的网络接入条件，并协调各锚地现场管理单位配合乙方开展前端设备维护。

第二条 服务费用
2.1 本合同总价为人民币468,000元，为固定总价，包括人员、差旅、备品备件、工具及税费。分项为：驻场运维服务264,000元；远程技术支持及应急响应86,000元；系统巡检、安全加固及等保测评配合58,000元；前端设备备品备件60,000元。
2.2 本合同不设预付款。服务费按季度支付，每季度结束后经甲方考核合格，甲方在十五个工作日内支付当季服务费117,000元。季度考核扣款从当季服务费中扣除。
2.3 乙方应在每次收款前开具合法有效的发票，甲方付款以财政资金拨付进度为准。

第三条 人员要求
3.1 乙方应派驻2名具有相关运维经验的工程师在甲方指挥中心驻场，工作日8:30至17:30在岗；节假日及夜间安排人员电话值守，确保随时可以联系。
3.2 驻场人员须经甲方审查同意，签署保密承诺书；乙方更换驻场人员应提前十日书面征得甲方同意，并做好工作交接。
3.3 乙方应建立二线技术支持团队，由不少于3名具备数据库、网络安全及视频系统经验的工程师组成，在一级故障发生时远程或到场支持。
3.4 乙方驻场人员应遵守甲方各项管理制度，未经甲方同意不得进入机房及指挥中心的限制区域。

第四条 服务水平
4.1 核心业务系统（申报审批、船舶动态监控）年度可用率不低于99.95%，计划停机须提前三日报甲方批准。
4.2 故障分级与响应时限：
（1）一级故障：核心业务系统中断或锚地监控大面积失效，乙方应在15分钟内响应，1小时内到达现场，3小时内恢复；
（2）二级故障：单个子系统或单个锚地前端设备故障，30分钟内响应，8小时内修复；
（3）三级故障：一般功能缺陷或操作问题，2小时内响应，两个工作日内解决。
4.3 考核扣款：一级故障每超时一小时扣减2,000元，二级故障每超时一小时扣减500元；可用率每低于约定值0.01个百分点扣减1,000元。扣款从当季服务费中直接扣除。
4.4 乙方每月提交运维月报，每季度提交运维季报，内容包括巡检记录、故障统计、处理时长、备份及演练情况和改进建议。
4.5 重大活动、台风等恶劣天气期间，乙方应按甲方通知安排工程师现场值守，值守期间的人员费用已含在合同总价内。
4.6 备件管理：乙方应在甲方所在城市储备交换机、硬盘、摄像机等常用备件，前端设备损坏的，乙方应在48小时内完成更换；更换下的旧件交甲方处理。

第五条 考核与验收
5.1 季度考核：甲方依据运维考核细则对服务响应、故障处理、巡检记录、文档质量及驻场纪律进行评分，得分不低于85分为合格，合格后支付当季服务费。
5.2 年度验收：服务期满后二十日内，甲方组织年度验收。验收标准为：四个季度考核均合格；全年可用率达到4.1的约定；全部运维文档、配置清单、账号口令清单及巡检记录完整移交；完成至少两次数据恢复演练且恢复结果经甲方确认。
5.3 乙方提供服务或甲方支付季度服务费，均不视为年度验收合格。
5.4 年度验收不合格的，乙方应在十五日内整改并重新提交验收；整改期间乙方继续按本合同提供服务，不另行收费。

第六条 数据安全
6.1 过驳作业数据、船舶动态数据、视频资料及系统日志均属于甲方所有，乙方仅为履行本合同访问和处理，不得复制、留存或用于任何其他目的。
6.2 乙方运维操作须通过甲方堡垒机进行并全程审计；禁止使用个人移动存储介质；远程维护须逐次经甲方批准。乙方应遵守《网络安全法》《数据安全法》及网络安全等级保护的有关要求。
6.3 发生数据泄露、系统被入侵等安全事件的，乙方应在1小时内报告甲方并立即处置。因乙方原因造成安全事件的，乙方承担全部赔偿责任，并配合甲方向主管部门报告。
6.4 服务期满或合同解除后，乙方应将其因运维需要临时持有的全部数据及介质交还甲方或在甲方监督下销毁，并出具书面说明。

第七条 保密
7.1 乙方对在服务中知悉的船舶动态、执法信息、系统架构、口令及其他工作秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。

第八条 知识产权
8.1 乙方在服务中为甲方编写的运维脚本、监控配置、优化程序、技术文档及报告的知识产权归甲方所有，甲方可自由使用和修改。
8.2 乙方保证提供的服务及工具不侵犯第三方合法权益。
8.3 运维期间形成的配置基线、巡检数据和故障记录由乙方整理后作为运维档案移交甲方。

第九条 违约责任
9.1 乙方未按约定日期进场提供服务的，每逾期一日，按合同总价的千分之二向甲方支付违约金。
9.2 连续两个季度考核不合格的，甲方有权解除合同，并要求乙方赔偿由此造成的损失。
9.3 甲方无正当理由逾期支付服务费的，按照国家有关规定承担责任。
9.4 乙方违反第六条、第七条约定的，除赔偿甲方损失外，甲方有权解除合同，并将有关情况报告政府采购监督管理部门。

第十条 转包与分包
10.1 乙方不得将本合同项下的服务转包或分包给任何第三方。

第十一条 合同解除
11.1 乙方严重违约，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，并按实际服务期间结算费用。
11.2 合同解除或服务期满时，乙方应在十日内完成全部资料、账号及配置的移交，并协助新的服务单位完成交接。
11.3 因不可抗力致使合同无法履行的，双方可协商解除合同，已提供的服务按实际履行期间结算。

第十二条 适用法律与争议解决
12.1 本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十三条 其他
13.1 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件及运维考核细则为本合同附件。
13.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：            乙方（盖章）：
签订日期：2026年  月  日
"""

Z05 = """# 竹迹工艺流程追溯软件销售及定制开发合同

（乙方标准合同文本 ZJ-HT-V2.3）

合同编号：ZJ2026-0388

甲方（买方）：常州青篁竹簧工艺工作室

乙方（卖方）：苏州竹迹软件科技有限公司

甲乙双方本着平等互利的原则，就甲方购买乙方“竹迹工艺流程追溯软件”并委托乙方进行定制开发事宜，经协商一致，签订本合同，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供“竹迹工艺流程追溯软件”V3.2永久使用许可一套（15个用户），适用于竹簧雕刻、翻簧、拼贴、打磨、上漆等工序的流程登记与追溯。

1.2 乙方根据甲方需求进行以下定制开发：工序扫码报工、作品数字档案（含每件作品的原料竹材批次、工艺师、工时及图片）、客户订单看板、作品溯源二维码及对外展示页面。

1.3 乙方负责软件的安装部署、基础数据导入及对甲方工艺师和管理人员的使用培训。

1.4 乙方提供软件运行所需的环境配置说明，甲方应按照说明自行准备服务器及网络；因甲方运行环境不符合要求导致软件无法正常使用的，乙方不承担责任。

1.5 乙方提供一次集中培训，时长不超过一日；培训以外的额外培训按乙方标准收费。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
| --- | --- | --- |
| 1 | 竹迹工艺流程追溯软件V3.2永久许可（15用户） | 126,000 |
| 2 | 定制开发（扫码报工、作品档案、订单看板、溯源二维码） | 154,000 |
| 3 | 安装部署及培训 | 16,000 |
| | 合计 | 296,000 |

2.1 合同总金额为人民币贰拾玖万陆仟元整（¥296,000），含税。

2.2 合同金额不包括甲方自备的服务器、扫码枪、标签打印机等硬件设备及其运行所需的网络环境。

2.3 定制开发费以双方确认的需求说明书为准，超出需求说明书范围的功能另行计费。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总金额的65%，即192,400元。乙方收到该款项后开始开发工作。

3.2 软件安装上线后五个工作日内，甲方支付合同总金额的35%，即103,600元。

3.3 甲方逾期付款的，乙方有权暂停开发或服务，工期相应顺延；逾期超过十五日的，乙方有权暂停软件授权的使用。

3.4 乙方在收到每笔款项后开具相应金额的增值税普通发票。甲方要求开具专用发票的，应提前书面告知。

## 第四条 交付与验收

4.1 乙方在收到首付款后九十日内完成定制开发并在甲方处安装上线。

4.2 软件安装上线后，甲方应在七日内使用并提出书面意见；甲方逾期未提出书面异议的，或甲方已开始使用软件的，视为验收合格。

4.3 甲方提出的意见属于新增需求的，不影响验收结论，新增需求另行报价。

4.4 因甲方未及时提供需求资料、确认设计稿或准备运行环境造成延误的，交付期限相应顺延，乙方不承担逾期责任。

4.5 甲方需要变更已确认的需求的，应书面提出，乙方评估后另行报价并确定工期。

## 第五条 知识产权

5.1 本合同项下的软件产品及乙方为甲方进行定制开发所形成的全部程序、源代码、设计文档及其他成果，其著作权及其他知识产权均归乙方所有。

5.2 甲方在支付全部合同款项后，取得上述软件及定制成果的非独占、不可转让的使用权，仅限于甲方内部使用。甲方不得对软件进行修改、反编译，不得转授权或提供给任何第三方使用。

5.3 乙方有权将定制开发成果纳入其标准产品，向其他客户销售。

5.4 甲方委托第三方开发与本软件对接的程序，应事先取得乙方书面许可。

## 第六条 售后服务

6.1 免费维护期为十八个月，自软件安装上线之日起计算。免费维护期内，乙方提供软件缺陷修复及远程技术支持。

6.2 故障处理：对于软件无法登录、扫码报工无法使用等一级故障，乙方在接到甲方通知后24小时内响应；其他问题在三个工作日内响应。乙方通过电话、远程协助方式处理，确需上门的，差旅费用由甲方承担。

6.3 乙方将尽力及时处理故障，但不因响应或修复时间延迟向甲方承担任何扣款、赔偿或违约责任。

6.4 免费维护期满后，甲方如需继续获得维护和升级服务，应与乙方签订维护服务协议，年度维护费按乙方届时公布的服务价格标准收取。甲方未购买维护服务的，乙方不再提供任何技术支持。

6.5 免费维护期内乙方发布的小版本升级免费提供；大版本升级需另行购买。

6.6 下列情况不属于免费维护范围：甲方擅自修改软件或数据库；因甲方硬件、网络、操作系统或病毒引起的故障；因不可抗力造成的损坏。

## 第七条 数据

7.1 甲方在软件中录入和产生的作品档案、订单、客户等数据归甲方所有，乙方仅在履行本合同（包括安装、维护和故障处理）所必需的范围内接触和使用该等数据，不得用于其他用途，不得向第三方提供。

7.2 乙方在远程维护时应使用经甲方确认的账号登录，对甲方数据采取访问控制、操作留痕等必要的安全措施，维护完成后删除临时导出的数据。

7.3 因乙方原因导致甲方数据泄露、丢失或被篡改的，乙方应在知悉后二十四小时内通知甲方，采取补救措施，并依本合同第八条承担赔偿责任。

7.4 甲方应自行做好数据的定期备份，因甲方未备份导致的数据损失，乙方不承担责任。

## 第八条 违约责任

8.1 乙方未按第4.1条约定期限安装上线的，每逾期一日，按合同总金额的万分之二向甲方支付违约金，违约金总额不超过合同总金额的3%。

8.2 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金。

8.3 乙方在本合同项下对甲方承担的全部赔偿责任（含违约金）累计不超过合同总金额的20%。乙方不承担甲方的利润损失、营业损失、数据恢复费用等任何间接损失。

8.4 甲方违反第五条约定，擅自修改、复制或向第三方提供软件的，应按合同总金额的两倍向乙方支付违约金。

## 第九条 合同解除

9.1 一方严重违反本合同约定，经另一方书面催告后十五日内仍未改正的，守约方有权书面通知解除本合同，并要求违约方承担违约责任。

9.2 本合同解除后，甲方应停止使用乙方软件，已支付的款项按乙方已完成的工作量结算，不予退还的部分由乙方确认。

9.3 合同解除时甲方已录入的数据，乙方可协助甲方导出，导出服务按乙方标准另行收费。

## 第十条 不可抗力

10.1 因不可抗力导致一方不能履行本合同的，该方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。

10.2 不可抗力事件持续超过六十日的，双方可协商解除合同。

## 第十一条 争议解决

11.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。

11.2 因本合同发生的争议，双方应协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十二条 其他

12.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

12.2 本合同为乙方标准文本，甲方已仔细阅读并充分理解全部条款。

12.3 本合同未尽事宜，由双方另行协商并签订补充协议。双方的通知以电子邮件或书面形式发送至合同首页载明的地址即视为送达。

12.4 合同附件：定制开发需求说明书、软件功能清单、培训计划。

甲方（盖章）：　　　　　　　　乙方（盖章）：

签订日期：　　年　　月　　日
"""

E01 = r"""T:Software Licence and Services Agreement
P:Agreement No. FV-CN-2026-031
P:This Software Licence and Services Agreement (the "Agreement") is made between Suzhou Hengda Precision Packaging Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Suzhou Industrial Park, Jiangsu (the "Customer"), and Fergus Valley Software Limited, a company incorporated in Ireland with its registered office at Mill Road, Ennis, County Clare, Ireland (the "Vendor").
P:The Customer wishes to replace its paper-based quality and document control processes with the Vendor's QualiDoc quality management software, and the Vendor has agreed to license that software and to implement it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's QualiDoc software, version 9, in object code, with its standard documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, workflows, report templates, interfaces to the Customer's ERP and laboratory systems, migration scripts and related documentation prepared by the Vendor specifically for the Customer.
P:1.3 "Customer Data" means all data entered into, processed by or generated in the Software by or for the Customer, including batch records, deviations, complaints, supplier files and personal data of employees.
P:1.4 "Go-Live" means the first day on which the Software is used in production at the Customer's Suzhou plant after the Vendor has completed the cut-over plan.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for up to 250 named users at the Customer's sites in mainland China, including on servers operated for the Customer by a hosting provider of its choice.
P:2.2 The Customer may make copies of the Software for backup, testing, training and disaster recovery. The licence may be transferred to an affiliate of the Customer on written notice to the Vendor.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software, build the Custom Deliverables, migrate the Customer's existing quality records, validate the system and train the Customer's key users and administrators, all as described in the Statement of Work in Annex 1.
P:3.2 The Vendor shall achieve Go-Live no later than 150 days after the date of this Agreement. The project plan, with its milestones and named consultants, is set out in Annex 1. The Vendor shall not replace its project manager without the Customer's approval, which shall not be unreasonably withheld.
P:3.3 The Customer shall provide timely access to its sites, systems and subject-matter experts, and shall review the deliverables submitted to it within ten working days.
H:Article 4 Price
P:4.1 The total price of this Agreement is CNY 1,660,000 (the "Contract Price"), inclusive of all taxes payable in the People's Republic of China, made up as follows: Software licence fee CNY 1,140,000; implementation and configuration CNY 386,000; data migration CNY 92,000; training CNY 42,000.
P:4.2 The Contract Price is fixed. Travel and living expenses of the Vendor's consultants are included.
H:Article 5 Payment
P:5.1 The Customer shall pay the Contract Price in three instalments: 20% (CNY 332,000) within 30 days after signature of this Agreement and receipt of the Vendor's invoice; 45% (CNY 747,000) within 30 days after Go-Live; and 35% (CNY 581,000) within 30 days after Final Acceptance under Article 6.
P:5.2 Invoices shall be issued in CNY and paid by bank transfer to the account named in the invoice. Each party bears its own bank charges.
H:Article 6 Acceptance
P:6.1 Before Go-Live the Vendor shall run the acceptance tests agreed in Annex 2. Final Acceptance is achieved when all of the following criteria are met: every test script in Annex 2 has passed; all migrated records reconcile with the source systems by record count and by sample checks of at least 500 records; the ERP and laboratory interfaces have exchanged data without error for 20 consecutive working days; the validation summary report has been approved by the Customer's Quality Assurance department; and no Severity 1 or Severity 2 defect is open.
P:6.2 When the criteria are met the Customer shall issue a Final Acceptance Certificate within ten working days. Go-Live, production use or payment of any instalment does not by itself amount to acceptance.
P:6.3 If a criterion is not met, the Vendor shall correct the defects at its own cost and repeat the relevant tests.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall provide support, corrections and updates free of charge.
P:7.2 Support requests are classified as follows. Severity 1: the Software is unavailable or a core process such as batch release or deviation handling cannot be carried out. Severity 2: a major function is impaired but a workaround exists. Severity 3: any other defect or question. The Vendor shall respond to Severity 1 requests within one hour at any time, to Severity 2 requests within one business day and to Severity 3 requests within two business days, and shall work continuously on Severity 1 requests until they are resolved or a workaround is in place.
P:7.3 If the Vendor misses a response time for a Severity 1 request, it shall credit the Customer CNY 1,000 for each hour of delay, and these credits may be deducted from any amount payable to the Vendor.
P:7.4 After the Warranty Period the Customer may order annual support. The annual support fee is 11% of the Software licence fee, namely CNY 125,400 per year, and shall not be increased for three years after the end of the Warranty Period. Support is ordered by purchase order each year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source files and documentation at Final Acceptance, and the Customer may use, modify and license them freely, including through third parties.
P:8.3 The Vendor shall defend the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall pay any damages and costs awarded.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor may access and process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose, including product development, benchmarking or analytics.
P:9.2 The Software is hosted in the Customer's own data centre in Suzhou. The Vendor's consultants may access it only through the Customer's VPN with multi-factor authentication and per-session approval, and shall not copy Customer Data out of the Customer's environment. The Vendor shall comply with the PRC Personal Information Protection Law and the Data Security Law in all work under this Agreement.
P:9.3 The Vendor shall notify the Customer of any actual or suspected security breach affecting Customer Data within 12 hours of becoming aware of it, shall cooperate in the investigation and remediation, and shall be responsible for all losses caused by a breach attributable to the Vendor.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party under this Agreement and shall use it only for the purposes of this Agreement. This obligation continues for three years after termination, and without limit for trade secrets.
H:Article 11 Delay and Liability
P:11.1 If Go-Live is delayed beyond the date in Article 3.2 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:11.2 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, fraud, wilful misconduct, infringement under Article 8.3 or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains fully responsible for the work of any approved subcontractor.
H:Article 13 Term and Termination
P:13.1 This Agreement takes effect on signature and continues until the end of the Warranty Period; the licence in Article 2 survives.
P:13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of the breach. The Customer may also terminate if liquidated damages under Article 11.1 reach their maximum.
P:13.3 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for services not delivered and shall hand over all completed Custom Deliverables.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Ireland.
P:14.2 The parties shall first try to settle any dispute by negotiation between senior managers. If the dispute is not settled within 30 days, it shall be submitted to the exclusive jurisdiction of the courts of Ireland.
H:Article 15 General
P:15.1 This Agreement, with its Annexes, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses above by courier or email with confirmation of receipt.
P:Annex 1: Statement of Work and project plan. Annex 2: Acceptance test scripts.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# Barrow Desk — Order Form and General Terms

**Order Form No.** BD-OF-2026-0142

## Part A — Order Form

### A1. Parties

**Vendor:** Barrow Desk Software Limited, a company registered in Ireland, Unit 4 Barrow Business Park, Carlow, R93 Ireland ("Vendor").

**Customer:** Ningbo Haichen Home Appliances Co., Ltd., No. 88 Binhai Road, Beilun District, Ningbo, Zhejiang, People's Republic of China ("Customer").

This Order Form and the General Terms in Part B form one agreement (the "Agreement"). If they conflict, this Order Form prevails.

### A2. Service and Subscription Term

Vendor will provide its Barrow Desk customer-service platform as a hosted software service (the "Service"), comprising ticketing, live chat, a knowledge base, an omnichannel inbox for WeChat, email and telephone, and reporting dashboards, for 180 named agent seats.

The Subscription Term is two Subscription Years. The first Subscription Year starts on the Service Start Date, which is the date of Go-Live Confirmation under A4, and each Subscription Year runs for one year from that date or its anniversary.

### A3. Fees

All amounts are in Chinese yuan (CNY) and include VAT.

| Item | Basis | Quantity | Unit price (CNY) | Amount (CNY) |
| --- | --- | --- | --- | --- |
| Subscription, Subscription Year 1 | per agent seat per year | 180 | 1,450 | 261,000 |
| Subscription, Subscription Year 2 | per agent seat per year | 180 | 1,450 | 261,000 |
| Onboarding and configuration | one-time | 1 | 36,000 | 36,000 |
| **Total fees for the Subscription Term** | | | | **558,000** |

Additional agent seats ordered during a Subscription Year are charged pro rata at the same unit price until the end of that Subscription Year.

### A4. Onboarding and Go-Live Confirmation

Vendor will configure the Service for Customer within 45 days after signature (the "Target Go-Live Date"). Onboarding covers single sign-on with Customer's directory, the WeChat and email channel connections, routing rules for Customer's four product lines, migration of up to 120,000 historical tickets and 900 knowledge articles, and train-the-trainer sessions for Customer's team leaders.

Go-Live Confirmation will be signed by Customer when all of the following have been demonstrated in Customer's presence: (a) all 180 agents can sign in through single sign-on; (b) test tickets created in each channel are routed to the correct queue; (c) the migrated tickets and articles match the source export by count and by a sample check of 200 records; and (d) the standard reports show correct figures for a test day. Use of the Service for live customer contacts before Go-Live Confirmation does not amount to confirmation.

If Go-Live Confirmation is delayed beyond the Target Go-Live Date for reasons attributable to Vendor, Vendor will credit Customer CNY 600 for each day of delay, up to a maximum of CNY 27,000.

### A5. Invoicing and Payment

The onboarding fee is invoiced after Go-Live Confirmation. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. Invoices are payable within 30 days of receipt by bank transfer.

### A6. Renewal and Special Terms

At the end of the Subscription Term this Agreement renews automatically for successive renewal terms of one Subscription Year each, unless either party gives notice of non-renewal at least 60 days before the end of the current term. For each renewal term Vendor may increase the per-seat fee by up to 9% over the fee of the previous Subscription Year by notice given at least 75 days before the renewal date.

The hosting provider named in Part B section 8 is approved by the parties' signature of this Order Form.

Signed for Vendor: ____________________ Signed for Customer: ____________________

## Part B — General Terms

### 1. Use of the Service

1.1 Vendor grants Customer a non-exclusive, non-transferable right during the Subscription Term to access and use the Service for Customer's internal business purposes, for the number of agent seats ordered.

1.2 Customer is responsible for the acts of its users, for keeping log-in credentials secure and for the content it submits through the Service.

1.3 Customer may not resell the Service, use it to build a competing product, or try to access the Service other than through the interfaces provided by Vendor. Vendor may monitor the use of the Service to check compliance with these limits, but not the content of Customer Data.

### 2. Operation of the Service

2.1 Vendor will use commercially reasonable efforts to keep the Service available and to carry out planned maintenance outside Customer's peak hours where practicable. Vendor does not promise that the Service will be uninterrupted or error-free.

2.2 Support is provided through Vendor's help centre and by email during Vendor's business hours, Monday to Friday, excluding Irish public holidays. Vendor handles support requests in the order of their importance as assessed by Vendor and will keep Customer informed of progress.

2.3 Vendor may update the Service from time to time, provided that updates do not materially reduce its functionality.

### 3. Customer Data

3.1 All data that Customer or its users submit to the Service, including customer contacts, ticket contents, chat transcripts and attachments ("Customer Data"), belongs to Customer. Vendor processes Customer Data only to provide the Service to Customer and does not use it for any other purpose, including analytics, benchmarking or the training of models.

3.2 Vendor will implement and maintain appropriate technical and organisational measures to protect Customer Data, including encryption in transit and at rest, role-based access limited to Vendor staff who need it, logging of administrative access and annual independent penetration testing. Vendor holds ISO/IEC 27001 certification for the Service.

3.3 Vendor will notify Customer without undue delay, and in any case within 24 hours, after becoming aware of a breach of security affecting Customer Data, will take the steps needed to contain and remedy it, and will bear the costs and losses caused to Customer by a breach resulting from Vendor's failure to comply with this section.

3.4 Within 30 days after the end of the Agreement, Vendor will make all Customer Data available for export in a standard format and will then delete it from the Service.

### 4. Customer Configurations

Workflows, routing rules, templates, macros, custom fields and reports built for Customer during onboarding or later ("Customer Configurations") belong to Customer. Customer may use, copy and modify them freely and may have third parties do so. The Service itself and Vendor's underlying software remain Vendor's property.

### 5. Confidentiality

5.1 Each party will keep confidential the non-public information of the other party that it receives under the Agreement, will use it only for the Agreement and will disclose it only to employees and advisers who need to know it and are bound by equivalent duties.

5.2 These obligations continue for three years after the end of the Agreement, and for as long as the information remains a trade secret.

### 6. Fees and Taxes

6.1 Fees are as stated in the Order Form. Vendor may suspend the Service if an undisputed invoice remains unpaid 30 days after a written reminder.

6.2 Fees are inclusive of VAT. Each party bears its own bank charges.

6.3 Customer may dispute an invoice in good faith by notice within 15 days, giving its reasons; the parties shall then discuss the dispute promptly, and the undisputed part remains payable.

### 7. Liability

7.1 Neither party is liable for indirect or consequential loss, loss of profits or loss of goodwill.

7.2 The total liability of each party under the Agreement is limited to two times the total fees payable under the Order Form. This limit does not apply to breach of section 3 or section 5, to personal injury or to fraud.

### 8. Subcontracting and Hosting

8.1 The Service for Customer is hosted in Alibaba Cloud's Hangzhou region within mainland China. Vendor will not subcontract any other part of its obligations, or change the hosting provider, without Customer's prior written consent, and remains responsible for its subcontractors.

### 9. Term and Termination

9.1 The Agreement runs for the Subscription Term and any renewal terms under A6.

9.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice describing the breach. On termination for Vendor's breach, Vendor will refund any prepaid fees for the unused part of the Subscription Year.

9.3 Either party may terminate if the other becomes insolvent or ceases to carry on business.

### 10. Governing Law and Disputes

10.1 The Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute that cannot be settled by negotiation within 30 days shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding.

### 11. General

11.1 Neither party may assign the Agreement without the other party's written consent, except to an affiliate on notice. Notices must be in writing and sent to the addresses in A1. The Agreement is the entire agreement of the parties on its subject and may be changed only in a document signed by both parties.
"""

E03 = r"""T:Purchase Contract for Condition Monitoring Sensors and Software
P:Contract No. LCP-EQ-2026-077
P:Buyer: Hebei Luancheng Paper Co., Ltd., Luancheng District, Shijiazhuang, Hebei Province, People's Republic of China (the "Buyer").
P:Supplier: Lough Ennell Instruments Limited, Ballinderry Business Park, Mullingar, County Westmeath, Ireland (the "Supplier").
P:This contract is issued on the Buyer's standard terms for equipment and software purchases. The Buyer is installing wireless condition monitoring on the rotating equipment of its two paper machines, its stock preparation line and its boiler house, and the Supplier has offered the sensors, gateways, server and monitoring software described below.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install and commission 320 wireless vibration and temperature sensors, 24 gateways, two edge servers and a perpetual licence of its MachineSight condition monitoring software for 340 monitored assets (together, the "System"), and shall configure the analytics models, alarm limits and dashboards for the Buyer's equipment.
P:1.2 The Supplier shall also provide training for the Buyer's maintenance engineers and operators, all documentation in Chinese and English, and spare parts lists.
P:1.3 The Supplier shall complete delivery within 70 days and installation and commissioning within 110 days after signature of this contract, following the installation plan agreed with the Buyer's maintenance department.
P:1.4 The Supplier shall appoint a Chinese-speaking project manager as the Buyer's single point of contact, who shall report progress to the Buyer every week.
H:2. Price
P:2.1 The total contract price is CNY 1,690,000, inclusive of VAT, customs duties, delivery to the Buyer's site, insurance, installation and all services in this contract (the "Contract Price"). It is itemised in the following table.
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor|320|2,150|688,000
TB:2|Wireless gateway with industrial enclosure|24|8,600|206,400
TB:3|Edge server with redundant power supply|2|46,800|93,600
TB:4|MachineSight software, perpetual licence, 340 assets|1|412,000|412,000
TB:Hardware and licence subtotal||||1,400,000
TB:5|Installation and commissioning|1|168,000|168,000
TB:6|Analytics model and dashboard configuration|1|96,000|96,000
TB:7|Training|1|26,000|26,000
TB:Total Contract Price||||1,690,000
P:2.2 The Contract Price is fixed and not subject to exchange-rate or other adjustment.
P:2.3 Title to the equipment passes to the Buyer on delivery to the Buyer's site; risk passes on signature of the installation record. The Supplier is responsible for export licences and customs clearance and shall deliver certificates of origin and conformity with each shipment.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 169,000) within 20 working days after signature, against the Supplier's invoice and an advance payment bank guarantee for the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 929,500) within 20 working days after all equipment has been delivered and installed and the Buyer has signed the installation record. The installation record confirms quantities and physical installation only and is not an acceptance of the System.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 591,500) within 20 working days after the Final Acceptance Certificate under clause 4 has been signed.
P:3.4 Each payment requires a valid VAT invoice for the amount due.
H:4. Acceptance
P:4.1 After commissioning the System shall run for a trial period of 45 days. Final Acceptance requires that all of the following criteria are met: (a) all 320 sensors report data at the configured interval with a data completeness of at least 98% over the trial period; (b) vibration readings of 20 sensors chosen by the Buyer agree with readings from the Buyer's calibrated portable analyser within the tolerance stated in the technical specification; (c) alarms for each configured limit have been tested and reach the maintenance staff by SMS and in the control room; (d) the software runs on both edge servers with automatic failover tested; and (e) all documentation and training have been delivered.
P:4.2 When the criteria are met, the Buyer shall sign the Final Acceptance Certificate within ten working days. Installation, commissioning, the trial period and any use of the System by the Buyer do not amount to acceptance.
P:4.3 If a criterion is not met, the Supplier shall remedy the defect at its own cost within 15 days and the relevant tests shall be repeated.
H:5. Warranty and After-Warranty Support
P:5.1 The Supplier warrants that the System is new, free from defects in design, materials and workmanship and conforms to the technical specification for 36 months from the date of the Final Acceptance Certificate (the "Warranty Period"). Sensor batteries are covered for the same period.
P:5.2 During the Warranty Period the Supplier shall repair or replace defective parts free of charge, including transport and labour, and shall provide software updates and remote support free of charge.
P:5.3 After the Warranty Period, the Supplier shall offer annual support at 9% of the hardware and licence subtotal, namely CNY 126,000 per year. This fee is fixed for the first two years after the Warranty Period. Annual support is ordered by separate purchase order each year and does not renew automatically.
P:5.4 Spare parts for the System shall remain available from the Supplier for at least eight years after Final Acceptance.
H:6. Service Levels
P:6.1 During the Warranty Period the monitoring software shall be available for at least 99.95% of each calendar month, excluding maintenance windows agreed in advance with the Buyer.
P:6.2 Faults are classified as follows. Severity 1: the software is unavailable, or data from more than one gateway is lost. Severity 2: data from a single gateway or more than ten sensors is lost, or alarms are delayed. Severity 3: any other fault. The Supplier shall respond to Severity 1 faults within 30 minutes and restore service within eight hours, to Severity 2 faults within two hours, and to Severity 3 faults within two working days.
P:6.3 For each hour by which the Supplier misses a response or restoration time for a Severity 1 fault, it shall pay the Buyer CNY 1,200. For each 0.01 percentage point by which monthly availability falls below the level in clause 6.1, it shall pay the Buyer CNY 800. These amounts may be deducted from any payment due to the Supplier.
H:7. Intellectual Property
P:7.1 The MachineSight software remains the property of the Supplier; the Buyer receives a perpetual, irrevocable licence to use it at its Luancheng site.
P:7.2 The analytics models, alarm configurations, dashboards, asset hierarchy and interface programs prepared for the Buyer, with their source files, belong to the Buyer, which may use, modify and license them freely.
H:8. Data Security
P:8.1 All data collected by the System, including measurement data, alarms, asset information and maintenance records, belongs to the Buyer. The Supplier may use this data only to perform this contract and shall not use it for any other purpose.
P:8.2 The System is installed on the Buyer's premises and network. The Supplier may access it remotely only through the Buyer's VPN, after approval for each session, and all access is logged. The Supplier shall not copy the Buyer's data outside the Buyer's network.
P:8.3 The Supplier shall comply with the PRC Cybersecurity Law and Data Security Law. It shall report any security incident affecting the System within two hours, take the measures needed to limit it, and compensate the Buyer for all losses caused by an incident attributable to the Supplier.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all technical, production and commercial information of the Buyer obtained under this contract and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues after the end of this contract.
H:10. Delay and Liability
P:10.1 If the Supplier fails to complete delivery or installation and commissioning by the dates in clause 1.3, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this contract shall not exceed 150% of the Contract Price, except for liability for personal injury, wilful misconduct, infringement of third-party rights and breach of clauses 8 and 9, which is not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after the Buyer's notice, or if the liquidated damages under clause 10.1 reach their maximum. The Supplier shall then refund the amounts paid for parts of the System not accepted.
H:13. Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall be settled by negotiation. If negotiation fails, either party may submit the dispute to the Shijiazhuang Arbitration Commission for arbitration in Shijiazhuang. The award is final and binding on both parties.
H:14. General
P:14.1 This contract comes into force on signature by both parties. The technical specification and the installation plan are annexed to it and form part of it. Amendments must be made in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Support Services Agreement

**Agreement reference:** CMI-HT-2026-09

**Provider:** Caithness Managed IT Limited, a company registered in Scotland, Harbour Quay, Wick, Caithness, KW1 Scotland ("Provider").

**Customer:** Shenzhen Hongtu Supply Chain Management Co., Ltd., Qianhai, Shenzhen, Guangdong, People's Republic of China ("Customer").

Customer operates a head office and nine regional warehouses in southern China with about 1,200 staff. Provider has offered to run Customer's IT service desk and end-user support through a team in Shenzhen backed by its remote operations centre. The parties therefore agree as follows.

## 1. Definitions

1.1 **Services** means the managed services described in Schedule 1.

1.2 **Service Commencement Date** means the date on which Customer signs the Transition Acceptance Certificate under clause 4.

1.3 **Term** means 36 months from the Service Commencement Date.

1.4 **Charges** means the charges set out in Schedule 2.

1.5 **Service Levels** and **Service Credits** mean the levels and credits set out in Schedule 3.

1.6 **Customer Data** means all data of Customer or its staff, customers and suppliers that Provider receives or can access in performing the Services.

## 2. Appointment and Term

2.1 Customer appoints Provider to provide the Services for the Term, and Provider accepts the appointment.

2.2 This Agreement starts on signature. The Transition runs from signature to the Service Commencement Date, and the Services run for the Term. The Agreement ends at the end of the Term unless the parties agree in writing to extend it; it does not renew automatically.

## 3. Transition

3.1 Provider shall take over the Services from Customer's internal IT team during a Transition of no more than 60 days after signature. The Transition includes knowledge transfer, documentation of Customer's environment, set-up of the ticketing tool and telephone line, recruitment and induction of the on-site team, and a parallel run of at least ten working days.

3.2 If the Service Commencement Date does not occur within 60 days after signature for reasons attributable to Provider, Provider shall pay Customer liquidated damages of CNY 1,500 for each day of delay, up to CNY 45,000.

## 4. Transition Acceptance

4.1 Customer shall sign a Transition Acceptance Certificate when all of the following criteria are met: (a) the service desk has handled all incoming contacts during the parallel run and met the response targets in Schedule 3 on at least 95% of tickets; (b) the asset register covers all end-user devices at the head office and the nine warehouses and matches a physical sample count of 150 devices; (c) runbooks exist for the processes listed in Schedule 1; and (d) all on-site staff named in the Transition plan are in post.

4.2 Provider's start of work or Customer's use of the service desk during the parallel run does not amount to acceptance. If a criterion is not met, Provider shall remedy the shortfall at its own cost and the parallel run shall be extended.

## 5. Provision of the Services

5.1 Provider shall provide the Services in accordance with Schedule 1, with reasonable skill and care and in compliance with Customer's site rules.

5.2 Provider shall maintain an on-site team of at least six engineers at Customer's head office and a service desk available by telephone, WeChat and the ticketing portal in Mandarin, Cantonese and English.

5.3 Provider shall submit a monthly service report showing performance against each Service Level, the Service Credits due, ticket volumes and trends, and improvement actions, and shall attend a monthly service review with Customer's IT manager.

## 6. Charges and Payment

6.1 Customer shall pay the Charges set out in Schedule 2. The total Charges for the Term are CNY 2,160,000, inclusive of VAT.

6.2 The Transition fee is invoiced after the Transition Acceptance Certificate has been signed. The monthly service charge is invoiced monthly in arrears. Service Credits for a month are deducted from the invoice for the following month.

6.3 Invoices are payable within 30 days after receipt of a valid VAT invoice.

## 7. Service Levels and Service Credits

7.1 Provider shall meet the Service Levels in Schedule 3. If a Service Level is missed in a month, Provider shall give Customer the Service Credit stated in Schedule 3.

7.2 Service Credits are a price adjustment reflecting the reduced value of the Services and are Customer's only financial remedy for missed Service Levels.

## 8. Customer Data

8.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to provide the Services and shall return it to Customer when the Agreement ends.

## 9. Confidentiality

9.1 Each party shall keep confidential the other party's confidential information, including Customer Data, Customer's network information and the terms of this Agreement, shall use it only to perform this Agreement and shall not disclose it to a third party without the other party's prior written consent.

9.2 Provider shall ensure that its staff are bound by written confidentiality undertakings. This clause continues to apply for three years after the Agreement ends.

## 10. Intellectual Property

10.1 Runbooks, knowledge articles, scripts, reports and other materials created by Provider specifically for Customer under this Agreement belong to Customer, which may use and modify them freely and give them to any successor provider.

10.2 Provider's tools and methods that existed before this Agreement remain Provider's property.

## 11. Personnel and Subcontracting

11.1 Provider shall not subcontract any part of the Services without Customer's prior written consent and remains responsible for the acts and omissions of any approved subcontractor.

11.2 Provider shall replace any member of the on-site team whom Customer reasonably objects to.

## 12. Liability

12.1 Neither party is liable for loss of profit, loss of business or indirect loss.

12.2 Provider's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the Charges paid by Customer in the six months immediately preceding the event giving rise to the claim.

12.3 Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.

## 13. Termination

13.1 The Agreement runs for the full Term. Customer may not terminate the Agreement for breach by Provider; its remedies for a breach are Service Credits under clause 7 and damages within the limits of clause 12.

13.2 Provider may terminate the Agreement by written notice if undisputed Charges remain unpaid 60 days after a written reminder.

13.3 On expiry or termination Provider shall, for up to 90 days and at the rates in Schedule 2, help Customer transfer the Services to Customer or a new provider, and shall hand over all documentation, credentials and materials under clause 10.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Shenzhen Court of International Arbitration for arbitration in Shenzhen. The award is final and binding.

## 15. General

15.1 Neither party may assign this Agreement without the other's written consent. Changes must be agreed in writing. Notices shall be sent to the addresses above, with a copy by email.

## Schedule 1 — Services

| Service | Scope | Hours |
| --- | --- | --- |
| Service desk | Single point of contact for incidents and requests from all Customer staff; logging, triage and first-line resolution | 07:00–22:00 daily; on-call outside these hours |
| On-site support | Desktop, laptop, printer and mobile device support at head office; scheduled visits to the nine warehouses | Working days 08:30–18:00 |
| Device management | Build, deployment, patching and retirement of about 1,350 end-user devices; asset register | Working days |
| Warehouse terminals | Support of handheld scanners, label printers and wireless access in the warehouses | 07:00–22:00 daily |
| Identity and access | Joiners, movers and leavers; password resets; group membership | 07:00–22:00 daily |
| Reporting | Monthly service report and service review | Monthly |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
| --- | --- | --- |
| Transition fee | One-time, after Transition Acceptance | 72,000 |
| Monthly service charge | 58,000 per month for 36 months | 2,088,000 |
| Total Charges for the Term | | 2,160,000 |
| Additional on-site engineer days | Per day, when ordered in writing | 1,900 |
| Exit assistance under clause 13.3 | Per engineer day | 1,900 |

## Schedule 3 — Service Levels and Service Credits

| Priority | Definition | Response | Resolution | Service Credit if missed in a month |
| --- | --- | --- | --- | --- |
| P1 | Outage affecting a warehouse, the head office or more than 50 users | 30 minutes | 6 hours | 3% of the monthly service charge |
| P2 | Outage affecting a team or a key user | 1 hour | 8 business hours | 2% of the monthly service charge |
| P3 | Single user fault with a workaround | 2 business hours | 3 business days | 1% of the monthly service charge |
| P4 | Service request | 1 business day | 5 business days | none |

Service Credits in a month shall not exceed 10% of the monthly service charge for that month.
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
(Vessel Position and Port Call Data API)

Agreement No. NDS-2026-CN-014

BETWEEN

Nithsdale Data Services Ltd, a company registered in Scotland, with its office at English Street, Dumfries, DG1 Scotland (the "Supplier"); and

Xiamen Haiyun International Freight Forwarding Co., Ltd., a company incorporated in the People's Republic of China, with its office in Huli District, Xiamen, Fujian (the "Customer").

BACKGROUND

The Customer wants to show live vessel positions, estimated arrival times and port call history to its own staff and shippers in its booking and tracking platform. The Supplier operates a global network of terrestrial and satellite AIS receivers and licenses the resulting data through an application programming interface. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Supplier's vessel data application programming interface described in the Schedule.

1.2 "Data" means the vessel positions, voyage details, port calls, estimated times of arrival and related information made available through the API.

1.3 "Subscription Year" means each period of one year beginning on the Service Start Date or on an anniversary of it. The Subscription Term consists of two Subscription Years.

1.4 "Service Start Date" means the date on which the Supplier issues production API keys to the Customer.

1.5 "Customer Data" means the data that the Customer sends to the API, including its vessel watch lists, booking references, queries and user information.

2. SUBSCRIPTION AND LICENCE

2.1 The Supplier grants the Customer a non-exclusive, non-transferable licence during the Subscription Term to call the API, to store the Data in its own systems and to display the Data to its employees and to shippers using its booking and tracking platform.

2.2 The Customer may not resell the Data in bulk or make it available to third parties through its own API. Data stored by the Customer before the end of the Subscription Term may be kept for its internal records.

2.3 The subscription includes up to 3,000,000 API calls per month. Calls above this volume are charged at the overage rate in the Schedule.

3. ONBOARDING

3.1 The Supplier shall provide onboarding services consisting of a sandbox environment, integration support for the Customer's developers, a custom port-code mapping between the Supplier's port identifiers and the Customer's internal codes, and a custom data feed of port calls for the 60 ports named by the Customer.

3.2 Onboarding is complete when the Customer confirms in writing that the following criteria have been met in the sandbox over five consecutive working days: (a) the API returns positions for at least 98% of the vessels on the Customer's test watch list; (b) the median response time for position queries is below 800 milliseconds; (c) the port-code mapping covers all 60 ports without error; and (d) the port call feed matches a sample of 100 port calls checked by the Customer against port authority records. Issue of production API keys follows the Customer's confirmation. The Supplier aims to complete onboarding within 40 days after signature.

4. FEES AND PAYMENT

4.1 The fees are:
   (a) Subscription Fee: CNY 486,000 for each Subscription Year, CNY 972,000 for the Subscription Term;
   (b) Onboarding Fee: CNY 58,000, one time;
   total fixed fees: CNY 1,030,000, inclusive of VAT.
   Overage is charged in addition as set out in the Schedule.

4.2 The Supplier shall invoice the Onboarding Fee and the Subscription Fee for the first Subscription Year on signature of this Agreement. The Customer shall pay that invoice within 15 days, and the Supplier shall begin onboarding and issue production API keys only after receiving payment.

4.3 The Subscription Fee for the second Subscription Year is invoiced on the first day of that year and is payable within 30 days.

4.4 Overage is invoiced quarterly in arrears.

5. SERVICE LEVELS

5.1 The API shall be available for at least 99.95% of each calendar month, excluding scheduled maintenance of which the Customer has been notified at least five days in advance, up to six hours per month.

5.2 The Supplier shall respond to support tickets as follows: Severity 1 (the API is unavailable or returns no Data for a region): within one hour, at any time; Severity 2 (degraded performance or delayed Data): within three hours during business hours; Severity 3 (other questions): within two business days.

5.3 If availability in a month falls below the level in clause 5.1, the Customer shall receive a service credit against the next invoice of 5% of the monthly equivalent of the Subscription Fee for each 0.1 percentage point, or part of it, below that level, up to half of the monthly equivalent. If the Supplier misses the Severity 1 response time, the Customer shall receive a further credit of CNY 2,000 for each hour of delay.

6. DATA QUALITY

6.1 The Supplier shall use its network and quality controls to provide Data of the quality described in the Schedule. The Customer acknowledges that AIS signals are transmitted by vessels and may be incomplete or incorrect, and the Supplier does not warrant the accuracy of any individual position.

6.2 The Supplier shall notify the Customer at least 90 days in advance of any change to the API that is not backward compatible, and shall keep the previous version of the API available for at least 90 days after the change.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Supplier shall process Customer Data only to provide the API and support to the Customer and shall not use it for any other purpose, including the improvement of its own products, analytics or disclosure to other customers.

7.2 The Supplier shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access restricted to named staff, logging of access and regular testing. Customer Data sent from mainland China shall be handled in compliance with PRC law, and the Customer shall not send personal information to the API beyond user account identifiers.

7.3 The Supplier shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, shall take all reasonable steps to contain it, and shall compensate the Customer for the losses caused by an incident resulting from the Supplier's breach of this clause.

7.4 At the end of the Subscription Term the Supplier shall delete Customer Data within 30 days and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 The Supplier and its licensors retain all rights in the API and the Data, subject to the licence in clause 2.

8.2 The custom port-code mapping and the custom port call feed specification prepared for the Customer under clause 3 belong to the Customer, which may use, modify and license them freely, including with another data provider.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, shall use it only for this Agreement and shall not disclose it except to its employees and advisers who need to know it. This obligation continues for three years after the end of this Agreement.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss or loss of profit.

10.2 Each party's total liability under this Agreement is limited to two times the total fixed fees in clause 4.1, except for breach of clauses 7 and 9, infringement of intellectual property rights and fraud, which are not limited.

11. SUBCONTRACTING

11.1 The Supplier shall not subcontract the provision of the API or the onboarding services without the Customer's prior written consent.

12. TERM AND TERMINATION

12.1 This Agreement begins on signature and ends at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new written agreement.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. If the Customer terminates for the Supplier's breach, the Supplier shall refund the fees paid for the remainder of the current Subscription Year.

12.3 The Customer may also terminate by written notice if availability falls below the level in clause 5.1 in any three months of a Subscription Year.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising from this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing in accordance with its rules. The arbitral award is final and binding on both parties.

14. GENERAL

14.1 This Agreement, with the Schedule, is the whole agreement of the parties on its subject. Changes must be agreed in writing and signed by both parties. Neither party may assign this Agreement without the other party's written consent.

14.2 Notices under this Agreement shall be given in writing in English or Chinese and sent by courier or by email to the addresses above or to another address notified by a party.

SCHEDULE: API SPECIFICATION AND CHARGES

API endpoints: vessel position (single and bulk); voyage and ETA; port calls by vessel and by port; port congestion summary.
Coverage: global terrestrial and satellite AIS; position refresh at least every two minutes in coastal areas.
Overage rate: CNY 0.02 per call above the monthly volume in clause 2.3.

Signed for the Supplier: ____________________      Signed for the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------------
# Files, labels and checks

FILES = {  # key -> (file name, format)
    "z01": ("h883z01_city_street_vending_management_platform.pdf", "pdf"),
    "z02": ("h883z02_shoe_rack_factory_line_control_retrofit.docx", "docx"),
    "z03": ("h883z03_ice_dance_chain_booking_membership_saas.txt", "txt"),
    "z04": ("h883z04_maritime_transshipment_oversight_annual_om.txt", "txt"),
    "z05": ("h883z05_bamboo_studio_process_tracking_supplier_template.md", "md"),
    "e01": ("h883e01_quality_software_perpetual_licence_ennis_vendor.pdf", "pdf"),
    "e02": ("h883e02_service_desk_saas_order_form_carlow_vendor.md", "md"),
    "e03": ("h883e03_condition_monitoring_sensors_mullingar_vendor.docx", "docx"),
    "e04": ("h883e04_managed_it_support_36_months_wick_vendor.md", "md"),
    "e05": ("h883e05_vessel_data_api_subscription_dumfries_vendor.txt", "txt"),
}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
       "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

# price arithmetic as stated in the texts
assert 680000 + 520000 + 86000 + 24000 == 1310000 and 262000 + 589500 + 458500 == 1310000
assert 6 * 126000 + 48 * 9500 + 12 * 6500 + 96000 + 474000 == 1860000 and 1860000 + 198000 + 42000 == 2100000
assert 420000 + 1155000 + 525000 == 2100000 and round(0.2 * 1860000) == 372000
assert 35 * 8800 == 308000 and 2 * 308000 + 64000 == 680000
assert 264000 + 86000 + 58000 + 60000 == 468000 and 4 * 117000 == 468000
assert 126000 + 154000 + 16000 == 296000 and 192400 + 103600 == 296000 and round(0.65 * 296000) == 192400
assert 1140000 + 386000 + 92000 + 42000 == 1660000 and 332000 + 747000 + 581000 == 1660000
assert round(0.11 * 1140000) == 125400
assert 180 * 1450 == 261000 and 2 * 261000 + 36000 == 558000
assert 320 * 2150 + 24 * 8600 + 2 * 46800 + 412000 == 1400000 and 1400000 + 168000 + 96000 + 26000 == 1690000
assert 169000 + 929500 + 591500 == 1690000 and round(0.09 * 1400000) == 126000
assert 58000 * 36 + 72000 == 2160000
assert 2 * 486000 + 58000 == 1030000

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def lab(lang, category, t, x):
    terms = dict(zip(TERM_KEYS, t))
    extra = {"sla_clause": x[0], "ld_stated": x[1]}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = x[2]
    extra["acceptance_deemed_on_delivery"] = x[3]
    extra["contract_value"] = x[4]
    return {"language": lang, "category": category, "expected_terms": terms, "expected_extra": extra}


G, S = "goods_or_licence", "service"
LABELS = {
    "z01": lab("zh", "software", [99.5, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False,
                                  True, True, "PRC", G], [True, True, True, False, 1310000]),
    "z02": lab("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 6, 20, False,
                                  True, False, "PRC", G], [True, True, True, False, 2100000]),
    "z03": lab("zh", "cloud", [99.95, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None,
                               True, True, False, "PRC", S], [True, True, None, False, 680000]),
    "z04": lab("zh", "services", [99.95, 0.25, True, "buyer", True, True, True, 0.2, None, None, True, None, None, None,
                                  False, True, False, "PRC", S], [True, True, None, False, 468000]),
    "z05": lab("zh", "software", [None, 24, False, "supplier", True, True, False, 0.02, 20, 65, False, False, 18, None,
                                  False, True, None, "PRC", G], [True, True, False, True, 296000]),
    "e01": lab("en", "software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False,
                                  True, False, "Ireland", G], [True, True, True, False, 1660000]),
    "e02": lab("en", "cloud", [None, None, False, "buyer", True, True, True, 600 / 558000 * 100, 200, None, True, None,
                               None, None, True, True, False, "PRC", S], [False, True, None, False, 558000]),
    "e03": lab("en", "hardware", [99.95, 0.5, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 36, 9, False,
                                  True, False, "PRC", G], [True, True, True, False, 1690000]),
    "e04": lab("en", "services", [None, 0.5, True, "buyer", False, True, True, 1500 / 2160000 * 100, 6 / 36 * 100, None,
                                  True, None, None, None, False, False, False, "PRC", S], [True, True, None, False, 2160000]),
    "e05": lab("en", "cloud", [99.95, 1, True, "buyer", True, True, True, None, 200, (486000 + 58000) / 1030000 * 100,
                               True, None, None, None, False, True, False, "PRC", S], [True, False, None, False, 1030000]),
}
# TCO inputs (policy section 4): itemised licence / hardware subtotal = fee base
TCO_BASE = {"z01": 680000, "z02": 1860000, "e01": 1140000, "e03": 1400000}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # courts of Ireland

DESIGN = {
    "z01": ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"],
    "z04": [],
    "z05": ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP", "CR-TERMINATION"],
    "e05": ["CR-LD-MISSING", "CR-PREPAYMENT"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
RISK = {"z01": "medium", "z02": "high", "z03": "medium", "z04": "low", "z05": "high",
        "e01": "low", "e02": "high", "e03": "low", "e04": "high", "e05": "high"}


def tco_share(key):
    t, x = LABELS[key]["expected_terms"], LABELS[key]["expected_extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = years * t["post_warranty_fee_pct"] / 100 * TCO_BASE[key]
    return post / (x["contract_value"] + post) * 100


def derive(key):
    """The rules of policy section 3, as I read them, applied to a label."""
    t, x = LABELS[key]["expected_terms"], LABELS[key]["expected_extra"]
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
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
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(key)
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk_of(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---- threshold scan ------------------------------------------------------------------------------------------------
PCT = r"(?:%|％|percent|per\s*cent)"
THRESHOLD_PATTERNS = [
    r"99\.90*(?![0-9])",                                                  # availability 99.9
    r"(?<![0-9.])4\s*-?\s*(?:个\s*)?(?:小时|hours?|hrs?\b|h\b)",             # 4 hours
    r"(?<![a-z-])four[\s-]*hours?", r"(?<![一二三四五六七八九十])四\s*个?\s*小时",
    r"(?<![0-9.])0\.050*(?![0-9])", r"万分之五(?![0-9十百千点])", r"千分之零点五",  # 0.05 % per day
    r"(?<![0-9.,])100(?:\.0+)?\s*" + PCT, r"百分之(?:一)?百(?![0-9零一二三四五六七八九十点])",   # 100 % cap
    r"(?<![0-9.,])30(?:\.0+)?\s*" + PCT, r"百分之三十(?![0-9一二三四五六七八九点])",        # 30 % prepayment
    r"(?<![0-9.,])12\s*-?\s*(?:个\s*月|months?)", r"twelve[\s-]*months?",
    r"(?<![一二三四五六七八九十])十二\s*个\s*月",                                  # 12 months warranty
    r"(?<![0-9.,])15(?:\.0+)?\s*" + PCT, r"百分之十五(?![0-9点])",                # 15 % post-warranty fee
    r"(?<![0-9.,])40(?:\.0+)?\s*" + PCT, r"百分之四十(?![0-9一二三四五六七八九点])",      # 40 % TCO share
]
MUST_HIT = ["99.9%", "99.9 %", "availability 99.90", "4小时", "4 个小时", "within 4 hours", "a 4-hour response",
            "four hours", "四小时", "0.05%", "0.05 %", "万分之五", "100%", "100 per cent", "百分之一百", "百分之百",
            "30%", "30 %", "30 percent", "百分之三十", "12 months", "12-month", "12个月", "twelve months", "十二个月",
            "15%", "15 per cent", "百分之十五", "40%", "百分之四十", "4hours", "12months", "30％"]
MUST_MISS = ["99.95%", "99.99%", "99.5%", "24小时", "24 hours", "14 hours", "twenty-four hours", "二十四小时",
             "0.055%", "10.05", "万分之五十", "1,100%", "100,000", "300,000", "130%", "0.30%", "百分之三十五",
             "112 months", "2026年12月31日", "二十二个月", "1.15%", "115%", "0.15%", "百分之十五点五", "140%",
             "百分之四十五", "30 days", "12 hours", "40 days", "15 days", "P4 Service request"]


def threshold_hits(text):
    low = text.lower()
    forms = [low, re.sub(r"\s+", " ", low), re.sub(r"\s+", "", low)]
    return sorted({m.group(0) for f in forms for p in THRESHOLD_PATTERNS for m in re.finditer(p, f)})


for s in MUST_HIT:
    assert threshold_hits(s), "pattern self-test, must hit: " + s
for s in MUST_MISS:
    assert not threshold_hits(s), "pattern self-test, must miss: %s %s" % (s, threshold_hits(s))

THRESHOLD_VALUES = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                    "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12,
                    "post_warranty_fee_pct": 15}


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


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    targets = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: SRC[k] for k in targets}, targets, OUT, wrap_words=True)
    for k, (name, fmt) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SRC[k].strip() + "\n", encoding="utf-8")
            print("wrote", name)


def main():
    build()
    covered = set()
    for k, (name, fmt) in FILES.items():
        rules = derive(k)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        assert risk_of(rules) == RISK[k], (k, risk_of(rules))
        covered |= set(rules)
        lb = LABELS[k]
        t = lb["expected_terms"]
        for f, v in THRESHOLD_VALUES.items():
            assert t[f] is None or abs(t[f] - v) > 1e-9, (k, f, t[f])
        share = tco_share(k)
        assert share is None or abs(share - 40) > 2, (k, share)
        label = {"file": name, **lb, "expected_rules": rules}
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False), encoding="utf-8")
        text = read_back(OUT / name)
        hits = threshold_hits(text)
        assert not hits, (k, hits)
        if lb["language"] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
            unit = "characters without whitespace"
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
            unit = "words"
        print("%-62s %5d %s  rules=%s  risk=%s  tco=%s" % (name, n, unit, ",".join(r[3:] for r in rules) or "-",
                                                          risk_of(rules), None if share is None else round(share, 2)))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    print("all 20 rules covered; all checks passed")


if __name__ == "__main__":
    main()
