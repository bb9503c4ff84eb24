"""holdout1039: builds the ten drafts from the sources below, writes the .json labels and asserts the checks of the
brief (lengths, thresholds, rules derived from labels, coverage). Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H1039Z01 = """T:市人民医院健康体检预约平台采购合同
P:合同编号：RMYY-ZFCG-2027-0318
P:采购人（甲方）：某市人民医院
P:供应商（乙方）：某健康信息技术有限公司
P:根据本项目政府采购公开招标结果及《中华人民共和国民法典》《中华人民共和国政府采购法》，甲乙双方就健康体检预约平台的软件许可、定制开发及实施服务，经平等协商订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供健康体检预约平台软件（含团检管理、个检预约、号源管理、报告查询模块）的永久使用许可，许可范围为甲方本部及两个院区，不限用户数。
P:1.2 乙方按甲方需求完成定制开发，包括体检套餐配置引擎、与甲方HIS、LIS、PACS系统的接口、微信公众号及自助机预约入口、团检单位结算报表。
P:1.3 乙方负责部署、数据初始化、联调、试运行和培训，具体以招标文件、投标文件及附件一《需求规格说明》为准。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰肆拾玖万捌仟元整（¥1,498,000），含税，为固定总价，包括：平台软件许可费¥860,000；定制开发费¥524,000；实施部署费¥88,000；培训费¥26,000。
P:2.2 除本合同另有约定外，甲方无须向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额履约保函之日起十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 每次付款前乙方应开具合法有效的增值税发票，甲方通过国库集中支付方式付款。因财政资金拨付流程导致的合理延迟，不视为甲方逾期付款，但甲方应及时告知乙方预计付款时间。
H:第四条 实施与交付
P:4.1 乙方应在合同签订后九十日内完成部署和定制开发并提交初步验收，试运行期为两个月。
P:4.2 乙方项目经理及核心开发人员应为投标文件所列人员，未经甲方书面同意不得更换。乙方应每周提交项目周报，说明进度、问题及下周计划，并参加甲方组织的项目例会。
P:4.3 乙方应为甲方体检中心、信息科及客服人员提供不少于三期的集中培训和上线首月的现场值守，确保相关人员能够独立完成套餐维护、号源调整和报表导出。
P:4.4 乙方交付物包括：安装介质、部署手册、接口说明、数据字典、测试报告、用户手册和培训记录。交付物不完整的，视为未按期交付。
H:第五条 甲方义务
P:5.1 甲方应提供部署所需的服务器、网络环境及机房出入条件，指定项目联系人，及时提供接口所需的技术资料，并协调HIS、LIS、PACS厂商配合联调。甲方未按时提供上述条件的，乙方的交付期限相应顺延，但乙方应书面告知影响范围。
H:第六条 验收
P:6.1 初步验收标准：需求规格说明所列功能全部实现；与HIS、LIS、PACS的接口数据逐项核对一致；在一千名并发用户下预约提交响应不超过两秒；第三方机构出具的安全测评报告无高危漏洞。
P:6.2 最终验收在试运行期满后进行，标准为：试运行期间未发生一级故障，预约、缴费、报告推送数据与院内系统核对一致，用户手册、源代码及技术文档齐全。
P:6.3 甲方应在收到验收申请后十个工作日内组织验收并出具书面结论。平台上线、甲方使用或付款均不视为验收合格；验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第七条 质量保证与维护
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:7.2 质保期满后，甲方可与乙方另行签订维护合同，年度维护费不超过平台软件许可费的9%（即每年不超过¥77,400），该标准在质保期满后三年内不得上调。维护合同到期不自动续期。
H:第八条 服务水平
P:8.1 平台月度可用率不低于99.95%，计划内维护须提前三个工作日通知甲方并安排在夜间进行。
P:8.2 故障分为三级。一级故障（预约功能整体不可用或数据错误）乙方应在30分钟内响应，2小时内到场，6小时内恢复；二级故障2小时内响应，次日内解决；三级故障在下一版本修复。
P:8.3 乙方应提供7×24小时服务热线，并每季度向甲方提交服务报告，列明故障处理、可用率统计及优化建议。
P:8.4 一级故障响应每迟延一小时，乙方支付违约金¥1,000；月度可用率每低于承诺值0.01个百分点，乙方支付¥2,000，甲方可从应付款中直接扣除。
H:第九条 知识产权
P:9.1 为本项目定制开发的程序、接口、报表及其源代码和文档，知识产权归甲方所有，乙方应在最终验收时一并交付源代码。
P:9.2 平台标准产品的知识产权仍归乙方，乙方保证其不侵犯第三方权利；发生侵权纠纷的，由乙方负责处理并承担全部费用。
H:第十条 数据安全
P:10.1 体检人员个人信息、健康检查结果及平台产生的全部业务数据归甲方所有。乙方仅可为履行本合同使用，不得留存、复制、分析或向任何第三方提供。
P:10.2 平台部署在甲方机房，乙方运维须经甲方审批并通过堡垒机操作，操作全程留痕。乙方应落实等级保护第三级要求及个人信息保护法规定的安全措施。
P:10.3 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第十一条 保密
P:11.1 双方对在履行本合同过程中知悉的对方商业秘密及技术资料负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后五年内继续有效。
P:11.2 乙方应要求参与本项目的人员签署保密承诺书，并对其人员的泄密行为承担责任。合同终止后，乙方应返还或销毁甲方提供的全部资料，并书面确认。
H:第十二条 违约责任
P:12.1 乙方逾期提交初步验收或最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:12.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:12.3 乙方交付的平台不符合约定的，应负责修复或更换，并赔偿甲方因此遭受的损失。
P:12.4 乙方未按第十条履行数据安全义务的，除承担赔偿责任外，甲方有权暂停支付未付款项直至整改完成。
H:第十三条 分包
P:13.1 本项目不允许分包，乙方不得将合同义务全部或部分转让给第三方。
H:第十四条 合同解除
P:14.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
P:14.2 因不可抗力致使合同目的无法实现的，双方均可解除合同。
H:第十五条 不可抗力
P:15.1 任何一方因不可抗力不能履行合同的，应在事件发生后三日内通知对方，并在十五日内提供有关证明，双方根据影响程度协商延期履行、部分履行或解除合同。
H:第十六条 争议解决
P:16.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十七条 其他
P:17.1 招标文件、投标文件、中标通知书及附件均为本合同组成部分。本合同一式六份，甲方四份、乙方二份，经双方签字盖章后生效。
P:甲方（盖章）：__________  乙方（盖章）：__________
"""

H1039Z02 = """T:产线控制系统改造项目合同
P:合同编号：BMJ-SB-2027-021
P:甲方：某电动鼻毛修剪器制造有限公司
P:乙方：某自动化工程有限公司
P:甲方拟对其装配车间六条电动鼻毛修剪器生产线的控制系统进行改造，乙方经比价谈判确定为改造实施单位。双方根据《中华人民共和国民法典》，就设备供货、软件许可、控制程序开发、安装调试及售后维保事宜订立本合同。
H:第一条 改造范围
P:1.1 乙方负责更换六条生产线（刀网装配线、电机装配线、整机组装线各两条）的PLC控制柜、伺服驱动及电机、工业触摸屏，新增视觉检测工位，并部署MES数据采集软件，实现工位节拍、良率、设备状态的实时采集。
P:1.2 乙方负责开发产线控制程序，包括上下料联动、刀头间隙视觉检测判定、不良品自动剔除、换型参数配方管理，以及与甲方现有ERP的工单接口。
P:1.3 改造应分线实施，每条线停线时间不超过五日，且不得影响其他生产线正常生产。
H:第二条 设备、软件及价格
P:2.1 合同总价为人民币壹佰柒拾捌万捌仟元整（¥1,788,000），含13%增值税及运输、保险、安装费用。明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含PLC、I/O模块、安全继电器）|12套|58,000|696,000
TB:2|伺服驱动器及伺服电机|48套|6,500|312,000
TB:3|视觉检测工位（工业相机、光源、工控机）|6套|42,000|252,000
TB:4|工业触摸屏|12台|4,800|57,600
TB:5|MES数据采集软件许可（永久）|1套|168,000|168,000
TB:|软硬件小计| | |1,485,600
TB:6|产线控制程序定制开发|1项|196,000|196,000
TB:7|安装调试及试生产保障|1项|88,400|88,400
TB:8|操作及维护培训|1项|18,000|18,000
TB:|合同总价| | |1,788,000
P:2.2 设备均应为原厂全新产品，品牌型号以附件一《设备技术规格表》为准，乙方不得擅自更换。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%，即¥178,800，作为预付款。
P:3.2 全部设备到货并完成安装、甲方签收到货清单后，甲方支付合同总价的55%，即¥983,400。到货签收不代表质量验收。
P:3.3 六条生产线全部通过最终验收后，甲方支付合同总价的35%，即¥625,800。
H:第四条 交付与实施
P:4.1 乙方应在合同生效后六十日内交付全部设备，并在交付后七十五日内完成六条生产线的改造和联调。
P:4.2 乙方应提交分线实施计划，经甲方生产部门确认后执行；停线改造期间，乙方应安排工程师驻厂。
P:4.3 乙方人员进入甲方厂区应遵守甲方安全生产、防静电和洁净车间管理制度，动火、登高及带电作业须办理作业许可。因乙方人员违规造成人身伤害或财产损失的，由乙方承担责任。
P:4.4 乙方应在每条线改造前完成原有程序和参数的备份，并制定回退方案；改造失败的，乙方应在八小时内恢复原有控制系统，保证甲方生产不受长时间影响。
H:第五条 验收
P:5.1 每条线改造完成后连续试生产十个班次，验收标准为：设计节拍达到每分钟二十四台；视觉检测漏检率不高于0.2%、误判率不高于1%；换型时间不超过二十分钟；MES采集数据与人工点检记录一致；安全光栅和急停功能测试合格。
P:5.2 六条线全部达标后，甲方组织最终验收并签署验收证书。设备安装完成、试生产或甲方使用均不视为验收合格。验收不合格的，乙方应在十日内整改并重新验收。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件故障由乙方免费维修、更换，软件免费升级。
P:6.2 质保期满后，乙方继续提供维保服务，内容包括定期巡检、备件更换、程序优化和软件升级。年度维保费按软硬件小计的28%计取，即每年¥415,968，质保期满后三年内保持不变，按年度支付。维保期满后双方另行协商，不自动续期。
P:6.3 设备故障分为三级。一级故障（整线停机）乙方应在1小时内响应，6小时内到场；二级故障（单工位停机）2小时内响应，次日到场；三级故障在下次巡检时处理。
P:6.4 乙方应在甲方厂区常备伺服驱动器、I/O模块、工业相机等易损备件，备件清单由双方确认，质保期内备件费用由乙方承担。
P:6.5 一级故障响应或到场每迟延一小时，乙方向甲方支付¥800，可从维保费或未付款中扣除。
H:第七条 知识产权
P:7.1 乙方为本项目开发的控制程序、视觉检测算法参数、配方模板及接口程序，知识产权归甲方所有，乙方应在验收时交付源程序和注释文档，甲方可自行修改和使用。
P:7.2 PLC、伺服和MES软件的原厂知识产权仍归原权利人，乙方保证甲方合法使用。
H:第八条 数据安全
P:8.1 产线运行数据、工艺参数、良率及质量数据归甲方所有，乙方不得用于本合同以外的目的，不得向第三方提供。
P:8.2 乙方远程维护须经甲方批准，使用甲方提供的专用账号和VPN，操作完成后立即关闭；乙方工程师不得将甲方数据拷贝带离厂区。
P:8.3 因乙方原因导致甲方数据泄露、丢失或生产系统被恶意入侵的，乙方应在2小时内通知甲方，采取补救措施并赔偿甲方全部损失。
P:8.4 乙方交付的工控机和触摸屏应关闭无关端口和服务，安装经甲方确认的防病毒软件，并提供安全加固记录。
H:第九条 保密
P:9.1 乙方对甲方的产品结构、工艺参数、产能和客户信息负有保密义务，未经甲方书面同意不得披露，保密期限至合同终止后三年。
P:9.2 乙方不得在任何宣传材料中使用甲方名称、产线照片或视频，除非事先取得甲方书面许可。乙方人员离开项目后仍应遵守本条约定。
H:第十条 违约责任
P:10.1 乙方逾期交付设备或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 因乙方原因造成停线时间超过约定的，乙方应赔偿甲方由此产生的直接损失。
P:10.3 甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
P:10.4 乙方提供的设备存在质量问题的，乙方应负责免费更换；同一设备在质保期内更换两次后仍有故障的，甲方有权要求退货并由乙方退还相应价款。
H:第十一条 分包
P:11.1 乙方可将电气安装、桥架布线及设备搬运等工作分包给第三方，但应提前三个工作日书面通知甲方。乙方对分包工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同并要求乙方赔偿损失。
P:12.2 乙方逾期超过四十五日的，甲方有权解除合同。
P:12.3 因不可抗力致使合同无法履行的，受影响一方应及时通知对方并提供证明，双方可协商延期履行或解除合同。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地有管辖权的人民法院起诉。
H:第十四条 其他
P:14.1 本合同附件包括设备技术规格表、实施计划和验收方案，与本合同具有同等效力。合同的变更和补充应以书面形式作出，经双方授权代表签字并盖章后生效。双方联系人及联系方式变更的，应在三日内书面通知对方。本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:甲方（盖章）：__________  乙方（盖章）：__________
"""

H1039Z03 = """古典舞培训连锁机构约课及会员管理系统服务合同

