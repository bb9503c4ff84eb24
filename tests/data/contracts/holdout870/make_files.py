"""holdout870: builds the ten held-out draft contracts and their .json labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .txt/.md are written as they are; .docx/.pdf are
built from the small markup of ../word_pdf.py (T: title, H: heading, P: paragraph, TB: table row). The labels are
written from LABELS below; the expected rules are derived from the labels with my reading of policy section 3 and
compared with the design list; lengths, threshold figures and rule coverage are asserted.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:乡村旅游公共服务平台建设项目合同（政府采购）
P:合同编号：WLJ-CG-2027-018
P:采购人（甲方）：某市文化和旅游局
P:供应商（乙方）：某数智文旅科技有限公司
P:依据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就乡村旅游公共服务平台的软件许可、定制开发及实施事宜，经协商一致，订立本合同。招标文件、投标文件及澄清材料为本合同组成部分；内容不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方向甲方提供乡村旅游公共服务平台软件许可（含游客服务门户、商户管理后台、统计分析模块），并按甲方需求完成定制开发、数据对接、部署实施和培训。
P:1.2 定制开发内容包括：乡村旅游小程序、全域资源地图、民宿及农家乐预约、乡村文旅活动发布、游客评价与投诉处理、数据驾驶舱；数据对接包括与省级智慧旅游平台、市公安旅馆业系统、景区票务系统及气象预警信息的接口。
P:1.3 项目地点为甲方指定的政务云资源池，乙方应遵守政务云管理单位的接入与安全要求。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰捌拾陆万元整（¥1,860,000.00），为固定总价，包括货物、服务、税费及乙方完成本项目所需的一切费用。
P:2.2 分项价格：平台软件许可费¥860,000.00；定制开发费¥690,000.00；数据对接费¥186,000.00；部署实施费¥98,000.00；培训费¥26,000.00。
P:2.3 合同履行期间，甲方不因人工、材料或汇率变化调整合同价款。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署、通过初步验收后十五个工作日内，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%。
P:3.4 每次付款前乙方应开具合法有效的发票。甲方按国库集中支付程序付款，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后一百二十日内完成全部开发、部署及数据对接，并提交初步验收申请。
P:4.2 乙方应在合同签订后十日内提交项目实施计划，明确里程碑、人员配置及测试安排，经甲方确认后执行。
P:4.3 乙方项目经理须具有同类项目经验，非经甲方书面同意不得更换。
P:4.4 乙方应为甲方及各区县文旅部门、乡镇旅游服务站工作人员提供不少于六场集中培训和一场线上直播培训，交付操作手册、管理员手册、接口说明及运维手册，并确保受训人员能够独立完成资源发布、商户审核、活动上架和数据统计等日常操作。
P:4.5 乙方应配合甲方完成信息系统安全等级保护备案、商用密码应用安全性评估及政务云上线审查，相关测评费用已含于合同总价。
H:第五条 验收
P:5.1 初步验收：平台在政务云完成部署，全部功能按投标文件的功能清单逐项测试通过；六个对接接口连续十日数据交换正常；并发三百用户条件下页面平均响应时间不超过2秒；乙方提交第三方安全测评报告且无高危漏洞。
P:5.2 最终验收：初步验收后平台试运行六十日，期间未发生一级故障；甲方组织专家按招标文件技术要求、本条标准及国家有关标准进行验收，并出具书面验收报告。
P:5.3 平台上线、试运行或甲方使用部分功能，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，费用由乙方承担。
H:第六条 服务水平
P:6.1 质保期内，平台月可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:6.2 故障分级及响应：一级故障（平台整体不可用或游客预约无法完成）30分钟内响应，2小时内恢复；二级故障2小时内响应，8小时内解决；三级问题一个工作日内答复。
P:6.3 服务补偿：一级、二级故障响应每超时1小时，甲方从应付款或履约保证金中扣减¥800元；月可用率每低于约定值0.01个百分点，扣减¥1,500元。
P:6.4 乙方每季度向甲方提交运行报告，列明故障、处理时长及改进措施。
H:第七条 质保与维护
P:7.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、安全补丁及远程技术支持。
P:7.2 质保期满后，如甲方需要，双方另行签订维护合同。年度维护费不超过平台软件许可费的8%，即每年不超过¥68,800元，且质保期满后三年内不上调。维护合同不自动续期。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可，用户数及部署节点不受限制。
P:8.2 为本项目定制开发的小程序、功能模块、接口程序、数据驾驶舱及其源代码和技术文档，知识产权归甲方所有。乙方应在最终验收时交付源代码及编译说明，甲方可自行或委托第三方修改、使用。
H:第九条 数据安全
P:9.1 平台汇聚的游客信息、商户信息、预约及评价数据等全部业务数据归甲方所有。乙方仅为履行本合同处理该等数据，不得用于任何其他目的，不得留存副本。
P:9.2 乙方应落实网络安全等级保护第三级要求，采取加密存储、访问控制、操作审计等措施；远程运维须经甲方审批并通过堡垒机进行。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、业务资料及系统口令负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务不因本合同终止而解除，期限为合同终止后五年。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合约定的，应无偿整改；整改后仍不合格的，甲方可解除合同，乙方退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
P:11.4 乙方人员违反政务云管理规定或甲方安全管理制度的，甲方有权要求乙方更换相关人员；造成安全事件的，按第九条承担责任。
H:第十二条 分包
P:12.1 乙方不得将本项目转包，也不得分包。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，双方均可解除合同。
P:13.3 合同解除的，乙方应在十日内移交已完成的开发成果、源代码及全部数据。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 乙方应在合同签订后七日内向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还；乙方有违约情形的，甲方可从中扣除违约金及服务补偿。
P:15.2 本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。
P:15.3 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。
P:甲方（盖章）：____________    乙方（盖章）：____________
P:签订日期：2027年3月____日
"""

SRC["z02"] = """T:胶棒生产线控制系统改造项目合同
P:合同编号：JB-SB-2027-006
P:甲方：某胶棒制品有限公司
P:乙方：某工业自动化工程有限公司
P:甲方生产线现有控制系统运行多年，存在备件停产、温控精度不足、数据无法采集等问题。经甲方比选，乙方承接六条热熔胶棒生产线控制系统的改造。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条胶棒挤出生产线（含投料、熔融挤出、冷却定型、切断、包装五个工段）的控制系统改造，包括控制柜、触摸屏、伺服驱动、温控模块、数据采集网关的供货、安装与调试，以及监控及配方管理软件的许可、配置与定制开发。
P:1.2 乙方应拆除旧控制柜和线缆，保留甲方指定的电机与传感器并完成接线核对；改造须分线、分批进行，每条线停产时间不超过五日，其余生产线不得因施工停产。
P:1.3 定制开发内容：按甲方现有的二十余种胶棒规格（见附件工艺参数表）建立配方库，实现配方下发、批次记录、温度曲线追溯及设备运行报表，并与甲方现有ERP系统对接工单和产量数据。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰伍拾万元整（¥1,500,000.00），含税，为固定总价。分项价格见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含主控制器、I/O模块）|6套|98,000|588,000
TB:2|工业触摸屏（HMI）|6台|14,500|87,000
TB:3|伺服驱动器及伺服电机|12套|21,000|252,000
TB:4|多路温控模块|18块|6,500|117,000
TB:5|数据采集网关|6台|9,000|54,000
TB:6|监控及配方管理软件许可（永久）|1套|182,000|182,000
TB:|设备及软件小计|||1,280,000
TB:7|安装调试（含定制开发、ERP对接）|1项|156,000|156,000
TB:8|旧系统拆除及线缆整理|1项|48,000|48,000
TB:9|操作及维护培训|1项|16,000|16,000
TB:|合同总价|||1,500,000
P:2.2 上述价格包括设备、软件、运输、保险、安装、调试、培训、税费及质保期内的全部服务费用。
H:第三条 付款
P:3.1 合同生效后十日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并完成安装、单机调试后，甲方支付合同总价的50%。到货签收和安装完成不代表质量验收。
P:3.3 六条生产线全部通过最终验收后，甲方支付合同总价的25%。
P:3.4 其余5%作为质量保证金，质保期满且无未决质量问题后十日内无息支付。
H:第四条 交付与工期
P:4.1 乙方应于合同生效后六十日内完成全部设备到货，九十日内完成六条生产线的改造调试。
P:4.2 乙方每周向甲方提交施工周报，停线改造计划须提前七日经甲方生产部书面确认。
P:4.3 乙方施工人员进入甲方厂区应遵守甲方安全生产、动火作业及防静电管理规定，电气作业人员须持有效特种作业证。因乙方违章作业造成人身伤害或财产损失的，由乙方承担责任。
P:4.4 每条生产线改造前，乙方应备份原控制程序和参数并经甲方确认；改造调试期间出现重大异常时，乙方应能在四十分钟内恢复原系统运行，避免影响甲方订单交付。
P:4.5 乙方提供的设备应为原厂全新正品，附合格证、出厂检验报告及说明书；主要部件的品牌和型号以附件设备技术规格为准，未经甲方同意不得替换。
H:第五条 验收
P:5.1 单线验收：每条生产线改造后连续运行七十二小时，挤出温度控制偏差不超过±1.5℃，切断长度偏差不超过±0.5毫米，配方切换时间不超过十分钟，报警及联锁功能逐项测试合格。
P:5.2 最终验收：六条线全部单线验收合格并试生产三十日，平均设备综合效率不低于改造前水平，批次记录与ERP工单数据一致，乙方交付竣工图纸、程序备份、操作手册后，由双方签署最终验收报告。
P:5.3 试生产、投入使用或甲方支付部分款项，均不视为验收合格。
P:5.4 单线验收或最终验收不合格的，乙方应在十日内整改并重新申请验收，由此增加的费用由乙方承担；经两次整改仍不合格的，甲方有权要求乙方更换设备或退货，并按第十一条追究乙方责任。
H:第六条 故障响应
P:6.1 一级故障（整条生产线停机）乙方应在1小时内响应，3小时内到达现场；二级故障（单个工段异常）2小时内响应，次日内处理完毕。
P:6.2 乙方响应或到场每超时1小时，向甲方支付¥1,000元；因控制系统故障造成停产超过八小时的，另按每小时¥2,000元赔偿。
H:第七条 质保与维保
P:7.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件的维修、更换、升级均免费。
P:7.2 质保期满后，乙方提供年度维保服务，含季度巡检、备件更换、程序维护及全天候远程支持。年度维保费按设备及软件小计的28%计取，即每年¥358,400元，维保期间不调整。
P:7.3 维保合同按年度签订，由甲方决定是否续签，不自动续期。
P:7.4 乙方应在甲方厂区存放常用备件（控制器模块、I/O模块、温控模块、伺服驱动器各一套），备件所有权归乙方，质保期内耗用的备件由乙方及时补足。乙方承诺所供主要设备的备件供应期不少于八年。
H:第八条 知识产权
P:8.1 为甲方编写的PLC程序、触摸屏画面、配方库结构、报表及ERP对接程序，知识产权归甲方所有，乙方应交付源程序及注释，甲方可自行修改或委托他人维护。
P:8.2 监控及配方管理软件的产品著作权归原权利人，甲方取得永久使用许可。
H:第九条 数据安全
P:9.1 配方、工艺参数、产量及质量数据属于甲方所有，乙方不得复制、带离现场或用于其他客户。
P:9.2 乙方远程维护须经甲方设备部逐次审批，使用甲方提供的专用账号并保留操作日志；乙方应在网关侧设置访问控制，不得开启未经批准的外部连接。
P:9.3 发生数据泄露或被篡改的，乙方应在2小时内通知甲方并协助处置；因乙方原因造成的，由乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 双方对合同履行中知悉的对方技术资料、工艺配方和商业信息负有保密义务，未经对方书面同意不得披露，保密期至合同终止后五年。
P:10.2 乙方不得在宣传材料、案例介绍中使用甲方名称、厂区照片或生产数据，经甲方书面同意的除外。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:11.2 甲方逾期付款的，按逾期金额每日万分之三支付违约金。
P:11.3 因乙方施工或设备质量原因造成甲方停产或设备损坏的，乙方应赔偿甲方的直接损失。
P:11.4 乙方交付的设备与约定型号不符或为翻新产品的，甲方有权退货，乙方应双倍返还该设备价款。
H:第十二条 分包
P:12.1 乙方不得转包。电气安装中的辅助工作如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，或逾期超过三十日的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，提交温州仲裁委员会仲裁。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：工艺参数表、设备技术规格。
P:甲方（盖章）：____________    乙方（盖章）：____________
"""

