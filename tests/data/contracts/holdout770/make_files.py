"""holdout770: builds ten blind held-out draft contracts (.txt/.md written directly, .docx/.pdf via ../word_pdf.py),
writes their .json labels, and asserts lengths, sums, threshold avoidance and rule coverage.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:城市体检评估信息平台采购合同
P:合同编号：JSJ-CG-2027-0412
P:采购人（甲方）：江临市住房和城乡建设局
P:供应商（乙方）：杭州城衡数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及江临市城市体检评估信息平台采购项目（公开招标）的中标结果，甲乙双方以甲方提供的合同文本为基础，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供城市体检评估信息平台软件永久使用许可（含指标体系管理、数据采集填报、问题诊断分析、"一张图"展示、整治任务跟踪五个子系统），并完成面向甲方需求的定制开发、数据治理、部署实施和培训。
P:1.2 定制开发内容包括：住房、小区（社区）、街区、城区四个层级共一百二十六项体检指标的计算模型，与市自然资源和规划局、市城市管理局、市统计局三个部门的数据接口，以及满意度调查移动端问卷模块。
P:1.3 平台部署于江临市政务云，由甲方提供云资源，乙方负责安装、配置和联调。
P:1.4 数据治理内容包括对近三年城市体检历史数据、房屋普查数据和小区基础信息的清洗、标准化和入库，入库数据应通过甲方组织的抽样核查，抽样差错率不高于千分之三。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰贰拾贰万捌仟元整（¥2,228,000），为固定总价，包含全部税费。
P:2.2 分项价格：平台软件许可费¥1,180,000；定制开发费¥736,000；数据治理费¥214,000；部署实施及培训费¥98,000。
P:2.3 除本合同另有约定外，甲方无需向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥445,600。
P:3.2 平台完成部署、试运行满六十日并通过初步验收后，甲方支付合同总价的45%，即¥1,002,600。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥779,800。
P:3.4 乙方每次请款前应开具等额增值税发票。因财政资金拨付流程产生的合理迟延，不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应于合同签订后九十日内完成部署并提交初步验收申请，于合同签订后一百五十日内具备最终验收条件。
P:4.2 乙方应按甲方认可的实施计划推进工作，每两周提交一次进度报告，并参加甲方组织的项目例会。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须具有同类城市体检或城市信息模型平台项目经验，未经甲方同意不得更换。项目经理更换的，新任人员资历不得低于投标承诺。
P:4.4 因甲方未按时提供云资源、部门数据或审批意见造成的延误，交付期限相应顺延，乙方应在延误发生后三日内书面告知甲方。
H:第五条 验收
P:5.1 初步验收标准：全部功能按招标文件技术要求实现；一百二十六项指标计算结果与甲方人工核算结果逐项比对一致；三个部门接口连续运行十个工作日无数据丢失；在三百个并发用户下页面响应时间不超过3秒。
P:5.2 最终验收标准：初步验收遗留问题全部关闭；由甲方委托的第三方机构完成安全测评和密码应用安全性评估，无高风险问题；全部技术文档、源代码和操作手册已移交。
P:5.3 验收由甲方组织，双方签署验收报告。平台上线使用、甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第六条 质量保证与维护
P:6.1 免费质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和远程技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥106,200），该价格在质保期满后三个年度内保持不变。
P:6.3 维护服务需双方另行签订合同，不自动续期。
P:6.4 乙方应在项目实施期间为甲方及各区住建部门培训系统管理员不少于二十人次、业务操作人员不少于一百二十人次，并提供培训教材和操作视频。
P:6.5 质保期内，因国家或省级城市体检指标体系调整而需要修改指标计算模型的，乙方应在接到甲方通知后三十日内免费完成调整，调整内容不超过二十项指标。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护时间除外，计划内维护应提前三个工作日告知甲方）。
P:7.2 一级故障（平台无法访问或核心指标计算错误）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决；一般问题在三个工作日内解决。
P:7.3 响应或恢复超时的，每超时一小时扣除服务质量保证金¥1,000；月度可用率每低于承诺值0.01个百分点，扣除¥2,000。扣除款项从质量保证金或应付款中抵扣。
H:第八条 数据安全
P:8.1 平台采集、处理和生成的全部数据，包括体检指标数据、调查问卷和分析成果，均属于甲方所有。乙方不得将上述数据用于本合同以外的任何目的，不得留存副本。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》和网络安全等级保护第三级的要求，落实访问控制、操作审计和加密传输措施，运维操作须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
H:第九条 保密
P:9.1 乙方对履行本合同中知悉的甲方工作秘密、未公开的规划信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务不因本合同的终止而解除。
H:第十条 知识产权
P:10.1 平台软件产品的原有知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:10.2 为本项目定制开发的指标模型、接口程序、移动端模块及其源代码和文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的成果经两次验收仍不合格的，甲方有权解除合同，乙方退还已收款项。
P:11.3 乙方违反本合同第八条、第九条约定的，除赔偿甲方损失外，甲方有权解除合同。
P:11.4 甲方逾期付款的，按逾期金额每日万分之三支付违约金。
P:11.5 乙方项目经理或核心技术人员擅自离岗超过五个工作日的，每人次支付违约金¥5,000。
H:第十二条 分包
P:乙方不得将本合同项下的任何工作分包或转包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、乙方投标文件及澄清材料为本合同的组成部分。上述文件与本合同不一致的，以本合同为准；本合同未约定的，以对甲方更有利的文件为准。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江临市住房和城乡建设局　　乙方（盖章）：杭州城衡数智科技有限公司
P:签订日期：2027年4月____日
"""

Z02 = """T:无纺布折叠包装线控制系统改造及维保合同
P:合同编号：QJ-SB-2027-036
P:甲方：福建清洁优护理用品有限公司（湿巾厂）
P:乙方：厦门同捷自动化工程有限公司
P:甲方湿巾生产车间现有三条水刺无纺布分切、折叠、加液、包装联动线，因原有控制系统老化、停机频繁，甲方决定对其电气控制系统进行改造。双方经协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责三条联动线的控制系统改造，包括：更换主控PLC及伺服驱动系统，新增张力闭环控制、折叠计数视觉检测和包装封口温度监控，升级人机界面，部署配方管理软件，并与甲方现有生产执行系统（MES）对接。
P:1.2 改造应在甲方安排的停线窗口内分线实施，每条线停线时间不超过七日，不影响其余两条线的正常生产。
P:1.3 改造后的控制系统应保留原有折叠机、加液机和包装机的机械结构，乙方负责核对原设备的电气接口，对不能兼容的传感器和限位开关一并更换，费用已包含在合同总价内。
P:1.4 配方管理软件应支持不少于二百个产品配方（包括不同片数、规格和包装形式）的存储和一键切换，切换时间不超过十分钟，切换记录自动上传MES。
H:第二条 设备、软件及价格
P:2.1 本合同价格明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|主控PLC、伺服电机及驱动器|3套|860,000
TB:2|人机界面及折叠计数视觉检测系统|3套|248,000
TB:3|配方管理及MES接口软件许可|1套|156,000
TB:|设备及软件小计||1,264,000
TB:4|安装、调试及旧系统拆除|3条线|138,000
TB:5|操作及维护培训|1项|18,000
TB:|合同总价||1,420,000
P:2.2 合同总价为人民币壹佰肆拾贰万元整（¥1,420,000），含税、含运输、保险及安装调试费用。合同履行期间，合同总价不因原材料价格、汇率或人工成本变化而调整，乙方不得以任何理由要求增加费用。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款，即¥284,000。
P:3.2 设备全部到达甲方现场并经开箱检查后，甲方支付合同总价的50%，即¥710,000。到货签收不视为质量验收。
P:3.3 三条线全部通过最终验收后，甲方支付合同总价的25%，即¥355,000。
P:3.4 其余5%（¥71,000）作为质量保证金，质保期满且无未决质量问题后十个工作日内无息支付。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后四十五日内将全部设备运抵甲方现场，在到货后六十日内完成三条线的改造和调试。
P:4.2 乙方施工人员应遵守甲方洁净车间管理、动火审批和安全生产规定，进入车间前接受甲方安全培训，施工期间穿戴洁净服，不得在车间内使用明火或堆放杂物。
P:4.3 乙方应在每条线停线前七日提交该线的改造方案、程序备份方案和回退预案，经甲方设备部确认后方可施工。改造失败需回退的，乙方应在二十四小时内恢复原有系统运行。
P:4.4 乙方应为甲方操作工、机修工和电工提供现场培训，内容包括人机界面操作、配方切换、常见报警处理和伺服参数备份恢复，培训人数不少于三十人。
P:4.5 乙方应向甲方移交电气原理图、接线图、PLC程序及组态工程的电子版和纸质版，以及主要元器件的合格证和说明书。
H:第五条 验收
P:5.1 每条线改造完成后进入连续七十二小时带料试运行，试运行期间应满足：线速度达到每分钟一百八十包的设计值；折叠计数视觉检测漏检率不高于千分之一；封口温度波动不超过±2℃；因控制系统原因的停机不超过一次。
P:5.2 三条线均通过试运行并稳定运行满三十日后，双方共同进行最终验收，验收内容包括功能、性能、配方切换、MES数据对接准确性以及图纸、程序备份和操作手册的移交。
P:5.3 最终验收以双方签署的验收报告为准。设备安装完成、试生产或甲方使用产线，均不视为验收合格。
H:第六条 质保及维保服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内，因设备或软件质量问题产生的维修、更换及软件缺陷修复均由乙方免费承担。
P:6.2 质保期内乙方应每季度进行一次预防性巡检，并在甲方仓库配置主控模块、伺服驱动器和视觉相机各一套备件，备件所有权在质保期内属乙方。
P:6.3 质保期满后，乙方按年度提供维保服务（含每季度一次预防性巡检、备件更换建议、程序优化），年度维保费不超过设备及软件小计的8%（即每年不超过¥101,120），质保期满后三个年度内不上调。维保服务每个年度由甲方书面确认后执行。
H:第七条 故障响应
P:7.1 一级故障（任一整线停机）乙方应在1小时内响应，8小时内到场并恢复生产；二级故障（单工位功能异常）应在2小时内响应，二十四小时内处理完毕；三级问题在三个工作日内解决。
P:7.2 乙方每超过约定响应或到场时限一小时，向甲方支付¥800的服务违约金，在质量保证金或维保费中扣除。
H:第八条 数据及网络安全
P:8.1 控制系统和MES接口中产生的生产数据、工艺配方和质量记录均属甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方逐次授权，通过甲方指定的工业防火墙和堡垒机接入，不得在控制网络中安装与本项目无关的软件。因乙方原因导致病毒感染、数据泄露或配方外泄的，乙方应在1小时内通知甲方，并赔偿甲方全部损失。
H:第九条 保密
P:双方对在履行本合同过程中知悉的对方技术信息和经营信息负有保密义务，包括甲方的产品配方、工艺参数、产能和客户信息，未经对方书面同意不得向第三方披露，保密期限至本合同终止后三年。乙方不得在宣传材料中使用甲方名称或产线照片。
H:第十条 知识产权
P:为本项目编写的PLC程序、人机界面组态工程、视觉检测参数及接口程序，连同源程序和文档，归甲方所有，甲方可自行修改或委托他人维护。配方管理软件产品的著作权仍属乙方，乙方授予甲方永久使用许可。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:11.2 甲方逾期付款的，按逾期金额每日万分之二支付违约金。
P:11.3 改造后产线经两次试运行仍不达标的，甲方有权退货并要求乙方退还已付款项，乙方还应负责将产线恢复至改造前状态。
P:11.4 因乙方施工原因造成甲方设备损坏、产品报废或人员伤害的，乙方应承担全部赔偿责任。
H:第十二条 分包
P:乙方可将电气柜配线及现场桥架安装工作交由具备相应资质的第三方实施，但应提前五个工作日书面通知甲方。乙方对第三方的工作质量和安全承担全部责任。
H:第十三条 合同解除
P:乙方严重违反本合同且在甲方书面通知后十日内未予纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交泉州仲裁委员会仲裁。
H:第十五条 其他
P:15.1 乙方在甲方厂区施工期间应购买施工人员意外伤害保险，施工产生的废旧电缆、元器件由乙方按甲方要求分类处置。
P:15.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术规格书、改造实施方案、验收测试记录表。
P:甲方（盖章）：福建清洁优护理用品有限公司　　乙方（盖章）：厦门同捷自动化工程有限公司
"""

