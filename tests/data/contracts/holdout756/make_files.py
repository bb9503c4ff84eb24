"""holdout756: builds the ten blind held-out draft contracts from the sources below, writes their .json labels and
asserts the checks of the brief (lengths, thresholds, design rules, coverage). Run from this folder with
/work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H756Z01 = """
T:青岚市传统村落保护档案与巡查平台采购合同
P:合同编号：QLZJ-CTCL-2025-017
P:采购方式：公开招标（政府采购）  项目编号：QLCG-2025-0412
P:甲方（采购人）：青岚市住房和城乡建设局
P:乙方（供应商）：杭州栖木信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目招标文件、乙方投标文件及中标通知书，甲乙双方就青岚市传统村落保护档案与巡查平台（以下简称“平台”）的软件许可、定制开发、档案建库及实施服务，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供“栖木村落保护管理平台V3.0”的永久使用许可，不限用户数，部署于青岚市政务云，并在此基础上定制开发村落档案库、巡查移动端、风貌变化预警和审批联动四个模块。
P:1.2 乙方负责全市62个中国传统村落和118个省级传统村落的档案采集整理与入库，内容包括村落基础信息、传统建筑、历史环境要素、非物质文化遗产项目、保护规划及影像资料。
P:1.3 乙方负责平台部署、与甲方“一网通办”审批系统及市测绘院地理信息平台的接口对接、用户培训及试运行保障。
P:1.4 详细技术要求以招标文件第三章及乙方投标响应表为准，二者不一致的，以对甲方更有利者为准。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰捌拾伍万元整（¥1,850,000），其中：平台软件许可费¥860,000；定制开发费¥640,000；档案采集建库费¥280,000；部署实施及培训费¥70,000。
P:2.2 合同总价为固定价格，已包含税费、差旅、第三方测评配合及质保期内全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交履约保证金及等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，即¥370,000。
P:3.2 平台完成部署、首批档案入库并通过初步验收后，甲方支付合同总价的45%，即¥832,500。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥647,500。
P:3.4 甲方按财政国库集中支付程序付款，支付流程所需的合理时间不视为甲方逾期。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后90日内完成平台部署和四个定制模块的开发，并提交初步验收申请；在合同签订后150日内完成全部档案入库，并提交最终验收申请。
P:4.2 乙方应在合同签订后10日内提交项目实施方案，明确项目经理、人员分工和进度计划，经甲方确认后执行。项目经理未经甲方同意不得更换。
P:4.3 乙方应对各县（区）住建部门及乡镇巡查人员进行培训，培训不少于6场，并提交操作手册和培训记录。
H:第五条 验收
P:5.1 初步验收标准：定制模块功能与招标文件技术需求逐项相符；巡查移动端在离线状态下可完成采集，联网后自动同步；在200名用户并发访问时常用查询响应不超过3秒；审批系统及地理信息平台接口连续10个工作日运行无数据丢失。
P:5.2 最终验收标准：180个村落档案全部入库，甲方按不低于10%的比例抽查，字段差错率不高于千分之三；影像资料与村落编号、建筑编号一一对应；平台通过第三方网络安全等级保护测评（第三级）；试运行60日内未发生一级故障。
P:5.3 验收由甲方组织，可邀请专家和使用单位参加，验收合格后双方签署验收报告。平台上线运行、甲方使用或支付款项均不视为验收合格。
P:5.4 验收不合格的，乙方应在20日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为自最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级、技术支持和季度巡检服务。
P:6.2 平台月度可用率不低于99.95%。故障分为三级：一级故障（平台整体不可用或档案数据无法读写）乙方应在30分钟内响应、2小时内远程或到场处置、8小时内恢复；二级故障（主要功能不可用）2小时内响应；三级故障1个工作日内响应。
P:6.3 乙方响应或恢复超时的，每超时1小时向甲方支付¥800；月度可用率每低于承诺值0.01个百分点，支付¥1,500。上述款项可从履约保证金或应付款中扣除。
P:6.4 质保期满后，如甲方需要，乙方提供年度运维服务，年服务费不高于平台软件许可费的9%（即不高于¥77,400），该价格自质保期满起三年内保持不变。运维服务由双方另行签订合同，不自动续期。
H:第七条 知识产权
P:7.1 平台软件产品的著作权仍属乙方，甲方享有永久、不可撤销、不限用户数的使用许可。
P:7.2 为本项目定制开发的模块、接口程序、源代码、数据库结构及技术文档的知识产权归甲方所有。乙方应在最终验收时交付全部源代码和编译说明，甲方可自行或委托第三方使用、修改和复制。
P:7.3 乙方保证所提供的软件和成果不侵犯第三方合法权益，因此引起的纠纷由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 村落档案数据、巡查记录、影像资料及平台运行中产生的全部数据归甲方所有。乙方仅可为履行本合同使用上述数据，不得复制留存，不得用于其他目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，落实访问控制、加密存储和操作审计措施；乙方人员须经甲方授权并通过堡垒机访问生产环境，禁止将数据导出至政务云以外。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方因此遭受的损失。
H:第九条 保密
P:9.1 乙方对履行合同过程中知悉的甲方工作秘密、规划资料及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提交验收申请的，每逾期一日按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 第二次验收仍不合格的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:10.3 甲方无正当理由逾期付款的，每日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 本项目不允许分包。乙方不得将合同项下任何工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 任何一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及双方确认的实施方案为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:14.2 因不可抗力不能履行合同的，受影响一方应在3日内通知对方并提供证明，可根据影响程度部分或全部免除责任，但迟延履行后发生不可抗力的除外。
P:14.3 合同变更须经双方书面确认，涉及政府采购合同变更的，按政府采购有关规定办理。
P:甲方（盖章）：青岚市住房和城乡建设局    乙方（盖章）：杭州栖木信息技术有限公司
P:授权代表：____________    授权代表：____________
"""

H756Z02 = """
T:植毛修剪生产线控制系统改造及维保合同
P:合同编号：HJSZ-2025-GZ-036
P:甲方（买方）：扬州恒洁鞋刷厂有限公司
P:乙方（卖方）：苏州锐衡自动化科技有限公司
P:甲方鞋刷车间现有八条植毛修剪生产线，控制系统老化、换型慢、废品率偏高。经比选，甲方委托乙方对上述生产线的植毛、修剪和检测工序控制系统进行改造，并提供质保期内维保服务。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方拆除八条生产线的原有继电器控制柜，更换为PLC控制柜，改造植毛机送料轴和修剪刀轴的伺服驱动，加装刷毛长度视觉检测单元和触摸屏人机界面。
P:1.2 乙方提供产线数据采集与监控软件，采集各线产量、停机原因、刀具寿命和废品数据，在车间看板和甲方办公电脑上显示，并可导出日报、班报。
P:1.3 乙方负责编制各工序PLC控制程序和触摸屏画面，将现有32个刷型的工艺参数录入配方库，实现一键换型。
P:1.4 乙方负责改造后各线的联调，确保植毛、修剪、检测三个工序联锁动作正常，急停和安全门信号可靠，并保留原有的手动操作模式以备应急使用。
H:第二条 设备、软件及价格
P:2.1 设备和软件清单及价格如下表，合同总价为人民币壹佰贰拾玖万贰仟元整（¥1,292,000），含税、运输、安装调试、培训及质保期内维保服务。
TB:序号|名称|规格或说明|数量|单价（元）|金额（元）
TB:1|植毛机PLC控制柜|含PLC、I/O模块、安全继电器|8台|46,500|372,000
TB:2|伺服驱动及电机|修剪刀轴及送料轴|32套|8,200|262,400
TB:3|刷毛长度视觉检测单元|工业相机、光源、检测软件|8套|27,600|220,800
TB:4|触摸屏人机界面|工业触摸屏|8台|6,350|50,800
TB:5|产线数据采集与监控软件|永久许可，八条线授权|1套|242,000|242,000
TB:|软硬件小计| | | |1,148,000
TB:6|安装调试及程序改造|含旧柜拆除、布线|1项|126,000|126,000
TB:7|操作及维修培训|两期|1项|18,000|18,000
TB:|合同总价| | | |1,292,000
P:2.2 乙方所供设备均为全新原厂产品，主要元器件品牌与投标响应一致，不得以其他品牌替代。
P:2.3 交货地点为甲方江都厂区二号车间，乙方负责运输、装卸和现场保管，设备到货时应附装箱单、合格证、说明书和电气图纸。
P:2.4 乙方应为本项目配置项目负责人一名、电气工程师两名和软件工程师一名，项目负责人对进度、质量和现场安全全面负责。
H:第三条 付款
P:3.1 合同签订后10个工作日内，甲方支付合同总价的20%作为预付款，即¥258,400。
P:3.2 全部设备到货、安装调试完成并经甲方签收后，甲方支付合同总价的55%，即¥710,600。到货签收和安装调试完成不视为验收。
P:3.3 最终验收合格后，甲方支付合同总价的25%，即¥323,000。
P:3.4 乙方每次收款前应提供等额增值税专用发票。
H:第四条 工期安排
P:4.1 乙方应在合同签订后45日内完成设备到货，并利用甲方安排的停线窗口逐线改造，每条线停线不超过3日，全部改造在合同签订后75日内完成。
P:4.2 改造期间乙方应做好安全防护，不得影响未改造生产线的正常生产。
P:4.4 乙方进入甲方厂区应遵守甲方安全生产、防火和劳动纪律管理制度，动火、登高和带电作业须办理作业许可；因乙方人员违章作业造成的人身伤害和财产损失由乙方负责。
P:4.5 乙方应在每条生产线改造完成后提交该线的电气图纸、程序备份和调试记录，经甲方设备科确认后方可恢复生产。
P:4.3 乙方延期交付或延期完工的，应提前书面说明原因并采取补救措施，甲方因此遭受的实际损失由乙方赔偿。
H:第五条 验收
P:5.1 改造完成后连续试生产20日，试生产期满后甲方组织最终验收。验收标准为：各线产能不低于改造前；刷毛修剪长度偏差不超过±0.3毫米；视觉检测漏检率低于千分之二；换型时间不超过10分钟；监控软件数据与人工统计核对一致；试生产期间未发生一级故障。
P:5.2 验收合格的，双方签署验收报告；不合格的，乙方应在15日内整改后重新验收。试生产和甲方使用不视为验收合格。
P:5.3 乙方应在验收前完成两期培训，使甲方每班操作工能独立完成换型、参数调整和报警处理，维修工能完成常见故障诊断和备件更换；培训考核合格名单作为验收资料之一。
H:第六条 质保与维保
P:6.1 质保期为最终验收合格之日起二十四个月。质保期内设备、软件的故障维修、零部件更换、软件升级和每季度一次的现场保养均免费。
P:6.2 故障分级及响应：一级故障（整条生产线停机）乙方应在1小时内响应，6小时内到场处理；二级故障（单工位异常）8小时内到场；三级故障下一个工作日处理。乙方每迟到1小时，向甲方支付¥600服务扣款，从质保期后的维保费或其他应付款中扣除。
P:6.3 质保期满后，乙方按软硬件小计的8%每年收取维保费（即¥91,840/年），服务内容与质保期内相同，该费率在质保期满后三年内不变，维保合同按年另行签订。
P:6.4 乙方应保证主要备件在质保期满后至少八年内持续供应，停产的应提前六个月通知甲方并提供兼容替代方案。质保期内乙方应在甲方现场存放伺服驱动器和视觉相机备件各两套。
H:第七条 知识产权
P:7.1 PLC程序、触摸屏画面、配方库及为本项目编写的接口程序归甲方所有，乙方应交付全部源程序和注释文档，甲方有权自行修改或委托他人维护。
P:7.2 监控软件产品的著作权归乙方，甲方享有永久使用许可。
P:7.3 乙方保证所供设备和软件不侵犯第三方知识产权；第三方提出侵权主张的，由乙方负责处理并承担费用，甲方因此受到的损失由乙方赔偿。
H:第八条 数据安全
P:8.1 生产线采集的产量、工艺参数、刷型配方等数据归甲方所有，乙方不得用于本合同以外的用途。
P:8.2 乙方远程维护须通过甲方提供的VPN账号，事先经甲方设备科同意，维护结束后关闭通道；乙方不得在其设备中保存甲方生产数据。
P:8.3 因乙方原因造成甲方数据丢失、被篡改或外泄的，乙方应在2小时内通知甲方，协助恢复，并赔偿甲方全部损失。
H:第九条 分包
P:9.1 乙方可以将现场布线、旧控制柜拆除等辅助工作交由第三方施工，但应提前3个工作日书面通知甲方，并对第三方的施工质量和安全负责。
H:第十条 违约与解除
P:10.1 乙方交付的设备型号、品牌与合同不符的，甲方有权拒收，乙方应在10日内更换。
P:10.2 乙方严重违约，经甲方书面通知后10日内仍未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:10.3 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，双方根据影响程度协商延期或解除合同。
H:第十一条 适用法律与争议
P:11.1 本合同适用中华人民共和国法律。发生争议协商不成的，提交扬州仲裁委员会仲裁。
H:第十二条 其他
P:12.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:12.2 双方指定的联系人、电话和电子邮箱以本合同签署页为准，一方变更联系方式的应及时书面通知对方。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：扬州恒洁鞋刷厂有限公司    乙方（盖章）：苏州锐衡自动化科技有限公司
"""

H756Z03 = """连锁药膳餐厅点餐及会员管理系统服务合同

