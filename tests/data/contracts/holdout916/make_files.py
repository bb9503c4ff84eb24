"""holdout916: builds the ten drafts of this folder from the sources below, writes their .json labels and checks
them (lengths, threshold figures, rules derived from the labels against the design list, rule coverage).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H916Z01 = """T:市住房和城乡建设局既有住宅加装电梯服务平台采购合同
P:合同编号：ZJJ-ZFCG-2027-0318　　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市住房和城乡建设局
P:乙方（供应商）：杭州云梯数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就既有住宅加装电梯服务平台的软件许可及定制开发事宜，经协商一致，订立本合同，共同遵守。本合同以甲方提供的合同文本为准。
H:第一条 项目内容
P:1.1 乙方向甲方提供“既有住宅加装电梯服务平台”标准软件许可（永久许可，不限用户数），并在其基础上完成定制开发，包括：居民意愿征询与签字确认模块、加装项目申报及并联审批模块、财政补贴申请与拨付跟踪模块、施工进度及安全巡查模块、电梯运行数据接入及“一梯一码”公众查询、领导驾驶舱和移动端小程序。
P:1.2 乙方负责平台在甲方政务云环境中的部署、与市政务服务平台、不动产登记系统、市场监管局特种设备系统的接口对接，以及历史加装项目数据（约六千八百条）的整理迁移。
P:1.3 乙方负责对甲方业务人员、各街道经办人员进行操作培训，并提交完整的技术文档和用户手册。培训结束后，乙方应对参训人员进行考核，确保每个街道至少有两名经办人员能够独立完成申报受理和进度录入。
P:1.4 乙方应组建不少于八人的项目团队，其中项目经理须具有信息系统项目管理师资格，并常驻甲方现场直至初验通过。项目经理更换须事先征得甲方书面同意。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰捌拾玖万陆仟元整（¥1,896,000），为固定总价，含税费、差旅及乙方完成本项目所需的全部费用。
P:2.2 价款构成：平台软件许可费¥780,000；定制开发费¥960,000；部署实施及接口对接费¥120,000；培训费¥36,000。
H:第三条 付款方式
P:3.1 合同签订并经财政部门备案后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥379,200。
P:3.2 平台完成部署、全部模块上线试运行并通过初验后，甲方支付合同总价的45%，即¥853,200。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%，即¥663,600。
P:3.4 乙方每次收款前应开具等额合法增值税发票。甲方付款按国库集中支付程序办理。
H:第四条 实施期限
P:4.1 乙方应在合同签订后九十日内完成全部定制开发、部署及数据迁移，并提交初验申请。
P:4.2 试运行期为六十日，自初验通过之日起计算。
P:4.3 甲方应及时提供政务云资源、接口文档及业务需求确认，因甲方原因造成工期延误的，实施期限相应顺延。
H:第五条 验收
P:5.1 初验标准：需求规格说明书所列功能全部实现；与三个外部系统的接口连续十个工作日数据交换无差错；历史数据迁移经甲方逐条抽查核对无误；在三百名并发用户条件下，常用页面响应时间不超过2秒。
P:5.2 最终验收标准：试运行期内未发生一级故障；通过第三方机构出具的网络安全等级保护测评及软件安全测试；技术文档、源代码及用户手册交付齐全。
P:5.3 验收由甲方组织，必要时邀请专家参加，验收结果以甲方出具的书面验收报告为准。平台上线运行、甲方使用或支付部分款项，均不视为验收合格。
P:5.4 初验或最终验收未通过的，乙方应在十五日内完成整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质量保证期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持，并配合甲方完成每年度的等级保护测评整改和重大活动期间的值守保障。
P:6.2 服务水平：平台月度可用率不低于99.95%。一级故障（平台整体不可用或补贴拨付功能失效）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障1小时内响应，24小时内解决。
P:6.3 乙方未达到上述响应或恢复时限的，每超时1小时向甲方支付违约金¥600；月度可用率每低于约定值0.01个百分点，扣减当期运维考核款¥1,500，可从应付款中直接扣除。
P:6.4 质保期满后，如甲方需继续由乙方提供运维服务，年度运维费不超过平台软件许可费的10%，即每年不超过¥78,000，该标准在质保期满后三年内不得上调。运维合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 乙方为本项目定制开发的模块、接口程序、数据迁移脚本、源代码及相关文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:7.3 乙方保证其提供的软件不侵犯任何第三方的合法权益，否则由乙方承担全部责任。
H:第八条 数据安全与数据归属
P:8.1 平台运行中产生和存储的全部数据，包括居民信息、申报材料、补贴数据及电梯运行数据，均属于甲方所有。未经甲方书面同意，乙方不得以任何形式使用、复制、留存或向第三方提供，不得用于本合同以外的任何目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、加密存储、操作审计等安全措施。乙方人员维护时须经甲方审批并通过堡垒机操作，不得将数据拷贝出政务云环境。
P:8.3 发生或可能发生数据泄露、篡改或丢失时，乙方应在1小时内报告甲方并采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、居民个人信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务不因本合同的终止而解除。
H:第十条 违约责任
P:10.1 乙方未按第四条约定期限完成交付或提交初验申请的，每逾期一日，应按合同总价的千分之一向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付的系统不符合合同约定，经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 乙方违反第八条、第九条约定的，除赔偿甲方全部损失外，甲方有权解除合同，并向有关部门报告。
P:10.4 甲方无正当理由逾期付款的，按有关规定承担相应责任。
H:第十一条 分包
P:乙方不得将本项目转包，亦不得将主体或关键性工作分包给他人。
H:第十二条 合同解除
P:12.1 乙方严重违反本合同约定，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的无法实现的，双方均可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:14.2 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分，与本合同具有同等效力。
P:14.3 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:日期：　　年　　月　　日　　　　日期：　　年　　月　　日
"""

H916Z02 = """T:生产线控制系统改造项目合同
P:合同编号：HMJ-SB-2027-017
P:甲方（买方）：江苏明眸光学防护用品有限公司（护目镜生产企业）
P:乙方（卖方）：苏州智控自动化工程有限公司
P:甲方因注塑、镀膜、组装三条护目镜生产线控制系统老化，决定对其进行改造。经竞争性谈判，甲方确定乙方为供应商。双方依据《中华人民共和国民法典》，就控制系统设备供货、软件许可及改造实施事宜订立本合同。
H:第一条 合同标的与范围
P:1.1 乙方负责三条生产线控制系统的整体改造，包括：拆除原有继电器控制柜，供应并安装PLC控制器及I/O模块、伺服驱动器及HMI触摸屏、工控机及SCADA监控软件、MES数据采集网关；编制PLC程序与HMI画面；实现与甲方现有MES系统和能源管理系统的数据对接。
P:1.2 改造须在甲方安排的停产窗口内分线实施，每条生产线停线时间不得超过七日。停线期间乙方应每日向甲方生产部门报告进度，并提前一日确认次日的断电和吊装安排。
P:1.3 乙方应提交技术方案、电气图纸、I/O点表、带注释的程序及操作维护手册，纸质版一式三份并附电子版。
P:1.4 设备明细及价格见下表：
TB:序号|名称|规格/数量|金额（元）
TB:1|PLC控制器及I/O模块|中型PLC 9套，含冗余电源|620,000
TB:2|伺服驱动器及HMI触摸屏|伺服轴36套，12寸HMI 9台|410,000
TB:3|工控机及SCADA监控软件许可|工控机3台，SCADA永久许可3套|286,000
TB:4|MES数据采集网关|网关6台，含协议转换授权|174,000
TB:软硬件小计|||1,490,000
TB:5|安装调试及程序编制|三条线，含旧柜拆除|230,000
TB:6|操作及维护培训|两期，每期三日|28,000
TB:合同总价|||1,748,000
H:第二条 合同价款与支付
P:2.1 合同总价为人民币壹佰柒拾肆万捌仟元整（¥1,748,000），含税、运输、保险、安装调试及培训等全部费用。
P:2.2 合同签订后十个工作日内，甲方向乙方支付合同总价的10%作为预付款，即¥174,800。
P:2.3 全部设备到货、安装完毕并完成单线调试后，甲方支付合同总价的55%，即¥961,400。到货签收及调试完成不代表甲方对质量的验收。
P:2.4 三条生产线全部通过最终验收后，甲方支付合同总价的35%，即¥611,800。
P:2.5 乙方应在每期付款前开具等额增值税专用发票。
P:2.6 乙方应向甲方支付的违约金、赔偿金，甲方有权从任何一期应付款中直接扣除，不足部分乙方应在收到甲方通知后十日内补足。
H:第三条 交付与实施
P:3.1 乙方应在合同签订后四十五日内将全部设备运抵甲方工厂，并在甲方书面通知的停产窗口内完成安装调试。
P:3.2 乙方施工须遵守甲方安全生产和洁净车间管理制度，施工人员须经甲方安全培训后方可进场。
P:3.3 改造期间乙方应保留原控制系统的回退方案，确保在调试失败时能在八小时内恢复生产。
P:3.4 乙方应指派具有十年以上自动化项目经验的项目经理负责现场实施，项目经理未经甲方同意不得更换。
P:3.5 甲方负责提供施工用电、设备临时存放场地，并协调停产窗口；因甲方原因导致窗口推迟的，工期相应顺延。
H:第四条 验收
P:4.1 验收标准：各生产线按改造后程序连续满负荷运行七十二小时无停机故障；注塑周期偏差不超过0.2秒；镀膜工序温控精度达到±1℃；MES采集点位与I/O点表逐点核对一致，数据延迟不超过3秒；HMI报警功能逐项测试合格。
P:4.2 三条生产线均达到上述标准后，由甲方组织最终验收并出具书面验收报告。未经书面验收，甲方投入生产使用不视为验收合格。
P:4.3 验收不合格的，乙方应在十日内整改并重新申请验收，整改费用由乙方承担。经两次整改仍不合格的，甲方有权退回不合格设备，乙方应退还相应款项。
P:4.4 验收时乙方应提交设备合格证、原厂授权书、调试记录及全部技术资料，资料不全的不予验收。
H:第五条 质量保证与售后服务
P:5.1 质量保证期为十八个月，自最终验收合格之日起计算。质保期内因设备质量或程序缺陷造成的故障，乙方免费维修、更换。
P:5.2 一级故障（导致整条生产线停机）乙方应在1小时内响应，3小时内到达现场；二级故障（影响单台设备）应在2小时内响应，次日内修复。
P:5.3 乙方未按上述时限响应或到场的，每超时1小时向甲方支付违约金¥800，甲方可从应付款中扣除。
P:5.4 质保期满后，乙方继续提供维保服务，维保费按软硬件小计的28%每年计取，即每年¥417,200，在质保期满后三年内固定不变。维保内容包括定期巡检、备件更换及程序优化。
P:5.5 质保期内，乙方应每季度进行一次现场巡检并提交巡检报告，并在甲方工厂储备PLC主模块、伺服驱动器等关键备件，确保故障件当日更换。
P:5.6 质保期满后的维保服务，其响应时限及违约金标准与质保期内相同。
H:第六条 知识产权
P:6.1 乙方为本项目编制的PLC程序、HMI画面、接口程序及其源文件、配置文件的知识产权归甲方所有，甲方可自行修改或委托第三方维护。
P:6.2 SCADA软件及第三方设备内嵌软件的知识产权归其权利人所有，甲方享有永久使用权。
H:第七条 数据安全
P:7.1 生产线运行数据、工艺参数、配方及质量数据均属于甲方所有，乙方不得用于本合同以外的任何目的，不得复制或向第三方提供。
P:7.2 乙方远程维护须经甲方书面审批，通过甲方指定的VPN及堡垒机接入，操作全程留痕；不得在控制网络中接入未经检查的移动存储介质；乙方提供的工控机及网关应关闭不必要的端口和服务，并在交付前完成病毒查杀。
P:7.3 因乙方原因导致工艺数据泄露或控制系统遭受网络攻击的，乙方应在2小时内通知甲方并承担由此造成的全部损失。
H:第八条 保密
P:乙方对在履约过程中知悉的甲方工艺配方、镀膜参数、客户信息及其他商业秘密负有保密义务，保密期限至该信息公开之日止。未经甲方书面同意，乙方不得在宣传材料或案例介绍中使用甲方名称、厂区照片及生产线信息。乙方应要求其参与本项目的员工签署保密承诺书。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:9.2 因乙方原因导致生产线停线超过约定期限的，乙方还应赔偿甲方因此遭受的直接停产损失。
P:9.3 乙方交付的设备为翻新件或与技术协议约定的品牌型号不符的，甲方有权要求更换，并要求乙方支付该设备价款20%的违约金。
P:9.4 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十条 分包
P:乙方不得转包本合同。旧柜拆除和电缆敷设如需分包，须事先取得甲方书面同意，乙方对分包方的行为承担连带责任。
H:第十一条 合同解除
P:乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，乙方应返还已付款项并赔偿甲方损失。因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十二条 争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交苏州仲裁委员会仲裁。
H:第十三条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
"""

H916Z03 = """门店预约及会员管理系统（SaaS）服务合同

