"""holdout757: builds the ten blind held-out drafts (.txt/.md written directly, .docx/.pdf via ../word_pdf.py), writes
the .json labels and asserts lengths, threshold-free values/texts, derived rules and rule coverage.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H757Z01 = """T:农民工工资支付监管平台建设项目合同书
P:合同编号：RSJ-ZFCG-2026-0173　采购方式：公开招标（政府采购）
P:甲方（采购人）：临江市人力资源和社会保障局
P:乙方（供应商）：杭州安薪数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》《保障农民工工资支付条例》及本项目招标文件、乙方投标文件，甲乙双方就临江市农民工工资支付监管平台（以下简称"平台"）的软件许可、定制开发、数据对接及实施服务，经协商一致，订立本合同，共同遵守。本合同采用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供平台软件（含实名制管理、工资专用账户监测、工资代发、欠薪预警、维权投诉五个子系统）的永久使用许可，部署于甲方政务云，用户数及在建项目数不限。
P:1.2 乙方按甲方需求完成定制开发：与市住建局在建工程项目库、三家代发银行的专户流水接口、市信访及12345热线工单系统对接，以及欠薪预警规则引擎和领导驾驶舱。
P:1.3 乙方完成全市在建项目、总包企业及劳务人员历史数据的清洗、迁移与核对，并负责部署、联调、试运行及用户培训。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰陆拾肆万元整（¥1,640,000.00），含税，为固定总价，包括乙方完成本合同全部工作所需的一切费用。
P:2.2 价款构成：平台软件许可费860,000元；定制开发费540,000元；数据对接与迁移费150,000元；实施及培训费90,000元。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即328,000元。
P:3.2 平台通过初验后15个工作日内，甲方支付合同总价的45%，即738,000元。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即574,000元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按国库集中支付程序付款，因财政审批产生的合理时间不视为甲方逾期。
H:第四条 交付与工期
P:4.1 乙方应在合同生效后90日内完成部署及定制开发并提交初验申请，150日内完成试运行并提交最终验收申请。
P:4.2 乙方应在合同生效后10日内提交项目实施方案，经甲方书面确认后执行；乙方项目经理未经甲方同意不得更换。
P:4.3 乙方应为甲方及各区县人社部门、总包企业劳资专管员提供操作培训不少于8场，并提供培训教材和视频；培训考核合格率作为初验的参考依据之一。
P:4.4 乙方应每周提交项目周报，如实反映进度、问题及风险；因甲方原因导致工期延误的，工期相应顺延，但乙方应及时书面提出。
H:第五条 验收
P:5.1 初验标准：需求规格说明书所列功能全部实现；五个接口连续10个自然日数据交换无差错；迁移数据与源数据逐条比对一致；在500个并发用户下一般查询响应时间不超过2秒、统计报表生成不超过5秒；通过甲方委托的第三方安全测评，无高危漏洞。
P:5.2 最终验收标准：初验通过后试运行满60日，期间未发生一级故障；欠薪预警规则经甲方抽取的20个项目验证有效；全部文档、源代码及操作手册移交完毕；甲方组织专家评审并出具验收报告。
P:5.3 平台上线运行、甲方使用或支付部分价款，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提请验收。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供软件升级、缺陷修复、接口维护及现场技术支持。
P:6.2 质保期内，乙方应每季度进行一次平台巡检并提交巡检报告，配合甲方完成等级保护测评整改，及时修复第三方测评或主管部门通报发现的安全漏洞，不另行收费。
P:6.3 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过77,400元），该上限自质保期满起三年内不变，由双方另行签订维护合同，维护合同期满不自动续期。
H:第七条 服务水平
P:7.1 乙方保证平台月度可用率不低于99.95%（计划内维护时间经甲方同意后不计入）。
P:7.2 故障分级响应：一级故障（平台整体不可用或工资专户监测中断）乙方应在30分钟内响应、2小时内到达现场；二级故障1小时内响应、当日解决；三级故障于下一工作日内解决。
P:7.3 乙方每超过响应或修复时限1小时，甲方可从应付款项中扣减1,000元；月度可用率每低于承诺值0.01个百分点，扣减2,000元。扣减不影响甲方的其他权利。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 乙方为本项目定制开发的接口程序、规则引擎配置、驾驶舱及其源代码、技术文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再许可。乙方保证交付成果不侵犯第三方权利，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台中的劳务人员身份信息、工资流水、企业信息及其衍生数据均属于甲方所有，乙方仅为履行本合同使用，不得用于其他任何目的，不得留存或向任何第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，运维操作须经堡垒机并留存审计日志，不得将数据拷贝出政务云环境。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应的行政、法律后果。
H:第十条 保密
P:10.1 乙方对履行合同中知悉的甲方工作秘密、网络结构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得披露。保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合约定且经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十二条 分包与转让
P:12.1 本项目不允许分包，乙方不得将合同项下任何工作转包或分包给第三方，也不得转让本合同项下的权利义务。
H:第十三条 合同解除
P:13.1 乙方有重大违约行为，经甲方书面通知后10日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方承担违约责任。
P:13.2 因不可抗力致使合同目的无法实现的，双方均可解除合同，互不承担违约责任。
H:第十四条 法律适用与争议解决
P:14.1 本合同的订立、效力、解释及履行适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 因不可抗力不能按期履行的，受影响一方应在3日内书面通知对方并提供证明，履行期限相应顺延。双方往来通知以书面形式送达本合同载明的地址，一方地址变更应及时通知对方。乙方应遵守廉洁从业规定，不得向甲方工作人员提供任何不正当利益。
P:15.2 招标文件、投标文件、中标通知书及双方确认的澄清文件为本合同组成部分。本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:法定代表人或授权代表：　　　　法定代表人或授权代表：
P:签订日期：2026年　月　日
"""

H757Z02 = """T:配煤压制生产线控制系统改造及维保合同
P:合同编号：FYMC-JG-2026-021
P:甲方：阜阳市东岗蜂窝煤厂
P:乙方：合肥恒准自动化工程有限公司
P:甲方现有配煤、搅拌、压制成型生产线一条，控制系统老化、配比靠人工经验、故障频繁。为提高成型率并降低能耗，甲方委托乙方对该生产线的控制系统进行改造，并在改造完成后提供维保服务。双方经协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责更换配煤段、搅拌段和压制段的PLC控制柜，改造配煤皮带秤与定量给料机的变频控制，改造两台蜂窝煤成型机的液压与冲压控制回路，加装料位、温湿度及压力传感器，并部署上位机监控软件。
P:1.2 乙方为甲方定制开发配方管理模块，实现按煤种、热值和灰分自动计算配比，记录每班次的用煤量、产量和能耗，并生成日报和月报。
P:1.3 改造后的控制系统应保留原有的手动操作功能，在自动控制异常时可切换为就地手动运行；各段设备之间设置联锁，任一设备故障时上游设备自动停机，防止堵料和溢料。
P:1.4 上位机应设置在甲方中控室，配置两台操作站和一台工程师站，画面采用中文，显示各段设备状态、配比曲线、产量和报警记录，历史数据在线保存不少于两年。
P:1.5 改造工作应利用甲方计划停产检修期分段实施，单次停线不超过5日，不得影响甲方冬季供货。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰贰拾柒万元整（¥1,270,000），含税，明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及I/O模块（三段）|3套|368,000
TB:2|皮带秤及定量给料机变频控制改造|6台|246,000
TB:3|成型机液压与冲压控制改造|2台|198,000
TB:4|上位机监控软件许可（永久）|1套|132,000
TB:5|料位、温湿度、压力传感器|42只|86,000
TB:|软硬件小计||1,030,000
TB:6|安装调试及停线切换|1项|128,000
TB:7|配方管理模块定制开发|1项|96,000
TB:8|操作及维护培训|1项|16,000
TB:|合同总价||1,270,000
H:第三条 付款
P:3.1 合同签订后10个工作日内，甲方支付合同总价的25%，即317,500元。
P:3.2 设备到货并安装完毕后10个工作日内，甲方支付合同总价的45%，即571,500元。到货签收及安装完毕不代表质量验收。
P:3.3 最终验收合格后10个工作日内，甲方支付合同总价的25%，即317,500元。
P:3.4 剩余5%即63,500元作为质量保证金，质保期满且无未处理质量问题后10个工作日内无息支付。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后45日内完成设备供货，75日内完成全部安装调试并提交验收申请。
P:4.2 乙方应委派具有电气工程师资格的项目经理常驻现场，并配备不少于四名电工及调试工程师。项目经理未经甲方同意不得更换。乙方施工人员应持有有效的特种作业操作证，进入厂区应接受甲方安全教育，遵守动火、登高、临时用电等作业审批制度。
P:4.3 甲方负责提供施工用电、用水及设备临时存放场地，按约定时间安排停线，并指派熟悉生产工艺的人员配合调试。
P:4.4 乙方应提交改造施工方案、停线切换方案和安全措施，经甲方书面确认后实施；现场施工应遵守甲方安全生产管理制度。
H:第五条 验收
P:5.1 验收标准：整线连续满负荷运行72小时无停机故障；配煤配比误差不超过±1.5%；成型率不低于97%，单位产品电耗较改造前下降不少于8%；全部联锁保护和急停功能测试合格；配方管理模块按需求清单全部实现；竣工图纸、程序备份及操作手册移交完毕。
P:5.2 验收由甲方组织，乙方配合，双方签署验收报告。试生产、投入使用或支付部分价款均不视为验收合格。
H:第六条 质量保证与维保服务
P:6.1 质保期为十八个月，自最终验收合格之日起算。质保期内因设备或软件质量问题引起的故障，乙方免费维修或更换。
P:6.2 质保期内乙方提供维保服务：每月现场巡检一次，提交巡检记录；每年停产检修期对控制柜、传感器进行全面保养和标定。
P:6.3 故障响应：一级故障（整线停产）乙方应在1小时内响应、6小时内到达现场并恢复生产；二级故障（单机停机）2小时内响应、次日内处理完毕；三级故障在下次巡检时处理。
P:6.4 乙方应在甲方厂区存放常用备品备件，包括PLC模块、变频器、接近开关和压力变送器各一套，保证一级故障时可立即更换。备件清单作为附件三。
P:6.5 乙方应为甲方培训操作工和维修电工，内容包括系统操作、配方调整、常见故障判断与处理、PLC程序备份与恢复，培训结束后提交培训记录。
P:6.6 质保期满后的维保服务费为软硬件小计的8%每年（即82,400元/年），自质保期满起三年内不上调，双方每年签订维保确认单，不自动续期。
H:第七条 数据与保密
P:7.1 生产、配方及能耗数据均属于甲方所有，乙方不得用于本合同以外的任何目的。乙方远程维护须事先经甲方批准，不得拷贝或带走甲方数据；乙方应采取必要的安全措施防止数据泄露、篡改或丢失，因乙方原因造成数据泄露或损失的，由乙方承担赔偿责任。
P:7.2 双方对在合作中获知的对方技术资料、配方参数和商业信息负有保密义务，未经对方书面同意不得向第三方披露，合同终止后仍然有效。
H:第八条 知识产权
P:8.1 上位机监控软件的知识产权归其权利人，甲方获得永久使用许可。
P:8.2 配方管理模块、PLC程序及其源代码归甲方所有，甲方可自行修改或交由第三方维护。
H:第九条 分包
P:9.1 现场电气安装、桥架敷设等施工工作，乙方可委托具有相应资质的施工单位实施，但应提前书面告知甲方施工单位名称及人员名单。乙方对施工单位的工作质量和安全承担责任。
P:9.2 施工单位的人员应服从乙方项目经理和甲方安全员的统一管理，不得擅自操作甲方生产设备。
P:9.3 乙方及其委托的施工单位在甲方厂区发生的人身伤害或财产损失，由乙方负责处理并承担责任；乙方应为现场人员购买意外伤害保险。
H:第十条 违约责任
P:10.1 任何一方违反本合同约定的，应当继续履行、采取补救措施，并赔偿对方因此遭受的实际损失。
P:10.2 乙方交付的设备或软件经两次整改仍达不到验收标准的，甲方有权退货，乙方退还相应款项。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。
P:11.2 因不可抗力致使合同目的无法实现的，双方均可解除合同。合同解除后，甲方应支付已验收部分的价款，乙方应退还超出部分的款项。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。双方发生争议应协商解决，协商不成的，向甲方所在地人民法院提起诉讼。
H:第十三条 其他
P:13.1 本合同附件与正文具有同等效力，正文与附件不一致的，以正文为准。合同履行中双方确认的会议纪要、变更单经双方授权代表签字后，作为本合同的补充。
P:13.2 乙方应遵守甲方的环保和职业卫生要求，施工产生的废旧线缆、包装材料及拆除的旧控制柜应分类堆放，由甲方统一处置，旧设备的残值归甲方所有。
P:13.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一：改造技术方案；附件二：设备清单及技术参数。
P:甲方（盖章）：　　　　　　　乙方（盖章）：
P:日期：2026年　月　日
"""

H757Z03 = """连锁餐厅点餐及会员管理系统SaaS服务合同

