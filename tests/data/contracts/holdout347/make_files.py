"""holdout347: ten ordinary draft contracts (5 zh, 5 en), written blind from policy.md / API.md.

Writes the ten contracts and their .json labels into this folder, reads every built file back, and asserts the text
lengths, the price / payment sums, that no derived label sits on a policy threshold, that no threshold figure appears in
any text, and that every one of the 20 CR rules is expected at least once.
Run from this folder: /work/main/.venv/bin/python -B make_files.py
"""
import sys; sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parent))
from word_pdf import write  # noqa: E402

# ---------------------------------------------------------------------------------------------------------------
# h347z01 — 气象局 城市内涝风险预警平台 (政府采购 公开招标, buyer's paper), PDF, 第X条 + 1.1
H347Z01 = """
T:城市内涝风险预警平台建设项目合同
P:合同编号：LCQX-ZC-2025-017
P:项目名称：城市内涝风险预警平台建设项目（政府采购公开招标，招标编号 LCQX2025-GK-009）
P:甲方（采购人）：临川市气象局
P:住所：临川市文昌路18号
P:乙方（供应商）：江州云图水文科技有限公司
P:住所：江州市高新区科创大道266号
P:鉴于甲方就城市内涝风险预警平台建设项目依法进行公开招标，乙方为该项目的中标供应商。根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容与工期
P:1.1 乙方为甲方建设城市内涝风险预警平台，内容包括：平台软件许可；降雨—积水耦合预警模型定制开发；积水监测站、短临降水预报产品及外部部门数据的接入接口开发；系统部署集成；业务人员培训。具体功能与性能以招标文件第三章技术需求及乙方投标响应为准，二者不一致的，以对甲方更有利者为准。
P:1.2 平台部署于甲方气象业务内网及市政务云指定区域，接入全市126个积水监测点、雷达外推降水产品，以及城管、水务部门的排涝泵站和下穿通道运行数据，向应急、交通部门推送分区预警信息。
P:1.3 乙方应于合同签订之日起150日内完成全部建设内容并提交初验申请；其中积水监测点接入须在当年主汛期开始前完成。
P:1.4 乙方应组建不少于6人的项目组，项目经理须为投标文件所列人员，未经甲方书面同意不得更换。
H:第二条 合同价款
P:2.1 本合同总价为人民币1,910,000元（大写：壹佰玖拾壹万元整），为固定总价，已包含税费、部署、培训及质保期内服务的全部费用。分项报价如下：
P:序号  项目  金额（元）
P:1  内涝风险预警平台软件许可（永久使用，不限用户数）  860,000
P:2  降雨—积水耦合预警模型定制开发  640,000
P:3  监测数据及外部系统接入接口开发  236,000
P:4  系统部署与集成  148,000
P:5  业务培训（含汛前演练两次）  26,000
P:合计  1,910,000
P:2.2 除本合同另有约定外，甲方不承担本合同价款以外的任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的20%，即382,000元。
P:3.2 系统通过初验后15个工作日内，甲方支付合同总价的45%，即859,500元。
P:3.3 系统通过最终验收后15个工作日内，甲方支付合同总价的35%，即668,500元。
P:3.4 乙方请款前应开具等额合法发票。甲方付款通过财政国库集中支付办理，因支付程序产生的合理时间不视为甲方逾期。
H:第四条 验收
P:4.1 初验：系统部署完成后，乙方提交自测报告，甲方组织初验。初验内容包括：功能逐项核对技术需求；126个监测点数据接入完整，数据到达平台的延迟不超过2分钟；预警模型以近三个汛期的12场典型强降雨过程回算，积水深度预警等级与实测一致的场次不少于10场；平台在200个并发用户下页面响应时间不超过3秒。
P:4.2 试运行：初验通过后进入90日试运行，试运行期间不得发生一级故障。试运行结束后，乙方提交试运行报告、源代码及全部技术文档，甲方组织专家进行最终验收；最终验收前乙方应取得第三方网络安全等级保护测评合格报告。
P:4.3 验收以双方签署的书面验收报告为准。系统上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第五条 质量保证与售后服务
P:5.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、模型参数调优，并在每个主汛期（6月至9月）安排1名工程师驻场保障。
P:5.2 平台月度可用率不低于99.95%。计划停机不计入不可用时间，但须提前3个工作日经甲方同意，且不得安排在预警发布时段。
P:5.3 故障分级响应：一级故障（平台不可用或预警无法发布）乙方应在30分钟内响应，3小时内恢复；二级故障（部分功能或单一数据源接入中断）1小时内响应，8小时内恢复；三级故障2个工作日内解决。
P:5.4 乙方未达到5.2或5.3要求的，月度可用率每低于承诺值0.01个百分点，扣减服务费1,000元；响应或恢复每超时1小时，扣减500元。扣减款从应付款项中扣除，不足部分由乙方另行支付。
P:5.5 质保期满后，甲方如需继续由乙方提供运维服务，年度运维费不超过平台软件许可费的8%，即每年不超过68,800元，且前三个运维年度不得上调；具体服务内容由双方另行签订运维合同约定。
H:第六条 知识产权
P:6.1 乙方为本项目定制开发的预警模型、模型参数、接口程序、配置文件及其源代码和技术文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发，无需另行付费。
P:6.2 平台标准软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证交付成果不侵犯任何第三方的合法权利，因此产生的纠纷由乙方负责处理并承担全部责任。
H:第七条 数据安全
P:7.1 本项目涉及的气象观测数据、积水监测数据、预警产品及系统日志均属于甲方，乙方仅可为履行本合同使用，不得留存、复制或用于其他任何目的。
P:7.2 乙方应按网络安全等级保护第三级要求落实安全措施；远程运维须经甲方逐次审批并通过堡垒机进行，操作全程留痕；测试不得使用未经脱敏的生产数据。
P:7.3 发生数据丢失、篡改或泄露等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成的损失由乙方全额赔偿。
H:第八条 保密
P:8.1 乙方对履行本合同过程中知悉的甲方工作秘密、未公开数据和技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
H:第九条 违约责任
P:9.1 乙方逾期完成建设内容的，每逾期一日按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:9.2 乙方交付成果不符合合同约定的，应负责整改并承担费用；给甲方造成损失的，应予赔偿。
P:9.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十条 分包与转让
P:10.1 乙方不得将本项目转包或分包，也不得将本合同项下的权利义务转让给第三方。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方返还已付款项、支付违约金及赔偿损失。
H:第十二条 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十三条 其他
P:13.1 招标文件、投标文件、中标通知书及合同附件为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临川市气象局
P:法定代表人或授权代表：__________  日期：______
P:乙方（盖章）：江州云图水文科技有限公司
P:法定代表人或授权代表：__________  日期：______
"""

# ---------------------------------------------------------------------------------------------------------------
# h347z02 — 水泥管桩厂 离心成型线控制系统改造 + 质保期后维保, DOCX, 一、/（一）, Word price table
H347Z02 = """
T:离心成型生产线控制系统改造合同
P:合同编号：HJGZ-JS-2025-031
P:甲方（买方）：鸿基管桩制品有限公司
P:地址：湖州市南浔区双林镇工业园纬三路8号
P:乙方（卖方）：浙北精控自动化工程有限公司
P:地址：嘉兴市秀洲区康和路1188号
P:甲方二号车间现有两条预应力混凝土管桩离心成型线，控制系统老化、故障频繁。甲方经比选确定由乙方承担控制系统改造。双方根据《中华人民共和国民法典》，就设备供货、安装调试及后续维保事宜订立本合同。
H:一、改造范围
P:（一）乙方负责两条离心成型线的控制系统改造，包括离心机主控PLC柜、离心机变频驱动柜、张拉及布料伺服系统、操作台人机界面、在线传感器、生产线监控软件的供货，以及拆旧、安装、线路改造、PLC程序及配方系统开发、联调和培训。
P:（二）改造须在甲方计划停产检修期内分线实施，每条线停产时间不超过20日，另一条线应保持正常生产。乙方应在合同签订后10日内提交施工组织方案，经甲方确认后执行。
P:（三）乙方应于合同签订之日起90日内完成两条线的供货、安装和联调，并提交验收申请。
H:二、合同价格
P:（一）本合同总价为人民币1,683,000元（含13%增值税），为固定总价，包括设备、软件、运输、安装、调试、培训及质保期内服务的全部费用。价格明细如下表：
TB:序号|名称|规格及说明|数量|单价（元）|金额（元）
TB:1|离心机主控PLC柜|含CPU、IO及通讯模块|4套|92,500|370,000
TB:2|离心机变频驱动柜|132kW矢量变频，含制动单元|8台|41,000|328,000
TB:3|张拉及布料伺服系统|伺服电机、驱动器及控制器|2套|116,000|232,000
TB:4|操作台人机界面|触摸屏及工控机|6套|18,500|111,000
TB:5|在线传感器|转速、振动、温度及位置传感器|1批|146,000|146,000
TB:6|生产线监控软件许可|SCADA，永久许可，含3个客户端|1套|168,000|168,000
TB:|软硬件小计|||||1,355,000
TB:7|安装、线路改造及联调|拆旧、布线、单机及联动调试|1项|186,000|186,000
TB:8|PLC程序及配方系统开发|按甲方工艺要求定制|1项|124,000|124,000
TB:9|培训|操作及维修人员培训|1项|18,000|18,000
TB:|合计|||||1,683,000
P:（二）质保期满后的维保费用按本合同“六、质量保证与维保”的约定执行，不包含在上述总价内。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%作为预付款，即336,600元。
P:（二）两条线设备全部到货并安装完成后10个工作日内，甲方支付合同总价的50%，即841,500元。到货签收及安装完成不代表质量验收合格。
P:（三）最终验收合格后10个工作日内，甲方支付合同总价的25%，即420,750元。
P:（四）剩余5%即84,150元作为质量保证金，质保期满且无未决质量问题后10个工作日内无息支付。
P:（五）乙方每次请款前应开具等额增值税专用发票。
H:四、交货与安装
P:（一）设备交货地点为甲方二号车间，乙方负责运输、装卸和保险，设备到货时应附合格证、出厂检验报告及装箱单。
P:（二）乙方施工人员应遵守甲方安全生产管理规定，动火、登高及带电作业须办理审批手续，施工造成的人身或财产损失由乙方承担。
P:（三）乙方施工完成后应清理现场，拆除的旧设备归甲方所有，由乙方搬运至甲方指定地点。
H:五、验收
P:（一）每条线改造完成后连续试生产15日，并满足以下条件：离心机各档转速偏差不超过额定值的1%；张拉力控制偏差不超过设定值的2%；配方切换时间不超过5分钟；试生产期间不发生因控制系统导致的停线；监控软件完整记录每根管桩的转速曲线和张拉数据。
P:（二）两条线均满足上述条件后，乙方提交验收申请及竣工资料，甲方在10个工作日内组织最终验收并出具书面验收报告。
P:（三）设备安装完成、试生产或甲方支付部分款项，均不视为验收合格。验收不合格的，乙方应在10日内整改并重新验收。
P:（四）乙方应在每条线改造完成后提交电气原理图、接线图、PLC程序清单、变频器参数表及设备说明书纸质版各两套，并提供电子版，作为验收资料的组成部分。
H:六、质量保证与维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内，乙方对设备及软件免费维修、更换，并每季度上门巡检一次。
P:（二）故障响应：一级故障（整线停机）乙方应在1小时内远程响应，8小时内到达现场，24小时内恢复生产；二级故障（单机停机或数据缺失）2小时内响应，48小时内修复。
P:（三）乙方应在甲方所在地储备常用备件，保证一级故障的备件更换不受供货周期影响。
P:（四）乙方到场或修复每超时1小时，应向甲方支付800元；同一设备在质保期内因同一原因发生三次以上故障的，乙方应免费更换新品。
P:（五）质保期满后，乙方按年为甲方提供维保服务，年度维保费为软硬件小计的6%，即每年81,300元；该价格在质保期满后三个维保年度内固定不变，维保合同由双方逐年书面签订，不自动续期。
H:七、知识产权
P:（一）乙方为本项目开发的PLC程序、配方系统、监控画面组态文件及其源程序，知识产权归甲方所有，乙方应在验收时一并移交，甲方可自行修改或委托他人维护。
P:（二）监控软件的知识产权仍属原厂，乙方保证甲方取得合法、永久的使用许可。
H:八、数据安全与保密
P:（一）生产线运行数据、工艺配方及质量记录属于甲方，乙方不得复制、留存或用于本合同以外的目的。
P:（二）乙方远程维护须经甲方逐次批准，通过甲方提供的VPN接入，并保留操作日志；不得在控制网络中接入未经检测的移动存储介质。因乙方原因导致数据丢失、配方外泄或控制系统遭受网络攻击的，乙方应在2小时内告知甲方，并承担由此造成的全部损失。
P:（三）双方对履约中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，本合同终止后仍然有效。
H:九、分包
P:（一）乙方不得转包本合同。电缆桥架及基础等辅助土建工作确需分包的，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装联调的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）乙方设备或软件不符合合同约定的，甲方有权要求更换、修理，由此产生的费用由乙方承担。
P:（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。
H:十一、合同的履行与解除
P:（一）本合同生效后，除因不可抗力致使合同目的无法实现外，双方均不得单方解除合同。
P:（二）乙方履行不符合约定的，甲方可要求乙方限期整改、按本合同“十、违约责任”支付违约金并赔偿损失，合同继续履行。
H:十二、争议解决
P:（一）本合同适用中华人民共和国法律。双方发生争议应协商解决，协商不成的，任何一方可向甲方所在地人民法院起诉。
H:十三、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一：设备技术规格书；附件二：施工组织方案。附件与正文不一致的，以正文为准。
P:甲方（盖章）：鸿基管桩制品有限公司    代表签字：__________
P:乙方（盖章）：浙北精控自动化工程有限公司    代表签字：__________
P:签订日期：______年____月____日
"""

