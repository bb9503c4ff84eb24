"""holdout1074: builds the ten held-out drafts from the sources below, writes their .json labels and asserts the checks
of the brief (lengths, no threshold value in any label, no threshold figure in any built file, rules derived from the
labels = the design list, all 20 CR rules covered). Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}  # key -> (file name, format, source text; markup for docx/pdf)

SRC["z01"] = ("h1074z01_commerce_bureau_cold_storage_platform.pdf", "pdf", """
T:市商务局冷库监管平台建设项目合同书
P:合同编号：SWJ-ZFCG-2027-018
P:采购人（甲方）：某市商务局
P:供应商（乙方）：江城冷链信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就冷库监管平台软件许可及定制开发事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供冷库监管平台软件（含冷库备案管理、温湿度监测、进出库追溯、预警处置、移动执法五个模块）的永久使用许可，许可范围为甲方及其所属执法单位，不限终端数量。
P:1.2 乙方按甲方需求完成定制开发，包括：全市冷库电子地图、与市场监管追溯系统及省级冷链平台的数据接口、冷库企业自主填报端、统计分析驾驶舱。
P:1.3 乙方负责平台部署、联调、试运行及对甲方和执法人员的培训，交付全部用户手册、运维手册、接口文档及定制部分源代码。
P:1.4 平台应适配国产操作系统、数据库和中间件，支持政务云部署，提供电脑端和移动端访问方式。移动执法端应支持离线录入、拍照取证和电子签名，网络恢复后自动同步。
P:1.5 培训分管理员培训和执法人员培训两类，总计不少于6个批次，每批培训后进行操作考核，乙方提交培训总结。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰壹拾伍万元整（¥2,150,000），其中：平台软件许可费1,160,000元；定制开发费845,000元；部署实施费118,000元；培训费27,000元。
P:2.2 合同总价为固定价格，已包含税费、差旅、第三方组件及质保期内全部服务费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即430,000元。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，即967,500元。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即752,500元。
P:3.4 乙方每次请款前应开具等额合法增值税发票。甲方付款按财政国库集中支付程序办理。
P:3.5 乙方应配合甲方办理政府采购合同公告及备案等相关手续。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后90日内完成部署及定制开发并提交初步验收申请，在初步验收后60日内完成试运行。
P:4.2 乙方应按周向甲方报送项目进度，出现可能延误的情形时应立即书面说明原因及补救措施。
P:4.3 乙方应指定具有信息系统项目管理师资格的项目经理常驻甲方现场，核心开发人员名单以投标文件为准，更换须事先征得甲方书面同意，且替换人员的资历不得低于原人员。
P:4.4 乙方应在合同签订后10日内提交项目实施方案，内容包括需求调研计划、系统设计、开发及测试计划、数据接入方案、上线切换和应急回退方案，经甲方确认后执行。
P:4.5 甲方负责提供机房、云资源、网络环境及必要的业务资料，协调市场监管等部门配合接口对接。因甲方原因造成延误的，工期相应顺延。
H:第五条 验收
P:5.1 初步验收标准：功能逐项符合招标文件技术参数及需求确认书；接口与省级平台、追溯系统对接成功，连续7日数据交换无差错；在300个并发用户下页面平均响应不超过2秒；通过第三方安全测评，无高危漏洞。
P:5.2 试运行期满且期间未发生一级故障，全市在册冷库数据接入完整，并完成全部文档和源代码移交后，甲方组织最终验收，验收结论以书面验收报告为准。
P:5.3 平台上线运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
H:第六条 服务水平
P:6.1 质保期内，平台月可用率不低于99.95%，计划内维护须提前三日经甲方同意，不计入不可用时间。
P:6.2 一级故障（平台整体不可用或预警功能失效）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:6.3 响应或恢复每超时1小时，乙方支付违约金500元；月可用率每低于承诺值0.01个百分点，乙方支付违约金1,000元，甲方可从应付款项中扣除。
H:第七条 质保与后续维护
P:7.1 质保期为最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级、安全补丁和远程及现场技术支持。
P:7.2 质保期满后，如甲方需要，乙方提供年度维护服务，年维护费不超过平台软件许可费的9%，即104,400元，该价格在质保期满后三年内不得上调。维护合同由双方另行签订，不自动续期。
P:7.3 质保期内，乙方每季度对平台进行一次巡检，提交巡检报告，内容包括系统运行状况、安全漏洞扫描结果、存储容量和性能分析，并提出优化建议。
P:7.4 质保期内因国家或本省冷链监管政策调整需要对平台进行小范围功能调整的，乙方应在接到甲方通知后及时完成，不另行收费；涉及较大功能变更的，双方另行协商。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权仍归乙方所有，甲方享有第一条约定的永久使用许可。
P:8.2 定制开发形成的程序、源代码、接口、文档及驾驶舱设计的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用。
H:第九条 数据安全
P:9.1 平台采集、存储的冷库企业信息、监测数据、执法记录等全部数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方应落实网络安全等级保护第三级要求，对数据进行加密存储和传输，运维访问须经甲方审批并通过堡垒机操作，全程留存日志，不得私自复制或带离数据。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施，因乙方原因造成的损失及行政责任由乙方承担。
H:第十条 保密
P:乙方对履约中知悉的甲方工作秘密、企业商业信息及个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 逾期超过30日的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十二条 分包与转让
P:本项目不允许分包。乙方不得将本合同的权利义务全部或部分转让给第三方。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除本合同并要求乙方承担违约责任。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 不可抗力
P:因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响一方应在事件发生后3日内通知对方，并在15日内提供有关证明，双方协商延期履行或部分免除责任。
H:第十六条 廉洁条款
P:乙方不得向甲方工作人员提供任何形式的财物、宴请或其他利益。乙方违反本条的，甲方有权解除合同，并将乙方行为报告政府采购监督管理部门。
H:第十七条 其他
P:本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：__________  乙方（盖章）：__________
""")

SRC["z02"] = ("h1074z02_can_opener_plant_line_control_retrofit.docx", "docx", """
T:生产线控制系统改造项目合同
P:合同编号：KGQ-JG-2027-006
P:甲方：华旭电动开罐器制造有限公司
P:乙方：宁泰工控自动化工程有限公司
P:甲方拟对其总装车间三条电动开罐器装配线及一条包装线的控制系统进行改造，乙方根据甲方技术要求提供设备、软件及改造服务。双方经协商，签订本合同。
H:第一条 改造范围
P:（一）更换四条生产线的PLC控制柜、伺服驱动系统和人机界面，新增在线视觉检测工位，对扭矩、刀轮装配及外观缺陷进行在线检测，不合格品自动剔除。
P:（二）提供MES数据采集软件许可一套，采集各工位节拍、良率、停机原因和能耗数据，并与甲方现有ERP系统对接。
P:（三）完成PLC程序及HMI画面编制、现场拆装、布线、单机及联机调试，改造须利用甲方周末及节假日停线时间分段实施，每条线停线不超过72小时。
P:（四）改造后的控制系统应预留两条新增生产线的接入能力，PLC程序采用模块化结构，关键变量和报警代码应编制注释和说明文档。
P:（五）乙方应为甲方操作工、设备维修人员和工艺工程师分别提供培训，使其能够独立完成日常操作、参数调整和一般故障处理。
H:第二条 价格清单
P:合同总价为人民币壹佰肆拾捌万元整（¥1,480,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块）|6台|98,000|588,000
TB:2|伺服驱动器及伺服电机|24套|8,500|204,000
TB:3|HMI触摸屏|12台|6,800|81,600
TB:4|视觉检测系统（相机、光源、控制器）|4套|46,000|184,000
TB:5|MES数据采集软件许可|1套|136,000|136,000
TB:|设备及软件小计|||1,193,600
TB:6|程序编制与联机调试|1项|168,000|168,000
TB:7|拆装改造及布线|1项|96,400|96,400
TB:8|操作及维护培训|1项|22,000|22,000
TB:|合计|||1,480,000
P:上述价格包含运输、保险、安装辅材及税费，甲方不再支付其他费用。
H:第三条 付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款。
P:（二）全部设备到货且四条线完成安装调试后，甲方支付合同总价的55%。到货签收和调试完成不代表甲方对质量的验收。
P:（三）项目最终验收合格后，甲方支付合同总价的25%。
P:（四）甲方付款前，乙方应提供合法有效的增值税专用发票。因乙方未及时开具发票导致付款延后的，甲方不承担逾期付款责任。
H:第四条 工期
P:乙方应在合同生效后75日内完成全部改造并具备验收条件。因甲方停线计划调整导致的延误，工期相应顺延。
P:乙方进场前应提交施工组织方案，包括分段停线计划、旧设备拆除及标识、临时保护措施、安全交底和回退方案，经甲方生产部和安全部会签后方可施工。施工期间乙方应遵守甲方厂区安全管理制度，动火、登高及带电作业须办理作业票。
P:乙方应保证所供设备为原厂全新正品，提供装箱单、合格证、原厂质保证明及软件授权证书。拆除的旧控制柜、电缆等由乙方分类整理后交甲方处置。
P:乙方应编制详细的分段施工计划，明确每条线的停线时间、拆装顺序和恢复生产的时间节点，并在每次停线前三日报甲方确认。每段施工结束后，乙方应配合甲方进行首件检验，确认产品质量合格后方可恢复批量生产。
H:第五条 验收
P:（一）验收标准：各线节拍达到每分钟42件以上；视觉检测漏检率不高于0.2%；MES采集数据与人工记录核对一致；连续满负荷运行15个工作日无一级故障；安全联锁和急停功能全部测试通过。
P:（二）甲方在乙方提交验收申请后10日内组织验收，验收合格的出具书面验收报告。试生产或甲方使用改造后的生产线，不视为验收合格。
H:第六条 质量保证
P:（一）质保期为最终验收合格之日起十八个月。质保期内设备及软件出现质量问题的，乙方免费维修或更换，并承担往返运费和人工费用。
P:（二）质保期内的故障响应按下表执行：
TB:故障等级|定义|响应时间|恢复时间
TB:一级|产线停机或安全联锁失效|1小时|8小时
TB:二级|单工位故障，产线降速运行|2小时|24小时
TB:三级|数据采集或报表异常|8小时|3个工作日
P:（三）乙方响应或恢复每超时1小时，应向甲方支付违约金800元，甲方可从应付款项或维保费中扣除。
P:（四）质保期内，乙方每半年对改造设备进行一次预防性维护，检查伺服系统、视觉相机和电气元件状态，并提交维护报告。
P:（五）乙方应在甲方所在城市保留常用备件库存，PLC模块、伺服驱动器和视觉相机各不少于两件，以保证故障时能及时更换。
H:第七条 质保期满后的维保服务
P:质保期满后，乙方继续提供维保服务，服务内容包括定期巡检、备件更换、程序维护和远程支持。维保服务费按设备及软件小计的28%每年计取，即每年334,208元，在甲方续用期间不上调，按年度签订维保协议，不自动续期。
H:第八条 知识产权
P:乙方为本项目编写的PLC程序、HMI画面、视觉检测算法参数及与ERP对接的接口程序，其知识产权归甲方所有，乙方应在验收时交付全部源程序。MES软件产品本身的知识产权归原厂所有，甲方享有永久使用许可。
H:第九条 数据安全
P:（一）生产数据、工艺参数、质量记录及能耗数据均属甲方所有，乙方不得以任何方式用于本合同以外的目的。
P:（二）乙方远程维护须经甲方信息部门逐次审批，通过甲方指定的VPN和账号接入，操作留痕。乙方不得在控制网络中安装与本项目无关的软件，不得将数据复制带离甲方现场。
P:（三）因乙方原因导致数据泄露、篡改或控制系统遭受网络攻击的，乙方应在2小时内告知甲方并配合处置，承担由此造成的全部损失。
H:第十条 保密
P:乙方对在项目中接触的甲方产品图纸、工艺文件、产能及客户信息负有保密义务，保密期限至合同终止后三年。
P:乙方人员在厂区拍照、录像须经甲方同意，项目结束后应将其持有的甲方技术资料全部归还或销毁。
H:第十一条 违约责任
P:（一）乙方逾期完成改造的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:（二）因乙方施工造成甲方设备损坏或停产损失的，乙方应予赔偿。
P:（三）甲方逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十二条 分包
P:乙方可将现场拆装、布线等辅助工作分包给具备相应资质的第三方，但应提前五个工作日书面通知甲方，并对分包方的工作质量和安全负责。
H:第十三条 合同解除
P:乙方严重违约且在甲方书面通知后15日内未能纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:合同解除后，乙方应配合甲方恢复生产线正常运行，并移交已完成部分的程序和资料。
H:第十四条 适用法律和争议解决
P:本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十五条 不可抗力
P:因不可抗力致使一方不能履行合同的，应在事件发生后3日内通知对方，并在10日内提供证明。不可抗力影响期间，履行期限相应顺延。
H:第十六条 通知
P:本合同项下的通知应以书面形式送达合同首页所列地址或双方项目负责人的电子邮箱，邮件发出即视为送达。任何一方联系方式变更的，应在3日内书面通知对方。
H:第十七条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________  乙方（盖章）：__________
""")

SRC["z03"] = ("h1074z03_abacus_training_chain_booking_saas.txt", "txt", """珠心算培训连锁门店预约及会员管理系统订阅服务合同

