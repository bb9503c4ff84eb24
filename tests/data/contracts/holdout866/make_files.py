"""holdout866: builds the ten blind held-out draft contracts of this folder from their sources below, writes the .json
labels, and asserts lengths, threshold-free values and text, and rule coverage.
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H866Z01 = """T:景区观光车运营监管平台建设项目合同
P:合同编号：WLJ-ZFCG-2026-017
P:采购人（甲方）：某市文化和旅游局
P:供应商（乙方）：某智行信息技术有限公司
P:根据《中华人民共和国政府采购法》及其实施条例，本项目经公开招标确定乙方为成交供应商。双方依据招标文件、乙方投标文件及中标通知书，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供景区观光车运营监管平台软件许可一套（含车辆定位、线路调度、客流统计、安全预警、驾驶员管理五个模块），并完成与全市十一个A级景区观光车车载终端、票务系统及市智慧旅游平台的对接开发。
P:1.2 定制开发内容包括：监管驾驶舱、超速与偏线告警规则、景区客流承载量联动、投诉工单流转、移动端巡查应用及数据接口，详见附件一《需求规格说明书》。
P:1.3 乙方负责部署、数据初始化、联调测试、试运行保障及对甲方和景区管理人员的培训。培训不少于四期，每期不少于一天，对象包括局监管人员、景区调度员及系统管理员，乙方提供培训教材并进行考核。
P:1.4 平台部署于甲方指定的政务云资源上，乙方不得将平台或数据部署于其他环境。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾捌万捌仟元整（¥1,588,000），为固定总价，含税及乙方完成本项目的全部费用。
P:2.2 分项价格：平台软件许可费¥760,000；定制开发费¥690,000；部署实施及培训费¥138,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款，计¥317,600。
P:3.2 系统通过初步验收后，甲方支付合同总价的45%，计¥714,600。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，计¥555,800。
P:3.4 乙方每次请款前应开具合法有效的增值税发票，甲方按财政资金支付流程办理。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后九十日内完成部署及对接开发并提请初步验收，初步验收通过后进入试运行，试运行期为六十日。
P:4.2 因甲方或景区原因造成的延误，工期相应顺延，但乙方应及时书面告知。
P:4.3 乙方应在合同签订后七日内提交项目实施计划，明确需求调研、开发、部署、联调、培训各阶段的时间节点及交付物，经甲方确认后执行。乙方每两周向甲方提交书面进度报告，遇有可能影响工期的事项应提前告知。
P:4.4 乙方指定项目经理一名，并配备开发、测试及实施人员不少于八人。项目经理及核心技术人员在项目期间不得擅自更换，确需更换的须征得甲方同意，且新人员资历不低于原人员。
P:4.5 乙方人员进入景区作业，应遵守景区安全管理规定及甲方的工作纪律，因乙方人员过错造成的人身或财产损害由乙方负责。
H:第五条 验收
P:5.1 初步验收标准：功能逐项符合附件一；十一个景区车载终端全部接入，定位刷新间隔不超过十秒；告警规则经现场测试有效；平台在三百名并发用户下页面响应不超过三秒；第三方机构出具的安全测评报告无高危问题。
P:5.2 最终验收在试运行期满后进行，标准为：试运行期间无一级故障，接口数据与票务系统日对账一致，甲方及各景区用户确认培训合格，乙方提交源代码、部署文档及操作手册。
P:5.3 验收由甲方组织，可邀请景区代表及相关专家参加。验收不合格的，乙方应在十五日内整改完毕并重新提请验收，由此产生的费用由乙方承担。
P:5.4 系统上线运行、甲方使用或支付款项，均不视为验收合格。验收以甲方签署的验收报告为准。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级及现场技术支持。
P:6.2 质保期内乙方每季度对平台进行一次巡检，提交巡检报告，并在节假日及旅游旺季安排专人值守保障。
P:6.3 质保期满后，如甲方需要，乙方提供年度维护服务，年维护费不超过平台软件许可费的8%，即每年不超过¥60,800，该标准在质保期满后三年内不作上调。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%。
P:7.2 一级故障（平台整体不可用或告警功能失效）乙方应在30分钟内响应、2小时内到场、6小时内恢复；二级故障2小时内响应；三级故障下一工作日处理。
P:7.3 响应或恢复每超时1小时，甲方可扣减维护保证金¥500；月可用率每低于承诺值0.01个百分点，扣减¥1,000，从应付款项中直接扣除。
H:第八条 知识产权
P:8.1 本项目定制开发的程序、源代码、接口、规则配置及相关文档的知识产权归甲方所有，甲方可自行使用、修改或委托第三方维护。
P:8.2 平台软件的原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
H:第九条 数据安全与数据归属
P:9.1 平台采集和产生的车辆轨迹、游客客流、驾驶员信息等全部数据属于甲方所有，乙方不得用于本合同以外的任何目的，不得向第三方提供。
P:9.2 乙方应按照网络安全等级保护第三级要求落实访问控制、加密存储、日志审计等措施，运维操作须经甲方审批并通过堡垒机进行。
P:9.3 乙方不得在其自有设备上留存平台数据，测试使用的数据须经甲方脱敏处理后提供，测试结束后立即删除。合同终止时，乙方应协助甲方完成数据迁移并出具数据删除确认书。
P:9.4 发生数据泄露或安全事件，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的损失由乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对在履约中知悉的甲方工作秘密、景区运营信息及个人信息负有保密义务，未经甲方书面同意不得披露。
P:10.2 保密义务在本合同终止后三年内持续有效。
H:第十一条 违约责任
P:11.1 乙方逾期提请验收或逾期交付的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的系统经两次验收仍不合格的，甲方有权解除合同，乙方退还已收款项并赔偿损失。
P:11.3 甲方无正当理由逾期付款的，按照国家有关规定承担责任。
P:11.4 因不可抗力不能履行合同的，受影响一方应及时通知对方并在十五日内提供证明，可根据影响程度部分或全部免除责任。
H:第十二条 分包与转包
P:12.1 乙方不得将本项目转包，也不得分包。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:第十五条 其他
P:15.1 本合同附件与本合同具有同等效力。附件一：需求规格说明书；附件二：分项报价表；附件三：验收测试方案。
P:15.2 双方指定的联系人及联系方式见附件四。一方变更联系人或地址的，应在三日内书面通知对方，否则按原地址送达的通知视为已送达。本合同未尽事宜，由双方另行签订补充协议，补充协议与本合同具有同等效力。
P:15.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：                    乙方（盖章）：
P:签订日期：2026年    月    日
"""

H866Z02 = """T:生产线控制系统改造项目合同
P:合同编号：ZDC-JG-2026-031
P:甲方：某县恒舒坐垫制品厂
P:乙方：某工控自动化工程有限公司
P:甲方拟对厂区裁切、充填、缝合三条坐垫生产线的控制系统进行改造，乙方具备相应的设计、供货及实施能力。双方经平等协商，就改造项目的设备供货、软件许可、安装调试及后续维保事宜订立本合同。
H:第一条 项目范围
P:（一）拆除三条生产线原有继电器控制柜，更换为PLC控制系统，加装伺服驱动、触摸屏及视觉检测单元，实现裁切尺寸自动调整、充填重量闭环控制及缝线断线自动停机。
P:（二）部署产线数据采集与监控软件，采集设备状态、产量、能耗及不良品数据，与甲方现有ERP系统对接生产工单。
P:（三）改造后拆下的原控制柜、继电器及线缆归甲方所有，由乙方清点后移交甲方仓库。
P:（四）乙方负责方案设计、设备供货、安装接线、程序编写、联调试车、操作及维修人员培训，交付全部技术资料。
H:第二条 合同价款
P:（一）合同总价为人民币壹佰肆拾叁万陆仟元整（¥1,436,000），含设备、软件、运输、安装、调试、培训及税费。分项价格如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制器（含I/O模块）|6套|68,000|408,000
TB:2|伺服驱动及电机|24套|11,500|276,000
TB:3|触摸屏HMI|12台|6,500|78,000
TB:4|工业交换机及布线材料|1批|96,000|96,000
TB:5|视觉检测单元|4套|42,000|168,000
TB:6|产线数据采集与监控软件许可|1套|270,000|270,000
TB:|设备及软件小计|||1,296,000
TB:7|安装调试|1项|98,000|98,000
TB:8|培训及技术资料|1项|42,000|42,000
TB:|合计|||1,436,000
P:（二）上述价格为固定价格，不因材料或人工价格变化而调整。
H:第三条 付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，计¥287,200。
P:（二）设备全部到货并安装完毕，经甲方签收后十个工作日内，支付合同总价的45%，计¥646,200。到货签收不代表质量验收。
P:（三）项目通过最终验收后十个工作日内，支付合同总价的35%，计¥502,600。
H:第四条 交货与工期
P:（一）乙方应在合同生效后四十五日内将全部设备运抵甲方厂区。为减少停产影响，改造按生产线逐条进行，每条生产线停线改造时间不超过七日，具体安排由双方书面确认。
P:（二）全部改造应在设备到货后六十日内完成并具备验收条件。乙方每周向甲方提交施工进度及下周计划，进度滞后的应说明原因并提出赶工措施。
P:（三）甲方负责提供施工所需的电源、场地及停线时间，并指派设备科人员配合。乙方施工人员应遵守甲方厂区安全管理制度，动火、登高及带电作业须办理作业许可，施工垃圾当日清理。
H:第五条 培训与技术资料
P:（一）乙方应对甲方操作工、班组长及设备维修人员分别培训，培训不少于六个班次，内容包括设备操作、日常点检、常见故障处理及程序备份恢复，培训结束后进行实操考核。
P:（二）乙方应在最终验收前交付电气原理图、接线图、PLC程序备份、参数清单、设备说明书、备品备件清单及维修手册各两套，并提供电子版。
H:第六条 验收
P:（一）验收标准：裁切尺寸偏差不超过±1毫米；充填重量偏差不超过±2%；断线检测停机时间不超过0.5秒；三条生产线连续带料运行七十二小时无停机故障；监控软件采集数据与现场计数一致，ERP工单对接正常。
P:（二）每条生产线改造完成后先进行单线验收，三条生产线均通过后进行最终验收，由甲方签署验收报告。试车期间甲方的正常生产或使用，不视为验收合格。
P:（三）验收不合格的，乙方应在十日内整改并重新验收，费用由乙方承担。
H:第七条 质量保证
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内，设备及软件非人为损坏的，乙方免费维修或更换，并免费提供软件升级。
P:（二）乙方应在甲方厂区存放常用备品备件，包括PLC输入输出模块、伺服驱动器、触摸屏及视觉相机各若干，备件清单作为合同附件，质保期内备件消耗由乙方及时补足。
P:（三）质保期内，乙方每季度到厂巡检一次，对控制柜、伺服系统及视觉单元进行检查保养，提交巡检记录。
H:第八条 故障响应
P:（一）导致生产线停线的一级故障，乙方应在1小时内响应，3小时内到达现场，当日内排除；其他故障2小时内响应，次日内排除。
P:（二）乙方响应或到场每超时1小时，按¥800向甲方支付违约金；因超时造成停线损失的，另行赔偿。
H:第九条 质保期后维保
P:（一）质保期满后，乙方提供年度维保服务，内容包括驻场工程师一名、定期巡检、备品备件更换及软件升级。年度维保费按设备及软件小计的24%计取，即每年¥311,040，在质保期满后三年内保持不变。
P:（二）维保合同按年度另行签订，甲方可以选择不续签。
H:第十条 知识产权
P:（一）乙方为本项目编写的PLC程序、HMI画面、视觉检测算法参数、接口程序及源代码，知识产权归甲方所有，甲方可自行修改、使用或委托他人维护。
P:（二）监控软件及设备固件的原有知识产权归其权利人，甲方获得永久使用许可。
H:第十一条 数据安全
P:（一）生产数据、工艺参数及配方属于甲方所有，乙方不得用于本合同以外的目的。
P:（二）产线控制网络应与办公网络隔离，乙方应在交换机及监控服务器上按甲方要求设置访问控制，关闭不必要的端口和服务，监控软件账号按岗位分配权限。
P:（三）乙方远程维护须经甲方逐次批准，通过甲方提供的VPN账号接入并留存操作日志；乙方不得将甲方数据拷出厂区。
P:（四）因乙方原因造成数据泄露或生产系统被入侵的，乙方应在2小时内通知甲方，协助处置并赔偿甲方损失。
H:第十二条 保密
P:乙方及其人员对履约中知悉的甲方工艺、配方、客户及经营信息负有保密义务，合同终止后三年内仍然有效。
H:第十三条 分包
P:乙方可将电气安装接线及线槽施工分包给具备相应资质的单位，但应提前三日书面通知甲方，并对分包单位的施工质量和安全负责。
H:第十四条 违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:（三）因乙方施工造成甲方设备损坏或人员伤害的，由乙方承担赔偿责任。
P:（四）因不可抗力不能按期履行的，受影响方应及时通知对方并提供证明，履行期限相应顺延。
H:第十五条 合同解除
P:乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权解除合同，乙方应退还已收款项中对应未完成部分的款项并赔偿损失。因不可抗力致使合同目的无法实现的，任何一方可书面通知对方解除合同，已完成部分按实际结算。
H:第十六条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院起诉。
H:第十七条 其他
P:（一）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。一方变更联系人、地址或银行账户的，应提前书面通知对方。
P:（二）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术方案、设备清单、验收测试记录表。
P:甲方（盖章）：            乙方（盖章）：
"""

H866Z03 = """定音鼓培训门店预约及会员管理系统服务合同

