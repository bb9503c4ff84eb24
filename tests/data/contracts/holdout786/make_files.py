"""holdout786: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts
the checks of the brief (lengths, no value or text on a policy threshold, rules derived from the labels = design list,
coverage of all 20 CR rules). Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:草原鼠害监测防治信息平台采购合同
P:合同编号：LCJ-ZFCG-2026-0417
P:采购人（甲方）：青原市林业和草原局
P:供应商（乙方）：北辰生态信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件，甲乙双方经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供草原鼠害监测防治信息平台软件许可，并完成鼠情监测移动端、遥感鼠洞识别模型接口、防治作业调度与药剂台账等定制开发，以及部署实施和培训。
P:1.2 平台覆盖全市14个县区、62个草原监测站点，服务于鼠情普查、监测预警、防治作业派单、防效评估和统计上报。
P:1.3 具体功能清单、技术参数和性能指标以招标文件第五章“采购需求”及乙方投标文件技术响应表为准；两者不一致的，以对甲方更有利者为准。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零肆万元整（¥2,040,000），含税。其中：平台软件许可费¥1,168,000（以下称“软件许可费”），定制开发费¥726,000，部署实施费¥118,000，培训费¥28,000。
P:2.2 上述价款为固定总价，包含乙方履行本合同的全部费用，甲方不再另行支付其他费用。乙方应按甲方要求开具增值税专用发票。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的合法发票后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署、定制功能全部上线并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后90日内完成部署和定制开发，并提交实施方案、数据字典、接口说明、用户手册和运维手册。
P:4.2 实施期间乙方应派驻项目经理一名、工程师不少于三名，未经甲方同意不得更换项目经理。
P:4.3 乙方应为甲方及各县区林草站操作人员提供集中培训不少于三期、每期两天，并提供现场跟班指导，确保县级管理员能够独立完成用户管理、监测任务下发和报表导出。
P:4.4 甲方应提供部署所需的政务云资源、网络接入条件和必要的基础数据，并指定联系人配合乙方开展需求确认和测试工作。
H:第五条 验收
P:5.1 初步验收：乙方完成部署后提出书面申请，甲方组织技术人员按招标文件技术要求和投标响应逐项测试，测试通过且无一级、二级缺陷的，签署初验报告。
P:5.2 最终验收：初验后系统试运行60日，试运行期间需满足：移动端上报数据与平台一致率不低于99.5%；遥感识别接口调用成功率不低于99%；200个并发用户下常用查询响应时间不超过3秒；完成第三方安全测评并整改全部中高风险项。满足上述条件后，甲方组织专家进行最终验收并出具验收报告。
P:5.3 系统上线、试运行或甲方使用均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收。验收所需的第三方安全测评费用由乙方承担。
H:第六条 服务水平
P:6.1 质保期内平台月度可用率不低于99.95%（计划内维护除外，计划维护须提前三个工作日通知甲方）。
P:6.2 一级故障（平台整体不可用或数据上报中断）乙方应在30分钟内响应，2小时内恢复；二级故障2小时内响应，24小时内解决；三级问题3个工作日内解决。
P:6.3 乙方每迟延响应或迟延恢复一小时，向甲方支付违约金¥800；月度可用率每低于约定值0.01个百分点，扣减当年维护费或质量保证金¥1,500。
H:第七条 质保与维护
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、远程支持和每季度一次巡检。每年鼠害监测关键期（春季和秋季）乙方应安排工程师驻场保障各不少于20个工作日。
P:7.2 质保期满后，甲方可选择由乙方继续提供维护服务，年度维护费不超过软件许可费的9%（即不超过¥105,120），该价格在质保期满后三年内保持不变，不得上调。维护合同由双方另行签订，不自动续期。
H:第八条 知识产权
P:8.1 平台标准软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，使用范围不限用户数。
P:8.2 为本项目定制开发的程序、接口、模型调用配置、数据库脚本及相关文档，其知识产权归甲方所有，乙方应交付完整源代码，甲方可自行或委托第三方修改、使用和再许可。
P:8.3 乙方保证所提供软件不侵犯第三方合法权益，因侵权产生的责任由乙方承担。
H:第九条 数据安全
P:9.1 平台采集和产生的鼠情监测数据、遥感影像成果、防治作业记录及用户信息均属于甲方所有，乙方仅为履行本合同使用，不得用于其他任何目的，不得向第三方提供。
P:9.2 乙方应落实网络安全等级保护要求，采取访问控制、加密传输、日志审计等措施，运维操作须经甲方审批并通过堡垒机进行，不得将数据拷贝出甲方环境。
P:9.3 合同终止或维护服务结束时，乙方应向甲方移交全部数据及文档，并删除其持有的数据副本，出具书面删除确认。
P:9.4 发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成安全事件的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行合同中知悉的甲方工作秘密、监测数据和未公开信息负有保密义务，未经甲方书面同意不得披露，保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的系统不符合合同约定，经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 违约金不足以弥补甲方实际损失的，乙方还应补足差额。
P:11.4 甲方无正当理由逾期付款的，应按照国家有关规定承担责任。
H:第十二条 分包
P:12.1 乙方不得转包本项目。未经甲方书面同意，乙方不得将本项目任何部分分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后10日内未能纠正的，甲方有权书面通知解除合同并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，双方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因地震、洪水、疫情等不可抗力致使一方不能履行合同的，该方应在事件发生后及时通知对方，并在15日内提供有关证明，可根据影响程度部分或全部免除责任。
P:15.2 不可抗力消除后，双方应继续履行合同，实施期限相应顺延。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书及双方确认的澄清文件为本合同组成部分。
P:16.2 对本合同的变更和补充须以书面形式作出，经双方签字盖章后生效，与本合同具有同等效力。
P:16.3 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：青原市林业和草原局　　乙方（盖章）：北辰生态信息技术有限公司
P:签订日期：2026年　月　日
"""

Z02 = """T:注塑及弹簧装配产线控制系统改造合同
P:合同编号：HY-JS-2026-083
P:甲方：宏远日用制品有限公司（晾衣夹生产厂）
P:乙方：恒拓工业自动化科技有限公司
P:甲方为提升晾衣夹注塑成型与弹簧装配产线的自动化和品质管控水平，委托乙方实施产线控制系统改造。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责甲方二号车间8台注塑机的联网控制柜改造、PLC及I/O模块升级、6个弹簧装配工位视觉检测系统、12套伺服送料单元的供货、安装和调试，并提供产线监控软件许可及与甲方现有ERP的工单接口。
P:1.2 乙方应编制改造方案，经甲方书面确认后实施；改造须利用甲方计划停产窗口分段进行，单次停线不得超过72小时。
P:1.3 乙方应对改造后产线的控制逻辑、安全联锁和急停回路负责，改造不得降低设备原有的安全防护等级；涉及注塑机原厂控制系统的改动，乙方应事先取得原厂技术确认。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾肆万元整（¥1,540,000），含13%增值税，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|注塑机联网控制柜改造|8套|46,500|372,000
TB:2|PLC及I/O模块升级|8套|38,000|304,000
TB:3|弹簧装配工位视觉检测系统|6套|52,000|312,000
TB:4|伺服送料单元|12套|14,000|168,000
TB:5|产线监控软件许可（永久）|1套|200,000|200,000
TB:|设备及软件小计|||1,356,000
TB:6|安装调试及ERP接口|1项|148,000|148,000
TB:7|培训及技术资料|1项|36,000|36,000
TB:|合计|||1,540,000
P:2.2 合同总价为固定价格，包括设备、软件、运输、保险、安装、调试、培训和税费。
H:第三条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并安装完成后，甲方支付合同总价的55%。到货签收及安装完成不视为验收合格。
P:3.3 系统通过最终验收后，甲方支付合同总价的25%。
P:3.4 乙方每次收款前应开具等额增值税专用发票。发票不合格或资料不全的，甲方付款期限相应顺延，且不承担逾期付款责任。
H:第四条 交付
P:4.1 乙方应在合同生效后75日内完成全部设备到货，并在到货后45日内完成安装调试。
P:4.2 乙方应按甲方车间管理制度进场作业，遵守安全生产、动火审批和洁净区管理规定。因乙方人员违规造成的人身和财产损失由乙方承担。
P:4.3 乙方应随货提供设备合格证、说明书、电气原理图、PLC程序备份、视觉检测参数表和备品备件清单；技术资料不全的，甲方有权拒绝签收。
P:4.4 乙方应为甲方设备维修人员、班组长和品质检验员分别提供操作和维护培训，培训合计不少于40学时，并提供书面考核。
H:第五条 验收
P:5.1 安装调试完成后，系统连续带料试生产15个班次，并满足以下标准：注塑机运行数据采集完整率不低于99.5%；视觉检测对弹簧漏装、夹片错位的检出率不低于99%，误判率不高于0.8%；伺服送料节拍达到每分钟42件；ERP工单下达与完工回报准确无误。
P:5.2 达到上述标准后，甲方组织生产、设备、品质部门进行最终验收并签署验收报告。任何设备投入生产使用均不视为验收合格。
P:5.3 验收不合格的，乙方应在10日内整改，整改后重新验收；经两次整改仍不合格的，甲方有权退货并解除合同。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件的维修、更换和升级由乙方免费提供。
P:6.2 一级故障（整条产线停机）乙方应在1小时内响应，8小时内到达现场；二级故障（单台设备或单个工位停机）2小时内响应，24小时内到场。乙方每迟延响应或到场一小时，向甲方支付¥500。
P:6.3 质保期满后，乙方提供年度维保服务，维保费为每年设备及软件小计的8%（即¥108,480），质保期满后三年内不得上调。维保内容包括每季度巡检、备件供应和软件升级。维保合同每次由双方另行签订，不自动续期。
P:6.4 乙方应保证在质保期满后不少于六年内提供控制系统和视觉检测系统的备品备件，停产前应提前六个月书面通知甲方。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、HMI画面、视觉检测配方及接口程序，其知识产权归甲方所有，乙方应交付源程序和注释文件，甲方可自行修改和使用。
P:7.2 产线监控软件的著作权归乙方，甲方享有永久使用权。
H:第八条 数据安全
P:8.1 系统采集的生产数据、工艺参数、质量记录均归甲方所有，乙方不得用于本合同以外的任何用途。
P:8.2 乙方远程维护须经甲方设备部书面审批，通过甲方指定的VPN和账号进行，操作全程留痕；乙方不得在控制网络中安装与本项目无关的软件。
P:8.3 调试和维护结束后，乙方应删除其工程电脑中保存的甲方生产数据和程序备份副本，并书面确认。
P:8.4 因乙方原因导致生产数据泄露、工艺参数被篡改或控制系统遭受病毒攻击的，乙方应在2小时内通知甲方、立即协助处置并承担全部损失。
H:第九条 保密
P:9.1 乙方对甲方的产品配方、模具参数、产能和客户信息负有保密义务，未经甲方书面许可不得向任何第三方披露；本条在合同终止后三年内有效。
H:第十条 分包
P:10.1 乙方可将设备运输、电气布线和控制柜钣金加工等工作分包给第三方，但应在分包前书面告知甲方分包单位名称及工作内容。乙方对分包单位的工作向甲方承担责任。
H:第十一条 违约责任
P:11.1 乙方交付的设备或软件不符合合同约定的，应负责更换或修复，并承担由此产生的费用。
P:11.2 乙方逾期交付或逾期完成安装调试的，应采取有效措施尽快补救，并及时向甲方书面说明原因和预计完成时间。
P:11.3 因乙方原因造成甲方停产的，乙方应赔偿甲方的直接损失。
H:第十二条 合同解除
P:12.1 乙方严重违反本合同，经甲方书面催告后15日内仍未纠正的，或者乙方逾期完成安装调试超过30日的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方应友好协商；协商不成的，提交台州仲裁委员会仲裁。
H:第十四条 甲方义务
P:14.1 甲方应按改造方案安排停产窗口，提供施工用电、压缩空气、网络接口和临时存放场地，并指定设备部负责人作为项目联系人。
P:14.2 甲方应在收到乙方验收申请后5个工作日内组织验收，无正当理由拖延的，乙方可书面催告。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的一方，应在事件发生后及时通知对方，并在10日内提供证明；受影响的义务在不可抗力持续期间中止履行，期限相应顺延。
P:15.2 不可抗力持续超过60日、致使合同目的不能实现的，双方均可书面通知解除合同。
H:第十六条 其他
P:16.1 本合同附件包括技术方案、设备清单和验收大纲，与本合同具有同等效力。
P:16.2 本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方（盖章）：宏远日用制品有限公司　　乙方（盖章）：恒拓工业自动化科技有限公司
"""

