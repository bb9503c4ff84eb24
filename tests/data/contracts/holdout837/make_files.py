"""holdout837: ten blind held-out draft contracts (five Chinese, five English) with their expected labels.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
Builds every contract file from the sources below (the .docx and .pdf through ../word_pdf.py, PDFs pre-wrapped at
word boundaries), writes the .json labels (one-space indent, no trailing newline, key order as holdout19), and
asserts: the price sums, the text lengths as read back (Chinese 2,750-3,000 characters without whitespace, English
1,450-1,650 words), that no label value equals a policy threshold and no TCO share lies within 2 points of 40 %, that
no built file states a threshold figure (a self-tested regex over the raw, whitespace-collapsed and whitespace-free
read-back text), that each draft's rules derived from its labels (my reading of policy section 3) equal my design
list, and that the ten drafts together cover all 20 CR rules.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = r"""
T:雪灾预警平台软件许可及定制开发合同
P:合同编号：QXJ-ZC-2026-0419　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市气象局　住所：某市北苑路18号
P:乙方（供应商）：北辰气象信息技术有限公司　住所：某市高新区科技五路66号
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据本项目招标文件、乙方投标文件及中标通知书，双方就雪灾预警平台软件许可及定制开发事宜，在平等自愿的基础上订立本合同。本合同由甲方提供文本，招标文件、投标文件、中标通知书及本合同附件均为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供"雪灾预警平台"V3.0 软件永久使用许可（不限用户数，部署于甲方政务云），并完成以下定制开发：积雪深度反演模型接入、道路结冰风险分级预警模块、预警信息短信及政务新媒体推送接口、与省级气象业务平台的数据交换接口。
P:1.2 乙方负责平台的部署、数据对接、试运行保障及对甲方业务人员的培训，具体需求以招标文件第三章技术要求为准。
P:1.3 平台应支持全市一百二十个区域自动站、二十个积雪观测点及交通部门道路气象站的数据接入，能够按乡镇生成雪灾风险等级图，并按预警级别自动匹配发布对象。
P:1.4 乙方应交付需求规格说明书、概要设计及详细设计说明书、测试报告、部署手册、用户手册、运维手册及定制部分的全部源代码。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰柒拾柒万元整（¥1,770,000），其中：软件许可费¥980,000；定制开发费¥640,000；实施部署费¥118,000；培训费¥32,000。
P:2.2 合同总价为固定价格，包含乙方履行本合同的全部费用及税费，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初验后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方按财政国库集中支付程序付款，付款以乙方提交合格发票为前提。
H:第四条 交付期限
P:4.1 乙方应于合同签订后九十日内完成部署及定制开发并提请初验，于当年十月三十一日前具备冬季业务运行条件。
P:4.2 交付地点为甲方指定的政务云平台，乙方须在甲方安全管理要求下实施。
H:第五条 项目管理与人员
P:5.1 乙方应指定具有相应资质的项目经理全程负责本项目，项目经理及核心开发人员不得随意更换；确需更换的，应提前十日书面报甲方同意。
P:5.2 乙方应每周提交项目进展报告，重大事项随时报告。甲方有权对实施过程进行监督检查，乙方应予配合。
P:5.3 乙方应为甲方业务人员提供不少于三期集中培训，培训内容包括预警产品制作、平台管理及常见问题处理，培训后应进行考核。
H:第六条 履约保证金
P:6.1 乙方应在合同签订后七个工作日内向甲方提交合同总价5%的履约保证金，可采用银行保函形式。
P:6.2 平台通过最终验收且无违约情形的，甲方在十个工作日内无息退还履约保证金。
H:第七条 验收
P:7.1 初验标准：功能逐项符合招标文件技术要求；预警产品生成时间不超过5分钟；推送接口连续7日无丢失；通过甲方委托的第三方安全测评。
P:7.2 最终验收标准：初验合格后连续试运行60日，期间无一级故障；积雪深度反演结果与人工观测站比对误差在规定范围内；完成全部文档及源代码移交。
P:7.3 验收由甲方组织，出具书面验收报告。平台上线运行或甲方使用，均不视为验收合格。
H:第八条 质量保证与维护
P:8.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、模型参数调优及技术支持，每年冬季业务期前进行一次全面巡检。
P:8.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过软件许可费的9%（即¥88,200），该费用自质保期满后三年内保持不变，另行签订维护合同，不自动续期。
H:第九条 服务水平
P:9.1 冬季业务期（每年11月至次年3月）平台月可用率不低于99.95%。
P:9.2 一级故障（平台无法生成或发布预警）乙方应在30分钟内响应，2小时内到场，6小时内恢复；二级故障2小时内响应，次工作日内解决。
P:9.3 乙方每超过响应或恢复时限1小时，甲方可扣减¥1,000；可用率每低于承诺值0.01个百分点，扣减¥2,000，从应付款或履约保证金中扣除。
P:9.4 乙方应在每月5日前提交上月运行报告，列明可用率、故障及处理情况，并于每年十月组织一次冬季业务保障演练。
H:第十条 知识产权
P:10.1 定制开发成果（含反演模型接入程序、预警模块、接口程序、源代码及技术文档）的知识产权归甲方所有，甲方可自行使用、修改及许可他人使用。
P:10.2 平台原有产品的知识产权归乙方，乙方授予甲方永久使用许可。乙方保证不侵犯第三方权利。
H:第十一条 数据安全
P:11.1 平台处理的气象观测数据、预警信息及用户信息均属于甲方所有，乙方不得用于本合同以外的任何目的。
P:11.2 乙方应遵守《数据安全法》《网络安全法》及等级保护要求，经甲方审批通过堡垒机进行运维操作，不得私自拷贝、留存数据。平台数据每日备份，备份介质存放于甲方指定位置。
P:11.3 发生数据泄露或安全事件时，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的损失由乙方承担全部赔偿责任。
H:第十二条 保密
P:12.1 双方对履行本合同知悉的对方未公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条义务在合同终止后五年内有效。
H:第十三条 违约责任
P:13.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:13.2 乙方逾期超过45日的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:13.3 乙方交付的定制成果不符合约定且经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并承担由此造成的损失。
P:13.4 甲方逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十四条 分包
P:14.1 乙方不得将本项目转包或分包给第三方。
H:第十五条 合同解除
P:15.1 一方严重违约，经另一方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。
H:第十六条 法律适用与争议解决
P:16.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十七条 不可抗力
P:17.1 因地震、特大暴雪等不可抗力致使合同不能履行的，受影响一方应及时通知对方，并在十日内提供证明，可部分或全部免除责任，但迟延履行后发生不可抗力的除外。
P:17.2 雪灾等气象灾害属于本平台的服务场景，不构成乙方免除服务水平义务的理由。
H:第十八条 通知
P:18.1 本合同项下的通知以书面形式送达双方首页所列地址或双方确认的电子邮箱，邮件发出之日视为送达。
H:第十九条 其他
P:19.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。
P:19.2 附件：一、定制开发需求清单；二、验收方案；三、服务水平及故障分级说明；四、数据安全承诺书。
P:19.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　乙方（盖章）：
P:日期：　　年　月　日
"""

Z02 = r"""
T:生产线控制系统改造合同
P:合同编号：HY-SB-2026-027
P:甲方：慈溪华跃插座电器有限公司（插线板生产厂）
P:乙方：宁波智控自动化工程有限公司
P:甲方现有注塑、组装、测试三个车间的生产线控制系统老化，故障频发，且无法满足新国标插座产品的检测要求。经比选，甲方委托乙方对上述生产线的控制系统（设备及软件）进行改造。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 注塑车间六条线的PLC控制系统更换及程序重写；自动组装线四条的伺服及运动控制模块更换；插线板成品线的视觉检测系统（检查插孔保护门、铜件装配、丝印）新增；耐压及通电测试工位控制器更换；各线工控机及触摸屏更换；产线监控及配方管理软件的部署。
P:1.2 乙方负责旧系统拆除、安装调试、与甲方现有MES系统的数据接口开发、工艺配方迁移，以及对甲方设备科及班组长的培训。
P:1.3 改造后的控制系统应能按订单自动调用工艺配方，记录每一批插线板的耐压、通电及外观检测结果，并可按批次追溯至生产线、班次及操作人员。
P:1.4 改造应分线分批实施，每条线停产时间不超过甲方书面同意的窗口期，不得影响甲方的正常订单交付。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰柒拾陆万元整（¥1,760,000），含税，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|注塑线PLC控制系统（含柜体、模块、编程）|6套|86,000|516,000
TB:2|组装线伺服及运动控制模块|4套|72,500|290,000
TB:3|视觉检测系统（工业相机、光源、处理单元）|8套|23,500|188,000
TB:4|耐压及通电测试工位控制器|12台|9,800|117,600
TB:5|工控机及触摸屏|20台|6,720|134,400
TB:6|产线监控及配方管理软件许可|1套|234,000|234,000
TB:|设备及软件小计||||1,480,000
TB:7|安装调试及旧系统拆除|1项|176,000|176,000
TB:8|MES接口及程序开发|1项|86,000|86,000
TB:9|培训|1项|18,000|18,000
TB:|合计||||1,760,000
P:2.2 上述价格为固定总价，包括设备、软件、运输、保险、安装、调试、培训及税费。
H:第三条 付款方式
P:3.1 合同生效后七日内，甲方向乙方支付合同总价的35%作为预付款（¥616,000），乙方凭预付款备料，并应在收款后十五日内向甲方提供主要设备的采购订单复印件。
P:3.2 全部设备到货并安装完成后，甲方支付合同总价的45%。到货签收及安装完成不视为验收。
P:3.3 全部生产线通过最终验收后，甲方支付合同总价的20%。
P:3.4 乙方每次收款前应开具等额增值税专用发票。
H:第四条 工期
P:4.1 乙方应在合同生效后七十五日内完成全部设备到货，一百二十日内完成全部生产线改造并提请验收。
P:4.2 具体分线实施计划由双方在开工前书面确认。因甲方未按计划提供停产窗口或现场条件的，工期相应顺延，乙方应书面记录并经甲方确认。
P:4.3 乙方应每周向甲方提交施工进度报告，列明已完成线体、存在问题及下周计划，甲方有权对施工质量进行检查。
H:第五条 施工安全与现场管理
P:5.1 乙方进场人员应遵守甲方的安全生产、消防及车间管理制度，电气作业人员须持有有效的特种作业操作证。
P:5.2 乙方应在每条线改造前提交停产切换方案及回退方案，经甲方设备科确认后方可实施；切换失败的，乙方应在当班内恢复原系统运行。
P:5.3 拆除的旧设备归甲方所有，乙方应清点登记后移交甲方仓库，不得擅自处置。
P:5.4 施工期间因乙方原因造成人身伤害或财产损失的，由乙方承担责任。
H:第六条 验收
P:6.1 验收标准：各线控制功能与技术协议逐项相符；视觉检测漏检率不高于0.2%、误判率不高于1%；测试工位数据自动上传MES且与实物记录一致；各线连续生产满三十日，无因控制系统造成的整线停机；产能不低于改造前水平。
P:6.2 验收由甲方组织，双方签署验收报告。试生产或甲方使用不视为验收合格。
H:第七条 质量保证与售后服务
P:7.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件的故障由乙方免费维修或更换，软件免费升级；同一设备在质保期内因质量问题维修两次仍不能正常使用的，乙方应免费更换新品，更换部分的质保期重新计算。
P:7.2 一级故障（整线停机）乙方应在1小时内响应，3小时内到场；二级故障（单工位停机）2小时内响应，当日到场。乙方每超出上述时限1小时，甲方可扣减¥800。
P:7.3 质保期满后，乙方继续提供维保服务，维保服务费按设备及软件小计的28%每年计取，即每年¥414,400，维保期内不作调整，由双方另行签订维保协议，按季度支付。
H:第八条 备品备件与培训
P:8.1 乙方应随货提供易损件清单所列备品备件，并保证所供设备停产后七年内继续供应备件，价格不高于同期市场价。
P:8.2 乙方应对甲方设备科人员进行PLC程序维护、视觉检测参数设置及配方管理操作的培训，对班组长进行日常操作培训，培训累计不少于六天，培训后甲方人员应能独立完成常规维护。
P:8.3 乙方应交付电气原理图、接线图、程序备份、设备说明书及软件操作手册各两套，并提供电子版。
H:第九条 知识产权
P:9.1 乙方为甲方编写的PLC程序、MES接口程序、配方模板及相应源代码和文档归甲方所有，甲方可自行修改和使用。软件许可部分的著作权归原权利人，甲方享有永久使用权。
H:第十条 数据安全与保密
P:10.1 生产数据、工艺配方及质量记录归甲方所有，乙方不得用于本合同以外的目的。乙方远程维护须经甲方批准并全程记录，不得拷贝甲方数据；发生数据泄露的，乙方应在两小时内通知甲方并承担由此造成的损失。
P:10.2 双方对在履行合同中知悉的对方商业秘密和技术信息负有保密义务，期限至合同终止后三年。
H:第十一条 违约责任
P:11.1 乙方逾期完成改造或逾期通过验收的，每逾期一日，按合同总价的千分之一支付违约金。
P:11.2 因乙方原因造成甲方停产的，乙方还应赔偿甲方的直接损失。
P:11.3 甲方逾期付款的，按同期贷款市场报价利率支付利息。
H:第十二条 分包
P:12.1 乙方不得转包；确需将电气布线等辅助工作分包的，须事先取得甲方书面同意，并对分包方的工作承担责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:13.2 乙方逾期完成改造超过三十日，或改造后的生产线经两次验收仍不合格的，视为严重违约。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，根据影响程度部分或全部免除责任。
H:第十五条 通知
P:15.1 本合同项下的通知应以书面形式送达合同首页所列联系人，或发送至双方确认的电子邮箱，发出之日起第二日视为送达。
H:第十六条 合同变更
P:16.1 任何一方要求变更改造范围的，应书面提出，经双方协商一致签订补充协议后执行，涉及价款调整的，按本合同单价计算。
H:第十七条 争议解决
P:17.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交甲方所在地人民法院诉讼解决。
P:17.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　乙方（盖章）：
"""

Z03 = r"""
约课及会员管理系统SaaS服务合同

