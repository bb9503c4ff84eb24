"""Builds the holdout681 blind held-out set: ten draft contracts (.txt/.md written as is, .docx/.pdf through
../word_pdf.py), their .json labels, and the checks of the brief (lengths as read back, no threshold figure in any
text or label, labels' rules against the design list, coverage of all 20 CR rules).
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (.pdf, 第X条 with 1.1 sub-clauses)
H681Z01 = """
T:边境巡查勤务管理平台采购合同
P:合同编号：LJK-ZFCG-2025-031
P:甲方（采购人）：临江口边境管理支队
P:乙方（供应商）：北京镇疆信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号LJK2025-GK-08）、乙方投标文件和中标通知书，甲乙双方经协商一致，就边境巡查勤务管理平台的软件许可、定制开发及实施服务订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供边境巡查勤务管理平台软件许可，含勤务排班、巡逻轨迹、卡口登记、警情上报和移动终端五个模块。许可为永久许可，不限使用年限，覆盖支队机关及下属九个边境派出所。
P:1.2 乙方按甲方需求完成定制开发：巡逻轨迹与界碑点位比对、无人机巡查视频接入、与甲方视频专网及指挥调度系统的数据接口、勤务统计报表二十张。
P:1.3 乙方负责平台部署、历史勤务数据迁移、联调测试及操作培训，培训对象为支队及派出所业务骨干，不少于六十人次。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零陆万捌仟元整（¥2,068,000），含税，为固定总价。分项如下：平台软件许可费¥1,160,000；定制开发费¥724,000；部署实施及数据迁移费¥138,000；培训费¥46,000。
P:2.2 合同总价已包括软件、开发、部署、差旅、税费及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，计¥413,600。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%，计¥930,600。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，计¥723,800。
P:3.4 甲方按财政国库集中支付程序付款，因财政审批程序造成的合理延迟不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后90日内完成平台部署及定制开发，并向甲方提交初步验收申请。
P:4.2 乙方应派驻项目经理一名及开发、实施人员不少于六名；未经甲方书面同意，乙方不得更换项目经理。
P:4.3 乙方人员进入甲方营区及执勤现场，应遵守甲方的营区管理和安全规定，并接受甲方的身份审查。
H:第五条 验收
P:5.1 初步验收标准：全部功能模块按需求规格说明书逐项测试通过；数据接口与视频专网、指挥调度系统联调成功，连续七日数据交换无差错；移动终端在无公网信号区域可离线登记，恢复联网后自动同步；平台在300个并发用户下页面响应时间不超过3秒。
P:5.2 初步验收后进入试运行，试运行期为60日。试运行期内未发生一级故障、迁移数据经逐表核对无差异，并通过甲方委托的第三方软件测评机构安全测评后，方可组织最终验收。
P:5.3 验收由甲方组织，出具书面验收报告。平台上线使用或甲方支付任何款项均不视为验收合格；验收不合格的，乙方应在15日内整改并重新提交验收，费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，甲方如需继续由乙方提供维护服务，年度维护费不超过平台软件许可费的8%，即每年不超过¥92,800，该价格在质保期满后两年内保持不变。
H:第七条 服务水平
P:7.1 平台在质保期内的月度可用率应不低于99.95%，计划内维护除外；计划内维护须提前三日书面通知甲方。
P:7.2 故障分级与响应：一级故障（平台整体不可用或巡查数据无法上报）乙方应在30分钟内响应、2小时内到达现场、8小时内恢复；二级故障应在2小时内响应、48小时内解决；三级故障在下一版本中修复。
P:7.3 乙方未达到上述要求的，一级故障每超时一小时扣减¥1,000，月度可用率每低于承诺值0.01个百分点扣减¥2,000，从维护费或应付款中扣除。
H:第八条 知识产权
P:8.1 平台标准软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 乙方为本项目定制开发的程序、接口、报表及其源代码和技术文档，知识产权归甲方所有。乙方应在最终验收时完整移交源代码，甲方可自行或委托第三方使用、修改。
P:8.3 乙方保证其提供的软件不侵犯第三方权利，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台中的勤务、轨迹、卡口登记及视频数据均属于甲方，乙方不得以任何方式留存、复制或用于本合同以外的目的。
P:9.2 乙方应按网络安全等级保护第三级要求部署平台，实施过程仅在甲方内网进行；远程运维须经甲方逐次审批，并通过堡垒机操作，全程记录。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，由乙方承担全部法律责任和赔偿责任。
H:第十条 保密
P:10.1 乙方对履行合同中知悉的甲方勤务部署、人员信息、边境设施及其他非公开信息负有保密义务，不得向任何第三方披露。
P:10.2 乙方应与参与本项目的人员签订保密承诺书。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期完成部署或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:11.2 乙方交付的软件不符合合同约定的，甲方有权要求更换、修复，并要求乙方赔偿由此造成的损失。
H:第十二条 分包
P:12.1 本项目不允许分包或转包，乙方应自行完成全部工作。
H:第十三条 合同解除
P:13.1 乙方逾期超过30日，或存在其他重大违约且经甲方书面通知后15日内未改正的，甲方有权书面通知解除合同，乙方应返还已收款项并赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方均可解除合同。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同的组成部分。
P:15.2 本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。
P:15.3 项目管理：乙方应按周提交项目进度报告，列明已完成工作、下周计划、存在问题及需要对方配合的事项；双方每两周召开一次项目例会，形成会议纪要并经双方代表签字确认。乙方变更实施计划须事先征得甲方书面确认。
P:15.4 文档交付：乙方应交付需求规格说明书、概要设计、详细设计、接口说明、部署手册、用户手册、运维手册和测试报告，文档应为中文，内容与实际交付系统一致，并提供纸质版和可编辑的电子版各一套。
P:15.5 权利转让：未经对方书面同意，任何一方不得将本合同项下的权利义务转让给第三方。本合同的任何修改和补充均应以书面形式作出，经双方签字盖章后生效，与本合同具有同等效力。
P:15.6 廉洁与通知：乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益。合同履行中的通知应以书面形式送达合同首部所列地址，一方变更联系方式的，应在三日内书面通知对方。
P:甲方（盖章）：临江口边境管理支队　　乙方（盖章）：北京镇疆信息技术有限公司
P:签订日期：2025年　月　日
"""

# ---------------------------------------------------------------- z02 (.docx, 第X条, Word price table)
H681Z02 = """
T:吸管挤出切管生产线控制系统改造合同
P:合同编号：HY-SB-2025-0619
P:甲方（买方）：浙江禾源环保吸管有限公司
P:乙方（卖方）：宁波精控自动化技术有限公司
P:甲方为提升纸吸管和PLA吸管生产线的稳定性与质量追溯能力，委托乙方对其六条挤出切管生产线的控制系统实施改造。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 项目范围
P:1.1 乙方负责六条生产线的控制系统改造，包括拆除原有继电器控制柜，供货并安装PLC控制系统、伺服切管单元、在线视觉检测装置和人机界面，实现挤出速度、牵引速度与切管长度的闭环控制。
P:1.2 乙方向甲方提供产线监控软件永久许可一套，用于六条生产线的工艺参数监视、配方管理、报警记录和产量统计，并开发与甲方MES系统的数据接口。
P:1.3 改造分三批实施，每批两条生产线，每批停线时间不超过七日，具体时间由双方按甲方生产计划书面确定。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰肆拾陆万伍仟元整（¥1,465,000），含增值税及运输、安装、调试费用。明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制系统（含控制柜）|6套|86,000|516,000
TB:2|伺服切管单元|6套|58,000|348,000
TB:3|在线视觉检测装置|6套|32,000|192,000
TB:4|人机界面触摸屏|6台|9,500|57,000
TB:5|产线监控软件永久许可|1套|168,000|168,000
TB:|软硬件小计|||1,281,000
TB:6|安装调试及停线切换|1项|96,000|96,000
TB:7|程序开发（配方管理、MES接口）|1项|74,000|74,000
TB:8|操作及维护培训|1项|14,000|14,000
TB:|合计|||1,465,000
P:2.2 本合同价格为固定价格，履约期间不因材料、人工价格变化而调整。
H:第三条 付款
P:3.1 合同生效后10日内，甲方支付合同总价的10%作为预付款，计¥146,500。
P:3.2 全部设备到货并完成安装后，甲方支付合同总价的65%，计¥952,250。到货安装不视为验收。
P:3.3 六条生产线全部通过最终验收后，甲方支付合同总价的25%，计¥366,250。
P:3.4 乙方每次收款前应向甲方开具等额增值税专用发票。
H:第四条 交货与实施
P:4.1 乙方应于合同生效后45日内将全部设备运抵甲方工厂，并于合同生效后100日内完成六条生产线的改造和调试。
P:4.2 乙方进场前应提交实施方案和停线切换计划，经甲方确认后执行。现场作业应遵守甲方安全生产制度和食品接触材料车间卫生管理规定。
P:4.3 设备的所有权自到货签收时转移给甲方，毁损灭失的风险在最终验收前由乙方承担。
H:第五条 验收
P:5.1 每条生产线改造完成后连续试生产72小时，达到以下标准方可通过单线验收：切管长度偏差不超过±0.5毫米；在线视觉检测对破损管、扁管的检出率不低于98%；产线速度较改造前提高一成以上；试生产期间不发生因控制系统导致的停机。
P:5.2 六条生产线全部通过单线验收、MES接口数据连续十日核对一致且培训完成后，由甲方组织最终验收并签署验收证书。
P:5.3 设备安装、试生产或甲方使用产线生产均不视为验收合格。验收不合格的，乙方应在10日内整改，整改后重新验收。
H:第六条 质量保证与维保
P:6.1 质保期为二十四个月，自最终验收之日起计算。质保期内设备及软件的故障维修、部件更换、软件升级均由乙方免费提供。
P:6.2 质保期满后，乙方按年提供维保服务，年度维保费按软硬件小计的7%计取，即每年¥89,670，质保期满后三年内不上调，甲方可按年决定是否续签。
P:6.3 故障响应：一级故障（整线停机）乙方应在1小时内电话响应，6小时内到达现场；二级故障（单项功能失效但可降速生产）应在8小时内到场；三级故障在下次巡检时处理。
P:6.4 乙方响应或到场超时的，一级故障每超时一小时向甲方支付¥500，二级故障每超时一小时支付¥200，甲方可从维保费或应付款项中扣除。
P:6.5 质保期内乙方每季度上门巡检一次，并提交巡检报告。
H:第七条 知识产权
P:7.1 产线监控软件标准产品的知识产权归乙方所有，甲方享有永久使用权。
P:7.2 乙方为本项目编写的PLC程序、配方管理程序、MES接口程序及其源代码，知识产权归甲方所有。乙方应在最终验收时交付源代码和注释文档，甲方可自行修改或委托他人维护。
H:第八条 数据安全
P:8.1 生产线产生的工艺参数、配方、产量及质量数据属于甲方，乙方不得复制、留存或用于本合同以外的用途。
P:8.2 乙方远程维护须事先取得甲方书面同意，经甲方提供的VPN账号接入，维护完成后立即断开；乙方不得在控制系统中设置未声明的远程通道或账号。
P:8.3 因乙方原因导致甲方数据泄露、丢失或控制系统遭受网络攻击的，乙方应在2小时内通知甲方，配合处置并赔偿甲方损失。
H:第九条 保密
P:9.1 双方对在履行本合同中知悉的对方技术资料、配方、工艺参数和经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内持续有效。
H:第十条 分包
P:10.1 乙方可将现场电气布线、控制柜安装等辅助工作分包给具备相应资质的单位，但应在分包单位进场前3日书面告知甲方。乙方对分包单位的工作质量和安全向甲方负责。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的5%。
P:11.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:11.3 设备或软件不符合合同约定的，乙方应负责更换或修复，并承担由此产生的全部费用。
H:第十二条 合同解除
P:12.1 乙方逾期超过30日，或交付的系统经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已付款项、拆除设备并恢复原状。
P:12.2 一方发生其他重大违约，经对方书面催告后15日内仍未纠正的，守约方有权解除合同。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，提交宁波仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同附件包括技术规格书、实施方案和设备清单，与本合同具有同等效力。
P:14.2 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:14.3 培训：乙方应制定培训计划，分别对管理员、业务操作人员和运维人员开展培训，提供培训教材和操作视频，培训结束后进行考核，确保受训人员能够独立完成日常操作和常见问题处理。
P:14.4 人员管理：乙方派出人员应具备相应的专业能力，遵守甲方的考勤、门禁和安全管理制度。甲方认为乙方人员不能胜任的，有权要求更换，乙方应在五个工作日内派出符合要求的替代人员。
P:14.5 不可抗力：因地震、洪水、战争、疫情防控措施等不能预见、不能避免且不能克服的客观情况导致不能履行合同的，受影响一方应在三日内通知对方，并在十日内提供证明，双方据此协商延期履行或部分免除责任。
P:甲方（盖章）：浙江禾源环保吸管有限公司　　乙方（盖章）：宁波精控自动化技术有限公司
"""

# ---------------------------------------------------------------- z03 (.txt, 一、/（一）/1.)
H681Z03 = """
连锁文印门店在线下单与会员管理系统服务合同

