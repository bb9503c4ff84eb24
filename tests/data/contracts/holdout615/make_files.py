"""holdout615: builds the ten draft contracts from the sources below, writes the .json labels and asserts the checks
(lengths, no threshold value or figure, rules derived from the labels = design list, all 20 CR rules covered).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:粮库智能化监测平台采购合同
P:合同编号：QJLC-ZFCG-2025-017
P:采购人（甲方）：清江市粮食和物资储备局
P:供应商（乙方）：南陵智仓信息技术有限公司
P:根据清江市政府采购项目（项目编号QJCG2025-0316）公开招标的结果，依据《中华人民共和国政府采购法》《中华人民共和国民法典》，甲乙双方就市储备粮库智能化监测平台的软件许可、定制开发及实施事宜，经协商一致，订立本合同。招标文件、乙方投标文件及澄清材料为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供“智仓云”粮情监测平台软件许可（永久许可，覆盖甲方所属六个库点、八十二个仓廒），包括粮情测温、仓储作业、出入库、能耗监测、视频联动及移动巡检模块。
P:1.2 乙方按甲方需求进行定制开发，包括：与省级粮食储备监管平台的数据接口；气调设备、通风设备及空调的控制接口；粮情异常预警模型配置；库存账实比对报表及领导驾驶舱。
P:1.3 乙方负责平台部署、历史粮情数据迁移、联调测试、试运行保障及人员培训，并提交完整的技术文档。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰玖拾柒万肆仟元整（¥1,974,000.00），含税，为固定总价。其中：平台软件许可费¥1,180,000；定制开发费¥640,000；实施部署费¥118,000；培训费¥36,000。
P:2.2 合同总价已包含乙方完成本合同全部工作所需的一切费用，包括差旅、第三方组件及税费，甲方不再另行支付其他任何费用。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥394,800。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，即¥888,300。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥690,900。
P:3.4 乙方每次请款前应提交合法有效的增值税专用发票。甲方按财政国库集中支付的程序付款，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应在合同生效后九十日内完成平台部署及定制开发并提交初步验收申请，在初步验收后六十日内完成试运行。
P:4.2 乙方应指定一名具备粮食仓储信息化项目经验的项目经理常驻现场，未经甲方同意不得更换。
P:4.3 乙方应在合同生效后十日内提交项目实施计划，列明需求调研、开发、部署、数据迁移、联调、试运行各阶段的时间节点和人员安排，经甲方确认后执行。乙方每周向甲方提交进度报告，发生可能影响工期的情况应及时书面说明。
P:4.4 乙方应为甲方各库点的保管员、信息管理员和系统管理员分别开展培训，培训合计不少于十二个课时，并提供培训教材和操作视频。
P:4.5 合同签订前，乙方应按合同总价的5%向甲方提交履约保证金，可采用银行保函形式。最终验收合格且无未了结事项的，甲方在二十日内无息退还。
H:第五条 验收
P:5.1 初步验收标准：六个库点的测温数据均接入平台，数据采集成功率不低于99.5%；与省级监管平台接口连续七日上报无差错；预警模型对甲方提供的历史异常样本全部能够识别；平台在二百名用户并发访问时页面响应时间不超过3秒。
P:5.2 最终验收标准：试运行六十日内无一级故障；历史粮情数据迁移后经逐仓抽查比对一致；第三方机构出具的安全测评报告无高危问题；技术文档、源代码及培训记录齐全。
P:5.3 验收由甲方组织，可邀请专家参加，验收结果以书面验收报告为准。平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在二十日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与运行维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配及远程技术支持。
P:6.2 服务水平：平台月度可用率不低于99.95%；一级故障（平台整体不可用或粮情数据中断）30分钟内响应、两小时内到场、八小时内恢复；二级故障两小时内响应；三级问题一个工作日内答复。
P:6.3 乙方未达到上述服务水平的，一级故障每迟延响应或恢复一小时，甲方有权扣减维护费或从履约保证金中扣除¥1,000；月度可用率每低于承诺值0.01个百分点，扣除¥2,000。
P:6.4 质保期满后，如甲方需要继续运维服务，年度维护费不超过平台软件许可费的9%，即每年不超过¥106,200，该费率在质保期满后的三年内不作上调。维护合同按年另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台软件的知识产权属于乙方，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 乙方为本项目定制开发的接口程序、预警模型配置、报表及驾驶舱的知识产权归甲方所有，乙方应交付源代码及文档，甲方可自行或委托第三方修改、使用。
P:7.3 乙方保证其提供的软件及成果不侵犯第三方权利，如发生侵权纠纷由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台采集和产生的粮情数据、库存数据、视频及业务数据均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于其他任何目的，不得向任何第三方提供。
P:8.2 乙方应按照网络安全等级保护第三级要求配合部署，远程运维须经甲方审批并通过堡垒机进行，操作全程留痕；不得将甲方数据拷贝出甲方网络。
P:8.3 发生或可能发生数据泄露、篡改或丢失的，乙方应在两小时内书面报告甲方并采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及由此产生的行政处罚后果。
H:第九条 保密
P:9.1 乙方对在履约中知悉的甲方储备粮数量、库点布局、设施参数及其他未公开信息负有保密义务，未经甲方书面同意不得向第三方披露。
P:9.2 保密义务在本合同终止后五年内持续有效。
H:第十条 违约责任
P:10.1 乙方逾期完成部署、验收或整改的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付的成果不符合合同约定的，应无偿修改或更换；给甲方造成损失的，应予赔偿。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十一条 分包与转让
P:11.1 乙方不得将本合同项下的工作转包或分包给任何第三方，也不得转让本合同项下的权利义务。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同，互不承担违约责任。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:14.2 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。附件：附件一 分项报价表；附件二 定制开发需求清单；附件三 验收测试方案。
P:甲方（盖章）：清江市粮食和物资储备局    乙方（盖章）：南陵智仓信息技术有限公司
P:签订日期：2025年5月20日
"""

SRC["z02"] = """T:瓦楞纸板生产线控制系统改造及维保合同
P:合同编号：HX-SB-2025-0612
P:甲方（买方）：佛山华信纸品包装有限公司
P:乙方（卖方）：常州恒控自动化工程有限公司
P:甲方拟对其二号厂房的2500型五层瓦楞纸板生产线进行控制系统改造，乙方提供设备、软件、安装调试及维保服务。双方经协商一致，订立本合同。
H:第一条 合同标的
P:1.1 乙方负责供货并实施：单面机及双面机张力控制系统改造；横切机伺服驱动及控制改造；生产管理软件（订单排产、换单、质量追溯模块）许可；在线传感器及编码器的更换。
P:1.2 乙方负责现有控制柜的拆除、新设备安装、电气接线、程序编制、与甲方ERP的订单接口开发、联机调试和操作人员培训。
P:1.3 具体配置、品牌型号及技术参数见附件一《技术规格书》。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰叁拾捌万肆仟元整（¥1,384,000），含13%增值税，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|单面机及双面机张力控制系统|1套|486,000
TB:2|横切机伺服驱动及控制改造|1套|372,000
TB:3|生产管理软件许可（永久）|1套|268,000
TB:4|在线传感器及编码器|1批|94,000
TB:|设备及软件小计||1,220,000
TB:5|安装调试及接口开发|1项|146,000
TB:6|操作及维修培训|1项|18,000
TB:|合同总价||1,384,000
P:2.2 上述价格为固定价格，包含设备运输、保险、安装材料及乙方人员费用。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的25%作为预付款，即¥346,000。
P:3.2 设备到达甲方现场并经双方清点签收后，甲方支付合同总价的50%，即¥692,000。到货签收仅为数量确认，不视为质量验收。
P:3.3 改造完成并经甲方最终验收合格后，甲方支付合同总价的25%，即¥346,000。
P:3.4 乙方在每期付款前开具等额增值税专用发票。
H:第四条 交货与施工
P:4.1 乙方应在合同签订后五十日内将设备运抵甲方现场。改造施工安排在甲方计划停机期间进行，停机期不超过十天，乙方应提前提交施工方案和停机计划，经甲方确认后实施。
P:4.2 施工期间乙方应遵守甲方的安全生产管理制度，动火、高空及带电作业须办理审批手续。因乙方原因造成人身伤害或设备损坏的，由乙方负责。
P:4.3 乙方应派驻项目经理一名、电气工程师及软件工程师各两名，施工期间全程在现场。项目经理负责与甲方生产部、设备部的协调，每日下班前通报当日进度和次日安排。
P:4.4 乙方应随设备提供中文技术资料，包括电气原理图、接线图、PLC程序备份、参数清单、操作手册和维修手册各两套，并提交电子版。
P:4.5 乙方应为甲方操作工、电工和设备管理人员提供不少于五天的现场培训，使其能够独立完成日常操作、换单设置、常见报警处理和参数备份恢复。
P:4.6 乙方应随货提供质保期内所需的易损件清单，并在甲方现场储备关键备件（伺服驱动器、编码器、张力传感器各一件），质保期满后由甲方按成本价购买或退回乙方。
H:第五条 验收
P:5.1 验收标准：生产线在设计车速下连续运行七十二小时无因控制系统导致的停机；纸板横切长度误差不超过正负一毫米；换单时间较改造前缩短一半以上；张力波动在技术规格书规定范围内；生产管理软件与ERP订单数据一致。
P:5.2 甲方在乙方提交验收申请后七日内组织验收，验收合格的签署最终验收报告。验收不合格的，乙方应在十五日内整改，并再次申请验收。
P:5.3 生产线恢复生产或甲方试用改造后的系统，均不视为验收合格。
H:第六条 质保及维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内，因设备或软件质量问题产生的维修、更换和软件修正由乙方免费负责。
P:6.2 故障响应：一级故障（生产线停机）乙方应在6小时内响应，并在二十四小时内派工程师到场；二级故障（部分功能异常但可生产）在一个工作日内响应。
P:6.3 乙方未能按时响应或到场的，每迟延一小时，甲方可从质保金或应付款项中扣除¥800。
P:6.4 质保期内乙方每季度到现场巡检一次，检查电气柜、驱动器、传感器及软件运行日志，并提交巡检报告和改进建议。
P:6.5 质保期满后，乙方提供有偿维保服务，年度维保费为设备及软件小计的8%，即每年¥97,600，质保期满后三年内该价格不变。维保内容包括定期巡检、故障维修、软件升级及备件更换（备件按成本价另计）。
H:第七条 知识产权
P:7.1 乙方为本项目编制的PLC程序、人机界面组态、ERP接口程序及其源代码归甲方所有，甲方有权自行修改和使用。生产管理软件产品的著作权仍归乙方所有，甲方获得永久使用许可。乙方应在最终验收时将上述程序的最终版本及源代码刻录光盘交付甲方，并在质保期内每次修改后提交更新版本。
H:第八条 数据安全
P:8.1 生产管理软件中的订单、工艺参数、质量记录等数据属于甲方，乙方不得复制、留存或用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方每次授权，通过甲方指定的VPN账号进行，维护完成后立即关闭权限。乙方应采取防病毒和访问控制措施，不得在甲方控制网络中接入未经检查的移动存储设备。
P:8.3 因乙方原因造成数据泄露、丢失或生产系统被病毒感染的，乙方应在两小时内通知甲方，负责恢复并赔偿甲方全部损失。
H:第九条 保密
P:9.1 乙方对甲方的生产工艺、客户订单、产能及价格信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密期限至本合同终止后三年。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金总额不超过合同总价的10%。
P:10.2 因改造质量问题导致甲方停产的，乙方除负责修复外，还应赔偿甲方因停产造成的直接损失。
P:10.3 甲方逾期付款的，按应付金额每日万分之三支付违约金。
H:第十一条 分包
P:11.1 乙方可将电气安装、线缆敷设及设备吊装工作分包给具备相应资质的第三方，但应提前三个工作日书面通知甲方。乙方对分包方的工作质量和安全负全部责任。
H:第十二条 合同的变更和终止
P:12.1 本合同的变更须经双方书面协商一致。
P:12.2 因不可抗力致使本合同无法履行的，双方可协商终止合同，按实际完成的工作量结算。
P:12.3 本合同在双方义务全部履行完毕后终止。
H:第十三条 法律适用及争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交佛山仲裁委员会仲裁。
H:第十四条 其他
P:14.1 双方指定的联系人及通知地址见合同首页。一方以书面形式（含电子邮件）向对方联系人发出的通知，在送达对方地址或进入对方电子邮箱时视为送达。一方联系人或地址变更的，应在变更后三日内书面通知对方，否则按原地址送达的通知视为有效送达。
P:14.2 乙方应遵守甲方厂区的环保及消防规定，施工产生的废旧电缆、控制柜及包装物由乙方负责分类清运，不得在厂区堆放超过三日。
P:14.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件与本合同具有同等效力。
P:甲方（盖章）：佛山华信纸品包装有限公司    乙方（盖章）：常州恒控自动化工程有限公司
P:日期：2025年6月12日
"""

