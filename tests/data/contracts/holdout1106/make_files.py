"""holdout1106: builds the ten draft contracts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, no threshold figure in any text or label, rules derived from labels = design list,
coverage of all 20 CR rules). Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:工程监理监管平台建设项目合同（政府采购）
P:合同编号：ZJJ-ZFCG-2026-0417
P:甲方（采购人）：某市住房和城乡建设局
P:乙方（供应商）：某数智工程科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件，双方就工程监理监管平台的软件许可与定制开发事宜，经协商一致，订立本合同。招标文件、投标文件及中标通知书为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供工程监理监管平台软件许可（含监理单位管理、项目监理机构备案、监理人员考勤等标准模块），许可为永久许可，不限用户数，部署于甲方政务云。
P:1.2 乙方按甲方需求定制开发监理日志、旁站记录、危大工程专项监管、监理报告在线审查及移动端巡查模块，并完成与工程建设项目审批系统、质量安全监督系统的数据对接。
P:1.3 乙方负责部署、历史数据导入、操作培训及上线保障。培训对象包括局机关业务科室、各区建设工程质量安全监督站及辖区监理单位，培训不少于六场，乙方应提供培训教材和操作视频。
P:1.4 具体功能清单、技术参数及接口要求以招标文件第五章《采购需求》为准；乙方投标文件中优于采购需求的承诺同样构成乙方的合同义务。
H:第二条 合同价款
P:2.1 合同总价为人民币2,250,000元（大写：贰佰贰拾伍万元整），包括：平台软件许可费1,160,000元；定制开发费780,000元；数据对接费214,000元；实施及培训费96,000元。
P:2.2 合同总价为固定价格，已包含税费、差旅、第三方组件及质保期内全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的25%作为预付款，即562,500元。
P:3.2 平台通过初步验收后，甲方支付合同总价的42%，即945,000元。
P:3.3 平台通过最终验收后，甲方支付合同总价的33%，即742,500元。
P:3.4 乙方每次请款前应开具合规发票。甲方按财政资金支付流程付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应在合同签订后九十日内完成全部模块开发并部署上线，一百二十日内具备最终验收条件。
P:4.2 乙方应按周提交进度报告，重大风险应在发现后两个工作日内书面报告甲方。
P:4.3 甲方应在开工后十日内提供政务云资源、测试环境、接口文档及业务联系人，并配合需求调研与确认。因甲方未按时提供条件导致工期延误的，交付期限相应顺延。
H:第五条 项目人员与履约保证金
P:5.1 乙方应派驻项目经理一名及不少于六名开发、测试人员，项目经理须具有同类项目经验。未经甲方同意，乙方不得更换项目经理；甲方认为人员不称职的，有权要求乙方在七日内更换。
P:5.2 乙方应在合同签订后七日内向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
H:第六条 验收
P:6.1 初步验收标准：招标文件所列功能全部实现；与审批系统、质量安全监督系统的接口连续运行十个工作日无数据丢失；二百名并发用户下常用页面响应不超过3秒；通过第三方安全测评且无中高危漏洞。
P:6.2 最终验收标准：初验后试运行六十日，期间未发生一级故障，历史数据迁移经逐项核对无差错，全部文档（源代码、数据库设计、接口说明、操作手册）交付齐全。最终验收由甲方组织专家评审，出具书面验收报告。
P:6.3 平台上线、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在十五日内整改并申请复验。
H:第七条 质量保证与维护
P:7.1 质保期为最终验收合格之日起二十四个月，质保期内乙方免费提供缺陷修复、版本升级及技术支持，每季度进行一次现场巡检并提交巡检报告，在住建领域法规或监管口径调整时免费完成相应的功能适配。
P:7.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过104,400元，该标准在质保期满后三年内不得上调。维护合同到期不自动续期，由双方另行签订。
H:第八条 服务水平
P:8.1 平台月度可用率不低于99.95%，计划内维护应提前三个工作日通知甲方并安排在非工作时间，可用率按月统计，以甲方监控系统记录为准。
P:8.2 一级故障（平台整体不可用或数据错误）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，次工作日内解决。
P:8.3 响应或恢复超时的，每超时一小时扣减服务费1,000元；月度可用率每低于承诺值0.01个百分点，扣减2,000元，从应付款或履约保证金中抵扣。
H:第九条 知识产权
P:9.1 定制开发的模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改及再开发。
P:9.2 平台标准产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
H:第十条 数据安全
P:10.1 平台内的工程项目数据、人员信息及监管记录均属甲方所有，乙方仅为履行本合同之目的接触和处理，不得用于其他任何目的。
P:10.2 乙方应遵守网络安全等级保护要求，运维操作须经堡垒机并留存日志，不得将数据复制出政务云环境。
P:10.3 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
H:第十一条 保密
P:11.1 乙方对履约中知悉的甲方工作秘密、项目信息及系统配置负有保密义务，未经甲方书面同意不得向第三方披露，本义务在合同终止后继续有效。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期具备验收条件的，每逾期一日按合同总价的万分之八向甲方支付违约金，违约金累计以合同总价的10%为限；逾期超过三十日的，甲方有权解除合同。
P:12.2 乙方交付成果不符合合同约定的，应免费返工，并赔偿甲方由此遭受的损失。
P:12.3 乙方擅自更换项目经理的，每次向甲方支付违约金20,000元；复验仍不合格的，甲方有权解除合同，乙方应退还已收款项。
P:12.4 甲方无正当理由逾期付款的，应按逾期金额每日万分之二向乙方支付利息。
H:第十三条 分包
P:13.1 本项目不允许分包。乙方不得将合同义务全部或部分转让给第三方。
H:第十四条 合同解除
P:14.1 乙方严重违约且在甲方书面通知后十五日内未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。
P:15.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。诉讼期间，除争议事项外，双方应继续履行本合同其他条款，乙方不得以存在争议为由中断平台运行保障。
H:第十六条 不可抗力
P:16.1 因地震、洪水、疫情防控措施等不可抗力致使合同不能履行的，受影响方应在三日内通知对方并提供证明，双方协商调整履行期限；不可抗力持续超过六十日的，任何一方可书面解除合同。
H:第十七条 其他
P:17.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:17.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：                  乙方（盖章）：
"""

