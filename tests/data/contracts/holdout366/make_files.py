import sys; sys.dont_write_bytecode = True  # noqa: E702  (no __pycache__ here or in ../)
"""holdout366: writes the ten contracts (z01-z05 zh, e01-e05 en), their .json labels, reads every file back,
checks lengths, threshold figures and rule coverage. Run from this folder:
    /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------------------------------------------
# z01  教育局 学籍及招生管理平台 (政府采购 公开招标, buyer's paper) -- PDF, 第X条 + 1.1 -- compliant
# ----------------------------------------------------------------------------------------------------------------
Z01 = """T:鹤山市教育局学籍及招生管理平台采购合同
P:合同编号：HSJY-ZC-2025-037
P:采购方式：公开招标（项目编号：HSZC2025-G118）
P:甲方（采购人）：鹤山市教育局
P:住所：鹤山市沙坪街道新华路政务大楼东座六楼
P:乙方（供应商）：广州知源教育科技有限公司
P:住所：广州市天河区华观路智汇园B栋十一楼
P:鉴于甲方就“学籍及招生管理平台”项目依法组织公开招标，乙方经评审被确定为中标供应商，双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，就本项目的采购事宜协商一致，订立本合同，共同遵守。
H:第一条 合同标的
P:1.1 乙方向甲方提供学籍及招生管理平台软件许可（永久许可，不限用户数，部署于鹤山市政务云），并完成招生报名与学位分配模块定制开发、历史学籍数据迁移、部署实施及培训。
P:1.2 平台覆盖全市公办、民办中小学及幼儿园共一百一十七所，功能包括学籍注册、转学休学、毕业升学、义务教育起始年级网上报名、积分入学计算、学位分配及结果公示，并与省学籍系统、市公安人口库、不动产登记信息接口对接。
P:1.3 乙方须按甲方确认的《需求规格说明书》（附件一）实施，规格说明书与本合同不一致的，以本合同为准。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰壹拾捌万元整（¥2,180,000.00），含增值税，为固定总价，包括软件许可、开发、迁移、部署、培训、差旅及税费，甲方不再另行支付其他费用。
P:2.2 分项价格如下：
TB:序号|项目|金额（元）
TB:1|学籍及招生管理平台软件许可（永久许可）|1,180,000
TB:2|招生报名及学位分配模块定制开发|760,000
TB:3|历史学籍数据迁移（2016年以来约二十六万条）|145,000
TB:4|部署实施及培训（含三期管理员培训）|95,000
TB:合计||2,180,000
H:第三条 付款方式
P:3.1 本合同签订且乙方提交合同总价10%的履约保函后十个工作日内，甲方支付合同总价的20%作为预付款，计¥436,000。
P:3.2 平台通过初验后，甲方支付合同总价的45%，计¥981,000。
P:3.3 平台通过终验后，甲方支付合同总价的35%，计¥763,000。
P:3.4 乙方每次请款前应开具合规的增值税发票。甲方按财政资金支付程序办理，因财政审批造成的合理时间不视为甲方逾期。
H:第四条 交付进度
P:4.1 乙方应在合同签订后九十日内完成部署、数据迁移及联调，并书面申请初验。
P:4.2 平台须在2026年春季招生网上报名开通之日前完成初验并上线运行。
P:4.3 乙方应派驻不少于四名实施人员（含项目经理一名）在甲方现场工作，项目经理未经甲方书面同意不得更换。
H:第五条 验收
P:5.1 初验由甲方组织，标准如下：（一）《需求规格说明书》所列功能逐项测试通过；（二）迁移数据与原系统逐条比对一致，差错须全部更正；（三）模拟三千名家长同时在线报名时，页面响应时间不超过3秒；（四）通过第三方网络安全等级保护（第三级）测评及商用密码应用安全性评估。
P:5.2 初验合格后进入试运行，试运行期六十日且须经历一次完整的网上报名周期。试运行期间无一级故障的，由甲方组织专家终验并出具终验报告。
P:5.3 平台上线运行、甲方使用平台或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第六条 质保与维护
P:6.1 免费质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费修复缺陷、提供版本升级及政策性调整（如入学政策变化引起的规则修改）。
P:6.2 质保期满后，甲方可续购年度维护服务。年度维护费不超过软件许可费的8%（即每年不超过¥94,400），前三个维护年度不上调；其后如需调整，须双方书面协商一致，且每年涨幅不超过3%。
P:6.3 年度维护服务逐年签订，不自动续期。
H:第七条 服务水平
P:7.1 平台年可用率不低于99.95%，计划停机除外；网上报名期间不得安排计划停机。
P:7.2 故障分级及时限：一级故障（平台整体不可用或报名、分配功能中断）乙方30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（部分功能异常）2小时内响应，次日内解决；三级故障（咨询及一般问题）于下一个工作日内答复。
P:7.3 乙方响应或恢复每超过时限1小时，甲方从应付款项或履约保证金中扣减¥800；可用率每低于承诺值0.01个百分点，扣减¥1,500。
H:第八条 数据安全
P:8.1 学生及家庭信息、学籍档案、报名及分配结果等全部业务数据归甲方所有。乙方仅为履行本合同处理上述数据，不得用于任何其他目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、加密存储与传输及操作日志留存（不少于六个月）；运维操作须经甲方审批并通过堡垒机进行，不得复制或带离任何数据。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第九条 保密
P:9.1 乙方对履约中获知的甲方工作秘密、招生方案及未公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后三年内继续有效。
H:第十条 知识产权
P:10.1 平台标准软件的知识产权归乙方，甲方依本合同取得永久使用许可。
P:10.2 为本项目定制开发的模块、接口程序、源代码及技术文档的知识产权归甲方，甲方可自行修改、使用或委托第三方维护，乙方应在终验时移交完整源代码。
H:第十一条 违约责任
P:11.1 乙方逾期交付或未按期上线的，每逾期一日按合同总价的千分之一向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按未付金额的万分之二支付违约金。
H:第十二条 分包
P:12.1 乙方不得将本项目分包或转包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面解除本合同，并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向鹤山市人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因地震、洪水、疫情等不可抗力致使本合同不能按期履行的，受影响一方应在三日内书面通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:第十六条 培训与文档
P:16.1 乙方应分三期为甲方及各学校管理员提供操作培训，每期不少于两天，并提供培训教材、操作手册、运维手册、数据字典及接口说明，上述文档应为中文并随版本更新。
H:第十七条 其他
P:17.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。附件一《需求规格说明书》为本合同组成部分。
P:甲方（盖章）：鹤山市教育局　　　　　　乙方（盖章）：广州知源教育科技有限公司
P:法定代表人或授权代表：＿＿＿＿　　　　法定代表人或授权代表：＿＿＿＿
P:签订日期：2025年11月　日　　　　　　　签订地点：鹤山市
"""

# ----------------------------------------------------------------------------------------------------------------
# z02  陶瓷卫浴厂 高压注浆线控制系统改造 + 维保 -- DOCX with a Word price table, 一、/（一）
# ----------------------------------------------------------------------------------------------------------------
Z02 = """T:高压注浆成型线控制系统改造合同
P:合同编号：HY-SB-2025-1186
P:甲方（买方）：佛山市禾源陶瓷卫浴有限公司
P:地址：佛山市南海区丹灶镇金沙工业大道18号
P:乙方（卖方）：广东拓控自动化工程有限公司
P:地址：佛山市顺德区大良街道五沙工业区新宝路6号
P:甲方二号车间现有两条高压注浆成型线（坐便器、台盆各一条）的控制系统已运行多年，存在压力波动大、配方切换靠人工、故障难以追溯等问题。甲方决定对其进行改造，乙方具备相应设计、供货及调试能力。双方经平等协商，订立本合同。
H:一、改造范围
P:（一）拆除两条注浆线原有继电器控制柜，更换为PLC控制系统，包括CPU、输入输出模块及通讯模块。
P:（二）高压注浆泵及回浆泵加装伺服驱动及变频器，实现注浆压力分段闭环控制。
P:（三）每个模具工位加装压力、液位及温度传感器，新增HMI触摸屏及车间工控机。
P:（四）部署SCADA监控及配方管理软件，实现配方下发、工艺曲线记录、报警及报表功能，并与甲方MES系统对接。
P:（五）编制工艺控制程序，负责安装、调试及操作维修人员培训。
H:二、合同价格
P:（一）本合同总价为人民币壹佰肆拾叁万元整（¥1,430,000.00），含税、运输、保险及安装调试费用。
P:（二）价格明细如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制柜（含CPU、输入输出及通讯模块）|2套|486,000
TB:2|高压泵伺服驱动及变频器|8台|318,000
TB:3|HMI触摸屏及车间工控机|10台|124,000
TB:4|压力、液位、温度传感器|96只|97,000
TB:5|SCADA监控及配方管理软件许可（永久）|1套|168,000
TB:|软硬件小计||1,193,000
TB:6|安装调试|1项|132,000
TB:7|工艺控制程序开发|1项|86,000
TB:8|操作及维修培训|1项|19,000
TB:|合同总价||1,430,000
H:三、付款方式
P:（一）合同生效后七日内，甲方支付合同总价的20%作为预付款，计¥286,000。
P:（二）设备全部到货并经甲方清点签收后七日内，甲方支付合同总价的55%，计¥786,500。
P:（三）余款为合同总价的25%，计¥357,500，于注浆线投入试生产后十五日内支付。
P:（四）乙方应在每期付款前开具等额增值税专用发票。
H:四、交货与安装
P:（一）乙方应在合同生效后四十五日内将全部设备运至甲方二号车间，并于到货后二十日内完成安装调试。
P:（二）改造应利用甲方春节停产期间分线实施，每条线停产时间不得超过十日，具体日程由双方另行书面确认。
P:（三）乙方现场施工人员应遵守甲方安全生产管理制度，动火、登高及带电作业须办理甲方作业票。
P:（四）乙方应在施工前提交改造方案及停线切换计划，经甲方生产部、设备部会签后实施；切换期间乙方应保留原控制柜至新系统稳定运行，以便必要时回退。施工结束后，乙方应清理现场，拆除的旧控制柜及电缆交还甲方仓库。
P:（五）设备到货时应附装箱单、出厂合格证、产品说明书及主要部件的原产地证明，软件应附许可证书。
H:五、验收
P:（一）乙方完成安装调试、注浆线投入试生产之日，即视为甲方验收合格。
P:（二）甲方清点签收设备时，仅核对型号、数量及外观。
H:六、质量保证
P:（一）乙方提供的设备及软件，自注浆线投入试生产之日起享受十八个月免费质保。质保期内非甲方人为原因造成的损坏，乙方免费维修或更换，并承担往返运费。
P:（二）质保期内乙方每季度上门巡检一次，检查控制柜散热、传感器零点漂移及伺服驱动运行参数，出具巡检报告，并对发现的隐患及时处理。
P:（三）因注浆车间粉尘、潮湿环境造成的设备损坏属于质保范围，乙方不得以环境原因拒绝保修。
H:七、故障响应
P:（一）一级故障（整条注浆线停机）：乙方接报后1小时内远程响应，8小时内派工程师到场。
P:（二）二级故障（单个工位或单项功能异常）：乙方于当日内响应，两个工作日内修复。
P:（三）乙方未按上述时限响应或到场的，每超时1小时，甲方可从应付款项中扣减¥500。
H:八、质保期满后的维保服务
P:（一）质保期满后，甲方如需继续由乙方提供维保服务，双方另行签订年度维保合同。
P:（二）年度维保费按乙方届时执行的维保收费标准计收。
H:九、培训与技术资料
P:（一）乙方应为甲方操作工、班组长及设备维修人员分别组织培训，操作培训不少于三天、维修培训不少于五天，培训结束后进行考核，考核合格人员名单由双方签字确认。
P:（二）乙方应向甲方移交电气原理图、接线图、PLC程序注释、HMI画面清单、备件清单及易损件更换周期表，并提供中文操作规程。
P:（三）乙方承诺在设备停产后至少八年内继续供应主要备件，备件价格不高于本合同同类单价。
H:十、数据与信息安全
P:（一）注浆配方、工艺参数、生产记录及报表等数据归甲方所有，乙方不得复制、留存或用于其他客户。
P:（二）乙方远程维护须事先经甲方设备部审批，通过甲方指定的VPN账号接入，每次维护结束后关闭通道；乙方应采取防病毒及访问控制措施，不得在控制系统中留有未告知的账号或后门。
P:（三）因乙方原因导致数据泄露、被篡改或控制系统遭受网络攻击的，乙方应立即通知甲方并承担由此造成的全部损失。
H:十一、保密
P:（一）双方对在履约过程中知悉的对方技术信息、配方及经营信息负有保密义务，未经对方书面同意不得向第三方披露，本义务在合同终止后三年内有效。
H:十二、知识产权
P:（一）SCADA及配方管理软件为第三方标准产品，甲方取得永久使用许可。
P:（二）乙方为本项目编写的工艺控制程序、HMI画面、配方模板及其源程序归甲方所有，乙方应于试生产后十日内移交源程序及注释文档，甲方可自行修改或委托他人维护。
H:十三、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的0.08%向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:（三）乙方在本合同项下的累计赔偿责任以合同总价的1.5倍为限，但因乙方故意或重大过失造成的损失除外。
H:十四、分包
P:（一）乙方不得将本合同项下的主要工作分包。电缆桥架敷设等辅助施工确需分包的，须事先取得甲方书面同意，乙方对分包人的工作承担连带责任。
H:十五、合同解除
P:（一）乙方严重违反本合同，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十六、争议解决
P:（一）本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，提交佛山仲裁委员会仲裁。
H:十七、不可抗力
P:（一）因台风、地震、疫情等不可抗力导致不能按期履行的，受影响方应及时书面通知对方并在十日内提供证明，履行期限相应顺延。
H:十八、通知
P:（一）本合同项下的通知应以书面形式送达合同首部所列地址，或发送至双方项目负责人的电子邮箱，发出后第三日视为送达。
H:十九、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。未尽事宜，双方可签订补充协议。
P:甲方（盖章）：佛山市禾源陶瓷卫浴有限公司　　乙方（盖章）：广东拓控自动化工程有限公司
P:授权代表：＿＿＿＿＿＿　　　　　　　　授权代表：＿＿＿＿＿＿
P:日期：2025年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------
# z03  连锁健身房 (26 家) 会员及课程 SaaS + 实施 -- TXT, 第X条 + （1）
# ----------------------------------------------------------------------------------------------------------------
Z03 = """会员及课程管理系统订阅服务合同

合同编号：LD-IT-2025-062

甲方：成都力动健身管理有限公司
住所：成都市武侯区天府大道北段966号金融城三期8楼
乙方：上海课云信息科技有限公司
住所：上海市徐汇区漕溪北路88号圣爱大厦17楼

甲方在成都、重庆两地经营“力动健身”连锁门店共二十六家，拟将各门店现有的会员卡、私教课、团课排期及储值业务统一迁移至云端管理。乙方自主研发并运营“课云”健身门店管理平台（以下简称“平台”）。双方经友好协商，就甲方订阅平台服务及乙方提供实施服务事宜订立本合同。

第一条 服务内容
（1）乙方按本合同向甲方开通平台订阅服务，覆盖甲方全部二十六家门店，包括会员管理、储值及会籍卡、私教课预约与课时核销、团课排期、教练绩效、门禁闸机联动、微信小程序及经营报表等功能模块。
（2）乙方负责一次性实施服务：平台参数配置、二十六家门店历史会员及课时数据迁移、门禁闸机对接、小程序上架，以及店长、前台、教练三类角色培训。
（3）门店数量增加的，按附件价格标准增加订阅费，由双方书面确认；门店关闭或迁址的，甲方可提前三十日书面通知乙方停用该门店账号，自下一个服务年度起相应减少订阅费。
（4）乙方应向甲方提供平台标准接口文档，便于甲方与自有财务系统、企业微信对接，乙方不就标准接口另行收费。

第二条 服务期限
（1）初始订阅期为三个服务年度，自平台通过上线验收之日起算；第二、第三个服务年度分别自起算日的周年对应日开始。
（2）初始订阅期届满前六十日，任何一方未书面提出不再续订的，本合同自动续订一个服务年度，此后亦同。
（3）每次自动续订时，乙方有权将下一服务年度的订阅费上调，上调幅度不超过上一服务年度订阅费的8%，乙方应在续订生效前三十日书面告知甲方调整后的价格。

第三条 费用
（1）平台订阅费为每服务年度人民币贰拾陆万捌仟元整（¥268,000），按二十六家门店计，已含全部功能模块、短信五十万条及数据存储。
（2）实施服务费为一次性人民币玖万陆仟元整（¥96,000）。
（3）初始订阅期内合同总金额为人民币玖拾万元整（¥900,000），即三个服务年度订阅费¥804,000加实施服务费¥96,000。

第四条 付款
（1）实施服务费于平台通过上线验收后十日内一次付清。
（2）各服务年度订阅费于该服务年度开始后十日内支付。
（3）乙方应在收款前开具增值税专用发票，甲方收到发票后付款。
（4）甲方银行账户、开票信息变更的，应提前书面通知乙方；乙方收款账户以合同首部所列为准，变更须加盖乙方公章书面确认。

第五条 实施与上线验收
（1）乙方应在合同签订后四十五日内完成实施并提交上线验收申请。
（2）上线验收标准：①迁移的会员、储值余额及剩余课时与甲方原系统逐店核对一致；②门禁闸机对接后刷脸、刷卡入场在2秒内放行；③小程序可正常预约、取消及签到；④三类角色培训完成并经店长签字确认。
（3）全部标准满足后，甲方出具上线验收单。任一标准未满足的，乙方应在十日内整改后重新验收，平台试用或甲方门店开始使用均不视为验收通过。
（4）乙方逾期完成上线验收的，每逾期一日，应向甲方支付¥600违约金。

第六条 服务水平
（1）平台月可用率不低于99.5%，计划内维护应安排在凌晨一点至五点之间并提前三日通知。
（2）一级故障（平台无法登录、收银或闸机联动中断）：乙方30分钟内响应，3小时内恢复；二级故障（单个模块异常）：2小时内响应，次日内修复；三级问题：一个工作日内答复。
（3）月可用率低于承诺值的，每低0.1个百分点，乙方按当月订阅费的5%向甲方退还服务费；一级故障超时恢复的，每超时1小时按当月订阅费的2%退还；单月退还合计以当月订阅费为限。

第七条 数据归属与数据安全
（1）甲方在平台中录入或产生的会员信息、消费记录、课时数据、人脸图像及经营数据均归甲方所有。乙方仅为向甲方提供本合同约定的服务而处理上述数据，不得用于其他任何目的。
（2）平台部署于中国境内的云服务器，并已通过网络安全等级保护第三级备案。乙方应对会员个人信息加密存储与传输，实行最小权限访问和操作日志审计，人脸图像仅用于门禁识别。
（3）发生数据泄露、丢失或被非法访问的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担由此给甲方及会员造成的全部损失。
（4）合同终止后三十日内，乙方应按甲方要求以通用格式导出全部数据并交付甲方，随后彻底删除，并出具删除说明。
（5）乙方应每日对甲方数据进行备份，备份数据异地存放，并每半年进行一次恢复演练，演练结果书面告知甲方。

第八条 服务对接与沟通
（1）乙方应指定一名客户成功经理作为甲方的固定对接人，实施期间每周提交进度报告，上线后每月提交平台运行及使用情况报告。
（2）甲方应指定一名项目负责人，负责协调各门店配合数据核对、闸机对接及培训安排。
（3）乙方应为甲方开通全天候服务热线及在线工单系统，并在初始订阅期内每季度到甲方总部回访一次。
（4）平台版本升级应提前七日通知甲方，涉及收银、会员储值或门禁功能的变更应先在测试环境经甲方确认后再发布。

第九条 知识产权
（1）平台及其后续版本的知识产权归乙方所有。
（2）乙方为甲方定制的课程排期规则、报表模板、小程序页面及品牌素材归甲方所有，甲方可自行修改、使用或交由其他服务商使用。

第十条 责任限制
（1）乙方在本合同项下的累计赔偿责任以合同总金额的两倍为限；因数据泄露或乙方故意造成的损失不受此限。

第十一条 分包
（1）乙方不得将实施服务转包。确需将门店现场布线等辅助工作交由第三方完成的，须事先取得甲方书面同意。

第十二条 合同解除
（1）乙方连续两个月未达到月可用率承诺，或发生重大违约并在甲方书面通知后十五日内未纠正的，甲方有权解除本合同，乙方应退还未使用服务期的订阅费。
（2）甲方逾期付款超过六十日，经乙方催告后仍未支付的，乙方有权暂停服务。

第十三条 法律适用与争议解决
（1）本合同适用中华人民共和国法律。
（2）因本合同发生的争议，双方协商不成的，提交成都仲裁委员会仲裁。

第十四条 不可抗力
（1）因不可抗力导致任何一方不能履行本合同的，应及时通知对方并提供证明，在影响范围内免除责任；不可抗力持续超过三十日的，甲方有权就受影响门店的订阅服务提前终止并按比例结算费用。
（2）电信运营商或云服务商的故障不属于乙方可援引的不可抗力。

第十五条 通知与联系
（1）双方通知以书面方式送达本合同首部地址，或发送至双方指定的电子邮箱，发出之日起第二日视为送达。
（2）一方变更联系人或联系方式的，应提前五日书面通知对方。

第十六条 其他
（1）本合同自双方盖章之日起生效，一式两份，双方各执一份。
（2）附件：门店清单及增加门店价格标准。

甲方（盖章）：成都力动健身管理有限公司
授权代表：
日期：2025年12月  日

乙方（盖章）：上海课云信息科技有限公司
授权代表：
日期：2025年12月  日
"""

