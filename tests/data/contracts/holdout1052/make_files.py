"""holdout1052: ten blind held-out draft contracts (ordinary drafts, no tricks).

Builds every file from the sources below (.txt/.md written as they are; .docx/.pdf through ../word_pdf.py), writes the
.json labels, and asserts: price sums, length ranges as read back, no label value on a policy threshold, no threshold
figure in any text (raw, whitespace-collapsed, whitespace-free), rules derived from the labels = the design list, and
coverage of all 20 CR rules. Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:青禾市燃气瓶充装配送追溯监管平台采购合同
P:政府采购项目编号：QHCG-2026-0417    合同编号：QHRQ-HT-2026-009
P:甲方（采购人）：青禾市城市管理局燃气管理办公室
P:乙方（供应商）：青禾启明信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就燃气瓶充装配送追溯监管平台的软件许可与定制开发事宜，经协商一致，签订本合同。招标文件、投标文件及其澄清均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供“瓶安”燃气瓶追溯平台软件永久使用许可（市级部署，不限用户数），并按甲方需求完成定制开发、部署实施、数据初始化和培训。
P:1.2 定制开发内容包括：气瓶建档赋码与充装前后检查记录模块、配送员手机端应用、用户扫码安全提示页面、与省级特种设备监管平台及市“互联网+监管”系统的数据接口、监管驾驶舱及统计报表共十八张。
P:1.3 平台部署于甲方指定的政务云资源上，政务云资源由甲方另行提供，不计入本合同价款。
P:1.4 乙方应保证所提供软件不侵犯任何第三方的知识产权；如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰肆拾捌万陆仟元整（¥1,486,000），包括：平台软件许可费¥842,000；定制开发费¥520,000；部署实施及数据初始化费¥98,000；培训费¥26,000。
P:2.2 合同总价为固定价，已包含税费、差旅、第三方组件授权及乙方完成本项目所需的全部费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订并经政府采购备案后十五个工作日内，甲方支付合同总价的20%作为预付款，乙方应同时提交等额银行预付款保函。
P:3.2 平台上线并通过初步验收后十五个工作日内，甲方支付合同总价的45%。
P:3.3 最终验收合格并签署最终验收报告后十五个工作日内，甲方支付合同总价的35%。
P:3.4 乙方应在每次付款前开具合法有效的增值税发票。甲方按财政资金支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
P:3.5 预付款保函有效期应至平台初步验收合格之日，初步验收合格后甲方退还保函原件。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后九十日内完成定制开发及部署，平台上线试运行；试运行期为六十日。
P:4.2 乙方应提交需求规格说明书、设计文档、接口说明、测试报告、用户手册、运维手册及定制开发部分的全部源代码。
P:4.3 乙方应派驻项目经理一名及开发、实施人员不少于六名，项目经理须具有同类监管平台项目经验，未经甲方同意不得更换。乙方应每周向甲方提交项目周报，说明进度、问题及下周计划。
P:4.4 培训：乙方应为甲方及各区燃气管理人员、充装单位操作人员提供不少于八场培训，提供培训教材并进行考核，确保参训人员能够独立完成日常操作。
H:第五条 验收
P:5.1 初步验收在平台上线后进行，标准为：招标文件所列功能全部实现；与省级特种设备监管平台、“互联网+监管”系统接口连续十日数据交换无差错；在二百个并发用户下，扫码查询响应不超过2秒，统计报表生成不超过5秒；通过甲方委托的第三方安全测评，无高危漏洞。
P:5.2 最终验收在试运行期满后进行，标准为：试运行期间无一级故障；已建档气瓶的充装、检验、配送记录可完整追溯；第4.2款所列文档和源代码齐全；甲方组织的专家评审意见为通过。
P:5.3 验收不合格的，乙方应在十五日内整改并重新提交验收。平台上线、试运行或甲方使用平台，均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、接口适配和技术支持。
P:6.3 质保期内乙方应每季度对平台进行一次巡检，提交巡检报告，对发现的性能和安全问题及时整改；重大节假日及燃气安全专项检查期间，乙方应安排专人值守。
P:6.2 质保期满后，如甲方需要，乙方继续提供维护服务，年维护费不超过平台软件许可费的9%（即¥75,780），质保期满后三年内不得上调。维护合同逐年签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%，计划内维护须提前三个工作日报甲方同意并安排在夜间进行。
P:7.2 故障分级响应：一级故障（平台不可用或监管数据中断）30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应、24小时内解决；三级问题在下一版本中解决。
P:7.3 乙方未按时响应或恢复的，每超时一小时向甲方支付¥1,000；月度可用率每低于承诺值0.01个百分点，扣减当年维护费用或向甲方支付¥2,000。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本合同项下定制开发的模块、接口程序、报表及其源代码和文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再开发，无需另行付费。
H:第九条 数据安全
P:9.1 平台中的气瓶、充装单位、配送人员及用户数据均属于甲方所有。乙方仅为履行本合同使用上述数据，不得用于任何其他目的，不得向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，对个人信息加密存储，按最小权限原则开通运维账号，通过堡垒机进行远程运维并留存审计日志，不得将数据复制至甲方环境之外。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施。因乙方原因造成的，乙方承担全部赔偿责任及相应的行政责任。
H:第十条 保密
P:10.1 乙方对履行本合同知悉的甲方工作秘密、监管信息及其他非公开信息负有保密义务，未经甲方书面同意不得披露。保密义务在本合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合约定且整改后仍不合格的，甲方有权拒收并要求乙方返还已付款项，赔偿甲方因此遭受的损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.4 乙方支付违约金后，仍应继续履行合同并完成整改。
H:第十二条 分包与转让
P:12.1 本项目不允许分包。乙方不得将本合同全部或部分转包、分包给第三方。
H:第十三条 合同解除
P:13.1 乙方有下列情形之一的，甲方有权书面通知解除合同：逾期交付超过三十日；验收两次不合格；违反第九条或第十条；发生其他重大违约且在甲方通知后十五日内未纠正。
P:13.2 合同解除的，乙方应返还甲方已付款项中未履行部分，并赔偿甲方损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明，双方可根据影响程度延期履行或部分免除责任。不可抗力消除后，双方应继续履行。
H:第十六条 其他
P:16.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。未尽事宜，双方可签订补充协议。
P:甲方（盖章）：青禾市城市管理局燃气管理办公室    乙方（盖章）：青禾启明信息技术有限公司
P:签订日期：2026年  月  日
"""

Z02 = """T:电动榨汁杯生产线控制系统改造合同
P:合同编号：XZ-SB-2026-031
P:甲方：浙江鲜榨智能电器有限公司
P:乙方：宁波川衡自动化工程有限公司
P:甲方为提升电动榨汁杯装配线、测试线的自动化水平和质量追溯能力，委托乙方对其两条装配线和一条整机测试线的控制系统进行改造。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责装配线一、装配线二及整机测试线控制系统的设计、设备供货、软件开发、安装调试、停线切换和培训，包括PLC控制柜更换、工位HMI终端、电机测试及充电检测工装控制单元、刀组装配与外观视觉检测、产线控制软件及与甲方MES系统的接口。
P:1.2 改造应在甲方安排的停线窗口内完成，每条产线的停线时间不超过七日，乙方应提前提交切换方案并经甲方生产部确认。
P:1.3 乙方提供的设备应为全新、原厂正品，技术参数不低于附件一《技术规格书》的要求。
P:1.4 乙方应在合同签订后十五日内完成现场勘察和详细设计，设计方案经甲方书面确认后方可实施。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰陆拾万元整（¥2,600,000），含13%增值税，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及I/O模块改造（装配线、测试线）|6套|1,008,000
TB:2|触摸屏HMI及工位终端|24台|228,000
TB:3|电机测试及充电检测工装控制单元|12套|432,000
TB:4|视觉检测系统（刀组装配、外观）|4套|316,000
TB:5|产线控制软件及MES接口模块许可|1套|200,000
TB:|设备及软件小计||2,184,000
TB:6|安装调试及停线切换|1项|236,000
TB:7|产线看板及工艺参数管理定制开发|1项|158,000
TB:8|操作及维护培训|1项|22,000
TB:|合计||2,600,000
P:2.2 上述价格为固定总价，包括设备、软件、运输、保险、安装、调试、培训及税费。
P:2.3 因甲方要求增加工位或变更设计导致工作量变化的，双方另行签订变更协议，单价参照本合同价格确定。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并安装完成后，甲方支付合同总价的55%。到货签收和安装完成仅确认数量和外观，不视为验收。
P:3.3 最终验收合格后十五个工作日内，甲方支付合同总价的35%。
P:3.4 乙方应在每笔付款前开具相应金额的增值税专用发票。
H:第四条 交付期限
P:4.1 乙方应在合同签订后六十日内完成全部设备到货，九十日内完成三条产线的安装调试并具备试生产条件。
P:4.2 乙方应交付电气原理图、PLC程序及注释、HMI工程文件、接口说明、操作手册和维护手册。
P:4.3 乙方人员进入甲方厂区应遵守甲方安全生产、防静电和车间卫生管理规定，动火、登高、带电作业须办理作业许可。因乙方违反安全规定造成人身伤害或财产损失的，由乙方承担责任。
P:4.4 乙方应指定一名项目经理常驻现场，每日与甲方生产部召开进度碰头会，停线切换期间乙方技术骨干须全程在场。
H:第五条 验收
P:5.1 每条产线改造完成后进行七十二小时连续试生产。最终验收标准为：各工位节拍达到技术规格书要求；整机测试线对电机转速、充电电流和密封性的检测结果与标准样机比对一致；视觉检测漏检率不高于0.2%；产线数据实时上传MES，追溯码关联完整；连续二十个生产日无停线超过半小时的控制系统故障。
P:5.2 验收由甲方生产部、设备部和质量部共同进行，并签署最终验收报告。试生产、投入生产或付款均不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内整改，整改后重新验收，费用由乙方承担。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起算。质保期内设备及软件出现故障，乙方免费维修、更换和升级。
P:6.2 质保期满后，乙方提供年度维保服务，维保费为设备及软件小计的8%，即每年¥174,720，质保期满后三年内保持不变。维保范围包括季度巡检、故障维修、备件更换（易损件除外）和软件补丁。
P:6.3 维保服务合同按年签订，甲方可决定是否续签。
P:6.4 质保期内同一部件故障累计发生三次以上的，乙方应免费更换为新的同型号或更高型号部件，该部件质保期相应顺延。
H:第七条 售后服务
P:7.1 乙方提供7×24小时电话支持。一级故障（产线停线或检测工位失效）乙方应在8小时内响应并派工程师到场，24小时内恢复生产；二级故障（单一工位功能异常）24小时内响应，48小时内修复。
P:7.2 乙方未按上述时限响应或恢复的，每超时一小时向甲方支付¥800，甲方可从应付款项或质量保证金中扣除。
P:7.3 乙方应在甲方厂区常备关键备件，包括PLC模块、触摸屏、视觉相机和光源各若干，备件清单经甲方确认。
P:7.4 乙方应为甲方设备部维护人员和产线班组长提供不少于五天的培训，内容包括PLC程序结构、HMI操作、视觉检测参数调整和常见故障排除，培训结束后进行考核。
H:第八条 知识产权
P:8.1 乙方为本项目编写的PLC程序、HMI工程文件、产线看板和工艺参数管理模块及其源代码，知识产权归甲方所有，甲方可自行修改或委托他人维护。
P:8.2 产线控制软件标准模块的知识产权归乙方，乙方授予甲方永久使用许可。
H:第九条 数据与安全
P:9.1 产线运行数据、工艺参数和质量追溯数据属于甲方所有，乙方不得复制、保存或用于本合同以外的任何目的。
P:9.2 乙方远程运维须经甲方批准，通过甲方指定的VPN及堡垒机接入，操作全程记录。乙方不得在工控网络中接入未经检查的移动存储设备。
P:9.3 因乙方原因导致甲方数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，并承担全部赔偿责任。
P:9.4 项目结束或合同终止时，乙方应删除其持有的甲方数据副本，并出具书面确认。
H:第十条 保密
P:10.1 乙方对在项目中获知的甲方产品设计、工艺参数、产能和客户信息负有保密义务，保密期限至本合同终止后五年。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成安装调试的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:11.2 因乙方原因导致停线时间超过约定的，乙方应赔偿甲方的停产损失。
P:11.3 甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十二条 分包
P:12.1 乙方可将电气安装、线缆敷设等辅助工程分包给具备相应资质的单位，但应提前五个工作日书面通知甲方，并对分包单位的工作质量和安全承担全部责任。
H:第十三条 合同解除
P:13.1 乙方逾期超过三十日、验收两次不合格或有其他重大违约且经甲方书面通知后十日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:13.2 合同解除后，乙方已交付并经甲方确认可独立使用的设备，经双方结算后可由甲方保留。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交宁波仲裁委员会仲裁。
H:第十五条 不可抗力
P:15.1 因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响一方应及时通知对方并提供证明，履行期限相应顺延，双方均不承担违约责任。
H:第十六条 其他
P:16.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一《技术规格书》与本合同具有同等效力。
P:甲方（盖章）：            乙方（盖章）：
P:日期：2026年  月  日
"""

