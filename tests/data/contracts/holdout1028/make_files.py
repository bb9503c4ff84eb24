"""holdout1028: builds the ten held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, thresholds, rule design, coverage). Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H1028Z01 = """T:野生动物疫源疫病监测平台建设项目 采购合同
P:合同编号：SLY-ZFCG-2026-117    采购方式：公开招标（政府采购）
P:甲方（采购人）：某市林业局
P:乙方（供应商）：某省云栖信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方经协商一致，按甲方提供的合同文本签订本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供野生动物疫源疫病监测平台软件许可一套（永久使用许可，不限用户数），并完成定制开发、部署实施和培训，使甲方能够对全市二十六个国家级和省级监测站点的巡查记录、异常死亡报告、样品送检和预警信息进行统一管理。
P:1.2 定制开发内容包括：监测站点巡查移动端、疫情报告审核流转、样品送检与结果回传、与省级陆生野生动物疫源疫病监测信息系统的数据接口、以及面向局领导的综合态势大屏。
P:1.3 详细功能及技术要求以招标文件第三章和乙方投标文件技术响应表为准，二者不一致时以对甲方更有利者为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰肆拾捌万元整（¥1,480,000），为固定总价，包含以下各项：平台软件许可费¥860,000；定制开发费¥520,000；部署实施费¥74,000；培训费¥26,000。
P:2.2 合同总价已包含软件、开发、税费、差旅、第三方测评配合及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款，计¥296,000。
P:3.2 系统部署完成并通过初验后，甲方支付合同总价的45%，计¥666,000。
P:3.3 系统试运行期满并通过最终验收后，甲方支付合同总价的35%，计¥518,000。
P:3.4 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
P:3.5 乙方每次收款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审批产生的合理延迟不视为甲方违约。
H:第四条 交付、人员与培训
P:4.1 乙方应在合同签订后九十日内完成部署并提交初验申请；初验通过后进入为期两个月的试运行。
P:4.2 乙方应派驻不少于四名实施人员常驻甲方现场，其中项目经理须具有高级职称或项目管理专业资格，未经甲方同意不得更换；确需更换的，接替人员资历不得低于原人员。
P:4.3 乙方应为甲方及各监测站点人员提供不少于两期集中培训，每期两天，并为各区县业务骨干提供一次上门操作指导，确保其能够独立完成巡查上报和数据审核。
P:4.4 乙方应向甲方交付软件安装介质、许可证书、定制开发部分的全部源代码、数据库设计说明、接口文档、部署手册和用户手册。
H:第五条 验收
P:5.1 初验标准：招标文件所列功能逐项测试通过；与省级系统的数据接口连续十个工作日交换无差错；在两百个并发用户下页面平均响应时间不超过三秒；第三方等级保护测评无高风险问题。
P:5.2 最终验收标准：试运行期间未发生一级故障，所有初验遗留问题已关闭，历史监测数据迁移核对一致，甲方组织专家评审通过并签署最终验收报告。
P:5.3 验收由甲方组织，可邀请财政、网信及行业专家参加，验收所需测试数据由乙方准备并经甲方确认，第三方测评费用已包含在合同总价中。验收过程中发现的问题，乙方应形成问题清单并逐项整改销号。
P:5.4 系统上线运行、甲方使用系统或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第六条 质量保证与维护
P:6.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年维护费不超过平台软件许可费的9%（即每年不超过¥77,400），该价格自质保期满起三年内不上调。维护合同每年另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，计划内维护应提前三个工作日通知甲方且安排在夜间进行。
P:7.2 一级故障（平台整体不可用或预警信息无法上报）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，次日内解决。
P:7.3 乙方每超过响应或恢复时限1小时，扣减服务费¥800；月度可用率每低于承诺值0.01个百分点，扣减¥1,000，从应付款项或履约保证金中扣除。
H:第八条 数据安全
P:8.1 平台中的监测数据、站点信息、疫情报告、样品信息及由此形成的统计分析结果均属于甲方所有。乙方仅为履行本合同使用上述数据，不得用于任何其他目的，不得向第三方提供。
P:8.2 乙方应按网络安全等级保护第三级要求实施部署，落实访问控制、操作审计、数据加密传输和备份；远程运维须经甲方审批并通过堡垒机进行，不得将数据复制出甲方网络。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、疫情信息、未公开数据及网络配置负有保密义务，未经甲方书面同意不得披露。保密义务不因合同终止而解除。
H:第十条 知识产权
P:10.1 平台软件的著作权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:10.2 为本项目定制开发的程序、源代码、接口、文档及大屏设计的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再开发。
P:10.3 乙方保证所交付成果不侵犯第三方权利，否则由乙方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方逾期超过三十日，或交付成果经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十二条 分包与转让
P:12.1 本项目不允许分包。乙方不得将合同义务全部或部分转让给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权书面通知解除本合同。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同，互不承担违约责任。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力与通知
P:15.1 因地震、洪水、重大疫情等不可抗力导致不能按期履行的，受影响一方应在三日内书面通知对方并提供证明，履行期限相应顺延。不可抗力结束后，双方应尽快恢复履行。
P:15.2 本合同项下的通知以书面形式送达合同首页所列地址或双方指定的联系人。联系人或地址变更的，应提前书面告知对方，否则按原地址送达即视为送达。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________    乙方（盖章）：____________
P:签订日期：2026年____月____日
"""

H1028Z02 = """T:足部按摩器生产线控制系统改造项目合同
P:合同编号：ZAM-JG-2026-032
P:甲方（买方）：某市康足电器有限公司（足部按摩器制造）
P:乙方（卖方）：某省恒拓自动化工程有限公司
P:甲方拟对其二号厂区三条足部按摩器总装及测试生产线的控制系统进行改造，乙方经比选确定为供货及实施单位。双方根据《中华人民共和国民法典》等法律法规，经平等协商，订立本合同。
H:第一条 项目范围
P:1.1 乙方负责三条生产线控制系统的设备供货、软件许可、安装调试、定制程序开发及培训，包括更换原有继电器控制柜为PLC控制柜、更换输送及压装工位的伺服驱动与电机、新增按摩头气囊及加热片在线视觉检测单元、提供产线控制软件许可及与甲方现有MES系统的接口模块。
P:1.2 改造须分线实施，每条线停线时间不超过七个日历日，且不得影响其他生产线的正常运行。乙方应在每条线停线前提交切换方案，经甲方生产部书面确认后实施。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰叁拾伍万元整（¥1,350,000），含税，为固定总价。分项价格见下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含触摸屏、远程IO）|3套|486,000
TB:2|伺服驱动器及伺服电机|42套|312,000
TB:3|在线视觉检测单元|6套|168,000
TB:4|产线控制软件许可及MES接口模块|3套|214,000
TB:|软硬件小计||1,180,000
TB:5|安装调试|1项|96,000
TB:6|定制程序开发（工艺配方、追溯报表）|1项|58,000
TB:7|操作及维护培训|1项|16,000
TB:|合计||1,350,000
P:2.2 乙方应保证所供设备为原厂全新正品，PLC、伺服及相机的品牌型号以附件技术规格表为准；未经甲方书面同意不得替换为其他品牌或型号，确需替换的，替换产品的性能不得低于原型号且价格不予上调。
P:2.3 上述价格包含设备、软件、运输、保险、安装、调试、培训及质保期内服务的全部费用。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，计¥270,000。
P:3.2 全部设备到货并安装完毕后，甲方支付合同总价的50%，计¥675,000。到货签收及安装完毕仅表示数量核对，不代表质量验收。
P:3.3 三条生产线全部通过最终验收后，甲方支付合同总价的25%，计¥337,500。
P:3.4 余款5%即¥67,500作为质量保证金，质保期满且无未决质量问题后支付。
H:第四条 交货与工期
P:4.1 乙方应在合同生效后六十日内完成全部设备到货，一百日内完成三条线的改造并提交最终验收申请。
P:4.2 乙方现场人员须遵守甲方安全生产、消防及车间管理制度，进入车间须穿戴劳保用品，动火、登高及带电作业须事先办理甲方作业许可。因乙方人员违章作业造成的人身或财产损失，由乙方负责。
P:4.3 切换期间乙方应安排工程师全程驻场，切换完成后连续跟班三个班次，协助甲方操作人员处理异常；切换失败的，乙方应在当班内恢复原控制系统运行。
P:4.4 乙方应为甲方电工、设备维护人员和班组长提供操作及维护培训，培训内容包括PLC程序结构、伺服参数调整、视觉检测模板维护和常见故障处理，培训结束后组织考核。
P:4.5 乙方须提供设备出厂合格证、电气图纸、PLC程序及注释、软件安装介质和许可文件、操作手册。
H:第五条 验收
P:5.1 每条线改造完成后连续试生产十个工作日，验收标准为：节拍达到每台不超过二十八秒；视觉检测漏检率不高于0.2%、误判率不高于1%；工艺配方切换在三分钟内完成；生产数据与MES系统逐单核对一致；急停和安全光幕功能测试全部通过。
P:5.2 三条线均达到上述标准后，由甲方组织最终验收并签署验收报告。设备安装完毕、试生产或甲方使用，均不视为验收合格。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件故障由乙方免费维修或更换，软件免费升级。
P:6.2 质保期满后，乙方提供年度维保服务（含定期巡检、备件更换、软件升级和技术支持），维保费每年按软硬件小计的26%计取，即每年¥306,800，自质保期满起三年内不作调整。维保合同按年签订，不自动续期。
P:6.3 服务水平：一级故障（整线停机）乙方应在1小时内响应，6小时内到场并恢复生产；二级故障（单工位故障）2小时内响应，次日内修复。
P:6.4 质保期内乙方每季度上门巡检一次，检查控制柜、伺服系统和视觉检测单元的运行状态，清洁相机镜头并校准检测模板，巡检后提交书面报告；发现隐患的，应在报告中提出处理建议并限期处理。
P:6.5 乙方每超过上述时限1小时，按¥500扣减维保费或从质量保证金中扣除。
H:第七条 违约责任
P:7.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:7.2 因乙方原因导致停线超过约定时间的，每超过一日另行支付¥3,000。
P:7.3 乙方逾期超过三十日的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第八条 数据与网络安全
P:8.1 生产数据、工艺配方、质量追溯记录及MES接口中的全部数据归甲方所有，乙方仅为履行本合同使用，不得复制、留存或用于其他用途。
P:8.2 乙方应在控制网与办公网之间配置工业防火墙，关闭不必要的端口和服务；远程维护须经甲方逐次审批，通过甲方指定的VPN进行并留存记录。
P:8.3 乙方交付的程序和软件不得含有后门、远程锁定或限制使用的代码，不得在设备中预留未经甲方知晓的远程访问通道。
P:8.4 乙方发现数据泄露或控制系统遭受攻击的，应在2小时内通知甲方并配合处置；因乙方原因造成的损失，由乙方全额赔偿。
H:第九条 保密
P:9.1 双方对在履约中获知的对方技术资料、工艺参数、产品设计和经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:第十条 知识产权
P:10.1 软件许可及设备内置程序的知识产权归原权利人，甲方享有永久使用权。
P:10.2 本项目定制开发的PLC程序、工艺配方模块、追溯报表及接口程序（含源程序）的知识产权归甲方所有，甲方可自行修改或委托他人修改使用。
H:第十一条 分包
P:11.1 乙方可将电气安装、线缆敷设等辅助工作分包给具有相应资质的单位，但应提前五个工作日书面告知甲方，并对分包单位的工作向甲方负责。
H:第十二条 甲方义务
P:12.1 甲方应按约定提供施工场地、临时用电、压缩空气及MES系统测试环境，并指定生产部和设备部的联系人，配合乙方确认切换方案和验收测试。
P:12.2 甲方未按时提供上述条件导致工期延误的，乙方工期相应顺延，但乙方应及时书面提出。
H:第十三条 合同解除
P:12.1 任何一方严重违约，经守约方书面催告后十五日内仍未纠正的，守约方有权解除合同。
H:第十四条 法律适用与争议
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十五条 其他
P:15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，双方协商顺延或解除。
P:15.2 本合同一式四份，双方各执两份，经双方签字盖章后生效。附件：设备技术规格表、改造实施计划。
P:甲方：____________    乙方：____________
"""

H1028Z03 = """篮球裁判培训门店预约及会员管理SaaS服务合同

