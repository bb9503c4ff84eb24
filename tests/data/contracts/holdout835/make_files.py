"""holdout835: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, thresholds, rules derived from the labels, coverage). Run with
/work/main/.venv/bin/python -B make_files.py in this folder."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H835Z01 = """T:换电站监管平台软件许可及定制开发合同
P:合同编号：JTYS-ZFCG-2026-0417　　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市交通运输局
P:乙方（供应商）：北辰智联信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方就某市电动汽车换电站监管平台建设项目订立本合同，共同遵守。本合同采用甲方合同文本，招标文件、投标文件及中标通知书为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供换电站监管平台软件许可（永久使用许可，不限用户数），并完成以下定制开发：换电站运营数据接入接口（覆盖全市现有及新建换电站，接入运营企业不少于九家）、电池全生命周期追溯模块、安全预警规则引擎、监管驾驶舱及移动端监管应用。
P:1.2 乙方负责平台在甲方政务云环境中的部署实施、与市交通综合执法系统和市级数据共享交换平台的对接，以及对甲方人员的培训。
P:1.3 项目建设地点为甲方指定地点及甲方政务云机房。乙方应于合同签订后一百五十日内完成全部建设内容并提交初验申请。
P:1.4 乙方应在合同签订后二十日内完成需求调研，提交需求规格说明书和项目实施计划，经甲方书面确认后实施。需求规格说明书确认后的重大变更，由双方书面协商确定费用和工期。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零陆万陆仟元整（¥2,066,000），包含税费及完成本项目的全部费用，具体为：平台软件许可费1,160,000元；定制开发费742,000元；部署实施费128,000元；培训费36,000元。
P:2.2 合同总价为固定价格，除甲方书面提出的需求变更外不作调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即413,200元。
P:3.2 平台完成部署并通过初验后十五个工作日内，甲方支付合同总价的45%，即929,700元。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，即723,100元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款受财政资金拨付程序约束，因财政审批导致的合理延迟不视为甲方违约。
H:第四条 验收
P:4.1 初验：平台部署完成后，由甲方组织初验，检查功能清单逐项实现、各接口联调通过、已接入换电站数据与运营企业报送数据逐站比对一致。
P:4.2 初验通过后进入六十日试运行。试运行期满且同时满足以下标准的，甲方组织最终验收：（1）试运行期间未发生一级故障；（2）五百个并发用户下页面平均响应时间不超过2秒；（3）换电数据从产生到平台展示的延迟不超过60秒；（4）通过第三方网络安全等级保护测评（第三级）及商用密码应用安全性评估；（5）用户手册、运维手册、接口文档及源代码已移交。
P:4.3 甲方应在收到最终验收申请后十五个工作日内组织验收并出具书面验收报告。平台上线使用、试运行或甲方支付款项，均不视为最终验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第五条 质量保证与运维
P:5.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持。
P:5.2 质保期满后，甲方如需乙方继续提供运维服务，年度运维费不超过平台软件许可费的8%（即每年不超过92,800元），且质保期满后的前三个运维年度内不上调。运维服务另行签订合同，不自动续期。
H:第六条 服务水平
P:6.1 质保期内平台月可用率不低于99.95%（计划内维护且经甲方书面同意的时间除外）。
P:6.2 故障分级响应：一级故障（平台整体不可用或换电数据中断）乙方在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级问题在两个工作日内答复。
P:6.3 乙方未达到上述服务水平的：响应或恢复每超时一小时，甲方从当期应付款或履约保证金中扣减1,000元；月可用率每低于约定值0.01个百分点，扣减2,000元。
H:第七条 数据安全与数据归属
P:7.1 平台采集、存储和产生的全部数据（包括换电站运营数据、电池追溯数据、预警记录及日志）归甲方所有。乙方仅为履行本合同使用上述数据，不得用于其他任何目的，不得向第三方提供。
P:7.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，落实访问控制、加密传输与存储、操作审计等安全措施；乙方人员仅可经甲方堡垒机并经审批后访问生产环境，不得将数据拷贝至政务云以外。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在一小时内报告甲方并立即采取处置措施。因乙方原因造成数据安全事件的，乙方承担全部责任，赔偿甲方由此遭受的全部损失。
P:7.4 合同终止或质保期届满时，乙方应将其持有的全部项目数据和资料移交甲方，并删除留存的副本，向甲方出具书面确认。
H:第八条 保密
P:8.1 乙方对履行本合同中知悉的甲方工作秘密、监管信息及换电企业商业信息负有保密义务，未经甲方书面同意不得披露。保密义务在合同终止后五年内持续有效。
H:第九条 知识产权
P:9.1 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:9.2 为本项目定制开发的接口程序、模块、驾驶舱、数据模型及相关文档和源代码，知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
H:第十条 违约责任
P:10.1 乙方未按约定期限完成建设或通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包与转让
P:11.1 本项目不允许分包。乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 合同解除后，乙方应在十日内移交已完成的工作成果、文档和源代码，并按第七条约定移交和删除数据。
H:第十三条 项目人员与履约保证金
P:13.1 乙方应指定具有同类项目经验的项目经理，并按投标文件承诺配备开发、测试及实施人员。项目经理未经甲方同意不得更换；甲方认为相关人员不能胜任的，有权要求乙方在十日内更换。
P:13.2 乙方应于合同签订后七日内提交合同总价5%的履约保证金，最终验收合格后无息退还。乙方未履行本合同约定义务的，甲方有权从履约保证金中扣除相应款项。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并在十日内提供证明，根据影响程度部分或全部免除责任；不可抗力持续超过六十日的，双方可协商解除合同。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
P:15.2 本合同一式六份，甲方执四份，乙方执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：某市交通运输局　　　　乙方（盖章）：北辰智联信息技术有限公司
P:日期：____年__月__日
"""

H835Z02 = """T:生产线控制系统改造合同
P:合同编号：JD-SB-2026-063
P:甲方：某市金笛文具制造有限公司（卷笔刀厂）
P:乙方：华工锐控自动化工程有限公司
P:甲方拟对其卷笔刀装配车间六条生产线的控制系统进行改造，经比选确定乙方为供应商。双方根据《中华人民共和国民法典》，就设备供货、软件许可、安装调试及售后维保事宜达成如下合同。
H:第一条 改造范围
P:1.1 乙方负责拆除六条生产线原有继电器控制柜，更换为PLC控制系统，加装伺服驱动、视觉检测单元及人机界面，并部署产线监控软件，实现刀片装配、壳体注塑件上料、成品检测和包装计数的集中监控。
P:1.2 乙方负责编写PLC程序及视觉检测程序，完成与甲方现有ERP系统的产量及工单数据对接。
P:1.3 改造须利用甲方安排的停线窗口分批实施，每条线停线时间不超过五日，不得影响其余生产线正常生产。
P:1.4 乙方应在合同签订后十五日内完成现场勘察，提交电气设计图、控制方案、停线计划及安全施工方案，经甲方设备部书面确认后方可施工。
H:第二条 设备、软件及价格
P:2.1 本合同设备、软件及服务明细如下表（人民币，含税）：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制系统（含控制柜）|6套|98,000|588,000
TB:2|伺服驱动器及伺服电机|24套|9,500|228,000
TB:3|视觉检测单元|6套|36,000|216,000
TB:4|HMI触摸屏|12台|6,800|81,600
TB:5|产线监控软件许可（永久）|1套|186,000|186,000
TB:|软硬件小计|||1,299,600
TB:6|安装调试及程序编写|1项|168,400|168,400
TB:7|操作及维护培训|1项|12,000|12,000
TB:|合同总价|||1,480,000
P:2.2 合同总价为人民币壹佰肆拾捌万元整（¥1,480,000），包括设备、软件、运输、安装、调试、培训及税费。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款，即148,000元。
P:3.2 全部设备到货并完成安装调试后十个工作日内，甲方支付合同总价的55%，即814,000元。到货签收和安装调试完成不代表质量验收合格。
P:3.3 最终验收合格后十个工作日内，甲方支付合同总价的35%，即518,000元。
P:3.4 乙方每次请款时应提供等额增值税专用发票及相应的到货签收单、验收报告等付款依据，甲方收到完整付款资料后开始计算付款期限。
H:第四条 交付与验收
P:4.1 乙方应于合同签订后九十日内完成全部六条生产线的改造并申请验收。
P:4.2 验收标准：（1）每条生产线连续运行七十二小时无停机故障；（2）节拍不低于每分钟四十五件；（3）视觉检测漏检率不高于千分之二，误判率不高于百分之一；（4）监控软件产量数据与ERP工单数据逐日核对一致；（5）随机资料、电气图纸、PLC程序源文件已移交。
P:4.3 验收由甲方组织，双方签署验收报告。设备投入生产使用不视为验收合格。
P:4.4 每条生产线改造完成后，乙方应先行组织单线调试，甲方派员参加并记录节拍、检测结果及停机情况；六条生产线全部完成单线调试后方可申请最终验收。验收不合格的，乙方应在十日内整改并重新申请验收，由此产生的费用由乙方承担。
P:4.5 乙方交付的设备应为全新原厂产品，附产品合格证、原产地证明及说明书；主要部件的品牌、型号应与乙方投标文件一致，未经甲方书面同意不得替换。
H:第五条 质量保证
P:5.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件因质量问题发生的故障，乙方免费维修或更换。
P:5.2 质保期内乙方提供如下服务：一级故障（整线停机）接到通知后1小时内响应，6小时内到达现场，24小时内恢复生产；二级故障（单工位故障）8小时内到场处理。
P:5.3 乙方超过约定时限的，每超时一小时，甲方可从应付款或次年维保费中扣减800元。
H:第六条 质保期满后的维保
P:6.1 质保期满后，乙方为甲方提供年度维保服务，内容包括定期巡检、备件更换、软件升级和故障维修。
P:6.2 年度维保费为软硬件小计的27%，即每年350,892元，按年度预付；维保期内该费用不作调整。
P:6.3 维保服务按年度签署确认单，甲方可在每一维保年度届满前三十日书面通知不再续订。
H:第七条 数据安全
P:7.1 生产线运行数据、产量及质量数据归甲方所有，乙方不得用于本合同以外的目的。
P:7.2 乙方应对改造后的控制系统进行网络隔离设计，生产网络与办公网络之间设置工业防火墙，默认关闭不必要的端口与服务。
P:7.3 乙方远程维护须经甲方审批并通过甲方指定的VPN通道进行，不得擅自留存、复制甲方数据；乙方应采取防病毒、访问控制等措施。因乙方原因导致数据泄露或控制系统被入侵的，乙方应在两小时内通知甲方并承担赔偿责任。
H:第八条 保密
P:8.1 乙方对在履约过程中知悉的甲方工艺参数、产能、客户及价格信息负有保密义务，保密期限至合同终止后三年。
H:第九条 知识产权
P:9.1 为本项目编写的PLC程序、视觉检测程序、接口程序及图纸资料，知识产权归甲方所有。监控软件标准产品的知识产权归乙方，甲方享有永久使用权。
P:9.2 乙方保证所交付的设备和软件不侵犯第三方的知识产权；因侵权引起第三方索赔的，由乙方负责处理并承担全部费用。
H:第十条 施工安全与现场管理
P:10.1 乙方应遵守甲方车间安全管理制度，施工人员须经甲方安全交底并佩戴工作证进入现场。动火、登高及带电作业须事先办理作业审批。
P:10.2 乙方施工造成甲方设备、模具或在制品损坏的，应予修复或照价赔偿。乙方施工人员的人身安全由乙方负责，乙方应为其办理相应保险。
P:10.3 改造完成后乙方应清理现场，拆除的旧控制柜及线缆按甲方指示堆放，由甲方处置。
H:第十一条 培训与备件
P:11.1 乙方应对甲方设备、电气人员进行不少于五个工作日的培训，内容包括PLC程序结构、参数修改、视觉检测模板调整、常见故障处理，培训后甲方人员应能独立完成日常维护。
P:11.2 乙方应随货提供易损件清单及推荐备件，并保证在设备停产后至少八年内持续供应备件，备件价格不高于同期市场价格。
H:第十二条 违约责任
P:12.1 乙方逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:12.2 因乙方原因造成甲方停产损失的，乙方应予赔偿；因设备质量问题导致同一故障在质保期内重复发生三次以上的，乙方应更换同型号新设备。
P:12.3 甲方逾期付款的，每逾期一日按未付金额的万分之三支付违约金。
H:第十三条 分包
P:13.1 乙方不得转包。控制柜配线等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十四条 合同解除
P:14.1 乙方严重违约且在甲方书面通知后十日内未纠正的，甲方有权解除合同并要求赔偿损失。
P:14.2 因不可抗力导致合同无法履行的，受影响一方应及时通知对方并提供证明，双方协商变更或解除合同，互不承担违约责任。
H:第十五条 争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同发生的争议，提交甲方所在地人民法院诉讼解决。
P:15.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

