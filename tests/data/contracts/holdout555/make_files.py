"""holdout555: ten blind, ordinary draft contracts (5 zh, 5 en) with labels.

Run: /work/main/.venv/bin/python -B make_files.py
Builds the contract files (.txt/.md written directly, .docx/.pdf through ../word_pdf.py with wrap_words=True), writes the
ten .json labels, derives each draft's expected rules from its labels by my own reading of policy.md section 3, checks
them against the design list, asserts that all 20 CR rules fire at least once, scans every source and every built file
(read back) for threshold figures, and asserts the text lengths.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# z01  生态环境局 污染源在线监控平台 (licence + custom development), 政府采购, buyer's paper, .pdf, 第X条
# ---------------------------------------------------------------------------------------------------------------
H555Z01 = """
T:江川市生态环境局污染源在线监控平台建设项目采购合同
P:合同编号：JCHB-ZFCG-2026-017
P:采购方式：公开招标（政府采购）
P:甲方（采购人）：江川市生态环境局
P:地址：江川市滨河路88号
P:乙方（供应商）：青岚环境信息技术有限公司
P:地址：江川市高新区科创大道216号
P:鉴于甲方为加强重点排污单位自动监控管理，依法开展江川市污染源在线监控平台建设项目（项目编号：JCCG-2026-0312）公开招标，乙方为该项目中标供应商。根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供“青岚污染源在线监控平台”软件许可（永久使用许可，不限用户数），并按甲方需求完成定制开发、历史数据迁移、部署实施和培训。
P:1.2 定制开发内容包括：重点排污单位自行监测数据填报模块；全市1,286台数采仪的接入适配；超标预警及线索推送模型；与省级污染源监控平台、市“互联网+监管”系统的数据接口；移动执法端页面。
P:1.3 平台部署在甲方指定的江川市政务云，乙方负责安装、配置和联调，不得部署在其他环境。
P:1.4 乙方应为本项目配备项目经理一名、开发及实施人员不少于八名，项目经理未经甲方同意不得更换。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零玖万捌仟元整（¥2,098,000.00），含税。价格明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可费（永久许可）|1,260,000
TB:2|定制开发费|684,000
TB:3|历史数据迁移费|96,000
TB:4|部署实施及培训费|58,000
TB:合计||2,098,000
P:2.2 合同总价为固定价格，包含乙方完成本合同全部义务的一切费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 本合同生效且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%，即¥419,600，作为预付款。
P:3.2 平台完成部署并通过初验后，甲方支付合同总价的45%，即¥944,100。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥734,300。
P:3.4 乙方每次申请付款前应开具合法有效的增值税发票。甲方按政府采购资金支付程序办理付款。
H:第四条 交付期限
P:4.1 乙方应在合同签订后九十日内完成部署并具备初验条件，在合同签订后一百五十日内具备最终验收条件。
P:4.2 因甲方原因造成延误的，交付期限相应顺延，乙方应及时书面通知甲方。
H:第五条 验收
P:5.1 初验：平台部署完成、全部定制功能上线后，甲方组织初验，检查各项功能是否符合招标文件技术需求和双方确认的需求规格说明书。
P:5.2 最终验收在初验合格后连续试运行六十日期满时进行，验收标准为：（1）全部1,286台数采仪接入并正常传输；（2）历史数据迁移经逐表核对无缺失、无错误；（3）在300个并发用户下，常用页面响应时间不超过3秒；（4）试运行期间未发生一级故障；（5）第三方机构出具的等级保护测评报告无高风险问题；（6）乙方已提交全部技术文档和定制部分源代码。
P:5.3 平台上线、甲方使用或支付部分款项，均不视为最终验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质保与运维
P:6.1 免费质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供运维服务，年度运维服务费不超过平台软件许可费的8%，即每年不超过¥100,800，且质保期满后三个服务年度内不上调。运维服务合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.95%（计划内维护除外，计划维护须提前三个工作日经甲方同意）。
P:7.2 故障分为三级。一级故障指平台整体不可用或数据接收中断，乙方应在30分钟内响应、2小时内到达现场、8小时内恢复；二级故障指部分功能不可用，乙方应在2小时内响应、24小时内解决；三级故障在3个工作日内解决。
P:7.3 一级故障响应或恢复每超时1小时，乙方向甲方支付违约金¥500；月度可用率每低于承诺值0.01个百分点，乙方向甲方支付违约金¥1,000。上述款项甲方可从应付款中直接扣除。
H:第八条 知识产权
P:8.1 平台标准产品的著作权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的模块、接口程序、预警模型、文档及其源代码，知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发，无需另行付费。
P:8.3 乙方保证所提供的软件不侵犯第三方权利；因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台采集、存储和产生的全部监测数据、企业信息和业务数据归甲方所有。乙方仅可为履行本合同处理上述数据，不得用于其他任何目的。
P:9.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国网络安全法》和等级保护三级要求，运维人员经甲方审批后通过堡垒机访问，不得将数据复制或带离政务云。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行本合同中获知的甲方工作秘密、执法信息和企业商业信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在本合同终止后三年内继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的平台不符合合同约定的，应负责整改，并赔偿甲方因此遭受的损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十二条 分包
P:12.1 乙方不得将本项目转包或分包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方逾期超过三十日，或有其他重大违约行为且在甲方书面通知后十五日内未纠正的，甲方有权书面解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。履行中发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件、中标通知书为本合同组成部分。
P:甲方（盖章）：江川市生态环境局    乙方（盖章）：青岚环境信息技术有限公司
P:法定代表人或授权代表：__________    法定代表人或授权代表：__________
P:签订日期：2026年6月  日    签订日期：2026年6月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# z02  糖厂 压榨车间 控制系统改造 + 维保 (hardware + software), .docx with a Word price table, 1. / 1.1
# ---------------------------------------------------------------------------------------------------------------
H555Z02 = """
T:桂南糖业股份有限公司压榨车间控制系统改造及维保合同
P:合同编号：GNTY-SB-2026-041
P:甲方（买方）：桂南糖业股份有限公司
P:住所：崇宁县糖业工业园一号路
P:乙方（卖方）：宏拓自动化工程有限公司
P:住所：南川市经济技术开发区工业大道59号
P:鉴于甲方压榨车间现有控制系统已运行多年、备件停产、故障频发，甲方经比选确定由乙方承担压榨车间控制系统改造及维保工作。双方根据《中华人民共和国民法典》，就本项目的供货、施工、验收和维保事宜，订立本合同。
H:1. 项目范围
P:1.1 乙方负责甲方压榨车间（五座压榨机组、渗出器、汁处理工段）控制系统的整体改造，包括控制系统硬件、组态软件许可、现场仪表及执行机构的供货，以及拆除、安装、接线、组态编程、调试和培训。
P:1.2 改造应在甲方本榨季结束后的停榨检修期内完成，不得影响下一榨季开榨。
P:1.3 乙方应提供改造后控制系统的全部组态程序、控制逻辑说明、接线图和操作维护手册。
P:1.4 乙方应指派具有糖厂或同类连续流程行业控制系统改造经验的项目经理，常驻现场直至最终验收。项目经理的更换须经甲方书面同意。
H:2. 合同价格
P:2.1 合同总价为人民币贰佰零叁万陆仟元整（¥2,036,000），含税及运输、保险、安装、调试等全部费用。明细如下：
TB:序号|项目|数量|金额（元）
TB:1|控制系统硬件（控制器、I/O模块、操作站、服务器、网络设备）|1套|1,186,000
TB:2|组态及监控软件许可（永久）|1套|214,000
TB:3|现场仪表及执行机构|1批|372,000
TB:4|硬件及软件许可小计||1,772,000
TB:5|拆除、安装、接线及调试|1项|236,000
TB:6|操作及维护培训|1项|28,000
TB:7|合同总价||2,036,000
P:2.2 除本合同另有约定外，合同价格不因市场价格变化而调整。
H:3. 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%，即¥407,200，作为预付款。
P:3.2 全部设备到货并完成安装后，甲方支付合同总价的45%，即¥916,200。设备到货、安装或投入使用均不视为验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥712,600。
P:3.4 乙方应在每期付款前开具等额增值税专用发票。
H:4. 工期
P:4.1 乙方应在甲方书面通知停榨之日起五十日内完成改造并具备带料试车条件。
P:4.2 乙方应每周向甲方提交进度报告。因甲方原因导致工期延误的，工期相应顺延。
P:4.3 乙方进入甲方厂区施工，应遵守甲方安全生产、动火作业、高处作业和停送电管理制度，施工人员须经甲方安全培训后方可进场。因乙方违反安全规定造成人身伤害或财产损失的，由乙方承担责任。
P:4.4 拆除的旧设备归甲方所有，乙方应按甲方指定地点堆放，不得擅自处置。
H:5. 验收
P:5.1 改造完成后进行冷态调试和带料试车。最终验收标准为：（1）全部控制回路投入自动运行；（2）操作站画面刷新时间不超过1秒；（3）连续带负荷运行72小时无一级故障；（4）控制系统与甲方生产管理系统的数据接口正常；（5）乙方已移交组态程序、图纸和手册。
P:5.2 验收合格的，双方签署最终验收证书；不合格的，乙方应在十日内整改后重新验收。
H:6. 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费更换损坏部件、修复软件缺陷。
P:6.2 质保期满后，乙方提供年度维保服务，年度维保费为硬件及软件许可小计的10%，即每年¥177,200，在质保期满后三个榨季内固定不变。维保服务需甲方每年书面确认，不自动续期。
P:6.3 维保服务内容包括：每个榨季开榨前的全面点检、备件更换建议、软件补丁和远程技术支持。
P:6.4 乙方保证在最终验收后至少八个榨季内供应控制器、I/O模块等关键备件，备件价格不高于本合同同类单价。
P:6.5 开榨首周，乙方应安排两名工程师驻厂值守，协助甲方操作人员熟悉新系统，费用已包含在合同总价中。
H:7. 服务水平
P:7.1 一级故障指导致压榨线停机的控制系统故障。榨季期间，乙方应在30分钟内响应，2小时内派工程师到达现场，6小时内恢复生产。
P:7.2 二级故障指单个回路或操作站故障，乙方应在2小时内响应，24小时内修复。
P:7.3 一级故障响应或到场每超时1小时，乙方向甲方支付违约金¥800；因乙方原因导致停机超过6小时的，另按每小时¥2,000支付违约金。
H:8. 知识产权
P:8.1 控制系统软件及组态软件的著作权归原权利人，乙方保证甲方获得永久使用许可。
P:8.2 乙方为本项目编写的组态程序、控制逻辑、画面及文档的知识产权归甲方所有，甲方可自行修改或交由第三方维护。
H:9. 数据与网络安全
P:9.1 控制系统产生的生产数据、工艺参数均归甲方所有，乙方不得用于本合同以外的目的。
P:9.2 乙方应按工业控制系统安全要求实施改造，远程维护须经甲方逐次审批并在甲方监督下进行，不得私自留存数据或设置远程通道。
P:9.3 因乙方原因造成数据泄露、系统被入侵或生产事故的，乙方应在2小时内报告甲方，并承担由此造成的全部损失。
H:10. 保密
P:10.1 双方对在履行本合同中知悉的对方技术资料、工艺参数和商业信息负有保密义务，未经对方书面同意不得披露。本条在合同终止后三年内有效。
H:11. 分包
P:11.1 乙方可将土建基础、电缆桥架敷设及部分安装工作分包给第三方，但应提前书面通知甲方，并对分包部分的质量和安全负责。
H:12. 违约责任
P:12.1 乙方逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:12.2 乙方提供的设备或服务不符合约定的，甲方有权要求更换、修复，并要求乙方赔偿损失。
P:12.3 甲方逾期付款的，每逾期一日按逾期金额的万分之二向乙方支付违约金。
H:13. 合同解除
P:13.1 乙方逾期超过二十日，或设备存在重大质量问题经两次整改仍不合格的，甲方有权书面解除本合同并要求乙方赔偿损失。
H:14. 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:15. 其他
P:15.1 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。附件：设备清单、技术方案、验收大纲。
P:15.2 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，双方根据影响程度协商延期或部分免除责任。
P:15.3 双方往来通知以书面形式送达本合同首部所列地址，一方地址变更的应及时书面告知对方。
P:甲方（盖章）：桂南糖业股份有限公司    乙方（盖章）：宏拓自动化工程有限公司
P:代表人签字：__________    代表人签字：__________
P:日期：2026年4月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# z03  连锁儿童乐园 (40 家) 会员及票务 SaaS + 实施, .txt, 一、/（一）
# ---------------------------------------------------------------------------------------------------------------
H555Z03 = """乐童星球连锁儿童乐园会员及票务系统服务合同

