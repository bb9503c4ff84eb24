"""holdout344: writes the ten ordinary draft contracts (.txt/.md directly, .docx/.pdf through ../word_pdf.py) and
their .json labels, then reads every built file back and checks lengths, price sums, thresholds and rule coverage.
Run from this folder:  /work/main/.venv/bin/python -B make_files.py
"""
import sys; sys.dont_write_bytecode = True  # noqa: E702
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (.pdf, 第X条 + 1.1)
Z01 = r"""
T:滨江市城市生命线安全监测平台建设项目政府采购合同
P:合同编号：BJZJ-ZFCG-2025-0417
P:项目名称及编号：滨江市城市生命线安全监测平台建设项目（公开招标，招标编号BJCG-2025-GK-0193）
P:采购人（甲方）：滨江市住房和城乡建设局
P:供应商（乙方）：中测安联物联科技有限公司
P:甲乙双方根据《中华人民共和国政府采购法》《中华人民共和国民法典》以及本项目招标文件、乙方投标文件和中标通知书，就城市生命线安全监测平台的设备供货、安装、平台部署、接口开发及培训事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方书面确认的澄清材料均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方负责在本市主城区的燃气管网相邻地下空间、供水主干管网、排水管网及六座重点桥梁布设监测前端设备，建设城市生命线安全监测平台，实现燃气泄漏、管网漏损、内涝积水和桥梁结构异常的实时监测、分级报警与协同处置。
P:1.2 平台应与市城市运行管理服务平台、市燃气集团及市水务集团的生产调度系统对接，实现监测数据、报警事件和处置结果的双向流转。
P:1.3 设备型号、技术参数及布点位置以乙方投标文件和经甲方确认的深化设计方案为准。
P:1.4 建设工期为合同签订之日起150日，其中前端设备到货和安装应在100日内完成。
H:第二条 合同价款
P:2.1 本合同总价为人民币肆佰捌拾肆万元整（¥4,840,000），包括设备、软件、运输、保险、安装、调试、接口开发、培训、税费及质保期内服务等全部费用。分项价格如下：
P:（1）燃气相邻空间甲烷监测仪320台，单价4,800元，小计1,536,000元；
P:（2）供水管网漏损噪声记录仪260台，单价2,900元，小计754,000元；
P:（3）排水管网液位计140台，单价3,600元，小计504,000元；
P:（4）桥梁结构监测传感器组（应变、倾角、挠度）6套，单价118,000元，小计708,000元；
P:（5）城市生命线监测平台软件许可1套，660,000元；
P:上述（1）至（5）项软硬件小计4,162,000元；
P:（6）安装调试及平台部署386,000元；
P:（7）接口开发248,000元；
P:（8）培训44,000元。
P:2.2 合同总价为固定价格，履约期间不因原材料、人工或汇率变化而调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，计968,000元。
P:3.2 前端设备全部到货并安装完毕、平台完成部署，经甲方现场签收后，甲方支付合同总价的45%，计2,178,000元。签收仅确认设备数量、型号和外观，不构成验收。
P:3.3 项目通过本合同第五条约定的终验后，甲方支付合同总价的35%，计1,694,000元。
P:3.4 乙方应在每次付款前开具等额合法发票。本项目使用财政资金，付款按国库集中支付程序办理。
H:第四条 实施要求
P:4.1 乙方应按深化设计方案分片区组织实施。井下及有限空间作业须严格执行作业审批、通风检测和专人监护制度。
P:4.2 每台前端设备安装后应完成标定，并在平台建立设备档案，记录设备编号、坐标、安装照片、初始读数和标定证书。
H:第五条 验收
P:5.1 项目完工后进入试运行，试运行期为30日。试运行期间未发生一级故障，且同时满足下列条件的，乙方方可申请终验：（1）全部前端设备按设计点位安装并在平台上线，设备清单与档案逐一核对一致；（2）各类报警阈值经甲方确认，并经现场模拟测试，报警信息自触发起10秒内推送至平台及指定人员移动终端；（3）与市城市运行管理服务平台及燃气、水务企业系统的接口联调通过，数据连续10日无丢失、无错位；（4）平台通过具备资质的第三方机构开展的网络安全等级保护三级测评和软件安全测试；（5）竣工资料、操作手册、接口源代码及培训记录齐全。
P:5.2 甲方收到终验申请后15个工作日内组织专家验收，出具书面验收意见。设备安装完毕、平台上线试运行或甲方已使用平台，均不视为验收合格。
P:5.3 验收不合格的，乙方应在20日内整改并重新申请验收，由此增加的费用由乙方承担。
H:第六条 质量保证与维保
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供设备维修和更换、软件缺陷修复、版本升级以及每季度一次的现场巡检。
P:6.2 质保期满后，甲方可与乙方另行签订维保合同。维保年费不超过软硬件小计的8%（即不超过332,960元），且在质保期满后的三个服务年度内不上调。维保合同按服务年度书面签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，按自然月统计；经甲方事先同意的计划内维护时间不计入不可用时间。
P:7.2 一级故障（平台整体不可用、报警无法推送或某一类监测数据全部中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（单个片区或单台关键设备异常）2小时内响应，次日内修复。
P:7.3 响应、到场或恢复超时的，每超时1小时扣减1,200元；月度可用率低于承诺值的，每低0.02个百分点扣减2,500元。扣减款项从履约保证金或应付款项中扣除。
H:第八条 数据安全
P:8.1 监测数据、设备档案、报警及处置记录、接口数据和平台日志均归甲方所有。乙方仅可为履行本合同使用上述数据，不得留存、复制、向第三方提供或用于其他任何目的。
P:8.2 平台部署于市政务云。乙方应落实等级保护三级要求，采取身份鉴别、访问控制、传输和存储加密、日志审计等措施；运维人员经甲方审批后通过堡垒机访问，不得在个人终端存储甲方数据。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在发现后2小时内报告甲方并立即处置；因乙方原因造成的，由乙方承担全部赔偿责任和相应法律责任。
H:第九条 保密
P:9.1 乙方对履约过程中知悉的管网分布、桥梁结构、重要设施位置及甲方工作信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十条 知识产权
P:10.1 为本项目开发的接口程序、定制功能、配置文件及技术文档的知识产权归甲方所有。乙方应交付源代码，甲方可自行或委托第三方修改和使用。
P:10.2 平台软件产品的知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可。
H:第十一条 违约责任
P:11.1 乙方逾期完成交付的，每逾期一日，按合同总价的0.06%向甲方支付违约金；逾期超过45日的，甲方有权解除合同。
P:11.2 乙方交付的货物或服务不符合约定的，应负责更换或修复，并赔偿甲方由此遭受的损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:第十二条 分包与转包
P:12.1 乙方不得转包。除投标文件已载明的管线开挖及路面恢复工作外，乙方不得分包；确需调整分包单位的，须事先取得甲方书面同意，乙方对分包工作承担连带责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：滨江市住房和城乡建设局        乙方（盖章）：中测安联物联科技有限公司
P:法定代表人或授权代表：____________        法定代表人或授权代表：____________
P:签订日期：2025年  月  日                    签订日期：2025年  月  日
"""

# ---------------------------------------------------------------- z02 (.docx, 一、/（一）, Word price table)
Z02 = r"""
T:施釉线控制系统改造合同
P:合同编号：HY-JS-2025-086
P:甲方（买方）：佛山市禾雅陶瓷卫浴有限公司
P:住所：佛山市南海区西樵镇太平工业区三路6号
P:乙方（卖方）：广东精控自动化工程有限公司
P:住所：广州市番禺区石楼镇创启路23号
P:鉴于甲方三号厂房坐便器施釉线的原有控制系统已运行多年，元件老化，机器人喷釉节拍不稳定，釉面缺陷率偏高，甲方决定对该施釉线控制系统进行整体改造，并选定乙方承担。双方依据《中华人民共和国民法典》，经友好协商，订立本合同，共同遵守。
H:一、改造范围
P:（一）更换施釉线六个工段的PLC控制柜，升级伺服驱动系统，对八台喷釉机器人的控制器进行升级，新增操作站触摸屏，部署SCADA组态软件，并与甲方现有MES系统进行数据对接。
P:（二）乙方负责旧控制柜拆除、新设备安装、程序编写、调试、停线切换方案编制及操作和维修人员培训。改造应利用甲方周末及节假日停产窗口分段完成，每次停线不超过72小时。
P:（三）改造后施釉线应保留原有手工补釉工位，新旧工段之间的联锁信号由乙方一并设计。
H:二、合同价格
P:合同总价为人民币壹佰捌拾贰万元整（¥1,820,000），含增值税、运输、保险、安装及调试费用。明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含I/O模块及柜内配线）|6套|86,000|516,000
TB:2|伺服驱动器及电机|48套|7,500|360,000
TB:3|喷釉机器人控制器升级|8套|42,000|336,000
TB:4|HMI触摸屏操作站|12台|9,500|114,000
TB:5|SCADA组态软件许可（永久）|1套|160,000|160,000
TB:|软硬件小计|||1,486,000
TB:6|编程调试及MES对接|1项|212,000|212,000
TB:7|安装及停线切换|1项|96,000|96,000
TB:8|操作及维修培训|1项|26,000|26,000
TB:|合计|||1,820,000
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%，即182,000元，作为预付款。
P:（二）设备全部到货，经甲方清点数量、核对型号并签收后，甲方支付合同总价的35%，即637,000元。到货签收不构成验收。
P:（三）终验合格后15个工作日内，甲方支付合同总价的50%，即910,000元。
P:（四）其余5%，即91,000元，作为质量保证金，在质保期满且无未决质量问题后10个工作日内无息支付。
P:（五）乙方应在每期付款前开具等额增值税专用发票。
H:四、交货与工期
P:（一）乙方应于合同生效后75日内将全部设备运抵甲方三号厂房，并于到货后45日内完成安装调试，具备试生产条件。
P:（二）停线切换须按甲方书面确认的切换方案执行。因乙方原因超出约定停线时间的，超出时间造成的产量损失由乙方承担。
P:（三）乙方进厂人员应遵守甲方安全生产、动火作业和防尘管理制度。
P:（四）设备包装应适合长途运输和防潮要求，控制柜随柜附出厂检验报告、接线图和合格证。设备到货后由双方共同开箱清点，缺件或损坏的，乙方应在7日内补齐或更换。
H:五、验收
P:（一）安装调试完成后进入试生产，试生产期为20日。终验应同时满足以下标准：施釉节拍稳定在每分钟不少于14件；釉层厚度抽检偏差不超过±0.08毫米；整线连续72小时运行无停机故障；SCADA采集数据与MES记录核对一致；报警联锁及急停功能测试全部通过；竣工图纸、程序备份及操作手册齐全。
P:（二）双方按上述标准共同测试并签署终验报告。安装完成、试生产或甲方投入生产使用，均不视为终验合格。
P:（三）终验不合格的，乙方应在15日内整改并重新组织终验。
H:六、质量保证
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内设备硬件故障由乙方免费维修或更换，软件及程序缺陷由乙方免费修复。
P:（二）故障响应：一级故障（施釉线停线）乙方应在30分钟内电话响应，3小时内到场，10小时内恢复生产；二级故障（单工段降速运行或单台机器人停用）2小时内响应，次日内修复。
P:（三）乙方未按时响应、到场或恢复的，每超时1小时向甲方支付800元，可从质量保证金中扣除。
P:（四）乙方应在甲方厂区存放一套常用备品备件（PLC CPU模块、I/O模块、伺服驱动器各两件），质保期内消耗后由乙方及时补足。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方提供全保维保服务，内容包括备品备件供应、工程师每周两天驻厂、程序优化以及每服务年度一次预防性检修。
P:（二）维保年费为人民币386,360元（即软硬件小计的26%），价格固定，不随年度调整。维保合同按服务年度逐年书面签订，不自动续期。
H:八、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）设备质量不符合约定的，乙方应负责更换，并承担由此产生的拆装和运输费用。
P:（三）甲方逾期付款的，每日按逾期金额的万分之二向乙方支付违约金。
H:九、数据与网络安全
P:（一）施釉配方、工艺参数及生产数据归甲方所有，乙方仅为履行本合同使用，不得复制或带离甲方厂区。
P:（二）乙方应在控制网络与办公网络之间部署工控防火墙。远程维护须每次经甲方设备部审批，使用甲方提供的专用账号并全程录屏；乙方人员使用的移动存储介质须经甲方查毒登记。
P:（三）因乙方原因造成工控系统感染病毒、数据泄露或被篡改的，乙方应在1小时内通知甲方、立即处置，并赔偿甲方全部损失。
H:十、保密
P:乙方对甲方的釉料配方、工艺参数、产能数据及厂区布局负有保密义务，不得向任何第三方披露。本条义务在合同终止后三年内继续有效。
H:十一、知识产权
P:本项目定制的PLC程序、HMI画面、SCADA组态工程及MES接口程序的知识产权归甲方所有，乙方应在终验时交付源程序及注释，甲方有权自行或委托他人修改。SCADA软件产品本身的知识产权归原厂所有，甲方永久使用。
H:十二、分包
P:电气配线等辅助工作确需分包的，乙方须事先取得甲方书面同意，并对分包单位的工作质量和安全承担全部责任。
H:十三、合同解除
P:乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:十四、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交佛山仲裁委员会仲裁。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术规格书、停线切换方案、培训计划。
P:甲方（盖章）：佛山市禾雅陶瓷卫浴有限公司        乙方（盖章）：广东精控自动化工程有限公司
P:授权代表：____________        授权代表：____________
P:日期：2025年  月  日        日期：2025年  月  日
"""