合同编号：KL-IT-2026-008
甲方：上海咖喱屋餐饮管理有限公司
乙方：苏州云点餐信息技术有限公司

鉴于甲方在华东地区经营50家"咖喱屋"直营咖喱饭门店，需要统一的扫码点餐、收银、厨房出单及会员营销系统，乙方以软件即服务（SaaS）方式提供该系统并负责实施。双方经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方50家门店及总部提供以下云服务：
1. 扫码点餐与前台收银，支持堂食、自提和外卖平台订单聚合；
2. 厨房显示与出单，按咖喱辣度、饭量及加料自动分单；
3. 会员管理，包括储值、积分、优惠券、生日礼遇和会员等级；
4. 总部报表，包括门店销售、菜品排行、食材理论消耗和会员复购分析。
（二）乙方负责一次性实施服务：门店终端部署、菜单及价格配置、原会员系统约18万条会员数据的迁移、与甲方财务系统和两家外卖平台的接口对接，以及店长和收银员培训。

（三）乙方应指定一名实施项目经理和一名客户成功经理，负责上线实施及服务期内的日常对接；服务期内乙方每季度向甲方提交服务报告，内容包括系统可用率、故障统计、版本更新和改进建议。
（四）平台版本升级时，乙方应提前7日通知甲方并说明变更内容；涉及门店操作流程变化的，乙方应提供操作指引和在线培训，不得因升级降低本合同约定的功能。
（五）门店所需的点餐平板、小票打印机、厨房显示屏等终端硬件由甲方自行采购，乙方负责提供兼容型号清单和安装指导。

二、服务期限
（一）服务期为两个服务年度，自全部门店上线验收合格之日起算，第二个服务年度自第一个服务年度届满次日起算。
（二）本合同期满前30日内任何一方未书面提出不续约的，合同自动续期一个服务年度，可多次续期。续期的服务费由乙方根据市场行情和产品升级情况调整，以乙方发出的续费通知单为准。

（三）服务期内，乙方应保证系统功能与本合同附件功能清单一致；乙方停止提供某项功能或对其作重大调整的，应提前60日书面通知甲方，并提供不低于原功能水平的替代方案。
（四）服务期届满或合同提前终止的，乙方应给予甲方不少于30日的过渡期，过渡期内系统保持可用，便于甲方导出数据和切换系统，过渡期不另行收费。

三、合同价款及支付
（一）合同总价为人民币柒拾陆万陆仟元整（¥766,000），含税，构成如下：
1. SaaS订阅费：每店每服务年度6,800元，50家门店每服务年度340,000元，两个服务年度合计680,000元；
2. 一次性实施费：86,000元。
（二）实施费在全部门店上线验收合格后15个工作日内支付。
（三）每个服务年度的订阅费在该服务年度开始后15个工作日内一次性支付。
（四）服务期内甲方新增门店的，按每店每服务年度6,800元按月折算计费；关闭门店的，自次月起减少相应费用。

四、上线及验收
（一）乙方应在合同签订后40日内完成首批10家门店上线，70日内完成全部门店上线。
（二）验收标准：
1. 合同约定功能全部可用，点餐至厨房出单时间不超过3秒；
2. 会员数据迁移后逐条核对，储值余额与积分与原系统一致；
3. 与财务系统及外卖平台接口连续7日对账无差异；
4. 全部门店连续营业14日未发生一级故障。
（三）甲方在乙方提交验收申请后10个工作日内组织验收并签署验收单。门店试营业或甲方使用系统不视为验收合格。
（四）乙方未按本条第（一）项期限完成全部门店上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

五、服务水平
（一）乙方承诺系统月度可用率不低于99.5%，计划内维护应安排在凌晨1:00至5:00之间并提前3日通知甲方。
（二）故障分级及响应：
1. 一级故障（三家及以上门店无法点餐或收银）：30分钟内响应，2小时内恢复；
2. 二级故障（单店无法使用或会员功能中断）：1小时内响应，6小时内恢复；
3. 三级故障（报表等非核心功能异常）：下一工作日内处理。
（三）月度可用率未达到承诺值的，每低于0.1个百分点，按当月订阅费的5%抵扣下一期费用；一级故障超过恢复时限的，每超过1小时按当月订阅费的2%抵扣。

六、数据
（一）甲方的会员信息、订单记录、储值及营销数据属于甲方所有。乙方应依法处理会员个人信息，仅在提供本合同服务所必需的范围内使用。
（二）乙方有权在对交易数据进行去标识化和汇总处理后，将其用于餐饮行业分析报告、产品功能改进及算法模型训练，该等汇总数据的权利归乙方。
（三）乙方应采取加密存储、访问控制、操作审计、异地备份等安全措施，系统须通过等级保护二级测评。发生数据泄露或丢失的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担赔偿责任。
（四）合同终止后30日内，乙方应将甲方全部数据以通用格式交还甲方，并在甲方确认后彻底删除。

（五）乙方应按照《个人信息保护法》的要求，在会员注册页面向会员告知个人信息处理规则并取得同意；会员要求查询、更正或删除其个人信息的，乙方应在甲方通知后5个工作日内协助完成。
（六）乙方不得在甲方门店的点餐页面或会员小程序中投放第三方广告，不得向甲方会员推送与甲方无关的营销信息。

七、保密
双方对在履行本合同过程中知悉的对方经营信息、价格、配方及技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

八、知识产权
（一）SaaS平台的知识产权归乙方所有。
（二）乙方为甲方定制的菜单模板、营销活动配置、接口程序及报表归甲方所有，甲方有权自行使用、修改或交由第三方使用。

九、分包
乙方不得将本合同项下的实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十、合同解除
（一）乙方严重违约，或月度可用率连续两个月未达到承诺值，经甲方书面通知后15日内未改正的，甲方有权解除合同，乙方应退还未履行期间的服务费。
（二）甲方逾期付款超过60日，经乙方催告后仍不支付的，乙方有权暂停服务。

十一、违约责任及争议解决
（一）一方违约给对方造成损失的，应赔偿对方的实际损失。
（二）本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交上海仲裁委员会仲裁。

