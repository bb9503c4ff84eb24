"""holdout613: ten blind held-out draft contracts (ordinary drafts, no tricks).

Builds every file from the sources below (.txt/.md written as is; .docx/.pdf through ../word_pdf.py), writes the .json
labels, and asserts: price sums, text lengths as read back, no threshold value in any label, no threshold figure in any
text (raw, whitespace-collapsed, whitespace-free; the regex is self-tested), the rules derived from the labels with my
reading of policy section 3 against the design list, and that all 20 CR rules fire at least once.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H613Z01 = """T:船舶动态综合监测平台采购及定制开发合同
P:合同编号：HSJ-ZFCG-2025-0417    采购方式：公开招标（政府采购）
P:甲方（采购人）：临港海事局
P:乙方（供应商）：江海智航信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就船舶动态综合监测平台的软件许可、定制开发、部署实施及培训事宜订立本合同，以资共同遵守。招标文件、投标文件、中标通知书及双方确认的需求规格说明书均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供船舶动态综合监测平台软件永久使用许可一套，覆盖辖区内AIS岸基数据接入、雷达目标融合、CCTV视频联动、电子围栏预警及船舶轨迹回放等功能。
P:1.2 乙方按需求规格说明书完成定制开发，包括：辖区重点水域通航态势图、锚地及桥区水域越界预警模型、危险品船舶专项监管模块、与部海事局船舶报告系统及港航数据共享平台的数据接口。
P:1.3 乙方负责平台在甲方政务云环境的部署、联调、试运行支持，以及对甲方值班人员和系统管理员的培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰叁拾捌万陆仟元整（¥2,386,000），为含税固定总价，包括：软件许可费¥1,248,000；定制开发费¥806,000；部署实施费¥264,000；培训费¥68,000。
P:2.2 除本合同另有约定外，甲方无需向乙方支付任何其他费用。乙方人员差旅、食宿等费用已包含在合同总价内。
H:第三条 付款方式
P:3.1 合同生效且甲方收到乙方开具的等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方通过国库集中支付方式付款，因财政资金拨付流程造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同生效之日起九十日内完成软件部署和定制功能开发，一百二十日内完成联调并提交初步验收申请。
P:4.2 乙方应在每月第五个工作日前向甲方提交项目进度报告，如实说明进度、问题及风险。
P:4.3 乙方应组建不少于八人的项目团队，项目经理和技术负责人须为投标文件所列人员，未经甲方同意不得更换；甲方认为乙方人员不能胜任的，有权要求乙方在五个工作日内更换。
H:第五条 验收
P:5.1 初步验收：乙方完成部署和全部定制功能后，由甲方组织对照需求规格说明书逐项测试，要求：AIS目标接入延迟不超过3秒；雷达与AIS目标融合正确率不低于98%；越界预警在目标越界后10秒内推送至值班席位；轨迹回放可查询最近三年数据；全部接口连续七日数据交换无差错。
P:5.2 最终验收：初步验收通过后平台试运行九十日，试运行期间未发生一级故障，且通过甲方委托的第三方信息安全等级保护测评和软件功能测试，由甲方组织专家进行最终验收，出具书面验收报告。
P:5.3 平台上线运行、甲方使用或支付款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、定制功能维护和技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供运维服务，年度服务费不超过软件许可费的9%（即每年不超过¥112,320），自质保期满起三年内不上调，具体以双方另行签订的运维合同为准。
H:第七条 服务水平
P:7.1 质保期内，平台年度可用率应不低于99.95%（计划内维护除外，计划维护须提前三个工作日告知甲方并安排在夜间低峰时段）。
P:7.2 故障分级及响应：一级故障（平台整体不可用或预警功能失效）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（部分功能异常）1小时内响应，24小时内解决；三级故障（一般问题咨询）在下一个工作日内答复。
P:7.3 乙方应建立7×24小时服务热线，并指定一名项目经理作为甲方的服务联系人，每季度向甲方提交服务报告。
H:第八条 知识产权
P:8.1 平台基础软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，甲方可在本单位及所属海事处范围内使用。
P:8.2 乙方为本项目定制开发的模块、预警模型、接口程序及其源代码和技术文档，知识产权归甲方所有。乙方应在最终验收前将源代码和技术文档完整移交甲方，甲方有权自行修改或委托第三方修改、使用。
P:8.3 乙方保证所提供的软件不侵犯任何第三方的合法权益，如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台汇聚的船舶动态数据、视频图像、预警记录及系统日志均属于甲方所有，乙方不得用于本合同以外的任何目的，不得以任何形式向第三方提供。
P:9.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国网络安全法》，落实访问控制、操作审计和数据加密等措施；乙方人员远程运维须经甲方审批并通过堡垒机进行，不得将任何数据拷贝至甲方网络以外。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的甲方工作秘密、辖区船舶信息、网络结构及安全配置负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在本合同终止后继续有效。
P:10.2 乙方应与参与本项目的全部人员签订保密承诺书，并对其人员的泄密行为承担责任。
H:第十一条 分包
P:11.1 乙方可将雷达站点现场布线、视频设备安装等非主体、非关键性工作分包给具备相应资质的单位，但应在分包前书面告知甲方分包单位名称及分包内容。
P:11.2 乙方对分包单位的工作向甲方承担全部责任。
H:第十二条 违约责任
P:12.1 乙方未按第四条约定期限完成交付的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:12.2 乙方交付的平台经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收取的全部款项，并按合同总价的10%支付违约金。
P:12.3 乙方违反第九条、第十条约定的，应赔偿甲方因此遭受的全部损失。
H:第十三条 合同解除
P:13.1 乙方严重违反本合同约定，经甲方书面通知后十五日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方承担违约责任。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同，双方互不承担违约责任。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：临港海事局    乙方（盖章）：江海智航信息技术有限公司
P:签订日期：____年__月__日
"""

H613Z02 = """T:细纱机电控系统改造及维保合同
P:合同编号：HF-SB-2025-062
P:甲方：鸿丰棉纺织有限公司
P:乙方：锡纺智控自动化工程有限公司
P:甲方为提升细纱车间的自动化水平、降低断头率和能耗，决定对现有48台细纱机的电气控制系统实施改造，并建设车间集中监控系统。经甲方比选，确定由乙方承担本项目。双方根据《中华人民共和国民法典》等法律法规，经友好协商，订立本合同。
H:第一条 项目范围
P:1.1 乙方负责拆除48台细纱机原有继电器控制柜，更换为PLC控制柜，加装主电机变频器、锭速及断头检测传感器，完成电气接线、程序编制和单机调试。
P:1.2 乙方负责提供并部署细纱车间集中监控软件，实现单机产量、锭速、断头率、能耗的实时采集与报表统计，并开发车间电子看板及与甲方现有MES系统的数据接口。
P:1.3 乙方负责对甲方电气维修人员和挡车工班长进行操作与维护培训，提交完整的电气图纸、程序备份和操作手册。
P:1.4 改造前，乙方应对48台细纱机的牵伸、锭子等机械部分进行一次全面检查，发现的机械问题书面告知甲方，由甲方决定是否一并维修，相关费用另行商定。
H:第二条 合同价款及明细
P:2.1 本合同总价为人民币壹佰陆拾捌万肆仟元整（¥1,684,000），含13%增值税，明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含触摸屏）|48台|14,500|696,000
TB:2|主电机变频器|48台|6,200|297,600
TB:3|集中监控软件（永久许可）|1套|158,000|158,000
TB:4|锭速及断头检测传感器、线缆辅材|1批|84,800|84,800
TB:—|设备及软件小计|||1,236,400
TB:5|安装调试（分批停机改造）|1项|286,000|286,000
TB:6|电子看板及MES接口定制开发|1项|126,000|126,000
TB:7|培训及技术资料|1项|35,600|35,600
TB:—|合计|||1,684,000
P:2.2 上述价格为固定总价，包括设备、软件、运输、保险、安装、调试、培训及乙方人员的全部费用。
H:第三条 付款方式
P:3.1 合同签订后十日内，甲方向乙方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并完成安装、经甲方签收后，甲方支付合同总价的60%。到货签收仅表示数量与外观无误，不视为验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的25%。
P:3.4 剩余5%作为质量保证金，质保期满且无未解决的质量问题后十日内无息支付。
H:第四条 进度安排
P:4.1 乙方应在合同签订后四十五日内完成全部设备到货。为不影响生产，改造分四批进行，每批12台，每批停机改造时间不超过六日，具体批次计划由双方生产部门共同确定。
P:4.2 乙方应在全部设备到货后六十日内完成改造并提交最终验收申请。乙方不能按期完成的，应提前书面说明原因并提出赶工措施。
H:第五条 验收
P:5.1 每批改造完成后进行批次测试：设备连续运行七十二小时无控制故障，锭速控制偏差不超过±1%，断头检测准确率不低于98%。
P:5.2 最终验收条件：全部48台细纱机改造完成并连续运行三十日；改造后吨纱电耗较改造前下降不低于6%（按双方共同确认的测算方法）；监控软件数据与现场计数器核对一致；电子看板及MES接口运行正常；技术资料移交齐全。
P:5.3 最终验收由甲方组织，双方签署验收报告。设备投入生产使用不视为验收合格。验收不合格的，乙方应在十日内整改后重新验收。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内，因设备或软件质量问题发生的故障，乙方免费维修或更换，并免费提供软件维护和程序优化。
P:6.2 质保期满后，乙方继续提供年度维保服务，年度维保费为设备及软件小计的7%，即每年¥86,548，自质保期满起三年内保持不变，按年签订维保协议并于每个维保年度结束后支付。
H:第七条 服务响应
P:7.1 故障分为三级：一级故障指两台以上细纱机停台或监控系统整体失效；二级故障指单台停台；三级故障指不影响生产的一般问题。
P:7.2 一级故障乙方应在1小时内响应，8小时内派工程师到达现场并排除故障；二级故障2小时内响应，24小时内到场；三级故障在两个工作日内处理。
P:7.3 质保期内乙方应每季度上门巡检一次，检查控制柜、变频器运行状态和传感器灵敏度，并向甲方提交巡检报告。
P:7.4 乙方未按上述时限响应或到场的，每超时一小时，甲方可在应付款项中扣减¥500；因乙方原因造成停台超过四十八小时的，乙方应提供备用控制柜临时替换。
H:第八条 知识产权
P:8.1 集中监控软件的著作权归乙方所有，乙方授予甲方永久使用许可。
P:8.2 乙方为本项目编制的PLC程序、电子看板及MES接口程序，其知识产权归甲方所有，乙方应交付源程序，甲方可自行修改及委托他人维护。
H:第九条 数据安全
P:9.1 监控系统采集的生产数据、工艺参数和能耗数据属于甲方所有，乙方不得用于本合同以外的用途，不得向任何第三方提供。
P:9.2 乙方远程维护须事先取得甲方设备部书面批准，通过甲方指定的VPN账号登录并留存操作记录，维护结束后立即断开连接。乙方不得擅自修改工艺参数。
P:9.3 乙方应对参与本项目的人员进行数据安全教育，所用调试电脑须安装防病毒软件，严禁使用未经查杀的移动存储介质接入控制网络。
P:9.4 因乙方原因造成甲方生产数据泄露、丢失或系统遭受网络攻击的，乙方应立即报告并协助处置，赔偿甲方由此产生的全部损失。
H:第十条 分包
P:10.1 未经甲方书面同意，乙方不得将本项目的任何部分分包给第三方。经同意分包的，乙方对分包方的工作承担连带责任。
H:第十一条 合同解除
P:11.1 乙方交付的设备存在重大质量缺陷、经两次整改仍不能通过验收，或乙方有其他严重违约行为且在收到甲方书面通知后十五日内未纠正的，甲方有权解除本合同，乙方应退还已收款项并赔偿甲方损失。
P:11.2 甲方无正当理由逾期付款超过六十日，经乙方催告后仍不支付的，乙方有权暂停履行。
H:第十二条 安全施工与现场管理
P:12.1 乙方进场人员应遵守甲方的安全生产、消防及车间管理制度，电工须持有效特种作业操作证。停机改造前，乙方应与甲方设备部共同确认断电挂牌措施，改造过程中产生的废旧控制柜、线缆由乙方分类整理后交甲方处置。
P:12.2 乙方应为进场人员购买意外伤害保险。因乙方施工原因造成甲方设备损坏、人员伤害或火灾事故的，由乙方负责修复并承担相应赔偿责任。
P:12.3 每批改造期间，乙方应安排不少于两名工程师驻厂，配合甲方恢复生产，并对挡车工反映的问题当班处理。
H:第十三条 变更
P:13.1 甲方如需增加改造机台或调整监控功能，应书面通知乙方，双方按本合同单价协商确定费用和工期，并签订变更协议。
P:13.2 乙方如需变更设备品牌或型号，应事先取得甲方书面同意，替换设备的性能不得低于投标文件所列型号。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执两份，经双方签字盖章后生效。附件（设备技术规格书、批次改造计划）为本合同组成部分。
P:甲方（盖章）：鸿丰棉纺织有限公司    乙方（盖章）：锡纺智控自动化工程有限公司
P:日期：____年__月__日
"""

H613Z03 = """门店预约及会员管理SaaS服务合同

