"""holdout597: builds the ten blind held-out draft contracts and their .json labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). .docx/.pdf through ../word_pdf.py.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (.pdf)
H597Z01 = """T:江川市城市管理局智慧环卫作业车辆监管平台采购合同
P:合同编号：JCCG-2026-HW-0417
P:采购人（甲方）：江川市城市管理局
P:供应商（乙方）：江川云途环境科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及江川市智慧环卫作业车辆监管平台项目（采购编号JCZC-2026-0388）公开招标文件、乙方投标文件和中标通知书，双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及其澄清材料均为本合同的组成部分。本合同采用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供智慧环卫作业车辆监管平台软件许可，并完成定制开发、车载终端接入、系统部署及培训，使甲方能够对全市环卫作业车辆、道路清扫保洁、垃圾收运和公厕运维进行统一监管。
P:1.2 监管范围为全市环卫作业车辆六百四十台（含洗扫车、洒水车、垃圾压缩车及转运车），以及十二个片区作业网格。车载定位及视频终端由甲方另行采购，乙方负责平台侧接入、调试及数据对接。
P:1.3 定制开发内容包括：作业网格与路线规划、作业里程及覆盖率核算、违规作业自动识别（偏离路线、超速、未开启作业装置）、垃圾收运称重数据对接、考核评分模块，以及与市数字城管平台、市政务数据共享平台的接口。功能明细以附件一《需求规格说明书》为准。
P:1.4 乙方应遵守甲方关于政务信息系统建设、政务云使用及网络安全管理的各项规定。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰玖拾捌万元整（¥1,980,000.00），为固定总价，已包含税费、运输、安装、调试、培训及质保期内服务的全部费用。
P:2.2 分项价格：平台软件许可费¥1,080,000（永久许可，不限终端数量）；定制开发费¥636,000；终端接入及系统实施费¥218,000；培训费¥46,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按照财政资金支付流程办理付款。
H:第四条 交付期限与地点
P:4.1 乙方应在合同签订后九十日内完成部署并提交初步验收申请，在初步验收通过后六十日内完成试运行并申请最终验收。
P:4.2 交付地点为甲方指定的江川市政务云平台。乙方须按政务云安全管理要求部署，不得将系统部署于其他环境。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须具有同类项目经验，未经甲方书面同意不得更换。乙方每周向甲方提交项目进度报告，重大事项随时报告。
P:4.4 乙方应对甲方的系统管理员、片区考核人员及调度人员分批开展培训，培训不少于六场，并提供培训教材及考核记录。
H:第五条 验收
P:5.1 初步验收标准：附件一全部功能项测试通过；六百四十台车辆的定位数据全部接入，定位刷新间隔不超过三十秒；轨迹回放及作业覆盖率核算结果与人工抽查结果一致；与数字城管平台、政务数据共享平台接口联调通过。
P:5.2 最终验收标准：连续试运行六十日，无一级故障；三百个并发用户下页面响应时间不超过三秒；第三方机构出具的网络安全等级保护测评及软件安全测试合格；用户手册、运维手册、接口文档及源代码全部移交。
P:5.3 验收由甲方组织，可邀请专家参加，验收结论以书面形式作出。系统上线运行、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
P:5.4 验收所需的测试环境、测试数据由乙方准备，甲方予以配合；第三方测评费用已包含在合同总价中。
H:第六条 质量保证与售后服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级及技术支持。
P:6.2 质保期内，平台月可用率不低于99.95%（计划内维护时间除外，维护应提前三个工作日书面通知甲方并在夜间进行）。
P:6.3 故障响应：一级故障（平台整体不可用或车辆数据中断）三十分钟内响应，两小时内到场，八小时内恢复；二级故障一小时内响应，次日内解决；三级故障两个工作日内解决。
P:6.4 乙方未按第6.3款时限响应或恢复的，每超时一小时向甲方支付违约金一千元；月可用率每低于承诺值0.01个百分点，扣减当期质保保证金两千元。
P:6.5 质保期满后，甲方如需乙方继续提供维护服务，双方另行签订维护合同，年度维护费不超过平台软件许可费的9%（即¥97,200），且续签后两个年度内不上调。维护合同不自动续期。
H:第七条 知识产权
P:7.1 平台软件的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的功能模块、接口程序、报表模板及相关源代码、文档，其知识产权归甲方所有。甲方有权自行或委托第三方使用、修改及再开发。
P:7.3 乙方保证其交付的软件不侵犯任何第三方的知识产权，因侵权引起的纠纷由乙方负责处理并承担全部费用。
H:第八条 数据安全
P:8.1 平台采集、生成及存储的车辆轨迹、视频、作业记录、考核结果等全部数据归甲方所有。乙方仅为履行本合同使用上述数据，不得用于其他任何目的，不得向第三方提供。
P:8.2 乙方应按照网络安全等级保护第三级要求采取访问控制、加密存储、日志审计等措施，运维操作须经甲方审批并通过堡垒机进行，不得复制数据至政务云以外。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在一小时内报告甲方并立即采取补救措施。因乙方原因造成安全事件的，乙方承担全部责任，赔偿甲方由此遭受的损失。
H:第九条 保密
P:9.1 乙方对在履行本合同中知悉的甲方工作秘密、内部资料及系统配置信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付的系统不符合合同约定的，乙方应负责整改；经两次整改仍不合格的，甲方有权解除合同。
P:10.3 乙方违反第八条、第九条约定的，除赔偿甲方损失外，甲方有权解除合同。
P:10.4 甲方无正当理由逾期付款的，按照国家有关规定承担责任。
H:第十一条 分包
P:11.1 本项目不允许分包或转包。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:14.2 附件：附件一《需求规格说明书》；附件二《分项报价表》；附件三《实施计划》。
P:甲方（盖章）：江川市城市管理局  乙方（盖章）：江川云途环境科技有限公司
P:签订日期：2026年6月18日
"""

# ---------------------------------------------------------------- z02 (.docx)
H597Z02 = """T:压片生产线控制系统改造及维保合同
P:合同编号：HSYY-SB-2026-052
P:甲方（买方）：衡山药业股份有限公司
P:乙方（卖方）：苏州博控自动化工程有限公司
P:甲方固体制剂二车间现有三条高速压片生产线，电气控制系统老化，批记录依赖纸质填写。为满足药品生产质量管理规范及数据可靠性要求，甲方委托乙方实施控制系统改造。双方经友好协商，订立本合同。
H:第一条 供货及服务范围
P:1.1 乙方负责三条压片生产线的控制系统改造，包括PLC控制柜、人机界面、在线称重及剔废装置的供货、安装和调试，以及电子批记录及数据采集软件的许可、配置与验证支持。
P:1.2 改造后的系统应实现：压片参数集中设定与权限管理；片重在线检测及自动剔废；设备运行数据、报警及操作记录自动采集；电子批记录生成、审核与电子签名；审计追踪不可关闭、不可修改。
P:1.3 改造须分线实施，每条线停产时间不超过十八日，具体安排由双方在实施方案中确定。
P:1.4 乙方提供的设备应为全新、未使用过的合格产品，附有出厂合格证、说明书及装箱单；软件应提供正版许可证明。乙方应提供计算机化系统验证所需的供应商文件，包括设计说明、测试记录及源代码审查记录。
H:第二条 合同价格
P:2.1 本合同总价为人民币贰佰贰拾万元整（¥2,200,000.00），含增值税，明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含安全继电器）|3套|289,333|868,000
TB:2|人机界面及工控机|3套|71,333|214,000
TB:3|在线称重及剔废装置|3套|118,667|356,000
TB:4|电子批记录及数据采集软件许可|1套|462,000|462,000
TB:|设备及软件小计|||1,900,000
TB:5|安装调试及停线切换|1项|168,000|168,000
TB:6|验证文件（IQ/OQ/PQ）编制及执行支持|1项|94,000|94,000
TB:7|操作及维护培训|1项|38,000|38,000
TB:|合计|||2,200,000
P:2.2 上述单价为分摊价，结算以金额栏为准。合同总价为固定价格，不因原材料价格、汇率或人工成本变化而调整，乙方为完成改造所需的辅材、工具及差旅费用均已包含在内。
H:第三条 付款
P:3.1 合同生效后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 设备到达甲方现场并经开箱检验签收后，甲方支付合同总价的35%。到货签收不代表质量验收。
P:3.3 三条生产线全部通过最终验收后，甲方支付合同总价的45%。
P:3.4 乙方每次请款应提供等额增值税专用发票；甲方收到发票后二十个工作日内付款。
H:第四条 交付与实施
P:4.1 乙方应在合同生效后七十日内将全部设备运至甲方现场，并在到货后九十日内完成三条生产线的改造和调试。
P:4.2 乙方进入洁净区作业应遵守甲方的更衣、清场和变更控制程序，施工前提交方案并经甲方质量部门批准。
P:4.3 乙方应指派具有制药行业控制系统经验的项目经理及不少于两名现场工程师常驻甲方现场，未经甲方同意不得撤换。
P:4.4 乙方应在改造前完成对现有设备的勘察，提交电气图纸、输入输出点表、功能说明书及风险评估报告，经甲方确认后实施。改造过程中的任何变更，应按甲方变更控制程序办理。
P:4.5 乙方应对甲方操作人员、设备维修人员及质量人员分别开展培训，每条生产线不少于三场，并提交培训记录及考核结果。
H:第五条 验收
P:5.1 单线验收：完成安装确认、运行确认和性能确认；连续生产三批产品，片重差异、硬度等指标符合工艺规程；剔废装置对挑战片的剔除全部有效；审计追踪、电子签名功能经甲方质量部门确认。
P:5.2 最终验收：三条生产线全部通过单线验收，系统连续稳定运行三十日无一级故障，验证文件经甲方质量受权人批准。
P:5.3 验收以书面报告为准。设备安装完毕或投入试生产，均不视为验收合格。验收不合格的，乙方应在十五日内整改后重新申请验收。
H:第六条 质量保证及维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费更换损坏部件，免费提供软件修复及升级。
P:6.2 故障响应：一级故障（生产线停机）一小时内远程响应，八小时内到场；二级故障当日响应，两日内解决。乙方每超时一小时，向甲方支付八百元。
P:6.3 质保期满后，甲方可与乙方签订年度维保合同。年度维保费按设备及软件小计的26%计取（即每年¥494,000），包括定期巡检、备件更换、软件升级及现场支持，费用在签约后三个年度内不作调整。
P:6.4 质保期内，乙方每季度对三条生产线进行一次预防性巡检，检查控制柜、称重装置及软件运行状况，并出具巡检报告。
P:6.5 乙方应保证停产后至少八年的备件供应。
H:第七条 数据与知识产权
P:7.1 系统产生的生产数据、批记录、审计追踪及报警记录均属于甲方所有。乙方仅可为调试和维保目的访问，不得复制或用于其他目的。
P:7.2 乙方应采取账户分级授权、数据备份、防病毒及网络隔离措施；远程维护须经甲方逐次授权并全程记录。因乙方原因导致数据丢失、篡改或泄露的，乙方应在两小时内报告，并承担由此造成的全部损失及监管处罚责任。
P:7.3 为本项目编写的PLC程序、画面组态及报表程序归甲方所有，乙方应交付源程序，甲方可自行修改。
P:7.4 软件产品本身的知识产权仍归其权利人所有，甲方在本合同范围内享有永久使用许可。乙方保证所供产品不侵犯第三方权利，因侵权产生的责任由乙方承担。
H:第八条 保密
P:8.1 乙方对甲方的工艺参数、处方信息、质量文件及生产计划负有保密义务，合同终止后仍然有效。
P:8.2 乙方人员在甲方现场拍照、录像或带出任何文件，均须事先取得甲方书面许可。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:9.2 乙方交付的设备或软件不符合技术规格的，应在十日内免费更换或整改；经两次整改仍不合格的，甲方有权退货并解除合同，乙方退还已收款项。
P:9.3 乙方累计赔偿责任以合同总价的150%为限，但故意、重大过失及违反第七条造成的损失不受此限。
H:第十条 分包
P:10.1 乙方不得转包。电气安装中的辅助工作如需分包，须事先取得甲方书面同意。
H:第十一条 解除
P:11.1 乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同并要求赔偿。
P:11.2 合同解除后，乙方应在十五日内移交已完成的程序、图纸及文档，双方按已完成并验收合格的部分结算。
H:第十二条 不可抗力
P:12.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延长履行期限；不可抗力持续超过六十日的，任何一方可解除合同。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。争议提交衡阳仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同自双方签字盖章且甲方收到乙方履约保函之日起生效，一式四份，双方各执两份。
P:14.2 附件：附件一《技术规格书》；附件二《实施方案》；附件三《验证计划》。附件与本合同具有同等效力，不一致时以本合同正文为准。
P:甲方：衡山药业股份有限公司（盖章）  乙方：苏州博控自动化工程有限公司（盖章）
P:日期：2026年5月20日
"""

# ---------------------------------------------------------------- z03 (.txt)
H597Z03 = """门店服务管理SaaS订阅及实施服务合同

