"""holdout912: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts
the checks of the brief (lengths, no threshold figure, rules derived from the labels = design list, coverage).
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H912Z01 = """T:农机作业补贴管理平台软件许可及定制开发合同
P:合同编号：NNJ-ZC-2027-0318
P:采购项目：农机作业补贴管理平台建设项目（政府采购，公开招标）
P:甲方（采购人）：某市农业农村局
P:乙方（供应商）：某市禾田信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目招标文件、乙方投标文件，双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供农机作业补贴管理平台软件（以下简称“平台”）的永久使用许可，并按甲方需求完成补贴申报、作业监测数据对接、资金兑付审核三个定制模块的开发、部署、数据迁移和培训。
P:1.2 平台部署于甲方指定的政务云，用户范围为市、县两级农机主管部门及辖区内申报主体，不限并发用户数。
P:1.3 详细功能清单、接口清单及技术指标见本合同附件一《需求规格说明书》，附件与本合同具有同等效力。
H:第二条 合同价款
P:2.1 本合同总价为人民币1,514,000元（大写：壹佰伍拾壹万肆仟元整），含税，包括：平台软件许可费760,000元；定制开发费612,000元；历史补贴数据迁移费84,000元；实施及培训费58,000元。
P:2.2 合同总价为固定价格，除甲方书面变更需求外，不因任何原因调整。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%，即302,800元，作为预付款。
P:3.2 平台部署完成并通过初步验收后15个工作日内，甲方支付合同总价的45%，即681,300元。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即529,900元。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款受财政资金拨付进度影响的，双方另行协商，不视为甲方违约。
H:第四条 实施进度
P:4.1 乙方应在合同生效后90日内完成部署并申请初步验收，150日内完成全部定制开发并申请最终验收。
P:4.2 乙方应指定一名项目经理常驻甲方现场，未经甲方同意不得更换。项目组核心成员名单见附件二，乙方更换核心成员的，应提前十日书面报甲方同意，且替换人员的资历不得低于原人员。
P:4.3 乙方应在合同生效后10日内提交实施方案，包括进度计划、数据迁移方案、接口联调方案、应急回退方案和培训计划，经甲方确认后执行。乙方每周向甲方报送项目周报，说明进度、问题和风险。
P:4.4 乙方应为市、县两级管理人员和申报受理人员分批组织操作培训，累计不少于八期，并提供培训教材和操作视频，确保受训人员能够独立完成申报审核、数据查询和报表导出。
H:第五条 验收
P:5.1 初步验收标准：平台全部功能按附件一逐项测试通过；历史补贴数据迁移后逐条比对，记录数与金额完全一致；与省级农机购置补贴系统、北斗作业监测平台的接口连续10个工作日无差错运行。
P:5.2 最终验收标准：系统连续试运行60日，期间未出现一级故障；在300个并发用户下页面平均响应时间不超过2秒；第三方测评机构出具的网络安全等级保护测评报告无高风险项；乙方交付源代码、部署文档和操作手册。
P:5.3 验收未通过的，乙方应在15日内完成整改并重新申请验收，由此产生的费用由乙方承担，实施期限不予顺延。
P:5.4 甲方在收到验收申请后10个工作日内组织验收，并出具书面验收意见。系统上线运行、甲方使用或付款，均不视为验收合格。
H:第六条 质量保证及维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期内，乙方应根据国家和省级农机购置与应用补贴政策的调整，免费完成相应的参数配置和流程调整；涉及新增功能的，双方另行协商。
P:6.3 质保期满后，如甲方需要，乙方按平台软件许可费的9%每年（即68,400元/年）提供维护服务，该价格在质保期满后三年内不作调整。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%，计划内维护须提前三个工作日报甲方同意，并安排在非申报高峰期进行。
P:7.2 一级故障（平台整体不可用或补贴资金审核无法进行）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 乙方每超过响应或恢复时限1小时，甲方有权扣减500元；月可用率每低于承诺值0.01个百分点，扣减1,000元，从应付款或维护费中扣除。
P:7.4 乙方每月向甲方提交运行报告，列明可用率、故障处理、补贴申报高峰期保障措施和安全事件情况，并在每年补贴申报期开始前完成一次系统巡检和压力测试。
H:第八条 知识产权
P:8.1 平台软件的知识产权仍属乙方，甲方享有永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再许可。
H:第九条 数据安全
P:9.1 平台中的补贴申报数据、农户个人信息、作业轨迹及资金数据均属于甲方，乙方仅为履行本合同使用，不得用于任何其他目的，不得留存副本。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，运维须经甲方审批并通过堡垒机进行，不得将数据拷出政务云环境。
P:9.3 乙方人员应签署保密承诺书，离场时交回全部账号和介质，甲方可随时检查乙方的数据处理活动。
P:9.4 发生数据泄露或安全事件，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的损失，由乙方全额赔偿。
H:第十条 保密
P:乙方对在履行本合同过程中知悉的甲方工作秘密、技术资料和个人信息负有保密义务，保密期限不因合同终止而解除。未经甲方书面同意，乙方不得以任何形式对外披露本项目的需求文档、系统架构、安全配置和补贴业务数据，也不得将本项目作为宣传案例使用。乙方违反保密义务的，应赔偿甲方由此遭受的全部损失。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 乙方交付的系统不符合合同约定且经两次整改仍未通过验收的，甲方有权解除合同，乙方退还已收款项并赔偿损失。
H:第十二条 分包
P:乙方不得将本项目转包，也不得将任何部分分包给第三方。
H:第十三条 培训
P:乙方应为甲方操作工、班组长和设备维修人员分别组织培训，内容包括触摸屏操作、配方切换、常见报警处理、PLC程序备份与恢复，培训后进行考核，确保甲方维修人员能够独立处理二级以下故障。
H:第十四条 合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十五条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:因不可抗力不能履行合同的，受影响方应在三日内通知对方，并在十五日内提供证明，双方根据影响程度协商延期或部分免除责任。
H:第十六条 其他
P:16.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。招标文件、投标文件、中标通知书为本合同的组成部分。
P:16.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。维护服务另行签订合同，不自动续期。
P:甲方（盖章）：          乙方（盖章）：
P:甲方代表（签字）：        乙方代表（签字）：
P:签订日期：    年  月  日
P:附件一：需求规格说明书；附件二：项目组人员名单；附件三：分项报价表。
"""

H912Z02 = """T:宠物窝生产线控制系统改造合同
P:合同编号：CW-KZ-2027-016
P:甲方：某省暖窝宠物用品有限公司
P:乙方：某市恒控自动化工程有限公司
P:甲方委托乙方对其裁剪、绗缝、充棉、包装四条宠物窝生产线的电气控制系统进行改造，乙方提供设备、软件及安装调试服务。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 拆除四条生产线原有继电器控制柜，更换为PLC控制柜，配套更换伺服驱动器和变频器，加装人机界面触摸屏。
P:1.2 部署产线监控软件，实现设备状态采集、产量统计、故障报警和能耗记录，并开发配方管理和产量追溯两个定制功能。
P:1.3 改造后的控制系统应支持绗缝花型和充棉克重的配方一键切换，切换时间不超过三分钟；各线设备状态和产量数据每十秒上传一次监控软件，并可按班次、订单和产品型号导出报表。
P:1.4 改造施工须分线进行，每条线停产时间不超过七日，其余生产线不得因施工停产。
H:第二条 合同价款
P:2.1 本合同总价为人民币1,450,000元（含13%增值税），分项如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含主机、输入输出模块、柜体）|6套|98,000|588,000
TB:2|伺服驱动器及变频器|1批|312,000|312,000
TB:3|人机界面触摸屏|12台|6,500|78,000
TB:4|产线监控软件许可（永久）|1套|186,000|186,000
TB:设备及软件小计||||1,164,000
TB:5|安装调试|1项|146,000|146,000
TB:6|配方管理及产量追溯程序开发|1项|118,000|118,000
TB:7|操作及维修培训|1项|22,000|22,000
TB:合计||||1,450,000
P:2.2 上述价格包含设备运输、保险、拆旧、安装辅材及乙方人员差旅等全部费用。
H:第三条 付款
P:3.1 合同签订后10个工作日内，甲方支付合同总价的20%，即290,000元作为预付款。
P:3.2 设备全部到货并经甲方清点签收后，甲方支付合同总价的50%，即725,000元。到货签收仅为数量确认，不代表质量验收。
P:3.3 四条生产线全部通过最终验收后，甲方支付合同总价的25%，即362,500元。
P:3.4 剩余5%即72,500元作为质量保证金，质保期满且无未决质量问题后一次付清。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后45日内将全部设备运抵甲方工厂，并在到货后60日内完成四条线的改造和调试。
P:4.2 乙方应在进场前提交改造施工方案，明确每条线的停产窗口、拆旧顺序、新旧系统切换步骤和回退措施，经甲方生产部门确认后实施。施工期间乙方应每日向甲方报告进度，并做好旧设备的标识和移交。
P:4.3 乙方提供的设备应为原厂全新正品，附产品合格证和原厂质保证明，主要部件品牌和型号以附件设备技术规格书为准，未经甲方书面同意不得替换。
P:4.4 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
H:第五条 验收
P:5.1 每条生产线改造完成后进行单线验收：设备空载、满载各连续运行72小时无故障；节拍不低于改造前；急停、安全光幕、门禁联锁逐项测试有效；监控软件采集的产量与人工计数一致。
P:5.2 四条线全部通过单线验收后，连续生产30日，期间未发生因控制系统导致的停线超过2小时的故障，且乙方交付电气图纸、PLC程序、触摸屏组态文件和操作手册的，甲方出具最终验收证书。
P:5.3 单线验收未通过的，乙方应在七日内整改并申请复验，复验费用由乙方承担。设备安装、试生产或甲方使用均不视为验收合格。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收之日起计算。质保期内乙方免费维修、更换故障部件，并提供软件升级；因设备质量问题造成的停产损失，由乙方按实际损失赔偿。质保期内同一部件累计故障三次以上的，乙方应免费更换为新品。
P:6.2 质保期满后，乙方提供年度维保服务，包括每季度一次预防性巡检、备件更换、程序维护和7×24小时电话支持。维保费为设备及软件小计的28%每年，即325,920元/年，质保期满后三年内固定不变。
P:6.3 维保服务每年签订一次，甲方有权不续签。
P:6.4 乙方应保证在质保期及维保期内持续供应备品备件，常用易损件在甲方所在城市设库存储，到货时间不超过两日。设备停产的，乙方应提供性能不低于原型号的替代产品并负责程序适配。
H:第七条 服务水平
P:7.1 一级故障（整条生产线停机）乙方应在1小时内响应，6小时内到达现场，12小时内恢复生产；二级故障（单台设备故障但产线可降速运行）应在8小时内到场处理。
P:7.2 乙方每超过上述时限1小时，甲方有权扣减800元，从质量保证金或维保费中扣除。
H:第八条 知识产权
P:8.1 为本项目编写的PLC程序、触摸屏组态文件、配方管理和产量追溯程序，包括源程序，知识产权归甲方所有，甲方可自行修改或委托他人维护。
P:8.2 监控软件平台本身的知识产权归原厂所有，甲方享有永久使用许可。
H:第九条 数据安全
P:9.1 生产数据、配方参数和订单信息属于甲方，乙方不得复制、留存或用于本合同以外的任何目的。
P:9.2 乙方远程维护须经甲方每次授权，通过甲方提供的VPN账号进行，维护结束后立即断开。乙方应采取防病毒、访问控制等措施，防止控制系统遭受网络攻击。
P:9.3 因乙方原因导致数据泄露、丢失或控制系统被入侵的，乙方应在2小时内通知甲方，采取补救措施并赔偿损失。
H:第十条 保密
P:双方对履行本合同过程中获悉的对方技术资料、生产工艺、配方和商业信息负有保密义务，合同终止后三年内仍然有效。未经对方书面同意，任何一方不得向第三方披露上述信息，但依法律法规或监管要求披露的除外。乙方不得在宣传材料中使用甲方名称、厂区照片或产线资料。
H:第十一条 分包
P:乙方可将电气安装、布线等施工作业分包给具有相应资质的单位，但应提前五个工作日书面通知甲方，并对分包单位的工作质量和安全承担全部责任。
H:第十二条 安全生产
P:乙方人员进入甲方厂区应遵守甲方安全生产和消防制度，动火、登高、带电作业须办理作业许可。因乙方人员违章造成的人身伤害和财产损失由乙方承担。
H:第十三条 培训
P:乙方应为甲方操作工、班组长和设备维修人员分别组织培训，内容包括触摸屏操作、配方切换、常见报警处理、PLC程序备份与恢复，培训后进行考核，确保甲方维修人员能够独立处理二级以下故障。
H:第十四条 合同解除
P:乙方逾期超过30日，或设备经两次整改仍不能通过验收的，甲方有权书面通知解除合同，乙方应退还已收款项，并赔偿甲方因此遭受的停产损失和另行委托第三方完成改造所增加的费用。乙方其他严重违约经书面催告15日内未纠正的，甲方亦有权解除。
H:第十五条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地仲裁委员会仲裁。
H:第十六条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。本合同的变更须经双方书面签署，任何口头承诺均不构成合同内容。因不可抗力导致工期延误的，受影响方应及时通知对方并提供证明，工期相应顺延。附件：设备技术规格书、改造施工方案、验收记录表。
P:甲方（盖章）：          乙方（盖章）：
"""

H912Z03 = """预约及会员管理SaaS服务合同

