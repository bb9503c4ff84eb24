"""holdout762: builds the ten held-out draft contracts and their .json labels, and asserts the checks of the brief.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .txt/.md are written as they are; .docx/.pdf are
built with ../word_pdf.py (PDFs broken at word boundaries). Labels are written from LABELS below; the expected rules
are derived from the labels with this file's reading of policy §3 and compared with the design list.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:海砂开采动态监管平台建设项目合同书
P:合同编号：HZZY-ZC-2026-0318
P:甲方（采购人）：海州市自然资源局
P:乙方（供应商）：江苏蓝岸海洋信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及海州市自然资源局海砂开采动态监管平台建设项目（采购编号：HZCG-2026-G0127）公开招标的中标结果，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供海砂开采动态监管平台软件许可（永久使用许可，不限用户数），并完成以下定制开发：采砂船舶北斗定位与轨迹监控、开采区电子围栏与越界告警、采运量核算与过磅数据比对、许可证与开采计划管理、执法巡查移动端。
P:1.2 乙方负责平台在甲方政务云的部署、与省级海域动态监管系统及海事船舶数据的接口对接、历史许可数据迁移和用户培训。
P:乙方还应协助甲方编制平台管理制度和操作规程，并配合甲方接受上级主管部门的检查。
P:1.3 详细技术要求以招标文件、乙方投标文件及双方确认的需求规格说明书为准，上述文件为本合同组成部分。
P:1.4 乙方应配备项目经理一名、开发工程师不少于六名、实施工程师不少于两名，项目经理须具有同类政务平台实施经验，未经甲方同意不得更换。项目组应驻场办公，每周向甲方提交书面进度报告并参加项目例会。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零贰万元整（¥2,020,000），为固定总价，包含乙方完成本合同全部工作所需的一切费用和税费。
P:2.2 分项价格：平台软件许可费¥1,160,000；定制开发费¥690,000；部署实施与数据对接费¥148,000；培训费¥22,000。
H:第三条 付款方式
P:3.1 合同签订并收到乙方合规发票后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥404,000。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，即¥909,000。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%，即¥707,000。
P:3.4 甲方按财政国库集中支付程序付款，乙方每次收款前应开具等额增值税发票。
H:第四条 交付期限
P:4.1 乙方应于合同签订后九十日内完成部署并提交初步验收申请；初步验收后进入六十日试运行。
P:4.2 因甲方原因造成的延误，交付期限相应顺延，乙方应及时书面说明。
P:4.3 乙方应在合同签订后十日内提交项目实施方案，内容包括进度计划、人员安排、数据迁移方案、安全保障措施和应急预案，经甲方书面确认后执行。
P:4.4 部署期间乙方应遵守甲方政务云的管理规定，任何变更须提前报甲方审批，并在变更后提交变更记录。
H:第五条 验收
P:5.1 验收依据为本合同、需求规格说明书及国家和行业有关标准。验收标准包括：功能逐项符合需求规格说明书；采砂船舶定位数据刷新不超过30秒，越界告警推送不超过10秒；采运量核算结果与过磅记录抽样比对误差不超过0.5%；在200个并发用户下页面平均响应时间不超过3秒；通过第三方网络安全等级保护测评。
P:5.2 初步验收由甲方组织，试运行期内系统无一级故障且连续稳定运行后，甲方组织专家进行最终验收并出具书面验收报告。
P:5.3 平台上线使用、甲方付款或签署到货单均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供后续维护服务，年度维护费不超过平台软件许可费的7%，即每年不超过¥81,200，质保期满后三年内不上调，双方另行签订维护合同，不自动续期。
P:6.3 乙方应在最终验收时向甲方提交完整的用户手册、运维手册、接口说明和数据字典，并对甲方指定的系统管理员进行不少于五个工作日的专项培训，确保其能够独立完成日常管理。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%（计划内维护除外，计划维护须提前三日通知甲方）。
P:7.2 一级故障（平台整体不可用或告警功能失效）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级问题在三个工作日内解决。
P:7.3 乙方响应或恢复超时的，每超时一小时向甲方支付¥1,000；月可用率每低于约定值0.01个百分点，扣减当年维护费或质保金¥2,000。
H:第八条 知识产权
P:8.1 平台软件许可产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序、接口、数据库设计、源代码及技术文档的知识产权归甲方所有，乙方应在最终验收时一并移交源代码，甲方可自行或委托第三方修改、使用和再开发。
H:第九条 数据安全
P:9.1 平台采集、存储和产生的全部数据（包括船舶轨迹、采运量、许可及执法数据）归甲方所有，乙方仅为履行本合同而接触，不得用于任何其他目的，不得留存副本。
P:9.2 乙方应落实网络安全等级保护第三级要求，通过甲方堡垒机进行运维操作，采取加密存储、最小权限和操作审计措施；发生数据泄露或安全事件时，乙方应在1小时内报告甲方并立即处置。
P:9.3 因乙方原因导致数据泄露、损毁或被非法使用的，乙方承担全部赔偿责任及由此产生的行政处罚后果。
H:第十条 保密
P:10.1 乙方对履行本合同获悉的甲方工作秘密、海域开发利用信息和执法信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密义务不因合同终止而解除。
P:10.2 乙方应与参与本项目的全部人员签订保密承诺书，并在项目结束时收回其访问权限，相关人员不得以任何形式带离甲方资料。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的千分之一向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除合同，乙方应退还已收取的相应款项并赔偿损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件、中标通知书及需求规格说明书为本合同附件。
P:15.2 因不可抗力致使合同不能履行的，受影响方应及时通知对方并提供证明，双方协商变更或解除合同；不可抗力消除后，乙方应尽快恢复履行。
P:15.3 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：海州市自然资源局　　　　乙方（盖章）：江苏蓝岸海洋信息技术有限公司
P:签订日期：2026年3月18日
"""

SRC["z02"] = """T:提花织造及折叠包装线控制系统改造合同
P:合同编号：YL-SB-2026-027
P:甲方（买方）：嵊州雅岚领带服饰有限公司
P:乙方（卖方）：杭州中纬纺机自动化有限公司
P:甲方因生产需要，拟对一车间24台电子提花织机的控制系统及两条领带自动折叠包装线进行改造。双方根据《中华人民共和国民法典》，经平等协商，就设备供货、软件许可、安装调试及售后维保事宜订立本合同。
H:第一条 合同标的与价格
P:（一）乙方按下表向甲方提供设备、软件及服务，价格为含税价（增值税13%），包括运输、保险、安装调试、培训和质保期内服务费用。
TB:序号|名称|规格/说明|数量|单价（元）|金额（元）
TB:1|电子提花机控制器改造套件|主控板、人机界面、花型存储模块|24台|26,500|636,000
TB:2|伺服送经与张力控制单元|伺服电机、驱动器、张力传感器|24套|11,000|264,000
TB:3|折叠包装线PLC及视觉检测系统|PLC柜、工业相机、剔除机构|2条|128,000|256,000
TB:4|生产监控与工艺管理软件许可|永久许可，50个客户端|1套|224,000|224,000
TB:软硬件小计||||||1,380,000
TB:5|安装调试及旧控制柜拆除|含停机切换方案|1项|86,000|86,000
TB:6|与甲方ERP的工单及报工接口开发|定制开发|1项|34,000|34,000
TB:合同总价||||||1,500,000
P:（二）合同总价为人民币壹佰伍拾万元整（¥1,500,000）。除本合同另有约定外，合同总价不因材料或人工价格变动而调整。
H:第二条 付款方式
P:（一）合同签订后十个工作日内，甲方支付合同总价的20%，即¥300,000，作为预付款。
P:（二）全部设备到货并经甲方清点签收后十个工作日内，甲方支付合同总价的35%，即¥525,000。到货签收仅为数量确认，不代表质量验收。
P:（三）改造完成并经甲方最终验收合格后十五个工作日内，甲方支付合同总价的45%，即¥675,000。
P:（四）乙方每次收款前须向甲方开具合规的增值税专用发票。
P:（五）甲方有权在支付最终验收款前，对乙方提交的发票、验收报告和技术资料进行核对，资料不全的，付款期限相应顺延。
H:第三条 交货与安装
P:（一）乙方应于合同签订后四十五日内将全部设备运抵甲方一车间，并在到货后三十日内分批完成改造，每批停机不超过六台，以保证甲方正常生产。
P:（二）乙方负责旧控制柜的拆除和搬运，拆除的旧部件归甲方所有。施工期间乙方应遵守甲方的安全生产和消防管理制度。
P:改造方案须在施工前经甲方设备科审核，涉及动力线路改动的，应由持证电工操作并经甲方安全员确认。
P:（三）改造期间乙方应派驻现场负责人一名，每日与甲方车间主任确认施工计划和停机安排，发生影响生产的情况应立即报告。乙方应对施工人员进行安全交底，因乙方施工造成甲方设备、原料或成品损坏的，由乙方照价赔偿。
P:（四）乙方应随设备提供产品合格证、使用说明书、电气图纸、备件清单及软件安装介质，并为甲方保留必要的易损件库存。
H:第四条 验收
P:（一）验收标准：每台织机按甲方提供的三种典型花型（含八色以上提花）连续织造，织疵率不高于改造前水平；送经张力波动不超过设定值的±3%；折叠包装线单线产能不低于每小时1,800条，视觉检测漏检率不高于0.2%；软件能实时采集每台织机的产量、停机原因和能耗数据，并与ERP工单正确对接。
P:（二）全部改造完成后连续试生产二十日，期间无一级故障的，甲方组织最终验收并签署验收报告。设备安装完成、试生产或甲方开始使用，均不视为验收合格。
P:（三）验收不合格的，乙方应在十日内整改并重新提交验收，由此产生的费用由乙方承担。
P:（四）验收时乙方应向甲方移交全部技术资料，包括改造后的电气原理图、PLC程序备份、参数设置清单、接口说明和操作维护手册，并对甲方挡车工、机修工和管理人员进行分级培训，培训合格后方可组织最终验收。
H:第五条 质保与售后维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，免费提供软件升级和技术支持。
P:（二）质保期满后，乙方继续提供维保服务，维保年费按软硬件小计的26%计取，即每年¥358,800，质保期满后三年内不作调整，维保范围包括定期巡检、备件更换、软件升级及故障处理，双方每年签订维保确认书。
P:（三）一级故障（整条生产线或三台以上织机停机）乙方应在1小时内响应，6小时内到达现场，当日恢复生产；二级故障（单台设备停机）2小时内响应，24小时内修复；其他问题在三个工作日内处理。
P:（四）乙方响应或修复超过上述时限的，每超时一小时向甲方支付¥800违约金，可从应付款项或维保费中扣除。
H:第六条 知识产权
P:（一）软件许可产品及设备内嵌软件的知识产权归乙方或其原厂所有，甲方享有永久使用权。
P:（二）为本项目开发的ERP接口程序、花型转换程序及其源代码和技术文档的知识产权归甲方所有，甲方可自行修改、使用或委托他人维护。
H:第七条 数据安全
P:（一）甲方的花型文件、工艺参数、产量和订单数据归甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:（二）乙方远程维护须经甲方事先批准并通过甲方指定的VPN账号进行，操作全程记录；乙方应采取防病毒、访问控制等安全措施，发现数据泄露或系统被入侵的，应在2小时内通知甲方并协助处置。因乙方原因造成数据泄露或损毁的，乙方承担全部赔偿责任。
H:第八条 保密
P:乙方对在履行本合同过程中知悉的甲方花型设计、客户信息、工艺及经营信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。
P:乙方应要求其参与本项目的员工签署保密承诺，不得拍摄、复制甲方花型样稿及车间生产画面。
H:第九条 违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（三）乙方提供的设备或软件不符合约定且经整改仍不合格的，甲方有权退货，乙方退还已收款项并赔偿甲方损失。
P:（四）因乙方原因导致甲方停产的，除按第五条支付超时违约金外，乙方还应赔偿甲方由此造成的直接损失。
P:（五）乙方逾期交货超过三十日的，甲方有权解除合同，乙方应退还已收款项。
H:第十条 分包
P:乙方不得将本合同项下的主要工作分包。确需将电气布线等辅助工作交由第三方实施的，须事先取得甲方书面同意，乙方对分包方的行为承担全部责任。
H:第十一条 合同解除
P:乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权解除本合同，并要求乙方赔偿损失。
H:第十二条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交绍兴仲裁委员会仲裁。
H:第十三条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:因不可抗力不能履行合同的，受影响方应在三日内通知对方，并在不可抗力影响范围内免除责任。本合同未尽事宜，双方另行协商签订补充协议。
P:甲方（盖章）：嵊州雅岚领带服饰有限公司　　乙方（盖章）：杭州中纬纺机自动化有限公司
P:日期：2026年4月9日
"""