合同编号：GDW-IT-2027-006
甲方：某古典舞艺术培训连锁有限公司
乙方：某云软件科技有限公司

甲方在全国经营四十家古典舞培训门店，为统一管理课程排期、学员约课和会员储值，甲方采购乙方的约课及会员管理SaaS服务及配套实施服务。双方根据《中华人民共和国民法典》订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方提供约课及会员管理系统服务，包括课程与教室排期、教师课表、学员约课与签到、会员卡及课时包管理、储值与退费审批、家长端小程序、门店经营报表。
2. 订阅范围为甲方四十家门店及总部，每家门店开通不超过十五个员工账号，学员及家长账号不限数量。
（二）实施服务
1. 乙方负责系统初始化配置，包括门店、教室、课程体系（中国古典舞身韵、基训、剧目课程）和价格体系的设置。
2. 乙方负责将甲方现有Excel及旧系统中的学员档案、剩余课时、储值余额迁移至新系统，并逐店核对。
3. 乙方负责与甲方财务系统和微信支付商户号对接，并为总部及门店人员提供培训。
4. 培训分总部管理员、门店店长和前台教务三类，每类不少于两场，乙方应提供操作手册和视频教程，并在上线后首月安排专人线上值守。
5. 实施计划由乙方在合同生效后五个工作日内提交，经甲方确认后执行，门店应分三批切换，每批切换前由双方共同确认数据核对结果。

二、服务期限
（一）本合同服务期为两个服务年度。第一个服务年度自上线验收合格之日起算，第二个服务年度自第一个服务年度届满次日起算。
（二）服务期内甲方关闭门店的，可提前三十日书面通知乙方停用该门店账号，自下一个服务年度起相应减少订阅费。
（三）服务期届满前六十日，任何一方未书面提出不续约的，本合同自动续展一个服务年度，续展次数不限。续展年度的订阅费由乙方按其当期价格目录调整，每次上调幅度不超过上一服务年度费用的8%，乙方应在届满前六十日通知甲方调整后的价格。

三、费用及支付
（一）费用构成
1. 订阅费：每家门店每个服务年度人民币6,800元，四十家门店每个服务年度合计272,000元，两个服务年度合计544,000元。
2. 实施费：一次性人民币96,000元。
3. 合同总价：人民币640,000元（含6%增值税）。
（二）支付方式
1. 实施费在上线验收合格后十五个工作日内一次性支付。
2. 每个服务年度的订阅费在该服务年度开始后十五个工作日内支付。
3. 甲方新增门店的，按每店每个服务年度6,800元的标准按月折算增加订阅费。
（三）乙方应在收款前开具合规增值税专用发票。

四、上线验收
（一）乙方应在合同生效后四十五日内完成实施并提交上线验收申请。
（二）验收标准：
1. 合同约定的全部功能在四十家门店可用；
2. 迁移后的学员人数、剩余课时和储值余额与甲方确认的基准数据逐店核对一致，差异为零；
3. 高峰时段（周末上午）一千名用户同时约课，页面响应不超过三秒；
4. 微信支付对账连续七日无差错。
（三）甲方应在收到申请后七个工作日内完成验收并出具书面意见。系统开通或门店试用不视为验收合格。验收不合格的，乙方应在十日内整改完毕后重新提交验收申请，整改期间产生的费用由乙方承担。

五、服务水平
（一）乙方承诺系统月度可用率不低于99.5%，计划内维护应在每日零时至六时之间进行并提前通知甲方。
（二）故障分级及响应：
1. 一级故障（全部或多家门店无法约课、签到或收费）：30分钟内响应，3小时内恢复；
2. 二级故障（单一门店或单一功能不可用）：1小时内响应，当日恢复；
3. 三级故障（一般问题）：一个工作日内响应。
（三）服务补偿：月度可用率低于承诺值的，每低0.1个百分点，乙方减免当月订阅费的5%；一级故障恢复超时的，每超时一小时减免当月订阅费的2%。减免总额以当月订阅费为限，在下一期付款中抵扣。

（四）乙方应为甲方配备专属客户成功经理，提供7×12小时在线客服及电话支持，每月向甲方提交服务报告，列明可用率、故障处理情况、门店使用率及优化建议。
（五）乙方对平台的功能升级应提前七日通知甲方；升级不得减少本合同约定的功能，不得导致甲方已配置的课程、价格及会员规则失效。

六、数据安全
（一）甲方在系统中录入或产生的学员信息、家长联系方式、课时及交易数据归甲方所有，乙方仅为提供本合同服务而处理，不得用于其他目的，不得向第三方提供或用于营销。
（二）乙方应将数据存储在中国境内的服务器上，采取加密存储、访问权限控制、操作日志审计和每日备份等措施，并持有有效的网络安全等级保护第三级备案证明。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，及时采取补救措施，并承担因此给甲方及学员造成的损失。
（四）合同终止后三十日内，乙方应按甲方要求导出全部数据交还甲方，并在甲方确认后彻底删除。

七、知识产权
（一）云平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的课程模板、报表、小程序页面及接口程序，知识产权归甲方所有，甲方可自行使用、修改或委托第三方维护。

（三）乙方保证云平台不侵犯任何第三方的知识产权。甲方因使用平台被第三方主张侵权的，乙方应负责处理并承担由此产生的全部费用和赔偿。

八、甲方的责任
（一）甲方应指定总部项目负责人，协调各门店按计划提供基础数据，并在迁移核对中及时确认数据。
（二）甲方应妥善管理员工账号，员工离职时及时停用；因甲方账号管理不当造成的损失由甲方承担。
（三）甲方应按照法律规定向学员及家长告知个人信息的处理目的和方式，并取得必要的同意。

九、违约责任
（一）乙方未按期完成实施的，每逾期一日向甲方支付违约金500元。
（二）乙方违反本合同第六条约定的，应赔偿甲方全部损失，包括甲方向学员退费、补偿及处理投诉所支出的合理费用。
（三）因乙方原因导致会员储值或课时数据错误的，乙方应在二十四小时内更正，并承担甲方因此对学员作出的补偿。
（四）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金；逾期超过三十日的，乙方可暂停服务。

