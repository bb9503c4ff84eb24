"""holdout1055: builds the ten blind held-out draft contracts and their .json labels, and asserts the checks.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). The .txt/.md files are written from the
strings below as they are; the .docx and .pdf files are built by ../word_pdf.py from the same markup as holdout19
(T: title, H: heading, P: paragraph, TB: table row). The labels are written from DESIGN; the expected rules are
derived from the labels with this folder's own reading of policy §3 and compared with the design list.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H1055Z01 = """T:社会救助管理平台建设项目合同（草案）
P:合同编号：MZJ-ZFCG-2027-0316
P:甲方（采购人）：某市民政局
P:乙方（供应商）：某数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就社会救助管理平台软件许可及定制开发事宜订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供社会救助管理平台软件（以下简称"平台"）的永久使用许可，覆盖市、区、街道（乡镇）三级用户，不限用户数量。
P:1.2 乙方按招标文件技术需求完成定制开发，包括低保、特困、临时救助、医疗救助四类业务的申请审批流程，家庭经济状况核对接口，与市大数据平台、残联、医保、人社系统的数据对接，以及救助对象动态监测预警模块。
P:1.3 乙方负责历史救助档案数据迁移、系统部署、联调、试运行及各级经办人员培训。
P:1.4 建设内容详见附件一《技术需求及功能清单》，乙方应按清单逐项实现。平台应适配国产操作系统、数据库及中间件，部署于市政务云，并满足网络安全等级保护第三级要求。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰贰拾伍万捌仟元整（¥2,258,000），为固定总价，含税及全部费用，明细如下：平台软件许可费¥1,260,000；定制开发费¥684,000；数据迁移及接口费¥218,000；部署实施及培训费¥96,000。
P:2.2 除本合同另有约定外，甲方无需另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额银行保函及发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 系统经最终验收合格后，甲方支付合同总价的35%。
P:3.4 甲方通过国库集中支付方式付款，乙方应提供合法有效的发票。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后九十日内完成部署并提请初步验收，于初步验收后六十日内完成试运行并提请最终验收。
P:4.2 乙方应按甲方认可的项目计划书推进，每两周提交进度报告。
P:4.3 乙方应在初步验收前提交系统部署方案、数据迁移方案、应急回退方案和用户手册，经甲方审核同意后方可实施切换。
H:第五条 验收
P:5.1 初步验收标准：功能逐项符合招标文件技术需求及需求确认书；迁移数据经全量比对，记录数与关键字段一致；各对接接口连续五个工作日调用成功；在三百名用户并发条件下，常用页面响应时间不超过二秒。
P:5.2 最终验收标准：系统连续试运行六十日，期间未发生一级故障；通过甲方委托的第三方安全测评；技术文档、源代码及操作手册齐全。
P:5.3 验收由甲方组织，双方签署验收报告。系统上线使用或甲方付款，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收。
H:第六条 服务水平
P:6.1 质保期内，平台在工作时间的月度可用率不低于99.95%（计划内维护除外，且应提前三个工作日通知甲方）。
P:6.2 故障分级及响应：一级故障（系统整体不可用或核心审批业务中断）三十分钟内响应、二小时内到场、八小时内恢复；二级故障二小时内响应；三级故障一个工作日内响应。
P:6.3 乙方应提供7×24小时服务热线和远程支持，重大活动及救助金集中发放期间安排专人值守。
P:6.4 乙方未达到上述要求的，一级故障每迟延一小时扣减维护保证金¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥2,000。
H:第七条 质保与维护
P:7.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及技术支持。
P:7.2 质保期满后，甲方可选择继续委托乙方维护，年度维护费不超过平台软件许可费的9%（即每年不超过¥113,400），且在质保期满后两年内不上调。维护合同另行签订，不自动续期。
H:第八条 知识产权
P:8.1 平台产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序、接口及其源代码、文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用。
H:第九条 数据安全
P:9.1 平台中的救助对象信息、家庭经济状况数据等全部数据归甲方所有，乙方仅为履行本合同使用，不得用于其他任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，通过堡垒机访问生产环境，不得将数据拷贝出甲方机房。
P:9.3 发生数据泄露或安全事件的，乙方应在二小时内报告甲方并采取补救措施；因乙方原因造成数据泄露的，乙方承担全部赔偿责任。
P:9.4 合同终止后三十日内，乙方应将其掌握的全部数据移交甲方，并删除其留存的副本，出具书面说明。
H:第十条 保密
P:乙方对履约中知悉的甲方工作秘密、救助对象个人信息及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。乙方应与驻场人员签订保密承诺书，人员离场时交回全部资料。本条在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提请验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 甲方无正当理由逾期付款的，按逾期金额的万分之二每日支付违约金。
P:11.3 乙方应在合同签订后七日内提交合同总价5%的履约保证金，最终验收合格后无息退还。
P:11.4 乙方交付成果不符合约定且经两次整改仍不合格的，甲方有权解除合同并要求乙方退还已付款项。
H:第十二条 分包
P:本项目不得分包。乙方不得将合同项下的任何工作转包或分包给第三方。
H:第十三条 合同解除
P:乙方发生重大违约，经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 项目人员与培训
P:15.1 乙方应指派具有同类政务平台实施经验的项目经理一名及不少于六名实施人员驻场，项目经理未经甲方同意不得更换。驻场人员应遵守甲方办公、保密及信息安全管理制度。
P:15.2 乙方应为市、区两级管理人员各组织不少于两期集中培训，为街道（乡镇）经办人员提供线上培训课程和操作视频，培训合格率应达到甲方要求，培训教材归甲方使用。
P:15.3 乙方应在质保期内每季度提交一次系统运行报告，内容包括故障统计、性能指标、安全漏洞修复及优化建议。
H:第十六条 甲方责任
P:16.1 甲方负责协调市大数据平台及相关部门提供接口规范、测试环境和必要的数据，并为驻场人员提供办公场所。
P:16.2 甲方应指定项目联系人，及时确认需求、组织测试和验收，因甲方原因造成的工期延误，工期相应顺延。
H:第十七条 不可抗力
P:因不可抗力致使合同不能履行的，受影响方应在三日内通知对方，并在十五日内提供证明，双方可协商延期履行、部分履行或解除合同，均不承担违约责任。
H:第十八条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:附件一：技术需求及功能清单；附件二：项目计划书；附件三：验收方案；附件四：售后服务承诺。
P:甲方（盖章）：____________    乙方（盖章）：____________
"""

H1055Z02 = """T:生产线控制系统改造合同
P:合同编号：MDQ-GZ-2027-008
P:甲方：某电动磨刀器制造有限公司
P:乙方：某自动化工程有限公司
P:甲方为提升电动磨刀器装配及刃磨生产线的自动化水平和产品一致性，委托乙方对其六条生产线的控制系统进行改造。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除六条生产线原有继电器控制柜，新装PLC控制柜、伺服驱动系统、触摸屏、视觉检测单元及数据采集网关，并部署产线监控软件，实现设备状态、产量、良品率和能耗的实时采集与展示。
P:1.2 乙方负责PLC程序、触摸屏画面、视觉检测算法参数及产线监控软件与甲方ERP系统接口的开发与调试。
P:1.3 改造应分批进行，每次停产改造的生产线不超过两条，单条线停产时间不超过七日，以减少对甲方生产的影响。
P:1.4 改造后的控制系统应预留扩展接口，满足甲方后续新增两条生产线的需要。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰柒拾陆万元整（¥1,760,000），含税，明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含PLC、I/O模块）|6套|98,000|588,000
TB:2|伺服驱动器及电机|36套|9,500|342,000
TB:3|触摸屏HMI|6台|12,000|72,000
TB:4|视觉检测单元|6套|46,000|276,000
TB:5|产线数据采集网关|6台|8,000|48,000
TB:6|产线监控软件许可（六条线，永久）|1套|222,000|222,000
TB:|软硬件小计|||1,548,000
TB:7|安装调试及程序开发|1项|186,000|186,000
TB:8|操作及维护培训|1项|26,000|26,000
TB:|合计|||1,760,000
P:2.2 上述价款包括设备、软件、运输、保险、安装、调试、培训及质保期内的全部服务费用。
P:2.3 乙方应在附件中列明主要设备的品牌、型号和原产地，实际供货不得低于投标时承诺的配置。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并完成安装调试后，甲方支付合同总价的55%。到货签收及安装调试完成不代表质量验收。
P:3.3 六条生产线全部通过最终验收后十五个工作日内，甲方支付合同总价的25%。
H:第四条 交货与工期
P:4.1 乙方应于合同生效后四十五日内将全部设备运抵甲方厂区，并于合同生效后一百二十日内完成全部生产线改造。
P:4.2 设备到货时，双方共同开箱检查型号、数量及外观，乙方提供合格证、说明书和出厂检验报告。
P:4.3 乙方负责设备运输、卸货和搬运至各产线旁，运输途中的损坏和丢失由乙方承担。
H:第五条 验收
P:5.1 单线验收：每条生产线改造完成后连续带料生产七十二小时，设备动作正常，节拍不低于改造前水平，视觉检测漏检率不高于0.2%，采集的产量和良品率数据与人工点检记录核对一致。
P:5.2 最终验收：全部生产线改造完成后连续运行三十日，未发生因控制系统造成的停线事故，监控软件与ERP接口数据核对一致，技术文档和程序备份齐全。
P:5.3 验收合格的，双方签署最终验收报告；不合格的，乙方应在十日内整改后重新验收。甲方投入生产使用不视为验收合格。
P:5.4 验收所需测试物料由甲方提供，测试仪器由乙方自备。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障设备，免费提供软件缺陷修复。
P:6.2 质保期内，一级故障（生产线停机）乙方应在1小时内响应，6小时内到达现场；二级故障（单台设备异常但不影响整线运行）应在八小时内响应。乙方每迟延响应或到场一小时，向甲方支付¥500。
P:6.3 质保期满后，乙方继续提供维保服务，包括定期巡检、备件更换、程序维护和软件升级，维保服务费按软硬件小计的26%每年计收，即每年¥402,480，固定不变，按年度于服务期末支付。
P:6.4 乙方应在甲方厂区存放常用备件，备件清单经甲方确认。
P:6.5 维保服务期内，乙方每季度至少巡检一次，并提交巡检报告和改进建议。
H:第七条 知识产权
P:7.1 为本项目编写的PLC程序、触摸屏画面、视觉检测程序、接口程序及其源程序和文档，知识产权归甲方所有，甲方可自行修改或委托他人维护。
P:7.2 产线监控软件的著作权归乙方，乙方授予甲方在本厂区内永久使用的许可。
H:第八条 数据安全
P:8.1 生产数据、工艺参数、产品图纸等数据属于甲方所有，乙方仅为履行本合同使用，不得复制、留存或向第三方提供。
P:8.2 乙方远程维护须经甲方批准并通过甲方指定的安全通道进行，操作全程留痕。发生数据泄露的，乙方应在二小时内通知甲方，因乙方原因导致泄露或损失的，乙方承担赔偿责任。
P:8.3 乙方不得在控制系统中预留后门、远程锁机或限时运行功能。
H:第九条 保密
P:乙方对甲方的工艺、配方、客户信息及本合同内容负有保密义务，保密期限至合同终止后三年。
H:第十条 分包
P:乙方可将设备安装、电缆敷设等现场施工工作分包给具备资质的第三方，但应提前五个工作日书面通知甲方，并对分包方的工作质量承担责任。
H:第十一条 违约责任
P:11.1 乙方逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 因乙方原因导致甲方停产超过约定时间的，乙方应赔偿甲方由此产生的直接损失。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.4 甲方付款前，乙方应开具等额增值税专用发票。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面通知后十五日内未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:第十三条 安全生产
P:乙方人员进入甲方厂区应遵守甲方安全生产管理制度，持证上岗，因乙方人员违章作业造成的人身和财产损失由乙方承担。乙方应为现场作业人员购买意外伤害保险。
H:第十四条 培训
P:14.1 乙方应在单线验收前为甲方操作工、班组长及设备维修人员分别组织培训，内容包括设备操作、触摸屏使用、视觉检测参数调整、常见故障判断与处理、PLC程序备份与恢复。
P:14.2 培训结束后乙方应组织考核，并向甲方提交培训记录、培训教材和操作视频。甲方维修人员经培训后应能独立完成一般故障的处理。
H:第十五条 项目管理
P:15.1 乙方应指派具有五年以上产线自动化项目经验的项目经理负责本项目，并提交改造实施方案、停产计划、安全措施和应急回退方案，经甲方书面确认后实施。
P:15.2 每条生产线改造前，乙方应完成原有程序和参数的备份；改造期间每日向甲方生产部报告进度，发现影响工期或质量的问题应立即书面告知甲方。
P:15.3 改造中拆除的旧控制柜、线缆等物资归甲方所有，由乙方分类整理后移交甲方指定地点。
H:第十六条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明。双方根据不可抗力的影响，部分或全部免除责任，并协商工期顺延。
H:第十七条 适用法律与争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地仲裁委员会仲裁。
H:第十八条 其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。附件一：设备技术规格书；附件二：改造实施方案；附件三：验收方案。
P:甲方（盖章）：____________    乙方（盖章）：____________
"""

H1055Z03 = """预约及会员管理系统服务合同

