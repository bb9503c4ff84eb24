"""holdout861: builds the ten blind held-out draft contracts from the sources below, writes their .json labels and
asserts the checks of the brief (lengths, thresholds, sums, rule coverage). Run:
    /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H861Z01 = """T:市城市管理局厨余垃圾收运监管平台采购合同
P:合同编号：CGJ-ZFCG-2027-0318
P:采购人（甲方）：澄江市城市管理局
P:供应商（乙方）：杭州绿循数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号：CJZC2027-041）、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供“厨余垃圾收运监管平台”软件许可（永久、不限用户数），并按甲方需求完成定制开发，包括：收运车辆GPS轨迹监管、桶站称重数据采集、餐饮单位收运台账、清运企业考核评分、异常事件（漏收、超时、偷倒）预警处置、领导驾驶舱及移动端巡查应用。
P:1.2 乙方负责平台与甲方现有数字城管系统、车载称重终端（约260台）和市政务数据共享交换平台的接口对接，完成历史台账数据迁移，并提供部署、调试、培训及质保期内运维服务。
P:1.3 项目实施地点为甲方指定的市政务云机房，乙方不得将平台或数据部署于甲方指定以外的环境。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰贰拾捌万元整（¥2,280,000.00），为固定总价，含税及乙方完成本合同全部工作的一切费用，其中：平台软件许可费¥1,180,000；定制开发费¥860,000；实施及接口对接、数据迁移费¥214,000；培训费¥26,000。
P:2.2 除本合同另有约定外，甲方不再向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后10个工作日内，甲方支付合同总价的25%，即¥570,000，作为预付款。
P:3.2 平台完成部署、全部功能上线试运行并通过初步验收后，甲方支付合同总价的50%，即¥1,140,000。
P:3.3 最终验收合格后，甲方支付合同总价的25%，即¥570,000。
P:3.4 乙方应在每次付款前开具合法有效的增值税发票。资金支付按财政国库集中支付有关规定办理。
H:第四条 实施进度
P:4.1 乙方应于合同签订后30日内完成需求确认，90日内完成部署及定制开发并提交初步验收申请，150日内完成试运行并提交最终验收申请。
P:4.2 乙方应配备不少于6人的驻场实施团队，项目经理未经甲方书面同意不得更换。
P:4.3 甲方应在乙方进场前提供政务云资源、网络接入及必要的工作场所，协调数字城管系统承建单位配合接口联调。因甲方原因造成工期延误的，工期相应顺延。
P:4.4 乙方应每周向甲方提交项目周报，说明进度、问题及风险；重大事项应在发生后24小时内书面报告。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；与数字城管系统、称重终端和政务数据共享交换平台的接口连续7日运行无数据丢失；历史台账迁移后逐条核对一致；在200个并发用户下，常用查询响应时间不超过3秒。
P:5.2 最终验收标准：试运行不少于60日且期间未发生一级故障；第三方机构出具的安全测评报告无高危漏洞；用户手册、运维手册、源代码及部署文档齐全。
P:5.3 验收由甲方组织，可邀请专家参加，双方在验收报告上签字确认。验收不合格的，乙方应在15日内整改并重新申请验收，费用由乙方承担。平台上线、试运行或甲方使用均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级及运维服务。
P:6.2 质保期满后，如甲方需要，乙方提供续保服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥106,200），在质保期满后两年内不上调。续保合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.5%，计划内停机须提前3个工作日经甲方同意，不计入不可用时间。
P:7.2 故障分级响应：一级故障（平台整体不可用或收运数据中断）30分钟内响应，2小时内到场，6小时内恢复；二级故障2小时内响应，次工作日内解决；三级故障3个工作日内解决。
P:7.3 乙方响应或恢复每超时1小时，甲方有权从应付乙方的款项中扣减¥1,000；月度可用率每低于约定值0.1个百分点，扣减¥3,000。
P:7.4 乙方应每月向甲方提交运行服务报告，载明可用率、故障处理及巡检情况，甲方据此进行月度考核。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的程序、接口、报表及其源代码和文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:8.2 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证所提供的软件不侵犯第三方权利。
H:第九条 数据安全
P:9.1 平台运行产生和采集的全部数据（含车辆轨迹、称重记录、餐饮单位信息及视频）均属于甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的，不得向第三方提供。
P:9.2 乙方应按网络安全等级保护第三级要求落实安全措施，运维操作须经堡垒机并留存审计日志，不得将数据复制至甲方环境以外。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
P:9.4 合同终止或解除时，乙方应在甲方监督下将其掌握的全部数据移交甲方，并删除运维过程中产生的临时数据，出具书面删除确认。
H:第十条 保密
P:10.1 乙方对履行本合同知悉的甲方工作秘密、系统账号、网络结构及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在本合同终止后持续有效。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定期限完成的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 乙方交付的平台不符合合同约定的，应负责整改并承担由此产生的费用。
P:11.3 乙方在本合同项下的累计赔偿责任以合同总价的50%为限，但因乙方故意或重大过失、侵犯知识产权及违反第九条造成的损失除外。
P:11.4 乙方违约金不足以弥补甲方损失的，乙方应补足差额。甲方逾期付款的，按同期贷款市场报价利率向乙方支付利息。
H:第十二条 培训
P:12.1 乙方应对甲方管理人员、各区城管部门巡查人员及清运企业调度人员进行系统操作培训，培训不少于8场，每场不少于3小时，并提供培训教材及操作视频。培训效果以甲方组织的操作考核为准。
H:第十三条 分包
P:13.1 本项目不允许分包。乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十四条 合同解除
P:14.1 乙方严重违约且在甲方书面通知后15日内未予纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:14.2 因不可抗力致使合同目的无法实现的，任何一方可解除合同。
H:第十五条 适用法律与争议解决
P:15.1 本合同适用中华人民共和国法律。
P:15.2 因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：澄江市城市管理局　　　　乙方（盖章）：杭州绿循数智科技有限公司
P:日期：2027年3月　日　　　　　　　　　日期：2027年3月　日
"""

H861Z02 = """T:量杯生产线控制系统改造合同
P:合同编号：LB-GZ-2027-016
P:甲方（买方）：宁海县精量塑料量杯制造有限公司
P:乙方（卖方）：宁波恒控自动化工程有限公司
P:甲方拟对其注塑、刻度印刷及包装三条量杯生产线的电气控制系统进行改造。经双方协商，就乙方供货、安装调试及后续维保事宜订立本合同。
H:一、改造范围
P:（一）更换三条生产线的PLC控制柜、伺服驱动及触摸屏，新增刻度印刷视觉检测系统，重新敷设产线工业网络。
P:（二）提供产线监控与配方管理软件许可（永久），实现设备状态采集、工艺配方下发、产量与不良品统计、能耗记录及报表导出；并按甲方工艺编写PLC程序和配方模板。
P:（三）改造应分线实施，每条线停产时间不超过6日，不得影响其余产线正常生产。
H:二、合同价格
P:（一）合同总价为人民币壹佰陆拾万元整（¥1,600,000），含设备、软件、运输、保险、安装调试、培训及税费。分项价格见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含PLC、I/O模块）|6套|86,000|516,000
TB:2|伺服驱动器及电机|24套|9,500|228,000
TB:3|触摸屏HMI|8台|7,000|56,000
TB:4|刻度印刷视觉检测系统|3套|98,000|294,000
TB:5|工业交换机及网络布线|1批|74,000|74,000
TB:6|产线监控与配方管理软件许可|1套|318,000|318,000
TB:|软硬件小计|||1,486,000
TB:7|安装调试及程序编写|1项|96,000|96,000
TB:8|操作与维护培训|1项|18,000|18,000
TB:|合同总价|||1,600,000
P:（二）上述价格为固定价格，合同履行期间不因材料价格或汇率变化而调整。
H:三、付款方式
P:（一）合同生效后7个工作日内，甲方支付合同总价的20%（¥320,000）作为预付款。
P:（二）设备全部到货并完成安装、单机调试后，甲方支付合同总价的50%（¥800,000）。到货签收及安装完成不代表质量验收合格。
P:（三）三条生产线全部通过最终验收后，甲方支付合同总价的25%（¥400,000）。
P:（四）剩余5%（¥80,000）作为质量保证金，质保期满且无未决质量问题后10个工作日内无息支付。
P:（五）乙方应在每期付款前开具增值税专用发票。
H:四、交货与安装
P:（一）乙方应于合同生效后45日内将全部设备运至甲方厂区，并在到货后60日内完成三条产线的安装调试。
P:（二）乙方施工人员应遵守甲方厂区安全生产管理规定，动火、登高及带电作业须办理作业许可。施工造成甲方设备或人员损害的，由乙方负责。
P:（三）甲方应提供施工所需的电源、压缩空气、临时存放场地，并安排工艺人员配合程序调试和试生产。甲方未按约定提供条件造成延误的，安装期限相应顺延。
P:（四）乙方应在每条产线改造前提交施工方案和停产计划，经甲方生产部门确认后实施；改造完成后提交电气图纸、I/O点表、程序备份及设备说明书各两套。
H:五、验收
P:（一）验收标准：各产线按设计节拍连续运行72小时无停机故障；PLC与软件数据采集点位逐一核对正确；视觉检测在3,000件抽检样品中对刻度印刷缺陷的漏检不超过10件，误剔不超过20件；配方下发与产量统计与人工记录核对一致；电气柜及布线符合GB/T 5226.1要求。
P:（二）每条产线单独进行预验收，三条线全部预验收合格并稳定运行30日后，由甲方组织最终验收，双方签署验收报告。
P:（三）验收不合格的，乙方应在10日内整改后重新验收。设备投入生产使用不视为验收合格。
H:六、质量保证
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现非人为损坏的故障，乙方免费维修或更换，软件免费升级。
P:（二）乙方所供设备均应为全新原厂正品，并提供原厂合格证及质保文件。
H:七、售后服务
P:（一）乙方提供7×24小时服务热线。故障分级及响应要求：一级故障（整线停机）1小时内响应，3小时内到场，8小时内恢复生产；二级故障（单机或单项功能失效）2小时内响应，24小时内修复；三级故障在下次巡检时处理。
P:（二）质保期内乙方每季度对三条产线进行一次预防性巡检，检查控制柜温升、接线端子、伺服参数及视觉相机标定，并提交巡检报告。
P:（三）乙方响应或到场每超时1小时，应向甲方支付¥800违约金，从质量保证金或维保费中扣除。
P:（四）质保期满后，乙方提供年度维保服务（含每季度巡检、备件更换、软件升级及故障处理），年度维保费按软硬件小计的26%计取，即每年¥386,360，质保期满后三年内不作调整，每年签订维保协议。
P:（五）乙方应为甲方电气维修人员及产线操作人员提供不少于6天的现场培训，内容包括PLC程序结构、配方管理、视觉检测参数调整及常见故障处理，培训后甲方人员应能独立完成日常维护。
H:八、知识产权
P:（一）乙方为甲方编写的PLC程序、配方模板、报表及接口程序，其知识产权归甲方所有，乙方应交付源程序及注释文档，甲方可自行修改或委托第三方修改。
P:（二）软件产品本身的知识产权归原权利人所有，甲方获得永久使用许可，可在本厂区内不限台数安装使用。
P:（三）乙方保证所供设备和软件不侵犯任何第三方的专利权、著作权或其他权利；发生侵权纠纷的，由乙方负责处理并承担全部费用。
H:九、数据安全
P:（一）产线采集的生产数据、工艺参数、配方及质量记录均属甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:（二）乙方远程维护须经甲方逐次批准，通过甲方指定的VPN及账号进行并记录操作日志；不得在产线网络中接入未经甲方同意的设备。
P:（三）因乙方原因造成数据泄露、丢失或产线控制系统受到网络攻击的，乙方应在2小时内通知甲方，立即采取补救措施，并承担由此造成的全部损失。
H:十、保密
P:乙方对在履行合同过程中知悉的甲方工艺、配方、产能、客户及其他商业秘密负有保密义务，未经甲方书面同意不得向第三方披露；本条在合同终止后三年内持续有效。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）乙方所供设备不符合约定的，甲方有权要求更换，由此产生的费用及停产损失由乙方承担。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十二、分包
P:网络布线等辅助工程如需分包，乙方应事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:十三、合同解除
P:乙方严重违约，经甲方书面催告后10日内仍未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十四、不可抗力
P:因地震、洪水、疫情等不可抗力不能履行合同的，受影响方应及时通知对方，并在15日内提供证明，可根据影响程度部分或全部免除责任。不可抗力持续超过60日的，双方可协商解除合同。
H:十五、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交宁波仲裁委员会仲裁。
H:十六、其他
P:本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同一式四份，双方各执两份，经双方签字盖章后生效。附件：设备技术规格书、改造施工方案。
P:甲方（盖章）：宁海县精量塑料量杯制造有限公司　　　乙方（盖章）：宁波恒控自动化工程有限公司
"""

H861Z03 = """川剧变脸培训门店预约及会员管理系统（SaaS）服务合同