合同编号：DYG-SaaS-2026-008
甲方：某鼓韵定音鼓艺术培训连锁有限公司
乙方：某云课堂网络科技有限公司

甲方在本市及周边城市经营四十家定音鼓培训门店，拟采用乙方的预约排课及会员管理云服务。双方经友好协商，订立本合同。

一、服务内容
（一）乙方向甲方四十家门店提供预约排课及会员管理系统的云端订阅服务，包括：
1. 学员在线预约、排课、调课及签到；
2. 会员卡、课时包、储值及续费管理；
3. 琴房及定音鼓等乐器的占用排期；
4. 教师课表、课时统计及薪酬核算数据导出；
5. 门店经营报表及总部汇总驾驶舱。
（二）实施服务：乙方负责系统开通、四十家门店的基础数据配置、甲方原有会员及课时数据的迁移、微信小程序预约页面的定制、与甲方财务软件的数据接口开发，以及对门店店长和前台人员的培训。
（三）服务期为两个服务年度。第一服务年度自上线验收合格之日起算，第二服务年度紧接第一服务年度。
（四）服务期内，乙方每半年为甲方新任店长和前台人员组织一次线上培训，并提供操作手册和视频教程的更新版本，不另收费。

二、服务费用
（一）合同总价为人民币捌拾伍万肆仟元整（¥854,000），包括：
1. 订阅服务费：每家门店每服务年度¥9,600，四十家门店每服务年度合计¥384,000，两个服务年度合计¥768,000；
2. 实施服务费：¥86,000，为一次性费用。
（二）服务期内门店数量增加的，新增门店按同一单价按剩余月数折算；门店关闭的，自次月起相应减少。

三、付款方式
（一）实施服务费在上线验收合格后十五个工作日内一次性支付。
（二）各服务年度的订阅服务费，在该服务年度开始后十五个工作日内支付。
（三）乙方应在每次付款前开具增值税专用发票。甲方不向乙方支付任何预付款。

四、实施与上线验收
（一）乙方应在合同签订后四十日内完成全部实施工作并提请上线验收。
（二）上线验收标准：
1. 第一部分所列功能逐项测试通过；
2. 迁移的会员、余额及剩余课时与甲方原系统核对一致，差错为零；
3. 小程序在两千名用户同时预约时页面响应不超过两秒；
4. 财务接口数据连续十日与财务软件核对一致；
5. 门店店长及前台人员培训考核合格。
（三）验收通过后由甲方出具上线验收单。系统试用或甲方付款不视为验收合格。

五、服务水平
（一）乙方承诺系统月可用率不低于99.5%，计划内维护应安排在每日凌晨一时至六时，并提前三日通知甲方。
（二）故障分级及响应：
1. 一级故障（全部或多数门店无法预约、签到或收款）：30分钟内响应，2小时内恢复；
2. 二级故障（单个门店或单个功能不可用）：1小时内响应，8小时内恢复；
3. 三级故障（一般问题及咨询）：下一工作日内答复。
（三）服务补偿：月可用率每低于承诺值0.1个百分点，乙方按当月订阅服务费的2%给予服务抵扣；一级故障响应或恢复每超时1小时，乙方支付¥300。服务抵扣从下一期费用中扣除。

六、数据归属与数据安全
（一）甲方及学员在系统中产生的会员信息、学员信息、预约和课时记录、消费数据均属于甲方所有，乙方仅为提供本合同服务而处理，不得用于其他任何目的。
（二）乙方应将数据存储于中国境内的数据中心，落实访问控制、加密传输与存储、操作日志留存和每日备份，遵守《中华人民共和国个人信息保护法》。
（三）发生数据泄露或安全事件的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方赔偿。
（四）乙方工作人员访问甲方数据须经甲方授权，仅限处理工单所需范围，乙方应对其员工进行保密及安全培训并签署保密承诺。
（五）服务期满或合同解除后三十日内，乙方应按甲方要求完整导出全部数据并交付甲方，随后删除其留存的数据并出具书面确认。

七、知识产权
（一）系统平台的知识产权归乙方所有。
（二）为甲方定制的小程序预约页面、财务数据接口程序及专用报表，知识产权归甲方所有，乙方应交付源代码。

八、日常支持与版本升级
（一）服务期内乙方提供每日八时至二十二时的客服热线及在线工单支持，门店前台人员可直接提交问题。
（二）乙方每季度对系统进行功能更新，重大版本变化应提前十五日通知甲方，并提供更新说明和必要的线上培训；更新不得减少本合同约定的功能，不得导致甲方已配置的数据丢失。
（三）新开门店的开通及基础配置由乙方在接到甲方通知后五个工作日内完成，不另收实施费。
（四）乙方每季度向甲方提交服务报告，内容包括可用率统计、故障处理记录、工单处理时长及改进措施。

九、甲方义务
（一）甲方应指定总部系统管理员一名，负责门店账号的开通、停用及权限分配，并对本方账号的使用负责。
（二）甲方应按约定期限提供原有会员及课时数据、门店信息、课程价目等实施所需资料，并对资料的真实性负责。
（三）甲方应按本合同约定支付费用。

十、保密
双方对履约中知悉的对方商业秘密及学员个人信息负有保密义务，未经对方书面同意不得披露。保密义务不因合同终止而失效。

十一、续期
服务期满前三十日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，以此类推。续期服务年度的订阅服务费由乙方根据其届时价格体系调整，并于续期前通知甲方。

十二、违约责任
（一）乙方未按期完成上线的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
（二）因乙方原因导致甲方会员数据错误、课时或余额丢失的，乙方应负责恢复，并赔偿甲方因此向学员退费或补偿的损失。
（三）甲方逾期支付费用的，每逾期一日按应付未付金额的万分之三支付违约金，但乙方不得因此中断服务。
（四）乙方对本合同项下的累计赔偿责任以合同总价的两倍为限，但因故意、重大过失或违反第六条造成的损失不受此限。

十三、分包
乙方不得将本合同项下的服务转包；确需将部分实施工作分包的，应事先取得甲方书面同意。

十四、合同解除
乙方严重违约，或连续两个月月可用率低于承诺值的，甲方有权书面通知解除合同，乙方应退还未履行期间的费用并赔偿损失。合同解除后，乙方应继续提供不少于三十日的过渡服务，并配合甲方完成数据导出和迁移，过渡期间按原单价折算收费。

