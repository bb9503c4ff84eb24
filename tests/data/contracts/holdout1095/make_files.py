"""holdout1095: builds the ten held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths as read back, no threshold figure, label values, rules derived from the labels).
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:泾州市公安局旅馆业治安管理平台采购合同
P:合同编号：JZGA-ZFCG-2026-117    采购方式：公开招标
P:甲方（采购人）：泾州市公安局
P:乙方（供应商）：杭州安居数联科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及泾州市公安局旅馆业治安管理平台采购项目（项目编号JZCG-2026-0341）的招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、澄清材料及双方确认的需求规格说明书均为本合同的组成部分，内容不一致的，以对甲方更有利的为准。
H:第一条 合同标的
P:1.1 乙方向甲方提供旅馆业治安管理平台软件（以下简称“平台”）的永久使用许可，并按甲方需求完成定制开发、部署实施、历史数据迁移和培训，使平台满足全市约1,260家旅馆的住宿登记、人像核验、可疑人员预警、治安检查和统计研判需要。
P:1.2 定制开发内容包括：旅馆前台采集端接口、与公安人像比对系统及人口信息系统的对接程序、治安检查移动端、统计研判及报表模块。具体功能以招标文件技术需求和需求规格说明书为准。
P:1.3 乙方应派驻项目经理1名、开发及实施人员不少于6名，项目经理未经甲方书面同意不得更换。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零捌万伍仟元整（¥2,085,000），含税，为固定总价。其中：平台软件许可费¥1,260,000；定制开发费¥684,000；部署实施及数据迁移费¥118,000；培训费¥23,000。
P:2.2 合同总价已包含软件、开发、实施、培训、差旅、税费及质保期内全部服务费用，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款，计¥417,000。
P:3.2 平台完成部署并通过初验后15个工作日内，甲方支付合同总价的45%，计¥938,250。
P:3.3 平台通过终验后15个工作日内，甲方支付合同总价的35%，计¥729,750。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。资金支付按财政国库集中支付的有关规定办理，因财政审批程序造成的合理延迟不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后30日内完成需求调研并提交需求规格说明书，经甲方书面确认后实施。
P:4.2 乙方应在合同签订后150日内完成全部部署、对接和数据迁移工作，具备初验条件。
P:4.3 平台部署在甲方公安信息网机房，乙方人员进入机房应遵守甲方安全管理制度，接受甲方审查和陪同。
P:4.4 乙方应建立项目周报制度，每周向甲方报告进度、风险和需甲方配合的事项；甲方有权随时对项目进度和质量进行检查。
P:4.5 乙方应为甲方及各派出所的系统管理员、业务人员提供不少于10期培训，并提交操作手册、运维手册等全部文档。
H:第五条 验收
P:5.1 初验：平台全部功能按需求规格说明书逐项测试通过；历史住宿登记数据迁移完整，抽检比对无差错；与人像比对系统、人口信息系统的接口联调通过；在2,000个并发用户下登记提交响应时间不超过2秒。
P:5.2 初验通过后平台试运行90日。试运行期间未发生一级故障、二级故障累计不超过3次，并通过甲方委托的第三方安全测评后，乙方可申请终验。终验由甲方组织，出具书面终验报告。
P:5.3 平台上线使用、试运行或甲方支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为终验合格之日起三十六个月。质保期内乙方免费提供软件缺陷修复、版本升级、技术支持和现场服务。
P:6.2 平台月可用率不低于99.95%，经甲方同意的计划维护时间除外。
P:6.3 故障分级与响应：一级故障（平台整体不可用或登记数据无法上传）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障（部分功能异常）2小时内响应，24小时内解决；三级故障（一般咨询）1个工作日内答复。
P:6.4 服务水平违约：一级故障响应或恢复每超时1小时，甲方扣减应付款项¥800；月可用率每低于承诺值0.01个百分点，扣减¥1,000。扣减不足的，甲方可从保函中扣收。
P:6.5 质保期满后，甲方如需继续采购运维服务，年度运维费不超过平台软件许可费的9%（即每年不超过¥113,400），该价格在质保期满后三年内不得上调。运维服务另行签订合同，不自动续期。
H:第七条 知识产权
P:7.1 平台软件的著作权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可，甲方可在本局及所属分局、派出所范围内使用。
P:7.2 定制开发形成的接口程序、移动端、统计研判模块及其源代码、文档的知识产权归甲方所有，乙方应在终验时完整交付源代码，甲方可自行或委托第三方修改、使用。
P:7.3 乙方保证所提供的软件不侵犯第三方权利，因侵权引起的索赔由乙方负责处理并承担费用。
P:7.4 乙方交付的软件不得含有病毒、后门或任何未向甲方声明的数据外传功能。
H:第八条 数据安全
P:8.1 平台处理的住宿登记信息、人像照片、预警记录等全部数据属于甲方，乙方不得以任何形式留存、复制或用于本合同以外的任何目的。
P:8.2 乙方应按照网络安全等级保护第三级要求实施部署，对数据加密存储并实行访问控制，运维操作须经甲方堡垒机并留存审计日志，不得通过互联网远程访问平台。
P:8.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并配合处置。因乙方原因造成数据泄露、损毁的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 乙方对履行合同中知悉的警务工作秘密、系统架构、账号口令及甲方其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 乙方应与参与本项目的全部人员签订保密承诺书。保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:10.3 乙方提供的软件或服务不符合合同约定的，应负责整改并赔偿甲方因此受到的损失。
H:第十一条 分包与转让
P:11.1 乙方不得将本合同项下的任何工作分包或转包给第三方，也不得转让本合同的权利义务。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:12.2 乙方逾期超过60日的，甲方有权解除合同。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 因不可抗力不能履行合同的，受影响一方应在3日内通知对方，并在15日内提供证明；不可抗力影响消除后应继续履行。
P:14.2 双方往来通知均应以书面形式送达本合同首页所列地址，一方地址变更的应及时书面通知对方。
P:14.3 本合同一式六份，甲乙双方各执二份，采购代理机构及财政部门各一份，自双方签字盖章之日起生效。
P:甲方（盖章）：泾州市公安局        乙方（盖章）：杭州安居数联科技有限公司
P:签订日期：2026年  月  日
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：YK-ZDH-2026-058
P:甲方：永康市安达电动伸缩门制造有限公司
P:乙方：金华智控自动化工程有限公司
P:甲方拟对其伸缩门门体焊接线、电机装配线及电控板测试线的控制系统进行改造，乙方负责提供设备、软件和安装调试服务。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。
H:第一条 项目内容
P:1.1 拆除三条生产线原有继电器控制柜，更换为PLC控制系统，配套伺服驱动、触摸屏及工业以太网。
P:1.2 部署生产数据采集软件，采集各工位产量、节拍、设备状态和质量数据，并与甲方现有ERP系统对接。
P:1.3 编写PLC程序和触摸屏画面，完成单机调试、联机调试和试生产，对甲方人员进行培训。
P:1.4 乙方提供的设备应为全新原厂正品，主要部件的品牌和型号以改造方案附件为准，未经甲方书面同意不得替换。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰贰拾陆万肆仟捌佰元整（¥1,264,800），含13%增值税，明细如下：
TB:序号|名称|规格/说明|数量|单价（元）|金额（元）
TB:1|PLC控制柜|含PLC主机、I/O模块及低压电器，按线体定制|6套|86,000|516,000
TB:2|伺服驱动器及电机|焊接、冲孔、折弯工位|48套|5,400|259,200
TB:3|HMI触摸屏|10英寸工业触摸屏|12台|7,800|93,600
TB:4|工业以太网交换机|8口管理型|8台|4,500|36,000
TB:5|生产数据采集软件许可|永久许可，含60个采集点|1套|168,000|168,000
TB:|设备及软件小计||||1,072,800
TB:6|安装调试|拆除旧柜、布线、单机及联机调试|1项|96,000|96,000
TB:7|程序开发|PLC程序、HMI画面、ERP对接（按甲方工艺定制）|1项|84,000|84,000
TB:8|培训|操作及维修人员培训|1项|12,000|12,000
TB:|合同总价||||1,264,800
P:2.2 上述价格包含设备、软件、运输、保险、安装调试、培训及质保期内服务的全部费用。
P:2.3 合同履行期间，因甲方要求增加或变更工作内容的，双方另行书面确认价格；未经书面确认的变更，乙方不得另行收费。
H:第三条 付款方式
P:3.1 合同生效后7个工作日内，甲方支付合同总价的25%作为预付款，计¥316,200。
P:3.2 设备全部到货并安装完毕后10个工作日内，甲方支付合同总价的50%，计¥632,400。到货及安装完成不代表验收合格。
P:3.3 项目终验合格后10个工作日内，甲方支付合同总价的25%，计¥316,200。
P:3.4 乙方应在每期付款前开具等额增值税专用发票。
P:3.5 甲方付款前，乙方应提交相应阶段的书面材料：预付款需提交合同及发票；到货款需提交到货签收单及安装完成确认单；终验款需提交终验报告。
H:第四条 工期与停产安排
P:4.1 乙方应在合同生效后60日内完成设备供货，并利用甲方安排的停产窗口分线改造，每条线停产时间不超过7日，全部改造在合同生效后100日内完成。
P:4.2 乙方应在进场前提交施工方案和停产计划，经甲方确认后实施，不得影响未改造线体的正常生产。
P:4.3 乙方进场人员应遵守甲方厂区安全生产管理制度，持证上岗，电气作业须办理作业许可；乙方应为其人员购买意外伤害保险。施工期间因乙方原因造成人员伤害或财产损失的，由乙方负责。
P:4.4 乙方应在改造前对原有控制程序和参数进行备份并交甲方保存，改造后的程序每次修改后均应重新备份。
H:第五条 验收
P:5.1 每条线改造后应连续试生产72小时，生产节拍不低于改造方案约定的设计节拍，设备故障停机时间不超过试生产时间的1%，数据采集软件的产量、状态数据与现场人工记录核对一致。
P:5.2 三条线全部达到上述标准，且ERP对接数据连续10个工作日准确无误后，由甲方组织终验并签署终验报告。
P:5.3 设备到货、安装完成或投入试生产，均不视为验收合格。验收不合格的，乙方应在10日内整改，费用由乙方承担。
P:5.4 终验时双方共同填写验收记录表，逐项记录各线节拍、停机时间和数据核对结果，作为终验报告的附件。
H:第六条 质量保证
P:6.1 质保期为终验合格之日起二十四个月。质保期内设备及软件出现质量问题的，乙方免费维修或更换，并提供软件升级。
P:6.2 质保期内设备发生故障的，甲方通知乙方后，乙方应及时安排技术人员处理，尽快恢复生产。
P:6.3 质保期满后，乙方继续提供维保服务，维保费按设备及软件小计的7%每年计取，即每年¥75,096，质保期满后三年内不得上调。维保服务范围包括定期巡检、故障维修和软件维护，备件按成本价另计。
P:6.4 质保期内因设备质量问题导致同一部件更换两次以上的，乙方应更换同型号新品，并重新计算该部件的质保期。
P:6.5 乙方应在终验时提交电气原理图、接线图、设备说明书、程序备份及维护手册各两套。
H:第七条 知识产权
P:7.1 数据采集软件的著作权归原权利人所有，甲方获得永久使用许可。
P:7.2 乙方为本项目编写的PLC程序、触摸屏画面、ERP对接程序及其源程序和注释文档的知识产权归甲方所有，乙方应在终验时交付，甲方可自行修改或委托他人维护。
P:7.3 乙方保证所提供的设备和软件不侵犯第三方知识产权，因此引起的纠纷由乙方负责解决并承担费用。
H:第八条 数据安全与保密
P:8.1 生产数据、工艺参数、产品图纸等资料均属于甲方，乙方不得复制、留存或用于本项目以外的用途。
P:8.2 乙方远程访问甲方控制系统须事先取得甲方书面同意，通过甲方指定的加密通道进行，访问结束后立即关闭；乙方不得在控制系统中设置后门或未经告知的远程功能。因乙方原因造成数据泄露、篡改或控制系统被攻击的，乙方承担全部赔偿责任。
P:8.3 乙方对在本项目中知悉的甲方技术秘密、工艺资料和经营信息负有保密义务，未经甲方书面同意不得向第三方披露，本条在合同终止后继续有效。
P:8.4 项目结束后，乙方应删除其持有的甲方生产数据和资料副本，并向甲方书面确认。
H:第九条 分包
P:9.1 乙方可将现场电气安装、桥架敷设及线缆施工分包给具备相应资质的单位，但应提前书面通知甲方，并对分包工作的质量和安全负责。
H:第十条 违约责任
P:10.1 乙方未按第四条约定完成供货或改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 因乙方施工原因造成甲方停产时间超过约定的，乙方应赔偿甲方由此产生的直接损失。
P:10.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:10.4 乙方违约给甲方造成损失的，除支付违约金外，还应赔偿甲方的直接损失。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，或逾期超过45日的，甲方有权解除合同并要求乙方赔偿损失。
P:11.2 因不可抗力致使合同无法履行的，受影响一方应及时通知对方并提供证明，双方协商变更或解除合同。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交金华仲裁委员会仲裁。
H:第十三条 其他
P:13.1 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。附件：改造方案、设备清单、验收记录表。
P:13.2 本合同的变更须经双方书面确认。双方往来通知以书面形式送达本合同首页所列地址。
P:甲方（盖章）：                乙方（盖章）：
P:日期：2026年  月  日
"""