合同编号：ZXS-IT-2027-011
甲方（客户）：启智珠心算教育科技有限公司
乙方（服务商）：云课通软件科技有限公司

鉴于甲方在本省经营35家珠心算培训门店，需要统一的课程预约、会员管理及家校沟通系统，乙方以软件即服务（SaaS）方式向甲方提供该系统并完成实施。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方35家门店开通"云课通"预约及会员管理系统，功能包括：课程排期与在线预约、会员卡及课时管理、学员成长档案、珠心算测评记录、家长小程序通知、门店收银对账和总部经营报表。
2. 每家门店开通管理端账号不超过8个，家长端用户数量不限。
（二）实施服务
1. 乙方负责系统初始化配置、35家门店组织架构和课程体系搭建、历史会员及课时数据迁移、与甲方现有收银系统的对接。
2. 乙方派驻实施顾问对门店店长、前台及教师进行分批培训，并提供操作手册和培训视频。
（三）系统要求
1. 系统应支持电脑端、平板和手机端访问，家长端通过微信小程序使用；
2. 系统应支持按门店、教师、班级和课程维度设置权限，总部可查看全部门店数据，门店仅能查看本店数据；
3. 系统应支持课时到期、余额不足、课程变更等消息的自动推送。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起计算，第二个服务年度自第一个服务年度届满次日起计算。
（二）本合同服务期届满前30日，任何一方未书面提出不再续订的，合同自动续期一个服务年度。续期年度的订阅费由乙方根据市场情况调整，调整后的价格以乙方书面通知为准，上调幅度不超过上一服务年度费用的8%。

三、费用及支付
（一）合同总价为人民币伍拾伍万元整（¥550,000），其中：
1. 订阅费：每家门店每个服务年度6,800元，35家门店每个服务年度合计238,000元，两个服务年度合计476,000元；
2. 数据迁移及实施费：58,000元；
3. 培训费：16,000元。
（二）数据迁移及实施费、培训费在系统上线验收合格后15个工作日内一次性支付。
（三）订阅费按服务年度支付，甲方在每个服务年度开始后15个工作日内支付当年度订阅费。
（四）乙方收款前应开具合法有效的增值税专用发票。
（五）服务期内乙方发布的新版本和新增标准功能，甲方各门店均可免费使用。

四、实施与验收
（一）乙方应在合同生效后45日内完成全部门店的配置、数据迁移和培训，并提交上线验收申请。
（二）验收标准：
1. 需求确认书所列功能全部实现并逐项测试通过；
2. 历史会员、剩余课时及余额数据迁移后与甲方提供的清单逐条核对一致；
3. 收银对账结果与收银系统连续10日核对无差异；
4. 在200家长同时在线预约的压力测试下，预约提交响应时间不超过3秒。
（三）甲方在收到验收申请后7个工作日内组织验收，验收合格的签署上线验收单。系统试用不视为验收合格。
（四）验收不通过的，乙方应在5个工作日内整改并重新提交验收，由此延误的时间计入乙方的实施期限。

五、服务水平
（一）乙方保证系统每月可用率不低于99.5%，计划内维护须安排在每日22:00至次日6:00之间并提前两日通知甲方。
（二）故障分级及响应：
1. 一级故障（全部或多家门店无法预约、收银或登录）：30分钟内响应，3小时内恢复；
2. 二级故障（单门店或单功能异常）：1小时内响应，8小时内恢复；
3. 三级故障（界面显示或报表问题）：8小时内响应，3个工作日内解决。
（三）月可用率未达到承诺的，每低于0.1个百分点，乙方按当月订阅费的2%向甲方提供服务抵扣；一级故障恢复每超时1小时，按当月订阅费的1%抵扣。抵扣从下期应付订阅费中扣减。
（四）乙方应指定一名客户成功经理作为甲方的固定联系人，负责需求对接、问题跟进和季度服务回顾。新开门店或门店搬迁的，乙方应在接到甲方通知后3个工作日内完成账号开通和基础配置，新增门店的订阅费按同一单价和实际服务月份另行结算。
（五）乙方应通过系统公告或短信向甲方管理员通报故障处理进展，一级故障恢复后2个工作日内提交故障分析报告。

六、数据归属与数据安全
（一）甲方上传或在系统中产生的学员信息、家长联系方式、会员及课时数据、测评记录和经营数据均归甲方所有。乙方仅为履行本合同处理上述数据，不得用于其他任何目的。
（二）学员多为未成年人，乙方应依照《个人信息保护法》对其个人信息采取加密存储、访问控制和操作审计等安全措施，系统部署于中国境内的云数据中心，不得向境外传输。
（三）发生数据泄露或安全事件的，乙方应在24小时内书面通知甲方并采取补救措施；因乙方原因造成的损失，包括甲方对学员家长承担的赔偿及监管处罚，由乙方承担。
（四）合同终止后30日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方确认后彻底删除。
（五）乙方应每日对甲方数据进行备份，备份保留不少于30日，甲方需要时可申请恢复指定日期的数据。

七、保密
双方对在合作中获知的对方商业秘密和未公开信息负有保密义务，未经对方书面同意不得披露给第三方。本条在合同终止后三年内继续有效。

乙方应与接触甲方数据的员工签订保密协议，并对其进行保密培训。

八、知识产权
（一）系统平台的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方定制的课程体系模板、报表、对接接口程序及相关文档归甲方所有，甲方可自由使用和修改。
（三）乙方保证其提供的系统不侵犯任何第三方的知识产权，因侵权引起的纠纷由乙方负责处理并承担全部责任。

九、违约责任
（一）乙方未按期完成实施上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方对本合同项下的累计赔偿责任以合同总价的两倍为限，但数据泄露、故意或重大过失造成的损失不受此限。
（三）甲方逾期支付费用的，按逾期金额每日万分之三支付违约金。

十、分包
乙方不得将本合同项下的服务转包；如需将部分实施工作分包，须事先取得甲方书面同意。

十一、合同解除
（一）乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权解除合同，乙方应退还未履行期间的费用。
（二）连续两个月月可用率低于承诺值的，甲方有权解除合同。
（三）合同解除或终止后，乙方应给予甲方30日的过渡期，过渡期内系统继续可用，以便甲方完成数据导出和系统切换。

十二、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交甲方住所地人民法院诉讼解决。

十三、不可抗力
因不可抗力导致一方不能履行合同的，该方应及时通知对方并提供证明，在不可抗力影响范围内免除责任。非因乙方原因的电信网络或云服务商大范围中断，经乙方举证后可认定为不可抗力，但乙方应尽力采取措施恢复服务。

十四、通知与联系人
双方指定的项目联系人及联系方式见附件。任何一方联系人变更的，应提前三个工作日书面通知对方。通过电子邮件发送的通知，以邮件进入对方系统之日为送达日。

十五、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
""")

SRC["z04"] = ("h1074z04_housing_bureau_road_collapse_monitoring_om.txt", "txt", """路面塌陷监测系统年度运维服务合同