合同编号：BCSF-IT-2025-08
甲方：广州本草膳坊餐饮管理有限公司
乙方：深圳云味科技有限公司

甲方在广东、广西经营40家药膳餐厅。为统一各门店的扫码点餐、收银和会员管理，甲方订购乙方提供的“云味餐饮SaaS”服务及实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方40家门店提供扫码点餐、桌台管理、后厨打印、收银、会员积分、储值卡、优惠券、药膳套餐配置和经营报表功能。
2. 每家门店开通一个门店账号，含3个收银终端授权和不限数量的店员账号；总部开通一个管理账号。
3. 服务期为两个服务年度，第一个服务年度自全部门店上线验收合格之日起计算。
（二）实施服务
1. 乙方负责菜品及药膳套餐资料导入、原会员系统约9.6万名会员及其储值余额迁移、与甲方现有财务软件和供应链系统的接口对接。
2. 乙方负责门店分批上线、店长及收银员培训，上线后每家门店提供3天现场支持。
3. 乙方为甲方定制药膳食材溯源展示页面和总部经营分析报表。
4. 乙方指定一名实施项目经理，负责制定上线计划，按区域分三批上线，每批上线前与甲方门店运营部确认时间，避开午市和晚市高峰。
5. 乙方在上线前应完成门店试点，选择广州两家门店试运行7日，根据试点情况调整菜品分类、套餐规则和会员权益设置，试点结论经甲方确认后再推广。
6. 乙方应为会员储值余额迁移制定核对和回退方案，迁移当日安排专人值守，迁移差异未查清前不得关闭原系统。
（三）甲方配合事项
1. 甲方负责门店网络、收银机、小票打印机和后厨打印机等硬件，并按乙方提供的清单完成采购和安装。
2. 甲方指定总部项目对接人，及时提供菜品、价格、会员和储值资料，并组织门店人员参加培训。
3. 甲方的药膳套餐组合、节气菜单和会员营销方案由甲方自行制定，乙方仅提供系统配置支持，不对菜单内容和功效宣传负责。

二、费用
（一）订阅费：每家门店每个服务年度¥6,800，40家门店每年¥272,000，两个服务年度合计¥544,000。
（二）实施费：一次性¥96,000。
实施费包括资料导入、会员迁移、接口对接、定制开发、培训和上线现场支持，上线后因甲方新增门店发生的实施工作不再另行收费。
（三）合同总价：¥640,000（含税）。短信费按实际发送量另行结算，不计入合同总价。

三、付款
（一）实施费在全部门店上线验收合格后15个工作日内支付。
（二）每个服务年度的订阅费在该服务年度开始后10个工作日内支付。
（三）乙方应在收款前开具增值税专用发票。
（四）服务期内新增门店的，按每店每服务年度¥6,800标准按月折算，与当期订阅费一并结算；关闭门店的，自下一个服务年度起不再计费。

四、上线与验收
（一）乙方应在合同签订后60日内完成全部门店上线。
（二）验收标准：
1. 40家门店点餐、收银、会员功能可正常使用，连续7日营业无一级故障；
2. 会员数量、积分和储值余额与原系统逐户核对一致；
3. 与财务软件对账连续7日差异为零；
4. 高峰时段扫码下单至后厨出单不超过3秒。
（三）甲方在收到验收申请后5个工作日内组织验收，验收合格后签署上线验收单。个别门店先行营业不视为整体验收。
（四）乙方延误全部门店上线的，每逾期一日按合同总价的万分之六向甲方支付违约金。

五、服务水平
（一）乙方承诺点餐及收银服务的月度可用率不低于99.5%，计划维护应安排在凌晨1点至6点之间并提前3日通知。
（二）故障分级：
1. 一级故障：多家门店无法点餐或收银，乙方应在30分钟内响应，2小时内恢复；
2. 二级故障：单店或单项功能异常，1小时内响应，8小时内恢复；
3. 三级故障：一般咨询或非紧急问题，1个工作日内答复。
（三）月度可用率未达到承诺的，按当月订阅费的5%向甲方提供服务抵扣；一级故障恢复超时的，每超时1小时再抵扣¥1,000，在下一期订阅费中扣减。

六、数据
（一）甲方的会员信息、订单数据、菜品资料和经营数据归甲方所有。
（二）乙方可以对甲方的订单和会员消费数据进行脱敏、汇总后用于餐饮行业分析报告和产品改进，但不得识别到具体会员个人。
（三）合同终止后30日内，乙方应将甲方数据以通用格式完整交还甲方，并在甲方确认后删除。
（四）服务期内甲方可随时通过管理后台导出会员、订单和报表数据，乙方不得设置额外收费或技术障碍。

七、数据安全
（一）乙方应按照《网络安全法》《数据安全法》《个人信息保护法》的要求保护甲方数据，云平台应通过网络安全等级保护第三级测评，会员手机号等个人信息应加密存储。
（二）乙方应建立访问权限管理和操作日志，仅允许授权运维人员访问甲方数据。
（三）乙方应每日备份甲方数据，备份数据保存于中国境内，且至少保留30日；乙方变更云服务器所在地区的，应提前书面告知甲方。
（四）发生数据泄露或丢失的，乙方应在2小时内通知甲方，采取补救措施，并承担由此给甲方造成的损失，包括监管处罚和向会员的赔偿。

八、保密
甲方的菜品配方、药膳食材供应信息、经营数据和未公开的商业信息属于甲方商业秘密，乙方及其员工应予保密，不得向第三方披露。本条在合同终止后继续有效。

九、知识产权
（一）云味餐饮SaaS平台的知识产权属于乙方。
（二）乙方为甲方定制的溯源展示页面、经营分析报表及接口程序归甲方所有，乙方应交付源代码，甲方可自行修改使用。

十、续期
本合同服务期满前30日，如任何一方未书面提出不再续订，本合同自动续期一个服务年度，续期期间的订阅费按乙方届时公布的标准价格执行，乙方有权调整价格。

十一、转委托
乙方不得将本合同项下的实施服务转委托给第三方；确需委托的，须事先取得甲方书面同意。
经同意委托的，乙方仍对受托方的工作质量和数据安全向甲方承担责任。