合同编号：YX-SaaS-2025-044
甲方：上海印象快印连锁管理有限公司
乙方：杭州云单网络科技有限公司

鉴于甲方经营60家连锁文印门店，需要统一的线上下单、门店接单、会员储值和积分管理系统，乙方以软件即服务方式提供“云单印务”系统并负责实施。双方经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方提供“云单印务”SaaS服务，包括：
1. 微信小程序及网页端在线下单、文件上传、自动报价和在线支付；
2. 门店接单、排产、取件通知和同城配送对接；
3. 会员注册、储值、积分、优惠券和企业客户月结；
4. 总部经营看板、门店对账和财务数据导出。
（二）实施服务：系统初始化配置、60家门店开通、原有会员及储值余额数据迁移、与甲方财务系统和支付通道的对接、门店店长及店员培训。
（三）服务期为两个服务年度。第一服务年度自上线验收合格之日起算，每一服务年度为一年。

二、服务费用与支付
（一）年度服务费：门店端每店每年¥3,600，60家门店计¥216,000；总部管理模块每年¥58,000。每一服务年度服务费合计¥274,000，两个服务年度合计¥548,000。
（二）一次性实施费¥86,000。
（三）合同总价为人民币陆拾叁万肆仟元整（¥634,000），含税。
（四）服务期内新增门店的，按每店每年¥3,600按月折算另行结算，不计入本合同总价。
（五）实施费在上线验收合格后15日内支付；各服务年度的服务费在该服务年度开始后15日内支付。甲方不支付任何预付款。

三、上线与验收
（一）乙方应在合同签订后45日内完成实施并书面申请上线验收。
（二）验收标准：
1. 需求确认书所列功能全部测试通过；
2. 迁移的会员数量、储值余额和积分与甲方原系统逐户核对一致；
3. 小程序下单在200个并发用户下响应时间不超过2秒；
4. 支付对账连续七日无差错；
5. 全部门店完成开通并试运行七日。
（三）甲方在收到验收申请后7个工作日内组织验收并出具书面意见。系统试运行或部分门店使用不视为验收合格。
（四）乙方未按期完成上线验收的，每逾期一日向甲方支付违约金¥500。

四、服务水平
（一）系统月度可用率不低于99.5%。计划内维护应安排在凌晨1点至5点之间，并提前两日通知甲方。
（二）故障分级与响应：
1. 一级故障（小程序或门店端无法下单、支付中断）：30分钟内响应，2小时内恢复；
2. 二级故障（部分功能不可用）：2小时内响应，8小时内恢复；
3. 三级故障（不影响营业的一般问题）：1个工作日内响应。
（三）月度可用率低于承诺值的，每低于0.1个百分点，乙方按当月服务费的2%给予服务抵扣，单月抵扣不超过当月服务费的20%；一级故障响应超时的，每次抵扣¥800。
（四）乙方每月向甲方提供服务水平报告，列明可用率、故障次数和处理时长。

五、数据
（一）甲方及其会员在系统中产生的订单、会员信息、储值及交易数据属于甲方。
（二）乙方有权对上述数据进行脱敏处理后，用于行业经营分析、产品改进及向其他客户提供的市场报告，该权利在本合同终止后继续有效。
（三）数据安全：乙方应依据《个人信息保护法》《数据安全法》采取加密存储、访问控制、操作日志和异地备份措施，系统部署于境内云平台并通过网络安全等级保护第三级测评。发生数据泄露或丢失的，乙方应在2小时内通知甲方，采取补救措施，并承担因此给甲方及会员造成的损失。
（四）服务终止后30日内，乙方应按甲方要求导出全部数据交付甲方，随后删除系统中的甲方数据，但本条第（二）项所述已脱敏数据除外。

六、知识产权
（一）“云单印务”平台的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方定制的小程序页面、会员等级规则配置、财务接口程序及其文档归甲方所有，甲方可自行使用、修改或交由第三方使用。

七、保密
双方对在合作中获知的对方商业秘密、经营数据和客户信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内有效。

八、分包
乙方不得将本合同项下的服务转包；如需将部分实施工作分包，须事先取得甲方书面同意，并对分包方的工作承担全部责任。

九、续订与价格
（一）服务期届满前30日，任何一方未书面提出不续订的，本合同自动续订一个服务年度，此后亦同。
（二）续订时乙方可根据市场情况调整服务费，调整幅度不超过上一服务年度服务费的8%，乙方应在续订前书面通知甲方调整后的价格。

十、违约责任与责任限额
（一）乙方违反本合同第五条第（三）项造成甲方损失的，应全额赔偿。
（二）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但数据泄露、故意或重大过失造成的损失除外。

十一、合同解除
（一）一方严重违约，经对方书面通知后15日内未改正的，对方有权解除本合同。
（二）月度可用率连续三个月低于承诺值的，甲方有权解除合同，乙方按比例退还未使用服务期的服务费。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交上海仲裁委员会仲裁。

十三、其他
（一）项目管理：乙方应按周提交项目进度报告，列明已完成工作、下周计划、存在问题及需要对方配合的事项；双方每两周召开一次项目例会，形成会议纪要并经双方代表签字确认。乙方变更实施计划须事先征得甲方书面确认。
（二）培训：乙方应制定培训计划，分别对管理员、业务操作人员和运维人员开展培训，提供培训教材和操作视频，培训结束后进行考核，确保受训人员能够独立完成日常操作和常见问题处理。
（三）不可抗力：因地震、洪水、战争、疫情防控措施等不能预见、不能避免且不能克服的客观情况导致不能履行合同的，受影响一方应在三日内通知对方，并在十日内提供证明，双方据此协商延期履行或部分免除责任。
（四）廉洁与通知：乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益。合同履行中的通知应以书面形式送达合同首部所列地址，一方变更联系方式的，应在三日内书面通知对方。
（五）人员管理：乙方派出人员应具备相应的专业能力，遵守甲方的考勤、门禁和安全管理制度。甲方认为乙方人员不能胜任的，有权要求更换，乙方应在五个工作日内派出符合要求的替代人员。
（六）变更管理：合同履行中需要变更工作内容、实施计划或交付期限的，提出方应书面说明变更原因及影响，经双方协商一致并签署书面变更确认后执行；未经确认的变更，另一方有权拒绝。
（七）账单与发票：乙方应在每次收款前开具合法有效的增值税发票，发票信息应与合同约定一致；发票不合格的，甲方有权要求重开，付款期限相应顺延。
（八）权利转让：未经对方书面同意，任何一方不得将本合同项下的权利义务转让给第三方。本合同的任何修改和补充均应以书面形式作出，经双方签字盖章后生效，与本合同具有同等效力。
（九）本合同附件包括需求确认书、门店清单和服务水平说明。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：上海印象快印连锁管理有限公司
乙方（盖章）：杭州云单网络科技有限公司
"""

# ---------------------------------------------------------------- z04 (.txt, 第X条 with （一）)
H681Z04 = """
检测系统年度运维服务合同