# ---------------------------------------------------------------------------------------------------------------
# h347z03 — 连锁少儿舞蹈学校 (25 校区) 排课及收费 SaaS + 实施, TXT, 第X条 + （1）
H347Z03 = """排课及收费管理云服务合同

合同编号：YY-SaaS-2025-0412

甲方（客户）：南屿艺韵少儿舞蹈培训有限公司
统一社会信用代码：（略）
地址：福州市仓山区南江滨西大道198号
联系人：许佳琳

乙方（服务商）：杭州课栈云科技有限公司
地址：杭州市西湖区文一西路998号
联系人：孟子航

甲方在福州、厦门、泉州三地经营25个少儿舞蹈教学校区，现使用的排课及收费工具分散在各校区，数据口径不一。乙方是面向艺术培训机构的“课栈”排课及收费云平台的运营方。双方经友好协商，就甲方订阅该平台并由乙方提供实施服务事宜，订立本合同。

第一条 服务内容
（1）乙方向甲方25个校区开通“课栈”平台机构版，功能包括：学员档案、班级与排课、教室与教师课表冲突检测、课消与考勤、课时包及学费收取、退费审批、家长端小程序通知、校区经营报表。
（2）实施服务包括：25个校区历史学员、课时余额及欠费数据迁移；收费通道（微信支付、支付宝及甲方对公账户）对接；按甲方要求配置课时包规则、退费规则和审批流；校区管理员及前台人员培训。
（3）乙方应自合同生效之日起45日内完成实施，使全部校区具备上线条件。
（4）上线后，乙方为甲方指定一名客户成功经理，负责需求对接、季度使用回顾及新功能培训。平台版本更新应提前5个工作日在系统内公告；涉及课消、收费或退费计算规则的变更，须经甲方书面确认后方可对甲方生效。
（5）甲方可根据经营需要开通或关闭家长端在线缴费、电子报名、课后点评等扩展功能，扩展功能在服务期内不另行收费。
（6）乙方提供工作日9:00至21:00的在线客服及电话支持，周末及法定节假日安排值班电话。

第二条 服务期限
（1）服务期为三个服务年度，首个服务年度自上线验收合格之日起算，每个服务年度为该日起至次年对应日前一日止。
（2）服务期届满前30日内，任何一方未书面提出不再续订的，本合同自动续期一个服务年度，可连续续期。续期服务年度的订阅费由乙方按其当期价目表确定，较上一服务年度上调不超过10%，乙方于续期前以系统公告方式通知甲方。

第三条 费用
（1）订阅费按校区计收，每校区每服务年度9,200元，25个校区每服务年度合计230,000元。
（2）一次性实施费68,000元。
（3）本合同服务期内费用总额为758,000元（三个服务年度订阅费690,000元及实施费68,000元）。甲方新增校区的，按每校区每服务年度9,200元另行计收，按剩余服务天数折算。
（4）以上价格均含增值税，乙方开具增值税普通发票。

第四条 付款
（1）合同签订后7个工作日内，甲方一次性支付实施费68,000元及首个服务年度订阅费230,000元，合计298,000元。
（2）第二、第三服务年度的订阅费，甲方应在该服务年度开始前10个工作日内支付。
（3）甲方逾期付款超过30日的，乙方可在书面催告后暂停新增功能的开通，但不得删除或锁定甲方已有数据。

第五条 上线验收
（1）乙方完成实施后书面通知甲方，甲方在7个工作日内组织上线验收。验收标准：迁移后的学员人数、课时余额与甲方提供的截止日台账逐校区核对一致；连续5个营业日的收费记录与支付通道对账单完全一致；排课冲突检测对甲方提供的30个测试场景全部正确识别；全部校区管理员完成培训并通过操作考核。
（2）验收合格的，双方签署上线验收单。校区试用或甲方支付费用，均不视为验收合格。验收不合格的，乙方应在7日内整改并重新提交验收。
（3）乙方应在上线验收单签署后10个工作日内提交实施总结，内容包括各校区数据迁移核对表、收费通道配置说明、课时包及退费规则配置清单和培训签到记录。

第六条 服务水平
（1）平台月度可用率不低于99.95%，每月计划维护不超过两次，须安排在22:00至次日6:00之间，并提前48小时通知甲方。
（2）故障分级：一级故障指全部或多个校区无法排课、收费或考勤；二级故障指单一校区或单一功能异常；三级故障指不影响业务的一般问题。
（3）一级故障乙方应在15分钟内响应，2小时内恢复；二级故障1小时内响应，8小时内恢复；三级故障在下一个版本中修复，最长不超过30日。
（4）可用率未达承诺或一级故障超时恢复的，按当月对应订阅费的5%至20%抵扣下一期费用，具体标准见附件二。
（5）乙方应在每月前5个工作日内向甲方提供上月服务报告，列明可用率、故障清单、响应及恢复时长和抵扣金额。

第七条 甲方数据
（1）甲方在平台中录入或产生的学员信息、家长联系方式、课时及收费记录等数据，归甲方所有。乙方仅为向甲方提供本合同服务之目的处理上述数据，不得出售或用于其他目的。
（2）服务终止后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方。
（3）服务期内，甲方可随时在平台内自行导出学员、课时及收费数据，乙方不得限制或拖延甲方导出。

第八条 知识产权
（1）平台软件及其功能的知识产权归乙方。
（2）乙方为甲方专门配置的课时包规则、退费审批流、报表模板及数据迁移脚本，归甲方所有，甲方可自行使用、修改或交由其他服务商使用。

第九条 保密
（1）双方对在合作中获悉的对方经营信息、价格及未公开资料负有保密义务，未经对方书面同意不得向第三方披露；本条在合同终止后三年内有效。

第十条 违约责任
（1）乙方未按第一条第（3）项期限完成实施的，每逾期一日，应向甲方支付违约金600元。
（2）因乙方原因导致甲方收费差错的，乙方应在核实后5个工作日内协助更正，并赔偿甲方由此产生的直接损失。
（3）甲方逾期支付费用的，每逾期一日按应付金额的万分之三支付违约金。
（4）因乙方原因导致家长端通知错发、漏发，引发学员家长投诉的，乙方应配合甲方处理，并承担由此产生的退费及补课费用。

第十一条 转包与分包
（1）未经甲方书面同意，乙方不得将本合同项下的实施或运维服务转包或分包给第三方。

第十二条 合同解除
（1）一方严重违约，经守约方书面通知后15日内未改正的，守约方有权解除本合同。
（2）因乙方违约解除合同的，乙方应按剩余服务天数退还已收订阅费，并按第七条第（2）项交付数据。
（3）甲方因校区停办而减少校区数量的，可提前30日书面通知乙方，自下一个服务年度起按实际校区数计收订阅费。

第十三条 争议解决
（1）本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交福州仲裁委员会仲裁。

第十四条 通知
（1）本合同项下的通知以书面形式发送至首部所列地址，或以电子邮件发送至双方联系人的邮箱，电子邮件进入对方系统之日视为送达。
（2）任何一方变更地址、联系人或邮箱的，应提前5个工作日书面通知对方。

第十五条 其他
（1）附件一《实施计划》、附件二《服务水平及抵扣标准》为本合同组成部分。
（2）附件与本合同正文不一致的，以正文为准。
（3）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：南屿艺韵少儿舞蹈培训有限公司
授权代表：              日期：

乙方（盖章）：杭州课栈云科技有限公司
授权代表：              日期：
"""