合同编号：LPX-IT-2026-0419

甲方：某市哨声篮球裁判培训连锁管理有限公司（下称“甲方”，经营门店共四十家）
乙方：某市约场云科技有限公司（下称“乙方”）

鉴于甲方需要为其四十家篮球裁判培训门店统一部署课程预约、学员会员、储值与核销、考核认证记录管理系统，乙方以SaaS方式提供该系统并负责实施，双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方提供“约场云”预约及会员管理系统的订阅服务，覆盖甲方全部四十家门店，包括后台管理端、门店收银端、教练端及学员微信小程序。
2. 功能范围：课程排期与预约、场地与教练排班、会员卡与储值、课时核销、裁判等级考核记录、学员成长档案、门店经营报表及总部汇总看板。
（二）实施服务
1. 乙方负责系统初始化配置、四十家门店参数设置、甲方原有会员及储值余额数据迁移、与甲方现有微信支付商户号及财务系统的对接。
2. 乙方负责为总部及各门店店长、前台、教练提供上线培训，每家门店不少于两名人员通过操作考核。
3. 实施完成后，乙方应提交配置清单、数据迁移核对报告和操作手册。

二、服务期限
（一）服务期为两个服务年度，自上线验收合格之日起计算，每个服务年度为连续的三百六十五日。
（二）服务期满前三十日，任何一方未书面通知对方不再续约的，本合同自动续期一个服务年度，续期次数不限。
（三）续期时的订阅单价由乙方按其届时公布的标准价格确定，乙方可在续期前以书面或系统公告方式通知甲方调整后的价格，甲方未提出异议的视为接受。

（四）服务内容还包括：平台功能的常规版本更新、门店端设备（收银终端、扫码枪）的远程配置指导、每月一次的系统运行报告，以及每季度一次的总部运营数据分析会议。

（五）乙方应为甲方开设不少于两个总部管理员账号，提供工作日九点至二十一点的在线客服及全天候一级故障报障电话，并指定一名客户成功经理负责日常对接。

三、费用及支付
（一）费用构成：
1. 订阅费：每家门店每个服务年度¥7,800，四十家门店每个服务年度合计¥312,000，两个服务年度合计¥624,000；
2. 实施费：¥86,000（一次性）；
3. 培训费：¥10,000（一次性）。
合同总价为人民币柒拾贰万元整（¥720,000）。
（二）支付方式：
1. 实施费、培训费及第一服务年度订阅费，于上线验收合格后十五个工作日内支付；
2. 第二服务年度订阅费，于第二服务年度开始前十个工作日内支付；
3. 乙方每次收款前开具增值税专用发票。
（三）服务期内新增门店的，按每店每个服务年度¥7,800按剩余月份折算。

四、实施与验收
（一）乙方应于合同签订后四十五日内完成全部门店的配置和数据迁移，并提交上线验收申请。
（二）验收标准：
1. 合同约定功能逐项测试通过；
2. 会员、储值余额、剩余课时迁移数据与甲方原系统逐条核对一致；
3. 在二百名学员同时预约的压力测试下，预约提交平均响应时间不超过两秒；
4. 试运行十个工作日内无一级故障。
（三）数据迁移应在门店营业结束后进行，迁移前乙方应备份原始数据，迁移后由门店店长抽查会员余额并签字确认；迁移差错由乙方负责更正。
（四）甲方应在收到验收申请后十个工作日内组织验收，验收合格的签署上线验收单。未达标准的，乙方应整改后重新提交。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应安排在凌晨零点至六点之间，并提前两日通知甲方。
（二）故障分级及响应：
1. 一级故障（系统整体不可用、无法预约或核销）：乙方应在30分钟内响应，3小时内恢复；
2. 二级故障（部分功能异常或单店无法使用）：2小时内响应，一个工作日内解决；
3. 三级故障（咨询及一般问题）：一个工作日内答复。
（三）服务补偿：月度可用率低于承诺值的，每低0.5个百分点，乙方按当月订阅费的5%给予服务抵扣；一级故障超过恢复时限的，每超过1小时抵扣¥500。抵扣从下一期应付费用中扣除。

六、数据安全与数据权属
（一）甲方录入和系统产生的学员信息、会员资料、储值及消费记录、考核成绩等数据均属于甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得向任何第三方提供或出售。
（二）乙方应采取加密存储、传输加密、权限分级、操作日志留存及每日备份等措施，系统部署于中国境内的数据中心，并符合个人信息保护相关法律的要求。
（三）发生数据泄露或可能泄露的，乙方应在2小时内通知甲方，并配合甲方履行告知及报告义务；因乙方原因造成的损失由乙方承担赔偿责任。
（四）乙方应每年委托具有资质的机构对平台开展一次安全测评，并将测评结论告知甲方；乙方更换数据中心或云服务商的，应提前三十日书面通知甲方，且不得降低本条约定的保护水平。
（五）合同终止后三十日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后删除。

七、保密
双方对在合作中知悉的对方商业秘密、学员名单、经营数据和技术资料负有保密义务，未经对方书面同意不得披露。本条在合同终止后继续有效三年。

八、知识产权
（一）约场云平台及其标准功能的知识产权归乙方所有。
（二）为甲方专门定制的报表模板、考核认证流程配置及与甲方财务系统的接口程序，其知识产权归甲方所有，甲方可自行或委托第三方修改使用。

九、违约责任
（一）乙方未按期提交上线验收申请的，每逾期一日，向甲方支付违约金¥600。
（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之二支付利息。
（三）因乙方原因导致甲方数据丢失或泄露的，乙方应赔偿甲方全部直接损失。

十、甲方义务
（一）甲方应指定总部项目负责人，统一协调各门店配合配置、数据核对和培训，并按乙方要求提供原系统的数据导出文件。
（二）甲方应保证其录入和上传的数据来源合法，已取得学员及其监护人的必要同意，并妥善保管各门店账号和密码。
（三）甲方新开或关闭门店的，应提前十五日书面通知乙方，乙方应在新店开业前完成开通配置。关闭门店的，当期已付订阅费按剩余月份折算后在下一期费用中抵扣。

十一、分包与转让
乙方不得将本合同项下的服务分包给第三方，确需分包的，须事先取得甲方书面同意，并对分包方的行为承担责任。

十二、合同解除
（一）任何一方严重违约，经对方书面通知后十五日内未改正的，守约方有权解除合同。
（二）连续两个月可用率低于承诺值的，甲方有权解除合同，乙方退还未履行期间的订阅费。

十三、不可抗力
因不可抗力或政府管制等非双方所能控制的原因导致服务中断的，受影响一方应及时通知对方并采取措施减少损失，相应期间不计入可用率统计，但乙方应在原因消除后尽快恢复服务。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。

十五、其他
本合同的通知以书面形式或电子邮件发送至双方指定的联系人。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：              乙方（盖章）：
日期：                      日期：
"""

H1028Z04 = """路面结冰预警系统年度运维服务合同