SRC["z03"] = """门店预约与会员管理SaaS服务及实施合同

合同编号：CL-IT-2026-0412
甲方：湖南驰联汽车服务连锁有限公司
乙方：长沙云轮软件科技有限公司

甲方在湖南省经营40家轮胎更换与保养门店，拟采用乙方的门店预约与会员管理SaaS服务，统一管理客户预约、工位排班、会员储值、保养提醒和库存。经双方协商一致，订立本合同。

一、服务内容
（一）乙方向甲方提供门店预约与会员管理SaaS服务（以下简称“本服务”），包括：
1. 门店端：线上预约、工位与技师排班、开单收银、轮胎及配件库存管理；
2. 会员端：微信小程序预约、会员卡、储值与积分、保养到期提醒、电子质保卡；
3. 总部端：门店经营报表、会员分析、营销活动配置和权限管理。
（二）乙方负责实施服务：40家门店的系统配置与上线、甲方现有会员数据（约十二万条）迁移、与甲方微信公众号及支付通道对接、按甲方要求定制五张经营报表、店长和收银员培训。
（三）实施期间乙方应派出项目经理一名和实施顾问不少于四名，分片区驻店指导，每家门店上线首日须有实施顾问在店支持。
（三）本服务以乙方租用的境内云服务器提供，数据存储于中国大陆境内。
（四）乙方应为甲方指定一名客户成功经理，负责上线后的日常沟通、需求收集和使用情况回访，每季度向甲方提交服务报告，内容包括可用率统计、故障记录、会员活跃度分析和优化建议。
（五）服务期内乙方对平台进行功能升级的，不得降低本合同约定的功能和服务水平；涉及门店操作流程变化的，应提前十日通知甲方并提供培训资料。

二、服务期限
（一）本服务分两个服务年度提供。第一个服务年度自全部门店上线验收合格之日起算，第二个服务年度紧接第一个服务年度。
（二）服务期满前三十日内，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，可多次续期。续期的服务年费由乙方根据其当年价格政策确定，乙方应在续期前通知甲方，甲方未提出异议的视为接受。
（三）服务期内甲方关闭门店的，可提前三十日书面通知乙方停止该门店的服务，自下一个月起不再计收该门店订阅费。

三、费用与支付
（一）费用明细：
1. 门店版订阅费：每店每服务年度¥8,400，40家门店合计每服务年度¥336,000；
2. 总部管理端订阅费：每服务年度¥48,000；
3. 实施费（配置上线、数据迁移、接口对接、报表定制、培训）：¥126,000，一次性。
（二）两个服务年度订阅费合计¥768,000，连同实施费，本合同总价为人民币捌拾玖万肆仟元整（¥894,000）。
（三）实施费在全部门店上线验收合格后十五个工作日内支付。每个服务年度的订阅费在该服务年度开始后十五个工作日内支付。
（四）服务期内新增门店的，按每店每服务年度¥8,400按月折算收取。
（五）乙方收款前应开具增值税专用发票。

四、上线与验收
（一）乙方应在合同签订后六十日内完成全部门店上线，分三批进行，每批上线前乙方应提交上线方案并经甲方确认。
（二）验收标准：
1. 需求确认书所列功能全部可用；
2. 迁移的会员信息、储值余额和积分与甲方原系统逐条核对一致；
3. 小程序预约在高峰期200个并发下响应时间不超过2秒；
4. 微信支付、储值消费对账连续十日无差错；
5. 五张定制报表数据与门店台账抽样核对一致。
（三）甲方在收到验收申请后十个工作日内组织验收并出具书面意见。门店开始使用系统不视为验收合格。
（四）验收不合格的，乙方应在七日内整改完毕并重新申请验收，因整改导致上线逾期的，按本合同第九条承担违约责任。
（五）甲方应指定项目负责人，按时提供门店资料、原系统数据和接口参数，并组织门店人员参加培训。

五、服务水平
（一）本服务月度可用率不低于99.5%，计划维护应安排在每日0:00至6:00之间并提前两日通知甲方。
（二）故障分级及响应：
1. 一级故障（全部门店无法开单或收银）：30分钟内响应，2小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级问题（咨询及一般缺陷）：当日响应，三个工作日内解决。
（三）服务补偿：月度可用率每低于约定值0.1个百分点，乙方减免当月服务费的5%；一级故障恢复超时的，每超时一小时减免当月服务费的2%。当月减免总额以当月服务费为限。

六、数据与安全
（一）甲方会员的个人信息、车辆信息、消费和储值记录以及门店经营数据均归甲方所有。乙方仅为提供本服务处理上述数据，不得用于其他目的，不得向任何第三方提供。
（二）乙方应依照《个人信息保护法》《数据安全法》落实数据加密存储、传输加密、访问控制、操作日志和每日备份，并通过网络安全等级保护第三级测评。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，采取补救措施，并承担由此给甲方造成的全部损失。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方确认后彻底删除。
（五）乙方不得在平台中植入与本服务无关的广告或营销内容，不得以甲方会员为对象开展任何推广活动。
乙方如需变更云服务器所在机房，应提前三十日书面通知甲方，并确保数据仍存储于中国大陆境内。
（六）乙方应每年委托具备资质的机构进行一次安全评估，并将评估结论书面告知甲方；发现高风险问题的，应在三十日内完成整改。

七、保密
双方对在合作中获悉的对方商业秘密、客户信息和经营数据负有保密义务，未经对方书面同意不得披露。本条不因合同终止而失效。
乙方应对其接触甲方数据的员工进行保密和安全培训，并与其签署保密协议。

八、知识产权
（一）SaaS平台及其软件的知识产权归乙方所有。
（二）为甲方定制的报表、小程序页面设计及接口程序的知识产权归甲方所有，乙方应交付源代码和说明文档，甲方可自由使用和修改。

九、违约责任
（一）因乙方原因未能按期完成全部门店上线的，每逾期一日，乙方按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
（三）乙方违反本合同第六条约定导致会员信息泄露的，除赔偿甲方全部损失外，还应配合甲方向会员和监管部门说明情况。

十、分包
乙方不得将本合同项下的服务转包。部分实施工作确需分包的，应事先取得甲方书面同意。

十一、合同解除
乙方严重违约（包括连续两个月可用率低于约定值、发生重大数据泄露），经甲方书面通知后十日内未纠正的，甲方有权解除合同，乙方应退还未履行期间的费用。

十二、争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。

十三、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。需求确认书和上线方案为本合同附件。
因不可抗力导致本服务中断的，乙方应及时通知甲方并尽快恢复服务，中断期间的服务费按实际天数扣减。

甲方（盖章）：湖南驰联汽车服务连锁有限公司
乙方（盖章）：长沙云轮软件科技有限公司
签订日期：2026年5月6日
"""