Z02 = """T:电动卷笔刀生产线控制系统改造合同
P:合同编号：JBD-GZ-2026-031
P:甲方：某文具电器有限公司（电动卷笔刀生产厂）
P:乙方：某智能装备自动化有限公司
P:甲方现有六条电动卷笔刀装配及测试生产线，控制系统老化、停机频繁。为提高产能与良品率，甲方委托乙方对生产线控制系统进行改造，双方经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条生产线（刀架装配、电机装配、外壳组装、功能测试、包装各工位）的控制系统改造，包括PLC控制柜更换、伺服驱动升级、触摸屏更换、视觉检测单元加装、数据采集网关部署及上位监控软件安装。
P:1.2 乙方根据甲方工艺要求定制开发控制程序，包括换型配方管理、刀片装配力矩监控、整机噪声与转速测试判定及不良品自动剔除逻辑。
P:1.3 改造应分线实施，每条生产线停线时间不超过五日，乙方应在甲方安排的停线窗口内完成施工，不得影响其他生产线正常生产。
H:第二条 合同价格
P:2.1 合同总价为人民币1,610,000元，明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜改造（含柜体、PLC、低压电器）|6套|98,000|588,000
TB:2|伺服驱动器及伺服电机|24套|9,500|228,000
TB:3|触摸屏HMI|12台|6,500|78,000
TB:4|视觉检测单元（相机、光源、控制器）|6套|31,000|186,000
TB:5|产线数据采集网关|6台|8,000|48,000
TB:6|控制软件及上位监控软件许可（永久）|1套|152,000|152,000
TB:|软硬件小计| | |1,280,000
TB:7|定制控制程序开发|1项|180,000|180,000
TB:8|安装、调试及试生产保障|1项|126,000|126,000
TB:9|操作及维修培训|1项|24,000|24,000
TB:|合同总价| | |1,610,000
P:2.2 上述价格含税、运输、保险、安装辅材及乙方人员费用，合同履行期间不因原材料或人工成本变化而调整。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%，即322,000元作为预付款。
P:3.2 全部设备到货并完成六条生产线安装调试后，甲方支付合同总价的45%，即724,500元。到货及安装调试不视为验收。
P:3.3 项目最终验收合格后，甲方支付合同总价的35%，即563,500元。
P:3.4 乙方应在每期付款前开具增值税专用发票，甲方收到合格发票后二十日内付款。发票信息有误的，付款期限自甲方收到更正发票之日起算。
H:第四条 交付与工期
P:4.1 乙方应在合同生效后六十日内完成全部设备到货，九十日内完成六条生产线改造并具备验收条件。
P:4.2 设备到货时双方共同开箱检查，核对型号、数量及随机资料，签署到货签收单。
P:4.3 甲方应提供施工所需的电源、压缩空气及临时存放场地，并指派工艺、设备人员配合调试。乙方人员进入车间应遵守甲方安全生产及防火制度，动火、登高及带电作业须事先办理作业许可。因乙方违章作业造成人身伤害或财产损失的，由乙方承担全部责任。
P:4.4 乙方应在每条生产线改造前提交施工方案及旧系统程序备份，改造完成后移交电气原理图、接线图、PLC程序、参数清单及操作维护手册各两套（纸质及电子版）。
H:第五条 培训
P:乙方应对甲方操作工、班组长及设备维修人员进行分级培训，内容包括设备操作、换型配方设置、常见故障排查、视觉检测参数调整及备件更换，培训不少于六个班次。培训结束后乙方组织考核，考核合格人员应能独立完成日常操作和一般故障处理。
H:第六条 验收
P:6.1 验收标准：每条生产线改造后连续试生产十五日，节拍达到每分钟四十五台，整机一次测试合格率不低于98.5%，视觉检测漏检率不高于0.2%；配方切换时间不超过十分钟；数据采集网关上传产量、停机及不良数据完整准确。
P:6.2 全部生产线达到上述标准后，甲方组织最终验收并出具书面验收报告。试生产期间出现的问题由乙方负责整改，整改后重新计算试生产期。
P:6.3 甲方在试生产期间使用改造后的生产线生产产品，不视为验收合格。
H:第七条 质量保证与售后维保
P:7.1 质保期自最终验收合格之日起十八个月。质保期内设备、软件出现故障的，乙方免费维修或更换。
P:7.2 生产线一级故障（整线停机）乙方应在1小时内响应，6小时内到达现场；二级故障（单工位异常）2小时内响应，次日内修复。每超时一小时，乙方向甲方支付800元。
P:7.3 质保期满后，乙方继续提供维保服务，维保内容包括定期保养、备件更换、软件维护及远程技术支持。维保费为每年人民币409,600元（按软硬件小计的32%计），质保期满后三年内按此标准执行，不作上调。
P:7.4 乙方承诺关键备件供应期不少于八年，并在甲方厂区设置常用备件寄存库，寄存备件的型号和数量由双方每半年核定一次，消耗后由乙方在五日内补足。
P:7.5 质保期内乙方每季度对六条生产线进行一次预防性巡检，检查控制柜温升、接线紧固、伺服参数及视觉检测标定情况，并提交巡检报告和整改建议。软件版本升级须经甲方同意，并在停线窗口内实施，升级前应完成程序备份。
H:第八条 知识产权
P:8.1 定制控制程序、配方数据结构及相关源程序、注释文档的知识产权归甲方所有，甲方有权自行修改或委托他人维护。
P:8.2 PLC、伺服及上位监控软件等第三方标准软件的知识产权归原权利人，乙方保证甲方获得永久使用许可。
H:第九条 数据安全与保密
P:9.1 生产线产生的工艺参数、产量、质量数据均属甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方远程维护须经甲方批准，通过甲方指定的VPN并全程留存日志；数据采集网关仅可向甲方服务器上传数据，默认口令须在调试完成前全部修改，网关及上位机应关闭无关端口并安装甲方认可的防病毒软件。发生数据泄露的，乙方应在2小时内通知甲方并承担赔偿责任。
P:9.3 双方对在履约中获知的对方技术秘密、工艺配方及商业信息负有保密义务，保密期限为合同终止后五年。
H:第十条 违约责任
P:10.1 乙方逾期完成改造的，每逾期一日按合同总价的万分之二向甲方支付违约金。
P:10.2 因乙方原因造成甲方生产线停产的，乙方应赔偿甲方的直接损失。
P:10.3 改造后的生产线未达到第六条验收标准且经两次整改仍不合格的，甲方有权要求乙方拆除改造设备、恢复原系统，并退还已收全部款项。
P:10.4 甲方逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:第十一条 分包与转让
P:11.1 未经甲方书面同意，乙方不得分包或转让本合同项下的任何工作。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同并要求乙方赔偿损失；合同解除后，乙方应协助甲方恢复生产线正常运行，并移交已完成部分的全部技术资料。
H:第十三条 法律适用及争议解决
P:13.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交宁波仲裁委员会仲裁。
P:13.2 因不可抗力不能履行合同的，受影响方应及时通知对方并在十日内提供证明，可部分或全部免除责任。
P:13.3 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。
P:甲方（盖章）：                  乙方（盖章）：
"""

Z03 = """泰语培训连锁门店预约及会员管理系统服务合同

合同编号：SYW-IT-2026-08
甲方：某暹语文化培训管理有限公司（泰语培训连锁，直营门店35家）
乙方：某云课数字科技有限公司

甲方拟在全部门店上线统一的课程预约及会员管理系统，乙方以软件即服务（SaaS）方式提供系统并负责实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方35家门店开通课程预约及会员管理系统，功能包括：课程排课、学员在线预约与取消、教师课表、会员卡及课时包管理、储值与续费提醒、试听转化统计、门店经营报表、微信小程序端及总部管理后台。
2. 每家门店开通前台账号3个、教师账号不限，总部账号10个。系统支持中文及泰文双语界面，学员端支持微信支付和储值卡支付。
（二）实施服务
1. 乙方负责系统初始化配置，包括门店、教室、课程体系（零基础、商务泰语、留学泰语、考级辅导）及价格规则的配置。
2. 乙方负责将甲方现有会员资料、剩余课时及储值余额从旧系统迁移至本系统，并与甲方财务系统、企业微信完成对接。
3. 乙方为甲方门店店长、前台及总部运营人员提供培训，培训不少于五场，并提供操作手册和视频教程。
（三）运营支持
1. 服务期内乙方指定专属客户成功经理一名，每月与甲方总部召开一次运营例会，分析预约率、到课率、续费率等数据并提出改进建议。
2. 乙方每季度发布功能更新，涉及门店操作流程变化的，应提前十日通知甲方并提供更新说明。
3. 乙方提供7×24小时在线客服及400电话支持。

二、服务期限
（一）本合同服务期为两个服务年度。第一个服务年度自上线验收合格之日起算，第二个服务年度紧接第一个服务年度。
（二）服务期满前三十日内，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据其届时公布的价格体系调整年度订阅费，调整后的价格自续期之日起执行。

三、费用及支付
（一）订阅费：每家门店每个服务年度9,600元，35家门店每个服务年度合计336,000元，两个服务年度合计672,000元。
（二）实施及数据迁移费：一次性86,000元。
（三）合同总价为758,000元。
（四）支付方式
1. 实施及数据迁移费在上线验收合格后十五日内支付。
2. 每个服务年度的订阅费在该服务年度开始后十五日内支付。
3. 乙方应在付款前开具增值税专用发票。
（五）服务期内新增门店的，按每店每个服务年度9,600元按剩余月数折算；门店关闭的，甲方可减少相应账号，但当期已付费用不予退还。

四、上线与验收
（一）乙方应在合同签订后四十五日内完成配置、数据迁移和对接，具备上线条件。
（二）上线验收标准：
1. 约定功能全部可用，在总部及三家试点门店连续试运行十日无一级故障；
2. 会员资料、剩余课时及储值余额迁移结果与旧系统逐条核对一致；
3. 高峰时段（每日18:00至21:00）小程序预约操作响应时间不超过2秒；
4. 与财务系统、企业微信的对接数据经双方核对无差错。
（三）达到上述标准后，甲方出具上线验收确认书。未达到的，乙方应在七日内整改并重新验收。
（四）乙方逾期具备上线条件的，每逾期一日按合同总价的万分之八向甲方支付违约金；逾期超过三十日的，甲方有权解除合同，乙方应退还已收取的全部费用。
（五）上线验收前，甲方门店在试运行期间使用系统办理业务，不视为验收合格。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应在每日凌晨1:00至6:00之间进行并提前通知甲方。
（二）故障分级及响应：
1. 一级故障（系统整体无法登录、预约或收银功能不可用）：30分钟内响应，3小时内恢复；
2. 二级故障（部分功能或部分门店异常）：2小时内响应，次日内解决；
3. 三级问题（咨询及优化建议）：一个工作日内答复。
（三）月度可用率低于承诺值的，乙方按当月订阅费的5%向甲方提供服务抵扣；一级故障恢复超时的，每超时一小时另抵扣1,000元。抵扣金额从下一期订阅费中扣除。

六、数据归属与数据安全
（一）学员及会员个人信息、预约记录、交易与课时数据均属甲方所有。乙方仅为提供本合同服务而处理上述数据，不得用于其他目的，不得向任何第三方提供。
（二）乙方应将数据存储于中国境内的云服务器，采取加密存储、访问权限控制、操作日志留存及每日备份等措施，并遵守《个人信息保护法》的要求。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合调查处置，并赔偿甲方因此遭受的全部损失。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式交还全部数据，并在甲方确认后彻底删除。
（五）乙方每个服务年度应委托具备资质的第三方机构进行一次渗透测试，向甲方提供测试报告摘要，发现的高危漏洞应在七日内修复。门店前台导出会员资料应经总部审批并自动加水印。

七、知识产权
（一）系统平台的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方定制的报表、课程体系配置方案、数据迁移脚本及对接程序归甲方所有，甲方可自由使用、修改并许可他人使用。

八、保密
双方对履约中知悉的对方商业秘密、价格政策、学员资源及经营数据负有保密义务，保密期限至合同终止后三年。

九、分包
乙方可将短信通道、云资源托管及部分门店现场实施工作交由第三方服务商完成，但应提前书面通知甲方。乙方对第三方的行为承担责任。

十、甲方义务
（一）甲方应指定项目联系人，及时提供门店资料、课程体系、价格规则及旧系统数据导出文件，并组织门店人员参加培训。
（二）甲方应妥善保管管理员账号及密码，因甲方人员泄露账号造成的损失由甲方自行承担。
（三）甲方应按本合同约定按时支付费用。甲方逾期付款超过三十日的，乙方可书面催告后暂停部分非核心功能，但不得删除甲方数据。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方应退还未履行期间的已付费用。
（二）一级故障在一个服务年度内累计发生超过五次的，甲方有权解除合同。
（三）合同因任何原因终止的，乙方应提供不少于三十日的过渡期服务，配合甲方将数据迁移至新系统，过渡期内的费用按当期订阅费标准折算。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地仲裁委员会仲裁。仲裁期间，乙方应继续提供订阅服务，不得以争议为由暂停系统或限制甲方导出数据。

十三、不可抗力
因地震、火灾、大范围网络中断或政府行为等不可抗力导致服务中断的，受影响方应及时通知对方并采取措施减少损失，不可抗力影响期间不计入可用率统计。但云资源服务商的一般性故障不属于不可抗力。

十四、其他
（一）本合同附件包括：附件一 功能清单；附件二 门店清单；附件三 数据迁移方案。附件与本合同具有同等效力。
（二）本合同未尽事宜，由双方另行签订补充协议。
（三）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：            乙方（盖章）：
日期：                    日期：
"""