十、转包与分包
乙方不得将本合同项下服务转包，未经甲方书面同意亦不得分包。

十一、合同解除
（一）一方严重违约，经对方书面催告后十五日内未纠正的，守约方有权解除合同。
（二）系统连续两个月可用率低于承诺值的，甲方有权解除合同，乙方应退还未服务期间的订阅费。

十二、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交成都仲裁委员会仲裁。

十三、不可抗力
因地震、洪水、重大公共卫生事件或基础电信网络大面积中断等不可抗力导致服务中断的，受影响一方不承担违约责任，但应及时通知对方并尽力减少损失。不可抗力持续超过三十日的，双方均可解除合同。

十四、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。双方的通知应以书面形式发送至本合同载明的地址或电子邮箱，发出之日起第三日视为送达。

甲方（盖章）：__________        乙方（盖章）：__________
"""

H1039Z04 = """岸线变化监测系统年度运维服务合同

项目编号：ZRZY-CS-2027-014（竞争性磋商）
甲方：某市自然资源局
乙方：某空间信息技术有限公司

根据岸线变化监测系统年度运维服务项目竞争性磋商的成交结果，甲乙双方依照《中华人民共和国民法典》《中华人民共和国政府采购法》及相关规定，经协商一致，订立本合同。

第一条 服务对象与内容
1. 服务对象为甲方已建成的岸线变化监测系统，包括岸线数据库、遥感影像处理平台、变化检测及预警模块、门户网站和一体化展示大屏，以及部署在甲方机房的服务器、存储和网络设备。
2. 系统运维：日常巡检、软件缺陷修复、数据库维护与备份、中间件及操作系统补丁更新、性能优化和安全加固。
3. 监测数据服务：每季度对辖区大陆岸线和海岛岸线开展一次遥感影像处理与岸线解译，比对上期成果，形成季度岸线变化监测报告及变化图斑清单。
4. 硬件巡检：每月对服务器、存储、网络及大屏设备巡检一次，出具巡检记录。
5. 驻场服务：乙方派一名工程师在甲方驻场，工作日提供现场支持。
6. 应急保障：台风、风暴潮等海洋灾害预警期间，乙方应增派技术人员实行二十四小时值守，保障预警模块和展示大屏正常运行，并按甲方要求开展灾后岸线应急监测。
7. 技术咨询：乙方应就系统升级、数据标准变化和新增监测需求向甲方提供技术咨询，每半年提交一次系统运行评估报告。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满，本合同终止；次年运维服务由甲方依法另行采购。

第三条 合同金额
1. 合同金额为人民币柒拾叁万陆仟元整（¥736,000），为固定总价，包括：系统运维费¥312,000，遥感影像处理与岸线解译费¥264,000，硬件巡检费¥86,000，驻场服务费¥74,000。
2. 所需遥感影像由甲方通过省级统筹渠道提供，乙方不另行收取影像采购费用。

第四条 付款
1. 本合同不设预付款。
2. 服务费按季度支付，每季度支付合同金额的25%，即¥184,000。甲方在每季度考核合格并收到乙方发票后十五个工作日内付款。
3. 季度考核不合格的，甲方按考核办法扣减当季服务费后支付。
4. 乙方开户银行及账号变更的，应提前书面通知甲方；因乙方未及时通知造成付款延误的，甲方不承担责任。

第五条 服务标准与考核
1. 系统月度可用率不低于99.95%。
2. 故障分为三级。一级故障（系统整体不可用、数据库损坏或预警功能失效）：乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障：1小时内响应，24小时内解决；三级故障：三个工作日内解决。
3. 岸线解译成果的位置精度应符合海岸线调查技术规程的要求，变化图斑提取的漏提率不高于3%。
4. 乙方未达到上述标准的，一级故障每发生一次扣减当季服务费¥1,000，响应或恢复超时每小时再扣减¥500；月度可用率每低于承诺值0.01个百分点，扣减¥800。
5. 甲方每季度按考核办法对乙方进行考核，考核结果作为付款依据。
6. 乙方应建立运维工单制度，所有故障和服务请求均应登记工单，记录发生时间、处理过程和恢复时间，工单记录作为考核依据，甲方可随时查阅。

第六条 验收
1. 每季度结束后十个工作日内，乙方提交季度运维报告、巡检记录和岸线变化监测报告，甲方组织季度考核。
2. 服务期满后，甲方组织年度验收。验收标准为：四个季度考核均合格；季度监测报告及图斑清单经甲方技术审查通过；系统运行日志、备份记录和运维文档完整；年度服务总结报告经甲方确认。
3. 年度验收不合格的，乙方应在十五日内整改，整改后仍不合格的，甲方可扣减最后一期服务费。年度验收结论作为乙方履约评价的依据，并按规定在政府采购信息平台记录。

第七条 数据安全
1. 岸线数据、遥感影像、解译成果及系统中的全部数据归甲方所有，乙方不得用于本合同以外的任何目的。
2. 乙方应遵守测绘地理信息数据安全管理规定，解译工作在甲方提供的内网环境中进行，不得将数据拷贝至外部网络或个人设备；远程运维须经甲方审批并全程记录。
3. 发生数据泄露、丢失或系统遭受攻击的，乙方应在1小时内报告甲方，配合开展应急处置；因乙方原因造成的，乙方承担全部赔偿责任并依法承担其他法律责任。

第八条 保密
乙方对在服务过程中接触的甲方工作秘密、未公开的监测成果及系统账号口令负有保密义务，未经甲方书面同意不得对外提供或发布，保密义务不因合同终止而免除。乙方应与参与本项目的全部人员签订保密协议，并在服务期满时将其持有的甲方资料全部交回，不得留存任何副本。

第九条 知识产权
本合同项下形成的季度监测报告、变化图斑清单、运维文档及乙方为本项目编写的脚本、程序，知识产权归甲方所有。乙方应在年度验收时将上述成果的电子文件和源代码完整移交甲方。乙方原有的软件工具仍归乙方所有，但乙方应保证甲方在服务期满后能够继续正常使用和维护系统，不得设置任何技术限制。

第十条 人员
1. 乙方项目负责人和驻场工程师应具备相应的专业资质，名单经甲方确认后不得随意更换；确需更换的，应提前十日书面报甲方同意。
2. 本项目不得分包，乙方不得将服务的全部或部分转给第三方实施。

3. 乙方人员在甲方办公场所工作时，应遵守甲方的安全保卫、机房管理和考勤制度。

第十一条 甲方的义务
1. 甲方应按时提供季度遥感影像、机房和内网工作环境以及必要的系统账号。
2. 甲方应指定专人负责与乙方对接，及时组织季度考核和年度验收，并对乙方提交的成果在十个工作日内提出审查意见。
3. 甲方提供的影像存在质量问题影响解译的，乙方应及时书面告知，相应工作期限顺延。

第十二条 违约责任
1. 乙方逾期提交季度岸线变化监测报告的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
2. 乙方服务未达到本合同标准的，按第五条扣减服务费，并应在甲方要求的期限内整改。
3. 本合同履行期间，任何一方不得单方解除合同。乙方违约的，甲方可要求乙方继续履行、采取补救措施并支付违约金或赔偿损失，但不得以此为由解除合同。
4. 甲方逾期付款的，应按中国人民银行同期贷款市场报价利率向乙方支付利息。

第十三条 不可抗力
因不可抗力致使本合同部分或全部不能履行的，受影响一方应及时通知对方，并在不可抗力消除后继续履行；双方可协商变更服务内容及金额。受影响一方应在不可抗力发生后五日内提供有关部门出具的证明，未及时通知造成损失扩大的，应就扩大部分承担责任。

第十四条 争议解决
因本合同引起的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十五条 其他
1. 竞争性磋商文件、乙方响应文件、成交通知书为本合同的组成部分。
2. 服务期满前一个月，乙方应编制运维交接清单，向甲方或甲方指定的下一年度服务单位移交系统账号、配置文档、运维记录和未关闭工单，并提供不少于十个工作日的交接配合。
3. 本合同一式五份，甲方三份，乙方二份，自双方盖章之日起生效。

甲方（盖章）：__________        乙方（盖章）：__________
"""

H1039Z05 = """# 匠迹工艺流程追踪软件销售及开发合同

> 匠迹软件标准合同文本 V3.0（本文本由乙方提供）

- 合同编号：JJ-HT-2027-0412
- 甲方（买方）：某斑铜工艺美术工作室
- 乙方（卖方）：某匠迹软件科技有限公司

甲方因斑铜器物制作流程管理需要，向乙方购买匠迹工艺流程追踪软件并委托乙方进行定制开发。双方经协商，依据《中华人民共和国民法典》签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供匠迹工艺流程追踪软件V3.0的永久使用许可，授权用户数为十个，部署在甲方工作室的服务器上。

1.2 乙方按甲方需求进行定制开发，内容包括：斑铜工序卡（熔炼、锻打、錾刻、煮色、打磨、抛光）电子化；煮色窑温与时间记录；每件作品的二维码追溯档案；订单与交期看板；与甲方网店后台的订单接口。

1.3 乙方负责软件部署、基础数据录入指导和操作培训。培训采取远程视频方式进行，共两次，每次不超过三小时；甲方需要现场培训的，差旅费用由甲方另行承担。

1.4 软件功能以乙方产品说明书为准，定制开发内容以双方确认的需求清单为准，需求清单以外的功能不属于本合同范围。

## 第二条 合同价格

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 匠迹工艺流程追踪软件V3.0许可（十用户） | 1套 | 128,000 |
| 2 | 定制开发（工序卡、窑温记录、二维码追溯、订单看板、网店接口） | 1项 | 186,000 |
| 3 | 部署及培训 | 1项 | 24,000 |
| | 合同总价 | | 338,000 |