SRC["z03"] = """舞蹈培训门店预约及会员管理系统服务合同

合同编号：TT-SaaS-2027-011
甲方：某踢踏舞文化发展有限公司（含其直营门店）
乙方：某云约信息技术有限公司

甲方在全国经营三十五家踢踏舞培训门店，现有预约与会员管理依赖各门店自行维护的表格和多个小程序，数据分散、课消对账困难。乙方提供"云约"预约及会员管理SaaS服务。双方经协商，就乙方为甲方提供系统订阅及实施服务事宜订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方三十五家门店开通"云约"门店端，提供课程排期、学员预约、签到课消、会员卡及储值管理、教练排班、课时统计等功能。
2. 乙方向甲方总部开通管理端，提供门店经营看板、会员跨店通用、统一定价与营销活动配置、财务对账报表等功能。
3. 乙方负责系统的运行、维护、版本更新及云资源，甲方无需另行采购服务器。
（二）实施服务
1. 乙方负责将甲方各门店现有会员、储值余额、剩余课时及课程数据迁移至系统。
2. 乙方为甲方配置品牌小程序、课程体系、会员卡种及门店权限，并对接甲方使用的聚合支付通道。
3. 乙方为甲方门店店长、前台及教练提供分批培训，交付操作手册和常见问题说明。
4. 乙方为甲方指定一名客户成功经理，负责需求对接、上线计划、培训安排及问题跟踪；上线后每季度回访各区域门店，收集改进建议。
（三）甲方的配合义务
1. 甲方应在合同签订后五个工作日内提供各门店的会员台账、储值余额、剩余课时、课程及教练信息，并对数据的真实性负责。
2. 甲方应指定总部项目负责人及各门店联络人，按上线计划组织门店参加培训和试用。
3. 甲方负责其品牌小程序的主体认证、支付通道开户及相关资质材料。

二、服务期限
（一）订阅服务期为两个服务年度，第一个服务年度自系统上线验收通过之日起算，第二个服务年度紧接第一个服务年度。
（二）实施服务应于合同签订后四十五日内完成，并提交上线验收。

三、费用
费用标准以乙方报价单为基础，经双方确认如下：
（一）门店端订阅费：每家门店每个服务年度人民币6,800元，三十五家门店两个服务年度合计人民币476,000元。
（二）总部管理端订阅费：每个服务年度人民币36,000元，两个服务年度合计人民币72,000元。
（三）实施费：人民币58,000元（一次性）。
（四）本合同总价为人民币606,000元，含增值税。甲方在服务期内新增门店的，按每家门店每个服务年度6,800元按月折算另行结算。

四、付款方式
（一）订阅费按季度结算，每季度开始后十日内，乙方开具发票，甲方在收到发票后十五日内支付该季度订阅费。
（二）实施费在系统通过上线验收后十五日内一次性支付。
（三）甲方逾期付款的，按逾期金额每日万分之三支付违约金。

五、上线验收
（一）验收标准：1. 三十五家门店会员数据、储值余额及剩余课时迁移后与甲方提供的原始台账逐户核对一致；2. 预约、签到、课消、退课及储值消费等流程在甲方选定的三家门店连续试用十日无阻断性问题；3. 支付通道对账差错为零；4. 总部看板与门店报表数据一致。
（二）乙方提交验收申请后，甲方应在七个工作日内组织验收，验收合格的签署上线验收单；不合格的，乙方应在十日内整改后重新验收。
（三）系统试用或部分门店使用，不视为上线验收通过。
（四）上线验收通过后，乙方应向甲方移交管理员账号、配置清单及数据迁移核对记录，由甲方总部留存。

六、系统运行与支持
（一）乙方将尽商业上合理的努力保持系统稳定运行，并在合理时间内处理甲方反馈的问题。
（二）乙方通过在线客服、服务群及电话为甲方提供工作日支持，并在计划维护前提前通知甲方，计划维护尽量安排在门店营业时间以外进行。
（三）乙方每季度向甲方总部提供系统使用情况报告，内容包括各门店活跃账号数、预约量、课消量及甲方提交问题的处理情况。
（四）系统版本更新时，乙方应提前通知甲方更新内容；涉及门店操作流程变化的，乙方应提供更新说明并安排线上培训。
（五）甲方新开门店的，乙方应在收到甲方书面通知后五个工作日内开通门店账号并完成基础配置。

七、数据权属与数据安全
（一）甲方及其学员的会员信息、预约记录、课消及储值数据等全部业务数据归甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他任何目的，也不得向第三方提供。
（二）乙方应将甲方数据存储于中国境内，采取加密存储、权限分级、操作日志、定期备份等安全措施，落实个人信息保护要求。
（三）发生数据泄露、损毁或丢失的，乙方应在发现后立即通知甲方，于次日内提交书面报告，采取补救措施并配合甲方处置；因乙方原因造成的，乙方承担全部赔偿责任。
（四）合同终止后三十日内，乙方应按甲方要求完整导出并交付全部数据，随后删除并出具书面删除确认。

八、知识产权
（一）"云约"系统平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的品牌小程序页面、课程体系模板、专用报表及支付对接程序，知识产权归甲方所有，乙方应在上线验收时交付相关文件，甲方可自由使用、修改或委托第三方维护。

九、保密
甲乙双方对因本合同知悉的对方经营信息、价格、学员信息及技术资料负有保密义务，未经对方书面同意不得向第三方披露，本义务在合同终止后三年内继续有效。

十、违约责任
（一）乙方未按约定期限完成实施并提交上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反本合同第七条约定的，除承担赔偿责任外，甲方有权解除合同。
（三）因乙方原因导致数据迁移错误，造成会员储值余额或剩余课时差错的，乙方应负责更正，并承担甲方因此向学员作出补偿的费用。
（四）任何一方违约给对方造成损失的，应予赔偿。

十一、续期
（一）本合同服务期满前三十日内，任何一方未书面提出不再续订的，本合同订阅服务自动续期一个服务年度，续期次数不限。
（二）续期时，乙方有权根据其届时公布的价格体系调整订阅费单价，并在续期开始前通知甲方，调整后的价格自续期之日起执行。

十二、转包与分包
乙方不得将本合同服务转包，非经甲方书面同意，不得将实施服务的任何部分分包给第三方。

十三、合同解除
（一）乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权解除本合同，乙方应退还未履行期间的已收费用。
（二）一方进入破产程序或停止经营的，另一方可解除本合同。
（三）甲方关闭部分门店的，可提前三十日书面通知乙方停用相应门店账号，自停用之次月起相应订阅费不再收取。
（四）合同解除或终止后，乙方应按第七条第（四）项交付并删除数据，并在交付前保持系统只读访问。

十四、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

十五、其他
（一）本合同附件包括：门店清单、功能清单、数据迁移方案、上线验收单，附件与本合同具有同等效力。
（二）本合同未尽事宜，双方可签订补充协议。
（三）本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：                乙方（盖章）：
签订日期：    年  月  日
"""

