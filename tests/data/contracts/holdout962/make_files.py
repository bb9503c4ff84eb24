"""holdout962: builds ten held-out draft contracts (.txt/.md written directly, .docx/.pdf through ../word_pdf.py),
writes their .json labels, and asserts lengths, threshold avoidance, rule derivation and rule coverage.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市财政局政府采购合同融资服务平台建设项目合同
P:合同编号：CZJ-ZCRZ-2026-0317　采购方式：公开招标
P:甲方（采购人）：江州市财政局
P:乙方（供应商）：江州融信数字科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，就江州市政府采购合同融资服务平台（以下简称“平台”）的软件许可、定制开发与实施事宜订立本合同，共同遵守。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供融资服务平台软件（标准版V5）永久使用许可，并按甲方需求开展定制开发、部署实施和培训，使政府采购中标、成交供应商可凭政府采购合同在线向合作银行申请融资。
P:1.2 合同总价为人民币贰佰零捌万捌仟元整（¥2,088,000），包括：平台软件许可费1,260,000元；定制开发费684,000元（与政府采购云平台、合同备案系统及六家合作银行接口的对接开发，融资申请、授信反馈与资金回款监管流程开发，统计分析报表开发）；实施部署及历史数据迁移费118,000元；培训费26,000元。
P:1.3 合同总价为固定总价，已包含税费、差旅、第三方测评配合及质保期内的全部服务费用，甲方不再另行支付任何费用。
H:第二条 交付与工期
P:2.1 乙方应在合同签订后20日内完成需求调研并提交需求规格说明书，经甲方书面确认后实施开发。
P:2.2 乙方应在合同签订后150日内完成全部开发、部署并具备初验条件，初验通过后进入为期60日的试运行。
P:2.3 平台部署于甲方指定的政务云，乙方不得将平台或数据部署于政务云以外的任何环境。
P:2.4 乙方应组建不少于8人的项目团队，项目经理须具有信息系统项目管理师资格，未经甲方书面同意不得更换。乙方每周提交项目周报，每月参加甲方组织的项目例会，汇报进度、问题及风险。
P:2.5 乙方应为甲方业务人员、合作银行经办人员及供应商代表分别组织操作培训，合计不少于6场，并提供培训教材与操作视频。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台初验合格后10个工作日内，甲方支付合同总价的45%。
P:3.3 平台最终验收合格并签署验收报告后10个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应开具合法有效的等额发票。资金支付按国库集中支付有关规定办理。
P:3.5 乙方应在合同签订后7个工作日内提交合同总价5%的履约保证金；最终验收合格后，履约保证金转为质量保证金，质保期满且无未结扣款的，甲方无息退还。
H:第四条 验收
P:4.1 初验标准：需求规格说明书所列功能全部实现；与政府采购云平台及六家合作银行接口联调通过，连续10个工作日数据交换无差错；在300个并发用户下，一般查询响应时间不超过2秒、融资申请提交不超过3秒；第三方安全测评无高危漏洞。
P:4.2 最终验收标准：试运行期间无一级故障，二级故障累计不超过2次且均已按期修复；历史合同数据迁移经逐条比对一致；用户手册、运维手册、源代码及接口文档交付齐全。
P:4.3 平台上线运行、甲方使用平台或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，费用由乙方承担。
P:4.4 验收由甲方组织，可邀请财政、信息化专家及合作银行代表参加，验收结论以双方签署的书面验收报告为准。
H:第五条 质量保证与后续维护
P:5.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配和远程及现场技术支持。
P:5.2 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过113,400元），该费率在质保期满后三年内保持不变。维护服务另行签订合同，不自动续期。
H:第六条 服务水平
P:6.1 平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:6.2 故障分级响应：一级故障（平台整体不可用或融资申请无法提交）30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障1个工作日内响应。
P:6.3 乙方未达到上述响应时限的，每超时1小时扣减质量保证金500元；月度可用率每低于承诺值0.01个百分点，扣减1,000元。扣减款项从质量保证金或应付款中直接抵扣。
H:第七条 知识产权
P:7.1 平台标准版软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的接口程序、业务流程、报表及其源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方修改、使用和许可他人使用。
H:第八条 数据安全
P:8.1 平台中的合同数据、供应商信息、融资申请及银行反馈数据均属于甲方所有。乙方仅为履行本合同处理上述数据，不得用于任何其他目的，不得复制、留存或向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护第三级要求，对敏感数据加密存储与传输，运维操作一律通过甲方堡垒机进行并留存审计日志。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取处置措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，包括甲方因此受到的行政处罚与第三方索赔。
P:8.4 合同终止或质保期满时，乙方应将全部数据完整移交甲方，并在甲方监督下删除其持有的任何副本，出具删除证明。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、采购项目信息、供应商商业信息及银行授信信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务不因本合同的终止而终止，在合同终止后五年内持续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过45日的，甲方有权解除合同。
P:10.2 乙方交付成果不符合约定的，应无偿整改；整改后仍不合格的，甲方有权解除合同并要求乙方赔偿损失。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付利息。
H:第十一条 分包与转让
P:乙方不得将本项目转包或分包给任何第三方，也不得转让本合同项下的权利义务。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方返还已付款项、赔偿损失。
P:12.2 因不可抗力致使合同目的无法实现的，任何一方可解除合同。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分。
P:14.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效，报同级财政部门备案。
P:14.3 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：江州市财政局　　　乙方（盖章）：江州融信数字科技有限公司
P:签订日期：2026年11月20日
"""

Z02 = """T:电动牙刷生产线控制系统改造合同
P:合同编号：HJ-SB-2026-088
P:甲方（买方）：浙江禾洁口腔护理用品有限公司
P:乙方（卖方）：宁波擎川自动化工程有限公司
P:甲方拟对其二号厂房十二条电动牙刷装配生产线的控制系统进行改造，乙方具备相应的设备供货、软件开发和系统集成能力。双方根据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 合同标的与价格
P:1.1 乙方负责供应下表所列设备及软件，完成原有继电器控制柜的拆除、新控制系统的安装调试、工位控制程序的定制开发以及与甲方MES系统的数据对接，并对甲方人员进行培训。
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|产线PLC控制柜改造（含PLC、I/O模块、柜体）|12套|62,000|744,000
TB:2|伺服驱动器及伺服电机|48套|7,500|360,000
TB:3|触摸屏HMI|12台|8,000|96,000
TB:4|视觉检测相机及光源|12套|23,000|276,000
TB:5|边缘数据采集网关|12台|5,000|60,000
TB:6|产线控制及数据采集软件许可|1套|180,000|180,000
TB:|设备及软件小计|||1,716,000
TB:7|定制程序开发（植毛、马达装配、充电测试、包装工位控制程序及配方管理）|1项|86,000|86,000
TB:8|安装调试及MES对接|1项|98,000|98,000
TB:9|操作及维护培训|1项|20,000|20,000
TB:|合同总价|||1,920,000
P:1.2 合同总价为人民币壹佰玖拾贰万元整（¥1,920,000），含13%增值税、运输、保险、安装调试及质保期内的全部服务费用。
P:1.3 设备均应为全新原装正品，主要部件的品牌、型号以技术协议为准，未经甲方书面同意不得替换为其他品牌或型号。
H:第二条 交货与施工
P:2.1 乙方应在合同签订后45日内将全部设备运抵甲方厂房，并提交装箱单、合格证和原厂检验报告。
P:2.2 改造按每批三条线分四批进行，每批停线时间不超过5日，乙方应配合甲方生产计划安排施工，确保其余产线正常生产。
P:2.3 乙方施工人员应遵守甲方安全生产和洁净车间管理制度，因乙方原因造成的人身、设备损害由乙方负责。
P:2.4 乙方应在改造前完成原控制系统的程序备份和I/O点位核对，编制施工方案，经甲方生产、设备和安全部门会签后实施。每批改造完成后，乙方应配合甲方进行首件检验，首件合格后方可恢复批量生产。
P:2.5 拆除的旧控制柜、电缆及元器件归甲方所有，由乙方清点整理后移交甲方仓库。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，甲方支付合同总价的25%作为预付款。
P:3.2 全部设备到货并完成安装调试后，甲方支付合同总价的50%。安装调试完成不视为验收合格。
P:3.3 最终验收合格后10个工作日内，甲方支付合同总价的25%。
P:3.4 乙方收款前应开具等额增值税专用发票。
H:第四条 验收
P:4.1 验收标准：每条产线连续72小时满负荷运行无停机故障；单线节拍达到每分钟42支；视觉检测漏检率不高于0.2%；配方切换时间不超过10分钟；生产数据按秒级上传MES且与现场计数一致。
P:4.2 全部产线改造完成后，甲方在10个工作日内组织最终验收，并签署验收报告。验收不合格的，乙方应在10日内整改并重新验收，由此增加的费用由乙方承担。
P:4.4 验收时乙方应提交设备清单及序列号、电气图纸、PLC及HMI程序备份、参数表、操作及维护手册和培训记录。
P:4.3 设备到货签收、安装调试完成或甲方投入生产使用，均不视为最终验收合格。
H:第五条 质量保证
P:5.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现的故障，乙方免费维修或更换，并免费提供软件升级。
P:5.2 质保期内故障响应：一级故障（整线停机）1小时内响应，3小时内到场，8小时内恢复生产；二级故障（单工位停机）2小时内响应，当日解决；三级故障24小时内响应。
P:5.3 乙方未按时响应或到场的，每超时1小时向甲方支付800元；因乙方原因导致整线停机超过8小时的，每超出1小时另行支付2,000元。
P:5.4 质保期内乙方应每季度进行一次预防性巡检并提交巡检报告；甲方需要的易损件，乙方按不高于投标报价的价格供应。
H:第六条 质保期满后的维保服务
P:6.1 质保期满后，乙方按年度提供维保服务，包括定期巡检、备件更换、程序维护及故障处理，服务标准同第5.2条。
P:6.2 维保费按设备及软件小计的26%每年计取，即每年446,160元，质保期满后三年内不作调整。维保服务每年另行签订维保合同，不自动续期。
P:6.3 维保期内乙方应在甲方厂区常备伺服驱动器、PLC模块等关键备件，备件清单经甲方确认。
H:第七条 知识产权
P:7.1 产线控制及数据采集软件的知识产权归原厂所有，甲方获得永久使用许可。
P:7.2 为本项目定制开发的工位控制程序、配方管理程序、MES接口程序及其源程序、注释和说明文档，知识产权归甲方所有，乙方应在验收时全部移交，甲方可自行修改、复制或委托第三方维护。
H:第八条 数据安全
P:8.1 产线运行数据、工艺参数、配方及质量检测数据属于甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方逐次审批，通过甲方提供的VPN及堡垒机接入，禁止使用未经甲方检测的移动存储介质。
P:8.3 乙方发现数据泄露、篡改或控制系统遭受网络攻击的，应在2小时内通知甲方并协助处置。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任。
P:8.4 合同终止后，乙方应删除其持有的甲方数据，并向甲方出具书面确认。
H:第九条 保密
P:乙方对在履行合同中获悉的甲方产品设计、工艺参数、产能、客户及价格等信息负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至该信息公开之日止。乙方人员离场时应交回甲方提供的资料和门禁卡。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八支付违约金。
P:10.2 乙方累计承担的赔偿责任（含违约金）以合同总价的150%为限，但人身伤害、故意或重大过失及违反第八条、第九条的除外。
P:10.3 甲方逾期付款的，按逾期金额每日万分之三支付违约金。
P:10.4 乙方交付的设备存在质量问题的，乙方应负责更换，并赔偿由此导致的甲方停产损失。
H:第十一条 分包
P:乙方不得转包本合同。电气布线等辅助施工确需分包的，应事先取得甲方书面同意，乙方对分包方的行为承担连带责任。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面通知后15日内未予纠正的，甲方有权解除合同，要求乙方退还已付款项并赔偿损失。
P:12.2 因不可抗力导致合同无法履行超过60日的，任何一方可书面通知解除合同。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交宁波仲裁委员会仲裁。
H:第十四条 培训
P:乙方应在最终验收前为甲方设备、工艺和生产人员组织不少于5次现场培训，内容包括设备操作、配方切换、常见故障处理和程序备份恢复，经考核合格的人员不少于二十人。
H:第十五条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议及设备清单为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：浙江禾洁口腔护理用品有限公司　　乙方（盖章）：宁波擎川自动化工程有限公司
"""