Z03 = """连锁台球俱乐部预约及会员管理系统服务合同

合同编号：JQ-IT-2027-008
甲方：江城九球体育文化发展有限公司
乙方：上海球友互联网科技有限公司

甲方经营"九球汇"连锁桌球俱乐部，现有门店三十家。为统一球台预约、计时计费和会员管理，甲方采购乙方的云端预约及会员管理系统订阅服务及相关实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方三十家门店提供"球友云"预约及会员管理系统的订阅服务，包括：
1. 小程序及前台收银端的球台预约、排队叫号和计时计费；
2. 会员储值、积分、等级及优惠券管理；
3. 球台灯控和门禁设备联动；
4. 门店经营报表和总部数据看板；
5. 美团、抖音等平台团购券的核销对接；
6. 会员生日提醒、充值活动和短信营销工具。
（二）乙方负责实施服务，包括系统初始化配置、三十家门店原有会员数据迁移、灯控和门禁设备对接、门店店长及收银员培训。
（三）乙方为甲方定制"九球汇"品牌小程序界面及赛事报名模块，赛事报名模块应支持积分赛、约球赛的报名缴费、对阵编排和成绩公示。
（四）服务期内，乙方免费提供系统版本升级、7×24小时客服热线和在线工单支持，并为甲方总部指定一名客户成功经理，每季度回访一次门店使用情况。

二、服务期限
（一）订阅服务期为两个服务年度，第一个服务年度自系统上线验收通过之日起计算，第二个服务年度紧接第一个服务年度。
（二）乙方应在合同签订后六十日内完成全部门店的实施上线。
（三）乙方应指定一名具有连锁门店项目经验的实施经理，全程负责实施工作，并在每批门店上线后连续七日安排工程师远程值守，及时处理门店反馈的问题。
（四）甲方负责提供门店网络、收银电脑、小票打印机和灯控门禁设备，并保证门店网络带宽满足系统运行要求；甲方设备不兼容的，乙方应提前书面说明并提出替换建议。

三、费用及支付
（一）订阅费：每家门店每个服务年度¥6,800，三十家门店两个服务年度合计¥408,000。
（二）实施费¥86,000，品牌小程序定制费¥52,000。
（三）合同总价为人民币伍拾肆万陆仟元整（¥546,000）。
（四）支付方式：
1. 实施费和定制费在系统上线验收通过后十五个工作日内一次性支付；
2. 每个服务年度的订阅费（¥204,000）在该服务年度开始后十五个工作日内支付；
3. 乙方应在每次收款前开具增值税专用发票。
（五）门店数量在服务年度内增加的，新增门店按剩余月数折算订阅费；门店关闭的，自关闭次月起不再计收该门店订阅费，已付部分在下一期订阅费中抵扣。
（六）除本合同约定的费用外，乙方不得以短信通道费、接口费等名义另行收取费用，但甲方另行书面订购的增值服务除外。

四、实施与验收
（一）乙方应在合同签订后十日内提交实施计划，分三批完成门店上线，每批上线前应完成门店人员培训。
（二）上线验收标准：
1. 三十家门店全部功能按附件《功能清单》实现；
2. 原有会员及储值余额迁移后经甲方逐店核对，差异为零；
3. 灯控和门禁联动在每家门店抽测二十次，开关灯与计费起止时间误差不超过五秒；
4. 高峰时段（每日19时至23时）小程序预约页面响应时间不超过2秒。
（三）验收由甲方组织，双方签署验收单。门店试用期间的营业使用不视为验收合格。
（四）验收不合格的，乙方应在十日内整改完毕并重新申请验收，整改期间不计入服务年度。
（五）乙方应为每家门店培训店长和收银员不少于三人，并向甲方提供操作手册和培训视频。

五、服务水平
（一）乙方保证系统月度可用率不低于99.5%，计划内维护应安排在每日凌晨2时至6时之间并提前通知甲方。
（二）一级故障（全部门店无法开台或收银）乙方应在30分钟内响应，二级故障（部分门店或部分功能异常）在2小时内响应。
（三）乙方将尽最大努力尽快排除故障。因系统故障造成的营业影响，乙方不承担赔偿或费用减免责任。

六、数据安全与数据归属
（一）甲方会员信息、消费记录、储值余额及经营数据均属于甲方所有，乙方仅为提供本合同服务而处理上述数据，不得用于其他目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的云平台，对会员手机号等个人信息加密存储，实施最小权限访问和操作日志留存，每日备份，并通过网络安全等级保护第二级备案。
（三）乙方运维人员访问甲方数据须经审批并留存日志，不得批量导出会员手机号，不得利用甲方会员信息开展任何营销或向其他商户推荐。
（四）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合甲方处置，并承担由此给甲方造成的损失，包括甲方向会员作出的赔付。
（五）服务终止后三十日内，乙方应按甲方要求导出全部数据并删除系统中的甲方数据，出具删除证明。

七、保密
（一）双方对在合作中知悉的对方商业秘密和经营信息负有保密义务，包括甲方的门店经营数据、会员规模、价格策略和拓店计划，未经对方书面同意不得向第三方披露。
（二）乙方应要求其接触甲方信息的员工签署保密承诺，并对员工的泄密行为承担责任。合同终止后，乙方应返还或销毁载有甲方商业信息的资料。
（三）保密义务在合同终止后继续有效三年。

八、知识产权
（一）"球友云"系统的知识产权归乙方所有。
（二）为甲方定制的品牌小程序界面、赛事报名模块及其源代码归甲方所有，甲方可自行修改或委托第三方使用。

九、续期
本合同服务期满前三十日内任何一方未书面提出异议的，合同自动续期一个服务年度，可连续续期。续期年度的订阅单价由乙方根据市场情况和产品版本调整后通知甲方执行。

十、违约责任
（一）乙方未按期完成实施上线的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
（二）乙方违反本合同第六条约定造成会员信息泄露的，除赔偿损失外，甲方有权解除合同。
（三）乙方定制模块逾期交付的，按本条第（一）项计算违约金，不重复计算。
（四）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

十一、分包
乙方不得将实施服务分包给第三方，确需分包的，须事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，乙方应退还未使用服务期间的订阅费。
（二）甲方逾期付款超过六十日的，乙方有权暂停服务，但应提前十日书面通知甲方，暂停期间不得删除甲方数据。
（三）合同解除或服务期满不再续期的，乙方应按本合同第六条（五）项的约定完成数据导出和删除，并提供不少于三十日的过渡期服务，过渡期内不另收费用。

十三、争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

十四、其他
（一）本合同附件与正文不一致的，以正文为准。双方联系人、通知地址变更的，应在变更后三日内书面通知对方。
（二）本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：功能清单、实施计划、服务说明。

甲方（盖章）：江城九球体育文化发展有限公司
乙方（盖章）：上海球友互联网科技有限公司
"""