Z03 = """连锁纹身门店预约及会员管理系统订阅与实施服务合同

合同编号：MY-SAAS-2026-112
甲方（客户）：墨言纹身艺术管理有限公司
乙方（服务商）：云栖智店科技有限公司

鉴于甲方在全国经营30家纹身工作室门店，需要统一的线上预约、排期、会员及储值管理系统，乙方拥有“智店通”门店管理云平台，双方根据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。

一、服务内容
（一）订阅服务。乙方为甲方30家门店开通“智店通”云平台专业版，包括小程序在线预约、纹身师排期、图稿确认与知情同意书电子签署、会员等级与储值、门店收银对账及总部经营报表功能。
（二）实施服务。乙方负责平台初始化配置、30家门店的会员和储值余额数据迁移、小程序页面定制、与甲方现有收银设备对接，以及总部和门店人员培训。
（三）服务范围不包括门店网络、收银硬件及第三方支付通道本身的故障处理，但乙方应协助甲方定位问题并与第三方沟通。
（四）服务期限。订阅服务期为两个服务年度，首个服务年度自平台上线验收通过之日起计算，每个服务年度截至次年对应日的前一日。

二、费用及支付
（一）订阅费按门店数计收，每家门店每个服务年度¥5,800，30家门店每个服务年度合计¥174,000，两个服务年度合计¥348,000。
（二）实施费为一次性费用¥64,000，包括初始化配置、数据迁移、小程序页面定制、收银对接和培训，不再另行收取差旅费。
（三）本合同总金额为¥412,000（含税）。
（四）支付方式：
1. 实施费在平台上线验收通过后15个工作日内一次性支付；
2. 每个服务年度的订阅费在该服务年度开始后15个工作日内支付；
3. 合同期内新增门店的，按每家门店每个服务年度¥5,800的标准按月折算收费。
（五）乙方应在收款前开具增值税专用发票。甲方门店关停的，自关停次月起相应减少订阅门店数，已付费用按剩余月份折算后退还或抵扣。

三、实施与验收
（一）乙方应在合同签订后45日内完成实施工作，具备上线条件。
（二）上线验收标准：
1. 30家门店全部开通，预约、排期、会员、储值和收银对账功能按需求确认书逐项测试通过；
2. 迁移的会员信息和储值余额与甲方原系统导出数据逐条核对一致，差异为零；
3. 小程序在高峰时段500人同时在线时，预约提交响应时间不超过2秒；
4. 门店店长和前台人员培训完成并通过操作考核；
5. 知情同意书电子签署、未成年人年龄核验提示等合规功能按需求确认书测试通过。
（三）甲方应在收到上线验收申请后7个工作日内组织验收并书面确认。平台试用或门店开始使用不视为验收通过。
（四）实施期间乙方应指定项目经理一名，对30家门店分批上线，每批上线前应向甲方提交切换方案和回退方案，确保门店营业不受影响。
（五）乙方未在约定期限内具备上线条件的，每逾期一日向甲方支付违约金¥300。

四、服务水平
（一）乙方保证平台月度可用率不低于99.5%。因计划维护需中断服务的，应提前48小时通知甲方，且应安排在凌晨1点至6点之间。
（二）故障分级及响应：
1. 一级故障（预约或收银功能全部不可用）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 一般问题：1个工作日内答复。
乙方应提供7×24小时服务热线和在线工单渠道，并为甲方指定专属客户成功经理，每季度向甲方提交服务报告，报告内容包括可用率、故障统计、工单处理情况和改进建议。
（三）服务补偿：月度可用率低于约定值的，每低于0.1个百分点，按当月订阅费的2%抵扣下一期费用；一级故障每迟延恢复一小时，抵扣¥500。

五、数据归属与数据安全
（一）平台中甲方的会员个人信息、预约记录、图稿确认记录、储值及消费数据均归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于任何其他目的，不得向第三方提供。
（二）乙方应按照《个人信息保护法》《数据安全法》的要求，对会员个人信息加密存储和传输，实行最小权限访问和操作日志审计，数据存储于中国境内。
（三）发生数据泄露、丢失或被非法访问的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此引起的行政处罚。
（四）合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后删除平台中的甲方数据。
（五）顾客纹身部位照片、过敏史及健康告知信息属于敏感个人信息，乙方应单独加密存储，仅限甲方授权的门店人员查看，平台应保留每次查看的访问记录。

六、知识产权
（一）“智店通”平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、会员等级规则配置、报表模板及收银对接程序，其知识产权归甲方所有，甲方可自行或委托他人修改和使用。

七、保密
双方对在合作中知悉的对方商业秘密和未公开信息（包括甲方的门店经营数据、纹身师资料和定价策略）负有保密义务，未经对方书面同意不得披露，本条在合同终止后继续有效。

八、续期
（一）本合同服务期满前30日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，续期次数不限。
（二）续期时乙方有权根据市场情况调整订阅单价，调整后的价格以乙方续期前发出的通知为准，甲方继续使用平台即视为接受。

九、分包
乙方不得将本合同项下的服务转包，未经甲方书面同意不得分包。

十、违约与解除
（一）任何一方严重违约，经守约方书面通知后15日内未纠正的，守约方有权解除合同。
（二）连续两个月可用率低于约定值，或一个服务年度内发生三次以上一级故障的，甲方有权解除合同，乙方应退还未履行期间的订阅费。
（三）合同因任何原因终止的，乙方应给予甲方不少于60日的过渡期，过渡期内按原标准提供服务并配合甲方完成数据迁出，过渡期费用按实际天数折算。
（四）乙方对本合同项下的累计赔偿责任以合同总金额的150%为限，但数据泄露和故意违约造成的损失不受此限。

十一、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，任何一方可向甲方住所地人民法院起诉。

十二、甲方义务
（一）甲方应按时支付费用，提供迁移所需的原系统数据和门店资料，并指定总部运营负责人作为联系人。
（二）甲方应确保向乙方提供的会员数据来源合法，并已按法律规定取得顾客同意。
（三）甲方应妥善保管管理员账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。

十三、不可抗力
因不可抗力或政府行为导致一方不能履行合同的，受影响方应及时通知对方并提供证明，在影响范围内免除责任；但乙方不得以第三方云资源故障作为不可抗力免责事由。

十四、其他
（一）本合同附件包括需求确认书、门店清单和服务水平说明，与本合同具有同等效力。
（二）本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：墨言纹身艺术管理有限公司
乙方（盖章）：云栖智店科技有限公司
"""

