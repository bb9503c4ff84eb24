import sys; sys.dont_write_bytecode = True  # noqa: E702  (before importing ../word_pdf.py: no __pycache__)
"""holdout328: ten ordinary draft contracts (5 zh, 5 en), their sidecar labels, and the checks (sums, lengths,
thresholds, rule coverage). Run from this folder: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------------------------------------------
# z01 住建局 扬尘监测平台 (pdf, 第X条 + 1.1) — compliant
H328Z01 = """
T:沅州市建筑工地扬尘在线监测监管平台建设项目政府采购合同
P:合同编号：YZZJ-2026-CG-0417　　采购项目编号：YZCG2026-GK-0093（公开招标）
P:甲方（采购人）：沅州市住房和城乡建设局
P:地址：沅州市河西新区政务中心B座
P:乙方（供应商）：湘禾环境监测科技有限公司
P:地址：长沙市岳麓区麓谷大道658号
P:根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，以及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就沅州市建筑工地扬尘在线监测监管平台建设项目（以下简称“本项目”）的采购事项，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容与合同价款
P:1.1 乙方为甲方在全市九十个在建房屋建筑及市政工程工地安装扬尘在线监测设备及视频联动装置，部署扬尘监测监管平台（含移动端），并完成与省级智慧工地监管平台的数据对接，使主管部门能够实时掌握工地颗粒物浓度、噪声及降尘措施落实情况。
P:1.2 合同总价为人民币叁佰贰拾贰万捌仟元整（¥3,228,000.00），为固定总价，包含设备、软件许可、运输、安装调试、数据接入、对接开发、培训、税费及质保期内全部服务费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|扬尘在线监测设备（PM2.5/PM10/TSP、噪声、温湿度、风速风向）|90套|23,600|2,124,000
TB:2|视频抓拍及喷淋联动控制器|90套|4,200|378,000
TB:3|扬尘监测监管平台软件许可（含移动端，永久使用）|1套|416,000|416,000
TB:—|硬件及软件小计|—|—|2,918,000
TB:4|安装调试及运营商数据接入|1项|168,000|168,000
TB:5|省级智慧工地监管平台数据对接开发|1项|124,000|124,000
TB:6|操作及管理培训|1项|18,000|18,000
TB:—|合计|—|—|3,228,000
P:1.3 监测设备的技术参数以招标文件第五章及乙方投标文件的技术响应表为准，乙方不得以低于响应参数的产品替代。
H:第二条 交付期限与地点
P:2.1 乙方应于合同签订之日起60日内完成全部设备到货及安装，90日内完成平台部署、数据接入和省级平台对接，具备初验条件。
P:2.2 交付地点为甲方指定的各工地现场及沅州市政务云机房。设备安装位置由乙方会同各工地施工单位确定，报甲方备案；工地因竣工需要迁移设备的，乙方在质保期内免费迁移。
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，甲方凭乙方开具的合法发票支付合同总价的20%作为预付款，即645,600元。
P:3.2 全部站点安装完成并通过初验后15个工作日内，甲方支付合同总价的45%，即1,452,600元。
P:3.3 终验合格并收到乙方全部竣工资料后15个工作日内，甲方支付合同总价的35%，即1,129,800元。
P:3.4 乙方应在签订合同时按合同总价的5%提交履约保证金，终验合格后无息退还。
H:第四条 验收
P:4.1 初验：全部设备安装、平台部署完成后，由甲方组织初验，核查设备数量、型号、安装位置及数据上传情况。初验合格后进入六十日试运行期。
P:4.2 终验：试运行期满，乙方提交终验申请及竣工资料，甲方组织专家按下列标准终验：（1）随机抽取不少于10个站点，与具备资质的第三方检测机构手工监测结果比对，PM10小时均值相对误差不超过±20%；（2）试运行期间各站点数据有效传输率不低于95%；（3）超标报警、视频抓拍及喷淋联动功能逐项测试通过；（4）向省级平台的数据推送连续10日无缺失；（5）平台通过第三方网络安全测评，无高危漏洞。
P:4.3 终验合格以甲方出具的书面终验报告为准。设备到货签收、安装上线、试运行或甲方支付任何款项，均不视为验收合格。终验不合格的，乙方应在15日内整改并重新申请终验。
H:第五条 质量保证与售后服务
P:5.1 质保期为三十六个月，自终验合格之日起计算。质保期内，乙方免费提供设备维修更换、传感器季度校准、平台升级及技术支持。
P:5.2 质保期满后，如甲方续购维保服务，年度维保费不超过硬件及软件小计的6%，即每年不超过175,080元，且质保期满后前两个年度不得上调。维保服务须另行签订合同，不自动续期。
P:5.3 乙方应设立7×24小时服务热线。故障分级及响应要求：一级故障（平台中断或10个以上站点同时断线）30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（单个站点设备故障）2小时内响应，24小时内修复或更换备机；三级故障（功能咨询）当日答复。
P:5.4 质保期内平台月可用率不低于99.95%。乙方每超过响应或修复时限1小时，甲方扣减1,000元；月可用率每低于承诺值0.01个百分点，扣减2,000元。上述款项可从应付款或履约保证金中扣除。
H:第六条 数据归属与数据安全
P:6.1 本项目采集的监测数据、视频图像、工地及企业信息、平台日志等全部数据归甲方所有。乙方仅可为履行本合同使用上述数据，不得将其用于任何其他目的，不得向第三方提供。
P:6.2 平台部署于政务云，乙方应按网络安全等级保护第二级要求落实安全措施，包括账号分级授权、数据传输及存储加密、操作日志留存不少于六个月；远程运维须经甲方审批并通过堡垒机进行。
P:6.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在发现后2小时内向甲方报告，立即采取处置措施，并承担因其原因造成的全部损失及法律责任。
H:第七条 知识产权
P:7.1 乙方保证所提供的设备、软件不侵犯任何第三方的知识产权；发生侵权纠纷的，由乙方负责处理并承担全部费用。
P:7.2 平台软件著作权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。为本项目开发的省级平台对接程序、定制报表及其源代码和技术文档，知识产权归甲方所有，甲方可自行修改或交由第三方使用。
H:第八条 保密
P:8.1 乙方对履约过程中知悉的甲方工作秘密、执法信息及未公开的工地信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务不因合同终止而免除。
H:第九条 违约责任
P:9.1 乙方逾期交付或逾期具备初验条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:9.2 乙方交付的设备或软件不符合合同约定的，应在甲方要求的期限内更换或整改，并承担由此产生的费用。
P:9.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十条 分包与转让
P:10.1 乙方不得转包本项目，也不得分包；乙方投标文件未载明分包的，本项目任何部分均不得交由第三方实施。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权书面通知解除本合同，乙方应退还已收取的相应款项并赔偿甲方损失。
H:第十二条 适用法律与争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十三条 其他
P:13.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。招标文件、投标文件、中标通知书均为本合同组成部分。
P:13.2 本合同一式六份，甲方四份，乙方二份，具有同等法律效力。
P:甲方（盖章）：沅州市住房和城乡建设局　　乙方（盖章）：湘禾环境监测科技有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:签订日期：2026年__月__日
"""

# ----------------------------------------------------------------------------------------------------------------
# z02 轮胎厂 密炼机控制系统改造 + 维保 (docx, 一、/（一）, Word price table) — POST-WARRANTY-FEE, TERMINATION
H328Z02 = """
T:密炼机控制系统改造项目合同
P:合同编号：LDLT-SB-2026-058
P:甲方：鲁东轮胎股份有限公司（以下简称甲方）
P:乙方：青岛衡控自动化工程有限公司（以下简称乙方）
P:鉴于甲方炼胶车间两台GK400型密炼机及其上辅机系统的原控制系统已运行多年，备件停产、故障频发，甲方决定实施控制系统改造；乙方具备相应的工业自动化系统集成资质和经验。双方经协商一致，签订本合同。
H:一、改造范围
P:（一）拆除两台密炼机原有继电器控制柜及旧型PLC，新装冗余PLC控制系统，实现混炼工艺温度、压力、时间及能量的闭环控制。
P:（二）改造上辅机炭黑、油料、小料及胶料自动称量配料系统，实现配方自动下发与称量数据自动上传。
P:（三）新装操作工控机及HMI操作站，开发配方管理软件与MES接口，实现按车次的批次追溯。
P:（四）利用甲方检修停机窗口完成新旧系统切换，停机时间不超过10天。
P:（五）对甲方电气工程师及操作人员进行培训，使其能够独立完成日常操作、配方维护和常见故障处理，培训时间不少于5个工作日。
H:二、合同价款
P:（一）合同总价为人民币壹佰捌拾玖万元整（¥1,890,000），明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|冗余PLC控制系统（含CPU、I/O模块、控制柜）|2套|386,000|772,000
TB:2|上辅机自动称量配料控制系统|2套|214,000|428,000
TB:3|工控机及HMI操作站|4台|23,500|94,000
TB:4|配方管理软件及MES接口软件许可|1套|186,000|186,000
TB:—|软硬件小计|—|—|1,480,000
TB:5|控制程序编制及配方迁移|1项|236,000|236,000
TB:6|现场安装、停机切换及联调|1项|158,000|158,000
TB:7|操作及维护培训|1项|16,000|16,000
TB:—|合计|—|—|1,890,000
P:（二）上述价款为含税固定总价（增值税税率13%），包括设备、软件、运输、安装、调试、培训及质保期内的全部服务费用，甲方不再支付其他费用。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即189,000元。
P:（二）设备到货并经甲方签收后，甲方支付合同总价的35%，即661,500元。到货签收仅确认数量及外观，不代表质量验收。
P:（三）终验合格后15个工作日内，甲方支付合同总价的50%，即945,000元。
P:（四）剩余5%即94,500元作为质量保证金，质保期满且无未解决的质量问题后无息支付。
H:四、交付与工期
P:（一）设备应于合同生效后45日内运抵甲方炼胶车间，乙方负责卸货、开箱检查及现场保管。
P:（二）乙方应在甲方检修停机窗口内完成拆除、安装和切换，并在恢复生产后20日内具备终验条件。
P:（三）施工期间乙方应遵守甲方安全生产、动火审批及防爆管理规定，因乙方违章造成的事故由乙方负责。
P:（四）乙方应在设备发运前10日提交到货清单、装箱单及出厂检验报告；进口部件应提供原产地证明及报关单据复印件。
H:五、验收
P:（一）乙方完成联调后，双方按经甲方确认的验收方案进行终验，标准包括：1．I/O点逐点测试，全部点位动作及信号正确；2．炭黑及胶料称量误差不超过±0.3%，小料称量误差不超过±0.1%；3．排胶温度控制偏差不超过±2℃；4．连续生产72小时，无因控制系统原因造成的停机；5．配方下发、批次追溯及MES数据上传功能逐项测试通过。
P:（二）终验合格以双方签署的终验报告为准。设备安装、试生产或甲方付款，均不视为验收合格。终验未通过的，乙方应在10日内整改后重新验收。
H:六、质量保证
P:（一）质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费维修、更换故障部件，并免费修正控制程序缺陷。
P:（二）故障响应：一级故障（密炼机或上辅机因控制系统原因停机）乙方应在30分钟内远程响应，3小时内到达现场；二级故障（部分功能异常但不停机）2小时内响应，24小时内处理完毕。乙方每超过响应或到场时限1小时，向甲方支付800元违约金。
P:（三）乙方应在甲方现场存放常用备件，备件清单见技术协议附件。
P:（四）质保期内同一部件累计故障三次以上的，乙方应免费更换为新品，该部件的质保期自更换之日起重新计算。
H:七、质保期后维保服务
P:（一）质保期满后，乙方按年度为甲方提供维保服务，内容包括每季度巡检、备件保障、程序维护及应急抢修，响应要求同本合同第六条。
P:（二）年度维保费按软硬件小计的18%计取，即每年266,400元，质保期满后三个年度内保持不变。维保服务按年度下达订单，不自动续期。
P:（三）维保期内乙方每次巡检后应提交巡检报告，列明设备状态、备件消耗及整改建议，经甲方设备部签字确认。
H:八、网络与数据安全
P:（一）配方、工艺参数、生产数据及控制程序中的甲方工艺信息归甲方所有，乙方不得为本合同以外的任何目的使用。
P:（二）乙方应按工业控制系统信息安全防护要求实施：控制网络与办公网络隔离，工控机安装白名单软件，禁用未经授权的移动存储介质；远程维护须经甲方逐次审批，并在甲方人员监督下通过专用通道进行。
P:（三）因乙方原因导致病毒感染、数据泄露或生产数据丢失的，乙方应在2小时内报告甲方并立即处置，承担由此造成的全部损失。
H:九、保密
P:乙方应对甲方的配方、工艺及经营信息承担保密义务，未经甲方书面同意不得向第三方披露或允许第三方使用，保密义务至相关信息依法公开之日止。
H:十、知识产权
P:（一）PLC及称量控制程序、HMI画面、配方管理软件二次开发部分的源代码及技术文档，知识产权归甲方所有，乙方应在终验时一并移交，甲方有权自行修改和使用。
P:（二）第三方标准软件的著作权归其权利人所有，乙方保证甲方获得永久使用许可。
P:（三）乙方应在终验前移交全部技术资料，包括电气原理图、接线图、I/O清单、带注释的控制程序、操作及维护手册，纸质版一式三份并附电子版。
H:十一、分包
P:电气安装中的桥架敷设及电缆施工如需分包，须事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:十二、违约责任
P:（一）乙方逾期交货或逾期完成切换的，每逾期一日，按合同总价的万分之八支付违约金，违约金总额不超过合同总价的10%。
P:（二）乙方交付的设备或软件不符合约定的，应无偿更换或整改，并赔偿甲方因此产生的停产损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十三、合同的履行
P:（一）本合同生效后，除发生不可抗力致使合同目的无法实现外，任何一方均不得单方解除本合同。
P:（二）乙方存在违约行为的，甲方的救济限于要求乙方继续履行、采取补救措施及按本合同第十二条收取违约金、赔偿金，甲方不享有因乙方违约而解除本合同的权利。
H:十四、争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交青岛仲裁委员会按其仲裁规则仲裁。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一技术协议、附件二验收方案、附件三设备清单与本合同具有同等效力。
P:甲方（盖章）：鲁东轮胎股份有限公司　　乙方（盖章）：青岛衡控自动化工程有限公司
P:授权代表：__________　　授权代表：__________
P:日期：2026年__月__日
"""

# ----------------------------------------------------------------------------------------------------------------
# z03 连锁眼镜店 门店SaaS + 实施 (txt, 第X条 + （1）) — PREPAYMENT, AUTO-RENEWAL, DATA-OWNERSHIP
H328Z03 = """视光门店管理云服务及验光档案系统实施合同