# ---------------------------------------------------------------- z03 (.txt, 第X条 + （1）)
Z03 = r"""宠物门店预约及会员管理系统服务合同

合同编号：YC-SaaS-2025-031

甲方：成都萌爪宠物服务连锁有限公司
地址：成都市武侯区天府大道北段1700号环球中心E2区
乙方：杭州云宠信息技术有限公司
地址：杭州市余杭区文一西路969号

鉴于：
甲方在成都、重庆两地经营45家宠物洗护美容门店，需要统一的线上预约、美容师排班、会员储值及门店对账系统；
乙方拥有"云宠管家"软件即服务平台，并具备连锁门店的实施经验。
双方经协商一致，就甲方订阅该平台并由乙方实施上线事宜，订立本合同。

第一条 服务内容
（1）乙方为甲方45家门店及总部开通"云宠管家"平台，功能包括：微信小程序预约、美容师排班与提成、会员储值及积分、宠物档案与洗护记录、门店收银对账、总部经营报表。
（2）实施服务包括：从甲方原收银系统迁移历史会员、储值余额及积分；45家门店的账号、打印机及扫码设备配置；门店店长及前台培训；按甲方需求定制总部报表，不超过10张。
（3）短信通知按实际发送量另行结算，单价每条0.045元，不计入合同总金额。
（4）服务期内新开门店的，按每店每服务年度6,800元的标准按月折算增加订阅费；门店关闭的，甲方可提前30日书面通知停用该店账号，自次季度起相应减少订阅费。

第二条 服务期限与续展
（1）服务期为两个服务年度，自全部门店上线验收合格之日起计算。
（2）服务期满前30日，双方均未书面提出不续约的，本合同自动续展一个服务年度，续展期间服务费标准不变。

第三条 费用
（1）门店订阅费：每店每服务年度6,800元，45家门店合计306,000元/服务年度。
（2）总部会员及报表模块：48,000元/服务年度。
（3）一次性实施费：86,000元。
（4）合同总金额为人民币柒拾玖万肆仟元整（¥794,000），即两个服务年度的订阅费708,000元加实施费86,000元。

第四条 付款
（1）实施费在全部门店上线验收合格后10个工作日内一次性支付。
（2）订阅费按季度支付，每季度88,500元，甲方于每季度首月10日前支付当季服务费；首季服务费于上线验收合格后支付。
（3）乙方应在收款前开具增值税专用发票。

第五条 上线与验收
（1）乙方应在合同签订后45日内完成全部门店上线。
（2）上线验收标准：45家门店全部开通，并各自完成至少一笔真实预约和收银；迁移的会员数量、储值余额及积分与甲方原系统导出数据逐条核对一致；小程序预约下单在正常网络条件下页面响应不超过2秒；总部报表数据与门店流水核对无差异。
（3）双方按上述标准联合测试并签署上线验收单。门店开始使用系统不视为验收合格。
（4）因乙方原因未能按期完成上线的，每逾期一日，乙方按合同总金额的0.08%向甲方支付违约金。
（5）培训内容包括：前台预约与收银操作、会员储值与退款、美容师排班与提成核算、店长经营报表。乙方应提供培训视频和操作手册，新入职员工可随时在线学习。

第六条 服务水平
（1）平台月度可用率不低于99.5%。
（2）一级故障指全部或多家门店无法预约或收银，乙方应在1小时内响应、6小时内恢复；二级故障指单店或单一功能异常，乙方应在8小时内响应、2个工作日内修复。
（3）乙方提供每日9:00至21:00的在线客服及电话支持。
（5）乙方进行计划内维护的，应提前3日通知甲方，并安排在每日22:00至次日8:00之间进行，不得影响门店营业。版本更新涉及门店操作流程变化的，乙方应提前提供更新说明。
（6）春节、国庆等预约高峰期间，乙方应安排专人值守，并在高峰前完成平台扩容和压力测试，测试结果书面报送甲方。
（4）服务费为平台使用的对价。发生服务中断或响应超时的，乙方不减免服务费，也不承担赔偿或违约金，但应向甲方提交书面故障报告。

第七条 数据
（1）甲方的会员信息、宠物档案、预约及消费记录等业务数据归甲方所有。
（2）甲方同意，乙方有权对上述数据进行去标识化处理，并将处理后的数据汇总用于平台产品改进以及发布宠物消费行业分析报告；该项权利在本合同终止后继续有效。
（3）乙方平台应通过网络安全等级保护三级测评，对会员姓名、手机号等个人信息加密存储，实行最小权限访问并留存操作日志。发生数据泄露、丢失等安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的损失，由乙方承担赔偿责任。
（4）乙方应每日对甲方业务数据进行备份，备份数据保存不少于30日，并至少每季度进行一次恢复演练。
（5）合同终止后30日内，乙方应按甲方要求导出全部业务数据，并在导出确认后删除平台上的甲方数据（本条第（2）项所述汇总数据除外）。导出格式应为通用表格格式，并包含会员、储值、积分、宠物档案和消费记录的完整字段。

第八条 保密
（1）双方对在合作中知悉的对方商业信息负有保密义务，包括甲方的门店经营数据、定价策略和会员规模，未经对方书面同意不得向第三方披露。
（2）乙方应要求其接触甲方信息的员工签署保密承诺，并对员工违反保密义务的行为承担责任。
（3）保密义务自本合同签订之日起至合同终止后三年止。

第九条 知识产权
（1）"云宠管家"平台及其软件的知识产权归乙方所有。
（2）为甲方定制的报表、小程序页面设计及甲方提供的品牌素材归甲方所有，甲方可自由使用、修改或交由第三方使用。
（3）乙方保证平台不侵犯任何第三方的知识产权；如甲方因使用平台被第三方主张侵权，由乙方负责处理并承担由此产生的费用和赔偿。

第十条 责任限额
乙方在本合同项下的累计赔偿责任以合同总金额的150%为限；乙方故意、重大过失或数据安全事件造成的损失不受此限。任何一方均不对对方的间接损失或预期利润损失承担责任，但本条前述除外情形不在此限。

第十一条 分包
未经甲方书面同意，乙方不得将实施服务分包给任何第三方。经甲方同意分包的，乙方仍对分包部分的质量、进度和数据安全向甲方负责。

第十二条 合同解除
（1）任何一方严重违约，经对方书面通知后15日内未纠正的，守约方有权书面通知解除本合同。
（2）因乙方原因解除合同的，乙方应退还甲方已支付但尚未使用期间的服务费，并按第七条第（5）项配合导出数据。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，提交成都仲裁委员会仲裁。

第十四条 其他
（1）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
（2）本合同附件包括：平台功能清单、实施计划、门店清单。附件与正文不一致的，以正文为准。
（3）双方指定的联系人及联系方式如有变更，应在变更后3日内书面通知对方。

甲方（盖章）：成都萌爪宠物服务连锁有限公司
代表签字：____________
乙方（盖章）：杭州云宠信息技术有限公司
代表签字：____________
签订日期：2025年  月  日
"""