项目编号：JTJ-CS-2026-085（竞争性磋商）

采购人（甲方）：某市交通运输局
供应商（乙方）：某省路安智能交通科技有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方路面结冰预警系统年度运维服务事宜，订立本合同。

第一条 服务范围
1. 运维对象为甲方已建成的路面结冰预警系统，包括：分布于全市桥梁、匝道、长下坡及山区路段的六十八套路面状态检测器，二十一套气象六要素监测站，三十四块可变情报板的联动控制模块，以及部署于甲方指挥中心的预警平台软件、数据库和服务器。
2. 服务内容包括：外场设备定期巡检及维护、路面传感器及气象站校准、预警平台软件运维、备品备件供应、冬季保障期值守，以及甲方交办的与本系统相关的临时保障任务。
3. 冬季保障期为每年十一月十五日至次年三月十五日。保障期内乙方须安排技术人员在甲方指挥中心值班，遇降雪、冻雨等预警天气实行全天候值守。

4. 乙方应在合同签订后十五日内完成系统现状核查，对全部外场设备和平台软件逐项登记，形成设备台账和问题清单，经甲方确认后作为运维工作的基准；核查中发现的原有故障，由乙方提出修复方案报甲方审定。
5. 乙方应建立运维工单系统，所有故障、巡检、校准和变更均须形成工单记录，甲方可随时查询。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，甲方如需继续采购，另行按政府采购程序办理。

第三条 运维资料
1. 乙方应每月五日前向甲方提交上月运维月报，内容包括巡检和校准完成情况、故障统计及处理情况、平台运行情况、备品备件消耗和下月工作计划。
2. 服务期满时，乙方应将设备台账、工单记录、校准报告、配置文件和运维手册整理成册，完整移交甲方，并配合甲方或后续服务单位做好交接。

第四条 合同价款
1. 本合同总价为人民币伍拾捌万陆仟元整（¥586,000），包括：外场设备定期巡检及维护费¥212,000；传感器及气象站校准费¥146,000；预警平台运维费¥138,000；备品备件费¥90,000。
2. 上述价款包含人工、车辆、仪器、备件、差旅及税费等全部费用。超出备品备件清单范围且非因乙方原因损坏的设备，经甲方书面确认后另行结算。

第五条 付款方式
1. 服务费按季度支付，每季度末经甲方考核后，于考核结果确认后十五个工作日内支付当季服务费¥146,500。
2. 季度考核有扣减的，从当季服务费中直接扣除。
3. 甲方通过财政国库集中支付方式付款，乙方应提前开具发票。

第六条 服务标准
1. 外场设备每月巡检一次，冬季保障期内每两周巡检一次；路面状态检测器及气象站每季度校准一次，校准记录报甲方备案。
2. 预警平台年度可用率不低于99.95%，计划内维护须避开冬季保障期并提前三日报甲方同意。
3. 故障响应：一级故障（预警平台中断或重点路段检测器全部离线）乙方应在30分钟内响应，3小时内到场，8小时内恢复；二级故障（单台设备故障）2小时内响应，二十四小时内修复；三级故障（非紧急问题）一个工作日内处理。
4. 冬季保障期内接到结冰预警后，乙方应在1小时内完成相关路段设备状态核查并报告甲方。

第七条 考核与扣减
1. 甲方按季度对乙方服务进行考核，考核内容包括巡检完成率、校准完成率、故障响应及修复时限、平台可用率、值守到岗情况和资料报送。
2. 一级故障超过响应或恢复时限的，每超过1小时扣减当季服务费¥1,000；二级故障超时的，每次扣减¥300；平台季度可用率低于承诺值的，每低0.01个百分点扣减¥800；值守人员缺岗一次扣减¥500。
3. 季度考核扣减累计超过当季服务费一半的，甲方有权约谈乙方主要负责人，并要求乙方更换项目负责人。

第八条 验收
1. 每季度考核同时作为当季服务验收，甲方根据巡检记录、校准报告、故障工单及平台运行日志确认服务是否达标。
2. 服务期满后，甲方组织年度服务验收，验收标准为：全年巡检和校准计划完成、故障工单全部闭环、平台年度可用率达到承诺值、备品备件清单核对一致、运维档案完整移交。验收合格后双方签署年度服务验收报告。

第九条 数据安全
1. 系统采集的路面温度、结冰状态、气象数据、预警记录及平台数据库中的全部数据归甲方所有，乙方仅为履行本合同使用，不得用于其他用途，不得向第三方提供。
2. 乙方运维人员须实名登记，通过甲方堡垒机进行运维操作，不得在平台服务器上安装与运维无关的软件，不得将数据拷贝至甲方网络以外。
3. 乙方应每日检查数据备份，每季度开展一次安全检查并提交报告。发生数据泄露、篡改、丢失或网络安全事件的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的，由乙方承担全部赔偿责任和法律责任。

4. 乙方应制定冬季保障应急预案，明确值守人员、联络方式、备品备件调配和故障抢修流程，于每年十一月一日前报甲方审定，并配合甲方开展至少一次应急演练。

5. 乙方对平台软件进行升级、补丁安装或配置变更的，应提前提交变更方案，说明变更内容、影响范围和回退措施，经甲方书面同意后在非冬季保障期的夜间实施。

第十条 人员要求
1. 乙方应配备项目负责人一名、平台运维工程师两名、外场维护人员不少于六名，名单报甲方备案，未经甲方同意不得更换项目负责人。
2. 外场作业须遵守道路作业安全规定，设置警示标志，作业人员的人身安全由乙方负责。

第十一条 备品备件与甲方配合
1. 乙方应按响应文件所列清单储备备品备件，其中路面状态检测器和气象站主要部件的库存数量不少于在用数量的十分之一，存放于本市并报甲方备案。
2. 更换下的故障部件由乙方登记并报甲方确认，属甲方资产的，按甲方资产管理规定处理。
3. 甲方应向乙方提供系统原有的设计文件、竣工资料和账号权限，协调公路养护单位配合外场作业，并指定专人负责日常联络和考核。

第十二条 知识产权
乙方在运维过程中形成的巡检记录、校准报告、运维脚本、配置文档及技术资料归甲方所有，甲方可自由使用和修改。

第十三条 违约责任
1. 乙方未按本合同约定提供服务的，甲方有权要求乙方限期改正，并按第七条扣减服务费。
2. 乙方违约给甲方造成损失的，应赔偿甲方的实际损失。

第十四条 分包
乙方不得将本合同项下的服务转包或分包。

第十五条 合同解除
乙方连续两个季度考核不合格，或发生严重违约经甲方书面通知后十日内未纠正的，甲方有权解除本合同，并按实际服务期间结算费用。

第十六条 不可抗力
因暴雪、地质灾害等不可抗力导致外场设备损毁或无法按时到场的，乙方应及时报告甲方并尽力采取临时保障措施，相应时段不计入考核。

第十七条 争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十八条 其他
磋商文件、响应文件及成交通知书为本合同的组成部分。本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
签订日期：
"""

H1028Z05 = """# 窑迹工艺追踪软件 许可及定制开发合同

> 本合同采用乙方标准合同文本（窑迹软件合同范本 V1.4），空白处由双方填写。

合同编号：YJ-XS-2026-0907

甲方：某市青釉陶哨工作室
乙方：某市窑迹软件科技有限公司

甲方为管理陶哨产品从泥料到成品的制作工艺，向乙方采购“窑迹”工艺追踪软件并委托乙方进行定制开发。双方经协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“窑迹”工艺追踪软件标准版许可一套（永久许可，五个并发用户），功能包括泥料批次登记、拉坯修坯工序记录、窑温曲线采集、釉色配方管理及成品音准测试记录。

1.2 乙方根据甲方需求进行定制开发：陶哨音孔参数与音准测试数据关联分析、每窑次烧成记录自动生成、电商订单与成品批次追溯对接、手机端工序扫码报工。定制需求以双方确认的需求说明书为准。

1.3 乙方负责软件安装部署、与甲方两台电窑温控器的数据采集对接及操作培训。

1.4 本合同所称“上线”，是指乙方完成软件安装和定制功能部署并通知甲方可以使用；所称“一级故障”，是指系统无法登录或无法记录工序，导致甲方无法正常使用系统的故障。

1.5 本合同许可的软件仅限甲方在其工作室内部使用，不得转让、出租或提供给关联方使用。甲方增加并发用户数的，按乙方届时报价另行购买。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 窑迹工艺追踪软件标准版许可 | 68,000 |
| 2 | 定制开发 | 94,000 |
| 3 | 部署实施及培训 | 18,000 |
| | 合计 | 180,000 |

合同总价为人民币壹拾捌万元整（¥180,000），含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，计¥117,000。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，计¥63,000。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

3.4 乙方在收到每期款项后十个工作日内向甲方开具增值税普通发票。甲方需要开具专用发票的，应提前提供开票信息。

3.5 合同价款不包括服务器、操作系统、数据库、网络设备及电窑温控器通讯模块的费用，上述软硬件由甲方自行采购并承担费用，乙方可提供配置建议。

## 第四条 交付与上线

4.1 乙方在收到首期款后六十日内完成标准版部署及定制开发，并通知甲方上线。

4.2 乙方通知上线后，系统即投入运行。系统上线运行即视为甲方验收合格，甲方不再另行组织验收。甲方在上线后提出的需求变更，另行计费。

4.3 乙方交付内容为安装好的可执行程序及电子版操作手册，不包括源代码。

4.4 甲方应在乙方通知上线前准备好服务器、网络环境和电窑温控器的通讯接口，并指定一名联系人负责需求确认和日常沟通。因甲方原因导致无法按期上线的，乙方交付期限相应顺延，并视为乙方已按期交付。

