"""holdout1093: builds the ten held-out draft contracts from the sources below, writes the .json labels and asserts
the brief's checks (lengths, thresholds, rule derivation from labels, coverage). Run with
/work/main/.venv/bin/python -B make_files.py in this folder."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:市粮食局粮油质量追溯平台建设项目政府采购合同
P:合同编号：LSJ-ZS-2026-017　采购方式：公开招标
P:甲方（采购人）：某市粮食和物资储备局
P:乙方（供应商）：某市禾信数据科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经平等协商，就粮油质量追溯平台建设事宜订立本合同，共同遵守。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供粮油质量追溯平台软件许可，并完成定制开发、部署实施和培训，覆盖全市38个粮库、9个粮油质量检测站以及粮油加工、流通企业的质量数据采集、批次管理与追溯查询。
P:1.2 合同总价为人民币1,600,000元（含税），其中：平台软件许可费880,000元；定制开发费626,000元（含检验检测数据对接、库存与出入库接口、移动端扫码追溯及监管驾驶舱）；部署实施费74,000元；培训费20,000元。
P:1.3 合同总价为固定价格，包含乙方完成本合同全部义务所需的一切费用，除本合同另有约定外，甲方不再另行支付任何费用。
H:第二条 交付与工期
P:2.1 乙方应于合同签订后150日内完成平台部署和全部定制功能开发，并向甲方提交初验申请。
P:2.2 乙方应在项目启动后20日内提交实施方案和项目人员名单，经甲方确认后执行；项目经理和技术负责人未经甲方书面同意不得更换。
P:2.3 乙方应按月向甲方提交项目进度报告，如实说明进度偏差及纠正措施。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后15个工作日内，甲方支付合同总价的20%作为预付款，即320,000元。
P:3.2 初验合格后15个工作日内，甲方支付合同总价的45%，即720,000元。
P:3.3 最终验收合格后15个工作日内，甲方支付合同总价的35%，即560,000元。
P:3.4 乙方每次收款前应向甲方开具合法有效的等额增值税发票。甲方付款受财政资金拨付程序约束的，付款期限相应顺延，但甲方应及时告知乙方。
H:第四条 验收
P:4.1 初验：平台部署及全部定制功能开发完成后，甲方组织初验。初验标准为：招标文件功能清单逐项测试通过；检验检测数据对接经随机抽取2,000条记录逐条比对无差错；移动端扫码追溯查询在300个并发用户下平均响应时间不超过2秒。
P:4.2 试运行：初验合格后系统试运行90日，试运行期间不得发生一级故障，二级故障累计不超过3次。
P:4.3 最终验收：试运行期满、系统通过第三方网络安全等级保护测评且乙方提交全部技术文档和源代码后，甲方组织专家进行最终验收，并出具书面验收报告。
P:4.4 系统上线、甲方使用系统或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内完成整改并重新申请验收。
H:第五条 质量保证与维护
P:5.1 质保期为最终验收合格之日起二十四个月。质保期内，乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持，每季度进行一次系统巡检并提交巡检报告。
P:5.2 质保期满后，甲方可与乙方另行签订维护合同，年度维护费不超过平台软件许可费的9%（即每年不超过79,200元），且自质保期满之日起三年内不得上调。维护合同不自动续期。
H:第六条 服务水平
P:6.1 平台月度可用率不低于99.99%，计划内维护时间除外；计划内维护须提前三个工作日经甲方同意，并安排在非工作时间进行。
P:6.2 故障分为三级。一级故障（平台无法访问或追溯数据无法查询）：乙方应在30分钟内响应、2小时内到达现场、8小时内恢复；二级故障（部分功能异常）：2小时内响应、24小时内解决；三级故障：1个工作日内响应、5个工作日内解决。
P:6.3 乙方未按时响应或恢复的，每迟延一小时向甲方支付1,000元；月度可用率每低于约定值0.01个百分点，扣减500元。上述款项由甲方从应付款项或履约保函中直接扣除。
H:第七条 知识产权
P:7.1 平台软件的著作权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可，用户数和安装节点数不受限制。
P:7.2 为本项目定制开发的程序、接口、数据库脚本、源代码及全部文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。乙方应在最终验收前交付全部源代码及编译说明。
P:7.3 乙方保证所提供的软件及服务不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:第八条 数据安全与数据归属
P:8.1 平台中的粮油检验检测数据、库存数据、企业信息及其衍生数据均归甲方所有。乙方仅可为履行本合同之目的接触和处理上述数据，不得将其用于任何其他目的，不得复制、留存或向第三方提供。
P:8.2 乙方应落实网络安全等级保护第三级要求，采取访问控制、加密存储、操作日志审计等措施；乙方人员远程运维须事先经甲方审批并通过甲方堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应的法律责任。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、粮食储备信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在本合同终止后持续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成初验的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付的系统第二次验收仍不合格的，甲方有权解除本合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按应付未付款项的万分之三向乙方支付违约金。
H:第十一条 分包
P:11.1 本项目不允许分包。乙方不得将本合同项下的全部或任何部分工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:12.2 乙方逾期超过60日的，甲方有权解除本合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 项目管理与培训
P:14.1 乙方应指派具有类似项目经验的项目经理常驻甲方现场，负责项目计划、进度、质量和风险管理，每周与甲方项目负责人召开例会并形成会议纪要。
P:14.2 乙方应为甲方及各粮库、检测站的系统管理员和业务操作人员提供集中培训和现场指导，培训人数不少于150人次，并提供操作手册、管理员手册和培训视频。
P:14.3 乙方应按甲方要求配合接受财政、审计及上级主管部门对本项目的监督检查，如实提供相关资料。
H:第十五条 不可抗力
P:15.1 因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响一方应及时通知对方，并在不可抗力结束后继续履行；双方可协商顺延履行期限。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书及双方确认的实施方案为本合同组成部分，与本合同具有同等效力。
P:16.2 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:签订日期：　　年　　月　　日
"""

SRC["z02"] = """T:爆米花机生产线控制系统改造合同
P:合同编号：BMH-GZ-2026-031
P:甲方（买方）：某市金谷电动爆米花机制造有限公司
P:乙方（卖方）：某市恒动自动化工程有限公司
P:甲方拟对其总装及老化测试车间的六条电动爆米花机生产线进行控制系统改造，乙方同意按本合同约定提供设备、软件及安装调试服务。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条生产线的PLC控制柜更换、人机界面升级、伺服驱动改造、加热老化工位温控改造，以及产线数据采集网关和产线监控软件的部署。
P:1.2 乙方负责拆除旧控制柜、敷设控制线缆、编写PLC程序、配置监控软件，并与甲方现有ERP系统完成工单和产量数据对接。
P:1.3 乙方应于合同生效后60日内完成设备到货，到货后45日内完成六条产线的改造和调试。改造应分线进行，每次停线不超过3日，不得影响甲方其余产线的正常生产。
P:1.4 乙方所供PLC、伺服驱动器、人机界面等主要部件应为技术规格书列明的品牌和型号，控制柜防护等级不低于IP54，柜内元器件布置、线号标识和接地应符合国家相关电气安装标准。乙方如需变更品牌或型号，须事先取得甲方书面同意，且性能不得低于原约定。
P:1.5 乙方应遵守甲方厂区安全生产、防火及用电管理制度，施工人员须经甲方安全培训后方可进场。乙方在拆除旧控制柜和接入新设备前，应与甲方设备部门共同确认停电范围，执行挂牌上锁程序。施工期间因乙方原因造成人身伤害或甲方财产损失的，由乙方承担责任。
H:第二条 合同价款
P:2.1 合同总价为人民币1,500,000元（含13%增值税），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含PLC、安全继电器）|6套|86,000|516,000
TB:2|触摸屏人机界面|6套|12,500|75,000
TB:3|伺服驱动器及电机|24套|9,500|228,000
TB:4|老化工位温控模块|12套|6,250|75,000
TB:5|产线监控软件许可（永久）|1套|218,000|218,000
TB:6|数据采集网关及工业交换机|8台|15,500|124,000
TB:|设备及软件小计|||1,236,000
TB:7|安装调试|1项|148,000|148,000
TB:8|PLC编程与ERP联调|1项|96,000|96,000
TB:9|操作及维修培训|1项|20,000|20,000
TB:|合同总价|||1,500,000
P:2.2 上述价格为固定价格，包括设备、软件、运输、保险、安装、调试、培训及税费。
H:第三条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的25%作为预付款，即375,000元。
P:3.2 全部设备到货并经甲方签收后10个工作日内，支付合同总价的35%，即525,000元。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 最终验收合格后10个工作日内，支付合同总价的35%，即525,000元。
P:3.4 剩余5%即75,000元作为质量保证金，质保期满且无未决质量问题后10个工作日内无息支付。
P:3.5 甲方付款前，乙方应提交对应阶段的签收单或验收报告复印件。因乙方未按约定提供发票或资料导致付款延迟的，甲方不承担逾期付款责任。
H:第四条 验收
P:4.1 每条产线改造完成后，乙方提交调试报告，甲方组织单线验收：连续运行72小时无停机故障；单线产能不低于每小时110台；老化工位温度控制偏差不超过±2℃；一次下线合格率不低于原产线水平。
P:4.2 六条产线全部单线验收合格，产线监控软件与ERP的工单、产量数据连续10个工作日核对一致，乙方提交竣工资料、PLC程序备份及源程序后，甲方组织最终验收并出具验收报告。
P:4.3 甲方使用改造后的产线进行生产，不视为验收合格。验收不合格的，乙方应在10日内整改并重新验收。
P:4.4 乙方应提供每条产线的电气原理图、接线图、PLC程序注释说明、人机界面操作说明和设备维护手册，纸质版和电子版各一套，作为最终验收的必备资料。
H:第五条 质量保证
P:5.1 质保期为最终验收合格之日起二十四个月。质保期内设备及软件出现质量问题的，乙方免费维修或更换，并承担往返运输费用。
P:5.2 质保期内乙方每季度到现场巡检一次，检查控制柜、伺服系统及网关运行状态并提交巡检记录。
P:5.3 乙方保证本合同所供设备的备品备件在最终验收后八年内持续供应，价格不高于同期市场价格；停产的，乙方应提前六个月书面通知甲方并提供替代方案。
P:5.4 乙方应对甲方的电工、设备维修人员及产线班组长进行培训，内容包括控制柜日常点检、伺服系统参数备份与恢复、人机界面配方设置、常见报警的判断与处理以及监控软件的使用，培训不少于5天，培训后进行实操考核。
H:第六条 质保期满后的维保
P:6.1 质保期满后，甲方可委托乙方提供年度维保服务，内容包括定期巡检、故障维修、备件更换（备件费另计）及软件升级。
P:6.2 年度维保费按设备及软件小计的8%计取，即每年98,880元，自质保期满之日起三年内固定不变。维保合同每年由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 监控软件的著作权归原厂所有，甲方获得永久使用许可。
P:7.2 乙方为本项目编写的PLC程序、人机界面组态、ERP接口程序及其源程序和文档归甲方所有，甲方有权自行或委托他人修改和使用。
H:第八条 数据安全
P:8.1 产线运行数据、产量数据、工艺参数及产品配方均属甲方所有，乙方仅为履行本合同使用，不得复制、留存或向第三方提供。
P:8.2 乙方远程访问产线系统须经甲方事先批准，并通过甲方指定的VPN账号进行，访问结束后立即关闭；乙方应做好账号口令管理和病毒防护。因乙方原因导致数据泄露、丢失或生产系统遭受攻击的，乙方应在2小时内通知甲方，并承担全部赔偿责任。
H:第九条 保密
P:乙方对在本合同履行过程中知悉的甲方产品设计、工艺、客户及价格等商业秘密负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至相关信息公开之日止。
H:第十条 违约责任
P:10.1 任何一方违反本合同约定的，应赔偿对方因此遭受的实际损失。
P:10.2 乙方交付的设备或软件不符合约定的，应负责更换或修复，由此增加的停线时间由乙方负责安排补偿措施。
H:第十一条 分包
P:乙方不得转包本合同。线缆敷设等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 因不可抗力致使一方不能履行本合同的，应在不可抗力发生后及时通知对方并提供证明，双方协商延期履行或变更合同。
P:14.2 本合同履行期间，双方确认的会议纪要、变更单和签收单为本合同的补充文件；涉及价款、工期或技术方案变更的，须由双方授权代表书面签署方为有效。
P:14.3 本合同项下的通知应以书面形式送达合同首部所列地址，一方地址变更的，应及时通知对方。
P:14.4 本合同附件包括技术规格书、设备清单和改造施工方案。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

SRC["z03"] = """法语培训连锁门店预约及会员管理系统订阅服务合同

