"""holdout316 — writes the ten ordinary draft contracts, their .json labels, and checks them.

Run from this folder:  /work/main/.venv/bin/python -B make_files.py
Everything is written into this folder only. The .docx/.pdf files are built with ../word_pdf.py (wrap_words=True);
.txt/.md files are written as UTF-8. Afterwards every built file is read back (python-docx paragraphs + table rows,
pypdf pages, file text) to check lengths and to scan for threshold figures.
"""
import sys; sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
S = {}  # key -> text (txt/md) or word_pdf markup (docx/pdf)

# ---------------------------------------------------------------- z01 (pdf, 第X条 + 1.1) 教育局 政府采购 公开招标
S["z01"] = """T:青溪市中小学校园安全视频监测与预警平台建设项目采购合同
P:合同编号：QXJY-2025-ZC-0317
P:项目编号：QXCG2025-GK-0142（公开招标）
P:甲方（采购人）：青溪市教育局
P:地址：青溪市文昌路88号
P:乙方（中标供应商）：浙江瞰安智能科技有限公司
P:地址：杭州市滨江区江陵路1700号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及青溪市中小学校园安全视频监测与预警平台建设项目（以下简称“本项目”）公开招标的结果，乙方为本项目中标供应商。甲乙双方依据招标文件、乙方投标文件及中标通知书，经协商一致，订立本合同，共同遵守。
H:第一条 合同标的与范围
P:1.1 乙方为甲方所属42所中小学校建设校园安全视频监测与预警平台，内容包括智能摄像机、校园边缘分析盒及存储服务器的供货与安装，平台软件许可，与市教育安全管理平台的对接，人员培训以及质保期内的全部服务。
P:1.2 具体技术要求以招标文件第五章《技术需求书》及乙方投标文件中的技术响应表为准。招标文件、投标文件、中标通知书均为本合同的组成部分；上述文件与本合同条款不一致的，以本合同条款为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰捌拾捌万元整（¥2,880,000.00），为含税固定总价，包括货物、软件许可、运输、保险、安装、调试、对接、培训、质保期服务及税费等全部费用。
P:2.2 分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|智能摄像机（含支架、防水箱）|1,260台|1,150|1,449,000
TB:2|校园边缘分析盒|42台|8,600|361,200
TB:3|视频监测与预警平台软件许可（42校接入）|1套|486,000|486,000
TB:4|存储服务器|6台|52,300|313,800
TB:|软硬件小计|||2,610,000
TB:5|安装调试及平台对接|1项|238,000|238,000
TB:6|培训|1项|32,000|32,000
TB:|合计|||2,880,000
P:2.3 除本合同另有约定外，甲方不再向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的20%，即人民币576,000元，作为预付款。
P:3.2 全部设备安装完毕并通过初步验收后15个工作日内，甲方支付合同总价的45%，即人民币1,296,000元。
P:3.3 项目通过最终验收后15个工作日内，甲方支付合同总价的35%，即人民币1,008,000元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。乙方已按招标文件要求提交合同总价5%的履约保证金，质保期满且无未决事项后无息退还。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后60日内完成全部设备到货及安装，90日内完成平台部署、对接并申请初步验收。
P:4.2 乙方进校施工应避开教学时段，遵守学校安全管理制度；施工人员须持证上岗，并在进出校园时接受登记。
P:4.3 乙方应为每所学校指定安装负责人，施工完毕后清理现场，恢复因施工损坏的墙面、吊顶和绿化。
H:第五条 验收
P:5.1 初步验收：全部摄像机及边缘分析盒安装到位并接入平台；1,260路视频均可实时调阅和回放；周界入侵、人员聚集、攀爬翻越、校门口拥堵四类预警事件经现场模拟测试均能正确触发，推送至校级和局级终端的时延不超过3秒；与市教育安全管理平台的接口联调通过。
P:5.2 最终验收：初步验收后连续试运行30日，期间未发生一级故障；视频录像保存不少于90日；等级保护测评机构出具平台测评合格意见；乙方提交竣工图、设备清单、配置台账和操作手册。甲方组织由使用学校代表和专家组成的验收小组，对照招标文件技术需求逐项验收，并出具书面验收报告。
P:5.3 设备到货签收、安装完毕或甲方先行使用，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质保与售后服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供设备维修或更换、软件升级及故障处理服务。
P:6.2 平台服务月可用率不低于99.95%。一级故障指平台整体不可用或三所以上学校视频中断，乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障指单所学校部分点位中断，乙方应在2小时内响应、次日内修复。
P:6.3 乙方一级故障响应或恢复每超时1小时，甲方可从应付款或履约保证金中扣减人民币800元；月可用率每低于承诺值0.01个百分点，扣减人民币1,000元。
P:6.4 质保期满后，甲方如需继续维保服务，双方另行签订维保合同。年度维保费不超过软硬件小计的6%，即每年不超过人民币156,600元，且自质保期满起三个年度内不上调。维保合同不自动续期。
H:第七条 数据安全
P:7.1 平台采集的视频图像、预警记录及师生信息等全部数据归甲方所有。乙方仅可为履行本合同处理上述数据，不得复制、留存、向第三方提供或用于其他任何目的。
P:7.2 平台部署于甲方指定的教育城域网机房，按网络安全等级保护第三级要求建设。乙方运维人员经甲方审批后通过堡垒机访问，操作全程留痕。
P:7.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内报告甲方并配合处置；因乙方原因导致的，乙方承担全部责任并赔偿甲方损失。
H:第八条 保密
P:8.1 乙方对在履行本合同过程中知悉的学校布局、安防部署、师生信息及甲方其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第九条 知识产权
P:9.1 乙方为本项目定制开发的对接程序、预警规则配置、接口文档及其他成果的知识产权归甲方所有。乙方应交付源代码及技术文档，甲方可自行或委托第三方修改和使用。
P:9.2 平台软件产品的知识产权仍归乙方所有，乙方授予甲方在本项目范围内永久、不可撤销的使用许可。乙方保证所供货物和软件不侵犯任何第三方的合法权利。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十一条 分包
P:11.1 本项目不允许分包。乙方不得将本合同义务全部或部分转让或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方执四份，乙方执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：青溪市教育局    乙方（盖章）：浙江瞰安智能科技有限公司
P:法定代表人或授权代表：__________    法定代表人或授权代表：__________
P:签订日期：2025年  月  日
"""

# ---------------------------------------------------------------- z02 (docx, 一、/（一）) 方便面厂 油炸线控制系统改造
S["z02"] = """T:油炸生产线控制系统改造项目合同
P:合同编号：MXY-SB-2025-086
P:甲方（买方）：河南麦香园食品有限公司
P:住所：河南省漯河市召陵区食品工业园麦香路6号
P:乙方（卖方）：郑州恒控自动化工程有限公司
P:住所：郑州市高新区翠竹街21号
P:鉴于甲方方便面二车间两条油炸生产线的控制系统老化、油温波动较大，甲方经邀请比选确定由乙方承担控制系统改造。双方根据《中华人民共和国民法典》，就改造项目的设备供货、软件许可、程序编制、安装调试及售后服务达成如下协议。
H:一、项目内容
P:（一）乙方负责拆除二车间1号、2号油炸线原有继电器控制柜，更换为PLC控制系统，新增油温闭环控制单元、变频驱动和HMI操作站，并部署SCADA监控软件和配方管理软件，实现油温、油位、面块输送速度的集中监控与配方下发。
P:（二）改造须在甲方安排的停产窗口内完成，每条线停产时间不超过7日。乙方应提前10日提交切换方案，经甲方设备部确认后实施。
P:（三）乙方应在切换方案中列明新旧系统并行调试步骤、回退措施和所需甲方配合事项。停产窗口内乙方应安排不少于6名工程师现场作业，并保证切换完成后的首个生产班次有工程师跟班。
H:二、合同价格
P:（一）合同总价为人民币壹佰玖拾贰万元整（¥1,920,000），含税，包括设备、软件许可、运输、安装、调试、培训及质保期服务。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU及I/O模块）|4套|186,000|744,000
TB:2|油温控制单元（温控仪表、热电偶、调节阀）|6套|42,500|255,000
TB:3|变频器及电机驱动|18台|9,800|176,400
TB:4|HMI触摸屏|8台|12,600|100,800
TB:5|SCADA监控软件许可|1套|168,000|168,000
TB:6|配方管理软件许可|1套|96,000|96,000
TB:|软硬件小计|||1,540,200
TB:7|控制程序编制与调试|1项|212,000|212,000
TB:8|安装、布线及停产切换|1项|148,800|148,800
TB:9|操作与维护培训|1项|19,000|19,000
TB:|合计|||1,920,000
P:（二）合同价格为固定价格，不因原材料、汇率或人工成本变化而调整。现场施工所需的辅材、线缆桥架及临时用电设施均已包含在合同价格内。
H:三、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%，即人民币384,000元，作为预付款。
P:（二）设备全部到货并完成安装、通电后，甲方支付合同总价的50%，即人民币960,000元。到货签收及安装完毕不代表质量验收合格。
P:（三）项目终验合格后，甲方支付合同总价的25%，即人民币480,000元。
P:（四）余款为合同总价的5%，即人民币96,000元，作为质量保证金，质保期满且无未决质量问题后无息支付。
H:四、交付与工期
P:（一）乙方应在合同生效后45日内将全部设备运抵甲方二车间。1号线、2号线的改造分别在甲方书面通知的停产窗口内完成。
P:（二）乙方应在设备发货前3日书面通知甲方，到货时双方共同开箱清点，核对型号、数量和外观，并签署到货签收单。
P:（三）乙方每逾期一日交付设备或完成改造，按合同总价的万分之八向甲方支付违约金。
P:（四）甲方逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
P:（五）乙方现场施工人员应遵守甲方食品生产车间的卫生管理规定，进入车间须更衣、消毒，不得携带玻璃等易碎物品；动火、登高及带电作业须办理甲方作业许可。因乙方违反安全规定造成人身伤害、设备损坏或产品污染的，由乙方承担责任。
H:五、验收
P:（一）终验标准：每条线在满负荷生产下连续运行72小时，油温控制精度在设定值±1.5℃以内；配方下发与HMI显示一致；SCADA数据采集周期不大于1秒；超温、低油位、急停等联锁保护逐项测试动作正确；乙方提交PLC源程序、电气图纸和操作手册。
P:（二）终验前试生产期为15日。终验由甲方生产部、设备部和质量部共同进行，并出具书面终验报告。任何一项不合格的，乙方应在7日内整改后重新验收。
P:（三）设备投入试生产或甲方实际使用，不视为终验合格。
P:（四）乙方应在终验前向甲方交付全部技术资料，包括电气原理图、接线图、I/O点表、PLC及HMI源程序、软件安装介质与授权文件、备品备件清单和维护保养手册，纸质版两套、电子版一套。
P:（五）乙方应为甲方培训操作人员不少于20人次、维护电工不少于6人次，培训内容包括日常操作、配方管理、常见故障判断与处理，培训后由甲方组织考核。
H:六、质保与维保
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内乙方免费维修、更换故障部件并提供软件修补。乙方保证所供设备为全新原厂正品，随货提供合格证、原厂质保书及报关或采购凭证。
P:（二）故障响应：一级故障（生产线停线或油温失控）乙方应在30分钟内远程响应，2小时内到场，6小时内恢复生产；二级故障应在2小时内响应，24小时内解决。一级故障每超时1小时，乙方向甲方支付人民币1,000元。
P:（三）质保期满后，乙方提供年度维保服务，内容包括定期巡检、备件更换、程序优化和全天候电话支持。年度维保费为软硬件小计的28%，即人民币431,256元/年，在维保合同有效期内不作调整。维保按年度另行签订合同，不自动续期。
H:七、数据与网络安全
P:（一）控制系统运行数据、配方参数及生产记录归甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:（二）乙方远程维护须经甲方设备部逐次审批，通过甲方提供的工控VPN接入，不得私设远程通道；乙方应在控制网络与办公网络之间部署工业防火墙，并关闭不必要的端口和服务。
P:（三）因乙方原因造成控制系统感染病毒、数据泄露或篡改的，乙方应在2小时内报告甲方，承担恢复费用并赔偿甲方全部损失。
H:八、保密
P:（一）乙方对甲方的配方、工艺参数、产能数据及其他商业信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后三年内有效。
H:九、知识产权
P:（一）乙方为本项目编制的PLC程序、HMI画面、配方模型及相关图纸的知识产权归甲方所有，甲方可自行修改或交由第三方维护。SCADA及配方管理软件产品的知识产权归原权利人，乙方保证甲方获得永久使用许可。
H:十、责任限额
P:（一）乙方在本合同项下的累计赔偿责任以合同总价的1.5倍为限，但人身伤害、故意或重大过失以及违反本合同第七、第八部分造成的损失不受此限。
H:十一、分包
P:（一）乙方如需将电气安装、布线工作分包，须事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:十二、合同解除
P:（一）乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十三、适用法律与争议解决
P:（一）本合同适用中华人民共和国法律。因本合同发生的争议，提交漯河仲裁委员会仲裁。
H:十四、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：河南麦香园食品有限公司（盖章）    乙方：郑州恒控自动化工程有限公司（盖章）
P:授权代表：__________    授权代表：__________
P:日期：2025年  月  日
"""