合同编号：MC-IT-2026-021

甲方（客户）：明澈视光连锁有限公司
住所：苏州市姑苏区人民路1188号
乙方（服务商）：杭州瞳云信息技术有限公司
住所：杭州市滨江区江南大道3850号

甲方在华东地区经营80家直营眼镜门店。为统一管理顾客验光档案、配镜订单、镜片镜架库存和会员，甲方决定采购乙方“瞳云门店”云服务，并由乙方负责实施。双方经友好协商，订立本合同，以资共同遵守。

第一条 服务内容
（1）乙方向甲方80家门店及总部提供“瞳云门店”SaaS服务，包括验光档案、配镜订单、库存管理、会员营销、收银对账及总部报表等功能模块，甲方通过浏览器及门店终端使用。
（2）乙方负责实施：将甲方旧系统中约42万份验光档案及会员数据迁移至本服务，完成与门店电脑验光仪、焦度计的数据对接，对门店人员进行培训并提供上线支持。
（3）本合同服务期为三个服务年度，自全部门店上线验收合格之日（“服务起始日”）起算。

第二条 费用
（1）费用明细如下：
    项目                                   单价                      数量      金额（元）
    门店端订阅费                           3,600元/店/服务年度        80店      288,000/服务年度
    总部管理端订阅费                       36,000元/服务年度          1套       36,000/服务年度
    订阅费小计                                                                  324,000/服务年度
    三个服务年度订阅费合计                                                      972,000
    一次性实施费（数据迁移、设备对接、培训）                                      168,000
    合同总金额                                                                  1,140,000
（2）合同总金额为人民币壹佰壹拾肆万元整（¥1,140,000），含增值税。短信通道费按实际发送条数另行结算，不计入合同总金额。

第三条 付款
（1）本合同签订后10个工作日内，甲方应一次性支付首个服务年度订阅费324,000元及全部实施费168,000元，合计492,000元。乙方收到该款项后启动实施。
（2）第二、第三个服务年度的订阅费，甲方应于该服务年度开始前15日内支付。
（3）乙方应在甲方付款前开具合法有效的增值税专用发票。

第四条 实施与上线验收
（1）乙方应于收到第三条第（1）项款项后60日内完成全部门店上线。
（2）上线验收标准：（a）迁移完成后随机抽取2,000份验光档案与旧系统逐项核对，球镜、柱镜、轴位、瞳距、下加光等字段全部一致；（b）80家门店均完成开单、收银、日结全流程测试；（c）电脑验光仪数据能够自动写入顾客档案；（d）总部报表与门店日结数据核对一致。
（3）上述标准全部达成后，双方签署上线验收单。门店开始使用系统不视为验收合格。
（4）乙方应指派具有视光行业实施经验的项目经理，实施期间每周向甲方提交项目周报。

第五条 服务水平
（1）系统月可用率不低于99.95%。计划维护应安排在22:00至次日7:00之间，并提前3日通知甲方，计划维护时间不计入不可用时间。
（2）一级故障（全部或多家门店无法开单、查询档案）：15分钟内响应，2小时内恢复；二级故障（单店或单一功能异常）：1小时内响应，8小时内解决；三级问题（使用咨询）：当日答复。
（3）一级故障每超出恢复时限1小时，乙方按当月应计订阅费的2%给予服务抵扣；当月可用率低于承诺值的，当月订阅费另抵扣10%。抵扣在下期订阅费中扣减。

第六条 数据权属与使用
（1）甲方上传及系统生成的顾客档案、验光数据、订单及会员信息（以下简称“甲方数据”）归甲方所有。
（2）甲方同意，乙方可对甲方数据进行去标识化处理，并将处理后的数据用于乙方产品功能改进、算法训练及编制视光行业统计分析报告；该等使用在本合同终止后仍可继续。

第七条 数据安全
（1）乙方应按照《个人信息保护法》《数据安全法》及网络安全等级保护第三级要求保护甲方数据：数据存储于中国境内，传输及存储加密，实行最小权限访问，并保留完整的操作日志。
（2）发生个人信息泄露、篡改或丢失等安全事件的，乙方应在24小时内通知甲方，协助甲方履行报告和告知义务，并承担因乙方原因造成的全部损失。
（3）合同终止后30日内，乙方应向甲方完整返还甲方数据，并在甲方确认后删除其系统中的甲方数据。

第八条 保密
双方对在合作中获知的对方商业信息、价格及经营数据负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。

第九条 知识产权
（1）“瞳云门店”平台及其软件的知识产权归乙方所有。
（2）乙方为甲方定制的总部报表、会员营销模板及数据迁移脚本归甲方所有，甲方可自行修改、使用或交由第三方使用。

第十条 续订
（1）服务期届满前30日，任何一方未书面提出不续订的，本合同自动续订一个服务年度，此后亦同。
（2）续订时乙方有权按其届时公布的价格调整订阅费，但单价上调幅度不超过8%。

第十一条 违约责任
（1）乙方未按第四条第（1）项期限完成上线的，每逾期一日，按合同总金额的千分之一向甲方支付违约金。
（2）乙方在本合同项下的累计赔偿责任以合同总金额的1.5倍为限，但乙方故意、重大过失或违反第七条造成的损失不受此限。
（3）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

第十二条 分包
乙方未经甲方书面同意不得将本合同项下的服务分包或转包。乙方使用的云基础设施服务商为阿里云，甲方签署本合同即视为同意；更换服务商须事先取得甲方书面同意。

第十三条 合同解除
一方严重违约，经对方书面通知后15日内仍未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。

第十四条 适用法律与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方应友好协商；协商不成的，提交杭州仲裁委员会仲裁。

第十五条 其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件《功能清单》《实施计划》与本合同具有同等效力。

甲方（盖章）：明澈视光连锁有限公司            乙方（盖章）：杭州瞳云信息技术有限公司
授权代表：____________                        授权代表：____________
日期：2026年__月__日                          日期：2026年__月__日
"""

# ----------------------------------------------------------------------------------------------------------------
# z04 市民政局 养老服务信息系统 年度运维 (txt, 1. / 1.1) — SLA-AVAILABILITY, SUBCONTRACT
H328Z04 = """汀州市养老服务信息系统2027服务年度运维服务合同

项目编号：TZCG-2026-CS-0211（竞争性磋商）
合同编号：TZMZ-YW-2027-03

甲方（采购人）：汀州市民政局
乙方（供应商）：福建康颐信息技术有限公司

根据《中华人民共和国政府采购法》、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就汀州市养老服务信息系统运维服务事项签订本合同。

1. 服务范围与服务期
1.1 运维对象为汀州市养老服务信息系统，包括居家养老服务平台、养老机构监管子系统、高龄津贴及养老服务补贴发放子系统、智慧养老热线坐席系统及移动端应用，以及上述系统在政务云上的运行环境。
1.2 服务内容包括：驻场运维、日常巡检、故障处理、安全加固、应用软件维护及小版本优化、数据治理、与省级养老服务平台的接口维护、重大节假日及津贴集中发放期间的应急保障。
1.3 服务期为2027服务年度，即2027年1月1日至2027年12月31日。
1.4 乙方应在服务期开始前完成与上一服务商的交接，熟悉系统架构、接口关系及历史问题清单。

2. 合同价款
2.1 合同总价为人民币陆拾捌万元整（¥680,000），为固定总价，包括人员、差旅、工具、税费及完成本合同服务所需的全部费用。分项如下：
    序号  服务项目                              金额（元）
    1     驻场运维人员2名（全服务年度）          324,000
    2     系统巡检及安全加固                     68,000
    3     应用软件维护及小版本优化               186,000
    4     数据治理及省平台接口维护               74,000
    5     重大节假日及集中发放期应急保障         28,000
          合计                                   680,000
2.2 服务期内甲方新增的功能开发需求不在本合同范围内，双方另行协商。

3. 付款方式
3.1 本合同不设预付款。服务费按季度支付，每季度考核合格后15个工作日内，甲方支付当季服务费170,000元，考核扣款从当季服务费中扣除。
3.2 乙方应在每季度结束后5个工作日内提交季度运维报告及发票。