# ---------------------------------------------------------------- z04 (.txt, 1. / 1.1)
Z04 = r"""江州市消防救援支队消防监督管理系统运维服务合同
（政府采购 竞争性磋商）

项目编号：JZCG-2025-CS-0358
采购人（甲方）：江州市消防救援支队
地址：江州市滨湖区金湖路218号
供应商（乙方）：安衡信息技术服务有限公司
地址：江州市高新区创新大道66号软件园7栋

依据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就消防监督管理系统运维服务事项，经协商一致，签订本合同。磋商文件、响应文件和成交通知书为本合同的组成部分。

1. 服务范围
1.1 乙方为甲方消防监督管理系统提供运维服务。该系统包括监督检查、行政审批、火灾隐患举报投诉、执法档案和统计分析五个子系统，部署于市政务云，服务全市12个大队和消防救援站。
1.2 服务内容包括：驻场运维、系统巡检与性能优化、数据库及中间件运维、重要时段应急保障、用户操作支持和问题受理。
1.3 系统的功能开发和升级改造不属于本合同范围，由甲方另行采购。
1.4 巡检要求：乙方每日检查应用服务、数据库和接口运行状态；每周检查存储空间、备份任务和安全补丁情况；每月提交巡检报告，列明发现的问题、处理结果和优化建议。
1.5 数据库运维包括日常备份核查、索引和慢查询优化、归档数据清理方案编制等，涉及数据删除或结构变更的，须事先报甲方书面批准。
1.6 用户支持：乙方设立运维服务电话和工单渠道，工作日8:30至17:30由驻场人员受理，其他时间由乙方值班工程师受理；每月汇总用户问题，提出常见问题说明和操作指引，由甲方统一发布。

2. 服务期限
2.1 服务期为一个服务年度，自2025年7月1日起至2026年6月30日止。
2.2 服务期满后本合同终止，后续服务由甲方依法重新组织采购。
2.3 新旧服务单位交接期间，乙方应按甲方要求提供不少于10个工作日的过渡支持，过渡支持费用已包含在合同总价中。

3. 合同价款
3.1 合同总价为人民币伍拾贰万捌仟元整（¥528,000），包括人员、交通、工具、备品及税费等全部费用。
3.2 分项价格：驻场运维（2人）326,000元；系统巡检与性能优化84,000元；数据库及中间件运维66,000元；应急保障52,000元。
3.3 合同总价为固定价格，服务期内不因人员成本、物价变化或工作量的正常波动而调整。

4. 付款
4.1 本合同不设预付款。
4.2 服务费按季度支付。每季度服务期满并经甲方季度考核后15个工作日内，甲方支付当季服务费132,000元；考核扣款从当季服务费中扣除。
4.3 乙方应在每次付款前开具合法有效的发票。

5. 服务水平
5.1 核心业务模块月度可用率不低于99.95%，按自然月统计，经甲方批准的计划内维护时间除外。
5.2 一级故障（系统整体无法访问或执法办案功能中断）乙方应在15分钟内响应，1小时内到场，6小时内恢复；二级故障（单个子系统或部分功能异常）1小时内响应，10小时内解决；三级问题（操作咨询、数据更正申请）当日答复。
5.3 节假日、重大活动及火灾高发季节，乙方应按甲方通知安排专人在岗值守。
5.4 乙方发现系统运行异常或接到故障报告后，应立即通知甲方信息化负责人，并在故障恢复后2个工作日内提交故障分析报告，说明原因、处理过程和防范措施。
5.5 考核扣款：每发生一次响应、到场或恢复超时，扣款500元；月度可用率低于承诺值的，每低0.02个百分点扣款1,000元。

6. 人员与到岗
6.1 乙方应在服务期开始之日派驻2名运维工程师到甲方指定地点办公，其中至少1人持有数据库相关认证。驻场人员变更须提前10日征得甲方同意。
6.2 驻场人员应熟悉消防监督业务流程，能够独立处理系统常见故障并为基层用户提供操作指导。乙方应在服务期开始后10日内为甲方编制系统运维手册和应急预案。
6.3 乙方驻场人员未按期到岗的，每延误一日，乙方按合同总价的千分之一向甲方支付违约金。

7. 考核与验收
7.1 甲方每季度按磋商文件所附考核细则对乙方进行考核，考核内容包括故障处理时效、巡检完成率、用户满意度和文档质量。
7.2 服务期满前15日，乙方提交年度运维报告及全部运维文档。年度验收标准为：各季度考核得分均不低于85分；服务期内无未闭环的一级故障；巡检报告、故障记录、变更记录和配置文档齐全并完成移交。甲方据此出具年度验收意见。
7.3 季度考核得分低于75分的，乙方应在10日内提交整改报告。
7.4 考核细则主要指标：一级故障按时恢复率、月度巡检报告按时提交、用户问题当日答复率、文档更新及时性、驻场人员出勤情况。各项指标的计分方法以磋商文件为准。
7.5 甲方对年度验收意见有异议的，乙方可在5个工作日内提出书面说明，由甲方组织复核。

8. 数据
8.1 系统中的监督检查记录、社会单位信息、举报投诉信息和执法档案等数据归甲方所有，乙方不得将其用于本合同以外的任何用途。

9. 保密
9.1 乙方及其人员对服务中知悉的甲方工作秘密、监督检查信息、社会单位信息和举报人信息负有保密义务，不得向任何第三方披露。
9.2 乙方驻场人员上岗前应签署保密承诺书。保密义务在合同终止后继续有效。

10. 知识产权
10.1 运维过程中形成的脚本、巡检报告、配置文档和优化方案归甲方所有，甲方可自由使用和修改。

11. 第三方协作
11.1 乙方可将机房空调、UPS等基础设施的巡检工作交由具备相应资质的第三方实施，但应提前5个工作日书面告知甲方，并对第三方的工作承担责任。

12. 违约与解除
12.1 乙方连续两个季度考核不合格，或一级故障累计三次未在约定时间内恢复，或有其他严重违约行为，经甲方书面通知后10日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。
12.2 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
12.3 合同解除或服务期满时，乙方应在10个工作日内完成工作交接，向甲方或甲方指定的新服务单位移交全部账号、密码、文档和未完成事项清单，并配合完成交接确认。

13. 法律适用与争议解决
13.1 本合同适用中华人民共和国法律。
13.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

14. 其他
14.1 本合同一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份，自双方签字盖章之日起生效。
14.2 本合同附件：运维服务内容清单、考核细则、驻场人员名单及资质证明。
14.3 本合同未尽事宜，依照政府采购相关规定及磋商文件执行。

甲方（盖章）：江州市消防救援支队
授权代表：____________
乙方（盖章）：安衡信息技术服务有限公司
授权代表：____________
签订日期：2025年  月  日
"""

# ---------------------------------------------------------------- z05 (.md, "## 第X条" + 1.1, supplier's template)
Z05 = r"""# 海纳企业管理软件许可及实施合同

> 乙方标准合同文本 HN-ERP-STD-V4.0（2024年修订）

合同编号：HN-2025-JM-0662

甲方：江门市鲜澳调味食品有限公司
地址：江门市新会区崖门镇京背工业区18号

乙方：广州海纳云智软件股份有限公司
地址：广州市天河区黄埔大道西638号28楼

甲方拟建设企业资源计划（ERP）系统，乙方为"海纳ERP"软件的著作权人。双方本着平等互利的原则，就软件许可、定制开发及实施服务事宜达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方提供"海纳ERP"软件许可，包括财务、供应链、生产制造和质量追溯四个模块，许可并发用户数200个。

1.2 乙方基于海纳ERP标准模板为甲方进行定制开发，内容包括：鲜蚝及蚝汁原料批次追溯、发酵与浓缩工艺参数管理、经销商返利结算、冷链发货与物流系统对接。

1.3 乙方提供实施服务，包括蓝图设计、基础资料整理、期初数据导入、用户培训和上线支持。

1.4 系统部署在甲方自有机房的服务器上，由甲方负责服务器、网络及数据库的日常运行，乙方提供部署指导。

## 第二条 合同价款

2.1 合同总价为人民币壹佰陆拾陆万陆仟元整（¥1,666,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 海纳ERP软件许可（四模块，200并发用户） | 780,000 |
| 2 | 定制开发（批次追溯、工艺参数、返利结算、冷链对接） | 640,000 |
| 3 | 实施服务 | 210,000 |
| 4 | 培训 | 36,000 |
|  | 合计 | 1,666,000 |

2.2 上述价格不含服务器硬件、数据库及操作系统，该等产品由甲方自行采购。

2.3 甲方需求变更导致工作量增加的，按乙方人天单价2,800元另行计费。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，即833,000元。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的45%，即749,700元。

3.3 余款5%，即83,300元，于系统上线满三个月后支付。

3.4 甲方逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金，乙方并有权暂停实施服务。

## 第四条 项目实施

4.1 乙方根据甲方提供的资料编制实施计划，计划上线时间为合同签订后约120日。

4.2 因甲方资料提供不及时、需求变更、关键用户不到位等原因导致进度延误的，上线时间相应顺延。

4.3 乙方将尽合理努力按计划推进项目，实施计划中的时间节点为预估时间，仅供双方参考。

4.4 甲方应指定项目负责人及各模块关键用户，并提供实施所需的办公场地和网络环境。

4.5 甲方应在乙方提出需求调研提纲后10个工作日内提供业务流程、物料编码、配方和期初库存等资料，并对资料的真实性、完整性负责。

4.6 蓝图设计方案经甲方签字确认后，方可进入开发阶段；确认后的需求变更按本合同2.3条另行计费。

## 第五条 上线与验收

5.1 系统在甲方生产环境部署完成并开始运行之日，即视为甲方验收合格，乙方无需另行提交验收申请。

5.2 甲方在系统上线后发现的问题，按本合同第七条约定的维护服务处理，不影响验收结论及付款。

## 第六条 知识产权

6.1 海纳ERP软件及乙方在本项目中完成的全部定制开发成果（包括程序、源代码、模板、配置和文档）的知识产权均归乙方所有。

6.2 甲方获得在本企业内部使用上述成果的非独占、不可转让许可，不得自行或委托第三方修改、反编译或提供给他人使用。

6.3 乙方有权将本项目定制开发成果纳入其产品或提供给其他客户。

## 第七条 维护服务

7.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供远程问题解答和软件缺陷修复。

7.2 故障响应：一级故障（系统无法登录或业务全部中断）乙方在8小时内响应；二级故障（部分功能异常）在2个工作日内响应；其他问题在5个工作日内答复。

7.3 上述响应时间为服务目标，乙方未达到的，不承担扣款、费用减免或赔偿责任。

7.4 下列情况不属于免费维护范围：甲方自行修改配置或数据造成的问题、硬件及网络故障、第三方软件问题、新增功能需求。

7.5 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订维护协议，维护费按乙方当年度公布的服务价格标准收取。

## 第八条 数据与安全

8.1 甲方的业务数据归甲方所有，乙方不得将其用于本合同以外的用途。

8.2 乙方实施人员访问甲方系统须使用甲方分配的账号，乙方应采取访问控制、传输加密和操作留痕等措施防止数据泄露、丢失；发生安全事件的，乙方应在24小时内通知甲方并配合处置。因乙方原因造成甲方数据泄露或丢失的，乙方承担相应赔偿责任。

## 第九条 保密

9.1 双方对在合作中获知的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露，但法律另有规定的除外。

9.2 本条义务在合同终止后两年内继续有效。

## 第十条 合作伙伴

10.1 乙方有权根据项目需要，将部分开发、实施工作委托其认证合作伙伴完成，无需另行取得甲方同意。乙方对合作伙伴的工作质量向甲方负责。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方在本合同项下的累计赔偿责任总额不超过合同总价的20%，且乙方不承担任何间接损失、利润损失或数据恢复费用。

## 第十二条 合同解除

12.1 一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。

12.2 合同解除后，甲方应支付乙方已完成工作的费用，乙方已收取的软件许可费不予退还。

12.3 因不可抗力导致合同无法履行的，双方互不承担责任，已发生的费用由双方协商分担。

## 第十三条 争议解决

13.1 本合同适用中华人民共和国法律。

13.2 因本合同发生的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地有管辖权的人民法院提起诉讼。

## 第十四条 其他

14.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

14.2 本合同附件包括：功能清单、实施计划。附件与正文不一致的，以正文为准。

14.3 本合同以乙方标准文本为基础，双方另行约定的特别条款须以书面形式签署方为有效。

甲方（盖章）：江门市鲜澳调味食品有限公司　　　授权代表：____________

乙方（盖章）：广州海纳云智软件股份有限公司　　授权代表：____________

签订日期：2025年  月  日
"""