合同编号：JW-SaaS-2027-0042

甲方：某市醉研调酒培训连锁管理有限公司
乙方：某市云檬软件科技有限公司

甲方在本市及周边城市经营35家调酒培训门店。为统一课程预约、会员储值和门店排课管理，甲方订购乙方的预约及会员管理SaaS服务，并委托乙方完成实施。双方经协商一致，订立本合同。

一、服务内容

（一）订阅服务
1. 乙方通过其云平台向甲方35家门店提供课程预约、会员管理、储值与次卡、教练排课、课后评价和营销活动功能，每家门店开通一个门店账号，不限员工子账号数量。
2. 乙方向甲方总部提供总部管理端，包括跨店会员通用、全局报表、课程标准库和权限管理。
3. 乙方提供微信小程序学员端，学员可在线预约课程、查看课表、购买课包并评价教练。小程序以甲方品牌名称和标识上线，主体为甲方，乙方负责开发维护和版本提审。

（二）实施服务
1. 乙方负责将甲方现有表格及旧系统中的会员档案、储值余额、剩余课次迁移至平台，并与甲方门店逐一核对。
2. 乙方负责完成35家门店的基础配置、课程与价格体系配置、与甲方财务系统及支付通道的对接，并为门店店长和前台组织培训。
3. 为甲方定制的会员等级规则、报表模板及对接程序，按本合同第五条处理。

（三）技术支持
1. 乙方提供每日九点至二十二点的在线客服和电话支持，覆盖甲方门店全部营业时间；夜间一级故障通过值班电话处理。
2. 乙方为甲方指定一名客户成功经理，每月与甲方总部召开一次运营复盘会，提出功能使用和会员运营建议。
3. 平台功能升级应提前七日通知甲方，不得减少本合同约定的功能，不得影响门店正常营业。

（四）门店增减
服务期内甲方新开门店的，按每家门店每个服务年度9,800元的单价按月折算增加订阅；关闭门店的，自下一个服务年度起相应减少。门店增减不影响本合同其他条款。

二、服务期限

（一）服务期为两个服务年度。第一个服务年度自平台上线验收合格之日起算，满一个服务年度后进入第二个服务年度。
（二）服务期满前30日内，任何一方未书面提出不再续订的，本合同自动续展一个服务年度，可多次续展。续展期的服务费由乙方根据其届时的价格体系确定并通知甲方，甲方未在续展前提出异议的，视为接受。

三、费用及支付

（一）费用构成
1. 门店订阅费：每家门店每个服务年度9,800元，35家门店合计343,000元/服务年度。
2. 总部管理端订阅费：48,000元/服务年度。
3. 实施费：一次性128,000元。
4. 两个服务年度订阅费合计782,000元，加实施费，本合同总价为910,000元（含6%增值税）。短信、支付通道手续费按实际发生另行结算，不计入合同总价。

（二）支付方式
1. 实施费在平台上线验收合格后15个工作日内一次付清。
2. 每个服务年度的订阅费，在该服务年度开始后15个工作日内支付。
3. 甲方不向乙方支付任何预付款。

四、上线验收

（一）乙方应在合同签订后50日内完成全部门店上线。
（二）验收标准：会员档案、储值余额和剩余课次迁移后与甲方核对确认的台账完全一致；预约、签到、扣课、储值消费全流程在每家门店实测通过；与甲方财务系统对账连续十日无差异；小程序在并发500人时预约提交响应时间不超过3秒。
（三）甲方应在收到验收申请后7个工作日内完成验收并书面确认。门店开始使用不视为验收合格。验收未通过的，乙方应在五日内整改后重新提交验收。
（四）乙方应在上线前为各门店店长、前台和教练分批组织操作培训，并提供操作视频和常见问题手册；上线后首月安排专人驻场或远程值守，及时处理门店反馈的问题。
（五）乙方逾期完成上线的，每逾期一日，按合同总价的万分之六向甲方支付违约金。

五、知识产权

（一）SaaS平台及其软件的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）为甲方定制的会员等级规则、报表模板和对接程序归甲方所有，甲方可以自行修改或交由第三方使用。

六、服务水平

（一）平台月可用率不低于99.95%，计划内维护应安排在每日凌晨一点至五点之间，并提前48小时通知甲方。
（二）一级故障（平台整体无法登录或预约、扣课功能全部中断）乙方应在30分钟内响应，3小时内恢复；二级故障应在2小时内响应，次日内解决。
（三）月可用率每低于承诺值0.1个百分点，减免当月订阅费的3%；一级故障超过恢复时限的，每超过1小时减免当月订阅费的1%，单月减免总额以当月订阅费为限。

七、数据

（一）甲方及其学员在平台上产生的会员信息、预约记录、消费和储值数据归甲方所有。
（二）乙方有权在去除学员姓名、手机号等身份信息后，对甲方的预约与消费数据进行汇总分析，用于改进乙方产品和发布行业研究报告，该权利在本合同终止后继续有效。
（三）服务期满或合同终止后30日内，乙方应按甲方要求以通用格式导出并交付全部数据，之后删除平台中的甲方数据并出具删除证明。服务期内甲方可随时通过总部管理端自行导出会员和交易数据，乙方不得以任何理由限制导出。

八、数据安全

（一）乙方应依照《网络安全法》《数据安全法》《个人信息保护法》履行数据安全保护义务，平台应通过网络安全等级保护三级测评，学员手机号、支付信息加密存储，员工访问实行最小权限并留存日志。
（二）发生数据泄露、篡改或丢失的，乙方应在24小时内通知甲方，配合甲方履行告知义务，并赔偿甲方因此遭受的损失，包括向学员的赔偿和监管罚款。

九、违约责任

（一）因乙方原因导致学员无法预约或重复扣课的，乙方应协助甲方向学员解释并承担由此产生的退款和补偿费用。
（二）甲方逾期支付服务费的，乙方应书面催告，催告后仍未支付超过30日的，乙方可暂停服务，但应提前七日通知并保证数据完整。

十、保密

双方对在合作中知悉的对方经营信息、课程体系、价格策略和技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内有效。

十一、分包

乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意，并对分包方的行为承担责任。

十二、合同解除

（一）乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除本合同，乙方应退还已付未使用期间的订阅费，并赔偿损失。
（二）平台月可用率连续三个月低于承诺值，或一个服务年度内发生三次以上一级故障的，甲方有权解除本合同。
（三）合同解除或终止后，乙方应继续提供不少于30日的过渡服务，协助甲方完成数据迁移。