合同编号：CM-IT-2025-031
甲方：驰美汽车美容连锁管理有限公司
乙方：云约科技（杭州）有限公司

甲方在华东地区经营55家汽车美容门店，为统一线上预约、会员储值和门店排班管理，决定订阅乙方的门店预约及会员管理SaaS服务，并由乙方完成实施上线。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务。乙方向甲方55家门店提供SaaS服务，包括：
1. 微信小程序及公众号在线预约、工位排班和技师派工；
2. 会员注册、储值卡、套餐卡、积分及优惠券管理；
3. 门店收银、耗材出入库及总部经营报表；
4. 总部管理后台及门店店长移动端。
（二）实施服务。乙方负责系统配置、门店主数据导入、原有会员系统数据迁移（约21万条会员记录及储值余额）、与甲方财务系统的对账接口配置，以及对总部和门店人员的培训。
（三）服务期限。订阅服务期为两个服务年度，第一个服务年度自全部门店上线验收之日起计算，每个服务年度为期一年。

二、费用及支付
（一）订阅费：每店每个服务年度人民币4,800元，55家门店每个服务年度合计264,000元，两个服务年度合计528,000元。
（二）实施费86,000元；数据迁移费24,000元。
（三）本合同总价为人民币638,000元（含6%增值税）。
（四）支付方式：
1. 订阅费按季度支付，每季度开始后十日内，甲方支付该季度订阅费66,000元；
2. 实施费和数据迁移费在全部门店上线验收合格后十五日内一次性支付；
3. 乙方应在甲方付款前开具合法有效的增值税专用发票。
（五）服务期内新增门店的，按每店每个服务年度4,800元按月折算计费。
（六）两个服务年度内订阅单价固定不变；门店关闭的，自关闭次月起停止计费。

三、实施与验收
（一）乙方应在合同生效后四十日内完成系统配置和数据迁移，并分三批完成全部门店上线。
（二）上线验收标准：
1. 全部55家门店可正常使用预约、收银、会员及报表功能；
2. 迁移后会员数量、储值余额、套餐剩余次数与原系统逐条核对一致；
3. 对账接口连续十日与财务系统核对无差异；
4. 模拟全部门店周末高峰并发的压力测试下，主要页面响应时间不超过2秒。
（三）甲方在收到乙方验收申请后七个工作日内组织验收，验收合格的，双方签署上线验收单。门店试用或甲方付款不视为验收合格。
（四）乙方应为每家门店店长和收银员提供现场或远程培训，并提供操作视频、常见问题手册；上线后第一个月内安排专人值守答疑，门店反映的问题当日跟进。
（五）乙方未能在合同生效后四十日内完成全部门店上线的，每逾期一日，应按合同总价的千分之一向甲方支付违约金。

四、服务水平
（一）乙方保证SaaS服务的月度可用率不低于99.5%，计划维护须安排在凌晨一点至六点之间并提前三日通知甲方。
（二）故障响应：
1. 一级故障（多家门店无法预约或收银）：30分钟内响应，2小时内恢复；
2. 二级故障（单店或单一功能异常）：1小时内响应，8小时内解决；
3. 三级故障（咨询和一般问题）：一个工作日内答复。
（三）服务补偿：月度可用率低于承诺值的，乙方按当月订阅费的5%给予服务抵扣；低于98%的，按当月订阅费的20%给予服务抵扣。一级故障未按时恢复的，每超时一小时抵扣1,000元。

五、数据权属与数据安全
（一）甲方在系统中录入和产生的会员信息、车辆信息、消费记录、储值数据等业务数据归甲方所有。
（二）甲方同意，乙方可在服务期内及服务期满后，对甲方业务数据进行去标识化和汇总处理，用于乙方编制汽车后市场行业分析报告、优化产品功能及向其他客户提供经营对标服务。
（三）乙方应按照《中华人民共和国个人信息保护法》等规定，对会员个人信息进行加密存储，实行最小权限访问和操作日志审计，系统部署于境内数据中心，并通过网络安全等级保护第三级测评。
（四）发生数据泄露或安全事件的，乙方应在2小时内通知甲方并采取处置措施；因乙方原因造成损失的，乙方承担赔偿责任。
（五）服务终止后三十日内，乙方应按甲方要求以通用格式导出全部业务数据并交付甲方，随后删除其系统中的甲方数据（第五条第（二）款所述汇总数据除外）。

六、知识产权
（一）SaaS平台及其功能模块的知识产权归乙方所有。
（二）乙方为甲方专门配置的小程序页面、报表模板及对账接口配置成果，归甲方所有，甲方可自由使用、修改并委托第三方使用。

七、保密
双方对在合作过程中获知的对方商业秘密、经营数据及价格信息负有保密义务，未经对方书面同意不得向第三方披露。乙方应要求其接触甲方信息的员工遵守本条约定，并对员工违反保密义务的行为承担责任。本条在合同终止后三年内持续有效。

八、续期
订阅服务期满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可连续续期。续期时乙方有权根据其届时的价格政策调整订阅单价，并提前三十日通知甲方。

九、分包
乙方不得将本合同项下的服务分包或转包给第三方；确需将门店现场培训等辅助工作委托第三方的，应事先取得甲方书面同意。

十、违约责任与合同解除
（一）乙方的违约责任以合同总价的200%为限，但乙方故意或重大过失、违反第五条或第七条造成的损失不受此限。
（二）乙方严重违约，或连续两个月月度可用率低于98%，经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同，乙方应退还已预付但未使用期间的订阅费。
（三）甲方逾期付款超过三十日的，乙方可书面催告后暂停服务，但应提前五日通知。

十一、双方其他义务
（一）甲方应指定一名项目负责人，协调各门店配合实施，按乙方提供的模板及时提供门店、技师、服务项目和价格等主数据，并对所提供数据的准确性负责。
（二）乙方应指定一名实施经理和一名客户成功经理，实施期间每周向甲方提交进度报告；上线后每季度与甲方召开一次服务回顾会，通报可用率、故障处理和需求排期情况。
（三）乙方对平台进行版本升级的，应提前七日告知甲方升级内容；升级不得减少甲方已订阅的功能，不得导致甲方已有数据丢失或报表口径改变。
（四）甲方提出的个性化需求，由双方评估工作量后另行签订补充协议，未经甲方书面确认的工作不产生费用。