合同编号：BJG-IT-2027-006
甲方：黑龙江北极光雪地摩托体验连锁有限公司
住所：哈尔滨市松北区
联系人：信息中心负责人
乙方：哈尔滨雪驰云软件有限公司
住所：哈尔滨市南岗区
联系人：客户成功部负责人

鉴于甲方在全国经营四十家雪地摩托体验门店，需要统一的线上预约、排班、会员储值及营销管理系统，乙方同意以软件即服务（SaaS）方式提供“雪驰门店云”系统并完成实施。双方经协商一致，签订本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方四十家门店开通“雪驰门店云”标准版，包括：线上预约与场次管理、车辆及教练排班、会员卡及储值、电子保险单对接、优惠券与营销活动、门店收银、经营报表。
2. 系统部署于乙方租用的境内公有云，服务期内乙方负责系统的运行、维护、升级和数据备份。数据每日全量备份一次，备份数据保存于另一可用区，乙方每季度进行一次恢复演练并将结果告知甲方。
（二）实施服务
1. 乙方负责系统初始化配置、门店及车辆基础数据导入、既有会员数据（约十一万条）迁移，以及与甲方微信小程序、支付通道和保险公司接口的对接。
2. 乙方对甲方总部及各门店店长、前台人员分批开展培训，并提供操作手册和培训视频。
（三）技术支持
1. 乙方提供全天候服务热线和在线工单系统，并指定一名专属客户经理负责日常沟通。
2. 每年雪季高峰（当年十一月至次年三月）期间，乙方应安排专人远程值守，周末及节假日不间断监控系统运行。
3. 乙方每季度对甲方进行一次服务回访，收集门店意见并提出优化建议。

二、服务期限
（一）服务期为两个服务年度。第一服务年度自系统上线验收合格之日起计算，至次年同日的前一日止；第二服务年度紧接其后。
（二）乙方应在合同签订后六十日内完成实施并提交上线验收申请。
（三）实施分两批进行：第一批为十家试点门店，第二批为其余三十家门店。试点门店运行稳定后，方可开展第二批门店的切换。

三、费用及支付
（一）订阅费：每家门店每个服务年度¥9,600，四十家门店每个服务年度合计¥384,000，两个服务年度合计¥768,000。
（二）实施费：¥86,000，一次性支付。
（三）合同总价为人民币捌拾伍万肆仟元整（¥854,000）。
（四）实施费在系统通过上线验收后十五个工作日内支付。各服务年度的订阅费在该服务年度开始后十五个工作日内支付。甲方不支付预付款。
（五）乙方应在每次收款前开具增值税专用发票。甲方按发票金额扣除依本合同应抵扣的服务费后付款。
（六）除本合同约定的费用外，乙方不得以短信通道费、存储扩容费等名义另行收取费用。

四、上线验收
（一）验收标准：需求确认书所列功能全部可用；十一万条会员数据迁移后余额、积分与原系统逐条核对一致；小程序预约、支付及保险单出具全流程在十家试点门店连续运行十日无一级故障；高峰时段一千名用户并发预约时页面响应不超过2秒。
（二）甲方在收到验收申请后十个工作日内组织验收，验收合格的出具书面验收单。门店试用或甲方付款均不视为验收合格。
（三）验收不合格的，乙方应在十日内完成整改并重新提交验收申请；整改期间发生的费用由乙方自行承担，实施期限不因整改而顺延。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应安排在凌晨一时至五时之间并提前两日通知甲方，不计入不可用时间。
（二）一级故障（全部门店无法预约或收银）乙方应在30分钟内响应，2小时内恢复；二级故障（部分功能异常）应在2小时内响应，当日内解决。
（三）服务抵扣：月度可用率低于约定值但不低于99%的，抵扣当月订阅费的5%；低于99%但不低于98%的，抵扣10%；低于98%的，抵扣20%。一级故障响应每超时1小时，另抵扣¥500。抵扣金额从下一期应付订阅费中扣除。
（四）乙方每月向甲方提供服务报告，载明可用率、故障及处理情况。
（五）系统功能升级应在非营业时段进行，升级不得降低既有功能或改变甲方已配置的业务规则；重大升级应提前七日通知甲方并提供测试环境。

六、数据归属与数据安全
（一）甲方及其会员在系统中产生的全部数据，包括会员信息、储值及消费记录、预约记录和经营数据，均归甲方所有。乙方仅可为履行本合同使用上述数据，不得用于其他任何目的。
（二）乙方应按照网络安全等级保护第三级的要求保护系统，对会员个人信息加密存储，严格控制访问权限，并保留操作日志不少于六个月。
（三）发生数据泄露或丢失的，乙方应在2小时内通知甲方，配合甲方履行告知义务，并承担由此给甲方造成的全部损失。
（四）合同终止后三十日内，乙方应将全部数据以通用格式交还甲方，并在甲方确认后彻底删除。
（五）乙方应对接触甲方数据的人员进行背景审查和安全培训，人员离岗时及时收回其全部系统权限。

七、保密
双方对在合作中获悉的对方商业秘密、经营数据及会员信息负有保密义务，未经对方书面同意不得披露，但依法律规定或监管要求披露的除外。乙方不得将甲方作为客户案例对外宣传。本条在合同终止后继续有效。

八、知识产权
（一）系统标准产品的知识产权归乙方所有。
（二）乙方为甲方专门开发的小程序页面、接口程序及报表模板的知识产权归甲方所有，甲方可自由使用、修改和许可他人使用。
（三）乙方保证所提供的系统及服务不侵犯任何第三方的知识产权，因此引起的索赔由乙方负责处理并承担全部费用。

九、违约责任
（一）乙方未按期提交上线验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反数据安全或保密义务的，应赔偿甲方全部损失，包括甲方因此向会员支付的补偿和被监管部门处以的罚款。
（三）因乙方原因导致全部门店无法预约或收银连续超过八小时的，乙方除按服务水平条款抵扣费用外，还应赔偿甲方门店的直接营业损失。
（四）甲方逾期支付费用的，每逾期一日按逾期金额的万分之二支付违约金。

十、续期
服务期满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可连续续期。续期年度的订阅费由乙方根据市场情况调整，上调幅度不超过上一服务年度订阅费的8%，乙方以书面通知告知甲方即可。

十一、分包
乙方不得将本合同项下的服务转包。接口对接等辅助工作需分包的，应事先取得甲方书面同意。

十二、合同解除
任何一方严重违约，经守约方书面通知后十五日内仍未纠正的，守约方有权解除合同。乙方连续两个月可用率低于98%的，甲方有权解除合同，乙方应退还未使用服务期对应的费用。合同解除或终止的，乙方应配合甲方完成数据迁移和系统切换，过渡期不少于三十日，过渡期内服务标准不变。

