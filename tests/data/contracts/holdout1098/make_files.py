"""Builds the holdout1098 set (ten draft contracts + .json labels) and asserts lengths, thresholds and rule coverage.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:某市住房和城乡建设局施工图数字化审查平台采购合同
P:合同编号：ZJ-SCSC-2027-018　　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市住房和城乡建设局
P:乙方（供应商）：杭州筑审信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方就施工图数字化审查平台软件许可及定制开发事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供施工图数字化审查平台软件（含联审管理、电子签章、图纸比对、审查意见管理模块）的永久使用许可，授权范围为甲方及其下属审图中心，不限用户数。
P:1.2 乙方按甲方需求完成以下定制开发：与省工程建设项目审批管理系统、多规合一平台、CA 数字证书系统的接口；消防、人防、节能三类专项审查规则库；审查进度统计驾驶舱。
P:1.3 乙方负责将原审图系统中2019年以来的项目数据、图纸及审查意见迁移至新平台，并完成部署、调试及培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰玖拾捌万元整（¥1,980,000），为固定总价，包括：平台软件许可费¥1,160,000；定制开发费¥630,000；数据迁移及实施费¥148,000；培训费¥42,000。
P:2.2 合同总价已含税费、差旅、安装及质保期内全部服务费用，甲方不再另行支付其他费用。
P:2.3 平台部署于甲方政务云环境，所需云资源由甲方另行提供；乙方应在实施方案中列明服务器、存储、数据库及中间件的配置需求，并对配置需求的合理性负责。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额发票，甲方于十五个工作日内支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收，且乙方移交全部源代码及技术文档后，甲方支付合同总价的35%。
P:3.4 甲方以财政资金支付，付款时间以国库集中支付流程为准，乙方应予配合。
H:第四条 交付期限
P:4.1 乙方应在合同签订后一百二十日内完成部署、定制开发和数据迁移，并提交初步验收申请。
P:4.2 因甲方原因导致工期延误的，交付期限相应顺延，乙方应及时书面提出。
P:4.3 乙方应在合同签订后七日内提交项目实施方案，明确项目经理、开发及测试人员名单、进度计划和风险应对措施，经甲方确认后执行。项目经理须具有五年以上政务信息化项目经验，未经甲方同意不得更换。
P:4.4 乙方每两周向甲方提交项目周报，汇报进度、问题及下一阶段计划；甲方有权对开发过程进行检查，乙方应如实提供相关资料。
P:4.5 乙方应于合同签订后十日内向甲方提交合同总价5%的履约保证金（银行保函形式），最终验收合格后无息退还。
H:第五条 验收
P:5.1 初步验收标准：全部功能模块与招标文件技术要求逐项一致；与审批管理系统、多规合一平台、CA 系统接口连续十个工作日数据交换无差错；迁移数据经全量比对，项目数、图纸数、意见条数一致；二百名用户并发时常用页面响应时间不超过3秒。
P:5.2 初步验收通过后进入六十日试运行期。试运行期间未发生一级故障，且第三方测评机构出具的网络安全等级保护测评报告及密码应用安全性评估报告均为合格的，甲方组织最终验收。
P:5.3 验收由甲方组织专家进行，出具书面验收报告。系统上线、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第六条 质量保证与维护服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件修复、版本升级、远程及现场技术支持。
P:6.2 服务水平：平台月度可用率不低于99.95%（计划内维护除外）。一级故障（平台整体不可用或审查意见无法提交）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:6.3 乙方响应或恢复超时的，每超时一小时向甲方支付人民币800元；月度可用率每低于约定值0.01个百分点，扣减人民币1,500元，从维保费或履约保证金中扣除。
P:6.4 质保期满后，如甲方续购维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥104,400），该价格在质保期满后三年内不得上调。维护合同按年签订，不自动续期。
P:6.5 乙方应为甲方系统管理员及审图中心业务人员提供不少于三期的操作培训和一期运维培训，提供培训教材、操作手册和视频教程，并保证受训人员能够独立完成日常操作及基础运维。
P:6.6 乙方应建立7×24小时服务热线，指定专人对接，每季度提供一次平台运行分析报告和安全巡检报告。
H:第七条 知识产权
P:7.1 平台软件的原有知识产权归乙方所有，甲方享有本合同约定的永久使用权。
P:7.2 为本项目定制开发的接口程序、专项审查规则库、统计驾驶舱及其源代码、技术文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。乙方应在最终验收时移交完整源代码。
H:第八条 数据安全
P:8.1 平台中的项目信息、图纸、审查意见、企业及人员信息等全部数据属于甲方所有。乙方仅为履行本合同使用上述数据，不得用于其他目的，不得向任何第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》，实施访问控制、加密存储与传输、操作日志审计；运维人员须经甲方审批并通过堡垒机访问，不得将数据拷贝出甲方机房。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应的行政责任。
H:第九条 保密
P:9.1 乙方对履行本合同中知悉的甲方工作秘密、项目资料及系统配置信息负有保密义务，未经甲方书面同意不得披露。本条在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付的系统不符合合同约定，经两次整改仍未通过验收的，甲方有权解除合同，乙方退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付利息。
H:第十一条 分包
P:11.1 乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:12.2 合同解除后，乙方应在十日内向甲方移交已完成的工作成果、源代码及全部数据，并配合甲方完成系统切换，不得删除、留存或转移甲方数据。
P:12.3 因不可抗力致使合同目的不能实现的，任何一方可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。
P:14.2 招标文件、乙方投标文件及澄清文件为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：＿＿＿＿＿＿　　乙方（盖章）：＿＿＿＿＿＿
P:签订日期：2027年3月　日
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：MHT-GZ-2027-006
P:甲方：佛山市甜云电动棉花糖机制造有限公司
P:乙方：广州启衡自动化工程有限公司
P:鉴于甲方拟对其六条电动棉花糖机总装及测试生产线的控制系统进行升级改造，乙方具备相应的设备供货、软件开发及工程实施能力，双方根据《中华人民共和国民法典》，经友好协商，订立本合同。
H:一、改造范围
P:（一）乙方负责拆除六条生产线原有继电器控制柜，供货并安装PLC控制柜、伺服驱动系统、触摸屏、温控及称重模块、数据采集网关，并提供生产线控制软件许可。
P:（二）乙方负责按甲方工艺要求开发控制程序，实现加热盘温度闭环控制、出糖量称重检测、整机通电老化测试自动记录及不良品自动剔除，并与甲方现有MES系统对接上传产量、良率及设备状态数据。
P:（三）乙方提供的设备应为全新原厂正品，主要部件的品牌、型号及技术参数应符合技术附件要求，并随货提供出厂检验报告。未经甲方书面同意，乙方不得以其他品牌或型号替代。
P:（四）乙方负责改造施工、单机调试、联动调试及操作人员培训。培训对象为甲方操作工、设备维修工及工艺工程师，培训后应能独立完成开机、换型、参数调整和常见故障处理。改造应分线实施，每条线停线时间不超过五日，不得影响其他生产线正常运行。
H:二、合同价款
P:（一）本合同总价为人民币壹佰肆拾肆万元整（¥1,440,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含断路器、接触器、安全继电器）|6套|68,000|408,000
TB:2|伺服驱动器及伺服电机|48套|5,500|264,000
TB:3|工业触摸屏（HMI）|6台|12,500|75,000
TB:4|温控及称重模块|24套|8,250|198,000
TB:5|数据采集网关|6台|9,500|57,000
TB:6|生产线控制软件许可（永久）|6条线|43,000|258,000
TB:|软硬件小计|||1,260,000
TB:7|控制程序定制开发及调试|1项|104,000|104,000
TB:8|改造施工（拆除、布线、安装）|1项|58,000|58,000
TB:9|操作及维护培训|1项|18,000|18,000
TB:|合同总价|||1,440,000
P:（二）上述价格为含税价，包括设备、软件、运输、保险、安装、调试、培训及质保期内服务的全部费用。
H:三、付款方式
P:（一）合同签订后十个工作日内，甲方支付合同总价的10%作为预付款。
P:（二）全部设备到货并完成安装、单机调试后，甲方支付合同总价的55%。到货及安装不视为验收合格。
P:（三）六条生产线全部通过最终验收后，甲方支付合同总价的35%。
P:（四）乙方每次收款前应开具合法有效的增值税专用发票。
H:四、交货与工期
P:（一）乙方应在合同签订后四十五日内将全部设备运至甲方工厂，并在到货后六十日内完成六条线的改造及联动调试。
P:（二）乙方应提前十日提交每条线的停线改造计划，经甲方生产部确认后实施。
P:（三）乙方进场施工人员应遵守甲方工厂的安全生产、消防及6S管理制度，电工须持有效特种作业操作证。施工期间乙方应做好现场防护，每日收工后清理现场，因乙方施工造成的人身伤害或财产损失由乙方承担。
P:（四）乙方应指定一名项目经理常驻甲方工厂，负责改造期间的协调工作，每周向甲方提交进度报告。项目经理更换须经甲方同意。
P:（五）乙方应在最终验收前提交竣工资料，包括电气原理图、接线图、PLC程序清单、参数表、设备说明书及合格证，纸质版一式三份并附电子版。
H:五、验收
P:（一）每条线改造完成后进行联动调试，连续运行七十二小时，甲方按以下标准验收：加热盘温度控制偏差不超过±2℃；称重检测误差不超过±0.5克；老化测试记录完整率及不良品剔除准确率达到合同技术附件要求；设备状态、产量及良率数据实时上传MES系统，数据与现场计数一致；节拍不低于改造前水平。
P:（二）六条线全部通过单线验收并稳定运行三十日后，甲方组织最终验收并出具书面验收报告。
P:（三）验收不合格的，乙方应在七日内整改后重新验收；设备投入生产使用不视为验收合格。
H:六、质量保证
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内因设备质量或软件缺陷产生的故障，乙方免费维修或更换，并免费提供控制程序修改和远程支持。
P:（二）故障响应：一级故障（整条生产线停机）乙方应在1小时内响应，6小时内到达现场并恢复生产；二级故障（单台设备或单项功能异常）8小时内响应，48小时内处理完毕。
P:（三）上述响应和处理时间为乙方的服务目标。乙方未能按时响应或处理的，应向甲方书面说明原因，但不承担扣款、赔偿或违约金责任。
P:（四）乙方应为甲方建立设备维护档案，每次维修后记录故障现象、原因、处理措施及更换部件，并在每季度末提交质保服务报告。
P:（五）乙方应在甲方工厂存放常用备件，包括伺服驱动器、温控模块各二套，备件费用已含在合同总价内。
H:七、质保期后维保
P:（一）质保期满后，甲方可委托乙方提供维保服务。维保服务年费按软硬件小计的26%计取，即每年人民币327,600元，质保期满后三年内不作调整。
P:（二）维保服务内容包括每季度一次预防性巡检、故障维修、备件更换、控制程序优化及远程支持，服务标准与质保期相同。维保合同按年签订。
H:八、知识产权
P:（一）生产线控制软件及乙方原有的功能模块，其知识产权归乙方所有，甲方享有永久使用许可。
P:（二）乙方为本项目定制开发的控制程序、工艺参数配方、MES接口程序及其源代码和技术文档，知识产权归甲方所有，甲方可自行或委托他人修改和使用。
H:九、数据安全与保密
P:（一）生产线采集的产量、良率、工艺参数及设备运行数据属于甲方所有，乙方仅为履行本合同使用，不得用于其他目的或向第三方提供。
P:（二）乙方远程维护须经甲方书面批准，通过甲方指定的VPN账号进行，操作全程留存日志。乙方应采取防病毒及访问控制措施，防止控制系统被非法入侵；因乙方原因造成数据泄露、篡改或生产中断的，乙方承担赔偿责任。
P:（三）双方对履行本合同中知悉的对方技术秘密、工艺配方及经营信息负有保密义务，保密期限至合同终止后三年。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:（二）因乙方施工原因造成甲方停线时间超过约定的，乙方应赔偿甲方由此产生的直接损失。
P:（三）甲方逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:十一、分包
P:乙方不得转包本合同。电气布线等辅助施工如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:十二、合同解除
P:（一）乙方逾期交货或逾期完成改造超过三十日，或改造后的生产线经两次整改仍未通过验收的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿甲方损失。
P:（二）任何一方严重违约且在收到书面通知后十五日内未纠正的，守约方有权解除合同。
H:十三、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交佛山仲裁委员会仲裁。
H:十四、其他
P:本合同一式四份，双方各执二份，经双方签字盖章后生效。技术附件为本合同不可分割的组成部分。
P:甲方（盖章）：＿＿＿＿＿＿　　乙方（盖章）：＿＿＿＿＿＿
"""