项目编号：ZJJ-CS-2027-003（竞争性磋商）
采购人（甲方）：某市住房和城乡建设局
供应商（乙方）：安衢城市安全运维服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就路面塌陷监测系统年度运维服务事宜达成一致，签订本合同。

第一条 服务对象
（一）本合同运维对象为甲方已建成的城市道路路面塌陷监测系统，包括：主城区86个监测断面的地下空洞探测雷达、分布式光纤沉降监测设备、管线渗漏传感器、边缘采集网关，以及监测预警平台软件和指挥中心大屏展示系统。
（二）设备清单、点位分布及平台功能以磋商文件附件为准。
（三）乙方在本合同签订前已对系统现场进行踏勘，充分了解设备现状，不得以设备老化为由拒绝履行运维义务。

第二条 服务内容
（一）日常巡检：每月对全部监测断面进行一次现场巡检，清洁和校准传感器，检查供电、通信和防护设施，形成巡检记录。
（二）故障维修：对监测设备、网关和平台软件的故障进行诊断、维修或更换，备品备件费用包含在服务费内。
（三）平台运维：负责平台服务器、数据库和中间件的日常监控、补丁更新、数据备份和性能优化，配合甲方完成网络安全检查。
（四）数据服务：每日核查监测数据质量，对异常数据和预警信息进行初步研判并报送甲方；每月提交运维月报，每季度提交路面沉降趋势分析报告。
（五）汛期保障：每年6月至9月汛期，乙方安排专人24小时值守，暴雨预警期间加密巡查重点路段。
（六）应急配合：发生路面塌陷或险情时，乙方应配合甲方及抢险单位提供监测数据和技术支持。
（七）资料管理：乙方负责整理和更新设备台账、点位图、网络拓扑和平台配置文档，服务期满时将完整资料移交甲方。
（八）技术支持：根据甲方需要，为住建部门的专项检查、汛前排查和重大活动保障提供监测数据分析支持。

第三条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满，本合同自行终止，是否续签由甲方根据考核结果及采购程序另行确定。

服务开始后10日内，乙方应完成与原运维单位的交接，核对设备状态和资料，交接中发现的问题应书面记录并报甲方。

第四条 服务费用
（一）年度运维服务费为人民币陆拾叁万捌仟元整（¥638,000），包括人工费、备品备件费、车辆及检测仪器使用费、税费等全部费用。
（二）服务费按季度支付，每季度末经甲方考核确认后15个工作日内，甲方支付当季服务费159,500元。
（三）本合同不设预付款。
（四）乙方申请付款时应提交当季考核确认单和合法有效的发票。

第五条 服务要求
（一）乙方应组建不少于6人的驻场运维团队，其中项目负责人应具有高级工程师职称，人员变更须经甲方同意。
（二）故障响应时限：
1. 一级故障（平台中断、区域监测中断或预警功能失效）：乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；
2. 二级故障（单个监测断面设备故障）：1小时内响应，24小时内修复；
3. 三级故障（数据异常、展示问题等）：3个工作日内完成处理。
（三）乙方接到甲方预警核查指令后，应在1小时内将研判意见报送甲方。
（四）备品备件储备数量不少于主要设备总数的5%。
（五）乙方应建立运维工单台账，每起故障记录发现时间、响应时间、到场时间、修复时间、处理措施和责任人，工单台账每月随运维月报一并提交甲方。
（六）对服务期内超出设计使用年限或无法修复的设备，乙方应提出更换建议及费用测算，经甲方批准后另行实施。
（七）乙方驻场人员应统一着装、持证上岗，遵守甲方指挥中心的值班和出入管理制度。
（八）乙方应每年组织不少于两次应急演练，演练方案经甲方同意后实施，演练结束后提交评估报告。
（九）乙方应配备探地雷达复测设备一套，用于对预警点位进行现场复核。

第六条 考核与验收
（一）甲方按季度对乙方进行考核，考核内容包括巡检完成情况、故障响应及修复时效、数据质量、报告提交和人员在岗情况，考核标准以磋商文件所附考核细则为准。
（二）服务期满后，乙方提交年度运维总结报告，甲方对照合同及考核细则组织年度验收。验收合格的，出具书面验收意见。
（三）考核结果作为甲方后续采购及供应商评价的参考依据。
（四）季度考核中发现的问题，乙方应在甲方指定期限内整改，并将整改结果书面报告甲方。

第七条 数据安全
（一）监测数据、预警记录、点位信息和平台数据库均属甲方所有，乙方不得擅自使用、复制或对外提供。
（二）乙方应遵守网络安全等级保护要求，运维操作须通过甲方堡垒机进行并保留日志，禁止使用未经甲方批准的远程工具。
（三）发生数据泄露、篡改或系统被攻击的，乙方应在1小时内报告甲方并采取处置措施，因乙方原因造成的损失由乙方承担。
（四）乙方应对驻场人员开展网络安全和数据保护教育，人员离场时应及时注销其系统账号和门禁权限。

第八条 保密
乙方及其人员对履约中知悉的城市地下管线、道路结构及监测预警信息负有保密义务，不得以任何形式向第三方披露，本义务不因合同终止而解除。

乙方对外发布与本项目有关的宣传材料，须事先取得甲方书面同意。

第九条 成果归属
运维期间形成的巡检记录、分析报告、运维脚本和技术文档，其知识产权归甲方所有。

乙方在服务中使用的自有工具软件，其知识产权仍归乙方所有，但乙方应保证甲方在服务期满后仍可正常使用监测系统，不得设置任何技术限制。

第十条 违约责任
（一）乙方未按约定完成巡检或报告的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（二）因乙方运维不当导致监测失效、未能及时预警并造成损失的，乙方应承担相应赔偿责任。
（三）甲方逾期支付服务费的，应按中国人民银行同期贷款利率向乙方支付利息。
（四）因乙方原因造成甲方设备损坏的，乙方应负责修复或按原价赔偿。

第十一条 分包
乙方不得将本合同服务分包或转包给第三方。

第十二条 合同的变更与解除
（一）本合同履行期间，任何一方不得擅自变更合同内容，确需变更的，双方签订书面补充协议。
（二）除因不可抗力致使合同目的无法实现外，在服务期内任何一方不得单方解除本合同。
（三）合同履行中乙方发生经营异常、可能失去履约能力的，应立即书面告知甲方。

第十三条 不可抗力
因地震、特大暴雨等不可抗力无法履行合同的，受影响一方应及时通知对方，并在15日内提供证明，双方协商处理。

不可抗力事件消除后，双方应尽快恢复履行。

第十四条 争议解决
因本合同引起的争议，双方应协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。争议解决期间，双方应继续履行合同中不涉及争议的部分。

第十五条 安全生产
乙方在道路上开展巡检和维修作业时，应按照道路作业安全规范设置警示标志，安排专人指挥交通，必要时提前向交通管理部门报备。作业期间发生的人身伤害和第三方损失，由乙方自行承担。

第十六条 廉洁
乙方不得以任何形式向甲方工作人员赠送礼品、礼金或提供其他不正当利益。发现乙方违反本条的，甲方有权将其列入不良行为记录并报告财政部门。

第十七条 其他
本合同一式五份，甲方三份，乙方两份，经双方法定代表人或授权代表签字并加盖公章后生效。磋商文件、响应文件及成交通知书为本合同的组成部分。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
""")

SRC["z05"] = ("h1074z05_shadow_puppet_studio_process_tracking_supplier_template.md", "md", """# 匠迹工序追踪管理软件销售及定制开发合同

> 匠迹软件标准合同文本 V3.0（乙方制式文本）

**合同编号：** JJ-XS-2027-0142

**甲方（买方）：** 影韵皮影文化创意工作室

**乙方（卖方）：** 匠迹数字科技有限公司

甲方因皮影制作工序管理需要，向乙方购买"匠迹工序追踪管理软件"并委托乙方进行定制开发。双方本着平等自愿原则，签订本合同，共同遵守。乙方为专业从事手工艺行业生产管理软件研发的企业，其产品已在多家非遗工坊和文创企业使用。

## 第一条 产品及服务内容

1.1 乙方向甲方提供匠迹工序追踪管理软件（标准版）永久使用许可一套，包含订单管理、工序流转、物料台账、工时统计、质检记录五个标准模块，授权用户数30个。

1.2 乙方根据甲方需求进行定制开发，包括：皮影制作十二道工序（选皮、制皮、画稿、过稿、镂刻、敷彩、发汗熨平、缀结合成等）的流转看板，作品编号及每道工序的工匠、用时、照片追溯，定制订单进度的客户查询页面，以及文创衍生品库存模块。

1.3 乙方负责软件的安装部署及基础培训。

1.4 软件运行环境：服务器配置不低于八核处理器、32G内存、1T硬盘，操作系统为Linux，数据库为MySQL。软件可部署在甲方自有服务器或乙方推荐的云服务器上，云服务器费用由甲方承担。

1.5 乙方提供扫码标签模板，甲方可自行打印作品二维码标签，用于工序流转时扫码记录。

## 第二条 合同价格

本合同总价为人民币肆拾叁万元整（¥430,000），明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 匠迹工序追踪管理软件（标准版）永久许可 | 1套 | 168,000 |
| 2 | 定制开发（工序看板、作品追溯、客户查询页、衍生品库存） | 1项 | 226,000 |
| 3 | 安装部署及培训 | 1项 | 36,000 |
|  | 合计 |  | 430,000 |

以上价格含增值税。服务器、操作系统、数据库及扫码枪、平板等硬件由甲方自备。如甲方后续增加用户数量，每增加一个用户按2,800元收取许可费。以上价格为优惠价格，仅适用于本合同。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即279,500元。乙方收到该笔款项后开始开发工作。

3.2 软件安装部署完成后5个工作日内，甲方支付合同余款150,500元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停开发及服务。

3.4 乙方在收到每笔款项后10个工作日内向甲方开具增值税普通发票。

## 第四条 交付

4.1 乙方在收到首笔款项后60个工作日内完成定制开发及安装部署。开发过程中甲方提出需求变更的，交付日期相应顺延，费用另计。

4.2 因甲方未及时提供需求资料、测试环境或确认意见导致的延误，乙方不承担责任。

4.3 乙方交付内容包括：安装在甲方服务器上的软件、管理员账号、用户操作手册电子版。