合同编号：XJD-IT-2026-118
甲方：鑫佳电器连锁股份有限公司
乙方：杭州店帮云科技有限公司

甲方在华东地区经营八十五家家电门店，需统一管理门店的送装预约、上门安装、维修工单、延保登记及客户回访。乙方提供门店服务管理云平台（以下简称“平台”）。双方经协商一致，就平台订阅及实施服务订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方八十五家门店开通平台订阅服务，每家门店包含十个操作账号、一个门店看板及移动端安装师傅应用。
2. 平台功能包括：送装预约与派单、安装及维修工单闭环、配件领用、延保登记、客户评价与回访、门店服务考核报表。
3. 订阅服务期为两个服务年度。第1个服务年度自平台上线验收合格之次日起算，第2个服务年度紧接其后。
（二）实施服务
1. 乙方负责平台的配置、门店及人员数据初始化、与甲方ERP系统及会员系统的接口开发、历史工单迁移及培训。
2. 乙方应在合同生效后七十五日内完成全部门店上线。
3. 乙方应指定一名项目经理及不少于四名实施顾问，按区域分批上线，每批上线前向甲方提交门店清单、切换方案及回退方案。
4. 乙方应对门店店长、客服专员及安装师傅分别开展培训，提供操作手册及视频教程，上线后首月安排顾问远程值守。
（三）运营支持
1. 服务期内，乙方提供工作日九时至二十一时的在线客服及电话支持，并为甲方指定一名客户成功经理。
2. 乙方每季度对平台进行版本升级，升级前应在测试环境中向甲方演示，涉及接口变化的应提前三十日通知甲方。

二、费用及支付
（一）订阅费按每家门店每个服务年度人民币4,800元计算，每个服务年度为408,000元，两个服务年度合计816,000元。
（二）实施费为人民币178,000元，为固定价格。
（三）本合同总价为人民币994,000元，含增值税。
（四）实施费在平台上线验收合格后二十个工作日内一次性支付。
（五）每个服务年度的订阅费在该服务年度开始后三十日内支付。
（六）新增门店按同一单价按月折算，另行签订补充协议。
（七）乙方应在每次收款前开具等额增值税专用发票。门店关闭的，甲方可书面通知乙方停用该门店账号，自次月起不再计费。

三、上线验收
（一）乙方完成实施后书面申请上线验收。验收标准为：需求确认书所列功能全部测试通过；八十五家门店全部开通且各抽查三张工单流转正常；与ERP、会员系统接口连续七日数据一致；历史工单迁移数量及金额核对无差异；门店人员培训完成率不低于九成五。
（二）甲方在收到申请后十个工作日内组织验收并出具书面意见。平台试用或部分门店使用不视为验收合格。
（三）验收不合格的，乙方应在十日内完成整改并重新申请验收，整改期间不计入服务年度。

四、服务水平
（一）平台月度可用性不低于99.5%，计划内维护应在夜间二十三时至次日六时进行，并提前两个工作日通知甲方。
（二）故障分级及响应：
1. 一级故障（平台整体无法登录或派单中断）：三十分钟内响应，两小时内恢复；
2. 二级故障（部分功能不可用）：一小时内响应，八小时内恢复；
3. 三级故障（咨询及一般问题）：一个工作日内答复。
（三）平台月度可用性低于承诺值的，乙方按当月订阅费的百分之五向甲方提供服务抵扣；一级故障每超时一小时，另抵扣两千元。抵扣在下一期订阅费中扣减。
（四）乙方每月向甲方提交服务报告，列明可用性、故障及处理情况。
（五）在“五一”“国庆”及年终大促等销售高峰期间，乙方应提前扩容并安排专人值守，高峰期间不得进行计划内维护。

五、数据归属与数据安全
（一）甲方在平台中录入或产生的门店、订单、工单、客户信息及评价数据均归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他任何目的。
（二）平台应部署在中国境内的数据中心，并通过网络安全等级保护第三级测评。客户个人信息应加密存储，访问应按最小权限分配并留存日志。
（三）乙方发生数据泄露、丢失或被篡改等安全事件的，应在两小时内通知甲方，配合甲方履行个人信息保护法规定的义务，并赔偿因此给甲方造成的全部损失。
（四）合同终止后三十日内，乙方应按甲方要求导出全部数据，并在甲方确认后彻底删除。
（五）甲方有权每个服务年度对乙方的数据安全措施进行一次检查，或要求乙方提供第三方测评报告，乙方应予以配合。

六、知识产权
（一）平台本身的知识产权归乙方所有。
（二）乙方为甲方开发的ERP接口、会员接口及定制报表，其知识产权归甲方所有，乙方应交付源代码及文档，甲方可自行或委托他人修改使用。
（三）乙方保证平台及交付成果不侵犯任何第三方的知识产权；因侵权引起的索赔，由乙方负责处理并承担全部费用，甲方因此遭受的损失由乙方赔偿。

七、续订
（一）服务期满前三十日，任何一方未书面提出不再续订的，本合同自动续订一个服务年度，可连续续订。
（二）续订时，乙方有权根据市场情况及产品升级情况调整订阅单价，并在续订前通知甲方，调整后的单价适用于续订期。

八、违约责任
（一）乙方未按第一条约定期限完成全部门店上线的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
（二）乙方服务不符合约定的，应及时整改；整改后仍不符合的，甲方有权要求乙方赔偿损失。
（三）甲方逾期支付费用的，乙方可催告，经催告后三十日内仍未支付的，乙方可暂停服务，但应提前五个工作日书面通知甲方，且暂停期间不得删除甲方数据。
（四）乙方未按本合同约定履行数据安全义务的，甲方可要求其立即整改，并在整改完成前暂停支付未到期费用。

九、分包
乙方不得将本合同项下的实施服务转包；如需将部分工作分包，应事先取得甲方书面同意，并对分包方的行为承担责任。经同意的分包方同样须遵守本合同第五条关于数据安全的全部要求。

十、合同解除
（一）乙方严重违反本合同，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，并要求乙方退还未履行期间的订阅费。
（二）平台连续两个月可用性低于承诺值的，甲方有权解除合同。
（三）合同解除或期满不再续订的，乙方应配合甲方将数据迁移至甲方指定的系统，并在迁移完成前维持平台正常运行。

十一、法律适用及争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。

十二、不可抗力
因不可抗力致使一方不能履行本合同的，应及时通知对方，并在合理期限内提供证明。双方根据不可抗力的影响，部分或全部免除责任，但迟延履行后发生不可抗力的除外。

十三、通知
本合同项下的通知以书面形式送达双方在合同首页列明的地址或电子邮箱，电子邮件发出后次一工作日视为送达。