Z03 = """预约排课及会员管理系统（SaaS）服务合同

合同编号：SL-ARB-2027-031

甲方：上海新月阿拉伯语培训连锁管理有限公司
乙方：南京云课通软件科技有限公司

甲方在全国经营35家阿拉伯语培训门店，拟采购乙方的预约排课及会员管理云服务，并由乙方完成实施上线。双方根据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。

一、服务内容

（一）订阅服务
1. 乙方向甲方35家门店提供预约排课及会员管理系统的云端订阅服务，包括课程排期、教师排班、学员在线预约、课消核销、会员卡及储值管理、续费提醒、营收报表及总部看板等功能。
2. 服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，第二个服务年度紧随其后。
3. 每个门店不限前台及教师账号数量，学员端通过甲方品牌微信小程序访问。

（二）实施服务
1. 乙方负责系统配置、35家门店的课程体系及价格体系初始化、历史会员及储值余额数据迁移。
2. 乙方负责开发甲方品牌微信小程序界面，并与甲方现有财务系统及企业微信对接。
3. 乙方负责为总部及各门店人员提供操作培训。

二、费用

（一）本合同总价为人民币伍拾陆万元整（¥560,000），其中：
1. 订阅服务费：每门店每服务年度¥6,800，35家门店每服务年度合计¥238,000，两个服务年度合计¥476,000；
2. 实施费（含配置、数据迁移、小程序开发及系统对接）：¥68,000；
3. 培训费：¥16,000。
（二）服务期内新增门店的，按每门店每服务年度¥6,800折算剩余期间费用，另行签订补充协议。
（三）上述费用已包含服务期内的系统使用、版本更新、数据存储、短信通知（每门店每月不超过两千条）及技术支持费用，乙方不得另行收取其他费用。

三、付款方式

（一）实施费及培训费在系统通过上线验收后十五个工作日内一次性支付。
（二）订阅服务费按季度支付，每季度¥59,500，甲方在每季度首月十日前支付当季费用。
（三）乙方应在收款前开具增值税专用发票。

四、实施与上线验收

（一）乙方应在合同签订后四十五日内完成全部实施工作并提交上线验收申请。
（二）乙方应在合同签订后五个工作日内提交实施计划，明确实施顾问名单、各门店上线批次、数据迁移方案及回退方案。门店切换应安排在非营业时段进行，切换期间不得影响学员已预约课程的正常上课。
（三）上线验收标准：
1. 合同约定的全部功能可正常使用，35家门店课程、价格及教师信息配置完成；
2. 历史会员、课时余额及储值余额迁移结果与甲方原系统逐条核对一致；
3. 小程序预约、支付、课消及退款流程测试通过，财务系统对账数据一致；
4. 在五百名学员同时预约的压力测试下，预约提交响应时间不超过2秒。
（四）甲方在收到申请后七个工作日内组织验收并出具书面意见。系统试用或门店开始使用不视为验收合格。验收不合格的，乙方应在十日内整改后重新申请。

五、服务水平

（一）系统月度可用率不低于99.5%，计划内维护应在每日零时至六时进行并提前三日通知甲方。
（二）故障分级及响应：
1. 一级故障（全部门店无法预约、核销或支付）：乙方30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：2小时内响应，当日内解决；
3. 三级故障（一般使用问题）：一个工作日内答复。
（三）乙方应提供7×24小时故障报修渠道（电话、企业微信群及工单系统），并指定一名客户成功经理负责甲方总部的日常对接，每月提交一次服务报告，内容包括可用率统计、故障处理情况、工单处理时长及优化建议。
（四）乙方对系统进行版本更新前应提前五个工作日通知甲方，重大功能变更应事先征得甲方同意，不得因版本更新降低已约定的功能或性能。
（五）月度可用率低于约定值的，每低于0.1个百分点，抵扣当季订阅服务费的2%；一级故障响应超时的，每次抵扣人民币1,000元。抵扣金额从下季度费用中扣除。

六、续约

（一）服务期届满前三十日，任何一方未书面提出不再续约的，本合同自动续展一个服务年度，此后亦同。
（二）每次续展时，乙方有权根据市场情况上调订阅服务费，上调幅度不超过上一服务年度费用的8%，乙方应在续展前以电子邮件通知甲方。

七、数据

（一）甲方及其学员在系统中产生的会员信息、课程记录、交易数据等归甲方所有。
（二）乙方可以在对上述数据进行去标识化处理后，用于其产品功能优化、行业经营分析及对外发布培训行业研究报告。
（三）乙方不得以任何方式将甲方学员信息用于营销推广，不得向甲方学员推送与本合同服务无关的广告。
（四）服务期满或合同终止后，乙方应在三十日内向甲方提供全部数据的完整导出，并在甲方确认后删除存储的甲方数据。

八、数据安全

（一）乙方应将甲方数据存储于中国境内的数据中心，采取加密存储和传输、访问权限控制、操作日志审计及每日备份等措施，并通过网络安全等级保护三级测评。
（二）乙方应遵守《个人信息保护法》，未经甲方同意不得向第三方提供学员个人信息。
（三）发生数据泄露或丢失的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担赔偿责任。

九、保密

双方对在合作中知悉的对方商业秘密、课程体系、价格政策及经营数据负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内继续有效。

十、知识产权

（一）系统平台的知识产权归乙方所有。
（二）乙方为甲方定制开发的小程序界面、对接程序及其源代码归甲方所有，甲方可自行修改或委托他人维护。

十一、违约责任

（一）乙方逾期提交上线验收申请的，每逾期一日，按合同总价的千分之一支付违约金。
（二）甲方逾期付款的，按逾期金额每日万分之二支付违约金。

十二、分包

乙方不得将本合同项下的实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十三、合同解除

（一）乙方严重违约，或连续两个月月度可用率低于约定值的，甲方有权书面通知解除合同，乙方应退还已付未用的订阅服务费。
（二）一方严重违约且经书面通知后十五日内未纠正的，另一方有权解除合同。
（三）合同解除或终止后，乙方应继续提供不少于三十日的过渡服务，协助甲方将数据迁移至新系统，过渡期内的订阅服务费按日折算。

十四、法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，任何一方可向上海仲裁委员会申请仲裁。

十五、甲方义务

（一）甲方应指定总部项目负责人及各门店联系人，及时提供课程、价格、教师及历史会员数据，并对所提供数据的准确性负责。
（二）甲方应妥善保管系统管理员账号及密码，门店人员离职时应及时停用其账号。
（三）甲方应按照本合同约定按时支付费用。

十六、通知

双方的通知以书面形式或电子邮件发送至合同首页所列地址，电子邮件发出之日视为送达。任何一方联系方式变更的，应在三日内书面通知对方。

十七、其他

本合同未尽事宜，由双方另行协商并签订补充协议。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：
日期：　　年　　月　　日
"""