# ---------------------------------------------------------------- e01 (.pdf, Article N / N.N, price rows)
E01 = r"""
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. MPW-JDZ-2025-014
P:This Agreement is made on ______________ 2025 between:
P:(1) Jingdezhen Qinghua Fang Ceramic Art Studio Co., Ltd., a company established under the laws of the People's Republic of China, with its registered office at No. 57 Taoxichuan Road, Zhushan District, Jingdezhen, Jiangxi Province ("Customer"); and
P:(2) Mecsek Pixelworks Kft., a limited liability company registered in Hungary under company registration number 02-09-081466, with its registered office at Kiraly utca 41, 7621 Pecs, Hungary ("Vendor").
H:Recitals
P:(A) Customer designs and hand-paints blue-and-white porcelain and wishes to digitise its archive of brush-stroke motifs, plan patterns on three-dimensional vessel forms and preview cobalt tones before firing.
P:(B) Vendor develops and licenses BrushLine, a pattern-design software suite for ceramic and textile studios, and has offered perpetual licences, customisations and related services.
P:(C) At the buyer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY).
P:The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the BrushLine Designer, BrushLine Glaze Preview and BrushLine Motif Library products in the versions listed in Article 2, with their user documentation and any corrections, updates and new versions supplied under this Agreement.
P:1.2 "Customisations" means the kiln-shrinkage profiles, the import of Customer's motif catalogue and the vessel-form templates described in Article 3.2.
P:1.3 "Customer Designs" means all motifs, brush-stroke scans, pattern files, vessel drawings, colour records and other material created or provided by Customer, whether before or after the date of this Agreement, and all files Customer produces with the Software.
P:1.4 "Installation Certificate" means the document described in Article 4.2, and "Final Acceptance" means acceptance confirmed under Article 6.3.
P:1.5 "Business Day" means a day on which banks are open in Jingdezhen.
H:Article 2 Licence and Contract Price
P:2.1 Vendor grants Customer a perpetual, non-exclusive and irrevocable licence to install and use the Software on the number of workstations stated below at Customer's premises in Jingdezhen, for Customer's own design and production work, including work Customer performs for its own clients.
P:2.2 The Contract Price is CNY 580,000. It is fixed and includes all taxes, duties, travel, accommodation and other expenses of Vendor. It is made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|BrushLine Designer perpetual licence|14 seats|21,500|301,000
TB:2|BrushLine Glaze Preview perpetual licence|1 site|88,000|88,000
TB:3|BrushLine Motif Library, cobalt and underglaze set|1 site|64,000|64,000
TB:-|Licence subtotal|-|-|453,000
TB:4|Customisations under Article 3.2|1 lot|96,000|96,000
TB:5|Installation, configuration and training|1 lot|31,000|31,000
TB:-|Contract Price|-|-|580,000
H:Article 3 Scope of Work
P:3.1 Vendor shall deliver the Software by secure download, install it on the workstations and the file server designated by Customer and configure user accounts and the shared motif repository.
P:3.2 Vendor shall provide the following Customisations: (a) kiln-shrinkage profiles for Customer's two gas kilns and one wood-fired kiln, so that a pattern drawn on the greenware form is scaled correctly to the fired size; (b) the import of about 2,600 scanned motifs from Customer's archive, tagged by period style, brush type and cobalt concentration; and (c) twenty vessel-form templates, covering plates, vases, tea bowls and ginger jars, built from Customer's drawings.
P:3.3 Vendor shall train up to sixteen of Customer's designers and painters at Customer's premises over at least four working days, with a Chinese interpreter whom Vendor engages at its own cost.
P:3.4 Vendor shall complete the installation within 45 days, and deliver the Customisations ready for testing within 90 days, after the date of this Agreement.
H:Article 4 Payment
P:4.1 Customer shall pay 20% of the Contract Price (CNY 116,000) within 15 Business Days after signature of this Agreement and receipt of Vendor's invoice.
P:4.2 Customer shall pay 45% of the Contract Price (CNY 261,000) within 15 Business Days after Customer signs the Installation Certificate. The Installation Certificate only confirms that the Software has been installed on the agreed workstations and that the training has been held; it is not acceptance.
P:4.3 Customer shall pay the remaining 35% of the Contract Price (CNY 203,000) within 15 Business Days after Final Acceptance.
P:4.4 Payments shall be made by bank transfer in CNY to the account named in Vendor's invoice. Each party bears its own bank charges.
H:Article 5 Delay
P:5.1 If Vendor fails to meet a date in Article 3.4 for reasons not attributable to Customer, Vendor shall pay Customer liquidated damages of CNY 520 for each day of delay, up to a total of 10% of the Contract Price.
P:5.2 If the delay exceeds 60 days, Customer may terminate this Agreement by written notice under Article 13.
H:Article 6 Acceptance
P:6.1 After installation and delivery of the Customisations, the parties shall run acceptance tests over a period of ten Business Days. The tests shall show that: (a) every licensed seat can open, edit and save pattern files on the shared repository; (b) a pattern applied to each vessel-form template keeps its proportions when the kiln-shrinkage profile is applied, with a deviation of not more than 1 mm on a test plate measured after firing; (c) all imported motifs are present, can be found by their tags and match the original scans; (d) Glaze Preview renders the agreed sample set of ten cobalt tones in a way that Customer's chief painter confirms as matching the fired samples; and (e) no defect that prevents designers from working remains open.
P:6.2 Any failed test shall be repeated after correction, at Vendor's cost.
P:6.3 Final Acceptance takes place when Customer signs an acceptance certificate confirming that all tests in Article 6.1 have been passed. Installation, the use of the Software in production and the payment of any instalment do not amount to acceptance.
H:Article 7 Warranty
P:7.1 Vendor warrants that, for 18 months after Final Acceptance, the Software and the Customisations will perform substantially in accordance with their documentation and with Article 6.1. During that period Vendor shall correct defects and supply updates and new versions free of charge.
P:7.2 Vendor warrants that the Software contains no malicious code or remote disabling function.
H:Article 8 Support
P:8.1 Vendor provides support by e-mail and through its online ticket portal, in English and Chinese. Vendor will use commercially reasonable efforts to answer support requests during its normal business hours (Central European Time) and to resolve them as soon as practicable.
P:8.2 After the warranty period Customer may order annual support, which includes updates, new versions and the support described in Article 8.1. The annual support fee is 11% of the Licence subtotal, namely CNY 49,830, and Vendor shall not increase it during the three years following the end of the warranty period. Support is ordered by a separate purchase order for each support period and does not renew automatically.
H:Article 9 Customer Designs and Data Security
P:9.1 Customer Designs belong to Customer. Vendor shall use them only to perform this Agreement and shall not add them to its motif libraries, use them to train or improve any product, or make them available to anyone else.
P:9.2 Vendor shall access Customer's systems only remotely through a connection that Customer opens for each session, or on site under supervision. Vendor shall not copy Customer Designs to its own systems, except the motif catalogue during the import work, which it shall keep encrypted and delete after Final Acceptance, confirming the deletion in writing.
P:9.3 Vendor shall maintain appropriate technical and organisational security measures, including encryption in transit, named accounts and access logs. Vendor shall notify Customer within 24 hours after becoming aware of any unauthorised access to, or loss or corruption of, Customer Designs, shall help Customer to contain the incident, and shall bear the losses that Customer suffers from the incident where it results from Vendor's breach of this Article 9.
H:Article 10 Intellectual Property
P:10.1 Vendor retains all rights in the Software.
P:10.2 The Customisations are made for Customer, and all rights in them vest in Customer when they are created. Vendor shall deliver them in editable form. Customer may use, modify and license them freely, including to other software providers.
P:10.3 Vendor shall indemnify Customer against third-party infringement claims.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information of the other party that it receives under this Agreement, including Customer's client list, pricing and unreleased designs, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after this Agreement ends.
H:Article 12 Liability
P:12.1 Vendor's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to liability for personal injury, wilful misconduct, infringement under Article 10.3 or breach of Article 9.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice of the breach. Customer may also terminate under Article 5.2.
H:Article 14 Subcontracting and Assignment
P:14.1 Vendor shall not subcontract any part of its obligations without Customer's prior written consent, and remains responsible for the work of any approved subcontractor.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of Hungary, excluding the United Nations Convention on Contracts for the International Sale of Goods.
P:15.2 The parties shall first try to settle any dispute by negotiation. Disputes that are not settled within 30 days shall be decided by the Pecs Regional Court (Pecsi Torvenyszek), Hungary, which has exclusive jurisdiction.
H:Article 16 General
P:16.1 This Agreement is signed in English and Chinese; both versions are equally valid. It is the entire agreement between the parties on its subject and may be amended only in writing signed by both parties.
P:For Customer: ____________________    For Vendor: ____________________
P:Name and title: __________________    Name and title: __________________
"""