合同编号：FY-SaaS-2026-088

甲方：某市蓝枫法语培训连锁有限公司（以下简称"甲方"）
乙方：某市云课通信息技术有限公司（以下简称"乙方"）

甲方在本市及周边城市经营35家法语培训门店。为统一课程预约、排课和会员管理，甲方拟订阅乙方的"云课通"预约与会员管理系统（以下简称"系统"），并委托乙方完成实施。双方经协商一致，订立本合同。

一、服务内容与服务期
（一）乙方以软件即服务方式向甲方35家门店提供系统使用权，功能包括课程预约与排课、会员档案与储值卡、课时扣减、教师排班、微信小程序预约、短信提醒及经营报表。
（二）实施服务包括：系统初始化配置、35家门店历史会员及课时数据迁移、与甲方财务系统的收款对账接口开发、门店店长及前台人员培训。
（三）服务期为两个服务年度。第一个服务年度自系统上线验收合格之日起算，每一服务年度为连续的一年。
（四）短信提醒每个服务年度包含30万条，超出部分按每条0.042元另行结算，不计入合同总价。

（五）乙方应指定一名项目经理作为实施期间的对接人，负责制定实施计划、协调数据迁移和组织培训；系统上线后，乙方应指定专属客户成功经理，每月与甲方运营部门沟通系统使用情况。

二、费用与支付
（一）合同总价为人民币632,000元，其中：
1. 实施费（一次性）86,000元；
2. 订阅费：每个服务年度35家门店×7,800元=273,000元，两个服务年度合计546,000元。
（二）实施费在系统上线验收合格后15个工作日内一次性支付。
（三）订阅费按季度支付，每季度结束后10个工作日内，甲方根据乙方提交的当季服务报告支付该季度订阅费68,250元。
（四）乙方应在收款前开具合法有效的增值税专用发票。

（五）服务期内甲方新增门店的，按每家门店每个服务年度7,800元的标准按剩余服务月数折算增加订阅费；甲方关闭门店的，自次一季度起相应减少订阅费。

三、实施与验收
（一）乙方应在合同签订后45日内完成全部门店的配置和数据迁移，并提交上线验收申请。
（二）上线验收标准为：
1. 35家门店的会员档案、剩余课时和储值余额全部迁移，经甲方抽查各门店各50名会员逐项核对无差异；
2. 预约、排课、课时扣减及小程序预约流程按验收测试用例全部通过；
3. 收款对账接口连续5个营业日与财务系统对账一致；
4. 在200家次门店同时操作的情况下，常用页面响应时间不超过3秒。
（三）验收合格的，双方签署上线验收单。甲方试用或部分门店先行使用，不视为验收合格。

（四）乙方应为35家门店的店长、前台及教务人员分批提供培训，每家门店至少2人参加，并提供操作视频和常见问题手册；新入职员工可随时使用乙方在线学习课程，不另收费。

四、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应安排在每日22:00至次日7:00之间并提前48小时通知甲方，计划内维护时间不计入不可用时间。
（二）故障分级及响应：
1. 一级故障（全部或多家门店无法预约、无法扣课）：乙方应在30分钟内响应，3小时内恢复；
2. 二级故障（单一门店或单一功能异常）：2小时内响应，1个工作日内解决；
3. 三级故障（咨询及一般问题）：1个工作日内答复。
（三）服务补偿：月度可用率未达约定值的，每低出0.1个百分点，当季订阅费减免2%，累计减免以当季订阅费为限；一级故障每超时1小时，乙方另向甲方支付补偿金1,000元。

（四）乙方应在每月前5个工作日内向甲方提交上月服务报告，列明月度可用率、故障记录及处理情况、服务补偿金额和系统使用统计。

五、知识产权
（一）系统及其后续版本的知识产权归乙方所有。
（二）乙方为甲方开发的收款对账接口、定制报表模板及相关源代码和文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改。

（三）乙方对系统版本升级应提前7日通知甲方，涉及门店操作流程变化的，应同时提供更新说明，并安排在非营业时间发布；升级导致功能异常的，按本条第（二）项的故障等级处理。

六、数据归属与数据安全
（一）甲方及其会员在系统中产生的全部数据，包括会员个人信息、课时及消费记录，均归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他任何目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的云数据中心，对会员个人信息加密存储，设置分级访问权限并保存操作日志不少于6个月，每日备份数据并每季度进行恢复演练。
（三）发生数据泄露或丢失的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的损失，由乙方全额赔偿，并承担相应的法律责任。
（四）合同终止后30日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后彻底删除。

（五）乙方处理会员个人信息应遵守《中华人民共和国个人信息保护法》，仅在甲方授权范围内处理；会员手机号、证件号码在前台界面应脱敏显示，批量导出须经甲方管理员审批并留存记录。

七、保密
双方对在合作中知悉的对方商业秘密，包括甲方的会员名单、课程价格及经营数据，负有保密义务，未经对方书面同意不得披露。本条在合同终止后继续有效。

八、续期
服务期届满前30日，任何一方未书面提出不再续订的，本合同自动续期一个服务年度，可连续续期。续期时乙方有权根据其产品价格政策调整订阅费单价，调整后的价格以乙方书面通知为准，甲方在续期期间按调整后的价格付费。

续期期间，本合同其他条款继续有效。任何一方不同意续期的，乙方应按本合同第六条第（四）项的约定向甲方导出并交付全部数据。

九、违约责任
（一）乙方未在约定期限内完成上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违约给甲方造成损失的，赔偿责任总额以合同总价的两倍为限，但因乙方故意、重大过失或违反第六条造成的损失不受此限。

（三）甲方逾期支付订阅费的，乙方应书面催告；催告后30日内仍未支付的，乙方可限制新增预约功能，但不得删除或锁定甲方数据。

十、分包
乙方不得将本合同项下服务转包。数据迁移等工作确需委托第三方的，须事先取得甲方书面同意。

十一、合同解除
乙方严重违约，或连续两个月月度可用率未达约定值，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同，乙方应退还已预收但未提供服务部分的费用。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交上海仲裁委员会仲裁，仲裁裁决是终局的。

十三、不可抗力
因地震、火灾、重大公共卫生事件等不可抗力导致一方不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，双方根据影响程度协商延期履行或部分免除责任。云服务商的一般性故障不属于不可抗力。

十四、通知
本合同项下的通知应以书面形式发送至双方在合同中载明的地址或电子邮箱，以电子邮件发送的，发出后即视为送达。

十五、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：
日期：　　年　　月　　日
"""

SRC["z04"] = """城市生命线安全工程监测系统年度运维服务合同