项目编号：THMF-CS-2025-06（竞争性磋商）
甲方：太湖毛纺织研究所
乙方：无锡检联信息技术服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对其纤维检测实验室的实验室信息管理系统（LIMS）、检测数据采集平台及相关设备接口提供年度运维服务。双方经协商一致，订立本合同。

第一条 服务范围
（一）运维对象：实验室信息管理系统一套；检测数据采集平台一套；纤维细度仪、单纤维强力仪、色牢度测试仪、起球试验仪等38台检测设备的数据采集接口；服务器6台及配套存储、网络设备。
（二）服务内容：驻场运维；日常巡检；操作系统及数据库补丁维护；系统版本维护；数据备份与恢复演练；设备接口故障处理；检测报告模板维护；配合年度计量校准和实验室认可评审的数据准备。
（三）服务期：2025年7月1日至2026年6月30日。

第二条 服务费用及支付
（一）服务费总额为人民币肆拾壹万贰仟元整（¥412,000），其中：驻场运维¥218,000；巡检及校准配合¥64,000；软件系统运维¥92,000；备品备件包¥38,000。
（二）服务费按季度支付。每季度末经甲方季度考核后15日内，甲方支付当季服务费¥103,000。甲方不预付服务费。
（三）季度考核扣减的金额从当季服务费中直接扣除。
（四）备品备件包用于更换采集终端、串口服务器、网卡、硬盘等易损件，乙方应建立备件台账，服务期满时未使用部分按原价折算冲抵最后一季服务费。

第三条 人员要求
（一）乙方派驻场工程师一名，工作日8:30至17:30在甲方实验室驻场，应具备三年以上LIMS运维经验。
（二）驻场工程师应于服务期开始之日到岗。更换人员须提前10日书面告知甲方，并经甲方认可。
（三）非工作时间乙方应安排二线工程师电话值守，重大检测任务期间按甲方要求加派人员。

第四条 服务水平
（一）故障分级：一级故障指LIMS或数据采集平台整体不可用、检测报告无法出具；二级故障指单台设备数据无法采集或部分功能异常；三级故障指一般咨询和操作问题。
（二）响应与恢复：一级故障30分钟内响应，2小时内到场，8小时内恢复；二级故障1小时内响应，1个工作日内解决；三级故障当日答复。
（三）乙方每月进行一次全面巡检，每季度进行一次备份恢复演练，并在完成后5日内提交巡检和演练报告。
（四）一级故障响应或恢复超时的，每超时一小时扣减服务费¥600；二级故障超时的，每次扣减¥300；未按时提交巡检报告的，每次扣减¥500。

第五条 考核与验收
（一）甲方每季度按附件《运维考核表》对乙方进行考核，考核内容包括故障处理时效、巡检完成率、备份成功率、文档完整性和用户满意度。考核得分低于80分的，按考核表扣减当季服务费。
（二）服务期满前15日，乙方提交年度运维总结、系统配置清单、运维文档和账号移交清单。甲方依据本合同约定的服务内容、各季度考核结果和移交清单的完整性组织年度验收，并出具书面验收意见。验收不合格的，乙方应在10日内整改完毕。

第六条 数据安全
（一）检测数据、客户委托信息、检测报告及系统日志均属于甲方，乙方不得复制、留存或用于本合同以外的任何目的。
（二）乙方人员须使用甲方分配的个人账号操作，权限按最小必要原则授予；不得使用外部存储介质拷贝数据；远程维护须经甲方审批并全程录屏。
（三）因乙方原因造成数据丢失、篡改或泄露的，乙方应立即报告甲方，在2小时内提交书面情况说明，负责恢复数据，并赔偿甲方及其委托客户的全部损失。
（四）服务期满或人员更换时，乙方应交回全部账号、门禁卡和技术资料，并配合甲方注销其访问权限。

第七条 知识产权
乙方在服务期内编写的运维脚本、报表模板、接口配置及运维文档归甲方所有，甲方可自由使用和修改，亦可交由后续服务商使用。

第八条 违约责任
（一）驻场工程师未按期到岗，或月度巡检、季度演练未按期完成的，每逾期一日，乙方按合同总价的千分之一向甲方支付违约金。
（二）乙方服务质量不符合约定的，甲方除按第四条、第五条扣减服务费外，有权要求乙方限期整改。
（三）甲方无正当理由逾期支付服务费的，应按同期贷款市场报价利率向乙方支付逾期利息。

第九条 合同的履行与终止
（一）本合同一经签订，双方均应全面履行，任何一方不得单方解除或提前终止。
（二）乙方违约的，甲方可依第四条、第五条和第八条扣减服务费、收取违约金并要求乙方整改，但不得以此为由解除合同。
（三）服务期满本合同自然终止，不自动续期。甲方如需续聘，应另行采购。

第十条 分包
乙方不得将本合同项下的服务分包或转包给第三方。

第十一条 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，向甲方所在地人民法院提起诉讼。

第十二条 其他
（一）磋商文件、乙方响应文件、成交通知书及附件《运维考核表》《运维对象清单》为本合同的组成部分。
（二）人员管理：乙方派出人员应具备相应的专业能力，遵守甲方的考勤、门禁和安全管理制度。甲方认为乙方人员不能胜任的，有权要求更换，乙方应在五个工作日内派出符合要求的替代人员。
（三）不可抗力：因地震、洪水、战争、疫情防控措施等不能预见、不能避免且不能克服的客观情况导致不能履行合同的，受影响一方应在三日内通知对方，并在十日内提供证明，双方据此协商延期履行或部分免除责任。
（四）廉洁与通知：乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益。合同履行中的通知应以书面形式送达合同首部所列地址，一方变更联系方式的，应在三日内书面通知对方。
（五）运维交接：服务期开始前五日内，甲方向乙方移交系统账号、配置清单和历史故障记录；服务期满时，乙方应向甲方或甲方指定的后续服务商完成交接，交接期内乙方应继续提供技术支持，确保检测业务不受影响。
（六）变更管理：合同履行中需要变更工作内容、实施计划或交付期限的，提出方应书面说明变更原因及影响，经双方协商一致并签署书面变更确认后执行；未经确认的变更，另一方有权拒绝。
（七）账单与发票：乙方应在每次收款前开具合法有效的增值税发票，发票信息应与合同约定一致；发票不合格的，甲方有权要求重开，付款期限相应顺延。
（八）安全生产：乙方人员进入现场作业前应接受甲方的安全教育，严格执行实验室安全、危化品和仪器操作规程，因乙方违反安全规定造成人身伤害或财产损失的，由乙方承担责任。
（九）资料归档：服务期内形成的巡检报告、演练记录、故障处理单和考核资料由双方各自留存一份，乙方应在服务期满后十日内将全部过程资料整理成册交甲方归档。
（十）权利转让：未经对方书面同意，任何一方不得将本合同项下的权利义务转让给第三方。本合同的任何修改和补充均应以书面形式作出，经双方签字盖章后生效，与本合同具有同等效力。
（十一）本合同一式四份，甲方执三份，乙方执一份，自双方签字盖章之日起生效。

甲方（盖章）：太湖毛纺织研究所
乙方（盖章）：无锡检联信息技术服务有限公司
签订日期：2025年6月　日
"""

# ---------------------------------------------------------------- z05 (.md, "## 第X条", supplier's template)
H681Z05 = """
# 施釉烧成追溯系统软件许可及定制开发合同

（窑变云标准合同文本 V3.0）

合同编号：YBY-HT-2025-112

甲方：德化瓷韵茶具有限公司

乙方：厦门窑变云信息科技有限公司

甲乙双方根据《中华人民共和国民法典》，就乙方向甲方提供“窑变云施釉烧成追溯系统”软件许可及定制开发事宜，经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“窑变云施釉烧成追溯系统”标准版软件许可（永久许可，限甲方一个厂区使用），包括釉料管理、施釉工序记录、装窑登记、烧成曲线监控、出窑检验和批次追溯模块。

1.2 乙方根据甲方需求进行定制开发：六座梭式窑及两条隧道窑的温度曲线采集接口、釉料配方与生产批次追溯、坯体二维码赋码及打印、与甲方ERP系统的出入库接口。

1.3 乙方负责软件安装部署、基础数据初始化和用户培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 施釉烧成追溯系统标准版软件许可 | 560,000 |
| 2 | 定制开发（窑炉接口、釉料追溯、赋码打印、ERP接口） | 248,000 |
| 3 | 安装部署及培训 | 52,000 |
| | 合计 | 860,000 |

合同总价为人民币捌拾陆万元整（¥860,000），含税。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的65%，计¥559,000。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的35%，计¥301,000。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方有权暂停实施或技术支持，直至甲方付清款项。

## 第四条 交付与上线

4.1 乙方在收到首期款后60日内完成软件部署和定制开发，系统具备上线条件。

4.2 乙方逾期交付的，每逾期一日按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的5%。

4.3 因甲方未及时提供场地、网络、窑炉控制器通讯协议、基础数据或人员配合造成的延误，交付期限相应顺延。

## 第五条 验收

5.1 系统安装部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在使用中发现的问题，可书面提交乙方，乙方将在后续版本中统筹改进。

## 第六条 免费维护与技术支持

