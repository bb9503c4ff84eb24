"""holdout958: builds the ten held-out draft contracts, writes their .json labels and asserts the checks of the brief.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
.txt/.md are written as they are; .docx/.pdf go through ../word_pdf.py (PDF lines broken at word boundaries).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:居家医疗器械租赁监管平台建设项目合同
P:合同编号：LXWJ-ZFCG-2026-0417
P:采购方式：公开招标（政府采购）
P:甲方（采购人）：临溪市卫生健康委员会
P:乙方（供应商）：杭州澄衡信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就居家医疗器械租赁监管平台的软件许可、定制开发、数据对接及实施服务达成如下协议，本合同采用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供“器械租赁监管平台”软件永久使用许可（市级部署，不限用户数），并完成租赁企业备案、器械台账、租赁订单登记、消毒记录追溯、不良事件上报及监管驾驶舱等功能的定制开发。
P:1.2 乙方完成平台与省医疗器械监管信息系统、市医保结算平台及市政务数据共享交换平台的数据对接，并负责部署、联调、培训和上线支持。
P:1.3 项目应于合同签订后一百五十日内完成初验，初验后试运行九十日，试运行结束后申请终验。
P:1.4 乙方应组建不少于八人的项目组，项目经理须具有信息系统项目管理师资格并常驻甲方现场，未经甲方书面同意不得更换；乙方应每周提交项目周报，重大事项随时报告。
P:1.5 乙方应为甲方及区县监管人员、租赁企业操作人员提供集中培训不少于六场，并提供操作视频和常见问题手册。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰柒拾伍万捌仟元整（¥1,758,000），其中：平台软件许可费860,000元；定制开发费624,000元；数据对接费178,000元；实施及培训费96,000元。
P:2.2 合同总价为固定价格，包含软件、开发、对接、税费及乙方履约所需的全部费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订后十五个工作日内，甲方凭乙方开具的等额发票支付合同总价的20%作为预付款。
P:3.2 初验合格后，甲方支付合同总价的45%。
P:3.3 终验合格并签署终验报告后，甲方支付合同总价的35%。
P:3.4 甲方按财政资金支付程序付款，因财政审批产生的合理延迟不视为甲方违约。
P:3.5 乙方收款账户信息以本合同载明为准，如需变更应提前以书面形式通知甲方，否则由此产生的损失由乙方承担。
H:第四条 验收
P:4.1 初验标准：需求规格说明书所列功能全部实现；三个对接系统连续十日数据交换无差错；在300个并发用户下常用查询响应时间不超过3秒；通过第三方软件测评机构的功能与安全测试。
P:4.2 终验标准：试运行期间未发生一级故障；试运行期间发现的问题全部关闭；用户手册、运维手册、源代码及部署文档齐全；通过网络安全等级保护二级测评。
P:4.3 乙方提交验收申请后，甲方在十个工作日内组织验收，并出具书面验收意见。平台上线运行、甲方使用或付款均不视为验收合格。
P:4.4 验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担，工期不予顺延。
H:第五条 服务水平
P:5.1 质保期内平台月度可用率不低于99.95%，计划内维护须提前三个工作日经甲方同意，不计入不可用时间。
P:5.4 乙方应提供7×24小时服务热线，每月5日前向甲方提交上月运行报告，内容包括可用率、故障处理记录、数据对接情况和安全事件统计。
P:5.2 一级故障（平台整体不可用或数据无法上报）乙方应在30分钟内响应，2小时内到场或远程处置；二级故障1小时内响应，当日解决。
P:5.3 乙方未达到上述响应要求的，每迟延一小时向甲方支付违约金1,000元；月度可用率每低于承诺值0.01个百分点，乙方向甲方支付违约金2,000元。上述款项可在甲方下一笔应付款或质量保证金中抵扣。
H:第六条 质保及维护
P:6.1 质保期为终验合格之日起二十四个月，质保期内乙方免费提供缺陷修复、版本升级、远程支持及每季度一次巡检。
P:6.3 质保期内因乙方原因导致的软件缺陷，乙方应免费修复；平台所依赖的操作系统、数据库等环境出现兼容性问题的，乙方应配合甲方完成适配。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过软件许可费的8%（即68,800元/年），该价格三年内不得上调，双方另行签订维护合同，维护合同不自动续期。
H:第七条 知识产权
P:7.1 平台基础软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的功能模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再开发，乙方应在终验前交付全部源代码。
H:第八条 数据安全
P:8.1 平台内的企业备案信息、租赁订单、患者信息及监管数据均属于甲方所有，乙方仅为履行本合同目的处理，不得用于任何其他用途，不得复制、留存或向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》，对个人信息加密存储、分级授权，运维操作通过甲方堡垒机进行并留存日志，不得将数据带出甲方指定的政务云环境。
P:8.3 发生数据泄露或安全事件时，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成数据泄露的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第九条 保密
P:9.1 双方对在履行本合同过程中知悉的对方商业秘密、技术资料及工作信息负有保密义务，未经对方书面同意不得向第三方披露。本条义务在合同终止后持续有效。
P:9.2 乙方应与参与本项目的人员签订保密承诺书，并对其人员的泄密行为承担责任。乙方不得在宣传材料中披露本项目的技术细节和甲方内部信息。
H:第十条 违约责任
P:10.1 乙方未按第一条约定期限完成初验或终验的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付的成果不符合约定且在甲方指定期限内仍未整改合格的，甲方有权拒绝验收并要求乙方赔偿损失。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十一条 分包与转让
P:11.1 本项目不允许分包，乙方不得将本合同的全部或部分义务转让给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，乙方应退还已收取的相应款项并赔偿甲方损失。乙方累计两次未通过同一阶段验收的，亦视为严重违约，甲方可直接解除合同，并另行选择供应商完成剩余工作，由此增加的合理费用由乙方承担。
P:12.2 因不可抗力导致合同目的无法实现的，双方均可解除合同。
P:12.3 合同解除后，乙方应在十个工作日内移交已完成的开发成果、源代码、文档及全部数据，并协助甲方完成系统交接。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分。
P:14.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:14.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临溪市卫生健康委员会    乙方（盖章）：杭州澄衡信息技术有限公司
P:签订日期：2026年  月  日
"""

Z02 = """T:生产线控制系统改造项目合同
P:合同编号：JHZY-SB-2026-088
P:甲方：嘉禾空分制氧设备有限公司
P:乙方：常州恒控自动化工程有限公司
P:甲方为提升制氧机生产线的自动化水平，委托乙方对其总装线、试压检测线及分子筛装填线的控制系统进行改造。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责三条生产线控制系统的设计、设备供货、软件开发、安装调试、联调试车及培训，更换原有继电器控制柜和老旧仪表，新建车间级监控系统。
P:1.2 乙方应定制开发工艺配方管理、安全联锁逻辑、试压数据自动采集及生产报表模块，并与甲方MES系统对接，实现工单下发与质量数据回传。乙方应在开工前提交详细设计文件，包括控制原理图、I/O清单、网络拓扑和联锁逻辑说明，经甲方工艺和安全部门会签后方可实施。
P:1.3 改造须利用甲方安排的停产窗口分线实施，每条线停线时间不超过十日，全部改造应在合同签订后一百二十日内完成并具备终验条件。
H:第二条 设备、软件及价格
P:2.1 合同总价为人民币壹佰伍拾柒万肆仟元整（¥1,574,000），含税、运输、保险、安装及培训等全部费用，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块、安全继电器）|9套|468,000
TB:2|监控操作站及数据服务器|1批|196,000
TB:3|压力、流量、氧含量仪表及在线分析仪|1批|312,000
TB:4|变频器及电机保护装置|26台|158,000
TB:5|监控组态软件及历史数据库许可|1套|102,000
TB:|软硬件小计||1,236,000
TB:6|定制开发（配方、联锁、报表、MES接口）|1项|148,000
TB:7|安装、布线及调试|1项|166,000
TB:8|培训|1项|24,000
TB:|合同总价||1,574,000
P:2.2 乙方所供设备须为原厂全新正品，并提供合格证、检验报告和原产地证明。
P:2.3 乙方应在合同签订后四十五日内将全部设备运至甲方指定车间，并提前三日通知甲方。设备在甲方签收前的毁损灭失风险由乙方承担。
P:2.4 乙方应为甲方电气、工艺及设备维护人员提供不少于十天的现场培训，使其能够独立完成日常操作、配方调整和一般故障处理，并提交培训教材和考核记录。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款，乙方应同时提交等额银行保函。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的50%。到货签收仅为数量清点，不构成质量验收。
P:3.3 三条生产线全部通过终验后，甲方支付合同总价的35%。
P:3.4 剩余5%作为质量保证金，质保期满且无未决质量问题后十个工作日内无息支付。
H:第四条 验收
P:4.1 每条生产线改造完成后进行单线调试，调试合格后连续带料运行七日，作为该线的初步验收。
P:4.2 终验标准：全部I/O点位校验无误；安全联锁动作测试全部通过；试压数据采集与手工记录比对误差不超过0.5%；配方下发与MES工单回传连续十日无差错；三条线连续运行二十日未发生因控制系统导致的停线；技术资料和源程序交付齐全。
P:4.3 甲方应在乙方提交终验申请后七日内组织验收并出具书面意见；设备通电运行或甲方投入生产使用均不视为验收合格。
H:第五条 质保与维保
P:5.1 质保期为终验合格之日起二十四个月。质保期内设备和软件出现故障的，乙方免费维修或更换，并承担往返运费和人工费用。
P:5.2 质保期内乙方提供7×24小时电话支持。一级故障（导致生产线停线）乙方应在1小时内响应，6小时内派工程师到达现场；二级故障2小时内响应，次日到场。乙方每迟延响应或到场一小时，向甲方支付800元，从质量保证金中扣除。
P:5.3 质保期满后，乙方按年提供维保服务，年度维保费为软硬件小计的9%，即111,240元/年，该费用自质保期满起三年内固定不变；维保内容包括每半年一次预防性维护、备件优惠供应及软件补丁更新。维保合同期满后是否续签由甲方决定，不自动续期。
P:5.4 乙方应保证主要备件在本合同签订后八年内持续供应。
H:第六条 知识产权
P:6.1 组态软件及历史数据库的知识产权归其原权利人所有，甲方获得永久使用许可。
P:6.2 乙方为本项目编写的PLC程序、组态画面、配方及联锁逻辑、报表和接口程序，其知识产权归甲方所有，乙方应交付全部源程序及注释，甲方有权自行修改或委托第三方维护。
H:第七条 数据安全
P:7.1 生产线运行数据、工艺参数、配方及质量记录均属甲方所有，乙方仅可为履行本合同使用，不得复制、留存或用于其他目的。
P:7.2 乙方远程维护须经甲方逐次审批，通过甲方指定的工业防火墙和堡垒机接入，操作全程记录；乙方不得在控制网络中安装与项目无关的软件。
P:7.3 发生数据泄露、病毒感染或网络安全事件时，乙方应在2小时内报告并协助处置；因乙方原因造成的损失由乙方全额赔偿。
H:第八条 保密
P:8.1 乙方对甲方的工艺参数、产品设计、配方、客户信息及生产计划负有保密义务，未经甲方书面同意不得向第三方披露，本义务在合同终止后继续有效。
H:第九条 分包
P:9.1 乙方可将现场仪表安装、电缆敷设等辅助施工分包给具有相应资质的施工单位，但应在进场前五个工作日书面告知甲方分包单位名称和人员名单。乙方对分包单位的工作质量和安全承担全部责任。
H:第十条 违约责任
P:10.1 乙方未能按第一条约定期限完成改造并具备终验条件的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 乙方停线施工超过约定停线时间的，应赔偿甲方因此遭受的直接损失。
P:10.3 甲方逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十一条 安全施工
P:11.1 乙方人员进入甲方厂区应遵守甲方安全生产管理制度，动火、高处、带电作业须办理作业许可，乙方对其人员的人身安全负责。
P:11.2 乙方施工造成甲方设备、厂房或第三方财产损坏的，应负责修复或赔偿。乙方应在改造前制定停线切换方案和应急回退方案，经甲方审批后实施。
P:11.3 乙方应指定一名项目经理全程负责本项目，每周参加甲方组织的生产协调会，汇报进度、风险和下周计划。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。乙方交付的设备存在重大质量缺陷且两次整改仍不合格的，亦视为严重违约。
P:12.2 乙方逾期超过六十日的，甲方可直接解除合同。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交常州仲裁委员会仲裁。
P:13.2 争议处理期间，双方应继续履行本合同中不涉及争议的部分，乙方不得以争议为由中断质保服务。
H:第十四条 其他
P:14.1 本合同附件包括技术规格书、设备清单、改造实施方案及验收大纲，与本合同具有同等效力。
P:14.2 本合同履行期间，甲方如需增加改造范围，双方应以书面形式确认工作量和价格，按本合同单价标准计算，未经书面确认的变更不产生额外费用。乙方应在项目结束时提交竣工资料一套，包括竣工图纸、程序备份和调试记录。
P:14.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：                    乙方（盖章）：
P:日期：2026年  月  日
"""