Z04 = """临江市人民医院静脉用药调配中心配液管理系统运维服务合同

合同编号：LJRM-XXK-2027-019
甲方：临江市人民医院
乙方：苏州康配医疗信息技术有限公司

鉴于甲方静脉用药调配中心（以下简称"静配中心"）使用乙方开发的配液管理系统，为保障系统稳定运行，甲方委托乙方提供该系统的运维服务。依据甲方院内采购程序的结果，双方订立本合同。

第一部分 服务内容和期限
1. 服务对象：静配中心配液管理系统，包括医嘱审核、排批、贴签打印、摆药核对、调配扫码、成品复核、出仓配送及统计报表各模块，以及系统与医院HIS、电子病历、药库管理系统之间的接口。
2. 服务内容：
（1）日常运维：每周两次系统巡检，检查服务器、数据库、接口日志和打印设备驱动，形成巡检记录；
（2）故障处理：受理甲方报修，排除软件故障，协调硬件厂商处理设备问题；
（3）需求变更：每季度不超过四十人日的小型功能调整和报表修改；
（4）版本维护：操作系统及数据库补丁评估、系统版本升级；
（5）驻场服务：工作日8时至17时派驻一名工程师在静配中心驻场，夜间及节假日安排远程值班；
（6）应急演练：每半年组织一次系统宕机应急演练，验证手工贴签和纸质核对流程，形成演练记录；
（7）用户支持：为静配中心药师、护士和工勤人员提供操作培训，新入职人员在入职后十日内完成培训。
3. 服务期限：自2027年1月1日起至2027年12月31日止。
4. 服务范围不包括服务器、打印机、扫码枪等硬件的更换费用，硬件维修由甲方另行委托；乙方负责故障判断、报修协调和修复后的系统验证。
5. 服务期内，乙方应配合甲方完成电子病历系统应用水平分级评价和互联互通测评中与配液管理系统相关的整改工作，整改工作量计入本条第2项第（3）目的人日额度。

第二部分 服务费用和支付
1. 服务期内运维服务费总额为人民币叁拾陆万捌仟元整（¥368,000），含驻场人员费用、差旅费及税费。
2. 服务费按季度支付，每季度¥92,000，包含驻场、远程支持和需求变更人日额度内的全部工作。甲方在每个季度结束并完成季度服务考核后二十个工作日内支付该季度服务费。
3. 甲方不向乙方支付任何预付款。
4. 季度考核不合格的，甲方有权暂缓支付该季度服务费，待乙方整改并复核合格后支付；同一服务期内两个季度考核不合格的，该两个季度的服务费各扣减10%。
5. 乙方应在每次收款前开具合法有效的增值税发票，发票开具错误的，付款期限相应顺延。

第三部分 服务水平
1. 配液管理系统在服务期内的月度可用率不低于99.95%。
2. 故障分级及时限：
（1）一级故障（系统整体无法使用或医嘱无法下传，影响当日配液）：15分钟内响应，驻场工程师立即处理，1小时内恢复或启用应急流程；
（2）二级故障（单一模块或接口异常）：30分钟内响应，6小时内解决；
（3）三级问题（报表、界面等一般问题）：两个工作日内解决。
3. 服务考核：乙方每次超过约定响应或恢复时限的，扣减当季度服务费¥1,500；月度可用率每低于承诺值0.01个百分点，扣减¥1,000；因系统故障导致甲方启用手工应急流程超过2小时的，每次另行扣减¥3,000。

第四部分 季度考核与年度验收
1. 甲方每季度按附件《运维服务考核表》对乙方进行考核，考核内容包括巡检记录完整性、故障处理时效、需求变更完成情况和静配中心满意度，考核得分不低于八十五分为合格。
2. 乙方应于每月五日前提交上月运维月报，内容包括系统运行情况、故障统计、变更清单、数据库容量和性能趋势，以及改进建议。
3. 服务期满前十五日，乙方提交年度运维总结报告、全部巡检记录、变更记录和系统配置文档，甲方组织年度验收，以全年四个季度考核均合格且文档完整为验收合格标准。

第五部分 数据安全
1. 配液管理系统中的患者信息、医嘱、用药记录和配液追溯数据均属甲方所有。乙方仅可为履行运维服务在甲方授权范围内访问，不得将任何数据用于其他目的。
2. 乙方工程师须实名登记，远程访问须经甲方信息科逐次审批，并通过医院堡垒机进行全程录像审计；不得将数据库或日志拷贝至院外设备；测试须使用甲方提供的脱敏数据。
3. 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》及卫生健康行业数据安全管理规定。发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方信息科，并承担由此造成的全部损失和行政责任。

第六部分 工作成果
1. 乙方在服务期内为甲方编写的报表、接口调整程序、脚本及运维文档，归甲方所有，甲方可自行使用和修改，也可交由其他服务商维护。
2. 乙方进行需求变更或版本升级前，应提交变更方案和回退方案，经静配中心和信息科确认后，在夜间配液任务结束后实施，升级后由静配中心药师抽查医嘱审核、排批和贴签结果无误后方可投入使用。
3. 乙方应在服务期内保持系统源代码、数据库结构说明和接口文档为最新版本，并在每次版本升级后十日内向甲方提交更新后的文档。

第七部分 违约责任
1. 乙方未按约定完成巡检、版本升级或需求变更的，每逾期一日，按本合同总价的千分之一向甲方支付违约金。
2. 乙方驻场人员无故缺勤的，每人每日扣减服务费¥600。
3. 因乙方运维操作不当导致医嘱错误、贴签错误或配液差错的，乙方应立即配合甲方调查处理，并承担由此产生的全部赔偿责任。
4. 甲方逾期支付服务费的，每日按逾期金额的万分之二支付违约金。

第八部分 人员和分包
1. 乙方驻场工程师应具备三年以上医院信息系统运维经验，持有相关数据库或操作系统认证，更换驻场人员应提前十日通知甲方并完成交接，交接期不少于五个工作日。
2. 乙方应遵守甲方院内管理制度，驻场工程师进入静配中心洁净区须按规定更衣，不得干扰药师和护士的调配操作。
3. 乙方不得将本合同项下服务分包或转包给第三方。

第九部分 合同终止
1. 本合同于服务期限届满时终止，不自动续期。
2. 因不可抗力导致本合同无法履行的，双方可协商终止本合同。
3. 服务期届满后甲方如需继续采购运维服务，应按医院采购制度另行确定服务商和价格。
4. 合同终止时，乙方应在十日内移交全部运维文档、账号和配置资料，并协助甲方或甲方指定的新服务商完成交接，交接期间不得中断服务。乙方应同时删除其掌握的全部甲方数据和访问凭证，并书面确认。

第十部分 争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交临江仲裁委员会仲裁。

第十一部分 其他
1. 双方指定联系人：甲方为信息科科长及静配中心主任，乙方为项目经理。联系人变更的，应在三日内书面通知对方。乙方项目经理每月至少到院一次，参加甲方组织的运维工作例会，汇报服务情况并落实整改事项。
2. 本合同附件《运维服务考核表》《系统清单》为本合同组成部分。
3. 本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：临江市人民医院
乙方（盖章）：苏州康配医疗信息技术有限公司
签订日期：2026年12月____日
"""

