"""holdout838: builds the ten blind held-out draft contracts, writes their .json labels and asserts the checks.

Run from this folder:  /work/main/.venv/bin/python -B make_files.py
.txt / .md are written as they stand; .docx / .pdf are built from the small markup of ../word_pdf.py (T:, H:, P:, TB:)
with wrap_words=True. The labels are written from LABELS below; every check at the end must pass.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# z01  市林业局 红豆杉资源监测平台 (pdf, 第X条 + 1.1)
Z01 = """T:红豆杉资源监测平台软件许可及定制开发合同
P:合同编号：YLLY-ZFCG-2027-018
P:采购人（甲方）：云岭市林业局
P:供应商（乙方）：杭州青杉数字林业科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及“红豆杉资源监测平台采购项目”（项目编号YLCG2027-0318）公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供“红豆杉资源监测平台”软件许可，包括资源一张图、样地监测、古树名木档案、病虫害预警四个模块。许可为永久许可，不限用户数，平台部署于甲方指定的市政务云。
P:1.2 乙方按甲方需求完成以下定制开发：红外相机及物联网监测站数据接入；野外巡护移动端；盗挖盗伐线索研判模型；与省级林长制平台之间的数据接口。
P:1.3 乙方负责平台实施部署、历史调查数据（约三万六千条样株记录）清洗入库及对甲方和各区县林业站人员的操作培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾陆万肆仟元整（¥1,564,000），为固定总价，含税，包括：软件许可费¥860,000；定制开发费¥540,000；实施部署及数据入库费¥126,000；培训费¥38,000。
P:2.2 合同总价已包含乙方完成本合同全部工作所需的人工、差旅、第三方组件及税费，除本合同另有约定外，甲方无须另行支付任何费用。
H:第三条 付款方式
P:3.1 合同生效且乙方开具等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台通过初步验收、乙方开具等额发票后十五个工作日内，甲方支付合同总价的45%。
P:3.3 平台通过最终验收、乙方开具等额发票后十五个工作日内，甲方支付合同总价的35%。
P:3.4 甲方按财政国库集中支付程序付款，因财政审批流程产生的合理时间不计入付款期限。
H:第四条 交付与进度
P:4.1 乙方应于合同生效后九十日内完成部署及全部定制开发并书面申请初步验收，于初步验收后六十日内完成试运行并申请最终验收。
P:4.2 乙方应指派具有林业信息化项目经验的项目经理常驻甲方现场，未经甲方同意不得更换；实施期间每周提交进度报告，重大问题及时书面报告甲方。
P:4.3 乙方应向甲方提交需求规格说明书、概要设计、数据库设计、测试报告、用户手册、运维手册及全部定制部分的源代码和编译说明。
H:第五条 验收
P:5.1 初步验收标准：（1）全部功能符合招标文件技术要求及经甲方确认的需求规格说明书；（2）红外相机及监测站接入成功率不低于98%；（3）在200个并发用户下常用页面响应时间不超过3秒；（4）历史数据入库经甲方抽检核对无差错；（5）第三方安全测评无高危漏洞。
P:5.2 最终验收标准：平台连续试运行六十日，未发生一级故障，初验遗留问题全部整改完毕，甲方组织专家评审并出具最终验收报告。
P:5.3 平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供软件缺陷修复、版本升级、技术支持及定制功能的维护。
P:6.2 服务水平：乙方提供全天候服务热线。一级故障（平台不可用或核心数据无法访问）30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，次一工作日内解决；三级故障在下一版本中修复。
P:6.3 乙方未按6.2条约定时限响应或恢复的，每超时一小时，甲方有权从应付款项或履约保证金中扣减人民币800元；一个季度内累计超时三次以上的，甲方有权要求乙方更换项目负责人。
P:6.4 质保期满后，如甲方需要，乙方按软件许可费的9%（即每年人民币77,400元）提供年度维护服务，该价格三年内不上调。维护服务按年另行签订合同，不自动续期。
P:6.5 质保期内乙方每季度对平台进行一次巡检并出具巡检报告，在森林防火期和病虫害高发期提供现场保障服务。
H:第七条 知识产权
P:7.1 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的模块、接口程序、研判模型及其源代码和文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改、再开发和部署，无须另行付费。
P:7.3 乙方保证其交付成果不侵犯任何第三方的合法权利；因侵权引起的索赔，由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台中的红豆杉分布点位、样地数据、影像资料、巡护轨迹等全部数据归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或用于其他任何目的。
P:8.2 乙方应按网络安全等级保护第三级要求落实安全措施，对珍稀物种点位等敏感数据加密存储和传输；远程运维须经甲方审批并通过堡垒机进行，操作全程留痕。
P:8.4 合同终止或质保期满时，乙方应将其掌握的全部数据及访问账号移交甲方并注销，出具数据删除确认书。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的法律责任。
H:第九条 保密
P:9.1 乙方对履行本合同中知悉的甲方工作秘密、珍稀物种分布信息及其他未公开信息负有保密义务，未经甲方书面同意，不得向任何第三方披露。
P:9.2 保密义务在本合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期申请验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:10.2 乙方交付成果不符合合同约定的，应免费整改；整改后仍不符合的，甲方有权解除合同并要求乙方退还已付款项、赔偿损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二向乙方支付违约金。
H:第十一条 分包与转让
P:11.1 乙方不得将本项目转包或分包，未经甲方书面同意亦不得转让本合同项下的权利义务。
H:第十二条 合同解除
P:12.1 一方严重违约，经另一方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。
P:12.2 合同解除后，乙方应在十日内移交已完成的成果、文档和全部数据，并删除其保有的数据副本。
H:第十三条 不可抗力
P:13.1 因不可抗力不能履行合同的，受影响方应及时通知对方并在十日内提供证明，根据影响程度部分或全部免除责任。
P:13.2 不可抗力持续超过三十日致使合同目的无法实现的，双方均可解除合同，已完成部分按实际完成情况结算。
H:第十四条 法律适用与争议解决
P:14.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、乙方投标文件、中标通知书及双方确认的需求规格说明书为本合同的组成部分，与本合同具有同等效力。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：云岭市林业局        乙方（盖章）：杭州青杉数字林业科技有限公司
P:代表签字：____________        代表签字：____________
"""

# ---------------------------------------------------------------------------------------------------------------
# z02  浴帽厂 生产线控制系统改造 (docx, 第X条, Word price table)
Z02 = """T:生产线控制系统改造合同
P:合同编号：HX-SB-2027-006
P:甲方（买方）：台州洁韵浴帽制品有限公司
P:乙方（卖方）：宁波锐控自动化工程有限公司
P:甲方现有一次性浴帽及PE浴帽生产线六条，控制系统老化，停机频繁。乙方根据甲方技术要求提出改造方案，双方经协商一致，就生产线控制系统改造（设备供货、软件许可、程序开发、安装调试）订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条生产线电气控制系统的改造：更换PLC控制柜、触摸屏人机界面、伺服驱动及张力控制单元，加装松紧带缝合工位视觉检测，并部署生产数据采集软件，实现产量、停机原因和能耗的实时统计。
P:1.2 乙方负责设备供货、旧控制柜拆除、安装接线、程序编写、联调试车及操作人员和维修电工的培训。改造应分线实施，每条线停线时间不超过六日，不得影响其他生产线正常生产。
P:1.3 改造后的控制系统应兼容甲方现有的制袋机、封边机和自动包装机，预留与甲方ERP系统对接的数据接口，PLC程序采用结构化编写并附中文注释。
P:1.4 乙方对改造方案的完整性负责，方案未列明但为实现改造目标所必需的设备、材料和工作，均视为包含在合同总价内。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰玖拾万元整（¥1,900,000），含13%增值税，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含PLC、I/O模块、低压电器）|6套|576,000
TB:2|触摸屏人机界面|12台|96,000
TB:3|伺服驱动及张力控制单元|6套|384,000
TB:4|视觉检测单元|6套|228,000
TB:5|生产数据采集软件许可（永久）|1套|196,000
TB:|软硬件小计||1,480,000
TB:6|PLC及人机界面程序开发||184,000
TB:7|安装调试及培训||236,000
TB:|合同总价||1,900,000
P:2.2 合同总价为固定价格，包括设备、软件、运输、保险、安装、调试、培训及税费，甲方不再支付其他费用。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并经甲方清点签收后，甲方支付合同总价的55%。到货签收仅确认数量和外观，不视为质量验收。
P:3.3 六条生产线全部通过最终验收后二十个工作日内，甲方支付合同总价的35%。
P:3.4 乙方应在每次付款前开具合法有效的增值税专用发票；合同签订后十日内乙方提交合同总价5%的履约保证金，质保期满且无未决事项后无息退还。
H:第四条 交货与工期
P:4.1 乙方应于合同签订后七十五日内将全部设备运抵甲方工厂，于设备到货后九十日内完成六条生产线的改造和联调。
P:4.2 乙方应提交电气原理图、接线图、PLC及人机界面程序（含注释）、设备说明书、合格证及调试记录。
P:4.3 乙方应在每条线停线改造前七日提交停线计划，经甲方生产部门确认后实施；改造期间乙方应保留原控制柜至新系统试车成功，以便必要时恢复生产。
P:4.4 乙方施工人员应遵守甲方厂区安全、消防和车间管理制度，动火、登高、带电作业须办理审批；因乙方人员违章造成的人身伤害和财产损失由乙方承担。
H:第五条 验收
P:5.1 每条生产线改造完成后连续试生产七十二小时，达到下列标准的，视为该线单线验收合格：（1）生产线速度达到改造方案约定值，张力波动在允许范围内；（2）视觉检测漏检率不高于0.5%，误剔率不高于2%；（3）数据采集软件正确统计产量、停机原因和能耗，与人工记录核对一致；（4）急停、安全门等安全联锁功能测试有效。
P:5.2 六条线全部单线验收合格并稳定运行三十日后，由甲方组织最终验收，双方签署最终验收报告。设备安装完成或投入试生产，均不视为最终验收合格。
P:5.3 验收不合格的，乙方应在十日内整改并重新验收，整改期间产生的费用由乙方承担。
H:第六条 质量保证与维保服务
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现非甲方原因的故障，乙方免费维修或更换。
P:6.2 质保期内的服务响应时限按下表执行：
TB:故障等级|定义|响应时限|到场时限
TB:一级|整线停机|1小时|3小时
TB:二级|单工位停机或检测单元失效|2小时|次日
TB:三级|不影响生产的软件或显示问题|1个工作日|双方商定
P:6.3 乙方未按6.2条时限到场的，每迟延一小时，甲方可扣减人民币500元，从质保期结束时应退还的履约保证金中扣除。
P:6.4 质保期满后，乙方提供年度维保服务（含定期巡检、备件更换、程序优化及故障维修），年度维保费按软硬件小计的32%计取，即每年人民币473,600元，该费用在质保期满后三个年度内固定不变。
P:6.5 乙方应在甲方工厂备存常用易损件（伺服驱动、I/O模块、光源及相机各一套），质保期内消耗的备件由乙方免费补充。
P:6.6 乙方应为甲方操作工和维修电工分别组织不少于三次的现场培训，内容包括设备操作、常见故障处理、程序备份与恢复，培训后进行考核。
H:第七条 知识产权
P:7.1 为本项目编写的PLC程序、人机界面画面、数据采集接口及其源程序归甲方所有，甲方可自行修改或委托他人维护。
P:7.2 数据采集软件的标准产品著作权归乙方所有，乙方授予甲方永久使用许可。
H:第八条 数据安全
P:8.1 生产线产生的产量、工艺参数、能耗等数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方远程维护须事先取得甲方同意，通过甲方提供的专用通道登录，并不得在乙方设备上留存甲方数据。乙方对其人员造成的数据泄露或系统被入侵承担赔偿责任，发现安全事件应在2小时内通知甲方。
P:8.3 乙方提供的软件和设备不得含有未经甲方同意的远程控制或数据外传功能。
H:第九条 保密
P:9.1 双方对本合同内容及在履行过程中获知的对方技术资料、生产工艺、客户信息负有保密义务，保密期限至合同终止后三年。
P:9.2 乙方人员进入甲方车间不得拍照、录像，不得带走任何工艺文件。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 乙方改造造成甲方生产线非计划停产的，应赔偿甲方因此遭受的直接损失。
P:10.4 乙方交付的设备或软件不符合合同约定且经两次整改仍不合格的，甲方有权退货并解除合同，乙方退还相应款项。
P:10.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
H:第十一条 分包
P:11.1 乙方如需将电缆敷设等辅助施工分包给第三方，须事先取得甲方书面同意，并对分包方的工作承担全部责任。乙方不得将主体改造工作分包或转包。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内未予纠正的，甲方有权解除合同，乙方应退还已付款项并赔偿甲方损失。
P:12.2 合同解除的，乙方应配合甲方恢复生产线原有控制系统，或移交已完成的工作成果及全部技术资料。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交台州仲裁委员会仲裁。争议解决期间，除争议事项外，双方应继续履行本合同其他条款。
H:第十四条 其他
P:14.1 改造方案、技术要求及双方签字确认的会议纪要为本合同附件。本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方（盖章）：                乙方（盖章）：
P:授权代表：                    授权代表：
"""

# ---------------------------------------------------------------------------------------------------------------
# z03  小号培训连锁 预约及会员 SaaS + 实施, 两个服务年度 (txt, 一、/（一）/1.)
Z03 = """预约排课及会员管理云服务合同