Z03 = """铁拳综合格斗连锁 预约及会员管理系统SaaS服务与实施合同

合同编号：TQ-IT-2026-041

甲方（客户）：上海铁拳综合格斗健身管理有限公司
乙方（服务商）：杭州约练云信息技术有限公司

鉴于甲方在上海、苏州、杭州三地经营35家综合格斗训练馆，需要统一的课程预约、会员管理、教练排班及收银系统；乙方以软件即服务（SaaS）方式提供“约练云”场馆管理系统。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务。乙方向甲方35家门店及总部开通“约练云”专业版，包括：
1. 团课、私教及对抗训练课程的在线预约、候补与签到；
2. 会员卡、次卡、课包及储值管理，会员冻结与转店；
3. 教练排班、课时统计与提成核算；
4. 门店收银、对账及总部经营报表；
5. 会员小程序及消息推送。
（二）实施服务。乙方负责系统配置、历史会员及课包数据迁移（约4.6万名会员）、与甲方微信支付商户号及门禁闸机的对接、门店人员培训及上线支持。
（三）乙方为甲方指定专属客户成功经理一名，每月提供门店使用情况报告，每季度与甲方召开一次服务回顾会议。
（四）甲方负责提供门店网络环境、收银设备及闸机原厂接口文档，并指定总部项目负责人协调各门店配合实施。
（五）服务期限为两个服务年度。第一个服务年度自实施验收合格之日起算，至次年对应日的前一日止；第二个服务年度紧接其后，依此计算。

二、服务费用
（一）订阅费：门店端每店每服务年度9,600元，35家门店合计336,000元；总部管理端每服务年度48,000元。每个服务年度订阅费合计384,000元，两个服务年度合计768,000元。
（二）实施费：一次性126,000元。
（三）合同总金额为人民币捌拾玖万肆仟元整（¥894,000），含6%增值税。服务期内新增门店的，按每店每服务年度9,600元计费并另行签署确认单，短信通道费按实际用量另计，不计入合同总金额。
（四）除本合同约定的费用外，乙方不得以任何名义向甲方或甲方会员另行收取费用。

三、付款方式
（一）实施费在实施验收合格后15个工作日内一次性支付。
（二）每个服务年度的订阅费在该服务年度开始后15个工作日内支付。
（三）本合同不设预付款。乙方应在每次收款前开具合规的增值税专用发票。

四、实施与验收
（一）乙方应在合同签订后60日内完成全部35家门店的实施并申请验收。
（二）验收标准：
1. 第一条所列功能全部可用，并经甲方在三家试点门店连续14日试运行确认；
2. 迁移后会员数量、卡内余额、剩余课时与甲方原系统逐一核对一致，差异为零；
3. 支付对接完成，连续7日收银流水与商户号对账一致；
4. 门禁闸机识别会员后开门时间不超过1秒；
5. 每家门店至少两名员工通过操作考核。
（三）验收由甲方书面确认。系统开通或门店开始使用，均不视为验收合格。验收不合格的，乙方应在7日内整改后重新申请验收。
（四）乙方未能按期申请验收或验收不合格导致上线延误的，每延误一日，乙方应向甲方支付违约金1,000元。
（五）乙方应为每家门店提供不少于两次现场培训，并提供操作手册和视频教程。
（六）乙方实施人员进入门店应遵守甲方门店管理及安全规定，不得干扰正常训练课程；因乙方人员原因造成甲方会员或员工人身、财产损失的，由乙方承担赔偿责任。

五、服务水平
（一）系统每月可用率不低于99.5%，计划维护应安排在凌晨1点至5点之间并提前三日通知。
（二）故障响应：一级故障（全部门店无法预约或收银）30分钟内响应，3小时内恢复；二级故障（单店或单一功能不可用）1小时内响应，当日恢复；三级故障次一工作日内处理。
（三）服务补偿：月可用率低于承诺值的，按当月订阅费（服务年度订阅费按月平均计算）的5%抵扣；低于99%的，抵扣10%；一级故障未在3小时内恢复的，每次另抵扣2,000元。补偿从下一期订阅费中扣减。
（四）乙方提供7×24小时服务热线及在线工单系统，每月5日前向甲方提交上月服务报告，载明可用率、故障及处理情况。
（五）乙方每次版本升级应提前7日通知甲方并先在测试环境验证，升级不得降低或取消甲方已在使用的功能。

六、数据
（一）会员信息、预约及消费记录、教练及员工信息等甲方数据归甲方所有。乙方作为受托处理者，按甲方指示处理个人信息。
（二）乙方有权对甲方数据进行去标识化处理后形成汇总统计数据，用于乙方产品改进、行业研究报告及向其他客户提供行业对标分析，该等汇总数据的权利归乙方所有，本合同终止后乙方仍可继续使用。
（三）数据安全：乙方系统部署于境内云服务商，已通过网络安全等级保护第三级测评；会员手机号、证件号等敏感信息加密存储，后台操作留存日志不少于六个月；乙方人员访问甲方数据实行最小权限。发生数据泄露的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成泄露的，乙方承担赔偿责任及相应的监管处罚后果。
（四）合同终止后30日内，乙方应向甲方提供完整的数据导出文件，随后删除甲方数据，汇总统计数据除外。
（五）乙方应每年委托第三方对系统进行渗透测试，并向甲方提供测试结论摘要；甲方可对乙方的数据安全措施进行检查。

七、知识产权
“约练云”系统及其升级版本的知识产权归乙方所有。乙方为甲方定制的会员等级规则、报表模板及与门禁闸机的对接程序，知识产权归甲方所有，甲方可自行使用、修改或交由第三方使用。乙方保证其提供的系统不侵犯第三方知识产权，因侵权引起的索赔由乙方负责处理并承担费用。

八、保密
双方对在合作中知悉的对方商业秘密及经营数据负有保密义务，未经对方书面同意不得向第三方披露。本条义务在合同终止后三年内继续有效。

九、续期
本合同服务期满前30日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，续期次数不限。续期时，乙方有权根据市场行情和产品版本调整订阅单价，并在续期前15日以系统公告或邮件方式通知甲方，调整后的价格自续期之日起适用。

十、违约与解除
（一）任何一方严重违约，经守约方书面催告后15日内未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。
（二）系统连续两个月可用率低于99%的，甲方有权解除本合同，乙方应退还已付未使用期间的订阅费。
（三）甲方逾期支付订阅费超过30日的，乙方可暂停服务，但应提前7日书面通知甲方。
（四）本合同解除或终止的，乙方应配合甲方完成数据迁移，过渡期不少于30日，过渡期内服务按原标准提供。

十一、分包
乙方不得将本合同项下的实施服务分包给第三方；确需委托第三方承担门禁对接等部分工作的，应事先取得甲方书面同意。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地有管辖权的人民法院起诉。

十三、其他
本合同附件包括功能清单、门店清单、实施计划及服务水平说明，附件与本合同具有同等效力。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：上海铁拳综合格斗健身管理有限公司
乙方（盖章）：杭州约练云信息技术有限公司
"""