4.5 乙方提供一次远程操作培训，时长不超过半天，培训对象为甲方指定的不超过五名人员。甲方要求现场培训或增加培训次数的，按乙方标准收费。

## 第五条 免费维护与后续服务

5.1 自系统上线之日起，乙方提供六个月的免费维护服务，包括缺陷修复和远程技术支持。

5.2 免费维护期满后，甲方如需继续获得维护和升级服务，应与乙方签订年度服务协议，服务费按乙方届时公布的年度服务价格标准收取。

5.3 故障处理：一级故障（系统无法登录或无法记录工序）乙方在接到报告后8个工作小时内响应，并尽力在三个工作日内解决；其他问题五个工作日内答复。乙方提供远程支持为主，确需现场服务的，差旅费用由甲方承担。

5.4 以下情形不属于免费维护范围：甲方操作不当或自行修改造成的故障；服务器、网络及温控器等非乙方提供设备的故障；甲方要求的新增功能或报表调整；数据恢复及数据整理服务。上述服务乙方可提供，费用另计。

## 第六条 知识产权

6.1 窑迹软件及其全部版本的著作权归乙方所有。

6.2 乙方为甲方定制开发的功能模块、程序及相关文档的知识产权归乙方所有，乙方授予甲方在本合同范围内非独占的使用权。甲方不得对其进行修改、反向工程或提供给第三方使用。乙方有权将定制开发成果纳入其标准产品向其他客户提供。

## 第七条 数据

7.1 甲方在系统中录入的工艺数据、配方及订单信息归甲方所有。

7.2 乙方采取访问控制、数据加密及定期备份等安全措施保护系统数据；因乙方原因导致数据泄露或丢失的，乙方承担相应责任，并应在发现后二十四小时内通知甲方。

7.3 甲方同意，乙方可对系统中的工艺数据进行脱敏处理后，用于乙方产品改进、行业工艺分析及向其他客户提供的标准工艺模板。

7.4 甲方应自行做好系统数据的日常备份。因甲方未做备份或服务器故障导致的数据丢失，乙方不承担责任。

## 第八条 违约责任

8.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

8.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的20%为限。乙方不对甲方的间接损失、利润损失或产品损失承担责任。

8.3 乙方按本合同5.3条提供的故障处理时间为乙方的服务目标，未达到的，甲方可要求乙方继续处理，但不因此扣减任何费用或要求乙方承担违约责任。

## 第九条 合同解除

9.1 任何一方严重违反本合同，经对方书面通知后三十日内仍未纠正的，对方有权解除本合同。

9.2 甲方逾期付款超过十五日的，乙方有权暂停维护服务或停止交付，直至甲方付清款项。

9.3 因甲方原因解除合同的，已付款项不予退还。

9.4 合同解除后，甲方应停止使用定制开发成果；已上线的标准版软件，甲方已付清全部款项的可继续使用。

## 第十条 保密

双方对在履行本合同过程中知悉的对方商业秘密和技术信息负有保密义务，未经对方同意不得向第三方披露，保密期限为合同终止后两年。

## 第十一条 需求变更

11.1 定制开发需求以双方签字确认的需求说明书为准。甲方在需求说明书确认后提出新增或修改功能的，乙方评估工作量后报价，经甲方确认后另行签订补充协议，交付期限相应调整。

11.2 甲方自行修改系统配置、更换服务器或网络环境导致系统异常的，乙方不承担责任，协助处理的按次收费。

## 第十二条 不可抗力

因不可抗力、网络运营商故障、电力中断、第三方软硬件缺陷等非乙方所能控制的原因导致本合同不能履行或延迟履行的，乙方不承担违约责任。

## 第十三条 争议解决

因本合同发生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同未尽事宜，双方可另行签订补充协议。乙方的产品说明、报价单和需求说明书为本合同附件，与本合同具有同等效力。

14.2 双方的通知以电子邮件或即时通讯方式发送至双方联系人即视为送达。

14.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

附件一：窑迹工艺追踪软件标准版功能清单
附件二：定制开发需求说明书（双方确认后附后）

甲方（签章）：                乙方（签章）：

日期：                        日期：
"""

H1028E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. MRS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Ningbo Hengjia Precision Castings Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Ningbo, Zhejiang Province (the "Customer"), and Mesa Ridge Software, LLC, a New Mexico limited liability company with its principal office at 214 East Motel Drive, Lordsburg, New Mexico 88045, United States (the "Vendor").
P:The Customer operates three investment-casting lines and wishes to replace its spreadsheet-based inspection records with the Vendor's CastTrace quality inspection and statistical process control software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the CastTrace Enterprise software in object code, including the inspection, SPC, non-conformance and supplier-quality modules listed in Annex 1, and all updates provided under this Agreement.
P:1.2 "Services" means the implementation, configuration, data migration, interface development and training services described in Annex 2.
P:1.3 "Custom Deliverables" means the inspection templates, report layouts, interface programs to the Customer's ERP and coordinate measuring machines, scripts and documents prepared by the Vendor specifically for the Customer.
P:1.4 "Customer Data" means all measurement results, images, inspection records, production and supplier data entered into or generated by the Software at the Customer's sites.
P:1.5 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at its Ningbo and Cixi plants for up to 150 named users and 24 connected measuring stations, for its own internal business purposes and those of its affiliates in mainland China.
P:2.2 The Customer may make a reasonable number of copies for backup, testing and disaster recovery. The licence survives any termination of this Agreement other than termination by the Vendor for non-payment of the Licence Fee.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,820,000 (the "Contract Price"), inclusive of all taxes payable in the People's Republic of China, made up of: Licence Fee CNY 1,260,000; implementation and configuration CNY 420,000; data migration CNY 92,000; and training CNY 48,000.
P:3.2 The Contract Price is fixed. It covers all travel, living and equipment costs of the Vendor's personnel and all Services until Final Acceptance.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 364,000) within 20 business days after signature of this Agreement, against the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 819,000) within 20 business days after the Software has been installed on the Customer's production servers and the installation report has been signed. The installation report confirms installation only and is not acceptance.
P:4.3 The Customer shall pay the balance of 35% (CNY 637,000) within 20 business days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the Vendor's account with a bank in the People's Republic of China named in the invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Software within 45 days and complete the Services within 150 days after signature, following the project plan in Annex 2.
P:5.2 The acceptance criteria are: every function in Annex 1 passes the agreed test scripts; migrated inspection records for the last three years reconcile with the source files by count and by checksum; measurement results from all 24 stations are received within ten seconds; the ERP interface posts non-conformance records without error for ten consecutive working days; and no Severity 1 or Severity 2 defect remains open after a production trial of 30 days.
P:5.3 When the criteria are met, the Customer shall sign a Final Acceptance certificate within ten business days. If any criterion is not met, the Vendor shall correct the defect at its own cost and the test shall be repeated. Installation, productive use or any payment shall not be deemed acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with Annex 1 for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new versions, and give remote and on-site support free of charge.
P:6.2 After the Warranty Period, the Customer may order annual support. The annual support fee is 11% of the Licence Fee (CNY 138,600 per year) and shall not be increased for the first three support years. Support is ordered by the Customer year by year and does not renew automatically.
P:6.3 Service levels: for a Severity 1 defect (the Software is unavailable or inspection results cannot be recorded at any line) the Vendor shall respond within one hour, 24 hours a day, and provide a workaround within eight hours. Severity 2 defects shall be answered within two business hours and fixed within three business days.
P:6.4 For each full hour by which the Vendor misses a Severity 1 response or workaround time, the Customer shall receive a credit of CNY 1,000, set off against the next payment or the support fee.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all rights in the Software. Nothing in this Agreement transfers ownership of the Software to the Customer.
P:7.2 All rights in the Custom Deliverables pass to the Customer on creation. The Vendor shall deliver their source code and documentation with the Final Acceptance certificate, and the Customer may use, modify and license them freely.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access and use Customer Data only to perform this Agreement and shall not use it for any other purpose, including the training of models, benchmarking or product development.
P:8.2 The Software is installed on the Customer's own servers in Ningbo. The Vendor's personnel may access them only through the Customer's remote-access gateway, with individual accounts and per-session approval. No Customer Data may be copied or transferred outside the Customer's network, and the Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Customer within 12 hours of becoming aware of any unauthorised access to or loss of Customer Data, cooperate in the investigation and remedy, and be liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's drawings, process parameters and supplier information, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to achieve Final Acceptance by the date in Article 5.1 for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 8 and 9, infringement claims, personal injury or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the Services without the Customer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.
P:12.2 The Customer may also terminate if the delay damages under Article 10.1 reach their maximum. On termination by the Customer, the Vendor shall refund the payments received for Services not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of New Mexico, United States of America, without regard to its conflict-of-laws rules.
P:13.2 Any dispute arising out of this Agreement shall be submitted to the state courts sitting in Hidalgo County, New Mexico, and each party submits to their jurisdiction.
H:Article 14 Force Majeure and Notices
P:14.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or acts of government, provided that it notifies the other party promptly and resumes performance as soon as possible. Dates in the project plan are extended by the period of the delay.
P:14.2 Notices shall be in writing and sent by courier or e-mail to the addresses stated on the first page or to other addresses notified in writing.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Specification and Licence Scope) and Annex 2 (Services and Project Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English in two originals, one for each party.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

H1028E02 = """# ORDER FORM AND GENERAL TERMS — ROOMLOOP SUBSCRIPTION

Order Form No. CCS-OF-2026-0233

## PART A — ORDER FORM

### A1. Parties