Z04 = """地铁隧道结构安全监测系统年度运维服务合同

项目名称：地铁隧道结构安全监测系统2027年度运维服务（竞争性磋商）
项目编号：JTJ-CS-2026-112
甲方（采购人）：某市交通运输局
乙方（成交供应商）：某轨道智测技术服务有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件和乙方响应文件，甲乙双方就地铁隧道结构安全监测系统年度运维服务事宜订立本合同。

第一条 服务范围
1. 运维对象为本市地铁1号线、3号线及5号线隧道结构安全监测系统，包括自动化全站仪42台、静力水准仪860个、裂缝计320个、收敛计410个、数据采集单元96套、无线传输设备及监测云平台软件。
2. 服务内容包括：设备日常巡检与维护、故障处理、传感器年度校准、监测数据质量核查、平台软件维护与升级、预警信息推送保障、月度及年度监测报告编制。
3. 乙方应配合甲方开展防汛、保护区施工等专项监测任务。
4. 运维期间如需更换或新增传感器，乙方应提交更换方案，经甲方确认后实施，更换后的设备应与平台完成联调并更新台账。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满，本合同自然终止，不自动续期；后续服务由甲方依法另行采购。服务期满前六十日，乙方应编制运维工作总结及移交方案，配合甲方与后续服务商完成交接。

第三条 服务费用及支付
1. 本合同总价为人民币1,176,000元，包含人工、交通、备品备件、仪器校准、软件维护及税费等全部费用。
2. 服务费按季度支付，每季度294,000元。每季度结束且季度考核合格后，乙方提交考核确认单及发票，甲方在十五个工作日内支付当季度服务费。
3. 本合同不设预付款。
4. 服务期内因线路延伸新增监测点的，按响应文件中的单价另行结算，由双方签订补充协议。配合防汛及保护区施工等专项监测的费用已包含在合同总价内。

第四条 服务交接
1. 乙方应在2027年1月1日前完成与上一服务商的交接，包括设备清点、台账接收、平台账号及运维资料接收，形成交接清单。
2. 乙方未能按期完成交接并接管服务的，每逾期一日按合同总价的千分之一向甲方支付违约金。

第五条 运维工作要求
1. 巡检：夜间停运时段每月对全部监测断面巡检一次，重点区段每两周巡检一次，巡检记录当日上传平台。
2. 校准：乙方应在2027年9月30日前完成全部传感器年度校准，并提交具备资质的计量机构出具的校准证书。逾期完成的，每逾期一日按合同总价的千分之一向甲方支付违约金。
3. 报告：每月5日前提交上月监测报告，年度报告于服务期满后二十日内提交。
4. 乙方进入地铁保护区作业应遵守运营单位的施工请点、销点及安全管理规定，作业人员须经安全培训并持证上岗，严禁在未销点前遗留工器具。
5. 平台维护：乙方负责服务器操作系统及数据库补丁更新、平台缺陷修复、预警阈值配置维护，每月进行一次数据备份恢复演练，每半年进行一次平台性能评估并提出优化建议。
6. 台账：乙方应建立设备台账、故障台账及校准台账，服务期满时完整移交甲方。

第六条 人员与备品备件
1. 乙方应组建不少于十二人的驻场运维团队，其中项目负责人一名（具有岩土或测绘专业高级职称）、数据分析工程师两名、现场运维工程师不少于九名。主要人员应与响应文件一致，更换须经甲方书面同意。
2. 乙方应在本市设立备品备件库，静力水准仪、裂缝计、收敛计的备件数量均不少于在用数量的5%，数据采集单元备件不少于四套，备件消耗后应在十日内补足。
3. 乙方应建立应急抢修队伍，配备应急车辆及便携式监测设备，确保汛期及重大活动期间二十四小时值守。

第七条 服务水平
1. 监测系统月度可用率不低于99.95%，单个监测断面数据中断不得超过两个采集周期。
2. 故障分级响应：
（1）一级故障（整条线路监测中断、预警功能失效或平台不可用）：30分钟内响应，2小时内到达现场，8小时内恢复；
（2）二级故障（单个区间或单个断面数据异常）：1小时内响应，次个夜间作业窗口内修复；
（3）三级故障（单个传感器异常）：三个工作日内修复。
3. 监测值达到预警值时，平台应在5分钟内向甲方及运营单位推送预警信息。
4. 乙方未达到上述服务水平的，应在三个工作日内向甲方提交书面情况说明，并在甲方要求的期限内完成整改。

第八条 考核与验收
1. 甲方每季度对乙方服务进行考核，考核内容包括巡检完成率、故障响应及恢复时限、数据有效率、报告质量。考核得分不低于80分为合格。
2. 考核不合格的，乙方应在十五日内整改，经甲方复核合格后方可支付当季度服务费。
3. 服务期满后，甲方依据年度报告、设备完好率（不低于98%）及四个季度考核结果组织年度验收，出具书面验收意见。

第九条 数据归属与数据安全
1. 监测原始数据、分析成果、预警记录及平台内全部数据均属甲方所有，乙方仅为履行本合同使用，不得用于其他任何目的。
2. 乙方应落实网络安全等级保护第三级要求，远程运维须通过甲方指定的堡垒机并全程留存日志，不得将监测数据拷贝至非甲方设备；运维终端应安装甲方指定的终端安全软件，运维账号实行一人一号并定期更换口令，人员离场当日注销账号。
3. 发生数据泄露、篡改或网络安全事件的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成损失的，由乙方承担赔偿责任。

第十条 知识产权
乙方在运维过程中形成的报告、运维手册、数据处理脚本及平台配置文件归甲方所有，甲方可自由使用和修改，并可提供给后续服务商使用。乙方在服务期满时应提交全部脚本的源文件及说明文档。

第十一条 分包
本项目不得分包。乙方不得将本合同项下服务转包或分包给第三方。

第十二条 违约与解除
1. 乙方连续两个季度考核不合格，或因乙方原因导致重大预警漏报的，甲方有权书面通知解除合同。
2. 乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
3. 乙方人员违反运营单位安全规定造成行车延误、设备损坏或人身伤害的，由乙方承担全部责任，并赔偿甲方及运营单位因此遭受的损失。

第十三条 甲方义务
1. 甲方负责协调地铁运营单位，为乙方办理保护区作业证件及夜间作业请点手续。
2. 甲方应提供既有设备台账、历史监测数据及平台管理员账号，并对乙方提交的报告在十个工作日内提出意见。
3. 甲方应按本合同约定支付服务费，因财政资金拨付程序造成的合理延迟，不视为甲方违约。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生争议的，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十五条 其他
1. 磋商文件、响应文件、成交通知书为本合同的组成部分。
2. 因不可抗力导致服务不能正常履行的，受影响方应及时通知对方，双方协商调整服务安排，相应期间不计入考核。
3. 乙方应在合同签订前提交合同总价5%的履约保证金，服务期满且年度验收合格后无息退还。
4. 本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
"""