十二、不可抗力
因地震、火灾、战争、政府行为或公共网络大面积中断等不可抗力导致一方不能履行合同的，该方应及时通知对方并在十五日内提供证明，在不可抗力影响范围内免除责任。乙方应采取合理措施减少损失，并在影响消除后尽快恢复服务。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，提交杭州仲裁委员会仲裁。

十四、其他
本合同附件包括：附件一《门店清单》、附件二《功能清单》、附件三《上线验收单》，附件与本合同具有同等效力。本合同未尽事宜，双方可另行签订补充协议。
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

H613Z04 = """优抚信息管理系统2025年度运维服务合同

项目编号：TYJ-YW-2025-008
甲方：滨江市退役军人事务局
乙方：启明政通信息服务有限公司

甲方通过政府采购竞争性磋商方式确定乙方为滨江市优抚信息管理系统2025年度运维服务供应商。为保障系统稳定运行和优抚对象待遇发放工作有序开展，双方根据《中华人民共和国民法典》《中华人民共和国政府采购法》及磋商文件，订立本合同。

第一条 服务范围
（一）运维对象：优抚信息管理系统（含优抚对象信息库、抚恤补助金发放模块、医疗保障模块、数据报送接口）及其运行所需的应用服务器、数据库和中间件。
（二）服务内容：
1. 日常巡检：每日检查系统运行状态、数据库空间、备份任务和接口报送情况，形成巡检记录；
2. 故障处理：对系统故障进行诊断、修复和恢复；
3. 应用维护：配合年度抚恤补助标准调整完成参数配置和批量测算，协助完成待遇发放数据核对；
4. 数据维护：根据甲方书面指令开展数据修正、统计和报表制作，每月向上级部门报送前完成数据质量校验；
5. 安全运维：操作系统和数据库补丁更新、漏洞整改配合、账号权限梳理；
6. 驻场服务：乙方派驻两名运维工程师在甲方办公场所工作，工作日8:30至17:30在岗；
7. 重要时段保障：春节、八一等待遇集中发放期间提供专项值守；
8. 用户支持：通过电话和即时通讯群为局机关及各区县业务人员提供操作咨询，工作时间内即时响应。
（三）服务期：2025年1月1日至2025年12月31日。

第二条 服务费用及支付
（一）本合同总价为人民币肆拾陆万捌仟元整（¥468,000），包括驻场人员费用、远程支持、备品备件及乙方为履行本合同发生的全部费用。
（二）服务费按季度支付，每季度结束后，经甲方对该季度服务考核合格，甲方在收到发票后十五个工作日内支付该季度服务费117,000元。
（三）季度考核得分低于90分的，每低1分扣减该季度服务费的1%，扣减总额不超过该季度服务费的10%。
（四）本合同不设预付款。
（五）乙方应按甲方要求开具增值税发票，发票信息有误的，付款期限相应顺延。

第三条 服务水平
（一）系统年度可用率不低于99.95%，计划内维护须提前三个工作日经甲方同意。
（二）故障分级及时限：
1. 一级故障（系统整体不可用、发放数据错误或数据报送中断）：15分钟内响应，1小时内到场，3小时内恢复；
2. 二级故障（部分功能不可用）：30分钟内响应，8小时内解决；
3. 三级故障（一般性问题）：两个工作日内解决。
（三）违反服务水平的处理：一级故障每超时一小时扣减服务费2,000元；可用率每低于承诺值0.01个百分点扣减服务费1,000元；上述扣减在当季服务费中结算。
（四）乙方应建立7×24小时服务热线，非工作时间发生一级故障的，驻场工程师或二线工程师须按上述时限到场。乙方应配备不少于三名熟悉本系统的二线技术支持人员，其中至少一人具备数据库高级认证。

第四条 交接与到岗
（一）乙方应在合同生效后五个工作日内完成与原运维单位的交接，包括账号、文档、备份介质和遗留问题清单的接收确认。
（二）乙方未按期完成交接或驻场人员未按期到岗的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（三）驻场人员须具备三年以上运维经验，更换人员须提前十日经甲方书面同意，并完成工作交接。

第五条 服务考核与验收
（一）甲方每季度根据巡检记录完整率、故障处理及时率、数据报送准确率、驻场出勤率和用户满意度进行考核，考核表作为本合同附件。
（二）服务期满后，乙方提交年度运维总结、知识库文档、配置清单和全部运维记录，经甲方核验资料完整、全年无因乙方原因造成的重大事故后，出具年度验收意见。
（三）年度验收发现资料缺失或存在因乙方原因未闭环的问题的，乙方应在十个工作日内补正，补正完成前甲方可暂缓支付第四季度服务费。
（四）甲方各业务科室可随时对乙方服务提出书面意见，乙方应在三个工作日内书面答复并落实整改。

第六条 数据安全
（一）系统中的优抚对象个人信息、待遇发放数据及全部业务数据归甲方所有，乙方仅为履行本合同处理上述数据，不得用于其他任何目的。
（二）乙方应遵守《中华人民共和国个人信息保护法》《中华人民共和国数据安全法》及甲方信息安全管理制度：运维操作一律通过甲方堡垒机进行并全程录像；禁止将数据库导出、复制到任何外部介质或外部网络；测试环境只能使用经甲方审批的脱敏数据。
（三）发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部赔偿责任，并承担由此产生的法律责任。

第七条 保密
乙方及其人员对履行合同中知悉的优抚对象信息、国家工作秘密和甲方内部资料承担保密义务，不得泄露、不得擅自留存。驻场人员须签署保密承诺书。乙方人员离场时应交回全部资料、门禁卡和系统账号，并签署离场承诺。保密义务不因本合同终止而解除。

第八条 应急保障与备份
（一）乙方应在合同生效后十五日内编制系统应急预案，内容包括数据库故障、服务器宕机、网络中断、勒索病毒等情形的处置流程、责任人和联系方式，经甲方审定后执行。
（二）乙方应每日核查数据库增量备份、每周核查全量备份的完整性，每季度在甲方测试环境中开展一次备份恢复演练，并形成演练报告。恢复演练中发现的问题应在十个工作日内整改完毕。
（三）每年待遇集中发放前，乙方应对发放模块进行专项检查和数据比对，协助甲方完成发放名册与财政、银行数据的核对，确保无错发、漏发。
（四）乙方应每月第三个工作日前向甲方提交上月运维报告，内容包括巡检情况、故障统计及处理结果、数据维护记录、安全补丁更新情况和下月工作计划。

第九条 知识产权
乙方在服务期内编写的运维脚本、巡检工具、知识库文档及统计报表模板，知识产权归甲方所有，服务期满后一并移交。

第十条 分包
乙方不得将本合同项下服务的全部或任何部分分包、转包给第三方。

第十一条 违约责任
（一）乙方违反第六条、第七条的，甲方有权立即解除合同，乙方应赔偿甲方全部损失。
（二）甲方无正当理由逾期支付服务费的，应按逾期金额每日万分之二向乙方支付违约金。

第十二条 合同解除
乙方严重违约，或连续两个季度考核得分低于80分，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，并按实际服务期间结算费用。

第十三条 服务期满
本合同服务期满即终止，不自动续期。下一年度运维服务由甲方依法另行采购。服务期满或合同解除时，乙方应配合新服务商完成交接，交接期不少于十个工作日，交接期间不另收费。交接完成后，乙方应删除其持有的与本项目有关的全部资料和数据，并向甲方出具书面确认。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因履行本合同发生争议的，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十五条 其他
本合同一式五份，甲方三份，乙方两份，经双方法定代表人或授权代表签字并加盖公章后生效。

甲方（盖章）：滨江市退役军人事务局
乙方（盖章）：启明政通信息服务有限公司
日期：2024年12月__日
"""

