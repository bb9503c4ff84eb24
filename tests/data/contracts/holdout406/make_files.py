"""holdout406: builds ten blind, ordinary draft contracts (5 zh, 5 en) and their labels, then checks them.

Run: /work/main/.venv/bin/python -B make_files.py   (from this folder). Sources are kept below. The .docx/.pdf are built
with ../word_pdf.py (write(..., wrap_words=True)); .txt/.md are written as they are. After building, every file is read
back (python-docx paragraphs + table rows, pypdf pages, file text), its length is checked against the required range,
every built file and every source is scanned for threshold figures, and the expected rules are derived from the labels
by my own reading of policy.md section 3 and compared with the design list.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# z01 农业农村局 高标准农田建设管理平台 (licence + custom development), 政府采购, buyer's paper -> .pdf, compliant
# ---------------------------------------------------------------------------------------------------------------
H406Z01 = """T:高标准农田建设管理平台采购合同
P:合同编号：LNNY-ZFCG-2025-0417
P:采购项目：高标准农田建设管理平台建设项目（政府采购公开招标，招标编号：LNZC2025-G-0963）
P:甲方（采购人）：临南市农业农村局
P:地址：临南市丰登路88号
P:乙方（供应商）：禾图数字农业科技有限公司
P:地址：西湖市文三路260号禾图大厦
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据本项目招标文件、乙方投标文件及中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的需求规格说明书均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供高标准农田建设管理平台标准软件的永久使用许可，并在此基础上完成定制开发、部署实施、数据迁移和培训，建成覆盖全市九个县区的高标准农田“上图入库”、项目全过程管理、建后管护和移动巡查一体化平台。
P:1.2 定制开发内容包括：项目储备与立项审批流程、施工进度与资金拨付台账、田块图斑上图入库及与自然资源“一张图”比对、建后管护责任人管理、移动巡查APP及问题整改闭环、领导驾驶舱专题图表，具体以需求规格说明书为准。
P:1.3 平台部署在甲方指定的市级政务云，乙方不得将平台及数据部署于政务云以外的任何环境。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰叁拾贰万元整（¥1,320,000），为固定总价，包含软件许可、定制开发、实施、数据迁移、培训、税费及质保期内全部服务费用。明细如下：
TB:序号|项目|金额（元）
TB:1|平台标准软件永久许可（含GIS组件，不限用户数）|680,000
TB:2|定制开发（上图入库、全过程管理、建后管护、移动巡查）|520,000
TB:3|部署实施及历史数据迁移|96,000
TB:4|用户培训|24,000
TB:合计||1,320,000
P:2.2 除本合同另有约定外，甲方无须向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额银行保函及正式发票，甲方在十五个工作日内支付合同总价的20%作为预付款，即¥264,000。
P:3.2 平台上线并通过初步验收后，甲方支付合同总价的45%，即¥594,000。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%，即¥462,000。
P:3.4 甲方以财政资金支付，因财政审批流程导致的合理延迟不视为甲方违约。
H:第四条 实施进度
P:4.1 乙方应在合同签订后九十日内完成部署和定制开发并提交初步验收申请，试运行期为六十日。
P:4.2 乙方应派驻不少于四名实施人员（含项目经理一名），项目经理未经甲方书面同意不得更换。
P:4.3 乙方应在合同签订后十五日内提交项目实施方案，内容包括进度计划、人员安排、数据迁移方案和安全保障措施，经甲方确认后实施；实施过程中每周向甲方提交进度报告，重大问题及时书面报告。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；历史项目数据迁移完整，抽查两百个项目、一千个图斑，属性与原始台账一致；移动巡查APP在离线状态下可采集并在联网后自动上传；平台在两百个并发用户下常用页面响应时间不超过三秒。
P:5.2 最终验收标准：试运行期内无一级故障，二级故障均已在规定时限内解决；通过第三方网络安全等级保护测评和商用密码应用安全性评估；全部技术文档、源代码及操作手册已移交。
P:5.3 验收由甲方组织，必要时邀请专家参加，验收合格后双方签署验收报告。平台上线、甲方试用或支付款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内，乙方免费提供缺陷修复、版本升级、政策调整引起的小规模功能调整及技术支持。
P:6.2 质保期内平台月度可用率不低于99.95%。
P:6.3 故障响应：一级故障（平台整体不可用或数据错误影响上报）30分钟内响应，2小时内到场或远程处置，6小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一个版本中解决。
P:6.4 乙方未按6.3约定时限响应或恢复的，每超时一小时向甲方支付违约金人民币壹仟元；月度可用率每低于约定值0.01个百分点，扣减质保金人民币贰仟元。
P:6.5 质保期满后，如甲方需要继续由乙方提供运维服务，年度运维费不超过平台标准软件许可费的10%，即每个服务年度不超过¥68,000，该价格在质保期满后三个服务年度内保持不变，具体以双方另行签订的运维合同为准。
H:第七条 数据安全与数据权属
P:7.1 平台中的农田项目数据、图斑数据、管护及巡查记录、用户信息等全部数据归甲方所有。乙方仅为履行本合同使用上述数据，不得复制、留存、向第三方提供或用于其他任何目的。
P:7.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》，落实访问控制、敏感数据加密存储、操作日志审计等安全措施；远程运维须经甲方审批并通过堡垒机进行。
P:7.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成安全事件的，乙方承担全部责任并赔偿甲方因此遭受的损失。
H:第八条 保密
P:乙方对履行本合同过程中知悉的甲方工作秘密、未公开数据及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条规定在合同终止后继续有效。
H:第九条 知识产权
P:9.1 平台标准软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:9.2 为本项目定制开发的程序、源代码、数据库设计、接口及文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和部署，无须另行付费。
P:9.3 乙方保证所提供的软件不侵犯任何第三方的合法权益，因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期提交初步验收申请或逾期通过最终验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付的平台不符合合同约定且经整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十一条 分包
P:乙方不得将本项目的任何部分分包或转包给第三方。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方承担违约责任。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临南市农业农村局　　代表签字：__________　　日期：____年__月__日
P:乙方（盖章）：禾图数字农业科技有限公司　　代表签字：__________　　日期：____年__月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# z02 啤酒厂 灌装线控制系统改造 + 维保 -> .docx with a Word price table; post-warranty fee 28 %, TCO, subcontract on notice
# ---------------------------------------------------------------------------------------------------------------
H406Z02 = """T:灌装线控制系统改造及维保合同
P:合同编号：QHPJ-SB-2025-086
P:甲方（买方）：青海湖畔啤酒有限公司
P:住所：海东市工业园区酿造路16号
P:乙方（卖方）：鲁控智能装备有限公司
P:住所：青岛市崂山区科苑纬一路9号
P:鉴于甲方二号灌装线（每小时三万六千瓶）控制系统老化、备件停产，甲方经比选确定由乙方承担改造工作。双方根据《中华人民共和国民法典》，就控制系统改造及后续维保事宜达成如下协议。
H:一、改造范围
P:（一）乙方负责二号灌装线洗瓶机、灌装压盖机、杀菌机、贴标机及输送段的控制系统改造，包括PLC控制柜、伺服驱动及电机、HMI触摸屏、灌装SCADA软件、工业交换机的供货、安装、程序编制、联调和培训。
P:（二）改造须在甲方安排的停产窗口内完成，停产窗口为二十一日，自甲方书面通知开工之日起计算。
P:（三）乙方应保留原有机械部分的接口，不得影响甲方现有MES系统和能源计量系统的数据采集。
P:（四）乙方应在合同生效后十五日内完成现场勘察，提交改造设计方案、电气原理图、停产窗口施工计划及安全措施，经甲方设备部和安全部审核同意后方可实施。
P:（五）改造期间，乙方应遵守甲方食品生产现场卫生管理规定，进入灌装车间的人员须穿戴洁净工作服并接受卫生培训，不得在车间内使用可能造成异物污染的工具和材料。
H:二、合同价款
P:（一）本合同总价为人民币壹佰伍拾壹万元整（¥1,510,000），含税、运输、保险、安装调试、程序编制及培训费用。价格明细见下表：
TB:序号|名称|规格/数量|金额（元）
TB:1|PLC控制柜|主站1套、远程站6套|486,000
TB:2|伺服驱动及电机|42轴|372,000
TB:3|HMI触摸屏|15英寸，8台|96,000
TB:4|灌装SCADA软件许可|永久许可，1套|218,000
TB:5|工业交换机|环网型，12台|58,000
TB:|软硬件小计||1,230,000
TB:6|安装调试|含拆除旧柜|142,000
TB:7|程序编制|PLC、HMI、SCADA|118,000
TB:8|培训|操作及维修人员|20,000
TB:|合同总价||1,510,000
P:（二）本合同总价不含第七条约定的质保期满后维保费，维保费按第七条另行计取。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，即¥302,000。
P:（二）设备全部到货并经甲方签收后，甲方支付合同总价的42%，即¥634,200。到货签收仅为数量清点，不代表质量验收。
P:（三）改造完成并经最终验收合格后，甲方支付合同总价的33%，即¥498,300。
P:（四）剩余5%即¥75,500作为质量保证金，质保期满且无质量争议后十个工作日内无息支付。
H:四、交货与安装
P:（一）乙方应在合同生效后四十五日内将全部设备运至甲方厂区，并提供装箱单、合格证和出厂检验报告。
P:（二）乙方应在停产窗口内完成拆除、安装和联调，并保证恢复生产后灌装线达到本合同约定的性能指标。
P:（三）乙方应对所供设备提供不少于八年的备件供应保障；主要部件停产前，乙方应提前六个月书面通知甲方，并提供替代方案。
P:（四）培训：乙方应为甲方操作人员和维修电工各组织不少于三天的现场培训，内容包括设备操作、参数调整、常见故障排除和程序备份恢复，培训后进行考核。
H:五、验收
P:（一）验收标准：灌装线连续七十二小时带料运行，额定产能每小时三万六千瓶；灌装液位合格率不低于99.5%；因控制系统原因造成的停机每班不超过一次；MES和能源计量数据采集正常；全部程序源文件、电气图纸和操作手册已移交。
P:（二）验收由甲方设备部组织，双方共同签署验收报告。设备安装完毕、投入生产或甲方支付款项，均不视为验收合格。
P:（三）验收不合格的，乙方应在七日内整改，并承担复验费用。复验仍不合格的，甲方有权要求乙方更换不合格设备或重新编制程序，直至达到验收标准，由此延误的时间计入乙方逾期时间，停产窗口因此延长的，按第十二条处理。
H:六、质量保证
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内，乙方免费维修或更换存在质量问题的设备及部件，并免费提供程序缺陷修复。
P:（二）故障分级及响应：一级故障（导致灌装线停机）乙方应在30分钟内电话响应，2小时内工程师到场，8小时内恢复生产；二级故障（影响产能或质量但未停机）2小时内响应，24小时内处理完毕；三级故障在下一次计划检修时处理。
P:（三）乙方未按上述时限响应、到场或恢复的，每超时一小时向甲方支付违约金人民币贰仟元，甲方可从质量保证金中直接扣除。
H:七、质保期满后维保
P:（一）质保期满后，乙方继续为甲方提供维保服务，内容包括每季度一次预防性巡检、备件保障、程序维护及本合同第六条约定的故障响应。
P:（二）年度维保费按软硬件小计的28%计取，即每个服务年度人民币叁拾肆万肆仟肆佰元（¥344,400），质保期满后三个服务年度内价格不变，每个服务年度开始时由乙方开具发票，甲方在三十日内支付。
P:（三）维保期满后是否续签由双方另行协商，不自动续期。
H:八、数据安全与权属
P:（一）灌装线运行数据、工艺配方、质量记录及设备参数均归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向第三方提供。
P:（二）乙方远程维护须经甲方书面审批，通过甲方指定的VPN和堡垒机接入，每次操作留存日志；乙方人员不得在甲方控制网络中接入未经检测的移动介质。
P:（三）发生数据泄露、配方外泄或控制系统被入侵等事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:九、保密
P:乙方对在履行本合同过程中知悉的甲方工艺配方、生产数据、经营信息负有保密义务，保密期限至相关信息公开之日止，不因本合同终止而失效。
H:十、知识产权
P:（一）灌装SCADA软件的著作权归其原权利人，乙方保证甲方享有永久使用权。
P:（二）乙方为本项目编制的PLC程序、HMI画面、SCADA组态工程文件及电气图纸归甲方所有，甲方可自行或委托第三方修改和使用。
H:十一、分包
P:乙方可将现场电气安装、桥架及线缆敷设工作分包给具备相应资质的单位，但应在分包单位进场前五个工作日以书面形式通知甲方，并对分包单位的工作质量和安全负责。
H:十二、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:（二）因乙方原因导致停产窗口延长的，除支付上述违约金外，乙方还应赔偿甲方因停产造成的直接损失。
P:（三）甲方逾期付款的，按逾期金额每日万分之二支付违约金。
H:十三、合同解除
P:乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十四、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方应友好协商；协商不成的，提交青岛仲裁委员会仲裁。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：青海湖畔啤酒有限公司　　授权代表：__________
P:乙方（盖章）：鲁控智能装备有限公司　　授权代表：__________
"""

