"""holdout777: builds the ten held-out draft contracts and their labels, and asserts lengths, thresholds and rules.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .txt/.md are written as they are; .docx/.pdf via
../word_pdf.py. Labels (.json) are written from LABELS below, with one-space indent and no trailing newline.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:某市住房和城乡建设局 既有住宅加装电梯审批与补贴管理平台采购合同（草案）
P:合同编号：ZJJ-ZFCG-2025-0418    采购方式：公开招标（政府采购）
P:甲方（采购人）：某市住房和城乡建设局
P:乙方（供应商）：某市云梯数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方就既有住宅加装电梯审批与补贴管理平台的软件许可、定制开发、数据迁移及实施服务达成如下合同条款。招标文件、投标文件及澄清材料为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供“加梯通”平台软件许可（永久使用，不限用户数），并按甲方需求完成定制开发，覆盖居民申请、业主意见征询、联合审查、施工备案、竣工验收登记、补贴测算与拨付、资金监管及统计分析等全流程。
P:1.2 定制开发内容包括：与市政务服务网“一网通办”的统一身份认证及办件对接，与不动产登记系统、财政国库支付系统、特种设备监管系统的数据接口，以及面向街道、社区的移动端审核功能。
P:1.3 乙方负责将二〇一八年以来的纸质与电子台账共约一万二千余件迁移入平台，并对街道、社区及局机关工作人员开展培训。
P:1.4 平台应支持电脑端、移动端及政务服务一体机访问，界面设计应符合信息无障碍及适老化的相关要求，方便老年居民查询办理进度。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰陆拾捌万元整（¥1,680,000），含税，为固定总价。明细如下：
P:（1）平台软件许可费：¥720,000；
P:（2）定制开发费：¥686,000；
P:（3）数据迁移及接口费：¥178,000；
P:（4）实施及培训费：¥96,000。
P:2.2 上述价款已包含乙方完成本合同全部义务所需的一切费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方付款前，乙方应开具等额合法增值税发票。因财政资金拨付流程导致的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成部署并提交初步验收申请，一百五十日内提交最终验收申请。
P:4.2 乙方应按周向甲方提交进度报告，重大变更须经甲方书面确认。
P:4.3 乙方应组建不少于八人的项目团队，其中项目经理须具有同类政务平台项目经验，并常驻甲方现场直至最终验收；未经甲方同意不得更换项目经理及核心开发人员。
P:4.4 乙方应按甲方要求提交需求规格说明书、系统设计说明书、测试报告、数据迁移报告、培训记录等过程文档，经甲方确认后作为验收依据。
P:4.5 甲方负责提供平台部署所需的政务云资源、网络环境及必要的办公条件，协调各区住建部门、街道及相关委办局配合需求调研和接口联调。
P:4.6 甲方应及时提供历史台账、补贴政策文件及审批流程说明，并指定专人负责项目对接；甲方提供资料延误的，乙方的交付期限相应顺延，但乙方应书面提出。
H:第五条 验收
P:5.1 初步验收标准：招标文件所列功能点全部实现；与一网通办、不动产登记、国库支付系统的接口联调通过；迁移数据逐件核对一致，差错件数为零；在二百个并发用户下，常用页面响应时间不超过三秒。
P:5.2 最终验收标准：平台连续试运行六十日，期间未发生一级故障；通过第三方机构的网络安全等级保护测评及商用密码应用安全性评估；用户手册、运维手册、接口说明及源代码交付齐全。
P:5.3 验收由甲方组织，并出具书面验收报告。平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应于十五日内整改并重新提交验收。
P:5.4 验收所需的第三方测评费用已包含在合同总价中，由乙方负责委托并承担。
H:第六条 质量保证与维护
P:6.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及技术支持。
P:6.2 质保期满后，如甲方续签维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过¥57,600），且该费率在质保期满后三年内不上调。维护合同按年签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.98%（计划内维护除外，计划内维护须提前三个工作日通知甲方）。
P:7.2 一级故障（平台整体不可用或补贴拨付功能中断）：乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障：2小时内响应，24小时内解决。
P:7.3 乙方未达到上述响应或恢复时限的，每超时一小时扣减当期维护费或质保金¥1,000；月度可用率每低于约定值0.01个百分点，扣减¥2,000。
H:第八条 知识产权
P:8.1 “加梯通”平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序、接口、移动端功能、数据库脚本及相关文档的知识产权归甲方所有，乙方应交付全部源代码，甲方可自行或委托第三方修改、使用。
H:第九条 数据安全
P:9.1 平台中的居民申请材料、业主信息、补贴资金数据等全部数据属于甲方，乙方不得用于本合同以外的任何目的，不得留存副本。
P:9.2 乙方应按照网络安全等级保护第三级要求落实安全措施，远程运维须经甲方审批并通过堡垒机进行，全程留痕。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第十条 保密
P:10.1 双方对在履行本合同过程中知悉的对方商业秘密、工作秘密及居民个人信息负有保密义务，未经对方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
P:10.2 乙方应与参与本项目的全部人员签订保密承诺书，并在项目结束时收回其持有的项目资料。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的平台不符合合同约定且经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十二条 分包
P:12.1 乙方不得将本合同项下任何工作分包或转包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，双方可协商解除合同。
P:13.3 合同解除的，乙方应在十五日内向甲方移交已完成的开发成果、文档及平台全部数据。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。
P:15.2 招标文件、投标文件与本合同条款不一致的，以本合同条款为准；本合同条款未约定的，以对甲方更有利的文件为准。
P:15.3 双方项目联系人及通知地址见附件，一方变更联系人的，应提前书面通知对方。
P:15.4 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：________    乙方（盖章）：________
"""

Z02 = """T:电风扇电机绕线及总装产线控制系统改造合同（草案）
P:合同编号：FS-GZ-2025-067
P:甲方：某市清风电器制造有限公司
P:乙方：某市恒拓自动化工程有限公司
P:甲方拟对其二号厂房的电机绕线工段及整机总装线实施控制系统改造，乙方经比选确定为供应商。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 绕线工段：对现有十二台电机定子绕线机进行数控化改造，加装伺服张力控制、匝数计数及断线检测，实现工艺配方下发与绕线数据采集。
P:1.2 总装线：更换六条总装线的PLC控制系统及人机界面，实现工位节拍控制、扭矩拧紧数据采集、防错料校验及安灯呼叫。
P:1.3 检测工位：新增四个视觉检测工位，对扇叶装配、网罩卡扣及铭牌进行在线检测，并与产线控制系统联动剔除不良品。
P:1.4 软件：提供产线控制软件（MES轻量版）许可，并定制开发工艺配方管理、生产看板及与甲方ERP系统的工单接口。
P:1.5 拆除与恢复：乙方负责拆除原有控制柜、操作台及相关线缆，拆除物资经双方清点后交还甲方，并恢复因施工受影响的照明、压缩空气等公用设施。
P:1.6 培训：乙方应对甲方设备、工艺及维修人员分批开展现场培训，使其能够独立完成日常操作、配方维护、程序备份及一般故障排查，并提供中文操作手册及维修手册。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰叁拾陆万元整（¥2,360,000），含税。价格明细见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|绕线机数控改造套件|12套|58,000|696,000
TB:2|总装线PLC及人机界面|6套|86,000|516,000
TB:3|视觉检测工位|4套|72,000|288,000
TB:4|产线控制软件许可（永久）|1套|318,000|318,000
TB:|设备及软件小计|||1,818,000
TB:5|安装调试|1项|296,000|296,000
TB:6|定制开发（配方管理、看板、ERP接口）|1项|186,000|186,000
TB:7|培训|1项|60,000|60,000
TB:|合计|||2,360,000
P:2.2 合同总价包含设备、软件、运输、保险、安装、调试、培训及税费，乙方不得另行收费。
P:2.3 合同履行期间，甲方要求增加或减少改造内容的，双方应另行签订书面变更协议，变更部分的价款参照本合同单价确定；无对应单价的，由双方协商确定。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并安装完成、经甲方签收后，甲方支付合同总价的55%。到货签收仅确认数量与外观，不视为质量验收。
P:3.3 项目最终验收合格后，甲方支付合同总价的25%。
P:3.4 乙方应在每次付款前开具合法有效的增值税专用发票。
H:第四条 进度与停产窗口
P:4.1 乙方应于合同生效后四十五日内完成设备到货，并利用甲方安排的停产窗口分批完成改造，全部改造应于合同生效后一百日内完成。
P:4.2 每条产线改造停线时间不得超过七十二小时，乙方应提前提交切换方案并经甲方书面确认。因乙方原因超出停线时间造成甲方停产损失的，由乙方赔偿。
P:4.3 乙方应指定一名具有同类产线改造经验的项目经理全面负责现场实施，每周向甲方提交进度周报，说明已完成工作、下周计划、存在问题及需甲方配合的事项。
P:4.4 甲方负责提供改造所需的电源接入点、压缩空气接口及设备临时存放场地，并提前通知乙方停产窗口安排；甲方原因导致停产窗口推迟的，乙方的完成期限相应顺延。
H:第五条 验收
P:5.1 验收标准：绕线匝数误差为零，断线检测漏报为零；总装线节拍达到每件不超过二十八秒；扭矩数据逐件采集、无缺漏；视觉检测误判率不高于千分之三；配方下发、看板及ERP工单接口功能按技术协议全部实现；全线连续试生产二十日无停线故障。
P:5.2 验收由甲方组织，乙方配合，验收合格后双方签署最终验收报告。设备通电运行或甲方投入试生产，均不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内整改并重新申请验收，整改费用由乙方承担。
P:5.4 乙方应在申请验收前向甲方提交电气原理图、接线图、PLC程序清单、设备合格证及说明书、操作手册及培训记录；资料不齐全的，甲方可暂缓组织验收。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，并免费提供软件缺陷修复。
P:6.2 设备出现故障时，甲方通知乙方后，乙方应尽快安排技术人员处理，并尽力减少对甲方生产的影响。
P:6.3 质保期满后，甲方可委托乙方提供维保服务，维保年费为设备及软件小计的9%（即每年¥163,620），在质保期满后三年内保持不变。维保服务按年另行签订，不自动续期。
H:第七条 知识产权
P:7.1 产线控制软件标准版本的知识产权归乙方所有，乙方授予甲方在本厂区内永久使用的许可。
P:7.2 乙方为本项目编写的PLC程序、人机界面组态、视觉检测算法参数、配方管理及看板程序、ERP接口程序的知识产权归甲方所有，乙方应交付源程序及注释，甲方可自行修改或委托他人修改。
H:第八条 数据安全
P:8.1 产线运行中产生的工艺参数、产量、质量及设备数据属于甲方，乙方不得用于本合同以外的目的，不得向第三方提供。
P:8.2 乙方远程访问甲方生产网络须经甲方逐次审批，并通过甲方指定的安全网关进行；乙方不得在产线控制系统中设置后门或未经申报的远程通道。
P:8.3 因乙方原因导致甲方数据泄露、损毁或生产网络被攻击的，乙方应在发现后2小时内通知甲方，配合处置并承担由此造成的损失。
P:8.4 项目完成后，乙方应删除其在调试过程中获取并保存在自有设备上的甲方数据副本，并向甲方书面确认。
H:第九条 保密
P:9.1 乙方对在项目中知悉的甲方产品设计、工艺文件、生产数据、客户及价格信息负有保密义务，未经甲方书面同意不得披露。保密义务在合同终止后三年内有效。
P:9.2 乙方应要求参与本项目的人员遵守本条约定，并对其人员违反保密义务的行为承担责任。
H:第十条 违约责任
P:10.1 乙方逾期完成改造或逾期提交验收的，每逾期一日按合同总价的千分之一支付违约金。
P:10.2 乙方违反第八条、第九条约定的，应赔偿甲方全部损失。
H:第十一条 分包
P:11.1 乙方可将现场电气布线、桥架安装等辅助工作分包给具有相应资质的单位，但应在进场前书面通知甲方，并对分包单位的工作质量和安全承担责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内未予纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 因不可抗力致使合同无法继续履行的，双方可协商解除合同，并按已完成并经确认的工作量结算。
H:第十三条 安全生产
P:13.1 乙方人员进入甲方厂区应遵守甲方安全生产及现场管理制度，因乙方人员违章作业造成的人身伤害及财产损失由乙方承担。
P:13.2 乙方应为其现场人员办理意外伤害保险，电工、登高等特种作业人员须持证上岗；动火、带电作业须事先办理甲方作业审批。
P:13.3 乙方每日施工结束应清理现场，全部改造完成后恢复因施工损坏的地面、墙面及设施。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地仲裁委员会仲裁。
H:第十五条 其他
P:15.1 技术协议为本合同附件，与本合同具有同等效力。技术协议与本合同条款不一致的，以本合同条款为准。
P:15.2 双方联系人及通知地址见技术协议；一方变更的，应在三日内书面通知对方。本合同未尽事宜，双方可另行签订补充协议。
P:15.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：________    乙方（盖章）：________
"""