Z04 = """临川机场鸟击防范监测系统年度运维服务合同

项目编号：LCJC-CS-2026-219（竞争性磋商）
甲方（采购人）：临川市机场管理局
乙方（成交供应商）：成都翼安智能科技有限公司

根据临川机场鸟击防范监测系统运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，订立本合同。

第一条 服务范围
（一）运维对象：临川机场鸟击防范监测系统，包括探鸟雷达2套、光电跟踪设备6套、气象及生态监测站3套、煤气炮及定向声波驱鸟器共40台、监测预警平台软件1套及配套服务器、存储和网络设备。
（二）服务内容：
1. 日常巡检：每日对雷达、光电及驱鸟设备运行状态进行远程检查，每周对飞行区内设备进行现场巡检；
2. 预防性维护：每季度对雷达天线、转台、光电镜头及驱鸟设备进行清洁、校准和维护；
3. 故障处理：对系统软硬件故障进行诊断、维修和备件更换；
4. 平台运维：监测预警平台的系统监控、数据备份、补丁更新和日志审计；
5. 数据服务：每月汇总鸟情监测数据，编制鸟情分析月报，配合甲方开展鸟击风险评估；
6. 保障服务：在重大节假日、恶劣天气及候鸟迁徙高峰期安排专人驻场值守。
7. 技术支持：配合甲方迎接民航管理部门组织的鸟击防范检查，提供设备运行数据和技术说明。
（三）乙方应在机场派驻不少于3名专职运维工程师，其中至少1名具有雷达系统维护经验；驻场人员须经甲方背景审查并取得机场控制区通行证。
（四）乙方应建立备品备件库，常备雷达发射机模块、光电镜头、驱鸟设备控制板等关键备件，备件清单作为本合同附件。
（五）服务开始前，乙方应与原运维单位及甲方共同完成系统交接，对设备数量、运行状态及遗留问题逐项清点，形成交接清单。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满后，双方可根据考核结果另行协商，本合同不自动续期。服务期满或合同解除时，乙方应向甲方或甲方指定的新运维单位完成交接，移交运维档案、账号口令和备件台账，交接期不少于15日，交接期间服务不得中断。

第三条 服务费用及支付
（一）本合同服务费总额为人民币壹佰贰拾叁万陆仟元整（¥1,236,000），包括人工、备品备件（单价2万元以下）、工具、交通、食宿及税费。单价2万元以上的备件更换，由乙方报价经甲方批准后另行结算，不计入本合同总额。
（二）服务费按季度支付，每季度309,000元。每季度结束后，甲方根据季度考核结果在15个工作日内支付该季度服务费，并扣除本合同约定的考核扣款。
（三）乙方应在每次付款前开具合法有效的发票。

第四条 服务水平
（一）监测预警平台及探鸟雷达的月度可用率均不低于99.95%，因甲方原因或不可抗力导致的中断除外。
（二）故障分级与响应：
1. 一级故障（探鸟雷达全部失效或监测预警平台瘫痪）：乙方应在6小时内响应，24小时内修复或启用替代方案；
2. 二级故障（单套雷达、光电设备或驱鸟设备区域性失效）：8小时内响应，48小时内修复；
3. 三级故障（单台设备故障或一般软件问题）：次一工作日内响应，5个工作日内修复。
（三）乙方应在每月5日前提交上月运维报告，内容包括设备运行情况、故障及处理记录、备件消耗和鸟情分析。
（四）乙方应设立7×24小时值班电话，接到甲方故障通知后在运维系统中登记，故障处理完毕经甲方值班人员确认后方可关闭工单。

第五条 考核与扣款
（一）甲方按季度对乙方服务进行考核，考核内容包括可用率、故障响应及修复时效、巡检完成率、报告质量及驻场人员在岗情况。
（二）考核扣款：月度可用率每低于承诺值0.01个百分点，扣款2,000元；故障响应或修复超时的，每超时1小时扣款500元；每缺少一次规定巡检，扣款1,000元；驻场人员无故缺岗的，每人每日扣款800元。
（三）季度扣款累计超过当季服务费10%的，甲方有权约谈乙方负责人并要求其提交书面整改方案。
（四）考核扣款直接从当季服务费中扣除，扣款不影响甲方依据本合同享有的其他权利。

第六条 服务验收
（一）每季度考核结果经双方签字确认，作为当季付款依据。
（二）服务期满后，甲方组织年度验收，验收标准为：全年平均可用率达到第四条承诺；全部一级故障均按时修复；年度巡检和预防性维护计划完成率不低于98%；运维档案、备件台账及鸟情分析报告齐全。
（三）年度验收不合格的，乙方应在20日内整改，整改期间不得中断服务。
（四）甲方可视需要邀请民航行业专家参与年度验收。

第七条 安全生产
乙方人员进入飞行区须遵守机场运行安全管理规定，服从甲方及空管部门指挥，作业前办理作业审批。因乙方人员违规作业影响飞行安全或造成设施损坏的，乙方承担全部责任。
乙方应为驻场人员购买人身意外伤害保险，并定期组织安全培训。

第八条 数据安全
（一）监测系统产生的雷达数据、视频图像、鸟情记录及分析成果均属于甲方所有，乙方不得复制、留存，不得用于本合同以外的任何用途，亦不得向任何第三方提供。
（二）乙方应按照民航网络安全管理要求和网络安全等级保护要求开展运维，远程运维一律禁止，现场运维通过甲方堡垒机操作并全程审计；运维终端须专机专用，禁止接入互联网。
（三）乙方发现数据泄露、系统遭受攻击或其他安全事件的，应立即报告甲方并在1小时内提交初步情况说明。因乙方原因造成数据泄露或安全事件的，乙方承担全部赔偿责任。
（四）服务期满或合同解除时，乙方应交回全部运维账号，并对其运维终端中的甲方数据进行清除，经甲方检查确认。

第九条 保密
乙方及其人员对在服务过程中知悉的机场布局、设备部署、运行数据、安保措施等信息负有保密义务，不得以任何形式对外披露。乙方应与驻场人员签订保密承诺书。乙方人员离场时应交回全部资料、通行证和门禁卡。本条义务在合同终止后持续有效。

第十条 知识产权
乙方在服务过程中为甲方编制的运维规程、分析报告、数据处理脚本及文档，知识产权归甲方所有。乙方使用自有工具软件的，应保证甲方在服务期内及期满后可继续使用由此形成的成果。

第十一条 转包与分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十二条 合同解除
（一）乙方严重违反本合同约定，或连续两个季度考核不合格，经甲方书面通知后10日内未改正的，甲方有权解除本合同，并按实际服务期间结算费用。
（二）乙方人员严重违反机场安全管理规定造成重大安全隐患的，甲方有权立即解除合同。
（三）因不可抗力致使合同目的不能实现的，任何一方可书面通知解除合同。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他
磋商文件、响应文件、成交通知书为本合同的组成部分。乙方应在合同签订前提交合同总额5%的履约保证金，年度验收合格后无息退还。本合同未尽事宜，双方另行签订补充协议。本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：临川市机场管理局
乙方（盖章）：成都翼安智能科技有限公司
"""