# ---------------------------------------------------------------------------------------------------------------
# z03 少儿编程培训连锁 (32 家校区) 排课及学员管理 SaaS + 实施 -> .txt ; availability 99.5, auto-renewal + increase, data reuse
# ---------------------------------------------------------------------------------------------------------------
H406Z03 = """排课及学员管理系统SaaS服务合同

合同编号：MK-SAAS-2025-0312

甲方（客户）：码客少儿编程教育科技有限公司
地址：成都市高新区天府大道北段1700号
乙方（服务商）：云课通信息技术有限公司
地址：重庆市渝北区星光大道62号

鉴于甲方在四川、重庆两地经营32家少儿编程培训校区，需要统一的排课、学员、课消及家校沟通系统；乙方拥有"云课通"教务管理SaaS平台。双方经平等协商，就甲方订阅该平台及乙方提供实施服务事宜订立本合同。

1. 服务内容
1.1 乙方通过"云课通"平台向甲方32家校区提供SaaS服务，包括：排课与教室管理、学员档案、课时包与课消、试听及转化跟进、教师课酬统计、家长端小程序（课表、作业、课堂点评、缴费提醒）及总部经营报表。
1.2 乙方提供实施服务：为甲方配置组织架构、课程体系（图形化编程、Python、信息学竞赛三条产品线）和课酬规则；将甲方现有Excel台账中的约一万一千名在读学员及剩余课时迁移至平台；为校区校长、教务及教师组织线上培训。
1.3 平台由乙方部署于中国境内的公有云，数据存储于境内。
1.4 乙方为甲方开通总部管理员账号一个、校区管理账号32个，教师账号不限数量；家长端小程序以甲方品牌名称上线。
1.5 服务期内乙方免费提供平台版本升级，升级不得减少本合同约定的功能；重大版本升级应提前七日通知甲方，并在非上课时段进行。
1.6 乙方为甲方指定一名客户成功经理，负责需求对接、使用培训及每月一次的使用情况回访，并按月向甲方提交服务报告，内容包括可用率、故障处理情况和各校区使用数据统计。

2. 服务期限
2.1 服务期为三个服务年度，自平台上线验收合格之日起计算。
2.2 服务期届满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。
2.3 每次续期时，乙方有权根据其成本变化上调服务费，上调幅度不超过上一服务年度服务费的8%，乙方应在续期前书面通知甲方调整后的价格。

3. 费用
3.1 订阅费：每校区每个服务年度人民币9,600元，32家校区每个服务年度合计人民币307,200元，三个服务年度合计人民币921,600元。
3.2 实施费：人民币86,400元，一次性支付。
3.3 本合同总价为人民币1,008,000元（订阅费921,600元+实施费86,400元）。
3.4 服务期内新增校区的，按3.1单价自开通之月起按月折算计费；关闭校区的，自关闭之月的次月起停止计费。
3.5 上述费用已包含短信通知费用，每个服务年度短信条数不超过二十万条，超出部分按每条人民币0.04元另行结算，超出部分不计入合同总价。

4. 付款
4.1 订阅费按季度结算，每季度末后十五日内，乙方开具发票，甲方支付当季订阅费人民币76,800元。
4.2 实施费在平台上线验收合格后十五日内支付。
4.3 本合同不设预付款，甲方在上线验收合格前无须支付任何费用，乙方开具的发票均为增值税专用发票。

5. 实施与验收
5.1 乙方应在合同签订后四十五日内完成配置、数据迁移和培训，并提交上线验收申请。
5.2 上线验收标准：（1）学员档案及剩余课时迁移后与甲方台账逐校核对一致；（2）排课冲突检测、课消自动扣减、课酬统计按甲方规则运行正确；（3）家长端小程序在500名家长同时在线时页面打开时间不超过两秒；（4）32家校区均已开通并完成试运行十日。
5.3 甲方在收到申请后十个工作日内组织验收，验收合格的签署上线验收单。平台开通或校区试用不视为验收合格。验收不合格的，乙方应在七日内完成整改并重新提交验收申请，整改期间的延误计入逾期天数。
5.5 上线前，乙方应协助甲方制定切换方案，明确各校区停止使用Excel台账的日期、切换当日的课消核对方法及出现问题时的回退措施，避免影响正常上课。
5.4 乙方逾期提交上线验收申请的，每逾期一日向甲方支付违约金人民币800元。

6. 服务水平
6.1 平台月度可用率不低于99.5%（不含提前48小时通知的计划维护时间，计划维护应安排在22:00至次日6:00之间）。
6.2 故障响应：一级故障（全部或多个校区无法登录、排课或课消）30分钟内响应，3小时内恢复；二级故障（单一功能异常）2小时内响应，1个工作日内解决；一般咨询在1个工作日内答复。
6.3 服务补偿：月度可用率低于约定值的，按下列标准扣减当季订阅费：低于99.5%但不低于99%的，扣减当月订阅费的5%；低于99%的，扣减当月订阅费的10%。一级故障超过3小时未恢复的，每次另扣减人民币1,000元。

7. 数据权属与使用
7.1 甲方在平台中录入和产生的学员信息、家长联系方式、课程及课消记录等数据归甲方所有。
7.2 甲方同意，乙方可对上述数据进行去标识化和汇总处理后，用于乙方平台的产品改进、算法训练以及发布少儿编程培训行业分析报告，该使用不因本合同终止而终止。

8. 数据安全
8.1 乙方应按照网络安全等级保护第二级的要求运维平台，对学员及家长个人信息加密存储，实行最小权限访问和操作日志审计，并每日备份数据。
8.2 乙方应遵守《个人信息保护法》关于未成年人个人信息的规定，未经甲方同意不得向任何第三方提供可识别的学员个人信息。
8.3 发生数据泄露、丢失等安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成安全事件的，乙方承担相应的赔偿责任，包括甲方因此向学员及家长承担的赔偿。
8.4 本合同终止后三十日内，乙方应向甲方完整导出全部数据，并在甲方确认后删除平台中的可识别数据。

9. 保密
双方对在合作中获知的对方商业秘密、经营数据及非公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

10. 知识产权
10.1 "云课通"平台及其标准功能的知识产权归乙方所有。
10.2 乙方为甲方专门配置的课程体系模板、课酬规则、定制报表及数据迁移脚本归甲方所有，甲方可自由使用、修改或交由第三方使用。

11. 分包
乙方不得将本合同项下的实施或运维工作分包给第三方，经甲方书面同意的除外。

12. 违约与责任
12.1 乙方违反本合同约定的，应承担违约责任，赔偿甲方因此遭受的损失。
12.2 乙方的累计赔偿责任以本合同总价的150%为限，但因乙方故意、重大过失或违反第8条造成的损失不受此限。

13. 合同解除
13.1 任何一方严重违约，经守约方书面通知后十五日内仍未纠正的，守约方有权解除本合同。
13.2 平台连续两个月可用率低于99%的，甲方有权解除本合同，不承担违约责任。

14. 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

15. 其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：码客少儿编程教育科技有限公司    授权代表：__________
乙方（盖章）：云课通信息技术有限公司    授权代表：__________
"""