Z03 = """棋道连锁门店预约及会员管理系统服务合同

合同编号：QD-IT-2026-012

甲方：上海弈博教育科技有限公司（“弈博国际象棋”连锁培训机构）
乙方：杭州约课云网络科技有限公司

甲方在华东地区经营四十家国际象棋培训门店，需统一使用课程预约、会员管理和门店经营分析系统。乙方为软件即服务（SaaS）提供商。双方根据《中华人民共和国民法典》，就乙方向甲方提供系统服务及实施事宜达成如下协议。

一、服务内容
（一）订阅服务
1. 乙方向甲方四十家门店及总部提供“约课云”SaaS系统的使用权，包括课程排期与预约、学员档案、会员卡及课时包、家长端小程序、教练排班、等级分与比赛报名管理、门店经营报表等功能模块。
2. 服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，每个服务年度为三百六十五日。
3. 服务期内，乙方负责系统的运行、维护、升级及数据备份，甲方无需另行购买服务器或数据库。
（二）实施服务
1. 乙方负责甲方现有会员、课时余额、学员等级分及历史课程记录的迁移，迁移前后数据应逐项核对。
2. 乙方负责四十家门店的参数配置、家长端小程序上线、与甲方现有支付商户号和企业微信的对接。
3. 乙方按甲方要求开发定制报表六张（门店课消、教练课时、续费率、试听转化、比赛成绩、区域排名）及总部驾驶舱一个。
4. 乙方为甲方总部及门店人员提供培训，每家门店至少培训店长和前台各一名。
5. 实施期间乙方派驻项目经理一名，并安排实施顾问不少于三名分片区驻场，确保各门店在切换当周正常排课。

二、费用
（一）订阅费按门店计收，每家门店每个服务年度人民币9,600元，四十家门店每个服务年度合计人民币384,000元，两个服务年度合计人民币768,000元。
（二）实施费人民币86,000元，培训费人民币14,000元。
（三）本合同总价为人民币868,000元（含税）。服务期内甲方新增门店的，按同一单价按剩余服务天数折算计费；关闭门店的，自次一季度起相应减少订阅费。
（四）订阅费包括系统使用、短信通知（每个服务年度不超过二十万条）、存储空间和标准技术支持，超出部分按乙方报价另行结算。

三、付款方式
（一）本合同不设预付款。
（二）实施费和培训费在系统上线验收合格后十五个工作日内一次付清。
（三）每个服务年度的订阅费分四期支付，每期为当年订阅费的四分之一，于每个服务季度结束后十五个工作日内支付。
（四）乙方应在收款前开具增值税专用发票。

四、上线与验收
（一）乙方应在合同签订后四十五日内完成实施并上线，全部门店同时切换。
（二）上线验收标准：
1. 会员、课时余额和等级分迁移后与原系统逐条核对一致，差异为零；
2. 合同所列功能模块和六张定制报表全部可用，报表数据与抽查的原始单据一致；
3. 在甲方提供的五百个并发预约场景测试中，页面响应时间不超过3秒；
4. 小程序支付、退款和企业微信消息推送联调通过；
5. 试运行十四日内无一级故障。
（三）甲方在乙方提交验收申请后七个工作日内组织验收，签署验收报告。系统上线或门店开始使用不视为验收合格。
（四）验收不合格的，乙方应在七日内整改并重新申请验收；因乙方原因导致上线延期的，按本合同“八、违约责任”承担责任。

五、服务水平
（一）系统每月可用率不低于99.5%，计划内维护应安排在每日二十三时至次日六时之间，并提前三日通知甲方。
（二）故障等级及响应：
1. 一级故障（系统整体不可用、预约或支付功能中断）：30分钟内响应，2小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级问题（使用咨询、显示问题）：次一工作日内处理。
（三）服务补偿：当月可用率未达承诺的，每低于0.1个百分点，按当月订阅费的2%抵扣；一级故障超过恢复时限的，每超时一小时抵扣当月订阅费的1%。当月抵扣合计不超过当月订阅费的一半。
（四）乙方应为甲方配备专属客户成功经理一名，每月提交服务报告，内容包括可用率、故障记录、工单处理情况和系统使用统计，并每季度与甲方召开服务回顾会。
（五）乙方对系统进行重大版本升级的，应提前十五日通知甲方并提供升级说明，升级不得减少本合同约定的功能，不得导致甲方数据丢失。

六、数据安全与数据归属
（一）甲方录入或产生的学员、家长、会员、课程和交易数据属于甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于营销、分析或向任何第三方提供。
（二）乙方应将数据存储在中国境内，采取加密传输和加密存储、访问权限分级、操作日志留存不少于六个月等措施，每日备份并异地保存。
（三）学员多为未成年人，乙方应按照《个人信息保护法》对未成年人个人信息采取专门保护措施，未经甲方书面指示不得导出。
（四）发生数据泄露或丢失的，乙方应在2小时内通知甲方，配合处置并承担因此造成的全部损失。
（五）服务期满或合同终止后三十日内，乙方应按甲方要求以通用格式返还全部数据，并在返还后删除，出具删除证明。

七、知识产权
（一）SaaS系统本身的知识产权归乙方所有。
（二）为甲方开发的定制报表、驾驶舱及相关配置文件的知识产权归甲方所有；服务期满后乙方应交付报表的设计说明和取数逻辑，甲方可自行或委托第三方重新实现和使用。

八、违约责任
（一）乙方未按约定日期完成上线的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）乙方违反本合同“六、数据安全与数据归属”约定的，除赔偿损失外，甲方有权解除合同。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

九、转包与分包
乙方不得将本合同项下服务转包；确需将小程序开发等部分工作分包的，应事先取得甲方书面同意。

十、合同期限与解除
（一）本合同自双方签字盖章之日起生效，至第二个服务年度届满之日终止。期满后如需继续使用，双方另行协商签订新合同，价格另行约定。
（二）乙方严重违约，经甲方书面通知后十五日内未改正的，甲方有权解除合同，并要求乙方退还已付未使用期间的订阅费。
（三）乙方停止经营或系统连续中断超过七十二小时的，甲方可立即解除合同。

十一、甲方义务
（一）甲方应按时提供迁移所需的原系统数据、门店信息和支付商户资料，并指定总部项目负责人一名。
（二）甲方应督促门店人员妥善管理账号密码，因甲方人员泄露账号造成的损失由甲方自行承担。
（三）甲方应按合同约定及时支付费用。

十二、不可抗力
因自然灾害、重大公共卫生事件、政府行为或基础电信网络大面积中断等不可抗力导致服务中断的，乙方应及时通知甲方并尽力恢复，不可抗力持续期间的中断时长不计入可用率考核。不可抗力持续超过三十日的，任何一方可书面通知解除合同。

十三、通知
双方的通知以书面形式送达合同首页所列地址或双方确认的电子邮箱，以电子邮件发送的，自发送成功之日视为送达。任何一方变更联系方式的，应提前三日书面通知对方。

十四、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交上海仲裁委员会仲裁。

十五、其他
本合同一式两份，双方各执一份，具有同等效力。

甲方（盖章）：上海弈博教育科技有限公司
乙方（盖章）：杭州约课云网络科技有限公司
签订日期：2026年  月  日
"""