SRC["z04"] = """社区夜校报名与课程管理系统运维服务合同

项目名称：社区夜校报名与课程管理系统年度运维服务
采购方式：竞争性磋商
采购人（甲方）：某市教育局
成交供应商（乙方）：某信息系统运维服务有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就社区夜校报名与课程管理系统（以下简称"系统"）运维服务事宜，订立本合同。

第一条 服务范围
（一）应用运维：系统各子模块（学员报名、课程发布、选课抽签、教学点管理、考勤与结业、统计报表）的日常巡检、故障处理、配置变更、数据维护及小版本优化。
（二）驻场服务：乙方派驻一名具有三年以上同类经验的运维工程师在甲方指定地点工作，工作日8:30至17:30在岗，报名期间延长至21:00。
（三）安全运维：漏洞扫描、补丁更新、日志审计、安全加固，配合等级保护测评整改。
（四）报名高峰保障：每学期集中报名期间提供扩容预案、压力测试、现场值守和应急演练。

第二条 服务期限
服务期自2027年2月1日起至2028年1月31日止。服务期满本合同终止，后续服务由甲方依法另行采购。

第三条 合同价款
（一）本合同总价为人民币肆拾捌万捌仟元整（¥488,000.00）。
（二）分项：应用运维¥218,000.00；驻场服务¥168,000.00；安全运维¥64,000.00；报名高峰保障¥38,000.00。
（三）合同总价包括人工、差旅、工具、税费等全部费用，服务期内不作调整。

第四条 付款方式
（一）合同总价分四期支付，每期为合同总价的25%。
（二）每个服务季度结束且季度考核合格后，乙方提交季度服务报告和发票，甲方在十五个工作日内支付当期款项。
（三）季度考核有扣减的，甲方在当期款项中扣除后支付。
（四）乙方收款账户以本合同载明的账户为准，账户变更须加盖公章书面通知甲方。

第五条 服务水平
（一）系统月可用率不低于99.5%，按每月实际可用时长除以应服务时长计算，经甲方批准的计划停机不计入不可用时长。
（二）故障分级：一级故障指系统整体不可用、报名或抽签无法进行；二级故障指单个模块不可用或数据错误；三级问题指不影响主要业务的一般问题。
（三）响应及处理时限：一级故障15分钟内响应，1小时内到场，3小时内恢复；二级故障30分钟内响应，8小时内解决；三级问题在三个工作日内解决。
（四）报名高峰期间，乙方应安排两名工程师现场值守，系统支持不少于五千名学员同时在线报名。

第六条 考核与扣减
（一）月可用率每低于约定值0.1个百分点，扣减当季度服务费¥2,000元。
（二）一级故障响应或恢复每超时30分钟，扣减¥1,000元；二级故障每超时1小时，扣减¥300元。
（三）驻场人员无故缺岗一日，扣减¥800元；未经甲方同意更换驻场人员的，每次扣减¥3,000元。
（四）季度考核由甲方根据运维日志、工单记录及用户投诉情况评定，乙方应按时提交月度运维报告。

第七条 服务验收
（一）季度考核：按第五条服务水平及第六条考核办法逐项评定，扣减后出具季度考核意见。
（二）年度验收：服务期满后，甲方按磋商文件服务要求组织验收，标准包括：全年服务水平达标情况、故障闭环率、运维文档完整性（巡检记录、变更记录、应急预案、配置台账）、等级保护测评整改项完成情况及用户满意度调查结果，验收合格后出具书面验收意见。

第八条 数据安全责任
（一）系统中的学员报名信息、身份证件信息、联系方式、课程及考勤数据等全部属于甲方，乙方仅在运维所需范围内接触，不得用于其他用途，不得复制、留存或向任何第三方提供。
（二）乙方运维人员须签署个人信息保护承诺书，通过甲方堡垒机进行操作，不得使用个人设备导出数据；数据库查询须经甲方审批并记录。
（三）乙方应按网络安全等级保护第二级以上要求落实安全措施，发现安全事件后1小时内报告甲方并启动应急处置。
（四）因乙方原因导致学员个人信息泄露、篡改或丢失的，乙方承担全部法律责任和赔偿责任。

第九条 知识产权
乙方在服务期间为甲方形成的运维文档、配置台账、脚本、补丁程序及优化代码，知识产权归甲方所有，乙方应随季度报告一并移交。甲方可将上述成果提供给系统承建单位或后续服务单位使用、修改。乙方使用自有运维工具的，不得在系统中留存后门或未经批准的远程连接程序，服务期满前应予卸载。

第十条 人员管理
（一）乙方驻场人员应遵守甲方工作纪律，服从甲方日常管理。
（二）乙方应为派驻人员缴纳社会保险，并承担其劳动关系项下的全部责任。
（三）乙方应在合同签订后五日内提交运维团队名单，包括项目负责人、驻场工程师、数据库工程师及安全工程师，列明资质证书和联系方式。人员变更须提前十日书面报甲方同意。

第十一条 运维工作要求
（一）乙方应在服务开始后十五日内完成系统现状梳理，提交服务器、数据库、中间件、网络及应用配置台账，并制定运维手册和应急预案，经甲方确认后执行。
（二）乙方每日进行系统巡检，每月提交运维报告，内容包括可用率统计、故障及处理情况、变更记录、安全事件、容量趋势和优化建议。
（三）系统变更须执行变更申请、测试、审批、实施、复核流程，重大变更应在非报名期间进行并制定回退方案。
（四）乙方每学期至少组织一次应急演练，演练方案和总结报告报甲方备案。
（五）乙方对系统的性能优化和小版本修改，应先在测试环境验证，经甲方业务科室确认后方可上线；涉及报名规则、抽签算法调整的，须经甲方书面批准。
（六）服务期满时，乙方应向甲方或甲方指定的后续服务单位完整移交账号权限、配置台账、运维文档及未关闭工单，并配合完成不少于十五日的交接。

第十二条 甲方义务
（一）甲方提供驻场人员必要的办公场所及网络条件，协调系统承建单位、政务云服务商配合乙方工作。
（二）甲方按约定支付服务费，并及时确认乙方提交的变更申请及季度服务报告。
（三）甲方应及时将招生计划、报名时间安排及教学点调整情况告知乙方，以便乙方提前做好容量和保障准备。

第十三条 违约责任
（一）乙方未按约定时间派驻人员或开始服务的，每逾期一日，按合同总价的千分之一支付违约金。
（二）乙方连续两个季度考核不合格的，应向甲方支付合同总价5%的违约金。
（三）甲方逾期支付的，按逾期金额每日万分之二支付违约金。
（四）乙方原因造成报名工作中断、延期的，除按第六条扣减外，还应赔偿甲方因此产生的直接损失。

第十四条 分包
乙方不得转包或分包本合同服务。

第十五条 合同解除
（一）乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，并按实际服务情况结算。
（二）因政策调整或不可抗力导致合同无法履行的，双方可协商解除。

第十六条 争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十七条 合同生效
本合同经双方法定代表人或授权代表签字并加盖公章后生效。本合同一式五份，甲方三份，乙方一份，同级财政部门备案一份。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

SRC["z05"] = """# 叶迹工艺追踪系统 软件许可及定制开发合同

（叶迹软件标准合同文本 YJ-HT-2026版）

合同编号：YJ-2027-0315

甲方（需方）：某树叶画艺术工作室

乙方（供方）：某叶迹软件科技有限公司

鉴于甲方拟采用乙方"叶迹工艺追踪系统"管理树叶画的叶材采集、处理、创作及销售全过程，双方经友好协商，依据乙方标准合同文本订立本合同，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供叶迹工艺追踪系统标准版软件许可（含五个并发用户）。

1.2 乙方根据甲方需求进行定制开发，内容包括：叶材入库登记（品种、采集地、采集日期）、脱色与压制工序记录、干燥及防霉处理跟踪、作品创作批次管理、成品二维码溯源页面、订单与客户管理模块。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

1.4 乙方交付物包括：系统安装程序、用户操作手册、管理员手册及培训课件。定制开发部分以可执行程序形式交付，不含源代码。

1.5 系统部署于甲方自备服务器，服务器配置应符合乙方提供的环境要求；因甲方环境不符合要求导致的问题，不属于乙方责任范围。

## 第二条 合同金额

2.1 本合同总金额为人民币肆拾叁万肆仟元整（¥434,000.00），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 叶迹工艺追踪系统标准版软件许可 | 168,000 |
| 2 | 定制开发（六个功能模块） | 226,000 |
| 3 | 安装部署及数据初始化 | 32,000 |
| 4 | 操作培训 | 8,000 |
| | 合计 | 434,000 |

2.2 上述金额不含甲方自行采购的服务器、扫码设备及网络费用。

2.3 软件许可为永久许可，限于甲方在其一处经营场所内部使用；增加并发用户的，按乙方届时报价另行购买。

2.4 乙方在收到每笔款项前五个工作日内开具增值税普通发票。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总金额的55%，即¥238,700元。

3.2 系统上线后五个工作日内，甲方支付剩余款项¥195,300元。

3.3 甲方未按期付款的，乙方有权暂停开发及服务，工期相应顺延。

## 第四条 开发与交付

4.1 乙方在收到首期款后开始开发，预计九十日内完成系统上线。

4.2 甲方应在乙方提出需求确认后三个工作日内书面确认需求说明书；需求确认后甲方提出变更的，乙方有权另行收费并调整工期。

4.3 甲方应及时提供叶材品种、工序及作品样例等基础资料，因甲方资料延误造成的工期延迟由甲方负责。

4.4 乙方在上线前为甲方提供两次集中操作培训，每次不超过半日，培训地点由甲方提供。培训之外的现场指导按乙方人员差旅及服务标准另行收费。

4.5 系统上线时，乙方协助甲方导入不超过五千条叶材及作品历史记录；超出部分的数据整理与导入，双方另行协商费用。

## 第五条 验收

5.1 系统安装部署完成并上线后，甲方应在七日内进行确认。

5.2 系统上线试运行满七日，甲方未提出书面异议的，或甲方已开始使用系统录入业务数据的，即视为验收合格。

5.3 甲方对个别功能提出的优化建议不影响验收结论，乙方可在后续版本中统筹考虑。

5.4 视为验收合格后，甲方提出的功能调整按需求变更处理，乙方另行报价。

## 第六条 知识产权

6.1 叶迹工艺追踪系统标准版软件的著作权归乙方所有。