十二、违约与解除
（一）乙方严重违约，或月度可用率连续两个月未达到承诺，经甲方书面通知后15日内仍未改正的，甲方有权解除合同，乙方应退还未履行期间的订阅费。
（二）甲方逾期付款超过30日，经乙方催告仍未支付的，乙方可暂停服务。
（三）合同终止或到期不再续订的，乙方应给予甲方不少于30日的过渡期，过渡期内保持服务正常运行并配合甲方完成数据迁移。
（四）因不可抗力导致服务中断的，受影响一方应及时通知对方并尽力减少损失，不可抗力持续超过30日的，任何一方可以书面通知解除合同。

十三、适用法律与争议
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交广州仲裁委员会仲裁。

十四、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
双方往来通知以书面形式发送至本合同载明的地址或指定邮箱，发送之日起第三日视为送达。
附件一：功能清单；附件二：实施计划；附件三：门店清单。

甲方（盖章）：广州本草膳坊餐饮管理有限公司
乙方（盖章）：深圳云味科技有限公司
签订日期：2025年  月  日
"""

H756Z04 = """江岭市结核病防治所患者管理系统年度运维服务合同

合同编号：JLJF-YW-2025-03
甲方：江岭市结核病防治所
乙方：南京康衡医疗信息技术有限公司

甲方使用的结核病患者管理系统（以下简称“系统”）包括患者登记、治疗管理、督导服药、随访提醒、耐药监测和统计报表等功能，并与市卫生健康信息平台、定点医院HIS和传染病网络直报系统对接。经询价，甲方委托乙方提供该系统的年度运维服务。双方依据《中华人民共和国民法典》，订立本合同。

第一条 服务期限
服务期限为2025年7月1日至2026年6月30日。服务期满合同终止，如需继续服务，双方另行签订合同。

第二条 服务内容
（一）日常运维：系统软件、数据库及中间件的运行监控、日常巡检、性能调优、补丁更新和日志分析，每月提交运维报告。
（二）故障处理：处理系统运行中的各类故障，协助甲方恢复业务。
对故障原因进行分析，提交故障分析报告，提出避免同类问题再次发生的改进措施。
（三）数据维护：每日增量备份、每周全量备份，每季度进行一次恢复演练；按甲方要求进行数据核查、纠错和统计口径调整。
（四）接口维护：保障与市卫生健康信息平台、定点医院HIS及传染病网络直报系统接口的正常运行，配合上级平台接口升级。
（五）功能完善：全年提供不超过60人日的小型功能调整和报表开发。
（六）用户支持：工作日8:30至17:30提供电话和远程支持，并为各区县疾控、定点医院和社区用户提供两次集中培训。
培训内容包括患者登记、督导服药记录、随访提醒设置和统计报表使用，培训后提交签到表和培训评估结果。
（七）重大保障：在结核病防治宣传日、上级督导检查等重要时段安排人员现场值守。
（八）安全加固：配合甲方开展网络安全等级保护测评和漏洞整改，每半年进行一次系统安全检查，对发现的问题提出整改建议并在甲方确认后实施。
（九）文档管理：维护系统配置清单、接口清单、账号清单和应急预案，发生变更时及时更新，并在每季度末提交甲方信息科备案。

第三条 服务方式与人员
（一）乙方派驻一名驻场工程师，工作日在甲方信息科工作，其余人员远程支持。
（二）驻场工程师应具备三年以上医疗信息系统运维经验，乙方更换驻场人员应提前10日告知甲方并完成工作交接。
（三）乙方对系统出现的问题将尽合理努力及时处理，具体处理时间视问题复杂程度确定。
（四）甲方通过电话、工单系统或即时通讯群提出服务请求，乙方应建立工单台账，记录问题描述、处理过程和结果，作为季度考核依据。
（五）甲方负责提供驻场人员办公场所、网络接入及必要的系统访问权限，并指定信息科一名联系人负责日常对接。
（六）乙方应在合同签订后15日内提交年度运维方案，包括巡检计划、备份策略、应急预案、人员安排和联系方式，经甲方确认后实施；方案调整应事先征得甲方同意。
（七）系统软件升级、数据库结构调整、接口参数修改等变更操作，乙方应提前提交变更申请和回退方案，经甲方批准后在非业务时段实施。

第四条 服务费用及支付
（一）年度服务费为人民币叁拾捌万陆仟元整（¥386,000），含税及人员、差旅等全部费用。
（二）服务费按季度支付，每季度末经甲方考核合格后15个工作日内支付当季服务费¥96,500。
（三）乙方应在每次付款前提供合法有效的发票。
（四）服务费已包含乙方履行本合同所需的全部费用，服务期内不因人员工资、物价变动或工作量增加而调整。

第五条 考核与验收
（一）甲方按季度对乙方服务进行考核，内容包括巡检完成率、备份执行情况、工单闭环情况、运维报告提交及时性和用户满意度。
（二）服务期满后，乙方提交年度运维总结、系统运行分析、全部工单记录及更新后的运维文档，甲方按以下标准进行年度验收：全年巡检和备份计划全部执行；恢复演练均成功；各接口数据上报无遗漏；用户满意度调查得分不低于90分。
（三）验收合格的，双方签署年度验收意见；不合格的，乙方应在20日内整改。
（四）季度考核不合格的，甲方可以书面要求乙方更换驻场人员或增加技术支持力量，乙方应在10日内落实。

第六条 数据安全与个人信息保护
（一）系统中的患者个人信息、诊疗信息、随访记录及统计数据均归甲方所有，乙方仅能为履行本合同处理上述数据，不得用于其他任何目的。
（二）乙方应遵守《数据安全法》《个人信息保护法》及卫生健康行业数据安全管理规定，运维操作须通过甲方堡垒机进行并全程留痕，不得将患者数据拷贝、下载或传输至甲方网络以外。
（三）乙方人员须签署数据安全承诺书，仅在授权范围内访问数据；对测试使用的数据应先行脱敏。
（四）发生数据泄露、丢失或被篡改的，乙方应在1小时内报告甲方，配合开展调查和处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。

第七条 保密
乙方及其人员对履行合同中知悉的甲方工作信息、系统账号密码、网络结构和其他未公开信息负有保密义务，不得向任何第三方披露。保密义务不因合同终止而解除。

第八条 知识产权
乙方在运维过程中为甲方编写的脚本、报表、接口调整程序及运维文档归甲方所有，乙方应随年度验收一并移交。
乙方使用自有运维工具的，工具的知识产权仍属乙方，但工具运行产生的监控记录和报告归甲方所有。

第九条 分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十条 违约责任
（一）乙方未按计划完成巡检、备份或未按时提交运维报告的，每发生一次，甲方可扣减当季服务费¥1,000。
（二）乙方延误服务交付，包括延误接口升级配合任务或甲方书面布置的功能调整任务的，每延误一日，按年度服务费的千分之一向甲方支付违约金。
（三）因乙方原因造成甲方数据损失或业务中断的，乙方应赔偿甲方实际损失。
（四）乙方驻场工程师无故缺勤的，每缺勤一日扣减服务费¥600；全年累计缺勤超过10日的，甲方有权要求乙方更换人员。
（五）甲方无正当理由逾期支付服务费的，应在收到乙方书面催告后10日内付清。

第十一条 合同的履行与解除
本合同为年度服务合同。合同期内除发生不可抗力致使合同目的无法实现外，双方均不得单方解除本合同；乙方违约的，甲方可以要求乙方继续履行、采取补救措施并承担第十条规定的违约责任。

第十二条 合同终止时的交接
合同终止时，乙方应在10日内移交全部运维资料、账号权限和工作记录，并配合新的服务单位完成交接。
交接完成前，乙方不得删除或修改系统配置，不得保留任何账号；交接中发现的遗留问题由乙方负责说明。

第十三条 不可抗力
因地震、洪水、疫情防控措施等不可抗力影响合同履行的，受影响一方应及时通知对方，并在15日内提供证明，双方根据影响程度协商调整服务内容和费用。

第十四条 适用法律与争议解决
本合同适用中华人民共和国法律。双方发生争议协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
本合同一式四份，双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：江岭市结核病防治所
乙方（盖章）：南京康衡医疗信息技术有限公司
签订日期：2025年6月  日
"""

H756Z05 = """# 镜界玻璃加工追溯系统软件销售合同（标准文本 2024版）

> 本文本为佛山镜界智造软件有限公司标准合同文本，编号JJ-HT-STD-2024。

**合同编号**：JJ-XS-2025-0219

**买方（甲方）**：中山市美澜梳妆镜工艺厂

**卖方（乙方）**：佛山镜界智造软件有限公司

甲方主要生产台式梳妆镜、浴室镜和化妆镜，拥有玻璃切割、磨边、镀银、喷漆和装配车间。甲方向乙方购买镜界玻璃加工追溯系统软件许可并委托乙方进行定制开发和实施。经双方协商，按照乙方标准文本订立本合同。

## 第一条 产品及服务

1.1 乙方向甲方提供镜界玻璃加工追溯系统V5的永久软件许可，包括订单管理、切割排版、镀银工艺管理、质检和条码追溯五个模块，许可用户数为80个。

1.2 乙方为甲方进行以下定制开发：异形镜片切割排版优化算法；镀银线温度、药液浓度和传送速度等工艺参数自动采集；从原片到成品的一物一码追溯及客户投诉反查功能。

1.3 乙方负责软件安装部署、基础数据初始化、与甲方现有财务软件的对接以及操作培训。

1.4 乙方提供的培训包括系统管理员培训和车间操作员培训各一期，培训地点在甲方厂区，培训教材由乙方提供。