Z05 = """# 软件许可及定制开发合同

**匠迹软件标准合同文本 V3.0**

合同编号：JJ-2026-HT-0593

甲方（客户）：某皮具手作工作室（某皮艺手工制品有限公司）

乙方（供应商）：某匠迹信息技术有限公司

鉴于甲方需要对皮具制作全流程进行工序追踪管理，乙方拥有“匠迹工序追踪系统”软件产品，双方根据《中华人民共和国民法典》，就软件许可及定制开发事项达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方授予“匠迹工序追踪系统”标准版软件的使用许可，许可站点数为8个（裁料、削薄、染色、手缝、封边、五金安装、质检、包装各一个工位），许可期限为永久。

1.2 乙方根据甲方需求进行定制开发，内容包括：皮料批次及产地追溯、裁片编号与排料记录、手缝工序计时与工匠绩效统计、客户定制订单进度查询页面、微信小程序订单状态推送，以及按皮料批次统计的损耗率与成品率报表。

1.3 乙方负责系统部署、基础数据初始化及使用培训。培训采用远程视频方式进行，共两次，每次不超过三小时，培训对象为甲方指定的管理人员及工位负责人。现场培训如需增加，差旅费用由甲方另行承担。

1.4 系统运行环境：服务器为甲方自备的Linux服务器一台或乙方认可的云主机，工位终端为安卓平板，扫码设备须为乙方推荐型号。因甲方运行环境不符合要求导致的问题，乙方不承担责任。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠迹工序追踪系统标准版软件许可（8站点，永久） | 168,000 |
| 2 | 定制开发（批次追溯、裁片排料、工序计时、订单查询、小程序推送） | 236,000 |
| 3 | 部署实施及培训 | 28,000 |
| | 合计 | 432,000 |

2.1 合同总价为人民币432,000元（含税）。

2.2 服务器、扫码枪、工位平板等硬件由甲方自行采购，不在本合同范围内。合同总价不含第三方短信、云主机及微信小程序认证等费用，该等费用由甲方直接向第三方支付。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即280,800元。乙方收到该款项后启动开发工作。

3.2 系统部署上线后十个工作日内，甲方支付合同总价的35%，即151,200元。

3.3 甲方逾期付款的，乙方有权暂停开发或技术支持工作，工期相应顺延，且甲方应按每日千分之一向乙方支付逾期付款违约金。

## 第四条 交付

4.1 乙方在收到首期款后七十五日内完成定制开发并部署上线。开发期间乙方每两周通过微信工作群向甲方通报一次进度，并演示已完成的功能页面。

4.2 甲方应按乙方要求及时提供需求资料、样本数据和测试环境，因甲方原因导致的延误，交付期限相应顺延。

4.3 需求以双方确认的《需求说明书》为准。需求确认后甲方提出变更的，乙方有权另行收费并调整工期，变更费用按每人日2,500元计算。

4.4 乙方交付的内容包括：安装程序、操作手册电子版及培训视频。定制开发部分的源代码不在交付范围内。

## 第五条 验收

5.1 系统部署上线并交付甲方使用，即视为甲方验收合格。

5.2 甲方在系统上线后发现的问题，按本合同第六条的维护约定处理。

## 第六条 免费维护及后续服务

6.1 乙方自系统上线之日起提供三个月的免费维护期，期间免费修复系统缺陷。

6.2 乙方在工作日提供电话、微信及远程技术支持，收到甲方反馈的问题后将尽合理努力及时处理。

6.3 免费维护期满后，甲方如需继续获得维护、升级及技术支持服务，应与乙方签订年度维护合同，维护费按乙方届时公布的服务价格标准执行。

6.4 年度维护合同到期后，甲方未续签的，乙方不再提供缺陷修复、版本升级及远程支持，系统可继续按现状使用。甲方日后申请恢复维护服务的，应补缴中断期间的维护费。

6.5 因甲方自行修改系统、操作不当或硬件故障导致的问题，不在免费维护范围内。

## 第七条 知识产权

7.1 “匠迹工序追踪系统”标准版软件的全部知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、源代码、数据库结构及相关文档的知识产权归乙方所有。甲方享有在本单位内部使用的非独占、不可转让的权利，未经乙方书面许可，甲方不得修改、反编译或提供给任何第三方。

7.3 乙方有权将定制开发成果用于其他客户或纳入标准产品。

7.4 乙方保证标准版软件不侵犯第三方的合法权利。如因甲方按照乙方要求正常使用标准版软件而被第三方主张侵权，由乙方负责处理，甲方应及时通知乙方并提供必要协助。

## 第八条 数据

8.1 甲方录入系统的订单、客户、皮料及工序数据归甲方所有。

8.2 乙方应采取访问权限控制、传输加密、每日备份等安全措施保护甲方数据；发生数据泄露或丢失的，乙方应在24小时内通知甲方，并对因乙方过错造成的直接损失承担赔偿责任。

8.3 甲方同意，乙方可在去除客户姓名、联系方式等身份信息后，使用甲方的工序及产能数据进行产品改进、行业分析及为其他客户提供工时参考。

8.4 甲方应自行负责服务器的日常运行、数据库备份介质的保管及操作人员账号管理。因甲方账号管理不善导致的数据泄露，由甲方自行负责。

## 第九条 保密

9.1 双方对在合作中知悉的对方商业秘密、技术资料及客户信息负有保密义务，未经对方书面同意不得向第三方披露。

9.2 本条义务在合同终止后三年内持续有效。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的5%。

10.2 乙方在本合同项下承担的全部赔偿责任（包括违约金）累计不超过合同总价的20%。

10.3 任何一方均不对对方的间接损失、利润损失或商誉损失承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经守约方书面通知后三十日内仍未纠正的，守约方有权解除本合同。

11.2 甲方解除合同的，已支付的款项中对应已完成工作的部分不予退还。

11.3 合同解除后，甲方应停止使用定制开发成果；标准版软件许可是否继续有效，以甲方是否已付清许可费用为准。

## 第十二条 争议解决

12.1 本合同适用中华人民共和国法律。

12.2 因本合同产生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十三条 不可抗力

13.1 因不可抗力（包括但不限于自然灾害、政府行为、网络运营商故障、第三方云服务中断等）导致一方不能履行合同的，该方不承担违约责任，但应及时通知对方。

13.2 不可抗力持续超过六十日的，任何一方可书面通知解除本合同，已履行部分的费用不予退还。

## 第十四条 通知

14.1 双方的通知可通过本合同首页载明的地址、电子邮件或微信工作群发送，电子邮件或微信消息发出即视为送达。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效。本合同文本为乙方标准文本，双方对其中条款的修改以书面补充协议为准。

15.2 本合同一式两份，双方各执一份，具有同等法律效力。

甲方（签章）：                乙方（签章）：

签订日期：                    签订日期：
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. CQS-SZB-2026-014
P:This Agreement is made between Suzhou Huarui Precision Bearing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Suzhou, Jiangsu Province (the "Customer"), and Cotswold Quality Systems Ltd, a company registered in England and Wales with its registered office at Love Lane, Cirencester, Gloucestershire, United Kingdom (the "Vendor").
P:The Customer manufactures deep-groove and tapered roller bearings on four production sites and wishes to replace its spreadsheet-based inspection records with a statistical process control and quality management system. The Vendor publishes the CQS Inspect software and provides implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the CQS Inspect statistical process control, gauge management and non-conformance modules in the version current at signature, in object code, with its documentation.
P:1.2 "Custom Deliverables" means the configurations, inspection plan templates, gauge interface adapters, report layouts and integration programs made by the Vendor specifically for the Customer under this Agreement, together with their source code and documentation.
P:1.3 "Customer Data" means all measurement results, inspection records, drawings, supplier information and other data entered into, processed by or generated in the Software by or for the Customer.
P:1.4 "Final Acceptance" means the Customer's written certificate issued under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Customer's own servers in mainland China for up to 260 named users and 180 connected gauges at the Customer's four production sites and those of its wholly owned subsidiaries.
P:2.2 The Vendor shall install and configure the Software, build inspection plans for the product families listed in Schedule 1, connect the digital gauges, coordinate measuring machines and roundness testers listed in Schedule 2, integrate the Software with the Customer's ERP and MES systems, migrate three years of historical inspection records and train the Customer's quality engineers, inspectors and administrators.
P:2.3 The Customer shall provide servers, network access, a project manager and timely decisions, and shall make production staff available for testing.
H:Article 3 Price
P:3.1 The total contract price is CNY 1,688,000, inclusive of VAT, made up of Licence Fees of CNY 1,240,000, implementation and integration services of CNY 410,000 and training of CNY 38,000.
P:3.2 The price is fixed. Travel, accommodation and all other expenses of the Vendor's personnel are included.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the contract price (CNY 337,600) within thirty days after signature and receipt of a valid invoice.
P:4.2 The Customer shall pay 45% of the contract price (CNY 759,600) within thirty days after completion of the user acceptance test under Article 5.2.
P:4.3 The Customer shall pay the remaining 35% of the contract price (CNY 590,800) within thirty days after Final Acceptance.
P:4.4 Payments shall be made in CNY by bank transfer to the Vendor's account stated in its invoice. The Vendor shall issue invoices that comply with applicable PRC tax rules, and the Customer may withhold any taxes it is required by law to withhold.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall deliver and install the Software within thirty days after signature and complete all services so that the system is ready for the user acceptance test within one hundred and twenty days after signature.
P:5.2 The user acceptance test shall demonstrate that: (a) every function in Schedule 1 works as specified; (b) measurements from every gauge in Schedule 2 are captured without manual re-entry and match the gauge display; (c) control charts, capability indices and alarms are calculated correctly against a reference data set supplied by the Customer; (d) migrated records reconcile with the source files in count and content; and (e) ERP and MES interfaces run for ten consecutive working days without error.
P:5.3 After a successful user acceptance test, the system shall run in production for sixty days. If no Severity 1 incident remains open at the end of that period and all documentation and source code of the Custom Deliverables have been delivered, the Customer shall issue the Final Acceptance certificate within ten working days.
P:5.4 Installation, go-live, productive use or any payment shall not be deemed acceptance. Failed tests shall be repeated after correction at the Vendor's cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants for eighteen months from Final Acceptance that the Software and the Custom Deliverables will perform substantially in accordance with their specifications and documentation. During this period the Vendor shall correct defects, provide new releases and provide remote and on-site support free of charge.
P:6.2 Incidents shall be handled as follows: Severity 1 (system unavailable or measurement data lost or incorrect): response within 1 hour, workaround within 8 hours; Severity 2 (major function impaired): response within 2 hours, resolution within two working days; Severity 3 (minor issue or question): response by the next working day.
P:6.3 For each full hour by which a Severity 1 response or workaround is late, the Vendor shall credit the Customer CNY 1,000 against the next invoice or pay that amount on demand.
P:6.4 After the warranty period the Customer may order annual support and new releases at 11% of the Licence Fees (CNY 136,400) per support year. This fee is fixed for the first three support years. Support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property in the Software.
P:7.2 All intellectual property in the Custom Deliverables vests in the Customer upon creation. The Customer may use, copy, modify and license them to third parties without restriction. The Vendor shall deliver their source code before Final Acceptance.
P:7.3 The Vendor shall defend the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall indemnify the Customer against resulting damages and costs.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use it only to perform this Agreement and shall not use it for any other purpose, including product development, benchmarking or analysis, whether or not anonymised or aggregated.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's VPN with multi-factor authentication, under an account assigned to a named person, and only with the Customer's prior approval for each session. The Vendor shall not copy Customer Data outside the Customer's systems or transfer it outside mainland China.
P:8.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. It shall report any actual or suspected security incident affecting Customer Data to the Customer within 12 hours of becoming aware of it, cooperate in the investigation and remediation, and bear all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep the other party's confidential information, including drawings, process parameters, prices and the terms of this Agreement, strictly confidential, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent obligations.
P:9.2 These obligations survive for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the system is not ready for the user acceptance test by the date in Article 5.1 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the contract price for each day of delay, up to a maximum of 8% of the contract price.
P:10.2 The Vendor's total liability under this Agreement shall not exceed 150% of the contract price. This limit does not apply to liability for personal injury or death, fraud, wilful misconduct, infringement indemnities or breach of Articles 8 and 9.
P:10.3 Neither party is liable for loss of profit or indirect loss, except in the cases excluded from the limit in Article 10.2.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the other's prior written consent.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.
P:12.2 The Customer may also terminate if the liquidated damages under Article 10.1 reach their maximum. On termination by the Customer, the Vendor shall refund all amounts paid for services not accepted, and the licence to the Software shall continue if the Licence Fees have been paid.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of England and Wales.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration under the LCIA Rules. The seat of arbitration shall be London, the tribunal shall consist of one arbitrator and the language shall be English.
H:Article 14 General
P:14.1 This Agreement, with Schedule 1 (Functional Scope) and Schedule 2 (Gauges and Interfaces), is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is signed in English in two originals, one for each party.
P:Signed for the Customer: ____________________    Signed for the Vendor: ____________________
"""