合同编号：EH-SaaS-2027-021
甲方：某二胡艺术培训连锁有限公司
乙方：某云软件有限公司

甲方在全国经营四十家二胡培训门店，为统一管理学员预约、排课、会员卡和课时消耗，向乙方订购其预约及会员管理系统的云端订阅服务及实施服务。双方依据《中华人民共和国民法典》订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方四十家门店提供预约排课、会员卡及课时管理、学员档案、教师课表、家长端小程序、门店经营报表等功能。
2. 每家门店开通管理端账号不超过十个，家长端用户数不限。
3. 乙方负责平台的运行、维护、安全防护和版本更新，新版本上线前应提前通知甲方。
（二）实施服务
1. 乙方负责四十家门店的系统配置、会员卡种及课时规则设置、历史学员及会员余额数据导入、与甲方收银系统和微信支付的对接。
2. 乙方为门店店长、前台和教师提供培训，每家门店至少一次线上培训，区域店长集中培训两次。
3. 乙方按甲方要求定制会员卡面、课程海报模板和考级报名表单。
4. 乙方为甲方指定一名客户成功经理，负责需求对接、上线计划和门店推广，并在上线后前三个月每周与甲方召开一次例会。

二、服务期限
（一）订阅服务期为两个服务年度，自上线验收合格之日起计算，第一个服务年度届满之日次日起为第二个服务年度。
（二）实施服务应于合同签订后六十日内完成。
（三）服务期内，甲方可根据经营需要调整开通门店的名单，但开通门店总数不变。

三、费用及支付
（一）订阅费按门店计收，每家门店每个服务年度¥7,800，四十家门店每个服务年度合计¥312,000，两个服务年度合计¥624,000。
（二）实施费为一次性费用¥86,000。
（三）本合同总价为¥710,000，含税。
（四）支付方式
1. 实施费在上线验收合格后十五个工作日内一次付清。
2. 每个服务年度的订阅费在该服务年度开始后十五个工作日内支付。
3. 乙方应在每次收款前开具增值税专用发票。
（五）订阅期内甲方新增门店的，双方另行签订补充协议，单价不高于本合同约定的门店单价。

四、上线验收
（一）实施完成后，乙方书面提请上线验收。验收标准为：
1. 四十家门店全部开通并能正常预约、签到、消课；
2. 导入的学员档案及会员余额与甲方提供的核对表逐条一致；
3. 收银对接和微信支付在各门店抽测均成功，对账数据一致；
4. 家长端在三百人同时预约的压力测试中，页面响应不超过三秒。
（二）甲方应在收到验收申请后十个工作日内组织验收；验收不合格的，乙方应在七日内整改后重新提请验收。
（三）验收合格后双方签署上线验收单，订阅服务期自签署之日起算。门店试用期间的使用不视为验收合格。

五、服务水平
（一）平台月度可用率不低于99.5%，计划维护安排在夜间十点至次日六点，并提前两日通知甲方。
（二）故障分级：一级故障指全部或多家门店无法预约、签到或消课；二级故障指部分功能异常；三级故障指一般咨询及使用问题。一级故障乙方应在1小时内响应，六小时内恢复；二级故障二小时内响应，二十四小时内恢复；三级故障一个工作日内答复。
（三）月度可用率低于承诺值的，乙方按当月订阅费的5%至20%向甲方提供服务抵扣，具体比例见附件二；一级故障响应每迟延一小时，抵扣¥300。

六、数据
（一）学员、家长、会员卡、课时及交易数据均属于甲方所有，乙方仅为提供本合同服务而处理上述数据，不得用于其他目的。
（二）乙方应按网络安全等级保护第三级要求保护平台，对学员个人信息加密存储，设置访问权限并保存操作日志。发生数据泄露或丢失的，乙方应在二小时内通知甲方并配合处置，因乙方原因造成的损失由乙方赔偿。
（三）合同终止后三十日内，乙方应按甲方要求以通用格式导出并交付全部数据，随后删除平台中的甲方数据。

（四）学员多为未成年人，乙方应协助甲方在家长端设置监护人同意流程，未成年人信息仅向其监护人及授课教师展示，不得用于营销推送。
（五）甲方有权每年对乙方的数据安全措施进行一次检查，或要求乙方提供第三方安全测评报告。

七、保密
双方对在合作中获悉的对方商业秘密、经营数据及学员信息负有保密义务，乙方员工及其关联方同样受本条约束。保密义务在合同终止后三年内继续有效。

八、知识产权
（一）平台软件的知识产权归乙方所有。
（二）为甲方定制的会员卡面、海报模板、报名表单及相关设计文件归甲方所有，甲方可自由使用和修改。
（三）乙方保证平台及定制内容不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理，并赔偿甲方因此遭受的损失。

九、技术支持
（一）乙方提供每日早八点至晚十点的客服热线和在线客服，门店周末及节假日开课期间照常提供支持。
（二）乙方每季度向甲方提交服务报告，内容包括可用率统计、故障记录及处理情况、门店使用情况和优化建议。
（三）乙方应每日备份平台数据，备份至少保留三十日，数据可恢复至故障发生前一小时的状态。
（四）平台版本更新不得减少甲方已订购的功能，涉及门店操作变化的，乙方应提前提供更新说明和培训视频。

十、续期
本合同期满前三十日内，任何一方未书面提出不续期的，合同自动续期一个服务年度，可连续续期。续期时乙方有权根据其届时公布的价目表调整订阅费单价，并以续期账单为准。

十一、违约责任
（一）乙方逾期完成实施的，每逾期一日，向甲方支付违约金¥500。
（二）乙方在本合同项下对甲方的累计赔偿责任，以甲方在索赔事件发生前六个月内已支付的订阅费总额为限，但因乙方故意或数据泄露造成的损失除外。
（三）甲方逾期付款的，每逾期一日，按逾期金额的万分之三支付违约金。
（四）乙方未按约定提供服务抵扣的，甲方可从应付订阅费中直接扣除。

十二、分包
乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十三、合同解除
任何一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权书面通知解除合同。乙方原因解除的，乙方应退还已收取但未提供服务期间的订阅费。合同解除或终止时，乙方应按本合同第六条第（三）项交付数据，并在交付完成前维持平台只读访问。