十四、其他
（一）本合同附件包括：附件一《需求确认书》；附件二《门店清单》；附件三《接口规范》。
（二）本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：鑫佳电器连锁股份有限公司
乙方（盖章）：杭州店帮云科技有限公司
签订日期：2026年4月8日
"""

# ---------------------------------------------------------------- z04 (.txt)
H597Z04 = """临澧市12345政务服务便民热线系统运维服务合同

合同编号：LLZS-YW-2026-021
甲方：临澧市政务服务和数据管理局
乙方：湖南启联信息技术服务有限公司

根据临澧市12345政务服务便民热线系统运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就热线系统运维服务事项订立本合同。

第一条 服务范围
（一）运维对象包括：热线呼叫中心平台（含排队、录音、质检模块）、工单流转系统、知识库、热线微信公众号及网页留言入口、与各承办单位的工单对接接口，以及部署在甲方机房的服务器、存储、语音网关等配套设备。
（二）服务内容包括：日常巡检与监控、故障处理、系统配置变更、数据备份与恢复演练、版本升级与补丁管理、等级保护测评整改配合、话务高峰保障及运维报告。
（三）乙方派驻三名运维工程师在甲方现场工作，工作时间为每日八时至二十时；其余时间安排二线工程师远程值守，保证电话畅通。
（四）乙方协助甲方维护热线知识库，根据各承办单位提供的政策文件更新知识条目，并对坐席人员开展系统操作培训，每季度不少于一次。
（五）乙方应配合甲方完成省级热线平台的数据汇聚对接及市级平台的统计报表报送，确保报送数据与系统记录一致。

第二条 服务期限
服务期限自2026年7月1日起至2027年6月30日止。期满后如需继续服务，由甲方按规定重新组织采购。服务期间，乙方应保证热线系统全天候连续稳定运行。

第三条 服务费用及支付
（一）本合同运维服务费为人民币壹佰壹拾肆万陆仟元整（¥1,146,000.00），包括人员、工具、差旅、备品备件及税费等全部费用。
（二）服务费按季度支付，每季度¥286,500。每季度服务结束且季度服务考核通过后，乙方开具发票，甲方在十五个工作日内支付该季度服务费。
（三）甲方不预付任何款项。
（四）服务期内因甲方新增坐席或新增对接单位而增加的工作量，在二十个坐席及十个单位以内的，不另行收费。

第四条 服务要求
（一）热线系统年可用率不低于99.95%，计划内维护须安排在夜间零时至六时，并提前三个工作日经甲方书面同意。
（二）故障分级：
1. 一级故障：呼叫中心平台或工单系统整体中断，市民无法接通热线；
2. 二级故障：部分坐席、部分功能或个别接口不可用；
3. 三级故障：不影响受理的一般性问题。
（三）响应时限：一级故障乙方应在6小时内响应并组织处置；二级故障在一个工作日内响应；三级故障在三个工作日内处理完毕。
（四）乙方每日巡检两次，每月进行一次数据备份恢复检查，每半年进行一次应急演练，并于每月五日前提交上月运维报告。运维报告应包括系统运行指标、话务量及接通率统计、故障清单及原因分析、变更记录、安全事件及整改建议。
（五）在重大活动、汛期及节假日等话务高峰期间，乙方应增派人员现场保障。
（六）系统配置变更、版本升级及补丁安装须按甲方变更管理流程执行：乙方提交变更申请、影响评估及回退方案，经甲方审批后在测试环境验证，再于维护窗口实施，实施后提交变更记录。
（七）乙方负责配套设备的备品备件管理，关键部件（语音网关板卡、服务器电源及硬盘）应保持现场备件，故障部件更换后应向甲方提交更换记录，旧硬盘由甲方统一销毁。

第五条 服务启动与人员
（一）合同生效后十日内，乙方应与原服务单位完成交接，核对系统资产清单、账号清单、运维文档及遗留问题清单，并经甲方确认。
（二）派驻工程师应具有呼叫中心系统或政务信息系统运维经验，项目负责人应持有信息系统运维相关资格证书。乙方更换派驻人员须提前十五日书面告知甲方并经甲方同意，新派人员能力不得低于原人员。
（三）乙方人员应遵守甲方机房管理、考勤及安全生产制度，服从甲方管理。
（四）甲方为乙方派驻人员提供必要的办公场所、网络接入及系统账号，并及时协调各承办单位配合接口问题的排查。

第六条 服务考核
（一）甲方按季度对乙方进行服务考核。考核内容包括：巡检记录完整性、故障处理记录及时性、备份检查记录、运维报告质量、坐席用户满意度调查结果等。
（二）考核标准：巡检及备份记录无缺失；全部故障均有处理记录并闭环；坐席满意度调查得分不低于八十五分；未发生因乙方原因导致的安全事件。
（三）季度考核由甲方书面确认，未通过的，乙方应在十日内整改并重新提交考核。
（四）季度考核结果记入乙方履约档案，作为甲方今后组织同类采购时评价供应商履约情况的参考。

第七条 数据安全
（一）热线系统中的来电记录、录音、工单、市民个人信息等全部数据归甲方所有。乙方仅为履行运维服务接触上述数据，不得复制、留存或用于任何其他目的。
（二）乙方运维人员须通过甲方背景审查，签署个人安全承诺书，并使用甲方分配的账号经堡垒机操作，严禁私自开设远程通道或将数据导出至外部介质。
（三）发生数据泄露、篡改、丢失或系统被入侵等安全事件的，乙方应在一小时内报告甲方，并按甲方应急预案处置。因乙方原因造成安全事件的，乙方承担全部法律责任，并赔偿甲方因此遭受的一切损失。

第八条 保密
乙方对履行本合同中知悉的政务信息、工作秘密及系统配置、账号口令等信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密义务不因合同终止而解除。

第九条 知识产权
乙方在运维过程中为甲方编写的脚本、配置文件、运维文档及知识库条目，其知识产权归甲方所有。乙方使用的自有运维工具，其知识产权仍归乙方，但乙方应保证甲方在服务期内免费使用。乙方保证其提供的工具和服务不侵犯第三方的合法权益，否则由乙方承担全部责任。

第十条 违约责任
（一）乙方未按第四条第（四）项约定期限完成巡检报告、备份检查或应急演练，或未按甲方要求的期限完成等级保护整改项的，每逾期一日，按本合同服务费的千分之一向甲方支付违约金。
（二）乙方违反第七条、第八条约定的，应赔偿甲方全部损失。
（三）乙方人员在甲方现场违反机房管理制度造成设备损坏的，由乙方负责修复或照价赔偿。

第十一条 转包与分包
乙方不得将本合同项下的服务转包或者分包给第三方。

第十二条 合同终止
（一）服务期满，本合同自然终止。
（二）因不可抗力致使本合同无法履行的，双方协商处理。
（三）合同终止时，乙方应移交全部运维文档、账号及配置资料，并配合新的服务单位完成交接，交接期不少于二十日。

第十三条 争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十四条 其他
（一）本合同附件包括：附件一《运维对象清单》；附件二《故障处置流程》；附件三《运维报告模板》；附件四《派驻人员名单》。附件与本合同具有同等效力。
（二）本合同未尽事宜，由双方另行签订补充协议，补充协议与本合同具有同等效力。
（三）本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：临澧市政务服务和数据管理局
乙方（盖章）：湖南启联信息技术服务有限公司
日期：2026年6月24日
"""

# ---------------------------------------------------------------- z05 (.md)
H597Z05 = """# 实验室信息管理系统（LIMS）软件许可及实施合同

**合同文本编号：聚研科技标准合同 LIMS-2025 版**

合同编号：JY-LIMS-2026-0093

甲方（用户）：广东味源酿造食品有限公司

乙方（供应商）：广州聚研信息科技有限公司

甲方因质量检验管理需要，拟采用乙方“聚研LIMS”实验室信息管理系统。双方在平等自愿的基础上，依据乙方标准合同文本，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供聚研LIMS V6软件许可（五十个并发用户），并提供系统安装部署、定制开发及培训服务。

1.2 定制开发内容包括：原料（大豆、小麦、食盐）入厂检验流程；制曲、发酵、压榨各工序的过程检验及批次追溯；成品氨基酸态氮、全氮、菌落总数等指标的检验及判定；液相色谱仪、原子吸收光谱仪等十二台仪器的数据接口；检验报告及质量统计报表。

1.3 具体功能以乙方出具的《功能清单》为准，《功能清单》以外的需求，双方另行协商并签订补充协议。

1.4 软件许可为永久许可，限于甲方在其位于江门的生产基地内部使用，不得转让、出租或分许可。甲方增加用户数或部署地点的，应按乙方届时的报价另行购买许可。

## 第二条 合同价款

2.1 本合同总价为人民币壹佰零叁万元整（¥1,030,000.00），明细如下：

|序号|项目|金额（元）|
|---|---|---|
|1|聚研LIMS V6 软件许可（五十个并发用户，永久）|520,000|
|2|定制开发（工序检验、批次追溯、仪器接口、报表）|386,000|
|3|安装部署及实施服务|98,000|
|4|用户培训|26,000|
||合计|1,030,000|

2.2 上述价格包含增值税。甲方需自行准备服务器、数据库及操作系统等运行环境。第三方软件费用不含在内。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%作为预付款，乙方收到预付款后开始实施。预付款在任何情况下均不予退还，但因乙方原因导致合同解除的除外。

3.2 系统安装部署完成后十个工作日内，甲方支付合同总价的35%。

3.3 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付滞纳金，且乙方有权暂停实施或维护服务。

## 第四条 实施与交付

4.1 乙方在收到预付款后一百二十日内完成系统安装部署。因甲方环境未就绪、需求变更或配合不及时造成的延误，交付期相应顺延。

4.2 乙方交付内容为：安装介质、许可证书、用户手册及培训资料。

4.3 甲方应在合同签订后十五日内提供符合乙方要求的服务器、网络及数据库环境，指定项目负责人及各检验岗位的关键用户，按乙方要求提供检验标准、方法、记录表格及历史数据，并在乙方提出需求确认文件后五个工作日内书面确认。甲方逾期确认的，视为同意。