Z04 = """集装箱堆场管理系统年度运维服务合同

项目名称：集装箱堆场管理系统2027年度运维服务
采购方式：竞争性磋商
合同编号：GWJ-YW-2027-012

甲方（采购人）：某市港务局
乙方（供应商）：青岛海衡智能港口技术服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，双方依据《中华人民共和国政府采购法》及《中华人民共和国民法典》，就集装箱堆场管理系统年度运维服务订立本合同。

第一条 服务范围
（一）运维对象：甲方集装箱堆场管理系统，包括堆场计划、闸口管理、场桥作业调度、箱务管理、移动理货终端、与海关及船公司的EDI接口，以及支撑上述系统的服务器、存储、数据库、网络设备和手持终端。
（二）服务内容：驻场运维、二线专家支持、日常巡检、应急演练、备品备件供应、数据库维护、安全加固及系统小版本优化。
（三）服务期：自2027年1月1日起至2027年12月31日止。
（四）服务开始前，乙方应与上一年度运维服务商完成交接，接收系统账号、配置文档、运维日志及备件清单，并对系统现状进行评估，在进场后十日内提交运维服务方案。
（五）备品备件：乙方应在港区备件库常备服务器硬盘、电源模块、交换机、手持终端及电池等备件，备件清单及数量见磋商文件，备件消耗后应在五个工作日内补齐。

第二条 服务费用
（一）本合同总价为人民币柒拾捌万元整（¥780,000），为固定总价，包括：
1. 驻场运维服务费：¥486,000（两名驻场工程师，7×24小时轮班值守）；
2. 二线专家支持服务费：¥138,000；
3. 巡检及应急演练服务费：¥64,000；
4. 备品备件费：¥92,000。
（二）上述费用包括人员、交通、食宿、工具、备件及税费等全部费用，甲方不再支付其他费用。

第三条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付。每季度结束后，甲方根据季度考核结果在十五个工作日内支付当季服务费¥195,000，扣除本合同约定的考核扣款。
（三）乙方应在付款前开具合法有效的发票。
（四）备品备件费按季度平均计入服务费，服务期满未消耗的备件归甲方所有，乙方应列明清单移交甲方。

第四条 人员要求
（一）乙方驻场工程师应具有三年以上港口或物流信息系统运维经验，其中至少一人持有数据库认证证书。人员名单须经甲方确认，未经甲方同意不得更换。
（二）驻场人员应遵守甲方港区安全管理及保密规定，进入作业区域须佩戴安全防护用品。
（三）乙方应为二线专家支持指定不少于三名专家，涵盖数据库、网络及应用开发方向，一级故障发生后专家应在1小时内通过远程方式参与处理，必要时到场支持。
（四）台风、寒潮等恶劣天气及船舶集中到港期间，乙方应按甲方要求增派人员值守。

第五条 服务水平
（一）系统月度可用率不低于99.95%（经甲方同意的计划停机除外）。
（二）故障分级及处理时限：
1. 一级故障（闸口或场桥作业中断、堆场计划无法下发）：15分钟内响应，1小时内恢复作业；
2. 二级故障（部分功能或部分终端不可用）：30分钟内响应，8小时内解决；
3. 三级故障（一般问题或咨询）：2小时内响应，3个工作日内解决。
（三）乙方应每日检查系统运行状态，每月对服务器、存储、数据库及网络设备进行巡检，每半年组织一次应急演练，并提交书面报告。
（四）变更管理：乙方对系统配置、数据库结构或程序的任何变更，均须提交变更申请，说明变更内容、影响范围及回退方案，经甲方审批后在非作业高峰时段实施，并记录变更结果。
（五）考核扣款：一级故障响应或恢复超时的，每超时30分钟扣款¥2,000；月度可用率每低于约定值0.01个百分点，扣款¥1,000；未按期提交巡检或演练报告的，每次扣款¥500。

第六条 考核与验收
（一）甲方每季度按照磋商文件所附考核细则对乙方服务进行考核，考核内容包括故障处理时效、可用率、巡检完成情况、文档质量及用户满意度，考核得分低于80分的，乙方应提交整改计划。
（二）服务期满后，甲方组织年度验收。验收标准为：全年各季度考核均合格；运维日志、巡检报告、变更记录、应急演练报告齐全；系统配置文档、数据库结构文档已更新至最新状态；甲方数据完整移交。年度验收合格后，甲方出具书面验收意见。

（三）甲方应为驻场人员提供办公场所、网络接入及必要的系统访问权限，并指定专人负责运维服务的日常协调和考核工作。

第七条 违约责任
（一）乙方未按约定时间进场提供服务，或未按约定时间完成巡检发现问题的整改的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
（二）因乙方原因造成港区作业中断、数据丢失或其他损失的，乙方应赔偿甲方的实际损失。
（三）甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付利息。

第八条 分包
乙方可将服务器、存储及网络设备的硬件维修工作分包给原厂或具备相应资质的第三方，但应在分包前五个工作日书面告知甲方分包方名称及服务内容。乙方对分包方的服务质量承担责任。

第九条 数据安全
（一）系统中的箱务、船舶、货物、客户及作业数据均属于甲方所有，乙方仅为履行运维服务使用，不得用于其他目的，不得留存或向第三方提供。
（二）乙方应每日检查数据库备份情况，每月进行一次备份恢复验证，确保备份数据完整可用。
（三）乙方运维操作须通过甲方堡垒机进行，高危操作须经甲方审批；不得在系统中安装未经甲方许可的软件，不得将数据拷贝至外部介质。
（四）乙方应协助甲方落实网络安全等级保护要求。发生数据泄露、篡改或网络安全事件的，乙方应在1小时内报告甲方，因乙方原因造成的，乙方承担全部赔偿责任。

第十条 保密
乙方及其人员对在服务中知悉的甲方港口运营信息、客户信息、系统架构、账号口令等负有保密义务，不得向任何第三方披露。保密义务不因合同终止而解除。乙方人员应签署保密承诺书，乙方对其人员违反保密义务的行为承担责任。

第十一条 知识产权
乙方在服务期内为甲方编写的运维脚本、配置文档、优化程序及报告，其知识产权归甲方所有，甲方可自行使用、修改或交由其他服务商使用，乙方应在服务期满时一并移交。

第十二条 合同解除
（一）乙方连续两个季度考核不合格，或发生严重违约经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，并按实际服务期结算费用。
（二）合同解除后，乙方应在十日内完成全部交接工作，移交系统账号、运维日志、配置文档、备件及未完成工单，并协助新服务商熟悉系统，交接完成前不得撤离驻场人员。

第十三条 服务期满
服务期满，本合同自行终止。甲方如需继续采购运维服务，将按照政府采购规定重新组织采购，乙方应配合做好交接。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十五条 其他
磋商文件、乙方响应文件及成交通知书为本合同组成部分。本合同一式四份，甲乙双方各执两份，经双方签字盖章后生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：
签订日期：2026年12月　日
"""

