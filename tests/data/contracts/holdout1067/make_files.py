"""holdout1067: builds the ten held-out draft contracts of this folder from their sources below, writes their .json
labels and asserts the checks of the brief (lengths, no threshold value or figure, expected rules, rule coverage).

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder; imports ../word_pdf.py for .docx and .pdf)
.txt and .md files are written as they stand; .docx and .pdf through word_pdf.write (PDF paragraphs pre-wrapped at word
boundaries, as in holdout15 onwards).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent


# ---------------------------------------------------------------------------------------------------------------------
# z01  市发改委 招投标监管平台 (licence + custom development), 政府采购, buyer's paper, .pdf, 第X条 with 1.1
# ---------------------------------------------------------------------------------------------------------------------
Z01 = """
T:江州市招标投标智慧监管平台建设项目政府采购合同
P:合同编号：JZFG-ZC-2026-117　　采购方式：公开招标　　项目编号：JZCG2026-0452
P:甲方（采购人）：江州市发展和改革委员会
P:乙方（供应商）：江州智标信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就江州市招标投标智慧监管平台（以下简称“监管平台”）的软件许可及定制开发事宜，经协商一致，签订本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供监管平台软件（V5.0）的永久使用许可，许可范围为甲方及其所属市公共资源交易监管机构，不限用户数和部署节点数。
P:1.2 乙方按甲方需求完成以下定制开发：电子招标投标交易平台数据对接、评标专家抽取与行为记录模块、围标串标智能预警模型、投诉举报在线处理模块、与省级监管平台及信用信息共享平台的数据接口。
P:1.3 乙方负责系统部署、数据初始化、联调测试、试运行保障及甲方管理人员、业务人员的操作培训。
P:1.4 项目实施地点为甲方指定的政务云机房及甲方办公场所，系统部署于政务外网。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零叁万陆仟元整（¥2,036,000.00），其中：平台软件许可费¥1,180,000.00；定制开发费¥760,000.00；部署实施及培训费¥96,000.00。
P:2.2 合同总价为固定价格，已包含软件许可、开发、部署、培训、税费及质保期内的全部服务费用，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 本合同签订并生效后，乙方提交等额银行保函之日起15个工作日内，甲方支付合同总价的20%作为预付款，即¥407,200.00。
P:3.2 系统通过初步验收并上线试运行后15个工作日内，甲方支付合同总价的45%，即¥916,200.00。
P:3.3 系统通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥712,600.00。
P:3.4 乙方每次收款前应开具合法有效的等额增值税发票。甲方付款受财政资金拨付进度影响的，不视为甲方违约，但甲方应及时书面告知乙方。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后90日内完成定制开发及部署，并提交初验申请；初验通过后进入为期60日的试运行期。
P:4.2 乙方应按周向甲方报送项目进度，每月参加一次项目协调会。因甲方原因导致工期延误的，工期相应顺延。
P:4.3 乙方应指派具有同类政务项目经验的项目经理及不少于六名的开发实施人员驻场，项目经理更换须事先征得甲方书面同意。甲方应提供必要的办公场地、网络环境和业务资料，并指定专人负责需求确认。
H:第五条 验收
P:5.1 初步验收标准：招标文件所列全部功能点逐项测试通过；与电子交易平台、省级监管平台的数据接口连续10个工作日交换无差错；在500个并发用户下常用查询响应时间不超过2秒、统计分析类操作不超过5秒；第三方机构出具的安全测评报告无中高风险问题。
P:5.2 最终验收标准：试运行期间未发生一级故障，二级故障均在约定时限内修复；预警模型在试运行期内对历史案例的复核命中情况经甲方业务处室书面确认；乙方已提交源代码、数据库设计说明、部署手册、运维手册及培训记录。
P:5.3 验收由甲方组织，可邀请专家参加，并出具书面验收报告。系统上线、试运行或甲方付款均不视为验收合格。验收不合格的，乙方应在15日内整改后重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配及技术支持。
P:6.2 服务水平：质保期内监管平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。一级故障（系统整体不可用或核心监管功能中断）乙方须在30分钟内响应、2小时内到场、8小时内恢复；二级故障须在2小时内响应、24小时内修复；一般问题须在3个工作日内解决。乙方应设立7×24小时服务热线，并每季度提交一次巡检报告。
P:6.3 乙方未达到6.2约定的，每超出响应或恢复时限1小时，扣减服务费¥1,000；月度可用率每低于约定值0.01个百分点，扣减¥2,000。上述扣款从质保金或下期应付款中扣除。
P:6.4 质保期满后，如甲方需要，乙方应继续提供运维服务，年度运维费不超过平台软件许可费的9%（即每年不超过¥106,200），该费率自质保期满起三年内不上调。运维服务另行签订合同，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的程序、接口、模型规则、数据库脚本及全部文档，其知识产权归甲方所有，乙方应在最终验收时交付全部源代码。
P:7.2 平台软件的原有知识产权仍归乙方，甲方在许可范围内永久使用，并有权为自身监管需要进行二次开发。乙方保证其交付成果不侵犯第三方合法权益，因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 监管平台中的交易数据、专家信息、投诉材料及日志等全部数据属于甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的，不得向第三方提供。
P:8.2 乙方应按照网络安全等级保护第三级要求落实安全措施，运维操作须经甲方堡垒机进行并全程留痕；未经甲方书面批准，不得将任何数据复制或带离甲方机房。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内向甲方报告并配合处置；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第九条 保密
P:乙方对在履行本合同过程中知悉的甲方工作秘密、评标信息、投诉举报人信息及其他非公开信息负有保密义务，未经甲方书面同意不得披露。本条义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方未按第四条约定期限完成交付或提交验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方交付成果质量不符合约定的，应无偿整改；整改后仍不合格的，甲方有权解除合同并要求乙方退还已付款项、赔偿损失。
H:第十一条 分包与转让
P:本项目不允许分包。乙方不得将本合同的全部或部分义务转让给第三方。
H:第十二条 合同解除
P:乙方严重违约且经甲方书面通知后15日内未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十三条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方并在15日内提供证明，双方协商延期履行或解除合同。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:本合同附件包括：附件1 定制开发需求清单；附件2 项目实施计划；附件3 售后服务承诺书。附件与本合同具有同等效力，内容不一致的，以本合同正文为准。
P:本合同一式六份，甲方四份，乙方二份，经双方法定代表人或授权代表签字并加盖公章后生效。
P:甲方（盖章）：江州市发展和改革委员会　　乙方（盖章）：江州智标信息技术有限公司
P:签订日期：2026年10月____日
"""


# ---------------------------------------------------------------------------------------------------------------------
# z02  电动筋膜枪厂 production-line control retrofit (equipment + software) + post-warranty 维保, .docx, 一、/（一）
# ---------------------------------------------------------------------------------------------------------------------
Z02 = """
T:生产线控制系统改造项目合同
P:合同编号：RD-SB-2026-0386
P:甲方（买方）：永康市锐动健康科技有限公司
P:乙方（卖方）：浙江恒控自动化工程有限公司
P:甲方主要从事电动筋膜枪及按摩器具的生产。为提升装配、测试及包装产线的自动化水平，甲方委托乙方对其厂区内八条生产线的控制系统实施改造。双方在平等自愿的基础上，经友好协商，就设备供货、软件许可、安装调试及售后维保事宜达成如下协议。
H:一、项目范围
P:（一）乙方负责提供八条产线所需的PLC控制柜、伺服驱动及电机、工业触摸屏、视觉检测工位、扭矩及振动传感器和数据采集网关，并提供SCADA组态软件许可。
P:（二）乙方负责编写产线控制程序和人机界面，开发产线数据与甲方现有MES系统之间的对接程序，完成拆旧、安装、布线、调试及操作培训。
P:（三）改造应分线实施，每条产线停线时间不得超过五个日历日，具体排程由双方在开工前书面确认。
P:（四）乙方应指派一名具有自动化产线改造经验的项目经理常驻现场，每周向甲方设备部提交进度报告及下周停线计划。
H:二、设备及软件清单与合同价格
P:（一）合同总价为人民币壹佰捌拾肆万元整（¥1,840,000.00），含税，明细如下表：
TB:序号|名称|规格及说明|数量|单价（元）|金额（元）
TB:1|PLC控制柜|含主控制器、I/O模块、安全继电器|8套|68,000|544,000
TB:2|伺服驱动及电机|用于装配拧紧及上下料工位|24套|14,500|348,000
TB:3|工业触摸屏HMI|10英寸，工位操作终端|16台|6,500|104,000
TB:4|视觉检测工位|外观、标识及装配到位检测|4套|52,000|208,000
TB:5|扭矩及振动传感器|在线扭矩与整机振动噪声测试|120只|1,300|156,000
TB:6|数据采集网关|产线数据采集与边缘缓存|8台|9,000|72,000
TB:7|SCADA组态软件许可|永久许可，不限画面点数|1套|108,000|108,000
TB:|设备及软件小计|||||1,540,000
TB:8|控制程序及MES对接开发|控制程序、HMI画面、MES接口|1项|112,000|112,000
TB:9|安装调试|拆旧、安装、布线、联调|1项|168,000|168,000
TB:10|培训|操作及维护培训|1项|20,000|20,000
TB:|合同总价|||||1,840,000
P:（二）上述价格包括设备、软件、运输、保险、安装、调试、培训、税费及质保期内的全部服务费用。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即¥184,000.00。
P:（二）全部设备到货并完成安装调试后，甲方支付合同总价的55%，即¥1,012,000.00。安装调试完成不视为验收合格。
P:（三）全部产线通过终验后15个工作日内，甲方支付合同总价的35%，即¥644,000.00。
P:（四）乙方每次收款前应提供等额增值税专用发票。
H:四、交货与工期
P:（一）乙方应于合同生效后45日内将全部设备运至甲方厂区，并于到货后60日内完成八条产线的改造和调试。
P:（二）设备到货时双方共同开箱清点，核对型号、数量及随机资料，签署到货清点单。到货清点仅确认数量，不代表质量验收。
P:（三）甲方应按排程提供停线窗口、施工电源、压缩空气及存放场地，并指定设备部负责人协调现场工作。因甲方未按期提供停线窗口造成工期延误的，工期相应顺延。
H:五、验收
P:（一）终验标准：各产线装配节拍达到技术协议约定值；扭矩及振动测试数据完整上传MES，与抽检结果一致；视觉检测漏检率、误判率符合技术协议；产线连续七十二小时带料运行无停线故障；操作人员经培训考核合格。
P:（二）乙方应提供不少于两期的培训，对象为甲方产线操作工、设备维修工及工艺工程师，培训内容包括设备操作、日常点检、常见故障处理及程序备份与恢复。
P:（三）终验由甲方组织，双方签署终验报告。任一产线未达标的，乙方应在10日内整改并重新验收。甲方使用设备进行生产不视为验收合格。
H:六、质量保证与售后服务
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内因设备或软件质量问题发生的故障，乙方免费维修或更换。
P:（二）故障分级及响应：一级故障（整线停线）乙方应在1小时内响应，6小时内到场，24小时内恢复生产；二级故障（单工位故障）应在8小时内响应，48小时内修复。
P:（三）乙方未按上述时限响应或恢复的，每超时1小时，向甲方支付¥800违约金，可从应付款中直接扣除。
P:（四）乙方应在甲方厂区存放常用备品备件，包括控制模块、伺服驱动器和传感器各若干，备件清单作为技术协议附表。
P:（五）质保期满后，乙方应继续为甲方提供维保服务，内容包括定期巡检、故障维修、备件更换及软件升级。年度维保费按设备及软件小计的28%计取，即每年¥431,200.00，质保期满后三年内固定不变，按年度签订维保协议。
H:七、知识产权
P:（一）乙方为本项目编写的产线控制程序、人机界面、MES对接程序及相关文档的知识产权归甲方所有，乙方应在终验时交付全部源程序及注释。
P:（二）SCADA组态软件及设备内嵌软件的知识产权归原权利人，甲方享有永久使用权。
H:八、数据安全
P:（一）产线运行数据、工艺参数、产品测试数据及配方等全部数据属于甲方，乙方不得用于本合同以外的任何目的，不得复制或向第三方提供。
P:（二）乙方远程访问产线系统须经甲方逐次审批，通过甲方指定的安全通道进行并保留操作记录；乙方应采取病毒防护和访问控制措施，不得在控制系统中留有后门。
P:（三）因乙方原因造成数据泄露、丢失或控制系统被攻击的，乙方应在2小时内通知甲方，配合处置并承担由此造成的全部损失。
H:九、保密
P:乙方对在项目中知悉的甲方产品设计、工艺、产能、客户及价格信息负有保密义务，保密期限自合同签订之日起至合同终止后五年。乙方应促使其员工及分包单位人员遵守本条约定，未经甲方同意不得在厂区内拍照或录像。
H:十、分包
P:乙方可将设备安装、电气布线及机柜改造工作分包给具备相应资质的单位，但应在进场前以书面形式通知甲方，并对分包单位的工作质量和安全承担全部责任。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:（二）因乙方原因造成甲方停产损失的，乙方应予赔偿。
H:十二、合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同发生争议，双方协商不成的，提交金华仲裁委员会仲裁。
H:十四、安全生产
P:乙方进场人员应遵守甲方厂区安全管理制度，特种作业人员须持证上岗。施工期间因乙方原因发生的安全事故，由乙方承担责任。乙方应做好施工区域隔离和带电作业防护，拆除的旧设备按甲方指定地点堆放。
H:十五、不可抗力
P:因不可抗力导致不能按期履行的，受影响一方应及时通知对方，并在事件消除后尽快恢复履行；不可抗力持续六十日以上的，双方可协商解除合同。
H:十六、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议为本合同附件。
P:甲方（盖章）：永康市锐动健康科技有限公司　　乙方（盖章）：浙江恒控自动化工程有限公司
"""


# ---------------------------------------------------------------------------------------------------------------------
# z03  30-store 中阮培训 chain: booking and membership SaaS + 实施, two 服务年度, .txt, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------------
Z03 = """
预约及会员管理系统软件服务（SaaS）合同

