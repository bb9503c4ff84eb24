"""holdout1038: builds ten blind held-out draft contracts and their .json labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). The .txt/.md files are written as is, the .docx/.pdf
through ../word_pdf.py. Labels are written from LABELS below; the expected rules are derived from the labels with this
folder's own reading of policy §3 and compared with the design list; lengths and threshold figures are asserted.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H1038Z01 = """T:市卫生健康委员会职业病防治监测平台采购合同（草稿）
P:合同编号：WJW-ZFCG-2027-0318    采购方式：公开招标（政府采购）
P:采购人（甲方）：某市卫生健康委员会    供应商（乙方）：某某信息技术股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方就职业病防治监测平台的软件许可及定制开发事项，经协商一致，订立本合同。本合同采用甲方提供的合同文本，招标文件、投标文件及中标通知书均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供职业病防治监测平台软件许可（含监测预警、用人单位申报管理、职业健康检查数据采集、统计分析四个模块，市、区两级部署，不限用户数），许可为永久许可。
P:1.2 乙方按甲方需求完成以下定制开发：与省级职业病危害项目申报系统的数据对接；全市二十六家职业健康检查机构体检数据的标准化采集接口；尘肺病、噪声聋等重点职业病的风险预警模型；面向区级卫生健康部门的督办工作流及移动端填报。
P:1.3 乙方负责平台部署、历史数据迁移（二〇一九年以来的申报及体检数据）、联调测试、人员培训及质保期内的运行维护。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零玖万陆仟元整（¥2,096,000.00），为固定总价，包含完成本合同全部工作所需的一切费用，甲方不再支付其他任何费用。
P:2.2 分项价格：平台软件许可费¥1,160,000.00；定制开发费¥742,000.00；部署实施及数据迁移费¥168,000.00；培训费¥26,000.00。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款，即¥419,200.00。
P:3.2 平台部署完成、定制功能全部上线并通过初验后，甲方支付合同总价的45%，即¥943,200.00。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%，即¥733,600.00。
P:3.4 每期付款前，乙方应开具合法有效的等额发票。甲方付款受财政资金拨付进度影响的，双方应协商处理，甲方不因此承担违约责任。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后九十日内完成平台部署及定制开发，并提交初验申请；初验通过后进入为期六十日的试运行。
P:4.2 乙方应向甲方交付：安装介质及许可文件、定制开发部分的全部源代码及编译说明、接口规范、数据字典、数据迁移报告、用户手册和运维手册。
P:4.3 乙方应为甲方及各区卫生健康部门提供不少于两期的集中培训，每期不少于两天，培训内容包括平台操作、数据审核、预警处置及日常运维，培训教材由乙方编制并交付甲方。
H:第五条 验收
P:5.1 初验标准：（一）招标文件技术需求及定制需求清单所列功能逐项测试通过；（二）与省级申报系统连续十日数据交换无差错；（三）二十六家体检机构接口全部接通，抽检体检记录与原始报告完全一致；（四）迁移数据条数与源系统一致，关键字段比对无差异；（五）在三百并发用户条件下，常用查询响应时间不超过三秒；（六）通过甲方委托的第三方安全测评，无高危漏洞。
P:5.2 最终验收：试运行期间未发生一级故障，初验遗留问题全部整改完毕，文档齐全，由甲方组织专家出具书面验收报告。
P:5.3 平台上线、甲方使用平台或者支付任何款项，均不视为甲方验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质保与运维
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持。
P:6.2 服务水平：平台年度可用率不低于99.95%（计划内维护经甲方同意的除外）。故障分为三级：一级故障（平台整体不可用或预警功能失效）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（单一模块不可用）1小时内响应，24小时内解决；三级故障（一般性问题）在下一个工作日内解决。
P:6.3 乙方未达到上述服务水平的，一级故障响应或恢复每迟延一小时，甲方扣减运维保证金800元；年度可用率每低于约定值0.01个百分点，扣减1,500元。扣减不足的，由乙方另行支付。
P:6.4 质保期满后，甲方如需乙方继续提供运维服务，双方另行签订运维合同，年度运维费不超过平台软件许可费的9%（即每年不超过¥104,400.00），且质保期满后两年内不得上调。
H:第七条 知识产权
P:7.1 平台软件的著作权仍归乙方所有，甲方依本合同取得永久、不可撤销的使用许可。
P:7.2 定制开发形成的接口程序、预警模型、工作流配置及其源代码、文档，知识产权归甲方所有，甲方可以自行或者委托第三方修改、使用，无须另行付费。
P:7.3 乙方保证其交付物不侵犯第三方合法权益；因侵权引起的纠纷由乙方负责处理并赔偿甲方损失。
H:第八条 数据安全
P:8.1 平台中的劳动者个人信息、职业健康检查结果、用人单位申报数据及其衍生数据均属于甲方所有。乙方仅得为履行本合同之目的在甲方授权范围内处理，不得用于其他任何目的，不得向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护第三级的要求：运维操作须经堡垒机并全程审计，敏感字段加密存储，测试使用脱敏数据，不得将数据复制或者带离甲方机房。
P:8.3 发生或者可能发生数据泄露、篡改、丢失的，乙方应立即采取补救措施，并在2小时内书面报告甲方。因乙方原因造成数据安全事件的，乙方承担全部责任，赔偿甲方因此遭受的损失及受到的处罚。
H:第九条 保密
P:9.1 乙方对履行合同中知悉的甲方工作秘密、网络架构、账号口令及其他未公开信息负有保密义务，未经甲方书面同意不得披露。保密义务不因合同终止而解除。
P:9.2 乙方应与参与本项目的人员签订保密承诺书，并对其人员违反保密义务的行为承担责任。
H:第十条 违约责任
P:10.1 乙方逾期交付或者逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付的软件不符合合同约定，经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付利息。
H:第十一条 分包与转让
P:11.1 本项目不允许分包。乙方不得将合同义务全部或者部分转包、分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同。合同解除后，乙方应移交已完成的工作成果及全部数据。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:14.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。
P:14.3 附件：技术需求及定制需求清单、分项报价表、服务承诺书。
P:甲方（盖章）：__________    乙方（盖章）：__________
P:签订日期：____年__月__日
"""

H1038Z02 = """T:生产线控制系统改造合同（草稿）
P:合同编号：MQ-SB-2027-0112
P:甲方：某某电器有限公司（电动除毛球器生产企业）
P:乙方：某某自动化工程有限公司
P:甲方现有六条电动除毛球器装配及测试生产线，控制系统老化，停机频繁。为提高产能和产品一致性，甲方委托乙方对上述生产线的控制系统进行改造，包括设备供货、软件许可、安装调试及售后服务。双方经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责对甲方一号至六号生产线的控制系统进行改造：更换PLC控制柜，升级伺服驱动及电机，增设工业触摸屏和视觉检测单元（刀网装配检测、电机转速及噪声检测），部署产线控制软件，实现配方管理、工单下发、质量数据采集及与甲方现有MES系统的接口。
P:1.2 改造应分线实施，每条线停产时间不超过五个自然日，乙方应于合同签订后一百日内完成全部六条线的改造。
P:1.3 改造后各生产线控制系统应满足技术协议规定的性能指标，控制软件应支持至少两百种产品配方，支持工单自动下发和批次追溯，视觉检测图像保存期限不少于九十日。乙方应提交电气原理图、接线图、带注释的PLC程序和软件操作说明。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰陆拾叁万元整（¥1,630,000.00），含税（增值税税率13%），包括设备、软件、运输、安装、调试、培训及质保期内服务的全部费用。分项价格如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜改造（含柜体、PLC、I/O模块）|6套|128,000|768,000
TB:2|伺服驱动器及电机|24套|9,500|228,000
TB:3|工业触摸屏|12台|6,800|81,600
TB:4|视觉检测单元（相机、光源、工控机）|6套|36,500|219,000
TB:5|产线控制软件许可（配方管理、工单、质量采集、MES接口）|1套|186,000|186,000
TB:|软硬件小计|||1,482,600
TB:6|安装调试（含拆旧、布线、联调）|1项|126,400|126,400
TB:7|操作及维护培训|1项|21,000|21,000
TB:|合同总价|||1,630,000
P:2.2 付款方式如下：
P:（一）合同签订后七日内，甲方向乙方支付合同总价的35%作为预付款，即¥570,500.00。
P:（二）全部设备到货并经甲方清点签收后，甲方支付合同总价的45%，即¥733,500.00。到货签收仅为数量清点，不代表质量验收。
P:（三）六条生产线全部改造完成并通过最终验收后，甲方支付合同总价的20%，即¥326,000.00。
H:第三条 交付与安装
P:3.1 乙方应在设备发货前五日通知甲方，设备应为全新、原厂正品，附合格证及出厂检验报告。
P:3.2 乙方负责拆除旧控制柜并按甲方指定地点堆放，安装过程中应遵守甲方车间安全管理制度，因乙方原因造成甲方人员伤害或财产损失的，由乙方负责赔偿。
P:3.3 乙方应对甲方设备科和车间操作人员进行培训，其中操作培训不少于三期，维护培训不少于两期，培训结束后进行考核，确保甲方维修人员能独立处理常见故障、完成配方维护和程序备份。
P:3.4 乙方应随设备提供首批常用易损备件（以备件清单为准），并在质保期内保证备件供应，备件到货时间不超过三日。
H:第四条 验收
P:4.1 每条生产线改造完成后，双方进行单线验收：连续生产72小时无停机故障；节拍不低于每分钟十八台；视觉检测漏检率、误判率符合技术协议附表要求；配方切换时间不超过十分钟；与MES系统的工单和质量数据交互正确无误。
P:4.2 六条线全部通过单线验收并稳定运行三十日后，由甲方组织最终验收，出具书面验收报告。设备安装完成或者甲方投入生产使用，均不视为验收合格。
P:4.3 验收不合格的，乙方应在七日内整改并重新验收，所需费用由乙方承担。
H:第五条 质保与售后服务
P:5.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现质量问题，乙方免费维修或者更换，并免费提供软件缺陷修复和升级。
P:5.2 故障响应：一级故障（整线停机）乙方应在1小时内响应，6小时内到达现场并恢复生产；二级故障（单工位停机或检测功能失效）2小时内响应，24小时内修复；其他问题48小时内处理。
P:5.3 乙方未按上述时限响应或者修复的，每迟延一小时，向甲方支付600元；一级故障导致停线超过一个班次的，另按每班次3,000元支付。
P:5.4 质保期满后，乙方继续提供维保服务（含备件、软件升级、定期巡检及现场维修），年度维保费按软硬件小计的26%计取，即每年¥385,476.00，质保期满后三年内维保费标准固定不变。维保服务合同逐年签订，不自动续期。
H:第六条 知识产权
P:6.1 产线控制软件的著作权归乙方，甲方取得永久使用许可，可在本合同所列六条生产线及其备用设备上使用。
P:6.2 乙方为本项目定制编写的PLC程序、触摸屏画面、视觉检测算法参数及MES接口程序，连同源代码和文档，知识产权归甲方所有，甲方可以自行修改或委托他人维护。
H:第七条 数据与保密
P:7.1 生产线运行中形成的工艺配方、质量检测记录、产量数据及图像数据均属甲方所有，乙方不得复制、留存或者用于本合同以外的任何目的。
P:7.2 乙方远程调试须经甲方审批，通过甲方提供的VPN账号进行，操作全程留痕；乙方应采取防病毒、访问控制等安全措施，发生数据泄露、丢失或者被篡改的，应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
P:7.3 双方对在合同履行中获悉的对方技术秘密和商业秘密负有保密义务，保密期限至该信息公开之日止。
H:第八条 违约责任
P:8.1 乙方逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:8.2 乙方在本合同项下的赔偿责任总额以合同总价的150%为限，但因乙方故意、重大过失或者人身伤害造成的损失不受此限。
P:8.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:8.4 乙方设备或软件存在质量缺陷，经两次维修仍不能达到技术协议要求的，甲方有权要求乙方更换同型号或者更高型号的产品，由此产生的费用由乙方承担。
H:第九条 分包
P:9.1 乙方不得转包本合同。确需将拆旧、布线等辅助工作分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十条 合同解除
P:10.1 乙方严重违约，或者逾期超过三十日仍未完成改造的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失。
P:10.2 合同解除后，乙方应配合甲方完成已改造生产线的交接，提供已完成部分的全部程序、资料和密码，不得以任何方式锁定设备或者软件。
H:第十一条 争议解决
P:11.1 本合同适用中华人民共和国法律。争议协商不成的，提交宁波仲裁委员会仲裁，仲裁裁决是终局的。
H:第十二条 其他
P:12.1 本合同附件（技术协议、设备清单、单线验收表）为本合同组成部分。本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:12.2 本合同未尽事宜由双方另行协商并签订补充协议。乙方在合同履行期间变更项目负责人的，应提前书面征得甲方同意。
P:甲方（盖章）：__________    乙方（盖章）：__________
"""

H1038Z03 = """手鼓培训连锁门店预约及会员管理系统服务合同（草稿）