合同编号：BL-SAAS-2027-007
甲方：成都蜀韵变脸艺术培训连锁管理有限公司
乙方：成都云约软件科技有限公司

甲方在成都、重庆、绵阳、乐山等地经营35家川剧变脸培训门店。为统一课程预约、会员储值及门店排课管理，甲方采购乙方的预约及会员管理SaaS服务及配套实施服务。双方经友好协商，订立本合同。

一、服务内容
（一）SaaS订阅服务
1. 乙方为甲方35家门店开通“云约”预约及会员管理系统，功能包括：课程与班级管理、学员在线预约及候补、教练排课、会员储值与次卡、积分及优惠券、门店收银对账、家长端微信小程序及经营报表。
2. 每家门店不限后台账号数，总部设集团管理账号，可查看全部门店数据。
3. 服务期内乙方免费提供系统的常规功能更新。
（二）实施服务
1. 按甲方要求配置35家门店的课程体系、价格方案及会员等级规则；
2. 将甲方原有系统中的学员档案、会员余额、剩余课时等数据迁移至本系统，迁移数据逐条核对；
3. 为甲方定制家长端小程序的品牌页面、脸谱主题课程展示及总部经营分析报表模板；
4. 为门店店长及前台人员提供线上培训和2次集中现场培训。

二、服务期限
（一）实施期为合同签订后45日。实施完成并经甲方上线验收合格之日为服务起始日。
（二）订阅服务期为两个服务年度，自服务起始日起算。第一服务年度自服务起始日起至次年对应日前一日止，第二服务年度依次类推。
（三）服务期满后本合同终止，不自动续期。甲方如需继续使用，双方另行协商签订续约合同。

三、费用及支付
（一）费用构成：
1. 订阅服务费：每家门店每服务年度¥9,600，35家门店每服务年度合计¥336,000，两个服务年度合计¥672,000；
2. 实施服务费：¥86,000，一次性支付；
3. 本合同总价为¥758,000（含税）。
（二）支付方式：
1. 实施服务费在上线验收合格后10个工作日内支付；
2. 每个服务年度的订阅服务费在该服务年度开始后15个工作日内支付。
（三）服务期内新增门店的，按每店每服务年度¥9,600的标准按剩余月数折算计费；关闭门店的，自下一服务年度起相应减少。
（四）乙方应在收款前开具增值税专用发票。

四、上线验收
（一）验收标准：
1. 合同附件《功能清单》所列功能全部可用；
2. 迁移数据与原系统导出数据逐条核对一致，会员余额差异为零；
3. 在全部门店同时营业的高峰时段，小程序预约提交响应时间不超过2秒；
4. 选取3家试点门店试运行10日，未发生一级故障。
（二）甲方在收到验收申请后7个工作日内组织验收并出具书面意见。验收不通过的，乙方应在7日内整改后重新提交。系统开通或门店开始使用不视为验收合格。

五、服务水平
（一）系统月度可用率不低于99.95%。乙方应提前48小时通知计划内维护，维护安排在每日23:00至次日7:00之间。
（二）故障分级：
1. 一级故障（系统整体无法登录、预约或收银功能全部中断）：乙方在8小时内响应，并尽快恢复；
2. 二级故障（部分门店或部分功能不可用）：24小时内响应，48小时内解决；
3. 三级故障（一般咨询及操作问题）：2个工作日内答复。
（三）服务补偿：月度可用率低于约定值的，按下表抵扣当月对应的订阅服务费：可用率低于99.95%但不低于99.5%的，抵扣5%；低于99.5%但不低于99%的，抵扣10%；低于99%的，抵扣20%。抵扣金额从下一期应付费用中扣除。

（四）乙方为甲方指定专属客户成功经理一名，负责日常需求对接、每月经营数据复盘及新功能培训；乙方客服热线每日9:00至22:00人工值守，覆盖门店营业时段。
（五）乙方每月5日前向甲方提交上月服务报告，内容包括可用率、故障清单、处理时长及改进措施。

六、数据归属与使用
（一）甲方及其学员在系统中产生的数据，包括学员信息、预约记录、储值及消费记录，归甲方所有。
（二）甲方同意，乙方可将上述数据进行去标识化处理后，用于乙方产品功能改进、行业经营分析报告及向其他客户提供的经营对标服务，该项使用在本合同终止后仍可继续。

七、数据安全
（一）系统部署于中国境内的云服务器，乙方已取得网络安全等级保护第三级备案证明。学员个人信息及支付信息加密存储，乙方员工按最小权限访问并留存日志。
（二）乙方应遵守《个人信息保护法》《数据安全法》。发生数据泄露或丢失的，乙方应在2小时内通知甲方，采取补救措施，并承担因其原因造成的全部损失，包括对学员的赔偿。
（三）合同终止后30日内，乙方应向甲方提供全部数据的完整导出文件，并在甲方确认后删除系统中的甲方数据。

八、知识产权
（一）“云约”系统平台本身的知识产权归乙方所有。
（二）乙方为甲方定制的小程序品牌页面、脸谱主题课程展示设计及报表模板，其知识产权归甲方所有，甲方可自行修改或交由第三方使用。

九、保密
双方对在合作中获知的对方商业秘密及未公开信息负有保密义务，包括甲方的课程体系、定价、学员名单及经营数据，未经对方书面同意不得披露。本条在合同终止后三年内有效。

十、双方义务
（一）甲方应指定项目负责人，及时提供门店资料、课程价格及原系统数据导出文件，并组织门店人员参加培训。
（二）甲方应妥善保管管理账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。
（三）乙方应保证系统符合国家关于预付式消费的监管要求，储值资金记录真实、完整、可追溯；相关法规变化需调整功能的，乙方应在合理期限内免费完成调整。
（四）乙方不得利用小程序向甲方学员推送与甲方无关的广告或第三方营销信息。

十一、违约责任
（一）因乙方原因未能在实施期内完成上线验收的，每逾期一日，乙方向甲方支付违约金¥500。
（二）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
（三）任何一方在本合同项下的累计赔偿责任以合同总价的120%为限，但因故意、重大过失或违反本合同“七、数据安全”约定造成的损失除外。

十二、转委托
乙方不得将实施服务委托给第三方；确需委托的，应事先取得甲方书面同意。

十三、合同解除
（一）一方严重违约，经对方书面通知后15日内未纠正的，守约方有权解除合同。
（二）乙方连续两个月可用率低于99%的，甲方有权解除合同，乙方退还未使用期间的订阅服务费。

十四、不可抗力
因不可抗力或电信运营商骨干网络故障、政府管制等非乙方原因导致服务中断的，相应时间不计入不可用时间，但乙方应及时通知甲方并尽力减少影响。不可抗力持续超过30日的，任何一方可书面通知解除合同，乙方退还未使用期间的费用。

十五、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，提交成都仲裁委员会仲裁。

十六、其他
本合同自双方签字盖章之日起生效，一式两份，双方各执一份。附件《功能清单》《门店名单》与本合同具有同等效力。

甲方（盖章）：成都蜀韵变脸艺术培训连锁管理有限公司
乙方（盖章）：成都云约软件科技有限公司
签订日期：2027年4月  日
"""

H861Z04 = """皮影戏剧场票务与设施管理系统运维服务合同

项目名称：市皮影戏剧场票务与设施管理系统2027—2028年度运维服务
采购方式：竞争性磋商（项目编号：WLJ-CS-2027-022）
采购人（甲方）：滦州市文化广电和旅游局
服务商（乙方）：唐山影灯信息技术服务有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，双方订立本合同。