SRC["z03"] = """连锁自习室座位预约管理系统（SaaS）服务及实施合同

合同编号：JZ-IT-2025-033
甲方：成都静舟文化教育科技有限公司
乙方：杭州云座网络科技有限公司

甲方在成都、重庆、西安经营“静舟自习室”连锁门店共四十家。为统一座位预约、会员管理和门店运营，甲方向乙方订购“云座”座位预约管理系统的SaaS服务及实施服务。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方四十家门店提供座位预约、会员储值与时长卡、门禁联动、灯光与空调联动、营业数据看板等功能，门店数量以附件一《门店清单》为准。
2. 甲方会员通过微信小程序完成选座、预约、签到、续时和付款，门店店长通过管理端查看实时上座率和营收数据。
3. 平台部署在位于中国境内的云服务器上，乙方负责平台的运行、维护、版本升级和安全防护。
（二）实施服务
1. 乙方负责四十家门店的系统开通、门禁与智能电表的接入调试、历史会员数据迁移、小程序定制页面开发、店长及客服培训。
2. 乙方应在合同生效后四十五日内完成全部门店上线。
3. 乙方应指定一名实施经理负责本项目，制定分批上线计划，每批上线前与甲方门店运营部确认门店营业安排，尽量在夜间或闭店时段完成设备调试，不影响门店正常营业。
4. 甲方负责提供门店网络、门禁控制器和智能电表的现有型号资料，并协调门店人员配合调试。因甲方原因延误的，上线期限相应顺延。

二、服务期限
（一）本合同服务期为两个服务年度，自全部门店上线验收合格之日起计算。每个服务年度自上线验收日或其周年日起算，至下一周年日的前一日止。
（二）服务期满前，任何一方未提出书面异议的，本合同自动续展一个服务年度，此后亦同。续展时乙方有权根据市场情况上调订阅费单价，上调幅度由乙方确定，乙方应在服务期满前二十日通知甲方新单价。

三、费用及支付
（一）费用构成
1. 订阅费：每家门店每个服务年度人民币6,800元，四十家门店每个服务年度合计272,000元，两个服务年度合计544,000元。
2. 实施费：一次性人民币86,000元。
3. 本合同总价为人民币630,000元（含6%增值税）。
4. 门店数量增加的，新增门店按上述单价和剩余服务期按月折算计费；门店关闭的，自关闭次月起停止计收该门店的订阅费，甲方应提前二十日书面通知乙方。
5. 短信通知、微信支付通道手续费由甲方直接向相关服务商支付，不包含在本合同价款内。
（二）支付方式
1. 实施费在全部门店上线验收合格后十五个工作日内一次性支付。
2. 订阅费按季度后付，每季度结束后十五个工作日内支付该季度订阅费68,000元。
3. 乙方应在付款前开具合法有效的增值税专用发票。

四、上线验收
（一）验收标准
1. 四十家门店全部开通，门禁与智能电表联动成功率不低于99%；
2. 小程序选座、预约、签到、续时、付款全流程在一千名用户并发时响应时间不超过2秒；
3. 历史会员、储值余额与时长数据迁移后与甲方原系统逐条比对一致；
4. 支付流水与微信商户平台对账一致，连续七日无差错；
5. 店长及客服培训完成并通过操作考核。
（二）甲方在收到乙方上线验收申请后五个工作日内组织验收，验收合格的签署书面验收报告。门店开始试营业或甲方支付订阅费，均不视为验收合格。

五、服务水平
（一）平台月度可用率不低于99.5%。计划内维护应安排在凌晨一时至六时之间，并提前两日通知甲方，不计入不可用时间。
（二）故障分级响应：
1. 一级故障（小程序或平台整体不可用、支付功能中断）：30分钟内响应，两小时内恢复；
2. 二级故障（部分门店门禁或设备联动失效）：一小时内响应，八小时内恢复；
3. 三级问题（一般咨询和功能建议）：一个工作日内答复。
（三）服务抵扣：月度可用率低于承诺值的，每低于0.1个百分点，抵扣当月订阅费的2%；一级故障每超时恢复一小时，抵扣当月订阅费的1%。抵扣在下期订阅费中扣除。
（四）乙方应提供每日八时至二十四时的在线客服及电话支持，并为甲方指定一名客户成功经理，每月向甲方提交服务报告，内容包括可用率、故障处理情况、工单统计和优化建议。
（五）乙方每季度至少发布一次功能更新，更新前应在测试环境中验证，涉及小程序界面或收费流程变化的，应提前七日通知甲方并提供更新说明。

六、数据
（一）甲方会员信息、预约记录、储值和交易数据属于甲方所有。
（二）乙方有权将平台运行中产生的预约、到店和使用数据在去除会员身份信息后，用于乙方产品改进、行业研究报告及向其他客户提供的经营分析服务。
（三）服务期满或合同终止后三十日内，乙方应将甲方数据以通用格式完整交还甲方，并删除平台中的甲方数据，出具删除证明。

七、数据安全
（一）乙方应采取加密存储、访问控制、操作日志审计、定期备份等措施保障甲方数据安全，平台应通过网络安全等级保护第二级以上测评，会员个人信息的处理应符合《个人信息保护法》的规定。
（二）发生数据泄露、篡改或丢失的，乙方应在两小时内通知甲方，配合甲方履行报告和告知义务，并承担因乙方原因造成的全部损失和责任。

八、保密
双方对在合作中知悉的对方商业秘密和未公开信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内有效。乙方应要求其接触甲方信息的员工签署保密承诺，并对员工的违约行为承担责任。前述保密信息包括但不限于甲方的门店选址计划、会员规模、定价策略、营业数据和合作方信息。

九、知识产权
（一）云座平台及其软件的知识产权归乙方所有。
（二）乙方为甲方定制开发的小程序页面、品牌视觉元素及报表模板，其知识产权归甲方所有，甲方可自行修改或交由第三方使用。

十、违约责任
（一）乙方未能按期完成全部门店上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期支付费用的，每逾期一日按未付金额的万分之三支付违约金。

十一、分包
乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，乙方应退还已收取但尚未提供服务部分的费用。
（二）一级故障在一个服务年度内累计发生超过五次的，甲方有权解除合同。
（三）合同解除或服务期满的，乙方应在甲方数据交还完成前维持平台只读访问，并配合甲方将会员预约和门禁服务平稳切换至甲方指定的系统，切换期间乙方不另行收费。

十三、法律适用及争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

十四、其他
（一）甲方应按乙方提供的操作规范使用平台，妥善保管管理账号和密码，因甲方账号保管不善造成的损失由甲方自行承担。
（二）本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
（三）附件一《门店清单》、附件二《功能清单》为本合同组成部分。

甲方（盖章）：成都静舟文化教育科技有限公司
乙方（盖章）：杭州云座网络科技有限公司
签订日期：2025年4月8日
"""