# ---------------------------------------------------------------- z03 (txt, 第X条 + （1）) 少儿编程 教务及收费 SaaS + 实施
S["z03"] = """课云教务SaaS服务及实施合同

合同编号：MQ-IT-2025-011
甲方：深圳码趣少儿编程教育有限公司
地址：深圳市南山区科苑路15号码趣大厦6楼
乙方：广州课云信息科技有限公司
地址：广州市天河区天河北路233号

鉴于甲方在深圳、东莞、惠州三地共设有30个少儿编程培训校区，需统一排课、学员管理及收费退费管理；乙方为“课云教务”SaaS平台的开发和运营方。双方经友好协商，就乙方向甲方提供平台服务及实施服务事宜达成如下条款。

第一条 服务内容
（1）乙方通过“课云教务”SaaS平台向甲方30个校区提供排课、学员档案、课时消耗、家长端通知、在线收费与退费、财务对账及经营报表等功能（以下简称“本服务”）。
（2）乙方负责本服务的实施，包括历史学员及课时数据迁移、校区与课程体系配置、与甲方收款银行及微信支付商户号的对接、管理员及教务人员培训。
（3）乙方为甲方定制开发“课时包退费计算”规则及“校区经营月报”两项功能，需求以双方签字确认的需求说明书为准。
（4）服务期内乙方为甲方提供平台的常规版本升级，不另行收费；升级不得删减甲方正在使用的功能，涉及操作方式重大变化的，乙方应提前15日通知并提供培训材料。
（5）乙方为甲方指定专属客户成功经理一名，负责需求对接、问题跟踪和季度服务回顾。

第二条 服务期限与续期
（1）首个服务期为三个服务年度，自上线验收合格之日起算。
（2）首个服务期届满前30日，任何一方未书面提出不再续订的，本合同自动续期一个服务年度，此后亦同。续期服务年度的订阅费由乙方按其届时标准价格确定，较上一服务年度的上浮幅度不超过10%，乙方在续期前以邮件方式告知甲方即可。

第三条 费用
（1）订阅费：每校区每服务年度人民币9,600元，30个校区合计每服务年度人民币288,000元。
（2）实施费（含数据迁移、配置、对接、培训及第一条第（3）项定制开发）：人民币126,000元，一次性支付。
（3）首个服务期合同总金额为人民币990,000元，即订阅费864,000元加实施费126,000元。
（4）甲方在服务期内新增校区的，按每校区每服务年度9,600元按剩余月份折算计费，该费用不计入本合同总金额。

第四条 付款
（1）本合同签订后10个工作日内，甲方一次性支付实施费及第一个服务年度的订阅费，合计人民币414,000元。
（2）第二、第三个服务年度的订阅费，甲方应在该服务年度开始前15日内支付。
（3）乙方收款前应向甲方开具增值税专用发票。

第五条 实施与上线验收
（1）乙方应在收到第四条第（1）项款项后60日内完成实施并书面申请上线验收。
（2）上线验收标准：30个校区全部开通；迁移的学员档案、剩余课时和预收学费余额与甲方原系统导出数据逐校核对一致；在线收费、退费以及与银行、微信支付的对账连续10个营业日无差错；定制功能按需求说明书测试通过；500个并发用户下主要页面响应时间不超过2秒。
（3）甲方在收到验收申请后10个工作日内组织验收并出具书面意见。乙方开通账号或甲方试用，均不视为上线验收合格。
（4）实施期间乙方应为各校区教务、前台及财务人员分批组织线上培训，并为每个校区提供操作手册和常见问题视频；上线后首个月安排专人值守答疑。
（5）乙方逾期完成上线验收的，每逾期一日，按本合同总金额的千分之一向甲方支付违约金。

第六条 服务水平
（1）本服务的月可用率不低于99.5%。计划内维护须提前3日通知，并安排在22:00至次日6:00之间进行，不计入不可用时间。
（2）一级故障（平台整体无法登录，或收费、退费功能中断）乙方应在15分钟内响应，2小时内恢复；二级故障（单一功能异常）应在1小时内响应，1个工作日内解决。
（3）月可用率低于承诺值的，每低0.1个百分点，乙方按当月订阅费（服务年度订阅费按月平均计算）的2%抵扣下期费用；一级故障恢复每超时1小时，另抵扣人民币500元。

第七条 数据安全
（1）甲方录入或迁移的学员、家长信息（含未成年人个人信息）、课时与收费数据归甲方所有。乙方仅为提供本服务处理上述数据，不得用于其他目的，也不得向任何第三方提供。
（2）数据存储于中国境内，乙方平台已通过网络安全等级保护第三级测评。乙方应对数据加密存储和传输，实施访问权限控制和操作日志审计，并按《个人信息保护法》对未成年人信息采取专门保护措施。
（3）发生数据泄露等安全事件的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方全部承担。
（4）乙方应每日对甲方数据进行备份，备份数据保存于境内另一数据中心，并每季度进行一次恢复演练。
（5）合同终止后30日内，乙方应以通用格式向甲方完整交还数据，并在甲方确认后彻底删除。

第八条 甲方义务
（1）甲方应指定项目负责人，按实施计划提供历史数据、校区及课程资料，并组织各校区人员参加培训。
（2）甲方应妥善保管管理员账号和密码，按岗位分配各校区用户权限；因甲方人员泄露账号造成的损失由甲方自行承担。
（3）甲方应按约定及时支付费用，并对其通过本服务向家长发送的通知内容的合法性负责。

第九条 保密
（1）双方对在合作中知悉的对方商业信息、经营数据、招生及定价策略负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

第十条 知识产权
（1）“课云教务”平台本身的知识产权归乙方所有。
（2）第一条第（3）项定制功能的需求文档、规则配置及源代码的知识产权归甲方所有，乙方应在上线验收时向甲方交付源代码和配置说明，且不得向其他客户提供该定制功能。

第十一条 责任限制
（1）乙方在本合同项下的累计赔偿责任以本合同总金额的两倍为限；因数据泄露或侵犯知识产权造成的损失不受此限。

第十二条 分包
（1）乙方不得将本服务或实施工作分包给第三方，确需分包的，须事先取得甲方书面同意。

第十三条 合同解除
（1）乙方严重违约（包括月可用率连续两个月未达到第六条承诺、发生重大数据安全事件），经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同，乙方应退还未使用服务期对应的已付费用。

第十四条 法律适用与争议解决
（1）本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

第十五条 其他
（1）因不可抗力导致本服务中断的，受影响方应及时通知对方并采取措施减少损失；乙方应在不可抗力消除后尽快恢复服务。
（2）双方指定的联系人及邮箱见附件，通过上述邮箱发送的通知视为送达。
（3）本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
（4）附件：需求说明书、校区清单、联系人清单。

甲方（盖章）：深圳码趣少儿编程教育有限公司
授权代表：__________
乙方（盖章）：广州课云信息科技有限公司
授权代表：__________
签订日期：2025年  月  日
"""