合同编号：QF-IT-2026-011

甲方：上海青锋体育文化发展有限公司（"青锋剑术"连锁培训品牌，下称"甲方"）
乙方：杭州云驿软件科技有限公司（下称"乙方"）

鉴于甲方在全国经营35家剑术培训门店，需要统一的约课、排课、会员及储值卡管理系统，乙方具备相应的SaaS产品及实施能力，双方根据《中华人民共和国民法典》及相关法律法规，经友好协商，就乙方向甲方提供SaaS服务及实施服务事宜达成如下协议。

一、服务内容
（一）SaaS订阅服务
1. 乙方向甲方提供"云驿约课"SaaS平台的订阅服务，包括学员端小程序（约课、签到、课包购买、教练评价）、门店端（排课、教练课时、场地管理、核销）及总部管理端（会员、储值卡、营销活动、经营报表）。
2. 订阅范围为甲方现有35家门店及总部，新增门店按本合同单价另行结算，关闭门店的，自关闭次月起停止计费。
（二）实施服务
1. 乙方负责35家门店的系统配置、会员及储值余额数据迁移、小程序品牌化配置、与甲方现有收银系统的对接，以及店长和前台人员的培训。
2. 乙方应为甲方定制开发"段位考核"模块及总部经营分析报表一套。
3. 乙方应组建不少于五人的实施团队，指定项目经理一名，按区域分三批完成门店上线，每批上线前应完成店长及前台人员的现场或远程培训，并提供操作视频及常见问题手册。
（三）运营支持
1. 服务期内，乙方提供每日8:00至22:00的在线客服及电话支持，覆盖甲方门店的全部营业时间。
2. 乙方每季度向甲方提交服务报告，内容包括可用率、故障处理、功能更新及甲方使用情况分析。
3. 平台功能升级应提前七日通知甲方，涉及学员端操作变化的，乙方应提供门店培训材料。

二、服务期限
（一）服务期为两个服务年度，首个服务年度自平台上线验收合格之日起计算，第二个服务年度紧接首个服务年度。服务期内甲方门店数量变化不影响服务期限。
（二）上线验收报告签署之日即为首个服务年度的起始日，双方应在验收报告中载明。
（三）服务期满前三十日，任何一方未书面提出终止的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据市场情况调整服务费标准，上调幅度不超过上一服务年度服务费的10%，乙方应在续期前以邮件方式通知甲方调整后的价格。

三、费用及支付
（一）费用明细
1. 门店端订阅费：每店每服务年度6,800元，35家门店合计238,000元/服务年度；
2. 总部管理端订阅费：36,000元/服务年度；
3. 实施费（一次性）：58,000元。
合同总价（两个服务年度）为人民币606,000元（大写：陆拾万零陆仟元整），含税。订阅费已包含平台托管、数据备份、版本升级及每店每月不超过3,000条的短信通知，超出部分按乙方报价另行结算。
（二）支付方式
1. 实施费在平台上线验收合格后十五日内一次性支付。
2. 订阅费按季度支付，每季度结束后十五日内，甲方根据乙方当季服务报告及发票支付当季订阅费68,500元。
3. 新增门店的订阅费按当期服务年度剩余月份折算，与当季订阅费一并支付。
4. 乙方应提前开具合法有效的增值税发票。

四、上线与验收
（一）乙方应在合同签订后六十日内完成全部门店上线并提请验收。
（二）验收标准：
1. 35家门店均可正常约课、排课、签到及核销；
2. 会员、课包及储值余额迁移数据与甲方原系统逐条核对一致；
3. 收银对接连续10日对账无差异；
4. 定制的段位考核模块及报表符合甲方确认的需求说明。
（三）甲方在收到验收申请后十个工作日内组织验收并出具书面意见。门店试用不视为验收合格。
（四）验收不合格的，乙方应在七日内整改并重新提请验收，整改期间计入上线期限。

五、服务水平
（一）平台月可用率不低于99.5%（计划内维护除外，计划内维护应安排在凌晨2:00至6:00并提前48小时通知）。
（二）故障分级与响应：
1. 一级故障（全部或多数门店无法约课或核销）：30分钟内响应，3小时内恢复；
2. 二级故障（单店或单一功能异常）：2小时内响应，1个工作日内解决。
（三）服务补偿：月可用率每低于承诺值0.1个百分点，或一级故障恢复每超时1小时，乙方按当月订阅费的2%给予服务费抵扣，当月抵扣合计不超过当月订阅费。

六、知识产权
（一）平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的段位考核模块、经营报表、小程序品牌页面及相关源代码、文档归甲方所有，甲方可自行使用、修改或委托第三方开发。

七、数据与安全
（一）甲方的会员信息、学员档案、消费及储值记录（以下简称"甲方数据"）归甲方所有。乙方可将甲方数据去标识化处理后，用于行业经营分析报告及乙方产品优化，该项使用在合同终止后仍可继续。
（二）乙方应采取加密存储、访问控制、操作日志、数据备份等安全措施，平台应通过网络安全等级保护二级以上测评，数据存储于中国境内。
（三）发生数据泄露或安全事件的，乙方应在24小时内通知甲方，配合处置，并承担因其过错造成的损失。
（四）乙方人员访问甲方数据应遵循最小必要原则，并保留访问记录不少于六个月，甲方有权查阅。
（五）合同终止后三十日内，乙方应按甲方要求导出并移交全部甲方数据，并在移交后删除。

八、保密
双方对在合作中知悉的对方商业秘密、经营数据及其他未公开信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内有效。

九、违约责任
（一）乙方未按期完成上线的，每逾期一日，向甲方支付500元违约金。
（二）甲方逾期支付费用的，每逾期一日按应付金额的万分之三支付违约金。
（三）乙方违反本合同数据安全义务，导致甲方会员信息泄露的，应赔偿甲方因此产生的全部损失，包括向会员赔偿及监管部门处罚的费用。
（四）任何一方违约给对方造成损失的，应赔偿对方的实际损失。

十、分包
乙方不得将实施服务分包给第三方，但经甲方书面同意的除外。经同意分包的，乙方应对分包方的行为承担全部责任，分包方同样负有本合同约定的数据安全及保密义务。

十一、合同解除
（一）任何一方严重违约，经对方书面通知后十五日内未纠正的，守约方有权解除本合同。
（二）乙方平台连续两个月可用率低于承诺值的，甲方有权解除合同，乙方应赔偿甲方由此造成的损失，并配合甲方完成数据迁移。

十二、争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交上海仲裁委员会仲裁。

十三、不可抗力
因不可抗力导致一方不能履行合同的，该方应及时通知对方并提供证明，根据影响程度部分或全部免除责任。公有云基础设施故障不当然构成不可抗力。