十二、其他
（一）因不可抗力致使一方不能履行合同的，应及时通知对方并在合理期限内提供证明，根据影响程度部分或全部免除责任。
（二）本合同的附件与正文具有同等效力；附件与正文不一致的，以正文为准。合同履行中双方确认的变更单、会议纪要经双方授权代表签字后，作为本合同的补充。
（三）乙方应遵守甲方的供应商廉洁管理规定，不得向甲方员工提供回扣、礼品或其他不正当利益；违反的，甲方有权解除合同。
（四）双方往来通知以书面形式或本合同载明的电子邮箱送达，发出后即视为送达。
（五）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件：门店清单、功能清单、服务水平说明。

甲方（盖章）：                乙方（盖章）：
日期：2026年  月  日
"""

H757Z04 = """康复治疗信息系统年度运维服务合同

项目编号：JXKF-CS-2026-05（竞争性磋商）
甲方：江西省康复医院
乙方：南昌康维信息技术服务有限公司

根据甲方"康复治疗信息系统年度运维服务"竞争性磋商文件、乙方响应文件及成交通知书，双方就下列运维服务订立本合同。

第一条 服务范围
1. 运维对象为甲方康复治疗信息系统，包括康复评定、治疗排班、治疗记录、康复设备数据采集、康复病历五个子系统，以及与医院HIS、电子病历、PACS和集成平台的接口。
2. 服务内容包括：驻场运维（两名工程师，工作日8:00至18:00在岗，节假日安排值班）；远程技术支持；系统巡检与性能优化；数据库日常维护与备份检查；接口监控及异常处理；康复评定量表和治疗项目的配置调整；用户账号及权限维护；配合等级保护测评整改；重大节日及上级检查期间的保障。
3. 康复设备数据采集部分涵盖等速肌力训练系统、平衡评估训练系统、上下肢康复机器人及言语评估设备共34台，乙方负责采集程序的维护，不负责设备本身的硬件维修。

4. 乙方驻场工程师应具有三年以上医院信息系统运维经验，熟悉HIS与康复业务流程；乙方应提供一名备岗工程师，驻场人员休假时及时替补。
5. 每逢系统升级、接口变更或医院新院区康复病区启用，乙方应编制变更方案，经甲方信息科审批后在非诊疗时段实施，并做好回退准备。
6. 乙方每年组织不少于两次应急演练，内容包括数据库恢复、接口中断切换和核心服务器故障处置，演练记录提交甲方备案。

第二条 服务期限
服务期自2026年3月1日起至2027年2月28日止。服务期满后，甲方将依法重新组织采购，本合同不自动续期。

第二条之二 人员与管理
1. 乙方应设立项目负责人一名，负责运维团队管理并每月与甲方信息科召开一次运维例会，通报上月服务情况，讨论遗留问题及下月工作计划。
2. 乙方运维人员应遵守医院考勤制度，按甲方要求签到签退；甲方认为驻场人员不能胜任的，有权要求乙方在10日内更换，乙方应予配合。
3. 乙方应建立运维工单台账，对每一次故障、咨询和变更做到有记录、有处理、有回访，台账按月提交甲方并作为季度考核依据。

第三条 服务费用及支付
1. 服务费总额为人民币肆拾叁万捌仟元整（¥438,000），含税，构成如下：驻场运维216,000元；远程支持与巡检96,000元；接口维护78,000元；备品备件及数据库工具48,000元。
2. 服务费按季度支付，每季度服务期满且季度考核合格后15个工作日内，甲方支付当季服务费109,500元。
3. 季度考核得分低于80分的，按本合同第六条扣减后支付。乙方请款时应提交当季运维报告、考核表及合法有效的增值税发票。

第四条 服务交接与考核验收
1. 乙方应在服务期开始后10日内完成与原运维单位的交接，包括系统架构、账号、文档、未结问题清单，交接完成后双方签署交接确认单。
2. 季度考核内容包括：故障响应与处理时效、巡检计划完成率、用户满意度、文档完整性，考核细则见附件二。
3. 服务期满前，甲方组织年度验收，标准为：全年系统可用率达到第五条承诺；无因乙方原因导致的数据丢失；四个季度考核均合格；运维文档、配置清单、巡检报告及知识库已全部移交。
4. 乙方未按本条第1项期限完成交接的，每逾期一日，按服务费总额的千分之二向甲方支付违约金。

第五条 服务水平
1. 乙方保证核心子系统（康复评定、治疗排班、治疗记录）在服务期内的月度可用率不低于99.95%。
2. 故障分级及处理时限：
一级故障（核心子系统整体停止服务，影响门诊或病区治疗）：15分钟内响应，驻场工程师立即处置，2小时内恢复；
二级故障（单个子系统或接口中断）：30分钟内响应，8小时内恢复；
三级故障（个别功能异常或用户咨询）：2小时内响应，2个工作日内解决。
3. 乙方每月5日前提交上月运维报告，内容包括故障统计、巡检结果、变更记录及改进建议。

第六条 服务扣款
1. 一级故障每超过恢复时限1小时，扣减当季服务费2,000元；二级故障每超过恢复时限1小时，扣减500元。
2. 月度可用率每低于承诺值0.01个百分点，扣减当季服务费1,000元。
3. 驻场工程师无故缺岗的，每人每日扣减800元；更换驻场工程师须经甲方同意。
4. 当季扣款累计不超过当季服务费的20%。

第七条 数据安全
1. 系统中的患者身份信息、病历、评定结果、治疗记录及设备采集数据均属于甲方所有，乙方仅为提供运维服务而接触，不得用于任何其他目的。
2. 乙方应遵守《数据安全法》《个人信息保护法》《医疗卫生机构网络安全管理办法》及甲方信息安全制度；运维操作须通过甲方堡垒机进行并全程审计，严禁将数据拷贝至外部介质或上传至互联网；确需导出数据排查问题的，须经甲方信息科书面批准并脱敏处理。
3. 乙方人员须签署甲方制定的信息安全承诺书。发生数据泄露、篡改或丢失等安全事件的，乙方应立即报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任，并承担由此产生的行政处罚等后果。
4. 乙方应每月检查数据库备份的完整性并进行一次恢复测试，确保备份数据可用；乙方人员离岗时应当场交还门禁、账号及相关资料，甲方立即注销其权限。

第八条 知识产权
乙方在服务期内编写的运维文档、脚本、配置清单及知识库归甲方所有，甲方可自由使用和修改。

第九条 分包
乙方不得将本合同项下服务转包或分包给任何第三方。

第十条 违约责任
1. 乙方违反第七条约定的，除承担赔偿责任外，甲方有权要求乙方更换相关人员。
2. 甲方无正当理由逾期支付服务费的，应按同期贷款市场报价利率支付逾期利息。
3. 因一方违约给对方造成损失的，违约方应赔偿守约方的实际损失。
4. 乙方驻场人员在工作中违反操作规程，造成甲方系统故障或设备损坏的，乙方应负责修复并承担相应费用。

第十一条 合同的变更与终止
1. 本合同生效后，双方应全面履行，任何一方不得单方变更或解除本合同。
2. 服务期内如需调整服务内容，双方应协商一致并签订书面补充协议。
3. 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商处理。
4. 乙方人员在甲方院区内应遵守医院管理规定，佩戴工作证，不得进入与工作无关的区域，不得干扰医疗活动。

第十二条 争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十三条 其他
1. 磋商文件、响应文件、成交通知书及附件为本合同组成部分，上述文件内容不一致的，以本合同为准。
2. 乙方应遵守医院廉洁购销相关规定，不得以任何形式向甲方工作人员提供回扣、礼品或宴请。乙方服务期内发现系统存在重大安全隐患或设计缺陷的，应书面告知甲方并提出整改建议。
3. 本合同一式四份，甲方三份，乙方一份，经双方签字盖章后生效。
附件一：运维服务清单；附件二：季度考核细则；附件三：驻场人员名单。

甲方（盖章）：                乙方（盖章）：
日期：2026年  月  日
"""

H757Z05 = """# 软件许可及技术开发合同（标准文本 V3.0）

**文本提供方：宁波织微智能软件有限公司**

合同编号：ZW-XS-2026-0412

甲方（用户）：扬州市杭集鑫丰毛刷工艺厂

乙方（开发方）：宁波织微智能软件有限公司

本合同为乙方标准合同文本。甲方拟引进"织微植毛修剪生产追溯系统"，用于植毛、修剪、磨毛、包装各工序的工单报工、设备数据采集和批次追溯。双方经友好协商，就软件许可及定制开发事项订立本合同。

## 第一条 定义

1.1 "标准软件"指乙方享有著作权的织微生产追溯系统V5，包括工单管理、工序报工、设备采集、质量检验及批次追溯模块。

1.2 "定制开发"指乙方根据甲方需求对标准软件进行的功能扩展、报表开发和设备接口开发。

1.3 "上线"指系统部署完成并在甲方车间投入使用。

1.4 "工作日"指中华人民共和国法定工作日。

1.5 "缺陷"指系统运行结果与产品说明书描述不一致且可稳定复现的情形。

## 第二条 合同内容与价款

2.1 合同总价为人民币陆拾玖万元整（¥690,000），明细如下：

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 标准软件许可 | 永久许可，20个车间终端、不限用户 | 480,000 |
| 2 | 定制开发 | 36台植毛机及修剪机数据采集接口、刷丝批次追溯报表、客户验货报告 | 160,000 |
| 3 | 实施服务 | 部署、基础数据导入、培训 | 50,000 |
| | 合计 | | 690,000 |

2.2 上述价格不含甲方自备的服务器、网络及车间终端硬件。

2.3 合同签订后，因甲方原因需增加设备接口、报表或功能的，乙方按每人每日2,600元的标准计取开发费用，双方签订变更单后执行。