SRC["z04"] = """献血者管理信息系统年度运维服务合同

项目名称：献血者管理信息系统2025—2026年度运维服务
采购方式：竞争性磋商（项目编号：LZXZ-CS-2025-09）
甲方：临州市中心血站
乙方：临州博润医疗软件有限公司

根据竞争性磋商结果，乙方为本项目成交供应商。依据《中华人民共和国民法典》及政府采购有关规定，甲乙双方就献血者管理信息系统的运行维护服务订立本合同。

第一条 服务范围
（一）运维对象：甲方献血者管理信息系统，包括献血者招募与登记、体检初筛、采血、血液检测、成分制备、库存及发血、献血者关爱与积分、固定采血点及五辆献血车的移动采血终端，以及与省血液信息平台、医院用血系统的接口。
（二）服务内容：系统日常巡检与监控；故障诊断与处理；数据库维护、备份与恢复演练；操作系统及中间件补丁更新；接口运行监测与异常处理；系统安全基线核查与漏洞修复；业务报表的小幅调整；用户操作支持与培训；重大献血活动期间的现场保障。
（三）乙方不负责硬件设备的维修更换，但应协助甲方判断硬件故障并配合硬件厂商处理。
（四）服务期内，因国家或省级血液管理规范调整，需要对系统字段、报表或接口作出调整的，工作量在二十人日以内的由乙方在本合同价款内完成；超出部分由双方另行协商。
（五）乙方应在服务期开始后十日内完成系统现状评估，提交系统架构图、资产清单、账号清单和风险点清单，经甲方确认后作为运维基线。

第二条 服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满本合同即终止，不自动续期；甲方如需继续采购，按政府采购程序另行确定供应商。

第三条 服务费用及支付
（一）本合同服务费总额为人民币肆拾陆万捌仟元整（¥468,000.00），含税，包括乙方驻场及远程服务的人工、差旅、工具软件等全部费用。
（二）服务费按季度支付，每季度末经甲方对当季服务考核合格后十五个工作日内，甲方支付当季服务费¥117,000。乙方应在请款时提交季度服务报告及发票。
（三）服务费按财政资金支付程序办理。乙方开户银行名称及账号以合同首页所载为准，乙方变更收款账户的，应加盖公章书面通知甲方，否则甲方按原账户付款即视为已履行付款义务。

第四条 人员要求
（一）乙方安排一名运维工程师在甲方驻场，工作日八时至十八时在岗；献血高峰期及甲方组织的大型团体献血活动期间，增派一名工程师现场保障。
（二）驻场人员应具有医疗信息系统运维经验，熟悉甲方系统所用的数据库和中间件，并经甲方面试同意。乙方更换驻场人员应提前十日书面告知甲方，并做好工作交接。
（三）乙方人员应遵守甲方的工作制度、院感管理及保密规定。

第五条 服务水平
（一）系统核心业务（登记、采血、检测、发血）年度可用率不低于99.95%，计划内维护须安排在非工作时间并经甲方同意。
（二）故障分级及响应时限：
1. 一级故障（核心业务中断、血液检测结果无法传输、发血业务停止）：30分钟内响应，两小时内恢复业务；
2. 二级故障（部分功能或个别采血点终端不可用）：一小时内响应，八小时内解决；
3. 三级问题（操作咨询、报表调整需求）：一个工作日内答复，五个工作日内完成。
（三）乙方每月提交运维月报，内容包括系统运行情况、故障及处理记录、备份与恢复检查结果和改进建议。每季度进行一次备份恢复演练并形成记录。
（四）每年“世界献血者日”、春节前及暑期等献血高峰期，乙方应提前制定保障方案，对献血车移动终端、网络链路和接口进行专项巡检，活动当日安排工程师随队或在血站值守。
（五）乙方应建立运维工单记录，所有故障和服务请求均须登记，注明报告时间、响应时间、处理过程和关闭时间，甲方可随时查阅。

第六条 服务考核与验收
（一）甲方按季度对乙方服务进行考核，考核内容包括：驻场到岗率不低于95%；一级、二级故障响应和解决时限达标情况；巡检、备份、补丁更新按计划完成；月报按时提交；用户满意度评价。考核结果作为当季付款的依据。
（二）服务期满前二十日，甲方组织年度验收，验收标准为：全年各季度考核合格；运维文档、配置记录、账号清单完整移交；系统运行状态良好，无遗留的一级、二级故障。验收结果以书面验收报告为准。

第七条 数据安全
（一）系统中的献血者个人信息、健康检查与检测结果、血液库存和发血数据均属于甲方，乙方仅可为完成运维工作访问相关数据，不得用于任何其他目的，不得复制、留存或向第三方提供。
（二）乙方人员须使用甲方分配的个人账号，通过堡垒机进行操作，禁止共用账号；涉及生产数据的操作须经甲方信息科审批并全程录屏。禁止将献血者数据导出至甲方网络以外的设备。
（三）乙方应遵守《个人信息保护法》《数据安全法》及卫生健康行业的数据安全要求。发生数据泄露、篡改、丢失或勒索病毒等安全事件的，乙方应在一小时内报告甲方，立即采取处置措施，并承担因乙方原因造成的全部损失和法律责任。

第八条 保密
乙方及其人员对在服务中知悉的献血者信息、甲方业务数据、网络结构和账号口令负有保密义务，未经甲方书面同意不得向任何第三方披露。驻场人员应签署个人保密承诺书。保密义务不因合同终止而解除。乙方人员离岗时，应交回甲方提供的门禁卡、账号和全部资料，乙方应督促其遵守离岗后的保密义务。

第九条 知识产权
乙方在运维过程中为甲方编写的脚本、报表、配置文件和运维文档，其知识产权归甲方所有，甲方可自行使用和修改。

第十条 违约责任
（一）乙方未按合同约定提供服务的，甲方有权要求乙方限期改正；因乙方原因给甲方造成损失的，乙方应赔偿甲方的实际损失。
（二）甲方逾期支付服务费的，应在乙方催告后十日内支付。

第十一条 分包
乙方不得将本合同项下的服务转包或分包给第三方。

第十二条 合同解除
（一）乙方严重违反本合同约定，或连续两个季度考核不合格的，甲方有权书面通知解除合同，并按实际服务期间结算费用。
（二）乙方发生数据安全事件且负有主要责任的，甲方有权立即解除合同。
（三）因政府预算调整或甲方业务系统整体更换，导致本合同无需继续履行的，甲方可提前三十日书面通知乙方解除合同，按实际服务期间结算服务费，双方互不承担违约责任。

第十三条 甲方义务
甲方应为驻场人员提供办公场所和必要的网络接入条件，指定信息科一名联系人负责日常对接，及时审批乙方提交的变更和数据操作申请，并组织用户参加培训。

第十四条 服务交接
合同期满或解除时，乙方应在十日内完成运维交接，向甲方或甲方指定的供应商移交全部账号、文档、配置记录和未完成工单，并配合新供应商熟悉系统，交接期间不另行收费。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，由双方协商解决；协商不成的，依法向甲方所在地人民法院起诉。

第十六条 其他
本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。磋商文件、乙方响应文件及成交通知书为本合同的组成部分。

甲方（盖章）：临州市中心血站
乙方（盖章）：临州博润医疗软件有限公司
签订日期：2025年6月18日
"""