Z03 = """门店预约及会员管理系统服务合同

合同编号：LY-IT-2026-031
甲方：浪屿桨板运动发展（厦门）有限公司
乙方：深圳约动云科技有限公司

甲方在全国经营四十家桨板培训门店，现采购乙方的预约及会员管理云服务（SaaS）及实施服务。双方根据《中华人民共和国民法典》，经平等协商，订立本合同。

一、服务内容
（一）乙方向甲方提供“约动”场馆云平台的订阅服务，服务范围包括：
1. 课程排期与在线预约（小程序端、门店前台端）；
2. 会员卡、课时包、储值与积分管理；
3. 教练排班、课时统计与薪酬核算报表；
4. 装备租赁登记与押金管理；
5. 总部经营驾驶舱及门店多维度报表。
（二）乙方负责系统实施，包括四十家门店的基础数据配置、历史会员及课时数据迁移、与甲方现有收银系统和财务软件的接口对接、小程序上线发布，以及总部和门店人员培训。
（三）服务期为两个服务年度。第一个服务年度自上线验收合格之日起算，第二个服务年度自第一个服务年度届满次日起算。
（四）服务期内，乙方应免费提供平台的功能升级、安全补丁和小程序版本适配，并为甲方指定一名客户成功经理，负责需求对接、季度回顾和培训答疑。新开门店的上线配置和店员培训由乙方免费完成。

二、服务费用及支付
（一）合同总价为人民币柒拾贰万陆仟元整（¥726,000），构成如下：
1. 门店订阅费：40家×6,800元/服务年度，每服务年度272,000元；
2. 总部管理模块订阅费：每服务年度48,000元；
3. 以上订阅费两个服务年度合计640,000元；
4. 一次性实施费：86,000元。
（二）实施费在上线验收合格后十五个工作日内一次性支付。
（三）每个服务年度的订阅费，在该服务年度开始后十五个工作日内支付，乙方应提前开具等额增值税专用发票。
（四）服务期内甲方新增门店的，按每店每服务年度6,800元按月折算计费；关闭门店的，自下一服务年度起相应减少。
（五）甲方付款前，乙方应提供对应期间的服务确认单；乙方未按约定提供发票的，甲方有权顺延付款且不承担逾期责任。

三、实施与验收
（一）乙方应在合同签订后六十日内完成全部实施工作并提交上线验收申请。
（二）上线验收标准：
1. 需求确认书所列功能全部可用；
2. 历史会员、储值余额、剩余课时迁移后与甲方核对清单逐条一致；
3. 收银系统和财务软件接口连续七日对账无差异；
4. 在高峰时段500人同时预约的压力测试中，预约提交响应时间不超过2秒；
5. 总部及门店完成培训并通过操作考核。
（三）甲方应在收到验收申请后七个工作日内完成验收并出具书面意见。试用、小程序上线或甲方付款均不视为验收合格。验收不合格的，乙方应在十日内完成整改并重新申请验收，整改期间产生的费用由乙方自行承担。
（四）乙方未能按期提交上线验收申请的，每逾期一日按合同总价的万分之八向甲方支付违约金。

四、服务水平
（一）平台月度可用率不低于99.5%，计划内维护应安排在每日0:00至6:00之间，并提前两日通知甲方。
（二）故障分级及响应：
1. 一级故障（预约、核销或收款功能整体不可用）：1小时内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能异常）：2小时内响应，当日恢复；
3. 三级问题（咨询、优化类）：一个工作日内答复。
（三）月度可用率低于承诺值的，按当月订阅费的5%抵扣下期服务费；一级故障未按时恢复的，每超过一小时抵扣当月订阅费的1%，每月抵扣总额以当月订阅费为限。
（四）乙方每月向甲方提交服务报告，列明可用率、故障及处理情况，并对重复发生的故障提出改进措施。
（五）乙方进行重大版本升级的，应提前十日通知甲方并在测试环境验证，不得影响门店的正常预约和收款业务。

五、数据
（一）会员信息、预约及消费记录、课时和储值数据属于甲方所有。服务期满或合同解除后三十日内，乙方应按甲方要求以通用格式完整导出并移交数据，随后删除其系统中的甲方数据并出具删除证明。
（二）甲方同意，乙方可以对甲方数据进行去标识化处理后形成汇总统计数据，用于乙方产品优化、行业分析报告及向其他客户提供的经营对标服务，该等汇总数据的权利归乙方所有。
（三）数据安全：乙方应将数据存储于中国境内的云服务器，对会员手机号、身份证号等个人信息加密存储，按最小权限原则授权访问，保存操作日志不少于六个月，每年开展一次渗透测试并将结果告知甲方。
（四）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，协助甲方通知受影响会员并向主管部门报告；因乙方原因造成的，乙方承担全部赔偿责任。

六、知识产权
（一）平台软件及其升级版本的知识产权归乙方所有。
（二）为甲方定制的小程序页面、品牌视觉素材、报表模板及接口程序，其知识产权归甲方所有，甲方可自行修改使用或交由第三方继续开发。

七、保密
双方对履行本合同过程中获知的对方商业秘密及未公开信息负有保密义务，未经对方书面同意不得披露。保密义务在本合同终止后三年内继续有效。乙方应要求其参与本项目的员工遵守本条约定，员工违反的，视为乙方违反。甲方的经营数据、门店选址计划、课程定价及营销方案属于甲方商业秘密，乙方不得在案例宣传、投标材料或行业交流中使用。

八、续期
服务期届满前三十日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据其当年公布的价格体系调整订阅费单价，并于续期前十五日通知甲方。

九、分包
乙方不得将本合同项下的实施或运维工作分包给第三方；确需分包的，应事先取得甲方书面同意，并对分包方的行为承担责任。

十、合同解除
（一）一方严重违约，经对方书面通知后十五日内未纠正的，守约方有权解除本合同。
（二）平台连续两个月可用率低于承诺值的，甲方有权解除合同，乙方应退还未履行期间的订阅费。
（三）合同解除或服务期满不续期的，乙方应提供不少于三十日的过渡期服务，保证甲方数据导出和系统切换期间门店业务正常进行，过渡期内甲方按已使用天数折算支付费用。

十一、不可抗力
因地震、台风、洪水、大范围网络中断或政府行为等不可抗力导致一方不能履行本合同的，受影响方应在三日内通知对方并提供证明，在不可抗力影响范围内免除责任。不可抗力导致服务中断的时间，不计入乙方的可用率考核，但乙方应尽快恢复服务；中断超过十日的，甲方可按实际中断天数要求减免订阅费。

十二、甲方责任
甲方应指定项目联系人，按约定提供门店基础资料、历史会员数据和接口所需的技术文档，并组织门店人员参加培训。甲方应妥善保管其管理员账号和密码，因甲方自身原因导致的账号泄露由甲方负责。

十三、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。

十四、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件：需求确认书、实施计划、服务水平说明。附件与本合同正文具有同等效力；附件与正文不一致的，以正文为准。双方的通知以书面形式送达本合同载明的地址或电子邮箱，一方变更联系方式的应及时通知对方。

甲方（盖章）：                乙方（盖章）：
签订日期：2026年  月  日
"""