E02 = """# ORDER FORM — LIFTLINE FIELD SERVICE PLATFORM

Order Form No. SFS-ORD-2026-0231

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A the parties agree to both Parts. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1 Parties

**Provider:** Severn Field Software Limited, a company registered in England and Wales, with its registered office at London Road, Stroud, Gloucestershire, United Kingdom, acting through its branch office in Shanghai for invoicing and local support.

**Customer:** Hangzhou Yuntai Elevator Maintenance Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Hangzhou, Zhejiang Province.

### A2 Subscribed Service

The LiftLine field service platform, Enterprise edition, comprising: work-order dispatch and scheduling; a mobile app for technicians with offline mode; preventive maintenance plans by lift and by building; spare parts and van stock; customer portal for property managers; regulatory inspection reminders; and dashboards. Subscription for 420 technician users, 60 office users and unlimited portal users, covering up to 9,000 lifts under maintenance.

### A3 Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the Go-Live Date confirmed under B3.3; the second starts on its first anniversary.

### A4 Fees

| Item | Basis | Amount (CNY, incl. VAT) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 420 technicians + 60 office users | 420,000 |
| Subscription fee, Subscription Year 2 | same scope | 420,000 |
| Onboarding (configuration, data migration, integration with Customer's ERP, training) | one-time | 64,000 |
| **Total for the Subscription Term** | | **904,000** |

Additional technician users may be added at CNY 1,000 per user per Subscription Year, pro rata for part of a Subscription Year.

### A5 Invoicing and Payment

- The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within thirty days after receipt of a valid VAT invoice.
- The onboarding fee is invoiced after the Go-Live Date and is payable within thirty days after receipt of a valid VAT invoice.
- No amount is payable before the Go-Live Date.

### A6 Service Data Location and Hosting

The Service is hosted in a data centre in mainland China operated by Alibaba Cloud, which the Customer approves as the Provider's hosting subcontractor by signing this Order Form. Customer Data is stored and processed only in mainland China.

Signed for the Provider: ____________________ Signed for the Customer: ____________________

Date: ____________________

## PART B — GENERAL TERMS

### B1 Definitions

1.1 "Service" means the subscribed service described in A2, including its mobile applications, portal and documentation.

1.2 "Customer Data" means all data entered into or generated by the Service by or for the Customer and its users, including lift records, work orders, inspection results, customer contacts and technicians' location data.

1.3 "Customer Configurations" means the workflows, forms, templates, reports and integration mappings made by the Provider for the Customer during onboarding or later.

### B2 Use of the Service

2.1 The Provider grants the Customer and its users a non-exclusive right to use the Service during the Subscription Term for the Customer's business.

2.2 The Customer is responsible for its users' accounts and shall not resell the Service or attempt to reverse engineer it.

### B3 Onboarding and Go-Live Acceptance

3.1 The Provider shall complete onboarding by the Target Go-Live Date, which is seventy days after signature of this Order Form.

3.2 Before go-live the parties shall run an acceptance test showing that: (a) all functions in A2 work for the Customer's three pilot branches; (b) lift, contract and parts data migrated from the Customer's legacy system reconcile with the source in record count and key fields; (c) work orders flow both ways with the Customer's ERP without error for five consecutive working days; and (d) the mobile app completes a work order offline and synchronises it correctly.

3.3 When the test is passed the Customer shall confirm the Go-Live Date in writing. Use of the Service in the pilot branches before that confirmation is not acceptance.

3.4 If the Go-Live Date is later than the Target Go-Live Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 700 for each day of delay, up to a total of CNY 45,200.

### B4 Service Levels

4.1 The Provider shall make the Service available at least 99.95% of the time in each calendar month, excluding planned maintenance announced five days in advance and performed between 00:00 and 05:00 Beijing time.

4.2 Incidents reported by the Customer shall be answered as follows: Priority 1 (Service unavailable or dispatching impossible for any branch): response within 30 minutes, at any time, with continuous work until restored; Priority 2 (major feature impaired): response within 2 hours during business hours; Priority 3: response within one business day.

4.3 If monthly availability falls below the committed level, the Provider shall credit 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall or part of it, up to half of that monthly equivalent. A late Priority 1 response earns a credit of CNY 800 per hour of delay. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

### B5 Customer Data

5.1 As between the parties, the Customer owns all Customer Data. The Provider processes Customer Data to provide and support the Service.

5.2 The Customer grants the Provider a perpetual, worldwide licence to use Customer Data in aggregated and anonymised form to compile industry benchmarks, train its scheduling algorithms and improve its products and services, during and after the Subscription Term.

5.3 The Provider maintains an information security programme certified to ISO/IEC 27001, encrypts Customer Data in transit and at rest, restricts access to personnel who need it, keeps access logs for six months and performs daily backups. The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours, take all reasonable steps to contain it, and be liable for losses caused by its failure to comply with this section, subject to B9.

5.4 Within thirty days after the end of the Subscription Term the Provider shall return Customer Data in CSV format and then delete it.

### B6 Intellectual Property

6.1 The Provider owns the Service and all its underlying software.

6.2 Customer Configurations belong to the Customer, which may use, modify and have third parties use them freely, also after the Subscription Term. The Provider shall export them on request.

### B7 Confidentiality

7.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Order Form and not disclose it to third parties, except to its professional advisers and approved subcontractors bound by equivalent duties.

7.2 This obligation continues for three years after the end of the Subscription Term.

### B8 Renewal

8.1 At the end of the Subscription Term, the subscription renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least sixty days before the end of the current term.

8.2 The Provider may increase the subscription fee for each renewal term by up to 9% over the fee of the previous Subscription Year by notice given at least seventy-five days before the renewal term starts.

### B9 Limitation of Liability

9.1 Each party's total liability arising out of or in connection with this Order Form is limited to the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim.

9.2 Neither party is liable for loss of profit, revenue or goodwill, or for indirect loss.

9.3 The limits in this section do not apply to the Customer's obligation to pay fees, to either party's liability for death or personal injury caused by negligence, or to fraud.

### B10 Subcontracting

The Provider shall not subcontract any part of the Service without the Customer's prior written consent, except the hosting subcontractor approved in A6. The Provider is responsible for its subcontractors as for itself.

### B11 Termination

11.1 Either party may terminate this Order Form by written notice if the other party materially breaches it and does not remedy the breach within thirty days after written notice.

11.2 If the Customer terminates under 11.1, the Provider shall refund any prepaid fees for the period after termination.

### B12 Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai in accordance with its rules in force at the time. The arbitral award is final and binding on both parties.

### B13 General

Notices must be in writing and sent to the addresses in A1. Neither party may assign this Order Form without the other's written consent. This Order Form is the entire agreement of the parties on its subject and may only be amended in writing signed by both parties.
"""