# ---------------------------------------------------------------------------------------------------------------
# h347z04 — 市地方志办公室 数字方志系统 年度运维 (政府采购 竞争性磋商), TXT, 1. / 1.1
H347Z04 = """政府采购服务合同
（数字方志系统运行维护服务）

项目编号：SZB-CS-2025-006（竞争性磋商）
采购人（甲方）：安平市地方志编纂办公室
住所：安平市府前街12号
供应商（乙方）：安平数研信息技术有限公司
住所：安平市经济开发区创业路77号

甲方就数字方志系统运行维护服务项目，通过竞争性磋商确定乙方为成交供应商。依据《中华人民共和国政府采购法》《政府采购竞争性磋商采购方式管理暂行办法》《中华人民共和国民法典》及磋商文件、乙方响应文件和成交通知书，双方签订本合同。

1. 服务范围
1.1 运维对象为甲方数字方志系统，包括方志资源库（志书、年鉴、地情资料全文及影像）、在线检索与阅读门户、内部编纂审校子系统、数据库服务器及存储设备。
1.2 乙方提供的服务包括：驻场运维；远程技术支持及版本维护；数据备份与安全巡检；方志资源数据维护（新增年鉴的校对、标引与挂接）；配合甲方开展网络安全等级保护测评及整改。
1.3 甲方为乙方驻场人员提供办公场所、必要的网络接入和运维账号，并指定一名联络人负责日常协调、工作量确认及考核组织。
1.4 服务期为一个服务年度，自2025年4月1日起至2026年3月31日止。服务期满本合同终止，不自动续期；甲方如需继续采购，依法另行组织采购。

2. 服务费用
2.1 本合同服务费总额为人民币468,000元，为固定总价，包含人员、工具、差旅、税费等全部费用，明细如下：
（1）驻场运维（1名工程师，工作日驻场）：186,000元；
（2）远程技术支持及版本维护：112,000元；
（3）数据备份与安全巡检：76,000元；
（4）方志资源数据维护：94,000元。
2.2 服务期内甲方不另行支付任何费用。因甲方新增需求超出本合同范围的，双方另行协商。
2.3 乙方报价已包含配合第三方等级保护测评所需的全部工作，测评机构的费用由甲方另行支付。

3. 付款方式
3.1 服务费按季度支付，每季度117,000元。每季度结束后，甲方根据本合同第6条的季度考核结果，在10个工作日内支付上一季度服务费，扣减款从当期服务费中扣除。
3.2 本合同不设预付款。乙方应在每次付款前开具等额发票。

4. 服务要求
4.1 驻场工程师应具备三年以上数据库运维经验，工作日8:30至17:30在甲方办公地点值守，人员更换须经甲方同意。
4.2 乙方每日检查服务器、数据库及门户运行状态，每周出具运行周报，每月出具运行月报及安全巡检报告。
4.3 乙方每日对方志资源库进行增量备份，每周全量备份，备份介质存放于甲方指定地点；每季度进行一次恢复演练并提交演练记录。
4.4 乙方应在服务期内完成新增年鉴不少于8部的校对、标引与挂接，差错率不超过万分之二。
4.5 乙方对编纂审校子系统的缺陷修复和小版本升级，应先在测试环境验证，经甲方确认后方可部署至生产环境，并保留回退方案；部署完成后乙方应更新配置清单。
4.6 在方志馆开放日、年鉴首发及上级检查等重要时段，乙方应提前制定保障方案，安排工程师现场值守，并在活动结束后提交保障记录。
4.7 乙方每季度对门户网站进行一次漏洞扫描，发现高危漏洞的，应在5个工作日内完成修复或采取临时防护措施，并向甲方提交修复报告。
4.8 乙方应建立运维工作台账，记录每次变更、故障处理及数据维护情况，台账随月报一并提交甲方。

5. 服务水平
5.1 在线检索与阅读门户的月度可用率不低于99.7%，因甲方网络或机房供电原因造成的中断不计入。
5.2 故障分级响应：一级故障（门户或资源库整体不可访问、编纂审校子系统无法使用）乙方应在30分钟内响应，2小时内恢复；二级故障（部分功能异常）1小时内响应，当日内恢复；三级故障3个工作日内处理完毕。
5.3 乙方应在故障处理完毕后2个工作日内提交故障报告，说明原因、处理过程及预防措施。
5.4 月度可用率每低于承诺值0.1个百分点，扣减当季服务费2,000元；故障响应或恢复每超时1小时，扣减500元。

6. 考核与验收
6.1 甲方每季度按附件《运维服务考核表》对乙方进行考核，考核内容包括可用率、故障处理时效、周报月报提交、备份与恢复演练、驻场考勤等，满分100分，80分及以上为合格。
6.2 服务期满后，乙方提交年度运维总结、全部运维文档和配置清单，甲方在15个工作日内组织年度验收。验收标准：四个季度考核均合格；门户及资源库运行正常；新增年鉴挂接数量及差错率符合第4.4条要求；运维文档与实际配置一致。
6.3 考核不合格的季度，甲方可按考核表扣减服务费；年度验收不合格的，乙方应在15日内整改。
6.4 季度考核结果由双方签字确认。乙方对考核结果有异议的，可在3个工作日内书面提出，甲方应在5个工作日内复核答复。
6.5 年度验收合格后，甲方出具书面验收意见，作为本项目政府采购履约验收的依据，并按规定公开验收结果。

7. 数据安全
7.1 方志资源数据、用户访问日志及系统配置信息属于甲方，乙方仅为提供本合同服务而接触，不得复制、带离或用于其他用途。
7.2 乙方应落实数据安全管理措施：运维操作通过甲方堡垒机进行并留存日志；不得在运维终端存放甲方数据；外部介质接入须经甲方审批；账号实行最小权限并在服务期满时交回。
7.3 发生数据丢失、损毁、被篡改或被非法获取等数据安全事件的，乙方应在1小时内向甲方报告并配合处置。因乙方原因造成数据安全事件的，乙方承担全部责任并赔偿甲方损失。

8. 知识产权
8.1 乙方在服务期内为甲方编写的运维文档、备份与巡检脚本、门户页面的定制修改及数据标引成果，知识产权归甲方所有，乙方应随年度验收一并移交。
8.2 乙方保证其提供的服务、工具及交付成果不侵犯第三方的知识产权，否则由乙方承担全部责任。

9. 违约责任
9.1 乙方应在本合同签订后10日内完成运维交接并提交运维方案。逾期完成的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
9.2 驻场工程师无故缺勤的，每人每日扣减服务费800元。
9.3 乙方未按第4.3条完成备份或恢复演练的，每次扣减服务费1,000元。
9.4 乙方违反第7条约定的，除承担第7.3条责任外，甲方有权解除合同。

10. 分包
10.1 乙方不得将本合同服务转包或分包给任何第三方。

11. 合同解除
11.1 乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后10日内仍未改正的，甲方有权解除本合同，并按实际服务时间结算费用。
11.2 合同解除或服务期满后，乙方应在10日内完成运维交接，移交全部账号、文档及配置资料，并配合新的服务商完成过渡。

12. 争议解决
12.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院起诉。
12.2 争议处理期间，除争议事项外，双方应继续履行本合同的其他条款。

13. 其他
13.1 磋商文件、响应文件、成交通知书及附件《运维服务考核表》为本合同组成部分。
13.2 本合同项下的通知以书面形式送达双方首部所列住所，或发送至双方确认的联系人电子邮箱。
13.3 本合同一式五份，甲方三份，乙方一份，政府采购监管部门备案一份，自双方签字盖章之日起生效。

甲方（盖章）：安平市地方志编纂办公室
法定代表人或委托代理人：
日期：

乙方（盖章）：安平数研信息技术有限公司
法定代表人或委托代理人：
日期：
"""

# ---------------------------------------------------------------------------------------------------------------
# h347z05 — 鸡精厂 QMS licence + 定制开发, supplier's own template (many problems), MD, "## 第X条" + 1.1
H347Z05 = """# 质量管理系统软件许可及定制开发合同

> 本合同采用乙方《质衡QMS软件许可及服务合同（标准文本）V4.0》，空白处由双方填写。

**合同编号**：ZH-QMS-2025-0288

**甲方**：鲜悦调味食品有限公司（住所：佛山市高明区沧江工业园东区富湾路6号）

**乙方**：广州质衡软件股份有限公司（住所：广州市天河区科韵路16号）

甲方主要生产鸡精、鸡粉及复合调味料，拟建立覆盖来料检验、过程控制、成品放行及追溯的质量管理系统。乙方是“质衡QMS”软件的著作权人。双方经协商，就软件许可及定制开发事宜订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“质衡QMS”标准版软件许可（含100个命名用户），并按本合同附件一《定制开发需求清单》进行定制开发及实施部署。

1.2 定制开发内容包括：HACCP关键控制点在线监控（喷雾干燥、配料、包装工序）、批次正反向追溯、供应商来料检验及评价、实验室检验数据采集接口、食品安全抽检报告模板。

1.3 乙方在收到预付款后开始实施，预计实施周期为120日，具体进度以乙方项目计划为准。

1.4 标准版软件许可为永久许可，授权甲方在其佛山厂区内部使用，不得转让、出租或提供给关联公司使用。

1.5 甲方应提供符合乙方要求的服务器、数据库及网络环境，指定项目联系人，并在乙方提出需求确认请求后3个工作日内书面答复。

## 第二条 合同价格

2.1 本合同总价为人民币1,480,000元（含税），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 质衡QMS标准版软件许可（永久，100用户） | 980,000 |
| 2 | 定制开发（附件一所列功能） | 420,000 |
| 3 | 实施部署及培训 | 80,000 |
| | 合计 | 1,480,000 |

2.2 因甲方需求变更产生的额外工作量，按乙方人天单价3,200元另行计费。

2.3 上述价格不含第三方数据库、操作系统及服务器硬件，由甲方自行采购。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的55%，即814,000元。

3.2 系统安装部署完成后5个工作日内，甲方支付合同总价的45%，即666,000元。

3.3 乙方在收到款项后10个工作日内开具增值税专用发票。

3.4 甲方逾期付款的，每逾期一日按未付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

## 第四条 交付

4.1 乙方通过远程或现场方式在甲方服务器上安装部署软件，并交付用户手册及安装说明。

4.2 乙方为甲方提供两次集中培训，每次不超过2日，培训对象为甲方质量部、生产部及仓储部的关键用户和系统管理员。超出上述范围的培训按人天单价另行计费。

4.3 乙方交付的资料包括用户手册、管理员手册及安装说明。定制开发模块的源代码不在交付范围内。

4.4 乙方逾期完成安装部署的，每逾期一日，按合同总价的万分之六向甲方支付违约金，违约金总额不超过合同总价的5%。因甲方未及时提供服务器环境、基础数据或确认需求造成的延误，工期相应顺延。

4.5 因甲方原因使实施延误超过60日的，乙方有权按已完成的工作量请款。

## 第五条 验收

5.1 系统安装部署完成并可正常登录使用的，即视为甲方验收合格。

5.2 甲方应在安装部署完成后5个工作日内签署安装确认单；逾期未签署的，不影响第5.1条的效力。

5.3 甲方在系统使用中发现的问题，按第六条维护服务处理，不影响验收结论及付款。

## 第六条 维护服务

6.1 自系统安装部署完成之日起，乙方提供六个月免费维护服务，包括缺陷修复及远程技术支持。

6.2 故障响应：一级故障（系统无法登录或检验数据无法录入）乙方在8小时内响应；二级故障在2个工作日内响应；三级故障在后续版本中统一处理。

6.3 上述响应时限为乙方的服务目标。响应或修复时间超出目标的，乙方不承担扣款、赔偿或违约金责任。

6.4 以下情形不属于免费维护范围：甲方自行修改配置或数据导致的问题；甲方服务器、网络、数据库或第三方软件的故障；超出附件一范围的新需求。

6.5 乙方提供工作日9:00至18:00的远程技术支持，非工作时间的支持按人天单价另行计费。

## 第七条 维护期满后的服务

7.1 免费维护期满后，甲方应与乙方签订年度维护合同，年度维护费为软件许可费的28%，即每年274,400元。

7.2 年度维护服务包括缺陷修复、版本升级及远程技术支持；现场服务按每人天3,200元另行计费，差旅费由甲方承担。

7.3 未签订年度维护合同的，乙方不再提供缺陷修复、版本升级及技术支持，由此产生的影响由甲方自行承担。

## 第八条 知识产权

8.1 “质衡QMS”标准版软件及其全部版本的知识产权归乙方所有。

8.2 乙方根据本合同为甲方定制开发的功能模块、接口程序、报表模板及其源代码，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或二次开发。

8.3 甲方不得去除软件中的版权标识，不得将软件或定制模块提供给第三方使用。

## 第九条 数据

9.1 甲方在系统中录入的检验数据、生产质量数据及供应商信息归甲方所有。

9.2 乙方应采取访问控制、传输及存储加密、操作日志审计等措施保障甲方数据安全；远程维护须经甲方授权。发生数据泄露或丢失的，乙方应在24小时内通知甲方，并对因其过错造成的损失承担赔偿责任。

9.3 甲方同意，乙方可将经脱敏处理的检验数据和质量统计数据用于产品改进、行业质量分析模型训练及对外发布的行业报告。

## 第十条 保密

10.1 双方对履约中获悉的对方商业秘密承担保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。

## 第十一条 责任限制

11.1 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的20%为限。

11.2 乙方不对甲方的间接损失、利润损失、产品召回费用或商誉损失承担责任。

11.3 甲方依据系统数据作出的质量判定和产品放行决定，由甲方自行负责。

## 第十二条 合同解除

12.1 一方严重违约，经另一方书面催告后30日内仍未纠正的，守约方可解除本合同。

12.2 合同解除后，甲方已支付的软件许可费不予退还。

12.3 因甲方原因解除合同的，甲方应向乙方支付已完成工作对应的全部费用。

## 第十三条 争议解决

13.1 本合同适用中华人民共和国法律。因本合同产生的争议，提交广州仲裁委员会仲裁，仲裁裁决是终局的，对双方均有约束力。

## 第十四条 其他

14.1 附件一《定制开发需求清单》为本合同组成部分。

14.2 本合同项下的通知以书面形式送达本合同首部所列地址，或以电子邮件发送至双方项目联系人。

14.3 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：鲜悦调味食品有限公司　　　　授权代表：__________

乙方（盖章）：广州质衡软件股份有限公司　　授权代表：__________

签订日期：______年____月____日
"""