# ---------------------------------------------------------------- z04 (txt, 1. / 1.1) 市政务服务中心 一窗受理 年度运维, 竞争性磋商
S["z04"] = """澄州市政务服务中心“一窗受理”综合业务系统运维服务合同

项目编号：CZCG-2025-CS-0076（竞争性磋商）
合同编号：CZZW-YW-2025-09
甲方（采购人）：澄州市政务服务中心
地址：澄州市人民大道1号市民中心B座
乙方（成交供应商）：江西政通信息技术有限公司
地址：南昌市红谷滩区丰和中大道912号

根据《中华人民共和国政府采购法》及其实施条例，依据澄州市政务服务中心“一窗受理”综合业务系统运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，订立本合同。

1. 服务范围
1.1 应用运维：负责“一窗受理”综合业务系统（综合受理、分类审批、统一出件、好差评模块）的日常运行监控、故障处理、参数配置及小版本优化。
1.2 驻场服务：乙方派驻3名运维工程师在市民中心驻场，工作日8:30至17:30在岗；节假日及重大活动期间按甲方要求安排值守。
1.3 基础软件维护：负责系统所用数据库、中间件的巡检、备份检查、性能调优和补丁更新。
1.4 安全巡检：每季度开展一次漏洞扫描与基线核查，每半年组织一次应急演练。
1.5 配合工作：配合甲方完成事项目录调整、新增事项上线、与省政务服务平台及各部门审批系统的接口联调，配合上级部门的检查和数据报送。
1.6 进场交接：乙方应在服务期开始前10日内完成与原运维服务商的交接，核对系统配置、账号权限和遗留问题清单，形成交接记录报甲方确认。

2. 服务期限
2.1 服务期自2025年7月1日起至2026年6月30日止。
2.2 服务期满本合同即行终止，后续服务由甲方依法另行组织采购，本合同不自动续期。

3. 服务费用
3.1 本合同总价为人民币伍拾捌万陆仟元整（¥586,000），为含税固定总价，构成如下：
    驻场运维服务费（3人）            372,000元
    应用系统维护及小版本优化          124,000元
    数据库及中间件维护                 56,000元
    安全巡检与应急演练                 34,000元
    合计                              586,000元
3.2 上述费用包含乙方人员工资、社保、差旅、工具及税费，甲方不再另行支付其他费用。

4. 付款方式
4.1 服务费按季度支付。每季度结束后，乙方提交季度运维报告，甲方确认后20个工作日内支付当季服务费人民币146,500元。
4.2 甲方不向乙方支付预付款。乙方每次请款时应提供合法有效的发票。

5. 人员要求
5.1 驻场工程师应具备3年以上政务系统运维经验，名单及资质证明作为本合同附件。
5.2 乙方更换驻场人员须提前10个工作日书面征得甲方同意，并做好工作交接。
5.3 驻场人员应遵守市民中心的考勤、着装及窗口服务规范。
5.4 甲方为驻场人员提供办公座位、网络接入及必要的办公条件，并指定一名联络人负责日常工作对接和服务确认。

6. 服务水平
6.1 一级故障（全市“一窗受理”业务中断，或数据错误影响群众办事）：乙方应在15分钟内响应，1小时内到场，3小时内恢复业务。
6.2 二级故障（单个窗口或单项事项无法办理）：30分钟内响应，8小时内解决。
6.3 三级故障（不影响办件的一般问题）：1个工作日内解决。
6.4 乙方每月5日前提交上月运维报告，内容包括工单统计、故障分析、巡检结果及优化建议。
6.5 全国及省市重大会议、节假日前后和集中办件高峰期间，乙方应提前制定保障方案，增派技术人员现场值守，并在每日开厅前完成系统巡检。
6.6 乙方未达到上述服务水平的，应在甲方通知后5个工作日内提交书面原因分析，并落实整改措施。

7. 考核与验收
7.1 甲方每季度按附件《运维服务考核表》对故障响应及时率、故障解决率、巡检完成情况和文档质量进行评分。考核结果作为服务质量评价和今后采购的参考，不与服务费挂钩。
7.2 服务期满前15日，乙方提交验收申请。验收标准为：全部故障工单已闭环；配置台账、应急预案、操作手册等运维文档完整移交；服务期内的小版本优化代码及部署说明已提交；安全巡检发现的高危漏洞全部整改完毕。甲方组织验收并出具书面验收意见。
7.3 乙方应在验收时提交年度运维总结，内容包括故障统计与分析、系统运行趋势、存在的风险及下一服务期的改进建议。

8. 数据安全
8.1 “一窗受理”系统中的办事群众个人信息、证照材料及办件数据均属甲方所有，乙方仅可在运维所必需的范围内接触，不得查询、复制、下载或向任何第三方提供。
8.2 乙方人员须通过甲方堡垒机进行运维操作，禁止使用移动存储介质，禁止将生产数据导出至政务外网以外的环境。
8.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因导致的，乙方依法承担责任并赔偿由此造成的损失。

9. 保密
9.1 乙方及其人员对履行本合同中知悉的政务信息、系统架构、账号口令及其他未公开信息负有保密义务，不得向任何第三方披露。乙方应与驻场人员签订保密承诺书。本条义务在合同终止后继续有效。

10. 知识产权
10.1 服务期内乙方为本系统编写的脚本、优化代码、运维文档及其他工作成果，其知识产权归甲方所有，甲方可自行使用、修改或交由其他服务商使用。

11. 分包与转让
11.1 乙方不得将本合同项下的服务转包或分包给任何第三方。

12. 违约责任
12.1 任何一方违反本合同约定的，应依法承担违约责任。
12.2 乙方严重违约，或服务质量经甲方两次书面通知仍未改善的，甲方有权解除本合同，并按实际服务期间结算服务费。
12.3 合同解除或服务期满时，乙方应配合甲方或新的服务商完成不少于15日的工作交接，移交全部运维文档、账号清单和未闭环工单，交接完成前不得撤离驻场人员。

13. 不可抗力
13.1 因地震、洪水、疫情等不可抗力导致一方不能履行合同的，该方应在3日内通知对方并提供证明，根据影响程度部分或全部免除责任。不可抗力期间乙方应尽力保障系统基本运行。

14. 争议解决
14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

15. 其他
15.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
15.2 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
15.3 附件：运维服务考核表、驻场人员名单、磋商文件、响应文件。

甲方（盖章）：澄州市政务服务中心
法定代表人或授权代表：__________
乙方（盖章）：江西政通信息技术有限公司
法定代表人或授权代表：__________
签订日期：2025年  月  日
"""