项目编号：ZJ-CS-2026-014　采购方式：竞争性磋商

甲方（采购人）：某市住房和城乡建设局
乙方（成交供应商）：某市安衡智慧城市运营有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就城市生命线安全工程监测系统年度运维服务订立本合同。

第一条 服务范围
1.1 运维对象为甲方已建成的城市生命线安全工程监测系统，包括燃气管网、供水管网、排水管网和桥梁监测的前端感知设备3,260个点位、传输网络、监测预警平台及其数据库。
1.2 服务内容包括：前端设备巡检、清洁、校准和故障维修；平台软件运行维护、数据治理和版本更新；7×24小时值守和报警初步研判；季度运维报告和年度运维总结。
1.3 服务期为一年，自本合同约定的服务开始日起算。服务期满本合同即行终止，后续服务由甲方依法另行组织采购，本合同不自动续期。

1.4 乙方应在服务开始日前完成与原运维单位的交接，核对设备台账、备品备件、账号权限和未结工单，交接清单经甲方确认后作为本合同附件。
1.5 乙方应在汛期、寒潮、重大活动等特殊时段按甲方要求实行加强值守，增派现场人员，并在每日17时前报送当日运行简报。

第二条 服务费用与支付
2.1 年度运维服务费总额为人民币1,380,000元（含税），其中：前端设备巡检及维修612,000元；平台软件运维及数据治理436,000元；值守及研判服务248,000元；备品备件84,000元。
2.2 服务费按季度支付。每季度结束后，甲方依据第四条进行季度考核，并在考核结果确认后15个工作日内支付该季度服务费345,000元，扣除考核扣款后的余额为实付金额。
2.3 本合同不设预付款。乙方应在每次收款前开具合法有效的发票。

2.4 服务费包含乙方人员工资、社保、交通、通信、工具仪表、耗材及管理费等全部费用。备品备件由乙方按甲方确认的清单采购并建立出入库台账，每季度随考核资料报甲方核对。

第三条 服务水平
3.1 监测预警平台月度可用率不低于99.95%，计划内维护须提前两个工作日报甲方同意。
3.2 故障分级与时限：
（一）一级故障（平台中断、成片点位离线或报警无法推送）：15分钟内响应，1小时内到达现场，6小时内恢复；
（二）二级故障（单个点位离线或数据异常）：1小时内响应，24小时内修复；
（三）三级故障（一般性问题）：1个工作日内处理完毕。
3.3 监测报警发生后，值守人员应在5分钟内完成初步研判并按甲方预警处置流程推送相关单位。

3.4 乙方应建立运维工单系统，所有故障和巡检任务均应在工单系统中记录发现时间、响应时间、处理过程和结果，甲方可随时调阅，作为季度考核的依据。

第四条 考核与验收
4.1 甲方每季度依据运维考核细则进行考核，考核内容包括平台可用率、点位数据完整性、故障处理时限、巡检完成率和报告质量，满分100分。
4.2 考核得分90分以上的，全额支付当季服务费；80分以上不足90分的，每低1分扣减当季服务费0.5%；低于80分的，扣减当季服务费10%并由乙方限期整改。
4.3 一级故障每超时1小时，扣减2,000元；平台可用率每低于约定值0.01个百分点，扣减1,000元。
4.4 服务期满前15日内，甲方组织年度验收，验收标准为：四个季度考核均不低于80分；全部点位完成不少于两轮校准；运维资料、巡检记录及数据治理成果完整移交。

4.5 年度验收合格的，双方签署年度验收报告；甲方支付服务费或签署季度考核结果，不视为年度验收合格。年度验收不合格的，乙方应在15日内整改，整改期间不另收取费用。

第五条 数据安全与归属
5.1 系统中的监测数据、管网基础数据、报警记录及分析成果均归甲方所有。乙方仅为履行本合同使用，不得用于其他目的，不得对外提供或发布。
5.2 乙方应遵守网络安全等级保护第三级的管理要求，运维人员实名登记、专人专账号，所有运维操作通过甲方堡垒机进行并留存日志；严禁将数据拷贝至外部介质。
5.3 发生数据泄露、篡改或系统被攻击等安全事件的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的，由乙方承担赔偿责任及相应法律责任。

5.4 乙方不得在系统中私自设置远程访问通道或后门程序；运维终端应安装甲方指定的终端安全软件，并定期进行病毒查杀和漏洞修补。

第六条 保密
乙方对在服务过程中知悉的城市地下管网分布、关键设施位置及其他非公开信息负有保密义务，未经甲方书面同意不得以任何形式披露。乙方应与参与本项目的全部人员签订保密承诺书。保密义务在合同终止后继续有效。

第七条 知识产权
服务过程中形成的运维报告、数据治理成果、巡检记录及乙方为本项目编写的脚本和工具的知识产权归甲方所有，甲方可自由使用和修改。

乙方交付的运维资料应采用甲方规定的格式，纸质和电子文档各一套，年度验收时一并移交甲方档案室。运维过程中形成的设备台账、点位坐标及校准记录，乙方应在每季度考核时同步更新至甲方平台。

第八条 人员与分包
8.1 乙方应组建不少于14人的驻场运维团队，项目负责人须具备中级以上职称，人员更换应提前通知甲方。
8.2 乙方可将前端设备现场巡检、设备清洁和管井作业等辅助工作委托第三方实施，但应提前5个工作日书面告知甲方受托单位名称及资质。乙方对受托单位的工作承担全部责任。

8.3 乙方应定期组织运维人员进行业务和安全培训，每半年至少组织一次应急演练，演练方案和总结报甲方备案。驻场人员应遵守甲方考勤和出入管理规定。

第九条 违约责任
9.1 乙方未按期进场或未在约定期限内完成巡检、校准及整改任务的，每逾期一日，按年度运维服务费总额的千分之一向甲方支付违约金。
9.2 乙方因违约或过错给甲方造成损失的，应予以赔偿。乙方在本合同项下的累计赔偿责任（含违约金和考核扣款）以年度运维服务费总额的60%为限。
9.3 甲方逾期付款的，每逾期一日，按应付未付款项的万分之二向乙方支付违约金。

第十条 合同解除
10.1 乙方连续两个季度考核得分低于80分，或发生严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除本合同。
10.2 因乙方原因导致重大监测报警漏报、迟报并造成严重后果的，甲方有权立即解除本合同。

10.3 合同解除的，乙方应在甲方指定的期限内完成运维资料、账号权限和备品备件的移交，并配合新的运维单位完成交接，交接期间不得中断值守服务。

第十一条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十二条 不可抗力
因台风、暴雨、地震等不可抗力导致乙方不能按时履行服务的，乙方应立即通知甲方并尽最大努力采取应急措施，减少损失；不可抗力影响期间的考核按实际情况予以调整。

第十三条 其他
磋商文件、响应文件、成交通知书及运维考核细则为本合同组成部分。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：
"""

SRC["z05"] = """# 匠心工序追踪系统软件许可及定制开发合同

**（乙方标准合同文本 JX-HT-2025 版）**

合同编号：JX-2026-0419

甲方：某市焰绘坊火绘工作室（以下简称"甲方"）

乙方：某市匠心软件科技有限公司（以下简称"乙方"）

甲方主要从事葫芦、木板及竹制品火绘工艺品的设计、制作和销售，设有三个制作车间。为记录每件作品从选料、打磨、起稿、烙绘、上色到封蜡的工序流转，甲方向乙方采购"匠心工序追踪系统"软件许可，并委托乙方进行定制开发。双方经友好协商，订立本合同。

本合同中，"系统"指匠心工序追踪系统标准版及乙方为甲方定制开发的功能模块；"上线"指系统在甲方车间部署完成并开始记录作品工序；"维护年度"指免费维护期满后的每一个连续一年期间。

## 第一条 合同标的

1.1 乙方向甲方提供匠心工序追踪系统标准版软件许可（永久许可，不限终端数），并根据甲方需求完成以下定制开发：作品一物一码管理、烙绘工序计时与工时统计、车间平板端工序扫码、订单与电商平台对接、作品图片档案库。

1.2 乙方负责系统安装部署、基础数据初始化和操作培训。

1.3 系统部署在甲方自有服务器上，服务器及操作系统、数据库等基础软件由甲方自行提供，乙方提供安装配置指导。

## 第二条 合同价款

2.1 合同总价为人民币480,000元（含税），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠心工序追踪系统标准版软件许可 | 360,000 |
| 2 | 定制开发（一物一码、工序计时、平板端、电商对接、图片档案库） | 96,000 |
| 3 | 安装部署及培训 | 24,000 |
|  | 合计 | 480,000 |

2.2 上述价款不含车间平板电脑、扫码枪、标签打印机等硬件，硬件由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即312,000元，乙方收款后启动项目。

3.2 系统上线运行后5个工作日内，甲方支付合同总价的35%，即168,000元。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之二支付违约金，乙方有权暂停服务直至甲方付清款项。

3.4 乙方收到每笔款项后10个工作日内向甲方开具增值税普通发票。甲方需要增值税专用发票的，应在付款前提供开票信息。

## 第四条 交付与上线

4.1 乙方在收到第3.1条款项后90日内完成定制开发和部署，并通知甲方上线。

4.2 系统上线运行之日，即视为甲方验收合格。甲方在上线后提出的需求变更，乙方另行报价。

4.3 因甲方未及时提供基础数据、场地或配合人员而导致延误的，交付期限相应顺延。

4.4 甲方应指定一名项目联系人，负责提供作品分类、工序定义、员工名单、商品编码等基础数据，并在乙方提出要求后3个工作日内予以确认。甲方应自行准备车间无线网络、平板电脑、扫码枪和标签打印机，确保满足系统运行要求。