合同编号：JMYX-IT-2027-03
甲方：上海金鸣音乐教育科技有限公司（“金鸣小号”连锁培训机构）
乙方：苏州乐约云信息技术有限公司

甲方在华东地区经营四十家小号培训门店，为统一管理课程预约、教师排课、学员会员卡和课时消耗，拟采用乙方提供的“乐约”预约排课及会员管理云服务。双方经友好协商，订立本合同。

一、服务内容
（一）乙方向甲方四十家门店开通“乐约”云服务，包括：课程预约与排课、教师课表、学员档案、会员卡及课时包管理、线上支付对账、家长端小程序和经营报表。
（二）乙方负责实施服务：
1. 按甲方品牌定制家长端小程序页面及课程展示；
2. 将甲方原有系统中的学员档案、剩余课时和会员卡余额迁移至云服务；
3. 完成与甲方财务系统的对账接口；
4. 为门店店长、前台和教师提供线上及集中培训；
5. 协助甲方制定门店上线计划，分三批完成四十家门店切换。
（三）服务期为两个服务年度：第一个服务年度自上线验收合格之日起至次年同月同日的前一日止，第二个服务年度紧接其后。
（四）乙方提供的短信通知、电子发票开具等增值功能包含在服务费内，第三方支付通道手续费由甲方按支付机构标准另行承担。

二、费用及支付
（一）服务费按门店计算，每家门店每个服务年度人民币4,800元，四十家门店每个服务年度合计人民币192,000元，两个服务年度合计人民币384,000元。
（二）实施费人民币58,000元，数据迁移费人民币21,000元。
（三）本合同总价为人民币463,000元（含税）。
（四）支付方式：
1. 实施费和数据迁移费在上线验收合格后十五个工作日内一次性支付；
2. 每个服务年度的服务费分两期支付，每期为该服务年度服务费的一半，分别在该服务年度第一个月和第七个月的十五日前支付；
3. 乙方应在每期付款前开具增值税专用发票。
（五）服务期内甲方新增或关闭门店的，服务费按实际开通门店数和月份折算，在下一期付款时结算。
（六）除本合同约定的费用外，乙方不得以系统升级、功能扩展等名义向甲方收取其他费用；甲方另行提出的新增定制需求，由双方另行书面确认报价。

三、上线及验收
（一）乙方应在合同签订后四十五日内完成实施并提交上线验收申请。
（二）上线验收标准：
1. 四十家门店账号全部开通，预约、排课、会员卡、课时扣减等功能按需求确认单实现；
2. 迁移后的学员档案、剩余课时和卡内余额与甲方原系统导出数据逐条核对一致；
3. 对账接口连续十日与财务系统核对无差异；
4. 在两百名用户同时预约时，小程序页面响应时间不超过2秒。
（三）甲方在收到验收申请后十个工作日内组织验收，合格的签署上线验收单。系统试用或门店开始使用，均不视为验收合格。
（四）乙方未能在约定期限内通过上线验收的，每逾期一日，向甲方支付违约金人民币300元。
（五）上线验收前，乙方应提供测试环境供甲方门店试用，并配合甲方完成至少两家门店的试点。
（六）甲方验收时发现问题的，乙方应在五个工作日内整改并重新申请验收。

四、服务水平
（一）云服务月度可用率不低于99.5%（计划内维护时间除外，计划内维护应提前三日通知并安排在凌晨零时至六时之间）。
（二）故障响应：一级故障（小程序或预约功能全部不可用）30分钟内响应，3小时内恢复；二级故障（部分门店或部分功能不可用）1小时内响应，8小时内恢复。
（三）服务补偿：月度可用率每低于约定值0.1个百分点，乙方按该月服务费的5%向甲方提供服务抵扣，在下一期服务费中扣除；一级故障响应每超时三十分钟，另抵扣人民币500元。
（四）乙方应提供每日9:00至21:00的在线客服，周末及寒暑假等门店高峰时段应安排专人值守。乙方每月向甲方提交服务报告，列明可用率、故障及处理情况。
（五）乙方进行版本升级影响门店使用的，应提前五日通知甲方并提供操作说明。

五、数据归属与数据安全
（一）甲方上传或在云服务中产生的学员、家长、教师及交易数据归甲方所有。乙方仅可为提供本合同服务使用该等数据，不得用于其他目的，不得向第三方提供。
（二）乙方应对数据采取加密存储、访问权限控制和操作日志审计措施，数据存储于中国境内，并每日备份。
（三）发生数据泄露或丢失的，乙方应在2小时内通知甲方，采取补救措施，并承担因乙方原因造成的损失。
（四）服务期满或合同解除后三十日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后彻底删除。
（五）未经甲方书面同意，乙方不得将甲方数据传输至境外，不得利用甲方数据向家长推送任何与甲方课程无关的营销信息。
（六）乙方应在每个服务年度至少开展一次安全漏洞扫描和应急演练，并将结果书面告知甲方。

六、知识产权
（一）“乐约”云服务平台的知识产权归乙方所有。
（二）为甲方定制的小程序页面、品牌素材及对账接口程序，其知识产权归甲方所有，乙方应在上线验收时交付相关源代码及文档。
（三）乙方保证云服务及交付成果不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并承担责任。

七、保密
双方对在合作中获知的对方经营信息、学员信息及技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后继续有效。乙方应要求其员工签署保密承诺。

八、违约责任与责任限额
（一）乙方违反本合同约定的，应承担继续履行、采取补救措施或者赔偿损失等违约责任。
（二）乙方在本合同项下的累计赔偿责任（含违约金和服务抵扣），以甲方在索赔事件发生前六个月内已实际支付的服务费总额为限。
（三）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
（四）因乙方原因导致门店无法预约或会员卡无法使用，影响正常授课的，乙方除提供服务抵扣外，还应协助甲方处理学员投诉。

九、续期
服务期届满前三十日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据市场情况调整服务费单价，上调幅度不超过上一服务年度单价的8%，乙方应在续期前二十日通知甲方新价格。

十、分包
乙方不得将本合同项下的实施服务或运维服务转包或分包给第三方，但经甲方书面同意的除外。

十一、合同解除
（一）乙方严重违约，或月度可用率连续两个月低于约定值，经甲方书面催告后十五日内仍未改正的，甲方有权解除本合同，并要求乙方退还已付未履行期间的服务费。
（二）一方被吊销营业执照或进入破产程序的，另一方可解除本合同。
（三）合同解除或服务期满时，乙方应提供不少于三十日的过渡期，配合甲方将数据迁移至新系统，过渡期内服务不中断。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，由双方协商解决；协商不成的，提交上海仲裁委员会仲裁。争议期间，乙方不得以停止服务或限制数据导出的方式对甲方施加压力。