Z04 = """东临市电梯物联网监测系统2027年度运维服务合同

采购方式：竞争性磋商    项目编号：DLSJ-CS-2026-058
甲方：东临市市场监督管理局
乙方：东临瑞梯信息科技有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就东临市电梯物联网监测系统年度运维服务事项，依照《中华人民共和国政府采购法》及《中华人民共和国民法典》，订立本合同。

第一条 服务范围
（一）运维对象：甲方已建成的电梯物联网监测系统，包括监测平台软件、应急处置调度模块、维保单位考核模块、公众扫码查询页面，以及安装在全市在用电梯上的物联网采集终端共2,360台。
（二）服务内容：平台软件日常运行维护、缺陷修复和小版本优化；采集终端的季度巡检、故障维修和离线处置；困人告警数据的核查与推送质量监测；月度、季度运行数据统计报表；安排驻场运维人员两名，工作日在甲方指挥中心值守。
（三）乙方应建立运维工单系统，所有故障、巡检和变更均应形成工单，工单数据实时同步至甲方平台。
（四）服务期限：2027年1月1日至2027年12月31日。

第二条 服务费用
（一）本合同年度运维服务费总额为人民币陆拾贰万捌仟元整（¥628,000），其中：平台软件运维费¥236,000；采集终端巡检及维修费¥283,200（2,360台，每台每年¥120）；数据核查及统计报表费¥68,800；驻场服务费¥40,000。
（二）上述费用包含人工、差旅、常用备件、工具、税费等全部费用。单台终端更换主板、通信模块等非易损件的，由乙方在运维费内承担；因第三方人为损坏需整机更换的，按响应文件报价另行结算。
（三）服务期内新增接入终端的，按每台每年¥120及实际服务月数折算，经双方确认后签订补充协议。

第三条 付款方式
（一）本合同无预付款。
（二）服务费按季度支付，每季度¥157,000。甲方在每季度考核结果确认后十五个工作日内支付当季度服务费。
（三）季度考核得分低于八十分的，按第八条扣减当季度服务费后支付。
（四）乙方应在每次付款前开具合法发票。

第四条 服务启动与交接
（一）乙方应在2027年1月1日前完成与原运维单位的交接，包括账号、文档、备件及未结工单清单的核对。
（二）交接完成后，乙方应在十日内提交《年度运维方案》，经甲方确认后执行。
（三）服务期满时，乙方应配合甲方或新的运维单位完成交接，交接期内继续保证系统正常运行，交接期不超过十五日，不另行收费。

第五条 服务标准
（一）平台月度可用率不低于99.95%，计划内维护须提前两个工作日报甲方同意。
（二）故障分级及处理时限：
1. 一级故障（平台整体不可用、困人告警无法推送或推送延迟超过五分钟）：30分钟内响应，2小时内到场，6小时内恢复；
2. 二级故障（单一模块异常、单个区县终端批量离线）：1小时内响应，12小时内修复；
3. 三级故障（单台终端离线或数据异常）：24小时内响应，三个工作日内修复。
（三）乙方应每日检查终端在线情况，对离线终端按前款时限处理，并对每一条困人告警在十分钟内完成核查。
（四）乙方每月5日前提交上月运维报告，内容包括可用率、故障清单、终端在线率、告警核查情况及整改建议。
（五）重大活动、节假日及汛期、高温期间，乙方应增派人员值守，按甲方要求开展专项巡检。

第六条 考核与验收
（一）甲方每季度按磋商文件所附《运维考核细则》对乙方进行考核，考核内容包括平台可用率、故障处理时效、终端在线率、报表质量、驻场纪律及用户满意度。
（二）服务期满后三十日内，甲方组织年度服务验收，验收标准为：四个季度考核均不低于八十分；全年无因乙方原因导致的一级故障超时；运维文档、巡检记录、故障工单完整归档并移交甲方。
（三）年度验收不合格的，乙方应在十五日内整改，并退还相应服务费。
（四）乙方对季度考核结果有异议的，可在收到考核结果后五个工作日内提出复核申请，甲方应在五个工作日内答复。

第七条 成果与资料
运维期间形成的运维文档、巡检记录、故障分析报告、统计报表、配置脚本和数据处理程序归甲方所有，乙方应在服务期满时完整移交。乙方开发的数据处理程序应同时提交源代码和说明，甲方可自行修改使用。

第八条 违约责任
（一）乙方未按第四条约定完成交接的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）一级故障响应或恢复超时的，每超时一小时扣减当季度服务费¥1,000；平台月度可用率低于承诺值的，每低于0.01个百分点扣减¥500；季度考核低于八十分的，每低一分扣减当季度服务费的1%。
（三）因乙方原因造成困人告警漏报并导致严重后果的，乙方应赔偿甲方由此产生的损失。
（五）乙方的违约金和扣减款项，甲方可从应付服务费中直接扣除，不足部分由乙方另行支付。
（四）甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。

第九条 数据使用
系统中的电梯档案、运行数据、告警记录和维保记录均归甲方所有。乙方仅可为完成本合同运维工作使用上述数据，不得用于其他任何目的，不得向第三方提供。

第十条 保密
乙方对在运维过程中知悉的甲方工作秘密、监管信息和使用单位信息负有保密义务，未经甲方书面同意不得对外披露。乙方应要求驻场及运维人员签署保密承诺书。保密义务不因合同期满而终止。乙方驻场人员离场时，应交还门禁卡、账号及全部工作资料。

第十一条 人员管理
（一）乙方应配备项目经理一名、平台运维工程师两名、终端维修工程师不少于六名，人员名单报甲方备案。
（二）驻场人员应遵守甲方工作纪律，项目经理更换须经甲方同意。甲方认为驻场人员不能胜任的，乙方应在五个工作日内更换。
（三）乙方人员进入电梯机房及井道作业时，应遵守特种设备安全规定，与使用单位及维保单位做好协调，作业安全责任由乙方承担。

第十二条 甲方义务
（一）甲方负责提供平台运行所需的政务云资源和网络，协调电梯使用单位配合终端巡检。
（二）甲方应指定联系人一名，及时确认运维方案、考核结果和变更事项。
（三）甲方按约定支付服务费。

第十三条 转包与分包
乙方不得将本合同项下的服务转包或者分包给任何第三方。

第十四条 不可抗力
因不可抗力不能按时履行的，受影响一方应及时通知对方并提供证明，履行期限相应顺延，不可抗力影响期间的故障不计入考核。不可抗力包括地震、洪水、重大公共卫生事件等不能预见、不能避免且不能克服的客观情况。

第十五条 合同期限
本合同自双方签字盖章之日起生效，服务期满且年度验收及费用结清后终止。期满后的运维服务由甲方依法另行采购，本合同不自动续期。

第十六条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十七条 其他
（一）磋商文件、响应文件、成交通知书及《运维考核细则》为本合同组成部分。
（二）本合同一式五份，甲方三份，乙方两份。
（三）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：东临市市场监督管理局
乙方（盖章）：东临瑞梯信息科技有限公司
签订日期：2026年  月  日
"""