H835Z03 = """门店预约及会员管理系统（SaaS）服务合同

合同编号：XL-IT-2026-021

甲方：某市飞轮少儿小轮车运动培训有限公司（含其直营门店共三十家）
乙方：云栖约课科技有限公司

鉴于甲方经营小轮车（BMX）少儿培训连锁门店，需要统一的课程预约、会员储值、教练排班及家长端小程序；乙方提供相关SaaS服务。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方三十家门店提供课程预约、会员卡及储值管理、教练排班、场地与车辆管理、家长端微信小程序、经营报表等SaaS服务。
2. 每家门店开通后台账号不超过十个，总部账号不限。新增门店按本合同单价另行开通。
（二）实施服务
1. 乙方负责系统初始化配置、门店及课程体系搭建、历史会员与剩余课时数据迁移、与甲方支付商户号及财务软件对接、家长端小程序按甲方品牌定制页面。
2. 乙方应在合同签订后四十五日内完成全部门店上线。上线按批次进行，每批门店上线前乙方应完成数据迁移试算，并由门店店长核对会员余额和剩余课时。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自实施验收合格之日起算，每个服务年度为一年。
（二）服务期满前三十日，任何一方未书面提出异议的，本合同自动续期一个服务年度，续期次数不限。
（三）每次续期时，乙方有权根据其产品价格体系调整年度订阅费，调整幅度不超过上一服务年度订阅费的8%，乙方在续期前以系统公告方式通知甲方即可，无需甲方另行确认。

三、费用及支付
（一）费用构成（人民币，含税）：
1. 年度订阅费：每家门店每年9,800元，三十家门店每个服务年度合计294,000元，两个服务年度合计588,000元；
2. 一次性实施费：76,000元；
3. 合同总价：664,000元。
（二）支付方式：
1. 实施费在实施验收合格后十个工作日内一次性支付；
2. 每个服务年度的订阅费在该服务年度开始后十个工作日内支付。
（三）乙方收款前应开具增值税专用发票。甲方在实施验收前无需支付任何款项。

四、实施验收
（一）全部门店上线后，乙方提交验收申请，甲方在七个工作日内按下列标准验收：
1. 历史会员、剩余课时及储值余额迁移后与原系统逐户核对无差异；
2. 三十家门店均完成至少一次完整的约课、签到、消课和退款流程测试；
3. 家长端小程序在五百人同时约课时页面响应时间不超过3秒；
4. 支付对账与财务软件凭证生成结果一致。
（二）验收合格后双方签署实施验收单。门店开始使用系统不视为实施验收合格。

五、服务水平
（一）乙方保证平台月可用率不低于99.5%，计划内维护应安排在凌晨零时至六时并提前三日通知。
（二）故障等级及响应：
1. 一级故障（平台或小程序不可用、支付异常）：1小时内响应，6小时内恢复；
2. 二级故障（部分功能异常）：8小时内响应，两个工作日内解决；
3. 一般咨询：一个工作日内答复。
（三）服务补偿：月可用率低于约定值的，每低0.1个百分点，按当月订阅费的5%抵扣下期费用；一级故障响应每超时一小时，抵扣500元。
（四）乙方应在每月前五个工作日内向甲方提供上月服务报告，列明可用率、故障记录、处理时长及补偿金额；甲方对报告有异议的，双方以平台监控记录为准核对。

六、数据安全与数据归属
（一）甲方及其学员、家长的全部数据（包括儿童姓名、年龄、监护人联系方式、课时及消费记录）归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于营销、画像或向任何第三方提供。
（二）乙方应按照《个人信息保护法》关于未成年人个人信息的要求，采取加密存储、访问权限分级、操作日志留存等措施，平台应完成网络安全等级保护第三级备案。
（三）发生数据泄露、篡改或丢失的，乙方应在发现后二十四小时内通知甲方并配合处置；因乙方原因导致的，乙方承担全部赔偿责任，包括甲方因此承担的行政罚款。
（四）合同终止后三十日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后彻底删除。
（五）乙方应每日对甲方数据进行备份，备份数据保留不少于三十日，并每半年进行一次恢复演练，演练结果书面告知甲方。

七、保密
双方对在合作中获悉的对方经营数据、价格、会员信息及技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内有效。乙方应要求其接触甲方信息的员工签署保密承诺。

八、知识产权
（一）SaaS平台及其标准功能的知识产权归乙方所有。
（二）为甲方品牌定制的小程序页面、报表模板和对接程序归甲方所有，甲方可自由使用、修改或交由第三方维护。

九、违约责任
（一）乙方未按期完成全部门店上线的，每逾期一日，按合同总价的万分之八支付违约金。
（二）甲方逾期支付费用的，每逾期一日按应付金额的万分之三支付违约金。

十、转包与分包
乙方不得将本合同项下服务转包；确需将部分实施工作分包的，应事先取得甲方书面同意。

十一、服务团队与培训
（一）乙方应指定一名客户成功经理作为甲方的固定对接人，负责需求受理、问题跟踪及每季度一次的使用情况回顾。
（二）实施期间乙方应为甲方总部运营人员和各门店店长提供集中培训，并为门店前台和教练提供线上操作培训；新开门店的培训在开通后五个工作日内完成，不另行收费。
（三）乙方应提供操作手册、常见问题库和视频教程，并在系统功能更新前通知甲方更新内容。

十二、门店增减
（一）服务期内甲方新开门店的，按每家门店每年9,800元的单价，自开通之日起按剩余服务月数折算收费；门店关闭的，甲方可提前三十日书面通知停用该门店账号，自下一个服务年度起相应减少订阅费。
（二）门店增减不影响本合同其他条款的效力。

十三、甲方义务
（一）甲方应指定项目负责人，按乙方合理要求提供门店信息、课程体系、会员及课时数据，并对数据的真实性负责。
（二）甲方应妥善保管后台账号及密码，门店人员离职时及时停用其账号；因甲方账号管理不当造成的损失由甲方承担。
（三）甲方在家长端小程序中收集学员信息时，应按照法律规定取得监护人同意，乙方提供相应的授权页面。
（四）甲方应按时支付费用。甲方逾期支付订阅费超过三十日的，乙方可书面催告，催告后十五日内仍未支付的，乙方可暂停部分功能，但不得删除甲方数据。

十四、不可抗力
因不可抗力或电信运营商、云服务基础设施大面积故障等非乙方原因导致服务中断的，乙方应及时通知甲方并尽力恢复服务，中断时间不计入可用率考核，但乙方应提交书面说明。

十五、合同解除
（一）任何一方严重违约，经守约方书面催告后十五日内仍未纠正的，守约方有权解除本合同。
（二）乙方平台连续两个月可用率低于约定值的，甲方有权解除合同，乙方应退还未履行期间的订阅费。

十六、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。

十七、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。本合同附件包括：附件一 服务功能清单；附件二 门店清单；附件三 实施计划及数据迁移方案。附件与正文不一致的，以正文为准。

甲方（盖章）：　　　　　　乙方（盖章）：
签署日期：2026年　月　日
"""