Z03 = """门店预约及会员管理系统服务合同

合同编号：QS-SaaS-2026-0412
甲方：上海启思儿童专注力培训连锁管理有限公司
乙方：南京课栈云软件科技有限公司

甲方在上海、苏州、杭州等地经营40家专注力培训门店，拟采用乙方提供的门店预约及会员管理系统（以下简称“系统”），用于课程预约、排课、会员及课时管理、家长端小程序和经营报表。双方经协商一致，订立本合同。

一、服务内容
（一）乙方以软件即服务方式向甲方40家门店提供系统使用权，包括门店管理端、教师端、家长端小程序及总部管理后台。
（二）乙方负责实施服务，包括：
1. 将甲方现有约2.6万名学员的会员、课时余额及消费记录迁移至系统；
2. 按甲方品牌规范配置家长端小程序页面、课程体系和课时扣减规则；
3. 开发总部经营分析报表8张；
4. 为门店店长、前台及教师提供培训。
（三）服务期为两个服务年度，自系统上线验收合格之日起计算，每个服务年度为期一年。
（四）乙方应为甲方指定一名客户成功经理，负责需求对接、门店上线排期和日常服务协调。
（五）服务期内乙方提供的系统功能不得少于本合同附件《功能清单》所列功能，版本升级不得导致甲方已使用的功能减少。
（六）乙方应保证家长端小程序符合微信平台规则和未成年人保护的相关规定，因小程序违规被下架导致甲方损失的，由乙方承担。

二、服务费用及支付
（一）合同总价为人民币陆拾叁万元整（¥630,000），含税，其中：
1. 订阅服务费：每门店每服务年度¥6,800，40家门店每服务年度¥272,000，两个服务年度合计¥544,000；
2. 实施费：¥86,000，一次性支付。
（二）实施费在系统上线验收合格后15个工作日内支付。
（三）订阅服务费按季度支付，每季度¥68,000，甲方在每季度结束后15个工作日内根据乙方当季服务水平报告支付，并扣除当季服务抵扣金额；服务水平报告有误的，以双方核对后的数据为准。
（四）服务期内新增门店的，按每门店每服务年度¥6,800按月折算计费；服务期内甲方关闭门店的，自关闭次月起停止计收该门店订阅服务费。
（五）乙方应在每期付款前开具增值税专用发票。短信、支付通道等第三方费用由甲方直接与第三方结算，不计入本合同总价。

三、上线与验收
（一）乙方应在合同签订后45日内完成数据迁移、配置和报表开发，具备上线条件。
（二）上线验收标准：
1. 迁移的学员、课时余额与甲方原系统逐条核对一致；
2. 预约、签到、课时扣减、退费等流程在全部门店测试通过；
3. 家长端小程序在500个并发用户下页面响应不超过2秒；
4. 8张报表数据与原始记录抽查一致。
（三）甲方在收到验收申请后7个工作日内组织验收，验收合格的签署上线验收单。系统试用或部分门店先行使用，不视为验收合格。
（四）上线采取分批方式：首批5家门店试点运行两周，其余门店分三批切换，每批切换前乙方应提交切换方案并完成门店人员培训。
（五）上线验收合格后，乙方应向甲方提交系统操作手册、管理员手册和数据字典，并对甲方指定的两名系统管理员进行专项培训。

四、服务水平
（一）系统月可用率不低于99.5%，乙方提前3日通知并在夜间22:00至次日6:00进行的计划维护除外。
（二）故障响应：一级故障（系统无法登录或全部门店无法预约、签到）乙方应在30分钟内响应，2小时内恢复；二级故障（部分功能异常）1小时内响应，8小时内解决；一般问题1个工作日内答复。
（三）服务抵扣：月可用率低于99.5%但不低于99%的，抵扣当月订阅服务费的5%；低于99%的，抵扣当月订阅服务费的10%；一级故障每超时恢复1小时，另抵扣¥500。
（四）乙方每月5日前向甲方提供上月服务水平报告，列明当月可用率、故障次数、响应及恢复时间和抵扣金额；甲方有异议的，双方在10个工作日内核对确认。
（五）乙方应提供全天候故障受理热线及在线工单系统，一般咨询在工作日9:00至21:00受理。

五、数据与安全
（一）甲方录入或产生的学员信息、家长联系方式、课时及消费记录等业务数据归甲方所有。
（二）乙方应将数据存储于中国境内的数据中心，采取加密传输和存储、访问权限控制、操作日志留存和每日备份等措施；对未成年人个人信息单独加密，并按照法律法规要求取得监护人同意。
（三）发生数据泄露、丢失等安全事件的，乙方应在2小时内通知甲方并采取补救措施。因乙方原因造成数据安全事件的，乙方承担赔偿责任。
（四）乙方有权对甲方业务数据进行去标识化处理后，用于系统功能优化、算法训练及发布行业分析报告，该使用不视为违反本合同，且在合同终止后继续有效。
（五）合同终止后30日内，乙方应向甲方完整导出全部业务数据，并在甲方确认后删除。
（六）乙方应每年委托第三方开展一次安全评估或渗透测试，并将报告摘要提供给甲方；系统应完成网络安全等级保护第二级备案。
（七）乙方员工访问甲方业务数据须经授权并留存记录，仅限于故障处理和实施所必需的范围；甲方总部可随时查询乙方人员的访问记录。

六、知识产权
（一）系统及其后续版本的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面设计、8张经营分析报表及配置方案归甲方所有，甲方可自由使用、修改或交由第三方使用。
（三）乙方保证系统不侵犯第三方知识产权；因侵权导致甲方被索赔的，由乙方负责处理并承担费用。

七、保密
双方对在合作中获知的对方商业秘密、学员信息及经营数据负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后三年。乙方应要求其接触甲方数据的员工签署保密承诺。

八、续约
服务期届满前30日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。续期的订阅服务费由乙方根据市场情况调整，调整幅度不超过上一服务年度费用的8%，乙方书面通知后即生效。续期期间本合同其他条款不变。

九、违约责任
（一）乙方未按期具备上线条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
（三）乙方对甲方的累计赔偿责任以合同总价的150%为限，但因乙方原因造成数据泄露的除外。

十、分包
乙方不得将实施服务分包给第三方；确需分包的，应事先取得甲方书面同意。经甲方同意的分包，乙方仍对分包部分向甲方承担全部责任。

十一、合同解除
一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权解除合同。系统连续两个月可用率低于99%的，甲方有权解除合同。因不可抗力导致系统无法提供服务的，乙方应及时通知甲方并尽快恢复；不可抗力持续超过30日的，任何一方均可解除合同。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交上海仲裁委员会仲裁。争议解决期间，除争议事项外，双方应继续履行本合同其他条款。

十三、其他
本合同附件包括：功能清单、门店清单、服务水平报告模板、数据迁移方案。合同变更须经双方书面确认。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                      乙方（盖章）：
日期：                              日期：
"""