Z03 = """连锁冰球培训门店预约及会员管理SaaS服务合同（草案）

合同编号：BQ-SaaS-2025-031
甲方：某冰上运动文化发展有限公司（下称“甲方”，在全国运营45家冰球培训门店）
乙方：某市冰程云科技有限公司

一、服务内容
（一）乙方通过其“冰程云”SaaS平台向甲方45家门店提供课程预约、冰场时段排期、教练排班、会员卡及储值管理、体测档案、赛事报名、家长端小程序及经营报表等服务。
（二）乙方负责平台实施，包括门店及课程数据初始化、会员数据迁移、与甲方财务系统和支付渠道的对接、小程序品牌化配置及总部与门店人员培训。
（三）服务期为两个服务年度，第一个服务年度自平台上线验收合格之日起算。
（四）乙方应为甲方指定一名客户成功经理，负责需求对接、版本发布沟通、服务报告及门店使用情况回访。
（五）服务期内乙方免费提供平台的常规版本升级，新版本上线前应提前五个工作日通知甲方，说明变更内容及对门店操作的影响；涉及收费规则、会员权益计算的变更，须经甲方确认后方可上线。
（六）平台应支持总部、区域及门店三级权限管理，总部可统一设置课程体系、价格政策及会员权益，门店仅能查看和处理本店数据。

二、费用与支付
（一）订阅费：每店每服务年度人民币9,600元，45家门店每服务年度合计432,000元，两个服务年度合计864,000元。
（二）实施费：一次性人民币186,000元。
（三）合同总价：人民币1,050,000元（含税）。
（四）实施费在平台上线验收合格后十五个工作日内支付；每一服务年度的订阅费在该服务年度开始后十五个工作日内支付。
（五）服务期内新增门店的，按每店每服务年度9,600元按月折算计费。
（六）乙方应在每次收款前向甲方开具合法有效的增值税专用发票，发票信息有误的，甲方可退回并顺延付款。
（七）服务期内订阅费单价不作调整；除本条所列费用外，乙方不得以短信通道、存储空间或接口调用等名义另行向甲方收取费用。

三、实施与验收
（一）乙方应在合同签订后六十日内完成实施并提交上线验收申请。
（二）验收标准：
1. 预约、排期、排班、会员卡、储值、体测、赛事报名及报表功能按需求清单全部可用；
2. 迁移的会员、储值余额及课时数据与甲方原系统逐条核对一致；
3. 与财务系统及支付渠道的对账结果连续十日无差异；
4. 在一千个并发预约请求下，预约提交响应时间不超过两秒；
5. 家长端小程序已通过微信平台审核并以甲方品牌正式发布。
（三）甲方在收到验收申请后十个工作日内组织验收并出具书面意见；试用、门店使用或付款均不视为验收合格。
（四）乙方逾期完成上线验收的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（五）实施期间，乙方应按周提交实施进度报告；甲方应指定项目负责人，协调各门店配合课程、会员及储值数据的整理核对。
（六）培训：乙方应分别为总部管理人员、门店店长、前台及教练提供线上培训和现场培训，并提供操作手册和视频教程；服务期内新入职人员可免费参加乙方的定期线上培训。

四、服务水平
（一）平台月度可用率不低于99.5%，计划内维护应安排在凌晨零时至六时并提前两个工作日通知。
（二）故障分级与响应：
1. 一级故障（平台无法登录、预约或支付中断）：1小时内响应，6小时内恢复；
2. 二级故障（部分功能异常）：2小时内响应，24小时内解决；
3. 三级故障（咨询及一般问题）：1个工作日内答复。
（三）服务补偿：月度可用率低于约定值的，按当月订阅费的5%抵扣；一级故障每超时一小时，按当月订阅费的1%抵扣，单月抵扣合计不超过当月订阅费的五成。
（四）乙方应提供全天候故障报修热线及在线工单渠道，并于每月十日前向甲方提交上月服务报告，载明可用率、故障处理情况及服务补偿计算结果。
（五）可用率按每月总分钟数扣除计划内维护时间后计算，以乙方监控记录为准，甲方有异议的，双方共同核查日志确定。

五、数据
（一）甲方及其会员在平台中产生的会员资料、预约记录、体测档案、交易数据等业务数据归甲方所有。
（二）甲方同意，乙方可对上述数据进行脱敏和汇总处理后，用于冰雪运动行业分析、平台产品改进及向其他客户提供行业对标报告，该使用权在本合同终止后继续有效。
（三）数据安全：乙方应将数据存储于中国境内，落实访问控制、加密传输与存储、操作日志留存不少于六个月等措施，平台应通过网络安全等级保护第三级测评；会员个人信息的处理应符合《个人信息保护法》。发生数据泄露等安全事件的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式导出全部业务数据交付甲方，并在甲方确认后删除。
（五）乙方应每日对甲方业务数据进行备份，并每半年开展一次恢复演练，演练结果纳入当月服务报告。
（六）乙方人员访问甲方业务数据须经内部审批并留存操作记录，甲方可要求乙方提供相关记录以供核查。

六、知识产权
（一）“冰程云”平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、报表模板及与财务系统的接口程序，知识产权归甲方所有，甲方可自行或委托第三方修改使用。
（三）乙方保证其提供的平台及服务不侵犯任何第三方的知识产权；因此引起第三方索赔的，由乙方负责处理并承担由此产生的全部费用。

七、保密
双方对履约中知悉的对方商业秘密及会员个人信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后继续有效。已经公开的信息或依法须向监管机关披露的信息不受本条限制，但披露方应事先通知对方。

八、续期
服务期届满前三十日双方均未书面提出不续期的，本合同自动续期一个服务年度，以此类推。续期时乙方有权根据市场情况调整订阅费单价，并在续期前十五日以书面或系统公告方式通知甲方，调整后的价格自续期之日起适用。

九、分包
乙方不得将本合同项下的服务分包给第三方，确需分包的须事先取得甲方书面同意。

十、违约与解除
（一）乙方严重违反本合同约定，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，并要求乙方退还未履行期间的订阅费、赔偿损失。
（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
（三）合同终止或解除后，乙方应按第五条第（四）项的约定配合甲方完成数据导出及向新平台的迁移。
（四）因不可抗力致使合同不能履行的，受影响方应及时通知对方并在合理期限内提供证明，双方可协商延期履行或解除合同。

十一、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。争议解决期间，乙方不得以存在争议为由暂停或降低服务，双方应继续履行本合同中不涉及争议的部分。

十二、其他
双方的通知以书面形式送达合同首部所列地址，或发送至双方确认的电子邮箱。需求清单、实施计划及门店清单为本合同附件，与本合同具有同等效力。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：              乙方（盖章）：
"""