十四、不可抗力
因不可抗力导致一方不能履行合同的，应及时通知对方并提供证明，根据影响程度部分或全部免除责任。公共云服务商的一般故障不属于不可抗力。

十五、甲方义务
（一）甲方应提供门店清单、学员及会员余额原始数据、卡种规则和收银系统接口资料，并保证数据来源合法。
（二）甲方应指定项目负责人及各门店联系人，按时参加培训，及时确认配置方案和验收。
（三）甲方应妥善保管管理账号及密码，因甲方人员泄露账号造成的损失由甲方自行承担。

十六、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方住所地人民法院起诉。

十七、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件一为功能清单，附件二为服务抵扣标准。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：              乙方（盖章）：
日期：                      日期：
"""

H1055Z04 = """渣土车智能监管系统运维服务合同

项目编号：CGJ-JZCS-2027-005（竞争性磋商）
采购人（甲方）：某市城市管理局
供应商（乙方）：某信息技术服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就渣土车智能监管系统运维服务订立本合同。

第一条 服务范围
1.1 运维对象包括：渣土车智能监管平台（含车辆轨迹监控、电子围栏、违规预警、案件派遣和统计分析模块）；部署在政务云上的应用服务器、数据库及存储资源；全市八十六个建筑工地出入口及十二个消纳场的卡口摄像机、车牌识别设备和冲洗监测设备；一千二百辆渣土车车载北斗终端的数据接入。
1.2 服务内容包括：平台日常监控和巡检、故障处理、系统缺陷修复和小版本升级、前端设备维修及更换、车载终端数据接入管理、数据备份与恢复、安全加固与漏洞修复、违规数据统计报表编制，以及重大活动和夜间集中整治期间的保障服务。
1.3 乙方应派驻不少于五名运维人员在甲方指挥中心驻场，工作日早八点至晚八点在岗，其余时间安排专人值班。
1.4 服务期内甲方新增工地出入口卡口设备的，乙方应将其纳入运维范围，新增数量不超过十个的不另行收费。
1.5 运维服务应满足磋商文件《服务需求》的全部要求，乙方响应文件中高于磋商文件要求的承诺同样构成乙方的合同义务。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满，甲方根据考核结果和预算安排另行组织采购，本合同不自动续期。

第三条 合同价款与支付
3.1 本合同总价为人民币玖拾陆万捌仟元整（¥968,000），为固定总价，含人员、备品备件、工具、交通、税费等全部费用。
3.2 服务费按季度支付，每季度¥242,000。每季度结束后，甲方按第七条进行季度考核，考核合格后十五个工作日内支付当季服务费。
3.3 本合同不设预付款。
3.4 乙方申请付款时应提交当季考核结果、发票及运维报告。

第四条 服务水平
4.1 平台月度可用率不低于99.95%；车载终端离线超过二十四小时的，乙方应在一个工作日内查明原因并告知车辆所属运输企业；卡口设备故障按第4.2条规定的时限修复。
4.2 故障分级及时限：
（1）一级故障：平台整体不可用、轨迹数据中断或违规预警功能失效，乙方应在三十分钟内响应，二小时内恢复；
（2）二级故障：部分模块异常或单个区域前端设备批量离线，一小时内响应，八小时内恢复；
（3）三级故障：单台设备故障或一般使用问题，两个工作日内处理完毕。
4.3 乙方未达到上述服务水平的，按以下标准扣减当季服务费：平台月度可用率每低于承诺值0.01个百分点扣减¥1,500；一级故障每超时一小时扣减¥1,000；二级故障每超时一小时扣减¥300。

第五条 运维管理要求
（1）日常巡检：乙方每日对平台运行状态、服务器资源、数据接入情况和预警推送情况进行巡检；每周对前端设备在线情况进行统计；每月对卡口设备进行一次现场检查和清洁。
（2）变更管理：涉及平台配置、版本升级和数据库结构的变更，乙方应提前三个工作日提交变更方案，经甲方批准后在夜间实施，并准备回退措施。
（3）应急管理：乙方应编制平台故障、数据泄露、网络攻击等应急预案，每半年组织一次应急演练，演练记录报甲方备案。
（4）报告制度：乙方每月五日前提交上月运维报告，内容包括服务水平统计、故障清单、设备更换记录、违规数据分析和改进建议；发生一级故障的，故障恢复后二十四小时内提交故障分析报告。
（5）备品备件：乙方应储备不少于前端设备总数百分之五的卡口摄像机和车牌识别设备备件，更换下来的旧设备交甲方处置。

第六条 人员要求
驻场项目负责人应具有三年以上同类系统运维经验，驻场人员名单报甲方备案，未经甲方同意不得更换。甲方认为驻场人员不能胜任的，有权要求乙方在五个工作日内更换。

第七条 考核与验收
7.1 甲方每季度组织一次考核，考核内容包括：服务水平各项指标是否达标；巡检记录、故障处理单和月度运维报告是否齐全；驻场人员出勤情况；甲方交办事项的完成情况。
7.2 季度考核得分八十分以上为合格；低于八十分的，当季服务费按得分比例支付，并由乙方提交整改报告。
7.3 服务期满，甲方组织年度验收，乙方应提交全年运维总结、资产台账、配置文档及数据备份，并完成交接演练。
7.4 年度验收合格后，双方签署验收报告；验收不合格的，乙方应在十五日内整改，整改期间不另行收费。

第八条 数据安全
8.1 平台中的车辆轨迹、企业信息、视频图像、案件信息等全部数据归甲方所有，乙方仅为履行本合同处理，不得复制、留存或用于其他目的。
8.2 乙方应遵守网络安全等级保护第三级要求，运维操作一律通过堡垒机进行，账号专人专用，操作日志保存不少于六个月。乙方不得在运维终端上安装与运维无关的软件，不得使用个人设备接入平台网络。
8.3 发生数据泄露、篡改或网络攻击事件的，乙方应在一小时内向甲方报告并启动应急预案；因乙方原因造成的数据安全事件，乙方承担全部责任并赔偿甲方损失。

第九条 保密
乙方及其驻场人员对履约中知悉的甲方工作秘密、执法信息、企业及个人信息负有保密义务，未经甲方书面同意不得对外披露。驻场人员应签署保密承诺书。本条义务不因合同终止而解除。

第十条 知识产权
运维期间乙方为甲方编写的脚本、报表模板、接口程序及技术文档，知识产权归甲方所有。乙方自有的运维工具软件的知识产权仍归乙方，乙方许可甲方在服务期内及交接期间免费使用。

第十一条 分包
乙方不得将本合同项下的服务分包或转包给任何第三方。

第十二条 违约责任
12.1 乙方未按本合同约定时间完成巡检、版本升级、设备更换或甲方交办事项的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
12.2 乙方驻场人员数量不足的，每缺少一人一日，扣减服务费¥400。
12.3 甲方无正当理由延迟支付服务费的，应按同期贷款市场报价利率支付利息。
12.4 违约金及扣减款项可从甲方应付的服务费中直接扣除。

第十三条 合同的履行
本合同在服务期内不得解除。乙方出现违约情形的，甲方可要求乙方限期整改、继续履行，并按本合同约定扣减服务费或收取违约金。

第十四条 服务交接
服务期满或合同终止时，乙方应在十五日内向甲方或甲方指定的新服务商移交全部账号、密码、配置文档、资产台账、源代码及数据备份，并配合完成不少于十日的交接过渡，交接期间不得中断服务。

第十五条 甲方义务
甲方应为驻场人员提供办公场所和网络条件，协调政务云、公安交管及住建部门提供必要的接口和数据支持，并按约定支付服务费。

第十六条 不可抗力
因不可抗力影响服务的，受影响方应及时通知对方并采取措施减少损失，相应部分的责任予以免除。

第十七条 适用法律与争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

第十八条 其他
本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。

甲方（盖章）：              乙方（盖章）：
"""

H1055Z05 = """# 匠迹工序跟踪软件销售及定制开发合同

（乙方标准合同文本 V3.0）

合同编号：JJ-XS-2027-0142

甲方（买方）：某铁艺工作室
乙方（卖方）：某匠迹软件科技有限公司

甲方拟使用乙方"匠迹工序跟踪软件"管理铁艺门窗、栏杆及定制工艺品的下料、锻打、焊接、打磨、喷涂和安装各工序，乙方同意按本合同提供软件许可及定制开发服务。双方经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供匠迹工序跟踪软件（标准版）永久使用许可一套，含管理端账号五个、车间扫码终端账号二十个。

1.2 乙方根据甲方需求进行定制开发，内容包括：订单图纸上传与版本管理、工序派工及扫码报工、计件工资统计、客户安装进度查询小程序、与甲方现有财务软件的数据导出接口。

1.3 乙方负责软件部署、基础数据初始化及甲方人员操作培训。

1.4 甲方需增加账号的，按乙方届时报价另行采购。

1.5 软件支持Windows及主流国产操作系统，数据库采用乙方指定版本。

## 第二条 合同价款

2.1 本合同总价为人民币肆拾叁万贰仟元整（¥432,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠迹工序跟踪软件永久许可（标准版） | 168,000 |
| 2 | 定制开发 | 236,000 |
| 3 | 部署实施及培训 | 28,000 |
| | 合计 | 432,000 |

2.2 上述价款不含甲方自备的服务器、扫码枪、平板电脑及网络设备费用。

2.3 上述价款含增值税，税率按国家规定执行。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥280,800。乙方收到该笔款项后启动开发工作。

3.2 软件上线后五个工作日内，甲方支付剩余35%，即¥151,200。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停服务直至甲方付清款项。

3.4 乙方在收到款项后开具增值税普通发票；甲方需要专用发票的，应提前告知。