十三、其他
本合同附件包括：需求确认单、门店清单、服务水平说明。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。需求确认单经双方签字后作为本合同附件；附件与正文不一致的，以正文为准。

甲方（盖章）：                    乙方（盖章）：
授权代表：                        授权代表：
日期：                            日期：
"""

# ---------------------------------------------------------------------------------------------------------------
# z04  民政局 骨灰堂智能管理系统 年度运维服务, 竞争性磋商 (txt, 第X条 + （一）)
Z04 = """骨灰堂智能管理系统运维服务合同

项目名称：骨灰堂智能管理系统年度运维服务
采购方式：竞争性磋商
项目编号：QHMZ-CS-2027-011
采购人（甲方）：清河市民政局
供应商（乙方）：湖南安泽信息技术服务有限公司

根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就清河市殡仪服务中心骨灰堂智能管理系统的运维服务事项，订立本合同。

第一条 服务对象与范围
（一）运维对象为清河市殡仪服务中心骨灰堂智能管理系统，包括：骨灰寄存登记与格位管理软件、电子祭扫及网上预约平台、自助查询终端十二台、智能格位门禁及电子标签读写设备、视频监控联动模块、服务器和存储设备。
（二）乙方提供的运维服务包括：日常巡检、故障处理、软件缺陷修复与小版本升级、数据库维护与备份、设备维修及易损件更换、清明节和冬至等祭扫高峰期现场保障、操作人员培训及技术咨询。
（三）服务期自2027年3月1日起至2028年2月29日止。
（四）系统软硬件清单、网络拓扑及现有配置以甲方在合同签订时提供的清单为准，乙方应在服务开始后十日内完成现场交接核对。

第二条 服务费用及支付
（一）本合同总价为人民币叁拾陆万捌仟元整（¥368,000），含税，包括人工、备品备件、差旅及交通费用。单价超过人民币两千元的设备主要部件更换，由双方另行书面确认。
（二）服务费按季度支付。每季度结束后，甲方根据第五条考核结果，在收到乙方发票后十五个工作日内支付该季度服务费人民币92,000元，考核扣减的金额从当季服务费中扣除。
（三）甲方不向乙方支付预付款。甲方按财政国库集中支付程序付款。
（四）服务期内，乙方不得以任何理由要求增加服务费用。

第三条 服务要求
（一）乙方应派驻一名运维工程师在骨灰堂现场工作，工作日8:30至17:30在岗；清明节前后各七日及冬至当日，乙方应增派不少于三名技术人员现场值守。
（二）乙方每月对系统进行一次全面巡检，每日检查数据备份结果，每季度进行一次备份恢复演练，并向甲方提交巡检报告和月度运维报告。
（三）乙方应建立运维台账，记录每次故障的发生时间、处理过程和结果，并接受甲方随时检查。
（四）乙方更换驻场人员的，应提前十日书面报告甲方，并经甲方认可。
（五）乙方应为甲方管理人员提供不少于两次的系统操作培训，并编制常见问题处理手册；每次系统升级后，乙方应对窗口工作人员进行现场讲解。
（六）乙方应根据设备运行情况提出优化和更新建议，每半年向甲方提交一次系统运行分析报告，内容包括故障统计、设备老化情况和容量预测。

第四条 服务水平
（一）故障分级及时限：
1. 一级故障：寄存登记、格位查询或网上预约功能整体不可用，或门禁系统失效影响家属祭扫。乙方应在30分钟内响应，1小时内到达现场，3小时内恢复。
2. 二级故障：部分终端、部分格位门禁或监控联动失效。乙方应在1小时内响应，当日内修复。
3. 三级故障：不影响业务办理的界面或报表问题，乙方应在三个工作日内修复。
（二）乙方未按上述时限响应或修复的，每超时一小时扣减服务费人民币500元；一级故障单次持续超过八小时的，另扣减人民币3,000元。
（三）祭扫高峰期内网上预约平台应保持正常运行，乙方应在高峰期前十日完成压力测试并提交报告。
（四）乙方应提供服务热线并保证全天可接通，夜间及节假日发生一级故障的，同样按上述时限执行。

第五条 考核与验收
（一）甲方每季度按照磋商文件所附运维服务考核表对乙方进行考核，考核内容包括故障响应及修复时效、巡检和报告完成情况、备份恢复演练结果、用户满意度等，满分一百分。
（二）季度考核得分九十分以上的，全额支付当季服务费；八十分至九十分的，扣减当季服务费的3%；低于八十分的，扣减当季服务费的8%，并由乙方提交整改方案。
（三）服务期满，甲方组织年度验收，验收标准为：四个季度考核均达到八十分以上；系统全部功能正常运行；运维台账、巡检报告、备份记录齐全；全部数据及系统账号完整移交甲方。年度验收合格后，甲方出具验收报告。
（四）年度验收不合格的，乙方应在十五日内完成整改，整改完成前甲方暂停支付最后一个季度的服务费。

第六条 数据安全
（一）系统中的逝者信息、寄存人及家属信息、格位记录、祭扫预约记录和视频资料等全部数据归甲方所有。乙方仅可为履行本合同运维服务查看和处理上述数据，不得复制、下载、留存或用于其他任何目的。
（二）乙方应按照网络安全等级保护第二级的要求开展运维工作，服务器远程维护须经甲方审批并通过甲方指定的运维审计系统进行，全部操作留存日志。禁止乙方人员使用个人存储介质拷贝系统数据。
（三）发生数据泄露、篡改、丢失或系统被入侵的，乙方应在2小时内向甲方报告并采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
（四）乙方更换的存储设备硬盘应交由甲方现场消磁或销毁，不得带离骨灰堂。
（五）乙方驻场人员应经过背景审查，并签署数据安全承诺书；人员离场时，乙方应配合甲方注销其全部系统账号和门禁权限。

第七条 知识产权
运维过程中乙方形成的巡检报告、运维台账、配置文档、备份策略及为修复缺陷编写的脚本和程序，其知识产权归甲方所有，甲方可自由使用和修改。

第八条 违约责任
（一）乙方未按第三条约定派驻人员或高峰期现场值守人数不足的，每缺一人一日，扣减服务费人民币600元。
（二）乙方未按约定时间完成巡检、备份恢复演练或缺陷修复的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（三）因乙方运维不当造成系统数据损坏或设备损毁的，乙方应负责恢复或赔偿。
（四）乙方在高峰期内发生一级故障且未能在约定时限内恢复，造成群众投诉或不良社会影响的，乙方应配合甲方做好解释和善后工作。
（五）甲方无正当理由逾期付款的，按逾期金额每日万分之二向乙方支付违约金。

第九条 合同的履行与变更
（一）本合同在服务期内持续履行，任何一方不得单方解除合同。乙方出现违约情形的，甲方按本合同第四条、第五条和第八条扣减服务费或要求乙方支付违约金，乙方应继续履行并限期整改。
（二）因政策调整或甲方业务变化需要增减服务内容的，双方协商签订补充协议。

第十条 分包
乙方不得将本合同项下的运维服务分包或转包给任何第三方。

第十一条 不可抗力
因不可抗力致使合同不能履行的，受影响方应及时通知对方，并在十日内提供有关证明，双方协商处理。不可抗力消除后，双方应继续履行本合同。

第十二条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，依法向清河市人民法院提起诉讼。

第十三条 其他
（一）竞争性磋商文件、乙方响应文件、成交通知书和运维服务考核表为本合同的组成部分。
（二）服务期满，本合同自然终止；甲方如需继续采购运维服务，依照政府采购程序另行确定供应商。
（三）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：清河市民政局            乙方（盖章）：湖南安泽信息技术服务有限公司
法定代表人或授权代表：                法定代表人或授权代表：
签订日期：                            签订日期：
"""

# ---------------------------------------------------------------------------------------------------------------
# z05  葫芦烙画工作室 工序跟踪软件许可 + 定制开发, 供应商模板 (md, ## 第X条, markdown price table)
Z05 = """# 匠心工坊生产管理软件 销售及定制开发合同

**（匠云软件标准合同文本 V3.0）**

合同编号：JY-XS-2027-0415

甲方（买方）：聊城葫韵烙画艺术工作室有限公司

乙方（卖方）：济南匠云软件科技有限公司

甲方向乙方购买“匠心工坊生产管理软件”并委托乙方进行定制开发。根据《中华人民共和国民法典》，双方本着平等自愿原则，签订本合同。

## 第一条 产品及服务内容

1.1 乙方向甲方提供“匠心工坊生产管理软件”标准版永久使用许可（二十个用户），包括订单管理、工序派工、库存管理和手机端报工功能。

1.2 乙方按甲方需求进行定制开发，包括：葫芦原料选料分级登记；烙画工序跟踪（选葫、打磨、起稿、烙绘、上色、封蜡、质检）及每道工序照片留档；匠人计件工资统计；作品溯源二维码及顾客扫码查询页面；与甲方网店订单的接口。

1.3 乙方负责软件安装部署、基础数据初始化及甲方人员的操作培训。

1.4 软件运行所需的服务器、操作系统、数据库及网络环境由甲方自行准备，乙方可提供配置建议。甲方自行采购的硬件不符合要求导致软件无法正常运行的，由甲方负责。

1.5 标准功能以乙方产品说明书为准，定制需求以双方确认的需求清单为准；需求清单确认后甲方再提出的修改，视为需求变更。

## 第二条 合同价格

2.1 合同价格明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠心工坊生产管理软件标准版许可（二十用户，永久） | 168,000 |
| 2 | 定制开发（选料分级、工序跟踪、计件工资、溯源二维码、网店接口） | 236,000 |
| 3 | 安装部署、数据初始化及培训 | 32,000 |
| | 合同总价 | 436,000 |