Z04 = """堤防渗压监测系统年度运维服务合同

项目编号：BSH-CS-2026-019
采购方式：竞争性磋商
甲方（采购人）：白沙河区水利局
乙方（成交供应商）：武汉禹测科技有限公司

根据白沙河区堤防渗压监测系统运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，订立本合同。

第一条 服务对象与内容
（一）服务对象：白沙河左右岸堤防共38.6公里范围内的渗压监测系统，包括渗压计312支、测压管水位计64支、雨量站6处、遥测终端（RTU）58台、太阳能供电及通信设备、监测中心站服务器、数据库及监测预警软件。
（二）服务内容：
1. 日常巡检：每月对全部测点、遥测终端、供电及通信设施巡检一次，汛期（6月1日至9月30日）每半月一次，并填写巡检记录；
2. 仪器率定：每个运维年度对渗压计、水位计开展一次现场比测和率定，对失效仪器提出更换建议；
3. 数据管理：每日检查数据到报情况，对异常数据进行甄别、标注和补测，按月整编监测资料；
4. 故障处理：对测点、终端、通信和中心站软硬件故障进行排查、维修和更换（单件价值2,000元以下的易损件由乙方承担）；
5. 预警支持：汛期及高水位期间，配合甲方开展渗压异常分析，按甲方要求加密观测；
6. 报告编制：按月提交运维月报，汛前提交系统全面检查报告，运维年度结束后提交年度运维报告和渗压监测资料分析报告。
（三）乙方应组建不少于六人的运维团队，其中驻点人员不少于两人，项目负责人须具有水利工程或测绘相关专业中级以上职称。乙方应在合同签订后五个工作日内提交运维人员名单、联系方式和运维工作方案，人员变动须提前七日书面报甲方同意。汛期乙方应安排人员二十四小时值守，遇主汛期超警戒水位时，应按甲方防汛指挥部的要求增派人员。

第二条 服务期限
服务期自2026年7月1日起至2027年6月30日止。服务期满，本合同自行终止；甲方如需继续采购，依法另行组织采购。

第三条 合同价款及支付
（一）合同总价为人民币肆拾陆万捌仟元整（¥468,000），为固定总价，包括人工、交通、仪器率定、易损件、通信流量及税费等全部费用。
（二）运维服务费按季度支付。每季度结束后，乙方提交季度运维报告及发票，经甲方确认本季度服务已按合同完成后，甲方于十五个工作日内支付117,000元。
（三）甲方按国库集中支付程序付款，因财政审批导致的合理延迟不视为甲方违约。

第四条 服务水平
（一）监测预警系统（中心站软件及数据库）可用率不低于99.95%，按季度统计。
（二）故障响应：
1. 一级故障（中心站停止运行、预警功能失效或整段堤防数据中断）：乙方应在30分钟内响应，汛期3小时内、非汛期6小时内到达现场；
2. 二级故障（单个终端或若干测点数据中断）：2小时内响应，两日内修复；
3. 三级故障（个别数据异常、软件使用问题）：当日响应，三日内处理完毕。
（三）乙方未达到上述服务水平的，甲方可书面通知乙方限期整改，乙方应在整改完成后提交书面说明。

第五条 考核与验收
（一）甲方每季度按本合同第一条、第四条对乙方服务进行考核，考核内容包括巡检完成情况、率定完成情况、数据到报情况、故障处理时限及报告质量，考核结果书面告知乙方。
（二）运维年度结束后，甲方组织年度验收，验收标准为：全年巡检和率定工作全部按计划完成并有记录可查；测点完好率不低于96%；监测资料整编成果经甲方委托的技术单位审查合格；年度运维报告和分析报告通过专家评审；全部运维记录和备品备件清单移交齐全。
（三）年度验收不合格的，乙方应在二十日内整改，并重新申请验收。
（四）季度考核发现的问题，乙方应在下一季度内整改完毕，并在季度运维报告中逐项说明整改结果。

第六条 数据安全
（一）监测数据、测点坐标、堤防断面资料及系统运行日志属于甲方所有，乙方仅为履行本合同目的使用，不得复制、留存或向第三方提供，不得用于其他项目或商业用途。
（二）乙方应落实网络安全等级保护要求：中心站操作须使用实名账号并经双因素认证；远程运维须经甲方审批后通过VPN接入，操作全程记录；乙方应每月检查系统漏洞和病毒库更新情况，发现高危漏洞应在五个工作日内完成修补。
（三）发生数据丢失、篡改、泄露或网络攻击事件时，乙方应在1小时内报告甲方并启动应急处置；因乙方原因造成的，乙方承担全部赔偿责任，并承担由此引起的行政处罚。
（四）服务期满，乙方应将其持有的全部监测数据和运维资料移交甲方，并删除其设备中的留存副本。
（五）乙方用于运维的笔记本电脑和移动存储介质应登记备案，安装防病毒软件，不得连接互联网后再接入监测专网；介质报废时应在甲方监督下进行数据销毁。

第七条 成果归属
本合同项下形成的巡检记录、率定成果、整编资料、分析报告及运维期间编写的软件脚本和配置文件，其知识产权及使用权均归甲方所有。

第八条 违约责任
（一）乙方未按第一条约定期限完成汛前全面检查、仪器率定或提交年度运维报告的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方驻点人员擅自离岗或项目负责人未经甲方同意更换的，乙方应立即纠正。
（三）因乙方运维不到位导致重大险情漏报的，乙方应赔偿甲方因此遭受的损失。

第九条 分包
乙方不得将本合同项下的服务分包或转包给第三方。

第十条 甲方义务
（一）甲方应向乙方提供系统竣工资料、测点布置图、历年监测资料及必要的工作场所，协调堤防管理所为乙方巡检提供通行便利。
（二）甲方应及时确认乙方提交的季度运维报告，对乙方提出的仪器更换和系统改进建议在十五日内书面答复。单件价值2,000元以上的设备更换，由乙方提出方案和报价，经甲方书面同意后另行结算。

第十一条 安全生产与备品备件
（一）乙方人员在堤顶、堤坡及涵闸附近作业应遵守防汛和安全生产规定，汛期及雷雨天气外业须两人以上同行并配备救生设备，乙方对其人员的人身安全负责。
（二）乙方应在驻点配备不少于测点总数百分之三的渗压计、两台遥测终端及蓄电池、太阳能板等常用备件，保证故障设备能够及时更换；服务期满时备件清单和库存情况一并移交甲方。

第十二条 不可抗力
因洪水、地震等不可抗力导致设备损毁或服务中断的，乙方应立即报告甲方并尽力抢修，受不可抗力影响的期间不计入服务水平统计；因此发生的设备修复费用由双方另行协商。

第十三条 合同解除
乙方严重违约，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，按已完成且经确认的服务结算费用，并要求乙方赔偿损失。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。履行中发生争议的，双方协商解决；协商不成的，向白沙河区人民法院提起诉讼。

第十五条 其他
（一）磋商文件、响应文件、成交通知书及双方签订的补充协议为本合同的组成部分。
（二）本合同未尽事宜，双方可另行签订补充协议；补充协议不得违背磋商文件和响应文件的实质性内容。
（三）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：白沙河区水利局          乙方（盖章）：武汉禹测科技有限公司
法定代表人或授权代表：                法定代表人或授权代表：
日期：2026年  月  日
"""