Z05 = """# 软件许可及定制开发合同

**织链科技标准合同文本 V3.0（乙方范本）**

合同编号：ZL-HT-2027-0415

甲方：义乌市结艺编绳手工工作室
乙方：金华织链软件科技有限公司

甲方因生产管理需要，向乙方采购"织链工序追踪系统"软件许可及定制开发服务。双方经协商，同意按照乙方标准合同文本订立本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供织链工序追踪系统标准版软件许可，授权甲方在一个经营场所内使用，站点数为10个（含扫码工位终端）。

1.2 乙方根据甲方需求进行定制开发，内容包括：编绳、打结、穿珠、质检、包装五道工序的工序模板；扫码派工及报工功能；按工序计件的工资报表；订单进度看板；与甲方网店订单导出表格的导入功能。

1.3 乙方负责软件安装部署、基础数据初始化及使用培训。培训为一次性现场培训，时长一天，培训对象为甲方管理人员及工位组长；再次培训的，按乙方收费标准另行收费。

1.4 软件许可为非独占、不可转让的使用许可。甲方增加站点、增加经营场所或由关联方使用的，应另行向乙方购买许可。甲方不得将软件出租、出借或用于为第三方提供服务。

## 第二条 合同价款

2.1 本合同总价为人民币叁拾贰万陆仟元整（¥326,000），明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 织链工序追踪系统标准版软件许可（永久） | 10站点 | 168,000 |
| 2 | 定制开发（工序模板、扫码报工、计件工资报表、进度看板、订单导入） | 1项 | 132,000 |
| 3 | 安装部署、数据初始化及培训 | 1项 | 26,000 |
| | 合计 | | 326,000 |

2.2 上述价款不含扫码枪、标签打印机及工位终端等硬件，相关硬件由甲方自行采购，乙方可提供选型建议。

## 第三条 付款方式

3.1 本合同签订之日起五个工作日内，甲方向乙方支付合同总价的65%，即人民币211,900元。乙方收到该款项后开始安排开发工作。

3.2 系统安装上线后五个工作日内，甲方支付合同总价的35%，即人民币114,100元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

3.4 乙方在收到每期款项后十个工作日内向甲方开具增值税普通发票。甲方需要专用发票的，应在签订合同时提供开票资料。

## 第四条 开发与交付

4.1 乙方在收到首期款后开始需求调研，预计在九十日左右完成开发并安装上线。具体进度以乙方项目计划为准。

4.2 因需求变更、甲方未及时提供资料或确认、硬件未到位等原因造成的延期，交付时间相应顺延。

4.3 乙方将尽力按计划交付，但不对交付延误承担违约金或赔偿责任。

4.4 甲方在开发过程中提出需求变更的，乙方有权评估工作量并另行收费。需求确认书经甲方签字后，原则上不再接受变更。

4.5 乙方安装部署采用远程方式为主，需现场服务的，甲方应提前三个工作日预约，并承担乙方人员的差旅费用。

## 第五条 验收

5.1 系统安装上线后，即视为甲方验收合格。

5.2 甲方在上线后发现的问题，可通过乙方客服渠道提交，乙方将在后续版本中统一处理。

5.3 甲方拒绝或拖延安排上线的，自乙方通知可以上线之日起满七日，视为系统已上线，甲方应按第三条支付相应款项。

## 第六条 技术支持与维护

6.1 乙方自系统上线之日起提供三个月免费维护，免费维护期内提供远程技术支持及软件缺陷修复。

6.2 乙方通过电话、微信及远程桌面方式提供技术支持，工作日9:00至18:00受理，乙方在合理时间内安排技术人员处理。

6.3 免费维护期满后，甲方如需继续获得技术支持和软件升级，应与乙方签订年度维护协议，维护费按乙方当年公布的服务价格标准收取。

6.4 以下情形不属于免费维护范围，乙方提供服务的按次收费：甲方自行修改系统配置或数据库造成的问题；服务器、网络、扫码设备等硬件故障；病毒或黑客攻击；甲方新增的功能需求。

6.5 未签订年度维护协议的，乙方不再提供技术支持及缺陷修复，甲方自行承担系统运行风险。

## 第七条 知识产权

7.1 织链工序追踪系统及其全部组成部分的知识产权归乙方所有。

7.2 乙方为甲方定制开发的工序模板、报工功能、计件工资报表、进度看板及导入程序，其知识产权（包括源代码）归乙方所有。甲方在本合同约定的授权范围内享有使用权，不得复制、修改、反向工程或许可第三方使用。

7.3 乙方有权将定制开发成果纳入其标准产品，向其他客户销售。

7.4 乙方向甲方交付可执行程序及用户手册，不交付源代码、数据库设计文档及开发文档。甲方需要二次开发接口的，应另行向乙方购买。

## 第八条 数据安全

8.1 甲方在系统中录入和产生的订单、工序、员工及计件工资数据归甲方所有，乙方仅为提供技术支持的目的访问，不得用于其他用途。

8.2 乙方远程维护须经甲方同意，维护结束后立即断开连接；乙方应采取必要的技术措施防止甲方数据泄露、篡改或丢失，因乙方原因造成数据泄露或丢失的，乙方应及时通知甲方并承担相应赔偿责任。

8.3 甲方应自行做好服务器及数据的日常备份。

## 第九条 违约责任

9.1 任何一方违反本合同约定的，应承担相应的违约责任。

9.2 乙方对甲方的间接损失、利润损失、停工损失不承担责任。

9.3 甲方违反第一条1.4款或第七条约定的，应向乙方支付相当于软件许可费两倍的违约金，乙方并有权终止许可。

## 第十条 合同解除

10.1 乙方严重违约，经甲方书面通知后三十日内仍未纠正的，甲方可以书面通知解除合同。

10.2 甲方逾期付款超过三十日的，乙方有权解除合同，已收款项不予退还。

10.3 合同解除后，甲方应停止使用软件并删除全部安装副本；已完成的定制开发成果不予交付，乙方不退还已收取的开发费用。

## 第十一条 甲方的义务

11.1 甲方应按照乙方提供的配置要求准备服务器、网络、扫码枪及标签打印机等软硬件环境，并保证其正常运行。因甲方运行环境不符合要求导致系统无法正常使用的，由甲方自行负责。

11.2 甲方应指定专人配合需求调研，在乙方要求的期限内提供工序、产品、员工及计件单价等基础资料，并对资料的准确性负责。

11.3 甲方应妥善保管系统账号及密码，因甲方人员操作不当造成的数据错误或损失，由甲方自行承担。

11.4 甲方应按时支付合同款项。

## 第十二条 不可抗力

因地震、火灾、洪水、疫情、政府行为、电力或网络中断等不可抗力或非乙方所能控制的原因，导致乙方不能履行或延迟履行本合同的，乙方不承担责任。

## 第十三条 通知

双方的通知可通过电子邮件、微信或短信方式发送至合同所列联系人，发出即视为送达。

## 第十四条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同为乙方标准合同文本，未经乙方书面确认，对本文本的修改无效。

甲方（签章）：　　　　　　　乙方（签章）：

日期：　　年　　月　　日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. ARA-FJ-2027-004
P:This Software Licence and Services Agreement is made between Fujian Minjiang Paper Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Fuzhou, Fujian Province (the "Customer"), and Alpine Ridge Asset Systems Limited, a company incorporated in New Zealand with its principal place of business at Ardmore Street, Wanaka, New Zealand (the "Vendor").
P:The Customer wishes to replace the paper-based maintenance records of its two paper machines, its pulping line and its power plant with a computerised maintenance management system. The Vendor licenses such a system under the name Ridgeline CMMS and has offered to configure it for the Customer's mill. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Ridgeline CMMS modules listed in Annex 1 in object code, including updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, work-order templates, preventive-maintenance plans, reports, interface programs and migration scripts that the Vendor prepares specifically for the Customer under this Agreement, together with their source code and documentation.
P:1.3 "Customer Data" means all data entered into or generated by the Software at the Customer's site, including asset registers, work orders, spare-parts records, inspection results and personnel information.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.4 that the system has passed all acceptance tests.
P:1.5 "Contract Price" means the total price stated in Article 3.1.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Customer's own servers at its Fuzhou mill for up to 350 named users and an unlimited number of mobile inspection devices.
P:2.2 The Vendor shall configure the Software to the Customer's asset hierarchy, build the interfaces to the Customer's ERP system (purchasing and stores) and its distributed control system historian, migrate the asset and spare-parts records held in the Customer's spreadsheets, and train the Customer's staff.
P:2.3 The Vendor shall provide a project manager and a named lead consultant who shall remain on the project until Final Acceptance unless the Customer agrees otherwise in writing.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,968,000, made up as follows: Software licence fee CNY 1,320,000; configuration and interface development CNY 486,000; data migration CNY 124,000; training CNY 38,000.
P:3.2 The Contract Price is fixed and includes all taxes payable in China, the Vendor's travel and living costs, and all services during the warranty period. Prices are stated and paid in Chinese Yuan.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price within 20 days after signature of this Agreement against the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price within 20 days after the Software has been installed and the system has passed the user acceptance test described in Article 5.2.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:4.4 Each payment is subject to receipt of a valid invoice. The Customer may withhold any amount that it disputes in good faith, provided that it pays the undisputed part on time.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration, interfaces and data migration within 150 days after signature, according to the project plan attached as Annex 2.
P:5.2 User acceptance testing shall confirm that: every function in the requirements specification in Annex 3 works as described; every asset in the migrated register matches the source records by asset number, location and class; purchase requisitions raised in the Software reach the ERP system without error for ten consecutive working days; historian readings trigger condition-based work orders at the configured limits; and standard reports open within three seconds with 60 concurrent users.
P:5.3 After user acceptance the system shall run in production for 45 days. If no Severity 1 incident occurs in that period and all defects of Severity 2 found during testing have been corrected, the Customer shall carry out the final acceptance test.
P:5.4 The Customer shall issue a written certificate of Final Acceptance within ten working days after a successful final acceptance test. Production use, installation or any payment does not by itself mean acceptance. If a test fails, the Vendor shall correct the defects within 15 days and the test shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with Annex 3 for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide new releases and provide remote and on-site support free of charge.
P:6.2 Incidents are classified as follows. Severity 1: the Software is unavailable to all users or work orders cannot be created. Severity 2: a major function is unavailable but a workaround exists. Severity 3: any other defect. The Vendor shall respond to a Severity 1 incident within 1 hour, 24 hours a day, and restore service within 8 hours. It shall respond to Severity 2 incidents within 2 hours during business hours and to Severity 3 incidents within one business day.
P:6.3 For each full hour by which the Vendor exceeds the Severity 1 response or restoration time, the Vendor shall credit the Customer CNY 1,000, to be set off against the next payment or, after the Warranty Period, against the support fee.
P:6.4 After the Warranty Period the Customer may order annual support at a fee of 11% of the Software licence fee, being CNY 145,200 per year. This fee shall not be increased during the first three support years. Each support year is ordered separately by purchase order; support does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables pass to the Customer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access and use Customer Data only to perform this Agreement and shall not keep, copy or disclose it for any other purpose.
P:8.2 The system shall be hosted on the Customer's servers in China. The Vendor shall access it remotely only through the Customer's VPN, with an account approved by the Customer for each session, and shall not transfer Customer Data outside China.
P:8.3 The Vendor shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the PRC in handling Customer Data, shall apply access control and logging to all its accounts, and shall notify the Customer within 12 hours after becoming aware of any unauthorised access, loss or disclosure. The Vendor is liable for all losses caused by a breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, including the Customer's production data, process settings and plant drawings, and the Vendor's product documentation. Neither party shall disclose such information without the other's prior written consent, except to its employees and advisers who need to know it and are bound by similar duties.
P:9.2 This Article survives termination for five years.
H:Article 10 Delay Damages
P:10.1 If the Vendor fails to complete installation, configuration, interfaces and data migration by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 If the delay exceeds 60 days, the Customer may also terminate this Agreement under Article 13.
H:Article 11 Liability
P:11.1 The Vendor's total liability under this Agreement shall not exceed 150% of the Contract Price.
P:11.2 The limit in Article 11.1 does not apply to personal injury, wilful misconduct, infringement of third-party intellectual property rights, or breach of Articles 8 and 9.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after receiving notice of the breach.
P:13.2 Either party may terminate this Agreement by written notice if the other party becomes insolvent or ceases business.
P:13.3 On termination by the Customer under Article 13.1, the Vendor shall refund the amounts paid for services not accepted and shall deliver all Custom Deliverables completed up to termination.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of New Zealand.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be referred to arbitration administered by the New Zealand International Arbitration Centre. The seat of arbitration shall be Auckland, New Zealand, and the language of the arbitration shall be English.
H:Article 15 General
P:15.1 This Agreement, with its Annexes, is the entire agreement between the parties on its subject matter. Amendments are valid only in writing signed by both parties.
P:15.2 Notices shall be in writing and sent to the addresses stated above, with a copy by e-mail.
P:15.3 This Agreement is signed in two English originals, one for each party.
P:Annex 1: Licensed modules. Annex 2: Project plan. Annex 3: Requirements specification.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# TideLine Crew & Fleet — Order Form and General Terms

Order Form No. HTS-ZS-2027-0019

## PART A — ORDER FORM

### A1. Parties

**Provider:** Hikurangi Trench Software Limited, a New Zealand company, West End, Kaikoura 7300, New Zealand, acting for this order through its Shanghai representative office.

**Customer:** Zhoushan Haixing Shipping Co., Ltd., a company incorporated in the People's Republic of China, Dinghai District, Zhoushan, Zhejiang Province.

### A2. Services

TideLine Crew & Fleet, a cloud service for crew rostering, certificate tracking, planned vessel maintenance and fleet reporting, for the Customer's fleet of 24 coastal vessels and its shore office, as described in the Service Description current at the Order Date. The order includes the Vessel Telemetry Connector and the onboarding services listed in A3.

### A3. Fees

| Item | Quantity | Unit fee (CNY) | Per Subscription Year (CNY) | Total for the Term (CNY) |
|---|---|---|---|---|
| Platform subscription, named users | 180 users | 1,450 per user per year | 261,000 | 522,000 |
| Vessel Telemetry Connector | 24 vessels | 2,000 per vessel per year | 48,000 | 96,000 |
| Onboarding services (one-time): configuration, data load, two integrations, training | 1 | 54,000 | — | 54,000 |
| **Total Order Value** | | | | **672,000** |

All fees are in Chinese Yuan and include VAT. Additional users may be added at the same unit fee, pro rata for the rest of the Term.

### A4. Term and invoicing

- Subscription Term: 24 months from the Subscription Start Date, being the date of Onboarding Acceptance. The Term is made up of two Subscription Years.
- Subscription fees are invoiced quarterly in advance at CNY 77,250 per quarter, starting on the Subscription Start Date. Invoices are payable within 30 days.
- The onboarding fee is invoiced after Onboarding Acceptance and is payable within 30 days.
- This Order Form does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A5. Onboarding and acceptance

- Provider shall complete onboarding within 60 days after the Order Date. Onboarding includes configuring rosters, rank structures and certificate types; loading crew records and vessel maintenance plans supplied by Customer; building the integration with Customer's payroll system and with the telemetry gateways on board; and training 20 key users.
- Onboarding Acceptance criteria: all 24 vessels appear with their maintenance plans; every crew record matches Customer's master list; a test payroll export is reconciled without difference for one month of rosters; telemetry from each vessel arrives in the service within 15 minutes of transmission; and key users have completed training.
- Customer shall test within ten business days after Provider's notice of readiness and issue an acceptance certificate or a list of defects. Use of the service for training or testing is not acceptance.
- If onboarding is not completed by the agreed date for reasons attributable to Provider, Provider shall pay CNY 500 for each day of delay, up to CNY 27,000 in total.

### A6. Special terms

- Hosting: the service and Customer Data are hosted in a cloud data centre in Shanghai operated by Aliyun Computing Co., Ltd., which Customer approves as Provider's hosting subcontractor.
- Named contacts: Provider's customer success manager and Customer's fleet IT manager, as notified in writing.
- This Order Form is governed by the General Terms in Part B. If they conflict, Part A prevails.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data that Customer or its users enter into the service or that the service collects from Customer's vessels, including crew personal information, certificates, rosters, maintenance records and telemetry.

1.2 "Customer Configurations" means the rosters, workflows, report templates, forms and integration scripts created specifically for Customer during onboarding or later at Customer's request.

1.3 "Service Levels" means the levels in section 3.

### 2. Use of the service

2.1 Provider grants Customer and its named users a non-exclusive right to use the service during the Term for Customer's internal business.

2.2 Customer shall not resell the service or attempt to copy, decompile or reverse engineer it.

2.3 Provider may update the service from time to time, provided that updates do not materially reduce its functions or security during the Term.

2.4 Customer is responsible for the accuracy of the data it enters, for keeping user credentials secure and for removing users who leave its employment. Customer shall provide the network connection between its vessels and the telemetry gateways.

2.5 Provider may suspend a user account that is used in breach of section 2.2, after notice to Customer's fleet IT manager, and shall restore it as soon as the breach has ended.

### 3. Service levels and support

3.1 Provider targets a monthly availability of 99.95% for the production service, excluding scheduled maintenance announced at least five days in advance and performed between 00:00 and 05:00 China Standard Time.

3.2 Support requests are classified by severity. Severity 1 means the service is unavailable or crew rosters cannot be published. Severity 2 means a major function is impaired. Severity 3 means any other issue. Provider shall respond to Severity 1 requests within 30 minutes at any time, to Severity 2 requests within 2 business hours and to Severity 3 requests within two business days.

3.3 Provider shall report availability and response times to Customer each month.

3.4 The Service Levels are targets. A failure to meet them does not entitle Customer to service credits, fee reductions, refunds or damages. Provider shall, however, investigate each failure and tell Customer what it will do to prevent a repetition.

### 4. Customer Data

4.1 Customer Data belongs to Customer. Provider may process Customer Data only to provide the service and support to Customer and shall not use it for any other purpose, including in aggregated or anonymised form.

4.2 Provider shall keep Customer Data in mainland China, encrypt it in transit and at rest, limit access to named staff with multi-factor authentication, log all administrative access, and keep daily backups for 30 days.

4.3 Provider shall comply with the PRC Personal Information Protection Law and Data Security Law in processing crew personal information.

4.4 Provider shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, shall take immediate steps to contain it, and is responsible for the losses caused by an incident resulting from its breach of this section.

4.5 On expiry or termination Provider shall make all Customer Data available for export for 30 days in a standard format and shall then delete it and confirm the deletion in writing.

### 5. Intellectual property

5.1 Provider owns the service and all its underlying software.

5.2 Customer Configurations belong to Customer. Provider shall provide them in an editable form on request and on expiry. Customer may use, modify and have them used by third parties without restriction.

### 6. Confidentiality

6.1 Each party shall keep the other's confidential information secret, use it only for this Order Form, and disclose it only to staff and advisers who need it and are bound to confidentiality. This obligation continues for three years after the Term.

### 7. Subcontracting

7.1 Apart from the hosting subcontractor approved in A6, Provider shall not subcontract any part of the service or engage any subprocessor without Customer's prior written consent. Provider is responsible for its subcontractors as for itself.

### 8. Liability

8.1 Each party's total liability arising out of or in connection with this Order Form is limited to the fees paid by Customer in the nine months preceding the event giving rise to the claim.

8.2 The limit does not apply to personal injury, fraud or wilful misconduct, or to Customer's obligation to pay fees.

8.3 Neither party is liable for loss of profit or indirect loss.

### 9. Termination

9.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

9.2 If Customer terminates under 9.1, Provider shall refund any prepaid fees for the period after termination.

### 10. Governing law and disputes

10.1 This Order Form is governed by the laws of the People's Republic of China.

10.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding on both parties.

### 11. General

11.1 Neither party may assign this Order Form without the other's written consent.

11.2 Notices shall be given in writing to the contacts named in A6.

11.3 Neither party is liable for a failure caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible.

11.4 This Order Form, including Part B, is the entire agreement on its subject matter and replaces any terms printed on purchase orders or shown on Provider's website.

11.5 This Order Form is executed in English and Chinese; both versions have equal effect.

Signed for Customer: ____________________    Signed for Provider: ____________________
"""