6.1 乙方自系统上线之日起向甲方提供六个月免费维护，内容包括软件缺陷修复和远程技术支持。

6.2 故障响应：一级故障（系统无法登录或烧成数据无法采集）乙方在8小时内响应并尽力恢复；其他故障在2个工作日内响应。

6.3 上述响应时间为乙方的服务目标，乙方不因响应或修复超时承担扣款、赔偿或违约责任。

6.4 因甲方操作不当、擅自修改系统配置、硬件或网络故障导致的问题，不属于免费维护范围，乙方可另行收费。

## 第七条 维护服务费

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的28%，即每年¥156,800。

7.2 年度维护服务按年签订，维护费在每个维护年度开始前一次性支付。未购买维护服务的，乙方不再提供缺陷修复、版本升级和远程支持。

## 第八条 知识产权

8.1 本系统及乙方为甲方定制开发的全部程序、接口、配置、报表模板及相关文档的知识产权均归乙方所有。

8.2 甲方在许可范围内享有非独占、不可转让的使用权，不得修改、反向工程或许可第三方使用。乙方不向甲方交付源代码。

## 第九条 数据

9.1 甲方在系统中录入和产生的生产、配方及质检数据归甲方所有，乙方仅为履行本合同使用该数据。

9.2 乙方应对其维护的系统采取访问控制、数据加密和定期备份等安全措施，远程维护须经甲方授权后进行。发生数据泄露或丢失的，乙方应在发现后24小时内通知甲方并协助处置；因乙方过错造成甲方损失的，由乙方依本合同第十一条承担赔偿责任。

## 第十条 保密

10.1 双方对在履行本合同过程中知悉的对方商业秘密、技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露。

10.2 本条保密义务在合同终止后两年内继续有效。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%，且乙方不承担任何间接损失、利润损失或数据恢复费用。

## 第十二条 合同解除

12.1 任何一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权解除本合同。

12.2 甲方解除合同的，已支付的软件许可费不予退还。

## 第十三条 争议解决

因本合同发生的争议，双方应友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同附件为标准版功能清单和定制需求说明书，与本合同具有同等效力。

14.2 项目实施：乙方指派项目经理负责本项目的需求调研、开发和部署，甲方指定联系人负责协调窑炉、釉料和质检等部门提供基础数据。需求调研完成后，双方签署需求确认书，此后甲方提出的新增需求，乙方可另行报价。

14.3 培训：乙方应制定培训计划，分别对管理员、业务操作人员和运维人员开展培训，提供培训教材和操作视频，培训结束后进行考核，确保受训人员能够独立完成日常操作和常见问题处理。

14.4 文档交付：乙方应交付需求规格说明书、概要设计、详细设计、接口说明、部署手册、用户手册、运维手册和测试报告，文档应为中文，内容与实际交付系统一致，并提供纸质版和可编辑的电子版各一套。

14.5 不可抗力：因地震、洪水、战争、疫情防控措施等不能预见、不能避免且不能克服的客观情况导致不能履行合同的，受影响一方应在三日内通知对方，并在十日内提供证明，双方据此协商延期履行或部分免除责任。

14.6 廉洁与通知：乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益。合同履行中的通知应以书面形式送达合同首部所列地址，一方变更联系方式的，应在三日内书面通知对方。

14.7 人员管理：乙方派出人员应具备相应的专业能力，遵守甲方的考勤、门禁和安全管理制度。甲方认为乙方人员不能胜任的，有权要求更换，乙方应在五个工作日内派出符合要求的替代人员。

14.8 变更管理：合同履行中需要变更工作内容、实施计划或交付期限的，提出方应书面说明变更原因及影响，经双方协商一致并签署书面变更确认后执行；未经确认的变更，另一方有权拒绝。

14.9 账单与发票：乙方应在每次收款前开具合法有效的增值税发票，发票信息应与合同约定一致；发票不合格的，甲方有权要求重开，付款期限相应顺延。

14.10 资料归档：项目过程中形成的会议纪要、变更确认、测试记录和验收资料由双方各自留存一份，乙方应在项目结束后十日内将全部过程资料整理成册交甲方归档。

14.11 权利转让：未经对方书面同意，任何一方不得将本合同项下的权利义务转让给第三方。本合同的任何修改和补充均应以书面形式作出，经双方签字盖章后生效，与本合同具有同等效力。

14.12 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：德化瓷韵茶具有限公司

乙方（盖章）：厦门窑变云信息科技有限公司
"""

# ---------------------------------------------------------------- e01 (.pdf, Article N with N.N)
H681E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. TRS-CN-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Guangxi Lianfeng Wood Panel Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Guigang, Guangxi (the "Buyer"), and Thompson Ridge Software Ltd., a company incorporated in British Columbia with its principal office in Kamloops, British Columbia, Canada (the "Vendor").
P:The Buyer operates two log yards and a particleboard plant and wishes to replace its paper-based log scaling and yard inventory records with the Vendor's YardScale software. The Vendor agrees to license the software to the Buyer and to deliver the configuration, interface, installation and training services described below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's YardScale log-yard inventory and scaling software in object code, including the server application, the scanner station clients, the mobile application and the user documentation, and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, scripts and configuration files that the Vendor develops specifically for the Buyer under this Agreement, together with their source code and technical documentation.
P:1.3 "Installation" means the completion of the activities in Article 4.2, confirmed by an installation certificate signed by both parties.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the system meets the acceptance criteria.
H:Article 2 Licence and Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive and non-transferable licence to install and use the Software at the Buyer's sites in Guigang for its internal business, for the number of servers, scanner stations and mobile users set out in Article 3.1. The Buyer may make copies for backup, testing and disaster recovery.
P:2.2 The Vendor shall configure the Software for the Buyer's species list, grading rules and measurement units; develop interfaces to the Buyer's weighbridge system and to its ERP system; install the Software on the Buyer's servers; connect the scanner stations; migrate the open inventory records; and train the Buyer's staff.
P:2.3 The Buyer shall provide servers, network connections and office space as set out in the project plan.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 1,670,000, inclusive of taxes, fixed for the scope of this Agreement and made up as follows: server licence CNY 480,000; 24 scanner station licences at CNY 26,000 each, CNY 624,000; mobile application licence for 60 users CNY 136,000; Licence Fee subtotal CNY 1,240,000; configuration and interfaces CNY 318,000; installation and data migration CNY 74,000; training CNY 38,000.
P:3.2 The Contract Price covers all travel and living costs of the Vendor's personnel. No other charge is payable for the scope described in Article 2.
H:Article 4 Delivery and Installation
P:4.1 The Vendor shall deliver the Software and the project plan within 20 days after signature, and shall complete Installation within 110 days after signature.
P:4.2 Installation is complete when the Software runs on the Buyer's production servers, all scanner stations are connected, the weighbridge and ERP interfaces exchange test records and the open inventory has been migrated.
P:4.3 The Vendor's project manager shall attend the site during installation and the acceptance tests. The Vendor shall not replace the project manager without the Buyer's prior written consent.
H:Article 5 Acceptance
P:5.1 After Installation the system shall run in production for a trial period of 45 days.
P:5.2 The acceptance criteria are: every function in the agreed requirements list passes its test case; scaled volumes for a sample of 500 logs differ from manual scaling by no more than 2 per cent in total; every weighbridge ticket and every ERP goods receipt in the last 10 days of the trial matches the Software's records; the mobile application works offline in the yards and synchronises on reconnection; and no Severity 1 defect occurs in the last 20 days of the trial.
P:5.3 When the criteria are met the Buyer shall sign a Final Acceptance certificate within 7 days. Installation, production use and payment do not constitute acceptance. If a test fails, the Vendor shall correct the defect at its own cost and the test shall be repeated.
H:Article 6 Payment
P:6.1 The Buyer shall pay 20 per cent of the Contract Price (CNY 334,000) within 15 days after signature against the Vendor's invoice.
P:6.2 The Buyer shall pay 45 per cent of the Contract Price (CNY 751,500) within 15 days after the installation certificate is signed.
P:6.3 The Buyer shall pay the remaining 35 per cent of the Contract Price (CNY 584,500) within 15 days after Final Acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the agreed requirements and documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and new versions, and provide remote and on-site support free of charge.
P:7.2 Severity 1 means the Software is down or scaling cannot be recorded at a yard; Severity 2 means a major function is impaired; Severity 3 means any other defect. The Vendor shall respond to a Severity 1 incident within 1 hour at any time and restore service within 8 hours; a Severity 2 incident within 2 hours during business hours; and a Severity 3 incident within 2 business days.
P:7.3 If the Vendor misses a Severity 1 response or restoration time, it shall grant the Buyer a service credit of CNY 1,500 for each hour of delay, deducted from the next amount payable.
P:7.4 After the Warranty Period the Buyer may order annual support at 9 per cent of the Licence Fee subtotal, that is CNY 111,600 per year. This fee is fixed for the first three years after the Warranty Period. Support is ordered year by year and does not renew automatically.
H:Article 8 Delay
P:8.1 If Installation or Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1 per cent of the Contract Price for each day of delay, up to 10 per cent of the Contract Price.
P:8.2 Payment of liquidated damages does not relieve the Vendor of its obligation to complete the work.
H:Article 9 Intellectual Property
P:9.1 The Software remains the property of the Vendor and its licensors.
P:9.2 The Custom Deliverables belong to the Buyer from their creation. The Vendor shall deliver their source code at Final Acceptance, and the Buyer may use, modify and license them freely, also through third parties.
P:9.3 The Vendor shall defend the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall bear all resulting costs and damages.
H:Article 10 Buyer Data and Security
P:10.1 All data entered into or generated by the Software, including log measurements, supplier records, weighbridge tickets and inventory data ("Buyer Data"), belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not keep copies after the work is complete.
P:10.2 The Vendor shall access the Buyer's systems only through the remote access channel provided by the Buyer, with named accounts and the Buyer's approval for each session. The Vendor shall comply with the Buyer's information security rules and the applicable Chinese data protection laws.
P:10.3 The Vendor shall notify the Buyer within 2 hours of becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, shall help the Buyer contain it, and shall be liable for losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, shall use it only for this Agreement and shall not disclose it to third parties without prior written consent. This obligation survives termination for three years.
H:Article 12 Liability
P:12.1 The Vendor's total liability under this Agreement is limited to 150 per cent of the Contract Price. The limit does not apply to personal injury, wilful misconduct, infringement claims or breach of Articles 10 and 11.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of the breach.
P:14.2 The Buyer may also terminate this Agreement by written notice if the liquidated damages under Article 8 reach their maximum.
P:14.3 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for work not accepted.
H:Article 15 Force Majeure
P:15.1 Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the Province of British Columbia and the federal laws of Canada applicable in that province.
P:16.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration administered by the Vancouver International Arbitration Centre under its rules. The seat of arbitration is Vancouver, British Columbia, and the language of the arbitration is English.
H:Article 17 General
P:17.1 This Agreement, with its Annex 1 (requirements list) and Annex 2 (project plan), is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:17.2 This Agreement is signed in two originals in English, one for each party, and enters into force on signature.
P:For the Buyer: Guangxi Lianfeng Wood Panel Co., Ltd.    Signature: ______________    Date: ______________
P:For the Vendor: Thompson Ridge Software Ltd.    Signature: ______________    Date: ______________
"""