合同编号：LTXQ-IT-2026-008

甲方（客户）：乐童星球文化发展有限公司
地址：临港市江岸区滨江商务中心B座19层
乙方（服务商）：云途票务科技有限公司
地址：临港市软件园二期7号楼

鉴于甲方在全国经营40家室内儿童乐园门店，需要统一的会员、票务、核销及营销系统；乙方提供“云途乐园通”会员及票务SaaS服务。双方根据《中华人民共和国民法典》《中华人民共和国个人信息保护法》，经友好协商，订立本合同。

一、服务内容
（一）乙方向甲方40家门店提供“云途乐园通”SaaS服务，包括线上售票、会员储值、次卡及年卡管理、闸机核销、营销活动和经营报表。
（二）乙方负责实施工作：门店开通和参数配置、原有会员及储值余额数据迁移、与门店闸机及收银系统对接、甲方小程序页面定制、店长及收银员培训。
（三）服务期为两个服务年度，自2026年4月1日起至2028年3月31日止。
（四）乙方应为甲方指定专职客户经理和实施项目经理，建立甲方门店服务群，在门店营业时间内（每日9:00至22:00）提供在线支持。
（五）乙方应在每月第五个工作日前向甲方提交上月服务报告，内容包括系统可用率、故障记录、处理时长、版本更新及下月计划。
（六）乙方对平台的版本升级应提前七日通知甲方，重大功能变更须经甲方确认，不得影响门店正常营业；节假日及寒暑假高峰期原则上不安排版本升级。

二、服务费用
（一）本合同服务费用如下：
项目 | 计费方式 | 金额（元）
门店订阅费 | 40家 × 7,800元/家/服务年度 × 2个服务年度 | 624,000
会员营销模块 | 96,000元/服务年度 × 2个服务年度 | 192,000
实施费（一次性） | 含数据迁移、闸机对接、小程序定制、培训 | 138,000
合同总价 | | 954,000
（二）新增门店按每家每服务年度7,800元计费，按实际开通月份折算；关闭门店的，自关闭次月起停止计费，乙方按已付费用据实结算。
（三）上述费用已包含短信通知、电子发票接口、系统升级和在线客服支持的费用。微信及支付宝支付通道手续费由甲方与支付机构直接结算，不计入本合同价款。

三、付款方式
（一）实施费在上线验收合格后十个工作日内一次性支付。
（二）订阅费及会员营销模块费按季度支付，每季度结束后十个工作日内，乙方开具发票，甲方支付该季度费用。
（三）本合同不设预付款。

四、实施与上线验收
（一）乙方应在2026年4月1日起四十五日内完成全部门店上线。
（二）上线验收标准：1. 40家门店全部可正常售票、核销；2. 会员数据及储值余额迁移后逐户核对一致；3. 闸机核销单次不超过1秒；4. 连续试运行十五日无一级故障；5. 甲方确认的小程序页面全部上线。
（三）验收合格后双方签署上线验收单。门店试用或甲方支付任何款项不视为验收合格。
（四）乙方未按期完成上线的，每逾期一日向甲方支付违约金800元。
（五）甲方应指定项目联系人，及时提供门店信息、原系统数据和闸机、收银设备的接口资料，并安排门店人员参加培训。因甲方未及时配合导致延误的，上线期限相应顺延。

五、服务水平
（一）乙方承诺系统月度可用率不低于99.5%，计划维护应安排在门店营业时间以外并提前两日通知甲方。
（二）一级故障指全部或多家门店无法售票、核销，乙方应在15分钟内响应，2小时内恢复；二级故障指单店或单一功能故障，乙方应在1小时内响应，8小时内解决。
（三）月度可用率低于承诺值的，乙方按当月订阅费的5%给予服务抵扣；低于99%的，按当月订阅费的10%给予抵扣。一级故障恢复每超时1小时，抵扣当月订阅费2,000元。

六、数据与个人信息保护
（一）甲方会员数据（包括儿童及其监护人的个人信息）、交易数据和经营数据均归甲方所有。乙方仅为向甲方提供本合同服务处理上述数据，不得用于其他目的，不得向第三方提供。
（二）乙方应将数据存储在中国境内，对个人信息加密存储，实行最小权限访问和操作日志审计，每服务年度至少开展一次安全评估。
（三）发生数据泄露等安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方向会员承担的赔偿。
（四）合同终止后三十日内，乙方应按甲方要求返还全部数据并删除副本，出具删除证明。

七、知识产权
（一）“云途乐园通”平台的知识产权归乙方。
（二）乙方为甲方定制的小程序页面、报表模板、闸机及收银接口程序，知识产权归甲方所有，甲方可自由使用、修改或交由第三方维护。
（三）乙方保证平台及其提供的任何内容不侵犯第三方的知识产权或其他权利。因此引起第三方索赔的，由乙方负责处理并承担全部责任，甲方因此遭受的损失由乙方赔偿。

八、保密
双方对在合作中知悉的对方商业信息、经营数据和技术资料负有保密义务，未经对方书面同意不得披露。本条在合同终止后三年内有效。

九、续期
本合同期满，除任何一方在期满前六十日书面提出不续期外，自动续期一个服务年度，续期可以多次。每次续期时，乙方有权上调订阅费及模块费，上调幅度不超过上一服务年度费用的10%，乙方以书面通知告知甲方调整后的价格。

十、分包
乙方不得将本合同服务分包给第三方，确需将门店现场部署工作交由第三方完成的，须事先取得甲方书面同意。

十一、责任限额
乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因数据安全事件、侵犯知识产权及故意或重大过失造成的损失不受此限。

十二、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除本合同。
（二）连续两个月可用率低于99%的，甲方有权解除本合同，且无需承担任何违约责任。
（三）合同因任何原因终止的，乙方应配合甲方完成数据导出和系统切换，在切换完成前继续提供服务，过渡期不超过六十日，过渡期服务费按原价格按日折算。会员储值余额等数据应完整导出并经甲方核对确认。

十三、争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交临港仲裁委员会仲裁。