6.2 乙方为本合同进行定制开发形成的功能模块、源代码、数据库结构及相关文档，其知识产权归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反编译，亦不得交由第三方维护。

6.3 乙方有权将定制开发的功能纳入其标准产品向其他客户提供。

## 第七条 数据

7.1 甲方在系统中录入的业务数据归甲方所有。

7.2 乙方应采取合理的技术措施保障系统数据安全，包括访问权限控制、数据定期备份及传输加密。因乙方原因导致甲方数据泄露或丢失的，乙方应及时告知甲方，协助恢复，并赔偿甲方因此遭受的直接损失。

7.3 甲方同意，乙方可对系统中的工艺数据、作品及订单数据进行脱敏和汇总处理，用于乙方产品改进、行业分析及市场推广。

## 第八条 保密

双方应对在合作过程中知悉的对方商业秘密和技术信息承担保密义务，未经对方书面同意不得向第三方披露。本条款在合同终止后两年内有效。

## 第九条 售后服务

9.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方提供远程技术支持及缺陷修复。

9.2 故障响应：一级故障（系统无法登录或数据无法保存）乙方在接到通知后8小时内响应，二级故障在两个工作日内响应，一般问题在五个工作日内答复。

9.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的服务价格标准收取。

9.4 乙方提供的远程支持时间为工作日9:00至18:00，节假日支持须另行预约。

9.5 以下情形不属于免费维护范围：甲方自行修改系统配置或数据库导致的问题；服务器、网络及扫码设备等硬件故障；甲方新增的功能需求；因病毒、断电等非乙方原因造成的系统异常。乙方处理上述问题的，按其服务价格标准另行收费。

9.6 乙方发布的标准版升级补丁，免费维护期内可免费安装；定制开发模块因升级需要适配的，适配费用另计。

## 第十条 违约责任

10.1 因乙方原因逾期上线的，每逾期一日，乙方按合同总金额的万分之二向甲方支付违约金。

10.2 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金。

10.3 任何一方违约给对方造成损失的，应当赔偿对方的直接损失，但不包括间接损失、预期利润损失及商誉损失。

## 第十一条 合同的解除

11.1 一方严重违约，经守约方书面通知后三十日内仍未纠正的，守约方有权解除本合同。

11.2 本合同解除后，甲方已支付的首期款不予退还，但乙方存在严重违约的除外。

11.3 本合同解除或终止后，甲方应停止使用定制开发模块；标准版软件许可按已付款项继续有效。乙方可应甲方要求协助导出业务数据，导出服务按乙方服务价格标准收费。

## 第十二条 甲方的责任

12.1 甲方应指定专人负责与乙方对接，及时提供开发所需资料并参加培训。

12.2 甲方应妥善保管系统账号和密码，因甲方人员操作不当造成的数据错误或丢失，由甲方自行负责。

12.3 甲方不得将本系统提供给第三方使用，不得对软件进行破解、复制或用于本合同以外的目的。

## 第十三条 不可抗力

因不可抗力导致合同无法履行的，受影响一方应及时通知对方，并在合理期限内提供证明，双方可协商延期履行或解除合同，互不承担违约责任。

## 第十四条 争议解决

因本合同引起的争议，双方应协商解决；协商不成的，提交乙方所在地仲裁委员会仲裁。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同的附件为需求说明书及报价单，与本合同具有同等效力。

甲方（签章）：________________　　乙方（签章）：________________

签订日期：______年____月____日
"""

SRC["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. KLN-CN-2027-041
P:This Agreement is made between Changzhou Hengrun Hydraulic Components Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Changzhou, Jiangsu Province (the "Customer"), and Polabí Planning Systems s.r.o., a company incorporated in the Czech Republic with its registered office at Kutnohorská street, Kolín (the "Vendor").
P:The Customer manufactures hydraulic valves and cylinders in two plants and wishes to replace its spreadsheet-based production planning with the Vendor's advanced planning and scheduling software, together with the implementation services needed to bring it into production use. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's FlowPlan APS software, release 8, including the scheduling engine, the capacity planning module, the shop-floor dispatch client and the standard reports, in object code, with its documentation.
P:1.2 "Custom Deliverables" means the interfaces, configuration sets, report templates, scripts and documentation written by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Go-Live" means the first day on which the Software is used to issue the production schedule for both plants.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the Software and the Custom Deliverables meet the acceptance criteria.
P:1.5 "Customer Data" means all data entered into, uploaded to or generated by the Software about the Customer's orders, materials, routings, machines, employees and customers.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Customer's two plants in Changzhou for its own internal business purposes, for up to 60 named planners and 240 shop-floor client devices.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery.
P:2.3 Title to the Software and all intellectual property rights in it remain with the Vendor. Nothing in this Agreement transfers the source code of the standard Software to the Customer.
H:Article 3 Services
P:3.1 The Vendor shall perform the implementation services described in Annex 1, including process analysis, configuration of plant calendars and routings, data migration from the Customer's spreadsheets, interfaces with the Customer's ERP and MES systems, testing, training and Go-Live support.
P:3.2 The project plan in Annex 1 sets the milestones. Go-Live shall take place within 150 days after the effective date and Final Acceptance within 210 days after the effective date.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,870,000, inclusive of applicable Chinese taxes, made up as follows: Software licence fee CNY 1,240,000; implementation services CNY 420,000; ERP and MES interfaces CNY 176,000; training CNY 34,000.
P:4.2 The Contract Price is fixed. Travel and living costs of the Vendor's staff are included.
P:4.3 The Customer shall pay the Contract Price in three instalments: (a) 18% within 20 days after signature of this Agreement, against the Vendor's invoice; (b) 44% within 30 days after Go-Live; and (c) 38% within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY to the bank account named in the Vendor's invoice. The Vendor shall issue valid Chinese tax invoices (fapiao) through its appointed local agent.
H:Article 5 Acceptance
P:5.1 Before Go-Live the Vendor shall carry out system tests and user acceptance tests under the test plan agreed in Annex 2.
P:5.2 The acceptance criteria are: (a) all functions listed in Annex 2 pass their test cases; (b) the scheduling engine produces a complete schedule for both plants, covering at least 3,000 open operations, in no more than ten minutes; (c) ERP and MES interfaces run for 20 consecutive working days without data loss and with orders, stock and confirmations reconciled; (d) no open Severity 1 or Severity 2 defect; and (e) the Vendor has delivered the Custom Deliverables and the administrator documentation.
P:5.3 After Go-Live the Software shall run in production for 30 days. If the criteria in Article 5.2 are met, the Customer shall issue a written Final Acceptance certificate within ten working days. If they are not met, the Vendor shall correct the defects at its own cost and the test period shall be repeated.
P:5.4 Go-Live, productive use or payment of any instalment does not by itself constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with their documentation for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide new releases and patches and give remote support free of charge.
P:6.2 Support requests are classified as follows. Severity 1: production scheduling for a plant cannot be run or the interfaces have stopped. Severity 2: a major function is impaired but a workaround exists. Severity 3: all other issues. The Vendor shall respond to Severity 1 requests within one hour, at any time, and provide a workaround within eight hours; Severity 2 requests within two hours during business hours; Severity 3 requests within two business days.
P:6.3 For each full hour by which the Vendor misses the Severity 1 response or workaround time, the Vendor shall credit the Customer CNY 1,000 against the next invoice or pay that amount on request.
P:6.4 After the Warranty Period, the Customer may order annual support, which includes the services in Articles 6.1 to 6.3. The annual support fee is 11% of the Software licence fee, that is CNY 136,400 per year, and shall not be increased during the first three support years. Each support year is ordered separately; support does not renew automatically.
H:Article 7 Intellectual Property in Custom Deliverables
P:7.1 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation no later than Final Acceptance.
P:7.2 The Customer may use, modify, copy and license the Custom Deliverables freely, and may have third parties maintain them. The Vendor retains its general know-how and may reuse generic techniques that do not contain Customer Data or Customer confidential information.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose, including analytics or product development.
P:8.2 The Software is installed in the Customer's data centre. The Vendor shall access the Customer's systems only through the Customer's VPN with individual accounts and multi-factor authentication, with each remote session approved in advance, and shall not copy Customer Data outside the People's Republic of China.
P:8.3 The Vendor shall apply appropriate technical and organisational security measures under the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:8.4 The Vendor shall notify the Customer of any security incident affecting Customer Data within six hours after becoming aware of it, cooperate in the investigation and remediation, and bear all losses caused by incidents attributable to the Vendor or its staff.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, use it only for the purposes of this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent obligations.
P:9.2 These obligations do not apply to information that is public, was lawfully known before disclosure, or must be disclosed by law. They survive for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If Final Acceptance is delayed beyond the date in Article 3.2 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, wilful misconduct, gross negligence, breach of Article 8 or Article 9, or infringement of third-party rights.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement enters into force on signature by both parties. The licence in Article 2 continues after termination unless the Agreement is terminated by the Vendor for non-payment of the licence fee.
P:12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice describing the breach. The Customer may also terminate if the delay damages under Article 10.1 reach their maximum.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Czech Republic, excluding the United Nations Convention on Contracts for the International Sale of Goods.
P:13.2 Disputes that the parties cannot settle within 60 days of negotiation shall be resolved by the Arbitration Court attached to the Economic Chamber of the Czech Republic and Agricultural Chamber of the Czech Republic in Prague, under its rules, by three arbitrators, in the English language.
H:Article 14 General
P:14.1 Annex 1 (Scope and Project Plan) and Annex 2 (Test Plan and Acceptance Criteria) form part of this Agreement. In case of conflict, the Articles prevail over the Annexes.
P:14.2 Amendments must be in writing and signed by both parties. This Agreement is executed in English in two originals, one for each party.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Place and date: Changzhou, ____________    Place and date: Kolín, ____________
"""