# ---------------------------------------------------------------- z05 (md, ## 第X条 + 1.1) 臭豆腐厂 追溯系统, supplier's template
S["z05"] = """# 食品追溯系统软件许可及定制开发合同

（溯源云码标准合同文本 V5.0）

合同编号：SYYM-2025-0419

**甲方：** 湖南黑金坊食品有限公司
地址：长沙市望城区食品产业园金坊路18号

**乙方：** 长沙溯源云码科技有限公司
地址：长沙市岳麓区麓谷大道627号

甲方为臭豆腐生产企业，拟建设覆盖原料、发酵、油炸、包装及经销流通环节的产品追溯系统。乙方为“溯源云码”食品追溯平台的著作权人。双方本着平等自愿的原则，就软件许可、赋码终端供货及定制开发事宜签订本合同。

## 第一条 合同内容

1.1 乙方向甲方提供“溯源云码”食品追溯平台软件许可（永久）及赋码采集终端，并在乙方标准追溯模板的基础上，为甲方定制开发臭豆腐生产追溯功能。

1.2 定制开发内容包括：豆坯原料入库登记、卤水配制与发酵批次管理、油炸及包装工序记录、一物一码赋码贴标、经销商扫码出入库、消费者扫码查询页面。具体功能以乙方出具的《功能清单》为准。

1.3 本合同未列明的功能、接口及服务，不属于乙方的交付范围，甲方如需增加，应另行签订合同并付费。

1.4 乙方为甲方提供一次集中培训，培训对象为甲方指定的系统管理员及产线操作人员，人数不超过15人，培训地点在甲方厂区。

## 第二条 合同价款

2.1 本合同总价为人民币柒拾贰万元整（¥720,000），明细如下：

| 序号 | 项目 | 数量 | 单价（元） | 金额（元） |
|---|---|---|---|---|
| 1 | 溯源云码追溯平台软件许可（永久） | 1套 | 268,000 | 268,000 |
| 2 | 赋码采集终端（PDA） | 12台 | 4,200 | 50,400 |
| 3 | 臭豆腐生产追溯定制开发 | 1项 | 356,000 | 356,000 |
| 4 | 实施部署 | 1项 | 45,600 | 45,600 |
| | 合计 | | | 720,000 |

2.2 上述价格不含二维码标签耗材、服务器及网络设备。标签耗材由甲方另行向乙方采购，按实际用量结算。

2.3 上述价格为含税价格。乙方在收到每笔款项前向甲方开具增值税普通发票；甲方需要专用发票的，应提前书面告知。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即人民币468,000元。

3.2 系统上线后5个工作日内，甲方向乙方支付剩余的35%，即人民币252,000元。

3.3 甲方逾期付款的，每逾期一日，按应付未付金额的千分之二向乙方支付违约金；逾期超过15日的，乙方有权暂停开发、实施及维护服务，工期相应顺延。

## 第四条 交付与上线

4.1 乙方在收到第3.1条款项后75个工作日内完成部署并上线。甲方应按乙方要求提供服务器、网络环境及产线配合人员；因甲方原因造成的延误，工期顺延。

4.2 甲方应在乙方通知后5个工作日内完成服务器采购、网络开通及产线赋码点位的改造。甲方需求变更导致工作量增加的，乙方有权另行收费并顺延工期。

4.3 本合同所称“上线”，指乙方完成平台部署、定制功能安装及赋码终端配置，并向甲方开通系统管理员账号。乙方开通账号之日即为上线之日，乙方将以书面或电子邮件方式通知甲方。

4.4 乙方逾期上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金，累计不超过合同总价的3%。

## 第五条 验收

5.1 系统部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后继续使用系统的，视为对交付成果无异议，甲方不得以功能不符为由拒付第3.2条款项。

## 第六条 维护服务

6.1 乙方自系统上线之日起为甲方提供六个月的免费维护，内容为软件缺陷修复和远程技术支持，不含现场服务和功能变更。

6.2 免费维护期内，甲方报告故障后，乙方将尽合理努力及时处理。

6.3 乙方提供的现场服务、数据整理、二次开发及功能变更均不属于免费维护范围，按乙方人天单价另行收费，差旅费由甲方承担。

6.4 赋码采集终端自上线之日起享有六个月保修，人为损坏、进水、跌落及耗材不在保修范围内。终端需返厂维修的，往返运费由甲方承担。

6.5 免费维护期满后，甲方如需继续维护服务，维护费按乙方届时公布的价格标准执行，乙方有权根据人力成本变化进行调整。

## 第七条 知识产权

7.1 本合同项下的平台软件以及定制开发成果（包括功能模块、源代码、数据模型、报表模板及相关文档）的知识产权均归乙方所有。

7.2 乙方授予甲方非独占、不可转让的使用权，甲方不得修改、反向工程，也不得许可任何第三方使用。乙方可将定制开发成果纳入其标准产品，向其他客户提供。

## 第八条 数据

8.1 甲方在系统中产生的生产数据和流通数据归甲方所有。乙方有权在去除甲方名称等标识信息后，将上述数据用于行业分析报告、产品改进以及乙方其他客户的服务优化。

8.2 乙方采取防火墙、访问控制和定期备份等措施保障系统数据安全；发生数据泄露的，乙方应及时通知甲方并采取补救措施，因乙方原因造成的，由乙方承担相应的赔偿责任。

## 第九条 保密

9.1 双方对在合作过程中知悉的对方技术资料、配方工艺和商业信息负有保密义务，未经对方书面同意不得向第三方披露，但依法应当披露的除外。本条义务在合同终止后两年内有效。

## 第十条 合作方

10.1 乙方有权将部分开发、实施或终端安装工作委托其合作伙伴完成，无需另行取得甲方同意。乙方对合作伙伴的工作向甲方承担责任。

10.2 乙方合作伙伴的人员进入甲方厂区的，应遵守甲方的卫生和安全管理规定，甲方应为其提供必要的工作条件。

## 第十一条 责任限制

11.1 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的20%。

11.2 乙方不承担任何间接损失、利润损失、商誉损失或产品召回费用。

## 第十二条 合同解除

12.1 一方严重违约，且在收到对方书面通知后30日内未予纠正的，守约方有权解除本合同。

12.2 合同解除后，甲方已支付的款项中对应已完成工作的部分不予退还。甲方应停止使用定制开发成果，并删除其已获得的软件副本。

12.3 甲方在未付清全部款项前，乙方有权暂停软件授权或限制部分功能的使用。

## 第十三条 不可抗力

13.1 因不可抗力、网络运营商故障、第三方云服务中断、政府行为等非乙方原因造成系统不能正常使用的，乙方不承担责任。

## 第十四条 争议解决

14.1 因本合同产生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同为乙方标准文本，经双方签字盖章后生效，一式两份，双方各执一份。

15.2 本合同附件与正文具有同等效力。乙方对本合同文本享有解释权。

15.3 附件：功能清单、终端配置单。

甲方（盖章）：湖南黑金坊食品有限公司　　授权代表：__________

乙方（盖章）：长沙溯源云码科技有限公司　　授权代表：__________

日期：2025年  月  日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N / N.N) kesi studio, perpetual licences, Greek vendor
S["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. GLS-CN-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Suzhou Jinxian Kesi Art Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered address at No. 27 Pingjiang Road, Gusu District, Suzhou, Jiangsu Province (the "Customer"); and
P:(2) Glaronisi Loom Systems S.A., a company incorporated in Greece with its registered seat on Nisida Glaronisi, Greece (the "Vendor").
H:Recitals
P:A. The Customer produces kesi silk tapestries by hand and wishes to prepare its weaving cartoons, colour plans and thread-change charts digitally.
P:B. The Vendor develops and licenses the KesiCartoon Designer software and its Colour Matcher module, and is willing to grant perpetual licences to the Customer and to adapt the software to the Customer's silk thread library.
P:C. At the Customer's request, all prices in this Agreement are stated and payable in Chinese Renminbi (CNY).
H:Article 1 Definitions
P:1.1 "Licensed Software" means the KesiCartoon Designer and Colour Matcher programs in object code, together with their user documentation and any corrections or updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the custom silk-thread colour library, the cartoon import profile for the Customer's scanned paintings, and all related configuration files, scripts and documentation prepared by the Vendor specifically for the Customer.
P:1.3 "Delivery" means installation of the Licensed Software on the Customer's workstations in Suzhou and written confirmation by the Vendor that the installation is complete.
P:1.4 "Acceptance" means the Customer's signature of the Acceptance Certificate under Article 5.
P:1.5 "Customer Data" means the Customer's painting scans, cartoons, colour plans, pattern files and any other data entered into or generated by the Licensed Software.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Licensed Software on the number of seats stated in Article 3 for the Customer's own business, including its weaving workshops and training school in Suzhou.
P:2.2 The Customer may make backup copies and may move a seat from one workstation to another on notice to the Vendor. The Customer shall not decompile the Licensed Software except to the extent permitted by applicable law.
H:Article 3 Price
P:3.1 The total price of this Agreement (the "Contract Price") is CNY 865,000, inclusive of Chinese value-added tax and all other taxes, made up as follows:
TB:Item 1|KesiCartoon Designer perpetual licence|14 seats x CNY 38,500|CNY 539,000
TB:Item 2|Colour Matcher module perpetual licence|6 seats x CNY 21,000|CNY 126,000
TB:Licence Subtotal|||CNY 665,000
TB:Item 3|Custom silk-thread colour library and cartoon import profile|fixed price|CNY 148,000
TB:Item 4|Installation, configuration and training (two courses)|fixed price|CNY 52,000
TB:Contract Price|||CNY 865,000
P:3.2 The Contract Price is fixed and covers delivery, installation, travel, the warranty services in Article 6 and all taxes. The Vendor shall issue Chinese VAT invoices through its appointed billing agent in Shanghai.
H:Article 4 Payment
P:4.1 The Customer shall pay twenty per cent (20%) of the Contract Price, being CNY 173,000, within fifteen (15) days after signature of this Agreement.
P:4.2 The Customer shall pay fifty-five per cent (55%) of the Contract Price, being CNY 475,750, within fifteen (15) days after Delivery. Delivery and payment under this Article 4.2 do not constitute Acceptance.
P:4.3 The Customer shall pay the balance of twenty-five per cent (25%), being CNY 216,250, within fifteen (15) days after Acceptance.
P:4.4 All payments shall be made by bank transfer in CNY to the account named on the Vendor's invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve Delivery within forty-five (45) days after signature and shall deliver the Custom Deliverables within ninety (90) days after signature.
P:5.2 If the Vendor fails to achieve Delivery or to deliver the Custom Deliverables on time, it shall pay the Customer liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of ten per cent (10%) of the Contract Price.
P:5.3 Acceptance tests shall be carried out jointly at the Customer's studio within twenty (20) days after delivery of the Custom Deliverables. The Licensed Software passes when: (a) twenty reference paintings selected by the Customer are converted into cartoons with thread-change charts without manual correction of the outlines; (b) the Colour Matcher assigns every colour of the reference set to a thread of the Customer's library with a colour difference of no more than Delta E 2.0; (c) the import profile reads the Customer's scanner files at full resolution; and (d) all fourteen seats run the software with the Customer's user accounts.
P:5.4 If a test fails, the Vendor shall correct the defect and repeat the test within ten (10) days. When all tests pass, the Customer shall sign the Acceptance Certificate. Use of the Licensed Software in production before that signature is not Acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform materially in accordance with their documentation for a warranty period of three (3) months from Acceptance. During the warranty period the Vendor shall correct defects free of charge.
P:6.2 During the warranty period and any paid maintenance year, the Vendor shall respond to a Severity 1 fault (the Licensed Software cannot be started or cannot save or export cartoons on any seat) within two (2) hours during Suzhou business hours by telephone or remote session, and shall provide a workaround within one (1) business day. For each full hour by which a Severity 1 response is late, the Vendor shall credit the Customer CNY 600.
P:6.3 After the warranty period, the Customer may order Annual Maintenance (updates, new versions and the support in Article 6.2). The Annual Maintenance fee is eleven per cent (11%) of the Licence Subtotal, being CNY 73,150 per maintenance year, and shall not be increased during the first three maintenance years. Annual Maintenance is ordered by a separate purchase order for each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Licensed Software.
P:7.2 All rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver them in editable form, and the Customer may use, modify and license them to any person without restriction. The Vendor shall not use the Customer's colour library for any other customer.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only as needed to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:8.2 The Licensed Software is installed on the Customer's own workstations and servers. Remote access by the Vendor requires the Customer's approval for each session, shall run through the Customer's VPN with individual accounts, and shall be logged. The Vendor shall not transfer any Customer Data outside the People's Republic of China.
P:8.3 The Vendor shall notify the Customer within twenty-four (24) hours of any actual or suspected loss, disclosure or corruption of Customer Data, shall assist in remedying it and shall be responsible for any loss caused by its breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's designs, commissions and client lists, and shall not disclose it to any third party without the other party's prior written consent. This obligation survives for three (3) years after the end of this Agreement.
H:Article 10 Liability
P:10.1 The total liability of the Vendor under this Agreement is limited to one hundred and fifty per cent (150%) of the Contract Price, except for liability for personal injury, wilful misconduct, breach of Article 8 or infringement of third-party rights, which is not limited.
P:10.2 Neither party is liable for loss of profit or indirect loss, except as stated in Article 10.1.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent and remains responsible for the acts of any approved subcontractor.
H:Article 12 Term and Remedies
P:12.1 This Agreement enters into force on signature. The licences granted in Article 2 are perpetual.
P:12.2 Neither party may terminate this Agreement after signature. In case of any breach by the Vendor, including a material breach, the Customer's remedies are limited to correction of the defect, the credits and liquidated damages stated in this Agreement and damages within the limits of Article 10; the Customer shall have no right to terminate this Agreement or to return the Licensed Software for a refund.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Greece.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration in Athens, Greece, under the rules of the Athens Chamber of Commerce and Industry, by a sole arbitrator, in the English language.
H:Article 14 General
P:14.1 Notices shall be given in writing to the addresses stated above, by courier or by email with confirmation of receipt.
P:14.2 This Agreement is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.
P:14.3 This Agreement is made in English in two originals, one for each party.
P:For the Customer: Suzhou Jinxian Kesi Art Studio Co., Ltd.    Signature: ____________    Date: ________
P:For the Vendor: Glaronisi Loom Systems S.A.    Signature: ____________    Date: ________
"""