十四、通知
双方指定的联系人及电子邮箱见附件三。一方变更联系方式的，应提前五个工作日书面通知对方，否则向原联系方式发出的通知视为送达。

十五、其他
（一）本合同附件为本合同的组成部分：附件一《SaaS功能清单》；附件二《定制需求说明》；附件三《联系人及服务台信息》。
（二）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：
日期：　　　　　　　　　　日期：
"""

Z04 = r"""
户外招牌安全管理系统年度运维服务合同

项目编号：CGJ-CS-2026-058
采购方式：竞争性磋商

甲方（采购人）：某市城市管理局
乙方（成交供应商）：江城数智城市服务有限公司

根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就户外招牌安全管理系统年度运维服务事宜，经协商一致，订立本合同。

第一条 服务内容
（一）系统运维：对户外招牌安全管理系统（含招牌档案库、设置审批模块、巡查上报APP、风险评估模型、台风期预警推送模块及大屏展示）提供日常运行维护、故障处理、数据库维护、安全加固、补丁升级及性能优化。
（二）数据维护：对全市约四万六千块户外招牌的档案数据进行更新维护，对各区上报的新增、变更、拆除信息进行核对入库，按季度出具数据质量报告。
（三）现场核验：按甲方下达的任务，对高风险招牌（面积较大、设置高度较高或设置年限较长）进行现场拍照核验，并将结果录入系统，全年不少于三千块次。
（四）应急保障：在台风、暴雨、大风等灾害性天气预警期间提供驻场值守，保障预警推送及巡查任务派发正常运行。
（五）驻场服务：乙方安排一名运维工程师在甲方指定地点驻场，工作日全天在岗。

第二条 服务期限
本合同服务期自2027年1月1日起至2027年12月31日止。服务期满本合同自然终止，甲方如需继续采购运维服务，应依法重新组织采购，本合同不自动续期。

第三条 运维工作要求
（一）日常巡检：乙方每日检查服务器、数据库、接口及预警推送通道的运行状态，每月出具运行月报，列明故障、处理过程、资源使用及安全情况。
（二）数据备份：数据库每日增量备份、每周全量备份，备份数据存放于甲方指定的政务云存储，每季度进行一次恢复演练。
（三）安全运维：乙方应每季度配合甲方开展漏洞扫描，对发现的高危漏洞在五个工作日内完成修复，并配合甲方完成等级保护测评整改。
（四）服务台：乙方设立服务热线，受理各区城管部门的问题反馈，建立工单台账，处理结果应反馈提出人并经甲方抽查。
（五）变更管理：系统配置变更、版本升级应提前提交变更方案，经甲方书面同意后在非工作时间实施，并准备回退方案。

第四条 合同价款及支付
（一）合同总价为人民币肆拾陆万捌仟元整（¥468,000），包括系统运维、数据维护、现场核验、应急保障及驻场服务的全部费用和税费。
（二）运维费按季度支付。每季度结束后，甲方根据季度考核结果，在收到乙方发票后十五个工作日内支付当季运维费¥117,000；季度考核不合格的，甲方可按考核办法相应扣减。
（三）本合同不设预付款。

第五条 服务水平
（一）故障分级：一级故障指系统整体不可用、台风期预警推送中断或数据丢失；二级故障指单个模块不可用或巡查APP无法上报；三级故障指一般功能缺陷。
（二）响应时限：一级故障30分钟内响应，2小时内到场，6小时内恢复；二级故障1小时内响应，当日内解决；三级故障24小时内响应，5个工作日内解决。
（三）乙方超过上述响应或恢复时限的，每超时1小时，甲方从当季运维费中扣减¥600；台风期间一级故障超时的，每超时1小时扣减¥1,200。

第六条 考核与验收
（一）季度考核：甲方每季度按考核办法对故障处理时效、数据更新及时率、现场核验完成量及驻场出勤情况进行考核，考核得分低于80分的为不合格。考核结果书面通知乙方，乙方有异议的可在五个工作日内提出复核。
（二）年度验收：服务期满前二十日内，乙方提交年度运维报告、数据质量报告及全部运维记录，甲方组织验收。验收标准为：全年一级故障均在时限内恢复；招牌档案数据与核验结果一致率不低于98%；现场核验完成量达到第一条约定；运维文档齐全。
（三）甲方应出具书面验收意见。乙方提交报告不视为验收合格。

第七条 甲方义务
（一）甲方应为乙方提供必要的办公场所、网络接入及堡垒机账号，并指定专人负责日常联络。
（二）甲方应及时下达现场核验任务，组织各区城管部门配合乙方开展工作，并按约定支付运维费。
（三）甲方发现系统故障时，应通过服务热线或工单系统及时通知乙方。

第八条 履约保证金
乙方应在合同签订前向甲方提交合同总价5%的履约保证金。服务期满验收合格且无未结违约责任的，甲方在十个工作日内无息退还。

第九条 知识产权
运维期间乙方为甲方开发的补丁程序、统计报表、数据处理脚本及相关文档，其知识产权归甲方所有，甲方可自行使用、修改及交由其他服务商使用。

第十条 数据安全
（一）系统中的招牌档案、商户信息、巡查照片及地理位置数据均属于甲方，乙方仅可为履行本合同使用，不得向任何第三方提供。
（二）乙方运维人员须经甲方备案，通过甲方堡垒机访问系统，操作全程留痕；不得将数据拷贝至个人设备或境外服务器。
（三）发生数据泄露、篡改等安全事件的，乙方应在1小时内向甲方报告，配合调查处置，并承担因其原因造成的全部损失。

第十一条 保密
乙方对履行合同中知悉的甲方工作秘密、商户信息及系统安全配置负有保密义务，合同终止后仍应继续履行，直至相关信息依法公开。

第十二条 人员管理
乙方驻场及运维人员应遵守甲方管理制度，更换驻场人员须提前五个工作日书面通知甲方并完成交接。驻场工程师应具备三年以上系统运维经验，乙方应与其运维人员签订保密承诺书并报甲方备案。

第十三条 服务分包
乙方可将第一条第（三）项现场核验工作委托具备相应能力的第三方实施，但应提前五个工作日书面告知甲方，并对其工作质量负责。第三方的现场核验人员同样应遵守本合同第十条数据安全及第十一条保密的约定。

第十四条 违约责任
（一）乙方未按约定期限完成季度数据更新、补丁升级等运维任务，或一级故障超过恢复时限仍未恢复的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（二）乙方连续两个季度考核不合格的，甲方有权解除合同，并要求乙方赔偿损失。
（三）甲方逾期付款的，应按逾期金额每日万分之二向乙方支付违约金。

第十五条 合同解除
任何一方严重违约，经另一方书面催告后十日内仍未纠正的，守约方有权书面通知解除合同。合同解除后，乙方应在十日内移交全部运维资料及系统账号。

第十六条 服务交接
（一）服务期开始前，乙方应与原运维单位完成系统账号、文档、源代码及运维记录的交接，交接情况由甲方确认。
（二）服务期满或合同解除时，乙方应配合甲方或新的运维单位完成交接，提供完整的运维文档、配置清单及未结工单，交接期不少于十五日，期间不另行收费。

第十七条 不可抗力
因不可抗力不能履行合同的，受影响一方应在知悉后及时通知对方，并在十日内提供证明。灾害性天气属于本合同约定的应急保障情形，乙方不得以此为由免除应急保障义务。

第十八条 争议解决
本合同适用中华人民共和国法律。发生争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十九条 其他
（一）磋商文件、响应文件、成交通知书及考核办法为本合同的组成部分。
（二）本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。
（三）本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。

甲方（盖章）：　　　　　　乙方（盖章）：
签订日期：　　年　　月　　日
"""

Z05 = r"""
# 软件销售及定制开发合同

**绣迹软件标准合同文本（V1.3）**

合同编号：XJ-2026-0716

甲方（买方）：苏州市吴中区青丝发绣艺术工作室

乙方（卖方）：苏州绣迹信息科技有限公司

甲方拟采购乙方"绣迹工艺流程追踪系统"并委托乙方进行定制开发。双方根据《中华人民共和国民法典》的规定，经协商一致，签订本合同，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供"绣迹工艺流程追踪系统"标准版软件使用许可一套（含10个用户授权、平板端及电脑端）。

1.2 乙方根据甲方需求进行定制开发，内容包括：发绣工序模板（选发、洗发、染发、劈丝、描稿、绣制、装裱）、每道工序的用时及人员记录、作品溯源证书二维码、订单与作品对应管理、材料（发丝、丝绸底料）出入库记录。

1.3 软件许可为永久使用许可，仅限甲方在其工作室内部使用，授权用户数以本条约定为准，增加用户需另行购买。甲方不得将软件出租、转让或提供给关联机构使用。

1.4 乙方负责软件的安装部署及使用培训。定制需求以双方确认的《需求确认单》为准，需求确认后甲方提出的变更，乙方有权另行收费。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 绣迹工艺流程追踪系统标准版软件许可 | 78,000 |
| 2 | 定制开发（工序模板、溯源证书、订单及材料管理） | 96,000 |
| 3 | 安装部署及培训 | 12,000 |
| | 合计 | 186,000 |

本合同总金额为人民币壹拾捌万陆仟元整（¥186,000），含税。乙方提供的服务器配置建议不构成本合同标的，服务器由甲方自行采购。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方向乙方支付合同总金额的65%，即¥120,900，乙方收款后启动开发工作。

3.2 软件安装完成后五个工作日内，甲方支付合同总金额的35%余款，即¥65,100。

3.3 甲方未按期付款的，乙方有权暂停开发或服务，交付期限相应顺延，并按每日千分之一收取逾期付款违约金。

## 第四条 交付

4.1 乙方在收到首期款后七十个工作日内完成定制开发及安装部署。因甲方需求变更、资料提供不及时等原因导致延期的，交付期限相应顺延。

4.2 定制开发按以下流程进行：需求调研、编写《需求确认单》、甲方签字确认、乙方开发、安装部署。《需求确认单》经甲方签字后，即作为定制开发的唯一依据，甲方在开发过程中提出的修改意见，视为需求变更。

4.3 如乙方未能按期交付，乙方应及时告知甲方并尽快采取补救措施，双方协商确定新的交付时间。

## 第五条 甲方的责任

5.1 甲方应在合同签订后十日内向乙方提供完整的工序说明、作品样例、现有订单台账及材料清单，并指定一名联系人负责需求确认及日常沟通。