SRC["e02"] = """# ORDER FORM AND GENERAL TERMS - FIELDDESK SUBSCRIPTION

Order Form No. VFC-OF-2027-0088

## PART A - ORDER FORM

### A1. Parties

**Customer:** Hefei Anshun Elevator Maintenance Co., Ltd., a company incorporated in the People's Republic of China, registered office in Hefei, Anhui Province.

**Provider:** Vysočina Field Cloud s.r.o., a company incorporated in the Czech Republic, registered office in Třebíč, acting for the Chinese market through its Shanghai representative team.

This Order Form and the General Terms in Part B together form the agreement between the parties (the "Agreement"). If the Order Form and the General Terms conflict, the Order Form prevails.

### A2. Subscribed Services

The Provider will provide the FieldDesk field-service management platform as a hosted subscription service (the "Service") for the Customer's elevator maintenance operations, including:

- work-order management, preventive maintenance plans and fault call dispatch for up to 320 named technician users;
- a mobile application for technicians with offline mode, photo records and electronic sign-off by building managers;
- a dispatcher console, spare-parts usage tracking and the analytics module with standard dashboards;
- a read-only portal for the Customer's property-management clients.

The Provider will also perform the one-time onboarding services: configuration of service areas, maintenance plans and escalation rules; import of the Customer's equipment register (about 9,600 elevators and escalators), open work orders and technician records; an interface to the Customer's finance system for parts and labour billing; and training.

### A3. Subscription Term

The Subscription Term is 24 months, starting on the date of Go-Live Acceptance under Section 4 of Part B. The Subscription Term ends at the end of the 24th month. Any further subscription requires a new Order Form signed by both parties; there is no automatic renewal.

Onboarding shall be completed and offered for Go-Live Acceptance within 75 days after signature of this Order Form.

### A4. Fees

| Item | Basis | Unit price (CNY) | Quantity | Amount (CNY) |
|---|---|---|---|---|
| Platform subscription, 320 technician users | per month | 24,500 | 24 months | 588,000 |
| Dispatcher console and analytics module | per month | 5,000 | 24 months | 120,000 |
| Onboarding, configuration and data import | one-time | 72,000 | 1 | 72,000 |
| Finance interface and training | one-time | 18,000 | 1 | 18,000 |
| **Total fees for the Subscription Term** | | | | **798,000** |

Fees include applicable Chinese VAT. Additional technician users may be added at CNY 76 per user per month, prorated to the end of the Subscription Term; such additions are outside the fees above.

### A5. Invoicing and Payment

1. Monthly subscription fees are invoiced quarterly in advance, at the start of each calendar quarter of the Subscription Term, and are payable within 30 days of invoice. The first quarter is invoiced after Go-Live Acceptance and prorated.
2. The one-time fees (CNY 90,000 in total) are invoiced after Go-Live Acceptance and payable within 30 days of invoice.
3. No amount is payable before Go-Live Acceptance.

### A6. Contacts and Signature

Customer project lead: Head of Maintenance Operations. Provider project lead: Customer Success Manager, China.

Signed for the Customer: ____________________  Date: __________

Signed for the Provider: ____________________  Date: __________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data submitted to the Service by or for the Customer, including equipment registers, work orders, photographs, signatures, technician records and client contact details, and all data the Service derives from them for the Customer.

1.2 "Go-Live Acceptance" means the Customer's written confirmation under Section 4.

1.3 "Incident" means an interruption or degradation of the Service. A "Priority 1 Incident" means that the Service or the mobile application is unavailable to all or most users, or fault calls cannot be dispatched.

### 2. Provision of the Service

2.1 The Provider will make the Service available to the Customer during the Subscription Term in accordance with this Agreement and the documentation.

2.2 The Service is hosted in a data centre located in mainland China that the Provider contracts from a licensed cloud operator.

2.3 The Provider may update the Service from time to time, provided that updates do not materially reduce the functions described in Section A2.

### 3. Onboarding

3.1 The Provider will perform the onboarding services with suitably qualified staff and according to the onboarding plan agreed with the Customer within ten days after signature.

3.2 The Customer will provide its equipment register and other source data in the agreed formats and will make its finance system team available for the interface work.

### 4. Go-Live Acceptance

4.1 When onboarding is complete, the Provider will notify the Customer, and the Customer will test the Service for ten working days against the following criteria: (a) the imported equipment register matches the Customer's source file record by record; (b) all configured maintenance plans generate the expected work orders for a sample month; (c) fault calls are dispatched to the right technician group under the escalation rules; (d) parts and labour records transfer to the finance system and reconcile for the test period; and (e) technicians in at least three cities complete work orders on the mobile application, including offline mode.

4.2 If the criteria are met, the Customer will sign a Go-Live Acceptance certificate. If not, the Provider will correct the failures and the test will be repeated for the failed criteria.

4.3 Use of the Service during testing does not constitute Go-Live Acceptance.

4.4 If the Service is not offered for Go-Live Acceptance within the period stated in Section A3, or fails the repeated test, for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay, up to CNY 40,000.

### 5. Service Levels

5.1 The Provider will make the Service available at least 99.95% of the time in each calendar month, excluding planned maintenance notified at least five days in advance and carried out between 23:00 and 05:00 China Standard Time.

5.2 The Provider will respond to Priority 1 Incidents within 30 minutes, at any time, and to other Incidents within two hours during business hours. The Provider will restore the Service after a Priority 1 Incident within three hours.

5.3 If monthly availability falls below the commitment in Section 5.1, the Customer is entitled to a service credit of 5% of the monthly fees for that month, or 10% if it falls more than half a percentage point below that commitment. If the Provider misses the response or restoration time for a Priority 1 Incident, the Customer is entitled to a further credit of 3% of the monthly fees for each such Incident. Credits are deducted from the next invoice or paid after the end of the Subscription Term.

5.4 The Provider will publish a monthly service report with availability, Incidents and response times.

### 6. Customer Data

6.1 As between the parties, the Customer owns all Customer Data. The Provider may use Customer Data only to provide the Service and the onboarding services to the Customer and for no other purpose.

6.2 At the end of the Subscription Term the Provider will make all Customer Data available for export in CSV and image formats for 60 days and then delete it.

### 7. Intellectual Property

7.1 The Provider retains all rights in the Service, the platform and the documentation.

7.2 The finance interface mapping, the configured maintenance plans, escalation rules and report templates created for the Customer belong to the Customer, who may use, modify and license them freely, including with another provider.

### 8. Confidentiality

8.1 Each party will keep confidential the other party's non-public information, including the Customer's client list, prices and equipment register, and will use it only for the purposes of this Agreement.

8.2 Confidentiality obligations continue for five years after the end of the Agreement.

### 9. Subcontractors

9.1 The Provider may engage subcontractors, including its hosting operator and local implementation partners, to perform any part of the Service or the onboarding services. The Provider will inform the Customer of the subcontractors used by notice in its monthly service report.

9.2 The Provider remains responsible for the performance of its subcontractors.

### 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total fees stated in Section A4. The limit does not apply to breach of Section 8, wilful misconduct, or personal injury.

10.2 Neither party is liable for indirect or consequential loss.

### 11. Term and Termination

11.1 This Agreement starts on signature of the Order Form and ends at the end of the Subscription Term.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. If the Customer terminates for the Provider's breach, the Provider will refund prepaid fees for the period after termination.

11.3 The Provider may suspend the Service only if undisputed fees are more than 60 days overdue and after 15 days' written notice.

### 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 13. General

13.1 Neither party may assign this Agreement without the other party's written consent.

13.2 Notices must be in writing and sent to the contacts in Section A6 by email with confirmation.
"""