H835Z04 = """窨井盖智能监测系统年度运维服务合同

项目编号：CGJ-CS-2026-0219（竞争性磋商）

采购人（甲方）：某市城市管理局
供应商（乙方）：恒泰城服物联网运维有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对全市窨井盖智能监测系统提供年度运维服务，双方订立本合同。

第一条 服务范围
1.1 运维对象：已安装于市区主次干道（含部分背街小巷）的智能井盖监测终端11,460套、通信网关86台、窨井盖监测管理平台（部署于市政务云）及其手机端应用。
1.2 服务内容：
（1）监测终端巡检、电池更换、故障终端维修或更换；
（2）井盖位移、倾斜、溢水告警的二十四小时值守、核实与派单；
（3）平台运行维护、数据备份、版本缺陷修复及安全加固；
（4）每月提交运维月报，每季度提交终端在线率与告警处置分析报告。
1.3 服务期为一年，自服务接管验收合格之日起计算。服务期满本合同终止，不自动续期。
1.4 服务区域为本市六个中心城区及两个开发区，具体点位以平台在册终端清单为准。服务期内甲方新增安装的终端，在其质保期满后纳入本合同运维范围，新增数量不超过在册总数二十分之一的，不另行计费。

第二条 服务费用与支付
2.1 本合同总价为人民币捌拾叁万陆仟元整（¥836,000），包括人工、交通、备品备件、电池耗材及税费。
2.2 本合同总价为固定价格，服务期内不因人工、材料价格变动而调整。乙方请款时应提交当季运维报告、考核结果及合法有效的发票。
2.3 服务费按季度支付，每季度209,000元。甲方在每个服务季度结束并完成季度考核后十五个工作日内支付该季度服务费。本合同不设预付款。

第三条 服务接管与验收
3.1 乙方应于合同签订后二十日内完成服务接管，包括终端台账核对、平台账号与运维文档交接、值守人员到岗。
3.2 接管验收标准：终端台账与平台在册数据逐一核对并形成差异清单；值守班组每班不少于两人且完成培训考核；应急抢修车辆和备品备件到位。接管验收由甲方组织并出具书面意见。
3.3 服务期满前，甲方按第四条服务水平及月报记录组织年度服务验收，出具年度验收报告。年度服务验收的主要标准为：告警处置记录完整可查，一级告警均按时限处置；平台全年无因乙方原因造成的数据丢失；终端台账与现场抽查结果一致。

第四条 服务水平
4.1 平台月可用率不低于99.95%。
4.2 告警处置时限：一级告警（主干道井盖缺失或位移、溢水）乙方在30分钟内响应并通知巡查人员，2小时内到达现场设置警示并完成处置；二级告警（终端离线、低电量）在24小时内处理；三级问题在三个工作日内处理。
4.3 监测终端故障的，乙方应在七日内修复或更换，并在平台中同步更新终端台账。
4.4 服务水平未达到本条标准的，乙方应在五个工作日内提交原因分析及整改措施，并在下一季度内完成整改；本条约定的服务水平未达标事项不扣减服务费，亦不另行计收违约金。

第五条 数据安全
5.1 监测数据、告警记录、位置信息、平台日志及运维记录归甲方所有，乙方仅为履行本合同使用，不得用于其他目的或向第三方提供。
5.2 乙方应落实网络安全等级保护要求，运维人员须通过甲方堡垒机审批访问平台，不得将数据导出至政务云以外；终端更换时应清除旧设备存储数据。乙方每月对平台进行一次漏洞扫描，发现高危漏洞的应在三个工作日内完成修复或采取临时防护措施。
5.3 乙方应每日对平台数据库进行增量备份、每周进行全量备份，备份数据存放于甲方指定的政务云存储，并每季度进行一次恢复测试。
5.4 发生数据泄露、篡改、平台被攻击等安全事件的，乙方应在一小时内报告甲方，立即处置并配合调查；因乙方原因造成的，乙方承担全部赔偿责任。

第六条 备品备件与终端更换
6.1 乙方应在本市设立备件库，常备监测终端不少于二百套、通信网关不少于五台及相应电池，备件型号应与在用设备兼容。
6.2 更换下来的故障终端由乙方登记后交甲方指定地点集中存放，不得擅自处置；更换的新终端纳入甲方资产管理。
6.3 因道路施工、车辆碾压等第三方原因损坏的终端，乙方应先行更换并协助甲方向责任方追偿，更换数量超过备件库存的部分由双方另行协商。

第七条 作业安全与甲方义务
7.1 乙方在道路上开展巡检、更换终端作业时，应按照道路作业安全规范设置警示标志和安全围挡，夜间作业应配备反光衣和警示灯，必要时提前与交警部门沟通交通疏导方案。
7.2 乙方应为作业人员购买意外伤害保险，作业过程中发生的人身伤害及第三方损失由乙方负责，但因甲方原因造成的除外。
7.3 乙方进入地下管井作业前应进行有毒有害气体检测并落实通风措施，严禁单人下井作业。
7.4 甲方应向乙方提供平台管理账号、终端台账、历史运维资料，并协调各区城管部门、道路养护单位配合乙方现场作业。
7.5 甲方应按约定支付服务费，并对乙方提交的月报和季度报告在十个工作日内提出意见。

第八条 报告与考核
8.1 乙方应每月五日前提交上月运维月报，内容包括告警数量及处置情况、终端故障与更换记录、平台运行情况和下月工作计划。
8.2 每季度结束后，甲方根据月报、平台记录、市民热线工单和现场抽查对乙方进行季度考核，考核结果作为年度服务验收的依据；季度考核不合格的，乙方应提交整改计划。
8.3 服务期满时，乙方应将终端台账、运维记录、备件清单及平台运维文档完整移交甲方或甲方指定的新服务单位，并配合完成不少于十五日的交接。

第九条 知识产权
运维期间乙方编制的巡检方案、运维脚本、报表模板及技术文档，归甲方所有，甲方可自由使用和修改，并可提供给后续服务单位使用。乙方对平台进行的缺陷修复和配置调整，应同步更新平台运维文档并提交甲方备案。

第十条 人员与分包
10.1 乙方应设项目经理一名、平台运维工程师两名、巡检维修人员不少于二十名，人员变更须经甲方同意。
10.2 乙方不得将本合同服务转包或分包给第三方。

第十一条 违约责任
11.1 乙方未按第三条约定期限完成服务接管的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
11.2 因乙方未履行巡检或处置义务导致井盖缺失造成人身伤害或财产损失的，由乙方承担赔偿责任。

第十二条 合同解除
12.1 乙方严重违约，经甲方书面通知后十日内未改正的，甲方有权解除合同，按实际服务期间结算费用，并要求乙方赔偿损失。
12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同，已提供的服务按实际期间结算。合同解除的，乙方仍应按第8.3款完成资料移交。

第十三条 法律适用与争议
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他
本合同一式四份，甲方执三份，乙方执一份，经双方签字盖章后生效。磋商文件、响应文件、成交通知书及乙方在磋商过程中作出的书面承诺为本合同组成部分；上述文件与本合同不一致的，以本合同为准。

甲方（盖章）：某市城市管理局　　乙方（盖章）：恒泰城服物联网运维有限公司
日期：2026年　月　日
"""