十三、争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。

十四、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。需求确认书和服务水平说明为本合同附件。双方往来通知以书面形式送达本合同首部所列地址，一方地址变更的，应在变更后三日内通知对方。

甲方（盖章）：                乙方（盖章）：
签约日期：2027年  月  日
"""

H916Z04 = """电动自行车充电柜消防安全监测系统运维服务合同

项目编号：CGJ-CS-2027-011（竞争性磋商）
甲方：某市城市管理局
乙方：江苏安澜物联网技术服务有限公司

根据《中华人民共和国政府采购法》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就电动自行车充电柜消防安全监测系统年度运维服务事宜，经协商一致，订立本合同。

第一条 服务范围
（一）运维对象：甲方已建成的电动自行车充电柜消防安全监测系统，包括部署于全市居民小区、城中村及公共停车点的一千二百六十台智能充电柜所配置的烟感、温感、电流监测及自动灭火装置，物联网通信模块，以及市级监测平台和移动端应用。
（二）服务内容：监测平台的日常运行维护、数据备份、安全加固和版本更新；前端感知设备的定期巡检、清洁、校准和故障维修；火灾预警信息的全天候值守、核实和分级推送；每月运行分析报告和年度运维总结。
（三）乙方应配备不少于十五人的运维团队，其中平台运维工程师不少于三人，驻场值守人员实行三班制。运维团队主要人员名单应报甲方备案，更换主要人员须提前十日书面告知甲方并经甲方认可。
（四）乙方应制定应急预案，每半年组织一次与属地消防站、街道的联合演练，演练方案及总结报送甲方。
（五）乙方应建立备品备件库，常用传感器、通信模块及电源模块的储备量不少于在用数量的百分之三，确保故障件及时更换。
（六）乙方每月五日前向甲方提交上月运行分析报告，内容包括设备在线情况、报警统计、故障处理、隐患排查和改进建议；发现重大隐患的，应立即书面报告甲方。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。乙方应在服务期开始前完成与原运维单位的交接，并自服务期首日起全面接管系统运维。交接内容包括设备台账核对、平台账号及权限移交、遗留故障清单确认和运维文档移交，交接完成后由三方签署交接确认单。

第三条 服务费用及支付
（一）服务费总额为人民币伍拾捌万陆仟元整（¥586,000），为包干价，包括人工、交通、耗材、备品备件、工具仪器及税费等全部费用。灭火装置药剂到期更换的材料费另按实结算，不计入本合同价款。
（二）服务费按季度支付，每季度¥146,500。每季度结束后，乙方提交季度运维报告，经甲方审核确认后十五个工作日内，甲方支付当季服务费。
（三）甲方不支付预付款。乙方收款前应开具合法有效的发票。
（四）服务期内因甲方新增设备点位导致工作量明显增加的，由双方另行协商并签订补充协议。

第四条 服务水平
（一）监测平台月度可用率不低于99.95%。
（二）一级故障（监测平台中断、火灾预警推送通道失效或同一小区多台充电柜同时离线）乙方应在30分钟内响应，2小时内到场，6小时内恢复。
（三）二级故障（单台充电柜传感器失效或通信中断）乙方应在2小时内响应，二十四小时内修复。
（四）火灾预警信息须在3分钟内完成核实并推送至属地消防站和小区物业。
（五）每年十一月至次年三月为用电高峰和火灾多发期，乙方应增加夜间值守人员，并对老旧小区的充电柜每月加密巡检一次。
（六）乙方未达到上述服务水平的，甲方可要求乙方限期整改，乙方应在三日内提交书面说明和整改措施。甲方不因服务水平未达标扣减服务费。

第五条 考核与验收
（一）甲方每季度对乙方服务进行考核，考核内容包括：巡检计划完成情况（每台充电柜每季度至少巡检一次）、设备离线处置情况、故障修复及时率、预警核实记录完整性和报告提交情况。考核结果作为甲方确认季度运维报告和进行履约评价的依据。
（二）服务期满后，甲方组织年度验收。验收标准：全年巡检记录完整；设备在线率及故障修复记录符合本合同约定；运维文档、设备台账及数据备份移交齐全。甲方出具书面验收意见。
（三）年度验收不合格的，乙方应在十五日内整改；整改后仍不合格的，甲方有权将其记入供应商履约评价档案，并在后续采购中予以考虑。

第六条 甲方义务
（一）向乙方提供系统账号、设备台账、原运维资料和必要的工作条件。
（二）协调街道、社区及物业配合乙方开展现场巡检和维修。
（三）按约定支付服务费，并指定一名联系人负责日常沟通、工作协调和运维报告的签收。
（四）对乙方提交的运维报告、整改方案在收到后五个工作日内予以审核确认。

第七条 数据安全
（一）监测平台中的设备数据、报警记录、视频截图及小区信息均属于甲方所有。乙方仅可为履行本合同使用上述数据，不得用于其他目的，不得向第三方提供。
（二）乙方应落实网络安全等级保护制度要求，对平台进行定期漏洞扫描和安全加固，远程运维须经甲方审批并通过堡垒机进行。
（三）发生数据泄露、篡改或网络安全事件的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成损失的，由乙方承担全部赔偿责任。
（四）服务期满或合同解除时，乙方应将平台数据、备份介质及运维资料完整移交甲方或甲方指定的单位，并删除其留存的全部数据副本。

第八条 保密
乙方对在服务过程中知悉的甲方工作信息、居民信息及系统技术资料负有保密义务，未经甲方书面同意不得对外披露，不得以任何形式向媒体发布系统运行情况或火灾预警信息。乙方应与参与本项目的全部人员签订保密承诺书。本条在合同终止后继续有效。

第九条 知识产权
乙方在服务过程中编写的运维脚本、巡检报告、分析报告及设备台账等成果归甲方所有，甲方可自由使用和修改。乙方运维中使用的第三方工具软件应为正版，因此产生的知识产权纠纷由乙方负责处理。

第十条 分包
乙方可将现场巡检、设备清洁及传感器校准等辅助性工作分包给具备相应能力的单位，但应提前五个工作日书面告知甲方分包单位名称及分包内容。乙方对分包部分的服务质量向甲方负责。

第十一条 违约责任
（一）乙方未能自服务期首日起全面接管系统运维的，每逾期一日，按服务费总额的千分之一向甲方支付违约金。
（二）因乙方未按约定巡检、维修或值守，导致火灾预警漏报并造成损失的，乙方应承担赔偿责任。
（三）乙方擅自更换主要运维人员或驻场值守人员不到岗的，应承担相应违约责任，并在甲方通知后两日内补足人员。
（四）甲方逾期付款的，应按有关规定承担责任。

第十二条 合同解除
乙方严重违反本合同约定，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，并按乙方实际完成的服务结算费用。因不可抗力致使合同目的不能实现的，双方均可解除合同。合同解除的，乙方应配合甲方完成运维交接，交接期不少于十五日，交接期内乙方应继续按本合同标准提供服务。

第十三条 争议解决
因本合同发生的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。争议处理期间，乙方不得中断值守及运维服务。

第十四条 其他
（一）磋商文件、响应文件、成交通知书为本合同的组成部分。
（二）本合同期满即终止，不自动续期。
（三）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
（四）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