SRC["e03"] = """T:SUPPLY AND LICENCE CONTRACT - MACHINE CONDITION MONITORING SYSTEM
P:Contract No. DHP-EQ-2027-019
P:Buyer: Dongguan Huaxin Paper Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Dongguan, Guangdong Province (the "Buyer").
P:Supplier: Haná Sensorik a.s., a company incorporated in the Czech Republic, with its registered office in Prostějov (the "Supplier").
P:This Contract is issued on the Buyer's standard purchase contract form for equipment with software. The Buyer operates two paper machines and their pulp preparation lines and wishes to install wireless vibration and temperature sensors on rotating equipment, with a monitoring software licence, so that bearing and gearbox failures can be predicted before they stop production.
H:1. Definitions
P:1.1 "System" means the sensors, gateways, edge servers and Monitoring Software listed in Clause 2, installed and configured at the Buyer's mill in Dongguan.
P:1.2 "Monitoring Software" means the Supplier's VibraWatch condition monitoring software, including its analytics engine, alarm management, web dashboards and mobile alerts.
P:1.3 "Buyer Data" means all measurement data, asset data, alarm records, maintenance notes and any other data collected or generated by the System at the Buyer's sites.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate under Clause 5.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the System, integrate it with the Buyer's maintenance management system, and train the Buyer's staff, as described in this Contract and in Annex A (Technical Specification).
P:2.2 The Contract Price is CNY 1,210,000, inclusive of VAT, delivery to the Buyer's mill, insurance, installation, commissioning and training. It is itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor, ATEX rated|240|2,150|516,000
TB:2|Industrial wireless gateway with PoE and cellular backup|16|8,600|137,600
TB:3|Edge server, redundant power supplies|2|46,500|93,000
TB:4|VibraWatch Monitoring Software, perpetual licence, 300 assets|1|312,000|312,000
TB:|Hardware and licence subtotal|||1,058,600
TB:5|Installation, mounting and commissioning|1 lot|128,400|128,400
TB:6|Training of maintenance and reliability staff|1 lot|23,000|23,000
TB:|Contract Price|||1,210,000
P:2.3 The Contract Price is fixed and shall not be adjusted for changes in exchange rates, freight rates or material costs.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within 15 working days after signature of this Contract and receipt of the Supplier's invoice and an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 55% of the Contract Price within 30 days after all items have been delivered and installed and the Buyer has signed the installation record. Signature of the installation record confirms quantities only and is not acceptance of the System.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:3.4 Each payment requires a valid VAT invoice (fapiao). Payment does not waive any right of the Buyer under this Contract.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all hardware to the Buyer's mill within 70 days after signature and complete installation within 100 days after signature, in accordance with the installation plan agreed with the Buyer's maintenance department.
P:4.2 Installation on running equipment shall be done only during the planned maintenance stops communicated by the Buyer. Supplier personnel shall follow the Buyer's safety rules, permit-to-work procedures and lock-out procedures.
P:4.3 Risk in the goods passes to the Buyer on delivery at the mill; title passes on payment of the instalment under Clause 3.2.
H:5. Acceptance
P:5.1 After installation, the Supplier shall commission the System and demonstrate that it meets Annex A. The System shall then run for a trial period of 45 days.
P:5.2 The acceptance criteria are: (a) no more than five of the installed sensors fail to deliver valid readings at the configured interval during the trial period, and each of them has been replaced; (b) alarm thresholds are configured for every monitored asset and alarms reach the maintenance dashboard within 60 seconds; (c) sensor battery life, measured under the configured interval, supports the life stated in Annex A; (d) work-order requests are created in the Buyer's maintenance management system from alarms and matched with asset numbers without error; (e) the Supplier has delivered the as-built documentation, asset mapping and administrator manuals; and (f) no open Priority 1 defect exists.
P:5.3 If the criteria are met, the Buyer shall sign the Final Acceptance certificate within ten working days after the end of the trial period. If they are not met, the Supplier shall remedy the defects at its own cost and the trial period shall be repeated. Installation, commissioning or use of the System does not constitute acceptance.
H:6. Warranty, Support and Service Levels
P:6.1 The Supplier warrants the hardware and the Monitoring Software for 36 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective hardware, including sensor batteries that fail early, and provide software updates, patches and technical support, all free of charge.
P:6.2 Fault priorities and times are:
TB:Priority|Definition|Response time|Resolution or workaround
TB:Priority 1|System or a gateway down; no data from a paper machine|1 hour|8 hours
TB:Priority 2|Part of the sensors or dashboards unavailable|3 hours|2 business days
TB:Priority 3|Other issues and questions|1 business day|Next software update
P:6.3 For each hour by which the Supplier misses a Priority 1 response or resolution time, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount payable.
P:6.4 After the Warranty Period, the Supplier shall, at the Buyer's option, provide annual support covering the services in Clauses 6.1 to 6.3 for a fee of 7.5% of the hardware and licence subtotal, that is CNY 79,395 per year. This fee is fixed for the first two support years and thereafter may be increased by no more than 3% per year. Support is ordered by separate purchase order each year and does not renew automatically.
H:7. Intellectual Property
P:7.1 The Monitoring Software remains the property of the Supplier, which grants the Buyer a perpetual, irrevocable licence to use it at the Buyer's sites.
P:7.2 The asset models, alarm settings, dashboards, interface programs and reports configured or developed for the Buyer under this Contract belong to the Buyer. The Buyer may use, modify and license them freely, including through third parties.
H:8. Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not use it, even in anonymised or aggregated form, for any other purpose.
P:8.2 The System is hosted on the Buyer's own edge servers. Remote access by the Supplier requires the Buyer's approval for each session, uses the Buyer's VPN with individual accounts and is logged. No Buyer Data shall be transferred outside the People's Republic of China.
P:8.3 The Supplier shall apply appropriate security measures to the System, including encrypted wireless communication, hardened gateways and timely security patches. The Supplier shall report any security incident affecting the System or Buyer Data within six hours and shall be fully liable for losses caused by incidents attributable to it.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's technical and commercial information received under this Contract and shall not disclose it to third parties without prior written consent, except as required by law. This obligation survives for five years after the end of the Contract.
H:10. Delay Damages and Liability
P:10.1 If the Supplier fails to complete delivery or installation on time, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Local mounting work may be subcontracted only to a company approved by the Buyer in writing, and the Supplier remains responsible for it.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the delay damages reach their maximum. The Supplier shall then refund payments received for undelivered or unaccepted items.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.
H:14. Training and Documentation
P:14.1 The Supplier shall train up to 24 maintenance and reliability engineers of the Buyer in two sessions at the mill, covering sensor mounting and replacement, alarm configuration, trend analysis and basic diagnosis, and shall provide training materials in Chinese.
P:14.2 All manuals, drawings and asset mapping documents shall be delivered in Chinese and English, in editable electronic form.
H:15. General
P:15.1 This Contract takes effect on signature by both parties. Annex A (Technical Specification) and Annex B (Installation Plan and Asset List) form part of it; in case of conflict, the Clauses prevail.
P:15.2 Amendments are valid only in writing signed by both parties. This Contract is made in English and Chinese in four originals; both versions are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# MANAGED IT SERVICES AGREEMENT

Agreement No. PRV-MS-2027-007

**Customer:** Wuhu Jinlong Auto Parts Co., Ltd., a company incorporated in the People's Republic of China, registered office in Wuhu, Anhui Province ("Customer").

**Provider:** Bečva Managed Services s.r.o., a company incorporated in the Czech Republic, registered office in Přerov, performing in China through its wholly owned subsidiary in Suzhou, which is a party to this Agreement jointly and severally with it ("Provider").

**Background.** Customer operates three plants in Wuhu and Hefei and a sales office in Shanghai. Customer wishes to outsource the operation of its data centre infrastructure, plant networks and end-user IT support to Provider for a fixed term, with Provider taking over the current in-house and contractor arrangements in an orderly transition.

## 1. Definitions

1.1 "Services" means the transition services and the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the day after Transition Acceptance under Section 4.

1.3 "Term" means the period of 36 months starting on the Service Commencement Date.

1.4 "Customer Data" means all data of Customer, its employees, customers and suppliers that Provider accesses, stores or processes in performing the Services, including system logs and configuration data.

1.5 "Priority 1 Incident" has the meaning given in Schedule 2.

## 2. Scope of Services

2.1 Provider shall provide the Services described in Schedule 1 for the Term, in accordance with this Agreement and the service levels in Schedule 2.

2.2 Provider shall use suitably qualified and experienced personnel, keep a named service delivery manager available to Customer, and hold monthly service review meetings with Customer's IT manager.

2.3 Provider shall follow Customer's IT policies, change management procedures and plant safety rules as notified to it from time to time.

## 3. Transition

3.1 Provider shall perform the transition in accordance with the transition plan in Schedule 1, Part A, and shall aim to complete it within 90 days after signature of this Agreement.

3.2 During transition Provider shall document the existing environment, take over monitoring tools and support contracts, set up the service desk and knowledge base, and shadow the current support staff.

3.3 If transition is delayed, the parties shall agree a revised transition plan and Customer's existing arrangements shall continue in the meantime.

## 4. Transition Acceptance

4.1 Provider shall notify Customer when transition is complete. Customer shall then verify, within ten business days, that: (a) the configuration management database covers all servers, storage, network devices and end-user devices listed in Schedule 1, with no more than ten discrepancies on a physical check; (b) monitoring is active for every in-scope device and alarms reach the service desk; (c) the service desk has resolved tickets for two consecutive weeks under the Schedule 2 processes; (d) backup jobs have completed and one restore test per plant has succeeded; and (e) the run book, escalation list and knowledge base have been delivered.

4.2 If the criteria are met, Customer shall sign a Transition Acceptance certificate. If not, Provider shall correct the deficiencies and Customer shall verify again.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The total charges for the Term are CNY 2,184,000, including VAT, consisting of the one-time transition charge and 36 monthly service charges.

5.2 The monthly service charge is invoiced monthly in arrears and payable within 30 days of receipt of a valid VAT invoice. The transition charge is invoiced after Transition Acceptance and is payable within 30 days.

5.3 No advance payment is due under this Agreement. The charges are fixed for the Term; volume changes beyond the bands in Schedule 3 are handled through change control.

## 6. Service Levels and Reporting

6.1 Provider shall meet or exceed the service levels in Schedule 2 and report its performance monthly, including availability, incident volumes, response and resolution times, changes and open problems.

6.2 If Provider fails to meet a service level in any month, Provider shall investigate the root cause and submit a service improvement plan to Customer within ten business days, and shall implement the plan as agreed at the next service review meeting.

## 7. Customer Data and Information Security

7.1 Customer Data belongs to Customer. Provider shall process Customer Data only to perform the Services and in accordance with Customer's instructions, and shall not use it for any other purpose.

7.2 Provider shall maintain an information security management system certified to ISO/IEC 27001 for the Services, use individual privileged accounts with multi-factor authentication through Customer's privileged access gateway, log all administrative access, and keep Customer Data within Customer's data centre and systems in the People's Republic of China.

7.3 Provider shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China in performing the Services.

7.4 Provider shall notify Customer of any actual or suspected security incident affecting Customer Data or in-scope systems within two hours after detection, contain it, support Customer's investigation and regulatory reporting, and compensate Customer for losses caused by incidents attributable to Provider or its personnel.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public business, technical and financial information and shall disclose it only to its personnel who need it for this Agreement and are bound by written confidentiality obligations.

8.2 This Section survives for five years after the end of the Agreement.

## 9. Intellectual Property

9.1 Provider retains its pre-existing tools, methods and software. Provider grants Customer a free licence to use any of them embedded in the deliverables for Customer's internal purposes.

9.2 Run books, configuration records, scripts, documentation and reports produced by Provider for Customer under this Agreement belong to Customer, which may use, modify and license them freely, including by handing them to a successor provider.

## 10. Limitation of Liability

10.1 Provider's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to the charges paid or payable by Customer in the nine months immediately preceding the event giving rise to the claim.

10.2 The limit in Section 10.1 does not apply to personal injury, wilful misconduct or fraud.

10.3 Neither party is liable for loss of profit, loss of production or other indirect loss.

## 11. Subcontracting

11.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains fully responsible for approved subcontractors.

## 12. Term and Termination

12.1 This Agreement starts on signature and continues until the end of the Term. It may be extended only by written agreement of both parties.

12.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after written notice, or if Provider fails to meet the same Priority 1 service level in three consecutive months.

12.3 On expiry or termination, Provider shall provide exit assistance for up to 90 days at the rates in Schedule 3, hand over all Customer Data, documentation and access credentials, and cooperate with Customer's successor provider.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules then in force.

## Schedule 1 - Services

| Part | Service | Scope |
|---|---|---|
| A | Transition | Environment discovery, tool take-over, service desk set-up, knowledge transfer, shadowing |
| B | Data centre operations | 86 virtual and 14 physical servers, 2 storage arrays, backup, patching, capacity management |
| C | Network operations | Core and plant networks at three plants and one office, 212 switches, 96 wireless access points, firewalls |
| D | End-user support | Service desk in Chinese and English, 7:30-21:00 on working days, on-site support at each plant, about 1,150 users |
| E | Security operations | Patch compliance, antivirus management, vulnerability scans each quarter, log review |

## Schedule 2 - Service Levels

| Service level | Target |
|---|---|
| Availability of core data centre infrastructure, per month | 99.95% |
| Priority 1 Incident (plant production systems or core network down): response | 30 minutes, at any time |
| Priority 1 Incident: restoration or workaround | 3 hours |
| Priority 2 Incident (single system or site degraded): response | 1 hour during service hours |
| Priority 3 Incident or service request: resolution | 3 working days |
| Failed backup job | Re-run or escalated on the same day |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time, after Transition Acceptance | 96,000 |
| Monthly service charge | per month, 36 months, 58,000 per month | 2,088,000 |
| Total charges for the Term | | 2,184,000 |
| Exit assistance beyond the Term | per person-day, if requested | 3,200 |

Volume bands included in the monthly service charge: servers 90 to 110; users 1,000 to 1,300; switches up to 240.

**Signed** for Customer: ____________________ for Provider: ____________________
"""