# ---------------------------------------------------------------------------------------------------------------
# z04 人社局 社保卡服务系统 年度运维, 竞争性磋商 -> .txt ; LD 万分之二, liability cap 50 %
# ---------------------------------------------------------------------------------------------------------------
H406Z04 = """社会保障卡服务系统运维服务合同

项目名称：社会保障卡服务系统运维服务项目
采购方式：竞争性磋商（项目编号：SCZC2025-CS-0218）
合同编号：SRS-YW-2025-031

甲方（采购人）：沙川市人力资源和社会保障局
地址：沙川市人民中路201号
乙方（供应商）：蓝桥政务信息服务有限公司
地址：沙川市高新区创业路17号

根据《中华人民共和国民法典》《中华人民共和国政府采购法》，依据本项目竞争性磋商文件、乙方响应文件及成交通知书，双方就社会保障卡服务系统运维服务订立本合同。

第一条 服务范围
（1）运维对象：社会保障卡服务系统，包括制卡数据管理子系统、即时制卡子系统、卡应用服务平台、电子社保卡签发接口、全市212个合作银行网点及36个人社服务大厅的自助终端后台。
（2）服务内容：日常监控与巡检、故障处理、数据库及中间件维护、系统补丁和安全加固、政策调整引起的参数配置、重要时段保障、运维文档更新。
（3）乙方派驻两名运维工程师在甲方信息中心驻场，工作日8:30至18:00在岗，其余时间安排人员值守。
（4）驻场人员应具有三年以上同类系统运维经验，其中至少一人持有数据库认证证书；乙方应在合同签订后五个工作日内向甲方提交驻场人员名单、资质证明及联系方式。
（5）重要时段保障：社保待遇集中发放日、社保卡集中换发期、系统升级割接及甲方通知的其他重要时段，乙方应增派不少于一名工程师现场值守，并提前制定保障方案。

第二条 服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满本合同自行终止，不自动续期；如需继续采购，由甲方依法另行组织采购。

第三条 合同价款
本合同总价为人民币伍拾伍万贰仟元整（¥552,000），为服务期内全部费用，明细如下：
（1）驻场运维服务（两人）：¥336,000；
（2）系统巡检及性能优化：¥78,000；
（3）数据库及中间件维护：¥92,000；
（4）重要时段保障及应急演练：¥46,000。

第四条 付款方式
（1）本合同不设预付款。
（2）服务费按季度支付，每季度服务考核结束后，乙方开具发票，甲方在十五个工作日内支付当季服务费¥138,000，并扣除当季考核扣款。
（3）乙方应提供增值税普通发票；发票金额与考核确认单不一致的，甲方有权退回发票，由乙方重新开具，付款期限自甲方收到正确发票之日起重新计算。

第五条 服务水平
（1）系统月度可用率不低于99.95%，计划停机须提前三个工作日经甲方书面同意，并安排在非办公时间。
（2）一级故障（全市即时制卡中断、电子社保卡签发接口中断或数据错误）：15分钟内响应，1小时内到场，2小时内恢复；二级故障（单个服务大厅或银行网点无法制卡）：30分钟内响应，6小时内恢复；三级故障：下一个工作日内解决。
（3）乙方每月5日前提交上月运维报告，每季度提交一次巡检报告和安全加固报告。
（4）乙方每半年组织一次应急演练，演练方案经甲方审核后实施，演练结束后五个工作日内提交演练总结。
（5）乙方应建立运维工单台账，记录每一起故障的发现时间、响应时间、处理过程和恢复时间，甲方可随时查阅。

第六条 考核与扣款
（1）甲方按季度对乙方的服务进行考核，考核内容包括可用率、故障响应及恢复时限、巡检和报告提交、驻场人员在岗情况。
（2）月度可用率每低于约定值0.01个百分点，扣款¥1,000；一级故障响应或恢复每超时30分钟，扣款¥2,000；驻场人员无故缺岗一日，扣款¥800。
（3）每季度考核扣款累计不超过当季服务费的20%。
（4）考核结果由甲方书面通知乙方，乙方对考核结果有异议的，应在收到通知后五个工作日内提出，并提供运维工单台账、监控记录等证明材料，由双方共同核实。

第七条 验收
（1）季度验收：甲方依据第五条、第六条对季度服务进行考核，形成季度考核确认单。
（2）年度验收：服务期满前十五日，甲方按以下标准组织验收：服务期内全部一级故障均在规定时限内恢复；全年月度可用率均达到约定值；运维报告、巡检报告及更新后的运维文档齐全；系统账号、口令及运维工具全部移交甲方。验收合格后双方签署年度验收报告。

第八条 数据安全
（1）社会保障卡系统中的参保人员身份信息、制卡数据、交易记录及日志数据均归甲方所有，乙方仅可为完成本合同约定的运维工作接触和使用。
（2）乙方应遵守《数据安全法》《个人信息保护法》及人力资源社会保障信息安全管理规定：运维操作一律通过甲方堡垒机进行并全程录像；禁止将生产数据拷贝至任何个人设备或外部网络；测试使用经甲方脱敏处理的数据；驻场人员签署个人保密承诺书并接受背景审查。
（3）发生数据泄露、篡改、丢失或系统被非法入侵的，乙方应在30分钟内报告甲方并立即采取处置措施；因乙方原因造成安全事件的，乙方承担全部法律责任和赔偿责任。

第九条 保密
乙方对履行本合同过程中接触的参保人员信息、系统架构、网络拓扑、账号口令及甲方工作秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。

第十条 知识产权
乙方在服务期内编写的运维脚本、监控策略、应急预案及运维文档归甲方所有，甲方可自由使用和修改，并可提供给后续服务商使用。

第十一条 分包
乙方不得将本合同项下的服务分包或转包给第三方。

第十二条 违约责任
（1）乙方未按约定时间提交运维报告、完成巡检或完成甲方书面要求的整改事项的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（2）驻场人员未经甲方同意更换的，每人次支付违约金¥5,000。
（3）乙方对本合同项下的累计赔偿责任（含违约金及考核扣款）以合同总价的50%为限。
（4）甲方无正当理由逾期付款的，按未付金额每日万分之一支付违约金。

第十三条 合同解除
乙方严重违约，或一个季度内发生两次以上一级故障且未在规定时限内恢复，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，并按实际服务期限结算费用。

第十四条 服务交接
合同终止或服务期满时，乙方应在十个工作日内向甲方或甲方指定的后续服务商完成工作交接，移交全部文档、账号和工具，并提供不少于十个工作日的过渡支持。交接完成后，乙方应删除其持有的与本项目有关的全部数据和账号信息，并向甲方出具书面删除确认；交接期间发生的故障仍由乙方按第五条处理。服务开始时，乙方应与原服务商办理接收手续，核对系统清单、账号及文档，发现问题及时书面报告甲方。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院起诉。

第十六条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：沙川市人力资源和社会保障局    代表签字：__________
乙方（盖章）：蓝桥政务信息服务有限公司    代表签字：__________
日期：2025年6月20日
"""