# ---------------------------------------------------------------- e02 (md, Order Form Part A + General Terms Part B) Longji shuttle ticketing SaaS, Estonian vendor
S["e02"] = """# ORDER FORM AND GENERAL TERMS — SHUTTLE TICKETING SERVICE

Order Form No. VTS-OF-2025-0207

This Order Form (Part A) and the General Terms (Part B) together form the agreement (the "Agreement") between the parties named below. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

**A1. Parties**

- **Customer:** Guilin Longji Terraces Scenic Area Tourism Development Co., Ltd., Heping Township, Longsheng County, Guilin, Guangxi, People's Republic of China.
- **Vendor:** Vahase Transit Software OÜ, a private limited company registered in Estonia, with its registered office on Vahase island, Saare County, Estonia.

**A2. Background.** The Customer runs the shuttle buses that carry visitors between the scenic-area gate, the Ping'an and Dazhai villages and the terrace viewpoints. The Customer wishes to sell shuttle tickets online and at the gate, validate them on board and at the turnstiles, and see passenger flows by route in real time. The Vendor provides the RideGate ticketing platform as a hosted service.

**A3. Services.** The Vendor shall provide: (a) the RideGate online ticket shop (WeChat mini-program and web), the ticket-office console and the on-board validator application (together, the "Subscription Service"); and (b) the onboarding services in A6 ("Onboarding").

**A4. Subscription Term.** The initial term is three (3) Subscription Years, being 36 months, starting on the Go-Live Date (the "Initial Term"). After the Initial Term the Agreement renews automatically for further periods of one Subscription Year each, at the same Subscription Fee as in the last Subscription Year of the Initial Term, unless either party gives written notice of non-renewal at least sixty (60) days before the end of the then-current term.

**A5. Fees.** At the Customer's request, all fees are quoted and payable in Chinese Renminbi (CNY) and include Chinese VAT.

| Fee | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | per Subscription Year, up to 1,200,000 tickets issued | 236,000 |
| Subscription Fee, Initial Term | 3 Subscription Years x 236,000 | 708,000 |
| Onboarding (one-time) | fixed price | 64,000 |
| **Total fees for the Initial Term** | | **772,000** |
| Additional tickets | per ticket above 1,200,000 in a Subscription Year, billed in arrears | 0.06 |

**A6. Onboarding.** Onboarding covers: set-up of the Customer's routes, fares, time slots and discount rules; integration with the Customer's fourteen gate turnstiles and the scenic-area entrance ticketing system; installation of the validator application on the Customer's forty-two shuttle tablets; data migration of season passes; and two training days for ticket-office staff.

**A7. Go-Live Acceptance.** Onboarding is complete when the following tests, run jointly on the Customer's site, have passed: (a) tickets bought in the mini-program, on the web and at the ticket office are validated correctly on board and at every turnstile; (b) a peak-day simulation of 3,000 tickets per hour runs without error and with validation in under one second; (c) daily settlement reports reconcile to the payment-channel statements for five consecutive days; and (d) passenger-flow dashboards show each route with a delay of no more than one minute. The Customer shall sign a Go-Live Acceptance Certificate within five (5) business days after the tests pass. The date of that signature is the "Go-Live Date". Use of the service for live sales before signature is not acceptance.

**A8. Go-Live date and delay.** The Vendor shall make the service ready for Go-Live Acceptance within seventy-five (75) days after signature of this Order Form. For each day of delay caused by the Vendor, the Vendor shall pay the Customer CNY 500 as liquidated damages, up to CNY 30,000 in total.

**A9. Invoicing.** No fees are payable before the Go-Live Date. Onboarding is invoiced on the Go-Live Date. The Subscription Fee is invoiced quarterly in arrears at CNY 59,000 per quarter. Additional tickets are invoiced quarterly in arrears. Invoices are payable within thirty (30) days.

## PART B — GENERAL TERMS

**B1. Service levels**

1.1 The Vendor shall make the Subscription Service available 99.95% of the time in each calendar month, excluding planned maintenance announced at least 48 hours in advance and performed between 00:30 and 05:30 Beijing time.

1.2 Incidents are classified and handled as follows:

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| P1 | ticket sales or validation unavailable for all routes | 30 minutes | 2 hours |
| P2 | a route, a channel or the dashboards unavailable | 1 hour | 8 hours |
| P3 | other faults and questions | 1 business day | next release |

1.3 If monthly availability falls below the level in B1.1, the Customer receives a service credit of 5% of the quarterly Subscription Fee for each started 0.1 percentage point of shortfall, up to 50% of that quarter's Subscription Fee. A P1 incident not restored within its restoration time earns a further credit of CNY 1,000 for each started hour. Credits are deducted from the next invoice.

**B2. Customer Data**

2.1 "Customer Data" means all data entered into the Subscription Service by or for the Customer, including visitor names, ID numbers, phone numbers, ticket, payment and boarding records.

2.2 As between the parties, Customer Data belongs to the Customer. The Vendor processes Customer Data to provide the Subscription Service.

2.3 The Vendor may also compile aggregated and de-identified data derived from Customer Data, such as visitor numbers per hour and route, booking lead times and ticket-channel mix, and may use such data during and after the term to improve its products and to publish tourism mobility benchmarks, provided that neither the Customer nor any individual is identified.

**B3. Data security**

3.1 The Subscription Service for the Customer is hosted in data centres in mainland China that hold an MLPS level 3 filing. Customer Data is encrypted in transit and at rest, access is limited to named staff with multi-factor authentication, and all administrative access is logged.

3.2 The Vendor shall notify the Customer within twenty-four (24) hours of becoming aware of a security incident affecting Customer Data, shall take all reasonable steps to contain it, and shall bear the costs and losses caused by incidents resulting from its breach of this B3.

3.3 Personal information is processed in accordance with the Personal Information Protection Law of the PRC. No Customer Data is transferred out of mainland China.

**B4. Subcontractors.** The Vendor may engage subcontractors and sub-processors, including hosting providers and its affiliates, to perform any part of the Subscription Service or Onboarding. The Vendor shall inform the Customer of a new subcontractor by email before it starts work. The Vendor remains responsible for its subcontractors.

**B5. Intellectual property.** The Vendor owns the RideGate platform. Route and fare configurations, turnstile integration scripts and reports made specifically for the Customer ("Customer Configurations") belong to the Customer, which may use, modify and give them to any third party, including a successor ticketing provider.

**B6. Confidentiality.** Each party shall keep confidential the other party's non-public information received under this Agreement and use it only for this Agreement, for three (3) years after the end of the Agreement. This B6 does not limit B2 or B3.

**B7. Liability.** Each party's total liability arising out of or in connection with this Agreement is limited to the fees paid or payable by the Customer in the six (6) months preceding the event giving rise to the claim. This limit does not apply to the Customer's payment obligations, to personal injury or to wilful misconduct. Neither party is liable for indirect or consequential loss.

**B8. Termination**

8.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty (30) days after written notice describing the breach.

8.2 The Customer may also terminate if monthly availability falls below the level in B1.1 in three consecutive months.

8.3 On termination or expiry, the Vendor shall give the Customer an export of all Customer Data in CSV format within fifteen (15) days and then delete it, and shall refund fees paid for any period after termination.

**B9. Governing law and disputes.** This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Guilin Arbitration Commission for arbitration in Guilin.

**B10. Support channels.** The Vendor shall staff a Chinese-language hotline and an online ticket desk for P1 and P2 incidents at all times during the scenic area's opening hours and for two hours before the first shuttle departs. Incident tickets record the time of the Customer's report, the Vendor's first response and the restoration, and the Vendor shall send a monthly service report with availability, incidents and credits earned.

**B11. Force majeure.** Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, government orders closing the scenic area or a general failure of public telecommunications networks. The affected party shall notify the other promptly and resume performance as soon as possible. Periods of force majeure are excluded from the availability calculation.

**B12. General.** Neither party may assign this Agreement without the other's written consent. Notices are given in writing to the addresses in A1. This Agreement is made in English and may be signed in counterparts.

## SIGNATURES

For the Customer: Guilin Longji Terraces Scenic Area Tourism Development Co., Ltd. — Name: ____________ Title: ____________ Date: ________

For the Vendor: Vahase Transit Software OÜ — Name: ____________ Title: ____________ Date: ________
"""

# ---------------------------------------------------------------- e03 (docx, Section N / N.N) goji drying yard humidity sensors, buyer's paper, Danish integrator
S["e03"] = """T:PURCHASE CONTRACT FOR A DRYING-YARD HUMIDITY MONITORING SYSTEM
P:Contract No. ZNHG-PC-2025-033
P:Buyer: Ningxia Zhongning Hongguo Goji Drying Co., Ltd., Goji Industrial Park, Zhongning County, Zhongwei, Ningxia Hui Autonomous Region, People's Republic of China (the "Buyer").
P:Supplier: Barsø Sensor Integration ApS, a company registered in Denmark with its registered office on the island of Barsø, Aabenraa Municipality, Denmark (the "Supplier").
P:The Buyer dries fresh goji berries on open racks and in hot-air drying rooms. Uneven humidity in the yard and rooms causes mould, colour loss and rejected lots. The Buyer therefore invited offers for a wireless temperature and humidity monitoring system linked to its dryer controls, and accepted the Supplier's offer. This Contract is issued on the Buyer's standard terms for equipment purchases.
H:Section 1 Scope
P:1.1 The Supplier shall supply, install, calibrate and commission a monitoring system consisting of wireless temperature and humidity sensors, LoRa gateways, two edge servers and the YardSense monitoring software, and shall integrate it with the controllers of the Buyer's twenty-four hot-air drying rooms so that fans and burners can be switched on humidity set points (together, the "System").
P:1.2 The technical requirements are set out in Annex 1 (Technical Specification). The Supplier's offer of 9 June 2025 forms part of this Contract only where it meets or exceeds Annex 1.
H:Section 2 Contract Price
P:2.1 At the Buyer's request, all prices are in Chinese Renminbi (CNY). The total contract price is CNY 1,010,000 (the "Contract Price"), inclusive of VAT, delivery to Zhongning, installation, calibration, integration, training, warranty service and all taxes and duties, made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, IP66|320|1,450|464,000
TB:2|LoRa gateway with solar power kit|16|7,800|124,800
TB:3|YardSense monitoring software, perpetual site licence|1|188,000|188,000
TB:4|Edge server|2|36,600|73,200
TB:|Hardware and Licence Subtotal|||850,000
TB:5|Installation, calibration and dryer-control integration|1 lot|142,000|142,000
TB:6|Training of operators and maintenance staff|1 lot|18,000|18,000
TB:|Contract Price|||1,010,000
P:2.2 The Contract Price is fixed and is not subject to adjustment for exchange rates, freight or labour costs.
H:Section 3 Payment
P:3.1 Ten per cent (10%) of the Contract Price, being CNY 101,000, is payable as an advance within twenty (20) days after signature, against the Supplier's invoice and an advance-payment bank guarantee for the same amount issued by a bank in mainland China.
P:3.2 Fifty-five per cent (55%), being CNY 555,500, is payable within twenty (20) days after the Buyer signs the Installation Certificate. The Installation Certificate confirms that the equipment has been installed and is not an acceptance of the System.
P:3.3 Thirty-five per cent (35%), being CNY 353,500, is payable within twenty (20) days after Final Acceptance under Section 5.
H:Section 4 Delivery and Delay
P:4.1 The Supplier shall deliver all equipment to the Buyer's site within forty (40) days after signature and shall complete installation within twenty-five (25) further days, outside the main drying season unless the Buyer agrees otherwise.
P:4.2 If the Supplier fails to meet either date, it shall pay the Buyer liquidated damages of 0.08% of the Contract Price for each day of delay, up to eight per cent (8%) of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:Section 5 Acceptance
P:5.1 Final Acceptance tests shall be run over fourteen (14) consecutive days of drying operation and shall show that: (a) every sensor reports at least once every five minutes; (b) each sensor reads within plus or minus 2% relative humidity and 0.3 degrees Celsius of a calibrated reference instrument at three test points; (c) humidity alarms reach the duty operator's phone within thirty seconds; (d) the dryer-room fans and burners switch correctly at the set points in all twenty-four rooms; and (e) the Supplier has handed over calibration certificates, drawings, configuration backups and manuals.
P:5.2 When all tests have passed, the Buyer shall issue a Final Acceptance Certificate within seven (7) days. Installation, use of the System in production or any payment does not by itself constitute Final Acceptance. If a test fails, the Supplier shall remedy the defect at its cost and the test shall be repeated.
H:Section 6 Warranty and After-Sales Support
P:6.1 The Supplier warrants the System for thirty-six (36) months from Final Acceptance. During the warranty period it shall repair or replace defective equipment, recalibrate sensors that drift beyond the tolerance in Section 5.1 and supply software updates, all free of charge.
P:6.2 Faults are classified as Severity 1 (the System or the dryer integration is down, or more than one drying room is without readings), Severity 2 (single sensors or gateways down) and Severity 3 (other issues). The Supplier shall respond to a Severity 1 fault within thirty (30) minutes by telephone or remote session and have an engineer on site within eight (8) hours; Severity 2 within two (2) hours, with repair within two business days; Severity 3 within one business day.
P:6.3 For each full hour by which a Severity 1 response or on-site time is late, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due.
P:6.4 After the warranty period, the Supplier shall offer annual support on the terms of Section 6.1 and 6.2 at a fee of seven per cent (7%) of the Hardware and Licence Subtotal, being CNY 59,500 per year, fixed for three years. Support is ordered by the Buyer year by year and does not renew automatically.
P:6.5 The Supplier shall keep a stock of spare sensors and one spare gateway at its service point in Yinchuan throughout the warranty period, so that replacements can be fitted within the on-site time in Section 6.2.
H:Section 7 Buyer Data and Security
P:7.1 All readings, alarm logs, drying records and settings collected by the System ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:7.2 The System is installed on the Buyer's premises. Remote access by the Supplier requires the Buyer's approval for each session through the Buyer's VPN with individual accounts, is logged, and may not be used to copy Buyer Data. Gateways and servers shall be delivered with default passwords changed and unused services disabled.
P:7.3 The Supplier shall report any security incident affecting the System or Buyer Data to the Buyer within twelve (12) hours, shall help to contain and remedy it, and shall be liable for losses caused by its breach of this Section 7.
H:Section 8 Intellectual Property
P:8.1 The integration logic, configuration files, set-point tables and documentation prepared for the Buyer belong to the Buyer, which may use, modify and have them maintained by any third party. The YardSense software remains the property of the Supplier and is licensed to the Buyer perpetually under Section 2.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public technical and commercial information received under this Contract and shall not disclose it to any third party without prior written consent. This obligation continues for three (3) years after the end of this Contract.
H:Section 10 Liability
P:10.1 The Supplier's total liability under this Contract is limited to two hundred per cent (200%) of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of Sections 7 and 9.
H:Section 11 Subcontracting
P:11.1 The Supplier may subcontract cabling and mounting work only with the Buyer's prior written consent, and remains responsible for the work of any subcontractor.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen (15) days after written notice, or if the liquidated damages under Section 4.2 reach their maximum. The Supplier shall then refund the amounts paid for the parts of the System not accepted.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Yinchuan Arbitration Commission for arbitration in Yinchuan.
H:Section 14 Training and Documentation
P:14.1 The Supplier shall train up to twenty operators and six maintenance staff in two sessions at the Buyer's site, covering daily use of the dashboards, alarm handling, battery replacement and sensor recalibration. Training material shall be provided in Chinese.
P:14.2 After the first drying season following Final Acceptance, the Supplier shall hold a one-day review with the Buyer's production manager to compare alarm records with rejected lots and to adjust the humidity set points and alarm thresholds of each room where needed, at no extra charge.
P:14.3 The Supplier shall deliver the as-built drawings, the sensor location list, calibration certificates and the maintenance manual in Chinese and English before Final Acceptance.
H:Section 15 Force Majeure
P:15.1 Neither party is liable for delay caused by force majeure, such as earthquakes, floods, sandstorms or government orders, provided that it notifies the other party within three (3) days and takes reasonable steps to limit the delay. Dates are extended by the duration of the event.
H:Section 16 Miscellaneous
P:16.1 This Contract is made in English and Chinese. Both versions are equally valid; in case of doubt the Chinese version shall be used for interpretation.
P:16.2 Annexes: Annex 1 Technical Specification; Annex 2 Site plan of the drying yard and rooms.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________    Date: ____________
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses + Schedules) Wenling pump maker managed endpoints, Norwegian provider
S["e04"] = """# MANAGED ENDPOINT SERVICES AGREEMENT