4.4 甲方应在乙方开发期间指定专人配合需求调研，并在乙方提交需求说明书后3个工作日内书面确认，逾期未确认的视为同意。

4.5 定制开发的功能范围以双方确认的需求说明书为准，需求说明书以外的功能不属于本合同范围。

4.6 甲方应按乙方要求准备服务器和网络环境，并为乙方远程部署开通必要的访问权限。因甲方环境不满足要求导致无法部署的，乙方可暂停工作直至环境就绪。

## 第五条 验收

5.1 软件安装部署完成后，即视为甲方验收合格。

5.2 甲方在使用过程中发现的问题，乙方将在后续版本中予以改进。

## 第六条 技术支持与维护

6.1 自软件安装部署完成之日起六个月为免费维护期。免费维护期内，乙方通过电话、微信及远程方式提供技术支持，并修复软件缺陷。

6.2 乙方将尽商业上合理的努力及时处理甲方反馈的问题，但不对处理时限作出承诺。

6.3 免费维护期满后，甲方如需继续获得技术支持、缺陷修复及版本升级，应与乙方签订维护服务协议，维护费用按乙方届时有效的价格标准收取。

6.4 以下情况不属于免费维护范围：甲方擅自修改软件或数据库；因硬件、网络、操作系统或病毒导致的问题；甲方操作不当造成的数据错误；不可抗力造成的损失。

6.5 乙方可根据产品规划发布新版本，甲方如需升级至新版本，应另行支付升级费用。

## 第七条 知识产权

7.1 匠迹工序追踪管理软件及本合同项下定制开发成果（包括源代码、工序看板、追溯页面、数据库设计及相关文档）的知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行反编译、修改或提供给第三方使用。乙方有权将定制开发成果用于其他客户。

7.3 甲方不得删除或修改软件界面上乙方的商标和版权标识。

## 第八条 数据

8.1 甲方在软件中录入的订单、客户、作品及工艺数据归甲方所有。

8.2 甲方同意，乙方可对上述数据进行去标识化处理后，用于产品改进、行业分析及案例展示。

8.3 对于部署在乙方云服务器上的数据，乙方采取访问控制、加密存储和定期备份等安全措施，防止数据泄露、毁损或丢失。发生数据安全事件的，乙方应在48小时内通知甲方并采取补救措施；因乙方原因造成数据泄露的，乙方承担相应责任。

## 第九条 保密

双方对本合同内容及履约中获知的对方商业秘密负有保密义务。未经对方书面同意，不得向第三方披露，但法律法规另有规定的除外。保密期限为合同终止后两年。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 乙方不对甲方的间接损失、利润损失或数据损失承担责任。

10.3 因甲方原因导致项目暂停超过30日的，乙方有权要求甲方支付已完成工作量对应的费用。

10.4 乙方因开发需要使用的第三方开源组件，遵循其各自的许可协议。

## 第十一条 合同解除

任何一方严重违反本合同且在对方书面通知后30日内未予纠正的，守约方有权解除本合同。合同解除的，甲方已支付的款项不予退还，但因乙方违约导致解除的除外。

## 第十二条 不可抗力

因不可抗力致使合同不能履行的，受影响一方不承担责任，但应及时通知对方。不可抗力包括但不限于自然灾害、政府行为、网络运营商故障及黑客攻击等。

## 第十三条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 培训

乙方为甲方提供一次远程培训，培训对象为甲方管理员及不超过10名工匠代表，培训时长不超过一天。甲方要求增加培训次数或到现场培训的，费用另行计算。培训内容包括系统基本操作、工序配置、用户权限管理和常见问题处理。乙方提供培训视频，甲方可在内部反复使用。

## 第十五条 通知

双方往来通知可通过合同首页所列联系人的微信或电子邮件发送，发出即视为送达。甲方联系人为工作室负责人，乙方联系人为项目经理。任何一方变更联系人应及时告知对方。

## 第十六条 其他

16.1 本合同未尽事宜，由双方另行协商签订补充协议。

16.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

16.3 本合同附件包括需求说明书、报价单及用户手册，附件与本合同具有同等效力。

**甲方（盖章）：** ____________　　**乙方（盖章）：** ____________
""")

SRC["e01"] = ("h1074e01_mine_planning_perpetual_licence_charters_towers.pdf", "pdf", """
T:Software Licence and Services Agreement
P:Agreement No. BRL-2027-CN-07
P:This Agreement is made between Hunan Xiangjiang Nonferrous Mining Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Chenzhou, Hunan Province (the "Buyer"), and Burdekin Reef Logic Pty Ltd (ABN 41 602 118 735), a company incorporated in Queensland, Australia, with its principal place of business at Gill Street, Charters Towers, Queensland 4820 (the "Vendor").
P:Background: the Vendor develops the ReefPlan mine planning and geological modelling software. The Buyer operates two underground lead-zinc mines and wishes to acquire a perpetual licence of the software together with configuration, data migration and training services, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the ReefPlan Geology, ReefPlan Design and ReefPlan Schedule modules in the version current at the Effective Date, including documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the block model templates, the drill-hole database import routines, the interface to the Buyer's ERP production module, the report templates and any other work product prepared by the Vendor specifically for the Buyer.
P:1.3 "Buyer Data" means all drill-hole, assay, survey, production and geological data and any other data supplied by or generated for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's written confirmation that the acceptance tests under Article 5 have been passed.
H:Article 2 Licence and Services
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for 36 named users at the Buyer's mine sites and head office in the People's Republic of China. The Buyer may make copies for backup and testing.
P:2.2 The Vendor shall configure the Software for both mines, migrate the Buyer's historical drill-hole and assay data (about 9,600 holes), build the Custom Deliverables, and train the Buyer's geologists and mine planners.
P:2.3 The Vendor shall appoint a project manager who speaks Mandarin and shall keep the Buyer informed by a written weekly status report.
P:2.4 The Buyer shall provide the Vendor's consultants with site access, safety induction, office space and a contact person at each mine, and shall make its geologists available for workshops during configuration.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,840,000, inclusive of all taxes, travel and expenses, made up as follows: Licence Fees CNY 1,280,000; configuration and data migration CNY 410,000; training CNY 64,000; project management CNY 86,000.
P:3.2 The Contract Price is fixed. No additional charge applies for the services described in Article 2 or for support during the Warranty Period.
P:3.3 The Vendor shall invoice through its authorised reseller in Shanghai, which will issue Chinese VAT invoices for each payment.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within 20 days after the Vendor delivers an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 45% of the Contract Price within 20 days after installation and configuration at both mines are complete. Completion of installation is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer against a valid invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration and data migration within 90 days after the Effective Date and shall then give the Buyer notice of readiness for acceptance testing.
P:5.2 The acceptance tests are: (a) every function in the agreed requirements list works as specified; (b) the migrated drill-hole and assay records reconcile in count and value with the Buyer's source database; (c) block models built from the migrated data reproduce the Buyer's reference model within the tolerance agreed in the test plan; (d) the ERP interface transfers daily production figures for 20 consecutive working days without error; and (e) no Severity 1 defect remains open.
P:5.3 If a test fails, the Vendor shall correct the defect and repeat the test within 15 days. Use of the Software in production, or any payment, does not mean acceptance.
P:5.4 The Buyer shall complete each acceptance test within 10 working days after the Vendor's notice of readiness, unless the test plan provides a longer period.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new releases, and provide remote and on-site support free of charge.
P:6.2 Support is provided in Chinese and English. The Vendor shall respond to a Severity 1 incident (the Software is unusable at a mine or data is corrupted) within 1 hour and restore service within 8 hours; to a Severity 2 incident within 2 hours; and to other requests within one business day.
P:6.3 For each hour by which the Vendor exceeds a Severity 1 response or restoration time, the Vendor shall credit the Buyer CNY 1,000, deducted from any amount due.
P:6.4 After the Warranty Period the Buyer may order annual support at 11% of the Licence Fees per year, that is CNY 140,800. This rate is fixed for the first three support years. Support is ordered year by year and does not renew automatically.
P:6.5 The Vendor shall keep the Software compatible with the operating system and database versions supported by their makers during the Warranty Period and any support year.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver their source code and may not reuse them for other clients. The Buyer may use, modify and license the Custom Deliverables freely.
P:7.3 The Vendor shall defend the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights and shall bear any resulting damages and costs.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not use it for any other purpose.
P:8.2 The Vendor shall access Buyer Data only on the Buyer's systems in China through a connection approved by the Buyer for each session, shall not copy Buyer Data out of those systems, and shall comply with the PRC Data Security Law and the Personal Information Protection Law.
P:8.3 The Vendor shall notify the Buyer within 12 hours of becoming aware of any unauthorised access to or loss of Buyer Data, shall take remedial measures, and is liable for the Buyer's losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information of the other party received under this Agreement, including geological and reserve information, and shall not disclose it to any third party without prior written consent. This obligation survives for three years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to meet the date in Article 5.1, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to breach of Articles 8 and 9, infringement of third-party rights, or wilful misconduct.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Buyer's prior written consent and remains responsible for any subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after notice.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for services not accepted and shall return all Buyer Data.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Queensland, Australia.
P:13.2 The parties submit to the non-exclusive jurisdiction of the courts of Queensland sitting in Brisbane.
H:Article 14 General
P:14.1 This Agreement is signed in English and Chinese; both versions are equally authentic.
P:14.2 Notices are given in writing to the addresses above. Amendments must be in writing and signed by both parties.
P:14.3 Neither party is liable for a failure caused by an event beyond its reasonable control, such as natural disaster, epidemic or government action, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. If such an event lasts more than 60 days, either party may terminate by written notice.
P:14.4 The Vendor confirms that the Software may be exported to the People's Republic of China under the laws of Australia without an export licence, and shall obtain any licence that becomes necessary.
P:14.5 Neither party shall offer or give any bribe or improper benefit to the employees of the other party in connection with this Agreement.
P:14.6 Neither party may assign this Agreement without the prior written consent of the other party.
P:For the Buyer: ____________________    For the Vendor: ____________________
""")

SRC["e02"] = ("h1074e02_citrus_traceability_saas_order_form_gayndah.md", "md", """# GroveTrace Order Form and General Terms

Order Form No. BOS-OF-2027-0219