E03 = """T:SUPPLY AND LICENCE CONTRACT FOR VIBRATION MONITORING SENSORS AND SOFTWARE
P:Contract No. QY-EQ-2026-0862
P:This Contract is made on the Buyer's standard terms for equipment and software procurement between:
P:(1) Jiangxi Qingyuan Paper Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Jiujiang, Jiangxi Province (the "Buyer"); and
P:(2) Avonside Condition Monitoring Ltd, a company registered in England and Wales, with its registered office at High Street, Tewkesbury, Gloucestershire, United Kingdom (the "Supplier").
P:The Buyer operates two paper machines, a pulp line and a power plant at its Jiujiang mill and wishes to move from manual route-based vibration readings to continuous wireless monitoring of its rotating equipment. The Supplier has offered wireless sensors, gateways and its monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and accessories listed in the Price Table in clause 3.
P:1.2 "Software" means the Supplier's MillSense monitoring software, including the analytics server, web client and mobile alarm application, and the embedded firmware of the Equipment.
P:1.3 "Project Deliverables" means the asset models, alarm settings, fault-frequency libraries, dashboards, reports and interface programs made by the Supplier for the Buyer under this Contract, with their documentation.
P:1.4 "Buyer Data" means all measurement data, alarms, asset information, drawings and other data of the Buyer collected, stored or processed under this Contract.
P:1.5 "Final Acceptance" means the Buyer's written acceptance certificate issued under clause 6.4.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment, grant the Software licence and carry out installation, configuration, commissioning and training so that 180 measuring points on fans, pumps, refiners, dryer cylinders, gearboxes and the turbine auxiliaries are monitored continuously.
P:2.2 The Software licence is perpetual, non-exclusive and covers unlimited users at the Jiujiang mill for up to 400 assets. The Software is installed on servers provided by the Buyer inside its own network.
P:2.3 The Supplier shall connect the Software to the Buyer's distributed control system (read-only) and to its maintenance management system so that alarms create work requests automatically.
H:3. Contract Price
P:3.1 The Contract Price is CNY 2,008,000, inclusive of 13% VAT, delivery to the mill, insurance, customs clearance and all costs of the Supplier's personnel. It is broken down in the Price Table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor, ATEX rated, with mounting kit|180|6,200|1,116,000
TB:2|Industrial wireless gateway with mesh radio and PoE|14|18,500|259,000
TB:3|MillSense monitoring software, perpetual site licence, 400 assets|1|420,000|420,000
TB:|Equipment and Software subtotal|||1,795,000
TB:4|Installation, configuration, asset modelling, interfaces and commissioning|1 lot|186,000|186,000
TB:5|Training of operators, reliability engineers and administrators|1 lot|27,000|27,000
TB:|Contract Price|||2,008,000
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange rates, freight or material costs.
H:4. Payment
P:4.1 18% of the Contract Price (CNY 361,440) is payable within thirty days after signature, against the Supplier's invoice and an advance payment guarantee for the same amount issued by a bank acceptable to the Buyer.
P:4.2 47% of the Contract Price (CNY 943,760) is payable within thirty days after all Equipment has been delivered and installed and the Software has been commissioned. Delivery, installation and commissioning do not constitute acceptance.
P:4.3 35% of the Contract Price (CNY 702,800) is payable within thirty days after Final Acceptance.
H:5. Delivery
P:5.1 The Supplier shall deliver all Equipment to the mill within seventy-five days after signature and complete installation and commissioning within one hundred and ten days after signature.
P:5.2 Risk in the Equipment passes to the Buyer on delivery; title passes on payment under clause 4.2.
P:5.3 Installation shall be done during the Buyer's planned shutdowns. The Supplier's personnel shall follow the mill's safety rules, including permit-to-work, lock-out and hot-work procedures.
H:6. Testing and Acceptance
P:6.1 After commissioning, the Supplier shall carry out a site acceptance test in the presence of the Buyer's engineers.
P:6.2 The site acceptance test shall show that: (a) every measuring point transmits readings at the configured interval with packet loss below 1% over seven days; (b) readings agree with a calibrated portable analyser within the tolerance stated in the technical specification; (c) alarms reach the control room and the mobile application within sixty seconds; (d) work requests are created correctly in the maintenance management system; and (e) battery life forecasts for all sensors meet the specification.
P:6.3 After a successful site acceptance test the system shall run for a trial period of forty-five days, during which no Severity 1 incident may remain unresolved and the Supplier shall tune alarm levels with the Buyer's reliability engineers.
P:6.4 At the end of a successful trial period and after delivery of all documentation and Project Deliverables, the Buyer shall issue the Final Acceptance certificate. Use of the system during the trial period is not acceptance. If a test fails, the Supplier shall remedy the defects at its own cost and the test shall be repeated.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and Software for thirty-six months from Final Acceptance. During this period it shall repair or replace defective Equipment, correct Software defects, supply firmware and Software updates and provide remote and on-site support free of charge. Sensor batteries are covered for the same period.
P:7.2 Incidents shall be handled as follows: Severity 1 (Software down, or loss of monitoring for more than ten measuring points): response within 30 minutes, engineer on site within 24 hours if remote diagnosis fails; Severity 2 (single gateway or group of sensors down): response within 2 hours, resolution within three working days; Severity 3: response within one working day.
P:7.3 For every full hour by which a Severity 1 response is late, the Supplier shall pay CNY 1,200; for every day by which a Severity 2 resolution is late, CNY 800. The Buyer may deduct these amounts from any payment or from the performance security.
P:7.4 After the warranty period, the Supplier shall, at the Buyer's option, provide support and updates for an annual fee of 8% of the Equipment and Software subtotal (CNY 143,600), which shall not increase during the first three support years. Support is ordered by separate written order; there is no automatic renewal.
P:7.5 The Supplier shall keep spare parts and replacement sensors available for at least eight years after Final Acceptance.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier and its licensors.
P:8.2 The Project Deliverables belong to the Buyer from creation. The Buyer may use, modify and license them freely, including to another service provider. The Supplier shall hand over the source files and configurations before Final Acceptance.
H:9. Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use it only to perform this Contract and may not use it for any other purpose, including in anonymised or aggregated form.
P:9.2 The Supplier shall access the Software only through the Buyer's remote access gateway with two-factor authentication and prior approval for each session. The gateways shall send data only to the Buyer's servers and shall have all default passwords changed before commissioning.
P:9.3 The Supplier shall comply with PRC laws on cybersecurity, data security and personal information, shall report any security incident affecting Buyer Data within 6 hours and shall compensate the Buyer for all losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's production data, process parameters, network design and the prices in this Contract, and shall not disclose it to any third party without prior written consent.
P:10.2 This obligation survives termination for five years.
H:11. Delay and Liability
P:11.1 If the Supplier fails to complete delivery, installation or commissioning by the dates in clause 5.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
P:11.2 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct, infringement and breach of clauses 9 and 10, which are unlimited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for the acts and omissions of approved subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty days after notice, or if liquidated damages under clause 11.1 reach their maximum.
P:13.2 On such termination the Supplier shall refund all sums paid for Equipment and services not accepted and shall remove any rejected Equipment at its own cost.
H:14. Force Majeure
P:14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effects.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Any dispute arising from this Contract shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules then in effect. The award is final and binding.
H:16. General
P:16.1 This Contract is written in English and Chinese; both versions have equal effect. Annex 1 (Technical Specification) and Annex 2 (Measuring Point List) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. WKT-MSA-2026-007

**Between**

**Wuhan Kangtai Pharmaceutical Distribution Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in Wuhan, Hubei Province (the "Customer"); and

**Wyre Forest Managed Services Ltd**, a company registered in England and Wales with its registered office at Load Street, Bewdley, Worcestershire, United Kingdom, acting with its wholly owned subsidiary in Wuhan for on-site delivery (the "Provider").

**Background.** The Customer distributes medicines and medical devices from a head office, four regional warehouses and 23 branch offices in Hubei and Hunan. It wishes to outsource the operation of its end-user IT, network and data centre infrastructure to the Provider for thirty-six months. The parties agree as follows.

## Section 1 Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the service levels in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Customer Data" means all data of the Customer and its customers, suppliers and employees that the Provider or its personnel can access in performing the Services, including data in the warehouse management, ERP and cold-chain temperature systems.

1.5 "Transition" means the handover of the Services from the Customer's in-house team and previous contractor to the Provider, as described in Schedule 1.

## Section 2 Term

2.1 This Agreement starts on the date of signature. The service period is thirty-six months from the Service Commencement Date, being the day after Transition Acceptance.

2.2 This Agreement ends at the end of the service period. It does not renew automatically; any extension must be agreed in writing by both parties, with charges agreed at that time.

## Section 3 Transition and Acceptance

3.1 The Provider shall complete Transition within sixty days after signature.

3.2 Transition is accepted when the Provider has shown, and the Customer has confirmed in writing, that: (a) all assets in the Customer's inventory have been verified and recorded in the Provider's configuration database; (b) the service desk has handled calls for all sites for ten consecutive working days within the Service Levels; (c) monitoring covers every network device, server and storage system listed in Schedule 1; (d) operating procedures for each system have been documented and approved by the Customer; and (e) a restore test from backup has succeeded for the ERP and warehouse management systems.

3.3 If Transition Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay, up to CNY 120,000.

## Section 4 Services and Service Levels

4.1 The Provider shall perform the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 The Provider shall report its performance against each Service Level monthly and attend a monthly service review with the Customer's IT manager.

4.3 Where a Service Level is missed, the service credits in Schedule 2 apply. Service credits are deducted from the Charges for the following month and do not limit the Customer's other rights.

## Section 5 Charges and Payment

5.1 The Charges are set out in Schedule 3 and are fixed for the service period.

5.2 The Transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. Each invoice is payable within thirty days after receipt of a valid VAT invoice.

5.3 No advance payment is made under this Agreement.

5.4 The Customer shall provide the Provider's on-site engineers with desk space, network access and access badges at each site, inform the Provider of planned business changes such as new branches or system upgrades at least thirty days in advance, and make its system owners available for change approvals. The Provider is not responsible for missing a Service Level to the extent caused by the Customer's failure to do so or by a carrier outage that the Provider has promptly escalated.

## Section 6 Customer Data

6.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only for performing the Services and for no other purpose, and shall return it to the Customer on request and at the end of this Agreement.

## Section 7 Intellectual Property

7.1 Tools and software owned by the Provider before this Agreement remain the Provider's property. The Provider grants the Customer a free licence to use any such tools embedded in the deliverables.

7.2 Runbooks, scripts, network diagrams, configuration records and other documents prepared by the Provider for the Customer belong to the Customer, which may use and modify them freely and give them to any successor provider.

## Section 8 Confidentiality

8.1 Each party shall keep confidential all information of the other party marked or reasonably understood as confidential, use it only for this Agreement and disclose it only to persons who need to know it and are bound by equivalent obligations.

8.2 These obligations continue for five years after this Agreement ends.

## Section 9 Personnel and Subcontracting

9.1 The Provider shall assign a named service delivery manager and keep enough qualified engineers in Wuhan, Changsha and Yichang to meet the Service Levels.

9.2 The Provider may subcontract on-site desk-side support, cabling work and hardware repair at branch offices to local subcontractors of its choice by notifying the Customer in writing before the subcontractor starts work. The Provider remains responsible for its subcontractors.

## Section 10 Liability

10.1 The Provider's total liability under this Agreement is limited to 150% of the total Charges for the service period, except for death or personal injury, fraud and wilful misconduct, which are unlimited.

10.2 Neither party is liable for indirect loss or loss of profit.

## Section 11 Termination

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within thirty days after notice, or if the Provider misses the same Priority 1 Service Level in three consecutive months.

11.2 The Provider may terminate if the Customer fails to pay undisputed Charges within sixty days after a written reminder.

11.3 On expiry or termination, the Provider shall provide exit assistance for up to ninety days at the rates in Schedule 3 and shall hand over all documents under Section 7.2.

## Section 12 Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan. The award is final.

## Section 13 General

13.1 This Agreement, including its Schedules, is the entire agreement between the parties. Amendments must be in writing and signed by both parties.

13.2 Neither party may assign this Agreement without the other party's prior written consent.

Signed for the Customer: ____________________ Signed for the Provider: ____________________

## Schedule 1 Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Single point of contact for 1,150 users, telephone, e-mail and portal, Chinese and English | 07:00–22:00 every day; on-call outside these hours |
| End-user support | Laptops, desktops, printers, handheld scanners and mobile devices at all sites; imaging and rollout of new devices | Business hours at each site |
| Network | Operation of the WAN (27 sites), LAN, Wi-Fi in warehouses, firewalls and VPN; liaison with carriers | 24 × 7 monitoring |
| Data centre | Operation of servers, virtualisation platform, storage and backup in the Customer's Wuhan server room and its disaster recovery room | 24 × 7 monitoring |
| Backup and restore | Daily backups of ERP, warehouse management and cold-chain systems; quarterly restore test | Daily |
| Change and asset management | Change control, configuration database, software licence records | Business hours |
| Transition | Inventory, knowledge transfer, documentation of procedures, set-up of monitoring and service desk tools | First sixty days |

## Schedule 2 Service Levels and Service Credits

| Measure | Service Level | Service credit if missed |
|---|---|---|
| WAN and data centre availability (monthly, per site, excluding agreed maintenance windows) | 99.5% | 3% of the monthly service charge for each 0.1 percentage point below the Service Level |
| Priority 1 incident (a warehouse, the ERP or the cold-chain monitoring system down) | Response within 15 minutes; restore within 6 hours | CNY 1,500 for each hour of late response or restoration |
| Priority 2 incident (a branch office or a major function impaired) | Response within 1 hour; resolve within 1 business day | CNY 500 for each late incident |
| Priority 3 incident | Response within 8 business hours; resolve within 3 business days | None |
| Service desk calls answered | 90% within 60 seconds | 1% of the monthly service charge |

Total service credits in a month are capped at 20% of that month's service charge.

## Schedule 3 Charges

| Item | Basis | Amount (CNY, incl. VAT) |
|---|---|---|
| Transition fee | One-time, after Transition Acceptance | 92,000 |
| Monthly service charge | CNY 68,000 per month × 36 months | 2,448,000 |
| **Total Charges for the service period** | | **2,540,000** |
| Exit assistance beyond the service period | Per engineer day | 2,200 |
| Additional users above 1,250 | Per user per month | 55 |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
VESSEL TRACKING AND PORT CALL DATA API

Agreement No. SVD-SUB-2026-0118

PARTIES

1.1 Severn Valley Data Ltd, a company registered in England and Wales, with its registered office at High Street, Bridgnorth, Shropshire, United Kingdom (the "Provider").

1.2 Ningbo Haitong International Freight Forwarding Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Ningbo, Zhejiang Province (the "Customer").

1.3 The Provider collects, cleans and publishes vessel position, voyage and port call data from terrestrial and satellite AIS receivers and port authority sources. The Customer wishes to use this data in its shipment tracking system and customer portal to give its shippers estimated arrival times. The parties agree as follows.

DEFINITIONS

2.1 "API" means the Provider's application programming interface through which the Data is delivered, with its documentation.

2.2 "Data" means the vessel positions, vessel particulars, voyage information, port calls and estimated times of arrival made available through the API.

2.3 "Customer Data" means all data supplied by the Customer to the Provider or generated by the Customer's use of the API, including vessel watchlists, booking and container references, query logs and the Customer's account information.

2.4 "Custom Feed" means the port-pair arrival feed, the mapping of the Data to the Customer's shipment records and the integration code made by the Provider for the Customer under clause 4.2.

2.5 "Subscription Year" means the period from the Service Start Date to the day before its first anniversary, and each following period running from one anniversary to the day before the next.

SUBSCRIPTION AND SCOPE

3.1 The Subscription Term is two Subscription Years from the Service Start Date.

3.2 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Term to access the API, to use the Data in its own business and to display Data to its shippers through its customer portal, for up to 20,000 tracked vessels and 3 million API calls per month.

3.3 The Customer shall not resell the Data as a data product, build a competing database from it, or share its API keys with third parties.

3.4 Data delivered during the Subscription Term may be kept and used in the Customer's historical shipment records after the Subscription Term.

SET-UP AND SERVICE START

4.1 The Provider shall set up the Customer's production and test accounts, deliver the API keys and provide the documentation within ten working days after signature.

4.2 The Provider shall build the Custom Feed and support the Customer's developers in integrating the API with the Customer's shipment tracking system. The Provider will use reasonable efforts to complete this work within forty-five days after signature.

4.3 Service start acceptance: the Customer shall test the API and the Custom Feed for ten consecutive working days. The test is passed if (a) positions for a sample of 500 vessels chosen by the Customer are no older than fifteen minutes at sea and five minutes in the ports of Ningbo-Zhoushan and Shanghai; (b) port calls for the sample match the port authority records for at least 97% of calls; (c) the Custom Feed delivers arrival estimates for all port pairs in the Customer's list; and (d) the API answers at least 95% of calls within 800 milliseconds. When the test is passed the Customer shall confirm the Service Start Date in writing. Use of the test account is not acceptance.

FEES AND PAYMENT

5.1 The fees are:

Subscription fee, Subscription Year 1: CNY 386,000
Subscription fee, Subscription Year 2: CNY 386,000
Set-up and Custom Feed fee (one time): CNY 18,000
Total fees for the Subscription Term: CNY 790,000

5.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and payable within thirty days after receipt of a valid VAT invoice.

5.3 The set-up and Custom Feed fee is invoiced on the Service Start Date and payable within thirty days after receipt of a valid VAT invoice.

5.4 API calls above the monthly allowance are charged at CNY 0.002 per call, invoiced quarterly in arrears.

5.5 All fees are inclusive of VAT and fixed for the Subscription Term.

SERVICE LEVELS

6.1 The API shall be available at least 99.95% of the time in each calendar month, measured by the Provider's external monitoring at one-minute intervals and excluding maintenance announced seven days in advance.

6.2 Incidents shall be handled as follows: Priority 1 (API unavailable, or Data not updated for more than thirty minutes): response within 1 hour, at any time, and continuous work until restored; Priority 2 (degraded performance or incorrect Data for a group of vessels): response within 3 business hours; Priority 3 (questions and minor errors): response within two business days.

6.3 If availability in a month falls below the committed level, the Provider shall credit the Customer 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to 50% of that monthly equivalent. A late Priority 1 response earns a credit of CNY 600 per hour. Credits are set off against the next invoice.

6.4 The Provider shall give the Customer at least sixty days' written notice of any change to the API that is not backward compatible, keep the previous version running for at least ninety days after the new version is released, and support the Customer's developers in moving to the new version at no charge. The Provider shall send a monthly report on availability, incidents, credits and data coverage, and attend a quarterly review with the Customer's IT and operations managers.

CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the API and the Custom Feed to the Customer and shall not use it for any other purpose, nor disclose it, nor combine it into the Provider's products, in any form, including aggregated or anonymised form.

7.2 The Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access control, multi-factor authentication for administrators and logging of all access. Customer Data shall be stored on servers in mainland China.

7.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours, take immediate steps to contain it, and compensate the Customer for losses caused by the Provider's breach of this clause.

7.4 At the end of the Subscription Term the Provider shall return Customer Data on request and then delete it within thirty days.

INTELLECTUAL PROPERTY

8.1 The Provider and its licensors own the API and the Data.

8.2 The Custom Feed belongs to the Customer. The Customer may use, modify and license the Custom Feed and its integration code freely, including after the Subscription Term. The Provider shall deliver its source code with the Service Start confirmation.

CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public business and technical information, including the Customer's shipment volumes, customer names and routes, use it only for this Agreement and not disclose it without the other party's prior written consent.

9.2 These obligations continue for three years after the end of this Agreement.

LIABILITY

10.1 Each party's total liability under this Agreement shall not exceed 200% of the total fees for the Subscription Term, except for liability for fraud, death or personal injury, and breach of clause 7, which is not limited.

10.2 Neither party is liable for indirect loss or loss of profit.

10.3 The Data is derived from third-party signals and may contain gaps. The Provider does not guarantee that every vessel position is complete, but shall correct errors reported by the Customer within the response times in clause 6.2.

SUBCONTRACTING

11.1 The Provider shall not subcontract the hosting or operation of the API, or any processing of Customer Data, without the Customer's prior written consent. The Provider remains liable for any approved subcontractor.

TERM AND TERMINATION

12.1 This Agreement starts on signature and continues until the end of the Subscription Term.

12.2 The subscription is fixed and non-cancellable. The Customer may not terminate this Agreement or cancel the subscription before the end of the Subscription Term, and fees for the whole Subscription Term remain payable.

12.3 The Provider may suspend access to the API, or terminate this Agreement by written notice, if the Customer fails to pay undisputed fees within forty-five days after a written reminder or breaches clause 3.3.

12.4 Any renewal requires a new order signed by both parties; there is no automatic renewal.

GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules then in force. The award is final and binding.

GENERAL

14.1 This Agreement is the entire agreement between the parties on its subject and may only be amended in writing signed by both parties.

14.2 Neither party may assign this Agreement without the other party's prior written consent, except to an affiliate that takes over the relevant business.

Signed for the Provider: ____________________
Signed for the Customer: ____________________
"""