4.4 甲方应组织仪器供应商配合乙方完成仪器接口开发，因仪器型号过旧或仪器供应商不配合导致接口无法实现的，乙方不承担责任。

4.5 乙方为甲方提供两次集中培训，每次不超过三日，培训对象为甲方系统管理员及关键用户。超出部分按乙方人天单价另行收费。

## 第五条 验收

5.1 系统安装部署完成，乙方向甲方提交上线报告后，即视为甲方验收合格。甲方对系统有异议的，应在上线后三日内书面提出，逾期未提出的，视为无异议。

5.2 甲方在上线后使用系统的，视为对系统功能和质量的认可。

## 第六条 维护服务

6.1 系统上线之日起六个月为免费维护期。免费维护期内，乙方提供远程技术支持及软件缺陷修复。

6.2 免费维护期内的故障响应：一级故障（系统无法登录或检验业务中断）两小时内响应；二级故障一个工作日内响应。乙方未按时响应的，每次向甲方支付服务补偿二百元。

6.3 下列情形不属于免费维护范围：甲方或第三方修改系统、运行环境变更、病毒或硬件故障、甲方操作不当、新增需求。乙方处理上述问题的，按乙方人天单价收费。乙方人天单价以乙方当年度公布的价格为准，乙方可根据市场情况调整。

6.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订维护服务合同，维护费用按乙方当年度公布的服务价格标准收取。

## 第七条 知识产权

7.1 聚研LIMS软件及其相关文档的知识产权归乙方所有。

7.2 乙方在本项目中完成的定制开发成果，包括检验流程配置、仪器接口程序、报表模板及相关源代码，其知识产权均归乙方所有。甲方在本合同约定的范围内享有非独占的使用权，不得修改、反向工程或提供给任何第三方使用。

7.3 甲方如需对定制开发成果进行二次开发，应委托乙方进行，费用另行协商。

## 第八条 数据

8.1 甲方在系统中录入和产生的检验数据归甲方所有。

8.2 乙方应采取合理的技术措施保护系统中的数据安全，包括用户权限控制、操作日志及数据库定期备份。乙方在远程维护中造成数据泄露或丢失的，应及时通知甲方并承担相应的赔偿责任，赔偿以第十条约定的责任限额为限。

8.3 甲方同意，乙方有权将系统中的检验数据经脱敏处理后，用于乙方产品的改进、行业质量分析及其他客户的参考模型。

8.4 合同终止后，乙方可协助甲方导出系统数据，导出服务按乙方人天单价收费。

## 第九条 保密

9.1 双方对在合作中获知的对方商业秘密、技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两个年度内继续有效。

## 第十条 违约责任

10.1 乙方逾期完成安装部署的（因甲方原因顺延的除外），每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下的累计赔偿责任，以合同总价的20%为限。乙方对甲方的间接损失、利润损失及数据损失不承担责任。

10.3 甲方未按约定付款或未按第四条履行配合义务的，乙方有权顺延交付期限，并要求甲方承担由此增加的费用。

## 第十一条 委托第三方

11.1 乙方有权根据项目需要，将部分定制开发、安装实施工作委托给乙方的合作伙伴完成，无需另行取得甲方同意，但乙方应对合作伙伴的工作负责。

## 第十二条 不可抗力

12.1 因不可抗力或政策变化导致合同不能履行的，双方互不承担责任。不可抗力包括但不限于自然灾害、战争、疫情、政府行为及网络攻击等。

## 第十三条 合同解除

13.1 任何一方严重违反本合同，经对方书面催告后三十日内仍未纠正的，守约方可以书面通知解除本合同。

13.2 甲方单方解除合同的，已支付的款项不予退还。

## 第十四条 争议解决

14.1 因本合同产生的争议，双方应友好协商；协商不成的，提交乙方所在地有管辖权的人民法院诉讼解决。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效。本合同一式两份，双方各执一份。

15.2 本合同为乙方标准合同文本，双方对本合同条款均已充分理解，乙方已就免除或限制其责任的条款向甲方作出提示和说明。

甲方（盖章）：广东味源酿造食品有限公司　　乙方（盖章）：广州聚研信息科技有限公司

签订日期：2026年3月16日
"""

# ---------------------------------------------------------------- e01 (.pdf)
H597E01 = """T:Software Licence and Services Agreement
P:Agreement No. NLA-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made on 9 June 2026 between Jiangsu Hengrun Dairy Co., Ltd., a company established in the People's Republic of China with its registered office in Yangzhou, Jiangsu Province (the "Customer"), and North Loop Asset Systems, Inc., a Minnesota corporation with its principal office at 310 Washington Avenue North, Minneapolis, Minnesota 55401, United States (the "Vendor").
P:The Customer operates three dairy processing plants and wishes to replace its paper-based maintenance records with an enterprise asset management system. The Vendor develops and licenses the "Keel EAM" software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Keel EAM software in object code, version 9, including the mobile technician application and the standard reporting module, and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, data conversion scripts, configuration workbooks and other work product created by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into, generated by or stored in the Software by or for the Customer, including asset registers, work orders, spare-parts records, meter readings and personnel information.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the system meets the Acceptance Criteria.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the internal business purposes of the Customer and its affiliates in mainland China, for up to 180 named users and unlimited read-only users.
P:2.2 The Vendor shall provide the following services: (a) installation of the Software on the Customer's servers in Yangzhou; (b) configuration of asset hierarchies, maintenance plans and workflows for the three plants; (c) development of interfaces with the Customer's ERP system and its SCADA historian; (d) conversion of legacy maintenance data; and (e) training of administrators and key users.
P:2.3 The detailed requirements are set out in Annex A (Functional Specification), and the project timetable in Annex B (Implementation Plan).
H:Article 3 Fees
P:3.1 The total price of this Agreement is CNY 1,800,000, inclusive of value-added tax, made up as follows: Licence Fee CNY 1,260,000; implementation and interface services CNY 486,000; training CNY 54,000.
P:3.2 The price is fixed and covers all travel, accommodation and expenses of the Vendor's personnel.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the total price within twenty business days after signature of this Agreement and receipt of a valid VAT invoice.
P:4.2 The Customer shall pay 45% of the total price within twenty business days after the Software has been installed and the interfaces have passed the integration test.
P:4.3 The Customer shall pay the remaining 35% of the total price within twenty business days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account of the Vendor's representative office in Shanghai stated in the invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration and data conversion and deliver the system for acceptance testing within 110 days after signature.
P:5.2 The Acceptance Criteria are: (a) every function listed in Annex A passes the agreed test scripts; (b) the converted asset register and open work orders reconcile with the legacy records, with no missing or duplicated records; (c) the ERP and SCADA interfaces exchange data correctly for ten consecutive working days; (d) screen response time does not exceed three seconds for 150 concurrent users; and (e) the system runs for thirty days in production without a Severity 1 incident.
P:5.3 When all criteria are met, the Customer shall sign a Final Acceptance certificate within ten business days. Go-live, use of the system in production or any payment does not in itself constitute acceptance. If the system fails a test, the Vendor shall correct the defects and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with Annex A and the documentation for twenty-four (24) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and supply all updates and new versions free of charge.
P:6.2 Incidents are classified as follows. Severity 1: the system is unavailable or maintenance work orders cannot be issued at any plant. Severity 2: a major function is impaired but a workaround exists. Severity 3: all other incidents and questions.
P:6.3 The Vendor shall respond to a Severity 1 incident within one (1) hour, twenty-four hours a day, and restore service within eight hours; Severity 2 incidents within two business hours with resolution within three business days; and Severity 3 incidents within one business day.
P:6.4 For each hour by which the Vendor exceeds the Severity 1 response or restoration time, the Vendor shall grant the Customer a service credit of CNY 1,000, deducted from the next payment or, after full payment, paid on demand.
P:6.5 After the Warranty Period the Customer may order annual support. The annual support fee shall be 11% of the Licence Fee, that is CNY 138,600 per year, and shall not be increased for the first three years of support. Support is ordered by the Customer year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver the source code and documentation of the Custom Deliverables, and the Customer may use, modify and license them freely, including through third parties.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and shall not use it for any other purpose, including product development or analytics.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's VPN with multi-factor authentication, on the Customer's approval for each session, and shall not copy Customer Data outside the Customer's premises. The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:8.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within twenty-four hours, cooperate in containing it, and bear all losses caused by an incident attributable to the Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement, and disclose it only to employees and advisers who need to know it and are bound by equivalent obligations. This obligation survives for three years after termination.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to deliver the system for acceptance testing by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:10.2 Each party's aggregate liability under this Agreement is limited to 200% of the total price. This limit does not apply to personal injury, fraud, wilful misconduct, breach of Article 8 or Article 9, or infringement claims under Article 7.3.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the acts of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement enters into force on signature and continues until the end of the Warranty Period; the licence in Article 2.1 survives.
P:12.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within thirty days after notice, or if delay damages under Article 10.1 reach their maximum. On such termination the Vendor shall refund the amounts paid for services not accepted.
P:12.3 Either party may terminate by written notice if the other party becomes insolvent or ceases to carry on business.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to mitigate the effects.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Minnesota, United States of America, without regard to its conflict-of-laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the exclusive jurisdiction of the state and federal courts located in Hennepin County, Minnesota.
H:Article 15 General
P:15.1 This Agreement, with its Annexes, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:15.2 Notices shall be in writing and sent to the addresses above, or by e-mail to the project managers named in Annex B.
P:15.3 This Agreement is executed in English in two originals, one for each party.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