SRC["z05"] = """# 智排APS生产计划排程系统软件许可及实施合同

**（智排科技标准合同文本 ZP-HT-2024版）**

合同编号：ZP-2025-0427

甲方（用户）：河南麦香源食品有限公司

乙方（供方）：苏州智排软件科技有限公司

甲方为提高方便面生产线的计划排程效率，决定采购乙方“智排APS”生产计划排程系统。双方依据《中华人民共和国民法典》，在平等自愿的基础上订立本合同，以资共同遵守。

## 第一条 产品及服务内容

1.1 乙方向甲方提供智排APS系统V5软件许可，包括主生产计划、工序排程、物料需求、产能负荷、换线优化、移动看板模块，许可方式为永久许可，许可范围为甲方郑州工厂的十二条油炸面及非油炸面生产线。

1.2 乙方根据甲方需求进行定制开发：面饼、调料包、包装三段工序的联动排程规则；与甲方ERP、MES及仓储系统的数据接口；按口味和规格的换线矩阵；生产计划日报、周报及管理驾驶舱。

1.3 乙方负责系统安装部署、基础数据初始化、参数配置、关键用户培训及上线支持。

## 第二条 合同金额

2.1 本合同总金额为人民币壹佰叁拾捌万元整（¥1,380,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智排APS系统V5软件许可（永久） | 1,020,000 |
| 2 | 定制开发（排程规则、接口、报表） | 286,000 |
| 3 | 实施服务（部署、配置、培训） | 74,000 |
| | 合计 | 1,380,000 |

2.2 上述金额含增值税。甲方需求变更导致工作量增加的，按乙方人天单价另行计费。

2.3 乙方人天单价为每人每天¥2,600（含税），差旅费用按实际发生另计。甲方增加生产线、工厂或用户数量的，应按乙方届时的产品价格另行购买许可。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总金额的55%，即¥759,000。乙方收到该款项后启动项目。

3.2 系统上线运行后十个工作日内，甲方向乙方支付合同总金额的45%，即¥621,000。

3.3 甲方逾期付款的，乙方有权暂停实施及技术服务，由此造成的工期延误由甲方负责。

## 第四条 项目实施

4.1 乙方在收到首笔款项后开始实施，计划在九十个工作日内完成系统上线。

4.2 甲方应指定项目负责人及关键用户，按乙方要求及时提供工艺路线、设备产能、物料清单、班组日历等基础数据，并对数据的准确性负责。因甲方原因造成的延误，工期相应顺延。

4.3 乙方指派项目经理一名负责项目实施的组织协调，项目经理以远程方式为主，在需求调研、方案确认和上线阶段到甲方现场工作。乙方可根据项目需要调整实施人员。

4.4 项目实施分为需求调研、方案设计、配置开发、数据准备、系统测试、上线六个阶段。每阶段结束时，乙方提交阶段成果，甲方应在三个工作日内确认；甲方逾期未确认的，视为确认。

4.5 乙方为甲方提供关键用户培训，培训人数不超过十五人，培训后由甲方关键用户负责对最终用户进行培训。

## 第五条 上线与验收

5.1 乙方完成部署和配置后通知甲方上线。系统上线运行即视为甲方验收合格。

5.2 甲方在系统上线后对功能有异议的，应在五个工作日内书面提出，乙方予以解释或调整；逾期未提出的，视为甲方对系统无异议。

## 第六条 售后服务

6.1 乙方自系统上线之日起提供六个月的免费维护服务，包括软件缺陷修复和远程技术支持。

6.2 一级故障（系统无法登录或排程无法运行）乙方在两小时内响应，二级故障在一个工作日内响应。乙方以远程支持为主，必要时派员到现场。

6.3 免费维护期满后，甲方应与乙方签订年度维护合同，年度维护费按软件许可费的25%计算，即每年¥255,000，维护合同到期后按相同费用自动续期。未签订维护合同的，乙方不再提供升级及技术支持。

6.4 维护服务范围包括：软件缺陷修复、版本升级、远程技术支持及每年一次的现场巡检。因甲方操作不当、擅自修改系统、硬件或网络故障、第三方软件等原因引起的问题，不属于维护服务范围，乙方可按人天单价收费。

6.5 甲方服务器、数据库、操作系统及网络环境由甲方负责提供和维护，应满足乙方提出的配置要求。

## 第七条 知识产权

7.1 智排APS软件及其文档的著作权归乙方所有。

7.2 乙方为甲方定制开发的排程规则、接口程序、报表及驾驶舱，其知识产权归乙方所有，乙方授予甲方在许可范围内的非独占使用权。甲方不得对上述成果进行反向工程、修改或提供给第三方使用。

7.3 乙方有权将定制开发中形成的通用功能纳入其标准产品。

## 第八条 数据与安全

8.1 甲方在系统中录入及产生的生产计划、工艺、订单和库存数据归甲方所有，乙方不得用于本合同以外的目的。

8.2 甲方应自行做好数据库的日常备份。乙方实施期间需要导入或修改甲方数据的，应事先告知甲方并在甲方完成备份后进行。

8.3 乙方远程维护须经甲方授权并使用甲方提供的账号，乙方应采取必要的技术措施防止甲方数据泄露或丢失。因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方，协助恢复数据并承担相应责任。

## 第九条 保密

双方对在合作中获知的对方技术资料、商业信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为本合同终止后两年。乙方产品的价格、源代码、技术方案及实施方法属于乙方的保密信息，甲方不得向乙方的竞争对手透露。依法律或监管要求披露的，不视为违反保密义务，但披露方应及时通知对方。

## 第十条 违约责任

10.1 因乙方原因导致系统未能按期上线的，每逾期一日，乙方按合同总金额的万分之二向甲方支付违约金，违约金累计不超过合同总金额的5%。

10.2 甲方逾期支付合同款项的，每逾期一日，按逾期金额的千分之一向乙方支付违约金。甲方在上线后无正当理由拒绝支付余款的，乙方有权停止系统的许可授权。

10.3 乙方在本合同项下对甲方承担的全部赔偿责任（包括违约金）累计不超过合同总金额的20%。乙方对甲方的间接损失、利润损失及生产损失不承担责任。

## 第十一条 合同解除

一方严重违反本合同约定，经守约方书面催告后十五日内仍未纠正的，守约方有权解除本合同。

## 第十二条 不可抗力

因地震、洪水、疫情、政府行为等不可抗力导致一方不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明，可部分或全部免除责任。

## 第十三条 争议解决

因本合同发生的争议，双方应协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同为乙方标准合同文本，双方另有约定的以补充协议为准。

14.3 双方往来通知以书面形式发送至合同首页所列地址或电子邮箱，发出后三日视为送达。

14.4 附件：附件一《软件功能清单》；附件二《定制开发需求说明》；附件三《实施计划》。附件与本合同具有同等效力。

甲方（盖章）：河南麦香源食品有限公司

乙方（盖章）：苏州智排软件科技有限公司

签订日期：2025年4月27日
"""

SRC["e01"] = """T:Software Licence and Services Agreement
P:Agreement No. AMS-CN-2025-014
P:This Software Licence and Services Agreement is made between Anhui Hengrun Building Materials Co., Ltd., a company registered in Wuhu, Anhui Province, People's Republic of China (the "Buyer"), and Atlas Maintenance Systems SARL, a company registered in Casablanca, Kingdom of Morocco (the "Vendor").
P:The Buyer operates three cement grinding plants and wishes to replace its paper-based maintenance process with the Vendor's computerised maintenance management system. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's AtlasCMMS software, version 7, including the work-order, preventive maintenance, spare-parts inventory, asset register, mobile inspection and reporting modules, with its documentation.
P:1.2 "Custom Deliverables" means the configurations, interfaces, report templates, scripts and documentation that the Vendor prepares specifically for the Buyer under this Agreement.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the system meets the acceptance criteria.
P:1.4 "Buyer Data" means all asset, maintenance, inventory, personnel and operating data entered into or generated by the Software for the Buyer.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software at its three plants for up to 260 named users and 80 mobile devices, including use by contractors working on the Buyer's behalf.
P:2.2 The Vendor shall configure the Software to the Buyer's asset hierarchy and maintenance strategies, build interfaces with the Buyer's ERP system (purchase requisitions and spare-parts stock) and its plant historian (running hours and condition alarms), migrate the existing asset register and spare-parts master data, and train key users and administrators.
P:2.3 The Software will be installed on servers provided by the Buyer in its data centre in Wuhu. The Vendor shall specify the required server and database configuration within 10 days after signature.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,804,000, inclusive of applicable taxes and withholding, made up of: Licence Fee CNY 1,260,000; configuration and interfaces CNY 410,000; data migration CNY 96,000; training CNY 38,000.
P:3.2 The Contract Price is fixed and includes all travel and living expenses of the Vendor's personnel, and all third-party components required to run the Software, except the server operating system and database licences provided by the Buyer.
H:Article 4 Payment and Delivery
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 360,800) within 20 days after signature, against the Vendor's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 811,800) after the system goes live at all three plants. Go-live is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 631,400) within 20 days after Final Acceptance.
P:4.4 The Vendor shall deliver the Software licence keys within 10 days after signature and achieve go-live at all three plants within 110 days after signature, following the project plan agreed at the kick-off meeting.
P:4.5 Payments are made in CNY by bank transfer to the account named in the Vendor's invoice. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 The Vendor shall run the acceptance tests set out in the acceptance test plan agreed during design. Acceptance criteria are: every migrated asset and spare-part record reconciles with the source register in a full comparison; work orders flow to the ERP system and back without error for 15 consecutive working days; historian running hours trigger preventive work orders correctly; the mobile application works offline and synchronises within 5 minutes of reconnection; the system supports 120 concurrent users with page response under 3 seconds.
P:5.2 After go-live, the system shall run in production for 45 days without any Severity 1 incident before the Vendor may request Final Acceptance.
P:5.3 The Buyer shall complete its review within 10 working days after the Vendor's request and either sign the Final Acceptance certificate or list the failures. The Vendor shall correct the failures at its own cost and repeat the relevant tests. Installation, go-live, productive use or any payment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the documentation and the agreed specifications for 24 months from Final Acceptance. During this warranty period the Vendor shall correct defects, provide new releases and updates and give remote support free of charge.
P:6.2 Service levels during the warranty period: Severity 1 (system unavailable or work orders cannot be issued at a plant): response within 1 hour, workaround within 8 hours; Severity 2 (a module or interface fails): response within 2 hours, resolution within 2 working days; Severity 3: response within 1 working day.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or workaround time, the Buyer may deduct CNY 1,000 from any amount due or claim it from the Vendor.
P:6.4 After the warranty period, the Vendor shall offer annual support at 10% of the Licence Fee per year (CNY 126,000), fixed for the first three years after the warranty. Support is ordered by a separate purchase order each year and does not renew automatically.
P:6.5 Support includes remote assistance in English and Chinese through the Vendor's partner engineer based in Shanghai, who shall be available on the Buyer's working days.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify and license them to third parties freely.
P:7.3 The Vendor shall defend the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall indemnify the Buyer for all resulting damages and costs.
H:Article 8 Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and shall not copy, keep or use it for any other purpose.
P:8.2 Remote access by the Vendor requires the Buyer's approval for each session, through the Buyer's VPN with multi-factor authentication; sessions are logged. No Buyer Data may be transferred outside the Buyer's network or outside the People's Republic of China.
P:8.3 The Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law when handling Buyer Data, shall notify the Buyer within 12 hours of any actual or suspected security breach, shall take immediate remedial measures and shall be liable for all losses caused by a breach attributable to it.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including plant layouts, production data and prices, and shall use it only for this Agreement. This obligation survives for five years after the end of this Agreement.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to achieve go-live or Final Acceptance on time for reasons attributable to it, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to infringement claims under Article 7.3, breaches of Article 8 or 9, wilful misconduct or personal injury.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent, except the Shanghai partner engineer named in Article 6.5. The Vendor remains fully responsible for any subcontractor.
P:11.2 Neither party may assign this Agreement without the other party's prior written consent.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after notice, or if delay damages reach their maximum. The Vendor shall then refund the amounts paid for the parts not accepted.
P:12.2 Either party may terminate this Agreement if the other party becomes insolvent or ceases business.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Kingdom of Morocco.
P:13.2 Any dispute arising out of this Agreement that cannot be settled amicably within 30 days shall be finally settled by arbitration under the rules of the Casablanca International Mediation and Arbitration Centre, seated in Casablanca, in the English language.
H:Article 14 General
P:14.1 This Agreement, with its annexes, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:14.2 Notices shall be in writing and sent to the addresses stated above, by courier or email with confirmation of receipt.
P:14.3 This Agreement is executed in English in two originals, one for each party, and takes effect on signature by both parties.
P:Annex 1: Functional specification. Annex 2: Acceptance test plan. Annex 3: Project plan.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Date: 12 May 2025
"""