H916Z05 = """# 软件产品许可及定制开发合同

> 绣链科技标准合同文本（XL-HT-V1.8）　本文本由乙方提供，未经乙方同意不得修改格式条款

合同编号：XL-2027-0142

**甲方（用户）**：上海松江云间顾绣工作室
**乙方（供应商）**：上海绣链信息技术有限公司

甲方因顾绣作品订单、工序流转和工艺档案管理需要，向乙方采购“绣链工艺追踪系统”软件许可及定制开发服务。双方在平等自愿的基础上签订本合同。

## 第一条 产品与服务

1.1 乙方向甲方提供“绣链工艺追踪系统”标准版软件许可（永久许可，五个用户），包括订单管理、工序流转、绣娘工时记录、材料（丝线、底料）出入库和作品档案模块。

1.2 乙方根据甲方需求进行定制开发，内容包括：针法图谱库（含约一百二十种顾绣针法的图文录入模板）、作品工序看板、画稿与绣品比对记录、客户订单进度小程序。

1.3 乙方负责系统安装部署、历史订单资料录入指导及使用培训。培训对象为甲方负责人、订单管理人员及主要绣娘，培训方式为现场讲解和视频教学相结合，培训资料由乙方提供。

1.4 系统运行于乙方指定的云服务器，甲方使用自备电脑和平板登录，小程序以甲方名义在微信平台注册，注册所需资料由甲方提供。云服务器资源由乙方统一配置，服务器租用费用已包含在软件许可费中，免费维护期满后包含在第七条约定的维护费中。

## 第二条 合同价款

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 软件许可费 | 绣链工艺追踪系统标准版，永久许可 | 168,000 |
| 2 | 定制开发费 | 针法图谱库、工序看板、比对记录、小程序 | 212,000 |
| 3 | 实施及培训费 | 安装部署、数据录入指导、两次培训 | 28,000 |
| | **合计** | | **408,000** |

合同总价为人民币肆拾万零捌仟元整（¥408,000），含增值税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥265,200。乙方收到该笔款项后开始开发工作。

3.2 系统上线后五个工作日内，甲方支付合同总价的35%，即¥142,800。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金；逾期超过二十日的，乙方有权暂停服务直至甲方付清款项。

3.4 乙方在收到每笔款项后十个工作日内开具增值税普通发票。已支付的款项，除本合同另有约定外，不予退还。

## 第四条 交付

4.1 乙方应在收到首笔款项后七十日内完成开发和部署，并通知甲方上线。

4.2 因甲方未及时提供需求资料、针法样稿或确认意见导致延期的，交付期限相应顺延。甲方应指定一名熟悉工艺流程的联系人，负责需求确认及内部协调。

4.3 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

## 第五条 上线与验收

5.1 系统安装完成并开通账号后，即视为上线。

5.2 系统上线运行即视为甲方验收合格。甲方对系统功能有意见的，应在上线后七日内以书面形式提出，逾期视为无异议。

5.3 甲方提出的意见属于新增需求的，乙方可另行报价，不影响本合同项下的验收及付款。

## 第六条 免费维护与技术支持

6.1 乙方自系统上线之日起提供六个月的免费维护，包括缺陷修复和远程技术支持。

6.2 乙方通过电话、微信群及远程协助方式提供技术支持，工作日九时至十七时受理。具体响应及解决时间视问题的性质和复杂程度而定，乙方将尽商业上合理的努力予以处理。

6.3 因甲方操作不当、擅自修改系统或电脑硬件故障导致的问题，不属于免费维护范围。

6.4 免费维护期内，乙方不定期发布标准版本更新，甲方可选择是否升级；定制功能因升级需要调整的，乙方另行收费。

6.5 甲方应妥善保管账号和密码，因账号被盗用或甲方人员误操作造成数据丢失的，乙方可协助恢复，但不承担责任。

## 第七条 维护费

7.1 免费维护期满后，甲方如需继续获得维护服务，应按软件许可费的18%每年向乙方支付维护费，即每年¥30,240。

7.2 维护费按年度预付。甲方未支付维护费的，乙方不再提供缺陷修复和版本升级。

7.3 维护服务内容包括缺陷修复、标准版本升级、远程技术支持及云服务器运行保障，不包括新增功能开发和现场服务。现场服务按每人每日¥2,400另行收费。

## 第八条 知识产权

8.1 软件产品及乙方为本合同定制开发的全部成果（包括针法图谱库模板、工序看板、小程序、源代码及相关文档）的知识产权均归乙方所有。

8.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行反向工程、修改或转授权，不得将定制成果提供给第三方使用。

8.3 甲方录入系统的作品图片、画稿的著作权仍归原权利人所有。

## 第九条 数据

9.1 甲方在系统中录入的订单、客户、工艺及作品资料归甲方所有。

9.2 甲方同意，乙方有权对系统中的工艺数据、针法参数和工时数据进行脱敏处理，并将脱敏后的数据用于产品优化、行业研究及为其他客户提供服务，本合同终止后亦同。

9.3 乙方采取访问控制、加密存储和定期备份等措施保障系统数据安全。发生数据泄露或丢失的，乙方应在二十四小时内通知甲方并协助处理；因乙方原因造成数据泄露的，乙方应赔偿甲方的直接损失。

9.4 本合同终止后，甲方可在三十日内申请导出其订单及作品资料，乙方以表格格式提供；期满未申请的，乙方有权删除甲方账号下的数据。

## 第十条 保密

双方对在合作过程中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后两年内继续有效。乙方在宣传材料中使用甲方名称及作品图片作为案例展示的，应事先征得甲方同意。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 任何一方均不对对方的间接损失、利润损失承担责任。

11.3 因甲方原因导致项目暂停超过三十日的，乙方有权按已完成工作量结算，并要求甲方支付相应费用。

11.4 因不可抗力、网络运营商故障、云服务商故障或政策变化导致合同无法履行的，受影响一方不承担违约责任，但应及时通知对方。

11.5 乙方对因第三方插件、开源组件或微信平台规则变化导致的功能异常不承担责任，但应配合甲方进行调整。

## 第十二条 合同解除

任何一方严重违反本合同，经对方书面催告后十五日内仍未纠正的，守约方有权解除本合同。合同解除后，甲方已支付的软件许可费不予退还，定制开发费按乙方已完成的工作量结算。

## 第十三条 争议解决

因本合同发生的争议，双方应友好协商解决；协商不成的，由乙方所在地人民法院管辖。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同与双方往来函件不一致的，以本合同为准。

14.3 需求规格说明书、报价单为本合同附件。附件与正文不一致的，以正文为准。

14.4 双方的通知以书面或电子邮件方式送达本合同所列联系地址，发出后第三日视为送达。

**甲方（签章）**：　　　　　　**乙方（签章）**：

签订日期：2027年　月　日
"""

H916E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. CAHS-CN-2027-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Cape Ann Harbor Systems, Inc., a Massachusetts corporation with its principal office at Rogers Street, Gloucester, Massachusetts, United States (the "Vendor"), and Qingdao Haiyue Aquatic Products Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Qingdao, Shandong Province (the "Customer").
P:The Vendor develops the CatchTrace seafood traceability and cold-chain software. The Customer processes and exports frozen seafood and wishes to license CatchTrace and to have it configured for its plants, cold stores and export documentation. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the CatchTrace Enterprise software in object code, including the lot-tracking, cold-chain monitoring, recall management and export-certificate modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means all configurations, report templates, label formats, interface programs and scripts that the Vendor creates specifically for the Customer under this Agreement, together with their source code and documentation.
P:1.3 "Customer Data" means all data entered into, generated by or stored in the Software by or for the Customer, including catch and lot records, temperature logs, supplier and buyer information and personal information of the Customer's staff.
P:1.4 "Final Acceptance" means the Customer's written acceptance of the whole system under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for its internal business at its sites in the People's Republic of China, for up to 150 named users and four processing plants.
P:2.2 The Customer may make reasonable copies of the Software for backup, testing and disaster recovery.
P:2.3 The Customer may not sell or sublicense the Software to third parties, except to its affiliates that take over any of the licensed sites.
H:Article 3 Services
P:3.1 The Vendor shall install the Software on the Customer's servers in Qingdao, configure it for the Customer's four plants and two cold stores, build interfaces to the Customer's ERP system, its warehouse management system and the temperature loggers in its reefer containers, and migrate the lot history of the last three seasons.
P:3.2 The Vendor shall train the Customer's key users and administrators on site in two sessions and provide user and administrator manuals in Chinese and English.
P:3.3 The Vendor shall complete the services and present the system for Final Acceptance within 120 days after the Effective Date, according to the project plan attached as Annex 2.
H:Article 4 Price and Payment
P:4.1 The total price is CNY 1,726,000, consisting of the licence fee of CNY 1,260,000, the implementation fee of CNY 420,000 and the training fee of CNY 46,000. The price is fixed and includes all taxes, travel and expenses.
P:4.2 The Customer shall pay: (a) 20% of the total price, CNY 345,200, within 20 days after the Effective Date against the Vendor's invoice; (b) 45%, CNY 776,700, after installation of the Software and completion of the interfaces, as confirmed in writing by the Customer; and (c) 35%, CNY 604,100, after Final Acceptance.
P:4.3 Installation and payment under paragraph 4.2(b) do not mean that the Customer has accepted the system.
P:4.4 All payments shall be made in CNY by bank transfer to the account named in the Vendor's invoice.
H:Article 5 Acceptance
P:5.1 After completing the services the Vendor shall give written notice, and the parties shall run the acceptance tests in Annex 3 within 15 working days.
P:5.2 The acceptance criteria are: every function listed in the specification works as described; a complete backward and forward trace of any lot can be produced within 10 seconds; temperature data from all connected loggers is received and stored without gaps for 20 consecutive days; export certificates are generated in the formats required by the customs authorities of the destination markets; the migrated lot history matches the source records on a full reconciliation; and no Severity 1 defect occurs during the 20-day trial run.
P:5.3 If the tests are passed, the Customer shall issue a Final Acceptance certificate. If they are not, the Vendor shall correct the defects at its own cost and the tests shall be repeated. Productive use of the system before the certificate is issued does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the specification for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide support free of charge.
P:6.2 The Vendor shall respond to a Severity 1 incident (the system or the traceability function unavailable for all users) within one hour, around the clock, and shall provide a workaround within eight hours. Severity 2 incidents shall be answered within three business hours and fixed within five business days.
P:6.3 For each full hour by which the Vendor misses the Severity 1 response time, the Vendor shall credit the Customer CNY 1,000, deducted from the next amount due or paid on request.
P:6.4 After the Warranty Period the Customer may order annual support at 11% of the licence fee, which is CNY 138,600 per year. This fee is fixed for the first three support years and thereafter may be increased only by written agreement. Annual support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code with the final acceptance documents, and the Customer may use, modify and license them freely.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only through the remote-access gateway provided by the Customer, after approval for each session, and shall not transfer Customer Data outside the People's Republic of China. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Customer within 12 hours of any security incident affecting Customer Data and shall cooperate in containing it. The Vendor is responsible for all losses caused by a security incident attributable to the Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including prices, business plans, customer lists and technical information, and shall use it only for this Agreement.
P:9.2 This obligation continues for three years after the end of this Agreement.
H:Article 10 Delay
P:10.1 If the Vendor fails to present the system for Final Acceptance within the time stated in paragraph 3.3 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay.
P:10.2 If the delay exceeds 60 days, the Customer may also terminate this Agreement under Article 12.
H:Article 11 Liability
P:11.1 The total liability of each party under this Agreement is limited to 150% of the total price.
P:11.2 The limit does not apply to breach of Articles 8 and 9, infringement claims under paragraph 7.3, personal injury, or wilful misconduct.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on the date of the last signature (the "Effective Date") and continues until all obligations have been performed. The licence in Article 2 survives.
P:12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice describing the breach.
P:12.3 If the Customer terminates under paragraph 12.2 before Final Acceptance, the Vendor shall refund all amounts paid, less the value of any deliverables the Customer elects to keep.
H:Article 13 Subcontracting and Assignment
P:13.1 The Vendor shall not subcontract any of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
P:13.2 Neither party may assign this Agreement without the other party's prior written consent.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Commonwealth of Massachusetts, United States of America, without regard to its conflict-of-laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:14.2 Any dispute arising out of this Agreement shall be finally settled by arbitration administered by the International Centre for Dispute Resolution in Boston, Massachusetts, before a single arbitrator, in the English language.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Specification), Annex 2 (Project Plan) and Annex 3 (Acceptance Tests), is the entire agreement of the parties on its subject matter.
P:15.2 Amendments must be in writing and signed by both parties.
P:15.3 This Agreement is signed in two English originals, one for each party.
P:For the Vendor: ____________________    For the Customer: ____________________
"""

H916E02 = """# ORDER FORM AND GENERAL TERMS — FIELDLOOP SUBSCRIPTION