十三、争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。

十四、其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。因不可抗力导致服务中断的，受影响方应及时通知对方并采取措施减少损失，不可抗力持续超过30日的，双方可协商解除合同。双方的通知以书面形式送达本合同所列地址或电子邮箱。附件：门店清单、功能清单、服务水平说明。

甲方（盖章）：                 乙方（盖章）：
日期：                         日期：
"""

H912Z04 = """废弃矿山生态修复监测系统年度运维服务合同

项目名称：废弃矿山生态修复监测系统2027年度运维服务（竞争性磋商）
合同编号：ZRZY-YW-2027-07

甲方（采购人）：某市自然资源局
乙方（成交供应商）：某省地信智联科技有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就废弃矿山生态修复监测系统运维服务事项，经协商一致，订立本合同。

第一条 服务对象
1. 本合同运维对象为甲方建设的废弃矿山生态修复监测系统，包括监测数据中心平台、移动巡查应用、全市62处修复图斑的边坡位移监测站、地下水水位计、视频监控点和无人机航测数据处理模块。
2. 系统部署于市政务云，前端设备分布于各区县修复项目现场，设备清单见附件一。服务期内甲方新增或撤除监测点的，乙方应配合完成设备接入或拆除，数量变化不超过原有监测点一成的，运维费不作调整。

第二条 服务内容
1. 平台运维：服务器、数据库和中间件的日常监控、备份、补丁更新和性能优化，每日巡检并记录。数据库每日增量备份、每周全量备份，备份数据异地保存，每季度进行一次恢复演练。
2. 前端设备运维：每季度对全部监测站进行一次现场巡检、校准和清洁，更换损坏的传感器、太阳能板和蓄电池，设备更换费用包含在运维费内。
3. 汛期加密监测：每年五月至九月，对位移速率异常的边坡加密数据采集频次，发现预警及时报告甲方和属地自然资源部门。
4. 数据服务：每季度完成一次无人机航测数据处理，更新修复图斑植被覆盖率和地形变化成果；每月向甲方提交监测月报，年底提交年度监测报告。
5. 应急服务：遇强降雨、地震等突发情况，乙方应在接到甲方通知后立即启动应急监测，派员赴现场检查监测设备，必要时加设临时监测点，并每日报送应急监测快报，直至甲方通知解除。
6. 技术培训：乙方每年为甲方及区县自然资源部门业务人员组织两次系统操作培训，内容包括平台使用、预警处置流程和移动巡查应用。
7. 系统优化：根据甲方管理要求，对平台报表、预警阈值配置和移动巡查表单进行调整，每年不超过二十个工作日。

第三条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，下一年度运维服务由甲方依法重新采购。

第四条 合同价款及支付
1. 本合同为固定总价，年度运维费为人民币638,000元（含税），包括人员、差旅、车辆、备品备件、无人机作业及税费等全部费用。
2. 运维费按季度支付。每季度结束后，甲方依据第六条完成季度考核，在考核结果确认后15个工作日内支付当季运维费159,500元，扣除按本合同应扣减的款项。
3. 甲方不预付运维费。
4. 乙方应在每次收款前开具合法有效的发票。因财政资金拨付原因延迟付款的，甲方应及时告知乙方，乙方不得因此降低服务标准或中断服务。

第五条 服务水平
1. 监测数据中心平台月可用率不低于99.95%。
2. 故障分级及处理时限：一级故障（平台整体中断，或汛期边坡监测数据中断）乙方应在6小时内响应，24小时内修复；二级故障（单个监测站离线或部分功能异常）应在1个工作日内响应，三个工作日内修复。
3. 预警信息应在监测数据超限后10分钟内推送至甲方值班人员，乙方值班人员应同时电话确认，并在半小时内完成数据复核，排除设备误报后向甲方报告复核结论。
4. 乙方应安排不少于三名专职运维人员，其中至少一人在甲方办公场所驻场，汛期实行全天值班。

第六条 考核与扣款
1. 甲方按季度对乙方服务进行考核，考核内容包括平台可用率、故障处理时效、巡检完成率、月报质量和数据完整率。
2. 平台月可用率每低于承诺值0.1个百分点，扣减当季运维费2,000元；一级故障每超出修复时限1小时，扣减500元；漏巡一处监测站扣减800元；月报逾期提交或内容不完整的，每次扣减600元。扣减款项从当季运维费中直接抵扣。
3. 季度考核得分低于七十分的，甲方约谈乙方项目负责人，乙方应在十日内提交整改方案。

第七条 年度验收
服务期满后，乙方提交年度运维总结报告、设备运行台账、巡检记录和全部监测成果。甲方按以下标准组织验收：全年平台可用率达到承诺值；巡检完成率达到规定次数；监测数据完整率不低于98%；年度监测报告经专家评审通过；设备完好率达到附件一的要求，更换下的旧设备已登记移交。验收不合格的，乙方应在十五日内整改并重新申请验收。验收意见作为甲方评价乙方履约情况的依据。

第八条 数据安全
1. 监测数据、航测影像、预警记录及系统中的全部数据属于甲方，乙方不得用于本合同以外的任何目的，不得向第三方提供。
2. 乙方应遵守《数据安全法》和测绘地理信息管理规定，涉密航测成果按规定在甲方指定的涉密计算机上处理，不得在互联网环境存储或传输。
3. 乙方运维人员通过甲方堡垒机访问平台，操作全程留痕。发生数据泄露、丢失或被篡改的，乙方应在1小时内报告甲方，采取补救措施，并承担相应的法律责任和赔偿责任。

第九条 保密
乙方对在服务过程中知悉的甲方工作秘密、地理信息成果、项目资料负有保密义务，运维人员应签署保密承诺书。保密义务在合同终止后继续有效。未经甲方书面同意，乙方不得发表、展示或对外提供与本项目有关的数据、影像和报告，也不得将其用于本项目以外的任何用途。

第十条 知识产权
乙方在本合同服务中形成的监测报告、处理成果、配置脚本和优化后的程序代码归甲方所有，甲方可自由使用和修改。乙方使用自有的运维工具软件的，应保证其合法来源，因侵犯第三方权利引起的纠纷由乙方负责处理并承担费用。

第十一条 分包
乙方不得将本合同服务转包或分包给第三方，无人机航测作业亦应由乙方自有人员和设备完成。

第十二条 违约责任
1. 乙方未按期完成季度巡检、航测数据处理或年度报告的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
2. 因乙方未及时处理预警或故障，造成甲方工作被动或发生次生灾害损失的，乙方应承担相应赔偿责任。

第十三条 人员管理
1. 乙方项目负责人和驻场人员名单见附件二，人员应具备测绘或地质相关专业背景，更换人员应提前七日书面报甲方同意。
2. 乙方人员进入修复项目现场应遵守安全管理规定，佩戴安全防护用品，雨季进入边坡区域须两人以上同行。因乙方人员违规造成的人身伤害由乙方自行承担。
3. 乙方应为现场作业人员购买意外伤害保险。

第十四条 合同的履行
本合同在服务期内持续有效。除不可抗力外，任何一方不得单方解除本合同；乙方履约存在问题的，按第六条考核扣款和第十二条承担违约责任。

第十五条 争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 其他
本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。磋商文件、响应文件和成交通知书为本合同的组成部分。服务期满时，乙方应向甲方或甲方指定的下一年度运维单位完整移交系统账号、运维文档、设备台账和备品备件清单，并配合完成交接，交接期不计费用。

甲方（盖章）：                  乙方（盖章）：
日期：                          日期：
"""

H912Z05 = """# 匠迹工序追踪软件销售及定制开发合同

**（匠迹软件标准合同文本 V3.0）**

合同编号：JJ-XS-2027-0115

甲方（买方）：某市兔儿爷工作室（个体工商户）

乙方（卖方）：某市匠迹软件有限公司

甲方向乙方购买匠迹工序追踪软件使用许可，并委托乙方进行定制开发。为明确双方权利义务，经协商一致，签订本合同。

## 第一条 产品及服务内容

1.1 乙方向甲方提供匠迹工序追踪软件标准版（以下简称“软件”）的永久使用许可，授权用户数为十五个，可安装于甲方自有服务器。

1.2 乙方按甲方需求进行定制开发，内容包括：泥坯成型、阴干、素烧、彩绘、描金、包装六道工序的扫码报工；订单进度看板；手工艺人计件工资统计；客户定制订单的图样管理。

1.3 乙方负责软件安装部署、基础数据初始化及操作培训。

1.4 乙方提供一次集中操作培训，培训时长一天，培训对象为甲方管理人员及各工序组长，培训内容包括扫码报工、看板查看、计件统计和基础数据维护。超出上述范围的培训另行收费。

1.5 软件运行所需的服务器、操作系统、数据库、扫码枪、标签打印机及网络设备由甲方自行采购，不在本合同范围内。乙方可提供配置建议，但不对甲方自行采购设备的兼容性和性能承担责任。

## 第二条 合同金额

2.1 本合同总金额为人民币336,000元（含税），明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 工序追踪软件标准版使用许可 | 1套（十五用户） | 168,000 |
| 2 | 定制开发 | 1项 | 142,000 |
| 3 | 部署及培训 | 1项 | 26,000 |
| | 合计 | | 336,000 |

2.2 上述金额不包括第三方软件费用、甲方要求的现场驻场费用以及部署完成后新增功能的开发费用。乙方人员应甲方要求赴甲方现场提供服务的，差旅费用由甲方承担。

2.3 定制开发的功能范围以双方确认的需求确认单为准，需求确认单签署后甲方提出的变更，乙方有权另行收费。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总金额的65%，即218,400元。

3.2 软件部署完成后5个工作日内，甲方支付合同总金额的35%，即117,600元。

3.3 甲方逾期付款的，每逾期一日，应按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停开发、部署或技术支持，工期相应顺延。

## 第四条 交付

4.1 乙方在收到首期款且需求确认单签署后60个工作日内完成定制开发及部署，具体进度以乙方编制的项目计划为准。因甲方需求变更、资料提供不及时或配合不到位导致延期的，交付时间相应顺延。