**Vendor:** Caprock Cloud Systems, Inc., a New Mexico corporation, 1018 South First Street, Tucumcari, New Mexico 88401, United States ("Vendor").

**Customer:** Chengdu Jinsha Hotel Management Co., Ltd., Tianfu New Area, Chengdu, Sichuan Province, People's Republic of China ("Customer"), which manages 64 mid-scale hotels in western China.

### A2. Subscription and Term

The Customer subscribes to the RoomLoop housekeeping, maintenance and work-order service (the "Service") for 64 hotel properties, including the web console, the staff mobile app, the guest-request module and the reporting module, with unlimited staff users per property.

The Subscription Term starts on the Go-Live Date under A5 and runs for three Subscription Years. A "Subscription Year" is each consecutive period of 365 days from the Go-Live Date or its anniversary.

### A3. Fees

| Item | Basis | Quantity | Amount (CNY) |
|---|---|---|---|
| RoomLoop subscription, Subscription Year 1 | CNY 3,250 per property | 64 properties | 208,000 |
| RoomLoop subscription, Subscription Year 2 | CNY 3,250 per property | 64 properties | 208,000 |
| RoomLoop subscription, Subscription Year 3 | CNY 3,250 per property | 64 properties | 208,000 |
| Onboarding and configuration (one-time) | fixed | 1 | 58,000 |
| PMS connector set-up (one-time) | fixed | 1 | 18,000 |
| **Total Fees for the Subscription Term** | | | **700,000** |

All amounts are in CNY and include value-added tax. Properties added during a Subscription Year are charged at the same per-property fee, pro rata for the rest of that Subscription Year.

### A4. Invoicing and Payment

The one-time fees are invoiced after Onboarding Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days by bank transfer to the Vendor's account in Shanghai named on the invoice.

### A5. Onboarding and Go-Live

The Vendor shall configure the Service for all 64 properties, import room inventories, staff lists and maintenance asset registers supplied by the Customer, set up the connector to the Customer's property management system (PMS), and train one supervisor per property.

Onboarding Acceptance criteria: all 64 properties configured and reconciled to the Customer's room inventory; room status changes made in the PMS appear in the Service within one minute in a test of 500 changes; each property completes a five-day pilot with no open defect that stops housekeeping or maintenance work; and the Customer's IT manager signs the Onboarding Acceptance certificate. The Go-Live Date is the date of that signature.

The target date for Onboarding Acceptance is 75 days after signature. If Onboarding Acceptance is delayed beyond that date for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 420 for each day of delay as liquidated damages, deducted from the first invoice.

### A6. Special Terms

(a) Hosting: the Service for the Customer is hosted in Alibaba Cloud data centres in mainland China, which the Customer approves as the Vendor's hosting provider by signing this Order Form.

(b) Order of precedence: this Part A prevails over Part B.

Signed for the Vendor: ____________________ Signed for the Customer: ____________________

## PART B — GENERAL TERMS

### 1. Provision of the Service

1.1 The Vendor shall make the Service available to the Customer during the Subscription Term in accordance with this Order Form and the documentation published by the Vendor.

1.2 The Vendor will use commercially reasonable efforts to keep the Service available 24 hours a day, seven days a week, except for planned maintenance, emergency maintenance and events outside the Vendor's reasonable control.

1.3 The Vendor may update the features of the Service from time to time, provided that the core housekeeping, maintenance and reporting functions described in the documentation are not materially reduced during the Subscription Term.

### 2. Support

2.1 Standard Support is provided by e-mail and through the support portal during the Vendor's business hours, in English and Chinese.

2.2 The Vendor will work on support requests in the order of their importance as it reasonably determines. Standard Support does not include on-site services, which may be ordered separately at the Vendor's daily rates.

### 3. Customer Responsibilities

3.1 The Customer is responsible for its users' compliance with these General Terms, for the accuracy of the data it enters, and for keeping its account credentials secure.

3.2 The Customer shall provide PMS interface credentials, test environments and reasonable access to its properties for onboarding.

3.3 The Customer shall not resell the Service, attempt to copy or reverse engineer it, or use it to store content that is unlawful in the People's Republic of China. The Vendor may suspend a user account that is used in breach of this clause after notifying the Customer, and shall restore it as soon as the breach has ended.

### 4. Customer Data

4.1 All data entered into the Service by or for the Customer, including guest requests, room status records, staff assignments, maintenance records and photographs ("Customer Data"), belongs to the Customer.

4.2 The Vendor shall process Customer Data only to provide the Service to the Customer under this Order Form and for no other purpose.

4.3 Within 30 days after the end of the Subscription Term, the Vendor shall return all Customer Data to the Customer in a standard export format and then delete it, and shall confirm the deletion in writing.

### 5. Data Security

5.1 The Vendor shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access control, multi-factor authentication for administrative access, logging of administrative actions and daily backups kept in mainland China.

5.2 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China in processing personal information contained in Customer Data.

5.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, take the steps needed to contain it, and bear the costs and losses caused by incidents resulting from its breach of this Section 5.

### 6. Confidentiality

Each party shall keep the other party's Confidential Information confidential, use it only for this Order Form, and disclose it only to its employees and advisers who need to know it and are bound by similar obligations. These obligations continue for three years after the end of the Subscription Term.

### 7. Intellectual Property

7.1 The Vendor owns the Service, the software underlying it and the documentation. The Customer receives the right to use the Service during the Subscription Term.

7.2 The configurations, workflows, checklists and report templates created for the Customer during onboarding belong to the Customer, which may use, modify and have them used by third parties without restriction, and the Vendor shall export them on request.

### 8. Renewal

8.1 At the end of the Subscription Term, this Order Form renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

8.2 The Vendor may increase the fees for any renewal term to its then-current list price by giving the Customer notice at least 45 days before the renewal term begins.

### 9. Subcontracting

9.1 Except for the hosting provider approved in A6, the Vendor shall not subcontract any part of the Service without the Customer's prior written consent. The Vendor is responsible for its subcontractors as for itself.

### 10. Liability

10.1 The total liability of each party under this Order Form is limited to two times the Total Fees stated in A3.

10.2 This limit does not apply to a party's breach of Sections 5 or 6, to the Customer's payment obligations, or to damage caused by wilful misconduct or gross negligence.

### 11. Termination

11.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after written notice describing the breach.

11.2 If the Customer terminates under 11.1, the Vendor shall refund the prepaid subscription fees for the remaining part of the Subscription Year.

### 12. Governing Law and Disputes

12.1 This Order Form, including these General Terms, is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules then in force. The award is final and binding.

### 13. General

13.1 Notices must be in writing and sent to the addresses in A1. Neither party may assign this Order Form without the other party's consent, except to a successor of its whole business.