2.2 合同总价为人民币肆拾叁万陆仟元整（¥436,000），含税。甲方新增需求超出本合同约定范围的，乙方另行报价。

2.3 合同价格不包括短信、电子签章、第三方地图等外部服务费用，上述费用由甲方按实际使用量另行向服务商支付。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即人民币239,800元，乙方收到款项后启动项目。

3.2 软件安装上线后五个工作日内，甲方向乙方支付合同总价的45%，即人民币196,200元。

3.3 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停服务或停止开发。

3.4 乙方在收到每笔款项后十个工作日内开具增值税普通发票。

## 第四条 交付

4.1 乙方计划于收到首期款后六十个工作日内完成定制开发并上线。项目进度以乙方制定的项目计划为准，乙方可根据开发情况适当调整。

4.2 因需求变更、甲方资料提供不及时或甲方人员配合不到位导致工期延误的，交付时间相应顺延。乙方延期交付的，应及时告知甲方，双方协商确定新的交付时间。

4.3 乙方交付内容为：安装在甲方服务器上的软件、用户操作手册及账号密码。定制部分的源代码不属于交付内容。

4.4 甲方应指定专人负责项目对接，并在乙方通知后三个工作日内完成需求确认、资料提供和测试反馈。甲方逾期确认的，视为同意乙方提交的方案。

4.5 软件上线前，乙方组织一次不超过半天的集中培训，培训后甲方人员应能独立操作。

## 第五条 验收

5.1 软件安装完成并交付甲方使用之日，即视为甲方验收合格。

5.2 甲方在使用中发现问题的，可在维护期内通知乙方修复，但不影响已完成的验收及甲方付款义务。

5.3 甲方未在上线后七日内提出书面异议的，亦视为对软件全部功能的确认。

## 第六条 维护服务

6.1 自软件上线之日起三个月为免费维护期，维护期内乙方提供远程技术支持和软件缺陷修复。

6.2 服务时间为工作日9:00至17:30。一级故障（系统无法登录或无法报工）乙方在8小时内响应，二级故障在两个工作日内响应，其他问题在下一版本中处理。

6.3 乙方将尽力在合理时间内解决故障，但不对修复时间作出承诺。因响应或修复延迟造成的任何损失，乙方不承担扣款、赔偿或违约责任。

6.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的服务价格标准执行。未签订维护协议的，乙方不再提供任何技术支持和升级服务。

6.5 现场服务须提前预约，差旅费用由甲方另行承担。

6.6 维护范围不包括因甲方误操作、擅自修改配置、计算机病毒、服务器硬件故障或断电断网引起的问题，乙方处理上述问题的，按次另行收费。

6.7 乙方对软件的版本升级享有决定权，升级后的功能变化以升级说明为准。维护期内的远程协助以每周两次为限，超出部分另行计费。

## 第七条 知识产权

7.1 本合同项下软件（含标准产品及全部定制开发部分）的著作权及其他知识产权均归乙方所有。

7.2 甲方在许可范围内享有非独占、不可转让的使用权，不得对软件进行修改、反编译或再许可，也不得委托第三方对定制部分进行二次开发。

7.3 乙方有权将为甲方开发的定制功能纳入其标准产品，向其他客户销售。

7.4 甲方不得将软件用于许可范围以外的门店或关联公司；超出许可用户数使用的，应按乙方当时价格补足许可费用。

## 第八条 数据

8.1 甲方在软件中录入的订单、作品、匠人及顾客信息归甲方所有。

8.2 乙方应采取访问权限控制、数据加密和定期备份等安全措施保护甲方数据；发现数据泄露的，应在48小时内通知甲方，因乙方原因造成数据泄露的，乙方承担相应的赔偿责任。

8.3 甲方同意，乙方可以对甲方数据进行脱敏处理后，用于产品改进、行业工艺分析及向其他客户提供行业参考，上述使用不受合同期限限制。

8.4 合同终止后，甲方可在三十日内自行导出数据；逾期未导出的，乙方有权删除。

## 第九条 保密

9.1 双方对本合同价格及在合作中知悉的对方商业秘密负有保密义务，未经对方同意不得向第三方披露，但法律法规另有规定的除外。

9.2 保密义务在本合同终止后两年内有效。乙方可以将甲方名称及项目情况作为成功案例用于宣传。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 乙方对甲方的利润损失、经营损失、数据丢失等间接损失不承担责任。

10.3 因不可抗力、第三方软件或网络运营商原因导致服务中断的，乙方不承担责任。

10.4 甲方未按约定付款的，乙方有权暂停提供软件授权码或维护服务，由此造成的损失由甲方承担。

## 第十一条 合同解除

11.1 一方严重违约，经对方书面通知后三十日内仍未纠正的，守约方可以书面通知解除本合同。

11.2 合同解除后，乙方已收取的款项中，已完成工作对应的部分不予退还。甲方单方解除合同的，已付款项不予退还。

## 第十二条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院起诉。

## 第十三条 其他

13.1 本合同未尽事宜，以乙方官网公布的《用户服务协议》为准。

13.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

13.3 本合同附件包括需求清单和产品说明书，附件与正文具有同等效力。

甲方（盖章）：　　　　　　　　　乙方（盖章）：

代表人：　　　　　　　　　　　　代表人：