Z05 = """# 匠木生产追溯管理系统软件许可及开发合同

（乙方标准合同文本 JM-HT-V3.0）

- 合同编号：JM-2027-0158
- 甲方：湖州木语梳篦工艺品有限公司
- 乙方：宁波匠木软件有限公司

甲方为木梳、梳篦工艺品生产企业，拟对开料锯切、粗磨、细磨抛光、雕刻和上油工序实施生产追溯管理。乙方为"匠木生产追溯管理系统"的著作权人。双方在平等自愿的基础上订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供匠木生产追溯管理系统标准版的软件使用许可（二十个工位站点），并根据甲方需求进行定制开发和实施。

1.2 定制开发内容：锯切工位扫码报工和木料出材率统计、打磨抛光工序计件工资核算、批次追溯查询和成品质检报表。

1.3 标准版功能以乙方产品说明书为准，包括基础资料管理、工单下达、工序报工、批次条码打印、库存出入库和统计报表。定制开发的具体功能以双方确认的需求说明书为准，需求说明书确认后的变更按乙方人天单价另行计费。

1.4 本合同许可为永久许可，仅限甲方在湖州生产基地内使用，不得转让、出租或用于甲方关联企业。

1.5 系统采用本地部署方式，服务器、扫码终端、条码打印机和网络设备由甲方自行采购，乙方可提供选型建议。

## 第二条 合同价款

2.1 本合同价款明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠木生产追溯管理系统标准版许可（二十站点） | 420,000 |
| 2 | 定制开发（扫码报工、计件核算、追溯报表） | 136,000 |
| 3 | 安装部署、数据初始化及培训 | 44,000 |
| | 合计 | 600,000 |

2.2 合同总价为人民币陆拾万元整（¥600,000），含税。

2.3 上述价格不含服务器、终端设备、操作系统和数据库软件，不含甲方要求的需求说明书以外的开发工作。

2.4 许可站点数量增加的，甲方按乙方当时的产品报价另行购买。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的65%，即¥390,000，乙方收款后启动项目。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即¥210,000。

3.3 乙方收到款项后开具增值税普通发票。甲方需要专用发票的，应在付款前书面告知并提供开票信息。

3.4 甲方未按期付款的，乙方有权暂停实施和技术支持，由此造成的工期延误由甲方负责。

## 第四条 实施与交付

4.1 乙方在收到首期款后七十五日内完成系统安装部署和定制功能开发，并组织上线。上线前，乙方对甲方的车间主管、统计员和工位操作人员进行集中培训，培训时间不超过三日。

4.2 乙方派遣实施顾问到甲方现场进行部署和培训，现场服务不超过十五个人日，超出部分按每人日¥2,000另行收费，差旅费用由甲方承担。

4.3 甲方应按乙方要求提供工位网络、扫码终端和基础数据，并指派专人配合。因甲方配合不到位造成的延误，实施期限相应顺延。

## 第五条 验收

5.1 系统安装完成并上线运行，即视为甲方验收合格。

5.2 甲方在上线后七日内未书面提出异议的，视为对全部交付内容无异议。

5.3 上线后甲方提出的功能调整意见，如不属于需求说明书范围，乙方可作为新需求另行报价。

## 第六条 质保与维护

6.1 乙方提供六个月的免费质保服务，自系统上线之日起计算，内容为远程技术支持和软件缺陷修复。

6.2 免费质保期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的28%，即每年¥117,600。维护服务包括远程支持、缺陷修复和版本升级。

6.3 甲方未购买维护服务的，乙方不再提供任何技术支持，也不再提供版本升级。甲方在中断维护后重新购买的，应补缴中断期间的维护费。

6.4 质保范围不包括因甲方操作不当、擅自修改配置、硬件故障、网络故障或第三方软件引起的问题，乙方处理该类问题的，按人天单价收费。

## 第七条 技术支持

7.1 乙方通过电话、远程方式提供技术支持，服务时间为工作日9时至18时。

7.2 一级故障（系统整体无法使用）乙方在8小时内响应，其他问题在两个工作日内响应。

7.3 乙方将尽力排除故障，但不保证系统不间断运行或完全无错误。乙方对故障处理时间不作承诺，亦不因故障承担任何费用减免或赔偿责任。

7.4 需要乙方工程师到现场处理的，甲方应承担差旅费用，现场服务按人天单价另行收费。

7.5 甲方应指定一至两名系统管理员作为与乙方对接的唯一窗口，工位操作人员的问题应先由系统管理员处理。

## 第八条 知识产权

8.1 匠木生产追溯管理系统及为甲方定制开发的全部功能、程序、报表模板和文档的知识产权均归乙方所有。

8.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行修改、反向工程，或将定制功能提供给任何第三方使用。

## 第九条 数据

9.1 甲方生产数据归甲方所有。乙方对系统中的数据采取访问控制、传输加密和定期备份措施；因乙方原因造成数据泄露的，乙方应及时通知甲方并承担相应责任。

9.2 甲方应自行负责服务器和数据库的日常备份。因甲方未备份导致数据丢失的，乙方不承担责任。

9.3 甲方同意，乙方可对系统运行中形成的生产数据进行脱敏、汇总后用于产品优化、行业分析和向其他客户提供对标服务。

## 第十条 保密

10.1 双方对在合作中获得的对方商业秘密负有保密义务，包括甲方的工艺参数、客户订单和成本信息，以及乙方的软件产品资料和报价，保密期限为合同终止后两年。

10.2 乙方有权在其宣传材料和客户案例中使用甲方名称及项目概况。

## 第十一条 违约责任

11.1 乙方逾期完成上线的，每逾期一日，按合同总价的千分之一支付违约金，违约金总额不超过合同总价的5%。

11.2 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金。甲方逾期付款超过三十日的，乙方有权收回软件许可并停止系统使用。

11.3 乙方在本合同项下的累计赔偿责任，以合同总价的20%为限。乙方不对甲方的间接损失、利润损失、数据丢失或停产损失承担责任。

11.4 甲方擅自修改软件、超出许可站点数量使用或向第三方提供软件的，应按软件许可费的两倍向乙方支付违约金。

## 第十二条 合同解除

12.1 一方严重违约，经另一方书面通知后三十日内未纠正的，守约方有权解除本合同。

12.2 合同解除的，乙方已收取的许可费不予退还，甲方应停止使用软件并删除全部安装副本。

12.3 因不可抗力导致本合同无法履行的，双方互不承担违约责任。

## 第十三条 争议解决

13.1 本合同适用中华人民共和国法律。

13.2 因本合同发生的争议，双方应先友好协商；协商不成的，任何一方均可提交宁波仲裁委员会仲裁，仲裁裁决是终局的，对双方均有约束力。

## 第十四条 其他

14.1 乙方可根据产品升级情况调整软件功能和界面，调整后的版本通过维护服务提供给甲方。

14.2 本合同未尽事宜，以乙方官方网站公布的《匠木软件服务条款》为准。

14.3 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：湖州木语梳篦工艺品有限公司

乙方（盖章）：宁波匠木软件有限公司
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. MMS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Haixing Coastal Shipping Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qingdao, Shandong Province (the "Buyer"), and Misrata Marine Systems Company, a company registered in Misrata, Libya (the "Vendor").
P:The Buyer operates a fleet of twenty-two coastal bulk carriers and wishes to replace its spreadsheet-based planned maintenance with a computerised maintenance management system. The Vendor develops and licenses the FleetKeeper maintenance management software. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the FleetKeeper shore, vessel and spare-parts modules, in their current version, with their documentation.
P:1.2 "Customisations" means the reports, interfaces, data-conversion programs, equipment hierarchies and workflow configurations developed by the Vendor for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Software by or for the Buyer, including vessel particulars, equipment registers, maintenance histories, inventory records and crew information.
P:1.4 "Final Acceptance" means the Buyer's written confirmation that the acceptance tests in Article 5 have been passed.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software at the Buyer's head office in Qingdao, on its disaster-recovery site and on board every vessel that the Buyer owns, manages or charters, for an unlimited number of named users.
P:2.2 The Buyer may make copies of the Software for backup, testing and training. The Buyer may transfer the licence to an affiliate that takes over the fleet, on written notice to the Vendor.
P:2.3 The Software shall be delivered as installation media and electronic licence keys within 20 days after signature.
H:Article 3 Services
P:3.1 The Vendor shall provide the following services: installation of the Software on the Buyer's servers and on board each vessel; conversion of the Buyer's existing maintenance records and spare-parts lists; configuration of equipment hierarchies for each vessel; development of the Customisations listed in Annex 1; and training.
P:3.2 Training shall consist of a five-day course for twelve superintendents at the Buyer's office and one on-board session of two days for each vessel's chief engineer and second engineer, which may be delivered remotely where a vessel is not in a Chinese port.
P:3.3 The Vendor shall appoint a project manager who speaks English and has delivered at least three comparable fleet projects. The project manager may not be replaced without the Buyer's prior written consent.
P:3.4 The project plan in Annex 2 sets the milestones. The Vendor shall complete installation at the head office within 45 days after signature and shall make all vessels ready for Final Acceptance within 150 days after signature.
H:Article 4 Price and Payment
P:4.1 The total price of this Agreement is CNY 1,686,000, made up of: the perpetual licence fee of CNY 1,260,000; implementation, data conversion and Customisations of CNY 380,000; and training of CNY 46,000. The price is fixed and includes all taxes, travel and expenses.
P:4.2 The Buyer shall pay: (a) 20% of the total price within 30 days after signature, against the Vendor's invoice; (b) 45% within 30 days after installation at the head office and on the first five vessels has been completed, which is not acceptance; and (c) 35% within 30 days after Final Acceptance.
P:4.3 All payments shall be made in CNY by bank transfer to the Vendor's account named in Annex 3. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 After installation on all vessels, the Vendor shall run the acceptance tests agreed in Annex 4. The tests shall show that: (a) every function listed in Annex 1 works as specified; (b) converted maintenance histories and spare-parts balances reconcile with the Buyer's source records for a random sample of five vessels with no unexplained differences; (c) the vessel modules synchronise with the shore module over the satellite link within two hours of reconnection without data loss; and (d) the system runs for 30 consecutive days in live use without a Severity 1 incident.
P:5.2 The Buyer shall confirm Final Acceptance in writing within 10 working days after the tests are passed, or state the failed items. The Vendor shall correct failed items and repeat the relevant tests at its own cost.
P:5.3 Live use of the Software, installation on board or any payment does not by itself constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Customisations will perform in accordance with the documentation for a period of 18 months from Final Acceptance. During the warranty period the Vendor shall correct defects, supply updates and new versions, and provide support free of charge.
P:6.2 Support is available by e-mail, telephone and remote session. The Vendor shall respond to a Severity 1 incident (the shore module unavailable, or data synchronisation stopped for the whole fleet) within 1 hour at any time, and to a Severity 2 incident within 8 business hours. The Vendor shall restore service for a Severity 1 incident within 12 hours.
P:6.3 For each full hour by which the Vendor misses a response or restoration time, the Vendor shall grant the Buyer a credit of CNY 800, deducted from the next payment due or paid on demand.
P:6.4 After the warranty period, the Vendor shall offer annual support at a fee of 10% of the licence fee, that is CNY 126,000 per year, fixed for the first three support years. Support shall be ordered by the Buyer year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property in the Software.
P:7.2 All intellectual property in the Customisations belongs to the Buyer from creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Buyer may use, modify and license the Customisations freely, including through third parties.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may access Buyer Data only to perform this Agreement and shall not use, copy or disclose it for any other purpose.
P:8.2 The Vendor shall access the Buyer's systems only through the remote-access channel provided by the Buyer, with named accounts and multi-factor authentication, and shall not store Buyer Data on its own systems except as needed for data conversion, after which such copies shall be deleted and the deletion confirmed in writing.
P:8.3 The Vendor shall comply with the data-protection and cybersecurity laws of the People's Republic of China that apply to the Buyer's data, including on personal information of crew members. The Vendor shall notify the Buyer within 12 hours of any actual or suspected security incident affecting Buyer Data, shall cooperate in its investigation and remedy, and shall be liable for the losses caused by an incident attributable to the Vendor.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement and shall use it only for this Agreement. This obligation continues for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to make the system ready for Final Acceptance by the date in Article 3.4 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay, up to a maximum of 8% of the total price.
P:10.2 The total liability of each party under this Agreement is limited to 150% of the total price. This limitation does not apply to personal injury, wilful misconduct, infringement of third-party rights or breach of Articles 8 and 9.
P:10.3 Neither party is liable for indirect or consequential loss, except as stated in Article 10.2.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of the breach.
P:12.2 The Buyer may also terminate if the liquidated damages under Article 10.1 reach their maximum. On termination by the Buyer under this Article, the Vendor shall refund payments for services not performed and for any part of the Software that cannot be used.
P:12.3 Licences that have been paid for survive termination.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, including war, civil unrest, epidemic, port closure or government action, provided that it notifies the other party promptly and takes reasonable steps to mitigate. If such an event lasts more than 90 days, either party may terminate this Agreement by written notice.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Libya.
P:14.2 Any dispute arising out of or in connection with this Agreement shall first be discussed by the parties' senior management. If it is not resolved within 30 days, it shall be submitted to the competent courts of Misrata, Libya.
H:Article 15 General
P:15.1 This Agreement, with its Annexes, is the entire agreement of the parties on its subject and may be amended only in writing.
P:15.2 This Agreement is made in English in two originals, one for each party.
P:Annex 1: Functional scope and Customisations. Annex 2: Project plan. Annex 3: Bank details. Annex 4: Acceptance test plan.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form and General Terms — StoreCheck Field Audit Platform

**Order Form No. SC-OF-2027-0219**

**Provider:** Benghazi Cloud Solutions Company, registered in Benghazi, Libya ("Provider")

**Customer:** Xinmei Fresh Retail Chain Co., Ltd., Wuhan, Hubei Province, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part B applies to this Order Form only. If Part A and Part B conflict, Part A prevails.

## Part A — Order Details

### A1. Service

StoreCheck is a cloud platform for store audits and field inspections. Customer's area managers and quality staff use the StoreCheck mobile app to complete checklists for food safety, cold-chain temperatures, shelf display and promotion compliance in Customer's 312 supermarkets and convenience stores. Results, photos and corrective actions flow into a web dashboard for head office. The Service includes the mobile app, the web dashboard, the checklist designer, the corrective-action workflow, standard reports and the open API.

### A2. Subscription Term

The Subscription Term is 24 months, starting on the Service Start Date. The Service Start Date is the date on which Customer signs the Onboarding Acceptance Certificate under section 3 of Part B. The Subscription Term is divided into Subscription Year 1 and Subscription Year 2.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| StoreCheck Enterprise subscription, Subscription Year 1 | 360 named users | 1,100 per user per year | 396,000 |
| StoreCheck Enterprise subscription, Subscription Year 2 | 360 named users | 1,100 per user per year | 396,000 |
| Onboarding (configuration, 40 checklist templates, integration with Customer's store master data and ERP, training) | one-time | 58,000 | 58,000 |
| **Total Fees** | | | **850,000** |

All amounts are in Chinese yuan (CNY) and include VAT. Additional named users may be added at the same unit price, prorated to the end of the current Subscription Year.

### A4. Invoicing and Payment

(a) The onboarding fee is invoiced after Customer signs the Onboarding Acceptance Certificate.

(b) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.

(c) Invoices are payable within 30 days of receipt by bank transfer in CNY to the account of Provider's settlement agent in Shanghai stated on the invoice.

### A5. Key Dates and Contacts

Onboarding shall start within 10 business days after signature of this Order Form. The target Go-Live Date is 60 days after signature. Provider's customer success manager and Customer's project lead are named in the kick-off minutes.

### A6. Signatures

By signing below, the parties agree to this Order Form, including Part B.

For Provider: ____________________ Name / Title / Date

For Customer: ____________________ Name / Title / Date

## Part B — General Terms

### 1. Definitions

1.1 "Service" means the StoreCheck platform described in A1, as updated by Provider from time to time, provided that no update materially reduces its functions.

1.2 "Customer Data" means all data, photos, checklists, results and other content that Customer or its users submit to the Service, and all reports generated from them.

1.3 "Customer Configurations" means the checklist templates, workflows, scoring rules, dashboards and integration mappings built for Customer during onboarding or later at Customer's request.

### 2. Use of the Service

2.1 Provider grants Customer and its named users a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for Customer's internal business purposes.

2.2 Customer shall keep user credentials secure and shall not resell the Service or use it to build a competing product.

2.3 Provider shall provide the Service from data centres located in mainland China, operated by a licensed local cloud provider.

### 3. Onboarding and Acceptance

3.1 Provider shall complete onboarding by the Go-Live Date. Onboarding comprises: configuring the Service for Customer's organisation of regions, districts and stores; building the 40 checklist templates specified by Customer; importing the store master data; integrating the corrective-action workflow with Customer's ERP maintenance module; and training 30 key users and 12 administrators.

3.2 Onboarding is complete when the following acceptance criteria are met in a pilot of 20 stores over 14 days: all 40 templates work as specified on iOS and Android devices; offline audits synchronise without loss when the device reconnects; every store's record matches the master data; corrective actions raised in StoreCheck appear in the ERP within 15 minutes; and no Priority 1 incident occurs during the final seven days. Customer shall then sign the Onboarding Acceptance Certificate or list the failed criteria within five business days.

3.3 If onboarding is not complete by the Go-Live Date for reasons attributable to Provider, Provider shall pay Customer delay damages of 0.02% of the Total Fees for each day of delay, up to a total of 5% of the Total Fees, deducted from the next invoice.

### 4. Service Levels

4.1 Provider shall make the Service available 99.95% of the time in each calendar month, excluding scheduled maintenance notified at least 48 hours in advance and performed between 00:00 and 06:00 China Standard Time.

4.2 Provider's support desk is available by telephone, e-mail and in-app chat in Chinese and English. Provider shall respond to incidents within the following times: Priority 1 (Service unavailable or data not saving for all users): 30 minutes, at any time; Priority 2 (a major function unavailable): 2 hours during business hours; Priority 3 (other issues): one business day.

4.3 If monthly availability falls below the commitment in 4.1, Provider shall credit Customer 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point, or part of one, below the commitment, up to 50% of that monthly amount. If Provider misses a Priority 1 response time, it shall credit CNY 1,000 per incident. Credits are deducted from the next invoice or paid at the end of the Subscription Term.

### 5. Customer Data and Security

5.1 As between the parties, Customer owns all Customer Data. Customer grants Provider a licence to host, process and display Customer Data to provide the Service to Customer.

5.2 Provider may collect and use usage statistics and aggregated, de-identified data derived from Customer Data, including audit scores and compliance rates, to improve and develop its products, to prepare industry benchmarks for its customers, and for other business purposes, during and after the Subscription Term. Such data shall not identify Customer or any individual.

5.3 Provider shall maintain administrative, physical and technical safeguards for Customer Data that meet at least the requirements of MLPS level 2 and ISO/IEC 27001, including encryption in transit and at rest, role-based access, logging of administrator access and daily backups kept for 30 days.

5.4 Provider shall notify Customer of any security incident affecting Customer Data without undue delay and in any event within 24 hours, shall take the steps needed to contain it, shall support Customer's notifications to authorities and affected persons, and shall be liable for the losses caused to Customer by an incident attributable to Provider or its subcontractors.

5.5 Within 30 days after the end of the Subscription Term, Provider shall make Customer Data available for export in standard formats and shall then delete it from the Service and certify the deletion.

### 6. Confidentiality

6.1 Each party shall protect the other party's Confidential Information with at least reasonable care, use it only for this Order Form, and disclose it only to employees and advisers who need to know it and are bound by similar obligations.

6.2 Confidential Information includes the terms of this Order Form, Customer Data, Customer's store performance and pricing information, and Provider's non-public product information. These obligations last for three years after the end of the Subscription Term, and for Customer Data as long as Provider holds it.

### 7. Intellectual Property

7.1 Provider owns the Service and all its improvements.

7.2 Customer Configurations belong to Customer. Customer may use, copy, modify and license them freely, including for use with other platforms, and Provider shall export them on request in a documented format.

### 8. Subcontractors

Provider may engage affiliates, hosting providers and other subcontractors to perform any part of the Service or the onboarding. Provider shall inform Customer of new subcontractors by updating the list on its trust website, and remains responsible for their performance.

### 9. Liability

9.1 Each party's total liability arising out of this Order Form is limited to 150% of the Total Fees.

9.2 The limit does not apply to breach of sections 5 or 6, to infringement of intellectual property, to personal injury or to wilful misconduct.

9.3 Neither party is liable for loss of profits or indirect loss.

### 10. Term, Renewal and Termination

10.1 This Order Form ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new order form signed by both parties.

10.2 Either party may terminate this Order Form by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice.

10.3 If Customer terminates under 10.2, Provider shall refund any prepaid fees for the period after termination.

### 11. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The arbitration shall be conducted in Chinese and English.

### 12. General

12.1 Notices shall be given in writing to the addresses in A5 or as later notified. E-mail notices are valid for operational matters.

12.2 Neither party may assign this Order Form without the other party's written consent, except to a successor of its whole business.
"""