Order Form No. PVS-2027-0193

## PART A — ORDER FORM

### A1. Parties

**Provider:** Pioneer Valley Software LLC, a Massachusetts limited liability company, Main Street, Northampton, Massachusetts, United States.

**Customer:** Shenzhen Hengtai Building Services Co., Ltd., a company organised under the laws of the People's Republic of China, registered in Futian District, Shenzhen.

This Order Form and the General Terms in Part B together form the agreement between Provider and Customer (the "Agreement"). If the Order Form conflicts with Part B, the Order Form prevails.

### A2. Subscription

Provider will provide the FieldLoop field-service management platform, Enterprise edition, as a hosted service for 420 named technician users and 60 named office users, including work-order dispatch, preventive-maintenance scheduling, spare-parts inventory, mobile technician app, customer portal and analytics dashboards. The platform is hosted for Customer in a data centre in mainland China operated by the hosting subprocessor named in A6.

Provider will also perform the onboarding services described in Part B Section 3: configuration, integration with Customer's ERP and call-centre systems, migration of open work orders and asset records, and training.

### A3. Fees

| Item | Period | Fee (CNY) |
|---|---|---|
| FieldLoop Enterprise subscription, Subscription Year 1 | Year 1 | 336,000 |
| FieldLoop Enterprise subscription, Subscription Year 2 | Year 2 | 336,000 |
| Onboarding services (one-time) | once | 42,000 |
| **Total fees for the Initial Term** | | **714,000** |

All fees are in CNY and include value-added tax. Additional users may be ordered at the per-user rates in Provider's price list; such orders are not part of the fees above.

### A4. Invoicing and Payment

The onboarding fee is invoiced after Go-Live Acceptance. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. Invoices are payable within 30 days. There is no advance payment before Go-Live Acceptance.

### A5. Term and Renewal

The Initial Term begins on the date of Go-Live Acceptance (the "Subscription Start Date") and ends on the day before the second anniversary of that date. Subscription Year 1 is the first year of the Initial Term and Subscription Year 2 the second.

At the end of the Initial Term, and of each renewal term, this Agreement renews automatically for a further renewal term of one year unless either party gives notice of non-renewal at least 60 days before the end of the current term. Provider may increase the subscription fee for any renewal term by up to 9% over the fee for the preceding year by giving Customer notice at least 75 days before the renewal term begins.

### A6. Special Terms

(a) Approved subprocessors at signature: the hosting provider Shenzhen Yunhai Data Centre Co., Ltd. and the SMS gateway provider Guangzhou Xinda Communications Co., Ltd.

(b) Go-Live Date: no later than 75 days after signature of this Order Form.

(c) Customer's project contact: the Director of Service Operations. Provider's project contact: the Customer Success Manager for Greater China.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data and information submitted to the platform by or for Customer, including customer and site records, asset data, work orders, photographs, signatures and personal information of Customer's staff and its end customers.

1.2 "Usage Data" means data about the configuration, performance and use of the platform.

1.3 "Customer Configurations" means the workflows, forms, report templates and integration programs that Provider builds specifically for Customer.

### 2. Subscription Rights

2.1 Provider grants Customer a non-exclusive, non-transferable right during the term to access and use the platform for its internal business purposes.

2.2 Customer shall not resell the platform or use it to provide services to third parties other than its own end customers through the customer portal.

### 3. Onboarding and Go-Live Acceptance

3.1 Provider shall complete the onboarding services by the Go-Live Date in A6.

3.2 Go-Live Acceptance requires that: all workflows in the configuration workbook operate as agreed; the ERP and call-centre interfaces pass 500 test transactions without error; migrated work orders and asset records reconcile with the source lists; the mobile app works on the device models listed by Customer; and a 10-day pilot with 40 technicians completes without a Priority 1 incident. Customer shall confirm Go-Live Acceptance in writing within 5 business days after the criteria are met. Use of the platform during the pilot is not acceptance.

3.3 If Go-Live Acceptance is delayed beyond the Go-Live Date for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay.

### 4. Service Levels

4.1 Provider shall make the platform available at least 99.95% of each calendar month, excluding scheduled maintenance notified at least 72 hours in advance and performed between 00:00 and 06:00 Beijing time.

4.2 Provider shall respond to Priority 1 incidents (platform unavailable, or dispatch or mobile app not working for most users) within 30 minutes, at any time, and shall restore service within three hours. Priority 2 incidents shall be answered within two hours and resolved within one business day.

4.3 If availability falls below the commitment in 4.1, Customer receives a service credit of 5% of the monthly portion of the subscription fee for each 0.1 percentage point of shortfall, up to half of that monthly portion. Each missed Priority 1 response time earns a further credit of CNY 800. Credits are deducted from the next invoice or refunded at the end of the term.

### 5. Customer Data and Security

5.1 As between the parties, Customer owns all Customer Data.

5.2 Provider may collect and use Usage Data, and may aggregate and de-identify Customer Data, and use the resulting aggregated or de-identified data to operate, improve and develop its products, to train its scheduling and forecasting models and to publish industry benchmarks, during and after the term. Such data will not identify Customer or any individual.

5.3 Provider shall protect Customer Data with administrative, physical and technical safeguards that meet at least the level-3 requirements of the Multi-Level Protection Scheme, including encryption in transit and at rest, role-based access and audit logging. Customer Data is stored in mainland China and is not transferred abroad.

5.4 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, shall take all reasonable steps to contain it, and is responsible for the losses caused to Customer by any security incident resulting from Provider's breach of this Section.

5.5 Within 30 days after the end of the term, Provider shall return Customer Data in a standard export format and then delete it.

### 6. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only for the Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties. These duties continue for three years after the end of the term.

### 7. Intellectual Property

7.1 Provider retains all rights in the platform and in its general know-how.

7.2 Customer Configurations belong to Customer. Provider shall hand them over on request, and Customer may use, modify and license them to others without restriction.

### 8. Subcontracting

Provider may use the subprocessors approved in A6. Any other subcontractor or subprocessor requires Customer's prior written consent. Provider remains liable for all its subcontractors.

### 9. Termination

9.1 Either party may terminate the Agreement by written notice if the other party materially breaches it and fails to cure the breach within 30 days after written notice.

9.2 If Customer terminates under 9.1, Provider shall refund any prepaid fees for the remainder of the term.

### 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential loss or lost profits.

10.2 Each party's total liability arising out of or in connection with the Agreement is limited to the fees paid or payable by Customer in the six months preceding the event giving rise to the claim.

10.3 The limitation in 10.2 does not apply to Customer's payment obligations, breach of Section 6, or wilful misconduct.

### 11. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding on both parties.

### 12. General

12.1 Notices must be in writing and sent to the contacts named in A6.

12.2 Neither party may assign the Agreement without the other's consent, except to a successor of its whole business.

12.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. A failure of Provider's own subprocessors is not such an event.

12.4 This Agreement is the entire agreement of the parties on its subject matter and replaces all earlier proposals and discussions. Provider's online terms, click-through terms and purchase-order terms do not apply.

12.5 This Agreement is signed in English and Chinese; both versions have equal effect.