第一条 服务对象与内容
1.1 服务对象：市皮影戏剧场票务与设施管理系统，包括线上售票（官网、微信小程序、OTA接口）、现场售检票闸机及自助取票机、座位与场次管理、剧场灯光音响及舞台机械设备台账、消防及安防设施巡检管理、客流统计与经营报表等子系统，以及支撑系统运行的服务器、存储、网络和安全设备。
1.2 服务内容：
（1）系统日常运行监控、故障处理及应急保障；
（2）应用软件缺陷修复、适应性调整及小型功能优化（每项不超过10人日）；
（3）数据库巡检、备份及恢复演练；
（4）售检票设备及服务器等硬件的巡检、维修和配件更换协调；
（5）重大演出、节假日及非遗展演周的现场值守保障；
（6）配合网络安全等级保护测评及整改；
（7）用户培训及运维文档更新。
1.3 乙方应派驻2名运维工程师在剧场现场值守，演出日值守至当日最后一场演出散场后1小时。

第二条 服务期限
服务期自2027年7月1日起至2028年6月30日止。服务期满本合同自然终止，不自动续期。

第三条 服务启动与交接
3.1 乙方应在服务期开始前15日内完成与原运维单位的交接，包括系统账号、配置文档、运维记录及备份数据的清点。
3.2 交接完成后，甲方组织交接验收。验收标准：系统账号及权限清单与实际核对一致；全部服务器、数据库及网络设备配置已备份并经恢复测试；运维手册与系统现状相符；乙方驻场人员已通过甲方组织的系统操作考核。交接验收合格后由双方签字确认。

第四条 服务费用及支付
4.1 本合同总价为人民币肆拾捌万陆仟元整（¥486,000），包括人工、差旅、工具、备品备件协调、税费等全部费用。本合同不设预付款。
4.2 服务费按季度支付，每季度¥121,500。甲方在每季度服务考核合格后15个工作日内支付上一季度服务费。
4.3 季度考核得分低于80分的，按每低1分扣减当季服务费0.5%计算；低于60分的，甲方有权解除合同。
4.4 服务期内因系统功能优化超出1.2第（2）项范围的，双方另行书面确认工作量和费用，未经甲方书面确认的工作不计费。
4.5 乙方应在每次付款前开具合法发票。资金支付按财政国库集中支付规定办理。

第五条 服务水平
5.1 售票系统（含线上售票及现场售检票）月度可用率不低于99.95%，演出开场前2小时至散场期间不得安排计划停机。
5.2 故障分级及响应时限：
（1）一级故障（售票或检票系统整体中断，影响观众入场）：15分钟内响应，30分钟内到场，2小时内恢复；
（2）二级故障（部分终端或部分功能不可用）：30分钟内响应，8小时内修复；
（3）三级故障（一般性问题或咨询）：1个工作日内解决。
5.3 乙方未达到上述响应或恢复时限的，每超时1小时扣减当季服务费¥1,500；月度可用率每低于约定值0.01个百分点，扣减当季服务费¥2,000。扣减金额在当季服务费中直接抵扣。

5.4 巡检要求：乙方每日对售票系统及闸机进行开场前检查；每周对服务器、存储及网络设备进行一次巡检；每月进行一次数据库备份恢复演练；每季度提交一次安全漏洞扫描报告。巡检记录应在次日前录入设施管理系统。
5.5 应急保障：乙方应制定售票中断、网络中断及闸机故障的应急预案，并在服务期内组织至少两次应急演练。重大演出及春节、国庆、非遗展演周期间，乙方应增派1名工程师现场值守。

第六条 考核与验收
6.1 甲方按季度对乙方服务进行考核，考核内容包括可用率、故障处理时效、巡检完成率、值守到岗情况及用户满意度，考核细则见附件。
6.2 服务期满前30日内，甲方组织年度终验：全年考核记录完整，全部遗留问题已关闭，运维文档、巡检报告及数据备份已移交甲方。年度终验合格后，甲方支付最后一季度服务费。
6.3 年度终验不合格的，乙方应在15日内完成整改并申请复验；复验仍不合格的，甲方有权从最后一季度服务费中扣除相应金额，并将考核结果记入供应商履约评价。

第七条 人员要求与甲方义务
7.1 乙方驻场工程师应具备相关专业技术资格及两年以上同类系统运维经验，名单须经甲方确认；更换人员应提前10日书面告知并经甲方同意，交接期不少于5个工作日。
7.2 甲方应为乙方驻场人员提供必要的办公场所、网络接入及门禁权限，及时通报演出排期和重大活动安排，并指定专人负责服务考核和日常联络。

第八条 数据安全
8.1 系统中的观众购票信息、会员信息、售票及客流数据均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得复制、留存或用于其他目的。
8.2 乙方运维操作须通过甲方堡垒机进行，使用个人实名账号，不得共用账号；涉及个人信息的查询和导出须经甲方书面审批。
8.3 发生数据泄露、篡改或系统遭受攻击的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。

第九条 保密
乙方及其人员对履行本合同知悉的系统账号口令、网络结构、观众个人信息及甲方工作信息负有保密义务，乙方驻场人员应签署保密承诺书。保密义务不因合同终止而解除。乙方人员违反保密义务的，由乙方承担责任，甲方有权要求乙方立即更换相关人员。

第十条 知识产权
乙方在服务期内为本系统编写的脚本、优化程序、报表及运维文档，其知识产权归甲方所有，乙方应在服务期满时全部移交。

第十一条 违约责任
11.1 乙方未按第三条期限完成交接，或未按约定时间完成等保整改任务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
11.2 乙方驻场人员未经甲方同意缺岗的，每人每日扣减服务费¥600。
11.3 因乙方原因造成演出售票中断并引发观众投诉的，乙方应配合甲方处理并承担相应损失。

第十二条 分包
本项目不得分包或转包。

第十三条 合同解除
13.1 乙方严重违约，经甲方书面通知后7日内未改正的，甲方有权解除合同，并按实际服务期间结算费用。
13.2 合同解除或终止时，乙方应在10日内完成向甲方或甲方指定单位的交接，不得以任何理由拖延。

第十四条 不可抗力
因不可抗力导致本合同不能履行的，受影响方应及时通知对方并提供证明，按影响程度部分或全部免除责任；乙方应尽力采取措施保障剧场售票系统的基本运行。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，依法向甲方所在地人民法院起诉。

第十六条 其他
16.1 磋商文件、响应文件、成交通知书为本合同不可分割的组成部分。
16.2 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：滦州市文化广电和旅游局
乙方（盖章）：唐山影灯信息技术服务有限公司
"""

H861Z05 = """# 工序跟踪管理软件许可及定制开发合同

> 本合同采用乙方标准合同文本（匠迹软件标准合同 V3.0），双方已阅读并理解全部条款。

合同编号：JJ-HT-2027-0142

甲方：同江市赫韵鱼皮画艺术工作室

乙方：哈尔滨匠迹软件开发有限公司

甲方从事赫哲族鱼皮画的设计、制作与销售，拟使用乙方“匠迹”工序跟踪管理软件，对鱼皮采购、鞣制、染色、剪贴、装裱等工序进行记录和跟踪。双方经协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“匠迹”工序跟踪管理软件标准版许可一套（永久许可，10个用户），功能包括：原料入库登记、工序流转卡、工时记录、半成品及成品库存、订单跟踪、作品图片档案及统计报表。

1.2 乙方根据甲方需求进行定制开发，包括：鱼皮原料批次追溯（产地、鱼种、鞣制批号）；作品创作过程图片及视频节点记录；按作品编号生成溯源二维码；网店订单导入接口；手艺人计件工资统计。

1.3 乙方负责软件安装部署、基础数据初始化及操作培训。

## 第二条 合同价款

2.1 本合同总价为人民币肆拾肆万元整（¥440,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | “匠迹”工序跟踪管理软件标准版许可（10用户） | 168,000 |
| 2 | 定制开发（批次追溯、过程记录、溯源二维码、订单接口、计件工资） | 236,000 |
| 3 | 安装部署、数据初始化及培训 | 36,000 |
| | 合计 | 440,000 |

2.2 上述价格不含甲方自行采购的服务器、扫码枪、标签打印机等硬件设备，也不含第三方短信、云存储及网店平台接口的使用费用，上述费用由甲方自行承担。

2.3 甲方今后需增加用户数的，按乙方届时的产品报价另行购买许可。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥286,000，乙方收到款项后启动开发工作。

3.2 系统上线运行后5个工作日内，甲方支付剩余35%，即¥154,000。

3.3 甲方逾期付款的，每逾期一日应按逾期金额的千分之一向乙方支付违约金；逾期超过15日的，乙方有权暂停服务直至甲方付清款项。

## 第四条 开发与交付

4.1 乙方在收到首期款后60个工作日内完成定制开发及部署。因甲方需求变更、资料提供不及时等原因造成的延误，交付期限相应顺延。

4.2 甲方应指定专人配合乙方进行需求调研，并在乙方提交需求说明后3个工作日内确认；逾期未确认的，视为甲方认可。

4.3 需求确认后甲方提出的新增或变更需求，乙方有权另行报价，相应费用由甲方承担。

4.4 乙方交付内容包括：安装程序、用户操作手册及培训课件。源代码及数据库设计文档不属于交付范围。

## 第五条 上线与验收

5.1 乙方完成部署后通知甲方上线。系统上线运行即视为甲方验收合格。

5.2 甲方在使用过程中发现问题的，可向乙方反馈，乙方根据问题情况安排修改。

## 第六条 培训

6.1 乙方在上线前为甲方提供一次集中培训，时长不超过2天，培训对象为甲方管理人员及工序负责人，人数不超过8人。

6.2 培训在甲方工作室进行的，乙方人员的差旅及食宿费用由甲方承担。甲方新增人员的培训可由已受训人员自行完成，如需乙方另行培训，按每人日¥2,000收费。

## 第七条 甲方义务

7.1 甲方应按照乙方要求准备服务器及网络环境，服务器配置不低于乙方提供的推荐配置，并安装正版操作系统和数据库软件。

7.2 甲方应按时支付合同款项，按照操作手册正确使用软件，并自行做好数据的日常备份工作。

7.3 甲方不得将软件账号提供给本工作室以外的人员使用。

## 第八条 售后服务

8.1 乙方自系统上线之日起提供六个月免费维护服务，包括软件缺陷修复和远程技术支持。

8.2 免费维护期内，甲方可通过电话、微信或工单系统提交问题，乙方在收到报修后尽快安排技术人员处理。

8.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的服务价格标准收取。

8.4 因甲方操作不当、擅自修改系统、硬件故障或第三方软件原因引起的问题，不属于免费维护范围，乙方可提供有偿服务。