# ---------------------------------------------------------------- e02 (.md, Order Form Part A A1-A6 + General Terms Part B)
H681E02 = """
# Harbourline Cloud Order Form

Order Form No. HLC-OF-2025-0387

## Part A - Order Form

### A1. Parties

**Provider:** Harbourline Cloud Inc., 410 Terminal Avenue, Nanaimo, British Columbia, Canada.

**Customer:** Zhoushan Haixian Cold Chain Foods Co., Ltd., Dinghai District, Zhoushan, Zhejiang, People's Republic of China.

This Order Form and the General Terms in Part B form one agreement (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Subscribed Service

Harbourline ColdTrace, a cloud service for cold-chain traceability: temperature logger ingestion, lot and batch tracking from landing to dispatch, HACCP record keeping, export certificate preparation and customer recall search. The subscription covers 18 Facilities (processing plants, cold stores and distribution depots) and unlimited named users at those Facilities.

### A3. Subscription Term

The Subscription Term is 24 months, made of two Subscription Years. The first Subscription Year starts on the Go-Live Date under A6. The Subscription Term does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Annual fee (CNY) | Term total (CNY) |
|---|---|---|---|
| Platform base subscription | per Subscription Year | 126,000 | 252,000 |
| Facility subscriptions, 18 Facilities at CNY 6,400 | per Subscription Year | 115,200 | 230,400 |
| Onboarding services | one time | - | 54,000 |
| **Total fees for the Subscription Term** | | | **536,400** |

All fees are in CNY and include VAT. Additional Facilities added during the term are charged pro rata and are not part of the total above.

### A5. Invoicing and Payment

1. The annual fees for each Subscription Year are invoiced on the first day of that Subscription Year and are payable within 30 days of the invoice date.
2. The onboarding fee is invoiced after Go-Live Acceptance and is payable within 30 days of the invoice date.
3. No amount is payable on signature.

### A6. Onboarding and Go-Live

1. Provider shall configure the service for the Customer's product codes, species list and facility layout; import the Customer's open lots; connect the Customer's 260 temperature loggers through the Provider's gateway; build the export certificate templates for the Customer's four main destination markets; and train the Customer's quality team.
2. Provider shall make the service ready for Go-Live Acceptance within 50 days after signature of this Order Form.
3. Go-Live Acceptance tests: every requirement in the onboarding checklist passes; logger readings for all Facilities arrive in the service within 5 minutes for 7 consecutive days; a mock recall of three lots returns the complete trace from landing to customer within 10 minutes; and the export certificates for each destination are approved by the Customer's quality manager. When the tests are passed, the Customer signs a Go-Live certificate and the date of signature is the "Go-Live Date". Use of the service before that date is not acceptance.
4. If Go-Live Acceptance is delayed for reasons attributable to Provider, Provider shall pay the Customer CNY 450 for each day of delay, deducted from the onboarding fee and then from the annual fees.

Signed for Provider: ____________________  Name / Title: ____________________  Date: __________

Signed for Customer: ____________________  Name / Title: ____________________  Date: __________

## Part B - General Terms

### 1. Definitions

1.1 "Customer Data" means all data that the Customer or its users enter into the service or that the service collects from the Customer's loggers, including lot records, temperature readings, supplier and buyer details and certificates.

1.2 "Customer Configurations" means the product and facility configurations, certificate templates, report layouts and integration mappings that Provider prepares specifically for the Customer.

1.3 "Service Credit" means an amount credited against the Customer's next invoice under Section 3.

### 2. Provision of the Service

2.1 Provider shall provide the service in accordance with the Agreement and the documentation, and may improve it from time to time, provided that no change materially reduces the functions subscribed by the Customer.

2.2 The Customer shall use the service only for its own business and shall be responsible for the accuracy of the data it enters.

2.3 Provider shall host the service in a data centre located in mainland China operated by a licensed cloud provider.

### 3. Service Levels

3.1 Provider shall make the service available at least 99.95 % of each calendar month, excluding scheduled maintenance announced at least 3 days in advance and carried out between 01:00 and 05:00 Beijing time.

3.2 Provider shall respond to a Severity 1 incident (the service is unavailable or logger data cannot be received) within 1 hour, at any time, and restore the service within 6 hours. Severity 2 incidents shall receive a response within 2 hours during business hours, and Severity 3 incidents within 1 business day.

3.3 If monthly availability falls below the commitment in Section 3.1, Provider shall grant a Service Credit of 5 % of the monthly equivalent of the annual fees for each 0.1 percentage point of shortfall, up to half of that monthly amount. Each late response to a Severity 1 incident earns a Service Credit of CNY 600.

3.4 Provider shall send a monthly service report showing availability, incidents and response times.

### 4. Customer Data

4.1 Customer Data belongs to the Customer. Provider may use Customer Data only to provide the service to the Customer under this Agreement and for no other purpose.

4.2 The Customer may export Customer Data at any time in standard formats. Within 30 days after the end of the Subscription Term, Provider shall return all Customer Data to the Customer and then delete it from the service.

### 5. Intellectual Property

5.1 Provider retains all rights in the service, its software and documentation. The Customer receives the right to use the service during the Subscription Term.

5.2 Customer Configurations belong to the Customer. Provider shall deliver them in an editable form at the Customer's request, and the Customer may use, modify and license them freely, including with another service provider.

### 6. Confidentiality

6.1 Each party shall keep confidential the non-public business and technical information it receives from the other party, use it only for the purposes of the Agreement, and disclose it only to its employees and advisers who need to know it and are bound by similar duties.

6.2 These duties do not apply to information that is public, already known to the recipient, or independently developed, and survive for three years after the end of the Agreement.

### 7. Fees and Taxes

7.1 Fees are fixed for the Subscription Term and may not be increased during it.

7.2 Each party bears its own taxes as required by law. If the Customer disputes an invoice in good faith, it may withhold the disputed part until the dispute is resolved.

### 8. Warranties

8.1 Provider warrants that the service will perform materially in accordance with the documentation and that the onboarding services will be performed with reasonable skill and care.

8.2 If Provider breaches the warranty in Section 8.1, it shall correct the non-conformity without charge.

### 9. Limitation of Liability

9.1 Except for liability for personal injury, fraud or wilful misconduct, Provider's total liability arising out of or in connection with the Agreement in any manner shall not exceed the fees paid by the Customer in the six months preceding the event giving rise to the claim.

9.2 Neither party shall be liable for indirect or consequential loss, or for loss of profit, revenue or goodwill.

### 10. Subcontracting

10.1 Provider shall not subcontract any of its obligations under the Agreement, other than hosting by the data centre operator named in the onboarding checklist, without the Customer's prior written consent, and remains responsible for its subcontractors.

### 11. Term and Termination

11.1 The Agreement starts on signature of the Order Form and ends at the end of the Subscription Term.

11.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice. If the Customer terminates for Provider's breach, Provider shall refund the prepaid fees for the remainder of the Subscription Term.

11.3 Either party may terminate the Agreement if the other party becomes insolvent or ceases business.

### 12. Force Majeure

Neither party is liable for failure to perform caused by events beyond its reasonable control, other than the Customer's payment obligations. Service Credits remain due for outages that could have been avoided by the redundancy described in the documentation.

### 13. Governing Law and Disputes

13.1 The Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 14. General

14.1 Notices must be in writing and sent to the addresses in A1. Amendments must be signed by both parties.

14.2 The Agreement is written in English. Neither party may assign it without the other party's written consent.
"""

