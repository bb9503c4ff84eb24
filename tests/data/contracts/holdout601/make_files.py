"""holdout601: builds the ten held-out drafts from the sources below, writes the .json labels and asserts the checks
(lengths, thresholds, rules derived from the labels against the design list, coverage of all 20 CR rules).
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = r'''T:电梯安全智慧监管平台建设项目采购合同
P:合同编号：SJJ-ZFCG-2026-0417
P:采购人（甲方）：临川市市场监督管理局
P:供应商（乙方）：江北智梯信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件，甲乙双方就电梯安全智慧监管平台建设项目达成如下协议，共同遵守。
H:第一条 项目内容与合同价款
P:1.1 乙方为甲方建设电梯安全智慧监管平台，覆盖全市在用电梯约一万八千台，内容包括平台软件许可、定制开发、部署实施及培训。
P:1.2 合同总价为人民币贰佰壹拾贰万元整（¥2,120,000），其中：平台软件许可费¥1,180,000（含监管一张图、电梯档案、维保监督、检验检测管理四个模块的永久使用许可）；定制开发费¥760,000（含电梯物联网数据接入、困人救援调度、维保单位信用评价、与省级特种设备平台对接）；部署实施费¥138,000；培训费¥42,000。
P:1.3 合同总价为固定价格，已包含税费、差旅、第三方测评配合等全部费用，甲方不再支付其他任何费用。
H:第二条 交付与工期
P:2.1 乙方应在合同签订后一百二十日内完成平台部署及定制开发，具备初验条件。
P:2.2 乙方应按甲方确认的需求规格说明书开发，需求变更须经甲方书面确认。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方凭乙方开具的等额发票支付合同总价的20%作为预付款。
P:3.2 平台通过初验后十个工作日内，甲方支付合同总价的45%。
P:3.3 平台试运行满九十日并通过最终验收后十个工作日内，甲方支付合同总价的35%。
H:第四条 验收
P:4.1 初验内容：功能逐项对照需求规格说明书测试通过；接入电梯物联网终端数据不少于一万五千台；困人报警推送至救援单位时间不超过10秒；平台在500个并发用户下页面响应不超过3秒。
P:4.2 最终验收内容：试运行期间无一级故障；通过第三方网络安全等级保护测评（第三级）；文档、源代码及接口说明齐全。甲方组织验收并出具书面验收报告。
P:4.3 平台上线、甲方使用或支付款项均不视为验收合格，验收以甲方签署的最终验收报告为准。
H:第五条 服务水平
P:5.1 质保期内平台月度可用率不低于99.5%，计划停机须提前三个工作日经甲方同意，不计入不可用时间。
P:5.2 一级故障（平台整体不可用或困人报警中断）乙方应在30分钟内响应，2小时内到达现场；二级故障1小时内响应；三级故障当日处理。
P:5.3 月度可用率每低于约定值0.1个百分点，乙方按¥1,000向甲方支付服务违约金；一级故障响应每迟延一小时，乙方支付¥800。上述款项可从应付款中直接扣除。
H:第六条 质量保证与后续维护
P:6.1 质保期为最终验收合格之日起二十四个月，质保期内乙方免费提供缺陷修复、版本升级及技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过¥94,400），质保期满后三年内不得上调。
H:第七条 知识产权
P:7.1 平台软件许可部分的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 定制开发成果（含源代码、接口程序、数据模型及相关文档）的知识产权由甲乙双方共同所有。未经另一方书面同意，任何一方不得许可第三方使用或修改上述成果，亦不得转让其共有份额。
H:第八条 数据安全
P:8.1 平台汇聚的电梯运行数据、维保记录、企业及人员信息等全部数据属于甲方所有，乙方不得用于本合同以外的任何目的，不得向第三方提供。
P:8.2 乙方应按网络安全等级保护第三级要求落实数据加密、访问控制和日志审计，运维访问须经堡垒机并留存记录。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、监管信息及个人信息负有保密义务，未经甲方书面同意不得披露。保密义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方未按第二条约定期限完成交付的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付成果不符合约定的，应在甲方指定期限内免费整改；整改后仍不合格的，甲方有权解除合同并要求乙方赔偿损失。
P:10.3 甲方逾期付款的，按同期贷款市场报价利率向乙方支付利息。
H:第十一条 分包与转让
P:11.1 乙方不得将本项目转包，亦不得分包。乙方不得转让本合同项下的权利义务。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 项目管理与人员
P:14.1 乙方应指派具有同类平台建设经验的项目经理常驻甲方现场，项目经理及核心开发人员名单作为合同附件，未经甲方书面同意不得更换。
P:14.2 乙方应每周向甲方提交项目周报，说明进度、问题和风险；每月参加甲方组织的项目例会。甲方有权要求乙方更换不能胜任工作的人员。
P:14.3 乙方应在部署完成前对甲方业务人员、区县分局人员及电梯维保单位管理员分批开展培训，培训不少于八场，培训教材及操作视频交付甲方。
P:14.4 乙方交付物包括：需求规格说明书、系统设计说明书、数据库设计说明书、测试报告、用户手册、运维手册、源代码及编译说明、接口规范。交付物须为中文，并提供电子版和纸质版各一套。
H:第十五条 不可抗力
P:15.1 因地震、洪水、疫情等不可抗力导致不能按期履行的，受影响一方应在不可抗力发生后五日内书面通知对方，并在十五日内提供有关证明。双方根据影响程度协商延期履行、部分履行或解除合同。
P:15.2 不可抗力持续超过六十日导致合同目的无法实现的，任何一方可以书面通知解除合同，甲方按乙方已完成并经确认的工作量结算。
H:第十六条 通知与送达
P:16.1 合同履行期间，双方各指定一名联系人负责日常沟通，联系人变更应书面告知对方。涉及需求变更、工期调整和验收的事项，均应以书面形式确认，口头意见不作为履约依据。
P:16.2 双方往来通知应以书面形式送达合同首页所列地址或双方确认的电子邮箱，邮件发出即视为送达。一方联系方式变更的，应在三日内书面通知对方。
H:第十七条 其他
P:17.1 本合同经双方法定代表人或授权代表签字并加盖公章后生效，一式六份，甲方四份，乙方二份。招标文件、投标文件及澄清文件为本合同组成部分。
P:甲方（盖章）：临川市市场监督管理局      乙方（盖章）：江北智梯信息技术有限公司
P:签订日期：2026年　月　日
'''

Z02 = r'''T:制粒生产线控制系统改造项目合同
P:合同编号：HF-SB-2026-083
P:甲方（买方）：禾丰源饲料（宿迁）有限公司
P:乙方（卖方）：苏源自动化工程有限公司
P:甲方为提高制粒车间的自动化水平和稳定性，委托乙方对三条制粒生产线的控制系统进行改造。双方经友好协商，签订本合同。
H:第一条 合同标的与价格
P:1.1 乙方负责三条制粒线（环模制粒机、调质器、冷却器、喂料器及配套输送）的控制系统改造，包括设备供货、控制软件、安装调试和培训，价格明细见下表。
TB:序号|名称|数量|金额（元）
TB:1|PLC主控柜（含CPU、I/O模块、电源）|3套|396,000
TB:2|变频器及电机保护单元|18台|288,000
TB:3|调质温度与水分在线检测仪|6套|174,000
TB:4|操作站工控机及触摸屏|5套|96,000
TB:5|中控SCADA软件许可及配方管理软件|1套|306,000
TB:|软硬件小计||1,260,000
TB:6|安装调试（含停产切换）|1项|96,000
TB:7|操作与维护培训|1项|24,000
TB:|合同总价||1,380,000
P:1.2 合同总价为人民币壹佰叁拾捌万元整，含增值税、运输、保险和安装费用。
H:第二条 交货与安装
P:2.1 乙方应在合同生效后六十日内将全部设备运抵甲方宿迁厂区。
P:2.2 改造按生产线分批实施，每条线停产切换时间不超过五日，具体时间由甲方生产部门确定。
H:第三条 付款
P:3.1 合同生效后十五日内，甲方支付合同总价的20%作为预付款。
P:3.2 设备到货并安装完成后，甲方支付合同总价的55%。到货签收及安装完成不视为验收。
P:3.3 三条线全部通过最终验收后，甲方支付合同总价的25%。
H:第四条 验收
P:4.1 验收标准：三条线连续满负荷运行七十二小时无停机；调质温度控制偏差不超过±2℃；制粒产量较改造前提高不少于8%；配方切换由人工改为系统下发；全部联锁保护经逐项试验动作正常。
P:4.2 甲方在乙方提交验收申请后十日内组织验收，验收合格的签署最终验收单。试生产或甲方使用设备不视为验收合格。
H:第五条 质量保证
P:5.1 设备及软件的质保期为最终验收合格之日起六个月。质保期内因设备或软件本身质量问题造成的故障，乙方免费修复或更换。
P:5.2 一级故障（任一生产线停机）乙方应在1小时内响应，8小时内到达现场；二级故障（单台设备异常但不停线）当日响应。响应每迟延一小时，乙方向甲方支付¥500。
H:第六条 维保服务
P:6.1 质保期满后，甲方可委托乙方提供年度维保服务，年度维保费按软硬件小计的22%计取，即每年¥277,200，三年内不作调整。
P:6.2 维保服务内容包括季度巡检、备件更换、程序备份和故障处理，具体以届时签订的维保协议为准。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC控制程序、画面组态和配方逻辑，其知识产权归甲方所有，乙方应在验收时交付源程序及注释。
P:7.2 SCADA软件及配方管理软件为第三方商业软件，其知识产权归原厂所有，甲方享有永久使用权。
H:第八条 数据与安全
P:8.1 生产数据、饲料配方、工艺参数归甲方所有，乙方不得复制、留存或用于其他客户。
P:8.2 乙方远程访问控制系统须经甲方每次书面批准，并通过甲方指定的安全通道；乙方应采取防病毒和访问控制措施，不得接入未经检测的移动介质。
P:8.3 因乙方原因造成配方泄露、数据丢失或控制系统被入侵的，乙方应立即通知甲方并承担全部损失。
H:第九条 保密
P:9.1 乙方对甲方的配方、工艺、产能和客户信息负有保密义务，保密期限至合同终止后五年。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装的，每逾期一日，按合同总价的万分之八支付违约金。
P:10.2 因改造原因造成甲方停产超过约定切换时间的，乙方按每日¥6,000赔偿甲方停产损失。
P:10.3 甲方逾期付款的，按每日万分之三支付逾期利息。
H:第十一条 分包
P:11.1 乙方不得将主要工作分包。电缆敷设等辅助工作如需分包，须事先取得甲方书面同意，乙方对分包人的行为承担责任。
H:第十二条 解除
P:12.1 乙方严重违约且在甲方书面通知后十日内未能纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:第十三条 法律适用与争议
P:13.1 本合同适用中华人民共和国法律。争议由双方协商，协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十四条 技术要求
P:14.1 PLC控制柜应符合国家电气安全标准，防护等级满足粉尘环境要求；柜内元器件应为合同附件所列品牌或同等档次产品，乙方不得擅自更换。
P:14.2 控制系统应实现调质温度、喂料速度和主电机电流的闭环控制，实现蒸汽阀门开度自动调节，并具备主电机过载、堵机、环模温度超限等联锁保护。
P:14.3 配方管理软件应与甲方现有配料系统对接，配方下发、批次记录和产量统计应可追溯，生产报表可按班次、日、月导出。
P:14.4 操作站画面采用中文，报警信息应分级显示并保存不少于六个月的历史记录。
H:第十五条 安装与安全
P:15.1 乙方应在进场前向甲方提交施工方案、停产切换方案和安全措施，经甲方生产部门和安全部门审核同意后方可施工。
P:15.2 乙方施工人员应遵守甲方的安全生产、防火防爆和卫生管理规定，特种作业人员须持证上岗。因乙方原因发生安全事故的，由乙方承担全部责任。
P:15.3 切换期间乙方应安排工程师在现场连续值守，直至该生产线恢复稳定生产，并与甲方班组长共同确认切换结果。
P:15.4 乙方应在安装完成后清理现场，拆除的旧设备按甲方指定地点堆放，未经甲方同意不得带离厂区。
H:第十六条 培训与资料
P:16.1 乙方应为甲方操作工、电工和设备管理人员提供不少于五天的现场培训，使其能够独立完成日常操作、参数调整和一般故障处理。
P:16.2 培训结束后乙方应组织考核，考核合格的人员方可独立操作中控系统。
P:16.3 乙方应在最终验收前交付电气原理图、接线图、设备清单、程序说明、操作手册和维护手册各两套及电子版。
H:第十七条 备品备件与技术支持
P:17.1 乙方应随设备免费提供一批易损备件，包括继电器、熔断器、温度传感器探头和通讯模块，清单作为合同附件。
P:17.2 质保期内外，乙方均应保证合同设备的备件供应，停产型号应提前通知甲方并提供兼容替代方案。
P:17.3 乙方应提供电话及远程技术支持，远程支持须按第八条的规定执行。乙方工程师到现场处理故障后，应填写服务报告并经甲方设备主管签字确认，报告中写明故障原因、处理措施和预防建议。
P:17.4 质保期内乙方每季度对控制系统进行一次巡检，检查接线紧固、柜内清洁、程序备份和报警记录，巡检结果书面报甲方。
H:第十八条 不可抗力
P:18.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行或解除合同，互不承担违约责任。
H:第十九条 其他
P:19.1 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方：禾丰源饲料（宿迁）有限公司（盖章）      乙方：苏源自动化工程有限公司（盖章）
'''

Z03 = r'''连锁便利店智能补货SaaS服务及实施合同

合同编号：LX-IT-2026-0215
甲方（客户）：鲜邻便利连锁（成都）有限公司
乙方（服务商）：蓉数云链科技有限公司

甲方在成都、绵阳、德阳经营95家直营便利店，拟采用乙方智能补货SaaS服务，实现门店自动补货建议和配送中心订货协同。双方经协商一致，订立本合同。

一、服务内容与期限
（一）乙方向甲方95家门店提供智能补货SaaS服务，包括销量预测、自动补货建议、门店订货审批、配送中心汇总、缺货与临期预警、移动端应用。
（二）乙方负责实施，包括：
1. 与甲方POS系统、ERP系统及配送中心WMS的接口开发；
2. 商品主数据、门店陈列及历史销售数据的初始化；
3. 门店店长和采购人员培训。
（三）服务期为两个服务年度，自上线验收合格之日起计算。

二、费用
（一）订阅费：每店每服务年度¥3,600，95家门店每服务年度¥342,000，两个服务年度合计¥684,000。
（二）实施费：¥126,000（一次性）。
（三）合同总价：¥810,000。新增门店按每店每服务年度¥3,600按月折算。

三、付款
（一）实施费在上线验收合格后十五日内支付。
（二）订阅费按季度结算，每季度结束后十日内乙方提供服务报告和发票，甲方在收到后二十日内支付当季费用。
（三）本合同不设预付款。

四、上线验收
（一）验收条件：
1. 三个接口连续运行十日，数据差异率低于0.5%；
2. 试点门店补货建议采纳率不低于70%，建议订货量与实际销量的平均偏差不超过18%；
3. 全部95家门店完成上线并完成店长培训；
4. 缺货预警和临期预警经甲方抽查核对准确。
（二）甲方在乙方提交验收申请后七日内组织验收并签署上线验收单。系统开通或甲方门店试用不视为验收合格。

五、服务水平
（一）一级故障（补货建议无法生成或门店无法下单）乙方应在30分钟内响应，2小时内恢复；二级故障1小时内响应，当日恢复。
（二）乙方每月向甲方提交服务报告，列明故障及处理情况。
（三）一级故障响应或恢复超时的，每次扣减当季订阅费的2%；同一季度累计扣减不超过当季订阅费的20%。

六、上线延误
乙方未能在合同签订后七十五日内具备上线验收条件的，每逾期一日，乙方向甲方支付¥600违约金。

七、数据
（一）门店销售、库存、会员及订货数据归甲方所有。
（二）乙方有权在服务期内及服务期满后，将上述数据经脱敏、汇总后用于优化其预测算法模型、编制行业分析报告及向其他客户提供的行业基准服务。
（三）合同终止后三十日内，乙方应向甲方返还全部数据，并删除其服务器上的甲方原始数据。

八、数据安全
（一）乙方应在境内数据中心部署服务，落实等级保护第三级要求，对数据加密存储和传输，实行最小权限访问并保留访问日志。
（二）发生数据泄露或安全事件的，乙方应在6小时内通知甲方，采取补救措施，并对因其原因造成的甲方损失承担赔偿责任。

九、保密
双方对在履约中知悉的对方商业秘密，包括商品价格、供应商条件和经营数据，负有保密义务，未经对方书面同意不得向第三方披露。

十、知识产权
（一）SaaS平台及其算法的知识产权归乙方所有。
（二）为甲方开发的接口程序、报表配置及门店参数配置归甲方所有，甲方可自行修改或委托第三方维护，乙方应交付接口源代码。

十一、分包
乙方可将门店现场实施、培训及设备调试工作分包给第三方服务商，但应提前五个工作日书面通知甲方。乙方对分包方的工作承担责任。

十二、续约
服务期满前四十五日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据其当年价格目录调整订阅单价，并在续期前通知甲方。

十三、合同解除
（一）一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权解除合同。
（二）乙方连续两个季度发生一级故障恢复超时的，甲方有权解除合同，已付订阅费按实际服务期结算。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交成都仲裁委员会仲裁。

十五、甲方义务
（一）甲方应指定项目负责人和各区域门店协调人，在乙方提出需求确认、数据核对等事项后三个工作日内给予答复。
（二）甲方应按乙方提供的模板整理商品主数据和门店基础信息，并开放POS系统、ERP系统和WMS的接口测试环境。
（三）甲方门店应配备可上网的电脑或移动终端，门店网络由甲方负责。甲方更换POS系统或ERP系统的，应提前一个月通知乙方，接口调整工作量由双方另行商定。
1. 甲方原因造成上线延误的，第六条的期限相应顺延；
2. 甲方应督促门店按时处理补货建议，门店未处理造成的缺货不属于乙方责任。

十六、服务变更
（一）甲方新增或关闭门店的，应提前十五日通知乙方，订阅费自门店开通或关闭之月起按月调整。
（二）甲方需要增加新功能或新接口的，双方另行签订变更协议，明确工作量、费用和完成时间。
（三）乙方对平台进行版本升级的，应提前五个工作日通知甲方，升级不得减少本合同约定的功能，不得影响门店早间订货时段的使用。

十七、服务终止与过渡
（一）本合同期满不续期或提前解除的，乙方应在终止前三十日内配合甲方完成数据导出，导出格式为通用格式，并提供数据字典。
（二）甲方需要迁移至其他系统的，乙方应提供不少于三十日的过渡期服务，过渡期内按原单价按月结算。
（三）乙方完成数据返还和删除后，应向甲方出具书面确认。

十八、服务报告与沟通
（一）乙方应指定客户成功经理，负责甲方的日常沟通、需求受理和问题协调，每月与甲方召开一次服务回顾会议。
（二）乙方每月服务报告应包括：各门店补货建议采纳情况、缺货率和临期商品变化、故障及处理情况、系统使用活跃度和改进建议。
（三）甲方对服务质量有异议的，可书面提出，乙方应在五个工作日内答复并提出整改措施。
（四）乙方提供工作日热线和在线客服，门店人员可通过移动端提交问题并查询处理进度。
（五）乙方应在上线后第一个季度内，每两周到甲方配送中心和不少于十家门店进行现场回访，收集店长对补货建议的反馈，并据此调整门店参数和商品补货规则。
（六）促销、节假日和新品上市前，甲方应提前十日将活动计划提供给乙方，乙方应相应调整预测参数并在活动结束后提交效果分析。

十九、不可抗力与通知
（一）因不可抗力导致一方不能履行合同的，应及时通知对方并在合理期限内提供证明，双方协商延期履行或解除合同。网络运营商大面积故障按不可抗力处理，但乙方自身数据中心故障不属于不可抗力。
（二）双方往来通知以书面形式发送至合同首页地址或双方指定的电子邮箱，发送之日视为送达。

二十、其他
本合同自双方盖章之日起生效，一式两份，双方各执一份。附件：门店清单、接口说明、服务报告模板。

甲方（盖章）：鲜邻便利连锁（成都）有限公司
乙方（盖章）：蓉数云链科技有限公司
日期：2026年　月　日
'''

Z04 = r'''诉讼服务中心信息系统年度运维服务合同

合同编号：QZY-YW-2026-009
采购人（甲方）：青州市中级人民法院
服务商（乙方）：齐鲁法信科技服务有限公司

根据政府采购竞争性磋商结果，甲方委托乙方为诉讼服务中心信息系统提供年度运行维护服务。双方依法订立本合同。

第一条 服务范围
（一）运维对象：诉讼服务中心网上立案、电子送达、诉讼费缴纳、自助服务终端、12368诉讼服务热线系统、排队叫号及大厅显示系统，以及相关服务器、存储、网络设备。
（二）服务内容：驻场运维、应用系统维护、定期巡检、备件更换、安全加固、应急演练和技术支持。
（三）服务期限：2026年7月1日至2027年6月30日。期满本合同自动终止，甲方如需继续服务应另行采购。

第二条 服务费用
（一）服务费总额为人民币伍拾捌万陆仟元整（¥586,000），其中驻场运维费¥312,000（两名驻场工程师）、应用系统维护费¥168,000、巡检及备件费¥64,000、安全加固与应急演练费¥42,000。
（二）上述费用为固定总价，包含人员、交通、备件、工具及税费。

第三条 付款方式
（一）服务费按季度支付，每季度服务结束且季度考核合格后，甲方在十五个工作日内支付当季服务费¥146,500。
（二）季度考核有扣款的，从当季服务费中扣除。
（三）甲方不支付任何预付款。

第四条 服务水平
（一）驻场工程师工作日8:30至17:30在岗，非工作时间电话值守，重大庭审和集中立案期间按甲方要求加强值守。
（二）故障分级及时限：一级故障（网上立案、电子送达或缴费系统全部中断）15分钟内响应，2小时内恢复；二级故障（部分功能不可用或自助终端批量故障）30分钟内响应，当日恢复；三级故障两个工作日内处理。
（三）每季度开展一次全面巡检，每半年开展一次应急演练，巡检报告和演练报告须经甲方确认。

第五条 考核与扣款
（一）一级故障响应每超时30分钟扣款¥1,000，恢复每超时一小时扣款¥2,000。
（二）二级故障处理超时的，每次扣款¥500。
（三）驻场工程师无故缺岗的，每人每日扣款¥800。
（四）季度累计扣款达到当季服务费的10%或发生两次以上一级故障恢复超时的，甲方有权要求乙方更换项目负责人。

第六条 服务验收
（一）季度考核标准：故障处理符合第四条时限；巡检按计划完成并提交报告；运维工单闭环率达到98%以上；无因乙方原因导致的数据丢失或安全事件。
（二）年度验收：服务期满后十五日内，甲方根据四个季度的考核记录、运维文档和知识库移交情况组织验收，出具书面验收意见。

第七条 数据安全
（一）诉讼服务中心系统中的案件信息、当事人个人信息、电子卷宗及日志均属于甲方所有，乙方仅可为履行运维义务在甲方授权范围内访问，不得复制、留存或用于其他目的。
（二）乙方人员须经甲方政审，通过甲方堡垒机操作，禁止使用个人存储介质，所有操作留痕可查。
（三）发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并协助处置；因乙方原因造成的，乙方承担全部赔偿责任和法律责任。

第八条 保密
乙方及其人员对履约中接触的审判工作秘密、案件信息和当事人信息负有保密义务，应签署保密承诺书。保密义务不因合同终止而解除。

第九条 成果归属
乙方在运维过程中编写的脚本、配置文件、运维手册和知识库文档，其所有权和知识产权归甲方所有，服务期满时全部移交甲方。

第十条 违约责任
（一）乙方未按约定日期进场、未按计划完成巡检或应急演练的，每逾期一日，按服务费总额的千分之一支付违约金。
（二）乙方违约给甲方造成损失的，应赔偿甲方全部实际损失。
（三）甲方逾期付款的，按同期贷款市场报价利率支付利息。

第十一条 转包与分包
乙方不得转包或分包本合同项下的任何服务内容。

第十二条 合同解除
（一）乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，并按实际服务期结算费用。
（二）乙方发生因其原因导致的重大数据安全事件的，甲方有权立即解除合同。

第十三条 服务交接
合同终止或期满时，乙方应在十五日内完成账号、口令、文档、知识库和在途工单的移交，并配合新服务商过渡不少于十个工作日。

第十四条 法律适用与争议
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。

第十五条 人员管理
（一）乙方应为本项目配备项目负责人一名、驻场工程师两名，驻场工程师应具有三年以上同类系统运维经验，并持有相关技术资格证书。人员名单及资质证明作为合同附件。
（二）乙方更换驻场工程师的，应提前十日书面告知甲方并经甲方同意，新人员资质不得低于原人员，并安排不少于五个工作日的交接。
（三）驻场人员应遵守甲方的保密、保卫和考勤制度，着装整洁，文明服务，不得干预审判工作。甲方认为驻场人员不能胜任的，有权要求更换。

第十六条 运维记录与报告
（一）乙方应使用甲方指定的运维工单系统记录全部故障、变更和服务请求，做到一事一单、闭环管理。
（二）乙方应每月提交运维月报，内容包括系统运行情况、故障统计与分析、巡检发现的隐患及整改建议；每季度提交季度总结；服务期满提交年度运维报告。
（三）系统变更、补丁安装和配置调整应事先提交变更方案，经甲方批准后在非工作时间实施，并做好回退准备。

第十七条 备件与设备
（一）乙方应储备常用备件，包括自助终端打印模块、读卡器、服务器硬盘和网络模块，备件应为原厂或同等质量产品。
（二）更换下的存储介质归甲方所有，由甲方按规定销毁，乙方不得带离。
（三）乙方应建立备件台账，每季度与甲方核对一次，备件使用情况在运维月报中列明。

第十八条 应急保障
（一）乙方应制定诉讼服务中心系统应急预案，报甲方备案。预案应包括网上立案系统中断、电子送达异常、缴费通道故障、机房断电和网络攻击等场景的处置流程和联系人。
（二）遇重大活动、集中立案日或上级检查期间，乙方应按甲方通知增派技术人员现场值守，不另行收费。
（三）应急演练应有方案、有记录、有总结，演练发现的问题应在十五日内完成整改并报甲方确认。
（四）发生一级故障时，乙方应立即启动应急预案，同时向甲方信息技术部门和诉讼服务中心负责人报告，必要时启用人工立案、现场缴费等替代措施，确保当事人诉讼服务不中断。故障恢复后两个工作日内，乙方应提交故障分析报告，说明原因、影响范围和防范措施。

第十九条 不可抗力
因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，双方协商处理，互不承担违约责任，但乙方应尽力配合甲方恢复系统运行。

第二十条 其他
本合同一式四份，双方各执两份，自双方签章之日起生效。磋商文件、响应文件为本合同组成部分。

甲方（盖章）：青州市中级人民法院
乙方（盖章）：齐鲁法信科技服务有限公司
签订日期：2026年　月　日
'''

Z05 = r'''# 智云ERP软件许可及实施服务合同

**（乙方标准合同文本 ZY-HT-2025 版）**

合同编号：ZY-2026-XS-0388

甲方：川味坊腊味食品有限公司

乙方：智云企服软件（重庆）有限公司

鉴于甲方拟引进乙方智云ERP系统，用于腊肠、腊肉生产企业的财务、采购、生产、仓储和销售管理，双方经协商签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供智云ERP软件许可，并根据甲方需求进行定制开发和实施。

1.2 价格明细如下：

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 智云ERP软件许可 | 财务、供应链、生产、仓储、销售五个模块，50个并发用户 | 486,000 |
| 2 | 定制开发 | 原料肉批次追溯、灌装晾晒工艺管理、冷库温控数据接入、经销商订货门户 | 312,000 |
| 3 | 实施服务 | 蓝图设计、数据导入、系统配置、上线支持 | 98,000 |
| 4 | 培训 | 关键用户及最终用户培训 | 14,000 |
| | 合计 | | 910,000 |

1.3 合同总价为人民币玖拾壹万元整（¥910,000）。

## 第二条 付款方式

2.1 本合同签订后五个工作日内，甲方支付合同总价的50%。

2.2 系统上线运行后五个工作日内，甲方支付合同总价的50%。

2.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

## 第三条 实施与上线

3.1 乙方应在收到首期款后一百五十日内完成系统上线。因甲方数据准备、需求确认或人员配合原因造成延误的，工期相应顺延。

3.2 系统上线运行后，即视为甲方验收合格。甲方如对系统有意见，应在上线后三日内书面提出，逾期未提出的视为无异议。

## 第四条 技术支持

4.1 乙方提供工作日电话及远程技术支持。甲方报告问题后，乙方将在收到通知后尽快安排人员处理。

4.2 现场服务按乙方当年服务价格另行收费。

## 第五条 免费维护期与年度维护

5.1 系统上线后三个月为免费维护期，期间乙方免费修复软件缺陷。

5.2 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费按乙方当年发布的价格标准执行。甲方未购买年度维护的，乙方不再提供补丁、升级和技术支持。

## 第六条 知识产权

6.1 智云ERP软件及乙方为本合同进行的定制开发成果（包括批次追溯、工艺管理、冷库接入和经销商门户的源代码、数据库设计及文档）的知识产权均归乙方所有。

6.2 甲方在本合同约定的用户数范围内享有非独占、不可转让的使用权，不得修改、反向工程或许可第三方使用。乙方有权将定制开发成果用于其他客户。

## 第七条 数据

7.1 甲方录入系统的业务数据归甲方所有，乙方不得用于本合同以外的目的。

7.2 乙方在实施和维护过程中访问甲方系统的，应使用甲方分配的账号，采取必要的安全措施，不得泄露、篡改或删除甲方数据。因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应的赔偿责任。

## 第八条 保密

8.1 双方对在合作中获得的对方技术信息和经营信息负有保密义务，未经对方同意不得向第三方披露。本条在合同终止后两年内有效。

## 第九条 违约责任

9.1 因乙方原因未能按期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

9.2 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的20%。乙方不承担甲方的利润损失、停产损失等间接损失。

## 第十条 合同解除

10.1 一方严重违约，经另一方书面通知后三十日内仍未纠正的，另一方有权解除本合同。

10.2 合同解除后，甲方已支付的软件许可费不予退还。

## 第十一条 不可抗力

因不可抗力导致不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，双方可协商延期履行或解除合同。

## 第十二条 争议解决

12.1 本合同适用中华人民共和国法律。

12.2 因本合同产生的争议，双方应协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十三条 甲方义务

13.1 甲方应指定项目负责人及各业务部门关键用户，全程参与蓝图设计、数据准备、系统测试和上线切换。

13.2 甲方应按乙方提供的模板准备物料、客户、供应商、BOM、库存期初及财务科目等基础数据，并对数据的准确性负责。

13.3 甲方应自行配备运行系统所需的服务器、数据库、操作系统、网络及终端设备，并保证其符合乙方提出的配置要求。

13.4 甲方关键用户发生变动的，应提前通知乙方并完成内部交接，由此增加的培训工作按乙方标准另行收费。

## 第十四条 培训

14.1 乙方为甲方关键用户提供系统操作培训，培训地点在甲方厂区，培训内容包括基础设置、采购、生产、仓储、销售和财务流程。

14.2 最终用户培训由甲方关键用户负责，乙方提供培训课件及操作手册电子版。

14.3 超出本合同约定培训次数的培训，按乙方标准收费。

14.4 乙方培训结束后，甲方关键用户应参加乙方组织的操作考核，考核结果作为上线准备的依据。甲方关键用户未通过考核的，乙方可安排补充培训，补充培训的差旅及人工费用由甲方承担。

14.5 培训期间甲方应提供培训场地、投影设备及测试用电脑。

## 第十五条 需求变更

15.1 蓝图设计经甲方签字确认后，甲方提出新增或修改需求的，乙方评估工作量后报价，双方签订变更单后实施，工期相应顺延。

15.2 甲方增加并发用户数或新增模块的，按乙方当时的价格目录另行计费。

15.3 因甲方业务流程调整导致已完成的配置或开发需要返工的，返工费用由甲方承担。

## 第十六条 系统运行环境

16.1 甲方应做好服务器、数据库的日常备份和病毒防护。因甲方运行环境、网络故障或操作不当造成的系统问题，不属于乙方的维护范围。

16.2 甲方擅自修改系统程序、数据库结构或委托第三方修改的，乙方不再承担相应的维护责任。

## 第十七条 免责与通知

17.1 因不可抗力、政府行为、网络运营商故障等非乙方原因造成的延误或损失，乙方不承担责任。受影响的工期相应顺延，甲方仍应按本合同约定支付已到期款项。

17.2 双方的通知以书面形式发送至本合同所列地址或双方项目负责人的电子邮箱，发出后即视为送达。

## 第十八条 其他

18.1 本合同未尽事宜，以乙方官网公布的《智云软件服务条款》为准。

18.2 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：川味坊腊味食品有限公司

乙方（盖章）：智云企服软件（重庆）有限公司

日期：2026年　月　日
'''

E01 = r'''T:Software Licence and Implementation Agreement
P:Agreement No. PTS-CN-2026-014
P:This Software Licence and Implementation Agreement (the "Agreement") is made between Wuhan Jiangcheng Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wuhan, Hubei Province (the "Customer"), and Petra Tech Solutions LLC, a company registered in the Hashemite Kingdom of Jordan with its principal office in Amman (the "Vendor").
P:The Customer operates four temperature-controlled warehouses in Wuhan and Xiaogan and wishes to replace its current warehouse management tools. The Vendor develops and licenses the PetraWMS warehouse management system. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the PetraWMS standard modules listed in Article 2, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, workflow configurations and any other work product the Vendor creates specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into, processed by or generated in the Software in the course of the Customer's operations, including inventory, order, temperature and customer records.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that all acceptance criteria have been met.
H:Article 2 Scope and Price
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software at its sites in the People's Republic of China for 120 named users and 60 handheld terminals.
P:2.2 The Vendor shall implement the Software, including design workshops, configuration, interfaces to the Customer's ERP and transport management system, migration of master data and open stock, user training and go-live support.
P:2.3 The Contract Price is CNY 1,796,000, made up as follows: Licence Fee for the inbound, outbound, inventory, cold-chain monitoring and billing modules, CNY 1,340,000; Implementation Services, CNY 420,000; Training, CNY 36,000. The Contract Price is fixed and includes all taxes, travel and expenses of the Vendor's staff.
H:Article 3 Project Plan
P:3.1 The Vendor shall achieve Go-Live within 150 days after the Effective Date and shall be ready for Final Acceptance within 60 days after Go-Live.
P:3.2 The Vendor shall appoint a project manager who speaks Chinese or shall provide an interpreter at its own cost. Status reports shall be delivered every two weeks.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price within 30 days after signature against the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price within 30 days after Go-Live. Go-Live is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:4.4 Payments are made in CNY by bank transfer to the account named in the Vendor's invoice.
H:Article 5 Acceptance
P:5.1 The parties shall agree a written acceptance test plan before configuration starts.
P:5.2 The acceptance criteria are: (a) every function in the agreed specification passes its test case; (b) inventory in the Software matches a full physical count at two sites with no unexplained variance; (c) interfaces to the ERP and transport systems run for 20 consecutive working days without data loss; (d) a pick confirmation is processed within two seconds with 60 handheld terminals in use; and (e) no Severity 1 defect is open.
P:5.3 When the criteria are met, the Customer shall sign a Final Acceptance certificate within 10 working days or state in writing which criteria are not met. Go-Live, productive use or payment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the specification for 24 months after Final Acceptance. During this warranty period the Vendor shall correct defects and provide updates, new releases and support free of charge.
P:6.2 Severity 1 incidents (the Software is unavailable at any warehouse, or shipping cannot be confirmed) shall receive a response within one hour and a workaround or fix within eight hours. Severity 2 incidents shall receive a response within two hours and a fix within three working days.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or fix time, the Vendor shall pay CNY 1,000 as a service credit, deductible from any amount payable.
P:6.4 After the warranty period the Customer may order annual support. The annual support fee shall not exceed 9% of the Licence Fee (CNY 120,600) and shall not be increased during the first three years after the warranty period. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All rights in the Custom Deliverables, including copyright in their source code, vest in the Customer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, retain or disclose it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only through the remote access channel designated by the Customer, with individual accounts, multi-factor authentication and logging. No Customer Data may be transferred outside the Customer's systems without the Customer's written approval.
P:8.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, cooperate in the investigation and remediation, and be liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to staff and advisers who need to know it and are bound by similar duties. This obligation survives for five years after termination.
H:Article 10 Delay Damages
P:10.1 If the Vendor fails to achieve Go-Live or readiness for Final Acceptance by the dates in Article 3.1 for reasons attributable to it, the Vendor shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Delay damages do not limit the Customer's right to terminate under Article 12.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 200% of the Contract Price. This limit does not apply to breach of Articles 8 or 9, infringement of third-party rights, fraud or wilful misconduct.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice of it.
P:12.2 If the Customer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund all amounts paid, and the Customer shall return or destroy the Software.
H:Article 13 Subcontracting and Assignment
P:13.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for any approved subcontractor.
P:13.2 Neither party may assign this Agreement without the other party's written consent.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Hashemite Kingdom of Jordan.
P:14.2 Any dispute arising from this Agreement shall be finally settled by arbitration in Amman under the rules of the Amman Chamber of Commerce. The language of the arbitration shall be English.
H:Article 15 Customer Responsibilities
P:15.1 The Customer shall provide workspace at its Wuhan office, timely access to its sites and systems, named key users for each module, and decisions on open design questions within five working days after the Vendor asks for them.
P:15.2 The Customer shall prepare its master data in the templates supplied by the Vendor. If a delay is caused by the Customer's failure to perform these responsibilities, the dates in Article 3.1 are extended by the period of that delay, and the Vendor shall notify the Customer in writing as soon as it becomes aware of such a delay.
H:Article 16 Force Majeure
P:16.1 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effects. If such an event prevents performance for more than 60 days, either party may terminate this Agreement by written notice.
H:Article 17 Notices
P:17.1 Notices shall be in writing, in English or Chinese, and delivered by courier or e-mail to the addresses stated on the signature page. A notice by e-mail takes effect when the recipient confirms receipt.
H:Article 18 General
P:18.1 This Agreement is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:18.2 This Agreement is made in English in two originals, one for each party, and takes effect on the date of the last signature (the "Effective Date").
P:For the Customer: ____________________    For the Vendor: ____________________
'''

E02 = r'''# Cedarline Field Service Cloud — Order Form

**Order Form No. CFS-OF-2026-0093**

This Order Form is entered into between **Cedarline Software S.A.L.**, a company registered in Lebanon with its offices in Beirut ("Cedarline"), and **Foshan Meikang Home Appliances Service Co., Ltd.**, a company incorporated in the People's Republic of China ("Customer"). It consists of Part A (Order Details) and Part B (General Terms). If Part A and Part B conflict, Part A prevails.

## Part A — Order Details

### A1. Subscribed Service

Cedarline Field Service Cloud, a hosted application for scheduling, dispatching and tracking after-sales repair work, with the following components:

- Dispatch Console for 60 dispatcher users at Customer's service centres;
- Technician Mobile App for 1,400 field technicians;
- Customer Booking Portal for end consumers, with WeChat mini-program integration;
- Spare Parts Tracking and Warranty Claims modules.

The Service is hosted for Customer in a data centre in Guangzhou operated by Cedarline's hosting partner named in Part B section 6.

### A2. Subscription Term

The Subscription Term is twenty-four (24) months from the Subscription Start Date, divided into two Subscription Years. The Subscription Start Date is the date Cedarline makes the production tenant available to Customer. The Subscription Term ends automatically at its end unless the parties sign a new Order Form.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 60 dispatchers, 1,400 technicians, portal | 410,000 |
| Subscription Fee, Subscription Year 2 | same quantities, same unit prices | 410,000 |
| Onboarding Services | configuration, data migration, integrations, training | 58,000 |
| **Total Order Value** | | **878,000** |

Additional technician licences may be added during the Subscription Term at CNY 290 per technician per Subscription Year, pro rata. Fees include VAT. Unit prices are fixed for the Subscription Term.

### A4. Invoicing and Payment

1. The Onboarding Services fee is invoiced after Go-Live Acceptance under A5.
2. Subscription Fees are invoiced quarterly in advance, the first invoice being issued on the Subscription Start Date.
3. Invoices are payable within 30 days of receipt, in CNY, to Cedarline's account in the People's Republic of China.

### A5. Onboarding and Go-Live Acceptance

1. Cedarline shall configure the Service, migrate open work orders and the spare-parts catalogue, integrate the Service with Customer's SAP system and call-centre platform, and train 45 key users.
2. Cedarline targets Go-Live within 90 days after signature of this Order Form.
3. Go-Live Acceptance requires that: (a) all test scripts in the agreed acceptance plan pass; (b) 500 sample work orders flow from the call-centre platform to the mobile app and back to SAP without error; (c) the Booking Portal handles 300 concurrent bookings with page loads under three seconds; and (d) no Priority 1 issue is open. Customer shall sign a Go-Live Acceptance certificate within ten working days after the criteria are met. Use of the Service in production before signature is not acceptance.

### A6. Contacts

Cedarline: Account Director, Beirut office, with a Mandarin-speaking customer success manager based in Guangzhou. Customer: IT Manager, After-Sales Service Department, Foshan.

## Part B — General Terms

### 1. Use of the Service

1.1 Cedarline grants Customer a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for Customer's internal business and for its authorised service partners.

1.2 Customer shall not resell the Service, attempt to reverse-engineer it, or use it to build a competing product.

1.3 Customer is responsible for its users' account credentials and for the accuracy of the data it enters.

### 2. Service Levels

2.1 Cedarline provides support in Chinese and English. Priority 1 issues (the Service is unavailable to all dispatchers or technicians) receive a response within one hour, round the clock. Priority 2 issues (a major function is impaired) receive a response within three hours during business hours. Priority 3 issues receive a response within two business days.

2.2 Cedarline shall use commercially reasonable efforts to restore the Service promptly and shall publish a monthly service report.

2.3 The response times in section 2.1 are service targets. A failure to meet them does not entitle Customer to any service credit, fee reduction, refund or damages, and Customer's only remedy is to escalate the issue to Cedarline's management.

### 3. Onboarding Timetable

3.1 If Go-Live is delayed, the parties shall agree a revised plan in good faith. Cedarline shall add resources at its own cost where the delay is caused by Cedarline.

### 4. Customer Data

4.1 All data that Customer or its users enter into the Service, including consumer names, addresses, telephone numbers, product serial numbers and repair records ("Customer Data"), belongs to Customer.

4.2 Cedarline processes Customer Data only to provide the Service to Customer and for no other purpose. Cedarline shall not analyse, aggregate, sell or otherwise use Customer Data for itself or third parties.

4.3 On expiry or termination, Cedarline shall make Customer Data available for export for 60 days and then delete it, confirming the deletion in writing.

### 5. Data Security

5.1 Cedarline shall maintain technical and organisational security measures appropriate to the Customer Data, including encryption in transit and at rest, role-based access, multi-factor authentication for administrators, logging and yearly penetration tests. The hosting environment holds an MLPS level 3 filing.

5.2 Customer Data is stored in mainland China and is not transferred abroad. Cedarline staff outside mainland China have no access to personal information in Customer Data.

5.3 Cedarline shall notify Customer within eight hours after becoming aware of a security incident affecting Customer Data, take immediate containment measures, and bear the costs of investigation, notification and remediation and Customer's losses to the extent the incident results from Cedarline's breach of this section.

### 6. Hosting Partner and Subcontracting

6.1 The Service is hosted by Nansha Cloud Data Co., Ltd., approved by Customer by signing this Order Form.

6.2 Cedarline shall not subcontract any other part of the Service or replace the hosting partner without Customer's prior written consent.

### 7. Confidentiality

7.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Order Form, and not disclose it to third parties other than advisers bound by equivalent duties. These duties last for three years after the Subscription Term.

### 8. Intellectual Property

8.1 The Service and all its components remain Cedarline's property.

8.2 The configurations, workflows, report templates and integration mappings created for Customer during Onboarding belong to Customer, and Customer may use, modify and license them freely, including to a successor provider.

### 9. Liability

9.1 Neither party is liable for indirect or consequential loss, lost profits or lost revenue.

9.2 Cedarline's total liability arising out of or in connection with this Order Form shall not exceed the fees paid by Customer in the six (6) months preceding the event giving rise to the claim.

### 10. Termination

10.1 Either party may terminate this Order Form by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice.

10.2 If Customer terminates under 10.1, Cedarline shall refund the Subscription Fees already paid for the period after termination.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time.

### 12. Changes to the Service

12.1 Cedarline may improve the Service from time to time, provided that no change materially reduces the functions described in A1 or the security measures in section 5. Cedarline shall announce major releases at least 30 days in advance in the customer portal and shall provide release notes in Chinese.

12.2 Scheduled maintenance takes place outside Customer's service hours, between 01:00 and 05:00 China Standard Time, and is announced at least five days in advance.

### 13. Suspension

13.1 Cedarline may suspend access of an individual user account that is used in breach of section 1.2 or that poses an immediate security risk, and shall inform Customer without delay. Cedarline shall not suspend the Service as a whole for a payment dispute while Customer disputes an invoice in good faith.

### 14. Force Majeure

14.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, including natural disasters, epidemics, war, power failures of the public grid or government action, provided it notifies the other party promptly and uses reasonable efforts to resume performance. If such an event lasts more than 45 days, either party may terminate this Order Form by written notice, and Cedarline shall refund the Subscription Fees already paid for the period after termination.

### 15. General

15.1 This Order Form is the entire agreement on its subject matter and may be amended only in writing signed by both parties. It is executed in English and Chinese; both versions are equally authentic.

**Cedarline Software S.A.L.** Signature: ______________ Date: ________

**Foshan Meikang Home Appliances Service Co., Ltd.** Signature: ______________ Date: ________
'''

E03 = r'''T:Supply Contract for Cold-Chain Monitoring Sensors and Software Licence
P:Contract No. GZYT-PUR-2026-0571
P:Buyer: Guangzhou Yuantai Pharmaceutical Distribution Co., Ltd., Huangpu District, Guangzhou, People's Republic of China (the "Buyer").
P:Supplier: Aphrodite Sensing Ltd., registered in the Republic of Cyprus, with its office in Limassol (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms. The Supplier shall supply, install and calibrate wireless temperature and humidity sensors, gateways and a monitoring software licence for the Buyer's pharmaceutical warehouses and refrigerated vehicles, so that the Buyer can meet the temperature-monitoring requirements of Good Supply Practice for drugs.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, probes and accessories listed in the price table in clause 2.
P:1.2 "Software" means the ColdSight monitoring software, including its alarm, reporting and audit-trail functions, licensed under clause 8.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under clause 5 that the system meets every acceptance criterion.
P:1.4 "Buyer Data" means all temperature and humidity readings, alarms, user records, audit trails and reports generated by the system.
H:2. Scope and Price
P:2.1 The Supplier shall deliver, install, configure, map, calibrate and commission the system at the Buyer's three warehouses in Guangzhou and Foshan and in 36 refrigerated vehicles, and shall train the Buyer's staff. The price is as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature/humidity sensor, calibrated, with certificate|560|980|548,800
TB:2|Vehicle sensor with dual probe|80|980|78,400
TB:3|Gateway with 4G backup link|32|6,400|204,800
TB:4|ColdSight monitoring software, perpetual site licence|1|286,000|286,000
TB:|Equipment and Licence Subtotal|||1,118,000
TB:5|Installation, temperature mapping and calibration|1|132,000|132,000
TB:6|Training and validation documents|1|18,000|18,000
TB:|Contract Price|||1,268,000
P:2.2 The Contract Price is fixed, in CNY, and includes VAT, import duties, freight, insurance and all costs of the Supplier's staff.
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver all Equipment to the Buyer's Huangpu warehouse within 45 days after signature and complete installation and mapping at all sites within 75 days after signature.
P:3.2 Installation in a warehouse shall not interrupt the Buyer's operations. Work in cold rooms shall follow the Buyer's GSP procedures and be supervised by the Buyer's quality staff.
P:3.3 Risk in the Equipment passes to the Buyer on signed delivery; title passes on payment under clause 4.2.
P:3.4 Each delivery shall be accompanied by a packing list, serial numbers of all sensors and gateways, calibration certificates and the manufacturer's declarations of conformity. The Buyer shall check the quantities on receipt.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within 20 days after signature, against an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price within 20 days after delivery and installation at all sites. Signed delivery and installation are not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
H:5. Acceptance
P:5.1 The acceptance criteria are: (a) every sensor is calibrated against a reference traceable to national standards with a deviation of no more than ±0.3 °C and ±2 %RH; (b) a 7-day temperature mapping of each warehouse is completed and approved by the Buyer's quality department; (c) readings from every sensor reach the Software within 60 seconds, with no gap in the record, over a 14-day run; (d) alarms reach the Buyer's duty officers by SMS and app within two minutes in all tested scenarios; (e) the audit trail and electronic records meet the Buyer's validation protocol; and (f) all installation, qualification and validation documents are delivered.
P:5.2 The Buyer shall issue the Final Acceptance certificate within ten working days after the criteria are met, or list in writing the criteria that are not met. Use of the system in operation, delivery or payment does not constitute acceptance.
H:6. Warranty and Service Levels
P:6.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance. During the warranty the Supplier shall repair or replace defective Equipment, recalibrate sensors once each year and provide Software updates free of charge.
P:6.2 Fault response is set out below:
TB:Severity|Description|Response|Restoration
TB:Severity 1|A warehouse or more than five vehicles without monitoring or alarms|30 minutes|8 hours
TB:Severity 2|Single gateway or up to five vehicles affected|2 hours|2 working days
TB:Severity 3|Single sensor fault or report error|1 working day|5 working days
P:6.3 For each hour by which the Supplier misses a Severity 1 response or restoration time, it shall pay CNY 800, which the Buyer may deduct from any amount due.
H:7. Post-Warranty Support
P:7.1 After the warranty, the Buyer may order annual support, including recalibration, spare sensors, Software updates and the service levels in clause 6.2. The annual support fee is 7% of the Equipment and Licence Subtotal (CNY 78,260) and is fixed for the first two years after the warranty.
P:7.2 Support is ordered by a separate purchase order for each year. There is no automatic renewal.
H:8. Software Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for its own operations at any of its sites in the People's Republic of China.
P:8.2 The validation documents, site-specific configurations, alarm rules, report templates and mapping reports prepared for the Buyer belong to the Buyer, which may use, modify and license them freely.
H:9. Data Protection and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not copy or keep it for any other purpose.
P:9.2 The Software and Buyer Data shall be installed on the Buyer's own servers in Guangzhou. Remote access by the Supplier requires the Buyer's approval for each session and takes place through the Buyer's VPN with multi-factor authentication.
P:9.3 The Supplier shall notify the Buyer within 6 hours after becoming aware of any unauthorised access to or loss of Buyer Data, help to contain and investigate it, and be liable for the resulting losses, including fines, where caused by the Supplier.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's business, sites, customers and products received under this Contract and disclose it to no third party without the Buyer's prior written consent. This duty survives termination for five years.
H:11. Delay Damages
P:11.1 If the Supplier fails to meet a date in clause 3.1, it shall pay the Buyer 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If delay damages reach this maximum, the Buyer may terminate under clause 13.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, or breach of clauses 9 and 10.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice. The Supplier shall then refund the amounts paid for Equipment and services not accepted.
H:14. Subcontracting
P:14.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.
H:16. Training
P:16.1 The Supplier shall train up to 40 of the Buyer's warehouse, transport and quality staff in Guangzhou, in Chinese, covering daily monitoring, alarm handling, report review, sensor replacement and the audit trail. Training materials become the Buyer's property.
P:16.2 Training takes place after installation at the Buyer's Huangpu warehouse and one Foshan warehouse. The Supplier shall provide attendance records and a short test for each participant, and shall repeat a session at no charge for any participant who fails the test.
P:16.3 The Supplier shall provide a qualification package (installation qualification, operational qualification and performance qualification protocols and reports) in a form that the Buyer's quality department can file for GSP inspections.
H:17. Compliance
P:17.1 The Equipment shall carry the certifications required for radio equipment in the People's Republic of China. The Supplier shall provide calibration certificates for every sensor, traceable to national measurement standards, and shall replace at its cost any sensor that fails recalibration during the warranty.
P:17.2 The Supplier shall comply with the Buyer's site rules on health, safety, hygiene and access to controlled areas, and its staff shall wear the protective clothing the Buyer provides in cold rooms.
H:18. Force Majeure
P:18.1 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, if it informs the other party promptly and limits the effects. The dates in clause 3.1 are extended by the duration of such an event.
H:19. General
P:19.1 This Contract is made in English and Chinese; in case of conflict, the Chinese version prevails. It takes effect on signature by both parties.
P:Buyer: ____________________    Supplier: ____________________
'''

E04 = r'''# Managed IT Services Agreement

**Agreement No. KMS-2026-CN-07**

**Between** Kypros Managed Services Ltd., a company registered in the Republic of Cyprus with its registered office in Nicosia ("Provider"),

**and** Hangzhou Qiantang Engineering Consulting Co., Ltd., a company incorporated in the People's Republic of China ("Customer").

**Background.** Customer operates a head office in Hangzhou and 13 regional offices in Zhejiang, Jiangsu and Anhui. Customer wishes to outsource its IT service desk, end-user device management and office network operation to Provider for a fixed term of 36 months. Provider delivers the services through its subsidiary team in Hangzhou and its service centre in Nicosia.

## Section 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer confirms in writing that the transition criteria in Section 4 are met.

1.3 "Monthly Charge" means the fixed monthly charge set out in Schedule 3.

1.4 "Customer Data" means all data of Customer or its employees that Provider accesses, stores or processes in providing the Services.

## Section 2. Term

2.1 This Agreement starts on signature. The service term is 36 months from the Service Commencement Date.

2.2 This Agreement expires at the end of the service term. Any extension requires a written amendment signed by both parties.

## Section 3. Charges and Payment

3.1 Customer shall pay the Transition Charge and the Monthly Charges set out in Schedule 3. The Total Contract Value is CNY 3,616,000.

3.2 The Transition Charge is invoiced after the Service Commencement Date. Monthly Charges are invoiced monthly in arrears.

3.3 Invoices are payable within 30 days of receipt. Charges are fixed for the service term and include VAT and all travel within the regions served.

## Section 4. Transition

4.1 Provider shall complete transition within 60 days after signature. Transition includes knowledge transfer from Customer's current staff, set-up of the ticketing tool, enrolment of all devices in the device management platform, documentation of the office networks and a two-week parallel run.

4.2 Transition is complete when: (a) all 1,150 end-user devices and 13 office networks are inventoried and monitored; (b) the service desk has handled live tickets for two weeks with all Schedule 2 targets met; (c) runbooks for all recurring tasks are approved by Customer; and (d) a successful restore test of the file-server backup has been witnessed by Customer. Customer shall confirm the Service Commencement Date in writing within five working days after these criteria are met.

4.3 If transition is not complete by the date in 4.1 for reasons attributable to Provider, Provider shall pay CNY 3,000 for each day of delay.

## Section 5. Service Levels

5.1 Provider shall meet the service levels in Schedule 2 and report on them monthly.

5.2 If Provider misses a service level in a month, the service credit in Schedule 2 applies and is deducted from the next invoice. Service credits in a month are limited to 20 per cent of that month's Monthly Charge.

## Section 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to provide the Services and shall return it to Customer at the end of this Agreement.

## Section 7. Confidentiality

7.1 Each party shall keep confidential the other party's business, technical and financial information received under this Agreement and shall not disclose it to third parties without the other party's written consent, except to its professional advisers. This Section survives for three years after expiry.

## Section 8. Intellectual Property

8.1 Provider's tools, methods and the ticketing platform remain Provider's property.

8.2 Runbooks, scripts, network documentation, knowledge articles and configurations created for Customer under this Agreement belong to Customer, which may use, modify and license them freely.

## Section 9. Staff and Subcontracting

9.1 Provider shall assign a named service manager in Hangzhou and keep on-site engineers at the head office during business hours.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent.

## Section 10. Liability

10.1 Provider's total liability under this Agreement is limited to CNY 5,000,000. Neither party is liable for indirect loss or loss of profit.

## Section 11. Term, Suspension and Exit

11.1 This Agreement may not be terminated before the end of the service term, except by Provider if Customer fails to pay undisputed charges within 45 days after a written reminder.

11.2 Customer's remedies for any failure of Provider to perform the Services are the service credits under Schedule 2, the delay payment under 4.3 and the damages available under applicable law, subject to Section 10. Customer may not terminate this Agreement on account of such failure.

11.3 Customer may, however, ask Provider to replace the service manager or any engineer whose performance is unsatisfactory, and Provider shall do so within 20 working days.

11.4 At expiry, Provider shall hand over all documentation, credentials and open tickets and support the transfer of the Services to Customer or a new provider for up to 30 days.

## Section 12. Customer Responsibilities

12.1 Customer shall give Provider's staff access to its offices, desks, network rooms and the administrator accounts needed for the Services, and shall name a contract manager who approves changes and signs the monthly service report.

12.2 Customer shall provide a dedicated desk area and storage for spare devices at the head office, and shall ensure that regional office managers grant Provider's engineers access on the agreed visit days.

12.3 Customer shall keep its software licences valid and shall inform Provider at least ten working days in advance of office moves, new offices or major staff changes that affect the Services.

## Section 13. Change Control

13.1 Either party may request a change to the Services in writing. Provider shall answer within ten working days with the effect on charges, service levels and timing. No change is binding until both parties sign a change note.

13.2 Routine additions of devices are handled at the per-device rate in Schedule 3 without a change note. Provider shall report the number of managed devices in each monthly service report, and the charge for additional devices is invoiced with the next Monthly Charge.

## Section 14. Governance and Force Majeure

14.1 The parties' service managers meet monthly to review the service report, open problems and planned changes. A quarterly review with senior managers of both parties considers trends, improvement actions and the forecast of devices.

14.2 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly and takes reasonable steps to resume performance.

## Section 15. Governing Law and Disputes

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes shall be referred to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

## Section 16. General

16.1 This Agreement, with its Schedules, is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

## Schedule 1 — Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Single point of contact by phone, e-mail and WeChat, in Chinese and English; ticket logging, first-line fixes, escalation | Monday to Saturday, 08:00–20:00 |
| On-site support | Two engineers at the Hangzhou head office; visits to regional offices within two working days | Business hours |
| End-user devices | Imaging, patching, antivirus, software distribution and asset records for 1,150 laptops and desktops | Continuous monitoring |
| Office networks | Monitoring and configuration of switches, Wi-Fi and firewalls at 14 sites; liaison with carriers | Continuous monitoring |
| Backup | Daily backup of file servers, monthly restore test | Daily |
| Reporting | Monthly service report and quarterly review meeting | Monthly |

## Schedule 2 — Service Levels and Credits

| Priority | Definition | Response | Resolution | Credit per missed incident |
|---|---|---|---|---|
| P1 | Head office or a regional office without network, or the service desk unreachable | 30 minutes | 6 hours | 2% of the Monthly Charge |
| P2 | A group of users or a key application affected | 1 hour | 1 business day | 1% of the Monthly Charge |
| P3 | A single user affected | 2 business hours | 3 business days | none |
| Service desk | Average speed of answer longer than 60 seconds in a month | — | — | 1% of the Monthly Charge |

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Service Commencement Date | 142,000 |
| Monthly Charge | CNY 96,500 × 36 months | 3,474,000 |
| Total Contract Value | | 3,616,000 |
| Additional device | per device per month above 1,150 devices | 62 |

**Provider:** Kypros Managed Services Ltd. — Signature: ____________

**Customer:** Hangzhou Qiantang Engineering Consulting Co., Ltd. — Signature: ____________
'''

E05 = r'''VESSEL DATA API SUBSCRIPTION AGREEMENT

Agreement No.: RSM-API-2026-112

PARTIES

Red Sea Maritime Data Co., a company registered in the Hashemite Kingdom of Jordan, with its office in the Aqaba Special Economic Zone, Aqaba ("Provider").

Ningbo Haiyun International Freight Forwarding Co., Ltd., a company incorporated in the People's Republic of China, with its office in Ningbo, Zhejiang ("Customer").

BACKGROUND

Provider collects and processes vessel position, port call and schedule data from terrestrial and satellite AIS receivers and other sources, and makes it available through application programming interfaces. Customer wishes to use this data in its shipment tracking platform and customer portal. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's REST and streaming interfaces described in the API documentation, version 4.

1.2 "Provider Data" means vessel positions, estimated times of arrival, port calls, berth events and related data supplied through the API.

1.3 "Customer Data" means all data that Customer sends to the API or stores in Provider's systems, including its shipment references, watch lists of vessels and containers, user accounts and query logs.

1.4 "Subscription Year" means each of the two consecutive yearly periods, the first starting on the Access Date and the second on its first anniversary. The subscription covers two Subscription Years.

1.5 "Access Date" means the date on which Provider issues production API keys to Customer.

2. SUBSCRIPTION AND SCOPE

2.1 Provider grants Customer, for the two Subscription Years, a non-exclusive, non-transferable right to call the API and to use Provider Data in Customer's shipment tracking platform and to display it to Customer's own clients in its customer portal.

2.2 The subscription includes global vessel positions with a refresh interval of no more than three minutes in port areas, predicted arrival times for container vessels, port call histories, and up to 3,000,000 API calls per month.

2.3 Customer shall not resell Provider Data as a data feed or make bulk extracts available to third parties.

3. FEES

3.1 The Subscription Fee is CNY 380,000 for each Subscription Year, CNY 760,000 for the two Subscription Years.

3.2 The Integration and Set-up Fee is CNY 46,000, for the integration adapters, the watch-list import and the configuration described in section 5.

3.3 The total fee under this Agreement is CNY 806,000. API calls above the monthly allowance are charged at CNY 0.02 per call, invoiced monthly in arrears; these charges are variable and not included in the total.

3.4 Fees include VAT and are fixed for both Subscription Years.

4. PAYMENT

4.1 On signature, Provider invoices the Integration and Set-up Fee and the Subscription Fee for the first Subscription Year, CNY 426,000 in total. Customer shall pay this invoice within 15 days, and Provider starts the integration work and issues API keys only after receiving payment.

4.2 The Subscription Fee for the second Subscription Year is invoiced at the start of that Subscription Year and payable within 30 days.

4.3 Payments are made in CNY to Provider's account in the People's Republic of China.

5. INTEGRATION AND ACCEPTANCE

5.1 Provider shall build and deliver adapters that load Provider Data into Customer's tracking platform, import Customer's watch list of vessels and containers, and configure alerts for arrival-time changes.

5.2 Provider shall deliver the integration ready for acceptance within 40 days after receiving the payment under 4.1.

5.3 Acceptance tests are passed when: (a) positions for every vessel on a test list of 200 vessels are returned and match a reference source within the stated accuracy; (b) arrival-time alerts reach the platform within five minutes in all test cases; (c) the adapters run for ten consecutive days without failed loads; and (d) a load test of 50 calls per second returns results with a median time below 800 milliseconds. Customer shall sign an acceptance certificate within seven working days after the tests are passed. Production use before signature is not acceptance.

5.4 If Provider misses the date in 5.2 for reasons attributable to it, Provider shall pay CNY 700 for each day of delay, and the first Subscription Year is extended by the period of delay at no charge.

6. SERVICE LEVELS

6.1 Provider shall operate the API round the clock and monitor it continuously. Severity 1 incidents (the API does not return data, or positions are more than 30 minutes old across a region) receive a response within one hour and a status update every hour until restored. Severity 2 incidents receive a response within three hours. Severity 3 incidents receive a response within two business days.

6.2 For each Severity 1 incident not restored within six hours, Provider shall credit 1% of the monthly share of the Subscription Fee for each further started hour, up to 20% of the monthly share per month. Credits are deducted from the next invoice or refunded at the end of the term.

6.3 Planned maintenance is announced at least five days in advance and carried out between 18:00 and 22:00 China Standard Time on weekends.

7. CUSTOMER DATA

7.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the API and the integration to Customer and shall not use it for any other purpose, including for its own analytics or products.

7.2 On expiry or termination Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

8. DATA SECURITY

8.1 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access restricted to named staff, logging of administrative access, and yearly independent security testing.

8.2 Customer Data is stored on servers in mainland China operated by Provider's hosting partner approved under section 10. It is not transferred out of mainland China.

8.3 Provider shall notify Customer within six hours after becoming aware of any unauthorised access to, loss of or alteration of Customer Data, take immediate containment measures, and be responsible for the losses and costs Customer suffers as a result, where the incident is caused by Provider or its subcontractors.

9. INTELLECTUAL PROPERTY

9.1 Provider Data and the API remain the property of Provider and its sources.

9.2 The integration adapters, alert rules and dashboards developed for Customer under section 5 belong to Customer, which may use, modify and license them freely. Provider shall deliver their source code on acceptance.

10. SUBCONTRACTING

10.1 Provider's hosting partner, Zhoushan Shuyun Data Services Co., Ltd., is approved by Customer on signature. Provider shall not subcontract any other part of its obligations without Customer's prior written consent.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 200% of the total fee stated in 3.3. The limit does not apply to breach of section 8, infringement of intellectual property rights or wilful misconduct.

11.2 Provider Data is derived from third-party signals and is supplied as received, and Provider does not warrant that every vessel position is complete. This does not affect Provider's obligations under section 6.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; a further subscription requires a new written agreement.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If Customer terminates for Provider's breach, Provider shall refund the fees paid for the period after termination.

13. CUSTOMER OBLIGATIONS

13.1 Customer shall keep its API keys secure, use them only in its own systems, and inform Provider without delay if it suspects that a key has been misused. Provider may block a misused key after informing Customer and shall issue a replacement key the same day.

13.2 Customer shall display Provider's attribution notice where Provider Data is shown in the customer portal, in the form set out in the API documentation.

13.3 Customer shall name a technical contact for the integration work and provide test access to its tracking platform within five working days after signature.

14. FORCE MAJEURE

14.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, including natural disasters, epidemics, war, failure of satellite systems operated by third parties, or government action, provided that it notifies the other party promptly and takes reasonable steps to resume performance. If such an event prevents use of the API for more than 30 consecutive days, Customer may terminate this Agreement by written notice and Provider shall refund the fees paid for the period after termination.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

16. GENERAL

16.1 Notices shall be given in writing to the addresses above. This Agreement is the entire agreement on its subject matter and may be amended only in writing signed by both parties. It is made in English in two originals.

For Provider: ____________________          For Customer: ____________________
'''

# ---------------------------------------------------------------- design: files, labels, expected rules
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC")


def d(key, name, fmt, lang, category, kind, value, terms, design, sla_clause=True, ld_stated=True, capped=None,
      deemed=False, licence=None, forum_outside=False):
    t = dict(BASE)
    t.update(terms)
    t["contract_kind"] = kind
    return dict(key=key, name=name, fmt=fmt, lang=lang, category=category, terms=t, design=sorted(design),
                sla_clause=sla_clause, ld_stated=ld_stated, capped=capped, deemed=deemed, value=value,
                licence=licence, forum_outside=forum_outside)


GL, SV = "goods_or_licence", "service"
DRAFTS = [
    d("h601z01", "h601z01_market_regulator_elevator_safety_platform", "pdf", "zh", "software", GL, 2120000,
      dict(availability_pct=99.5, p1_response_hours=0.5, ip_owner="joint", ld_rate_per_day_pct=0.1, prepayment_pct=20,
           final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8),
      ["CR-IP-OWNERSHIP", "CR-SLA-AVAILABILITY"], capped=True, licence=1180000),
    d("h601z02", "h601z02_feed_mill_pelleting_line_control_retrofit", "docx", "zh", "hardware", GL, 1380000,
      dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, prepayment_pct=20, final_payment_on_acceptance=True,
           warranty_months=6, post_warranty_fee_pct=22),
      ["CR-WARRANTY", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], capped=True, licence=1260000),
    d("h601z03", "h601z03_convenience_chain_replenishment_saas", "txt", "zh", "cloud", SV, 810000,
      dict(p1_response_hours=0.5, buyer_owns_data=False, ld_rate_per_day_pct=600 / 810000 * 100,
           auto_renewal_price_increase=True, subcontract_without_consent=True),
      ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SUBCONTRACT"]),
    d("h601z04", "h601z04_court_litigation_service_centre_om", "txt", "zh", "services", SV, 586000,
      dict(p1_response_hours=0.25, ld_rate_per_day_pct=0.1), []),
    d("h601z05", "h601z05_sausage_factory_erp_supplier_template", "md", "zh", "software", GL, 910000,
      dict(sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=50,
           acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=3,
           subcontract_without_consent=None),
      ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
       "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"], sla_clause=False, capped=False, deemed=True,
      licence=486000),
    d("h601e01", "h601e01_wms_perpetual_licence_amman_vendor", "pdf", "en", "software", GL, 1796000,
      dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=20,
           final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9, governing_law="Jordan"),
      ["CR-GOVERNING-LAW"], capped=True, licence=1340000, forum_outside=True),
    d("h601e02", "h601e02_field_service_saas_order_form_beirut_vendor", "md", "en", "cloud", SV, 878000,
      dict(p1_response_hours=1, sla_remedy=False, liability_cap_pct=6 / 24 * 100),
      ["CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"], ld_stated=False),
    d("h601e03", "h601e03_cold_chain_sensors_monitoring_licence", "docx", "en", "hardware", GL, 1268000,
      dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=10,
           final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7),
      [], capped=True, licence=1118000),
    d("h601e04", "h601e04_managed_service_desk_36_months_nicosia", "md", "en", "services", SV, 3616000,
      dict(p1_response_hours=0.5, data_security_clause=False, ld_rate_per_day_pct=3000 / 3616000 * 100,
           liability_cap_pct=5000000 / 3616000 * 100, termination_for_breach=False),
      ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    d("h601e05", "h601e05_vessel_tracking_api_subscription_aqaba", "txt", "en", "cloud", SV, 806000,
      dict(p1_response_hours=1, confidentiality=False, ld_rate_per_day_pct=700 / 806000 * 100, liability_cap_pct=200,
           prepayment_pct=426000 / 806000 * 100),
      ["CR-CONFIDENTIALITY", "CR-PREPAYMENT"]),
]
SOURCES = {"h601z01": Z01, "h601z02": Z02, "h601z03": Z03, "h601z04": Z04, "h601z05": Z05,
           "h601e01": E01, "h601e02": E02, "h601e03": E03, "h601e04": E04, "h601e05": E05}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (§3 defaults)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_TH, HORIZON = 40, 5


def tco_share(x):
    t = x["terms"]
    if t["contract_kind"] != GL or t["post_warranty_fee_pct"] is None or not x["capped"]:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * (x["licence"] or x["value"])
    return fees / (x["value"] + fees) * 100


def rules_of(x):
    """My reading of policy §3, from the label values."""
    t, r = x["terms"], set()
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
    if not t["acceptance_clause"] or x["deemed"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == GL:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["capped"] or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(x)
        if s is not None and s > TCO_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or x["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    return "medium" if any(r not in LOW for r in rules) else "low"


def label(x):
    lab = {"file": x["name"] + "." + x["fmt"], "language": x["lang"], "category": x["category"],
           "expected_terms": {k: x["terms"][k] for k in TERM_KEYS}}
    extra = {"sla_clause": x["sla_clause"], "ld_stated": x["ld_stated"]}
    if x["terms"]["contract_kind"] == GL:
        extra["post_warranty_fee_capped"] = x["capped"]
    extra["acceptance_deemed_on_delivery"] = x["deemed"]
    extra["contract_value"] = x["value"]
    lab["expected_extra"] = extra
    lab["expected_rules"] = rules_of(x)
    return lab


# ---------------------------------------------------------------- threshold scan (self-tested)
TH_PATTERNS = [
    r"(?<![\d.])30\s*%", r"百分之三十", r"\bthirty\s*(per\s*cent|percent)", r"(?<![\d.])30\s*per\s*cent",
    r"99\.9", r"百分之九十九点九",
    r"(?<![\d.])4\s*个?\s*(小时|hours?\b|hrs?\b|h\b)", r"四个?小时", r"\bfour[\s-]*hours?",
    r"(?<![\d.])0?\.05\s*%", r"万分之五", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![\d.])100\s*%", r"百分之百", r"(one\s*)?hundred\s*(per\s*cent|percent)", r"(?<![\d.])100\s*per\s*cent",
    r"(?<![\d.])12\s*个?\s*(月|months?\b)", r"十二个月", r"\btwelve[\s-]*(calendar\s*)?months?", r"(?<![\d.])12-month",
    r"(?<![第每首])一年", r"\bone[\s-]*year\b", r"(?<![\d.])1\s*(年|years?\b)",
    r"(?<![\d.])15\s*%", r"百分之十五", r"\bfifteen\s*(per\s*cent|percent)", r"(?<![\d.])15\s*per\s*cent",
    r"(?<![\d.])40\s*%", r"百分之四十", r"\bforty\s*(per\s*cent|percent)", r"(?<![\d.])40\s*per\s*cent",
]
TH_RE = re.compile("|".join("(?:%s)" % p for p in TH_PATTERNS), re.I)
MUST_HIT = ["预付30%", "30 %", "百分之三十", "thirty per cent", "99.9%", "99.95", "4小时", "4 hours", "four hours",
            "0.05%", "万分之五", "100%", "百分之百", "one hundred percent", "12个月", "12 months", "twelve months",
            "质保一年", "one year", "15%", "百分之十五", "15 per cent", "40%", "百分之四十", "forty per cent", "1 year"]
MUST_MISS = ["130%", "24小时", "24 hours", "99.5%", "0.08%", "120个月", "第一年", "15分钟", "1.5%", "0.15%", "215%",
             "140%", "20%", "万分之八", "Subscription Year 1", "第十二条", "12368"]


def self_test():
    for s in MUST_HIT:
        assert TH_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not TH_RE.search(s), ("must miss", s, TH_RE.search(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


RANGES = {"zh": (2750, 3000), "en": (1450, 1650)}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    targets = {}
    for x in DRAFTS:
        fn = x["name"] + "." + x["fmt"]
        if x["fmt"] in ("docx", "pdf"):
            targets[x["key"]] = (fn, x["fmt"])
        else:
            (OUT / fn).write_text(SOURCES[x["key"]].lstrip("\n"), encoding="utf-8")
            print("wrote", fn)
    write(SOURCES, targets, OUT, wrap_words=True)
    covered, problems = set(), []
    for x in DRAFTS:
        fn = x["name"] + "." + x["fmt"]
        text = read_back(OUT / fn)
        n = length(text, x["lang"])
        lo, hi = RANGES[x["lang"]]
        if not lo <= n <= hi:
            problems.append("%s length %d not in %d-%d" % (fn, n, lo, hi))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = TH_RE.search(variant)
            if m:
                problems.append("%s threshold text %r ...%s..." % (fn, m.group(0), variant[max(0, m.start() - 20):m.end() + 20]))
        t = x["terms"]
        for k, v in TH.items():
            if t[k] is not None and abs(t[k] - v) < 1e-9:
                problems.append("%s %s on threshold" % (fn, k))
        s = tco_share(x)
        if s is not None and abs(s - TCO_TH) <= 2:
            problems.append("%s TCO share %.2f within 2 points" % (fn, s))
        lab = label(x)
        if lab["expected_rules"] != x["design"]:
            problems.append("%s rules %s != design %s" % (fn, lab["expected_rules"], x["design"]))
        covered |= set(lab["expected_rules"])
        (OUT / (x["name"] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%-60s %5d %s %s TCO=%s nows=%d" % (fn, n, risk(lab["expected_rules"]), ",".join(
            r[3:] for r in lab["expected_rules"]) or "(none)", None if s is None else round(s, 2),
            len(re.sub(r"\s+", "", text))))
    if set(ALL_RULES) - covered:
        problems.append("not covered: %s" % sorted(set(ALL_RULES) - covered))
    mix = [len(label(x)["expected_rules"]) for x in DRAFTS]
    print("findings per draft:", mix)
    for p in problems:
        print("PROBLEM:", p)
    assert not problems, len(problems)
    print("all checks passed")