# ---------------------------------------------------------------- e02 (.md)
H597E02 = """# Isthmus Learning Cloud — Order Form and General Terms

**Order Form No. ILC-OF-2026-0207**

## Part A — Order Form

### A1. Parties

**Customer:** Ningbo Tuoda Auto Parts Co., Ltd., No. 88 Binhai Fourth Road, Hangzhou Bay New Zone, Ningbo, Zhejiang, People's Republic of China.

**Vendor:** Isthmus Learning, Inc., a Wisconsin corporation, 25 West Main Street, Madison, Wisconsin 53703, United States.

This Order Form and the General Terms in Part B together form the agreement between the parties (the "Agreement"). If they conflict, this Order Form prevails.

### A2. Services

Isthmus Learning Cloud, a hosted learning management platform, for up to 1,200 named learners of the Customer in its Ningbo plant and its two sales branches, including: course catalogue and enrolment; classroom and online training management; skills matrix and certification tracking for production operators; quizzes and e-signature of training records; mobile learning application; reporting dashboards; and the Manufacturing Safety Content Library (86 courses in Chinese). Onboarding services comprise configuration, single sign-on with the Customer's directory, an interface to the Customer's HR system, migration of historic training records and administrator training.

### A3. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the day after Go-Live Acceptance under Section 4 of Part B, and the second Subscription Year follows immediately after it.

### A4. Fees

| Item | Basis | Fee per Subscription Year (CNY) | Total for the Subscription Term (CNY) |
|---|---|---|---|
| Platform subscription | 1,200 named learners at CNY 360 each | 432,000 | 864,000 |
| Manufacturing Safety Content Library | fixed | 60,000 | 120,000 |
| Onboarding services | one-time, fixed price | — | 76,000 |
| **Total Contract Value** | | | **1,060,000** |

All fees are in CNY and include value-added tax. Additional learners may be added at the same unit price, pro rata for the remainder of the Subscription Year.

### A5. Invoicing and Payment

The fee for each Subscription Year is invoiced on the first day of that Subscription Year. The onboarding fee is invoiced after Go-Live Acceptance. No fee is payable before Go-Live Acceptance. Invoices are payable within thirty days of receipt by bank transfer to the account of the Vendor's authorised reseller in Shanghai named on the invoice.

### A6. Service Levels and Contacts

The service levels are set out in Section 5 of Part B. Vendor's customer success manager and Customer's project lead are named in the onboarding plan.

## Part B — General Terms

### 1. Definitions

1.1 "Customer Data" means all data and content submitted to the Services by or for the Customer or its users, including learner profiles, training records, assessment results and uploaded course material, and all data derived from them.

1.2 "Services" means the hosted platform, the Content Library and the onboarding services described in the Order Form.

1.3 "Go-Live Acceptance" means the Customer's written confirmation that the criteria in Section 4.2 are met.

### 2. Access and Use

2.1 Vendor grants the Customer and its users a non-exclusive, non-transferable right to access and use the Services during the Subscription Term for the Customer's internal purposes.

2.2 The Customer is responsible for the accuracy of Customer Data and for the conduct of its users, and shall not resell the Services or use them to build a competing product.

### 3. Onboarding

3.1 Vendor shall complete the onboarding services and make the platform available for Go-Live Acceptance testing within sixty days after signature of this Order Form.

3.2 Vendor shall provide a named onboarding consultant and a weekly status report until Go-Live Acceptance.

### 4. Go-Live Acceptance

4.1 Vendor shall notify the Customer in writing when the platform is ready for testing.

4.2 The acceptance criteria are: (a) all functions listed in Section A2 pass the agreed test cases; (b) single sign-on works for all learners in the directory; (c) the HR interface synchronises new hires and leavers correctly for ten consecutive working days; (d) migrated training records reconcile with the Customer's records for a sample of 500 learners without discrepancy; and (e) the Content Library courses open on both desktop and mobile.

4.3 The Customer shall test within ten business days and either confirm Go-Live Acceptance in writing or list the failures. Vendor shall remedy failures and resubmit. Use of the platform during testing is not acceptance.

### 5. Service Levels

5.1 Vendor shall make the platform available at least 99.95% of each calendar month, excluding scheduled maintenance notified five days in advance and performed between 00:00 and 06:00 China Standard Time.

5.2 Priority 1 incidents (platform unavailable, or log-in impossible for all users) shall be responded to within thirty (30) minutes and resolved within six hours. Priority 2 incidents shall be responded to within two business hours. Priority 3 requests shall be answered within one business day.

5.3 If monthly availability falls below the commitment in Section 5.1, Vendor shall credit the Customer 5% of the monthly equivalent of the subscription fees for each started 0.1 percentage point of shortfall, up to half of that monthly amount. If a Priority 1 incident is not responded to or resolved within the times in Section 5.2, Vendor shall credit CNY 1,000 for each hour of delay. Credits are deducted from the next invoice or, at the end of the Subscription Term, refunded.

5.4 Vendor shall publish a monthly service report showing availability, incidents and credits.

### 6. Customer Data

6.1 As between the parties, Customer Data belongs to the Customer.

6.2 Vendor shall host the Services and all Customer Data in data centres in mainland China operated by its hosting provider in Hangzhou, which hold a Multi-Level Protection Scheme level 3 filing. Vendor shall encrypt Customer Data in transit and at rest, restrict access to personnel who need it, log administrative access, keep daily backups for thirty days, and comply with the PRC Personal Information Protection Law and Data Security Law. Vendor shall notify the Customer of any security incident affecting Customer Data within twenty-four hours, assist the Customer in its notifications, and is liable for losses caused by an incident attributable to Vendor or its subprocessors.

6.3 The Customer grants Vendor a worldwide, perpetual licence to use Customer Data in aggregated and de-identified form to operate, analyse and improve its products, to prepare industry benchmarks for its customers, and to train the course recommendation models offered to all of its customers. This licence survives termination.

6.4 Within thirty days after the end of the Subscription Term, Vendor shall make Customer Data available for export in a standard format and then delete it from its systems, except as permitted by Section 6.3.

### 7. Subprocessors and Subcontractors

7.1 Vendor may engage subprocessors and subcontractors, including its hosting provider, its authorised reseller in Shanghai and content localisation partners, to perform any part of the Services. Vendor keeps a current list on its trust website and will notify the Customer by e-mail at least fifteen days before adding a new one. Vendor remains responsible for their performance.

### 8. Intellectual Property

8.1 Vendor owns the platform, the Content Library and all related software and documentation.

8.2 Course material, assessments and configurations created by or specifically for the Customer during the Subscription Term, including the HR interface mappings, belong to the Customer, which may use, modify and license them without restriction.

### 9. Confidentiality

9.1 Each party shall protect the other party's Confidential Information with at least reasonable care, use it only for this Agreement and not disclose it to third parties except to personnel and advisers bound by similar obligations. These obligations last for three years after the end of the Agreement.

### 10. Delay Damages and Liability

10.1 If Vendor fails to make the platform available for Go-Live Acceptance testing by the date in Section 3.1 for reasons within its control, Vendor shall pay liquidated damages of 0.08% of the Total Contract Value for each day of delay, up to 8% of the Total Contract Value.

10.2 Each party's total liability arising out of this Agreement is limited to 150% of the Total Contract Value, except for liability for breach of Section 6.2 or Section 9, fraud, or personal injury.

10.3 Neither party is liable for indirect or consequential losses, except in the cases excluded in Section 10.2.

### 11. Renewal

11.1 The Agreement ends at the end of the second Subscription Year. Any renewal requires a new Order Form signed by both parties; there is no automatic renewal.

### 12. Termination

12.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to cure it within thirty days after written notice.

12.2 On termination for Vendor's breach, Vendor shall refund any prepaid fees for the period after termination.

### 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 14. General

14.1 Neither party may assign the Agreement without the other party's written consent, except that Vendor may assign it to a successor of its business on notice.

14.2 This Order Form may be signed electronically and in counterparts.

**For the Customer:** ____________________  **For Isthmus Learning, Inc.:** ____________________

Date: 18 May 2026
"""