SRC["e02"] = """# FieldPulse Order Form and General Terms

**Order Form No. FP-OF-2025-0093**

## Part A – Order Form

### A1. Parties

- **Provider:** FieldPulse Technologies SARL, Rue du Lac Biwa, Les Berges du Lac, Tunis, Tunisia.
- **Customer:** Qingdao Haitong Elevator Service Co., Ltd., Laoshan District, Qingdao, Shandong Province, People's Republic of China.

### A2. Service

FieldPulse field-service management platform, Professional edition, provided as software-as-a-service: job scheduling and dispatch, mobile technician app (Android and iOS), maintenance contract register, asset history by elevator, spare-parts usage, customer sign-off on mobile, and standard dashboards. The Service is hosted for the Customer in a cloud region located in mainland China, operated by the Provider's hosting partner.

### A3. Subscription Term

Twenty-four (24) months from the Service Start Date. The Service Start Date is the date of Onboarding Acceptance under Section 4 of Part B. This Order Form expires at the end of the Subscription Term unless the parties sign a new Order Form.

### A4. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Subscription, Professional edition, per named user per Subscription Year | 220 users × 2 Subscription Years | 1,150 | 506,000 |
| Onboarding package (configuration, data import, ERP connector, training), one-time | 1 | 48,000 | 48,000 |
| **Total fees under this Order Form** | | | **554,000** |

Additional named users may be added at the same unit price, pro rata for the remainder of the Subscription Term. Fees are stated inclusive of VAT. A Subscription Year is each consecutive period starting on the Service Start Date or on an anniversary of it and ending on the day before the next anniversary.

### A5. Invoicing and Payment

- Subscription fees are invoiced quarterly in advance, at the start of each quarter of the Subscription Term (CNY 63,250 per quarter for 220 users), and are payable within 30 days of invoice.
- The onboarding fee is invoiced after Onboarding Acceptance and is payable within 30 days of invoice.
- No amount is payable before the Service Start Date.

### A6. Order Details

- Onboarding to be completed within 60 days after signature of this Order Form.
- Customer contacts: IT Manager (system administration); Service Operations Manager (business owner).
- Provider contacts: Account Manager; Onboarding Lead; Support Desk (support@fieldpulse.example).
- This Order Form incorporates the General Terms in Part B. If there is a conflict, Part A prevails.

## Part B – General Terms

### 1. Definitions

1.1 "Customer Data" means all data, including personal information of technicians and end customers, that the Customer or its users submit to the Service or that the Service generates for the Customer.

1.2 "Documentation" means the Provider's user guides and technical descriptions of the Service, as updated from time to time.

1.3 "Customer Configurations" means the workflows, forms, job templates, dashboards and connector mappings the Provider builds specifically for the Customer.

### 2. The Service

2.1 The Provider shall make the Service available to the Customer and its users during the Subscription Term in accordance with the Documentation.

2.2 The Provider will use commercially reasonable efforts to keep the Service available and to perform maintenance outside the Customer's business hours where practical. The Provider does not commit to any particular level of availability.

2.3 Support is provided by the Provider's Support Desk by email and web portal on working days in Tunis and Beijing business hours. The Provider will respond to support requests as soon as reasonably practicable, taking into account the nature of the request.

2.4 The Provider may update the Service from time to time, provided that updates do not materially reduce its core functions.

### 3. Customer Responsibilities

3.1 The Customer is responsible for its users' compliance with these terms, for keeping login credentials secure and for the accuracy of Customer Data.

3.2 The Customer shall provide the Provider with timely access to its ERP test environment, sample data exports and knowledgeable staff during onboarding, and shall nominate one administrator who will be the first point of contact for its users.

3.3 The Customer shall not resell the Service, attempt to reverse engineer it or use it to build a competing product.

### 4. Onboarding and Acceptance

4.1 The Provider shall perform the onboarding package described in Part A, including configuration of job types and service areas, import of 3,600 elevator assets and 180 maintenance contracts, set-up of the connector to the Customer's ERP for spare-parts issues, and training of dispatchers, supervisors and administrators.

4.2 Onboarding Acceptance criteria: all assets and contracts imported and reconciled against the Customer's export with no missing record; end-to-end dispatch of 50 test jobs from creation to customer sign-off on mobile devices; spare-parts usage posted correctly to the ERP for every test job; dashboards match the test data; administrators able to create users and job templates without Provider assistance.

4.3 The Customer shall test within 10 working days after the Provider's notice of readiness and shall either sign the Onboarding Acceptance certificate or list the failures. The Provider shall correct the failures and repeat the tests. Use of the Service for training or testing is not acceptance.

4.4 If Onboarding Acceptance is delayed beyond the date in A6 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay, up to a total of CNY 30,000.

### 5. Customer Data and Security

5.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Service and support to the Customer and for no other purpose.

5.2 The Provider shall store Customer Data in mainland China, encrypt it in transit and at rest, restrict access to authorised personnel with individual accounts and multi-factor authentication, log administrative access and keep daily backups for 30 days.

5.3 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, or loss of, Customer Data, shall take prompt remedial steps and shall be responsible for losses caused by its breach of this Section 5. The Provider shall comply with the PRC Personal Information Protection Law in handling personal information.

5.4 Within 30 days after the end of the Subscription Term the Provider shall return Customer Data in CSV format and then delete it, and confirm the deletion in writing.

### 6. Confidentiality

Each party shall keep confidential the other party's non-public business and technical information received in connection with this Order Form, shall use it only for this Order Form and shall protect it with at least reasonable care. This obligation lasts for three years after the end of the Subscription Term.

### 7. Intellectual Property

7.1 The Service, the Documentation and all related software remain the property of the Provider.

7.2 Customer Configurations belong to the Customer. The Provider shall export them on request, and the Customer may use, modify and allow third parties to use them freely.

### 8. Subcontractors

The Provider may use affiliates, hosting providers and other subcontractors to provide the Service and support. The Provider shall inform the Customer by email of any new subcontractor at least 15 days before it begins work. The Provider remains responsible for the performance of its subcontractors.

### 9. Warranties

9.1 The Provider warrants that the Service will perform materially in accordance with the Documentation and that onboarding will be performed with reasonable skill and care.

9.2 If the Service does not conform, the Provider shall correct the non-conformity. If it cannot do so within a reasonable time, the Customer may terminate under Section 11.

### 10. Liability

10.1 Each party's total liability arising out of this Order Form is limited to twice the total fees under this Order Form.

10.2 The limit does not apply to breaches of Section 5 or 6, infringement claims, fraud or wilful misconduct.

### 11. Term and Termination

11.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

11.2 On termination by the Customer for the Provider's breach, the Provider shall refund prepaid subscription fees for the period after termination.

11.3 Sections 5, 6, 7 and 10 survive termination.

### 12. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai.

### 13. General

13.1 This Order Form is the entire agreement between the parties on its subject matter and may be amended only in writing signed by both parties.

13.2 Notices under this Order Form shall be sent by email to the contacts named in A6, with a copy by courier for notices of breach or termination.

13.3 Neither party may assign this Order Form without the other's consent, except to a successor of its whole business.

**Signed for the Customer:** ______________ **Signed for the Provider:** ______________

Date: 3 June 2025
"""