H613Z05 = """# 仓储管理系统（WMS）软件许可及实施合同

**合同文本版本：仓擎标准合同 V3.0（乙方提供）**

合同编号：CQ-WMS-2025-____

甲方（买方）：香满楼卤味食品有限公司

乙方（卖方）：仓擎软件科技（成都）有限公司

鉴于甲方拟在中央厨房及冷链配送中心上线仓储管理系统，乙方系“仓擎WMS”软件的著作权人，双方本着平等自愿的原则，就软件许可及实施事宜达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方提供仓擎WMS软件（食品冷链版）永久使用许可，许可范围为甲方中央厨房原料库、成品冷库及配送中心，共计3个仓库、60个并发用户。

1.2 乙方按甲方需求进行定制开发，包括：原料批次与保质期先进先出策略、卤制半成品投料追溯、冷库温度数据接入、与甲方ERP及门店订货系统的接口。

1.3 乙方负责系统安装部署、基础数据初始化、上线支持和用户培训，并配置手持终端作业流程。

1.4 乙方提供的软件功能以乙方产品功能清单及双方确认的需求规格说明书为准，未列入的功能不属于本合同范围。系统运行所需的操作系统、数据库及第三方软件许可由甲方自行采购。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 仓擎WMS软件许可（永久） | 620,000 |
| 2 | 定制开发 | 176,000 |
| 3 | 实施、培训及上线支持 | 72,000 |
| | 合计 | 868,000 |

2.1 合同总价为人民币捌拾陆万捌仟元整（¥868,000），含税。手持终端、服务器等硬件由甲方自行采购，不在本合同范围内。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，计¥477,400。乙方收到该笔款项后启动项目。

3.2 系统上线运行后十个工作日内，甲方支付合同总价的45%，计¥390,600。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方有权暂停实施工作直至款项付清，工期相应顺延。

## 第四条 实施周期

4.1 乙方应在收到首付款后七十五日内完成系统部署和定制开发，并具备上线条件。

4.2 因甲方需求变更、基础数据提供延迟或现场条件不具备造成的延误，工期相应顺延，乙方不承担责任。

4.3 项目按需求调研、方案确认、系统配置与定制开发、数据初始化、用户测试、上线切换六个阶段实施。乙方在每个阶段结束时向甲方提交阶段工作确认单，甲方应在三个工作日内签字确认，逾期未签字的视为确认。

4.4 上线切换期间，乙方安排一名实施顾问驻场不超过十个工作日，协助甲方完成期初库存导入和首批出入库作业；驻场期满后转为远程支持。

## 第五条 上线与验收

5.1 系统安装完成并在甲方环境中上线运行，即视为甲方验收合格。

5.2 系统上线时间以乙方发出的上线通知为准，甲方在上线通知发出后继续使用原有方式作业的，不影响上线的认定。

5.3 甲方在上线后提出的问题，乙方将在后续版本中统筹安排优化，不影响验收结论及付款。

## 第六条 甲方义务

6.1 甲方应指定项目负责人，在乙方要求的时间内提供物料编码、库位规划、供应商清单、批次规则等基础数据，并对数据的准确性和完整性负责。

6.2 甲方应按乙方提出的配置要求准备服务器、数据库、网络及手持终端，开放必要的远程访问权限，并安排仓库主管和关键用户全程参与需求确认和测试。

6.3 甲方应在乙方提交需求规格说明书后五个工作日内确认，逾期未确认的，视为甲方已确认。需求确认后甲方提出的变更，乙方有权另行收费并顺延工期。

## 第七条 培训与文档

7.1 乙方为甲方提供两次集中培训，每次不超过两日，培训对象为仓库管理员、系统管理员及关键用户。甲方新增人员的培训，由甲方已培训人员自行负责，或由乙方按人天另行收费。

7.2 乙方交付用户操作手册和系统管理员手册电子版各一份。

## 第八条 质保与维护

8.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方提供远程技术支持和软件缺陷修复。

8.2 乙方将尽合理努力及时处理甲方报告的问题，具体处理时间视问题的复杂程度而定。

8.3 免费维护期满后，甲方应与乙方签订年度维护服务合同，年度维护费按软件许可费的28%计取，即每年¥173,600。维护服务包括远程支持、补丁升级及版本更新。未签订维护合同的，乙方不再提供任何技术支持和升级服务。

## 第九条 知识产权

9.1 仓擎WMS软件及其全部版本、文档的著作权归乙方所有。

9.2 乙方为甲方定制开发的功能模块、接口程序及相关技术成果，其知识产权均归乙方所有，乙方有权将其纳入标准产品并向其他客户提供。甲方在许可范围内享有使用权，不得修改、反编译或许可第三方使用，乙方不提供定制部分源代码。

9.3 乙方保证其提供的软件不侵犯第三方的著作权和专利权。因侵权引起第三方索赔的，由乙方负责处理。

## 第十条 数据安全

10.1 甲方在系统中产生的库存、批次、供应商及订单数据归甲方所有，乙方不得用于本合同以外的目的。

10.2 乙方远程维护须经甲方同意并使用甲方分配的专用账号，所有操作留存日志；乙方不得复制、下载甲方业务数据。乙方应采取必要的技术措施防止数据泄露。

10.3 因乙方原因造成甲方数据泄露或丢失的，乙方应及时告知甲方、协助恢复，并赔偿甲方由此造成的直接损失。

## 第十一条 保密

11.1 双方对签订和履行本合同过程中知悉的对方商业秘密、技术资料、配方及价格信息负有保密义务，未经对方书面同意不得向第三方披露。

11.2 保密义务自本合同签订之日起至相关信息公开之日止。

## 第十二条 违约责任

12.1 因乙方原因未能按第四条约定期限具备上线条件的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

12.2 任何一方违反本合同约定给对方造成损失的，应予赔偿。

12.3 因甲方操作不当、擅自修改系统配置、硬件故障或第三方软件原因导致的问题，乙方不承担责任，乙方协助处理的，按实际人天另行收费。

## 第十三条 合同解除

13.1 一方严重违反本合同约定，经守约方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。

13.2 合同解除后，已交付的软件许可及已完成的工作按实际完成比例结算，已支付的首付款中对应已完成部分不予退还。

## 第十四条 不可抗力

因不可抗力不能履行合同的，受影响一方应在十日内通知对方并提供证明，根据不可抗力的影响部分或全部免除责任。

## 第十五条 争议解决

15.1 因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同自双方签字盖章且乙方收到首付款之日起生效。

16.2 本合同一式两份，双方各执一份。本合同为乙方标准合同文本，双方另有补充约定的，以书面补充协议为准。

甲方（盖章）：________________    乙方（盖章）：________________

授权代表：________________        授权代表：________________

日期：____年__月__日              日期：____年__月__日
"""

H613E01 = """T:Software Licence and Services Agreement
P:Agreement No. OAS-YH-2025-03
P:This Software Licence and Services Agreement (the "Agreement") is made between Yantai Haiyuan Aquaculture Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Yantai, Shandong Province (the "Customer"), and Otago Aquatech Systems Limited, a company incorporated in New Zealand with its registered office at Princes Street, Dunedin 9016, New Zealand (the "Vendor").
P:The Customer operates hatcheries and sea-cage farms for abalone and sea cucumber and wishes to acquire a perpetual licence of the Vendor's HatchLedger farm management software, together with implementation, interfaces and training. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the HatchLedger software in object code, version 7 and any updates delivered under this Agreement, together with its user and administrator documentation.
P:1.2 "Custom Deliverables" means the configurations, report templates, interface programs, data mappings and scripts that the Vendor develops specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into, generated by or processed with the Software on the Customer's behalf, including stocking records, water-quality readings, feed logs, mortality data and sales records.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the Customer's own operations at up to eight farm sites and for up to 150 named users.
P:2.2 The Vendor shall install and configure the Software on the Customer's servers in Yantai, develop the Custom Deliverables described in Schedule 1, build interfaces to the Customer's ERP system and its water-quality sensor platform, migrate historical stocking records from the Customer's spreadsheets, and train the Customer's staff.
P:2.3 The Vendor shall provide a project manager who is familiar with aquaculture operations and who shall attend the Customer's sites in person during configuration and go-live.
H:Article 3 Price and Payment
P:3.1 The Contract Price is CNY 1,736,000, inclusive of applicable PRC taxes, made up of: Software licence fee CNY 1,180,000; implementation and configuration CNY 362,000; interfaces CNY 148,000; training CNY 46,000.
P:3.2 The Customer shall pay the Contract Price as follows: (a) 20% within 20 days after signature of this Agreement, against the Vendor's invoice; (b) 45% within 20 days after the Vendor has installed the Software and the Customer has signed the Go-Live Readiness Certificate; and (c) 35% within 20 days after Final Acceptance.
P:3.3 The Go-Live Readiness Certificate records that the Software has been installed and configured. It is not acceptance of the Software or of any Custom Deliverable.
P:3.4 Payments shall be made in CNY by bank transfer to the Vendor's account with a bank in mainland China, as notified in writing.
H:Article 4 Delivery and Delay
P:4.1 The Vendor shall install the Software within 45 days after signature and shall be ready for acceptance testing within 110 days after signature, in accordance with the project plan in Schedule 2.
P:4.2 If the Vendor fails to meet either date for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price. Payment of liquidated damages does not release the Vendor from its obligation to complete the work.
P:4.3 If the delay exceeds 60 days, the Customer may terminate this Agreement under Article 12.
H:Article 5 Acceptance
P:5.1 The Vendor shall carry out the acceptance tests set out in Schedule 3 in the presence of the Customer's representatives.
P:5.2 The acceptance criteria are: (a) every function listed in Schedule 1 works as specified at all eight sites; (b) migrated stocking records reconcile with the source spreadsheets for every batch and every tank; (c) the ERP interface posts feed and harvest transactions without error for 15 consecutive working days; (d) sensor readings appear in the Software within 60 seconds of measurement; and (e) no Severity 1 or Severity 2 defect remains open at the end of a 30-day trial run.
P:5.3 When the criteria are met, the Customer shall issue a Final Acceptance certificate within 10 working days. If any criterion is not met, the Vendor shall correct the defects at its own cost and repeat the tests. Go-live, use of the Software in production or payment of any instalment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to their specifications for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new versions of the Software, and provide technical support free of charge.
P:6.2 Defects are classified as follows: Severity 1 means the Software is unavailable or Customer Data is corrupted; Severity 2 means a major function is unavailable without a workaround; Severity 3 means any other defect. The Vendor shall respond to a Severity 1 defect within one hour, twenty-four hours a day, and restore service within eight hours; it shall respond to a Severity 2 defect within two hours during business hours and correct it within three business days; it shall respond to a Severity 3 defect within one business day.
P:6.3 For each hour by which the Vendor exceeds a Severity 1 response or restoration time, the Vendor shall credit the Customer CNY 1,000 against the next amount payable, or pay that amount if nothing further is payable.
P:6.4 After the Warranty Period the Customer may purchase annual support at 11% of the Software licence fee per year (CNY 129,800), which the Vendor shall not increase for the first three years after the Warranty Period. Annual support includes the same services and response times as in Article 6.2. Support is purchased by a separate order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property in it remain the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver the source code and documentation of the Custom Deliverables before Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the intellectual property rights of a third party.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose, including product development, benchmarking or analytics for other clients.
P:8.2 The Software is installed on the Customer's own servers in mainland China. The Vendor's personnel may access Customer systems only through the Customer's VPN with multi-factor authentication, after the Customer's approval of each session, and shall not copy Customer Data outside the Customer's systems. The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law and with the Customer's information-security rules.
P:8.3 The Vendor shall notify the Customer within twelve hours after becoming aware of any actual or suspected unauthorised access to Customer Data, shall assist the Customer in containing it, and shall be liable for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, including production volumes, prices, farm locations and technical data, and shall use it only for this Agreement.
P:9.2 These obligations do not apply to information that is public through no fault of the receiving party or that the receiving party must disclose by law, and they survive termination for three years.
H:Article 10 Liability
P:10.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price.
P:10.2 The limit in Article 10.1 does not apply to liability for death or personal injury, fraud, wilful misconduct, infringement claims under Article 7.3, or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature and continues until the end of the Warranty Period, except that Articles 2.1, 7, 8, 9 and 10 survive.
P:12.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice, or in the case described in Article 4.3. On such termination the Vendor shall refund the amounts paid for work not accepted.
P:12.3 The Vendor may terminate this Agreement if the Customer fails to pay an undisputed amount within 60 days after a written reminder.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of New Zealand.
P:13.2 The parties shall first try to settle any dispute by negotiation between senior managers. If the dispute is not settled within 30 days, either party may submit it to the courts of New Zealand sitting at Dunedin, which shall have non-exclusive jurisdiction.
H:Article 14 General
P:14.1 This Agreement, with Schedules 1 to 3, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is made in English and Chinese; both versions have equal force.
P:Schedule 1: Functional scope and Custom Deliverables. Schedule 2: Project plan. Schedule 3: Acceptance test plan.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

H613E02 = """# ORDER FORM AND GENERAL TERMS — ROSTERWELL WORKFORCE PLATFORM