日期：　　　　　　　　　　　　　日期：
"""

# ---------------------------------------------------------------------------------------------------------------
# e01  Tralee vendor, perpetual licence + services (pdf, Article N / N.N)
E01 = """T:Software Licence and Services Agreement
P:Agreement No. KMS-CN-2027-044
P:This Agreement is made between Kerrywell Maintenance Systems Limited, a company incorporated in Ireland with its registered office at Fels Point, Tralee, County Kerry, Ireland (the "Vendor"), and Inner Mongolia Greenpasture Dairy Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Hohhot (the "Customer").
P:The Customer operates four processing plants and wishes to replace its paper-based maintenance records with the Vendor's Kerrywell Asset and Maintenance Management software. The Vendor has agreed to license the software and to implement it under the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's Kerrywell software, version 9, with the modules listed in Article 2, in object code, together with its documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, mobile forms, data migration scripts and configurations created by the Vendor specifically for the Customer under this Agreement, including their source code and documentation.
P:1.3 "Customer Data" means all data entered into, generated by or stored in the Software by or for the Customer, including asset registers, work orders, spare-parts records, sensor readings and personnel records.
P:1.4 "Final Acceptance" means the Customer's signature of the final acceptance certificate under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software for its own business at its four plants and its head office, for up to 180 named users and 60 mobile devices.
P:2.2 The licensed modules are asset register, preventive maintenance planning, work-order management, spare-parts inventory, calibration management and mobile technician application.
P:2.3 The Vendor shall install and configure the Software on the Customer's servers in Hohhot, migrate the Customer's existing equipment lists and maintenance history, build interfaces with the Customer's ERP system and its energy-metering platform, and train the Customer's engineers, planners and storekeepers.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,710,000, inclusive of all taxes, made up of the Licence Fee of CNY 1,120,000, the implementation fee of CNY 380,000, the interface development fee of CNY 164,000 and the training fee of CNY 46,000.
P:3.2 The Contract Price is fixed. It includes travel, accommodation and all other expenses of the Vendor's personnel, and the Vendor shall not charge any other amount for the scope described in Article 2.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price within 30 days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Customer shall pay 45% of the Contract Price within 30 days after the Vendor has completed installation and configuration at all sites and the Customer has signed the installation record. Signature of the installation record confirms progress only and is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration, migration and interfaces within 120 days after signature and shall then give notice that the system is ready for acceptance testing.
P:5.2 Acceptance testing shall follow the test plan agreed by the parties within 20 days after signature. The acceptance criteria are: every function in the agreed requirements specification works as specified; migrated asset and maintenance records reconcile with the Customer's source files with no unexplained difference; the ERP and energy-metering interfaces run for 15 consecutive days without data loss; standard screens respond within three seconds for 150 concurrent users; and no Severity 1 or Severity 2 defect remains open.
P:5.3 After successful testing the system shall run in production for 45 days. If no Severity 1 defect occurs in that period, the Customer shall sign the final acceptance certificate within ten working days.
P:5.4 Installation, use of the system in production or payment of any instalment does not amount to acceptance. If the system fails a test, the Vendor shall correct the defects at its own cost and the test shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their specifications for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and new versions, and provide support free of charge.
P:6.2 Support is provided by telephone, e-mail and remote access through the Customer's approved channel, in Chinese and English. For a Severity 1 incident (the system is unavailable or work orders cannot be created at any plant) the Vendor shall respond within one hour and restore service within eight hours; for a Severity 2 incident (a module or interface is unavailable) it shall respond within two hours and resolve it within two working days;
P:6.3 If the Vendor misses a response or restoration time in Article 6.2, it shall give the Customer a service credit of CNY 1,000 for each full hour of delay for a Severity 1 incident and CNY 300 for each full hour of delay for a Severity 2 incident. Credits are deducted from the next payment due or paid within 30 days.
P:6.4 After the Warranty Period the Customer may order annual support, covering the same services and service levels, at a fixed fee of 11% of the Licence Fee, namely CNY 123,200 per year. This fee shall not be increased for the first three years of paid support. Annual support is ordered by purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the standard Software.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify, copy and license the Custom Deliverables freely and may engage third parties to maintain them.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access and process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose, including analysis, benchmarking or product development.
P:8.2 The Vendor shall comply with the Personal Information Protection Law, the Data Security Law and the Customer's information-security rules. Remote access requires the Customer's approval for each session, takes place through the Customer's bastion host and is logged. The Vendor shall not copy Customer Data outside the People's Republic of China or onto its own equipment.
P:8.3 The Vendor shall notify the Customer within two hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall take all steps needed to contain it, and shall be liable for the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, use it only for this Agreement and not disclose it to any third party without the other party's prior written consent.
P:9.2 This obligation does not apply to information that is public or lawfully received from a third party without restriction, and it survives termination for three years.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to give notice of readiness under Article 5.1 or to achieve Final Acceptance by the date in the project plan for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, fraud, wilful misconduct, infringement of third-party rights or breach of Articles 8 and 9.
P:10.3 Neither party is liable for loss of profit or other indirect loss, except as set out in Article 10.2.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the other party's written consent.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of it.
P:12.2 The Customer may also terminate this Agreement if the liquidated damages under Article 10.1 reach their maximum.
P:12.3 On termination by the Customer under this Article, the Vendor shall refund the amounts paid for work not accepted, deliver all Custom Deliverables completed so far and return or delete Customer Data as the Customer instructs.
H:Article 13 Governing Law and Jurisdiction
P:13.1 This Agreement and any dispute arising out of or in connection with it are governed by the laws of Ireland.
P:13.2 The courts of Ireland have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Article 14 General
P:14.1 This Agreement, with the requirements specification and the test plan, is the entire agreement of the parties on its subject. It is signed in English and Chinese; both versions are equally authentic.
P:For the Vendor: ____________________    For the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# e02  Athlone vendor, SaaS Order Form Part A (A1-A6) + General Terms Part B, fee table (md)
E02 = """# Shannonlearn Order Form and General Terms

**Order Form No. SL-OF-2027-0219**

This Order Form is entered into between **Shannonlearn Technologies Limited**, Unit 4, Athlone Business Park, Dublin Road, Athlone, County Westmeath, Ireland ("Shannonlearn"), and **Hangzhou Xiling Lakeside Hotels Management Co., Ltd.**, Hangzhou, Zhejiang Province, People's Republic of China (the "Customer"). It consists of Part A (Order Form) and Part B (General Terms). If the two parts conflict, Part A prevails.

## Part A: Order Form

### A1 Subscription

The Customer subscribes to the Shannonlearn learning management service (the "Service") for the training of its hotel staff: course catalogue and assignment, mobile learning, assessments and certificates, compliance training records, trainer scheduling and reporting. The Service is provided from Shannonlearn's hosting environment in a mainland China data centre operated by its hosting partner named in Part B section 5.

### A2 Subscription Term

The Subscription Term is 24 months, divided into two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under A5; the second starts on the first anniversary of that date. At the end of the Subscription Term the subscription ends unless the parties sign a new order form.

### A3 Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 650 named users x CNY 380 | 247,000 |
| Subscription, Subscription Year 2 | 650 named users x CNY 380 | 247,000 |
| Onboarding and configuration (one-time) | fixed | 36,000 |
| Single sign-on and HR system integration (one-time) | fixed | 18,000 |
| **Total Contract Value** | | **548,000** |

All fees are in CNY and include VAT. Additional named users may be added at CNY 380 per user per Subscription Year, pro rata for the rest of the current Subscription Year.

### A4 Invoicing and Payment

4.1 The one-time fees for onboarding, configuration and integration are invoiced after Go-Live Acceptance and are payable within 30 days of invoice.

4.2 Subscription fees for each Subscription Year are invoiced in four equal quarterly instalments at the start of each quarter of that Subscription Year and are payable within 30 days of invoice.

4.3 No other payment is due before Go-Live Acceptance.

### A5 Onboarding and Go-Live Acceptance

5.1 Shannonlearn shall complete onboarding within 50 days after signature of this Order Form: setting up the Customer's tenant, hotel and department structure, role permissions and branding; loading the Customer's 140 existing courses; configuring single sign-on with the Customer's identity system; and connecting the Customer's HR system so that new staff are enrolled automatically.

5.2 Go-Live Acceptance tests shall show that: all 140 courses play correctly on desktop and on the mobile application; staff records from the HR system synchronise daily with no mismatch over ten consecutive days; single sign-on works for all hotels; completion records and certificates are generated correctly for a test group of 50 users; and the reports listed in the onboarding plan return correct results.

5.3 When the tests are passed the Customer shall sign a Go-Live Acceptance certificate. Use of the Service for training before that date is not acceptance. If the tests fail, Shannonlearn shall correct the defects and the tests shall be repeated.

5.4 If Go-Live Acceptance is not achieved within the period in 5.1 for reasons attributable to Shannonlearn, Shannonlearn shall pay the Customer CNY 450 for each day of delay.

### A6 Contacts

Shannonlearn's account manager and the Customer's training director named in the signature block are the contacts for this Order Form. Each party may change its contact by written notice.

## Part B: General Terms

### 1. Service Levels

1.1 Shannonlearn shall make the Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced five days in advance and carried out between 01:00 and 05:00 China Standard Time.

1.2 Shannonlearn shall provide support in Chinese by telephone and e-mail. Priority 1 incidents (the Service is unavailable or users cannot log in) shall be responded to within one hour and a workaround provided within six hours. Priority 2 incidents (a function is unavailable for a hotel) shall be responded to within two hours. Other requests shall be answered within one business day.

1.3 If monthly availability falls below the commitment in 1.1, the Customer shall receive a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point, or part of it, below the commitment, up to 50% of that monthly amount. If a Priority 1 response is late, the Customer shall receive a further credit of CNY 800 for each late response. Credits are set off against the next invoice.

### 2. Customer Data

2.1 As between the parties, the Customer owns all data it or its users upload to or create in the Service, including staff records, training histories, assessment results and certificates ("Customer Data").

2.2 Shannonlearn shall process Customer Data to provide the Service and support to the Customer during the Subscription Term.

2.3 The Customer grants Shannonlearn a perpetual, royalty-free licence to compile aggregated and de-identified data derived from Customer Data and from the Customer's use of the Service, such as course completion rates, assessment scores and learning times, and to use that data to improve and develop its products, to train its recommendation models and to publish industry benchmarks for the hospitality sector, during and after the Subscription Term. Such data shall not identify the Customer or any individual.

2.4 On expiry or termination, Shannonlearn shall make Customer Data available for export for 30 days and then delete it from its production systems.

### 3. Security

3.1 Shannonlearn shall maintain an information security programme certified to ISO/IEC 27001, encrypt Customer Data in transit and at rest, restrict access to personnel with a need to know, log administrative access, and keep Customer Data within mainland China. The hosting environment holds a level-3 record under the Multi-Level Protection Scheme.

3.2 Shannonlearn shall notify the Customer within 12 hours after becoming aware of any security incident affecting Customer Data, shall investigate and contain it, shall give the Customer the information it needs to meet its own obligations under the Personal Information Protection Law, and shall be liable for losses caused by its failure to meet this section.

### 4. Intellectual Property

4.1 Shannonlearn owns the Service and all its underlying software and content, other than Customer Data and Customer Materials.

4.2 "Customer Materials" means the course content supplied by the Customer and the branding, course templates, assessment question banks and report layouts configured for the Customer. Customer Materials belong to the Customer, which may use, modify and license them freely, including after the Subscription Term; Shannonlearn shall deliver them in a standard export format on request.

### 5. Hosting Partner and Subcontractors

5.1 The Service is hosted by Zhejiang Cloudline Data Services Co., Ltd., which the Customer approves by signing this Order Form.

5.2 Shannonlearn shall not engage any other subcontractor that has access to Customer Data, or replace the hosting partner, without the Customer's prior written consent. Shannonlearn is responsible for its subcontractors as for itself.

### 6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public business, technical and financial information disclosed in connection with this Order Form, and use it only to perform or receive the Service.

6.2 This section survives for three years after the end of the Subscription Term.

### 7. Limitation of Liability

7.1 Neither party is liable for indirect or consequential loss, loss of profits or loss of goodwill.

7.2 Shannonlearn's total aggregate liability arising out of or in connection with this Order Form, whether in contract, tort or otherwise, shall not exceed the fees paid by the Customer in the six months immediately preceding the event giving rise to the claim.

7.3 Nothing in this section limits liability for death or personal injury caused by negligence, or for fraud.

### 8. Term and Termination

8.1 This Order Form runs until the end of the Subscription Term.

8.2 Either party may terminate it by written notice if the other party commits a material breach and does not cure it within 30 days after written notice. If the Customer terminates under this section, Shannonlearn shall refund the prepaid fees for the period after termination.

8.3 The Customer may also terminate if monthly availability falls below the commitment in section 1.1 in any three months of a Subscription Year.

### 9. Governing Law and Disputes

9.1 This Order Form is governed by the laws of the People's Republic of China.

9.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

### 10. General

10.1 Shannonlearn may not assign this Order Form without the Customer's written consent. Changes must be in writing and signed by both parties. This Order Form is signed in English with a Chinese translation; the English text prevails.

**For Shannonlearn Technologies Limited:** ____________________  Name / Title / Date

**For Hangzhou Xiling Lakeside Hotels Management Co., Ltd.:** ____________________  Name / Title / Date
"""