4. 服务要求
4.1 乙方派驻2名运维工程师在甲方指定地点驻场，工作时间为工作日8:30至17:30；驻场人员须具备两年以上同类系统运维经验，更换人员须经甲方同意。
4.2 乙方提供7×24小时电话及远程支持，每月对系统进行一次全面巡检并提交巡检报告，每季度开展一次应急演练。
4.3 乙方应按甲方要求完成操作系统、数据库及中间件的补丁更新和安全加固，并配合甲方开展网络安全检查。
4.4 乙方应建立运维台账，对每一工单记录报修时间、响应时间、处理过程及关闭时间，甲方可随时查阅。
4.5 高龄津贴集中发放期间及春节、重阳节等重大节日期间，乙方应增派1名工程师现场值守。

5. 服务水平
5.1 系统月可用率不低于99.5%（经甲方同意的计划停机除外）。
5.2 故障分级及时限：一级故障（系统整体不可用或津贴发放中断）15分钟内响应，1小时内到达现场，6小时内恢复；二级故障（部分功能不可用）30分钟内响应，8小时内恢复；三级故障（一般问题）2小时内响应，2个工作日内解决。
5.3 乙方每次超过响应、到场或恢复时限的，甲方扣减服务费500元；月可用率每低于承诺值0.1个百分点，扣减当季服务费的1%。

6. 考核与验收
6.1 甲方按季度对乙方进行考核，考核指标包括：系统月可用率、故障响应及时率不低于98%、工单闭环率不低于95%、巡检报告按期提交、安全漏洞按期整改。季度考核得分低于80分的为不合格。
6.2 服务期满后，乙方提交年度运维总结、全部运维文档及脚本清单，甲方依据磋商文件、本合同及四个季度的考核结果组织验收，并出具书面验收意见。
6.3 年度验收不合格的，乙方应在10个工作日内整改，整改期间第四季度服务费暂缓支付。

7. 数据安全
7.1 系统中的老年人基本信息、健康状况、补贴发放记录、服务工单等全部数据归甲方所有，乙方仅可为履行本合同访问和处理，不得用于其他任何目的。
7.2 乙方应严格执行网络安全等级保护第三级的管理要求：运维账号实名并分级授权，所有运维操作通过堡垒机进行并留存审计日志，禁止将数据导出至政务云以外的环境，测试数据须经脱敏处理并经甲方批准。
7.3 发生数据泄露、篡改、丢失或系统被入侵等安全事件的，乙方应在1小时内报告甲方，立即处置并配合调查，因乙方原因造成的损失由乙方承担全部赔偿责任。
7.4 服务期满或合同解除时，乙方应交回全部运维账号和存储介质，并书面确认未留存甲方数据。

8. 保密
8.1 乙方及其驻场人员对在服务中知悉的甲方工作信息、老年人个人信息及系统配置信息负有保密义务，乙方驻场人员须签署个人保密承诺书。保密义务在合同终止后继续有效。

9. 知识产权
9.1 乙方在运维过程中编写的脚本、补丁、优化代码、配置文件及运维文档，知识产权归甲方所有，乙方应于服务期满时完整移交。

10. 第三方协助
10.1 乙方可将机房硬件维修、UPS及空调巡检等辅助工作交由具备相应资质的第三方完成，但应提前5个工作日书面告知甲方；乙方对第三方的行为承担全部责任。

11. 违约责任
11.1 乙方未按约定日期进场或完成系统交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
11.2 乙方连续两个季度考核不合格的，甲方有权要求乙方更换项目负责人并限期整改。
11.3 甲方逾期支付服务费的，应按逾期金额每日万分之三支付违约金。

12. 合同解除
12.1 乙方严重违反本合同约定，或季度考核连续两次不合格经整改仍无改善的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。

13. 合同期满
13.1 服务期满本合同即行终止，不自动续期。下一服务年度的运维服务由甲方依法重新组织采购。
13.2 合同终止时，乙方应配合新服务商完成不少于10个工作日的交接，交接内容包括系统账号及权限清单、运维文档、脚本及未关闭工单，交接完成后双方签署交接确认单。

14. 适用法律与争议解决
14.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

15. 其他
15.1 磋商文件、响应文件、成交通知书为本合同的组成部分。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
15.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：汀州市民政局                    乙方（盖章）：福建康颐信息技术有限公司
法定代表人或授权代表：__________             法定代表人或授权代表：__________
签订日期：2026年__月__日
"""

# ----------------------------------------------------------------------------------------------------------------
# z05 牛肉干厂 WMS licence + custom development, supplier's template (md, ## 第X条 + 1.1) — many problems
H328Z05 = """# 仓智WMS仓储管理系统软件许可及实施合同

（仓智软件标准合同文本 V3.0）

合同编号：CZ-WMS-2026-0132

- 甲方（买方）：内蒙古草原牧歌食品有限公司
- 乙方（卖方）：成都仓智软件有限公司

甲方为牛肉干及风干肉制品生产企业，拥有原料冷库、成品库及电商发货仓。甲方拟采购乙方的仓智WMS仓储管理系统并委托乙方进行定制开发和实施。双方经协商，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供仓智WMS仓储管理系统标准版软件许可，包括入库、出库、库位管理、批次及保质期管理、冷库温度监控和盘点模块，以及40个RF手持终端客户端许可。

1.2 乙方为甲方定制开发：与甲方金蝶ERP系统的物料、订单和库存接口；原料批次至成品批次的追溯报表；冷库温度超限告警及电商订单波次拣货功能。

1.3 乙方负责系统部署、基础数据导入、上线支持和操作培训。

1.4 本合同所称“上线运行”，是指系统在甲方环境中部署完成并开始处理甲方实际出入库业务。

## 第二条 合同价款

| 序号 | 项目 | 数量 | 单价（元） | 金额（元） |
|---|---|---|---|---|
| 1 | 仓智WMS标准版软件许可（含6个功能模块） | 1套 | 780,000 | 780,000 |
| 2 | RF手持终端客户端许可 | 40个 | 3,000 | 120,000 |
| | 软件许可小计 | | | 900,000 |
| 3 | 定制开发（ERP接口、追溯报表、温控告警、波次拣货） | 1项 | 280,000 | 280,000 |
| 4 | 部署实施、数据导入及培训 | 1项 | 96,000 | 96,000 |
| | 合计 | | | 1,276,000 |

合同总价为人民币壹佰贰拾柒万陆仟元整（¥1,276,000），含增值税。RF手持终端硬件由甲方自行采购，不在本合同范围内；上述价款亦不含服务器、数据库及操作系统软件费用。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%作为预付款，即829,400元。乙方在收到预付款后开始工作。

3.2 系统上线运行后10日内，甲方支付合同总价的35%，即446,600元。

3.3 乙方在收到每笔款项前向甲方开具等额增值税专用发票。

3.4 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停服务。

## 第四条 交付与上线

4.1 乙方在收到预付款后75个工作日内完成系统部署并上线运行。

4.2 系统部署完成并上线运行，即视为甲方验收合格。甲方在上线后提出的问题，按本合同第六条的维护流程处理。

4.3 因甲方未及时提供基础数据、硬件环境或人员配合导致上线推迟的，上线期限相应顺延。

4.4 甲方应指定项目负责人，负责协调基础数据准备、业务确认和人员培训，并在乙方提出确认事项后3个工作日内给予书面答复。

4.5 甲方应自行提供服务器、网络、数据库及RF手持终端等运行环境，并保证其符合乙方书面提出的配置要求。

## 第五条 知识产权

5.1 仓智WMS软件的著作权及一切知识产权归乙方所有，甲方获得在本合同约定范围内的永久使用许可。

5.2 乙方为甲方定制开发的接口程序、报表、功能模块及其源代码、设计文档的知识产权归乙方所有。甲方在本合同许可范围内享有非独占的使用权，不得修改、反编译，也不得提供给任何第三方。

5.3 甲方不得将许可软件提供给甲方及其全资子公司以外的主体使用，不得超出许可的终端数量使用；需增加终端的，按乙方当时价格另行购买。

## 第六条 免费维护期

6.1 免费维护期为六个月，自系统上线运行之日起计算。免费维护期内，乙方提供远程技术支持和程序缺陷修正。

6.2 故障响应：一级故障（系统无法进行出入库作业）乙方在8小时内响应；二级故障（部分功能异常）乙方在2个工作日内响应；其他问题在5个工作日内答复。

6.3 乙方将尽力在合理时间内修复故障，但不因响应或修复超时承担任何扣款、赔偿或违约金。

6.4 因甲方操作不当、擅自修改配置、运行环境故障或第三方软件原因造成的问题，不属于免费维护范围，乙方可按人天单价收费提供服务。

## 第七条 维保服务

7.1 免费维护期满后，甲方应按年度向乙方购买维保服务，年维保费为软件许可小计的26%，即234,000元/年，于每个维保年度开始前支付。

7.2 维保服务内容包括远程技术支持、缺陷修正和标准版本升级，不包括新增定制开发及现场服务；现场服务按乙方标准人天单价另行收费。

7.3 甲方未购买维保服务的，乙方不再提供缺陷修正和版本升级；甲方日后恢复维保服务的，应补缴中断期间的维保费。

## 第八条 数据

8.1 甲方在系统中产生的业务数据归甲方所有。

8.2 甲方同意，乙方有权在脱敏处理后使用甲方的库存、出入库及运营数据，用于乙方产品优化、行业基准分析以及向乙方其他客户提供的数据服务。

8.3 乙方远程运维时应通过加密通道接入，使用甲方分配的账号并遵守甲方的权限控制要求，不得擅自复制甲方数据。因乙方过错导致甲方数据泄露或丢失的，乙方应及时通知甲方、采取补救措施并承担相应的赔偿责任。

## 第九条 保密

9.1 双方对在本合同履行中获知的对方技术信息和商业信息负有保密义务，保密期限为本合同终止后两年。

9.2 本条不适用于已经公开的信息或依法应当披露的信息。

## 第十条 分包

10.1 乙方有权将部分开发、实施或维护工作分包给其合作伙伴，无需另行取得甲方同意，乙方对分包部分的工作质量负责。

## 第十一条 违约责任

11.1 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的3%。

11.2 乙方在本合同项下的累计赔偿责任总额不超过合同总价的20%，且乙方不承担任何间接损失或利润损失。

11.3 因不可抗力、甲方原因或第三方原因导致的延误，乙方不承担违约责任。

## 第十二条 合同解除

12.1 一方严重违约，经另一方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。

12.2 本合同解除的，双方应在30日内结清已完成工作的费用，乙方应向甲方返还甲方提供的全部资料及数据。

## 第十三条 争议解决

13.1 因本合同产生的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地（成都市武侯区）人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同附件包括功能清单及定制开发需求说明，附件与本合同具有同等效力。

甲方（盖章）：内蒙古草原牧歌食品有限公司　　乙方（盖章）：成都仓智软件有限公司

代表签字：__________　　代表签字：__________