# ----------------------------------------------------------------------------------------------------------------
# z04  市急救中心 120调度系统 年度运维 (政府采购 竞争性磋商) -- TXT, 1. / 1.1
# ----------------------------------------------------------------------------------------------------------------
Z04 = """南平市急救中心120指挥调度系统运维服务合同

项目名称：120指挥调度系统运维服务项目
采购方式：竞争性磋商（采购编号：NPCG-2025-CS-0093）
合同编号：NPJJ-YW-2025-02

甲方（采购人）：南平市急救中心
地址：南平市延平区滨江中路336号
乙方（成交供应商）：福建闽讯信息服务有限公司
地址：福州市鼓楼区软件大道89号福州软件园C区12号楼

根据竞争性磋商结果及成交通知书，甲乙双方依照《中华人民共和国政府采购法》《中华人民共和国民法典》等规定，就甲方120指挥调度系统运维服务事宜，经协商一致，订立本合同。

1. 服务范围
1.1 运维对象为甲方120指挥调度系统，包括受理调度席位（共二十四席）、呼叫中心及录音系统、GIS地图与车辆定位、车载终端（八十六台）、与市公安110及医院急诊的联动接口、大屏显示及相关服务器、存储和网络设备。
1.2 服务内容包括：驻场值守运维、日常巡检、故障处理、系统配置变更、数据备份与恢复演练、备品备件保障、重大活动及突发公共事件期间的保障、季度健康评估报告。
1.3 运维对象清单（含设备型号、数量、所在位置及软件版本）见附件，服务期内甲方新增设备的，乙方应一并纳入运维范围，数量增加不超过原清单一成的，不另行计费。
1.4 乙方应派驻两名工程师在甲方调度大厅实行轮班值守，工作日白天另设一名二线工程师。驻场人员应持有相关技术资格，名单报甲方备案，更换须经甲方同意。

2. 服务期限
2.1 服务期为一个服务年度，自2026年1月1日起至2026年12月31日止。
2.2 服务期满本合同即行终止，甲方需继续采购的，依法另行组织采购程序。

3. 合同价款
3.1 本合同总价为人民币伍拾捌万陆仟元整（¥586,000），含税，为服务期内的固定总价。
3.2 分项价格：
驻场值守运维：¥336,000
系统巡检及季度健康评估：¥84,000
备品备件及应急保障：¥118,000
重大活动保障（全年不少于六次）：¥48,000
合计：¥586,000

4. 付款方式
4.1 服务费按季度支付，每季度结束且该季度考核合格后十五个工作日内，甲方支付合同总价的四分之一，计¥146,500。
4.2 乙方应在每次付款前提交当季服务报告及增值税发票。
4.3 本合同不设预付款。

5. 服务标准
5.1 故障分级：
（1）一级故障：调度系统整体瘫痪、呼入受理中断或录音系统失效；
（2）二级故障：单个席位、部分车载终端或单项联动接口异常；
（3）三级故障：不影响受理调度的一般性问题。
5.2 响应及处理时限：一级故障驻场人员15分钟内响应，二线工程师1小时内到场，2小时内恢复受理功能；二级故障30分钟内响应，8小时内修复；三级故障2个工作日内处理完毕。
5.3 乙方每月开展一次全面巡检，每季度开展一次数据恢复演练，每年汛期前完成一次设备健康评估。
5.4 乙方未达到上述服务标准的，甲方有权书面要求乙方限期整改，乙方应提交整改报告。

5.5 乙方应建立运维值班日志，逐班记录系统运行状态、告警及处理情况，每月汇总报甲方信息科。
5.6 遇全市性突发公共事件或重大活动期间，乙方应按甲方通知增派不少于两名工程师到场保障，增派人员费用已包含在本合同价款内。
5.7 乙方应保持不少于一套核心交换机、两台调度席位主机及十台车载终端的备品备件存放于甲方机房，备件更换后应在七日内补齐。
5.8 系统软件升级、配置变更及补丁安装须提前提交变更方案，经甲方批准后在话务低峰时段实施，并制定回退措施。

6. 考核与验收
6.1 甲方按季度对乙方服务进行考核，考核内容：故障处理记录与5.2时限的符合情况、巡检及演练报告、驻场人员到岗记录、调度员满意度评议。
6.2 考核结果分为合格与不合格。考核不合格的，乙方应于十日内整改并重新考核，合格后甲方方予付款。
6.3 服务期满，甲方根据四个季度的考核结果和年度服务报告进行终验，并出具终验意见。
6.4 乙方的季度服务报告应包括：故障统计及处理时长分析、巡检发现问题及整改情况、备件消耗、系统容量及性能趋势、下季度运维建议；年度服务报告另附系统健康评估结论及设备更新建议。

7. 数据安全
7.1 调度录音、通话记录、患者信息、车辆轨迹及系统日志等全部数据归甲方所有，乙方仅在运维必需范围内接触，不得用于任何其他目的。
7.2 乙方应遵守网络安全等级保护要求，运维操作一律通过甲方堡垒机进行并全程审计；严禁将数据拷贝至个人设备或带离调度中心；更换的故障硬盘须在甲方监督下消磁销毁。
7.3 发生数据泄露、丢失或网络安全事件的，乙方应在1小时内报告甲方并配合调查处置；因乙方原因造成的，由乙方承担全部法律责任和赔偿责任。

8. 保密
8.1 乙方及其驻场人员对工作中知悉的甲方内部信息、患者隐私和调度预案负有保密义务，未经甲方书面许可不得对外披露。乙方应与驻场人员签订保密承诺书并报甲方备案。
8.2 本条义务不因合同终止而免除。

9. 知识产权
9.1 乙方在服务期间为甲方编写的运维手册、应急预案、巡检脚本及配置文档归甲方所有，甲方可自由使用、修改及交由后续服务商使用。

10. 分包
10.1 乙方不得将本合同服务分包或转包。

11. 违约与合同解除
11.1 乙方违反本合同约定给甲方造成损失的，应依法承担赔偿责任。
11.2 乙方连续两个季度考核不合格，或因乙方原因导致调度受理中断且未在甲方限期内纠正的，甲方有权书面解除本合同。

11.3 因不可抗力导致乙方不能履行的，乙方应立即通知甲方并尽力采取应急措施保障调度受理，不可抗力消除后应立即恢复服务。

12. 人员管理
12.1 驻场人员应遵守甲方调度大厅管理制度，着装整洁，不得在值守期间擅离岗位。
12.2 乙方应为驻场人员缴纳社会保险并承担其全部劳动报酬，驻场人员与甲方不构成劳动关系。
12.3 甲方认为驻场人员不称职的，有权要求乙方在七日内更换，乙方应安排交接，交接期间不得影响值守。

13. 法律适用与争议解决
13.1 本合同适用中华人民共和国法律。
13.2 因本合同引起的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

14. 其他
14.1 本合同未尽事宜，由双方另行协商。
14.2 服务期满或合同解除时，乙方应将全部运维文档、账号口令、备件清单及未结问题清单书面移交甲方或甲方指定的后续服务单位，并配合交接不少于十日。
14.3 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：南平市急救中心
法定代表人或委托代理人：
日期：2025年12月  日

乙方（盖章）：福建闽讯信息服务有限公司
法定代表人或委托代理人：
日期：2025年12月  日
"""