Z05 = """# 匠迹工序追踪系统软件销售及开发合同

> 匠迹软件标准合同文本（V3.0）——本文本由乙方提供，未列明事项按乙方标准执行。

合同编号：JJ-XS-2026-0632

甲方（买方）：苏州光福匠心核雕艺术工作室

乙方（卖方）：苏州匠迹软件有限公司

甲方因工作室生产管理需要，向乙方购买“匠迹工序追踪系统”软件使用许可，并委托乙方进行定制开发。双方经友好协商，签订本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供匠迹工序追踪系统标准版软件使用许可一套（永久许可，含二十个操作终端授权），功能包括：原料（橄榄核、桃核等）入库登记、选核分级、开坯、细雕、打磨、上色、包浆等工序流转记录，雕刻师工时统计，半成品及成品库存管理，作品溯源二维码生成、雕刻师计件工资核算及工作室月度产量统计。

1.2 乙方根据甲方需求进行定制开发，内容包括：作品档案与证书模块（记录作者、题材、核料来源、工序照片）；定制订单跟踪模块（客户下单、草图确认、进度推送）；与甲方网店后台的订单同步接口；经营报表。

1.3 乙方负责在甲方本地服务器上安装部署，并对甲方人员进行操作培训。培训以集中授课方式进行，共两次，每次不超过半天，培训对象为甲方指定的管理人员和雕刻师，超出部分按乙方标准收费。

1.4 乙方向甲方提供电子版用户手册一份。定制开发的具体功能以双方确认的《功能清单》为准，《功能清单》未列明的功能不属于本合同范围。

## 第二条 合同价款

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 匠迹工序追踪系统标准版软件许可（二十终端） | 1套 | 320,000 |
| 2 | 定制开发（作品档案、订单跟踪、网店接口、报表） | 1项 | 126,000 |
| 3 | 安装部署及培训 | 1项 | 34,000 |
| | 合计 | | 480,000 |

合同总价为人民币肆拾捌万元整（¥480,000），含税。服务器、操作系统、数据库及终端设备由甲方自行准备。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即312,000元，乙方收到款项后启动开发工作。

3.2 乙方完成安装部署后，甲方在五个工作日内支付合同总价的35%，即168,000元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停服务并停止软件授权。

## 第四条 交付与验收

4.1 乙方在收到首付款后九十日内完成定制开发和安装部署，具体时间以乙方项目计划为准。因甲方需求变更、资料提供不及时等原因造成的延误，交付时间相应顺延。

4.2 乙方完成安装部署并通知甲方后，即视为甲方验收合格。甲方应在部署完成后五日内签署交付确认单，逾期未签署的，视为已签署。

4.3 验收合格后，甲方提出的新增需求或功能修改，乙方另行报价。

4.4 甲方应在乙方部署前准备好符合乙方要求的服务器（建议配置：八核处理器、三十二GB内存、一TB固态硬盘）和网络环境，并开通乙方远程调试所需的访问通道。因甲方环境不满足要求导致部署延误的，乙方不承担责任。

## 第五条 技术支持与维护

5.1 自安装部署完成之日起六个月为免费维护期。免费维护期内，乙方通过电话、微信及远程方式提供技术支持，并尽商业上合理的努力解决软件使用中出现的问题。

5.2 免费维护期满后，甲方如需乙方继续提供维护服务，应按年支付维护费，年度维护费为软件许可费的28%，即89,600元/年，于每个维护年度开始前支付。未支付维护费的，乙方不再提供技术支持和版本升级。

5.3 因甲方操作不当、擅自修改程序、服务器硬件故障或病毒感染导致的问题，不属于维护范围，乙方可以提供有偿服务。

5.4 乙方发布的标准产品新版本，免费维护期内甲方可免费升级；维护期满后，只有按时支付维护费的客户才能获得升级。定制开发部分因升级需要重新适配的，乙方另行收费。

## 第六条 知识产权

6.1 本合同项下的软件产品，以及乙方为甲方定制开发的全部功能模块、程序、源代码及技术文档，其著作权及其他知识产权均归乙方所有。

6.2 甲方在本合同约定的终端数量范围内享有使用权，不得对软件进行反向工程、修改、复制或转让给第三方。乙方可将定制开发的功能纳入其标准产品向其他客户销售。

## 第七条 数据

7.1 甲方在系统中录入的作品、客户、订单及经营数据归甲方所有，存储于甲方本地服务器。乙方不得将甲方数据用于本合同以外的任何目的。

7.2 乙方进行远程维护时，须事先征得甲方同意，使用甲方分配的临时账号登录，维护结束后由甲方关闭账号；乙方不得下载、拷贝甲方数据，维护人员对操作过程中接触的数据负有安全管理责任。

7.3 乙方应在软件中提供用户权限分级、操作日志和数据备份功能，并指导甲方设置每日自动备份。因乙方原因导致甲方数据泄露、丢失或损毁的，乙方应在知悉后24小时内通知甲方，协助恢复数据，并赔偿甲方因此遭受的实际损失。

## 第八条 保密

8.1 双方对因本合同获知的对方商业信息和技术信息负有保密义务，未经对方书面同意不得向第三方披露。甲方的作品设计图稿、客户名单及作品定价信息属于甲方商业秘密。

8.2 本条保密义务在合同终止后两年内继续有效。

## 第九条 双方责任

9.1 甲方应按时付款，提供定制开发所需的业务资料，指定专人配合乙方工作，并负责服务器及网络环境的准备和日常管理。甲方应妥善保管软件授权文件和管理员密码，不得将授权终端数量扩展使用，超出授权使用的，乙方有权按标准价格补收许可费。

9.2 乙方应按照本合同约定提供软件和开发服务。由于软件开发的特殊性，乙方不保证软件完全没有缺陷，但将在维护期内修正已发现的错误。乙方对甲方因使用软件而产生的间接损失、利润损失不承担责任。

9.3 任何一方严重违反本合同，经对方书面催告后十五日内仍未改正的，对方有权解除本合同，并要求违约方赔偿损失。

## 第十条 不可抗力

因不可抗力导致本合同不能履行的，受影响一方不承担责任，但应及时通知对方并在合理期限内提供证明。不可抗力持续超过三十日的，双方协商是否继续履行本合同；甲方已支付的款项不予退还，乙方已完成的工作按实际完成比例结算。

## 第十一条 发票与通知

11.1 乙方在收到每笔款项后十个工作日内向甲方开具增值税普通发票；甲方需要专用发票的，应在签约时提供开票资料。

11.2 双方的通知以本合同首页所列的联系人、电话及电子邮箱为准，以微信或电子邮件发送的，发出即视为送达。一方联系方式变更的，应在三日内通知对方，否则由此产生的后果由变更方承担。

## 第十二条 争议解决

因本合同发生的争议，由双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十三条 其他

13.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

13.2 本合同附件为乙方提供的《功能清单》及《项目实施计划》，与本合同具有同等效力。

13.3 本合同为乙方标准文本，如需修改应以补充协议形式另行约定，手写修改无效。

甲方（盖章）：                    乙方（盖章）：

签约代表：                        签约代表：

日期：2026年  月  日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. LCSW-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Ningbo Hengrui Auto Parts Co., Ltd., a company established in the People's Republic of China with its registered office in Beilun District, Ningbo, Zhejiang Province (the "Buyer"), and Lee County Software Works, LLC, an Alabama limited liability company with its principal office at 1210 Pepperell Parkway, Opelika, Alabama 36801, United States (the "Vendor").
P:The Buyer operates three machining and assembly plants in Ningbo and wishes to replace its spreadsheet-based maintenance records with a computerised maintenance management system. The Vendor licenses the UptimeCMMS software and provides implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the UptimeCMMS Enterprise Edition, version 9, in object code, including the mobile technician application and any updates the Vendor delivers under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, report templates, interface programs, data conversion scripts and documentation that the Vendor prepares specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all asset registers, work orders, spare-parts records, meter readings, personnel information and other data that the Buyer or its users enter into, or that are generated by, the Licensed Software.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the system meets the acceptance criteria.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software on the Buyer's own servers in the People's Republic of China for up to 150 named users and 60 concurrent mobile devices, for the internal business of the Buyer and its wholly owned subsidiaries.
P:2.2 The Buyer may make a reasonable number of copies of the Licensed Software for backup, testing and disaster recovery.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Licensed Software, build the Buyer's asset hierarchy for the three plants, configure preventive maintenance plans for about 2,400 assets, and deliver the Custom Deliverables described in the Statement of Work attached as Annex A.
P:3.2 The Vendor shall develop two interfaces: one to the Buyer's ERP system for spare-parts purchasing and inventory, and one to the Buyer's production monitoring system for machine run-hours and alarms.
P:3.3 The Vendor shall migrate the Buyer's existing maintenance history from spreadsheets and the legacy database, and shall reconcile the migrated records with the Buyer.
P:3.4 The Vendor shall train up to 20 key users and 120 technicians on site in Ningbo, with course material in Chinese.
P:3.5 The Vendor shall appoint a project manager who speaks Mandarin and shall keep the named key personnel on the project until Final Acceptance unless the Buyer agrees otherwise in writing.
P:3.6 The Vendor shall complete installation and system testing within 90 days and shall be ready for Final Acceptance testing within 150 days after the Effective Date.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,720,000, inclusive of applicable taxes, made up of: Licence Fee CNY 1,180,000; implementation and configuration CNY 420,000; data migration CNY 84,000; training CNY 36,000.
P:4.2 The Contract Price is fixed.
P:4.3 The Buyer shall pay the Contract Price as follows: (a) 20% within 30 days after the Effective Date against the Vendor's invoice; (b) 45% within 30 days after the Buyer signs the installation and system test report; (c) 35% within 30 days after Final Acceptance.
P:4.4 Payments are made in CNY by bank transfer to the Vendor's account stated in its invoice. The Vendor shall issue valid invoices acceptable under PRC tax rules.
H:Article 5 Acceptance
P:5.1 After installation and system testing the Vendor shall notify the Buyer that the system is ready for Final Acceptance testing.
P:5.2 Final Acceptance testing shall show that: (a) every function in the requirements specification works as described; (b) migrated records reconcile with the source data, with no missing assets and no difference in open work orders; (c) both interfaces run for ten consecutive working days without data errors; (d) work-order screens open within 2 seconds with 80 concurrent users; and (e) the system runs for 30 days in production without a Severity 1 defect.
P:5.3 The Buyer shall complete the testing and issue either a Final Acceptance certificate or a written list of defects within 10 working days after the test period. The Vendor shall correct listed defects and the affected tests shall be repeated.
P:5.4 Installation, go-live, use of the system in production or any payment does not by itself constitute Final Acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform materially in accordance with their documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and provide support free of charge.
P:6.2 Severity 1 means the system is down or maintenance work orders cannot be created or closed at any plant. The Vendor shall respond to a Severity 1 report within 1 hour at any time and provide a workaround within 8 hours. Severity 2 reports receive a response within 2 hours during business hours in China.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall credit the Buyer CNY 1,000, deducted from the next payment or from support fees.
P:6.4 After the Warranty Period the Buyer may order annual support at a fee of 11% of the Licence Fee, that is CNY 129,800 per year. This fee is fixed for the first three years after the Warranty Period. Support is ordered by the Buyer each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Licensed Software and all intellectual property in it remain the property of the Vendor and its licensors.
P:7.2 All intellectual property in the Custom Deliverables vests in the Buyer upon creation. The Vendor shall deliver the source code and documentation of the Custom Deliverables, and the Buyer may use, modify and license them freely, including by engaging third parties.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and shall not use, copy or disclose it for any other purpose.
P:8.2 The system is hosted on the Buyer's servers. The Vendor shall access it remotely only through the Buyer's VPN, with an account approved by the Buyer for each session, and shall not transfer Buyer Data outside the People's Republic of China.
P:8.3 The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law, apply least-privilege access and keep a log of its access. The Vendor shall notify the Buyer within 24 hours after becoming aware of any data breach affecting Buyer Data, cooperate in remediation, and be liable for losses caused by its breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public business and technical information received from the other party under this Agreement and use it only for this Agreement. This obligation continues for three years after termination or expiry of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor is not ready for Final Acceptance testing by the date in Article 3.6 for reasons attributable to the Vendor, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, or breach of Articles 8 or 9.
P:10.3 Neither party is liable for loss of profit or indirect loss, except in the cases excluded in Article 10.2.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
P:11.2 Neither party may assign this Agreement without the other party's written consent.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on the date of the last signature (the "Effective Date"). The licence in Article 2 survives termination unless the Buyer's licence is terminated for non-payment.
P:12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice describing the breach.
P:12.3 The Buyer may also terminate if the liquidated damages under Article 10.1 reach their maximum. On termination by the Buyer under this Article, the Vendor shall refund the amounts paid for services not accepted and deliver all completed Custom Deliverables.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Alabama, United States of America, without regard to its conflict of laws rules.
P:13.2 The parties shall first try to settle any dispute by negotiation between senior managers. If the dispute is not settled within 30 days, it shall be submitted to the state or federal courts located in Lee County, Alabama, and each party submits to their jurisdiction.
H:Article 14 General
P:14.1 Annex A (Statement of Work) and Annex B (Acceptance Test Plan) form part of this Agreement. If they conflict with the body of this Agreement, the body prevails.
P:14.2 This Agreement is executed in English and Chinese. Both versions have equal effect.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# HelpHarbor Service Desk — Order Form and General Terms

**Order Form No.** TCS-OF-2026-0219
**Provider:** Tift Cloud Solutions, Inc., a Georgia corporation, 304 Love Avenue, Tifton, Georgia 31794, United States ("Provider")
**Customer:** Foshan Meiyuan Home Appliances Co., Ltd., Shunde District, Foshan, Guangdong Province, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Service

HelpHarbor Service Desk, Enterprise plan: omnichannel ticketing for email, web chat, WeChat official account and telephone callback; knowledge base; self-service portal; customer-satisfaction surveys; reporting and dashboards; and the HelpHarbor Assist chatbot add-on. The Service is delivered from a mainland China hosting region operated for Provider by its local hosting partner.

### A2. Subscription Term

The Subscription Term is 24 months, made up of two Subscription Years. Subscription Year 1 starts on the Go-Live Date defined in B3.2; Subscription Year 2 starts on the first anniversary of the Go-Live Date. The subscription ends at the end of Subscription Year 2. Any renewal requires a new Order Form signed by both parties; there is no automatic renewal.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Per Subscription Year (CNY) | Total for the term (CNY) |
|---|---|---|---|---|
| Enterprise agent seat | 180 seats | 2,160 per seat per year | 388,800 | 777,600 |
| HelpHarbor Assist chatbot add-on | 1 | 26,000 per year | 26,000 | 52,000 |
| Onboarding and configuration (one-time) | 1 | 58,400 | — | 58,400 |
| **Total Order Value** | | | | **888,000** |

Outbound SMS notifications above the included 200,000 messages per Subscription Year are charged at CNY 0.12 per message, invoiced in arrears. All amounts include VAT.

### A4. Invoicing and Payment

- Subscription fees for each Subscription Year are invoiced at the start of that Subscription Year and are payable within 30 days of the invoice.
- The onboarding fee is invoiced after Go-Live Acceptance under B3 and is payable within 30 days of the invoice.
- Provider shall issue PRC VAT invoices through its authorised reseller, Guangzhou Qiaohang Information Co., Ltd., to which Customer makes payment in CNY.

### A5. Service Levels

- Monthly availability of the production Service: at least 99.5%, excluding scheduled maintenance announced at least 72 hours in advance and performed between 01:00 and 05:00 Beijing time.
- Priority 1 incidents (Service unavailable, or tickets cannot be created or answered by a majority of agents): response within 1 hour, 24 hours a day, with updates every hour until restored.
- Priority 2 incidents (a major feature or channel unavailable): response within 2 hours during Beijing business hours.
- Service credits: if monthly availability falls below the committed level, Customer receives a credit of 5% of the monthly share of subscription fees for each full 0.5 percentage point of shortfall, up to 25% of that monthly share. If a Priority 1 response is late, Customer receives a credit of CNY 2,000 per incident. Credits are deducted from the next invoice or refunded at the end of the term.

### A6. Contacts and Signatures

Customer project lead: Ms. Liang Xiaowen, Customer Service Director. Provider account manager: Mr. Daniel Whitfield.

Signed for Customer: ____________________ Date: __________
Signed for Provider: ____________________ Date: __________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, including personal information of Customer's consumers, submitted to the Service by or for Customer, and all tickets, recordings and reports generated from it.

1.2 "Customer Configurations" means the workflows, ticket forms, routing rules, response templates, knowledge-base articles and reports configured for Customer during onboarding or at Customer's request.

### 2. Access to the Service

2.1 Provider grants Customer and its authorised users a non-exclusive right to use the Service during the Subscription Term for Customer's internal business purposes.

2.2 Customer is responsible for its users' accounts and shall keep passwords secure. Customer shall not resell the Service or use it to send unlawful content.

2.3 Provider may improve and update the Service from time to time, but shall not materially reduce the functionality, security or service levels described in this Order Form during the Subscription Term. Provider shall announce major releases at least 14 days in advance and make release notes available in Chinese.

2.4 Support is available through the support portal, by email and by telephone. Mandarin-speaking support staff are available during Beijing business hours, and English-speaking staff at all other times for Priority 1 incidents.

### 3. Onboarding and Go-Live Acceptance

3.1 Provider shall configure the Service according to the onboarding plan agreed in writing within 20 days after signature, including migration of open tickets and knowledge articles from Customer's current system, integration with Customer's CRM and order system, and training for 12 supervisors and all agents.

3.2 Go-Live Acceptance requires that: (a) all channels listed in A1 route tickets correctly in a test of 500 sample tickets; (b) the CRM and order-system integrations run for five consecutive business days without data errors; (c) migrated tickets and articles reconcile with Customer's export; and (d) agents complete training. Customer shall confirm acceptance or list defects in writing within five business days after Provider's notice. The "Go-Live Date" is the date of Customer's written acceptance.

3.3 Provider shall achieve Go-Live Acceptance within 75 days after signature. If it fails to do so for reasons attributable to Provider, Provider shall pay CNY 600 for each day of delay, up to 10% of the Total Order Value.

3.4 Customer shall provide timely access to its current system exports, CRM and order-system test environments and its subject-matter experts. Delays caused by Customer extend the date in Section 3.3 by the same period, provided Provider notifies Customer of the delay promptly and in writing.

### 4. Customer Data and Security

4.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Service and support to Customer under this Order Form, and not for any other purpose.

4.2 Provider shall store Customer Data in mainland China, encrypt it in transit and at rest, maintain an MLPS level 3 record for the hosting environment, restrict access to authorised personnel with multi-factor authentication, and keep access logs for at least six months.

4.3 Provider shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, provide the information Customer needs to meet its legal obligations, and remedy the incident at its own cost. Provider is liable for losses caused by its breach of this Section 4.

4.4 Within 30 days after the end of the Subscription Term Provider shall make Customer Data available for export in a standard format and then delete it, and confirm deletion in writing.

### 5. Intellectual Property

5.1 Provider retains all rights in the Service and the underlying software.

5.2 Customer Configurations belong to Customer. Customer may export, copy, modify and use them with any other system or service provider without restriction.

4.5 Provider shall cooperate with any security assessment that Customer or a regulator reasonably requires and shall answer Customer's security questionnaire once per Subscription Year at no charge.

### 6. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Order Form and not disclose it to third parties except to its employees and advisers who need to know. This obligation survives for three years after the end of the Subscription Term.

### 7. Subcontractors

Provider may engage subcontractors and subprocessors, including its hosting partner and its reseller, to perform parts of the Service. Provider shall give Customer at least 15 days' notice by email before a new subcontractor or subprocessor begins to process Customer Data. Provider remains responsible for their performance.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss or loss of profit.

8.2 Provider's total aggregate liability arising out of or relating to this Order Form shall not exceed the fees paid by Customer in the six months preceding the event giving rise to the claim.

8.3 Section 8.2 does not apply to Provider's obligations under Section 4.3 or to personal injury caused by negligence.

### 9. Termination

9.1 Either party may terminate this Order Form by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice.

9.2 If Customer terminates under Section 9.1, Provider shall refund the subscription fees paid for the remainder of the Subscription Term.

### 10. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules then in force. The award is final and binding on both parties.

### 11. General

11.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it gives prompt notice and resumes performance as soon as possible.

11.2 This Order Form is the entire agreement between the parties regarding the Service and supersedes any prior proposal or online terms.
"""