日期：2026年__月__日
"""

# ----------------------------------------------------------------------------------------------------------------
# e01 Yangzhou lacquerware studio, inlay-layout software, perpetual licences, Finnish vendor (pdf, Article N / N.N)
# — GOVERNING-LAW only
H328E01 = """
T:SOFTWARE LICENCE AND IMPLEMENTATION AGREEMENT
P:Agreement No. YZQ-SW-2026-07
P:This Agreement is made between:
P:(1) Yangzhou Qiyun Lacquer Art Studio Co., Ltd., a company established in the People's Republic of China with its registered address at 26 Dongguan Street, Guangling District, Yangzhou, Jiangsu Province (the "Buyer"); and
P:(2) Helmiä Design Systems Oy, a company incorporated in Finland with its registered office on Isosaari, Helsinki, Finland (the "Vendor").
P:Background. The Buyer produces lacquer screens, boxes and panels with mother-of-pearl, shell and metal inlay. Its designers lay out inlay pieces by hand on paper templates, which are then cut on a laser cutter. The Vendor publishes software for laying out inlay and marquetry pieces and for generating cutting paths. The Buyer wishes to buy perpetual licences of that software, to have its legacy designs imported and to have the software connected to its laser cutter, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's Inlay Layout Designer and Cutting Path Module, version 7 and the updates released during the Warranty Period and any Support Year.
P:1.2 "Services" means the pattern-library configuration, the import of legacy designs, the laser-cutter integration and the training described in Article 2.
P:1.3 "Custom Deliverables" means the laser-cutter post-processor, the configured pattern library, the import scripts and all documentation written for the Buyer under this Agreement.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 6.4 that the acceptance tests have been passed.
P:1.5 "Buyer Data" means the Buyer's designs, patterns, drawings, customer commissions, cutting files and any other data the Buyer creates or stores with the Software.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer perpetual, non-exclusive licences to install and use the Software on the Buyer's own workstations for the number of named users set out in Article 3.
P:2.2 The Vendor shall configure a pattern library with the Buyer's standard motifs, import about 1,800 legacy designs from the Buyer's scanned paper templates and vector files, write a post-processor for the Buyer's laser cutter, and train six designers and two cutter operators at the Buyer's studio in Yangzhou.
P:2.3 The Software is installed on the Buyer's premises. The Vendor does not host any Buyer Data.
H:Article 3 Price
P:3.1 At the Buyer's request all prices are stated and paid in Chinese yuan (CNY). The Contract Price is CNY 480,000, inclusive of all taxes payable in China, travel and expenses, and is itemised as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Inlay Layout Designer, perpetual named-user licence|6|48,500|291,000
TB:2|Cutting Path Module, perpetual licence|2|36,000|72,000
TB:-|Licence Subtotal|-|-|363,000
TB:3|Pattern-library configuration and import of legacy designs|1|58,000|58,000
TB:4|Laser-cutter post-processor and integration|1|46,000|46,000
TB:5|Training on site|1|13,000|13,000
TB:-|Contract Price|-|-|480,000
P:3.2 The Contract Price is fixed and covers the Software, the Services and all support during the Warranty Period.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 96,000) within 20 days after signature, against the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 216,000) within 20 days after the Installation Certificate is signed. The Installation Certificate only records that the Software has been installed on the listed workstations and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 168,000) within 20 days after Final Acceptance.
P:4.4 Payments are made by bank transfer in CNY to the Vendor's account with its bank in Shanghai, as stated on the invoice.
H:Article 5 Delivery and Delay
P:5.1 The Vendor shall install the Software within 30 days after signature and shall make the Software and the Custom Deliverables ready for the acceptance tests within 90 days after signature.
P:5.2 If the Vendor is late with installation or with readiness for the acceptance tests for reasons not attributable to the Buyer, the Vendor shall pay delay damages of CNY 480 for each day of delay, up to a total of 10% of the Contract Price.
P:5.3 The Buyer shall provide workstations that meet the Vendor's published hardware specification, network access for installation and a contact person in the studio.
H:Article 6 Acceptance
P:6.1 The acceptance tests shall show that: (a) 200 legacy designs chosen by the Buyer open in the Software with no missing piece and no geometry error; (b) the post-processor produces cutting files that the laser cutter runs without manual editing on three test panels of different sizes; (c) the layout of a standard screen panel can be completed and exported by a trained designer; and (d) the Software has been used in production for 30 consecutive days without a Severity 1 fault.
P:6.2 The Vendor shall propose a test plan, which the Buyer shall approve before testing starts.
P:6.3 If a test fails, the Vendor shall correct the defect within 10 days and repeat the test.
P:6.4 Final Acceptance takes place only when all tests have been passed and the Buyer has signed the Final Acceptance Certificate. Installation, production use or any payment does not mean acceptance.
H:Article 7 Warranty and Support
P:7.1 The Warranty Period is 18 months from Final Acceptance. During the Warranty Period the Vendor shall correct defects in the Software and the Custom Deliverables free of charge and provide updates and remote support.
P:7.2 Faults are classified as follows. Severity 1: the Software cannot open, save or export cutting files. Severity 2: a function is impaired but work can continue. Severity 3: questions and minor issues. The Vendor shall respond within 2 hours to Severity 1 faults and within 8 hours to Severity 2 faults, during the Buyer's working hours (08:30 to 18:00, Beijing time, Monday to Saturday), and shall provide a fix or workaround for a Severity 1 fault within 24 hours.
P:7.3 For every hour by which the Vendor exceeds a response or fix time for a Severity 1 fault, the Vendor shall pay the Buyer CNY 500, which the Buyer may deduct from any amount due.
P:7.4 After the Warranty Period the Buyer may order support by Support Year. The support fee is 11% of the Licence Subtotal, that is CNY 39,930 per Support Year, and is fixed for the first three Support Years; any later increase must be agreed in writing and may not exceed 3% per Support Year. Support is renewed only by the Buyer's written order.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains the intellectual property in the Software.
P:8.2 The Custom Deliverables belong to the Buyer from delivery. The Vendor shall deliver them in editable form with source code. The Buyer may use, modify and license them freely, including to other suppliers.
P:8.3 The Vendor warrants that the Software and the Custom Deliverables do not infringe any third party's rights and shall defend the Buyer against any such claim.
H:Article 9 Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may access it only to perform this Agreement and may not use it for any other purpose.
P:9.2 The Vendor shall access the Buyer's workstations only through a remote session opened by the Buyer for each support case, shall not copy Buyer Data out of the Buyer's premises, and shall delete any sample files it receives once the case is closed. The Vendor's staff shall use individual accounts and encrypted connections.
P:9.3 The Vendor shall notify the Buyer within 24 hours after becoming aware of any unauthorised access to, loss of, or disclosure of Buyer Data, shall take immediate measures to contain it, and shall be liable for the losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public business and technical information, including the Buyer's designs and customer list, and shall not disclose it to any third party without the other party's prior written consent. This obligation survives the end of this Agreement for three years.
H:Article 11 Liability
P:11.1 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement under Article 8.3 or breach of Article 9.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the Services without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice, or if the delay damages under Article 5.2 reach their limit. On such termination the Vendor shall refund the amounts paid for the undelivered part.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Finland.
P:14.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the Arbitration Rules of the Finland Chamber of Commerce. The seat of arbitration is Helsinki and the language is English.
H:Article 15 Miscellaneous
P:15.1 This Agreement is signed in two English originals and takes effect on signature by both parties. Amendments are valid only in writing signed by both parties.
P:15.2 Notices under this Agreement shall be in writing and delivered by hand, courier or e-mail with confirmation of receipt to the addresses stated above or to another address notified in writing.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Name and title: ____________________    Name and title: ____________________
P:Date: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
# e02 Lijiang walking-tour operator, booking SaaS, Order Form + General Terms, Icelandic vendor (md)
# — SLA-AVAILABILITY, CONFIDENTIALITY, GOVERNING-LAW
H328E02 = """# TOURLOOP ORDER FORM

**Order Form No.** TL-CN-2026-0148

## PART A — ORDER FORM

**Provider:** Tourloop ehf., a private limited company registered in Iceland, with its registered office at Norðurvegur 9, Hrísey, Iceland ("Tourloop").

**Customer:** Lijiang Gucheng Footsteps Cultural Tourism Co., Ltd., registered at 41 Xinyi Street, Gucheng District, Lijiang, Yunnan Province, People's Republic of China ("Customer").

This Order Form and the Tourloop General Terms in Part B together form the agreement between Tourloop and Customer (the "Agreement"). If this Order Form and Part B differ, this Order Form prevails.

### A1. Subscribed Services

Customer runs guided walking tours of the Lijiang old town, the Shuhe old town and the Baisha murals, with 14 licensed guides and 22 tour products. Tourloop provides its online booking platform for these tours: the booking engine, guide calendars and capacity control, e-tickets with QR check-in, payment collection through Customer's own WeChat Pay and Alipay merchant accounts, a WeChat mini-program booking channel and SMS reminders (together the "Services").

### A2. Term

The Services are provided for three Subscription Years starting on the Go-Live Date (the "Initial Term"). A "Subscription Year" is the period from the Go-Live Date to the day before its first anniversary, and each following period from one anniversary to the day before the next. After the Initial Term the Services may be renewed for further Subscription Years only by a new Order Form signed by both parties; nothing in this Agreement renews automatically.

### A3. Fees

At Customer's request all fees are stated and paid in Chinese yuan (CNY).

| Item | Description | Basis | Fee (CNY) |
|---|---|---|---|
| 1 | Booking platform (14 guide calendars, 22 tour products, e-tickets, check-in app) | per Subscription Year | 96,000 |
| 2 | WeChat mini-program booking channel | per Subscription Year | 18,000 |
| 3 | SMS reminders, 60,000 messages included | per Subscription Year | 6,000 |
| | Subscription Fee | per Subscription Year | 120,000 |
| | Subscription Fees for the Initial Term (three Subscription Years) | | 360,000 |
| 4 | Onboarding: configuration of the 22 tour products, import of two seasons of bookings, guide and office training | one-time | 24,000 |
| | **Total fees under this Order Form** | | **384,000** |

SMS messages above the included volume are charged at CNY 0.06 per message, invoiced quarterly in arrears; they are usage charges and are not part of the total above.

### A4. Invoicing and Payment

1. The onboarding fee is invoiced on the Go-Live Date.
2. The Subscription Fee is invoiced quarterly in arrears, in four equal instalments of CNY 30,000 for each Subscription Year.
3. Customer pays each undisputed invoice within 30 days. Nothing is payable before the Go-Live Date.

### A5. Onboarding and Go-Live

1. Tourloop shall complete onboarding within 45 days after signature of this Order Form.
2. Go-Live requires that Customer has confirmed in writing that: (a) a test booking, payment, refund and QR check-in has been completed for each of the 22 tour products; (b) payments collected in a three-day parallel run reconcile exactly with Customer's merchant statements; (c) the imported bookings of the two previous seasons are complete and correct for a sample of 300 bookings chosen by Customer; and (d) the WeChat mini-program has passed WeChat's review and is live. The Go-Live Date is the date of that written confirmation. Use of the platform by Customer's staff before that date is not Go-Live.
3. If onboarding is not completed within the period in A5.1 for reasons attributable to Tourloop, Tourloop shall pay Customer CNY 300 for each day of delay, which Customer may set off against any invoice.

### A6. Support Contact

Support is provided in Chinese and English through the in-app support channel and a hotline staffed from 07:00 to 23:00 Beijing time, seven days a week.

Signed for Tourloop ehf.: ____________________  Date: __________

Signed for Customer: ____________________  Date: __________

## PART B — TOURLOOP GENERAL TERMS (version 2026-03)

### B1. Provision of the Services

1.1 Tourloop shall provide the Services in accordance with the Order Form, these General Terms and the documentation published in the Tourloop help centre.

1.2 Customer may permit its own employees and guides to use the Services. Customer is responsible for the accounts it creates and for keeping log-in details secure.

1.3 Tourloop may improve the Services from time to time, provided that no change materially reduces the functions Customer has subscribed to.

1.4 Tourloop shall keep the user guides for guides and office staff up to date in Chinese and shall give Customer at least 30 days' notice of any change to the booking screens seen by travellers.

### B2. Service Levels

2.1 Tourloop shall make the booking platform and the mini-program booking channel available 99.5% of the time in each calendar month, excluding maintenance announced at least three days in advance and carried out between 00:00 and 06:00 Beijing time.

2.2 Incidents are classified as follows. Priority 1: customers cannot book or pay, or guides cannot check tickets. Priority 2: a function is impaired but bookings and check-in continue. Priority 3: other questions. Tourloop shall respond to Priority 1 incidents within 30 minutes and restore service within 3 hours, and shall respond to Priority 2 incidents within 2 hours.

2.3 If monthly availability falls below the level in 2.1, Tourloop shall credit Customer 5% of the monthly share of the Subscription Fee for each half percentage point of the shortfall or part of it, up to 50% of that monthly share. For each Priority 1 incident not restored within 3 hours, Tourloop shall credit a further CNY 800. Credits are set off against the next invoice.

### B3. Customer Data and Security

3.1 "Customer Data" means all data that Customer or its travellers enter into the Services, including names, mobile numbers, identity document numbers, booking and payment records and guide schedules. Customer Data belongs to Customer. Tourloop processes it only on Customer's instructions and only to provide the Services, and does not use it for any other purpose.

3.2 Customer Data is hosted in the Alibaba Cloud region in mainland China. Tourloop shall not transfer Customer Data outside mainland China. Tourloop shall encrypt Customer Data in transit and at rest, restrict access to named support staff with multi-factor authentication, keep access logs for at least six months, and comply with the Personal Information Protection Law of the People's Republic of China.

3.3 Tourloop shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take all reasonable steps to contain it and shall cooperate with Customer's notifications to travellers and authorities. Tourloop is responsible for the losses that Customer suffers from an incident caused by Tourloop's breach of this clause B3.

3.4 Within 30 days after the end of the Agreement, Tourloop shall return all Customer Data to Customer in a standard format and then delete it from its systems.

### B4. Subcontractors

4.1 Tourloop uses Alibaba Cloud as its hosting provider, which Customer approves by signing the Order Form. Tourloop shall not engage any other subcontractor or sub-processor for the Services without Customer's prior written consent, and remains responsible for the acts of its subcontractors.

### B5. Intellectual Property

5.1 Tourloop owns the Services, the software and the documentation.

5.2 Tour descriptions, photographs, route maps, ticket designs and mini-program pages created for Customer during onboarding or at Customer's request belong to Customer. Customer may use, modify and license them freely, also with another booking provider.

### B6. Liability

6.1 Each party's total liability under the Agreement is limited to 150% of the total fees under the Order Form. The limit does not apply to personal injury, wilful misconduct or a breach of clause B3.

6.2 Neither party is liable for loss of profit or indirect loss, except in the cases excluded from the limit in 6.1.

### B7. Termination

7.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

7.2 Customer may also terminate by written notice if monthly availability falls below the level in B2.1 in three consecutive months.

7.3 On termination Customer pays the fees for Services provided up to the termination date, and Tourloop refunds any fees paid for a later period.

### B8. Suspension

8.1 Tourloop may suspend the Services only if an undisputed invoice is more than 60 days overdue and Customer has not paid within 15 days after a written reminder.

### B9. Governing Law and Disputes

9.1 The Agreement is governed by the laws of Iceland.

9.2 The District Court of Reykjavík has exclusive jurisdiction over any dispute arising out of the Agreement.

### B10. General

10.1 Notices must be in writing and sent to the addresses in the Order Form.

10.2 Neither party may assign the Agreement without the other party's written consent.

10.3 The Agreement is the entire agreement between the parties on its subject and may be amended only in writing signed by both parties.

10.4 Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government orders closing the old town, provided that it notifies the other party promptly and does what it reasonably can to limit the effects. Fees for any period in which the Services cannot be used because of such an event are not payable.
"""