8.5 免费维护期内乙方提供标准版软件的版本升级；定制功能因升级需要重新适配的，乙方按工作量另行收费。

8.6 乙方提供服务的时间为工作日9:00至17:30，节假日及非工作时间的服务需求由双方另行协商。

## 第九条 知识产权

9.1 “匠迹”软件标准版及乙方为本项目开发的全部定制功能、源代码、技术文档的知识产权均归乙方所有。

9.2 甲方仅获得在本工作室内部使用上述软件的非独占、不可转让的使用权，不得对软件进行反向工程、修改或提供给第三方使用。

9.3 乙方有权将本项目中开发的通用功能纳入其标准产品。

## 第十条 数据

10.1 甲方在软件中录入和产生的业务数据，包括原料信息、作品档案、订单及手艺人信息，归甲方所有，乙方不得用于本合同以外的目的。

10.2 系统部署于甲方自有服务器，乙方远程维护时须经甲方同意并使用甲方分配的账号，维护结束后由甲方关闭远程权限。乙方对数据库访问设置权限控制，对作品图片及订单数据提供每日自动备份功能。

10.3 因乙方原因导致甲方数据泄露或丢失的，乙方应立即通知甲方并协助恢复，并赔偿由此造成的直接损失。

## 第十一条 责任

11.1 乙方保证所提供软件为其合法开发，不侵犯第三方知识产权。

11.2 乙方对因软件使用导致的间接损失、利润损失、作品销售损失不承担责任。

11.3 因不可抗力、网络中断、甲方服务器故障等非乙方原因造成的损失，乙方不承担责任。

11.4 软件按现状提供，乙方不保证软件完全满足甲方的全部业务需求或运行中不出现任何错误；甲方应根据自身业务情况对系统输出的统计结果进行核对。

## 第十二条 合同解除

12.1 一方严重违反本合同，经对方书面通知后15日内仍未改正的，对方有权解除合同。

12.2 甲方在开发期间单方解除合同的，已支付的款项不予退还。

12.3 合同解除后，甲方应停止使用乙方软件及定制功能，并删除已安装的软件副本；乙方应协助甲方以通用格式导出其业务数据。

## 第十三条 不可抗力与通知

13.1 因地震、火灾、洪水、疫情、政府行为等不可抗力导致一方不能履行合同的，该方不承担违约责任，但应在事件发生后及时通知对方。

13.2 双方的通知以本合同首页载明的地址、电话或微信联系人送达，一方联系方式变更应在3日内书面告知对方，否则按原联系方式送达视为有效。

## 第十四条 争议解决

因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同附件包括《定制开发需求清单》和《软件功能说明》，与本合同具有同等效力。

15.3 本合同中未尽事宜，以乙方官网公布的《软件服务通用条款》为准。

甲方（盖章）：同江市赫韵鱼皮画艺术工作室　　　　乙方（盖章）：哈尔滨匠迹软件开发有限公司

签订日期：2027年5月　日
"""

H861E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. NMS-ZS-2027-04
P:This Agreement is made between Zhoushan Donghai Ship Repair Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Zhoushan, Zhejiang Province (the "Customer"), and Nordmøre Marine Systems AS, a company incorporated in Norway with its registered office at Storkaia 9, 6500 Kristiansund, Norway (the "Vendor").
P:The Customer operates three dry docks and a repair quay and wishes to plan docking, hull maintenance and steelwork with the Vendor's DockPlan software. The Vendor has agreed to license the software and to provide the related services on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's DockPlan suite, version 8, in object code, consisting of the docking planner, the hull survey module, the steel renewal estimator and the work package manager, together with its documentation.
P:1.2 "Custom Deliverables" means the configurations, report templates, interface programs and other materials the Vendor creates specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into, stored in or generated by the Software for the Customer, including vessel particulars, survey records, drawings, work orders and cost records.
P:1.4 "Final Acceptance" means the Customer's written certificate under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers located in the Customer's premises in Zhoushan for the Customer's internal business, for up to 60 named users and unlimited read-only users.
P:2.2 The Customer may make copies for backup, testing and disaster recovery. The Customer shall not decompile or reverse engineer the Software except as permitted by law.
P:2.3 The licence survives termination of this Agreement unless the Vendor terminates under Article 13.1 because the licence fee remains unpaid of the licence fee.
H:Article 3 Services
P:3.1 The Vendor shall configure the Software for the Customer's three docks and repair quay, including dock block layouts, lifting capacities, crane schedules and the Customer's work breakdown structure.
P:3.2 The Vendor shall develop interfaces between the Software and the Customer's ERP system (finance and purchasing), its document management system and its time-recording terminals, and shall migrate the docking history of the past six years from the Customer's spreadsheets.
P:3.3 The Vendor shall train 24 key users and 6 system administrators in Zhoushan, with training material in Chinese and English.
P:3.4 The project plan in Annex 2 applies. Go-Live shall take place no later than 150 days after the Effective Date.
H:Article 4 Price
P:4.1 The total price is CNY 3,158,000, inclusive of taxes, consisting of: licence fee CNY 2,260,000; configuration and migration CNY 540,000; interfaces CNY 310,000; training CNY 48,000. The price is fixed and covers all travel and expenses of the Vendor's staff.
P:4.2 The Customer shall pay: (a) 20% of the total price (CNY 631,600) within 20 days after signature, against an advance payment guarantee from a bank acceptable to the Customer; (b) 45% (CNY 1,421,100) after successful completion of the user acceptance test; and (c) 35% (CNY 1,105,300) within 20 days after Final Acceptance.
P:4.3 Each payment is due against a valid invoice. Payments shall be made in CNY to the Vendor's account with its agent bank in Shanghai.
H:Article 5 Acceptance
P:5.1 The Vendor shall give the Customer at least ten days' notice of readiness for the user acceptance test. The test shall follow the test plan in Annex 3 and shall cover at least: planning of a full docking cycle for each dock; steel renewal estimates reconciled with the Customer's last ten completed jobs within a deviation of 2%; all interfaces transferring data without loss for ten consecutive working days; and response times of under 3 seconds for the standard screens with 40 concurrent users.
P:5.2 After the user acceptance test the Software shall run in production for a trial period of 45 days without any Severity 1 incident.
P:5.3 When the criteria in Articles 5.1 and 5.2 are met and the documentation has been delivered, the Customer shall issue a Final Acceptance certificate within ten days. Go-Live, productive use or payment shall not be regarded as acceptance.
P:5.4 If a test fails, the Vendor shall correct the defects within 15 days and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants for 24 months from Final Acceptance that the Software and the Custom Deliverables will conform to the specifications in Annex 1. During the warranty the Vendor shall correct defects, supply new versions and provide support free of charge.
P:6.2 After the warranty the Customer may order annual support. The annual support fee is 11% of the licence fee, that is CNY 248,600 per year, and shall not be increased during the first three years after the warranty. Support is ordered year by year and does not renew automatically.
P:6.3 Incident handling applies during the warranty and any support year. Severity 1 (the Software is unavailable or dock planning cannot be performed): response within 1 hour, workaround within 8 hours. Severity 2 (a major function is impaired): response within 2 hours, fix within 3 working days. Severity 3 (minor problems and questions): response within 1 working day.
P:6.4 For each full hour by which the Vendor exceeds a Severity 1 response or workaround time, the Vendor shall credit CNY 1,500; for Severity 2, CNY 500. Credits are deducted from the next payment or support fee.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables belong to the Customer upon creation. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them freely, including through third parties.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only remotely through the Customer's VPN with individual accounts approved for each session, or on site under supervision. The Vendor shall not transfer Customer Data out of the Customer's premises or out of China, shall keep access logs and shall follow the Customer's information security rules and the applicable PRC laws on data security and personal information.
P:8.3 The Vendor shall notify the Customer within 8 hours of any actual or suspected security incident affecting Customer Data, shall cooperate in its remedy and shall be liable for all losses caused by a breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including ship owners' drawings, prices and vessel data, shall use it only for this Agreement and shall not disclose it to any third party without prior written consent.
P:9.2 This Article survives termination for three years.
H:Article 10 Delay
P:10.1 If Go-Live or Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:10.2 Liquidated damages do not relieve the Vendor of its obligation to complete the work.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the total price.
P:11.2 The limitation does not apply to personal injury, wilful misconduct, gross negligence, infringement of intellectual property or breach of Articles 8 and 9.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for approved subcontractors.
H:Article 13 Term and Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after a notice describing the breach.
P:13.2 On termination by the Customer for the Vendor's breach, the Vendor shall refund the amounts paid for services not accepted, and shall deliver all Custom Deliverables completed to date.
P:13.3 Neither party is liable for a failure caused by force majeure, such as typhoon, flood, epidemic or government action, if it notifies the other party promptly and takes reasonable steps to limit the effects. If force majeure lasts longer than 60 days, either party may terminate the affected services by written notice.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Norway.
P:14.2 Any dispute arising out of this Agreement shall be finally settled by arbitration in Oslo under the rules of the Arbitration Institute of the Oslo Chamber of Commerce. The language of the arbitration shall be English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Specifications), Annex 2 (Project Plan) and Annex 3 (Test Plan), is the entire agreement. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English and Chinese. Both versions are equally authentic.
P:Signed for the Customer: ____________________    Signed for the Vendor: ____________________
"""