E03 = """T:Supply and Licence Contract for Wireless Condition Monitoring System
P:Contract No. TSC-PUR-2027-077
P:Buyer: Tangshan Jidong Cement Co., Ltd., Tangshan, Hebei Province, People's Republic of China (the "Buyer")
P:Supplier: Sabha Industrial Sensing Company, Sabha, Libya (the "Supplier")
P:This Contract is made on the Buyer's standard purchase terms. The Buyer wishes to monitor the vibration and temperature of the motors, gearboxes, fans and mills of its two clinker lines and its cement grinding plant, and the Supplier has offered wireless sensors, gateways and its monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in the price table in clause 3.
P:1.2 "Software" means the Supplier's condition-monitoring software, including its analytics engine, alarm module, web client and mobile app, licensed under clause 4.
P:1.3 "System" means the Equipment and the Software, installed, configured and integrated at the Buyer's plant.
P:1.4 "Plant Data" means all measurements, spectra, alarms, asset records and reports collected or generated by the System.
P:1.5 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under clause 7.
H:2. Scope
P:2.1 The Supplier shall supply the Equipment, license the Software, install and commission the System on 420 measuring points, integrate it with the Buyer's distributed control system (DCS) and maintenance management system, and train the Buyer's staff.
P:2.2 The Supplier shall carry out a site survey within 20 days after signature and submit the measuring-point list, the gateway layout and the radio coverage plan for the Buyer's approval.
P:2.3 The Software shall be installed on servers in the Buyer's plant network. The Buyer provides the servers and the operating system; the Supplier provides every other component needed for the System to work.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,710,000, fixed, including VAT, delivery to the Buyer's plant (DDP), installation, commissioning and training. The price breakdown is:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensors with mounting kits|420|2,150|903,000
TB:2|Industrial wireless gateways with power supplies|24|9,800|235,200
TB:3|Condition-monitoring software, perpetual licence for 500 points|1|386,000|386,000
TB:|Equipment and Licence Subtotal|||1,524,200
TB:4|Installation, commissioning and DCS/CMMS integration|1 lot|164,000|164,000
TB:5|Training (operators, reliability engineers, administrators)|1 lot|21,800|21,800
TB:|Contract Price|||1,710,000
P:3.2 The Contract Price shall not change during the performance of this Contract.
H:4. Licence
P:4.1 The Supplier grants the Buyer a perpetual, non-exclusive, irrevocable licence to use the Software for up to 500 measuring points at the Buyer's Tangshan plant, including for backup and disaster recovery.
P:4.2 The licence may be transferred to a successor of the plant on written notice.
H:5. Payment
P:5.1 The Buyer shall pay 18% of the Contract Price as an advance within 30 days after signature, against the Supplier's invoice and a bank guarantee for the same amount valid until delivery.
P:5.2 The Buyer shall pay 50% of the Contract Price within 30 days after all Equipment has been delivered and installed and the Installation Certificate has been signed. The Installation Certificate confirms quantities only and is not acceptance.
P:5.3 The Buyer shall pay the remaining 32% of the Contract Price within 30 days after Final Acceptance.
H:6. Delivery and Installation
P:6.1 The Supplier shall deliver all Equipment to the Buyer's plant within 75 days after signature, and complete installation and commissioning within 45 days after delivery.
P:6.2 Installation work is done during the Buyer's planned kiln stops where needed. The Supplier's staff shall follow the Buyer's safety rules, including permit-to-work, lock-out and hot-work rules, and shall wear the protective equipment required on site.
P:6.3 Each sensor and gateway shall carry a label with its asset number. The Supplier shall hand over an as-built list of measuring points with photos of each mounting position.
H:7. Acceptance
P:7.1 The Supplier shall run the site acceptance tests in the test plan approved by the Buyer. The tests shall show that: (a) every measuring point transmits data at the configured interval with a packet success rate of at least 98% over seven days; (b) vibration readings of 20 sample points agree with a calibrated portable analyser within 5%; (c) alarms reach the DCS and the maintenance system within 60 seconds; (d) sensor battery status is reported correctly; and (e) all reports and dashboards listed in the technical specification work as specified.
P:7.2 After the tests are passed, the System shall run for 30 consecutive days without a Severity 1 fault. The Buyer shall then sign the Final Acceptance Certificate, or list the failures within 10 working days.
P:7.3 Installation, commissioning, operation of the System by the Buyer or any payment does not constitute acceptance.
H:8. Warranty
P:8.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, including sensor batteries that fail early, and correct Software defects, free of charge, and provide Software updates.
P:8.2 The Supplier shall keep a stock of spare sensors and gateways at the Buyer's plant during the warranty period, equal to at least 2% of the installed quantity.
P:8.3 After the warranty period, the Supplier shall, if the Buyer so orders, provide annual support for the System (Software updates, remote support and repair of Equipment) at a fee of 7% of the Equipment and Licence Subtotal per year, that is CNY 106,694. This fee is fixed for the two years following the end of the warranty. Each year of support is ordered separately by the Buyer and nothing in this Contract renews automatically.
H:9. Service Levels
P:9.1 The Supplier shall provide a support hotline and remote support in Chinese.
P:9.2 Fault levels and response times during the warranty period are as follows: Severity 1 (the Software unavailable, or more than 10% of measuring points not reporting): response within 1 hour and restoration within 24 hours; Severity 2 (a single gateway or a group of sensors not reporting): response within 2 hours and restoration within 3 working days; Severity 3 (other faults): response within one working day.
P:9.3 The Software server application shall be available at least 99.95% of each month, excluding planned maintenance agreed with the Buyer.
P:9.4 For each hour by which the Supplier misses a response or restoration time for Severity 1, the Supplier shall pay the Buyer CNY 1,000, and for Severity 2 CNY 300. The Buyer may deduct these amounts from any payment due.
H:10. Intellectual Property
P:10.1 The Supplier keeps the intellectual property in the Software and in the firmware of the Equipment.
P:10.2 The measuring-point configuration, the DCS and CMMS interface programs, the alarm rules and the reports developed for the Buyer belong to the Buyer. The Supplier shall deliver them with source code and documentation, and the Buyer may use, modify and license them freely.
H:11. Plant Data and Data Security
P:11.1 Plant Data belongs to the Buyer. The Supplier may use Plant Data only to perform this Contract and shall not keep, copy or use it for any other purpose.
P:11.2 The System shall be installed in the Buyer's plant network behind the industrial firewall. Remote access by the Supplier is permitted only through the Buyer's bastion host, with approval for each session, and is logged. The Supplier shall not connect any device to the Buyer's networks without approval.
P:11.3 The Supplier shall notify the Buyer within 2 hours of any security incident affecting the System or Plant Data, shall take all steps to contain it, and shall be liable for the Buyer's losses from any incident caused by the Supplier.
H:12. Confidentiality
P:12.1 Each party shall keep confidential the other party's technical and business information received under this Contract, including the Buyer's process data, plant layouts and production figures, and shall not disclose it to any third party without prior written consent. This obligation continues for five years after the end of this Contract.
H:13. Delay and Liability
P:13.1 If the Supplier fails to deliver the Equipment or to complete installation by the dates in clause 6.1, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:13.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 11 and 12.
H:14. Subcontracting
P:14.1 The Supplier shall not subcontract any part of this Contract without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:15. Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the liquidated damages in clause 13.1 reach their maximum.
P:15.2 On termination under clause 15.1, the Supplier shall refund the payments received for Equipment and services that the Buyer returns or does not use, and pay the Buyer's additional costs of completing the System with another supplier.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final and binding on both parties.
H:17. General
P:17.1 This Contract is made in English and Chinese. Both versions are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

**Agreement No. TKS-MSA-2027-05**

**Customer:** Chengdu Tianfu Medical Logistics Co., Ltd., Chengdu, Sichuan Province, People's Republic of China ("Customer")

**Provider:** Tobruk Technical Services Company, registered in Tobruk, Libya, acting through its representative office in Chengdu ("Provider")

**Background.** Customer runs three distribution centres and a head office in Chengdu and wishes to outsource the day-to-day operation of its end-user IT, network and server infrastructure. Provider has offered to provide these services for 36 months. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance Certificate under Section 4.

1.3 "Term" means 36 months from the Service Commencement Date.

1.4 "Customer Data" means all data of Customer and its customers that Provider or its staff access, process or store in the course of the Services.

1.5 "Service Levels" means the levels set out in Schedule 2.

## Section 2. Services

2.1 Provider shall provide the Services in accordance with this Agreement, the Service Levels and good industry practice for managed IT services.

2.2 Provider shall provide a service desk in Chinese and English, on-site engineers at the head office and at each distribution centre during operating hours, and a network operations centre that monitors Customer's infrastructure at all times.

2.3 Provider shall use the IT service management tool supplied by Customer and record every incident, request and change in it.

2.4 Changes to the scope of the Services, including new sites or additional devices beyond the volume bands in Schedule 3, shall be agreed in writing through the change procedure. Provider shall quote for each change within 10 working days, using the unit rates in Schedule 3.

## Section 3. Charges and Payment

3.1 The charges are set out in Schedule 3. The total charges for the Term are CNY 3,220,000, made up of the one-time transition fee of CNY 124,000 and a monthly service charge of CNY 86,000 for 36 months.

3.2 The transition fee is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears, after Customer has confirmed the monthly service report.

3.3 Customer shall pay each undisputed invoice within 30 days of receipt. Service credits under Schedule 2 are deducted from the invoice for the month after the month in which they arose.

3.4 The charges are fixed for the Term and include all taxes, travel, tools and Provider staff costs.

## Section 4. Transition and Acceptance

4.1 Provider shall complete transition within 60 days after signature. Transition includes taking over documentation and passwords from Customer's current provider, building the configuration database, setting up monitoring of all in-scope devices, preparing the runbooks and the service continuity plan, and shadowing the current provider's staff for at least 10 working days.

4.2 Transition is accepted when: all in-scope devices are recorded in the configuration database and monitored; the runbooks for the 30 most frequent tasks have been approved by Customer; a failover test of the warehouse management system servers has succeeded; and the service desk has handled live calls for 10 working days at the target service levels. Customer shall sign the Transition Acceptance Certificate or state the failed criteria within five working days after Provider's notice of completion.

4.3 If the Service Commencement Date has not occurred within 60 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay, up to CNY 120,000.

## Section 5. Service Levels and Service Credits

5.1 Provider shall meet the Service Levels in Schedule 2 in each month and report its performance in a monthly service report by the fifth working day of the following month.

5.2 If Provider fails a Service Level, Customer is entitled to the service credits in Schedule 2. Service credits are a price adjustment and do not limit Customer's other rights.

5.3 Provider shall hold a monthly service review with Customer and a quarterly review with Customer's IT director, and shall agree a correction plan for every missed Service Level.

## Section 6. Personnel

6.1 Provider shall assign a service delivery manager dedicated to Customer and shall not replace him or her without Customer's consent, which shall not be unreasonably withheld.

6.2 On-site engineers shall hold the qualifications stated in Schedule 1. Customer may require the replacement of any engineer who does not perform or who breaks Customer's site rules.

## Section 7. Customer Data

7.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

7.2 At the end of the Term, Provider shall return all Customer Data and documentation to Customer.

## Section 8. Confidentiality

8.1 Each party shall keep confidential the other party's confidential information received under this Agreement, including Customer's network diagrams, passwords, customer lists and business information, and shall use it only for this Agreement.

8.2 Provider shall ensure that its staff are bound by written confidentiality undertakings.

8.3 These obligations continue for five years after the end of this Agreement.

## Section 9. Intellectual Property

9.1 Runbooks, scripts, configuration records and reports prepared by Provider for Customer belong to Customer, which may use, modify and give them to any successor provider.

9.2 Provider keeps its own tools and methods and grants Customer a free licence to use those embedded in the deliverables.

## Section 10. Liability

10.1 Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the charges paid by Customer under this Agreement in the six months preceding the event giving rise to the claim.

10.2 Neither party shall be liable for indirect loss, loss of profit or loss of business.

10.3 Nothing in this Agreement limits liability for personal injury caused by negligence or for fraud.

## Section 11. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains fully responsible for any approved subcontractor.

## Section 12. Term and Termination

12.1 This Agreement starts on signature and continues until the end of the Term. It may be extended only by written agreement, at the charges in Schedule 3.

12.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice, or if Provider misses the same critical Service Level in three consecutive months.

12.3 Customer may also terminate for convenience on 90 days' written notice after the first 18 months of the Term, paying the monthly charges up to the termination date only.

12.4 On expiry or termination, Provider shall provide exit assistance for up to 60 days, at the monthly service charge pro rata, and shall transfer all documentation, passwords and knowledge to Customer or its new provider.

## Section 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## Schedule 1 — Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and portal support for about 650 users; password resets; first-line fixes | 07:00–22:00 daily |
| End-user support | On-site support for desktops, laptops, printers, handheld scanners and label printers at head office and three distribution centres | Site operating hours |
| Network operations | Monitoring and management of 46 switches, 118 wireless access points, 4 firewalls and WAN links | Continuous |
| Server and storage operations | Operation of 38 virtual servers, 2 storage arrays, backup jobs and the warehouse management system infrastructure | Continuous |
| Patch and change management | Monthly patching, change records and emergency changes | As scheduled |
| Reporting | Monthly service report, capacity report and asset report | Monthly |

## Schedule 2 — Service Levels and Credits

| Service Level | Target | Service credit if missed |
|---|---|---|
| Priority 1 incident response (warehouse management system or a distribution centre network down) | 15 minutes | 3% of the monthly service charge |
| Priority 1 incident restoration | 2 hours | 5% of the monthly service charge |
| Priority 2 incident response | 1 hour | 1% of the monthly service charge |
| Availability of the warehouse management system infrastructure | 99.95% per month | 5% of the monthly service charge for each 0.02 percentage point or part below target |
| Service desk calls answered within 30 seconds | 90% | 1% of the monthly service charge |
| First-contact resolution | 70% | 1% of the monthly service charge |

Total service credits in any month are capped at 20% of that month's service charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, after the Service Commencement Date | 124,000 |
| Monthly service charge | Per month, 36 months, in arrears | 86,000 |
| Total for the Term | | 3,220,000 |
| Additional device above volume bands | Per device per month | 35 |
| Additional on-site engineer day | Per day | 1,600 |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
TANKERWATCH CARGO AND VESSEL DATA API

Agreement No. ZDS-2027-031

PARTIES
Zhoushan Haiyun Petroleum Trading Co., Ltd., Zhoushan, Zhejiang Province, People's Republic of China (the "Customer"); and
Zawiya Data Services Company, Zawiya, Libya (the "Provider").

BACKGROUND
The Customer trades crude oil and refined products and charters tankers. It wishes to receive vessel positions, port calls, cargo estimates and freight indicators through an application programming interface (API) and feed them into its trading, chartering and risk systems. The Provider operates the TankerWatch data service. The parties agree as follows.

1. DEFINITIONS
1.1 "Data" means the vessel position, port call, draught, estimated cargo, freight and related data sets made available by the Provider through the API and the web portal, as described in Schedule A.
1.2 "Subscription Year" means Subscription Year 1, which starts on the Start Date, or Subscription Year 2, which starts on the first anniversary of the Start Date. The Subscription Term consists of the two Subscription Years.
1.3 "Start Date" means the date on which the Customer confirms Integration Acceptance under clause 4.
1.4 "Customer Materials" means the watchlists, queries, portfolio positions, vessel lists and other information that the Customer uploads to or enters in the service.
1.5 "Integration Deliverables" means the connectors, mapping tables and scripts that the Provider builds to load the Data into the Customer's systems under clause 4.

2. SUBSCRIPTION
2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Term to access the Data through the API and the web portal, and to use the Data for its internal trading, chartering, operations and risk management.
2.2 The Customer may store the Data in its own systems, combine it with other data and share reports derived from it with its affiliates, banks, auditors and regulators, but shall not resell or publish the Data as a data product.
2.3 The subscription covers up to 40 named portal users and up to 500,000 API calls per calendar month. Calls above this volume are charged at the overage rate in Schedule B.
2.4 The Customer's right to use Data received during the Subscription Term, and reports derived from it, survives the end of this Agreement.

3. FEES AND PAYMENT
3.1 The fees are:
(a) subscription fee for Subscription Year 1: CNY 465,000;
(b) subscription fee for Subscription Year 2: CNY 465,000;
(c) one-time integration fee: CNY 38,000.
The total fees for the Subscription Term, excluding any overage, are CNY 968,000, including VAT.
3.2 The Provider shall invoice the integration fee after Integration Acceptance, and the subscription fee for each Subscription Year at the start of that Subscription Year.
3.3 The Customer shall pay each correct invoice within 30 days of receipt by bank transfer in CNY.
3.4 The fees are fixed for the Subscription Term.

4. INTEGRATION AND ACCEPTANCE
4.1 The Provider shall, within 45 days after signature, provide API credentials and a test environment, and build connectors that load the Data into the Customer's trading and risk management system and its chartering database, with mapping of vessel identifiers, port codes and grades to the Customer's reference data.
4.2 Integration is accepted when the following criteria are met over a test period of 10 business days: (a) all data sets listed in Schedule A are delivered through the API in the documented formats; (b) position updates for vessels on the Customer's watchlist arrive in the Customer's systems within 30 minutes of receipt by the Provider; (c) a sample of 200 port calls and cargo estimates checked by the Customer's operations team matches the documentation and the Provider's portal; and (d) the connectors recover automatically after a network interruption without loss or duplication of records.
4.3 The Customer shall confirm Integration Acceptance in writing, or list the failed criteria, within five business days after the end of the test period. The Provider shall correct failures and repeat the test.
4.4 The Customer's use of the Data during the test period does not constitute acceptance.

5. SERVICE AND SUPPORT
5.1 The Provider will use commercially reasonable efforts to make the API and the portal available at all times, except for scheduled maintenance and events beyond its control, and to keep the Data as current and accurate as its sources allow.
5.2 The Provider offers support by e-mail and telephone during its business hours. The Provider will endeavour to answer support requests promptly and to resolve problems within a reasonable time, according to their nature.
5.3 The Provider will give at least 30 days' notice of any change to the API that is not backward compatible, and will keep the previous API version running for at least 90 days after such a change.
5.4 The Provider may change its data sources and methods from time to time, provided that the overall coverage and quality of the Data described in Schedule A are not materially reduced.

6. CUSTOMER MATERIALS AND DATA SECURITY
6.1 Customer Materials belong to the Customer. The Provider shall use them only to provide the service to the Customer and shall not use, analyse, combine or disclose them for any other purpose, including in aggregated or anonymised form.
6.2 The Provider shall protect Customer Materials with appropriate technical and organisational measures, including encryption in transit and at rest, access limited to named support staff with multi-factor authentication, logging of all access and regular security testing. Customer Materials shall be stored on servers located in mainland China.
6.3 The Provider shall notify the Customer within 24 hours of becoming aware of any security incident affecting Customer Materials or the Customer's API credentials, shall take immediate steps to contain it, and shall be liable for the losses caused to the Customer by an incident attributable to the Provider.
6.4 On expiry or termination, the Provider shall delete all Customer Materials within 30 days and confirm the deletion in writing.

7. CONFIDENTIALITY
7.1 Each party shall keep confidential the other party's non-public information received under this Agreement. For the Provider, this includes the Customer's watchlists and queries, which may reveal the Customer's trading positions; the Provider shall ensure that none of its employees or contractors uses them for trading or discloses them to any market participant.
7.2 These obligations continue for five years after the end of this Agreement.

8. INTELLECTUAL PROPERTY
8.1 The Provider and its licensors keep all rights in the Data, the API and the portal, subject to the rights granted to the Customer in clause 2.
8.2 The Integration Deliverables belong to the Customer. The Provider shall hand over their source code and documentation at Integration Acceptance, and the Customer may use, modify and license them freely.

9. LIABILITY
9.1 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 3.1.
9.2 This limitation does not apply to breach of clauses 6 or 7, to infringement of intellectual property or to wilful misconduct.
9.3 Neither party is liable for indirect loss or loss of profit, including trading losses, except under clauses 6 or 7.

10. SUBCONTRACTING AND ASSIGNMENT
10.1 The Provider shall not subcontract any of its obligations under this Agreement without the Customer's prior written consent. Buying source data from data suppliers is not subcontracting.
10.2 Neither party may assign this Agreement without the other party's written consent.

11. TERM, RENEWAL AND TERMINATION
11.1 This Agreement starts on signature and ends at the end of Subscription Year 2. It does not renew automatically. Any further subscription requires a new written agreement.
11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
11.3 If the Customer terminates under clause 11.2, the Provider shall refund the part of the subscription fee paid for the period after termination.

12. COMPLIANCE
12.1 Each party shall comply with the export control and sanctions laws that apply to it. The Provider shall not deliver Data whose use by the Customer would breach such laws, and shall inform the Customer promptly if any data set has to be withdrawn for that reason, with a pro rata reduction of the fees.
12.2 The Provider confirms that it has the rights needed from its sources to license the Data to the Customer as provided in this Agreement.

13. GOVERNING LAW AND DISPUTES
13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing, in accordance with its rules in force at the time.

14. GENERAL
14.1 Notices shall be in writing and sent to the addresses above or as later notified.
14.2 This Agreement, with Schedules A and B, is the entire agreement of the parties on its subject.

SCHEDULE A - DATA SETS
Vessel positions from terrestrial and satellite AIS for crude and product tankers above 10,000 dwt; port calls and berth events at 1,200 loading and discharge ports; draught changes and estimated cargo volumes by grade; voyage histories; daily freight indicators for 14 routes; API documentation and field dictionary.

SCHEDULE B - OVERAGE
API calls above the monthly volume in clause 2.3: CNY 0.02 per call, invoiced monthly in arrears.

Signed for the Customer: ____________________
Signed for the Provider: ____________________
"""