合同编号：SG-IT-2027-007

甲方：某某文化艺术培训有限公司（下辖三十家手鼓培训门店）
乙方：某某云科技有限公司

甲方拟在全部门店统一使用线上课程预约、会员储值及课时管理系统，乙方以软件即服务（SaaS）方式提供该系统并负责实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方三十家门店及总部提供课程预约、排课、会员储值、课时扣减、教师课酬统计、微信小程序报名及营销活动等功能的在线服务。
4. 系统应支持门店按课程类型（非洲鼓、手碟、儿童律动等）设置课包、班级容量和教师排班，支持会员跨店约课。
2. 总部管理端提供跨门店会员通用、经营报表、课消分析和权限管理功能。
3. 服务期为两个服务年度，第一个服务年度自上线验收合格之日起算，第二个服务年度紧接其后。
（二）实施服务
1. 乙方负责将甲方现有纸质及表格记录的约四千二百名会员信息、储值余额、剩余课时导入系统，并与甲方逐店核对。
2. 乙方负责小程序页面配置、门店及课程体系搭建、支付通道对接，为门店店长和前台人员提供培训。
3. 实施期为合同签订后四十五日。
4. 乙方应为每家门店提供不少于两小时的现场或者远程培训，并为总部运营人员提供系统管理员培训，培训资料以电子文档形式交付甲方。

二、服务费用及支付
（一）费用构成
1. 门店订阅费：每店每服务年度4,800元，三十家门店两个服务年度合计288,000元。
2. 总部管理端订阅费：每服务年度36,000元，两个服务年度合计72,000元。
3. 一次性实施费：46,000元。
4. 合同总价：406,000元（大写：肆拾万零陆仟元整）。短信通知超出套餐部分按每条0.045元据实结算，不计入合同总价。
（二）支付方式
1. 实施费在上线验收合格后十五日内一次性支付。
2. 订阅费按季度结算，每季度结束后十日内，甲方根据乙方出具的服务报告支付当季订阅费45,000元。
3. 甲方新增门店的，按每店每服务年度4,800元按月折算增加费用。
4. 乙方应在每次收款前向甲方开具增值税专用发票，发票信息错误的，甲方付款期限相应顺延。

三、上线验收
（一）验收标准
1. 全部会员信息、储值余额和剩余课时导入准确，逐店核对差异为零；
2. 三十家门店均可正常完成预约、签到、课时扣减、储值及退费流程；
3. 小程序在门店高峰时段（每日十八时至二十一时）下单成功，页面打开时间不超过两秒；
4. 经营报表与门店实际收款核对一致。
（二）乙方完成实施后书面提出验收申请，甲方在七个工作日内组织验收。验收不合格的，乙方应在五个工作日内整改后重新验收。系统试用或者门店开始使用，不视为验收合格。

四、服务水平
（一）系统月度可用率不低于99.5%，计划维护应安排在凌晨零时至六时，并提前三日通知甲方。
（二）故障分级与响应：
1. 一级故障（全部门店无法预约或收款）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级故障（一般问题或咨询）：一个工作日内答复。
（三）服务补偿：月度可用率每低于约定值0.1个百分点，按当月订阅费的5%抵扣；一级故障未在约定时间内恢复的，每超过一小时另抵扣当月订阅费的2%。抵扣总额以当月订阅费为限。
（四）乙方应为甲方指定专属客户经理，每月向甲方提交服务报告，内容包括月度可用率、故障处理记录、功能更新说明及抵扣金额计算。
（五）乙方对平台进行版本升级的，不得降低本合同约定的功能和服务水平；涉及门店操作变化的，应提前七日通知甲方并提供操作说明。

五、数据权属与数据安全
（一）甲方的会员信息、消费记录、课程及经营数据归甲方所有。
（二）乙方可以对甲方数据进行脱敏和汇总处理，用于编制艺术培训行业经营分析报告及改进乙方产品，上述使用不需另行取得甲方同意，亦不另行支付费用。
（三）乙方应将数据存储于中国境内的云服务器，落实网络安全等级保护第三级要求，对会员手机号、支付信息加密存储，按角色控制访问权限并保存操作日志不少于六个月。
（四）发生数据泄露、丢失等安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担赔偿责任，包括甲方向会员作出的赔偿及监管部门的处罚。
（五）服务终止后三十日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方确认后彻底删除。
（六）除本条第（二）项外，乙方不得将甲方数据传输至境外，不得向任何第三方提供。

六、知识产权
（一）SaaS平台软件的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面设计、课程体系模板和专用报表，知识产权归甲方所有，甲方可以自由使用、修改或者交由第三方开发。
（三）乙方保证所提供的服务不侵犯任何第三方的知识产权，因侵权引发的纠纷由乙方负责处理并承担全部责任。

七、保密
双方对在合作中获得的对方商业信息、经营数据、价格条款负有保密义务，未经对方书面同意不得向第三方披露，合同终止后保密义务继续有效。

八、违约责任
（一）乙方未按期完成实施的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反本合同第五条约定的，甲方有权要求乙方立即停止违约行为并赔偿损失。
（三）甲方逾期支付订阅费超过三十日的，乙方可在书面通知后暂停服务，但不得删除甲方数据。
（四）乙方提供的服务不符合本合同约定，经甲方书面通知后五个工作日内仍未改正的，甲方可以暂停支付当季订阅费直至改正完成。

九、续期
服务期届满前三十日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，可多次续期。续期服务年度的订阅单价按乙方届时公布的价格标准执行，乙方应在续期开始前通知甲方。

十、分包
乙方不得将本合同项下的实施服务转包或者分包。确需委托第三方提供短信通道等辅助服务的，须经甲方书面同意。

十一、合同解除
（一）乙方严重违约，经甲方书面催告后十日内仍未纠正，或者一个服务年度内发生三次以上一级故障的，甲方有权解除本合同，并要求乙方退还已付未使用期间的费用。
（二）合同解除或者终止后，乙方应配合甲方完成数据迁移，迁移期内系统保持可用。
（三）任何一方因不可抗力不能履行合同的，应及时通知对方并提供证明，双方协商延期履行或者解除合同。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方住所地人民法院起诉。

十三、甲方的义务
（一）甲方应指定项目联系人，及时提供会员原始资料和门店信息，并配合乙方完成验收。
（二）甲方应妥善保管管理员账号和密码，因甲方自身原因泄露账号造成的损失由甲方承担。
（三）甲方应遵守国家关于预付式消费的管理规定，对会员储值资金的收取和退还承担经营者责任，乙方提供必要的系统支持。

十四、其他
本合同未尽事宜，双方可另行签订补充协议。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件：功能清单、门店清单、服务水平说明。

甲方（盖章）：              乙方（盖章）：
日期：                      日期：
"""

H1038Z04 = """渔港视频监控系统年度运维服务合同（草稿）