1.5 软件功能以乙方标准功能清单为准，清单以外的功能需求不属于本合同范围。

1.6 定制开发内容以双方确认的需求说明为准。需求说明确认后，甲方要求变更的，乙方有权根据工作量另行收费并调整交付时间。

1.7 乙方提供的软件运行于甲方自备服务器，服务器操作系统和数据库软件的许可由甲方自行采购。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 镜界玻璃加工追溯系统V5软件许可（80用户） | 1,200,000 |
| 2 | 定制开发（排版优化、工艺采集、追溯反查） | 320,000 |
| 3 | 安装部署及实施培训 | 80,000 |
| | 合同总价 | 1,600,000 |

2.1 合同总价为人民币壹佰陆拾万元整（¥1,600,000），含增值税。

2.2 甲方自行负责服务器、网络、工业扫码枪、标签打印机及车间终端等硬件。

2.3 乙方人员到甲方现场实施所发生的差旅费已包含在实施费中；上线后甲方要求乙方人员到现场的，差旅费由甲方另行承担。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥1,040,000，乙方收款后安排实施。

3.2 系统上线运行后5个工作日内，甲方支付合同总价的35%，即¥560,000。

3.3 甲方逾期付款的，乙方有权暂停实施和服务，工期相应顺延。

## 第四条 交付

4.1 乙方在收到首期款后90日内完成软件部署和定制开发，并安排上线。

4.2 乙方交付内容包括：软件安装程序、许可授权文件、用户手册、管理员手册及培训记录。定制开发部分以可执行程序形式交付，不交付源代码。

4.3 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

## 第五条 上线与验收

5.1 乙方完成安装部署和培训后通知甲方上线。系统上线运行即视为甲方验收合格。

5.2 上线后甲方提出的新增需求，乙方另行报价。

## 第六条 甲方义务

6.1 甲方应按乙方要求准备服务器和网络环境，指定项目负责人，提供订单、产品、工艺路线、客户和供应商等基础资料，并保证资料真实、完整。

6.2 因甲方资料提供不及时、现场条件不具备或甲方人员不能参加培训等原因导致工期延误的，乙方不承担责任，工期相应顺延。

6.3 甲方应妥善保管系统管理员账号和密码，不得将软件安装于许可范围以外的计算机。

6.4 甲方应安排关键用户参加培训并配合上线切换，在上线前停止使用原有的手工台账或其他系统录入同类数据。

## 第七条 免费维护

7.1 自系统上线之日起，乙方提供六个月的免费维护，包括软件缺陷修复和远程技术支持。

7.2 甲方报告一级故障（系统不能登录或条码无法打印）的，乙方在8小时内响应，并尽快安排处理；其他故障在2个工作日内响应。

7.3 乙方将尽力在合理时间内修复故障，但不对故障处理时间作出保证，亦不因故障处理延误承担扣款、赔偿或违约金。

## 第八条 年度维护

8.1 免费维护期满后，甲方应与乙方签订年度维护合同，年度维护费为软件许可费的25%，即每年¥300,000。

8.2 年度维护服务包括软件升级、远程支持和每年两次现场巡检。甲方未签订年度维护合同的，乙方不再提供升级和支持服务。

8.3 甲方中断年度维护后重新申请维护的，应补缴中断期间的年度维护费。

## 第九条 知识产权

9.1 镜界玻璃加工追溯系统及其全部模块的知识产权归乙方所有。

9.2 乙方为甲方定制开发的排版优化算法、工艺采集程序、追溯反查功能及其源代码的知识产权归乙方所有，甲方在本合同许可范围内享有非独占的使用权，不得修改、反编译或提供给第三方使用。

## 第十条 数据

10.1 甲方在系统中录入和产生的订单、客户、工艺参数和质检数据归甲方所有，乙方不得用于本合同以外的用途。

10.2 乙方远程维护时应使用甲方分配的账号，采取必要的安全措施防止甲方数据泄露、丢失；因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应赔偿责任。

10.3 甲方应自行做好数据备份。乙方建议甲方每日备份数据库，并将备份存放于与服务器不同的存储设备。

## 第十一条 保密

双方对在合作中获得的对方技术资料、价格信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同签订后三年。

## 第十二条 责任限制

12.1 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的20%。

12.2 乙方不承担甲方的间接损失、利润损失、停产损失及数据恢复费用。

## 第十三条 合同解除

任何一方严重违反本合同且在收到对方书面通知后30日内未能纠正的，另一方有权解除本合同。

## 第十四条 不可抗力

因不可抗力、政府行为、网络运营商故障、第三方软硬件缺陷等非乙方原因导致合同不能履行或延迟履行的，乙方不承担责任。受影响一方应及时通知对方，并在事件消除后继续履行。

## 第十五条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十六条 其他

16.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

16.2 本合同附件包括：软件功能清单、定制开发需求说明、实施计划。

16.3 本合同条款为乙方标准条款，双方另有约定的，以补充协议为准；补充协议未约定的事项，适用本合同。

16.4 甲方签署本合同即表示已详细阅读并理解本合同全部条款，包括付款、验收、维护、知识产权和责任限制条款。

16.5 本合同项下的通知可以通过电子邮件或即时通讯工具发送，发送即视为送达。

16.6 本合同未约定的事项，按照乙方官方网站公布的服务规则执行；服务规则更新的，以更新后的版本为准。

**甲方（盖章）**：中山市美澜梳妆镜工艺厂　　　**乙方（盖章）**：佛山镜界智造软件有限公司

日期：2025年　月　日
"""

H756E01 = """
T:Software Licence and Services Agreement
P:Agreement No. MLS-CN-2025-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Hunan Xiangjiang Port Machinery Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Changsha, Hunan Province (the "Buyer"), and Matadi Logiciels Maintenance SARL, a company incorporated in the Democratic Republic of the Congo with its registered office at Avenue du Port, Matadi, Kongo Central (the "Vendor").
P:The Buyer maintains a fleet of container cranes, reach stackers and terminal tractors at its service centres in China and wishes to plan and record their maintenance with the Vendor's maintenance management software. The Vendor has agreed to license that software to the Buyer on a perpetual basis and to configure, integrate and support it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's product "PortMaint Enterprise" version 7, in object code, with its standard modules for asset register, preventive maintenance planning, work orders, spare parts, inspection checklists and mobile inspection.
P:1.2 "Custom Deliverables" means everything the Vendor creates specifically for the Buyer under this Agreement, including interface programs, report templates, data conversion scripts, configuration sets and their documentation.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the system meets the acceptance criteria.
P:1.4 "Buyer Data" means all data that the Buyer or its users enter into, or generate with, the Software, including asset records, maintenance histories, inspection photographs and spare-parts stock.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers under the Buyer's control in China for up to 250 named users and 60 mobile devices, for the Buyer's own business and that of its wholly owned subsidiaries.
P:2.2 The Vendor shall configure the Software to the Buyer's maintenance processes, migrate asset and maintenance history data from the Buyer's existing spreadsheets and legacy database, build interfaces to the Buyer's ERP system and its crane telemetry platform, and train key users and administrators.
P:2.3 The detailed scope, the interface specifications and the project plan are set out in Annex 1 and Annex 2. Changes to the scope require a written change order signed by both parties.
P:2.4 The Vendor shall appoint a project manager who speaks English or Chinese and who will be available to the Buyer's project team by video conference every working day during implementation. Key consultants named in Annex 2 shall not be replaced without the Buyer's agreement. The Buyer shall provide the servers, database licences, network access and the data extracts needed for migration, and shall make its maintenance planners available for workshops and testing.
H:Article 3 Price and Payment
P:3.1 The total price of this Agreement is CNY 1,750,000, made up of the Software licence fee of CNY 1,280,000, configuration and integration services of CNY 410,000, and training of CNY 60,000. The price is fixed and includes all taxes, travel and expenses.
P:3.2 The Buyer shall pay 10% of the total price, CNY 175,000, within 20 days after signature of this Agreement against the Vendor's invoice.
P:3.3 The Buyer shall pay 55% of the total price, CNY 962,500, within 20 days after the Software is installed in the Buyer's production environment and the installation report is signed. Signature of the installation report does not mean acceptance.
P:3.4 The Buyer shall pay the remaining 35% of the total price, CNY 612,500, within 20 days after Final Acceptance.
P:3.5 All payments are made in CNY by bank transfer to the account named in the Vendor's invoice.
H:Article 4 Delivery and Delay
P:4.1 The Vendor shall install the Software within 30 days after signature and shall present the configured and integrated system for acceptance testing within 120 days after signature.
P:4.2 If the Vendor fails to meet either date for reasons attributable to it, the Vendor shall pay the Buyer liquidated damages of 0.08% of the total price for each day of delay, up to a maximum of 8% of the total price. Liquidated damages do not relieve the Vendor of its obligation to complete the work.
H:Article 5 Acceptance
P:5.1 Acceptance testing follows the test plan in Annex 2 and lasts up to 20 working days.
P:5.2 The acceptance criteria are: every function in the requirement list in Annex 1 passes its test case; migrated asset and maintenance records reconcile with the source data without unexplained differences; the ERP and telemetry interfaces run for ten consecutive working days without lost or duplicated records; a work order screen opens in under three seconds with 120 concurrent users; and no Severity 1 defect remains open.
P:5.3 When the criteria are met, the Buyer shall issue a written Final Acceptance certificate within five working days. If the criteria are not met, the Vendor shall correct the defects and repeat the relevant tests. Go-live, productive use or payment does not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants the Software and the Custom Deliverables for 18 months from Final Acceptance. During the warranty period the Vendor shall correct defects, provide new versions and patches, and give remote support free of charge.
P:6.2 Defects are classified by severity. For a Severity 1 defect (the system is unavailable or work orders cannot be created or closed), the Vendor shall respond within one hour and provide a workaround or fix within eight hours. For Severity 2 the response time is two hours, and for Severity 3 it is one working day.
P:6.3 For each full hour by which the Vendor exceeds the Severity 1 response or fix time, the Vendor shall credit the Buyer CNY 1,000, deducted from the next payment or from the annual support fee.
P:6.4 After the warranty period the Buyer may order annual support at a fee of 11% of the Software licence fee, that is CNY 140,800 per year. This fee is fixed for the first three years after the warranty period. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor.
P:7.2 The Custom Deliverables, including their source code and documentation, belong to the Buyer from the moment they are created. The Vendor shall hand over the source code at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely.
P:7.3 The Vendor shall indemnify the Buyer against third-party claims that the Software or the Custom Deliverables infringe intellectual property rights.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and shall not keep, copy or use it for any other purpose.
P:8.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN with individual accounts and multi-factor authentication, on the Buyer's approval for each session. The Vendor shall comply with the data security and personal information laws of the People's Republic of China and shall not transfer Buyer Data out of China.
P:8.3 The Vendor shall notify the Buyer of any security incident affecting Buyer Data within 12 hours, shall cooperate in its investigation, and is responsible for the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical and commercial information received from the other party and shall use it only for this Agreement. This obligation survives termination for three years.
H:Article 10 Liability
P:10.1 The Vendor's total liability under this Agreement is limited to 200% of the total price. This limit does not apply to personal injury, wilful misconduct, or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of the breach.
P:12.2 The Buyer may also terminate this Agreement if the delay damages under Article 4.2 reach their maximum. On such termination the Vendor shall refund the payments received for work not accepted.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Democratic Republic of the Congo.
P:14.2 Any dispute that the parties cannot settle by negotiation within 30 days shall be submitted to the competent courts of Matadi.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Scope and Requirements) and Annex 2 (Project Plan and Acceptance Test Plan), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is signed in two originals in English, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