Z04 = """云溪市超限超载检测系统年度运维服务合同

项目名称：云溪市公路超限超载不停车检测系统2027年度运维服务
采购方式：竞争性磋商        合同编号：YXGL-CS-2026-029
甲方：云溪市公路管理局
乙方：云溪交科智能科技有限公司

根据《中华人民共和国政府采购法》及本项目竞争性磋商文件、乙方响应文件和成交通知书，双方经协商一致，订立本合同。

第一条 服务范围
1. 运维对象为甲方已建成的12个超限超载不停车检测站点（含称重传感器、线圈、抓拍相机、补光灯、LED诱导屏、站点机柜及供电设施）和治超信息管理平台。
2. 服务内容包括：日常巡检、故障维修、称重设备年度计量检定配合及动态标定、平台运行维护、数据质量核查、备品备件供应和重大节假日保障。
3. 服务期为2027年1月1日至2027年12月31日。
4. 乙方应按附件运维服务清单开展工作，附件列明各站点位置、设备型号及数量。
5. 乙方应在合同签订后10日内完成与上一年度运维单位的交接，全面核查设备状况并形成交接清单，双方签字确认。

第二条 服务费用
1. 本合同总价为人民币陆拾柒万元整（¥670,000），为固定总价，含税。其中：站点运维费12个×¥38,500＝¥462,000；治超平台运维费¥86,000；年度计量检定及标定配合费¥54,000；备品备件费¥68,000。
2. 服务费按季度支付。每季度结束后，甲方组织季度考核，根据考核结果在15个工作日内支付当季服务费¥167,500，扣除当季考核扣款，考核扣款明细作为付款凭证的附件。
3. 乙方应按季度开具发票。
4. 合同总价已包含人员、车辆、工具、仪器、备件、差旅及税费等全部费用。
5. 服务期内甲方新增站点需要运维的，按站点运维单价按月折算，另行签订补充协议。

第三条 服务要求
1. 乙方应组建不少于8人的运维团队，设驻场工程师2名，在甲方治超中心值守。
2. 每个站点每月至少现场巡检一次，每季度进行一次称重精度比对，并提交巡检及比对记录。
3. 乙方应在每年6月30日前完成全部站点称重设备的计量检定配合及动态标定，取得法定计量机构出具的检定证书。
4. 乙方应建立备品备件库，主要部件库存满足3个站点同时更换的需要。
5. 乙方应建立运维工单系统，所有故障从受理到关闭全过程记录，甲方可实时查看。
6. 重大节假日及甲方专项治超行动期间，乙方应增派技术人员现场值守，确保站点正常运行。
7. 乙方应在每月5日前提交上月运维月报，内容包括设备运行情况、故障统计、称重精度比对结果、数据完整情况和改进建议。
8. 乙方更换的设备部件应与原设备型号一致或性能不低于原设备，并经甲方确认；更换下的旧部件交甲方处理。
9. 乙方人员在公路上作业时应遵守道路交通安全规定，设置安全警示标志，必要时由甲方协调交通管理部门配合；作业人员的安全由乙方负责。
10. 乙方应对站点供电、防雷接地和机柜温湿度进行定期检查，发现隐患及时处理并报告甲方。

第四条 服务水平
1. 各检测站点称重及抓拍系统和治超信息管理平台的月可用率均不低于99%，经甲方同意的计划停机时间除外。
2. 一级故障（站点称重或抓拍全部中断、平台无法接收数据）乙方应在1小时内响应，3小时内到达现场，8小时内恢复；二级故障（部分车道或部分功能异常）2小时内响应，24小时内修复；三级故障在3个工作日内处理完毕。
3. 考核扣款：站点月可用率每低于承诺值1个百分点，扣减该站点当月运维费的5%；一级故障每超时1小时扣¥500；巡检、比对记录缺失的，每次扣¥300。
4. 季度考核得分低于80分的，甲方有权约谈乙方主要负责人，并要求限期整改。
5. 因自然灾害、道路施工、第三方电力或通信中断等非乙方原因导致的停机，经甲方核实后不计入可用率考核。

第五条 验收
1. 季度考核按运维服务考核细则进行，考核内容包括可用率、故障处理时效、巡检完成率和数据完整率。
2. 服务期满后，甲方组织年度验收，标准为：全部站点检定证书有效、全年平均可用率达到本合同第四条要求、运维档案完整、设备完好移交，各站点设备清单与交接清单一致。年度验收合格后，甲方出具验收报告。
3. 年度验收不合格的，乙方应在30日内整改并重新申请验收，整改期间乙方应继续提供服务且不另收费。
4. 甲方可对乙方运维工作进行不定期抽查，抽查结果计入季度考核。

第六条 数据安全与保密
1. 检测站点采集的过车数据、称重数据、车辆图像及平台数据全部属于甲方，乙方不得复制、留存、对外提供或用于运维以外的用途。
2. 乙方运维人员须使用甲方分配的账号经堡垒机访问平台，不得私自开通远程通道，不得在设备中保存数据副本；更换的存储介质应交甲方处置。
3. 发生数据泄露、篡改等安全事件的，乙方应在1小时内报告甲方并配合调查。因乙方原因造成数据安全事件的，乙方承担相应赔偿责任和法律责任。
4. 乙方对履约中知悉的甲方执法信息、系统配置及其他非公开信息负有保密义务，服务期满后仍应保密。
5. 乙方应对运维人员进行背景审查和安全保密培训，并将人员名单报甲方备案；人员变更应提前告知甲方。
6. 乙方应配合甲方开展网络安全等级保护测评和安全检查，对检查发现的问题在规定期限内完成整改。
7. 服务期满或合同解除时，乙方应交回全部账号和门禁卡，并书面确认未留存任何甲方数据。

第七条 知识产权
运维期间乙方为甲方编写的数据核查脚本、统计报表、运维文档及标定报告归甲方所有，甲方可自由使用和修改。乙方保证其在运维中使用的工具软件已获合法授权，不侵犯第三方权利。

第八条 分包
乙方不得将本合同项下的服务分包或转包。

第九条 违约责任
1. 乙方未按第三条第3项按期完成计量检定配合及标定的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
2. 乙方未达到服务水平的，按第四条扣款；扣款不足以弥补甲方损失的，乙方应予赔偿。
3. 乙方在本合同项下对甲方的累计赔偿责任（含违约金和考核扣款）不超过合同总价的50%。
4. 甲方逾期支付服务费的，应按同期贷款市场报价利率向乙方支付利息。

第十条 合同解除
1. 乙方连续两个季度考核不合格，或严重违约经书面催告后10日内仍未纠正的，甲方有权解除合同。
2. 合同解除的，甲方按乙方实际服务期间和考核结果结算服务费。
3. 因不可抗力导致合同无法履行的，双方可协商解除合同，互不承担违约责任。

第十一条 合同期满
本合同服务期满即终止，不自动续期。下一年度运维服务由甲方依法另行采购。服务期满时乙方应移交全部运维档案、账号和备品备件清单，并在服务期满前30日提交移交方案，在新供应商进场后配合完成不少于15日的交接。

第十二条 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，向云溪市人民法院提起诉讼。争议解决期间，双方应继续履行本合同中不涉及争议的部分。

第十三条 其他
本合同附件包括：运维服务清单、运维服务考核细则、磋商文件及乙方响应文件，附件与本合同具有同等效力。本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：云溪市公路管理局        乙方（盖章）：云溪交科智能科技有限公司
签订日期：2026年  月  日
"""