Z05 = """# 匠迹工艺追溯系统软件销售及定制开发合同

**（匠迹软件标准合同文本 V3.0）**

合同编号：JJ-XS-2026-1127

甲方（买方）：鹤庆县银坊锻铜工艺品有限公司

乙方（卖方）：昆明匠迹软件科技有限公司

甲方拟采购乙方“匠迹工艺追溯系统”，用于锻铜作品从铜板下料、锻打、錾刻、焊接、着色到包装出库的全过程追溯管理。经双方友好协商，依据《中华人民共和国民法典》，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“匠迹工艺追溯系统”标准版软件使用许可，许可用户数为30个，许可方式为永久许可。

1.2 乙方根据甲方需求进行定制开发，内容包括：锻打、錾刻等工序的电子工单与工时记录；匠人工艺档案及作品档案；大件铜雕作品的分段制作进度跟踪；作品二维码溯源页面及证书打印。

1.3 乙方负责系统安装部署、基础数据初始化及甲方人员操作培训。

1.4 系统采用本地部署方式，部署于甲方自备服务器；甲方也可选择乙方合作云服务商的云主机，云主机费用由甲方另行支付。

1.5 系统功能以乙方产品功能说明为准，乙方不保证系统满足甲方的全部业务需求。

## 第二条 合同价格

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 匠迹工艺追溯系统标准版软件许可（30用户，永久） | 1套 | 168,000 |
| 2 | 定制开发（工单、工艺档案、进度跟踪、溯源页面） | 1项 | 96,000 |
| 3 | 安装部署、数据初始化及培训 | 1项 | 18,000 |
| | 合同总价 | | 282,000 |

2.1 合同总价为人民币贰拾捌万贰仟元整（¥282,000），含税。

2.2 系统运行所需服务器、扫码枪、标签打印机等硬件由甲方自行采购，不包含在合同总价内。

2.3 合同总价不含定制开发范围以外的需求变更费用，需求变更按每人日1,800元另行计费，经甲方确认后实施。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的55%，乙方收到款项后启动项目。

3.2 系统上线运行后5个工作日内，甲方向乙方支付合同总价的45%。

3.3 甲方逾期付款的，乙方有权暂停实施或技术支持服务，由此造成的工期延误由甲方承担。

3.4 乙方在收到每笔款项后10个工作日内向甲方开具增值税普通发票。

## 第四条 交付与验收

4.1 乙方应在收到首付款后90日内完成系统部署及定制开发，并通知甲方上线。

4.2 系统部署完成并上线运行之日，即视为甲方验收合格。甲方在上线后对系统功能提出的意见，乙方将在后续版本中酌情优化。

4.3 甲方应配合提供工序清单、匠人名册、作品编码规则等基础资料；因甲方资料提供不及时造成的延误，交付期限相应顺延。

4.4 乙方交付的文档包括用户操作手册和管理员手册，源代码不属于交付范围。

4.5 乙方在上线前为甲方提供两天现场培训，培训对象为甲方管理人员、工段长及录入人员，培训人数不超过十人。

4.6 甲方应在上线前完成测试数据录入，上线后甲方不得以系统不满足需求为由拒绝支付款项。

## 第五条 免费维护与技术支持

5.1 系统上线之日起6个月为免费维护期，乙方在免费维护期内提供缺陷修复及远程技术支持。

5.2 技术支持响应：一级故障（系统无法登录或工单无法提交）乙方在接到通知后2小时内响应；二级故障8小时内响应；其他问题在3个工作日内答复。

5.3 乙方通过电话、微信群及远程协助方式提供支持，确需现场服务的，差旅费用由甲方承担。

5.4 免费维护期内，乙方每季度提供一次远程巡检服务，并向甲方推送系统补丁。

5.5 免费维护不包括因甲方操作不当、硬件故障、病毒感染或擅自修改系统引起的问题，乙方处理该等问题的，按乙方服务价格另行收费。

## 第六条 维护期满后的服务

6.1 免费维护期满后，甲方如需继续获得技术支持及版本升级，应与乙方签订年度维护协议。

6.2 年度维护费按乙方当年公布的服务价格标准收取，乙方有权根据运营成本调整价格标准。

6.3 甲方未签订年度维护协议的，乙方不再提供技术支持及升级服务，系统因此出现的问题由甲方自行负责。

## 第七条 知识产权

7.1 匠迹工艺追溯系统及其全部版本的著作权及其他知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、溯源页面、报表及相关源代码、文档，其知识产权同样归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托他人修改、反编译，亦不得许可第三方使用。

7.3 乙方有权将定制开发的成果纳入其标准产品，向其他客户销售。

## 第八条 数据与安全

8.1 甲方在系统中录入的工艺数据、作品信息、匠人信息及客户信息归甲方所有，乙方仅为实施和技术支持目的访问上述数据，不得用于其他目的。

8.2 乙方应采取访问控制、数据加密和操作日志等技术措施保障系统数据安全；乙方进行远程维护前须经甲方同意，维护结束后及时断开连接。

8.3 因乙方原因导致甲方数据泄露、丢失的，乙方应在发现后24小时内通知甲方，并协助恢复数据、承担相应的赔偿责任。

8.4 乙方应对其员工进行数据安全培训，并与接触甲方数据的人员签署保密协议。

## 第九条 保密

双方对在合作过程中获知的对方商业秘密、技术资料及经营信息负有保密义务，未经对方书面同意，不得向第三方披露。但依法律规定或政府机关要求披露的除外。保密期限为合同终止后三年。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金。

10.3 乙方在本合同项下承担的全部赔偿责任（包括违约金及损失赔偿），累计不超过合同总价的20%。乙方不承担任何间接损失、利润损失或数据损失。

10.4 因甲方原因导致项目暂停超过60日的，乙方有权解除合同，已收款项不予退还。

## 第十一条 委托第三方

乙方可根据项目需要，将部分实施、定制开发或现场服务工作委托其合作伙伴完成，无需另行征得甲方同意，乙方对合作伙伴的工作成果负责。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面通知后15日内仍未改正的，守约方有权解除本合同，并要求违约方赔偿损失。

12.2 因不可抗力导致本合同无法履行的，双方均可解除本合同，互不承担违约责任。

12.3 合同解除后，甲方已支付的软件许可费不予退还，定制开发费按乙方已完成的工作量结算。

## 第十三条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同经双方签字盖章后生效，一式两份，双方各执一份。

14.2 乙方的报价单、产品功能说明为本合同附件。如附件与本合同正文不一致，以本合同正文为准。

14.3 本合同未约定的服务内容，乙方可按其服务价格另行报价；乙方有权在不降低主要功能的前提下对系统进行版本更新。

甲方（盖章）：鹤庆县银坊锻铜工艺品有限公司　　　　乙方（盖章）：昆明匠迹软件科技有限公司

签订日期：____年__月__日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. BRS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made on 18 November 2026 between Barren River Software, Inc., a Kentucky corporation with its principal office at 1150 Lovers Lane, Bowling Green, Kentucky 42103, United States (the "Vendor"), and Wuhan Jiangcheng Cold Chain Logistics Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Wuhan, Hubei Province (the "Customer").
P:The Customer operates four temperature-controlled warehouses in Wuhan, Changsha and Zhengzhou and wishes to replace its legacy warehouse system with the Vendor's ColdTrack warehouse management software. The Vendor has agreed to license the software on a perpetual basis and to implement it, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's ColdTrack WMS, version 9, in object code, including the slotting, wave-picking, temperature-logging and yard-management modules listed in Annex 1, and all corrections and updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, labels, scripts, configurations and related documentation developed by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the system has passed all acceptance tests.
P:1.4 "Customer Data" means all data entered into, generated by or stored in the Software by or for the Customer, including inventory, shipment, temperature and customer records.
P:1.5 "Contract Price" means the total price stated in Article 3.1.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 260 named users and 4 warehouse sites for the Customer's internal business purposes, including the business of its wholly owned subsidiaries in mainland China.
P:2.2 The Customer may make copies of the Software reasonably needed for backup, disaster recovery and testing. The Customer shall not reverse engineer the Software except to the extent permitted by applicable law.
P:2.3 Additional users or sites may be licensed at the unit prices in Annex 2, which remain fixed for three years after the date of this Agreement.
H:Article 3 Price
P:3.1 The Contract Price is CNY 2,150,000, inclusive of applicable taxes, made up of: Licence Fee CNY 1,380,000; implementation and configuration services CNY 520,000; interface development (ERP, transport management system, cold-room sensors and customs bonded system) CNY 214,000; and training CNY 36,000.
P:3.2 The Contract Price is fixed. It includes all travel, accommodation and other expenses of the Vendor's personnel and all warranty services during the Warranty Period.
H:Article 4 Payment
P:4.1 The Customer shall pay the Contract Price in three instalments: (a) 20 % within 15 business days after signature of this Agreement and receipt of the Vendor's invoice; (b) 45 % within 15 business days after the go-live certificate is signed for all four warehouses; and (c) 35 % within 15 business days after Final Acceptance.
P:4.2 Go-live of the system, and the Customer's use of it in production, do not constitute acceptance.
P:4.3 All payments shall be made in CNY by bank transfer to the account designated by the Vendor's authorised representative in China. Each invoice shall be a valid tax invoice.
H:Article 5 Implementation and Acceptance
P:5.1 The Vendor shall complete implementation, interface development and data migration and make the system ready for acceptance testing within 120 days after signature, in accordance with the project plan in Annex 3.
P:5.2 The acceptance criteria are: (a) all functions in Annex 1 work as specified; (b) the four interfaces exchange data without error for 15 consecutive business days; (c) migrated inventory balances reconcile with the legacy system to the unit for every SKU and location; (d) average response time for picking transactions does not exceed 1.5 seconds with 200 concurrent users; (e) temperature records are captured at intervals of no more than 5 minutes with no gaps; and (f) a 30-day production run without any Severity 1 incident.
P:5.3 The Customer shall conduct the acceptance tests and, where they are passed, sign an acceptance certificate within 10 business days. Where any criterion is not met, the Vendor shall correct the defects at its own cost within 15 days and the tests shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with the documentation for a Warranty Period of 24 months from Final Acceptance. During the Warranty Period the Vendor shall provide corrections, updates, new releases and technical support free of charge.
P:6.2 After the Warranty Period the Customer may order annual support. The annual support fee shall be 11 % of the Licence Fee, that is CNY 151,800 per year, and shall not be increased for the first three support years. Support is ordered year by year and does not renew automatically.
P:6.3 Support levels apply during the Warranty Period and any support year. A Severity 1 incident (the system is unavailable or outbound shipments cannot be processed at any warehouse) shall be responded to within 1 hour, 24 hours a day, with a workaround within 8 hours. Severity 2 incidents shall be responded to within 2 hours during business hours, and Severity 3 incidents within one business day.
P:6.4 For each hour by which the Vendor misses a response or workaround time for a Severity 1 incident, the Vendor shall credit the Customer CNY 1,000, deducted from the next payment or the retention of support fees.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software. Nothing in this Agreement transfers ownership of the Software to the Customer.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including to third parties who maintain its systems.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose.
P:8.2 The Software is installed in the Customer's data centre in Wuhan. The Vendor's personnel shall access the system remotely only through the Customer's VPN and bastion host, with multi-factor authentication and logged sessions approved by the Customer for each session. No Customer Data shall be copied to or stored outside the Customer's systems.
P:8.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law in relation to Customer Data, and shall ensure that its personnel receive security training.
P:8.4 The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, shall cooperate in investigating and remedying it, and shall be liable for all losses the Customer suffers from a security breach caused by the Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information disclosed by the other party in connection with this Agreement, including business plans, pricing, customer lists, system architecture and security settings, and shall use it only for performing this Agreement.
P:9.2 These obligations continue for five years after the Agreement ends, and indefinitely for trade secrets.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to make the system ready for acceptance testing by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1 % of the Contract Price for each day of delay, up to a maximum of 10 % of the Contract Price.
P:10.2 Each party's total liability under this Agreement shall not exceed 200 % of the Contract Price. This limit does not apply to liability for personal injury, fraud, wilful misconduct or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after receiving written notice of it.
P:12.2 The Customer may also terminate by written notice if the delay damages under Article 10.1 reach their maximum.
P:12.3 On termination by the Customer under this Article, the Vendor shall refund the amounts paid for work not accepted, and the licence in Article 2 continues for any part of the Software that has been paid for.
H:Article 13 Force Majeure
P:Neither party is liable for a delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and uses reasonable efforts to limit the effect. If such an event continues for more than 60 days, either party may terminate this Agreement.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Commonwealth of Kentucky, United States of America, without regard to its conflict of laws rules.
P:14.2 Any dispute arising out of this Agreement shall first be discussed by senior representatives of the parties. If it is not resolved within 30 days, it shall be submitted to the exclusive jurisdiction of the state courts located in Warren County, Kentucky.
H:Article 15 General
P:15.1 This Agreement, together with Annex 1 (Functional Scope), Annex 2 (Unit Prices) and Annex 3 (Project Plan), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:For the Vendor: ____________________    For the Customer: ____________________
"""