## Part A: Order Form

### A1 Parties

**Provider:** Burnett Orchard Systems Pty Ltd, 22 Capper Street, Gayndah, Queensland, Australia.

**Customer:** Guangxi Baise Golden Citrus Industry Co., Ltd., Baise, Guangxi Zhuang Autonomous Region, People's Republic of China.

### A2 Services

The Provider will provide the GroveTrace orchard-to-market traceability service as software-as-a-service: block and tree records, spray and fertiliser diaries, harvest lot tagging, packhouse grading, cold-chain temperature logging and export certificate preparation. The Customer subscribes for 60 orchard blocks, 3 packhouses and 150 named users. The Provider will also deliver one-time onboarding: configuration of the Customer's blocks and lots, import of two seasons of historical records, and integration with the Customer's warehouse management system. Training comprises two remote sessions for administrators and one on-site session at each packhouse, in Chinese. A mobile app for field users is included at no extra charge.

### A3 Subscription Term

The Subscription Term is 24 months from the Service Start Date, divided into two Subscription Years. The Service Start Date is the date of Onboarding Acceptance under B3. The Order Form does not renew automatically; any further period requires a new Order Form signed by both parties.

### A4 Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 60 blocks, 3 packhouses, 150 users | 386,000 |
| Subscription, Subscription Year 2 | same scope, same fee | 386,000 |
| Onboarding (configuration, import, WMS integration) | one-time | 48,000 |
| **Total for the Subscription Term** | | **820,000** |

Fees include VAT. Additional users beyond the subscribed number are charged at CNY 1,100 per user per Subscription Year and are outside the total above.

### A5 Invoicing and Payment

The onboarding fee is invoiced after Onboarding Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days in CNY to the Provider's account in Shenzhen. Late payment does not suspend the service unless the Provider has given 15 days' written notice.

### A6 Key Contacts and Signature

Provider: account manager, Gayndah office. Customer: head of quality and traceability, Baise.

This Order Form and the General Terms in Part B form the Agreement. If they conflict, Part A prevails.

## Part B: General Terms

### 1. Definitions

1.1 "Customer Data" means all data entered into the service by or for the Customer, including orchard, spray, harvest, grading, temperature and customer shipment records.

1.2 "Customer Configurations" means the block structures, lot rules, report templates and the WMS interface mapping built for the Customer.

1.3 "Incident" means a failure of the service to operate as documented. A "Priority 1 Incident" is one that prevents lot tagging, grading or certificate preparation at any packhouse.

1.4 "Business Day" means a working day in mainland China.

### 2. Provision of the Service

2.1 The Provider will make the service available to the Customer's users in accordance with the documentation and this Agreement, and will host it in a data centre in mainland China operated by a licensed cloud provider.

2.2 The Provider may improve the service from time to time but will not materially reduce its functionality during the Subscription Term.

2.3 The Provider will give the Customer at least 30 days' notice of any change that affects the Customer's integration with the service.

2.4 The Customer is responsible for its users' account credentials and will use the service in accordance with applicable law and the documentation.

### 3. Onboarding and Acceptance

3.1 The Provider will complete onboarding within 45 days after signature of the Order Form.

3.2 Onboarding Acceptance requires that: (a) all 60 blocks and 3 packhouses are configured and verified by the Customer; (b) the imported historical records match the Customer's source files in count and totals; (c) lots created in GroveTrace appear in the WMS within 5 minutes during a ten-day parallel run; and (d) an export certificate can be produced for a test shipment. The Customer will confirm acceptance in writing or list the failures within 7 days after the Provider's notice of readiness.

3.3 If onboarding is late, the Provider will pay the Customer CNY 800 for each day of delay, which the Customer may deduct from the onboarding fee and the first subscription invoice.

3.4 If onboarding fails acceptance, the Provider will correct the failures and give a new notice of readiness within 10 days, and the acceptance procedure will apply again.

### 4. Service Levels

4.1 The service will be available at least 99.95% of each calendar month, excluding scheduled maintenance notified three days ahead and carried out between 22:00 and 06:00 China Standard Time.

4.2 The Provider will respond to Priority 1 Incidents within 30 minutes, at any time, and work continuously until service is restored; Priority 2 Incidents within 2 hours during business hours; and other Incidents within one business day.

4.3 If availability falls below the commitment in a month, the Customer will receive a service credit of 5% of the monthly equivalent of the subscription fee for each 0.02 percentage point of shortfall, and 2% for each hour of delay in responding to a Priority 1 Incident, credited against the next invoice or refunded at the end of the term.

4.4 The Provider will send a monthly service report showing availability, Incidents and response times.

### 5. Customer Data

5.1 As between the parties, the Customer owns all Customer Data. The Provider will process Customer Data to provide the service and as otherwise stated in this section.

5.2 The Provider may use Customer Data in aggregated and de-identified form to benchmark orchard performance across its customers, to improve and develop its products, and to publish industry reports, during and after the Subscription Term.

5.3 Within 30 days after the end of the Subscription Term the Provider will return all Customer Data in CSV format and then delete it from its systems, except as permitted by 5.2.

### 6. Data Security

6.1 The Provider will maintain technical and organisational measures to protect Customer Data, including encryption in transit and at rest, multi-factor authentication for administrative access, logging of all access, and annual penetration testing. Customer Data will be stored in mainland China and will not be transferred abroad.

6.2 The Provider will notify the Customer within 24 hours after becoming aware of a security breach affecting Customer Data, take all reasonable steps to contain it, and bear the costs and losses resulting from a breach caused by its failure to comply with this section.

6.3 The Provider will ensure that the service meets the requirements of the PRC Data Security Law and the Personal Information Protection Law.

### 7. Intellectual Property

7.1 The Provider owns the service and all related software. The Customer receives a right to use the service during the Subscription Term.

7.2 Customer Configurations belong to the Customer. The Provider will deliver them in a documented, exportable form, and the Customer may use, modify and have third parties use them without restriction.

7.3 The Provider will defend the Customer against any claim that the service infringes a third party's intellectual property rights and will pay any damages awarded.

### 8. Confidentiality

Each party will keep confidential the other party's non-public business and technical information and use it only for this Agreement. This obligation continues for three years after the end of the Agreement. Confidential information does not include information that is public or that a party develops independently.

### 9. Liability

9.1 Neither party is liable for indirect or consequential loss.

9.2 Each party's total aggregate liability arising out of or in connection with this Agreement is limited to the fees paid by the Customer in the six months immediately preceding the event giving rise to the claim.

### 10. Subcontracting

The Provider may not subcontract the service or any part of it, other than hosting by the cloud provider named in the documentation, without the Customer's prior written consent.

### 11. Term and Termination

11.1 This Agreement runs for the Subscription Term.

11.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. If the Customer terminates for the Provider's breach, the Provider will refund prepaid fees for the remainder of the Subscription Term.

11.3 On expiry or termination the Provider will provide reasonable assistance for up to 30 days to transfer Customer Data and Customer Configurations to the Customer or a new provider.

### 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute will be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time.

### 13. General

13.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly.

13.2 Notices must be in writing and sent to the contacts in A6.

13.3 This Agreement is made in English and Chinese; both versions have equal effect.

13.4 Amendments must be in writing and signed by both parties.