Signed for Provider: ____________________    Signed for Customer: ____________________
"""

H916E03 = """T:Purchase Contract for Condition Monitoring Sensors and Monitoring Software
P:Contract No. AJC-EQ-2027-0211
P:Buyer: Anhui Jinshan Cement Co., Ltd., a company organised under the laws of the People's Republic of China, with its registered office in Wuhu, Anhui Province.
P:Supplier: Taunton Vibration Analytics Corp., a Massachusetts corporation with its principal office in Taunton, Massachusetts, United States, acting through its Shanghai representative office for communications.
P:This Contract is made on the Buyer's standard terms for equipment purchases. The Buyer operates two clinker production lines with kilns, raw mills, cement mills, fans and conveyors, and wishes to install wireless condition monitoring on its critical rotating equipment. The Supplier has offered sensors, gateways and its MachineSense monitoring software, together with installation and training.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the Price Schedule.
P:1.2 "Software" means the MachineSense monitoring software, licensed perpetually under clause 3, including its analytics engine, alarm server and web interface.
P:1.3 "Deliverables" means the Equipment, the Software, the Custom Work and all documentation.
P:1.4 "Custom Work" means the asset models, alarm thresholds, dashboards, interface programs and reports that the Supplier prepares specifically for the Buyer's plant.
P:1.5 "Final Acceptance" means the Buyer's written acceptance under clause 6.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission 320 wireless tri-axial vibration and temperature sensors on the kiln drives, mills, fans and conveyors identified in the equipment list attached as Annex A, together with 24 gateways and the Software installed on the Buyer's servers.
P:2.2 The Supplier shall prepare asset models for every monitored machine, set baseline alarm levels, build interfaces to the Buyer's distributed control system and its maintenance management system, and train the Buyer's maintenance engineers.
P:2.3 The Supplier shall deliver the Equipment to the Buyer's plant in Wuhu within 60 days after signature and complete installation and commissioning within 45 days after delivery.
P:2.4 The Supplier's installation staff shall follow the Buyer's plant safety rules, permit-to-work procedures and instructions of the Buyer's safety officer. Mounting on running machines requires the Buyer's shutdown schedule, which the Buyer shall provide at least seven days in advance.
H:3. Price and Licence
P:3.1 The Contract Price is CNY 1,515,000, as set out in the Price Schedule below. It is fixed and includes customs duties, taxes, transport to site, insurance, installation, commissioning and training.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensors|320|2,150|688,000
TB:2|Gateways with mounting kits|24|9,800|235,200
TB:3|MachineSense monitoring software, perpetual licence, unlimited assets|1|412,000|412,000
TB:Hardware and Licence Subtotal||||1,335,200
TB:4|Installation, commissioning and asset modelling|1 lot|158,000|158,000
TB:5|Training of maintenance engineers|1 lot|21,800|21,800
TB:Contract Price||||1,515,000
P:3.2 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to use the Software at the Buyer's plant and by its affiliates, for any number of monitored assets and users.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price, CNY 151,500, within 15 days after signature, against a bank guarantee of the same amount issued by a bank in mainland China.
P:4.2 The Buyer shall pay 55% of the Contract Price, CNY 833,250, after delivery and installation of all Equipment, as shown by an installation certificate signed by both parties. The installation certificate is not acceptance.
P:4.3 The Buyer shall pay the balance of 35%, CNY 530,250, within 20 days after Final Acceptance.
P:4.4 Each payment is made by bank transfer in CNY against a valid VAT invoice.
H:5. Delivery and Delay
P:5.1 Title and risk in the Equipment pass to the Buyer on delivery to the plant.
P:5.2 If the Supplier delays delivery or completion of commissioning, the Supplier shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. The Buyer may deduct the damages from any payment.
P:5.3 If the delay exceeds 45 days, the Buyer may terminate the Contract under clause 13.
H:6. Acceptance
P:6.1 Final Acceptance takes place after a 30-day trial run following commissioning.
P:6.2 The acceptance criteria are: every sensor reports vibration and temperature at the configured interval without any gap longer than one hour over the trial run; alarms for simulated faults reach the control room and the maintenance system within 60 seconds; the asset models and dashboards cover all machines in Annex A; the interfaces pass the tests in Annex B; and all documentation has been delivered.
P:6.3 If the criteria are met, the Buyer shall issue a written Final Acceptance certificate within 10 days. If not, the Supplier shall remedy the defects at its cost and the trial run shall be repeated. Use of the system during the trial run is not acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective Equipment, correct Software defects and supply Software updates free of charge, including parts, labour and travel.
P:7.2 Sensor batteries that fail within the Warranty Period are replaced free of charge.
P:7.3 Equipment repaired or replaced under warranty is warranted for the rest of the Warranty Period or for six months after the repair, whichever ends later. The Supplier shall keep a stock of spare sensors and gateways in mainland China so that replacements can reach the plant within three days.
H:8. Support and Service Levels
P:8.1 The Supplier shall respond to a Severity 1 incident (the Software or the alarm server is down, or more than 20 sensors stop reporting) within two hours, at any time of day, and restore operation within one day. Severity 2 incidents shall be answered within one business day.
P:8.2 For every full hour by which the Supplier misses the Severity 1 response time, the Supplier shall pay the Buyer CNY 600, deducted from any amount due.
P:8.3 After the Warranty Period, the Buyer may purchase annual support covering the same service levels, Software updates and replacement of defective Equipment at 8% of the Hardware and Licence Subtotal, which is CNY 106,816 per year. This fee is fixed for the first three years after the Warranty Period and may be changed only by written agreement. Support is ordered year by year and does not renew automatically.
H:9. Intellectual Property
P:9.1 The Supplier retains ownership of the Software.
P:9.2 The Custom Work belongs to the Buyer. The Supplier shall deliver it in editable form, and the Buyer may use, modify and license it freely, including to other cement plants of its group.
P:9.3 The Supplier shall indemnify the Buyer against any third-party claim that the Deliverables infringe intellectual property rights.
H:10. Plant Data and Security
P:10.1 All vibration, temperature and process data collected by the Deliverables, and all data about the Buyer's plant, belong to the Buyer. The Supplier may use such data only to perform this Contract.
P:10.2 The Software runs on the Buyer's servers inside the plant network. The Supplier may access it remotely only through the Buyer's secure access gateway after approval of each session, and shall not copy plant data outside the Buyer's network or outside the People's Republic of China.
P:10.3 The Supplier shall report any security incident affecting the Deliverables or plant data within 12 hours and is liable for all losses caused by incidents attributable to it.
H:11. Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, in particular the Buyer's production data and plant layouts, and shall not disclose it to third parties without prior written consent, during the Contract and for three years after it ends.
H:12. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 10 and 11, which are not limited.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if the delay under clause 5.3 exceeds the stated period.
P:13.2 On termination the Supplier shall refund the amounts paid for Deliverables that the Buyer returns.
H:14. Subcontracting
P:The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:15. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.
H:16. Miscellaneous
P:16.1 Annex A (Equipment List) and Annex B (Interface Tests) form part of this Contract.
P:16.2 Neither party is liable for delay caused by force majeure, such as natural disasters, epidemics or government action, if it notifies the other party within five days and takes reasonable steps to limit the effects. Delivery dates are extended by the period of the force majeure event.
P:16.3 This Contract is signed in two English and two Chinese originals; in case of conflict the Chinese text prevails.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H916E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. CMS-CZ-2027-08

**Provider:** Chicopee Managed Services, Inc., a Massachusetts corporation, Front Street, Chicopee, Massachusetts, United States, performing the Services in China through its local delivery team.

**Customer:** Changzhou Ruilong Precision Bearing Co., Ltd., a company organised under the laws of the People's Republic of China, with its registered office in Wujin District, Changzhou, Jiangsu Province.

**Background.** Customer manufactures precision bearings at two plants in Changzhou and one in Xuzhou and runs its own IT infrastructure. Customer wishes to outsource the daily operation of that infrastructure and its end-user support. Provider has proposed the managed services described in Schedule 1. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services in Schedule 1, including the transition services.

1.2 "Service Commencement Date" means the date on which Customer confirms in writing that the criteria in Section 4 are met.

1.3 "Term" means the period of 36 months starting on the Service Commencement Date.

1.4 "Customer Data" means all data of Customer and its staff, customers and suppliers that Provider receives or can access in performing the Services.

1.5 "Deliverables" means runbooks, scripts, configuration records, knowledge-base articles and reports that Provider prepares for Customer.

## 2. Services

2.1 Provider shall perform the Services at the three plants and remotely, with the staffing and service levels set out in Schedules 1 and 2.

2.2 Provider shall appoint a service delivery manager located in Changzhou who attends monthly service reviews with Customer's IT manager and reports on incidents, service levels, changes and improvement actions.

2.3 Provider shall follow Customer's change-management procedure. Changes to production systems require Customer's approval, except emergency changes to restore service, which must be reported within one business day.

2.4 Provider's staff on Customer's premises shall comply with Customer's site rules, safety instructions and working hours.

2.5 Provider shall keep a named team of at least nine engineers assigned to Customer. Provider shall not replace the service delivery manager or the senior engineers without giving Customer 30 days' notice and a handover plan, and shall replace any person whom Customer reasonably asks to be removed.

## 3. Transition

3.1 Provider shall carry out the transition described in Schedule 1 and complete it within 70 days after signature of this Agreement.

3.2 If the Service Commencement Date does not occur within that period for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay, which Customer may deduct from any invoice.

## 4. Service Commencement

4.1 The Service Commencement Date occurs when all of the following are met: every in-scope device and server is recorded in the configuration database and reconciled with Customer's asset list; monitoring covers all servers, network devices and plant workstations in Schedule 1; runbooks for the top fifty recurring tasks are approved by Customer's IT manager; the service desk has handled live tickets for a parallel run of 10 business days within the Schedule 2 targets; and knowledge transfer from Customer's current staff is signed off.

4.2 Customer shall confirm in writing within five business days after Provider shows that the criteria are met, or state which criteria are not met. Use of the Services during the parallel run is not acceptance.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The total contract value for the Term is CNY 2,152,000.

5.2 The one-time transition charge is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears, after the end of each month of the Term. No amount is payable in advance.

5.3 Customer shall pay each correct invoice within 30 days after receipt. Service credits under Schedule 2 are deducted from the next invoice.

5.4 The charges are fixed for the Term. Additional work outside Schedule 1 requires a written change order signed by both parties.

5.5 All charges include value-added tax at the applicable rate. Provider shall issue special VAT invoices. If the VAT rate changes, the tax-inclusive charges are adjusted accordingly for invoices issued after the change.

## 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider may use Customer Data only to perform the Services and shall not use it for any other purpose.

6.2 At the end of the Term, Provider shall hand over all Customer Data and Deliverables in its possession to Customer or to a new provider named by Customer.

## 7. Confidentiality

7.1 Each party shall keep confidential all non-public information of the other party that it receives in connection with this Agreement, including technical, commercial and financial information, and shall not disclose it to any third party without prior written consent.

7.2 The obligations in 7.1 do not apply to information that is or becomes public without fault of the receiving party or must be disclosed by law. They continue for three years after the end of the Term.

## 8. Intellectual Property

Provider retains its tools and methods that existed before this Agreement. All Deliverables belong to Customer, which may use, modify and license them freely, including after the Term.

## 9. Liability

9.1 Neither party is liable for indirect loss or loss of profit, except in case of wilful misconduct.

9.2 Provider's total liability under this Agreement is limited to 150% of the total contract value.

## 10. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for all approved subcontractors.

## 11. Duration

11.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

11.2 This Agreement may not be terminated before the end of the Term, except by Provider if Customer fails to pay undisputed charges within 60 days after a written reminder. Customer's remedies for any failure by Provider are the service credits in Schedule 2 and damages under Section 9.

11.3 At the end of the Term Provider shall provide exit assistance for up to 45 days at the rates in Schedule 3.

## 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Shanghai.

## 13. General

13.1 This Agreement, with its three Schedules, is the entire agreement of the parties on its subject.

13.2 Amendments must be in writing and signed by both parties.