2.4 乙方提供的培训为集中培训两次，每次不超过一日；甲方需要增加培训场次的，另行收费。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的55%，即379,500元，乙方收款后开始工作。

3.2 系统上线后5个工作日内，甲方支付合同总价的45%，即310,500元。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方有权暂停开发和服务。

## 第四条 交付

4.1 乙方在收到首付款后60日内完成部署和定制开发，具体进度以乙方项目计划为准。

4.2 因甲方需求变更、资料提供不及时或现场条件不具备导致延误的，交付期限相应顺延。

4.3 甲方应在乙方进场前完成服务器、操作系统、数据库及车间网络的准备，并保证植毛机、修剪机预留数据通讯接口；设备厂家不配合开放接口导致无法采集的，乙方不承担责任。

4.4 乙方实施人员驻场期间的差旅及食宿费用已包含在实施服务费中，超出约定驻场天数的，按每人每日1,800元另行计费。

4.5 甲方应指定项目联系人，在乙方要求的时间内确认需求和测试结果。

4.6 乙方可根据项目需要安排远程实施或驻场实施，实施人员由乙方统一调配。甲方应为乙方驻场人员提供办公场所、网络和进入车间的便利，并安排熟悉各工序的班组长配合梳理工单、工序和批次规则。

4.7 系统部署完成后，乙方向甲方提交部署完成确认单，甲方应在收到后2个工作日内签字确认；甲方逾期未签字的，视为确认。部署完成确认单签署后，甲方可安排车间人员开始试用，乙方提供现场指导。

## 第五条 验收

5.1 系统上线后，甲方应在5个工作日内组织测试。甲方在上线后5个工作日内未书面提出异议，或已开始使用系统的，即视为验收合格。

5.2 甲方测试中发现的缺陷，乙方应在合理时间内修复，缺陷修复不影响验收结论和付款。

5.3 甲方提出的问题属于需求范围之外的，按变更处理，另行收费。

## 第六条 技术支持与维护

6.1 系统上线后六个月为免费维护期，乙方提供远程技术支持和缺陷修复。

6.2 乙方通过电话、微信群和远程协助方式提供工作日技术支持，乙方将尽商业上合理的努力及时处理甲方反映的问题。

6.3 免费维护期满后，甲方应与乙方签订年度技术服务协议，年度技术服务费为标准软件许可费的26%，即每年124,800元。甲方未续签技术服务协议的，乙方不再提供升级和缺陷修复。

6.4 下列情况不属于维护范围：甲方或第三方擅自修改系统；甲方硬件、网络或操作系统故障；病毒感染；超出产品说明书的使用方式。乙方对上述情况提供的服务按其收费标准另行收费。

6.5 乙方每年可对标准软件进行版本升级，升级内容由乙方决定；定制功能在新版本上的适配另行收费。

## 第七条 知识产权

7.1 标准软件及乙方在本合同项下为甲方开发的全部定制功能、接口程序、报表及相关文档、源代码的知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行修改、反编译，也不得许可第三方使用。乙方有权将定制开发成果用于其他客户。

## 第八条 数据

8.1 甲方在系统中录入和产生的生产、质量、客户数据归甲方所有，乙方仅为履行本合同之目的使用。

8.2 乙方实施和远程维护时应遵守甲方的安全管理要求，采取访问控制和日志记录措施，不得擅自复制甲方数据；因乙方原因造成甲方数据泄露或丢失的，乙方承担相应赔偿责任。

8.3 甲方应自行做好数据备份。因甲方操作失误、硬件故障或网络攻击导致数据丢失的，乙方不承担责任，但应尽力协助恢复。

## 第九条 保密

双方对在合作中知悉的对方技术秘密和经营信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。

## 第十条 违约责任

10.1 因乙方原因逾期交付的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

10.2 任何一方不承担对方的间接损失、利润损失或商誉损失。

10.3 因不可抗力、政策变化、第三方设备或软件故障导致乙方不能履行的，乙方不承担违约责任。

## 第十一条 合同解除

一方严重违反本合同，经对方书面通知后30日内未纠正的，守约方有权解除合同。

## 第十一条之一 其他约定

甲方应按照产品说明书规定的软硬件环境使用系统。甲方自行增加车间终端数量的，按每个终端6,000元补缴许可费。乙方有权通过技术手段检查甲方许可使用情况。

## 第十二条 争议解决

因本合同产生的争议，双方应友好协商；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十三条 其他

13.1 本合同未尽事宜，以乙方发布的产品说明和服务条款为准。

13.2 甲方不得以任何方式雇用或招揽乙方参与本项目的技术人员，否则应向乙方支付该人员上一年度薪酬两倍的补偿。

13.3 乙方按甲方每次付款金额开具增值税普通发票；甲方需要专用发票的，应在合同签订时提供完整的开票信息。因甲方开票信息错误导致发票作废重开的，重开期间不影响甲方的付款义务。合同价款已包含乙方应缴纳的各项税费。

13.4 乙方有权在其宣传材料和客户名单中使用甲方名称及标识。

13.5 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：＿＿＿＿＿＿　　乙方（盖章）：＿＿＿＿＿＿

日期：2026年　月　日
"""

H757E01 = """T:Software Licence and Services Agreement
P:Agreement No. ZT-QD-2026-11
P:This Software Licence and Services Agreement (the "Agreement") is made between Qingdao Haiyun Agricultural Products Import and Export Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qingdao, Shandong (the "Buyer"), and Sahel Trace Informatique SARL, a company incorporated in the Republic of Niger with its registered office at Quartier Birni, Zinder, Niger (the "Vendor").
P:The Buyer imports groundnuts, sesame and gum arabic from West Africa and wishes to trace every export lot from the collection point to the port of loading. The Vendor publishes the SahelTrace lot-traceability software and has agreed to license it to the Buyer and to configure it for the Buyer's supply chain on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the SahelTrace Enterprise software, version 7, in object code, with its documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, interfaces, reports, scripts and documentation developed by the Vendor specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all data entered into or generated by the Software in the Buyer's use, including supplier, lot, warehouse, laboratory and shipment records and any personal information of growers and staff.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software on the Buyer's servers in China for an unlimited number of users and sites, for the internal business of the Buyer and its subsidiaries.
P:2.2 The Vendor shall configure the Software for the Buyer's lot structure, develop interfaces to the Buyer's ERP system, its warehouse management system and the laboratory system of its aflatoxin testing partner, migrate the lot records of the last two seasons, and train the Buyer's key users and administrators.
P:2.3 The detailed scope is set out in Annex 1 (Functional Specification) and Annex 2 (Project Plan).
H:Article 3 Price and Payment
P:3.1 The total Contract Price is CNY 1,528,000, inclusive of all taxes, made up as follows: Software licence fee CNY 1,120,000; configuration and interface development CNY 360,000; training and documentation CNY 48,000.
P:3.2 The Buyer shall pay 20% of the Contract Price (CNY 305,600) within 20 days after signature of this Agreement and receipt of the Vendor's invoice.
P:3.3 The Buyer shall pay 45% of the Contract Price (CNY 687,600) within 20 days after the Software has been installed on the Buyer's servers and the installation certificate has been signed. The installation certificate does not constitute acceptance.
P:3.4 The Buyer shall pay the remaining 35% of the Contract Price (CNY 534,600) within 20 days after Final Acceptance.
P:3.5 Payments shall be made in CNY by bank transfer to the account designated by the Vendor. Each party bears its own bank charges.
H:Article 4 Delivery and Delay
P:4.1 The Vendor shall install the Software within 45 days after signature and shall make the complete system available for acceptance testing within 120 days after signature.
P:4.2 If the Vendor fails to meet a date in Article 4.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price. The Buyer may deduct such damages from any payment due.
P:4.3 Each party shall appoint a project manager. The Vendor shall report progress to the Buyer every two weeks in writing.
H:Article 5 Acceptance
P:5.1 Acceptance testing shall follow the test plan agreed in Annex 2 and shall verify at least: every function of the Functional Specification; end-to-end tracing of sample lots from collection point to container within 3 seconds; correct exchange of data with the ERP, warehouse and laboratory systems over 10 consecutive working days; full reconciliation of migrated lot records with the source data.
P:5.2 After successful testing, the system shall run in production for 30 days without any Severity 1 incident.
P:5.3 When the criteria of Articles 5.1 and 5.2 are met, the Buyer shall issue a written Final Acceptance certificate within 10 working days. Go-live, use of the system in production or payment of any instalment does not constitute acceptance. If the criteria are not met, the Vendor shall correct the defects at its own cost and repeat the tests.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with the Functional Specification for a warranty period of 18 months from Final Acceptance. During the warranty period the Vendor shall correct defects, supply updates and new versions, and provide remote and, where needed, on-site support free of charge.
P:6.2 Incidents are classified as follows. Severity 1 means that lot tracing or shipment documentation is unavailable for all users; Severity 2 means that a module or interface is unavailable; Severity 3 means any other defect. The Vendor shall respond to a Severity 1 incident within 1 hour and restore service within 8 hours, to a Severity 2 incident within 2 hours and restore service within 2 working days, and to a Severity 3 incident within 1 working day.
P:6.3 For each full hour by which the Vendor exceeds a response or restoration time for a Severity 1 incident, the Vendor shall credit the Buyer CNY 1,000, and for a Severity 2 incident CNY 300, deductible from any amount payable to the Vendor.
P:6.4 After the warranty period, the Vendor shall offer annual support on the same terms at a fee of 10% of the Software licence fee per year (CNY 112,000). This fee is fixed for the first three years after the warranty period. Support is ordered by the Buyer year by year and does not renew automatically.
H:Article 7 Buyer Data and Security
P:7.1 Buyer Data belongs to the Buyer. The Vendor may access and use Buyer Data only to perform this Agreement and shall not copy, keep or disclose it for any other purpose.
P:7.2 The Vendor shall access the Buyer's systems only through the remote access channel provided by the Buyer, with individual accounts and multi-factor authentication, and shall comply with the Buyer's information security policies and with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. No Buyer Data shall be transferred outside China.
P:7.3 The Vendor shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Buyer Data, shall cooperate in remedying it and shall be liable for all losses caused by its breach of this Article.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors.
P:8.2 The Custom Deliverables, including their source code, belong to the Buyer upon creation. The Buyer may use, modify and license them freely. The Vendor shall deliver the source code with Final Acceptance.
P:8.3 The Vendor shall indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including prices, supplier lists, business plans and technical information, and shall use it only for the purpose of this Agreement.
P:9.2 This obligation does not apply to information that is publicly available, independently developed or required to be disclosed by law, and survives termination for three years.
H:Article 10 Liability
P:10.1 The total liability of each party under this Agreement is limited to 150% of the Contract Price.
P:10.2 This limit does not apply to liability for personal injury, wilful misconduct, infringement of third-party rights or breach of Articles 7 and 9.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the written consent of the other party.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice of the breach.
P:12.2 The Buyer may also terminate this Agreement if the liquidated damages under Article 4.2 reach their maximum.
P:12.3 On termination by the Buyer under this Article, the Vendor shall refund the amounts paid for deliverables not yet accepted, and the licence of Article 2.1 shall survive for any Software already paid for.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Niger.
P:13.2 Any dispute arising out of this Agreement that cannot be settled amicably within 30 days shall be finally settled by arbitration under the rules of the Centre de Médiation et d'Arbitrage de Niamey, seated in Niamey, in the English language.
H:Article 14 General
P:14.1 Force majeure excuses a party's delay for as long as it lasts, provided the affected party notifies the other promptly.
P:14.2 Notices shall be in writing and sent to the addresses given above by courier or e-mail with confirmation.
P:14.3 This Agreement, with its Annexes, is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties. It is signed in two originals in English, one for each party.
P:For the Buyer: ____________________ For the Vendor: ____________________
P:Date: ____________________
"""

H757E02 = """# Order Form and General Terms — Supplier Quality Cloud