2.1 合同总价为人民币叁拾叁万捌仟元整（¥338,000），含税。

2.2 甲方需自备服务器、扫码枪和标签打印机，相关费用不包含在合同总价内。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥219,700。乙方收到该笔款项后开始开发工作。

3.2 系统上线后五个工作日内，甲方支付剩余款项，即合同总价的35%（¥118,300）。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方有权暂停开发或服务直至甲方付清款项。

3.4 乙方在收到每笔款项后十个工作日内向甲方开具增值税普通发票；甲方需要专用发票的，应在付款前书面告知乙方开票信息。

## 第四条 交付与上线

4.1 乙方应在收到首笔款项后六十个工作日内完成软件部署和定制开发，并安排系统上线。

4.2 因甲方未及时提供需求资料、确认工序流程或准备服务器导致延误的，交付期限相应顺延。

4.3 甲方在开发过程中提出需求变更的，乙方有权另行收费并相应调整交付期限。需求清单经甲方确认后，原则上不再接受变更。

4.4 本合同所称“上线”，是指乙方完成软件部署并向甲方开通正式账号。乙方开通账号后，甲方因自身原因未实际使用的，不影响上线的认定。

## 第五条 验收

5.1 系统上线运行即视为甲方验收合格。

5.2 甲方对系统有异议的，应在上线后三日内以书面形式提出，逾期未提出的，视为甲方对系统无异议。

## 第六条 维护服务

6.1 系统上线后，乙方提供三个月的免费维护服务，包括故障处理和操作咨询。

6.2 免费维护期满后，甲方如需继续维护，应与乙方签订年度维护协议，维护费按乙方当年公布的服务价格标准执行。

6.3 免费维护期内，一级故障（系统无法登录或数据无法保存）乙方在12小时内响应，其他故障在三个工作日内响应。乙方将尽力解决故障，但对故障处理时间、处理结果不承担扣款、赔偿或违约责任。

6.4 甲方自行修改系统配置、操作不当或因服务器、网络故障导致的问题，不属于免费维护范围。

6.5 软件新版本发布后，乙方将以远程方式为处于维护期内的甲方升级；维护期外的升级，按乙方届时报价另行收费。

6.6 维护服务通过电话、远程桌面和在线工单提供，服务时间为工作日九时至十八时，节假日不提供服务。乙方工程师上门服务的，按乙方收费标准另行计费。

## 第七条 知识产权

7.1 软件及其升级版本的知识产权归乙方所有。

7.2 乙方为甲方定制开发的工序卡模板、追溯档案程序、看板、接口程序及其源代码的知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反向工程或提供给第三方使用。

7.3 乙方有权将定制开发成果用于其他客户的项目。

7.4 乙方保证其提供的标准软件不侵犯第三方的知识产权；因甲方修改软件或与其他软件组合使用引起的侵权纠纷，乙方不承担责任。

## 第八条 数据

8.1 甲方在系统中录入的作品、工艺和订单数据归甲方所有。

8.2 乙方应采取必要的技术措施保障系统数据安全，包括账号权限管理、数据库每日自动备份和操作日志记录。乙方远程维护须经甲方同意。因乙方原因导致数据泄露或丢失的，乙方应在24小时内通知甲方，并承担相应的赔偿责任。

8.3 甲方同意，乙方可将系统中的工艺参数、窑温曲线及生产记录进行脱敏处理后，用于乙方产品改进、行业分析及向其他客户提供的工艺模型。

8.4 合同终止后，乙方应甲方要求以通用格式导出甲方数据，导出服务按乙方当年价格标准收费。

## 第九条 保密

9.1 双方对在合作中获知的对方商业信息负有保密义务，未经对方书面同意不得向第三方披露。

9.2 本条不适用于乙方按第8.3条使用脱敏数据的情形。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日按合同总价的万分之三向甲方支付违约金。

10.2 任何一方违约给对方造成损失的，应承担赔偿责任，但不包括间接损失、利润损失和商誉损失。

10.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的20%为限。

## 第十一条 合同解除

11.1 一方严重违约，经对方书面通知后三十日内未纠正的，守约方可以书面通知解除本合同。

11.2 合同解除后，甲方已支付的款项不予退还，但乙方严重违约导致解除的除外。

11.3 甲方在系统上线前单方取消合同的，应按合同总价的二成向乙方支付开发补偿费。

## 第十二条 甲方的责任

12.1 甲方应指定一名联系人负责需求确认和上线配合，并按乙方要求准备服务器和网络环境。

12.2 甲方应妥善保管账号密码，因甲方人员泄露账号造成的损失由甲方自行承担。

12.3 甲方应对录入系统的数据的真实性、合法性负责，并自行做好重要数据的本地备份。

## 第十三条 不可抗力

因不可抗力、政府行为、网络运营商故障或第三方软件缺陷导致合同不能履行或延迟履行的，乙方不承担违约责任。

## 第十四条 争议解决

因本合同发生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同未尽事宜，以乙方官网公布的服务条款为准。

15.3 乙方的宣传资料、报价单及演示内容仅供参考，不构成本合同的组成部分。双方之间的通知可通过电子邮件或即时通讯工具发送，发出即视为送达。

甲方（盖章）：__________　　乙方（盖章）：__________
"""

H1039E01 = """T:Software Licence and Services Agreement
P:Agreement No. CGS-YT-2027-07
P:This Software Licence and Services Agreement (the "Agreement") is made between Yantai Goldenbay Fruit Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Yantai, Shandong Province (the "Customer"), and Columbia Gorge Software, Inc., an Oregon corporation with its principal office in Hood River, Oregon, United States (the "Vendor").
P:The Customer operates controlled-atmosphere cold stores for apples and pears and wishes to replace its warehouse and lot-tracking software. The Vendor develops and licenses the ColdTrack warehouse management system. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the ColdTrack system, version 8, in object code, with its standard modules for receiving, storage-room allocation, atmosphere readings, lot traceability, packing-line scheduling and dispatch, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, interfaces, reports, scripts and documents the Vendor prepares specifically for the Customer under Article 3, including the interfaces to the Customer's ERP system, its weighbridge and its packing-line graders.
P:1.3 "Customer Data" means all data that the Customer or its staff enter into, or that is generated by, the Software, including grower records, lot histories, quality readings and shipment records.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at its sites in the People's Republic of China for its own business, for up to 150 named users and six cold-store sites.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The Customer may let its contractors use the Software on its behalf.
P:2.3 The Software remains the property of the Vendor and its licensors.
H:Article 3 Services
P:3.1 The Vendor shall configure the Software, build the interfaces listed in Annex 1, migrate the open lots and the grower master data from the Customer's existing system, and train the Customer's key users and administrators.
P:3.2 The Vendor shall deliver a project plan within ten working days after signature. The Software shall be installed within forty-five days after signature, and the system shall be ready for acceptance testing within one hundred and twenty days after signature.
P:3.3 The Vendor shall assign a named project manager who speaks Mandarin and shall not replace the project manager or the lead consultant without the Customer's prior written consent.
H:Article 4 Price and Payment
P:4.1 The total price is CNY 1,632,000, inclusive of applicable taxes, made up as follows: Software licence fee CNY 1,120,000; configuration and interfaces CNY 386,000; data migration CNY 94,000; training CNY 32,000. The price is fixed.
P:4.2 The Customer shall pay (a) 20% of the total price, CNY 326,400, within thirty days after signature against the Vendor's invoice; (b) 45%, CNY 734,400, after installation of the Software at all six sites, which the parties confirm in an installation certificate that is not an acceptance; and (c) 35%, CNY 571,200, within thirty days after Final Acceptance.
P:4.3 The Vendor shall issue valid invoices. Payments are made in CNY by bank transfer to the Vendor's account with a bank in the People's Republic of China.
H:Article 5 Acceptance
P:5.1 The Vendor shall test the system with the Customer in accordance with the acceptance test plan in Annex 2.
P:5.2 The acceptance criteria are: (a) every function in the functional specification works as described; (b) migrated open lots, weights and grower balances match the source data in full; (c) the ERP, weighbridge and grader interfaces run for ten consecutive working days without error; (d) a lot history query returns within three seconds with 150 concurrent users; and (e) no Severity 1 or Severity 2 defect is open.
P:5.3 When the criteria are met, the Customer shall issue Final Acceptance in writing within ten working days. Installation, go-live, use of the system in production or any payment does not constitute acceptance. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the specification for twenty-four months after Final Acceptance. During this period the Vendor shall correct defects, supply all updates and new versions, and provide support free of charge.
P:6.2 After the warranty period, the Customer may order annual support. The annual support fee is 11% of the Software licence fee, that is CNY 123,200 per year, and this fee is fixed for the first three years after the warranty period. Each year of support is ordered by the Customer in writing; support does not renew automatically.
P:6.3 Defects are classified as follows. Severity 1: the system or a cold-store site cannot receive, store or dispatch fruit. Severity 2: a major function is impaired but a workaround exists. Severity 3: any other defect. The Vendor shall respond to Severity 1 defects within one hour at any time, restore service within eight hours, and respond to Severity 2 defects within two hours during business hours.
P:6.4 If the Vendor misses a Severity 1 response or restoration time, it shall pay a service credit of CNY 1,500 for each hour or part of an hour of delay, which the Customer may deduct from any amount due.
H:Article 7 Intellectual Property
P:7.1 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation with Final Acceptance, and the Customer may use, modify and license them freely.
P:7.2 The Vendor shall defend the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall pay any resulting damages and costs.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not copy, analyse, aggregate or disclose it for any other purpose, whether or not it is anonymised.
P:8.2 The Software is hosted on the Customer's own servers in China. The Vendor may access the system remotely only through the Customer's VPN with multi-factor authentication, after approval for each session, and every session is logged. The Vendor shall not transfer Customer Data outside the People's Republic of China.
P:8.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law, apply the security measures in Annex 3, and notify the Customer within twelve hours of any actual or suspected security incident affecting Customer Data. The Vendor is liable for all losses caused by a security incident attributable to it.
H:Article 9 Confidentiality
P:9.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to staff and advisers who need to know it and are bound by equivalent duties. This obligation survives for five years after termination.
H:Article 10 Delay and Liability
P:10.1 If the system is not ready for acceptance testing by the date in Article 3.2 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to liability under Articles 7.2 and 8, to personal injury or to wilful misconduct.
P:10.3 Neither party is liable for indirect or consequential loss, except as stated in Article 10.2.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts of approved subcontractors.
H:Article 12 Term and Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.
P:12.2 The Customer may also terminate if the delay damages under Article 10.1 reach their maximum. On termination by the Customer under this Article, the Vendor shall refund amounts paid for services not accepted.
P:12.3 The licence granted in Article 2 survives any termination other than termination by the Vendor for non-payment of the licence fee.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Oregon, United States, without regard to its conflict-of-laws rules.
P:13.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration administered by the International Centre for Dispute Resolution. The seat of arbitration is Portland, Oregon, and the language is English.
H:Article 14 General
P:14.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and resumes performance as soon as possible.
P:14.2 This Agreement, with its Annexes, is the entire agreement of the parties. Amendments must be in writing and signed by both parties. This Agreement is made in English and Chinese; both versions have equal effect.
P:14.3 Notices shall be given in writing to the addresses stated above, by courier or by e-mail with confirmation of receipt. A party changing its address for notices shall inform the other party in writing at least five working days in advance.
P:Annex 1: Interfaces and reports. Annex 2: Acceptance test plan. Annex 3: Security measures.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