SRC["e03"] = """T:Supply Contract for Wireless Condition Monitoring Sensors and Monitoring Software
P:Contract No. JXP-EQ-2025-0221
P:Buyer: Jiangxi Xinyuan Paper Co., Ltd., Industrial Park, Jiujiang, Jiangxi Province, People's Republic of China.
P:Supplier: Numidia Sense Technologies EURL, Hydra, Algiers, Algeria.
P:The Buyer operates two paper machines and related pulping lines and wishes to monitor the vibration and temperature of its rotating equipment. Following the Buyer's invitation to tender and the Supplier's bid, the parties agree as follows, on the Buyer's standard terms for equipment purchase.
H:1. Definitions and Scope
P:1.1 "Equipment" means the wireless vibration and temperature sensors, gateways, mounting kits and accessories listed in Clause 2.
P:1.2 "Software" means the Supplier's SenseWatch condition monitoring software, licensed perpetually under Clause 7, installed on the Buyer's servers.
P:1.3 "Works" means installation, configuration of alarm thresholds and asset models, integration with the Buyer's distributed control system and maintenance system, and training.
P:1.4 The Supplier shall supply the Equipment and the Software and perform the Works so that the Buyer can monitor 320 measurement points on pumps, fans, refiners, dryer section drives and vacuum pumps, as listed in the technical specification annexed to this Contract.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,428,000, inclusive of VAT, delivery to the Buyer's mill in Jiujiang, import duties, insurance, installation and all other costs of the Supplier, broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensors, ATEX-rated where required|320|2,150|688,000
TB:2|Industrial wireless gateways with mounting and power kits|24|9,500|228,000
TB:3|SenseWatch software licence, perpetual, 400 points, 25 users|1|356,000|356,000
TB:|Equipment and Software Subtotal|||1,272,000
TB:4|Installation, configuration and DCS / maintenance system integration|1|134,000|134,000
TB:5|Training of maintenance engineers and operators|1|22,000|22,000
TB:|Contract Price|||1,428,000
P:2.2 The Contract Price is fixed and not subject to exchange-rate adjustment.
H:3. Payment
P:3.1 10% of the Contract Price (CNY 142,800) within 15 working days after signature, against an advance payment guarantee of the same amount issued by a bank in mainland China.
P:3.2 55% of the Contract Price (CNY 785,400) after delivery of all Equipment and completion of installation, as certified by the Buyer's installation certificate. The installation certificate records quantities and installation only and is not acceptance.
P:3.3 35% of the Contract Price (CNY 499,800) within 20 working days after Final Acceptance under Clause 5.
P:3.4 Each payment requires a valid VAT invoice issued by the Supplier or its authorised agent in China.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Buyer's mill within 70 days after signature and complete installation within 30 days after delivery. Installation shall be performed during the Buyer's planned shutdowns, which the Buyer will notify at least 10 days in advance.
P:4.2 The Supplier's personnel shall comply with the Buyer's site safety rules, permit-to-work system and hot-work restrictions. The Supplier is responsible for the safety of its personnel and for damage it causes.
P:4.3 Within 10 days after signature the Supplier shall provide a performance bond of 10% of the Contract Price, issued by a bank in mainland China and valid until Final Acceptance, from which the Buyer may recover delay damages and deductions due under this Contract.
P:4.4 The Supplier shall train at least 12 maintenance engineers and 20 operators in the use of the Software, alarm handling, battery replacement and basic vibration analysis, with course materials in Chinese, and shall hand over as-built documentation before Final Acceptance.
P:4.5 The Supplier shall provide a mounting plan for each measurement point, with photographs after installation, and label every sensor with its asset tag.
H:5. Acceptance
P:5.1 Acceptance tests shall be carried out under the acceptance test plan agreed within 20 days after signature. Acceptance criteria: every sensor reports to the Software at the configured interval, with packet loss below 2% over 14 consecutive days; vibration readings on 20 reference points are within 5% of readings taken with the Buyer's calibrated portable analyser; alarms are shown in the distributed control system within 10 seconds; work requests are created automatically in the maintenance system for confirmed alarms; battery life forecasts are provided for every sensor.
P:5.2 After the tests are passed, the system shall run for 30 days without a Severity 1 incident. The Buyer shall then issue the Final Acceptance certificate within 5 working days or state the reasons for refusal.
P:5.3 Delivery, installation, start of monitoring or any payment does not constitute acceptance. If the tests fail, the Supplier shall remedy the failure at its cost and repeat the tests.
H:6. Warranty, Service Levels and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective Equipment, including sensor batteries that fail before their stated life, and shall correct Software defects and provide updates free of charge.
P:6.2 Faults are classified and handled as follows:
TB:Severity|Description|Response|Restoration
TB:Severity 1|Software or more than one gateway down; no data from a paper machine|30 minutes|8 hours
TB:Severity 2|Single gateway or group of sensors not reporting|2 hours|2 working days
TB:Severity 3|Individual sensor fault or user question|1 working day|10 working days
P:6.3 For each hour by which the Supplier exceeds the Severity 1 response or restoration time, the Buyer may deduct CNY 1,200 from the performance bond or from any amount due.
P:6.4 After the warranty period the Supplier shall provide annual support, including Software updates, remote diagnosis and replacement of failed devices at cost, for 7% of the Equipment and Software Subtotal per year (CNY 89,040). This price is fixed for two years after the warranty. Support is ordered each year by the Buyer's purchase order; there is no automatic renewal.
P:6.5 The Supplier shall keep spare sensors and gateways in stock with its agent in Shanghai so that replacements reach the mill within 3 days.
H:7. Licence and Intellectual Property
P:7.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for its Jiujiang mill and any replacement site.
P:7.2 The asset models, alarm settings, dashboards and integration programs prepared for the Buyer belong to the Buyer, with their source code. The Buyer may use, modify and license them to third parties freely. The Software itself and the sensor firmware remain the Supplier's property.
P:7.3 The Supplier warrants that the Equipment and Software do not infringe any third-party rights and shall indemnify the Buyer against any such claim.
H:8. Data Security
P:8.1 All measurement data, alarms, asset information and reports generated by the system belong to the Buyer. The Supplier may use them only to perform this Contract and may not copy, retain or use them for any other purpose.
P:8.2 The system shall be installed inside the Buyer's network. Gateways shall use encrypted wireless communication. Remote access by the Supplier requires the Buyer's approval for each session and shall go through the Buyer's bastion host, with all actions logged. No data may be transferred outside the People's Republic of China.
P:8.3 The Supplier shall report any actual or suspected security incident within 6 hours, take remedial measures immediately and bear all losses caused by an incident attributable to it.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's mill, processes, equipment condition and prices obtained under this Contract, shall not disclose it to third parties without the Buyer's written consent and shall use it only for this Contract, during the Contract and for five years afterwards.
H:10. Delay Damages and Liability
P:10.1 If the Supplier fails to deliver, install or achieve Final Acceptance on time, it shall pay delay damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price. Payment of delay damages does not release the Supplier from its obligations.
P:10.2 The Supplier's total liability under this Contract is limited to 250% of the Contract Price, except for personal injury, wilful misconduct and breaches of Clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the Works without the Buyer's prior written consent. The Supplier remains responsible for approved subcontractors.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages reach their maximum. The Supplier shall then refund all amounts paid for items not accepted.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Nanchang Arbitration Commission for arbitration in Nanchang.
H:14. General
P:14.1 This Contract is made in English and Chinese; both versions have equal effect. It takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: 21 February 2025
"""

SRC["e04"] = """# Managed IT Services Agreement

**Agreement No. ZLC-MSA-2025-07**

**Between:** Zhejiang Lvhe Chemical Co., Ltd., Shangyu Economic and Technological Development Zone, Shaoxing, Zhejiang Province, People's Republic of China (the "Customer")

**And:** Pharos Managed IT Services S.A.E., Smouha, Alexandria, Arab Republic of Egypt, acting through its delivery centre and its on-site team in Shaoxing (the "Provider")

**Background.** The Customer runs a head office, two production sites and a research laboratory with about 1,150 users. It wishes to outsource its service desk, end-user device support and server and network monitoring to the Provider for a fixed term of 36 months, on the terms below.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the service levels and service credits in Schedule 2.

1.3 "Customer Data" means all data of the Customer, its employees, customers and suppliers that the Provider accesses, receives or processes in performing the Services, including personal information.

1.4 "Transition" means the work needed to take over the Services from the Customer's current arrangements, as described in Schedule 1, ending with Transition Acceptance.

1.5 "Service Commencement Date" means the day after Transition Acceptance.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date and then end. There is no automatic renewal; any extension requires a written amendment signed by both parties.

## 3. Services and Personnel

3.1 The Provider shall perform the Services in accordance with this Agreement, good industry practice and the Customer's IT policies notified to it.

3.2 The Provider shall keep an on-site team at the Customer's head office and production sites as set out in Schedule 1, and shall provide remote service desk coverage around the clock from its delivery centre, with Mandarin-speaking agents.

3.3 The Provider shall appoint a Service Delivery Manager who meets the Customer's IT Director monthly to review performance, incidents, problems and improvement actions, and a quarterly review with the Customer's management.

3.4 The Provider shall not replace the Service Delivery Manager or the on-site team leader without the Customer's prior agreement, save for resignation or illness.

## 4. Transition and Acceptance

4.1 The Provider shall complete Transition within 75 days after signature, including knowledge transfer from the current support staff, set-up of the service management tool, import of the asset inventory, creation of the knowledge base and connection of monitoring agents to all in-scope servers and network devices.

4.2 Transition Acceptance criteria: all in-scope assets recorded and reconciled with the Customer's inventory; monitoring active on every in-scope server and network device, with test alerts received by the service desk; a 14-day shadow period in which at least 95% of tickets are handled according to the agreed procedures; all runbooks and escalation contacts approved by the Customer.

4.3 The Customer shall confirm Transition Acceptance in writing within 5 working days after the Provider shows that the criteria are met, or state the failures. Start of ticket handling during the shadow period is not acceptance.

4.4 If Transition Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,800 for each day of delay, up to CNY 90,000.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The total value of this Agreement is CNY 2,212,000.

5.2 The Transition fee is invoiced after Transition Acceptance. Monthly service charges are invoiced monthly in arrears. The Customer shall pay undisputed invoices within 30 days after receipt of a valid VAT invoice.

5.3 Service credits under Schedule 2 are deducted from the next monthly invoice.

5.4 Charges are fixed for the term. Additional work outside Schedule 1 requires a change order signed by both parties before it starts.

## 6. Data Security

6.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only as necessary to perform the Services and on the Customer's instructions, and shall not use it for any other purpose.

6.2 The Provider shall keep all Customer Data in mainland China and shall not transfer it abroad, including to its delivery centre in Alexandria; agents there work only through the Customer's virtual desktop environment, which prevents local storage, copying and printing.

6.3 The Provider shall apply individual named accounts, multi-factor authentication, least-privilege access, logging of privileged actions and background checks on its staff. It shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

6.4 The Provider shall notify the Customer within 6 hours after becoming aware of a security incident affecting Customer Data, contain it, cooperate with any investigation and regulatory reporting, and bear the losses caused by an incident attributable to it.

6.5 At the end of this Agreement the Provider shall return all Customer Data and documentation and then delete all copies, and certify the deletion in writing.

## 7. Intellectual Property

7.1 Runbooks, scripts, knowledge-base articles, reports and configurations created by the Provider for the Customer belong to the Customer, which may use, modify and hand them to any successor provider freely.

7.2 The Provider's service management tool and its own pre-existing methods remain the Provider's property. The Provider grants the Customer the right to use the outputs of that tool for its internal purposes.

## 8. Subcontracting

8.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent, except the hosting of the service management tool with the provider named in Schedule 1. The Provider remains responsible for all subcontractors.

## 9. Liability

9.1 The Provider's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to the charges paid by the Customer in the six months before the event giving rise to the claim.

9.2 Neither party is liable for indirect or consequential loss. The limit in 9.1 does not apply to personal injury, fraud or wilful misconduct.

## 10. Termination

10.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after notice, or if service credits reach their monthly maximum in three consecutive months.

10.2 Either party may terminate if the other becomes insolvent.

10.3 On expiry or termination the Provider shall provide exit assistance for up to 60 days, at the monthly charge pro rata, to hand the Services over to the Customer or a successor provider.

## 11. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

## 12. General

12.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.

12.2 Notices shall be sent to the addresses above by courier or by email with confirmation.

## Schedule 1 – Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Single point of contact by phone, email and portal; logging, triage, first-line resolution and escalation for about 1,150 users | 24 x 7 |
| On-site end-user support | Desktops, laptops, printers, mobile devices, meeting rooms; two engineers at head office and one at each production site and at the laboratory | Working days 08:00–18:00 |
| Server and network monitoring | 86 servers, 41 switches, 6 firewalls, wireless controllers; alert handling and first-line fixes | 24 x 7 |
| Patch and antivirus management | Monthly patch cycle for servers and end-user devices; antivirus console administration | Scheduled |
| Asset and licence records | Maintaining the asset inventory and software licence records | Ongoing |
| Transition | Activities in Clause 4 | One-time |

## Schedule 2 – Service Levels and Credits

| Priority | Definition | Response | Resolution target | Credit if missed |
|---|---|---|---|---|
| P1 | Site-wide outage, production control network affected or more than 50 users unable to work | 15 minutes | 2 hours | 3% of the monthly charge per incident |
| P2 | A department or critical application affected | 30 minutes | 6 hours | 1% of the monthly charge per incident |
| P3 | Single user affected | 2 hours | 2 working days | Measured monthly: 0.5% if fewer than 90% met |
| P4 | Requests and questions | 1 working day | 5 working days | none |

Service credits are capped at 10% of the monthly charge per month. Service desk calls shall be answered within 60 seconds for 85% of calls per month.

## Schedule 3 – Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, after Transition Acceptance | 124,000 |
| Monthly service charge | CNY 58,000 × 36 months | 2,088,000 |
| **Total value** | | **2,212,000** |

**For the Customer:** ____________________ **For the Provider:** ____________________

Date: 9 July 2025
"""