Order Form No. NQ-2026-0307

## PART A — ORDER FORM

### A1. Parties

**Provider:** Kibira Quality Systems S.U., a company incorporated in the Republic of Burundi, Avenue de l'Université, Ngozi, Burundi.

**Customer:** Changzhou Hengli Household Appliances Co., Ltd., a company incorporated in the People's Republic of China, Wujin District, Changzhou, Jiangsu.

### A2. Subscribed Service

Supplier Quality Cloud, Enterprise edition, for the Customer's supplier quality department and its purchasing and incoming-inspection teams. The Service covers supplier onboarding and qualification, incoming inspection plans and records, non-conformance reports, 8D corrective actions, supplier audits, supplier scorecards and a supplier portal for up to 600 external supplier accounts. The Service is hosted for the Customer in a data centre in mainland China (Shanghai region).

### A3. Subscription Term

The Subscription Term is 24 months, consisting of two Subscription Years. The first Subscription Year starts on the date of Onboarding Acceptance under Part B Section 3; the second Subscription Year starts on its first anniversary. This Order Form does not renew automatically. Any further subscription requires a new Order Form signed by both parties.

### A4. Fees

| Item | Quantity | Unit fee (CNY) | Amount (CNY) |
|---|---|---|---|
| Enterprise subscription, Subscription Year 1 | 180 named users | 2,200 | 396,000 |
| Enterprise subscription, Subscription Year 2 | 180 named users | 2,200 | 396,000 |
| Onboarding (configuration, data import, ERP interface, training) | one-time | 58,000 | 58,000 |
| **Total fees for the Subscription Term** | | | **850,000** |

All fees are in CNY and include VAT. Additional named users may be added at any time at CNY 2,200 per user per Subscription Year, pro rata for the remaining months.

### A5. Invoicing and Payment

- The onboarding fee is invoiced on Onboarding Acceptance and is payable within 30 days after invoice.
- The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days after invoice.
- No other amount is payable before Onboarding Acceptance.

### A6. Key Dates and Contacts

- Target date for Onboarding Acceptance: 75 days after signature of this Order Form.
- Provider project manager: Ms. Claudine Ndayisaba; Customer project manager: Mr. Zhou Wei, Supplier Quality Manager.
- This Order Form and the General Terms in Part B form one agreement (the "Agreement"). If they conflict, Part A prevails.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscribed service described in A2, including its updates.

1.2 "Customer Data" means all data and documents uploaded to or created in the Service by or for the Customer or its suppliers, including inspection records, drawings, photographs, audit reports and personal information of contact persons.

1.3 "Configurations" means the workflows, forms, inspection templates, scorecard formulas, reports and the ERP interface set up by the Provider for the Customer.

### 2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer's users and suppliers during the Subscription Term in accordance with the documentation and the service levels in Section 5.

2.2 The Provider may improve the Service from time to time, provided that no update materially reduces its functionality or security. The Provider shall announce major updates at least 14 days in advance.

2.3 The Customer is responsible for the accounts of its users and for the accuracy of the data that it and its suppliers enter.

### 3. Onboarding and Acceptance

3.1 The Provider shall configure the Service according to the agreed configuration workbook, import the Customer's supplier master data and open non-conformance records, build the interface with the Customer's ERP system for purchase orders and goods receipts, and train key users and supplier administrators.

3.2 Onboarding Acceptance tests shall verify: every process in the configuration workbook; correct import of all supplier master records and open records; correct transfer of purchase orders and goods receipts through the ERP interface on 10 consecutive working days; page response times below 3 seconds for 150 concurrent users.

3.3 The Customer shall sign an Onboarding Acceptance certificate within 7 working days after the tests have been passed. Use of the Service by the Customer before that date does not constitute acceptance.

3.4 If Onboarding Acceptance is not reached by the target date in A6 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 700 for each day of delay, up to CNY 42,000 in total. The Customer may set off this amount against the onboarding fee.

### 4. Fees and Taxes

4.1 The Customer shall pay the fees set out in A4 in accordance with A5. Fees are fixed for the Subscription Term.

4.2 The Provider shall issue valid Chinese VAT invoices through its authorised agent in China. Payments are made in CNY to the account named on the invoice.

### 5. Service Levels

5.1 The Provider shall ensure that the Service is available at least 99.95% of each calendar month, excluding scheduled maintenance announced 72 hours in advance and performed between 22:00 and 06:00 Beijing time.

5.2 Incidents are classified by the Customer. Priority 1 means the Service or the supplier portal is unavailable or inspection records cannot be saved; Priority 2 means a major function is impaired; Priority 3 means any other fault. The Provider shall respond to Priority 1 incidents within 30 minutes, at any time, and work continuously until service is restored; to Priority 2 incidents within 2 hours during business hours; and to Priority 3 incidents within 1 business day.

5.3 If monthly availability falls below the commitment in 5.1, the Provider shall credit 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to the full monthly equivalent. A late response to a Priority 1 incident earns a further credit of CNY 1,000 per hour of delay. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

### 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider processes Customer Data only to provide the Service to the Customer and for no other purpose, and shall not sell, analyse or disclose it.

6.2 The Provider shall store and process Customer Data only in mainland China, encrypt it in transit and at rest, limit access to authorised staff with multi-factor authentication, keep access logs for at least six months, maintain daily backups, and hold a valid MLPS level-3 filing for the hosting environment.

6.3 The Provider shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, shall take immediate remedial action, and shall be liable for the losses caused by its failure to comply with this Section.

6.4 On expiry or termination, the Provider shall let the Customer export all Customer Data in a standard format for 30 days, and shall then delete it and confirm deletion in writing.

### 7. Confidentiality

Each party shall keep confidential the other party's non-public business and technical information, including prices, supplier lists and drawings, shall use it only for this Agreement and shall not disclose it to third parties, except to its advisers bound by confidentiality. This Section survives for three years after termination.

### 8. Intellectual Property

8.1 The Provider retains all rights in the Service and its underlying software.

8.2 The Configurations made specifically for the Customer belong to the Customer. The Customer may use, modify and have third parties use them freely, also after the Subscription Term.

### 9. Subcontractors

9.1 The Provider may use subcontractors and sub-processors to perform the Agreement, including its hosting partner in Shanghai and its implementation partner in Suzhou. The Provider keeps a current list on its customer portal and will notify the Customer of any new subcontractor by e-mail before it starts work.

9.2 The Provider remains responsible for the acts and omissions of its subcontractors as for its own.

### 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential loss or loss of profit.

10.2 Each party's total liability arising out of or in connection with this Agreement is limited to the fees paid and payable by the Customer in the nine months preceding the event giving rise to the claim.

10.3 The limit in 10.2 does not apply to the Customer's obligation to pay the fees, to breach of Section 7, or to liability that cannot be limited by law.

### 11. Term and Termination

11.1 This Agreement runs for the Subscription Term.

11.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

11.3 The Customer may also terminate the Agreement if monthly availability falls below the commitment in 5.1 in three consecutive months. In that case, and on termination for the Provider's breach, the Provider shall refund the prepaid subscription fee for the remaining months.

### 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes that cannot be settled by negotiation within 30 days shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai. The award is final and binding.

### 13. General