H1039E02 = """# Order Form and General Terms — SupplierLens Cloud

**Order Form No.** MCC-OF-2027-0193

**Vendor:** Mid-Columbia Cloudworks, Inc., an Oregon corporation with its principal office at Second Street, The Dalles, Oregon, United States ("Vendor").

**Customer:** Ningbo Harborline Household Appliances Co., Ltd., a company incorporated in the People's Republic of China, Ningbo, Zhejiang Province ("Customer").

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Vendor and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Service

Vendor will provide SupplierLens Cloud, a hosted supplier-quality management service covering supplier onboarding, incoming-inspection records, corrective-action requests (8D), supplier scorecards and a supplier portal, together with the implementation services described in A4 (together, the "Service"). The Service is provided from a cloud region located in mainland China operated by Vendor's licensed hosting partner.

### A2. Subscription Term

The initial subscription term is two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under A4 (the "Subscription Start Date"); the second starts on the first anniversary of that date. Before the Subscription Start Date, Vendor will provide a sandbox environment for implementation free of charge.

### A3. Fees

| Item | Basis | Annual fee (CNY) | Fee for initial term (CNY) |
|---|---|---|---|
| SupplierLens Cloud platform, up to 120 internal users | per Subscription Year | 248,000 | 496,000 |
| Supplier Portal module, up to 400 supplier accounts | per Subscription Year | 62,000 | 124,000 |
| Implementation services (configuration, data load, training) | one-time | — | 54,000 |
| **Total fees for the initial term** | | | **674,000** |

Fees include VAT at the applicable rate. Additional supplier accounts above 400 are charged at CNY 120 per account per Subscription Year and are not part of the total above.

### A4. Implementation and Go-Live Acceptance

A4.1 Vendor will configure the Service to Customer's inspection plans, defect codes and approval workflows, load Customer's supplier master data and open corrective actions, and train Customer's quality engineers and administrators.

A4.2 Target go-live date: ninety days after signature of this Order Form. If Go-Live Acceptance is delayed beyond the target date for reasons attributable to Vendor, Vendor will pay Customer CNY 600 for each day of delay, up to a maximum of CNY 27,000.

A4.3 Go-Live Acceptance takes place when (a) all functions listed in the configuration workbook have been demonstrated in the production environment, (b) loaded supplier records and open corrective actions match the source files in full, (c) the interface to Customer's ERP has transferred purchase-order receipts for five consecutive working days without error, and (d) Customer has signed the go-live acceptance certificate. Use of the production environment before signature of the certificate is not acceptance.

A4.4 Training consists of two on-site sessions at Customer's Ningbo plant for quality engineers, one remote session for administrators, and recorded Chinese-language videos for supplier users. Vendor will provide a named implementation consultant for the whole implementation period and will not replace that consultant without Customer's agreement, which Customer will not unreasonably withhold.

### A5. Payment

A5.1 The annual fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within thirty days after receipt of a valid invoice.

A5.2 The implementation fee is invoiced after Go-Live Acceptance and is payable within thirty days after receipt of a valid invoice.

A5.3 Payments are made in CNY to Vendor's account with a bank in mainland China.

### A6. Renewal

At the end of the initial term, and at the end of each renewal period, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least sixty days before the end of the then-current period. Vendor may increase the fees for any renewal period by up to 9% by notice given at least seventy-five days before the renewal date.

## PART B — GENERAL TERMS

### 1. Provision of the Service

1.1 Vendor will make the Service available to Customer's users in accordance with the documentation and will use commercially reasonable efforts to keep the Service available and to perform scheduled maintenance outside Customer's business hours.

1.2 Vendor may update the Service from time to time, provided that an update does not materially reduce the functionality Customer has subscribed to.

1.3 Customer is responsible for its users' compliance with the documentation, for keeping user credentials secure, and for the accuracy and legality of the data it submits. Customer will ensure that its suppliers who use the Supplier Portal accept the portal terms of use made available by Vendor in Chinese and English.

1.4 Vendor may suspend a user account that is being used to attack or overload the Service, after notice to Customer's administrator where practicable, and will restore the account as soon as the cause has been removed.

### 2. Support

2.1 Customer's administrators may raise support requests through Vendor's help centre or by e-mail. Vendor will use commercially reasonable efforts to respond to and resolve support requests promptly, taking into account their urgency.

2.2 Support is provided in English and Mandarin during Vendor's Asia-Pacific business hours.

2.3 Vendor will give Customer's administrators access to the help centre, the release notes and the online training library, and will hold a quarterly review call with Customer's project lead to discuss open requests, planned releases and Customer's feedback.

### 3. Customer Data

3.1 All data that Customer or its suppliers submit to the Service, and all records generated from it ("Customer Data"), belong to Customer. Vendor will process Customer Data only to provide the Service to Customer and will not use it for any other purpose, including analytics, benchmarking or product development, whether in identifiable, aggregated or anonymised form.

3.2 Vendor will store Customer Data only in mainland China. Vendor maintains ISO/IEC 27001 certification and an MLPS level 3 filing for the Service, encrypts Customer Data in transit and at rest, restricts access to named personnel with multi-factor authentication and keeps access logs for at least one hundred and eighty days.

3.3 Vendor will notify Customer within twenty-four hours of becoming aware of any security incident affecting Customer Data, will take all reasonable steps to contain it, and is responsible for losses suffered by Customer as a result of a security incident caused by Vendor's failure to comply with this Section 3.

3.4 Within thirty days after the end of the Agreement, Vendor will return Customer Data in a standard format and then delete it, and will confirm the deletion in writing.

### 4. Intellectual Property

4.1 Vendor owns the Service and all its software. Customer receives the right to use the Service during the subscription term.

4.2 Customer-specific configurations, inspection templates, report layouts and the ERP interface mapping prepared for Customer belong to Customer. Customer may use, modify and license them freely, including with another provider.

4.3 Vendor will defend Customer against any claim that the Service infringes a third party's intellectual property rights and will pay the resulting damages and costs.

### 5. Confidentiality

Each party will keep confidential all non-public information received from the other party, use it only for the purposes of this Agreement and not disclose it to any third party without the other party's written consent. This obligation continues for three years after the end of the Agreement.

### 6. Subcontracting

Vendor will not subcontract any part of the Service, other than the hosting partner named in A1, without Customer's prior written consent. Vendor remains responsible for its subcontractors.

### 7. Liability

7.1 Each party's total liability under this Agreement is limited to 150% of the total fees for the initial term stated in A3, except for breach of Sections 3 and 5, infringement claims under Section 4.3, personal injury and wilful misconduct.

7.2 Neither party is liable for loss of profit or for indirect loss.

### 8. Term and Termination

8.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving written notice of the breach.

8.2 If Customer terminates under Section 8.1, Vendor will refund any fees paid for the period after termination.

### 9. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding on both parties.

### 10. General

10.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly.

10.2 Neither party may assign this Agreement without the other party's written consent.

10.3 Notices under this Agreement must be in writing and sent to the addresses in this Order Form, or to any other address a party notifies; notices by e-mail are effective when the recipient confirms receipt.

10.4 This Agreement is the entire agreement between the parties on its subject matter. Any purchase-order terms of Customer do not apply.

Signed for Vendor: ____________________ Signed for Customer: ____________________
"""