13.3 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics, power failures in the public grid or government action, if it notifies the other party promptly and works to resume performance.

13.4 Notices shall be given in writing to the addresses above, for the attention of Customer's IT manager and Provider's service delivery manager.

13.5 This Agreement is signed in two English originals and two Chinese translations; the English text prevails.

## Schedule 1 — Scope of Services

| Service | Description | Coverage |
|---|---|---|
| Service desk | Single point of contact in Chinese and English by phone, e-mail and portal; ticket logging, first-line fixes, escalation | 24 × 7 |
| End-user support | On-site support for 780 desktops and laptops, 64 plant workstations, printers and mobile devices | Business hours at each plant, on call at night |
| Server and storage operations | Monitoring and administration of 46 virtual and 9 physical servers and two storage arrays; backup jobs and restore tests | 24 × 7 monitoring |
| Network operations | Monitoring and administration of core, distribution and access switches, Wi-Fi controllers and WAN links between the plants | 24 × 7 monitoring |
| Asset and configuration management | Configuration database, asset lifecycle records, licence tracking | Business hours |
| Transition | Discovery, knowledge transfer, runbooks, monitoring set-up, parallel run | Before Service Commencement |

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response time | Resolution target | Credit per missed target |
|---|---|---|---|---|
| P1 | Production line stopped, or a plant cannot ship or invoice | 15 minutes | 3 hours | CNY 2,000 |
| P2 | Important system degraded, workaround available | 1 hour | 8 hours | CNY 800 |
| P3 | Single user affected | 2 business hours | 2 business days | CNY 100 |

Service credits in any month are limited to 20% of that month's service charge. Provider shall report service-level results monthly.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition (one-time) | Fixed | 64,000 |
| Monthly service charge | CNY 58,000 × 36 months | 2,088,000 |
| **Total contract value** | | **2,152,000** |
| Exit assistance beyond the Term | Per person-day, on request | 2,600 |

Signed for Provider: ____________________    Signed for Customer: ____________________
"""

H916E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. HPI-CN-2027-117

PARTIES

1.1 Holyoke Paper Index, Inc., a Massachusetts corporation with its office on Canal Street, Holyoke, Massachusetts, United States ("Vendor").

1.2 Dongguan Huaxin Paper Trading Co., Ltd., a company organised under the laws of the People's Republic of China, with its registered office in Dongguan, Guangdong Province ("Customer").

1.3 Vendor publishes price assessments, supply and demand statistics and forecasts for pulp, recovered paper, containerboard and tissue markets. Customer trades pulp and paper products and wishes to receive Vendor's data through an application programming interface ("API") for use in its trading, purchasing and risk systems.

DEFINITIONS

2.1 "Licensed Data" means the price assessments, indices, statistics, forecasts and commentary that Vendor makes available through the API and the web terminal under this Agreement.

2.2 "Customer Data" means all data that Customer or its users submit to Vendor's systems, including portfolio positions, watch lists, alerts, user accounts and query logs.

2.3 "Subscription Year" means each of the two consecutive yearly periods of the Subscription Term. The first Subscription Year begins on the date of Integration Acceptance; the second begins on the first anniversary of that date.

2.4 "Subscription Term" means the two Subscription Years.

2.5 "Integration Adapters" means the connectors, mapping tables and scripts that Vendor builds specifically to load Licensed Data into Customer's systems.

SUBSCRIPTION AND LICENCE

3.1 Vendor shall provide Customer with access to the Licensed Data packages listed in Annex 1 through the REST API and the web terminal, for 35 named users and up to three connected internal systems.

3.2 Vendor grants Customer a non-exclusive, non-transferable licence during the Subscription Term to use the Licensed Data for its internal business, including trading decisions, pricing of customer contracts, internal reports and risk models.

3.3 Customer may share extracts of the Licensed Data with its customers and suppliers in the normal course of business, in amounts that cannot reasonably serve as a substitute for a subscription. Customer shall not resell or publish the Licensed Data as a data product.

3.4 Derived figures created by Customer, such as internal price curves and reports, belong to Customer and may be kept after the Subscription Term.

3.5 Customer shall keep user credentials personal to each named user and shall inform Vendor when a user leaves, so that the account can be reassigned. Vendor may suspend an account that is evidently shared by several persons after informing Customer and giving it five business days to correct the situation.

INTEGRATION SERVICES

4.1 Vendor shall build Integration Adapters for Customer's trading system, its ERP system and its data warehouse, and shall set up single sign-on for the web terminal.

4.2 Vendor shall use reasonable efforts to complete the integration within 45 days after signature. Customer shall provide test environments and technical contacts within ten days after signature.

4.3 Integration Acceptance requires that: all packages in Annex 1 load into the three target systems on schedule for ten consecutive business days; the loaded values reconcile with the web terminal for every series tested; historical series back to 2015 are loaded completely; single sign-on works for all named users; and the documentation for the Integration Adapters is delivered. Customer shall confirm Integration Acceptance in writing within five business days after the criteria are met. Use of the data during testing is not acceptance.

4.4 The Integration Adapters and their documentation belong to Customer, which may use, modify and license them freely. Vendor shall deliver their source code at Integration Acceptance.

FEES AND PAYMENT

5.1 The fees are:
    (a) subscription fee, Subscription Year 1: CNY 298,000;
    (b) subscription fee, Subscription Year 2: CNY 298,000;
    (c) one-time integration fee: CNY 18,000.
    The total fees for the Subscription Term are CNY 614,000, including value-added tax.

5.2 The integration fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days after receipt. No amount is payable before Integration Acceptance.

5.3 The fees are fixed for the Subscription Term. Additional users may be added at CNY 7,200 per user per Subscription Year, pro rata, by written order.

SERVICE LEVELS

6.1 Vendor shall make the API available at least 99.95% of each calendar month, excluding maintenance announced at least 48 hours in advance and performed on weekends between 01:00 and 05:00 Beijing time.

6.2 Vendor shall publish each daily price assessment by the time stated for it in Annex 1. A delay of more than two hours is an incident.

6.3 Vendor shall respond to a Priority 1 incident (the API or the web terminal unavailable, or daily assessments not published) within one hour at any time, and to other incidents within one business day.

6.4 Service credits: for each full 0.1 percentage point by which monthly availability falls short of the commitment in 6.1, Customer receives a credit of 2% of the monthly portion of the subscription fee; each Priority 1 response missed by more than one hour earns a credit of CNY 600. Credits in a month are limited to a quarter of the monthly portion of the subscription fee and are deducted from the next invoice or refunded at the end of the Subscription Term.

6.5 Vendor shall send Customer a monthly service report with availability, publication times and incidents.

6.6 Vendor shall provide support in Chinese and English through a named account manager, a support portal and a telephone hotline. Vendor's analysts shall hold a market briefing for Customer's traders once each quarter and answer methodology questions within two business days.

CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Vendor may use Customer Data only to provide the subscription and support to Customer and shall not use it for any other purpose, including product development or market analysis.

7.2 Vendor shall store Customer Data in mainland China, protect it with encryption in transit and at rest, multi-factor authentication for administrator access and logged access control, and shall not transfer it abroad.

7.3 Vendor shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take immediate steps to contain it, and is liable for all losses caused to Customer by a security incident that results from Vendor's failure to comply with this section.

7.4 Within 30 days after the end of the Subscription Term, Vendor shall return Customer Data in a standard format and then delete all copies.

ACCURACY OF DATA

8.1 Vendor shall compile the Licensed Data with due care according to its published methodology and shall correct any error within one business day after it is identified.

8.2 Vendor shall notify Customer at least 60 days in advance of any material change to the methodology of a price assessment in Annex 1.

LIABILITY

9.1 Neither party is liable for indirect or consequential loss, including trading losses resulting from decisions based on the Licensed Data, except in case of wilful misconduct.

9.2 Each party's total liability under this Agreement is limited to 120% of the total fees in clause 5.1.

9.3 The limit in 9.2 does not apply to breach of clause 7 or to Customer's payment obligations.

SUBCONTRACTING

10.1 Vendor shall not subcontract the operation of the API, the hosting of Customer Data or the integration services without Customer's prior written consent. Vendor remains responsible for any approved subcontractor.

TERM AND TERMINATION

11.1 This Agreement begins on signature and ends at the end of the Subscription Term. It does not renew automatically. A renewal requires a new written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

11.3 If Customer terminates under 11.2, Vendor shall refund the subscription fee for the remaining part of the Subscription Year.

11.4 If monthly availability falls short of the commitment in 6.1 in three consecutive months, Customer may terminate this Agreement immediately by written notice, and clause 11.3 applies.

GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission in Beijing for arbitration under its rules in force at the time. The award is final and binding.

GENERAL

13.1 Annex 1 (Data Packages and Publication Times) forms part of this Agreement.

13.2 Neither party may assign this Agreement without the other party's prior written consent.

13.3 Amendments must be in writing and signed by both parties.

13.4 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, failures of the public internet or government action, provided that it notifies the other party promptly and resumes performance as soon as possible.

13.5 Notices shall be given in writing to the addresses stated above, for the attention of Customer's head of trading systems and Vendor's account manager.

13.6 This Agreement is signed in two English originals, one for each party.

For Vendor: ____________________    For Customer: ____________________
"""