# ---------------------------------------------------------------- e03 (.docx, numbered clauses 1. / 1.1, Word price table)
H681E03 = """
T:Purchase Contract for Wireless Condition Monitoring Sensors and Monitoring Software
P:Contract No. QH-EQ-2025-077
P:Buyer: Shandong Qinghe Paper Co., Ltd., Gaotang County, Liaocheng, Shandong, People's Republic of China (the "Buyer").
P:Supplier: Nechako Sensing Systems Ltd., 1550 Fifth Avenue, Prince George, British Columbia, Canada (the "Supplier").
P:The Buyer wishes to monitor the vibration and temperature of the rotating equipment on its two paper machines and its pulp line. The Supplier has offered wireless sensors, gateways, edge servers and its monitoring software. The parties agree as follows, on the Buyer's standard terms of purchase.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, edge servers and accessories listed in Clause 2.
P:1.2 "Software" means the Supplier's MachineWatch condition monitoring software, licensed under Clause 3, with its documentation and updates.
P:1.3 "Analytics Configuration" means the asset models, alarm thresholds, fault signatures and dashboards that the Supplier prepares specifically for the Buyer's machines.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate under Clause 6.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the Equipment, license the Software, prepare the Analytics Configuration and train the Buyer's maintenance staff, at the following fixed prices in CNY, including VAT, delivery to the Buyer's mill, insurance and all import costs:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless tri-axial vibration and temperature sensors|420|2,150|903,000
TB:2|Wireless gateways, explosion-proof housings|28|9,800|274,400
TB:3|Edge servers with redundant power supply|2|64,000|128,000
TB:4|MachineWatch perpetual licence, 500 assets|1|386,000|386,000
TB:|Hardware and Licence Subtotal|||1,691,400
TB:5|Installation and commissioning|1|158,000|158,000
TB:6|Analytics Configuration|1|96,000|96,000
TB:7|Training, two sessions on site|1|24,600|24,600
TB:|Contract Price|||1,970,000
P:2.2 The Contract Price is fixed. The Supplier shall not charge for travel, tools, spare batteries during the warranty period or any other item needed to complete the scope.
H:3. Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to install and use the Software on the edge servers and on any replacement servers at the Buyer's mill, for up to 500 monitored assets.
P:3.2 The Buyer may make backup copies and may move the Software to new hardware after notifying the Supplier.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Buyer's mill within 70 days after signature of this Contract, and shall complete installation and commissioning within 45 days after delivery.
P:4.2 Installation shall be carried out during the planned shutdowns agreed with the Buyer. The Supplier's personnel shall follow the Buyer's safety rules, lock-out procedures and permits to work.
P:4.3 Title to the Equipment passes on delivery. Risk passes on Final Acceptance.
H:5. Payment
P:5.1 The Buyer shall pay 10 per cent of the Contract Price (CNY 197,000) as an advance within 20 days after signature, against the Supplier's invoice and an advance payment guarantee issued by a bank in China.
P:5.2 The Buyer shall pay 55 per cent of the Contract Price (CNY 1,083,500) within 20 days after delivery and installation of all Equipment. Delivery and installation do not constitute acceptance.
P:5.3 The Buyer shall pay 35 per cent of the Contract Price (CNY 689,500) within 20 days after Final Acceptance.
H:6. Acceptance
P:6.1 After commissioning the system shall operate for a trial period of 60 days.
P:6.2 The acceptance criteria are: every sensor reports to the Software at the configured interval, with at least 98 per cent of readings received over the last 14 days of the trial; vibration readings on ten reference points agree with the Buyer's portable analyser within 5 per cent; alarms are raised within 60 seconds of a simulated threshold breach; the Analytics Configuration covers every asset in the asset list; and the Buyer's staff have completed training.
P:6.3 When the criteria are met the Buyer shall sign the acceptance certificate within 10 days. Installation, commissioning, use of the system and payment do not by themselves mean acceptance. If a criterion is not met the Supplier shall correct the defect at its own cost and the test shall be repeated.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During that period the Supplier shall repair or replace defective Equipment, replace sensor batteries, correct software defects and supply software updates free of charge.
P:7.2 A Critical fault means that the Software or an edge server is down, or that more than one gateway has failed. The Supplier shall respond to a Critical fault within 2 hours, have an engineer on site within 48 hours where remote repair fails, and restore the system within 72 hours. Other faults shall receive a response within 1 business day.
P:7.3 For each hour by which the Supplier misses the response time for a Critical fault, it shall pay the Buyer CNY 800, and for each day by which it misses the restoration time, CNY 3,000. The Buyer may deduct these amounts from any payment due.
P:7.4 After the warranty period the Supplier shall, at the Buyer's request, provide annual support at 8.5 per cent of the Hardware and Licence Subtotal, that is CNY 143,769 per year. This price is fixed for two years after the warranty period. Support is ordered each year by a separate order and does not renew automatically.
H:8. Delay
P:8.1 If delivery, installation or Final Acceptance is late for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.08 per cent of the Contract Price for each day of delay, up to 10 per cent of the Contract Price.
P:8.2 The Buyer may deduct liquidated damages from any amount payable to the Supplier.
H:9. Intellectual Property
P:9.1 The Software remains the property of the Supplier.
P:9.2 The Analytics Configuration belongs to the Buyer. The Supplier shall hand it over in an exportable format at Final Acceptance, and the Buyer may use, modify and license it freely, including for other mills.
P:9.3 The Supplier shall indemnify the Buyer against any claim that the Equipment or the Software infringes a third party's rights.
H:10. Data Security
P:10.1 All measurement data, alarms, asset lists and reports produced by the system belong to the Buyer. The Supplier may use them only to perform this Contract.
P:10.2 The system shall run on the Buyer's network without any connection to the Supplier's servers. Remote support is allowed only through the Buyer's remote access gateway, with a named account, the Buyer's approval for each session and session logging.
P:10.3 The Supplier shall keep the Software free of undisclosed remote access functions and shall report any security incident affecting the system within 2 hours. The Supplier is liable for losses caused by its breach of this Clause.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public technical and business information, including the Buyer's process data and equipment layouts, and shall not disclose it without prior written consent. This obligation continues for five years after the end of this Contract.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract is limited to 200 per cent of the Contract Price, except for personal injury, wilful misconduct, infringement and breach of Clauses 10 and 11, which are not limited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for its approved subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after the Buyer's notice, or if liquidated damages under Clause 8 reach their maximum.
P:14.2 On such termination the Supplier shall refund the amounts paid for Equipment and services not accepted and shall remove the Equipment that the Buyer rejects.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Jinan Arbitration Commission for arbitration in Jinan. The award is final.
H:16. General
P:16.1 Annex 1 (technical specification), Annex 2 (asset list) and Annex 3 (installation plan) form part of this Contract.
P:16.2 Force majeure. Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, war, epidemics or government action, provided that it notifies the other party promptly, provides evidence of the event and takes reasonable steps to limit its effect. If such an event lasts more than 60 days, either party may terminate the affected part of this Contract by written notice.
P:16.3 The Supplier shall deliver, in Chinese and English, the installation records, sensor location drawings, network diagrams, user manuals and maintenance manuals, updated to the as-built state, before Final Acceptance.
P:16.4 This Contract is made in English and Chinese, in four originals, two for each party. Both versions have equal force.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (.md, Sections + Schedules 1-3 as tables)
H681E04 = """
# Managed Network and Site Operations Services Agreement

Agreement No. PMS-JX-2025-09

**Customer:** Jiangxi Ganbei Copper Mining Co., Ltd., Dexing, Jiangxi, People's Republic of China ("Customer").

**Provider:** Porcupine Managed Services Inc., 38 Pine Street South, Timmins, Ontario, Canada ("Provider").

Customer operates an open-pit copper mine, a concentrator and a tailings facility. Provider manages networks and operational technology for mining companies. Customer wishes to outsource the operation of its site network, radio network and monitoring systems to Provider for 36 months on the terms below.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the transition acceptance certificate under Section 4.

1.3 "Service Levels" means the targets in Schedule 2.

1.4 "Charges" means the charges in Schedule 3.

1.5 "Customer Data" means all data transmitted, stored or processed on the managed systems, including production, safety monitoring, personnel location and video data.

## Section 2. Term

2.1 This Agreement starts on signature. The operational term of 36 months starts on the Service Commencement Date.

2.2 This Agreement ends at the end of the operational term. It does not renew automatically. Any extension requires a written amendment signed by both parties.

## Section 3. Services

3.1 Provider shall provide the Services described in Schedule 1 with suitably qualified staff, including a resident service manager and two resident network engineers at the mine.

3.2 Provider shall operate a 24x7 service desk reachable by telephone, e-mail and the service portal, with Mandarin-speaking staff.

3.3 Provider shall follow Customer's site safety rules, including induction, personal protective equipment, blasting exclusion zones and permits to work, and shall remove any person who breaches them.

3.4 Provider shall keep the configuration management database, network diagrams and runbooks up to date and shall review them with Customer every quarter.

## Section 4. Transition

4.1 Within 75 days after signature, Provider shall take over the Services from Customer's internal team according to the transition plan: inventory and audit of all managed devices, baseline configuration backups, installation of monitoring probes, set-up of the service desk, and knowledge transfer.

4.2 Transition acceptance criteria: every device in the inventory is monitored and backed up; the service desk has handled live tickets for 14 days; the runbooks for the ten most critical services are approved by Customer's IT manager; and a failover test of the core network succeeds. When the criteria are met, Customer shall sign the transition acceptance certificate within 5 business days.

4.3 Provider shall use reasonable efforts to complete the transition on time. If the transition is late, the parties shall agree a revised plan, and Customer's internal team will continue to operate the systems until the Service Commencement Date.

## Section 5. Service Levels

5.1 Provider shall aim to meet the Service Levels in Schedule 2 and shall report its performance monthly.

5.2 The Service Levels are targets. A failure to meet a Service Level does not give rise to any service credit, deduction, damages or other payment. Where a Service Level is missed in two consecutive months, Provider shall submit a remediation plan within 10 business days and carry it out.

## Section 6. Charges and Payment

6.1 Customer shall pay the Charges in Schedule 3. The Charges are fixed for the operational term.

6.2 The transition fee is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears. Invoices are payable within 30 days. No advance payment is due.

6.3 Changes to the scope shall be agreed through the change procedure, with a written change order signed by both parties before any additional charge arises.

## Section 7. Customer Data and Security

7.1 Customer Data belongs to Customer. Provider shall use it only to provide the Services and shall not copy it outside Customer's systems.