Z05 = """# 知链生产追溯系统软件许可及定制开发合同

> 知链科技标准合同文本 V3.0（乙方模板）

**合同编号：** ZL-HT-2026-0873

**甲方（用户）：** 大理苍山拾光香薰蜡烛工作室

**乙方（服务商）：** 昆明知链信息科技有限公司

甲方因手工香薰蜡烛生产管理需要，向乙方采购“知链生产追溯系统”软件许可及定制开发服务。双方本着平等自愿原则，经协商一致，签订本合同，共同遵守。

## 第一条 产品与服务

1.1 乙方向甲方提供知链生产追溯系统标准版软件许可（10个用户，永久使用），系统包括原料入库、配方管理、熔蜡与调香工序记录、灌装及冷却记录、成品批次管理和出库追溯功能。

1.2 乙方根据甲方需求进行定制开发，内容包括：香精配方保密管理模块、批次追溯二维码及标签打印、与甲方网店订单系统的对接。

1.3 乙方负责系统部署、基础数据初始化及操作培训。

1.4 系统运行环境：甲方应自行准备符合乙方要求的服务器或云主机、操作系统及数据库，乙方提供部署指导。

1.5 本合同附件《功能说明书》所列功能为系统交付范围，附件未列明的功能不属于乙方的交付义务。

1.6 乙方对标准版软件的版本升级，在免费维护期内免费提供；免费维护期满后，升级包含在年度维护服务中。

## 第二条 合同价款

2.1 本合同总价为人民币贰拾壹万陆仟元整（¥216,000），明细如下：

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 生产追溯系统软件许可 | 标准版，10用户，永久许可 | 168,000 |
| 2 | 定制开发 | 配方保密模块、追溯二维码、网店订单对接 | 36,000 |
| 3 | 部署实施及培训 | 部署、数据初始化、培训2次 | 12,000 |
| | 合计 | | 216,000 |

2.2 上述价格含税，不含甲方自备的服务器、电脑、标签打印机及网络费用。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的55%，计¥118,800。乙方收到该款项后开始工作。

3.2 系统上线后5个工作日内，甲方支付合同总价的45%，计¥97,200。

3.3 甲方逾期付款的，乙方有权暂停服务，每逾期一日按应付金额的千分之一收取滞纳金。

3.4 乙方在收到每期款项后开具增值税普通发票；甲方需要专用发票的，应提前告知。

## 第四条 交付与上线

4.1 乙方在收到首期款后60个工作日内完成部署和定制开发，并通知甲方上线。

4.2 因甲方未及时提供配方、工艺资料或场地条件造成延误的，交付期限相应顺延。

4.3 甲方应指定一名项目联系人，负责需求确认、资料提供和上线配合。甲方需求确认后再行变更的，乙方有权另行收费并顺延交付期。

4.4 乙方向甲方交付系统安装程序、操作手册和管理员账号。系统上线日期以乙方发出的上线通知载明的日期为准。

## 第五条 验收

5.1 系统上线运行即视为甲方验收合格。

5.2 甲方对系统功能有异议的，应在上线后7日内书面提出，逾期未提出的视为无异议。乙方对合理的异议予以修改，修改完成后不再另行验收。

5.3 系统上线后，甲方应当按照操作手册使用系统，并妥善保管管理员账号。

## 第六条 维护服务

6.1 免费维护期为系统上线之日起六个月。免费维护期内乙方提供远程技术支持和软件缺陷修复。

6.2 甲方报告系统故障的，乙方在接到通知后8小时内响应，并尽力在合理时间内解决。现场服务需甲方承担差旅费用。

6.3 免费维护期满后，甲方如需继续获得维护服务，年度维护费按软件许可费的25%计取，即每年¥42,000，于每个维护年度开始前一次性支付。

6.4 维护服务不包括甲方新增需求的开发，新增需求另行报价。

6.5 甲方未按时支付年度维护费的，乙方有权停止维护服务，恢复服务时甲方应补缴中断期间的维护费。

6.6 因甲方自行修改系统配置、不当操作、电脑病毒或第三方软件造成的故障，不属于免费维护范围，乙方可按每人每日¥1,500收取现场服务费。

6.7 乙方可通过远程方式提供维护服务，甲方应予以配合并开通必要的远程访问权限。

## 第七条 知识产权

7.1 知链生产追溯系统及其文档的全部知识产权归乙方所有。

7.2 乙方为甲方定制开发的模块、程序及其源代码、技术文档，知识产权均归乙方所有。甲方在本合同约定的范围内享有非独占的使用权，不得修改、反编译、复制或转让给第三方。

7.3 甲方不得将系统用于本合同约定以外的工作室或关联企业；增加用户数或使用场所的，应另行购买许可。

## 第八条 数据与安全

8.1 甲方在系统中录入的配方、原料、批次、客户订单等业务数据归甲方所有，乙方仅为提供本合同服务的目的处理上述数据。

8.2 乙方对其提供的系统采取访问控制、密码加密存储和操作日志等安全措施，并协助甲方做好数据备份。因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方、采取补救措施并赔偿甲方的直接损失。

8.3 甲方应自行做好数据的日常备份。甲方终止使用系统的，可在终止后30日内申请导出业务数据，乙方提供标准格式的导出文件。

## 第九条 保密

9.1 双方对在合作中知悉的对方商业秘密负有保密义务。乙方对甲方的香精配方和工艺参数严格保密，不得向任何第三方披露。

9.2 乙方员工因工作需要接触甲方配方资料的，乙方应督促其遵守保密义务。

9.3 本条规定在合同终止后三年内继续有效。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 甲方逾期付款超过30日的，乙方有权解除合同，已收款项不予退还。

10.3 任何一方违反本合同约定，给对方造成损失的，应赔偿对方的直接损失，但不包括利润损失等间接损失。

10.4 因甲方原因造成乙方工作延误或增加工作量的，甲方应承担乙方因此增加的费用。

## 第十一条 合同解除

11.1 一方严重违反本合同，经对方书面通知后30日内仍未纠正的，守约方有权解除本合同。

11.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。

11.3 合同解除的，甲方已支付的首期款用于补偿乙方已投入的工作，不予退还。

## 第十二条 争议解决

双方因本合同发生争议的，应友好协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。在争议解决期间，除争议事项外，双方应继续履行本合同其他条款。

## 第十三条 不可抗力

因地震、火灾、疫情、政府行为等不可抗力导致一方不能履行合同的，该方不承担违约责任，但应及时通知对方并提供证明。

## 第十四条 其他

14.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

14.2 本合同附件包括：功能说明书、定制开发需求确认单、报价单。

14.3 双方确认本合同条款已经充分协商，乙方已提示甲方注意免除或限制乙方责任的条款。

14.4 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（签章）：________________　　乙方（签章）：________________

日期：________________　　日期：________________
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. TVS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Teifi Valley Software Ltd, a company registered in Wales with its office at Station Road, Tregaron, Ceredigion (the "Supplier"), and Jiaxing Hengrun Dyeing and Finishing Co., Ltd., a company incorporated in the People's Republic of China with its office in Jiaxing, Zhejiang Province (the "Buyer").
P:The Buyer operates a yarn and fabric dye-house and wishes to license the Supplier's DyeLab recipe management and colour-matching software and to have it configured, integrated and rolled out at its Jiaxing plant. The Supplier is willing to do so on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the DyeLab recipe management, colour-matching and dispensing-control software in object code, including its documentation and any updates supplied during the Warranty Period.
P:1.2 "Custom Deliverables" means the interfaces, reports, configuration sets, scripts and other materials developed by the Supplier specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the acceptance criteria have been met.
P:1.4 "Buyer Data" means all recipes, colour standards, batch records, customer references and other data entered into or generated by the Software for the Buyer.
H:Article 2 Scope
P:2.1 The Supplier grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for its own business at its Jiaxing plant and any future plant of the Buyer in mainland China, for up to 40 concurrent users and 6 laboratory spectrophotometers.
P:2.2 The Supplier shall provide the following services: (a) configuration of the Software to the Buyer's recipe structure and quality rules; (b) interfaces with the Buyer's ERP system and its two automatic dye dispensing machines; (c) migration of approximately 18,000 historical recipes and colour standards; (d) training of laboratory, production and IT staff.
P:2.3 The Supplier shall appoint a project manager fluent in Chinese or provide a qualified interpreter for all on-site work at its own cost.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,730,000, inclusive of VAT, fixed for the scope in Article 2, made up as follows: Software licence fee CNY 1,180,000; configuration and interfaces CNY 420,000; data migration CNY 96,000; training CNY 34,000.
P:3.2 The Contract Price includes travel, accommodation and all expenses of the Supplier's personnel, and all support during the Warranty Period.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 346,000) within 20 days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 778,500) within 20 days after the Software has been installed on the Buyer's servers and the interfaces are ready for testing. Installation is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 605,500) within 20 days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the account named in the invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Supplier shall install the Software and make all interfaces ready for testing within 90 days after signature, and shall complete data migration and training within 130 days after signature.
P:5.2 The acceptance criteria are: (a) every function in the agreed functional specification passes the agreed test scripts; (b) migrated recipes reconcile with the source records, checked on a sample of 500 recipes selected by the Buyer without any error; (c) colour-matching predictions for 60 reference shades fall within a colour difference of 1.0 against laboratory dyeings; (d) dispensing orders reach both machines without manual re-entry for 15 consecutive working days; (e) no Severity 1 incident occurs during a 30-day trial run.
P:5.3 When all criteria are met, the Buyer shall issue a Final Acceptance certificate within 10 working days. Productive use of the Software, installation or any payment does not constitute acceptance. If a test fails, the Supplier shall correct the defect at its own cost and repeat the test.
P:5.4 The Buyer shall provide test data, access to its systems and the time of its key users as set out in the agreed project plan. Delay caused by the Buyer extends the Supplier's dates accordingly.
H:Article 6 Warranty and Support
P:6.1 The Warranty Period is 24 months from Final Acceptance. During it the Supplier shall correct all defects free of charge and supply all updates and new releases.
P:6.2 The Supplier shall provide a support desk reachable by telephone and e-mail, with Chinese-speaking staff during the Buyer's working hours. For a Severity 1 incident (the Software is down or dispensing orders cannot be issued) the Supplier shall respond within 1 hour and restore service or provide a workaround within 8 hours. Severity 2 incidents shall be responded to within 2 hours and resolved within 2 working days.
P:6.3 For each full hour by which the Supplier misses the Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 800, deducted from any amount due or invoiced separately.
P:6.4 After the Warranty Period the Buyer may order annual support. The annual support fee is 11% of the Software licence fee (CNY 129,800 per year) and shall not be increased during the first three years after the Warranty Period. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Supplier and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer on creation. The Supplier shall deliver their source code and documentation at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely, including through third parties.
P:7.3 The Supplier shall defend the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall bear all costs and damages arising from such a claim.
H:Article 8 Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Agreement and shall not copy, retain, aggregate or use it for any other purpose, including after termination.
P:8.2 The Supplier shall access the Buyer's systems only through the remote-access channel provided by the Buyer, with individual accounts, multi-factor authentication and session logging, and only with the Buyer's approval for each session. No Buyer Data may be transferred outside the Buyer's systems.
P:8.3 The Supplier shall comply with the Personal Information Protection Law, the Data Security Law and the Buyer's information security policies. It shall notify the Buyer of any security incident affecting Buyer Data within 12 hours and shall be liable for all losses caused by a breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including recipes, colour formulae, prices and technical data, and use it only for this Agreement.
P:9.2 This obligation continues for three years after the end of this Agreement; for recipes and colour formulae it continues without time limit.
H:Article 10 Delay and Liability
P:10.1 If the Supplier fails to meet a date in Article 5.1 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to infringement claims under Article 7.3, breach of Articles 8 or 9, personal injury, fraud or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the services without the Buyer's prior written consent. The Supplier remains fully responsible for approved subcontractors.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:12.2 The Buyer may also terminate if the delay damages under Article 10.1 reach their maximum. On termination for the Supplier's breach, the Supplier shall refund the amounts paid for services not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of England and Wales.
P:13.2 The courts of England and Wales have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement. The parties shall first try in good faith to settle any dispute by negotiation between senior managers for 30 days.
H:Article 14 General
P:14.1 This Agreement is made in English and Chinese; both versions are equally authentic. Notices shall be in writing and sent to the addresses above.
P:14.2 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly.
P:14.3 Neither party may assign this Agreement without the other party's prior written consent.
P:14.4 This Agreement, with its annexes (functional specification, test scripts and project plan), is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.
P:Signed for the Supplier: ____________________    Signed for the Buyer: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS — PIMCloud Subscription

**Provider:** Severn Data Systems Ltd, Berriew Street, Welshpool, Powys, Wales ("Provider")

**Customer:** Ningbo Haishu Kitchen Appliances Co., Ltd., Ningbo, Zhejiang Province, People's Republic of China ("Customer")

**Order Form No.:** SDS-OF-2026-0219

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Services

Provider will provide Customer with access to PIMCloud, its hosted product-information management service, for the maintenance of product data, images, specifications and multilingual descriptions of Customer's kitchen appliance ranges, and for publishing that content to Customer's export distributors and online marketplaces. The subscription covers 80 named users, 60,000 product records and 2 TB of digital asset storage.

### A2. Subscription Term

The Subscription Term is 24 months, starting on the Go-Live Date. The Go-Live Date is the date on which Customer signs the Go-Live Acceptance certificate under A5. The Agreement ends at the end of the Subscription Term. Any continuation after that date requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| PIMCloud subscription, Year 1 | 80 named users x CNY 2,350 | 188,000 |
| PIMCloud subscription, Year 2 | 80 named users x CNY 2,350 | 188,000 |
| Onboarding services | data model, import of 60,000 records, 3 channel connectors, training | 48,000 |
| **Total Fees** | | **424,000** |

All fees are in CNY and include VAT. Additional named users may be added at CNY 2,350 per user per year, pro rata.

### A4. Invoicing and Payment

(a) Subscription fees are invoiced quarterly in advance, in eight equal instalments of CNY 47,000, the first on the Go-Live Date.

(b) The onboarding fee is invoiced on the Go-Live Date, after Go-Live Acceptance.

(c) Customer shall pay each invoice within 30 days of receipt. No other amount is payable before the Go-Live Date.

### A5. Onboarding and Go-Live Acceptance

(a) Provider will complete onboarding within 60 days after signature of this Order Form.

(b) Go-Live Acceptance requires that: (i) all 60,000 product records have been imported and a sample of 400 records chosen by Customer matches the source data field by field; (ii) the three channel connectors (Customer's ERP, its English-language distributor portal and its marketplace feed) each complete five consecutive scheduled runs without error; (iii) the agreed user roles and approval workflows pass Customer's test scripts.

(c) When these criteria are met, Customer signs a Go-Live Acceptance certificate within 5 working days. Use of the Services for testing or training does not constitute acceptance.

### A6. Service Levels

(a) Provider will make PIMCloud available at least 99.95% of each calendar month, excluding scheduled maintenance announced 5 days in advance and carried out between 01:00 and 05:00 China Standard Time.

(b) For a Priority 1 incident (the service is unavailable, or publishing to all channels has stopped), Provider will respond within 30 minutes and restore service within 6 hours. Priority 2 incidents are responded to within 2 hours, and Priority 3 requests within 1 business day.

(c) If monthly availability falls below the commitment in (a), Customer receives a service credit of 5% of the monthly subscription fee for each 0.1 percentage point, or part of it, below the commitment, up to 50% of that month's fee. Each Priority 1 response missed by more than one hour earns a further credit of CNY 1,000. Credits are deducted from the next invoice.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, images, documents and other content submitted to the Services by or for Customer, and all output generated from it.

1.2 "Services" means PIMCloud and the onboarding services described in Part A.

1.3 "Customer Configurations" means the data model, attribute templates, workflows, channel mappings and export templates created for Customer.

### 2. Use of the Services

2.1 Provider grants Customer and its affiliates in mainland China a non-exclusive, non-transferable right to use the Services during the Subscription Term for their internal business.

2.2 Customer shall keep its user credentials secure and is responsible for the activities of its named users. Customer shall not resell the Services or use them to build a competing product.

2.3 Provider may improve the Services from time to time, provided that the functionality subscribed to is not materially reduced during the Subscription Term.

2.4 Customer may appoint one of its IT staff as administrator, who may create and remove named users, assign roles and change workflows without Provider's involvement.

### 3. Customer Data

3.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Services to Customer and in accordance with Customer's documented instructions, and for no other purpose.

3.2 Provider hosts Customer Data in a data centre in mainland China operated by a licensed local hosting partner. Customer Data is encrypted in transit and at rest, access by Provider staff is limited to named support engineers with multi-factor authentication, and all access is logged and retained for one year.

3.3 Provider maintains an information security programme certified to ISO/IEC 27001, performs daily backups with a recovery point of 24 hours, and tests restoration each quarter.

3.4 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours of becoming aware of it, provide all information reasonably required and take all necessary remedial steps. Provider is liable for losses caused by its breach of this Section 3, subject to Section 8.

3.5 Within 30 days after the end of the Agreement Provider shall make all Customer Data available for export in standard formats and shall then delete it and certify the deletion.

### 4. Intellectual Property

4.1 Provider retains all rights in PIMCloud, its software and documentation.

4.2 Customer Configurations belong to Customer. Customer may use, copy and modify them and may allow third parties to use them, also after the end of the Agreement. Provider shall export them on request in a documented format.

### 5. Confidentiality

5.1 Each party shall hold the other party's confidential information in confidence, use it only to perform the Agreement and disclose it only to employees and advisers who need to know it and are bound by similar obligations.

5.2 These obligations last for the Subscription Term and three years thereafter.

### 6. Subcontractors

6.1 Provider may use subcontractors and sub-processors to provide the Services, including its hosting partner and support providers. Provider maintains a list of them on its website and will notify Customer by e-mail before adding or replacing any of them. Provider remains responsible for their performance.

### 7. Warranties

7.1 Provider warrants that the Services will perform materially in accordance with their documentation and that the onboarding services will be carried out with reasonable skill and care by qualified staff.

7.2 If the Services do not conform, Provider shall correct the non-conformity without charge. If Provider cannot do so within 30 days, Customer may terminate under Section 9.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss, or for loss of profit or revenue.

8.2 Each party's total liability arising out of or in connection with the Agreement is limited to the fees paid or payable by Customer in the 6 months preceding the event giving rise to the claim.

8.3 The limits in this Section 8 do not apply to Customer's payment obligations, to personal injury caused by negligence, or to fraud.

### 9. Termination

9.1 Either party may terminate the Agreement by written notice if the other party commits a material breach that is not remedied within 30 days after written notice describing it.

9.2 Customer may also terminate by written notice if monthly availability falls below the commitment in A6 in any three months within a period of six consecutive months.

9.3 On termination by Customer under 9.1 or 9.2, Provider shall refund any prepaid fees for the period after termination.

### 10. Governing Law and Disputes

10.1 The Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules in force at the time. The award is final and binding.

### 11. General

11.1 Neither party may assign the Agreement without the other's written consent, except to an affiliate in connection with a reorganisation.

11.2 Notices shall be in writing and sent by e-mail and courier to the addresses on the Order Form.

11.3 The Agreement is made in English; a Chinese translation is provided for convenience.

11.4 Neither party is liable for delay or failure caused by events beyond its reasonable control, provided it informs the other party promptly and takes reasonable steps to limit the effect. Provider's disaster recovery obligations under Section 3.3 are not excused by such events.

11.5 The Agreement is the entire agreement of the parties on its subject matter. Any purchase order terms of Customer do not apply. Amendments must be in writing and signed by both parties.

**Signed for Provider:** ____________________  **Signed for Customer:** ____________________
"""