SRC["e05"] = """DATA SUBSCRIPTION AGREEMENT
REGULATORY SUBSTANCE DATA API

Agreement No. DBN-API-2027-112

This Data Subscription Agreement (the "Agreement") is entered into between:

Ningbo Haiheng Fine Chemicals Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Ningbo, Zhejiang Province (the "Customer"); and

Rheintal Regulatory Data GmbH, a company incorporated in Austria with its registered office in Dornbirn (the "Provider").

The Customer exports coatings, adhesives and intermediates to Europe and other markets and needs current, structured regulatory information on the substances in its products. The Provider maintains a database of substance identities, classifications, restriction and authorisation lists and related regulatory data, and makes it available through an application programming interface. The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the regulatory substance data made available by the Provider through the API, including updates, as described in Annex 1.

1.2 "API" means the Provider's REST interface, with its documentation, through which the Customer's systems query and retrieve the Data.

1.3 "Subscription Year" means the period from the Start Date, or from an anniversary of it, to the day before the next anniversary. The "Subscription Term" consists of two Subscription Years, plus any renewal years under Clause 11.

1.4 "Start Date" means the date on which the Provider issues production API credentials and confirms that the complete Data set is available, which shall be no later than 30 days after signature of this Agreement.

1.5 "Customer Content" means the product formulations, substance lists, supplier declarations and queries that the Customer submits to the API or the Provider, and all results generated from them for the Customer.

2. SUBSCRIPTION AND LICENCE

2.1 The Provider grants the Customer, for the Subscription Term, a non-exclusive, non-transferable licence to access the API and to use the Data within its own organisation and its subsidiaries in mainland China for regulatory compliance, product stewardship, safety data sheet authoring and customer communication.

2.2 The Customer may store Data retrieved through the API in its product compliance system and may include extracts of the Data in safety data sheets, labels and compliance declarations issued to its customers.

2.3 The Customer shall not resell the Data as such or make the API available to third parties.

2.4 The subscription includes up to 1,500,000 API calls per Subscription Year. Calls above this volume are charged under Annex 2.

3. INTEGRATION SUPPORT

3.1 The Provider shall support the Customer in integrating the API with the Customer's product compliance system, including a mapping of the Customer's internal substance codes to the Provider's identifiers, test scripts and two remote workshops.

3.2 Integration is accepted when: (a) at least 5,000 of the Customer's substance codes are mapped and a random sample of 200 mappings checked by the Customer shows no error; (b) the Customer's system retrieves classification and list data for all mapped substances in a full run without failures; (c) the daily update feed has run for ten consecutive days; and (d) the Provider has delivered the mapping table, test scripts and integration guide. The Customer shall confirm acceptance in writing within five working days after the criteria are met.

4. FEES AND PAYMENT

4.1 The fees are:
   Subscription fee, Subscription Year 1: CNY 318,000
   Subscription fee, Subscription Year 2: CNY 318,000
   Integration support, one-time: CNY 42,000
   Total fees for the Subscription Term: CNY 678,000, including VAT.

4.2 The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 79,500, at the start of each quarter of that Subscription Year, payable within 30 days of invoice.

4.3 The integration support fee is invoiced after acceptance under Clause 3.2 and is payable within 30 days of invoice.

4.4 Overage charges for API calls beyond the included volume are invoiced quarterly in arrears at the rate in Annex 2.

5. SERVICE LEVELS

5.1 The Provider shall keep the production API available at least 99.95% of each calendar month, measured at the Provider's API gateway and excluding scheduled maintenance announced five days in advance.

5.2 The Provider shall update the Data at least daily for regulatory lists published by the competent authorities, and within five working days after an official publication for classification changes.

5.3 Severity 1 means that the API is unavailable or returns incorrect Data for a substantial part of the requests. The Provider shall respond to Severity 1 reports within one hour, at any time, and restore the service or provide a workaround within six hours. Severity 2 reports are answered within one business day.

5.4 If monthly availability falls below the level in Clause 5.1, or a Severity 1 response or restoration time is missed, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each such failure, up to 25% per month. Service credits are deducted from the next invoice.

6. DELAYED START

6.1 If the Start Date does not occur within the period in Clause 1.4 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay, which the Customer may deduct from the first invoice, up to CNY 20,000.

7. CUSTOMER CONTENT AND DATA SECURITY

7.1 Customer Content belongs to the Customer. The Provider shall use Customer Content only to provide the API, the Data and the integration support to the Customer, and shall not use it for any other purpose, including benchmarking, enrichment of the Provider's database or product development, whether in identifiable, anonymised or aggregated form.

7.2 The Provider shall protect Customer Content with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access restricted to named support staff, and logging of access. Customer Content shall be processed on servers located in mainland China operated by the Provider's licensed hosting partner named in Annex 3.

7.3 The Provider shall notify the Customer of any security incident affecting Customer Content within six hours of becoming aware of it, take all reasonable steps to contain it, and be liable for the Customer's losses caused by incidents attributable to the Provider.

8. INTELLECTUAL PROPERTY

8.1 The Provider retains all rights in the API and the Data, subject to the licence in Clause 2.

8.2 The substance code mapping table, test scripts and any reports prepared specifically for the Customer belong to the Customer, which may use, modify and share them freely, including with another data provider.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information, including the Customer's formulations and customer lists and the Provider's pricing, and use it only for this Agreement. This obligation survives for five years after the Agreement ends.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the total fees for the Subscription Term stated in Clause 4.1. This limit does not apply to breach of Clause 7 or Clause 9, or to wilful misconduct.

10.2 The Data is provided for regulatory information purposes. The Customer remains responsible for its own regulatory decisions, but the Provider is responsible for errors in the Data caused by its failure to reproduce official publications correctly.

11. TERM AND RENEWAL

11.1 This Agreement starts on signature and continues for the Subscription Term.

11.2 At the end of Subscription Year 2, this Agreement renews automatically for successive renewal years unless either party gives written notice of non-renewal at least 60 days before the end of the current year.

11.3 The Provider may increase the subscription fee for any renewal year by written notice to the Customer at least 45 days before that renewal year begins. The increased fee applies from the start of the renewal year.

12. SUSPENSION AND TERMINATION

12.1 The Customer's commitment is for the full Subscription Term. The Customer may not terminate this Agreement before the end of the Subscription Term; its remedies for service failures are the service credits under Clause 5.4 and damages under Clause 10.

12.2 The Provider may suspend access to the API if undisputed fees are more than 45 days overdue, after ten days' written notice, and may terminate this Agreement if the Customer resells the Data or makes the API available to third parties in breach of Clause 2.3.

12.3 On expiry or termination, the Customer may keep Data already incorporated into its safety data sheets, labels and declarations, and the Provider shall return and delete Customer Content within 30 days.

13. SUBCONTRACTING

13.1 The Provider shall not subcontract the hosting, support or integration work, in whole or in part, without the Customer's prior written consent, except for the hosting partner named in Annex 3, which the Customer approves by signing this Agreement. The Provider remains responsible for any subcontractor.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising from this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission, Shanghai Sub-Commission, for arbitration in Shanghai. The arbitration shall be conducted in English and Chinese.

15. GENERAL

15.1 Annex 1 (Data Description), Annex 2 (Overage Rates) and Annex 3 (Hosting Partner) form part of this Agreement.

15.2 Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other's written consent.

Signed for the Customer: ____________________   Date: ____________

Signed for the Provider: ____________________   Date: ____________
"""

# ---------------------------------------------------------------------------------------------------------------------
# Files, labels and checks