4.2 乙方在开发过程中可向甲方演示阶段性成果，甲方应在收到演示通知后2个工作日内提出修改意见，逾期未提出的，视为甲方认可该阶段成果。

4.3 甲方应提供符合乙方要求的服务器、网络环境和扫码设备，并指定专人配合乙方工作。甲方指定的联系人签字确认的文件，视为甲方的正式意见。

## 第五条 验收

5.1 软件部署完成后，乙方通知甲方验收。甲方应在收到通知后3个工作日内完成验收。

5.2 甲方应在乙方提供的验收单上签字确认。

5.3 软件安装部署完成即视为验收合格。甲方未在前款期限内提出书面异议的，或甲方已开始使用软件的，亦视为验收合格。

## 第六条 知识产权

6.1 软件及其相关文档的知识产权归乙方所有。

6.2 乙方为甲方定制开发的功能模块、程序代码、数据库设计及相关文档，知识产权均归乙方所有，乙方有权将其用于其他客户。甲方仅在本合同约定范围内享有非独占的使用权，不得自行或委托第三方修改、反编译，不得转让或许可他人使用。

## 第七条 技术支持与维护

7.1 自软件部署完成之日起六个月为免费维护期。免费维护期内，乙方通过电话、微信或远程方式为甲方提供技术支持，解答使用问题，修复软件缺陷。

7.2 免费维护期满后，甲方如需继续获得技术支持和升级服务，应与乙方签订维护服务协议，维护费按乙方当年公布的服务价格标准执行。

7.3 免费维护期内，乙方发布的标准版小版本更新可免费提供给甲方；大版本升级及定制功能的适配，按乙方届时报价另行收费。乙方有权根据产品规划停止对旧版本的支持。

7.4 因甲方操作不当、擅自修改配置、服务器或网络故障、病毒感染等原因造成的问题，不属于免费维护范围，乙方可另行收费。

## 第八条 数据

8.1 甲方在软件中录入和产生的订单、工序、计件及客户资料等数据归甲方所有，乙方仅为提供技术支持的目的接触，不得用于其他用途。

8.2 乙方远程维护须经甲方同意，并对其接触的甲方数据采取必要的保护措施，防止数据泄露、毁损或丢失；因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方，协助恢复，并赔偿由此给甲方造成的直接损失。

8.3 甲方应自行做好数据备份。乙方可为甲方提供数据备份方案建议，但备份的执行和备份介质的保管由甲方负责。

## 第九条 保密

双方对在合作中知悉的对方商业秘密、技术资料和客户信息负有保密义务，未经对方书面同意，不得向第三方披露。本条在合同终止后两年内有效。乙方有权将甲方名称及项目作为成功案例在其宣传资料中展示。

## 第十条 责任限制

10.1 乙方对本合同项下的全部赔偿责任，累计不超过本合同总金额的20%。

10.2 乙方不对甲方的间接损失、利润损失、商誉损失、数据恢复费用及停工损失承担责任。

10.3 因不可抗力、第三方软件或硬件故障造成的损失，乙方不承担责任。

## 第十一条 合同解除

一方严重违约，经对方书面催告后30日内仍未改正的，守约方有权书面通知解除本合同。甲方解除合同的，乙方已完成的定制开发工作量按实际发生结算，已收取的款项不予退还。乙方解除合同的，甲方应在解除通知送达后10日内付清已完成工作的全部费用。合同解除后，甲方应停止使用定制开发的功能模块。

## 第十二条 甲方义务

12.1 甲方应按乙方要求准时提供工序流程说明、产品编码规则、计件单价表及历史订单资料，并对资料的真实性和完整性负责。

12.2 甲方应妥善保管软件授权文件和管理员账号，不得将软件安装于授权范围以外的计算机，不得超出授权用户数使用。甲方超出授权范围使用的，乙方有权按标准价格收取费用并追究责任。

12.3 甲方应安排相对固定的人员参加培训，并负责对其后续新入职员工进行内部培训。

## 第十三条 不可抗力

因地震、火灾、疫情、政府行为、网络运营商故障等不可抗力导致合同不能按期履行的，受影响的一方不承担违约责任，但应及时通知对方。

## 第十四条 争议解决

因本合同发生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同为乙方标准合同文本，双方另有约定的，以补充协议为准。

15.3 本合同附件包括：需求确认单、报价单、软件授权书。附件与本合同具有同等效力，附件与本合同正文不一致的，以本合同正文为准。

甲方（签章）：　　　　　　　　乙方（签章）：

签订日期：　　　　　　　　　　签订日期：
"""

H912E01 = """T:Software Licence and Services Agreement
P:Agreement No. QL-CN-2027-009
P:This Software Licence and Services Agreement (the "Agreement") is made between Changzhou Hengrun Packaging Machinery Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Changzhou, Jiangsu Province (the "Buyer"), and Qualitis Logiciels SAS, a French simplified joint-stock company with its registered office at Rue Sérurier, 02000 Laon, France (the "Vendor").
P:The Buyer manufactures packaging machinery and wishes to replace its paper-based quality records with the Vendor's quality management software, configured for its plants and connected to its ERP and manufacturing execution systems. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's QualiTrace quality management suite, version 8, in object code, including its modules for incoming inspection, non-conformance and corrective action, calibration, supplier quality and document control, and all updates supplied under this Agreement.
P:1.2 "Services" means the implementation, interface development, data migration and training services described in Article 3 and Annex A.
P:1.3 "Custom Deliverables" means the interfaces, configurations, report templates, scripts and related documentation developed by the Vendor specifically for the Buyer under this Agreement.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 6.3 that the Software and the Services meet the acceptance criteria.
P:1.5 "Buyer Data" means all data entered into, processed by or generated by the Software on behalf of the Buyer, including inspection results, supplier records, product drawings and personal information of the Buyer's employees.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software for the internal business purposes of the Buyer and its affiliates in mainland China, for up to 180 named users and two production sites, on servers owned or controlled by the Buyer.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery. Additional users may be purchased at the unit price stated in Annex B, which shall remain fixed for three years from the date of this Agreement.
P:2.3 The Software remains the property of the Vendor and its licensors. Nothing in this Agreement transfers ownership of the Software to the Buyer.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software, develop interfaces to the Buyer's ERP system and manufacturing execution system, migrate the Buyer's open non-conformance records, calibration records and approved supplier list, and train the Buyer's key users and administrators, all as described in Annex A.
P:3.2 The Vendor shall appoint a project manager who speaks Chinese and is available on site in Changzhou during the configuration and go-live phases. The Vendor shall not replace the project manager without the Buyer's consent, which shall not be unreasonably withheld.
P:3.3 The Vendor shall complete the Services so that the Software goes live within 120 days and Final Acceptance is reached within 180 days after the date of this Agreement.
H:Article 4 Price
P:4.1 The total price of this Agreement is CNY 1,868,000 (the "Contract Price"), inclusive of all taxes payable in the People's Republic of China, composed as follows: Software licence fee CNY 1,180,000; implementation and configuration CNY 436,000; interface development CNY 214,000; training CNY 38,000.
P:4.2 The Contract Price is fixed. Travel and living expenses of the Vendor's personnel are included.
H:Article 5 Payment
P:5.1 The Buyer shall pay 20% of the Contract Price (CNY 373,600) within 30 days after signature of this Agreement and receipt of an advance payment guarantee in the same amount issued by a bank acceptable to the Buyer.
P:5.2 The Buyer shall pay 45% of the Contract Price (CNY 840,600) within 30 days after go-live of the Software in both production sites. Go-live is not acceptance.
P:5.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 653,800) within 30 days after Final Acceptance.
P:5.4 Each payment is subject to receipt of a valid invoice (fapiao). Payments shall be made in CNY to the Vendor's account designated in writing.
H:Article 6 Acceptance
P:6.1 The Vendor shall submit a test plan for the Buyer's approval at least 20 days before go-live. The acceptance tests shall verify that: (a) every function listed in Annex A works as specified; (b) migrated records reconcile in number and content with the source records; (c) the ERP and MES interfaces run for ten consecutive working days without error; and (d) the Software responds within two seconds for standard queries with 150 concurrent users.
P:6.2 After go-live the Software shall run in production for 45 days without a Severity 1 incident before the Vendor may request Final Acceptance.
P:6.3 The Buyer shall confirm Final Acceptance in writing within ten working days after the criteria in Articles 6.1 and 6.2 are met, or shall state in writing the defects to be remedied. Use of the Software in production does not constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with their documentation for a warranty period of 24 months from Final Acceptance. During the warranty period the Vendor shall correct defects, supply updates and new versions, and provide support free of charge.
P:7.2 Severity 1 incidents (the Software is unavailable, or inspection or release of finished machines is blocked) shall be responded to within one hour and worked on continuously until a workaround is in place; Severity 2 incidents within two hours; Severity 3 incidents within one working day.
P:7.3 If the Vendor fails to meet a response time in Article 7.2, the Buyer may deduct CNY 1,000 for each hour of delay from any amount due to the Vendor.
P:7.4 After the warranty period, the Vendor shall provide annual support on the same terms at a fee of 11% of the Software licence fee per year (CNY 129,800), which shall not be increased for three years after the warranty period ends. Support is ordered by the Buyer year by year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Custom Deliverables, including their source code, belong to the Buyer upon payment. The Buyer may use, modify and license them freely, and the Vendor shall deliver their source code at Final Acceptance.
P:8.2 The Vendor shall indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 9 Data Protection and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement and shall not use it for any other purpose.
P:9.2 The Vendor shall access the Buyer's systems only through the remote access channel approved by the Buyer for each session, shall not copy Buyer Data outside the Buyer's systems, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:9.3 The Vendor shall notify the Buyer of any security incident affecting Buyer Data within 24 hours, cooperate in remedying it, and compensate the Buyer for losses caused by the Vendor's breach of this Article.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Agreement and shall use it only to perform this Agreement. This obligation survives for five years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to reach go-live or Final Acceptance by the dates in Article 3.3 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price, except for liability for personal injury, wilful misconduct, breach of Articles 9 and 10, and the indemnity in Article 8.2.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the Services without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:13.2 If the Buyer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid, against return of the Software.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of France.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled under the Rules of Arbitration of the International Chamber of Commerce by three arbitrators. The seat of arbitration is Paris and the language of the arbitration is English.
H:Article 15 General
P:15.1 Neither party is liable for a delay caused by force majeure, provided that it notifies the other party promptly and takes reasonable steps to limit the effects. If force majeure lasts more than 60 days, either party may terminate the affected part of this Agreement by written notice.
P:15.2 This Agreement, with its Annexes, is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.
P:15.3 This Agreement is made in English in two originals, one for each party, and enters into force on signature by both parties.
P:Annex A: Scope of Services and functional specification. Annex B: Price schedule.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