H1039E03 = """T:Purchase Contract for Conveyor Condition Monitoring Sensors and Software
P:Contract No. HSM-EQ-2027-052
P:Buyer: Inner Mongolia Hongsha Coal Mining Co., Ltd., Ordos, Inner Mongolia Autonomous Region, People's Republic of China (the "Buyer").
P:Supplier: Sweetwater Condition Sensing, Inc., a Wyoming corporation with its principal place of business in Rock Springs, Wyoming, United States (the "Supplier").
P:The Buyer has selected the Supplier, after a competitive procurement, to supply wireless condition-monitoring sensors, gateways and monitoring software for the belt conveyors of its Hongsha open-pit mine and coal preparation plant. This Contract is issued on the Buyer's standard terms.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits, antennas and spare parts listed in the Price Table.
P:1.2 "Software" means the Supplier's SweetSense monitoring software, including its server, analytics and alarm modules, licensed under Clause 4.
P:1.3 "Custom Work" means the analytics models, alarm thresholds, dashboards, reports and interface programs configured or written for the Buyer under this Contract.
P:1.4 "Buyer Data" means all vibration, temperature and operating data collected by the Equipment and all data stored in the Software.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission the Equipment on 55 belt conveyors (about 880 idler and drive positions), install the Software on the Buyer's servers, configure analytics models for drives, gearboxes, pulleys and idlers, integrate the Software with the Buyer's mine dispatch system and train the Buyer's maintenance staff.
P:2.2 The Equipment shall be certified for use in coal mines under the applicable PRC mine safety standards (MA mark) and shall be suitable for operation between minus 40 and plus 60 degrees Celsius.
P:2.3 The Supplier shall appoint a project manager who is available on site during installation and commissioning, submit a detailed installation plan for each conveyor within fifteen days after signature, and coordinate conveyor stoppages with the Buyer's production department at least three days in advance.
H:3. Price
P:3.1 The Contract Price is CNY 1,400,000, fixed, including VAT, customs duties, delivery to the mine site, installation and all other costs. It is made up as set out in the Price Table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensors, with mounting kits|220|2,600|572,000
TB:2|Explosion-proof wireless gateways with solar power units|18|14,500|261,000
TB:3|SweetSense monitoring software, perpetual licence, unlimited users|1|348,000|348,000
TB:|Hardware and Licence Subtotal|||1,181,000
TB:4|Installation and commissioning|1|126,000|126,000
TB:5|Analytics configuration and dispatch-system interface|1|74,000|74,000
TB:6|Training|1|19,000|19,000
TB:|Contract Price|||1,400,000
P:3.2 No advance payment is made under this Contract.
P:3.3 The Buyer shall pay 65% of the Contract Price, CNY 910,000, within thirty days after all Equipment has been installed and the parties have signed an installation certificate. The installation certificate confirms delivery and installation only and is not an acceptance of the Equipment or the Software.
P:3.4 The Buyer shall pay the remaining 35% of the Contract Price, CNY 490,000, within thirty days after Final Acceptance under Clause 6.
H:4. Licence
P:4.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Buyer's sites in the People's Republic of China for the Buyer's own operations, without limit on the number of users or monitored assets. The Buyer may transfer the licence to an affiliate that takes over the mine.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the mine site within seventy-five days after signature and complete installation and commissioning within sixty days after delivery.
P:5.2 The Supplier's staff on site shall comply with the Buyer's mine safety rules, hold the required safety training certificates and work only under the Buyer's work permits.
P:5.3 Each delivery shall be packed for transport on unpaved mine roads and accompanied by a packing list, certificates of origin and conformity, MA certificates and test reports. Title and risk pass to the Buyer on signed delivery at the mine site.
H:6. Acceptance
P:6.1 After commissioning, the system shall run for a trial period of forty-five days. Final Acceptance requires that: (a) at least 98% of the installed sensors report data on every day of the trial period; (b) gateway-to-server data latency does not exceed ten seconds; (c) alarms for a simulated bearing fault and a simulated overheating event are raised on the dashboard and in the dispatch system within one minute; (d) the Supplier's vibration readings are within 5% of readings taken by the Buyer's portable reference analyser on twenty sample positions; and (e) all documentation listed in the technical annex has been delivered.
P:6.2 The Buyer shall confirm Final Acceptance in writing within ten working days after the criteria are met. Delivery, installation, commissioning, trial operation or payment do not constitute acceptance.
H:7. Warranty and Support
P:7.1 The warranty period is thirty-six months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge, including batteries that fail before their rated life, and shall provide Software updates and technical support without charge.
P:7.2 Faults are classified by severity. Severity 1 means that monitoring of a main conveyor line or the alarm function is lost. The Supplier shall respond to a Severity 1 fault within thirty minutes by telephone or remote access and, where needed, have an engineer on site within twenty-four hours. Severity 2 faults shall be answered within two hours.
P:7.3 For each hour by which the Supplier exceeds a Severity 1 response or on-site time, it shall pay the Buyer CNY 800, which the Buyer may deduct from any amount payable.
P:7.4 After the warranty period, the Supplier shall offer annual support, including spare parts, Software updates and remote support, for an annual fee of 8.5% of the Hardware and Licence Subtotal, that is CNY 100,385. The fee is fixed for the first two years after the warranty period. Support is ordered by the Buyer each year and does not renew automatically.
P:7.5 The Supplier shall keep spare sensors and gateways available for at least seven years after Final Acceptance and shall keep a consignment stock of ten sensors and one gateway at the mine during the warranty period.
H:8. Intellectual Property
P:8.1 The intellectual property in the Custom Work belongs to the Buyer. The Supplier shall deliver the Custom Work with its source files, and the Buyer may use, modify and license it freely.
P:8.2 The Supplier warrants that the Equipment and the Software do not infringe the rights of any third party and shall indemnify the Buyer against any such claim.
H:9. Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not retain, analyse or disclose it for any other purpose.
P:9.2 The Software runs on the Buyer's servers inside the mine's industrial network. Remote access by the Supplier requires the Buyer's approval for each session, takes place through the Buyer's bastion host and is recorded. The Supplier shall not transfer Buyer Data outside the People's Republic of China.
P:9.3 The Supplier shall report any security incident affecting the system or Buyer Data to the Buyer within two hours, cooperate in its handling and compensate the Buyer for losses caused by the Supplier's breach of this Clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's mine, production, equipment and business that it obtains under this Contract and shall not disclose it without the Buyer's written consent. This obligation survives termination for five years.
H:11. Delay and Liability
P:11.1 If the Supplier fails to deliver the Equipment or complete installation on time, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract installation or any other work without the Buyer's prior written consent.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after notice, or if the delay damages reach their maximum.
P:13.2 On termination under Clause 13.1, the Supplier shall refund the amounts paid for Equipment or services that have not been accepted, and the Buyer may complete the work through another supplier at the Supplier's reasonable cost.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing.
H:15. General
P:15.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party within five days and takes reasonable steps to limit the effects. The technical annex, the installation plan and the acceptance test plan form part of this Contract. This Contract is made in Chinese and English; both versions are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H1039E04 = """# Managed Services Agreement

**Agreement No.** FBM-HL-2027-011

**Between** Hefei Lakeshore Auto Parts Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Hefei, Anhui Province ("Customer"), **and** Fossil Butte Managed Services, LLC, a Wyoming limited liability company with its principal office in Kemmerer, Wyoming, United States ("Provider").

**Background.** Customer operates two plants producing brake and suspension components and wishes to outsource the day-to-day operation of its IT infrastructure and service desk. Provider offers managed infrastructure services to manufacturing companies and has been selected after a tender.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the service levels in Schedule 2, and "Service Credits" means the credits in Schedule 3.

1.3 "Service Commencement Date" means the date on which Customer signs the transition acceptance certificate under Section 4.

1.4 "Customer Data" means all data, configurations, tickets and records of Customer that Provider receives or generates in performing the Services.

1.5 "Charges" means the charges set out in Section 5.

## 2. Term

2.1 This Agreement starts on signature. The Services run for thirty-six months from the Service Commencement Date (the "Service Term").

2.2 This Agreement ends at the end of the Service Term. Any extension requires a written amendment signed by both parties, at charges to be agreed.

## 3. Services

3.1 Provider shall perform the Services described in Schedule 1 with skilled and experienced staff, in accordance with good industry practice and Customer's IT policies that Customer has provided in writing.

3.2 Provider shall appoint a service delivery manager who is Customer's single point of contact, meets Customer's IT manager monthly and delivers a monthly service report showing performance against each Service Level, open incidents and problems, and planned changes.

3.3 Provider shall follow Customer's change management procedure. No change to production systems may be made without an approved change request, except emergency changes to restore service, which must be reported to Customer within one business day.

3.4 Provider shall keep the key personnel named in its tender, including the service delivery manager and the two plant technicians, for at least the first eighteen months of the Service Term, except in case of resignation, illness or dismissal. Any replacement must have comparable qualifications and be introduced to Customer at least ten business days before taking over.

3.5 Customer shall give Provider's staff access to its premises and systems as reasonably needed, provide a workplace for the plant technicians, keep the hardware and software licences of in-scope systems current, and inform Provider in good time of planned production shutdowns and new systems.

## 4. Transition and Acceptance

4.1 Provider shall complete transition within seventy-five days after signature. Transition includes discovery and documentation of all in-scope assets, setup of monitoring tools, creation of runbooks, knowledge transfer from Customer's current staff and a parallel run of at least ten business days.

4.2 Transition acceptance criteria: (a) all in-scope devices and servers are listed in the configuration database and monitored; (b) runbooks for every in-scope system have been reviewed and approved by Customer; (c) during the parallel run, Provider met every Service Level in Schedule 2; and (d) the service desk handled all tickets in Chinese and English. When the criteria are met, Customer shall sign the transition acceptance certificate within five business days.

4.3 If the Service Commencement Date does not occur within seventy-five days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay.

## 5. Charges and Payment

5.1 The Charges are: a one-time transition fee of CNY 64,000, and a monthly service charge of CNY 58,000 for each month of the Service Term. The total Charges for the Service Term are CNY 2,152,000, including VAT.

5.2 The transition fee is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears, after Customer has reviewed the monthly service report, net of any Service Credits for that month.

5.3 Customer shall pay correct invoices within thirty days after receipt. Charges are fixed for the Service Term, unless the parties agree a change in scope under Section 3.3.