# ---------------------------------------------------------------------------------------------------------------
# z05 牛肉干加工厂 MES 软件许可 + 定制开发, the supplier's template -> .md with a markdown price table; many problems
# ---------------------------------------------------------------------------------------------------------------
H406Z05 = """# 精制云MES软件许可及定制开发合同

（精制云软件合同范本 V4.0）

合同编号：JZY-MES-2025-0147

**甲方（客户）：** 草原红牛肉食品有限公司
地址：锡林浩特市经济技术开发区肉业路6号

**乙方（供应商）：** 精制云软件技术有限公司
地址：呼和浩特市赛罕区金桥开发区软件园B座

鉴于甲方拟在其牛肉干加工厂实施生产执行系统（MES），乙方为“精制云MES”软件的开发者和权利人，双方依据《中华人民共和国民法典》，经协商一致，订立本合同，以资共同遵守。

## 第一条 合同标的
1.1 乙方向甲方提供精制云MES标准版软件许可（覆盖原料解冻、腌制、蒸煮、烘烤、包装五个车间），并按甲方需求进行定制开发和实施。

1.2 定制开发内容：原料批次到成品批次的正反向追溯、电子秤和金属探测仪数据对接、冷库温湿度监控对接、食品安全生产记录电子化（HACCP关键控制点记录）、生产日报及成本分析报表。

1.3 具体功能以双方确认的《需求确认书》为准，《需求确认书》签署后甲方提出的需求变更另行计费。

1.4 乙方负责软件安装部署、基础数据（物料、配方、工艺路线、设备、人员）导入模板的提供及导入指导，甲方负责按模板整理并提供基础数据。

1.5 乙方为甲方关键用户、车间班组长及质量管理人员提供集中培训，培训时间共计五天，培训地点在甲方工厂。

## 第二条 合同价款
2.1 本合同总价为人民币捌拾万元整（¥800,000），明细如下：

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 精制云MES标准版软件许可 | 永久许可，五个车间，40个并发用户 | 420,000 |
| 2 | 定制开发 | 批次追溯、设备对接、HACCP记录、报表 | 310,000 |
| 3 | 实施服务 | 部署、配置、基础数据导入、培训 | 70,000 |
| | 合计 | | 800,000 |

2.2 上述价格不含服务器、网络、电子秤等硬件，相关硬件由甲方自行采购。上述价格为含税价，乙方开具增值税专用发票；许可部分与服务部分分别开具发票。甲方增加并发用户或车间的，按乙方届时的报价另行签订补充协议。

## 第三条 付款方式
3.1 合同签订后五个工作日内，甲方向乙方支付合同总价的50%，即¥400,000，作为预付款。乙方收到预付款后启动项目。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的50%，即¥400,000。甲方未在上述期限内付款的，乙方有权暂停提供维护服务及远程支持，直至甲方付清全部款项。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方有权暂停实施工作直至甲方付清款项。

## 第四条 实施与上线
4.1 乙方计划在收到预付款后一百二十日内完成定制开发及部署，并安排系统上线。

4.2 如因乙方原因导致上线延迟，乙方应积极采取补救措施，尽快完成上线工作。

4.3 如因甲方未及时提供场地、硬件、基础数据或需求变更导致延期，实施期限相应顺延。

4.4 甲方应指定一名项目负责人，负责协调车间、质量、仓储等部门配合实施，并在乙方提出需求后三个工作日内作出书面确认。

4.5 甲方应按乙方提供的配置清单准备服务器、网络及工位终端，并保证电子秤、金属探测仪等设备具备数据接口。

## 第五条 验收
5.1 系统上线运行之日即视为甲方验收合格。

5.2 甲方在上线后对系统功能提出的问题，乙方在维护期内予以处理，但不影响验收结论及付款。上线前，乙方将组织一次系统演示，演示内容由乙方确定，演示结果仅作为双方沟通之用。

## 第六条 免费维护
6.1 乙方自系统上线之日起提供六个月免费维护服务，包括缺陷修复及远程技术支持。免费维护期内的现场服务，乙方按实际发生的差旅费用向甲方收取，每次现场服务前由双方确认费用预算。

6.2 故障响应：一级故障（系统无法使用）乙方在8小时内响应，二级故障在2个工作日内响应，其他问题在5个工作日内答复。

6.3 乙方将尽力在合理时间内解决故障，但不对故障处理时间作出承诺，亦不因响应或处理超时承担任何扣款、赔偿或违约金。

## 第七条 维护期满后的服务
7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议。

7.2 年度维护费按乙方当年公布的服务价格标准执行。

7.3 年度维护服务内容包括缺陷修复、版本升级、远程技术支持及每年两次的现场巡检；新增功能开发、设备更换后的重新对接不属于维护服务范围，另行报价。

7.4 甲方未签订年度维护协议的，乙方不再提供升级及技术支持，因此造成的系统问题由甲方自行承担。

## 第八条 知识产权
8.1 精制云MES软件及其全部组成部分的知识产权归乙方所有。

8.2 乙方为甲方定制开发的追溯模块、设备对接程序、HACCP记录模块、报表及相关源代码、文档的知识产权均归乙方所有，甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或提供给他人使用。

## 第九条 数据安全
9.1 甲方在系统中产生的生产、质量、批次追溯及人员数据归甲方所有，乙方仅在提供本合同服务所必需的范围内使用。

9.2 乙方远程维护须经甲方同意，并使用甲方分配的账号；乙方应采取合理的安全措施，防止甲方数据泄露、篡改或丢失。

9.3 因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方，协助恢复数据，并承担相应的赔偿责任。

## 第十条 保密
双方对在合作过程中获知的对方技术信息、经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后三年内。

## 第十一条 分包与合作
乙方有权根据项目需要，将部分定制开发、设备对接及现场实施工作交由乙方的合作伙伴完成，无需另行征得甲方同意，但乙方应将合作伙伴名称告知甲方。

## 第十二条 责任限制
12.1 任何一方违反本合同的，应承担相应的违约责任。违约方应在收到守约方书面通知后及时采取措施纠正违约行为，防止损失扩大。

12.2 乙方在本合同项下的累计赔偿责任总额，以本合同总价的20%为限。

12.3 在任何情况下，乙方均不对甲方的间接损失、利润损失、停产损失或数据恢复费用承担责任。因第三方原因、甲方操作不当或硬件故障导致的损失，乙方亦不承担责任。

## 第十三条 合同解除
任何一方严重违反本合同，经另一方书面催告后三十日内仍未纠正的，另一方有权解除本合同。

## 第十四条 争议解决
因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 其他
15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同范本条款由乙方提供，双方确认已充分阅读并理解全部条款。

15.3 本合同附件包括《需求确认书》《实施计划》《培训计划》，附件与本合同具有同等法律效力。

**甲方（盖章）：** 草原红牛肉食品有限公司　　授权代表：__________

**乙方（盖章）：** 精制云软件技术有限公司　　授权代表：__________
"""