# ---------------------------------------------------------------------------------------------------------------
# h347e01 — Quanzhou lantern studio, frame-design software, perpetual licences; Hungarian vendor (Kecskemét).
# PDF, Article N / N.N, price table printed as rows.
H347E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. QZ-LFS-2025-09
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Quanzhou Tongfo Lantern Art Studio Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at No. 35 Tumen Street, Licheng District, Quanzhou, Fujian Province (the "Buyer"); and
P:(2) Hirös Wireframe Software Kft., a limited liability company incorporated in Hungary, with its registered office at Kossuth tér 4, 6000 Kecskemét, Hungary (the "Vendor").
H:Background
P:(A) The Buyer designs and builds large festival lanterns with steel-wire and bamboo frames for temple fairs, city light festivals and export exhibitions. Its frame drawings are still produced by hand and then bent by workshop staff.
P:(B) The Vendor develops LampFrame, a three-dimensional design package for wire-frame sculptures and lanterns, with a render engine for lighting previews and export tools for CNC wire-bending machines.
P:(C) The Buyer wishes to acquire perpetual licences of LampFrame, a custom export module for its two bending machines, installation and training, and the Vendor is willing to supply them on the terms of this Agreement.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the LampFrame Designer and LampFrame Render Node programs in the version current on the Effective Date, with their documentation and any corrections and new versions supplied under this Agreement.
P:1.2 "Custom Module" means the export module described in Annex 1 that converts LampFrame frame models into bending programs for the Buyer's two CNC wire-bending machines, including its source code and documentation.
P:1.3 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 5.
P:1.4 "Effective Date" means the date on which both parties have signed this Agreement.
H:Article 2 Scope of Supply
P:2.1 The Vendor shall supply the Licensed Software for fourteen design workstations and four render nodes, develop and deliver the Custom Module, install everything on the Buyer's equipment at its Quanzhou workshop, and train the Buyer's designers and workshop technicians.
P:2.2 The Vendor shall complete installation of the Licensed Software within 45 days after the Effective Date and deliver the Custom Module for acceptance testing within 120 days after the Effective Date.
H:Article 3 Licence
P:3.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Licensed Software on the number of workstations and render nodes stated in Article 4, at any premises of the Buyer in the People's Republic of China, for the Buyer's own business.
P:3.2 The Licensed Software remains the property of the Vendor. The licence does not depend on the purchase of annual support and survives any expiry of support.
H:Article 4 Contract Price
P:4.1 At the Buyer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY). The Contract Price is fixed at CNY 1,020,000 and includes all taxes, duties, travel and delivery costs. It is made up as follows:
P:Item 1  LampFrame Designer perpetual licence  14 seats x CNY 38,500  CNY 539,000
P:Item 2  LampFrame Render Node perpetual licence  4 nodes x CNY 62,000  CNY 248,000
P:Licence subtotal  CNY 787,000
P:Item 3  Custom Module (CNC bending export)  fixed price  CNY 186,000
P:Item 4  Installation, configuration and training  fixed price  CNY 47,000
P:Contract Price  CNY 1,020,000
P:4.2 No other charge is payable for the supply described in Article 2. Support after the warranty period is charged only as set out in Article 7.
H:Article 5 Acceptance
P:5.1 After delivery of the Custom Module, the parties shall jointly run the acceptance tests in Annex 2 at the Buyer's workshop. The tests include: modelling and rendering ten of the Buyer's past lanterns from its sample drawings; exporting the frames of those ten lanterns to both bending machines; measuring the bent wire against the model, where every bend angle must be within 1 degree and every segment length within 2 mm; rendering a lighting preview of a frame with 50,000 segments in under 90 seconds on a render node; and ten consecutive working days of production use without a defect that stops design or export work.
P:5.2 If all tests are passed, the Buyer shall issue the Final Acceptance certificate within five working days. If a test fails, the Vendor shall correct the defect at its own cost within fifteen days and the failed tests shall be repeated.
P:5.3 Installation, training, use of the software in production or payment of any instalment does not amount to acceptance. Only the written Final Acceptance certificate does.
H:Article 6 Payment
P:6.1 The Buyer shall pay the Contract Price by bank transfer in CNY as follows: (a) 10% (CNY 102,000) within fifteen working days after the Effective Date, against the Vendor's invoice; (b) 55% (CNY 561,000) within fifteen working days after installation of the Licensed Software on all workstations and render nodes; (c) 35% (CNY 357,000) within fifteen working days after Final Acceptance.
P:6.2 Each invoice shall be addressed to the Buyer and shall state the amount in CNY. Bank charges outside China are for the Vendor's account.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Licensed Software and the Custom Module will perform substantially in accordance with their documentation and Annex 1 for a warranty period of 18 months from Final Acceptance. During the warranty period the Vendor shall correct defects free of charge and supply all new versions of the Licensed Software.
P:7.2 During the warranty period the Vendor will provide remote support by e-mail and through its online ticket portal during its office hours in Central European Time. The Vendor will use commercially reasonable efforts to answer support requests and to correct reported defects within a reasonable time, having regard to their effect on the Buyer's work.
P:7.3 After the warranty period the Buyer may order annual support for the Licensed Software. The annual support fee is 14% of the licence subtotal in Article 4.1, that is CNY 110,180 per support year, and the Vendor shall not increase it during the first three support years. Each support year is ordered by a separate purchase order; support does not renew automatically.
P:7.4 Annual support includes defect correction, new versions of the Licensed Software and maintenance of the Custom Module for new versions of the bending machines' controller software.
H:Article 8 Intellectual Property
P:8.1 All intellectual property rights in the Custom Module, including its source code, documentation and any bending templates prepared for the Buyer, belong to the Buyer from the moment of creation. The Buyer may use, modify, copy and license the Custom Module freely and may have it maintained by any third party.
P:8.2 The Vendor shall deliver the complete source code of the Custom Module with build instructions at Final Acceptance.
P:8.3 The Vendor warrants that the Licensed Software and the Custom Module do not infringe any third party's rights and shall defend and indemnify the Buyer against any claim of infringement.
H:Article 9 Buyer Data
P:9.1 The Buyer's lantern designs, drawings, models, customer files and production data ("Buyer Data") belong to the Buyer. The Vendor may access Buyer Data only to install, test and support the software under this Agreement and shall not copy, keep or use Buyer Data for any other purpose.
P:9.2 Remote access by the Vendor requires the Buyer's approval for each session and shall take place through the Buyer's VPN with individual accounts; the Vendor shall keep a log of each session and shall not transfer Buyer Data out of the Buyer's systems. The Vendor shall protect any Buyer Data in its possession with appropriate technical and organisational measures, including encryption in transit and access restricted to named staff.
P:9.3 The Vendor shall notify the Buyer within 24 hours after becoming aware of any loss of, or unauthorised access to, Buyer Data, shall cooperate in limiting its effects and shall be liable for the Buyer's losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including the Buyer's designs and customer information, and shall not disclose it to a third party without the other party's prior written consent, except to its advisers bound by similar duties or where required by law. This obligation survives termination for three years.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to complete installation or to deliver the Custom Module by the dates in Article 2.2, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. If the delay exceeds sixty days, the Buyer may terminate this Agreement.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for infringement under Article 8.3, breach of Articles 9 or 10, personal injury or wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within thirty days after the Buyer's notice describing the breach.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Hungary.
P:14.2 Any dispute arising from this Agreement shall be finally settled by arbitration in Budapest under the rules of the Hungarian Commercial Arbitration Court, in the English language.
H:Article 15 General
P:15.1 Annex 1 (Custom Module specification) and Annex 2 (acceptance tests) form part of this Agreement. Amendments must be in writing.
P:15.2 This Agreement is signed in two English originals, one for each party.
P:For the Buyer: Quanzhou Tongfo Lantern Art Studio Co., Ltd.  Name: ____________  Signature: ____________  Date: ________
P:For the Vendor: Hirös Wireframe Software Kft.  Name: ____________  Signature: ____________  Date: ________
"""

# ---------------------------------------------------------------------------------------------------------------
# h347e02 — Wuyishan bamboo-raft operator, ticketing SaaS, Order Form + General Terms; Romanian vendor (Oradea). MD.
H347E02 = """# ORDER FORM AND GENERAL TERMS — TIDEGATE TICKETING CLOUD

Order Form No. TG-CN-2025-114

## PART A — ORDER FORM

### A1. Parties

**Vendor:** Tidegate Software S.R.L., a company registered in Romania, Strada Republicii 27, 410167 Oradea, Bihor County, Romania ("Tidegate").

**Customer:** Wuyishan Jiuqu Bamboo Raft Tourism Co., Ltd., a company registered in the People's Republic of China, No. 8 Xingcun Town Raft Pier Road, Wuyishan, Fujian Province ("Customer").

This Order Form and the General Terms in Part B together form the agreement between Tidegate and Customer (the "Agreement"). If they conflict, this Order Form prevails.

### A2. Service