Z04 = """某县农业农村局
农机购置补贴审核管理系统年度运维服务合同（草案）

项目编号：NNJ-CS-2025-012
采购方式：竞争性磋商
甲方：某县农业农村局
乙方：某市禾丰信息技术有限公司

第一章 服务范围与期限
第一条 乙方为甲方的农机购置补贴审核管理系统提供年度运维服务，包括：系统日常巡检、故障处理、数据库维护与备份、补贴申请高峰期驻场保障、操作系统及中间件补丁更新、与省级农机补贴辅助管理系统的接口维护、补贴兑付数据核对支持、用户咨询及培训。服务对象包括局机关、各乡镇农业服务中心及农机推广站的系统用户。
第二条 服务期自2025年3月1日起至2026年2月28日止。
第三条 乙方应安排一名项目负责人及两名运维工程师组成服务团队，其中一名运维工程师在每年补贴申请集中受理期（三月至六月）驻场服务；人员变更须经甲方同意。项目负责人应具有三年以上政务信息系统运维管理经验，运维工程师应熟悉系统所用的操作系统、数据库及中间件，并能独立完成日常维护和故障处理。驻场人员应遵守甲方的考勤及办公管理规定，按甲方工作时间在岗，节假日期间应安排人员值守并保持通讯畅通。

第二章 服务费用与支付
第四条 本合同服务费总额为人民币肆拾陆万捌仟元整（¥468,000），含税，包括人工、差旅、工具及备品费用。服务期内服务费不作调整，乙方不得以任何名义另行收取费用。
第五条 服务费按季度支付，每季度¥117,000。每季度结束后，甲方依据第九条对乙方服务进行季度考核，考核合格后二十个工作日内支付该季度服务费；考核扣减的金额从当季服务费中扣除。乙方应在每次付款前向甲方开具合法有效的发票；甲方付款受财政资金拨付进度影响的，付款时间相应顺延。
第六条 本合同不设预付款。

第三章 服务要求
第七条 巡检与维护：
（一）乙方每周对系统进行一次巡检，每月提交运维月报；每日进行数据库增量备份、每周全量备份，并每季度开展一次恢复演练；
（二）乙方应对服务器、存储、数据库、中间件及网络设备的运行状态进行监测，发现异常及时处置，并在运维日志中完整记录处理过程；
（三）乙方应根据补贴政策调整及甲方业务需要，对系统参数、审核规则配置及统计报表模板进行调整，一般调整应在甲方提出后三个工作日内完成，新功能开发不属于本合同服务范围；
（四）乙方应在每年补贴申请集中受理期开始前二十日完成系统性能检查和压力测试，提交高峰期保障方案，经甲方确认后实施；
（五）乙方应在操作系统、数据库及中间件补丁发布后及时评估，经甲方同意后在测试环境验证并安排在非业务时段更新。
第八条 故障响应：
（一）一级故障（系统无法访问、补贴申请或审核功能中断）：乙方接报后30分钟内响应，2小时内到场，6小时内恢复系统运行；
（二）二级故障（部分功能异常、接口数据延迟）：1小时内响应，12小时内解决；
（三）三级故障（一般问题及咨询）：1个工作日内答复处理；
（四）一级、二级故障处理完毕后，乙方应在三个工作日内提交故障分析报告，说明故障原因、处理过程及防范措施，同类故障反复发生的，乙方应提出整改方案并限期落实。
第九条 季度考核：甲方按运维服务考核细则对乙方进行季度考核，考核内容包括巡检及备份完成情况、故障响应与处理时效、月报质量、用户满意度。一级故障响应或恢复每超时一小时扣减当季服务费¥1,500；二级故障每超时一小时扣减¥500；巡检或备份每缺一次扣减¥800。考核结果由甲方书面通知乙方，乙方有异议的，可在收到通知后五个工作日内申请复核，甲方应在复核后作出最终考核结论。
第十条 服务验收：服务期满后，乙方提交年度运维总结报告、巡检及备份记录、故障处理台账及系统现状说明，甲方依据四个季度考核结果及上述材料进行年度验收，并出具验收意见。年度验收发现问题的，乙方应在甲方指定的期限内完成整改。

第四章 数据安全
第十一条 系统中的农户身份信息、银行账户、农机购置发票及补贴审核数据均属于甲方，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
第十二条 乙方应遵守网络安全等级保护第三级要求及甲方的运维安全管理制度：运维操作须通过甲方堡垒机进行并全程录像；账号实行最小权限、专人专用；严禁将数据导出至外部设备或互联网。乙方人员离场或变更时，应在当日注销或移交其运维账号。
第十三条 发生数据泄露、篡改、丢失或系统遭受攻击等安全事件的，乙方应在1小时内向甲方报告，并配合开展应急处置与调查；因乙方原因造成的，乙方承担相应赔偿责任。

第五章 知识产权
第十四条 乙方在服务过程中为甲方编写的运维脚本、巡检工具配置、运维文档及接口维护程序，其知识产权归甲方所有。乙方应在服务期满或合同解除时将上述成果连同说明文档一并移交甲方，甲方可自行或委托他人使用、修改。

第六章 违约责任
第十五条 乙方未按第七条完成巡检、补丁更新或恢复演练，经甲方书面催告后仍未完成的，每逾期一日按合同总价的千分之二支付违约金。
第十六条 乙方累计承担的赔偿责任（含违约金及考核扣减）以合同总价的50%为限，但因乙方故意或重大过失造成数据安全事件的除外。
第十七条 乙方不得将本合同项下的服务转包或分包给第三方。

第七章 合同解除
第十八条 乙方严重违约，或季度考核连续两次不合格的，甲方有权书面通知解除本合同，并按实际服务期间结算服务费。甲方因机构调整或预算变化确需提前终止服务的，应提前三十日书面通知乙方，并按乙方已完成的服务结算费用。
第十九条 服务期满本合同自然终止，不自动续期；甲方如需继续采购，按政府采购程序另行办理。服务期满或合同解除时，乙方应在十日内完成运维交接，移交全部账号、文档及脚本，并配合甲方或新的服务供应商完成系统环境、配置及故障台账的说明；交接完成前，乙方应继续保障系统正常运行。

第八章 争议解决
第二十条 因本合同发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。争议期间，乙方不得以存在争议为由中断运维服务，双方应继续履行不涉及争议的条款。

第九章 其他
第二十一条 磋商文件、乙方响应文件及运维服务考核细则为本合同组成部分。上述文件与本合同条款不一致的，以本合同条款为准。
第二十二条 不可抗力：因自然灾害、公共卫生事件等不可抗力致使一方不能履行本合同的，该方应及时通知对方并提供证明，根据影响程度部分或全部免除责任；不可抗力消除后，乙方应尽快恢复服务。
第二十三条 通知：双方在履行本合同过程中的通知、考核结果及整改要求，应以书面形式送达对方项目联系人，紧急情况下可先以电话或即时通讯方式告知，并于次日补送书面文件。
第二十四条 廉洁：乙方及其人员不得向甲方工作人员提供礼品、礼金、宴请或其他不正当利益；违反本条的，甲方有权解除本合同。
第二十五条 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。
第二十六条 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：              乙方（盖章）：
日期：                      日期：
"""