H912E02 = """# ORDER FORM — FieldPilot Service Scheduling Platform

Order Form No. FP-OF-2027-0233

## PART A — ORDER DETAILS

### A1. Parties

**Provider:** FieldPilot SAS, 14 Rue du Collège, 02200 Soissons, France, acting through its Shanghai representative office for invoicing in China ("Provider").

**Customer:** Hangzhou Anshun Elevator Maintenance Co., Ltd., Binjiang District, Hangzhou, Zhejiang Province, People's Republic of China ("Customer").

This Order Form (Part A) and the General Terms (Part B) together form the agreement between the parties (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Subscribed Services

Provider will make available the FieldPilot platform, a cloud service for planning, dispatching and recording lift maintenance work, comprising: the web planner for Customer's dispatch and supervisory staff; the mobile technician application for Android and iOS; the customer portal through which building managers can report faults; and the standard interface to Customer's ERP system for work orders, spare parts and invoicing.

### A3. Subscription Term

The Subscription Term starts on the Service Start Date, being the date on which Customer confirms Onboarding Acceptance under A5, and lasts for two Subscription Years. Each Subscription Year is the period of one year starting on the Service Start Date or on its anniversary. At the end of the Subscription Term, the Agreement renews in accordance with Section 9 of Part B.

### A4. Fees

| Item | Quantity | Unit price (CNY) | Annual amount (CNY) | Total for the Subscription Term (CNY) |
|---|---|---|---|---|
| Planner users (named) | 120 | 1,650 per user per year | 198,000 | 396,000 |
| Mobile technician users (named) | 260 | 540 per user per year | 140,400 | 280,800 |
| Subscription fees, per Subscription Year | | | 338,400 | 676,800 |
| Onboarding services (one-time) | 1 | 64,000 | — | 64,000 |
| **Total Contract Value** | | | | **740,800** |

All fees include VAT at the applicable rate. SMS notifications above the monthly allowance of 20,000 messages are charged at CNY 0.06 per message and are not included in the Total Contract Value.

### A5. Onboarding

Provider will configure the platform for Customer's 14 branch offices, import Customer's lift register (about 9,600 lifts), maintenance plans and technician list, connect the ERP interface, and train Customer's dispatchers and technicians. Onboarding Acceptance requires that: (a) all lifts and maintenance plans are imported and reconciled with Customer's register; (b) work orders flow both ways between the platform and the ERP system for ten consecutive working days without error; (c) the mobile application works offline and synchronises correctly in a test on two branch sites; and (d) 50 dispatchers and 200 technicians have completed training. Provider will complete Onboarding within 75 days after signature of this Order Form. If Onboarding Acceptance is delayed beyond that date for reasons attributable to Provider, Provider shall pay CNY 600 for each day of delay.

### A6. Invoicing and Payment

The onboarding fee is invoiced after Onboarding Acceptance. The subscription fees for each Subscription Year are invoiced at the beginning of that Subscription Year. Customer pays each invoice within 30 days after receipt of a valid fapiao. No amount is payable before Onboarding Acceptance.

Signed for Provider: ____________________  Signed for Customer: ____________________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, including personal information, submitted to the platform by or for Customer, its employees, technicians and building managers, and all records generated from it, such as work orders, inspection results, photographs and signatures.

1.2 "Customer Configurations" means the workflows, forms, checklists, report templates and interface mappings that Provider configures or develops for Customer.

1.3 "Service Levels" means the commitments in Section 4.

1.4 "Business hours" means 08:30 to 18:00 China Standard Time on working days in mainland China.

### 2. Use of the Service

2.1 Provider grants Customer and its authorised users a non-exclusive, non-transferable right to use the platform during the Subscription Term for Customer's internal business.

2.2 Customer is responsible for its users' credentials and for the accuracy of the Customer Data it submits. Customer shall not use the platform to store unlawful content or attempt to break its security.

### 3. Customer Data

3.1 Customer Data belongs to Customer. Provider uses Customer Data only to provide the service to Customer under this Agreement and for no other purpose.

3.2 Customer Data is hosted in data centres located in mainland China operated by Provider's hosting partner, which holds an MLPS level 3 record. Provider shall not transfer Customer Data outside mainland China.

3.3 Provider shall protect Customer Data with encryption in transit and at rest, role-based access, multi-factor authentication for administrative access, logging of administrative actions and daily backups kept for 35 days. Provider shall notify Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, take immediate steps to contain it, and be responsible for losses caused by its failure to comply with this Section.

3.4 Within 30 days after the end of the Agreement, Provider shall return all Customer Data in a standard format and then delete it, and confirm the deletion in writing.

### 4. Service Levels

4.1 Provider will make the platform available at least 99.5% of the time in each calendar month, excluding planned maintenance announced five days in advance and performed between 23:00 and 05:00 China Standard Time.

4.2 Priority 1 incidents (the platform or the mobile application cannot be used by Customer's dispatchers or technicians) are responded to within one hour, at any time. Priority 2 incidents are responded to within three business hours.

4.3 If monthly availability falls below the commitment in Section 4.1, Customer receives a service credit of 5% of the monthly share of the subscription fees for each full 0.5 percentage point of shortfall. If a Priority 1 response is late, Customer receives a credit of CNY 800 per late incident. Credits are deducted from the next invoice.

4.4 Provider provides support in Chinese and English through its service desk by telephone, email and the support portal. Customer may name up to ten key users who may raise incidents. Provider will report monthly on availability, incidents and credits.

4.5 Provider may suspend access only if Customer fails to pay undisputed fees more than 45 days after a written reminder, and must give ten days' notice before doing so. Provider shall not delete Customer Data during a suspension.

### 5. Intellectual Property

5.1 Provider owns the platform and all its software. No rights are granted except as expressly stated.

5.2 Customer Configurations belong to Customer. Customer may use, copy, modify and have third parties use them, including after the end of the Agreement.

### 6. Confidentiality

Each party shall keep the other party's confidential information secret, use it only for the Agreement, and disclose it only to employees and advisers who need to know it and are bound by similar duties. This Section continues for three years after the end of the Agreement.

### 7. Liability

7.1 Neither party is liable for indirect or consequential loss, or for loss of profit.

7.2 Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the fees paid by Customer under this Agreement in the six months preceding the event giving rise to the claim.

7.3 The limitation in Section 7.2 does not apply to personal injury caused by negligence or to wilful misconduct.

### 8. Subcontractors

Provider may use its hosting partner named in Section 3.2. Any other subcontractor or sub-processor requires Customer's prior written consent. Provider remains responsible for the acts of its subcontractors.

### 9. Renewal and Fees for Renewal Terms

9.1 At the end of the Subscription Term, the Agreement renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

9.2 Provider may increase the fees for any renewal term by up to 9% over the fees of the preceding Subscription Year by notice to Customer at least 75 days before the renewal date. The increased fees apply to the renewal term without further agreement.

### 10. Termination

10.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice describing the breach.

10.2 If Customer terminates under Section 10.1, Provider refunds any prepaid fees for the period after termination.

### 11. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The arbitral award is final and binding on both parties.

### 12. General

12.1 Notices must be in writing and sent to the addresses in Part A.

12.2 Neither party may assign this Agreement without the other party's written consent, except to a successor of its whole business.

12.3 This Agreement is made in English and Chinese. Both versions have equal force.
"""