E03 = """T:PURCHASE CONTRACT FOR COLD-CHAIN MONITORING SENSORS AND SOFTWARE
P:Contract No. YCL-PUR-2026-0377
P:Buyer: Yancheng Donghai Cold Chain Logistics Co., Ltd., No. 18 Gangcheng Road, Yancheng, Jiangsu Province, People's Republic of China (the "Buyer").
P:Supplier: Hafren Sensing Ltd, Great Oak Street, Llanidloes, Powys, Wales, United Kingdom (the "Supplier").
P:The Buyer operates four refrigerated warehouses and a fleet of refrigerated trucks. This contract is made on the Buyer's standard purchase terms for the supply, installation and commissioning of wireless temperature and door sensors, gateways and a perpetual licence of the Supplier's ColdWatch monitoring software, together with integration with the Buyer's warehouse management system (WMS).
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 2.
P:1.2 "Software" means the ColdWatch monitoring software, including its alarm engine, dashboards and mobile application, licensed under clause 8.
P:1.3 "Deliverables" means the Equipment, the Software, the WMS interface, configuration files, site drawings and all documentation supplied under this contract.
P:1.4 "Final Acceptance" means the Buyer's signed certificate under clause 5.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the following, and the Contract Price is CNY 1,384,000 inclusive of VAT, delivery to site, duties and all costs:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, calibrated, 5-year battery|1,200|380|456,000
TB:2|Wireless door-contact sensor|240|260|62,400
TB:3|Gateway with 4G backhaul and local buffer|60|4,900|294,000
TB:4|ColdWatch Software perpetual licence, 1,500 monitoring points|1|348,000|348,000
TB:|Hardware and Licence Subtotal|||1,160,400
TB:5|Installation and commissioning in 4 warehouses and 56 trucks|1 lot|118,000|118,000
TB:6|Integration with the Buyer's WMS (custom interface)|1 lot|86,000|86,000
TB:7|Training of operators and administrators|1 lot|19,600|19,600
TB:|Contract Price|||1,384,000
P:2.2 The Contract Price is fixed and includes all support during the Warranty Period.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 138,400) as an advance within 15 working days after signature, against the Supplier's invoice and an advance payment guarantee for the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 761,200) within 15 working days after all Equipment has been delivered and installed. Delivery and installation do not constitute acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 484,400) within 15 working days after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's Yancheng warehouse within 70 days after signature, and shall complete installation and commissioning within 110 days after signature.
P:4.2 Installation in the warehouses shall be carried out without interrupting cold storage. The Supplier shall follow the Buyer's site safety rules and cold-room access procedures.
P:4.3 Each sensor shall be delivered with a calibration certificate traceable to a national metrology standard.
P:4.4 The Supplier shall pack the Equipment for sea and road transport, mark each package with the contract number and the destination warehouse, and deliver a packing list with serial numbers. Risk in the Equipment passes to the Buyer on delivery to the site; title passes on payment of the amount in clause 3.2.
P:4.5 The Supplier shall provide a mounting plan for each warehouse and truck type and obtain the Buyer's approval before drilling or fixing anything to refrigerated structures or vehicles.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for a trial period of 30 consecutive days. The Supplier shall provide a trial-run report at the end of the trial period.
P:5.2 The acceptance criteria are: (a) every installed sensor reports to the Software at its configured interval, with no gap longer than two intervals during the trial; (b) a spot check of 60 sensors chosen by the Buyer against a reference thermometer shows a deviation within 0.3 degrees Celsius; (c) temperature excursion alarms reach the duty phone and the WMS within 60 seconds in every test; (d) truck sensors buffer and resend readings after a simulated loss of signal; (e) no Priority 1 incident occurs during the trial period.
P:5.3 If all criteria are met, the Buyer shall issue a Final Acceptance certificate within 7 working days. Use of the system during the trial, delivery or payment does not constitute acceptance. If a criterion is not met, the Supplier shall remedy the defect at its own cost and the trial shall be repeated.
H:6. Warranty and Support
P:6.1 The Warranty Period is 36 months from Final Acceptance. During it the Supplier shall repair or replace defective Equipment free of charge, including batteries that fail early, and supply all Software updates.
P:6.2 For a Priority 1 incident (alarms are not delivered, or a whole warehouse or more than ten trucks stop reporting), the Supplier shall respond within 30 minutes and restore monitoring within 6 hours, if necessary by sending a local engineer. Priority 2 incidents shall be responded to within 2 hours and resolved within 2 working days.
P:6.3 For each hour by which the Supplier misses a Priority 1 response or restoration time, the Supplier shall pay CNY 600, deducted from the next payment or invoiced.
P:6.4 After the Warranty Period the Supplier shall offer annual support for at least three further years at 8.5% of the Hardware and Licence Subtotal per year (CNY 98,634). This fee is fixed for those three years. Support is ordered by the Buyer year by year and does not renew automatically.
P:6.5 The Supplier shall keep a stock of spare sensors and gateways in mainland China equal to at least two per cent of the installed quantity, so that defective units can be replaced within 3 working days.
H:7. Liquidated Damages
P:7.1 If the Supplier misses a date in clause 4.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:7.2 Payment of liquidated damages does not release the Supplier from its obligations.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier. The Supplier grants the Buyer a perpetual, irrevocable licence to use the Software for its business in mainland China.
P:8.2 The WMS interface, configuration files, site drawings and reports prepared specifically for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver the source code of the WMS interface at Final Acceptance.
H:9. Data Security
P:9.1 All monitoring data, alarm records and logistics data collected by the system belong to the Buyer. The Supplier shall use them only to perform this contract and shall not retain copies after the end of each support task.
P:9.2 The Software shall be installed on the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session, uses the Buyer's VPN and is logged. Gateways shall use encrypted transmission.
P:9.3 The Supplier shall notify the Buyer of any security incident within 12 hours and shall be liable for losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information of the Buyer obtained under this contract, including customer names, warehouse layouts and shipment data, and shall not disclose it without the Buyer's prior written consent. The Supplier shall ensure that its personnel and approved subcontractors are bound by the same obligations.
P:10.2 This obligation survives the end of this contract for three years.
H:11. Liability
P:11.1 The Supplier's total liability under this contract is limited to 200% of the Contract Price, except for breach of clauses 9 and 10, personal injury or wilful misconduct, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent, and remains responsible for any approved subcontractor. It shall give the Buyer the names of all personnel working on site before they start work.
H:13. Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if liquidated damages under clause 7 reach their maximum.
P:13.2 On such termination the Supplier shall refund all amounts paid for Deliverables that have not passed Final Acceptance, and the Buyer may return the Equipment at the Supplier's cost.
H:14. Governing Law and Disputes
P:14.1 This contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the people's court with jurisdiction over the Buyer's domicile.
H:15. General
P:15.1 This contract is made in Chinese and English; both versions are equally authentic. It enters into force on signature by both parties.
P:15.2 Neither party is liable for delay caused by force majeure, provided it notifies the other party within 5 days and takes all reasonable steps to limit the delay.
P:15.3 Neither party may assign this contract without the prior written consent of the other party. Notices shall be in writing and sent to the addresses above.
P:15.4 The annexes (technical specification, installation plan and acceptance test plan) form part of this contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.:** EVM-FS-2026-031

**Provider:** Elan Valley Managed Services Ltd, East Street, Rhayader, Powys, Wales ("Provider")

**Customer:** Foshan Nanzhuang Jinyao Ceramics Co., Ltd., Foshan, Guangdong Province, People's Republic of China ("Customer")

**Background.** Customer operates a head office and three tile production plants in Foshan. Customer wishes to outsource the operation of its IT infrastructure, network and end-user support to Provider for a period of 36 months. Provider will deliver the services through its Guangzhou service centre and on-site engineers.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the service levels and service credits in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under Section 3.

1.5 "Customer Materials" means the runbooks, scripts, configuration records, asset register and knowledge articles prepared by Provider for Customer.

## 2. Term

2.1 The Services start on the Service Commencement Date and continue for 36 months (the "Term").

2.2 The Agreement expires at the end of the Term. The parties may agree an extension in writing; there is no automatic renewal.

## 3. Transition

3.1 Provider shall take over the Services from Customer's current in-house team and previous contractor within 75 days after signature of this Agreement (the "Transition").

3.2 Transition Acceptance requires that: (a) the asset register covers all 1,150 end-user devices, 64 servers and 210 network devices, checked by Customer on a sample of 100 items; (b) monitoring covers all servers and network devices listed in Schedule 1; (c) runbooks for all critical systems, including the plant MES and the kiln control network, have been approved by Customer; (d) the service desk has operated in parallel with Customer's team for 10 working days and handled at least 300 tickets within the Service Levels.

3.3 When these criteria are met Customer signs a Transition Acceptance certificate within 5 working days. The parallel run does not constitute acceptance.

3.4 If Provider fails to achieve Transition Acceptance within the period in 3.1 for reasons attributable to it, Provider shall pay Customer CNY 1,800 for each day of delay.

## 4. Service Delivery

4.1 Provider shall deliver the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 Provider shall assign a named service delivery manager and provide the on-site engineers set out in Schedule 1. Key personnel may be replaced only with Customer's prior approval.

4.3 Provider shall deliver a monthly service report showing performance against each Service Level, incidents, changes and recommendations, and shall attend a monthly service review with Customer and a quarterly business review with Customer's IT director to discuss improvements and planned changes.

4.4 Provider shall follow Customer's change management procedure. No change to a production system may be made without an approved change request, except in an emergency to restore service.

## 5. Customer Responsibilities

5.1 Customer shall give Provider's engineers access to its sites and systems as reasonably required, provide workspace at each plant, and appoint a contract manager.

5.2 Customer remains responsible for the purchase of hardware and software licences, unless ordered from Provider under a separate order.

5.3 If Provider is prevented from meeting a Service Level because Customer failed to perform a responsibility in this Section 5, the affected incident is excluded from the Service Level calculation, provided Provider informed Customer promptly.

## 6. Charges and Payment

6.1 Customer shall pay the Charges set out in Schedule 3.

6.2 The Monthly Service Charge is invoiced monthly in arrears, less any service credits earned in that month. The Transition Charge is invoiced after Transition Acceptance.

6.3 Customer shall pay each correct invoice within 30 days after receipt. No payment is due before the Service Commencement Date.

6.4 The Charges are fixed for the Term, subject only to volume adjustments under Schedule 3.

## 7. Customer Data

7.1 All data of Customer processed by Provider in performing the Services ("Customer Data") remains the property of Customer. Provider shall use Customer Data only to perform the Services and not for any other purpose.

7.2 At the end of the Term, Provider shall return all Customer Data and Customer Materials to Customer.

## 8. Intellectual Property

8.1 Customer Materials belong to Customer from creation. Customer may use, modify and license them freely, including to a successor provider.

8.2 Provider's own tools and monitoring software remain Provider's property; where they are installed on Customer's systems, Provider grants Customer a licence to use them during the Term.

## 9. Confidentiality

9.1 Each party shall keep confidential the other party's confidential information, including Customer's product designs, glaze formulae, production data and system passwords, and shall use it only for this Agreement.

9.2 Each party may disclose confidential information only to its employees and advisers who need to know it and are bound by equivalent obligations. These obligations continue for three years after the end of this Agreement.

## 10. Subcontracting

10.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. A request for consent shall state the scope of the work and the qualifications of the proposed subcontractor. Provider remains responsible for the acts and omissions of its subcontractors.

## 11. Liability

11.1 Neither party is liable for indirect or consequential loss.

11.2 Provider's total liability under this Agreement is limited to 150% of the total Charges payable over the Term, except for personal injury, fraud and wilful misconduct, which are not limited.

## 12. Remedies and Ending the Agreement

12.1 Service credits under Schedule 2 are Customer's sole financial remedy for failure to meet a Service Level.

12.2 If Provider fails to meet a Service Level, Provider shall prepare a remediation plan within 10 working days and carry it out at its own cost.

12.3 This Agreement ends only (a) on expiry of the Term, (b) by Provider on 30 days' written notice if an undisputed invoice remains unpaid for 60 days after its due date, or (c) by either party if a force majeure event prevents performance of substantially all the Services for more than 90 consecutive days.

12.4 On expiry or ending, Provider shall give exit assistance for up to 3 months at the rates in Schedule 3, including knowledge transfer to Customer or a successor provider.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute that the parties cannot settle within 30 days shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final.

## 14. General

14.1 This Agreement, with its Schedules, is the entire agreement between the parties. Amendments must be in writing and signed by both parties.

14.2 This Agreement is made in English and Chinese; both versions are equally authentic.

14.3 Neither party may assign this Agreement without the prior written consent of the other party.

14.4 Notices under this Agreement shall be in writing and delivered by courier or e-mail to the contract managers named by each party.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Chinese and English telephone, e-mail and portal support for about 1,150 users | 24 x 7 |
| End-user support | desktop, laptop and printer support, on-site at head office and three plants | 07:30-20:00, 7 days |
| Server and storage management | 64 servers, backup, patching, capacity management | 24 x 7 monitoring |
| Network management | 210 switches, routers, firewalls and wireless controllers, plant networks | 24 x 7 monitoring |
| Plant systems support | MES servers and kiln control network, first-line support and vendor coordination | 24 x 7 |
| On-site engineers | 2 at head office, 1 at each plant | plant shift hours |

## Schedule 2 — Service Levels and Service Credits

| Measure | Service Level | Service credit |
|---|---|---|
| Availability of core network and MES servers | 99.95% per month | 3% of the Monthly Service Charge per 0.02 percentage point below, up to 20% |
| Priority 1 incident (plant production stopped or head office systems down) | response within 15 minutes, restoration within 3 hours | CNY 2,000 per hour late |
| Priority 2 incident (one system or line degraded) | response within 1 hour, restoration within 8 hours | CNY 800 per hour late |
| Priority 3 request | response within 1 business day | none |
| Service desk calls answered | 90% within 60 seconds | 1% of the Monthly Service Charge per month missed |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Transition Acceptance | 124,000 |
| Monthly Service Charge | 36 months x CNY 58,500 | 2,106,000 |
| Total Charges over the Term | | 2,230,000 |
| Volume adjustment | per 50 users above or below 1,150, per month | 1,900 |
| Exit assistance | per engineer day | 2,200 |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
Agricultural Market and Weather Data API

Agreement No. WAD-QD-2026-008

BETWEEN
Wye Agri-Data Ltd, a company registered in Wales, with its office at Broad Street, Builth Wells, Powys, Wales ("Provider"); and
Qingdao Haifeng Feed Group Co., Ltd., a company incorporated in the People's Republic of China, with its office in Qingdao, Shandong Province ("Customer").

BACKGROUND
Customer manufactures compound feed for livestock and aquaculture and buys grain, oilseed meal and fishmeal on domestic and international markets. Customer wishes to subscribe to Provider's AgriPulse data service, which supplies commodity prices, crop condition indices and weather forecasts through an application programming interface (API), to feed its procurement planning and formulation systems. Provider agrees to supply the service on the terms below.

1. DEFINITIONS
1.1 "Data" means the price series, indices, forecasts, reports and other content made available through the Service.
1.2 "Service" means Provider's AgriPulse API, the web dashboard and the onboarding services in clause 3.
1.3 "Subscription Year" means each period of one year starting on the Service Start Date or an anniversary of it.
1.4 "Customer Content" means all data that Customer submits to the Service, including its site list, purchase volumes, query parameters and usage logs, and all custom feeds and dashboards created for Customer.
1.5 "Service Start Date" means the date of Integration Acceptance under clause 4.

2. SUBSCRIPTION
2.1 Provider grants Customer a non-exclusive, non-transferable licence during the Subscription Term to access the Service, to use the Data in its internal procurement, formulation and risk-management processes, and to store the Data in its own systems.
2.2 The subscription covers: daily settlement prices for 46 commodity contracts on eight exchanges; weekly crop condition indices for 14 producing countries; 15-day weather forecasts for 120 locations chosen by Customer; 25 named dashboard users; up to 2 million API calls per month.
2.3 Customer shall not resell, publish or distribute the Data to third parties, except for limited extracts in internal reports shared with Customer's auditors and lenders.
2.4 The initial Subscription Term is two Subscription Years from the Service Start Date.
2.5 Customer may add locations for weather forecasts and additional named users during the term at the unit prices in Provider's current rate card, pro rata to the end of the current Subscription Year.

3. ONBOARDING
3.1 Provider shall deliver the following onboarding services: (a) API credentials and a sandbox within 10 days after signature; (b) a custom daily feed that maps Provider's commodity codes to Customer's material codes; (c) a custom dashboard showing Customer's purchase volumes against market prices; (d) two training workshops in Qingdao, with interpretation into Chinese.
3.4 Customer shall provide a test environment, a technical contact and the historical purchase data needed for the custom dashboard within 10 days after signature. Delay caused by Customer extends the date in clause 3.2 accordingly.
3.5 Provider shall give Customer at least 30 days' notice before retiring any data series included in the subscription and shall offer an equivalent series at no extra charge.
3.2 Provider shall complete onboarding and make the Service ready for Integration Acceptance within 45 days after signature.
3.3 If Provider misses the date in clause 3.2 for reasons attributable to it, Provider shall pay Customer CNY 500 for each day of delay, up to CNY 25,000.

4. INTEGRATION ACCEPTANCE
4.1 Integration Acceptance requires that: (a) the custom feed is delivered to Customer's procurement system every day for 10 consecutive working days without manual intervention; (b) a comparison of 200 price points chosen by Customer with the exchanges' official settlement prices shows no difference; (c) the dashboard shows correct purchase volumes for three past months selected by Customer; (d) in a test of 1,000 calls run by Customer, every API response is returned in less than 800 milliseconds.
4.2 When these criteria are met, Customer shall sign an Integration Acceptance certificate within 5 working days. Use of the sandbox or of test data is not acceptance.

5. FEES AND PAYMENT
5.1 The fees for the initial Subscription Term are:
   Subscription Year 1: CNY 286,000
   Subscription Year 2: CNY 286,000
   Onboarding services: CNY 38,000
   Total fees: CNY 610,000
5.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. The onboarding fee is invoiced after Integration Acceptance. No fee is payable before the Service Start Date.
5.3 Customer shall pay each invoice within 30 days after receipt. All fees are in CNY and include VAT.
5.4 Usage above the monthly call volume in clause 2.2 is charged at CNY 40 per additional 10,000 calls, invoiced monthly in arrears; such charges are not part of the total fees.

6. SERVICE LEVELS
6.1 Provider shall make the API and the dashboard available at least 99.95% of each calendar month, excluding maintenance announced at least 3 days in advance and carried out at weekends.
6.2 Daily settlement prices shall be available through the API within 2 hours after the official publication by the exchange concerned.
6.3 For a Priority 1 incident (the API is unavailable or returns wrong prices), Provider shall respond within 1 hour and restore correct service within 6 hours. Priority 2 incidents shall be responded to within 3 hours and resolved within 2 business days.
6.4 If a service level in clauses 6.1 to 6.3 is missed in a month, Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each missed service level, up to 25% of that monthly amount. Credits are set off against the next invoice or, at the end of the term, refunded.
6.5 Provider shall publish a monthly service report showing availability, incidents, publication times and credits earned.

7. CUSTOMER CONTENT AND DATA SECURITY
7.1 Customer Content belongs to Customer. Provider shall use Customer Content only to provide the Service to Customer and shall not analyse, aggregate or use it for any other purpose, during or after the term.
7.2 Provider shall host Customer Content on servers in mainland China, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication and keep access logs for at least one year.
7.3 Provider shall notify Customer of any security incident affecting Customer Content or Customer's API credentials within 24 hours, take all steps needed to contain it and cooperate with Customer's investigation. Provider is liable for losses caused by its breach of this clause 7.
7.4 Within 30 days after the end of the Agreement, Provider shall return Customer Content in a standard format and then delete it.

8. INTELLECTUAL PROPERTY
8.1 Provider and its licensors retain all rights in the Service and the Data, subject to the licence in clause 2.
8.2 The custom feed mapping and the custom dashboard design created for Customer belong to Customer. Customer may use and modify them and have them maintained by third parties.

9. RENEWAL
9.1 After the initial Subscription Term, this Agreement renews automatically for successive Subscription Years unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.
9.2 Provider may increase the subscription fee for any renewal Subscription Year by up to 9% by giving Customer written notice at least 90 days before that renewal Subscription Year begins.

10. SUBCONTRACTING
10.1 Provider shall not subcontract the hosting of Customer Content, the custom feed or the onboarding services without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

11. LIABILITY
11.1 Neither party is liable for indirect loss or loss of profit.
11.2 Provider's total liability under this Agreement is limited to 150% of the total fees in clause 5.1, except for breach of clause 7, infringement of third-party rights, fraud and wilful misconduct.
11.3 Provider does not warrant that the forecasts will prove accurate; it warrants that the Data is compiled with reasonable skill and care from the sources described in the documentation.

12. TERMINATION
12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
12.2 Customer may terminate by written notice if the API availability falls below the level in clause 6.1 in three months of any Subscription Year.
12.3 On termination by Customer under clause 12.1 or 12.2, Provider shall refund the fees paid for the period after termination.

13. GOVERNING LAW AND DISPUTES
13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Disputes that cannot be settled by negotiation within 30 days shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

14. GENERAL
14.1 Neither party is liable for failure to perform caused by force majeure, provided it informs the other party promptly and uses reasonable efforts to resume performance.
14.2 This Agreement is made in English and Chinese; both versions are equally authentic. Amendments must be in writing and signed by both parties.
14.3 Neither party may assign this Agreement without the other party's prior written consent, except to an affiliate that takes over the relevant business.
14.4 Notices shall be in writing and sent by courier or e-mail to the addresses above.

SIGNED for Provider: ____________________     SIGNED for Customer: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
# Labels (buyer's view). Design: rules I expect, and the TCO inputs for goods / licence drafts.
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def terms(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto,
                                term, sub, law, kind]))


DRAFTS = [
    dict(key="h1095z01", name="h1095z01_police_hotel_security_platform_licence.pdf", fmt="pdf", src=Z01, lang="zh",
         category="software",
         terms=terms(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9, False, True,
                     False, "PRC", "goods_or_licence"),
         extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                    contract_value=2085000),
         fee_base=1260000, design=[]),
    dict(key="h1095z02", name="h1095z02_gate_factory_line_control_retrofit.docx", fmt="docx", src=Z02, lang="zh",
         category="hardware",
         terms=terms(None, None, False, "buyer", True, True, True, 0.1, None, 25, True, True, 24, 7, False, True,
                     True, "PRC", "goods_or_licence"),
         extra=dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                    contract_value=1264800),
         fee_base=1072800, design=["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
    dict(key="h1095z03", name="h1095z03_focus_training_chain_booking_saas.txt", fmt="txt", src=Z03, lang="zh",
         category="cloud",
         terms=terms(99.5, 0.5, True, "buyer", True, False, True, 0.1, 150, None, True, None, None, None, True, True,
                     False, "PRC", "service"),
         extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=630000),
         design=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    dict(key="h1095z04", name="h1095z04_highway_overload_detection_annual_om.txt", fmt="txt", src=Z04, lang="zh",
         category="services",
         terms=terms(99, 1, True, "buyer", True, True, True, 0.1, 50, None, True, None, None, None, False, True,
                     False, "PRC", "service"),
         extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=670000),
         design=["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    dict(key="h1095z05", name="h1095z05_candle_studio_tracking_software_supplier_template.md", fmt="md", src=Z05,
         lang="zh", category="software",
         terms=terms(None, 8, False, "supplier", True, True, True, 0.02, None, 55, False, False, 6, 25, False, True,
                     None, None, "goods_or_licence"),
         extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                    contract_value=216000),
         fee_base=168000,
         design=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                 "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    dict(key="h1095e01", name="h1095e01_dyehouse_recipe_licence_tregaron_vendor.pdf", fmt="pdf", src=E01, lang="en",
         category="software",
         terms=terms(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False, True, False,
                     "England and Wales", "goods_or_licence"),
         extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                    contract_value=1730000),
         fee_base=1180000, design=["CR-GOVERNING-LAW"]),
    dict(key="h1095e02", name="h1095e02_pim_saas_order_form_welshpool_vendor.md", fmt="md", src=E02, lang="en",
         category="cloud",
         terms=terms(99.95, 0.5, True, "buyer", True, True, True, None, 6 / 24 * 100, None, True, None, None, None,
                     False, True, True, "PRC", "service"),
         extra=dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=424000),
         design=["CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    dict(key="h1095e03", name="h1095e03_cold_chain_sensors_monitoring_llanidloes_vendor.docx", fmt="docx", src=E03,
         lang="en", category="hardware",
         terms=terms(None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 8.5, False, True,
                     False, "PRC", "goods_or_licence"),
         extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                    contract_value=1384000),
         fee_base=1160400, design=[]),
    dict(key="h1095e04", name="h1095e04_ceramics_managed_it_services_rhayader_vendor.md", fmt="md", src=E04, lang="en",
         category="services",
         terms=terms(99.95, 0.25, True, "buyer", False, True, True, 1800 / 2230000 * 100, 150, None, True, None, None,
                     None, False, False, False, "PRC", "service"),
         extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2230000),
         design=["CR-DATA-SECURITY", "CR-TERMINATION"]),
    dict(key="h1095e05", name="h1095e05_feed_group_agri_data_api_builth_wells_vendor.txt", fmt="txt", src=E05,
         lang="en", category="cloud",
         terms=terms(99.95, 1, True, "buyer", True, True, False, 500 / 610000 * 100, 150, None, True, None, None, None,
                     True, True, False, "PRC", "service"),
         extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=610000),
         design=["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"]),
]

# Policy §3 thresholds (defaults of the shipped pack) and §4 horizon
AVAIL, P1_HOURS, LD_MIN, CAP_MIN, PREPAY_MAX, WARRANTY_MIN, PWF_MAX, TCO_MAX, HORIZON = 99.9, 4, 0.05, 100, 30, 12, 15, 40, 5
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco_share(d):
    """Post-warranty fee share of TCO over the horizon, from acceptance; fee base = itemised licence/hardware."""
    t, x = d["terms"], d["extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * d["fee_base"] * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def derive(d):
    t, x = d["terms"], d["extra"]
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < AVAIL:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > P1_HOURS:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < LD_MIN:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < CAP_MIN:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > PREPAY_MAX:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < WARRANTY_MIN:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > PWF_MAX):
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(d)
        if s is not None and s > TCO_MAX:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d.get("forum_outside_mainland"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan (self-tested)
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.90*(?![\d])",                                   # availability 99.9
    r"(?<![\d.])0*4(?:\.0+)?(?:hours?|hrs?|h(?![a-z])|小时|个小时)",     # 4 hours (on whitespace-free text)
    r"(?<![十二三])四个?小时", r"\bfour\s*\(?4?\)?\s*hours?",
    r"(?<![\d.])0?\.050*(?!\d)", r"万分之五(?![十百千])", r"千分之零点五", r"0\.5‰",  # LD 0.05 %/day
    r"(?<![\d.])(?:100|30|15|40)(?:\.0+)?(?:%|％|percent|percent|per\s*cent)",  # cap / prepayment / fee / TCO
    r"百分之(?:百|一百|三十|十五|四十)(?![一二三四五六七八九])",
    r"\b(?:one\s*hundred|thirty|fifteen|forty)\s*(?:per\s*cent|percent)",
    r"(?<![\d.])12(?:months?|-months?|个月)", r"十二个月", r"\btwelve\s*\(?(?:12)?\)?\s*-?\s*months?",
    r"(?:质保|保修|维护)期?(?:为)?(?:一年|1年)", r"(?:一年|1年)(?:的)?(?:质保|保修)",
    r"\bone[\s-]*year\s*warranty", r"warranty\s*period\s*(?:is|of)\s*one\s*year",
]
THRESH_RE = [re.compile(p, re.I) for p in THRESHOLD_PATTERNS]
MUST_HIT = ["99.9%", "99.90 %", "4 hours", "4小时", "四小时", "0.05%", "0.050 %", "万分之五", "100%", "30 %",
            "30 per cent", "百分之三十", "15%", "40%", "12 months", "12个月", "十二个月", "twelve months",
            "质保期一年", "one year warranty", "four hours", "百分之十五"]
MUST_MISS = ["99.95%", "99.99%", "99.5%", "24 hours", "24小时", "二十四小时", "0.08%", "150%", "200%", "115%",
             "1.5%", "14 hours", "112 months", "36 months", "三十六个月", "万分之八", "25%", "5%", "4,900",
             "14.1 This", "one year", "Subscription Year", "45%", "0.1%", "0.25", "3,400", "第四条", "CNY 400"]


def hits(text):
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    found = []
    for v in variants:
        for rx in THRESH_RE:
            found += [m.group(0) for m in rx.finditer(v)]
    return found


def selftest():
    for s in MUST_HIT:
        assert hits(s), "must-hit not hit: %r" % s
    for s in MUST_MISS:
        assert not hits(s), "must-miss hit: %r -> %r" % (s, hits(s))


# ---------------------------------------------------------------- read back
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
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def length(text, lang):
    return len(re.sub(r"\s+", "", text)) if lang == "zh" else len(text.split())


def check_values(d):
    t = d["terms"]
    bad = [(t["availability_pct"], AVAIL), (t["p1_response_hours"], P1_HOURS), (t["ld_rate_per_day_pct"], LD_MIN),
           (t["liability_cap_pct"], CAP_MIN), (t["prepayment_pct"], PREPAY_MAX),
           (t["warranty_months"], WARRANTY_MIN), (t["post_warranty_fee_pct"], PWF_MAX)]
    for v, th in bad:
        assert v is None or abs(v - th) > 1e-9, (d["key"], v, th)
    s = tco_share(d)
    assert s is None or abs(s - TCO_MAX) > 2, (d["key"], s)


def label(d, rules):
    x = dict(d["extra"])
    if d["terms"]["contract_kind"] != "goods_or_licence":
        x.pop("post_warranty_fee_capped", None)
    return {"file": d["name"], "language": d["lang"], "category": d["category"], "expected_terms": d["terms"],
            "expected_extra": x, "expected_rules": rules}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    office = {d["key"]: (d["name"], d["fmt"]) for d in DRAFTS if d["fmt"] in ("docx", "pdf")}
    write({d["key"]: d["src"] for d in DRAFTS}, office, OUT, wrap_words=True)
    for d in DRAFTS:
        if d["fmt"] in ("txt", "md"):
            (OUT / d["name"]).write_text(d["src"], encoding="utf-8")
            print("wrote", d["name"])
    covered, problems = set(), []
    for d in DRAFTS:
        text = read_back(OUT / d["name"])
        n = length(text, d["lang"])
        lo, hi = (2750, 3000) if d["lang"] == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append("%s length %d not in %d-%d" % (d["key"], n, lo, hi))
        h = hits(text)
        if h:
            problems.append("%s threshold figure(s) %r" % (d["key"], sorted(set(h))))
        check_values(d)
        rules = derive(d)
        if rules != sorted(d["design"]):
            problems.append("%s derived %s != design %s" % (d["key"], rules, sorted(d["design"])))
        covered |= set(rules)
        s = tco_share(d)
        print("%-9s %5d %-6s tco=%s %s" % (d["key"], n, risk(rules), "-" if s is None else "%.1f" % s,
                                           ", ".join(r[3:] for r in rules) or "(none)"))
        stem = d["name"].rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(label(d, rules), ensure_ascii=False, indent=1),
                                            encoding="utf-8")
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append("rules never fired: %s" % sorted(missing))
    assert not problems, "\n".join(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