4.5 在开发过程中，甲方提出新增或变更需求的，乙方将评估工作量并书面报价，经甲方确认后另行签订补充协议，交付期限相应调整。

4.6 乙方为甲方提供一次集中操作培训，培训对象为甲方管理人员和各车间操作人员，培训时间不超过两天；其后的培训按乙方培训收费标准另行收费。

## 第五条 免费维护期

5.1 免费维护期为自系统上线之日起六个月。免费维护期内，乙方对系统缺陷提供免费修复和远程技术支持。

5.2 因甲方操作不当、擅自修改系统或硬件故障导致的问题，不在免费维护范围内。

5.3 免费维护期内，乙方可根据产品版本计划向甲方推送标准版升级，升级内容以乙方发布的版本说明为准；定制功能的适配升级不在免费维护范围内，按乙方当时的工作量报价另行收费。

## 第六条 技术支持

6.1 乙方提供工作日9:00至18:00的电话、远程技术支持。

6.2 系统故障按影响程度分为两级。一级故障（系统无法登录或无法扫码记录工序）：乙方在接到报告后2小时内响应，并尽力在1个工作日内恢复；二级故障：乙方在1个工作日内响应，并在下一版本中修复。

## 第七条 年度维护服务

7.1 免费维护期满后，甲方应每年向乙方购买年度维护服务，以继续获得缺陷修复、版本升级和技术支持。

7.2 年度维护费为软件许可费的25%，即每年90,000元，在每个维护年度开始前一次性支付。

7.3 甲方未购买年度维护服务的，乙方不再提供任何技术支持和升级。

7.4 维护年度内，乙方提供标准版的版本升级、缺陷修复和工作日远程技术支持；现场服务按每人每天2,000元另行收费，差旅费由甲方承担。

## 第八条 知识产权

8.1 匠心工序追踪系统及乙方为甲方定制开发的全部功能模块、程序代码、数据库结构及相关文档的知识产权均归乙方所有。

8.2 甲方在支付全部合同价款后，获得上述软件及定制功能在本工作室内部使用的非独占、不可转让的许可，不得对软件进行反向工程、修改或交由第三方维护。乙方不向甲方提供源代码。

8.3 甲方不得将系统或其任何部分提供给甲方以外的单位或个人使用，不得以出租、转授权等方式获取收益。甲方违反本条约定的，乙方有权终止软件许可，并要求甲方赔偿由此给乙方造成的全部损失。

## 第九条 数据

9.1 甲方在系统中录入的作品信息、工序记录、订单和客户数据归甲方所有。

9.2 甲方同意，乙方可将系统运行中产生的工序数据、工时数据经去标识化处理后，用于乙方产品的优化、行业工时模型的训练及行业分析报告的编制。

9.3 乙方应对其可以访问的甲方数据采取访问权限控制、传输加密和定期备份等安全措施。发生数据泄露、丢失的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担赔偿责任。

## 第十条 保密

双方对在合作中获悉的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露，但依法应当披露的除外。保密义务在本合同终止后两年内有效。

乙方可将本合同及合作情况作为客户案例在其宣传资料中使用，但不得披露合同金额。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方不对甲方的间接损失、利润损失或营业中断承担责任。

## 第十二条 合同解除

任何一方严重违反本合同约定，经守约方书面通知后30日内仍未纠正的，守约方有权书面通知解除本合同。

## 第十三条 不可抗力

因不可抗力、网络运营商故障、第三方电商平台接口变更等非乙方原因导致系统无法正常运行或交付延迟的，乙方不承担责任，交付期限相应顺延。

## 第十四条 争议解决

因本合同产生的争议，双方应协商解决；协商不成的，提交杭州仲裁委员会仲裁。

## 第十五条 通知及其他

15.1 本合同项下的通知以电子邮件或书面形式发送至双方在合同中载明的联系地址，电子邮件发出之日视为送达。

15.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

15.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（签字盖章）：　　　　　　乙方（签字盖章）：

日期：　　年　　月　　日
"""

SRC["e01"] = """T:Software Licence and Services Agreement
P:Agreement No. MFS-CN-2026-07
P:This Software Licence and Services Agreement (the "Agreement") is made between Dalian Haiyuan Shipping Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Dalian, Liaoning Province (the "Buyer"), and Moray Firth Systems Ltd, a company registered in Scotland with its registered office at Harbour Road, Lossiemouth, Moray, Scotland (the "Vendor").
P:The Buyer operates a fleet of coastal bulk carriers and wishes to acquire a perpetual licence to the Vendor's fleet maintenance planning software, together with the configuration, interfaces, data migration and training needed to bring it into use across its technical department and its vessels. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's FleetPlan maintenance planning software, version 8, in object code, including the shore module, the vessel module and the reporting module, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, interface programs, data conversion scripts, report templates and documentation that the Vendor prepares specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Software in the course of the Buyer's use, including vessel particulars, equipment registers, maintenance history, crew records and spare-parts inventories.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants to the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software on the Buyer's servers and on up to 26 vessels, for the Buyer's business and that of its wholly-owned subsidiaries.
P:2.2 The Vendor shall configure the Software, build interfaces to the Buyer's ERP and purchasing systems, migrate maintenance history from the Buyer's existing spreadsheets and legacy database, and train the Buyer's superintendents and shipboard engineers.
P:2.3 The Vendor shall complete installation and configuration within 120 days after the effective date of this Agreement and shall present the system for acceptance testing by that date.
H:Article 3 Price
P:3.1 The total contract price is CNY 1,820,000, inclusive of applicable taxes, made up as follows: Software licence fee CNY 1,260,000; configuration and interfaces CNY 418,000; data migration CNY 90,000; training CNY 52,000.
P:3.2 The price is fixed. Travel and living expenses of the Vendor's personnel, including visits to vessels in Chinese ports, are included.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the total contract price (CNY 364,000) within 20 business days after signature of this Agreement, against the Vendor's invoice and an advance payment guarantee issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 45% of the total contract price (CNY 819,000) within 20 business days after the shore module has passed the acceptance tests under Article 5.2.
P:4.3 The Buyer shall pay the remaining 35% of the total contract price (CNY 637,000) within 20 business days after Final Acceptance.
P:4.4 All payments shall be made in CNY to the Vendor's account stated on its invoice.
H:Article 5 Acceptance
P:5.1 The Vendor shall deliver a test plan for the Buyer's approval at least 15 days before testing starts.
P:5.2 The shore module passes the acceptance tests when every function in the agreed requirement list has been tested successfully, the maintenance history of all 26 vessels has been migrated and reconciled against the source records without discrepancy, and the ERP and purchasing interfaces have exchanged work orders and requisitions correctly for 10 consecutive business days.
P:5.3 Final Acceptance occurs when the vessel module has been installed and has synchronised with the shore module on all 26 vessels, the system has then run for 60 days without a Severity 1 fault, and the Vendor has delivered all Custom Deliverables and documentation. The Buyer shall then issue a written Final Acceptance certificate.
P:5.4 Installation, use of the Software in live operation or any payment shall not by itself constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their specifications for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide remote and on-site support free of charge.
P:6.2 Faults are classified by severity. For a Severity 1 fault (the shore module is unavailable or vessels cannot synchronise), the Vendor shall respond within 1 hour, at any time of day, and restore service within 8 hours. For a Severity 2 fault, the Vendor shall respond within 8 business hours and resolve it within 3 business days. Other faults are handled in the next maintenance release.
P:6.3 If the Vendor misses a response or restoration time for a Severity 1 fault, it shall pay the Buyer CNY 1,000 for each hour or part of an hour of delay, which the Buyer may deduct from any amount due to the Vendor.
P:6.4 After the Warranty Period, the Buyer may order annual support. The annual support fee is 11% of the Software licence fee, that is CNY 138,600 per year, and shall not be increased for the three years following the end of the Warranty Period. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify and license them freely, including through third parties.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not copy, retain or disclose it, or use it for any other purpose, including in aggregated or anonymised form.
P:8.2 The Vendor shall access the Buyer's systems only through the remote access channel provided by the Buyer, with individual accounts and multi-factor authentication, and only after the Buyer approves each session. Buyer Data shall not be transferred outside the People's Republic of China. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the PRC in handling any personal information of crew members.
P:8.3 The Vendor shall notify the Buyer within 12 hours of becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, shall cooperate fully in the investigation and remedy, and shall be liable for all losses caused by a breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, shall use it only for the purposes of this Agreement and shall not disclose it to any third party without the other party's prior written consent.
P:9.2 This obligation does not apply to information that is or becomes public without fault of the receiving party, or that must be disclosed by law, and survives termination of this Agreement for five years.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to complete Final Acceptance by the date set in the project plan for reasons attributable to it, the Vendor shall pay delay damages of 0.08% of the total contract price for each day of delay, up to a maximum of 10% of the total contract price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total contract price. This limit does not apply to liability for personal injury, fraud, wilful misconduct, breach of Article 8 or Article 9, or the indemnity in Article 7.3.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of the breach.
P:12.2 The Buyer may also terminate this Agreement if the delay damages under Article 10.1 reach their maximum.
P:12.3 On termination by the Buyer under this Article 12, the Vendor shall refund the amounts paid for any part of the work that has not been accepted.
H:Article 13 Governing Law and Jurisdiction
P:13.1 This Agreement and any non-contractual obligations arising out of it are governed by the law of Scotland.
P:13.2 The courts of Scotland, sitting in Edinburgh, have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.
H:Article 14 General
P:14.1 This Agreement, its annexes (Requirement List, Project Plan and Test Plan) and the Vendor's technical proposal dated 9 March 2026 constitute the entire agreement between the parties. In case of conflict, this Agreement prevails.
P:14.2 Any amendment must be in writing and signed by both parties.
P:14.3 Notices shall be given in writing in English or Chinese to the addresses stated above.
P:14.4 This Agreement is made in English and Chinese, both texts being equally authentic, and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