Z04 = """未成年犯教育改造管理系统年度运维服务合同

项目编号：WGS-YW-2026-07
甲方：江川省未成年犯管教所
乙方：启衡信息系统服务有限公司

根据《中华人民共和国民法典》及有关规定，甲方委托乙方对其未成年犯教育改造管理系统提供年度运维服务，双方经协商一致，订立本合同。

第一条 服务对象与范围
（一）服务对象：甲方在用的未成年犯教育改造管理系统，包括入所评估、个别教育谈话记录、文化及职业技术教育学籍管理、心理矫治档案、亲情帮教及会见预约、计分考核和减刑假释材料辅助生成等子系统，以及支撑上述子系统的应用服务器、数据库和备份设备。
（二）服务内容：日常监控与巡检、故障处理、数据库维护与备份、应用缺陷修复、业务报表调整、操作人员培训、节假日及重大活动保障，以及配合上级主管部门开展数据报送和系统对接。
（三）年度专项任务：乙方应于2027年6月30日前完成计分考核模块按新版考核办法的升级改造，并于2027年9月30日前完成网络安全等级保护测评中应用层问题的整改配合，具体内容见附件《运维服务清单》。
（四）本合同不包括硬件设备的更换费用；设备故障需更换配件的，乙方负责诊断并协助甲方联系原厂。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，不自动续期；双方如需继续合作，另行按规定程序采购并签订合同。

第三条 服务费用及支付
（一）年度运维服务费总额为人民币肆拾捌万陆仟元整（¥486,000），含税，包括人员、差旅、工具软件及税费等全部费用。
（二）服务费按季度支付，每季度¥121,500。每季度结束后，甲方对乙方本季度服务进行考核，考核合格后15个工作日内支付该季度服务费。
（三）乙方应于每次付款前开具合法有效的发票。甲方按财政资金支付程序付款，付款时间以国库支付为准。

第四条 服务要求
（一）驻场服务：乙方派驻运维工程师两名，工作日8:30至17:30在甲方指定地点驻场；驻场人员须经甲方政治审查，遵守监管场所安全管理规定，不得携带手机等通讯设备进入监区。
（二）巡检：每日检查系统运行状态、存储空间、数据库日志和备份结果；每月出具巡检报告；每季度进行一次全面健康检查和数据库优化。
（三）故障响应：
1. 一级故障（系统整体不可用或计分考核、减刑假释材料等核心业务中断）：接报后30分钟内响应，2小时内到达现场，8小时内恢复；
2. 二级故障（单个子系统或部分功能不可用）：1小时内响应，次日内解决；
3. 三级问题（操作咨询、报表调整）：2个工作日内处理完毕。
（四）重大活动保障：法定节假日、减刑假释集中评审、上级检查期间，乙方应安排专人值守，并提前制定保障方案报甲方备案。
（五）乙方应于每季度结束后5个工作日内提交季度运维报告，包括故障处理记录、巡检结果、备份验证和改进建议。
（六）数据备份：核心数据库每日增量备份、每周全量备份，备份数据保存于甲方指定的离线存储设备，每季度进行一次恢复演练并形成记录。

第五条 考核与验收
（一）季度考核：甲方按照附件《运维服务考核表》对响应及时性、故障处理、巡检执行、报告质量和驻场纪律进行评分，80分以上为合格。
（二）年度验收：服务期满前15日，乙方提交年度运维总结、全部运维文档和数据备份验证报告，甲方组织信息科、教育改造科进行验收，全部季度考核合格且运维文档完整的为验收合格。
（三）考核不合格的，乙方应在10个工作日内整改并重新考核；重新考核合格后，甲方支付该季度服务费。
（四）甲方对考核结果有异议的事项，双方应在考核后5个工作日内书面沟通确认。

第六条 数据安全
（一）系统中的服刑人员信息、教育改造档案、心理测评结果、会见记录等全部数据属于甲方所有，乙方不得以任何方式复制、留存、使用或向第三方提供。
（二）乙方运维操作只能在甲方内网专用运维终端上进行，操作须经甲方信息科审批，全过程录像和日志留存；乙方不得接入任何外部网络或存储介质。
（三）涉及未成年人个人信息的，乙方应严格遵守《未成年人保护法》《个人信息保护法》的规定，采取最小必要原则。
（四）发生数据泄露、篡改、丢失等安全事件的，乙方应立即报告甲方并配合调查处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
（五）服务期满或合同终止时，乙方应移交全部账号、口令、运维文档和配置资料，协助甲方或新的服务商完成交接，交接期不少于15日，交接期间不另行收费。

第七条 保密
乙方及其人员对履行本合同知悉的监管场所布局、安防措施、服刑人员信息及其他工作秘密负有保密义务；乙方驻场人员应签署保密承诺书。保密义务不因合同终止而解除。

第八条 知识产权
乙方在服务过程中编写的运维脚本、报表模板、巡检工具配置、专项任务的程序代码和运维文档，其知识产权归甲方所有，乙方应随同季度报告一并移交，甲方可自行或委托他人修改和使用。乙方保证其提供的工具软件不侵犯第三方权利。

第九条 甲方义务
（一）甲方应为乙方驻场人员提供必要的办公场所、运维终端和内网账号，并及时办理人员进出审批手续。
（二）甲方应指定信息科负责人作为联系人，对乙方提出的需要甲方配合的事项在3个工作日内予以答复。
（三）甲方应组织业务科室配合乙方开展专项任务的需求确认和测试。

第十条 人员管理
（一）乙方应保持驻场人员稳定，确需更换的，应提前15日书面申请并经甲方同意，新任人员的资质不得低于原人员。
（二）驻场人员应具备数据库或系统运维相关资格证书，且近三年无违法犯罪记录。
（三）乙方项目负责人每月至少到甲方现场一次，听取甲方意见并协调解决运维中的问题。

第十一条 转包与分包
乙方不得转包或分包本合同项下的任何服务。

第十二条 违约责任
（一）乙方未按第一条第（三）项约定的期限完成年度专项任务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方驻场人员违反监管场所安全规定的，甲方有权要求乙方立即更换人员，乙方应在3个工作日内派出符合要求的替换人员。
（三）因乙方违反数据安全或保密义务给甲方造成损失的，乙方应全额赔偿，并承担相应的法律责任。
（四）甲方逾期支付服务费的，应按照有关规定承担责任。

第十三条 合同的变更与解除
（一）合同履行期间，任何一方不得单方变更或解除本合同。确需变更的，双方应协商一致并签订书面补充协议。
（二）因不可抗力致使本合同无法履行的，双方可协商解除合同，互不承担违约责任。

第十四条 争议解决
本合同履行过程中发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
（一）附件《运维服务清单》《运维服务考核表》《保密承诺书》为本合同组成部分，与本合同具有同等法律效力。
（二）本合同未尽事宜，双方可另行签订补充协议；补充协议与本合同不一致的，以补充协议为准。
（三）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：江川省未成年犯管教所
乙方（盖章）：启衡信息系统服务有限公司
"""