5.2 甲方应按乙方的配置建议自行准备服务器、平板电脑及网络环境，并保证其正常运行。因甲方环境不符合要求导致无法安装或运行异常的，乙方不承担责任。

5.3 甲方应妥善保管系统账号和密码，因甲方人员操作不当造成的数据错误或丢失，由甲方自行承担。

## 第六条 培训

6.1 乙方在安装完成时为甲方提供一次现场培训，培训时长不超过一天，培训对象为甲方指定的操作人员，人数不超过八人。

6.2 甲方需要增加培训次数或培训人员的，按乙方培训收费标准另行支付费用。

## 第七条 验收

7.1 软件安装完成后，乙方通知甲方进行确认。软件安装完成即视为甲方验收合格。

7.2 甲方在安装完成后开始使用软件的，视为对软件及定制功能的全部认可，甲方不得再以功能不符为由拒绝支付余款。

## 第八条 技术支持与维护

8.1 自软件安装完成之日起六个月为免费维护期。免费维护期内，乙方通过电话、微信及远程方式提供技术支持，在工作日内尽合理努力处理甲方提出的问题。

8.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的服务价格标准收取。

8.3 免费维护期内乙方提供的支持限于软件本身的缺陷修复，不包括新增功能、报表格式调整及数据整理。

8.4 因甲方自行修改系统配置、使用盗版操作系统、断电或网络故障等原因导致的问题，不属于维护范围，乙方可另行收费处理。

## 第九条 知识产权

9.1 乙方软件产品的著作权及相关知识产权归乙方所有。

9.2 本合同项下定制开发的功能模块、工序模板、溯源证书模板、源代码及技术文档的知识产权均归乙方所有。乙方授予甲方在本工作室内部非独占、不可转让的使用权，甲方不得修改、反编译或向第三方提供。

9.3 乙方有权将定制开发成果纳入其标准产品并向其他客户销售。

9.4 乙方保证其提供的标准软件不侵犯第三方的知识产权。如因此发生纠纷，由乙方负责处理，但因甲方超出授权范围使用引起的除外。

## 第十条 数据安全

10.1 甲方在系统中录入的作品信息、工序记录、客户订单及材料数据归甲方所有，乙方不得将其用于本合同以外的目的。

10.2 乙方在安装部署及远程维护时，应采取必要的安全措施，经甲方同意后方可远程登录，不得拷贝、留存甲方数据。

10.3 因乙方原因导致甲方数据泄露或丢失的，乙方应在24小时内通知甲方，协助恢复，并承担相应的赔偿责任。

10.4 甲方应定期对系统数据进行备份，乙方可在免费维护期内协助甲方设置自动备份任务。合同终止时，乙方应协助甲方导出系统中的全部业务数据。

## 第十一条 保密

11.1 双方对在合作中获知的对方商业秘密负有保密义务，包括甲方的作品设计稿、客户资料、工艺诀窍以及乙方的技术资料和报价信息。

11.2 保密义务在合同终止后两年内有效。

## 第十二条 违约责任

12.1 任何一方违反本合同约定的，应承担相应的违约责任。因甲方原因导致本合同解除的，乙方已收取的款项不予退还。

12.2 乙方在本合同项下的累计赔偿责任（包括违约责任和损害赔偿）以本合同总金额的20%为限，且乙方不承担任何间接损失、利润损失或数据损失。

## 第十三条 合同解除

13.1 一方严重违约，经另一方书面催告后十五日内仍未改正的，守约方有权解除本合同。

13.2 合同解除后，已交付的软件及已收取的款项按双方实际履行情况结算。

## 第十四条 不可抗力

因不可抗力导致合同不能履行的，遭受不可抗力的一方不承担责任，但应及时通知对方并提供证明。

## 第十五条 软件升级

乙方标准产品发布新版本时，免费维护期内的甲方可免费升级；免费维护期满后的升级按乙方届时的升级政策执行。定制功能在升级后的兼容适配，乙方可另行收费。

## 第十六条 通知

双方的通知可通过合同首页所载地址、电话、微信或电子邮件发送，以电子方式发送的，发出即视为送达。

## 第十七条 争议解决

因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十八条 其他

18.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

18.2 本合同附件《需求确认单》与本合同具有同等法律效力。

18.3 本合同未尽事宜，由双方另行协商并签订补充协议。本合同条款与乙方官网公布的软件许可协议不一致的，以本合同为准。

甲方（签章）：　　　　　　乙方（签章）：