十五、不可抗力
因地震、洪水、公共网络大面积中断等不可抗力导致服务中断的，受影响方应及时通知对方，并在不可抗力消除后尽快恢复服务；不可抗力持续超过三十日的，任何一方可解除合同，已付未履行期间的费用按日退还。

十六、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，提交成都仲裁委员会仲裁。

十七、其他
（一）双方的通知以书面形式送达本合同所载地址或电子邮箱。一方变更联系方式的，应提前五日通知对方。
（二）本合同附件包括：服务功能清单、门店清单、上线验收测试表、服务水平明细，附件与本合同具有同等效力。
（三）本合同未尽事宜由双方另行协商并签订补充协议，补充协议与本合同具有同等效力。门店名称、地址及开通时间以附件门店清单为准。
（四）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
"""

H866Z04 = """微型消防站联网管理系统运维服务合同

项目编号：XFJY-CS-2026-004（竞争性磋商）
采购人（甲方）：某市消防救援支队
供应商（乙方）：某安消智联科技有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对微型消防站联网管理系统提供运维服务。双方协商一致，订立本合同。

1 服务内容与服务期
1.1 运维对象：微型消防站联网管理系统，包括支队部署的管理平台、数据库及中间件，全市八十六个微型消防站的值守终端、视频监控、物联网感知设备、语音对讲设备和通信链路。
1.2 服务内容：
（1）平台及终端的日常监测、故障处理、数据备份与恢复；
（2）每月对全部站点进行一次远程巡检，每季度进行一次现场巡检，出具巡检报告；
（3）平台补丁更新、安全加固及漏洞整改配合；
（4）站点新增、撤并时的设备迁移和平台配置；
（5）重大节日、重要活动期间的专项保障；
（6）对支队及站点值守人员的操作培训，每季度不少于一次；
（7）服务期内提交一份系统健康评估报告，对平台性能、设备老化及安全风险提出改进建议。
1.3 乙方在支队指挥中心派驻运维工程师两名，工作日八时三十分至十八时在岗，其余时间安排工程师电话值守，节假日值守安排提前报甲方。
1.4 服务期自2026年3月1日起至2027年2月28日止。

2 服务费用与支付
2.1 服务费总额为人民币伍拾捌万陆仟元整（¥586,000），为固定总价，包括人员、工具、差旅、备品备件及税费。更换损坏的站点终端设备，单台价格超过¥3,000的，由甲方另行采购，乙方负责安装调试。
2.2 服务费按季度支付。每季度结束、经甲方季度考核后十五个工作日内，甲方支付当季度服务费¥146,500。
2.3 乙方应在每次付款前提供合法有效的发票，并附当季度运维月报及考核表。

3 运维交接与服务验收
3.1 乙方应在服务期开始之日起十五日内完成与原运维单位的交接，包括系统账号、资产台账、配置文档、历史故障记录及备份数据的清点，并提交交接报告。
3.2 交接验收标准：资产台账与现场清点一致；全部站点在线并能与平台正常通信；平台及数据库备份可成功恢复；乙方运维人员到岗并通过甲方的安全审查。交接验收由甲方出具书面意见。
3.3 季度考核内容：站点在线率、故障响应和修复时限、巡检完成率、文档完整性及值守人员满意度，考核结果书面通知乙方。考核发现的问题，乙方应在十日内完成整改并报甲方复核，复核情况记入下一季度考核。
3.4 服务期满前十五日，甲方组织年度服务验收，标准为：全年巡检报告齐全，平台运行记录、故障工单及整改记录完整，系统配置文档与现场一致，全部资料和账号已移交甲方。

4 服务水平
4.1 管理平台月可用率不低于99.95%。站点终端的在线情况按月统计，纳入季度考核。
4.2 故障分级与处理时限：
（1）一级故障（平台中断、多个站点失联或报警信息无法推送）：15分钟内响应，1小时内到达现场，3小时内恢复；
（2）二级故障（单个站点终端或视频失效）：30分钟内响应，当日内修复；
（3）三级故障（一般功能问题）：2小时内响应，三个工作日内修复。
4.3 乙方未达到上述服务水平的，应向甲方书面说明原因，并在甲方要求的期限内提出整改措施。

5 数据安全
5.1 系统中的站点信息、报警记录、视频资料及人员信息均属于甲方所有，乙方仅为履行本合同使用，不得复制、留存或向任何第三方提供。
5.2 乙方应遵守网络安全等级保护制度的要求，运维操作须通过甲方堡垒机并全程留存日志，远程运维须经甲方逐次审批，不得私自安装远程控制软件。
5.3 乙方应每日对平台数据库进行增量备份、每周进行全量备份，备份数据存放于甲方指定的存储设备，每季度进行一次恢复测试。
5.4 发生数据泄露、系统被入侵等安全事件的，乙方应在1小时内报告甲方，配合调查处置；因乙方原因造成的损失和不良影响，由乙方承担全部责任。

6 保密
6.1 乙方及其人员对履约中接触的消防救援工作信息、站点部署、通信方式及其他未公开信息负有保密义务，不得以任何方式泄露。
6.2 乙方运维人员须签署保密承诺书。保密义务在合同终止后继续有效。

7 知识产权
乙方在服务期内编写的运维脚本、巡检报告、配置文档及工具程序，知识产权归甲方所有，乙方应在每季度末将更新后的版本移交甲方，甲方可自行使用、修改或交由其他单位使用。

8 人员与备件管理
8.1 驻场人员应具备计算机或通信相关专业背景及两年以上同类系统运维经验，名单报甲方备案，未经甲方同意不得更换。驻场人员请假的，乙方应安排同等能力人员顶岗。
8.2 乙方人员应遵守甲方营区管理和值班纪律，进入指挥中心机房须登记，不得携带无关的存储介质。
8.3 乙方应在本市设置备件库，储备值守终端、摄像机、交换机、电源模块等常用备件，保证一级故障所需备件可在1小时内运抵现场。备件清单每季度报甲方备查。

9 服务报告与应急保障
9.1 乙方每月五日前提交上月运维月报，内容包括平台可用率、站点在线统计、故障工单、巡检发现问题及处理情况、下月工作计划。
9.2 乙方应编制系统故障、网络中断、数据损坏三类应急预案，报甲方审定后每半年组织一次演练，演练记录归档。
9.3 遇灾害事故处置、重大活动安保等任务，乙方应按甲方通知增派技术人员现场保障，保障期间一级故障须立即处理。

10 甲方义务
10.1 甲方提供驻场人员办公场所、平台运行所需的机房环境及必要的网络接入条件。
10.2 甲方指定专人负责运维工作的协调、审批和考核，并及时向乙方提供站点变动信息。站点新增或撤并的，甲方应提前五个工作日通知乙方，以便乙方安排设备迁移和平台配置。
10.3 服务期满时，乙方应配合甲方或新的运维单位完成交接，移交全部账号、文档、备份数据及未结工单，交接期间不得中断服务。

11 分包
乙方不得将本合同服务转包或分包，不得以劳务派遣等方式变相分包，驻场人员须为乙方正式员工并由乙方缴纳社会保险。

12 违约责任
12.1 乙方未按3.1约定完成运维交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
12.2 因乙方运维不当造成设备损坏或数据丢失的，乙方负责修复并赔偿损失。
12.3 乙方人员违反保密或安全管理规定的，乙方应立即调离该人员，并承担由此造成的损失。
12.4 甲方无正当理由逾期支付服务费的，按应付金额承担相应利息。

13 合同的变更和解除
13.1 经双方协商一致，可以书面变更或解除本合同。
13.2 因不可抗力致使合同目的无法实现的，任何一方可以书面通知对方解除本合同。

14 法律适用与争议解决
本合同适用中华人民共和国法律。发生争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。

15 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分，与本合同约定不一致的，以本合同为准。附件：运维对象清单、站点清单、季度考核表、故障工单模板。

甲方（盖章）：                    乙方（盖章）：
签订日期：2026年  月  日
"""

H866Z05 = """# 匠迹工艺流程追溯系统软件许可及定制开发合同

（乙方标准合同文本 V1.3）

合同编号：JJ-HT-2026-0412

甲方（用户）：某县葫芦雕艺术工作室

乙方（开发方）：某匠迹软件科技有限公司

甲乙双方本着平等自愿的原则，就甲方购买乙方“匠迹工艺流程追溯系统”软件许可并委托乙方进行定制开发事宜，经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供匠迹工艺流程追溯系统（标准版）软件许可一套，许可用户数为三十个，许可方式为永久许可，部署于甲方自备服务器。

1.2 乙方根据甲方葫芦雕作品的制作流程进行定制开发，主要包括：选料、晾晒、刮皮、打磨、雕刻（针刻、烙画、镂空）、上色、上蜡、装盒各工序的流转记录；每件作品的二维码身份标识；工序照片上传；作者及工时统计；原料葫芦库存及成品出入库；作品证书生成与线上查询页面。

1.3 乙方负责系统安装部署，并为甲方提供一次集中培训，培训时长为一天，内容包括系统操作、二维码标签打印、工序扫码及常见问题处理。培训后甲方人员的再次培训按乙方收费标准另行计费。

## 第二条 合同金额

2.1 本合同总金额为人民币叁拾叁万捌仟元整（¥338,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠迹工艺流程追溯系统软件许可（永久，三十用户） | 186,000 |
| 2 | 定制开发 | 128,000 |
| 3 | 部署及培训 | 24,000 |
| | 合计 | 338,000 |

2.2 上述金额不含甲方服务器、扫码枪、标签打印机等硬件费用，甲方可自行采购，也可委托乙方代为采购，代购费用另计。

2.3 软件许可费一经支付，除本合同另有约定外不予退还。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总金额的65%，即¥219,700。

3.2 系统部署完成后五个工作日内，甲方支付剩余35%，即¥118,300。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，且乙方有权暂停开发或技术支持工作。

## 第四条 交付

4.1 乙方应在收到首期款后七十五日内完成定制开发及部署，具体进度由乙方项目经理安排并通知甲方。