E02 = """# SupplierLoop Order Form

**Order Form No. LCS-OF-2026-0457**

This Order Form is entered into between **Lakeway Cloud Systems, LLC**, a Tennessee limited liability company with its principal office at 2415 West Andrew Johnson Highway, Morristown, Tennessee 37814, United States ("Provider"), and **Changzhou Hengrui Auto Parts Co., Ltd.**, a company organised under the laws of the People's Republic of China, with its registered office in the Wujin High-Tech Zone, Changzhou, Jiangsu Province ("Customer").

The Order Form consists of Part A (Order Details) and Part B (General Terms). If they conflict, Part A prevails.

## Part A - Order Details

### A1. Subscribed Service

SupplierLoop Enterprise, Provider's cloud application for supplier quality management, including the following modules: supplier onboarding and qualification; PPAP and first-article submissions; incoming inspection records; non-conformance reports and 8D corrective actions; supplier scorecards; and the supplier portal. Customer's suppliers (up to 420 supplier companies) may access the supplier portal at no extra charge.

### A2. Users and Sites

Up to 180 named Customer users across Customer's three plants in Changzhou, Wuhu and Foshan. Additional named users may be added at CNY 2,400 per user per Subscription Year, prorated for the remainder of the Subscription Year in which they are added. Additional user fees are outside the Total Contract Value.

### A3. Subscription Term

The Subscription Term is thirty-six (36) months, consisting of three Subscription Years. Subscription Year 1 starts on the date of Onboarding Acceptance under Section 4 of Part B; each following Subscription Year starts on the anniversary of that date. This Order Form does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| SupplierLoop Enterprise subscription, Subscription Year 1 | 180 users, 3 plants | 486,000 |
| SupplierLoop Enterprise subscription, Subscription Year 2 | 180 users, 3 plants | 486,000 |
| SupplierLoop Enterprise subscription, Subscription Year 3 | 180 users, 3 plants | 486,000 |
| Onboarding services (configuration, data migration from Customer's legacy quality database, ERP interface, training) | fixed, one-time | 88,000 |
| **Total Contract Value** | | **1,546,000** |

All amounts include value-added tax. The annual subscription fee is fixed for the whole Subscription Term.

### A5. Invoicing and Payment

(a) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days after receipt of a valid VAT invoice.

(b) The onboarding fee is invoiced after Onboarding Acceptance and is payable within 30 days after receipt of a valid VAT invoice.

(c) No fee is payable before Onboarding Acceptance.

### A6. Contacts and Hosting Region

Provider's project manager: Ms. Dana Whitaker. Customer's project manager: Mr. Zhou Lei, Quality Systems Department. Customer Data will be hosted in the mainland China region (Shanghai) of Provider's cloud infrastructure partner, operated by a licensed PRC cloud service operator.

## Part B - General Terms

### 1. Definitions

1.1 "Service" means the subscribed service described in A1, including its updates during the Subscription Term.

1.2 "Customer Data" means all data, documents, drawings and records that Customer, its users or its suppliers upload to or create in the Service.

1.3 "Customer Configurations" means the workflows, forms, scorecard formulas, report templates and the ERP interface mapping that Provider prepares specifically for Customer.

### 2. Use of the Service

2.1 Provider grants Customer and its users a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for Customer's internal business purposes.

2.2 Customer shall keep user credentials secure and shall not resell the Service or use it to build a competing product.

### 3. Onboarding

3.1 Provider shall perform the onboarding services within 75 days after the date of this Order Form, under a project plan agreed with Customer within 10 business days after signature.

3.2 Onboarding includes configuration of the modules in A1, migration of supplier master data and open non-conformance records from Customer's legacy database, the interface to Customer's ERP system, and four training sessions for key users.

### 4. Onboarding Acceptance

4.1 When onboarding is complete, Provider shall notify Customer, and Customer shall test the Service within 10 business days against the following criteria: (a) every module in A1 works for each of the three plants; (b) migrated supplier master data and open records reconcile with the legacy database without discrepancy; (c) the ERP interface transfers purchase order and goods receipt data correctly for 10 consecutive business days; and (d) page response time for standard screens is below 2 seconds.

4.2 Customer shall confirm Onboarding Acceptance in writing when the criteria are met. If any criterion is not met, Provider shall correct the defects within 10 days and Customer shall test again.

4.3 If Provider fails to achieve Onboarding Acceptance within the period in Section 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay, up to a maximum of CNY 60,000.

### 5. Service Levels

5.1 Provider shall make the Service available at least 99.95 % of each calendar month, excluding scheduled maintenance announced five days in advance and performed between 22:00 and 06:00 China Standard Time.

5.2 Provider shall respond to a Priority 1 incident (the Service is unavailable or a core module cannot be used by any plant) within 30 minutes, at any time, and shall restore the Service or provide a workaround within 3 hours. Priority 2 incidents shall be responded to within 2 hours and Priority 3 incidents within one business day.

5.3 If monthly availability falls below the commitment in Section 5.1, Customer shall receive a service credit of 5 % of the monthly equivalent of the annual fee for each 0.1 percentage point of shortfall, up to 50 % of that monthly amount. Each Priority 1 incident not restored within the time in Section 5.2 gives a further credit of CNY 2,000. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

5.4 Provider shall send Customer a monthly service report showing availability, incidents and response times.

### 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Service to Customer and for no other purpose, and shall not sell, share or analyse it for any other party.

6.2 Provider shall keep Customer Data in the hosting region stated in A6 and shall not transfer it outside mainland China. The Service is filed at MLPS level 3 in the PRC. Provider shall encrypt Customer Data in transit and at rest, apply role-based access control, keep access logs for at least 180 days, and test its backups each quarter.

6.3 Provider shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, shall take immediate steps to contain it, and shall compensate Customer for all losses arising from a security incident caused by Provider or its subcontractors.

6.4 At the end of the Subscription Term, Provider shall make all Customer Data available for export in a standard format for 60 days and shall then delete it and confirm the deletion in writing.

### 7. Intellectual Property

7.1 Provider owns the Service and all related software and documentation.

7.2 Customer Configurations belong to Customer. Provider shall deliver them in an exportable form on request, and Customer may use, modify and allow third parties to use them freely, including with another provider's system.

### 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information, including drawings, supplier pricing and quality data, and shall use it only for this Order Form.

8.2 This obligation survives for five years after the Subscription Term ends.

### 9. Subcontractors

9.1 Provider may use subcontractors and sub-processors, including hosting, support and implementation partners, to perform the Service. Provider shall inform Customer of any new subcontractor or sub-processor by written notice at least 15 days before it begins work; Customer's consent is not required.

9.2 Provider remains responsible for the acts and omissions of its subcontractors.

### 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential loss or loss of profit.

10.2 Provider's total aggregate liability arising out of or in connection with this Order Form shall not exceed the fees paid by Customer under this Order Form in the six (6) months preceding the event giving rise to the claim.

10.3 Section 10.2 does not apply to Provider's obligations under Section 6.3 or to liability for wilful misconduct or personal injury.

### 11. Term and Termination

11.1 This Order Form takes effect on signature and continues until the end of the Subscription Term.

11.2 Either party may terminate this Order Form by written notice if the other party materially breaches it and does not cure the breach within 30 days after receiving written notice of it.

11.3 Customer may also terminate if availability falls below 99 % in any two months of a Subscription Year.

11.4 If Customer terminates under Section 11.2 or 11.3, Provider shall refund the prepaid fees for the remainder of the Subscription Year, and Section 6.4 applies.

### 12. Governing Law and Disputes

12.1 This Order Form is governed by the laws of the People's Republic of China.

12.2 Any dispute arising from this Order Form shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The award is final and binding on both parties.

### 13. General

13.1 Notices shall be given in writing to the contacts named in A6.

13.2 This Order Form is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.

Signed for Provider: ____________________ Signed for Customer: ____________________
"""