SRC["e02"] = """# Order Form and General Terms: GuestPulse Reputation Analytics Subscription

Order Form No. SPY-OF-2026-0142

## Part A: Order Form

### A1. Parties

**Provider:** Speyside Insight Ltd, a company registered in Scotland, of The Square, Grantown-on-Spey, Moray, Scotland, acting through its China service partner for invoicing in CNY.

**Customer:** Chengdu Jinjiang Yuelan Hotel Management Co., Ltd., a company incorporated in the People's Republic of China, of Tianfu Avenue, Chengdu, Sichuan Province.

### A2. Subscription

The Customer subscribes to the GuestPulse reputation analytics service (the "Service") for 48 hotel properties. The Service collects guest reviews and survey responses from online travel platforms and the Customer's own survey tools, analyses sentiment by topic, alerts hotel managers to negative reviews and produces group, brand and property dashboards. The subscription includes up to 400 named users and Chinese and English interfaces.

### A3. Subscription Term

The Subscription Term is 24 months, starting on the Service Start Date defined in Part B Section 3.3. The subscription ends at the end of the Subscription Term unless the parties sign a new Order Form.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Onboarding (platform connections, PMS interface, brand dashboards, training) | one-time | 58,000 |
| Subscription, months 1 to 12 | 48 properties x CNY 8,250 | 396,000 |
| Subscription, months 13 to 24 | 48 properties x CNY 8,250 | 396,000 |
| Total Fees for the Subscription Term | | 850,000 |

Additional properties may be added during the Subscription Term at CNY 8,250 per property per year, pro rata. The fees are fixed for the Subscription Term.

### A5. Invoicing and Payment

The onboarding fee is invoiced after the Customer signs the go-live acceptance under Part B Section 3. Subscription fees are invoiced quarterly in advance, at CNY 99,000 per quarter, the first quarter being invoiced on the Service Start Date. Invoices are payable within 30 days of receipt. Invoices are issued as PRC VAT invoices in CNY.

### A6. Contacts and Signature

Provider contact: Client Success Manager, Greater China. Customer contact: Director of Quality, Group Operations. This Order Form, together with the General Terms in Part B, forms the agreement between the parties (the "Agreement"). If Part A and Part B conflict, Part A prevails.

Signed for the Provider: ____________________ Signed for the Customer: ____________________

## Part B: General Terms

### 1. Definitions

1.1 "Customer Data" means all data that the Customer or its users submit to the Service or that the Service collects on the Customer's behalf, including guest reviews, survey responses, guest contact details and property information.

1.2 "Customer Materials" means the brand dashboards, report templates, topic dictionaries and PMS interface mappings that the Provider prepares specifically for the Customer during onboarding.

1.3 "Service Start Date" means the date on which the Customer signs the go-live acceptance.

### 2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer's users in accordance with this Agreement and the documentation.

2.2 The Provider may update the Service from time to time, provided that no update materially reduces its functionality.

2.3 The Service is hosted in a data centre in mainland China operated by a licensed cloud provider.

### 3. Onboarding and Acceptance

3.1 The Provider shall complete onboarding within 45 days after signature of this Order Form.

3.2 Go-live acceptance criteria: all 48 properties are connected to at least the five online travel platforms listed in the onboarding plan; review capture for a test period of seven days matches the platforms' own review counts for each property; the PMS interface has delivered guest stay records for all properties without error for five consecutive days; and sentiment classification reaches the accuracy agreed in the onboarding plan on a sample of 1,000 reviews checked by the Customer.

3.3 When the criteria are met, the Customer signs the go-live acceptance. Use of the Service before acceptance does not constitute acceptance.

3.4 If onboarding is not completed within the period in Section 3.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 680 for each day of delay.

### 4. Service Levels

4.1 The Provider shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance notified at least 72 hours in advance and carried out between 01:00 and 05:00 Beijing time.

4.2 Priority 1 incidents (the Service is unavailable, or alerts are not sent for the whole group) shall be responded to within 30 minutes and resolved within 6 hours. Priority 2 incidents shall be responded to within 2 business hours and resolved within 2 business days.

4.3 If monthly availability falls below the level in Section 4.1, the Customer shall receive a service credit of 5% of the monthly subscription fee for each 0.1 percentage point or part of it by which availability falls short, up to half of the monthly fee. If a Priority 1 response is late, the Customer shall receive a further credit of CNY 800 per hour. Credits are deducted from the next invoice.

### 5. Customer Data

5.1 As between the parties, the Customer owns all Customer Data.

5.2 The Customer grants the Provider a licence to use Customer Data to provide the Service. The Provider may also use Customer Data in aggregated and de-identified form to improve and develop its products, to train its sentiment models and to publish industry benchmarks, during and after the Subscription Term.

5.3 The Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access, logging of administrative access and daily backups kept in mainland China. Personal information shall be handled in accordance with the Personal Information Protection Law of the PRC.

5.4 The Provider shall notify the Customer within 24 hours of becoming aware of a security incident affecting Customer Data, shall take immediate steps to contain it and shall be responsible for the losses caused by its failure to meet Section 5.3.

5.5 Within 30 days after the end of the Subscription Term the Provider shall return Customer Data in a standard format and then delete it.

### 6. Intellectual Property

6.1 The Provider owns the Service, its software and its models.

6.2 Customer Materials belong to the Customer. The Customer may use, modify and share them freely, including with other service providers, and the Provider shall hand them over in editable form on request.

### 7. Confidentiality

7.1 Each party shall keep the other party's confidential information secret, use it only to perform this Agreement and disclose it only to its employees and advisers who need to know it and are bound by similar obligations.

7.2 Confidential information does not include information that is public, already known to the recipient, or independently developed. These obligations continue for three years after the Agreement ends.

### 8. Subprocessors and Subcontractors

8.1 The Provider may engage subprocessors and subcontractors, including its affiliates, hosting providers and support partners, to perform any part of the Service. The Provider shall inform the Customer of any new subprocessor or subcontractor by email to the Customer contact in Part A.

8.2 The Provider remains responsible for the performance of its subprocessors and subcontractors.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, or for loss of profit or revenue.

9.2 Each party's total liability arising out of or in connection with this Agreement is limited to the fees paid by the Customer under this Agreement in the six months before the event giving rise to the claim.

9.3 Section 9.2 does not limit liability for fraud, wilful misconduct, personal injury or the Customer's payment obligations.

### 10. Term and Termination

10.1 This Agreement starts on signature and continues until the end of the Subscription Term.

10.2 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after notice.

10.3 If the Customer terminates under Section 10.2, the Provider shall refund any prepaid fees for the period after termination.

### 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu in accordance with its rules in force at the time. The award is final and binding on both parties.

### 12. General

12.1 Neither party may assign this Agreement without the other party's written consent, except to a successor of its whole business.

12.2 Notices shall be given in writing to the contacts in Part A. Notices by email are effective when sent, unless a delivery failure message is received.

12.3 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to resume performance.

12.4 The Customer shall keep user credentials secure, shall ensure that its users comply with the documentation and shall tell the Provider promptly of any unauthorised use of its accounts.

12.5 This Agreement is made in English and Chinese. Both texts are equally authentic, and the parties shall interpret them consistently with each other and with the commercial purpose of this Order Form.
"""