Neither party may assign the Agreement without the other's written consent. Amendments must be in writing and signed by both parties. Notices may be given by e-mail to the project managers named in A6, with a copy by courier for notices of breach or termination.

Signed for the Provider: ____________________ Signed for the Customer: ____________________

Date: ____________________
"""

H757E03 = """T:Purchase Contract for Condition-Monitoring Sensors and Monitoring Software
P:Contract No. WHSN-CG-2026-045 (Buyer's standard purchase contract for equipment and software)
P:Buyer: Anhui Wanhe Cement Co., Ltd., Wuhu, Anhui Province, People's Republic of China.
P:Supplier: Goulbi Instruments SARL, Quartier Sabon Gari, Maradi, Republic of Niger, acting in China through its appointed service partner named in Schedule 3.
P:The Buyer operates two clinker production lines and wishes to monitor the vibration and temperature of its kiln drives, raw mills, cement mills, fans and conveyors, in order to detect bearing and gear faults before they stop production. Following the Buyer's tender, the Supplier has been selected to supply wireless sensors, gateways, edge servers and a perpetual licence of its monitoring software, and to install and commission them. The parties agree as follows.
H:1. Scope of Supply
P:1.1 The Supplier shall supply the goods and the software listed in the price table in clause 2.1, install the sensors on the 96 machines listed in Schedule 1, commission the gateways, edge servers and software, integrate the software with the Buyer's distributed control system and maintenance management system, and train the Buyer's staff.
P:1.2 All goods shall be new, unused and of the models stated in the Supplier's tender. Sensors installed in dusty or hot areas shall have an ingress protection rating of at least IP67 and a rated operating temperature of at least 85 °C.
P:1.3 The software licence is perpetual, non-exclusive and irrevocable, for use by the Buyer on its own servers at both production lines for an unlimited number of users.
H:2. Contract Price
P:2.1 The total Contract Price is CNY 1,290,000, inclusive of VAT, packing, transport to the Buyer's site, insurance, installation and all other costs, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|240|2,150|516,000
TB:2|Industrial wireless gateway|24|6,800|163,200
TB:3|Edge analytics server|2|58,000|116,000
TB:4|Monitoring software, perpetual licence, unlimited users|1|380,000|380,000
TB:|Goods and Licence Subtotal|||1,175,200
TB:5|Installation, commissioning and system integration|1 lot|96,000|96,000
TB:6|Training of operators and maintenance engineers|1 lot|18,800|18,800
TB:|Total Contract Price|||1,290,000
P:2.2 The Contract Price is fixed and shall not be adjusted for exchange-rate changes or any other reason.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 129,000) within 15 working days after signature, against a bank advance-payment guarantee of the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 709,500) within 15 working days after all goods have been installed and the Installation Certificate has been signed. The Installation Certificate confirms completion of installation only and does not constitute acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 451,500) within 15 working days after Final Acceptance.
P:3.4 Each payment requires a valid special VAT invoice issued in China.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all goods to the Buyer's plant within 60 days after signature and complete installation within 100 days after signature. Installation work on running machines shall follow the Buyer's permit-to-work and lock-out procedures and be scheduled during planned stoppages where needed.
P:4.2 If the Supplier fails to meet a date in clause 4.1 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct these damages from any payment.
P:4.3 Title and risk in the goods pass to the Buyer on signature of the Installation Certificate.
H:5. Acceptance
P:5.1 Final Acceptance tests shall verify: that all 240 sensors transmit data to the software at the configured interval with a packet loss below 1% over 14 consecutive days; that vibration readings of 20 sample points match readings of the Buyer's calibrated portable analyser within ±5%; that alarms are shown in the distributed control system within 10 seconds; that the work-order interface to the maintenance management system works for all alarm types; and that the software meets every function of Schedule 2.
P:5.2 After the tests are passed, the system shall run for 30 days without a Severity 1 fault. The Buyer shall then sign the Final Acceptance Certificate within 10 working days.
P:5.3 Commissioning, use of the system or any payment does not constitute acceptance. If a test fails, the Supplier shall remedy the defect at its own cost and repeat the test.
H:6. Warranty and Support
P:6.1 The warranty period is 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective goods free of charge, including sensor batteries that fail before their rated life, and supply software updates and remote and on-site support.
P:6.2 Faults are classified in Schedule 2. For a Severity 1 fault (loss of monitoring for a whole production line, or of the edge server), the Supplier shall respond within 1 hour and restore monitoring within 24 hours, using spare parts held at the Buyer's site. For a Severity 2 fault (loss of a gateway or of several sensors) it shall respond within 2 hours and restore within 3 days.
P:6.3 The monitoring software shall be available at least 99.95% of each month during the warranty period, excluding maintenance agreed with the Buyer.
P:6.4 For each hour by which the Supplier exceeds a response or restoration time for a Severity 1 fault, CNY 800 shall be deducted from the payments due or from the performance bond; for each 0.01 percentage point of availability below the level in clause 6.3, CNY 500.
P:6.5 After the warranty period, the Supplier shall provide annual support on the same terms at a fee of not more than 8% of the Goods and Licence Subtotal per year (CNY 94,016). This fee shall not increase for three years after the warranty period. Support is agreed year by year and does not renew automatically.
H:7. Data and Security
P:7.1 All measurement data, alarms, reports and other data generated by the system belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not copy, keep or disclose them.
P:7.2 The system shall be installed in the Buyer's production network. Remote access by the Supplier is allowed only through the Buyer's secure access gateway, with approval for each session, and shall be logged. No data shall be transmitted outside the Buyer's network or outside China.
P:7.3 The Supplier shall notify the Buyer within 12 hours of any security incident involving the Buyer's systems or data, shall cooperate in remedying it and shall be liable for the losses caused by its breach of this clause 7.
H:8. Intellectual Property
P:8.1 The monitoring software remains the Supplier's property and is licensed to the Buyer under clause 1.3.
P:8.2 The integration programs, alarm rules, dashboards and documentation made for the Buyer under this Contract belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver their source code with the Final Acceptance documents.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information received under this Contract, in particular the Buyer's process data, network diagrams and passwords, and shall not disclose it to third parties without prior written consent. This obligation survives termination for three years.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement of third-party rights or breach of clauses 7 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The service partner named in Schedule 3 is approved by signature of this Contract. The Supplier remains responsible for any subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if the liquidated damages under clause 4.2 reach their maximum.
P:12.2 On termination under clause 12.1 the Supplier shall refund the amounts paid for goods and services not accepted and compensate the Buyer's direct losses.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei. The award is final.
H:14. General
P:14.1 Force majeure excuses a delay for as long as it lasts, if notified promptly with evidence.
P:14.2 The tender documents, the Supplier's tender and the Schedules form part of this Contract. If they conflict, this Contract prevails.
P:14.3 This Contract is signed in four originals in English and Chinese, two for each party. Both versions are equally authentic.
P:Schedule 1: Machine list and measuring points. Schedule 2: Functional specification and fault classification. Schedule 3: Service partner in China.
P:For the Buyer: ____________________ For the Supplier: ____________________
"""

H757E04 = """# Managed Service Desk and End-User Support Agreement

Agreement No. TLX-MSA-2026-19

This Managed Service Desk and End-User Support Agreement (the "Agreement") is made between:

**Customer:** Tianjin Lianxing Cold-Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China, Binhai New Area, Tianjin; and

**Provider:** Aïr Digital Services SARL, a company incorporated in the Republic of Niger, Quartier Amarewat, Agadez, Niger, which performs the services in China through its own staff seconded to its representative office in Tianjin.

## Section 1. Background and Purpose

1.1 The Customer runs 9 cold-storage warehouses and a head office in northern China with about 1,150 office and warehouse users. It wishes to outsource its IT service desk, desktop and mobile-device support and local network support to a single provider, against measured service levels, for a fixed monthly charge.

1.2 The Provider has been selected after a competitive procurement and agrees to provide the Services on the terms below.

## Section 2. Definitions

2.1 "Services" means the services described in Schedule 1.

2.2 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under Section 4.

2.3 "Customer Data" means all data of the Customer and its employees, customers and suppliers that the Provider receives or can access in performing the Services, including user account data, tickets, device images and files on end-user devices.

2.4 "Incident" means an unplanned interruption or reduction in quality of an IT service. Incident priorities are defined in Schedule 2.

## Section 3. Term

3.1 The initial term is 36 months from the Service Commencement Date.

3.2 At the end of the initial term, this Agreement renews automatically for successive renewal terms of 24 months each, unless either party gives written notice of non-renewal at least 90 days before the end of the current term.

3.3 For each renewal term, the Provider may adjust the Monthly Service Charge by written notice to the Customer given at least 60 days before the renewal term starts, to reflect changes in labour costs and market rates. The adjusted charge applies from the first day of the renewal term.

## Section 4. Transition

4.1 The Provider shall take over the Services from the Customer's current arrangements within 60 days after signature (the "Transition Period"), including knowledge transfer, set-up of the ticketing system, import of the asset register, staffing of the service desk and on-site teams, and a parallel run of 10 working days.

4.2 Transition Acceptance criteria: all users can log tickets by telephone, e-mail and portal; the asset register contains every device listed in the Customer's inventory; all on-site engineers named in Schedule 1 are in place; during the parallel run at least 95% of Priority 3 tickets are resolved within target and no Priority 1 Incident exceeds its restoration target. When the criteria are met, the Customer signs the Transition Acceptance certificate within 5 working days.

4.3 If Transition Acceptance is delayed beyond the Transition Period for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay, up to CNY 60,000 in total.

## Section 5. Services and Service Levels

5.1 The Provider shall perform the Services described in Schedule 1 to the service levels in Schedule 2.