# ---------------------------------------------------------------- targets
TARGETS = {
    "z01": ("h1106z01_housing_bureau_supervision_platform.pdf", "pdf"),
    "z02": ("h1106z02_sharpener_plant_control_retrofit.docx", "docx"),
    "z03": ("h1106z03_thai_school_chain_booking_saas.txt", "txt"),
    "z04": ("h1106z04_metro_tunnel_monitoring_om.txt", "txt"),
    "z05": ("h1106z05_leather_studio_tracking_supplier_template.md", "md"),
    "e01": ("h1106e01_bearing_maker_spc_perpetual_licence.pdf", "pdf"),
    "e02": ("h1106e02_lift_service_scheduling_saas_order_form.md", "md"),
    "e03": ("h1106e03_paper_mill_vibration_sensors_monitoring.docx", "docx"),
    "e04": ("h1106e04_distributor_managed_it_services_36m.md", "md"),
    "e05": ("h1106e05_freight_forwarder_vessel_data_api.txt", "txt"),
}
SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
           "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

# ---------------------------------------------------------------- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
T, F, N = True, False, None
G, S = "goods_or_licence", "service"
# key: (category, terms in KEYS order, extra: sla_clause, ld_stated, capped (goods only), deemed, contract_value)
LABELS = {
    "z01": ("software", [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 25, T, T, 24, 9, F, T, F, "PRC", G],
            [T, T, T, F, 2250000]),
    "z02": ("hardware", [N, 1, T, "buyer", T, T, T, 0.02, N, 20, T, T, 18, 32, F, T, F, "PRC", G],
            [T, T, T, F, 1610000]),
    "z03": ("cloud", [99.5, 0.5, T, "buyer", T, T, T, 0.08, N, N, T, N, N, N, T, T, T, "PRC", S],
            [T, T, None, F, 758000]),
    "z04": ("services", [99.95, 0.5, F, "buyer", T, T, F, 0.1, N, N, T, N, N, N, F, T, F, "PRC", S],
            [T, T, None, F, 1176000]),
    "z05": ("software", [N, N, F, "supplier", T, F, T, 0.1, 20, 65, F, F, 3, N, F, T, N, "PRC", G],
            [F, T, F, T, 432000]),
    "e01": ("software", [N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 18, 11, F, T, F, "England and Wales", G],
            [T, T, T, F, 1688000]),
    "e02": ("cloud", [99.95, 0.5, T, "buyer", T, F, T, 700 / 904000 * 100, 6 / 24 * 100, N, T, N, N, N, T, T, F,
                      "PRC", S],
            [T, T, None, F, 904000]),
    "e03": ("hardware", [N, 0.5, T, "buyer", T, T, T, 0.1, 200, 18, T, T, 36, 8, F, T, F, "PRC", G],
            [T, T, T, F, 2008000]),
    "e04": ("services", [99.5, 0.25, T, "buyer", F, T, T, 2000 / 2540000 * 100, 150, N, T, N, N, N, F, T, T, "PRC",
                         S],
            [T, T, None, F, 2540000]),
    "e05": ("cloud", [99.95, 1, T, "buyer", T, T, T, N, 200, N, T, N, N, N, F, F, F, "PRC", S],
            [T, F, None, F, 790000]),
}
# TCO inputs for goods_or_licence drafts: (fee base = itemised licence/hardware subtotal, annual post-warranty fee)
TCO = {"z01": (1160000, 104400), "z02": (1280000, 409600), "z05": (168000, None), "e01": (1240000, 136400),
       "e03": (1795000, 143600)}