SRC["e03"] = """T:Supply Contract for Cold-Store Environmental Sensors and Monitoring Software
P:Contract No. ZZLL-PUR-2026-058
P:Buyer: Zhengzhou Lianlu Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in the Zhengzhou Airport Economy Zone, Henan Province (the "Buyer").
P:Supplier: Cairngorm Sensing Ltd, a company registered in Scotland, with its registered office at Dalfaber Road, Aviemore, Inverness-shire, Scotland (the "Supplier").
P:This Contract is issued on the Buyer's standard purchase terms for equipment and software. The Buyer operates eleven cold stores and two pharmaceutical-grade chambers and wishes to replace its temperature and humidity monitoring with wireless sensors, gateways and monitoring software supplied, installed and calibrated by the Supplier.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and servers listed in Clause 2.
P:1.2 "Software" means the Supplier's ColdWatch monitoring software, licensed under Clause 8.
P:1.3 "Custom Work" means the dashboards, alarm rules, report templates and the interface to the Buyer's warehouse management system developed by the Supplier for the Buyer.
P:1.4 "Buyer Data" means all measurements, alarms, logs, calibration records and other data generated by the Equipment or the Software at the Buyer's sites.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, calibrate and commission the Equipment and the Software at the Buyer's cold stores, integrate them with the Buyer's warehouse management system and train the Buyer's staff.
P:2.2 The total contract price is CNY 1,700,000, inclusive of VAT, duties and delivery to site, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, pharmaceutical grade|640|1,150|736,000
TB:2|LoRa gateway with 4G backup|32|6,800|217,600
TB:3|Monitoring server (redundant pair)|2|68,200|136,400
TB:4|ColdWatch monitoring software, perpetual licence, unlimited sensors|1|386,000|386,000
TB:|Equipment and licence subtotal|||1,476,000
TB:5|Installation and cabling|1 lot|162,000|162,000
TB:6|Calibration, mapping and commissioning|1 lot|48,000|48,000
TB:7|Training|1 lot|14,000|14,000
TB:|Total contract price|||1,700,000
P:2.3 The price is fixed and covers everything needed to complete the work, including travel of the Supplier's engineers.
P:2.4 Any change to the scope or quantities requires a written change order signed by both parties, priced at the unit rates in the table above.
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver the Equipment to the Buyer's sites within 60 days after signature and complete installation and commissioning within 45 days after delivery.
P:3.2 Installation in a cold store shall be planned with the Buyer's warehouse manager so that stored goods are not exposed to temperature excursions.
P:3.3 The Supplier shall pack the Equipment for transport and storage at low temperature, label each sensor with its serial number and intended location, and deliver a packing list with each consignment. Risk in the Equipment passes to the Buyer on signature of the delivery note; title passes on payment under Clause 4.2.
P:3.4 The Supplier shall provide a detailed installation plan at least ten days before work starts, naming the engineers, the sequence of cold stores, the expected duration in each and the measures to protect stored goods. Installation in the pharmaceutical chambers requires the Buyer's quality manager to approve the plan.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the contract price (CNY 170,000) within 15 business days after signature, against a bank guarantee for the same amount valid until delivery.
P:4.2 The Buyer shall pay 55% of the contract price (CNY 935,000) within 15 business days after all Equipment has been delivered and signed for. Signature of the delivery note confirms quantities only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the contract price (CNY 595,000) within 15 business days after Final Acceptance under Clause 5.
H:5. Acceptance
P:5.1 Final Acceptance tests: every sensor reports to the Software at the configured interval with a data loss of no more than one reading per sensor per day over 14 consecutive days; every sensor reads within ±0.3 °C of a calibrated reference at the mapping points; alarms reach the duty phone and SMS recipients within 60 seconds of a simulated excursion; the interface to the warehouse management system transfers alarms and temperature records correctly; and the Software produces audit-trail reports meeting the Buyer's GSP requirements.
P:5.2 When all tests are passed and the Supplier has delivered calibration certificates, as-built drawings and documentation, the Buyer shall sign a Final Acceptance certificate.
P:5.3 Installation, operation of the Equipment, or any payment does not constitute acceptance.
P:5.4 The Supplier shall train the Buyer's duty staff, engineers and quality team in the operation of the Software, alarm handling, sensor replacement and report generation, in at least three sessions held at the Buyer's sites, and shall provide training materials in Chinese.
H:6. Warranty
P:6.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During the warranty period it shall repair or replace defective items, recalibrate sensors annually and provide software updates free of charge.
P:6.2 After the warranty period the Buyer may order annual support at 7% of the equipment and licence subtotal, that is CNY 103,320 per year, fixed for the first two years after warranty. Support is ordered by a separate purchase order each year and does not renew automatically.
P:6.3 Replacement sensors supplied under warranty shall be calibrated before dispatch and delivered with their certificates. The Supplier shall keep a stock of spare sensors and gateways in mainland China sufficient to meet the restoration times in Clause 7, and shall ensure that spare parts remain available for at least eight years after Final Acceptance.
H:7. Service Levels During the Warranty
P:7.1 Faults are handled according to the following table:
TB:Priority|Definition|Response|On-site or restoration
TB:P1|Monitoring of a cold store or chamber lost, or alarms not delivered|30 minutes|8 hours
TB:P2|Single gateway or several sensors offline|2 hours|next business day
TB:P3|Other faults and questions|1 business day|5 business days
P:7.2 For each hour by which the Supplier misses a P1 response or restoration time, the Supplier shall pay the Buyer CNY 1,000, deductible from any amount payable.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier. The Supplier grants the Buyer a perpetual, irrevocable licence to use the Software at all its sites.
P:8.2 All rights in the Custom Work belong to the Buyer. The Supplier shall deliver the Custom Work with its source code, and the Buyer may use, modify and license it without restriction.
H:9. Data Security and Ownership
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not copy, keep or disclose it or use it for any other purpose.
P:9.2 The Software shall be installed on the Buyer's own servers. The Supplier may access them remotely only through the Buyer's VPN, with named accounts and the Buyer's approval for each session, and shall keep access logs available to the Buyer.
P:9.3 The Supplier shall report any security incident affecting Buyer Data or the Buyer's systems within 12 hours, shall cooperate in containing it and shall be liable for the losses it causes.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information received from the Buyer, including customer names, site layouts and stock information, and shall not disclose it without the Buyer's prior written consent. This clause survives the end of the Contract for five years.
H:11. Delay Damages and Liability
P:11.1 If the Supplier is late in delivery or in reaching Final Acceptance, it shall pay delay damages of 0.1% of the contract price for each day of delay, up to 10% of the contract price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the contract price, except for personal injury, wilful misconduct, breach of Clauses 9 and 10 and infringement of third-party rights.
H:12. Subcontracting
P:12.1 The Supplier may not subcontract any part of the work without the Buyer's prior written consent. Any approved installation subcontractor works under the Supplier's responsibility.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier is in material breach and fails to remedy it within 15 days of notice, or if delay damages reach their maximum.
P:13.2 On termination under Clause 13.1, the Supplier shall refund the amounts paid for Equipment or work not accepted.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.
H:15. General
P:15.1 The Buyer's technical specification and the Supplier's offer form part of this Contract. In case of conflict, this Contract prevails.
P:15.2 This Contract is made in Chinese and English, both equally valid, and takes effect on signature by both parties.
P:15.3 Neither party is liable for a delay caused by force majeure, provided it notifies the other party promptly, provides evidence and takes reasonable steps to limit the effect on the work.
P:15.4 Notices shall be given in writing to the addresses above and take effect on receipt.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# Managed IT Services Agreement

Agreement No. BDN-MSA-2026-03

**Customer:** Hangzhou Qiantang Youpin E-Commerce Co., Ltd., a company incorporated in the People's Republic of China, of Binjiang District, Hangzhou, Zhejiang Province ("Customer").

**Provider:** Badenoch Technology Services Ltd, a company registered in Scotland, of King Street, Kingussie, Inverness-shire, Scotland, acting through its Hangzhou branch ("Provider").

**Background.** Customer runs three offices and two fulfilment centres in Zhejiang with about 1,150 staff. It wishes to outsource its IT service desk, end-user device support and local network support to Provider for three years. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2, and "Service Credits" the credits calculated under Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Service Commencement Date" means the date on which Customer signs the transition acceptance certificate under Clause 3.

1.5 "Customer Materials" means the knowledge articles, runbooks, device images, scripts and reports that Provider creates for Customer in performing the Services.

## 2. Term

2.1 This Agreement starts on signature. The service period is 36 months from the Service Commencement Date.

2.2 The Agreement ends at the end of the service period. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## 3. Transition and Acceptance

3.1 Provider shall carry out the transition described in Schedule 1 within 60 days after signature.

3.2 Transition acceptance criteria: all 1,150 users and their devices recorded in the asset register and checked against Customer's HR list; the service desk telephone line, portal and e-mail queue live and tested with 50 sample tickets; all knowledge articles for the top 40 ticket categories approved by Customer; and a ten-day shadow period completed with no P1 incident mishandled.

3.3 When the criteria are met, Customer signs the transition acceptance certificate. Provider's start of work on tickets before that date is not acceptance.

3.4 If the Service Commencement Date is later than 60 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay.

## 4. Service Delivery

4.1 Provider shall perform the Services in accordance with Schedule 1, good industry practice and Customer's IT policies as notified to Provider.

4.2 Provider shall provide a named service delivery manager and hold a monthly service review with Customer, presenting ticket volumes, Service Level performance, Service Credits and improvement actions.

4.3 Provider shall keep an on-site team at Customer's Binjiang head office and at each fulfilment centre during the hours in Schedule 1.

4.4 Provider shall keep the asset register, the knowledge base and the configuration records up to date at all times, and shall give Customer read access to its service management tool for all Customer tickets.

4.5 Each quarter Provider shall propose at least three improvement actions, such as automation of common requests or training for frequent user problems, and shall report on their results at the following service review.

4.6 Provider shall follow Customer's change procedure for any change to Customer's network or devices and shall not make changes outside agreed maintenance windows except to resolve a P1 incident.

## 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3.

5.2 The transition fee is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears. Invoices are payable within 30 days of receipt of a valid PRC VAT invoice.

5.3 Service Credits are deducted from the invoice for the month after the month in which they arise.

5.4 The Charges are fixed for the service period, subject only to the volume bands in Schedule 3.

5.5 Provider shall keep accurate records of the Charges, volume bands and Service Credits and shall make them available to Customer for checking on reasonable notice.

## 6. Customer Data

6.1 All data of Customer processed by Provider in performing the Services, including ticket records, user lists and device information, remains Customer's property. Provider shall use it only to perform the Services and shall return it at the end of the Agreement.

## 7. Intellectual Property

7.1 Customer Materials belong to Customer from creation, and Customer may use, modify and give them to any successor provider without restriction.

7.2 Provider's own tools and methods remain Provider's property. Provider grants Customer a free licence to use any of them embedded in Customer Materials.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information of the other party that it receives under this Agreement, and shall use it only for the purposes of this Agreement.

8.2 Each party may disclose such information to its employees and professional advisers who need to know it, and as required by law. This Clause 8 continues for three years after the Agreement ends.

## 9. Personnel and Subcontracting

9.1 Provider shall use suitably skilled and vetted personnel and shall replace any person whom Customer reasonably asks to be removed.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent.

9.3 Provider shall name a service delivery manager and a service desk team lead as key personnel. Provider shall not replace them during the first year of the service period without Customer's consent, except for illness or resignation, and shall ensure a proper handover.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 Each party's total liability under this Agreement is limited to 150% of the total Charges for the service period, except for personal injury, wilful misconduct and breach of Clause 8.

## 11. Remedies and Duration

11.1 Customer's remedies for failures to meet the Service Levels are the Service Credits, and for other failures of Provider, damages under Clause 10.

11.2 Neither party may terminate this Agreement before the end of the service period, except that Provider may suspend the Services if undisputed Charges remain unpaid 60 days after their due date and Customer does not pay within 15 days after a further written notice.

11.3 At the end of the service period Provider shall provide up to 30 days of exit assistance, including handover of Customer Materials and open tickets to Customer or its new provider, at no extra charge.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

## 13. General

13.1 This Agreement, with its Schedules, is the entire agreement between the parties. If a Schedule conflicts with a Clause, the Clause prevails.

13.2 Amendments must be in writing and signed by both parties.

13.3 Neither party is liable for failure caused by force majeure, provided it notifies the other promptly and does its best to mitigate the effects.

13.4 Notices shall be given in writing to the addresses above. Operational communications may be sent by e-mail to the contacts named in the service management plan.

Signed for Customer: ____________________ Signed for Provider: ____________________

## Schedule 1: Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, portal and e-mail support in Chinese and English for all users; logging, triage and resolution of incidents and requests | 07:00 to 23:00, seven days a week |
| End-user device support | Deployment, repair, re-imaging and disposal of laptops, desktops, handheld scanners and label printers; asset register | Business days 08:30 to 18:00 on site |
| Local network support | Switches, Wi-Fi access points and printers at the three offices and two fulfilment centres; first-line diagnosis for WAN faults | 24 hours, on call outside on-site hours |
| Transition | Knowledge capture, asset audit, tool set-up and shadow period | First 60 days |

## Schedule 2: Service Levels

| Priority | Definition | Response | Resolution | Service Credit |
|---|---|---|---|---|
| P1 | Fulfilment centre unable to pick, pack or ship, or an office without network | 15 minutes | 3 hours | 2% of the monthly service charge per late P1 incident |
| P2 | Group of users or a critical user unable to work | 1 hour | 8 business hours | 0.5% of the monthly service charge per late P2 incident |
| P3 | Single user problem with a workaround | 8 business hours | 3 business days | none |

Total Service Credits in a month are limited to 20% of the monthly service charge.

## Schedule 3: Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time | 120,000 |
| Monthly service charge | 36 months x CNY 86,000 | 3,096,000 |
| Total Charges for the service period | | 3,216,000 |

The monthly service charge covers up to 1,250 users. Each additional block of 50 users adds CNY 3,200 per month.
"""