Tidegate will provide its Tidegate Ticketing Cloud service for Customer's bamboo-raft operations: online and on-site ticket sales, time-slot booking for the Xingcun, Jiuqu and Baihua piers, real-name verification of passengers, QR-code boarding control with 24 handheld scanners supplied by Customer, raft and raftsman dispatch, daily revenue reconciliation with Customer's payment channels, and the management dashboard (the "Service").

### A3. Subscription Term

The Service is subscribed for three Subscription Years. The first Subscription Year starts on the Go-Live Date defined in A6. Each later Subscription Year starts on the anniversary of the Go-Live Date.

At the end of the third Subscription Year the Agreement renews for a further Subscription Year at the same Subscription Fee unless either party gives written notice of non-renewal at least sixty days before the end of the then current Subscription Year.

### A4. Fees

At Customer's request all fees are stated, invoiced and paid in Chinese yuan (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | per Subscription Year, up to 1,200,000 tickets | 268,000 |
| Subscription Fees for the term | 3 Subscription Years | 804,000 |
| Set-up Fee | one-off: configuration, pier rules, payment-channel integration, training | 42,000 |
| Total fees for the term | | 846,000 |
| Additional tickets | per ticket above 1,200,000 in a Subscription Year | 0.04 |

Fees include taxes. Additional tickets are invoiced after the end of the Subscription Year in which they are issued.

### A5. Invoicing and Payment

(a) The Set-up Fee is invoiced on the Go-Live Date, after Customer has signed the Go-Live Certificate.

(b) The Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year.

(c) Customer pays each invoice within thirty days of receipt by bank transfer to Tidegate's CNY account. No amount is payable before the Go-Live Date.

### A6. Set-up and Go-Live

(a) Tidegate will complete set-up within 50 days after signature of this Order Form.

(b) Go-Live tests: Tidegate and Customer will run a three-day parallel operation on all three piers, during which (i) every ticket sold through each online channel and each ticket office must appear in the system within 10 seconds; (ii) the scanners must validate boarding codes at each pier, including when the pier's network is down, with later synchronisation; (iii) daily revenue in the system must agree exactly with the settlement files of each payment channel; and (iv) dispatch must assign rafts and raftsmen without double booking.

(c) When all tests are passed, Customer signs a Go-Live Certificate and the date of signature is the "Go-Live Date". Use of the Service for live sales during the parallel operation is not acceptance.

(d) If Tidegate does not make the Service ready for Go-Live within the period in A6(a) for reasons within its control, it pays Customer CNY 600 for each day of delay, deducted from the Set-up Fee and then from the first Subscription Fee invoice.

### A7. Customer Responsibilities

Customer will provide network connections at the three piers, the handheld scanners and ticket printers, the fare rules and a project coordinator who can take decisions on pier rules and fares during set-up.

### A8. Contacts

Customer: Mr. Zhan Yifan, Director of Operations. Tidegate: Ms. Ioana Pop, Account Manager, Asia.

## PART B — GENERAL TERMS

### B1. Service Levels

1.1 Tidegate will make the Service available 99.5% of each calendar month, measured at its hosting region and excluding maintenance announced at least 72 hours in advance and carried out between 22:00 and 06:00 China time.

1.2 Incident priorities and response times:

| Priority | Example | Response | Restoration target |
|---|---|---|---|
| P1 | no ticket sales or no boarding control at any pier | 30 minutes | 3 hours |
| P2 | one channel or one pier affected | 2 hours | 1 business day |
| P3 | minor defects, questions | 1 business day | next release |

1.3 Service credits: if availability in a month falls below the level in clause 1.1, Customer receives a credit of 5% of one twelfth of the Subscription Fee for each full 0.5 percentage point below that level, up to half of that monthly amount. If a P1 incident is not responded to within its response time, Customer receives a credit of CNY 1,000 for each hour of delay. Credits are set off against the next invoice.

### B2. Customer Data

2.1 All data that Customer or its passengers enter into the Service, including passenger names, identity document numbers, phone numbers, bookings and payment records ("Customer Data"), belongs to Customer.

2.2 Tidegate processes Customer Data to provide the Service and to comply with Customer's documented instructions.

2.3 Tidegate may compile aggregated and anonymised statistics from Customer Data, such as visitor numbers, booking lead times and seasonal demand curves, and may use them to improve and develop its products and to publish tourism demand benchmarks, during the term of the Agreement and afterwards. Such statistics will not identify Customer or any passenger.

2.4 Within thirty days after the end of the Agreement, Tidegate will return Customer Data in CSV format and then delete it from its systems.

### B3. Data Security

3.1 The Service and all Customer Data are hosted in a data centre in mainland China operated by a cloud provider holding a level-3 record under the Multi-Level Protection Scheme. Customer Data is encrypted in transit and at rest, and access by Tidegate staff is limited to named support engineers using multi-factor authentication, with every access logged.

3.2 Tidegate will comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China in processing Customer Data and will not transfer personal information out of mainland China.

3.3 Tidegate will notify Customer within 24 hours of becoming aware of any security incident affecting Customer Data, will take all reasonable steps to contain it, and is responsible for the losses, fines and costs of notifying passengers that result from an incident caused by its failure to meet this clause B3.

### B4. Subcontractors

Tidegate may use subcontractors and sub-processors of its choice, including its affiliates and the hosting provider, to perform the Service. Tidegate keeps a list of its sub-processors on its website and will inform Customer of changes by updating that list. Tidegate remains responsible for their performance.

### B5. Intellectual Property

5.1 Tidegate owns the Service, its software and its documentation. Customer receives a right to use the Service during the term.

5.2 The pier rules, fare tables, ticket and boarding-pass designs, report templates and other configurations made for Customer ("Customer Configurations") belong to Customer. Customer may use, modify and give them to any other provider.

### B6. Confidentiality

Each party keeps confidential the non-public business information of the other party that it receives under the Agreement, uses it only for the Agreement and does not disclose it to third parties without prior written consent, except as required by law. This clause survives the end of the Agreement by three years.

### B7. Warranties

Tidegate warrants that the Service will perform materially as described in its documentation and in this Order Form, and that it holds all rights needed to provide it.

### B8. Liability

8.1 Each party's total liability under the Agreement is limited to twice the total fees for the term stated in A4.

8.2 The limit does not apply to breach of clauses B2, B3 or B6, to personal injury or to wilful misconduct. Neither party is liable for indirect or consequential loss.

### B9. Term and Termination

9.1 The Agreement runs from signature until the end of the last Subscription Year.

9.2 Customer may terminate the Agreement by written notice if Tidegate commits a material breach and does not remedy it within thirty days after Customer's notice, or if availability falls below 98% in two consecutive months. On such termination Tidegate refunds the part of the Subscription Fee already paid that relates to the rest of the Subscription Year.

9.3 On expiry or termination Tidegate will give reasonable help, for up to thirty days and without extra charge, to move Customer Data and Customer Configurations to Customer or to a new provider.

9.4 Tidegate may suspend the Service only if an undisputed invoice remains unpaid sixty days after a written reminder.

### B10. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules.

### B11. General

Notices must be in writing and sent to the contacts in A7. Neither party may assign the Agreement without the other's written consent. Amendments require a written document signed by both parties.

**Signed for Tidegate Software S.R.L.:** ______________________ Name / Title / Date