项目编号：YYJ-CS-2027-04    采购方式：竞争性磋商

甲方（采购人）：某县渔业局
乙方（成交供应商）：某某安防技术服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对本县渔港视频监控系统提供运行维护服务。双方依照《中华人民共和国民法典》《中华人民共和国政府采购法》的规定，订立本合同。

第一条 运维对象
（一）本县中心渔港、东澳渔港、石塘渔港三处渔港的视频监控系统，包括前端高清摄像机214路（含热成像摄像机18路、高点云台摄像机9路）、立杆及防雷接地设施、光纤传输链路、汇聚交换机、渔港监控中心的存储设备、视频管理平台、大屏显示系统及配套供电设备。
（二）运维对象清单以本合同附件一为准。运维期间甲方新增设备的，双方另行协商。

第二条 服务期限
服务期限自2027年1月1日起至2027年12月31日止。服务期满，本合同终止；甲方如需继续采购运维服务，应依法另行组织采购。乙方应在合同签订后七日内完成与上一运维单位的交接，接管前应对全部设备进行状态核查，形成交接记录并经甲方确认。

第三条 服务内容
（一）日常巡检：乙方每月对全部前端点位和中心机房进行一次巡检，检查图像质量、录像完整性、设备运行温度、供电及防雷状况，形成巡检记录。
（二）故障处理：乙方设立7×24小时服务热线，接到甲方报修后按本合同第五条规定的时限响应和修复。
（三）防腐维护：渔港环境高盐高湿，乙方每半年对立杆、设备箱、摄像机护罩进行一次除锈、防腐涂装和密封检查。
（四）台风季保障：每年六月至十月台风期间，乙方应在台风预警发布后加固前端设备，安排专人在监控中心值守，台风过后四十八小时内完成全部点位排查。
（五）平台维护：视频管理平台的日常巡检、补丁更新、账号权限维护、存储空间管理，确保录像保存期限不少于九十日。
（六）配合工作：配合甲方开展休渔期执法、渔船进出港管理等工作的视频调阅，按甲方要求导出视频资料。
（七）应急保障：在重大节日、开渔节、休渔期开始和结束等重要时段，乙方应增派人员驻场保障，并制定应急预案报甲方备案，每年至少组织一次应急演练。
（八）运维报告：乙方每月五日前提交上月运维报告，内容包括巡检结果、故障清单、备件消耗、设备隐患及整改建议。

第四条 服务费用及支付
（一）合同总价为人民币伍拾柒万柒仟元整（¥577,000.00），其中：运维服务费¥486,000.00，备品备件包干费¥58,000.00，防腐维护及台风季保障费¥33,000.00。备品备件包干范围内的更换由乙方负担，不另行收费。
（二）服务费按季度支付。每季度结束后，甲方依据第六条进行季度考核，考核合格的，在收到乙方发票后十五个工作日内支付当季费用¥144,250.00。本合同不设预付款。
（三）季度考核扣分的，甲方按第六条规定从当季费用中扣减。
（四）备品备件包干费用未使用完毕的，不予退还；超出包干范围的设备更换，经甲方书面确认后另行结算，单价不得高于磋商响应报价。

第五条 服务标准
（一）故障分级：
1. 一级故障：监控中心平台或存储整体故障，或者一个渔港全部画面中断；
2. 二级故障：单个渔港十路以上画面中断，或者热成像、高点云台摄像机故障；
3. 三级故障：其他单点故障。
（二）处理时限：一级故障30分钟内响应，2小时内到达现场，8小时内恢复；二级故障1小时内响应，当日到达现场，24小时内修复；三级故障48小时内修复。
（三）乙方未在上述时限内响应或者修复的，一级故障每超时一小时扣减服务费300元，二级故障每超时一小时扣减100元，三级故障每超时一日扣减200元，在当季费用中扣除。
（四）乙方应保证备品备件库存满足三处渔港摄像机总数的5%，并在中心渔港设立备件库。
（五）乙方应建立故障工单系统，甲方可实时查看工单处理进度；工单关闭须经甲方值班人员确认。

第六条 考核与验收
（一）季度考核由甲方依据考核细则（附件二）评分，满分一百分，考核内容包括巡检完成情况、故障处理时限、录像完整性抽查、运维文档及值守记录，得分九十分以上为合格。
（二）得分八十分至九十分的，每低一分扣减当季费用500元；得分低于八十分的，甲方可要求乙方更换项目负责人，并按上述标准扣减费用。
（三）服务期满前，乙方提交年度运维报告、资产台账、故障统计及设备健康评估，甲方组织年度验收，验收通过后支付第四季度费用。

第七条 数据安全与保密
（一）视频图像、录像资料、渔船及人员信息均属甲方所有，乙方人员只能在甲方授权范围内调阅，不得拷贝、截取、留存或者向任何第三方提供。
（二）乙方远程维护须通过甲方指定的专网及运维审计系统进行，禁止通过互联网直接接入视频专网；乙方使用的运维终端须安装杀毒软件并经甲方检查。
（三）发生视频资料泄露、丢失或者系统被非法入侵的，乙方应立即报告甲方并配合处置；因乙方原因造成的，由乙方承担全部法律责任和赔偿责任。
（四）乙方及其人员对在服务过程中知悉的渔港执法部署、设备点位分布、系统账号口令等信息负有保密义务，服务期满后继续有效。
（五）乙方应对驻场人员进行保密和数据安全教育，签订保密承诺书，人员离场时收回全部账号权限。

第八条 人员与分包
（一）乙方应配备项目负责人一名、驻场运维工程师两名，人员名单报甲方备案，驻场人员变更应提前五日告知甲方。
（二）乙方可以将高空作业、防腐涂装等辅助性工作交由具备相应资质的单位实施，但应提前书面告知甲方，并对其工作质量和安全负责。
（三）乙方驻场工程师应具备安防工程或者网络运维相关工作经验，持有高处作业证书的人员方可从事立杆作业；乙方应为其人员购买意外伤害保险。

第九条 违约责任
（一）乙方未按期完成进场接管、巡检或者防腐维护的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方维护不当造成设备损坏的，乙方负责修复或者赔偿。
（三）乙方人员在作业中发生安全事故的，由乙方自行承担责任。
（四）乙方擅自拷贝、泄露视频资料的，甲方有权要求乙方赔偿损失，并依法向有关部门报告。
（五）甲方无正当理由逾期支付服务费的，应按同期贷款市场报价利率向乙方支付逾期利息。

第十条 合同的履行
本合同履行期间，除发生不可抗力外，双方均不得单方解除本合同。乙方违约的，按本合同第九条承担违约责任并继续履行。因不可抗力致使合同无法履行的，双方协商处理。

第十一条 知识产权
运维过程中形成的巡检记录、资产台账、运维报告、配置文档等资料归甲方所有，乙方应在服务期满时完整移交。乙方自有的运维管理工具软件，其知识产权仍归乙方所有。

第十二条 争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十三条 其他
本合同一式五份，甲方三份，乙方一份，政府采购监管部门备案一份。磋商文件、响应文件及成交通知书为本合同组成部分。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

附件一：运维设备清单    附件二：季度考核细则

甲方（盖章）：              乙方（盖章）：
日期：                      日期：
"""

H1038Z05 = """# 匠迹工艺追溯系统 软件许可及定制开发合同

（乙方标准合同文本 JT-HT-2026 版）

合同编号：JT2027-0209

甲方（买方）：某某乌铜走银工艺品工作室
乙方（卖方）：某某匠迹软件科技有限公司

鉴于甲方希望对乌铜走银工艺品从选料、熔铜、制胎、錾刻、走银、打磨到焐黑的全部工序进行数字化记录和溯源，乙方同意向甲方提供"匠迹工艺追溯系统"软件许可及定制开发服务。双方本着平等自愿的原则，签订本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供匠迹工艺追溯系统标准版软件许可一套（含五个用户账号），许可期限为永久，仅限甲方在其工作室内部使用。

1.2 乙方根据甲方需求进行定制开发，内容包括：乌铜走银专用工序节点及工时记录；錾刻纹样及作品图片档案库；每件作品唯一二维码溯源标签，消费者扫码可查看作品工序、匠人及鉴定信息；学徒带教记录模块。

1.3 乙方提供扫码终端四台，并负责系统部署及操作培训。

1.4 系统运行环境（服务器、电脑、网络及打印设备）由甲方自行准备，乙方提供配置建议。二维码标签的印刷耗材由甲方自行采购。

## 第二条 合同金额

本合同总金额为人民币肆拾叁万陆仟元整（¥436,000.00），明细如下：

| 序号 | 项目 | 数量 | 单价（元） | 金额（元） |
|---|---|---|---|---|
| 1 | 匠迹工艺追溯系统标准版软件许可（五用户） | 1套 | 168,000 | 168,000 |
| 2 | 定制开发（工序节点、纹样档案、二维码溯源、带教模块） | 1项 | 236,000 | 236,000 |
| 3 | 扫码终端 | 4台 | 3,500 | 14,000 |
| 4 | 部署及操作培训 | 1项 | 18,000 | 18,000 |
| | 合计 | | | 436,000 |

以上价格含增值税。用户账号数量超出五个的，每增加一个账号按乙方报价另行收费。本合同金额不包括服务器、打印机等硬件费用及免费维护期满后的维护费用。

## 第三条 付款方式

3.1 本合同签订之日起五个工作日内，甲方向乙方支付合同总金额的65%，即人民币283,400元，乙方收到款项后启动开发工作。

3.2 系统安装调试完成后五个工作日内，甲方向乙方支付合同总金额的35%，即人民币152,600元。

3.3 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停开发及服务，工期相应顺延。

3.4 乙方收到每期款项后十个工作日内向甲方开具增值税普通发票。

## 第四条 交付

4.1 乙方在收到首期款项后六十个工作日内完成系统开发及部署。因甲方需求变更、资料提供不及时或者未按期付款导致延误的，交付时间相应顺延。