13.2 This Order Form is signed in English in two counterparts, one for each party.
"""

H1028E03 = """T:SUPPLY AND LICENCE CONTRACT FOR CONVEYOR CONDITION MONITORING
P:Contract No. TBS-EQ-2026-0611
P:This Contract is made on the Buyer's standard terms between Tangshan Beigang Steel Co., Ltd., Caofeidian District, Tangshan, Hebei Province, People's Republic of China (the "Buyer"), and Sugarite Sensing Technologies, LLC, a New Mexico limited liability company at 145 North Second Street, Raton, New Mexico 87740, United States (the "Supplier").
P:The Buyer wishes to monitor the drive motors, gearboxes and pulleys of the raw-material conveyors at its sinter plant and blast furnaces, and the Supplier has offered wireless sensors, edge gateways and its condition-monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in the Price Table in clause 3.
P:1.2 "Software" means the Supplier's condition-monitoring server software, analytics engine and web client, including all updates delivered under this Contract.
P:1.3 "Custom Work" means the asset hierarchy, alarm thresholds, fault models tuned on the Buyer's data, dashboards and the interface to the Buyer's maintenance management system, prepared for the Buyer.
P:1.4 "Buyer Data" means all vibration, temperature and process data, alarms, reports and asset information collected or produced by the Equipment and the Software.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment, grant the licence in clause 7, install and commission the Equipment on 168 conveyor drives, configure the Software, perform the Custom Work and train the Buyer's staff.
P:2.2 The Software licence is perpetual, for one site, with no limit on the number of users or connected sensors at that site, and is installed on servers provided by the Buyer in its own data centre.
P:2.3 The Supplier shall deliver spare sensors and gateways equal to two per cent of the installed quantities, included in the Contract Price, and shall keep spare parts for the Equipment available for purchase for at least eight years after Final Acceptance.
P:2.4 The Supplier shall provide the technical documentation in Chinese and English, including installation drawings, the sensor layout for each drive, the network plan for the gateways, the administrator manual, the user manual and the test records.
P:2.5 The Supplier shall train 24 maintenance engineers and six administrators of the Buyer at the site, in three sessions, covering sensor installation and replacement, gateway configuration, alarm handling, spectrum analysis and Software administration, and shall test the trainees at the end of each session.
H:3. Price
P:3.1 The Contract Price is CNY 2,070,000, inclusive of value-added tax, customs duties, freight to the Buyer's site, insurance and all other charges, itemised as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensors|420|2,150|903,000
TB:2|Edge gateways with industrial enclosures|36|8,600|309,600
TB:3|Condition-monitoring software licence (perpetual, site)|1|540,000|540,000
TB:|Hardware and Licence Subtotal|||1,752,600
TB:4|Installation and commissioning|1|168,000|168,000
TB:5|Configuration and fault-model tuning|1|124,000|124,000
TB:6|Training|1|25,400|25,400
TB:|Contract Price|||2,070,000
P:3.2 The Contract Price is fixed and covers all work required to achieve Final Acceptance.
H:4. Payment
P:4.1 Advance payment: 10% of the Contract Price (CNY 207,000) within 15 business days after signature, against an advance-payment bank guarantee of the same amount.
P:4.2 Delivery and installation payment: 55% of the Contract Price (CNY 1,138,500) within 20 business days after all Equipment has been installed and the installation certificate signed. The installation certificate records quantities and installation only and is not acceptance.
P:4.3 Final payment: 35% of the Contract Price (CNY 724,500) within 20 business days after Final Acceptance.
P:4.4 Each invoice shall state the contract number and the milestone, and be accompanied by the signed certificate for that milestone. Payments are made in CNY by bank transfer to the Supplier's account in the People's Republic of China.
H:5. Delivery, Installation and Delay
P:5.1 The Supplier shall deliver all Equipment to the Buyer's site within 70 days and achieve Final Acceptance within 150 days after signature. Installation shall be performed during the Buyer's scheduled maintenance stops and in compliance with the Buyer's site safety rules.
P:5.2 If the Supplier fails to deliver the Equipment or to achieve Final Acceptance on time, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:5.3 The Equipment shall be packed for sea and road transport, marked with the contract number and the drive identifier, and delivered with packing lists and certificates of origin and conformity. The Buyer's storekeeper shall count the cases on arrival; this count is not an inspection of quality.
H:6. Acceptance
P:6.1 Final Acceptance requires that: all 420 sensors report to the Software with a data loss rate below 0.5% over 21 consecutive days; measured vibration values agree with the Buyer's reference portable analyser within 5% on 20 sampled drives; alarms reach the Buyer's maintenance management system within one minute; the functions in the technical specification pass the agreed test procedure; and the Supplier has delivered the documentation.
P:6.2 When the criteria are met, the Buyer shall sign the Final Acceptance certificate within ten business days. Delivery, installation, use of the Equipment or any payment shall not be deemed acceptance. Failed tests shall be repeated after correction at the Supplier's cost.
H:7. Licence and Intellectual Property
P:7.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to use the Software at its Caofeidian site for its internal operations.
P:7.2 The Supplier retains its rights in the Software and in the firmware of the Equipment.
P:7.3 All rights in the Custom Work belong to the Buyer. The Supplier shall deliver the Custom Work in editable form with its documentation, and the Buyer may use, modify and license it freely.
H:8. Warranty and Support
P:8.1 The Supplier warrants the Equipment and the Software for 24 months after Final Acceptance. During this period it shall repair or replace defective Equipment, correct Software defects and provide updates free of charge.
P:8.2 Service levels during the warranty: a Severity 1 fault (the Software is down, or a gateway serving more than 20 sensors is offline) shall be responded to within 30 minutes and resolved within eight hours; a Severity 2 fault within two hours and two business days. For each hour by which the Supplier misses these times it shall credit the Buyer CNY 800.
P:8.3 After the warranty, the Buyer may order annual support at 8.5% of the Hardware and Licence Subtotal (CNY 148,971 per year). This fee is fixed for the first three years after the warranty. Support is ordered year by year and does not renew automatically.
H:9. Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use it only to perform this Contract and shall not use it for any other purpose, including in aggregated or anonymised form.
P:9.2 The Software runs inside the Buyer's network. The Supplier's remote access is allowed only through the Buyer's bastion host with approval for each session; no Buyer Data may be copied out of the Buyer's network.
P:9.3 The Supplier shall follow the Buyer's information-security policies, report any security incident within six hours of becoming aware of it, assist in its remedy, and be liable for losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other's non-public information, including the Buyer's plant layout, process and production data, and the Supplier's pricing, and shall not disclose it to third parties without prior written consent. This obligation survives for three years after termination.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for approved subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the delay damages under clause 5.2 reach their maximum.
H:14. Force Majeure
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control, such as earthquakes, floods, epidemics or government orders, if it informs the other party without delay and takes reasonable steps to limit the effects. The time for performance is extended by the duration of the event.
H:15. Notices
P:15.1 Notices under this Contract shall be in writing and delivered by hand, courier or e-mail to the project managers named in the technical specification. A notice sent by e-mail is received on the next business day.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Tangshan Arbitration Commission for arbitration in Tangshan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H1028E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. RCM-DG-2026-007

This Managed IT Services Agreement (the "Agreement") is made between:

- **Dongguan Huaxin Furniture Manufacturing Co., Ltd.**, Houjie Town, Dongguan, Guangdong Province, People's Republic of China (the "Customer"); and
- **Rio Chama Managed IT, LLC**, a New Mexico limited liability company, 409 North Riverside Drive, Espanola, New Mexico 87532, United States, acting through its branch office registered in Shenzhen (the "Provider").

The Customer runs a head office and three furniture factories in Dongguan with about 1,100 staff using computers. It wishes to outsource the operation of its service desk, end-user devices, network and servers. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1, delivered at the service levels in Schedule 2.

1.2 "Transition" means the work the Provider performs to take over the Services from the Customer's internal team, including discovery, documentation, tool deployment and knowledge transfer.

1.3 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under Section 4.

1.4 "Customer Data" means all data of the Customer, its employees, customers and suppliers that the Provider accesses, stores or processes in performing the Services.

## 2. Term

2.1 This Agreement starts on signature. The Services run for an Initial Term of 36 months from the Service Commencement Date.

2.2 This Agreement expires at the end of the Initial Term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## 3. Services

3.1 The Provider shall perform the Services at the four sites in Schedule 1 with qualified personnel, including two engineers stationed at the head office during business hours and a remote operations centre covering all hours.

3.2 The Provider shall use its own monitoring and ticketing tools, configured for the Customer, and give the Customer's IT manager read access to all tickets, alerts and reports.

3.3 The Provider shall deliver a monthly service report showing performance against Schedule 2, incidents, changes, capacity and security events, and attend a monthly review meeting.

## 4. Transition and Acceptance

4.1 The Provider shall complete the Transition within 60 days after signature.

4.2 Transition Acceptance criteria: all in-scope devices, network equipment and servers are discovered and recorded in the configuration database and reconciled with the Customer's asset list; monitoring covers every in-scope device and server; runbooks for the 40 most frequent request types are approved by the Customer; a two-week parallel run shows the service desk meeting the Schedule 2 response times; and the backup of every in-scope server has been restored successfully in a test.

4.3 When the criteria are met, the Customer shall sign the Transition Acceptance certificate within five business days. If the Transition is not accepted by the date in 4.1 for reasons attributable to the Provider, the Provider shall pay CNY 1,200 for each day of delay as liquidated damages.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The Transition fee is payable within 30 days after Transition Acceptance.

5.2 The Monthly Service Charge is invoiced monthly in arrears and payable within 30 days after receipt of a correct invoice. Service credits under Schedule 2 are deducted from the next invoice.

5.3 Prices are fixed for the Initial Term. Changes in the number of users of more than ten per cent are handled through the change procedure at the unit rates in Schedule 3.

## 6. Service Levels and Service Credits

6.1 The Provider shall meet the service levels in Schedule 2. If it misses a service level in any month, the Customer receives the service credits stated in Schedule 2.

6.2 Service credits are a price adjustment reflecting reduced service; they do not limit the Customer's other rights, except that they count towards the liability limit in Section 12.

## 7. Customer Data

7.1 Customer Data belongs to the Customer. The Provider shall use it only to perform the Services, shall not sell, disclose or otherwise exploit it, and shall return or delete it at the end of the Agreement as the Customer instructs.

## 8. Data Security

8.1 The Provider shall keep Customer Data in mainland China, access it only through named accounts with multi-factor authentication, log all privileged actions, and apply the Customer's information-security policies and the laws of the People's Republic of China on cybersecurity, data security and personal information.

8.2 The Provider shall report any security incident affecting Customer Data within two hours after becoming aware of it, contain and investigate it, and bear the losses caused by incidents resulting from its breach of this Section.

## 9. Confidentiality

9.1 Each party shall keep confidential the other party's non-public information received under this Agreement and use it only for this Agreement. The obligation survives for three years after the end of the Agreement.

## 10. Intellectual Property

10.1 The Provider keeps its tools and methods. Runbooks, configuration records, scripts, network diagrams and documentation prepared for the Customer belong to the Customer, which may use and modify them freely and give them to a successor provider.

## 11. Subcontracting and Personnel

11.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

11.2 The Provider shall keep a stable team. It shall name a service delivery manager, who is the Customer's main contact and attends the monthly review meetings, and shall not change that person without first consulting the Customer.

11.3 The Provider shall replace any member of its personnel whom the Customer reasonably objects to.

## 12. Liability

12.1 The Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the charges paid by the Customer in the six months preceding the event giving rise to the claim.

12.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of production.

## 13. Suspension and Ending of the Agreement

13.1 The Provider may suspend the Services or end this Agreement by written notice if the Customer fails to pay undisputed charges within 60 days after a reminder.

13.2 Except as stated in 13.1, this Agreement may not be ended by either party before the end of the Initial Term. Disputes about performance shall be handled through the service credits, the governance meetings in Section 14 and Section 15.

13.3 At expiry, the Provider shall give the Customer and any successor provider reasonable exit assistance for up to 60 days at the rates in Schedule 3.

## 14. Governance

14.1 Each party shall appoint a service manager. The service managers shall meet monthly to review the service report, open incidents, planned changes and improvement actions, and record the decisions in minutes.

14.2 The Provider shall propose at least two improvement initiatives each quarter and carry out those the Customer approves under the change procedure.

## 15. Governing Law and Disputes

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## Schedule 1 — Services and Sites