H835Z05 = """# 软件许可及定制开发合同（标准文本）

> 本文本为溯工软件科技有限公司标准合同文本 V4.0，适用于工序追溯系统的销售与实施。

合同编号：SG-2026-0588

**甲方（买方）**：某市琉光吹制玻璃工作室有限公司

**乙方（卖方）**：溯工软件科技有限公司

甲乙双方经友好协商，就甲方采购乙方“溯工”工序追溯软件及定制开发服务事宜，达成如下条款。

## 第一条 合同标的

1.1 乙方向甲方提供“溯工”工序追溯软件（十个用户许可，永久使用），并根据甲方的手工吹制玻璃工艺进行定制开发，包括：窑炉温度曲线记录、吹制及退火工序流转、匠师工时登记、订单与单件作品追溯、成品二维码证书。

1.2 乙方负责软件安装部署及操作培训。具体功能以乙方提供的《功能说明书》为准。

1.3 软件运行所需的服务器、操作系统、数据库、扫码枪、标签打印机及窑炉温度采集硬件由甲方自行采购，不在本合同范围内。乙方可提供配置建议，但不对第三方硬件的性能和兼容性负责。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 软件许可费（十用户，永久） | 168,000 |
| 2 | 定制开发费 | 214,000 |
| 3 | 部署及培训费 | 26,000 |
| | 合计 | 408,000 |

合同总价为人民币肆拾万零捌仟元整（¥408,000）。上述价格含增值税，不含甲方自购硬件、第三方软件及乙方人员到现场的差旅费用，差旅费用按实际发生额由甲方另行承担。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总价的65%，即265,200元，乙方收到该款项后启动开发工作。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即142,800元。

3.3 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停服务。

3.4 乙方在收到每笔款项后十个工作日内向甲方开具增值税普通发票。甲方需要专用发票的，应在合同签订时提供完整的开票信息。

3.5 甲方已支付的款项，除本合同另有约定外，不予退还。

## 第四条 需求确认与交付

4.1 合同生效后，乙方安排实施顾问与甲方进行需求沟通，形成《需求确认书》。甲方应在收到《需求确认书》后三个工作日内签字确认，逾期未确认的，视为甲方同意乙方整理的需求内容。需求确认后甲方提出新增或变更需求的，乙方有权另行报价。

4.2 乙方预计在收到首期款后九十日内完成开发并上线。因需求变更、甲方配合不及时等原因导致延期的，交付时间相应顺延。

4.3 因乙方原因导致交付延期的，双方协商确定新的交付时间，乙方应尽力追赶进度。

## 第五条 上线与验收

5.1 系统安装部署完成并上线运行，即视为甲方验收合格。

5.2 甲方在上线后七日内未提出书面异议的，视为对全部交付内容无异议。

5.3 本合同所称“上线运行”，是指乙方完成软件安装并向甲方开通管理员账号。甲方以任何理由推迟使用的，自乙方通知开通账号之日起视为上线运行。

## 第六条 免费维护

6.1 自系统上线之日起，乙方提供三个月免费维护，内容为软件缺陷修复和远程答疑。

6.2 免费维护期内，乙方将尽商业上合理的努力，在工作时间内通过电话、微信或远程方式提供技术支持。

6.3 下列情形不属于免费维护范围：甲方新增功能或修改已确认的需求；甲方服务器、网络或操作系统故障；甲方自行升级数据库或操作系统引起的问题；需要乙方人员到现场处理的事项。上述服务乙方可按人天另行收费。

## 第七条 收费维护

7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订维护协议，维护费按乙方当年公布的价格标准收取。

7.2 乙方有权根据市场情况调整维护服务价格，新价格自公布之日起适用。

7.3 甲方未购买维护服务的，乙方不再提供软件升级、缺陷修复及远程支持；甲方日后恢复购买的，应补缴中断期间的维护费。

## 第八条 甲方义务

8.1 甲方应提供符合乙方要求的服务器、网络及操作系统环境，并为乙方实施人员提供必要的工作条件和远程访问权限。

8.2 甲方应指定专人负责项目对接，及时提供工艺资料、订单样例及测试数据，并组织匠师参加培训。因甲方原因导致的延误，乙方不承担责任。

8.3 甲方应按照乙方提供的操作手册使用软件，不得擅自修改数据库或安装与软件冲突的程序。因甲方操作不当、硬件故障或第三方软件引起的问题，不属于免费维护范围，乙方可按次收取服务费。

## 第九条 培训

乙方为甲方提供一次集中培训，培训人数不超过十人，培训时间一天。甲方需要追加培训的，按乙方报价另行收费。

## 第十条 知识产权

10.1 “溯工”软件及乙方为履行本合同开发的全部定制功能、程序、源代码、数据模型及文档的知识产权均归乙方所有。

10.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或二次开发。

## 第十一条 数据

11.1 甲方录入系统的工艺参数、订单及客户数据归甲方所有。乙方应采取合理的安全措施保护甲方数据，发生数据泄露的，乙方应及时通知甲方，并对因乙方过错造成的损失承担责任。

11.2 甲方同意，乙方可对甲方数据进行脱敏处理后，用于产品改进、算法训练及行业分析报告，该等使用在合同终止后继续有效。

11.3 合同终止后，乙方保留甲方数据三十日，甲方可在此期间申请导出，导出服务按乙方报价收费；期满后乙方有权删除。

## 第十二条 保密

双方对本合同内容及履约中获悉的对方商业信息负有保密义务，未经对方同意不得向第三方披露。但乙方可将甲方名称及项目概况用于乙方的客户案例宣传。

## 第十三条 责任限制

13.1 乙方不对甲方的间接损失、利润损失、数据损失承担责任。

13.2 乙方在本合同项下的累计赔偿责任，以本合同软件许可费金额为限。

13.3 甲方应自行做好数据备份。因甲方未备份导致的数据丢失，乙方不承担恢复义务及赔偿责任。

## 第十四条 合同解除

任何一方违反本合同约定，经守约方书面通知后三十日内未纠正的，守约方有权解除本合同。合同解除的，甲方应支付乙方已完成工作对应的费用，乙方已交付的软件许可继续有效。

## 第十五条 不可抗力及免责

15.1 因不可抗力、政策调整、网络运营商故障、病毒或黑客攻击等乙方无法控制的原因导致软件无法正常使用或合同无法履行的，乙方不承担责任。

15.2 乙方对软件适用于甲方特定用途不作任何明示或默示的保证。

## 第十六条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十七条 通知

本合同项下的通知可以通过电子邮件、微信或乙方客户服务系统发送，发出即视为送达。甲方联系人或联系方式变更的，应及时书面通知乙方，否则乙方按原联系方式发出的通知视为有效送达。

## 第十八条 其他

本合同自双方签字盖章之日起生效，一式两份，双方各执一份。本合同未尽事宜，以乙方《功能说明书》及乙方官网公布的服务政策为准。

甲方（盖章）：　　　　　　乙方（盖章）：溯工软件科技有限公司
"""

H835E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. NPS-CN-2026-014
P:This Agreement is made between Jiangsu Hengrun Precision Castings Co., Ltd., a company registered in Changzhou, Jiangsu Province, People's Republic of China (the "Customer"), and Nestos Planning Systems S.A., a company registered in Xanthi, Greece, with its office at 42 Vasileos Konstantinou Street, 67100 Xanthi (the "Vendor").
P:The Customer wishes to acquire a perpetual licence of the Vendor's advanced planning and scheduling software together with implementation services for its foundry and machining plant in Changzhou, and the Vendor has agreed to provide them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's FoundryPlan advanced planning and scheduling system, version 8, in object code, with its user documentation.
P:1.2 "Custom Deliverables" means the interfaces, reports, planning rules, configuration scripts and documentation developed by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data supplied by the Customer or generated by the Software from the Customer's operations, including orders, routings, capacity data, production schedules and personal data of Customer staff.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the acceptance criteria have been met.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 60 named planners and unlimited read-only users at the Customer's sites in the People's Republic of China, including for disaster recovery and testing.
P:2.2 The Vendor shall perform the implementation services described in Annex 1: installation on the Customer's servers, configuration of the plant model, interfaces with the Customer's ERP and manufacturing execution system, migration of open orders, user training and go-live support.
P:2.3 The Vendor shall complete the services within 150 days after the Effective Date, following the project plan in Annex 2.
P:2.4 The Customer shall provide the servers, operating systems and database licences specified in Annex 1, give the Vendor's consultants access to the plant and to key users, and make decisions on design questions within five business days. The Vendor shall notify the Customer promptly in writing if a delay by the Customer affects the project plan; otherwise the Vendor may not rely on that delay.
P:2.5 The Vendor shall appoint a project manager who speaks Mandarin or who is supported by an interpreter at the Vendor's cost, and shall not replace key consultants named in Annex 2 without the Customer's consent.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,780,000, inclusive of all taxes payable in the People's Republic of China, composed of: Software licence fee CNY 1,240,000; implementation services CNY 486,000; training CNY 54,000.
P:3.2 The price is fixed. Travel and living expenses of the Vendor's consultants are included.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the total price (CNY 356,000) within 20 business days after signature, against the Vendor's invoice and an advance payment guarantee issued by a bank acceptable to the Customer.
P:4.2 The Customer shall pay 45% of the total price (CNY 801,000) within 20 business days after the Software has been installed and the interfaces have passed integration testing. Installation and integration testing do not constitute acceptance.
P:4.3 The Customer shall pay the remaining 35% of the total price (CNY 623,000) within 20 business days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the Vendor's account stated in its invoice.
H:Article 5 Acceptance
P:5.1 After go-live the Vendor shall support a parallel run of 45 days, during which production schedules are produced by both the Software and the Customer's existing method.
P:5.2 The acceptance criteria are: (a) all functions in Annex 1 are available and tested; (b) a full plant schedule for 2,000 open orders is calculated in less than 10 minutes; (c) interface transactions with the ERP and MES reconcile without differences for 20 consecutive working days; (d) no Severity 1 incident remains open at the end of the parallel run; (e) the documentation and the source code of the Custom Deliverables are delivered.
P:5.3 The Customer shall test against these criteria within 15 business days after the Vendor's notice of readiness and either sign the acceptance certificate or list the defects. The Vendor shall correct listed defects and request a new test. Go-live, productive use or any payment does not mean acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new releases, and provide remote and on-site support free of charge.
P:6.2 Support is provided in Chinese and English. Severity 1 (the planning system is unavailable or schedules cannot be published): response within one hour, workaround within eight hours. Severity 2 (a major function is impaired): response within two hours, fix within three business days. Severity 3: response within one business day.
P:6.3 If the Vendor misses a response or workaround time for a Severity 1 incident, it shall pay the Customer CNY 1,000 for each hour of delay, deducted from the next payment or claimed under the performance guarantee.
P:6.4 After the Warranty Period the Customer may order annual support. The annual support fee is 9% of the Software licence fee, that is CNY 111,600 per year, and will not be increased for the first three support years. Annual support is ordered by purchase order each year and does not renew automatically.
H:Article 7 Customer Data and Data Security
P:7.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, transfer or use it for any other purpose.
P:7.2 The Vendor shall access the Customer's systems only remotely through the Customer's VPN and bastion host, after approval for each session, or on site. No Customer Data may be transferred outside the People's Republic of China. The Vendor shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:7.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 12 hours of discovery, take immediate containment measures, and be liable for all losses caused by its breach of this Article.
H:Article 8 Confidentiality
P:8.1 Each party shall keep confidential all non-public information received from the other party, including prices, production data and technical information, and use it only for this Agreement. This obligation survives for five years after the end of this Agreement.
H:Article 9 Intellectual Property
P:9.1 The Software and all intellectual property in it remain the property of the Vendor and its licensors.
P:9.2 All intellectual property in the Custom Deliverables belongs to the Customer upon creation. The Customer may use, modify, copy and license them freely, including through third parties.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to achieve Final Acceptance by the date in the project plan for reasons attributable to it, the Vendor shall pay delay damages of 0.1% of the total price for each day of delay, up to a maximum of 10% of the total price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to personal injury, wilful misconduct, infringement of third-party rights and breach of Articles 7 and 8.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:12.2 The Customer may also terminate this Agreement if the delay damages under Article 10.1 reach their maximum. On termination by the Customer the Vendor shall refund the payments received for services not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Hellenic Republic.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the competent courts of Xanthi, Greece.
H:Article 14 General
P:14.1 This Agreement is made in English and Chinese; both versions have equal effect. Annexes 1 and 2 form part of this Agreement.
P:14.2 Neither party may assign this Agreement without the other party's prior written consent. Amendments must be in writing and signed by both parties.
P:14.3 Neither party is liable for failure to perform caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If force majeure lasts more than 60 days, either party may terminate this Agreement by written notice.
P:14.4 Notices shall be sent by courier or e-mail to the addresses stated on the signature page and take effect on receipt.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