Z05 = """# 匠迹工序追踪管理系统软件许可及定制开发合同

**匠迹软件标准合同文本（2026版）**

合同编号：JJ-XS-2026-0388

甲方（用户）：北京鬃人坊文化创意工作室

乙方（供应商）：北京匠迹数字科技有限公司

鉴于甲方从事传统鬃人手工艺品的设计、制作与销售，需要对选料、泥塑头像、纸糊身段、彩绘、扎鬃、装箱等工序进行记录和追踪；乙方拥有“匠迹”工序追踪管理系统的著作权。双方经友好协商，依据乙方标准合同文本订立本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供“匠迹”工序追踪管理系统V3.0软件许可（单一工作室使用，二十个用户），并根据甲方需求进行定制开发、安装部署和培训。

1.2 定制开发内容：鬃人作品一物一码建档；各工序的制作人、用时、用料和照片记录；彩绘配色方案库；订单与作品关联；作品证书及溯源查询页面；与甲方网店订单的接口。

1.3 系统安装在甲方自购的服务器上，服务器及操作系统由甲方自行采购。

1.4 乙方派出实施顾问一名，负责需求调研、系统配置和上线支持，实施期间每周到甲方工作室现场工作不少于一天。

1.5 乙方可根据产品升级计划调整系统界面和非核心功能，无须另行通知甲方。

## 第二条 合同价款

2.1 本合同总价为人民币肆拾陆万捌仟元整（¥468,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠迹工序追踪管理系统V3.0软件许可 | 326,000 |
| 2 | 定制开发（建档赋码、工序记录、配色库、订单接口、溯源页面） | 112,000 |
| 3 | 安装部署及培训 | 30,000 |
| | 合计 | 468,000 |

2.2 上述价款含税。甲方需求变更导致工作量增加的，乙方按每人日¥2,200另行收费。

2.3 甲方增加用户数的，每增加五个用户，乙方按当时的标准报价另行收费。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%。

3.2 系统上线后五个工作日内，甲方支付合同总价的35%。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停服务直至甲方付清款项。

## 第四条 交付

4.1 乙方在收到第3.1款款项后七十五日内完成定制开发并部署上线。

4.2 因甲方未及时提供工序资料、作品样品照片或服务器环境导致延期的，交付期限相应顺延。

4.3 乙方向甲方交付系统安装程序、用户手册和管理员手册。定制开发部分的源代码不属于交付范围。

4.4 乙方为甲方提供两次集中培训，每次半天，培训对象为甲方工作室负责人、制作师傅及店铺客服，培训后甲方人员应能独立完成作品建档、工序记录和查询。

## 第五条 验收

5.1 系统部署完成后，乙方通知甲方上线使用。系统上线运行即视为甲方验收合格。

5.2 甲方在系统上线后发现问题的，可向乙方提出，乙方在维护期内予以处理。

5.3 上线前乙方进行内部测试，并向甲方提供测试记录。

## 第六条 免费维护期及后续维护

6.1 乙方提供六个月的免费维护期，自系统上线之日起算。免费维护期内，乙方提供远程技术支持和缺陷修复。

6.2 免费维护期满后，甲方如需继续获得技术支持、缺陷修复和版本升级，应与乙方签订年度维护协议，年度维护费为软件许可费的28%，即每年人民币91,280元，每年在维护期开始前一次性支付。

6.3 甲方未续签年度维护协议的，乙方不再提供任何技术支持，恢复维护时甲方应补缴中断期间的维护费。

6.4 维护费以乙方开具的发票为准，甲方应在收到发票后十日内支付。

## 第七条 技术支持

7.1 乙方通过电话、微信和远程方式提供技术支持，服务时间为工作日9:00—18:00。

7.2 系统出现一级故障（系统无法登录或工序记录无法保存）时，乙方在2小时内响应，并尽快排除故障；其他问题在三个工作日内响应。

7.3 乙方对故障处理的具体时间不作承诺，故障排除时间视问题复杂程度而定。

7.4 乙方可根据甲方需要提供现场服务，现场服务按每人日¥2,200另行收费，差旅费由甲方承担。

7.5 乙方发布系统新版本的，签订维护协议的甲方可免费升级；未签订维护协议的，升级需另行付费。

## 第八条 知识产权

8.1 “匠迹”系统及其文档的知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、接口程序、页面及相关文档，其知识产权同样归乙方所有。乙方授予甲方在本合同约定范围内非独占、不可转让的使用权，甲方不得修改、反编译或许可第三方使用。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

## 第九条 数据

9.1 甲方在系统中录入的作品、工序、客户和订单数据归甲方所有。

9.2 甲方同意，乙方可在去除甲方名称及客户个人身份信息后，使用系统中的工序、用时和用料数据，用于产品改进、行业分析及为其他手工艺客户提供参考模板。

9.3 乙方在提供远程支持时应使用甲方提供的专用账号，操作完成后及时退出；乙方应采取加密传输、访问控制等措施保护甲方数据，因乙方原因造成甲方数据泄露或丢失的，乙方承担相应赔偿责任，并应在发现后二十四小时内通知甲方。

## 第十条 保密

10.1 双方对在合作中知悉的对方商业秘密，包括甲方的作品设计、配色方案和客户信息，以及乙方的软件技术资料，负有保密义务，保密期限为合同终止后三年。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方在本合同项下的全部赔偿责任，无论基于何种原因，累计不超过合同总价的50%。乙方不对甲方的间接损失、利润损失或作品损失承担责任。

11.3 因甲方提供资料错误或延迟导致的损失，由甲方自行承担。

## 第十二条 合同解除

12.1 任何一方严重违反本合同，经对方书面催告后三十日内仍未纠正的，守约方有权解除本合同。

12.2 甲方解除合同的，乙方已收取的款项不予退还，但乙方根本违约的除外。

12.3 合同解除后，甲方应停止使用乙方软件并删除已安装的程序。

## 第十三条 不可抗力

因不可抗力或电信、电力中断、病毒攻击等非乙方原因造成系统无法使用的，乙方不承担责任。受影响一方应及时通知对方，双方协商是否继续履行。

## 第十四条 法律适用及争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 甲方义务

甲方应指定专人负责需求确认和系统管理；按乙方要求提供各工序的操作说明、作品照片和历史订单资料；确保服务器及网络环境符合乙方提供的配置要求；妥善保管系统账号，因甲方原因导致的数据丢失由甲方自行承担。

## 第十六条 通知

双方往来通知以书面或电子邮件方式发送至本合同首页载明的联系方式，发出后三日视为送达。

## 第十七条 其他

17.1 本合同为乙方标准合同文本，双方对条款均已充分理解。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

17.2 本合同附件：附件一《功能清单》，附件二《定制需求确认单》。

17.3 本合同的任何修改须经双方书面确认。乙方对本合同文本拥有最终解释权。

甲方（签章）：北京鬃人坊文化创意工作室　　　乙方（签章）：北京匠迹数字科技有限公司

日期：2026年  月  日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. TRS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Hebei Mengyuan Dairy Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Shijiazhuang, Hebei Province (the "Customer"), and Turkey River Software, Inc., an Iowa corporation with its principal office at 21 South Frederick Avenue, Oelwein, Iowa 50662, United States (the "Vendor").
P:The Customer operates eleven dairy farms and two milk-processing plants and wishes to replace its paper-based raw-milk quality records. The Vendor develops and licenses the HerdLab laboratory and milk-traceability software. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the HerdLab Enterprise software, version 7, in object code, with its standard documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, configurations, scripts and other work product made by the Vendor specifically for the Customer under this Agreement, including their source code and documentation.
P:1.3 "Customer Data" means all data entered into, imported into, or generated by the Software in the Customer's use, including herd, sampling, test-result, supplier and batch data.
P:1.4 "Go-Live" means the first day on which the Software is used in production at all sites listed in Annex 1.
P:1.5 "Final Acceptance" means the Customer's written acceptance under Article 5.
H:Article 2 Licence and Scope
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software for its internal business at its own sites and its affiliates' sites in mainland China, for up to 180 named users and 40 laboratory instrument connections.
P:2.2 The Vendor shall perform the implementation services described in Annex 2: installation on the Customer's servers in Shijiazhuang, configuration of sampling plans and test methods, migration of three years of historical test records, interfaces to the Customer's ERP system and to 14 laboratory analysers, six custom management reports, and training.
P:2.3 The Vendor shall assign a named project manager and a lead consultant for the duration of the project. Key personnel may be replaced only with the Customer's consent, which shall not be unreasonably withheld.
H:Article 3 Price
P:3.1 The total price under this Agreement (the "Contract Price") is CNY 1,636,000, inclusive of all applicable Chinese taxes, made up as follows: Software licence fee CNY 1,180,000; implementation services CNY 420,000; training CNY 36,000.
P:3.2 The Contract Price is fixed. It includes all travel, accommodation and third-party components needed for the Software to operate as described in the documentation. Any change of scope requires a written change order signed by both parties before work starts.
H:Article 4 Payment
P:4.1 The Customer shall pay the Contract Price in three instalments: (a) 20% within thirty days after signature of this Agreement and receipt of a valid invoice; (b) 45% within thirty days after Go-Live; and (c) 35% within thirty days after Final Acceptance.
P:4.2 Go-Live, production use or any payment does not constitute acceptance of the Software or the services.
P:4.3 All payments shall be made in CNY by bank transfer against a valid Chinese VAT invoice issued by the Vendor's authorised invoicing agent.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve Go-Live within 110 days after signature. The Vendor shall deliver the installation media, documentation, interface specifications and the source code of all Custom Deliverables no later than Go-Live.
P:5.2 Acceptance testing starts at Go-Live and lasts sixty days. The acceptance criteria are: (a) every function listed in Annex 2 performs as specified; (b) migrated historical records reconcile with the source records without unexplained differences; (c) results from all 14 analysers are transferred to the Software without manual entry and without error over twenty consecutive working days; (d) the six custom reports match sample calculations prepared by the Customer; and (e) no Severity 1 defect occurs during the last thirty days of the test period.
P:5.3 If the criteria are met, the Customer shall sign the Final Acceptance certificate within ten working days. If they are not met, the Customer shall list the failures, the Vendor shall correct them at its own cost, and the test shall be repeated for the failed items.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the documentation and Annex 2 for eighteen months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall provide defect correction, updates, new releases and technical support free of charge.
P:6.2 After the Warranty Period, the Customer may order annual support. The annual support fee is 11% of the Software licence fee, that is CNY 129,800 per year, and it shall not increase during the first three years after the Warranty Period. Support is ordered year by year by purchase order and does not renew automatically.
P:6.3 Severity levels and response times apply during the Warranty Period and any support year. Severity 1 (the Software is unavailable or test results cannot be recorded at any plant): response within one hour, workaround within eight hours. Severity 2 (a major function is impaired): response within two hours, resolution within two working days. Severity 3 (other defects and questions): response within one working day.
P:6.4 Support is provided in Chinese by the Vendor's Beijing support partner, and in English by the Vendor's team in Oelwein, twenty-four hours a day for Severity 1.
P:6.5 If the Vendor misses a Severity 1 response or workaround time, it shall credit the Customer CNY 1,000 for each hour or part of an hour of delay, deducted from the next invoice or paid in cash if no invoice is due.
H:Article 7 Delay
P:7.1 If Go-Live is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:7.2 Liquidated damages do not relieve the Vendor of its obligation to complete the work.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software.
P:8.2 All rights in the Custom Deliverables vest in the Customer on creation. The Customer may use, copy, modify and license them, and have them maintained by third parties, without further payment.
P:8.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose, including analytics, benchmarking or product development.
P:9.2 The Vendor shall access the Customer's systems only through the Customer's VPN with multi-factor authentication, with each remote session approved in advance and logged. No Customer Data may be copied to the Vendor's systems or transferred outside mainland China.
P:9.3 The Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law, apply access controls to the personnel it assigns, and notify the Customer within six hours of becoming aware of any unauthorised access to, loss of or disclosure of Customer Data. The Vendor is liable for all losses caused by a breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement, and not disclose it to third parties without prior written consent. This obligation survives for five years after termination.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to breach of Articles 9 or 10, infringement claims, personal injury, or wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent, except to its Beijing support partner named in Annex 3. The Vendor remains responsible for its subcontractors.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within thirty days after written notice, or if liquidated damages reach their maximum.
P:13.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for services not accepted, and the Customer keeps its licence to the Software and its rights in the Custom Deliverables.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 15 Governing Law and Jurisdiction
P:15.1 This Agreement is governed by the laws of the State of Iowa, United States of America, without regard to its conflict of laws rules.
P:15.2 Any dispute arising out of this Agreement shall be submitted to the state or federal courts located in Iowa, and each party submits to their jurisdiction.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Sites), Annex 2 (Scope and Functional Specification) and Annex 3 (Approved Support Partner), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. This Agreement is made in English and Chinese; both versions have equal force.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Date: ______________
"""