5.4 Service Credits under Schedule 3 are deducted from the monthly service charge of the month in which the Service Level was missed. Service Credits are a price adjustment for reduced service and do not limit Customer's other rights and remedies, including its right to terminate under Section 11.

## 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services for Customer and shall not use it for any other purpose.

6.2 At the end of this Agreement, Provider shall hand over all Customer Data, runbooks and documentation to Customer or to a successor provider named by Customer.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's business and technical information that it receives under this Agreement, shall use it only for the purposes of this Agreement and shall not disclose it to any third party without the other party's prior written consent.

7.2 This Section 7 does not apply to information that is public or was lawfully known to the receiving party before disclosure. It survives termination for three years.

## 8. Intellectual Property

8.1 Runbooks, scripts, monitoring configurations, reports and other documents prepared by Provider specifically for Customer belong to Customer, and Customer may use, modify and license them freely, including to a successor provider.

8.2 Provider's own tools and know-how remain Provider's property.

## 9. Liability

9.1 Provider's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the Charges paid by Customer in the six months preceding the event giving rise to the claim.

9.2 Neither party is liable for loss of profit, loss of production or any indirect loss.

## 10. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent, and remains responsible for any approved subcontractor as for its own staff.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within thirty days after written notice, or if Provider misses the same critical Service Level in three consecutive months.

11.2 On any termination or expiry, Provider shall provide exit assistance for up to sixty days at the monthly service charge pro rata, so that the Services can be transferred without interruption.

11.3 Provider may terminate this Agreement by written notice only if Customer fails to pay undisputed Charges within sixty days after a written reminder.

## 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute that cannot be settled by negotiation shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.

## 13. General

13.1 Neither party is liable for failure to perform caused by force majeure, provided it notifies the other party promptly.

13.2 Notices must be in writing and delivered by hand, courier or e-mail to the addresses given by each party in its signature block, or to another address a party notifies in writing.

13.3 Provider may not assign this Agreement without Customer's prior written consent.

13.4 Amendments must be in writing and signed by both parties. The Schedules form part of this Agreement.

## Schedule 1 — Scope of Services

| Service | Description | Coverage |
|---|---|---|
| Network operations | Monitoring and management of core switches, plant access switches, wireless controllers and WAN links at both plants | 24 x 7 |
| Server operations | Monitoring, capacity management and routine maintenance of 46 physical and virtual servers in Customer's data room | 24 x 7 |
| Service desk | Ticket intake by phone, e-mail and portal in Chinese and English; first-line resolution | 7:00–23:00 daily |
| End-user support | On-site desktop support for about 900 users, one technician at each plant | Business days |
| Asset and configuration management | Maintenance of the configuration database and asset register | Business days |

## Schedule 2 — Service Levels

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| P1 (critical) | A plant's production network, MES servers or WAN link is down | 15 minutes | 3 hours |
| P2 (high) | A major function is degraded, or a group of users cannot work | 30 minutes | 8 hours |
| P3 (normal) | A single user or a non-critical function is affected | 2 hours | 2 business days |
| Availability | Core network availability at each plant, per calendar month | — | 99.95% |

## Schedule 3 — Service Credits

| Service Level missed | Service Credit |
|---|---|
| Each P1 response later than the target | 2% of the monthly service charge |
| Each P1 restoration later than the target | 5% of the monthly service charge |
| Core network availability below target in a month | 8% of the monthly service charge |
| Maximum Service Credits in a month | 20% of the monthly service charge |

Signed for Customer: ____________________ Signed for Provider: ____________________
"""

H1039E05 = """WEATHER DATA AND FORECAST API SUBSCRIPTION AGREEMENT

Agreement No. UGR-QL-2027-004

This Agreement is made between Gansu Qilian Wind Power Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Jiuquan, Gansu Province ("Customer"), and Upper Green River Weather Data, Inc., a Wyoming corporation with its principal office in Pinedale, Wyoming, United States ("Provider").

Customer operates wind farms in the Hexi Corridor and needs high-resolution wind and weather forecasts for generation planning and grid dispatch reporting. Provider produces numerical weather forecasts and historical reanalysis data and makes them available through an application programming interface. The parties agree as follows.

1. DEFINITIONS

1.1 "Licensed Data" means the forecasts, nowcasts, historical reanalysis data and related metadata that Provider makes available through the API.

1.2 "API" means Provider's forecast application programming interface, including its documentation and the Customer portal.

1.3 "Customer Data" means all data Customer uploads or transmits to Provider, including wind farm locations, turbine coordinates and hub heights, turbine power curves and measured output, and all forecasts calibrated with that data.

1.4 "Subscription Year" means the annual period starting on the Subscription Start Date and each annual period starting on an anniversary of that date.

1.5 "Custom Deliverables" means the site-specific feed mappings, calibration settings, integration scripts and report templates prepared by Provider for Customer.

2. SUBSCRIPTION AND SCOPE

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API and to use the Licensed Data for Customer's internal business purposes, including submission of forecasts to grid operators and regulators in the People's Republic of China.

2.2 The subscription covers fourteen wind farm sites, hourly forecasts up to ten days ahead, fifteen-minute forecasts up to seventy-two hours ahead, and historical data for the sites from 2005 onwards. The subscription includes up to five million API calls per calendar month.

2.3 Customer may add sites during the Subscription Term at the unit fee in Clause 4.3.

2.4 Customer shall not resell the Licensed Data, make it available to third parties as a data product, or use it to build a competing forecast service. Customer may share forecasts with its affiliates, its grid operators, its regulators and contractors working for it, provided they use them only for Customer's purposes.

2.5 Customer is responsible for keeping its API keys secure and for the use of the API made with them, and shall inform Provider without delay if it suspects that a key has been compromised, so that Provider can revoke and reissue it.

3. TERM

3.1 The Subscription Term consists of two Subscription Years. The Subscription Start Date is the date of Integration Acceptance under Clause 5.

3.2 The Subscription Term does not renew automatically. Any further subscription requires a new written agreement between the parties.

4. FEES AND PAYMENT

4.1 The subscription fee is CNY 386,000 for each Subscription Year, CNY 772,000 for the Subscription Term. The one-time onboarding fee for site set-up, calibration and integration support is CNY 28,000. The total contract value is CNY 800,000, including VAT.

4.2 The subscription fee for each Subscription Year is paid in four equal quarterly instalments of CNY 96,500, invoiced at the end of each quarter. The onboarding fee is invoiced after Integration Acceptance. Invoices are payable within thirty days after receipt.

4.3 Additional sites are charged at CNY 24,000 per site per Subscription Year, pro rata. API calls above the monthly allowance are charged at CNY 0.03 per thousand calls. Such usage charges are not part of the total contract value.

4.4 All payments are made in CNY to Provider's account with a bank in mainland China. The fees are fixed for the Subscription Term.

5. ONBOARDING AND INTEGRATION ACCEPTANCE

5.1 Provider shall set up the fourteen sites, calibrate its forecasts with at least two years of Customer's measured output data where available, and support Customer's IT staff in integrating the API with Customer's forecasting and dispatch platform. Provider aims to complete onboarding within forty-five days after signature.

5.2 Integration Acceptance takes place when (a) forecasts for all fourteen sites are delivered through the API in the agreed format, (b) the integration has delivered every scheduled forecast run on time for ten consecutive days, (c) the day-ahead wind speed forecast for the test period meets the accuracy targets in the technical annex, and (d) Customer has confirmed acceptance in writing. Use of the API during onboarding does not constitute acceptance.

5.3 If onboarding takes longer than planned, Provider shall inform Customer in writing, explain the reasons and propose a revised plan, which the parties shall agree in good faith. Customer shall make its IT staff and measured output data available as reasonably requested by Provider.

6. SERVICE LEVELS

6.1 Provider shall make the API available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 01:00 and 05:00 Beijing time.

6.2 Incidents are classified by priority. Priority 1 means that the API is unavailable, or that a scheduled forecast run for one or more sites has not been delivered. Priority 2 means degraded performance or delayed data. Priority 3 means any other issue.

6.3 Provider shall respond to a Priority 1 incident within eight hours after Customer's report and shall work continuously to restore the service. Priority 2 incidents shall be answered within one business day and Priority 3 incidents within three business days.

6.4 If availability in a month falls below the level in Clause 6.1, Provider shall credit Customer 5% of the quarterly instalment for each full 0.1 percentage point of shortfall, up to half of the instalment. Credits are deducted from the next invoice.

6.5 Provider shall publish a monthly service report in the Customer portal showing availability, forecast delivery times and forecast accuracy for each site.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the service to Customer and shall not use it to improve its general models, to produce products for others or for any other purpose, whether in identifiable, aggregated or anonymised form.

7.2 Provider shall process and store Customer Data only on servers in mainland China operated by its hosting partner named in the technical annex, protect it with encryption in transit and at rest, restrict access to named staff with multi-factor authentication, and keep access logs.

7.3 Provider shall notify Customer within twenty-four hours of any security incident affecting Customer Data, take immediate steps to contain it, and compensate Customer for the losses caused by an incident resulting from Provider's failure to comply with this Clause 7.

7.4 At the end of the Subscription Term, Provider shall return Customer Data and delete all copies within thirty days, and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Provider owns the Licensed Data and the API. Customer may keep and use forecasts received during the Subscription Term in its own records and reports after the end of the Subscription Term.

8.2 Custom Deliverables belong to Customer. Customer may use, modify and license them freely.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including Customer's generation data and Provider's pricing, and shall not disclose it to third parties without written consent, except to its advisers or as required by law. This obligation survives for three years after the end of this Agreement.

10. SUBCONTRACTING

10.1 Provider shall not subcontract any part of its obligations, other than hosting by the partner named in the technical annex, without Customer's prior written consent.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 200% of the total contract value, except for breach of Clauses 7 and 9, infringement of intellectual property and wilful misconduct.