H756E02 = """# Order Form — KasaiFlow Field Service Cloud

**Order Form No.** KF-OF-2025-0117

This Order Form is entered into between **Kananga Digital Services SARL**, Boulevard Lumumba, Kananga, Kasaï-Central, Democratic Republic of the Congo ("**Provider**"), and **Weifang Huanong Agricultural Machinery Co., Ltd.**, Weifang, Shandong Province, People's Republic of China ("**Customer**"). It consists of Part A (this Order Form) and Part B (General Terms). If Part A and Part B conflict, Part A prevails.

## Part A — Order Form

### A1 Subscribed Service

Provider will make available its KasaiFlow Field Service Cloud (the "**Service**"), a hosted application for dispatching field technicians, recording service visits, managing spare parts in service vans and reporting warranty claims, for Customer's after-sales network for tractors and harvesters. The subscription covers 180 named users, the mobile app for technicians, and the standard reporting module.

### A2 Subscription Term

The Subscription Term is 24 months from the Go-Live Date. The Go-Live Date is the date of Customer's written confirmation that onboarding has passed the tests in A5.

### A3 Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Year 1 | 180 users × CNY 1,450 | 261,000 |
| Subscription, Year 2 | 180 users × CNY 1,450 | 261,000 |
| Onboarding (configuration, data load, two integrations, training) | one-time | 48,000 |
| **Total fees for the Subscription Term** | | **570,000** |

Additional users may be added at CNY 1,450 per user per year, pro rata. Fees are fixed for the Subscription Term.

Usage of SMS notifications to end customers is charged at cost and is not part of the total fees above.

### A4 Invoicing and Payment

1. The onboarding fee is invoiced on the Go-Live Date.
2. The subscription fee for each year of the Subscription Term is invoiced on the first day of that year.
3. Invoices are payable within 30 days of receipt, in CNY, by bank transfer.

### A5 Onboarding and Go-Live

1. Provider will complete onboarding within 45 days after signature of this Order Form. Onboarding includes the configuration of Customer's service regions, dealer hierarchy and service products; the loading of Customer's installed-base list of about 38,000 machines; an interface to Customer's ERP for spare parts and an interface to its dealer portal for warranty claims; and training for dispatchers and administrators.
2. Go-Live tests: dispatch of a test work order to a mobile device and its closure with photographs and signature; correct transfer of spare-parts consumption to ERP for a sample of 200 orders; correct creation of warranty claims in the dealer portal; installed-base records reconcile with the source list; and the response time of the work-order list below three seconds for 60 concurrent users.
3. Customer will confirm Go-Live in writing within five working days after the tests are passed. Use of the Service for training or pilot purposes does not constitute Go-Live.
4. If Provider does not achieve Go-Live within the period in A5.1 for reasons attributable to it, Provider will pay Customer CNY 450 for each day of delay.

### A6 Contacts and Signature

Provider contact: Service Delivery Manager, Kananga office. Customer contact: After-Sales IT Manager, Weifang.

The following documents form part of this Order Form: the Service description dated March 2025, the onboarding plan agreed at the kick-off meeting, and the interface specifications for the ERP and the dealer portal.

Signed for Provider: ____________________ Signed for Customer: ____________________

## Part B — General Terms

### 1. Service Levels

1.1 Provider will make the Service available 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 22:00 and 06:00 China Standard Time.

1.2 Provider will respond to incidents reported by Customer as follows: Severity 1 (the Service or the mobile app is unavailable to all users): 30 minutes, with continuous work until restored; Severity 2 (a major function is unavailable): two hours; Severity 3 (other issues): one business day.

1.3 If monthly availability falls below the level in 1.1, Customer will receive a service credit of 5% of the monthly equivalent of the subscription fee for each full 0.1 percentage point of shortfall, up to half of the monthly equivalent. Credits are deducted from the next invoice.

### 2. Customer Data

2.1 Customer Data means all data submitted to the Service by or for Customer, including machine records, service reports, photographs and the personal data of technicians and end customers.

2.2 Customer Data belongs to Customer. Provider will use Customer Data only to provide the Service to Customer and for no other purpose.

2.3 On expiry or termination, Provider will make Customer Data available for export in CSV format for 60 days and will then delete it.

### 3. Customer Configurations

Configurations, report templates and interface mappings created for Customer during onboarding belong to Customer, which may use, modify and have them used by third parties without restriction. The Service itself remains Provider's property.

### 4. Confidentiality

Each party will keep confidential the other party's non-public business and technical information, use it only for this Order Form, and disclose it only to its employees and advisers who need to know it and are bound by similar obligations. This obligation continues for three years after the Subscription Term.

### 5. Subcontractors

Provider may engage subcontractors, including hosting providers and support partners, to perform any part of the Service. Provider will inform Customer of the subcontractors it uses by written notice and remains responsible for their performance.

### 6. Warranties

6.1 Provider warrants that the Service will perform materially in accordance with its documentation and that onboarding will be carried out with reasonable skill and care.

6.2 Provider will correct any non-conformity reported by Customer at no additional charge.

6.3 Provider will keep the mobile app compatible with the current and the previous major versions of the Android and iOS operating systems used by Customer's technicians, and will support offline recording of service visits with automatic synchronisation when a connection becomes available.

6.4 Provider will provide support in English and Chinese through its service portal and by telephone during China business hours, and will give Customer's administrators access to release notes and training videos for each new release.

### 7. Liability

7.1 Neither party is liable for indirect or consequential loss, including loss of profit or business interruption.

7.2 Provider's total liability arising out of or in connection with this Order Form is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim.

### 8. Term and Termination

8.1 This Order Form ends at the end of the Subscription Term. It does not renew automatically; any continuation requires a new order form.

8.2 Either party may terminate this Order Form by written notice if the other party materially breaches it and fails to remedy the breach within 30 days after written notice. On termination by Customer for Provider's breach, Provider will refund any prepaid fees for the period after termination.

8.3 Provider may suspend the Service if an undisputed invoice remains unpaid for more than 45 days after a written reminder.

8.4 On expiry or termination Provider will give Customer reasonable assistance in moving its data and configurations to another system, at the daily rates in Provider's current rate card.

### 9. Changes to the Service

Provider may update the Service from time to time, provided that updates do not materially reduce its functionality. Provider will announce major updates at least 14 days in advance.
 Customer may ask Provider to test a major update in a sandbox environment with Customer's configuration before it is applied to Customer's production tenant, and Provider will consider such requests in good faith.

### 10. Force Majeure

Neither party is liable for delay or failure caused by events beyond its reasonable control, including natural disasters, war, government action and failures of public networks. The affected party will notify the other party promptly.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Disputes that cannot be resolved by negotiation will be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 12. General

12.1 Notices must be in writing and sent to the addresses in this Order Form or to an e-mail address notified by a party.

12.2 Neither party may assign this Order Form without the other party's written consent, except to an affiliate in connection with a reorganisation.

12.3 This Order Form is the entire agreement between the parties on its subject and replaces all earlier proposals. Amendments must be in writing and signed by both parties.

12.4 This Order Form is made in English in two counterparts.
"""