4.2 甲方应在乙方要求的时间内提供工序说明、作品样例、照片及基础数据；因甲方资料提供延误或需求变更造成的延期，乙方不承担责任，交付时间相应顺延。

4.3 乙方交付的内容包括：系统安装程序及授权文件、定制功能模块、管理员账号、用户操作手册（电子版）。源代码、数据库设计文档及接口文档不属于交付范围。

4.4 需求变更超出第1.2条范围的，乙方另行报价，双方签订补充协议。

## 第五条 软件许可范围

5.1 甲方获得的软件许可为非独占、不可转让的使用许可，仅限甲方工作室内部使用，许可用户数以第1.1条为准。甲方需增加用户数的，按乙方届时的报价另行购买。

5.2 甲方不得将软件出租、出借、转售或用于为第三方提供服务，不得对软件进行反向工程、反编译或拆解。

5.3 软件中包含的第三方开源组件，按其各自的许可协议使用。

## 第六条 甲方的责任

6.1 甲方应自行准备符合乙方要求的服务器、操作系统、数据库及网络环境，并负责其日常运行和安全防护。

6.2 甲方应指定一名系统管理员，负责账号分配、密码管理及数据的日常录入和核对，并做好数据备份。

6.3 甲方应保证所提供的作品照片、作者信息等资料不侵犯任何第三方的合法权益；因甲方提供资料引起的纠纷由甲方自行负责。

## 第七条 验收

7.1 系统部署完成并向甲方交付管理员账号之日，即视为甲方验收合格。

7.2 甲方在使用中发现的问题，可通过乙方客服渠道反馈，乙方在后续版本中统一处理。

## 第八条 知识产权

8.1 匠迹工艺流程追溯系统及其所有版本的知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、页面、程序及相关文档，其知识产权同样归乙方所有，乙方有权将其纳入产品标准版本并向其他客户提供。甲方在许可范围内享有使用权，不得自行修改、反编译或提供给第三方。

## 第九条 技术支持与维护

9.1 自系统部署完成之日起六个月为免费维护期，乙方通过电话、微信及远程方式提供技术支持，尽合理努力及时解决甲方反映的问题。

9.2 免费维护期满后，甲方如需继续获得技术支持及升级服务，应按乙方当年公布的服务价格标准支付年度服务费。

9.3 免费维护期内，乙方发布的标准版补丁可免费提供；涉及新功能的大版本升级，甲方需另行购买升级服务。定制功能模块在标准版升级后如需重新适配，适配费用由甲方承担。

9.4 乙方提供技术支持的时间为法定工作日，节假日期间的支持需求顺延至下一工作日处理。需要乙方派员到甲方现场的，甲方应承担差旅费用。

9.5 因甲方自行修改系统配置、服务器故障或操作不当引起的问题，不属于免费维护范围。

## 第十条 数据

10.1 甲方录入系统的作品信息、工序照片、作者信息及销售数据归甲方所有。

10.2 甲方同意，乙方可将上述数据经脱敏处理后用于产品改进、算法训练及行业分析，并可在宣传材料中使用脱敏后的作品照片。

10.3 乙方对其远程维护行为采取必要的安全措施，远程连接须经甲方同意并使用一次性口令，维护完成后断开连接；乙方不得在维护中拷贝甲方数据。因乙方原因导致甲方数据泄露的，乙方应及时通知甲方并承担相应赔偿责任。

## 第十一条 保密

11.1 双方对在合作中获知的对方商业信息、技术资料负有保密义务，未经对方书面许可不得向第三方披露。

11.2 保密期限为合同终止后两年。

11.3 乙方在宣传材料、案例介绍中提及甲方名称及合作情况的，不视为违反保密义务。

## 第十二条 违约责任

12.1 乙方未按期交付的，每逾期一日按合同总金额的万分之二向甲方支付违约金，违约金总额不超过合同总金额的5%。

12.2 乙方交付的系统存在缺陷的，乙方负责修复，修复后即视为乙方已履行交付义务，甲方不得以此为由拒付款项。

12.3 任何一方违反本合同约定给对方造成损失的，应赔偿对方的直接损失，间接损失和可得利益损失除外。

## 第十三条 合同解除

13.1 一方严重违反本合同约定，经对方书面催告后三十日内仍未改正的，守约方有权书面通知解除本合同。

13.2 甲方单方解除合同的，已支付的款项不予退还。

13.3 合同解除后，甲方应停止使用尚未付清款项部分对应的定制功能模块，乙方有权收回相应授权。

## 第十四条 不可抗力

因不可抗力或政府行为、网络运营商故障、黑客攻击等乙方无法控制的原因，导致乙方不能按期履行本合同的，乙方不承担违约责任，履行期限相应顺延。

## 第十五条 争议解决

15.1 本合同适用中华人民共和国法律。

15.2 因本合同产生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 双方的通知可通过合同所载地址、电子邮箱或微信工作群发送，发送即视为送达。

16.3 本合同为乙方标准文本，双方另有约定的，以补充协议为准。

甲方（签章）：　　　　　　　　乙方（签章）：

日期：　　年　　月　　日
"""

H866E01 = """T:Software Licence and Services Agreement
P:Agreement No. FT-CN-2026-014
P:This Agreement is made between Foshan Hengtao Ceramics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Foshan, Guangdong (the "Customer"), and Fornotec Software, Lda., a company incorporated in Portugal with its registered office in Elvas, Portugal (the "Vendor").
P:The Customer operates four tile production lines with roller kilns and wishes to license the Vendor's kiln scheduling and quality management software and to obtain related configuration, interface and training services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's KilnPlan scheduling and quality management software, version 7, in object code, including the modules for firing-curve management, kiln load scheduling, defect classification and shift reporting, together with its user documentation.
P:1.2 "Custom Deliverables" means the configurations, interfaces, reports, scripts and documents produced by the Vendor specifically for the Customer under this Agreement, including the interfaces to the Customer's ERP system and to the kiln PLC data gateway.
P:1.3 "Customer Data" means all data entered into, generated by or processed through the Software at the Customer's sites, including production, recipe, quality and personnel data.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the acceptance tests have been passed.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software on the Customer's servers in mainland China for its own business, for up to eighty named users and four production lines, including use by its contractors acting on its behalf.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery purposes.
P:2.3 The licence survives any termination of this Agreement once the Licence Fee has been paid, except termination by the Vendor for non-payment of the Licence Fee.
H:Article 3 Services
P:3.1 The Vendor shall install the Software, configure it for the Customer's four production lines, develop the interfaces described in Annex 1, migrate the kiln recipes held in the Customer's current spreadsheets, and train the Customer's process engineers, shift leaders and system administrators.
P:3.2 The Vendor shall deliver the Services according to the project plan in Annex 2. Installation shall be completed within 70 days after the Effective Date and the system shall be ready for acceptance testing within 110 days after the Effective Date.
P:3.3 The Vendor shall appoint a project manager who speaks Chinese or shall provide a qualified interpreter at its own cost for all meetings, training sessions and site work.
P:3.4 The Customer shall provide server hardware, operating system licences, network access, a project contact person and reasonable access to its plant during working hours.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,680,000, inclusive of all applicable taxes in the People's Republic of China, made up as follows: Licence Fee CNY 1,240,000; configuration and interface services CNY 386,000; training and go-live support CNY 54,000.
P:4.2 The Customer shall pay the Contract Price in three instalments: 10% (CNY 168,000) within 30 days after signature of this Agreement; 55% (CNY 924,000) within 30 days after the Vendor's notice that installation is complete, confirmed by the Customer's site manager; and 35% (CNY 588,000) within 30 days after Final Acceptance.
P:4.3 Payments shall be made in CNY by bank transfer against a valid invoice. Each party bears its own bank charges.
P:4.4 Travel and accommodation costs of the Vendor's personnel are included in the Contract Price.
H:Article 5 Acceptance
P:5.1 After installation, the parties shall carry out the acceptance tests set out in Annex 3. The tests shall confirm in particular that: (a) all functions listed in Annex 1 operate as specified; (b) firing-curve data from each kiln is received by the Software within ten seconds; (c) kiln load schedules are generated for all four lines and transferred to the ERP system without error over ten consecutive production days; (d) defect classification results match the manual inspection records for a sample of two thousand tiles within the tolerance in Annex 3; and (e) no Severity 1 defect remains open.
P:5.2 If a test fails, the Vendor shall correct the failure within fifteen days and the test shall be repeated at the Vendor's cost.
P:5.3 Final Acceptance occurs only when the Customer signs the acceptance certificate. Installation, productive use of the Software or payment of any instalment does not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with their specifications and documentation for a warranty period of 18 months from Final Acceptance. During the warranty period the Vendor shall correct defects and provide all new releases free of charge.
P:6.2 Severity 1 incidents (a production line cannot be scheduled or firing data is lost) shall be responded to within 2 hours, at any time, by a qualified engineer working remotely, and a workaround shall be provided within 8 hours. Severity 2 incidents shall be responded to within one business day.
P:6.3 For each full hour by which the Vendor exceeds the Severity 1 response or workaround time, the Vendor shall pay the Customer a service credit of CNY 1,000, which the Customer may deduct from any amount due to the Vendor.
P:6.4 After the warranty period, the Customer may order annual support at a fee of 11% of the Licence Fee (CNY 136,400 per year). This fee is fixed for the first three support years. Each support year is ordered separately and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables belong to the Customer from creation. The Vendor shall deliver their source code and documentation at Final Acceptance, and the Customer may use, modify and license them freely.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access and process it only to perform this Agreement and shall not use it for any other purpose, including product development or benchmarking.
P:8.2 Remote access by the Vendor shall take place only through the Customer's VPN, with individual accounts and multi-factor authentication, after the Customer's approval for each session. The Vendor shall not copy Customer Data outside the Customer's systems or transfer it outside mainland China.
P:8.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 12 hours after becoming aware of it, cooperate in its investigation and remedy, and compensate the Customer for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's recipes, production figures and quality records, and shall use it only for this Agreement.
P:9.2 This obligation continues for three years after the end of this Agreement; for the Customer's recipes it continues without limit of time.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to make the system ready for acceptance testing by the date in Article 3.2 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, fraud, wilful misconduct, or breach of Articles 8 and 9.
P:10.3 Neither party is liable for loss of profit or indirect loss, except in the cases excluded from the limit in Article 10.2.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the Services without the Customer's prior written consent. The Vendor remains fully responsible for any subcontractor so approved.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after written notice, or if the liquidated damages under Article 10.1 reach their maximum.
P:12.2 On termination by the Customer under Article 12.1 before Final Acceptance, the Vendor shall refund the amounts paid for Services not accepted.
P:12.3 The Vendor may terminate this Agreement if the Customer fails to pay an undisputed amount within 60 days after a written reminder.
P:12.4 Termination does not affect the licence under Article 2.3 or any rights and obligations accrued before termination.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect. The time for performance is extended by the period of the delay. If such an event lasts more than 60 days, either party may terminate this Agreement by written notice.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Portugal.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the competent courts of Elvas, Portugal.
H:Article 15 General
P:15.1 This Agreement, with its Annexes, is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is signed in English and Chinese, and the English version prevails in case of conflict.
P:Annex 1: Functional scope and interfaces. Annex 2: Project plan. Annex 3: Acceptance tests.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