Z05 = """# 锤迹™ 锻打抛光工序追踪系统 软件许可及定制开发合同

**（乙方标准合同文本 V3.0，适用于工艺品制造企业客户）**

合同编号：CJ-STD-2025-0916

甲方（客户）：某市铜韵工艺品厂

乙方（供应商）：某市锤迹软件科技有限公司

鉴于乙方拥有“锤迹”锻打抛光工序追踪系统的全部权利，甲方希望使用该系统管理其铜器锻打、錾刻、抛光及着色工序，双方按照乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“锤迹”工序追踪系统V3企业版软件许可，包括工单管理、坯料批次追踪、锻打工时与火次记录、抛光等级判定、工位扫码报工、返工追溯及统计报表模块。

1.2 乙方按甲方需求进行定制开发，内容为：铜器品类工艺路线模板、匠人计件工资核算、与甲方现有进销存系统的订单接口、车间看板。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

1.4 系统运行所需的服务器、操作系统、数据库、扫码终端及网络环境由甲方自行准备，并应符合乙方发布的《运行环境配置要求》。因运行环境不符合要求导致系统无法正常运行的，乙方不承担责任。

1.5 本合同项下的软件许可为在甲方厂区内使用的永久许可，甲方不得转让、出租或再许可给任何第三方，亦不得超出约定的并发用户数使用；增加用户数的，按乙方届时报价另行购买。

1.6 乙方为甲方提供两次集中操作培训，培训对象为甲方车间主任、班组长及系统管理员，培训地点在甲方厂区。超出上述次数的培训，乙方可另行收费。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 锤迹工序追踪系统V3企业版软件许可（50个并发用户） | 860,000 |
| 2 | 定制开发（工艺路线模板、计件核算、订单接口、车间看板） | 220,000 |
| 3 | 安装部署、数据初始化及培训 | 80,000 |
| | 合计 | 1,160,000 |

合同总价为人民币壹佰壹拾陆万元整（¥1,160,000），含税。上述价格不含扫码终端、服务器等硬件设备，亦不含第三方数据库软件的授权费用。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%。

3.2 系统上线后十个工作日内，甲方支付合同总价的剩余35%。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

3.4 乙方在收到每笔款项后十个工作日内向甲方开具等额增值税普通发票。甲方需要专用发票的，应在合同签订时书面提出。

## 第四条 交付与上线

4.1 乙方在收到首期款后七十日内完成安装部署及定制开发，并通知甲方上线。

4.2 系统上线运行后，即视为甲方验收合格。甲方对功能有异议的，可在上线后七日内以书面方式向乙方反馈，乙方酌情优化，但不影响验收结论及付款义务。

4.3 甲方应在乙方进场前提供产品编码、铜器品类、工艺路线、工位设置及匠人名册等基础数据，并指定一名系统管理员配合实施。因甲方资料提供延误或现场条件不具备导致上线推迟的，交付期限相应顺延。

4.4 甲方在实施过程中提出超出第一条约定范围的需求，视为需求变更，由乙方另行评估工作量和报价，经双方书面确认后实施。

4.5 上线前，乙方在甲方环境中对工单、报工、返工追溯及计件核算等主要流程进行演示，甲方应安排车间人员参加并配合录入试运行数据。

## 第五条 知识产权

5.1 “锤迹”系统及其全部组成部分的知识产权归乙方所有。

5.2 乙方为甲方定制开发的工艺路线模板、计件核算程序、订单接口及车间看板，其知识产权（包括著作权及源代码）均归乙方所有。甲方在许可期内享有非独占的使用权，不得修改、反编译或提供给第三方使用。乙方有权将定制成果用于其他客户。

## 第六条 质保与维护

6.1 免费质保期为六个月，自系统上线之日起计算。质保期内乙方提供远程缺陷修复和操作咨询。

6.2 质保期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的25%，即每年人民币215,000元，按年预付。未购买维护服务的，乙方不再提供补丁及升级。

6.3 下列情形不属于质保范围：甲方操作不当或擅自修改系统配置；运行环境、操作系统或第三方软件变化；病毒、停电等外部原因造成的故障。乙方处理上述问题的，可按人天另行收费。

## 第七条 技术支持

7.1 乙方通过服务热线、远程协助方式提供技术支持，服务时间为工作日九时至十七时。

7.2 一级故障（系统无法使用、报工中断）：乙方在接到甲方报修后8小时内响应，并尽快恢复；二级及以下故障：乙方在2个工作日内响应。

7.3 乙方将尽合理努力减少故障对甲方生产的影响。

7.4 甲方应指定系统管理员统一向乙方报修，并如实描述故障现象、提供截图或日志。需要现场服务的，由乙方根据情况安排，差旅费用由甲方承担。

## 第八条 数据安全

8.1 甲方在系统中录入和产生的工单、工艺、工时、计件及客户订单数据归甲方所有，乙方仅为提供本合同服务而访问，不得用于其他目的。

8.2 乙方远程维护须事先取得甲方同意并使用甲方提供的账号，操作留存日志；乙方应采取防病毒、访问控制和备份等必要措施保障系统数据安全。发生数据泄露或丢失等事件的，乙方应在24小时内通知甲方并协助处理，因乙方原因造成的，乙方承担相应赔偿责任。

8.3 甲方应按乙方建议每日备份系统数据，并妥善保管系统管理员账号和密码。

## 第九条 保密

9.1 双方对在合作中获知的对方技术资料、经营信息及价格信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后三年。

9.2 已经公开的信息、接收方在披露前已合法掌握的信息，以及依法须向政府部门披露的信息，不受前款限制。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金。

10.2 任何一方违反保密或数据安全义务给对方造成损失的，应予赔偿。

10.3 乙方根据甲方提供的资料完成配置，因甲方提供的资料错误导致的计件核算差错，由甲方自行承担。

## 第十一条 合同解除

11.1 任何一方严重违约，经守约方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 因甲方原因解除合同的，已支付款项不予退还。

## 第十二条 不可抗力

12.1 因地震、火灾、疫情、政府行为等不可抗力导致无法履行的，受影响方不承担违约责任，但应及时通知对方并提供证明。

12.2 不可抗力持续超过六十日致使合同目的无法实现的，任何一方可书面通知解除本合同，双方按已完成的工作结算。

## 第十三条 争议解决

13.1 本合同适用中华人民共和国法律。因本合同引起的争议，提交乙方所在地仲裁委员会仲裁。

## 第十四条 其他

14.1 本合同为乙方标准文本，双方的补充约定以书面附件为准。

14.2 双方的通知以书面形式送达本合同首部所列地址或双方确认的电子邮箱。本合同附件包括：需求确认书、报价单及培训计划。

14.3 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：__________　　乙方（盖章）：__________
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT (DRAFT)
P:Agreement No. AZL-CN-2025-044
P:Buyer: Foshan Mulin Home Furnishing Co., Ltd., a company incorporated in the People's Republic of China ("Buyer").
P:Supplier: Azal Logistics Software Co., a company registered in Sanaa, Republic of Yemen ("Supplier").
P:The Buyer wishes to acquire a perpetual licence to the Supplier's warehouse management system together with implementation, data migration and training services for its two finished-goods warehouses in Foshan. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Supplier's AzalWMS warehouse management system, version 7, including the yard, slotting, wave-picking, cycle-count and labelling modules.
P:1.2 "Custom Deliverables" means all interfaces, reports, label templates, scripts and configurations written or prepared by the Supplier for the Buyer under this Agreement.
P:1.3 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 5.
P:1.4 "Go-Live" means the first day on which both warehouses run receiving, put-away, picking and shipping in the Software for live orders.
P:1.5 "Documentation" means the user manuals, administrator guides, interface specifications and operating procedures for the Software and the Custom Deliverables, in English and Chinese.
H:Article 2 Scope
P:2.1 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software for 180 named users and unlimited handheld scanners at any site of the Buyer and its affiliates in mainland China.
P:2.2 The Supplier shall implement the Software, build interfaces with the Buyer's ERP and transport management systems, migrate open orders, stock balances and location master data, and train key users and warehouse staff.
P:2.3 The Supplier shall appoint a project manager who speaks Chinese or works with a qualified interpreter, prepare a project plan within 15 working days after signature, and report progress to the Buyer every week. Changes to the agreed scope, plan or key staff require the Buyer's written approval.
P:2.4 The Buyer shall provide servers, network access, handheld scanners, label printers and a project team, and shall make key users available for workshops, tests and training as agreed in the project plan. If the Buyer's delay prevents the Supplier from performing, the affected dates shall be extended accordingly, provided that the Supplier notifies the Buyer in writing without delay.
H:Article 3 Price and Payment
P:3.1 The Contract Price is CNY 1,940,000, inclusive of VAT, made up of: Licence Fee CNY 1,150,000; implementation and interfaces CNY 520,000; data migration CNY 168,000; training CNY 102,000.
P:3.2 The Buyer shall pay 10% of the Contract Price within 20 days after signature against the Supplier's invoice and an advance payment guarantee of the same amount.
P:3.3 The Buyer shall pay 55% of the Contract Price within 20 days after Go-Live of both warehouses. Go-Live is not acceptance.
P:3.4 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:3.5 Before each payment the Supplier shall issue a valid invoice or fapiao for the amount due. Payments are made by bank transfer in CNY. Each party bears its own bank charges, and any withholding tax required by PRC law shall be withheld by the Buyer and the tax certificate given to the Supplier.
P:3.6 The Contract Price is fixed and covers all travel, accommodation, tools and expenses of the Supplier's personnel.
H:Article 4 Delivery and Delay
P:4.1 The Supplier shall achieve Go-Live within 100 days and submit the system for Final Acceptance within 160 days after signature.
P:4.2 If the Supplier is late, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of delay damages does not release the Supplier from its obligations.
H:Article 5 Acceptance
P:5.1 Final Acceptance requires that: all functions in the agreed specification pass the test scripts; migrated stock balances reconcile to the ERP by location and SKU with no difference; picking throughput reaches 1,200 order lines per hour in a volume test; and the system runs for 30 consecutive days after Go-Live without a Severity 1 incident.
P:5.2 The Buyer shall issue the acceptance certificate or a written list of defects within 10 working days after the Supplier's request. Use of the Software in production does not by itself mean acceptance.
P:5.3 If the Software fails any acceptance test, the Supplier shall correct the defects at its own cost and repeat the test within 15 days. The Buyer may take part in all tests and may ask for additional test cases that reflect its normal operations.
H:Article 6 Warranty, Support and Service Levels
P:6.1 The Supplier warrants the Software and the Custom Deliverables for 18 months after Final Acceptance and shall correct any defect free of charge during that period.
P:6.2 Severity 1 incidents (a warehouse cannot receive, pick or ship) shall be responded to within 1 hour and resolved or worked around within 8 hours, at any time of day. Severity 2 incidents shall be responded to within 2 hours on working days.
P:6.3 For each full hour by which a Severity 1 response or resolution target is missed, the Supplier shall credit CNY 1,500 against the next support invoice or, during the warranty, pay it to the Buyer.
P:6.4 After the warranty, the Buyer may order annual support at 10% of the Licence Fee per year (CNY 115,000), fixed for the first three support years. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Supplier.
P:7.2 The Custom Deliverables belong to the Buyer upon creation. The Supplier shall deliver their source code and documentation, and the Buyer may use, modify and license them freely.
P:7.3 The Supplier warrants that the Software, the Custom Deliverables and the Documentation do not infringe the rights of any third party. If a third party claims otherwise, the Supplier shall defend the Buyer at its own cost and indemnify it against resulting costs and damages, and may obtain the right for the Buyer to continue using the affected item or replace it with a non-infringing equivalent.
H:Article 8 Buyer Data and Data Security
P:8.1 All data entered into or generated by the Software, including orders, inventory, customer and employee data, belongs to the Buyer. The Supplier may use it only to perform this Agreement.
P:8.2 The Supplier shall access the Buyer's systems only through the Buyer's VPN with multi-factor authentication and with prior approval for each session, shall not copy Buyer data outside the Buyer's environment, and shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:8.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting Buyer data and shall bear the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to staff and advisers who need to know. This obligation survives termination for three years.
P:9.2 This Article does not apply to information that is or becomes public through no fault of the receiving party, that the receiving party already lawfully held, or that must be disclosed by law, provided that the disclosing party is told in advance where the law allows.
H:Article 10 Liability
P:10.1 The Supplier's total liability under this Agreement is limited to 150% of the Contract Price, except for breach of Articles 8 and 9, personal injury and wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the services without the Buyer's prior written consent.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if delay damages reach their limit.
P:12.2 On termination the Supplier shall refund amounts paid for services not performed and hand over all completed Custom Deliverables.
P:12.3 Termination does not affect the Buyer's licence to the Software for which the Licence Fee has been paid, or rights and obligations that by their nature survive termination.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Yemen.
P:13.2 Any dispute shall be settled by arbitration in Sanaa under the rules of the Yemeni Centre for Conciliation and Arbitration. The language of the arbitration is English.
H:Article 14 General
P:14.1 This Agreement is made in English in two originals. Amendments must be in writing and signed by both parties.
P:14.2 Neither party is liable for a failure caused by force majeure, provided that it notifies the other party promptly and takes reasonable steps to limit the effects. If force majeure lasts more than 60 days, either party may terminate this Agreement by written notice.
P:14.3 Notices shall be sent in writing to the addresses stated above, by courier or by email with confirmation of receipt.
P:14.4 This Agreement, with its annexes (the agreed specification, the project plan and the acceptance test scripts), is the entire agreement of the parties on its subject. If an annex conflicts with these Articles, these Articles prevail.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E02 = """# Order Form and General Terms — Inspection Workflow Cloud (Draft)