# ----------------------------------------------------------------------------------------------------------------
# e03 Xinjiang cotton farm, soil-moisture sensors, buyer's paper, Maltese integrator (docx, Section N / N.N) — compliant
H328E03 = """
T:SUPPLY AND INSTALLATION CONTRACT FOR A SOIL-MOISTURE MONITORING SYSTEM
P:Contract No. SHZ-MF-2026-112
P:Buyer: Shihezi Tianmian Agricultural Development Co., Ltd., No. 8 Beisi Road, Shihezi, Xinjiang Uygur Autonomous Region, People's Republic of China (the "Buyer").
P:Supplier: Cominotto AgriSense Ltd., a company registered in Malta with its registered office on Cominotto, Malta, acting through its project office in Urumqi (the "Supplier").
P:The Buyer farms about 4,200 hectares of drip-irrigated cotton in three fields near Shihezi. It wishes to schedule irrigation on measured soil moisture rather than on a fixed calendar. The Supplier has offered a monitoring system of probes, gateways, weather stations and decision software. The parties therefore agree as follows, on the Buyer's standard contract form.
H:Section 1 Definitions
P:1.1 "System" means the probes, gateways, weather stations, decision software and integration described in Section 2 and Annex 1.
P:1.2 "Hardware and Licence Subtotal" means the sum of items 1 to 4 of the price table in Section 3.
P:1.3 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Section 6.
P:1.4 "Buyer Data" means all measurements, field maps, irrigation records and settings produced or stored by the System.
H:Section 2 Scope of Supply
P:2.1 The Supplier shall supply, install and calibrate 260 solar-powered probes measuring soil moisture and temperature at three depths, 12 LoRaWAN gateways and 4 automatic weather stations, and deliver a perpetual licence of its irrigation-decision software installed on the Buyer's server in the farm office.
P:2.2 The Supplier shall integrate the software with the Buyer's drip-irrigation controllers so that irrigation recommendations can be sent to each valve group after approval by the field manager.
P:2.3 The Supplier shall train the Buyer's agronomists and field technicians.
P:2.4 The Supplier shall deliver, in Chinese, installation records for every probe with its coordinates, calibration tables, user manuals and maintenance instructions.
H:Section 3 Contract Price
P:3.1 At the Buyer's request all prices are in Chinese yuan (CNY). The Contract Price is CNY 2,280,000, a fixed price including delivery to the fields, customs duties, taxes, installation, calibration, integration, training and all warranty services. It is made up as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Soil-moisture and temperature probe, three depths, solar powered|260|5,400|1,404,000
TB:2|LoRaWAN gateway with mast and solar kit|12|18,500|222,000
TB:3|Automatic weather station|4|36,000|144,000
TB:4|Irrigation-decision software, perpetual licence|1|186,000|186,000
TB:-|Hardware and Licence Subtotal|-|-|1,956,000
TB:5|Installation and field calibration|1|212,000|212,000
TB:6|Integration with drip-irrigation controllers|1|98,000|98,000
TB:7|Training|1|14,000|14,000
TB:-|Contract Price|-|-|2,280,000
H:Section 4 Payment
P:4.1 Advance payment: 10% of the Contract Price (CNY 228,000) within 15 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:4.2 Installation payment: 55% of the Contract Price (CNY 1,254,000) within 15 days after the Installation Certificate is signed. The Installation Certificate records only that the equipment has been installed and is not acceptance.
P:4.3 Final payment: 35% of the Contract Price (CNY 798,000) within 15 days after Final Acceptance.
P:4.4 Each payment is made against a correct VAT invoice issued by the Supplier's project office. The Buyer may deduct from any payment the amounts due to it under this Contract.
H:Section 5 Delivery and Installation
P:5.1 The Supplier shall deliver all equipment to the farm within 50 days after signature and complete installation before the first irrigation of the season, and in any case within 80 days after signature.
P:5.2 Installation in the fields shall be coordinated with the Buyer's sowing and film-laying schedule. The Supplier shall repair at its cost any drip tape or film it damages.
P:5.4 The Supplier's staff shall follow the farm's safety rules, in particular near pumping stations and machinery, and shall not drive vehicles onto planted fields except on the tracks shown by the field manager.
P:5.3 If the Supplier is late with delivery or installation for reasons not attributable to the Buyer, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
H:Section 6 Acceptance
P:6.1 Final Acceptance tests are carried out during the first irrigation season and shall show that: (a) at 30 probe sites chosen by the Buyer, volumetric soil moisture differs from gravimetric samples taken by the Buyer's laboratory by no more than 3 percentage points; (b) at least 98% of the expected readings of every probe reach the software over 21 consecutive days; (c) recommendations for every valve group are sent to and executed by the irrigation controllers in a supervised test; and (d) the weather stations report all parameters to the software for 21 consecutive days.
P:6.2 The Buyer shall sign the Final Acceptance Certificate within 7 days after all tests have been passed. Installation, use of the System or payment of any instalment is not acceptance.
P:6.3 If a test fails, the Supplier shall remedy the defect at its cost and repeat the test within 14 days.
P:6.4 The Supplier shall provide a test report with the results of every test, signed by its project manager.
H:Section 7 Warranty and Support
P:7.1 The warranty period is 36 months from Final Acceptance. During it the Supplier shall repair or replace faulty equipment free of charge, including batteries and solar panels, and provide software updates and support.
P:7.2 Faults are classified in the severity table below. The Supplier shall meet these times during the irrigation season (April to September) and twice these times outside it.
TB:Severity|Definition|Response|On site or remote fix
TB:1|Software, a gateway or the controller link is down, so that a field or valve group has no data or no recommendation|1 hour|24 hours
TB:2|Up to 10 probes or one weather station without data|8 hours|3 days
TB:3|Other faults and questions|1 working day|10 working days
P:7.3 For each hour by which the Supplier exceeds the response or fix time for a Severity 1 fault, it shall pay the Buyer CNY 800, which the Buyer may deduct from any payment or claim under the bank guarantee.
P:7.5 The Supplier shall keep a stock of spare probes, gateway parts and batteries in Urumqi during the warranty period so that faulty equipment can be replaced within the fix times above.
P:7.4 After the warranty period the Buyer may order annual support at 7% of the Hardware and Licence Subtotal, that is CNY 136,920 per year, a price fixed for the first three years after the warranty. Support is ordered year by year in writing and does not renew automatically.
H:Section 8 Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may use it only to perform this Contract.
P:8.2 The software and Buyer Data are kept on the Buyer's server in the farm office. The Supplier may access them remotely only through the Buyer's VPN with an individual account, after approval by the Buyer's IT officer for each session, and shall not copy Buyer Data to any other system.
P:8.3 The Supplier shall report any security incident affecting Buyer Data to the Buyer within 12 hours, help the Buyer to contain it, and compensate the Buyer for losses caused by the Supplier's breach of this Section.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's yields, field maps and prices, and shall not disclose it without the other party's prior written consent. This Section survives termination.
H:Section 10 Intellectual Property
P:10.1 The Supplier keeps the intellectual property in its standard software. The controller integration, field maps, calibration tables and settings made for the Buyer belong to the Buyer, which may use, modify and have them maintained by others.
P:10.2 The Supplier shall deliver the source code of the controller integration and the field configuration in editable form at Final Acceptance.
H:Section 11 Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Section 8, which are not limited.
H:Section 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for approved subcontractors.
P:12.2 The Supplier shall give the Buyer the names of the installation crew and their supervisor before work starts in the fields.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay damages under Section 5.3 reach their maximum.
P:13.2 On termination the Supplier shall refund the amounts paid for equipment not delivered or not accepted and remove its equipment at the Buyer's request.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Urumqi Arbitration Commission for arbitration in Urumqi.
H:Section 15 Final Provisions
P:15.1 This Contract is made in Chinese and English, both equally valid, and takes effect on signature. Annex 1 (equipment list and field layout) forms part of it.
P:15.2 Neither party is liable for a delay caused by force majeure, such as sandstorms, floods or government orders, if it notifies the other party promptly and limits the effects. The time for performance is extended by the period of the event.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
# e04 Dongguan furniture maker, managed print service, Irish provider (md, numbered clauses + Schedules)
# — AUTO-RENEWAL, DATA-SECURITY, LIABILITY-CAP
H328E04 = """# MANAGED PRINT SERVICES AGREEMENT