H861E02 = """# ORDER FORM AND GENERAL TERMS – FIELDLOOP SUBSCRIPTION

Order Form No. FL-CN-2027-0219

## PART A – ORDER FORM

### A1. Parties

**Provider:** Göta Älv Fieldware AB, Nohabgatan 12, 461 53 Trollhättan, Sweden, acting together with its wholly owned subsidiary Fieldware (Shanghai) Information Technology Co., Ltd., which operates the hosted service in China.

**Customer:** Guangzhou Yunti Elevator Maintenance Co., Ltd., Tianhe District, Guangzhou, Guangdong Province, People's Republic of China.

### A2. Subscribed Service

FieldLoop field service management, Enterprise edition, hosted in mainland China, comprising: work order management, preventive maintenance planning for elevators and escalators, technician mobile app (Android and iOS), parts and van stock, customer portal for property managers, regulatory inspection records, and the analytics workspace.

Subscribed quantities: 180 technician users and 20 dispatcher users. Additional users may be ordered at the unit prices below, pro rata for the remaining part of the Subscription Year.

### A3. Fees

| Item | Quantity | Unit price (CNY per Subscription Year) | Amount per Subscription Year (CNY) | Amount for the Initial Term (CNY) |
|---|---|---|---|---|
| Technician user | 180 | 2,150 | 387,000 | 774,000 |
| Dispatcher user | 20 | 1,550 | 31,000 | 62,000 |
| Subscription subtotal | | | 418,000 | 836,000 |
| Onboarding services (one-time) | 1 | | | 64,000 |
| Total Order Value | | | | 900,000 |

All amounts are in CNY and include VAT. Invoices are issued by Fieldware (Shanghai) Information Technology Co., Ltd.

### A4. Term and Invoicing

Initial Term: two Subscription Years starting on the Service Start Date, which is the date of Onboarding Acceptance under Section 3 of Part B.

The onboarding fee is invoiced upon Onboarding Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days of receipt. No amount is payable before the Service Start Date.

### A5. Hosting and Subprocessors

The service is hosted in the Alibaba Cloud Shanghai region (East China 2) under the account of Fieldware (Shanghai) Information Technology Co., Ltd. Approved hosting provider: Alibaba Cloud Computing Co., Ltd.

### A6. Special Conditions

Onboarding shall be completed within 75 days after signature of this Order Form. Customer's project lead: Ms. Chen Lixia, Service Operations. Provider's project lead: Mr. Anders Lindqvist.

## PART B – GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data submitted to the service by or for the Customer or generated by the service for the Customer, including lift records, inspection results, work orders, customer contacts and technician location data.

1.2 "Customer Configurations" means the forms, checklists, workflows, report templates and integrations configured or developed by the Provider specifically for the Customer.

1.3 "Subscription Year" means each successive period starting on the Service Start Date or its anniversary.

### 2. Onboarding

2.1 The Provider shall configure the service for the Customer's four regional branches, load the Customer's register of approximately 9,600 lifts and escalators, build the inspection checklists required by the Customer and the applicable special equipment regulations, integrate the service with the Customer's Kingdee finance system for billing, and train dispatchers and technician team leaders.

2.2 The Provider shall deliver an onboarding plan within ten working days after signature, showing milestones, responsibilities and the test schedule, for the Customer's approval.

2.3 The Customer shall provide its lift register, checklist templates and access to its finance system test environment within ten working days of signature.

### 3. Onboarding Acceptance

3.1 The Provider shall notify the Customer when onboarding is complete. The Customer shall then test the service against the following criteria: all lifts in the register loaded and reconciled with the Customer's export; preventive maintenance plans generated correctly for a sample of 200 lifts; work orders synchronised with the finance system without error for five consecutive working days; the mobile app operating offline and synchronising when back online; and a pilot of 20 technicians running for ten working days without a Priority 1 incident.

3.2 When the criteria are met, the Customer shall sign an Onboarding Acceptance certificate within five working days. Use of the service during the pilot does not constitute acceptance.

3.3 If Onboarding Acceptance is not achieved within the period in A6 for reasons attributable to the Provider, the Provider shall pay CNY 900 for each day of delay, up to a maximum of CNY 45,000.

### 4. Service Levels

4.1 The Provider shall make the service available at least 99.5% of each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 00:00 and 05:00 Beijing time.

4.2 Support is provided in Chinese 24 hours a day for Priority 1 incidents and from 08:00 to 20:00 on working days for other incidents. Response times: Priority 1 (service unavailable or mobile app cannot receive work orders) within 1 hour, with restoration targeted within 6 hours; Priority 2 (a key function is impaired) within 2 hours; Priority 3 within 1 working day.

4.3 If monthly availability falls below the commitment in 4.1, the Customer receives a service credit of 5% of the monthly share of the subscription fee for availability from 99.0% up to the commitment, 10% from 98.0% up to 99.0%, and 20% below 98.0%. If a Priority 1 response is late, the Customer receives a credit of CNY 1,000 per late incident. Credits are set off against the next invoice.

4.4 The Provider shall send the Customer a monthly service report showing availability, incidents by priority, response and restoration times, and credits due. Repeated Priority 1 incidents with the same root cause shall be analysed in a written problem report within ten working days.

### 5. Customer Data

5.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the service under this Order Form and on the Customer's documented instructions, and shall not use it for any other purpose.

5.2 Customer Data shall be stored and processed only in mainland China. The Provider shall maintain MLPS level 3 filing for the service and ISO/IEC 27001 certification, encrypt Customer Data in transit and at rest, apply role-based access with multi-factor authentication for its staff, and keep access logs for at least 180 days.

5.3 The Provider shall notify the Customer within 12 hours after becoming aware of any security incident affecting Customer Data, shall take all steps to contain it and shall be liable for the losses caused by its breach of this Section 5, including fines imposed on the Customer.

5.4 Within 30 days after the end of the subscription, the Provider shall return all Customer Data in CSV and JSON format and then delete it, and confirm the deletion in writing.

### 6. Intellectual Property

6.1 The service and its underlying software remain the Provider's property.

6.2 Customer Configurations belong to the Customer. The Provider shall deliver them in an exportable form on request, and the Customer may use, modify and let third parties use them without restriction.

### 7. Confidentiality

7.1 Each party shall keep the other party's confidential information secret, use it only for this Order Form, and disclose it only to employees and advisers who need to know it and are bound by equivalent duties. This obligation survives for three years after the end of the subscription.

### 8. Renewal

8.1 After the Initial Term, the subscription renews automatically for successive renewal terms of two Subscription Years each, unless either party gives notice of non-renewal at least 60 days before the end of the current term.

8.2 The Provider may increase the fees for any renewal term by up to 9% by notice given at least 90 days before the renewal date. The increased fees apply automatically unless the Customer gives notice of non-renewal.

### 9. Subcontracting

9.1 The Provider may use the hosting provider named in A5. Any other subcontractor or subprocessor requires the Customer's prior written consent. The Provider remains responsible for all subcontractors.

### 10. Liability

10.1 Each party's total liability under this Order Form is limited to 200% of the Total Order Value.

10.2 The limit does not apply to breach of Sections 5 and 7, infringement of intellectual property, personal injury or wilful misconduct.

### 11. Termination

11.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice.

11.2 If the Customer terminates under 11.1, the Provider shall refund the prepaid fees for the remaining part of the Subscription Year and assist with data return under 5.4 free of charge.

### 12. Governing Law and Disputes

12.1 This Order Form is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The award is final and binding on both parties.

### 13. General

13.1 This Order Form, consisting of Part A and Part B, is the entire agreement between the parties regarding the service. In case of conflict, Part A prevails over Part B.

13.2 Amendments require a written document signed by both parties.

Signed for the Customer: ____________________ Date: __________

Signed for the Provider: ____________________ Date: __________
"""