H835E02 = """# ORDER FORM AND GENERAL TERMS

**Rhodope Quality Cloud S.A.**, Komotini, Greece — Order No. RQC-2026-CN-031

## PART A — ORDER FORM

### A1. Parties

- **Provider:** Rhodope Quality Cloud S.A., 17 Orfeos Street, 69100 Komotini, Greece.
- **Customer:** Fujian Minhai Foods Co., Ltd., Xiamen, Fujian Province, People's Republic of China.

This Order Form and the General Terms in Part B together form the agreement (the "Agreement"). If they conflict, this Order Form prevails.

### A2. Services and Subscription Term

- **Service:** QualiTrack cloud quality-management service: supplier audits, HACCP plans, non-conformance and CAPA workflows, batch release records, document control and mobile inspection app.
- **Named users:** 180.
- **Subscription Term:** 24 months from the Go-Live Date (defined in A4), in two subscription years.
- **Hosting:** Alibaba Cloud, mainland China region (Shanghai), operated for the Provider by its hosting partner.
- **Environments:** one production environment and one training environment, refreshed from production on request up to four times per subscription year.
- **Languages:** user interface and documentation in simplified Chinese and English.

### A3. Fees

| Item | Basis | Year 1 (CNY) | Year 2 (CNY) | Total (CNY) |
|---|---|---|---|---|
| Subscription, 180 named users | CNY 1,450 per user per year | 261,000 | 261,000 | 522,000 |
| Setup and data migration | one-time | 38,000 | — | 38,000 |
| **Total fees** | | **299,000** | **261,000** | **560,000** |

All fees include VAT payable in the People's Republic of China. Additional users may be added during the term at the same per-user price, pro rata.

### A4. Setup and Go-Live

1. The Provider will configure the service, migrate the Customer's existing HACCP plans, supplier list and open non-conformance records, and connect the single sign-on within 40 days after signature of this Order Form.
2. Go-Live acceptance tests: (a) all migrated records reconcile with the Customer's source list; (b) single sign-on works for all 180 users; (c) the end-to-end workflows in the test script (audit, non-conformance, CAPA, batch release) complete without a Severity 1 or Severity 2 defect; (d) the mobile app works offline and synchronises on reconnection.
3. When the tests are passed the Customer signs a Go-Live certificate; the date of signature is the "Go-Live Date". Use of the service before that date does not constitute acceptance.
4. If Go-Live is delayed for reasons attributable to the Provider, the Provider pays CNY 500 for each day of delay after the 40th day.

### A5. Invoicing and Payment

1. The setup fee is invoiced after the Go-Live Date.
2. The subscription fee for each subscription year is invoiced at the start of that subscription year.
3. Invoices are payable within 30 days by bank transfer in CNY.

### A6. Renewal

The Agreement ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties. There is no automatic renewal.

## PART B — GENERAL TERMS

### 1. Service Levels

1.1 The Provider will make the service available at least 99.95% of each calendar month, excluding maintenance windows announced at least five days in advance and scheduled between 00:00 and 05:00 Beijing time.

1.2 Severity 1 incidents (the service or the mobile app is unavailable to all users, or batch release records cannot be saved) are responded to within 30 minutes, at any time; Severity 2 incidents within two hours during business hours; other requests within one business day.

1.3 Service credits: for each 0.1 percentage point of availability below the commitment in a month, the Customer receives a credit of 5% of that month's subscription fee, up to half of it; for each late Severity 1 response hour, CNY 400. Credits are deducted from the next invoice or refunded at the end of the term.

### 2. Customer Data

2.1 All data entered into or generated by the service for the Customer, including audit findings, supplier data, batch records and personal data of users ("Customer Data"), belongs to the Customer.

2.2 The Provider processes Customer Data only to provide the service to the Customer, and for no other purpose, including no aggregation, benchmarking or product training. Customer Data is not used to train any machine-learning model, whether of the Provider or of a third party, and is not combined with data of other customers.

2.3 On expiry or termination, the Provider will export all Customer Data in open formats within 15 days at no charge, and then delete it from the service and its backups within 30 days, and confirm deletion in writing.

2.4 During the Subscription Term the Customer may export its Customer Data at any time through the standard export functions, and the Provider will assist with larger exports on request.

### 3. Data Security

3.1 The Provider maintains an information-security programme certified under ISO/IEC 27001, keeps the service under the multi-level protection scheme at level 3, encrypts Customer Data in transit and at rest, restricts access to named staff with multi-factor authentication, and logs all administrative access.

3.2 Customer Data is stored and processed only in mainland China. The Provider's staff in Greece have no access to production Customer Data except with the Customer's written approval for a specific incident.

3.3 The Provider notifies the Customer of any security incident affecting Customer Data within 24 hours, takes all necessary measures to contain it, and is responsible for losses caused by incidents attributable to it or its subcontractors.

3.4 Once per subscription year the Customer may review the Provider's latest ISO/IEC 27001 audit report and penetration-test summary, and may send a security questionnaire, which the Provider answers within 20 business days. The Provider remedies any high-risk finding within 30 days and reports the result to the Customer.

### 4. Subcontractors

4.1 The Provider may engage subcontractors and subprocessors, including its hosting partner and support partners, to perform any part of the service. The Provider will inform the Customer of a new subcontractor or subprocessor by email at least 10 days before it starts work. The Customer's consent is not required.

4.2 The Provider remains responsible for the performance of its subcontractors.

### 5. Customer Responsibilities

5.1 The Customer is responsible for the accuracy of the data it enters, for managing its users and their access rights, and for keeping log-in credentials secure.

5.2 The Customer will not use the service to store data it has no right to process, attempt to breach the security of the service, or resell the service to third parties.

5.3 The Customer will nominate a system administrator who is the Provider's first contact for support requests and who receives release notes before each update of the service.

### 6. Support and Updates

6.1 Support is available by portal, e-mail and telephone in Mandarin and English from 08:00 to 20:00 Beijing time on business days, and for Severity 1 incidents at all times.

6.2 The Provider updates the service regularly. Updates will not materially reduce the functions described in A2 during the Subscription Term. The Provider announces material changes at least 30 days in advance.

### 7. Confidentiality

Each party will keep the other party's confidential information secret, use it only for the purpose of the Agreement and disclose it only to staff and advisers who need to know it and are bound by equivalent duties. This obligation survives for three years after the Agreement ends.

### 8. Intellectual Property

8.1 The service, its software and its standard templates remain the Provider's property.

8.2 Workflows, forms, report layouts and integration scripts configured or developed specifically for the Customer belong to the Customer, which may use, copy, modify and license them freely.

### 9. Liability

9.1 Neither party is liable for indirect or consequential loss, except for breach of Sections 2, 3 and 7.

9.2 The Provider's total liability arising out of or in connection with the Agreement is limited to the fees paid by the Customer in the nine months preceding the event giving rise to the claim.

### 10. Termination

10.1 Either party may terminate the Agreement by written notice if the other party materially breaches it and fails to cure the breach within 30 days of notice.

10.2 On termination by the Customer under Section 10.1, the Provider refunds any prepaid fees for the remaining period.

### 11. Governing Law and Disputes

The Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time.

### 12. General

Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, if it informs the other party promptly; service credits remain payable for outages caused by the Provider's own systems or suppliers. Notices must be in writing and sent to the addresses in A1. Neither party may assign the Agreement without the other party's written consent. The Agreement is signed in English and Chinese, both versions being equally authentic.

**Signed for the Customer:** ____________________ **Signed for the Provider:** ____________________
"""