H866E02 = """# ShelfWise Subscription Order Form and General Terms

Order Form No. PLN-OF-2026-0093

## Part A - Order Form

### A1. Parties

- **Provider:** Planora Sistemas, S.A., a company incorporated in Portugal, registered office in Portalegre, Portugal.
- **Customer:** Hangzhou Linmu Home Furnishings Co., Ltd., a company incorporated in the People's Republic of China, registered office in Hangzhou, Zhejiang.

### A2. Subscribed Services

The Customer subscribes to ShelfWise Enterprise, the Provider's cloud service for store layout, planogram design, shelf compliance photo checks and visual merchandising task management, for 220 stores, together with the ShelfWise Analytics add-on. The Provider shall also perform the one-time onboarding services described in A5.

### A3. Subscription Term

The Subscription Term is 24 months, made up of two Subscription Years. Subscription Year 1 begins on the Service Start Date, which is the date on which the Provider makes the production tenant available to the Customer's administrators. The Provider shall make the production tenant available within 20 days after signature. This Order Form does not renew automatically; any extension requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Annual fee (CNY) | Fees for the Subscription Term (CNY) |
|---|---|---|---|
| ShelfWise Enterprise subscription | 220 stores x CNY 1,240 per store per year | 272,800 | 545,600 |
| ShelfWise Analytics add-on | flat fee per year | 58,000 | 116,000 |
| Onboarding services | one-time, fixed price | - | 72,000 |
| **Total Contract Value** | | | **733,600** |

All fees are in CNY and include PRC value-added tax. Stores added during a Subscription Year are charged at the same per-store fee, pro rata for the remaining months of that year.

### A5. Onboarding

The onboarding services comprise: setting up the Customer's store hierarchy and fixture library; importing the product master data and current planograms for all 220 stores; configuring approval workflows; building an interface that exchanges product and store data with the Customer's ERP system every night; and training 30 regional merchandisers and 6 administrators. The onboarding services shall be completed within 60 days after the Service Start Date.

### A6. Invoicing and Payment

(a) The fees for each Subscription Year are invoiced at the start of that Subscription Year and are payable within 30 days after receipt of a valid VAT invoice.

(b) The onboarding fee is invoiced after Onboarding Acceptance under Section 3 of Part B and is payable within 30 days after receipt of a valid VAT invoice.

(c) No other amount is payable by the Customer under this Order Form.

Signed for the Provider: ____________________  Signed for the Customer: ____________________

## Part B - General Terms

### 1. Definitions

1.1 "Customer Data" means all data, images, planograms and other content uploaded to or generated in the Service by or for the Customer, including store photos taken by the Customer's staff.

1.2 "Service" means the subscribed cloud services described in A2, including their updates.

1.3 "Customer Materials" means the configurations, templates, reports and interface scripts prepared by the Provider specifically for the Customer.

### 2. Provision of the Service

2.1 The Provider shall provide the Service in accordance with the documentation and this Order Form, and shall not materially reduce its functionality during the Subscription Term.

2.2 The Service is hosted in a data centre in mainland China operated by Alibaba Cloud in the Hangzhou region, which the Customer approves as the hosting provider by signing this Order Form. The Provider shall not move the hosting outside mainland China.

2.3 The Customer shall keep its user credentials secure and shall use the Service only for its own business.

### 3. Onboarding Acceptance

3.1 On completion of the onboarding services, the parties shall jointly test the following acceptance criteria: (a) all 220 stores and their fixtures are set up and match the Customer's store list; (b) imported product master data reconciles with the ERP system with no missing items; (c) the nightly ERP interface runs without error on seven consecutive days; (d) planogram pages load within three seconds for 200 concurrent users; and (e) the trained users have passed the Provider's practical test.

3.2 Onboarding Acceptance occurs when the Customer signs an acceptance note. If a criterion is not met, the Provider shall correct the failure within ten business days and the test shall be repeated. Use of the Service before that date is not acceptance.

### 4. Service Levels

4.1 The Provider shall make the Service available at least 99.95% of each calendar month, excluding planned maintenance notified at least five days in advance and performed between 00:00 and 06:00 China Standard Time.

4.2 Incidents are classified by the Customer. Priority 1 means that the Service is unavailable or that store users cannot upload photos or open planograms. The Provider shall respond to Priority 1 incidents within 30 minutes, at any time, and restore the Service within 3 hours. Priority 2 incidents shall be responded to within 2 hours during business hours.

4.3 If monthly availability falls below the commitment, the Customer receives a service credit of 5% of the monthly share of the annual fees for each 0.1 percentage point, or part of it, below the commitment, up to half of that monthly share. For each hour by which a Priority 1 response or restoration is late, the Customer receives a further credit of CNY 500. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

4.4 The Provider shall send a monthly service report showing availability, incidents and credits.

### 5. Customer Data and Security

5.1 Customer Data belongs to the Customer. The Provider processes Customer Data only to provide the Service to the Customer and shall not use it, whether in identifiable, aggregated or anonymised form, for any other purpose.

5.2 The Provider shall protect Customer Data with encryption in transit and at rest, role-based access control, logging of administrator access, daily backups kept in mainland China, and the measures required for a system registered at level 2 of the Multi-Level Protection Scheme. It shall comply with the PRC Personal Information Protection Law and Data Security Law.

5.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, take immediate measures to contain it, and compensate the Customer for losses caused by a breach of this Section.

5.4 Within 30 days after the end of the Subscription Term, the Provider shall return all Customer Data in a standard format and then delete it, confirming the deletion in writing.

### 6. Intellectual Property

6.1 The Provider retains all rights in the Service and its underlying software.

6.2 Customer Materials belong to the Customer, which may use, modify and have them used by third parties without restriction. The Provider shall deliver them in editable form at the end of onboarding.

### 7. Confidentiality

7.1 Each party shall keep confidential all non-public information received from the other party and use it only for this Order Form. The Customer's product ranges, prices and store plans are confidential information of the Customer.

7.2 These obligations continue for three years after the end of the Subscription Term.

### 8. Subcontracting

8.1 Apart from the hosting provider approved in Section 2.2, the Provider shall not subcontract any part of the Service or the onboarding services without the Customer's prior written consent, and remains responsible for all subcontractors.

### 9. Limitation of Liability

9.1 Each party's total liability arising out of or in connection with this Order Form is limited to the fees paid or payable by the Customer in the six (6) months preceding the event giving rise to the claim.

9.2 The limit in Section 9.1 does not apply to the Customer's payment obligations, breach of Section 5 or Section 7, personal injury, or wilful misconduct.

9.3 Neither party is liable for indirect or consequential loss or loss of profit.

### 10. Termination

10.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

10.2 The Customer may also terminate by written notice if availability falls below the commitment in two consecutive months.

10.3 On termination by the Customer under this Section, the Provider shall refund the fees paid for the period after termination and shall assist the Customer, for up to 60 days and at no extra charge, in exporting Customer Data and moving to another service.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time.

### 12. General

12.1 Notices shall be in writing and sent to the addresses in A1.

12.2 This Order Form is the entire agreement of the parties on its subject and prevails over any terms displayed in the Service, any click-through terms or any terms attached to the Provider's invoices.

12.3 Neither party may assign this Order Form without the other party's written consent.

12.4 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible.
"""