Z05 = """# 锻银云工序追溯系统软件许可及定制开发合同

（乙方标准合同文本 SY-HT-V3.0）

合同编号：SY-2026-0658

甲方（用户）：云岭银艺工艺品有限公司

乙方（供方）：锻银云软件技术有限公司

甲方拟在其银饰工艺厂部署工序追溯系统，乙方为该系统的开发商和著作权人。为明确双方权利义务，双方根据《中华人民共和国民法典》，在平等自愿的基础上签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“锻银云工序追溯系统”标准版软件许可，并按甲方需求进行定制开发和实施。

1.2 定制开发内容：熔银及锻打工序数据采集、錾刻与雕刻工位扫码报工、成色检测仪数据对接、银料损耗核算报表、成品一物一码追溯查询。

1.3 系统功能以乙方产品说明书和双方确认的需求说明为准，需求说明确认后如有变更，按本合同第十一条处理。

## 第二条 合同价款

2.1 本合同价款如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 锻银云工序追溯系统标准版软件许可（50个用户） | 680,000 |
| 2 | 定制开发 | 180,000 |
| 3 | 部署实施及培训 | 60,000 |
| | 合计 | 920,000 |

2.2 合同总价为人民币玖拾贰万元整（¥920,000），含增值税。

2.3 增加用户数或功能模块的，按乙方当年度产品报价另行签订补充协议。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥598,000。乙方收到该笔款项后启动项目。

3.2 系统安装上线后10个工作日内，甲方支付合同总价的35%，即¥322,000。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

## 第四条 交付与实施

4.1 乙方在收到第3.1条款项后60个工作日内完成软件安装和定制开发，具备上线条件。

4.2 甲方应提供服务器、网络、扫码枪、工位终端等运行环境，并配合乙方完成需求调研和数据准备。因甲方原因导致实施延误的，交付期限相应顺延。

4.3 乙方向甲方提供用户手册和管理员手册电子版各一份。

4.4 乙方为甲方提供一次集中培训，培训时间不超过两天，培训对象为甲方指定的系统管理员和车间班组长，人数不超过20人。超出部分的培训按乙方人天单价另行收费。

4.5 乙方提供的服务器配置建议仅供参考，因甲方自行采购的硬件、操作系统或网络问题影响系统运行的，乙方不承担责任。

## 第五条 验收

5.1 系统安装上线后，即视为甲方验收合格。

5.2 甲方在上线后发现的问题，由乙方在免费维护期内按第七条处理，不影响验收结论和付款，甲方不得以系统存在问题为由拒付或迟延支付款项。

## 第六条 知识产权

6.1 锻银云工序追溯系统及其全部组成部分的著作权、专利权及其他知识产权归乙方所有。

6.2 乙方为甲方进行定制开发所形成的程序、配置、报表及文档，其知识产权同样归乙方所有。甲方在本合同约定的范围内享有非独占、不可转让的使用权，不得对其进行修改、反向工程或提供给第三方使用。

6.3 乙方有权将定制开发成果用于其他客户或纳入标准产品。

6.4 软件许可仅限甲方在其注册地址的生产场所内使用，用户数以本合同约定为限；甲方关联公司使用的，应另行购买许可。

## 第七条 技术支持与维护

7.1 免费维护期为六个月，自系统安装上线之日起计算。免费维护期内，乙方在工作日工作时间内通过电话、即时通讯及远程方式提供技术支持，对甲方反映的问题尽合理努力尽快解决。

7.2 需乙方派员到现场处理的，应由甲方提前书面申请，乙方根据人员安排确定到场时间，甲方承担乙方人员的差旅费用。

7.3 因甲方操作不当、擅自修改配置、病毒感染或硬件故障导致的问题，不属于免费维护范围，乙方可按人天单价收取服务费。

7.4 免费维护期满后，甲方如需继续获得技术支持和版本升级服务，应与乙方签订年度维护协议，年度维护费为软件许可费的25%，即每年¥170,000。

7.5 年度维护服务内容包括：软件缺陷修复、版本升级、远程技术支持和每年一次现场巡检。年度维护费在每个维护年度开始前一次性支付。

7.6 甲方未签订年度维护协议的，乙方不再提供任何技术支持和软件升级；甲方中断维护后重新签订的，应补缴中断期间的维护费。

## 第八条 数据安全

8.1 甲方在系统中录入和产生的生产数据、工艺数据、客户订单信息归甲方所有，乙方仅在为甲方提供实施和维护服务时使用，不得用于其他目的。

8.2 乙方远程维护时应使用甲方分配的账号，遵守甲方的信息安全管理制度，不得擅自复制、下载甲方数据。

8.3 因乙方过错导致甲方数据泄露或丢失的，乙方应及时通知甲方、协助恢复，并赔偿由此给甲方造成的直接损失。

8.4 甲方应自行做好数据备份。合同终止时，经甲方书面要求，乙方协助甲方将系统数据以标准格式导出。

## 第九条 保密

9.1 双方对在履行本合同过程中知悉的对方商业秘密、技术信息负有保密义务，未经对方书面同意不得向第三方披露。

9.2 乙方的软件源代码、产品设计文档和报价属于乙方的商业秘密。

## 第十条 违约责任

10.1 乙方未按第4.1条约定期限具备上线条件的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 任何一方违反本合同约定给对方造成损失的，应承担赔偿责任，但不包括间接损失、利润损失和商誉损失。乙方对甲方依据系统数据作出的经营决策后果不承担责任。

## 第十一条 变更

11.1 乙方应在合同签订后20个工作日内完成需求调研，形成需求说明书，经甲方签字确认后作为开发依据。

11.2 需求说明确认后，甲方提出功能变更的，乙方评估工作量后报价，经甲方书面确认后实施，变更费用另行支付，交付期限相应调整。

## 第十二条 合同解除

12.1 一方严重违反本合同，经守约方书面通知后30日内仍未纠正的，守约方有权解除本合同。

12.2 因甲方原因解除合同的，甲方已支付的款项不予退还。

12.3 合同解除后，甲方应停止使用乙方软件并删除安装副本，乙方已完成的定制开发成果按第六条处理。

## 第十三条 不可抗力

13.1 因不可抗力不能履行合同的，根据不可抗力的影响部分或全部免除责任，但应及时通知对方并在合理期限内提供证明。

## 第十四条 争议解决

14.1 本合同适用中华人民共和国法律。

14.2 因本合同引起的争议，双方应协商解决；协商不成的，提交乙方所在地有管辖权的人民法院诉讼解决。

## 第十五条 通知

15.1 双方往来通知以书面形式送达本合同首页所列地址或双方确认的电子邮箱，以电子邮件发送的，发出之日视为送达。

15.2 一方变更联系方式的，应在变更后5日内书面通知对方，否则按原地址送达即视为有效送达。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同为乙方标准合同文本，双方另有约定的，以书面补充协议为准。

甲方（盖章）：云岭银艺工艺品有限公司

乙方（盖章）：锻银云软件技术有限公司

签订日期：2026年　月　日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. TNS-CN-2026-019
P:This Software Licence and Services Agreement (the "Agreement") is made between Hebei Hengtai Carpet Manufacturing Co., Ltd., a company registered in Nangong, Hebei Province, People's Republic of China (the "Buyer"), and Naqsh Pardaz Tabriz Software Company (Private Joint Stock), a company registered in Tabriz, East Azerbaijan Province, Islamic Republic of Iran (the "Vendor").
P:The Vendor develops NaqshCAD, a design and production-planning system for hand-knotted and machine-woven carpets. The Buyer wishes to license NaqshCAD for its design studio and weaving halls and to have the Vendor configure and integrate it. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the NaqshCAD Design Suite, version 7, in object code, with its standard pattern libraries and user documentation.
P:1.2 "Custom Deliverables" means the loom-controller adapters, colour-recipe import tools, report templates and any other material written by the Vendor specifically for the Buyer under this Agreement, with their source code and documentation.
P:1.3 "Buyer Data" means all designs, colour recipes, production orders, yarn-consumption records and other data entered into or generated by the Software for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor shall supply the Software for 36 named design seats and 8 production-planning seats, migrate the Buyer's existing pattern archive of about 21,000 designs, integrate the Software with the Buyer's 14 electronic Jacquard loom controllers, and train the Buyer's staff.
P:2.2 The detailed scope, functional requirements and project plan are set out in Annex 1, which forms part of this Agreement.
P:2.3 The Vendor shall appoint a project manager who speaks English or Chinese and shall keep at least two consultants on the Buyer's site during installation, migration and acceptance testing. The Vendor shall not replace the project manager without the Buyer's agreement.
P:2.4 Training comprises three courses at the Buyer's site: a ten-day course for designers, a five-day course for production planners and a three-day course for the Buyer's system administrators, each with written course material in Chinese or English and a short practical test.
P:2.5 The Buyer shall provide the servers, workstations, network access and loom-controller documentation described in Annex 1 and shall make its design and production staff available for workshops and tests.
H:Article 3 Licence
P:3.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for the seats stated in Article 2.1 at the Buyer's premises in the People's Republic of China for its own business.
P:3.2 The Buyer may make backup copies and may move the licence to replacement hardware without additional charge.
P:3.3 The Vendor warrants that it owns or has the right to license the Software and that its use under this Agreement does not infringe any third party's rights. The Vendor shall defend and indemnify the Buyer against any infringement claim.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,618,000, inclusive of all taxes, made up of:
P:(a) Software Licence Fee: CNY 1,120,000;
P:(b) configuration and pattern-library migration: CNY 286,000;
P:(c) loom-controller integration: CNY 164,000;
P:(d) training: CNY 48,000.
P:4.2 The Buyer shall pay the Contract Price in Chinese Renminbi by bank transfer as follows:
P:(a) 20% within 30 days after signature of this Agreement, against the Vendor's invoice;
P:(b) 45% after installation of the Software and completion of the pattern migration, which is not acceptance;
P:(c) 35% within 30 days after Final Acceptance.
P:4.3 The prices are fixed for the duration of the project and include travel, accommodation and all other expenses of the Vendor's personnel.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, migration and integration within 120 days after signature.
P:5.2 After installation, the parties shall carry out acceptance tests under the test plan in Annex 2. The Software passes the tests when: (a) every function listed in Annex 1 works as specified; (b) a sample of 500 migrated designs, chosen by the Buyer, opens with correct colours and knot counts; (c) each of the 14 loom controllers receives and executes production files without manual correction for ten consecutive working days; and (d) there are no open Severity 1 or Severity 2 defects.
P:5.3 When the tests are passed, the Buyer shall sign a Final Acceptance certificate within ten working days. Installation, use of the Software in production or payment does not constitute acceptance.
P:5.4 If the tests fail, the Vendor shall correct the defects at its own cost within 15 days and repeat the tests.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with Annex 1 for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and supply updates and new versions free of charge.
P:6.2 During the Warranty Period the Vendor shall respond to support requests as follows: Severity 1 (Software unusable or loom production stopped) within 1 hour; Severity 2 (major function impaired) within 8 hours; Severity 3 (other issues) within two working days. Support is provided remotely through a secure connection approved by the Buyer and, where needed, on site.
P:6.3 For each hour by which the Vendor exceeds the Severity 1 response time, the Vendor shall pay the Buyer CNY 1,000, which the Buyer may deduct from any amount due.
P:6.4 After the Warranty Period, the Buyer may order annual support at a fee of 9% of the Software Licence Fee, that is CNY 100,800 per year. This fee is fixed for the three years following the Warranty Period. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property in the Software.
P:7.2 All intellectual property in the Custom Deliverables belongs to the Buyer from creation. The Vendor shall deliver their source code on Final Acceptance, and the Buyer may use, modify and license them freely.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may access Buyer Data only to perform this Agreement and shall not use it for any other purpose or disclose it to any third party.
P:8.2 The Vendor shall access the Buyer's systems only through the remote-access channel provided by the Buyer, with individual accounts and session logging, and shall not copy Buyer Data out of the Buyer's environment. The Vendor shall comply with the data-protection and data-security laws of the People's Republic of China applicable to the Buyer.
P:8.3 The Vendor shall notify the Buyer within 24 hours of any security incident affecting Buyer Data, take all reasonable remedial steps, and be liable for all losses caused by an incident attributable to the Vendor.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including designs, colour recipes, prices and production volumes, and shall use it only for this Agreement.
P:9.2 This obligation continues for three years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to complete installation, migration and integration within the period in Article 5.1, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to infringement claims, breach of Articles 8 and 9, personal injury or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after receiving notice, or if the delay damages under Article 10.1 reach their maximum.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for undelivered work and deliver all completed Custom Deliverables.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible. Sanctions or banking restrictions that prevent payment shall suspend, but not cancel, the Buyer's payment obligations.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Islamic Republic of Iran.
P:14.2 Any dispute arising out of this Agreement shall first be negotiated in good faith. If it is not settled within 60 days, it shall be finally resolved by arbitration in Tabriz under the rules of the Arbitration Center of Iran Chamber. The language of the arbitration shall be English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Scope and Functional Requirements) and Annex 2 (Acceptance Test Plan), is the entire agreement of the parties on its subject.
P:15.2 Amendments must be in writing and signed by both parties. This Agreement is made in English in two originals.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form and General Terms — ColdTrack Inventory Cloud

Order Form No. UCS-OF-2026-0311

## PART A — ORDER FORM

### A1. Parties

**Provider:** Urmia Sabz Cloud Solutions Company, a company registered in Urmia, West Azerbaijan Province, Islamic Republic of Iran, acting through its authorised representative.

**Customer:** Shanghai Guoyuan Dried Fruit and Nut Import Co., Ltd., a company registered in Shanghai, People's Republic of China.

This Order Form (Part A) and the General Terms (Part B) together form the "Agreement". If Part A and Part B conflict, Part A prevails.

### A2. Subscribed Service

ColdTrack Inventory Cloud, Professional Edition: lot and batch tracking for dried fruit, nuts and saffron; cold-room temperature and humidity logging; inbound inspection records; customs and quarantine document tracking; warehouse picking and dispatch; and management dashboards. The subscription covers 150 named users at the Customer's Shanghai and Kunshan warehouses and head office, production data hosting in a data centre in mainland China, and standard support under Part B Section 4.

### A3. Subscription Term

The Subscription Term consists of two Subscription Years. The first Subscription Year starts on the Go-Live Date confirmed under Part B Section 2.3, and each later Subscription Year starts on the anniversary of that date. Renewal is governed by Part B Section 11.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 150 users × CNY 1,200 | 180,000 |
| Subscription Fee, Subscription Year 2 | 150 users × CNY 1,200 | 180,000 |
| Onboarding (configuration, data migration, interfaces, training) | one-time, fixed | 48,000 |
| **Total Fees for the Subscription Term** | | **408,000** |

All amounts are in Chinese Renminbi and include VAT. Additional users may be added at CNY 100 per user per month for the remainder of the Subscription Year in which they are added.

### A5. Invoicing and Payment

1. The Onboarding fee is invoiced after the Go-Live Acceptance under Part B Section 2.3 and is payable within 30 days of invoice.
2. The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of invoice.
3. No other amount is payable before the Go-Live Date.

### A6. Special Terms

1. Target Go-Live Date: 75 days after signature of this Order Form.
2. Customer project contact: Head of Logistics. Provider project contact: Customer Success Manager for Greater China.
3. Interfaces included in Onboarding: the Customer's ERP (purchase and sales orders) and the cold-room sensor gateway at each warehouse.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscribed service described in A2, including its updates during the Subscription Term.

1.2 "Customer Data" means all data, records and documents entered into or uploaded to the Service by or for the Customer, and the outputs generated from them for the Customer.

1.3 "Usage Data" means technical and statistical information about the operation and use of the Service.

### 2. Onboarding and Go-Live Acceptance

2.1 Provider shall carry out the Onboarding described in A4 and A6 in accordance with a project plan agreed with the Customer within ten days of signature.

2.2 Go-Live Acceptance criteria: (a) all functions listed in A2 are configured and tested against the Customer's test scripts; (b) opening stock migrated from the Customer's legacy spreadsheets matches the Customer's physical stock count for every lot; (c) the ERP interface transfers orders in both directions without error for five consecutive working days; and (d) the cold-room gateways report readings at the configured intervals at each warehouse.

2.3 When the criteria are met, the Customer shall confirm Go-Live Acceptance in writing within five working days; the date of that confirmation is the Go-Live Date. Use of the Service for testing or training is not acceptance.

2.4 If Provider does not achieve Go-Live Acceptance by the Target Go-Live Date for reasons attributable to Provider, Provider shall pay the Customer CNY 400 for each day of delay, up to CNY 20,000.

### 3. Service Levels

3.1 Provider shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and performed between 00:00 and 05:00 Beijing time.

3.2 Priority 1 incidents (the Service or a warehouse cannot be used) shall be responded to within 30 minutes and resolved or worked around within 3 hours, at any time. Priority 2 incidents shall be responded to within 2 hours during business days. Priority 3 requests shall be answered within two business days.

3.3 If monthly availability falls below the level in Section 3.1, the Customer receives a service credit of 5% of the monthly equivalent of the Subscription Fee for each 0.1 percentage point (or part) of shortfall, up to the full monthly equivalent. Credits are applied to the next invoice or refunded at the end of the Subscription Term.

### 4. Support

4.1 Provider provides support in English and Chinese through a ticket portal and a hotline, and a named Customer Success Manager who meets the Customer quarterly to review service reports.

### 5. Customer Data

5.1 As between the parties, the Customer owns all Customer Data. Provider shall process Customer Data to provide the Service and as otherwise permitted in this Section 5.

5.2 The Customer grants Provider a perpetual, worldwide licence to use Customer Data in aggregated and de-identified form, together with Usage Data, to develop and improve Provider's products, to prepare industry benchmarks on storage losses and turnover, and to train Provider's forecasting models. This licence survives the end of the Agreement.

5.3 At the end of the Subscription Term, Provider shall make Customer Data available for export in CSV format for 60 days and shall then delete it from the production environment.

### 6. Data Security

6.1 Provider shall host production Customer Data in mainland China, encrypt it in transit and at rest, restrict access to authorised personnel with multi-factor authentication, log all administrative access, and maintain an information-security programme certified to ISO/IEC 27001.

6.2 Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, or loss of, Customer Data, cooperate in the investigation, and bear the costs and losses caused by any such incident attributable to Provider's breach of this Section 6.

### 7. Intellectual Property

7.1 Provider owns the Service and all its underlying software.

7.2 Configurations, report templates and interface mappings prepared specifically for the Customer during Onboarding belong to the Customer, who may use and modify them and have third parties use them without restriction.

### 8. Confidentiality

8.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for the Agreement and not disclose it to third parties, except to its advisers and personnel who need to know it and are bound by similar duties.

8.2 These duties continue for three years after the end of the Agreement.

### 9. Liability

9.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

9.2 Each party's total liability arising out of or in connection with the Agreement is limited to the fees paid or payable by the Customer in the six (6) months immediately preceding the event giving rise to the claim.

9.3 The limits in this Section 9 do not apply to a party's liability for death or personal injury caused by negligence, or for fraud.

### 10. Subcontractors

10.1 Provider shall not subcontract the hosting or operation of the Service, or any processing of Customer Data, without the Customer's prior written consent, and remains responsible for every approved subcontractor.

### 11. Term, Renewal and Termination

11.1 The Agreement starts on signature and continues for the Subscription Term.

11.2 At the end of the Subscription Term, the Agreement renews automatically for successive renewal periods of one Subscription Year each, unless either party gives notice of non-renewal at least 60 days before the end of the current term.

11.3 Provider may increase the Subscription Fee for any renewal period by giving the Customer notice at least 45 days before the renewal date. The increased fee applies from the start of the renewal period.

11.4 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after receiving written notice. On termination for Provider's breach, Provider shall refund any prepaid fees for the period after termination.

### 12. Governing Law and Disputes

12.1 The Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time of application. The arbitral award is final and binding on both parties.

### 13. General

13.1 Notices must be in writing and sent to the addresses in A1 or to the e-mail addresses the parties designate.

13.2 Neither party may assign the Agreement without the other party's written consent, except to an affiliate in connection with a reorganisation.

Signed for the Customer: ____________________ Signed for Provider: ____________________
"""