E02 = """# QualiTrack Cloud Order Form

**Order Form No. QTC-2026-CN-077**

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part A prevails over Part B if they conflict.

## Part A: Order Details

### A1. Parties

**Provider:** Timber City Cloud LLC, 118 West Platt Street, Maquoketa, Iowa 52060, United States, acting in China through its appointed reseller named in A6.

**Customer:** Ningbo Haishu Home Furnishing Co., Ltd., No. 9 Xingning Road, Haishu District, Ningbo, Zhejiang, People's Republic of China.

### A2. Subscription

The Customer subscribes to QualiTrack Cloud, a hosted supplier-quality and audit management service used to plan supplier audits, record inspection results, manage corrective actions and track incoming material defects for the Customer's furniture factories in Ningbo and Jiaxing.

**Subscription Term:** 36 months from the Service Start Date, which is the date of Onboarding Acceptance under B3.

**Hosting:** The production and sandbox environments are hosted in mainland China by the hosting provider listed in A6.

### A3. Fees

| Item | Quantity | Annual fee (CNY) | Fee for the Subscription Term (CNY) |
|---|---|---|---|
| QualiTrack Cloud Enterprise subscription | 250 named users | 396,000 | 1,188,000 |
| Supplier Portal add-on | 600 supplier accounts | 72,000 | 216,000 |
| Sandbox environment | 1 | 18,000 | 54,000 |
| Onboarding services (one-time) | 1 | n/a | 64,000 |
| **Total Contract Value** | | | **1,522,000** |

All fees are in CNY and include Chinese VAT. Additional named users may be added during the term at the same unit price, pro rata.

### A4. Invoicing and Payment

(a) The annual subscription fees (CNY 486,000 per Subscription Year) are invoiced at the start of each Subscription Year and payable within thirty days after invoice.

(b) The onboarding fee is invoiced after Onboarding Acceptance and payable within thirty days after invoice.

(c) No other amount is due before the Service Start Date.

### A5. Renewal

This Order Form renews automatically at the end of the Subscription Term for successive renewal terms of 24 months each, unless either party gives written notice of non-renewal at least sixty days before the end of the then-current term. Provider may increase the fees for any renewal term to its then-current list price by giving the Customer notice at least ninety days before the renewal date.

### A6. Approved Parties and Contacts

Reseller and invoicing agent: Shanghai Lianqiao Software Services Co., Ltd. Hosting provider: Shanghai Yunhe Data Centre Co., Ltd., Qingpu District, Shanghai. Customer's project lead: Quality Director, Ningbo headquarters. Provider's project lead: Director of Asia Implementations.

## Part B: General Terms

### 1. Definitions

1.1 "Service" means QualiTrack Cloud and the add-ons listed in A3, as described in the Service Description attached as Exhibit 1.

1.2 "Customer Data" means all data, files and records submitted to the Service by or for the Customer or its suppliers, and all output generated from them.

1.3 "Customer Configurations" means the audit templates, checklists, workflows, custom fields and reports configured by Provider specifically for the Customer during onboarding.

### 2. Service

2.1 Provider shall make the Service available to the Customer's authorised users during the Subscription Term in accordance with this Order Form and the Service Description.

2.2 Provider shall not materially reduce the functionality of the Service during the Subscription Term. Updates are included in the fees.

### 3. Onboarding and Acceptance

3.1 Provider shall complete onboarding within sixty days after signature of this Order Form. Onboarding includes configuration of the Customer Configurations, import of the Customer's supplier master data and open corrective actions, single sign-on with the Customer's directory, an interface to the Customer's ERP for goods-receipt inspection lots, and training of key users.

3.2 Onboarding Acceptance criteria are: (a) all supplier master data and open corrective actions are imported and reconcile with the Customer's source lists; (b) the ERP interface creates inspection lots correctly for ten consecutive working days; (c) single sign-on works for all user groups; and (d) the Customer Configurations pass the test scripts agreed in the onboarding plan.

3.3 The Customer shall confirm Onboarding Acceptance in writing within seven working days after Provider shows that the criteria are met, or list the failures. Use of the Service for testing or training is not acceptance.

3.4 If onboarding is not completed by the agreed date for reasons attributable to Provider, Provider shall pay the Customer CNY 1,200 for each day of delay.

### 4. Service Levels

4.1 Provider shall make the production environment available at least 99.7% of each calendar month, excluding scheduled maintenance notified five days in advance and performed between 22:00 and 06:00 Beijing time.

4.2 Incident priorities and response times: Priority 1 (Service unavailable or core function unusable for all users): response within thirty minutes, restoration target three hours. Priority 2 (major function impaired): response within two hours, resolution within one business day. Priority 3 (minor issue or question): response within one business day.

4.3 If monthly availability falls below the commitment in 4.1, Provider shall credit the Customer 5% of the monthly share of the annual subscription fees for each full or partial 0.2 percentage point of shortfall, up to half of that monthly share. Credits are applied to the next invoice or refunded at the end of the term.

4.4 Provider shall send a monthly service report covering availability, incidents, response times and credits.

4.5 Support is provided in Chinese and English through the support portal, by e-mail and by telephone. Priority 1 incidents are handled around the clock; other incidents are handled between 08:30 and 18:00 Beijing time on Chinese working days.

### 5. Customer Data and Security

5.1 Customer Data belongs to the Customer. Provider processes Customer Data only to provide the Service and support to the Customer, and does not use it for any other purpose.

5.2 Provider shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to personnel who need it, keep access logs for at least one year, and back it up daily to a second site.

5.3 Provider shall notify the Customer within eight hours of becoming aware of any security incident affecting Customer Data, cooperate in the investigation, and bear the costs and losses caused by an incident resulting from its breach of this section.

5.4 Within thirty days after the end of the term the Customer may export all Customer Data in CSV and PDF formats. Provider shall then delete it and confirm the deletion in writing.

### 5A. Customer Responsibilities

5A.1 The Customer shall keep its user credentials secure, ensure that its users and suppliers use the Service in accordance with the Service Description, and promptly tell Provider of any unauthorised use it discovers.

5A.2 The Customer shall appoint a project lead for onboarding, provide its supplier master data and ERP test environment on the dates in the onboarding plan, and make key users available for training and testing. Delay caused by the Customer extends the onboarding date accordingly.

5A.3 Provider may suspend access of an individual user account that is used to attack or disrupt the Service, after notifying the Customer, and shall restore access as soon as the cause is removed.

### 6. Intellectual Property

6.1 Provider owns the Service and all its underlying software.

6.2 The Customer owns the Customer Configurations. Provider shall deliver them in an exportable format on request and at the end of the term, and the Customer may use, modify and have third parties use them freely.

### 7. Confidentiality

Each party shall keep the other party's confidential information secret, use it only to perform this Order Form, and protect it with at least reasonable care. This obligation survives for three years after termination.

### 8. Liability

8.1 Each party's aggregate liability under this Order Form is limited to 150% of the Total Contract Value.

8.2 The limit does not apply to breach of Section 5 or Section 7, personal injury, or fraud.

### 9. Subcontracting

Provider may use only the reseller and hosting provider named in A6. Any other subcontractor or sub-processor requires the Customer's prior written consent.

### 10. Term and Termination

10.1 This Order Form starts on signature and continues for the Subscription Term and any renewal term under A5.

10.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to cure it within thirty days after notice. On termination for Provider's breach, Provider shall refund the fees paid for the period after termination.

10.3 The Customer may also terminate by notice if Provider misses the availability commitment in 4.1 in any two consecutive months.

### 11. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules then in force.

### 12. General

Neither party may assign this Order Form without the other party's written consent. Notices must be in writing and sent to the contacts in A6. This Order Form is signed in English and Chinese, and both versions are equally authentic.

**Signed for the Customer:** ____________________ **Date:** __________

**Signed for Provider:** ____________________ **Date:** __________
"""