**Signed for Wuyishan Jiuqu Bamboo Raft Tourism Co., Ltd.:** ______________________ Name / Title / Date
"""

# ---------------------------------------------------------------------------------------------------------------
# h347e03 — Shaanxi apple orchard, hail-net controllers and sensors, buyer's paper; Bulgarian integrator (Gabrovo).
# DOCX, Section N / N.N, Word price table. Compliant.
H347E03 = """
T:SUPPLY AND INSTALLATION CONTRACT — ORCHARD HAIL-NET CONTROL SYSTEM
P:Contract No. LCHF-2025-HN-03
P:This Contract is made on the date of the last signature below between Luochuan Hongfu Apple Orchard Co., Ltd., a company registered in the People's Republic of China, Fengqi Town, Luochuan County, Yan'an, Shaanxi Province (the "Buyer"), and Yantra Agrosystems EOOD, a company registered in Bulgaria, 14 Opalchenska Street, 5300 Gabrovo, Bulgaria, acting through its representative office in Xi'an (the "Supplier").
P:The Buyer operates 420 hectares of apple orchards on the Luochuan plateau, protected by retractable anti-hail nets that are currently opened and closed by hand. The Buyer has selected the Supplier, after a comparison of three offers, to supply and install an automatic control system that closes the nets when hail is detected or forecast and opens them again afterwards. This Contract is on the Buyer's standard terms for equipment purchases.
H:Section 1 Definitions and Scope
P:1.1 "System" means the net actuator controllers, hail and weather sensors, gateways, control software and all other items listed in Section 2, installed and working together as described in Annex A (Technical Specification).
P:1.2 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Section 5.
P:1.3 The Supplier shall design the layout, supply, install, configure and commission the System in the Buyer's orchard blocks 1 to 9, connect it to the Buyer's farm office server, and train the Buyer's orchard managers and electricians.
P:1.4 The Supplier shall complete installation and commissioning by 20 April of the year of signature, so that the System is ready before the hail season starts.
H:Section 2 Contract Price
P:2.1 At the Buyer's request all prices are in Chinese yuan (CNY). The Contract Price is CNY 1,300,000, fixed, including all taxes, import duties, transport to the orchard, installation materials and all services during the warranty period. It is broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Net actuator controller, IP66, with motor driver and manual override|36|14,800|532,800
TB:2|Acoustic hail sensor with heating|12|21,500|258,000
TB:3|Weather station (wind, rain, temperature, humidity)|6|18,600|111,600
TB:4|LoRa gateway with solar power unit|8|6,900|55,200
TB:5|HailGuard control software, perpetual licence, unlimited users|1|148,000|148,000
TB:|Hardware and licence subtotal|||1,105,600
TB:6|Installation, cabling and commissioning|1|176,400|176,400
TB:7|Training of orchard managers and electricians|1|18,000|18,000
TB:|Contract Price|||1,300,000
P:2.2 The Buyer shall not pay any other amount for the scope in Section 1.
H:Section 3 Payment
P:3.1 The Buyer shall pay 20% of the Contract Price (CNY 260,000) within fifteen working days after receiving the Supplier's advance payment guarantee from a bank in China for the same amount, valid until installation is complete.
P:3.2 The Buyer shall pay 45% of the Contract Price (CNY 585,000) within fifteen working days after the Supplier's installation certificate for all nine blocks is countersigned by the Buyer. Countersigning the installation certificate does not mean that the System is accepted.
P:3.3 The Buyer shall pay the remaining 35% (CNY 455,000) within fifteen working days after Final Acceptance.
P:3.4 Every payment is made against a valid invoice in CNY.
H:Section 4 Delivery and Installation
P:4.1 The Supplier delivers all equipment to the Buyer's warehouse at Fengqi Town and bears the risk until delivery. Equipment shall be new, with certificates of origin and CE or CCC marks where applicable.
P:4.2 With the equipment the Supplier shall deliver one spare controller board for every ten controllers, two sets of spare fuses and the wiring diagram of each block, in Chinese.
P:4.3 The Supplier's staff shall follow the Buyer's orchard safety rules, in particular rules on work at height on net poles and on work near pesticide stores.
H:Section 5 Acceptance
P:5.1 After installation the parties shall carry out the acceptance tests in Annex B, which include: (a) every controller closes its net section fully within 90 seconds after a command from the control software and reports its position correctly; (b) every sensor and weather station reports to the software at the interval stated in Annex A, with no gap longer than ten minutes over ten days; (c) a simulated hail signal from two sensors closes all net sections in the affected blocks automatically; (d) the manual override works on every controller; and (e) the System runs for ten consecutive days without a Severity 1 fault.
P:5.2 When all tests are passed, the Buyer signs the Final Acceptance Certificate within five working days. If a test is failed, the Supplier corrects the cause within ten days and the test is repeated.
P:5.3 Delivery, installation, use of the System during the hail season or any payment does not constitute acceptance.
H:Section 6 Warranty and Support
P:6.1 The Supplier warrants the System against defects in design, materials and workmanship for 36 months from Final Acceptance and shall repair or replace defective items free of charge, including travel and parts.
P:6.2 Faults are classified as follows: Severity 1 means that nets in one or more blocks cannot be closed automatically; Severity 2 means that a single controller or sensor has failed; Severity 3 means any other defect.
P:6.3 The Supplier shall respond to a Severity 1 fault within 1 hour by telephone or remote access, be on site within 12 hours and restore automatic closing within 24 hours. Severity 2 faults shall be repaired within three days and Severity 3 faults within ten working days.
P:6.4 For each hour by which the Supplier exceeds a response or restoration time for a Severity 1 fault, it shall pay the Buyer CNY 800, deducted from any amount due or paid on demand.
P:6.5 During the warranty period the Supplier shall visit the orchard twice in each season, before the first expected hail and after harvest, to inspect controllers, sensors and solar units and to replace worn parts.
P:6.6 After the warranty period, the Supplier shall offer annual support at a fee of 7% of the Hardware and licence subtotal, that is CNY 77,392 per support year, fixed for the first two support years after the warranty. Support is ordered year by year in writing and does not renew automatically.
H:Section 7 Intellectual Property
P:7.1 The orchard layout design, block configuration, control rules and any software scripts prepared by the Supplier for the Buyer belong to the Buyer, who may use and modify them and give them to any other contractor.
P:7.2 The HailGuard software and the controller firmware remain the property of their owners and are licensed to the Buyer perpetually with the System.
H:Section 8 Data
P:8.1 All sensor readings, weather records, net position logs and orchard maps collected by the System belong to the Buyer and are stored on the Buyer's farm office server. The Supplier may use them only to install and support the System.
P:8.2 The Supplier shall access the System remotely only through the Buyer's VPN, with accounts issued to named engineers and with the Buyer's approval for each session, and shall not copy data out of the System. The Supplier shall change all default passwords before Final Acceptance and shall apply security updates to the control software during the warranty period.
P:8.3 The Supplier shall inform the Buyer within 12 hours of any security incident affecting the System that it detects or causes, and is liable for the losses caused by its failure to meet this Section 8.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential any non-public information about the other party received under this Contract, including the Buyer's orchard maps, yields and prices, and shall not disclose it without the other party's prior written consent. This duty continues for three years after the end of this Contract.
H:Section 10 Delay and Breach
P:10.1 If the Supplier fails to complete installation and commissioning by the date in Section 1.4, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for every day of delay, up to 10% of the Contract Price.
P:10.2 If the System does not pass the acceptance tests after two repetitions, the Buyer may reject it and claim repayment of all amounts paid and compensation for its losses.
P:10.3 Late payment by the Buyer bears interest at the Loan Prime Rate last published by the National Interbank Funding Center.
H:Section 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Pole and cable work by local installers approved in writing by the Buyer is permitted, and the Supplier remains fully responsible for it.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after written notice, or if the delay damages under Section 10.1 reach their maximum.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Xi'an Arbitration Commission for arbitration in Xi'an.
H:Section 14 Miscellaneous
P:14.1 Notices shall be in writing and delivered by hand, courier or e-mail to the addresses given by each party at signature.
P:14.2 Annex A (Technical Specification) and Annex B (Acceptance Tests) form part of this Contract. This Contract is made in English and Chinese; both versions have equal force.
P:For the Buyer: Luochuan Hongfu Apple Orchard Co., Ltd.    Signature: ______________    Date: __________
P:For the Supplier: Yantra Agrosystems EOOD    Signature: ______________    Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# h347e04 — Zhongshan lighting maker, managed endpoint service; Belgian provider (Bruges). MD, numbered clauses +
# Schedules (priority table, charges table). One low finding (governing law).
H347E04 = """# MANAGED ENDPOINT SERVICES AGREEMENT

**Agreement reference:** ZS-GL/MES/2025-02

**Between**

**Guzhen Lumen Lighting Manufacturing Co., Ltd.**, a company established in the People's Republic of China, No. 66 Donghui Road, Guzhen Town, Zhongshan, Guangdong Province ("**Customer**"); and

**Minnewater Managed IT BV**, a company established in Belgium, Langestraat 112, 8000 Bruges, Belgium, enterprise number 0712.884.531 ("**Provider**").

**Recitals**

(A) Customer makes decorative and commercial lighting in Guzhen and uses about 1,150 laptops, desktops and shop-floor terminals across its head office, three factories and its showroom.

(B) Provider runs a managed endpoint service from its support centres in Bruges and Guangzhou and has offered to take over the patching, protection, monitoring and user support of Customer's endpoints.

(C) The parties agree as follows.

## 1. Definitions

1.1 **Endpoints** means the devices listed in the inventory agreed at the end of Onboarding, as updated under clause 3.5.

1.2 **Services** means the managed endpoint services described in clause 3 and the Schedules.

1.3 **Onboarding** means the transition work described in clause 2, ending with the Onboarding Acceptance Certificate.

1.4 **Service Month** means a calendar month after the Service Commencement Date.

1.5 **Customer Data** means all data on or about the Endpoints and their users, including files, e-mails, device logs, user identities and asset records, that Provider can access in performing the Services.

## 2. Onboarding

2.1 Provider shall complete Onboarding within 60 days after signature. Onboarding includes the inventory of all Endpoints, installation of Provider's management agent and endpoint protection on every Endpoint, the configuration of patch rings and security policies agreed with Customer, the migration of open tickets from Customer's current help desk, and the training of Customer's IT coordinators.

2.2 Onboarding acceptance criteria: (a) the agent reports from at least 98% of the Endpoints in the inventory, and every missing device is explained; (b) a test patch cycle is completed on a pilot group of 60 Endpoints without a failed start-up; (c) the agreed security baseline is applied and verified by a compliance report for every Endpoint; (d) the help desk handles a two-week trial period with the response times in Schedule 1.

2.3 When all criteria are met, Customer signs an Onboarding Acceptance Certificate. The date of signature is the **Service Commencement Date**. Use of the help desk during the trial period is not acceptance.

2.4 If Onboarding is not accepted within the period in clause 2.1 because of Provider, Provider shall pay Customer CNY 1,200 for each day of delay until the Onboarding Acceptance Certificate is signed.

## 3. Services

3.1 From the Service Commencement Date Provider shall: (a) apply operating-system and application patches in the agreed rings; (b) operate endpoint protection and respond to alerts; (c) monitor disk encryption, backup agent status and device health; (d) provide a Chinese- and English-speaking help desk from 08:00 to 20:00 China time on working days and an on-call line for Priority 1 incidents at all other times; (e) provide on-site support at Customer's sites in Zhongshan through its Guangzhou team; and (f) deliver a monthly service report.

3.2 Provider shall meet the response and resolution times in Schedule 1. Service credits under Schedule 1 apply to every Service Month in which a time is missed.

3.3 Provider shall review the security baseline with Customer every quarter and propose changes; no change is made without Customer's approval.

3.4 Provider shall keep an up-to-date register of the Endpoints, their users and their software in the management console and shall deliver a copy of it with each monthly service report.

3.5 Customer may add or remove Endpoints at any time by notice; the monthly charge is adjusted from the next Service Month at the unit price in Schedule 2.

## 4. Term

4.1 This Agreement starts on signature and continues for 36 Service Months after the Service Commencement Date.

4.2 It ends automatically at the end of that period. Any extension requires a written agreement signed by both parties.

## 5. Charges and Payment

5.1 At Customer's request the charges are stated and paid in Chinese yuan (CNY). The charges are set out in Schedule 2.

5.2 The Onboarding charge is invoiced after the Onboarding Acceptance Certificate is signed. Monthly charges are invoiced at the end of each Service Month for that month. Customer pays within thirty days of a correct invoice. Nothing is payable in advance.

5.3 The charges are fixed for the term and include all taxes, travel and tools.

## 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall process Customer Data only as needed to perform the Services and on Customer's instructions, and shall not use it for any other purpose, including analytics or product development.

6.2 Provider shall store Customer Data, device logs and management-console data only on servers in mainland China. Provider's staff shall access Customer's environment only with individual accounts and multi-factor authentication, and all remote sessions shall be recorded. Provider shall hold an ISO 27001 certificate for the Services throughout the term.

6.3 Provider shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China and shall not transfer Customer Data outside mainland China.

6.4 Provider shall notify Customer within 6 hours after becoming aware of a security incident affecting Customer Data or the Endpoints, shall help contain and investigate it, and shall bear the losses and costs caused by an incident resulting from its breach of this clause 6.

## 7. Confidentiality

7.1 Each party shall treat as confidential all information of the other party marked or reasonably understood as confidential, including Customer's product designs, customer lists and prices, and shall not disclose it to third parties without the other party's prior written consent, except to its professional advisers or as required by law.

7.2 This clause 7 continues for three years after this Agreement ends.

## 8. Intellectual Property

8.1 Scripts, policies, device images, configuration baselines, reports and documentation prepared by Provider specifically for Customer belong to Customer, which may use and modify them and hand them to any successor provider.

8.2 Provider's management tools and agents remain Provider's or its licensors' property and are made available to Customer for the term.

## 9. Subcontracting

9.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for any subcontractor approved by Customer.

## 10. Liability

10.1 Each party's aggregate liability under this Agreement is limited to 150% of the total charges for the term as set out in Schedule 2.

10.2 This limit does not apply to a breach of clauses 6 or 7, to personal injury or death, or to fraud or wilful misconduct.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within thirty days after Customer's written notice, or if Provider misses the Priority 1 response time more than three times in any three consecutive Service Months.

11.2 On expiry or termination Provider shall support the transfer of the Services to Customer or a new provider for up to 60 days at the rates in Schedule 2, return all Customer Data and remove its agents.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of Belgium.

12.2 Any dispute arising out of or in connection with this Agreement shall be finally settled under the Rules of Arbitration of CEPANI by three arbitrators, with the seat of arbitration in Brussels and English as the language of the arbitration.

## 13. General

13.1 Notices shall be in writing and sent to the addresses above. Neither party may assign this Agreement without the other party's prior written consent. This Agreement, with its Schedules, is the whole agreement between the parties on its subject. Amendments must be in writing and signed by both parties.

## Schedule 1 — Priorities, Response Times and Service Credits

| Priority | Definition | Response | Resolution or workaround |
|---|---|---|---|
| P1 | active malware outbreak, or more than 50 users unable to work | 15 minutes | 6 hours |
| P2 | a department or production line terminal group affected | 1 hour | 1 working day |
| P3 | a single user or device affected | 2 working hours | 3 working days |
| P4 | request or question | 1 working day | as agreed |

Service credits: for each P1 incident whose response time is missed, 5% of the monthly charge for that Service Month; for each P1 incident whose resolution time is missed, a further 5%; for P2 performance below 90% within the times in the table, 3% of the monthly charge. Credits in a Service Month are capped at 25% of that month's charge and are deducted from the next invoice.

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding | one-off, after Onboarding Acceptance | 58,000 |
| Managed endpoint service | 1,150 Endpoints x CNY 38 per Endpoint per Service Month | 43,700 per Service Month |
| Managed endpoint service for the term | 36 Service Months | 1,573,200 |
| Total charges for the term | | 1,631,200 |
| Transition assistance | per engineer day | 2,600 |

Signed for Customer: ______________________ (name, title, date)

Signed for Provider: ______________________ (name, title, date)
"""