Agreement reference: CLR-MPS-DG-2026-19

**Between**

**Dongguan Huamu Furniture Manufacturing Co., Ltd.**, Houjie Town, Dongguan, Guangdong Province, People's Republic of China ("Customer"); and

**Cape Clear Document Solutions Limited**, a company incorporated in Ireland with its registered office on Oileán Chléire (Cape Clear Island), County Cork, Ireland, acting through its service branch in Guangzhou ("Provider").

**Background**

(A) Customer makes upholstered and solid-wood furniture for export in two factories in Dongguan and runs a design centre and a showroom. It prints production drawings, cutting lists, packing labels, export documents and catalogues, on about 60 devices of many brands.

(B) Customer wishes to replace those devices with a managed fleet supplied, maintained and supported by Provider for a fixed monthly charge.

## 1. Definitions

1.1 **Devices** means the printers and multifunction devices listed in Schedule 1, installed at Customer's sites.

1.2 **Contract Year** means the period from the Service Start Date to the day before its first anniversary, and each following period from one anniversary to the day before the next.

1.3 **Service Start Date** means the date on which Customer signs the Site Acceptance Certificate under clause 4.

1.4 **Initial Term** means three Contract Years from the Service Start Date.

1.5 **Fleet Charge** means the fixed monthly charge for the Devices and the services stated in Schedule 2.

## 2. Services

2.1 Provider shall supply, install and configure the Devices, connect them to Customer's network and print server, and remove and dispose of Customer's old devices.

2.2 Provider shall supply all toner, ink, drums, fusers and spare parts, and maintain and repair the Devices, for the fixed monthly charge in Schedule 2.

2.3 Provider shall monitor the Devices remotely for toner levels and faults, deliver consumables before they run out, and send Customer a monthly usage and service report.

2.4 Provider shall keep one on-site engineer at the Houjie factory on working days from 08:00 to 17:30.

2.5 The Devices remain the property of Provider.

2.6 Provider shall move, add or reconfigure Devices at Customer's request up to ten times in each Contract Year without extra charge, and shall carry out any further moves at the rates agreed in writing beforehand.

2.7 Provider shall train key users in each department in the use of the Devices and the scan workflows during rollout.

2.8 Provider shall collect used toner cartridges and other consumables from both factories every month and recycle them through a licensed recycler.

## 3. Term and Renewal

3.1 This Agreement starts on signature and continues for the Initial Term.

3.2 At the end of the Initial Term, and at the end of each renewal term, this Agreement renews automatically for a further term of one Contract Year unless either party gives written notice of non-renewal at least 90 days before the end of the current term.

3.3 For each renewal term Provider may adjust the Fleet Charge and the click charges to the rates in its price list in force on the first day of that renewal term. Provider shall tell Customer the new rates at least 30 days before they apply.

## 4. Rollout and Site Acceptance

4.1 Provider shall install all Devices within 40 days after signature.

4.2 Site acceptance requires that: (a) every Device in Schedule 1 is installed at its agreed location; (b) each Device has printed, copied and scanned the agreed test pages correctly; (c) scan-to-folder and scan-to-email work for every department; (d) the large-format plotters in the design centre print the agreed test drawing at full size within tolerance; and (e) the usage meters have been read and recorded. Customer signs the Site Acceptance Certificate when all these conditions are met. Installation or use of the Devices is not acceptance.

4.4 At Site Acceptance Provider shall deliver a device list showing the serial number, location and starting meter reading of every Device.

4.3 If Provider fails to complete rollout within the period in 4.1 for reasons not attributable to Customer, Provider shall pay Customer CNY 600 for each day of delay.

## 5. Charges and Payment

5.1 At Customer's request all charges are stated and paid in Chinese yuan (CNY). The charges are set out in Schedule 2.

5.2 The one-time deployment charge is invoiced after the Site Acceptance Certificate is signed.

5.3 The Fleet Charge is invoiced monthly in arrears. Click charges above the included volumes are invoiced monthly in arrears on the meter readings.

5.4 Customer pays each correct invoice within 30 days. Customer does not pay any amount in advance.

5.5 Each invoice shall show the meter readings of every Device for the month and shall be accompanied by a VAT invoice issued by Provider's Guangzhou branch.

## 6. Service Levels

6.1 Provider shall respond to and fix faults within the times set out in Schedule 3.

6.2 If Provider misses a response or fix time, Provider shall credit Customer the amount stated in Schedule 3 against the next invoice.

6.3 The parties shall meet each quarter to review the monthly reports, the faults of the quarter and the placement of the Devices, and shall record agreed actions in writing.

## 7. Customer Documents

7.1 All documents, drawings, scans and files printed, copied or scanned on the Devices (**Customer Documents**) belong to Customer.

7.2 Provider shall not use Customer Documents for any purpose other than providing the services and shall not sell or otherwise exploit them.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's business information received under this Agreement, including Customer's designs, product ranges, prices and customer names, and shall not disclose it to third parties without the other party's prior written consent.

8.2 This clause survives for three years after the end of this Agreement.

## 9. Intellectual Property

9.1 The device placement plan, the print-server configuration, the scan workflows, report templates and any other material prepared by Provider specifically for Customer belong to Customer, which may use and modify them and hand them to any successor provider.

9.2 Provider keeps the ownership of its standard monitoring tools and software, which it uses to provide the services.

## 10. Liability

10.1 Provider's total liability arising out of or in connection with this Agreement is limited to CNY 150,000.

10.2 The limit in 10.1 does not apply to personal injury or death caused by negligence, or to wilful misconduct.

## 11. Subcontracting

11.1 Provider shall not subcontract the services or any part of them without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

## 12. Termination

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after written notice.

12.2 On termination or expiry Provider shall remove the Devices within 20 days at its cost.

12.3 Until the Devices are removed, Provider shall continue to supply consumables and support so that Customer's printing is not interrupted.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Dongguan Arbitration Commission for arbitration in Dongguan.

## 14. General

14.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

14.2 Neither party is liable for a delay caused by events beyond its reasonable control, such as typhoons, floods or government orders, if it notifies the other party promptly.

14.3 Notices shall be in writing and sent to the addresses above or to another address notified in writing.

Signed for Customer: ____________________   Signed for Provider: ____________________

Date: ____________________   Date: ____________________

## Schedule 1 — Devices

| Location | Device type | Quantity |
|---|---|---|
| Houjie factory offices | A4 colour multifunction device | 18 |
| Houjie factory workshops (cutting lists, labels) | A4 mono printer, dust-protected | 14 |
| Dalingshan factory | A4 colour multifunction device | 10 |
| Dalingshan factory warehouse (packing labels) | label printer | 4 |
| Design centre | A3 colour multifunction device | 6 |
| Design centre | large-format plotter | 2 |
| Showroom and export office | A3 colour multifunction device | 4 |
| **Total** | | **58** |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Deployment (delivery, installation, network set-up, removal of old devices) | one-time | 18,000 |
| Fleet Charge (all Devices, consumables, maintenance, on-site engineer, 180,000 mono and 45,000 colour pages a month included) | per month | 21,500 |
| Fleet Charges for the Initial Term (36 months) | | 774,000 |
| **Total charges for the Initial Term** | | **792,000** |
| Mono page above the included volume | per page | 0.035 |
| Colour page above the included volume | per page | 0.32 |

## Schedule 3 — Priorities, Response and Credits

| Priority | Definition | Response | Fix | Credit for each missed time |
|---|---|---|---|---|
| P1 | A large-format plotter or a workshop label printer down, or three or more Devices at one site down | 1 hour | 6 hours | 3% of the monthly Fleet Charge |
| P2 | A single Device down | 2 hours | next working day | 1% of the monthly Fleet Charge |
| P3 | Degraded print quality, consumable requests, questions | next working day | 3 working days | none |

Credits in any month are limited to 20% of the monthly Fleet Charge.
"""

# ----------------------------------------------------------------------------------------------------------------
# e05 Nanjing recruitment platform, diploma check API subscription, Finnish vendor (txt, upper-case headings, Schedule)
# — SLA-MISSING, SLA-RESPONSE, LD-MISSING
H328E05 = """CREDENTIAL VERIFICATION API SUBSCRIPTION AGREEMENT

Agreement number: KSV-NJ-2026-031

THIS AGREEMENT is made between

Nanjing Zhaopin Qiao Network Technology Co., Ltd., a company registered in the People's Republic of China, with its registered office at 199 Jiangdong Middle Road, Jianye District, Nanjing, Jiangsu Province ("Customer"); and

Kuusisaari Credential Services Oy, a company registered in Finland, with its registered office on Kuusisaari, Helsinki, Finland ("Vendor").

BACKGROUND

A. Customer operates an online recruitment platform for employers in the Yangtze River Delta. Many candidates on the platform hold degrees from universities outside mainland China, and employers ask Customer to confirm that those degrees are genuine before an offer is made.

B. Vendor operates an application programming interface (the "API") through which a subscriber can submit a candidate's degree details and receive a verification result obtained from the issuing institution or from an authorised national credential register.

C. Customer wishes to subscribe to the API and to have Vendor's help in connecting it to Customer's platform.

D. Customer processes candidates' personal information as a personal information handler under the laws of the People's Republic of China and entrusts Vendor with the Verifications.

1. DEFINITIONS

1.1 "Candidate Data" means the personal information of candidates that Customer submits through the API, including name, date of birth, institution, degree, year of award, certificate number, and the candidate's consent record, and all verification results returned by the API.

1.2 "Subscription Year" means the period from the Activation Date to the day before its first anniversary, and each following period from one anniversary to the day before the next.

1.3 "Activation Date" means the date on which Customer confirms production activation under clause 4.3.

1.4 "Verification" means one request submitted through the API that returns a final result (verified, not verified, or institution unable to confirm).

1.5 "API Documentation" means the technical description of the API, its fields, result types and error codes published by Vendor to its subscribers.

1.6 "Custom Deliverables" means the verification report template with Customer's branding and fields, the field-mapping tables and the sample integration code prepared by Vendor for Customer.

2. THE SERVICE

2.1 Vendor shall give Customer access to the API, with production and test credentials, for the term of this Agreement.

2.2 Each Subscription Year includes 45,000 Verifications. Results are returned through the API and in a PDF report based on the Custom Deliverables.

2.3 Vendor shall provide documentation for the API and shall notify Customer at least 60 days before any change that is not backward compatible.

2.4 Vendor will use commercially reasonable efforts to keep the API available and to answer support requests sent to its support mailbox promptly. Support is provided in English and Chinese on Finnish working days.

2.5 Some institutions take longer than others to confirm a degree. Vendor does not promise any particular time for a Verification result.

2.6 Vendor shall keep a test environment with test credentials available to Customer throughout the term, so that Customer can test changes to its platform before they go live.

2.7 Customer shall not resell access to the API or use it to check persons who are not candidates on its platform.

3. FEES AND PAYMENT

3.1 At Customer's request all fees are stated and paid in Chinese yuan (CNY). The fees are set out in the Schedule.