# ---------------------------------------------------------------- e03 (.docx)
H597E03 = """T:Supply and Licence Contract for Grain Storage Monitoring System
P:Contract No. BC-GS-2026-031
P:Buyer: Heilongjiang Beicang Grain Reserve Co., Ltd., Qiqihar, Heilongjiang Province, People's Republic of China (the "Buyer").
P:Supplier: Prairie Bin Instruments, LLC, 1200 Locust Street, Des Moines, Iowa 50309, United States (the "Supplier").
P:The Buyer operates six grain depots with steel silos and flat warehouses and wishes to monitor grain temperature and moisture continuously. This Contract is made on the Buyer's standard terms for imported equipment, as completed by the parties.
H:1. Definitions and Scope
P:1.1 "Equipment" means the temperature and moisture sensor cables, wireless gateways and weather stations listed in the Price Schedule.
P:1.2 "Software" means the BinView monitoring software, including the server application, the web console and the mobile alarm application.
P:1.3 "Custom Work" means the depot layouts, alarm rules, aeration control logic, report templates and the interface to the Buyer's grain inventory system developed for the Buyer under this Contract.
P:1.4 The Supplier shall supply the Equipment, grant the Software licence, install and commission the system at the six depots, develop the Custom Work and train the Buyer's staff, as described in Appendix 1 (Technical Specification).
H:2. Price Schedule
P:2.1 The Contract Price is CNY 1,710,000, including value-added tax, import duties, delivery to each depot, insurance and all other costs, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Temperature and moisture sensor cable, 28 m, 10 sensing points|480|1,850|888,000
TB:2|Wireless gateway with solar power kit|24|9,600|230,400
TB:3|Weather station (temperature, humidity, pressure)|6|14,600|87,600
TB:4|BinView software, perpetual site licence for six depots|1|312,000|312,000
TB:|Equipment and Licence Subtotal|||1,518,000
TB:5|Installation, commissioning and Custom Work|1 lot|164,000|164,000
TB:6|Training of depot and headquarters staff|1 lot|28,000|28,000
TB:|Contract Price|||1,710,000
P:2.2 The Contract Price is fixed and is not subject to exchange-rate adjustment.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within fifteen business days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 55% of the Contract Price within twenty business days after all Equipment has been delivered to the depots and the delivery notes have been signed. Signature of a delivery note confirms quantity only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within twenty business days after Final Acceptance under Clause 5.
P:3.4 Each payment requires a valid VAT invoice issued by the Supplier's authorised importer in Dalian.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the six depots within ninety days after signature and complete installation and commissioning within sixty days after delivery, avoiding the periods when silos are being filled.
P:4.2 The Supplier shall provide a site supervisor for each depot during installation and comply with the Buyer's safety rules for work at height and in confined spaces.
P:4.3 Risk in the Equipment passes to the Buyer on signature of the delivery note; title passes on payment under Clause 3.2.
P:4.4 The Supplier is responsible for export licences, packing suitable for sea and rail transport, and customs clearance into China through its authorised importer. Each shipment shall include a packing list, certificates of origin and quality, and calibration certificates for every sensor cable.
P:4.5 The Supplier shall train depot operators, electricians and headquarters grain-quality staff in at least six sessions, and provide Chinese-language manuals and quick-reference cards.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for a trial period of forty-five days with grain in store.
P:5.2 The acceptance criteria are: (a) every sensing point reports at the configured interval, and at least 997 of every 1,000 scheduled readings are received; (b) sensor readings agree with calibrated reference thermometers within 0.5 degrees Celsius at sampled points; (c) alarms for temperature rise reach the duty staff by SMS and mobile application within one minute; (d) the interface with the grain inventory system updates bin contents correctly; and (e) all documentation, including calibration certificates and the source code of the Custom Work, has been delivered.
P:5.3 When all criteria are met the Buyer shall issue a Final Acceptance certificate. Installation, commissioning, use of the system or any payment does not constitute acceptance. If a criterion is not met, the Supplier shall remedy the defect and the trial period shall restart for the affected depot.
H:6. Warranty and Service
P:6.1 The Supplier warrants the Equipment and the Software for thirty-six (36) months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including freight and import costs, and provide Software updates.
P:6.2 Fault levels: a Level 1 fault means loss of readings from a whole depot or failure of the alarm function; a Level 2 fault means loss of readings from a single silo or warehouse; a Level 3 fault means any other fault.
P:6.3 The Supplier shall respond remotely to a Level 1 fault within one (1) hour and restore monitoring within twenty-four hours, if necessary by sending an engineer from its Harbin service point; Level 2 faults shall be responded to within the same business day and fixed within three days; Level 3 faults within five business days.
P:6.4 For each hour by which the Level 1 response or restoration time is exceeded, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any amount due.
P:6.5 After the warranty period the Buyer may order annual maintenance. The annual maintenance fee shall be 8% of the Equipment and Licence Subtotal, that is CNY 121,440, fixed for the first three years after the warranty period. Maintenance is ordered each year by a separate order and does not renew automatically. The Supplier shall keep spare parts available for at least eight years after Final Acceptance.
H:7. Intellectual Property
P:7.1 The Supplier retains the intellectual property in the Software and the firmware of the Equipment and grants the Buyer a perpetual licence to use them.
P:7.2 The Custom Work belongs to the Buyer from its creation. The Supplier shall deliver its source code, and the Buyer may use, modify and license it freely.
H:8. Data Security
P:8.1 All readings, alarm records, inventory data and other data collected or generated by the system belong to the Buyer and shall be stored on the Buyer's servers in China. The Supplier may use them only to perform this Contract.
P:8.2 Remote access by the Supplier requires the Buyer's approval for each session, shall use the Buyer's VPN, and shall be logged. The Supplier shall not transfer any data outside mainland China. The Supplier shall report any security incident within twelve hours and is liable for all losses caused by incidents attributable to it.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential the locations, capacities, stock levels and security arrangements of the Buyer's depots and all other information received under this Contract, and shall not disclose them without the Buyer's written consent. This obligation continues after the Contract ends.
H:10. Delay Damages and Liability
P:10.1 If the Supplier delays delivery or the completion of commissioning, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, property damage, wilful misconduct and breach of Clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, and remains responsible for approved subcontractors.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty days after notice, or if delay damages reach their maximum. The Supplier shall then refund all amounts paid for items not accepted and take back the Equipment at its own cost.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin. The award is final.
H:14. General
H:14. Force Majeure
P:14.1 A party prevented from performing by force majeure shall notify the other party promptly and provide evidence; performance is suspended for the duration of the event. If the event lasts more than ninety days, either party may terminate the unperformed part of the Contract.
H:15. General
P:15.1 Notices shall be in writing and delivered to the addresses above or by e-mail to the project managers named in Appendix 2.
P:15.2 Appendix 1 (Technical Specification), Appendix 2 (Project Organisation) and Appendix 3 (Acceptance Test Plan) form part of this Contract.
P:15.3 This Contract is signed in English and Chinese; both versions are equally valid. It enters into force on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (.md)
H597E04 = """# Managed IT Services Agreement

**Agreement No. SMS-CD-2026-009**

This Managed IT Services Agreement is made on 2 July 2026 between:

- **Chengdu Xinlu Logistics Co., Ltd.**, No. 19 Jingang Avenue, Shuangliu District, Chengdu, Sichuan, People's Republic of China (the "Customer"); and
- **Scioto Managed Services, Inc.**, an Ohio corporation, 150 East Gay Street, Columbus, Ohio 43215, United States, acting through its delivery centre in Chengdu (the "Provider").

## Section 1. Background and Definitions

1.1 The Customer operates a head office and fourteen warehouses in Sichuan and Chongqing. The Provider shall manage the Customer's network, end-user computing and service desk as described in Schedule 1.

1.2 "Charges" means the charges in Schedule 3. "Service Levels" means the levels in Schedule 2. "Transition" means the take-over of the services from the Customer's internal team and the previous contractor. "Customer Data" means all data of the Customer, its employees, its customers and its shipments that the Provider accesses in performing the services.

1.3 "Service Commencement Date" means the day after Transition Acceptance under Section 4.

## Section 2. Term

2.1 The services shall be provided for thirty-six months from the Service Commencement Date (the "Term").

2.2 The Term may be extended only by a written amendment signed by both parties, at charges agreed in that amendment. The Agreement does not renew automatically.

## Section 3. Services

3.1 The Provider shall perform the services in Schedule 1 with personnel who are qualified and experienced, in accordance with good industry practice and the Customer's IT policies notified to it.

3.2 The Provider shall appoint a service delivery manager located in Chengdu, hold monthly service reviews with the Customer, and provide a monthly report on service levels, incidents, changes and asset movements.

3.3 The Provider shall follow the Customer's change management process. Changes to network configuration in the warehouses shall be made outside peak dispatch hours unless the Customer approves otherwise.

3.4 The Provider shall maintain an accurate inventory of all managed devices and licences, and update it within five business days after each change.

3.5 The service delivery manager and the on-site engineer are key personnel. The Provider shall not replace them without giving the Customer twenty days' notice and proposing successors with comparable experience, whom the Customer may interview.

3.6 The Customer shall give the Provider's personnel access to its sites and systems as reasonably required, and provide desk space and network access at head office.

## Section 4. Transition and Transition Acceptance

4.1 The Provider shall complete Transition within seventy-five days after signature of this Agreement, following the transition plan agreed by the parties.

4.2 Transition Acceptance requires that: (a) all sites, devices and user accounts in Schedule 1 are recorded in the Provider's management tools and monitoring is active; (b) the service desk has handled live tickets for fifteen consecutive business days and met the Service Levels in Schedule 2; (c) knowledge articles and runbooks for all critical systems are documented and reviewed by the Customer; and (d) a failover test of the head-office internet links has been completed successfully.

4.3 The Customer shall confirm Transition Acceptance in writing within five business days after the criteria are met or state the deficiencies. Starting to provide services during Transition is not acceptance.

4.4 If the Provider fails to achieve Transition Acceptance by the date in Section 4.1 for reasons attributable to it, the Provider shall pay delay damages of CNY 1,980 for each day of delay, up to CNY 110,000.

## Section 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The total contract value is CNY 2,200,000 (CNY 112,000 transition fee plus CNY 58,000 per month for thirty-six months), including value-added tax.

5.2 The transition fee is invoiced after Transition Acceptance. The monthly charge is invoiced at the end of each month in which services were provided. Invoices are payable within thirty days.

5.3 The Charges are fixed for the Term. Additional devices or users beyond the baselines in Schedule 1 are charged at the unit rates in Schedule 3.

## Section 6. Service Levels and Service Credits

6.1 The Provider shall meet the Service Levels in Schedule 2.

6.2 If a Service Level is missed in a month, the Provider shall grant the service credit stated in Schedule 2. Service credits are deducted from the next invoice and are not the Customer's exclusive remedy.

6.3 If the same Service Level is missed in three consecutive months, the Provider shall submit a remediation plan within ten business days.

## Section 7. Customer Data

7.1 Customer Data is and remains the property of the Customer. The Provider shall use Customer Data only to perform the services under this Agreement and for no other purpose.

7.2 At the end of the Term the Provider shall return all Customer Data and documentation in its possession and certify that it has not kept copies.

## Section 8. Confidentiality

8.1 Each party shall keep confidential the other party's business information, including the Customer's network diagrams, passwords, customer lists, rates and shipment volumes, and shall not disclose it to any third party without the other party's prior written consent. These obligations survive the end of this Agreement.

## Section 9. Intellectual Property

9.1 Runbooks, scripts, configuration files, knowledge articles and documentation created by the Provider for the Customer belong to the Customer and shall be handed over at the end of the Term. The Customer may use and modify them freely and give them to any successor provider.

9.2 The Provider's monitoring and ticketing tools remain the Provider's property.

## Section 10. Liability

10.1 The Provider's aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the Charges paid by the Customer in the nine (9) months preceding the event giving rise to the claim.

10.2 Neither party is liable for loss of profit or indirect loss. Section 10.1 does not limit liability for personal injury or fraud.

## Section 11. Subcontracting

11.1 The Provider shall not subcontract any part of the services without the Customer's prior written consent. The Provider remains fully responsible for the performance of any approved subcontractor.