Order Form No. RW-CN-2025-0142

# PART A — ORDER FORM

## A1. Parties

**Provider:** Rosterwell Limited, a company incorporated in New Zealand, 88 Victoria Street, Christchurch 8013, New Zealand.

**Customer:** Guangzhou Tongda Warehousing and Logistics Co., Ltd., a company incorporated in the People's Republic of China, Huangpu District, Guangzhou.

This Order Form, together with the General Terms in Part B, forms the agreement between the parties (the "Agreement"). If this Order Form conflicts with Part B, this Order Form prevails.

## A2. Subscribed Services

The Rosterwell workforce platform, hosted for the Customer in a mainland China cloud region, covering shift rostering, time and attendance, overtime rules, leave requests, labour-cost reporting and the Rosterwell mobile app for warehouse staff. Licensed scope: up to 1,600 active employees across the Customer's eleven warehouses in Guangdong.

## A3. Subscription Term

24 months from the Service Start Date. The Service Start Date is the date on which the Customer signs the Onboarding Acceptance Certificate under Part B section 4.

## A4. Fees

| Item | Basis | Fee per Subscription Year (CNY) | Total for the Term (CNY) |
|---|---|---|---|
| Platform subscription | up to 1,600 employees | 298,000 | 596,000 |
| Mobile app module | up to 1,600 employees | 64,000 | 128,000 |
| Onboarding and configuration | one-time | — | 58,000 |
| Integration with Customer payroll and access-control systems | one-time | — | 36,000 |
| **Total Contract Value** | | | **818,000** |

All fees are in CNY and include PRC value-added tax. Subscription fees are fixed for the Subscription Term.

## A5. Invoicing and Payment

(a) Subscription fees are invoiced quarterly in advance, the first quarter on the Service Start Date, at CNY 90,500 per quarter.

(b) The onboarding and integration fees (CNY 94,000 in total) are invoiced after the Customer signs the Onboarding Acceptance Certificate.

(c) Invoices are payable within 30 days after receipt of a valid PRC tax invoice. No other amount is payable before the Service Start Date.

## A6. Key Contacts and Special Terms

Provider account manager: Ms Hannah Whitcombe. Customer project lead: Mr Liang Jun, Head of Operations. Onboarding is to be completed within 70 days after signature of this Order Form. Additional employees above the licensed scope may be added in blocks of 100 at a pro-rated fee agreed in writing.

Signed for the Provider: ______________________ Date: ___________

Signed for the Customer: ______________________ Date: ___________

# PART B — GENERAL TERMS

## 1. Definitions

1.1 "Customer Data" means all data submitted to the Services by or for the Customer, including employee names, identity numbers, shift records, attendance events, leave balances and pay-related information, and all outputs generated from it.

1.2 "Services" means the subscribed services described in A2 together with support under section 6.

1.3 "Customer Configurations" means the roster rules, overtime rules, report layouts and interface mappings configured for the Customer.

## 2. Use of the Services

2.1 The Provider grants the Customer a non-exclusive right to access and use the Services during the Subscription Term for the Customer's internal business purposes.

2.2 The Customer shall keep its user credentials secure and is responsible for activities carried out under its accounts, except where caused by the Provider's breach.

## 3. Onboarding

3.1 The Provider shall carry out the onboarding work in accordance with the onboarding plan agreed at the kick-off meeting: configuration of rules for each warehouse, import of employee master data, integration with the Customer's payroll system and its access-control gates, and training of supervisors and administrators.

3.2 If onboarding is not ready for acceptance within the period stated in A6 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 700 for each day of delay, up to a total of CNY 40,900.

## 4. Onboarding Acceptance

4.1 The Customer shall test the configured Services against the following criteria: (a) rosters for all eleven warehouses can be generated for a four-week cycle in line with the agreed rules; (b) attendance events from every access-control gate appear in the Services within five minutes; (c) a parallel run of one full pay period reconciles overtime hours and leave balances with the Customer's existing records without unexplained differences; and (d) the payroll export is accepted by the Customer's payroll system without manual correction.

4.2 When the criteria are met, the Customer shall sign the Onboarding Acceptance Certificate within seven working days. Otherwise it shall list the failed criteria, and the Provider shall correct them and resubmit the Services for testing. Use of the Services during the parallel run is not acceptance.

## 5. Service Levels

5.1 The Provider shall make the Services available 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 01:00 and 05:00 China Standard Time.

5.2 Incidents are classified as Priority 1 (Services unavailable or attendance capture failing for any warehouse), Priority 2 (a major function impaired) and Priority 3 (other issues). The Provider shall respond to a Priority 1 incident within 30 minutes at any time and restore service within three hours; to a Priority 2 incident within two hours and resolve it within one business day; and to a Priority 3 incident within one business day.

5.3 If monthly availability falls below the commitment in 5.1, the Provider shall credit 5% of the monthly subscription fee for each full 0.5 percentage point of shortfall, up to 25% of that month's fee. If a Priority 1 incident is not restored within the time in 5.2, the Provider shall credit a further CNY 1,000 for each hour of delay. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

## 6. Support

6.1 Support is available in Chinese and English through a hotline and a ticket portal. The Provider shall name a Chinese-speaking support lead for the Customer and hold a service review with the Customer every quarter.

## 7. Customer Data and Data Security

7.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Services to the Customer and for no other purpose, and shall not create aggregated or anonymised data sets from it.

7.2 The Provider shall host Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to named personnel with multi-factor authentication, log all administrative access, and maintain MLPS level 3 filing and ISO 27001 certification for the hosting environment. The Provider shall comply with the PRC Personal Information Protection Law.

7.3 The Provider shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, shall take immediate steps to contain it, and shall be liable for the Customer's losses caused by a breach of this section 7.

7.4 Within 30 days after the end of the Subscription Term the Provider shall return all Customer Data in CSV format and then delete it, and confirm the deletion in writing.

## 8. Intellectual Property

8.1 The Provider retains all rights in the Services and the underlying platform.

8.2 Customer Configurations and reports generated for the Customer belong to the Customer, which may use, modify and let third parties use them freely.

## 9. Confidentiality

9.1 Each party shall keep the other party's confidential information secret, use it only for the Agreement and disclose it only to its employees and advisers who need to know it and are bound by similar obligations. This section survives the end of the Agreement for three years.

## 10. Limitation of Liability

10.1 The Provider's total aggregate liability arising out of or in connection with the Agreement shall not exceed the fees paid or payable by the Customer in the nine months preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

10.3 Nothing in this section limits liability for death or personal injury caused by negligence or for fraud.

## 11. Subcontracting

11.1 The Provider shall not subcontract the Services or any part of them without the Customer's prior written consent, except that it may use the hosting provider named in the onboarding plan. The Provider remains responsible for all subcontractors.

## 12. Term, Renewal and Termination

12.1 The Agreement ends at the end of the Subscription Term unless the parties sign a new Order Form. There is no automatic renewal.

12.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice. If the Customer terminates for the Provider's breach, the Provider shall refund any prepaid fees for the period after termination.

## 13. Governing Law and Disputes

13.1 The Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

## 14. General