# ---------------------------------------------------------------------------------------------------------------
# e01 Kazakhstan vendor, WMS perpetual licences + services -> .pdf ; only finding: Kazakhstan law (CR-GOVERNING-LAW)
# ---------------------------------------------------------------------------------------------------------------
H406E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. STX-CN-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Steppe Logix LLP, a limited liability partnership registered in the Republic of Kazakhstan, with its office at 77 Dostyk Avenue, Almaty, Kazakhstan (the "Licensor"); and
P:(2) Tianshan Hengtong Logistics Co., Ltd., a company incorporated in the People's Republic of China, with its office at 18 Kashi East Road, Urumqi, Xinjiang (the "Customer").
P:Recitals. (A) The Licensor develops and licenses the LogixWare warehouse management system. (B) The Customer operates three bonded and general warehouses in Urumqi and Khorgos and wishes to replace its existing paper-based and spreadsheet processes. (C) The Customer has asked that all prices be stated and paid in Chinese Yuan (CNY), and the Licensor has agreed. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the LogixWare WMS server, named user and RF mobile licences listed in Article 3, in object code, with its documentation and all updates provided under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, scripts and configurations that the Licensor develops specifically for the Customer under this Agreement, including their source code.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 6.4 that the Acceptance Criteria are met.
P:1.4 "Customer Data" means all data entered into or generated by the Licensed Software in the Customer's operations, including inventory, customs declaration, consignee and employee data.
H:Article 2 Scope
P:2.1 The Licensor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Licensed Software at its warehouses in the People's Republic of China for its own business and that of its affiliates.
P:2.2 The Licensor shall install the Licensed Software on servers supplied by the Customer at its Urumqi data room, configure it for the three warehouses, build the interfaces to the Customer's ERP system and to the customs bonded-warehouse platform, migrate opening stock balances, and train the Customer's staff.
P:2.3 The Licensor shall deliver the services with its own employees in Almaty and on site in Urumqi and Khorgos. The Customer shall provide site access, workspace and timely decisions.
P:2.4 Within 15 days after signature the Licensor shall submit a project plan with milestones, named team members, a data migration plan and a test plan outline. The Licensor's project manager shall speak Chinese or be supported by an interpreter at the Licensor's cost, and shall report progress to the Customer every week in writing.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,016,000 (the "Contract Price"), fixed and inclusive of all taxes, travel and expenses, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:LogixWare WMS server licence, perpetual|1|360,000|360,000
TB:Named user licences, perpetual|60|4,800|288,000
TB:RF mobile device licences, perpetual|40|2,100|84,000
TB:Licence subtotal|||732,000
TB:Implementation, interfaces and data migration|fixed||248,000
TB:Training (administrators and warehouse users)|fixed||36,000
TB:Contract Price|||1,016,000
P:3.2 No other amount is payable for the scope described in Article 2.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 203,200) within 20 days after signature, against the Licensor's invoice and an advance-payment bank guarantee of the same amount.
P:4.2 The Customer shall pay 35% of the Contract Price (CNY 355,600) after delivery of the licence keys and completion of installation at the Urumqi data room, confirmed by an Installation Certificate. The Installation Certificate records delivery only and is not acceptance.
P:4.3 The Customer shall pay the remaining 45% of the Contract Price (CNY 457,200) within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the Licensor's account stated in its invoice.
H:Article 5 Timetable and Delay
P:5.1 The Licensor shall complete installation within 45 days and be ready for acceptance testing within 120 days after signature.
P:5.2 If the Licensor is late in reaching readiness for acceptance testing for reasons within its control, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Delay damages do not release the Licensor from its obligation to complete the work.
H:Article 6 Acceptance
P:6.1 Acceptance testing shall be carried out at the Customer's warehouses according to a test plan agreed within 30 days after signature.
P:6.2 The Acceptance Criteria are: (a) every function in the agreed specification is demonstrated; (b) a full stock count reconciles with the migrated opening balances for all three warehouses without unexplained differences; (c) ERP and customs platform interfaces exchange receipts, shipments and declarations without error for ten consecutive working days; (d) RF transactions complete in under two seconds with 40 devices in use; and (e) the documentation and source code of the Custom Deliverables are handed over.
P:6.3 Followed by a live run of 30 days in which no Severity 1 incident occurs.
P:6.4 When the Acceptance Criteria are met, the Customer shall sign the Final Acceptance certificate within ten working days. Installation, go-live or use of the Licensed Software in production, or any payment, does not constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 The Licensor warrants that the Licensed Software and the Custom Deliverables will perform in accordance with the specification for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Licensor shall correct defects, provide updates and provide support free of charge.
P:7.2 The Licensor shall respond to incidents as follows: Severity 1 (a warehouse cannot receive or ship goods) within 1 hour, with a workaround within 6 hours; Severity 2 (a function is impaired) within 3 business hours; Severity 3 within 2 business days.
P:7.3 For each full hour by which the Licensor exceeds a Severity 1 response or workaround time, it shall pay the Customer CNY 1,000, deductible from any amount due.
P:7.4 After the Warranty Period the Customer may order annual support at 13% of the licence subtotal, that is CNY 95,160 per support year, fixed for the first three support years. Support is ordered each year by purchase order and does not renew automatically.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Licensor may use it only to perform this Agreement and shall not copy, retain or disclose it for any other purpose.
P:8.2 The Licensed Software is hosted on the Customer's premises. Remote access by the Licensor requires the Customer's prior approval for each session, through the Customer's VPN with multi-factor authentication, and is logged. Customer Data shall not be transferred outside the People's Republic of China.
P:8.3 The Licensor shall comply with the PRC Data Security Law and Personal Information Protection Law as they apply to its work, shall notify the Customer within 12 hours of any security incident affecting Customer Data, and shall be liable for all losses caused by an incident attributable to it.
H:Article 9 Intellectual Property
P:9.1 The Licensor retains all rights in the Licensed Software.
P:9.2 All rights in the Custom Deliverables vest in the Customer on creation. The Customer may use, modify and license them freely, including through third parties.
P:9.3 The Licensor shall indemnify the Customer against third-party claims that the Licensed Software or Custom Deliverables infringe any intellectual property right.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement, and not disclose it without prior written consent. This obligation survives termination for three years.
H:Article 11 Liability
P:The Licensor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement claims or breach of Article 8.
H:Article 12 Subcontracting
P:The Licensor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Licensor commits a material breach and does not remedy it within 20 days after notice, or if the delay damages under Article 5.2 reach their maximum.
P:13.2 On termination for the Licensor's breach, the Licensor shall refund the amounts paid for work not accepted, and the licences already paid remain in force.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Kazakhstan.
P:14.2 Any dispute that the parties cannot settle within 30 days shall be finally resolved by arbitration in Almaty, Kazakhstan, in English, by three arbitrators under the rules in force at the time of the request.
H:Article 15 General
P:15.1 This Agreement is made in English and Chinese; both versions are equally authentic. Amendments must be in writing and signed by both parties.
P:15.2 Notices shall be sent to the addresses stated above, by courier or email with confirmation of receipt.
P:For the Licensor: Steppe Logix LLP, name, title, signature, date ____________________
P:For the Customer: Tianshan Hengtong Logistics Co., Ltd., name, title, signature, date ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# e02 Georgian vendor, restaurant ordering / loyalty SaaS: Order Form + General Terms -> .md ;
# no data-security duties, liability cap 12 months of fees on a 24-month term, Georgian law
# ---------------------------------------------------------------------------------------------------------------
H406E02 = """# ORDER FORM No. TBQ-2025-0088

**Provider:** Tablequest LLC, 14 Rustaveli Avenue, Tbilisi 0108, Georgia ("Provider")

**Customer:** Xi'an Qinwei Catering Management Co., Ltd., 66 Yanta Road, Xi'an, Shaanxi, People's Republic of China ("Customer")

This Order Form is entered into under, and incorporates, the Tablequest General Terms set out below (the "General Terms"). Together they form the "Agreement". If the Order Form and the General Terms conflict, the Order Form prevails.

## Part A - Order Details

**A.1 Services.** Tablequest online ordering, table QR ordering, membership and loyalty, and kitchen display modules for the Customer's 58 restaurants (brands "Qinwei Noodle House" and "Old Xi'an Dumplings"), plus onboarding services described in A.4.

**A.2 Subscription Term.** Two Subscription Years starting on the Go-Live Date (the date on which Go-Live Acceptance under A.5 is signed). Each Subscription Year runs from the Go-Live Date or its anniversary.

**A.3 Fees.** At the Customer's request all fees are stated and paid in CNY.

| Item | Basis | Fee (CNY) |
|---|---|---|
| Subscription, 58 restaurants, all modules | per Subscription Year | 264,000 |
| Subscription, two Subscription Years | 2 x 264,000 | 528,000 |
| Onboarding (menu set-up, POS and payment integration, training) | one-time | 36,000 |
| **Total Contract Value** | | **564,000** |

SMS messages above 200,000 per Subscription Year are charged at CNY 0.04 per message, monthly in arrears; they are not included in the Total Contract Value.

**A.4 Onboarding.** Provider shall configure menus, prices and store hierarchies for all 58 restaurants, integrate the Services with the Customer's POS system and with WeChat Pay and Alipay merchant accounts, migrate the existing membership list (about 410,000 members with points balances), and train store managers.

**A.5 Go-Live Acceptance.** Provider shall notify readiness within 60 days after signature. The Customer shall test within ten business days, and sign Go-Live Acceptance when: (a) every restaurant can take QR and online orders end to end, including payment and kitchen display; (b) migrated member points balances reconcile with the Customer's export without difference; (c) orders, refunds and settlements reconcile with the POS system for five consecutive business days; and (d) the ordering page opens in under two seconds with 3,000 concurrent users in a load test. Switching on the Services in a restaurant, or use in live trading, is not Go-Live Acceptance.

**A.6 Late Go-Live.** If Provider is not ready for Go-Live Acceptance within 60 days after signature for reasons within its control, Provider shall pay the Customer CNY 600 for each day of delay, up to CNY 36,000.

**A.7 Invoicing and Payment.** Subscription fees are invoiced quarterly in arrears (CNY 66,000 per quarter) and payable within 30 days after invoice. The onboarding fee is invoiced on Go-Live Acceptance. Nothing is payable before the Go-Live Date.

**A.8 Renewal.** The Agreement does not renew automatically. Any renewal requires a new Order Form signed by both parties.

**A.9 Contacts.** Provider's account manager for the Customer is its China partner manager, who speaks Chinese and is reachable by telephone and WeChat during business hours in Beijing time. The Customer's contact is its head of digital operations in Xi'an.

**A.10 Additional Restaurants.** The Customer may add restaurants during the Subscription Term at CNY 380 per restaurant per month, invoiced quarterly in arrears together with the subscription fees. Restaurants closed by the Customer are removed from the following quarter without charge.

Signed for Provider: ____________________ Signed for Customer: ____________________

# GENERAL TERMS

## Section 1 The Services

1.1 Provider shall make the Services available to the Customer and its authorised users during the Subscription Term in accordance with the documentation and this Agreement.

1.2 Provider shall host the Services on a cloud platform located in mainland China and operated by a licensed Chinese cloud provider, which Provider names in the documentation.

1.3 Provider may improve the Services from time to time, provided that it does not materially reduce their functionality during the Subscription Term.

1.4 The Customer is responsible for its authorised users, for the accuracy of the menus and prices it enters, and for keeping its passwords secret. The Customer shall not use the Services to send unsolicited marketing messages contrary to Chinese law.

1.5 Provider shall provide online training material in Chinese and shall answer questions from store managers through the support portal at no extra charge during the Subscription Term.

## Section 2 Service Levels

2.1 Provider shall ensure that the ordering and payment functions of the Services are available at least 99.95% of each calendar month, excluding maintenance announced at least 48 hours in advance and carried out between 02:00 and 06:00 Beijing time.

2.2 Provider shall respond to Priority 1 incidents (ordering or payment unavailable in three or more restaurants) within 30 minutes and restore service within 3 hours, on a 24 x 7 basis; Priority 2 incidents within 2 hours; other requests within one business day.

2.3 If monthly availability falls below the level in Section 2.1, the Customer receives a service credit of 5% of that month's subscription fee for each started 0.1 percentage point of shortfall, up to 50% of that month's fee. Each Priority 1 incident not restored within 3 hours gives a further credit of CNY 1,000. Credits are deducted from the next invoice.

## Section 3 Customer Data

3.1 All data that the Customer or its guests submit to the Services, including orders, menus, member profiles and points, ("Customer Data") belongs to the Customer.

3.2 Provider shall use Customer Data only to provide the Services to the Customer under this Agreement and shall not sell it, use it for advertising or make it available to other customers.

3.3 On expiry or termination, Provider shall make Customer Data available for export in CSV format for 30 days.

## Section 4 Customer Configurations

All menus, templates, promotion rules, reports and integration scripts created for the Customer ("Customer Configurations") belong to the Customer, which may use, copy, modify and hand them to any other supplier without restriction. Provider keeps all rights in the Services themselves.

## Section 5 Confidentiality

Each party shall keep confidential the other party's non-public business, technical and financial information, use it only for this Agreement and not disclose it to third parties without written consent, except to advisers bound by confidentiality or as required by law. This Section survives for three years after the Agreement ends.

## Section 6 Subcontracting

Provider shall not subcontract its obligations, other than hosting by the cloud provider named under Section 1.2, without the Customer's prior written consent, and remains responsible for the acts of any subcontractor.

## Section 7 Fees and Taxes

7.1 Fees are exclusive of value-added tax, which Provider shall invoice in accordance with Chinese tax rules through its appointed agent.

7.2 Fees are fixed for the Subscription Term.

## Section 8 Warranties

8.1 Provider warrants that the Services will perform materially in accordance with the documentation and that the onboarding services will be performed with reasonable skill and care.

8.2 Provider warrants that it has the rights needed to provide the Services and shall defend the Customer against any third-party claim that the Services infringe intellectual property rights.

## Section 9 Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, or for loss of profit or goodwill.

9.2 Provider's total aggregate liability arising out of or in connection with this Agreement is limited to the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim.

9.3 Section 9.2 does not limit liability for death or personal injury, fraud or wilful misconduct.

## Section 10 Term and Termination

10.1 The Agreement starts on signature and ends at the end of the Subscription Term.

10.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice.

10.3 The Customer may also terminate if availability falls below 99.5% in any two months of a Subscription Year. On termination by the Customer under this Section, Provider shall refund any prepaid fees for the period after termination.

## Section 11 Governing Law and Disputes

11.1 The Agreement is governed by the laws of Georgia.

11.2 Any dispute that the parties cannot resolve through negotiation within 30 days shall be referred to arbitration in Tbilisi, Georgia, conducted in English by a sole arbitrator.

## Section 12 General

12.1 Notices must be in writing and sent to the addresses in the Order Form, with a copy by email.

12.2 Neither party may assign the Agreement without the other party's written consent.

12.3 This Agreement is the entire agreement between the parties about its subject matter and replaces any earlier proposals or correspondence.
"""