## Section 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach that is not remedied within thirty days after written notice, or if the Provider misses the Priority 1 response level in four or more months in any rolling period of six months.

12.2 On expiry or termination, the Provider shall provide exit assistance for up to sixty days at the monthly charge, so that the services can be transferred to the Customer or a successor.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be referred to the Chengdu Arbitration Commission for arbitration in Chengdu.

## Section 14. General

14.1 This Agreement, including its Schedules, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

14.2 Neither party may assign this Agreement without the other party's prior written consent.

14.3 This Agreement is signed in two originals in English, one for each party.

## Schedule 1 — Services and Scope

| Service | Scope | Baseline |
|---|---|---|
| Network management | WAN routers, firewalls, switches and Wi-Fi at head office and fourteen warehouses; 24x7 monitoring | 15 sites, 236 devices |
| End-user computing | desktops, laptops, handheld scanners and label printers; imaging, patching and replacement | 640 users, 410 scanners |
| Service desk | Chinese and English, telephone, e-mail and portal, 07:00 to 23:00 daily | 640 users |
| On-site support | one engineer at head office; visits to warehouses as needed | 15 sites |

## Schedule 2 — Service Levels

| Measure | Level | Service credit |
|---|---|---|
| Availability of WAN and core network, per month | at least 99.95% | 5% of the monthly charge for each 0.1 percentage point below the level |
| Priority 1 incident (site down or dispatch stopped): response | within 15 minutes | CNY 800 per late incident |
| Priority 1 incident: restoration | within 3 hours | CNY 1,500 per late incident |
| Priority 2 incident: response | within 1 hour | CNY 300 per late incident |
| Service desk calls answered within 60 seconds | at least 85% | 2% of the monthly charge |

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Transition Acceptance | 112,000 |
| Monthly managed services charge | monthly in arrears, 36 months | 58,000 per month; 2,088,000 in total |
| **Total contract value** | | **2,200,000** |
| Additional device (network) | per device per month | 95 |
| Additional user | per user per month | 62 |

**For the Customer:** ____________________  **For the Provider:** ____________________
"""

# ---------------------------------------------------------------- e05 (.txt)
H597E05 = """FREIGHT MARKET DATA SUBSCRIPTION AGREEMENT

Agreement No. CFD-APAC-2026-0142

This Freight Market Data Subscription Agreement (the "Agreement") is entered into on 22 April 2026 by and between:

Shenzhen Haichen Supply Chain Management Co., Ltd., a company incorporated in the People's Republic of China, with its registered address at Shennan Avenue, Futian District, Shenzhen, Guangdong (the "Customer"); and

Crossroads Freight Data, Inc., an Indiana corporation, with its principal place of business at 101 West Ohio Street, Indianapolis, Indiana 46204, United States (the "Vendor").

1. DEFINITIONS

1.1 "Licensed Data" means the ocean and air freight rate assessments, port congestion indices, schedule reliability statistics, carrier capacity forecasts and related historical series that the Vendor makes available through the API and the web portal.

1.2 "API" means the Vendor's application programming interface through which the Customer retrieves Licensed Data, as described in the API documentation.

1.3 "Customer Data" means all data that the Customer or its users submit to the Vendor, including shipment records uploaded for benchmarking within the Customer's own account, query parameters, user details and usage logs.

1.4 "Integration Services" means the one-time services described in Clause 3.

1.5 "Activation Date" means the date on which the Vendor issues production API keys to the Customer. "First Subscription Year" means the period from the Activation Date until the day before its first anniversary, and "Second Subscription Year" means the period from that anniversary until the day before the second anniversary. Each of them is a "Subscription Year".

2. SUBSCRIPTION AND LICENCE

2.1 The Vendor grants the Customer, for the two Subscription Years, a non-exclusive, non-transferable licence to access the Licensed Data through the API and the web portal and to use it for the Customer's internal business purposes, including freight procurement, pricing quotations to its own customers and management reporting.

2.2 The subscription covers up to 45 named portal users and up to 200,000 API calls per calendar month. Additional API calls are charged at the overage rate in Clause 4.4.

2.3 The Customer may display extracts of Licensed Data in quotations and reports to its customers, provided that such extracts are not supplied in bulk or in machine-readable form and that the Vendor is acknowledged as the source.

2.4 The Customer shall not resell the Licensed Data, use it to build a competing data product, or attempt to circumvent technical limits on access.

3. INTEGRATION SERVICES

3.1 The Vendor shall (a) map the Licensed Data to the Customer's lane and port codes, (b) build and deliver a connector that loads the daily rate files into the Customer's transport management system, (c) configure three benchmark dashboards in the web portal, and (d) train the Customer's pricing team.

3.2 The Vendor shall make the connector and dashboards available for acceptance testing within forty-five days after signature of this Agreement.

3.3 INTEGRATION ACCEPTANCE. The integration is accepted when: (a) the connector loads the daily files for all subscribed trade lanes for ten consecutive business days without manual correction; (b) the loaded rates match the values shown in the web portal for a sample of 200 lanes selected by the Customer; (c) the three dashboards display the agreed measures; and (d) the connector source code and documentation have been delivered. The Customer shall confirm acceptance in writing or list the failures within ten business days after notice that testing may begin. If a criterion is not met, the Vendor shall correct the integration and the test shall be repeated.

4. FEES AND PAYMENT

4.1 The subscription fee is CNY 396,000 for each Subscription Year, CNY 792,000 for both Subscription Years.

4.2 The Integration Services fee is CNY 38,000, a fixed price.

4.3 The total contract value is therefore CNY 830,000, including value-added tax.

4.4 API calls above the monthly allowance are charged at CNY 0.20 per call, invoiced monthly in arrears.

4.5 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within thirty days. The Integration Services fee is invoiced after Integration Acceptance and payable within thirty days.

4.6 Payments are made in CNY to the account of the Vendor's distributor in Shenzhen named in the invoice, against a valid VAT invoice.

5. AVAILABILITY AND SUPPORT

5.1 The Vendor will use commercially reasonable efforts to make the API and the web portal available, to publish daily rate assessments on business days, and to correct errors in the Licensed Data that are brought to its attention.

5.2 Support requests may be sent by e-mail or through the web portal. The Vendor will handle them during its normal support hours and will endeavour to resolve them as soon as practicable.

5.3 The Vendor may carry out maintenance from time to time and will try to give the Customer prior notice by e-mail of planned maintenance.

6. CUSTOMER DATA AND DATA SECURITY

6.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to provide the services to the Customer under this Agreement and shall not use it, alone or combined with other data, in aggregated, anonymised or any other form, for any other purpose, including its published indices.

6.2 The Vendor shall store Customer Data in a data centre in mainland China operated by its hosting provider, encrypt it in transit and at rest, restrict access to authorised personnel on a need-to-know basis, log such access, and comply with the PRC Personal Information Protection Law and Data Security Law. No Customer Data shall be transferred outside mainland China.

6.3 The Vendor shall notify the Customer of any actual or suspected unauthorised access to Customer Data within twenty-four hours after becoming aware of it, provide the information the Customer needs for its own notifications, and bear all losses and regulatory penalties caused by an incident attributable to the Vendor.

6.4 Within thirty days after the end of this Agreement, the Vendor shall return Customer Data in a common format and then delete it and confirm deletion in writing.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public business, technical and commercial information received under this Agreement, including the terms of this Agreement and the Customer's freight volumes and rates, and shall not disclose it to any third party without the other party's prior written consent, except to its professional advisers bound by confidentiality duties or as required by law. These obligations continue for three years after the end of this Agreement.

8. INTELLECTUAL PROPERTY

8.1 The Vendor retains all rights in the Licensed Data, the API and the web portal.

8.2 The connector, the lane and port mapping tables and the dashboard definitions developed for the Customer under Clause 3 belong to the Customer, which may use, modify and license them freely, including after the end of this Agreement.

8.3 Reports, quotations and analyses prepared by the Customer using Licensed Data belong to the Customer, subject to Clause 2.3.

8.4 The Vendor shall defend the Customer against any claim that the Licensed Data, the API or the connector infringes a third party's intellectual property rights, and pay any damages awarded.

9. WARRANTIES

9.1 The Vendor warrants that it has the right to license the Licensed Data and that the Integration Services will be performed with reasonable skill and care.

9.2 The Licensed Data reflects market assessments and is provided for information. The Vendor does not warrant that any rate will be achievable in a particular transaction.

10. LIABILITY

10.1 Each party's total liability under this Agreement shall not exceed 150% of the total contract value stated in Clause 4.3.

10.2 The limit in Clause 10.1 does not apply to breach of Clause 6 or Clause 7, infringement claims under Clause 8.4, fraud or wilful misconduct.

10.3 Neither party is liable for lost profits or indirect loss, except in the cases listed in Clause 10.2.

11. SUBCONTRACTING

11.1 The Vendor shall not subcontract the Integration Services or the hosting of Customer Data without the Customer's prior written consent, and remains responsible for any approved subcontractor.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the Second Subscription Year. Any further subscription requires a new written agreement signed by both parties.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving written notice of the breach.

12.3 If the Customer terminates under Clause 12.2, the Vendor shall refund the subscription fee for the remainder of the current Subscription Year and, if Integration Acceptance has not been achieved, the Integration Services fee.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising from or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules then in force. The award is final and binding.

14. GENERAL

14.1 Neither party may assign this Agreement without the other party's prior written consent.

14.2 Notices shall be given in writing to the addresses above or by e-mail to the contacts designated by each party.

14.3 This Agreement is signed in English in two originals, one for each party.