14.1 Notices shall be in writing and sent to the contacts in A6. Neither party may assign the Agreement without the other's written consent. The Agreement is made in English; a Chinese translation is provided for reference.
"""

H613E03 = """T:Supply and Licence Contract for Bridge Structural Health Monitoring Equipment
P:Contract No. HXE-SHM-2025-019
P:This Contract is made between Hunan Xiangjiang Expressway Operation Co., Ltd., Changsha, People's Republic of China (the "Buyer"), and Pacific Structural Sensing Pte Limited, a company registered in Fiji with its office at Victoria Parade, Suva, Fiji (the "Supplier").
P:The Buyer operates three long-span river bridges on its expressway network and wishes to install a permanent structural health monitoring system. Following the Buyer's competitive negotiation, the Buyer has selected the Supplier. The parties agree as follows.
H:1. Definitions and Documents
P:1.1 "Equipment" means the sensors, data gateways, weather stations, cabling and accessories listed in the Price Table in clause 3.
P:1.2 "Software" means the Supplier's BridgeWatch monitoring software, licensed under clause 8, including the alarm engine and the web dashboard.
P:1.3 "System" means the Equipment and the Software, installed, calibrated and commissioned at the three bridges.
P:1.4 "Custom Deliverables" means the bridge-specific dashboards, alarm threshold models, structural reports and interface programs developed by the Supplier for the Buyer.
P:1.5 This Contract consists of these clauses, the Price Table, the Technical Specification (Annex A) and the Installation Plan (Annex B). In case of conflict, these clauses prevail.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment, install it on the three bridges under the Buyer's traffic-management arrangements, calibrate every sensor, install the Software on the Buyer's servers at its Changsha operations centre, develop the Custom Deliverables, and train the Buyer's bridge engineers.
P:2.2 The Supplier shall provide all tools, lifting equipment and consumables needed for installation, except the traffic-management measures and lane closures, which the Buyer shall arrange.
P:2.3 Training shall cover the operation of the dashboard, alarm handling, routine inspection of sensors and gateways, replacement of batteries and solar panels, and the interpretation of the monthly structural reports. It shall be given in Chinese, in two sessions of three days each, for up to twenty of the Buyer's engineers, and the Supplier shall provide printed training materials.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,506,000, inclusive of PRC value-added tax, customs duties, transport to site and insurance, as set out in the following Price Table:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Triaxial accelerometers|96|3,400|326,400
TB:2|Vibrating-wire strain gauges|240|980|235,200
TB:3|Solar-powered data gateways|24|8,600|206,400
TB:4|Bridge weather stations|4|22,500|90,000
TB:5|BridgeWatch software licence (perpetual)|1|310,000|310,000
TB:|Equipment and Software Subtotal|||1,168,000
TB:6|Installation and cabling|1 lot|246,000|246,000
TB:7|Calibration and commissioning|1 lot|68,000|68,000
TB:8|Training|1 lot|24,000|24,000
TB:|Contract Price|||1,506,000
P:3.2 The Contract Price is fixed and is not subject to adjustment for exchange-rate movements.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within 15 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:4.2 The Buyer shall pay 55% of the Contract Price within 20 days after all Equipment has been delivered and installed and the Buyer has signed the installation record. The installation record confirms quantities and installation only; it is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% within 20 days after Final Acceptance under clause 6.
H:5. Delivery and Delay
P:5.1 The Supplier shall deliver all Equipment to the Buyer's Changsha warehouse within 60 days after signature, complete installation within 120 days after signature, and request Final Acceptance testing within 150 days after signature.
P:5.2 If the Supplier misses any of these dates for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:5.3 Title and risk in each item of Equipment pass to the Buyer on delivery to the Buyer's warehouse.
H:6. Acceptance
P:6.1 After installation and calibration, the System shall run for a 30-day trial period.
P:6.2 Final Acceptance requires that: (a) at least 98% of the installed sensors report valid data throughout the trial period; (b) calibration certificates traceable to national standards are delivered for every sensor; (c) measured natural frequencies of each bridge agree with the Buyer's design model within the tolerance stated in Annex A; (d) alarms are raised on the dashboard within 30 seconds of a simulated threshold exceedance; and (e) all Custom Deliverables work as specified.
P:6.3 The Buyer shall issue a Final Acceptance certificate within ten working days after the criteria are met. Installation, the trial run and use of the System do not constitute acceptance.
H:7. Warranty, Service Levels and Support
P:7.1 The Supplier warrants the System for 36 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective Equipment, correct Software defects and provide Software updates free of charge, including the cost of spare parts and site visits.
P:7.2 Faults are classified as Severity 1 (monitoring of a whole bridge is lost, or alarms fail), Severity 2 (loss of data from a group of sensors) and Severity 3 (other faults). The Supplier shall respond to a Severity 1 fault within two hours and have an engineer on site within 24 hours; respond to a Severity 2 fault within eight hours and fix it within five days; and fix a Severity 3 fault at the next scheduled visit.
P:7.3 For each hour by which the Supplier exceeds the Severity 1 response time, the Supplier shall pay CNY 800, and for each day by which it exceeds a Severity 2 fix time, CNY 1,500; the Buyer may deduct these amounts from any payment due.
P:7.4 The Supplier shall keep a stock of spare sensors and gateways in mainland China equal to at least 5% of each installed type throughout the Warranty Period.
P:7.5 After the Warranty Period, the Supplier shall provide maintenance and support for at least two further years, if the Buyer so requests, at an annual fee of 8% of the Equipment and Software Subtotal, namely CNY 93,440 per year, fixed for those two years.
H:8. Software Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for the monitoring of the Buyer's bridges. Intellectual property in the Software remains with the Supplier.
P:8.2 Intellectual property in the Custom Deliverables belongs to the Buyer. The Supplier shall deliver their source code and documentation before Final Acceptance, and the Buyer may use, modify and license them freely.
P:8.3 The Supplier shall indemnify the Buyer against claims that the Equipment or Software infringes any third party's rights.
H:9. Monitoring Data
P:9.1 All monitoring data collected by the System, including raw sensor readings, derived indicators and reports, belongs to the Buyer. The Supplier shall use monitoring data only to perform this Contract.
H:10. Confidentiality
P:10.1 Each party shall keep confidential any non-public information received from the other party under this Contract, including drawings, structural models and the condition of the bridges, and shall not disclose it to any third party without prior written consent, except as required by law.
P:10.2 This obligation continues for three years after the end of the Warranty Period.
H:11. Subcontracting
P:11.1 The Supplier may subcontract installation, cabling and access works at the bridges to local contractors in Hunan, provided that it notifies the Buyer in writing of each subcontractor's name and scope before the subcontractor starts work. The Supplier remains fully responsible for the work of its subcontractors.
H:12. Site Safety
P:12.1 The Supplier's personnel and subcontractors shall follow the Buyer's expressway safety rules, wear high-visibility clothing, use fall-protection equipment when working on bridge structures, and work only within the lane closures approved by the Buyer.
P:12.2 The Supplier is responsible for accidents caused by its personnel or subcontractors and shall hold adequate third-party liability insurance for the duration of installation.
H:13. Liability
P:13.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for death, personal injury and wilful misconduct, which are not limited. Liquidated damages count towards this limit.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if liquidated damages under clause 5.2 reach their maximum. In that case the Supplier shall refund the amounts paid for Equipment not accepted and compensate the Buyer's losses.
P:14.2 Either party may terminate if force majeure prevents performance for more than 90 days.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be settled by negotiation. If negotiation fails within 30 days, either party may bring proceedings in the people's court with jurisdiction at the Buyer's domicile in Changsha.
H:16. General
P:16.1 This Contract takes effect on signature by both parties. It is made in English and Chinese, and both versions have equal force.
P:16.2 Any amendment must be in writing and signed by both parties. Annexes A and B form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H613E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. LHG-MSA-2025-07

**Between:** Xiamen Lianhai Hotel Group Co., Ltd., Siming District, Xiamen, People's Republic of China (the "Customer"); and

**Navigator Managed IT Limited**, a company registered in Samoa, Beach Road, Apia, Samoa, acting through its service centre in Xiamen (the "Provider").

**Background:** The Customer operates fourteen hotels in Fujian Province. It wishes to outsource its IT service desk, end-user device management, on-site support and network monitoring to the Provider for a fixed term of 36 months. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Transition" means the transfer of the services from the Customer's current arrangements to the Provider, described in section 3.

1.3 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance Certificate.

1.4 "Customer Data" means all data of the Customer, its guests and its employees that the Provider accesses, stores or processes in performing the Services, including guest names, identity document numbers, reservation records and payment-related information.

## Section 2. Term

2.1 The Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 The Agreement expires at the end of the Service Term. Any extension requires a written agreement signed by both parties; there is no automatic renewal.

## Section 3. Transition

3.1 The Provider shall complete the Transition within 60 days after signature. Transition includes taking over the asset inventory of about 2,300 end-user devices and 420 network devices, installing monitoring agents, setting up the service desk in Chinese and English, documenting every hotel's network, and receiving knowledge transfer from the Customer's current staff.

3.2 Transition is complete when the following criteria are met: (a) the asset inventory has been reconciled with the Customer's records device by device; (b) every network device is monitored and alerts reach the service desk; (c) the service desk has handled tickets from all fourteen hotels for ten consecutive days in shadow mode, meeting the response times in Schedule 2; and (d) the run book for every hotel has been approved by the Customer's IT manager.

3.3 When the criteria are met, the Customer shall sign a Transition Acceptance Certificate within five working days. Shadow-mode operation does not by itself constitute acceptance.

3.4 If the Transition is not complete within the period in 3.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay, up to CNY 72,000 in total.

## Section 4. Charges and Payment

4.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 1,770,000, including PRC value-added tax.

4.2 The Monthly Service Charge is invoiced monthly in arrears after the Customer has confirmed the monthly service report. The Transition Fee is invoiced after the Transition Acceptance Certificate is signed. No amount is payable in advance.

4.3 The Customer shall pay each correct invoice within 30 days after receipt. Charges are fixed for the Service Term.

## Section 5. Service Levels and Service Credits

5.1 The Provider shall meet the service levels in Schedule 2 and report its performance every month.

5.2 If the Provider misses a service level, the service credits in Schedule 2 apply. Credits are deducted from the next invoice. The total credits in any month shall not exceed 20% of the Monthly Service Charge; this limit does not affect the Customer's other rights.

5.3 If the Provider misses the Priority 1 response target more than twice in any three consecutive months, the Provider shall present a written improvement plan within ten days and implement it at its own cost.

## Section 6. Personnel

6.1 The Provider shall station at least six engineers in Xiamen and two in Fuzhou, and shall name a service delivery manager who attends a monthly review meeting with the Customer.

6.2 The Provider shall replace any engineer whom the Customer reasonably considers unsuitable, within ten working days after the Customer's request.

## Section 7. Customer Data and Data Security

7.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to perform the Services and for no other purpose, and shall not retain, aggregate or analyse it for itself or others.