SRC["e05"] = """MARINE DATA API SUBSCRIPTION AGREEMENT

Agreement No. AMD-API-2026-019

PARTIES

1.1 Assynt Marine Data Ltd, a company registered in Scotland, of Culag Road, Lochinver, Sutherland, Scotland (the "Provider").

1.2 Fujian Mindong Ocean Aquaculture Co., Ltd., a company incorporated in the People's Republic of China, of Sandu'ao, Ningde, Fujian Province (the "Customer").

1.3 The Customer operates offshore fish-farm cages and a fleet of service vessels along the Fujian coast. It wishes to subscribe to the Provider's marine forecast and observation data through an application programming interface, and to have the Provider build a custom data feed for its farm management platform.

DEFINITIONS

2.1 "API" means the Provider's MarineCast application programming interface and the data products delivered through it: wave, wind, current, sea temperature, dissolved-oxygen model output and storm warnings for the Customer's licensed area.

2.2 "Custom Feed" means the farm-site forecast feed, the alert rules and the adapter to the Customer's farm management platform that the Provider develops for the Customer under Clause 4.

2.3 "Customer Data" means the farm site coordinates, cage layouts, vessel positions, sensor readings and other data that the Customer sends to the API or that the API stores for the Customer.

2.4 "Subscription Year" means each of the two consecutive periods of one year starting on the Feed Acceptance Date and on its first anniversary.

2.5 "Feed Acceptance Date" means the date on which the Customer signs the acceptance certificate for the Custom Feed under Clause 5.

SUBSCRIPTION AND LICENCE

3.1 The Provider grants the Customer, for the two Subscription Years, a non-exclusive licence to call the API and to use the data products within its own business, including display to its employees and contractors and storage in its farm management platform.

3.2 The subscription covers up to 6 million API calls per Subscription Year and 45 farm sites. Calls above that volume are charged at CNY 0.02 per call and are invoiced quarterly in arrears; such usage charges are not part of the Fees in Clause 6.

3.3 The Customer shall not resell the data products as a stand-alone data service.

3.4 The Provider shall publish the API documentation and give the Customer access to a test environment from signature, with sample data for the Customer's licensed area.

CUSTOM FEED

4.1 The Provider shall develop the Custom Feed and deliver it for acceptance testing within 50 days after signature of this Agreement.

4.2 The Custom Feed shall provide hourly forecasts for each of the 45 farm sites for seven days ahead, push storm and low-oxygen alerts to the Customer's platform, and write forecasts and alerts into the Customer's platform database through the adapter.

4.3 The Customer shall provide the Provider with the farm site coordinates, cage layouts and the specification of its platform database within ten days after signature, and shall make its platform available for testing.

ACCEPTANCE

5.1 Acceptance tests run for 14 consecutive days. The Custom Feed passes when: forecasts for all 45 sites are delivered every hour without a gap longer than two hours; alerts generated by the test scenarios agreed with the Customer reach the Customer's platform within five minutes; records written by the adapter match the API output for every site and hour checked; and the documentation and source code of the adapter have been delivered.

5.2 When the tests are passed, the Customer signs the acceptance certificate. Use of the API or of the Custom Feed during testing is not acceptance.

FEES AND PAYMENT

6.1 The Fees are:
(a) Custom Feed development and integration: CNY 34,000, one time;
(b) Subscription Year 1: CNY 288,000;
(c) Subscription Year 2: CNY 288,000.
The total Fees are CNY 610,000. The subscription fees are fixed for both Subscription Years.

6.2 The development fee is invoiced after the Feed Acceptance Date. Each Subscription Year's fee is invoiced in four equal quarterly instalments of CNY 72,000 at the start of each quarter of that Subscription Year.

6.3 Invoices are payable within 30 days of receipt of a valid PRC VAT invoice. The Provider invoices in CNY through its appointed agent in Xiamen.

SERVICE LEVELS

7.1 The API shall be available at least 99.5% of each calendar month, measured at the Provider's gateway, excluding maintenance announced at least five days in advance and not exceeding six hours a month.

7.2 Incidents are classified as follows. Priority 1: the API or the Custom Feed is unavailable, or storm or low-oxygen alerts are not delivered. Priority 2: some data products are delayed or degraded. The Provider shall respond to a Priority 1 incident within 1 hour, at any time, and to a Priority 2 incident within 6 business hours, and shall keep the Customer informed until the incident is resolved.

7.3 If availability in a month is below the level in Clause 7.1, the Customer receives a credit of 5% of that month's share of the subscription fee for each full or partial percentage point of shortfall. If a Priority 1 response is late, the Customer receives a credit of CNY 600 for each hour of delay. Credits are set off against the next invoice.

DELAY

8.1 If the Custom Feed is not delivered for acceptance testing by the date in Clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay, up to a total of CNY 30,500.

CUSTOMER DATA AND DATA SECURITY

9.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the API and the Custom Feed to the Customer and for no other purpose, in any form.

9.2 The Provider shall store Customer Data on servers in mainland China, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for at least one year and back it up daily.

9.3 The Provider shall notify the Customer within 24 hours of any unauthorised access to, or loss or disclosure of, Customer Data, shall take immediate steps to contain the incident and shall compensate the Customer for the losses caused by a failure to comply with this Clause 9.

9.4 At the end of this Agreement the Provider shall return Customer Data to the Customer in a standard format and delete all copies within 30 days.

9.5 Customer Data shall not be transferred outside mainland China, and the Provider shall handle any personal information in it in accordance with the Personal Information Protection Law of the PRC.

INTELLECTUAL PROPERTY

10.1 The Provider owns the API, its models and the data products, which are licensed to the Customer under Clause 3.

10.2 The Custom Feed adapter, the alert rules and their source code and documentation belong to the Customer on delivery, and the Customer may use, modify and license them freely, including through other contractors.

LIABILITY

11.1 Neither party is liable to the other for indirect or consequential loss or loss of profit.

11.2 Each party's total liability under this Agreement is limited to 150% of the total Fees, except for personal injury, wilful misconduct and breach of Clause 9.

11.3 The Provider does not warrant that forecasts will be accurate in every case. The Customer remains responsible for its operational decisions, but the Provider shall use the models and quality controls described in its documentation.

SUBCONTRACTING AND ASSIGNMENT

12.1 The Provider shall not subcontract the development of the Custom Feed or the operation of the API without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

12.2 Neither party may assign this Agreement without the written consent of the other.

TERM AND TERMINATION

13.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new written agreement.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

13.3 The Customer may also terminate this Agreement if availability is below the level in Clause 7.1 in any three months of a Subscription Year.

13.4 If the Customer terminates under Clause 13.2 or 13.3, the Provider shall refund fees paid for any period after the termination date.

GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen, and the award shall be final.

GENERAL

15.1 This Agreement is the entire agreement between the parties on its subject and replaces all earlier proposals.

15.2 Amendments are valid only in writing and signed by both parties.

15.3 Notices shall be sent by e-mail and courier to the addresses above.

15.4 This Agreement is made in English and Chinese, and both versions are equally valid.

15.5 Neither party is liable for a failure caused by events beyond its reasonable control, including failures of public telecommunication networks, provided it notifies the other party promptly and resumes performance as soon as possible.

Signed for the Provider: ____________________

Signed for the Customer: ____________________
"""