SRC["z04"] = """河道采砂管理信息系统运维服务合同

项目编号：QJSL-YW-2026-05
甲方：清江县水利局
乙方：湖北楚水智联信息技术有限公司

甲方的河道采砂管理信息系统（含采砂许可管理、采砂船只定位监控、堆砂场视频监控、砂石运输电子四联单和移动巡查应用）已建成运行。为保障系统稳定运行，甲方委托乙方提供运维服务。双方依据《中华人民共和国民法典》订立本合同。

第一条 服务范围
（一）应用系统运维：采砂许可、四联单、巡查应用等模块的日常监测、缺陷修复、配置调整和小规模功能优化（每季度不超过十五个人日）。
乙方同时负责数据运维：每日检查数据同步和备份任务，每月进行一次数据质量核查，发现数据缺失或异常的及时补录和修正，并向甲方说明原因。
（二）基础环境运维：部署在县政务云上的应用服务器、数据库和中间件的巡检、补丁、备份及恢复演练。
（三）前端设备运维：河道沿线32处视频监控点和18艘采砂船北斗定位终端的在线监测、故障报修和现场维修，设备备件由甲方另行采购。
（四）安全运维：配合甲方完成网络安全等级保护测评整改、漏洞扫描和重要时期值守。
（五）驻场与报告：乙方派驻一名运维工程师在甲方驻场，每月提交运维月报，每季度提交系统运行分析报告。
（六）配合工作：配合甲方完成上级部门的检查、数据报送和系统对接调试，配合新建项目与本系统的接口联调。
（七）应急保障：乙方应制定系统故障、数据丢失、网络攻击和极端天气条件下的应急预案，每半年组织一次应急演练，并将演练记录报甲方备案。

第二条 服务期限
服务期自2026年7月1日起至2027年6月30日止。服务期满本合同即终止，甲方如需继续采购，按政府采购程序另行确定服务供应商。

第三条 服务费用及支付
（一）本合同总价为人民币肆拾捌万陆仟元整（¥486,000），包括人员、差旅、工具、备品运输及税费等全部费用。
（二）服务费按季度支付，每季度¥121,500。每季度结束后，甲方按第六条完成季度考核，并在考核结果确认后十五个工作日内支付该季度服务费，考核扣款从当季服务费中扣除。
（三）甲方不支付任何预付款。

第四条 服务水平
（一）系统月可用率不低于99.95%，计划内维护须提前三日报甲方同意，并安排在夜间进行。
（二）故障分级及时限：
1. 一级故障（系统整体不可用、定位监控全部中断）：30分钟内响应，2小时内到达现场，6小时内恢复；
2. 二级故障（单个模块不可用或五处以上监控点离线）：1小时内响应，24小时内修复；
3. 三级故障（单点设备故障或一般缺陷）：2小时内响应，三个工作日内修复。
（三）汛期及禁采期等重要时段，乙方应安排7×24小时值守。
乙方应在每年汛期开始前完成一次前端设备全面检修，重点检查供电、防雷和通信链路，检修结果报甲方备案。
（四）乙方应建立运维工单台账，所有故障、变更和服务请求均须登记，记录受理时间、处理过程、完成时间和处理人，台账每月随运维月报报送甲方。
（五）乙方应每季度对系统进行一次全面巡检，内容包括服务器资源、数据库性能、存储容量、安全日志和前端设备在线率，巡检发现的问题应列明整改期限。

第五条 服务补偿
（一）月可用率每低于约定值0.01个百分点，扣减当季服务费¥1,000。
（二）故障响应或修复每超时一小时，一级故障扣减¥800，二级故障扣减¥300。
（三）当季扣减总额不超过当季服务费的50%。

第六条 考核与验收
（一）季度考核：甲方依据运维月报、故障工单记录和监控平台数据，从可用率、故障处理时效、巡检完成率、报告质量四项进行打分，考核结果经双方签字确认。
（二）年度验收：服务期满前，乙方提交年度运维总结、全部工单台账、配置变更记录和备份恢复演练记录，甲方对照本合同服务范围和服务水平逐项核查，符合要求的出具验收意见。
（三）季度考核得分低于八十分的，乙方应在十日内提交书面整改报告；连续两个季度得分低于八十分的，甲方可要求乙方更换驻场人员。
（四）甲方可根据考核结果对乙方进行年度评价，评价结果作为今后同类项目采购的参考。

第七条 数据安全
（一）系统中的采砂许可、船只轨迹、视频、运输单据及巡查执法数据均归甲方所有，乙方仅为提供运维服务而接触，不得复制、留存或用于其他目的。
（二）乙方人员须通过甲方堡垒机进行运维操作，使用个人实名账号，禁止共用账号；不得将数据拷贝至外部介质；重要操作须经甲方审批。
（三）乙方发现安全漏洞、数据泄露或入侵事件的，应在1小时内报告甲方并立即处置。因乙方原因造成数据泄露、丢失或损毁的，乙方承担全部赔偿责任。

第八条 保密
乙方及其人员对在服务中知悉的甲方工作秘密、采砂许可信息及执法信息承担保密义务，不得向任何第三方披露。乙方驻场人员须签署保密承诺书。保密义务在本合同终止后继续有效。

第九条 知识产权
乙方在服务中形成的运维文档、巡检脚本、配置基线和分析报告归甲方所有，甲方可自由使用。
服务期满时乙方应将上述资料完整移交甲方，并协助甲方或其指定的后续服务单位完成交接，交接期不少于十日，交接期间乙方不得停止服务。

第十条 人员与分包
（一）乙方驻场工程师须具备三年以上同类系统运维经验，更换人员须提前十日告知甲方。
（三）乙方人员在甲方办公区域工作时，应遵守甲方的考勤、安全和保密管理制度。
乙方应为驻场人员购买人身意外伤害保险，驻场人员在工作中发生的人身损害由乙方负责处理。
（二）乙方可将前端设备的现场维修工作分包给当地具备资质的单位，但应在分包前书面告知甲方，并对分包单位的工作质量负责。

第十一条 违约责任
（一）乙方未按约定日期启动服务、或未在甲方要求的期限内完成等保测评整改项的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反第七条、第八条约定的，应赔偿甲方因此遭受的全部损失。
（三）甲方无故逾期支付服务费的，每逾期一日按逾期金额的万分之三支付违约金。

第十二条 合同的变更与终止
（一）本合同的变更须经双方书面同意。
（二）本合同履行期间，除发生不可抗力致使合同目的无法实现外，任何一方不得单方解除本合同。乙方存在违约情形的，按本合同第五条和第十一条承担责任，继续履行本合同。

第十三条 不可抗力
因洪水、台风等不可抗力影响履行的，受影响方应及时通知对方并提供证明，在影响范围内免除责任，但乙方应尽力采取措施减少损失、尽快恢复服务。

第十四条 争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
在争议解决期间，除争议事项外，双方应继续履行本合同其他条款，乙方不得以存在争议为由停止运维服务。

第十五条 其他
本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。运维服务方案和服务人员名单为本合同附件。
本合同未尽事宜，由双方协商签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：清江县水利局
乙方（盖章）：湖北楚水智联信息技术有限公司
日期：2026年6月15日
"""