# design list, written by hand before deriving
DESIGN = {
    "z01": [],
    "z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "z04": ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "e05": ["CR-LD-MISSING", "CR-TERMINATION"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
# policy thresholds (section 3 and 4)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_TH, HORIZON = 40, 5


def tco_share(key, t, cv):
    base, fee = TCO[key]
    if fee is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    post = fee * years
    return post / (cv + post) * 100


def derive(key, t, x):
    """My reading of policy section 3, from the labels."""
    r = []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.append("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.append("CR-GOVERNING-LAW")
    if t["contract_kind"] == G:
        share = tco_share(key, t, x["contract_value"])
        if share is not None and share > TCO_TH:
            r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def label(key):
    cat, vals, ex = LABELS[key]
    t = dict(zip(KEYS, vals))
    x = {"sla_clause": ex[0], "ld_stated": ex[1]}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = ex[2]
    else:
        assert ex[2] is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    x["acceptance_deemed_on_delivery"] = ex[3]
    x["contract_value"] = ex[4]
    rules = derive(key, t, x)
    lang = "zh" if key.startswith("z") else "en"
    return {"file": TARGETS[key][0], "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}


# ---------------------------------------------------------------- threshold scan
NUM = r"(?<![\d.,])"
PCT = r"(?:\.0+)?\s*(?:%|％|per\s*cent|percent)"
PATTERNS = [
    NUM + r"30" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"thirty\s*per\s*cent",
    r"99\.90*(?!\d)", r"百分之九十九点九(?![一二三四五六七八九])",
    NUM + r"4(?:\.0+)?\s*-?\s*(?:business\s*|working\s*|clock\s*)?(?:hours?|hrs?|h(?![a-z])|个?小时)",
    r"(?<![十二三四五六七八九零〇百])四\s*个?\s*(?:工作)?\s*小时", r"four\s*-?\s*(?:business\s*|working\s*)?hours?",
    NUM + r"0?\.050*(?!\d)", r"万分之五(?![十0-9])", r"百分之零点零五",
    NUM + r"100" + PCT, r"百分之一?百(?![分])", r"one\s*hundred\s*per\s*cent",
    NUM + r"12\s*-?\s*(?:calendar\s*)?(?:months?|个月)", r"十二\s*个\s*月", r"twelve\s*-?\s*(?:calendar\s*)?months?",
    r"(?<![第每])一年", r"(?<![a-z])one\s*-?\s*year(?!s)",
    NUM + r"15" + PCT, r"百分之十五(?![点])", r"fifteen\s*per\s*cent",
    NUM + r"40" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"forty\s*per\s*cent",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "付30％", "百分之三十", "99.9%", "99.90", "4小时", "4 hours", "4 business hours", "四小时",
            "四个小时", "0.05%", "万分之五", "100%", "100 per cent", "百分之百", "12个月", "12 months", "twelve months",
            "十二个月", "15%", "百分之十五", "40%", "forty per cent", "质保期一年", "one year", "within 4h"]
MUST_MISS = ["130%", "99.95%", "24小时", "24 hours", "14 hours", "0.055", "万分之五十", "1,100%", "112 months",
             "2027年12月31日", "15.5%", "215%", "第一年", "40.5%", "0.08%", "Subscription Year", "1.4 hours",
             "十四小时", "每一年", "40,5"]


def selftest():
    for s in MUST_HIT:
        assert RX.search(s), "must hit: " + s
    for s in MUST_MISS:
        assert not RX.search(s), "must miss: " + s


# ---------------------------------------------------------------- read back
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


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    office = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(SOURCES, office, OUT, wrap_words=True)
    for k, (name, kind) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SOURCES[k].strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
    fired = set()
    for k, (name, kind) in TARGETS.items():
        lab = label(k)
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        fired.update(lab["expected_rules"])
        t, x = lab["expected_terms"], lab["expected_extra"]
        for f, v in TH.items():
            assert t[f] is None or abs(t[f] - v) > 1e-9, (k, f, t[f])
        if t["contract_kind"] == G:
            sh = tco_share(k, t, x["contract_value"])
            assert sh is None or abs(sh - TCO_TH) > 2, (k, sh)
            print("  %s TCO share: %s" % (k, "n/a" if sh is None else "%.2f %%" % sh))
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        if k.startswith("z"):
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
            print("  %s %d characters without whitespace" % (k, n))
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
            print("  %s %d words" % (k, n))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(variant)
            assert not m, (k, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        risk = ("high" if any(r in HIGH for r in lab["expected_rules"]) else
                "medium" if lab["expected_rules"] and any(r not in LOW for r in lab["expected_rules"]) else
                "low")
        print("  %s rules %s risk %s" % (k, lab["expected_rules"] or "(none)", risk))
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    print("all 20 rules covered; all checks passed")


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

if __name__ == "__main__":
    main()