7.2 The Provider shall: store any Customer Data only in mainland China; access Customer systems only through the Customer's privileged-access gateway with individual accounts and multi-factor authentication; record all administrative sessions; keep its own tools and laptops patched and encrypted; comply with the PRC Personal Information Protection Law, the Data Security Law and the Customer's information-security policies; and have its staff sign data-protection undertakings.

7.3 The Provider shall report any actual or suspected security incident affecting Customer Data to the Customer within two hours, shall contain and investigate it together with the Customer, and shall be liable for all losses, fines and costs that result from a breach of this section.

7.4 At the end of the Agreement, the Provider shall return all Customer Data and documentation and securely erase any copies, and confirm the erasure in writing.

## Section 8. Confidentiality

8.1 Each party shall keep the other party's confidential information secret and use it only for this Agreement. Confidential information of the Customer includes guest information, network diagrams, passwords and commercial terms.

8.2 This section survives termination or expiry of the Agreement without time limit for guest information and for three years for other information.

## Section 9. Intellectual Property

9.1 Run books, scripts, configuration templates, reports and documentation produced by the Provider for the Customer belong to the Customer, which may use, modify and share them freely, including with a successor provider.

9.2 The Provider keeps its pre-existing tools and know-how and grants the Customer a free licence to use any of them embedded in the deliverables in 9.1.

## Section 10. Subcontracting

10.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider is responsible for the performance of approved subcontractors as for its own.

## Section 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value.

11.2 The limit does not apply to death or personal injury, fraud, wilful misconduct, or breach of sections 7 and 8.

## Section 12. Termination and Exit

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 20 days after notice, or if the Provider misses the same service level in three consecutive months.

12.2 The Provider may terminate if the Customer fails to pay undisputed charges within 60 days after a written reminder.

12.3 On expiry or termination, the Provider shall cooperate in the transfer of the Services to the Customer or a successor for up to 60 days at the rates in Schedule 3.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute that is not resolved by negotiation within 30 days shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

## Section 14. General

14.1 Changes to the Services are made through the change procedure: the Customer requests a change in writing, the Provider quotes within ten working days, and the change is effective when both parties sign it.

14.2 This Agreement, with Schedules 1 to 3, is the entire agreement between the parties on its subject matter.

Signed for the Customer: ______________________

Signed for the Provider: ______________________

## Schedule 1 — Scope of Services

| Service | Description | Coverage |
|---|---|---|
| Service desk | Single point of contact for all IT incidents and requests, in Chinese and English | 24 hours a day, every day |
| End-user device management | Patching, antivirus, software distribution and asset tracking for about 2,300 devices | All hotels and the head office |
| On-site support | Desk-side and front-office support, including property-management terminals and point-of-sale devices | 07:00 to 23:00 every day at each hotel |
| Network monitoring | Monitoring of switches, firewalls, wireless controllers and internet links; first-line fault handling | 24 hours a day, every day |
| Reporting | Monthly service report with service-level performance, trends and improvement actions | Monthly |

## Schedule 2 — Service Levels and Credits

| Priority | Example | Response target | Restoration target | Credit if missed |
|---|---|---|---|---|
| P1 | Property-management system or internet link down at a hotel | 15 minutes | 3 hours | CNY 2,000 per incident plus CNY 500 per hour late |
| P2 | Front-office or point-of-sale terminals failing in one department | 30 minutes | 8 hours | CNY 800 per incident |
| P3 | Single user problem | 2 hours | 2 business days | CNY 200 per incident |
| Service request | New user, device move, access change | 1 business day | 3 business days | CNY 100 per request |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time, after Transition acceptance | 96,000 |
| Monthly Service Charge | CNY 46,500 per month × 36 months | 1,674,000 |
| Total Contract Value | | 1,770,000 |
| Exit assistance | per engineer day, only if requested | 1,600 |
"""

H613E05 = """OCEAN FORECAST DATA SUBSCRIPTION AGREEMENT

Agreement No. TMD-SH-2025-11

PARTIES

1. Tonga Marine Data Services Limited, a company incorporated in the Kingdom of Tonga, Taufa'ahau Road, Nuku'alofa, Tonga (the "Provider").

2. Shanghai Donghai Coastal Shipping Co., Ltd., a company incorporated in the People's Republic of China, Hongkou District, Shanghai (the "Customer").

BACKGROUND

The Customer operates a fleet of coastal bulk carriers and feeder container vessels. It wishes to subscribe to the Provider's ocean forecast data and routing API so that its voyage-planning and fleet-monitoring systems receive wave, wind, current and typhoon-track forecasts for its routes. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Provider's application programming interface through which the Data is delivered.

1.2 "Data" means the forecast data, analyses and alerts delivered through the API, as described in the Service Description attached to this Agreement.

1.3 "Customer Data" means the vessel positions, voyage plans, vessel particulars and other information that the Customer uploads to the API, and all results calculated specifically for the Customer from it.

1.4 "Subscription Year" means each period of one year starting on the Service Start Date or on an anniversary of it.

1.5 "Service Start Date" means the date on which the Customer confirms Integration Acceptance under clause 4.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API and to use the Data within the Customer's group for voyage planning, fleet monitoring, safety management and reporting to authorities.

2.2 The Customer may not resell the Data or publish it outside its group, except for forecasts shared with masters, charterers and port agents in the normal course of operations.

2.3 The Subscription Term is two Subscription Years from the Service Start Date, unless renewed under clause 12.

2.4 The subscription covers up to 45 vessels, 200,000 API calls per day, hourly forecast updates for the Customer's defined route areas, and typhoon alerts for the western Pacific.

3. FEES AND PAYMENT

3.1 The fees are: subscription fee CNY 386,000 for the first Subscription Year; subscription fee CNY 386,000 for the second Subscription Year; and a one-time set-up and integration fee of CNY 22,000. The total contract value for the Subscription Term is CNY 794,000, including PRC value-added tax.

3.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. The set-up and integration fee is invoiced after Integration Acceptance. Invoices are payable within 30 days after receipt of a valid PRC tax invoice.

3.3 API calls above the daily allowance are charged at the overage rates in the Service Description and invoiced quarterly in arrears.

3.4 If the Customer fails to pay an undisputed invoice when due, the Provider may charge interest at the loan prime rate published in China and, after 30 days' written notice, suspend access to the API until payment is made.

4. SET-UP AND INTEGRATION ACCEPTANCE

4.1 Within 30 days after signature the Provider shall provision the Customer's API credentials, configure the Customer's route areas and vessel list, and support the Customer's developers in connecting its voyage-planning system.

4.2 Integration Acceptance requires that: (a) forecasts for every configured route area are delivered through the API at the agreed hourly cycle for seven consecutive days; (b) the Data passes the Customer's format validation without errors; (c) typhoon alerts are delivered to the Customer's duty officers within ten minutes of the Provider issuing them during a test exercise; and (d) the Provider's forecasts for the seven days are compared with buoy observations as set out in the Service Description and the results are documented.

4.3 The Customer shall confirm Integration Acceptance in writing within five working days after the criteria are met, or list the criteria that are not met. Use of the Data during testing is not acceptance.

4.4 If the Provider fails to provision the API within the period in 4.1 for reasons attributable to it, it shall pay the Customer CNY 500 for each day of delay.

5. SERVICE LEVELS

5.1 The Provider shall make the API available at least 99.95% of each calendar month, excluding scheduled maintenance notified at least three days in advance.

5.2 Priority 1 incidents (API unavailable, or forecasts not updated for more than two cycles, or typhoon alerts not delivered) shall be responded to within one hour at any time and restored within six hours. Priority 2 incidents (degraded data quality or partial outage) shall be responded to within three hours and resolved within two business days.

5.3 If the Provider misses the availability commitment in a month, it shall credit 10% of that month's pro-rated subscription fee for each 0.1 percentage point of shortfall. For each Priority 1 incident not restored in time, it shall credit a further CNY 1,000 per hour of delay. Credits are set off against the next invoice.

6. CUSTOMER DATA AND DATA SECURITY

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Data and the API to the Customer and for no other purpose.

6.2 The Provider shall host Customer Data in mainland China through its cloud provider in Shanghai, encrypt it in transit and at rest, limit access to named staff, keep access logs for at least six months, and comply with the PRC Data Security Law and Personal Information Protection Law.

6.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, take immediate steps to contain it, and be responsible for losses caused by its breach of this clause 6.

6.4 At the end of the Subscription Term, the Provider shall return Customer Data in a common format on request and then delete it.

7. INTELLECTUAL PROPERTY

7.1 The Provider and its licensors own the Data, the API and the underlying models.

7.2 Route-specific outputs and integration scripts developed for the Customer, and any reports the Customer prepares using the Data, belong to the Customer, which may use and modify them freely.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including the Customer's fleet movements, cargo and commercial terms, and the Provider's pricing and model documentation, and shall use it only for this Agreement.

8.2 This obligation survives the end of this Agreement for three years.

9. WARRANTIES AND DISCLAIMERS

9.1 The Provider warrants that it will provide the API with reasonable skill and care, using qualified meteorologists and oceanographers, and that the Data will be produced using the methods described in the Service Description.

9.2 Forecasts are by their nature uncertain. The Customer and its masters remain responsible for navigation decisions. The Provider does not warrant that any forecast will be accurate.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract the provision of the API or the processing of Customer Data without the Customer's prior written consent, except for its cloud hosting provider in Shanghai named in the Service Description. The Provider remains responsible for any subcontractor.

11. LIMITATION OF LIABILITY

11.1 The Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the subscription fees paid by the Customer in the six months preceding the event giving rise to the claim.

11.2 Neither party is liable for loss of profit, loss of charter hire, demurrage, or any indirect or consequential loss.

11.3 The limits in this clause do not apply to death or personal injury caused by negligence, fraud, or breach of clause 6.