| Service | Scope | Sites |
|---|---|---|
| Service desk | Telephone, e-mail and portal support in Chinese for about 1,100 users | All sites |
| End-user devices | Desktop and laptop imaging, patching, antivirus and moves | Head office, Factories A, B and C |
| Network | Core and access switches, firewalls, Wi-Fi and WAN links | All sites |
| Servers and backup | 46 virtual servers, two storage arrays and the backup system | Head office data room |
| Security monitoring | Log review, vulnerability scanning and patch reporting | All sites |

## Schedule 2 — Service Levels

| Measure | Target | Service credit |
|---|---|---|
| P1 incident (site or factory production system down) | Response 15 minutes, restore 6 hours | CNY 1,500 per hour late |
| P2 incident (group of users or one application affected) | Response 1 hour, restore 1 business day | CNY 500 per hour late |
| Availability of core network and servers | 99.5% per month | 3% of the Monthly Service Charge for each 0.1 point below target |
| Monthly service report | Delivered by the fifth business day of the following month | CNY 1,000 per business day late |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee (one-time) | Fixed | 66,000 |
| Monthly Service Charge | CNY 46,500 per month for 36 months | 1,674,000 |
| **Total Contract Value** | | **1,740,000** |
| Additional users above the baseline | Per user per month | 42 |
| Exit assistance | Per engineer day | 2,400 |
"""

H1028E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. CGD-CN-2026-052

PARTIES

This Data and API Subscription Agreement (the "Agreement") is made between Harbin Fengyuan Grain Trading Co., Ltd., Songbei District, Harbin, Heilongjiang Province, People's Republic of China (the "Customer"), and Caballo Geodata, Inc., a New Mexico corporation, 301 North Broadway Street, Truth or Consequences, New Mexico 87901, United States (the "Vendor").

BACKGROUND

The Customer buys maize, soybean and rice from farms and cooperatives in north-east China and wishes to use satellite-derived crop condition indices, gridded weather observations and yield forecasts to plan its purchasing. The Vendor provides such data through an application programming interface (the "API"). The parties agree as follows.

1. DEFINITIONS

1.1 "Data Products" means the crop condition indices, weather grids, soil moisture estimates and yield forecasts described in Annex A, delivered through the API and as bulk files.

1.2 "Historical Data Package" means the Data Products for the Customer's sourcing regions for the seasons before the Activation Date, as described in Annex A.

1.3 "Customer Data" means field boundaries, warehouse and sourcing locations, purchase volumes and any other data the Customer uploads to the API or gives to the Vendor.

1.4 "Custom Layers" means the sourcing-region masks, crop-type maps and yield models calibrated on Customer Data that the Vendor prepares for the Customer under Annex B.

1.5 "Activation Date" means the date on which the Customer signs the Integration Acceptance certificate under clause 4.3.

2. SUBSCRIPTION AND TERM

2.1 The Vendor grants the Customer, for the Subscription Term, a non-exclusive right to call the API with up to 40 user accounts and 2 million calls per month, and to use the Data Products for its internal business, including in reports shared with its affiliates, banks and insurers.

2.2 The Subscription Term consists of two Subscription Years. Subscription Year 1 starts on the Activation Date and Subscription Year 2 on its first anniversary.

2.3 This Agreement ends at the end of Subscription Year 2. A further subscription requires a new written agreement; there is no automatic renewal.

3. FEES AND PAYMENT

3.1 The fees are:

    Subscription Year 1 .......................... CNY 385,000
    Subscription Year 2 .......................... CNY 385,000
    Historical Data Package (one-time) ........... CNY 26,000
    Integration support (one-time) ............... CNY 16,000
    Total ........................................ CNY 812,000

3.2 The fee for each Subscription Year is invoiced on the first day of that Subscription Year. The one-time fees are invoiced after Integration Acceptance. Invoices are payable within 30 days, in CNY, to the Vendor's account in Beijing.

3.3 Calls above the monthly allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears. No other charges apply.

3.4 All fees include value-added tax and are fixed for the Subscription Term.

4. INTEGRATION AND ACCEPTANCE

4.1 Within 45 days after signature the Vendor shall deliver the Historical Data Package, prepare the Custom Layers, and support the Customer's IT team in connecting the API to the Customer's purchasing and risk system.

4.2 The Integration Acceptance criteria are: all Data Products in Annex A are returned for the Customer's 27 sourcing regions; the Historical Data Package covers the seasons stated in Annex A and passes the Customer's completeness checks; the yield model back-test on the last three seasons is within the error band in Annex B; and the median response time of the API to test calls stays below 800 milliseconds during a ten-day trial.

4.3 When the criteria are met, the Customer shall sign the Integration Acceptance certificate within five business days. If any criterion is not met, the Vendor shall correct the failure and the test shall be repeated.

4.4 If the Historical Data Package or Integration Acceptance is late for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of CNY 650 for each day of delay, deducted from the first invoice.

5. SERVICE LEVELS

5.1 The API shall be available at least 99.95% of each calendar month, excluding planned maintenance announced three days in advance and carried out between 01:00 and 05:00 Beijing time.

5.2 Daily Data Products shall be published by 07:00 Beijing time each day.

5.3 For a Priority 1 incident (the API is unavailable, or a daily Data Product is not published by 09:00 Beijing time) the Vendor shall respond within one hour at any time and restore the service within six hours. Priority 2 incidents shall be answered within one business day.

5.4 If availability in a month falls below the target, the Customer receives a credit of 5% of that month's share of the annual subscription fee for each 0.1 percentage point, or part of it, below the target. Each late daily publication gives a credit of CNY 300. Credits are set off against the next invoice.

5.5 The Vendor shall maintain a status page showing the current availability of the API and of each daily Data Product, and shall send the Customer a monthly report of availability, incidents and publication times.

5.6 The Vendor shall give the Customer at least 60 days' notice of any change to the API that is not backward compatible, keep the previous version available during that period, and support the Customer's IT team in the migration at no charge.

5.7 The Customer shall keep its API keys to itself, use them only for the purposes in clause 2.1, and inform the Vendor without delay if it suspects that a key has been misused, so that the Vendor can replace it.

6. CUSTOMER DATA

6.1 Customer Data belongs to the Customer. The Vendor may use it only to provide the Data Products and the Custom Layers to the Customer and for no other purpose.

6.2 At the end of the Agreement, the Vendor shall return the Customer Data and the Custom Layers to the Customer and then delete its copies.

6.3 The Customer is responsible for obtaining any consents needed for the Customer Data it uploads, including field boundaries supplied by farms and cooperatives.

7. INTELLECTUAL PROPERTY

7.1 The Vendor and its licensors keep all rights in the API, the Data Products and the underlying models and imagery.

7.2 The Custom Layers belong to the Customer. The Vendor shall deliver them in standard formats, and the Customer may use, modify and license them freely, also after the end of the Agreement.

7.3 The Customer shall not resell the Data Products or make them available to the public. It may publish charts and summary figures derived from them in its own reports, with a reference to the Vendor as the source.

8. CONFIDENTIALITY

8.1 Each party shall keep the other party's confidential information secret and use it only for this Agreement. The Customer's sourcing regions, purchase volumes and prices are the Customer's confidential information. This obligation continues for three years after the end of the Agreement.

9. SUBCONTRACTORS

9.1 The Vendor may use subcontractors, hosting providers and data partners to provide the Data Products and the API. It keeps a current list of them on its website and will inform the Customer by e-mail when it adds a new one. The Vendor remains responsible for their performance.

10. WARRANTIES

10.1 The Vendor warrants that the Data Products are produced with the methods described in Annex A and that it has the rights needed to license them to the Customer.

10.2 Forecasts are estimates. The Customer is responsible for its own purchasing decisions.

11. LIABILITY

11.1 The total liability of each party under this Agreement is limited to 150% of the total fees in clause 3.1, except for breach of clause 8, infringement claims and wilful misconduct.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

12.2 If the Customer terminates under clause 12.1, the Vendor shall refund the subscription fee for the rest of the current Subscription Year.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

14. FORCE MAJEURE AND NOTICES

14.1 Neither party is liable for a failure caused by events beyond its reasonable control, including natural disasters, epidemics, satellite failures of third-party operators and acts of government, provided that it notifies the other party promptly and resumes performance as soon as possible. Periods of force majeure are excluded from the availability calculation.

14.2 Notices shall be sent in writing by courier or e-mail to the contact persons named in Annex A.

15. GENERAL

15.1 Annex A (Data Products) and Annex B (Custom Layers) form part of this Agreement. This Agreement is signed in English in two originals.

For the Customer: ____________________    For the Vendor: ____________________
"""