For the Customer: ____________________          For the Vendor: ____________________
"""

# ================================================================ files
SOURCES = {"z01": H597Z01, "z02": H597Z02, "z03": H597Z03, "z04": H597Z04, "z05": H597Z05,
           "e01": H597E01, "e02": H597E02, "e03": H597E03, "e04": H597E04, "e05": H597E05}
NAMES = {
    "z01": "h597z01_city_sanitation_vehicle_monitoring_platform.pdf",
    "z02": "h597z02_pharma_tablet_press_control_retrofit.docx",
    "z03": "h597z03_appliance_chain_store_service_saas.txt",
    "z04": "h597z04_citizen_hotline_12345_annual_om.txt",
    "z05": "h597z05_soy_sauce_lims_supplier_template.md",
    "e01": "h597e01_eam_perpetual_licence_minnesota_vendor.pdf",
    "e02": "h597e02_learning_saas_order_form_wisconsin_vendor.md",
    "e03": "h597e03_grain_bin_sensors_monitoring_licence.docx",
    "e04": "h597e04_managed_it_services_36_months_ohio.md",
    "e05": "h597e05_freight_data_api_subscription_indiana.txt",
}

T = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def terms(avail, p1, remedy, ip, ds, own, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(T, [avail, p1, remedy, ip, ds, own, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub,
                        law, kind]))


G, S = "goods_or_licence", "service"
# key: (language, category, terms, sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, contract_value,
#       licence/hardware fee base for TCO or None, forum outside mainland China)
LABELS = {
    "z01": ("zh", "software", terms(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9,
                                    False, True, False, "PRC", G), True, True, True, False, 1980000, 1080000, False),
    "z02": ("zh", "hardware", terms(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 26,
                                    False, True, False, "PRC", G), True, True, True, False, 2200000, 1900000, False),
    "z03": ("zh", "cloud", terms(99.5, 0.5, True, "buyer", True, True, False, 0.08, None, None, True, None, None, None,
                                 True, True, False, "PRC", S), True, True, None, False, 994000, None, False),
    "z04": ("zh", "services", terms(99.95, 6, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None,
                                    False, False, False, "PRC", S), True, True, None, False, 1146000, None, False),
    "z05": ("zh", "software", terms(None, 2, True, "supplier", True, False, True, 0.02, 20, 65, False, False, 6, None,
                                    False, True, True, None, G), True, True, False, True, 1030000, 520000, False),
    "e01": ("en", "software", terms(None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 24, 11,
                                    False, True, False, "Minnesota", G), True, True, True, False, 1800000, 1260000,
            True),
    "e02": ("en", "cloud", terms(99.95, 0.5, True, "buyer", True, False, True, 0.08, 150, None, True, None, None, None,
                                 False, True, True, "PRC", S), True, True, None, False, 1060000, None, False),
    "e03": ("en", "hardware", terms(None, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 8,
                                    False, True, False, "PRC", G), True, True, True, False, 1710000, 1518000, False),
    "e04": ("en", "services", terms(99.95, 0.25, True, "buyer", False, True, True, 1980 / 2200000 * 100, 9 / 36 * 100,
                                    None, True, None, None, None, False, True, False, "PRC", S), True, True, None, False,
            2200000, None, False),
    "e05": ("en", "cloud", terms(None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None,
                                 False, True, False, "PRC", S), False, False, None, False, 830000, None, False),
}

# the design list: what I meant each draft to fire
DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SUBCONTRACT", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-SUBCONTRACT"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY_HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
                 "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (§3) and the TCO horizon
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5
RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high", "e01": "low", "e02": "medium",
        "e03": "low", "e04": "high", "e05": "high"}


def tco_share(t, cv, base):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence/hardware subtotal. None when not computable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (cv + fees) * 100


def derive(t, sla, ld_stated, capped, deemed, cv, base, forum_out):
    """My reading of policy §3 on the labels."""
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")  # "above 4 hours, or unstated"
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, cv, base)
        if share is not None and share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_out:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    if any(x in SEVERITY_HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
NUMLB = r"(?<![0-9A-Za-z.,])"
PATTERNS = [
    r"99\.90*(?!\d)", r"百分之九十九点九(?![〇零一二三四五六七八九])",
    NUMLB + r"4\s*(?:个)?\s*(?:working|business|工作)?\s*(?:小时|hours?|hrs?|h)(?![a-z])",
    r"(?<![十])四\s*个?\s*(?:工作)?小时", r"(?<![-\w])four\s*(?:\(\s*4\s*\)\s*)?(?:working\s*|business\s*)?hours?",
    NUMLB + r"0\.050*\s*(?:%|per\s*cent|percent)", r"万分之五(?![十百])", r"千分之零点五", NUMLB + r"0\.5\s*‰",
    NUMLB + r"100\s*(?:%|per\s*cent|percent)", r"百分之一?百", r"one\s*hundred\s*(?:per\s*cent|percent)",
    NUMLB + r"30\s*(?:%|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])", r"thirty\s*(?:per\s*cent|percent)",
    NUMLB + r"40\s*(?:%|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])", r"forty\s*(?:per\s*cent|percent)",
    NUMLB + r"15\s*(?:%|per\s*cent|percent)", r"百分之十五(?![一二三四五六七八九])", r"fifteen\s*(?:per\s*cent|percent)",
    NUMLB + r"12\s*-?\s*(?:个)?\s*(?:months?|月)", r"十二\s*个?\s*月", r"(?<![a-z-])twelve\s*(?:\(\s*12\s*\)\s*)?-?\s*(?:calendar\s*)?months?",
    r"(?<![每第])一\s*年", r"(?<![a-z])one\s*-?\s*years?(?![a-z])", NUMLB + r"1\s*-?\s*years?(?![a-z])",
    NUMLB + r"1\s*年",
    NUMLB + r"5\s*-?\s*years?(?![a-z])", r"(?<![a-z-])five\s*-?\s*years?", r"五\s*年", NUMLB + r"5\s*年",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "百分之九十九点九", "4小时", "4 个小时", "四小时", "4 hours", "within 4 business hours",
            "four (4) hours", "Four hours", "0.05%", "0.05 per cent", "万分之五", "千分之零点五", "0.5‰", "100%",
            "100 per cent", "百分之百", "30%", "30 %", "百分之三十", "thirty per cent", "40%", "百分之四十", "15%",
            "百分之十五", "12个月", "12 months", "12-month", "十二个月", "twelve months", "twelve (12) months",
            "一年", "one year", "1 year", "1年", "5 years", "five years", "五年", "5年", "2026年12月"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "twenty-four hours", "0.055%", "万分之五十",
             "130%", "150%", "115%", "2030年", "36个月", "每年", "2021年", "2025年", "0.4 hours", "第一年度",
             "Year1Year2", "45%", "百分之三十五", "35%", "forty-five days", "18个月", "第十二条",
             "每一年", "14 hours", "百分之五"]


def scan_selftest():
    for m in MUST_HIT:
        assert RX.search(m), ("must hit", m)
    for m in MUST_MISS:
        assert not RX.search(m), ("must miss", m, RX.search(m))


def readback(path):
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


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in RX.finditer(variant)]
    return hits


def label_json(key):
    lang, cat, t, sla, ld_stated, capped, deemed, cv, base, forum_out = LABELS[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = cv
    rules = derive(t, sla, ld_stated, capped, deemed, cv, base, forum_out)
    d = {"file": NAMES[key], "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
         "expected_rules": rules}
    return d, rules


def check_values(key):
    lang, cat, t, sla, ld_stated, capped, deemed, cv, base, forum_out = LABELS[key]
    for k, v in TH.items():
        assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k, v)
    share = tco_share(t, cv, base)
    if share is not None:
        assert abs(share - TCO_SHARE_TH) > 2, (key, share)
    if t["contract_kind"] == S:
        assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None and capped is None, key
        assert t["final_payment_on_acceptance"] is None or key in (), key
    return share


PRICES = {  # parts that must add up to the contract value, and payment splits
    "z01": ([1080000, 636000, 218000, 46000], [20, 45, 35]),
    "z02": ([868000, 214000, 356000, 462000, 168000, 94000, 38000], [20, 35, 45]),
    "z03": ([408000, 408000, 178000], None),
    "z04": ([286500] * 4, None),
    "z05": ([520000, 386000, 98000, 26000], [65, 35]),
    "e01": ([1260000, 486000, 54000], [20, 45, 35]),
    "e02": ([432000 * 2, 60000 * 2, 76000], None),
    "e03": ([480 * 1850, 24 * 9600, 6 * 14600, 312000, 164000, 28000], [10, 55, 35]),
    "e04": ([112000, 58000 * 36], None),
    "e05": ([396000 * 2, 38000], None),
}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    scan_selftest()
    built = {k: (NAMES[k], NAMES[k].rsplit(".", 1)[1]) for k in NAMES if NAMES[k].endswith((".docx", ".pdf"))}
    write(SOURCES, built, OUT, wrap_words=True)
    for k in NAMES:
        if not NAMES[k].endswith((".docx", ".pdf")):
            (OUT / NAMES[k]).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", NAMES[k])
    covered = set()
    for k in NAMES:
        parts, split = PRICES[k]
        assert sum(parts) == LABELS[k][7], (k, sum(parts))
        assert split is None or sum(split) == 100, k
        d, rules = label_json(k)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        assert risk_of(rules) == RISK[k], (k, risk_of(rules))
        covered |= set(rules)
        share = check_values(k)
        stem = NAMES[k].rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(d, ensure_ascii=False, indent=1), encoding="utf-8")
        text = readback(OUT / NAMES[k])
        hits = scan(text)
        assert not hits, (k, hits)
        if k.startswith("z"):
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
            size = "%d chars (no whitespace), %d with whitespace" % (n, len(text))
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
            size = "%d words" % n
        print("%s %-60s %-45s %s%s" % (k, NAMES[k], ", ".join(x[3:] for x in rules) or "(none)", size,
                                        "" if share is None else ", TCO share %.1f %%" % share))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    counts = {k: len(DESIGN[k]) for k in DESIGN}
    assert 8 <= counts["z05"] <= 10 and counts["e01"] == 1
    assert sorted(k for k in counts if counts[k] == 0) == ["e03", "z01"]
    assert all(2 <= counts[k] <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