十四、其他
（一）因不可抗力导致一方不能履行合同的，应及时通知对方并提供证明，受影响期间的义务相应中止；不可抗力持续超过六十日的，任何一方可书面解除本合同。
（二）双方的通知以书面形式发送至本合同首部地址或双方指定的电子邮箱，电子邮件发出即视为送达。
（三）本合同附件包括：门店清单、功能清单、实施计划、服务水平说明，附件与本合同具有同等效力。
（四）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：乐童星球文化发展有限公司
授权代表：__________
乙方（盖章）：云途票务科技有限公司
授权代表：__________
日期：2026年3月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# z04  市公交公司 车载视频系统 年度运维, 竞争性磋商, .txt, （1）/ ①
# ---------------------------------------------------------------------------------------------------------------
H555Z04 = """临江市公共交通有限公司车载视频监控系统运维服务合同

项目名称：2026—2027服务年度公交车载视频监控系统运维服务
采购方式：竞争性磋商
合同编号：LJGJ-YW-2026-015

甲方（采购人）：临江市公共交通有限公司
地址：临江市人民北路320号
乙方（成交供应商）：恒视智联运维服务有限公司
地址：临江市东湖新区光谷路18号

根据临江市公共交通有限公司车载视频监控系统运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，依据《中华人民共和国民法典》，甲乙双方经协商一致，订立本合同。

（1）服务范围
① 运维对象：甲方1,460辆公交车上的车载硬盘录像机、车内及车外摄像机、4G/5G传输模块、司机行为监测终端，以及调度中心视频监控平台和存储设备。
② 服务内容：设备日常巡检、故障维修、配件更换、平台运行维护、录像调取配合、季度全面巡检、运维台账及报告。
③ 服务期限：自2026年7月1日起至2027年6月30日止。
④ 备品备件包干范围内的配件由乙方负责采购和更换，更换的配件应为原厂或经甲方认可的同等品，并在运维台账中逐项登记。
⑤ 设备因车辆事故、人为破坏等原因损坏的，乙方负责维修，配件费用由甲方另行承担，单价按乙方响应文件报价执行。
⑥ 服务期满时，乙方应向甲方移交不少于五十套常用备件、全部运维台账和平台管理账号。
⑦ 乙方应配备必要的检测仪器、登车作业工具和运维车辆，相关费用已包含在合同总价中。平台软件升级或存储扩容须事先报甲方书面批准，不得擅自变更平台配置。

（2）服务费用
① 本合同总价为人民币玖拾贰万伍仟伍佰陆拾元整（¥925,560），明细如下：
序号 | 服务项目 | 计价 | 金额（元）
1 | 车载终端运维 | 1,460辆 × 486元/辆 | 709,560
2 | 中心平台及存储运维 | 包干 | 96,000
3 | 备品备件包干 | 包干 | 120,000
合计 | | | 925,560
② 合同总价包括人工、交通、备件、工具、税费等全部费用。单价在服务期内固定。

（3）付款方式
① 服务费按季度支付。每季度结束后，甲方对乙方当季服务进行考核，考核完成后十五个工作日内支付该季度服务费（合同总价的四分之一）。
② 本合同不设预付款。乙方应在每次付款前开具增值税发票。
③ 甲方新增或报废车辆的，车载终端运维费按实际在册车辆数和服务天数据实调整，于当季结算时一并计算。

（4）进场接管与首次全面巡检
① 乙方应在服务期开始后二十日内完成进场接管，并对全部车辆完成首次全面巡检，建立设备台账。
② 首次全面巡检报告经甲方验收，验收标准为：台账覆盖全部1,460辆车，逐车记录设备型号、序列号和运行状态；抽查五十辆车，台账与实物一致；故障设备已列出修复计划。
③ 乙方未按期完成进场接管或首次全面巡检的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

（5）服务水平
① 故障分级：一级故障为调度中心平台或存储整体不可用；二级故障为单车录像中断或摄像机损坏；三级故障为其他一般故障。
② 一级故障乙方应在1小时内响应，3小时内恢复；二级故障应在车辆回场后当日修复，最迟不超过48小时；三级故障在3个工作日内处理完毕。
③ 季度巡检应覆盖全部车辆，巡检记录按车建档。
④ 服务水平考核结果作为甲方评价乙方服务和下一服务年度采购的参考。考核不达标的，乙方应提交整改报告并限期整改，甲方不因考核结果扣减服务费，乙方也不因此承担违约金。

④ 乙方应建立7×24小时服务热线，所有故障均应在运维系统中登记工单，记录报修时间、响应时间、到场时间、修复时间和处理结果，工单数据作为季度考核的依据。
⑤ 每季度考核内容包括：故障响应及修复及时情况、巡检完成情况、台账准确性、录像调取配合情况和甲方各停车场的满意度评价。

（6）人员要求
① 乙方应设立驻场运维组，配备不少于十四名运维人员及一名项目经理，在甲方三个停车场设点。驻场人员应具备相应电工作业资格，名单及资格证书复印件应在进场前报甲方备案。
② 乙方人员进入停车场和调度中心应遵守甲方安全管理制度，佩戴工作证件。
③ 乙方应保持驻场人员相对稳定，更换项目经理须提前十日书面通知并经甲方同意；驻场人员每季度更换不得超过三名。
④ 乙方运维人员在车辆上作业时应避开运营时段，确需在运营时段作业的，应提前与甲方调度中心确认，不得影响线路正常运营和乘客安全。

（7）数据安全
① 车载视频、录像、车辆位置及乘客图像等数据均归甲方所有。乙方仅在运维所需范围内接触上述数据，不得复制、下载、留存或向任何第三方提供。
② 录像调取须经甲方书面审批，由甲方人员在场操作。更换下来的硬盘应交还甲方，不得带离。
③ 发生数据泄露、丢失等安全事件的，乙方应在1小时内报告甲方，配合调查并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。

（8）保密
乙方对在服务中知悉的甲方运营信息、线路调度信息、视频内容和乘客信息负有保密义务，未经甲方书面同意不得向任何第三方披露，服务期满后继续有效。

（9）知识产权
乙方在服务中形成的运维台账、巡检报告、故障分析报告及配置脚本归甲方所有，甲方可自行使用或提供给其他服务商使用，无需另行付费。

（10）分包
乙方不得将本合同服务全部或部分分包、转包给第三方。

（11）责任限额
乙方在本合同项下对甲方的累计赔偿责任（含违约金）以合同总价的50%为限。

（12）合同解除
乙方未按约定提供服务，或有其他严重违约行为，经甲方书面通知后十日内未改正的，甲方有权解除本合同，并按实际服务期间结算服务费。

（13）期满
本合同期满即终止，不自动续期。甲方如需继续采购运维服务，按规定另行组织采购。服务期满或合同解除时，乙方应在十日内完成交接，向甲方或甲方指定的新服务商移交设备台账、备件、平台账号、配置资料和未完成工单，并配合新服务商完成不少于十日的交接期。

（14）争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由甲方所在地人民法院管辖。

（15）其他
① 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商处理。
② 乙方应于每月五日前提交上月运维月报，每季度结束后五日内提交季度考核自评表，甲方在十个工作日内完成考核。
③ 本合同一式四份，甲方三份，乙方一份。磋商文件、响应文件和成交通知书为本合同组成部分，与本合同具有同等效力。

甲方（盖章）：临江市公共交通有限公司      乙方（盖章）：恒视智联运维服务有限公司
授权代表：__________                      授权代表：__________
日期：2026年6月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# z05  肉松厂 质量管理软件许可 + 定制开发, the supplier's template, .md, "## 第X条", markdown price table
# ---------------------------------------------------------------------------------------------------------------
H555Z05 = """# 质链QMS质量管理软件许可及实施合同

（质链软件标准合同文本 V3.2）

合同编号：ZL-QMS-2026-0093

- 甲方（用户）：福鑫食品有限公司
- 地址：闽东市福安工业区兴业路12号
- 乙方（软件供应商）：质链软件科技有限公司
- 地址：榕城市鼓山区软件大道86号

甲方主要从事肉松、肉脯等熟肉制品的生产，为满足食品安全管理体系和追溯管理要求，拟采用乙方的质链QMS质量管理软件。双方根据《中华人民共和国民法典》，就软件许可、定制开发和实施服务事宜，达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方提供质链QMS质量管理软件标准版的使用许可（永久许可，五十个并发用户），部署在甲方服务器上。

1.2 乙方根据甲方需求进行定制开发，内容包括：HACCP关键控制点（炒松温度、金属探测）记录、原料肉及辅料来料检验、成品批次追溯、电子批记录和质量报表。

1.3 乙方负责软件安装部署、基础数据初始化和用户培训。

1.4 软件运行所需的服务器、操作系统、数据库及网络环境由甲方自行准备，配置要求以乙方提供的《部署环境说明》为准。因甲方环境不符合要求导致的问题，不属于乙方责任。

1.5 本合同所附《定制开发需求确认单》经双方签字后作为定制开发的依据。需求确认后甲方提出新增或变更需求的，乙方另行报价，双方签订补充协议。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 质链QMS标准版软件许可（永久，五十个并发用户） | 320,000 |
| 2 | 定制开发 | 168,000 |
| 3 | 实施部署 | 52,000 |
| 4 | 培训 | 16,000 |
| | 合计 | 556,000 |

合同总价为人民币伍拾伍万陆仟元整（¥556,000），含税。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总价的65%，即¥361,400。乙方收到该笔款项后开始实施。

3.2 系统上线运行后十个工作日内，甲方支付合同总价的35%，即¥194,600。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停服务。

## 第四条 实施与上线

4.1 乙方在收到首笔款项后开始实施，预计九十日内完成上线。实施进度受甲方需求确认和配合情况影响的，上线时间相应顺延。

4.2 乙方未能按预计时间上线的，双方协商确定新的上线时间。

4.3 甲方应指定项目负责人及各车间质量管理员，按乙方要求提供原料标准、检验规程、工艺参数和历史批次记录，并在乙方提交需求文档后五个工作日内予以确认。甲方逾期确认的，实施时间相应顺延。

4.4 乙方为甲方提供两次集中培训，培训对象为质量部、生产部和仓储部相关人员，培训内容包括系统操作、基础数据维护和常见问题处理。超出部分的培训按乙方当年价格另行收费。

## 第五条 验收

5.1 软件安装完成并上线运行，即视为甲方验收合格。

5.2 甲方在上线后使用中发现的问题，由乙方在维护期内处理。

5.3 系统上线前，乙方将组织一次上线演示，向甲方质量部门展示标准功能和定制功能的操作流程。演示中甲方提出的意见，乙方根据实际情况在后续版本中予以考虑。

## 第六条 免费维护期

6.1 免费维护期为六个月，自系统上线之日起计算。维护期内乙方负责修复软件本身的缺陷。因甲方操作不当、擅自修改配置、病毒或第三方软件造成的问题，不属于免费维护范围，乙方可按实际工作量另行收费。

6.2 维护期内，乙方通过电话、邮件和远程方式提供技术支持，受理时间为工作日9:00至17:30，乙方将尽力及时处理甲方提出的问题。

## 第七条 年度维护

7.1 免费维护期满后，甲方应购买乙方年度维护服务，年度维护费为软件许可费的32%，即每年¥102,400。

7.2 年度维护服务包括软件补丁、版本升级和远程技术支持，服务方式同第六条。

7.3 甲方需要乙方派员到现场服务的，除年度维护费外，另按每人每日2,800元支付现场服务费，差旅费由甲方承担。

7.4 甲方未购买年度维护服务的，乙方不再提供补丁和升级；甲方此后重新购买的，应补缴中断期间的维护费。

## 第八条 知识产权

8.1 质链QMS软件及其文档的著作权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、报表、程序及源代码的知识产权归乙方所有，甲方在本合同约定范围内享有非独占的使用权，不得修改、复制或提供给第三方。

## 第九条 数据