合同编号：XY-IT-2026-029

甲方：杭州弦韵中阮艺术培训有限公司
乙方：上海课栈网络科技有限公司

甲方在浙江、江苏两省经营中阮培训门店共30家。为统一管理课程预约、排课、会员储值及课时消耗，甲方拟采用乙方提供的“课栈”预约及会员管理系统（以下简称“系统”）的软件服务。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方30家门店提供系统的使用权限，包括课程预约、教室及教师排课、会员档案、储值及课时包、课消核销、乐器租借登记、经营报表及微信小程序端。
2. 每家门店开通店长账号1个、前台及教师账号不超过20个，总部管理账号不超过10个。
（二）实施服务
1. 乙方负责系统初始化配置，包括门店、教室、课程体系（启蒙、考级、乐团）及收费标准的设置。
2. 乙方负责将甲方现有会员档案、储值余额及剩余课时从原有表格和旧系统迁移至本系统。
3. 乙方为甲方定制开发考级报名模块及与甲方财务系统的收款对账接口。
4. 乙方为甲方总部及各门店人员提供线上和现场培训，并提供操作手册及常见问题视频，每家门店至少培训店长和前台各一名。
（三）运营支持
1. 服务期内乙方提供每日9:00至21:00的在线客服，并指定专属客户成功经理，每季度回访一次，协助甲方分析门店排课、满班率及续费情况。
2. 系统版本升级由乙方免费提供，升级如影响门店操作习惯的，乙方应提前一周通知并提供操作说明。

二、服务期限
（一）本合同服务期为两个服务年度。第一个服务年度自系统通过上线验收之日起算，每个服务年度为一年。
（二）服务期满前30日内，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据市场情况调整服务费，上调幅度不超过上一服务年度费用的8%，乙方应在续期前15日以电子邮件通知甲方。

三、费用及支付
（一）订阅服务费：每家门店每个服务年度人民币6,800元，30家门店每个服务年度合计204,000元，两个服务年度合计408,000元。
（二）实施服务费：人民币46,000元（含配置、数据迁移、定制开发及培训），一次性支付。
（三）本合同总价为人民币454,000元（含税）。
（四）支付方式：
1. 实施服务费在系统通过上线验收后10个工作日内支付。
2. 每个服务年度的订阅服务费在该服务年度开始后10个工作日内支付。
3. 乙方应在收款前开具增值税专用发票。
（五）服务期内甲方新增门店的，按每店每年6,800元按月折算计费；甲方关闭门店的，可停用该店账号，已付费用不予退还。

四、实施与上线验收
（一）乙方应在合同签订后45日内完成实施并提交上线验收申请。
（二）上线验收标准：
1. 30家门店的课程、教室、教师及收费标准配置完毕，并经各门店店长确认；
2. 迁移后会员人数、储值余额及剩余课时与甲方提供的截止日清单逐条核对一致；
3. 小程序预约、签到、课消核销、储值充值及退费流程在三家试点门店连续运行10日无严重问题；
4. 考级报名模块及财务对账接口测试通过，对账差异为零。
（三）甲方应在收到申请后7个工作日内组织验收并出具书面意见。未通过的，乙方应在10日内整改后重新提交。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应安排在每日22:00至次日7:00之间并提前24小时通知。
（二）故障分级：一级故障指系统整体无法登录或预约、收款功能全部中断；二级故障指部分功能异常。一级故障乙方应在1小时内响应、6小时内恢复；二级故障应在3小时内响应、2个工作日内修复。
（三）服务补偿：月度可用率低于约定值但不低于99.0%的，乙方按当月订阅服务费的5%给予抵扣；低于99.0%的，按10%抵扣。一级故障超过恢复时限的，每超过1小时另抵扣当月订阅服务费的1%。抵扣在下一期费用中扣除。
（四）乙方应于每月前5个工作日内向甲方提供上月服务报告，列明可用率、故障次数、处理时长及抵扣金额，甲方有异议的可在收到后10日内提出。

六、数据权属与使用
（一）甲方在系统中录入或产生的会员信息、课程及课消记录、储值数据、经营数据归甲方所有。
（二）甲方同意，乙方可在去除个人身份信息后，将甲方数据汇总用于乙方产品改进、行业经营分析报告及对其他客户的基准对比服务，该项使用在本合同终止后仍可继续。
（三）合同终止后，乙方应在30日内向甲方提供全部数据的完整导出文件，并在甲方确认后删除其保存的甲方数据。
（四）服务期内甲方可随时在系统后台自助导出会员、储值及课消数据，乙方不得以任何理由限制导出或另行收费。

七、数据安全
（一）乙方应按照网络安全等级保护第二级要求运营平台，对会员个人信息加密存储和传输，实行最小权限访问并保存操作日志不少于六个月。
（二）乙方应遵守《个人信息保护法》，会员信息仅存储于中国境内，未成年学员的信息应按监护人同意的范围处理。
（三）发生数据泄露、篡改或丢失的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此向会员承担的赔偿。

八、保密
双方对在履行本合同中知悉的对方商业信息、价格及会员信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内有效。

九、知识产权
（一）系统平台的知识产权归乙方所有。
（二）乙方为甲方定制开发的考级报名模块、财务对账接口及相关配置文档的知识产权归甲方所有，甲方可自行修改或委托第三方维护。

十、违约责任
（一）乙方未按第四条约定期限完成实施的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期付款的，应按未付金额的日万分之三支付滞纳金。

十一、转包与分包
乙方不得转包本合同。乙方将部分实施工作委托第三方的，须事先取得甲方书面同意。

十二、合同解除
乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还未到期的订阅服务费。

十三、争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。

十四、甲方义务
（一）甲方应按时支付费用，指定总部运营负责人对接实施，并在约定时间内提供迁移数据和确认配置。
（二）甲方应妥善保管各账号及密码，门店人员离职时及时停用其账号。因甲方账号管理不善导致的损失由甲方自行承担。

十五、不可抗力
因不可抗力或电信运营商、云服务基础设施大范围故障导致服务中断的，受影响一方应及时通知对方并尽力减少损失，相应期间不计入可用率统计，但乙方应提供书面说明。

十六、其他
（一）双方往来通知以本合同载明的地址及电子邮箱送达。
（二）本合同附件为《系统功能清单》《实施计划》和《门店清单》，与本合同具有同等效力。
（三）本合同自双方盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：杭州弦韵中阮艺术培训有限公司
乙方（盖章）：上海课栈网络科技有限公司
签订日期：2026年11月　日
"""


# ---------------------------------------------------------------------------------------------------------------------
# z04  自然资源局 地质灾害监测系统 annual O&M service (竞争性磋商), .txt, 第X条 with （一）
# ---------------------------------------------------------------------------------------------------------------------
Z04 = """
澧源县地质灾害专业监测预警系统2027年度运行维护服务合同