E03 = """T:Purchase Contract for Condition-Monitoring Sensors and Software Licence
P:Contract No. WF-EQ-2027-0207 (Buyer's standard equipment purchase form)
P:Buyer: Anhui Wanfeng Cement Co., Ltd., a company incorporated in the People's Republic of China, Wuhu, Anhui Province.
P:Supplier: King Country Sensing Limited, a company incorporated in New Zealand, Rora Street, Te Kuiti, New Zealand.
P:The Buyer operates two clinker lines and four cement mills at its Wuhu plant and wishes to monitor the vibration and temperature of its critical rotating equipment. Following the Buyer's invitation to tender, the Supplier has offered wireless sensors, gateways and its condition-monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 3.1.
P:1.2 "Software" means the Supplier's KC Monitor condition-monitoring software, in object code, including updates supplied under this Contract.
P:1.3 "Deliverables" means the Equipment, the Software, the analytics models, alarm rules, dashboards and interface programs configured for the Buyer, and the related documentation.
P:1.4 "Buyer Data" means all measurements, alarms, asset information and reports collected or generated by the Equipment and the Software at the Buyer's plant.
P:1.5 "Final Acceptance" means the acceptance confirmed by the Buyer in writing under clause 6.4.
H:2. Scope of Supply
P:2.1 The Supplier shall supply and install 420 wireless vibration and temperature sensors on kiln drives, fans, mills and conveyors, 36 gateways, and the Software under a perpetual licence for the Wuhu plant with no limit on the number of users.
P:2.2 The Supplier shall configure the analytics models and alarm rules for each monitored machine, build the interface to the Buyer's distributed control system and to its maintenance management system, and train the Buyer's maintenance and process staff.
P:2.3 The Software shall run on servers provided by the Buyer in its plant data room. No part of the system shall depend on a service hosted outside mainland China.
H:3. Price
P:3.1 The contract price is CNY 1,686,000, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor, ATEX-rated|420|1,850|777,000
TB:2|Gateway with mounting kit and power supply|36|9,600|345,600
TB:3|KC Monitor software, perpetual plant licence|1|286,000|286,000
TB:|Equipment and licence subtotal|||1,408,600
TB:4|Installation and commissioning|1 lot|164,000|164,000
TB:5|Analytics model and alarm configuration|1 lot|92,000|92,000
TB:6|Training|1 lot|21,400|21,400
TB:|Contract price|||1,686,000
P:3.2 The contract price is fixed. It includes VAT, import duties, delivery to the Wuhu plant, insurance, installation, all travel costs of the Supplier's staff and all services during the warranty period.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the contract price as an advance within 15 working days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:4.2 The Buyer shall pay 55% of the contract price within 15 working days after all Equipment has been delivered and installed and the Buyer has signed the installation certificate. The installation certificate confirms completion of installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the contract price within 15 working days after Final Acceptance.
H:5. Delivery
P:5.1 The Supplier shall deliver all Equipment to the Wuhu plant within 75 days after signature and complete installation within 40 days after delivery. Installation work inside the kiln and mill areas shall follow the plant's shutdown schedule, which the Buyer shall give to the Supplier at least ten days in advance.
P:5.2 The Supplier's personnel shall comply with the Buyer's safety rules, including permit-to-work, lockout and hot-work procedures, and shall wear the protective equipment required in each area.
H:6. Acceptance
P:6.1 After installation the Supplier shall commission the system and notify the Buyer that it is ready for testing.
P:6.2 The acceptance criteria are: every sensor reports to the Software at the configured interval with a data-loss rate below 0.5% over seven days; vibration readings agree with the Buyer's portable reference analyser within 5% on ten machines chosen by the Buyer; the alarm rules trigger correctly in a simulated-fault test on each machine type; alarms reach the distributed control system and create work orders in the maintenance management system; and the documentation in Annex 2 has been delivered.
P:6.3 After the tests are passed the system shall run for 60 days. If no Severity 1 incident occurs and every defect found has been corrected, the Buyer shall carry out the final test.
P:6.4 The Buyer shall confirm Final Acceptance in writing within ten working days after a successful final test. Delivery, installation, production use or payment does not mean acceptance. If a test fails, the Supplier shall correct the defects within 15 days at its own cost and the test shall be repeated.
H:7. Warranty and Support
P:7.1 The warranty period for the Equipment and the Software is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, correct Software defects, provide Software updates and provide remote and on-site support free of charge.
P:7.2 Severity 1 means that the Software is unavailable or that more than one gateway has stopped reporting. The Supplier shall respond to a Severity 1 incident within 2 hours at any time and restore service within 24 hours. Other incidents shall be answered within one working day.
P:7.3 For each hour by which the Supplier exceeds the Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any amount due.
P:7.4 The Supplier shall keep spare sensors and one spare gateway at the Wuhu plant during the warranty period at its own cost.
P:7.5 After the warranty period the Buyer may order annual support at 8% of the equipment and licence subtotal, being CNY 112,688 per year, covering the same services. This fee is fixed for the first two support years. Support is ordered each year by a separate purchase order and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Supplier retains the intellectual property rights in the Software and in the firmware of the Equipment and grants the Buyer a perpetual licence to use them at the Wuhu plant.
P:8.2 The analytics models, alarm rules, dashboards and interface programs configured or developed for the Buyer belong to the Buyer. The Supplier shall deliver them with their source files at Final Acceptance, and the Buyer may use, modify and license them without restriction.
H:9. Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not copy, keep or disclose it for any other purpose.
P:9.2 Remote access by the Supplier is allowed only through the Buyer's VPN, after the Buyer approves each session. The Supplier shall protect its accounts with strong authentication and shall not transfer Buyer Data outside mainland China.
P:9.3 The Supplier shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to the system or Buyer Data, shall help the Buyer to contain it, and shall be liable for the losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the non-public information of the other party received under this Contract, including the Buyer's plant layout, process parameters and production figures, and shall not disclose it to any third party without prior written consent. This obligation continues for five years after the end of this Contract.
H:11. Delay Damages and Liability
P:11.1 If the Supplier delays delivery, installation or readiness for testing for reasons attributable to it, the Supplier shall pay delay damages of 0.08% of the contract price for each day of delay, up to 10% of the contract price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the contract price. The limit does not apply to personal injury, wilful misconduct or breach of clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for the work of any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay damages reach their maximum.
P:13.2 On such termination the Supplier shall refund the amounts paid for Deliverables not accepted and shall remove its Equipment if the Buyer so requests.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes that cannot be settled by negotiation shall be submitted to the people's court with jurisdiction at the Buyer's domicile.
H:15. General
P:15.1 This Contract is made in English and Chinese. Both versions have equal effect. Amendments must be in writing and signed by both parties.
P:15.2 Notices shall be in writing and sent to the addresses stated above or to such other address as a party notifies. A notice sent by e-mail is effective when the recipient acknowledges it.
P:15.3 The Buyer's invitation to tender, the Supplier's offer and the Annexes form part of this Contract. If they conflict, this Contract prevails, followed by the Annexes.
P:Annex 1: Equipment list and sensor locations. Annex 2: Documentation list.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

Agreement No. RMS-SH-2027-011

**Between** Shanghai Jinzhu Wine Trading Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Minhang District, Shanghai ("Customer"),

**and** Ruamahanga Managed Services Limited, a company incorporated in New Zealand with its principal office on Kitchener Street, Martinborough, New Zealand, acting through its wholly owned subsidiary in Shanghai ("Provider").

**Background.** Customer imports and distributes wine through nine branch offices in China and a bonded warehouse in Waigaoqiao. It wishes to outsource its IT service desk, end-user device management and branch network support for a fixed term of 36 months. Provider has proposed to deliver these services from Shanghai with a follow-the-sun escalation team. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer confirms in writing that the transition has been completed in accordance with clause 3.

1.3 "Term" means 36 months from the Service Commencement Date.

1.4 "Charges" means the charges set out in Schedule 2.

1.5 "Service Levels" and "Service Credits" mean the levels and credits set out in Schedule 3.

1.6 "Customer Data" means all data of Customer, its employees and its customers that Provider receives or accesses in providing the Services.

## 2. Services

2.1 Provider shall provide the Services for the Term in accordance with this Agreement and with good industry practice, using suitably qualified staff.

2.2 Provider shall assign a service delivery manager who shall meet Customer's IT manager monthly to review performance, incidents, changes and planned work, and who shall present a written report at each meeting.

2.3 Customer may add or remove users and devices. The Charges shall be adjusted at the unit rates in Schedule 2 from the month after the change, provided that the total number of users does not fall below 560.

2.4 Customer shall give Provider's staff access to its premises, systems and spare devices as reasonably needed, shall keep its software licences valid, and shall tell Provider in advance about office moves, new branches and planned changes to its business applications.

2.5 Changes to the scope of the Services, other than changes in numbers under clause 2.3, require a written change note agreed by both parties stating the effect on Charges and Service Levels.

## 3. Transition

3.1 Provider shall complete the transition within 50 days after signature. Transition includes taking over the existing ticket history and asset inventory, enrolling all devices in Provider's device-management tool, documenting the branch networks, writing support runbooks and setting up the service desk telephone line and portal.

3.2 Transition is complete when: all 640 users can log tickets through the portal, e-mail and telephone; at least 98% of devices are enrolled and reporting; runbooks for the top 40 request types have been approved by Customer; and a two-week parallel run has been completed without any Priority 1 incident being missed. Customer shall confirm completion in writing within five business days after Provider shows that these criteria are met.

3.3 If transition is not completed within the period in clause 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,600 for each day of delay.

## 4. Charges and payment

4.1 The total contract value is CNY 2,190,000, consisting of the transition fee of CNY 84,000 and the monthly service charge of CNY 58,500 for 36 months, as set out in Schedule 2.

4.2 The transition fee is invoiced on the Service Commencement Date. The monthly service charge is invoiced monthly in arrears. Invoices are payable within 30 days of receipt. No advance payment is due.

4.3 Service Credits are deducted from the next invoice.

4.4 The Charges are fixed for the Term and include VAT and all travel within mainland China.

## 5. Customer Data

5.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to provide the Services and shall return it to Customer at the end of the Term.

## 6. Confidentiality

6.1 Each party shall keep confidential all information of the other party that is marked confidential or would reasonably be understood to be confidential, including Customer's price lists, customer lists and supplier terms, and shall not disclose it to any third party without the other party's prior written consent.

6.2 Each party may disclose confidential information to its employees and professional advisers who need to know it and are bound by equivalent obligations, or where required by law.

6.3 This clause survives the end of this Agreement for five years.

## 7. Intellectual property

7.1 Provider retains ownership of its tools, methods and software used to deliver the Services.

7.2 Runbooks, knowledge-base articles, scripts, device configurations and network documentation created for Customer under this Agreement belong to Customer. Customer may use, modify and license them freely, including to a successor provider.

## 8. Personnel and subcontracting

8.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider is responsible for the acts and omissions of its subcontractors.

8.2 Provider shall replace any of its staff working on Customer's premises if Customer reasonably requests it.

## 9. Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the total contract value.

9.2 The limit does not apply to personal injury, fraud, wilful misconduct or breach of clause 6.

9.3 Neither party is liable for indirect or consequential loss.

## 10. Term, remedies and end of the Agreement

10.1 This Agreement starts on signature and continues until the end of the Term. It expires at the end of the Term unless the parties agree in writing to extend it.

10.2 Neither party may terminate this Agreement before the end of the Term, except by mutual written agreement or where a force majeure event prevents performance of substantially all Services for more than 90 consecutive days.

10.3 If Provider fails to meet the Service Levels or otherwise breaches this Agreement, Customer's remedies are the Service Credits under Schedule 3, the delay payment under clause 3.3 and damages under clause 9. A breach does not entitle either party to terminate this Agreement early.

10.4 During the last three months of the Term, Provider shall cooperate with Customer and any successor provider in an orderly handover, including delivery of all runbooks, documentation and ticket history.

## 11. Governing law and disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai. The award is final.

## 12. General

12.1 Amendments must be in writing and signed by both parties.

12.2 Neither party may assign this Agreement without the other party's written consent.

12.3 This Agreement is signed in English and Chinese, and both versions have equal effect.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, portal and e-mail support in Chinese and English for 640 users; ticket logging, triage and resolution | 08:00–20:00 Monday to Saturday; on-call for Priority 1 at all other times |
| End-user devices | Device enrolment, patching, software distribution, antivirus console management, replacement of faulty laptops from Customer's spare pool | Business hours |
| Branch networks | Monitoring and remote support of routers, switches and wireless access points in nine branches and the warehouse; coordination with carriers | 24 × 7 monitoring |
| On-site support | One engineer at Customer's Minhang head office; visits to branches within two business days when remote support cannot resolve an issue | Business hours |
| Reporting | Monthly service report, quarterly service review, annual asset inventory | As stated |

## Schedule 2 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition | One-time, invoiced on the Service Commencement Date | 84,000 |
| Monthly service charge | 640 users and 720 devices, per month | 58,500 |
| Monthly service charge for the Term | 36 months × 58,500 | 2,106,000 |
| Total contract value | | 2,190,000 |
| Additional user | Per user per month | 78 |
| Additional device | Per device per month | 11 |

## Schedule 3 — Service Levels and Service Credits

| Priority | Definition | Response | Resolution or workaround | Service Credit for each failure |
|---|---|---|---|---|
| Priority 1 | Head office, warehouse or a whole branch cannot work, or the order system cannot be reached | 30 minutes | 6 hours | 3% of the monthly service charge |
| Priority 2 | A group of users or a key application is affected | 1 hour | 1 business day | 1% of the monthly service charge |
| Priority 3 | A single user is affected | 2 business hours | 3 business days | None, measured in the monthly report |
| Service desk | Calls answered within 60 seconds | 90% of calls per month | — | 2% of the monthly service charge if missed |

Service Credits in any month are limited to 20% of the monthly service charge.

Signed for Customer: ____________________    Signed for Provider: ____________________
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. WCD-GX-2027-002

PARTIES

1.1 Waioeka Climate Data Limited, a company incorporated in New Zealand, Church Street, Opotiki 3122, New Zealand ("Vendor").

1.2 Guangxi Lvyuan Agritech Co., Ltd., a company incorporated in the People's Republic of China, Nanning, Guangxi Zhuang Autonomous Region ("Customer").

1.3 Customer manages kiwifruit and citrus orchards in Guangxi and Guizhou and advises contract growers on irrigation, frost protection and harvest timing. Vendor operates a data platform that combines weather-station, satellite and orchard-sensor data into micro-climate forecasts, disease-risk indices and harvest-window predictions, delivered through an application programming interface. Customer wishes to subscribe to that data for two Subscription Years.

DEFINITIONS

2.1 "API" means Vendor's programming interface through which the Subscription Data is delivered, together with its documentation.

2.2 "Subscription Data" means the forecasts, indices, predictions and historical climate series that Vendor makes available to Customer under this Agreement.

2.3 "Customer Inputs" means the orchard boundaries, block and variety information, sensor readings, irrigation records and yield data that Customer uploads or sends to Vendor.

2.4 "Custom Feeds" means the data feeds, variety calibrations and mapping scripts that Vendor builds specifically for Customer during onboarding or later at Customer's request.

2.5 "Subscription Year" means each period of one year starting on the Service Start Date or its anniversary.

2.6 "Service Start Date" means the date of Onboarding Acceptance under clause 5.3.

SUBSCRIPTION

3.1 Vendor grants Customer a non-exclusive, non-transferable right during the two Subscription Years to call the API, to use the Subscription Data in its own systems and advisory services, and to pass forecasts and recommendations derived from it to its contract growers.

3.2 The Professional tier includes up to 2,000 orchard blocks, up to three million API calls per month and historical series back to 2005.

3.3 Customer shall not resell the Subscription Data as a data product or make the API available to third parties.

3.4 Customer is responsible for the accuracy of Customer Inputs, for keeping its API keys secret and for telling Vendor promptly if a key may have been exposed. Vendor shall issue a replacement key within one business day of such a notice.

3.5 Vendor may add new data layers and model versions during the term. It shall give Customer at least 60 days' notice before withdrawing an API version that Customer uses and shall keep the previous version running in parallel during that period.

FEES AND PAYMENT

4.1 The fees are:
(a) subscription fee, Professional tier: CNY 264,000 per Subscription Year, CNY 528,000 for the two Subscription Years;
(b) onboarding services, one-time: CNY 36,000.
The total subscription value is CNY 564,000.

4.2 Calls above the monthly allowance are charged at CNY 18 per thousand calls, invoiced monthly in arrears. These charges are not part of the total subscription value.

4.3 The subscription fee is invoiced quarterly in advance in equal instalments of CNY 66,000, the first on the Service Start Date. The onboarding fee is invoiced after Onboarding Acceptance. Invoices are payable within 30 days.

4.4 All fees are in Chinese Yuan, include VAT, and are fixed for both Subscription Years.

ONBOARDING AND ACCEPTANCE

5.1 Within 45 days after signature Vendor shall deliver production API credentials, load Customer's orchard blocks, calibrate the harvest-window model for Customer's kiwifruit and citrus varieties, and build Custom Feeds into Customer's farm-management system.

5.2 Onboarding acceptance criteria: every orchard block supplied by Customer appears with the correct boundary and variety; the API answers 95 percent of test calls within 800 milliseconds during a five-day test; the Custom Feeds deliver daily forecasts to the farm-management system for ten consecutive days without a missed run; and the back-test of the harvest-window model on Customer's last three seasons has been presented and approved by Customer's agronomy team.

5.3 Customer shall test within ten business days after Vendor's notice and then confirm Onboarding Acceptance in writing or list the defects. Use of test credentials is not acceptance.

5.4 If Vendor does not deliver production API credentials and the Custom Feeds by the date in clause 5.1 for reasons within its control, Vendor shall pay Customer delay damages of CNY 120 for each day of delay, up to CNY 6,000 in total.

SERVICE LEVELS

6.1 The API shall be available at least 99.95% of each calendar month, excluding scheduled maintenance announced five days in advance.

6.2 A Severity 1 incident is one where the API cannot be reached or returns no data for all blocks. Vendor shall respond to a Severity 1 incident within 1 hour at any time and restore service within 6 hours. Severity 2 incidents, where a data layer is late or incomplete, shall be answered within 3 hours during business hours.

6.3 If monthly availability falls below the level in clause 6.1, Customer receives a service credit of 5% of that quarter's subscription instalment for each started 0.1 percentage point below it, up to 25%. If Vendor misses a Severity 1 response time, Customer receives a credit of CNY 800 for each hour of delay. Credits are set off against the next invoice.

6.4 Vendor shall send Customer a monthly report showing availability, incidents and data delivery times.

6.5 Vendor shall provide support in English and Chinese through a ticket portal and a telephone line, and shall name a technical account manager who meets Customer's data team each quarter to review the service and planned changes.

CUSTOMER INPUTS AND DATA USE

7.1 Customer Inputs belong to Customer. Vendor shall use them to provide the Subscription Data and the Custom Feeds to Customer.

7.2 Customer grants Vendor a perpetual, royalty-free licence to use Customer Inputs in aggregated and anonymised form to calibrate, validate and improve Vendor's models and data products for all its customers. This licence continues after the end of this Agreement.

7.3 Vendor shall not disclose Customer Inputs to any third party in a form that identifies Customer, its orchards or its growers.

DATA SECURITY

8.1 Vendor shall store Customer Inputs in a data centre in mainland China, encrypt them in transit and at rest, restrict access to named staff with multi-factor authentication and keep access logs for at least one year.

8.2 Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law, including for the names and contact details of contract growers contained in Customer Inputs.

8.3 Vendor shall notify Customer within 24 hours after becoming aware of any unauthorised access to, or loss of, Customer Inputs, shall take immediate steps to contain it, and shall be liable for the losses caused by its breach of this clause.

8.4 At the end of this Agreement Vendor shall return Customer Inputs in a standard format and delete the identifiable copies within 30 days.

8.5 Vendor shall have its security controls audited at least once a year by an independent auditor and shall give Customer a summary of the findings and of the corrective actions on request.

INTELLECTUAL PROPERTY

9.1 Vendor owns the API, its platform, its models and the Subscription Data.

9.2 The Custom Feeds and mapping scripts built for Customer belong to Customer. Vendor shall deliver their source code on request and at the end of this Agreement, and Customer may use and modify them freely.

CONFIDENTIALITY

10.1 Each party shall keep confidential the non-public information received from the other party, including Customer's orchard yields, grower contracts and prices, and Vendor's model documentation, and shall use it only for this Agreement. This clause applies for three years after the end of this Agreement.

LIABILITY

11.1 Each party's total liability under this Agreement is limited to two times the total subscription value.

11.2 The limit does not apply to personal injury, wilful misconduct, or breach of the clauses on data security and confidentiality.

11.3 Vendor does not guarantee the accuracy of any individual forecast. Customer is responsible for its own agronomic decisions.

SUBCONTRACTING

12.1 Vendor shall not subcontract the delivery of the API or the processing of Customer Inputs without Customer's prior written consent, and remains responsible for any approved subcontractor.

TERM AND TERMINATION

13.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new written agreement.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

13.3 If Customer terminates under clause 13.2, Vendor shall refund the prepaid subscription fees for the period after termination.

GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules in force at the time. The award is final and binding.

GENERAL

15.1 Neither party may assign this Agreement without the other party's written consent.

15.2 Neither party is liable for a delay caused by events beyond its reasonable control, provided that it informs the other party promptly and resumes performance as soon as it can.

15.3 Amendments must be in writing and signed by both parties. This Agreement is made in English and Chinese, and both versions have equal effect.

Signed for Customer: ____________________

Signed for Vendor: ____________________
"""