12. RENEWAL

12.1 At the end of the Subscription Term, this Agreement renews automatically for successive periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

12.2 Subscription fees for any renewal period will be charged at the Provider's list prices in force at the start of that renewal period, which the Provider may change at its discretion.

13. SUSPENSION AND TERMINATION

13.1 The Provider may suspend the API or terminate this Agreement by written notice if the Customer fails to pay an undisputed invoice within 60 days after a written reminder, or if the Customer breaches clause 2.2 and does not stop the breach within 14 days.

13.2 On termination under clause 13.1 all unpaid fees for the Subscription Term become due.

13.3 Neither party may terminate this Agreement for convenience during the Subscription Term. If the Provider does not meet its obligations, the Customer's remedies are the service credits in clause 5 and damages within the limits of clause 11.

14. FORCE MAJEURE

14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, including failure of satellite or observation networks operated by third parties, provided that it notifies the other party promptly and resumes performance as soon as practicable.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai. The award is final and binding on both parties.

16. GENERAL

16.1 Notices shall be in writing and sent by courier or email to the addresses stated above. This Agreement is made in English and Chinese, and both versions have equal force.

16.2 This Agreement, with the Service Description, is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.

SIGNED for the Provider: ______________________

SIGNED for the Customer: ______________________
"""

FILES = {
    "h613z01": ("h613z01_maritime_vessel_traffic_monitoring_platform.pdf", H613Z01),
    "h613z02": ("h613z02_cotton_mill_spinning_frame_control_retrofit.docx", H613Z02),
    "h613z03": ("h613z03_car_care_chain_booking_membership_saas.txt", H613Z03),
    "h613z04": ("h613z04_veterans_affairs_benefits_system_annual_om.txt", H613Z04),
    "h613z05": ("h613z05_braised_food_kitchen_wms_supplier_template.md", H613Z05),
    "h613e01": ("h613e01_aquaculture_farm_software_perpetual_licence_nz_vendor.pdf", H613E01),
    "h613e02": ("h613e02_workforce_rostering_saas_order_form.md", H613E02),
    "h613e03": ("h613e03_bridge_monitoring_sensors_and_licence.docx", H613E03),
    "h613e04": ("h613e04_hotel_group_managed_it_services_36_months.md", H613E04),
    "h613e05": ("h613e05_ocean_forecast_data_api_subscription.txt", H613E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"

# key: (lang, category, terms in TERM_KEYS order, extra, price items, tco (fee base, fee pct) or None,
#       forum outside mainland, design rules)
DESIGN = {
    "h613z01": ("zh", "software",
                [99.95, 0.5, False, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 9, False, True, True,
                 "PRC", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=2386000),
                [1248000, 806000, 264000, 68000], (1248000, 9), False,
                ["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"]),
    "h613z02": ("zh", "hardware",
                [None, 1, True, "buyer", True, True, False, None, None, 10, True, True, 24, 7, False, True, False,
                 "PRC", G],
                dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1684000),
                [48 * 14500, 48 * 6200, 158000, 84800, 286000, 126000, 35600], (1236400, 7), False,
                ["CR-CONFIDENTIALITY", "CR-LD-MISSING"]),
    "h613z03": ("zh", "cloud",
                [99.5, 0.5, True, "buyer", True, False, True, 0.1, 200, None, True, None, None, None, True, True, False,
                 "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=638000),
                [55 * 4800 * 2, 86000, 24000], None, False,
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h613z04": ("zh", "services",
                [99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True,
                 False, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=468000),
                [117000] * 4, None, False, []),
    "h613z05": ("zh", "software",
                [None, None, False, "supplier", True, True, True, 0.02, None, 55, False, False, 6, 28, False, True, None,
                 None, G],
                dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                     contract_value=868000),
                [620000, 176000, 72000], (620000, 28), False,
                ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                 "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h613e01": ("en", "software",
                [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False,
                 "New Zealand", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1736000),
                [1180000, 362000, 148000, 46000], (1180000, 11), True,
                ["CR-GOVERNING-LAW"]),
    "h613e02": ("en", "cloud",
                [99.5, 0.5, True, "buyer", True, True, True, 700 / 818000 * 100, 9 / 24 * 100, None, True, None, None,
                 None, False, True, False, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=818000),
                [298000 * 2, 64000 * 2, 58000, 36000], None, False,
                ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "h613e03": ("en", "hardware",
                [None, 2, True, "buyer", False, True, True, 0.1, 200, 10, True, True, 36, 8, False, True, True, "PRC", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1506000),
                [96 * 3400, 240 * 980, 24 * 8600, 4 * 22500, 310000, 246000, 68000, 24000], (1168000, 8), False,
                ["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
    "h613e04": ("en", "services",
                [None, 0.25, True, "buyer", True, True, True, 1200 / 1770000 * 100, 150, None, True, None, None, None,
                 False, True, False, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1770000),
                [96000, 46500 * 36], None, False, []),
    "h613e05": ("en", "cloud",
                [99.95, 1, True, "buyer", True, True, True, 500 / 794000 * 100, 6 / 24 * 100, None, True, None, None, None,
                 True, False, False, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=794000),
                [386000, 386000, 22000], None, False,
                ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-TERMINATION"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
HORIZON = 5
THRESHOLD_VALUES = {99.9, 4, 0.05, 100, 30, 12, 15, 40}


def tco_share(key):
    d = DESIGN[key]
    base, pct = d[5]
    cv, wm = d[3]["contract_value"], d[2][12]
    post_years = max(0.0, HORIZON - wm / 12)
    fees = base * pct / 100 * post_years
    return fees / (cv + fees) * 100


def derive(key):
    """My reading of policy section 3, applied to the labels."""
    d = DESIGN[key]
    t = dict(zip(TERM_KEYS, d[2]))
    x = d[3]
    goods = t["contract_kind"] == G
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if d[5] is not None and tco_share(key) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or d[6]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# --- threshold figures: regex, self-tested -------------------------------------------------------------------
CN = "零一二三四五六七八九十百千两"
PAT = [
    r"(?<![0-9.])99\.90*(?![0-9])",
    r"(?<![0-9A-Za-z.\-])(?:4|four)\s*-?\s*(?:hours?|hrs?)\b",
    r"(?<![0-9.])4\s*个?\s*小时", r"(?<![" + CN + r"])四\s*个?\s*小时",
    r"(?<![0-9.])0?\.050*(?![0-9])", r"万分之五(?![" + CN + r"])", r"千分之零点五", r"百分之零点零五",
    r"(?<![0-9.])(?:100|30|15|40)(?:\.0+)?\s*[%％]", r"(?<![0-9.])(?:100|30|15|40)\s*(?:per\s*cent|percent)",
    r"百分之(?:一?百|三十|十五|四十)(?![" + CN + r"点])",
    r"(?<![A-Za-z\-])(?:thirty|fifteen|forty|one\s*hundred)\s*(?:per\s*cent|percent|%)",
    r"(?<![0-9.])12\s*-?\s*(?:months?\b|个\s*月)", r"(?<![A-Za-z\-])twelve\s*-?\s*months?",
    r"(?<![" + CN + r"])十二\s*个\s*月",
    r"(?<![0-9.])5\s*-?\s*years?\b", r"(?<![A-Za-z\-])five\s*-?\s*years?", r"(?<![0-9.])5\s*年",
    r"(?<![" + CN + r"])五\s*年",
]
RX = re.compile("|".join("(?:%s)" % p for p in PAT), re.I)
MUST_HIT = ["30%", "30 %", "百分之三十", "4小时", "四小时", "4 hours", "four hours", "4-hour", "99.9%", "99.90 %",
            "0.05%", "0.05 percentage point", "万分之五", "100%", "百分之百", "12个月", "十二个月", "12 months",
            "twelve months", "12-month", "15%", "百分之十五", "40%", "百分之四十", "5 years", "five years", "五年",
            "5年", "fifteen per cent"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "twenty-four hours", "99.95%", "0.055%", "130%", "115%", "1.5%",
             "2025年12月31日", "35%", "45%", "20个月", "二十五年", "四十八小时", "0.5 percentage point", "万分之二",
             "2025年", "150%", "$1,500", "14 hours", "18 months", "36 months", "30 days", "40 days", "三十日"]
for sample in MUST_HIT:
    assert RX.search(sample) and RX.search(re.sub(r"\s", "", sample)), ("must hit", sample)
for sample in MUST_MISS:
    assert not RX.search(sample) and not RX.search(re.sub(r"\s", "", sample)), ("must miss", sample)


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    sources, targets = {}, {}
    for key, (name, src) in FILES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, ext)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    fired = set()
    for key, (name, _) in FILES.items():
        lang, cat, terms, extra, items, tco, forum, rules = DESIGN[key]
        assert sum(items) == extra["contract_value"], (key, sum(items))
        # label values never on a threshold
        for v in list(terms) + [extra["contract_value"]]:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                assert all(abs(v - th) > 1e-9 for th in THRESHOLD_VALUES), (key, v)
        if tco:
            share = tco_share(key)
            assert abs(share - 40) > 2, (key, share)
            print("  %s TCO share %.1f %%" % (key, share))
        got = derive(key)
        assert got == sorted(rules), (key, got, rules)
        fired |= set(got)
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(variant)
            assert not m, (key, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        label = {"file": name, "language": lang, "category": cat,
                 "expected_terms": dict(zip(TERM_KEYS, terms)), "expected_extra": extra, "expected_rules": got}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        print("  %s %s %d %s rules=%s risk=%s" % (key, lang, n, "chars" if lang == "zh" else "words",
                                                  ",".join(r[3:] for r in got) or "-", risk(got)))
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    print("all checks passed; all 20 rules covered")


if __name__ == "__main__":
    main()