H912E03 = """T:Supply Contract for Condition Monitoring Sensors and Software
P:Contract No. DGPM-EQ-2027-031
P:Buyer: Dongguan Lianhe Paper Manufacturing Co., Ltd., Machong Town, Dongguan, Guangdong Province, People's Republic of China (the "Buyer").
P:Supplier: Vibrasens Industrie SARL, Avenue Blaise Pascal, 60000 Beauvais, France (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment purchases. The Buyer operates three paper machines and their drives, pumps and fans at its Machong mill and wishes to monitor their condition continuously. The Supplier will supply wireless sensors, gateways, edge servers and its monitoring software, install and commission them, configure analytics models, and train the Buyer's staff.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, edge servers and accessories listed in the price table in clause 3.1.
P:1.2 "Software" means the Supplier's VibraWatch condition monitoring software, including the edge and server components and the mobile alarm application.
P:1.3 "Custom Work" means the asset models, alarm rules, dashboards, interface to the Buyer's maintenance management system and other deliverables the Supplier prepares specifically for the Buyer.
P:1.4 "Final Acceptance" means acceptance under clause 6.3.
H:2. Scope
P:2.1 The Supplier shall deliver the Equipment to the Machong mill, install the sensors on 420 measuring points, set up the wireless network and gateways, install the Software on the edge servers in the Buyer's server room, configure asset models and alarm rules for every monitored machine, build the interface to the Buyer's maintenance management system, and train the Buyer's maintenance engineers and operators.
P:2.2 Installation work in the machine halls shall be carried out during the planned shutdowns notified by the Buyer. The Supplier shall follow the Buyer's site safety rules, including permits for work at height and near rotating equipment.
H:3. Price
P:3.1 The Contract Price is CNY 2,302,000, including VAT, duties, delivery to site, insurance and all travel costs, as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensors|420|2,150|903,000
TB:2|Industrial wireless gateways|36|9,800|352,800
TB:3|Edge servers|2|86,500|173,000
TB:4|VibraWatch software perpetual licence (site)|1|468,000|468,000
TB:Subtotal hardware and licence||||1,896,800
TB:5|Installation and commissioning|1|226,000|226,000
TB:6|Analytics model configuration and interface|1|148,000|148,000
TB:7|Training|1|31,200|31,200
TB:Contract Price||||2,302,000
P:3.2 The Contract Price is fixed and is not subject to adjustment for exchange rates or any other reason. Additional sensors ordered by the Buyer within three years after Final Acceptance shall be supplied at the unit prices in the table above, including installation by the Buyer's own staff following the Supplier's mounting guide, and shall be covered by the warranty in clause 7.1 from their delivery.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 230,200) within 30 days after signature, against an advance payment guarantee of the same amount from a bank in mainland China.
P:4.2 55% of the Contract Price (CNY 1,266,100) within 30 days after delivery and installation of all Equipment, confirmed by a signed installation certificate. The installation certificate records quantities only and is not acceptance.
P:4.3 35% of the Contract Price (CNY 805,700) within 30 days after Final Acceptance.
P:4.4 Each payment requires a valid VAT invoice. The Buyer may set off against any payment the delay damages and deductions due under this Contract.
H:5. Delivery
P:5.1 The Supplier shall deliver all Equipment within 70 days after signature and complete installation within 40 days after delivery, subject to the Buyer's shutdown schedule.
P:5.2 If the Supplier misses a date in clause 5.1 or the date for Final Acceptance in clause 6.4, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:5.3 The Equipment shall be new, of current manufacture, rated for the humidity and temperature of the machine halls, and certified for use in China where certification is required. The Supplier shall deliver a packing list, certificates of origin and quality, and installation drawings with each shipment.
P:5.4 Training shall be given at the mill in Chinese, in two sessions for maintenance engineers and one session for operators and shift leaders, and shall cover sensor mounting, battery replacement, alarm handling, trend analysis and administration of the Software. The Supplier shall provide training materials in Chinese.
H:6. Acceptance
P:6.1 After installation, the Supplier shall carry out commissioning tests agreed in advance with the Buyer, showing that every sensor reports vibration and temperature at the agreed interval, that gateway packet loss is below 0.5% over seven days, and that alarms reach the mobile application within 60 seconds.
P:6.2 The system shall then operate for 60 days. During this period the data of at least 98% of the measuring points shall be complete, the interface shall create work orders in the maintenance management system correctly, and no Severity 1 incident shall remain unresolved.
P:6.3 When the criteria in clauses 6.1 and 6.2 are met and the Supplier has delivered the as-built documents and user manuals, the Buyer shall issue a Final Acceptance certificate within ten working days or state in writing the reasons for refusal. Installation, use or payment do not constitute acceptance.
P:6.4 Final Acceptance shall be reached within 150 days after signature.
H:7. Warranty and Support
P:7.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, correct Software defects and provide new Software versions, all free of charge, with replacement sensors shipped from its stock in Shenzhen.
P:7.2 The Supplier shall make the monitoring server available at least 99.95% of the time in each month during the warranty period, excluding planned maintenance agreed with the Buyer.
P:7.3 Incidents are handled as follows:
TB:Severity|Definition|Response time|Restoration target
TB:Severity 1|Monitoring of a paper machine lost, or alarms not delivered|30 minutes|8 hours
TB:Severity 2|Part of the data missing or a gateway offline|2 hours|2 working days
TB:Severity 3|Questions, minor defects|1 working day|Next release
P:7.4 For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay CNY 1,200, and for each 0.01 percentage point of monthly availability below the commitment in clause 7.2, CNY 1,500.
P:7.5 After the warranty period, the Supplier shall provide annual support at 7.5% of the hardware and licence subtotal per year (CNY 142,260). This fee is fixed for the first three years after the warranty period. Support is ordered year by year by the Buyer and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Custom Work belongs to the Buyer. The Buyer may use, modify and license it to others without restriction, and the Supplier shall hand over all models, rules and interface code at Final Acceptance.
P:8.2 The Software remains the property of the Supplier. The Buyer has a perpetual licence to use it at the Machong mill.
H:9. Data
P:9.1 All measurement data, alarms, asset records and reports belong to the Buyer. The Supplier may use them only to perform this Contract.
P:9.2 The Supplier shall keep the system within the Buyer's network, shall access it remotely only with the Buyer's approval for each session through the Buyer's VPN, shall not copy data outside the Buyer's systems, and shall follow the Buyer's information security rules.
P:9.3 The Supplier shall report any security incident within six hours after discovering it, help the Buyer to contain it, and compensate the Buyer for losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's technical and commercial information received under this Contract, including production data, machine layouts and prices, and shall not disclose it without prior written consent.
P:10.2 This obligation continues for five years after the end of this Contract.
H:11. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:13. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the delay damages reach their maximum.
H:14. Force Majeure
P:A party affected by force majeure shall notify the other party promptly and take reasonable steps to limit its effects. The dates in this Contract are extended by the period of the force majeure. If it lasts more than 60 days, either party may terminate the unperformed part of this Contract by written notice.
H:15. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H912E04 = """# Managed IT Services Agreement

**Agreement No.** TJ-MSA-2027-004

**Between**

**Tianjin Hualian Auto Parts Co., Ltd.**, Xiqing Economic and Technological Development Area, Tianjin, People's Republic of China ("Customer"); and

**Normandie Infogérance SAS**, 9 Rue de la Harpe, 27000 Évreux, France ("Provider").

**Background.** Customer makes brake and suspension components in four plants in Tianjin and Langfang. It wishes to outsource the operation of its local and wide area network, end-user devices and service desk to Provider for 36 months. Provider has a subsidiary in Tianjin that will perform the on-site work.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels described in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Transition" means the takeover of the Services from Customer's internal team and current provider, described in Schedule 1, Part A.

1.5 "Customer Data" means all data of Customer, its employees, customers and suppliers that Provider can access when performing the Services.

1.6 "Service Start Date" means the date on which Customer confirms Transition Acceptance under Section 4.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Start Date.

2.2 This Agreement ends at the end of the 36 months. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## 3. Services

3.1 Provider shall perform the Services in accordance with Schedule 1, with the skill and care of a competent provider of managed IT services, and in accordance with Customer's site rules.

3.2 Provider shall staff a service desk in Tianjin that answers in Chinese, and keep at least two engineers on site at the Xiqing plant and one engineer at each of the other plants during production shifts.

3.3 Provider shall keep the configuration management database, network diagrams, passwords vault and operating procedures up to date and accessible to Customer at all times.

3.4 Provider shall keep a stock of spare switches, access points and shop-floor terminals at the Xiqing plant sufficient to replace any failed unit within the restoration times in Schedule 2. Customer owns the spare stock, which is purchased at Customer's cost with Customer's approval.

## 4. Transition

4.1 Provider shall complete Transition within 90 days after signature.

4.2 Transition Acceptance requires that: (a) all network devices, servers and end-user devices in scope are recorded in the configuration management database and reconciled with Customer's asset list; (b) monitoring covers every device in scope and alerts reach the service desk; (c) Provider has run the service desk in parallel with Customer's team for 20 working days and handled at least 95% of tickets within the Service Levels; and (d) the operating procedures in Schedule 1, Part A have been approved by Customer.

4.3 Customer shall confirm Transition Acceptance in writing within ten working days after Provider shows that the criteria are met, or state the shortcomings.

4.4 If Transition Acceptance is delayed beyond the date in Section 4.1 for reasons attributable to Provider, Provider shall pay CNY 2,000 for each day of delay.

## 5. Service Levels

5.1 Provider shall meet the Service Levels in Schedule 2 and report on them monthly.

5.2 The Service Levels are targets. A failure to meet them does not entitle Customer to any service credit, deduction or other payment. If a Service Level is missed in two consecutive months, Provider shall prepare an improvement plan and present it at the next monthly service review.

## 6. Charges and Payment

6.1 Customer shall pay the Charges in Schedule 3.

6.2 The Transition fee is payable within 30 days after Transition Acceptance. The monthly service charge is invoiced monthly in arrears and payable within 30 days after receipt of a valid fapiao.

6.3 The Charges are fixed for the whole term. They cover the devices and users listed in Schedule 1; additional devices are charged at the unit rates in Schedule 3.

6.4 Customer may withhold any part of an invoice that it disputes in good faith, by notifying Provider of the reasons before the due date. The parties shall resolve the dispute at the next monthly service review.

## 7. Governance and Change Control

7.1 The parties shall hold a monthly service review to discuss performance against the Service Levels, incidents, problems, planned changes and improvement proposals. Provider shall send a written service report at least three working days before each review.

7.2 Either party may propose a change to the Services. Provider shall state the effect of the change on the Charges and the Service Levels within ten working days. No change is binding until both parties sign a written change order.

7.3 Provider shall carry out changes to Customer's production network only within the change windows approved by Customer, and shall prepare a rollback plan for every such change.

## 8. Customer Responsibilities

Customer shall give Provider's staff access to its sites and systems as needed for the Services, provide working space and network access for the on-site engineers, and inform Provider in good time of planned shutdowns, relocations and new production lines.

## 9. Customer Data

9.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer at the end of this Agreement.

## 10. Confidentiality

10.1 Each party shall keep confidential all information of the other party that it receives in connection with this Agreement, use it only for this Agreement, and disclose it only to its staff and subcontractors who need to know it.

10.2 This obligation continues for five years after the end of this Agreement.

## 11. Intellectual Property

11.1 Operating procedures, scripts, network documentation and reports prepared by Provider for Customer belong to Customer, which may use and modify them freely and give them to a successor provider.

11.2 Provider's own tools remain Provider's property. Provider grants Customer a free licence to use any of them embedded in the deliverables.

## 12. Personnel and Subcontracting

12.1 Provider shall name a service delivery manager and shall not replace the manager without Customer's consent.