E03 = """T:Purchase Contract for Cold-Store Temperature Sensors and Monitoring Software
P:Contract No. BCCL-PUR-2026-0213
P:Buyer: Tianjin Beichen Cold Chain Logistics Co., Ltd., No. 6 Jingjin Road, Beichen District, Tianjin, People's Republic of China
P:Supplier: Prairie Sensor Systems, Inc., 305 Main Street, Osceola, Iowa 50213, United States
P:This Contract is made on the Buyer's standard terms for equipment and software purchases. The Buyer operates nine cold stores and a fleet of refrigerated vehicles serving food and pharmaceutical customers, and buys from the Supplier a wireless temperature and humidity monitoring system for its cold stores, with installation, calibration and training.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 3.
P:1.2 "Software" means the ColdWatch monitoring software, version 5, licensed under clause 2, including its embedded alarm engine and mobile application.
P:1.3 "Custom Work" means the interface to the Buyer's warehouse management system (WMS), the alarm escalation rules, the customer-facing temperature reports and all other work product made by the Supplier specifically for the Buyer, with its source code and documentation.
P:1.4 "Buyer Data" means all readings, alarms, logs, customer names, location data and reports collected or produced by the Equipment and the Software.
P:1.5 "Final Acceptance" means the Buyer's signed certificate under clause 6.
H:2. Scope and Licence
P:2.1 The Supplier shall supply, install, calibrate and commission 1,200 wireless sensors and 60 gateways in the Buyer's nine cold stores, install the Software on the Buyer's servers in Tianjin, configure alarm thresholds for each storage zone agreed with the Buyer's quality department, and perform the Custom Work.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to use the Software at all of the Buyer's sites in mainland China, with no limit on the number of users or sensors connected.
P:2.3 Every sensor shall be delivered with a calibration certificate traceable to a national metrology standard, and shall be recalibrated by the Supplier at no charge once during the warranty period.
H:3. Price
P:3.1 The Contract Price is CNY 1,888,000, inclusive of VAT, customs duties, transport, insurance and all other costs, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor PS-T40|1,200|860|1,032,000
TB:2|LoRa gateway PS-G8 with battery backup|60|5,400|324,000
TB:3|ColdWatch monitoring software, perpetual site licence|1|368,000|368,000
TB:|Hardware and Licence Subtotal|||1,724,000
TB:4|Installation, calibration and commissioning|1|146,000|146,000
TB:5|Training of operators and administrators|1|18,000|18,000
TB:|Contract Price|||1,888,000
P:3.2 The Contract Price is fixed and not subject to exchange-rate adjustment.
H:4. Payment
P:4.1 10% of the Contract Price is payable within fifteen working days after signature, against the Supplier's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 55% of the Contract Price is payable within thirty days after all Equipment has been delivered and installed and the installation certificate is signed. The installation certificate confirms quantities and installation only and is not acceptance.
P:4.3 35% of the Contract Price is payable within thirty days after Final Acceptance.
H:5. Delivery
P:5.1 The Supplier shall deliver all Equipment to the Buyer's sites within seventy days after signature and complete installation and commissioning within one hundred days after signature.
P:5.2 Installation work in operating cold stores shall follow the Buyer's site safety rules and shall not interrupt loading operations without the Buyer's approval.
P:5.3 The Supplier shall deliver, no later than the end of commissioning, the as-installed sensor map for each cold store, calibration certificates, gateway configuration records, the Software administration manual, the operator manual in Chinese, and the interface specification of the Custom Work.
P:5.4 The Supplier shall train at least forty operators and six system administrators of the Buyer at the Buyer's sites. Training covers alarm handling, sensor replacement, battery changes, report generation and user administration, and ends with a practical test.
H:6. Acceptance
P:6.1 After commissioning, the system shall run for a trial period of forty-five days.
P:6.2 Final Acceptance criteria: (a) every sensor reports at its configured interval and no sensor misses more than two consecutive scheduled readings during the trial period; (b) readings agree with a reference thermometer within ±0.3 °C at three test points in each cold store; (c) alarms reach the duty officer by SMS and app within sixty seconds in each test; (d) the WMS interface links readings to storage locations and shipments without error; (e) the customer reports match the raw data; and (f) no Priority 1 incident occurs in the last twenty days of the trial.
P:6.3 If the criteria are met, the Buyer signs the Final Acceptance certificate within ten working days. Installation, trial operation and payment do not constitute acceptance.
H:7. Warranty and Support
P:7.1 The warranty period is thirty-six months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, correct defects in the Software and the Custom Work, and provide updates free of charge.
P:7.2 After the warranty period, the Buyer may order annual support at 7% of the Hardware and Licence Subtotal, that is CNY 120,680 per year. This fee is fixed for the first two years after the warranty period. Support is ordered by purchase order each year and does not renew automatically.
P:7.3 Incidents are classified as follows: Priority 1 (loss of monitoring or alarms for a whole cold store): response within thirty minutes, engineer on site within six hours, restoration within twelve hours; Priority 2 (loss of monitoring for part of a cold store): response within two hours, restoration within two working days; Priority 3: response within one working day.
P:7.4 If the Supplier misses a Priority 1 response or restoration time, it shall pay the Buyer CNY 1,000 for each hour of delay, and CNY 300 per hour for Priority 2.
P:7.5 The Supplier shall keep spare sensors and gateways equal to at least two per cent of the installed quantity at its Tianjin service partner's warehouse.
P:7.6 During the warranty period the Supplier shall perform a health check of the whole system every six months, replace sensor batteries that fall below the manufacturer's recommended level, and give the Buyer a written report with its findings and recommendations. Replacement batteries are included in the Contract Price.
H:8. Delay
P:8.1 If the Supplier fails to meet a date in clause 5.1 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:9. Intellectual Property
P:9.1 The Supplier keeps its rights in the Equipment firmware and the Software.
P:9.2 All rights in the Custom Work belong to the Buyer. The Buyer may use, modify and license the Custom Work freely, and the Supplier shall deliver its source code at Final Acceptance.
H:10. Data Protection and Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier may access Buyer Data only to perform this Contract and shall not use it for any other purpose.
P:10.2 The Software and Buyer Data remain on the Buyer's servers in Tianjin. Remote access by the Supplier requires the Buyer's approval for each session and is made through the Buyer's bastion host, with sessions recorded.
P:10.3 The Supplier shall ensure that the gateways encrypt sensor data in transit, shall change all default passwords before commissioning, and shall notify the Buyer within two hours of any security incident affecting Buyer Data. The Supplier is liable for losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential the Buyer's site layouts, customer lists, stock information and all other non-public information obtained under this Contract, and shall not disclose it without the Buyer's prior written consent. This obligation continues for five years after the Contract ends.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 10 and 11, which are not limited.
H:13. Subcontracting
P:13.1 The Supplier may use its Tianjin service partner named in the Annex for installation and on-site service. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for all subcontracted work.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after notice, or if delay damages reach their maximum. The Supplier shall then refund the amounts paid for Equipment and services not accepted.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.
H:16. Force Majeure
P:16.1 A party prevented from performing by an event beyond its reasonable control shall notify the other party promptly, provide evidence, and resume performance as soon as possible. Dates are extended by the period of the event.
H:17. General
P:17.1 Amendments to this Contract must be in writing and signed by both parties.
P:17.2 This Contract is signed in Chinese and English, both versions being equally valid. The Annex (Approved Service Partner) forms part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Infrastructure Services Agreement

**Agreement No. FNC-MSA-2026-05**

**Customer:** Foshan Nanhai Ceramics Group Co., Ltd., No. 28 Guicheng Avenue, Nanhai District, Foshan, Guangdong, People's Republic of China ("Customer").

**Provider:** Red Rock Managed IT, Inc., 214 East Main Street, Knoxville, Iowa 50138, United States, performing the on-site services through its Guangzhou branch ("Provider").

**Background.** Customer runs three tile plants, a logistics centre and a head office in Foshan and Zhaoqing. Customer wishes to outsource the operation of its data-centre servers, storage, network and end-user support to Provider for a fixed term of 36 months, on the terms below and in Schedules 1 to 3.

## 1. Definitions

1.1 "Services" means the transition and managed services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2, and "Service Credits" the credits calculated under Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Customer Data" means all data stored on, processed by or passing through the systems managed by Provider, including production, quality, sales, personnel and financial data.

1.5 "Service Commencement Date" means the date on which Customer confirms Transition Acceptance under clause 3.

## 2. Term

2.1 This Agreement starts on signature. The managed services run for 36 months from the Service Commencement Date (the "Term").

2.2 The parties may extend the Term only by a written amendment signed by both of them. There is no automatic extension.

## 3. Transition

3.1 Provider shall carry out the transition in Schedule 1, Part A, within ninety days after signature, in accordance with a transition plan approved by Customer.

3.2 Transition Acceptance criteria are: (a) all in-scope assets are recorded in the configuration database and reconcile with Customer's asset register; (b) monitoring covers all in-scope servers, storage arrays, switches, firewalls and wireless controllers; (c) Provider has taken over the service desk and handled tickets for twenty working days in parallel with Customer's team without a missed Priority 1 response; (d) the runbooks for every critical system are reviewed and approved by Customer; and (e) a full backup restore test and a core-switch failover test succeed.

3.3 Customer shall confirm Transition Acceptance in writing, or list the failures, within ten working days after Provider shows that the criteria are met. Provider shall correct failures and repeat the relevant tests at its own cost.

3.4 If transition is delayed, Provider shall continue the transition work at its own cost until the criteria are met, and Customer's existing team remains responsible for operations until then.

## 4. Services and Service Levels

4.1 From the Service Commencement Date, Provider shall provide the managed services in Schedule 1, Part B, in accordance with the Service Levels in Schedule 2.

4.2 Provider shall keep a service desk available around the clock in Chinese and English, and at least two engineers on site at the head office on working days.

4.3 Provider shall deliver a monthly service report with Service Level performance, incidents, changes, capacity trends and Service Credits, and shall attend a monthly service review and a quarterly management review.

4.4 Provider shall follow Customer's change management procedure. Changes to production systems during a plant's production hours need Customer's written approval unless they are emergency changes to restore service.

4.5 Provider shall name a service delivery manager and an on-site team lead, both fluent in Chinese, and shall not replace them without Customer's consent except for resignation or illness. Customer may require the replacement of any engineer who breaches its site rules or security policies.

4.6 Customer shall give Provider's engineers access to its sites, systems and documentation as needed to perform the Services, and shall keep the vendor support contracts for its hardware and software in force.

## 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The Charges are fixed for the Term and include VAT.

5.2 The transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears, after the monthly service report, less any Service Credits. Customer pays within thirty days after a valid VAT invoice.

5.3 No charge is payable before the Service Commencement Date.

5.4 Customer may withhold the disputed part of an invoice in good faith, paying the undisputed part on time. The parties shall resolve the dispute through the monthly service review.

## 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider may use Customer Data only to perform the Services, and shall not copy, analyse or disclose it for any other purpose.

6.2 Provider shall comply with Customer's information security policies, the PRC Cybersecurity Law, the Data Security Law and the Personal Information Protection Law. Provider's engineers shall use named accounts with multi-factor authentication, and all privileged sessions shall pass through Customer's bastion host and be recorded.

6.3 Provider shall not move Customer Data outside Customer's premises or outside mainland China, and shall not connect Provider equipment to Customer's networks without approval.

6.4 Provider shall report any security incident affecting Customer Data to Customer within one hour of detection, take immediate containment measures, and cooperate in the investigation. Provider is responsible for the losses caused by an incident resulting from its failure to comply with this clause.

## 7. Intellectual Property

7.1 Provider keeps its pre-existing tools and monitoring software, and grants Customer a licence to use them for the Term and the exit period.

7.2 The runbooks, scripts, configuration records, network diagrams and documentation produced for Customer under this Agreement belong to Customer, which may use and modify them freely and give them to any successor provider.

## 8. Confidentiality

Each party shall keep confidential the other party's non-public information, use it only for this Agreement and disclose it only to staff and approved subcontractors who need it and are bound by equal obligations. This clause survives for five years after the end of the Agreement.

## 9. Liability

9.1 Provider's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the Charges paid by Customer in the nine months immediately preceding the event giving rise to the claim.

9.2 Neither party is liable for indirect or consequential loss, or loss of profit.

9.3 Service Credits are a price adjustment reflecting the reduced value of the Services and are Customer's sole financial remedy for failure to meet the Service Levels.

## 10. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for the acts and omissions of its subcontractors.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach that is not remedied within thirty days after notice, or if Provider misses the same Priority 1 Service Level in three consecutive months.

11.2 Either party may terminate if the other becomes insolvent.

11.3 On expiry or termination, Provider shall provide exit assistance for up to ninety days at the monthly service charge, hand over all documentation and credentials, and return or destroy Customer Data as Customer directs.

## 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be referred to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## 13. General

This Agreement, with its Schedules, is the entire agreement between the parties. Amendments must be in writing and signed by both parties. The English and Chinese versions are equally authentic.

## Schedule 1: Scope of Services

| Part | Service | Scope |
|---|---|---|
| A | Transition | Asset discovery, knowledge transfer from Customer's team, monitoring set-up, runbooks, service desk take-over |
| B1 | Service desk | Single point of contact for about 1,150 users, ticket logging and tracking, first-line resolution |
| B2 | Server and storage operations | 146 virtual and 38 physical servers, two storage arrays, patching, capacity management |
| B3 | Network operations | Core and plant switches, firewalls, wireless controllers and 420 access points at five sites |
| B4 | Backup and recovery | Daily backups, monthly restore tests, annual disaster-recovery test |
| B5 | End-user support | Desktop and laptop support, printers, mobile devices, joiners and leavers |

## Schedule 2: Service Levels

| Measure | Target | Service Credit |
|---|---|---|
| Core network and data-centre availability (monthly) | 99.95% | 2% of the monthly service charge for each 0.02 percentage point below target |
| Priority 1 response (plant or site down) | 15 minutes | 2% of the monthly service charge per breach |
| Priority 1 restoration | 3 hours | 3% of the monthly service charge per breach |
| Priority 2 response | 1 hour | 1% of the monthly service charge per breach |
| Failed backup job re-run | Within 1 working day | 1% of the monthly service charge per late re-run |

Total Service Credits in a month are limited to one quarter of the monthly service charge.

## Schedule 3: Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | One-time, after Transition Acceptance | 96,000 |
| Monthly service charge | 58,000 per month for 36 months | 2,088,000 |
| Total Contract Value | | 2,184,000 |

For the Customer: ____________________ Date: __________

For the Provider: ____________________ Date: __________
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. TVA-CN-2026-031

BETWEEN

Tulip Valley Analytics, Inc., 700 Franklin Street, Pella, Iowa 50219, United States ("Provider")

AND

Shandong Hengfeng Feed Co., Ltd., No. 16 Gongye North Road, Licheng District, Jinan, Shandong, People's Republic of China ("Customer")

RECITALS

Provider compiles agricultural weather, crop-condition and yield-estimate data for maize and soybean growing regions and makes them available through an application programming interface (the "API"). Customer produces compound feed and buys large volumes of maize and soybean meal. Customer wishes to use Provider's data in its raw-material sourcing and price-risk models. The parties agree as follows.

1. DEFINITIONS

1.1 "Licensed Data" means the datasets listed in Schedule A, as updated by Provider from time to time, delivered through the API or by bulk file.

1.2 "Customer Data" means all data that Customer or its users submit to the API or the portal, including query parameters, field coordinates, sourcing volumes, supplier names and any files uploaded by Customer, and the results generated specifically from them.

1.3 "Custom Index" means the sourcing-region risk index that Provider will configure for Customer under clause 3, including its weighting rules, code and documentation.

1.4 "Subscription Year" means each period of 365 days starting on the Start Date or its anniversary. The subscription consists of two Subscription Years.

1.5 "Start Date" means the date of Onboarding Acceptance under clause 4.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Customer a non-exclusive, non-transferable licence during the two Subscription Years to access the API, download the Licensed Data, and use the Licensed Data within Customer's group companies in mainland China for internal purposes, including sourcing decisions, internal reports and models.

2.2 Customer may keep and continue to use reports and model outputs created during the subscription after it ends, but may not resell the Licensed Data in raw form.

2.3 The subscription includes up to 25 named users of the web portal, up to 2,000,000 API calls per Subscription Year, historical data for the previous fifteen seasons, and daily updates of the current season.

2.4 Customer shall keep its API credentials secure, shall not share them outside its group companies, and shall tell Provider promptly if it suspects that a credential has been compromised. Provider may block a compromised credential after telling Customer and shall issue a replacement without delay.

2.5 Customer shall not use the Licensed Data to build a competing data product or offer it to third parties as a data service.

3. ONBOARDING AND CUSTOM INDEX

3.1 Within forty-five days after signature, Provider shall: (a) deliver the historical dataset for the regions in Schedule A by secure bulk transfer; (b) issue API credentials for Customer's production and test environments; (c) configure the Custom Index using Customer's sourcing regions and weighting rules; and (d) train Customer's analysts.

3.2 Provider shall provide a named onboarding manager and a data scientist for the onboarding period.

4. ONBOARDING ACCEPTANCE

4.1 Onboarding Acceptance criteria are: (a) the historical dataset covers every region and season listed in Schedule A, with record counts matching Provider's delivery manifest; (b) Customer's integration test suite runs against the API for ten consecutive working days without failed authentication or malformed responses; (c) the Custom Index reproduces the sample calculations agreed with Customer; and (d) the documentation listed in Schedule A has been delivered.

4.2 Customer shall confirm Onboarding Acceptance in writing within seven working days after Provider notifies that the criteria are met, or list the items that fail. Provider shall correct them and resubmit. Use of the API for testing is not acceptance.

4.3 If Provider does not deliver the historical dataset and the Custom Index within the period in clause 3.1 for reasons attributable to it, Provider shall pay Customer CNY 500 for each day of delay.

5. FEES AND PAYMENT

5.1 The subscription fees are CNY 396,000 for the first Subscription Year and CNY 418,000 for the second Subscription Year, a total of CNY 814,000 including VAT. Onboarding and the Custom Index are included in these fees.

5.2 The fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within thirty days after receipt of a valid VAT invoice. No amount is payable before the Start Date.

5.3 API calls above the annual allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears.

5.4 Prices for any later subscription will be agreed in the new written agreement referred to in clause 12.1.

6. SERVICE AND SUPPORT

6.1 Provider will use commercially reasonable efforts to keep the API and the portal available and to update the Licensed Data on its normal publication schedule.

6.2 Provider may carry out maintenance at any time and will try to give notice of planned maintenance on the portal.

6.3 Support is provided by e-mail and through the portal during Provider's business hours. Provider will try to respond to support requests promptly and to correct errors in the Licensed Data in the next scheduled update.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API, the portal and the Custom Index to Customer, and shall not use it for any other purpose, including improving its datasets or products for other customers.

7.2 Customer Data shall be stored only in Provider's environment hosted in mainland China. Provider shall encrypt Customer Data in transit and at rest, limit access to named personnel who need it, log all access, and keep the logs for at least one year.

7.3 Provider shall notify Customer within twenty-four hours after discovering any unauthorised access to, loss of or disclosure of Customer Data, take measures to contain it, and compensate Customer for the losses caused by Provider's breach of this clause.

7.4 Within thirty days after the end of the subscription, Provider shall return all Customer Data in a common format and then delete it, confirming the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Provider owns the Licensed Data, the API and the portal.

8.2 The Custom Index belongs to Customer. Provider shall deliver its code, weighting rules and documentation at Onboarding Acceptance and on request, and Customer may use, modify and license it freely, including with data from other sources after the subscription ends.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information of the other party received under this Agreement, including Customer's sourcing volumes, supplier names and pricing models, and Provider's unpublished methodology, and shall not disclose it to third parties without prior written consent.

9.2 This obligation survives for five years after the end of this Agreement.

10. SUBCONTRACTORS

10.1 Provider may engage subcontractors, including data collection partners, hosting providers and support contractors, to perform any part of its obligations under this Agreement, by giving Customer written notice of each subcontractor.

10.2 Provider remains responsible for the performance of its subcontractors and shall bind them to obligations of data security and confidentiality equal to those in this Agreement.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150% of the total subscription fees in clause 5.1.

11.2 The limit does not apply to breach of clauses 7 or 9, infringement of the other party's intellectual property rights, personal injury, or fraud.

11.3 Provider does not warrant that the yield estimates or weather forecasts will prove accurate, but it warrants that the Licensed Data is compiled with reasonable skill and care from the sources described in Schedule A.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new written agreement.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice. If Customer terminates for Provider's breach, Provider shall refund the fees for the unused part of the current Subscription Year.

12.3 Clauses 2.2, 7, 8, 9 and 11 survive termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of this Agreement shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing in accordance with its rules. The award is final and binding.

14. GENERAL

14.1 Neither party may assign this Agreement without the other party's written consent, except to a successor of its whole business.

14.2 Notices shall be sent by e-mail and courier to the addresses above.

14.3 This Agreement is signed in English and Chinese. Both versions are equally authentic.

SCHEDULE A - LICENSED DATA

A.1 Regions: maize and soybean regions of Northeast China, the North China Plain, the United States Corn Belt, Brazil and Argentina.

A.2 Datasets: daily weather observations and fifteen-day forecasts; weekly crop-condition indices; monthly yield estimates by region; historical yields for the previous fifteen seasons.

A.3 Documentation: API reference, data dictionary, methodology notes and Custom Index specification.

SIGNATURES

For Provider: ____________________ Date: __________

For Customer: ____________________ Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# Labels (design): terms in the order of holdout19, extras, the design list of rules, and the TCO inputs.
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(*vals):
    assert len(vals) == len(TERM_KEYS)
    return dict(zip(TERM_KEYS, vals))


G, S = "goods_or_licence", "service"
DRAFTS = {
    "h1052z01": dict(
        name="h1052z01_gas_cylinder_traceability_platform.pdf", src=Z01, fmt="pdf", lang="zh", category="software",
        terms=T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9, False, True, False,
                "PRC", G),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=1486000),
        items=[842000, 520000, 98000, 26000], base=842000, fee=75780, forum_outside=False, rules=[]),
    "h1052z02": dict(
        name="h1052z02_juicer_cup_line_control_retrofit.docx", src=Z02, fmt="docx", lang="zh", category="hardware",
        terms=T(None, 8, True, "buyer", True, True, True, 0.1, None, 10, True, True, 24, 8, False, True, True, "PRC", G),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=2600000),
        items=[1008000, 228000, 432000, 316000, 200000, 236000, 158000, 22000], base=2184000, fee=174720,
        forum_outside=False, rules=["CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
    "h1052z03": dict(
        name="h1052z03_chess_school_chain_booking_membership_saas.txt", src=Z03, fmt="txt", lang="zh", category="cloud",
        terms=T(99.5, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, True, False,
                "PRC", S),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=868000),
        items=[40 * 9600 * 2, 86000, 14000], forum_outside=False, rules=["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"]),
    "h1052z04": dict(
        name="h1052z04_elevator_iot_monitoring_annual_om_service.txt", src=Z04, fmt="txt", lang="zh",
        category="services",
        terms=T(99.95, 0.5, True, "buyer", False, True, True, 0.1, None, None, True, None, None, None, False, False,
                False, "PRC", S),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=628000),
        items=[236000, 2360 * 120, 68800, 40000], forum_outside=False, rules=["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "h1052z05": dict(
        name="h1052z05_bristle_figure_studio_process_tracking_supplier_template.md", src=Z05, fmt="md", lang="zh",
        category="software",
        terms=T(None, 2, False, "supplier", True, False, True, 0.02, 50, 65, False, False, 6, 28, False, True, None,
                "PRC", G),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                   contract_value=468000),
        items=[326000, 112000, 30000], base=326000, fee=91280, forum_outside=False,
        rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
               "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h1052e01": dict(
        name="h1052e01_dairy_lab_software_perpetual_licence_iowa_law.pdf", src=E01, fmt="pdf", lang="en",
        category="software",
        terms=T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False, "Iowa",
                G),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=1636000),
        items=[1180000, 420000, 36000], base=1180000, fee=129800, forum_outside=True, rules=["CR-GOVERNING-LAW"]),
    "h1052e02": dict(
        name="h1052e02_supplier_quality_saas_order_form.md", src=E02, fmt="md", lang="en", category="cloud",
        terms=T(99.7, 0.5, True, "buyer", True, True, True, 1200 / 1522000 * 100, 150, None, True, None, None, None, True,
                True, False, "PRC", S),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1522000),
        items=[1188000, 216000, 54000, 64000], forum_outside=False, rules=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "h1052e03": dict(
        name="h1052e03_cold_store_sensors_monitoring_licence.docx", src=E03, fmt="docx", lang="en",
        category="hardware",
        terms=T(None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True, False, "PRC",
                G),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=1888000),
        items=[1200 * 860, 60 * 5400, 368000, 146000, 18000], base=1724000, fee=120680, forum_outside=False, rules=[]),
    "h1052e04": dict(
        name="h1052e04_managed_infrastructure_services_36_months.md", src=E04, fmt="md", lang="en",
        category="services",
        terms=T(99.95, 0.25, True, "buyer", True, True, True, None, 9 / 36 * 100, None, True, None, None, None, False,
                True, False, "PRC", S),
        extra=dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=2184000),
        items=[96000, 58000 * 36], forum_outside=False, rules=["CR-LD-MISSING", "CR-LIABILITY-CAP"]),
    "h1052e05": dict(
        name="h1052e05_crop_weather_data_api_subscription.txt", src=E05, fmt="txt", lang="en", category="cloud",
        terms=T(None, None, False, "buyer", True, True, True, 500 / 814000 * 100, 150, None, True, None, None, None,
                False, True, True, "PRC", S),
        extra=dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=814000),
        items=[396000, 418000], forum_outside=False, rules=["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}

# policy §3 thresholds (defaults of the shipped pack)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_SHARE_TH, HORIZON = 40, 5


def tco(d):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence/hardware subtotal. Returns (tco, share %) or None for service contracts or an unstated fee."""
    t = d["terms"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None:
        return None
    assert abs(d["base"] * t["post_warranty_fee_pct"] / 100 - d["fee"]) < 0.01, d["name"]
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    post = years * d["fee"]
    total = d["extra"]["contract_value"] + post
    return total, post / total * 100


def derive(d):
    """My reading of policy §3 (with its section 'Where rules apply, and how clauses are read')."""
    t, x, r = d["terms"], d["extra"], set()
    goods = t["contract_kind"] == G
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        pwf = t["post_warranty_fee_pct"]
        if pwf is None or not x["post_warranty_fee_capped"] or pwf > TH["post_warranty_fee_pct"]:
            r.add("CR-POST-WARRANTY-FEE")
        tc = tco(d)
        if tc and tc[1] > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------------------------------------------------------
# No threshold figure in any text: the scan and its self-test.
THRESHOLD_PATTERNS = [
    r"(?<![\d.,])(?:15|30|40|100)(?:\.0+)?\s*(?:%|％|percent|per\s*cent)",
    r"百分之(?:十五|三十|四十|一百|百)(?![一二三四五六七八九十点])",
    r"百分之九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.,])99\.90*(?!\d)",
    r"(?<![\d.,])0?\.050*(?!\d)",
    r"万分之五(?![十一二三四五六七八九])",
    r"千分之零点五",
    r"(?<![\d.,])4\s*-?\s*(?:个\s*)?(?:小时|hours?|hrs?(?![a-z])|h(?![a-z]))",
    r"(?<![十])四\s*个?\s*小时",
    r"(?<!twenty-)(?<!twenty)(?<!twenty )four\s*(?:\(4\)\s*)?-?\s*hours?",
    r"(?<![\d.,年])12\s*-?\s*(?:个\s*)?(?:月|months?)",  # a date such as 2027年12月31日 is not a period
    r"(?<![一二三四五六七八九十])十二\s*个?\s*月",
    r"twelve\s*(?:\(12\)\s*)?-?\s*months?",
]
THRESHOLD_RE = re.compile("|".join(THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "预付百分之三十", "99.9%", "99.90 %", "0.05%", "万分之五", "4小时", "4 个小时", "4 hours",
            "4-hour", "within four hours", "四小时内", "12个月", "12 months", "12-month", "twelve months",
            "十二个月", "15%", "40 %", "100%", "15 per cent", "百分之十五", "百分之九十九点九", "four (4) hours"]
MUST_MISS = ["24小时", "二十四小时", "twenty-four hours", "twenty four hours", "130%", "2.15%", "99.95%", "0.055%",
             "24 months", "112 months", "150%", "1,300,000", "3.4 hours", "14 hours", "24个月", "三十六个月",
             "万分之五十", "百分之十五点五", "2027年12月31日", "fourteen hours", "115%", "1,040%", "0.02 percentage point", "1,230%"]


def selftest():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), "must hit: " + s
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), "must miss: " + s


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


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