# ---------------------------------------------------------------- e02 (.md, Order Form Part A + General Terms Part B)
E02 = r"""# GateFlow Subscription Agreement

## Part A - Order Form

**Order Form No.:** CT-HLB-2025-07

**Customer:** Hulunbuir Hulun Lake Ice and Snow Tourism Development Co., Ltd., Xinbaerhu Right Banner, Hulunbuir, Inner Mongolia Autonomous Region, People's Republic of China ("Customer").

**Vendor:** Cibin Ticketing S.R.L., Strada Avram Iancu 12, 550182 Sibiu, Romania, registered with the Trade Register under number J32/1147/2016 ("Vendor").

This Order Form and the General Terms in Part B together form the agreement between Customer and Vendor (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A1. Services

Vendor shall provide its GateFlow cloud ticketing platform for the Hulun Lake Ice and Snow Festival and Customer's other lakeside attractions. The Services include: online ticket sales through Customer's WeChat mini-program and the online travel agency channels listed in the Service Description; timed entry slots; validation of QR tickets at Customer's existing turnstiles; season passes and group bookings; refunds; a real-time visitor-capacity dashboard; and daily sales and settlement reports.

### A2. Subscription Term

The Subscription Term is two Subscription Years, starting on the date of Go-Live Acceptance. The first Subscription Year runs from that date to the day before its first anniversary; each later Subscription Year runs between consecutive anniversaries.

### A3. Fees

At the buyer's request, all Fees are stated and payable in Chinese yuan (CNY). The Fees include VAT and all other taxes.

| Item | Basis | Fee (CNY) |
|---|---|---|
| GateFlow platform subscription, up to 1.2 million tickets per Subscription Year | per Subscription Year | 186,000 |
| Peak-season capacity add-on (1 December to 28 February) | per Subscription Year | 38,000 |
| Set-up and integration: WeChat Pay, Alipay, OTA channels, 64 turnstiles | one-time | 74,000 |
| **Total Fees for the Subscription Term** (2 x 224,000 + 74,000) | | **522,000** |

Tickets above 1.2 million in a Subscription Year are charged at CNY 0.06 per ticket, invoiced after the end of that Subscription Year. Such overage charges are not part of the Total Fees.

### A4. Invoicing and Payment

(a) On signature of this Order Form, Vendor shall invoice the set-up and integration fee together with the Subscription Fees for the first Subscription Year, CNY 298,000 in total. Customer shall pay this invoice within 20 days of receipt and in any case before the Go-Live Date.

(b) The Subscription Fees for the second Subscription Year, CNY 224,000, are invoiced 30 days before that Subscription Year starts and are payable at its start.

(c) Customer shall pay by bank transfer to Vendor's account in CNY.

### A5. Renewal

After the Subscription Term, the subscription renews automatically for successive renewal terms, each of one Subscription Year, unless either party gives written notice of non-renewal at least 60 days before the end of the current term. Vendor may increase the Fees for any renewal term by up to 8% by written notice given at least 45 days before that renewal term starts.

### A6. Go-Live and Acceptance

(a) Vendor shall make the platform ready for Go-Live Acceptance testing by 20 November 2025, so that ticket sales can open before the festival.

(b) Go-Live Acceptance tests, run jointly over not more than five days, shall show that: (i) 500 test orders paid through WeChat Pay and Alipay are issued, validated, refunded where requested and reconciled with the payment providers' statements without difference; (ii) all 64 turnstiles validate QR tickets and return an open or reject decision within one second; (iii) inventory changes reach each OTA channel within 60 seconds; (iv) the platform handles a load test of 3,000 orders per minute with no failed orders; and (v) group bookings, season passes and the daily settlement report work as described in the Service Description.

(c) Go-Live Acceptance takes place when Customer signs a Go-Live Acceptance certificate confirming that all tests have been passed. Opening ticket sales to the public, or any payment, does not amount to Go-Live Acceptance.

(d) If Go-Live Acceptance is delayed beyond 20 November 2025 for reasons attributable to Vendor, Vendor shall pay Customer CNY 600 for each day of delay, up to 10% of the Total Fees.

### A7. Service Description

The Service Description (version 3.2, attached) describes the functions and the OTA channels. Vendor may improve the Services, but shall not reduce any function described in it during the Subscription Term.

## Part B - General Terms

### B1. Definitions

"Customer Data" means all data that Customer or its visitors enter into or generate through the Services, including visitor names, identity document numbers, mobile numbers, orders, payment references, entry records and capacity data. "Go-Live Date" means the date on which tickets are first sold to the public through the Services. "Severity 1 Incident" means an incident in which ticket sales or gate validation are unavailable or seriously impaired for all or most users.

### B2. Service Levels

2.1 Vendor shall make the Services available 99.95% of the time in each calendar month, excluding maintenance windows agreed with Customer in advance. No maintenance may be scheduled between 1 December and 28 February, except with Customer's written approval.

2.2 Vendor shall respond to a Severity 1 Incident within 30 minutes, at any time of day during the peak season and between 08:00 and 22:00 Beijing time otherwise, and provide a workaround within two hours. Severity 2 incidents shall be answered within two hours and fixed within two business days.

2.3 If Vendor misses the availability level, Customer receives a service credit of 5% of the monthly share of the Subscription Fees for each 0.1 percentage point of shortfall. For each 30 minutes by which a Severity 1 response is late, Customer receives a credit of CNY 500. Credits in a month are limited to 25% of that month's share of the Subscription Fees and are set off against the next invoice, or paid out at the end of the Subscription Term.

### B3. Customer Data and Security

3.1 Customer Data belongs to Customer. Vendor processes Customer Data only to provide the Services and on Customer's instructions, and shall not use it for any other purpose.

3.2 The Services are hosted in mainland China by Vendor's hosting provider Alibaba Cloud, in a system filed under Multi-Level Protection Scheme level 3. Vendor shall encrypt Customer Data in transit and at rest, use multi-factor authentication for all administrative access, keep access logs for at least six months and have a penetration test carried out before each peak season. Customer Data shall not be transferred out of mainland China.

3.3 Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. Vendor shall notify Customer within 12 hours after becoming aware of a security incident affecting Customer Data, take all reasonable measures to contain it, and bear the losses, fines and remediation costs arising from an incident caused by Vendor or its hosting provider.

3.4 Within 30 days after the Agreement ends, Vendor shall return Customer Data in a standard format and then delete it, and confirm the deletion in writing.

### B4. Confidentiality

Each party shall keep confidential the non-public information of the other party, including Fees, visitor numbers and technical details of the Services, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation survives for three years after the Agreement ends.

### B5. Intellectual Property

Vendor owns the GateFlow platform. Ticket designs, branding, mini-program pages and report templates created for Customer, and the configuration of Customer's tenant, belong to Customer, which may use, modify and license them freely, including to a successor provider.

### B6. Subcontracting

Alibaba Cloud is approved as hosting provider on signature. Vendor shall not otherwise subcontract any part of the Services without Customer's prior written consent, and remains responsible for its subcontractors.

### B7. Liability

Each party's total liability under this Agreement is limited to twice the Total Fees. The limit does not apply to breach of B3 or B4, wilful misconduct or personal injury.

### B8. Termination

8.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice.

8.2 Customer may also terminate by written notice if monthly availability falls below 99% in two months of the same peak season. On termination by Customer under this B8, Vendor shall refund the prepaid Fees for the period after termination.

### B9. Governing Law and Disputes

This Agreement is governed by the laws of Romania. Any dispute arising out of or in connection with it shall be finally settled by arbitration at the Court of International Commercial Arbitration attached to the Chamber of Commerce and Industry of Romania, seated in Bucharest, in English, by a sole arbitrator.

### B10. General

Neither party is liable for failure caused by force majeure, including extreme weather that closes the lake area by order of the authorities. Notices must be in writing and sent by courier or e-mail to the addresses in Part A. This Agreement may be amended only in writing signed by both parties.

**Signed for Customer:** ____________________  Name / title: ____________________  Date: ____________

**Signed for Vendor:** ____________________  Name / title: ____________________  Date: ____________
"""

# ---------------------------------------------------------------- e03 (.docx, Section N / N.N, Word price table)
E03 = r"""
T:Purchase Contract for Orchard Frost and Rain Monitoring System
P:Contract No. SMYM-CG-2025-011
P:Buyer: Yuyao Siming Waxberry Orchard Co., Ltd., No. 3 Meilin Road, Zhangting Town, Yuyao, Ningbo, Zhejiang Province, People's Republic of China (the "Buyer").
P:Supplier: Trakia AgriSense EOOD, 28 Kapitan Raycho Street, 4000 Plovdiv, Bulgaria, company registration number 204417813 (the "Supplier").
P:Background: The Buyer grows waxberries on about 1,300 mu of hillside orchards in Zhangting and Liangnong. Late frost in March damages flowering, and heavy rain in June splits ripening fruit. The Buyer invited offers for a sensor network that warns of frost early enough to start the fans and sprinklers, and records rainfall and leaf wetness for picking and spraying decisions. The Supplier's offer of 18 August 2025 was selected. This Contract is on the Buyer's standard terms.
H:Section 1 Definitions
P:1.1 "Equipment" means the sensors, gateways, weather stations and accessories listed in Section 2.
P:1.2 "Software" means the OrchardWatch monitoring software licensed under Section 2, including the mobile application and its documentation.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated as required by this Contract.
P:1.4 "Installation Certificate" and "Final Acceptance Certificate" have the meanings given in Section 5.
P:1.5 "Buyer Data" means all measurements, alerts, maps, logs and other data produced by the System or provided by the Buyer.
H:Section 2 Scope and Contract Price
P:2.1 The Supplier shall supply, install, configure and commission the System at the Buyer's orchards, integrate frost alerts with the Buyer's existing fan and sprinkler controllers, and train the Buyer's staff.
P:2.2 At the buyer's request, all prices are stated and payable in Chinese yuan (CNY). The Contract Price is CNY 560,000, fixed, including VAT, transport, customs clearance, insurance and all other costs of the Supplier. It is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Air and soil temperature and humidity nodes|120|1,650|198,000
TB:2|Tipping-bucket rain gauges|18|2,400|43,200
TB:3|Leaf-wetness sensors|36|1,100|39,600
TB:4|LoRa gateways with solar power kits|6|7,800|46,800
TB:5|Compact weather stations|2|26,500|53,000
TB:6|OrchardWatch software, perpetual licence|1|72,000|72,000
TB:|Equipment and Software Subtotal|||452,600
TB:7|Installation and commissioning|1 lot|58,400|58,400
TB:8|Frost-alert configuration and controller integration|1 lot|41,000|41,000
TB:9|Training|1 lot|8,000|8,000
TB:|Contract Price|||560,000
P:2.3 The Software licence is perpetual, non-exclusive and irrevocable, for use by the Buyer at its orchards and offices, with no limit on the number of users of the mobile application.
H:Section 3 Delivery and Installation
P:3.1 The Supplier shall deliver all Equipment to the Buyer's warehouse in Zhangting within 40 days after signature, and complete installation by 31 January 2026, before the frost season.
P:3.2 The Supplier shall place the nodes according to the layout plan approved by the Buyer, with at least one node in each frost pocket identified in the plan, and shall record the position, photograph and serial number of each device in the Software.
P:3.3 The Supplier's staff shall follow the Buyer's orchard rules, in particular on access to slopes in wet weather and on spraying days.
H:Section 4 Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 56,000) within 15 business days after signature, against an advance payment bank guarantee of the same amount issued by a bank in mainland China.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 308,000) within 15 business days after signing the Installation Certificate.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 196,000) within 15 business days after signing the Final Acceptance Certificate.
P:4.4 Each payment is made against a valid VAT invoice issued by the Supplier's agent in China or another invoice acceptable to the Buyer's tax office.
H:Section 5 Inspection and Acceptance
P:5.1 When installation is complete, the parties shall inspect the installed Equipment against the approved layout plan and the Buyer shall sign an Installation Certificate. The Installation Certificate confirms quantities and positions only and is not acceptance.
P:5.2 The System shall then run for 21 days. Final acceptance requires that: (a) temperature readings of ten nodes chosen by the Buyer differ from a calibrated reference thermometer by not more than 0.3 degrees Celsius; (b) at least 98% of scheduled readings from every node reach the Software during the run; (c) a simulated frost event at each of three test nodes triggers an alert to the duty phones and starts the linked fans within 60 seconds; (d) rain gauges agree with the weather stations within the tolerance stated in the technical specification; and (e) documentation, the layout record and training are complete.
P:5.3 When all criteria are met, the Buyer shall sign a Final Acceptance Certificate within seven days. Installation, use of the System during the frost season and payment do not amount to acceptance. If a test fails, the Supplier shall correct the fault at its cost and the test shall be repeated.
H:Section 6 Warranty and Support
P:6.1 The Supplier warrants the System for 36 months from the date of the Final Acceptance Certificate. During that period the Supplier shall repair or replace faulty Equipment, correct Software defects and provide updates free of charge, including batteries and solar panels that fail.
P:6.2 Severity 1 faults are faults that stop frost alerts or fan control for an orchard block. The Supplier shall respond to a Severity 1 fault within one hour, at any time between 1 February and 30 June and during business hours at other times, and restore alerting within eight hours, if necessary with spare gateways kept in the Buyer's warehouse. Other faults shall be answered within one business day and fixed within five business days.
P:6.3 For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay the Buyer CNY 500, which the Buyer may deduct from any amount due or claim directly.
P:6.4 After the warranty, the Buyer may order annual support at 7.5% of the Equipment and Software Subtotal, namely CNY 33,945 per support period, fixed for the three support periods after the warranty ends. Support is ordered by written purchase order and does not renew automatically.
H:Section 7 Delay
P:7.1 If the Supplier is late in delivery or installation for reasons not attributable to the Buyer, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:7.2 If installation is not complete by 20 February 2026, the Buyer may terminate the Contract under Section 12 and claim its losses for the frost season.
H:Section 8 Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may use it only to perform this Contract and shall not use, sell or analyse it for any other purpose.
P:8.2 The Software is installed on the Buyer's server in its Zhangting office. The Supplier shall connect remotely only through the VPN account provided by the Buyer, after approval for each session, and shall not copy Buyer Data to its own systems. The Supplier shall configure encrypted communication between gateways and server, change all default passwords and keep the System patched.
P:8.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the System or Buyer Data and shall be liable for the Buyer's losses caused by an incident that results from the Supplier's breach of this Section 8.
H:Section 9 Confidentiality
P:9.1 The Supplier shall keep confidential the Buyer's orchard layout, yields, prices, customers and other business information received under this Contract, and shall not disclose it without the Buyer's prior written consent, during the Contract and for three years after it ends.
H:Section 10 Intellectual Property
P:10.1 The Supplier retains the rights in the standard Software. The integration scripts, controller configurations, alert rules and layout records produced for the Buyer belong to the Buyer, which may use, modify and give them to other contractors freely.
H:Section 11 Liability
P:11.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, damage to property at the orchards, wilful misconduct and breach of Section 8, which are not limited.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or in the case of Section 7.2.
H:Section 13 Subcontracting
P:13.1 The Supplier may not subcontract installation or any other part of the work without the Buyer's prior written consent.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the people's court having jurisdiction where the Buyer is domiciled.
H:Section 15 Miscellaneous
P:15.1 This Contract is made in Chinese and English, and both texts are equally authentic. It takes effect on signature by both parties.
P:Buyer: Yuyao Siming Waxberry Orchard Co., Ltd.   Signature: ______________   Date: ______________
P:Supplier: Trakia AgriSense EOOD   Signature: ______________   Date: ______________
"""