9.1 甲方录入和产生的业务数据归甲方所有，包括检验记录、批次记录、供应商信息和质量报表。

9.2 乙方可对甲方数据进行去标识化处理，并将处理后的数据用于产品改进、行业质量分析和对外发布的行业报告，本合同终止后仍可继续使用。

9.3 乙方远程维护时应采取访问控制、传输加密等安全措施，维护账号经甲方开通后方可使用。因乙方原因造成甲方数据泄露或损毁的，乙方应及时通知甲方、采取补救措施，并赔偿甲方直接损失。

## 第十条 保密

双方对在合作过程中获知的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后三年内有效。

## 第十一条 责任限制

11.1 乙方在本合同项下的累计赔偿责任以合同总价的20%为限。

11.2 乙方不承担任何间接损失、利润损失或生产损失。

11.3 甲方应自行做好系统数据的日常备份。因甲方未备份、误操作或服务器故障造成数据丢失的，乙方不承担责任，但可协助甲方进行数据恢复，恢复服务另行收费。

## 第十二条 合同解除

一方严重违反本合同，经另一方书面催告后三十日内仍未纠正的，守约方有权解除本合同。合同解除后，甲方应按乙方已完成的工作量结算费用，已支付的软件许可费不予退还。

## 第十三条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 因不可抗力导致一方不能履行本合同的，受影响一方不承担责任，但应及时通知另一方。

14.2 双方的通知以书面形式或电子邮件发送至本合同首部地址或双方指定的邮箱。

14.3 本合同附件包括：《定制开发需求确认单》《部署环境说明》《培训计划》，附件为本合同不可分割的组成部分。

14.4 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同未尽事宜，双方另行协商。

甲方（盖章）：福鑫食品有限公司　　　　乙方（盖章）：质链软件科技有限公司

授权代表：__________　　　　　　　　授权代表：__________

日期：2026年5月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# e01  Estonian vendor, perpetual software licence + services, .pdf, Article N
# ---------------------------------------------------------------------------------------------------------------
H555E01 = """
T:Software Licence and Implementation Agreement
P:Agreement No. NL-CN-2026-014
P:This Software Licence and Implementation Agreement (the "Agreement") is made between:
P:(1) Jiaxing Ruifeng Textile Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at 88 Xiuzhou Industrial Road, Jiaxing, Zhejiang Province (the "Customer"); and
P:(2) Nordlight Systems OU, a private limited company registered in Estonia under registry code 14820931, with its registered office at Riia 142, 51014 Tartu, Estonia (the "Vendor").
P:Background. The Customer operates three weaving and dyeing plants and wishes to replace its spreadsheet-based production scheduling with the Vendor's Nordlight APS advanced planning and scheduling software. The Vendor has offered perpetual licences and the implementation services described below, priced in CNY at the Customer's request. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Nordlight APS software in object code, version 7.4, with its standard modules for order planning, finite-capacity scheduling, dye-house batching and material requirements, and the related user documentation.
P:1.2 "Custom Deliverables" means the interfaces, scheduling rules, reports, scripts and configurations that the Vendor develops specifically for the Customer under this Agreement, with their source code and documentation.
P:1.3 "Final Acceptance" means the Customer's written confirmation that the acceptance tests in Article 5 have been passed.
P:1.4 "Customer Data" means all data that the Customer or its users enter into, or generate with, the Software, including orders, recipes, machine capacities and production records.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for the internal business of the Customer and its affiliates in mainland China, for up to 60 named planners and 400 shop-floor users.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The Customer may not resell the Software.
P:2.3 The Software is installed on the Customer's own servers in Jiaxing. The Vendor receives no copy of Customer Data except as set out in Article 9.
H:Article 3 Services
P:3.1 The Vendor shall perform the implementation services: requirement workshops, configuration of the three plants, development of the Custom Deliverables, data migration of open orders and routings, an interface to the Customer's ERP system and to the dye-house weighing system, user training and go-live support on site.
P:3.2 The Vendor shall appoint a named project manager who speaks Chinese or works with an interpreter provided by the Vendor at its own cost. The project plan is Annex 2.
P:3.4 The Customer shall provide office space at each plant, access to its ERP test system and a key user for each plant, and shall confirm the requirement specification within ten working days after the Vendor delivers it.
P:3.3 The Vendor shall make the system ready for Final Acceptance tests within 140 days after the signature date.
H:Article 4 Prices and Payment
P:4.1 The total Contract Price is CNY 1,700,000, inclusive of applicable taxes, made up as follows:
TB:Item|Description|Amount (CNY)
TB:1|Nordlight APS perpetual licences (60 named planners, 400 shop-floor users)|1,080,000
TB:2|Implementation and configuration|420,000
TB:3|ERP and weighing-system interfaces|156,000
TB:4|Training and go-live support|44,000
TB:|Total Contract Price|1,700,000
P:4.2 The Contract Price is payable as follows: (a) 20% (CNY 340,000) within 20 days after signature, against the Vendor's invoice; (b) 45% (CNY 765,000) after the system goes live in the first plant; (c) 35% (CNY 595,000) within 20 days after Final Acceptance.
P:4.3 Payments are made by bank transfer in CNY to the account named in the invoice. Go-live in a plant, and any payment, is not acceptance.
H:Article 5 Acceptance
P:5.1 The Customer performs acceptance tests under the test plan in Annex 3. The system passes when: (a) all functions in the requirement specification work in all three plants; (b) a weekly schedule of 2,500 production orders is calculated in less than 10 minutes; (c) the ERP interface has exchanged orders, stock and confirmations for 20 consecutive working days without a reconciliation difference; (d) no Severity 1 defect has occurred in the last 30 days of parallel running; and (e) the Vendor has delivered the documentation and the source code of the Custom Deliverables.
P:5.2 If a test fails, the Vendor shall correct the defect and repeat the test within 15 days. Final Acceptance is confirmed only by a certificate signed by the Customer.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor corrects defects and provides new versions free of charge.
P:6.2 The Vendor warrants that the Software does not infringe third-party rights and shall defend the Customer against any such claim at its own cost.
H:Article 7 Support after the Warranty Period
P:7.1 After the Warranty Period the Customer may order annual support. The annual support fee is 12.5% of the licence fee in Item 1, that is CNY 135,000 per year, and the Vendor shall not increase it during the first three support years. Any later increase must be agreed in writing and may not exceed 3% per year.
P:7.2 Support is ordered by a purchase order for each year. It does not renew automatically.
H:Article 8 Service Levels
P:8.1 During the Warranty Period and any support year, the Vendor shall respond to a Severity 1 incident (production scheduling not possible in a plant) within 1 hour, at any time, and provide a workaround within 8 hours. Severity 2 incidents are answered within 2 hours on working days and resolved within 3 working days.
P:8.2 For each hour by which a Severity 1 response or workaround is late, the Vendor shall pay the Customer CNY 1,000, which the Customer may deduct from any amount due.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Vendor may use it only to perform this Agreement and shall not keep, analyse or disclose it for any other purpose.
P:9.2 Remote access by the Vendor requires the Customer's approval for each session, uses the Customer's VPN with multi-factor authentication and is logged. The Vendor shall not copy Customer Data outside the Customer's systems and shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:9.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 12 hours, shall help to contain it and shall be liable for all losses that the Customer suffers from a breach caused by the Vendor or its personnel.
H:Article 10 Intellectual Property
P:10.1 The Vendor keeps all rights in the Software.
P:10.2 The Custom Deliverables belong to the Customer on payment. The Customer may use, modify and license them freely, and may have them maintained by a third party.
H:Article 11 Confidentiality
P:11.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to staff and advisers who need to know it. This obligation continues for three years after the end of this Agreement.
H:Article 12 Delay and Liability
P:12.1 If the Vendor does not make the system ready for Final Acceptance tests by the date in Article 3.3, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, infringement claims under Article 6.2 or breach of Article 9.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for its subcontractors.
H:Article 14 Termination
P:14.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after written notice, or if the delay under Article 12.1 exceeds 60 days. The Vendor shall then refund payments for services not accepted.
P:14.2 The licence in Article 2 survives termination once the licence fee has been paid.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Republic of Estonia.
P:15.2 Any dispute shall be finally settled by the Arbitration Court of the Estonian Chamber of Commerce and Industry in Tallinn, in English.
H:Article 16 General
P:16.1 Force majeure. Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.
P:16.2 Notices are given in writing to the addresses above, by courier or by e-mail with confirmation.
P:16.3 This Agreement, with its Annexes (1 Functional Specification, 2 Project Plan, 3 Acceptance Test Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:16.4 This Agreement is made in English in two originals, one for each party, and takes effect on signature.
P:Signed for Jiaxing Ruifeng Textile Co., Ltd.: ____________________ Date: __________
P:Signed for Nordlight Systems OU: ____________________ Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# e02  Latvian vendor, SaaS Order Form + General Terms, .md, Section N.N
# ---------------------------------------------------------------------------------------------------------------
H555E02 = """# Rotaplan Order Form No. RP-2026-0417

**Provider:** Rotaplan SIA, registration No. 40203318826, Brivibas iela 214, Riga, LV-1039, Latvia ("Rotaplan")

**Customer:** Nanjing Maixiang Bakery Chain Co., Ltd., 56 Zhongshan East Road, Xuanwu District, Nanjing, Jiangsu Province, PRC ("Customer")

This Order Form is placed under, and incorporates, the Rotaplan General Terms set out below (together, the "Agreement"). If the Order Form and the General Terms conflict, the Order Form prevails.

## Part A: Order Form

### A1. Service

Rotaplan Workforce, the cloud service for staff scheduling, time and attendance and labour-cost reporting, for the Customer's 65 bakery stores and its central kitchen, with the Chinese-language interface, the mobile app for employees and the payroll export module.

### A2. Subscription Term

Two Subscription Years. The first Subscription Year starts on the Go-Live Acceptance Date (planned for 1 September 2026) and the Subscription Term ends on the day before the second anniversary of that date.

### A3. Fees

At the Customer's request all fees are stated and invoiced in CNY.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, 65 stores and central kitchen | CNY 286,000 per Subscription Year x 2 | 572,000 |
| Onboarding (configuration, data import, payroll export, training) | one-time | 46,000 |
| Total Contract Value | | 618,000 |