Order Form No. TZ-OF-2025-118

Provider: Taiz Quality Cloud Ltd., Taiz, Republic of Yemen ("Provider")

Customer: Dongguan Huixin Precision Electronics Co., Ltd., Dongguan, Guangdong, PRC ("Customer")

## Part A — Order Form

### A1. Services

Provider will provide its InspectFlow cloud service for incoming, in-process and outgoing quality inspection, including checklists, sampling plans, non-conformance reports, supplier corrective actions, mobile inspection apps and dashboards, for Customer's three plants in Dongguan. The service includes standard updates and new releases made generally available to Provider's customers during the Subscription Term, online help, a Chinese-language user interface and support through a ticket portal and a telephone hotline.

### A2. Subscription Term

The Subscription Term is 36 months from the Service Start Date, which is the date on which Customer signs the onboarding acceptance under A5. The Subscription Term ends at its expiry and is not renewed automatically; any renewal requires a new Order Form at fees agreed in writing.

### A3. Fees

| Item | Quantity | Unit fee per year (CNY) | Annual fee (CNY) | Fee for the Subscription Term (CNY) |
|---|---|---|---|---|
| InspectFlow platform, named users | 120 | 1,650 | 198,000 | 594,000 |
| Mobile inspection add-on, named users | 60 | 900 | 54,000 | 162,000 |
| Onboarding (one-time) | 1 | — | — | 84,000 |
| Total | | | | 840,000 |

All fees are in CNY and include VAT.

### A4. Invoicing and Payment

Annual subscription fees are invoiced at the start of each subscription year and are payable within 30 days. The onboarding fee is invoiced after Customer signs the onboarding acceptance and is payable within 30 days. No fee is payable before the Service Start Date except as stated in this A4. The unit fees in A3 are fixed for the whole Subscription Term. Invoices are issued as PRC VAT invoices showing the item, period and amount, and Customer may return an incorrect invoice for correction.

### A5. Onboarding and Acceptance

Provider will configure the service within 60 days after signature, import Customer's part master, supplier list and inspection plans, and connect the service to Customer's ERP for purchase orders and goods receipts. Customer will sign the onboarding acceptance when: all configured checklists and sampling plans run correctly in a test cycle for each plant; imported master data reconcile with the ERP; the ERP interface transfers goods receipts without error for ten consecutive working days; and key users have been trained. Use of the service for testing is not acceptance. Customer will name a project lead, provide its master data in the agreed templates and make key users available for configuration workshops and the test cycle. Provider will name an onboarding manager who reports progress to Customer every week.

### A6. Service Levels

Monthly availability of the production service is at least 99.95%, excluding maintenance announced 48 hours in advance and carried out between 00:00 and 06:00 Beijing time. Priority 1 incidents (service unavailable or inspection records cannot be saved) are responded to within 30 minutes and restored within 6 hours; Priority 2 incidents within 2 hours and 1 business day. If availability falls below the commitment in a month, Customer receives a service credit of 5% of the monthly equivalent of the fees for each 0.1 percentage point of shortfall; each hour of delay in a Priority 1 response earns a further credit of 2%. Credits are deducted from the next invoice. Provider will send Customer a monthly service report by the tenth day of each month showing measured availability, all Priority 1 and Priority 2 incidents with their response and restore times, root causes and the credits due.

## Part B — General Terms

### 1. Definitions

"Customer Data" means all data, files and records that Customer or its users submit to or generate in the service. "Customer Configurations" means checklists, sampling plans, report layouts and interface mappings prepared for Customer. "Business day" means a working day in mainland China. "Named user" means an individual employee or contractor of Customer who is given a personal login to the service.

### 2. Use of the Service

2.1 Customer may use the service for its internal business through its named users. 2.2 Customer shall not resell the service or attempt to copy or reverse engineer it. 2.3 Named user accounts may be reassigned to another employee when a user leaves or changes role. Customer may add named users at any time at the unit fees in A3, prorated for the rest of the subscription year. 2.4 Customer is responsible for the accuracy of the data its users enter and for keeping user credentials secret.

### 3. Customer Data

3.1 Customer Data belongs to Customer. Provider may process Customer Data only to provide the service to Customer and for no other purpose. 3.2 On expiry or termination, Provider will make all Customer Data available for export in CSV and PDF formats for 60 days and then delete it, confirming deletion in writing. 3.3 At Customer's request during the Subscription Term, Provider will provide a full export of Customer Data in the same formats within 5 business days at no extra charge.

### 4. Security

4.1 Provider will host the service and all Customer Data in data centres in mainland China operated by a provider holding an MLPS level 3 record, encrypt data in transit and at rest, enforce multi-factor authentication for administrative access, and keep access logs for at least 180 days. 4.2 Provider will notify Customer of any security incident affecting Customer Data within 24 hours, cooperate in the investigation and remediation, and compensate Customer for losses caused by its failure to comply with this Section 4. 4.3 Provider will back up Customer Data daily, keep backups in mainland China, and test restoration at least twice a year. 4.4 Provider will process personal information of Customer's employees only on Customer's instructions and in line with the PRC Personal Information Protection Law.

### 5. Confidentiality

Each party shall keep confidential all non-public information of the other party, use it only under this Order Form, and protect it with at least reasonable care. This Section survives termination for three years. It does not apply to information that is public, that the receiving party already held lawfully, or that must be disclosed by law or to a regulator.

### 6. Intellectual Property

6.1 Provider keeps all rights in the service and its standard features. 6.2 Customer Configurations belong to Customer, and Customer may use, copy and modify them and let third parties use them without restriction. 6.3 Provider will defend Customer against any claim that the service infringes the rights of a third party and will pay the costs and damages finally awarded, provided that Customer notifies Provider promptly and gives reasonable assistance.

### 7. Subcontractors

Provider may use subcontractors and hosting partners to provide any part of the service. Provider will inform Customer in writing of any new subcontractor at least 15 days before it starts processing Customer Data, and remains responsible for its subcontractors.

### 8. Limitation of Liability

Each party's total liability under this Order Form is limited to two times the total fees payable for the Subscription Term, except for breach of Sections 3, 4 and 5, which is not limited.

### 9. Term and Termination

9.1 This Order Form runs for the Subscription Term. 9.2 Either party may terminate it by written notice if the other party commits a material breach and does not cure it within 30 days after notice. 9.3 If Customer terminates for Provider's breach, Provider will refund prepaid fees for the remaining period. 9.4 On expiry or termination Customer's right to use the service ends, and Section 3.2 applies to the return and deletion of Customer Data. Sections 3, 5, 6, 8 and 10 survive expiry or termination.

### 10. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen. The arbitration shall be conducted in English, and the award is final and binding on both parties. While a dispute is pending, Provider shall continue to provide the service.

### 11. General

11.1 Part A prevails over Part B. 11.2 Notices must be in writing and sent to the addresses above, by courier or by email to the contact persons named by each party. 11.3 Neither party is liable for delay or failure caused by force majeure, provided that it informs the other party promptly and takes reasonable steps to limit the effects. 11.4 Changes to this Order Form must be agreed in writing by both parties. 11.5 This Order Form is made in English and signed in two counterparts. It is the entire agreement on its subject and replaces any earlier proposals, quotations or online terms of Provider.