3.2 The integration support fee is invoiced after the Activation Date.

3.3 The Subscription Fee is invoiced quarterly in arrears, in four equal instalments for each Subscription Year.

3.4 Verifications above the included volume are invoiced quarterly in arrears at the rate in the Schedule.

3.5 Customer pays each correct invoice within 30 days after receipt. No amount is payable before the Activation Date.

3.6 Each invoice shall list the Verifications of the period by month and shall be accompanied by a VAT invoice issued by Vendor's subsidiary in Nanjing.

4. INTEGRATION AND ACTIVATION

4.1 Vendor shall help Customer connect the API to Customer's platform. This includes a kick-off workshop, field mapping, review of Customer's integration code and the design of the Custom Deliverables.

4.2 Before production activation the parties shall run an acceptance test with a set of 200 test records prepared by Vendor with known results, covering every result type and every documented error code.

4.3 Customer shall confirm production activation in writing when: (a) all 200 test records return the documented result; (b) every documented error code is handled correctly by Customer's platform; (c) the PDF report based on the Custom Deliverables shows all agreed fields correctly; and (d) a test deletion request removes the test Candidate Data from Vendor's systems. Use of the test credentials is not activation.

4.4 Vendor shall train up to ten members of Customer's operations team in reading the verification results and handling the cases in which an institution is unable to confirm a degree.

4.5 Each party shall appoint a project contact for the integration, and the contacts shall meet weekly until activation.

5. TERM AND RENEWAL

5.1 This Agreement starts on signature and continues for two Subscription Years from the Activation Date.

5.2 After that, this Agreement renews automatically for one further Subscription Year at a time, at the same Subscription Fee and on the same terms, unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.

6. CANDIDATE DATA

6.1 Candidate Data belongs to Customer. Vendor processes Candidate Data as Customer's entrusted party only for the purpose of carrying out Verifications for Customer, and shall not use Candidate Data for any other purpose, including statistics, product development or model training, during or after the term.

6.2 Customer is responsible for obtaining each candidate's separate consent to the Verification and to the transfer of the candidate's degree details to the issuing institution, and shall record that consent in the request.

6.3 Vendor shall help Customer to answer requests from candidates who wish to access, correct or delete their personal information, within the time that the law allows Customer.

7. DATA SECURITY

7.1 Vendor shall store and process Candidate Data from Customer only on servers located in mainland China, operated by Vendor's wholly owned subsidiary in Nanjing. Only the name, date of birth and certificate number are sent to the issuing institution or credential register.

7.2 Vendor shall protect Candidate Data by encryption in transit and at rest, access controls limited to named staff, logging of every access, and regular security testing, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

7.3 Vendor shall delete Candidate Data 30 days after the Verification result has been returned, unless Customer asks for earlier deletion.

7.4 Vendor shall notify Customer within 24 hours after becoming aware of any security incident affecting Candidate Data, shall take immediate measures to contain it, shall help Customer to notify candidates and authorities, and shall compensate Customer for all losses and fines caused by Vendor's breach of this clause 7.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public business information received under this Agreement, including Customer's employer list and Vendor's pricing, and shall not disclose it to any third party without the other party's prior written consent.

8.2 This clause survives for three years after the end of this Agreement.

9. INTELLECTUAL PROPERTY

9.1 Vendor owns the API, its software and its documentation.

9.2 The Custom Deliverables belong to Customer from delivery. Customer may use, modify and license them freely, including with another verification provider.

10. SUBCONTRACTING

10.1 Vendor shall not subcontract any part of its obligations without Customer's prior written consent, except to its wholly owned subsidiary in Nanjing named in clause 7.1, which Customer approves by signing this Agreement. Vendor remains responsible for that subsidiary.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to twice the total fees payable under this Agreement. The limit does not apply to breach of clause 6 or clause 7, or to wilful misconduct.

11.2 Neither party is liable for indirect loss or loss of profit, except in the cases excluded from the limit in 11.1.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.2 On termination Vendor shall delete all Candidate Data and confirm the deletion in writing.

12.3 Verification requests submitted before termination shall be completed and invoiced under this Agreement.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Nanjing Arbitration Commission for arbitration in Nanjing in accordance with its rules.

14. GENERAL

14.1 Neither party may assign this Agreement without the other party's written consent.

14.2 Amendments are valid only in writing signed by both parties.

14.3 This Agreement is signed in English and Chinese. Both versions are equally valid.

14.4 Neither party is liable for a delay caused by events beyond its reasonable control, such as the closure of an issuing institution, natural disasters or government orders, if it notifies the other party promptly.

14.5 Notices shall be in writing and sent to the addresses above or to another address notified in writing.

Signed for Customer: ______________________   Date: ____________

Signed for Vendor: ______________________   Date: ____________

SCHEDULE - FEES

  Item                                                              Basis                     Amount (CNY)
  Subscription Fee, 45,000 Verifications included                   per Subscription Year     168,000
  Subscription Fees for the initial term (two Subscription Years)                             336,000
  Integration support (workshop, field mapping, code review,
    Custom Deliverables)                                            one-time                   16,000
  Total fees for the initial term                                                             352,000
  Additional Verification above the included volume                 per Verification             3.20