""")

SRC["e03"] = ("h1074e03_grain_silo_sensors_monitoring_licence_cunnamulla.docx", "docx", """
T:Purchase Contract for Grain Silo Monitoring Sensors and Software Licence
P:Contract No. ZYLC-IT-2027-015
P:Buyer: Henan Zhongyuan Grain Reserve Logistics Co., Ltd., Zhengzhou, Henan Province, People's Republic of China.
P:Supplier: Warrego Sensing Pty Ltd, Stockyard Street, Cunnamulla, Queensland, Australia, acting through its authorised distributor in Shanghai for import and customs clearance.
P:This Contract is issued on the Buyer's standard purchase terms. The Supplier has read the Buyer's tender documents and agrees to supply the goods, the licence and the services described below.
P:The Supplier confirms that it has visited both depots and has taken their silo sizes, power supply and radio conditions into account in its design.
H:1. Scope
P:1.1 The Supplier shall supply wireless temperature and moisture sensing cables, gateways and weather stations for 64 steel silos at the Buyer's Xinzheng and Zhoukou depots, together with a perpetual site licence of the SiloWatch monitoring software.
P:1.2 The Supplier shall install and commission all equipment, configure the software for both depots, connect it to the Buyer's grain storage management system, and train the Buyer's warehouse staff.
P:1.3 The equipment must be suitable for fumigation environments and carry the certifications listed in the tender documents.
P:1.4 The Supplier shall provide the documents required for customs clearance, certificates of origin and quality, calibration certificates for every sensing cable, and installation drawings for the Buyer's approval before installation.
P:1.5 The SiloWatch software shall run on servers provided by the Buyer at its Zhengzhou data centre, with mobile access for depot staff.
P:1.6 Training shall cover operation of the software, interpretation of readings and alarms, basic maintenance and replacement of sensing cables, and shall be given in Chinese at both depots for up to 36 staff.
H:2. Price
P:2.1 The Contract Price is CNY 1,200,000, including import duties, VAT, delivery to both depots, installation and all other costs, as itemised below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Temperature and moisture sensing cable, 24 m|320|1,650|528,000
TB:2|LoRa gateway with solar power kit|16|9,800|156,800
TB:3|Depot weather station|4|23,500|94,000
TB:4|SiloWatch monitoring software, perpetual site licence|1|286,000|286,000
TB:|Equipment and Licence Subtotal|||1,064,800
TB:5|Installation, commissioning and system integration|1 lot|118,000|118,000
TB:6|Training|1 lot|17,200|17,200
TB:|Contract Price|||1,200,000
P:2.2 The Contract Price is fixed for the duration of the Contract.
P:2.3 Prices for additional sensing cables ordered during the warranty period shall not exceed the unit prices in the table above.
H:3. Payment
P:3.1 10% of the Contract Price within 15 working days after signature, against an advance payment guarantee of the same amount.
P:3.2 55% of the Contract Price after delivery and installation at both depots, confirmed by a delivery and installation note. The note records quantities only and is not acceptance.
P:3.3 35% of the Contract Price after Final Acceptance under clause 5.
P:3.4 Each payment is made within 30 days after the Buyer receives a correct VAT invoice issued by the Supplier's distributor.
H:4. Delivery
P:4.1 The Supplier shall deliver all equipment to the depots within 70 days and complete installation and commissioning within 100 days after signature.
P:4.2 Risk in the equipment passes to the Buyer on delivery; title passes on payment under clause 3.2.
P:4.3 The Supplier shall pack the equipment for long-distance transport and marine shipment. Any equipment damaged in transit shall be replaced at the Supplier's cost without delay to the programme.
P:4.4 Installation work on the silos shall follow the Buyer's safety rules for work at height and in confined spaces, including permits, gas testing and supervision by the Buyer's safety officer.
H:5. Acceptance
P:5.1 Final Acceptance takes place after a trial run of 30 consecutive days and requires that: (a) every sensing point reports readings at the configured interval with no more than 0.5% missing readings; (b) sensor temperatures agree with calibrated reference probes within 0.5 degrees Celsius at 20 sample points; (c) moisture readings agree with laboratory tests within the tolerance in the technical specification; (d) alarms reach the duty officer's mobile phone within 2 minutes; and (e) data flows to the grain storage management system without error.
P:5.2 The Buyer shall sign an acceptance certificate within 10 working days after a successful trial run or state in writing why it refuses. Installation, use of the system or payment does not constitute acceptance.
P:5.3 If Final Acceptance fails, the Supplier shall correct the defects within 15 days and the trial run shall be repeated. If it fails a second time, the Buyer may reject the affected equipment and recover the price paid for it.
H:6. Warranty and Support
P:6.1 The warranty period for the equipment and the software is 24 months from Final Acceptance. During this period the Supplier shall repair or replace defective equipment, correct software defects and supply software updates free of charge.
P:6.2 The Supplier shall respond to incidents according to the table below.
TB:Priority|Description|Response|Restoration
TB:1|Monitoring unavailable for a depot, or alarms not delivered|1 hour|8 hours
TB:2|A gateway or more than five cables not reporting|2 hours|2 working days
TB:3|Single cable fault or report error|1 working day|5 working days
P:6.3 The SiloWatch server shall be available at least 99.95% of each month. For each hour by which a Priority 1 response or restoration is late the Supplier shall pay CNY 600, and for each month in which availability is not met, CNY 3,000, deducted from any amount due.
P:6.4 After the warranty period the Supplier shall, if the Buyer so requests, provide support at an annual fee of 8% of the Equipment and Licence Subtotal, that is CNY 85,184 per year, fixed for three years. Support is ordered per year and does not renew automatically.
P:6.5 The Supplier shall keep a stock of spare cables, gateways and sensor boards at its Shanghai distributor sufficient to meet the restoration times above.
P:6.6 During the warranty period the Supplier shall visit each depot twice a year to inspect the equipment, check calibration and deliver an inspection report.
H:7. Intellectual Property
P:7.1 The SiloWatch software remains the property of the Supplier and is licensed to the Buyer perpetually for its depots.
P:7.2 The interface to the grain storage management system, the silo layout configuration and the report templates made for the Buyer belong to the Buyer, which may use and modify them and have them modified by others.
P:7.3 The Supplier shall indemnify the Buyer against claims that the equipment or the software infringes third-party intellectual property rights.
H:8. Data
P:8.1 All grain condition data, silo and inventory information and alarm records belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:8.2 Data shall be stored on the Buyer's servers in China. Remote access by the Supplier requires the Buyer's approval for each session, uses encrypted connections and is logged. The Supplier shall not copy data outside the Buyer's systems.
P:8.3 The Supplier shall report any data security incident to the Buyer within 6 hours, take remedial action, and be liable for losses caused by its breach of this clause.
P:8.4 At the end of the Contract the Supplier shall delete any copies of Buyer data held for support.
H:9. Confidentiality
P:The Supplier shall keep confidential all information on the Buyer's reserve quantities, depot locations and security arrangements and shall not disclose it without the Buyer's prior written consent, during the Contract and for three years after it ends.
P:The Supplier shall ensure that its employees and its distributor are bound by the same obligation.
H:10. Delay and Liability
P:10.1 If the Supplier misses a date in clause 4.1, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, fraud and breach of clauses 8 and 9.
H:11. Subcontracting
P:The Supplier may not subcontract installation or any other part of the work without the Buyer's prior written consent.
H:12. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, and may recover amounts paid for goods and services not accepted.
P:On termination the Supplier shall, at the Buyer's option, remove any equipment not accepted and refund the related payments.
H:13. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.
H:14. General
P:14.1 A party prevented from performing by events beyond its reasonable control shall notify the other party within 3 days and provide evidence; performance is suspended for the duration of the event.
P:14.2 This Contract is made in Chinese and English. If the versions differ, the Chinese version prevails.
P:14.3 The tender documents, the Supplier's bid and the technical specification form part of this Contract. In case of conflict, this Contract prevails.
P:14.4 Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
""")

SRC["e04"] = ("h1074e04_warehouse_network_managed_services_hughenden.md", "md", """# Managed Network and End-User Services Agreement

Agreement No. FOM-MSA-2027-003

**Customer:** Sichuan Tianfu Cold Chain Logistics Co., Ltd., Chengdu, Sichuan Province, People's Republic of China.

**Service Provider:** Flinders Outback Managed IT Pty Ltd, Brodie Street, Hughenden, Queensland, Australia, performing the on-site work through its wholly owned subsidiary in Chengdu.

The Customer operates 14 warehouses and a head office in Sichuan and Chongqing. It wishes to outsource the operation of its wide-area network, warehouse wireless networks, handheld scanners and office end-user devices. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date of Transition Acceptance under clause 4.

1.3 "Term" means 36 months from the Service Commencement Date.

1.4 "Customer Materials" means the network designs, configurations, runbooks, asset records and reports prepared for the Customer under this Agreement.

1.5 "Incident" means an unplanned interruption or degradation of a service in Schedule 1.

## 2. Services

2.1 From the Service Commencement Date the Service Provider shall provide the Services at the service levels in Schedule 2 for the Term.

2.2 The Service Provider shall provide a service desk in Chinese, 24 hours a day, seven days a week, and a named service manager who attends a monthly service review with the Customer.

2.3 The Customer shall give the Service Provider reasonable access to its sites and nominate a contact for each warehouse.

2.4 The Service Provider shall comply with the Customer's site rules, including cold-store safety and food hygiene requirements, when its staff work in the warehouses.

2.5 The Service Provider shall propose service improvements at each quarterly review and shall implement agreed improvements without extra charge where they fall within the scope of Schedule 1.

2.6 The Service Provider shall maintain an up-to-date asset register and configuration records and give the Customer access to them at all times.

## 3. Charges and Payment

3.1 The Charges are set out in Schedule 3. The total Charges for the Term are CNY 2,220,000, consisting of the one-time transition fee of CNY 132,000 and 36 monthly service charges of CNY 58,000.

3.2 The transition fee is invoiced after Transition Acceptance. Monthly service charges are invoiced monthly in arrears. The Customer shall pay each correct invoice within 30 days.

3.3 The Charges are fixed for the Term and include all labour, travel, tools and spare parts stated in Schedule 1.

3.4 The Service Provider shall issue Chinese VAT invoices through its Chengdu subsidiary.

## 4. Transition and Acceptance

4.1 The Service Provider shall complete transition within 60 days after signature: discovery and documentation of all sites, installation of monitoring tools, handover from the incumbent supplier, and a service desk trial.

4.2 Transition Acceptance requires that: (a) every network device and end-user device on the Customer's asset list is recorded and monitored; (b) runbooks for all warehouse sites are approved by the Customer; (c) a ten-day trial of the service desk meets the response targets in Schedule 2; and (d) a failover test of the head-office link succeeds. The Customer shall confirm acceptance or list the deficiencies in writing within 5 working days after notice of readiness.

4.3 If Transition Acceptance is delayed beyond the date in clause 4.1 for reasons attributable to the Service Provider, the Service Provider shall pay CNY 1,800 for each day of delay.

4.4 If Transition Acceptance fails, the Service Provider shall correct the deficiencies within 10 days and notify the Customer again, and the acceptance procedure shall be repeated.

4.5 Until Transition Acceptance the incumbent supplier remains responsible for the services, and the Service Provider shall coordinate with it to avoid any interruption.

## 5. Service Levels and Service Credits

5.1 Schedule 2 sets out the service levels. Performance is measured monthly and reported at the service review.

5.2 If a service level is missed, the Service Provider shall grant the service credits in Schedule 2, deducted from the next monthly invoice. Service credits do not limit the Customer's other rights.

5.3 The Service Provider shall report each Priority 1 incident within 24 hours after restoration, stating its cause and the measures taken to prevent recurrence.

## 6. Customer Data

Customer data processed in the course of the Services, including shipment, temperature, inventory and employee records, remains the property of the Customer. The Service Provider shall use it only to provide the Services and shall return it at the end of the Term.

## 7. Intellectual Property

7.1 The Service Provider retains ownership of its monitoring tools and methods.

7.2 Customer Materials belong to the Customer, which may use, modify and license them freely, including to a successor supplier.

7.3 The Customer may continue to use all configurations after the Term without licence fees.

## 8. Confidentiality

Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to employees and advisers who need to know it. This obligation survives for three years after the end of the Term. Confidential information includes the Customer's customer lists, freight volumes and prices.

## 9. Liability

9.1 Neither party is liable for loss of profit or indirect loss.

9.2 The Service Provider's total liability arising under or in connection with this Agreement in any contract year shall not exceed the Charges paid in the nine months preceding the event giving rise to the claim.

## 10. Personnel and Subcontracting

10.1 The Service Provider shall use trained personnel and replace any person the Customer reasonably objects to.

10.2 The Service Provider shall not subcontract any part of the Services, other than to its Chengdu subsidiary named above, without the Customer's prior written consent.

10.3 The Service Provider remains responsible for the acts and omissions of its subsidiary and any approved subcontractor as for its own.

## 11. Term, Renewal and Termination

11.1 This Agreement ends at the end of the Term. Any extension requires a written agreement of both parties.