采购项目编号：LYZC-2026-CS-083（竞争性磋商）
甲方（采购人）：澧源县自然资源局
乙方（成交供应商）：湖南地信监测技术有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，双方就澧源县地质灾害专业监测预警系统年度运行维护服务订立本合同。

第一条 服务范围
（一）本合同运维对象为甲方已建成的地质灾害专业监测预警系统，包括全县58处隐患点布设的312台监测设备（GNSS位移监测站、雨量计、裂缝计、倾角计、泥水位计、声光预警广播）、县级监测预警平台、数据传输链路及配套供电设施。
（二）服务内容包括：设备定期巡检与维护、故障处置与设备更换、平台软件及数据库运维、物联网通信及北斗短报文服务、监测数据质量核查、汛期值守与应急保障、运维记录及报告编制。
（三）服务期限自2027年2月1日起至2028年1月31日止。

第二条 服务费用
（一）本合同总价为人民币壹佰贰拾陆万捌仟元整（¥1,268,000.00），为固定总价，包括人工、交通、备品备件、检定、通信资费、税费等全部费用。
（二）费用构成：监测设备巡检维护费486,000元；平台及软件运维费352,000元；通信及数据服务费274,000元；应急保障及汛期值守费156,000元。
（三）服务期内因设备自然老化需要更换的，备品备件费用已包含在合同总价内，乙方不得另行收取。
（四）因新增隐患点需增加设备运维的，双方按响应文件中的单价另行签订补充协议。

第三条 付款方式
（一）服务费按季度支付，每季度支付合同总价的25%，即317,000元。
（二）每季度结束后，乙方提交季度运维报告及发票，经甲方季度考核合格后15个工作日内支付该季度费用。
（三）乙方开具的发票应为增值税普通发票或专用发票，发票金额与季度应付金额一致。
（四）季度考核内容为：巡检计划完成情况、故障处置记录、数据质量核查报告及值守记录是否齐全、真实。

第四条 服务要求
（一）巡检：每个监测点每季度现场巡检不少于一次，汛前（4月底前）完成全部设备的全面检查、清淤、电池检测及防雷检查，巡检应拍照留档并上传平台。
（二）数据质量：乙方每日核查各站点数据回传情况，发现数据中断、跳变或明显异常的，应在当日查明原因并处理，处理结果记入运维日志，每月5日前向甲方报送上月数据质量核查报告。
（三）平台运维：乙方负责平台服务器、数据库及中间件的日常巡检、补丁更新、数据备份和性能优化，每周至少完成一次全量备份，并每半年开展一次恢复演练。
（四）设备更换：对损坏无法修复的设备，乙方应使用同型号或经甲方认可的不低于原性能的设备更换，更换设备须附出厂合格证及检定证书，拆下的旧设备登记后交回甲方。
（五）汛期值守：每年5月1日至9月30日为主汛期，乙方应安排不少于两名技术人员在甲方监测预警中心驻场值守，其余时间实行电话值守。
（六）人员：乙方应组建不少于八人的运维团队，项目负责人应具有地质工程或测绘相关专业中级以上职称，现场人员应经安全培训。人员名单报甲方备案，项目负责人变更须经甲方同意。
（七）野外作业安全：乙方应为现场人员配备安全防护装备并购买意外伤害保险，雨天及地质灾害预警期间进入隐患点应有专人监护。乙方人员在作业中发生的人身伤亡由乙方自行负责。

第五条 故障响应
（一）一级故障指监测预警平台整体中断、预警信息无法发布，或同一隐患点全部设备失联；二级故障指单台设备失联或数据异常；三级故障指不影响监测预警的一般问题。
（二）一级故障乙方应在30分钟内响应，主汛期内2小时内到达现场、其他时间6小时内到达现场，24小时内恢复；二级故障应在2小时内响应、48小时内恢复；三级故障应在5个工作日内处理完毕。
（三）乙方未在上述时限内响应或恢复的，甲方可对乙方进行约谈并书面要求其限期整改，乙方应提交书面整改说明，相关情况记入季度考核记录。
（四）接到县应急管理部门或甲方发布的应急响应指令后，乙方应在2小时内组织应急小组赶赴现场，协助开展临时监测点布设和数据加密观测。

第六条 年度验收
（一）服务期满后15日内，乙方提交年度运维总结报告，甲方组织年度验收。
（二）验收标准：全年巡检计划全部完成且记录完整；全部设备完成年度检定或校准；故障处置记录与平台日志一致；数据备份及恢复演练记录齐全；运维期间移交的备件及资产清单账实相符。
（三）年度验收不合格的，乙方应在15日内整改，整改后重新验收。验收结论作为甲方对供应商履约评价的依据，并按规定在政府采购平台公开。

第七条 数据安全
（一）监测数据、预警信息、隐患点信息及平台中的全部数据属于甲方所有，乙方仅为履行本合同目的使用，不得对外提供、发布或用于其他项目。
（二）乙方应落实网络安全等级保护要求，运维账号实行专人专用，远程运维须经甲方审批并通过专用通道进行，操作日志保存不少于六个月。
（三）发生数据泄露、篡改、丢失或平台遭受网络攻击的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任及赔偿责任。
（四）合同终止或期满时，乙方应向甲方移交全部运维账号、密码、配置文件及备份介质，并删除其留存的甲方数据，出具书面删除说明。

第八条 保密
乙方及其人员对在服务中知悉的隐患点位置、监测成果、预警信息及其他未公开信息负有保密义务，未经甲方书面许可不得披露。本条义务不因合同终止而解除。

第九条 成果归属
乙方在本合同履行中形成的巡检记录、运维报告、数据质量分析报告、平台运维脚本及配置文档，其所有权及知识产权均归甲方所有。

第十条 违约责任
（一）乙方未按第四条约定完成汛前全面检查、设备更换或年度检定的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（二）乙方提供虚假巡检记录的，甲方有权要求乙方重新巡检，并扣减相应季度的巡检维护费用。
（三）甲方无正当理由逾期付款的，应按逾期金额的日万分之三向乙方支付违约金。

第十一条 分包
本项目不得分包，乙方不得将服务全部或部分转交第三方实施。

第十二条 合同解除
乙方严重违反本合同约定，经甲方书面通知后10日内仍未改正的，甲方有权解除合同，并按实际完成的服务结算费用；甲方因此另行委托第三方运维所增加的合理费用由乙方承担。

第十三条 合同期满
服务期满本合同自行终止。甲方需继续采购运维服务的，应依法重新组织采购，本合同不自动续期。

第十四条 争议解决
因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 甲方义务
甲方应向乙方提供系统建设资料、设备台账及平台管理权限，协调乡镇及村组配合乙方进场，并按约定支付服务费。

第十六条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同组成部分。

甲方（盖章）：澧源县自然资源局　　　　乙方（盖章）：湖南地信监测技术有限公司
签订日期：2026年11月　日
"""


# ---------------------------------------------------------------------------------------------------------------------
# z05  篆刻工作室: process tracking software licence + custom development, supplier's own template, .md, "## 第X条"
# ---------------------------------------------------------------------------------------------------------------------
Z05 = """
# 匠迹工坊管理系统软件许可及定制开发合同

> 匠迹标准合同文本 JJ-HT-2025 第3.0版（乙方提供）

合同编号：JJ-2026-1108

甲方（用户）：苏州停云篆刻艺术工作室

乙方（开发方）：杭州匠迹软件有限公司

鉴于甲方需要对印章定制订单从接单、选石、设计印稿、审稿、刻制、钤样到交付的全过程进行跟踪管理，乙方同意向甲方许可使用其“匠迹工坊管理系统”，并根据甲方需求进行定制开发。双方依据《中华人民共和国民法典》，签订本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供匠迹工坊管理系统标准版软件的永久使用许可，许可用户数为十个，部署于甲方工作室的本地服务器，并配套手机端应用。

1.2 乙方根据甲方提出的需求进行以下定制开发：印章订单全流程追踪模块、印稿在线确认小程序（客户可在线查看并确认印稿）、印石及印泥库存管理模块、刻制工时统计报表。

1.3 乙方负责软件安装、基础数据导入及对甲方人员的使用培训。

## 第二条 合同金额

2.1 本合同总金额为人民币贰拾陆万捌仟元整（¥268,000.00），明细如下：

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 软件许可费 | 匠迹工坊管理系统标准版，永久许可，十用户 | 126,000 |
| 2 | 定制开发费 | 订单追踪、印稿确认小程序、库存管理、工时报表 | 118,000 |
| 3 | 实施培训费 | 安装部署、数据导入、两次现场培训 | 24,000 |
| | 合计 | | 268,000 |

2.2 上述金额不含甲方自行采购的服务器、电脑、打印机等硬件设备费用。

2.3 合同签订后甲方提出超出第1.2条范围的需求变更的，乙方按每人每日1,800元另行报价，经甲方确认后实施。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总金额的65%，即人民币174,200元，乙方收到款项后启动开发工作。

3.2 系统上线运行后5个工作日内，甲方支付合同总金额的35%，即人民币93,800元。

3.3 甲方逾期付款的，每逾期一日，应按逾期金额的千分之一向乙方支付违约金；逾期超过30日的，乙方有权暂停服务并停止提供软件授权码。

## 第四条 开发与交付

4.1 乙方计划于收到首期款后60个工作日内完成定制开发并安装上线。如因需求变化、甲方配合不及时或其他非乙方原因影响进度的，交付时间相应顺延，具体时间由双方协商确定。

4.2 甲方应指定一名联系人，及时提供订单样例、印稿流程说明及历史订单数据，并在乙方要求的时间内确认需求文档。甲方逾期确认的，视为同意乙方的需求理解。

4.3 乙方以远程或上门方式完成安装部署。安装完成后，乙方通知甲方开始使用系统。

4.4 定制开发的功能以双方确认的需求文档为准，需求文档未列明的功能、界面样式或报表格式不属于本合同交付范围。乙方可根据开发需要对界面和流程作合理调整。

## 第五条 验收

5.1 系统安装完成并上线运行，即视为甲方验收合格。