7.2 Provider shall keep all management systems on Customer's premises, use named accounts with multi-factor authentication, log all administrative access, apply security patches within the timescales in Schedule 2, and comply with the Cybersecurity Law, the Data Security Law and Customer's security policies.

7.3 Provider shall report any security incident affecting Customer Data or the managed systems to Customer within 1 hour, contain it, and bear the losses caused by its breach of this Section.

## Section 8. Intellectual Property

8.1 Configurations, scripts, runbooks, network diagrams and reports that Provider creates for Customer under this Agreement belong to Customer, which may use, modify and hand them to any successor provider.

8.2 Provider's own tools and monitoring software remain Provider's property. Provider grants Customer a free licence to use them during the term and the exit period.

## Section 9. Confidentiality

9.1 Each party shall keep the other's confidential information secret, use it only for this Agreement and not disclose it to third parties without prior written consent. This Section survives for five years after the end of the Agreement.

## Section 10. Liability

10.1 Provider's total liability under this Agreement is limited to 125 per cent of the total Charges for the operational term, except for personal injury, wilful misconduct and breach of Sections 7 and 9.

10.2 Neither party is liable for indirect loss or loss of profit, except as stated in Section 10.1.

## Section 11. Subcontracting

11.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for its subcontractors as for its own staff.

## Section 12. Termination and Exit

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after Customer's notice.

12.2 Either party may terminate if the other becomes insolvent.

12.3 On expiry or termination, Provider shall provide exit assistance for up to 90 days at the rates in Schedule 3, hand over all documentation, configurations and credentials, and return or delete Customer Data as Customer directs.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Nanchang Arbitration Commission for arbitration in Nanchang. The award is final and binding.

## Section 14. General

14.1 Schedules 1 to 3 form part of this Agreement. If a Schedule conflicts with the Sections, the Sections prevail.

14.2 Force majeure. Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, war, epidemics or government action, provided that it notifies the other party promptly, provides evidence of the event and takes reasonable steps to limit its effect. If such an event lasts more than 60 days, either party may terminate the affected part of this Agreement by written notice.

14.3 Notices and project governance. Each party shall name a representative for this Agreement. The representatives shall meet at least monthly, review progress, risks and open issues, and record their decisions in minutes signed by both. Notices must be in writing and delivered by hand, courier or e-mail to the addresses stated above; a notice by e-mail takes effect when the recipient confirms receipt.

14.4 This Agreement is made in English in two originals.

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Site network operations | 64 switches, 9 routers, 2 core firewalls, fibre ring between pit, concentrator and tailings | 24x7 |
| Private LTE radio network | 11 base stations, core network, 380 devices on haul trucks and personnel | 24x7 |
| Monitoring systems | slope radar data link, tailings dam sensors network, video surveillance network | 24x7 |
| Service desk | incident, request and change management in the Customer's ticket system | 24x7 |
| Patch and configuration management | monthly patching, configuration backups, quarterly audit | business days |
| Reporting | monthly service report, quarterly service review | monthly / quarterly |

## Schedule 2 - Service Levels

| Measure | Target |
|---|---|
| Core network availability | 99.95 % per month |
| Priority 1 incident (core network, LTE core or dam monitoring link down) response | 30 minutes |
| Priority 1 incident restoration | 6 hours |
| Priority 2 incident response | 2 hours |
| Priority 3 incident response | 1 business day |
| Critical security patch | within 7 days of release |
| Monthly service report | by the 5th business day of the following month |

## Schedule 3 - Charges

| Charge | Amount (CNY) | Basis |
|---|---|---|
| Transition fee | 118,000 | one time, after the Service Commencement Date |
| Monthly service charge | 68,500 | per month, 36 months |
| Total monthly service charges | 2,466,000 | 36 x 68,500 |
| Total Charges for the operational term | 2,584,000 | |
| Exit assistance | 4,200 | per engineer-day, on request |

Signed for Customer: ____________________    Signed for Provider: ____________________
"""

# ---------------------------------------------------------------- e05 (.txt, upper-case headings with numbered clauses)
H681E05 = """
MARINE WEATHER AND SEA-STATE DATA SUBSCRIPTION AGREEMENT

Agreement No. EDM-2025-CN-031

BETWEEN

Estuaire Donnees Marines Inc., 300 Allee du Havre, Rimouski, Quebec, Canada ("Provider")

AND

Qingdao Huanhai Shipping Co., Ltd., Shinan District, Qingdao, Shandong, People's Republic of China ("Customer")

BACKGROUND

Provider produces marine weather, wave and ice forecasts and delivers them through an application programming interface. Customer operates a fleet of bulk carriers and wishes to feed Provider's forecasts into its voyage planning and fleet monitoring systems. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's interface through which Customer retrieves the Data.

1.2 "Data" means the forecasts, analyses and historical records made available through the API, as listed in the Annex.

1.3 "Customer Inputs" means the vessel positions, routes, schedules and other information that Customer sends to the API to obtain route-specific forecasts.

1.4 "Integration Deliverables" means the adapters, scripts, mapping tables and dashboards that Provider develops for Customer under Clause 4.

1.5 "Subscription Year" means each year of the Subscription Term, the first starting on the Activation Date.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right to retrieve and use the Data through the API for Customer's own fleet operations during the Subscription Term.

2.2 The subscription covers up to 45 vessels, the North Pacific, Indian Ocean and South Atlantic forecast regions and up to 1.5 million API calls per Subscription Year. Calls above that volume are charged at the overage rate in Clause 5.3.

2.3 Customer may not resell the Data or provide it to third parties, except to its ship managers and charterers for the vessels covered, and may keep Data retrieved during the term for its own records.

3. SUBSCRIPTION TERM AND RENEWAL

3.1 The Subscription Term is two Subscription Years starting on the Activation Date.

3.2 At the end of the Subscription Term the subscription renews automatically for successive periods of one Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

3.3 Each renewal is charged at Provider's list price in force at the start of the renewal year. Provider may change its list price at any time and will inform Customer of the renewal price with its renewal invoice.

4. ACTIVATION AND INTEGRATION

4.1 Provider shall issue production API credentials and complete the integration services within 40 days after signature.

4.2 The integration services consist of: an adapter that loads the Data into Customer's voyage planning system; a mapping of Customer's vessel list and routes; a fleet weather dashboard; and two days of training for Customer's marine operations team.

4.3 Activation acceptance tests: the adapter loads every forecast cycle for all three regions without error for 10 consecutive days; the route forecasts for five test voyages match the Data displayed on Provider's portal; and the dashboard shows every covered vessel. When the tests are passed, Customer signs an activation certificate, and the date of signature is the "Activation Date". Use of trial credentials is not acceptance.

4.4 If the Activation Date is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 400 for each day of delay, up to 10 per cent of the integration fee and the first year's subscription fee together.

5. FEES AND PAYMENT

5.1 The subscription fee is CNY 264,000 per Subscription Year, that is CNY 528,000 for the Subscription Term. The integration fee is CNY 36,000, one time. The total fees for the Subscription Term are CNY 564,000, including VAT.

5.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days. The integration fee is invoiced after the Activation Date and is payable within 30 days.

5.3 API calls above the annual volume are charged at CNY 0.12 per call, invoiced quarterly in arrears.

5.4 No payment is due on signature.

6. SERVICE

6.1 Provider shall use commercially reasonable efforts to keep the API available and to publish each forecast cycle on time.

6.2 Provider shall provide e-mail support during its business hours and will handle support requests as soon as reasonably practicable.

6.3 Provider may suspend the API for maintenance, giving notice on its portal where practicable.

6.4 The Data are forecasts. Provider does not warrant that they are accurate or complete, and Customer remains responsible for the navigational decisions of its masters.

7. CUSTOMER INPUTS AND DATA SECURITY

7.1 Customer Inputs belong to Customer. Provider shall use them only to produce the route-specific forecasts requested by Customer and for no other purpose, and shall delete them within 90 days after the end of the Subscription Term.

7.2 Provider shall protect Customer Inputs with encryption in transit and at rest, role-based access control and access logging, and shall store them only in the data centre region stated in the Annex.

7.3 Provider shall notify Customer within 24 hours of becoming aware of any unauthorised access to or loss of Customer Inputs, shall take the necessary steps to contain it, and shall be liable for the losses caused by its breach of this Clause.

8. INTELLECTUAL PROPERTY

8.1 Provider retains all rights in the API, the Data and its forecasting models.

8.2 The Integration Deliverables belong to Customer. Provider shall deliver their source code with the activation certificate, and Customer may use, modify and license them freely, including with other data providers.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information received under this Agreement, use it only for this Agreement and not disclose it without prior written consent. Customer's fleet schedules and routes are confidential information of Customer.

9.2 These obligations continue for three years after the end of this Agreement.

10. SUBCONTRACTING

10.1 Provider shall not subcontract the integration services or the processing of Customer Inputs without Customer's prior written consent.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss, including loss of charter hire or demurrage, except for breach of Clauses 7 and 9 or wilful misconduct.

11.2 Nothing in this Agreement limits liability for personal injury, fraud or wilful misconduct.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

12.2 If Customer terminates for Provider's breach, Provider shall refund the subscription fees paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding.

14. GENERAL

14.1 The Annex (Data catalogue, regions and data centre location) forms part of this Agreement.

14.2 Notices shall be in writing and sent to the addresses above. Amendments must be in writing and signed by both parties.

14.3 Force majeure. Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, war, epidemics or government action, provided that it notifies the other party promptly, provides evidence of the event and takes reasonable steps to limit its effect. If such an event lasts more than 60 days, either party may terminate the affected part of this Agreement by written notice.

14.4 Notices and project governance. Each party shall name a representative for this Agreement. The representatives shall meet at least monthly, review progress, risks and open issues, and record their decisions in minutes signed by both. Notices must be in writing and delivered by hand, courier or e-mail to the addresses stated above; a notice by e-mail takes effect when the recipient confirms receipt.