**Agreement reference:** BES-WL-2025-061

**Between**

**Wenling Haoyuan Pump Manufacturing Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered address at No. 88 Dongfang Avenue, Daxi Town, Wenling, Zhejiang Province ("Customer"); and

**Bulandet Endpoint Services AS**, a company registered in Norway, with its registered office on Bulandet, Askvoll Municipality, Norway ("Provider").

**Background**

(A) Customer makes water pumps and motors in three plants in Wenling and runs sales offices in six provinces. It uses about 1,150 laptops and desktops in its offices, design department and workshops, most of them patched irregularly and without central protection.

(B) Provider runs managed endpoint services from its operations centre and through its engineers in Hangzhou. Customer has selected Provider to manage its endpoints.

(C) At Customer's request, all charges under this Agreement are stated and paid in Chinese Renminbi (CNY).

## 1. Definitions

1.1 **"Endpoints"** means the laptops and desktops listed in the asset register agreed at onboarding, up to 1,200 devices.

1.2 **"Services"** means the endpoint management, patching, endpoint detection and response ("EDR"), software distribution and service desk services described in clause 3.

1.3 **"Service Acceptance"** means Customer's written confirmation under clause 5 that onboarding is complete.

1.4 **"Subscription Year"** means the period from the date of Service Acceptance to the day before its first anniversary, and each following period between two anniversaries.

1.5 **"Customer Data"** means all data on the Endpoints and all data collected by the Services, including device inventories, logs, alerts, user names and files.

## 2. Term

2.1 This Agreement starts on signature. The Services run for three (3) Subscription Years from Service Acceptance (the "Term").

2.2 The Agreement ends at the end of the Term. It does not renew automatically; any extension requires a new written agreement.

## 3. Services

3.1 Provider shall enrol every Endpoint in its management platform, deploy the EDR agent, and keep operating systems and listed third-party applications patched within the time limits in Schedule 1.

3.2 Provider shall monitor EDR alerts around the clock, isolate infected Endpoints, remove malware and restore Endpoints from Customer's images where needed.

3.3 Provider shall run a service desk in Chinese for Customer's users from 07:30 to 20:00 on working days, with on-site support at the three Wenling plants on two days per week.

3.4 Provider shall maintain the standard images for office, design and workshop Endpoints, test new images with Customer's key applications (including its pump-design software and ERP client) before release, and deploy approved software packages on request within two working days.

3.5 Provider shall deliver a monthly service report with patch compliance, incidents, alerts and open requests, and shall attend a quarterly review with Customer's IT manager.

## 4. Charges and Payment

4.1 The charges are set out in Schedule 2. The total contract value for the Term is **CNY 1,020,000** (the "Total Contract Value"), including VAT.

4.2 The Onboarding Charge is invoiced after Service Acceptance. The Annual Service Charge is invoiced quarterly in arrears. No amount is payable in advance. Invoices are due within thirty (30) days of receipt.

4.3 Endpoints above 1,200 are charged pro rata at the unit rate in Schedule 2 and are not part of the Total Contract Value.

3.6 Customer shall give Provider the asset register, administrator access to its directory service, a list of approved software and reasonable access to its premises, and shall name an IT contact for each plant and sales office.

3.7 Provider shall keep a named service manager for Customer, who speaks Chinese and attends the quarterly reviews in person at least twice in each Subscription Year.

## 5. Onboarding and Service Acceptance

5.1 Provider shall complete onboarding within sixty (60) days after signature. Onboarding is complete when: (a) at least 98% of the Endpoints in the asset register report to the platform and the remaining devices are explained; (b) the EDR agent runs on every enrolled Endpoint; (c) a test patch cycle has reached the agreed compliance level in Schedule 1; (d) a simulated malware alert has been detected, escalated and contained within the times in Schedule 1; and (e) runbooks and escalation lists have been agreed.

5.2 Customer shall confirm Service Acceptance in writing within five (5) working days after Provider shows that the criteria are met, or state the failed criteria. Enrolment of devices or use of the Services does not in itself mean Service Acceptance.

5.3 If onboarding is late for reasons attributable to Provider, Provider shall pay Customer CNY 800 for each day of delay, up to CNY 48,000.

## 6. Service Levels and Credits

6.1 Provider shall meet the response and resolution times in Schedule 1.

6.2 If Provider misses a P1 response time, it shall credit Customer CNY 2,000 for each missed incident. If patch compliance in a month is below the level in Schedule 1, Provider shall credit three per cent (3%) of that quarter's Annual Service Charge instalment. Credits are deducted from the next invoice and are capped at twenty per cent (20%) of the quarterly instalment.

## 7. Customer Data and Security

7.1 Customer Data belongs to Customer. Provider shall use it only to provide the Services and shall not sell it, analyse it for other purposes or disclose it to others.

7.2 The management and EDR platform used for Customer is hosted in mainland China in a facility with an MLPS level 3 filing. Provider shall use multi-factor authentication and named accounts for all administrative access, keep access logs for 180 days, and shall not copy files from the Endpoints except where needed to investigate an incident and approved by Customer.

7.3 Provider shall notify Customer within twelve (12) hours of any security breach affecting Customer Data, shall work with Customer to contain it, and shall be responsible for losses caused by its failure to comply with this clause 7.

7.4 At the end of the Term, Provider shall hand over the asset register, configurations and logs, remove its agents on request and delete Customer Data from its systems.

## 8. Intellectual Property

8.1 Provider keeps its platform, tools and general know-how. Policies, scripts, images, packages and documentation prepared specifically for Customer belong to Customer, which may use and modify them and give them to any other service provider.

## 9. Confidentiality

9.1 Each party shall keep confidential the other party's non-public information, including Customer's product designs stored on the Endpoints, and shall use it only for this Agreement. This duty continues for three (3) years after the Agreement ends.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to one hundred and fifty per cent (150%) of the Total Contract Value. The limit does not apply to personal injury, wilful misconduct or breach of clause 7 or 9.

## 11. Subcontracting

11.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for approved subcontractors.

## 12. Termination

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within thirty (30) days of notice, or if Provider misses P1 response times more than three times in a quarter.

12.2 On termination, Provider shall give the exit assistance in clause 7.4 and refund any amounts paid for Services after the termination date.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of Norway.

13.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration in Oslo, Norway, under the Arbitration Rules of the Oslo Chamber of Commerce. The language of the arbitration is English.

## 14. Force Majeure

14.1 Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, typhoons, power cuts affecting the region or government orders. The affected party shall inform the other party promptly and resume performance as soon as possible. Force majeure does not excuse Provider from containing an incident that it is able to reach remotely.

## 15. General

15.1 Notices shall be in writing and sent to the addresses above and to the email addresses named in the runbooks.

15.2 This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter.

## Schedule 1 — Priorities and Service Levels

| Priority | Examples | Response | Resolution target |
|---|---|---|---|
| P1 | active ransomware or malware outbreak; more than 50 Endpoints unusable | 15 minutes | containment within 2 hours |
| P2 | single infected Endpoint; failed patch wave | 1 hour | 8 working hours |
| P3 | user requests, software installs, password resets | 1 working day | 3 working days |

Patch compliance: critical operating-system patches installed on at least 95% of online Endpoints within 7 days of release.

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding Charge | one-time, after Service Acceptance | 48,000 |
| Annual Service Charge | per Subscription Year, up to 1,200 Endpoints | 324,000 |
| Annual Service Charge for the Term | 3 Subscription Years | 972,000 |
| Total Contract Value | | 1,020,000 |
| Additional Endpoint | per Endpoint per Subscription Year | 270 |

**Signed**

For Customer: Wenling Haoyuan Pump Manufacturing Co., Ltd. — Name: ____________ Date: ________