"""

# ================================================================================================================
# Files, labels (buyer's view, corpus conventions), checks
FILES = {  # key: (file name, format)
    "h328z01": ("h328z01_housing_bureau_site_dust_monitoring_platform.pdf", "pdf"),
    "h328z02": ("h328z02_tyre_plant_mixer_control_retrofit.docx", "docx"),
    "h328z03": ("h328z03_optical_chain_store_saas_implementation.txt", "txt"),
    "h328z04": ("h328z04_civil_affairs_elderly_care_system_om.txt", "txt"),
    "h328z05": ("h328z05_beef_jerky_wms_supplier_template.md", "md"),
    "h328e01": ("h328e01_lacquerware_inlay_layout_licence_fi_vendor.pdf", "pdf"),
    "h328e02": ("h328e02_walking_tour_booking_saas_order_form_is_vendor.md", "md"),
    "h328e03": ("h328e03_cotton_farm_soil_moisture_sensors_mt_integrator.docx", "docx"),
    "h328e04": ("h328e04_furniture_maker_managed_print_ie_provider.md", "md"),
    "h328e05": ("h328e05_recruitment_diploma_check_api_fi_vendor.txt", "txt"),
}
SOURCES = {"h328z01": H328Z01, "h328z02": H328Z02, "h328z03": H328Z03, "h328z04": H328Z04, "h328z05": H328Z05,
           "h328e01": H328E01, "h328e02": H328E02, "h328e03": H328E03, "h328e04": H328E04, "h328e05": H328E05}

GOODS, SERVICE = "goods_or_licence", "service"
N = None


def L(lang, cat, kind, value, avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwf,
      auto, term, subc, law, sla=True, capped=None, deemed=False, fee_base=None, foreign_forum=False):
    terms = {"availability_pct": avail, "p1_response_hours": p1, "sla_remedy": remedy, "ip_owner": ip,
             "data_security_clause": dsec, "buyer_owns_data": owns, "confidentiality": conf,
             "ld_rate_per_day_pct": ld, "liability_cap_pct": cap, "prepayment_pct": prepay,
             "acceptance_clause": acc, "final_payment_on_acceptance": final, "warranty_months": warr,
             "post_warranty_fee_pct": pwf, "auto_renewal_price_increase": auto, "termination_for_breach": term,
             "subcontract_without_consent": subc, "governing_law": law, "contract_kind": kind}
    extra = {"sla_clause": sla, "ld_stated": ld is not None}
    if kind == GOODS:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    meta = {"fee_base": fee_base, "foreign_forum": foreign_forum}
    return lang, cat, terms, extra, meta


LABELS = {
    # 沅州市住建局 扬尘监测平台: 20/45/35; 质保36个月; 维保 ≤6% of 2,918,000; 99.95; 一级 30 分钟; 千分之一
    "h328z01": L("zh", "hardware", GOODS, 3228000, 99.95, 0.5, True, "buyer", True, True, True, 0.1, N, 20,
                 True, True, 36, 6, False, True, False, "PRC", capped=True, fee_base=2918000),
    # 轮胎厂 密炼机: 10/35/50/5; 质保24个月; 维保 18% of 1,480,000 fixed; no termination for breach; 万分之八
    "h328z02": L("zh", "hardware", GOODS, 1890000, N, 0.5, True, "buyer", True, True, True, 0.08, N, 10,
                 True, True, 24, 18, False, False, False, "PRC", capped=True, fee_base=1480000),
    # 眼镜连锁 SaaS: year-1 subscription + implementation before go-live = 492,000 / 1,140,000
    "h328z03": L("zh", "cloud", SERVICE, 1140000, 99.95, 0.25, True, "buyer", True, False, True, 0.1, 150,
                 492000 / 1140000 * 100, True, N, N, N, True, True, False, "PRC"),
    # 民政局 运维: 99.5 availability; third parties on 5 working days' written notice
    "h328z04": L("zh", "services", SERVICE, 680000, 99.5, 0.25, True, "buyer", True, True, True, 0.1, N, N,
                 True, N, N, N, False, True, True, "PRC"),
    # 牛肉干厂 WMS, supplier's template: 65 % advance, deemed acceptance on 上线, 6 months, 26 % of 900,000
    "h328z05": L("zh", "software", GOODS, 1276000, N, 8, False, "supplier", True, False, True, 0.02, 20, 65,
                 False, False, 6, 26, False, True, True, N, capped=True, deemed=True, fee_base=900000),
    # lacquerware licences: Finnish law, Helsinki seat; otherwise clean
    "h328e01": L("en", "software", GOODS, 480000, N, 2, True, "buyer", True, True, True, 480 / 480000 * 100, 150,
                 20, True, True, 18, 11, False, True, False, "Finland", capped=True, fee_base=363000,
                 foreign_forum=True),
    # walking-tour booking SaaS: 99.5 %, no confidentiality clause, Icelandic law and Reykjavik court
    "h328e02": L("en", "cloud", SERVICE, 384000, 99.5, 0.5, True, "buyer", True, True, False, 300 / 384000 * 100,
                 150, N, True, N, N, N, False, True, False, "Iceland", foreign_forum=True),
    # cotton farm sensors, buyer's paper: clean
    "h328e03": L("en", "hardware", GOODS, 2280000, N, 1, True, "buyer", True, True, True, 0.08, 200, 10,
                 True, True, 36, 7, False, True, False, "PRC", capped=True, fee_base=1956000),
    # managed print: price-list renewal, documents clause without security duties, cap CNY 150,000
    "h328e04": L("en", "services", SERVICE, 792000, N, 1, True, "buyer", False, True, True, 600 / 792000 * 100,
                 150000 / 792000 * 100, N, True, N, N, N, True, True, False, "PRC"),
    # diploma check API: no SLA (reasonable efforts), no response time, no delay damages, no credits
    "h328e05": L("en", "cloud", SERVICE, 352000, N, N, False, "buyer", True, True, True, N, 200, N,
                 True, N, N, N, False, True, False, "PRC", sla=False),
}

EXPECTED = {
    "h328z01": [],
    "h328z02": ["CR-POST-WARRANTY-FEE", "CR-TERMINATION"],
    "h328z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-PREPAYMENT"],
    "h328z04": ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "h328z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
                "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h328e01": ["CR-GOVERNING-LAW"],
    "h328e02": ["CR-CONFIDENTIALITY", "CR-GOVERNING-LAW", "CR-SLA-AVAILABILITY"],
    "h328e03": [],
    "h328e04": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "h328e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium",
            "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high",
            "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium",
            "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}


def tco(terms, extra, meta, horizon=5):
    """policy §4: horizon from acceptance; purchase + implementation = contract value; post-warranty years pro rata."""
    if terms["contract_kind"] != GOODS or terms["post_warranty_fee_pct"] is None or not extra.get(
            "post_warranty_fee_capped"):
        return None
    fee = terms["post_warranty_fee_pct"] / 100 * meta["fee_base"]
    years = max(0.0, horizon - terms["warranty_months"] / 12)
    service = fee * years
    total = extra["contract_value"] + service
    return {"fee_per_year": fee, "post_years": years, "service": service, "tco": total, "share": service / total * 100}


def my_rules(terms, extra, meta):
    """My reading of policy.md §3 on the labels (a check of the labels' consistency, not the project's code)."""
    t, r = terms, set()
    goods = t["contract_kind"] == GOODS
    if not extra["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
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
    elif t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not extra["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or meta["foreign_forum"]:
        r.add("CR-GOVERNING-LAW")
    x = tco(terms, extra, meta)
    if x is not None and x["share"] > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[x] for x in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# ---- threshold figures: none may appear in any text -------------------------------------------------------------
NP = r"(?<![\d.,])"  # not preceded by a digit, point or comma
CN = "〇零一二三四五六七八九十百千两"
PCT = r"\s*(?:%|％|\s*per\s*cent\b|\s*percent\b)"
THRESHOLD_PATTERNS = {
    "availability 99.9": [NP + r"99\.90*(?!\d)", r"九十九点九(?![零一二三四五六七八九])"],
    "P1 4 hours": [NP + r"4\s*-?\s*(?:hours?\b|hrs?\b|h\b|小时|个小时)", r"(?<![" + CN + r"])四个?小时",
                   r"\bfour[\s-]*(?:\(4\)\s*)?hours?\b", NP + r"240\s*(?:minutes?\b|mins?\b|分钟)", r"二百四十分钟"],
    "LD 0.05 %/day": [NP + r"0?\.05" + PCT, r"万分之五(?![十点])", r"千分之零点五", NP + r"0\.5\s*‰"],
    "cap 100 %": [NP + r"100(?:\.0+)?" + PCT, r"百分之一?百(?![零一二三四五六七八九十])",
                  r"\bone\s+hundred\s+per\s*cent"],
    "prepayment 30 %": [NP + r"30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"三成",
                        r"\bthirty\s*(?:per\s*cent|percent)"],
    "warranty 12 months": [NP + r"12\s*-?\s*(?:months?\b|个月)", r"(?<![" + CN + r"])十二个月",
                           r"\btwelve[\s-]*(?:\(12\)\s*)?months?\b", r"\bone[\s-]+year\b", NP + r"1\s*-?\s*years?\b",
                           NP + r"1\s*年", r"(?<![" + CN + r"])一年"],
    "post-warranty fee 15 %": [NP + r"15(?:\.0+)?" + PCT, r"百分之十五(?![一二三四五六七八九点])",
                               r"\bfifteen\s*(?:per\s*cent|percent)"],
    "TCO share 40 %": [NP + r"40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"四成",
                       r"\bforty\s*(?:per\s*cent|percent)"],
    "5 years / 60 months": [NP + r"5\s*-?\s*(?:years?\b|年)", r"(?<![" + CN + r"])五年", r"\bfive[\s-]*(?:\(5\)\s*)?years?\b",
                            NP + r"60\s*-?\s*(?:months?\b|个月)", r"(?<![" + CN + r"])六十个月", r"\bsixty[\s-]*months?\b"],
}
COMPILED = [(k, re.compile(p, re.I)) for k, ps in THRESHOLD_PATTERNS.items() for p in ps]


def threshold_hits(text, zh=False):
    """raw text and a whitespace-normalised copy; for Chinese also a copy without any whitespace (PDF line breaks)."""
    hits = []
    variants = [text, re.sub(r"\s+", " ", text)] + ([re.sub(r"\s+", "", text)] if zh else [])
    for variant in variants:
        for k, rx in COMPILED:
            for m in rx.finditer(variant):
                hits.append((k, m.group(0), variant[max(0, m.start() - 20):m.end() + 20]))
    return hits


def self_test():
    must_hit = ["4小时", "四小时", "四个小时", "4 hours", "4-hour", "four hours", "240分钟", "240 minutes", "99.9%",
                "99.9 %", "99.90%", "0.05%", "0.05 per cent", "万分之五", "100%", "百分之百", "百分之一百", "30%",
                "30 %", "百分之三十", "三成", "thirty per cent", "12个月", "十二个月", "12 months", "12-month",
                "twelve months", "one year", "one-year", "1 year", "一年", "每一年", "15%", "百分之十五", "fifteen percent",
                "40%", "百分之四十", "四成", "5年", "五年", "5 years", "five years", "five-year", "60 months",
                "60个月", "六十个月", "sixty months", "4 小时"]
    must_not = ["24小时", "二十四小时", "14 hours", "24 hours", "99.95%", "99.99%", "99.5%", "115%", "0.15%",
                "2.15%", "四十二个月", "2025年", "二〇二五年", "2027年12月31日", "24 months", "36个月", "0.5%",
                "百分之三十五", "130%", "400%", "1.5倍", "150%", "45%", "35%", "千分之一", "万分之八", "万分之二",
                "十五年", "115 years", "one Subscription Year", "首个服务年度", "每年", "18 months", "0.08%",
                "2026年", "160 months", "1,400%", "40,000", "3.5 years"]
    for s in must_hit:
        assert threshold_hits(s), "regex self-test: should hit: " + s
    for s in must_not:
        assert not threshold_hits(s), ("regex self-test: should not hit: " + s, threshold_hits(s))


# ---- reading the built files back --------------------------------------------------------------------------------
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


def size(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def off(x, thr, rel=0.02):
    return x is None or abs(x - thr) > rel * thr


def check_sums():
    # z01
    assert 90 * 23600 == 2124000 and 90 * 4200 == 378000 and 2124000 + 378000 + 416000 == 2918000
    assert 2918000 + 168000 + 124000 + 18000 == 3228000
    assert 3228000 * 0.20 == 645600 and 3228000 * 0.45 == 1452600 and 3228000 * 0.35 == 1129800
    assert 645600 + 1452600 + 1129800 == 3228000 and round(2918000 * 0.06) == 175080
    # z02
    assert 2 * 386000 == 772000 and 2 * 214000 == 428000 and 4 * 23500 == 94000
    assert 772000 + 428000 + 94000 + 186000 == 1480000 and 1480000 + 236000 + 158000 + 16000 == 1890000
    assert (189000, 661500, 945000, 94500) == tuple(round(1890000 * p) for p in (0.10, 0.35, 0.50, 0.05))
    assert 189000 + 661500 + 945000 + 94500 == 1890000 and round(1480000 * 0.18) == 266400
    # z03
    assert 80 * 3600 == 288000 and 288000 + 36000 == 324000 and 3 * 324000 == 972000 and 972000 + 168000 == 1140000
    assert 324000 + 168000 == 492000
    # z04
    assert 324000 + 68000 + 186000 + 74000 + 28000 == 680000 and 4 * 170000 == 680000
    # z05
    assert 40 * 3000 == 120000 and 780000 + 120000 == 900000 and 900000 + 280000 + 96000 == 1276000
    assert round(1276000 * 0.65) == 829400 and round(1276000 * 0.35) == 446600 and 829400 + 446600 == 1276000
    assert round(900000 * 0.26) == 234000
    # e01
    assert 6 * 48500 == 291000 and 2 * 36000 == 72000 and 291000 + 72000 == 363000
    assert 363000 + 58000 + 46000 + 13000 == 480000
    assert (96000, 216000, 168000) == tuple(round(480000 * p) for p in (0.20, 0.45, 0.35))
    assert round(363000 * 0.11) == 39930
    # e02
    assert 96000 + 18000 + 6000 == 120000 and 3 * 120000 == 360000 and 360000 + 24000 == 384000 and 4 * 30000 == 120000
    # e03
    assert 260 * 5400 == 1404000 and 12 * 18500 == 222000 and 4 * 36000 == 144000
    assert 1404000 + 222000 + 144000 + 186000 == 1956000 and 1956000 + 212000 + 98000 + 14000 == 2280000
    assert (228000, 1254000, 798000) == tuple(round(2280000 * p) for p in (0.10, 0.55, 0.35))
    assert round(1956000 * 0.07) == 136920
    # e04
    assert 36 * 21500 == 774000 and 774000 + 18000 == 792000
    assert 18 + 14 + 10 + 4 + 6 + 2 + 4 == 58
    # e05
    assert 2 * 168000 == 336000 and 336000 + 16000 == 352000


def main():
    from word_pdf import write
    self_test()
    check_sums()
    # contracts
    docs = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: SOURCES[k] for k in docs}, docs, OUT, wrap_words=True)
    for k, (name, fmt) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SOURCES[k].lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    # labels
    fired = set()
    bad_len = []
    print()
    print("%-8s %-62s %-6s %s" % ("key", "file", "risk", "expected rules"))
    for k, (name, fmt) in FILES.items():
        lang, cat, terms, extra, meta = LABELS[k]
        rules = my_rules(terms, extra, meta)
        assert rules == sorted(EXPECTED[k]), (k, rules, EXPECTED[k])
        fired |= set(rules)
        t = terms
        assert off(t["availability_pct"], 99.9, 0.0003) and off(t["p1_response_hours"], 4)
        assert off(t["ld_rate_per_day_pct"], 0.05, 0.1) and off(t["liability_cap_pct"], 100)
        assert off(t["prepayment_pct"], 30, 0.05) and off(t["warranty_months"], 12, 0.1)
        assert off(t["post_warranty_fee_pct"], 15, 0.05)
        x = tco(terms, extra, meta)
        if x is not None:
            assert off(x["share"], 40, 0.05), (k, x)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                        encoding="utf-8")
        # read back: length and thresholds, on the source and on the built file
        text = read_back(OUT / name)
        n = size(text, lang)
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        hits = threshold_hits(SOURCES[k], lang == "zh") + threshold_hits(text, lang == "zh")
        assert not hits, (k, hits)
        tco_s = "" if x is None else "  TCO %.0f, share %.2f %%" % (x["tco"], x["share"])
        print("%-8s %-62s %-6s %s" % (k, name, risk(rules), ", ".join(rules) or "(none)"))
        print("         length %d %s%s" % (n, "chars" if lang == "zh" else "words", tco_s))
        if not lo <= n <= hi:
            bad_len.append((k, n))
    assert not bad_len, ("length out of range", bad_len)
    all_rules = set(SEVERITY)
    assert fired == all_rules, ("rules never fired", sorted(all_rules - fired))
    n_clean = sum(1 for k in FILES if not EXPECTED[k])
    n_low1 = sum(1 for k in FILES if len(EXPECTED[k]) == 1 and risk(EXPECTED[k]) == "low")
    n_mid = sum(1 for k in FILES if 2 <= len(EXPECTED[k]) <= 3)
    n_many = sum(1 for k in FILES if len(EXPECTED[k]) >= 8)
    assert (n_clean, n_low1, n_mid, n_many) == (2, 1, 6, 1), (n_clean, n_low1, n_mid, n_many)
    print("\nall 20 CR rules fire at least once; mix 2 clean / 1 single low / 6 with 2-3 / 1 with %d"
          % len(EXPECTED["h328z05"]))


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    main()