# ----------------------------------------------------------------------------------------------------------------
# z05  紫菜厂 追溯系统 licence + custom development, supplier's own template -- MD, "## 第X条" + 1.1, md price table
# ----------------------------------------------------------------------------------------------------------------
Z05 = """# 海链溯源®产品质量追溯系统 软件许可及开发服务合同

**（海链科技标准合同文本 HL-2024-V3）**

合同编号：HLKJ-XS-2025-214

- 甲方（用户）：福建霞浦海晟紫菜食品有限公司
- 地址：霞浦县三沙镇东山工业区12号
- 乙方（服务商）：厦门海链信息科技有限公司
- 地址：厦门市思明区软件园二期望海路19号之三

甲方为出口及商超渠道紫菜产品建立“一物一码”质量追溯体系，选用乙方“海链溯源”追溯系统。双方在平等自愿基础上，经协商一致，签订本合同。

## 第一条 项目内容

1.1 乙方向甲方授予“海链溯源”追溯系统软件（企业版）的使用许可，部署于甲方指定的云服务器。

1.2 乙方按甲方需求进行定制开发，内容包括：育苗、采收、一次加工、二次加工、包装各环节批次记录模块；包装线赋码及关联模块；冷链仓储温度记录；经销商扫码入库及消费者扫码查询页面。

1.3 乙方负责系统部署、与包装线喷码设备及甲方财务软件对接，并提供操作培训。培训分管理员培训和车间操作员培训两类，共计四天，在甲方厂区进行。

1.4 项目范围以附件《功能清单》为准；甲方在实施过程中提出清单以外的新需求的，由双方另行确认工作量及费用。

## 第二条 合同价款

2.1 合同总价为人民币陆拾捌万元整（¥680,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 海链溯源追溯系统软件许可（企业版） | 420,000 |
| 2 | 定制开发（批次记录、赋码关联、冷链记录、扫码查询） | 206,000 |
| 3 | 部署、设备对接及培训 | 54,000 |
| | 合计 | 680,000 |

2.2 上述价款不含甲方自行采购的服务器、喷码设备及耗材。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%作为预付款，计¥374,000，乙方收到预付款后启动项目。

3.2 系统部署完成并上线运行后五个工作日内，甲方支付合同总价的35%，计¥238,000。

3.3 系统验收合格后五个工作日内，甲方支付合同总价的10%，计¥68,000。

3.4 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

## 第四条 交付与验收

4.1 乙方应在收到预付款后七十五日内完成部署并通知甲方验收。

4.2 验收标准：按附件《功能清单》逐项测试；包装线连续赋码两万枚无重码、无漏码；消费者扫码查询在2秒内返回结果；与甲方财务软件的出入库数据核对一致。

4.3 甲方应在收到验收通知后十个工作日内组织验收并签署验收报告。验收不合格的，乙方整改后重新验收。

4.4 乙方交付时提供《用户操作手册》《系统管理员手册》及部署说明各一份（电子版）。

4.5 甲方应按乙方要求准备服务器、网络环境及喷码设备接口，并指派熟悉生产流程的人员配合需求调研；因甲方准备不足造成的延误，交付期限相应顺延。

## 第五条 免费维护期

5.1 系统验收合格之日起六个月为免费维护期。免费维护期内，乙方对系统缺陷提供免费修复及远程技术支持。

5.2 免费维护期不包括甲方新增需求、第三方软硬件故障及因甲方操作不当导致的问题。

5.3 免费维护期内，乙方每季度提供一次远程巡检，检查系统运行日志、数据库容量及赋码接口状态，并以邮件方式向甲方发送巡检结果。

## 第六条 维护期满后的技术服务

6.1 免费维护期满后，乙方继续向甲方提供技术服务，技术服务费为每年按软件许可费的32%计收，即每年¥134,400，于每个服务年度开始前支付。

6.2 甲方未支付技术服务费的，乙方有权停止系统升级、技术支持及扫码查询页面的访问。

6.3 技术服务包括：系统缺陷修复、版本升级、远程技术支持、每季度一次远程巡检，以及每年一次的操作员复训。

## 第七条 技术支持

7.1 一级故障（系统无法使用或包装线无法赋码）：乙方在接到甲方报修后8小时内响应；二级故障：乙方在2个工作日内响应；其他问题按乙方工单顺序处理。

7.2 乙方将尽合理努力尽快排除故障，但故障排除时间受多种因素影响，乙方对响应或修复超时不承担扣款、赔偿或违约责任。

7.3 乙方提供工作日（周一至周五8:30—17:30）电话、微信群及远程技术支持，节假日期间仅受理一级故障报修。

7.4 甲方应按乙方要求保持服务器操作系统、数据库及网络环境稳定，不得擅自修改系统配置；因甲方擅自修改造成的故障，乙方上门处理的，按乙方收费标准另行收费。

## 第八条 知识产权

8.1 “海链溯源”系统软件及其文档的知识产权归乙方所有。

8.2 乙方依本合同为甲方定制开发的模块、页面、程序代码及相关文档，其知识产权亦归乙方所有，甲方在本合同许可范围内享有非独占的使用权，不得修改、反向工程或许可第三方使用。

## 第九条 数据

9.1 甲方在系统中录入的生产、批次及销售数据归甲方所有。

9.2 甲方同意，乙方有权在对上述数据进行脱敏处理后，将其用于行业分析报告、产品改进及乙方其他客户的对标服务，该项权利在本合同终止后继续有效。

9.3 乙方应采取防火墙、访问控制、数据加密及每日备份等安全措施保护系统数据；因乙方原因导致数据泄露或丢失的，乙方应及时通知甲方，并承担相应的赔偿责任。

## 第十条 保密

10.1 双方对因本合同知悉的对方商业秘密负有保密义务，未经对方书面同意不得披露，但法律法规另有规定的除外。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的20%，且乙方不对甲方的间接损失、利润损失承担责任。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面催告后二十日内仍未改正的，守约方有权解除本合同。

## 第十三条 争议解决

13.1 因本合同发生的争议，双方应协商解决；协商不成的，提交厦门仲裁委员会仲裁。

## 第十四条 不可抗力

14.1 因不可抗力或第三方云服务、网络运营商故障导致一方不能履行的，该方不承担责任，但应及时通知对方。

## 第十五条 其他

15.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

15.2 附件《功能清单》与本合同具有同等效力。

15.3 本合同文本为乙方标准文本，双方对全部条款均已充分阅读并理解。

甲方（盖章）：福建霞浦海晟紫菜食品有限公司　　授权代表：＿＿＿＿　　日期：＿＿＿＿

乙方（盖章）：厦门海链信息科技有限公司　　授权代表：＿＿＿＿　　日期：＿＿＿＿
"""

# ----------------------------------------------------------------------------------------------------------------
# e01  Wuqiang New Year print workshop, block-carving software, perpetual licences; British vendor in Hexham -- PDF
# ----------------------------------------------------------------------------------------------------------------
E01 = """T:Software Licence and Services Agreement
P:Agreement No. TS-CN-2025-019
P:This Agreement is made between:
P:(1) Hengshui Wuqiang Jinfu Nianhua Workshop Co., Ltd., a company incorporated in the People's Republic of China with its registered office at No. 27 Nianhua Street, Wuqiang County, Hengshui, Hebei Province (the "Buyer"); and
P:(2) Tynedale Graphic Systems Ltd, a company registered in England and Wales (company number 07731902) whose registered office is at Unit 4, Haugh Lane Industrial Estate, Hexham, Northumberland NE46 3PU, United Kingdom (the "Vendor").
H:Background
P:A. The Buyer produces traditional Wuqiang woodblock New Year prints and wishes to digitise the drawing, colour separation and carving preparation of its pear-wood blocks, and to drive the two CNC engraving routers in its carving room from the same files.
P:B. The Vendor develops and licenses the "Grainline Carve Studio" software for relief-block design and engraving, and has agreed to supply perpetual licences, a template library customised for Wuqiang prints, installation and training on the terms below.
P:C. At the Buyer's request, all prices and payments under this Agreement are expressed and made in Chinese Yuan Renminbi (CNY).
H:Article 1 Definitions
P:1.1 "Licensed Software" means Grainline Carve Studio version 7 and the Colour Separation module, in object code, with their user documentation and all updates supplied during the Warranty Period.
P:1.2 "Custom Library" means the library of Wuqiang line styles, border patterns, character motifs and colour-plate templates to be prepared by the Vendor for the Buyer under Article 2.2.
P:1.3 "Final Acceptance" means the Buyer's written confirmation that the acceptance tests in Article 5 have been passed.
P:1.4 "Buyer Data" means all scans, drawings, block files, colour plates, production records and other data of the Buyer processed with the Licensed Software or made available to the Vendor.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use six seats of the Licensed Software on the Buyer's premises in Wuqiang County for the Buyer's own business, including for training apprentices.
P:2.2 The Vendor shall prepare the Custom Library from the Buyer's archive of reference prints and shall deliver it in editable form.
P:2.3 The Vendor shall install the Licensed Software on the six workstations provided by the Buyer, configure the post-processor for the Buyer's two CNC engraving routers, migrate the Buyer's existing scanned blocks and train the Buyer's designers and carvers.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 630,000 (six hundred and thirty thousand yuan), inclusive of VAT, withholding taxes, travel and all other costs of the Vendor, made up as follows:
TB:Item 1: Grainline Carve Studio v7, perpetual licence, 6 seats at CNY 58,000 each|CNY 348,000
TB:Item 2: Colour Separation module, perpetual licence, 6 seats at CNY 21,500 each|CNY 129,000
TB:Licence Subtotal (Items 1 and 2)|CNY 477,000
TB:Item 3: Custom Library for Wuqiang prints|CNY 96,000
TB:Item 4: Installation, router post-processor configuration and data migration|CNY 38,000
TB:Item 5: Training (two on-site sessions of three days)|CNY 19,000
TB:Contract Price|CNY 630,000
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange-rate movements.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 126,000) within fifteen business days after signature, against the Vendor's invoice and an advance-payment guarantee issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 283,500) within fifteen business days after the Installation Certificate is signed. The Installation Certificate records only that the software has been installed and does not amount to acceptance.
P:4.3 The Buyer shall pay the balance of 35% of the Contract Price (CNY 220,500) within fifteen business days after Final Acceptance.
P:4.4 All payments shall be made by bank transfer in CNY to the Vendor's account stated in its invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within sixty days after signature and deliver the Custom Library within ninety days after signature.
P:5.2 The acceptance tests are: (a) each licensed seat runs all functions listed in Annex 1; (b) three test blocks chosen by the Buyer are carved on each router from files prepared in the Licensed Software, with a line-position deviation of not more than 0.1 mm against the drawing; (c) the Custom Library contains every motif listed in Annex 2 in editable form; (d) all migrated block files open without loss of layers; and (e) a production run of twenty working days passes without a Severity 1 fault.
P:5.3 If any test fails, the Vendor shall correct the failure and repeat the test within ten days. Installation, use of the software in production or any payment shall not be treated as acceptance.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Licensed Software and the Custom Library will perform in accordance with their documentation and Annex 1 for eighteen months from Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Vendor shall correct defects, supply all updates and new versions free of charge, and provide remote support in Chinese through its Beijing partner.
H:Article 7 Support after the Warranty Period
P:7.1 After the Warranty Period the Buyer may buy annual support by purchase order. The annual support fee is 11% of the Licence Subtotal, that is CNY 52,470 per year, fixed for the first three support years. Any later increase shall not exceed 3% per year and requires the Buyer's written agreement.
P:7.2 Support is not renewed automatically; each support year requires a new purchase order.
H:Article 8 Service Levels
P:8.1 Faults are classified as Severity 1 (a router cannot be driven or the software cannot be started on any seat), Severity 2 (a function does not work but production continues) and Severity 3 (questions and cosmetic faults).
P:8.2 The Vendor shall respond to a Severity 1 fault within 1 hour and restore operation within 8 hours; Severity 2 faults within 6 hours and 3 business days; Severity 3 within 2 business days.
P:8.3 For every hour by which the Vendor exceeds a Severity 1 response or restoration time, the Vendor shall pay or credit the Buyer CNY 300.
H:Article 9 Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement.
P:9.2 Remote access by the Vendor requires the Buyer's prior approval for each session and shall be made through the encrypted remote-access tool designated by the Buyer. The Vendor shall not copy Buyer Data to its own systems, shall apply access controls and logging to any support tools it uses and shall comply with applicable Chinese data-protection laws.
P:9.3 The Vendor shall notify the Buyer within 24 hours of any unauthorised access to or loss of Buyer Data and shall be liable for all losses resulting from a breach caused by the Vendor or its personnel.
H:Article 10 Intellectual Property
P:10.1 The Licensed Software remains the property of the Vendor.
P:10.2 The Custom Library and all materials created for the Buyer under this Agreement belong to the Buyer from creation. The Buyer may use, modify, reproduce and license them freely, including to third parties.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's unpublished designs and carving techniques, and shall not disclose it without the other party's prior written consent. This obligation survives for three years after the end of this Agreement.
H:Article 12 Delay and Liability
P:12.1 If the Vendor fails to complete installation or to deliver the Custom Library by the dates in Article 5.1, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:12.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to death or personal injury, fraud, wilful misconduct or breach of Article 9.
H:Article 13 Subcontracting
P:13.1 The Vendor may not subcontract any part of its obligations without the Buyer's prior written consent, except the Chinese-language support of its Beijing partner named in Annex 3, which the Buyer approves by signing this Agreement. The Vendor remains responsible for its subcontractors.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice. If the Buyer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund all amounts paid.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of England and Wales.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration under the LCIA Rules by a sole arbitrator. The seat of arbitration is London and the language is English.
H:Article 16 General
P:16.1 This Agreement is signed in English and Chinese; both texts are equally authentic. Annex 1 (Functions), Annex 2 (Motif List) and Annex 3 (Partner) form part of it.
P:Signed for the Buyer: ____________________ Name and title: ____________________ Date: __________
P:Signed for the Vendor: ____________________ Name and title: ____________________ Date: __________
"""

# ----------------------------------------------------------------------------------------------------------------
# e02  Kanas lake shuttle operator, ticketing SaaS, Order Form + General Terms; Spanish vendor in Calatayud -- MD
# ----------------------------------------------------------------------------------------------------------------
E02 = """# ORDER FORM AND GENERAL TERMS — TAQUILLA CLOUD TICKETING SERVICE

Order Form No. TQ-OF-2025-0311

# PART A — ORDER FORM

## A1. Parties

- **Provider:** Taquilla Sistemas S.L., a Spanish limited company with its registered office at Calle Dato 14, 50300 Calatayud (Zaragoza), Spain, tax ID B-50912237.
- **Customer:** Xinjiang Kanas Lakeside Shuttle Transport Co., Ltd., a company incorporated in the People's Republic of China with its registered office at Kanas Village Tourist Service Centre, Burqin County, Altay Prefecture, Xinjiang.

## A2. Background

The Customer runs the eco-shuttle buses that carry visitors between the scenic-area gate, Kanas Lake, Wolong Bay, Moon Bay and Hemu Village. It wishes to sell time-slot shuttle tickets online and at the gate, validate them at turnstiles and on buses, and see passenger flows in real time. The Provider offers the Taquilla cloud ticketing service used by transport operators in several countries. This Order Form, together with the General Terms in Part B, is the entire contract between the parties. If they conflict, this Part A prevails for the commercial terms.

## A3. Services Ordered

1. Taquilla Cloud Ticketing, Operator Edition: time-slot inventory, fare rules, online sales through the Customer's WeChat mini-program and website, gate sales on 14 point-of-sale terminals, QR validation on 22 turnstiles and 60 handheld validators, and the passenger-flow dashboard.
2. Onboarding: configuration of routes, stops, fare classes and slots; integration with the scenic area's real-name entry system and with WeChat Pay; data migration of the 2025 season's advance bookings; training of 40 staff.

## A4. Fees

At the Customer's request all fees are stated and invoiced in Chinese Yuan Renminbi (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | per Subscription Year, up to 1,200,000 tickets | 226,000 |
| Subscription Fee, Subscription Year 2 | per Subscription Year, up to 1,200,000 tickets | 226,000 |
| Onboarding Fee | one-time | 48,000 |
| **Total Contract Value (Initial Term)** | | **500,000** |
| Additional tickets above the included volume | per ticket, billed in arrears | 0.08 |

Charges for additional tickets depend on actual use and are not part of the Total Contract Value.

## A5. Term, Invoicing and Payment

1. The Initial Term is two Subscription Years starting on the Go-Live Date. Each Subscription Year runs from the Go-Live Date or its anniversary.
2. The Onboarding Fee is invoiced after Go-Live Acceptance. Each Subscription Fee is invoiced at the start of the Subscription Year to which it relates. Nothing is payable before the Go-Live Date.
3. Invoices are payable within 30 days by bank transfer in CNY.
4. At the end of the Initial Term the subscription renews for further Subscription Years at the same Subscription Fee unless either party gives notice of non-renewal at least 60 days before the end of the current Subscription Year.

## A6. Go-Live Acceptance

1. The Provider shall make the service ready for Go-Live Acceptance by 15 April 2026, before the summer season opens.
2. Go-Live Acceptance tests: (a) a full day of test sales on all channels with correct reconciliation of sales, refunds and WeChat Pay settlements; (b) each turnstile and handheld validator accepts valid tickets and rejects used, expired or wrong-slot tickets within one second; (c) the real-name entry interface matches each ticket to the visitor's ID record; (d) the dashboard shows passenger counts per stop with less than one minute of delay.
3. When all tests are passed the Customer signs a Go-Live Acceptance Certificate. Use of the service for live sales before that does not amount to acceptance.
4. If Go-Live Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 400 for each day of delay.

## A7. Signatures

Signed for Taquilla Sistemas S.L.: ______________________ Date: __________

Signed for Xinjiang Kanas Lakeside Shuttle Transport Co., Ltd.: ______________________ Date: __________

# PART B — GENERAL TERMS

## B1. Service Levels

1. The Provider shall make the ticketing service available 99.95% of each calendar month, excluding maintenance announced at least five days in advance and carried out between 01:00 and 05:00 Beijing time.
2. Incidents are classified as Priority 1 (sales or validation unavailable on any channel), Priority 2 (a function degraded, sales continue) and Priority 3 (other). The Provider shall respond to a Priority 1 incident within 30 minutes at any time of day and restore service within 3 hours; Priority 2 within 2 hours and 1 business day; Priority 3 within 1 business day.
3. Service credits: for each full 0.1 percentage point by which monthly availability falls below the commitment, 5% of the monthly portion of the Subscription Fee; for each hour by which a Priority 1 restoration is late, 2%; credits in a month are limited to the monthly portion of the Subscription Fee and are set off against the next invoice.

## B2. Customer Data

1. Customer Data means all data entered into or generated by the service for the Customer, including ticket sales, visitor identity data, validation records and passenger counts. Customer Data belongs to the Customer.
2. The Provider processes Customer Data to provide the service and in accordance with the Customer's instructions.
3. The Customer grants the Provider a perpetual, worldwide licence to use aggregated and anonymised data derived from Customer Data, including visitor flows and sales patterns, to improve its products, build benchmarks for other operators and publish industry reports. This licence continues after the end of this contract.

## B3. Data Security

1. The service for the Customer is hosted in a data centre in mainland China that holds an MLPS level 3 record. Visitor identity data does not leave mainland China.
2. The Provider shall encrypt Customer Data in transit and at rest, restrict access to named personnel with multi-factor authentication, log all access and keep logs for at least six months.
3. The Provider shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, shall take all measures necessary to contain it and shall be responsible for the losses that the Customer suffers from an incident caused by the Provider or its subcontractors.

## B4. Confidentiality

Each party shall keep confidential the other party's non-public business and technical information and use it only for this contract. This obligation lasts during the contract and for three years after it ends.

## B5. Intellectual Property

1. The service, its software and documentation remain the Provider's property.
2. Route maps, fare rules, branded screens and other configurations made for the Customer belong to the Customer, which may use, modify and give them to any other provider freely.

## B6. Subcontractors

The Provider may engage subcontractors and sub-processors, including its hosting partner and a local implementation partner in Urumqi, to perform any part of the services. The Provider shall inform the Customer of each new subcontractor by e-mail before it starts work. The Provider remains responsible for its subcontractors.

## B7. Liability

The Provider's total liability under this contract is limited to 150% of the Total Contract Value. This limit does not apply to breach of Clause B3, fraud or wilful misconduct. Neither party is liable for indirect loss or lost profit.

## B8. Termination

1. The Customer may terminate this contract by written notice if the Provider commits a material breach and does not remedy it within 20 days after notice, or if a Priority 1 restoration is late three times in any calendar quarter.
2. On termination the Provider shall refund fees paid for any period after termination and shall export all Customer Data in a standard format within 30 days, and then delete it.

## B9. Governing Law and Disputes

This contract is governed by the laws of Spain. The courts of Madrid have exclusive jurisdiction over any dispute arising out of or in connection with it.

## B10. Customer Responsibilities

1. The Customer shall provide the network connection at the gate, the ticket offices and the bus depot, the turnstiles and handheld validators listed in the Order Form, and the access needed to the scenic area's real-name entry system.
2. The Customer is responsible for the accuracy of the fares and time slots it publishes and for the refund rules shown to visitors, and for obtaining any approval of fares required by the local price authority.
3. The Customer shall keep its user accounts secure and shall tell the Provider promptly if it suspects that an account has been misused.

## B11. Force Majeure

Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, road closures ordered by the authorities or epidemics, provided that it notifies the other party promptly and does what it reasonably can to resume performance. The closure of the scenic area by the authorities does not extend the Initial Term unless the parties agree in writing.

## B12. General

Notices must be in writing and sent to the addresses in Part A. This contract may be changed only in writing signed by both parties. It is executed in English; a Chinese translation is for reference.
"""

# ----------------------------------------------------------------------------------------------------------------
# e03  Guizhou konjac farm, soil-moisture sensors, buyer's paper; Italian integrator in Treviso -- DOCX, Section N / N.N
# ----------------------------------------------------------------------------------------------------------------
E03 = """T:Purchase Contract for a Soil-Moisture Monitoring and Irrigation Control System
P:Contract No. QL-MY-2025-046
P:Buyer: Guizhou Qianling Konjac Agriculture Development Co., Ltd., No. 8 Moyu Road, Agricultural Park, Anshun, Guizhou Province, People's Republic of China (the "Buyer")
P:Supplier: Agrisonda S.r.l., Via Noalese 91, 31100 Treviso, Italy, acting through its representative office in Chengdu (the "Supplier")
P:The Buyer grows konjac on 1,450 mu of terraced land in three plots near Anshun. Konjac is sensitive to waterlogging and drought, and the Buyer wishes to measure soil moisture continuously and control its drip irrigation from the readings. After a competitive tender, the Buyer has selected the Supplier. The parties agree as follows. At the Buyer's request all prices are stated and paid in Chinese Yuan Renminbi (CNY).
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install and commission 180 multi-depth soil-moisture and temperature probes, 18 LoRaWAN gateways with solar power kits, 6 compact weather stations and a perpetual licence of the "Sonda Irrigo" irrigation dashboard for unlimited users.
P:1.2 The Supplier shall write the irrigation rules and reports specified by the Buyer, connect the dashboard to the 42 existing drip-irrigation valve controllers, calibrate every probe on site and train the Buyer's field technicians.
P:1.3 The dashboard shall be installed on the Buyer's server in the farm office; no part of the system shall depend on servers outside mainland China.
H:Section 2 Contract Price
P:2.1 The Contract Price is CNY 1,060,000, including VAT, import duties, transport to site, insurance, installation and all other costs. It is a fixed price.
P:2.2 The Contract Price is made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Soil-moisture and temperature probe, four depths|180|2,650|477,000
TB:LoRaWAN gateway with solar kit|18|8,400|151,200
TB:Compact weather station|6|23,500|141,000
TB:Sonda Irrigo dashboard, perpetual licence|1|96,000|96,000
TB:Hardware and Licence Subtotal|||865,200
TB:Installation, site calibration and valve integration|1|118,800|118,800
TB:Custom irrigation rules and reports|1|64,000|64,000
TB:Training of field technicians|1|12,000|12,000
TB:Contract Price|||1,060,000
H:Section 3 Payment
P:3.1 Advance payment: 20% of the Contract Price (CNY 212,000) within 10 business days after the Buyer receives an advance-payment guarantee of the same amount from a bank in mainland China.
P:3.2 Installation payment: 45% of the Contract Price (CNY 477,000) after all equipment has been installed and the Installation Certificate has been signed. The Installation Certificate is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 371,000) within 15 business days after Final Acceptance.
P:3.4 Each payment requires a valid VAT invoice.
H:Section 4 Delivery and Installation
P:4.1 All equipment shall be delivered to the farm office within 70 days after signature. Installation shall be completed within 30 days after delivery and before the Buyer's planting season.
P:4.2 The Supplier's field team shall agree each day's work with the plot manager, shall not damage planted beds and shall restore any terrace wall disturbed by cable trenching.
P:4.3 Each delivery shall be accompanied by a packing list, certificates of origin and conformity, the radio type-approval certificates required in China for the gateways, and the calibration certificate issued for each probe at the factory. Equipment that arrives damaged or without these documents may be refused by the Buyer and shall be replaced at the Supplier's cost.
P:4.4 The Supplier's staff shall follow the Buyer's rules for work on the plots, including the ban on pesticides and fuel near the water sources, and shall remove all packaging and waste from the farm.
H:Section 5 Acceptance
P:5.1 After installation the system shall run for 30 consecutive days under real conditions.
P:5.2 Final Acceptance requires that: (a) every probe reports at each scheduled interval with no more than three missed readings per probe per day; (b) probe readings at ten sample points agree with oven-dried soil samples taken by the Buyer within ±3 volumetric points; (c) every valve controller opens and closes on the irrigation rules and on manual command from the dashboard; (d) all reports in Annex B are produced correctly; and (e) no Severity 1 fault occurs in the last 10 days of the run.
P:5.3 If these conditions are met, the Buyer issues a Final Acceptance Certificate within 5 business days. Otherwise the Supplier shall correct the defects and the 30-day run restarts. Delivery, installation, use of the system or payment does not amount to acceptance.
H:Section 6 Warranty
P:6.1 The Supplier warrants the equipment and the licensed software for 36 months from Final Acceptance. During this period it shall repair or replace defective items free of charge, including transport, and recalibrate probes once per season.
P:6.2 Batteries and solar panels damaged by lightning or animals are covered if the Supplier's lightning protection was installed as specified.
H:Section 7 Support after Warranty
P:7.1 After the warranty the Buyer may order annual support at 9% of the Hardware and Licence Subtotal, that is CNY 77,868 per year. This fee is fixed for the first two support years; any later change must be agreed in writing.
P:7.2 Annual support is ordered by a separate purchase order for each year and does not renew automatically.
H:Section 8 Service Levels
P:8.1 Severity 1 means that a gateway, the dashboard or valve control is out of service during the irrigation season (April to October). The Supplier shall respond to a Severity 1 fault within 2 hours and restore service within 24 hours, with a technician on site if needed.
P:8.2 Severity 2 (individual probes or reports) shall be responded to within 8 hours and fixed within 3 days.
P:8.3 For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay CNY 400, deducted from any amount due or from the warranty guarantee.
P:8.4 The Supplier shall keep a stock of spare probes, gateway boards and batteries at its Chengdu office sufficient to replace at least five per cent of the installed probes and two gateways without waiting for shipments from Italy.
H:Section 9 Farm Data and Data Security
P:9.1 All readings, irrigation records, field maps and other data produced by the system belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:9.2 The Supplier shall protect the system with access control, encrypted LoRaWAN keys and audit logs, shall access it remotely only through the VPN account given by the Buyer, and shall not copy farm data out of the Buyer's server.
P:9.3 The Supplier shall report any security incident to the Buyer within 24 hours and shall compensate the Buyer for losses caused by an incident attributable to the Supplier.
H:Section 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information obtained under this Contract and shall not disclose it to third parties without written consent. This obligation continues for three years after completion.
H:Section 11 Intellectual Property
P:11.1 The dashboard software remains the Supplier's property; the Buyer's licence is perpetual and irrevocable.
P:11.2 The custom irrigation rules, report templates and field maps belong to the Buyer, which may use, modify and license them without restriction.
H:Section 12 Delay and Liability
P:12.1 If the Supplier is late in delivery or installation, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Section 9.
H:Section 13 Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Cable trenching by local contractors is permitted only with such consent.
H:Section 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if liquidated damages reach their maximum.
H:Section 15 Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Guiyang Arbitration Commission for arbitration in Guiyang.
H:Section 16 Force Majeure
P:16.1 A party prevented from performing by an event beyond its reasonable control, such as an earthquake, flood, landslide or epidemic, shall notify the other party within 5 days with reasonable evidence, and the time for performance is extended by the period of delay. Ordinary heavy rain in the growing season, shipping delays from Italy and customs clearance are not force majeure.
H:Section 17 Documents and Training
P:17.1 Before Final Acceptance the Supplier shall hand over, in Chinese, an as-built drawing of probe and gateway positions for each plot, the calibration record of every probe, user and administrator manuals for the dashboard, and a maintenance guide for the field technicians.
P:17.2 Training shall cover probe installation and replacement, battery and solar-panel care, gateway restart, reading the dashboard and changing irrigation rules. At least eight of the Buyer's technicians shall be trained, in two groups, at the farm.
H:Section 18 Miscellaneous
P:18.1 This Contract is made in English and Chinese, in four originals. Annex A (technical specification) and Annex B (reports) form part of it.
P:For the Buyer: ____________________        For the Supplier: ____________________
P:Date: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
# e04  Haining leather-goods maker, managed SD-WAN; French provider in Millau -- MD, numbered clauses + Schedules
# ----------------------------------------------------------------------------------------------------------------
E04 = """# MANAGED SD-WAN SERVICE AGREEMENT

Agreement reference: CVN-HN-2025-07

**Between**

**Causse Vallée Networks SAS**, a French simplified joint-stock company registered in Rodez, with its head office at 12 avenue de Calès, 12100 Millau, France, acting for this Agreement through its Shanghai branch (the "Provider"); and

**Zhejiang Haining Ruipi Leather Goods Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office at No. 58 Haizhou West Road, Haining, Zhejiang (the "Customer").

**Recitals**

(A) The Customer makes leather handbags, belts and small leather goods. It has a head office and tannery-side cutting plant in Haining, two sewing plants in Tongxiang and Jiaxing, a design studio in Shanghai, a warehouse in Hangzhou, three outlet stores and a cloud ERP hosted in Alibaba Cloud's Hangzhou region.

(B) The Provider operates a managed SD-WAN service in mainland China over licensed basic-carrier circuits and has agreed to design, install and operate a network connecting these sites.

(C) At the Customer's request all charges are stated and paid in Chinese Yuan Renminbi (CNY).

## 1. Definitions

1.1 "Service" means the managed SD-WAN service described in Clause 2 and Schedule 1.

1.2 "Sites" means the nine locations listed in Schedule 1, and "Cloud Interconnect" means the private connection to the Customer's cloud region.

1.3 "Network Acceptance" means the Customer's written confirmation under Clause 4 that the Service is ready for use at all Sites.

1.4 "Monthly Recurring Charge" or "MRC" means the fixed monthly charge in Schedule 2.

## 2. The Service

2.1 The Provider shall supply and install SD-WAN edge devices at each Site, arrange a primary fibre circuit and a 4G/5G backup link at each Site, set up the Cloud Interconnect and operate the network from its network operations centre in Shanghai, which is staffed at all times.

2.2 The Service includes configuration of traffic policies (priority for ERP, video conferencing with Italian tanneries and point-of-sale traffic), firewall rules agreed with the Customer, monitoring, incident handling, monthly reports and one design review per quarter.

2.3 Edge devices remain the property of the Provider and are replaced by it when faulty.

## 3. Term

3.1 The Minimum Term is 36 months from Network Acceptance.

3.2 After the Minimum Term the Agreement continues month by month at the same charges until either party ends it by 90 days' written notice.

## 4. Rollout and Network Acceptance

4.1 The Provider shall complete rollout at all Sites within 75 days after signature.

4.2 For each Site the Provider shall demonstrate: (a) failover from the primary circuit to the backup link in less than 3 seconds without dropping ERP sessions; (b) the agreed throughput on both links; (c) application priority for ERP and point-of-sale traffic under load; and (d) correct reporting in the customer portal. The whole network shall then run for 7 days without a Priority 1 incident.

4.3 When all tests are passed the Customer signs a Network Acceptance Certificate. Activation of a Site or its use by the Customer does not amount to Network Acceptance.

4.4 If Network Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay CNY 1,500 for each day of delay.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 2. The Total Contract Value over the Minimum Term is CNY 1,980,000, comprising a one-time Set-up Charge of CNY 79,200 and 36 Monthly Recurring Charges of CNY 52,800.

5.2 The Set-up Charge is invoiced after Network Acceptance. The MRC is invoiced monthly in arrears. No charge is payable in advance.

5.3 Invoices are payable within 30 days of receipt by bank transfer.

## 6. Service Levels

6.1 The Provider shall maintain Service availability of at least 99.5% per Site per calendar month, measured by the Provider's monitoring system and excluding planned maintenance announced 5 days in advance.

6.2 Incidents are handled according to the priorities and times in Schedule 3.

6.3 If availability at a Site falls below the level in Clause 6.1, the Provider shall credit 10% of that Site's share of the MRC for each full hour of additional downtime, up to 50% of the Site's share in a month. If a Priority 1 response or restoration time in Schedule 3 is missed, the Provider shall credit CNY 800 per hour of delay.

6.4 Service credits are deducted from the next invoice. Service credits are the Customer's sole and exclusive remedy for any failure to meet the service levels.

## 7. Customer Data and Security

7.1 Network configurations, traffic statistics, logs and any Customer information passing through or held in the Service are Customer Data. Customer Data belongs to the Customer and may be used by the Provider only to provide the Service.

7.2 The Provider shall run the Service from mainland China, keep logs only in mainland China, hold an MLPS level 3 record for its management platform, use multi-factor authentication for all administrative access and review access rights every quarter.

7.3 The Provider shall notify the Customer within 2 hours of detecting a security incident affecting the Customer's network and shall be responsible for losses caused by incidents attributable to the Provider.

## 8. Intellectual Property

8.1 The Provider's platform, software and methods remain its property.

8.2 The network design, address plan, traffic policies and documentation prepared for the Customer belong to the Customer, which may use, modify and disclose them to any successor provider.

## 9. Confidentiality

9.1 Each party shall keep confidential the other party's non-public information, including product designs and customer lists of the Customer that may be visible in network traffic, and shall use it only for this Agreement. The obligation continues for three years after the Agreement ends.

## 10. Liability

10.1 The Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the Monthly Recurring Charges paid by the Customer in the 6 months immediately preceding the event giving rise to the claim.

10.2 Neither party is liable for loss of profit, loss of business or indirect loss.

## 11. Subcontracting

11.1 The basic-carrier circuits are provided by the licensed carriers named in Schedule 1, which the Customer approves by signing this Agreement. The Provider shall not subcontract any other part of the Service without the Customer's prior written consent.

## 12. Termination

12.1 The Customer may not terminate this Agreement during the Minimum Term. Where the Provider is in breach, the Customer's remedies are limited to the service credits under Clause 6 and, for late rollout, the payments under Clause 4.4.

12.2 The Provider may suspend the Service if undisputed invoices remain unpaid for more than 60 days after a written reminder.

12.3 On expiry the Provider shall cooperate with the Customer's new provider for up to 60 days, hand over the network documentation and delete Customer Data after confirming its return.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

## 14. Force Majeure and Notices

14.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics or orders of the authorities, if it notifies the other party promptly. Failures of the basic carriers named in Schedule 1 are not force majeure for the Provider.

14.2 Notices shall be in writing and sent to the addresses above or to the e-mail addresses of the account managers named in the kick-off minutes.

## 15. General

15.1 Changes must be in writing and signed by both parties. This Agreement is made in English and Chinese; both versions are equally valid.

## Schedule 1 — Sites and Circuits

| Site | Primary circuit | Backup link | Carrier |
|---|---|---|---|
| Haining head office and cutting plant | 500 Mbps fibre | 5G | China Telecom |
| Tongxiang sewing plant | 200 Mbps fibre | 4G | China Mobile |
| Jiaxing sewing plant | 200 Mbps fibre | 4G | China Unicom |
| Shanghai design studio | 300 Mbps fibre | 5G | China Telecom |
| Hangzhou warehouse | 100 Mbps fibre | 4G | China Mobile |
| Outlet stores (three) | 50 Mbps broadband | 4G | China Unicom |
| Cloud Interconnect | 200 Mbps private line | — | China Telecom |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Set-up Charge | one-time, after Network Acceptance | 79,200 |
| Monthly Recurring Charge, all Sites and Cloud Interconnect | per month, in arrears | 52,800 |
| Total Contract Value over the Minimum Term | 79,200 + 36 × 52,800 | 1,980,000 |

## Schedule 3 — Incident Priorities

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| Priority 1 | a Site or the Cloud Interconnect is down | 15 minutes | 3 hours |
| Priority 2 | a link is down but the Site runs on backup, or performance is degraded | 1 hour | 8 hours |
| Priority 3 | service requests and minor issues | 1 business day | 5 business days |

Signed for Causse Vallée Networks SAS: ______________________ Date: __________

Signed for Zhejiang Haining Ruipi Leather Goods Co., Ltd.: ______________________ Date: __________
"""

# ----------------------------------------------------------------------------------------------------------------
# e05  Changsha recruitment platform, academic-degree check API subscription; German vendor in Landshut -- TXT
# ----------------------------------------------------------------------------------------------------------------
E05 = """API SUBSCRIPTION AGREEMENT
DEGREE VERIFICATION SERVICE

Agreement No.: ISV-CN-2025-118

THIS AGREEMENT is made between:

ISARVERIFY GMBH, a limited liability company registered with the Local Court of Landshut under HRB 11842, with its office at Altstadt 212, 84028 Landshut, Germany ("Provider"); and

HUNAN XIANGCAI ZHILIAN HUMAN RESOURCES TECHNOLOGY CO., LTD., a company incorporated in the People's Republic of China with its office at Floor 21, Block B, Yuelu Science Park, Changsha, Hunan ("Customer").

BACKGROUND

The Customer operates an online recruitment platform used by employers in Hunan and neighbouring provinces. More and more candidates list degrees awarded by universities outside mainland China, and employers ask the Customer to confirm these degrees before interviews. The Provider runs an application programming interface ("API") that checks a candidate's degree against the records of participating universities and registrars in Europe and elsewhere and returns a verification result. The Customer wishes to subscribe to the API and to have the Provider build the connection to its platform. At the Customer's request all fees are stated and paid in Chinese Yuan Renminbi (CNY).

1. DEFINITIONS

1.1 "Check" means one request to the API concerning one degree of one candidate.

1.2 "Customer Data" means candidate names, dates of birth, degree details, consent records and any other data that the Customer submits to the API, and the results returned for them.

1.3 "Subscription Year" means each period starting on the Service Start Date or on an anniversary of it and ending on the day before the next anniversary.

1.4 "Service Start Date" means the date on which the Customer signs the Integration Acceptance Certificate under Clause 4.

1.5 "Integration" means the connector between the Customer's platform and the API described in the Schedule.

2. SERVICES

2.1 The Provider shall give the Customer access to the API with up to 120,000 Checks in each Subscription Year, a web console for employers' staff, English and Chinese result certificates and a test environment.

2.2 The Provider shall design, build and deliver the Integration, including the consent screen shown to candidates, the request and result screens for employers, the status callbacks and the monthly usage report.

2.3 The Provider will use commercially reasonable efforts to keep the API available and to answer support requests. No service levels, response times or service credits apply to the API or to support.

2.4 Support requests may be raised by e-mail or through the web console in English or Chinese. The Provider's support desk in Landshut works on German business days, and the Provider will announce planned maintenance in the web console where it can.

2.5 The Provider may add universities and registrars to the network at any time and will list the participating institutions in the web console. Institutions that leave the network are removed from the list with a notice to the Customer.

3. TERM

3.1 This Agreement starts on signature. The subscription runs for two Subscription Years from the Service Start Date.

3.2 The subscription does not renew automatically. A renewal requires a new written order agreed by both parties.

4. INTEGRATION AND ACCEPTANCE

4.1 The Provider shall deliver the Integration for testing within 45 days after signature.

4.2 Integration acceptance tests: (a) 200 test Checks prepared by the Customer, covering degrees from at least eight countries, return the expected result; (b) a candidate who refuses consent cannot be submitted; (c) results and certificates appear in the correct employer's account and nowhere else; (d) the monthly usage report matches the Customer's own count of Checks.

4.3 When all tests are passed, the Customer signs an Integration Acceptance Certificate. Use of the API for live Checks before that does not amount to acceptance.

4.4 If the Integration is not ready for acceptance by the date in Clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 320 for each day of delay.

5. FEES AND PAYMENT

5.1 The fees are set out in the Schedule. The Total Contract Value is CNY 400,000.

5.2 The Integration Fee is invoiced after the Integration Acceptance Certificate is signed. The Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year. No fee is payable before the Service Start Date.

5.3 Checks above the included volume are charged at the rate in the Schedule, invoiced quarterly in arrears.

5.4 Invoices are payable within 30 days by bank transfer in CNY.

6. CUSTOMER DATA

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Checks and the other services under this Agreement and shall not use it for any other purpose.

6.2 The Customer is responsible for obtaining each candidate's consent before submitting a Check.

6.3 The Provider shall delete Customer Data within 30 days after each result is returned, unless the Customer asks in writing for a longer period.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential all business, technical and commercial information of the other party that it receives under this Agreement and is marked or obviously confidential, including the Customer's client lists and fee arrangements with employers.

7.2 Neither party shall disclose such information to any third party without the other party's prior written consent, except to its professional advisers bound by confidentiality or where required by law.

7.3 This clause continues for three years after the end of this Agreement.

8. INTELLECTUAL PROPERTY

8.1 The API, its software, the registrar network and the certificate format remain the property of the Provider.

8.2 The Integration, including its source code, screens and documentation, is made for the Customer and belongs to the Customer, which may use, modify and license it freely, and may have it maintained by any third party.

9. SUBCONTRACTING

9.1 The Provider shall not subcontract the Integration work or the operation of the API without the Customer's prior written consent. The Provider is responsible for any approved subcontractor as for itself.

10. LIABILITY

10.1 The Provider's total liability under this Agreement is limited to one and a half times the Total Contract Value.

10.2 Neither party is liable for indirect or consequential loss, or for loss of profit.

10.3 The Provider does not warrant that a registrar's records are complete or correct, but shall pass on any correction it receives within 5 business days.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of it.

11.2 If the Customer terminates under Clause 11.1, the Provider shall refund the part of the Subscription Fee that relates to the period after termination and, where termination happens before Integration acceptance, any amount paid for the Integration.

11.3 On termination the Provider shall return or delete Customer Data as instructed by the Customer.

12. CUSTOMER RESPONSIBILITIES

12.1 The Customer shall submit Checks only for candidates who have applied for a position through its platform and have given consent, and shall not use the API to build a database of degree holders.

12.2 The Customer shall provide a test environment, test data and a technical contact during the Integration, and shall review the Provider's deliverables within 10 business days after receiving them.

12.3 The Customer shall tell employers that a result reflects the records of the awarding institution on the date of the Check and shall not present it as an official certification by any government authority.

13. FORCE MAJEURE

13.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war or orders of public authorities, provided it notifies the other party promptly and takes reasonable steps to limit the effects. If such an event lasts more than 60 days, either party may end this Agreement by written notice and the Provider shall refund any fees paid for the period after termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute that the parties cannot settle by negotiation within 30 days shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha. The award is final and binding on both parties.

15. GENERAL

15.1 Notices shall be given in writing to the addresses above, or by e-mail to the contacts named in the Schedule.

15.2 This Agreement may only be amended in writing signed by both parties. It is made in English and Chinese, and both texts have equal force.

SCHEDULE - FEES, INTEGRATION AND CONTACTS

A. Fees

Subscription Fee, Subscription Year 1 (up to 120,000 Checks): CNY 186,000
Subscription Fee, Subscription Year 2 (up to 120,000 Checks): CNY 186,000
Integration Fee (one-time): CNY 28,000
Total Contract Value: CNY 400,000
Additional Checks above 120,000 in a Subscription Year: CNY 1.20 per Check (usage-based, not part of the Total Contract Value)

B. Integration

REST connector from the Customer's recruitment platform to the API; consent screen; employer request and result screens; status callbacks; monthly usage report; deployment in the Customer's test and production environments.

C. Contacts

Provider: Customer Success Team, IsarVerify GmbH, Landshut.
Customer: Platform Operations Department, Changsha.

SIGNED by the parties on the dates below.

For ISARVERIFY GMBH: ______________________ Name: ____________ Date: __________

For HUNAN XIANGCAI ZHILIAN HUMAN RESOURCES TECHNOLOGY CO., LTD.: ______________________ Name: ____________ Date: __________
"""

# ----------------------------------------------------------------------------------------------------------------
# Files, formats, labels
# ----------------------------------------------------------------------------------------------------------------
FILES = {  # key: (file name, format, source)
    "h366z01": ("h366z01_education_bureau_enrolment_platform.pdf", "pdf", Z01),
    "h366z02": ("h366z02_ceramics_slip_casting_line_controls.docx", "docx", Z02),
    "h366z03": ("h366z03_gym_chain_membership_saas.txt", "txt", Z03),
    "h366z04": ("h366z04_emergency_centre_dispatch_om_service.txt", "txt", Z04),
    "h366z05": ("h366z05_laver_traceability_supplier_template.md", "md", Z05),
    "h366e01": ("h366e01_woodblock_carving_software_uk_vendor.pdf", "pdf", E01),
    "h366e02": ("h366e02_lake_shuttle_ticketing_saas_order_form.md", "md", E02),
    "h366e03": ("h366e03_konjac_farm_soil_moisture_sensors.docx", "docx", E03),
    "h366e04": ("h366e04_leather_goods_managed_sdwan.md", "md", E04),
    "h366e05": ("h366e05_degree_check_api_subscription.txt", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# one row per contract, values in TERM_KEYS order, then extras; fee_base only for the TCO check (not written)
G, S = "goods_or_licence", "service"
L = {
    #            avail   p1     remedy ip        dsec   owns   conf   ld                    cap          prepay   acc    final  warr pwf   auto   term   subc   law                 kind
    "h366z01": ([99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8, False, True, False, "PRC", G],
                dict(category="software", sla=True, ld=True, capped=True, deemed=False, value=2180000, fee_base=1180000)),
    "h366z02": ([None, 1, True, "buyer", True, True, True, 0.08, 150, 20, False, False, 18, None, False, True, False, "PRC", G],
                dict(category="hardware", sla=True, ld=True, capped=False, deemed=True, value=1430000, fee_base=1193000)),
    "h366z03": ([99.5, 0.5, True, "buyer", True, True, False, 600 / 900000 * 100, 200, None, True, None, None, None, True, True, False, "PRC", S],
                dict(category="cloud", sla=True, ld=True, deemed=False, value=900000)),
    "h366z04": ([None, 0.25, False, "buyer", True, True, True, None, None, None, True, None, None, None, False, True, False, "PRC", S],
                dict(category="services", sla=True, ld=False, deemed=False, value=586000)),
    "h366z05": ([None, 8, False, "supplier", True, False, True, 0.02, 20, 55, True, True, 6, 32, False, True, None, None, G],
                dict(category="software", sla=True, ld=True, capped=True, deemed=False, value=680000, fee_base=420000)),
    "h366e01": ([None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False, "England and Wales", G],
                dict(category="software", sla=True, ld=True, capped=True, deemed=False, value=630000, fee_base=477000)),
    "h366e02": ([99.95, 0.5, True, "buyer", True, False, True, 400 / 500000 * 100, 150, None, True, None, None, None, False, True, True, "Spain", S],
                dict(category="cloud", sla=True, ld=True, deemed=False, value=500000)),
    "h366e03": ([None, 2, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 36, 9, False, True, False, "PRC", G],
                dict(category="hardware", sla=True, ld=True, capped=True, deemed=False, value=1060000, fee_base=865200)),
    "h366e04": ([99.5, 0.25, True, "buyer", True, True, True, 1500 / 1980000 * 100, 6 / 36 * 100, None, True, None, None, None, False, False, False, "PRC", S],
                dict(category="services", sla=True, ld=True, deemed=False, value=1980000)),
    "h366e05": ([None, None, False, "buyer", False, True, True, 320 / 400000 * 100, 150, None, True, None, None, None, False, True, False, "PRC", S],
                dict(category="cloud", sla=False, ld=True, deemed=False, value=400000)),
}

EXPECTED = {  # my reading of policy.md; derive() below must agree
    "h366z01": [],
    "h366z02": ["CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"],
    "h366z03": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
    "h366z04": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
    "h366z05": ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h366e01": ["CR-GOVERNING-LAW"],
    "h366e02": ["CR-DATA-OWNERSHIP", "CR-GOVERNING-LAW", "CR-SUBCONTRACT"],
    "h366e03": [],
    "h366e04": ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY", "CR-TERMINATION"],
    "h366e05": ["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
FORUM_OUTSIDE = {"h366e01", "h366e02"}  # London (LCIA), Madrid courts

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco_share(t, x):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years, pro rata."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = x["fee_base"] * t["post_warranty_fee_pct"] / 100 * years
    return post / (x["value"] + post) * 100


def derive(key, t, x):
    r = set()
    if not x["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld"]:
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
        if t["post_warranty_fee_pct"] is None or not x["capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label(key):
    name, fmt, _ = FILES[key]
    vals, x = L[key]
    t = dict(zip(TERM_KEYS, vals))
    for k in ("ld_rate_per_day_pct", "liability_cap_pct"):
        if isinstance(t[k], float) and t[k] != round(t[k], 4):
            t[k] = round(t[k], 4)
    extra = {"sla_clause": x["sla"], "ld_stated": x["ld"]}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = x["capped"]
    extra["acceptance_deemed_on_delivery"] = x["deemed"]
    extra["contract_value"] = x["value"]
    return {"file": name, "language": "zh" if "z" in key[4:] else "en", "category": x["category"],
            "expected_terms": t, "expected_extra": extra, "expected_rules": EXPECTED[key]}, t, x


# ----------------------------------------------------------------------------------------------------------------
# Threshold figures that must not appear in any text (digits, Chinese numerals, words)
# ----------------------------------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|percent\b|per\s+cent\b)"
CN_DIG = "一二三四五六七八九十百零〇两"
FORBIDDEN = {
    "availability 99.9": r"(?<![\d.])99\.90*(?![\d])|九十九点九(?![一二三四五六七八九])",
    "P1 4 hours / 240 minutes": (r"(?<![\d.,])4\s*(?:个)?(?:小时|钟头|h\b|hours?\b|hrs?\b)|(?<![%s])四个?小时|(?<![-\w])four[\s-]+hours?\b"
                                 r"|(?<![\d.,])240\s*(?:分钟|minutes?\b|mins?\b)|二百四十分钟|two\s+hundred\s+(?:and\s+)?forty\s+minutes" % CN_DIG),
    "LD 0.05 %/day": r"(?<![\d.])0\.050*(?!\d)|万分之五(?![十])|five\s+hundredths",
    "100 %": r"(?<![\d.,])100(?:\.0+)?" + PCT + r"|百分之一?百(?![分])|(?<![-\w])(?:one\s+)?hundred" + PCT,
    "30 %": r"(?<![\d.,])30(?:\.0+)?" + PCT + r"|百分之三十(?![一二三四五六七八九点])|三成|(?<![-\w])thirty" + PCT,
    "40 %": r"(?<![\d.,])40(?:\.0+)?" + PCT + r"|百分之四十(?![一二三四五六七八九点])|四成|(?<![-\w])forty" + PCT,
    "15 %": r"(?<![\d.,])15(?:\.0+)?" + PCT + r"|百分之十五(?![点])|(?<![-\w])fifteen" + PCT,
    "12 months / one year": (r"(?<![\d.,])12\s*(?:个(?:自然)?月|months?\b)|(?<![%s])十二个(?:自然)?月|(?<![-\w])twelve[\s-]+months?\b"
                             r"|(?<![\d.,])1\s*(?:年|[\s-]*years?\b)|(?<![十])一年|(?<![-\w])one[\s-]+years?\b|(?<![-\w])a\s+year\b" % CN_DIG),
    "5 years / 60 months": (r"(?<![\d.,])60\s*(?:个(?:自然)?月|months?\b)|六十个(?:自然)?月|(?<![\d.,])5\s*(?:年|[\s-]*years?\b)"
                            r"|(?<![%s])五年|(?<![-\w])(?:five|sixty)[\s-]+(?:years?|months?)\b" % CN_DIG),
}
MUST_HIT = ["99.9%", "99.90 %", "4小时", "12 个月", "十二个自然月", "4 hours", "四小时", "四个小时", "four hours", "240分钟", "240 minutes", "0.05%",
            "万分之五", "100%", "100 per cent", "百分之百", "30%", "百分之三十", "三成", "thirty per cent", "40%", "百分之四十",
            "forty percent", "15%", "百分之十五", "fifteen per cent", "12个月", "十二个月", "twelve months", "12 months",
            "一年", "one year", "1年", "5年", "五年", "5 years", "five years", "60个月", "60 months", "sixty months", "六十个月"]
MUST_NOT_HIT = ["24小时", "二十四小时", "24 hours", "twenty-four hours", "99.95%", "99.5%", "115%", "0.15%", "130%",
                "四十二个月", "2025年", "2026年1月1日", "14 hours", "1,500", "0.08%", "十五日", "十五个工作日",
                "fifteen business days", "30 days", "30分钟", "three years", "三年", "36 months", "三十六个月", "万分之二",
                "万分之三", "0.5", "45%", "35%", "二十四席", "1,060,000", "150%", "CNY 400", "120,000", "first year", "2025年12月", "2026年12月31日", "十二月"]


def scan(text):
    hits = {}
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for name, pat in FORBIDDEN.items():
            for m in re.finditer(pat, variant, flags=re.I):
                hits.setdefault((name, m.group(0)), (name, m.group(0), variant[max(0, m.start() - 20):m.end() + 20]))
    return list(hits.values())


def self_test():
    for s in MUST_HIT:
        assert scan(s), "pattern misses %r" % s
    for s in MUST_NOT_HIT:
        assert not scan(s), "pattern wrongly hits %r: %r" % (s, scan(s))


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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
              "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    sources = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    fired, problems = set(), []
    print()
    print("%-8s %-52s %-6s %s" % ("key", "file", "risk", "expected rules"))
    for k, (name, fmt, src) in FILES.items():
        lab, t, x = label(k)
        (OUT / name).with_suffix(".json").write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        derived = derive(k, t, x)
        if derived != EXPECTED[k]:
            problems.append("%s: derived %s != expected %s" % (k, derived, EXPECTED[k]))
        for f, thr in THRESHOLDS.items():
            if t[f] is not None and abs(t[f] - thr) < 1e-6:
                problems.append("%s: %s on threshold" % (k, f))
        share = tco_share(t, x)
        if share is not None and abs(share - 40) < 1e-6:
            problems.append("%s: TCO share on threshold" % k)
        text = read_back(OUT / name)
        zh = lab["language"] == "zh"
        n = len(text) if zh else len(text.split())
        lo, hi = (2800, 3300) if zh else (1500, 1700)
        if not lo <= n <= hi:
            problems.append("%s: length %d outside %d-%d" % (k, n, lo, hi))
        for h in scan(text) + scan(src):
            problems.append("%s: threshold figure %s %r in ...%s..." % (k, h[0], h[1], h[2]))
        fired.update(EXPECTED[k])
        print("%-8s %-52s %-6s %s   [%s %d%s]" % (k, name, risk(EXPECTED[k]), ", ".join(r[3:] for r in EXPECTED[k]) or "(none)",
                                              "chars" if zh else "words", n,
                                              "" if share is None else "; TCO share %.2f %%" % share))
    missing = sorted(set(SEVERITY) - fired)
    if missing:
        problems.append("rules never expected: %s" % missing)
    counts = sorted(len(v) for v in EXPECTED.values())
    print("\nfindings per contract:", counts, "| all 20 CR rules covered:", not missing)
    for p in problems:
        print("PROBLEM:", p)
    assert not problems, "%d problems" % len(problems)
    print("OK")


if __name__ == "__main__":
    main()