4.2 乙方向甲方交付系统安装程序、用户手册及扫码终端。定制开发部分的源代码不属于交付范围。

4.3 乙方负责在甲方工作室安装扫码终端，并对甲方三名以内人员进行一次集中操作培训，培训时间不超过一日，超出部分另行收费。

4.4 甲方应在乙方通知后三日内提供工序流程、纹样图片和匠人资料等基础数据。

## 第五条 验收

5.1 系统安装调试完成后，乙方通知甲方使用，即视为甲方验收合格。

5.2 甲方在使用过程中发现问题的，可以向乙方反馈，乙方根据问题性质安排修改，但不影响验收结论及付款。

5.3 甲方在系统安装调试完成后拒绝使用或者无正当理由拖延使用的，自乙方通知之日起满五日，视为验收合格。

## 第六条 售后服务

6.1 自系统安装调试完成之日起六个月为免费维护期。免费维护期内，乙方提供远程技术支持和软件缺陷修复。

6.2 甲方报告的系统故障，乙方在接到通知后二十四小时内响应，并根据故障情况安排处理，具体修复时间以实际情况为准。

6.3 免费维护期满后，甲方如需继续获得技术支持、版本升级及现场服务，应按乙方当年公布的服务价格标准支付年度维护费，维护费按年预付。

6.4 因甲方操作不当、擅自修改系统、电脑病毒或者其他非乙方原因造成的故障，不属于免费维护范围，乙方可以提供有偿服务。

6.5 免费维护期内乙方提供的现场服务以两次为限，超出次数的，甲方应承担乙方人员的差旅费用。

6.6 乙方可以根据产品规划对系统进行版本更新，版本更新后原版本不再提供技术支持。

## 第七条 知识产权

7.1 匠迹工艺追溯系统及其相关文档的著作权、专利权等全部知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、程序代码、页面设计及数据库结构，其知识产权亦归乙方所有，甲方在本合同约定的许可范围内享有使用权，不得自行或者委托他人修改、复制、反向工程，不得转让或者许可第三方使用。

7.3 乙方有权将定制开发中形成的通用功能纳入其标准产品，向其他客户提供。

7.4 甲方使用系统不得超出许可范围，超出许可范围使用的，乙方有权要求甲方补缴许可费用。

## 第八条 数据

8.1 甲方在系统中录入的作品信息、工序记录、匠人信息及图片资料归甲方所有，乙方仅为提供本合同服务使用上述数据，不得用于其他目的。

8.2 乙方应采取合理的技术措施保护系统数据安全，包括账号权限控制、数据加密传输及定期备份；发生数据泄露或者丢失的，乙方应及时通知甲方并协助处理，因乙方原因造成数据泄露的，由乙方承担相应的赔偿责任。

8.3 甲方应自行妥善保管账号密码，并定期对重要资料进行本地备份。

8.4 合同终止后，甲方可以在三十日内申请导出其数据，逾期未申请的，乙方有权删除。

## 第九条 保密

双方对在合同履行过程中知悉的对方商业秘密、技术资料、工艺秘诀及客户信息负有保密义务，未经对方书面许可，不得向任何第三方泄露。本条约定在合同终止后三年内继续有效。

## 第十条 违约责任

10.1 乙方未按约定时间完成交付的，每逾期一日，按合同总金额的万分之二向甲方支付违约金，违约金总额不超过合同总金额的百分之五。

10.2 乙方在本合同项下承担的全部赔偿责任（包括违约金及损害赔偿）累计不超过合同总金额的20%。乙方对甲方的间接损失、利润损失、商誉损失不承担责任。

10.3 甲方未按约定付款的，按第三条承担违约责任。

10.4 因甲方提供的资料不准确、不完整导致系统无法正常使用的，乙方不承担责任。

## 第十一条 合同解除

一方严重违反本合同约定，经对方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。合同解除前已经发生的费用，由甲方按实际完成的工作量结算。甲方单方解除合同的，已支付的款项不予退还。

## 第十二条 不可抗力

因地震、洪水、疫情、政府行为等不可抗力导致合同不能履行的，受影响一方不承担责任，但应及时通知对方并在合理期限内提供证明。不可抗力持续超过六十日的，任何一方可以解除合同。

## 第十三条 争议解决

因本合同引起的或者与本合同有关的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份，具有同等法律效力。

14.2 本合同为乙方标准文本，双方如有特别约定，以书面补充协议为准。

14.3 本合同的附件包括需求确认书、系统功能清单和培训记录，附件与本合同具有同等效力；附件与正文不一致的，以正文为准。

甲方（盖章）：              乙方（盖章）：

授权代表：                  授权代表：

日期：                      日期：
"""

H1038E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT (DRAFT)
P:Agreement No. SRS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Snake River Reliability Software, Inc., a corporation organised under the laws of the State of Idaho with its principal office at 30 East Idaho Street, Weiser, Idaho 83672, United States (the "Vendor"), and Sichuan Minjiang Hydropower Operation Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Chengdu, Sichuan Province (the "Customer").
P:The Customer operates a cascade of run-of-river hydropower stations and wishes to replace its spreadsheet-based maintenance records with a computerised maintenance management system. The Vendor has offered its Riverline CMMS software together with implementation, integration and training services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Riverline CMMS Enterprise Edition in object code, version 9.2 or later, with its standard modules for asset registry, work orders, preventive maintenance, spare parts inventory, permit-to-work and reporting, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, data conversion programs, report templates, mobile inspection forms and configuration scripts prepared by the Vendor specifically for the Customer under this Agreement, together with their source code and documentation.
P:1.3 "Customer Data" means all data entered into, stored in or generated by the Software in the Customer's environment, including asset records, maintenance histories, inspection photographs, operator names and plant performance data.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the acceptance criteria have been met.
P:1.5 "Business Day" means a day on which banks are open for business in Chengdu.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 250 named users, on servers located in the Customer's data centres in the People's Republic of China, for the internal business purposes of the Customer and its wholly owned subsidiaries.
P:2.2 The Customer may make reasonable copies of the Software for backup, testing and disaster recovery. The Customer shall not reverse engineer the Software except to the extent that applicable law permits.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software, convert the Customer's existing equipment registers and maintenance histories for eleven power stations, and build interfaces between the Software and the Customer's SAP finance system, its SCADA historian and its document management system.
P:3.2 The Vendor shall deliver on-site training for up to 40 key users and 6 system administrators, and provide training materials in Chinese and English.
P:3.3 The Vendor shall complete the installation, data conversion and interfaces within 150 days after the Effective Date, following the project plan attached as Annex 2.
H:Article 4 Price and Payment
P:4.1 The total price of this Agreement is CNY 1,960,000, inclusive of applicable taxes, made up as follows: Software licence fee CNY 1,180,000; implementation and data conversion CNY 520,000; interfaces CNY 214,000; training CNY 46,000.
P:4.2 The Customer shall pay: (a) 20% of the total price, CNY 392,000, within 20 Business Days after signature of this Agreement and receipt of the Vendor's invoice; (b) 45% of the total price, CNY 882,000, after the Software has been installed and the interfaces have passed the integration test; and (c) 35% of the total price, CNY 686,000, within 20 Business Days after Final Acceptance.
P:4.3 All payments shall be made in CNY by bank transfer to the account designated in the Vendor's invoice. Each party shall bear its own bank charges.
H:Article 5 Acceptance
P:5.1 On completion of the services the Vendor shall notify the Customer in writing that the system is ready for acceptance testing.
P:5.2 Acceptance testing shall show that: (a) every function listed in the requirements specification in Annex 1 works as described; (b) converted asset and maintenance records reconcile with the source registers, with every discrepancy explained and corrected; (c) the three interfaces exchange data for 10 consecutive Business Days without error; (d) standard queries return within three seconds with 120 concurrent users; and (e) the system runs for 30 days in production without a Severity 1 incident.
P:5.3 When the criteria are met, the Customer shall issue a Final Acceptance certificate within 10 Business Days. Go-live, use of the Software in production or payment of any instalment shall not by itself constitute acceptance. If a test fails, the Vendor shall correct the defects at its own cost and repeat the test.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to their documentation and to Annex 1 for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and new releases, and provide remote and on-site support free of charge.
P:6.2 Severity 1 incidents (the Software is unavailable or work orders cannot be issued at any station) shall be responded to within one hour and resolved or worked around within eight hours. Severity 2 incidents shall be responded to within two hours and resolved within two Business Days. Severity 3 incidents shall be answered within one Business Day.
P:6.3 For each hour by which the Vendor misses a Severity 1 response or resolution time, the Vendor shall credit the Customer CNY 1,000, and for each hour by which it misses a Severity 2 time, CNY 300. Credits shall be deducted from the next payment due or paid within 30 days.
P:6.4 After the Warranty Period, the Vendor shall offer annual support on the same terms at an annual fee of 13% of the Software licence fee, that is CNY 153,400 per year. This fee shall not be increased for the first three years after the Warranty Period. Support is ordered by the Customer year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain the property of the Vendor and its licensors.
P:7.2 All rights in the Custom Deliverables, including copyright in their source code, vest in the Customer on creation. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access and process Customer Data only to perform this Agreement and in accordance with the Customer's instructions, and shall not use it for any other purpose or disclose it to any third party.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's bastion host, using named accounts approved per session. The Vendor shall not copy Customer Data outside the Customer's data centres or transfer it outside the People's Republic of China. The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:8.3 The Vendor shall notify the Customer within six hours after becoming aware of any unauthorised access to, or loss or alteration of, Customer Data, and shall take all necessary remedial steps. The Vendor shall be liable for all losses, fines and costs resulting from a security breach caused by the Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for the purposes of this Agreement and disclose it only to those employees and advisers who need to know it and are bound by equivalent obligations.
P:9.2 These obligations do not apply to information that is or becomes public without fault of the receiving party, or that must be disclosed by law. They survive termination of this Agreement for five years.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to achieve Final Acceptance by the date in the project plan for reasons attributable to it, the Vendor shall pay delay damages of 0.08% of the total price for each day of delay, up to a maximum of 10% of the total price.
P:10.2 The Vendor's aggregate liability under this Agreement shall not exceed 150% of the total price. This limit does not apply to breach of Articles 8 and 9, infringement claims under Article 7.3, death or personal injury, or wilful misconduct.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after receiving notice of it, or if delay damages reach their maximum under Article 10.1.
P:12.2 On termination the Vendor shall deliver all completed Custom Deliverables and return or destroy Customer Data as the Customer directs, and the Customer's licence to the Software shall continue if the licence fee has been paid.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Idaho, United States of America, without regard to its conflict of laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the exclusive jurisdiction of the state and federal courts located in Ada County, Idaho.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Requirements Specification), Annex 2 (Project Plan) and Annex 3 (Support Terms), is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:For the Vendor: ____________________    For the Customer: ____________________
"""