日期：　　　　　　　　　　日期：
"""

E01 = r"""
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. DPS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Ningbo Jinhai Die-Casting Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Beilun District, Ningbo (the "Buyer"), and Danubia Production Software d.o.o., a limited liability company incorporated in Croatia with its registered office at Ulica Blage Zadre 14, 32000 Vukovar, Croatia (the "Vendor").
P:The Buyer operates three die-casting and machining plants and wishes to replace spreadsheet-based production planning with the Vendor's advanced planning and scheduling software. The Vendor has offered a perpetual licence together with implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's PlanForge APS software, version 8, in object code, with its documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, configurations, planning rules, report templates, scripts and documentation prepared by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Go-Live" means the start of productive planning in all three plants. "Final Acceptance" means the Buyer's signature of the acceptance certificate under Article 5.
P:1.4 "Buyer Data" means all data entered into, processed by or generated in the Software by or for the Buyer, including orders, routings, machine capacities, tooling data and production plans.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software for the internal business of the Buyer and its subsidiaries in the People's Republic of China, for up to sixty named planner users and an unlimited number of read-only viewers.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery. The Buyer shall not sell or sublicense the Software to third parties.
P:2.3 The Software will be installed on servers provided by the Buyer in its own data centre in Ningbo.
H:Article 3 Services
P:3.1 The Vendor shall provide the following services: (a) installation and configuration of the Software; (b) modelling of the three plants, including 146 machines, moulds and tool changes; (c) interfaces to the Buyer's SAP ERP system and its manufacturing execution system; (d) migration of open orders and master data; (e) training of planners, key users and IT administrators; and (f) Go-Live support on site for the first three weeks of productive use.
P:3.2 The Vendor shall appoint an experienced project manager who will attend a weekly progress meeting with the Buyer, on site or by video, and shall provide written progress reports every two weeks.
P:3.3 The Vendor shall deliver installation guides, administrator and user manuals in English and Chinese, the interface specifications and a description of every planning rule configured for the Buyer.
P:3.4 Services on site in China shall be performed by personnel holding valid work permits or business visas. The Vendor bears its own travel and living costs, which are included in the Contract Price.
H:Article 4 Contract Price and Payment
P:4.1 The Contract Price is CNY 1,960,000, including all taxes payable in China, made up of: Licence Fee CNY 1,260,000; implementation and configuration CNY 420,000; SAP and MES interfaces CNY 236,000; and training CNY 44,000.
P:4.2 The Buyer shall pay: (a) 20% of the Contract Price within 30 days after signature of this Agreement, against the Vendor's invoice; (b) 45% after installation of the Software and completion of the interfaces, confirmed in writing by the Buyer's project manager; this confirmation is not acceptance; and (c) 35% after Final Acceptance.
P:4.3 Payments shall be made in CNY by bank transfer to the account of the Vendor stated in its invoice, within 30 days after receipt of a correct invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete Go-Live within 150 days after signature of this Agreement.
P:5.2 Acceptance tests are set out in the acceptance test plan attached as Annex 2 and include: (a) a complete weekly plan for each plant generated in less than ten minutes; (b) reconciliation of planned orders with SAP for twenty consecutive working days without discrepancy; (c) correct handling of mould changes and machine calendars in every test scenario; and (d) sixty days of productive use after Go-Live without a Severity 1 incident.
P:5.3 When the tests are passed, the Buyer shall sign the acceptance certificate within ten working days. Installation, Go-Live and productive use of the Software do not constitute acceptance.
P:5.4 If any test fails, the Vendor shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and the agreed specifications for eighteen months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects free of charge and provide all updates and new versions.
P:6.2 Support is provided in English and Chinese. A Severity 1 incident (planning impossible in any plant) shall be responded to within one hour, and a workaround shall be provided within eight hours. A Severity 2 incident shall be responded to within two hours on working days.
P:6.3 For each full hour by which the Vendor exceeds a response or workaround time for a Severity 1 incident, the Buyer may deduct CNY 1,000 from amounts due to the Vendor.
P:6.4 After the Warranty Period the Buyer may order annual support at a fee of 11% of the Licence Fee per year (CNY 138,600). This fee is fixed for the first three years after the Warranty Period. Support is ordered by the Buyer year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain with the Vendor.
P:7.2 All rights in the Custom Deliverables pass to the Buyer on payment. The Buyer may use, modify and license them freely, including to other contractors. The Vendor shall deliver the source code of the interfaces and scripts.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not transfer it outside the People's Republic of China.
P:8.2 Remote access by the Vendor requires the Buyer's approval for each session, through the Buyer's VPN with multi-factor authentication, and is logged. The Vendor shall not keep copies of Buyer Data after the task for which it was provided.
P:8.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the PRC, shall notify the Buyer of any security incident affecting Buyer Data within twelve hours, and is liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including prices, production volumes, customer names and technical data, and shall use it only for this Agreement. This obligation continues for five years after the end of this Agreement.
H:Article 10 Delay Damages
P:10.1 If Go-Live or Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 Payment of delay damages does not release the Vendor from its obligation to complete the work.
H:Article 11 Liability
P:11.1 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to wilful misconduct, gross negligence, personal injury or breaches of Articles 8 and 9.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 13 Term and Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.
P:13.2 The Buyer may also terminate if delay damages reach their maximum. On termination by the Buyer for the Vendor's breach, the Vendor shall refund the amounts paid for services not accepted.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for a delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Republic of Croatia.
P:15.2 Any dispute arising out of this Agreement shall be finally settled by the Permanent Arbitration Court at the Croatian Chamber of Economy in Zagreb, in the English language.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Acceptance Test Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:16.2 Notices under this Agreement shall be given in writing to the addresses stated above, or by e-mail to the project managers named in Annex 1, and take effect on receipt.
P:16.3 Neither party may assign this Agreement without the consent of the other party.
P:16.4 This Agreement is signed in two originals in English, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = r"""
# ORDER FORM AND GENERAL TERMS – ARENA FACILITY CLOUD

**Order Form No. AFC-OF-2026-0381**

This Order Form and the General Terms set out in Part B together form the agreement (the "Agreement") between:

- **Provider:** Arena Facility Cloud d.o.o., Flaciusova ulica 9, 52100 Pula, Croatia, acting for its services in China through its appointed hosting and support arrangements described below; and
- **Customer:** Hainan Haitang Bay Resort Hotels Management Co., Ltd., Sanya, Hainan Province, People's Republic of China.

## PART A – ORDER FORM

### A1. Service

Arena CMMS, Provider's cloud maintenance-management service for hotels, covering work orders, preventive maintenance plans, asset registers, spare-parts stock, energy meter readings, guest-room defect reporting through the housekeeping app, and the Analytics module. The Service is ordered for the Customer's fourteen resort hotels listed in Annex A.

### A2. Subscription Term

The Initial Subscription Term is two Subscription Years, starting on the date of Go-Live Acceptance under A4. Each Subscription Year runs from that date, or from an anniversary of it, to the day before the next anniversary.

### A3. Fees

| Item | Basis | Annual fee (CNY) | Total for Initial Subscription Term (CNY) |
|---|---|---|---|
| Arena CMMS hotel subscription | 14 hotels × CNY 18,000 per Subscription Year | 252,000 | 504,000 |
| Analytics module | per Subscription Year | 36,000 | 72,000 |
| Onboarding (one-time) | configuration, asset data import, integrations, training | – | 64,000 |
| **Total Contract Value** | | | **640,000** |

All fees are in CNY and include VAT. Subscription fees are invoiced quarterly in arrears, at CNY 72,000 per quarter, and are payable within thirty days of invoice. The onboarding fee is invoiced after Go-Live Acceptance. No amount is payable before the Service is made available to the Customer.

### A4. Onboarding and Go-Live Acceptance

Provider shall complete onboarding within seventy days after signature. Onboarding includes configuration of the fourteen hotels, import of the asset registers and maintenance histories supplied by Customer, an integration with Customer's property management system for room status, and training of engineering and housekeeping staff. Go-Live Acceptance requires: (a) all fourteen hotels live with complete asset registers; (b) room-status synchronisation with the property management system verified for ten consecutive days without error; (c) preventive maintenance plans generated for all critical assets; and (d) training completed and signed off by each hotel's chief engineer. Customer shall sign a Go-Live Acceptance certificate within ten business days after the criteria are met. Use of the Service by hotel staff before that date is not acceptance. If Go-Live Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay.

### A5. Hosting and Support

The Service for Customer is hosted on Alibaba Cloud in mainland China (Shenzhen region). Customer approves Alibaba Cloud as hosting provider by signing this Order Form. First-line support is available in Chinese and English from 08:00 to 22:00 Beijing time, seven days a week.

### A6. Renewal

At the end of the Initial Subscription Term, the Agreement renews automatically for successive renewal terms of two Subscription Years each, unless either party gives notice of non-renewal at least sixty days before the end of the current term. Provider may increase the fees for any renewal term by up to 8% by written notice given at least ninety days before the renewal date.

Signed for Provider: ____________________ Signed for Customer: ____________________

## PART B – GENERAL TERMS

### 1. Provision of the Service

1.1 Provider shall make the Service available to Customer's authorised users during the Subscription Term in accordance with the documentation.

1.2 Customer may allow its employees and the employees of its hotel owners' companies to use the Service for the operation of the hotels listed in Annex A. Additional hotels may be added at the per-hotel fee in A3, pro rata for the remainder of the current Subscription Year.

1.3 Provider may update the Service from time to time, provided that an update does not materially reduce its functionality.

### 2. Service Levels

2.1 Provider targets a monthly availability of the Service of 99.95%, excluding scheduled maintenance announced at least forty-eight hours in advance and carried out between 01:00 and 05:00 Beijing time.

2.2 Incidents are classified by Customer. A Severity 1 incident (the Service unavailable for all hotels, or work orders cannot be created) will be responded to within one hour and worked on continuously until resolved. A Severity 2 incident will be responded to within two hours during support hours.

2.3 The service levels in this Section 2 are targets. Provider will use reasonable efforts to meet them and will report monthly on availability and incident handling. Failure to meet a service level does not entitle Customer to service credits, fee reductions or damages.

### 3. Customer Responsibilities

3.1 Customer shall keep user credentials secure, shall ensure that its users comply with the documentation and applicable law, and shall not use the Service to store payment card data or guests' identity documents.

3.2 Customer is responsible for the accuracy of the asset registers and other data it supplies for onboarding, and shall make its property management system supplier available for the integration described in A4.

3.3 Customer shall nominate a project lead and, in each hotel, a key user who will act as the contact for Provider's support team.

### 4. Customer Data

4.1 "Customer Data" means all data submitted to the Service by or for Customer, including asset registers, work orders, meter readings, photographs and staff names. As between the parties, Customer owns all Customer Data.

4.2 Provider may collect and use aggregated and de-identified data derived from Customer Data and from the use of the Service, to improve the Service, to develop industry benchmarks and for its other business purposes, both during and after the Subscription Term.

4.3 On expiry or termination, Provider shall make Customer Data available for export in CSV format for sixty days and shall then delete it from its systems.

### 5. Data Security

5.1 Provider shall maintain the security of the Service in line with ISO/IEC 27001 and shall keep the Customer's environment on infrastructure that holds a Level 3 classified-protection (MLPS) filing. Customer Data is encrypted in transit and at rest and is stored only in mainland China.

5.2 Access by Provider's personnel to Customer Data is limited to named support staff, protected by multi-factor authentication and logged.

5.3 Provider shall notify Customer of any security incident affecting Customer Data within twenty-four hours after becoming aware of it, shall take immediate steps to contain it, and is responsible for the losses caused to Customer by a breach of this Section 5.

### 6. Intellectual Property

6.1 Provider retains all rights in the Service, its software and documentation.

6.2 Configurations, report templates, maintenance checklists and integration scripts developed by Provider specifically for Customer belong to Customer. Customer may use, modify and license them freely, including to other service providers.

### 7. Confidentiality

7.1 Each party shall keep confidential the non-public information of the other party that it receives in connection with this Agreement and shall use it only for the purposes of this Agreement. This obligation survives for three years after the end of the Agreement.

### 8. Subcontracting

8.1 Apart from the hosting provider approved in A5, Provider shall not subcontract any part of the Service without Customer's prior written consent. Provider is responsible for its subcontractors as for itself.

### 9. Fees and Taxes

9.1 Fees are fixed for the Initial Subscription Term. Invoices shall be issued as Chinese VAT invoices (fapiao) through Provider's invoicing arrangement in China.

9.2 If an undisputed invoice remains unpaid for more than thirty days after its due date, Provider may send a written reminder, and if the amount is still unpaid fifteen days after that reminder, Provider may suspend access to the Service until payment is received. Provider shall not suspend the Service for amounts that Customer disputes in good faith.

### 10. Liability

10.1 Each party's total liability under this Agreement is limited to twice the Total Contract Value. The limit does not apply to breaches of Sections 5 and 7, to wilful misconduct or to personal injury.

10.2 Neither party is liable for indirect or consequential loss.

### 11. Term and Termination

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within thirty days after written notice.

11.2 On termination by Customer for Provider's breach, Provider shall refund any fees paid for the period after termination.

### 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing in accordance with its rules in force at the time.

### 13. General

13.1 This Agreement is the entire agreement of the parties about the Service. If Part A and Part B conflict, Part A prevails.

13.2 Notices shall be in writing and sent to the addresses stated above or to the e-mail addresses named in Annex A.
"""