Signed for Provider: ____________    Signed for Customer: ____________
"""

E03 = """T:SUPPLY AND LICENCE CONTRACT — COLD-STORE MONITORING (DRAFT)
P:Contract No. ZJ-HS-2025-027
P:Buyer: Zhanjiang Haisheng Seafood Processing Co., Ltd., Zhanjiang, Guangdong, PRC ("Buyer").
P:Supplier: Hodeidah Sensing Technologies Co., Hodeidah, Republic of Yemen ("Supplier").
P:This contract is made on the Buyer's standard terms for the supply, installation and licensing of a temperature and humidity monitoring system for the Buyer's cold stores, blast freezers and loading bays. The Supplier was selected after the Buyer's request for quotation, and its quotation and technical proposal form part of this contract to the extent they do not conflict with these terms.
H:1. Scope
P:1.1 The Supplier shall supply and install wireless temperature sensors, humidity sensors and gateways, and license its ColdWatch monitoring software for 520 measuring points.
P:1.2 The Supplier shall configure alarms by zone, connect the system to the Buyer's warehouse system and SMS platform, and train the Buyer's staff.
P:1.3 The equipment shall be new, of current production, suitable for continuous operation at temperatures down to minus 35 degrees Celsius and in humid loading areas, and shall carry valid PRC radio type approval and calibration certificates traceable to a national standard.
P:1.4 The Supplier shall deliver the Documentation: installation drawings showing every sensor and gateway, user and administrator manuals in Chinese and English, calibration certificates, interface descriptions and a spare parts list with prices.
P:1.5 Training shall be given on site in Chinese, or through an interpreter provided by the Supplier, to the Buyer's warehouse supervisors, quality staff and maintenance technicians, and shall cover alarm handling, reports, battery replacement and basic fault finding.
H:2. Price
P:2.1 The Contract Price is CNY 1,485,000, inclusive of VAT, as itemised below. It is fixed and covers packing, transport to the Buyer's sites, insurance, import duties, installation materials, travel and all other costs of the Supplier.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature sensors|420|1,180|495,600
TB:2|Humidity sensors|96|1,350|129,600
TB:3|Gateways|24|9,800|235,200
TB:4|ColdWatch monitoring software licence, perpetual, 520 points|1|356,000|356,000
TB:|Hardware and Licence Subtotal|||1,216,400
TB:5|Installation and commissioning|1|148,600|148,600
TB:6|Configuration and integration|1|96,000|96,000
TB:7|Training|1|24,000|24,000
TB:|Contract Price|||1,485,000
P:2.2 If the Buyer orders additional sensors or gateways before Final Acceptance, they shall be supplied at the unit prices above. Any other change to the scope requires a written change order signed by both parties.
H:3. Payment
P:3.1 The Buyer shall pay 20% of the Contract Price within 15 days after signature against an advance payment guarantee.
P:3.2 The Buyer shall pay 45% of the Contract Price after delivery and installation, confirmed by an installation certificate. The installation certificate is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price after Final Acceptance.
P:3.4 Each payment is due within 30 days after the Buyer receives the relevant certificate and a valid VAT invoice. Payments are made in CNY by bank transfer to the Supplier's account stated in this contract.
H:4. Delivery and Delay Damages
P:4.1 The Supplier shall deliver all equipment within 45 days and complete installation within 75 days after signature.
P:4.2 For each day of delay, the Supplier shall pay delay damages of 0.08% of the Contract Price, up to 8% of the Contract Price.
P:4.3 Delivery is made to the Buyer's plant in Zhanjiang, with all duties and charges paid by the Supplier. Title and risk in the equipment pass to the Buyer on delivery, but the delivery receipt confirms only quantity and visible condition.
P:4.4 Installation work in the cold stores shall be planned with the Buyer's warehouse manager so that product is not exposed to temperature changes. The Supplier's staff shall follow the Buyer's food safety, hygiene and site safety rules.
H:5. Acceptance
P:5.1 Final Acceptance requires that: every sensor reports to the platform at the configured interval; measured temperatures deviate from a calibrated reference by no more than 0.3 degrees Celsius in a three-point check; alarms reach the SMS platform within 60 seconds in tests for every zone; and the system runs for 21 consecutive days without a Severity 1 incident.
P:5.2 The Buyer shall issue a Final Acceptance certificate or a list of defects within 10 working days after the Supplier's request. Installation or use of the system is not deemed acceptance.
P:5.3 If a test fails, the Supplier shall correct the defect at its own cost and repeat the test. The Buyer may attend all tests and may ask for additional checks at any zone.
H:6. Warranty and Support
P:6.1 The warranty period is 24 months from Final Acceptance. During it the Supplier shall repair or replace defective equipment and correct software defects free of charge.
P:6.3 The Supplier shall keep a stock of spare sensors and gateways in mainland China so that failed units can be replaced on site, and shall recalibrate sensors once a year during the warranty.
P:6.2 After the warranty, the Buyer may order annual support at 9% of the Hardware and Licence Subtotal (CNY 109,476 per year), fixed for three years. Support is ordered year by year and does not renew automatically.
P:6.4 Annual support covers software updates, remote diagnosis, recalibration of sensors once a year and the response and restore times in Clause 7. The Supplier shall provide support on the terms of this contract, and the Buyer may decide each year whether to order it.
H:7. Service Levels
P:7.1 Severity 1 incidents (loss of monitoring for a cold store or failure of alarms) shall be responded to within 30 minutes and restored within 6 hours; Severity 2 incidents within 2 hours and 2 working days.
P:7.2 For each hour by which a Severity 1 target is missed, the Supplier shall pay or credit CNY 1,200.
P:7.3 Incidents may be reported by telephone, email or the support portal at any time. The Supplier shall keep an incident log and send the Buyer a quarterly report on incidents, response and restore times and recalibrations.
H:8. Intellectual Property
P:8.1 The ColdWatch software remains the Supplier's property and is licensed to the Buyer perpetually.
P:8.2 Configurations, interface programs and reports written for the Buyer belong to the Buyer, with source code delivered, and the Buyer may modify and license them freely.
P:8.3 The Supplier warrants that the equipment, the software and the Documentation do not infringe any third-party right, and shall defend and indemnify the Buyer against any claim that they do.
H:9. Data Security
P:9.1 All monitoring data and records belong to the Buyer and may be used by the Supplier only to perform this contract.
P:9.2 The platform shall be installed on the Buyer's servers. Remote access requires the Buyer's approval for each session. The Supplier shall notify the Buyer of any security incident within 12 hours and bear losses caused by its breach.
P:9.3 The Supplier shall change all default passwords before handover, keep the gateways' firmware up to date during the warranty, and delete any copy of the Buyer's data held by it when the work is complete.
H:10. Confidentiality
P:10.1 Each party shall keep the other party's non-public information confidential and use it only for this contract, during the contract and for three years after it ends.
P:10.2 This clause does not apply to information that is public or that must be disclosed by law.
H:11. Liability
P:11.1 The Supplier's total liability is limited to 150% of the Contract Price, except for breach of Clauses 9 and 10, personal injury and wilful misconduct.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any work without the Buyer's prior written consent.
P:12.2 The Supplier remains responsible for the work of any approved subcontractor and for the conduct of its own and its subcontractors' staff at the Buyer's sites.
H:13. Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice.
P:13.2 On termination the Supplier shall refund payments for equipment and services not delivered, and the Buyer may keep and use the equipment delivered and paid for.
H:14. Governing Law and Disputes
P:14.1 This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Guangzhou Arbitration Commission.
H:15. Force Majeure
P:15.1 A party prevented from performing by force majeure shall notify the other party promptly and provide evidence. The time for performance is extended by the period of the force majeure. If it lasts more than 60 days, either party may terminate this contract by notice.
H:16. General
P:16.1 Notices shall be in writing and sent to the addresses stated above by courier or email.
P:16.2 Changes to this contract must be in writing and signed by both parties. This contract, with the technical specification and the price table, is the entire agreement of the parties on its subject.
P:16.3 This contract is made in English in two originals, one for each party, and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement (Draft)

Agreement No. MRB-MSA-2025-09

Customer: Chengdu Tianfu Fresh Retail Co., Ltd., Chengdu, PRC ("Customer")

Provider: Marib Digital Operations Co., Marib, Republic of Yemen ("Provider")

## 1. Services

1.1 Provider shall provide the managed services in Schedule 1 for Customer's head office, two distribution centres and 86 stores for 36 months from the Service Commencement Date. 1.2 The Service Commencement Date is the date on which Customer signs the transition acceptance under Clause 3. 1.3 Provider shall perform the services with the skill and care of an experienced managed services provider, in Chinese, and in line with Customer's IT policies and store operating hours as notified to Provider from time to time. 1.4 New stores opened by Customer during the term are added to the services from their opening date without additional charge, and closed stores are removed. 1.5 The service hours in Schedule 1 apply on all days of the year, including public holidays, and Provider shall increase staffing on the service desk during Customer's main promotion periods after agreeing the dates with Customer.

## 2. Charges

2.1 The charges are set out in Schedule 3: a monthly service charge of CNY 58,000 for 36 months and a one-time transition fee of CNY 132,000, in total CNY 2,220,000, inclusive of VAT. 2.2 The monthly service charge is invoiced monthly in arrears. The transition fee is invoiced after transition acceptance. No advance payment is due. 2.3 Each invoice is payable within 30 days after receipt of a valid VAT invoice and the monthly service report for the month concerned. 2.4 The charges are fixed for the whole term and include all labour, travel within Chengdu, tools and monitoring software used by Provider. Spare parts and new equipment are bought by Customer.

## 3. Transition and Acceptance

3.1 Provider shall complete transition within 60 days after signature: take over the service desk, document all assets, set up monitoring and remote management, and take over runbooks from the incumbent supplier. 3.2 Customer signs the transition acceptance when: all assets in the inventory are under management; monitoring covers all stores; the service desk handles tickets in Chinese for ten consecutive working days in a shadow run with the incumbent; and runbooks for all Priority 1 scenarios are approved. 3.3 If transition acceptance is delayed for reasons attributable to Provider, Provider shall pay CNY 2,000 for each day of delay. 3.4 Customer shall give Provider access to its sites, an inventory of assets, administrator accounts needed for the services and the cooperation of the incumbent supplier under its existing contract. 3.5 Provider shall submit a transition plan within 10 days after signature, hold a weekly transition meeting with Customer and report open risks and issues. 3.6 If Customer does not sign the transition acceptance, it shall state in writing which criteria are not met, and Provider shall correct them and ask again for acceptance.

## 4. Service Levels