E03 = """T:Supply Contract for Condition-Monitoring Sensors and Monitoring Software
P:Contract No. LSC-PUR-2026-1147
P:Buyer: Linyi Shanshui Cement Co., Ltd., Linyi, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Sabalan Vibration Engineering Company, Ardabil, Ardabil Province, Islamic Republic of Iran (the "Supplier").
P:This Contract is made on the Buyer's standard terms for the purchase of equipment and software. The Buyer wishes to monitor the condition of the kilns, mills, fans and conveyors of its two clinker lines, and the Supplier has offered wireless sensors, gateways, edge servers and monitoring software for that purpose.
H:1. Definitions and Documents
P:1.1 "Equipment" means the sensors, gateways, edge servers and accessories listed in Clause 2.
P:1.2 "Software" means the Supplier's VibraWatch condition-monitoring software, including its analytics modules and mobile application, licensed under Clause 8.
P:1.3 "Project Deliverables" means the sensor layout drawings, alarm thresholds and diagnostic rules configured for the Buyer's machines, interface programs, reports and documentation prepared by the Supplier under this Contract.
P:1.4 The Technical Specification (Appendix 1) and the Acceptance Test Procedure (Appendix 2) form part of this Contract. In case of conflict, the clauses of this Contract prevail.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the following, and train the Buyer's staff. All prices are in Chinese Renminbi, fixed and inclusive of VAT, transport, insurance, customs clearance and duties to the Buyer's plant.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration sensor, ATEX-rated|240|2,150|516,000
TB:2|Wireless bearing temperature sensor|180|980|176,400
TB:3|Industrial wireless gateway|24|9,600|230,400
TB:4|Edge analytics server|2|68,000|136,000
TB:5|VibraWatch software, perpetual licence, site|1|388,000|388,000
TB:|Subtotal, Equipment and Software||||1,446,800
TB:6|Installation, configuration and commissioning|1|172,000|172,000
TB:7|Training|1|26,000|26,000
TB:|Contract Price||||1,644,800
P:2.2 The Contract Price of CNY 1,644,800 is the total amount payable by the Buyer under this Contract.
H:3. Payment
P:3.1 10% of the Contract Price as an advance payment within 20 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:3.2 55% of the Contract Price after delivery and installation of all Equipment, evidenced by an Installation Certificate signed by both parties. The Installation Certificate is not acceptance.
P:3.3 35% of the Contract Price within 30 days after Final Acceptance.
P:3.4 Each payment is made against the Supplier's VAT invoice. The Buyer may set off against any payment the delay damages, credits and other amounts due from the Supplier.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's plant within 70 days after signature and complete installation within 40 days after delivery, during the maintenance stops notified by the Buyer.
P:4.2 The Supplier's site personnel shall follow the Buyer's safety rules, permits-to-work and lock-out procedures. The Supplier is responsible for injury or damage caused by its personnel.
P:4.4 With the Equipment, the Supplier shall deliver certificates of origin and conformity, installation drawings, wiring diagrams, the sensor layout for each machine, operating manuals in Chinese and English, and a list of recommended spare parts with prices.
P:4.3 If the Supplier is late in delivery or in completing installation, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of delay damages does not release the Supplier from its obligations.
H:5. Acceptance
P:5.1 After installation, the parties shall carry out the tests in Appendix 2. Final Acceptance requires that: (a) every sensor transmits readings to the Software at the configured interval, with no more than 0.5% missing readings over 30 consecutive days; (b) the vibration readings of ten reference points agree with the Buyer's portable analyser within the tolerance in Appendix 1; (c) alarms and diagnostic reports are generated correctly for the test cases in Appendix 2; and (d) no Severity 1 defect occurs in the last 20 days of the test run.
P:5.2 When the criteria are met, the Buyer shall issue a Final Acceptance Certificate within ten working days. Installation, commissioning or use of the Equipment in operation does not constitute acceptance.
P:5.3 If the tests fail, the Supplier shall remedy the defects at its own cost and repeat the tests. If the tests fail a second time, the Buyer may reject the affected items and claim a refund.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective items, including batteries that fail before their rated life, and supply software updates free of charge.
P:6.2 The Supplier shall provide support according to the following table:
TB:Severity|Definition|Response|Restoration
TB:Severity 1|Software unavailable, or data lost from a whole clinker line|30 minutes|8 hours
TB:Severity 2|Data lost from a single machine or gateway|2 hours|2 working days
TB:Severity 3|Single sensor fault or question|1 working day|5 working days
P:6.3 The Software shall be available at least 99.98% of each calendar month, excluding maintenance agreed in advance with the Buyer.
P:6.4 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 600. For each 0.01 percentage point by which monthly availability falls short of Clause 6.3, the Supplier shall pay the Buyer CNY 1,000.
P:6.5 After the Warranty Period, the Buyer may order support services for the Equipment and Software at an annual fee of 7% of the Subtotal for Equipment and Software, that is CNY 101,276 per year. The fee is fixed for the first two years after the Warranty Period. Each year of support is ordered separately and does not renew automatically.
P:6.6 The Supplier shall keep spare parts for the Equipment available for at least eight years after Final Acceptance.
H:7. Intellectual Property
P:7.1 The Project Deliverables belong to the Buyer. The Supplier shall deliver them, including the source code of interface programs, on Final Acceptance, and the Buyer may use, modify and license them without restriction.
P:7.2 The Supplier warrants that the Equipment and Software do not infringe third-party rights and shall indemnify the Buyer against any infringement claim.
H:8. Software Licence
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to use the Software at the Linyi plant for an unlimited number of users and monitored machines. The embedded firmware of the Equipment is licensed on the same terms.
H:9. Data Protection and Data Security
P:9.1 All measurement data, machine records, alarms and reports collected or generated by the Equipment and Software belong to the Buyer. The Supplier may use them only to perform this Contract and shall not transfer them outside the Buyer's network or use them for any other purpose.
P:9.2 The edge servers and the Software shall be installed in the Buyer's network. The Supplier may access them remotely only through the Buyer's VPN, with personal accounts approved by the Buyer for each session, and all sessions shall be logged.
P:9.3 The Supplier shall notify the Buyer within 12 hours of any security incident concerning the Buyer's systems or data, take immediate remedial action, and be liable for all losses caused by an incident attributable to the Supplier.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential the Buyer's drawings, process data, production figures and other non-public information and shall not disclose it without the Buyer's prior written consent. This obligation continues for three years after the end of this Contract.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, infringement, breach of Clauses 9 and 10 or wilful misconduct.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the supply or work without the Buyer's prior written consent. The Supplier remains fully responsible for approved subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if the delay damages reach their maximum. The Supplier shall then refund the amounts paid for items not accepted.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Linyi Arbitration Commission for arbitration in Linyi. The award is final and binding.
H:15. Force Majeure
P:15.1 A party prevented from performing by force majeure shall notify the other party promptly, provide evidence within 15 days and take reasonable steps to limit the effects. Time for performance is extended by the period of the force majeure event. If the event lasts more than 90 days, either party may terminate this Contract by written notice.
H:16. General
P:16.1 This Contract is made in English and Chinese; both versions have equal effect. Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

Agreement No. GDS-HZ-2026-04

**Between** Hangzhou Mingqian Tea Industry Co., Ltd., a company registered in Hangzhou, Zhejiang Province, People's Republic of China ("Customer"), **and** Gilan Data Systems Company, a company registered in Rasht, Gilan Province, Islamic Republic of Iran, acting through its service centre in Hangzhou ("Provider").

**Background.** Customer operates a head office, a tea-processing plant, two packing centres and 46 retail shops in Zhejiang and Jiangsu. Customer wishes to outsource the day-to-day operation of its IT environment, and Provider has offered to take it over under the terms below.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2.

1.3 "Charges" means the amounts in Schedule 3.

1.4 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under Section 3.3.

1.5 "Customer Data" means all data of Customer, its employees and its customers that Provider handles in performing the Services.

## 2. Term

2.1 This Agreement starts on signature. The Services run for thirty-six (36) months from the Service Commencement Date (the "Service Term").

2.2 The Service Term does not renew automatically. The parties may extend it only by a written amendment signed by both parties, with charges agreed at that time.

## 3. Transition

3.1 Provider shall take over the Services from Customer's internal team and current suppliers under a transition plan agreed within 15 days after signature. Transition includes asset and configuration inventory, knowledge transfer, set-up of the service desk and monitoring tools, and documentation of all procedures.

3.2 Transition Acceptance criteria: (a) all assets listed in the transition plan are recorded in the configuration database with owner, location and status; (b) monitoring covers every server, network device and shop router; (c) the service desk has handled live tickets for ten consecutive working days in parallel with Customer's team, meeting the Service Levels; and (d) runbooks for every recurring task have been reviewed and approved by Customer.

3.3 When the criteria are met, Customer shall sign a Transition Acceptance certificate within five working days. The start of parallel operation is not acceptance.

3.4 Provider shall achieve Transition Acceptance within 90 days after signature. For each day of delay attributable to Provider, Provider shall pay Customer CNY 1,800, up to CNY 90,000.

## 4. Service Delivery

4.1 Provider shall perform the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 Provider shall assign a named service delivery manager based in Hangzhou and keep at least three engineers on call in Zhejiang for on-site work. Provider shall not replace the service delivery manager without Customer's prior approval, which shall not be unreasonably withheld.

4.3 Provider shall submit a monthly service report by the fifth working day of each month, showing performance against each Service Level, incidents, changes, open problems and recommended improvements, and shall attend a monthly service review with Customer.

4.4 Provider shall follow Customer's change-management procedure. Changes to production systems require Customer's approval, except emergency changes needed to restore service, which shall be reported to Customer on the same day.

4.5 Customer shall give Provider timely access to its sites, systems and documentation, keep hardware and software under manufacturer support where Schedule 1 requires it, and nominate an IT manager as Provider's main contact. Provider is not responsible for a failure to meet a Service Level to the extent it is caused by Customer's failure to do so.

4.6 Provider shall keep the configuration database and the software licence register up to date and shall alert Customer at least 60 days before any manufacturer support contract or software subscription held by Customer expires.

4.7 Each year of the Service Term, Provider shall propose at least three improvement initiatives, with costs and expected benefits, for discussion at the service review.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. They are fixed for the Service Term and include all costs of Provider's personnel, tools, travel and taxes.

5.2 The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears, after Customer has received the monthly service report.

5.3 Customer shall pay each undisputed invoice within 30 days after receipt. Service credits under Schedule 2 are deducted from the invoice of the following month.

## 6. Customer Data

6.1 Customer Data is and remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose or disclose it to any third party.

6.2 At the end of the Service Term, Provider shall return all Customer Data and documentation in its possession to Customer.

## 7. Intellectual Property

7.1 Runbooks, scripts, configuration records, reports and other documents prepared by Provider for Customer under this Agreement belong to Customer, who may use, modify and pass them to any successor provider without restriction.

7.2 Provider retains ownership of its own monitoring and ticketing tools, which it makes available for the Service Term.

## 8. Confidentiality

8.1 Each party shall keep confidential the business information of the other party that it receives under this Agreement, including prices, recipes and processes, supplier and customer lists and sales figures, and shall not disclose it to third parties without the other party's prior written consent. This Section continues to apply for three years after the end of this Agreement.

## 9. Liability

9.1 Provider's total liability under this Agreement is limited to 150% of the total Charges for the Service Term. The limit does not apply to personal injury, wilful misconduct or breach of Section 8.

9.2 Neither party is liable for loss of profit or indirect loss, except in case of wilful misconduct.

## 10. Subcontracting

10.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for the acts and omissions of approved subcontractors as for its own.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after written notice, or if Provider misses the availability Service Level in three consecutive months.

11.2 On any termination or expiry, Provider shall provide exit assistance for up to 90 days at the Monthly Service Charge, pro rata, so that the Services pass to Customer or a successor without interruption.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The award is final.

## 13. General

13.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and resumes performance as soon as possible.

13.2 This Agreement, with its Schedules, is the entire agreement on its subject. Amendments must be in writing.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and portal support in Chinese for about 420 users | 07:00–22:00, seven days |
| End-user computing | Desktops, laptops, printers and shop tills: installation, moves, repairs, patching | Business days, on site next business day |
| Network | Head-office and plant LAN, Wi-Fi, SD-WAN links to 46 shops, firewalls: monitoring and fault management | 24 × 7 monitoring |
| Servers and storage | 38 virtual servers, 2 storage arrays, backup jobs: monitoring, patching, restore tests quarterly | 24 × 7 monitoring |
| Business applications | ERP, point-of-sale and warehouse systems: first-line support and coordination with software vendors | 07:00–22:00, seven days |

## Schedule 2 — Service Levels and Credits

| Service Level | Target | Service credit |
|---|---|---|
| Network availability (head office, plant and packing centres), monthly | 99.7% | 3% of the Monthly Service Charge for each 0.1 percentage point below target |
| Priority 1 incident (plant, packing centre or more than five shops down): response | 15 minutes | CNY 800 for each 15 minutes late |
| Priority 1 incident: restoration | 3 hours | CNY 1,500 for each hour late |
| Priority 2 incident: response | 1 hour | CNY 300 for each hour late |
| Service desk calls answered within 60 seconds, monthly | 92% | 1% of the Monthly Service Charge if missed |

Total service credits in a month are limited to 20% of the Monthly Service Charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Transition Acceptance | 92,000 |
| Monthly Service Charge | 36 months × CNY 58,000 | 2,088,000 |
| **Total Charges for the Service Term** | | **2,180,000** |

Signed for Customer: ____________________ Signed for Provider: ____________________
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. AAD-QD-2026-27

This Data and API Subscription Agreement (the "Agreement") is entered into between:

Qingdao Haifeng Agricultural Trading Co., Ltd., a company registered in Qingdao, Shandong Province, People's Republic of China (the "Customer"); and

Alvand Agri-Data Company, a company registered in Hamadan, Hamadan Province, Islamic Republic of Iran (the "Provider").

The Provider compiles and publishes crop-condition, weather and market-price data for West Asian and Central Asian producing regions of pulses, dried fruit and spices. The Customer imports these products and wishes to receive the data through the Provider's application programming interface (API) to support its purchasing and risk decisions.

1. DEFINITIONS

1.1 "Licensed Data" means the data sets listed in Clause 2.1, as updated by the Provider during the Subscription Term.

1.2 "API" means the Provider's REST interface through which the Licensed Data is delivered, with its documentation.

1.3 "Customer Data" means the Customer's account information, query history, watch lists, uploaded supplier and contract lists, and any other data the Customer or its users submit to the Provider.

1.4 "Subscription Year" means each period starting on the Production Access Date or on an anniversary of it and ending on the day before the next anniversary.

1.5 "Production Access Date" means the date on which the Customer confirms Onboarding Acceptance under Clause 4.3.

2. SUBSCRIPTION

2.1 The Provider shall provide the Customer, for the Subscription Term, with API access to: (a) daily crop-condition indices for 64 producing districts; (b) station weather observations and 15-day forecasts for the same districts; (c) daily wholesale and export prices for chickpeas, lentils, raisins, dried apricots, pistachios and saffron at 18 markets; and (d) weekly harvest and export-volume estimates.

2.2 The subscription covers up to 40 named users and 600,000 API calls per Subscription Year. Calls above that volume are charged at CNY 0.02 per call and are invoiced quarterly in arrears.

2.3 The Subscription Term is two Subscription Years from the Production Access Date.

3. LICENCE AND USE

3.1 The Provider grants the Customer a non-exclusive, non-transferable licence during the Subscription Term to use the Licensed Data for its internal business purposes, including in reports and dashboards shared with its affiliates in the People's Republic of China.

3.2 The Customer shall not resell the Licensed Data or publish it in bulk. Derived figures, charts and analyses that do not allow the Licensed Data to be reconstructed may be used without restriction.

3.3 Dashboards, data models and integration code built by the Provider specifically for the Customer during Onboarding belong to the Customer, who may use, modify and license them freely, including after the Subscription Term.

4. ONBOARDING AND ACCEPTANCE

4.1 The Provider shall, within 45 days after signature, complete Onboarding: provision of production API keys, connection of the Licensed Data to the Customer's data warehouse, configuration of three purchasing dashboards, and two days of training.

4.2 Onboarding Acceptance criteria: (a) all data sets in Clause 2.1 load into the Customer's data warehouse on schedule for ten consecutive business days; (b) a sample of 200 prices, chosen by the Customer, matches the Provider's published source records; (c) the three dashboards display correctly for the Customer's users; and (d) the API meets the response-time targets in Clause 5.3 during the test.

4.3 When the criteria are met, the Customer shall confirm Onboarding Acceptance in writing within five business days. Test access alone is not acceptance.

4.4 If the Provider does not achieve Onboarding Acceptance within the period in Clause 4.1 for reasons attributable to it, the Provider shall pay the Customer CNY 350 for each day of delay, up to CNY 25,000.

5. SERVICE LEVELS

5.1 The API shall be available at least 99.95% of each calendar month, excluding maintenance announced at least three business days in advance.

5.2 Priority 1 incidents (API unavailable, or a data set not updated for more than one scheduled cycle) shall be responded to within 1 hour, at any time, and resolved within 6 hours. Priority 2 incidents shall be responded to within 8 business hours.

5.3 The median API response time shall not exceed 800 milliseconds per calendar month.

5.4 If the Provider misses a level in Clauses 5.1 to 5.3 in a month, the Customer receives a service credit of 5% of the monthly equivalent of the annual fee for each level missed, and a further 5% for each additional 0.1 percentage point of unavailability. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

6. FEES AND PAYMENT

6.1 The fees are:

   Annual Subscription Fee, Subscription Year 1 ...... CNY 264,000
   Annual Subscription Fee, Subscription Year 2 ...... CNY 264,000
   Onboarding fee (one-time, fixed) .................. CNY 36,000
   Total for the Subscription Term ................... CNY 564,000

6.2 The Onboarding fee is invoiced after Onboarding Acceptance. The Annual Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year. Each invoice is payable within 30 days of receipt.

6.3 All fees are in Chinese Renminbi and include VAT. The fees are fixed for the Subscription Term.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the subscription and shall not analyse, sell or share it, or use it in any other way, including in aggregated or anonymised form.

7.2 The Provider shall store Customer Data on servers located in mainland China, encrypt it in transit and at rest, limit access to named support staff using multi-factor authentication, log all access, and apply security patches without undue delay.

7.3 The Provider shall notify the Customer within 24 hours after becoming aware of any breach of security affecting Customer Data, give the Customer all information needed to meet its legal obligations, and bear the losses caused by a breach attributable to the Provider.

7.4 Within 30 days after the end of the Subscription Term, the Provider shall return Customer Data to the Customer and then delete it, and confirm the deletion in writing.

8. DATA QUALITY

8.1 The Provider shall compile the Licensed Data with professional care from the sources described in the API documentation and shall correct any error notified by the Customer within two business days.

8.2 The Provider shall give the Customer at least 60 days' notice before discontinuing any data set or changing the API in a way that is not backward-compatible.

8.3 The Provider shall provide support in English and Chinese through a ticket portal, e-mail and a hotline, publish release notes for every change to the API, and keep a test environment with sample data available to the Customer throughout the Subscription Term.

8.4 The Provider shall name an account manager for the Customer, who shall hold a review meeting with the Customer at least every quarter to discuss data coverage, service performance, incidents and planned changes, and who shall confirm the agreed actions in writing.

8.5 The Customer shall keep its API keys secure, use the API in accordance with its documentation, and inform the Provider without delay of any suspected misuse of its keys.

9. LIABILITY

9.1 Neither party is liable for indirect or consequential loss or loss of profit.

9.2 The Provider's total liability arising out of or in connection with this Agreement is limited to the fees paid or payable by the Customer in the nine (9) months preceding the event giving rise to the claim.

9.3 The limit in Clause 9.2 does not apply to the Provider's liability under Clause 7.3, for infringement of third-party rights, or for wilful misconduct.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract the hosting of the API or of Customer Data, or the compilation of the Licensed Data, without the Customer's prior written consent.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new written order at fees agreed at that time.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. The Customer may also terminate if the API availability falls below the level in Clause 5.1 in three consecutive months.

11.3 On termination for the Provider's breach, the Provider shall refund the fees paid for the period after termination.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing in accordance with its rules. The award is final and binding.

13. GENERAL

13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly.

13.2 Neither party may assign this Agreement without the other party's written consent.

13.3 This Agreement is made in English in two originals, one for each party.

For the Customer: ____________________

For the Provider: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------------
# Labels (designed before any run; buyer's view) and the design list of expected rules per draft.

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

G, S = "goods_or_licence", "service"
DRAFTS = {
    # key: (file, language, category, source, build kind, terms (in TERM_KEYS order), extra, design rules, tco base)
    "h786z01": ("h786z01_grassland_rodent_monitoring_platform.pdf", "zh", "software", Z01, "pdf",
                [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False,
                 "PRC", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=2040000), [], 1168000),
    "h786z02": ("h786z02_clothespin_line_control_retrofit.docx", "zh", "hardware", Z02, "docx",
                [None, 1, True, "buyer", True, True, True, None, None, 20, True, True, 18, 8, False, True, True,
                 "PRC", G],
                dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1540000),
                ["CR-LD-MISSING", "CR-SUBCONTRACT"], 1356000),
    "h786z03": ("h786z03_tattoo_chain_booking_membership_saas.txt", "zh", "cloud", Z03, "text",
                [99.5, 0.5, True, "buyer", True, True, True, 300 / 412000 * 100, 150, None, True, None, None, None,
                 True, True, False, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=412000),
                ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"], None),
    "h786z04": ("h786z04_juvenile_facility_education_system_om.txt", "zh", "services", Z04, "text",
                [None, 0.5, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, False,
                 False, None, S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=486000),
                ["CR-SLA-NO-REMEDY", "CR-TERMINATION"], None),
    "h786z05": ("h786z05_silverware_forging_engraving_tracking_supplier_template.md", "zh", "software", Z05, "text",
                [None, None, False, "supplier", True, True, True, 0.02, None, 65, False, False, 6, 25, False, True,
                 None, "PRC", G],
                dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=True, contract_value=920000),
                ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                 "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], 680000),
    "h786e01": ("h786e01_tabriz_carpet_design_perpetual_licence.pdf", "en", "software", E01, "pdf",
                [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 9, False, True, False,
                 "Iran", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1618000),
                ["CR-GOVERNING-LAW"], 1120000),
    "h786e02": ("h786e02_urmia_cold_chain_inventory_saas_order_form.md", "en", "cloud", E02, "text",
                [99.95, 0.5, True, "buyer", True, False, True, 400 / 408000 * 100, 6 / 24 * 100, None, True, None,
                 None, None, True, True, False, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=408000),
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"], None),
    "h786e03": ("h786e03_ardabil_cement_condition_monitoring_sensors.docx", "en", "hardware", E03, "docx",
                [99.98, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True, False,
                 "PRC", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1644800), [], 1446800),
    "h786e04": ("h786e04_rasht_tea_company_managed_it_services.md", "en", "services", E04, "text",
                [99.7, 0.25, True, "buyer", False, True, True, 1800 / 2180000 * 100, 150, None, True, None, None,
                 None, False, True, False, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2180000),
                ["CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"], None),
    "h786e05": ("h786e05_hamadan_crop_market_data_api_subscription.txt", "en", "cloud", E05, "text",
                [99.95, 1, True, "buyer", True, True, False, 350 / 564000 * 100, 9 / 24 * 100, None, True, None,
                 None, None, False, True, False, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=564000),
                ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"], None),
}
DESIGN_RISK = {"h786z01": "low", "h786z02": "high", "h786z03": "medium", "h786z04": "medium", "h786z05": "high",
               "h786e01": "low", "h786e02": "medium", "h786e03": "low", "h786e04": "high", "h786e05": "medium"}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
# policy §3 thresholds (defaults)
AVAIL, P1_HOURS, LD_MIN, CAP_MIN, PREPAY_MAX, WARRANTY_MIN, PWF_MAX, TCO_MAX, HORIZON = 99.9, 4, 0.05, 100, 30, 12, 15, 40, 5


def tco_share(t, x, base):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def derive_rules(t, x, base):
    """My reading of policy §3 and its section "Where rules apply, and how clauses are read"."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < AVAIL:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > P1_HOURS:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < LD_MIN:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < CAP_MIN:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > PREPAY_MAX:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < WARRANTY_MIN:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > PWF_MAX):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, base)
        if share is not None and share > TCO_MAX:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # every forum in this set is in mainland China except e01's (Tabriz)
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# ----------------------------------------------------------------------------------------------------------------------
# Threshold scan: no text states a threshold figure.