Additional stores are charged at CNY 4,200 per store per Subscription Year, pro rata. Fees include applicable taxes.

### A4. Invoicing and Payment

4.1 The onboarding fee is invoiced on the Go-Live Acceptance Date.

4.2 The subscription fee is invoiced quarterly in advance, starting on the Go-Live Acceptance Date. Nothing is payable before the Go-Live Acceptance Date.

4.3 Invoices are payable within 30 days by bank transfer.

### A5. Onboarding and Go-Live Acceptance

5.1 Rotaplan shall complete onboarding within 50 days after signature of this Order Form.

5.2 Go-Live Acceptance tests: (a) all 65 stores and the central kitchen are configured with their opening hours, shift patterns and staff; (b) employee master data of about 1,900 employees is imported and checked by the Customer; (c) a full monthly payroll export is reconciled with the Customer's payroll system without differences; (d) a two-week pilot in six stores runs without a Severity 1 incident. When the tests are passed, the Customer signs a Go-Live Acceptance certificate. Use of the service in the pilot is not acceptance.

5.3 If Rotaplan misses the onboarding date in 5.1 for reasons within its control, it shall pay the Customer CNY 500 for each day of delay, which the Customer may set off against the fees.

### A6. Renewal

After the Subscription Term, the Agreement renews only if the parties sign a new Order Form. There is no automatic renewal.

Signed for Rotaplan SIA: ____________________  Date: __________

Signed for Nanjing Maixiang Bakery Chain Co., Ltd.: ____________________  Date: __________

## Part B: General Terms

### Section 1. Provision of the Service

1.1 Rotaplan shall provide the Service in accordance with the Documentation and these General Terms, and shall maintain it with reasonable skill and care.

1.2 The Customer shall use the Service only for its own business and for its employees, and is responsible for the accounts of its users.

1.3 The Service is hosted for the Customer in a data centre in mainland China operated by Rotaplan's hosting partner.

1.4 Rotaplan may improve and update the Service from time to time, provided that an update does not materially reduce the functions the Customer has subscribed to. Rotaplan shall announce major releases at least 14 days in advance and shall provide release notes in Chinese.

1.5 Rotaplan provides support in Chinese and English through its service desk by telephone, e-mail and the in-app help function. Store managers may contact the service desk directly. Rotaplan shall send the Customer a monthly service report showing the measured availability, all Severity 1 and Severity 2 incidents with their response and restoration times, and any service credits due.

1.6 The Customer shall keep user passwords secret, shall inform Rotaplan promptly of any unauthorised use it becomes aware of, and shall make sure that its employees use the mobile app in line with the Customer's own working-time rules.

### Section 2. Service Levels

2.1 Rotaplan shall make the Service available at least 99.95% of each calendar month, excluding planned maintenance announced five days in advance and carried out between 01:00 and 05:00 Beijing time.

2.2 Severity 1 means that the Service, or clock-in for a whole store, is unavailable. Rotaplan shall respond to a Severity 1 incident within 30 minutes at any time and restore the Service within 6 hours. Severity 2 incidents are answered within 2 hours and resolved within 2 business days.

2.3 If monthly availability falls below the level in 2.1, the Customer receives a service credit of 5% of that month's subscription fee for each started 0.1 percentage point below the level, up to half of the month's fee. Late Severity 1 responses give a credit of CNY 300 per started hour.

### Section 3. Customer Data

3.1 All data that the Customer and its users enter into the Service, including employee personal information, working time and labour costs ("Customer Data"), belongs to the Customer. Rotaplan processes Customer Data only on the Customer's instructions and only to provide the Service.

3.2 Rotaplan shall protect Customer Data with encryption in transit and at rest, role-based access, multi-factor authentication for its administrators and access logs kept for 180 days, and shall keep Customer Data in mainland China in line with the PRC Personal Information Protection Law.

3.3 Rotaplan shall notify the Customer of a security incident affecting Customer Data within 24 hours, shall take remedial action and shall be liable for the Customer's losses caused by an incident for which Rotaplan or its subprocessors are responsible.

3.4 At the end of the Subscription Term Rotaplan shall return Customer Data in CSV format and delete it within 30 days.

### Section 4. Subprocessors and Subcontractors

4.1 Rotaplan may engage subprocessors and subcontractors, including its hosting partner, its affiliate in Vilnius and local implementation partners, to perform any part of the Service.

4.2 Rotaplan keeps a list of its subprocessors on its website and will inform the Customer of a new subprocessor or subcontractor by e-mail at least 14 days before it is used. Rotaplan remains responsible for their performance.

### Section 5. Intellectual Property

5.1 Rotaplan owns the Service, the Documentation and all improvements to them.

5.2 Reports, shift templates, export mappings and other configurations created specifically for the Customer during onboarding belong to the Customer, who may use, modify and license them freely, including with another provider.

### Section 6. Confidentiality

6.1 Each party shall keep the other party's confidential information secret, use it only for the Agreement and protect it with at least reasonable care. This obligation survives for three years after the end of the Agreement.

### Section 7. Liability

7.1 Neither party is liable for indirect or consequential loss or loss of profit.

7.2 Rotaplan's total liability arising out of or in connection with the Agreement is limited to the fees paid by the Customer in the six (6) months preceding the event giving rise to the claim.

### Section 8. Term and Termination

8.1 The Agreement starts on signature and ends at the end of the Subscription Term.

8.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. If the Customer terminates for Rotaplan's breach, Rotaplan shall refund any prepaid fees for the period after termination.

8.3 The Customer may also terminate if availability falls below the level in 2.1 in three consecutive months.

### Section 9. Governing Law and Disputes

9.1 The Agreement is governed by the laws of the Republic of Latvia.

9.2 Disputes shall be finally resolved by the Riga International Arbitration Court in Riga, Latvia, in the English language.

### Section 10. General

10.1 Neither party may assign the Agreement without the other party's written consent.

10.2 Neither party is liable for failure caused by force majeure, provided it notifies the other party without delay.

10.3 Notices must be in writing and sent to the addresses in the Order Form or to an e-mail address a party names for that purpose.

10.4 The Agreement is the entire agreement between the parties about the Service. Changes must be agreed in writing.

10.5 Each party shall comply with the anti-bribery and anti-corruption laws that apply to it and shall not offer any improper payment or benefit to the other party's employees.

10.6 If any provision of the Agreement is held invalid, the remaining provisions stay in force, and the parties shall replace the invalid provision with a valid one that comes as close as possible to its purpose.