5.2 甲方在系统上线后发现的问题，应在上线后七日内以书面形式向乙方提出，乙方将在后续版本中酌情修正；逾期未提出的，视为甲方对系统无异议。

5.3 甲方开始使用系统即表示甲方认可系统功能满足合同约定。

## 第六条 售后服务

6.1 乙方为甲方提供自系统上线之日起六个月的免费维护期，免费维护期内乙方负责修复软件缺陷。

6.2 乙方通过电话、微信及远程协助方式向甲方提供技术支持，工作时间为周一至周五9:00—18:00，乙方将尽合理努力解决甲方提出的问题。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方届时公布的年度服务价格标准执行。甲方未签订维护协议的，乙方不再提供缺陷修复和版本升级。

6.4 因甲方自行修改系统、操作不当、硬件故障、病毒或第三方软件冲突造成的问题，不属于免费维护范围，乙方可按实际工作量收费。

6.5 乙方发布新版本时，维护期内的甲方可免费升级，但升级可能导致定制功能需要重新适配，适配费用另行协商。

## 第七条 知识产权

7.1 匠迹工坊管理系统及其全部版本的著作权及其他知识产权归乙方所有。

7.2 乙方为甲方定制开发的模块、小程序、报表及相关源代码和文档，其知识产权归乙方所有。甲方在本合同约定的用户数范围内享有非独占、不可转让的使用权，不得自行或委托他人修改、反编译，不得向任何第三方转让或提供。

7.3 乙方有权将定制开发成果整合进其标准产品，向其他客户提供。

## 第八条 信息安全

8.1 甲方在系统中录入的客户信息、订单、印稿图片、库存及工时数据归甲方所有，乙方仅为安装、维护系统的目的访问上述数据，不得用于其他用途。

8.2 乙方进行远程维护前应事先取得甲方同意，维护过程中不得下载、复制或留存甲方数据，维护结束后应及时关闭远程连接。乙方应对其维护人员进行信息安全培训，并采取必要的技术措施防止甲方数据在维护过程中泄露、篡改或丢失。

8.3 因乙方原因造成甲方数据泄露或丢失的，乙方应在知悉后二十四小时内通知甲方，协助甲方恢复数据，并承担相应的赔偿责任。

8.4 甲方应自行做好系统数据的日常备份，并妥善管理系统账号和密码。因甲方未备份或账号管理不善造成的数据损失，由甲方自行承担。

## 第九条 授权与使用限制

9.1 软件许可以授权码方式提供，授权码与甲方服务器硬件信息绑定。甲方更换服务器的，应提前通知乙方重新授权，每年免费重新授权一次，超出部分每次收取500元。

9.2 甲方不得超出许可用户数使用系统，不得将系统出租、出借或用于为其他工作室提供服务。甲方增加用户的，按乙方当时的价格另行购买。

9.3 乙方有权通过技术手段核查甲方的授权使用情况。

## 第十条 甲方的配合义务

10.1 甲方应自行准备满足乙方配置要求的服务器、电脑、移动设备及网络环境，并保证系统运行环境的稳定。

10.2 甲方应按乙方提供的操作手册使用系统，并安排固定人员参加培训。培训结束后甲方人员更换的，再次培训按每次2,000元收费。

10.3 甲方提供的历史订单数据应为乙方可导入的电子表格格式，数据整理工作由甲方负责。

## 第十一条 违约责任

11.1 任何一方违反本合同约定，应承担相应的违约责任。

11.2 一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方有权解除本合同。甲方解除合同的，乙方已完成部分对应的费用不予退还。

## 第十二条 不可抗力

因不可抗力导致合同不能履行的，受影响一方不承担违约责任，但应及时通知对方，并在合理期限内提供证明。

## 第十三条 争议解决

本合同履行过程中发生争议的，双方应友好协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效。本合同未尽事宜，双方另行签订补充协议。

14.2 本合同一式两份，甲乙双方各执一份，具有同等法律效力。

14.3 本合同附件包括乙方报价单、需求文档及系统操作手册。附件与正文不一致的，以乙方最新确认的文件为准。

甲方（签章）：苏州停云篆刻艺术工作室

乙方（签章）：杭州匠迹软件有限公司