THRESHOLD_PATTERNS = [
    r"99\.90*(?![0-9])\s*%?", r"(?<![0-9.])0?\.050*\s*%", r"万分之五(?![十0-9])", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![0-9.])4\s*(?:个)?\s*(?:小时|hours?|hrs?\b|h\b)", r"四\s*(?:个)?\s*小时", r"(?i)four\s*(?:\(4\)\s*)?hours?",
    r"(?<![0-9.])4\s*-\s*hour", r"(?<![0-9.])100(?:\.0+)?\s*%", r"百分之(?:一)?百", r"(?<![0-9.])30(?:\.0+)?\s*%",
    r"百分之三十(?![一二三四五六七八九])", r"(?<![0-9.])15(?:\.0+)?\s*%", r"百分之十五", r"(?<![0-9.])40(?:\.0+)?\s*%",
    r"百分之四十(?![一二三四五六七八九])", r"(?<![0-9.])12\s*(?:个|自然|个自然)\s*月", r"十二\s*(?:个|自然|个自然)\s*月",
    r"(?i)(?<![0-9.])12[\s-]*(?:calendar\s*)?months?", r"(?i)twelve[\s-]*(?:\(12\)\s*)?(?:calendar\s*)?months?",
    r"(?i)(?<![a-z])one[\s-]*years?", r"一年", r"(?<![0-9.])1\s*年", r"(?i)(?<![0-9.])1[\s-]*years?",
    r"(?<![0-9.])5\s*年", r"五年", r"(?i)(?<![0-9.])5[\s-]*years?", r"(?i)five[\s-]*(?:\(5\)\s*)?years?",
]
MUST_HIT = ["99.9%", "99.9 %", "0.05%", "万分之五", "4小时", "4 个小时", "4 hours", "within 4h", "four (4) hours",
            "4-hour", "100%", "100 %", "百分之百", "30%", "百分之三十", "15%", "百分之十五", "40%", "百分之四十",
            "12个月", "十二个月", "12个自然月", "12 months", "12-month", "twelve (12) months", "twelve calendar months", "one year",
            "一年", "1 year", "5年", "五年", "5 years", "five years", "five (5) years"]