14.5 Customer shall keep its API credentials secure, shall not share them outside its organisation and shall inform Provider without delay if it suspects that the credentials have been compromised, so that Provider can revoke and reissue them. Customer is responsible for calls made with its credentials until it has so informed Provider.

14.6 Neither party may assign this Agreement without the prior written consent of the other party. If any provision is held invalid, the remaining provisions continue in force.

14.7 Provider shall give Customer at least 90 days' notice before withdrawing any forecast region or data product listed in the Annex. If a withdrawn product is material to Customer, Customer may terminate the affected part of the subscription and receive a pro rata refund of the prepaid subscription fee.

14.8 Provider shall keep a change log of the API on its portal and shall announce any change that is not backward compatible at least 60 days in advance, with documentation and a test environment.

14.9 This Agreement is made in English in two originals, one for each party.

SIGNED for Provider: ____________________  Date: __________

SIGNED for Customer: ____________________  Date: __________
"""

# ---------------------------------------------------------------- design: files, labels, rules
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
OK = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
          buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
          prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
          post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC")
G, S = "goods_or_licence", "service"
# stem: (file, lang, category, kind, term overrides, extra, forum outside mainland, tco (value, base, fee %, warranty m), rules)
D = {
 "h681z01": ("h681z01_border_patrol_duty_platform.pdf", "zh", "software", G,
             dict(availability_pct=99.95, prepayment_pct=20, warranty_months=36, post_warranty_fee_pct=8),
             dict(capped=True, value=2068000), False, (2068000, 1160000, 8, 36), []),
 "h681z02": ("h681z02_straw_line_control_retrofit.docx", "zh", "hardware", G,
             dict(p1_response_hours=1, ld_rate_per_day_pct=0.03, prepayment_pct=10, warranty_months=24,
                  post_warranty_fee_pct=7, subcontract_without_consent=True),
             dict(capped=True, value=1465000), False, (1465000, 1281000, 7, 24), ["CR-LD-LOW", "CR-SUBCONTRACT"]),
 "h681z03": ("h681z03_print_chain_ordering_saas.txt", "zh", "cloud", S,
             dict(availability_pct=99.5, buyer_owns_data=False, ld_rate_per_day_pct=500 / 634000 * 100,
                  liability_cap_pct=150, final_payment_on_acceptance=None, auto_renewal_price_increase=True),
             dict(value=634000), False, None, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
 "h681z04": ("h681z04_wool_institute_lims_om_service.txt", "zh", "services", S,
             dict(confidentiality=False, final_payment_on_acceptance=None, termination_for_breach=False),
             dict(value=412000), False, None, ["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
 "h681z05": ("h681z05_teaware_glaze_firing_supplier_template.md", "zh", "software", G,
             dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", liability_cap_pct=20, prepayment_pct=65,
                  acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
                  post_warranty_fee_pct=28, subcontract_without_consent=None, governing_law=None),
             dict(capped=True, deemed=True, value=860000), False, (860000, 560000, 28, 6),
             ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
              "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
 "h681e01": ("h681e01_log_yard_scaling_licence_kamloops.pdf", "en", "software", G,
             dict(p1_response_hours=1, liability_cap_pct=150, prepayment_pct=20, warranty_months=24,
                  post_warranty_fee_pct=9, governing_law="British Columbia"),
             dict(capped=True, value=1670000), True, (1670000, 1240000, 9, 24), ["CR-GOVERNING-LAW"]),
 "h681e02": ("h681e02_cold_chain_saas_order_form_nanaimo.md", "en", "cloud", S,
             dict(availability_pct=99.95, p1_response_hours=1, data_security_clause=False,
                  ld_rate_per_day_pct=450 / 536400 * 100, liability_cap_pct=6 / 24 * 100,
                  final_payment_on_acceptance=None),
             dict(value=536400), False, None, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
 "h681e03": ("h681e03_paper_mill_sensors_monitoring_prince_george.docx", "en", "hardware", G,
             dict(p1_response_hours=2, ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=10,
                  warranty_months=36, post_warranty_fee_pct=8.5),
             dict(capped=True, value=1970000), False, (1970000, 1691400, 8.5, 36), []),
 "h681e04": ("h681e04_mine_site_managed_services_timmins.md", "en", "services", S,
             dict(availability_pct=99.95, sla_remedy=False, ld_rate_per_day_pct=None, liability_cap_pct=125,
                  final_payment_on_acceptance=None),
             dict(ld=False, value=2584000), False, None, ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"]),
 "h681e05": ("h681e05_marine_weather_api_subscription_rimouski.txt", "en", "cloud", S,
             dict(p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=400 / 564000 * 100,
                  final_payment_on_acceptance=None, auto_renewal_price_increase=True),
             dict(sla=False, value=564000), False, None, ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
SRC = {"h681z01": H681Z01, "h681z02": H681Z02, "h681z03": H681Z03, "h681z04": H681Z04, "h681z05": H681Z05,
       "h681e01": H681E01, "h681e02": H681E02, "h681e03": H681E03, "h681e04": H681E04, "h681e05": H681E05}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
              prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)


def tco_share(tco):
    value, base, pct, wm = tco
    years = max(0.0, 5 - wm / 12)
    fees = years * base * pct / 100
    return fees / (value + fees) * 100


def label(stem):
    file, lang, cat, kind, over, ex, outside, tco, rules = D[stem]
    t = dict(OK)
    t.update(over)
    t["contract_kind"] = kind
    terms = {k: t[k] for k in TERM_KEYS}
    extra = {"sla_clause": ex.get("sla", True), "ld_stated": ex.get("ld", True)}
    if kind == G:
        extra["post_warranty_fee_capped"] = ex["capped"]
    extra["acceptance_deemed_on_delivery"] = ex.get("deemed", False)
    extra["contract_value"] = ex["value"]
    return {"file": file, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": sorted(rules)}


def derive(lab, outside, tco):
    """My reading of policy section 3, applied to a label."""
    t, x, r = lab["expected_terms"], lab["expected_extra"], set()
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
        if tco is not None and tco_share(tco) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
NUM = r"(?<![\d.])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
PATTERNS = [
    NUM + r"99\.90*(?!\d)",
    NUM + r"0\.050*(?!\d)", r"万分之五(?![十])", r"千分之零点五", NUM + r"0\.5\s*‰",
    NUM + r"4\s*(?:hours?|hrs?\b|h\b|小时|个小时)", r"(?<![一二三四五六七八九十两\d])四个?小时", r"(?i)four\s*(?:\(4\)\s*)?hours?",
    NUM + r"100(?:\.0+)?" + PCT, r"百分之(?:一)?百(?![分])", r"(?i)one\s*hundred\s*per\s*cent",
    NUM + r"30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九])", r"(?i)thirty\s*per\s*cent", r"三成",
    NUM + r"15(?:\.0+)?" + PCT, r"百分之十五", r"(?i)fifteen\s*per\s*cent",
    NUM + r"40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九])", r"(?i)forty\s*per\s*cent", r"四成",
    NUM + r"12\s*(?:-\s*)?(?:months?|个月)", r"(?<![一二三四五六七八九十\d])十二个月", r"(?i)twelve\s*(?:\(12\)\s*)?-?\s*months?",
]
MUST_HIT = ["99.9%", "99.9 %", "99.90%", "0.05%", "0.05 per cent", "万分之五", "4 hours", "4小时", "四小时", "4h",
            "four hours", "100%", "100 per cent", "百分之百", "30%", "30 %", "百分之三十", "thirty per cent",
            "15%", "15 per cent", "百分之十五", "40%", "百分之四十", "12 months", "12-month", "12个月", "十二个月",
            "twelve months"]
MUST_MISS = ["99.95%", "99.5%", "0.055%", "0.5%", "万分之五十", "24 hours", "24小时", "二十四小时", "14小时", "48 hours",
             "1000%", "130%", "300%", "百分之三十五", "115%", "8.5 per cent", "140%", "2025年12月", "112 months",
             "二十二个月", "24x7", "0.12 per call", "1.5 million"]


def hits(text):
    return [m.group(0) for p in PATTERNS for m in re.finditer(p, text)]


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert hits(s), ("must-hit missed", s)
    for s in MUST_MISS:
        assert not hits(s), ("must-miss hit", s, hits(s))
    targets, sources = {}, {}
    for stem, spec in D.items():
        name = spec[0]
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            targets[stem] = (name, ext)
            sources[stem] = SRC[stem].strip("\n")
        else:
            (OUT / name).write_text(SRC[stem].strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    covered, problems = set(), []
    for stem, spec in D.items():
        name, lang, outside, tco, rules = spec[0], spec[1], spec[6], spec[7], spec[8]
        lab = label(stem)
        for k, thr in THRESH.items():
            v = lab["expected_terms"][k]
            if v is not None and abs(v - thr) < 1e-9:
                problems.append((stem, "label on threshold", k, v))
        if tco is not None:
            sh = tco_share(tco)
            if 38 <= sh <= 42:
                problems.append((stem, "TCO share near threshold", sh))
        der = derive(lab, outside, tco)
        if der != sorted(rules):
            problems.append((stem, "derived", der, "design", sorted(rules)))
        covered |= set(der)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        forms = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
        found = sorted({h for f in forms for h in hits(f)})
        if found:
            problems.append((stem, "threshold figure in text", found))
        if lang == "zh":
            n = len(re.sub(r"\s+", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        if not ok:
            problems.append((stem, "length", n))
        tco_txt = "" if tco is None else " tco share %.1f%%" % tco_share(tco)
        print("%-8s %-4s len %5d  risk %-6s rules %s%s" % (stem, lang, n, risk(der), ",".join(der) or "-", tco_txt))
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append(("coverage", sorted(missing)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "checks failed"
    print("all checks passed")


if __name__ == "__main__":
    main()