10.7 The Agreement is made in English. A Chinese translation may be prepared for the Customer's internal use; the English text prevails.
"""

# ---------------------------------------------------------------------------------------------------------------
# e03  Greenland vendor, cold-store sensors + gateways + monitoring licence, buyer's paper, .docx, Section N.N
# ---------------------------------------------------------------------------------------------------------------
H555E03 = """
T:Supply Contract for Cold-Store Temperature Monitoring Equipment
P:Contract No. HYCC-EQ-2026-022
P:Buyer: Qingdao Haiyun Cold Chain Logistics Co., Ltd., 19 Qianwangang Road, Huangdao District, Qingdao, Shandong Province, PRC (the "Buyer").
P:Supplier: Qajaq Sensor ApS, Aqqusinersuaq 12, 3900 Nuuk, Greenland (the "Supplier").
P:Recitals. The Buyer operates a cold-storage site of 11 freezer and chiller chambers in Huangdao. It needs continuous temperature and humidity monitoring that meets food-safety and pharmaceutical cold-chain requirements. After a competitive tender the Buyer has selected the Supplier, whose wireless sensors are designed for arctic conditions. This Contract is on the Buyer's standard terms; prices are in CNY.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission at the Buyer's site: 420 wireless temperature and humidity sensors, 24 gateways, the ColdWatch monitoring software under a perpetual licence, and all mounting material, and shall train the Buyer's staff.
P:1.2 The equipment shall operate at temperatures down to minus 40 degrees Celsius, with a measuring accuracy of plus or minus 0.2 degrees and a battery life stated in the technical specification (Annex 1).
P:1.3 The ColdWatch software is installed on the Buyer's servers. It records readings every minute, raises alarms by SMS, telephone and app, and produces audit-ready temperature reports.
P:1.4 The Supplier shall appoint a project manager who attends the weekly site meetings during installation, either in person or through its Qingdao service partner, and shall provide a detailed installation schedule within 10 days after signature.
P:1.5 Installation work in the chambers shall be planned with the Buyer's warehouse manager so that goods are not exposed to temperature deviations. The Supplier's staff shall wear cold-protection clothing and follow the Buyer's site safety, hygiene and permit-to-work rules.
H:Section 2 Contract Price
P:2.1 The Contract Price is CNY 1,098,000, including taxes, delivery DDP Buyer's site, installation and training, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor QS-40|420|1,380|579,600
TB:2|Gateway QG-8 with backup battery|24|9,800|235,200
TB:3|ColdWatch monitoring software, perpetual licence|1||168,000
TB:|Hardware and licence subtotal|||982,800
TB:4|Installation, calibration and commissioning|1||96,400
TB:5|Training|1||18,800
TB:|Contract Price|||1,098,000
P:2.2 Prices are fixed for the duration of the Contract.
H:Section 3 Payment
P:3.1 The Buyer pays: (a) 20% of the Contract Price (CNY 219,600) as an advance payment within 15 working days after signature, against an advance-payment bank guarantee of the same amount; (b) 45% (CNY 494,100) after delivery and installation of all equipment; and (c) 35% (CNY 384,300) after Final Acceptance.
P:3.2 Delivery, installation and use of the equipment do not constitute acceptance.
P:3.3 Each payment is made within 20 days after receipt of a correct invoice.
H:Section 4 Delivery and Delay
P:4.1 The Supplier shall deliver all equipment to the site within 75 days after signature and complete installation and commissioning within 30 days after delivery.
P:4.2 If the Supplier is late, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:Section 5 Acceptance
P:5.1 Final Acceptance tests are carried out after a 30-day trial run. The equipment passes when: (a) every sensor reports to the software at least once a minute; (b) each sensor's calibration certificate shows a deviation within the stated accuracy, checked against the Buyer's reference thermometer in a sample of 40 sensors; (c) alarms reach the named persons within 60 seconds in a test of each chamber; (d) no data has been lost during a simulated power failure of two hours; and (e) the Supplier has handed over all manuals, calibration certificates and as-built drawings.
P:5.2 When the tests are passed the parties sign a Final Acceptance Certificate. If a test fails, the Supplier shall remedy the defect and the test is repeated.
P:5.3 The Supplier shall deliver with the equipment a calibration certificate for each sensor, traceable to a national or accredited laboratory, and shall recalibrate or replace free of charge any sensor that is found outside the stated accuracy during the warranty period.
H:Section 6 Warranty and Support
P:6.1 The Supplier warrants the equipment and the software for 36 months from Final Acceptance. During this period the Supplier repairs or replaces defective items and corrects software defects free of charge, including batteries that fail early and transport of replacements.
P:6.2 After the warranty, the Supplier shall offer annual support at 7% of the hardware and licence subtotal, that is CNY 68,796 per year, fixed for three years. Support is ordered each year by a purchase order and does not renew automatically.
P:6.3 Spare parts for the sensors and gateways shall remain available for at least seven years after Final Acceptance at prices not higher than those in Section 2, adjusted only by agreement.
P:6.4 The Supplier shall inspect the installation once in each warranty year, replace weak batteries and check a sample of sensors against a reference instrument, and shall send the Buyer a short inspection report.
H:Section 7 Service Levels
P:7.1 A Severity 1 fault is a failure of the software, a gateway or the alarm function that leaves a chamber unmonitored. The Supplier shall respond within 1 hour, at any time of day or night, and restore monitoring within 8 hours, by remote service or on site through its Qingdao service partner.
P:7.2 A Severity 2 fault (single sensors, reports) is answered within 1 business day and resolved within 3 business days.
P:7.3 For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay CNY 600, deducted from the next payment or support fee.
H:Section 8 Data and Security
P:8.1 All readings, alarms, reports and logs are the Buyer's data and belong to the Buyer. The Supplier may use them only to perform this Contract, and shall not keep copies after the end of the warranty or support period. The Buyer's temperature records may be used by the Buyer as evidence towards its customers and the food and drug authorities, and the Supplier shall support the Buyer in any audit of the monitoring system.
P:8.2 Remote service requires the Buyer's approval for each session and uses an access account the Buyer enables. The Supplier shall not copy the Buyer's data, shall follow the Buyer's network security rules and shall comply with PRC data protection law.
P:8.3 The Supplier shall report any security incident involving the Buyer's data or systems within 12 hours and shall be liable for losses caused by an incident attributable to the Supplier.
H:Section 9 Intellectual Property
P:9.1 The Supplier keeps the rights in the ColdWatch software and the sensor firmware, which are licensed to the Buyer perpetually.
P:9.2 The chamber layouts, alarm rules, custom report templates and configuration files prepared for the Buyer belong to the Buyer, who may use and change them freely.
H:Section 10 Confidentiality
P:10.1 Each party shall keep confidential the non-public information it receives from the other party, including the Buyer's customer and product information, and use it only for this Contract. This obligation continues for three years after the Contract ends.
H:Section 11 Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Section 8, which are not limited.
H:Section 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, which the Buyer shall not withhold unreasonably for local installation labour. The Qingdao service partner named in Annex 3 is approved on signature. The Supplier remains responsible for its subcontractors.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the delay damages under Section 4.2 reach their maximum.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:Section 15 General
P:15.1 Force majeure suspends the affected obligations for its duration, if notified promptly. Notices are given in writing to the addresses above. Amendments must be signed by both parties. The Contract is made in English and Chinese; both versions are equally authentic.
P:15.2 The Supplier shall handle export formalities in Greenland and Denmark and the Buyer shall handle import formalities in China, with the Supplier providing all documents needed for customs clearance and for the radio type approval of the sensors and gateways.
P:15.3 The Supplier shall take back the packaging and, at the end of their life, the sensor batteries it has supplied, in line with applicable environmental rules.
P:15.4 The Supplier shall provide, with the equipment, operating instructions and software manuals in Chinese.
P:Annex 1: Technical specification. Annex 2: Site plan and sensor positions. Annex 3: Approved service partner.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# e04  Aland vendor, managed IT service for a hotel group, .md with schedules as tables, numbered clauses
# ---------------------------------------------------------------------------------------------------------------
H555E04 = """# Managed IT Services Agreement

Agreement reference: SKG-MSA-2026-07

**Between**

1. **Xiamen Lujiang Hotel Management Co., Ltd.**, 8 Lujiang Road, Siming District, Xiamen, Fujian Province, PRC (the "Customer"); and
2. **Skargard IT Services Ab**, Torggatan 14, AX-22100 Mariehamn, Aland Islands, Finland (the "Provider").

**Background.** The Customer manages 14 business hotels in Fujian and Guangdong. It wants one provider to run its hotel networks, guest Wi-Fi, front-desk and back-office PCs and the service desk for its staff. The Provider runs a managed-service centre and works in China through its own team in Xiamen. The parties agree as follows.

## 1. Definitions

1. "Services" means the managed services described in Schedule 1.
2. "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance Certificate.
3. "Initial Term" means the 24 months following the Service Commencement Date.
4. "Monthly Charge" means the charge stated in Schedule 2.

## 2. Term

1. This Agreement starts on signature. The Services run for the Initial Term.
2. At the end of the Initial Term the Agreement ends unless the parties sign an extension. There is no automatic renewal.

## 3. Transition

1. The Provider shall take over the Services from the Customer's current arrangements within 45 days after signature, following the transition plan in Schedule 4.
2. Transition acceptance criteria: (a) every hotel's network, Wi-Fi and endpoints are in the Provider's monitoring and asset inventory; (b) the service desk has handled calls from all hotels for ten consecutive days within the service levels; (c) runbooks for each hotel are delivered and approved by the Customer's IT manager; (d) a fail-over test of each hotel's internet link has succeeded. When the criteria are met the Customer signs the Transition Acceptance Certificate. Start of service-desk operation is not acceptance.
3. If the Provider does not achieve Transition acceptance by the date in 3.1 for reasons within its control, it shall pay the Customer CNY 900 for each day of delay.

## 4. Charges and Payment

1. The charges are set out in Schedule 2. The Monthly Charge is fixed for the Initial Term.
2. The transition fee is invoiced on Transition acceptance. The Monthly Charge is invoiced monthly in arrears. No charge is payable in advance.
3. The Customer pays correct invoices within 30 days of receipt.

## 5. Service Levels

1. The Provider shall meet the service levels in Schedule 3.
2. If a service level is missed, the Customer receives the service credits in Schedule 3, deducted from the next invoice. Credits are not the Customer's only remedy.
3. The Provider shall send a monthly service report with the measured levels, incidents, changes and credits.

## 5A. Governance and Change Control

1. The parties shall hold a monthly service review in Xiamen or by video conference, attended by the Provider's service manager and the Customer's IT manager, to review the monthly report, open problems, planned changes and improvement proposals.
2. Changes to the Services, such as new hotels, additional access points or new applications, are requested through a written change request. The Provider shall reply within ten business days with the effect on the charges, service levels and timetable. No change is binding until both parties sign it.
3. A new hotel added during the Initial Term is charged at the per-hotel rate in Schedule 2 from the month in which it is taken over, pro rata.

## 5B. Customer Responsibilities

1. The Customer shall give the Provider's staff access to the hotels' server rooms and network cabinets during agreed hours, provide remote access accounts, and name a contact person in each hotel.
2. The Customer remains responsible for its own software licences, internet contracts and the replacement of equipment that has reached the end of its life. The Provider shall advise the Customer in good time when equipment needs to be replaced.
3. The Provider is not responsible for failures to meet a service level to the extent they are caused by the Customer's failure to perform these responsibilities.

## 6. Customer Data

1. All data of the Customer, its guests and its employees that the Provider handles in the Services, including guest Wi-Fi registration records, device logs and service-desk tickets, belongs to the Customer.
2. The Provider shall use Customer data only to perform the Services and shall return it to the Customer at the end of the Agreement.

## 7. Intellectual Property

1. The Provider keeps its tools, monitoring platform and know-how.
2. Runbooks, network diagrams, configurations and reports prepared for the Customer belong to the Customer, who may use, modify and give them to any successor provider.

## 8. Confidentiality

1. Each party shall keep the other party's confidential information secret and use it only for this Agreement. This obligation continues for three years after the Agreement ends.

## 9. Personnel and Subcontracting

1. The Provider shall assign qualified staff and a named service manager based in Xiamen.
2. The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

## 10. Liability

1. The Provider's total liability under this Agreement is limited to 150% of the total charges for the Initial Term, except for personal injury and wilful misconduct.
2. Neither party is liable for indirect loss or loss of profit.

## 11. Termination

1. Neither party may terminate this Agreement during the Initial Term, except the Provider if the Customer fails to pay undisputed invoices for more than 60 days after a written reminder.
2. If the Provider breaches this Agreement, the Customer's remedies are the service credits under Schedule 3, a corrective action plan and damages under Clause 10. The Customer shall not terminate the Agreement for the Provider's breach.
3. At the end of the Agreement the Provider shall give reasonable help to transfer the Services to the Customer or a successor provider. This includes handing over all runbooks, configuration backups, passwords, the asset inventory and open tickets, and up to 20 days of parallel running with the successor provider at the rates in Schedule 2, pro rata.
4. Termination or expiry does not affect rights and obligations that arose before it.

## 12. Governing Law and Disputes

1. This Agreement is governed by the laws of the People's Republic of China.
2. Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

## 13. General

1. Force majeure suspends the affected obligations while it lasts, if the affected party notifies the other promptly.
2. Notices are given in writing to the addresses above.
3. Amendments must be in writing and signed by both parties.
4. Prices are stated in CNY.
5. The Provider shall maintain professional liability and general liability insurance with reputable insurers for the duration of the Agreement and shall show the certificates on request.
6. Each party shall comply with applicable anti-bribery laws and shall not offer improper payments or gifts to the other party's employees.

## Schedule 1: Services

| Service | Scope |
|---|---|
| Network management | 14 hotel networks, core and access switches, firewalls, internet links; monitoring, patching, configuration backup |
| Guest Wi-Fi | controllers and 1,260 access points; guest registration portal; capacity management |
| End-user computing | 410 front-desk and office PCs and 96 printers; installation, repair, patching, asset inventory |
| Service desk | telephone, e-mail and portal for hotel staff, in Chinese, at any time of day |
| On-site support | field engineers from Xiamen and Guangzhou for all hotels |

## Schedule 2: Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Monthly Charge | CNY 58,000 per month x 24 months | 1,392,000 |
| Transition fee | one-time | 64,000 |
| Total charges for the Initial Term | | 1,456,000 |

Per-hotel rate for hotels added during the Initial Term: CNY 3,900 per month. Hotels closed by the Customer reduce the Monthly Charge by the same rate from the following month.

## Schedule 3: Service Levels and Credits

| Measure | Level | Service credit if missed |
|---|---|---|
| Availability of each hotel's network and guest Wi-Fi | 99.95% per month | 5% of the Monthly Charge per hotel affected |
| Priority 1 incident (a hotel's network, Wi-Fi or front desk down) | response 15 minutes, on site 3 hours, restore 6 hours | CNY 500 per started hour late |
| Priority 2 incident (part of a hotel affected) | response 1 hour, restore 1 business day | CNY 200 per started hour late |

## Schedule 4: Transition Plan

| Week | Activity |
|---|---|
| 1-2 | Inventory and documentation of all 14 hotels |
| 3-4 | Monitoring and remote access set-up |
| 5 | Service desk start and parallel running |
| 6-7 | Fail-over tests, runbook approval, transition acceptance |

Signed for the Customer: ____________________  Date: __________

Signed for the Provider: ____________________  Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# e05  Svalbard (Norway) vendor, sea-ice and weather data API subscription, .txt, upper-case headings
# ---------------------------------------------------------------------------------------------------------------
H555E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. POD-API-2026-031

PARTIES

Polar Orbit Data AS, organisation number 926 418 337, Vei 600, 9170 Longyearbyen, Svalbard, Norway ("Provider").

Shanghai Donghai Shipping Co., Ltd., 1200 Pudong Avenue, Pudong New Area, Shanghai, PRC ("Customer").

BACKGROUND

The Provider receives satellite data at its Svalbard ground station and produces sea-ice charts, ice-edge forecasts and marine weather data for the Arctic. The Customer operates ice-class cargo vessels on Arctic routes and wishes to receive these data through the Provider's API in its voyage planning system. All prices are stated in CNY at the Customer's request.

1. DEFINITIONS

1.1 "API" means the Provider's application programming interface through which the Data are delivered.
1.2 "Data" means the sea-ice concentration grids, ice-edge forecasts, iceberg detections and marine weather forecasts described in Schedule A.
1.3 "Subscription Year" means each of the two consecutive periods set out in clause 3.1.
1.4 "Integration Acceptance" means the Customer's written confirmation under clause 5.3.
1.5 "Customer Data" means the vessel positions, routes, voyage plans and query logs that the Customer sends to or generates in the API.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for the Subscription Years, a non-exclusive licence to retrieve the Data through the API and to use them for the navigation and voyage planning of vessels owned or chartered by the Customer.
2.2 The subscription covers up to 18 vessels and up to 600,000 API calls per Subscription Year. Additional calls are charged at CNY 0.20 per call, invoiced quarterly in arrears.
2.3 The Customer may show Data to masters, officers and charterers of its vessels but shall not resell the Data as a data product.
2.4 The Provider issues one API key per vessel and one for the Customer's routing office. The Customer shall keep its API keys safe, shall not share them with third parties and shall tell the Provider promptly if a key may have been misused, so that it can be revoked and replaced.
2.5 The Provider may improve the Data products and the API during the Subscription Years. It shall announce any change to the API that requires changes to the connector at least 60 days in advance and shall keep the previous API version running for that period.

3. TERM

3.1 The first Subscription Year runs from the date of Integration Acceptance (planned for 1 July 2026) to 30 June 2027, and the second from 1 July 2027 to 30 June 2028. If Integration Acceptance is later, both periods move accordingly.
3.2 The Agreement ends at the end of the second Subscription Year. Any further subscription requires a new signed order.

4. FEES AND PAYMENT

4.1 The fees are:

Item                                              Amount (CNY)
Subscription fee, Subscription Year 1             348,000
Subscription fee, Subscription Year 2             348,000
Integration service (one-time)                    34,000
Total contract value                              730,000

4.2 The integration service fee is invoiced on Integration Acceptance. The subscription fee is invoiced quarterly in advance, in four equal instalments per Subscription Year, starting on the date of Integration Acceptance. Nothing is payable before Integration Acceptance.
4.3 Invoices are payable within 30 days by bank transfer. Fees include applicable taxes and are fixed for both Subscription Years.

5. INTEGRATION AND ACCEPTANCE

5.1 The Provider shall configure API access for the Customer, deliver a Customer-specific route overlay service and a connector to the Customer's voyage planning system, and train the Customer's routing team, within 40 days after signature.
5.2 Acceptance tests: (a) all Data products in Schedule A are retrieved through the connector for all 18 vessels; (b) sea-ice grids are available no later than 3 hours after the satellite pass for ten consecutive days; (c) the route overlay is displayed correctly in the voyage planning system for three test voyages; and (d) the API documentation and connector source code are delivered.
5.3 When the tests are passed the Customer signs an Integration Acceptance certificate. Test use of the API is not acceptance.
5.4 If the Provider does not complete the work in 5.1 on time for reasons within its control, it shall pay the Customer CNY 600 for each day of delay.

6. SERVICE LEVELS

6.1 The Provider shall keep the API available at least 99.7% of each calendar month, excluding maintenance announced 72 hours in advance.
6.2 A Priority 1 incident is an outage of the API or a failure to publish sea-ice grids for a whole region. The Provider shall respond to a Priority 1 incident within 1 hour at any time and restore delivery within 6 hours. Priority 2 incidents are answered within 8 hours and fixed within 3 days.
6.3 If monthly availability falls below the level in 6.1, the Customer receives a credit of 5% of the quarterly fee for each started 0.1 percentage point below it, up to half of that quarterly fee. A Priority 1 response more than one hour late gives a credit of CNY 500 per started hour.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider uses Customer Data only to provide the API and the route overlay service, and does not sell, share or analyse it for any other purpose.
7.2 The Provider protects Customer Data with encrypted connections, access keys per vessel, role-based access for its staff, logging of administrative access and annual penetration tests, and deletes vessel positions 90 days after receipt.
7.3 The Provider shall notify the Customer of a security incident affecting Customer Data within 24 hours, shall take remedial measures and shall be liable for the Customer's losses caused by an incident attributable to the Provider.

8. INTELLECTUAL PROPERTY

8.1 The Provider owns the API and the Data. The Customer receives only the licence in clause 2.
8.2 The connector and the Customer-specific route overlay rules developed for the Customer belong to the Customer, who may use, modify and license them freely.

9. DATA ACCURACY

9.1 The Data are produced with professional care from satellite observations and models. They are an aid to navigation and do not replace the judgement of the master, official ice services or the rules of the flag and coastal states.
9.2 The Provider shall correct any systematic error in a Data product as soon as it becomes aware of it and shall inform the Customer's routing office by e-mail and through the API status page.
9.3 The Provider shall give the Customer's routing team a refresher training on the interpretation of ice charts once in each Subscription Year, online or in Shanghai.

10. LIABILITY

10.1 The Provider's total liability under this Agreement is limited to 150% of the total contract value, except for personal injury, gross negligence and wilful misconduct.
10.2 Neither party is liable for indirect loss, loss of profit or loss of charter hire.

11. SUBCONTRACTING

11.1 The Provider shall not subcontract any part of the services without the Customer's prior written consent. The data-centre operator named in Schedule B is approved on signature.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.
12.2 If the Customer terminates for the Provider's breach, the Provider shall refund fees paid for the period after termination.
12.3 On expiry or termination the Provider shall disable the API keys, export the Customer's saved route overlays and query history in a common format if the Customer asks for them within 30 days, and then delete Customer Data from its systems and confirm the deletion in writing.
12.4 The Customer may keep and use Data retrieved before the end of the Agreement for its voyage records, incident investigations and the documentation required by flag and port state authorities.

13. GOVERNING LAW AND JURISDICTION

13.1 This Agreement is governed by the laws of Norway.
13.2 The Oslo District Court (Oslo tingrett) has exclusive jurisdiction over any dispute arising out of this Agreement.

14. GENERAL

14.1 Force majeure, including loss of satellite coverage that the Provider could not avoid, suspends the affected obligations while it lasts. Service credits remain due for downtime caused by the Provider's own systems.
14.2 Notices must be in writing and sent to the addresses above or to the e-mail addresses named in Schedule B.
14.3 Each party shall comply with the anti-bribery and sanctions laws that apply to it.
14.4 This Agreement, with Schedule A (Data Products) and Schedule B (Contacts and Approved Data Centre), is the entire agreement between the parties. Changes must be in writing and signed by both parties.

SCHEDULE A - DATA PRODUCTS

Sea-ice concentration grids, 1 km resolution, Barents, Kara and Laptev Seas, updated after every satellite pass.
Ice-edge forecasts, 3 to 7 days ahead, updated daily.
Iceberg detections from radar satellites, updated after every pass.
Marine weather forecasts (wind, waves, visibility, icing), 10 days ahead, updated four times a day.

SIGNATURES

For Polar Orbit Data AS: ____________________  Date: __________

For Shanghai Donghai Shipping Co., Ltd.: ____________________  Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------------------------------
FILES = {  # key: (file name, format, source)
    "h555z01": ("h555z01_eco_bureau_pollution_monitoring_platform.pdf", "pdf", H555Z01),
    "h555z02": ("h555z02_sugar_mill_milling_control_retrofit.docx", "docx", H555Z02),
    "h555z03": ("h555z03_kids_playground_chain_ticketing_saas.txt", "txt", H555Z03),
    "h555z04": ("h555z04_city_bus_onboard_video_om_service.txt", "txt", H555Z04),
    "h555z05": ("h555z05_pork_floss_factory_qms_supplier_template.md", "md", H555Z05),
    "h555e01": ("h555e01_estonian_aps_perpetual_licence.pdf", "pdf", H555E01),
    "h555e02": ("h555e02_latvian_workforce_saas_order_form.md", "md", H555E02),
    "h555e03": ("h555e03_greenland_cold_store_sensors.docx", "docx", H555E03),
    "h555e04": ("h555e04_aland_hotel_managed_it_service.md", "md", H555E04),
    "h555e05": ("h555e05_svalbard_sea_ice_data_api.txt", "txt", H555E05),
}

# ---------------------------------------------------------------------------------------------------------------
# Labels (buyer's view). Keys and order as holdout18/19.
# ---------------------------------------------------------------------------------------------------------------
T = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def terms(avail, p1, remedy, ip, dsec, downs, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(T, [avail, p1, remedy, ip, dsec, downs, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub,
                        law, kind]))


G, S = "goods_or_licence", "service"
LABELS = {
    "h555z01": ("zh", "software", terms(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8,
                                        False, True, False, "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=2098000)),
    "h555z02": ("zh", "hardware", terms(None, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 10,
                                        False, True, True, "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=2036000)),
    "h555z03": ("zh", "cloud", terms(99.5, 0.25, True, "buyer", True, True, True, 800 / 954000 * 100, 150, None, True,
                                     None, None, None, True, True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=954000)),
    "h555z04": ("zh", "services", terms(None, 1, False, "buyer", True, True, True, 0.1, 50, None, True, None, None, None,
                                        False, True, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=925560)),
    "h555z05": ("zh", "software", terms(None, None, False, "supplier", True, False, True, None, 20, 65, False, False, 6,
                                        32, False, True, None, None, G),
                dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=True, contract_value=556000)),
    "h555e01": ("en", "software", terms(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 12.5,
                                        False, True, False, "Estonia", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1700000)),
    "h555e02": ("en", "cloud", terms(99.95, 0.5, True, "buyer", True, True, True, 500 / 618000 * 100, 6 / 24 * 100, None,
                                     True, None, None, None, False, True, True, "Latvia", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=618000)),
    "h555e03": ("en", "hardware", terms(None, 1, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 36, 7,
                                        False, True, False, "PRC", G),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1098000)),
    "h555e04": ("en", "services", terms(99.95, 0.25, True, "buyer", False, True, True, 900 / 1456000 * 100, 150, None,
                                        True, None, None, None, False, False, False, "PRC", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1456000)),
    "h555e05": ("en", "cloud", terms(99.7, 1, True, "buyer", True, True, False, 600 / 730000 * 100, 150, None, True,
                                     None, None, None, False, True, False, "Norway", S),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=730000)),
}

# Design-side facts that are not label keys: dispute forum outside mainland China; TCO inputs for goods contracts
# (fee base = itemised licence / hardware subtotal, annual post-warranty fee, warranty months from acceptance).
FORUM_OUTSIDE_MAINLAND = {"h555e01": True, "h555e02": True, "h555e05": True}
TCO_INPUT = {
    "h555z01": dict(base=1260000, fee=100800, warranty=36),
    "h555z02": dict(base=1772000, fee=177200, warranty=24),
    "h555z05": dict(base=320000, fee=102400, warranty=6),
    "h555e01": dict(base=1080000, fee=135000, warranty=18),
    "h555e03": dict(base=982800, fee=68796, warranty=36),
}

DESIGN = {
    "h555z01": [],
    "h555z02": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "h555z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "h555z04": ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
    "h555z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE",
                "CR-WARRANTY"],
    "h555e01": ["CR-GOVERNING-LAW"],
    "h555e02": ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "h555e03": [],
    "h555e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "h555e05": ["CR-CONFIDENTIALITY", "CR-GOVERNING-LAW", "CR-SLA-AVAILABILITY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(key, value):
    """Policy section 4: horizon 5 years from acceptance; purchase + implementation = contract value; post-warranty
    fee for every year after the warranty, partial years pro rata. Returns (tco, post-warranty fees, share %)."""
    t = TCO_INPUT[key]
    post_years = max(0.0, 5 - t["warranty"] / 12)
    fees = t["fee"] * post_years
    return value + fees, fees, fees / (value + fees) * 100


def derive_rules(key):
    """My reading of policy.md section 3, applied to the labels."""
    lang, cat, et, ex = LABELS[key]
    r = []
    if not ex["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if et["availability_pct"] is not None and et["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if et["p1_response_hours"] is None or et["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if ex["sla_clause"] and not et["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if et["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not et["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if et["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not et["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not ex["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif et["ld_rate_per_day_pct"] is not None and et["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if et["liability_cap_pct"] is not None and et["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if et["prepayment_pct"] is not None and et["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not et["acceptance_clause"] or et["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if et["contract_kind"] == G:
        if et["warranty_months"] is None or et["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if (et["post_warranty_fee_pct"] is None or not ex["post_warranty_fee_capped"]
                or et["post_warranty_fee_pct"] > 15):
            r.append("CR-POST-WARRANTY-FEE")
        if ex["post_warranty_fee_capped"] and tco(key, ex["contract_value"])[2] > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if et["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not et["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if et["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if et["governing_law"] not in (None, "PRC") or FORUM_OUTSIDE_MAINLAND.get(key):
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan
# ---------------------------------------------------------------------------------------------------------------
ND = r"(?<![\d.,])"  # no digit, decimal point or thousands comma before
THRESHOLD_PATTERNS = [
    ("availability 99.9", ND + r"99\s*\.\s*9(?![\d])\s*(%|％|percent)?"),
    ("P1 4 h", ND + r"4\s*(小时|个小时|钟头|h\b|hrs?\b|hours?\b|-hour)"),
    ("P1 4 h", r"(四|肆)\s*(个)?\s*小时|four\s*(\(\s*4\s*\)\s*)?-?\s*hours?"),
    ("P1 4 h", ND + r"240\s*(分钟|minutes?|mins?)"),
    ("LD 0.05", ND + r"0\s*\.\s*05(?!\d)\s*(%|％)"),
    ("LD 0.05", r"万分之五(?![十拾百千\d])"),
    ("cap 100", ND + r"100\s*(%|％|percent)|百分之(一)?百(?![分零一二三四五六七八九十])"),
    ("prepay 30", ND + r"30\s*(%|％|percent)|百分之三十(?![一二三四五六七八九])|三成|thirty\s*per\s*cent|thirty\s*percent"),
    ("warranty 12", ND + r"12\s*(个月|個月|months?\b|-month)|十二\s*个月|twelve\s*(\(\s*12\s*\)\s*)?-?\s*months?"),
    ("warranty 12", r"(?<![第每十二三四五六七八九])一\s*年(?!度|级)|一整年|one\s*-?\s*years?\b|1\s*-?\s*year\b"),
    ("post 15", ND + r"15\s*(%|％|percent)|百分之十五(?![点.])|fifteen\s*per\s*cent"),
    ("TCO 40", ND + r"40\s*(%|％|percent)|百分之四十(?![一二三四五六七八九])|四成|forty\s*per\s*cent"),
    ("horizon 5 y", ND + r"5\s*(年|years?\b|-year)|五\s*年|five\s*(\(\s*5\s*\)\s*)?-?\s*years?|"
     + ND + r"60\s*(个月|months?\b|-month)|sixty\s*months?"),
]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "四小时", "4 hours", "four hours", "240分钟", "0.05%", "万分之五", "100%",
            "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "12 months", "twelve months", "一年",
            "one year", "15%", "40%", "四成", "5年", "五年", "five years", "60 months", "4-hour", "twelve (12) months"]
MUST_MISS = ["24小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "14 hours", "0.5%",
             "4,200 per store", "each Subscription Year", "24 months", "2026年", "第一年度", "130%", "1,500%",
             "412 months", "99.90 days", "1 400 %"[0:0] + "45%", "35%", "20%", "10%", "40 days", "1 km", "x 24 months",
             "4 equal", "a year"]


def scan(text):
    hits = []
    for name, pat in THRESHOLD_PATTERNS:
        for m in re.finditer(pat, text, flags=re.I):
            hits.append((name, m.group(0), text[max(0, m.start() - 20):m.end() + 20]))
    return hits


def selftest():
    for s in MUST_HIT:
        assert scan(s), "must hit: " + s
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


def variants(text):
    return {"raw": text, "collapsed": re.sub(r"\s+", " ", text), "nospace": re.sub(r"\s+", "", text)}


# ---------------------------------------------------------------------------------------------------------------
# Read back
# ---------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    srcs = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    tgts = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(srcs, tgts, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
    problems = []
    covered = set()
    report = []
    for k, (name, fmt, src) in FILES.items():
        lang, cat, et, ex = LABELS[k]
        rules = derive_rules(k)
        if rules != sorted(DESIGN[k]):
            problems.append((k, "rules differ from design", rules, sorted(DESIGN[k])))
        covered |= set(rules)
        # no label on a threshold
        bad = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
               "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
        for key, v in bad.items():
            if et[key] is not None and abs(et[key] - v) < 1e-9:
                problems.append((k, "label on threshold", key))
        share = None
        if k in TCO_INPUT:
            total, fees, share = tco(k, ex["contract_value"])
            if abs(share - 40) <= 2:
                problems.append((k, "TCO share within 2 points of 40", share))
        # threshold figures in source and built file
        text = read_back(OUT / name)
        srctext = src if fmt in ("txt", "md") else "\n".join(l.partition(":")[2] for l in src.splitlines())
        for label, t in (("source", srctext), ("built", text)):
            for vname, v in variants(t).items():
                for h in scan(v):
                    problems.append((k, "threshold figure", label, vname, h))
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((k, "length", n))
        nows = len(re.sub(r"\s", "", text))
        report.append((name, lang, n, nows, rules, risk(rules), share))
        label = {"file": name, "language": lang, "category": cat, "expected_terms": et,
                 "expected_extra": ex, "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
    if set(ALL_RULES) - covered:
        problems.append(("coverage", sorted(set(ALL_RULES) - covered)))
    for r in report:
        print(r)
    for p in problems:
        print("PROBLEM", p)
    assert not problems, len(problems)
    assert covered == set(ALL_RULES)
    print("all checks passed")


if __name__ == "__main__":
    main()