# ---------------------------------------------------------------- e04 (.md, numbered clauses + Schedules)
E04 = r"""# Managed Video Conferencing Services Contract

**Contract reference:** DVN-SZ-2025-032

**Between**

**Shengzhou Jinyi Necktie Co., Ltd.**, Jinyi Industrial Park, Economic Development Zone, Shengzhou, Shaoxing, Zhejiang Province, People's Republic of China ("Customer"); and

**Dijle Visual Networks NV**, Schaliënhoevedreef 20, 2800 Mechelen, Belgium, enterprise number 0712.448.309 ("Provider").

**Background.** Customer designs and weaves silk ties and sells them to brands in Europe, the Middle East and Japan. Its buyers, designers and factory managers hold daily video meetings with clients and with its showroom in Milan. Customer wishes to replace its ageing room systems with a managed service, and Provider has offered to supply, operate and support meeting rooms and cloud meeting accounts as described in this Contract.

## 1. Definitions

1.1 **Service Year** or **Subscription Year**: the period from the Service Commencement Date to the day before its first anniversary, and each period between later anniversaries.

1.2 **Service Commencement Date**: the date on which Customer signs the Service Acceptance Certificate under clause 4.

1.3 **Rooms**: the 18 meeting rooms listed in Schedule 1, including the boardroom, the design studio and the showroom link room.

1.4 **Customer Data**: meeting recordings, chat, shared files, participant lists, call logs and any other data of Customer or its guests that passes through or is stored in the Services.

1.5 **Priority 1 Incident**: an incident as defined in Schedule 2.

## 2. Services

2.1 Provider shall supply, install and maintain video conferencing equipment in the Rooms (cameras, microphones, displays, room controllers and codecs), provide 60 host accounts on its cloud meeting platform, and monitor all Rooms from its network operations centre.

2.2 The Services include proactive monitoring, remote and on-site fault repair, firmware updates, a quarterly room health check, and a help line in Chinese and English.

2.3 Equipment installed in the Rooms remains Provider's property. Provider shall replace any unit that fails or reaches end of support during the Term at its own cost.

## 3. Term

3.1 This Contract starts on signature and the Services run for three Subscription Years from the Service Commencement Date (the "Term").

3.2 This Contract expires at the end of the Term. Any extension requires a written agreement signed by both parties.

## 4. Onboarding and Service Acceptance

4.1 Provider shall survey the Rooms, install the equipment, configure the codecs and accounts, and make all Rooms ready for testing within 50 days after signature.

4.2 Service Acceptance tests shall show, for each Room, that: (a) a test call to Customer's Milan showroom and to a client on another platform connects within 20 seconds; (b) 1080p video and echo-free audio are maintained for a 30-minute call at the normal office network load; (c) the room controller starts a meeting with one touch from the calendar; (d) the Room appears in Provider's monitoring with all devices reporting; and (e) room guides in Chinese and English are displayed.

4.3 When every Room has passed, Customer signs the Service Acceptance Certificate. Use of a Room before then is not acceptance.

4.4 If the Service Commencement Date is later than 60 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay, up to CNY 96,000.

## 5. Service Levels

5.1 Provider shall meet the service levels in Schedule 2, including availability of the cloud meeting platform of at least 99.95% in each calendar month.

5.2 If Provider misses a service level, Customer is entitled to the service credits in Schedule 2. Credits are deducted from the next invoice.

## 6. Charges and Payment

6.1 The Charges are set out in Schedule 3. At the buyer's request, all Charges are stated and payable in Chinese yuan (CNY) and include VAT.

6.2 Recurring Charges are invoiced quarterly in arrears, at the end of each quarter of a Service Year. The onboarding charge is invoiced after the Service Commencement Date. Nothing is payable before the Service Commencement Date.

6.3 Customer shall pay each correct invoice within 30 days of receipt.

## 7. Customer Data and Security

7.1 Customer Data belongs to Customer. Provider processes it only to provide the Services and only on Customer's documented instructions.

7.2 Provider shall host Customer's meeting platform tenant and recordings in data centres in mainland China, encrypt calls and stored recordings, restrict administrative access to named engineers using multi-factor authentication, keep access logs for 180 days, and apply security patches to Room equipment within 30 days of release.

7.3 Provider shall report any security incident affecting Customer Data to Customer within 24 hours, take immediate steps to contain it, and indemnify Customer for losses and regulatory penalties caused by an incident arising from Provider's failure to comply with this clause 7.

7.4 At the end of the Term Provider shall, at Customer's choice, hand over or delete all recordings and logs and wipe the storage of all Room equipment before removal.

## 8. Intellectual Property

8.1 Provider and its licensors keep all rights in the platform, equipment firmware and documentation.

8.2 Room layouts, controller screens, meeting templates and configurations designed for Customer belong to Customer, which may use and modify them freely and give them to a successor provider.

## 9. Subcontracting

9.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for the acts of any approved subcontractor.

## 10. Liability

10.1 Provider's total aggregate liability arising out of or in connection with this Contract, whether in contract, tort or otherwise, shall not exceed the Charges paid by Customer in the three months preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

10.3 Clause 10.1 does not limit liability for death or personal injury caused by negligence or for fraud.

## 11. Suspension and Ending of Services

11.1 Provider may suspend the Services after 14 days' written notice if an undisputed invoice remains unpaid 45 days after its due date, and may terminate this Contract if the amount is still unpaid 30 days after suspension.

11.2 Customer's remedies for any failure by Provider are the service credits under Schedule 2 and damages subject to clause 10. Customer may not terminate this Contract before the end of the Term, and the Charges for the remaining Term remain payable if Customer stops using the Services.

11.3 At the end of the Term Provider shall remove its equipment within 20 business days, make good any damage caused by removal, and cooperate with any successor provider.

## 12. Force Majeure

Neither party is liable for delay or failure caused by events beyond its reasonable control, including power cuts and public telecommunications outages, provided it notifies the other party promptly.

## 13. Governing Law and Disputes

13.1 This Contract is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai under its rules in force at the time, in English.

## 14. General

14.1 This Contract, with its Schedules, is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties.

14.2 Notices shall be sent by courier or e-mail to the addresses above, for Customer to the attention of the IT Manager.

## Schedule 1 - Rooms

| Site | Rooms | Notes |
|---|---|---|
| Head office, Jinyi Industrial Park | Boardroom, 6 meeting rooms | Boardroom with dual displays |
| Design centre | Design studio, 4 huddle rooms | Document camera in the design studio |
| Weaving plant | 4 meeting rooms | Industrial dust covers |
| Sales office | Showroom link room, 2 meeting rooms | Permanent link to Milan |

## Schedule 2 - Service Levels, Priorities and Credits

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| Priority 1 | Boardroom or showroom link room unusable, or more than three Rooms down at once | 15 minutes | 3 hours |
| Priority 2 | One Room unusable, or poor quality in several Rooms | 1 hour | 8 business hours |
| Priority 3 | Minor fault, or a request for change | 8 business hours | 5 business days |

Platform availability: at least 99.95% per calendar month, excluding maintenance agreed in advance.

Service credits: (a) for each Priority 1 incident not responded to or restored within the times above, 5% of the monthly Room charges; (b) for each Priority 2 incident not restored in time, 2% of the monthly Room charges; (c) for each 0.02 percentage point (or part) by which monthly availability falls short, 3% of the monthly platform charges. Credits in a month may not exceed 25% of that month's recurring Charges.

## Schedule 3 - Charges

| Item | Quantity | Charge per Subscription Year (CNY) | Total for the Term (CNY) |
|---|---|---|---|
| Managed Room service | 18 Rooms x 27,600 | 496,800 | 1,490,400 |
| Cloud meeting host accounts | 60 x 1,380 | 82,800 | 248,400 |
| Network operations centre monitoring | 1 | 54,000 | 162,000 |
| Recurring Charges | | 633,600 | 1,900,800 |
| Onboarding (survey, installation, configuration), one-time | 1 | | 69,200 |
| **Total Contract Value** | | | **1,970,000** |

Signed for Customer: ____________________ Date: __________

Signed for Provider: ____________________ Date: __________
"""