H756E03 = """
T:Purchase Contract for Wireless Condition Monitoring Sensors and Monitoring Software
P:Contract No. JXCM-PC-2025-072
P:Buyer: Jiangxi Xinfeng Cement Co., Ltd., Xinfeng County, Jiangxi Province, People's Republic of China (the "Buyer").
P:Supplier: Mbuji-Mayi Industrial Sensing SARL, Avenue de la Mission, Mbuji-Mayi, Kasaï-Oriental, Democratic Republic of the Congo (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms. The Buyer wishes to monitor the vibration and temperature of kilns, mills, fans and conveyors at its two production lines, and the Supplier has offered wireless sensors, gateways and monitoring software that meet the Buyer's technical specification.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 2.
P:1.2 "Software" means the Supplier's monitoring software "KasaiSense Monitor" with its analytics and alarm modules, licensed under clause 2.3.
P:1.3 "Final Acceptance" means the Buyer's signed acceptance certificate under clause 5.3.
P:1.4 "Buyer Data" means all measurement data, alarms, asset lists and reports generated by the Equipment and the Software at the Buyer's plant.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the Equipment and the Software, set up dashboards and alarm rules for 96 critical machines, and train the Buyer's maintenance staff.
P:2.2 The Contract Price is CNY 1,440,000, fixed and inclusive of taxes, transport, insurance, installation and training, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|320|2,150|688,000
TB:2|Industrial wireless gateway with mounting kit|24|9,800|235,200
TB:3|KasaiSense Monitor perpetual licence, 400 measuring points|1|296,000|296,000
TB:|Equipment and Software Subtotal| | |1,219,200
TB:4|Installation and commissioning|1 lot|138,000|138,000
TB:5|Dashboard and alarm rule configuration|1 lot|62,800|62,800
TB:6|Training (two sessions)|1 lot|20,000|20,000
TB:|Contract Price| | |1,440,000
P:2.3 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software on the Buyer's own server for up to 400 measuring points at the Buyer's plants. Additional points may be ordered at the unit rate in this table.
P:2.4 The Equipment shall meet the technical specification in Annex 1, including protection class IP67 for sensors, an operating temperature range suitable for kiln and mill areas, explosion protection where required by the Buyer's hazardous area plan, and a rated battery life of at least four years at the configured measuring interval. All Equipment shall be new, of current production and supplied with certificates of conformity, calibration certificates and Chinese-language manuals.
P:2.5 The Supplier shall appoint a project engineer who will be on site during installation and commissioning, and a named support contact for the warranty period. The Buyer shall provide power and network connections for the gateways, a virtual server for the Software, and access to the machines during planned stops.
H:3. Payment
P:3.1 No advance payment is due.
P:3.2 The Buyer shall pay 55% of the Contract Price, CNY 792,000, within 30 days after all Equipment has been delivered and installed and the installation certificate has been signed. The installation certificate is not acceptance.
P:3.3 The Buyer shall pay 45% of the Contract Price, CNY 648,000, within 30 days after Final Acceptance.
P:3.4 Each payment requires a valid VAT invoice for the amount due.
H:4. Delivery
P:4.1 The Supplier shall deliver all Equipment to the Buyer's plant within 60 days after signature and complete installation and commissioning within 90 days after signature.
P:4.2 For each day by which the Supplier misses either date, the Supplier shall pay the Buyer delay damages of 0.1% of the Contract Price, up to 10% of the Contract Price. The Buyer may deduct delay damages from any payment due.
P:4.3 Installation work in the plant shall follow the Buyer's safety rules, including work permits for work at height and near rotating machinery, and shall be scheduled with the Buyer's production department.
H:5. Acceptance
P:5.1 After commissioning the system shall run for 30 days under normal production.
P:5.2 Acceptance criteria: all 320 sensors transmit data at the configured interval with a data loss rate of less than 0.5%; the vibration readings of ten sample points agree with a reference portable analyser within ±5%; alarms reach the control room and the responsible engineer's mobile phone within one minute; the battery status of every sensor is reported; and no Severity 1 fault occurs in the 30-day run.
P:5.3 When the criteria are met, the Buyer shall sign the Final Acceptance certificate within seven days. If not, the Supplier shall correct the defects and the run shall be repeated. Delivery, installation or use of the system does not mean acceptance.
H:6. Warranty and Support
P:6.1 The warranty period for the Equipment and the Software is 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment, including sensor batteries that fail before their rated life, and shall provide Software updates and technical support free of charge.
P:6.2 Faults are classified as follows:
TB:Severity|Description|Response time|Restoration time
TB:1|Software server down or more than 10% of sensors offline|1 hour|8 hours
TB:2|A gateway or a group of sensors offline|2 hours|24 hours
TB:3|Single sensor fault or software question|1 working day|5 working days
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 800, deducted from the next payment or the support fee.
P:6.4 After the warranty period the Buyer may order annual support at 7.5% of the Equipment and Software Subtotal, that is CNY 91,440 per year, fixed for the first two years after the warranty period. Support is ordered by separate purchase order each year and does not renew automatically.
P:6.5 The Supplier shall keep spare sensors and gateways available for at least eight years after Final Acceptance.
P:6.6 If the same sensor model fails more than three times in the warranty period, the Supplier shall replace all sensors of that batch at its own cost, unless it shows that the failures were caused by the Buyer's misuse.
H:7. Intellectual Property
P:7.1 The Software and the firmware of the Equipment remain the property of the Supplier and its licensors.
P:7.2 The dashboards, alarm rules, machine models and reports configured for the Buyer belong to the Buyer, which may use, modify and license them freely.
H:8. Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract.
P:8.2 The Software shall be installed on the Buyer's server inside the Buyer's plant network. The Supplier may access it remotely only through the Buyer's VPN, with individual accounts, after the Buyer's approval for each session. The Supplier shall not copy Buyer Data to its own systems.
P:8.3 The Supplier shall comply with the data security laws of the People's Republic of China, notify the Buyer within 12 hours of any security incident affecting the system or Buyer Data, and bear responsibility for losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential the Buyer's production data, plant layouts, process parameters and other non-public information, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives the end of this Contract.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the delay damages under clause 4.2 reach their maximum.
P:12.2 On termination for the Supplier's breach, the Supplier shall refund the payments received for Equipment and services not accepted and compensate the Buyer's direct losses.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes that cannot be settled by negotiation shall be submitted to the Nanchang Arbitration Commission for arbitration in Nanchang.
H:14. General
P:14.1 This Contract, with its Annex 1 (Technical Specification) and Annex 2 (Installation Plan and Measuring Point List), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:14.2 Neither party is liable for delay caused by force majeure, provided that it notifies the other party promptly and takes reasonable steps to limit the effects. Notices under this Contract shall be in writing and sent to the addresses above. This Contract is made in English and Chinese; both versions are equally valid.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H756E04 = """# Managed IT Services Agreement

**Agreement No.** KMS-2025-019

**Customer:** China Hengtong Overseas Engineering Co., Ltd., Wuhan, Hubei Province, People's Republic of China ("**Customer**")

**Provider:** Kisangani Managed Systems SARL, Avenue de l'Université, Kisangani, Tshopo, Democratic Republic of the Congo ("**Provider**")

Customer operates project offices and site camps for its road and bridge projects in the Democratic Republic of the Congo and wishes to outsource the day-to-day operation of the IT infrastructure at those sites. Provider has offered managed IT services on the terms of this Agreement and its Schedules.

## 1. Definitions

1.1 "**Services**" means the managed services described in Schedule 1.

1.2 "**Service Commencement Date**" means the date on which Customer confirms in writing that transition under Section 3 is complete.

1.3 "**Customer Data**" means all data of Customer and its personnel stored on, or processed by, the systems managed by Provider.

1.4 "**Monthly Service Charge**" means the charge set out in Schedule 3.

1.5 "**Sites**" means the project offices, site camps and liaison office listed in Schedule 1, and any site added by written agreement.

## 2. Term

2.1 This Agreement starts on signature. The service term is 36 months from the Service Commencement Date.

2.2 At the end of the service term this Agreement renews automatically for successive renewal periods of one year each, unless either party gives notice of non-renewal at least 90 days before the end of the current term. Provider may increase the Monthly Service Charge for any renewal period by written notice given at least 30 days before that renewal period begins.

## 3. Transition

3.1 Provider shall take over the operation of the sites listed in Schedule 1 within 60 days after signature. Transition includes a site survey, an inventory of devices and accounts, documentation of the network, the set-up of monitoring and the service desk, and knowledge transfer from Customer's current staff.

3.2 Transition is complete when: every device in scope is registered in the monitoring system and reports alerts; the service desk has handled test tickets from every site; the runbooks for backup, user administration and incident handling are approved by Customer; and the inventory reconciles with Customer's asset list. Customer shall confirm completion in writing within five working days, or state the open items.

3.3 If the Service Commencement Date does not occur within 60 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 300 for each day of delay.

3.4 During transition Customer's current IT staff remain responsible for the operation of the Sites. Provider shall not change configurations during transition without Customer's approval, and shall record every change in the change log that it hands over at the Service Commencement Date.

## 4. Charges and Payment

4.1 Customer shall pay the charges in Schedule 3. The transition fee is invoiced after the Service Commencement Date. The Monthly Service Charge is invoiced monthly in arrears.

4.2 Invoices are payable within 30 days after receipt, in CNY, to Provider's account with a bank in China named in the invoice.

4.3 The Monthly Service Charge is fixed for the service term, subject to the service credits in Schedule 2.

## 5. Service Levels

5.1 Provider shall meet the service levels in Schedule 2 and report its performance monthly.

5.2 If Provider misses a service level, Customer receives the service credits set out in Schedule 2, deducted from the next invoice. Service credits do not limit Customer's other rights.

5.3 Each monthly service report shall show the tickets opened and closed per Site and priority, the service levels achieved, the credits due, the patch status of every managed device, the backup and restore results, and the open risks with proposed actions. Customer may audit the ticket records and monitoring data on which the report is based.

5.4 Provider shall keep an up-to-date configuration register of all devices, links, accounts and licences at the Sites and shall give Customer read access to it at all times.

## 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider may use Customer Data only to perform the Services.

6.2 Provider shall apply the security controls in Schedule 1, including individual administrator accounts, multi-factor authentication, logging of privileged access, encrypted backups and timely patching. Provider shall not copy Customer Data to systems outside Customer's environment.

6.3 Provider shall notify Customer of any security incident affecting Customer Data within six hours, shall contain and investigate it, and is responsible for the losses caused by its failure to meet this Section 6.