# ---------------------------------------------------------------------------------------------------------------
# h347e05 — Nanchang used-car platform, mileage-record API subscription; Austrian vendor (Hallstatt). TXT,
# upper-case headings, a Schedule.
H347E05 = """MILEAGE RECORD API SUBSCRIPTION AGREEMENT

Reference: SKD-CN-0317

THIS AGREEMENT is entered into between:

SALZKAMMER KILOMETERDATEN GMBH, a limited liability company registered in Austria, Seestrasse 171, 4830 Hallstatt, Austria ("Vendor"); and

NANCHANG CHEJIAN USED CAR NETWORK TECHNOLOGY CO., LTD., a company registered in the People's Republic of China, 9th Floor, No. 1 Honggutan Avenue, Honggutan District, Nanchang, Jiangxi Province ("Customer").

BACKGROUND

Customer runs an online marketplace and inspection service for used cars, including a growing number of parallel-imported and re-imported vehicles first registered in Europe. Vendor compiles odometer readings from European inspection, service and registration sources and offers them through a query interface (the "API"). Customer wishes to check the recorded mileage history of vehicles listed on its marketplace before they are published, and Vendor is willing to provide the API on the terms below.

1. DEFINITIONS

1.1 "Query" means one request to the API for the mileage history of one vehicle identification number (VIN).

1.2 "Subscription Year" means each period starting on the Production Start Date or on an anniversary of it and ending on the day before the next anniversary.

1.3 "Production Start Date" means the date of Customer's written Integration Acceptance under clause 4.

1.4 "Customer Data" means the VINs, listing identifiers, user account data and any other data that Customer sends to the API, and the Query logs relating to Customer.

1.5 "Integration Adaptor" means the software component and the mapping tables that Vendor builds for Customer under clause 3 to connect the API to Customer's listing and inspection systems.

2. SUBSCRIPTION

2.1 Vendor grants Customer a non-exclusive, non-transferable right during the term to submit Queries to the API and to use the results within its marketplace, its inspection reports and its dealer tools, and to show the results to buyers and sellers of the vehicles concerned.

2.2 The subscription covers up to 900,000 Queries in each Subscription Year. Queries above that number are charged per Query as set out in the Schedule.

2.3 The term of this Agreement starts on signature and ends at the end of the third Subscription Year. It does not renew automatically. The parties may agree a new subscription in writing before the term ends.

3. INTEGRATION

3.1 Vendor shall provide a sandbox environment within 10 days after signature and shall build and deliver the Integration Adaptor, including the mapping of Vendor's source codes to Customer's Chinese vehicle models and mileage fields.

3.2 Vendor shall use reasonable endeavours to make the production API and the Integration Adaptor ready for Integration Acceptance within 45 days after signature. Customer acknowledges that this date is a target.

3.3 Customer shall provide test access to its inspection system, a technical contact able to answer questions within two business days, and sample inspection reports for the mapping of fields.

3.4 Vendor shall provide integration support by e-mail and video call during the integration period, in English, with a Chinese interpreter supplied by Vendor for the two workshops held at Customer's office in Nanchang.

4. INTEGRATION ACCEPTANCE

4.1 Customer will test the production API and the Integration Adaptor with a list of 2,000 VINs chosen by Customer, including VINs for which Customer already holds verified mileage records.

4.2 The acceptance criteria are: (a) the API answers every Query in the agreed JSON format; (b) the mileage records returned for the VINs with verified records match those records in at least 98 of every 100 cases, and every mismatch is explained by the source data; (c) the median response time is below 800 milliseconds and no response exceeds 5 seconds; (d) the Integration Adaptor writes the results into Customer's inspection report template without manual work.

4.3 When the criteria are met, Customer issues a written Integration Acceptance. Use of the API in production before that date does not amount to acceptance.

5. FEES AND PAYMENT

5.1 At Customer's request all fees are stated and paid in Chinese yuan (CNY). The fees are set out in the Schedule.

5.2 The Integration Fee is invoiced after Integration Acceptance. The Subscription Fee is invoiced quarterly in arrears, in four equal instalments per Subscription Year. Additional Query charges are invoiced quarterly in arrears according to the usage report.

5.3 Customer pays each correct invoice within thirty days of receipt by transfer to Vendor's CNY account. No fee is payable before the Production Start Date.

5.4 The Subscription Fee and the charge for additional Queries are fixed for the whole term.

6. SERVICE LEVELS

6.1 Vendor shall keep the API available 99.95% of the time in each calendar month, excluding maintenance notified at least 72 hours in advance.

6.2 Vendor shall respond to incidents reported by Customer as follows: Priority 1 (the API does not answer, or answers with errors for all Queries): response within 2 hours, at any time; Priority 2 (wrong or incomplete results for a group of vehicles): response within 1 business day; Priority 3 (other questions): response within 3 business days.

6.3 Vendor shall report the availability achieved in each month. Failure to meet the levels in this clause 6 does not entitle Customer to any service credit, fee reduction, refund or damages.

7. DATA PROTECTION AND SECURITY

7.1 Customer Data belongs to Customer. Vendor shall process Customer Data only to answer Queries, to invoice and to support Customer, and shall not use it for any other purpose, sell it or combine it with data from other customers.

7.2 The API is operated for Customer from a server located in mainland China, hosted by a provider holding a level-3 record under the Multi-Level Protection Scheme. Queries and results are encrypted in transit, Customer Data is encrypted at rest, and access to it is restricted to named engineers using multi-factor authentication, with each access logged.

7.3 Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. Customer Data shall not be transferred out of mainland China.

7.4 Vendor shall notify Customer within 24 hours of becoming aware of any security incident affecting Customer Data, shall take the measures needed to stop it and is liable for Customer's losses resulting from an incident caused by its breach of this clause 7.

7.5 At the end of the term Vendor shall return Customer's Query logs in CSV format and delete Customer Data from its systems within thirty days, confirming deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Vendor owns the API, its database and its documentation.

8.2 The Integration Adaptor, including its source code and mapping tables, is made for Customer and belongs to Customer on delivery. Customer may use, modify and license it freely and may have it maintained by any third party.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential all non-public information received from the other party, including the terms of this Agreement, and shall not disclose it to any third party without prior written consent, except to its advisers or as required by law. This obligation continues for three years after the end of this Agreement.

10. WARRANTIES

10.1 Vendor warrants that it has the right to compile and supply the mileage records through the API and that the results reflect its source data at the time of the Query. Vendor does not warrant that the source data is complete.

11. LIMITATION OF LIABILITY

11.1 Vendor's total liability arising from or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed CNY 260,000.

11.2 Neither party is liable for loss of profit, loss of business or indirect loss.

12. SUBCONTRACTING

12.1 Vendor shall not subcontract the operation of the API or the development of the Integration Adaptor without Customer's prior written consent, and remains responsible for any approved subcontractor.

13. TERMINATION

13.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach and fails to remedy it within thirty days after Customer's written notice.

13.2 Either party may terminate by written notice if the other becomes insolvent.

13.3 On termination by Customer under clause 13.1, Vendor shall refund any fees paid for Queries not yet made in the current quarter.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Nanchang Arbitration Commission for arbitration in Nanchang.

15. GENERAL

15.1 Notices under this Agreement shall be sent by e-mail to the contacts named by each party and confirmed by courier to the addresses above.

15.2 This Agreement, with its Schedule, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other's written consent.

SCHEDULE - FEES

Subscription Fee: CNY 336,000 per Subscription Year, covering up to 900,000 Queries, payable in quarterly instalments of CNY 84,000 in arrears.

Subscription Fees for the term: 3 Subscription Years x CNY 336,000 = CNY 1,008,000.

Integration Fee (one-off, Integration Adaptor, sandbox, two workshops): CNY 24,000, invoiced after Integration Acceptance.

Total fees for the term: CNY 1,032,000.

Additional Queries: CNY 0.45 per Query above 900,000 in a Subscription Year.

SIGNED for SALZKAMMER KILOMETERDATEN GMBH: ______________________ Name / Title / Date

SIGNED for NANCHANG CHEJIAN USED CAR NETWORK TECHNOLOGY CO., LTD.: ______________________ Name / Title / Date
"""

# ---------------------------------------------------------------------------------------------------------------
# Files, labels, checks
FILES = {  # key: (file name, format, source)
    "h347z01": ("h347z01_meteorological_bureau_urban_flood_warning_platform.pdf", "pdf", H347Z01),
    "h347z02": ("h347z02_concrete_pile_plant_spinning_line_control_retrofit.docx", "docx", H347Z02),
    "h347z03": ("h347z03_dance_school_chain_scheduling_billing_saas.txt", "txt", H347Z03),
    "h347z04": ("h347z04_local_chronicles_office_digital_gazetteer_om.txt", "txt", H347Z04),
    "h347z05": ("h347z05_seasoning_plant_qms_licence_supplier_template.md", "md", H347Z05),
    "h347e01": ("h347e01_lantern_studio_frame_software_perpetual_licence.pdf", "pdf", H347E01),
    "h347e02": ("h347e02_bamboo_raft_ticketing_saas_order_form.md", "md", H347E02),
    "h347e03": ("h347e03_apple_orchard_hail_net_controllers.docx", "docx", H347E03),
    "h347e04": ("h347e04_lighting_maker_managed_endpoint_service.md", "md", H347E04),
    "h347e05": ("h347e05_used_car_platform_mileage_api_subscription.txt", "txt", H347E05),
}