NAMES = {
    "z01": "h870z01_rural_tourism_platform_licence_development.pdf",
    "z02": "h870z02_glue_stick_line_control_retrofit.docx",
    "z03": "h870z03_tap_dance_chain_booking_membership_saas.txt",
    "z04": "h870z04_night_school_enrolment_system_om_service.txt",
    "z05": "h870z05_leaf_art_process_tracking_supplier_template.md",
    "e01": "h870e01_aps_perpetual_licence_kolin_vendor.pdf",
    "e02": "h870e02_field_service_saas_order_form_trebic_vendor.md",
    "e03": "h870e03_paper_mill_vibration_sensors_monitoring_licence.docx",
    "e04": "h870e04_auto_parts_managed_it_services_36_months.md",
    "e05": "h870e05_regulatory_substance_data_api_subscription.txt",
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
T, F, N = True, False, None

# key: (language, category, terms in KEYS order, sla_clause, ld_stated, post_warranty_fee_capped or N, deemed, value)
LABELS = {
    "z01": ("zh", "software", [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 36, 8, F, T, F, "PRC", G],
            T, T, T, F, 1860000),
    "z02": ("zh", "hardware", [N, 1, T, "buyer", T, T, T, 0.1, N, 20, T, T, 18, 28, F, T, F, "PRC", G],
            T, T, T, F, 1500000),
    "z03": ("zh", "cloud", [N, N, F, "buyer", T, T, T, 0.1, N, N, T, N, N, N, T, T, F, "PRC", S],
            F, T, N, F, 606000),
    "z04": ("zh", "services", [99.5, 0.25, T, "buyer", T, T, F, 0.1, N, N, T, N, N, N, F, T, F, "PRC", S],
            T, T, N, F, 488000),
    "z05": ("zh", "software", [N, 8, F, "supplier", T, F, T, 0.02, N, 55, F, F, 6, N, F, T, N, N, G],
            T, T, F, T, 434000),
    "e01": ("en", "software", [N, 1, T, "buyer", T, T, T, 0.08, 150, 18, T, T, 24, 11, F, T, F, "Czech Republic", G],
            T, T, T, F, 1870000),
    "e02": ("en", "cloud", [99.95, 0.5, T, "buyer", F, T, T, 600 / 798000 * 100, 150, N, T, N, N, N, F, T, T, "PRC", S],
            T, T, N, F, 798000),
    "e03": ("en", "hardware", [N, 1, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 36, 7.5, F, T, F, "PRC", G],
            T, T, T, F, 1210000),
    "e04": ("en", "services", [99.95, 0.5, F, "buyer", T, T, T, N, 9 / 36 * 100, N, T, N, N, N, F, T, F, "PRC", S],
            T, F, N, F, 2184000),
    "e05": ("en", "cloud", [99.95, 1, T, "buyer", T, T, T, 500 / 678000 * 100, 150, N, T, N, N, N, T, F, F, "PRC", S],
            T, T, N, F, 678000),
}

# TCO inputs for goods/licence drafts: (fee base = itemised licence/hardware subtotal, fee % per year or None, warranty
# months). z05's fee is "at the supplier's price list of the year": not computable.
TCO_IN = {"z01": (860000, 8, 36), "z02": (1280000, 28, 18), "z05": (168000, None, 6), "e01": (1240000, 11, 24),
          "e03": (1058600, 7.5, 36)}
# forum outside mainland China (design fact, not a label key)
FOREIGN_FORUM = {"e01"}

DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "z04": ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"],
    "e03": [],
    "e04": ["CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
    "e05": ["CR-AUTO-RENEWAL", "CR-TERMINATION"],
}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco(key):
    """(TCO, post-warranty share %) over 5 years from acceptance, or None when not computable."""
    base, pct, wm = TCO_IN[key]
    if pct is None:
        return None
    value = LABELS[key][-1]
    years_after = max(0.0, 5 - wm / 12)
    fees = years_after * base * pct / 100
    return value + fees, fees / (value + fees) * 100


def derive(key):
    lang, cat, vals, sla, ld_stated, capped, deemed, value = LABELS[key]
    t = dict(zip(KEYS, vals))
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        res = tco(key)
        if res is not None and res[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(key):
    lang, cat, vals, sla, ld_stated, capped, deemed, value = LABELS[key]
    terms = dict(zip(KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": NAMES[key], "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": derive(key)}


# ---------------------------------------------------------------------------------------------------------------------
# Threshold scan: no text may state a policy threshold figure.
ZH_DIGIT_AFTER = "(?![一二三四五六七八九十百千万零点0-9])"
PATTERNS = [
    r"99\s*[.．]\s*9(?![0-9])", r"九十九点九(?![一二三四五六七八九零])",
    r"(?<![0-9.])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b)", r"(?<![十一二三四五六七八九])四\s*个?\s*小时",
    r"(?i)\bfour\s*(?:\(4\)\s*)?hours?",
    r"(?<![0-9])0\s*[.．]\s*05\s*%", r"万分之五" + ZH_DIGIT_AFTER, r"千分之零点五", r"(?i)0\.05\s*per\s*cent",
    r"(?<![0-9.])100\s*%", r"百分之(?:一)?百", r"(?i)one\s*hundred\s*per\s*cent", r"(?i)100\s*per\s*cent",
    r"(?<![0-9.])30\s*%", r"百分之三十" + ZH_DIGIT_AFTER, r"(?i)thirty\s*per\s*cent", r"(?i)(?<![0-9.])30\s*per\s*cent",
    r"(?<![0-9.])15\s*%", r"百分之十五" + ZH_DIGIT_AFTER, r"(?i)fifteen\s*per\s*cent", r"(?i)(?<![0-9.])15\s*per\s*cent",
    r"(?<![0-9.])40\s*%", r"百分之四十" + ZH_DIGIT_AFTER, r"(?i)forty\s*per\s*cent", r"(?i)(?<![0-9.])40\s*per\s*cent",
    r"(?i)(?<![0-9.])12\s*(?:个)?\s*(?:月|-?\s*months?)", r"(?<![一二三四五六七八九])十二\s*个\s*月", r"(?i)twelve",
    r"(?<![第每这该首前后头])一\s*年(?!度|级|内的第)", r"(?i)\bone[\s-]*year(?!s)", r"(?i)(?<![0-9.])1\s*-?\s*year(?!s)",
    r"(?i)\ba\s+year\b", r"(?i)\bannual\s+warranty",
]
PAT = [re.compile(p) for p in PATTERNS]
MUST_HIT = ["可用率99.9%", "99.9 %", "99．9", "4小时内响应", "4 hours", "within 4h", "四小时", "four hours",
            "0.05%", "万分之五", "100%", "百分之百", "30%", "百分之三十", "thirty per cent", "15%", "百分之十五",
            "40 %", "百分之四十", "12个月", "12 months", "12-month", "十二个月", "twelve months", "质保期一年",
            "one year", "1 year", "one-year", "a year"]
MUST_MISS = ["99.95%", "99.5%", "99.99", "24小时", "24 hours", "14 hours", "二十四小时", "0.08%", "0.5%", "万分之八",
             "万分之五十", "1000%", "130%", "0.15%", "115%", "25%", "45%", "35%", "55%", "410%", "24个月", "112 months",
             "三十六个月", "每年", "第一年", "一年度", "years", "Subscription Year 1", "二十四个月", "5%"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for p in PAT:
            for m in p.finditer(variant):
                hits.append((p.pattern, variant[max(0, m.start() - 20):m.end() + 20]))
    return hits


def selftest():
    for s in MUST_HIT:
        assert scan(s), "must hit: " + s
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


# ---------------------------------------------------------------------------------------------------------------------
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


def length(key, text):
    return len(re.sub(r"\s", "", text)) if key.startswith("z") else len(text.split())


def check_sums():
    assert 860000 + 690000 + 186000 + 98000 + 26000 == 1860000
    assert 6 * 98000 + 6 * 14500 + 12 * 21000 + 18 * 6500 + 6 * 9000 + 182000 == 1280000
    assert 1280000 + 156000 + 48000 + 16000 == 1500000 and 1280000 * 28 // 100 == 358400
    assert 35 * 6800 * 2 == 476000 and 476000 + 72000 + 58000 == 606000
    assert 218000 + 168000 + 64000 + 38000 == 488000
    assert 168000 + 226000 + 32000 + 8000 == 434000 and 434000 * 55 // 100 == 238700 and 434000 - 238700 == 195300
    assert 1240000 + 420000 + 176000 + 34000 == 1870000 and 1240000 * 11 // 100 == 136400
    assert 24500 * 24 == 588000 and 5000 * 24 == 120000 and 588000 + 120000 + 72000 + 18000 == 798000
    assert 72000 + 18000 == 90000
    assert 240 * 2150 == 516000 and 16 * 8600 == 137600 and 2 * 46500 == 93000
    assert 516000 + 137600 + 93000 + 312000 == 1058600 and 1058600 + 128400 + 23000 == 1210000
    assert round(1058600 * 0.075) == 79395
    assert 58000 * 36 == 2088000 and 2088000 + 96000 == 2184000
    assert 318000 * 2 + 42000 == 678000 and 318000 / 4 == 79500
    assert 20 + 45 + 35 == 100 and 20 + 50 + 25 + 5 == 100 and 18 + 44 + 38 == 100 and 10 + 55 + 35 == 100


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    check_sums()
    # build
    bin_targets = {}
    for key, name in NAMES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            bin_targets[key] = (name, ext)
        else:
            (OUT / name).write_text(SRC[key], encoding="utf-8")
            print("wrote", name)
    write({k: SRC[k] for k in bin_targets}, bin_targets, OUT, wrap_words=True)
    # labels, rules, thresholds
    covered = set()
    problems = []
    for key, name in NAMES.items():
        lab = label(key)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        rules = lab["expected_rules"]
        if rules != sorted(DESIGN[key]):
            problems.append((key, "rules differ from design", rules, DESIGN[key]))
        covered |= set(rules)
        for k, th in TH.items():
            v = lab["expected_terms"][k]
            if v is not None and abs(v - th) < 1e-9:
                problems.append((key, "label on threshold", k, v))
        if key in TCO_IN and tco(key) is not None:
            share = tco(key)[1]
            if abs(share - 40) <= 2:
                problems.append((key, "TCO share within 2 points", share))
        text = read_back(OUT / name)
        n = length(key, text)
        lo, hi = (2750, 3000) if key.startswith("z") else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((key, "length", n))
        hits = scan(text)
        if hits:
            problems.append((key, "threshold text", hits[:6]))
        t = tco(key) if key in TCO_IN else None
        print("%s %-62s len=%5d risk=%-6s tco=%s rules=%s" % (key, name, n, risk(rules),
              "-" if t is None else "%.0f/%.2f%%" % t, ",".join(r[3:] for r in rules) or "(none)"))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append(("coverage", missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