# ---------------------------------------------------------------------------------------------------------------
# e03  Dundalk vendor, sensors + monitoring licence on the buyer's paper (docx, 1. / 1.1, Word price table)
E03 = """T:Purchase Contract for Cold-Chain Temperature Monitoring System
P:Contract No. TJHK-WH-2027-052
P:Buyer: Tianjin Haikang Pharmaceutical Logistics Co., Ltd., No. 18 Airport Logistics Avenue, Tianjin Airport Economic Area, People's Republic of China (the "Buyer").
P:Supplier: Louth Sensing Technologies Limited, Finnabair Business Park, Dundalk, County Louth, Ireland (the "Supplier").
P:The Buyer operates three GSP-certified pharmaceutical warehouses in Tianjin with cold rooms, refrigerated zones and controlled ambient zones, and must monitor and record storage temperature and humidity continuously. Following the Buyer's tender, the parties agree as follows on the Buyer's standard purchase terms.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission a wireless temperature and humidity monitoring system for the three warehouses, consisting of the sensors, gateways and monitoring software listed in clause 2, and shall provide validation support and training.
P:1.2 The monitoring software ("Software") shall be installed on the Buyer's servers and shall record readings every minute, raise alarms by screen, SMS and telephone call, keep an audit trail, and produce the temperature reports the Buyer needs for GSP inspections and customer audits.
P:1.3 The Supplier shall develop for the Buyer an interface to the Buyer's warehouse management system so that alarms and temperature history are linked to storage locations and batches, and a set of customised reports and dashboards agreed in the functional specification.
H:2. Price
P:2.1 The Contract Price is CNY 1,240,000, inclusive of 13% VAT, delivery to the Buyer's sites, import duties, installation and all other costs, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, calibrated, with probe|420|1,450|609,000
TB:2|Gateway with 4G and Ethernet backhaul|18|8,600|154,800
TB:3|Monitoring software, perpetual licence, unlimited sensors for the three sites|1|286,000|286,000
TB:|Hardware and Licence Subtotal|||1,049,800
TB:4|Installation, mapping support and calibration|lot||112,400
TB:5|Validation support (IQ/OQ documents and execution)|lot||58,000
TB:6|Training of warehouse and quality staff|lot||19,800
TB:|Contract Price|||1,240,000
P:2.2 The Contract Price is fixed and not subject to adjustment for exchange rates or any other reason.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within 20 working days after signature of this Contract and receipt of the Supplier's invoice and an advance payment guarantee for the same amount issued by a bank in China.
P:3.2 The Buyer shall pay 55% of the Contract Price within 20 working days after all equipment has been delivered and installed and the Buyer has signed the installation certificate. The installation certificate confirms quantities and installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 working days after Final Acceptance under clause 5.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's warehouses within 70 days after signature and complete installation within 30 days after delivery. Installation in cold rooms shall be scheduled with the Buyer so that goods are never exposed to uncontrolled temperatures.
P:4.2 Each sensor shall be delivered with a calibration certificate traceable to national standards, issued not more than three months before delivery.
P:4.3 The Supplier shall provide the Buyer with installation drawings, sensor location lists, user and administrator manuals, and the source code and documentation of the interface and customised reports.
P:4.4 The Supplier's personnel shall follow the Buyer's site safety, hygiene and GSP rules, wear the protective clothing provided for cold rooms, and work in the warehouses only when accompanied by the Buyer's staff.
H:5. Acceptance
P:5.1 Final Acceptance requires that: every sensor reports to the Software and readings agree with a reference instrument within the tolerance in the technical specification; alarms reach the Buyer's duty staff by all three channels within two minutes in the tests under the validation protocol; the interface links alarms and history to storage locations correctly in all test cases; the IQ and OQ protocols are executed without open critical deviations and approved by the Buyer's quality department; and the system runs for 30 consecutive days without loss of data.
P:5.2 Delivery, installation, use of the system or payment does not amount to acceptance. If the system fails a test, the Supplier shall correct the defects at its own cost within 15 days and the test shall be repeated.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective sensors and gateways free of charge, correct Software defects, supply Software updates, and perform annual recalibration of all sensors.
P:6.2 Support is available around the clock, every day, by telephone and remote access through the Buyer's approved channel. For a Priority 1 fault (monitoring of a cold room or refrigerated zone is lost, or alarms are not sent) the Supplier shall respond within one hour and restore monitoring within six hours, using spare sensors kept at the Buyer's site if necessary. For a Priority 2 fault (a single sensor or report fails) the Supplier shall respond within two hours and fix it within two working days.
P:6.3 For each hour by which the Supplier exceeds a Priority 1 response or restoration time, the Buyer may deduct CNY 600 from any amount due to the Supplier or claim it from the performance bond.
P:6.4 After the warranty period the Supplier shall, if the Buyer so requests, provide annual support including recalibration, spare parts and Software updates for a fee of 8.5% of the Hardware and Licence Subtotal, namely CNY 89,233 per year. This fee is fixed for the first two years after the warranty period. Support is ordered each year by separate purchase order and does not renew automatically.
P:6.5 The Supplier shall keep spare parts for the sensors and gateways available for at least seven years after Final Acceptance.
P:6.6 The Supplier shall train the Buyer's administrators, duty staff and quality personnel before Final Acceptance and provide refresher training once a year during the warranty period at no extra charge.
H:7. Intellectual Property
P:7.1 The Software and the firmware of the sensors and gateways remain the property of the Supplier and its licensors, and are licensed to the Buyer perpetually for use at the Buyer's sites.
P:7.2 The interface, customised reports and dashboards, their source code and documentation belong to the Buyer from creation. The Buyer may use, modify and license them freely, and may engage third parties to maintain them.
H:8. Data Security
P:8.1 All temperature and humidity records, alarm records, audit trails and other data generated by the system are the property of the Buyer. The Supplier shall use them only to perform this Contract and shall not use them for any other purpose.
P:8.2 Gateways shall send data only to the Buyer's servers. The Supplier shall not have standing access to the system; remote access shall be approved by the Buyer for each session, use the Buyer's bastion host and be recorded. The Supplier shall not copy Buyer data to its own systems or transfer it outside the People's Republic of China.
P:8.3 The Supplier shall notify the Buyer within two hours after becoming aware of any security incident affecting the system or the Buyer's data, cooperate fully in the investigation, and be liable for losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 Each party shall keep confidential all information received from the other party under this Contract, including the Buyer's warehouse layouts, customer names and quality records, and shall not disclose it to third parties without prior written consent. This obligation continues for six years after the end of the warranty period.
H:10. Liquidated Damages and Liability
P:10.1 If the Supplier fails to complete delivery, installation or Final Acceptance within the times in clauses 4 and 5 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement of third-party rights or breach of clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent, and remains fully responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if liquidated damages under clause 10.1 reach their maximum. The Supplier shall then refund the amounts paid for equipment and services not accepted.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin. The award is final and binding on both parties.
H:14. Miscellaneous
P:14.1 The technical specification, the functional specification, the validation protocol and the Supplier's tender are annexes to this Contract. If they conflict, this Contract prevails. This Contract is made in Chinese and English; both versions are equally authentic.
P:Buyer: ____________________ (seal)    Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# e04  Carlisle vendor, managed services over 36 months, Schedules 1-3 as tables (md)
E04 = """# Managed IT Support Services Agreement

**Agreement reference: EDN-MSA-2027-07**

**Between**

(1) **Eden Valley Managed Services Limited**, Kingmoor Park, Carlisle, Cumbria, England (the "Supplier"); and

(2) **Chengdu Tianfu Engineering Design Institute Co., Ltd.**, Chengdu, Sichuan Province, People's Republic of China (the "Customer").

**Background.** The Customer has six design offices in Chengdu, Chongqing, Xi'an, Kunming, Guiyang and Lanzhou with about 1,150 staff. It wishes to outsource its IT service desk, end-user device support and server monitoring to the Supplier for three years. The Supplier performs the services in China through its wholly owned subsidiary in Chengdu, which signs this Agreement as the Supplier's performing entity and is jointly responsible with the Supplier.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the response and resolution targets in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Service Commencement" means the date on which the Customer signs the transition acceptance certificate under clause 3.

1.5 "Customer Data" means all data of the Customer and its staff that the Supplier accesses, receives or processes in performing the Services, including user accounts, device inventories, tickets, project files and e-mail.

## 2. Term

2.1 This Agreement starts on signature and the Services run for 36 months from Service Commencement (the "Service Term").

2.2 The Service Term may be extended only by a written amendment signed by both parties, on charges agreed at that time. There is no automatic renewal.

## 3. Transition

3.1 The Supplier shall take over the Services from the Customer's internal team within 60 days after signature in accordance with the transition plan agreed within ten days after signature.

3.2 Transition acceptance requires that: all 1,150 users and their devices are recorded in the Supplier's service management tool; the knowledge base contains working instructions for the 40 most frequent request types; monitoring covers all servers, storage and network devices listed in Schedule 1; the Supplier's engineers are in place at every office; and a two-week shadow period has been completed without an unresolved Priority 1 incident.

3.3 When these criteria are met, the Customer shall sign the transition acceptance certificate within five working days. The start of shadow operation or any payment is not transition acceptance.

3.4 If Service Commencement is delayed beyond the period in 3.1 for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 1,800 for each day of delay.

## 4. Performance of the Services

4.1 The Supplier shall perform the Services with reasonable skill and care, in accordance with good industry practice, the Service Levels and the Customer's IT policies.

4.2 The Supplier shall report its performance against the Service Levels every month and meet the Customer every quarter to review the Services.

4.3 Service Levels are performance targets. If the Supplier fails to meet a Service Level, the Supplier shall analyse the cause and present a service improvement plan within ten working days. A failure to meet a Service Level does not entitle the Customer to a service credit, a reduction of the Charges or damages.

4.4 The Supplier shall name a service manager based in Chengdu who is responsible for the Services and attends the quarterly reviews. The Supplier shall not replace the service manager or an on-site engineer without at least 15 days' notice and a handover, except in case of illness or resignation.

4.5 Changes to the Customer's systems shall follow the Customer's change-management procedure. The Supplier shall not make any change to servers, storage or network devices without an approved change record, except to restore service during a Priority 1 incident, in which case it shall record the change afterwards.

## 5. Charges and Payment

5.1 The Customer shall pay the Charges set out in Schedule 3. The transition fee is invoiced after Service Commencement. The monthly service charge is invoiced monthly in arrears.

5.2 Invoices are payable within 30 days after receipt of a valid VAT invoice. The Charges are fixed for the Service Term.

5.3 The Customer makes no advance payment.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Supplier shall process it only to perform the Services and on the Customer's instructions, and shall not use it for any other purpose.

6.2 The Supplier shall comply with the Customer's information-security policies, the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law. Engineers shall use named accounts with multi-factor authentication, privileged access shall go through the Customer's privileged-access system and be logged, and Customer Data shall not leave the Customer's network or be stored outside mainland China.

6.3 The Supplier shall report any security incident affecting Customer Data or the Customer's systems within two hours after becoming aware of it, take all steps to contain it, support the Customer's investigation, and be liable for losses caused by its failure to meet this clause.