5.2 The Provider shall report performance against every service level each month, within 5 working days after month end, and attend a monthly service review with the Customer's IT manager.

5.3 If the Provider misses a service level, it shall credit the Customer the amount shown in Schedule 2. Credits are deducted from the next invoice and are without prejudice to the Customer's other rights.

## Section 6. Charges and Payment

6.1 The charges are set out in Schedule 3. The total charges for the initial term are CNY 1,810,000, consisting of a one-time transition charge of CNY 64,000 and a Monthly Service Charge of CNY 48,500 for 36 months.

6.2 The transition charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears. Invoices are payable within 30 days after receipt of a valid Chinese VAT invoice.

6.3 The charges for the initial term are fixed. Work outside the scope of Schedule 1 is charged only if the Customer has approved a written quotation in advance.

## Section 7. Customer Data

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

7.2 On expiry or termination, the Provider shall return all Customer Data and documentation in its possession to the Customer.

## Section 8. Confidentiality

8.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's network information, customer lists and prices, and shall use it only for this Agreement.

8.2 The Provider shall ensure that its staff are bound by written confidentiality undertakings. This Section survives termination for three years.

## Section 9. Intellectual Property

9.1 The Provider's tools, methods and ticketing platform remain the Provider's property.

9.2 Knowledge articles, scripts, device images, procedures and reports produced for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely, including after the Agreement ends.

## Section 10. Personnel and Subcontracting

10.1 The Provider shall staff the Services with qualified personnel able to work in Chinese, and shall replace any person whom the Customer reasonably asks to be replaced.

10.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for any approved subcontractor.

## Section 11. Liability

11.1 The Provider's total liability under this Agreement is limited to 150% of the total charges for the initial term. This limit does not apply to personal injury, wilful misconduct or breach of Section 8.

11.2 Neither party is liable for indirect loss or loss of profit, except in case of wilful misconduct.

## Section 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after written notice, or if the Provider misses the same Priority 1 service level in three consecutive months.

12.2 On termination or expiry, the Provider shall support the transfer of the Services to the Customer or a new provider for up to 60 days, at the then-current rates for any work beyond normal handover.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes that cannot be settled by negotiation shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## Section 14. General

14.1 Force majeure excuses performance for as long as it lasts, provided the affected party gives prompt notice.

14.2 Amendments must be in writing and signed by both parties. The Schedules form part of this Agreement.

## Schedule 1 — Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Single point of contact by telephone, e-mail and portal, in Chinese; logging, triage and first-line resolution | 24 x 7 |
| Desktop and mobile support | Installation, moves and changes of PCs, laptops, handheld scanners and printers; software installation; user account requests | Mon–Sat 07:00–21:00 |
| On-site support | One engineer at the head office, one engineer shared by each pair of warehouses, one floating engineer | Mon–Sat 07:00–21:00 |
| Local network support | Switches, Wi-Fi access points and printers at all sites; coordination with the Customer's WAN carrier | 24 x 7 for Priority 1 |
| Asset management | Maintenance of the asset register, device lifecycle and disposal records | Business hours |
| Reporting | Monthly service report and service review | Monthly |

## Schedule 2 — Service Levels and Credits

| Priority | Definition | Response | Restoration | Credit per miss |
|---|---|---|---|---|
| Priority 1 | A warehouse cannot ship or receive, or more than 50 users cannot work | 15 minutes | 3 hours | CNY 2,000 per hour late |
| Priority 2 | A department or key user cannot work | 30 minutes | 8 hours | CNY 500 per hour late |
| Priority 3 | A single user is affected | 2 hours | 2 business days | CNY 100 per ticket |
| Service desk | Calls answered within 30 seconds | 90% of calls per month | — | CNY 3,000 per month missed |
| User satisfaction | Survey score per month | at least 4.2 out of 5 | — | CNY 2,000 per month missed |

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time, after Transition Acceptance | 64,000 |
| Monthly Service Charge | 36 months x CNY 48,500 | 1,746,000 |
| Total charges, initial term | | 1,810,000 |
| Additional on-site engineer | per month, on request | 16,800 |

Signed for the Customer: ____________________ Signed for the Provider: ____________________