E03 = """T:Supply Contract for Cold-Store Environmental Sensors and Monitoring Software
P:Contract No. BHCC-EQ-2026-067
P:Buyer: Tianjin Binhai Coldchain Logistics Co., Ltd., Dongjiang Bonded Port Area, Tianjin, People's Republic of China (the "Buyer").
P:Supplier: Lakepoint Sensing Technologies, Inc., an Alabama corporation, 218 North Eufaula Avenue, Eufaula, Alabama 36027, United States (the "Supplier").
P:This Contract is made on the Buyer's standard form for equipment and software purchases. The Buyer operates six cold-storage warehouses and needs continuous temperature and humidity monitoring for GSP compliance of pharmaceutical and food storage. The parties agree as follows.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install and commission wireless temperature and humidity sensors, gateways and the ColdWatch monitoring software for the Buyer's six warehouses, and integrate the software with the Buyer's warehouse management system (WMS).
P:1.2 The Supplier shall map every cold room and freezer chamber, propose sensor positions for the Buyer's approval, and carry out a temperature mapping study of each room before and after installation.
P:1.3 The Supplier shall train the Buyer's quality staff, warehouse supervisors and IT staff in operation, calibration checks, alarm handling and system administration.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,890,000, inclusive of VAT, delivery to site, import duties, installation, and all other costs of the Supplier. The price breakdown is:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature/humidity sensor, calibrated, with certificate|1,200|680|816,000
TB:2|LoRa gateway with 4G backup and battery|64|5,400|345,600
TB:3|ColdWatch monitoring software, perpetual licence, unlimited sensors at the six sites|1|468,000|468,000
TB:|Equipment and licence subtotal|||1,629,600
TB:4|Installation, commissioning and temperature mapping|1 lot|142,000|142,000
TB:5|WMS integration|1 lot|96,400|96,400
TB:6|Training|1 lot|22,000|22,000
TB:|Contract Price|||1,890,000
P:2.2 The Contract Price is fixed and shall not be adjusted for exchange-rate changes.
H:3. Payment
P:3.1 The Buyer shall pay 20% of the Contract Price within 15 working days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 45% of the Contract Price within 20 working days after all equipment is installed at the six warehouses and the Buyer signs the Installation Certificate. The Installation Certificate confirms completeness of delivery only and is not acceptance of the works.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 working days after Final Acceptance under Clause 5.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's warehouses in Tianjin within 60 days after signature, with packing lists, calibration certificates traceable to national standards, and certificates of origin.
P:4.2 Installation shall be carried out without interrupting warehouse operations, in working windows agreed with each warehouse manager. The Supplier's personnel shall follow the Buyer's safety and cold-room entry rules.
P:4.3 Installation and commissioning at all six warehouses shall be completed within 110 days after signature.
P:4.4 The Buyer shall provide power outlets, network ports, server capacity in its data centre, and access to the warehouses during agreed windows. The Supplier shall notify the Buyer of these requirements in writing at least 14 days before installation at each site.
P:4.5 The Supplier shall appoint a project manager based in Tianjin for the duration of installation and acceptance, who shall attend weekly progress meetings with the Buyer's logistics and quality departments.
H:5. Acceptance
P:5.1 Final Acceptance testing shall begin after commissioning and shall include: (a) comparison of each sensor against a reference thermometer at two set points, with a deviation of not more than 0.3 degrees Celsius; (b) a 21-day trial run during which every sensor reports at least every 5 minutes and no more than 0.2% of readings are missing; (c) alarm tests in which SMS, phone-call and app alarms reach the duty staff within 60 seconds; (d) the WMS integration passing 200 test transactions without error; and (e) delivery of the mapping reports, validation documents and as-built drawings.
P:5.2 The Buyer shall issue the Final Acceptance Certificate within 7 working days after the trial run if all criteria are met, or else a written list of defects. The Supplier shall correct the defects and the relevant tests shall be repeated.
P:5.3 Delivery, installation, use of the system by the Buyer or payment does not constitute Final Acceptance.
H:6. Warranty and After-Sales Service
P:6.1 The warranty period for all equipment and software is 36 months from the date of the Final Acceptance Certificate. During the warranty period the Supplier shall repair or replace defective items free of charge, recalibrate sensors once a year on site, and supply software updates.
P:6.2 During the warranty period the monitoring server software shall achieve monthly availability of at least 99.95%, excluding maintenance agreed in advance with the Buyer.
P:6.3 The Supplier shall respond to a critical fault (loss of monitoring or alarms for a whole warehouse) within 30 minutes and have an engineer on site within 3 hours. Other faults shall receive a response within 2 hours and repair within 2 working days.
P:6.4 For each hour by which a critical-fault response or on-site time is late the Supplier shall pay CNY 1,500, and for each 0.01 percentage point of availability below the commitment in a month the Supplier shall pay CNY 1,000. These amounts may be deducted from any sum due to the Supplier.
P:6.5 After the warranty period, the Buyer may purchase annual maintenance at 7% of the equipment and licence subtotal, that is CNY 114,072 per year, covering the services in Clause 6.1 and the service levels in Clauses 6.2 to 6.4. This fee shall not increase during the first three years after the warranty period. Maintenance is purchased by separate order and does not renew automatically.
P:6.6 The Supplier shall keep spare sensors and gateways equal to at least 2% of the installed quantity in a stock in Tianjin during the warranty period, and shall make spare parts for the supplied models available for eight years after Final Acceptance.
H:7. Intellectual Property
P:7.1 The ColdWatch software and the sensor firmware remain the property of the Supplier, and the Buyer receives a perpetual licence as set out in the price table.
P:7.2 The WMS integration programs, dashboards and report templates made for the Buyer, with their source code and documentation, belong to the Buyer, and the Buyer may use, modify and license them without restriction.
H:8. Data Security
P:8.1 All temperature and humidity records, alarm logs, warehouse layouts and other data collected or produced by the system belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:8.2 The software shall be installed on servers in the Buyer's data centre. The Supplier shall access the system remotely only through the Buyer's bastion host with the Buyer's approval for each session, shall not copy data out of the Buyer's environment, and shall configure audit trails and access control required for GSP compliance.
P:8.3 The Supplier shall report any data breach or security incident within 2 hours after becoming aware of it, assist the Buyer in remediation and be liable for losses caused by its breach of this Clause 8.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's customers, goods stored, warehouse layouts and security arrangements, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives termination of this Contract.
H:10. Delay and Liability
P:10.1 If the Supplier fails to complete installation and commissioning by the date in Clause 4.3, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for approved subcontractors.
H:12. Force Majeure and Insurance
P:12.1 Neither party is liable for a delay caused by force majeure, provided it notifies the other party within 5 days and takes reasonable steps to limit the effect. The time for performance is extended by the period of the force majeure event.
P:12.2 The Supplier shall maintain public liability insurance for its work at the Buyer's warehouses and transport insurance for the equipment until delivery, and shall provide certificates of insurance on request.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after the Buyer's notice, or if the liquidated damages reach their maximum. The Supplier shall then refund amounts paid for undelivered or rejected items.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin. The award is final.
H:15. Miscellaneous
P:15.1 This Contract is made in Chinese and English; the Chinese version prevails in case of conflict.
P:15.2 The technical specification and the sensor position plan approved under Clause 1.2 form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No.** RHM-CQ-2026-005

**Customer:** Chongqing Yukang Pharmaceutical Distribution Co., Ltd., Yubei District, Chongqing, People's Republic of China ("Customer")

**Supplier:** Red Hills Managed IT, LLC, a Georgia limited liability company, 115 South Broad Street, Thomasville, Georgia 31792, United States, acting through its delivery centre in Chengdu ("Supplier")

**Background.** Customer runs a headquarters, two distribution centres and eleven branch offices in Chongqing and Sichuan. Customer wishes to outsource its IT service desk, end-user device support and network monitoring to Supplier for a fixed term of 36 months. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer confirms in writing that the transition under Section 3 is complete.

1.3 "Term" means the period of 36 months from the Service Commencement Date.

1.4 "Customer Data" means all data of Customer, its employees, customers and suppliers that Supplier receives or can access in performing the Services, including data on devices, in tickets and in network logs.

## 2. Services

2.1 Supplier shall provide the Services at the sites and for the user and device numbers listed in Schedule 1, meeting the service levels in Schedule 2.

2.2 Supplier shall provide a service desk staffed in Mandarin from 07:00 to 22:00 Beijing time on all days, and an on-call engineer outside those hours for Priority 1 incidents.

2.3 Supplier shall station two engineers at Customer's headquarters and one at each distribution centre during business hours, and shall visit branch offices as incidents require.

2.4 Supplier shall use its IT service management tool to record every request and incident and give Customer read access to all records and dashboards.

2.5 Customer may increase or reduce the number of supported devices by up to 10% in any quarter by written notice. The monthly charge is then adjusted at the unit rates in Schedule 3.

2.6 Supplier shall deliver a monthly service report within five business days after the end of each month, showing ticket volumes, service-level performance, recurring problems, device lifecycle status and improvement actions. The parties' service managers shall meet every quarter to review performance and agree an improvement plan.

2.7 Customer shall provide Supplier's on-site engineers with desk space, network access and administrator accounts needed for the Services, keep its software licences valid, and make its staff available for troubleshooting. Supplier is not responsible for a service-level failure caused by Customer's failure to do so, provided Supplier reports the cause promptly.

## 3. Transition

3.1 Supplier shall carry out the transition within 60 days after signature, including knowledge transfer from Customer's current provider, an inventory of all devices and network equipment, set-up of monitoring, and creation of the knowledge base and runbooks.

3.2 Transition is complete when: (a) every device in the inventory is registered in the service management tool and reconciles with Customer's asset list; (b) monitoring alerts for every site and core network device have been tested; (c) runbooks for the 40 most frequent request types are approved by Customer; and (d) the service desk handles live calls for 10 business days in parallel with the current provider with no unresolved Priority 1 incident. Customer shall confirm completion or list deficiencies within five business days after Supplier's notice.

3.3 If the transition is not complete within 60 days after signature for reasons attributable to Supplier, Supplier shall pay CNY 2,000 for each day of delay, up to CNY 120,000.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 2,550,000, made up of the transition fee of CNY 84,000 and a monthly service charge of CNY 68,500 for 36 months (CNY 2,466,000).

4.2 The transition fee is invoiced after the Service Commencement Date. Monthly service charges are invoiced quarterly in arrears. Customer shall pay each correct invoice within 30 days after receipt.

4.3 Service credits under Schedule 2 are deducted from the next invoice.

4.4 The charges are fixed for the Term, except for adjustments under Section 2.5.

## 5. Customer Data

5.1 Customer Data remains the property of Customer. Supplier shall use Customer Data only to perform the Services and shall not use it for any other purpose.

5.2 At the end of the Term Supplier shall return all Customer Data and documentation in its possession to Customer.

## 6. Intellectual Property

6.1 Supplier retains ownership of its service management tool, monitoring software and general methods.

6.2 The knowledge base, runbooks, scripts, configuration records and reports created for Customer under this Agreement belong to Customer, which may use, modify and give them to any future service provider without restriction.

## 7. Confidentiality

7.1 Each party shall keep confidential all information of the other party marked or reasonably understood as confidential, including Customer's prices, customer lists and network design, and shall not disclose it to third parties without the other party's prior written consent.

7.2 Each party may disclose confidential information to its employees and professional advisers who need to know it and are bound by similar obligations, or where required by law. This Section survives for three years after the Term.

## 8. Personnel and Subcontracting

8.1 Supplier shall assign qualified personnel and shall replace any engineer whom Customer reasonably asks to be removed.

8.2 Supplier shall not subcontract any part of the Services without Customer's prior written consent, and remains responsible for any approved subcontractor.

8.3 Supplier shall keep the named service delivery manager and on-site team lead in their roles for at least the first two years of the Term, unless they leave Supplier's employment or Customer agrees to a change.

## 9. Liability

9.1 Supplier's total liability under this Agreement is limited to 150% of the Total Contract Value, except for personal injury, fraud and wilful misconduct.

9.2 Neither party is liable for loss of profit or indirect loss.

## 10. Term

10.1 This Agreement starts on signature and continues until the end of the Term. Any extension must be agreed in writing by both parties; there is no automatic renewal.

10.2 Neither party may terminate this Agreement before the end of the Term, except that either party may end it by written notice if a force majeure event prevents the other party's performance for more than 90 consecutive days.

10.3 In the last three months of the Term Supplier shall cooperate with Customer and any new provider to transfer the Services, knowledge base and records in an orderly manner, at no extra charge.

## 11. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Chongqing Arbitration Commission for arbitration in Chongqing. The award is final and binding.

## 12. General

12.1 This Agreement, including Schedules 1 to 3, is the entire agreement between the parties about the Services.

12.2 Amendments must be in writing and signed by both parties.

12.3 This Agreement is signed in English and Chinese, and both texts have equal force.

Signed for Customer: ____________________   Signed for Supplier: ____________________

## Schedule 1 — Scope of Services

| Service element | Scope | Quantity |
|---|---|---|
| Service desk | Incidents and requests from all Customer users by telephone, WeChat Work and portal | 1,150 users |
| End-user device support | Desktops, laptops, printers and handheld scanners: installation, moves, repairs, imaging | 1,420 devices |
| Network monitoring | Routers, switches, firewalls and wireless controllers at all sites, around the clock | 14 sites, 236 devices |
| Server support | Operating-system patching and backup checks for on-premises servers | 38 servers |
| Asset management | Keeping the device inventory and warranty records current | all devices |
| Reporting | Monthly service report and quarterly service review with Customer | monthly |

## Schedule 2 — Service Levels

| Priority | Definition | Response time | Restoration target |
|---|---|---|---|
| Priority 1 | A site, the warehouse management system or order picking stopped | 30 minutes | 6 hours |
| Priority 2 | A department or key user unable to work | 1 hour | 1 business day |
| Priority 3 | A single user affected, workaround available | 2 business hours | 3 business days |
| Service request | Standard requests from the catalogue | 1 business day | 5 business days |

Service credits: for each Priority 1 incident where the response or restoration target is missed, Customer receives a credit of CNY 3,000; for each month in which more than five Priority 2 incidents miss their targets, Customer receives a credit of CNY 5,000. Total credits in a month shall not exceed 20% of that month's service charge.

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition (one-time) | fixed | 84,000 |
| Monthly service charge | 1,150 users, 1,420 devices, 14 sites | 68,500 per month |
| Monthly service charges for the Term | 36 months | 2,466,000 |
| Additional device | per device per month | 38 |
| Additional site | per site per month | 1,600 |
| **Total Contract Value** | | **2,550,000** |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. BBA-QD-2026-011

PARTIES

1.1 Black Belt AgriData, Inc., an Alabama corporation with its office at 1020 Water Avenue, Selma, Alabama 36701, United States ("Provider").

1.2 Qingdao Haihui Cotton Trading Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Shinan District, Qingdao, Shandong Province ("Customer").

1.3 Customer imports raw cotton and trades cotton futures. Provider collects and publishes crop-condition, planting, harvest, ginning and weather data for cotton-growing regions and delivers it by API and bulk files. Customer wishes to subscribe to that data for use in its trading and procurement decisions.

DEFINITIONS

2.1 "Provider Data" means the datasets, forecasts, indices and reports made available through the Service, including historical archives.

2.2 "Service" means Provider's AgriData API, bulk file delivery and web dashboard as described in Annex 1.

2.3 "Subscription Year" means each of the two consecutive annual periods of the Initial Term, the first starting on the Start Date.

2.4 "Customer Data" means the watchlists, field and warehouse locations, query parameters, user accounts and any other data that Customer or its users submit to the Service, and the usage records relating to them.

2.5 "Start Date" means the date on which Customer accepts the integration under Clause 5.

SUBSCRIPTION AND LICENCE

3.1 Provider grants Customer a non-exclusive, non-transferable licence during the Term to access the Service and use Provider Data for the internal business of Customer and its subsidiaries in the People's Republic of China, for up to 40 named users and four system integrations.

3.2 Customer may store Provider Data in its own systems and use it in internal models, reports and trading decisions, and may show excerpts to its customers and banks in the ordinary course of business, provided that Provider is cited as the source. Customer shall not resell Provider Data or provide it to third parties as a data feed.

3.3 Provider shall keep the Service at least at the scope and quality described in Annex 1 and shall give Customer 60 days' notice before retiring any dataset or API endpoint used by Customer.

3.4 Provider Data is compiled from public agencies, field surveys and Provider's own models. Provider shall correct errors in Provider Data promptly after it becomes aware of them and shall publish a correction notice through the API and the dashboard. Forecasts are estimates, and Customer remains responsible for its own trading decisions.

3.5 Customer shall keep its API keys secure, shall not share user accounts, and shall tell Provider without delay if it suspects that a key has been compromised. Provider may suspend a compromised key after telling Customer, and shall issue a replacement key the same day.

TERM AND RENEWAL

4.1 The Initial Term consists of two Subscription Years from the Start Date.

4.2 At the end of the Initial Term this Agreement renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the then-current term.

4.3 The subscription fees for each renewal term shall be Provider's list prices in effect at the start of that renewal term. Provider shall inform Customer of the new fees at least 75 days before the renewal.

INTEGRATION AND ACCEPTANCE

5.1 Within 45 days after signature Provider shall: (a) configure API access for Customer's four systems; (b) deliver the historical archive since the 2000 crop season as bulk files loaded into Customer's data warehouse; (c) build a custom daily feed that maps Provider Data to Customer's warehouse and grading codes; and (d) train Customer's analysts and IT staff.

5.2 Customer shall test the integration for ten business days. The integration is accepted when: (a) all endpoints listed in Annex 1 return data to Customer's systems without error; (b) the historical archive reconciles with Provider's published record counts for each dataset; (c) the custom daily feed is delivered by 07:00 Beijing time on every test day with correct code mapping; and (d) the documentation is delivered. Customer shall confirm acceptance in writing or list deficiencies, which Provider shall correct before the test is repeated.

5.3 If Provider fails to complete the items in Clause 5.1 on time for reasons attributable to Provider, Provider shall pay CNY 700 for each day of delay until the integration is accepted.

FEES AND PAYMENT

6.1 The fees for the Initial Term are:

    Item                                           Per Subscription Year (CNY)   Initial Term (CNY)
    AgriData API, Professional tier                 348,000                       696,000
    Historical archive and bulk files               48,000                        96,000
    Integration and custom daily feed (one-time)    -                             42,000
    Total fees for the Initial Term                                               834,000

6.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days. The one-time integration fee is invoiced after acceptance under Clause 5.2 and is payable within 30 days.

6.3 API calls above 5,000,000 per month are charged at CNY 0.02 per call, invoiced monthly in arrears. All fees are in CNY and include VAT; Provider shall issue valid PRC invoices through its authorised distributor.

SERVICE LEVELS

7.1 Provider shall make the API available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance.

7.2 Provider shall deliver the daily feed by 07:00 Beijing time on each business day.

7.3 Severity 1 means the API is unavailable or the daily feed is not delivered. Provider shall respond to a Severity 1 report within 1 hour, at any time, and keep Customer informed every two hours until the issue is resolved. Severity 2 issues receive a response within one business day.

7.4 If availability in a month is below the level in Clause 7.1, or the daily feed is late on more than two days in a month, Customer receives a service credit of 10% of the monthly share of the subscription fee for that month. A late Severity 1 response gives a further credit of CNY 1,500. Credits are deducted from the next invoice or refunded at the end of the Term.

7.5 Provider's support desk is available by email and telephone in English at all times, and in Mandarin during Beijing business hours through its distributor.

CUSTOMER DATA AND SECURITY

8.1 Customer Data belongs to Customer. Provider shall use it only to provide the Service to Customer and shall not use it for any other purpose, including analytics for other customers.

8.2 Provider shall protect Customer Data with encryption in transit and at rest, access control, multi-factor authentication for its administrators, and logging. Customer Data shall be stored in a data centre in mainland China operated by Provider's hosting partner.

8.3 Provider shall notify Customer within 24 hours after becoming aware of unauthorised access to Customer Data or to Customer's API keys, take immediate steps to contain it, and be liable for losses caused by its failure to comply with this Clause 8.

8.4 At the end of the Term Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

8.5 Provider shall answer Customer's reasonable security questionnaires and provide, on request, a summary of its most recent independent security assessment.

INTELLECTUAL PROPERTY

9.1 Provider Data and the Service remain the property of Provider and its data sources.

9.2 The code mapping, the custom feed specification and the integration scripts made for Customer belong to Customer, which may use and modify them without restriction.

CONFIDENTIALITY

10.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to employees and advisers who need to know it. Customer's watchlists and query patterns are Customer's confidential information. This Clause survives for three years after the Term.

SUBCONTRACTING

11.1 Provider shall not subcontract the delivery of the Service or the integration work without Customer's prior written consent, except for its data centre hosting partner named in Annex 1. Provider remains responsible for any subcontractor.

LIABILITY

12.1 Neither party is liable for indirect loss, loss of profit or trading losses.

12.2 Provider's total liability arising under or in connection with this Agreement is limited to the fees paid by Customer in the three months before the event giving rise to the claim.

12.3 Clause 12.2 does not apply to Provider's liability under Clause 8.3 or for wilful misconduct.

TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

13.2 If Customer terminates under Clause 13.1, Provider shall refund the fees paid for the period after termination.

GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising from this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final and binding.

GENERAL

15.1 Annex 1 (Service Description and Endpoints) forms part of this Agreement.

15.2 Neither party is liable for delays caused by events beyond its reasonable control, provided it notifies the other party promptly.

15.3 Notices under this Agreement shall be given in writing by courier or email to the contacts named in Annex 1.

15.4 This Agreement is signed in English and Chinese. Both versions have equal force.

For Provider: ____________________          For Customer: ____________________
"""