# ---------------------------------------------------------------- e05 (.txt, upper-case headings, a Schedule)
E05 = r"""API SUBSCRIPTION AGREEMENT
PROFESSIONAL TITLE VERIFICATION SERVICE

Agreement number: WDC-HF-2025-0093

THIS AGREEMENT is made between:

HEFEI ZHAOPINTONG HUMAN RESOURCES TECHNOLOGY CO., LTD., a company incorporated in the People's Republic of China, with its registered office at Building A3, Innovation Industrial Park, 800 Wangjiang West Road, High-tech Zone, Hefei, Anhui Province (the "Customer"); and

WACHAU DATACHECK GMBH, a company registered in Austria (commercial register number FN 512873 p, Regional Court of Krems an der Donau), with its registered office at Steiner Landstrasse 17, 3500 Krems an der Donau, Austria (the "Vendor").

BACKGROUND

The Customer runs an online recruitment platform for engineering, construction and health-care employers. Candidates state professional titles (such as engineer, senior engineer or attending physician) and qualification certificates in their profiles, and employers ask the Customer to confirm them. The Vendor operates a verification API that checks a title or certificate against the issuing authorities' public query services and the records of licensed data partners in mainland China, and returns a structured result. The Customer wishes to subscribe to the API and to have the Vendor support the integration.

1. DEFINITIONS

1.1 "API" means the Vendor's professional title verification interface described in the Schedule, with its documentation, sandbox and test keys.

1.2 "Query" means one verification request sent by the Customer through the API and the result returned for it.

1.3 "Subscription Year" means the period from the Integration Acceptance Date to the day before its first anniversary, and each period between later anniversaries.

1.4 "Integration Acceptance Date" means the date on which the Customer signs the integration acceptance record under clause 4.

1.5 "Customer Data" means all data that the Customer sends to the API, including candidate names, identity document numbers, certificate numbers and titles, and all results, logs and metadata relating to Queries.

2. SERVICES AND TERM

2.1 The Vendor shall provide the Customer with access to the API for the Term, together with the integration support in clause 4 and technical support under the Schedule.

2.2 The Term is two Subscription Years from the Integration Acceptance Date. The Agreement does not renew automatically; a further period requires a new written agreement.

2.3 The Vendor shall not reduce the coverage of issuing authorities or professions listed in the Schedule during the Term, and shall tell the Customer promptly if a source becomes unavailable.

3. FEES AND PAYMENT

3.1 At the buyer's request, all fees are stated and payable in Chinese yuan (CNY), inclusive of VAT.

3.2 The fees are set out in the Schedule. The Total Contract Value is CNY 302,000, made up of the platform fee of CNY 138,000 for each of the two Subscription Years and the one-time integration fee of CNY 26,000.

3.3 The platform fee is invoiced quarterly in arrears. The integration fee is invoiced after the Integration Acceptance Date. No fee is payable in advance.

3.4 Queries above the annual allowance stated in the Schedule are charged at the overage rate and invoiced quarterly in arrears; they are not part of the Total Contract Value.

3.5 The Customer shall pay correct invoices within 30 days.

4. INTEGRATION AND ACCEPTANCE

4.1 The Vendor shall provide sandbox access within five business days after signature and shall support the Customer's developers in connecting the API to the Customer's candidate profile service, including a field mapping for the Customer's own title codes.

4.2 Integration acceptance tests shall show that: (a) a test set of 2,000 Queries prepared by the Customer, covering all professions in the Schedule, returns results that match the known answers, except where the source authority has no record; (b) the API answers 95% of Queries within two seconds and all Queries within ten seconds under a load of 50 Queries per second; (c) error codes and retries behave as documented; and (d) the field mapping converts all of the Customer's title codes correctly.

4.3 When all tests are passed, the Customer shall sign an integration acceptance record. Use of the API in production before that date is not acceptance.

4.4 If the Integration Acceptance Date is later than 40 days after signature for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 300 for each day of delay, up to 10% of the Total Contract Value.

5. SERVICE LEVELS

5.1 The Vendor shall meet the service levels in the Schedule, including availability of the production API of at least 99.95% in each calendar month and a response to P1 incidents within 30 minutes.

5.2 If a service level is missed, the Customer receives the service credits stated in the Schedule, deducted from the next invoice.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. The Vendor processes Customer Data only to answer Queries and to invoice, as a processor acting on the Customer's instructions, and shall not use it for any other purpose, including building databases of candidates, training models or improving services for other clients.

6.2 The API and all Customer Data are hosted in mainland China, in a system filed under Multi-Level Protection Scheme level 3. Customer Data shall not leave mainland China. Query payloads are deleted seven days after the result is returned; billing records hold only a Query identifier and a timestamp.

6.3 The Vendor shall encrypt Customer Data in transit and at rest, restrict access to named staff using multi-factor authentication, log all access, and have an independent security test carried out during each Subscription Year, giving the Customer a summary of the results.

6.4 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. The Vendor shall notify the Customer within 12 hours after becoming aware of a security incident affecting Customer Data, take immediate steps to contain it and cooperate with any authority, and shall be liable for all losses, fines and notification costs caused by an incident resulting from the Vendor's breach of this clause 6.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including prices, volumes, technical documents and the Customer's client lists, and shall use it only for this Agreement.

7.2 This clause 7 continues to apply for three years after the Agreement ends.

8. INTELLECTUAL PROPERTY

8.1 The Vendor keeps all rights in the API and its documentation.

8.2 The field mapping, adapters and test sets produced for the Customer belong to the Customer, which may use, modify and license them freely, including to another verification provider.

9. SUBCONTRACTING

9.1 The data partners and the hosting provider listed in the Schedule are approved on signature. The Vendor shall not appoint any other subcontractor or sub-processor without the Customer's prior written consent, and remains liable for all of them.

10. LIABILITY

10.1 The Vendor's total liability under this Agreement is limited to twice the Total Contract Value. The limit does not apply to breach of clauses 6 or 7, wilful misconduct or gross negligence.

10.2 Neither party is liable for indirect loss or lost profit, except as stated in clause 10.1.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

11.2 On termination by the Customer for the Vendor's breach, the Vendor shall refund fees paid for any period after termination and delete all Customer Data, confirming the deletion in writing.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by Austrian law, excluding its conflict-of-law rules and the United Nations Convention on Contracts for the International Sale of Goods.

12.2 Any dispute arising out of or in connection with this Agreement shall be finally settled under the Rules of Arbitration of the Vienna International Arbitral Centre by a sole arbitrator. The seat of arbitration is Vienna, Austria, and the language is English.

13. GENERAL

13.1 Neither party is liable for failure caused by events beyond its reasonable control, provided it notifies the other party promptly. An outage of a source authority's query service is such an event only for Queries that depend on that source.

13.2 This Agreement and its Schedule are the entire agreement of the parties on their subject. Changes must be in writing and signed by both parties.

SCHEDULE - SERVICE DESCRIPTION, FEES AND SERVICE LEVELS

A. Coverage. Professional titles in engineering, construction, health care, education and accounting issued by provincial human resources and social security departments and the national qualification query services, and registered practising certificates for construction engineers and physicians, as listed in the API documentation version 2.4.

B. Approved subcontractors. Hosting: Huawei Cloud, mainland China regions. Data partners: the two licensed credit-information companies named in Annex B-1.

C. Fees.
Platform fee per Subscription Year, including 400,000 Queries: CNY 138,000.
Integration support, one-time: CNY 26,000.
Total Contract Value for two Subscription Years: CNY 302,000.
Overage: CNY 0.35 per Query above the allowance of a Subscription Year.

D. Service levels.
Production API availability: at least 99.95% per calendar month, excluding maintenance announced 72 hours in advance and held between 01:00 and 05:00 Beijing time.
P1 incident (API unavailable or returning wrong results for all Queries): response within 30 minutes at any time; restoration within three hours.
P2 incident (one source or profession unavailable, or slow responses): response within two hours; restoration within one business day.
P3 (questions and minor issues): answer within two business days.

E. Service credits.
Availability below 99.95% but at least 99.5%: 5% of the quarterly platform fee.
Availability below 99.5%: 10% of the quarterly platform fee.
Each P1 response or restoration that is late: CNY 1,000.
Credits in a quarter are limited to 25% of the quarterly platform fee.

SIGNED for the Customer: ______________________ Name and title: ______________________ Date: __________

SIGNED for the Vendor: ______________________ Name and title: ______________________ Date: __________
"""

# ================================================================ contracts, labels and checks
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
LOW_RULES = {"CR-GOVERNING-LAW"}
HIGH_RULES = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
              "CR-POST-WARRANTY-FEE"}


def pct(a, b):
    return a / b * 100


def num(x):
    """ints stay ints in the labels (as holdout18/19: 150, 0.1, 99.95)."""
    return int(x) if isinstance(x, float) and x.is_integer() and abs(x) >= 1 else x


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prep, acc, final, war, pwf, auto, term, sub, law, kind):
    return {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
            "data_security_clause": dsec, "buyer_owns_data": owns, "confidentiality": conf,
            "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": prep, "acceptance_clause": acc,
            "final_payment_on_acceptance": final, "warranty_months": war, "post_warranty_fee_pct": pwf,
            "auto_renewal_price_increase": auto, "termination_for_breach": term,
            "subcontract_without_consent": sub, "governing_law": law, "contract_kind": kind}