Date: ____________________
"""

H757E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. YNKF-DATA-2026-02

BETWEEN

Yunnan Hongtu Coffee Trading Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Kunming, Yunnan Province (the "Customer"); and

Mukumbi Origin Data S.P.R.L., a company incorporated in the Republic of Burundi, with its registered office on the Route Nationale 6, Muyinga, Burundi (the "Provider").

BACKGROUND

The Customer imports green coffee and tea from East and Central Africa and blends, roasts and sells it in China. The Provider collects and publishes origin data for East African coffee: washing-station and cooperative registers, lot-level cupping scores, farm-gate and auction prices, export certificates, shipping schedules and weather and harvest indicators. The Customer wishes to receive these data through the Provider's API and web portal for its sourcing, pricing and traceability work.

1. DEFINITIONS

1.1 "Licensed Data" means the data sets listed in Schedule A, as updated by the Provider during the Subscription Term.

1.2 "API" means the Provider's application programming interface through which the Licensed Data is delivered, and "Portal" means its web interface.

1.3 "Customer Data" means all data that the Customer or its users submit to the API or Portal, including lot lists, purchase contracts, supplier names, watch lists, query parameters and usage logs, and any results that identify the Customer's purchases.

1.4 "Subscription Year" means the period from the Start Date to the day before its first anniversary, and the period from that anniversary to the day before the second anniversary.

2. SUBSCRIPTION AND TERM

2.1 The Provider grants the Customer a non-exclusive, non-transferable right to access the API and the Portal and to use the Licensed Data for its internal business in China, including in reports to its own management, customers and banks, during the Subscription Term.

2.2 The Subscription Term consists of two Subscription Years starting on the Start Date, which is the date of Integration Acceptance under clause 4.

2.3 This Agreement does not renew automatically. A further subscription requires a new written agreement.

3. FEES AND PAYMENT

3.1 The fees are:

    Subscription fee, Subscription Year 1 ........ CNY 268,000
    Subscription fee, Subscription Year 2 ........ CNY 268,000
    Integration and historical data load ......... CNY 34,000 (one-time)
    Total ........................................ CNY 570,000

3.2 The integration fee is payable within 30 days after Integration Acceptance. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days after invoice.

3.3 API calls above 2,000,000 per Subscription Year are charged at CNY 0.02 per call. Calls below that volume are included in the subscription fee.

3.4 All fees are in CNY, include VAT and are fixed for the Subscription Term.

4. INTEGRATION AND ACCEPTANCE

4.1 Within 45 days after signature, the Provider shall deliver the historical data load (ten harvest seasons of price and cupping data for Burundi, Rwanda, Uganda, Tanzania and the Democratic Republic of the Congo), provide API credentials for test and production, and support the Customer's IT team in connecting the API to the Customer's sourcing system and data warehouse.

4.2 Integration Acceptance criteria: all data sets in Schedule A are available through the API in the documented format; the historical load is complete when checked against the Provider's published record counts; a sample of 200 lots selected by the Customer matches the Provider's source registers; the API answers standard queries in less than 2 seconds in a test of 50 calls per second over one hour.

4.3 The Customer shall confirm Integration Acceptance in writing within 7 working days after the criteria are met. Use of test or production access before that date does not constitute acceptance.

4.4 If Integration Acceptance is delayed beyond the 45-day period for reasons attributable to the Provider, the Provider shall pay CNY 400 for each day of delay, up to CNY 20,000, which the Customer may deduct from the integration fee.

5. SERVICE LEVELS

5.1 The Provider shall make the API and the Portal available at least 99.5% of each calendar month, excluding scheduled maintenance announced 48 hours in advance and performed on weekends.

5.2 Price and auction data shall be updated within 2 hours after publication by the source; cupping and certificate data within 3 business days.

5.3 Priority 1 means the API is unavailable or returns errors for more than half of the calls. The Provider shall respond to a Priority 1 incident within 1 hour at any time and keep working until it is resolved. Priority 2 (a single data set missing or late) shall be answered within 6 business hours of the Provider's support desk, which operates 08:00 to 18:00 Beijing time on business days.

5.4 If monthly availability is below the level in 5.1, the Provider shall credit 10% of the monthly equivalent of the subscription fee for each full percentage point of shortfall, and at least CNY 1,500. If a Priority 1 response is late, the Provider shall credit CNY 800 per hour of delay. Credits are deducted from the next invoice or refunded.

6. CUSTOMER DATA

6.1 Customer Data belongs to the Customer.

6.2 The Customer grants the Provider a perpetual, worldwide, royalty-free licence to use Customer Data in aggregated and anonymised form, including query patterns, watch-list statistics and volumes of lots of interest, to improve and develop its data products, to compile market indices and demand reports, and to offer those indices and reports to its other customers. This licence survives the end of this Agreement.

6.3 Apart from clause 6.2, the Provider shall use Customer Data only to provide the API and the Portal to the Customer.

7. DATA SECURITY

7.1 The Provider shall protect Customer Data by encryption in transit and at rest, role-based access with multi-factor authentication for its staff, logging of all access, and regular vulnerability testing of the API and Portal.

7.2 API credentials shall be issued per system and per user; the Provider shall revoke compromised credentials at once on the Customer's request.

7.3 The Provider shall notify the Customer within 48 hours after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, take immediate remedial action and give the Customer the information it needs to meet its obligations under Chinese law. The Provider is liable for the losses caused by its breach of this clause 7.

8. USE OF LICENSED DATA

8.1 The Customer shall not resell the Licensed Data as such or publish it in bulk. Extracts may be included in the Customer's internal reports, in offers to its customers and in documents for banks and authorities.

8.2 On expiry, the Customer may keep and continue to use Licensed Data downloaded during the Subscription Term for its internal records, but may not refresh it.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public business information received under this Agreement, including prices, volumes, supplier names and technical documentation, and shall not disclose it to third parties without prior written consent, except to advisers bound by confidentiality or as required by law.

9.2 This clause survives for three years after the end of this Agreement.

10. INTELLECTUAL PROPERTY

10.1 The Licensed Data, the API and the Portal remain the property of the Provider and its sources.

10.2 Connectors, scripts, data models and dashboards developed by the Provider specifically for the Customer during integration belong to the Customer, which may use, modify and license them freely.

11. SUBCONTRACTING

11.1 The Provider shall not subcontract the hosting or support of the API or any processing of Customer Data without the Customer's prior written consent. Local data collectors engaged by the Provider in Africa do not process Customer Data and are not subcontractors under this clause.

12. LIABILITY

12.1 Each party's total liability under this Agreement is limited to 200% of the total fees in clause 3.1, except for wilful misconduct, breach of clause 7 or 9, and liability that cannot be limited by law.

12.2 The Provider does not warrant that prices or forecasts in the Licensed Data will be accurate for trading decisions, but shall correct any error in the Licensed Data that the Customer reports within 3 business days.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

13.2 The Customer may also terminate this Agreement if monthly availability falls below the level in 5.1 in two consecutive months. On termination for the Provider's breach, the Provider shall refund the subscription fee paid for the remaining months.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes that cannot be settled by negotiation within 30 days shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.

15. GENERAL

15.1 Force majeure, including interruption of data collection caused by events in the source countries, excuses delay for as long as it lasts, if notified promptly.

15.2 Amendments must be in writing and signed by both parties. This Agreement, with Schedule A, is the entire agreement of the parties on its subject.

SCHEDULE A - LICENSED DATA SETS

A.1 Washing-station and cooperative register (location, altitude, capacity, certifications).
A.2 Lot-level cupping scores and defect counts.
A.3 Farm-gate, auction and export prices, daily.
A.4 Export certificates and ICO marks.
A.5 Shipping schedules from Dar es Salaam and Mombasa.
A.6 Weather and harvest indicators by growing region.

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------------
# file names, formats, labels
FILES = {
    "h757z01": ("h757z01_labour_wage_supervision_platform.pdf", "zh", H757Z01),
    "h757z02": ("h757z02_briquette_line_control_retrofit.docx", "zh", H757Z02),
    "h757z03": ("h757z03_curry_chain_ordering_membership_saas.txt", "zh", H757Z03),
    "h757z04": ("h757z04_rehab_hospital_therapy_system_om.txt", "zh", H757Z04),
    "h757z05": ("h757z05_brush_factory_tracking_supplier_template.md", "zh", H757Z05),
    "h757e01": ("h757e01_niger_traceability_perpetual_licence.pdf", "en", H757E01),
    "h757e02": ("h757e02_supplier_quality_saas_order_form.md", "en", H757E02),
    "h757e03": ("h757e03_cement_sensors_monitoring_licence.docx", "en", H757E03),
    "h757e04": ("h757e04_managed_service_desk_36_months.md", "en", H757E04),
    "h757e05": ("h757e05_coffee_origin_data_api_subscription.txt", "en", H757E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
N = None
# key: category, terms (in KEYS order), extra (sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, value),
#      tco (fee base, warranty months) or None, design rules, risk
LABELS = {
    "h757z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, N, 20, True, True, 24, 9, False, True,
                             False, "PRC", G], (True, True, True, False, 1640000), (860000, 24), [], "low"),
    "h757z02": ("hardware", [N, 1, False, "buyer", True, True, True, N, N, 25, True, True, 18, 8, False, True, True,
                             "PRC", G], (True, False, True, False, 1270000), (1030000, 18),
                ["CR-LD-MISSING", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"], "high"),
    "h757z03": ("cloud", [99.5, 0.5, True, "buyer", True, False, True, 0.1, N, N, True, N, N, N, True, True, False,
                          "PRC", S], (True, True, None, False, 766000), None,
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], "medium"),
    "h757z04": ("services", [99.95, 0.25, True, "buyer", True, True, False, 0.2, N, N, True, N, N, N, False, False,
                             False, "PRC", S], (True, True, None, False, 438000), None,
                ["CR-CONFIDENTIALITY", "CR-TERMINATION"], "medium"),
    "h757z05": ("software", [N, N, False, "supplier", True, True, True, 0.02, N, 55, False, False, 6, 26, False, True,
                             N, N, G], (False, True, True, True, 690000), (480000, 6),
                ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                 "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], "high"),
    "h757e01": ("software", [N, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 10, False, True,
                             False, "Niger", G], (True, True, True, False, 1528000), (1120000, 18),
                ["CR-GOVERNING-LAW"], "low"),
    "h757e02": ("cloud", [99.95, 0.5, True, "buyer", True, True, True, 700 / 850000 * 100, 9 / 24 * 100, N, True, N,
                          N, N, False, True, True, "PRC", S], (True, True, None, False, 850000), None,
                ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"], "medium"),
    "h757e03": ("hardware", [99.95, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 8, False, True,
                             False, "PRC", G], (True, True, True, False, 1290000), (1175200, 24), [], "low"),
    "h757e04": ("services", [N, 0.25, True, "buyer", False, True, True, 1200 / 1810000 * 100, 150, N, True, N, N, N,
                             True, True, False, "PRC", S], (True, True, None, False, 1810000), None,
                ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"], "high"),
    "h757e05": ("cloud", [99.5, 1, True, "buyer", True, False, True, 400 / 570000 * 100, 200, N, True, N, N, N, False,
                          True, False, "PRC", S], (True, True, None, False, 570000), None,
                ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], "medium"),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (§3): 99.9 %, 4 h, 0.05 %/day, 100 %, 30 %, 12 months, 15 %, 40 % (TCO share, kept 2 points away)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(t, x, tco):
    if tco is None or t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x[2]:
        return None
    base, wm = tco
    years = max(0.0, 5 - wm / 12)
    fees = years * base * t["post_warranty_fee_pct"] / 100
    return fees / (x[4] + fees) * 100


def derive(t, x, tco):
    """my reading of policy §3"""
    r, goods = set(), t["contract_kind"] == G
    if not x[0]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x[0] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x[1]:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x[3] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x[2] or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    share = tco_share(t, x, tco)
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# threshold figures in text (raw, whitespace-collapsed, whitespace-free)
NB = r"(?<![0-9.])"
TH_RE = re.compile("|".join([
    NB + r"99\.90*(?![0-9])", NB + r"4\s*(?:小时|个小时|hours?|hrs?|h\b|business\s*hours)", r"四小时", r"四个小时",
    r"four\s*(?:\(4\)\s*)?hours", NB + r"0\.050*\s*%", r"万分之五", r"千分之零点五", NB + r"0\.50*\s*‰",
    NB + r"100\s*%", r"百分之百", r"百分之一百", NB + r"30\s*%", r"百分之三十", NB + r"15\s*%", r"百分之十五",
    NB + r"40\s*%", r"百分之四十", NB + r"12\s*(?:个月|months?|-month)", r"十二个月", r"twelve\s*(?:\(12\)\s*)?months?",
    r"十二个自然月", r"一年质保", r"质保期为?一年", NB + r"5\s*(?:年|years?)(?![0-9])", r"五年", r"five\s*years?",
    NB + r"60\s*(?:个月|months?)"]), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4小时", "4 hours", "within4hours", "四小时", "0.05%", "万分之五", "100%", "100 %",
            "30%", "百分之三十", "15%", "40%", "12个月", "12 months", "12-month", "十二个月", "twelve months", "5年",
            "five years", "五年", "60 months"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "0.08%", "万分之八", "200%", "130%", "25%", "45%",
             "55%", "26%", "10%", "8%", "18个月", "24 months", "36 months", "2026年12月", "0.005%", "150%",
             "115%", "340%", "第十二条", "1.5年", "25 years"]


def self_test():
    for s_ in MUST_HIT:
        assert TH_RE.search(s_) or TH_RE.search(re.sub(r"\s", "", s_)), s_
    for s_ in MUST_MISS:
        assert not TH_RE.search(s_), s_


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


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    targets, sources = {}, {}
    for key, (name, lang, src) in FILES.items():
        if name.endswith((".docx", ".pdf")):
            targets[key] = (name, name.rsplit(".", 1)[1])
            sources[key] = src
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    covered = set()
    for key, (name, lang, src) in FILES.items():
        cat, vals, x, tco, design, rk = LABELS[key]
        assert len(vals) == len(KEYS)
        t = dict(zip(KEYS, vals))
        for k, th in TH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k)
        share = tco_share(t, x, tco)
        if share is not None:
            assert abs(share - 40) > 2, (key, share)
        rules = derive(t, x, tco)
        assert rules == sorted(design), (key, rules, design)
        assert risk(rules) == rk, (key, risk(rules), rk)
        covered |= set(rules)
        extra = {"sla_clause": x[0], "ld_stated": x[1]}
        if t["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = x[2]
        else:
            assert x[2] is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        extra["acceptance_deemed_on_delivery"] = x[3]
        extra["contract_value"] = x[4]
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
                 "expected_rules": rules}
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = TH_RE.search(variant)
            assert not m, (name, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        share_s = "" if share is None else " TCO share %.1f%%" % share
        print("%-52s %s %5d %s %s%s" % (name, lang, n, rk, ",".join(r[3:] for r in rules) or "(none)", share_s))
        assert lo <= n <= hi, (name, n)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered


if __name__ == "__main__":
    main()