## 第四条 交付

4.1 乙方预计在收到首笔款项后七十五个工作日内完成定制开发并部署上线。开发期间甲方提出需求变更的，交付时间相应顺延，变更费用另行协商。

4.2 交付时间为乙方根据经验作出的预估，乙方将尽力按期交付。因开发工作量超出预期导致的延期，乙方应及时告知甲方。

4.3 乙方交付的成果包括：软件安装程序、定制功能模块、客户安装进度查询小程序、用户操作手册（电子版）及培训课件。定制功能的源代码不属于交付范围。

4.4 小程序以乙方的开发者账号发布，甲方如需以自有账号发布，应另行支付迁移费用。

4.5 乙方可根据开发进度分批上线定制功能。

## 第五条 上线与验收

5.1 乙方完成部署后通知甲方上线。软件上线即视为甲方验收合格。

5.2 甲方在上线后发现的问题，可通过乙方客服渠道提交，由乙方在后续维护中处理。

5.3 上线后甲方继续使用软件的，视为甲方认可全部交付成果。

## 第六条 技术支持与维护

6.1 自软件上线之日起六个月为免费维护期，乙方通过电话、微信群及远程方式提供技术支持，并修复软件缺陷。

6.2 乙方将尽商业上合理的努力处理甲方提交的问题，具体处理时间视问题复杂程度确定。

6.3 免费维护期满后，甲方如需继续获得技术支持和版本升级，应与乙方签订年度维护协议，维护费按乙方当年度公布的服务价格标准执行。

6.4 因甲方自行修改软件配置、使用非乙方认可的硬件或网络环境造成的问题，不属于免费维护范围。

6.5 免费维护期内乙方提供的版本升级以标准版功能为限，定制功能的适配升级另行收费。

## 第七条 甲方义务

7.1 甲方应在合同签订后十日内提供工序流程说明、产品分类、计件单价表、员工名单及历史订单样例等资料，并保证资料真实完整。

7.2 甲方应按乙方提供的配置清单自备服务器、扫码枪、平板电脑及车间无线网络，并于部署前准备就绪。因甲方环境不具备条件造成的延误，由甲方自行承担。

7.3 甲方应指定一名联系人负责需求确认、资料提供和培训组织。甲方对需求确认单签字后，再提出的修改均按需求变更处理，乙方有权另行收费。

7.4 甲方应组织车间班组长及操作人员参加乙方安排的培训，培训以两次现场培训和不限次数的线上视频课程为限，超出部分按乙方标准另行收费。

## 第八条 知识产权

8.1 匠迹工序跟踪软件及其全部组件的著作权及其他知识产权归乙方所有。

8.2 本合同项下定制开发的功能模块、小程序、接口程序及其源代码和技术文档，知识产权归乙方所有。乙方授予甲方在本工作室内部使用上述成果的非独占、不可转让的许可，甲方不得修改、反编译或许可他人使用。

8.3 乙方有权将定制开发成果纳入其标准产品向其他客户提供。甲方如需获得定制功能源代码，应另行与乙方协商购买。

## 第九条 数据

9.1 甲方在软件中录入的订单、图纸、客户资料及生产记录等业务数据归甲方所有。

9.2 甲方同意，乙方可以对上述数据进行脱敏处理后用于产品功能改进、行业工时分析及向其他客户提供的行业参考报告，该等使用不需另行取得甲方同意，且不因本合同终止而停止。

9.3 乙方对其提供的云端备份服务采取加密存储、访问权限控制和每日备份措施。因乙方原因发生数据泄露、丢失的，乙方应在知悉后四十八小时内通知甲方，协助甲方恢复数据，并对甲方因此遭受的直接损失承担赔偿责任。

9.4 合同终止后，乙方保留甲方数据九十日，期满后删除；甲方需导出数据的，应在此期间内提出。

## 第十条 责任限制

10.1 任何情况下，乙方不对甲方的间接损失、利润损失、订单损失或商誉损失承担责任。

10.2 甲方应自行做好本地数据备份，因甲方未备份造成的数据丢失，乙方不承担责任。

10.3 乙方对第三方软件、硬件及网络服务的故障不承担责任。

## 第十一条 合同解除

一方严重违反本合同约定，经对方书面催告后二十日内仍未改正的，对方有权书面通知解除本合同，并要求违约方赔偿损失。合同解除后，甲方已支付的款项不予退还，但因乙方违约导致解除的除外。

## 第十二条 不可抗力

因地震、洪水、疫情、政府行为、网络运营商或云服务商故障等不能预见、不能避免的情况导致合同不能按期履行的，受影响一方不承担责任，但应及时通知对方。

## 第十三条 账号与使用规范

甲方应按许可的账号数量使用软件，不得转售、出租或将软件用于本工作室以外的其他企业。甲方超出许可数量使用的，应按乙方当时的报价补缴许可费用。

## 第十四条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 通知

双方往来通知以本合同首页所列地址、电话及电子邮箱送达。一方联系方式变更的，应在变更后三日内书面告知对方，否则按原联系方式送达即视为有效送达。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同为乙方标准合同文本，双方如需修改，应以补充协议形式另行约定。

16.3 本合同的附件包括需求确认单、配置清单和报价单，与本合同具有同等效力。

甲方（签章）：____________　　　　乙方（签章）：____________

日期：____年__月__日　　　　　　日期：____年__月__日
"""
H1055E01 = """T:Software Licence and Services Agreement (Draft)
P:Agreement No. BRM-CMMS-2027-03
P:This Software Licence and Services Agreement (the "Agreement") is made between Suzhou Ruiheng Precision Bearing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Suzhou, Jiangsu (the "Customer"), and Blue Ridge Maintenance Systems, Inc., a North Carolina corporation with its principal office at Main Street, Hendersonville, North Carolina, United States (the "Vendor").
P:The Customer operates three bearing plants and wishes to replace its spreadsheet-based maintenance records with the Vendor's maintenance management software, configured to its plants and connected to its existing systems. The Vendor agrees to grant the licence and perform the services on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's RidgeWorks maintenance management software, version 9, including the mobile work-order application and the asset-hierarchy module, in object code, with its documentation.
P:1.2 "Deliverables" means all configurations, integration programs, report templates, data-migration scripts, interface specifications and other materials prepared by the Vendor specifically for the Customer under this Agreement, including their source code where applicable.
P:1.3 "Go-Live" means the first day on which all three plants record work orders in the production environment of the Software.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5 that the Software and Deliverables meet the acceptance criteria.
P:1.5 "Customer Data" means all asset records, work orders, spare-part data, maintenance histories, personnel data and other data entered into or generated by the Software for the Customer.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software for its internal business operations at its plants in the People's Republic of China, for up to 420 named users and unlimited asset records.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery, and may permit its affiliates and contractors to use the Software on its behalf.
P:2.3 The Software remains the property of the Vendor and its licensors. The Customer shall not reverse engineer the Software except as permitted by applicable law.
H:Article 3 Services
P:3.1 The Vendor shall perform the following services: configuration of the asset hierarchy, maintenance plans and work-order workflows for the three plants; integration of the Software with the Customer's ERP system for spare-part inventory and purchase requisitions, and with its production monitoring system for equipment running hours; migration of the maintenance histories of about 6,800 assets from the Customer's spreadsheets and legacy database; and training of administrators, planners and technicians.
P:3.2 The Vendor shall appoint a project manager with experience of at least three comparable projects, who shall not be replaced without the Customer's consent, and shall provide a project plan within ten working days after signature.
P:3.3 The services shall be completed, and Go-Live achieved, within 150 days after the date of this Agreement.
H:Article 4 Price and Payment
P:4.1 The total price of this Agreement is CNY 1,970,000, inclusive of all taxes, made up of: Software licence fee CNY 1,420,000; configuration and integration CNY 388,000; data migration CNY 116,000; training CNY 46,000.
P:4.2 The price shall be paid as follows: 20% of the total price within fifteen days after signature, against the Vendor's invoice; 45% within fifteen days after Go-Live; and 35% within fifteen days after Final Acceptance.
P:4.3 All payments shall be made in CNY by bank transfer to the account of the Vendor's designated collection agent in China named in the invoice. Go-Live, use of the Software and any payment before Final Acceptance do not constitute acceptance.
H:Article 5 Acceptance
P:5.1 After Go-Live the Software shall run in production for sixty consecutive days. Final Acceptance requires that during that period: every function listed in the functional specification has been tested and passed; migrated records reconcile with the source data in count and in key fields for every asset; ERP and production monitoring interfaces have exchanged data without unresolved errors for twenty consecutive working days; work-order screens respond within three seconds with 150 concurrent users; and no Severity 1 incident has remained unresolved.
P:5.2 The Customer shall issue a Final Acceptance certificate within ten working days after the criteria are met, or give written reasons for refusal. The Vendor shall correct any defect and resubmit within fifteen days.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and Deliverables will conform to the functional specification and documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide all new releases and provide support free of charge.
P:6.2 Severity 1 means the Software is unavailable or work orders cannot be created or closed at any plant. The Vendor shall respond to a Severity 1 incident within one hour, have an engineer working on it continuously and provide a workaround or fix within eight hours. Severity 2 incidents shall be responded to within two hours and Severity 3 requests within one working day.
P:6.3 For each full hour by which the Vendor exceeds the Severity 1 response time, the Vendor shall pay the Customer CNY 1,000, and for each full day by which it exceeds the workaround time, CNY 3,000. These amounts may be deducted from any payment due.
P:6.4 After the Warranty Period, the Customer may buy annual support from the Vendor at 11% of the Software licence fee per year, namely CNY 156,200. This fee shall not increase for the three years following the Warranty Period. Annual support is bought by written order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 All intellectual property rights in the Deliverables belong to the Customer upon creation. The Vendor shall deliver the source code and documentation of the Deliverables at Go-Live and again at Final Acceptance.
P:7.2 The Customer may use, modify, and license the Deliverables to any third party without further consent or payment.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, analyse, aggregate or use it for any other purpose, and shall return or delete it on request.
P:8.2 The Software will be installed in the Customer's own data centre. The Vendor's staff shall access it only through the Customer's bastion host with individual accounts, and shall not transfer Customer Data outside the People's Republic of China.
P:8.3 The Vendor shall comply with applicable PRC data protection and cybersecurity laws, notify the Customer within two hours of any security incident affecting Customer Data that it becomes aware of, cooperate in the response, and bear all losses caused by a breach attributable to it.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, including technical, commercial and production information, use it only for this Agreement, and disclose it only to employees and advisers who need to know it and are bound by equivalent obligations. This obligation survives for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If Go-Live is delayed beyond the date in Article 3.3 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the total price for each day of delay. The same rate applies to delay in achieving Final Acceptance beyond 90 days after Go-Live.
P:10.2 The Vendor's total liability under this Agreement shall not exceed 200% of the total price, except for liability for breach of Articles 7.3, 8 and 9, personal injury, fraud or wilful misconduct, which is not limited.
P:10.3 Neither party is liable for the other's loss of profits or indirect losses, except under the exclusions in Article 10.2.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within twenty days after written notice, or if delay damages under Article 10.1 have accrued for more than sixty days.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for services not accepted, and the Customer may keep the licence and all Deliverables delivered up to that date.
H:Article 13 Force Majeure
P:A party affected by an event beyond its reasonable control shall notify the other party promptly and is excused for the duration of the event. If the event continues for more than ninety days, either party may terminate by notice.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of North Carolina, United States, without regard to its conflict-of-laws rules.
P:14.2 Any dispute shall first be discussed by senior managers of both parties. If it is not settled within thirty days, it shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai in accordance with its rules. The award is final and binding.
H:Article 15 General
P:15.1 This Agreement, with its Annex 1 (Functional Specification), Annex 2 (Project Plan) and Annex 3 (Acceptance Test Plan), is the entire agreement of the parties on its subject.
P:15.2 Amendments are valid only in writing signed by both parties. This Agreement is made in English and Chinese, and both versions are equally authentic.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