SRC["e05"] = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. AGD-CN-2025-0318

PARTIES

Customer: Ningbo Haifeng Grain and Oils Import and Export Co., Ltd., Beilun District, Ningbo, Zhejiang Province, People's Republic of China.

Vendor: AgriData Maghreb SARL, Gueliz, Marrakesh, Kingdom of Morocco.

The Customer imports wheat, barley, sunflower oil and olive oil and wishes to receive crop, weather and price data through an application programming interface for its purchasing and risk teams. The Vendor collects, cleans and distributes such data. The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the crop condition indices, satellite vegetation indices, weather observations and forecasts, port stock estimates and daily physical price assessments for the commodities and origins listed in Annex A, together with their history since 2010.

1.2 "API" means the Vendor's REST interface and the bulk file delivery service through which the Data is made available.

1.3 "Subscription Year" means each of the two consecutive annual periods of the Subscription Term, the first starting on the Start Date.

1.4 "Start Date" means the day after Integration Acceptance under Clause 4.

1.5 "Customer Inputs" means the watch lists, portfolio positions, locations and queries that the Customer submits to the API.

2. SUBSCRIPTION

2.1 The Vendor grants the Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API and use the Data within its group in mainland China for its own purchasing, hedging, logistics and internal reporting, for up to 40 named users and 6 system integrations.

2.2 The Customer may keep Data downloaded during the Subscription Term and continue to use it internally after the term ends, but may not resell or publish the Data or use it to create a competing data product.

2.3 The monthly call allowance is 2,000,000 API calls. Calls above the allowance are charged as overage under Annex B.

2.4 The Customer may add data sets or origins during the Subscription Term at the prices in the Vendor's offer accepted in writing by the Customer, pro rata for the remainder of the current Subscription Year.

2.5 Once in each Subscription Year the Vendor may ask the Customer to confirm in writing the number of named users and system integrations in use. Additional users found are charged pro rata at the rates in Annex B.

3. SUBSCRIPTION TERM AND RENEWAL

3.1 The Subscription Term is two Subscription Years from the Start Date.

3.2 At the end of the Subscription Term, and at the end of every renewal period, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current period.

3.3 The Vendor may increase the fees for any renewal period by written notice given at least 75 days before the renewal date. The increased fees apply to the renewal period unless the Customer gives notice of non-renewal.

4. INTEGRATION AND ACCEPTANCE

4.1 The Vendor shall provide integration services: set-up of API credentials and IP allow-lists, a mapping of the Vendor's origin and grade codes to the Customer's commodity master data, a daily file feed into the Customer's data warehouse and a connector for the Customer's trading and risk system.

4.2 Integration Acceptance criteria: all Annex A data sets delivered to the Customer's test environment for 10 consecutive business days without a missed daily file; values in the Customer's warehouse reconcile with the Vendor's portal for a sample of 200 data points; latency from the Vendor's publication to arrival in the Customer's warehouse below 15 minutes; mapping tables approved by the Customer's risk team.

4.3 The Customer shall complete its tests within 10 business days after the Vendor's notice of readiness and either sign an acceptance certificate or list the failures, which the Vendor shall correct before repeating the tests. Access to the Data during testing is not acceptance.

4.4 The Vendor shall achieve Integration Acceptance within 45 days after signature. If it fails to do so for reasons attributable to it, it shall pay the Customer CNY 500 for each day of delay, up to CNY 25,000.

5. FEES AND PAYMENT

5.1 Fees:
(a) Subscription fee, Subscription Year 1: CNY 276,000.
(b) Subscription fee, Subscription Year 2: CNY 276,000.
(c) Integration services, one-time: CNY 36,000.
Total fees for the Subscription Term: CNY 588,000, inclusive of VAT and any withholding tax.

5.2 The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 69,000, each at the start of the quarter to which it relates. The integration fee is invoiced after Integration Acceptance. Overage is invoiced quarterly in arrears at the rates in Annex B.

5.3 The Customer shall pay each correct invoice within 30 days after receipt.

6. SERVICE LEVELS

6.1 The Vendor shall make the API available at least 99.95% of the time in each calendar month, excluding scheduled maintenance of up to 2 hours per month announced 5 days in advance and performed between 01:00 and 05:00 Beijing time.

6.2 Daily price assessments and weather files shall be published by 18:00 Beijing time on each business day.

6.3 Support is provided by email, telephone and the Vendor's portal. Priority 1 incidents (API unavailable, or no daily files delivered) shall be responded to within 1 hour at any time; Priority 2 incidents (a data set late or incomplete) within 3 hours during business days; other requests within 1 business day.

6.4 If monthly availability falls below the committed level, or daily files are published late on more than two days in a month, the Customer shall receive a service credit of 5% of the monthly equivalent of the subscription fee for each shortfall, up to 25% of that amount per month. A Priority 1 response more than 1 hour late adds a credit of 2% for each late incident. Credits are deducted from the next invoice.

7. DATA QUALITY

7.1 The Vendor shall collect the Data from reliable sources using methods described in its methodology notes, and shall correct any error it finds or the Customer reports, and re-publish corrected values within 2 business days.

7.2 The Vendor does not warrant that the Data is complete or that any forecast will be accurate. The Customer is responsible for its trading and purchasing decisions.

7.3 The Vendor shall give the Customer at least 90 days' notice before discontinuing any data set, and shall offer a replacement data set of comparable coverage or a pro rata reduction of the subscription fee.

8. CUSTOMER INPUTS

8.1 Customer Inputs belong to the Customer. The Vendor shall use Customer Inputs only to deliver the Data and the API to the Customer, and shall not use them for any other purpose, including the Vendor's own analysis, products or other customers.

8.2 At the end of this Agreement the Vendor shall delete Customer Inputs from its systems within 30 days.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information obtained under this Agreement, including the Customer's Inputs, positions and purchasing plans and the Vendor's methodology and prices, shall use it only for this Agreement and shall not disclose it to third parties except to its advisers bound by equivalent duties.

9.2 This obligation continues for five years after the end of this Agreement.

10. INTELLECTUAL PROPERTY

10.1 The Data, the API and the Vendor's methodology remain the property of the Vendor and its licensors.

10.2 The mapping tables, file feed and connector built for the Customer under Clause 4 belong to the Customer, which may use, modify and have them maintained by third parties freely.

11. SUBCONTRACTING

11.1 The Vendor shall not subcontract the integration services or the support services without the Customer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor and of its data sources.

12. LIABILITY

12.1 Each party's total liability under this Agreement is limited to three times the total fees for the Subscription Term.

12.2 Neither party is liable for loss of profit or trading losses, or for indirect or consequential loss, except in case of fraud or wilful misconduct.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