MUST_MISS = ["99.95%", "99.98%", "99.5%", "24小时", "24 hours", "14 hours", "0.15%", "万分之八", "万分之五十", "0.08%",
             "150%", "130%", "115%", "2.5%", "36个月", "2027年12月31日", "十二月", "2025年", "15日", "30日", "40学时",
             "Subscription Year", "one Subscription Year", "anyone years", "none years", "20% 预付", "3.4 hours"]
THRESHOLD_RE = [re.compile(p) for p in THRESHOLD_PATTERNS]


def threshold_hits(text):
    return [m.group(0) for rx in THRESHOLD_RE for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s) and threshold_hits(re.sub(r"\s", "", s)), "must hit: " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


# ----------------------------------------------------------------------------------------------------------------------

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


def label(key):
    name, lang, cat, _src, _kind, terms, extra, _design, _base = DRAFTS[key]
    t = dict(zip(TERM_KEYS, terms))
    x = dict(extra)
    order = ["sla_clause", "ld_stated"] + (["post_warranty_fee_capped"] if t["contract_kind"] == G else []) + \
        ["acceptance_deemed_on_delivery", "contract_value"]
    assert set(order) == set(x), key
    return {"file": name, "language": lang, "category": cat, "expected_terms": t,
            "expected_extra": {k: x[k] for k in order}}