E03 = r"""
T:Supply Contract for Condition Monitoring Sensors and Monitoring Software
P:Contract No. HR-EQ-2026-093
P:Buyer: Jiangsu Hengrun Paper Co., Ltd., No. 8 Binjiang Road, Zhenjiang, Jiangsu Province, People's Republic of China.
P:Supplier: Posavina Sensing d.o.o., Trg Ivane Brlić-Mažuranić 5, 35000 Slavonski Brod, Croatia.
P:This contract is made on the Buyer's standard form for equipment purchases. The Buyer runs four paper machines and two stock preparation lines at its Zhenjiang mill and wishes to monitor the vibration and temperature of their rotating equipment continuously, in order to move from fixed-interval to condition-based maintenance.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, edge servers and accessories listed in the price table in clause 3.
P:1.2 "Software" means the Supplier's MillWatch condition monitoring software, licensed under clause 4.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's mill.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under clause 9.3 that the System meets the acceptance criteria.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install, configure and commission the System on 320 measuring points of the four paper machines and the two stock preparation lines, as set out in the measuring point list in Annex 1.
P:2.2 The Supplier shall integrate the System with the Buyer's distributed control system (DCS), for machine speed and load signals, and with the Buyer's maintenance management system, so that alarms create work requests automatically.
P:2.3 The Supplier shall train the Buyer's maintenance engineers and vibration analysts, and deliver manuals, wiring diagrams and configuration records in English and Chinese.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,490,000, including VAT, delivery to the Buyer's mill, installation, commissioning, integration and training, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor, ATEX version where required|320|2,150|688,000
TB:2|Wireless gateway with industrial enclosure|16|9,500|152,000
TB:3|Edge server, redundant pair|2|46,000|92,000
TB:4|MillWatch monitoring software, perpetual licence, 400 measuring points|1|318,000|318,000
TB:|Hardware and Licence Subtotal|||1,250,000
TB:5|Installation and commissioning|1 lot|138,000|138,000
TB:6|Integration with DCS and maintenance management system|1 lot|84,000|84,000
TB:7|Training|1 lot|18,000|18,000
TB:|Contract Price|||1,490,000
P:3.2 The Contract Price is fixed and covers all costs of the Supplier, including travel of its engineers to China.
H:4. Software Licence
P:4.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for the Buyer's own operations on up to 400 measuring points, with unlimited users.
P:4.2 The Buyer may install the Software on its own servers and on a backup system.
H:5. Payment
P:5.1 The Buyer shall pay 10% of the Contract Price within 30 days after signature, against an advance payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:5.2 The Buyer shall pay 55% of the Contract Price after delivery and installation of all Equipment, confirmed by a delivery and installation certificate signed by both parties. That certificate is not acceptance.
P:5.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:5.4 Each payment is subject to a correct VAT invoice issued by the Supplier's Chinese distributor on the Supplier's behalf.
H:6. Delivery
P:6.1 The Supplier shall deliver all Equipment to the Buyer's mill within 75 days after signature and complete installation and commissioning within 120 days after signature.
P:6.2 Installation on a running paper machine shall take place only during the planned shutdowns notified by the Buyer. The Supplier's personnel shall follow the Buyer's site safety rules, permit-to-work system and hot-work procedures.
P:6.3 The Equipment shall be packed for sea freight and marked with the contract number. Risk passes to the Buyer on delivery at the mill.
H:7. Performance Guarantee
P:7.1 Within 14 days after signature, the Supplier shall provide a performance bank guarantee of 10% of the Contract Price, valid until the end of the warranty period. The Buyer may claim under it for any amount due from the Supplier under this contract.
H:8. Buyer's Obligations
P:8.1 The Buyer shall provide access to the mill, the shutdown schedule, power supply at the gateway locations and network connections between the gateways and the edge servers.
P:8.2 The Buyer shall provide the DCS signal list and the interface documentation of its maintenance management system within 20 days after signature.
H:9. Acceptance
P:9.1 After commissioning, the System shall run for a trial period of thirty days.
P:9.2 The acceptance criteria are: (a) all 320 measuring points transmit data at the configured interval, and no point misses readings for more than one hour in total during the trial period; (b) the speed and load signals from the DCS are correctly shown for every machine; (c) alarms create work requests in the maintenance management system in every test case; (d) the vibration spectra of ten reference points agree with the Buyer's portable analyser within the tolerance in Annex 2; and (e) no Severity 1 incident occurs during the trial period.
P:9.3 If the criteria are met, the Buyer shall issue the Final Acceptance certificate within ten working days. Installation, commissioning or use of the System does not constitute acceptance. If a criterion is not met, the Supplier shall correct the defect and the trial period restarts.
H:10. Warranty and Support
P:10.1 The Supplier warrants the Equipment and the Software for twenty-four months after Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge, including shipment, and shall supply all Software updates and new versions free of charge.
P:10.2 A Severity 1 incident (monitoring unavailable for a whole paper machine) shall be responded to within 30 minutes by remote connection, and a replacement part, if needed, shall be on site within three days. A Severity 2 incident shall be responded to within the next working day.
P:10.3 For each full hour by which the Supplier exceeds the Severity 1 response time, the Buyer may deduct CNY 600 from any amount due to the Supplier or claim it under the performance guarantee.
P:10.4 After the warranty period, the Supplier shall, if the Buyer so orders, provide support and software updates for an annual fee of 8% of the Hardware and Licence Subtotal (CNY 100,000 per year). This fee is fixed for the three years following the warranty period. Support is ordered year by year by the Buyer's purchase order and is not renewed automatically.
P:10.5 The Supplier shall keep spare sensors and gateways available for at least seven years after Final Acceptance.
H:11. Intellectual Property
P:11.1 The Software remains the property of the Supplier.
P:11.2 The integration programs, dashboards, alarm rules and measuring point configuration made for the Buyer, with their source code and documentation, belong to the Buyer. The Buyer may use, modify and license them freely.
H:12. Data and Security
P:12.1 All measurement data, machine data and production data collected by the System belong to the Buyer and may be used by the Supplier only to perform this contract.
P:12.2 The System shall run on the Buyer's own network. Remote access by the Supplier is allowed only through the Buyer's remote access gateway, after approval of each session, and is recorded. The Supplier shall not copy the Buyer's data outside the Buyer's network, and shall not transfer it out of China.
P:12.3 The Supplier shall notify the Buyer of any security incident involving the System within twelve hours and is liable for the losses caused by its breach of this clause.
H:13. Confidentiality
P:13.1 Each party shall keep confidential the technical and commercial information received from the other party and use it only for this contract. This obligation continues for five years after completion of the contract.
H:14. Delay Damages
P:14.1 If the Supplier fails to complete delivery, installation or Final Acceptance on time for reasons attributable to it, the Supplier shall pay delay damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price.
H:15. Subcontracting
P:15.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Cable laying by a local contractor may be approved for the installation only.
H:16. Termination
P:16.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if delay damages reach their maximum.
P:16.2 On such termination, the Supplier shall refund all amounts received for Equipment or services that have not been accepted, and shall remove any Equipment the Buyer rejects.
H:17. Governing Law and Disputes
P:17.1 This contract is governed by the laws of the People's Republic of China.
P:17.2 Disputes shall be submitted to the Nanjing Arbitration Commission for arbitration in Nanjing.
H:18. Force Majeure
P:18.1 A party affected by force majeure shall notify the other party promptly and provide evidence. Time for performance is extended by the period of the force majeure event. If the event continues for more than 60 days, either party may terminate this contract by written notice.
H:19. Miscellaneous
P:19.1 This contract is made in English and Chinese. Both versions have equal effect.
P:19.2 Annex 1 (Measuring Point List) and Annex 2 (Acceptance Test Procedure) form part of this contract.
P:Buyer: ____________________    Supplier: ____________________
"""

E04 = r"""
# MANAGED INFRASTRUCTURE SERVICES AGREEMENT

**Agreement No. KMI-2026-CN-07**

**Between**

**Zhejiang Lanfeng Home Textiles Co., Ltd.**, Shaoxing, Zhejiang Province, People's Republic of China ("Customer"); and

**Kupa Managed IT d.o.o.**, Rimska ulica 4, 44000 Sisak, Croatia ("Provider").

**Background.** Customer operates two manufacturing sites and a distribution centre in Shaoxing and Keqiao with about ninety servers, a VMware cluster, backup systems and a wide area network. Customer wishes to outsource the day-to-day operation of this infrastructure. Provider operates a network operations centre in Sisak and works in China with its local partner team. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the service levels and service credits set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under Section 3.

1.5 "Customer Data" means all data of Customer, its employees, customers and suppliers that Provider accesses, processes or stores in performing the Services.

## 2. Term

2.1 This Agreement starts on signature. The Services run for thirty-six months from the Service Commencement Date (the "Term").

2.2 The Agreement ends at the end of the Term. Any extension requires a written agreement of both parties.

## 3. Transition

3.1 Provider shall take over the Services from Customer's internal team within sixty days after signature, following the transition plan agreed at the kick-off meeting.

3.2 Transition Acceptance requires that: (a) all configuration items listed in Schedule 1 are recorded in the configuration management database; (b) monitoring is active for every server, storage system and network device; (c) a full restore test of three selected systems has been completed successfully; (d) runbooks for all critical systems have been reviewed and approved by Customer; and (e) Provider has operated the Services in parallel with Customer's team for fourteen days without a Priority 1 incident caused by Provider.

3.3 Customer shall sign the Transition Acceptance certificate within five working days after the criteria are met. Operation of the Services during the parallel run is not acceptance.

3.4 If Transition Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 1,500 for each day of delay.

## 4. Provision of the Services

4.1 Provider shall perform the Services with qualified personnel, in accordance with good industry practice, the Service Levels and Customer's reasonable site rules.

4.2 Provider shall provide a named service delivery manager, who shall meet Customer's IT manager monthly to review the service report, incidents, changes and planned improvements.

4.3 All changes to production systems follow Customer's change management procedure. Emergency changes require the approval of Customer's duty manager by telephone and are recorded afterwards.

## 5. Customer Responsibilities

5.1 Customer shall give Provider's personnel the remote and on-site access they need, in accordance with Customer's access procedures, and shall provide a desk, a telephone and network access for the on-site engineer.

5.2 Customer shall keep its hardware and software maintenance contracts with the manufacturers in force and shall authorise Provider to log calls under them.

5.3 Customer shall inform Provider in good time of planned business events, site shutdowns and new systems that affect the Services.

## 6. Provider Personnel

6.1 Provider shall assign to the Services engineers holding current VMware, Microsoft and network certifications appropriate to their tasks. The on-site engineer shall speak Chinese.

6.2 Provider shall replace any person whose work or conduct is reasonably objected to by Customer, and shall not change the service delivery manager without Customer's agreement, except in case of resignation or illness.

## 7. Charges and Payment

7.1 Customer shall pay the Charges in Schedule 3. The monthly charge is invoiced at the end of each month of the Term and is payable within thirty days of invoice. The transition charge is invoiced after Transition Acceptance.

7.2 The Charges are fixed for the Term. Additional work outside Schedule 1 is performed only on Customer's written order at the day rates in Schedule 3.

7.3 Service credits under Schedule 2 are deducted from the next invoice.

## 8. Customer Data

8.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall not disclose it to third parties except as needed for the Services.

8.2 At the end of the Term, Provider shall return all Customer Data and documentation in its possession to Customer.

## 9. Intellectual Property

9.1 Runbooks, scripts, monitoring templates, configuration records and documentation prepared by Provider for Customer under this Agreement belong to Customer. Customer may use, modify and license them freely, including to a successor provider.

9.2 Provider's pre-existing tools and its monitoring platform remain Provider's property.

## 10. Confidentiality

10.1 Each party shall keep confidential all information of the other party that is marked or obviously confidential and shall use it only for this Agreement, during the Term and for three years after it.

## 11. Subcontracting

11.1 Provider may subcontract on-site support, hardware replacement and after-hours monitoring to subcontractors of its choice by giving Customer written notice of the subcontractor's name before it starts work. Provider remains responsible for the subcontracted work.

## 12. Liability

12.1 Provider's total liability arising out of or in connection with this Agreement in any calendar year is limited to the Charges paid by Customer in the nine months preceding the event giving rise to the claim.

12.2 Neither party is liable for loss of profit, loss of business or indirect loss.

## 13. Termination

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.

13.2 Customer may also terminate if the Service Levels for Priority 1 incidents are missed in three consecutive months.

13.3 On expiry or termination, Provider shall provide exit assistance for up to ninety days at the day rates in Schedule 3, including handover of all documentation and knowledge transfer to Customer or its successor provider.

## 14. Force Majeure

14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, war or government action, provided that it notifies the other party without delay and uses reasonable efforts to resume performance. Service credits are not payable for the period affected.

## 15. Governing Law and Disputes

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

## 16. General

16.1 Notices shall be in writing, in English, and sent to the addresses above or to the e-mail addresses of the contract managers.

16.2 This Agreement, including its Schedules, is the entire agreement of the parties on its subject matter.

Signed for Customer: ____________________ Signed for Provider: ____________________

## Schedule 1 – Services

| Service | Scope | Hours |
|---|---|---|
| Monitoring | 24x7 monitoring of 92 servers, 2 storage arrays, VMware cluster, 41 network devices and WAN links from the Sisak network operations centre | 24x7 |
| Incident management | Logging, diagnosis and restoration of incidents; escalation to hardware and software vendors | 24x7 for Priority 1 and 2 |
| Server and virtualisation operations | Patch management, capacity management, VMware administration, user account administration on servers | Business hours |
| Backup operations | Daily backup jobs, monthly restore tests, tape rotation with off-site storage at Customer's Keqiao site | Daily |
| Network operations | Configuration backups, firmware updates, WAN link management with carriers | Business hours |
| On-site support | One engineer on site in Shaoxing on working days; hardware replacement at all sites | Working days 08:30–17:30 |
| Reporting | Monthly service report and quarterly service review | Monthly |

## Schedule 2 – Service Levels and Service Credits

| Measure | Target | Service credit |
|---|---|---|
| Availability of core infrastructure (VMware cluster, storage, core network), per month | 99.95% | 3% of the monthly charge for each 0.02 percentage point or part below target, up to 18% |
| Priority 1 incident (production stopped at a site) – response | 15 minutes | CNY 1,000 per hour or part of an hour late |
| Priority 1 incident – restoration | 3 hours | CNY 2,000 per hour or part of an hour late |
| Priority 2 incident (service degraded) – response | 1 hour | CNY 300 per hour late |
| Monthly service report delivered | by the fifth working day of the month | 1% of the monthly charge |

Service credits are Customer's financial remedy for missed Service Levels and do not affect Customer's other rights.

## Schedule 3 – Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time, after Transition Acceptance | 96,000 |
| Monthly service charge | 36 months × CNY 58,500 | 2,106,000 |
| Total Charges for the Term | | 2,202,000 |
| Additional work | per engineer day, on written order | 3,800 |
"""