# ---------------------------------------------------------------- files, labels and design
FILES = {
    "h1028z01": ("h1028z01_forestry_wildlife_disease_monitoring_platform.pdf", H1028Z01),
    "h1028z02": ("h1028z02_foot_massager_line_control_retrofit.docx", H1028Z02),
    "h1028z03": ("h1028z03_referee_training_chain_booking_saas.txt", H1028Z03),
    "h1028z04": ("h1028z04_road_icing_warning_system_om_service.txt", H1028Z04),
    "h1028z05": ("h1028z05_ceramic_whistle_studio_process_tracking_supplier_template.md", H1028Z05),
    "h1028e01": ("h1028e01_casting_inspection_spc_licence_lordsburg_vendor.pdf", H1028E01),
    "h1028e02": ("h1028e02_hotel_housekeeping_saas_order_form_tucumcari_vendor.md", H1028E02),
    "h1028e03": ("h1028e03_steel_conveyor_condition_monitoring_raton_vendor.docx", H1028E03),
    "h1028e04": ("h1028e04_furniture_maker_managed_it_services_espanola_vendor.md", H1028E04),
    "h1028e05": ("h1028e05_grain_trader_crop_data_api_subscription_toc_vendor.txt", H1028E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
# key: lang, category, terms in TERM_KEYS order, extra (sla_clause, ld_stated, capped or None, deemed, value)
LABELS = {
    "h1028z01": ("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9,
                                    False, True, False, "PRC", G], (True, True, True, False, 1480000)),
    "h1028z02": ("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 26,
                                    False, True, True, "PRC", G], (True, True, True, False, 1350000)),
    "h1028z03": ("zh", "cloud", [99.5, 0.5, True, "buyer", True, True, True, 600 / 720000 * 100, None, None, True,
                                 None, None, None, True, True, False, "PRC", S], (True, True, None, False, 720000)),
    "h1028z04": ("zh", "services", [99.95, 0.5, True, "buyer", True, True, False, None, None, None, True, None, None,
                                    None, False, True, False, "PRC", S], (True, False, None, False, 586000)),
    "h1028z05": ("zh", "software", [None, 8, False, "supplier", True, False, True, 0.02, 20, 65, False, False, 6,
                                    None, False, True, None, None, G], (True, True, False, True, 180000)),
    "h1028e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11,
                                    False, True, False, "New Mexico", G], (True, True, True, False, 1820000)),
    "h1028e02": ("en", "cloud", [None, None, False, "buyer", True, True, True, 420 / 700000 * 100, 200, None, True,
                                 None, None, None, True, True, False, "PRC", S], (False, True, None, False, 700000)),
    "h1028e03": ("en", "hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 8.5,
                                    False, True, False, "PRC", G], (True, True, True, False, 2070000)),
    "h1028e04": ("en", "services", [99.5, 0.25, True, "buyer", True, True, True, 1200 / 1740000 * 100, 6 / 36 * 100,
                                    None, True, None, None, None, False, False, False, "PRC", S],
                 (True, True, None, False, 1740000)),
    "h1028e05": ("en", "cloud", [99.95, 1, True, "buyer", False, True, True, 650 / 812000 * 100, 150, None, True,
                                 None, None, None, False, True, True, "PRC", S], (True, True, None, False, 812000)),
}
# dispute forum outside mainland China (not a label key; used for CR-GOVERNING-LAW)
FORUM_OUTSIDE = {"h1028e01": True}
# TCO inputs for goods/licence drafts with a stated, capped fee: (fee base = itemised licence/hardware subtotal)
TCO_BASE = {"h1028z01": 860000, "h1028z02": 1180000, "h1028e01": 1260000, "h1028e03": 1752600}
# itemised price lines that must add up to the contract value
PRICE_LINES = {
    "h1028z01": [860000, 520000, 74000, 26000], "h1028z02": [486000, 312000, 168000, 214000, 96000, 58000, 16000],
    "h1028z03": [312000, 312000, 86000, 10000], "h1028z04": [212000, 146000, 138000, 90000],
    "h1028z05": [68000, 94000, 18000], "h1028e01": [1260000, 420000, 92000, 48000],
    "h1028e02": [208000, 208000, 208000, 58000, 18000], "h1028e03": [903000, 309600, 540000, 168000, 124000, 25400],
    "h1028e04": [66000, 46500 * 36], "h1028e05": [385000, 385000, 26000, 16000],
}
PAY_SPLITS = {"h1028z01": [20, 45, 35], "h1028z02": [20, 50, 25, 5], "h1028z05": [65, 35], "h1028e01": [20, 45, 35],
              "h1028e03": [10, 55, 35]}
DESIGN = {
    "h1028z01": [],
    "h1028z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "h1028z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "h1028z04": ["CR-CONFIDENTIALITY", "CR-LD-MISSING"],
    "h1028z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h1028e01": ["CR-GOVERNING-LAW"],
    "h1028e02": ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "h1028e03": [],
    "h1028e04": ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY", "CR-TERMINATION"],
    "h1028e05": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy §3 thresholds (default pack), and the TCO horizon of §4
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15, "tco_share_pct": 40}
HORIZON_YEARS = 5


def tco_share(key, t):
    if t["contract_kind"] != G or key not in TCO_BASE or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, HORIZON_YEARS - t["warranty_months"] / 12)
    fees = TCO_BASE[key] * t["post_warranty_fee_pct"] / 100 * years
    return fees / (LABELS[key][3][4] + fees) * 100


def derive_rules(key, t, x):
    """Policy §3 as I read it, from the label alone."""
    r = set()
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
    if goods and (t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or FORUM_OUTSIDE.get(key):
        r.add("CR-GOVERNING-LAW")
    share = tco_share(key, t)
    if goods and share is not None and share > TH["tco_share_pct"]:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def label(key):
    lang, cat, vals, ext = LABELS[key]
    terms = dict(zip(TERM_KEYS, vals))
    extra = {"sla_clause": ext[0], "ld_stated": ext[1]}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = ext[2]
    extra["acceptance_deemed_on_delivery"] = ext[3]
    extra["contract_value"] = ext[4]
    return {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": terms,
            "expected_extra": extra, "expected_rules": derive_rules(key, terms, extra)}


# ---------------------------------------------------------------- threshold scan
_P = r"\s*(?:%|％|per\s*cent|percent)"
PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)",                                   # availability 99.9
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?|hrs?|h)(?![a-z])",     # 4 hours
    r"(?<![十])四\s*个?\s*小时", r"(?<!twenty)(?<!twenty-)four\s*(?:\(4\)\s*)?hours?",
    r"(?<![\d.])0?\.050*" + _P, r"万分之五(?![十百])", r"千分之零点五",   # 0.05 % per day
    r"(?<![\d.,])100(?:\.0+)?" + _P, r"百分之(?:一)?百", r"one\s*hundred" + _P,
    r"(?<![\d.,])30(?:\.0+)?" + _P, r"百分之三十(?![一二三四五六七八九])", r"thirty" + _P, r"三成",
    r"(?<![\d.,])40(?:\.0+)?" + _P, r"百分之四十(?![一二三四五六七八九])", r"forty" + _P, r"四成",
    r"(?<![\d.,])15(?:\.0+)?" + _P, r"百分之十五", r"fifteen" + _P,
    r"(?<![\d.])12\s*(?:个月|-?\s*months?)", r"十二个月", r"twelve\s*(?:\(12\)\s*)?-?\s*months?",
    r"(?<![\d.])5\s*(?:年|-?\s*years?)", r"(?<![十〇零一二三四五六七八九])五\s*年", r"five\s*-?\s*years?",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "百分之三十", "thirty per cent", "40%", "百分之四十", "15%", "fifteen percent", "100%",
            "百分之百", "99.9%", "99.90%", "4小时", "4 hours", "四小时", "four hours", "0.05%", "万分之五",
            "12个月", "12 months", "twelve months", "十二个月", "5年", "五年", "5 years", "five years", "30.0 %"]
MUST_MISS = ["130%", "0.30%", "35%", "百分之三十五", "99.95%", "99.5%", "24小时", "24 hours", "二十四小时",
             "twenty-four hours", "14 hours", "0.055%", "0.5%", "24个月", "2025年", "1,300%", "115%", "30日",
             "30 days", "12 hours", "40 most frequent", "15 business days", "0.15%", "1.4 days", "8.5%", "65%"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in RX.finditer(variant)]
    return hits


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(lang, text):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert scan(s), ("regex misses", s)
    for s in MUST_MISS:
        assert not scan(s), ("regex hits", s, scan(s))
    built = {k: v for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
    write({k: v[1] for k, v in built.items()}, {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in built.items()}, OUT,
          wrap_words=True)
    for k, (name, src) in FILES.items():
        if not name.endswith((".docx", ".pdf")):
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
    covered, problems = set(), []
    for k, (name, _) in FILES.items():
        lab = label(k)
        t, x = lab["expected_terms"], lab["expected_extra"]
        assert list(t) == TERM_KEYS
        assert sum(PRICE_LINES[k]) == x["contract_value"], (k, sum(PRICE_LINES[k]))
        if k in PAY_SPLITS:
            assert sum(PAY_SPLITS[k]) == 100, k
            assert not set(PAY_SPLITS[k]) & {30, 40, 15, 100}, k
        # no label value on a threshold
        for f, th in TH.items():
            if f in t and isinstance(t[f], (int, float)) and not isinstance(t[f], bool):
                assert abs(t[f] - th) > 1e-9, (k, f)
        for f, v in t.items():
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                assert all(abs(v - th) > 1e-9 for th in TH.values()), (k, f, v)
        share = tco_share(k, t)
        if share is not None:
            assert abs(share - TH["tco_share_pct"]) > 2, (k, share)
        if lab["expected_rules"] != sorted(DESIGN[k]):
            problems.append((k, lab["expected_rules"], sorted(DESIGN[k])))
        covered |= set(lab["expected_rules"])
        text = read_back(OUT / name)
        n = measure(lab["language"], text)
        lo, hi = (2750, 3000) if lab["language"] == "zh" else (1450, 1650)
        hits = scan(text)
        rules = lab["expected_rules"]
        risk = "high" if set(rules) & HIGH else ("medium" if set(rules) - LOW else "low")
        print("%s %-5s n=%d %s tco=%s risk=%s rules=%s" % (k, lab["language"], n, "OK" if lo <= n <= hi else "LEN!",
              None if share is None else round(share, 2), risk, ",".join(r[3:] for r in rules) or "-"))
        if hits:
            problems.append((k, "threshold text", hits))
        if not lo <= n <= hi:
            problems.append((k, "length", n))
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                              encoding="utf-8")
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append(("coverage", missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