For Provider: Bulandet Endpoint Services AS — Name: ____________ Date: ________
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings + Schedule) Hangzhou recruiting platform, degree-check API, Croatian vendor
S["e05"] = """DEGREE VERIFICATION API SUBSCRIPTION AGREEMENT

Agreement No. BCC-HZ-2025-118

THIS AGREEMENT is made between:

HANGZHOU QIAOPIN TALENT NETWORK CO., LTD., a company incorporated in the People's Republic of China, with its registered address at Floor 9, No. 198 Wenyi West Road, Xihu District, Hangzhou, Zhejiang Province ("Customer"); and

BADIJA CREDENTIAL CHECKS D.O.O., a limited liability company registered in Croatia, with its registered office on Otok Badija, near Korčula, Croatia ("Vendor").

BACKGROUND

A. Customer runs an online recruiting platform for employers in the Yangtze River Delta. Many candidates on the platform hold degrees from universities outside mainland China, and employers ask Customer to confirm those degrees before interviews.

B. Vendor operates an application programming interface (the "API") that checks a candidate's degree with the awarding university or the national registrar of the country concerned and returns a structured result.

C. Customer wishes to subscribe to the API and to have Vendor adapt it to Customer's candidate workflow. At Customer's request, all fees are stated and payable in Chinese Renminbi (CNY).

1. DEFINITIONS

1.1 "Check" means one request through the API for the verification of one degree of one candidate.

1.2 "Candidate Data" means the names, dates of birth, identity document numbers, degree details, consent forms and certificate copies that Customer submits through the API, and the results returned for them.

1.3 "Integration Adaptor" means the connector, field mappings and result templates that Vendor builds so that the API fits Customer's platform.

1.4 "Subscription Year" means each successive period starting on the Integration Acceptance date or an anniversary of it and ending on the day before the next anniversary.

2. SUBSCRIPTION AND TERM

2.1 Vendor grants Customer the right to use the API during the Term for Checks on candidates who have applied for positions advertised on Customer's platform and who have consented to the Check.

2.2 The Term is two (2) Subscription Years from Integration Acceptance. The Agreement expires at the end of the Term. It may be extended only by a new order signed by both parties.

3. INTEGRATION AND ACCEPTANCE

3.1 Vendor shall deliver the Integration Adaptor and a test environment within forty-five (45) days after signature.

3.2 Integration Acceptance takes place when: (a) 300 test Checks covering at least eight countries run end to end from Customer's platform; (b) every result is returned in the agreed format, in Chinese and English; (c) at least 95% of the test Checks are completed within the turnaround times in the Schedule; and (d) error messages and retries behave as specified. Customer shall sign an Integration Acceptance note within five (5) working days after these criteria are met. Use of the API for live Checks before that note is not acceptance.

3.3 If Vendor is late in delivering the Integration Adaptor or in reaching Integration Acceptance for reasons within its control, Vendor shall pay Customer CNY 300 for each day of delay, up to CNY 20,000.

4. FEES AND PAYMENT

4.1 The fees are set out in the Schedule. The total fees for the Term are CNY 398,000 (the "Total Fees"), including VAT. Fees for Checks above the annual allowance are charged as stated in the Schedule and are not part of the Total Fees.

4.2 The Setup Fee is invoiced after Integration Acceptance. The Platform Fee is invoiced quarterly in arrears at CNY 47,000 per quarter. Additional Checks are invoiced quarterly in arrears. Customer shall pay each invoice within thirty (30) days. No amount is payable before Integration Acceptance.

5. SERVICE LEVELS

5.1 Vendor shall keep the API available 99.98% of the time in each calendar month, excluding maintenance announced at least three (3) days in advance and carried out between 01:00 and 05:00 Beijing time.

5.2 Incidents are classified as P1 (the API is unavailable or returns errors for all requests), P2 (a country source or a function is unavailable) and P3 (other issues). Vendor shall respond to a P1 incident within one (1) hour at any time, and to a P2 incident within three (3) hours during Beijing business hours; P3 issues are answered within two (2) business days.

5.3 If monthly availability is below the level in clause 5.1, Vendor shall credit Customer ten per cent (10%) of that month's share of the Platform Fee, and twenty-five per cent (25%) if availability is below 99.5%. A P1 response more than one hour late earns a further credit of CNY 1,000. Credits are set off against the next invoice.

6. CANDIDATE DATA

6.1 Candidate Data belongs to Customer. Vendor shall use Candidate Data only to perform the Checks requested by Customer and to return the results, and shall not use it to build databases, profiles or products of its own or pass it to anyone other than the university or registrar that must confirm the degree.

6.2 Vendor shall delete Candidate Data from its systems thirty (30) days after returning the result of the Check concerned, unless Customer asks for earlier deletion.

6.3 Customer is responsible for obtaining each candidate's consent to the Check and to the transfer of the data needed for it, and shall keep the consent forms for inspection.

6.4 Customer shall submit only the fields required by the API documentation for the country concerned and shall not submit data about candidates who have not applied through its platform.

7. CUSTOMER OBLIGATIONS AND USE OF THE API

7.1 Customer shall use the API only for its own recruiting platform and shall not resell Checks or results to third parties other than the employer that requested the Check.

7.2 Customer shall keep its API keys to itself, shall inform Vendor without delay if a key is lost, and shall keep its request volume within the rate limits in the API documentation.

7.3 Vendor may change the API if the change does not reduce its functions. Vendor shall announce any change that requires Customer to modify its platform at least sixty (60) days in advance and shall adapt the Integration Adaptor to the change at its own cost.

7.4 Vendor shall give Customer a monthly usage report showing the number of Checks per country, the turnaround achieved, Checks that could not be completed and the remaining allowance for the Subscription Year, so that Customer can plan its volumes and budget.

7.5 If a university or registrar stops answering Checks, Vendor shall inform Customer and shall not charge for Checks that cannot be completed.

8. INTELLECTUAL PROPERTY

8.1 Vendor owns the API, its software and its database of university contacts.

8.2 The Integration Adaptor belongs to Customer. Vendor shall hand over its source code and documentation at Integration Acceptance, and Customer may use, modify and have it maintained by any third party.

9. WARRANTIES

9.1 Vendor warrants that each result reflects the answer given by the university or registrar and that the API conforms to its published documentation.

9.2 If a result proves to be wrong because of Vendor's error, Vendor shall repeat the Check free of charge and correct the result within two (2) business days.

10. LIABILITY

10.1 Vendor's total liability under this Agreement is limited to twice the Total Fees. The limit does not apply to personal injury or wilful misconduct.

10.2 Neither party is liable for loss of profit, loss of business or indirect loss.

11. SUBCONTRACTING

11.1 Vendor shall not subcontract the performance of this Agreement without Customer's prior written consent. Universities and registrars that answer a Check are not subcontractors.

12. TERMINATION

12.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach and fails to remedy it within twenty (20) days after notice, or if monthly availability falls below 99.5% in two consecutive months.

12.2 Either party may terminate by written notice if the other becomes insolvent.

12.3 On termination Vendor shall refund any fees paid for the period after termination and shall return or delete Candidate Data as Customer instructs.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

14. FORCE MAJEURE

14.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, including natural disasters, war, government action and failures of universities or registrars to answer. The affected party shall notify the other party promptly.

15. GENERAL

15.1 Notices shall be given in writing by courier or email to the addresses above.

15.2 Neither party may assign this Agreement without the written consent of the other.

15.3 This Agreement, including the Schedule, is the entire agreement of the parties on its subject matter and may be changed only in writing signed by both parties.

SCHEDULE — FEES AND TURNAROUND TIMES

Platform Fee, per Subscription Year, including up to 45,000 Checks: CNY 188,000
Platform Fee for the Term, 2 Subscription Years: CNY 376,000
Setup Fee for the Integration Adaptor, one-time: CNY 22,000
Total Fees for the Term: CNY 398,000
Additional Check above 45,000 in a Subscription Year: CNY 3.20 per Check

Turnaround times: mainland-China format checks returned within two business days; checks in the United Kingdom, Australia, Canada, the United States, Singapore, Japan and the European Union within five business days; other countries within ten business days.

SIGNED for and on behalf of Customer: ____________________ Date: ____________

SIGNED for and on behalf of Vendor: ____________________ Date: ____________
"""

# ================================================================ files, labels
FILES = {  # key -> (file name, kind for word_pdf or "text")
    "z01": ("h316z01_education_bureau_campus_video_warning_platform.pdf", "pdf"),
    "z02": ("h316z02_instant_noodle_fryer_line_control_retrofit.docx", "docx"),
    "z03": ("h316z03_kids_coding_school_academic_billing_saas.txt", "text"),
    "z04": ("h316z04_gov_service_centre_one_window_system_om.txt", "text"),
    "z05": ("h316z05_stinky_tofu_traceability_supplier_template.md", "text"),
    "e01": ("h316e01_kesi_studio_pattern_software_greek_vendor.pdf", "pdf"),
    "e02": ("h316e02_longji_shuttle_ticketing_saas_order_form.md", "text"),
    "e03": ("h316e03_goji_drying_yard_humidity_sensors.docx", "docx"),
    "e04": ("h316e04_pump_maker_managed_endpoints_norway.md", "text"),
    "e05": ("h316e05_recruiting_degree_check_api_croatia.txt", "text"),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# the ordinary case: everything in order (overridden per contract below)
BASE = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")

# per contract: language, category, term overrides, extra, and what the policy check needs beyond the labels:
#   value, fee base for TCO (itemised licence/hardware subtotal), forum_outside (forum outside mainland China)
L = {}
L["z01"] = dict(lang="zh", cat="hardware", value=2880000, fee_base=2610000, forum_outside=False, terms=dict(
    availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
    warranty_months=36, post_warranty_fee_pct=6), capped=True, sla=True, ld=True, deemed=False)
L["z02"] = dict(lang="zh", cat="hardware", value=1920000, fee_base=1540200, forum_outside=False, terms=dict(
    p1_response_hours=0.5, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=20,
    warranty_months=18, post_warranty_fee_pct=28), capped=True, sla=True, ld=True, deemed=False)
L["z03"] = dict(lang="zh", cat="cloud", value=990000, fee_base=None, forum_outside=False, terms=dict(
    availability_pct=99.5, p1_response_hours=0.25, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
    prepayment_pct=414000 / 990000 * 100, final_payment_on_acceptance=None, auto_renewal_price_increase=True,
    contract_kind="service"), sla=True, ld=True, deemed=False)
L["z04"] = dict(lang="zh", cat="services", value=586000, fee_base=None, forum_outside=False, terms=dict(
    p1_response_hours=0.25, sla_remedy=False, ld_rate_per_day_pct=None, final_payment_on_acceptance=None,
    contract_kind="service"), sla=True, ld=False, deemed=False)
L["z05"] = dict(lang="zh", cat="software", value=720000, fee_base=318400, forum_outside=False, terms=dict(
    p1_response_hours=None, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
    ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False,
    final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=None,
    subcontract_without_consent=True, governing_law=None), capped=False, sla=False, ld=True, deemed=True)
L["e01"] = dict(lang="en", cat="software", value=865000, fee_base=665000, forum_outside=True, terms=dict(
    p1_response_hours=2, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
    warranty_months=3, post_warranty_fee_pct=11, termination_for_breach=False, governing_law="Greece"),
    capped=True, sla=True, ld=True, deemed=False)
L["e02"] = dict(lang="en", cat="cloud", value=772000, fee_base=None, forum_outside=False, terms=dict(
    availability_pct=99.95, p1_response_hours=0.5, buyer_owns_data=False, ld_rate_per_day_pct=500 / 772000 * 100,
    liability_cap_pct=round(6 / 36 * 100, 4), final_payment_on_acceptance=None, subcontract_without_consent=True,
    contract_kind="service"), sla=True, ld=True, deemed=False)
L["e03"] = dict(lang="en", cat="hardware", value=1010000, fee_base=850000, forum_outside=False, terms=dict(
    p1_response_hours=0.5, ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=10,
    warranty_months=36, post_warranty_fee_pct=7), capped=True, sla=True, ld=True, deemed=False)
L["e04"] = dict(lang="en", cat="services", value=1020000, fee_base=None, forum_outside=True, terms=dict(
    p1_response_hours=0.25, ld_rate_per_day_pct=800 / 1020000 * 100, liability_cap_pct=150,
    final_payment_on_acceptance=None, governing_law="Norway", contract_kind="service"),
    sla=True, ld=True, deemed=False)
L["e05"] = dict(lang="en", cat="cloud", value=398000, fee_base=None, forum_outside=False, terms=dict(
    availability_pct=99.98, p1_response_hours=1, data_security_clause=False, confidentiality=False,
    ld_rate_per_day_pct=300 / 398000 * 100, liability_cap_pct=200, final_payment_on_acceptance=None,
    contract_kind="service"), sla=True, ld=True, deemed=False)

# the rules I expect (written by hand), checked below against a direct reading of policy.md §3/§4 over the labels
EXPECTED = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-PREPAYMENT", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
            "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW", "CR-TERMINATION", "CR-WARRANTY"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "e03": [],
    "e04": ["CR-GOVERNING-LAW"],
    "e05": ["CR-CONFIDENTIALITY", "CR-DATA-SECURITY"],
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
EXPECTED_RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "high", "z05": "high", "e01": "medium",
                 "e02": "medium", "e03": "low", "e04": "low", "e05": "high"}