签订日期：2026年11月　日
"""


# ---------------------------------------------------------------------------------------------------------------------
# e01  perpetual WMS licence + services, vendor in Kewanee, Illinois (its own law), .pdf, Article N with N.N
# ---------------------------------------------------------------------------------------------------------------------
E01 = """
T:Software Licence and Services Agreement
P:Agreement No. PLS-CN-2026-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Wuhan Lengyun Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in the Dongxihu District, Wuhan, Hubei Province (the "Customer"), and Prairie Ledger Systems, Inc., an Illinois corporation with its principal place of business at North Tremont Street, Kewanee, Illinois, United States (the "Vendor").
P:The Customer operates temperature-controlled warehouses for food and pharmaceutical distribution and wishes to replace its warehouse management software. The Vendor develops and licenses the Ledger WMS software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Ledger WMS software, version 9, in object code, including the cold-chain, lot-tracking and yard management modules, and all updates provided under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, configurations, scripts and documentation that the Vendor creates specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, generated by or processed through the Software in the Customer's operations, including inventory, shipment, temperature log, client and personal data.
P:1.4 "Final Acceptance" means the Customer's written confirmation that the acceptance criteria in Article 5.2 have been met.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for the internal business of the Customer and its affiliates in mainland China, on up to six warehouse sites and for an unlimited number of named users.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The Customer shall not resell the Software or make it available to third parties.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software on the Customer's servers in Wuhan, migrate master data and open stock from the Customer's current system, and configure slotting, replenishment, picking and temperature alarm rules for each site.
P:3.2 The Vendor shall develop interfaces between the Software and the Customer's ERP system, its transport management system, the temperature sensor platform and the electronic traceability platform required by its pharmaceutical clients.
P:3.3 The Vendor shall train the Customer's key users and system administrators, in Chinese, at the Customer's premises.
P:3.4 The Vendor shall deliver the services according to the project plan in Annex 2, with Go-Live of the first site no later than one hundred and twenty days after the Effective Date and Final Acceptance of all sites no later than two hundred and ten days after the Effective Date.
H:Article 4 Prices and Payment
P:4.1 The total price of this Agreement is CNY 2,058,000 (the "Contract Price"), inclusive of VAT, made up as follows: Software licence fee CNY 1,260,000; implementation and data migration CNY 540,000; interface development CNY 210,000; training CNY 48,000.
P:4.2 The Contract Price is fixed and includes all travel, living and other expenses of the Vendor's personnel.
P:4.3 The Customer shall pay the Contract Price as follows: (a) 20% within thirty days after the Effective Date, against the Vendor's invoice; (b) 45% within thirty days after the Customer signs off user acceptance testing of the first site; (c) 35% within thirty days after Final Acceptance.
P:4.4 The Vendor shall issue valid Chinese VAT invoices through its appointed local agent before each payment. Payments shall be made in CNY to the bank account named in Annex 3.
H:Article 5 Acceptance
P:5.1 After Go-Live of each site the parties shall run the Software in production under the Vendor's supervision for thirty days.
P:5.2 Final Acceptance requires that: (a) every function in the requirements specification in Annex 1 has passed its test case; (b) inventory balances after migration agree with the Customer's stock count for every lot and location; (c) all interfaces have exchanged data for ten consecutive working days without unexplained errors; (d) temperature excursion alarms reach the responsible staff within sixty seconds in a witnessed test; and (e) no Severity 1 defect has occurred during the final twenty days of the production run.
P:5.3 Go-Live, productive use of the Software or any payment shall not constitute acceptance. If a criterion is not met, the Vendor shall correct the defect and the test shall be repeated at the Vendor's cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the specification for eighteen months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new versions and provide support free of charge.
P:6.2 The Vendor shall respond to a Severity 1 defect (the Software or a site's warehouse operations are stopped) within one hour, provide a workaround within eight hours and a permanent fix within five days. A Severity 2 defect (an important function is impaired) shall receive a response within two hours and a fix within three working days. Support is available by telephone and e-mail in Chinese around the clock.
P:6.3 For each full hour by which the Vendor exceeds a response or workaround time for a Severity 1 defect, the Vendor shall pay a service credit of CNY 1,000, which the Customer may deduct from any amount due to the Vendor.
P:6.4 After the Warranty Period the Customer may order annual support. The annual support fee is 9% of the Software licence fee, namely CNY 113,400 per year, fixed for the first three years after the Warranty Period. Support is ordered year by year by purchase order and does not renew automatically. The service levels of Article 6.2 and the credits of Article 6.3 apply to annual support.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property in the Software.
P:7.2 All intellectual property in the Custom Deliverables vests in the Customer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance, and the Customer may use, modify and license them freely.
P:7.3 The Vendor shall defend the Customer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights and shall indemnify the Customer for any resulting damages and costs.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not use it for any other purpose.
P:8.2 The Vendor's personnel shall access the Customer's systems only through the Customer's VPN, with an account approved by the Customer for each session, and all sessions shall be logged. The Vendor shall not copy Customer Data outside the Customer's systems, and any personal data shall be handled in accordance with the Personal Information Protection Law of the People's Republic of China.
P:8.3 The Vendor shall implement appropriate technical and organisational measures to protect Customer Data against unauthorised access, loss and alteration, and shall notify the Customer within eight hours of becoming aware of any security incident involving Customer Data. The Vendor shall be liable for all losses the Customer suffers from a security incident caused by the Vendor or its personnel.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for the purposes of this Agreement and not disclose it to third parties without the other party's prior written consent. These obligations continue for five years after the end of this Agreement.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to achieve Go-Live or Final Acceptance by the dates in Article 3.4 for reasons attributable to the Vendor, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct, infringement claims under Article 7.3, or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent, and remains responsible for the work of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on the date of signature by both parties (the "Effective Date").
P:12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving notice of the breach. If the Customer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid for the work that has not been accepted.
P:12.3 The licence granted in Article 2 survives any termination, except termination by the Vendor for the Customer's failure to pay the licence fee.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Illinois, United States of America, without regard to its conflict of laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the exclusive jurisdiction of the state and federal courts located in Cook County, Illinois.
H:Article 14 General
P:14.1 Neither party is liable for delay caused by force majeure, provided that it notifies the other party promptly and resumes performance as soon as possible.
P:14.2 This Agreement, with Annex 1 (requirements specification), Annex 2 (project plan) and Annex 3 (payment details), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:For the Customer: ____________________    For the Vendor: ____________________
"""


# ---------------------------------------------------------------------------------------------------------------------
# e02  SaaS order form (Part A A1-A6 + General Terms Part B), vendor in Galena, Illinois, .md, fee table
# ---------------------------------------------------------------------------------------------------------------------
E02 = """
# FieldPath Order Form

Order Form No. FRS-OF-2026-0719

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## PART A - ORDER DETAILS

### A1. Parties

**Provider:** Fever River Software LLC, a limited liability company organised in Illinois, with its office on Main Street, Galena, Illinois, United States.

**Customer:** Suzhou Hengsheng Elevator Service Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in the Suzhou Industrial Park, Jiangsu Province.

### A2. Subscription

The Customer subscribes to the FieldPath field service management platform (the "Service") for its elevator and escalator maintenance business: work order dispatch, preventive maintenance scheduling, technician mobile app, spare parts tracking, customer portal and analytics dashboards.

- Named users: up to 420 technician users and 60 office users.
- Subscription Term: 24 months, consisting of two Subscription Years, starting on the date of Onboarding Acceptance under A5.
- Hosting: the Service is hosted for the Customer in a data centre in mainland China operated by the Provider's hosting partner.

### A3. Fees

All fees are in CNY and include VAT.

| Item | Description | Fee (CNY) |
|---|---|---|
| Subscription Year 1 | FieldPath Enterprise, 480 named users | 486,000 |
| Subscription Year 2 | FieldPath Enterprise, 480 named users | 486,000 |
| Onboarding (one-time) | configuration, data import, two integrations, training | 58,000 |
| Total Contract Value | | 1,030,000 |

Additional named users may be added at CNY 1,012.50 per user per Subscription Year, prorated by month. Fees are fixed for the Subscription Term.

### A4. Invoicing and Payment

1. The fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within thirty days of the invoice.
2. The onboarding fee is invoiced after Onboarding Acceptance and is payable within thirty days of the invoice.
3. The Provider shall issue Chinese VAT invoices through its authorised local reseller. No other amount is payable before the start of the Subscription Term.

### A5. Onboarding and Acceptance

1. The Provider shall complete onboarding within sixty days after signature of this Order Form: tenant configuration, import of the Customer's equipment register (about 9,800 elevator units), maintenance contracts and spare parts master data, integration with the Customer's ERP system and with the elevator remote monitoring platform, and train-the-trainer sessions.
2. Onboarding Acceptance occurs when the Customer confirms in writing that: (a) every imported equipment record and maintenance contract has been reconciled with the Customer's source lists without difference; (b) both integrations have run for ten consecutive working days without unexplained errors; (c) work orders can be created, dispatched, completed and signed on the mobile app in a test at three branches; and (d) the acceptance test script in Annex A has been passed.
3. If onboarding is not accepted within the sixty days for reasons attributable to the Provider, the Provider shall pay delay damages of CNY 800 for each day of delay, which the Customer may deduct from any invoice.

### A6. Special Terms

1. The Customer's Point of Contact is the head of its digital operations department.
2. Part B, Section 10 (Governing Law and Disputes) applies without change.
3. The Provider's current list of subcontractors referred to in Part B, Section 7 is attached as Annex B.

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data and content submitted to the Service by or for the Customer or generated by the Service from it, including equipment, maintenance, location and personal data.

1.2 "Customer Configurations" means workflows, forms, report templates, integration mappings and scripts created by the Provider specifically for the Customer.

1.3 "Monthly Availability" means the percentage of minutes in a calendar month in which the production Service is accessible, excluding scheduled maintenance notified at least three days in advance and performed between 00:00 and 05:00 Beijing time.

### 2. Service Levels and Support

2.1 The Provider shall make the Service available with a Monthly Availability of at least 99.5%.

2.2 If the Monthly Availability falls below that level, the Customer is entitled to a service credit of 5% of the monthly share of the current Subscription Year fee for each 0.5 percentage point, or part of it, below the committed level, up to the full monthly share. Credits are applied to the next invoice or, at the end of the term, paid to the Customer.

2.3 Support is available in Chinese by telephone, e-mail and portal. The Provider shall respond to a Priority 1 incident (the Service is unavailable or dispatch is impossible for all users) within thirty minutes at any time, and to a Priority 2 incident within two business hours. The Provider shall work continuously on a Priority 1 incident until it is resolved or a workaround is in place.

2.4 If the Provider misses a Priority 1 response time, it shall credit CNY 500 for each thirty minutes of delay.

### 3. Customer Data

3.1 Customer Data belongs to the Customer. The Provider may process Customer Data only to provide the Service and support to the Customer, and for no other purpose.

3.2 The Customer may export Customer Data at any time in a standard format. Within sixty days after the end of the Subscription Term the Provider shall return all Customer Data and then delete it from its systems and confirm the deletion in writing.

### 4. Data Security

4.1 The Provider shall maintain administrative, physical and technical safeguards for the Service, including encryption of Customer Data in transit and at rest, multi-factor authentication for administrative access, role-based access, logging of access to Customer Data and annual third-party penetration tests.

4.2 Customer Data, including personal data of the Customer's technicians and clients, shall be stored in mainland China and handled in accordance with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

4.3 The Provider shall notify the Customer of any security incident affecting Customer Data within twenty hours of discovery, cooperate in the investigation and remediation, and bear the costs and losses caused by an incident for which it is responsible.

### 5. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only for the purposes of this Order Form and disclose it only to its employees and advisers who need to know it and are bound by similar obligations. These obligations survive for three years after the end of the Subscription Term.

### 6. Intellectual Property

6.1 The Provider owns the Service, its software and all improvements to them.

6.2 Customer Configurations belong to the Customer. The Provider shall deliver them to the Customer on request, and the Customer may use, modify and have them maintained by third parties.

### 7. Subcontractors

The Provider may use subcontractors, including its hosting partner and local support partners, to perform this Order Form. The Provider shall inform the Customer of any new subcontractor by written notice at least fifteen days before the subcontractor starts work. The Provider remains responsible for its subcontractors' performance.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential damages, including lost profits.

8.2 Each party's total liability arising out of or related to this Order Form shall not exceed the fees paid or payable by the Customer in the nine months preceding the event giving rise to the claim.

8.3 The limits in 8.1 and 8.2 do not apply to breach of Section 5, to the Customer's payment obligations, or to liability for fraud or wilful misconduct.

### 9. Term and Termination

9.1 This Order Form ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new order form signed by both parties.

9.2 Either party may terminate this Order Form by written notice if the other party materially breaches it and does not cure the breach within thirty days after written notice. If the Customer terminates for the Provider's breach, the Provider shall refund the prepaid fees for the remainder of the Subscription Year.

9.3 Sections 3, 5, 6 and 8 survive termination.

### 10. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute arising out of or in connection with it shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 11. General

11.1 Neither party may assign this Order Form without the other party's written consent, except to a successor of its whole business.

11.2 Notices shall be given in writing to the addresses in A1.

11.3 Neither party is liable for delays caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible.

11.4 This Order Form, with Annex A (acceptance test script) and Annex B (subcontractors), is the entire agreement of the parties on its subject and replaces any online terms or click-through terms of the Provider. Amendments must be in writing and signed by both parties.

Signed for the Provider: ____________________

Signed for the Customer: ____________________
"""


# ---------------------------------------------------------------------------------------------------------------------
# e03  sensors / gateways + monitoring licence on the buyer's paper, vendor in Tappahannock, Virginia, .docx, 1. / 1.1
# ---------------------------------------------------------------------------------------------------------------------
E03 = """
T:Purchase Contract for a Machine Condition Monitoring System
P:Contract No. JCP-EQ-2026-213
P:Buyer: Hubei Jingchu Paper Co., Ltd., a company incorporated in the People's Republic of China, with its mill in the Jingzhou Development Zone, Hubei Province (the "Buyer").
P:Supplier: Rappahannock Reliability Instruments, Inc., a Virginia corporation with its office on Church Lane, Tappahannock, Virginia, United States (the "Supplier").
P:The Buyer wishes to install continuous condition monitoring on the paper machines, pulpers, refiners, fans and pumps of its mill. The Supplier has been selected through the Buyer's tender. The parties agree on the following terms, which are the Buyer's standard terms for equipment purchases as adapted for this project.
H:1. Scope of Supply
P:1.1 The Supplier shall supply wireless vibration sensors, temperature sensors and edge gateways, and a perpetual licence of its RRI Monitor software for on-premises installation on the Buyer's servers, as listed in Clause 2.
P:1.2 The Supplier shall install and commission the sensors and gateways, set up the asset hierarchy, configure alarm limits and analytics models for each monitored machine, and connect the system to the Buyer's distributed control system and maintenance management system.
P:1.3 The Supplier shall train the Buyer's reliability engineers, maintenance planners and IT staff.
P:1.4 The Supplier shall appoint a project manager who speaks Chinese and is present at the mill during installation and the Trial Run, and shall report progress to the Buyer's maintenance department every week.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,970,000, inclusive of VAT, customs duties, transport to the mill, insurance and all other costs of the Supplier, as itemised below.
TB:No.|Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration sensors|triaxial, intrinsically safe, five-year battery|420|1,850|777,000
TB:2|Temperature sensors|bearing and motor winding temperature|160|900|144,000
TB:3|Edge gateways|industrial, with local buffering|24|11,500|276,000
TB:4|RRI Monitor licence|perpetual, on-premises, up to 600 assets|1|468,000|468,000
TB:|Hardware and Licence Subtotal||||1,665,000
TB:5|Installation and commissioning|mounting, gateways, network, interfaces|1|186,000|186,000
TB:6|Analytics model configuration|alarm limits and fault models per asset|1|97,000|97,000
TB:7|Training|three courses at the mill|1|22,000|22,000
TB:|Contract Price||||1,970,000
P:2.2 The Contract Price is fixed. No other charge is payable for the scope described in this Contract.
H:3. Payment
P:3.1 10% of the Contract Price (CNY 197,000) within twenty days after signature, against the Supplier's invoice and an advance payment guarantee of the same amount issued by a bank in mainland China.
P:3.2 55% of the Contract Price (CNY 1,083,500) within thirty days after all equipment has been delivered and installed, as recorded in a delivery and installation certificate. That certificate confirms quantities and installation only and is not acceptance.
P:3.3 35% of the Contract Price (CNY 689,500) within thirty days after Final Acceptance under Clause 5.
P:3.4 Each payment requires a valid VAT invoice. The Buyer pays in CNY by bank transfer.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the mill within seventy-five days after signature and complete installation and commissioning within sixty days after delivery.
P:4.2 Installation on running machines shall follow the Buyer's shutdown schedule and the Buyer's permit-to-work procedure. The Buyer shall give the Supplier access to the machines during the agreed shutdown windows.
P:4.3 Risk in the equipment passes to the Buyer on delivery to the mill; title passes on payment under Clause 3.2.
P:4.4 The Supplier's staff at the mill shall comply with the Buyer's safety rules, wear the protective equipment required for each area and work in confined spaces or at height only with the permits required by those rules. The Supplier is responsible for the safety of its staff and for damage that they cause.
H:5. Acceptance
P:5.1 After commissioning the system shall run for forty-five days (the "Trial Run").
P:5.2 Final Acceptance requires that: (a) every sensor and gateway in the price table is installed and reports data; (b) data availability from the sensors during the last twenty days of the Trial Run reaches the figure stated in the technical specification; (c) alarm limits and fault models are configured for every monitored asset and confirmed by the Buyer's reliability engineer; (d) alarms are transferred to the distributed control system and create work requests in the maintenance management system in a witnessed test; and (e) the documentation listed in the technical specification has been delivered.
P:5.3 The Buyer shall sign a Final Acceptance certificate within ten days after the criteria are met. Delivery, installation, use of the system or any payment does not constitute acceptance. If a criterion is not met, the Supplier shall remedy the defect and the test shall be repeated at its cost.
H:6. Warranty and Support
P:6.1 The warranty period is twenty-four months from Final Acceptance. During it the Supplier shall repair or replace defective sensors, gateways and software free of charge, including parts, labour, shipping and software updates.
P:6.2 Severity 1 (the monitoring server or more than a fifth of the sensors are out of service): response within one hour and restoration within two business days. Severity 2 (individual sensors or functions fail): response within one business day and restoration within five business days.
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response time, and for each day by which it exceeds a restoration time, the Supplier shall pay CNY 600, which the Buyer may deduct from any payment or from the warranty retention.
P:6.4 After the warranty period the Buyer may order annual support covering repairs, replacement sensors at the prices in Annex 3, software updates and remote support. The annual support fee is 7.5% of the Hardware and Licence Subtotal, that is CNY 124,875 per year, fixed for the first three years after the warranty period. Support is ordered by separate purchase orders and is not renewed automatically. The service levels and payments of Clauses 6.2 and 6.3 apply.
P:6.5 The Supplier shall keep a stock of spare sensors and gateways in mainland China sufficient to meet the restoration times, and shall make spare parts available to the Buyer for at least eight years after Final Acceptance.
H:7. Intellectual Property
P:7.1 The RRI Monitor software and the firmware of the sensors and gateways remain the property of the Supplier or its licensors and are licensed to the Buyer perpetually.
P:7.2 The asset hierarchy, alarm limits, configured analytics models, dashboards and interface programs created for the Buyer under this Contract belong to the Buyer, which may use, modify and license them without restriction. The Supplier shall deliver them with their source files at Final Acceptance.
H:8. Data and Data Security
P:8.1 All measurement data, asset data and reports generated by the system belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 The system is installed on the Buyer's servers and network. Remote access by the Supplier requires the Buyer's approval for each session through the Buyer's secure access gateway and is logged. The Supplier shall not copy the Buyer's data outside the Buyer's systems and shall not connect the gateways to any external network.
P:8.3 The Supplier shall follow the Buyer's information security rules, keep the software free of malicious code, and report any security incident to the Buyer within six hours. The Supplier is liable for the Buyer's losses from an incident that it causes.
H:9. Confidentiality
P:Each party shall keep confidential all technical and commercial information received from the other party, including the Buyer's process data and production figures, and shall not disclose it to third parties without prior written consent, during this Contract and for five years after it ends.
H:10. Delay Damages and Liability
P:10.1 If the Supplier delays delivery, installation or Final Acceptance for reasons attributable to it, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a total of 8% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:The Supplier shall not subcontract any part of the supply or installation without the Buyer's prior written consent. The Supplier is responsible for approved subcontractors as for its own staff.
H:12. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after written notice, or if the delay damages reach their maximum. The Supplier shall then refund the payments received for equipment or services that have not been accepted.
H:13. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan. The award is final.
H:14. General
P:14.1 Force majeure suspends the affected obligations for its duration, provided that the affected party notifies the other promptly.
P:14.2 This Contract is signed in Chinese and English. If the versions differ, the Chinese version prevails.
P:14.3 Annex 1 (technical specification), Annex 2 (installation plan) and Annex 3 (spare parts prices) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""


# ---------------------------------------------------------------------------------------------------------------------
# e04  managed IT services over 36 months, vendor in Lusk, Wyoming, .md, Sections + Schedules 1-3 as tables
# ---------------------------------------------------------------------------------------------------------------------
E04 = """
# Managed IT Services Agreement

Agreement No. NMS-QD-2026-08

**Between**

**Qingdao Beihai Marine Equipment Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in the Huangdao District, Qingdao, Shandong Province ("Customer"); and

**Niobrara Managed Services, Inc.**, a Wyoming corporation with its principal office on South Main Street, Lusk, Wyoming, United States, acting in China through its service delivery team ("Provider").

**Background.** Customer designs and manufactures deck machinery and mooring equipment and runs its IT operations with a small internal team. Customer wishes to outsource the day-to-day operation of its end-user and infrastructure services to Provider for three years. Provider has submitted the proposal dated 14 September 2026, and the parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under Section 4.

1.3 "Term" means thirty-six months from the Service Commencement Date.

1.4 "Customer Data" means all data of Customer, its employees and its clients that Provider receives or can access in performing the Services.

1.5 "Deliverables" means the runbooks, scripts, configuration records, asset registers, reports and documentation prepared by Provider for Customer under this Agreement.

## 2. Services

2.1 Provider shall perform the Services described in Schedule 1 for Customer's head office, its two plants in Qingdao and its sales office in Shanghai, covering approximately 850 users, 640 laptops and desktops, 96 servers and the plant and office networks.

2.2 Provider shall perform the Services in a professional manner, with qualified staff, in accordance with good industry practice and the service levels in Schedule 3.

2.3 Provider shall assign a service delivery manager who is Customer's single point of contact and who shall meet Customer's IT manager every month to review performance, incidents, changes and planned work.

## 3. Charges and Payment

3.1 Customer shall pay the charges in Schedule 2. The total of the charges over the Term is CNY 2,190,000 (the "Total Contract Value"), inclusive of VAT.

3.2 The Monthly Service Charge is invoiced monthly in arrears, after the monthly service report for that month has been delivered, and is payable within thirty days of the invoice.

3.3 The Transition Fee is invoiced after Transition Acceptance and is payable within thirty days of the invoice. Customer pays no amount before the Service Commencement Date.

3.4 The charges are fixed for the Term. Changes in the number of users of more than ten percent in either direction shall be handled through the change procedure in Section 7.

## 4. Transition and Acceptance

4.1 Provider shall carry out the transition of the Services from Customer's internal team within seventy-five days after signature of this Agreement, according to the transition plan attached to Provider's proposal.

4.2 Transition Acceptance requires that: (a) the monitoring of all servers and network devices listed in the asset register is active and verified by test alarms; (b) runbooks for every service in Schedule 1 have been delivered and approved by Customer's IT manager; (c) the service desk has handled Customer's tickets for ten consecutive working days in parallel with the internal team without a missed Priority 1 response; and (d) the asset register has been reconciled with a physical count at each site.

4.3 If Transition Acceptance is delayed beyond the date in Section 4.1 for reasons attributable to Provider, Provider shall pay delay damages of CNY 1,500 for each day of delay, up to a maximum of CNY 90,000.

## 5. Service Levels and Service Credits

5.1 Provider shall meet the service levels in Schedule 3. Service levels are measured every calendar month and reported in the monthly service report.

5.2 If a service level is missed, Provider shall credit the amount stated in Schedule 3 against the next invoice.

## 6. Customer Responsibilities

6.1 Customer shall give Provider's staff access to its sites, systems and relevant documentation, provide workplaces at the sites and appoint an IT manager to act for Customer.

6.2 Customer remains responsible for purchasing hardware and software licences, and for decisions on its IT policies.

## 7. Changes

Either party may request a change to the Services. Provider shall respond within ten working days with its assessment of the effect on the charges and service levels. No change is binding until both parties sign a written change order.

## 8. Customer Data

Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer at the end of the Term.

## 9. Confidentiality

9.1 Each party shall keep confidential all information of the other party that is marked as confidential or should reasonably be understood to be confidential, including Customer's product designs, prices, supplier and client information and system passwords.

9.2 The receiving party shall use such information only for this Agreement and disclose it only to those of its staff who need it and are bound by equivalent obligations. This Section 9 survives for five years after the Term.

## 10. Intellectual Property

10.1 The Deliverables belong to Customer, which may use, modify and license them freely, including for use by a future service provider.

10.2 Provider retains its pre-existing tools and methods, and grants Customer a free, perpetual licence to use any of them that are embedded in the Deliverables.

## 11. Personnel and Subcontracting

11.1 Provider shall not replace the service delivery manager without Customer's prior approval, which shall not be unreasonably withheld.

11.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider is responsible for its approved subcontractors as for its own staff.

## 12. Liability

12.1 Neither party is liable for indirect or consequential loss.

12.2 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value. This limit does not apply to personal injury, fraud, wilful misconduct or breach of Section 9.

## 13. Term and Ending of the Agreement

13.1 This Agreement starts on signature and continues until the end of the Term. It does not renew automatically; any extension requires a written agreement of both parties.

13.2 The Term is a committed term. Customer may not terminate this Agreement before the end of the Term. Customer's remedies for any failure of the Services are the service credits under Schedule 3 and the recovery of its direct damages under Section 12.

13.3 Provider may suspend the Services if undisputed invoices remain unpaid for more than sixty days after a written reminder.

13.4 At the end of the Term Provider shall hand over the Services, the Deliverables and all Customer Data to Customer or a new provider over a period of up to sixty days, at the rates in Schedule 2.

## 14. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding.

## 15. General

15.1 Neither party is responsible for failure caused by force majeure, provided that it notifies the other party promptly.

15.2 Schedules 1 to 3 form part of this Agreement. Amendments must be in writing and signed by both parties.

## Schedule 1 - Services

| Service | Scope | Service hours |
|---|---|---|
| Service desk | Chinese and English telephone, e-mail and portal support for all users; ticket logging, triage and first-line resolution | 07:30-20:00 Monday to Saturday; on-call at other times |
| End-user support | desk-side support at the head office and both plants; laptop and desktop imaging, moves and changes | working days, on site |
| Server and storage operations | monitoring, patching, backup checks, capacity reports for 96 servers and two storage arrays | around the clock monitoring |
| Network operations | monitoring and change management of switches, firewalls, wireless and the site links | around the clock monitoring |
| Asset and licence management | asset register, software licence tracking, disposal records | working days |

## Schedule 2 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time, invoiced after Transition Acceptance | 84,000 |
| Monthly Service Charge | 36 months x CNY 58,500, invoiced monthly in arrears | 2,106,000 |
| Total Contract Value | | 2,190,000 |
| Additional work | per engineer day, on a signed change order | 2,800 |

## Schedule 3 - Service Levels

| Priority | Definition | Response | Resolution | Service credit |
|---|---|---|---|---|
| P1 | a plant, the ERP system or the whole network is down | 15 minutes | 6 hours | CNY 1,000 per started hour beyond the resolution time |
| P2 | a key function or many users are affected | 30 minutes | 8 business hours | CNY 500 per started hour beyond the resolution time |
| P3 | a single user or minor function is affected | 2 business hours | 3 business days | none |
| Service desk | calls answered within 60 seconds | monthly | 90% of calls | 2% of the Monthly Service Charge if missed |

Signed for Customer: ____________________

Signed for Provider: ____________________
"""


# ---------------------------------------------------------------------------------------------------------------------
# e05  crop and weather data API subscription over two Subscription Years, vendor in Ritzville, Washington, .txt,
#      upper-case headings with numbered clauses
# ---------------------------------------------------------------------------------------------------------------------
E05 = """
DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. PCA-2026-CN-031

PARTIES

Palouse Crop Analytics, Inc., a Washington corporation with its office on West Main Avenue, Ritzville, Washington, United States ("Provider").

Dalian Jinhe Grain Trading Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in the Zhongshan District, Dalian, Liaoning Province ("Customer").

Customer imports wheat, soybeans and corn and wishes to use Provider's crop condition, weather and yield forecast data in its purchasing and risk management. The parties agree as follows.

1. DEFINITIONS

1.1 "Data Products" means the datasets listed in Schedule A: daily crop condition indices, gridded weather observations and forecasts, and yield forecasts for the main producing regions of the United States, Canada, Brazil, Argentina, Australia and the Black Sea region.

1.2 "API" means Provider's application programming interface through which Customer retrieves the Data Products.

1.3 "Customer Data" means all data that Customer submits to the API or the portal, including its queries, watch lists, uploaded field boundaries, positions and notes, and all results generated specifically from them.

1.4 "Subscription Year" means a period of one year starting on the Go-Live Date or an anniversary of it.

1.5 "Customer Deliverables" means the custom feed mappings, data transformation scripts and dashboards that Provider creates for Customer under the Integration Support Package.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the subscription period, a non-exclusive, non-transferable right to access the Data Products through the API and the portal, to store them in Customer's own systems and to use them for its internal business, including in reports and decisions shared with its affiliates.

2.2 The subscription covers up to 40 named portal users and 2,000,000 API calls per Subscription Year. Customer may buy additional call volume at the price in Schedule B.

2.3 Customer may keep and continue to use the data and its own analyses retrieved during the subscription after the subscription ends, for internal purposes.

3. TERM AND RENEWAL

3.1 The initial subscription period consists of two Subscription Years starting on the Go-Live Date.

3.2 After the initial subscription period this Agreement renews automatically for successive renewal periods of one Subscription Year each, unless either party gives written notice of non-renewal at least ninety days before the end of the current period.

3.3 Provider may increase the Annual Subscription Fee for any renewal period by up to seven percent by written notice given at least sixty days before that renewal period starts.

4. FEES AND PAYMENT

4.1 The Annual Subscription Fee is CNY 396,000 per Subscription Year, so CNY 792,000 for the initial subscription period. The Integration Support Package is a one-time fee of CNY 36,000. The total fees for the initial subscription period are CNY 828,000, inclusive of VAT.

4.2 The Annual Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within thirty days.

4.3 The Integration Support Package is invoiced after the Go-Live Date and is payable within thirty days.

4.4 Provider shall issue Chinese VAT invoices through its appointed local distributor. Customer pays in CNY.

5. ONBOARDING AND GO-LIVE

5.1 Within thirty days after signature Provider shall issue API credentials, provide a test environment and, under the Integration Support Package, build the custom feed mappings and transformation scripts that load the Data Products into Customer's data warehouse and risk system, and set up two dashboards.

5.2 The Go-Live Date is the date on which Customer confirms in writing that: (a) every Data Product in Schedule A is delivered through the API with the history and update frequency stated there; (b) the daily loads into Customer's data warehouse have run for ten consecutive working days without failure or missing records; (c) spot checks of one hundred records against Provider's portal show no difference; and (d) both dashboards have been approved by Customer's head of risk.

5.3 If the Go-Live Date is not reached within forty-five days after signature for reasons attributable to Provider, Provider shall pay delay damages of CNY 600 for each day of delay, which Customer may deduct from the first invoice.

6. SERVICE LEVELS AND SUPPORT

6.1 Provider shall make the API available with a monthly uptime of at least 99.95%, excluding scheduled maintenance announced seven days in advance and carried out on weekends.

6.2 Daily crop condition indices shall be published by 10:00 Beijing time on each business day.

6.3 If monthly uptime falls below the committed level, or daily indices are published late on more than two days in a month, Customer receives a service credit of 5% of the monthly share of the Annual Subscription Fee, rising to 10% if uptime falls more than half a percentage point below the committed level. Credits are deducted from the next invoice or refunded at the end of the subscription.

6.4 Support is provided by e-mail and through the portal, in English and Chinese, during Provider's business hours. Provider shall respond to a Priority 1 incident (the API or a Data Product is unavailable) within eight business hours and to other incidents within two business days.

7. CUSTOMER DATA

7.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the subscription and support to Customer, and shall not use it to develop or improve its products, to create aggregated statistics or for any other purpose.

7.2 Within thirty days after the end of this Agreement Provider shall delete all Customer Data and confirm the deletion in writing.

8. DATA SECURITY

8.1 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, multi-factor authentication for portal and administrative access, access restricted to named support staff and access logging.

8.2 Provider shall notify Customer of any security incident affecting Customer Data within twenty-four hours after discovering it, cooperate with Customer in investigating and limiting the incident, and bear the costs and losses caused by an incident for which Provider is responsible.

8.3 Customer Data is stored in the Provider's data centre region chosen by Customer in the onboarding form. Provider shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China when processing Customer Data.

9. CONFIDENTIALITY

Each party shall keep confidential the non-public information of the other party, including Customer's positions, watch lists and purchasing plans, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation continues for three years after the end of this Agreement.

10. INTELLECTUAL PROPERTY

10.1 Provider and its licensors own the Data Products, the API and the portal.

10.2 Customer Deliverables belong to Customer. Provider shall deliver their source files at the Go-Live Date, and Customer may use, modify and license them freely, including with data from other sources.

10.3 Provider warrants that it has the right to license the Data Products and shall indemnify Customer against third-party claims that Customer's use of them under this Agreement infringes their rights.

11. SUBCONTRACTING

Provider shall not subcontract the Integration Support Package or any support services without Customer's prior written consent. Provider is responsible for its approved subcontractors.

12. LIMITATION OF LIABILITY

12.1 Neither party is liable for indirect damages or lost profits, including trading losses based on the Data Products, which Customer uses at its own judgement.

12.2 Each party's total liability under this Agreement is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim.

12.3 The limits in 12.1 and 12.2 do not apply to breach of Sections 7, 8 or 9, to infringement claims under 10.3, or to fraud or wilful misconduct.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

13.2 If Customer terminates under 13.1, Provider shall refund the Annual Subscription Fee for the remaining part of the current Subscription Year.

14. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute arising from it shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian. The award is final and binding on both parties.

15. GENERAL

15.1 Neither party is liable for failures caused by force majeure, provided that it notifies the other party promptly. Failures of third-party data sources that Provider could not reasonably prevent are treated as force majeure only for the affected dataset.

15.2 This Agreement, with Schedule A (Data Products) and Schedule B (prices for additional volume), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

SCHEDULE A - DATA PRODUCTS

A.1 Crop condition indices: daily, by crop and region, with history from 2010.
A.2 Weather: daily observations and a fifteen-day forecast on a regional grid, with history from 2000.
A.3 Yield forecasts: weekly, by crop and country, with monthly methodology notes.

SCHEDULE B - ADDITIONAL VOLUME

B.1 Additional API calls: CNY 18 per thousand calls.
B.2 Additional named portal users: CNY 4,200 per user per Subscription Year.

Signed for Provider: ____________________

Signed for Customer: ____________________
"""


# ---------------------------------------------------------------------------------------------------------------------
# Files and labels
# ---------------------------------------------------------------------------------------------------------------------
FILES = {
    "z01": ("h1067z01_ndrc_bidding_supervision_platform.pdf", "pdf", Z01),
    "z02": ("h1067z02_massage_gun_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h1067z03_zhongruan_school_booking_saas.txt", "txt", Z03),
    "z04": ("h1067z04_geohazard_monitoring_annual_om.txt", "txt", Z04),
    "z05": ("h1067z05_seal_carving_studio_tracking_supplier_template.md", "md", Z05),
    "e01": ("h1067e01_cold_chain_wms_perpetual_licence_illinois.pdf", "pdf", E01),
    "e02": ("h1067e02_field_service_saas_order_form.md", "md", E02),
    "e03": ("h1067e03_paper_mill_vibration_sensors_monitoring.docx", "docx", E03),
    "e04": ("h1067e04_managed_it_services_36_months.md", "md", E04),
    "e05": ("h1067e05_crop_weather_data_api_subscription.txt", "txt", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# a clean baseline; each draft states only where it differs
BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# contract values, each checked against its own itemised sum
CV = {
    "z01": (2036000, [1180000, 760000, 96000]),
    "z02": (1840000, [544000, 348000, 104000, 208000, 156000, 72000, 108000, 112000, 168000, 20000]),
    "z03": (454000, [30 * 6800 * 2, 46000]),
    "z04": (1268000, [486000, 352000, 274000, 156000]),
    "z05": (268000, [126000, 118000, 24000]),
    "e01": (2058000, [1260000, 540000, 210000, 48000]),
    "e02": (1030000, [2 * 486000, 58000]),
    "e03": (1970000, [777000, 144000, 276000, 468000, 186000, 97000, 22000]),
    "e04": (2190000, [58500 * 36, 84000]),
    "e05": (828000, [2 * 396000, 36000]),
}

# TCO inputs for goods/licence drafts with a stated fee: (fee base = itemised licence/hardware subtotal)
TCO = {
    "z01": 1180000,
    "z02": 1540000,
    "e01": 1260000,
    "e03": 1665000,
}

DESIGN = {
    "z01": dict(lang="zh", category="software", terms=dict(
        availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
        final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9, governing_law="PRC",
        contract_kind="goods_or_licence"), extra=dict(post_warranty_fee_capped=True),
        rules=[], risk="low"),
    "z02": dict(lang="zh", category="hardware", terms=dict(
        p1_response_hours=1, ld_rate_per_day_pct=0.08, prepayment_pct=10, final_payment_on_acceptance=True,
        warranty_months=18, post_warranty_fee_pct=28, subcontract_without_consent=True,
        contract_kind="goods_or_licence"), extra=dict(post_warranty_fee_capped=True),
        rules=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"], risk="high"),
    "z03": dict(lang="zh", category="cloud", terms=dict(
        availability_pct=99.5, p1_response_hours=1, buyer_owns_data=False, ld_rate_per_day_pct=0.1,
        auto_renewal_price_increase=True), extra=dict(),
        rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], risk="medium"),
    "z04": dict(lang="zh", category="services", terms=dict(
        p1_response_hours=0.5, sla_remedy=False, ld_rate_per_day_pct=0.02, governing_law=None), extra=dict(),
        rules=["CR-LD-LOW", "CR-SLA-NO-REMEDY"], risk="medium"),
    "z05": dict(lang="zh", category="software", terms=dict(
        sla_remedy=False, ip_owner="supplier", confidentiality=False, prepayment_pct=65, acceptance_clause=False,
        final_payment_on_acceptance=False, warranty_months=6, subcontract_without_consent=None, governing_law=None,
        contract_kind="goods_or_licence"),
        extra=dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=False,
                   acceptance_deemed_on_delivery=True),
        rules=["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
               "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"], risk="high"),
    "e01": dict(lang="en", category="software", terms=dict(
        p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
        final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=9, governing_law="Illinois",
        contract_kind="goods_or_licence"), extra=dict(post_warranty_fee_capped=True),
        rules=["CR-GOVERNING-LAW"], risk="low"),
    "e02": dict(lang="en", category="cloud", terms=dict(
        availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=800 / 1030000 * 100,
        liability_cap_pct=9 / 24 * 100, subcontract_without_consent=True), extra=dict(),
        rules=["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"], risk="medium"),
    "e03": dict(lang="en", category="hardware", terms=dict(
        p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=10,
        final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=7.5,
        contract_kind="goods_or_licence"), extra=dict(post_warranty_fee_capped=True),
        rules=[], risk="low"),
    "e04": dict(lang="en", category="services", terms=dict(
        p1_response_hours=0.25, data_security_clause=False, ld_rate_per_day_pct=1500 / 2190000 * 100,
        liability_cap_pct=150, termination_for_breach=False), extra=dict(),
        rules=["CR-DATA-SECURITY", "CR-TERMINATION"], risk="high"),
    "e05": dict(lang="en", category="cloud", terms=dict(
        availability_pct=99.95, p1_response_hours=8, ld_rate_per_day_pct=600 / 828000 * 100,
        liability_cap_pct=6 / 24 * 100, auto_renewal_price_increase=True), extra=dict(),
        rules=["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-RESPONSE"], risk="medium"),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (default pack): no label value may equal one, and no text may state one
TH = dict(availability=99.9, response=4, ld=0.05, cap=100, prepay=30, warranty=12, fee=15, tco=40)


def tco_share(key, t):
    base = TCO[key]
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * base * t["post_warranty_fee_pct"] / 100
    return fees / (CV[key][0] + fees) * 100


def derive_rules(key, t, x):
    """My reading of policy §3 applied to the labels."""
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["response"]:
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
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        fee = t["post_warranty_fee_pct"]
        if fee is None or not x["post_warranty_fee_capped"] or fee > TH["fee"]:
            r.add("CR-POST-WARRANTY-FEE")
        if fee is not None and x["post_warranty_fee_capped"] and tco_share(key, t) > TH["tco"]:
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


def label(key):
    d = DESIGN[key]
    t = dict(BASE)
    t.update(d["terms"])
    x = dict(sla_clause=True, ld_stated=t["ld_rate_per_day_pct"] is not None)
    goods = t["contract_kind"] == "goods_or_licence"
    if goods:
        x["post_warranty_fee_capped"] = d["extra"].get("post_warranty_fee_capped")
    x["acceptance_deemed_on_delivery"] = False
    x.update({k: v for k, v in d["extra"].items()})
    x["contract_value"] = CV[key][0]
    order = ["sla_clause", "ld_stated"] + (["post_warranty_fee_capped"] if goods else []) + \
        ["acceptance_deemed_on_delivery", "contract_value"]
    x = {k: x[k] for k in order}
    return {"file": FILES[key][0], "language": d["lang"], "category": d["category"],
            "expected_terms": {k: t[k] for k in KEYS}, "expected_extra": x,
            "expected_rules": derive_rules(key, t, x)}


# ---------------------------------------------------------------------------------------------------------------------
# Threshold scan
# ---------------------------------------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|per\s*cent|percent)"
NB = r"(?<![\d.,])"
PATTERNS = [
    NB + r"99\.9(?!\d)",
    NB + r"30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"thirty" + PCT,
    NB + r"4(?:\.0+)?\s*(?:个)?(?:小时|hours?|hrs?\b|h\b)", r"(?<![十\d])四(?:个)?小时", r"(?<![-\w])four\s*(?:\(4\)\s*)?(?:business\s*|working\s*|clock\s*)?hours?",
    NB + r"0?\.05(?:0*)(?!\d)" + PCT, r"万分之五(?![十])", r"千分之零点五",
    NB + r"100(?:\.0+)?" + PCT, r"百分之(?:一)?百(?![分])", r"one\s*hundred" + PCT,
    NB + r"12\s*(?:个)?(?:月|months?)", r"(?<![一二三四五六七八九十])十二个月", r"\btwelve\s*(?:\(12\)\s*)?(?:calendar\s*)?months?",
    NB + r"15(?:\.0+)?" + PCT, r"百分之十五(?![点])", r"fifteen" + PCT,
    NB + r"40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"forty" + PCT,
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "可用率99.9", "30%", "30 %", "百分之三十", "4小时", "4 hours", "within 4 hours", "四小时", "four hours",
            "four (4) hours", "0.05%", "0.05 %", "万分之五", "100%", "百分之百", "12个月", "12 months", "十二个月",
            "twelve months", "twelve (12) months", "15%", "百分之十五", "40%", "40 per cent", "百分之四十", "fifteen percent"]
MUST_MISS = ["99.95%", "99.5%", "130%", "3.30%", "24小时", "24 hours", "14 hours", "二十四小时", "0.055%", "万分之五十",
             "1100%", "2100%", "24个月", "112 months", "二十四个月", "115%", "5%", "140%", "百分之四十五", "45%", "2.15%",
             "Schedule 4 hereto", "twenty-four hours", "4 Hardware", "4 Host", "0.15%", "1.5%"]


def scan(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            m = rx.search(form)
            if m:
                hits.append((rx.pattern, form[max(0, m.start() - 20):m.end() + 20]))
    return hits


def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


def length(text, lang):
    return len(re.sub(r"\s+", "", text)) if lang == "zh" else len(text.split())


def main():
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (name, kind, src) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
        else:
            sources[key], targets[key] = src, (name, kind)
    write(sources, targets, OUT, wrap_words=True)

    covered = set()
    problems = []
    for key, (name, kind, src) in FILES.items():
        cv, items = CV[key]
        assert sum(items) == cv, (key, sum(items), cv)
        lab = label(key)
        t, x = lab["expected_terms"], lab["expected_extra"]
        d = DESIGN[key]
        if lab["expected_rules"] != sorted(d["rules"]):
            problems.append((key, "rules", lab["expected_rules"], sorted(d["rules"])))
        sev = {"high" if r in HIGH else "low" if r in LOW else "medium" for r in lab["expected_rules"]}
        risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
        if risk != d["risk"]:
            problems.append((key, "risk", risk, d["risk"]))
        covered |= set(lab["expected_rules"])
        for k, th in (("availability_pct", "availability"), ("p1_response_hours", "response"),
                      ("ld_rate_per_day_pct", "ld"), ("liability_cap_pct", "cap"), ("prepayment_pct", "prepay"),
                      ("warranty_months", "warranty"), ("post_warranty_fee_pct", "fee")):
            if t[k] is not None and abs(t[k] - TH[th]) < 1e-9:
                problems.append((key, "threshold value", k, t[k]))
        share = None
        if t["contract_kind"] == "goods_or_licence" and t["post_warranty_fee_pct"] is not None:
            share = tco_share(key, t)
            if abs(share - TH["tco"]) <= 2:
                problems.append((key, "tco share near threshold", share))
        text = read_back(OUT / name)
        n = length(text, d["lang"])
        lo, hi = (2750, 3000) if d["lang"] == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((key, "length", n, (lo, hi)))
        for h in scan(text):
            problems.append((key, "threshold text", h))
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s %-62s %5d %s %s %s" % (key, name, n, risk, lab["expected_rules"],
                                          "" if share is None else "TCO share %.2f" % share))
    if covered != set(ALL_RULES):
        problems.append(("coverage", sorted(set(ALL_RULES) - covered)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