ARITHMETIC = [  # every price sum, payment split and fixed fee stated in the texts
    (1168000 + 726000 + 118000 + 28000, 2040000), (1168000 * 9 // 100, 105120), (20 + 45 + 35, 100),
    (372000 + 304000 + 312000 + 168000 + 200000, 1356000), (1356000 + 148000 + 36000, 1540000),
    (1356000 * 8 // 100, 108480), (20 + 55 + 25, 100),
    (30 * 5800, 174000), (2 * 174000 + 64000, 412000), (4 * 121500, 486000),
    (680000 + 180000 + 60000, 920000), (920000 * 65 // 100, 598000), (920000 * 35 // 100, 322000),
    (680000 * 25 // 100, 170000),
    (1120000 + 286000 + 164000 + 48000, 1618000), (1120000 * 9 // 100, 100800),
    (150 * 1200, 180000), (2 * 180000 + 48000, 408000),
    (240 * 2150 + 180 * 980 + 24 * 9600 + 2 * 68000 + 388000, 1446800), (1446800 + 172000 + 26000, 1644800),
    (1446800 * 7 // 100, 101276), (10 + 55 + 35, 100),
    (36 * 58000, 2088000), (2088000 + 92000, 2180000), (2 * 264000 + 36000, 564000),
]


def main():
    assert all(a == b for a, b in ARITHMETIC), [x for x in ARITHMETIC if x[0] != x[1]]
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    office = {k: v for k, v in DRAFTS.items() if v[4] in ("docx", "pdf")}
    write({k: v[3] for k, v in office.items()}, {k: (v[0], v[4]) for k, v in office.items()}, OUT, wrap_words=True)
    for key, v in DRAFTS.items():
        if v[4] == "text":
            (OUT / v[0]).write_text(v[3], encoding="utf-8")
            print("wrote", v[0])
    covered = set()
    problems = []
    for key, (name, lang, cat, src, kind, terms, extra, design, base) in DRAFTS.items():
        lab = label(key)
        t, x = lab["expected_terms"], lab["expected_extra"]
        rules = derive_rules(t, x, base)
        if rules != sorted(design):
            problems.append((key, "rules", rules, sorted(design)))
        if risk_of(rules) != DESIGN_RISK[key]:
            problems.append((key, "risk", risk_of(rules), DESIGN_RISK[key]))
        covered |= set(rules)
        # no label value on a threshold
        for k, thr in [("availability_pct", AVAIL), ("p1_response_hours", P1_HOURS), ("ld_rate_per_day_pct", LD_MIN),
                       ("liability_cap_pct", CAP_MIN), ("prepayment_pct", PREPAY_MAX),
                       ("warranty_months", WARRANTY_MIN), ("post_warranty_fee_pct", PWF_MAX)]:
            if t[k] is not None and abs(t[k] - thr) < 1e-9:
                problems.append((key, "value on threshold", k))
        share = tco_share(t, x, base)
        if share is not None and abs(share - TCO_MAX) <= 2:
            problems.append((key, "TCO share within 2 points", share))
        text = read_back(OUT / name)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            hits = threshold_hits(variant)
            if hits:
                problems.append((key, "threshold text", hits))
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        print(f"{key}: {n} {'chars' if lang == 'zh' else 'words'}; rules {rules}; risk {risk_of(rules)}"
              + (f"; TCO share {share:.2f}%" if share is not None else ""))
        if not ok:
            problems.append((key, "length", n))
        lab["expected_rules"] = rules
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
    all_rules = set(SEVERITY)
    if covered != all_rules:
        problems.append(("coverage", sorted(all_rules - covered)))
    assert len(all_rules) == 20
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