H1038E02 = """# ORDER FORM AND GENERAL TERMS (DRAFT)

**Tetonline Field Service Cloud — Order Form No. TFS-2027-0433**

This Order Form is entered into between **Teton Valley Field Systems, LLC**, an Idaho limited liability company with its office at 60 South Main Street, Driggs, Idaho 83422, United States ("Provider"), and **Jiangsu Hengsheng Elevator Maintenance Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in Suzhou ("Customer"). The Order Form (Part A) and the General Terms (Part B) together form the "Agreement". If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Subscribed Service

Tetonline Field Service Cloud, Professional tier: work-order dispatch, technician scheduling, mobile inspection checklists for elevators and escalators, spare-parts tracking, customer portal and management dashboards, for 180 named technician users and 25 office users. The Service is hosted for Customer in a mainland China cloud region operated by a licensed domestic cloud provider.

### A2. Subscription Term

Thirty-six (36) months from the Service Start Date. The Service Start Date is the day after Customer signs the Onboarding Acceptance certificate under Section 3 of Part B. The Agreement ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties; there is no automatic renewal.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Annual amount (CNY) | Amount for the term (CNY) |
|---|---|---|---|---|
| Platform fee, Professional tier | 1 | 96,000 per year | 96,000 | 288,000 |
| Named technician users | 180 | 1,300 per user per year | 234,000 | 702,000 |
| Office users | 25 | included | 0 | 0 |
| Onboarding services (one-time) | 1 | 68,000 | — | 68,000 |
| **Total Contract Value** | | | | **1,058,000** |

Fees are fixed for the Subscription Term. Additional technician users may be added at the same unit price, prorated to the end of the current quarter. SMS notifications beyond 20,000 messages per quarter are charged at CNY 0.06 per message and are not part of the Total Contract Value. All amounts include VAT.

### A4. Invoicing and Payment

The onboarding fee is invoiced after Customer signs the Onboarding Acceptance certificate. Subscription fees are invoiced quarterly in advance from the Service Start Date (CNY 82,500 per quarter). Customer pays each undisputed invoice within 30 days of receipt by bank transfer in CNY.

### A5. Onboarding Milestones

Provider shall complete configuration, data migration of Customer's 14,600 maintained units and their maintenance histories, integration with Customer's Kingdee ERP, and technician training within 75 days after signature of this Order Form (the "Go-Live Date").

### A6. Contacts and Signatures

Provider contact: Customer Success Lead, Driggs office and Shanghai support desk. Customer contact: IT Director, Suzhou head office. Billing contact: Finance Department, Suzhou head office.

Signed for Provider: ____________________  Signed for Customer: ____________________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscribed service described in A1, including the mobile applications, updates and documentation.

1.2 "Customer Data" means all data submitted to the Service by or for Customer, including elevator records, inspection results, photographs, location data, technician information and end-customer contact details, and all outputs derived from such data for Customer.

1.3 "Customer Configurations" means the workflows, checklists, report templates and integration mappings built by Provider specifically for Customer.

### 2. Use of the Service

2.1 Provider grants Customer and its affiliates a non-exclusive right to access and use the Service during the Subscription Term for their internal business purposes.

2.2 Customer shall not resell the Service, attempt to gain unauthorised access to it, or use it to store unlawful content.

2.3 Provider may update the Service from time to time, provided that an update does not materially reduce the functionality or the security of the Service. Provider shall announce material changes at least 30 days in advance.

### 3. Onboarding and Acceptance

3.1 Provider shall perform the onboarding services described in A5 according to a written project plan agreed with Customer.

3.2 Onboarding Acceptance requires that: (a) all migrated unit records reconcile with Customer's source register by count and by key fields; (b) work orders flow between the Service and Kingdee ERP without error for ten consecutive business days; (c) at least 170 technicians have completed training and logged in from their mobile devices; and (d) the dispatch and inspection functions listed in the functional checklist pass Customer's test scripts.

3.3 Customer shall sign the Onboarding Acceptance certificate within five business days after the criteria are met, or give written reasons for refusing. Use of the Service during onboarding is not acceptance.

3.5 Provider shall assign a named onboarding manager and deliver weekly written progress reports to Customer until Onboarding Acceptance.

3.4 If Provider fails to reach the Go-Live Date for reasons attributable to Provider, Provider shall pay Customer CNY 900 for each day of delay, up to a total of CNY 60,000.

### 4. Service Levels

4.1 Provider shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced five days in advance and carried out between 00:00 and 05:00 Beijing time.

4.2 Incidents are classified as follows. Priority 1: the Service or the mobile application is unavailable to all users, or work orders cannot be dispatched. Priority 2: a major function is impaired for some users. Priority 3: other faults and questions.

4.3 Provider shall respond to Priority 1 incidents within eight (8) hours, to Priority 2 incidents within one business day, and to Priority 3 incidents within three business days. Provider shall use reasonable efforts to restore the Service as soon as possible.

4.4 If monthly availability falls below the level in 4.1, Customer receives a service credit of 5% of the monthly subscription fee for each full 0.1 percentage point of shortfall, up to half of that month's fee. Credits are applied to the next invoice.

### 5. Customer Data and Security

5.1 Customer owns all Customer Data. Provider processes Customer Data only to provide the Service to Customer and for no other purpose, and shall not use it to train models, for benchmarking or for marketing, whether or not it is aggregated or anonymised.

5.2 Provider shall store and process Customer Data only in mainland China, maintain an MLPS level-3 filing for the hosting environment, encrypt Customer Data in transit and at rest, restrict access to named personnel with multi-factor authentication, and keep access logs for at least six months.

5.3 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours of discovery, take immediate containment measures, and bear all costs and losses caused by an incident attributable to Provider or its personnel.

5.4 Within 30 days after the end of the Agreement, Provider shall return Customer Data in CSV and JSON formats and then delete it, and confirm the deletion in writing.

### 6. Intellectual Property

6.1 Provider retains all rights in the Service and its underlying software.

6.2 Customer Configurations and all reports produced for Customer belong to Customer, and Customer may use, modify and have them used by any other provider. Provider shall export them in a documented format on request.

### 7. Confidentiality

Each party shall keep confidential the other party's non-public business, technical and pricing information, use it only for the Agreement, and not disclose it to third parties without prior written consent. This obligation continues for three years after the Agreement ends.

### 8. Limitation of Liability

8.1 Provider's total aggregate liability arising out of or related to the Agreement shall not exceed the fees paid by Customer under this Order Form in the six (6) months immediately preceding the event giving rise to the claim.

8.2 Neither party is liable for lost profits or indirect damages. The limitation in 8.1 does not apply to Customer's payment obligations.

### 9. Subcontracting

Provider shall not subcontract any part of the Service or the onboarding services without Customer's prior written consent, except for the hosting provider named in A1. Provider remains responsible for the acts of its subcontractors.

### 10. Termination

10.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice.

10.2 On termination by Customer for Provider's breach, Provider shall refund any prepaid fees for the period after termination.

### 11. Governing Law and Disputes

The Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 12. General

12.1 Notices must be in writing and sent to the contacts in A6.

12.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly.

12.3 This Agreement may be amended only in writing signed by both parties.

12.4 Provider shall not name Customer as a reference customer or use Customer's logo without Customer's prior written consent.
"""