def terms_of(k):
    t = dict(BASE)
    t.update(L[k]["terms"])
    return {key: t[key] for key in TERM_KEYS}


def tco(k):
    """policy §4: horizon 5 years from acceptance, purchase + implementation = contract value, post-warranty years
    = 5 - warranty years (pro rata), fee base = itemised licence/hardware subtotal. None when not computable."""
    t, c = terms_of(k), L[k]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not c.get("capped"):
        return None
    years = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
    fees = years * c["fee_base"] * t["post_warranty_fee_pct"] / 100
    return dict(years=years, annual_fee=c["fee_base"] * t["post_warranty_fee_pct"] / 100, fees=fees,
                tco=c["value"] + fees, share=fees / (c["value"] + fees) * 100)


def derive_rules(k):
    t, c = terms_of(k), L[k]
    r = set()
    if not c["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if c["sla"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not c["ld"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not c["capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        x = tco(k)
        if x and x["share"] > 40:
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


def label(k):
    c = L[k]
    t = terms_of(k)
    extra = {"sla_clause": c["sla"], "ld_stated": c["ld"]}
    if t["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = c["capped"]
    extra["acceptance_deemed_on_delivery"] = c["deemed"]
    extra["contract_value"] = c["value"]
    return {"file": FILES[k][0], "language": c["lang"], "category": c["cat"], "expected_terms": t,
            "expected_extra": extra, "expected_rules": sorted(EXPECTED[k])}


# ================================================================ threshold figures must not appear in the texts
N = "一二三四五六七八九十百千〇零两"  # Chinese numerals (for look-behind / look-ahead)
BANNED = {
    "availability 99.9": [r"99\.9(?!\d)", r"ninety[- ]nine point nine", r"百分之九十九点九(?![" + N + "])"],
    "P1 response 4 hours": [r"(?<![\d.])4\s*(?:-\s*)?(?:hours?|hrs?|h\b)", r"(?<![\w-])four\s*(?:\(4\)\s*)?(?:-\s*)?hours?",
                            r"(?<![" + N + "])四\s*(?:个)?\s*小时", r"(?<![\d.])4\s*(?:个)?\s*小时",
                            r"(?<![\d.])240\s*(?:minutes?|mins?|分钟)", r"two hundred and forty minutes"],
    "delay damages 0.05 %/day": [r"(?<![\d.])0\.050*\s*(?:%|per\s*cent|percent)", r"万分之五(?![" + N + "])",
                                 r"千分之零点五", r"five hundredths"],
    "liability cap 100 %": [r"(?<![\d.])100\s*(?:%|per\s*cent|percent)", r"百分之百", r"百分之一百(?![" + N + "])",
                            r"(?<![\w-])one hundred per\s*cent", r"hundred percent"],
    "prepayment 30 %": [r"(?<![\d.])30\s*(?:%|per\s*cent|percent)", r"(?<![\w-])thirty\s*(?:per\s*cent|percent)",
                        r"百分之三十(?![" + N + "])", r"三成"],
    "warranty 12 months": [r"(?<![\d.])12\s*(?:-\s*)?months?", r"(?<![\w-])twelve\s*(?:\(12\)\s*)?(?:-\s*)?months?",
                           r"(?<![\w-])one\s*(?:\(1\)\s*)?(?:-\s*)?years?\b", r"(?<![\d.])1\s*(?:-\s*)?years?\b",
                           r"(?<![" + N + "])十二\s*个\s*月", r"(?<![\d.])12\s*个\s*月", r"(?<![" + N + "第])一\s*年",
                           r"(?<![\d.])1\s*年(?!\d)", r"壹年"],
    "post-warranty fee 15 %": [r"(?<![\d.])15\s*(?:%|per\s*cent|percent)", r"(?<![\w-])fifteen\s*(?:per\s*cent|percent)",
                               r"百分之十五(?![" + N + "])", r"百分之一十五"],
    "TCO share 40 %": [r"(?<![\d.])40\s*(?:%|per\s*cent|percent)", r"(?<![\w-])forty\s*(?:per\s*cent|percent)",
                       r"百分之四十(?![" + N + "])", r"四成"],
    "horizon 5 years / 60 months": [r"(?<![\d.])5\s*(?:-\s*)?years?", r"(?<![\w-])five\s*(?:\(5\)\s*)?(?:-\s*)?years?",
                                    r"(?<![" + N + "])五\s*年", r"(?<![\d.])5\s*年", r"(?<![\d.])60\s*(?:-\s*)?months?",
                                    r"sixty\s*(?:\(60\)\s*)?months?", r"(?<![" + N + "])六十\s*个\s*月",
                                    r"(?<![\d.])60\s*个\s*月"],
}
BANNED_RE = {name: [re.compile(p, re.I) for p in pats] for name, pats in BANNED.items()}


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for name, regs in BANNED_RE.items():
            for rg in regs:
                for m in rg.finditer(variant):
                    hits.append((name, m.group(0), variant[max(0, m.start() - 25):m.end() + 25]))
    return hits


def self_test():
    must_hit = ["99.9%", "99.9 %", "4 hours", "4-hour", "four (4) hours", "four hours", "四小时", "4小时", "4 个小时",
                "240 minutes", "240分钟", "0.05%", "0.05 per cent", "万分之五", "100%", "100 per cent", "百分之百",
                "30%", "thirty per cent", "百分之三十", "三成", "12 months", "12-month", "twelve (12) months",
                "one year", "one-year", "十二个月", "12个月", "一年", "15%", "fifteen per cent", "百分之十五", "40%",
                "forty per cent", "百分之四十", "5 years", "five-year", "五年", "5年", "60 months", "六十个月"]
    must_not = ["24小时", "二十四小时", "24 hours", "twenty-four hours", "99.95%", "99.98%", "115%", "0.15%",
                "四十二个月", "2025年", "二十二个月", "百分之三十五", "百分之四十五", "150%", "1,150", "215%",
                "0.005%", "万分之五十", "3 Subscription Years", "one Subscription Year", "14 hours", "第一年度"[:0] + "每个服务年度",
                "45,000 Checks", "130%", "2026年", "12 hours", "1,200 devices", "1,020,000", "30 minutes",
                "十八个月", "三个服务年度", "CNY 2,400"]
    for s in must_hit:
        assert scan(s), "regex misses " + s
    for s in must_not:
        assert not scan(s), "regex wrongly hits %r: %r" % (s, scan(s))
    print("threshold regex self-test: %d must-hit and %d must-not-hit strings OK" % (len(must_hit), len(must_not)))


# ================================================================ read back
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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def off_threshold(t, share):
    pairs = [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
             ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12), ("post_warranty_fee_pct", 15)]
    tol = {"availability_pct": 0.02}  # percentage points; all others: 2 % of the threshold
    bad = [(kk, t[kk]) for kk, th in pairs if t[kk] is not None and abs(t[kk] - th) <= tol.get(kk, 0.02 * th)]
    if share is not None and abs(share - 40) <= 0.8:
        bad.append(("tco_share", share))
    return bad


def main():
    self_test()
    docs = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    write({k: S[k] for k in docs}, docs, OUT, wrap_words=True)
    for k, (name, kind) in FILES.items():
        if kind == "text":
            (OUT / name).write_text(S[k], encoding="utf-8")
            print("wrote", name)
    fired = set()
    problems = []
    print()
    print("%-4s %-58s %6s  %-6s %s" % ("key", "file", "size", "risk", "expected rules"))
    for k, (name, kind) in FILES.items():
        lab = label(k)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        derived = derive_rules(k)
        if derived != sorted(EXPECTED[k]):
            problems.append("%s: hand-written rules %s != policy reading %s" % (k, sorted(EXPECTED[k]), derived))
        sev = {SEVERITY[r] for r in derived}
        risk = "high" if "high" in sev else ("medium" if "medium" in sev else "low")
        if risk != EXPECTED_RISK[k]:
            problems.append("%s: risk %s != expected %s" % (k, risk, EXPECTED_RISK[k]))
        fired |= set(derived)
        text = read_back(OUT / name)
        n = size(text, L[k]["lang"])
        lo, hi = (2800, 3300) if L[k]["lang"] == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            problems.append("%s: length %d outside %d-%d" % (k, n, lo, hi))
        for src in (S[k], text):
            for h in scan(src):
                problems.append("%s: threshold figure %s: %r in ...%s..." % (k, h[0], h[1], h[2]))
        x = tco(k)
        bad = off_threshold(lab["expected_terms"], x["share"] if x else None)
        if bad:
            problems.append("%s: derived value on/near a threshold: %s" % (k, bad))
        print("%-4s %-58s %6d  %-6s %s" % (k, name, n, risk, ", ".join(derived) or "(none)"))
        if x:
            print("      TCO: %.2f post-warranty years x %.2f = %.2f; TCO %.2f; service share %.2f %%"
                  % (x["years"], x["annual_fee"], x["fees"], x["tco"], x["share"]))
    missing = set(SEVERITY) - fired
    if missing:
        problems.append("rules that fire nowhere: %s" % sorted(missing))
    mix = sorted(len(EXPECTED[k]) for k in FILES)
    print("\nfindings per contract:", mix, "; rules covered: %d of %d" % (len(fired), len(SEVERITY)))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