## 7. Confidentiality

Each party shall keep confidential the other party's non-public information, including project data, network details and passwords, and shall use it only for this Agreement. This obligation survives termination.

## 8. Intellectual Property

Runbooks, configurations, scripts and documentation prepared for Customer under this Agreement belong to Customer, which may use and modify them freely and hand them to any successor provider. Provider's own tools remain its property.

## 9. Personnel and Subcontracting

9.1 Provider shall assign a named service manager and qualified engineers, and shall replace any person whom Customer reasonably objects to.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent.

9.3 Provider's staff working at the Sites shall follow Customer's site safety, security and camp rules, including rules on travel between Sites, and shall hold the work permits required by local law. Provider is responsible for the employment, insurance and transport of its staff.

9.4 Provider shall take part in Customer's monthly project coordination meetings when invited, and shall report changes in the risk situation at any Site that may affect the Services.

## 10. Liability

Provider's total liability under this Agreement is limited to 150% of the total charges for the service term, except for personal injury, wilful misconduct and breach of Sections 6 and 7.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice, or if Provider misses the Priority 1 resolution target in three consecutive months.

11.2 On expiry or termination Provider shall provide exit assistance for up to 60 days at the then current charges, hand over all documentation, accounts and Customer Data, and cooperate with any successor provider.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes that cannot be settled by negotiation shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

## 13. General

13.1 Amendments must be in writing and signed by both parties. Notices are sent to the addresses above.

13.2 This Agreement is made in English, in two originals.

13.3 Neither party is liable for delay or failure caused by events beyond its reasonable control, including floods, civil unrest, road closures and government action, provided that it notifies the other party promptly and takes reasonable steps to continue the Services, for example by remote support.

Signed for Customer: ____________________ Signed for Provider: ____________________

## Schedule 1 — Scope of Services

| Service | Description |
|---|---|
| Sites | Project office Kisangani; site camps at Ubundu, Banalia and Bafwasende; liaison office Kinshasa (five sites, about 260 users) |
| Service desk | Telephone, e-mail and portal, 07:00 to 19:00 local time, seven days a week; on-call outside those hours for Priority 1 |
| Network operations | Monitoring and management of routers, switches, Wi-Fi, firewalls and satellite and microwave links |
| Server and backup | Operation of site servers and virtual machines, daily backups, monthly restore test |
| End-user support | Laptops, printers, mobile devices, user accounts and e-mail |
| Security | Patching within 14 days of release (critical patches within three days), anti-malware, firewall rule review, privileged access logging |
| Reporting | Monthly service report and quarterly service review meeting |

## Schedule 2 — Service Levels and Credits

| Priority | Definition | Response | Resolution or workaround | Credit if missed |
|---|---|---|---|---|
| Priority 1 | A site without network connection, or a core server down | 15 minutes | 6 hours | 3% of the Monthly Service Charge per incident |
| Priority 2 | Degraded service at a site or a group of users affected | 1 hour | 10 hours | 1% of the Monthly Service Charge per incident |
| Priority 3 | A single user or device affected | 2 hours | 2 working days | none |
| Service desk | Calls answered within 60 seconds in 90% of cases per month | — | — | 1% of the Monthly Service Charge per month |

Total service credits in a month are limited to a quarter of that month's Monthly Service Charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after the Service Commencement Date | 84,000 |
| Monthly Service Charge | 36 months × CNY 68,500 | 2,466,000 |
| **Total charges for the service term** | | **2,550,000** |