4.1 Service levels and service credits are set out in Schedule 2. Credits are deducted from the next invoice. 4.2 Provider shall send Customer a monthly service report by the fifth working day of each month, showing tickets by priority, response and restore times, service level results, credits due, recurring problems and planned improvements. 4.3 The parties' service managers shall meet monthly to review the report and agree actions. If the same service level is missed in two consecutive months, Provider shall submit an improvement plan within 10 days and carry it out at its own cost.

## 5. Customer Data

Customer Data, including sales, stock, membership and employee data handled by Provider in performing the services, remains the property of Customer. Provider shall use Customer Data only to provide the services.

## 6. Confidentiality

Each party shall keep confidential the other party's business information received under this Agreement and shall not disclose it without prior written consent. This obligation survives for three years after the end of this Agreement. It does not apply to information that is public or that must be disclosed by law.

## 7. Intellectual Property

Runbooks, scripts, monitoring templates and documentation prepared for Customer belong to Customer, which may use and modify them freely, including with another supplier. Provider shall keep them up to date during the term and store them in a repository to which Customer has full access.

## 8. Personnel and Subcontracting

8.1 Provider shall assign a service manager and named engineers. 8.2 Provider shall not subcontract any part of the services without Customer's prior written consent. 8.3 Provider shall not replace the service manager or a named engineer without giving Customer 15 days' notice and offering a replacement with similar qualifications. Customer may ask for the replacement of any Provider staff member who does not meet its reasonable requirements. 8.4 Provider's staff at Customer's sites shall follow Customer's site rules and store procedures.

## 9. Liability

Each party's total liability under this Agreement is limited to 150% of the total charges, except for personal injury and wilful misconduct.

## 10. Term and End of Agreement

10.1 This Agreement ends on expiry of the 36-month term and does not renew automatically. 10.2 This Agreement may be ended early only by written agreement of both parties or under Clause 11. 10.3 On expiry Provider shall support the handover to Customer or a new supplier for up to 60 days. During the handover Provider shall continue the services at the same service levels, hand over the asset inventory, runbooks, scripts, monitoring templates, open tickets and all Customer Data, and answer the questions of the new supplier. The handover support is included in the monthly service charge for the last month of the term.

## 11. Force Majeure

A party prevented from performing by force majeure shall notify the other party promptly. If force majeure lasts more than 90 days, either party may end this Agreement by notice. The affected party shall take reasonable steps to limit the effects and resume performance as soon as possible, and Provider shall give priority to restoring store sales and distribution centre shipping.

## 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Chengdu Arbitration Commission. The arbitration shall be held in Chengdu in Chinese, and the parties shall continue to perform their undisputed obligations while it is pending.

## 13. General

13.1 Notices shall be in writing and sent to the addresses above by courier or email. 13.2 Changes to this Agreement or its Schedules must be in writing and signed by both parties. 13.3 This Agreement and its Schedules are the entire agreement of the parties on their subject. If a Schedule conflicts with the Clauses, the Clauses prevail. 13.4 This Agreement is made in English in two originals.

## Schedule 1 — Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Tickets by phone, portal and WeChat, in Chinese | 07:00–23:00 daily |
| Endpoint management | POS terminals, PCs, handhelds, patching, software distribution | continuous |
| Network monitoring | Store routers, switches, Wi-Fi, SD-WAN links | 24x7 |
| On-site support | Engineers in Chengdu for head office, DCs and stores | as required |
| Asset management | Inventory of all managed devices, updated after every change | continuous |
| Moves and changes | Installation, moves and removal of devices for store openings, refits and closures | scheduled with Customer |
| Vendor coordination | Logging and tracking faults with carriers, POS and hardware vendors on Customer's behalf | as required |
| Reporting | Monthly service report and monthly service review | monthly |

## Schedule 2 — Service Levels

| Priority | Example | Response | Restore | Credit per hour late |
|---|---|---|---|---|
| P1 | Store cannot sell, DC cannot ship | 15 minutes | 5 hours | 3% of monthly charge |
| P2 | Several tills down in one store | 1 hour | 8 hours | 1% of monthly charge |
| P3 | Single user issue | 6 business hours | 3 business days | none |

Response means a qualified engineer has started work on the ticket and told the user. Restore means the affected function is available again, by a fix or a workaround. Times run from the logging of the ticket, whether by Customer or by Provider's monitoring, and are measured from Provider's ticket system, which Customer may inspect.

## Schedule 3 — Charges

| Item | Amount (CNY) |
|---|---|
| Monthly service charge (36 months x 58,000) | 2,088,000 |
| Transition fee (one-time) | 132,000 |
| Total | 2,220,000 |

The monthly service charge covers all services in Schedule 1 for all sites in operation during the month. Credits under Schedule 2 are shown on the invoice for the following month.

Signed for Customer: ____________    Signed for Provider: ____________
"""

E05 = """DATA SUBSCRIPTION AGREEMENT - AGRI-WEATHER API (DRAFT)

Agreement No. SY-API-2025-33
Customer: Zhengzhou Jinhe Grain Trading Co., Ltd., Zhengzhou, PRC ("Customer")
Provider: Seiyun Agro Data Services, Seiyun, Hadhramaut, Republic of Yemen ("Provider")

1. SERVICE
1.1 Provider grants Customer access to its Agri-Weather API, providing gridded weather observations, forecasts, soil moisture and crop condition indices for the grain regions of China and the main exporting countries, for use in Customer's procurement and trading decisions.
1.2 Provider shall build and deliver integration scripts and two custom data feeds into Customer's analytics platform.
1.3 The data covers daily and hourly observations, forecasts up to 15 days ahead, seasonal outlooks, soil moisture at three depths, and crop condition indices for wheat, maize, soybean and rice. Historical data is available back to 1991 for all grid points.
1.4 Customer may use the data within its group for internal analysis, procurement, risk management and trading, and may show derived charts and summaries in internal reports and in presentations to its own customers and banks. Customer shall not resell the raw data or publish it as a data product.
1.5 Provider shall provide API documentation, sample code, a test environment and a Chinese-language support channel by email and instant messaging during Beijing business hours, and a telephone hotline at all times for Priority 1 incidents.

2. TERM
2.1 The Subscription Term consists of two Subscription Years, the first starting on the Service Start Date, which is the date Customer accepts the integration under Clause 4.
2.2 At the end of the Subscription Term this Agreement renews automatically for successive periods of one Subscription Year unless either party gives notice of non-renewal at least 60 days before the end of the then-current term. Each renewal is at Provider's list price in effect at the time of renewal, which Provider may increase at its discretion.
2.3 Provider shall give Customer access to the test environment from signature so that integration can be built and tested before the Service Start Date.
2.4 When the Subscription Term ends without renewal, Provider shall keep the service running until the last day of the term, and Customer may keep and use data it downloaded during the term for its internal records.

3. FEES
3.1 Subscription fee: CNY 386,000 for each Subscription Year, invoiced at the start of that Subscription Year and payable within 30 days.
3.2 Integration fee: CNY 58,000, one-time, invoiced after integration acceptance.
3.3 The Total Contract Value for the Subscription Term is CNY 830,000, including VAT. Calls beyond 3 million per month are charged under the overage table in the API portal.
3.4 Provider shall issue PRC VAT invoices in CNY. Payments are made by bank transfer. Each party bears its own bank charges.
3.5 Provider shall send Customer a usage statement each month showing the number of calls made by each of Customer's API keys. Customer may dispute a statement within 30 days after receiving it.
3.6 The subscription fee in Clause 3.1 is fixed for both Subscription Years of the Subscription Term and covers all API keys, users and datasets described in Clause 1, the test environment, documentation and support.

4. INTEGRATION AND ACCEPTANCE
4.1 Provider shall deliver the integration within 45 days after signature.
4.2 Customer accepts the integration when: both custom feeds load into Customer's platform daily for ten consecutive days without error; values match Provider's reference files for a sample of 200 grid points; and API documentation and scripts are delivered.
4.3 If integration acceptance is delayed for reasons attributable to Provider, Provider shall pay 0.1% of the Total Contract Value per day of delay.
4.4 If a test fails, Provider shall correct the error and repeat the test. Customer shall give Provider access to a test instance of its analytics platform and name a technical contact for the integration.
4.5 Together with the integration, Provider shall deliver an operating guide explaining how to schedule, monitor and restart the feeds, and shall train up to ten of Customer's analysts and IT staff in one remote session.

5. SERVICE LEVELS
5.1 Monthly API availability is at least 99.99%.
5.2 Priority 1 incidents (API unavailable or data more than six hours stale) are responded to within 1 hour; Priority 2 within 8 hours.
5.3 Service credits: if availability falls below the commitment in a month, Customer receives a credit of 5% of the monthly equivalent of the subscription fee; each hour of delay in a Priority 1 response earns a further 2%.
5.4 Availability is measured every minute from two monitoring points outside Provider's network. Planned maintenance announced at least three business days in advance and carried out on weekends between 01:00 and 05:00 Beijing time is not counted as downtime.
5.5 Provider shall publish a status page and send Customer a monthly service report showing availability, incidents, response times, data delays and the credits due. Credits are deducted from the next invoice or, after the end of the Subscription Term, paid to Customer.
5.6 Provider shall keep the data accurate and complete in line with its published methodology, shall tell Customer in advance of any material change to a dataset or the API, and shall keep each API version available for at least 90 days after announcing a new version.

6. CUSTOMER DATA AND SECURITY
6.1 Query parameters, locations, portfolios and other data Customer submits belong to Customer and are used by Provider only to provide the service.
6.2 Provider shall host the API and Customer data on servers it controls, encrypt all traffic, restrict access to named staff, keep access logs, and notify Customer of any security incident affecting Customer data within 24 hours, bearing losses caused by its breach.
6.3 Provider shall not disclose to any third party which locations, crops or regions Customer queries, and shall not use Customer's queries to inform its own or any other client's trading.
6.4 On expiry or termination, Provider shall delete Customer data from its systems within 30 days and confirm the deletion in writing.