6.4 Every engineer who works on the Customer's systems shall sign a data-handling undertaking, and the Supplier shall remove access rights on the day an engineer leaves the account.

## 7. Intellectual Property

7.1 The Supplier keeps its pre-existing tools, methods and service management software.

7.2 Runbooks, knowledge base articles, scripts, configuration documents and reports prepared for the Customer under this Agreement belong to the Customer, which may use, modify and share them freely, including with a successor supplier.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information, including the Customer's designs, drawings and client information, use it only for this Agreement and not disclose it without prior written consent. This clause survives for three years after termination.

## 9. Subcontracting

9.1 The Supplier may subcontract on-site support at any office to a local service partner by giving the Customer 15 days' written notice of the partner's name and the scope of its work. The Supplier remains responsible for the acts and omissions of its subcontractors.

## 10. Liability

10.1 The Supplier's total liability under this Agreement is limited to 150% of the total Charges payable over the Service Term. This limit does not apply to personal injury, wilful misconduct or breach of clauses 6 and 8.

10.2 Neither party is liable for loss of profit or other indirect loss.

## 11. Termination and Exit

11.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 30 days after written notice.

11.2 Either party may terminate if the other becomes insolvent.

11.3 On expiry or termination, the Supplier shall provide exit assistance for up to 90 days at the monthly service charge pro rata, hand over all documentation, credentials and Customer Data, and delete any copies it holds.

11.4 Termination does not affect rights and obligations accrued before it, or the clauses on data, confidentiality, liability and disputes.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.

## 13. General

13.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties. It is signed in Chinese and English; both texts are equally authentic.

## Schedule 1: Services

| Service line | Description | Coverage |
|---|---|---|
| Service desk | Telephone, e-mail and portal support in Chinese for all users; logging, classification and tracking of every request | Working days 08:00-20:00, on-call for Priority 1 outside these hours |
| On-site support | Desk-side support, device installation, moves and changes, meeting-room support | One engineer at each office during working hours; two in Chengdu |
| Device management | Patching, antivirus, software distribution and asset inventory for about 1,300 laptops and workstations | All offices |
| Server and network monitoring | Monitoring of 64 servers, 4 storage arrays and network devices; backup checks; capacity reports | Continuous |
| Reporting | Monthly service report and quarterly service review | Monthly / quarterly |

## Schedule 2: Service Levels

| Priority | Definition | Response target | Resolution target |
|---|---|---|---|
| Priority 1 | An office cannot work, a core server or the design file server is down | 30 minutes | 6 hours |
| Priority 2 | A group of users or an important application is affected | 1 hour | 1 working day |
| Priority 3 | A single user is affected | 2 working hours | 3 working days |
| Service request | Standard request from the catalogue | 1 working day | 5 working days |

## Schedule 3: Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Service Commencement | 72,000 |
| Monthly service charge | CNY 58,000 per month x 36 months | 2,088,000 |
| Total Charges over the Service Term | | 2,160,000 |

Additional users beyond 1,250 are charged at CNY 42 per user per month. All amounts include VAT.

**Signed for the Supplier:** ____________________

**Signed for the Customer:** ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# e05  Hereford vendor, data / API subscription over two Subscription Years (txt, upper-case headings)
E05 = """DATA SUBSCRIPTION AGREEMENT

Agreement number: WVAD-DS-2027-031

PARTIES

Wye Valley Agri Data Ltd, a company registered in England, whose office is at Rotherwas Enterprise Zone, Hereford, Herefordshire, England ("Provider").

Henan Zhongyuan Harvest Feed Group Co., Ltd., a company registered in the People's Republic of China, whose office is in Zhengzhou, Henan Province ("Customer").

BACKGROUND

Customer manufactures compound animal feed at eleven mills and buys maize, soybean meal, wheat bran and other raw materials on domestic and international markets. Customer wishes to use Provider's market and crop data to support its purchasing decisions and its formulation planning. Provider collects, cleans and publishes commodity prices, crop condition assessments, weather observations and forecasts, shipping indicators and related statistics, and makes them available through its data platform and application programming interface.

1. DEFINITIONS

1.1 "API" means Provider's application programming interface through which the Data is delivered, and its documentation.

1.2 "Data" means the datasets listed in clause 2.1, as updated by Provider from time to time.

1.3 "Subscription Year" means each of the two consecutive annual periods of the Subscription Term, the first beginning on the date of Integration Acceptance and the second on its first anniversary.

1.4 "Customer Data" means the information Customer submits to the API or the platform, including its query parameters, saved watchlists, purchase volumes, mill locations and formulation scenarios.

1.5 "Custom Deliverables" means the data connector, the custom data extracts and the dashboard templates described in clause 3.2.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to access and use the following Data through the API and the web platform for Customer's internal business purposes: (a) daily cash and futures prices for maize, soybeans, soybean meal, wheat and barley in China and in the main exporting countries; (b) crop condition and yield assessments for the main producing regions; (c) daily weather observations and fifteen-day forecasts for 60 producing regions; (d) freight and port indicators for the main grain routes; and (e) ten years of history for each of these datasets.

2.2 The Subscription Term consists of two Subscription Years. Customer may use the Data within its group of companies for up to 40 named platform users and for up to 300,000 API calls per month. Calls above that volume are charged at the rate in clause 4.3.

2.3 Customer may store Data retrieved during the Subscription Term in its own systems and may continue to use reports and internal analyses created from that Data after the Subscription Term. Customer shall not resell the Data or publish it in raw form.

3. ONBOARDING AND INTEGRATION

3.1 Within 40 days after signature, Provider shall deliver the full history of each dataset in the formats agreed in the onboarding plan, set up the platform accounts for Customer's users, and support Customer's IT team in connecting the API to Customer's data warehouse.

3.2 Provider shall develop for Customer a data connector that loads the Data into Customer's data warehouse each day, a set of custom data extracts that map Provider's regions and grades to Customer's purchasing regions and material codes, and four dashboard templates for Customer's purchasing and formulation teams.

3.3 Integration Acceptance requires that: the historical data for every dataset has been delivered and reconciles with Provider's published record counts; the connector has loaded the daily updates for ten consecutive business days without manual correction; the mapping of regions and material codes has been checked and approved by Customer's purchasing department; and the dashboard templates display the agreed indicators correctly. When these criteria are met, Customer shall sign an Integration Acceptance certificate within five business days. Access to the platform before that date for testing is not acceptance.

3.4 If Integration Acceptance is not achieved within the period in clause 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 400 for each day of delay.

3.5 Customer shall provide Provider with its material codes, purchasing regions and the technical details of its data warehouse within ten business days after signature, and shall name a project contact for onboarding.

4. FEES AND PAYMENT

4.1 The fees are: subscription fee for Subscription Year 1, CNY 286,000; subscription fee for Subscription Year 2, CNY 286,000; onboarding, historical data delivery and integration support, one-time, CNY 24,000. The total contract value is CNY 596,000, inclusive of VAT.

4.2 The one-time fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days after receipt.

4.3 API calls above the monthly volume in clause 2.2 are charged at CNY 0.08 per call, invoiced quarterly in arrears.

4.4 The fees are fixed for the Subscription Term.

4.5 Provider shall issue valid Chinese VAT invoices through its appointed agent in China. Payments are made in CNY by bank transfer. Provider shall not suspend access because of a disputed amount while the parties are discussing it in good faith.

5. SERVICE AND SUPPORT

5.1 Provider will use commercially reasonable efforts to make the API and the platform available and to publish each dataset on its usual schedule. Provider does not guarantee any particular level of availability, timeliness or accuracy of the Data, which is compiled from public and third-party sources.

5.2 Provider provides support by e-mail and through its online help centre during Provider's business days. Provider will handle support requests in the order received and will inform Customer of planned maintenance in advance where practicable.

5.3 Provider may change the format or content of a dataset or the API if it gives Customer at least 60 days' notice and the change does not materially reduce the Data available to Customer.

6. CUSTOMER DATA

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Data and the services under this Agreement to Customer and shall not use it for any other purpose, including for aggregation with other customers' data or for the development of Provider's products.

6.2 At the end of the Subscription Term, Provider shall return Customer Data to Customer on request and then delete it.

7. INTELLECTUAL PROPERTY

7.1 Provider and its licensors own the Data, the API and the platform.

7.2 The Custom Deliverables, including the source code of the data connector and the mapping tables, belong to Customer from creation. Customer may use, modify and license them freely and may have third parties maintain them.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's purchase volumes, prices paid and formulation information, and shall use it only for the purposes of this Agreement. Neither party shall disclose such information to a third party without the other party's prior written consent, except to its professional advisers or as required by law.

8.2 This clause continues to apply for three years after the end of the Subscription Term.

9. LIABILITY

9.1 Provider's total liability under or in connection with this Agreement is limited to 150% of the total contract value in clause 4.1. This limit does not apply to liability for fraud, wilful misconduct or breach of clauses 6 and 8.

9.2 Neither party is liable for indirect or consequential loss, or for loss of profit, arising out of this Agreement. Customer is responsible for its own purchasing and formulation decisions.

10. SUBCONTRACTING AND ASSIGNMENT

10.1 Provider shall not subcontract the onboarding, the development of the Custom Deliverables or the support services without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

10.2 Neither party may assign this Agreement without the other party's prior written consent.

11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It may be renewed only by a new agreement signed by both parties.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. If Customer terminates under this clause, Provider shall refund the part of the subscription fee that relates to the period after termination.

11.3 Clauses 2.3, 6, 7, 8 and 9 survive the end of this Agreement.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules in force at the time. The award is final and binding on both parties.

13. GENERAL

13.1 This Agreement is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties. It is made in English and Chinese; both texts are equally authentic.

13.2 Notices under this Agreement shall be in writing and sent by courier or e-mail to the addresses the parties give each other at signature.

SIGNATURES

For Wye Valley Agri Data Ltd: ____________________ Name: ______________ Date: __________

For Henan Zhongyuan Harvest Feed Group Co., Ltd.: ____________________ Name: ______________ Date: __________
"""