H1038E03 = """T:Supply Contract for Grain Storage Monitoring Sensors and Software (Draft)
P:Contract No. LJGR-PUR-2027-0086 (Buyer's standard form)
P:Buyer: Heilongjiang Longjiang Grain Reserve Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Harbin, Heilongjiang Province (the "Buyer").
P:Supplier: Upper Snake Grain Sensing, Inc., an Idaho corporation with its principal office at 145 West Main Street, Rigby, Idaho 83442, United States (the "Supplier").
P:The Buyer wishes to install temperature, moisture and carbon-dioxide monitoring in 24 steel silos and 6 flat warehouses at its Suihua depot, and has selected the Supplier's offer. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensing cables, probes, wireless gateways and accessories listed in the Price Table in clause 3.
P:1.2 "Software" means the Supplier's GrainSight monitoring software, server and client editions, including the mobile application.
P:1.3 "Deliverables" means the Equipment, the Software, the site-specific configuration, the alarm rules, the interface to the Buyer's warehouse management system and all documentation.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate under clause 6.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, deliver to the Suihua depot, install and commission the Equipment, install the Software on the Buyer's servers, configure silo maps and alarm thresholds for each storage unit, and connect the Software to the Buyer's warehouse management system.
P:2.2 The Supplier shall train the Buyer's storage keepers and IT staff, and deliver operating and maintenance manuals in Chinese.
P:2.3 The Equipment must be new, of current manufacture and rated for operation between minus 40 and plus 60 degrees Celsius. Cables must be suitable for direct contact with grain and certified for food safety.
P:2.4 The Buyer shall provide access to the silos during the agreed installation windows, power at each gateway location where solar power is not used, server hardware meeting the Supplier's written specification, and a contact person at the depot. The Supplier shall comply with the depot's safety rules for work at height and in confined spaces.
H:3. Price
P:3.1 The total contract price is CNY 1,663,000, including VAT, import duties, freight to the depot, insurance, installation and training. The price is fixed and is broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital temperature sensing cable, 28 m, 9 sensing points|420|1,850|777,000
TB:2|Moisture and CO2 probe|60|4,200|252,000
TB:3|Wireless LoRa gateway with solar power kit|24|6,500|156,000
TB:4|GrainSight monitoring software, perpetual licence, 24 silos and 6 warehouses|1|298,000|298,000
TB:|Subtotal, Equipment and Software|||1,483,000
TB:5|Installation and commissioning|1|162,000|162,000
TB:6|Training|1|18,000|18,000
TB:|Total contract price|||1,663,000
P:3.2 The Buyer shall pay: (a) 10% of the contract price, CNY 166,300, within 15 working days after signature against the Supplier's invoice and an advance payment guarantee of the same amount; (b) 55% of the contract price, CNY 914,650, after all Equipment has been delivered and installed and the installation certificate has been signed; the installation certificate records completion of installation only and is not acceptance; (c) 35% of the contract price, CNY 582,050, within 20 working days after Final Acceptance.
H:4. Delivery
P:4.1 The Supplier shall deliver all Equipment to the depot within 70 days after signature and complete installation within 110 days after signature.
P:4.2 Risk passes to the Buyer on delivery; title passes on payment of the instalment under clause 3.2(b).
P:4.3 Each shipment shall be packed for long-distance transport and cold weather, and shall be accompanied by a packing list, certificates of origin and quality, calibration records for each probe, and the import clearance documents required by the Buyer.
H:5. Delay Damages
P:5.1 If the Supplier fails to deliver, install or reach Final Acceptance by the agreed dates for reasons attributable to it, the Supplier shall pay delay damages of 0.1% of the contract price for each day of delay, up to a total of 10% of the contract price.
P:5.2 If the delay exceeds 45 days, the Buyer may also terminate this Contract under clause 13.
H:6. Acceptance
P:6.1 Acceptance testing shall verify that: (a) every sensing point reports and its reading is within plus or minus 0.5 degrees Celsius of a calibrated reference thermometer at 30 sampled points; (b) moisture readings agree with laboratory samples within the tolerance in the technical specification; (c) every gateway transmits without data loss for 14 consecutive days; (d) alarms reach the duty room and the mobile application within 60 seconds; and (e) storage data appear correctly in the warehouse management system.
P:6.2 When all criteria are met, the Buyer shall sign the Final Acceptance certificate within 10 working days. Installation, commissioning, use of the system or any payment does not constitute acceptance. Failed items shall be corrected by the Supplier at its cost and retested.
H:7. Warranty
P:7.1 The warranty period for the Equipment and the Software is 36 months from Final Acceptance. During it, the Supplier shall repair or replace defective Equipment, correct Software defects and provide updates free of charge, including parts, labour and travel.
P:7.2 Faults are classified as Severity 1 (the monitoring of a silo or warehouse is lost, or alarms fail), Severity 2 (individual sensing points or a gateway fail) and Severity 3 (other problems).
TB:Severity|Response|On-site attendance|Restoration
TB:Severity 1|2 hours|24 hours|48 hours
TB:Severity 2|8 hours|3 days|5 days
TB:Severity 3|1 working day|as agreed|next release
P:7.3 For every hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 800; for Severity 2, CNY 200 per hour. The Buyer may deduct these amounts from any payment due.
P:7.4 The warranty does not cover damage caused by fire, flooding, lightning beyond the protection rating, or handling by the Buyer contrary to the manuals. Cables damaged during normal grain loading and unloading are covered.
H:8. Post-Warranty Support
P:8.1 After the warranty period, the Supplier shall provide support and spare parts on the terms of clause 7 for an annual fee of 7% of the Equipment and Software subtotal, namely CNY 103,810 per year. This fee is fixed for the first two years after the warranty period. The Buyer orders support year by year; there is no automatic renewal.
P:8.2 The Supplier shall keep spare parts available for at least eight years after Final Acceptance.
H:9. Intellectual Property
P:9.1 The Software remains the property of the Supplier. The Buyer receives a perpetual, irrevocable licence to use it at the Suihua depot and any replacement site.
P:9.2 The site configuration, alarm rules, silo maps, interface programs and reports developed for the Buyer, with their source code, belong to the Buyer, who may use, modify and license them freely.
H:10. Data Protection and Security
P:10.1 All storage, inventory and sensor data collected by the system belong to the Buyer. The Supplier may use them only to perform this Contract and shall not copy, retain or disclose them.
P:10.2 The system shall run on the Buyer's own servers in the People's Republic of China. Remote maintenance is allowed only through the Buyer's VPN, on the Buyer's approval for each session, and shall be logged.
P:10.3 The Supplier shall report any data breach or unauthorised access within 12 hours of discovery, take remedial measures, and compensate the Buyer for all losses caused by a breach attributable to the Supplier.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's technical and commercial information and the Buyer's storage quantities and depot layouts, and shall not disclose them without prior written consent. This obligation survives termination.
P:11.2 The Supplier shall ensure that its personnel and any approved subcontractor are bound by the same obligations, and shall be responsible for any breach by them.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract shall not exceed 200% of the contract price, except for wilful misconduct, personal injury and breach of clauses 10 and 11.
H:13. Subcontracting and Termination
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent.
P:13.2 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice. The Supplier shall then refund payments for undelivered parts of the work.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final.
H:15. General
P:15.1 Neither party is liable for delay caused by force majeure, provided that it notifies the other party within five days and takes reasonable steps to limit the effects. If force majeure lasts more than 60 days, either party may terminate this Contract.
P:15.2 This Contract, with its annexes (technical specification, installation plan and acceptance test plan), is the entire agreement between the parties. It is made in Chinese and English; both texts are equally authentic. Amendments must be made in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H1038E04 = """# MANAGED SERVICES AGREEMENT (DRAFT)

**Agreement No. SRC-MSA-2027-009**

**Between:** Salmon River Computing Services, Inc., an Idaho corporation with its principal office at 1100 Main Avenue, Challis, Idaho 83226, United States ("Provider"); and

**Jiangxi Lixin New Energy Materials Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in Yichun, Jiangxi Province ("Customer").

**Background.** Customer produces lithium battery cathode materials at two plants in Yichun and Xinyu and runs a head office in Nanchang. Customer wishes to outsource the day-to-day operation of its IT infrastructure to Provider for thirty-six months. Provider will deliver the services from its delivery centre in Nanchang and remotely.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2, and "Service Credits" means the credits calculated under Schedule 2.

1.3 "Charges" means the amounts set out in Schedule 3.

1.4 "Customer Data" means all data, documents and records of Customer, its employees, customers and suppliers that Provider receives or can access in performing the Services.

1.5 "Service Commencement Date" means the day after Transition Acceptance under Section 3.

1.6 "Term" means thirty-six (36) months from the Service Commencement Date.

## 2. Services

2.1 Provider shall perform the Services for Customer's head office, both plants and the 1,350 end users listed in the asset inventory, in accordance with Schedules 1 and 2 and good industry practice.

2.2 Provider shall maintain a service desk reachable by telephone, e-mail and the Customer portal at all times, in Chinese and English.

2.3 Provider shall assign a named service delivery manager who attends a monthly service review with Customer and delivers a monthly report showing performance against each Service Level, open incidents, problem records, changes and planned activities.

2.4 Changes to the Services shall be agreed through a written change request signed by both parties. Provider shall not make changes to Customer's production network or servers outside the approved change windows.

2.5 Provider shall keep the asset inventory up to date, record every device added, moved or retired, and give Customer read access to the inventory and to all tickets through the Customer portal.

## 3. Transition and Acceptance

3.1 Provider shall complete transition within 60 days after signature of this Agreement. Transition includes knowledge transfer from Customer's current staff, discovery of all devices, set-up of monitoring, creation of runbooks for each critical system, and a trial period of parallel operation.

3.2 Transition Acceptance requires that: (a) every device in the asset inventory is monitored and reports to the monitoring platform; (b) runbooks for the 22 critical systems are approved by Customer; (c) the service desk has handled tickets for 14 consecutive days meeting the Priority 1 and Priority 2 response levels; and (d) a restore of Customer's ERP database from backup has been tested successfully.

3.3 Customer shall sign the Transition Acceptance certificate within five working days after the criteria are met. Start of monitoring or of service desk operation does not constitute acceptance.

3.4 If Transition Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay, up to a maximum of CNY 120,000.

## 4. Charges and Payment

4.1 The Charges are set out in Schedule 3. The total value of this Agreement over the Term is CNY 2,190,000, including VAT.

4.2 The transition charge is invoiced after Transition Acceptance. The monthly charge is invoiced monthly in arrears from the Service Commencement Date. Customer pays undisputed invoices within 30 days.

4.3 Service Credits are deducted from the next monthly invoice.

4.4 The Charges are fixed for the Term. Additional end users above the inventory are charged at the unit rate in Schedule 3.

## 5. Customer Data

5.1 Customer Data remains the property of Customer. Provider shall use Customer Data only for the purpose of performing the Services and shall not use it for any other purpose.

5.2 On expiry or termination, Provider shall return all Customer Data and runbooks to Customer or to a new provider that Customer designates.

## 6. Intellectual Property

6.1 Runbooks, configuration records, scripts and documents created by Provider for Customer belong to Customer, which may use, modify and pass them to any other provider.

6.2 Provider's own monitoring tools and methods remain Provider's property. Provider grants Customer a licence to use any of them embedded in the deliverables for Customer's internal purposes.

## 7. Confidentiality

7.1 Each party shall keep confidential all information of the other party marked or reasonably understood to be confidential, including Customer's production recipes, customer lists, network diagrams and passwords, and shall disclose it only to personnel who need to know it.

7.2 These obligations continue for three years after the end of this Agreement and, for trade secrets, for as long as the information remains a trade secret.