H835E03 = """T:Supply Contract for Condition-Monitoring Sensors and Monitoring Software
P:Contract No. SDPM-EQ-2026-088
P:Buyer: Shandong Dongyue Paper Co., Ltd., Rizhao, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Prespa Sensing Technologies S.A., 9 Pavlou Mela Street, 53100 Florina, Greece (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment and software purchases. The Supplier has reviewed them and accepts them as set out below.
H:1. Subject of the Contract
P:1.1 The Supplier shall supply, install and commission a wireless condition-monitoring system for the Buyer's two paper machines and the pulp preparation line at the Rizhao mill, consisting of vibration and temperature sensors, wireless gateways, edge servers and the VibraSense monitoring software, and shall train the Buyer's maintenance staff.
P:1.2 The system shall monitor 320 measuring points on dryer cylinders, press rolls, fans, pumps and refiners, detect bearing and gear faults, and send alarms to the Buyer's maintenance management system.
P:1.3 The technical specification in Annex 1 and the Supplier's technical offer of 14 March 2026 form part of this Contract. If they differ, the Buyer's specification prevails.
P:1.4 The Supplier shall carry out a site survey within 20 days after signature and submit the installation design, the mounting method for each measuring point and the wireless coverage plan for the Buyer's approval.
H:2. Price
P:2.1 The contract price is CNY 1,628,000, including all taxes, packing, transport to the mill, customs clearance, insurance, installation, commissioning and training, itemised as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor, ATEX-rated|320|2,150|688,000
TB:2|Wireless gateway with industrial enclosure|16|18,500|296,000
TB:3|Edge server, redundant pair|2|64,000|128,000
TB:4|VibraSense monitoring software, perpetual site licence|1|356,000|356,000
TB:|Hardware and Licence Subtotal|||1,468,000
TB:5|Installation and commissioning|1 lot|142,000|142,000
TB:6|Training (maintenance and reliability staff)|1 lot|18,000|18,000
TB:|Contract Price|||1,628,000
P:2.2 The contract price is fixed and covers everything needed to achieve Final Acceptance.
H:2A. Packing, Transport and Customs
P:2A.1 The Supplier shall pack the equipment for sea and road transport, mark each case with the contract number and the Buyer's name, and deliver it DDP to the Rizhao mill. The Supplier acts as importer's agent for customs clearance and bears all duties, import VAT and clearance costs.
P:2A.2 Each delivery shall include a packing list, certificates of origin and conformity, factory test reports and the calibration certificate of each sensor. The Buyer checks quantities and visible damage on arrival; this check does not waive any claim for defects.
P:2A.3 Risk in the equipment passes to the Buyer on signature of the installation record. Title passes on payment under Clause 3.2.
H:3. Payment
P:3.1 10% of the contract price (CNY 162,800) within 15 business days after signature, against an advance payment guarantee of the same amount.
P:3.2 55% of the contract price (CNY 895,400) within 15 business days after all equipment has been delivered and installed and the Buyer has signed the installation record. The installation record confirms quantities and installation only and is not acceptance.
P:3.3 35% of the contract price (CNY 569,800) within 15 business days after Final Acceptance.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all equipment to the mill within 70 days after signature and complete installation and commissioning within 110 days after signature.
P:4.2 If the Supplier is late, it shall pay delay damages of 0.08% of the contract price for each day of delay, up to 8% of the contract price. The Buyer may deduct delay damages from any payment.
H:5. Acceptance
P:5.1 After commissioning, the system runs for a trial period of 30 days.
P:5.2 The acceptance criteria are: (a) all 320 measuring points transmit data with a packet loss below 0.5% over the trial period; (b) the battery life calculated from measured consumption is at least three years; (c) alarms reach the maintenance management system within 60 seconds; (d) fault detection is demonstrated on the test rig with seeded bearing defects; (e) documentation, calibration certificates and configuration backups are delivered.
P:5.3 When the criteria are met the Buyer signs the Final Acceptance certificate. Installation, use of the system during the trial period or any payment does not amount to acceptance. If the criteria are not met, the Supplier shall remedy the defects within 20 days and the test is repeated.
H:6. Warranty
P:6.1 The Supplier warrants all equipment and software for 36 months from Final Acceptance. During the warranty the Supplier shall repair or replace faulty equipment free of charge, including sensors with depleted batteries, and supply software updates.
P:6.2 Fault handling during the warranty: Severity 1 (loss of monitoring on a paper machine): remote response within 30 minutes and engineer on site within 48 hours if remote repair fails; Severity 2 (single gateway or group of sensors): response within two hours; Severity 3: next business day.
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response time, the Buyer may deduct CNY 600 from the performance security or any amount due.
P:6.4 After the warranty, the Supplier shall offer annual support for years four and five at 7% of the Hardware and Licence Subtotal per year (CNY 102,760), fixed. Support is ordered by the Buyer each year and does not renew automatically.
H:7. Data Security and Ownership
P:7.1 All measurement data, alarms and reports produced by the system belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:7.2 The system is installed on the Buyer's network. Remote access by the Supplier is permitted only through the Buyer's VPN after approval of each session by the Buyer's IT department and is logged. No data may be transferred outside the People's Republic of China.
P:7.3 The Supplier shall report any security incident involving the system or the Buyer's data within 12 hours, take remedial measures at once and bear liability for losses caused by its fault.
P:7.4 The edge servers shall be hardened according to the Buyer's security baseline before installation: default passwords changed, unused ports and services disabled, and operating system patches applied. The Supplier shall provide security patches for the monitoring software during the warranty and inform the Buyer of known vulnerabilities within five business days after they become known to it.
P:7.5 On termination or at the end of support, the Supplier shall return or destroy any copies of the Buyer's data it holds and confirm this in writing.
H:8. Confidentiality
P:8.1 The Supplier shall keep confidential all information about the Buyer's mill, processes, equipment, production data and this Contract, and shall not disclose it to third parties without the Buyer's prior written consent. This clause remains in force for five years after the Contract ends.
H:9. Intellectual Property
P:9.1 The VibraSense software remains the Supplier's property; the Buyer receives a perpetual licence for the mill.
P:9.2 Configurations, alarm rules, dashboards and interface programs made for the Buyer belong to the Buyer, which may use and modify them freely and have third parties do so.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the contract price, except for personal injury, wilful misconduct and breach of Clauses 7 and 8.
H:10A. Training and Spare Parts
P:10A.1 The Supplier shall train up to 16 maintenance and reliability staff for five days at the mill, covering sensor mounting, gateway configuration, alarm setting and the interpretation of vibration spectra, and shall provide training materials in Chinese.
P:10A.2 The Supplier shall keep spare sensors and gateways available for at least eight years after Final Acceptance and shall sell them to the Buyer at prices not higher than those in Clause 2.1, adjusted only by the official producer price index.
H:10B. Performance Security
P:10B.1 Within 15 days after signature the Supplier shall provide a performance guarantee of 10% of the contract price from a bank acceptable to the Buyer, valid until Final Acceptance. It is then replaced by a warranty guarantee of 5% of the contract price, valid until the end of the warranty.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Cable laying and mounting work may be done by a local installer approved in writing by the Buyer.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the maximum delay damages are reached.
P:12.2 On termination under Clause 12.1 the Supplier shall refund the amounts paid for equipment and services not accepted, and the Buyer may have the work completed by another supplier at the Supplier's reasonable extra cost.
P:12.3 Neither party is liable for delay caused by force majeure notified promptly in writing. If force majeure lasts more than 60 days, either party may terminate this Contract.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H835E04 = """# MANAGED SERVICES AGREEMENT

**Agreement No.** FTH-MSA-2026-007

**Customer:** Hunan Xiangjiang Cold Chain Logistics Co., Ltd., Changsha, Hunan Province, People's Republic of China ("Customer").

**Provider:** Othrys Managed IT Services S.A., 25 Karaiskaki Street, 35100 Lamia, Greece, acting through its service centre team ("Provider").

**Background.** Customer operates 14 cold-storage warehouses and a transport fleet in central China. It wishes to outsource its IT service desk, end-user support, and the monitoring and administration of its servers and network for a fixed term. Provider has offered to provide these services on the terms below.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Customer Data" means all data of Customer, its employees and customers that Provider receives, accesses or generates in performing the Services.

1.5 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under Clause 3.

## 2. Term

2.1 This Agreement starts on the date of signature and continues for 36 months from the Service Commencement Date (the "Term").

2.2 The Agreement expires at the end of the Term. Any extension requires a written amendment signed by both parties.

2.3 The Services are provided from Provider's service centre and by a team of on-site engineers based at Customer's headquarters in Changsha, who visit the warehouses according to a rota agreed with Customer. Emergency visits to warehouses outside Changsha are made within the resolution times in Schedule 2.

## 3. Transition

3.1 Provider shall complete the transition of the Services within 60 days after signature, including knowledge transfer from Customer's current staff, set-up of the ticketing tool, remote monitoring agents on all in-scope servers and network devices, and an updated asset inventory.

3.2 Transition Acceptance criteria: (a) all in-scope devices appear in the monitoring console with alerts tested; (b) the service desk has handled live tickets for 10 consecutive working days in shadow mode meeting the Schedule 2 response times; (c) runbooks for the 25 most frequent requests are approved by Customer; (d) the asset inventory has been reconciled with Customer's records.

3.3 Customer signs the Transition Acceptance certificate when the criteria are met. Provision of services during transition is not acceptance.

3.4 If Transition Acceptance is delayed for reasons attributable to Provider, Provider shall pay CNY 2,000 per day of delay.

## 4. Service Levels and Service Credits

4.1 Provider shall meet the Service Levels in Schedule 2. Performance is measured monthly and reported in a monthly service report delivered within five business days after the end of each month.

4.2 If a Service Level is missed, Provider shall grant the service credits shown in Schedule 2, deducted from the next monthly invoice.

## 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The monthly service charge is invoiced monthly in arrears; the transition fee is invoiced after Transition Acceptance.

5.2 Customer shall pay undisputed invoices within 30 days. No advance payment is due under this Agreement.

5.3 Each invoice shall be accompanied by the monthly service report and show the service credits deducted. If Customer disputes part of an invoice, it pays the undisputed part and the parties resolve the dispute at the next monthly service review.

5.4 The Charges are fixed for the Term and include all tools, licences for the ticketing and monitoring systems used by Provider, and the travel of Provider's engineers within Hunan Province.

## 6. Customer Data

6.1 Customer Data remains the property of Customer at all times. Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

6.2 At the end of the Term Provider shall return all Customer Data and documentation to Customer in the formats reasonably requested by Customer.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's business and technical information received under this Agreement and shall not disclose it to any third party without prior written consent, except to its professional advisers or as required by law.

7.2 Each party shall ensure that its employees and approved subcontractors who receive such information are bound by equivalent written obligations.

7.3 This Clause survives for three years after the end of the Agreement.

## 8. Intellectual Property

8.1 Provider's tools and methods remain Provider's property.

8.2 Runbooks, scripts, knowledge articles, reports and configuration documentation prepared for Customer belong to Customer, which may use, modify and pass them to any successor provider.

8.3 Provider shall keep the knowledge base up to date and deliver a full copy of it to Customer every quarter.

## 9. Personnel and Subcontracting

9.1 Provider shall assign a named service delivery manager and maintain a team with the skills described in Schedule 1. On-site engineers in Changsha shall speak Mandarin. Provider shall give Customer 30 days' notice before replacing the service delivery manager and shall arrange a handover period of at least two weeks.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent and remains responsible for approved subcontractors.

## 10. Governance and Change Control