Additional sites may be added at a charge agreed in writing. Hardware replacements are purchased by Customer and are not included.
Provider shall advise Customer on replacement hardware and shall install it as part of the Services.
"""

H756E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. KAD-SUB-2025-031

BETWEEN

Kikwit AgroData SARL, Avenue du Marché, Kikwit, Kwilu Province, Democratic Republic of the Congo (the "Provider"); and

Anhui Fengyuan Agricultural Trading Co., Ltd., Hefei, Anhui Province, People's Republic of China (the "Customer").

BACKGROUND

The Customer buys cassava, maize, coffee and palm products from Central Africa and uses crop, weather and logistics information to plan its purchases and shipments. The Provider collects field survey data, satellite-based crop estimates, weather station records and river-port throughput data for the Democratic Republic of the Congo and neighbouring countries, and makes them available through an application programming interface. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Provider's REST interface through which the Data is delivered.

1.2 "Data" means the datasets listed in clause 2.1, including their updates during the Subscription Term.

1.3 "Subscription Year" means each of the two consecutive years of the Subscription Term, the first starting on the Service Start Date.

1.4 "Service Start Date" means the date on which the Provider issues production API credentials to the Customer after payment under clause 4.2.

1.5 "Customer Inputs" means the locations, supplier lists, purchase volumes and queries that the Customer submits to the API or the portal.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API and use the following Data for its internal business: weekly crop condition indices for 42 producing districts; monthly production estimates for cassava, maize, coffee and palm oil; daily weather observations and ten-day forecasts; river-port and road-corridor throughput reports; and a historical archive of the same series going back to 2015.

2.2 The subscription covers up to 25 named users of the portal and up to 2 million API calls per Subscription Year. Calls beyond that volume are charged under clause 3.3.

2.3 The Subscription Term consists of two Subscription Years from the Service Start Date.

3. FEES

3.1 The Customer shall pay the following fees:

    One-time setup and integration fee                      CNY 96,000
    Subscription fee, Subscription Year 1                  CNY 438,000
    Subscription fee, Subscription Year 2                  CNY 438,000
    Total fees for the Subscription Term                   CNY 972,000

3.2 The setup and integration fee covers the configuration of the Customer's account, the delivery of the historical archive in bulk, and the building of a connector that loads the Data into the Customer's purchasing analytics database, with two days of training.

3.3 API calls beyond the annual volume are charged at CNY 0.08 per call and invoiced quarterly in arrears.

3.4 The fees are fixed for the Subscription Term and include all taxes.

4. INVOICING AND PAYMENT

4.1 On signature of this Agreement the Provider shall invoice the setup and integration fee together with the subscription fee for Subscription Year 1.

4.2 The Customer shall pay that invoice within 15 days. The Provider will issue production API credentials and begin setup work only after it has received full payment of that invoice.

4.3 The subscription fee for Subscription Year 2 is invoiced 30 days before that year begins and is payable before it begins.

4.4 All payments are made in CNY to the Provider's account stated in the invoice.

5. SETUP AND ACCEPTANCE

5.1 The Provider shall deliver the historical archive and the connector within 45 days after the Service Start Date.

5.2 The Customer shall test the delivery within ten working days. Acceptance criteria: the archive is complete for every series and district listed in clause 2.1, with no gaps longer than one reporting period that are not explained in the data notes; the connector loads a full weekly update without manual intervention on five consecutive weeks; and values loaded into the Customer's database match the API responses for a sample of 500 records.

5.3 The Customer shall confirm acceptance in writing when the criteria are met. Use of the Data before that confirmation does not mean acceptance.

5.4 If the Provider fails to deliver the archive and connector within the period in clause 5.1 for reasons attributable to it, the Provider shall pay the Customer CNY 800 for each day of delay.

5.5 The Provider shall document the methods used for each dataset, including the survey design, the satellite sources, the weather stations and the revision policy, and shall inform the Customer in advance of any change of method that may affect the comparability of a series.

6. SERVICE LEVELS

6.1 The Provider will make the API available 99.5% of each calendar month, excluding scheduled maintenance announced at least three days in advance.

6.2 The Provider will respond to incidents reported by the Customer as follows: Severity 1 (the API is unavailable or returns no data): two hours; Severity 2 (a dataset is late or incomplete): one business day; Severity 3 (other questions): three business days.

6.3 Weekly updates are published every Tuesday by 18:00 China Standard Time and monthly estimates by the tenth day of the following month.

6.4 The Provider will use reasonable efforts to restore the API and correct late or incomplete Data. Restoration and correction are the Provider's only obligations in respect of service levels; no service credits, fee reductions or other compensation apply if a service level is not met.

7. CUSTOMER INPUTS AND DATA SECURITY

7.1 Customer Inputs belong to the Customer. The Provider shall use Customer Inputs only to provide the API and the portal to the Customer and shall not use them for any other purpose, including its own analysis or products.

7.2 The Provider shall protect Customer Inputs with access controls, encryption in transit and at rest, and logging of administrator access, and shall store them on servers that only its authorised staff can reach.

7.3 The Provider shall notify the Customer within 24 hours of any security incident affecting Customer Inputs or the Customer's accounts, shall take remedial measures, and is responsible for losses caused by its failure to meet this clause 7.

7.4 On expiry or termination the Provider shall delete Customer Inputs within 30 days and confirm the deletion in writing.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including the Customer's purchasing plans, supplier lists and prices, and shall use it only for this Agreement.

8.2 This obligation continues for three years after the end of this Agreement.

9. INTELLECTUAL PROPERTY

9.1 The Data and the API remain the property of the Provider and its data sources.

9.2 The connector, its source code and any reports or data models prepared specifically for the Customer belong to the Customer, which may use, modify and license them freely.

9.3 The Customer may keep and use Data received during the Subscription Term for its internal records after the end of this Agreement, but may not resell it.

9.4 The Customer may quote Data in internal reports and in presentations to its banks and insurers, with an acknowledgement of the Provider as the source.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss, including lost profits.

10.2 The Provider's total liability under this Agreement is limited to 150% of the total fees for the Subscription Term, except for breach of clauses 7 and 8 and wilful misconduct.

11. SUBCONTRACTING

The Provider shall not subcontract the collection, processing or delivery of the Data without the Customer's prior written consent. Public data sources used by the Provider are not subcontractors.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice. If the Customer terminates for the Provider's breach, the Provider shall refund the fees paid for the period after termination.

13. FORCE MAJEURE

Neither party is liable for failure or delay caused by events beyond its reasonable control, such as floods, civil unrest, failure of public networks or government action, provided it notifies the other party promptly and resumes performance as soon as possible.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute that cannot be settled by negotiation shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.

15. GENERAL

15.1 This Agreement is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.

15.2 Notices shall be sent in writing to the addresses above or to the e-mail addresses notified by each party.

15.3 This Agreement is made in English in two originals, one for each party.

Signed for the Provider: ____________________

Signed for the Customer: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format, source)
    "z01": ("h756z01_village_heritage_archive_patrol_platform.pdf", "pdf", H756Z01),
    "z02": ("h756z02_brush_factory_tufting_line_control_retrofit.docx", "docx", H756Z02),
    "z03": ("h756z03_medicinal_cuisine_chain_ordering_saas.txt", "txt", H756Z03),
    "z04": ("h756z04_tb_dispensary_patient_system_om.txt", "txt", H756Z04),
    "z05": ("h756z05_mirror_works_glass_tracking_supplier_template.md", "md", H756Z05),
    "e01": ("h756e01_port_machinery_maintenance_licence_matadi_vendor.pdf", "pdf", H756E01),
    "e02": ("h756e02_field_service_saas_order_form_kananga_vendor.md", "md", H756E02),
    "e03": ("h756e03_cement_condition_monitoring_sensors_mbujimayi_vendor.docx", "docx", H756E03),
    "e04": ("h756e04_site_managed_it_services_kisangani_vendor.md", "md", H756E04),
    "e05": ("h756e05_crop_data_api_subscription_kikwit_vendor.txt", "txt", H756E05),
}

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
OK = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
          buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
          prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
          post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# key: (language, category, term overrides, extra overrides, contract value, fee base for TCO, forum outside mainland,
#       design rule list)
D = {
    "z01": ("zh", "software", dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08,
            prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
            contract_kind="goods_or_licence"), dict(post_warranty_fee_capped=True), 1850000, 860000, False, []),
    "z02": ("zh", "hardware", dict(p1_response_hours=1, confidentiality=False, prepayment_pct=20,
            final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8,
            subcontract_without_consent=True, contract_kind="goods_or_licence"),
            dict(ld_stated=False, post_warranty_fee_capped=True), 1292000, 1148000, False,
            ["CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-SUBCONTRACT"]),
    "z03": ("zh", "cloud", dict(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False,
            ld_rate_per_day_pct=0.06, auto_renewal_price_increase=True), {}, 640000, None, False,
            ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": ("zh", "services", dict(sla_remedy=False, ld_rate_per_day_pct=0.1, termination_for_breach=False),
            dict(sla_clause=False), 386000, None, False, ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TERMINATION"]),
    "z05": ("zh", "software", dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier",
            ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False,
            final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=25,
            subcontract_without_consent=None, governing_law=None, contract_kind="goods_or_licence"),
            dict(post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True), 1600000, 1200000, False,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": ("en", "software", dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=200,
            prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
            governing_law="Democratic Republic of the Congo", contract_kind="goods_or_licence"),
            dict(post_warranty_fee_capped=True), 1750000, 1280000, True, ["CR-GOVERNING-LAW"]),
    "e02": ("en", "cloud", dict(availability_pct=99.95, p1_response_hours=0.5, data_security_clause=False,
            ld_rate_per_day_pct=450 / 570000 * 100, liability_cap_pct=6 / 24 * 100,
            subcontract_without_consent=True), {}, 570000, None, False,
            ["CR-DATA-SECURITY", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "e03": ("en", "hardware", dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
            final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7.5,
            contract_kind="goods_or_licence"), dict(post_warranty_fee_capped=True), 1440000, 1219200, False, []),
    "e04": ("en", "services", dict(p1_response_hours=0.25, ld_rate_per_day_pct=300 / 2550000 * 100,
            liability_cap_pct=150, auto_renewal_price_increase=True), {}, 2550000, None, False,
            ["CR-AUTO-RENEWAL", "CR-LD-LOW"]),
    "e05": ("en", "services", dict(availability_pct=99.5, p1_response_hours=2, sla_remedy=False,
            ld_rate_per_day_pct=800 / 972000 * 100, liability_cap_pct=150,
            prepayment_pct=(96000 + 438000) / 972000 * 100), {}, 972000, None, False,
            ["CR-PREPAYMENT", "CR-SLA-AVAILABILITY", "CR-SLA-NO-REMEDY"]),
}

THRESHOLDS = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
                  prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_LIMIT, HORIZON = 40, 5


def tco(t, value, base):
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or base is None:
        return None
    fee = t["post_warranty_fee_pct"] / 100 * base
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    total = value + fee * years
    return total, fee * years / total * 100


def derive(t, x, value, base, foreign_forum):
    """My own reading of policy §3 applied to a label."""
    r = set()
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
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
    if (t["governing_law"] not in (None, "PRC")) or foreign_forum:
        r.add("CR-GOVERNING-LAW")
    tc = tco(t, value, base)
    if tc and tc[1] > TCO_LIMIT:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    return "medium" if set(rules) - LOW else "low"


def label(key):
    lang, cat, over, xover, value, base, forum, design = D[key]
    t = dict(OK, **over)
    t = {k: t[k] for k in TERM_KEYS}
    x = {"sla_clause": True, "ld_stated": t["ld_rate_per_day_pct"] is not None}
    x.update({k: v for k, v in xover.items() if k in ("sla_clause", "ld_stated")})
    if t["contract_kind"] == "goods_or_licence":
        x["post_warranty_fee_capped"] = xover["post_warranty_fee_capped"]
    x["acceptance_deemed_on_delivery"] = xover.get("acceptance_deemed_on_delivery", False)
    x["contract_value"] = value
    rules = derive(t, x, value, base, forum)
    assert rules == sorted(design), (key, rules, design)
    return {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


# ---------------------------------------------------------------- threshold scan
LB = r"(?<![\d.,])"
PCT = r"\s*(?:%|％|percent|per\s*cent)"
THRESH_RE = re.compile("|".join([
    LB + r"99\.9(?![\d])",
    LB + r"0?\.05(?![\d])\s*(?:%|％|percent|per\s*cent)?",
    r"万分之五(?!十)",
    LB + r"(?:30|40|15|100)" + PCT,
    r"百分之(?:三十|四十|十五|百|一百)(?![\d一二三四五六七八九〇零点])",
    r"(?i:thirty|forty|fifteen|one\s*hundred)" + PCT,
    LB + r"4\s*-?\s*(?:小时|个小时|(?i:hours?|hrs?))",
    r"(?<![十\d])四(?:个)?小时",
    r"(?i:\bfour\s*-?\s*hours?)",
    LB + r"12\s*-?\s*(?:个月|(?i:months?))",
    r"(?<![\d一二三四五六七八九])十二个月",
    r"(?i:twelve\s*-?\s*months?)",
    LB + r"5\s*-?\s*(?:年|(?i:years?))",
    r"(?<![\d一二三四五六七八九十])五年",
    r"(?i:\bfive\s*-?\s*years?)",
    LB + r"60\s*-?\s*(?:个月|(?i:months?))",
]))
MUST_HIT = ["99.9%", "可用率99.9％", "0.05%", "0.05 % per day", "万分之五", "30%", "百分之三十", "40 %", "15 percent",
            "100%", "forty per cent", "4小时", "四小时", "4 hours", "four hours", "4-hour", "12个月", "十二个月",
            "12 months", "twelve-month", "5年", "五年", "five years", "60 months"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "14 hours", "0.055%", "1.5%", "115%", "130%", "2.5%", "0.5%", "45%",
             "2025年", "二十四个月", "8 hours", "120 months", "35%", "55%", "0.15%", "150%", "3,100%", "25%", "65%",
             "24 hours", "万分之五十", "十五年"]


def scan_selftest():
    for s in MUST_HIT:
        assert THRESH_RE.search(s), ("must hit", s)
        assert THRESH_RE.search(re.sub(r"\s+", "", s)), ("must hit, no ws", s)
    for s in MUST_MISS:
        assert not THRESH_RE.search(s), ("must miss", s, THRESH_RE.search(s))


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESH_RE.finditer(variant)]
    return hits


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    markup = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(markup, {k: (FILES[k][0], FILES[k][1]) for k in markup}, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)


def main():
    scan_selftest()
    build()
    covered = set()
    bad = []
    report = []
    for k, (name, fmt, _) in FILES.items():
        lab = label(k)
        lang = lab["language"]
        t = lab["expected_terms"]
        for f, th in THRESHOLDS.items():
            assert t[f] is None or abs(t[f] - th) > 1e-9, (k, f)
        lang_, cat, over, xover, value, base, forum, design = D[k]
        tc = tco(t, value, base)
        if tc:
            assert abs(tc[1] - TCO_LIMIT) > 2, (k, tc)
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        hits = scan(text)
        assert not hits, (k, hits)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        covered |= set(lab["expected_rules"])
        report.append((k, n, lab["expected_rules"], risk(lab["expected_rules"]),
                       None if not tc else (round(tc[0], 2), round(tc[1], 2))))
        print(k, n, risk(lab["expected_rules"]), ", ".join(r[3:] for r in lab["expected_rules"]) or "(none)",
              "TCO" if tc else "", "" if not tc else (round(tc[0], 2), round(tc[1], 2)))
        bad.append((k, n)) if not lo <= n <= hi else None
    all_rules = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
                 "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
                 "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
                 "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}
    assert not bad, bad
    assert covered == all_rules, all_rules - covered
    mix = [len(r[2]) for r in report]
    assert sum(1 for r in report if not r[2]) == 2
    print("all checks passed")


if __name__ == "__main__":
    main()