11.2 The Customer may terminate this Agreement by written notice if the Service Provider commits a material breach that it does not remedy within 30 days after notice, or if service credits reach their monthly maximum in three consecutive months.

11.3 On expiry or termination the Service Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3, hand over all Customer Materials, and cooperate with any successor supplier.

11.4 The Customer may also terminate this Agreement for convenience after the first 18 months by giving 90 days' written notice, without any termination charge.

## 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be referred to the Shanghai International Arbitration Center for arbitration in Shanghai.

## 13. General

13.1 Neither party is liable for delay caused by events beyond its reasonable control, if it notifies the other party promptly and takes reasonable steps to limit the effect.

13.2 Neither party may assign this Agreement without the other party's written consent.

13.3 Notices must be in writing and sent to the addresses above.

13.4 This Agreement is made in English and Chinese, and both versions are equally authentic.

13.5 Amendments must be in writing and signed by both parties.

## Schedule 1: Scope of Services

| Service | Scope | Included |
|---|---|---|
| Network operations | WAN links and routers at 14 warehouses and head office | monitoring, incident handling, carrier liaison, configuration backups |
| Warehouse wireless | 420 access points and 8 controllers | monitoring, firmware updates, coverage checks after racking changes |
| Handheld scanners | about 760 devices | enrolment, app deployment, repair logistics, spare pool of 30 devices |
| End-user devices | about 380 laptops and desktops | imaging, patching, antivirus management, hardware repair coordination |
| Change management | network and device changes | planning, approval by the Customer, implementation outside warehouse peak hours |
| Service desk | all users | 24 x 7 phone, portal and messaging support in Chinese |
| Reporting | monthly | service level report, asset report, improvement plan |

## Schedule 2: Service Levels and Credits

| Measure | Target | Service credit if missed |
|---|---|---|
| Availability of WAN service at each warehouse | 99.95% per month | 3% of the monthly charge per site affected |
| Priority 1 incident (warehouse cannot scan or ship) response | 15 minutes | 2% of the monthly charge per late incident |
| Priority 1 incident restoration | 3 hours | 3% of the monthly charge per late incident |
| Priority 2 incident response | 1 hour | 1% of the monthly charge per late incident |
| Service desk calls answered within 60 seconds | 90% | 1% of the monthly charge |

Total service credits in any month are limited to 20% of that month's service charge.

## Schedule 3: Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Transition Acceptance | 132,000 |
| Monthly service charge | per month, 36 months | 58,000 |
| Total for the Term | 132,000 + 36 x 58,000 | 2,220,000 |
| Exit assistance | per person-day, on request | 2,600 |
| Additional moves and changes | per request beyond 20 per month | 450 |
""")

SRC["e05"] = ("h1074e05_crop_weather_data_api_subscription_chinchilla.txt", "txt", """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. DDA-SUB-2027-044

BETWEEN
Darling Downs Agri-Data Pty Ltd, Heeney Street, Chinchilla, Queensland, Australia ("Provider")
AND
Shandong Haihe Grain Trading Co., Ltd., Qingdao, Shandong Province, People's Republic of China ("Customer")

BACKGROUND
The Provider collects and models weather, soil moisture and crop condition data for the main grain-producing regions of Australia and other exporting countries, and makes yield forecasts and shipping-season indicators available through an application programming interface (API). The Customer imports wheat, barley and sorghum and wishes to receive the data in its trading and risk systems.

1. DEFINITIONS
1.1 "Data Products" means the datasets and forecasts listed in clause 2.1, as updated by the Provider from time to time.
1.2 "API" means the Provider's REST interface and bulk download service through which the Data Products are delivered.
1.3 "Subscription Year" means each period of one year starting on the Go-Live Date or on an anniversary of it.
1.4 "Go-Live Date" means the date on which the Customer accepts the integration under clause 5.
1.5 "Customer Data" means the Customer's queries, watch lists, uploaded shipment and position data, and any other data the Customer provides to the Provider.
1.6 "Integration Deliverables" means the connectors, mapping scripts and dashboards prepared by the Provider for the Customer.
1.7 "Business Day" means a working day in mainland China.

2. DATA PRODUCTS AND SERVICES
2.1 The Provider shall make available: (a) daily gridded rainfall, temperature and soil moisture data for 14 growing regions; (b) weekly crop condition indices by region and crop; (c) monthly yield forecasts for wheat, barley and sorghum with confidence ranges; and (d) port-level shipping-season indicators.
2.2 The Customer may call the API up to 200,000 times per month. Calls above that quota are charged under clause 4.3.
2.3 The Provider shall build the Integration Deliverables to load the Data Products into the Customer's trading platform and risk database, and train the Customer's analysts.
2.4 The Customer may use the Data Products internally for its trading, procurement and risk management, and may include extracts in reports to its own management and banks.
2.5 The Customer shall not resell the Data Products or make them available to third parties as a data service.
2.6 The Provider shall notify the Customer at least 30 days in advance of any change to the API that requires changes to the Integration Deliverables, and shall keep the previous API version available for at least 90 days after the change.

3. TERM AND RENEWAL
3.1 This Agreement starts on signature and continues for two Subscription Years from the Go-Live Date.
3.2 At the end of the second Subscription Year, and at the end of each renewal period, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current period.
3.3 The Provider may increase the subscription fee for any renewal period by giving the Customer notice at least 30 days before the renewal takes effect. The increase applies from the start of the renewal period.
3.4 The fees for a renewal period are invoiced at its start on the same terms as clause 4.2.

4. FEES AND PAYMENT
4.1 The fees for the initial two Subscription Years are:
    Subscription fee, Subscription Year 1 ............... CNY 268,000
    Subscription fee, Subscription Year 2 ............... CNY 268,000
    Integration and training, one-time ................. CNY 34,000
    Total ............................................... CNY 570,000
4.2 The integration fee is invoiced after the Go-Live Date. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days.
4.3 API calls above the monthly quota are charged at CNY 0.20 per call and invoiced quarterly in arrears.
4.4 All fees are in CNY and include applicable taxes.
4.5 The Provider shall issue each invoice through its authorised agent in Qingdao together with a Chinese VAT invoice.

5. INTEGRATION AND ACCEPTANCE
5.1 The Provider shall complete the Integration Deliverables within 40 days after signature.
5.2 The Customer shall accept the integration when: (a) all Data Products load into the trading platform and risk database on schedule for 10 consecutive business days; (b) values loaded match the Provider's published files for a sample of 50 records per dataset; (c) a failed load triggers an alert to the Customer's support team; and (d) the Customer's analysts have completed training. The Customer shall confirm acceptance in writing or state the failures within 5 business days after the Provider's notice.
5.3 If the Go-Live Date is delayed by the Provider, the Provider shall pay CNY 500 for each day of delay, deducted from the integration fee or the first subscription invoice.
5.4 If the integration fails acceptance, the Provider shall correct the failures and notify the Customer again within 10 business days.

6. SERVICE LEVELS
6.1 The API shall be available at least 99.95% of each calendar month, excluding maintenance announced three days in advance.
6.2 Daily data shall be published by 08:00 China Standard Time. Weekly and monthly products shall be published on the dates in the release calendar.
6.3 The Provider shall respond to a Severity 1 incident (the API is unavailable or a daily dataset is missing or corrupt) within 1 hour and restore service within 6 hours, and to other incidents within one business day.
6.4 If availability in a month is below the commitment, or a daily dataset is published more than 3 hours late on more than two days in a month, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each such failure, credited against the next invoice.
6.5 The Provider shall publish a monthly service report showing availability, publication times and incidents.

7. CUSTOMER DATA AND DATA SECURITY
7.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to deliver the Data Products and support the Customer, and for no other purpose.
7.2 The Provider shall store Customer Data on servers in mainland China, encrypt it in transit and at rest, restrict access to named support staff with multi-factor authentication, and keep access logs for one year.
7.3 The Provider shall notify the Customer within 24 hours of any security breach affecting Customer Data, take prompt steps to contain it, and compensate the Customer for losses caused by a breach resulting from its failure to comply with this clause.
7.4 On expiry or termination the Provider shall delete Customer Data within 30 days and certify the deletion in writing.

8. INTELLECTUAL PROPERTY
8.1 The Provider and its licensors own the Data Products and the API. The Customer receives a licence to use the Data Products as set out in clause 2.4 during the term, and may keep and use data received before expiry for its internal records.
8.2 The Integration Deliverables belong to the Customer, which may use, modify and license them freely.
8.3 The Provider shall defend the Customer against any claim that the Data Products or the Integration Deliverables infringe the rights of a third party and pay any damages awarded.

9. WARRANTIES
9.1 The Provider warrants that the Data Products are compiled with reasonable skill and care from the sources described in its methodology notes.
9.2 Forecasts are estimates. The Provider does not warrant that any forecast will prove accurate, and the Customer remains responsible for its trading decisions.
9.3 The Provider warrants that it has the right to license the Data Products to the Customer as set out in this Agreement.

10. LIABILITY
10.1 Neither party is liable to the other for indirect or consequential loss, including trading losses arising from the use of forecasts.
10.2 The Provider's total liability under this Agreement is limited to 150% of the total fees in clause 4.1, except for breach of clause 7 and wilful misconduct, which are not limited.

11. SUBCONTRACTING AND ASSIGNMENT
11.1 The Provider shall not subcontract the delivery of the Data Products or support, other than hosting with a licensed cloud provider in mainland China, without the Customer's prior written consent.
11.2 Neither party may assign this Agreement without the written consent of the other.

12. TERMINATION
12.1 Either party may terminate this Agreement by written notice if the other commits a material breach and fails to remedy it within 30 days after notice.
12.2 If the Customer terminates for the Provider's breach, the Provider shall refund the subscription fee for the unexpired part of the Subscription Year.
12.3 On expiry or termination the Customer may keep using data received before that date for its internal records, as permitted by clause 8.1.

13. GOVERNING LAW AND DISPUTES
13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

14. GENERAL
14.1 This Agreement is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
14.2 Notices shall be in writing and sent to the addresses above by courier or email with confirmation.
14.3 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other promptly and takes reasonable steps to resume performance.
14.4 This Agreement is made in English and Chinese. Both versions are equally authentic.