# ---------------------------------------------------------------- files
TARGETS = {
    "z01": ("h770z01_city_health_check_assessment_platform.pdf", "pdf", Z01),
    "z02": ("h770z02_wet_wipes_folding_packing_line_retrofit.docx", "docx", Z02),
    "z03": ("h770z03_billiards_chain_booking_membership_saas.txt", "txt", Z03),
    "z04": ("h770z04_hospital_pivas_system_annual_om.txt", "txt", Z04),
    "z05": ("h770z05_wooden_comb_tracking_supplier_template.md", "md", Z05),
    "e01": ("h770e01_fleet_maintenance_licence_misrata_vendor.pdf", "pdf", E01),
    "e02": ("h770e02_store_audit_saas_order_form_benghazi_vendor.md", "md", E02),
    "e03": ("h770e03_cement_condition_monitoring_sensors_sabha_vendor.docx", "docx", E03),
    "e04": ("h770e04_managed_it_services_36_months_tobruk_vendor.md", "md", E04),
    "e05": ("h770e05_tanker_data_api_subscription_zawiya_vendor.txt", "txt", E05),
}

# ---------------------------------------------------------------- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: (category, terms in KEYS order, sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, contract_value)
L = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9, False, True,
                         False, "PRC", G], True, True, True, False, 2228000),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 8, False, True,
                         True, "PRC", G], True, True, True, False, 1420000),
    "z03": ("cloud", [99.5, 0.5, False, "buyer", True, True, True, 0.08, None, None, True, None, None, None, True, True,
                      False, "PRC", S], True, True, None, False, 546000),
    "z04": ("services", [99.95, 0.25, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False,
                         False, False, "PRC", S], True, True, None, False, 368000),
    "z05": ("software", [None, 8, False, "supplier", True, False, True, 0.1, 20, 65, False, False, 6, 28, False, True,
                         None, "PRC", G], True, True, True, True, 600000),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 10, False, True,
                         False, "Libya", G], True, True, True, False, 1686000),
    "e02": ("cloud", [99.95, 0.5, True, "buyer", True, False, True, 0.02, 150, None, True, None, None, None, False, True,
                      True, "PRC", S], True, True, None, False, 850000),
    "e03": ("hardware", [99.95, 1, True, "buyer", True, True, True, 0.1, 200, 18, True, True, 36, 7, False, True,
                         False, "PRC", G], True, True, True, False, 1710000),
    "e04": ("services", [99.95, 0.25, True, "buyer", False, True, True, 2000 / 3220000 * 100, 6 / 36 * 100, None, True,
                         None, None, None, False, True, False, "PRC", S], True, True, None, False, 3220000),
    "e05": ("cloud", [None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True,
                      False, "PRC", S], False, False, None, False, 968000),
}
# TCO inputs for goods: (itemised licence/hardware fee base, annual post-warranty fee)
TCO_BASE = {"z01": 1180000, "z02": 1264000, "z05": 420000, "e01": 1260000, "e03": 1524200}
FORUM_OUTSIDE_MAINLAND = {"e01": True}  # courts of Misrata; no other draft has a forum outside mainland China
DESIGN = {
    "z01": [], "e03": [],
    "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SLA-NO-REMEDY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-LD-LOW", "CR-SUBCONTRACT"],
    "e04": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def label(key):
    cat, vals, sla, ld, capped, deemed, value = L[key]
    terms = dict(zip(KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": ld}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": TARGETS[key][0], "language": "zh" if key[0] == "z" else "en", "category": cat,
            "expected_terms": terms, "expected_extra": extra, "expected_rules": derive(key, terms, extra)}


def tco_share(key, t, x):
    if t["contract_kind"] != G or t["warranty_months"] is None or t["post_warranty_fee_pct"] is None \
            or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * TCO_BASE[key] * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def derive(key, t, x):
    """My reading of policy §3 and its section on how clauses are read."""
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
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
    if (t["governing_law"] not in (None, "PRC")) or FORUM_OUTSIDE_MAINLAND.get(key):
        r.add("CR-GOVERNING-LAW")
    share = tco_share(key, t, x)
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    return "high" if set(rules) & HIGH else ("medium" if set(rules) - LOW else ("low" if rules else "low"))


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])4\s*(?:hours?|hrs?\b|h\b|小时|个小时)", r"(?<![十\d])四个?小时", r"\bfour[\s-]hours?",
    r"(?<![\d.])0\.05(?!\d)\s*(?:%|per\s*cent)", r"万分之五(?!十)", r"千分之零点五",
    r"(?<![\d.])100\s*(?:%|per\s*cent)", r"百分之(?:一)?百(?!分)", r"one\s*hundred\s*per\s*cent",
    r"(?<![\d.])30\s*(?:%|per\s*cent)", r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per\s*cent",
    r"(?<![\d.])12\s*(?:个月|months?|-month)", r"十二个月", r"twelve[\s-]*(?:calendar\s*)?months?",
    r"(?<![每第\d])一年(?!度)", r"(?<![\d])1\s*年(?!度)", r"\bone[\s-]*year\b", r"(?<![\d.])1[\s-]*year\b",
    r"(?<![\d.])15\s*(?:%|per\s*cent)", r"百分之十五", r"fifteen\s*per\s*cent",
    r"(?<![\d.])40\s*(?:%|per\s*cent)", r"百分之四十(?![一二三四五六七八九])", r"forty\s*per\s*cent",
]
SCAN = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "4 hours", "4小时", "四小时", "0.05%", "万分之五", "100%", "百分之百", "30%", "百分之三十",
            "12个月", "twelve months", "12 months", "一年", "one year", "15%", "百分之十五", "40 %", "forty per cent",
            "within 4 hrs", "0.05 per cent"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "14 hours", "0.055%", "万分之五十", "130%", "1,100 per user",
             "2030 年", "36 months", "120 months", "215%", "140%", "一个服务年度", "每一年", "2027年", "first anniversary"]