FILES = {
    "z01": ("h1093z01_grain_bureau_quality_traceability_platform", "pdf", "zh", "software"),
    "z02": ("h1093z02_popcorn_machine_line_control_retrofit", "docx", "zh", "hardware"),
    "z03": ("h1093z03_french_school_chain_booking_saas", "txt", "zh", "cloud"),
    "z04": ("h1093z04_urban_lifeline_monitoring_annual_om", "txt", "zh", "services"),
    "z05": ("h1093z05_pyrography_studio_process_tracking_supplier_template", "md", "zh", "software"),
    "e01": ("h1093e01_fleet_maintenance_perpetual_licence_scots_law", "pdf", "en", "software"),
    "e02": ("h1093e02_hotel_reputation_saas_order_form", "md", "en", "cloud"),
    "e03": ("h1093e03_cold_store_sensors_monitoring_licence", "docx", "en", "hardware"),
    "e04": ("h1093e04_ecommerce_managed_it_services_36_months", "md", "en", "services"),
    "e05": ("h1093e05_aquaculture_marine_data_api_subscription", "txt", "en", "cloud"),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# Compliant baseline of each kind; each draft below overrides what differs.
BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
            data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
            liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True,
            warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
            termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
            contract_kind="goods_or_licence")

# per draft: terms, extra (sla_clause, ld_stated, [post_warranty_fee_capped], acceptance_deemed_on_delivery,
# contract_value), TCO inputs (fee base, annual fee) for goods_or_licence, and whether the forum is outside mainland China
D = {}
D["z01"] = dict(terms=dict(availability_pct=99.99, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
                           warranty_months=24, post_warranty_fee_pct=9),
                sla=True, ld=True, capped=True, deemed=False, value=1600000, base=880000, fee=79200, outside=False)
D["z02"] = dict(terms=dict(sla_remedy=False, prepayment_pct=25, warranty_months=24, post_warranty_fee_pct=8),
                sla=False, ld=False, capped=True, deemed=False, value=1500000, base=1236000, fee=98880, outside=False)
D["z03"] = dict(terms=dict(availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
                           final_payment_on_acceptance=None, auto_renewal_price_increase=True, contract_kind="service"),
                sla=True, ld=True, deemed=False, value=632000, outside=False)
D["z04"] = dict(terms=dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=0.1, liability_cap_pct=60,
                           final_payment_on_acceptance=None, subcontract_without_consent=True, contract_kind="service"),
                sla=True, ld=True, deemed=False, value=1380000, outside=False)
D["z05"] = dict(terms=dict(p1_response_hours=2, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                           ld_rate_per_day_pct=0.02, prepayment_pct=65, acceptance_clause=False,
                           final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=25,
                           subcontract_without_consent=None, governing_law=None),
                sla=True, ld=True, capped=True, deemed=True, value=480000, base=360000, fee=90000, outside=False)
D["e01"] = dict(terms=dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=20,
                           warranty_months=18, post_warranty_fee_pct=11, governing_law="Scotland"),
                sla=True, ld=True, capped=True, deemed=False, value=1820000, base=1260000, fee=138600, outside=True)
D["e02"] = dict(terms=dict(availability_pct=99.95, p1_response_hours=0.5, buyer_owns_data=False,
                           ld_rate_per_day_pct=680 / 850000 * 100, liability_cap_pct=6 / 24 * 100,
                           final_payment_on_acceptance=None, subcontract_without_consent=True, contract_kind="service"),
                sla=True, ld=True, deemed=False, value=850000, outside=False)
D["e03"] = dict(terms=dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=10,
                           warranty_months=36, post_warranty_fee_pct=7),
                sla=True, ld=True, capped=True, deemed=False, value=1700000, base=1476000, fee=103320, outside=False)
D["e04"] = dict(terms=dict(p1_response_hours=0.25, data_security_clause=False, ld_rate_per_day_pct=2000 / 3216000 * 100,
                           liability_cap_pct=150, final_payment_on_acceptance=None, termination_for_breach=False,
                           contract_kind="service"),
                sla=True, ld=True, deemed=False, value=3216000, outside=False)
D["e05"] = dict(terms=dict(availability_pct=99.5, p1_response_hours=1, confidentiality=False,
                           ld_rate_per_day_pct=500 / 610000 * 100, liability_cap_pct=150,
                           final_payment_on_acceptance=None, contract_kind="service"),
                sla=True, ld=True, deemed=False, value=610000, outside=False)

DESIGN = {
    "z01": [],
    "z02": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# policy §3 thresholds (used only here, never in a contract text)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_LIMIT, HORIZON = 40, 5


def tco_share(d):
    t = d["terms_full"]
    if t["contract_kind"] != "goods_or_licence" or t["warranty_months"] is None or not d.get("capped"):
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    post = years * d["fee"]
    assert abs(d["fee"] - d["base"] * t["post_warranty_fee_pct"] / 100) < 0.01, "fee vs base"
    return post / (d["value"] + post) * 100


def derive(d):
    t, r = d["terms_full"], set()
    if not d["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
    if d["sla"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not d["ld"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or d["deemed"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not d["capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(d)
        if s is not None and s > TCO_LIMIT:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d["outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low" if not rules or all(x in LOW for x in rules) else "medium"


# ---------- threshold scan ----------
PAT = re.compile("|".join([
    r"99[.．]9(?!\d)",
    r"(?<![\d.,])4\s*-?\s*(?:hours?|hrs?|h(?![a-z])|小时|个小时)",
    r"\bfour[\s-]*hours?\b", r"四个?小时",
    r"(?<![\d.,])0?[.．]05\s*(?:[%％]|per\s*cent|percent)", r"万分之五(?![十])", r"千分之零点五", r"(?<![\d.])0\.0005(?!\d)",
    r"(?<![\d.,])100\s*(?:[%％]|per\s*cent|percent)", r"one\s*hundred\s*(?:per\s*cent|percent)", r"百分之(?:一)?百",
    r"(?<![\d.,])30\s*(?:[%％]|per\s*cent|percent)", r"\bthirty\s*(?:per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九点])",
    r"(?<![\d.,])12\s*-?\s*(?:months?|个月|月)", r"\btwelve[\s-]*months?", r"十二个月",
    r"(?<![\d.,])15\s*(?:[%％]|per\s*cent|percent)", r"\bfifteen\s*(?:per\s*cent|percent)", r"百分之十五(?![点])",
    r"(?<![\d.,])40\s*(?:[%％]|per\s*cent|percent)", r"\bforty\s*(?:per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九点])",
]), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "four hours", "0.05%", "万分之五", "100%", "100 per cent", "百分之百",
            "30%", "百分之三十", "12 months", "12个月", "twelve-month", "十二个月", "15%", "fifteen per cent",
            "百分之十五", "40%", "百分之四十", "4-hour", "within 4h"]
MUST_MISS = ["99.95%", "99.99%", "24 hours", "24小时", "14 days", "0.08%", "万分之八", "1,100%", "200%", "130%",
             "百分之三十五", "36 months", "112个月", "115%", "2.15%", "140%", "百分之四十五", "24h", "0.055%", "10.05%",
             "第十二条", "1.12 months"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in PAT.finditer(variant)]
    return hits


# ---------- read back ----------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    return len(re.sub(r"\s+", "", text)) if lang == "zh" else len(text.split())


RANGES = {"zh": (2750, 3000), "en": (1450, 1650)}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert PAT.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not PAT.search(s), ("must miss", s)

    sources, targets = {}, {}
    for k, (stem, fmt, lang, cat) in FILES.items():
        if fmt in ("docx", "pdf"):
            sources[k], targets[k] = SRC[k], (stem + "." + fmt, fmt)
        else:
            (OUT / (stem + "." + fmt)).write_text(SRC[k], encoding="utf-8")
            print("wrote", stem + "." + fmt)
    write(sources, targets, OUT, wrap_words=True)

    covered, problems, report = set(), [], []
    for k, (stem, fmt, lang, cat) in FILES.items():
        d = D[k]
        t = dict(BASE)
        t.update(d["terms"])
        assert set(t) == set(KEYS)
        if t["contract_kind"] == "service":
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        d["terms_full"] = t
        for key, th in TH.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key, "on threshold")
        share = tco_share(d)
        if share is not None:
            assert abs(share - TCO_LIMIT) > 2, (k, "TCO share near threshold", share)
        rules = derive(d)
        if rules != sorted(DESIGN[k]):
            problems.append((k, rules, DESIGN[k]))
        covered |= set(rules)
        extra = {"sla_clause": d["sla"], "ld_stated": d["ld"]}
        if t["contract_kind"] == "goods_or_licence":
            extra["post_warranty_fee_capped"] = d["capped"]
        extra["acceptance_deemed_on_delivery"] = d["deemed"]
        extra["contract_value"] = d["value"]
        label = {"file": stem + "." + fmt, "language": lang, "category": cat,
                 "expected_terms": {key: t[key] for key in KEYS}, "expected_extra": extra, "expected_rules": rules}
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / (stem + "." + fmt))
        n = size(text, lang)
        lo, hi = RANGES[lang]
        hits = scan(text)
        report.append((k, fmt, n, risk(rules), None if share is None else round(share, 2), rules, hits))
    for r in report:
        print(*r[:5], ",".join(x.replace("CR-", "") for x in r[5]) or "(none)", "HITS:" + str(r[6]) if r[6] else "")
    assert not problems, problems
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    for k, fmt, n, rk, sh, rules, hits in report:
        lang = FILES[k][2]
        assert RANGES[lang][0] <= n <= RANGES[lang][1], (k, "length", n)
        assert not hits, (k, hits)
    print("all checks passed")