10.1 The parties shall hold a monthly service review at Customer's headquarters or by video conference to discuss the monthly service report, open problems, planned changes and improvement actions. Minutes are prepared by Provider and agreed by Customer.

10.2 Changes to the scope of the Services, such as new sites or new applications, require a written change order stating the effect on the Charges and the Service Levels. Provider shall not refuse a reasonable change order and shall price it using the rates in Schedule 3.

10.3 Customer shall give Provider timely access to its sites, systems and staff, and shall inform Provider of planned changes to its infrastructure at least ten business days in advance.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the total Charges for the Term, except for personal injury and wilful misconduct.

## 12. Duration and Remedies for Breach

12.1 In view of the investment Provider makes in the transition, this Agreement cannot be terminated early by either party, except by mutual written agreement or where force majeure prevents performance for more than 90 consecutive days.

12.2 If Provider fails to perform the Services or materially breaches this Agreement, Customer's remedies are the service credits in Schedule 2, claiming damages under Clause 11 and requiring Provider to remedy the failure; Customer may not terminate the Agreement on that ground.

12.3 At the end of the Term, Provider shall provide exit assistance for up to 60 days: handing over the ticket history, knowledge articles, runbooks, the asset inventory and administrator credentials, and answering questions from Customer or its new provider. Exit assistance is included in the Charges.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and portal support in Mandarin for about 620 users | 07:00–22:00, 7 days |
| End-user support | Desktop, laptop, handheld scanner and printer support at headquarters and 14 warehouses | Business days, on site or remote |
| Server administration | 38 Windows and Linux servers: patching, backup checks, capacity monitoring | 24 × 7 monitoring |
| Network monitoring | WAN links, firewalls, switches and Wi-Fi controllers at all sites | 24 × 7 monitoring |
| Warehouse systems support | First-line support for the warehouse management and temperature monitoring applications | 24 × 7 |

## Schedule 2 — Service Levels and Credits

| Priority | Definition | Response | Resolution or workaround | Credit if missed |
|---|---|---|---|---|
| P1 | Warehouse operations or temperature monitoring stopped at one or more sites | 15 minutes | 3 hours | 3% of the monthly service charge per incident |
| P2 | Major function impaired, workaround available | 1 hour | 8 hours | 1% of the monthly service charge per incident |
| P3 | Single user or minor issue | 8 business hours | 3 business days | none |
| Service desk | Average time to answer calls above 60 seconds in a month | — | — | 2% of the monthly service charge |

Total credits in a month are limited to 20% of that month's service charge.

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Transition Acceptance | 96,000 |
| Monthly service charge | CNY 58,000 × 36 months | 2,088,000 |
| **Total Charges for the Term** | | **2,184,000** |

Charges include VAT and all travel within Hunan Province. Additional sites are charged at CNY 2,600 per site per month.

**For Customer:** ____________________ **For Provider:** ____________________
"""

H835E05 = """DATA SUBSCRIPTION AGREEMENT
AIS VESSEL-TRACKING DATA AND API SERVICES

Agreement No. EVR-DS-2026-112

PARTIES

Provider: Evripos Maritime Data S.A., 8 Angeli Govion Street, 34100 Chalkida, Greece ("Provider").

Customer: Ningbo Haitong International Freight Forwarding Co., Ltd., Ningbo, Zhejiang Province, People's Republic of China ("Customer").

1. DEFINITIONS

1.1 "Data" means the vessel position, voyage, port call and estimated-time-of-arrival data compiled by Provider from terrestrial and satellite AIS receivers and other sources, delivered through the API.

1.2 "API" means Provider's REST and streaming interfaces described in the API documentation.

1.3 "Subscription Year" means each period of one year starting on the Subscription Start Date or its anniversary. The subscription runs for two Subscription Years.

1.4 "Subscription Start Date" means the date on which Customer signs the Onboarding Acceptance certificate under Clause 4.

1.5 "Customer Materials" means the fleet lists, booking references, shipment identifiers and other data Customer uploads or sends to the API, and the query logs generated by its use.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the two Subscription Years to access the API and to use the Data within its business, including display in its customer portal and shipment-tracking notices to its own customers.

2.2 The subscription covers global coverage, including satellite AIS for open-sea positions, historical data of three years, up to 5,000 tracked vessels at any time and up to 3 million API calls per month. Calls above that volume are charged at the overage rate in Clause 3.3.

2.3 Provider shall deliver an onboarding and integration package: configuration of Customer's fleet lists, a connector between the API and Customer's freight management system, an ETA alert service for Customer's bookings and training for Customer's operations team.

2.4 Provider shall appoint an account manager and a technical contact for the onboarding. Customer shall appoint a project lead, give Provider's engineers access to a test instance of its freight management system, and provide sample booking data within five business days after signature.

2.5 Customer may add further users within its group companies in mainland China without extra charge, provided the total API volume stays within the allowance in Clause 2.2.

3. FEES

3.1 Fees (CNY, including VAT payable in the People's Republic of China):
Subscription fee, Subscription Year 1: CNY 472,000
Subscription fee, Subscription Year 2: CNY 472,000
Onboarding and integration fee (one-time): CNY 62,000
Total fees for the two Subscription Years: CNY 1,006,000

3.2 Invoicing: the onboarding and integration fee and the subscription fee for Subscription Year 1 are invoiced together on the date of signature of this Agreement and are payable within 10 business days, and in any case before Provider starts onboarding work. The subscription fee for Subscription Year 2 is invoiced at the start of Subscription Year 2 and payable within 30 days.

3.3 Overage: API calls above the monthly allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears.

4. ONBOARDING AND ACCEPTANCE

4.1 Provider shall complete the onboarding package within 45 days after receiving the first payment.

4.2 Onboarding Acceptance criteria: (a) the connector has synchronised vessel positions for all vessels on Customer's fleet lists for seven consecutive days without data gaps longer than 15 minutes; (b) ETA alerts are generated for all active bookings in the test set; (c) API latency for position queries is below 800 milliseconds at the 95th percentile during the test week; (d) the API documentation and the connector's source code are handed over.

4.3 Customer shall sign the Onboarding Acceptance certificate within five business days after the criteria are met. Use of the API during onboarding does not constitute acceptance. If the criteria are not met, Provider shall correct the defects and the test week is repeated; the test results are recorded in a short report signed by both project leads.

4.4 If Onboarding Acceptance is delayed for reasons attributable to Provider, Provider shall pay CNY 900 for each day of delay.

5. SERVICE LEVELS

5.1 Provider shall ensure that the API is available 99.95% of each calendar month, excluding scheduled maintenance announced at least 72 hours in advance.

5.2 Data freshness: terrestrial AIS positions are delivered within two minutes of receipt by Provider's network; satellite positions within 20 minutes of receipt.

5.3 Incident response: Priority 1 incidents (API unavailable or Data not updating for all customers) are responded to within 8 business hours of Customer's report; Priority 2 incidents within two business days; Priority 3 within five business days. Support is provided in English by e-mail and through the support portal.

5.4 Provider publishes the monthly availability figure on the support portal within five business days after the end of each month, with a list of incidents and their duration.

5.5 Service credits: if monthly availability falls below the commitment, Customer receives a credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point below, up to half of that amount, deducted from the next invoice or refunded.

6. CUSTOMER MATERIALS AND DATA SECURITY

6.1 Customer Materials belong to Customer. Provider shall process them only to provide the services to Customer and shall not use them for any other purpose, combine them with other customers' data or disclose them to third parties.

6.2 Provider shall protect Customer Materials with encryption in transit and at rest, access restricted to named staff with multi-factor authentication and audit logging, and shall host the Customer-specific service components in a data centre in mainland China.

6.3 Provider shall notify Customer of any security incident affecting Customer Materials within 24 hours, take immediate containment measures and be liable for losses caused by incidents attributable to it.

6A. PERMITTED USE AND DATA QUALITY

6A.1 Customer may not resell the Data as a data feed, use it to build a competing vessel-tracking database, or remove notices of Provider's rights from any export. Displaying positions and ETAs to Customer's own customers in its portal and notices is permitted.

6A.2 The Data is compiled from AIS messages transmitted by vessels and may contain errors made by ship crews or gaps caused by coverage limits. Provider shall apply the data validation described in the API documentation and correct systematic errors reported by Customer within ten business days.

6A.3 Provider may change the API if it keeps the functions used by Customer's connector available for at least 90 days after announcing the change, and shall update the connector at no charge when a change affects it.

7. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information, including the terms of this Agreement, Customer's fleet and booking information and Provider's pricing, and use it only for this Agreement. Each party may disclose such information to its employees, auditors and legal advisers who need to know it and are bound by equivalent duties, or where required by law or a competent authority. This obligation survives for three years after the end of this Agreement.

8. INTELLECTUAL PROPERTY

8.1 The Data, the API and Provider's platform remain the property of Provider and its licensors.

8.2 The connector and ETA alert rules developed specifically for Customer under Clause 2.3 belong to Customer, which may use, modify and license them freely.

9. LIABILITY

9.1 Neither party is liable for indirect or consequential losses.

9.2 Each party's total liability under this Agreement is limited to 150% of the total fees in Clause 3.1, except for breach of Clauses 6 and 7, personal injury and wilful misconduct.

10. SUBCONTRACTING

Provider shall not subcontract any part of its obligations under this Agreement, including the onboarding work and the operation of the Customer-specific service components, without Customer's prior written consent. Provider remains responsible for any subcontractor approved by Customer.

11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement ends at the end of Subscription Year 2. It may be renewed only by a new written agreement; there is no automatic renewal.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice. If Customer terminates for Provider's breach, Provider shall refund the fees paid for the period after termination, including the unused part of the onboarding fee if Onboarding Acceptance has not been achieved.

11.3 On expiry or termination Customer's access to the API ends. Customer may keep Data already displayed in shipment records created during the subscription, but shall stop using the API feed and delete bulk exports within 30 days. Provider shall return or delete Customer Materials within the same period and confirm this in writing.

11A. FORCE MAJEURE AND NOTICES

11A.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, including satellite failures, natural disasters and government action, if it notifies the other party promptly and limits the effect. Payment obligations are not suspended by force majeure.

11A.2 Notices under this Agreement shall be in writing and sent by e-mail with a copy by courier to the addresses above, and take effect on receipt.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Shanghai.

SIGNATURES

For Customer: ____________________
For Provider: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# targets: key -> (file name, format)
TARGETS = {
    "h835z01": ("h835z01_transport_bureau_battery_swap_supervision_platform.pdf", "pdf"),
    "h835z02": ("h835z02_sharpener_factory_line_control_retrofit.docx", "docx"),
    "h835z03": ("h835z03_bmx_training_chain_booking_membership_saas.txt", "txt"),
    "h835z04": ("h835z04_urban_management_manhole_cover_monitoring_om.txt", "txt"),
    "h835z05": ("h835z05_glassblowing_studio_process_tracking_supplier_template.md", "md"),
    "h835e01": ("h835e01_xanthi_aps_perpetual_licence_services.pdf", "pdf"),
    "h835e02": ("h835e02_komotini_qms_saas_order_form.md", "md"),
    "h835e03": ("h835e03_florina_condition_monitoring_sensors_licence.docx", "docx"),
    "h835e04": ("h835e04_lamia_managed_it_services_36_months.md", "md"),
    "h835e05": ("h835e05_chalkida_ais_data_api_subscription.txt", "txt"),
}
SOURCES = {k: globals()[k.upper()] for k in TARGETS}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# label facts; the list order follows TERM_KEYS. extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only),
# acceptance_deemed_on_delivery, contract_value. "tco": (fee base, itemised amounts summing to the contract value).
G, S = "goods_or_licence", "service"
FACTS = {
    "h835z01": dict(language="zh", category="software", cv=2066000, items=[1160000, 742000, 128000, 36000],
                    terms=[99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8, False, True,
                           False, "PRC", G],
                    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                               acceptance_deemed_on_delivery=False), base=1160000, pay=[20, 45, 35]),
    "h835z02": dict(language="zh", category="hardware", cv=1480000,
                    items=[588000, 228000, 216000, 81600, 186000, 168400, 12000],
                    terms=[None, 1, True, "buyer", True, True, True, 0.03, None, 10, True, True, 18, 27, False, True,
                           False, "PRC", G],
                    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                               acceptance_deemed_on_delivery=False), base=1299600, pay=[10, 55, 35]),
    "h835z03": dict(language="zh", category="cloud", cv=664000, items=[294000, 294000, 76000],
                    terms=[99.5, 1, True, "buyer", True, True, True, 0.08, None, None, True, None, None, None, True,
                           True, False, "PRC", S],
                    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False)),
    "h835z04": dict(language="zh", category="services", cv=836000, items=[209000] * 4,
                    terms=[99.95, 0.5, False, "buyer", True, True, False, 0.1, None, None, True, None, None, None,
                           False, True, False, "PRC", S],
                    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False)),
    "h835z05": dict(language="zh", category="software", cv=408000, items=[168000, 214000, 26000],
                    terms=[None, None, False, "supplier", True, False, True, None, 168000 / 408000 * 100, 65, False,
                           False, 3, None, False, True, None, "PRC", G],
                    extra=dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=False,
                               acceptance_deemed_on_delivery=True), base=168000, pay=[65, 35]),
    "h835e01": dict(language="en", category="software", cv=1780000, items=[1240000, 486000, 54000],
                    terms=[None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 9, False, True,
                           False, "Greece", G],
                    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                               acceptance_deemed_on_delivery=False), base=1240000, pay=[20, 45, 35],
                    forum_outside=True),
    "h835e02": dict(language="en", category="cloud", cv=560000, items=[261000, 261000, 38000],
                    terms=[99.95, 0.5, True, "buyer", True, True, True, 500 / 560000 * 100, 9 / 24 * 100, None, True,
                           None, None, None, False, True, True, "PRC", S],
                    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False)),
    "h835e03": dict(language="en", category="hardware", cv=1628000,
                    items=[688000, 296000, 128000, 356000, 142000, 18000],
                    terms=[None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 7, False, True,
                           False, "PRC", G],
                    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                               acceptance_deemed_on_delivery=False), base=1468000, pay=[10, 55, 35]),
    "h835e04": dict(language="en", category="services", cv=2184000, items=[96000] + [58000] * 36,
                    terms=[None, 0.25, True, "buyer", False, True, True, 2000 / 2184000 * 100, 150, None, True, None,
                           None, None, False, False, False, "PRC", S],
                    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False)),
    "h835e05": dict(language="en", category="cloud", cv=1006000, items=[472000, 472000, 62000],
                    terms=[99.95, 8, True, "buyer", True, True, True, 900 / 1006000 * 100, 150,
                           (472000 + 62000) / 1006000 * 100, True, None, None, None, False, True, False, "PRC", S],
                    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False)),
}