# ---------------------------------------------------------------------------------------------------------------
# e03 Uzbek vendor, grain-silo temperature / gas sensors for a site, buyer's paper -> .docx with a Word price table ;
# compliant
# ---------------------------------------------------------------------------------------------------------------
H406E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR GRAIN STORAGE MONITORING SENSORS
P:Contract No. ZYGC-2025-SB-019
P:Buyer: Henan Zhongyuan Grain Reserve Co., Ltd., 9 Nongye Road, Zhengzhou, Henan, People's Republic of China (the "Buyer").
P:Supplier: Samarqand Agrosense LLC, 31 Amir Temur Street, Tashkent, Republic of Uzbekistan (the "Supplier").
P:Background: The Buyer operates the Xinzheng grain depot with 24 flat warehouses and has run a procurement to equip them with digital grain-temperature cables, gas sensors and a monitoring system. The Supplier's offer was selected. This Contract is on the Buyer's standard terms; prices are in CNY.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 3.
P:1.2 "Software" means the GrainView monitoring software licensed under clause 3, including its updates.
P:1.3 "Site" means the Xinzheng grain depot, Xinzheng, Henan.
P:1.4 "Final Acceptance" means acceptance under clause 6.3.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install, configure and commission the Equipment and Software at the Site, connect the gateways to the Buyer's depot network, integrate the Software with the Buyer's provincial grain-storage supervision platform through its published interface, and train the Buyer's storekeepers.
P:2.2 The Supplier shall carry out the installation in empty warehouses or in full warehouses without turning the grain, following the Buyer's safety rules for fumigation, dust and working at height.
H:3. Contract Price
P:3.1 The Contract Price is CNY 730,000, fixed, including delivery to Site (DAP Xinzheng), customs duties, import VAT, installation, training and all other costs. Details:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital grain-temperature cable, 8 points each|480|620|297,600
TB:2|Phosphine / CO2 / O2 gas sensor|24|5,400|129,600
TB:3|Warehouse gateway with LoRa and 4G backup|24|3,800|91,200
TB:4|GrainView monitoring software, perpetual site licence|1|118,000|118,000
TB:|Hardware and Software Subtotal|||636,400
TB:5|Installation, commissioning and platform integration|lot||84,600
TB:6|Training|lot||9,000
TB:|Contract Price|||730,000
P:3.2 The Contract Price is not subject to any adjustment for exchange rates, freight costs or any other reason.
H:4. Payment
P:4.1 No advance payment is made.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 401,500) within 30 days after the Installation Certificate is signed for all 24 warehouses. The Installation Certificate confirms delivery and installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 45% of the Contract Price (CNY 328,500) within 30 days after Final Acceptance and receipt of a correct invoice.
P:4.4 The Supplier shall provide a performance bond of 10% of the Contract Price, valid until Final Acceptance.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to Site within 75 days after signature and complete installation within 45 days after delivery.
P:5.2 If the Supplier is late in delivery or in completing installation, it shall pay the Buyer delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 60 days, the Buyer may terminate the Contract under clause 14.
P:5.3 Every shipment shall carry a packing list, certificate of origin, certificates of conformity and the Chinese metrology certificate required for temperature sensors.
P:5.4 Within 20 days after signature the Supplier shall submit an installation plan for each warehouse, showing the position of every temperature cable, gas sensor and gateway, the cable routes, the power supply and the order of work. Installation may start only after the Buyer's depot manager has approved the plan in writing.
P:5.5 The Supplier's installation team shall include at least one engineer who speaks Chinese. The Supplier shall register its personnel with the depot's security office, follow the depot's access and fire rules, and keep the warehouses clean of packaging and waste at the end of each working day.
H:6. Testing and Acceptance
P:6.1 After installation the Supplier shall run a 30-day trial operation.
P:6.2 Acceptance criteria: (a) every temperature point and gas sensor reports to the Software at least every 10 minutes, with data loss below 0.5% over the trial; (b) a calibration check of 100 randomly chosen temperature points against a reference thermometer shows a deviation within plus or minus 0.5 degrees Celsius; (c) gas readings are verified against a portable calibrated detector in six warehouses; (d) alarms for temperature rise, high phosphine concentration and low oxygen are tested and reach the Buyer's duty phone within one minute; (e) data are received by the provincial supervision platform; and (f) manuals and configuration records are handed over.
P:6.3 When the criteria are met the parties sign the Final Acceptance Certificate. Installation, trial operation, use of the system or payment does not constitute acceptance.
H:7. Warranty
P:7.1 The warranty period is 24 months after Final Acceptance. During it, the Supplier shall repair or replace defective Equipment free of charge, including transport, duties and labour, and provide Software updates and remote support.
P:7.2 The Supplier shall keep a stock of spare temperature cables, sensors and gateways equal to at least 3% of the installed quantity at the Site during the warranty period.
P:7.3 The Supplier warrants that the Equipment is new, unused and of the models stated in its offer, that it is suitable for use in grain warehouses with dust and fumigation gases, and that spare parts will remain available for at least eight years after Final Acceptance.
H:8. Service Levels
P:8.1 Critical faults (a whole warehouse or the Software stops reporting, or a gas alarm does not work) shall be answered within 2 hours and fixed on Site within 24 hours. Major faults (a single cable or sensor fails) shall be answered within 8 hours and fixed within 5 days.
P:8.2 For each hour by which a response or fix time for a critical fault is exceeded, the Supplier shall pay CNY 500, and for each day by which a major fault fix is late, CNY 200. The Buyer may deduct these amounts from any payment due to the Supplier.
H:9. Post-Warranty Support
P:9.1 After the warranty period the Buyer may order annual support at 9% of the Hardware and Software Subtotal, that is CNY 57,276 per year, covering spare parts, repairs, Software updates and the service levels of clause 8. This price is fixed for three years after the warranty period.
P:9.2 Support is ordered by a separate purchase order for each year and does not renew automatically.
H:10. Data
P:10.1 All grain condition data, alarm records and depot information collected by the system belong to the Buyer. The Supplier may use them only to perform this Contract and shall not copy, keep or disclose them.
P:10.2 The Software runs on the Buyer's server in its depot network. Remote access by the Supplier is allowed only with the Buyer's approval for each session, through the Buyer's VPN, and is logged. Gateways shall not send data to any server other than the Buyer's.
P:10.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the system or the data, take remedial action, and be liable for losses caused by an incident attributable to it.
H:11. Confidentiality
P:Each party shall keep confidential the non-public information of the other party received under this Contract, in particular grain reserve quantities and depot layouts, and shall not disclose it to any third party without prior written consent. This obligation continues after the Contract ends.
H:12. Intellectual Property
P:12.1 The Supplier retains the rights in the Software and grants the Buyer a perpetual licence for the Site.
P:12.2 The interface to the provincial platform, configuration files and reports made for the Buyer belong to the Buyer, which may modify and use them freely and give them to other contractors.
H:13. Subcontracting and Liability
P:13.1 The Supplier shall not subcontract any part of the installation or support without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
P:13.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clause 10, which are not limited.
H:14. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or in the case described in clause 5.2. The Supplier shall then refund all amounts paid for Equipment not accepted and remove it at its own cost.
H:15. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou in accordance with its rules.
H:16. Miscellaneous
P:This Contract is made in Chinese and English in four originals; both languages have equal effect. It takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# e04 Armenian vendor, managed IT service desk and endpoint service for a furniture retail chain -> .md with schedules
# as tables ; no confidentiality clause, no termination for breach
# ---------------------------------------------------------------------------------------------------------------
H406E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.:** AM-HZ-2025-07

**Between:** Ararat Managed IT CJSC, 12 Northern Avenue, Yerevan 0001, Republic of Armenia (the "Provider"), and Hangzhou Muyun Home Furnishing Co., Ltd., 300 Jiangnan Avenue, Binjiang District, Hangzhou, Zhejiang, People's Republic of China (the "Customer").

**Background.** The Customer operates 40 furniture showrooms in Zhejiang and Jiangsu, a head office in Hangzhou and two warehouses. Its small internal IT team can no longer support the stores' point-of-sale terminals, laptops, tablets and store networks. The Provider runs a Chinese-speaking remote service desk and a field-service partner network in eastern China under its own management. The parties agree as follows. At the Customer's request, all charges are in CNY.

## 1. DEFINITIONS

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance Certificate under clause 4.

1.3 "Service Year" means the period from the Service Commencement Date to the day before its first anniversary, and each following period between two anniversaries.

1.4 "Customer Data" means all data of the Customer, its staff and its end customers that the Provider can access in providing the Services, including sales records, delivery addresses and telephone numbers held on the Customer's systems.

1.5 "Supported Devices" means the devices listed in Schedule 1, as updated by agreed change requests.

## 2. SERVICES

2.1 From the Service Commencement Date the Provider shall provide the Services to the service levels in Schedule 2.

2.2 The Provider shall assign a named service manager who speaks Chinese and attends a monthly service review with the Customer in Hangzhou or by video conference.

2.3 The Provider shall keep the configuration database of Supported Devices complete and up to date and make it available to the Customer at any time.

## 3. TERM

3.1 This Agreement starts on signature and continues for three Service Years from the Service Commencement Date (the "Term").

3.2 The Agreement ends at the end of the Term. It does not renew automatically; any extension must be agreed in writing, and charges for an extension are subject to agreement.

## 4. TRANSITION AND ACCEPTANCE

4.1 Within 45 days after signature the Provider shall complete transition: take over the device inventory, install its monitoring agent on all Supported Devices, set up the service desk telephone line and portal, and document the store network of every showroom.

4.2 The Customer shall sign the Transition Acceptance Certificate when: (a) at least 98% of Supported Devices report to the monitoring system; (b) a test ticket raised from each showroom is logged, answered and closed through the portal; (c) the device inventory reconciles with the Customer's asset register; and (d) the run-books for store opening, POS failure and network failure are approved by the Customer. Starting to take calls before these criteria are met does not mean acceptance.

4.3 If transition is not accepted within 45 days after signature for reasons within the Provider's control, the Provider shall pay the Customer CNY 1,200 for each day of delay, up to CNY 64,000.

## 5. CHARGES AND PAYMENT

5.1 The charges are set out in Schedule 3. The total charges for the Term are CNY 1,720,000.

5.2 The Provider shall invoice the transition charge after the Transition Acceptance Certificate is signed, and the monthly service charge monthly in arrears. The Customer shall pay each correct invoice within 30 days. No charge is payable in advance.

5.3 The monthly service charge is fixed for the Term. Additional devices above the quantities in Schedule 1 are charged at the unit rates in Schedule 3 from the month they are added.

## 6. SERVICE CREDITS

6.1 If the Provider fails to meet a service level in Schedule 2 in any month, the Customer is entitled to the service credits stated there, deducted from the next invoice.

6.2 Service credits in any month are limited to 20% of the monthly service charge for that month. Service credits do not exclude the Customer's claim for damages for losses that exceed them.

## 7. DATA PROTECTION AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only on the Customer's documented instructions and only to provide the Services, and shall not use it for any other purpose.

7.2 The Provider shall access the Customer's systems only through the Customer's jump server with multi-factor authentication, with every session logged. Customer Data shall not be stored or copied outside the Customer's systems and shall not leave mainland China. Provider staff in Yerevan shall see only ticket information and device telemetry, without access to sales or customer records.

7.3 The Provider shall comply with the PRC Personal Information Protection Law and Data Security Law as they apply to the Services and keep ISO 27001 certification for its service desk throughout the Term.

7.4 The Provider shall notify the Customer within 12 hours after becoming aware of any security incident affecting Customer Data or the Customer's systems, cooperate in the investigation, and bear the costs and losses resulting from an incident caused by the Provider or its personnel.