# ---------------------------------------------------------------- targets, labels, checks

TARGETS = {
    "z01": ("h1098z01_housing_bureau_drawing_review_platform.pdf", Z01),
    "z02": ("h1098z02_candyfloss_machine_line_control_retrofit.docx", Z02),
    "z03": ("h1098z03_arabic_school_chain_booking_saas.txt", Z03),
    "z04": ("h1098z04_port_container_yard_system_om_service.txt", Z04),
    "z05": ("h1098z05_cord_studio_process_tracking_supplier_template.md", Z05),
    "e01": ("h1098e01_paper_mill_cmms_perpetual_licence.pdf", E01),
    "e02": ("h1098e02_shipping_crew_fleet_saas_order_form.md", E02),
    "e03": ("h1098e03_cement_condition_monitoring_sensors.docx", E03),
    "e04": ("h1098e04_wine_importer_managed_it_services.md", E04),
    "e05": ("h1098e05_orchard_climate_data_api_subscription.txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

G, S = "goods_or_licence", "service"
# key: (language, category, terms in TERM_KEYS order, sla_clause, ld_stated, capped or None, deemed, contract_value)
D = {
    "z01": ("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9,
                               False, True, False, "PRC", G], True, True, True, False, 1980000),
    "z02": ("zh", "hardware", [None, 1, False, "buyer", True, True, True, 0.1, None, 10, True, True, 18, 26,
                               False, True, False, "PRC", G], True, True, True, False, 1440000),
    "z03": ("zh", "cloud", [99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None,
                            True, True, False, "PRC", S], True, True, None, False, 560000),
    "z04": ("zh", "services", [99.95, 0.25, True, "buyer", True, True, True, 0.03, None, None, True, None, None, None,
                               False, True, True, "PRC", S], True, True, None, False, 780000),
    "z05": ("zh", "software", [None, None, False, "supplier", True, True, False, None, None, 65, False, False, 3, None,
                               False, True, None, None, G], False, False, False, True, 326000),
    "e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11,
                               False, True, False, "New Zealand", G], True, True, True, False, 1968000),
    "e02": ("en", "cloud", [99.95, 0.5, False, "buyer", True, True, True, 500 / 672000 * 100, 9 / 24 * 100, None,
                            True, None, None, None, False, True, False, "PRC", S], True, True, None, False, 672000),
    "e03": ("en", "hardware", [None, 2, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 8,
                               False, True, False, "PRC", G], True, True, True, False, 1686000),
    "e04": ("en", "services", [None, 0.5, True, "buyer", False, True, True, 1600 / 2190000 * 100, 150, None, True,
                               None, None, None, False, False, False, "PRC", S], True, True, None, False, 2190000),
    "e05": ("en", "cloud", [99.95, 1, True, "buyer", True, False, True, 120 / 564000 * 100, 200, None, True, None,
                            None, None, False, True, False, "PRC", S], True, True, None, False, 564000),
}
FORUM_OUTSIDE_MAINLAND = {"e01"}          # NZIAC, seated in Auckland
FEE_BASE = {"z01": 1160000, "z02": 1260000, "e01": 1320000, "e03": 1408600}   # itemised licence / hardware subtotal

DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SLA-NO-REMEDY", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "z05": ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-DATA-OWNERSHIP", "CR-LD-LOW"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high",
        "e01": "low", "e02": "medium", "e03": "low", "e04": "high", "e05": "medium"}

# policy thresholds (v1 defaults)
T_AVAIL, T_P1, T_LD, T_CAP, T_PRE, T_WAR, T_PWF, T_TCO = 99.9, 4, 0.05, 100, 30, 12, 15, 40


def tco_share(key, t, x):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    post_years = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
    fees = post_years * FEE_BASE[key] * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def derive(key, t, x):
    """My reading of policy section 3, applied to the labels."""
    r = set()
    sla = x["sla_clause"]
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < T_AVAIL:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > T_P1:
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
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < T_LD:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < T_CAP:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > T_PRE:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < T_WAR:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > T_PWF:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x)
        if share is not None and share > T_TCO:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# threshold figures, any spelling; self-tested below
BANNED = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?|h\b|小时|个小时)",
    r"(?<!十)四\s*个?\s*小时", r"\bfour\s*(?:\(\s*4\s*\)\s*)?-?\s*hours?",
    r"(?<![\d.])0?\.05(?!\d)", r"万分之五(?!十)", r"0\.5\s*‰", r"千分之零点五",
    r"(?<![\d.])(?:100|30|15|40)\s*(?:%|％|per\s*cent|percent)", r"百分之(?:百|一百|三十|十五|四十)(?![\d一二三四五六七八九点])",
    r"\b(?:hundred|thirty|fifteen|forty)\s*(?:per\s*cent|percent)",
    r"(?<![\d.])12\s*-?\s*(?:months?|个月|mo\b)", r"twelve\s*(?:\(\s*12\s*\)\s*)?-?\s*months?", r"十二\s*个\s*月",
]
MUST_HIT = ["99.9%", "99.9 %", "within 4 hours", "4-hour", "4小时", "四小时", "4 个小时", "0.05%", ".05 %", "万分之五",
            "100%", "30 %", "15 per cent", "40percent", "百分之三十", "百分之十五", "12 months", "12个月", "十二个月",
            "twelve (12) months", "four hours", "forty percent", "12-month"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "二十四小时", "24小时", "14 hours", "0.08%", "0.5%", "万分之八",
             "130%", "150%", "35%", "115%", "140 %", "2012 months", "112个月", "24 months", "3,000", "99.99",
             "百分之三十五", "18个月", "1.05", "万分之五十"]