H866E03 = """T:Supply and Licence Contract for Cold-Store Temperature Monitoring
P:Contract No. LYCC-PUR-2026-052
P:Buyer: Wuhan Lengyun Cold Chain Logistics Co., Ltd., registered in Wuhan, Hubei, People's Republic of China (the "Buyer").
P:Supplier: Douro Sense, Lda., registered in Lamego, Portugal (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms. The Buyer operates fourteen refrigerated warehouses and wishes to replace its manual temperature logging with a wireless monitoring system. The Supplier has offered to supply sensors, gateways and monitoring software and to install and commission them. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in the Price Schedule.
P:1.2 "Software" means the Supplier's ColdWatch monitoring software, including the alarm engine, dashboards, mobile application and report generator, and all updates supplied under this Contract.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's sites.
P:1.4 "Buyer Data" means all temperature, humidity, alarm, location and user data generated or stored by the System.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment, license the Software, install the System in the fourteen warehouses listed in Annex A, configure alarm thresholds agreed with each warehouse manager, connect the System to the Buyer's warehouse management system, and train the Buyer's staff.
P:2.2 The Equipment shall be new, of current production, and certified for use in the People's Republic of China, including radio type approval for the gateways.
P:2.3 The Software shall be installed on servers provided by the Buyer in its Wuhan data room. The Supplier shall specify the server, database and network requirements within ten days after signature so that the Buyer can prepare them before installation starts.
P:2.4 The Supplier shall appoint a project manager based in China who speaks Chinese and attends a weekly progress meeting with the Buyer.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,246,000, including PRC taxes, delivery to the sites, installation and all other costs of the Supplier. It is fixed for the duration of the Contract and is broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors, IP67, -40 to +60 degrees C|1,200|410|492,000
TB:2|LoRa gateways with 4G backup|60|3,800|228,000
TB:3|ColdWatch monitoring software, perpetual licence, unlimited users, fourteen sites|1|356,000|356,000
TB:|Hardware and Licence Subtotal|||1,076,000
TB:4|Installation, configuration and commissioning|1 lot|148,000|148,000
TB:5|Training of operators and administrators|1 lot|22,000|22,000
TB:|Contract Price|||1,246,000
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 124,600) within 20 business days after receiving an advance payment guarantee for the same amount from a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 685,300) within 20 business days after all Equipment has been installed at all sites and the Buyer has signed an installation certificate. The installation certificate confirms quantities only and is not acceptance of the System.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 436,100) within 20 business days after Final Acceptance.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment within 45 days after signature and complete installation at all fourteen sites within 90 days after signature.
P:5.2 Before installation the Supplier shall carry out a radio survey at each site and submit a layout plan showing the position of every sensor and gateway for the Buyer's approval.
P:5.3 Installation work in cold rooms shall be scheduled with each warehouse manager so that goods are not exposed to temperature excursions. The Supplier's staff shall follow the Buyer's site safety rules, including rules for work in freezer rooms.
H:6. Acceptance
P:6.1 After commissioning, the System shall run for a trial period of 30 days. Final Acceptance requires that during the trial period: (a) no sensor misses more than two scheduled readings on any day; (b) every sensor reading agrees with a calibrated reference thermometer within plus or minus 0.3 degrees C at the spot checks listed in Annex B; (c) alarms reach the responsible staff by SMS and mobile application within 60 seconds in each test; (d) the interface to the warehouse management system transfers data without error; and (e) calibration certificates for all sensors have been delivered.
P:6.2 Final Acceptance takes effect when the Buyer signs the acceptance certificate. Use of the System during the trial period, or any payment, does not mean acceptance.
P:6.3 If the System fails the trial, the Supplier shall remedy the failure and the trial period shall restart.
H:7. Warranty and Support
P:7.1 The Supplier warrants the System for 24 months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment, correct Software defects, supply Software updates and recalibrate sensors once a year, all free of charge.
P:7.2 Faults are classified as follows. A Critical Fault means that alarms are not raised or not delivered for a whole site, or that the Software is not accessible. The Supplier shall respond to a Critical Fault within 1 hour, at any time, through its Wuhan service partner, and restore the alarm function within 8 hours. Other faults shall be responded to within one business day.
P:7.3 For each hour by which the Supplier is late in responding to or restoring a Critical Fault, the Supplier shall pay CNY 600, which the Buyer may deduct from any amount payable.
P:7.4 After the warranty period, the Supplier shall provide annual support, including repair, Software updates and annual recalibration, at a fee of 8% of the Hardware and Licence Subtotal (CNY 86,080 per year). The fee is fixed for three years after the warranty period and each year is ordered by the Buyer separately.
P:7.5 The Supplier shall keep a stock of spare sensors and gateways in Wuhan sufficient to replace failed units within two business days, and shall make spare parts available for at least seven years after Final Acceptance.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier. The Buyer's licence is perpetual and irrevocable and survives the end of this Contract.
P:8.2 The interface to the warehouse management system, the site configurations, dashboards and reports developed for the Buyer belong to the Buyer, which may use and modify them freely. The Supplier shall deliver their source code at Final Acceptance.
H:9. Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may process Buyer Data only to perform this Contract and shall not use it for any other purpose.
P:9.2 The Supplier shall configure the System with encrypted communication between gateways and servers, individual user accounts with role-based access and audit logging. Remote access for support shall only be made through the Buyer's VPN with the Buyer's approval for each session. Buyer Data shall not be transferred outside mainland China.
P:9.3 The Supplier shall report any security incident affecting the System or Buyer Data to the Buyer within 12 hours, assist in the investigation, and compensate the Buyer for losses caused by its breach of this Clause 9.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential the layout of the Buyer's warehouses, its customer information and all other non-public information received under this Contract, and shall not disclose it to third parties without the Buyer's prior written consent. This obligation continues for three years after the end of the Contract.
H:11. Delay Damages and Liability
P:11.1 If the Supplier fails to complete installation or to achieve Final Acceptance on time for reasons attributable to it, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Buyer consents to the Wuhan service partner named in Annex C for installation and on-site support. The Supplier remains responsible for its subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if delay damages reach their maximum.
P:13.2 On such termination the Supplier shall refund the amounts paid for work not accepted and take back any Equipment the Buyer does not wish to keep.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.
H:15. General
P:15.1 Annexes A (sites), B (spot check plan) and C (approved service partner) form part of this Contract. Amendments shall be in writing and signed by both parties.
P:15.2 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly. If such an event lasts more than 60 days, either party may terminate the Contract for the part not yet performed.
P:15.3 The Supplier shall deliver operating manuals, installation drawings and calibration certificates in Chinese and English at Final Acceptance.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H866E04 = """# Managed End-User Services Agreement

Agreement No. JY-IT-MSA-2026-03

**Between** Chongqing Jiangyue Auto Parts Co., Ltd., a company incorporated in the People's Republic of China, registered office in Chongqing (the "Customer"),

**and** Trasnet Servicos Informaticos, Lda., a company incorporated in Portugal, registered office in Mirandela, Portugal (the "Provider"), which performs the services in China through its local delivery team.

The Customer wishes to outsource its IT service desk and end-user computing support for its head office and five plants, and the Provider has offered to provide these services. The parties agree as follows.

## 1. Definitions and Structure

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date of Transition Acceptance under Section 4.

1.3 "Customer Data" means all data of the Customer and its employees that the Provider receives or accesses in providing the Services, including user account data, device inventories, tickets and the contents of devices handled by the Provider's staff.

1.4 Schedule 1 (Service Scope), Schedule 2 (Charges) and Schedule 3 (Service Levels and Service Credits) form part of this Agreement. If they conflict with the Sections of this Agreement, the Sections prevail.

## 2. Term

2.1 This Agreement starts on signature. The service term is 36 months from the Service Commencement Date.

2.2 This Agreement ends at the end of the service term. Any extension must be agreed in writing by both parties, including the charges for the extension period.

## 3. Transition

3.1 The Provider shall take over the Services from the Customer's internal IT team in a transition period of no more than 45 days after signature, following the transition plan agreed at signature.

3.2 During transition the Provider shall record the existing device inventory, set up the ticketing tool, write knowledge base articles for the Customer's standard applications, take over open tickets, and recruit and train the on-site engineers for each plant.

## 4. Transition Acceptance

4.1 Transition Acceptance requires that: (a) the device inventory covers all laptops, desktops, printers and mobile devices at the six sites and has been checked against a sample of 300 devices without discrepancy; (b) the service desk has handled live tickets for ten consecutive business days within the response times in Schedule 3; (c) knowledge base articles exist for the applications listed in Schedule 1; (d) on-site engineers are in place at every site; and (e) the monthly reporting format has been agreed.

4.2 Transition Acceptance takes place when the Customer signs an acceptance certificate. Handling of live tickets before that date is not acceptance.

4.3 If the Provider does not achieve Transition Acceptance within 45 days after signature for reasons attributable to it, it shall pay the Customer CNY 2,900 for each day of delay.

## 5. Service Delivery

5.1 The Provider shall perform the Services with qualified staff, in accordance with Schedule 1 and the service levels in Schedule 3, and in accordance with the Customer's IT policies as notified to it.

5.2 The Provider shall name a service delivery manager who meets the Customer's IT manager each month to review the service report, open problems and improvement actions.

5.3 Once a year the parties shall review the service scope, the user numbers and the ticket trends, and shall agree in writing on any changes to Schedule 1. Changes to the charges require a written amendment signed by both parties.

5.4 The Customer shall provide office space, network access, tool licences where stated in Schedule 1, and timely decisions on matters that need its approval.

## 6. Charges and Payment

6.1 The charges are set out in Schedule 2. They are fixed for the service term and include PRC value-added tax and all costs of the Provider, including travel between sites.

6.2 The Monthly Service Charge is invoiced monthly in arrears and is payable within 30 days after receipt of a valid VAT invoice. The Transition Charge is invoiced after Transition Acceptance and is payable within 30 days after receipt of a valid VAT invoice.

6.3 Service credits under Schedule 3 are deducted from the invoice for the following month.

## 7. Customer Data

7.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to provide the Services and shall not use it for any other purpose.

7.2 At the end of this Agreement the Provider shall return to the Customer all Customer Data in its possession, including ticket histories and the device inventory, in a format agreed by the parties.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, including the Customer's product drawings, supplier prices and personnel information, and shall not disclose it to any third party without the prior written consent of the other party.

8.2 The Provider shall ensure that its staff and subcontractors are bound by confidentiality obligations no less strict than this Section.

8.3 These obligations continue for three years after the end of this Agreement.

## 9. Intellectual Property

9.1 Knowledge base articles, scripts, procedures, reports and inventories created by the Provider for the Customer belong to the Customer, which may use, modify and license them freely, also after the end of this Agreement.

9.2 The Provider retains its pre-existing tools and methods and grants the Customer a free licence to use any of them embedded in the deliverables.

## 10. Personnel and Subcontracting

10.1 On-site engineers shall speak Chinese and shall comply with the Customer's site safety rules and working hours.

10.2 The Provider may use subcontractors for on-site support at any plant by giving the Customer written notice at least ten business days in advance, naming the subcontractor. The Provider remains responsible for the performance of its subcontractors.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the total charges payable over the service term under Schedule 2.

11.2 The limit in Section 11.1 does not apply to personal injury, wilful misconduct or breach of Section 8.

11.3 Neither party is liable for loss of profit or indirect loss.

## 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after written notice, or if the Provider misses the same service level in three consecutive months.