## 8. INTELLECTUAL PROPERTY

Run-books, scripts, configuration standards and reports created for the Customer under this Agreement belong to the Customer, which may use, modify and give them to any future supplier. The Provider keeps its own tools and monitoring software, which are used under its licence during the Term.

## 9. PERSONNEL AND SUBCONTRACTING

9.1 The Provider shall use only trained personnel and shall replace any person that the Customer reasonably objects to.

9.2 The field-service partners listed in Schedule 1 are approved by signature of this Agreement. The Provider shall not appoint any other subcontractor without the Customer's prior written consent, and remains responsible for the acts of all subcontractors.

## 10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss.

10.2 The Provider's total liability under this Agreement is limited to 150% of the total charges for the Term. This limit does not apply to personal injury, wilful misconduct or breach of clause 7.

## 11. TERM AND EARLY TERMINATION

11.1 Neither party may terminate this Agreement before the end of the Term, except that either party may terminate it by written notice if the other party becomes insolvent, enters liquidation or ceases to carry on business.

11.2 If the Provider fails to perform the Services or breaches this Agreement, the Customer's remedies are the service credits under clause 6 and damages under clause 10; such failure or breach does not entitle the Customer to terminate this Agreement.

11.3 On expiry, the Provider shall hand over the configuration database, run-books, passwords and open tickets to the Customer or its new supplier within 15 days and provide up to 20 days of reasonable exit assistance at no extra charge.

## 12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time.

## 13. GENERAL

13.1 Changes to this Agreement, including its Schedules, must be agreed in writing.

13.2 Neither party may assign this Agreement without the other party's written consent.

Signed for the Provider: ____________________ Signed for the Customer: ____________________

## SCHEDULE 1 - SERVICES AND SUPPORTED DEVICES

| Service element | Description | Quantity |
|---|---|---|
| Service desk | Chinese-language telephone, portal and WeChat support, 08:00-22:00 daily, 365 days | 1 |
| POS terminals | monitoring, patching, remote repair, on-site swap | 96 |
| Laptops and desktops | monitoring, patching, antivirus, remote support | 310 |
| Store tablets | mobile device management, app deployment | 160 |
| Store networks | router, switch and Wi-Fi monitoring and repair | 40 showrooms |
| Field service | on-site visits by partner engineers (Hangzhou Jieyun Technology Co., Ltd., Suzhou Kuaixiu IT Services Co., Ltd.) | as needed |

## SCHEDULE 2 - SERVICE LEVELS AND CREDITS

| Priority | Definition | Response | Restore | Credit per incident missed |
|---|---|---|---|---|
| P1 | showroom cannot sell (POS or network down) | 15 minutes | 3 hours (on site if needed) | CNY 1,000 |
| P2 | several users or one key device impaired | 1 hour | 8 business hours | CNY 300 |
| P3 | single user issue, request | next business day | 3 business days | none |

Monthly reporting: the Provider reports ticket volumes, response and restore times and credits by the 5th of each month.

## SCHEDULE 3 - CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition (one-time) | fixed | 64,000 |
| Monthly service charge | per month, 36 months | 46,000 |
| Monthly service charges for the Term | 36 x 46,000 | 1,656,000 |
| **Total charges for the Term** | | **1,720,000** |
| Additional POS terminal or laptop | per device per month | 110 |
| Additional showroom network | per showroom per month | 650 |
"""

# ---------------------------------------------------------------------------------------------------------------
# e05 Kyrgyz vendor, freight / border-crossing data API subscription -> .txt ; no SLA, auto-renewal with increase
# ---------------------------------------------------------------------------------------------------------------
H406E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. ATF-API-2025-031

THIS AGREEMENT is made between:

ALA-TOO FREIGHT DATA LLC, a company registered in the Kyrgyz Republic, with its registered office at 101 Chui Avenue, Bishkek 720040, Kyrgyz Republic ("Provider"); and

KASHGAR SILKWAY TRADING CO., LTD., a company incorporated in the People's Republic of China, with its registered office at 25 Jiefang North Road, Kashgar, Xinjiang ("Customer").

RECITALS

A. Provider collects and publishes data on road freight between China and Central Asia, including truck positions reported by partner carriers, waiting times at the Irkeshtam and Torugart border crossings, freight rate indices and customs clearance notices.

B. Customer exports consumer goods and building materials by road to Kyrgyzstan, Uzbekistan and Kazakhstan and wishes to integrate this data into its own transport management system and customer portal.

C. At Customer's request, all fees under this Agreement are stated and paid in CNY.

The parties agree as follows.

CLAUSE 1 - DEFINITIONS

1.1 "API" means Provider's application programming interface described in the API documentation, version 3, together with its endpoints for shipment tracking, border waiting times, rate indices and notices.

1.2 "Activation Date" means the date on which Customer signs the Integration Acceptance Certificate under Clause 4.

1.3 "Subscription Year" means the period starting on the Activation Date or on an anniversary of it and ending on the day before the next anniversary.

1.4 "Customer Data" means the shipment references, consignee names, routes and any other data that Customer submits to the API, and the query logs relating to Customer.

1.5 "Provider Data" means the data that Provider makes available through the API.

CLAUSE 2 - SUBSCRIPTION

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive right to call the API and to use Provider Data in Customer's internal systems and in the portal that Customer offers to its own customers, up to 3,000,000 API calls per Subscription Year.

2.2 Customer shall not resell Provider Data as a separate data product.

2.3 Provider shall give Customer API keys for a test environment within 5 business days after signature and for the production environment on the Activation Date.

2.4 Customer may display Provider Data in its portal with the attribution "Data: Ala-Too Freight Data". Customer may keep Provider Data received during the Subscription Term in its own records for its internal business use after the Agreement ends, but may not use it to build a competing data service.

2.5 Provider may change the API, but shall give Customer at least 60 days' notice before removing an endpoint or field used by Customer and shall keep the previous version of the API running during that period.

CLAUSE 3 - SUBSCRIPTION TERM AND RENEWAL

3.1 The initial Subscription Term is two Subscription Years starting on the Activation Date.

3.2 At the end of the initial Subscription Term and of each renewal term, the Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

3.3 For each renewal term Provider may increase the Subscription Fee by up to 6% of the fee for the previous Subscription Year by giving Customer written notice at least 90 days before the renewal. If Customer does not give notice of non-renewal, the increased fee applies.

CLAUSE 4 - INTEGRATION SUPPORT AND ACCEPTANCE

4.1 Provider shall provide up to 20 person-days of integration support to help Customer connect the API to its transport management system and portal, including a mapping of Customer's route and consignee codes.

4.2 Customer shall sign the Integration Acceptance Certificate when the following criteria are met in the test environment: (a) tracking data for at least 50 sample shipments of Customer's carriers are returned with positions no older than 30 minutes; (b) border waiting times for Irkeshtam and Torugart are updated at least hourly for ten consecutive days; (c) rate indices and notices are returned in Chinese and Russian; and (d) the average API response time measured by Customer over ten days is below 800 milliseconds.

4.3 If Provider does not make the API ready for acceptance within 45 days after signature for reasons within its control, Provider shall pay Customer CNY 400 for each day of delay, up to CNY 18,000. Customer's use of the test environment does not mean acceptance.

CLAUSE 5 - FEES AND PAYMENT

5.1 The fees are:
  Subscription Fee: CNY 186,000 per Subscription Year;
  Subscription Fees for the initial Subscription Term: 2 x CNY 186,000 = CNY 372,000;
  Integration support (one-time): CNY 18,000;
  Total for the initial Subscription Term: CNY 390,000.

5.2 API calls above 3,000,000 in a Subscription Year are charged at CNY 0.06 per 1,000 calls, invoiced quarterly in arrears; they are not part of the totals in Clause 5.1.

5.3 Provider shall invoice the Subscription Fee quarterly in arrears, CNY 46,500 per quarter, and the integration support fee after the Integration Acceptance Certificate is signed. Customer shall pay within 30 days after receipt of a correct invoice. No fee is payable before the Activation Date.

CLAUSE 6 - SERVICE AND SUPPORT

6.1 Provider will use commercially reasonable efforts to keep the API available and to keep Provider Data accurate and up to date, but the API is provided on an "as available" basis and Provider does not commit to any specific level of availability, latency or data freshness after the Activation Date.

6.2 Provider will answer support requests sent by email or through its developer portal during its business hours in Bishkek, Monday to Friday, as soon as reasonably practicable.

6.3 Provider may carry out maintenance at any time and will try to announce planned maintenance on its developer portal in advance.

6.4 Provider will publish notices of border closures, holiday schedules and changes in clearance procedures that come to its attention, but does not guarantee that every such event is reported.

CLAUSE 7 - CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API to Customer and shall not combine it with data of other customers, disclose it to carriers or third parties, or use it for any other purpose, during or after the term.

7.2 Provider shall protect Customer Data with encryption in transit and at rest, access limited to named support staff, and security logging, shall keep Customer Data only for as long as needed to answer queries and for a maximum of 90 days, and shall delete it on termination.

7.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Data or to Customer's API keys, take all reasonable remedial measures, and compensate Customer for the losses caused by such an incident where it results from Provider's breach of this Clause 7.

CLAUSE 8 - INTELLECTUAL PROPERTY

8.1 Provider owns Provider Data and the API.

8.2 The route and code mappings, connectors and scripts that Provider prepares specifically for Customer under Clause 4 belong to Customer, which may use, modify and let its contractors use them without restriction.

CLAUSE 9 - CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's customer lists and shipment volumes and Provider's pricing, and shall not disclose it without the other party's written consent. This Clause survives for three years after the Agreement ends.

CLAUSE 10 - SUBCONTRACTING

Provider shall not subcontract the provision of the API or the integration support without Customer's prior written consent, except for the data centre operator named in the API documentation.

CLAUSE 11 - LIABILITY

11.1 Neither party is liable for indirect or consequential loss.

11.2 Provider's total liability under this Agreement is limited to 200% of the total fees for the initial Subscription Term, except for wilful misconduct and breach of Clause 7, which are not limited.

CLAUSE 12 - TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.

12.2 On termination by Customer under Clause 12.1, Provider shall refund any fees paid for the period after termination.

CLAUSE 13 - GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing in accordance with its rules in force at the time. The arbitration shall be conducted in English and Chinese.

CLAUSE 14 - GENERAL

14.1 Notices must be in writing and sent to the addresses above or to the email addresses named by each party.

14.2 This Agreement may be signed in counterparts and by electronic signature.

SIGNED for and on behalf of ALA-TOO FREIGHT DATA LLC: ____________________

SIGNED for and on behalf of KASHGAR SILKWAY TRADING CO., LTD.: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# files, labels, design
# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "h406z01": ("h406z01_agri_farmland_platform_licence.pdf", "zh", "pdf", H406Z01),
    "h406z02": ("h406z02_brewery_filling_line_control_retrofit.docx", "zh", "docx", H406Z02),
    "h406z03": ("h406z03_coding_school_scheduling_saas.txt", "zh", "txt", H406Z03),
    "h406z04": ("h406z04_social_security_card_system_om.txt", "zh", "txt", H406Z04),
    "h406z05": ("h406z05_beef_jerky_mes_supplier_template.md", "zh", "md", H406Z05),
    "h406e01": ("h406e01_kz_wms_perpetual_licence.pdf", "en", "pdf", H406E01),
    "h406e02": ("h406e02_ge_restaurant_ordering_saas_order_form.md", "en", "md", H406E02),
    "h406e03": ("h406e03_uz_grain_depot_sensors_supply.docx", "en", "docx", H406E03),
    "h406e04": ("h406e04_am_managed_it_service_desk.md", "en", "md", H406E04),
    "h406e05": ("h406e05_kg_freight_data_api_subscription.txt", "en", "txt", H406E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

BASE = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# key -> (category, terms overrides, extra overrides, TCO inputs (fee base) or None, forum outside mainland, design rules)
DESIGN = {
    "h406z01": ("software", dict(availability_pct=99.95, ld_rate_per_day_pct=0.1, prepayment_pct=20,
                                 final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=10,
                                 contract_kind="goods_or_licence"),
                dict(post_warranty_fee_capped=True, contract_value=1320000), 680000, False, []),
    "h406z02": ("hardware", dict(ld_rate_per_day_pct=0.08, prepayment_pct=20, final_payment_on_acceptance=True,
                                 warranty_months=18, post_warranty_fee_pct=28, subcontract_without_consent=True,
                                 contract_kind="goods_or_licence"),
                dict(post_warranty_fee_capped=True, contract_value=1510000), 1230000, False,
                ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "h406z03": ("cloud", dict(availability_pct=99.5, buyer_owns_data=False, ld_rate_per_day_pct=800 / 1008000 * 100,
                              liability_cap_pct=150, auto_renewal_price_increase=True),
                dict(contract_value=1008000), None, False,
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h406z04": ("services", dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=0.02,
                                 liability_cap_pct=50),
                dict(contract_value=552000), None, False, ["CR-LD-LOW", "CR-LIABILITY-CAP"]),
    "h406z05": ("software", dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", liability_cap_pct=20,
                                 prepayment_pct=50, acceptance_clause=False, final_payment_on_acceptance=False,
                                 warranty_months=6, post_warranty_fee_pct=None, subcontract_without_consent=True,
                                 governing_law=None, contract_kind="goods_or_licence"),
                dict(ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                     contract_value=800000), 420000, False,
                ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"]),
    "h406e01": ("software", dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
                                 final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=13,
                                 governing_law="Kazakhstan", contract_kind="goods_or_licence"),
                dict(post_warranty_fee_capped=True, contract_value=1016000), 732000, False, ["CR-GOVERNING-LAW"]),
    "h406e02": ("cloud", dict(availability_pct=99.95, data_security_clause=False,
                              ld_rate_per_day_pct=600 / 564000 * 100, liability_cap_pct=6 / 24 * 100,
                              governing_law="Georgia"),
                dict(contract_value=564000), None, False,
                ["CR-DATA-SECURITY", "CR-GOVERNING-LAW", "CR-LIABILITY-CAP"]),
    "h406e03": ("hardware", dict(p1_response_hours=2, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
                                 final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                                 contract_kind="goods_or_licence"),
                dict(post_warranty_fee_capped=True, contract_value=730000), 636400, False, []),
    "h406e04": ("services", dict(p1_response_hours=0.25, confidentiality=False, ld_rate_per_day_pct=1200 / 1720000 * 100,
                                 liability_cap_pct=150, termination_for_breach=False),
                dict(contract_value=1720000), None, False, ["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "h406e05": ("cloud", dict(p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=400 / 390000 * 100,
                              liability_cap_pct=200, auto_renewal_price_increase=True),
                dict(sla_clause=False, contract_value=390000), None, False,
                ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco_share(t, value, fee_base, horizon=5):
    """Policy section 4: purchase price + post-warranty fees for the years after the warranty (pro rata)."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, horizon - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * fee_base
    return fees / (value + fees) * 100