H1055E02 = """# Order Form and General Terms — SafeTrail EHS Cloud

Order Form No. HLS-OF-2027-117

Vendor: Highlands Software Group, LLC, Highway 64, Cashiers, North Carolina, United States ("Vendor")

Customer: Ningbo Donghai Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Vendor and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## Part A — Order Form

### A1. Service Ordered

SafeTrail EHS Cloud, Enterprise edition: incident and near-miss reporting, hazard inspections, permit-to-work, corrective-action tracking, training records, cold-store safety checklists and management dashboards, delivered as a hosted software service from Vendor's hosting region in mainland China, for 600 named users across Customer's 14 warehouses and its transport fleet, together with the mobile application for drivers and warehouse staff.

### A2. Subscription Term

The Subscription Term is 36 months, made up of three Subscription Years, starting on the date of Onboarding Acceptance under A4. The Subscription Term ends automatically at the end of the third Subscription Year. Any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Subscription, Enterprise edition | 600 named users per Subscription Year | 720 | 432,000 per Subscription Year |
| Subscription, three Subscription Years | 3 × 432,000 | | 1,296,000 |
| Onboarding services (one-time) | fixed price | | 64,000 |
| Total fees for the Subscription Term | | | 1,360,000 |

All fees are in CNY and include VAT. The unit price is fixed for the Subscription Term. Additional users may be added at the same unit price, pro rata to the remaining Subscription Year.

### A4. Onboarding and Acceptance

A4.1 Vendor shall complete onboarding within 70 days after signature of this Order Form: configuration of 14 sites, incident categories and approval workflows; import of three years of historical incident and inspection records; single sign-on with Customer's directory; integration with Customer's HR system for training records; and train-the-trainer sessions for 40 key users.

A4.2 Onboarding Acceptance requires that: every configured workflow has been tested by Customer's EHS team and passed; imported records reconcile with Customer's source files in number and key fields; single sign-on and the HR interface have operated for ten consecutive working days without unresolved errors; and the mobile application has been installed and tested at every site. Customer shall sign an acceptance certificate within five working days after these criteria are met, or state its reasons in writing. Use of the service before acceptance is not acceptance.

A4.3 If Onboarding Acceptance is delayed beyond the date in A4.1 for reasons attributable to Vendor, Vendor shall pay Customer CNY 1,000 for each day of delay.

### A5. Invoicing and Payment

A5.1 The onboarding fee is invoiced after Onboarding Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.

A5.2 Customer shall pay each undisputed invoice within 30 days after receipt, by bank transfer in CNY to the account of Vendor's designated service entity in China stated on the invoice.

### A6. Contacts and Special Terms

Customer's project contact is its EHS Director; Vendor's is its Asia-Pacific delivery manager. The Service Level Targets are set out in Part B Section 3. Customer's data shall be hosted only in Vendor's mainland China hosting region.

## Part B — General Terms

### 1. Definitions

1.1 "Service" means the hosted software service ordered in Part A, including the mobile application and documentation.

1.2 "Customer Data" means all data, records, images and files submitted to the Service by or for Customer, including personal information of Customer's employees, drivers and contractors.

1.3 "Customer Configurations" means the workflows, forms, checklists, dashboards and report templates configured for Customer during onboarding or afterwards.

### 2. Use of the Service

2.1 Vendor grants Customer and its affiliates a non-exclusive right to access and use the Service during the Subscription Term for their internal business purposes.

2.2 Customer is responsible for its users' compliance with this Agreement and for keeping log-in credentials secure.

2.3 Vendor shall provide support in Chinese and English through a ticket portal and a hotline staffed around the clock, seven days a week, for Priority 1 tickets, and during business hours in China for other tickets.

2.4 Vendor may update the Service from time to time, provided that updates do not materially reduce the functionality ordered in Part A. Vendor shall give Customer at least 14 days' notice of any update that changes user workflows and shall provide release notes in Chinese.

### 3. Service Level Targets

3.1 Vendor targets monthly availability of the Service of 99.95%, excluding scheduled maintenance notified at least three days in advance and performed between 23:00 and 05:00 China Standard Time.

3.2 Priority 1 means the Service is unavailable or incidents cannot be reported at any site. Vendor targets a response to a Priority 1 ticket within 30 minutes and a workaround within six hours. Priority 2 tickets are targeted for response within two hours and Priority 3 within one business day.

3.3 Vendor shall report monthly on availability and ticket response times.

3.4 The targets in this Section 3 are Vendor's service objectives. If Vendor fails to meet a target, Vendor's sole obligation is to use reasonable efforts to restore the Service and to report the cause to Customer. No service credits, fee reductions or other compensation apply to a failure to meet a target.

### 4. Customer Data

4.1 As between the parties, Customer owns all Customer Data.

4.2 Customer grants Vendor the right to process Customer Data to provide the Service. Customer also agrees that Vendor may compile aggregated and de-identified data derived from Customer Data and from Customer's use of the Service, and use it during and after the Subscription Term to improve its products, to build industry safety benchmarks and for statistical reports shared with other customers, provided that such data does not identify Customer or any individual.

4.3 At the end of the Subscription Term Vendor shall make Customer Data available for export in a standard format for 60 days and then delete it.

### 5. Data Security

5.1 Vendor shall maintain a written information security programme including encryption of Customer Data in transit and at rest, role-based access control, logging of administrator access, annual penetration tests and MLPS level-3 filing for the hosting environment.

5.2 Vendor shall notify Customer without undue delay, and in any case within 24 hours, after becoming aware of a security incident affecting Customer Data, shall take all reasonable steps to contain it, and shall compensate Customer for losses caused by a security incident resulting from Vendor's breach of this Section 5.

5.3 Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China in processing Customer Data.

### 6. Subcontractors and Subprocessors

Vendor may engage subcontractors and subprocessors, including hosting providers and support partners, to perform any part of the Service. Vendor shall notify Customer by email of each new subcontractor or subprocessor and remains responsible for their performance.

### 7. Intellectual Property

7.1 Vendor owns the Service and all improvements to it.

7.2 Customer Configurations and reports created for Customer belong to Customer. Customer may export, use, modify and allow third parties to use them for any purpose, during and after the Subscription Term.

### 8. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Agreement and not disclose it to third parties except to its employees, affiliates and advisers who need to know it and are bound by similar obligations. This Section survives for three years after the end of the Agreement.

### 9. Limitation of Liability

9.1 Each party's total liability under this Agreement shall not exceed 150% of the total fees stated in A3.

9.2 Section 9.1 does not apply to breach of Sections 5 or 8, personal injury, fraud or wilful misconduct.

9.3 Neither party is liable for indirect or consequential loss or loss of profit, except as stated in Section 9.2.

### 10. Termination

10.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and fails to cure the breach within 30 days after written notice.

10.2 If Customer terminates for Vendor's breach, Vendor shall refund the prepaid subscription fees for the remainder of the Subscription Year.

10.3 Sections 4, 5, 7, 8 and 9 survive termination.

### 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes that cannot be resolved by negotiation within 30 days shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai. The arbitration shall be conducted in English and Chinese.

### 12. General

12.1 Neither party may assign this Agreement without the other party's written consent, except to an affiliate in a merger or reorganisation.

12.2 Notices shall be given in writing to the contacts in A6.

12.3 This Agreement is the entire agreement of the parties on its subject and replaces any click-through or online terms.

Signed for Vendor: ____________________ Signed for Customer: ____________________
"""