E03 = """T:Supply and Licence Contract for Grain Temperature Monitoring Equipment
P:Contract No. BC-CG-2026-073
P:Buyer: Heilongjiang Beicang Grain Storage Co., Ltd., registered in Harbin, Heilongjiang Province, People's Republic of China (the "Buyer").
P:Supplier: Pennyrile Instruments, LLC, a Kentucky limited liability company, 3200 Fort Campbell Boulevard, Hopkinsville, Kentucky 42240, United States, acting together with its authorised service partner in Harbin (the "Supplier").
P:This Contract is made on the Buyer's standard terms for the procurement of equipment and software. The Buyer operates twenty-four flat warehouses and six steel silos at its Harbin and Suihua depots and wishes to install digital grain temperature and humidity monitoring with a central monitoring licence.
H:1. Definitions
P:1.1 "Equipment" means the temperature cables, gateways, weather stations and accessories listed in Clause 2.
P:1.2 "Software" means the Supplier's GrainSense monitoring software, in the version current at delivery, with all modules listed in the technical specification.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's depots.
P:1.4 "Custom Work" means the integration programs, configuration files, alarm rules, reports and documentation prepared by the Supplier for the Buyer.
P:1.5 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under Clause 6.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the System, integrate it with the Buyer's ventilation control system and warehouse management system, and train the Buyer's staff, for the prices below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital multi-point temperature and humidity cable|480|1,850|888,000
TB:2|Wireless gateway with backup battery|24|12,500|300,000
TB:3|Headspace and weather station|6|21,000|126,000
TB:4|GrainSense monitoring software, perpetual licence (30 warehouses, 25 users)|1|410,000|410,000
TB:|Hardware and Licence Subtotal|||1,724,000
TB:5|Installation and commissioning|1 lot|186,000|186,000
TB:6|Integration with ventilation control and warehouse management systems|1 lot|94,000|94,000
TB:7|Training|1 lot|18,000|18,000
TB:|Contract Price|||2,022,000
P:2.2 The Contract Price of CNY 2,022,000 includes value-added tax, import duties, transport to the depots, insurance, installation materials and all services during the warranty period. It is a fixed price.
P:2.3 All Equipment shall be new and of the models stated in the technical specification. Any substitution requires the Buyer's prior written approval.
H:3. Payment
P:3.1 The Buyer shall pay 10 % of the Contract Price within 15 business days after signature, against the Supplier's invoice and an advance payment bank guarantee for the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 55 % of the Contract Price within 15 business days after all Equipment has been delivered and installed and the installation certificate has been signed. The installation certificate confirms quantities and installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35 % within 15 business days after Final Acceptance.
P:3.4 Each payment requires a valid VAT invoice. Payments are made in CNY.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Harbin and Suihua depots within 70 days after signature and complete installation within 40 days after delivery.
P:4.2 Installation shall be carried out only when the relevant warehouse is empty or under the Buyer's supervision, in line with the Buyer's safety rules for grain stores, including fumigation and confined-space procedures.
P:4.3 The Supplier is responsible for the Equipment until the installation certificate is signed.
H:5. Delay
P:5.1 If the Supplier is late in delivery, installation or readiness for acceptance testing for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08 % of the Contract Price for each day of delay.
P:5.2 Liquidated damages under this Clause shall not exceed 10 % of the Contract Price. If they reach that amount, the Buyer may terminate the Contract under Clause 14.
H:6. Acceptance
P:6.1 After installation and integration, the System shall run for a trial period of 45 days, after which the Buyer shall carry out final acceptance tests.
P:6.2 The acceptance criteria are: (a) every temperature point reports a reading at least every 10 minutes, with no more than 0.2 % missing readings over the trial period; (b) the measured temperature matches a calibrated reference thermometer within 0.5 degrees Celsius at sampled points in each warehouse; (c) alarms for abnormal temperature rise reach the duty officer's mobile phone within 60 seconds; (d) readings and alarms are passed correctly to the ventilation control and warehouse management systems; and (e) no Severity 1 incident occurs in the last 20 days of the trial period.
P:6.3 When the criteria are met, the Buyer shall sign the final acceptance certificate within 10 business days. Delivery, installation, the installation certificate and use of the System do not constitute acceptance. If a criterion is not met, the Supplier shall correct the defect within 15 days at its own cost and the tests shall be repeated.
H:7. Warranty
P:7.1 The Supplier warrants the System for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective Equipment free of charge, provide Software updates and new versions, and provide technical support.
P:7.2 Replacement parts shall be delivered to the depot within 5 days. The Supplier shall keep a stock of spare cables and gateway modules at its Harbin service partner.
H:8. Support after Warranty
P:8.1 After the warranty period, the Buyer may order annual support covering Equipment repair, Software updates and technical support at the service levels in Clause 9.
P:8.2 The annual support fee shall be 7 % of the Hardware and Licence Subtotal, that is CNY 120,680 per year, fixed for the first two years after the warranty period. Support shall be ordered by a separate purchase order each year and shall not renew automatically.
H:9. Service Levels
P:9.1 The following response times apply during the warranty period and any support year.
TB:Severity|Description|Response|On site or fix
TB:Severity 1|Monitoring of a whole depot lost, or alarms not delivered|30 minutes|8 hours
TB:Severity 2|A warehouse or gateway offline|2 hours|24 hours
TB:Severity 3|Individual cable or sensor fault|1 business day|5 business days
P:9.2 For each hour by which the Supplier misses a Severity 1 response or fix time, the Supplier shall pay the Buyer CNY 800, and CNY 300 per hour for Severity 2. These amounts may be deducted from any sum due to the Supplier.
H:10. Intellectual Property
P:10.1 The Software remains the property of the Supplier. The Buyer receives a perpetual, irrevocable licence to use it at its depots.
P:10.2 All intellectual property in the Custom Work belongs to the Buyer. The Supplier shall hand over the Custom Work, including source code of the integration programs, at Final Acceptance. The Buyer may use, modify and license the Custom Work freely and may have third parties maintain it.
H:11. Data Security
P:11.1 All data collected or produced by the System, including temperature and humidity readings, stock information and alarm records, belongs to the Buyer. The Supplier shall use such data only to perform this Contract and shall not disclose it or use it for any other purpose.
P:11.2 The System shall run on servers in the Buyer's data room. Remote access by the Supplier is allowed only through the Buyer's VPN with a named account approved for each session, and all sessions shall be logged. The Supplier shall not copy data outside the Buyer's systems.
P:11.3 The Supplier shall notify the Buyer within 12 hours after learning of any data leak, loss or unauthorised access, shall help to remedy it, and shall compensate the Buyer for all losses caused by a security incident attributable to the Supplier.
H:12. Confidentiality
P:Each party shall keep confidential any non-public information received from the other, including the Buyer's storage volumes, depot layouts and reserve data, and shall not disclose it to third parties without prior written consent. This obligation continues for five years after the end of this Contract.
H:13. Liability
P:The Supplier's total liability under this Contract is limited to 150 % of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of Clauses 11 and 12.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if the liquidated damages under Clause 5 reach their maximum.
P:14.2 On termination under Clause 14.1, the Supplier shall refund the amounts paid for Equipment and services not accepted and compensate the Buyer's losses.
H:15. Subcontracting
P:The Supplier may use its Harbin service partner named in this Contract for installation and on-site support. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for the work of all subcontractors.
H:16. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute that cannot be settled by negotiation shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin.
H:17. Miscellaneous
P:This Contract is made in English and Chinese; both texts are equally authentic. The technical specification and the Supplier's bid are annexed to this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Collaboration Services Agreement

**Agreement No. HRT-KW-2026-22**

**Between:** Highland Rim Technology Services, Inc., a Tennessee corporation with its principal office at 410 North Jackson Street, Tullahoma, Tennessee 37388, United States ("Provider"); and

**Suzhou Kaiwei Semiconductor Equipment Co., Ltd.**, a company organised under the laws of the People's Republic of China, with its registered office in Suzhou Industrial Park, Jiangsu Province ("Customer").

**Background.** Customer has 64 meeting rooms and two training halls at its Suzhou headquarters and its Shenzhen application centre, equipped with video-conferencing, display and room-booking systems. Customer wishes Provider to take over the day-to-day management of these rooms and systems for thirty-six months. The parties therefore agree as follows.

## 1. Definitions

1.1 "Services" means the managed collaboration services described in Section 2 and Schedule 1.

1.2 "Managed Rooms" means the meeting rooms, training halls and equipment listed in Schedule 1, as updated by written agreement.

1.3 "Service Commencement Date" means the date on which Customer confirms Transition Acceptance under Section 4.

1.4 "Term" means thirty-six months from the Service Commencement Date.

1.5 "Customer Data" means all information of Customer processed in connection with the Services, including room booking records, attendee lists, call logs, meeting recordings and device configurations.

## 2. Services

2.1 Provider shall provide the following Services for all Managed Rooms during the Term:

(a) a service desk available in Chinese and English from 07:30 to 21:00 China Standard Time on working days, and on call at other times for Priority 1 incidents;

(b) remote monitoring of all video-conferencing codecs, cameras, microphones, displays, control panels and room-booking panels;

(c) an on-site engineer at the Suzhou headquarters on all working days, and on-site attendance in Shenzhen within the times in Schedule 2;

(d) white-glove support for meetings that Customer designates as executive or customer-facing meetings, up to 40 per month;

(e) preventive maintenance of each Managed Room once every quarter, including firmware updates approved by Customer;

(f) management of warranty claims with equipment manufacturers and of spare parts listed in Schedule 1; and

(g) a monthly service report with incident statistics, room usage and recommendations.

2.2 Provider shall perform the Services with suitably qualified personnel and in accordance with good industry practice.

2.3 Customer shall give Provider's personnel access to the Managed Rooms and to the network segments needed for monitoring, in line with Customer's site rules.

## 3. Transition

3.1 Within 45 days after signature, Provider shall complete the transition of the Services from Customer's current arrangements, including an inventory of all equipment, baseline testing of every Managed Room, set-up of monitoring, and knowledge transfer from Customer's IT staff.

3.2 If the transition is not completed within that period for reasons attributable to Provider, Provider shall pay Customer CNY 1,500 for each day of delay, up to a maximum of CNY 45,000.

## 4. Transition Acceptance

4.1 Transition Acceptance requires that: (a) every Managed Room has passed a test call with Customer's standard video-conferencing platform and a display and audio test; (b) all devices appear in Provider's monitoring console with correct alerts; (c) the inventory has been reconciled with Customer's asset register; and (d) the runbook for each room type has been delivered and reviewed by Customer.

4.2 Customer shall confirm Transition Acceptance in writing within 5 business days after Provider notifies completion, or shall state the criteria not met. Provider shall then correct the shortcomings and notify Customer again.

## 5. Service Levels

5.1 Provider shall meet the response and restoration times in Schedule 2.

5.2 If Provider fails to meet them, Customer shall receive the service credits in Schedule 3. Provider shall show credits earned in its monthly report and deduct them from the next invoice.

5.3 Provider shall hold a quarterly service review with Customer, in which the parties review performance, open problems and the improvement plan.

## 6. Charges and Payment

6.1 Customer shall pay the charges in Schedule 1. The monthly service charge is invoiced monthly in arrears from the Service Commencement Date. The transition fee is invoiced after Transition Acceptance.

6.2 Customer shall pay each correct VAT invoice within 30 days after receipt. No charge is payable before Transition Acceptance.

6.3 The charges are fixed for the Term. Additional rooms may be added by written change order at the monthly rate per room stated in Schedule 1.

## 7. Customer Data

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose or disclose it to any third party, except as required by law.

7.2 At the end of the Term, Provider shall return all Customer Data in its possession and shall not keep copies.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, including Customer's product plans, customer names, meeting content, office layouts and pricing, and shall use it only for the purposes of this Agreement.

8.2 Each party shall ensure that its employees and permitted subcontractors who receive such information are bound by equivalent obligations. These obligations continue for five years after the end of this Agreement.

## 9. Intellectual Property

9.1 Provider keeps the rights in its monitoring tools and standard methods.

9.2 The room configurations, control-panel programming, runbooks, documentation and reports prepared for Customer belong to Customer, which may use, modify and license them freely, including to a successor provider.

## 10. Personnel and Subcontracting

10.1 Provider shall name a service delivery manager, who shall not be replaced without reasonable notice to Customer.

10.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for all subcontractors.

## 11. Liability

11.1 Each party's total liability under this Agreement shall not exceed 150 % of the total charges payable for the Term as stated in Schedule 1.

11.2 This limit does not apply to personal injury, wilful misconduct or breach of Section 8.

## 12. Term and Ending

12.1 This Agreement takes effect on signature and ends at the end of the Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

12.2 Neither party may terminate this Agreement before the end of the Term, except by mutual written agreement or under Section 13. Customer's remedies for any failure of the Services are the service credits in Schedule 3 and the right to require Provider to correct the failure at its own cost.

12.3 At the end of the Term, Provider shall provide reasonable assistance for up to 30 days to transfer the Services to Customer or a successor provider, at the daily rates in Schedule 1.

## 13. Force Majeure

Neither party is liable for failure caused by events beyond its reasonable control. If such an event prevents the Services for more than 90 consecutive days, either party may end this Agreement by written notice.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.

## 15. General

This Agreement, including Schedules 1 to 3, is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.

## Schedule 1 - Managed Rooms and Charges

| Site | Room type | Number | Monthly charge per room (CNY) | Monthly charge (CNY) |
|---|---|---|---|---|
| Suzhou headquarters | Small room (up to 6 seats) | 28 | 520 | 14,560 |
| Suzhou headquarters | Medium room (up to 14 seats) | 16 | 740 | 11,840 |
| Suzhou headquarters | Boardroom and training halls | 5 | 1,680 | 8,400 |
| Shenzhen application centre | Small and medium rooms | 15 | 800 | 12,000 |
| **Monthly service charge** | | **64** | | **46,800** |

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly service charge for the Term | 36 x 46,800 | 1,684,800 |
| Transition fee | one-time, after Transition Acceptance | 64,000 |
| **Total charges for the Term** | | **1,748,800** |

Spare parts stocked by Provider: codec power supplies, control panels, table microphones, HDMI extenders. Daily rate for additional work or exit assistance: CNY 3,200 per engineer day.

## Schedule 2 - Incident Priorities and Times

| Priority | Description | Response | On site (Shenzhen) | Restoration |
|---|---|---|---|---|
| Priority 1 | Boardroom or executive meeting affected, or more than five rooms down | 30 minutes | 2 hours | 3 hours |
| Priority 2 | A single room unusable | 1 hour | next working day | 1 working day |
| Priority 3 | Partial fault, room still usable | 8 working hours | as scheduled | 5 working days |

## Schedule 3 - Service Credits

| Failure | Credit |
|---|---|
| Priority 1 response or restoration time missed | 3 % of the monthly service charge per incident |
| Priority 2 restoration time missed | CNY 600 per incident |
| Fewer than 95 % of incidents in a month handled within the times in Schedule 2 | 5 % of the monthly service charge |
| Quarterly preventive maintenance missed for a room | CNY 500 per room |

Credits in any month are limited to 20 % of the monthly service charge.

Signed for Provider: ____________________ Signed for Customer: ____________________
"""