## 8. Personnel and Subcontracting

8.1 Provider shall staff the Services with qualified personnel and shall replace any individual whom Customer reasonably objects to.

8.2 Provider may engage subcontractors for on-site field support at Customer's plants, and may replace them from time to time, by giving Customer written notice of the subcontractor's name and scope before it starts work. Provider remains responsible for its subcontractors.

## 9. Liability

9.1 Provider's total liability arising under this Agreement shall not exceed 150% of the total value of this Agreement, except for wilful misconduct, fraud, and death or personal injury.

9.2 Neither party shall be liable for loss of profit or indirect loss.

## 10. Term and Termination

10.1 This Agreement starts on signature and ends at the end of the Term. Any extension requires a written amendment signed by both parties.

10.2 Customer may terminate this Agreement by written notice if Provider commits a material breach that is not remedied within 30 days after notice, or if Provider fails the Priority 1 resolution level in three months in any period of six consecutive months.

10.3 On expiry or termination, Provider shall provide exit assistance for up to 90 days at the rates in Schedule 3, including handover to a new provider.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Nanchang Arbitration Commission for arbitration. The award is final and binding.

## 12. General

12.1 Neither party may assign this Agreement without the other's prior written consent.

12.2 This Agreement, with Schedules 1 to 3, is the entire agreement between the parties on its subject matter.

12.3 Neither party is liable for a failure caused by force majeure, provided that it notifies the other party promptly and resumes performance as soon as possible. Service Credits do not apply to periods affected by force majeure.

12.4 Notices shall be in writing and delivered to the addresses stated above, or to another address notified in writing. The Agreement is made in English and Chinese, and both texts are equally authentic.

Signed for Provider: ____________________  Signed for Customer: ____________________

## Schedule 1 — Services

| Service | Scope | Included activities |
|---|---|---|
| Service desk | 1,350 end users, three sites | Ticket logging, first-line resolution, password resets, user onboarding and offboarding |
| Network operations | 46 switches, 8 firewalls, 212 wireless access points, WAN links | Monitoring, configuration backup, firmware updates in change windows, fault handling with carriers |
| Server and storage operations | 64 virtual servers, 2 storage arrays, backup system | Monitoring, capacity management, patching, daily backup checks, quarterly restore tests |
| End-user computing | 1,350 desktops and laptops, 120 printers | Imaging, deployment, on-site repair, asset register updates |
| Plant systems support | Servers and networks supporting the plant MES and laboratory systems | Monitoring, incident handling with the plant IT teams, change coordination |

## Schedule 2 — Service Levels and Credits

| Service level | Target | Service Credit if missed in a month |
|---|---|---|
| Priority 1 incident response | 15 minutes | 3% of the monthly charge |
| Priority 1 incident resolution | 6 hours | 5% of the monthly charge |
| Priority 2 incident response | 1 hour | 2% of the monthly charge |
| Priority 2 incident resolution | 1 working day | 2% of the monthly charge |
| Availability of the core network at each plant | 99.95% per month | 5% of the monthly charge |
| Rerun of a failed backup job | 8 hours | 1% of the monthly charge |

Priority 1 means a complete outage of a plant network, the ERP or the MES, or any incident affecting more than 100 users. Total Service Credits in a month shall not exceed 20% of that month's charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | One-time, after Transition Acceptance | 84,000 |
| Monthly charge | 58,500 per month for 36 months | 2,106,000 |
| Total value over the Term | | 2,190,000 |
| Additional end users | Per user per month | 38 |
| Exit assistance | Per engineer day | 2,400 |
"""

H1038E05 = """DATA AND API SUBSCRIPTION AGREEMENT (DRAFT)

Agreement No. KGD-SUB-2027-021

PARTIES

1.1 Kootenai Geodata, Inc., an Idaho corporation with its principal office at 6500 Main Street, Bonners Ferry, Idaho 83805, United States ("Provider").

1.2 Fujian Minbei Forestry Development Group Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Nanping, Fujian Province ("Customer").

1.3 Customer manages plantation forests in northern Fujian and wishes to use Provider's satellite-derived forest data and its application programming interface in Customer's own forest resource management system. Provider agrees to provide them on the terms below.

DEFINITIONS

2.1 "API" means Provider's application programming interface through which the Data Products are delivered, with its documentation and sample code.

2.2 "Data Products" means the datasets described in clause 3.1, as updated by Provider during the Subscription Term.

2.3 "Customer Data" means the stand boundaries, parcel identifiers, field survey records, photographs and other information that Customer uploads to the API, and the query logs linked to Customer's account.

2.4 "Subscription Year" means each successive period of three hundred sixty-five days starting on the Access Date, and "Subscription Term" means Subscription Year 1 and Subscription Year 2 together.

2.5 "Access Date" means the date on which Provider issues Customer's production API credentials.

2.6 "Custom Layers" means the stand-level growth and carbon layers that Provider computes specifically for Customer's stands from Customer Data under clause 3.3.

2.7 "Documentation" means Provider's published technical description of the API and the Data Products, including field definitions, coordinate systems and update calendars, as amended from time to time.

SUBSCRIPTION AND DATA PRODUCTS

3.1 During the Subscription Term Customer may call the API to obtain: (a) canopy cover and canopy height at 10-metre resolution for the area of interest of 412,000 hectares defined in Annex A, refreshed every month; (b) change-detection alerts for clearing, windthrow and pest damage, refreshed every five days; (c) a daily fire-weather and fire-risk index for each stand; and (d) historical imagery composites from 2017 onwards.

3.2 The subscription includes up to 2,000,000 API calls in each Subscription Year. Calls above that quota are charged at CNY 35 per 10,000 calls, invoiced quarterly in arrears.

3.3 Provider shall compute Custom Layers for Customer's stands twice in each Subscription Year, using Customer's survey plots to calibrate its models.

3.4 Provider may improve the Data Products and the API from time to time. Provider shall give Customer 60 days' notice before withdrawing any API version used by Customer.

3.5 Provider shall describe in the documentation the sources, resolution and known limitations of each Data Product, and shall publish release notes for each monthly refresh.

INTEGRATION SUPPORT AND SIGN-OFF

4.1 Provider shall provide integration support to connect the API to Customer's forest resource management system, including two on-site workshops in Nanping, remote engineering support, and the configuration of the area of interest and the stand boundaries.

4.2 Integration Sign-off requires that: (a) all 38,600 stand boundaries supplied by Customer have been loaded and match Customer's register by count and area; (b) each of the four data feeds in clause 3.1 is received by Customer's system for ten consecutive days; (c) change-detection alerts for a test area agree with Customer's field checks in the sample set out in Annex B; and (d) the first Custom Layers have been delivered and reviewed.

4.3 Customer shall confirm Integration Sign-off in writing within seven working days after the criteria are met, or state in writing which criteria are not met. Receiving data through the API before Integration Sign-off does not constitute sign-off.

4.4 Customer shall provide the stand boundaries and survey plot data in the formats set out in the documentation, make its system administrators available for the workshops, and provide test accounts for its forest resource management system.

FEES AND PAYMENT

5.1 The fees under this Agreement are: subscription fee for Subscription Year 1, CNY 268,000; subscription fee for Subscription Year 2, CNY 268,000; integration support, CNY 24,000 (one-time). The total fees are CNY 560,000, including VAT. Overage charges under clause 3.2 are additional.

5.2 Provider shall invoice each Subscription Year's fee at the start of that Subscription Year, and Customer shall pay within 30 days of receipt of the invoice. The integration support fee is invoiced after Integration Sign-off and payable within 30 days.

5.3 The subscription fee for Subscription Year 2 is fixed and shall not be increased.

5.4 Payments shall be made in CNY by bank transfer to the account named on the invoice. Each party bears its own bank charges.

SERVICE AVAILABILITY AND SUPPORT

6.1 Provider will use commercially reasonable efforts to keep the API available and to deliver each data refresh on schedule. Provider does not guarantee any particular level of availability, latency or delivery time.

6.2 Customer may send support requests by e-mail to Provider's support desk, which is staffed during business hours in Mountain Time and in Beijing Time. Provider will answer support requests as soon as reasonably possible.

6.3 Provider may suspend the API for maintenance, and will try to announce planned maintenance in advance on its status page.

6.4 Provider publishes the current status of the API and of each data refresh on its status page, where Customer may also subscribe to e-mail notices of delays.

CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Data Products, the Custom Layers and the integration support to Customer, and shall not use it for any other purpose, including the training of models for other customers, whether or not the data are aggregated or anonymised.

7.2 Provider shall store Customer Data only on servers located in the People's Republic of China operated by a licensed cloud provider, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication, and keep access logs.

7.3 Provider shall notify Customer within 24 hours of becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, take immediate steps to contain the incident, and compensate Customer for all losses, regulatory fines and costs caused by an incident attributable to Provider.

7.4 Within 30 days after the end of this Agreement, Provider shall return Customer Data in a standard format and then delete all copies, and confirm the deletion in writing.

LICENCE AND INTELLECTUAL PROPERTY

8.1 Provider retains all rights in the API and the Data Products. Provider grants Customer a non-exclusive, non-transferable licence during the Subscription Term to use the Data Products for the management of its own forests and for reporting to forestry authorities, certification bodies and lenders.

8.2 Maps and reports that Customer produces with the Data Products may be kept and used by Customer after the Subscription Term.

8.3 Custom Layers belong to Customer, which may use, modify and license them freely, including after the Subscription Term.

8.4 Customer shall not resell or redistribute the Data Products as a data feed to third parties.

8.5 Customer shall credit Provider as the source of the Data Products in published maps, in the form set out in the documentation.

SUBCONTRACTING AND ASSIGNMENT

9.1 Provider shall not subcontract the provision of the API or the processing of Customer Data to any third party without Customer's prior written consent. Provider remains responsible for the acts of any approved subcontractor.

9.2 Neither party may assign this Agreement without the prior written consent of the other party.