SIGNED for the Provider: ____________________
SIGNED for the Customer: ____________________
""")


# ---------------------------------------------------------------------------------------------------------------
# Labels. Order of the positional fields = order of expected_terms, then the expected_extra fields.
def lab(avail, p1, remedy, ip, dsec, downs, conf, ld, cap, pre, acc, final, war, post, auto, term, sub, law, kind,
        sla, ldst, capped, deemed, value):
    terms = {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
             "data_security_clause": dsec, "buyer_owns_data": downs, "confidentiality": conf,
             "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": pre, "acceptance_clause": acc,
             "final_payment_on_acceptance": final, "warranty_months": war, "post_warranty_fee_pct": post,
             "auto_renewal_price_increase": auto, "termination_for_breach": term,
             "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}
    extra = {"sla_clause": sla, "ld_stated": ldst}
    if kind == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return terms, extra


G, S = "goods_or_licence", "service"
LABELS = {  # key -> (language, category, terms, extra)
    "z01": ("zh", "software", *lab(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 9,
                                   False, True, False, "PRC", G, True, True, True, False, 2150000)),
    "z02": ("zh", "hardware", *lab(None, 1, True, "buyer", True, True, True, 0.08, None, 20, True, True, 18, 28,
                                   False, True, True, "PRC", G, True, True, True, False, 1480000)),
    "z03": ("zh", "cloud", *lab(99.5, 0.5, True, "buyer", True, True, True, 0.1, 200, None, True, None, None, None,
                                True, True, False, "PRC", S, True, True, None, False, 550000)),
    "z04": ("zh", "services", *lab(None, 0.5, False, "buyer", True, True, True, 0.02, None, None, True, None, None,
                                   None, False, False, False, None, S, True, True, None, False, 638000)),
    "z05": ("zh", "software", *lab(None, None, False, "supplier", True, False, True, None, None, 65, False, False, 6,
                                   None, False, True, None, None, G, False, False, False, True, 430000)),
    "e01": ("en", "software", *lab(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11,
                                   False, True, False, "Queensland", G, True, True, True, False, 1840000)),
    "e02": ("en", "cloud", *lab(99.95, 0.5, True, "buyer", True, False, True, 800 / 820000 * 100, 6 / 24 * 100, None,
                                True, None, None, None, False, True, False, "PRC", S, True, True, None, False, 820000)),
    "e03": ("en", "hardware", *lab(99.95, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 24, 8,
                                   False, True, False, "PRC", G, True, True, True, False, 1200000)),
    "e04": ("en", "services", *lab(99.95, 0.25, True, "buyer", False, True, True, 1800 / 2220000 * 100,
                                   9 / 36 * 100, None, True, None, None, None, False, True, False, "PRC", S, True, True,
                                   None, False, 2220000)),
    "e05": ("en", "cloud", *lab(99.95, 1, True, "buyer", True, True, False, 500 / 570000 * 100, 150, None, True, None,
                                None, None, True, True, False, "PRC", S, True, True, None, False, 570000)),
}

# TCO inputs for goods_or_licence drafts whose post-warranty fee is stated: (fee base = itemised licence / hardware
# subtotal, fee % per year, warranty months). z05's fee is "乙方届时有效的价格标准" -> not computable.
TCO = {"z01": (1160000, 9, 24), "z02": (1193600, 28, 18), "e01": (1280000, 11, 18), "e03": (1064800, 8, 24)}

# Design list: the risky terms written into each draft, and the overall risk.
DESIGN = {
    "z01": ([], "low"),
    "z02": (["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"], "high"),
    "z03": (["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"], "medium"),
    "z04": (["CR-LD-LOW", "CR-SLA-NO-REMEDY", "CR-TERMINATION"], "medium"),
    "z05": (["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"], "high"),
    "e01": (["CR-GOVERNING-LAW"], "low"),
    "e02": (["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"], "medium"),
    "e03": ([], "low"),
    "e04": (["CR-DATA-SECURITY", "CR-LIABILITY-CAP"], "high"),
    "e05": (["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"], "medium"),
}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # Brisbane courts

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}

# Policy defaults (section 3 and 4), used only to derive rules and to keep every value off them.
AVAIL_MIN, P1_MAX_H, LD_MIN, CAP_MIN, PRE_MAX, WAR_MIN, POST_MAX, TCO_MAX, HORIZON = 99.9, 4, 0.05, 100, 30, 12, 15, 40, 5


def tco_share(key):
    if key not in TCO:
        return None
    base, pct, war = TCO[key]
    value = LABELS[key][3]["contract_value"]
    years = max(0.0, HORIZON - war / 12)
    post = base * pct / 100 * years
    return post / (value + post) * 100


def derive(key):
    lang, cat, t, x = LABELS[key]
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < AVAIL_MIN:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > P1_MAX_H:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < LD_MIN:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < CAP_MIN:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > PRE_MAX:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < WAR_MIN:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > POST_MAX):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > TCO_MAX:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------------------------------------------------------
# Threshold figures that no built text may state (raw, whitespace-collapsed or whitespace-free).
NUM = r"(?<![\d.])"
PCT = r"\s*(?:%|％|percent\b|per\s*cent\b)"
THRESHOLD_RES = [re.compile(p, re.I) for p in [
    NUM + r"(?:30|15|40|100)" + PCT,
    NUM + r"(?:30|15|40|100)\.0+" + PCT,
    NUM + r"99\.90*(?!\d)",
    NUM + r"0\.050*(?!\d)",
    NUM + r"4\s*(?:-\s*)?(?:hours?\b|hrs?\b|h\b|小时|个小时)",
    r"\bfour[\s-]*(?:business\s*|working\s*)?hours?\b",
    r"(?<![十\d])四\s*个?小时",
    NUM + r"12\s*(?:-\s*)?months?\b",
    NUM + r"12\s*个月",
    r"十二\s*个月",
    r"\btwelve[\s-]*months?\b",
    NUM + r"5\s*(?:-\s*)?years?\b",
    r"\bfive[\s-]*years?\b",
    NUM + r"5\s*年(?!\d)",
    r"(?<![十\d〇零一二三四五六七八九])五年",
    r"百分之(?:三十|十五|四十|百|一百)(?![点\d一二三四五六七八九])",
    r"万分之五(?![十百千\d点])",
    r"千分之零点五",
    r"(?<![一二三四五六七八九十])三成",
]]
MUST_HIT = ["30%", "30 %", "15％", "40 per cent", "100%", "30.0%", "99.9%", "99.9", "0.05%", "0.05 %", "4 hours",
            "4小时", "4 个小时", "四小时内", "four hours", "4-hour", "12 months", "12个月", "十二个月", "twelve months",
            "5 years", "five years", "五年", "5年", "百分之三十", "百分之百", "万分之五", "千分之零点五", "预付三成"]
MUST_MISS = ["99.95%", "99.5%", "130%", "300%", "24小时", "二十四小时", "24 hours", "14 hours", "0.5%", "0.055",
             "10.05", "2027年12月31日", "万分之五十", "1.30%", "150%", "115%", "25.0", "24 months", "2025年",
             "二〇二五年", "十五年", "百分之三十五", "3.5%"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in THRESHOLD_RES:
            hits += [m.group(0) for m in rx.finditer(variant)]
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), "must miss: %s -> %s" % (s, threshold_hits(s))


# ---------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


RANGES = {"zh": (2750, 3000), "en": (1450, 1650)}


def dump(key):
    lang, cat, t, x = LABELS[key]
    name = SRC[key][0]
    data = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": derive(key)}
    (OUT / (Path(name).stem + ".json")).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    built = {k: v for k, v in SRC.items() if v[1] in ("docx", "pdf")}
    write({k: v[2] for k, v in built.items()}, {k: (v[0], v[1]) for k, v in built.items()}, OUT, wrap_words=True)
    for key, (name, fmt, text) in SRC.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(text.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    covered, problems = set(), []
    for key in SRC:
        name = SRC[key][0]
        lang, cat, t, x = LABELS[key]
        assert name.startswith("h1074" + key + "_") and Path(name).suffix[1:] == SRC[key][1]
        text = read_back(OUT / name)
        n = size(text, lang)
        lo, hi = RANGES[lang]
        if not lo <= n <= hi:
            problems.append("%s length %d not in %d-%d" % (key, n, lo, hi))
        hits = threshold_hits(text)
        if hits:
            problems.append("%s threshold figures in text: %s" % (key, sorted(set(hits))))
        bad = [(k, v) for k, v in [("availability_pct", AVAIL_MIN), ("p1_response_hours", P1_MAX_H),
                                   ("ld_rate_per_day_pct", LD_MIN), ("liability_cap_pct", CAP_MIN),
                                   ("prepayment_pct", PRE_MAX), ("warranty_months", WAR_MIN),
                                   ("post_warranty_fee_pct", POST_MAX)]
               if t[k] is not None and abs(t[k] - v) < 1e-9]
        if bad:
            problems.append("%s label on a threshold: %s" % (key, bad))
        share = tco_share(key)
        if share is not None and abs(share - TCO_MAX) <= 2:
            problems.append("%s TCO share %.2f within 2 points of the threshold" % (key, share))
        rules = derive(key)
        design, drisk = DESIGN[key]
        if rules != sorted(design):
            problems.append("%s rules %s != design %s" % (key, rules, sorted(design)))
        if risk(rules) != drisk:
            problems.append("%s risk %s != design %s" % (key, risk(rules), drisk))
        covered |= set(rules)
        dump(key)
        print("%s %-4s %5d %s %s %s" % (key, fmt_of(key), n, risk(rules), rules,
                                        "" if share is None else "TCO share %.1f %%" % share))
    missing = sorted(set(SEVERITY) - covered)
    if missing:
        problems.append("rules never fired: %s" % missing)
    counts = [len(DESIGN[k][0]) for k in SRC]
    assert sum(1 for k in SRC if not DESIGN[k][0]) == 2
    assert DESIGN["e01"][0] == ["CR-GOVERNING-LAW"] and 8 <= len(DESIGN["z05"][0]) <= 10
    assert sum(1 for c in counts if 2 <= c <= 3) == 6, counts
    assert not problems, "\n".join(problems)
    print("all checks passed")


def fmt_of(key):
    return SRC[key][1]


if __name__ == "__main__":
    main()