13.2 On termination by the Customer for the Vendor's breach, the Vendor shall refund any fees paid for the period after termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be referred to the Shenzhen Court of International Arbitration for arbitration in Shenzhen, in English.

15. GENERAL

15.1 This Agreement with Annex A (Data sets and origins) and Annex B (Overage rates) is the entire agreement of the parties on its subject matter.

15.2 Amendments must be in writing and signed by both parties. Notices shall be sent by email to the contacts named in Annex A and confirmed by courier.

15.3 This Agreement takes effect on signature by both parties.

For the Customer: ____________________

For the Vendor: ____________________

Date: 18 March 2025
"""


# ----------------------------------------------------------------------------------------------------------------------
# Design: file, kind, category, terms, extras, TCO base, forum outside mainland, expected rules and risk (my own list).
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
GOOD = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")


def d(name, fmt, lang, cat, value, rules, risk, extra=None, base=None, forum_out=False, capped=None, deemed=False,
      **terms):
    t = dict(GOOD)
    t.update(terms)
    return dict(name=name, fmt=fmt, lang=lang, cat=cat, value=value, rules=sorted(rules), risk=risk, terms=t,
                sla_clause=extra.get("sla_clause", True) if extra else True,
                ld_stated=t["ld_rate_per_day_pct"] is not None or (extra or {}).get("ld_stated", False),
                base=base, forum_out=forum_out, capped=capped, deemed=deemed)


DESIGN = {
    "z01": d("h615z01_grain_depot_monitoring_platform", "pdf", "zh", "software", 1974000, [], "low",
             base=1180000, capped=True, availability_pct=99.95, ld_rate_per_day_pct=0.08, prepayment_pct=20,
             final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
             contract_kind="goods_or_licence"),
    "z02": d("h615z02_corrugator_control_retrofit_maintenance", "docx", "zh", "hardware", 1384000,
             ["CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-TERMINATION"], "medium",
             base=1220000, capped=True, p1_response_hours=6, prepayment_pct=25, final_payment_on_acceptance=True,
             warranty_months=18, post_warranty_fee_pct=8, termination_for_breach=False,
             subcontract_without_consent=True, contract_kind="goods_or_licence"),
    "z03": d("h615z03_study_room_chain_seat_booking_saas", "txt", "zh", "cloud", 630000,
             ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], "medium",
             availability_pct=99.5, buyer_owns_data=False, auto_renewal_price_increase=True),
    "z04": d("h615z04_blood_centre_donor_system_annual_om", "txt", "zh", "services", 468000,
             ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"], "high",
             availability_pct=99.95, sla_remedy=False, ld_rate_per_day_pct=None),
    "z05": d("h615z05_instant_noodle_aps_supplier_template", "md", "zh", "software", 1380000,
             ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
              "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], "high",
             base=1020000, capped=True, deemed=True, p1_response_hours=2, sla_remedy=False, ip_owner="supplier",
             ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=55, acceptance_clause=False,
             final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=25,
             subcontract_without_consent=None, governing_law=None, contract_kind="goods_or_licence"),
    "e01": d("h615e01_cmms_perpetual_licence_casablanca_vendor", "pdf", "en", "software", 1804000,
             ["CR-GOVERNING-LAW"], "low", base=1260000, capped=True, forum_out=True,
             p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=20,
             final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=10,
             governing_law="Morocco", contract_kind="goods_or_licence"),
    "e02": d("h615e02_field_service_saas_order_form_tunis_vendor", "md", "en", "cloud", 554000,
             ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"], "high", extra={"sla_clause": False},
             p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=600 / 554000 * 100,
             liability_cap_pct=200, subcontract_without_consent=True),
    "e03": d("h615e03_paper_mill_vibration_sensors_monitoring_licence", "docx", "en", "hardware", 1428000, [], "low",
             base=1272000, capped=True, liability_cap_pct=250, prepayment_pct=10, final_payment_on_acceptance=True,
             warranty_months=36, post_warranty_fee_pct=7, contract_kind="goods_or_licence"),
    "e04": d("h615e04_managed_it_services_alexandria_provider", "md", "en", "services", 2212000,
             ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"], "medium",
             p1_response_hours=0.25, confidentiality=False, ld_rate_per_day_pct=1800 / 2212000 * 100,
             liability_cap_pct=6 / 36 * 100),
    "e05": d("h615e05_commodity_data_api_subscription_marrakesh_vendor", "txt", "en", "cloud", 588000,
             ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"], "high",
             availability_pct=99.95, p1_response_hours=1, data_security_clause=False,
             ld_rate_per_day_pct=500 / 588000 * 100, liability_cap_pct=300, auto_renewal_price_increase=True),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco_share(x):
    t = x["terms"]
    if x["base"] is None or t["post_warranty_fee_pct"] is None or not x["capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * x["base"] * years
    return fees / (x["value"] + fees) * 100


def derive(x):
    """Policy §3 as I read it, applied to the labels."""
    t, r = x["terms"], set()
    goods = t["contract_kind"] == "goods_or_licence"
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
    if not t["acceptance_clause"] or x["deemed"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["capped"] or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or x["forum_out"]:
        r.add("CR-GOVERNING-LAW")
    s = tco_share(x) if goods else None
    if s is not None and s > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk_of(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# ----------------------------------------------------------------------------------------------------------------------
# Thresholds: label values and a regex scan of the built files as read back.
T = r"(?<![0-9.,])"
PATTERNS = [
    r"99\.9(?![0-9])", r"99\.90",
    T + r"4\s*(?:个)?(?:小时|hours?|hrs?\b|h\b)", r"(?<!十)四个?小时", r"four[\s-]*hours?", T + r"4-hour",
    T + r"0\.05(?![0-9])", r"万分之五(?![十0-9])", r"千分之零点五",
    T + r"100\s*%", r"百分之一?百", r"one\s*hundred\s*per\s*cent", T + r"100\s*per\s*cent",
    T + r"30\s*%", r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per\s*cent", T + r"30\s*per\s*cent",
    T + r"15\s*%", r"百分之十五", r"fifteen\s*per\s*cent", T + r"15\s*per\s*cent",
    T + r"40\s*%", r"百分之四十(?![一二三四五六七八九])", r"forty\s*per\s*cent", T + r"40\s*per\s*cent",
    T + r"12\s*个?月", T + r"12[\s-]*(?:calendar\s*)?months?", r"十二个?(?:自然)?月", r"twelve[\s-]*(?:calendar\s*)?months?",
    r"(?<![第每同])一年", r"壹年", r"(?<![a-z])one[\s-]*year(?!s)",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["可用率99.9%", "4小时内响应", "within 4 hours", "四小时", "0.05%", "万分之五", "100%", "百分之百", "30%",
            "百分之三十", "15 %", "fifteen per cent", "40%", "百分之四十", "12个月", "12 months", "十二个月", "质保一年",
            "one year", "twelve months", "4 hrs", "30 per cent"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "0.055%", "万分之五十", "130%", "115%", "140%", "112 months",
             "第一年", "二十四小时", "0.4 hours", "45%", "35%", "10%", "24个月", "Subscription Years", "14 hours", "150%"]


def scan(text):
    hits = []
    for v in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in RX.finditer(v)]
    return hits


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
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def label(x):
    t = x["terms"]
    extra = {"sla_clause": x["sla_clause"], "ld_stated": x["ld_stated"]}
    if t["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = x["capped"]
    extra["acceptance_deemed_on_delivery"] = x["deemed"]
    extra["contract_value"] = x["value"]
    return {"file": x["name"] + "." + x["fmt"], "language": x["lang"], "category": x["cat"],
            "expected_terms": {k: t[k] for k in TERM_KEYS}, "expected_extra": extra,
            "expected_rules": derive(x)}


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))

    targets = {}
    for key, x in DESIGN.items():
        fname = x["name"] + "." + x["fmt"]
        if x["fmt"] in ("txt", "md"):
            (OUT / fname).write_text(SRC[key], encoding="utf-8")
            print("wrote", fname)
        else:
            targets[key] = (fname, x["fmt"])
    write(SRC, targets, OUT, wrap_words=True)

    covered = set()
    for key, x in DESIGN.items():
        t = x["terms"]
        path = OUT / (x["name"] + "." + x["fmt"])
        text = read_back(path)
        n = len(re.sub(r"\s", "", text)) if x["lang"] == "zh" else len(text.split())
        lo, hi = (2750, 3000) if x["lang"] == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        hits = scan(text)
        assert not hits, (key, hits)
        # label values never on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        share = tco_share(x) if t["contract_kind"] == "goods_or_licence" else None
        assert share is None or abs(share - 40) > 2, (key, share)
        rules = derive(x)
        assert rules == x["rules"], (key, rules, x["rules"])
        assert risk_of(rules) == x["risk"], (key, risk_of(rules), x["risk"])
        covered |= set(rules)
        lab = label(x)
        (OUT / (x["name"] + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        print("%s %-58s %s=%d tco=%s rules=%s risk=%s" % (key, path.name, "chars" if x["lang"] == "zh" else "words",
              n, None if share is None else round(share, 1), ",".join(r[3:] for r in rules) or "-", x["risk"]))
    missing = set(SEVERITY) - covered
    assert not missing, missing
    zh_plain = [k for k, x in DESIGN.items() if not x["rules"] and x["lang"] == "zh"]
    en_plain = [k for k, x in DESIGN.items() if not x["rules"] and x["lang"] == "en"]
    assert len(zh_plain) == 1 and len(en_plain) == 1
    assert DESIGN["e01"]["rules"] == ["CR-GOVERNING-LAW"] and 8 <= len(DESIGN["z05"]["rules"]) <= 10
    assert all(2 <= len(x["rules"]) <= 3 for k, x in DESIGN.items() if k not in ("z01", "e03", "e01", "z05"))
    print("all 20 rules covered; all checks passed")