# my design list, written before deriving anything
DESIGN = {
    "h835z01": [],
    "h835z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "h835z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "h835z04": ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"],
    "h835z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h835e01": ["CR-GOVERNING-LAW"],
    "h835e02": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "h835e03": [],
    "h835e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "h835e05": ["CR-PREPAYMENT", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
RISK = {"h835z01": "low", "h835z02": "high", "h835z03": "medium", "h835z04": "medium", "h835z05": "high",
        "h835e01": "low", "h835e02": "medium", "h835e03": "low", "h835e04": "high", "h835e05": "medium"}

# policy thresholds (policy.md §3), per label field
THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
              "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
ALL_THRESHOLD_VALUES = {99.9, 4, 0.05, 100, 30, 12, 15, 40}


def tco_share(f):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; base = itemised subtotal."""
    t = dict(zip(TERM_KEYS, f["terms"]))
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = years * t["post_warranty_fee_pct"] / 100 * f["base"]
    return post / (f["cv"] + post) * 100


def derive(f):
    """the rules that fire, read from the label facts with my reading of policy §3"""
    t = dict(zip(TERM_KEYS, f["terms"]))
    x = f["extra"]
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
        share = tco_share(f)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or f.get("forum_outside"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# threshold figures in any text (raw, whitespace-collapsed, whitespace-free)
PCT = r"\s*(%|％|per\s*cent|percent)"
THRESHOLD_RES = [re.compile(p, re.I) for p in [
    r"(?<![\d.])99\.90*(?![0-9])",
    r"(?<![\d.])0*4(\.0+)?\s*(个)?\s*小时", r"(?<!十)四\s*(个)?\s*小时",
    r"(?<![\d.])0*4(\.0+)?[\s-]*(business|working|clock)?[\s-]*(hours?|hrs?|h\b)", r"four[\s-]*(business|working)?[\s-]*hours?",
    r"(?<![\d.])0?\.050*" + PCT, r"万分之五(?![十百千点\d])", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![\d.])100(\.0+)?" + PCT, r"百分之(一)?百", r"one\s*hundred" + PCT,
    r"(?<![\d.])30(\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"thirty" + PCT,
    r"(?<![\d.])15(\.0+)?" + PCT, r"百分之十五(?![点])", r"fifteen" + PCT,
    r"(?<![\d.])40(\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"forty" + PCT,
    r"(?<![\d.])12\s*个\s*月", r"十二\s*个\s*月", r"(?<![\d.])12[\s-]*months?", r"twelve[\s-]*months?",
]]
MUST_HIT = ["99.9%", "可用率99.9", "4小时", "4 小时", "四小时", "4个小时", "within 4 hours", "4 business hours", "4-hour",
            "four hours", "0.05%", "0.05 %", "万分之五", "100%", "百分之百", "100 per cent", "30%", "30 %", "百分之三十",
            "15%", "百分之十五", "40%", "百分之四十", "12个月", "十二个月", "12 months", "12-month", "twelve months"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "14 hours", "0.053%", "0.5%", "130%", "1.5%", "115%",
             "140%", "万分之五十", "万分之八", "2026年12月", "18个月", "18 months", "百分之三十五", "35%", "45%", "12 hours",
             "Clause 12"]


def hits(text):
    return [m.group(0) for rx in THRESHOLD_RES for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def label(key):
    f = FACTS[key]
    name = TARGETS[key][0]
    terms = dict(zip(TERM_KEYS, f["terms"]))
    extra = dict(f["extra"])
    extra["contract_value"] = f["cv"]
    if terms["contract_kind"] != G:
        assert "post_warranty_fee_capped" not in extra
    return {"file": name, "language": f["language"], "category": f["category"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": derive(f)}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    office = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(SOURCES, office, OUT, wrap_words=True)
    for key, (name, kind) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key].strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
    covered = set()
    for key, (name, kind) in TARGETS.items():
        f = FACTS[key]
        assert sum(f["items"]) == f["cv"], key
        if "pay" in f:
            assert sum(f["pay"]) == 100, key
        lab = label(key)
        rules = lab["expected_rules"]
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        assert risk_of(rules) == RISK[key], key
        covered |= set(rules)
        for k, v in lab["expected_terms"].items():
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                assert v not in ALL_THRESHOLD_VALUES, (key, k, v)
                if k in THRESHOLDS:
                    assert abs(v - THRESHOLDS[k]) > 1e-9, (key, k, v)
        share = tco_share(f)
        if share is not None:
            assert abs(share - 40) > 2, (key, share)
        text = read_back(OUT / name)
        n = size(text, f["language"])
        lo, hi = (2750, 3000) if f["language"] == "zh" else (1450, 1650)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            assert not hits(variant), (key, hits(variant))
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"{key}: {n} {'chars' if f['language'] == 'zh' else 'words'}  rules={rules}  risk={RISK[key]}"
              + (f"  tco_share={share:.1f}%" if share is not None else ""))
        assert lo <= n <= hi, (key, n, lo, hi)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