BANNED_RE = [re.compile(p, re.I) for p in BANNED]


def threshold_hits(text):
    return [p.pattern for p in BANNED_RE if p.search(text)]


def read_back(path):
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
        return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def label(key):
    lang, cat, terms, sla, lds, capped, deemed, cv = D[key]
    t = dict(zip(TERM_KEYS, terms))
    x = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = cv
    return t, x, {"file": TARGETS[key][0], "language": lang, "category": cat, "expected_terms": t,
                  "expected_extra": x, "expected_rules": derive(key, t, x)}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert threshold_hits(s), ("self-test must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("self-test must miss", s, threshold_hits(s))

    binary = {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in TARGETS.items() if v[0].endswith((".docx", ".pdf"))}
    write({k: TARGETS[k][1] for k in binary}, binary, OUT, wrap_words=True)
    for k, (name, src) in TARGETS.items():
        if k not in binary:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    covered = set()
    for k in TARGETS:
        name = TARGETS[k][0]
        t, x, lab = label(k)
        assert list(t) == TERM_KEYS and len(t) == 19
        # no label value on a threshold
        assert t["availability_pct"] != T_AVAIL and t["p1_response_hours"] != T_P1
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - T_LD) > 1e-9
        assert t["liability_cap_pct"] != T_CAP and t["prepayment_pct"] != T_PRE
        assert t["warranty_months"] != T_WAR and t["post_warranty_fee_pct"] != T_PWF
        share = tco_share(k, t, x)
        assert share is None or abs(share - T_TCO) > 2, (k, share)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in x
        # derived rules = design list
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        assert risk_of(lab["expected_rules"]) == RISK[k], k
        covered |= set(lab["expected_rules"])
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        # text as read back
        text = read_back(OUT / name)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            hits = threshold_hits(variant)
            assert not hits, (name, hits)
        if lab["language"] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (name, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (name, n)
        print(f"{name}: {n} {'chars' if lab['language'] == 'zh' else 'words'}; rules {lab['expected_rules']}; "
              f"risk {RISK[k]}" + (f"; TCO share {share:.2f}%" if share is not None else ""))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    compliant = [k for k in TARGETS if not DESIGN[k]]
    assert sorted(compliant) == ["e03", "z01"]
    assert DESIGN["e01"] == ["CR-GOVERNING-LAW"] and 8 <= len(DESIGN["z05"]) <= 10
    assert all(2 <= len(DESIGN[k]) <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