LIABILITY

10.1 Provider's aggregate liability under this Agreement shall not exceed 150% of the total fees stated in clause 5.1, except for breach of clause 7, infringement of third-party rights, or wilful misconduct.

10.2 Neither party shall be liable for indirect or consequential loss, including loss of profit.

TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of Subscription Year 2. Any further subscription requires a new written agreement with fees agreed at that time; this Agreement does not renew automatically.

11.2 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice.

11.3 If Customer terminates under clause 11.2, Provider shall refund the unused part of the subscription fee already paid, calculated pro rata by day.

GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing in accordance with its rules. The award is final and binding on both parties.

GENERAL

13.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, including satellite failures and cloud cover that prevents imaging, provided that it informs the other party promptly.

13.2 Notices must be in writing and sent to the addresses above or to another address notified in writing.

13.3 This Agreement, with Annex A (area of interest) and Annex B (sample for alert verification), is the entire agreement between the parties on its subject matter and may be amended only in writing signed by both parties.

13.4 This Agreement is made in English and Chinese. Both texts are equally authentic.

Signed for Provider: ____________________    Signed for Customer: ____________________
"""

NAMES = {
    "z01": "h1038z01_health_commission_occupational_disease_platform.pdf",
    "z02": "h1038z02_pill_remover_factory_line_control_retrofit.docx",
    "z03": "h1038z03_hand_drum_chain_booking_membership_saas.txt",
    "z04": "h1038z04_fishery_port_video_surveillance_annual_om.txt",
    "z05": "h1038z05_wutong_silver_studio_tracking_supplier_template.md",
    "e01": "h1038e01_hydropower_cmms_perpetual_licence_idaho_law.pdf",
    "e02": "h1038e02_elevator_field_service_saas_order_form.md",
    "e03": "h1038e03_grain_silo_sensors_monitoring_licence.docx",
    "e04": "h1038e04_battery_materials_managed_it_services.md",
    "e05": "h1038e05_forestry_satellite_data_api_subscription.txt",
}
SOURCES = {k: globals()["H1038" + k.upper()] for k in NAMES}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: (language, category, terms in KEYS order, sla_clause, ld_stated, post_warranty_fee_capped or None,
#       acceptance_deemed_on_delivery, contract_value, TCO fee base or None)
LABELS = {
    "z01": ("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9, False,
                               True, False, "PRC", G], True, True, True, False, 2096000, 1160000),
    "z02": ("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.1, 150, 35, True, True, 18, 26, False,
                               True, False, "PRC", G], True, True, True, False, 1630000, 1482600),
    "z03": ("zh", "cloud", [99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True,
                            True, False, "PRC", S], True, True, None, False, 406000, None),
    "z04": ("zh", "services", [None, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None,
                               False, False, True, "PRC", S], True, True, None, False, 577000, None),
    "z05": ("zh", "software", [None, 24, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, None,
                               False, True, None, None, G], True, True, False, True, 436000, 182000),
    "e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 13, False, True,
                               False, "Idaho", G], True, True, True, False, 1960000, 1180000),
    "e02": ("en", "cloud", [99.95, 8, True, "buyer", True, True, True, 900 / 1058000 * 100, 6 / 36 * 100, None, True,
                            None, None, None, False, True, False, "PRC", S], True, True, None, False, 1058000, None),
    "e03": ("en", "hardware", [None, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True,
                               False, "PRC", G], True, True, True, False, 1663000, 1483000),
    "e04": ("en", "services", [99.95, 0.25, True, "buyer", False, True, True, 2000 / 2190000 * 100, 150, None, True,
                               None, None, None, False, True, True, "PRC", S], True, True, None, False, 2190000, None),
    "e05": ("en", "cloud", [None, None, False, "buyer", True, True, False, None, 150, None, True, None, None, None,
                            False, True, False, "PRC", S], False, False, None, False, 560000, None),
}
DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-SUBCONTRACT", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LIABILITY-CAP", "CR-SLA-RESPONSE"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"],
    "e05": ["CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high", "e01": "low", "e02": "medium",
        "e03": "low", "e04": "high", "e05": "high"}
# forum outside mainland China, with whatever law (none in this set besides e01's Idaho courts)
FORUM_OUTSIDE = {"e01"}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOWSEV = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco_share(key):
    lang, cat, t, sla, lds, capped, deemed, value, base = LABELS[key]
    d = dict(zip(KEYS, t))
    if d["contract_kind"] != G or d["post_warranty_fee_pct"] is None or not capped:
        return None
    years = max(0.0, 5 - d["warranty_months"] / 12)
    fees = years * d["post_warranty_fee_pct"] / 100 * base
    return fees / (value + fees) * 100


def derive(key):
    """My reading of policy §3 applied to the label."""
    lang, cat, t, sla, lds, capped, deemed, value, base = LABELS[key]
    d = dict(zip(KEYS, t))
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if d["availability_pct"] is not None and d["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if d["p1_response_hours"] is None or d["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not d["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if d["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not d["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if d["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not d["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not lds:
        r.add("CR-LD-MISSING")
    elif d["ld_rate_per_day_pct"] is not None and d["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if d["liability_cap_pct"] is not None and d["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if d["prepayment_pct"] is not None and d["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not d["acceptance_clause"] or deemed or d["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if d["contract_kind"] == G:
        if d["warranty_months"] is None or d["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if d["post_warranty_fee_pct"] is None or not capped or d["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if d["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not d["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if d["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (d["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(key):
    lang, cat, t, sla, lds, capped, deemed, value, base = LABELS[key]
    extra = {"sla_clause": sla, "ld_stated": lds}
    if t[-1] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": NAMES[key], "language": lang, "category": cat, "expected_terms": dict(zip(KEYS, t)),
            "expected_extra": extra, "expected_rules": DESIGN[key]}


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


NUM = r"(?<![\d.,])"
THRESHOLD_PATTERNS = [
    NUM + r"99\.9(?![\d])", r"99\.9\s*per", "九十九点九",
    NUM + r"4\s*(?:hours?|hrs?|h\b|小时|个小时)", r"\bfour\s*(?:\(4\)\s*)?hours?", "(?<![一二三四五六七八九十零〇两])四(?:个)?小时",
    NUM + r"240\s*(?:minutes|分钟)",
    NUM + r"0\.05\s*(?:%|％|per)", "万分之五(?![十\d])", "千分之零点五", "万分之5(?!\d)",
    NUM + r"100\s*(?:%|％|per\s*cent|percent)", "百分之百", "百分之一百", r"one\s*hundred\s*per",
    NUM + r"30\s*(?:%|％|per\s*cent|percent)", "百分之三十(?![一二三四五六七八九点])", r"thirty\s*(?:\(30\)\s*)?per",
    NUM + r"15\s*(?:%|％|per\s*cent|percent)", "百分之十五(?![点])", r"fifteen\s*(?:\(15\)\s*)?per",
    NUM + r"40\s*(?:%|％|per\s*cent|percent)", "百分之四十(?![一二三四五六七八九点])", r"forty\s*(?:\(40\)\s*)?per",
    NUM + r"12\s*(?:months?|个月)", "十二个月", r"twelve\s*(?:\(12\)\s*)?months?", r"one\s*year'?s?\s*warranty",
    "一年质保", "质保期一年", "质保期为一年",
]
THR = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "within 4 hours", "4小时内响应", "四小时", "0.05% per day", "万分之五", "100% of the price",
            "30%", "百分之三十", "15 %", "40%", "12 months", "12个月", "十二个月", "twelve (12) months", "4hours",
            "100per cent", "fifteen per cent", "百分之四十", "240 minutes"]
MUST_MISS = ["99.95%", "24 hours", "24小时", "1.4 hours", "万分之五十", "0.055%", "130%", "35%", "115%", "45%",
             "120 months", "2 months", "18个月", "三十日", "十五日", "百分之三十五", "十四个小时", "CNY 1,400", "0.15%", "2,400",
             "百分之四十五", "412 months", "2027年12月31日", "二十四小时"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THR.finditer(variant)]
    return hits


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))
    binary = {k: (n, n.rsplit(".", 1)[1]) for k, n in NAMES.items() if n.endswith((".docx", ".pdf"))}
    write({k: SOURCES[k] for k in binary}, binary, OUT, wrap_words=True)
    for k, n in NAMES.items():
        if k not in binary:
            (OUT / n).write_text(SOURCES[k].strip() + "\n", encoding="utf-8")
    covered = set()
    for k, n in NAMES.items():
        lab = label(k)
        d = lab["expected_terms"]
        assert list(d) == KEYS
        assert derive(k) == sorted(DESIGN[k]), (k, derive(k), DESIGN[k])
        covered |= set(DESIGN[k])
        risk = "high" if set(DESIGN[k]) & HIGH else ("medium" if set(DESIGN[k]) - LOWSEV else "low")
        assert risk == RISK[k], (k, risk)
        # no label value on a threshold
        assert d["availability_pct"] != 99.9 and d["p1_response_hours"] != 4
        assert d["ld_rate_per_day_pct"] != 0.05 and d["liability_cap_pct"] != 100
        assert d["prepayment_pct"] != 30 and d["warranty_months"] != 12 and d["post_warranty_fee_pct"] != 15
        share = tco_share(k)
        assert share is None or abs(share - 40) > 2, (k, share)
        # lengths as read back
        text = read_back(OUT / n)
        if lab["language"] == "zh":
            length = len(re.sub(r"\s", "", text))
            assert 2750 <= length <= 3000, (k, length)
        else:
            length = len(text.split())
            assert 1450 <= length <= 1650, (k, length)
        hits = scan(text)
        assert not hits, (k, hits)
        Path(OUT / (n.rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print(k, n, length, "TCO %.2f" % share if share is not None else "", DESIGN[k] or "(none)", RISK[k])
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert [RISK[k] for k in NAMES].count("low") == 3
    print("all checks passed")


if __name__ == "__main__":
    main()