E05 = r"""
DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. MDL-QD-2026-022

THE PARTIES

This Data and API Subscription Agreement (the "Agreement") is made between:

(1) Qingdao Hengtai Grain and Oils Trading Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Shinan District, Qingdao, Shandong Province ("Customer"); and

(2) Međimurje Data Labs d.o.o., a company incorporated in Croatia, with its registered office at Ulica kralja Tomislava 8, 40000 Čakovec, Croatia ("Provider").

Customer imports and trades wheat, maize, barley and oilseeds from the Danube region and the Black Sea. Provider publishes crop condition, harvest progress, weather, barge freight and port stock data for Central and Eastern Europe, and delivers them through an application programming interface. Customer wishes to subscribe to these data for its trading and risk management desks.

1. DEFINITIONS

1.1 "Data" means the datasets listed in clause 2.1, as updated by Provider from time to time.

1.2 "API" means Provider's application programming interface through which the Data are delivered, with its documentation.

1.3 "Subscription Year" means each of the two consecutive periods of 365 days, the first starting on the date of Integration Acceptance under clause 5. The two Subscription Years together are the "Subscription Term".

1.4 "Customer Inputs" means all information that Customer submits to the API or the web portal, including watchlists, query parameters, positions uploaded for exposure reports, and user details.

1.5 "Custom Deliverables" means the data mappings, transformation scripts, report templates and dashboards that Provider prepares specifically for Customer.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API and the web portal and to use the following datasets: (a) satellite-based crop condition indices for nine countries, updated weekly; (b) harvest progress and yield estimates by region; (c) daily weather observations and fifteen-day forecasts; (d) Danube barge freight rates and lock waiting times; and (e) stocks at the ports of Constanța, Izmail and Reni, updated weekly.

2.2 Customer may use the Data for its internal trading, procurement and risk management in China and may share derived analyses, but not the raw Data, with its affiliated companies.

2.3 The subscription includes up to 20 named users of the web portal and up to three million API calls per month. Calls above this volume are charged at the rate in clause 3.3.

3. FEES AND PAYMENT

3.1 The fees are:

Item                                      Basis                         Amount (CNY)
Data subscription, Subscription Year 1    annual fee                    386,000
Data subscription, Subscription Year 2    annual fee                    386,000
Integration services (one-time)           data mapping and onboarding   42,000
Total fees for the Subscription Term                                    814,000

3.2 The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 96,500 at the end of each quarter of service. The integration fee is invoiced after Integration Acceptance. Invoices are payable within thirty days. No fee is payable before the Data are made available to Customer.

3.3 API calls above the included volume are charged at CNY 60 per additional block of 10,000 calls, invoiced quarterly in arrears.

3.4 The fees are fixed for the Subscription Term and include all taxes payable in China. Invoices are issued in CNY through Provider's invoicing agent in Shanghai.

4. SERVICE LEVELS

4.1 Provider shall make the API available at least 99.5% of the time in each calendar month, excluding maintenance windows announced at least three days in advance.

4.2 Incidents are handled as follows: a Severity 1 incident (the API or a whole dataset unavailable or clearly wrong) shall be responded to within one hour, at any time; a Severity 2 incident (delay of a dataset update beyond its scheduled time) shall be responded to within three hours on working days.

4.3 If availability in a month falls below the commitment in clause 4.1, Provider shall credit 5% of the monthly subscription fee for each half percentage point, or part of it, below the commitment, up to the whole monthly subscription fee. If the response time for a Severity 1 incident is missed, Provider shall credit CNY 800 for each hour or part of an hour of delay. Credits are deducted from the next invoice.

4.4 Provider shall publish a monthly service report showing availability, incidents and delayed updates.

5. INTEGRATION AND ACCEPTANCE

5.1 Provider shall, within forty-five days after signature, map the Data to Customer's commodity and location codes, deliver transformation scripts for loading the Data into Customer's data warehouse, build three dashboards agreed with Customer's research team, and train Customer's users.

5.2 Integration Acceptance requires that: (a) all five datasets load into Customer's data warehouse for ten consecutive working days without manual correction; (b) historical Data for the past ten seasons are loaded and reconcile with Provider's published reports; (c) the three dashboards show the agreed indicators correctly; and (d) the average API response time in the test period is below 800 milliseconds.

5.3 Customer shall confirm Integration Acceptance in writing within five working days after the criteria are met. Access to the Data during the test period is not acceptance.

5.4 If Integration Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 700 for each day of delay.

6. USE RESTRICTIONS AND CHANGES

6.1 Customer shall not resell the raw Data, publish them, or use them to build a data product offered to third parties. Customer may quote individual figures in its internal reports and in communications with its own customers, with attribution to Provider.

6.2 Provider may improve the methods behind a dataset, provided that the dataset continues to cover the same countries and variables. Provider shall give Customer at least thirty days' notice of any change to the API that requires changes on Customer's side, and shall keep the previous API version running for at least ninety days after the new one is released.

6.3 Customer shall name a technical contact and a business contact for the subscription.

7. INTELLECTUAL PROPERTY

7.1 Provider retains all rights in the Data, the API, its models and its software.

7.2 The Custom Deliverables belong to Customer. Customer may use, modify and license them freely, including to other service providers, and Provider shall deliver their source code at Integration Acceptance.

8. CUSTOMER INPUTS AND DATA SECURITY

8.1 Customer Inputs belong to Customer. Provider shall use Customer Inputs only to provide the subscription to Customer and shall not use them for any other purpose, including for its own analyses or products.

8.2 Provider shall protect Customer Inputs with encryption in transit and at rest, role-based access limited to named support staff, multi-factor authentication and access logging. Customer Inputs are stored on servers located in mainland China operated for Provider by a cloud provider approved by Customer.

8.3 Provider shall notify Customer of any security incident affecting Customer Inputs within twenty-four hours after becoming aware of it, shall take immediate steps to contain it, and is liable for all losses caused to Customer by its breach of this clause 8.

8.4 Customer shall keep its API keys secure and shall inform Provider without delay if it suspects that a key has been misused.

9. SUBCONTRACTING

9.1 Provider shall not subcontract the performance of this Agreement, other than to the cloud provider named in clause 8.2, without Customer's prior written consent.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to one and a half times the total fees for the Subscription Term stated in clause 3.1.

10.2 The limit does not apply to breach of clause 8, wilful misconduct or gross negligence.

10.3 Provider does not guarantee that the Data are free from errors, but shall correct errors in the Data promptly after it becomes aware of them.

11. TERM

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. Any renewal requires a new written order signed by both parties.

11.2 This Agreement cannot be terminated by either party before the end of the Subscription Term. If Provider fails to perform, Customer's remedies are the service credits under clause 4 and damages under clause 10. If Customer fails to pay an undisputed invoice within thirty days after a written reminder, Provider may suspend access until payment is received.

11.3 At the end of the Subscription Term, Customer may keep Data downloaded during the term for its historical records, but shall not use them to create a competing data product.

12. FORCE MAJEURE

12.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, provided that it informs the other party promptly. Service credits are not payable for periods affected by such events.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

14. GENERAL

14.1 Notices shall be given in writing to the addresses above or to the e-mail addresses of the account managers.

14.2 This Agreement is made in English. Neither party may assign it without the other party's written consent.

Signed for Customer: ____________________

Signed for Provider: ____________________
"""


# ---------------------------------------------------------------------------------------------------------------
# Design: what each draft is, its labels, and the rules I expect from my own reading of policy §3.
# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "z01": ("h837z01_weather_bureau_snow_warning_platform.pdf", "zh", "pdf"),
    "z02": ("h837z02_power_strip_factory_line_control_retrofit.docx", "zh", "docx"),
    "z03": ("h837z03_sword_training_chain_booking_saas.txt", "zh", "txt"),
    "z04": ("h837z04_signboard_safety_system_annual_om.txt", "zh", "txt"),
    "z05": ("h837z05_hair_embroidery_studio_tracking_supplier_template.md", "zh", "md"),
    "e01": ("h837e01_aps_perpetual_licence_croatian_vendor.pdf", "en", "pdf"),
    "e02": ("h837e02_hotel_cmms_saas_order_form.md", "en", "md"),
    "e03": ("h837e03_paper_mill_vibration_sensors_monitoring.docx", "en", "docx"),
    "e04": ("h837e04_managed_infrastructure_services_36_months.md", "en", "md"),
    "e05": ("h837e05_grain_data_api_subscription.txt", "en", "txt"),
}
TEXT = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
        "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