def derive_rules(t, x, fee_base, forum_outside):
    """My own reading of policy.md section 3 (not project code)."""
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
    if not x.get("sla_clause", True):
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x.get("sla_clause", True) and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x.get("ld_stated", True):
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(t, x["contract_value"], fee_base) if fee_base else None
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r), share


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label(key):
    name, lang, _, _ = FILES[key]
    cat, tover, xover, fee_base, forum, design = DESIGN[key]
    t = dict(BASE)
    t.update(tover)
    t = {k: t[k] for k in KEYS}
    x = {"sla_clause": True, "ld_stated": True}
    if t["contract_kind"] == "goods_or_licence":
        x["post_warranty_fee_capped"] = xover.get("post_warranty_fee_capped")
    x["acceptance_deemed_on_delivery"] = False
    x.update(xover)
    order = ["sla_clause", "ld_stated", "post_warranty_fee_capped", "acceptance_deemed_on_delivery", "contract_value"]
    x = {k: x[k] for k in order if k in x}
    rules, share = derive_rules(t, x, fee_base, forum)
    assert rules == sorted(design), (key, rules, design)
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}, share

# ---------------------------------------------------------------------------------------------------------------
# threshold scan
# ---------------------------------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|percent\b|per\s*cent\b)"
ZN = "一二三四五六七八九十百千零两"
THRESHOLD_RES = [re.compile(p, re.I) for p in [
    r"(?<![\d.])99\.9(?!\d)", r"百分之九十九点九(?![" + ZN + "])",
    r"(?<![\d.])4\s*(?:小时|个小时|h\b|hours?\b|-hours?\b)", r"(?<![" + ZN + "])四个?小时", r"\bfour[\s-]*hours?\b",
    r"(?<![\d.])240\s*(?:分钟|minutes?\b)",
    r"(?<![\d.])0\.05(?!\d)" + PCT, r"万分之五(?![" + ZN + "])", r"百分之零点零五(?![" + ZN + "])",
    r"(?<![\d.,])100" + PCT, r"百分之百", r"百分之一百(?![" + ZN + "])", r"\bone\s+hundred" + PCT,
    r"(?<![\d.])30" + PCT, r"百分之三十(?![" + ZN + "])", r"三成", r"\bthirty" + PCT,
    r"(?<![\d.])12\s*(?:个月|個月|months?\b|-months?\b)", r"(?<![" + ZN + "])十二个月", r"\btwelve[\s-]*months?\b",
    r"一年", r"壹年", r"\bone[\s-]*years?\b", r"(?<![\d.])1\s*(?:年|years?\b|-years?\b)",
    r"(?<![\d.])15" + PCT, r"百分之十五(?![" + ZN + "])", r"\bfifteen" + PCT,
    r"(?<![\d.])40" + PCT, r"百分之四十(?![" + ZN + "])", r"四成", r"\bforty" + PCT,
    r"(?<![\d.])5\s*(?:年|years?\b|-years?\b)", r"(?<![" + ZN + "])五年", r"\bfive[\s-]*years?\b",
    r"(?<![\d.])60\s*(?:个月|months?\b|-months?\b)", r"六十个月", r"\bsixty[\s-]*months?\b",
]]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "四小时", "4 hours", "four hours", "4-hour", "240分钟", "0.05%", "0.05 %",
            "万分之五", "100%", "百分之百", "30%", "30 per cent", "百分之三十", "三成", "12个月", "十二个月", "12 months",
            "twelve months", "一年", "one year", "15%", "15 percent", "40%", "四成", "5年", "五年", "five years",
            "60 months", "1 year"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "0.5%",
             "2025年", "万分之五十", "服务年度", "Subscription Year", "五个工作日", "45%", "130%", "1,000", "120 days",
             "2 x 264,000", "第十五条", "2026年6月30日"]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in THRESHOLD_RES:
            for m in rx.finditer(variant):
                out.append((rx.pattern, variant[max(0, m.start() - 15):m.end() + 15]))
    return out


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ---------------------------------------------------------------------------------------------------------------
# read back
# ---------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def measure(text, lang):
    if lang == "zh":
        return len(text), len(re.sub(r"\s+", "", text))
    return len(text.split()), None


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (name, lang, fmt, src) in FILES.items():
        if fmt in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, fmt)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    bad, covered, report = [], set(), []
    thresholds = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                  "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
    for key, (name, lang, fmt, src) in FILES.items():
        lab, share = label(key)
        for k, v in thresholds.items():
            assert lab["expected_terms"][k] != v, (key, k, v)
        if share is not None:
            assert abs(share - 40) > 2, (key, share)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        covered.update(lab["expected_rules"])
        text = read_back(OUT / name)
        n, n2 = measure(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        ok = lo <= n <= hi and (n2 is None or lo <= n2 <= hi)
        if not ok:
            bad.append((name, n, n2))
        for where, t in (("built", text), ("source", src)):
            for h in hits(t):
                bad.append((name, where, h))
        report.append((name, lang, n, n2, lab["expected_rules"], risk(lab["expected_rules"]),
                       None if share is None else round(share, 2)))
    for r in report:
        print(r)
    missing = set(ALL_RULES) - covered
    print("rules not covered:", sorted(missing))
    for b in bad:
        print("PROBLEM", b)
    assert not missing and not bad


if __name__ == "__main__":
    main()