E05 = """MARKET DATA API SUBSCRIPTION AGREEMENT

Agreement No. BSMD-2026-CN-009

PARTIES

Big Sandy Market Data, Inc., a Kentucky corporation with its principal office at 126 Main Street, Pikeville, Kentucky 41501, United States ("Provider").

Tianjin Haixin Energy Trading Co., Ltd., a company organised under the laws of the People's Republic of China, with its registered office in the Binhai New Area, Tianjin ("Customer").

BACKGROUND

Provider compiles and publishes assessments of thermal and metallurgical coal prices, seaborne freight rates and port inventories, and makes them available through a web application programming interface (the "API"). Customer trades coal and coke and wishes to receive the data directly in its trading and risk systems. The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the price assessments, indices, freight rates, inventory figures, historical series and related commentary that Provider makes available through the API under this Agreement.

1.2 "Subscription Year" means each of the two consecutive periods of the Subscription Term described in Clause 3.

1.3 "Customer Data" means the watch lists, portfolio positions, query parameters, user information and usage logs that Customer or its users provide to or generate in Provider's systems.

1.4 "Integration Work" means the adapter programs, data mappings and scheduling scripts that Provider develops to load the Data into Customer's trading system and risk system.

1.5 "Authorised Users" means Customer's employees and the employees of its wholly owned subsidiaries in mainland China, up to 60 named persons.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable licence during the Subscription Term to receive the Data through the API, to store it in Customer's systems, and to use it for Customer's internal trading, risk management, reporting and planning.

2.2 Customer may include limited extracts of the Data in internal reports and in reports to its banks, auditors and regulators, with attribution to Provider. Customer shall not resell or publicly distribute the Data or use it to create a competing price index.

2.3 The subscription covers the following data packages: China and Asia-Pacific thermal coal daily assessments; Australian and Russian metallurgical coal assessments; Capesize, Panamax and Supramax freight rates on 38 routes; weekly inventories at 22 Chinese and international ports; and the full historical series of each package since 2012.

2.4 API access is limited to 200,000 calls per day. Customer will receive API keys for a production and a test environment.

3. SUBSCRIPTION TERM

3.1 The Subscription Term consists of two Subscription Years. Subscription Year 1 begins on the date Provider issues the production API keys (the "Activation Date"), and Subscription Year 2 begins on the first anniversary of the Activation Date.

3.2 The Subscription Term ends at the end of Subscription Year 2. This Agreement does not renew automatically. Any further subscription requires a new written agreement.

4. FEES AND PAYMENT

4.1 The fees are:

Subscription Year 1 subscription fee: CNY 612,000
Subscription Year 2 subscription fee: CNY 642,000
Integration Work, one-time fee: CNY 46,000
Total contract value: CNY 1,300,000

4.2 The fees include value-added tax and are fixed. The Subscription Year 2 fee stated above shall not be increased.

4.3 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days after receipt of a valid VAT invoice. The Integration Work fee is invoiced after Integration Acceptance and is payable within 30 days after receipt of a valid VAT invoice.

4.4 If Customer requires more than 60 Authorised Users, additional users may be added at CNY 6,800 per user per Subscription Year. Such fees are outside the total contract value.

5. INTEGRATION WORK

5.1 Provider shall complete the Integration Work within 50 days after the date of this Agreement. Customer shall provide test access to its trading and risk systems and a technical contact.

5.2 If Provider fails to deliver the Integration Work ready for acceptance testing within that period for reasons attributable to Provider, Provider shall pay Customer CNY 900 for each day of delay, up to a maximum of CNY 27,000.

6. INTEGRATION ACCEPTANCE

6.1 Customer shall test the Integration Work within 10 business days after Provider's notice that it is ready. The acceptance criteria are: (a) all data packages in Clause 2.3 load into Customer's trading and risk systems automatically on each publication day; (b) loaded values match the values shown in Provider's web application for a sample of at least 500 data points, without any difference; (c) the complete historical series load without gaps; and (d) a failed load is retried automatically and reported to Customer's technical contact.

6.2 When the criteria are met, Customer shall sign an acceptance certificate. If a criterion is not met, Provider shall correct the Integration Work within 7 days and Customer shall test it again. Issuing API keys and the use of the Data by Customer do not constitute Integration Acceptance.

7. DELIVERY OF THE DATA AND SUPPORT

7.1 Provider will publish the Data on each publication day in accordance with its published methodology and schedule. Provider will use commercially reasonable efforts to keep the API available and to correct errors in the Data when they come to its attention.

7.2 Provider may carry out maintenance of the API from time to time and will try to announce planned maintenance in advance on its status page.

7.3 Support is provided by email and telephone during Provider's business hours. Provider will endeavour to respond to support requests promptly.

7.4 Provider may change its methodology where market conditions require. It will publish changes in advance and keep historical series consistent where practicable.

8. CUSTOMER DATA AND SECURITY

8.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the API and the Integration Work to Customer, and shall not use it for any other purpose, including its own price assessments, and shall not sell or disclose it to any other person.

8.2 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, multi-factor authentication for its administrators, role-based access and access logging. Customer Data shall be stored on servers located in mainland China operated by a licensed PRC cloud provider, and shall not be transferred abroad.

8.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, shall take all necessary steps to contain it, and shall compensate Customer for all losses arising from a breach of security caused by Provider or its personnel.

8.4 Within 30 days after the end of the Subscription Term, Provider shall return Customer Data to Customer in a standard format and then delete it from its systems, and confirm the deletion in writing.

9. INTELLECTUAL PROPERTY

9.1 Provider owns all rights in the Data, the API and its methodology, subject to the licence in Clause 2.

9.2 The Integration Work belongs to Customer. Provider shall deliver its source code and documentation at Integration Acceptance. Customer may use, modify and license the Integration Work freely, including for loading data from other sources.

10. LIABILITY

10.1 Provider does not warrant that the Data is free of errors. Trading decisions remain Customer's own responsibility.

10.2 Neither party is liable for indirect or consequential loss, or loss of profit, except in case of wilful misconduct.

10.3 Each party's total liability under this Agreement is limited to 200 % of the total contract value. This limit does not apply to Provider's obligations under Clause 8.3.

11. SUBCONTRACTING AND ASSIGNMENT

11.1 Provider shall not subcontract the Integration Work or the hosting of Customer Data without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

11.2 Neither party may assign this Agreement without the other party's prior written consent.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

12.2 If Customer terminates under Clause 12.1, Provider shall refund the fees paid for the remainder of the current Subscription Year.

12.3 On expiry or termination, Customer may keep the Data received before that date and use it for internal historical analysis, but may not receive new Data.

13. FORCE MAJEURE

Neither party is liable for delay or failure caused by events beyond its reasonable control, provided it notifies the other party promptly. If such an event lasts more than 60 days, either party may terminate this Agreement.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin. The award is final and binding.

15. GENERAL

15.1 Notices shall be given in writing to the addresses stated above, with a copy by email.

15.2 This Agreement is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.

15.3 This Agreement is made in English and Chinese. Both versions are equally authentic.

For Provider: ____________________          For Customer: ____________________
Name and title:                             Name and title:
Date:                                       Date:
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels and design

FILES = {  # key: (file name, format, language, source)
    "z01": ("h962z01_finance_bureau_procurement_financing_platform.pdf", "pdf", "zh", Z01),
    "z02": ("h962z02_toothbrush_line_control_retrofit.docx", "docx", "zh", Z02),
    "z03": ("h962z03_mma_gym_chain_booking_saas.txt", "txt", "zh", Z03),
    "z04": ("h962z04_airport_bird_strike_monitoring_om.txt", "txt", "zh", Z04),
    "z05": ("h962z05_copper_studio_tracking_supplier_template.md", "md", "zh", Z05),
    "e01": ("h962e01_cold_chain_wms_perpetual_licence_kentucky.pdf", "pdf", "en", E01),
    "e02": ("h962e02_supplier_quality_saas_order_form_tennessee.md", "md", "en", E02),
    "e03": ("h962e03_grain_temperature_sensors_licence.docx", "docx", "en", E03),
    "e04": ("h962e04_managed_collaboration_services_36_months.md", "md", "en", E04),
    "e05": ("h962e05_coal_freight_market_data_api.txt", "txt", "en", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
N = None
# values in KEYS order
TERMS = {
    "z01": [99.95, 0.5, True, "buyer", True, True, True, 0.1, N, 20, True, True, 24, 9, False, True, False, "PRC", G],
    "z02": [N, 1, True, "buyer", True, True, True, 0.08, 150, 25, True, True, 18, 26, False, True, False, "PRC", G],
    "z03": [99.5, 0.5, True, "buyer", True, False, True, 1000 / 894000 * 100, N, N, True, N, N, N, True, True, False,
            "PRC", S],
    "z04": [99.95, 6, True, "buyer", True, True, True, N, N, N, True, N, N, N, False, True, False, "PRC", S],
    "z05": [N, 2, False, "supplier", True, True, True, 0.02, 20, 55, False, False, 6, N, False, True, True, N, G],
    "e01": [N, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 24, 11, False, True, False, "Kentucky", G],
    "e02": [99.95, 0.5, True, "buyer", True, True, True, 1200 / 1546000 * 100, 6 / 36 * 100, N, True, N, N, N, False,
            True, True, "PRC", S],
    "e03": [N, 0.5, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 36, 7, False, True, False, "PRC", G],
    "e04": [N, 0.5, True, "buyer", False, True, True, 1500 / 1748800 * 100, 150, N, True, N, N, N, False, False, False,
            "PRC", S],
    "e05": [N, N, False, "buyer", True, True, False, 900 / 1300000 * 100, 200, N, True, N, N, N, False, True, False,
            "PRC", S],
}
CATEGORY = {"z01": "software", "z02": "hardware", "z03": "cloud", "z04": "services", "z05": "software",
            "e01": "software", "e02": "cloud", "e03": "hardware", "e04": "services", "e05": "cloud"}
# sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
EXTRA = {
    "z01": (True, True, True, False, 2088000),
    "z02": (True, True, True, False, 1920000),
    "z03": (True, True, N, False, 894000),
    "z04": (True, False, N, False, 1236000),
    "z05": (True, True, False, True, 282000),
    "e01": (True, True, True, False, 2150000),
    "e02": (True, True, N, False, 1546000),
    "e03": (True, True, True, False, 2022000),
    "e04": (True, True, N, False, 1748800),
    "e05": (False, True, N, False, 1300000),
}
# price parts (must sum to the contract value) and, for goods, the itemised licence/hardware fee base
PRICES = {
    "z01": ([1260000, 684000, 118000, 26000], 1260000),
    "z02": ([744000, 360000, 96000, 276000, 60000, 180000, 86000, 98000, 20000], 1716000),
    "z03": ([384000, 384000, 126000], N),
    "z04": ([309000] * 4, N),
    "z05": ([168000, 96000, 18000], 168000),
    "e01": ([1380000, 520000, 214000, 36000], 1380000),
    "e02": ([486000] * 3 + [88000], N),
    "e03": ([888000, 300000, 126000, 410000, 186000, 94000, 18000], 1724000),
    "e04": ([46800] * 36 + [64000], N),
    "e05": ([612000, 642000, 46000], N),
}
DESIGN = {  # the rules I designed each draft to trigger
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-MISSING", "CR-SLA-RESPONSE"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(key):
    t = dict(zip(KEYS, TERMS[key]))
    base = PRICES[key][1]
    value = EXTRA[key][4]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (value + fees) * 100


def derive(key):
    """My reading of policy section 3, applied to my labels."""
    t = dict(zip(KEYS, TERMS[key]))
    sla, ld_stated, capped, deemed, value = EXTRA[key]
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
        share = tco_share(key)
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


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(key):
    name, fmt, lang, _ = FILES[key]
    sla, ld_stated, capped, deemed, value = EXTRA[key]
    terms = dict(zip(KEYS, TERMS[key]))
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": lang, "category": CATEGORY[key], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": derive(key)}


# ---------------------------------------------------------------------------------------------------------------
# Read-back and threshold scan

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
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


PCT = r"\s*(?:%|％|percent|per\s*cent)"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.])4\s*-?\s*(?:个)?\s*(?:hours?\b|hrs?\b|h\b|小时)",
    r"\bfour\s*(?:\(4\)\s*)?-?\s*hours?\b", r"四个?小时",
    r"(?<![\d.])0?\.050*" + PCT, r"万分之五", r"千分之零点五", r"(?<![\d.])0?\.50*\s*‰",
    r"(?<![\d.])(?:30|40|15|100)(?:\.0+)?" + PCT,
    r"百分之(?:三十|四十|十五|一?百)",
    r"\b(?:thirty|forty|fifteen|one\s*hundred)\s*(?:\(\d+\)\s*)?" + PCT,
    r"(?<![\d.])12\s*-?\s*(?:\(twelve\)\s*)?(?:months?\b|个月|月份)", r"十二个?月",
    r"\btwelve\s*(?:\(12\)\s*)?-?\s*months?", r"一年", r"\bone\s*-?\s*years?\b", r"(?<![\d.])1\s*-?\s*years?\b",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "可用率99.9％", "4 hours", "4-hour", "4小时", "4个小时", "四小时", "four hours",
            "four (4) hours", "0.05%", "0.050 %", "万分之五", "30%", "30 %", "40%", "15 %", "100%", "100 per cent",
            "百分之三十", "百分之百", "百分之一百", "百分之四十", "百分之十五", "thirty percent", "fifteen per cent",
            "12 months", "12-month", "12个月", "十二个月", "twelve months", "twelve (12) months", "一年", "one year",
            "1 year", "one-year"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "14小时", "0.055%", "130%", "150%", "115%", "20%", "200 %",
             "2012", "12 hours", "120 days", "万分之八", "百分之二十", "12,000", "Subscription Year 1", "第一个服务年度",
             "300%", "0.08 %", "2027年12月31日", "千分之一", "45 days", "1,500", "次年对应日", "Year 2 begins"]


def self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), "must hit: " + s
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), "must miss: %s (%s)" % (s, THRESHOLD_RE.search(s))


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(variant)]
    return hits


# ---------------------------------------------------------------------------------------------------------------

def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    sources, targets = {}, {}
    for key, (name, fmt, lang, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
        else:
            sources[key], targets[key] = src, (name, fmt)
    write(sources, targets, OUT, wrap_words=True)

    covered = set()
    for key, (name, fmt, lang, src) in FILES.items():
        lab = label(key)
        path = OUT / name
        text = read_back(path)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        hits = scan(text)
        assert not hits, (key, hits)
        t = lab["expected_terms"]
        for k, th in THRESH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k)
        parts, base = PRICES[key]
        assert sum(parts) == lab["expected_extra"]["contract_value"], key
        share = tco_share(key)
        assert share is None or abs(share - 40) > 2, (key, share)
        assert lab["expected_rules"] == sorted(DESIGN[key]), (key, lab["expected_rules"], DESIGN[key])
        covered |= set(lab["expected_rules"])
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s  %-58s %5d %s  rules=%s risk=%s tco=%s" % (key, name, n, "chars" if lang == "zh" else "words",
              ",".join(x[3:] for x in lab["expected_rules"]) or "-", risk(lab["expected_rules"]),
              None if share is None else round(share, 2)))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    # the mix
    counts = {k: len(DESIGN[k]) for k in DESIGN}
    assert [k for k in counts if counts[k] == 0] == ["z01", "e03"]
    assert DESIGN["e01"] == ["CR-GOVERNING-LAW"] and risk(DESIGN["e01"]) == "low"
    assert 8 <= counts["z05"] <= 10
    assert all(2 <= counts[k] <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