H1055E03 = """T:Supply Contract for Condition Monitoring Sensors and Software
P:Contract No. HZCF-EQ-2027-044
P:Buyer: Hangzhou Qiantang Chemical Fibre Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Hangzhou, Zhejiang (the "Buyer").
P:Supplier: Foothills Sensing Technologies, Inc., a company organised in North Carolina, United States, with its office in Rutherfordton, North Carolina (the "Supplier").
P:The Buyer wishes to monitor the vibration and temperature of the pumps, fans, gearboxes and spinning machines at its polyester fibre plant, and the Supplier has offered wireless sensors, gateways and its condition monitoring software. The parties therefore agree as follows, on the Buyer's standard form of supply contract.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting accessories and spare parts listed in Clause 2.
P:1.2 "Software" means the Supplier's MachineSense condition monitoring software, including the analytics engine, alarm module, mobile viewer and documentation, installed on servers supplied by the Buyer.
P:1.3 "System" means the Equipment and the Software installed, configured and working together at the Buyer's plant.
P:1.4 "Deliverables" means the asset models, alarm thresholds, dashboards, interface programs to the Buyer's distributed control system and maintenance system, and all related documents prepared for the Buyer.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the System for 400 rotating assets, train the Buyer's staff and provide warranty service, for the total contract price of CNY 1,790,000, inclusive of VAT, packing, transport to the plant, insurance, customs clearance and all other costs. The price is itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor, triaxial|320|2,850|912,000
TB:2|Industrial wireless gateway with mounting kit|24|9,600|230,400
TB:3|MachineSense software licence, perpetual, 400 assets|1|486,000|486,000
TB:|Equipment and licence subtotal|||1,628,400
TB:4|Installation, configuration and commissioning|1|142,600|142,600
TB:5|Training for operators and maintenance engineers|1|19,000|19,000
TB:|Total contract price|||1,790,000
P:2.2 The price is fixed and shall not be adjusted for exchange-rate movements or any other reason.
H:3. Payment
P:3.1 10% of the contract price shall be paid within fifteen working days after signature, against the Supplier's invoice and an advance payment bank guarantee of equal amount.
P:3.2 55% of the contract price shall be paid within fifteen working days after all Equipment has been delivered and installed and the Buyer has signed the installation certificate. The installation certificate records completion of installation only and is not acceptance of the System.
P:3.3 35% of the contract price shall be paid within fifteen working days after Final Acceptance under Clause 5.
P:3.4 All payments are made in CNY to the Supplier's bank account in China named in the invoice, against a valid VAT invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's plant within 60 days after signature and complete installation within 40 days after delivery, in accordance with the installation plan agreed with the Buyer's maintenance department.
P:4.2 Installation on running machines shall follow the Buyer's work permit system. Sensors on critical machines shall be mounted during planned stops notified by the Buyer.
P:4.3 Equipment shall be new, of the models stated in the Supplier's offer, and delivered with certificates of origin, conformity certificates, explosion-proof certificates for sensors used in classified areas, and manuals in Chinese.
P:4.4 The Supplier shall train the Buyer's staff in two courses held at the plant: a two-day course for about 20 operators on reading dashboards and handling alarms, and a four-day course for about 12 maintenance engineers on sensor replacement, gateway configuration, asset modelling, alarm tuning and basic diagnosis of bearing, gear and imbalance faults. Training materials shall be in Chinese and may be copied freely by the Buyer for internal use.
H:5. Acceptance
P:5.1 After installation, the System shall operate for a trial period of 45 consecutive days. Final Acceptance requires that during the trial period: readings from every sensor are received by the Software with no gap longer than two hours, other than gaps caused by planned stops of the machine; vibration readings of ten sample assets agree with readings taken by the Buyer's portable analyser within the tolerance in the technical specification; alarms are generated and sent to the maintenance system for every simulated fault in the test plan; and the Deliverables and documents are complete.
P:5.2 The Buyer shall issue the Final Acceptance certificate within ten working days after the criteria are met, or state in writing why it refuses. The Supplier shall correct defects and repeat the tests at its own cost.
P:5.3 Use of the System before Final Acceptance, or any payment, does not mean that the System has been accepted.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including batteries of sensors that fail before their stated life, and shall provide software updates and remote and on-site support.
P:6.2 A Priority 1 fault means that the Software is down or more than one tenth of the sensors stop reporting. The Supplier shall respond to a Priority 1 fault within two hours and have an engineer on site within one working day if the fault cannot be resolved remotely. Other faults shall be answered within one working day.
P:6.3 For each full hour of delay in responding to a Priority 1 fault, the Supplier shall pay the Buyer CNY 800.
P:6.4 After the warranty period, the Supplier shall offer annual support, including software updates, replacement of failed sensors at cost and telephone support, for an annual fee of 7% of the Equipment and licence subtotal, namely CNY 113,988. This fee is fixed for the first two years after the warranty period.
P:6.5 The Supplier shall keep spare sensors and gateways at its warehouse in China and guarantee the supply of spare parts for eight years after Final Acceptance.
P:6.6 The Supplier shall deliver, at Final Acceptance, as-built drawings showing the position of every sensor and gateway, the asset list with configuration settings, and administrator manuals for the Software.
H:7. Intellectual Property
P:7.1 The Software remains the property of the Supplier. The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Buyer's plant.
P:7.2 The Deliverables belong to the Buyer. The Buyer may use, modify and license them to third parties freely.
P:7.3 The Supplier warrants that the Equipment and Software do not infringe the rights of any third party and shall hold the Buyer harmless from any such claim.
H:8. Data
P:8.1 All data collected by the System, including vibration and temperature readings, alarms and maintenance records, belongs to the Buyer. The Supplier shall use it only to perform this Contract.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all drawings, process parameters, production data and other non-public information of the Buyer that it receives under this Contract, shall use it only for this Contract and shall not disclose it to any third party without the Buyer's prior written consent.
P:9.2 This Clause survives the end of this Contract for five years.
H:10. Delay Damages
P:10.1 If the Supplier fails to deliver the Equipment or complete installation by the dates in Clause 4.1, it shall pay the Buyer delay damages of 0.02% of the contract price for each day of delay.
P:10.2 The payment of delay damages does not release the Supplier from its obligation to complete the work.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 150% of the contract price, except for personal injury, damage to property caused by the Supplier's staff at the plant, fraud and wilful misconduct.
P:11.2 Neither party is liable for the other's indirect losses or loss of profit.
H:12. Subcontracting
P:The Supplier may subcontract installation work only with the Buyer's prior written consent. The Supplier remains liable for the acts and omissions of its subcontractors.
H:13. Safety at the Plant
P:The Supplier's staff shall comply with the Buyer's safety, hot-work and explosion-protection rules, wear the protective equipment required by the Buyer and attend the Buyer's safety induction before starting work.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if delivery is delayed by more than 60 days.
P:14.2 On such termination, the Supplier shall refund all amounts received for Equipment and services not accepted and compensate the Buyer for its losses.
H:15. Force Majeure
P:A party prevented from performing by force majeure shall notify the other party within five days and provide evidence. Performance is suspended for the duration of the event.
H:16. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute that cannot be settled by negotiation shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.
H:17. Miscellaneous
P:This Contract is made in Chinese and English; both versions have equal effect. It takes effect on signature by both parties. Annex 1 (Technical Specification) and Annex 2 (Acceptance Test Plan) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H1055E04 = """# Managed IT Services Agreement

Agreement No. CDF-MSA-2027-09

This Managed IT Services Agreement is made between:

- Chengdu Tianfu Fresh Foods Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Chengdu, Sichuan ("Customer"); and
- Broad River Managed Services, Inc., a North Carolina corporation with its principal office in Forest City, North Carolina, United States, acting through its wholly owned subsidiary registered in Chengdu ("Provider").

Customer operates a head office, two food processing plants and six distribution centres in Sichuan and Chongqing. It wishes Provider to manage its IT infrastructure and end-user support so that its own IT team can focus on business applications.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 3.

1.3 "Customer Data" means all data of Customer and its employees, customers and suppliers that Provider accesses, stores or processes in performing the Services.

1.4 "Transition" means the handover of the Services from Customer's current arrangements to Provider, described in Section 4.

1.5 "Service Start Date" means the day after the Transition Acceptance Certificate is signed.

## 2. Term

2.1 The term of the Services is 36 months from the Service Start Date.

2.2 The Agreement ends at the end of the term. The parties may agree in writing to extend it; the monthly charge for any extension shall not exceed the charge in Schedule 2. There is no automatic renewal.

## 3. Services

3.1 Provider shall perform the Services described in Schedule 1 at the sites listed there, in accordance with good industry practice, ITIL-based processes and Customer's IT policies notified to Provider.

3.2 Provider shall assign a named service delivery manager, who shall meet Customer's IT manager monthly to review performance, and shall keep at least two engineers on site at Customer's head office during business hours.

3.3 Provider shall maintain a configuration database of all managed assets, and shall give Customer full read access to its ticketing system for Customer's tickets.

3.4 Customer may request changes to the scope of the Services. Provider shall respond with an impact assessment within ten working days, and no change binds either party until a written change order is signed. Moves, adds and changes for up to 35 users per month are included in the monthly charge.

3.5 Provider shall carry out a disaster recovery test of the core systems once a year together with Customer, and shall report the results and any corrective actions within ten working days.

## 4. Transition

4.1 Provider shall complete Transition within 60 days after signature. Transition includes discovery and documentation of all in-scope assets, installation of monitoring tools, migration of open tickets, knowledge transfer from Customer's current staff and a service desk readiness test.

4.2 Transition Acceptance requires that: the asset inventory has been reconciled with Customer's records; every in-scope server, network device and site link is visible in Provider's monitoring; the service desk has handled test calls in Chinese for every site; and the runbooks for backup, patching and incident escalation have been approved by Customer. Customer shall sign the Transition Acceptance Certificate within five working days after the criteria are met or state its reasons.

4.3 If Transition Acceptance is delayed beyond the date in Section 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 2. The total charges for the term are CNY 3,170,000, including VAT.

5.2 The transition charge is invoiced after Transition Acceptance. The monthly charge is invoiced at the end of each month in which the Services were provided.

5.3 Customer shall pay each correct invoice within 30 days after receipt. Service credits under Schedule 3 are deducted from the next invoice.

5.4 The charges are fixed for the term and include all staff, tools, travel and the monitoring software used by Provider.

## 6. Service Levels and Service Credits

6.1 Provider shall meet the Service Levels in Schedule 3 and report on them monthly.

6.2 If Provider fails to meet a Service Level, it shall credit Customer the amount set out in Schedule 3. Service credits are a price adjustment and do not limit Customer's other rights.

6.3 If Provider fails the same Service Level in three consecutive months, Customer may require a remediation plan and, if the failure continues in the following month, treat it as a material breach.

## 7. Customer Data and Security

7.1 Customer Data belongs to Customer. Provider shall process Customer Data only to perform the Services and on Customer's instructions, and shall not use it for any other purpose, including analytics, benchmarking or product development.

7.2 Provider shall protect Customer Data with appropriate technical and organisational measures, including individual privileged accounts, multi-factor authentication, access through Customer's bastion host, logging and quarterly access reviews, and shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

7.3 Provider shall notify Customer within one hour after becoming aware of a security incident affecting Customer Data or the managed systems, shall contain and investigate it, and shall be liable for losses caused by an incident resulting from its breach of this Section 7.

7.4 At the end of the Agreement, Provider shall return all Customer Data and documentation and delete any copies it holds, and confirm this in writing.

## 8. Confidentiality

Each party shall keep confidential all non-public information of the other party received under this Agreement, use it only for this Agreement and disclose it only to staff and advisers who need to know it and are bound by equivalent duties. This Section survives for three years after the Agreement ends.

## 9. Intellectual Property

9.1 Scripts, runbooks, documentation, reports and configurations prepared by Provider for Customer under this Agreement belong to Customer, which may use, modify and allow others to use them freely.

9.2 Provider's pre-existing tools remain Provider's property. Provider grants Customer a free licence to use any such tool embedded in the deliverables for as long as Customer needs it.

## 10. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for the work of any approved subcontractor.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the total charges stated in Section 5.1.

11.2 Section 11.1 does not apply to breach of Sections 7 and 8, personal injury, fraud or wilful misconduct.

## 12. Termination

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after written notice.

12.2 On termination or expiry Provider shall provide exit assistance for up to 90 days at the monthly charge, including handover of documentation, credentials and open tickets to Customer or its new provider.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes not settled by negotiation within 30 days shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.

## 14. General

This Agreement, including Schedules 1 to 3, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

## Schedule 1 — Services and Sites

| Service | Scope | Sites |
|---|---|---|
| Service desk | Chinese and English telephone, e-mail and portal support for 1,150 users, 07:00–22:00 daily, with on-call cover at night | All sites |
| Infrastructure management | Monitoring, patching, backup and capacity management of 64 servers, storage and virtualisation platform | Head office data room, Plant 1 |
| Network management | Management of firewalls, switches, wireless controllers and site links | All sites |
| End-user support | Desktop, laptop, printer and handheld scanner support; new starter set-up | All sites, on site at head office and plants |
| Security operations | Endpoint protection management, log review, vulnerability scanning and patch reporting | All sites |

## Schedule 2 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition | one-time, after Transition Acceptance | 74,000 |
| Monthly charge | 86,000 per month × 36 months | 3,096,000 |
| Total for the term | | 3,170,000 |

## Schedule 3 — Service Levels and Service Credits

| Measure | Service Level | Service credit for each failure |
|---|---|---|
| Availability of managed core infrastructure, per month | at least 99.95% | 3% of the monthly charge for each 0.02 percentage point or part below the level |
| Priority 1 incident (site or core system down) | response within 15 minutes, restoration within 3 hours | CNY 2,000 per hour or part of delay |
| Priority 2 incident | response within 1 hour, restoration within 8 hours | CNY 500 per hour or part of delay |
| Service desk calls answered | within 30 seconds for at least nine in ten calls in the month | 1% of the monthly charge |
| Backup success | every scheduled backup completed or re-run the same day | 1% of the monthly charge |

Signed for Customer: ____________________ Signed for Provider: ____________________
"""

H1055E05 = """DATA SUBSCRIPTION AND API SERVICES AGREEMENT

Agreement No. HLJ-WX-2027-02

BETWEEN

Heilongjiang Black Soil Seed Industry Group Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Harbin, Heilongjiang ("Customer")

AND

Granite Weather Analytics, Inc., a North Carolina corporation with its principal office in Mount Airy, North Carolina, United States ("Provider")

BACKGROUND

Customer breeds and sells maize, soybean and rice seed and runs field trials at more than 300 trial sites in north-east China. It wishes to receive historical and forecast weather data, soil-moisture estimates and crop-stress indices for its trial sites and growers' fields through Provider's application programming interface, and to use them in its own breeding and agronomy systems. Provider delivers the service from a hosting environment in mainland China operated by a licensed local cloud provider.

1. DEFINITIONS

1.1 "API" means Provider's application programming interface through which the Data is delivered, together with its documentation.

1.2 "Data" means the weather observations, forecasts, soil-moisture estimates, crop-stress indices and related datasets described in Schedule A, as delivered through the API.

1.3 "Customer Data" means all site locations, field boundaries, trial designs, query logs and other information supplied by Customer or generated by Customer's use of the API.

1.4 "Service Start Date" means the day after Customer signs the Integration Acceptance Certificate under Clause 4.

1.5 "Subscription Year" means the period from the Service Start Date to the day before its first anniversary (the first Subscription Year), and the following period to the day before its second anniversary (the second Subscription Year).

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable licence during the two Subscription Years to access the API, to use the Data in its internal research, breeding, production planning and grower advisory activities, and to show the Data and results derived from it to its growers and distributors in its own applications.

2.2 The subscription covers up to 5,000 monitored locations and up to two million API calls per Subscription Year. Calls above that volume are charged at the overage rate in Schedule B.

2.3 Data that Customer has downloaded during the term may be kept and used for internal research after the term ends.

3. INTEGRATION SERVICES

3.1 Provider shall build connectors that load the Data into Customer's trial management system and its agronomy data platform, map Customer's trial sites and fields to Provider's data grid, and set up daily alert feeds for frost, heat stress and heavy rain.

3.2 Provider shall complete the integration services within 45 days after signature of this Agreement.

3.3 If completion is delayed beyond that date for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay.

4. INTEGRATION ACCEPTANCE

4.1 Integration Acceptance requires that: the connectors have loaded the Data for all registered sites for ten consecutive days without unresolved errors; a sample of 30 sites shows that the loaded values match the values returned by the API; alert feeds have been received by Customer's systems in a test for each alert type; and the connector documentation has been delivered.

4.2 Customer shall sign the Integration Acceptance Certificate within five working days after the criteria are met, or state its reasons in writing.

5. FEES AND PAYMENT

5.1 The fees are set out in Schedule B: a subscription fee of CNY 468,000 for each Subscription Year, CNY 936,000 for the two Subscription Years, and a one-time integration fee of CNY 38,000, making a total of CNY 974,000, including VAT.

5.2 The integration fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.

5.3 Customer shall pay each correct invoice within 30 days after receipt, in CNY, to the bank account in China of Provider's authorised reseller named in the invoice.

6. SERVICE LEVELS

6.1 Provider shall make the API available at least 99.5% of the time in each calendar month, measured at Provider's API gateway and excluding scheduled maintenance of which Customer receives three days' notice.

6.2 A Priority 1 incident means that the API is unavailable or returns no current forecasts. Provider shall respond to a Priority 1 incident within one hour at any time, and shall provide status updates every two hours until it is resolved. Priority 2 incidents shall be responded to within eight business hours.

6.3 If monthly availability falls below the level in Clause 6.1, Provider shall credit Customer 5% of the monthly equivalent of the subscription fee for each full half percentage point of shortfall, and if a Priority 1 response is late, CNY 500 for each hour of delay. Credits are deducted from the next invoice or refunded at the end of the term.

6.4 Provider shall send Customer a monthly report of availability, incidents and data quality checks.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the services under this Agreement and shall not use it for any other purpose, including research, product development or benchmarking, whether or not it is aggregated or de-identified.

7.2 Provider shall store Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to named staff with a need to know, keep access logs for at least six months and have its hosting environment assessed under MLPS level 2 or higher.

7.3 Provider shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, take all reasonable steps to limit its effects, and compensate Customer for losses caused by an incident resulting from Provider's failure to comply with this Clause 7.

7.4 Within 30 days after the end of this Agreement, Provider shall return Customer Data in a standard format and then delete it, and confirm the deletion in writing.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including Customer's trial results and breeding plans and Provider's models and pricing, use it only for this Agreement and disclose it only to persons who need to know it and are bound by equivalent obligations.

8.2 This Clause survives for three years after the end of this Agreement.

9. INTELLECTUAL PROPERTY

9.1 Provider and its licensors own the Data, the API and Provider's models.

9.2 The connectors, mappings and alert configurations built for Customer under Clause 3, and all results, indices and reports that Customer derives from the Data, belong to Customer. Customer may use, modify and license them to third parties freely.

10. SUBCONTRACTING

Provider shall not subcontract the integration services or the operation of the API without Customer's prior written consent, except for the hosting provider named in Schedule A, which Customer approves by signing this Agreement. Provider remains responsible for all subcontractors.

11. LIABILITY

11.1 Provider's total liability arising out of or in connection with this Agreement shall not exceed the fees paid by Customer in the six months preceding the event giving rise to the claim.

11.2 Neither party is liable for indirect or consequential loss or loss of profit. Provider does not warrant that forecasts will be accurate, but warrants that the Data will be produced with the methods described in Schedule A.

12. TERM, RENEWAL AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year.

12.2 The parties may renew the subscription by a written renewal agreement signed before the end of the term. Nothing in this Agreement renews automatically.

12.3 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice. If Customer terminates for Provider's breach, Provider shall refund the subscription fees paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute that is not settled by negotiation shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules in force at the time.

14. GENERAL

14.1 Neither party may assign this Agreement without the other party's prior written consent.

14.2 This Agreement, with Schedule A (Data and Service Description) and Schedule B (Fees), is the entire agreement of the parties on its subject, and replaces any online terms of Provider.

SCHEDULE A - DATA AND SERVICE DESCRIPTION

A1. Historical daily weather for each monitored location, gridded at three kilometres, from 1991 onwards.
A2. Hourly forecasts for ten days and daily forecasts for a further five days, updated four times a day.
A3. Weekly soil-moisture estimates for the top two soil layers and daily crop-stress indices for maize, soybean and rice.
A4. Hosting provider: a licensed cloud provider in mainland China, hosting region in Beijing.

SCHEDULE B - FEES

B1. Subscription fee, first Subscription Year: CNY 468,000.
B2. Subscription fee, second Subscription Year: CNY 468,000.
B3. Integration fee, one-time: CNY 38,000.
B4. Total: CNY 974,000.
B5. Overage: CNY 0.08 per thousand API calls above the annual volume.

Signed for Customer: ____________________ Signed for Provider: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# files
FILES = {
    "h1055z01": ("h1055z01_civil_affairs_social_assistance_platform.pdf", H1055Z01),
    "h1055z02": ("h1055z02_knife_sharpener_line_control_retrofit.docx", H1055Z02),
    "h1055z03": ("h1055z03_erhu_school_chain_booking_saas.txt", H1055Z03),
    "h1055z04": ("h1055z04_urban_management_muck_truck_system_om.txt", H1055Z04),
    "h1055z05": ("h1055z05_ironwork_studio_process_tracking_supplier_template.md", H1055Z05),
    "h1055e01": ("h1055e01_bearing_maker_cmms_perpetual_licence.pdf", H1055E01),
    "h1055e02": ("h1055e02_cold_chain_ehs_saas_order_form.md", H1055E02),
    "h1055e03": ("h1055e03_chemical_fibre_condition_monitoring_sensors.docx", H1055E03),
    "h1055e04": ("h1055e04_food_company_managed_it_services.md", H1055E04),
    "h1055e05": ("h1055e05_seed_group_weather_data_api_subscription.txt", H1055E05),
}

# ---------------------------------------------------------------------------------------------------------------
# labels: (language, category, terms, extra, tco_base or None, design rules)
G, S = "goods_or_licence", "service"


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwf, auto, term, sub, law, kind):
    return {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
            "data_security_clause": dsec, "buyer_owns_data": owns, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": prepay, "acceptance_clause": acc,
            "final_payment_on_acceptance": final, "warranty_months": warr, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


def X(sla, ld_stated, capped, deemed, value):
    d = {"sla_clause": sla, "ld_stated": ld_stated}
    if capped is not None:
        d["post_warranty_fee_capped"] = capped
    d["acceptance_deemed_on_delivery"] = deemed
    d["contract_value"] = value
    return d


DESIGN = {
    "h1055z01": ("zh", "software",
                 T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9, False, True,
                   False, "PRC", G),
                 X(True, True, True, False, 2258000), 1260000, []),
    "h1055z02": ("zh", "hardware",
                 T(None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 26, False, True,
                   True, "PRC", G),
                 X(True, True, True, False, 1760000), 1548000,
                 ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "h1055z03": ("zh", "cloud",
                 T(99.5, 1, True, "buyer", True, True, True, 500 / 710000 * 100, 6 / 24 * 100, None, True, None,
                   None, None, True, True, False, "PRC", S),
                 X(True, True, None, False, 710000), None,
                 ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "h1055z04": ("zh", "services",
                 T(99.95, 0.5, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False,
                   False, False, "PRC", S),
                 X(True, True, None, False, 968000), None,
                 ["CR-LD-LOW", "CR-TERMINATION"]),
    "h1055z05": ("zh", "software",
                 T(None, None, False, "supplier", True, False, False, None, None, 65, False, False, 6, None, False,
                   True, None, None, G),
                 X(False, False, False, True, 432000), 168000,
                 ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING",
                  "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h1055e01": ("en", "software",
                 T(None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 24, 11, False, True, False,
                   "North Carolina", G),
                 X(True, True, True, False, 1970000), 1420000, ["CR-GOVERNING-LAW"]),
    "h1055e02": ("en", "cloud",
                 T(99.95, 0.5, False, "buyer", True, False, True, 1000 / 1360000 * 100, 150, None, True, None,
                   None, None, False, True, True, "PRC", S),
                 X(True, True, None, False, 1360000), None,
                 ["CR-DATA-OWNERSHIP", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"]),
    "h1055e03": ("en", "hardware",
                 T(None, 2, True, "buyer", False, True, True, 0.02, 150, 10, True, True, 36, 7, False, True, False,
                   "PRC", G),
                 X(True, True, True, False, 1790000), 1628400, ["CR-DATA-SECURITY", "CR-LD-LOW"]),
    "h1055e04": ("en", "services",
                 T(99.95, 0.25, True, "buyer", True, True, True, 2000 / 3170000 * 100, 150, None, True, None, None,
                   None, False, True, False, "PRC", S),
                 X(True, True, None, False, 3170000), None, []),
    "h1055e05": ("en", "cloud",
                 T(99.5, 1, True, "buyer", True, True, True, 600 / 974000 * 100, 6 / 24 * 100, None, True, None,
                   None, None, False, True, False, "PRC", S),
                 X(True, True, None, False, 974000), None, ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
RISK = {"h1055z01": "low", "h1055z02": "high", "h1055z03": "medium", "h1055z04": "medium", "h1055z05": "high",
        "h1055e01": "low", "h1055e02": "medium", "h1055e03": "high", "h1055e04": "low", "h1055e05": "medium"}


def tco_share(t, x, base):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = base."""
    if t["post_warranty_fee_pct"] is None or base is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base):
    """My reading of policy §3 and its section on where rules apply."""
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, base)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


# ---------------------------------------------------------------------------------------------------------------
# threshold scan
THRESH_LABELS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                 "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
CNUM = "一二三四五六七八九十百"
PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.%s])(?:4|四)\s*-?\s*个?\s*(?:小时|hours?|hrs?\b)" % CNUM,
    r"(?<![a-z\-])four\s*-?\s*hours?",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![\d十])", r"千分之零点五",
    r"(?<![\d.])30\s*%", r"百分之三十(?![一二三四五六七八九])", r"thirty\s*(?:per\s*cent|percent)",
    r"(?<![\d.])12\s*-?\s*(?:个\s*月|months?)", r"十二个月", r"twelve\s*-?\s*months?", r"一年", r"one\s*-?\s*year",
    r"(?<![\d.])100\s*%", r"百分之(?:一)?百", r"one\s*hundred\s*(?:per\s*cent|percent)",
    r"(?<![\d.])15\s*%", r"百分之十五", r"fifteen\s*(?:per\s*cent|percent)",
    r"(?<![\d.])40\s*%", r"百分之四十(?![一二三四五六七八九])", r"forty\s*(?:per\s*cent|percent)",
]
SCAN = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "4 hours", "4-hour", "four hours", "0.05%", "万分之五",
            "30%", "30 %", "百分之三十", "12个月", "12 months", "12-month", "十二个月", "twelve months", "一年",
            "one year", "100%", "百分之百", "15%", "百分之十五", "40%", "百分之四十"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "twenty-four hours", "0.055%", "0.5%", "130%",
             "1.30%", "万分之五十", "112 months", "115%", "140%", "14 hours", "40 days", "30 days", "15日",
             "百分之五", "一小时", "120个月"]


def readback(path):
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
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert SCAN.search(s), ("regex misses", s)
    for s in MUST_MISS:
        assert not SCAN.search(s), ("regex hits", s)
    sources = {k: v[1] for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
    targets = {k: (FILES[k][0], FILES[k][0].rsplit(".", 1)[1]) for k in sources}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, src) in FILES.items():
        if name.endswith((".txt", ".md")):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered = set()
    for k, (name, src) in FILES.items():
        lang, cat, t, x, base, design = DESIGN[k]
        rules = derive(t, x, base)
        assert rules == sorted(design), (k, rules, design)
        covered |= set(rules)
        sev = {SEVERITY[r] for r in rules}
        risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
        assert risk == RISK[k], (k, risk)
        for key, th in THRESH_LABELS.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key)
        share = tco_share(t, x, base)
        if share is not None:
            assert abs(share - 40) > 2, (k, share)
        text = readback(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = SCAN.search(variant)
            assert not m, (k, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                              encoding="utf-8")
        print("%s %s %s n=%d tco=%s rules=%s risk=%s" % (k, lang, name.rsplit(".", 1)[1], n,
                                                          None if share is None else round(share, 2),
                                                          ",".join(r[3:] for r in rules) or "-", risk))
    all_rules = set(SEVERITY)
    assert covered == all_rules, sorted(all_rules - covered)
    print("all 20 CR rules covered")


if __name__ == "__main__":
    main()