# ---------------------------------------------------------------- design: files, labels, expected rules
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def terms(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto,
                                term, sub, law, kind]))


# key: (file, format, source, language, category, terms, extra, tco (fee base, licence/hardware) or None,
#       forum outside mainland China, design rules, design risk)
DESIGN = {
    "h958z01": ("h958z01_health_commission_device_rental_platform.pdf", "pdf", Z01, "zh", "software",
                terms(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True,
                      False, "PRC", "goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1758000),
                860000, False, [], "low"),
    "h958z02": ("h958z02_oxygen_plant_line_control_retrofit.docx", "docx", Z02, "zh", "hardware",
                terms(None, 1, True, "buyer", True, True, True, 0.02, None, 10, True, True, 24, 9, False, True,
                      True, "PRC", "goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1574000),
                1236000, False, ["CR-LD-LOW", "CR-SUBCONTRACT"], "medium"),
    "h958z03": ("h958z03_paddleboard_chain_booking_membership_saas.txt", "txt", Z03, "zh", "cloud",
                terms(99.5, 1, True, "buyer", True, False, True, 0.08, None, None, True, None, None, None, True,
                      True, False, "PRC", "service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=726000),
                None, False, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], "medium"),
    "h958z04": ("h958z04_water_bureau_levee_seepage_monitoring_om.txt", "txt", Z04, "zh", "services",
                terms(99.95, 0.5, False, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False,
                      True, False, "PRC", "service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=468000),
                None, False, ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"], "medium"),
    "h958z05": ("h958z05_nut_carving_studio_process_tracking_supplier_template.md", "md", Z05, "zh", "software",
                terms(None, None, False, "supplier", True, True, True, None, None, 65, False, False, 6, 28, False,
                      True, None, None, "goods_or_licence"),
                dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=True, contract_value=480000),
                320000, False,
                ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                 "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], "high"),
    "h958e01": ("h958e01_cmms_perpetual_licence_opelika_vendor.pdf", "pdf", E01, "en", "software",
                terms(None, 1, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 18, 11, False, True,
                      False, "Alabama", "goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1720000),
                1180000, True, ["CR-GOVERNING-LAW"], "low"),
    "h958e02": ("h958e02_service_desk_saas_order_form_tifton_vendor.md", "md", E02, "en", "cloud",
                terms(99.5, 1, True, "buyer", True, True, True, 600 / 888000 * 100, 6 / 24 * 100, None, True, None,
                      None, None, False, True, True, "PRC", "service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=888000),
                None, False, ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"], "medium"),
    "h958e03": ("h958e03_coldchain_sensors_monitoring_licence_eufaula_vendor.docx", "docx", E03, "en", "hardware",
                terms(99.95, 0.5, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 36, 7, False, True,
                      False, "PRC", "goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1890000),
                1629600, False, [], "low"),
    "h958e04": ("h958e04_managed_it_services_36_months_thomasville_vendor.md", "md", E04, "en", "services",
                terms(None, 0.5, True, "buyer", False, True, True, 2000 / 2550000 * 100, 150, None, True, None, None,
                      None, False, False, False, "PRC", "service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2550000),
                None, False, ["CR-DATA-SECURITY", "CR-TERMINATION"], "high"),
    "h958e05": ("h958e05_cotton_crop_data_api_subscription_selma_vendor.txt", "txt", E05, "en", "cloud",
                terms(99.95, 1, True, "buyer", True, True, True, 700 / 834000 * 100, 3 / 24 * 100, None, True, None,
                      None, None, True, True, False, "PRC", "service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=834000),
                None, False, ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP"], "medium"),
}

# policy §3 thresholds (pack defaults) and the TCO horizon
TH = dict(availability=99.9, p1=4, ld=0.05, cap=100, prepay=30, warranty=12, pwf=15, tco=40, horizon=5)


def tco_share(t, base, value):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence/hardware subtotal. Returns (tco, share %) or None when the fee is not a figure."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, TH["horizon"] - t["warranty_months"] / 12)
    fees = years * base * t["post_warranty_fee_pct"] / 100
    return value + fees, fees / (value + fees) * 100


def derive(t, x, share, forum_outside):
    """My reading of policy §3, applied to the labels."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["pwf"]):
            r.add("CR-POST-WARRANTY-FEE")
        if share is not None and share[1] > TH["tco"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
PATTERNS = [re.compile(p, re.I) for p in [
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.])4\s*-?\s*h(?:ou)?rs?", r"four\s*-?\s*hours?", r"(?<![\d.])4\s*(?:个\s*)?小\s*时", r"(?<!十)四\s*(?:个\s*)?小\s*时",
    r"(?<![\d.])0?\.050*\s*[%％]", r"万\s*分\s*之\s*五(?!十)", r"千\s*分\s*之\s*零\s*点\s*五", r"(?<![\d.])0?\.5\s*‰",
    r"(?<![\d.,])(?:100|30|15|40)(?:\.0+)?\s*(?:[%％]|per\s*-?\s*cent|percent)",
    r"(?:hundred|thirty|fifteen|forty)\s*(?:per\s*-?\s*cent|percent)",
    r"百\s*分\s*之\s*(?:一\s*)?百", r"百\s*分\s*之\s*(?:三\s*十|十\s*五|四\s*十)(?!\s*[一二三四五六七八九点])",
    r"(?<![\d.,])12\s*-?\s*(?:个\s*)?(?:months?|月)", r"twelve\s*(?:\(\s*12\s*\)\s*)?-?\s*months?", r"十\s*二\s*个\s*月",
    r"\bone\s*-?\s*years?\b", r"(?<![〇零一二三四五六七八九十\d第])一\s*年",
    r"(?<![\d.,])5\s*-?\s*(?:years?|年)", r"five\s*-?\s*years?", r"(?<![〇零一二三四五六七八九十\d])五\s*年",
    r"(?<![\d.,])60\s*-?\s*months?", r"六\s*十\s*个\s*月",
]]
MUST_HIT = ["99.9%", "99.90 %", "within 4 hours", "4hrs", "four hours", "4小时", "4 个小时", "四小时", "0.05%",
            "万分之五", "千分之零点五", "100%", "100 per cent", "30%", "30 %", "百分之三十", "15%", "fifteen percent",
            "40%", "百分之四十", "百分之百", "12 months", "12-month", "12个月", "twelve (12) months", "十二个月",
            "one year", "质保期一年", "5 years", "5年", "five years", "五年", "60 months", "六十个月"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "14 hours", "0.08%", "万分之八", "万分之二",
             "150%", "200%", "35%", "45%", "百分之三十五", "百分之三", "115%", "1,500", "CNY 40,000", "2026年",
             "二〇二五年", "36 months", "24个月", "二十四个月", "2025 years", "three years", "三年", "once a year",
             "第一年", "each Subscription Year", "one Subscription Year", "0.5 percentage point", "3 hours"]


def hits(text):
    return [m.group(0) for p in PATTERNS for m in p.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not hits(s), "must miss: %s -> %s" % (s, hits(s))


# ---------------------------------------------------------------- read back
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


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def label(key):
    name, fmt, src, lang, cat, t, x, base, forum, rules, rk = DESIGN[key]
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": sorted(rules)}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    office = {k: (v[0], v[1]) for k, v in DESIGN.items() if v[1] in ("docx", "pdf")}
    write({k: DESIGN[k][2] for k in office}, office, OUT, wrap_words=True)
    covered, compliant, report = set(), [], []
    for key, (name, fmt, src, lang, cat, t, x, base, forum, rules, rk) in DESIGN.items():
        assert name.startswith(key + "_") and name.endswith("." + fmt)
        assert list(t) == TERM_KEYS
        goods = t["contract_kind"] == "goods_or_licence"
        assert ("post_warranty_fee_capped" in x) == goods
        assert list(x) == (["sla_clause", "ld_stated"] + (["post_warranty_fee_capped"] if goods else [])
                           + ["acceptance_deemed_on_delivery", "contract_value"])
        if not goods:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert t["final_payment_on_acceptance"] is None  # per-period fees in every service draft here
        path = OUT / name
        if fmt in ("txt", "md"):
            path.write_text(src, encoding="utf-8")
        text = read_back(path)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        assert lo <= n <= hi, (name, n)
        # no value on a threshold
        for k, th in (("availability_pct", "availability"), ("p1_response_hours", "p1"), ("ld_rate_per_day_pct", "ld"),
                      ("liability_cap_pct", "cap"), ("prepayment_pct", "prepay"), ("warranty_months", "warranty"),
                      ("post_warranty_fee_pct", "pwf")):
            assert t[k] is None or abs(t[k] - TH[th]) > 1e-9, (name, k)
        share = tco_share(t, base, x["contract_value"]) if goods else None
        if share:
            assert abs(share[1] - TH["tco"]) > 2, (name, share)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            assert not hits(variant), (name, hits(variant))
        # the contract value is stated in the text
        v = x["contract_value"]
        assert "{:,}".format(v) in re.sub(r"\s", "", text), (name, v)
        got = derive(t, x, share, forum)
        assert got == sorted(rules), (name, got, sorted(rules))
        assert risk(got) == rk, (name, risk(got), rk)
        covered |= set(got)
        if not got:
            compliant.append(lang)
        (OUT / (path.stem + ".json")).write_text(json.dumps(label(key), ensure_ascii=False, indent=1),
                                                 encoding="utf-8")
        report.append("%-68s %-3s %5d %-6s %s%s" % (name, lang, n, rk, ", ".join(r[3:] for r in got) or "(none)",
                      "  TCO %.0f share %.2f%%" % share if share else ""))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert sorted(compliant) == ["en", "zh"]
    assert derive(DESIGN["h958e01"][5], DESIGN["h958e01"][6], None, True) == ["CR-GOVERNING-LAW"]
    assert 8 <= len(DESIGN["h958z05"][9]) <= 10
    assert sum(1 for v in DESIGN.values() if 2 <= len(v[9]) <= 3) == 6
    print("\n".join(report))
    print("all checks passed")


if __name__ == "__main__":
    main()