def selftest():
    for s in MUST_HIT:
        assert SCAN.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not SCAN.search(s), ("must miss", s, SCAN.search(s))


# ---------------------------------------------------------------- read back
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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    srcs, tg = {}, {}
    for key, (name, kind, src) in TARGETS.items():
        if kind in ("docx", "pdf"):
            srcs[key], tg[key] = src, (name, kind)
        else:
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
    write(srcs, tg, OUT, wrap_words=True)
    covered = set()
    rows = []
    for key, (name, kind, src) in TARGETS.items():
        lab = label(key)
        t, x = lab["expected_terms"], lab["expected_extra"]
        assert lab["expected_rules"] == sorted(DESIGN[key]), (key, lab["expected_rules"], DESIGN[key])
        covered |= set(lab["expected_rules"])
        for k, th in THRESH.items():
            v = t[k]
            assert v is None or abs(v - th) > 1e-9, (key, k, v)
        for k, v in t.items():
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                assert all(abs(v - th) > 1e-9 for th in [99.9, 4, 0.05, 100, 30, 12, 15, 40]), (key, k, v)
        share = tco_share(key, t, x)
        if share is not None:
            assert abs(share - 40) > 2, (key, share)
        text = read_back(OUT / name)
        for variant in (text, " ".join(text.split()), "".join(text.split())):
            m = SCAN.search(variant)
            assert not m, (key, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        if key[0] == "z":
            n = len("".join(text.split()))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        (OUT / name).with_suffix(".json").write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        rows.append((name, n, ", ".join(r.replace("CR-", "") for r in lab["expected_rules"]) or "(none)",
                     risk(lab["expected_rules"]), None if share is None else round(share, 1)))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    for r in rows:
        print(*r, sep=" | ")


if __name__ == "__main__":
    main()