11.2 Neither party is liable for indirect loss or loss of profit. Forecasts are estimates; Provider is not liable for grid penalties arising from forecast error alone, provided that Provider has met the accuracy targets in the technical annex.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

12.2 If Customer terminates under Clause 12.1, Provider shall refund any fees paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Lanzhou Arbitration Commission for arbitration in Lanzhou. The award is final.

14. GENERAL

14.1 Notices must be in writing and sent by courier or e-mail to the addresses given in the signature block. A notice by e-mail is effective when the recipient confirms receipt. Neither party may assign this Agreement without the other party's prior written consent.

14.2 Neither party is liable for failure to perform caused by force majeure. The technical annex forms part of this Agreement. This Agreement is made in English and Chinese, and both versions are equally authentic.

For Customer: ____________________        For Provider: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels and design
# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "h1039z01": ("h1039z01_hospital_checkup_booking_platform.pdf", "zh", "software", H1039Z01),
    "h1039z02": ("h1039z02_trimmer_factory_line_control_retrofit.docx", "zh", "hardware", H1039Z02),
    "h1039z03": ("h1039z03_dance_school_chain_booking_saas.txt", "zh", "cloud", H1039Z03),
    "h1039z04": ("h1039z04_shoreline_monitoring_system_om_service.txt", "zh", "services", H1039Z04),
    "h1039z05": ("h1039z05_mottled_copper_studio_tracking_supplier_template.md", "zh", "software", H1039Z05),
    "h1039e01": ("h1039e01_cold_store_wms_perpetual_licence_oregon_vendor.pdf", "en", "software", H1039E01),
    "h1039e02": ("h1039e02_supplier_quality_saas_order_form.md", "en", "cloud", H1039E02),
    "h1039e03": ("h1039e03_mine_conveyor_sensors_monitoring_licence.docx", "en", "hardware", H1039E03),
    "h1039e04": ("h1039e04_managed_infrastructure_services_36_months.md", "en", "services", H1039E04),
    "h1039e05": ("h1039e05_wind_forecast_api_subscription.txt", "en", "cloud", H1039E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# values in KEYS order, then extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed, value
TERMS = {
    "h1039z01": [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False,
                 "PRC", G],
    "h1039z02": [None, 1, True, "buyer", True, True, True, 0.1, None, 10, True, True, 18, 28, False, True, True,
                 "PRC", G],
    "h1039z03": [99.5, 0.5, True, "buyer", True, True, False, 500 / 640000 * 100, None, None, True, None, None, None,
                 True, True, False, "PRC", S],
    "h1039z04": [99.95, 0.5, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False, False,
                 False, None, S],
    "h1039z05": [None, 12, False, "supplier", True, False, True, 0.03, 20, 65, False, False, 3, None, False, True, None,
                 None, G],
    "h1039e01": [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11, False, True, False,
                 "Oregon", G],
    "h1039e02": [None, None, False, "buyer", True, True, True, 600 / 674000 * 100, 150, None, True, None, None, None,
                 True, True, False, "PRC", S],
    "h1039e03": [None, 0.5, True, "buyer", True, True, True, 0.08, 200, None, True, True, 36, 8.5, False, True, False,
                 "PRC", G],
    "h1039e04": [99.95, 0.25, True, "buyer", False, True, True, 1800 / 2152000 * 100, 6 / 36 * 100, None, True, None,
                 None, None, False, True, False, "PRC", S],
    "h1039e05": [99.95, 8, True, "buyer", True, True, True, None, 200, None, True, None, None, None, False, True, False,
                 "PRC", S],
}
EXTRA = {  # sla_clause, ld_stated, post_warranty_fee_capped, acceptance_deemed_on_delivery, contract_value
    "h1039z01": (True, True, True, False, 1498000),
    "h1039z02": (True, True, True, False, 1788000),
    "h1039z03": (True, True, None, False, 640000),
    "h1039z04": (True, True, None, False, 736000),
    "h1039z05": (True, True, False, True, 338000),
    "h1039e01": (True, True, True, False, 1632000),
    "h1039e02": (False, True, None, False, 674000),
    "h1039e03": (True, True, True, False, 1400000),
    "h1039e04": (True, True, None, False, 2152000),
    "h1039e05": (True, False, None, False, 800000),
}
# design: expected rules, fee base for TCO (itemised licence / hardware subtotal), forum outside mainland China
DESIGN = {
    "h1039z01": ([], 860000, False),
    "h1039z02": (["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"], 1485600, False),
    "h1039z03": (["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"], None, False),
    "h1039z04": (["CR-LD-LOW", "CR-TERMINATION"], None, False),
    "h1039z05": (["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                  "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
                 128000, False),
    "h1039e01": (["CR-GOVERNING-LAW"], 1120000, True),
    "h1039e02": (["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], None, False),
    "h1039e03": ([], 1181000, False),
    "h1039e04": (["CR-DATA-SECURITY", "CR-LIABILITY-CAP"], None, False),
    "h1039e05": (["CR-LD-MISSING", "CR-SLA-RESPONSE"], None, False),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, value, base):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = base."""
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees / (value + fees) * 100


def derive(t, x, base, forum_outside):
    """My reading of policy §3, from the labels."""
    r = set()
    goods = t["contract_kind"] == G
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
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    if goods and t["post_warranty_fee_pct"] is not None and x["post_warranty_fee_capped"]:
        if tco_share(t, x["contract_value"], base) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan
# ---------------------------------------------------------------------------------------------------------------
THRESHOLD = re.compile("|".join([
    r"(?<![\d.])30\s*%", r"百分之三十", r"\bthirty\s*per\s*cent", r"(?<![\d.])30\s*per\s*cent", r"三成",
    r"(?<![\d.,])100\s*%", r"百分之(?:一)?百", r"hundred\s*per\s*cent", r"(?<![\d.,])100\s*per\s*cent",
    r"(?<![\d.])15\s*%", r"百分之十五", r"fifteen\s*per\s*cent", r"(?<![\d.])15\s*per\s*cent",
    r"(?<![\d.])40\s*%", r"百分之四十", r"forty\s*per\s*cent", r"(?<![\d.])40\s*per\s*cent", r"四成",
    r"(?<![\d.])99\.9(?![\d])",
    r"(?<![\d.])0?\.05\s*%", r"万分之五(?!十)", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![\d.])4\s*个?\s*(?:小时|hours?\b|hrs?\b|h\b)", r"(?<![一二三四五六七八九十])四\s*个?\s*小时",
    r"(?<![\w-])four[\s-]*hours?\b", r"(?<![\d.])4-hour",
    r"(?<![\d.])12\s*个\s*月", r"十二\s*个\s*月", r"(?<![\d.])12[\s-]*months?\b", r"(?<![\w-])twelve[\s-]*(?:calendar\s*)?months?\b",
    r"(?<![第每])一\s*年(?![度级])", r"\bone[\s-]*year\b", r"(?<![\d.])1[\s-]*year\b", r"\ba\s+year\b",
]), re.I)
MUST_HIT = ["预付款为合同总价的30%", "30 %", "百分之三十", "100%", "15%", "40 %", "99.9%", "99.9 %", "0.05%", "万分之五",
            "4小时", "4 小时", "4 hours", "四小时", "12个月", "十二个月", "12 months", "twelve months", "质保一年",
            "one year", "a year", "four hours", "Four-hour", "15 per cent", "thirty per cent"]
MUST_MISS = ["130%", "99.95%", "99.99%", "24小时", "24 hours", "0.15%", "2027年12月31日", "第一年", "每一年", "115%",
             "40家门店", "3.5%", "8.5%", "140%", "万分之五十", "1,400,000", "400 supplier accounts", "14 hours",
             "一年度", "Subscription Year", "twenty-four hours"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESHOLD.finditer(variant)]
    return hits


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
    name, lang, cat, _ = FILES[key]
    t = dict(zip(KEYS, TERMS[key]))
    sla, ld, capped, deemed, value = EXTRA[key]
    x = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    rules, base, forum = DESIGN[key]
    derived = derive(t, x, base, forum)
    assert derived == sorted(rules), (key, derived, rules)
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": derived}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))

    docx_pdf = {k: v for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
    write({k: v[3] for k, v in docx_pdf.items()}, {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in docx_pdf.items()},
          OUT, wrap_words=True)
    for key, (name, lang, cat, src) in FILES.items():
        if key not in docx_pdf:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    covered, compliant = set(), {"zh": 0, "en": 0}
    for key, (name, lang, cat, src) in FILES.items():
        lab = label(key)
        t, x = lab["expected_terms"], lab["expected_extra"]
        # label values off the thresholds
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        base = DESIGN[key][1]
        share = None
        if t["contract_kind"] == G and t["post_warranty_fee_pct"] is not None:
            share = tco_share(t, x["contract_value"], base)
            assert abs(share - 40) > 2, (key, share)
        text = read_back(OUT / name)
        hits = scan(text)
        assert not hits, (name, hits)
        n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (name, n)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                             encoding="utf-8")
        covered |= set(lab["expected_rules"])
        if not lab["expected_rules"]:
            compliant[lang] += 1
        print("%-62s %s %5d  risk=%-6s tco=%s  %s" % (name, lang, n, risk(lab["expected_rules"]),
              "-" if share is None else "%.1f%%" % share, ", ".join(lab["expected_rules"]) or "(none)"))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    assert compliant == {"zh": 1, "en": 1}, compliant
    assert DESIGN["h1039e01"][0] == ["CR-GOVERNING-LAW"] and 8 <= len(DESIGN["h1039z05"][0]) <= 10
    assert sum(1 for k, v in DESIGN.items() if 2 <= len(v[0]) <= 4 and k not in ("h1039z05",)) == 6
    print("all checks passed")


if __name__ == "__main__":
    main()