SRC["z05"] = """# 木链工序追溯系统 软件许可及定制开发合同

（木链科技标准合同文本 V3.0）

合同编号：MLKJ-2026-HT-0219

甲方：德清县松鹤拐杖工艺品有限公司

乙方：宁波木链信息科技有限公司

鉴于甲方生产的木质拐杖需经选料、蒸汽弯木、定型干燥、打磨、多道涂漆及质检等工序，甲方希望采用乙方“木链工序追溯系统”实现工单、工序和批次的全程追踪。双方经友好协商，就软件许可及定制开发事宜达成如下协议。

## 第一条 定义

1.1 “标准软件”指乙方拥有知识产权的木链工序追溯系统V3.0及其配套移动端。

1.2 “定制开发”指乙方根据甲方需求，在标准软件基础上开发的弯木工序参数采集、干燥窑温湿度对接、涂漆批次与漆料追溯、扫码报工及成品追溯码功能。

1.3 “上线运行”指系统在甲方生产现场安装完成并投入使用。

1.4 “维护服务”指乙方为保障系统正常运行提供的咨询、问题处理和版本更新服务。

1.5 “站点”指安装系统客户端或扫码终端的一个工位或工作台。

## 第二条 合同价款

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 标准软件许可费 | 永久许可，30个站点 | 420,000 |
| 2 | 定制开发费 | 见需求清单 | 380,000 |
| 3 | 实施部署费 | 安装、配置、基础数据导入 | 96,000 |
| 4 | 培训费 | 管理员及班组长培训 | 24,000 |
| | 合计 | | 920,000 |

合同总价为人民币玖拾贰万元整（¥920,000），含增值税。

上述价格不包括服务器、扫码枪、工业平板、标签打印机、网络布线及数据库等第三方软硬件，该等软硬件由甲方自行采购或委托乙方另行报价。乙方人员赴甲方现场的差旅费用，超出合同约定人天部分由甲方另行承担。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥598,000。乙方收到该笔款项后启动项目。

3.2 系统上线运行后十个工作日内，甲方支付合同总价的35%，即¥322,000。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

## 第四条 项目实施

4.1 乙方在收到首付款后九十日内完成定制开发和部署，具体进度以乙方项目计划为准。

4.2 甲方应按时提供需求资料、现场条件、网络环境和配合人员。因甲方原因造成的延误，工期相应顺延，乙方不承担责任。

4.3 需求清单以双方签字确认的版本为准。需求确认后的任何变更，乙方有权另行收费并相应调整工期。

4.4 乙方派出项目经理一名负责项目协调，乙方有权根据项目需要调整项目人员，调整后通知甲方即可。

4.5 甲方应安排专人配合基础数据整理，包括物料编码、工序清单、工艺路线、干燥窑编号及漆料批号规则，并保证所提供数据的真实和完整。因甲方数据错误造成的返工，乙方有权另行收费。

4.6 乙方将在上线前对甲方管理员和班组长进行一次集中培训，培训时长不超过两天。额外培训按乙方标准收费。

## 第五条 验收

5.1 系统安装完成并上线运行，即视为甲方验收合格。

5.2 甲方在上线运行后提出的问题，乙方将在维护服务中予以处理，不影响验收结论及付款。

5.3 甲方如需乙方出具上线确认书，应在上线运行后五个工作日内签署；逾期未签署的，视为甲方无异议。

## 第六条 技术支持与维护

6.1 自系统上线运行之日起六个月为免费维护期。免费维护期内，乙方通过电话、远程方式提供技术支持，工作日9:00至17:30在线答疑，乙方将尽合理努力解决甲方提出的问题。

6.2 免费维护期满后，甲方如需继续获得维护服务，维护费用按乙方当年度公布的服务价格标准另行收取，双方届时签订维护协议。

6.3 因甲方操作不当、擅自修改系统或第三方软硬件原因导致的问题，不属于免费维护范围。

6.4 乙方有权对标准软件进行版本更新，更新内容及时间由乙方确定。因甲方要求保留旧版本或拒绝更新而产生的问题，乙方不承担责任。

6.5 甲方需要乙方现场服务的，应提前三个工作日预约，免费维护期内每月现场服务不超过一次。

6.6 乙方提供的维护服务以远程方式为主，乙方不对问题解决的具体时间作出承诺。

## 第七条 知识产权

7.1 标准软件的知识产权归乙方所有。

7.2 本合同项下定制开发形成的程序、源代码、数据库设计及文档的知识产权均归乙方所有。乙方授予甲方在本项目范围内非独占、不可转让的使用权，甲方不得自行或委托第三方修改、复制或反向工程。

## 第八条 数据

8.1 甲方在系统中录入和产生的生产数据归甲方所有。

8.1.1 甲方应自行负责数据的准确性和合法性，并妥善保管系统账号和密码，因账号保管不善造成的损失由甲方承担。

8.2 甲方同意，乙方可将系统运行中产生的数据经脱敏处理后用于产品改进、算法训练和行业分析，该等脱敏数据及其衍生成果归乙方所有。

8.3 乙方应采取合理的技术措施保护系统数据安全，包括账号权限管理、数据加密存储和每日备份。发生数据泄露事件的，乙方应在24小时内通知甲方；因乙方过错导致甲方数据泄露的，乙方在第十条约定的限额内承担赔偿责任。

## 第九条 保密

双方对在合作过程中获悉的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露，但依法律规定或监管要求披露的除外。保密期限为合同终止后三年。

## 第十条 责任限制

10.1 乙方在本合同项下的累计赔偿责任，以甲方已实际支付的标准软件许可费金额为限。

10.2 任何一方均不对对方的间接损失、利润损失或商誉损失承担责任。

10.3 因甲方提供的数据、网络或第三方软硬件导致系统运行异常或数据损失的，乙方不承担责任。

## 第十一条 合同解除

甲方单方解除合同的，已支付的款项不予退还。合同解除后，甲方应停止使用定制开发成果，并在乙方要求时删除相关程序。

任何一方严重违反本合同约定，经守约方书面通知后三十日内仍未纠正的，守约方有权书面通知解除本合同。

## 第十二条 不可抗力

不可抗力是指双方不能预见、不能避免且不能克服的客观情况，包括自然灾害、政府行为、网络运营商故障及大规模病毒攻击等。受影响方应在不可抗力发生后十日内提供证明。

因不可抗力导致一方不能履行合同的，根据不可抗力的影响部分或全部免除责任，受影响方应及时通知对方。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，提交宁波仲裁委员会按其仲裁规则仲裁。

## 第十四条 其他

14.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

14.2 本合同文本为乙方标准合同，甲方已仔细阅读并理解全部条款。

14.3 本合同的附件包括需求清单、项目计划和报价单，附件与本合同具有同等效力。附件与本合同正文不一致的，以本合同正文为准。

14.4 双方往来通知以书面形式送达本合同首页所列地址，或发送至双方指定的电子邮箱，发出之日即视为送达。

甲方（盖章）：德清县松鹤拐杖工艺品有限公司

乙方（盖章）：宁波木链信息科技有限公司

日期：2026年2月24日
"""