12.2 Provider shall not subcontract any part of the Services without Customer's prior written consent, except to its Tianjin subsidiary named in the Background, for which Customer gives its consent by signing this Agreement.

## 13. Liability

13.1 Each party's total liability under this Agreement is limited to 150% of the total Charges for the term, as stated in Schedule 3.

13.2 The limit does not apply to personal injury, wilful misconduct or breach of Section 10.

## 14. Termination

14.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice.

14.2 On any termination or expiry, Provider shall provide exit assistance for up to 90 days at the rates in Schedule 3 so that the Services can be transferred to Customer or a successor provider without interruption.

## 15. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.

Signed for Customer: ____________________  Signed for Provider: ____________________

## Schedule 1 — Services

**Part A — Transition**

| Activity | Description | Deliverable |
|---|---|---|
| Discovery | Inventory of all devices, licences and open tickets at the four plants | Reconciled asset list |
| Knowledge transfer | Shadowing of Customer's team and current provider | Operating procedures |
| Tooling | Monitoring, ticketing and remote management set-up | Working monitoring for all devices |
| Parallel run | Service desk run alongside Customer's team | Ticket report for 20 working days |

**Part B — Ongoing Services**

| Service | Scope | Hours |
|---|---|---|
| Service desk | About 1,450 users, telephone, email and portal | 07:00–23:00 every day |
| Network operations | 4 plant LANs, 310 switches, 160 access points, firewalls, SD-WAN links | Monitoring 24 × 7 |
| End-user devices | About 1,380 PCs and 220 shop-floor terminals, imaging, patching, replacement | Plant shift hours |
| Server operations | 46 virtual servers in Customer's data room, backup checks | Monitoring 24 × 7 |
| Vendor management | Carriers, hardware warranty claims | Business hours |

## Schedule 2 — Service Levels

| Priority | Example | Response | Restoration |
|---|---|---|---|
| P1 | Plant network or production line terminals down | 15 minutes | 6 hours |
| P2 | Single department or critical user affected | 1 hour | 1 business day |
| P3 | Single user affected, workaround available | 8 business hours | 3 business days |
| Core network availability | Core switches and firewalls of each plant, per month | 99.95% | — |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time | 142,000 |
| Monthly service charge | 86,500 per month × 36 months | 3,114,000 |
| **Total Charges for the term** | | **3,256,000** |
| Additional end-user device | Per device per month | 38 |
| Additional network device | Per device per month | 65 |
| Exit assistance | Per engineer day | 2,600 |
"""

H912E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. LX-DAS-2027-17

PARTIES

This Agreement is made between:

(1) Pays d'Auge Market Intelligence SAS, 6 Boulevard Sainte-Anne, 14100 Lisieux, France ("Provider"); and

(2) Qingdao Haiyue Food Import and Export Co., Ltd., Shinan District, Qingdao, Shandong Province, People's Republic of China ("Customer").

BACKGROUND

Provider collects and publishes prices, volumes and trade flows for dairy products, including butter, cheese, milk powders and whey, from European and Oceanian markets, together with forecasts prepared by its analysts. Customer imports dairy ingredients into China and wishes to receive this data through an application programming interface ("API") and a web dashboard, and to have the data connected to its purchasing and risk systems.

1. DEFINITIONS

1.1 "Data" means the price series, trade statistics, forecasts and commentary that Provider makes available under this Agreement.

1.2 "Subscription Year" means each of the two consecutive periods of one year, the first starting on the Go-Live Date.

1.3 "Go-Live Date" means the date on which Customer confirms acceptance of the onboarding under clause 5.

1.4 "Customer Data" means all information that Customer uploads or that is generated by Customer's use of the service, including its purchase volumes, contract prices, saved queries, watch lists and user account details.

1.5 "Custom Deliverables" means the dashboards, data mappings and connector code built by Provider for Customer under clause 4.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the two Subscription Years, a non-exclusive, non-transferable licence to access the Data through the API and the dashboard, to store the Data in its own systems, and to use the Data in its internal purchasing, pricing and risk management, including in reports shared with its directors, auditors and banks.

2.2 The subscription covers 25 named dashboard users and up to 400,000 API calls per month. Provider will notify Customer when usage reaches 80% of the monthly allowance. Calls above the allowance are charged at CNY 0.08 per call and are not part of the Total Fees.

2.3 Customer shall not resell the Data or publish it in a form that makes it available to third parties as a substitute for Provider's service.

3. FEES AND PAYMENT

3.1 The fees under this Agreement are:
   (a) subscription fee: CNY 472,000 per Subscription Year, CNY 944,000 for both Subscription Years;
   (b) onboarding fee, one-time: CNY 78,000.
The Total Fees are CNY 1,022,000, including VAT.

3.2 Provider shall invoice the onboarding fee and the subscription fee for the first Subscription Year on the date of signature of this Agreement. Customer shall pay that invoice within 15 days after receipt of a valid fapiao, before onboarding begins.

3.3 Provider shall invoice the subscription fee for the second Subscription Year at the start of that Subscription Year, payable within 30 days.

3.4 Fees are fixed for both Subscription Years.

4. ONBOARDING

4.1 Provider shall: (a) issue API credentials and a sandbox within five working days after receipt of the first payment; (b) build connectors that load the Data daily into Customer's purchasing system and its market risk database; (c) build three dashboards for butter, whole milk powder and skim milk powder with Customer's own purchase prices plotted against market prices; and (d) train Customer's buyers and analysts.

4.2 Provider shall complete onboarding within 60 days after receipt of the first payment.

5. ACCEPTANCE

5.1 Customer shall test the onboarding deliverables. Acceptance requires that: (a) the connectors load the full daily Data set without manual work for ten consecutive working days; (b) the loaded values match the values in Provider's dashboard for a sample of 200 series chosen by Customer; (c) the three dashboards display correctly in Chinese and English; and (d) training has been given to all named users.

5.2 Customer shall confirm acceptance in writing within seven working days after Provider shows that the criteria are met, or state the defects. Provider shall correct the defects and the test shall be repeated.

5.3 If onboarding is not accepted by the date in clause 4.2 for reasons attributable to Provider, Provider shall pay delay damages of 0.07% of the Total Fees for each day of delay, up to 6% of the Total Fees.

6. SERVICE LEVELS

6.1 Provider shall make the API and the dashboard available at least 99.95% of each calendar month, excluding maintenance announced three days in advance and performed at weekends.

6.2 Daily Data shall be published by 09:00 China Standard Time on each business day.

6.3 Priority 1 incidents (API or dashboard not available, or daily Data not published) shall be responded to within one hour and resolved as quickly as possible. Other incidents shall be responded to within one business day.

6.4 For each 0.1 percentage point of monthly availability below the commitment, and for each business day on which daily Data is published more than three hours late, Customer receives a credit of 2% of the monthly share of the subscription fee, up to half of that monthly share in any month. Credits are set off against the next invoice or refunded at the end of the Agreement.

6.5 Provider shall provide a support desk in English and Chinese by email and telephone during business hours in China, and shall give Customer at least 60 days' notice of any change to the API that is not backward compatible, with a test version made available during that period.

7. INTELLECTUAL PROPERTY

7.1 Provider owns the Data and its database. Except for the licence in clause 2, no rights in the Data pass to Customer.

7.2 The Custom Deliverables belong to Customer. Customer may use, modify and license them freely, including with a successor data provider. Provider shall deliver the connector source code at acceptance.

8. CUSTOMER DATA AND SECURITY

8.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the service to Customer and shall not combine it with the Data offered to other customers or use it for any analysis of its own.

8.2 Provider shall host Customer Data in a data centre in mainland China or, for dashboard account details only, in the European Union with Customer's prior written approval and in compliance with PRC cross-border data rules.

8.3 Provider shall apply encryption in transit and at rest, multi-factor authentication for users and administrators, access on a need-to-know basis, logging and regular vulnerability testing. Provider shall notify Customer of any security incident affecting Customer Data within 24 hours, take immediate measures to contain it, and compensate Customer for losses caused by Provider's breach of this clause.

8.4 At the end of this Agreement Provider shall return Customer Data to Customer and delete it within 30 days, and confirm the deletion in writing.

9. WARRANTIES

9.1 Provider warrants that it has the rights needed to license the Data, that the Data is compiled with reasonable care from the sources described in its methodology documents, and that the service will materially conform to its documentation.

9.2 Forecasts and commentary are opinions. Customer remains responsible for its purchasing decisions.

10. LIABILITY

10.1 Neither party is liable for indirect losses or loss of profit, except in case of wilful misconduct.

10.2 Each party's total liability under this Agreement shall not exceed twice the Total Fees. This limit does not apply to personal injury, wilful misconduct or breach of clause 8.

11. SUBCONTRACTING

Provider shall not subcontract the onboarding work or the hosting of Customer Data without Customer's prior written consent. Provider remains liable for any subcontractor.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any new subscription requires a new written agreement.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. If Customer terminates for Provider's breach, Provider shall refund the fees paid for the period after termination and the onboarding fee if onboarding has not been accepted.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules in force at the time. The language of the arbitration is English.

14. FORCE MAJEURE

Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war, government action or a general failure of public telecommunications networks, provided that it notifies the other party promptly and resumes performance as soon as possible. Force majeure does not excuse Customer's obligation to pay fees for services already received. If force majeure prevents the service for more than 30 consecutive days, either party may terminate this Agreement by written notice and Provider shall refund the fees paid for the period after termination.

15. GENERAL

15.1 Notices shall be in writing and sent by email with a copy by courier to the addresses above.

15.2 This Agreement is made in English in two originals. Amendments must be in writing and signed by both parties.

Signed for Provider: ______________________

Signed for Customer: ______________________
"""