H861E03 = """T:Purchase Contract for Condition Monitoring Sensors and Monitoring Software
P:Contract No. HX-EQ-2027-058
P:Buyer: Rizhao Huaxin Paper Co., Ltd., Lanshan District, Rizhao, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Vibrasense Oy, Kairakatu 4, 26100 Rauma, Finland (the "Supplier").
P:The Buyer wishes to monitor the condition of the rotating equipment on its PM3 paper machine, its stock preparation line and its power plant. Following the Buyer's tender, the parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the wireless vibration and temperature sensors, gateways, mounting kits and spare parts listed in the price table in clause 3.
P:1.2 "Software" means the Supplier's VibraSense Monitor software, version 6, including the analytics and alarm modules, installed on the Buyer's servers.
P:1.3 "Custom Deliverables" means the machine models, alarm rules, dashboards, interface programs to the Buyer's DCS and maintenance system, and related documentation prepared for the Buyer.
P:1.4 "Plant Data" means all measurement data, alarms, machine information and reports collected or generated by the Equipment or the Software.
H:2. Scope of Supply
P:2.1 The Supplier shall supply and install 240 wireless sensors on the drives, rolls, pumps, fans and gearboxes identified in Annex 1, together with 14 gateways and the network configuration required to connect them to the Buyer's plant network.
P:2.2 The Supplier shall grant the Buyer a perpetual, non-exclusive licence to use the Software for the Buyer's plant in Rizhao, without limit on the number of users or measurement points within the plant.
P:2.3 The Supplier shall build machine models and alarm rules for every monitored asset, connect the Software to the Buyer's DCS through OPC UA and to its SAP PM module for automatic work notifications, and train the Buyer's staff.
P:2.4 Training shall cover two courses in Rizhao: a three-day course for up to 16 maintenance engineers on vibration analysis and use of the Software, and a one-day course for up to 8 IT staff on system administration, backup and user management. Course material shall be provided in Chinese.
H:3. Contract Price
P:3.1 The contract price is CNY 2,570,000, inclusive of VAT, customs duties, delivery to the Buyer's site, installation and all other costs of the Supplier. The price is broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor with mounting kit|240|6,800|1,632,000
TB:2|Industrial wireless gateway|14|18,500|259,000
TB:3|VibraSense Monitor software, perpetual plant licence|1|486,000|486,000
TB:|Equipment and Software Subtotal|||2,377,000
TB:4|Installation, commissioning, models and interfaces|1|168,000|168,000
TB:5|Training|1|25,000|25,000
TB:|Contract Price|||2,570,000
P:3.2 The prices are fixed and shall not be adjusted for exchange rates or cost changes.
H:4. Payment
P:4.1 10% of the contract price (CNY 257,000) within 15 days after signature, against an advance payment guarantee issued by a bank in China for the same amount.
P:4.2 55% of the contract price (CNY 1,413,500) after all Equipment has been delivered and installed and the Buyer has signed the Installation Certificate. The Installation Certificate confirms completion of installation only and is not acceptance.
P:4.3 35% of the contract price (CNY 899,500) within 20 days after the Buyer signs the Final Acceptance Certificate.
P:4.4 Each payment requires a valid VAT invoice. The Buyer pays by bank transfer in CNY.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the Buyer's site within 70 days after signature and complete installation within 40 days after delivery. Installation work on the paper machine shall be carried out during the planned shutdowns notified by the Buyer.
P:5.2 The Supplier's staff shall comply with the Buyer's site safety rules, including permits for work at height and lock-out procedures.
P:5.3 Title to the Equipment passes to the Buyer on delivery to the site. Risk passes on signature of the Installation Certificate. Until then the Supplier shall insure the Equipment at its own cost.
P:5.4 With each delivery the Supplier shall provide packing lists, certificates of origin, explosion-protection certificates for sensors installed in hazardous areas, and installation drawings showing the position and identifier of every sensor.
P:5.5 The Supplier shall keep a stock of spare sensors and gateways in China sufficient to replace at least 5% of the installed quantity within three working days, for as long as the Buyer orders support.
H:6. Acceptance
P:6.1 Final acceptance tests shall show that: every sensor reports to the Software at the configured interval, with no gap longer than two intervals during 30 days; measured vibration values agree with the readings of a calibrated reference instrument within 5%; alarms reach the DCS and create SAP PM notifications correctly in a test of 50 simulated events; and the dashboards listed in Annex 2 are complete.
P:6.2 After the tests, the system shall run for 60 days without a Priority 1 incident.
P:6.3 When the criteria in clauses 6.1 and 6.2 are met, the Buyer shall sign the Final Acceptance Certificate within ten days. Delivery, installation or use of the system shall not be regarded as acceptance. If a test fails, the Supplier shall remedy the defects and repeat the test at its own cost.
H:7. Warranty and Support
P:7.1 The warranty period is 36 months from Final Acceptance. During the warranty the Supplier shall repair or replace defective Equipment free of charge, including batteries that fail before their rated life, and provide Software updates and technical support.
P:7.2 Priority 1 incidents (loss of monitoring for a complete production line or failure of the alarm interface to the DCS) shall receive a response within 30 minutes and shall be restored within 8 hours. Priority 2 incidents (loss of single sensors or gateways) shall receive a response within 2 hours and shall be resolved within 3 working days.
P:7.3 For each hour by which a Priority 1 response or restoration is late, the Supplier shall pay CNY 1,200; for Priority 2, CNY 400 per day of delay. The amounts may be deducted from any sum due to the Supplier.
P:7.4 After the warranty the Buyer may order annual support, covering software updates, remote support, and repair of Equipment. The annual support fee shall not exceed 8% of the Equipment and Software Subtotal (CNY 190,160 per year) and shall remain fixed for the first two years after the warranty. Support is ordered by the Buyer for each year and does not renew automatically.
P:7.5 The Supplier shall inform the Buyer at least 24 months in advance if any sensor or gateway model will be discontinued, and shall offer a compatible replacement at no higher price.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier.
P:8.2 The Custom Deliverables belong to the Buyer. The Supplier shall deliver them in editable form, and the Buyer may use, modify and license them freely, including for other plants and through third parties.
H:9. Plant Data and Data Security
P:9.1 Plant Data belongs to the Buyer and shall be used by the Supplier only to perform this Contract.
P:9.2 The Software shall be installed on servers in the Buyer's data centre. Remote access by the Supplier requires the Buyer's approval for each session through the Buyer's VPN and is logged. The Supplier shall not copy Plant Data outside the Buyer's network or transfer it out of China.
P:9.3 The Supplier shall notify the Buyer within 8 hours of any security incident affecting the system or Plant Data, shall remedy it and shall bear all losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's technical and commercial information received under this Contract, including the Buyer's process data and plant layout, and shall not disclose it without prior written consent. This obligation continues for three years after the end of the warranty.
H:11. Delay and Liability
P:11.1 If delivery, installation or Final Acceptance is delayed for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.08% of the contract price per day of delay, up to a maximum of 10% of the contract price.
P:11.2 The total liability of the Supplier under this Contract is limited to 200% of the contract price, except for personal injury, wilful misconduct, infringement of intellectual property and breach of clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the liquidated damages for delay reach their maximum. The Supplier shall then refund the payments received for undelivered or unaccepted work.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao in accordance with its rules. The award is final.
H:15. Miscellaneous
P:15.1 Annex 1 (Monitored Assets), Annex 2 (Technical Specification and Dashboards) and Annex 3 (Test Procedure) form part of this Contract.
P:15.2 This Contract is signed in two originals in English and Chinese, each party holding one.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H861E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. MIT-CZ-36-2027

**Customer:** Changzhou Jinyu Precision Bearings Co., Ltd., Wujin District, Changzhou, Jiangsu Province, People's Republic of China.

**Service Provider:** Mjøsa Managed IT AS, Storgata 20, 2815 Gjøvik, Norway, which performs the services in China through its subsidiary Mjøsa IT Services (Suzhou) Co., Ltd.

The Customer operates two bearing plants and a warehouse in Changzhou and wishes to outsource the operation of its IT infrastructure. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels and service credits in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Customer Data" means all data of the Customer, its employees and its customers that the Service Provider accesses, stores or processes in performing the Services, including production, quality and personnel data.

1.5 "Service Commencement Date" means the date on which the Customer confirms completion of Transition under Section 3.

## 2. Term

2.1 This Agreement starts on signature and the Services run for 36 months from the Service Commencement Date (the "Term").

2.2 The Agreement expires at the end of the Term. Any extension requires a written amendment signed by both parties, including agreement on the charges.

## 3. Transition

3.1 The Service Provider shall take over the Services from the Customer's internal IT team within 60 days after signature, following the transition plan agreed in the first ten working days.

3.2 Transition is complete when: all assets in scope are recorded in the configuration management database and reconciled with the Customer's asset list; monitoring covers every server, network device and backup job in scope; the service desk has handled live tickets for ten working days with the target response times met; all run books listed in the transition plan are approved by the Customer; and a restore test of the ERP database has succeeded. The Customer shall confirm completion in writing within five working days after these criteria are met.

3.3 If Transition is not complete within the period in 3.1 for reasons attributable to the Service Provider, the Service Provider shall pay CNY 2,000 for each day of delay.

## 4. Service Provider Obligations

4.1 The Service Provider shall perform the Services in accordance with Schedule 1 and the Service Levels, with suitably qualified staff, and in compliance with the Customer's site rules and IT policies.

4.2 The Service Provider shall keep a service manager dedicated to the Customer and at least two engineers on site at the Customer's main plant during working hours.

4.3 The Service Provider shall provide monthly service reports and attend a monthly service review with the Customer's IT manager.

4.4 The service manager and the lead engineers named in the transition plan may be replaced only with the Customer's approval, which shall not be unreasonably withheld, and with a handover period of at least ten working days.

4.5 The Service Provider shall propose improvements to the IT environment at least twice a year, including measures to reduce recurring incidents, and shall carry out an annual disaster recovery test of the ERP and MES systems together with the Customer.

## 5. Customer Obligations

5.1 The Customer shall provide office space, network access and the access rights needed for the Services, and shall inform the Service Provider of planned changes in production that affect the IT environment.

5.2 The Customer remains responsible for the licences of its own application software.

## 6. Charges and Payment

6.1 The Customer shall pay the Charges in Schedule 3. The one-time transition charge is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears.

6.2 Invoices are payable within 30 days after receipt of a correct VAT invoice. Service credits are deducted from the next invoice.

6.3 The Charges are fixed for the Term. Additional work outside Schedule 1 requires a written change order.

## 7. Customer Data and Security

7.1 Customer Data belongs to the Customer. The Service Provider shall use Customer Data only to perform the Services and shall not keep, copy or use it for any other purpose.

7.2 The Service Provider shall comply with the Customer's information security policy and with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. Its staff shall use personal accounts with multi-factor authentication through the Customer's privileged access system, and all administrative sessions shall be recorded.

7.3 Customer Data shall remain on the Customer's systems in China. The Service Provider shall notify the Customer within 2 hours of any security incident, contain it and support the investigation, and shall be liable for all losses caused by its breach of this Section 7.

## 8. Intellectual Property

8.1 Run books, scripts, configurations and documentation created by the Service Provider for the Customer belong to the Customer, and the Customer may use and modify them freely and give them to any successor provider.

8.2 The Service Provider's own tools and monitoring software remain its property; where they are used for the Services, the Customer receives the right to use them during the Term.

## 9. Confidentiality

9.1 Each party shall keep confidential all non-public information received from the other, including the Customer's product drawings, production plans and customer lists, and shall not disclose it to third parties without prior written consent. This obligation survives the end of the Agreement for three years.

## 10. Subcontracting

10.1 The Service Provider may subcontract parts of the Services, including field hardware repair and after-hours monitoring, to its affiliates or to third parties by giving the Customer written notice of the subcontractor before it starts work. The Service Provider remains responsible for the performance of its subcontractors.

## 11. Liability

11.1 The total liability of the Service Provider arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to the Charges paid by the Customer in the nine months preceding the event giving rise to the claim.

11.2 The limitation does not apply to personal injury, fraud or wilful misconduct.

## 12. Ending the Agreement

12.1 This Agreement may not be terminated before the end of the Term, except that either party may terminate it with immediate effect by written notice if the other party becomes insolvent, enters into liquidation or ceases business.

12.2 The Customer's remedies for failures in the Services are the service credits under Schedule 2 and damages under Section 11.

12.3 At the end of the Term the Service Provider shall hand over the Services to the Customer or a successor provider in an orderly way, including all documentation and credentials, and shall support the handover for up to 60 days at the rates in Schedule 3.

## 13. Force Majeure

13.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and limits the effects.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules in force at the time.

## Schedule 1 – Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Chinese and English telephone, e-mail and portal support for about 850 users | 24 × 7 |
| Infrastructure management | 64 virtual and physical servers, storage, backup, patching and capacity management | 24 × 7 monitoring |
| Network management | plant networks, Wi-Fi, firewalls and WAN links of three sites | 24 × 7 monitoring |
| End-user support | on-site support for PCs, printers, shop-floor terminals and scanners | working days 07:30–20:00 |
| Security operations | vulnerability scanning, anti-malware, log review | monthly and on alert |

## Schedule 2 – Service Levels

| Measure | Level | Service credit |
|---|---|---|
| Availability of core infrastructure (ERP servers, MES servers, core network), monthly | 99.95% | 3% of the monthly service charge for each 0.02 percentage point below the level, up to 20% |
| Priority 1 incident response (production stopped or ERP unavailable) | 15 minutes | CNY 1,000 per late incident |
| Priority 1 incident restoration | 3 hours | CNY 2,000 per hour late |
| Priority 2 incident response | 1 hour | CNY 300 per late incident |
| Service desk calls answered within 60 seconds | 90% | 2% of the monthly service charge |

## Schedule 3 – Charges

| Charge | Amount (CNY) | Invoicing |
|---|---|---|
| Transition (one-time) | 146,000 | after the Service Commencement Date |
| Monthly service charge | 86,500 per month | monthly in arrears |
| Monthly service charge over the Term (36 months) | 3,114,000 | |
| Total contract value | 3,260,000 | |
| Additional engineer day (change orders, handover support) | 3,200 per day | as used |

Signed for the Customer: ____________________

Signed for the Service Provider: ____________________
"""