12.2 The Provider may terminate this Agreement if the Customer fails to pay undisputed charges within 60 days after a written reminder.

12.3 On expiry or termination, the Provider shall provide exit assistance for up to 60 days at the rates in Schedule 2 so that the Services can be transferred to the Customer or a new provider without interruption.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Chongqing Arbitration Commission for arbitration in Chongqing.

## 14. General

14.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it informs the other party promptly.

14.2 Amendments to this Agreement must be in writing and signed by both parties.

For the Customer: ____________________    For the Provider: ____________________

## Schedule 1 - Service Scope

| Service | Description | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and chat support in Chinese and English for about 1,400 users; ticket logging, password resets, first-line fixes | 07:00-22:00, seven days |
| On-site support | One engineer at head office and at each plant; installation, moves, hardware fault handling, printer support | Plant shift hours |
| Device management | Laptop and desktop imaging, patch distribution, software deployment, asset records | Business days |
| Standard applications | First-line support for e-mail, office software, the ERP client, the MES terminals and the VPN client | As service desk |
| Reporting | Monthly service report with ticket volumes, service levels, credits and trends | Monthly |

## Schedule 2 - Charges

| Charge | Amount (CNY) | Invoicing |
|---|---|---|
| Transition Charge (one-time) | 124,000 | After Transition Acceptance |
| Monthly Service Charge | 58,000 per month | Monthly in arrears |
| Monthly Service Charges for 36 months | 2,088,000 | |
| Total charges for the service term | 2,212,000 | |
| Additional work and exit assistance | CNY 1,600 per engineer day | Monthly in arrears, only if ordered in writing |

## Schedule 3 - Service Levels and Service Credits

| Priority | Definition | Response | Resolution | Service credit if missed in a month |
|---|---|---|---|---|
| P1 | A plant or the head office cannot work, or a production line terminal is down | 15 minutes | 6 hours | 3% of the Monthly Service Charge per incident |
| P2 | A group of users or a senior manager cannot work | 30 minutes | 8 business hours | 1% of the Monthly Service Charge per incident |
| P3 | A single user is affected, with a workaround | 2 business hours | 3 business days | 0.5% of the Monthly Service Charge for a month in which more than ten P3 tickets are resolved late |

Total service credits in any month are limited to 20% of the Monthly Service Charge.
"""

H866E05 = """MARINE WEATHER DATA API SUBSCRIPTION AGREEMENT

Agreement No. MVD-QD-2026-21

PARTIES

Provider: Marvento Dados, Lda., a company incorporated in Portugal, with its registered office in Estremoz, Portugal ("Provider").

Customer: Qingdao Haixing Shipping Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Qingdao, Shandong ("Customer").

BACKGROUND

The Customer operates a fleet of bulk carriers and container feeder vessels and plans voyages with its own routing software. The Provider supplies marine weather, wave and current forecast data through an application programming interface. The Customer wishes to subscribe to the data and to obtain the Provider's help in connecting it to the routing software.

1. DEFINITIONS

1.1 "API" means the Provider's MarWeather application programming interface and the data feeds delivered through it.

1.2 "Data" means the forecast, hindcast and observation data made available through the API, including wind, wave height and period, swell, surface currents, visibility and sea ice.

1.3 "Customer Data" means vessel identities and positions, planned routes, queries, API logs and any other data that the Customer or its vessels send to the API or that the API generates about the Customer's use.

1.4 "Subscription Year" means each period of one year starting on the Production Access Date or on an anniversary of it.

1.5 "Production Access Date" means the date on which the Provider issues production API keys to the Customer and the API answers requests from the Customer's systems at the agreed coverage and resolution.

2. SUBSCRIPTION AND SCOPE

2.1 The Provider grants the Customer, for the Subscription Term, a non-exclusive right to access the API and to use the Data for voyage planning, fuel optimisation, safety alerts and internal reporting, on its own vessels and for vessels it charters.

2.2 The subscription covers global coverage at a resolution of 0.25 degrees and regional coverage of the Chinese coastal seas at a resolution of 0.1 degrees, with forecast updates every six hours and up to two million API calls per day.

2.3 The Provider shall supply integration support: a test environment, a connector between the API and the Customer's routing software, mapping of the Data to the routing software's format, and a two-day workshop for the Customer's marine operations and IT staff.

2.4 The Provider shall issue production API keys within 30 days after signature.

3. SUBSCRIPTION TERM AND RENEWAL

3.1 The Subscription Term consists of two Subscription Years starting on the Production Access Date.

3.2 At the end of the Subscription Term, and at the end of each renewal year, the subscription renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current year.

3.3 The Provider may increase the annual fee for any renewal year by written notice given at least 75 days before the renewal date. The increased fee applies to the renewal year unless the Customer gives notice of non-renewal.

4. FEES AND PAYMENT

4.1 The fees are: annual subscription fee for Subscription Year 1, CNY 396,000; annual subscription fee for Subscription Year 2, CNY 396,000; integration support, one-time, CNY 48,000. The total fees for the Subscription Term are CNY 840,000. All amounts include PRC value-added tax.

4.2 The annual subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days after receipt of a valid VAT invoice.

4.3 The integration support fee is invoiced after Integration Acceptance and is payable within 30 days after receipt of a valid VAT invoice.

4.4 API calls above the daily volume in Clause 2.2 are charged at CNY 0.002 per call, invoiced quarterly in arrears. The Provider shall warn the Customer by e-mail when usage on any day exceeds nine tenths of the daily volume.

5. INTEGRATION ACCEPTANCE

5.1 Integration Acceptance requires that, over a test period of 14 consecutive days: (a) the connector imports every forecast update into the routing software within 20 minutes after publication; (b) the imported values match the values returned directly by the API for all test queries; (c) route calculations for the ten test voyages in Annex 2 complete without data errors; and (d) the workshop has been held and the documentation delivered.

5.2 Integration Acceptance takes place when the Customer signs an acceptance note. If a criterion is not met, the Provider shall correct the failure and the test period shall be repeated.

6. SERVICE LEVELS

6.1 The API shall be available at least 99.95% of each calendar month, measured at the Provider's API gateway, excluding planned maintenance notified at least seven days in advance and limited to two hours per month.

6.2 Severity 1 means that the API is unavailable, that forecasts are not updated for more than one cycle, or that the Data for a whole region is missing or clearly wrong. The Provider shall respond to a Severity 1 incident within 6 hours after it is reported, at any time, and shall keep working on it until it is resolved. Severity 2 incidents shall be responded to within two business days.

6.3 If availability in a month falls below the level in Clause 6.1, the Provider shall grant a service credit of 5% of the monthly share of the annual subscription fee for each 0.1 percentage point, or part of it, below that level, up to 50% of the monthly share. Service credits are deducted from the next invoice or paid at the end of the Subscription Term.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the API to the Customer and shall not use it for any other purpose, in identifiable, aggregated or anonymised form.

7.2 The Provider shall protect Customer Data with encrypted connections, individual API keys that the Customer can revoke at any time, access controls on its systems, logging of staff access, and deletion of API logs after 90 days. Requests from the Customer shall be served from the Provider's node in mainland China, and Customer Data shall be stored there.

7.3 The Provider shall notify the Customer of any security incident affecting Customer Data or the Customer's API keys within 24 hours after becoming aware of it, take immediate measures to contain it, and compensate the Customer for losses caused by its failure to comply with this Clause 7.

7.4 At the end of the Subscription Term the Provider shall return the Customer Data that the Customer requests and delete the rest, confirming the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 The Provider retains all rights in the API and the Data. The Customer may keep and use Data received during the Subscription Term for its internal records and for the analysis of past voyages, also after the end of the Subscription Term.

8.2 The connector, the data mapping and any scripts prepared by the Provider specifically for the Customer belong to the Customer, which may use, modify and license them freely. The Provider shall deliver their source code at Integration Acceptance.

9. DELAY IN PRODUCTION ACCESS

9.1 If the Production Access Date does not occur within the period in Clause 2.4 for reasons attributable to the Provider, the Provider shall pay the Customer 0.07% of the total fees in Clause 4.1 for each day of delay, up to 6% of those fees.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 200% of the total fees in Clause 4.1.

10.2 The limit does not apply to the Customer's obligation to pay fees, to breach of Clause 7, to personal injury or to wilful misconduct.

10.3 The Data are forecasts. The master of each vessel remains responsible for navigation decisions, and the Provider is not liable for decisions taken on the basis of the Data unless the Data supplied were corrupted through the Provider's fault.

11. SUBCONTRACTING

11.1 The Provider shall not subcontract the operation of the API, its China node or the integration support without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

12. TERMINATION

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after written notice, or if availability falls below the level in Clause 6.1 in three months of any Subscription Year.

12.2 The Provider may terminate this Agreement if the Customer fails to pay undisputed fees within 60 days after a written reminder.

12.3 On termination by the Customer under Clause 12.1, the Provider shall refund the part of the annual subscription fee that relates to the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

14. GENERAL

14.1 Neither party is liable for delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible.

14.2 Notices shall be given in writing to the addresses stated above or to the e-mail addresses in Annex 1.

14.3 Annex 1 (contacts) and Annex 2 (test voyages) form part of this Agreement.

For the Customer: ____________________

For the Provider: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, formats and labels
# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "z01": ("h866z01_scenic_shuttle_supervision_platform.pdf", "pdf", H866Z01, "zh"),
    "z02": ("h866z02_cushion_factory_line_control_retrofit.docx", "docx", H866Z02, "zh"),
    "z03": ("h866z03_timpani_school_booking_membership_saas.txt", "txt", H866Z03, "zh"),
    "z04": ("h866z04_fire_station_network_om_service.txt", "txt", H866Z04, "zh"),
    "z05": ("h866z05_gourd_carving_process_tracking_supplier_template.md", "md", H866Z05, "zh"),
    "e01": ("h866e01_kiln_scheduling_perpetual_licence_elvas_vendor.pdf", "pdf", H866E01, "en"),
    "e02": ("h866e02_planogram_saas_order_form_portalegre_vendor.md", "md", H866E02, "en"),
    "e03": ("h866e03_cold_store_sensors_monitoring_licence_lamego_vendor.docx", "docx", H866E03, "en"),
    "e04": ("h866e04_managed_end_user_services_36_months_mirandela_vendor.md", "md", H866E04, "en"),
    "e05": ("h866e05_marine_weather_api_two_year_subscription_estremoz_vendor.txt", "txt", H866E05, "en"),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def T(av, p1, rem, ip, dsec, owns, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [av, p1, rem, ip, dsec, owns, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub,
                                law, kind]))