G, S = "goods_or_licence", "service"
# items: itemised price lines (sum must equal value); pays: payment instalments (sum must equal value);
# base: itemised licence/hardware subtotal (fee base) for goods; fee: post-warranty fee per year (None = not stated);
# forum_outside: dispute forum outside mainland China (script-only fact for CR-GOVERNING-LAW).
C = [
    dict(key="h344z01", name="h344z01_city_lifeline_safety_monitoring_platform.pdf", fmt="pdf", lang="zh",
         category="hardware", src=Z01, value=4840000,
         items=[1536000, 754000, 504000, 708000, 660000, 386000, 248000, 44000], base=4162000, fee=332960,
         pays=[968000, 2178000, 1694000], forum_outside=False,
         terms=T(99.95, 0.5, True, "buyer", True, True, True, 0.06, None, 20, True, True, 36, 8, False, True, False,
                 "PRC", G),
         extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                    acceptance_deemed_on_delivery=False),
         rules=[]),
    dict(key="h344z02", name="h344z02_ceramic_glazing_line_control_retrofit.docx", fmt="docx", lang="zh",
         category="hardware", src=Z02, value=1820000,
         items=[516000, 360000, 336000, 114000, 160000, 212000, 96000, 26000], base=1486000, fee=386360,
         pays=[182000, 637000, 910000, 91000], forum_outside=False,
         terms=T(None, 0.5, True, "buyer", True, True, True, 0.03, None, 10, True, True, 18, pct(386360, 1486000),
                 False, True, False, "PRC", G),
         extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                    acceptance_deemed_on_delivery=False),
         rules=["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    dict(key="h344z03", name="h344z03_pet_grooming_chain_booking_membership_saas.txt", fmt="txt", lang="zh",
         category="cloud", src=Z03, value=794000,
         items=[2 * 306000, 2 * 48000, 86000], pays=[86000] + [88500] * 8, forum_outside=False,
         terms=T(99.5, 1, False, "buyer", True, False, True, 0.08, 150, None, True, None, None, None, False, True,
                 False, "PRC", S),
         extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
         rules=["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY", "CR-SLA-NO-REMEDY"]),
    dict(key="h344z04", name="h344z04_fire_rescue_supervision_system_om_service.txt", fmt="txt", lang="zh",
         category="services", src=Z04, value=528000,
         items=[326000, 84000, 66000, 52000], pays=[132000] * 4, forum_outside=False,
         terms=T(99.95, 0.25, True, "buyer", False, True, True, 0.1, None, None, True, None, None, None, False, True,
                 True, "PRC", S),
         extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
         rules=["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
    dict(key="h344z05", name="h344z05_oyster_sauce_erp_supplier_template.md", fmt="md", lang="zh",
         category="software", src=Z05, value=1666000,
         items=[780000, 640000, 210000, 36000], base=780000, fee=None,
         pays=[833000, 749700, 83300], forum_outside=False,
         terms=T(None, 8, False, "supplier", True, True, True, None, 20, 50, False, False, 6, None, False, True, True,
                 "PRC", G),
         extra=dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=False,
                    acceptance_deemed_on_delivery=True),
         rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"]),
    dict(key="h344e01", name="h344e01_porcelain_studio_brush_pattern_licences_hu_vendor.pdf", fmt="pdf", lang="en",
         category="software", src=E01, value=580000,
         items=[301000, 88000, 64000, 96000, 31000], base=453000, fee=49830,
         pays=[116000, 261000, 203000], forum_outside=True,
         terms=T(None, None, False, "buyer", True, True, True, pct(520, 580000), 150, 20, True, True, 18,
                 pct(49830, 453000), False, True, False, "Hungary", G),
         extra=dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=True,
                    acceptance_deemed_on_delivery=False),
         rules=["CR-GOVERNING-LAW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    dict(key="h344e02", name="h344e02_ice_festival_ticketing_saas_ro_vendor.md", fmt="md", lang="en",
         category="cloud", src=E02, value=522000,
         items=[2 * 186000, 2 * 38000, 74000], pays=[298000, 224000], forum_outside=True,
         terms=T(99.95, 0.5, True, "buyer", True, True, True, pct(600, 522000), 200, pct(298000, 522000), True, None,
                 None, None, True, True, False, "Romania", S),
         extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
         rules=["CR-AUTO-RENEWAL", "CR-GOVERNING-LAW", "CR-PREPAYMENT"]),
    dict(key="h344e03", name="h344e03_waxberry_orchard_frost_rain_sensors.docx", fmt="docx", lang="en",
         category="hardware", src=E03, value=560000,
         items=[198000, 43200, 39600, 46800, 53000, 72000, 58400, 41000, 8000], base=452600, fee=33945,
         pays=[56000, 308000, 196000], forum_outside=False,
         terms=T(None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 36, 7.5, False, True, False,
                 "PRC", G),
         extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                    acceptance_deemed_on_delivery=False),
         rules=[]),
    dict(key="h344e04", name="h344e04_tie_maker_managed_video_conferencing.md", fmt="md", lang="en",
         category="services", src=E04, value=1970000,
         items=[3 * 496800, 3 * 82800, 3 * 54000, 69200], pays=[3 * 633600, 69200], forum_outside=False,
         terms=T(99.95, 0.25, True, "buyer", True, True, False, pct(1200, 1970000), round(3 / 36 * 100, 4), None,
                 True, None, None, None, False, False, False, "PRC", S),
         extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
         rules=["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP", "CR-TERMINATION"]),
    dict(key="h344e05", name="h344e05_title_verification_api_subscription_at_vendor.txt", fmt="txt", lang="en",
         category="cloud", src=E05, value=302000,
         items=[2 * 138000, 26000], pays=[138000 / 4] * 8 + [26000], forum_outside=True,
         terms=T(99.95, 0.5, True, "buyer", True, True, True, pct(300, 302000), 200, None, True, None, None, None,
                 False, True, False, "Austria", S),
         extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
         rules=["CR-GOVERNING-LAW"]),
]


def tco(c):
    """policy §4: horizon 5 years from acceptance; purchase + implementation = contract value; post-warranty years
    = 5 - warranty years (pro rata). None when not a goods contract or the fee is not stated."""
    t = c["terms"]
    if t["contract_kind"] != G or c.get("fee") is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = c["fee"] * years
    total = c["value"] + post
    return dict(years=years, post=post, total=total, share=pct(post, total))


def derive_rules(c):
    """policy.md §3 applied to the labels (my reading, for a consistency check of the hand-written lists)."""
    t, x, r = c["terms"], c["extra"], set()
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
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        tc = tco(c)
        if tc and tc["share"] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or c["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH_RULES for r in rules):
        return "high"
    if any(r not in LOW_RULES for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold figures (must appear nowhere)
NUM = r"(?<![\d.,])"
PCT = r"\s*(?:%|％|per\s*cent\b|percent\b)"
THRESHOLDS = {
    "availability 99.9": [NUM + r"99\.9(?![\d])"],
    "P1 response 4 hours": [NUM + r"4\s*个?\s*(?:小时|钟头|h\b|hrs?\b|hours?\b|-hour)",
                            r"(?<![十\d])四\s*个?\s*(?:小时|钟头)",
                            r"(?<!twenty-)(?<!twenty )\bfour[\s-]*(?:hours?|hrs?)\b",
                            NUM + r"240\s*(?:分钟|min\b|minutes?\b)", r"二百四十\s*分钟"],
    "delay damages 0.05 %/day": [NUM + r"0?\.05" + PCT, r"万分之五(?![十百千])", r"千分之零点五",
                                 NUM + r"0\.5\s*‰", r"(?<!\d)5\s*‱"],
    "liability cap 100 %": [NUM + r"100" + PCT, r"百分之一?百(?![分])", r"\bone\s+hundred\s+per\s*cent"],
    "prepayment 30 %": [NUM + r"30" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"三成",
                        r"\bthirty\s+per\s*cent"],
    "warranty 12 months": [NUM + r"12\s*(?:个月|months?\b|-month)", r"(?<![一二三四五六七八九])十二\s*个月",
                           NUM + r"1\s*年", r"(?<![十〇零])一\s*年", r"\bone[\s-]+years?\b",
                           r"\btwelve[\s-]+months?\b"],
    "post-warranty fee 15 %": [NUM + r"15" + PCT, r"百分之十五(?![点])", r"\bfifteen\s+per\s*cent"],
    "TCO share 40 %": [NUM + r"40" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"四成", r"\bforty\s+per\s*cent"],
    "5 years / 60 months": [NUM + r"5\s*(?:年|years?\b|-year)", r"(?<![十〇零])五\s*年", r"\bfive[\s-]+years?\b",
                            NUM + r"60\s*(?:个月|months?\b|-month)", r"六十\s*个月", r"\bsixty[\s-]+months?\b"],
}
THRESH_RE = {k: [re.compile(p, re.I) for p in v] for k, v in THRESHOLDS.items()}


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text)):
        for k, pats in THRESH_RE.items():
            for p in pats:
                for m in p.finditer(variant):
                    hits.append((k, m.group(0), variant[max(0, m.start() - 15):m.end() + 15]))
    return hits


MUST_HIT = ["99.9%", "可用率99.9％", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "four hours", "4-hour",
            "240分钟", "240 minutes", "0.05%", "0.05 per cent", "万分之五", "100%", "100 per cent", "百分之百",
            "百分之一百", "30%", "30 per cent", "百分之三十", "三成", "12个月", "12 months", "十二个月", "一年",
            "1年", "one year", "one-year", "twelve months", "15%", "百分之十五", "fifteen per cent", "40%",
            "百分之四十", "5年", "五年", "five years", "5-year", "60个月", "60 months", "六十个月"]
MUST_NOT = ["24小时", "二十四小时", "24 hours", "twenty-four hours", "14小时", "99.95%", "99.5%", "115%", "0.15%",
            "130%", "百分之三十五", "四十二个月", "2025年", "2015年", "112个月", "15日", "1.5倍", "12张", "0.06%",
            "万分之三", "240,000", "one Subscription Year", "三个服务年度", "一个服务年度", "1,240 minutes",
            "0.02 percentage point", "140%", "2024年修订", "5个工作日"]


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "regex misses %r" % s
    for s in MUST_NOT:
        assert not threshold_hits(s), "regex hits %r: %r" % (s, threshold_hits(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def label(c):
    terms = {k: num(v) for k, v in c["terms"].items()}
    extra = dict(c["extra"])
    extra["contract_value"] = c["value"]
    return {"file": c["name"], "language": c["lang"], "category": c["category"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted(c["rules"])}


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    built = {}
    for c in C:
        assert sum(c["items"]) == c["value"], (c["key"], sum(c["items"]))
        assert abs(sum(c["pays"]) - c["value"]) < 1e-6, (c["key"], sum(c["pays"]))
        if c["fmt"] in ("txt", "md"):
            (OUT / c["name"]).write_text(c["src"].lstrip("\n"), encoding="utf-8")
            print("wrote", c["name"])
    write({c["key"]: c["src"] for c in C if c["fmt"] in ("docx", "pdf")},
          {c["key"]: (c["name"], c["fmt"]) for c in C if c["fmt"] in ("docx", "pdf")}, OUT, wrap_words=True)
    fired = set()
    mix = {"none": 0, "single_low": 0, "two_three": 0, "many": 0}
    print()
    print("%-60s %-6s %-7s %s" % ("file", "size", "risk", "expected rules"))
    for c in C:
        path = OUT / c["name"]
        text = read_back(path)
        size = len(text) if c["lang"] == "zh" else len(text.split())
        lo, hi = (2800, 3300) if c["lang"] == "zh" else (1500, 1700)
        assert lo <= size <= hi, "%s length %d outside %d-%d" % (c["name"], size, lo, hi)
        hits = threshold_hits(text) + threshold_hits(c["src"])
        assert not hits, (c["name"], hits)
        t = c["terms"]
        for k, th in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                      ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                      ("post_warranty_fee_pct", 15)]:
            assert t[k] is None or abs(t[k] - th) > 1e-6, (c["key"], k, t[k])
        tc = tco(c)
        if tc:
            assert abs(tc["share"] - 40) > 0.5 and t["warranty_months"] != 60, (c["key"], tc)
        rules = derive_rules(c)
        assert rules == sorted(c["rules"]), (c["key"], rules, c["rules"])
        fired |= set(rules)
        if not rules:
            mix["none"] += 1
        elif len(rules) == 1 and rules[0] in LOW_RULES:
            mix["single_low"] += 1
        elif 2 <= len(rules) <= 3:
            mix["two_three"] += 1
        elif len(rules) >= 8:
            mix["many"] += 1
        else:
            raise AssertionError((c["key"], rules))
        lab = label(c)
        (OUT / (path.stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        extra = "" if not tc else "  TCO %.0f, post-warranty %.0f over %.1f y, share %.2f %%" % (
            tc["total"], tc["post"], tc["years"], tc["share"])
        print("%-60s %-6d %-7s %s%s" % (c["name"], size, risk(rules), ", ".join(rules) or "(none)", extra))
    assert mix == {"none": 2, "single_low": 1, "two_three": 6, "many": 1}, mix
    assert len(C[4]["rules"]) >= 8 and C[4]["key"] == "h344z05"
    missing = set(ALL_RULES) - fired
    assert not missing, missing
    print("\nall 20 CR rules fire at least once; mix", mix)


if __name__ == "__main__":
    main()