RANGES = {"zh": (2750, 3000), "en": (1450, 1650)}


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, d in DRAFTS.items():
        assert sum(d["items"]) == d["extra"]["contract_value"], key
        if d["fmt"] in ("txt", "md"):
            (OUT / d["name"]).write_text(d["src"], encoding="utf-8")
            print("wrote", d["name"])
        else:
            sources[key], targets[key] = d["src"], (d["name"], d["fmt"])
    write(sources, targets, OUT, wrap_words=True)
    covered = set()
    for key, d in DRAFTS.items():
        t, x = d["terms"], d["extra"]
        # label values never on a threshold
        for k, th in TH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k)
        tc = tco(d)
        if tc:
            assert abs(tc[1] - TCO_SHARE_TH) > 2, (key, tc)
        rules = derive(d)
        assert rules == sorted(d["rules"]), (key, rules, d["rules"])
        covered |= set(rules)
        text = read_back(OUT / d["name"])
        n = length(text, d["lang"])
        lo, hi = RANGES[d["lang"]]
        assert lo <= n <= hi, (key, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = THRESHOLD_RE.search(variant)
            assert not m, (key, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        label = {"file": d["name"], "language": d["lang"], "category": d["category"], "expected_terms": t,
                 "expected_extra": x, "expected_rules": rules}
        stem = d["name"].rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False), encoding="utf-8")
        print("%-70s %5d  %-6s %s %s" % (d["name"], n, risk(rules), ", ".join(r[3:] for r in rules) or "(none)",
                                         "TCO %.0f share %.2f%%" % tc if tc else ""))
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    mix = [len(d["rules"]) for d in DRAFTS.values()]
    print("all 20 CR rules covered; findings per draft:", mix)


if __name__ == "__main__":
    main()