G, S = "goods_or_licence", "service"
# design: category, terms, extra (sla_clause, ld_stated, capped or None, deemed, contract value), price items,
# payments (amounts due), fee base (itemised licence/hardware subtotal) for TCO, forum outside mainland, design rules
DESIGN = {
    "z01": dict(category="software",
                terms=T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True,
                        False, "PRC", G),
                extra=(True, True, True, False, 1588000), items=[760000, 690000, 138000],
                payments=[317600, 714600, 555800], fee_base=760000, forum_out=False, rules=[]),
    "z02": dict(category="hardware",
                terms=T(None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 24, False, True,
                        True, "PRC", G),
                extra=(True, True, True, False, 1436000),
                items=[408000, 276000, 78000, 96000, 168000, 270000, 98000, 42000],
                payments=[287200, 646200, 502600], fee_base=1296000, forum_out=False,
                rules=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "z03": dict(category="cloud",
                terms=T(99.5, 0.5, True, "buyer", True, True, True, 0.08, 200, None, True, None, None, None, True,
                        True, False, "PRC", S),
                extra=(True, True, None, False, 854000), items=[40 * 9600 * 2, 86000],
                payments=[86000, 384000, 384000], fee_base=None, forum_out=False,
                rules=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": dict(category="services",
                terms=T(99.95, 0.25, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False,
                        False, False, "PRC", S),
                extra=(True, True, None, False, 586000), items=[586000],
                payments=[146500] * 4, fee_base=None, forum_out=False,
                rules=["CR-SLA-NO-REMEDY", "CR-TERMINATION"]),
    "z05": dict(category="software",
                terms=T(None, None, False, "supplier", True, False, True, 0.02, None, 65, False, False, 6, None,
                        False, True, None, "PRC", G),
                extra=(False, True, False, True, 338000), items=[186000, 128000, 24000],
                payments=[219700, 118300], fee_base=186000, forum_out=False,
                rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
                       "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": dict(category="software",
                terms=T(None, 2, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 18, 11, False, True,
                        False, "Portugal", G),
                extra=(True, True, True, False, 1680000), items=[1240000, 386000, 54000],
                payments=[168000, 924000, 588000], fee_base=1240000, forum_out=True,
                rules=["CR-GOVERNING-LAW"]),
    "e02": dict(category="cloud",
                terms=T(99.95, 0.5, True, "buyer", True, True, True, None, 6 / 24 * 100, None, True, None, None, None,
                        False, True, False, "PRC", S),
                extra=(True, False, None, False, 733600), items=[220 * 1240 * 2, 58000 * 2, 72000],
                payments=[272800 + 58000, 72000, 272800 + 58000], fee_base=None, forum_out=False,
                rules=["CR-LD-MISSING", "CR-LIABILITY-CAP"]),
    "e03": dict(category="hardware",
                terms=T(None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 8, False, True, False,
                        "PRC", G),
                extra=(True, True, True, False, 1246000), items=[492000, 228000, 356000, 148000, 22000],
                payments=[124600, 685300, 436100], fee_base=1076000, forum_out=False, rules=[]),
    "e04": dict(category="services",
                terms=T(None, 0.25, True, "buyer", False, True, True, 2900 / 2212000 * 100, 150, None, True, None,
                        None, None, False, True, True, "PRC", S),
                extra=(True, True, None, False, 2212000), items=[124000, 58000 * 36],
                payments=[124000] + [58000] * 36, fee_base=None, forum_out=False,
                rules=["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
    "e05": dict(category="cloud",
                terms=T(99.95, 6, True, "buyer", True, True, False, 0.07, 200, None, True, None, None, None, True, True,
                        False, "PRC", S),
                extra=(True, True, None, False, 840000), items=[396000, 396000, 48000],
                payments=[396000, 48000, 396000], fee_base=None, forum_out=False,
                rules=["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-RESPONSE"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy §3 thresholds (defaults), never to be met exactly by a label value
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
              "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_THRESHOLD, HORIZON = 40, 5


def tco_share(d):
    t, (_, _, capped, _, cv) = d["terms"], d["extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    post = years * t["post_warranty_fee_pct"] / 100 * d["fee_base"]
    return post / (cv + post) * 100


def derive_rules(d):
    """My reading of policy §3 applied to the label."""
    t, (sla, ld_stated, capped, deemed, cv) = d["terms"], d["extra"]
    goods = t["contract_kind"] == G
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(d)
        if share is not None and share > TCO_THRESHOLD:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or d["forum_out"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


def label(key):
    name, _, _, lang = FILES[key]
    d = DESIGN[key]
    sla, ld_stated, capped, deemed, cv = d["extra"]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if d["terms"]["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = cv
    return {"file": name, "language": lang, "category": d["category"], "expected_terms": dict(d["terms"]),
            "expected_extra": extra, "expected_rules": sorted(d["rules"])}


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan: no text may state a threshold figure
# ---------------------------------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|per\s*cent|percent)"
NUM = r"(?<![\d.,])"
SCAN = [re.compile(p, re.I) for p in [
    r"99\.9(?!\d)",                                   # availability
    NUM + r"4\s*(?:hours?|hrs?\b|h\b|小时|个小时)", r"(?<![十\d])四\s*个?\s*小时", r"\bfour\s*(?:\(4\)\s*)?hours?",
    NUM + r"0\.05(?!\d)", r"万分之五(?![十\d])",            # LD
    NUM + r"100" + PCT, r"百分之(?:一)?百",                  # cap
    NUM + r"30" + PCT, r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per", r"三成",  # prepayment
    NUM + r"12\s*(?:-\s*)?(?:months?|个月)", r"十二个月", r"twelve\s*(?:\(12\)\s*)?(?:-\s*)?months?",
    r"one[-\s]*year\s*warranty", r"一年(?:的)?(?:质保|保修)",     # warranty
    NUM + r"15" + PCT, r"百分之十五(?!\d)", r"fifteen\s*per",       # post-warranty fee
    NUM + r"40" + PCT, r"百分之四十(?![一二三四五六七八九])", r"forty\s*per",  # TCO share
    NUM + r"5\s*(?:-\s*)?(?:years?|年(?!\d))", r"\bfive\s*(?:\(5\)\s*)?(?:-\s*)?years?", r"(?<![十〇零二])五年",  # horizon
]]
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "within 4h", "4小时", "四小时", "4个小时", "four hours", "0.05%", "0.05 %",
            "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 percent", "百分之三十", "12 months", "12-month",
            "12个月", "十二个月", "twelve months", "一年质保", "15%", "百分之十五", "40%", "百分之四十", "5 years",
            "5年", "五年", "five years", "five (5) years"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "14 hours", "0.055%", "0.5%", "万分之五十", "150%",
             "200%", "130%", "35%", "45%", "百分之三十五", "36 months", "112 months", "2026年12月31日", "2025年",
             "115%", "0.15%", "140%", "百分之四十五", "15 days", "1.4 hours", "25 years", "CNY 1,540 %"]


def scan_hits(text):
    return [m.group(0) for rx in SCAN for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert scan_hits(s), "scan misses " + s
    for s in MUST_MISS:
        assert not scan_hits(s), "scan hits %s: %s" % (s, scan_hits(s))


# ---------------------------------------------------------------------------------------------------------------
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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    sources = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for key, (name, kind, src, lang) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)

    covered, problems = set(), []
    for key, (name, kind, src, lang) in FILES.items():
        d = DESIGN[key]
        t, cv = d["terms"], d["extra"][4]
        # sums
        assert sum(d["items"]) == cv, (key, sum(d["items"]), cv)
        assert sum(d["payments"]) == cv, (key, sum(d["payments"]), cv)
        # lengths as read back
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        print("%s %-70s %5d %s" % (key, name, n, "chars" if lang == "zh" else "words"))
        if not ok:
            problems.append("%s length %d" % (key, n))
        # threshold-free text: raw, whitespace-collapsed, whitespace-free
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            hits = scan_hits(variant)
            if hits:
                problems.append("%s threshold figure in text: %s" % (key, hits))
        # threshold-free labels
        for k, thr in THRESHOLDS.items():
            v = t[k]
            if v is not None and abs(v - thr) < 1e-9:
                problems.append("%s %s on threshold" % (key, k))
        share = tco_share(d)
        if share is not None:
            print("    TCO share %.2f %%" % share)
            if abs(share - TCO_THRESHOLD) <= 2:
                problems.append("%s TCO share within 2 points" % key)
        # rules
        derived = derive_rules(d)
        if derived != sorted(d["rules"]):
            problems.append("%s derived %s != design %s" % (key, derived, sorted(d["rules"])))
        covered |= set(derived)
        print("    rules %s risk %s" % (derived, risk(derived)))
        lab = label(key)
        assert list(lab["expected_terms"]) == TERM_KEYS
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                       encoding="utf-8")
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append("rules never fired: %s" % missing)
    # the mix
    n_rules = {k: len(derive_rules(d)) for k, d in DESIGN.items()}
    assert sorted(k for k, v in n_rules.items() if v == 0) == ["e03", "z01"], n_rules
    assert derive_rules(DESIGN["e01"]) == ["CR-GOVERNING-LAW"]
    assert 8 <= n_rules["z05"] <= 10
    assert sorted(k for k, v in n_rules.items() if 2 <= v <= 3) == ["e02", "e04", "e05", "z02", "z03", "z04"]
    if problems:
        print("\n".join(problems))
        raise SystemExit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