# ===============================================================================================================
# Files, labels and design
FILES = {  # key: (file name, format, source)
    "z01": ("h838z01_forestry_yew_monitoring_platform.pdf", "pdf", Z01),
    "z02": ("h838z02_shower_cap_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h838z03_trumpet_school_booking_saas.txt", "txt", Z03),
    "z04": ("h838z04_columbarium_system_om_service.txt", "txt", Z04),
    "z05": ("h838z05_gourd_pyrography_tracking_supplier_template.md", "md", Z05),
    "e01": ("h838e01_cmms_perpetual_licence_tralee_vendor.pdf", "pdf", E01),
    "e02": ("h838e02_lms_saas_order_form_athlone_vendor.md", "md", E02),
    "e03": ("h838e03_cold_chain_sensors_dundalk_vendor.docx", "docx", E03),
    "e04": ("h838e04_managed_it_support_carlisle_vendor.md", "md", E04),
    "e05": ("h838e05_agri_data_api_hereford_vendor.txt", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, subc, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto,
                                term, subc, law, kind]))


G, S = "goods_or_licence", "service"
# key: language, category, terms, extra (in holdout19 order), design rules, TCO data (fee base, annual fee) or None,
#      forum outside mainland China
LABELS = {
    "z01": ("zh", "software",
            T(None, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 9, False, True, False,
              "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1564000),
            [], (860000, 77400), False),
    "z02": ("zh", "hardware",
            T(None, 1, True, "buyer", True, True, True, 0.02, None, 10, True, True, 18, 32, False, True, False,
              "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1900000),
            ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], (1480000, 473600), False),
    "z03": ("zh", "cloud",
            T(99.5, 0.5, True, "buyer", True, True, True, 300 / 463000 * 100, 6 / 24 * 100, None, True, None, None,
              None, True, True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=463000),
            ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"], None, False),
    "z04": ("zh", "services",
            T(None, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, False,
              False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=368000),
            ["CR-CONFIDENTIALITY", "CR-TERMINATION"], None, False),
    "z05": ("zh", "software",
            T(None, 8, False, "supplier", True, False, True, None, None, 55, False, False, 3, None, False, True, None,
              None, G),
            dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                 contract_value=436000),
            ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"], (168000, None), False),
    "e01": ("en", "software",
            T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False,
              "Ireland", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1710000),
            ["CR-GOVERNING-LAW"], (1120000, 123200), True),
    "e02": ("en", "cloud",
            T(99.95, 1, True, "buyer", True, False, True, 450 / 548000 * 100, 6 / 24 * 100, None, True, None, None,
              None, False, True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=548000),
            ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"], None, False),
    "e03": ("en", "hardware",
            T(None, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 8.5, False, True, False,
              "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1240000),
            [], (1049800, 89233), False),
    "e04": ("en", "services",
            T(None, 0.5, False, "buyer", True, True, True, 1800 / 2160000 * 100, 150, None, True, None, None, None,
              False, True, True, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2160000),
            ["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"], None, False),
    "e05": ("en", "cloud",
            T(None, None, False, "buyer", False, True, True, 400 / 596000 * 100, 150, None, True, None, None, None,
              False, True, False, "PRC", S),
            dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=596000),
            ["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], None, False),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# policy §3 thresholds (defaults)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(key):
    """Post-warranty share of TCO over the 5-year horizon from acceptance (policy §4), or None if not computable."""
    t, x, tco = LABELS[key][2], LABELS[key][3], LABELS[key][5]
    if t["contract_kind"] != G or tco is None or tco[1] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * tco[1]
    return fees / (x["contract_value"] + fees) * 100


def derive_rules(key):
    """My own reading of policy §3 applied to the labels."""
    lang, cat, t, x, design, tco, forum_out = LABELS[key]
    r = set()
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_out:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ===============================================================================================================
# Read-back and threshold scan
def read_back(path, fmt):
    if fmt in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if fmt == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


CN_NUM = "一二三四五六七八九十百千零两"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.9(?![\d])\s*(?:%|％|per|percent)?",            # availability 99.9 %
    r"(?<![\d.])99\.90*(?![\d])",
    r"(?<![\d.:])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b|-hour)",    # P1 response 4 hours
    r"(?<![" + CN_NUM + r"])四\s*(?:个)?\s*小时",
    r"\bfour[\s-]*(?:\(4\)\s*)?hours?\b",
    r"(?<![\d.])0\.05" + PCT, r"万分之五(?![十])", r"0\.05\s*％",     # LD 0.05 %/day
    r"(?<![\d.])100" + PCT, r"百分之百", r"百分之一百",               # cap 100 %
    r"(?<![\d.])30" + PCT, r"百分之三十(?![" + CN_NUM + r"])",          # prepayment 30 %
    r"(?<![\d.])12\s*(?:个)?\s*(?:月|months?\b|-month)", r"(?<![" + CN_NUM + r"])十二个?月",  # warranty 12 months
    r"\btwelve[\s-]*(?:calendar\s*)?months?\b", r"(?<![第" + CN_NUM + r"])一年", r"\bone[\s-]*year\b",
    r"(?<![\d.])1\s*year\b",
    r"(?<![\d.])15" + PCT, r"百分之十五(?![" + CN_NUM + r"])",          # post-warranty fee 15 %
    r"(?<![\d.])40" + PCT, r"百分之四十(?![" + CN_NUM + r"])",          # TCO share 40 %
    r"(?<![\d.])5\s*(?:年|years?\b)", r"(?<![第" + CN_NUM + r"])五年", r"\bfive[\s-]*years?\b",  # TCO horizon 5 years
    r"(?<![\d.])60\s*(?:个)?\s*(?:月|months?\b)",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "availability of 99.9", "4小时", "4 个小时", "四小时", "4 hours", "four hours",
            "4-hour", "0.05%", "0.05 % per day", "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 %",
            "百分之三十", "12个月", "12 months", "twelve months", "十二个月", "一年", "one year", "15%", "百分之十五",
            "40%", "百分之四十", "5年", "五年", "five years", "5 years", "60个月", "60 months"]
MUST_MISS = ["99.95%", "99.5%", "99.99", "24小时", "二十四小时", "14 hours", "24 hours", "48小时", "0.08%",
             "万分之二", "千分之一", "150%", "200%", "35%", "45%", "55%", "130%", "百分之三十五", "18个月",
             "二十四个月", "第一年度", "2025年", "十五日", "第五条", "1.5 hours", "CNY 1,450", "8.5%", "45 days",
             "36 months", "3.5 years", "第十五条"]
for s in MUST_HIT:
    assert THRESHOLD_RE.search(s), "scan misses " + s
    assert THRESHOLD_RE.search(re.sub(r"\s", "", s)) or " " not in s, "scan misses (ws-free) " + s
for s in MUST_MISS:
    assert not THRESHOLD_RE.search(s), "scan hits " + s


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(variant)]
    return hits


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def dump(obj):
    return json.dumps(obj, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    # price sums (CNY)
    assert 860000 + 540000 + 126000 + 38000 == 1564000 and 860000 * 9 // 100 == 77400
    assert 576000 + 96000 + 384000 + 228000 + 196000 == 1480000 and 1480000 + 184000 + 236000 == 1900000
    assert 1480000 * 32 // 100 == 473600 and 10 + 55 + 35 == 100
    assert 40 * 4800 == 192000 and 2 * 192000 + 58000 + 21000 == 463000
    assert 4 * 92000 == 368000
    assert 168000 + 236000 + 32000 == 436000 and 436000 * 55 // 100 == 239800 and 436000 - 239800 == 196200
    assert 1120000 + 380000 + 164000 + 46000 == 1710000 and 1120000 * 11 // 100 == 123200
    assert 650 * 380 == 247000 and 2 * 247000 + 36000 + 18000 == 548000
    assert 420 * 1450 == 609000 and 18 * 8600 == 154800 and 609000 + 154800 + 286000 == 1049800
    assert 1049800 + 112400 + 58000 + 19800 == 1240000 and round(1049800 * 0.085) == 89233
    assert 58000 * 36 == 2088000 and 2088000 + 72000 == 2160000
    assert 2 * 286000 + 24000 == 596000
    assert 10 + 55 + 35 == 100 and 20 + 45 + 35 == 100

    for key, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write({k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")},
          {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)

    covered, problems = set(), []
    for key, (name, fmt, src) in FILES.items():
        lang, cat, terms, extra, design, tco, forum_out = LABELS[key]
        text = read_back(OUT / name, fmt)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append("%s length %d not in %d-%d" % (name, n, lo, hi))
        hits = scan(text)
        if hits:
            problems.append("%s threshold figures: %s" % (name, sorted(set(hits))))
        for k, th in TH.items():
            if terms[k] is not None and abs(terms[k] - th) < 1e-9:
                problems.append("%s %s on threshold" % (name, k))
        share = tco_share(key)
        if share is not None and abs(share - TCO_SHARE_TH) <= 2:
            problems.append("%s TCO share %.2f within 2 points" % (name, share))
        rules = derive_rules(key)
        if rules != sorted(design):
            problems.append("%s derived %s != design %s" % (name, rules, sorted(design)))
        covered |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(dump(label), encoding="utf-8")
        print("%-58s %5d %-6s %s %s" % (name, n, risk(rules), rules,
                                          "" if share is None else "TCO share %.1f %%" % share))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append("rules never fired: %s" % missing)
    # the mix
    n_rules = {k: len(derive_rules(k)) for k in LABELS}
    assert [k for k in LABELS if n_rules[k] == 0] == ["z01", "e03"], n_rules
    assert derive_rules("e01") == ["CR-GOVERNING-LAW"] and risk(derive_rules("e01")) == "low"
    assert 8 <= n_rules["z05"] <= 10
    assert all(2 <= n_rules[k] <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05")), n_rules
    assert not problems, "\n".join(problems)
    print("all checks passed")