H861E05 = """HYDROMETEOROLOGICAL DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. KH-SC-2027-11

BETWEEN
Sichuan Minjiang Hydropower Development Co., Ltd., Wenjiang District, Chengdu, Sichuan Province, People's Republic of China ("Customer"); and
Kalix Hydrometeorics AB, Strandgatan 7, 952 31 Kalix, Sweden ("Supplier").

BACKGROUND
Customer operates six cascade hydropower stations on tributaries of the Minjiang River. Supplier produces precipitation, snowmelt and reservoir inflow forecasts from numerical weather models, satellite snow cover and hydrological models, and delivers them through an application programming interface. Customer wishes to subscribe to these forecasts for its dispatch centre.

1. DEFINITIONS
1.1 "API" means Supplier's HydroCast REST interface and the related web dashboard.
1.2 "Forecast Data" means the forecasts, analyses and derived indicators delivered by Supplier through the API.
1.3 "Customer Data" means the gauge readings, reservoir levels, outflow records and station information that Customer uploads to the API for calibration of the forecasts.
1.4 "Subscription Year" means the period beginning on the Service Start Date and ending on the day before its first anniversary, and each following period of the same length.
1.5 "Service Start Date" means the date of Integration Acceptance under clause 4.3.

2. SUBSCRIPTION
2.1 Supplier grants Customer, for two Subscription Years, a non-exclusive, non-transferable right to access the API and to use the Forecast Data for the operation, dispatch and planning of Customer's own hydropower stations, including sharing with the provincial grid dispatch centre and the local flood control authorities as required by law.
2.2 The subscription covers: hourly inflow forecasts for 14 catchment points up to ten days ahead; daily precipitation and snowmelt forecasts for the upper catchments up to 30 days ahead; seasonal outlooks updated twice a month; flood warning indicators; and up to 200,000 API calls per day.
2.3 Customer may use the Forecast Data in its internal reports and models. Customer shall not resell the Forecast Data or make it publicly available.

2.4 Forecast Data is delivered in JSON and NetCDF formats through the API and as charts on the dashboard. Supplier shall give Customer at least 60 days' notice of any change to the API that is not backward compatible, and shall keep the previous version available for at least 90 days after the new version is released.
2.5 During the subscription Supplier shall recalibrate the models for Customer's catchments after each flood season and whenever Customer informs Supplier of a new reservoir operating rule or a change in a gauge station, and shall report the forecast skill achieved for each catchment point twice a year.

3. FEES AND PAYMENT
3.1 The subscription fee is CNY 356,000 per Subscription Year, CNY 712,000 for the two Subscription Years.
3.2 The one-time integration fee is CNY 48,000.
3.3 The total contract value is CNY 760,000, inclusive of VAT.
3.4 The subscription fee is invoiced quarterly in arrears, at CNY 89,000 per quarter, starting from the Service Start Date. The integration fee is invoiced after Integration Acceptance. Invoices are payable within 30 days.
3.5 Customer pays no amount before the Service Start Date.
3.6 The fees are fixed for both Subscription Years. Additional catchment points may be ordered in writing at CNY 18,000 per point per Subscription Year, pro rata for part of a Subscription Year. API calls above the daily allowance are not blocked; if they exceed the allowance on more than ten days in a quarter, the parties shall agree in writing on a higher allowance and its price before any further charge applies.
3.7 Each party bears its own bank charges. Supplier shall issue VAT invoices through its appointed agent in China.

4. INTEGRATION AND ACCEPTANCE
4.1 Supplier shall calibrate its hydrological models for Customer's catchments using at least eight years of historical Customer Data, and shall support Customer's IT department in connecting the API to Customer's dispatch system.
4.2 Supplier shall complete calibration and integration within 60 days after signature.
4.3 Integration Acceptance requires that: hindcasts for the last three flood seasons achieve a Nash-Sutcliffe efficiency of at least 0.80 for daily inflow at each of the six station reservoirs; the API delivers every scheduled forecast to the dispatch system on time for 14 consecutive days; the flood warning indicators are tested against five historical flood events; and the API documentation and user guide in Chinese are delivered. Customer shall sign an acceptance certificate within five working days after the criteria are met. Use of the Forecast Data during the test period is not acceptance.
4.4 If Integration Acceptance is delayed for reasons attributable to Supplier, Supplier shall pay CNY 600 for each day of delay, up to a maximum of CNY 30,000.

5. SERVICE LEVELS
5.1 Supplier shall make the API available at least 99.95% of each calendar month, excluding scheduled maintenance announced five days ahead.
5.2 Forecast runs are published on schedule: hourly forecasts within 20 minutes after each hour, daily forecasts by 06:00 Beijing time.
5.3 Supplier's support desk answers in English and Chinese. Priority 1 incidents (API unavailable or forecasts not published) receive a response within 1 hour at any time, Priority 2 incidents within 8 business hours.
5.4 Supplier shall report availability and publication punctuality monthly. The service levels in this clause are targets. A failure to meet them does not entitle Customer to service credits, fee reductions or other compensation.

5.5 Supplier shall name an account manager for Customer, who shall hold a review meeting with Customer's dispatch centre before and after each flood season to discuss forecast performance, incidents and planned changes.

6. CUSTOMER OBLIGATIONS
6.1 Customer shall upload gauge readings and reservoir levels at least hourly through the API, inform Supplier without delay of gauge failures and data corrections, and provide the historical records needed for calibration within ten working days after signature.
6.2 Customer shall provide a test environment of its dispatch system and a contact person for the integration work. Delays caused by Customer extend the period in clause 4.2 accordingly.

7. CUSTOMER DATA
7.1 Customer Data remains the property of Customer. Supplier shall use Customer Data only to calibrate and run the forecasts delivered to Customer under this Agreement and shall not use it for any other purpose or disclose it to any third party.
7.2 On expiry or termination Supplier shall return Customer Data on request and then delete it from its systems.

8. INTELLECTUAL PROPERTY
8.1 The API, the models and the Forecast Data remain the property of Supplier and its licensors. Customer's rights are limited to the licence in clause 2.
8.2 Integration scripts, data mappings and dashboards configured specifically for Customer belong to Customer, which may use, modify and license them freely.

9. CONFIDENTIALITY
9.1 Each party shall keep confidential the other party's non-public information received in connection with this Agreement, including Customer's dispatch rules, station data and business plans and Supplier's model details and prices, and shall not disclose it to any third party without prior written consent, except to its professional advisers bound by confidentiality or as required by law or by a competent authority.
9.2 This clause survives for three years after the end of this Agreement.

10. LIABILITY
10.1 Forecasts are estimates. Supplier does not warrant that any forecast will be accurate, and Customer remains responsible for its own dispatch and flood control decisions.
10.2 Each party's total liability under this Agreement is limited to 150% of the total contract value, except for wilful misconduct, gross negligence and breach of clause 9.

11. SUBCONTRACTING
11.1 Supplier shall not subcontract any part of its obligations under this Agreement without Customer's prior written consent. Supplier remains responsible for any approved subcontractor.

12. TERM AND TERMINATION
12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; a further subscription requires a new written agreement.
12.2 Customer may terminate this Agreement by written notice if Supplier commits a material breach, including repeated failure to publish forecasts on schedule, and does not remedy it within 20 days after written notice. Supplier may terminate on the same basis for Customer's material breach.
12.3 On termination for Supplier's breach, Customer pays only the fees for the period up to termination.

13. FORCE MAJEURE
13.1 Neither party is liable for failures caused by events beyond its reasonable control, including failures of public satellite or weather data sources, natural disasters and government action, provided it informs the other party without delay and takes reasonable steps to resume performance.

14. GOVERNING LAW AND DISPUTES
14.1 This Agreement is governed by the laws of the People's Republic of China.
14.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules. The arbitral award is final and binding.

15. GENERAL
15.1 Notices shall be in writing and sent by courier or e-mail to the addresses stated above.
15.2 This Agreement is the entire agreement of the parties on its subject. Amendments require a written document signed by both parties.
15.3 This Agreement is executed in English and Chinese. In case of discrepancy, both versions shall be interpreted consistently with the purpose of this Agreement.

SIGNATURES
For Customer: ____________________ Name: __________ Date: __________
For Supplier: ____________________ Name: __________ Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------------
# Targets: key -> (file name, format)
TARGETS = {
    "h861z01": ("h861z01_city_food_waste_collection_platform.pdf", "pdf"),
    "h861z02": ("h861z02_measuring_cup_line_control_retrofit.docx", "docx"),
    "h861z03": ("h861z03_face_changing_school_booking_saas.txt", "txt"),
    "h861z04": ("h861z04_shadow_puppet_theatre_ticketing_om_service.txt", "txt"),
    "h861z05": ("h861z05_fish_skin_art_process_tracking_supplier_template.md", "md"),
    "h861e01": ("h861e01_shipyard_dock_planning_licence_norway.pdf", "pdf"),
    "h861e02": ("h861e02_field_service_saas_order_form_sweden.md", "md"),
    "h861e03": ("h861e03_paper_mill_vibration_sensors_monitoring.docx", "docx"),
    "h861e04": ("h861e04_bearing_plants_managed_it_services.md", "md"),
    "h861e05": ("h861e05_hydropower_inflow_forecast_api_subscription.txt", "txt"),
}
SOURCES = {"h861z01": H861Z01, "h861z02": H861Z02, "h861z03": H861Z03, "h861z04": H861Z04, "h861z05": H861Z05,
           "h861e01": H861E01, "h861e02": H861E02, "h861e03": H861E03, "h861e04": H861E04, "h861e05": H861E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def terms(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warranty, post, auto, term, sub, law,
          kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warranty, post,
                                auto, term, sub, law, kind]))


# Design: label terms, extras, category, the risky terms I wrote in (design rules), TCO inputs, forum outside mainland.
DESIGN = {
    "h861z01": dict(lang="zh", category="software",
                    terms=terms(99.5, 0.5, True, "buyer", True, True, True, 0.06, 50, 25, True, True, 36, 9, False,
                                True, False, "PRC", "goods_or_licence"),
                    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                               acceptance_deemed_on_delivery=False, contract_value=2280000),
                    prices=[1180000, 860000, 214000, 26000], pays=[570000, 1140000, 570000], fee_base=1180000,
                    forum_outside=False, design=["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "h861z02": dict(lang="zh", category="hardware",
                    terms=terms(None, 1, True, "buyer", True, True, True, 0.02, None, 20, True, True, 18, 26, False,
                                True, False, "PRC", "goods_or_licence"),
                    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                               acceptance_deemed_on_delivery=False, contract_value=1600000),
                    prices=[516000, 228000, 56000, 294000, 74000, 318000, 96000, 18000],
                    pays=[320000, 800000, 400000, 80000], fee_base=1486000,
                    forum_outside=False, design=["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h861z03": dict(lang="zh", category="cloud",
                    terms=terms(99.95, 8, True, "buyer", True, False, True, 500 / 758000 * 100, 120, None, True, None,
                                None, None, False, True, False, "PRC", "service"),
                    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
                               contract_value=758000),
                    prices=[35 * 9600 * 2, 86000], pays=[86000, 336000, 336000], fee_base=None,
                    forum_outside=False, design=["CR-DATA-OWNERSHIP", "CR-SLA-RESPONSE"]),
    "h861z04": dict(lang="zh", category="services",
                    terms=terms(99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None,
                                False, True, False, "PRC", "service"),
                    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
                               contract_value=486000),
                    prices=[486000], pays=[121500] * 4, fee_base=None, forum_outside=False, design=[]),
    "h861z05": dict(lang="zh", category="software",
                    terms=terms(None, None, False, "supplier", True, True, False, None, None, 65, False, False, 6,
                                None, False, True, None, None, "goods_or_licence"),
                    extra=dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=False,
                               acceptance_deemed_on_delivery=True, contract_value=440000),
                    prices=[168000, 236000, 36000], pays=[286000, 154000], fee_base=168000, forum_outside=False,
                    design=["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING",
                            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE",
                            "CR-WARRANTY"]),
    "h861e01": dict(lang="en", category="software",
                    terms=terms(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11, False,
                                True, False, "Norway", "goods_or_licence"),
                    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                               acceptance_deemed_on_delivery=False, contract_value=3158000),
                    prices=[2260000, 540000, 310000, 48000], pays=[631600, 1421100, 1105300], fee_base=2260000,
                    forum_outside=True, design=["CR-GOVERNING-LAW"]),
    "h861e02": dict(lang="en", category="cloud",
                    terms=terms(99.5, 1, True, "buyer", True, True, True, 900 / 900000 * 100, 200, None, True, None,
                                None, None, True, True, False, "PRC", "service"),
                    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
                               contract_value=900000),
                    prices=[180 * 2150 * 2, 20 * 1550 * 2, 64000], pays=[64000, 418000, 418000], fee_base=None,
                    forum_outside=False, design=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "h861e03": dict(lang="en", category="hardware",
                    terms=terms(None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 8, False,
                                True, False, "PRC", "goods_or_licence"),
                    extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                               acceptance_deemed_on_delivery=False, contract_value=2570000),
                    prices=[240 * 6800, 14 * 18500, 486000, 168000, 25000], pays=[257000, 1413500, 899500],
                    fee_base=2377000, forum_outside=False, design=[]),
    "h861e04": dict(lang="en", category="services",
                    terms=terms(99.95, 0.25, True, "buyer", True, True, True, 2000 / 3260000 * 100, 9 / 36 * 100,
                                None, True, None, None, None, False, False, True, "PRC", "service"),
                    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
                               contract_value=3260000),
                    prices=[146000, 86500 * 36], pays=[146000] + [86500] * 36, fee_base=None, forum_outside=False,
                    design=["CR-LIABILITY-CAP", "CR-SUBCONTRACT", "CR-TERMINATION"]),
    "h861e05": dict(lang="en", category="cloud",
                    terms=terms(99.95, 1, False, "buyer", False, True, True, 600 / 760000 * 100, 150, None, True, None,
                                None, None, False, True, False, "PRC", "service"),
                    extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
                               contract_value=760000),
                    prices=[356000 * 2, 48000], pays=[48000] + [89000] * 8, fee_base=None, forum_outside=False,
                    design=["CR-DATA-SECURITY", "CR-SLA-NO-REMEDY"]),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}

# Policy thresholds (defaults of §3 and §4).
TH = dict(availability=99.9, p1_hours=4, ld=0.05, cap=100, prepay=30, warranty=12, post_fee=15, tco_share=40,
          horizon_years=5)


def tco_share(d):
    t, x = d["terms"], d["extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, TH["horizon_years"] - t["warranty_months"] / 12)
    fees = d["fee_base"] * t["post_warranty_fee_pct"] / 100 * years
    return fees / (x["contract_value"] + fees) * 100


def derive_rules(d):
    """My reading of policy §3, applied to the label."""
    t, x = d["terms"], d["extra"]
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_hours"]:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > TH["post_fee"]):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or d["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(d)
    if goods and share is not None and share > TH["tco_share"]:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# Threshold figures that no text may state (raw, whitespace-collapsed and whitespace-free).
PCT = r"\s*(%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = [
    r"(?<![0-9])99\.9(?![0-9])",
    r"(?<![0-9.,])4\s*(小时|个小时|hours?\b|hrs?\b|h\b|-hour)", r"(?<![十二三])四个?小时", r"\bfour[\s-]*hours?\b",
    r"(?<![0-9])0\.05(?![0-9])", r"万分之五", r"千分之零点五",
    r"(?<![0-9.,])30" + PCT, r"百分之三十(?![一二三四五六七八九])", r"\bthirty\s*(per\s*cent|percent)",
    r"(?<![0-9.,])40" + PCT, r"百分之四十(?![一二三四五六七八九])", r"\bforty\s*(per\s*cent|percent)",
    r"(?<![0-9.,])15" + PCT, r"百分之十五", r"\bfifteen\s*(per\s*cent|percent)",
    r"(?<![0-9.,])100" + PCT, r"百分之(一)?百", r"\bone\s*hundred\s*(per\s*cent|percent)",
    r"(?<![0-9.,])12\s*(个月|months?\b|-month)", r"十二个月", r"\btwelve[\s-]*months?\b",
    r"(?<![第每0-9一二三四五六七八九十])[一壹1]\s*年(?!度)", r"(?<![\w.])(one|1)[\s-]*years?\b",
    r"(?<![0-9.,])5\s*(年|years?\b|-year)", r"(?<![十第])五年", r"\bfive[\s-]*years?\b",
]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 hours", "4-hour", "四小时", "0.05%", "万分之五", "30%", "30 %", "百分之三十",
            "thirty per cent", "40%", "15 %", "百分之十五", "100%", "100 percent", "12个月", "12 months", "twelve months",
            "一年", "one year", "1 year", "五年", "5年", "5 years", "five years"]
MUST_MISS = ["99.95%", "99.99 %", "24小时", "24 hours", "14 hours", "十四小时", "0.055%", "0.005%", "万分之六", "130%",
             "1.5%", "115%", "百分之三十五", "2027年", "Year 1", "第一年度", "每一年度", "120%", "18个月", "36 months",
             "二十五年", "15日", "40 days", "30 days", "CNY 30,000", "100,000"]


def scan(text):
    hits = []
    variants = (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text))
    for v in variants:
        for pat in THRESHOLD_PATTERNS:
            for m in re.finditer(pat, v, flags=re.I):
                hits.append((pat, v[max(0, m.start() - 20):m.end() + 20]))
    return hits


def read_back(path, kind):
    if kind in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if kind == "docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def label(key, d, rules):
    name = TARGETS[key][0]
    return {"file": name, "language": d["lang"], "category": d["category"], "expected_terms": d["terms"],
            "expected_extra": d["extra"], "expected_rules": rules}


def check_values(key, d):
    t, x = d["terms"], d["extra"]
    bad = {"availability_pct": TH["availability"], "p1_response_hours": TH["p1_hours"],
           "ld_rate_per_day_pct": TH["ld"], "liability_cap_pct": TH["cap"], "prepayment_pct": TH["prepay"],
           "warranty_months": TH["warranty"], "post_warranty_fee_pct": TH["post_fee"]}
    for k, v in bad.items():
        assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k, t[k])
    share = tco_share(d)
    if share is not None:
        assert abs(share - TH["tco_share"]) > 2, (key, "tco share near threshold", share)
    assert sum(d["prices"]) == x["contract_value"], (key, "prices", sum(d["prices"]))
    assert sum(d["pays"]) == x["contract_value"], (key, "payments", sum(d["pays"]))
    assert list(t) == TERM_KEYS
    if t["contract_kind"] == "service":
        assert "post_warranty_fee_capped" not in x and t["warranty_months"] is None
        assert t["post_warranty_fee_pct"] is None
    else:
        assert list(x) == ["sla_clause", "ld_stated", "post_warranty_fee_capped", "acceptance_deemed_on_delivery",
                           "contract_value"]


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))

    binary = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(SOURCES, binary, OUT, wrap_words=True)
    for key, (name, kind) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)

    covered = set()
    for key, (name, kind) in TARGETS.items():
        d = DESIGN[key]
        check_values(key, d)
        text = read_back(OUT / name, kind)
        n = length(text, d["lang"])
        lo, hi = (2750, 3000) if d["lang"] == "zh" else (1450, 1650)
        assert lo <= n <= hi, (name, n)
        hits = scan(text)
        assert not hits, (name, hits[:5])
        rules = derive_rules(d)
        assert rules == sorted(d["design"]), (name, rules, d["design"])
        covered |= set(rules)
        share = tco_share(d)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(label(key, d, rules), ensure_ascii=False, indent=1),
                                            encoding="utf-8")
        print(f"{name}: {n} {'chars' if d['lang'] == 'zh' else 'words'}, rules {rules or '(none)'}, "
              f"risk {risk(rules)}" + (f", TCO share {share:.1f} %" if share is not None else ""))
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    counts = [len(derive_rules(DESIGN[k])) for k in TARGETS]
    assert counts.count(0) == 2 and derive_rules(DESIGN["h861e01"]) == ["CR-GOVERNING-LAW"]
    assert 8 <= len(derive_rules(DESIGN["h861z05"])) <= 10
    assert sum(1 for k in TARGETS if 2 <= len(derive_rules(DESIGN[k])) <= 3) == 6
    print("all checks passed; all 20 CR rules covered")


if __name__ == "__main__":
    main()