# itemised prices: (fee base = licence / hardware subtotal or None, [parts summing to the contract value])
PRICES = {
    "z01": (980000, [980000, 640000, 118000, 32000]),
    "z02": (1480000, [516000, 290000, 188000, 117600, 134400, 234000, 176000, 86000, 18000]),
    "z03": (None, [238000 * 2, 36000 * 2, 58000]),
    "z04": (None, [117000 * 4]),
    "z05": (78000, [78000, 96000, 12000]),
    "e01": (1260000, [1260000, 420000, 236000, 44000]),
    "e02": (None, [14 * 18000 * 2, 36000 * 2, 64000]),
    "e03": (1250000, [688000, 152000, 92000, 318000, 138000, 84000, 18000]),
    "e04": (None, [96000, 36 * 58500]),
    "e05": (None, [386000, 386000, 42000]),
}
assert 6 * 86000 == 516000 and 4 * 72500 == 290000 and 8 * 23500 == 188000 and 12 * 9800 == 117600
assert 20 * 6720 == 134400 and 516000 + 290000 + 188000 + 117600 + 134400 + 234000 == 1480000
assert 320 * 2150 == 688000 and 16 * 9500 == 152000 and 2 * 46000 == 92000
assert 688000 + 152000 + 92000 + 318000 == 1250000
assert 186000 * 65 == 120900 * 100 and 186000 * 35 == 65100 * 100 and 1760000 * 35 == 616000 * 100
assert 1770000 * 20 + 1770000 * 45 + 1770000 * 35 == 1770000 * 100 and 980000 * 9 == 88200 * 100
assert 1480000 * 28 == 414400 * 100 and 1260000 * 11 == 138600 * 100 and 1250000 * 8 == 100000 * 100
assert 238000 + 36000 == 274000 and 274000 / 4 == 68500 and 386000 / 4 == 96500 and 288000 / 4 == 72000

CV = {"z01": 1770000, "z02": 1760000, "z03": 606000, "z04": 468000, "z05": 186000,
      "e01": 1960000, "e02": 640000, "e03": 1490000, "e04": 2202000, "e05": 814000}
for k, (_, parts) in PRICES.items():
    assert sum(parts) == CV[k], k

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

G, S = "goods_or_licence", "service"
# category, then the 19 terms in KEYS order, then extra: sla_clause, ld_stated, capped (goods only), deemed
D = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True,
                         False, "PRC", G], dict(sla=True, ld=True, capped=True, deemed=False)),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.1, None, 35, True, True, 18, 28, False, True,
                         False, "PRC", G], dict(sla=True, ld=True, capped=True, deemed=False)),
    "z03": ("cloud", [99.5, 0.5, True, "buyer", True, False, True, 500 / 606000 * 100, None, None, True, None, None,
                      None, True, True, False, "PRC", S], dict(sla=True, ld=True, deemed=False)),
    "z04": ("services", [None, 0.5, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False,
                         True, True, "PRC", S], dict(sla=True, ld=True, deemed=False)),
    "z05": ("software", [None, None, False, "supplier", True, True, True, None, 20, 65, False, False, 6, None, False,
                         True, None, None, G], dict(sla=False, ld=False, capped=False, deemed=True)),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True,
                         False, "Croatia", G], dict(sla=True, ld=True, capped=True, deemed=False)),
    "e02": ("cloud", [99.95, 1, False, "buyer", True, False, True, 500 / 640000 * 100, 200, None, True, None, None,
                      None, True, True, False, "PRC", S], dict(sla=True, ld=True, deemed=False)),
    "e03": ("hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, None, 10, True, True, 24, 8, False, True,
                         False, "PRC", G], dict(sla=True, ld=True, capped=True, deemed=False)),
    "e04": ("services", [99.95, 0.25, True, "buyer", False, True, True, 1500 / 2202000 * 100, 9 / 36 * 100, None,
                         True, None, None, None, False, True, True, "PRC", S], dict(sla=True, ld=True, deemed=False)),
    "e05": ("cloud", [99.5, 1, True, "buyer", True, True, False, 700 / 814000 * 100, 150, None, True, None, None,
                      None, False, False, False, "PRC", S], dict(sla=True, ld=True, deemed=False)),
}
# forum outside mainland China (CR-GOVERNING-LAW also fires on the forum); only e01 (Zagreb arbitration)
FOREIGN_FORUM = {"e01"}

DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-NO-REMEDY"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "e05": ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY", "CR-TERMINATION"],
}
DESIGN_RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high",
               "e01": "low", "e02": "medium", "e03": "low", "e04": "high", "e05": "medium"}

ALL_RULES = {
    "CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
    "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
    "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high", "CR-LD-LOW": "medium",
    "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium",
    "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium",
    "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium",
}
# policy thresholds (defaults of the shipped pack)
TH = dict(avail=99.9, p1=4, ld=0.05, cap=100, prepay=30, warranty=12, pwf=15, tco=40)


def tco(k, t):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence / hardware subtotal, else the contract value. None when not computable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    base = PRICES[k][0] if PRICES[k][0] is not None else CV[k]
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = years * base * t["post_warranty_fee_pct"] / 100
    total = CV[k] + post
    return dict(base=base, years=years, post=post, total=total, share=post / total * 100)


def rules_from_labels(k, lab):
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == G
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["avail"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > TH["pwf"]):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or k in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    c = tco(k, t)
    if goods and c is not None and c["share"] > TH["tco"]:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = [ALL_RULES[r] for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label(k):
    name, lang, _ = FILES[k]
    cat, vals, x = D[k]
    terms = dict(zip(KEYS, vals))
    extra = {"sla_clause": x["sla"], "ld_stated": x["ld"]}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = x["capped"]
    else:
        assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
    extra["acceptance_deemed_on_delivery"] = x["deemed"]
    extra["contract_value"] = CV[k]
    lab = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra}
    lab["expected_rules"] = rules_from_labels(k, lab)
    return lab


# ---------------------------------------------------------------------------------------------------------------
# Threshold figures: regexes (self-tested) run over every built file as read back.
# ---------------------------------------------------------------------------------------------------------------
CNUM = "一二三四五六七八九十百千〇零两"
PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)", r"九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?\b|个?小时|h(?![a-z]))", r"(?<![a-z-])four\s*-?\s*hours?",
    r"(?<![%s])四个?小时" % CNUM,
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![十])", r"千分之零点五", r"(?<![\d.])0\.5\s*‰",
    r"(?<![\d.,])100\s*%", r"百分之(?:一)?百", r"(?<![a-z-])one\s*hundred\s*per\s*cent", r"(?<![\d.,])100\s*per\s*cent",
    r"(?<![\d.])30\s*%", r"百分之三十(?![一二三四五六七八九点])", r"(?<![a-z-])thirty\s*per\s*cent", r"(?<![\d.])30\s*per\s*cent",
    r"(?<![\d.])12\s*-?\s*(?:calendar\s*)?months?", r"(?<![\d.])12\s*个月", r"(?<![%s])十二个月" % CNUM,
    r"(?<![a-z-])twelve\s*-?\s*(?:calendar\s*)?months?", r"(?<![a-z-])one\s*-?\s*years?(?![a-z])",
    r"(?<![\d.])1\s*-?\s*years?(?![a-z])", r"(?<![%s第每])一年" % CNUM, r"壹年",
    r"(?<![\d.])15\s*%", r"(?<![%s])百分之十五" % CNUM, r"(?<![a-z-])fifteen\s*per\s*cent", r"(?<![\d.])15\s*per\s*cent",
    r"(?<![\d.])40\s*%", r"百分之四十(?![一二三四五六七八九点])", r"(?<![a-z-])forty\s*per\s*cent", r"(?<![\d.])40\s*per\s*cent",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "九十九点九", "4 hours", "4-hour", "4小时", "4 个小时", "四小时", "4h", "four hours",
            "0.05%", "万分之五", "0.5‰", "100%", "100 %", "百分之百", "30%", "30 %", "百分之三十", "thirty per cent",
            "12 months", "12-month", "12个月", "十二个月", "twelve months", "one year", "one-year", "1 year", "一年",
            "15%", "百分之十五", "fifteen percent", "40%", "百分之四十", "forty per cent", "within 4 hours of"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "14h", "48小时", "24x7", "twenty-four hours",
             "fourteen hours", "0.055", "万分之五十", "万分之八", "0.15%", "115%", "130%", "35%", "百分之三十五",
             "百分之四十五", "112 months", "二十二个月", "十一年", "25.0", "2.5%", "150%", "fifteen days", "11 years",
             "第一年", "forty-five days", "1,100% ", "400 measuring points", "10,000 calls"]


def selftest():
    for s in MUST_HIT:
        assert RX.search(s), "must hit: " + s
    for s in MUST_MISS:
        assert not RX.search(s), "must miss: %s (%s)" % (s, RX.search(s).group(0))


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
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


LIMITS = {"zh": (2750, 3000), "en": (1450, 1650)}


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources = {k: TEXT[k] for k in FILES if FILES[k][2] in ("docx", "pdf")}
    targets = {k: (FILES[k][0], FILES[k][2]) for k in sources}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, lang, fmt) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(TEXT[k].strip() + "\n", encoding="utf-8")
            print("wrote", name)
    covered = set()
    for k, (name, lang, fmt) in FILES.items():
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = LIMITS[lang]
        assert lo <= n <= hi, (name, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(variant)
            assert not m, (name, "threshold figure in text", variant[max(0, m.start() - 30):m.end() + 30])
        lab = label(k)
        t = lab["expected_terms"]
        for key, th in (("availability_pct", "avail"), ("p1_response_hours", "p1"), ("ld_rate_per_day_pct", "ld"),
                        ("liability_cap_pct", "cap"), ("prepayment_pct", "prepay"), ("warranty_months", "warranty"),
                        ("post_warranty_fee_pct", "pwf")):
            assert t[key] is None or abs(t[key] - TH[th]) > 1e-9, (name, key)
        c = tco(k, t)
        if c is not None:
            assert abs(c["share"] - TH["tco"]) > 2, (name, c["share"])
        assert lab["expected_rules"] == sorted(DESIGN[k]), (name, lab["expected_rules"], DESIGN[k])
        assert risk(lab["expected_rules"]) == DESIGN_RISK[k], name
        covered |= set(lab["expected_rules"])
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                       encoding="utf-8")
        print("%-62s %4d %s %-6s %s%s" % (name, n, "chars" if lang == "zh" else "words", risk(lab["expected_rules"]),
                                          ", ".join(r[3:] for r in lab["expected_rules"]) or "(none)",
                                          "  TCO %.2f%%" % c["share"] if c else ""))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    # the mix
    assert [k for k in FILES if not DESIGN[k]] == ["z01", "e03"]
    assert DESIGN["e01"] == ["CR-GOVERNING-LAW"] and 8 <= len(DESIGN["z05"]) <= 10
    assert all(2 <= len(DESIGN[k]) <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    print("all checks passed; %d rules covered" % len(covered))


if __name__ == "__main__":
    main()