# price and payment sums (asserted)
assert 860000 + 640000 + 236000 + 148000 + 26000 == 1910000
assert 382000 + 859500 + 668500 == 1910000 and round(1910000 * 0.20) == 382000 and round(1910000 * 0.45) == 859500
assert 370000 + 328000 + 232000 + 111000 + 146000 + 168000 == 1355000
assert 4 * 92500 == 370000 and 8 * 41000 == 328000 and 2 * 116000 == 232000 and 6 * 18500 == 111000
assert 1355000 + 186000 + 124000 + 18000 == 1683000
assert 336600 + 841500 + 420750 + 84150 == 1683000 and round(1683000 * 0.05) == 84150
assert round(1683000 * 0.2) == 336600 and round(1683000 * 0.5) == 841500 and round(1683000 * 0.25) == 420750
assert round(1355000 * 0.06) == 81300
assert 25 * 9200 == 230000 and 3 * 230000 + 68000 == 758000 and 68000 + 230000 == 298000
assert 186000 + 112000 + 76000 + 94000 == 468000 and 4 * 117000 == 468000
assert 980000 + 420000 + 80000 == 1480000 and round(1480000 * 0.55) == 814000 and 814000 + 666000 == 1480000
assert round(980000 * 0.28) == 274400
assert 14 * 38500 == 539000 and 4 * 62000 == 248000 and 539000 + 248000 == 787000
assert 787000 + 186000 + 47000 == 1020000 and 102000 + 561000 + 357000 == 1020000
assert round(787000 * 0.14) == 110180
assert 3 * 268000 == 804000 and 804000 + 42000 == 846000
assert 36 * 14800 == 532800 and 12 * 21500 == 258000 and 6 * 18600 == 111600 and 8 * 6900 == 55200
assert 532800 + 258000 + 111600 + 55200 + 148000 == 1105600 and 1105600 + 176400 + 18000 == 1300000
assert 260000 + 585000 + 455000 == 1300000 and round(1105600 * 0.07) == 77392
assert 1150 * 38 == 43700 and 36 * 43700 == 1573200 and 1573200 + 58000 == 1631200
assert 3 * 336000 == 1008000 and 1008000 + 24000 == 1032000 and 4 * 84000 == 336000

T, F, N = True, False, None
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]

# key: (lang, category, terms in TERM_KEYS order, extra, expected rules, TCO (fee base, warranty months) or None,
#       forum outside mainland China)
LABELS = {
    "h347z01": ("zh", "software",
                [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 8, F, T, F, "PRC", "goods_or_licence"],
                dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                     contract_value=1910000),
                [], 860000, F),
    "h347z02": ("zh", "hardware",
                [N, 1, T, "buyer", T, T, T, 0.03, N, 20, T, T, 24, 6, F, F, F, "PRC", "goods_or_licence"],
                dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                     contract_value=1683000),
                ["CR-LD-LOW", "CR-TERMINATION"], 1355000, F),
    "h347z03": ("zh", "cloud",
                [99.95, 0.25, T, "buyer", F, T, T, 600 / 758000 * 100, N, 298000 / 758000 * 100, T, N, N, N, T, T, F,
                 "PRC", "service"],
                dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=758000),
                ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY", "CR-PREPAYMENT"], None, F),
    "h347z04": ("zh", "services",
                [99.7, 0.5, T, "buyer", T, T, F, 0.1, N, N, T, N, N, N, F, T, F, "PRC", "service"],
                dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=468000),
                ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"], None, F),
    "h347z05": ("zh", "software",
                [N, 8, F, "supplier", T, F, T, 0.06, 20, 55, F, F, 6, 28, F, T, N, "PRC", "goods_or_licence"],
                dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=T,
                     contract_value=1480000),
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
                980000, F),
    "h347e01": ("en", "software",
                [N, N, F, "buyer", T, T, T, 0.1, 150, 10, T, T, 18, 14, F, T, F, "Hungary", "goods_or_licence"],
                dict(sla_clause=F, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                     contract_value=1020000),
                ["CR-GOVERNING-LAW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], 787000, T),
    "h347e02": ("en", "cloud",
                [99.5, 0.5, T, "buyer", T, F, T, 600 / 846000 * 100, 200, N, T, N, N, N, F, T, T, "PRC", "service"],
                dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=846000),
                ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"], None, F),
    "h347e03": ("en", "hardware",
                [N, 1, T, "buyer", T, T, T, 0.1, N, 20, T, T, 36, 7, F, T, F, "PRC", "goods_or_licence"],
                dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                     contract_value=1300000),
                [], 1105600, F),
    "h347e04": ("en", "services",
                [N, 0.25, T, "buyer", T, T, T, 1200 / 1631200 * 100, 150, N, T, N, N, N, F, T, F, "Belgium", "service"],
                dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=1631200),
                ["CR-GOVERNING-LAW"], None, T),
    "h347e05": ("en", "cloud",
                [99.95, 2, F, "buyer", T, T, T, N, 260000 / 1032000 * 100, N, T, N, N, N, F, T, F, "PRC", "service"],
                dict(sla_clause=T, ld_stated=F, acceptance_deemed_on_delivery=F, contract_value=1032000),
                ["CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"], None, F),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(t, x, fee_base):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = fee_base * t["post_warranty_fee_pct"] / 100 * years
    total = x["contract_value"] + fees
    return total, fees, fees / total * 100


def rules_from_labels(t, x, fee_base, forum_outside):
    """My own reading of policy.md §3 applied to the labels (a cross-check of the hand-written lists)."""
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(t, x, fee_base)
        if c and c[2] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# threshold figures, in digits, Chinese and words; scanned in the raw text, a whitespace-collapsed copy and a copy
# with all whitespace removed
CN = "〇零一二三四五六七八九十百两"
THRESHOLD_PATTERNS = {
    "availability 99.9": [r"99\.9(?![0-9])", r"九十九点九(?![一二三四五六七八九])"],
    "P1 4 hours": [r"(?<![0-9.])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b)", r"(?<![" + CN + r"])四\s*(?:个)?\s*小时",
                   r"\bfour[\s-]+hours?\b", r"(?<![0-9.])240\s*(?:分钟|minutes?\b|mins?\b)", r"二百四十分钟"],
    "LD 0.05 %/day": [r"(?<![0-9.])0\.05(?![0-9])", r"万分之五(?![十])", r"\bfive\s+(?:ten-thousandths|basis\s+points)"],
    "cap 100 %": [r"(?<![0-9.])100\s*(?:%|％|per\s*cent|percent)", r"百分之百", r"\bone\s+hundred\s+per\s*cent"],
    "prepayment 30 %": [r"(?<![0-9.])30\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])", r"三成",
                        r"\bthirty\s+per\s*cent"],
    "warranty 12 months": [r"(?<![0-9.])12\s*(?:个月|months?\b)", r"(?<![" + CN + r"])十二\s*个月",
                           r"(?<![" + CN + r"])一\s*年", r"\bone[\s-]+year", r"(?<![0-9.])1\s*years?\b",
                           r"\btwelve[\s-]+months?"],
    "post-warranty fee 15 %": [r"(?<![0-9.])15\s*(?:%|％|per\s*cent|percent)", r"百分之十五", r"\bfifteen\s+per\s*cent"],
    "TCO share 40 %": [r"(?<![0-9.])40\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])",
                       r"\bforty\s+per\s*cent"],
    "horizon 5 years": [r"(?<![0-9.])5\s*(?:年|years?\b)", r"(?<![" + CN + r"])五\s*年", r"\bfive[\s-]+years?\b",
                        r"(?<![0-9.])60\s*(?:个月|months?\b)", r"六十\s*个月", r"\bsixty[\s-]+months?\b"],
}
COMPILED = {k: [re.compile(p, re.I) for p in v] for k, v in THRESHOLD_PATTERNS.items()}


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for name, pats in COMPILED.items():
            for p in pats:
                for m in p.finditer(variant):
                    hits.append((name, m.group(0), variant[max(0, m.start() - 15):m.end() + 15]))
    return hits


def self_test():
    must_hit = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "four hours", "240 minutes",
                "0.05%", "0.05 %", "万分之五", "100%", "百分之百", "one hundred per cent", "30%", "百分之三十", "三成",
                "thirty per cent", "12个月", "十二个月", "一年", "one year", "one-year", "1 year", "12 months",
                "twelve months", "15%", "百分之十五", "fifteen per cent", "40%", "百分之四十", "forty per cent", "5年",
                "五年", "5 years", "five years", "five-year", "60 months", "六十个月", "sixty months"]
    must_not = ["24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.98 %", "115%", "0.15%", "130%", "1.5 years",
                "四十二个月", "二十四个月", "2025年", "2026年", "十五年", "24 months", "36 months", "15 days", "万分之六",
                "0.055", "10.05", "1,500", "每年", "三年", "三个服务年度", "Subscription Year", "45%", "25%", "200%",
                "CNY 400,000"]
    for s in must_hit:
        assert threshold_hits(s), ("regex misses", s)
    for s in must_not:
        assert not threshold_hits(s), ("regex false hit", s, threshold_hits(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def on_threshold(t, share):
    bad = []
    checks = [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
              ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
              ("post_warranty_fee_pct", 15)]
    for k, v in checks:
        if t[k] is not None and abs(t[k] - v) < 1e-9:
            bad.append(k)
    if share is not None and abs(share - 40) < 1e-9:
        bad.append("tco_share")
    return bad


def main():
    self_test()
    docx_pdf_src = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(docx_pdf_src, targets, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    fired = set()
    problems = []
    print()
    print("%-9s %-4s %-5s %-7s %s" % ("id", "lang", "fmt", "risk", "expected rules"))
    for k, (name, fmt, src) in FILES.items():
        lang, category, terms, extra, rules, fee_base, forum_outside = LABELS[k]
        t = dict(zip(TERM_KEYS, terms))
        assert len(terms) == len(TERM_KEYS)
        if t["contract_kind"] == "service":
            assert "post_warranty_fee_capped" not in extra and t["warranty_months"] is None
        ordered_extra = {kk: extra[kk] for kk in ["sla_clause", "ld_stated", "post_warranty_fee_capped",
                                                  "acceptance_deemed_on_delivery", "contract_value"] if kk in extra}
        label = {"file": name, "language": lang, "category": category, "expected_terms": t,
                 "expected_extra": ordered_extra, "expected_rules": sorted(rules)}
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        # cross-checks
        derived = rules_from_labels(t, ordered_extra, fee_base, forum_outside)
        if derived != sorted(rules):
            problems.append((k, "rules", derived, sorted(rules)))
        c = tco(t, ordered_extra, fee_base) if t["contract_kind"] == "goods_or_licence" else None
        bad = on_threshold(t, c[2] if c else None)
        if bad:
            problems.append((k, "on threshold", bad))
        text = read_back(OUT / name)
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            problems.append((k, "length", n))
        hits = threshold_hits(text)
        if hits:
            problems.append((k, "threshold figure in text", sorted(set(hits))[:6]))
        fired.update(rules)
        print("%-9s %-4s %-5s %-7s %s" % (k, lang, fmt, risk(rules), ", ".join(sorted(rules)) or "(none)"))
        print("          %s; length %d %s%s" % (name, n, "chars" if lang == "zh" else "words",
                                               "; TCO %.0f, service share %.2f %%" % (c[0], c[2]) if c else ""))
    missing = [r for r in ALL_RULES if r not in fired]
    if missing:
        problems.append(("set", "rules never expected", missing))
    n_compliant = sum(1 for v in LABELS.values() if not v[4])
    n_low_only = sum(1 for v in LABELS.values() if v[4] and risk(v[4]) == "low" and len(v[4]) == 1)
    n_two_three = sum(1 for v in LABELS.values() if 2 <= len(v[4]) <= 3)
    n_many = sum(1 for v in LABELS.values() if len(v[4]) >= 8)
    print("\nmix: compliant %d, single low %d, two/three %d, many %d; rules covered %d/20"
          % (n_compliant, n_low_only, n_two_three, n_many, len(set(fired) & set(ALL_RULES))))
    if (n_compliant, n_low_only, n_two_three, n_many) != (2, 1, 6, 1):
        problems.append(("set", "mix"))
    for p in problems:
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