# ---------------------------------------------------------------------------------------------------------------
# targets: key -> (file name, format)
TARGETS = {
    "h912z01": ("h912z01_farm_machinery_subsidy_platform.pdf", "pdf"),
    "h912z02": ("h912z02_pet_bed_factory_line_control_retrofit.docx", "docx"),
    "h912z03": ("h912z03_bartending_school_booking_membership_saas.txt", "txt"),
    "h912z04": ("h912z04_abandoned_mine_restoration_monitoring_om.txt", "txt"),
    "h912z05": ("h912z05_clay_figurine_studio_process_tracking_supplier_template.md", "md"),
    "h912e01": ("h912e01_qms_perpetual_licence_laon_vendor.pdf", "pdf"),
    "h912e02": ("h912e02_field_service_saas_order_form_soissons_vendor.md", "md"),
    "h912e03": ("h912e03_paper_mill_condition_monitoring_sensors_beauvais.docx", "docx"),
    "h912e04": ("h912e04_auto_parts_managed_it_services_evreux.md", "md"),
    "h912e05": ("h912e05_dairy_market_data_api_subscription_lisieux.txt", "txt"),
}
SOURCES = {"h912z01": H912Z01, "h912z02": H912Z02, "h912z03": H912Z03, "h912z04": H912Z04, "h912z05": H912Z05,
           "h912e01": H912E01, "h912e02": H912E02, "h912e03": H912E03, "h912e04": H912E04, "h912e05": H912E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# a compliant baseline; each draft states what differs
BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
            data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
            liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
            warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
            termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
            contract_kind="service")

# key -> (language, category, terms, extra, fee base for TCO or None, forum outside mainland China, design rules)
DRAFTS = {
    "h912z01": ("zh", "software",
                dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
                     final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=9,
                     contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1514000),
                760000, False, []),
    "h912z02": ("zh", "hardware",
                dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, prepayment_pct=20,
                     final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=28,
                     subcontract_without_consent=True, contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1450000),
                1164000, False, ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "h912z03": ("zh", "cloud",
                dict(availability_pct=99.95, p1_response_hours=0.5, buyer_owns_data=False, ld_rate_per_day_pct=0.06,
                     auto_renewal_price_increase=True),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=910000),
                None, False, ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"]),
    "h912z04": ("zh", "services",
                dict(availability_pct=99.95, p1_response_hours=6, ld_rate_per_day_pct=0.02,
                     termination_for_breach=False),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=638000),
                None, False, ["CR-LD-LOW", "CR-SLA-RESPONSE", "CR-TERMINATION"]),
    "h912z05": ("zh", "software",
                dict(sla_remedy=False, ip_owner="supplier", liability_cap_pct=20, prepayment_pct=65,
                     acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
                     subcontract_without_consent=None, governing_law=None, contract_kind="goods_or_licence"),
                dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=False,
                     acceptance_deemed_on_delivery=True, contract_value=336000),
                168000, False, ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE",
                                "CR-WARRANTY"]),
    "h912e01": ("en", "software",
                dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=20,
                     final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=11,
                     governing_law="France", contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1868000),
                1180000, True, ["CR-GOVERNING-LAW"]),
    "h912e02": ("en", "cloud",
                dict(availability_pct=99.5, p1_response_hours=1, ld_rate_per_day_pct=600 / 740800 * 100,
                     liability_cap_pct=6 / 24 * 100, auto_renewal_price_increase=True),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=740800),
                None, False, ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "h912e03": ("en", "hardware",
                dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
                     prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=36,
                     post_warranty_fee_pct=7.5, contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=2302000),
                1896800, False, []),
    "h912e04": ("en", "services",
                dict(availability_pct=99.95, p1_response_hours=0.25, sla_remedy=False, data_security_clause=False,
                     ld_rate_per_day_pct=2000 / 3256000 * 100, liability_cap_pct=150),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=3256000),
                None, False, ["CR-DATA-SECURITY", "CR-SLA-NO-REMEDY"]),
    "h912e05": ("en", "cloud",
                dict(availability_pct=99.95, p1_response_hours=1, confidentiality=False, ld_rate_per_day_pct=0.07,
                     liability_cap_pct=200, prepayment_pct=(78000 + 472000) / 1022000 * 100),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1022000),
                None, False, ["CR-CONFIDENTIALITY", "CR-PREPAYMENT"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy §3 thresholds (defaults) and the TCO horizon
T_AVAIL, T_P1, T_LD, T_CAP, T_PRE, T_WAR, T_PWF, T_TCO, HORIZON = 99.9, 4, 0.05, 100, 30, 12, 15, 40, 5


def tco_share(terms, extra, base):
    """Post-warranty fee share of TCO (policy §4), or None when not computable."""
    if terms["contract_kind"] != "goods_or_licence" or terms["post_warranty_fee_pct"] is None \
            or terms["warranty_months"] is None or not extra.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, HORIZON - terms["warranty_months"] / 12)
    fees = terms["post_warranty_fee_pct"] / 100 * base * years
    return fees / (extra["contract_value"] + fees) * 100


def derive_rules(terms, extra, base, forum_outside):
    """My reading of policy §3, applied to the labels."""
    t, r = terms, set()
    goods = t["contract_kind"] == "goods_or_licence"
    if not extra["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < T_AVAIL:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > T_P1:
        r.add("CR-SLA-RESPONSE")
    if extra["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not extra["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < T_LD:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < T_CAP:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > T_PRE:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < T_WAR):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not extra.get("post_warranty_fee_capped")
                  or t["post_warranty_fee_pct"] > T_PWF):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(t, extra, base) if goods else None
    if share is not None and share > T_TCO:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# threshold figures, as text: must never appear in a built file
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.,])4\s*-?\s*(?:business\s*|working\s*|clock\s*)?(?:h\b|hrs?\b|hours?|小时|个小时)",
    r"(?<![十\d])四\s*个?\s*小时", r"\bfour[\s-]*(?:\(4\)\s*)?(?:business\s*|working\s*)?hours?",
    r"(?<![\d.])0?\.050*(?!\d)", r"万分之五(?!十)", r"千分之零点五",
    r"(?<![\d.,])100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之一?百", r"one\s*hundred\s*per\s*cent",
    r"(?<![\d.,])30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九点])", r"thirty\s*per\s*cent", r"三成",
    r"(?<![\d.,])40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九点])", r"forty\s*per\s*cent", r"四成",
    r"(?<![\d.,])15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之十五(?![点])", r"fifteen\s*per\s*cent",
    r"(?<![\d.,])12\s*-?\s*(?:个)?\s*(?:calendar\s*)?(?:months?|月(?![\d一二三四五六七八九十]))", r"十二\s*个\s*月", r"twelve[\s-]*(?:\(12\)\s*)?(?:calendar\s*)?months?",
    r"一年质保|质保期为?一年|one[\s-]year\s*warranty",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4小时", "4 个小时", "四小时", "4 hours", "4-hour", "four hours", "4 business hours",
            "0.05%", "0.05 % per day", "万分之五", "100%", "100 %", "百分之百", "30%", "30 per cent", "百分之三十",
            "40 %", "百分之四十", "forty percent", "15%", "百分之十五", "12个月", "12 个月", "十二个月", "12 months",
            "12-month", "twelve months", "twelve (12) months", "质保期为一年"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "14 hours", "0.5%", "0.055", "100,000", "130%",
             "300%", "35%", "百分之三十五", "115%", "150%", "215%", "400,000", "45%", "412 months", "2 hours",
             "CNY 0.06", "2027年12月31日", "30 days", "40 days", "15 days", "1,150%", "12 hours x"]


def read_back(path, fmt):
    if fmt in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if fmt == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for key, (name, fmt) in TARGETS.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)
    write({k: SOURCES[k] for k, (n, f) in TARGETS.items() if f in ("docx", "pdf")},
          {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)


def main():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("regex misses", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("regex hits", s, THRESHOLD_RE.search(s))
    build()
    fired, report = set(), []
    for key, (name, fmt) in TARGETS.items():
        lang, cat, diff, extra, base, forum_outside, design = DRAFTS[key]
        terms = dict(BASE)
        terms.update(diff)
        terms = {k: terms[k] for k in TERM_KEYS}
        if terms["contract_kind"] == "service":
            assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in extra
        else:
            assert "post_warranty_fee_capped" in extra
        # no label value on a threshold
        for k, v, th in [("availability_pct", terms["availability_pct"], T_AVAIL),
                         ("p1_response_hours", terms["p1_response_hours"], T_P1),
                         ("ld_rate_per_day_pct", terms["ld_rate_per_day_pct"], T_LD),
                         ("liability_cap_pct", terms["liability_cap_pct"], T_CAP),
                         ("prepayment_pct", terms["prepayment_pct"], T_PRE),
                         ("warranty_months", terms["warranty_months"], T_WAR),
                         ("post_warranty_fee_pct", terms["post_warranty_fee_pct"], T_PWF)]:
            assert v is None or abs(v - th) > 1e-9, (key, k, v)
            for v2 in [x for x in terms.values() if isinstance(x, (int, float)) and not isinstance(x, bool)]:
                assert all(abs(v2 - t) > 1e-9 for t in (T_AVAIL, T_P1, T_LD, T_CAP, T_PRE, T_WAR, T_PWF, T_TCO)), \
                    (key, v2)
        share = tco_share(terms, extra, base) if base else None
        if share is not None:
            assert abs(share - T_TCO) > 2, (key, share)
        rules = derive_rules(terms, extra, base, forum_outside)
        assert rules == sorted(design), (key, rules, design)
        fired |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
                 "expected_rules": rules}
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False), encoding="utf-8")
        text = read_back(OUT / name, fmt)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = THRESHOLD_RE.search(variant)
            assert not m, (key, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        report.append((name, lang, n, rules, risk(rules), None if share is None else round(share, 2)))
    missing = [r for r in ALL_RULES if r not in fired]
    assert not missing, ("rules never fired", missing)
    compliant = [r for r in report if not r[3]]
    assert sorted(r[1] for r in compliant) == ["en", "zh"], compliant
    for r in report:
        print("%-72s %s %5d %-6s TCO %-6s %s" % (r[0], r[1], r[2], r[4], r[5], ", ".join(r[3]) or "(none)"))
    print("all checks passed; rules covered:", len(fired))


if __name__ == "__main__":
    main()