SRC["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. LAD-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made on 20 March 2026 between Logone Agro-Data SARL, a company registered in the Republic of Chad with its principal office at Quartier Doumbeur, Moundou, Logone Occidental, Chad (the "Vendor"), and Hubei Jinhua Cotton Textile Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Xiantao, Hubei Province (the "Customer").
P:The Customer operates cotton purchasing, ginning and spinning facilities and wishes to licence the Vendor's bale grading and lot traceability software, and to obtain the configuration, interface, installation and training services needed to use it at its sites. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's CottonTrace Enterprise software, version 5, in object code, with its standard modules for bale registration, HVI test data import, grading, lot building and shipment traceability, and the related user documentation.
P:1.2 "Custom Deliverables" means the configurations, report templates, interface programs and scripts developed by the Vendor specifically for the Customer under this Agreement, including their source code and documentation.
P:1.3 "Customer Data" means all data entered into, generated by or stored in the Software by or for the Customer, including bale records, laboratory results, supplier and farmer information, and lot and shipment records.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the whole system meets the acceptance criteria.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for the internal business of the Customer and its affiliates in mainland China, for up to 160 named users and three production sites, including the right to make backup and test copies.
P:2.2 The Software and all intellectual property in it remain with the Vendor. The Customer shall not decompile or resell the Software except as permitted by applicable law.
H:Article 3 Services
P:3.1 The Vendor shall provide the following services: configuration of grading rules to the Customer's purchasing standards; development of interfaces to the Customer's ERP, the laboratory HVI instruments and the warehouse weighing scales; installation at the Customer's data centre in Xiantao; migration of open lot and bale records from the current system; and training of administrators and key users.
P:3.2 The services shall be performed in accordance with the implementation plan in Annex 2. Initial Acceptance shall be reached within ninety days after signature and Final Acceptance within sixty days after Initial Acceptance.
H:Article 4 Price and Payment
P:4.1 The total contract price is CNY 1,920,000, inclusive of all taxes, made up of: Licence Fee CNY 1,380,000; configuration and interface development CNY 410,000; installation and data migration CNY 96,000; training CNY 34,000. The price is fixed and covers all travel and expenses of the Vendor.
P:4.2 The Customer shall pay: (a) 20% of the contract price (CNY 384,000) within fifteen days after signature and receipt of an invoice; (b) 45% (CNY 864,000) within fifteen days after Initial Acceptance; and (c) 35% (CNY 672,000) within fifteen days after Final Acceptance.
P:4.3 All payments shall be made in CNY by bank transfer to the account designated by the Vendor.
H:Article 5 Acceptance
P:5.1 After installation the Vendor shall run the acceptance tests in Annex 3 together with the Customer. Initial Acceptance requires that: all functions in the requirements specification work; HVI results for a sample of 2,000 bales are imported without loss or change; grading results agree with manual grading for every sampled bale; and the ERP and scale interfaces exchange data correctly for ten consecutive working days.
P:5.2 After Initial Acceptance the system shall run in production for sixty days. Final Acceptance requires that no Severity 1 incident remains open, all migrated records reconcile with the source system, and lot reports are produced within five seconds for a season of 400,000 bales.
P:5.3 The Customer shall confirm acceptance in writing within ten working days after a successful test, or state the defects. Installation, use of the Software in production or any payment does not by itself constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and Custom Deliverables will perform substantially in accordance with the documentation and the requirements specification for a warranty period of twenty-four months after Final Acceptance. During the warranty period the Vendor shall correct defects, supply new versions and provide remote and on-site support at no charge.
P:6.2 Support levels during the warranty period: for a Severity 1 incident (the system is unavailable or grading cannot be performed at a site) the Vendor shall respond within one hour and restore service within eight hours; for a Severity 2 incident it shall respond within two hours and provide a fix or workaround within two working days; other requests are handled within five working days.
P:6.3 If the Vendor misses a response or restoration time, it shall pay the Customer a service credit of CNY 1,000 for each full hour of delay, deducted from the next amount payable or paid on demand.
P:6.4 After the warranty period the Vendor shall offer annual support at 9% of the Licence Fee, that is CNY 124,200 per year, which shall not be increased during the three years after the warranty. Each year of support requires a separate order by the Customer; there is no automatic renewal.
H:Article 7 Intellectual Property in Custom Deliverables
P:7.1 All rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license them freely and have third parties maintain them.
P:7.2 The Vendor may reuse its general know-how, but not the Custom Deliverables or any Customer Data.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not retain, copy or use it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's controlled remote access channel, with named accounts and session logging, and shall comply with the Customer's security policies and with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. Customer Data shall remain in mainland China.
P:8.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within twelve hours after becoming aware of it, cooperate in the investigation and remedy it at its own cost. The Vendor is liable for all losses caused by a breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information disclosed by the other party in connection with this Agreement, use it only for this Agreement and not disclose it to any third party without the other party's prior written consent. This obligation continues for three years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to reach Initial Acceptance or Final Acceptance by the dates in Article 3.2 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the total contract price for each day of delay, up to 10% of the contract price.
P:10.2 The total liability of the Vendor under this Agreement shall not exceed 150% of the total contract price. This limit does not apply to personal injury, wilful misconduct, or breach of Article 8 or Article 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within thirty days after written notice, or if delay damages reach their maximum under Article 10.1. On such termination the Vendor shall refund the amounts paid for services not accepted.
P:12.2 Either party may terminate if the other party becomes insolvent. The licence under Article 2 survives termination except where the Licence Fee has been refunded.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Chad.
P:13.2 The parties shall first try to settle any dispute by negotiation between senior managers. Any dispute not settled within sixty days shall be submitted to the competent commercial court of Moundou, Chad.
H:Article 14 General
P:14.1 Annexes: Annex 1 Requirements Specification; Annex 2 Implementation Plan; Annex 3 Acceptance Test Plan. In case of conflict the Articles prevail over the Annexes.
P:14.2 This Agreement is made in English in two originals, one for each party, and takes effect on signature by both parties. Amendments must be in writing and signed by both parties.
P:For the Vendor: Logone Agro-Data SARL, Moundou    For the Customer: Hubei Jinhua Cotton Textile Co., Ltd.
P:Name and title: ____________________    Name and title: ____________________
"""

SRC["e02"] = """# ORDER FORM AND GENERAL TERMS — HELPDESK CLOUD SUBSCRIPTION

Order Form No. OUA-2026-0087

Provider: Ouaddai Cloud Services SARL, Route de Biltine, Abeche, Ouaddai Province, Republic of Chad ("Provider")

Customer: Zhejiang Hengyu Home Appliances Co., Ltd., No. 18 Binhai Road, Cixi, Zhejiang Province, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Subscribed Service

Provider will provide its HelpDesk Cloud multilingual customer-support platform (the "Service"), including ticketing, live chat, a knowledge base, a customer self-service portal, the reporting module and the standard connectors for e-mail and messaging channels. Customer will use the Service for after-sales support of its appliances sold in Africa, the Middle East and Southeast Asia.

### A2. Subscription Term

The Subscription Term is thirty-six (36) months, starting on the Go-Live Date confirmed under A5. At the end of the Subscription Term the Agreement expires unless the parties sign a renewal order. Any renewal order shall be at the same unit fees as this Order Form.

### A3. Fees

| Item | Quantity | Unit fee (CNY) | Period | Amount (CNY) |
|---|---|---|---|---|
| Agent seat subscription | 120 seats | 340 per seat per month | 36 months | 1,468,800 |
| Reporting and analytics add-on | 1 | 4,600 per month | 36 months | 165,600 |
| Onboarding, channel set-up and data import | 1 | one-time | — | 118,000 |
| Agent and administrator training | 1 | one-time | — | 27,600 |
| **Total Contract Value** | | | | **1,780,000** |

All fees are in CNY and include VAT. Additional seats ordered during the Subscription Term are charged at the same unit fee, pro rata.

### A4. Invoicing and Payment

(a) Subscription fees are invoiced quarterly in advance, starting on the Go-Live Date, and are payable within thirty days after the invoice date.

(b) The onboarding and training fees are invoiced after Go-Live Acceptance under A5 and are payable within thirty days after the invoice date.

(c) No amount is payable before the Go-Live Date.

(d) Provider will send invoices electronically to the billing contact named by Customer. Customer may withhold any disputed part of an invoice in good faith, provided it notifies Provider of the reasons within ten days after receipt, and the parties shall resolve the dispute within thirty days.

### A5. Onboarding and Go-Live Acceptance

(a) Provider will complete onboarding within forty-five days after signature of this Order Form, following the onboarding plan agreed by the parties.

(b) Go-Live Acceptance requires that: all channels in the onboarding plan route tickets correctly; 58,000 historical tickets and 2,300 knowledge-base articles have been imported and reconciled by count and sample check; Chinese, English, French and Arabic interfaces are complete; and the reports listed in the onboarding plan produce correct figures in a two-week pilot with thirty agents.

(c) Customer will confirm Go-Live Acceptance in writing within five working days after a successful pilot or list the failures. Use of the Service during the pilot is not acceptance.

(d) If Go-Live Acceptance is delayed beyond the date in (a) for reasons attributable to Provider, Provider shall pay Customer CNY 1,500 for each day of delay, up to CNY 90,000.

### A6. Contacts

Provider account manager: Mahamat Abakar, accounts@ouaddaicloud.td. Customer project owner: Ms. Chen Lu, IT Department, Cixi.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data submitted to the Service by or for Customer or its end customers, including tickets, chat transcripts, contact details, attachments and knowledge-base content.

1.2 "Customer Configurations" means workflows, templates, macros, forms, report definitions and integration scripts created by Provider for Customer during onboarding or the Subscription Term.

1.3 "Go-Live Date" means the date on which Customer confirms Go-Live Acceptance under A5(c).

1.4 "Agent" means an individual user of Customer or of its service partners who is assigned a seat to handle tickets in the Service.

### 2. Service Levels

2.1 Provider will make the Service available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 01:00 and 05:00 China Standard Time.

2.2 Provider will respond to a Priority 1 incident (the Service is unavailable or tickets cannot be created or answered) within one hour, 24 hours a day, and to a Priority 2 incident (a major function is impaired) within three hours during business hours. Other requests are answered within two business days.

2.3 If Provider does not meet the availability or response levels in this Section 2, Provider will use commercially reasonable efforts to restore the Service and will provide Customer with an incident report on request. These are Customer's only remedies for a failure to meet the service levels, and no service credits, fee reductions or other compensation are payable.

### 3. Customer Data and Security

3.1 As between the parties, Customer owns all Customer Data. Provider will use Customer Data only to provide the Service to Customer and will not use, sell or analyse it for any other purpose, including in aggregated or de-identified form.

3.2 Customer Data is hosted in Provider's data centre partner in Shanghai, in mainland China, and will not be transferred outside mainland China without Customer's written consent.

3.3 Provider will maintain administrative, technical and physical safeguards for the Service, including encryption of Customer Data in transit and at rest, multi-factor authentication for Provider staff, role-based access, logging of all administrative access and daily backups kept for thirty days. Provider holds a valid ISO 27001 certificate for the Service and will keep it during the Subscription Term.

3.4 Provider will notify Customer of any unauthorised access to Customer Data within twenty-four hours after becoming aware of it, investigate and contain the incident, and bear the costs of remediation and of notifying affected individuals where the incident was caused by Provider's breach of this Section 3.

3.5 Within thirty days after the end of the Agreement Provider will return Customer Data in a standard export format and then delete it, and will certify the deletion in writing.

### 4. Intellectual Property

4.1 Provider retains all rights in the Service and its underlying software.

4.2 Customer Configurations belong to Customer. Customer may use, copy, modify and let third parties use them without restriction, during and after the Subscription Term.

### 5. Confidentiality

5.1 Each party will keep the other party's Confidential Information confidential, use it only for the purposes of the Agreement, and disclose it only to its employees and advisers who need to know it and are bound by similar obligations. Confidential Information includes Customer Data, pricing, product plans and technical information.

5.2 This Section 5 continues to apply for three years after the Agreement ends, and for Customer Data for as long as Provider holds it.

### 6. Limitation of Liability

6.1 Neither party is liable for indirect or consequential loss, or loss of profit.

6.2 Provider's total aggregate liability arising out of or related to the Agreement is limited to the subscription fees paid by Customer in the six months preceding the event giving rise to the claim.

### 7. Subcontracting and Assignment

7.1 Provider may not subcontract its obligations under the Agreement, other than hosting by the data centre partner named in Section 3.2, without Customer's prior written consent. Provider remains responsible for its subcontractors.

7.2 Neither party may assign the Agreement without the other's written consent.

### 8. Term and Termination

8.1 The Agreement runs for the Subscription Term stated in A2.

8.2 Customer may terminate the Agreement by written notice if Provider commits a material breach and does not cure it within thirty days after written notice. Provider will then refund any prepaid fees for the period after termination.

8.3 Provider may suspend the Service if undisputed fees remain unpaid sixty days after their due date and Customer has been given at least ten days' written notice.

### 9. Governing Law and Disputes

9.1 The Agreement is governed by the laws of the People's Republic of China.

9.2 Any dispute shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai under its rules in force at the time.

### 10. General

10.1 Notices must be in writing and sent to the contacts in A6.

10.2 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.

10.3 The Agreement is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.

Signed for Provider: ____________________ Date: __________

Signed for Customer: ____________________ Date: __________
"""

SRC["e03"] = """T:SUPPLY AND LICENCE CONTRACT FOR COLD-CHAIN MONITORING DEVICES AND SOFTWARE
P:Contract No. LT-PUR-2026-0233
P:Buyer: Guangdong Lengtong Cold Chain Logistics Co., Ltd., No. 66 Huangpu Port Road, Guangzhou, People's Republic of China (the "Buyer").
P:Supplier: Sarh Instruments et Services SARL, Avenue Charles de Gaulle, Sarh, Moyen-Chari Province, Republic of Chad (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms. The Buyer operates refrigerated warehouses and a fleet of refrigerated vehicles and purchases wireless monitoring devices and monitoring software from the Supplier, together with installation, integration and training, on the following terms.
H:1. Definitions
P:1.1 "Devices" means the sensors, door sensors and gateways listed in the price table in clause 2.1, with their embedded firmware.
P:1.2 "Software" means the Supplier's ColdWatch monitoring software, licensed under clause 7.
P:1.3 "Integration Deliverables" means the interface programs, alarm rules, dashboards and report templates developed by the Supplier for the Buyer under this Contract.
P:1.4 "Buyer Data" means all temperature, humidity, door-status, location and alarm data collected by the Devices or processed by the Software, and all data supplied by the Buyer.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the following. All prices are in CNY and include VAT, packing, freight and insurance to the Buyer's sites in Guangzhou and Foshan.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, probe range -40 to +85 C|1,200|420|504,000
TB:2|LoRa gateway with 4G backup and battery|60|3,800|228,000
TB:3|Door status sensor for cold rooms and trucks|300|260|78,000
TB:4|ColdWatch monitoring software, perpetual licence, unlimited users|1|436,000|436,000
TB:Devices and Licence Subtotal|||||1,246,000
TB:5|Installation, calibration and commissioning|1|118,000|118,000
TB:6|Integration with the Buyer's WMS and TMS|1|86,000|86,000
TB:7|Training|1|20,000|20,000
TB:Contract Price||||1,470,000
P:2.2 The Contract Price of CNY 1,470,000 is fixed and includes all costs of the Supplier for performing this Contract.
H:3. Payment
P:3.1 10% of the Contract Price (CNY 147,000) is payable within twenty days after signature, against the Supplier's invoice and an advance payment guarantee of the same amount.
P:3.2 55% of the Contract Price (CNY 808,500) is payable within twenty days after the Buyer signs the Installation Certificate for all sites. The Installation Certificate confirms delivery and installation only and is not acceptance.
P:3.3 35% of the Contract Price (CNY 514,500) is payable within twenty days after Final Acceptance under clause 5.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Devices within forty-five days after signature and complete installation and calibration at all sites within thirty days after delivery, following the site plan agreed with the Buyer.
P:4.2 Every sensor shall be calibrated against a reference thermometer traceable to national standards, and a calibration certificate shall be delivered for each sensor.
P:4.4 The Supplier shall deliver with the Devices the user manuals, installation drawings, a list of recommended spare parts and the firmware release notes, in English and Chinese. The Supplier shall keep spare Devices equal to at least two per cent of each type at its service partner's warehouse in Guangzhou during the warranty.
P:4.5 The Supplier's installation staff shall follow the Buyer's site safety rules, including the rules for work in cold rooms and for work on vehicles, and shall not interrupt the Buyer's operations without the agreement of the site manager.
P:4.3 If the Supplier fails to complete installation, or to reach Final Acceptance, by the agreed dates for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
H:5. Acceptance
P:5.1 Final Acceptance requires that: every Device reports to the Software at the configured interval; measured temperature differs from the reference by no more than 0.3 C across the range used by the Buyer; alarms reach the duty staff by SMS and app within sixty seconds; the WMS and TMS interfaces exchange data correctly; and the whole system runs for thirty consecutive days without a Severity 1 incident.
P:5.2 The Buyer shall carry out the acceptance tests with the Supplier and issue a Final Acceptance certificate within ten working days after the tests are passed, or list the defects in writing. Installation, use of the system or payment does not constitute acceptance.
P:5.3 If the system fails the acceptance tests, the Supplier shall correct the defects within ten days at its own cost and repeat the tests. If the system fails the repeated tests, the Buyer may reject the affected Devices or the whole system and claim a refund of the amounts paid for them.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Devices, the Software and the Integration Deliverables for thirty-six months after Final Acceptance. During the warranty the Supplier shall repair or replace defective Devices within five working days, including batteries that fail early, and provide software corrections and new versions free of charge.
P:6.2 Support levels during the warranty: Severity 1 (loss of monitoring for a whole warehouse or more than fifty Devices) response within 30 minutes and restoration within six hours; Severity 2 (loss of monitoring for a single cold room or vehicle) response within two hours and restoration within one working day; other issues within three working days.
TB:Severity|Response|Restoration|Credit if late
TB:Severity 1|30 minutes|6 hours|CNY 1,200 per hour
TB:Severity 2|2 hours|1 working day|CNY 400 per hour
P:6.3 Credits under the table in clause 6.2 are deducted from the next payment or from the support fee.
P:6.4 After the warranty the Supplier shall provide annual support, including device replacement, software updates and remote support, at 8% of the Devices and Licence Subtotal, that is CNY 99,680 per year, fixed for the two years after the warranty. Support is ordered by the Buyer year by year and does not renew automatically.
P:6.5 The Supplier shall provide the Buyer's technicians with two days of training on replacing batteries and probes, so that simple replacements can be carried out by the Buyer without affecting the warranty.
H:7. Licence and Intellectual Property
P:7.1 The Supplier grants the Buyer a perpetual, non-exclusive and irrevocable licence to use the Software and the embedded firmware for its business in mainland China.
P:7.2 All intellectual property in the Integration Deliverables belongs to the Buyer. The Supplier shall deliver their source code at Final Acceptance, and the Buyer may use, modify and license them freely.
H:8. Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not keep, copy or use it for any other purpose.
P:8.2 The Software shall be installed on the Buyer's servers in Guangzhou. Remote access by the Supplier requires the Buyer's approval for each session and takes place through the Buyer's bastion host with session recording. The Supplier shall keep its firmware free of known critical vulnerabilities and deliver security patches within ten days after they become available.
P:8.3 The Supplier shall report any security incident affecting Buyer Data or the Devices within six hours and shall bear all losses caused by its breach of this clause 8.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's site layouts, customer information and security settings, and shall not disclose it without the other party's prior written consent. This clause survives termination.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breaches of clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for the work of any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after written notice, or if liquidated damages under clause 4.3 reach their maximum. The Supplier shall then refund the payments received for the parts not accepted.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.
H:14. General
P:14.1 This Contract is made in English and Chinese in two originals; both texts are equally authentic. It takes effect on signature by both parties.
P:14.2 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and resumes performance as soon as the event ends. Amendments to this Contract must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# MANAGED IT SERVICES AGREEMENT

Agreement No. MSA-BK-2026-09

**Customer:** Tianjin Bokang Medical Packaging Co., Ltd., No. 9 Xinghua Road, Xiqing Economic Development Zone, Tianjin, People's Republic of China ("Customer")

**Supplier:** Mambere Digital Services SARL, Quartier Poste, Berberati, Mambere-Kadei Prefecture, Central African Republic ("Supplier")

**Effective Date:** 1 June 2026

Customer wishes to outsource the support of its end-user IT environment, its service desk and the administration of its site infrastructure, and Supplier has offered to provide these services remotely and with on-site staff in Tianjin. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Supplier takes over the Services after the transition described in Section 3.

1.3 "Customer Data" means all data of Customer, its employees and its customers that Supplier accesses, receives or processes in performing the Services.

1.4 "Service Levels" means the levels set out in Schedule 2.

## 2. Term

2.1 This Agreement starts on the Effective Date and continues for thirty-six (36) months from the Service Commencement Date.

2.2 This Agreement expires at the end of its term. Any extension requires a written amendment signed by both parties, at fees to be agreed.

## 3. Transition

3.1 Supplier shall perform the transition in Schedule 1, Part B, and take over the Services no later than 1 August 2026.

3.2 Transition is complete when Customer confirms in writing that: all 640 end-user devices and 42 servers are recorded in the configuration database; the knowledge base contains at least 150 verified articles; the service desk has handled live calls in parallel with Customer's team for ten working days; and the monitoring of all site systems reports correctly to Supplier's console. Customer shall give or refuse this confirmation within five working days after Supplier's request, with reasons.

3.3 If the Service Commencement Date is later than 1 August 2026 for reasons attributable to Supplier, Supplier shall pay Customer CNY 2,000 for each day of delay, up to CNY 120,000.

## 4. Services and Service Levels

4.1 Supplier shall provide the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 If Supplier fails a Service Level in a month, the service credits in Schedule 2 apply. Credits are deducted from the next monthly invoice.

4.3 Supplier shall provide a monthly service report with its performance against each Service Level, the incidents of the month, and an improvement plan for every Service Level missed.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The total contract value over the term is CNY 1,760,000.

5.2 The monthly service charge is invoiced monthly in arrears and payable within thirty days after receipt of a correct invoice. The transition fee is invoiced after the Service Commencement Date and payable within thirty days.

5.3 The charges are fixed for the term. Changes in the number of devices within ten per cent of the baseline in Schedule 3 do not change the charges.

5.4 Supplier shall provide, with each invoice, a statement of the Service Levels achieved and the credits applied, and the number of devices supported in the month. Customer may audit the records supporting the charges once a year on fifteen days' notice.

## 6. Personnel

6.1 Supplier shall assign a service delivery manager and two on-site engineers at Customer's Tianjin site during business hours. Supplier shall not replace key staff without at least fifteen days' notice, except for illness or resignation.

6.2 Supplier's staff shall comply with Customer's site rules, health and safety rules and cleanroom entry procedures.

6.3 Supplier shall ensure that its staff have the skills and certifications needed for the Services, including vendor certifications for the server and network platforms used by Customer, and shall provide training to keep those skills current during the term.

## 7. Subcontracting

7.1 Supplier may use subcontractors for on-site hardware repair and after-hours monitoring, provided that it informs Customer in writing of each subcontractor before the subcontractor starts work. Supplier remains responsible for the performance of its subcontractors.

## 8. Customer Data

8.1 Customer Data remains the property of Customer. Supplier shall use Customer Data only to perform the Services and shall return it to Customer at the end of the term.

## 9. Confidentiality

9.1 Each party shall keep confidential all non-public business, technical and financial information of the other party received under this Agreement, use it only for this Agreement and not disclose it to any third party without the other party's prior written consent, except to its staff and subcontractors who need to know it and are bound by equivalent obligations.

9.2 This Section 9 survives for three years after the end of this Agreement.

## 10. Intellectual Property

10.1 Supplier keeps its tools, methods and software that exist before this Agreement.

10.2 Documentation, scripts, knowledge-base articles and configuration records created by Supplier for Customer belong to Customer, which may use, modify and license them freely, including by handing them to a replacement supplier.

## 11. Liability

11.1 Supplier's total liability under this Agreement is limited to 150% of the total contract value, except for personal injury, fraud and wilful misconduct, which are not limited.

11.2 Neither party is liable for indirect loss or loss of profit.

11.3 Each party shall maintain adequate insurance for its liabilities under this Agreement during the term and provide evidence of it on request.

## 12. Termination

12.1 Customer may terminate this Agreement by written notice if Supplier commits a material breach and does not remedy it within thirty days after written notice, or if Supplier misses the same Service Level in three consecutive months.

12.2 Customer may terminate for convenience on ninety days' notice, paying the monthly charges up to the termination date.

12.3 On expiry or termination Supplier shall provide exit assistance for up to sixty days, hand over all documentation and transfer the Services to Customer or its new supplier.

12.4 Exit assistance includes an exit plan delivered within twenty days after notice, knowledge transfer sessions with the incoming supplier, and a final handover of all passwords, access rights and records.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing.

## 14. General

14.1 Force majeure excuses delay only while the event lasts and only if the affected party notifies the other promptly.

14.2 This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.

## Schedule 1 — Services

| Part | Service | Scope |
|---|---|---|
| A1 | Service desk | Telephone, e-mail and portal support in Chinese and English, 07:30–20:00 on working days, on-call outside those hours for P1 incidents |
| A2 | End-user support | 640 desktops, laptops and printers; imaging, moves, installs, changes and hardware repair |
| A3 | Server and storage administration | 42 physical and virtual servers, backup jobs, patching, capacity reports |
| A4 | Network administration | Site LAN, Wi-Fi and firewall rule changes on request, monitoring of links |
| A5 | Asset and licence management | Configuration database, software licence counts, quarterly audit |
| B | Transition | Knowledge transfer, configuration database build, parallel running, monitoring set-up |

## Schedule 2 — Service Levels and Credits

| Measure | Target | Credit if missed in a month |
|---|---|---|
| P1 incident (production line systems or site network down) response | 30 minutes | 5% of the monthly service charge |
| P1 incident restoration | 6 hours | 5% of the monthly service charge |
| P2 incident response | 2 hours | 2% of the monthly service charge |
| Service desk calls answered within 60 seconds | 90% of calls | 2% of the monthly service charge |
| First-contact resolution | 70% of tickets | 1% of the monthly service charge |
| Customer satisfaction survey | 4.2 out of 5 | none; improvement plan required |

Total credits in a month are limited to 20% of the monthly service charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, after the Service Commencement Date | 86,000 |
| Monthly service charge | 36 months × CNY 46,500 | 1,674,000 |
| **Total contract value** | | **1,760,000** |

Baseline: 640 end-user devices, 42 servers, one site. Additional devices above the baseline plus ten per cent are charged at CNY 58 per device per month.

Signed for Customer: ____________________

Signed for Supplier: ____________________
"""

SRC["e05"] = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. OUK-DS-2026-031

PARTIES

Provider: Ouaka Agro-Climate Data SARL, Quartier Adji, Bambari, Ouaka Prefecture, Central African Republic ("Provider").

Customer: Qingdao Haifeng Agricultural Trading Co., Ltd., No. 27 Xianggang Middle Road, Qingdao, Shandong Province, People's Republic of China ("Customer").

BACKGROUND

Customer buys coffee, cotton and sesame from producers in Central and West Africa and wishes to receive agro-climatic, crop-condition and harvest-forecast data for its sourcing regions through an application programming interface, for use in its purchasing, logistics and risk systems in China. Provider offers such data from satellite imagery, weather stations and field surveys. The parties agree as follows.

1. DEFINITIONS

1.1 "Licensed Data" means the datasets listed in Annex A, as updated by Provider during the Subscription Term, delivered through the API or as bulk files.

1.2 "API" means Provider's REST interface through which the Licensed Data is queried, with its documentation.

1.3 "Subscription Year" means each successive period of one year starting on the Feed Acceptance Date or on an anniversary of it. The Subscription Term consists of two Subscription Years.

1.4 "Customer Inputs" means all data supplied by Customer to Provider or through the API, including sourcing region boundaries, supplier site locations, purchase volumes, query parameters and logs of Customer's queries.

1.5 "Custom Outputs" means the regional indices, forecast reports and feed configurations that Provider builds to Customer's specification under clause 4.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API and to use, store and analyse the Licensed Data within Customer and its affiliates in mainland China for their internal business purposes.

2.2 Customer may keep Licensed Data received during the Subscription Term in its own systems after the end of the Agreement for historical analysis, but may not resell it.

2.4 Provider shall publish release notes for every change to a dataset or to the API at least thirty days before the change takes effect, and shall keep the previous API version available for at least ninety days after a new version is released.

2.3 The subscription includes up to 2,000,000 API calls per Subscription Year. Calls above that volume are charged at CNY 9 per 1,000 calls, invoiced quarterly in arrears.

3. FEES AND PAYMENT

3.1 The fees are:

    Annual subscription fee, per Subscription Year     CNY 486,000
    Annual subscription fee, two Subscription Years    CNY 972,000
    Integration and feed set-up, one-time              CNY 58,000
    Total contract value                               CNY 1,030,000

3.2 The annual subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within thirty days after the invoice date.

3.3 The set-up fee is invoiced after the Feed Acceptance Date and is payable within thirty days.

3.4 All fees are in CNY and include VAT. Customer pays no amount before the Feed Acceptance Date.

4. SET-UP AND FEED ACCEPTANCE

4.1 Within forty days after signature Provider shall: configure the sourcing regions supplied by Customer (at least 180 districts in eight countries); build the three Custom Outputs described in Annex B; load six seasons of history; and connect the API to Customer's data platform in Qingdao.

4.2 Feed acceptance tests: the API returns every dataset in Annex A for every configured district; history loads reconcile with Provider's catalogue counts; daily updates arrive before 08:00 China Standard Time on ten consecutive days; and the Custom Outputs match the method agreed in Annex B on a sample checked by Customer's analysts.

4.3 Customer shall confirm acceptance in writing within five working days after the tests are passed, or list the failures. The date of that confirmation is the "Feed Acceptance Date". Use of test data before that date is not acceptance.

4.4 If the Feed Acceptance Date is later than the date in clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 800 for each day of delay, up to CNY 50,000.

5. SERVICE LEVELS

5.1 Provider shall make the API available at least 99.5% of each calendar month, excluding scheduled maintenance notified three days in advance.

5.2 Provider shall respond to a Priority 1 incident (the API is unavailable, or the daily update has not arrived by 10:00 China Standard Time) within one hour, at any time, and restore the feed within six hours. Priority 2 incidents (a dataset or region is missing or wrong) receive a response within three hours and a fix within two working days.

5.3 Provider shall give Customer a monthly report of availability, incidents, data delays and credits, and shall hold a quarterly review with Customer's data team to discuss data quality, new datasets and planned changes.

5.4 If availability in a month is below the level in clause 5.1, Customer receives a credit of 3% of the monthly equivalent of the annual subscription fee for each started 0.5 percentage point of shortfall. If a Priority 1 restoration takes longer than six hours, Customer receives a credit of CNY 1,500 for each further hour. Credits are set off against the next invoice.

6. CUSTOMER INPUTS AND DATA SECURITY

6.1 Customer Inputs belong to Customer. Provider shall process Customer Inputs only to provide the subscription and the Custom Outputs to Customer, and shall not use them, alone or combined with other data, in aggregated or anonymised form, for any other purpose or for any other customer.

6.2 Provider shall store Customer Inputs on servers in mainland China operated by its hosting partner in Shanghai, encrypt them in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for at least one year and apply security patches promptly.

6.3 Provider shall notify Customer of any unauthorised access to Customer Inputs or to Customer's API credentials within twelve hours after becoming aware of it, block the affected credentials, investigate and report the cause and remedy within five working days. Provider is liable for all losses caused by its breach of this clause 6.

6.4 At the end of the Agreement Provider shall return Customer Inputs in a standard format and delete them within thirty days, and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Provider retains all rights in the Licensed Data, the API and its methods.

7.2 Custom Outputs built for Customer belong to Customer, together with their specifications and code. Customer may use, modify and license them freely, and Provider shall not supply the same Custom Outputs to another customer.

8. TERM AND RENEWAL

8.1 This Agreement runs from signature until the end of the second Subscription Year.

8.2 At the end of the Subscription Term this Agreement renews automatically for further periods of one Subscription Year each, unless either party gives notice of non-renewal at least sixty days before the end of the current period. Provider may increase the annual subscription fee for any renewal period by notice given at least forty-five days before that period begins, at its discretion.

9. LIABILITY

9.1 Provider's total liability under this Agreement is limited to 200% of the total contract value, except for losses caused by breach of clause 6, fraud or wilful misconduct, which are not limited.

9.2 Provider does not guarantee any forecast result. Provider is liable for errors in the Licensed Data only where they result from its failure to follow its documented methods.

9.3 Neither party is liable for indirect or consequential loss, or for loss of profit, except where caused by wilful misconduct.

10. SUBCONTRACTING

10.1 Provider shall not subcontract any part of its obligations, other than hosting by the partner named in clause 6.2, without Customer's prior written consent.

11. TERMINATION

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within thirty days after notice, or if availability is below the level in clause 5.1 in two consecutive months. Provider shall then refund the unused part of the prepaid fees.

11.2 Either party may terminate by notice if the other becomes insolvent.

11.3 On termination or expiry Provider shall disable Customer's API credentials, return and delete Customer Inputs under clause 6.4, and deliver the Custom Outputs and their code to Customer in their latest form.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

13. GENERAL

13.1 Annex A (Licensed Data) and Annex B (Custom Outputs) form part of this Agreement.

13.2 Notices shall be in writing to the addresses above. This Agreement may be amended only in writing signed by both parties.

13.3 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.

Signed for Provider: ____________________     Date: __________

Signed for Customer: ____________________     Date: __________
"""

NAMES = {
    "z01": "h762z01_sea_sand_mining_supervision_platform.pdf",
    "z02": "h762z02_tie_jacquard_folding_line_retrofit.docx",
    "z03": "h762z03_tyre_chain_booking_membership_saas.txt",
    "z04": "h762z04_river_sand_mining_system_om_service.txt",
    "z05": "h762z05_walking_stick_process_tracking_supplier_template.md",
    "e01": "h762e01_cotton_grading_licence_chad_vendor.pdf",
    "e02": "h762e02_helpdesk_saas_order_form_chad_vendor.md",
    "e03": "h762e03_cold_chain_sensors_monitoring_licence.docx",
    "e04": "h762e04_managed_it_services_36_months_car_vendor.md",
    "e05": "h762e05_agro_climate_data_api_subscription.txt",
}
G, S = "goods_or_licence", "service"


def lab(cat, kind, value, av, p1, rem, ip, dsec, own, conf, ld, cap, pre, acc, fin, war, fee, auto, term, sub, law,
        sla=True, ld_stated=True, capped=None, deemed=False):
    terms = {"availability_pct": av, "p1_response_hours": p1, "sla_remedy": rem, "ip_owner": ip,
             "data_security_clause": dsec, "buyer_owns_data": own, "confidentiality": conf,
             "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": pre, "acceptance_clause": acc,
             "final_payment_on_acceptance": fin, "warranty_months": war, "post_warranty_fee_pct": fee,
             "auto_renewal_price_increase": auto, "termination_for_breach": term,
             "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if kind == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return cat, terms, extra


LABELS = {
    "z01": lab("software", G, 2020000, 99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 7,
               False, True, False, "PRC", capped=True),
    "z02": lab("hardware", G, 1500000, None, 1, True, "buyer", True, True, True, 0.03, None, 20, True, True, 18, 26,
               False, True, False, "PRC", capped=True),
    "z03": lab("cloud", S, 894000, 99.5, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None,
               True, True, False, "PRC"),
    "z04": lab("services", S, 486000, 99.95, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None,
               None, False, False, True, "PRC"),
    "z05": lab("software", G, 920000, None, None, False, "supplier", True, False, True, None, 420000 / 920000 * 100, 65,
               False, False, 6, None, False, True, None, "PRC", sla=False, ld_stated=False, capped=False, deemed=True),
    "e01": lab("software", G, 1920000, None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 9,
               False, True, False, "Chad", capped=True),
    "e02": lab("cloud", S, 1780000, 99.95, 1, False, "buyer", True, True, True, 1500 / 1780000 * 100, 6 / 36 * 100,
               None, True, None, None, None, False, True, False, "PRC"),
    "e03": lab("hardware", G, 1470000, None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 8,
               False, True, False, "PRC", capped=True),
    "e04": lab("services", S, 1760000, None, 0.5, True, "buyer", False, True, True, 2000 / 1760000 * 100, 150, None,
               True, None, None, None, False, True, True, "PRC"),
    "e05": lab("services", S, 1030000, 99.5, 1, True, "buyer", True, True, False, 800 / 1030000 * 100, 200, None, True,
               None, None, None, True, True, False, "PRC"),
}
# fee base for TCO (itemised licence / hardware subtotal) and the design list of expected rules
FEE_BASE = {"z01": 1160000, "z02": 1380000, "z05": 420000, "e01": 1380000, "e03": 1246000}
DESIGN = {
    "z01": [], "e03": [], "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-SUBCONTRACT", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e02": ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
    "e04": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"],
    "e05": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOWR = {"CR-GOVERNING-LAW"}
ALL20 = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
         "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
         "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
         "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco_share(key, t, x):
    if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (x["contract_value"] + fees) * 100


def derive(key, t, x):
    """policy §3 as read here (thresholds: 99.9, 4 h, 0.05, 100, 30, 12, 15, 40)."""
    r = []
    goods = t["contract_kind"] == G
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.append("CR-GOVERNING-LAW")
    if goods:
        share = tco_share(key, t, x)
        if share is not None and share > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)

PCT = r"\s*(%|％|percent|per\s*cent)"
CN = "一二三四五六七八九"
THRESH = re.compile("|".join([
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.])4\s*(个)?(小时|h\b|hours?|hrs?\b|-hour)",
    r"(?<![十\d" + CN + r"])四(个)?小时", r"(?<![a-z-])four\s*(\(4\)\s*)?(-\s*)?hours?",
    r"(?<![\d.])0\.050*(?!\d)", r"万分之五(?![十" + CN + r"])", r"千分之零点五",
    r"(?<![\d.])100(\.0+)?" + PCT, r"百分之(一)?百",
    r"(?<![\d.])(30|15|40)(\.0+)?" + PCT, r"百分之(三十|十五|四十)(?![" + CN + r"])",
    r"(?<![a-z-])(thirty|fifteen|forty)\s*(\(\d+\)\s*)?(percent|per\s*cent)",
    r"(?<![\d.])12\s*(个月|months?|-month)", r"(?<![" + CN + r"])十二个月", r"(?<![a-z-])twelve\s*(\(12\)\s*)?(-\s*)?months?",
    r"(?<![\d.])5\s*(年|years?\b|-year)", r"(?<![十\d" + CN + r"])五年", r"(?<![a-z-])five\s*(\(5\)\s*)?(-\s*)?years?",
]), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4小时", "4 hours", "四小时", "four hours", "0.05%", "万分之五", "100%", "100 percent",
            "百分之百", "30%", "百分之三十", "15 %", "40%", "百分之四十", "12个月", "12 months", "twelve months",
            "十二个月", "5年", "5 years", "五年", "five years", "thirty percent"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "二十四小时", "7×24小时", "0.055%", "万分之五十", "130%", "1100%",
             "百分之三十五", "45%", "2026年", "2025年", "十五年" + "x"[:0] if False else "二十五日", "120个月", "0.15%",
             "1.5%", "thirty days", "fifteen days", "forty-five days", "25 years" if False else "2.5 years", "14 hours",
             "0.4 hours" if False else "six hours", "four working days"]
for s_ in MUST_HIT:
    assert THRESH.search(s_) and THRESH.search(re.sub(r"\s", "", s_)), s_
for s_ in MUST_MISS:
    assert not THRESH.search(s_) and not THRESH.search(re.sub(r"\s", "", s_)), s_


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
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    bin_ = {k: (NAMES[k], NAMES[k].rsplit(".", 1)[1]) for k in NAMES if NAMES[k].endswith((".docx", ".pdf"))}
    write({k: SRC[k] for k in bin_}, bin_, OUT, wrap_words=True)
    for k, name in NAMES.items():
        if k not in bin_:
            (OUT / name).write_text(SRC[k], encoding="utf-8")
    fired = set()
    report = []
    for k, name in NAMES.items():
        cat, t, x = LABELS[k]
        rules = derive(k, t, x)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        fired.update(rules)
        # no label value on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        share = tco_share(k, t, x) if t["contract_kind"] == G else None
        if share is not None:
            assert abs(share - 40) > 2, (k, share)
        risk = "high" if set(rules) & HIGH else ("medium" if set(rules) - LOWR else ("low" if rules else "low"))
        label = {"file": name, "language": "zh" if k[0] == "z" else "en", "category": cat,
                 "expected_terms": t, "expected_extra": x, "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                             encoding="utf-8")
        text = read_back(OUT / name)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = THRESH.search(variant)
            assert not m, (k, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        if k[0] == "z":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        report.append((k, name, n, ok, rules, risk, None if share is None else round(share, 2)))
    for r in report:
        print(*r)
    bad = [r[0] for r in report if not r[3]]
    assert not bad, ("length", bad)
    assert fired == set(ALL20), set(ALL20) - fired


if __name__ == "__main__":
    main()