7. CONFIDENTIALITY
Each party shall keep the other party's non-public information confidential for the term and three years after it. Each party may disclose such information to its employees and professional advisers who need to know it and are bound by similar duties, and where disclosure is required by law, a court or a regulator.

8. INTELLECTUAL PROPERTY
Provider keeps all rights in the API and its datasets. The integration scripts and custom feed definitions belong to Customer, which may modify and use them freely. Provider warrants that it has the right to license the data and the API to Customer and shall defend Customer against any claim that Customer's use of them under this Agreement infringes a third party's rights.

9. LIMITATION OF LIABILITY
Provider's total liability under this Agreement shall not exceed the fees paid by Customer in the six months preceding the event giving rise to the claim.

10. SUBCONTRACTING
Provider shall not subcontract the integration work without Customer's prior written consent. Provider remains responsible for the work of any subcontractor approved by Customer and for the acts of its own staff.

11. TERMINATION
11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not cure it within 30 days after notice.
11.2 If Customer terminates under Clause 11.1, Provider shall refund the prepaid subscription fee for the rest of the Subscription Year.
11.3 Clauses 6, 7, 8, 9 and 12 survive expiry or termination.

12. GOVERNING LAW
This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the China International Economic and Trade Arbitration Commission in Beijing. The arbitration shall be conducted in English.

13. FORCE MAJEURE
13.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, war, epidemics or failures of public networks, provided that it notifies the other party promptly and takes reasonable steps to limit the effects.
13.2 Force majeure does not excuse Customer's obligation to pay fees for service actually provided.

14. NOTICES
14.1 Notices shall be in writing and sent to the addresses stated above, by courier or email to the contact persons named by each party. A notice sent by email takes effect when the recipient confirms receipt.
14.2 Each party shall name a business contact and a technical contact for day-to-day matters and shall keep their details up to date. Operational messages such as incident reports and maintenance announcements may be sent by email or through the status page.

15. GENERAL
15.1 Changes to this Agreement must be in writing and signed by both parties.
15.2 This Agreement is the entire agreement of the parties on its subject and replaces any online terms of Provider.
15.3 This Agreement is made in English in two originals, one for each party.

Signed for Customer: ____________    Signed for Provider: ____________
"""

FILES = {  # key: (stem, ext, source)
    "z01": ("h777z01_elevator_retrofit_subsidy_platform", "pdf", Z01),
    "z02": ("h777z02_fan_motor_line_control_retrofit", "docx", Z02),
    "z03": ("h777z03_ice_hockey_chain_booking_saas", "txt", Z03),
    "z04": ("h777z04_farm_machinery_subsidy_system_om", "txt", Z04),
    "z05": ("h777z05_copperware_process_tracking_supplier_template", "md", Z05),
    "e01": ("h777e01_wms_perpetual_licence_sanaa_vendor", "pdf", E01),
    "e02": ("h777e02_inspection_saas_order_form_taiz_vendor", "md", E02),
    "e03": ("h777e03_cold_store_sensors_monitoring_licence", "docx", E03),
    "e04": ("h777e04_retail_managed_it_services_36_months", "md", E04),
    "e05": ("h777e05_agri_weather_api_subscription", "txt", E05),
}

T = lambda **k: k
BASE = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")
# key: (language, category, term overrides, extra overrides, design rules)
DESIGN = {
    "z01": ("zh", "software", T(availability_pct=99.98, ld_rate_per_day_pct=0.08, prepayment_pct=20, warranty_months=24,
            post_warranty_fee_pct=8), dict(capped=True, value=1680000), []),
    "z02": ("zh", "hardware", T(p1_response_hours=None, sla_remedy=False, prepayment_pct=20, warranty_months=18,
            post_warranty_fee_pct=9, subcontract_without_consent=True), dict(capped=True, value=2360000, sla=False),
            ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
    "z03": ("zh", "cloud", T(availability_pct=99.5, p1_response_hours=1, buyer_owns_data=False,
            final_payment_on_acceptance=None, auto_renewal_price_increase=True, contract_kind="service"),
            dict(value=1050000), ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": ("zh", "services", T(confidentiality=False, ld_rate_per_day_pct=0.2, liability_cap_pct=50,
            final_payment_on_acceptance=None, governing_law=None, contract_kind="service"), dict(value=468000),
            ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"]),
    "z05": ("zh", "software", T(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=0.02,
            prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
            post_warranty_fee_pct=25, subcontract_without_consent=None), dict(capped=True, value=1160000, deemed=True),
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
             "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": ("en", "software", T(p1_response_hours=1, liability_cap_pct=150, prepayment_pct=10, warranty_months=18,
            post_warranty_fee_pct=10, governing_law="Yemen"), dict(capped=True, value=1940000), ["CR-GOVERNING-LAW"]),
    "e02": ("en", "cloud", T(availability_pct=99.95, ld_rate_per_day_pct=None, liability_cap_pct=200,
            final_payment_on_acceptance=None, subcontract_without_consent=True, contract_kind="service"),
            dict(value=840000, ld=False), ["CR-LD-MISSING", "CR-SUBCONTRACT"]),
    "e03": ("en", "hardware", T(ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=20, warranty_months=24,
            post_warranty_fee_pct=9), dict(capped=True, value=1485000), []),
    "e04": ("en", "services", T(p1_response_hours=0.25, data_security_clause=False,
            ld_rate_per_day_pct=2000 / 2220000 * 100, liability_cap_pct=150, final_payment_on_acceptance=None,
            termination_for_breach=False, contract_kind="service"), dict(value=2220000),
            ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "e05": ("en", "cloud", T(availability_pct=99.99, p1_response_hours=1, liability_cap_pct=6 / 24 * 100,
            final_payment_on_acceptance=None, auto_renewal_price_increase=True, contract_kind="service"),
            dict(value=830000), ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP"]),
}
# TCO inputs for goods_or_licence drafts: (fee base, fee pct) ; warranty from the label
TCO_BASE = {"z01": 720000, "z02": 1818000, "z05": 860000, "e01": 1150000, "e03": 1216400}


def tco_share(key, t, value):
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = TCO_BASE[key] * t["post_warranty_fee_pct"] / 100 * years
    return post / (value + post) * 100


def derive(key, t, x):
    """Rules from the labels, by my reading of policy section 3."""
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] is None or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if tco_share(key, t, x["contract_value"]) > 40:
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


THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
SCAN = re.compile(r"(?<![\d.])(30|40|15|100)(\.0+)?\s*%|百分之(三十|四十|十五)(?![一二三四五六七八九点])|百分之一?百|"
                  r"(?<![\d.])99\.90*(?!\d)|(?<![\d.])0\.050*\s*%|万分之五(?![十])|千分之零点五|"
                  r"(?<![\d.])4\s*(hours?|hrs?|小时|个小时)|(?<![十\d])四个?小时|\bfour\s*hours?|"
                  r"(?<![\d.])12\s*(个月|months?|-month)|十二个月|\btwelve\s*(\(12\)\s*)?months?|"
                  r"(?<![\d.])5\s*(years?|年)|(?<![十\d])五年|\bfive\s*years?|"
                  r"\b(thirty|forty|fifteen|one\s*hundred)\s*(per\s*cent|percent)", re.I)
for s in ["30%", "30 %", "百分之三十", "99.9%", "0.05%", "万分之五", "4小时", "4 hours", "四小时", "12个月", "12 months",
          "twelve months", "15%", "40%", "100%", "5年", "five years", "百分之四十"]:
    assert SCAN.search(s) and SCAN.search(re.sub(r"\s", "", s)), s
for s in ["130%", "0.3%", "99.95%", "99.98%", "24小时", "二十四小时", "24 hours", "2025年", "15日", "1.5%", "14 hours",
          "万分之五十", "45%", "150%", "35%", "2,088,000", "105%"]:
    assert not SCAN.search(s), s


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
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    srcs, tgts = {}, {}
    for key, (stem, ext, src) in FILES.items():
        if ext in ("docx", "pdf"):
            srcs[key], tgts[key] = src, (stem + "." + ext, ext)
        else:
            (OUT / (stem + "." + ext)).write_text(src, encoding="utf-8")
    write(srcs, tgts, OUT, wrap_words=True)
    covered, problems = set(), []
    for key, (stem, ext, src) in FILES.items():
        lang, cat, over, xo, design = DESIGN[key]
        t = dict(BASE, **over)
        if t["contract_kind"] == "service":
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        x = {"sla_clause": xo.get("sla", True), "ld_stated": xo.get("ld", True)}
        if t["contract_kind"] == "goods_or_licence":
            x["post_warranty_fee_capped"] = xo["capped"]
        x["acceptance_deemed_on_delivery"] = xo.get("deemed", False)
        x["contract_value"] = xo["value"]
        for k, v in THRESH.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k)
        if t["contract_kind"] == "goods_or_licence":
            sh = tco_share(key, t, x["contract_value"])
            assert abs(sh - 40) > 2, (key, sh)
            print(key, "TCO share %.1f" % sh)
        rules = derive(key, t, x)
        if rules != sorted(design):
            problems.append((key, rules, design))
        covered |= set(rules)
        label = {"file": stem + "." + ext, "language": lang, "category": cat, "expected_terms": t,
                 "expected_extra": x, "expected_rules": rules}
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / (stem + "." + ext))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = SCAN.search(variant)
            if m:
                problems.append((key, "threshold text", m.group(0)))
        n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        print(key, lang, n, "OK" if lo <= n <= hi else "OUT OF RANGE")
        if not lo <= n <= hi:
            problems.append((key, "length", n))
    allr = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
            "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
            "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
            "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}
    if covered != allr:
        problems.append(("coverage", sorted(allr - covered)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems
