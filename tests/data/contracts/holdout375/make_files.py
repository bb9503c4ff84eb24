"""holdout375: writes ten ordinary draft contracts (5 zh, 5 en), their .json labels, and checks lengths, thresholds and
rule coverage. Run from this folder: /work/main/.venv/bin/python -B make_files.py"""
import sys; sys.dont_write_bytecode = True  # noqa: E702
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:江临市数字方志馆平台建设项目政府采购合同
P:合同编号：JLFZ-2025-CG-011　　采购方式：公开招标　　招标编号：JLCG2025-0417
P:甲方（采购人）：江临市地方志办公室　　地址：江临市文昌路18号
P:乙方（供应商）：杭州文渊数字科技有限公司　　地址：杭州市西湖区紫荆花路66号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就江临市数字方志馆平台建设项目订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设数字方志馆平台，包括方志资源管理系统、全文检索系统和线上展陈系统的软件许可、数字展厅与年鉴编纂模块的定制开发、旧志及年鉴的数字化加工入库、部署实施和培训。
P:1.2 项目须满足招标文件第三章《采购需求》和乙方投标文件的技术响应，二者不一致的，以对甲方更有利者为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰伍拾贰万元整（¥2,520,000），含税，为固定总价，包括运输、安装、调试、培训、质保期内服务及税费，甲方不再另行支付任何费用。分项如下：
P:（1）方志资源管理、全文检索、线上展陈平台软件许可（永久、不限用户数）：¥1,180,000；
P:（2）数字展厅及年鉴编纂模块定制开发：¥760,000；
P:（3）旧志、年鉴数字化加工及入库（约4.2万页）：¥415,000；
P:（4）部署实施及系统联调：¥128,000；
P:（5）用户培训：¥37,000。
H:第三条 付款方式
P:3.1 本合同签订后15个工作日内，甲方凭乙方开具的等额发票支付合同总价的20%作为预付款，即¥504,000。
P:3.2 系统通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥1,134,000。
P:3.3 系统通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥882,000。
P:3.4 甲方按财政资金支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后90日内完成平台部署和数据入库，120日内具备初步验收条件。
P:4.2 乙方应提交项目实施方案、进度周报，并在每个里程碑完成后书面报告甲方。
P:4.3 乙方应为本项目配备项目经理一名、开发工程师不少于四名、数据加工人员不少于十名，项目经理须具有同类项目经验，未经甲方同意不得更换。
P:4.4 数字化加工须在甲方指定的场所进行，旧志原件不得带离甲方，加工完成后乙方应逐册清点归还，原件出现破损的，乙方应按甲方要求修复或赔偿。
P:4.5 乙方应在初步验收前提交系统设计说明书、数据库设计文档、用户手册、运维手册、源代码及安装介质，文档应使用中文。
H:第五条 验收
P:5.1 初步验收由甲方组织，标准为：（1）招标文件所列功能逐项测试通过；（2）数字化加工成果抽检不少于5%，文字识别每万字差错不超过3个；（3）全文检索在200个并发用户下平均响应时间不超过2秒；（4）第三方测评机构出具的安全测评报告无高危问题。
P:5.2 初步验收合格后系统试运行60日，试运行期内未发生一级故障且遗留问题全部整改完毕的，甲方组织专家进行最终验收，并出具书面验收报告。
P:5.3 系统上线、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，所需费用由乙方承担。
P:5.4 验收所需的测试数据、测试环境和第三方测评费用由乙方承担。甲方可邀请市档案馆、市财政局派员参加验收。验收报告应载明测试记录、遗留问题及整改期限。
P:5.5 数字化加工成果应同时交付图像文件（TIFF原图和PDF发布件）和著录数据，命名规则、分辨率、色彩模式须符合甲方提供的加工规范。
H:第六条 质量保证与运维服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级和技术支持。
P:6.2 平台月可用率不低于99.95%（计划内维护除外，计划内维护须提前3个工作日经甲方同意）。
P:6.3 故障分为三级。一级故障指平台整体无法访问或数据丢失，乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障指主要功能不可用，2小时内响应，24小时内解决；三级故障为其他问题，在下一个工作日内处理。
P:6.4 乙方每超过响应或恢复时限一小时，向甲方支付违约金800元；月可用率每低于承诺值0.01个百分点，支付违约金1,000元，可从应付款中扣除。
P:6.5 质保期满后，如甲方需要继续维护，年度维护费不超过平台软件许可费的10%（即每年不超过¥118,000），质保期满后两个服务年度内不上调，由双方另行签订维护合同，不自动续期。
H:第七条 知识产权
P:7.1 平台软件的知识产权归乙方，乙方授予甲方永久、不可撤销、不限用户数的使用许可。
P:7.2 定制开发的数字展厅、年鉴编纂模块及其源代码、技术文档，以及数字化加工成果，其知识产权归甲方所有，甲方可自行或委托第三方修改、使用和许可他人使用。乙方应在最终验收时移交全部源代码。
H:第八条 数据安全
P:8.1 方志资料、数字化成果、用户数据及系统日志均属甲方所有，乙方仅能为履行本合同使用，不得复制、留存或用于其他目的。
P:8.2 乙方应按网络安全等级保护第二级要求部署平台，落实访问控制、操作审计和数据备份；远程维护须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对履约中知悉的甲方未公开信息、资料负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期完成交付或验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十一条 分包
P:本项目不允许分包，乙方不得将合同义务转让或分包给第三方。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面通知后15日内仍未改正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。
H:第十三条之一 不可抗力
P:因地震、洪水、疫情防控措施等不可抗力致使合同不能按期履行的，受影响一方应在不可抗力发生后5日内书面通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方可协商解除合同。
H:第十四条 其他
P:本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。招标文件、投标文件和中标通知书为本合同组成部分。
P:甲方（盖章）：江临市地方志办公室　　代表：__________　　乙方（盖章）：杭州文渊数字科技有限公司　　代表：__________
P:签订日期：2025年　月　日　　签订地点：江临市
"""

Z02 = """T:氨制冷机组控制系统改造合同
P:合同编号：BYL-ZL-2025-06
P:甲方：宁海北原冰业有限公司（以下简称甲方）
P:乙方：青岛瑞冷自动化工程有限公司（以下简称乙方）
P:甲方制冰车间现有两套氨制冷机组（螺杆压缩机四台）采用继电器控制，故障多、能耗高。经比选，甲方委托乙方进行控制系统改造。双方协商一致，订立本合同。
H:一、改造范围
P:（一）拆除原继电器控制柜，新建PLC控制柜三面，实现压缩机群控、蒸发压力自动调节和冰池温度闭环控制。
P:（二）为四台螺杆压缩机加装变频器，改造电气主回路。
P:（三）新建氨泄漏检测报警系统，设检测探头24点，与事故排风机、喷淋装置联锁。
P:（四）提供上位监控软件许可及工控机，完成组态、编程、调试和操作培训。
H:二、合同价款
P:（一）合同总价为人民币壹佰肆拾伍万元整（¥1,450,000），含13%增值税，明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块、触摸屏）|3面|486,000
TB:2|螺杆压缩机专用变频器|4台|312,000
TB:3|氨泄漏检测报警系统（探头、控制器、声光报警）|1套|168,000
TB:4|上位监控软件许可（永久）及工控机|1套|146,000
TB:设备及软件小计|||1,112,000
TB:5|电气安装及调试|1项|198,000
TB:6|控制方案设计及PLC编程|1项|124,000
TB:7|操作及维护培训|1项|16,000
TB:合计|||1,450,000
P:（二）上述价格为固定价格，除甲方书面变更范围外不作调整。
H:三、付款
P:（一）合同签订后10日内，甲方支付合同总价的20%作为预付款，计¥290,000。
P:（二）全部设备到货并经甲方清点签收后10日内，支付合同总价的35%，计¥507,500。到货签收仅确认数量和外观，不代表质量验收。
P:（三）系统通过终验后15日内，支付合同总价的45%，计¥652,500。
P:（四）乙方每次收款前应开具合规增值税专用发票。
H:四、工期
P:（一）设备应在合同签订后45日内到货。改造施工须利用甲方的停产检修窗口，安排在2025年11月1日至11月25日之间，施工期间乙方应保证一套机组能够维持冷库最低运行。
P:（二）乙方应提交施工组织方案和涉氨作业安全措施，经甲方审核后方可进场。
P:（三）乙方进场人员须经甲方安全培训，持证上岗；涉氨管道附近动火、登高作业须办理甲方作业票，现场配备正压式空气呼吸器。因乙方违反安全规定造成事故的，由乙方承担责任。
P:（四）改造期间乙方应保留原控制柜至新系统试运行合格，确保出现异常时可在30分钟内切回原控制方式。
P:（五）乙方应在设备到货前提交电气原理图、PLC点表、联锁逻辑说明和操作规程草案，经甲方确认后实施。所有设备应为全新原厂正品，并随货提供合格证和检测报告。
P:（六）施工期间乙方应每日向甲方报告施工进度和次日计划，涉及停机、切换的操作须提前一日书面申请，经甲方车间主任签字同意后进行。
P:（七）施工产生的废旧电缆、控制柜等物品由乙方清点后交甲方处理，乙方不得擅自带出厂区。施工完成后乙方应清理现场，恢复因施工破坏的墙面、桥架和保温层。
H:五、验收
P:（一）终验标准：1.压缩机群控、加减载逻辑符合设计说明书；2.蒸发压力控制偏差不超过±0.02MPa；3.冰池盐水温度控制偏差不超过±0.5℃；4.24个氨检测点逐点通气测试，报警及联锁动作正确；5.连续运行72小时无故障；6.竣工图纸、程序备份和操作手册齐全。
P:（二）终验由甲方组织，乙方配合，验收合格后双方签署终验报告。机组投入运行或甲方付款均不视为验收合格。
P:（三）终验不合格的，乙方应在10日内整改，整改后重新验收。
H:六、质保与维保
P:（一）质保期二十四个月，自终验合格之日起计算。质保期内设备、软件的故障维修和更换由乙方免费负责。
P:（二）故障分级及响应要求：一级故障（氨泄漏报警或联锁失效、压缩机群控失效）30分钟内电话响应，3小时内到达现场，8小时内恢复运行；二级故障（单台压缩机无法自动控制、单个检测点失效）2小时内响应，24小时内到场；三级故障在3个工作日内处理。
P:（三）乙方每超过一级故障响应或到场时限一小时，向甲方支付违约金500元，二级故障每超时一小时支付200元。
P:（四）质保期满后，乙方提供维保服务，年度维保费按设备及软件小计的9%计取，即每年¥100,080，三个服务年度内不上调。维保内容包括每季度巡检、备件更换和程序维护，按服务年度签订，不自动续期。
H:七、运行数据与系统安全
P:（一）控制系统的工艺参数、运行记录、报警记录均归甲方所有，乙方仅可为调试和维保使用。
P:（二）控制网络须与办公网物理隔离。乙方远程诊断须事先经甲方设备部批准，通过甲方提供的VPN接入，每次结束后关闭通道；不得在控制系统中安装与项目无关的软件，调试电脑须经病毒查杀。
P:（三）因乙方违反上述要求导致系统被入侵、数据被篡改或丢失的，乙方应在1小时内通知甲方，负责恢复并赔偿甲方全部损失。
P:（四）乙方在系统终验时应提交控制系统网络拓扑图、账号清单和口令，由甲方修改口令后接管；乙方不得保留任何远程访问账号。
H:八、知识产权
P:PLC程序、组态工程文件及其源文件在终验时交付甲方，归甲方所有，甲方可自行修改或委托他人修改。上位监控软件产品本身的著作权归原厂商，甲方获得永久使用许可。
P:（五）乙方应向甲方提供控制系统的备品备件清单和推荐库存数量，质保期满后甲方自购备件的，乙方应按不高于合同单价的价格供货。
H:九、分包
P:乙方可将电气安装、桥架敷设等施工作业分包给具备相应资质的施工单位，但应在进场前3日书面告知甲方分包单位名称；乙方对分包部分向甲方承担全部责任。
H:十、违约责任
P:（一）乙方未按约定工期完成改造的，每逾期一日，按合同总价的万分之八支付违约金。
P:（二）乙方施工造成甲方设备损坏、氨泄漏或人员伤害的，承担全部赔偿责任。
P:（三）甲方逾期付款的，每日按未付金额的万分之三支付违约金。
H:十一、合同解除
P:乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十二、争议解决
P:本合同适用中华人民共和国法律。履行中发生争议，双方协商解决；协商不成的，提交宁波仲裁委员会仲裁。
H:十二之一、不可抗力与通知
P:（一）因不可抗力不能履行合同的，受影响一方应及时通知对方，并在10日内提供证明；履行期限按影响时间顺延。
P:（二）双方的通知以书面形式送达本合同载明的地址，甲方联系人为设备部负责人，乙方联系人为项目经理。联系人变更应提前书面告知对方。
P:（三）乙方应在质保期内每季度对系统进行一次巡检，检查探头标定、联锁动作和程序备份，并出具巡检报告。氨检测探头须按国家规定周期进行检定，检定费用在质保期内由乙方承担。
H:十三、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：宁海北原冰业有限公司（盖章）　　授权代表：__________
P:乙方：青岛瑞冷自动化工程有限公司（盖章）　　授权代表：__________
P:日期：2025年9月　日
"""

Z03 = """印立方门店订单及管理平台服务协议

协议编号：YLF-SaaS-2025-0208

甲方：广州印立方图文快印连锁有限公司
乙方：成都云链印务软件有限公司

甲方在广州、佛山经营45家图文快印门店，需要统一的线上下单、门店接单、生产排单和会员管理系统。乙方提供“云链印务”SaaS平台。双方经友好协商，就平台订阅及实施服务达成如下协议。

第一条 服务内容
（1）乙方向甲方45家门店及总部开通“云链印务”平台账号，包括线上下单（小程序和网页）、门店接单与生产排单、会员与储值、财务对账和经营报表功能。
（2）乙方负责实施服务：门店POS收银对接、历史会员及储值余额迁移、总部报表定制、店长和店员培训。
（3）订阅期为三个服务年度，自全部门店上线验收通过之日起算。

第二条 费用
（1）门店订阅费：每家门店每个服务年度6,800元，45家合计每个服务年度306,000元。
（2）总部管理端订阅费：每个服务年度48,000元。
（3）一次性实施费：138,000元。
（4）协议总价：（306,000＋48,000）×3＋138,000＝1,200,000元（人民币壹佰贰拾万元整），含6%增值税。
（5）订阅期内甲方新开门店的，按每店每个服务年度6,800元按月折算增加费用。

第三条 付款
（1）实施费在全部门店上线验收通过后20日内一次性支付。
（2）订阅费按季度结算，每季度结束后乙方提供服务报告和发票，甲方在15日内支付当季费用。
（3）甲方不向乙方预付任何费用。

第四条 实施与上线验收
（1）乙方应在协议签订后50日内完成全部门店的部署和对接。
（2）上线验收标准：①45家门店均能完成线上下单、接单、排单、取件全流程；②与POS收银系统连续7日对账无差异；③迁移后的会员数和储值余额与原系统逐条核对一致；④在500个并发用户下下单页面响应时间不超过2秒。
（3）验收通过后双方签署上线验收单。部分门店先行使用不视为验收通过。
（4）乙方逾期完成上线验收的，每逾期一日，按协议总价的万分之六向甲方支付违约金。

（5）实施期间乙方应指定实施经理一名，每周向甲方提交进度报告，门店上线按“先试点3家、再分批推广”的方式进行，每批上线前乙方应完成店员培训并在现场或远程值守。
（6）实施完成后，乙方应向甲方提交系统配置说明、接口文档、报表说明和操作手册。

第五条 服务水平
（1）平台月可用率不低于99.5%，按每月实际可用分钟数除以当月总分钟数计算，不含提前48小时通知并在凌晨1点至6点进行的维护。
（2）一级故障（全部门店无法下单或无法收款）：30分钟内响应，3小时内恢复；二级故障（部分门店或单个功能不可用）：1小时内响应，8小时内恢复；三级故障：1个工作日内响应。
（3）月可用率低于承诺值的，每低0.5个百分点，减免当月订阅费的5%，减免总额以当月订阅费为限；一级故障超过恢复时限的，每超1小时再减免当月订阅费的2%。

（4）乙方应提供7×24小时服务热线和在线工单系统，每月向甲方提交服务报告，包括可用率、故障清单、处理时长和减免金额。
（5）订阅期内乙方对平台进行的功能升级向甲方免费提供；升级前应提前5个工作日通知甲方，不得影响门店营业高峰时段（每日9点至21点）的使用。
（6）乙方应保证平台的收款、退款和储值计算准确，因平台计算错误造成甲方或其顾客损失的，由乙方负责更正并赔偿。

第六条 数据
（1）甲方的订单、客户、会员、储值和交易数据归甲方所有。
（2）乙方可对上述数据进行去标识化处理后，用于乙方的印务行业分析、价格指数发布和平台功能改进，该使用不受本协议期限限制。
（3）乙方应采取加密存储、访问控制、操作日志留存等安全措施，数据存储于中国境内；发生数据泄露或丢失的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成损失的，由乙方赔偿。
（4）协议终止后30日内，乙方应按甲方要求导出并移交全部数据，之后删除其系统中的甲方数据。

（5）甲方应妥善保管账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担；乙方发现异常登录的，应立即通知甲方并协助处理。
（6）乙方应每日对甲方数据进行备份，备份数据保存不少于30日，甲方需要恢复数据的，乙方应在接到通知后8小时内完成恢复。

第七条 知识产权
（1）平台的知识产权归乙方所有。
（2）为甲方定制的报表、POS对接程序及其源代码归甲方所有，甲方可自行或委托第三方修改和使用。

（5）协议终止或到期时，乙方应配合甲方将业务平稳迁移至甲方指定的系统，迁移期内平台保持可用，迁移期不超过60日，其间订阅费按实际使用天数结算。
（6）乙方不得在平台中向甲方的顾客推送与甲方业务无关的广告或第三方服务。

第八条 保密
双方对在合作中获知的对方商业秘密和未公开信息负有保密义务，未经对方书面同意，不得向第三方披露。保密义务在协议终止后三个服务年度内继续有效。

第九条 续订
订阅期届满前30日，任何一方未书面提出不再续订的，本协议自动续订一个服务年度，以后亦同。每次续订时，乙方有权上调订阅费，上调幅度不超过上一服务年度费用的8%，以乙方的书面通知为准。

第九条之一 培训与支持
（1）乙方应为每家门店的店长和店员提供上线培训，并为总部财务、运营人员提供报表和对账专项培训。
（2）订阅期内甲方新入职员工可使用乙方提供的在线培训课程和操作视频，乙方每季度组织一次线上答疑。

第十条 责任限额
除故意、重大过失及第六条数据责任外，乙方在本协议项下的累计赔偿责任以协议总价的150%为限。

第十一条 分包
乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

第十二条 协议解除
（1）乙方连续两个月可用率低于98%，或严重违约且在收到甲方书面通知后15日内未改正的，甲方有权解除本协议，并要求退还已付未使用期间的费用。
（2）甲方逾期付款超过60日的，乙方可书面催告后暂停服务。

第十三条 法律适用与争议解决
本协议适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。

第十三条之一 通知与联系人
（1）本协议项下的通知应以书面形式（含电子邮件）发送至双方指定联系人。甲方联系人为信息部经理，乙方联系人为客户成功经理。
（2）一方变更联系人或联系方式的，应在变更后3个工作日内通知对方。

第十三条之二 不可抗力
因不可抗力导致一方不能履行协议的，该方应及时通知对方，并在合理期限内提供证明。不可抗力期间平台不可用的时间不计入可用率考核，但乙方应尽快恢复服务。云服务商机房的一般故障不属于不可抗力。

第十四条 其他
本协议一式两份，双方各执一份，自双方签字盖章之日起生效。未尽事宜，双方另行签订补充协议。

甲方（盖章）：广州印立方图文快印连锁有限公司
授权代表：__________
乙方（盖章）：成都云链印务软件有限公司
授权代表：__________
签订日期：2025年8月　日
"""

Z04 = """东港市海事局船舶动态监管系统运维服务项目合同

采购项目编号：DGHS-2025-CS-009（竞争性磋商）
合同编号：DGMSA-YW-2025-03

甲方（采购人）：东港市海事局
乙方（成交供应商）：大连海图信息技术有限公司

依据《中华人民共和国政府采购法》及其实施条例、本项目磋商文件和乙方响应文件，经双方协商，订立本合同。

1. 服务范围与服务期
1.1 乙方负责甲方船舶动态监管系统的运维服务，范围包括：AIS岸基基站6座、雷达站3座及其传输链路，船舶动态监管平台软件、数据库和服务器，指挥中心显示系统。
1.2 服务期为一个服务年度，自2026年1月1日起至2026年12月31日止。服务期满本合同终止，甲方如需继续采购，应依法重新组织采购。
1.3 乙方应派驻2名运维工程师常驻甲方指挥中心，工作日8:30至17:30在岗，节假日和恶劣天气期间按甲方要求值守。

2. 服务内容
2.1 日常运维：平台运行监控、数据库备份、日志检查，每日填写运维日志。
2.2 巡检：每月对AIS基站和雷达站现场巡检一次，台风季（6月至10月）每月两次，巡检报告报甲方确认。
2.3 软件维护：平台缺陷修复、功能小幅优化，以及适配交通运输部海事局数据接口变更。
2.4 备件保障：乙方储备基站、雷达接收机和交换机关键备件，更换费用包含在合同价内。
2.5 应急保障：重大海上搜救、防台防汛期间提供24小时技术保障。

2.6 运维工程师应具备计算机或通信相关专业背景，熟悉AIS和雷达系统，乙方更换驻场人员应提前10日书面报甲方同意，并完成不少于5个工作日的交接。
2.7 乙方每月5日前向甲方提交上月运维月报，内容包括系统运行情况、故障及处理、巡检发现的问题和改进建议。
2.8 乙方应建立设备运维台账，记录每座基站、雷达站的设备型号、序列号、更换记录和巡检结果，服务期满时移交甲方。

3. 合同价款
3.1 合同总价为人民币捌拾贰万元整（¥820,000），包括：
（1）驻场运维人员费用：¥396,000；
（2）基站、雷达站及链路巡检与备件：¥218,000；
（3）平台软件维护与接口适配：¥164,000；
（4）应急保障：¥42,000。
3.2 合同价为固定总价，服务期内不作调整。

4. 付款方式
4.1 合同价款按季度支付，每季度为¥205,000。
4.2 每季度结束后，甲方按第6条进行季度考核，考核结果确认后15个工作日内支付当季费用，扣除考核扣款。
4.3 本合同不设预付款。

5. 服务水平
5.1 船舶动态监管平台月可用率不低于99.5%，AIS数据从基站接收到平台显示的延迟不超过10秒。
5.2 故障等级与时限：
（1）一级故障：平台整体中断，或两座及以上基站同时中断。乙方15分钟内响应，1小时内到达现场，6小时内恢复。
（2）二级故障：单座基站或雷达站中断，平台部分功能不可用。30分钟内响应，台风季以外24小时内修复。
（3）三级故障：不影响监管业务的一般问题，2个工作日内处理。
5.3 重大保障期间，乙方应安排工程师在甲方指挥中心全天值守。

5.4 乙方应制定台风、断电、链路中断等突发情况的应急预案，报甲方备案，并在服务期内至少组织两次应急演练。
5.5 乙方应保持备件库存不低于附件1所列数量，关键备件耗用后应在10日内补齐。

6. 考核与验收
6.1 甲方每季度按《运维服务考核细则》（附件2）对乙方考核，满分100分。
6.2 考核扣款：月可用率每低于承诺值0.1个百分点，扣减当季服务费2,000元；一级故障每超过时限1小时扣减1,500元；驻场人员缺勤每人每日扣减800元；季度考核得分低于80分的，另扣减当季服务费的5%。
6.3 服务期满后，甲方按磋商文件的服务要求和全年考核记录组织年度验收，出具验收意见。
6.4 乙方未在2026年1月1日按时完成驻场人员进场和运维交接的，每逾期一日按合同总价的千分之一支付违约金。

6.5 年度验收合格是支付最后一个季度服务费的条件。年度验收不合格的，乙方应在20日内整改，整改期间甲方暂缓支付。
6.6 考核扣款从当季服务费中直接扣减；当季服务费不足扣减的，从下一季度服务费中扣减，服务期最后一季度不足的，乙方应在10日内补足。

7. 系统数据
7.1 船舶动态数据、雷达数据、平台日志及运维过程中产生的全部数据归甲方所有，乙方仅能为履行本合同使用。
7.2 服务期满或合同解除时，乙方应将运维文档、账号和备份介质全部移交甲方。

8. 保密
8.1 乙方及其人员对履约中接触的船舶信息、海事执法信息及甲方的工作秘密负有保密义务，不得向任何第三方透露。
8.2 驻场人员须签署保密承诺书。本条义务在合同终止后继续有效。

8.3 乙方应在服务期满或合同解除后将甲方提供的资料全部退还，不得留存复印件。

9. 知识产权
乙方在运维过程中编写的脚本、文档、接口适配程序及其源代码归甲方所有，甲方可自由使用和修改。

9.1 乙方对平台软件进行的缺陷修复和功能优化，应提交修改说明和更新后的源代码，由甲方统一保管。
9.2 乙方在运维中使用的自有工具软件，其知识产权仍归乙方，但乙方应允许甲方在服务期满后继续使用已部署的运维脚本。

10. 分包与转让
乙方不得将本合同的任何部分转包或分包给第三方。

11. 违约与解除
11.1 乙方连续两个季度考核得分低于70分，或发生严重违约经甲方书面通知后10日内未改正的，甲方有权解除本合同。
11.2 乙方违约给甲方造成损失的，应予赔偿。
11.3 甲方逾期付款的，按逾期金额每日万分之二支付违约金。

11.4 合同解除的，甲方按乙方实际提供服务的期间和考核结果结算服务费，乙方应配合甲方与新的运维单位完成交接，交接期不少于15日，交接期间乙方仍应履行运维义务。

12. 争议解决
履约中发生争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

12.1 因台风等不可抗力造成基站损毁的，乙方应在条件允许后立即组织抢修，抢修所需的大型设备购置费用由甲方另行承担，人工费用包含在合同价内。
12.2 本合同履行期间，乙方应遵守甲方的安全管理、门禁和值班制度，驻场人员进入指挥中心应佩戴工作证。
12.3 双方联系人：甲方为指挥中心主任，乙方为项目负责人。通知以书面形式送达本合同所载地址。

13. 其他
13.1 磋商文件、乙方响应文件、成交通知书及附件为本合同组成部分。
13.2 本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。

附件：1. 设备清单　2. 运维服务考核细则　3. 驻场人员名单

甲方：东港市海事局（盖章）　　　　经办人：__________
乙方：大连海图信息技术有限公司（盖章）　　法定代表人或授权代表：__________
日期：2025年12月　日
"""

Z05 = """# 仓储管理系统（WMS）软件许可及定制开发合同

> 本合同采用乙方标准合同文本《仓易通软件销售合同（范本）V4.0》

合同编号：CYT-XS-2025-1127

**甲方（买方）**：山西清源老陈醋酿造有限公司

**乙方（卖方）**：太原仓易通软件科技有限公司

甲方拟建设原料库、成品库和包材库的仓储管理系统。乙方同意按本合同向甲方提供仓易通WMS软件许可及定制开发服务。双方订立本合同如下。

## 第一条 合同标的

1.1 乙方向甲方提供仓易通WMS标准版软件许可（永久许可，3个仓库、60个用户），并在此基础上进行定制开发。

1.2 定制开发内容：高粱、麸皮等原料入库批次管理；陶缸陈酿批次与成品批次的追溯；与甲方用友U8系统的物料、出入库单据对接；手持终端（PDA）拣货作业界面。

## 第二条 合同价款

2.1 合同总价为人民币壹佰叁拾捌万元整（¥1,380,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 仓易通WMS标准版软件许可（永久） | 960,000 |
| 2 | 定制开发（批次追溯、U8对接、PDA界面） | 320,000 |
| 3 | 实施部署 | 80,000 |
| 4 | 培训 | 20,000 |
| | 合计 | 1,380,000 |

2.2 手持终端、条码打印机等硬件由甲方自行采购，不在本合同范围内。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的55%，即¥759,000，乙方收款后启动项目。

3.2 系统上线后5个工作日内，甲方支付剩余45%，即¥621,000。

3.3 甲方逾期付款的，乙方有权暂停服务，且甲方应按每日千分之一支付违约金。

## 第四条 交付与上线

4.1 乙方在收到首笔款项后75日内完成软件安装、定制开发和系统上线。

4.2 乙方逾期上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的3%。

4.3 因甲方原因（包括基础数据未按时提供、现场条件不具备）造成延误的，工期相应顺延。

4.4 甲方应在项目启动后10日内提供物料编码、库位规划、客户及供应商等基础数据，并指定项目联系人配合实施。甲方提出的需求变更，乙方有权另行收费并顺延工期。

4.5 乙方提供的实施服务包括：需求调研、系统安装、基础数据导入、流程配置、用户测试支持和上线支持。上线支持期为上线后10个工作日，期间乙方安排一名实施顾问远程值守。

4.6 甲方应自行准备服务器、数据库软件、网络及手持终端，并保证其满足乙方提供的配置要求。因甲方环境不满足要求导致的问题，不属于乙方责任。

## 第五条 验收

5.1 系统在甲方仓库上线运行，即视为甲方验收合格。

5.2 甲方在上线后对系统提出的修改意见，乙方将在质保服务中酌情处理。

5.3 甲方在上线后发现的系统问题，乙方在质保期内修复；上线前甲方未提出的需求，不属于修复范围。

5.4 系统上线时间以乙方发出的上线通知为准。甲方在收到上线通知后无正当理由拒绝使用系统的，视为系统已于通知之日上线。

## 第六条 质保服务

6.1 乙方自系统上线之日起提供六个月免费质保，包括缺陷修复和远程技术支持。

6.2 乙方提供5×8小时电话及远程支持。一级故障（系统无法出入库作业）乙方在接到报修后12小时内响应，二级故障48小时内响应，其他问题在下一版本中解决。

6.3 上述响应时间为乙方的服务目标，乙方不因响应或修复超时承担扣款、赔偿或违约金。

## 第七条 维护服务

7.1 免费质保期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的28%，即每年¥268,800，按服务年度预付。

7.2 甲方未购买年度维护服务的，乙方不再提供任何升级和技术支持。

7.3 年度维护服务内容包括：远程技术支持、软件补丁和版本升级。现场服务、二次开发和数据修复不在年度维护范围内，需要时按乙方当年的人天单价另行收费。

7.4 甲方中途停止购买年度维护服务后再次购买的，应补交中断期间的维护费。

## 第八条 知识产权

8.1 WMS软件及在本合同项下为甲方定制开发的全部程序、接口、界面、文档及源代码，其知识产权均归乙方所有。

8.2 甲方仅获得在本企业内部使用上述软件的非独占许可，不得修改、反编译或提供给第三方。乙方有权将定制开发成果用于其他客户。

8.3 乙方为甲方开发的报表格式和打印模板，乙方可纳入其标准产品向其他客户提供。

## 第九条 数据安全

9.1 甲方的库存、批次、客户和订单数据归甲方所有，乙方仅可为提供本合同服务使用。

9.2 系统部署在甲方服务器。乙方远程维护须经甲方同意并使用甲方指定的远程工具，维护结束后关闭账号；乙方应采取防病毒、访问控制和操作记录措施，不得拷贝甲方数据。

9.3 因乙方原因导致甲方数据泄露、丢失或损坏的，乙方应在24小时内告知甲方，协助恢复，并赔偿甲方因此遭受的直接损失。

9.4 乙方为提供服务可能需要获取甲方数据的备份用于问题分析，甲方应予配合。问题分析完成后，乙方应删除该备份。

## 第十条 保密

双方对在合作中获悉的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露，本条不因合同终止而失效。

## 第十一条 责任限制

11.1 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的20%。

11.2 乙方不对甲方的间接损失、利润损失、商誉损失承担责任。

11.3 因甲方使用不当、擅自修改系统配置或第三方软件原因造成的损失，乙方不承担责任。

11.4 甲方对乙方的任何索赔，应在索赔事由发生之日起30日内以书面形式提出，逾期视为放弃。

## 第十二条 合同解除

一方严重违约，经守约方书面通知后15日内仍未纠正的，守约方有权解除合同。

## 第十三条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十三条之一 培训与文档

培训包括仓库管理员、拣货员和系统管理员三类，合计不超过3天，在甲方现场进行。乙方提供电子版用户手册和管理员手册，不提供源代码和数据库设计文档。

## 第十三条之二 不可抗力

因不可抗力或网络运营商、第三方软件的原因导致系统不能正常运行的，乙方不承担责任。

## 第十四条 其他

14.1 本合同经双方签字盖章后生效，一式两份，双方各执一份。

14.2 本合同未约定的事项，以乙方官网公布的服务说明为准。

甲方（盖章）：山西清源老陈醋酿造有限公司　　代表签字：__________

乙方（盖章）：太原仓易通软件科技有限公司　　代表签字：__________

签订日期：2025年　月　日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. GS-DH-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Dehua Baiyun Ceramic Art Workshop Co., Ltd., a company established in the People's Republic of China with its registered office at No. 27 Xunzhong Road, Dehua County, Quanzhou, Fujian Province (the "Buyer"); and
P:(2) GlazeLab Software LLC, a limited liability company registered in Ukraine with its office at 14 Holovna Street, Chernivtsi, Ukraine (the "Vendor").
H:Recitals
P:A. The Buyer produces white porcelain tableware and figurines and keeps several hundred glaze recipes in spreadsheets and paper notebooks.
P:B. The Vendor develops Glaze Studio, a desktop application for glaze chemistry (Seger/UMF calculation, recipe versioning, test-tile records) and Kiln Curve, a firing-schedule module.
P:C. The Buyer wishes to buy perpetual licences of these products, together with a localised raw-materials database and related services, and the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means Glaze Studio Pro version 6 and the Kiln Curve module, in object code, with their user documentation.
P:1.2 "Localised Database" means the raw-materials database prepared by the Vendor for the Buyer under Article 2.2, containing the chemical analyses of the Buyer's kaolins, feldspars, quartz and frits from Dehua suppliers.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 6.3.
P:1.4 "Contract Price" means the total price in Article 3.1.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer non-exclusive, perpetual, irrevocable licences to install and use the Software on the number of workstations in Article 3.1, at the Buyer's premises in Dehua, for its own business.
P:2.2 The Vendor shall prepare the Localised Database from the laboratory analyses that the Buyer supplies, enter the Buyer's existing recipes (about 1,200) into the Software, configure Chinese-language recipe cards, and train the Buyer's glaze technicians.
P:2.3 Installation and training shall be performed remotely, with two training days delivered by the Vendor's consultant on site in Dehua.
H:Article 3 Price
P:3.1 At the Buyer's request all prices are stated and paid in Chinese yuan (CNY). The Contract Price is CNY 386,000, made up as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Glaze Studio Pro perpetual licence|6|38,500|231,000
TB:2|Kiln Curve module perpetual licence|2|26,000|52,000
TB:Licence subtotal||||283,000
TB:3|Localised Database (Dehua raw materials)|1|64,000|64,000
TB:4|Recipe migration from spreadsheets|1|18,000|18,000
TB:5|Installation and training|1|21,000|21,000
TB:Contract Price||||386,000
P:3.2 The Contract Price is fixed and includes all taxes and bank charges on the Vendor's side, travel costs of the on-site consultant, and all licence keys.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 77,200) within 15 days after signature of this Agreement, against the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 173,700) within 15 days after the Installation Certificate is signed. The Installation Certificate confirms only that the Software runs on all workstations; it is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 135,100) within 15 days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the Vendor's account named in its invoice. Each party bears its own bank charges.
H:Article 5 Delivery
P:5.1 The Vendor shall deliver the licence keys and install the Software within 20 days after receiving the payment under Article 4.1, and shall deliver the Localised Database and complete the recipe migration within 60 days after signature.
P:5.2 If the Vendor fails to meet a date in Article 5.1, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price. The Buyer may deduct such damages from any payment due.
P:5.3 The Vendor shall deliver with the Software an installation guide, a user manual and a short administrator guide, in English and in Chinese. The Chinese user manual may be a translation but shall cover all functions used in the acceptance tests.
P:5.4 The Buyer shall provide the laboratory analyses of its raw materials in the Vendor's spreadsheet format, give the Vendor remote access to one workstation for the migration, and make two glaze technicians available for the tests. Delays caused by the Buyer extend the dates in Article 5.1 accordingly.
H:Article 6 Acceptance
P:6.1 After the migration, the parties shall run the acceptance tests in the Annex. The tests shall show that (a) all migrated recipes open and their batch weights match the source spreadsheets; (b) the UMF results for 50 reference recipes chosen by the Buyer agree with the Buyer's reference calculations to within 0.5% for each oxide; (c) firing schedules export correctly to the Buyer's two kiln controllers; and (d) the Software runs for 10 working days in daily use without a defect that stops recipe calculation.
P:6.2 If a test fails, the Vendor shall correct the defect within 10 days and the test shall be repeated.
P:6.3 When all tests are passed, the Buyer shall sign a Final Acceptance certificate. Installation, use of the Software in production or any payment does not amount to acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software will perform substantially in accordance with its documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and supply new versions free of charge.
P:7.2 Support is provided by e-mail and through the Vendor's online ticket page during the Vendor's business hours in Chernivtsi. The Vendor will use commercially reasonable efforts to respond to and resolve support requests promptly, but gives no guaranteed response or resolution time.
P:7.3 After the Warranty Period the Buyer may order annual maintenance (updates and support as in Article 7.2). The annual maintenance fee is 11% of the Licence subtotal, that is CNY 31,130 per year, and will not be increased for three years after the Warranty Period. Maintenance is ordered year by year by purchase order and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software and all rights in it remain the property of the Vendor.
P:8.2 The Localised Database, the migrated recipe files, the Chinese recipe-card templates and any scripts written for the migration are made for the Buyer and belong to the Buyer, which may use, modify and license them freely, also with other software.
H:Article 9 Buyer Data and Security
P:9.1 The Buyer's recipes, test results and firing records ("Buyer Data") belong to the Buyer. The Vendor may use Buyer Data only to perform this Agreement.
P:9.2 The Software runs on the Buyer's own computers. The Vendor may access them only through remote sessions that the Buyer opens for each task and closes afterwards. The Vendor shall not copy Buyer Data to its own systems, except test files that the Buyer approves in writing, and shall delete them when the task is done.
P:9.3 The Vendor shall keep its remote-access tools patched, use multi-factor authentication for its staff and keep a log of every session. If the Vendor becomes aware of any unauthorised access to or loss of Buyer Data, it shall notify the Buyer within 24 hours and help to limit the damage. The Vendor is liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 The Vendor shall keep confidential the Buyer's glaze recipes, raw-material analyses, production methods and all other non-public information received under this Agreement, and shall not disclose them to any third party. This obligation survives termination without time limit.
P:10.2 The Buyer shall keep confidential the Vendor's non-public technical information and pricing.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price.
P:11.2 The limit does not apply to breach of Articles 9 and 10, to wilful misconduct or to infringement of third-party rights by the Software.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice, or if delay damages reach the maximum under Article 5.2.
P:13.2 On such termination the Vendor shall refund the amounts paid for the parts not accepted.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Ukraine.
P:14.2 Any dispute arising out of this Agreement shall be settled by the commercial court in Chernivtsi, Ukraine.
H:Article 14A Force Majeure and Notices
P:14A.1 Neither party is liable for delay caused by events beyond its reasonable control, such as war, natural disaster, power failure or government action, provided it notifies the other party promptly and resumes performance as soon as possible. If such an event prevents performance for more than 90 days, either party may terminate the parts not yet performed.
P:14A.2 Notices under this Agreement shall be in writing and sent by e-mail with a copy by courier to the addresses above.
H:Article 15 General
P:15.1 This Agreement is made in English and Chinese. Both versions have equal force.
P:15.2 Amendments must be in writing and signed by both parties.
P:Annex: Acceptance test plan.
P:For the Buyer: ____________________  Date: ____________
P:For the Vendor: ____________________  Date: ____________
"""

E02 = """# TrailDesk Order Form and General Terms

**Order Form No.** TD-OF-2025-0093

**Vendor:** TrailDesk Ltd, a company registered in Georgia, 41 Zurab Gorgiladze Street, Batumi 6000, Georgia ("TrailDesk").

**Customer:** Lhasa Snowline Outdoor Adventure Co., Ltd., Beijing Middle Road, Chengguan District, Lhasa, Tibet Autonomous Region, People's Republic of China ("Customer").

This Order Form (Part A) and the General Terms (Part B) together form the agreement between TrailDesk and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## Part A - Order Form

### A1. Services

TrailDesk will provide its TrailDesk cloud booking platform to Customer: online booking for treks and expeditions, guide and porter scheduling, permit tracking for restricted areas, deposit and balance invoicing, and a traveller portal in Chinese and English.

### A2. Subscription Term

The subscription runs for two Subscription Years from the Go-Live Date. A "Subscription Year" is the period from the Go-Live Date to the day before its first anniversary, and each following period between two anniversaries.

### A3. Fees

At Customer's request all fees are stated and paid in Chinese yuan (CNY).

| Item | Basis | Fee (CNY) |
|---|---|---|
| Platform base subscription | per Subscription Year | 96,000 |
| Booking engine, 3 sales channels (website, WeChat mini-program, agent portal) | per Subscription Year | 42,000 |
| Guide, porter and permit module | per Subscription Year | 30,000 |
| Subscription fees per Subscription Year | | 168,000 |
| Subscription fees for two Subscription Years | | 336,000 |
| One-time set-up, catalogue import and training | once | 24,000 |
| **Total Order Value** | | **360,000** |

Payment processing fees charged by third-party payment providers are not included.

### A4. Invoicing and Payment

(a) Subscription fees are invoiced quarterly in arrears, at the end of each calendar quarter of the Subscription Term, pro rata for partial quarters.

(b) The set-up fee is invoiced after the Go-Live Acceptance under A6.

(c) Invoices are payable within 30 days. No amount is payable before the Go-Live Date.

### A5. Implementation Timetable

TrailDesk will aim to complete the set-up by 1 March 2026, so that Customer can take bookings for the spring trekking season. TrailDesk will use reasonable efforts to meet this date but dates in this Order Form are estimates.

### A6. Go-Live Acceptance

Before go-live the parties will run the acceptance checks agreed in the implementation plan: (i) Customer's full catalogue of 64 itineraries is imported with prices, departure dates and group sizes; (ii) a test booking is completed through each of the three sales channels, including deposit payment and confirmation e-mail; (iii) deposit and balance records reconcile with the payment provider's statement for all test bookings; and (iv) permit deadlines and guide assignments appear correctly in the schedule. Customer signs the Go-Live Acceptance form when the checks pass. Use of the platform for live bookings before that signature does not mean the checks have been passed.

### A7. Contacts

Customer: operations manager, Lhasa office. TrailDesk: customer success manager, Batumi office.

## Part B - General Terms

### B1. Access and Use

1.1 TrailDesk grants Customer a non-exclusive, non-transferable right to use the platform during the Subscription Term for its own business, for the number of users in the Order Form.

1.2 Customer is responsible for its users' accounts and for the accuracy of the itineraries, prices and traveller information it enters.

1.3 TrailDesk may update the platform from time to time, provided the functions used by Customer are not materially reduced. TrailDesk will announce major changes at least 14 days in advance through the platform's release notes.

1.4 Customer shall not resell access to the platform, attempt to copy its source code or use it to process data of persons who are not Customer's travellers, staff or agents.

1.5 TrailDesk will provide two online training sessions for Customer's office staff and guides before go-live, and recorded training videos in Chinese.

### B2. Service Levels

2.1 TrailDesk will make the platform available at least 99.95% of each calendar month, excluding planned maintenance announced 48 hours in advance and carried out between 02:00 and 06:00 Beijing time.

2.2 Support requests are classified as follows:

| Priority | Description | Response time | Target resolution |
|---|---|---|---|
| P1 | Platform down, or no booking can be taken | 1 hour, 24x7 | 6 hours |
| P2 | A major function (payments, permits, schedule) unavailable | 3 hours, business days | 2 business days |
| P3 | Other issues and questions | 1 business day | next release |

2.3 The service levels in this clause are targets. TrailDesk does not give service credits, fee reductions or any other compensation if a target is missed, and missing a target is not in itself a breach of the Agreement.

### B3. Customer Data

3.1 All data entered by Customer or its travellers, including traveller names, passport and permit details, booking and payment records ("Customer Data"), belongs to Customer. TrailDesk uses Customer Data only to provide the services to Customer and for no other purpose.

3.2 Customer Data is hosted in a data centre in mainland China operated by the hosting provider named in the implementation plan, which TrailDesk has approved and Customer has accepted under B7.

### B4. Security

4.1 TrailDesk will keep Customer Data encrypted in transit and at rest, restrict access to named staff with multi-factor authentication, log all administrative access, and back up Customer Data daily with a copy kept for 30 days.

4.2 TrailDesk will notify Customer within 48 hours after becoming aware of any security breach affecting Customer Data, investigate it and take steps to contain it. TrailDesk is responsible for losses suffered by Customer as a result of a breach caused by TrailDesk's failure to comply with this clause.

4.3 At the end of the Subscription Term TrailDesk will provide an export of all Customer Data and then delete it within 30 days.

4.4 TrailDesk will carry out an external penetration test of the platform at least once in each Subscription Year and give Customer a summary of the results and of the fixes made.

4.5 Customer is responsible for keeping its users' passwords secret and for removing accounts of staff who leave.

### B5. Intellectual Property

5.1 The platform and all improvements to it belong to TrailDesk.

5.2 Itinerary templates, booking forms, e-mail texts and reports configured for Customer belong to Customer, who may copy, modify and use them with any other system.

5.3 Each party retains all rights in the materials it had before the Agreement. Customer's photographs, itinerary descriptions and logos remain Customer's property and TrailDesk may use them only to display Customer's trips on the platform.

### B6. Confidentiality

Each party will keep the other party's non-public business information confidential, use it only for this Agreement and disclose it only to staff and advisers who need to know it. This obligation continues for three years after the Agreement ends.

### B7. Subprocessors

TrailDesk may not engage any subcontractor or subprocessor to process Customer Data without Customer's prior written consent. The hosting provider named in the implementation plan is approved by signature of this Order Form.

### B8. Renewal

After the Subscription Term the Agreement renews for further Subscription Years at the same fees and on the same terms unless either party gives written notice of non-renewal at least 60 days before the end of the current period.

### B9. Liability

9.1 Each party's total liability under the Agreement is limited to twice the Total Order Value.

9.2 Neither party is liable for indirect or consequential loss or loss of profit. The limit in 9.1 does not apply to breach of B4 or B6 or to wilful misconduct.

### B10. Termination

10.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

10.2 On termination by Customer under 10.1, TrailDesk will refund any fees paid for the period after termination.

### B11. Governing Law and Disputes

This Agreement is governed by the laws of Georgia. The courts of Batumi, Georgia have exclusive jurisdiction over any dispute arising out of it.

### B11A. Force Majeure

Neither party is liable for failure or delay caused by events beyond its reasonable control, including natural disasters, road closures, epidemics, failures of public networks and government action. The affected party shall notify the other party promptly and resume performance as soon as it can. Customer's payment obligations for services actually provided are not suspended by such events.

### B11B. Suspension

TrailDesk may suspend access only if an invoice remains unpaid for more than 30 days after a written reminder, or if suspension is needed to stop a serious security threat. In the second case TrailDesk will inform Customer immediately and restore access as soon as the threat has been removed.

### B12. General

12.1 Neither party may assign the Agreement without the other's written consent.

12.2 Notices must be in writing and sent to the contacts in A7.

12.3 This Agreement is the entire agreement between the parties on its subject.

**Signed for TrailDesk:** ____________________ Date: __________

**Signed for Customer:** ____________________ Date: __________
"""

E03 = """T:Purchase Contract for Drying-Shed Monitoring System
P:Contract No. NXHQ-CG-2025-031
P:Buyer: Ningxia Hongqi Goji Plantation Co., Ltd., Zhongning County, Zhongwei City, Ningxia Hui Autonomous Region, China (the "Buyer").
P:Supplier: Lori Agrosense CJSC, a company incorporated in the Republic of Armenia, 5 Tigran Mets Street, Vanadzor, Armenia, acting in China through its service office in Yinchuan (the "Supplier").
P:Background: The Buyer dries fresh goji berries in eight greenhouse-type drying sheds. Uneven temperature and humidity cause mould and dark fruit. The Buyer issued a request for quotation in June 2025, and the Supplier's offer of 12 July 2025 was selected. This Contract is on the Buyer's standard purchase terms.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission a wireless monitoring system for the eight drying sheds, consisting of temperature and humidity sensors, air-flow sensors, LoRa gateways, the AgroSense Monitor software, and custom alarm rules and dashboards for the Buyer's drying process.
P:1.2 The system shall record temperature, relative humidity and air flow at 15 points per shed at least every minute, show live readings on the control-room screen and on mobile phones, and raise alarms when a reading leaves the range set for each drying stage.
P:1.3 The Supplier shall train the Buyer's shed operators and maintenance staff.
P:1.4 All sensors shall be rated for continuous operation between 0 °C and 85 °C and up to 95% relative humidity, with housings suitable for contact with food-processing air. Gateways shall continue to store readings locally for at least 72 hours if the link to the server is lost, and upload them when the link returns.
P:1.5 The Supplier shall deliver installation drawings, a sensor location plan, calibration certificates for every sensor, and operating and maintenance manuals in Chinese.
H:Section 2 Price
P:2.1 At the Buyer's request the price is stated and paid in Chinese yuan (CNY). The total Contract Price is CNY 368,000, including VAT, customs duties, transport to site and all other costs of the Supplier:
TB:No.|Item|Quantity|Amount (CNY)
TB:1|Temperature and humidity sensors, food-grade housing|120|138,000
TB:2|LoRa gateways with 4G backup link|8|52,000
TB:3|AgroSense Monitor software, perpetual licence for 8 sheds|1|96,000
TB:|Hardware and Licence Subtotal||286,000
TB:4|Installation, cabling and calibration|1 lot|41,000
TB:5|Custom alarm rules and drying-stage dashboards|1 lot|33,000
TB:6|Training|1 lot|8,000
TB:|Total Contract Price||368,000
P:2.2 The Contract Price is fixed. Changes to the scope require a written change order signed by both parties.
H:Section 3 Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 36,800) within 20 days after signature, against the Supplier's invoice.
P:3.2 Delivery payment: 55% of the Contract Price (CNY 202,400) within 20 days after all equipment is delivered and installed and the Buyer has signed the installation record. The installation record is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 128,800) within 20 days after Final Acceptance under Section 5.
H:Section 4 Delivery and Delay
P:4.1 The Supplier shall complete delivery and installation by 15 August 2026, before the main harvest, and shall be ready for acceptance testing by 31 August 2026.
P:4.2 If the Supplier is late, it shall pay liquidated damages of 0.08% of the Contract Price for every day of delay, up to 10% of the Contract Price. The Buyer may deduct them from any payment.
H:Section 5 Acceptance
P:5.1 Acceptance tests are carried out during the first drying cycle after installation. The system passes when: (a) every sensor reads within 0.5 °C and 3% RH of the Buyer's calibrated reference instrument; (b) over 14 consecutive days, no shed has a data gap longer than 10 minutes; (c) each alarm rule is triggered in a test and reaches the control room and the duty operator's phone within one minute; and (d) the dashboards show all drying stages as set out in the Buyer's process sheet.
P:5.2 When the tests are passed the Buyer issues a Final Acceptance certificate. Installation, use of the system during harvest, or any payment does not mean acceptance. If a test fails, the Supplier shall remedy the defect within 7 days and the test is repeated.
H:Section 6 Warranty and After-Sales Service
P:6.1 The Supplier warrants the equipment and software for 24 months from Final Acceptance. Defective sensors and gateways are replaced free of charge, including transport and labour.
P:6.2 Faults are handled by the Supplier's Yinchuan service office as follows: Severity 1 (monitoring of one or more sheds lost during a drying cycle): response within 1 hour, engineer on site within 10 hours, restoration within 24 hours; Severity 2 (single sensors or the mobile alarm channel not working): response within 8 hours, repair within 3 days; Severity 3 (other issues): next working day.
P:6.3 For every hour by which the Supplier misses a Severity 1 response or on-site time, it shall pay the Buyer CNY 300, deductible from any amount due.
P:6.4 After the warranty the Buyer may order annual after-sales service (spare sensors, recalibration before each harvest, software updates). The annual fee is 8% of the Hardware and Licence Subtotal, CNY 22,880, fixed for the first three years after the warranty. The service is ordered by the Buyer each year and does not renew automatically.
P:6.5 Before each harvest season during the warranty the Supplier shall recalibrate all sensors against a reference instrument and replace any sensor that cannot be brought within the tolerance in Section 5.1.
P:6.6 The Supplier shall keep a stock of spare sensors and one spare gateway at its Yinchuan service office throughout the warranty.
H:Section 7 Data and Security
P:7.1 All readings, alarm records and process settings ("Buyer Data") belong to the Buyer. The Supplier may use them only to perform this Contract.
P:7.2 The monitoring software is installed on the Buyer's server in the control room. The Supplier shall set up access accounts with individual passwords, keep the gateways and server patched during the warranty, and access the system remotely only with the Buyer's approval for each session.
P:7.3 If Buyer Data is lost, altered or accessed without authorisation, the Supplier shall inform the Buyer within 12 hours and help restore the data. The Supplier is liable for damage caused by its breach of this Section.
P:7.4 At the end of the warranty, or earlier on the Buyer's request, the Supplier shall hand over all administrator passwords and remove any remote-access accounts it holds, and the Buyer shall change the passwords.
P:7.5 The Supplier shall ensure that its staff who work on site or remotely comply with the Buyer's site rules and information-security instructions.
H:Section 8 Intellectual Property
P:8.1 The AgroSense Monitor software remains the Supplier's property and is licensed to the Buyer perpetually for the eight sheds and any replacement server.
P:8.2 The custom alarm rules, dashboards and drying-stage settings are made for the Buyer, belong to the Buyer and may be freely used and modified by the Buyer or by another contractor.
P:8.3 The Supplier warrants that the equipment and software do not infringe the rights of any third party and shall defend and indemnify the Buyer against any claim that they do.
P:8.4 The Supplier shall give the Buyer the export settings of the dashboards so that they can be reproduced if the server is replaced.
H:Section 9 Confidentiality
P:The Supplier shall keep confidential the Buyer's drying process, yields and any other non-public information received under this Contract and shall not disclose it to third parties, during the Contract and for three years afterwards.
P:9.2 The Buyer may disclose this Contract and its technical documents to its auditors, banks and government authorities where required by law.
H:Section 10 Liability
P:The Supplier's total liability under this Contract is limited to twice the Contract Price, except for personal injury and wilful misconduct, which are not limited.
H:Section 11 Subcontracting
P:The Supplier may not subcontract any part of the work without the Buyer's prior written consent.
H:Section 12 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier materially breaches it and does not cure the breach within 15 days after notice, or if liquidated damages reach the cap in Section 4.2.
H:Section 13 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Yinchuan Arbitration Commission for arbitration in Yinchuan.
H:Section 13A Force Majeure
P:Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party within 5 days and takes reasonable steps to limit the effect. Dates are extended by the duration of the event. If the event lasts more than 60 days, the Buyer may terminate the Contract and the Supplier shall refund payments for equipment not delivered.
H:Section 13B Customs and Import
P:The Supplier is the importer of record for equipment shipped from Armenia and shall bear all import formalities, duties and certification costs, including any compulsory product certification required in China. Title and risk in the equipment pass to the Buyer on delivery to the Buyer's site.
H:Section 14 Miscellaneous
P:This Contract is signed in two English originals and two Chinese originals, all equally valid. It takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Backup Services Agreement

Agreement reference: IRT-MBS-2025-17

**Between**

1. **Danyang Clearview Optical Lens Co., Ltd.**, Development Zone, Danyang, Jiangsu Province, People's Republic of China (the "Customer"); and
2. **Irtysh DataGuard LLP**, a limited liability partnership registered in the Republic of Kazakhstan, 62 Lomov Street, Pavlodar, Kazakhstan (the "Provider").

**Background**

(A) The Customer makes resin and glass spectacle lenses and runs its ERP, MES, lens-design and e-commerce systems on 140 servers in its own server room in Danyang.

(B) The Customer wants an independent provider to run its backups, keep an off-site copy and prove regularly that systems can be restored.

(C) The Provider operates backup services from a leased data-centre suite in Shanghai and has offered to serve the Customer from there.

**It is agreed:**

## 1. Definitions

1.1 "Services" means the managed backup services described in clause 2 and Schedule 1.

1.2 "Customer Data" means all data of the Customer that is backed up, stored or handled by the Provider.

1.3 "Service Start Date" means the date of the Service Acceptance certificate under clause 4.

1.4 "Term" means 24 months from the Service Start Date.

## 2. Services

2.1 The Provider shall install and manage backup software and an on-site backup appliance in the Customer's server room, back up all 140 servers (about 38 TB of protected data) according to the backup policy in Schedule 1, and replicate encrypted copies to the Provider's Shanghai suite every night.

2.2 The Provider shall monitor every backup job, re-run failed jobs, and send the Customer a weekly job report and a monthly service report.

2.3 Every quarter the Provider shall carry out a restore test of the ERP and MES systems to an isolated environment, witnessed by the Customer, and report the restore times.

## 3. Onboarding

3.1 The Provider shall complete onboarding (appliance installation, agent roll-out, first full backup and first replication) within 45 days after signature.

3.2 If onboarding is not completed in time for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay, up to CNY 20,000.

## 4. Service Acceptance

4.1 Service Acceptance requires that: (a) the first full backup of all 140 servers has completed without error; (b) the first replication to Shanghai has completed and its checksums match; (c) a test restore of the ERP database and one MES server has been completed within the restore times in Schedule 1; and (d) the Customer has received the as-built documentation.

4.2 When the criteria are met the Customer shall sign the Service Acceptance certificate. Installation of the appliance or the running of backup jobs before that date does not mean acceptance.

3.3 The Customer shall provide rack space, power and network connections in its server room for the appliance, and administrator access to the servers for the installation of backup agents.

3.4 The Provider shall agree a detailed onboarding plan with the Customer within 10 days after signature, covering the order in which servers are added and the backup windows for each system, so that production is not disturbed.

## 5. Service Levels and Service Credits

5.1 Incidents are handled under the priority levels in Schedule 1.

5.2 The customer portal for backup reports and restore requests shall be available at least 99.95% of each month.

5.3 If the Provider misses a P1 or P2 response or restore time, or the portal availability target, the Customer is entitled to the service credits in Schedule 2, deducted from the next invoice.

5.4 The Provider shall send a monthly service report showing completed and failed backup jobs, replication status, restore tests, incidents and any service credits due.

## 6. Charges and Payment

6.1 At the Customer's request all charges are stated and paid in Chinese yuan (CNY), as set out in Schedule 2.

6.2 The onboarding charge is invoiced after Service Acceptance. The monthly service charge is invoiced monthly in arrears. Invoices are payable within 30 days. No charges are payable in advance.

## 7. Customer Data

7.1 Customer Data belongs to the Customer. The Provider shall use it only to provide the Services, shall not analyse, aggregate or reuse it for any other purpose, and shall return or delete it at the end of the Term as the Customer directs.

7.2 Customer Data shall be stored only in the Customer's server room and in the Provider's Shanghai suite, and shall not leave mainland China.

## 8. Security

8.1 All backup copies shall be encrypted with AES-256. The encryption keys are held in the Customer's key vault; the Provider's staff cannot read Customer Data without the Customer releasing a key for a restore.

8.2 The Provider shall keep its Shanghai suite at MLPS level 3, limit access to named engineers with multi-factor authentication, log all administrative actions and keep the logs for 180 days.

8.3 The Provider shall notify the Customer within 24 hours of any security incident affecting Customer Data, cooperate in the investigation and bear the losses caused by any incident arising from its breach of this clause.

## 9. Confidentiality

Each party shall keep confidential all non-public information of the other party obtained under this Agreement, including the Customer's lens designs, prices and customer lists, and shall not disclose it to any third party without the other party's written consent. This clause survives the end of the Agreement.

9.1 The Provider shall ensure that all its engineers who have access to the Customer's systems have signed confidentiality undertakings at least as protective as this clause.

## 10. Intellectual Property

The Provider's backup software remains the property of its licensors. The backup policies, runbooks and restore procedures written for the Customer belong to the Customer and may be used and changed by the Customer or another provider.

## 11. Subcontracting

The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Customer consents to the Shanghai data-centre operator named in Schedule 2 as the Provider's colocation supplier.

## 12. Liability

12.1 The Provider's total liability under this Agreement is limited to 150% of the total charges in Schedule 2.

12.2 The limit does not apply to breach of clauses 8 and 9, to wilful misconduct or to gross negligence.

## 13. Term and Termination

13.1 This Agreement runs for the Term and then ends. It does not renew automatically; any extension must be agreed in writing.

13.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 20 days after notice, or if the Provider fails three restore tests in a row.

13.3 On termination or expiry the Provider shall, for up to 60 days, support the transfer of backups to the Customer or a new provider at no extra charge.

## 14. Governing Law and Arbitration

14.1 This Agreement is governed by the law of the Republic of Kazakhstan.

14.2 Any dispute shall be finally settled by arbitration under the rules of the International Arbitration Centre of the Astana International Financial Centre, seated in Astana, in English.

## 14A. Force Majeure

Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, failures of public power or telecommunications networks, or government action, if it notifies the other party promptly and takes reasonable steps to limit the effect. The Provider shall nevertheless keep the off-site copies safe and available for restore.

## 15. General

15.1 Notices shall be in writing and sent to the addresses above.

15.2 This Agreement, with its Schedules, is the entire agreement between the parties on its subject.

## Schedule 1 - Backup Policy and Priority Levels

Backup policy: ERP and MES databases every 6 hours with log backups every 15 minutes; all other servers nightly; 35 daily and 8 monthly copies kept; off-site replication nightly.

| Priority | Definition | Response | Restore / resolution |
|---|---|---|---|
| P1 | ERP or MES restore needed, or no backup of ERP/MES for 24 hours | 30 minutes, 24x7 | restore started within 1 hour; ERP restored within 6 hours |
| P2 | Failed backups of other servers for two nights, or replication stopped | 2 hours | 1 business day |
| P3 | Report, portal or configuration requests | next business day | 5 business days |

## Schedule 2 - Charges and Service Credits

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding (appliance set-up, agents, first full backup) | once | 36,400 |
| Monthly service charge (140 servers, up to 42 TB protected) | per month | 21,400 |
| Monthly service charge for the Term | 24 months | 513,600 |
| **Total charges** | | **550,000** |

Service credits: 5% of the monthly charge for each missed P1 response or restore time; 2% for each missed P2 time; 3% if portal availability in a month is below target. Credits in a month are limited to half of that month's charge.

Colocation supplier approved under clause 11: Shanghai Huadong Data Centre Co., Ltd.

**Signed** for the Customer: ____________________ Date: __________

**Signed** for the Provider: ____________________ Date: __________
"""

E05 = """EXPORT SCREENING API SUBSCRIPTION AGREEMENT

Agreement No. AZT-SZ-2025-208

PARTIES

Shenzhen Skyward Drone Export Services Co., Ltd., Nanshan District, Shenzhen, Guangdong Province, People's Republic of China ("Customer").

Antep Compliance Technologies A.S., a joint-stock company incorporated in the Republic of Turkiye, Sehitkamil district, Gaziantep, Turkiye ("Vendor").

BACKGROUND

Customer operates an online platform through which Chinese drone and drone-component manufacturers sell to foreign buyers. Many of these products are dual-use items. Before each order is confirmed, Customer must check the product classification, the destination and the end user against export-control lists. Vendor operates the ExportGuard screening API, which returns a licence requirement assessment and list matches for each query. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the ExportGuard screening interface, its sandbox and its documentation.

1.2 "Query" means one request sent by Customer to the API for one order line.

1.3 "Customer Data" means all data sent by Customer in Queries, including product descriptions, classification codes, buyer and end-user names, addresses and destinations, and the results returned for them.

1.4 "Subscription Year" means each successive annual period starting on the Activation Date or on its anniversary.

1.5 "Activation Date" means the date of the Integration Acceptance certificate under clause 4.

2. SERVICES

2.1 Vendor shall provide Customer with access to the API for the Term, with the list coverage, Query volume and support described in the Schedule.

2.2 Vendor shall update the screening lists within 24 hours after each official publication by the relevant authorities listed in the Schedule.

2.3 Vendor shall provide integration support to Customer's developers, including a sandbox, test data and two online workshops, at no additional charge.

3. TERM

3.1 This Agreement starts on signature and the subscription runs for two Subscription Years from the Activation Date (the "Term").

3.2 The Agreement ends at the end of the Term. It does not renew automatically; any renewal requires a new written order.

4. INTEGRATION ACCEPTANCE

4.1 Vendor shall make the production API available to Customer within 20 days after signature.

4.2 Integration Acceptance requires that (a) 500 test Queries prepared by Customer return results matching Customer's reference results, with every list match correctly reported; (b) the average response time for single Queries over one test day is below 800 milliseconds; and (c) Customer's order system has processed test orders through the API in its staging environment without error.

4.3 When these criteria are met Customer signs the Integration Acceptance certificate. Use of the production API before that date does not constitute acceptance.

4.4 If Vendor fails to make the production API available by the date in 4.1, Vendor shall pay Customer CNY 400 for each day of delay.

4.5 Vendor shall keep the sandbox available throughout the Term so that Customer can test changes to its order system before they go live.

5. FEES AND PAYMENT

5.1 At Customer's request all fees are stated and paid in Chinese yuan (CNY). The fees are set out in the Schedule.

5.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days after the invoice. There are no set-up, integration or other one-time fees.

5.3 Queries in excess of the annual volume in the Schedule are charged at the overage rate in the Schedule and invoiced quarterly in arrears.

6. SERVICE LEVELS

6.1 The API shall be available at least 99.95% of each calendar month, excluding maintenance announced 72 hours in advance.

6.2 Incidents are classified and handled as follows: Priority 1 (API unavailable or returning wrong list results): response within 30 minutes at any time, workaround within 3 hours; Priority 2 (degraded performance or a list update late): response within 2 hours; Priority 3 (documentation or account questions): response within one business day.

6.3 If a service level is missed, Customer receives the service credits set out in the Schedule.

6.4 Vendor shall give Customer at least 30 days' notice of any change to the API that is not backward compatible, and shall keep the previous version available during that period.

7. CUSTOMER DATA

7.1 Customer Data belongs to Customer.

7.2 Customer grants Vendor a licence to use Customer Data, in anonymised form and combined with data from other customers, to improve its screening models, classification suggestions and list-matching algorithms, and to publish aggregated statistics on export screening. This licence continues after the end of the Agreement.

7.3 Apart from clause 7.2, Vendor shall use Customer Data only to provide the services.

8. DATA SECURITY

8.1 Vendor shall process Customer Data only on servers located in Singapore that are certified to ISO/IEC 27001, encrypt Customer Data in transit and at rest, and restrict access to named staff using multi-factor authentication.

8.2 Vendor shall notify Customer within 24 hours after becoming aware of any unauthorised access to, or loss of, Customer Data, and shall take immediate steps to contain it.

8.3 Vendor shall be responsible for losses suffered by Customer as a result of a security incident caused by Vendor's failure to comply with this clause 8.

9. LIMITATION OF LIABILITY

9.1 Vendor's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the subscription fees paid by Customer in the three months preceding the event giving rise to the claim.

9.2 Vendor is not liable for any export-control decision made by Customer, for fines imposed on Customer, or for any indirect or consequential loss.

9.3 Each party shall use reasonable efforts to mitigate any loss arising from a breach by the other party.

10. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information, including Customer's sales and customer information and Vendor's pricing, and shall not disclose it to any third party except its professional advisers. This obligation continues for three years after the end of the Agreement.

11. INTELLECTUAL PROPERTY

11.1 The API, the screening lists and Vendor's software belong to Vendor.

11.2 Screening rule sets, product mappings and report templates configured specifically for Customer belong to Customer, which may use and modify them freely, also with another provider.

11.3 Vendor shall provide Customer with monthly usage reports showing the number of Queries, response times and list update times, and with the API documentation in English and Chinese.

11.4 Customer is responsible for its own export-control decisions. The API results support, but do not replace, Customer's compliance review.

12. SUBCONTRACTING

Vendor shall not subcontract the provision of the services or the processing of Customer Data without Customer's prior written consent.

12.1 Vendor remains responsible for the performance of any subcontractor approved by Customer as for its own performance.

13. TERM COMMITMENT AND TERMINATION

13.1 The subscription is a firm commitment for the Term. Customer may not terminate this Agreement before the end of the Term for any reason, including breach by Vendor. Customer's sole remedies for breach are the service credits in the Schedule and damages within the limit in clause 9.

13.2 Vendor may suspend access or terminate this Agreement by written notice if Customer does not pay an undisputed invoice within 30 days after a payment reminder.

13.3 On expiry of the Term, Vendor shall, on Customer's request made within 30 days, provide an export of Customer's screening history and configured rule sets in a common machine-readable format, and then delete Customer Data from its production systems, except where clause 7.2 applies.

14. GOVERNING LAW AND DISPUTES

14.1 At Customer's request, this Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen, in English.

14A. FORCE MAJEURE

Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, war, failures of public networks or government action, provided that it notifies the other party promptly and resumes performance as soon as possible. Customer's payment obligations for services actually provided are not affected.

14B. NOTICES

Notices shall be given in writing by e-mail to the contacts named by each party, with a copy by courier for notices of breach or termination.

15. GENERAL

15.1 This Agreement, including the Schedule, is the entire agreement of the parties on its subject.

15.2 Any amendment must be in writing and signed by both parties.

SCHEDULE - SERVICE PLAN, FEES AND CREDITS

A. Service plan: ExportGuard Professional, single production key and sandbox key, up to 60,000 Queries per Subscription Year, lists covered: China export control lists, EU dual-use list, US Commerce Control List and Entity List, UN sanctions lists, UK and Turkiye national lists.

B. Fees:

Subscription fee, Subscription Year 1: CNY 186,000
Subscription fee, Subscription Year 2: CNY 186,000
Total subscription fees for the Term: CNY 372,000
Overage: CNY 2.80 per Query above the annual volume

C. Service credits:

Monthly availability below target: 5% of the monthly equivalent of the subscription fee for each 0.5 percentage point or part of it below target.
Priority 1 response missed: CNY 1,000 per incident.
List update later than 24 hours: CNY 500 per day of delay.
Credits in any month are limited to the monthly equivalent of the subscription fee.

Signed for Customer: ____________________   Date: __________

Signed for Vendor: ____________________   Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# Targets
FILES = {
    "h375z01": ("h375z01_local_gazetteer_digital_museum_platform", "pdf", Z01),
    "h375z02": ("h375z02_ice_plant_ammonia_refrigeration_control_retrofit", "docx", Z02),
    "h375z03": ("h375z03_print_shop_chain_order_saas_implementation", "txt", Z03),
    "h375z04": ("h375z04_maritime_vessel_monitoring_annual_om", "txt", Z04),
    "h375z05": ("h375z05_vinegar_plant_wms_supplier_template", "md", Z05),
    "h375e01": ("h375e01_dehua_porcelain_glaze_software_ukraine", "pdf", E01),
    "h375e02": ("h375e02_lhasa_trekking_booking_saas_georgia", "md", E02),
    "h375e03": ("h375e03_ningxia_goji_drying_shed_sensors_armenia", "docx", E03),
    "h375e04": ("h375e04_danyang_lens_managed_backup_kazakhstan", "md", E04),
    "h375e05": ("h375e05_shenzhen_drone_export_screening_api_turkiye", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def terms(avail, p1, remedy, ds, owns, conf, ld, cap, prep, acc, final, warr, pwf, auto, term, sub, law, kind,
          ip="buyer"):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, ds, owns, conf, ld, cap, prep, acc, final, warr, pwf, auto,
                                term, sub, law, kind]))


# Labels: expected_terms, expected_extra (sla_clause, ld_stated, [post_warranty_fee_capped], deemed, value), category,
# fee base for TCO (goods only), hand-listed expected rules.
LABELS = {
    "h375z01": dict(category="software",
                    t=terms(99.95, 0.5, True, True, True, True, 0.1, None, 20, True, True, 36, 10, False, True, False,
                            "PRC", "goods_or_licence"),
                    sla=True, ld_stated=True, capped=True, deemed=False, value=2520000, fee_base=1180000,
                    rules=[]),
    "h375z02": dict(category="hardware",
                    t=terms(None, 0.5, True, True, True, False, 0.08, None, 20, True, True, 24, 9, False, True, True,
                            "PRC", "goods_or_licence"),
                    sla=True, ld_stated=True, capped=True, deemed=False, value=1450000, fee_base=1112000,
                    rules=["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"]),
    "h375z03": dict(category="cloud",
                    t=terms(99.5, 0.5, True, True, False, True, 0.06, 150, None, True, None, None, None, True, True,
                            False, "PRC", "service"),
                    sla=True, ld_stated=True, deemed=False, value=1200000,
                    rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h375z04": dict(category="services",
                    t=terms(99.5, 0.25, True, False, True, True, 0.1, None, None, True, None, None, None, False, True,
                            False, None, "service"),
                    sla=True, ld_stated=True, deemed=False, value=820000,
                    rules=["CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"]),
    "h375z05": dict(category="software",
                    t=terms(None, 12, False, True, True, True, 0.02, 20, 55, False, False, 6, 28, False, True, None,
                            None, "goods_or_licence", ip="supplier"),
                    sla=True, ld_stated=True, capped=True, deemed=True, value=1380000, fee_base=960000,
                    rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                           "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                           "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h375e01": dict(category="software",
                    t=terms(None, None, False, True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False,
                            "Ukraine", "goods_or_licence"),
                    sla=False, ld_stated=True, capped=True, deemed=False, value=386000, fee_base=283000,
                    rules=["CR-GOVERNING-LAW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "h375e02": dict(category="cloud",
                    t=terms(99.95, 1, False, True, True, True, None, 200, None, True, None, None, None, False, True,
                            False, "Georgia", "service"),
                    sla=True, ld_stated=False, deemed=False, value=360000,
                    rules=["CR-GOVERNING-LAW", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"]),
    "h375e03": dict(category="hardware",
                    t=terms(None, 1, True, True, True, True, 0.08, 200, 10, True, True, 24, 8, False, True, False,
                            "PRC", "goods_or_licence"),
                    sla=True, ld_stated=True, capped=True, deemed=False, value=368000, fee_base=286000,
                    rules=[]),
    "h375e04": dict(category="cloud",
                    t=terms(99.95, 0.5, True, True, True, True, 500 / 550000 * 100, 150, None, True, None, None, None,
                            False, True, False, "Kazakhstan", "service"),
                    sla=True, ld_stated=True, deemed=False, value=550000,
                    rules=["CR-GOVERNING-LAW"]),
    "h375e05": dict(category="cloud",
                    t=terms(99.95, 0.5, True, True, False, True, 400 / 372000 * 100, 3 / 24 * 100, None, True, None,
                            None, None, False, False, False, "PRC", "service"),
                    sla=True, ld_stated=True, deemed=False, value=372000,
                    rules=["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-TERMINATION"]),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco(lab):
    t = lab["t"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not lab.get("capped"):
        return None
    years = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
    fee = t["post_warranty_fee_pct"] / 100 * lab["fee_base"]
    total = lab["value"] + years * fee
    return total, years * fee, years * fee / total * 100


def derive_rules(lab):
    """policy.md section 3 applied to the labels (my reading of the policy, not project code)."""
    t, r = lab["t"], set()
    if not lab["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if lab["sla"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not lab["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or lab["deemed"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not lab["capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        x = tco(lab)
        if x and x[2] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[x] for x in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan
N = r"(?<![\d.,])"
C = r"(?<![〇零一二三四五六七八九十百千两])"
PCT = r"\s*(?:%|％|per\s*cent\b|percent\b)"
THRESHOLDS = {
    "availability 99.9": [N + r"99\.90*(?!\d)"],
    "P1 4 hours": [N + r"4\s*-?\s*(?:hours?\b|hrs?\b|h\b|小时|个小时)", r"\bfour\s*(?:\(4\)\s*)?-?\s*hours?\b",
                   C + r"四个?小时", N + r"240\s*(?:minutes?\b|mins?\b|分钟)", r"二百四十分钟"],
    "LD 0.05 %/day": [N + r"0\.050*" + PCT, r"万分之五(?![十百千])"],
    "cap 100 %": [N + r"100(?:\.0+)?" + PCT, r"百分之一?百", r"\bone\s+hundred\s+per\s*cent"],
    "prepayment 30 %": [N + r"30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九])", C + r"三成",
                        r"\bthirty" + PCT],
    "warranty 12 months": [N + r"12\s*-?\s*(?:months?\b|个月)", r"\btwelve\s*(?:\(12\)\s*)?-?\s*months?\b",
                           C + r"十二个月", C + r"一年", N + r"1\s*(?:年|-?\s*years?\b)", r"\bone\s*-?\s*years?\b"],
    "post-warranty 15 %": [N + r"15(?:\.0+)?" + PCT, r"百分之十五(?![一二三四五六七八九])", r"\bfifteen" + PCT],
    "TCO 40 %": [N + r"40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九])", C + r"四成", r"\bforty" + PCT],
    "horizon 5 years": [N + r"5\s*-?\s*(?:years?\b|年)", r"\bfive\s*(?:\(5\)\s*)?-?\s*years?\b", C + r"五年",
                        N + r"60\s*-?\s*(?:months?\b|个月)", C + r"六十个月", r"\bsixty\s*-?\s*months?\b"],
}


def hits(text):
    found = []
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"(?<=[\u2e80-\uffff])\s+(?=[\u2e80-\uffff])", "", text)]
    for name, pats in THRESHOLDS.items():
        for p in pats:
            for v in variants:
                m = re.search(p, v, re.I)
                if m:
                    found.append((name, m.group(0)))
    return found


def self_test():
    must_hit = ["4小时", "四小时", "4 hours", "four hours", "4-hour", "240 minutes", "99.9%", "99.90 %", "0.05%",
                "万分之五", "100%", "百分之百", "30%", "30 per cent", "百分之三十", "三成", "40%", "四成",
                "百分之四十", "12 months", "12个月", "十二个月", "一年", "one year", "1 year", "15%", "百分之十五",
                "5 years", "5年", "五年", "five-year", "60 months", "六十个月", "thirty percent"]
    must_not = ["24小时", "二十四小时", "24 hours", "99.95%", "99.5%", "115%", "0.15%", "四十二个月", "二十二个月",
                "2025年", "2026年12月31日", "130%", "35%", "45%", "百分之三十五", "0.5%", "万分之五十", "140%",
                "14 hours", "十一年", "二〇二五年", "2.4 hours", "1.5 years", "25 years", "3 months", "50%"]
    for s in must_hit:
        assert hits(s), ("regex misses", s)
    for s in must_not:
        assert not hits(s), ("regex false hit", s, hits(s))
    print("threshold regex self-test ok (%d must-hit, %d must-not-hit)" % (len(must_hit), len(must_not)))


# ---------------------------------------------------------------------------------------------------------------
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


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (stem, ext, src) in FILES.items():
        if ext in ("docx", "pdf"):
            sources[key] = src
            targets[key] = (stem + "." + ext, ext)
        else:
            (OUT / (stem + "." + ext)).write_text(src, encoding="utf-8")
            print("wrote", stem + "." + ext)
    write(sources, targets, OUT, wrap_words=True)

    covered, problems = set(), []
    for key, (stem, ext, _) in FILES.items():
        lab = LABELS[key]
        lang = "zh" if key[4] == "z" else "en"
        text = read_back(OUT / (stem + "." + ext))
        size = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        if not lo <= size <= hi:
            problems.append("%s length %d outside %d-%d" % (key, size, lo, hi))
        h = hits(text)
        if h:
            problems.append("%s threshold figures in text: %s" % (key, sorted(set(h))))
        t = lab["t"]
        for k, thr in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)]:
            if t[k] is not None and abs(t[k] - thr) < 1e-9:
                problems.append("%s %s on threshold" % (key, k))
        if t["warranty_months"] == 60:
            problems.append("%s warranty on the horizon" % key)
        x = tco(lab)
        if x and abs(x[2] - 40) < 0.5:
            problems.append("%s TCO share near 40" % key)
        rules = derive_rules(lab)
        if rules != sorted(lab["rules"]):
            problems.append("%s rules %s != hand list %s" % (key, rules, lab["rules"]))
        covered |= set(rules)
        extra = {"sla_clause": lab["sla"], "ld_stated": lab["ld_stated"]}
        if t["contract_kind"] == "goods_or_licence":
            extra["post_warranty_fee_capped"] = lab["capped"]
        extra["acceptance_deemed_on_delivery"] = lab["deemed"]
        extra["contract_value"] = lab["value"]
        out = {"file": stem + "." + ext, "language": lang, "category": lab["category"], "expected_terms": t,
               "expected_extra": extra, "expected_rules": rules}
        (OUT / (stem + ".json")).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        tc = ("TCO %.0f, post-warranty %.0f, share %.2f %%" % x) if x else "TCO n/a"
        print("%s %-5s %-4s len %5d  risk %-6s %s | %s" % (key, ext, lang, size, risk(rules), ", ".join(
            r[3:] for r in rules) or "(none)", tc))
    missing = set(SEVERITY) - covered
    if missing:
        problems.append("rules never fired: %s" % sorted(missing))
    n_rules = sorted(len(LABELS[k]["rules"]) for k in LABELS)
    mix = [len(LABELS[k]["rules"]) for k in LABELS]
    if not (mix.count(0) == 2 and sum(1 for k in LABELS if LABELS[k]["rules"] == ["CR-GOVERNING-LAW"]) == 1
            and sum(1 for n in mix if 2 <= n <= 3) == 6 and len(LABELS["h375z05"]["rules"]) >= 8):
        problems.append("mix wrong: %s" % n_rules)
    for p in problems:
        print("PROBLEM:", p)
    assert not problems, "%d problems" % len(problems)
    print("all 20 CR rules fire at least once; all checks passed")


if __name__ == "__main__":
    main()