# ---------------------------------------------------------------- files, labels and design
FILES = {  # key -> (file name, format, language)
    "h916z01": ("h916z01_housing_elevator_retrofit_platform.pdf", "pdf", "zh"),
    "h916z02": ("h916z02_goggle_factory_line_control_retrofit.docx", "docx", "zh"),
    "h916z03": ("h916z03_snowmobile_chain_booking_membership_saas.txt", "txt", "zh"),
    "h916z04": ("h916z04_charging_cabinet_fire_monitoring_om_service.txt", "txt", "zh"),
    "h916z05": ("h916z05_gu_embroidery_process_tracking_supplier_template.md", "md", "zh"),
    "h916e01": ("h916e01_seafood_traceability_perpetual_licence_gloucester.pdf", "pdf", "en"),
    "h916e02": ("h916e02_field_service_saas_order_form_northampton.md", "md", "en"),
    "h916e03": ("h916e03_cement_plant_vibration_sensors_taunton.docx", "docx", "en"),
    "h916e04": ("h916e04_managed_it_services_36_months_chicopee.md", "md", "en"),
    "h916e05": ("h916e05_pulp_paper_market_data_api_holyoke.txt", "txt", "en"),
}
SOURCES = {"h916z01": H916Z01, "h916z02": H916Z02, "h916z03": H916Z03, "h916z04": H916Z04, "h916z05": H916Z05,
           "h916e01": H916E01, "h916e02": H916E02, "h916e03": H916E03, "h916e04": H916E04, "h916e05": H916E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
# key: category, the 19 terms in TERM_KEYS order, then extra (sla_clause, ld_stated, capped or None, deemed, value)
T = {
    "h916z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 10,
                             False, True, False, "PRC", G], (True, True, True, False, 1896000)),
    "h916z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.08, None, 10, True, True, 18, 28,
                             False, True, False, "PRC", G], (True, True, True, False, 1748000)),
    "h916z03": ("cloud", [99.5, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None,
                          True, True, False, "PRC", S], (True, True, None, False, 854000)),
    "h916z04": ("services", [99.95, 0.5, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None,
                             False, True, True, None, S], (True, True, None, False, 586000)),
    "h916z05": ("software", [None, None, False, "supplier", True, False, True, 0.02, None, 65, False, False, 6, 18,
                             False, True, None, None, G], (False, True, True, True, 408000)),
    "h916e01": ("software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11,
                             False, True, False, "Massachusetts", G], (True, True, True, False, 1726000)),
    "h916e02": ("cloud", [99.95, 0.5, True, "buyer", True, False, True, 500 / 714000 * 100, 6 / 24 * 100, None, True,
                          None, None, None, True, True, False, "PRC", S], (True, True, None, False, 714000)),
    "h916e03": ("hardware", [None, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 8,
                             False, True, False, "PRC", G], (True, True, True, False, 1515000)),
    "h916e04": ("services", [None, 0.25, True, "buyer", False, True, True, 1800 / 2152000 * 100, 150, None, True,
                             None, None, None, False, False, False, "PRC", S], (True, True, None, False, 2152000)),
    "h916e05": ("cloud", [99.95, 1, True, "buyer", True, True, False, None, 120, None, True, None, None, None,
                          False, True, False, "PRC", S], (True, False, None, False, 614000)),
}
# design facts that are not label keys: forum outside mainland China; TCO fee base (itemised licence/hardware)
FORUM_OUTSIDE = {"h916e01"}
FEE_BASE = {"h916z01": 780000, "h916z02": 1490000, "h916z05": 168000, "h916e01": 1260000, "h916e03": 1335200}
DESIGN = {
    "h916z01": [],
    "h916z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "h916z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "h916z04": ["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"],
    "h916z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h916e01": ["CR-GOVERNING-LAW"],
    "h916e02": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "h916e03": [],
    "h916e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "h916e05": ["CR-CONFIDENTIALITY", "CR-LD-MISSING"],
}
RISK = {"h916z01": "low", "h916z02": "high", "h916z03": "medium", "h916z04": "medium", "h916z05": "high",
        "h916e01": "low", "h916e02": "medium", "h916e03": "low", "h916e04": "high", "h916e05": "high"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
# price sums stated in the texts: key -> (parts, total)
SUMS = {"h916z01": ([780000, 960000, 120000, 36000], 1896000), "h916z01 pay": ([379200, 853200, 663600], 1896000),
        "h916z02": ([620000, 410000, 286000, 174000, 230000, 28000], 1748000),
        "h916z02 pay": ([174800, 961400, 611800], 1748000), "h916z03": ([384000, 384000, 86000], 854000),
        "h916z04": ([146500] * 4, 586000), "h916z05": ([168000, 212000, 28000], 408000),
        "h916z05 pay": ([265200, 142800], 408000), "h916e01": ([1260000, 420000, 46000], 1726000),
        "h916e01 pay": ([345200, 776700, 604100], 1726000), "h916e02": ([336000, 336000, 42000], 714000),
        "h916e03": ([688000, 235200, 412000, 158000, 21800], 1515000),
        "h916e03 pay": ([151500, 833250, 530250], 1515000), "h916e04": ([64000, 58000 * 36], 2152000),
        "h916e05": ([298000, 298000, 18000], 614000)}
PCT_CHECKS = [(1896000 * 0.20, 379200), (1896000 * 0.45, 853200), (1896000 * 0.35, 663600), (780000 * 0.10, 78000),
              (1748000 * 0.10, 174800), (1748000 * 0.55, 961400), (1748000 * 0.35, 611800), (1490000 * 0.28, 417200),
              (408000 * 0.65, 265200), (408000 * 0.35, 142800), (168000 * 0.18, 30240), (1726000 * 0.20, 345200),
              (1726000 * 0.45, 776700), (1726000 * 0.35, 604100), (1260000 * 0.11, 138600), (1515000 * 0.10, 151500),
              (1515000 * 0.55, 833250), (1515000 * 0.35, 530250), (1335200 * 0.08, 106816), (320 * 2150, 688000),
              (24 * 9800, 235200), (40 * 9600, 384000)]


def label(key):
    category, terms, (sla, ld_stated, capped, deemed, value) = T[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms[-1] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": FILES[key][0], "language": FILES[key][2], "category": category,
            "expected_terms": dict(zip(TERM_KEYS, terms)), "expected_extra": extra,
            "expected_rules": derive(key, dict(zip(TERM_KEYS, terms)), extra)}


def tco_share(key, t, x):
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * FEE_BASE[key] * years
    return fees / (x["contract_value"] + fees) * 100


def derive(key, t, x):
    """My reading of policy section 3, from the label values."""
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


# ---------------------------------------------------------------- threshold figures in text
ZH_NUM = "一二三四五六七八九十零〇两百"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)",                                                   # availability 99.9
    r"(?<![\d.])0\.050*(?!\d)\s*(?:%|％|percent|per\s*cent)", r"万分之五(?![十百])", r"0\.5\s*‰", r"千分之零点五",  # LD
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?|hrs?\b|h\b)", r"(?<![\d.])4\s*-\s*hour",   # 4 hours
    r"(?<![%s])四\s*个?\s*小时" % ZH_NUM, r"four\s*(?:\(4\)\s*)?-?\s*hours?",
    r"(?<![\d.])(?:30|15|40|100)(?:\.0+)?\s*(?:%|％|percent|per\s*cent)",         # 30 / 15 / 40 / 100 %
    r"百分之(?:三十|十五|四十|一?百)(?![一二三四五六七八九十点])",
    r"(?<![\d.])12\s*(?:个\s*月|months?|-\s*month)", r"(?<![%s])十二\s*个\s*月" % ZH_NUM,  # 12 months
    r"twelve\s*(?:\(12\)\s*)?-?\s*months?",
    r"(?<![\d.])5\s*(?:years?|-\s*year)", r"(?<![\d.])5\s*年(?!度)", r"(?<![%s第])五\s*年(?!度)" % ZH_NUM,  # 5 years
    r"five\s*(?:\(5\)\s*)?-?\s*years?",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "0.05%", "0.05 percent", "万分之五", "4小时", "4 个小时", "四小时", "4 hours", "4-hour",
            "four (4) hours", "30%", "15 %", "40 percent", "100%", "百分之三十", "百分之百", "12个月", "十二个月",
            "12 months", "twelve-month", "5 years", "5年", "五年", "five years", "within4hours"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "fourteen hours", "0.055%", "万分之五十",
             "2027年12月31日", "2025年", "二〇二五年", "25 years", "12 hours", "百分之三十五", "3.4 hours", "130%",
             "0.15%", "115%", "150%", "第五年度", "1,500", "二十四个月", "十八个月"]
for s_ in MUST_HIT:
    assert THRESHOLD_RE.search(s_), s_
for s_ in MUST_MISS:
    assert not THRESHOLD_RE.search(s_), s_


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


def check_label_values(key, lab):
    t, x = lab["expected_terms"], lab["expected_extra"]
    bad = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
           "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
    for k, v in bad.items():
        assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k)
    share = tco_share(key, t, x) if t["contract_kind"] == G else None
    if share is not None:
        assert abs(share - 40) > 2, (key, share)
    return share


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for key, (name, fmt, lang) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)
    write({k: SOURCES[k] for k in FILES if FILES[k][1] in ("docx", "pdf")},
          {k: (FILES[k][0], FILES[k][1]) for k in FILES if FILES[k][1] in ("docx", "pdf")}, OUT, wrap_words=True)
    for parts, total in SUMS.values():
        assert sum(parts) == total, (parts, total)
    for a, b in PCT_CHECKS:
        assert abs(a - b) < 1e-6, (a, b)
    covered = set()
    for key, (name, fmt, lang) in FILES.items():
        lab = label(key)
        assert list(lab["expected_terms"]) == TERM_KEYS
        assert lab["expected_rules"] == sorted(DESIGN[key]), (key, lab["expected_rules"], DESIGN[key])
        sev = [SEVERITY.get(r, "medium") for r in lab["expected_rules"]]
        risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
        assert risk == RISK[key], (key, risk)
        covered |= set(lab["expected_rules"])
        share = check_label_values(key, lab)
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = THRESHOLD_RE.search(variant)
            assert not m, (key, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                         encoding="utf-8")
        print(f"{key} {lang} {fmt} length={n} risk={risk} tco_share={share} rules={lab['expected_rules']}")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert sum(1 for k in FILES if not DESIGN[k]) == 2
    print("all checks passed")


if __name__ == "__main__":
    main()
