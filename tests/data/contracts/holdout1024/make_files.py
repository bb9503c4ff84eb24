"""holdout1024: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts
lengths, threshold avoidance and rule coverage. Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = r"""
T:流动人口服务管理平台软件采购及定制开发合同
P:合同编号：JZGA-ZFCG-2027-0316        采购方式：公开招标（政府采购）
P:甲方（采购人）：江州市公安局
P:乙方（供应商）：湖州云图信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方就流动人口服务管理平台软件采购及定制开发事宜，经协商一致，订立本合同。本合同采用甲方合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供流动人口服务管理平台软件（含居住登记、居住证办理、出租房屋管理、积分申报、统计分析五个子系统）的永久使用许可，并按甲方需求完成定制开发、部署实施和培训。
P:1.2 定制开发内容包括：与省人口信息系统、市政务服务平台、社区网格系统的数据接口；外卖及快递从业人员专项登记模块；出租屋“以房管人”风险预警模型；移动端扫码登记小程序。
P:1.3 平台部署于甲方公安信息网及政务外网边界区，乙方不得在甲方场所之外部署任何生产环境副本。
H:第二条 合同价款
P:2.1 合同总价为人民币2,200,000元（大写：贰佰贰拾万元整），含税，为固定总价。其中：平台软件许可费1,180,000元；定制开发费860,000元；部署实施费124,000元；培训费36,000元。
P:2.2 上述价款已包含乙方完成本合同全部义务所需的一切费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订并经财政部门备案后15个工作日内，甲方支付合同总价的20%作为预付款，即440,000元。
P:3.2 系统完成部署、通过初步验收后，甲方支付合同总价的45%，即990,000元。
P:3.3 系统试运行满三个月并通过最终验收后，甲方支付合同总价的35%，即770,000元。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款通过国库集中支付方式办理。
P:3.5 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（可采用银行保函形式），最终验收合格后10个工作日内无息退还。
H:第四条 交付期限
P:4.1 乙方应于合同签订之日起120日内完成全部定制开发和部署，具备初步验收条件。
P:4.2 乙方应在合同签订后10日内提交项目实施方案及进度计划，经甲方确认后执行。
P:4.3 乙方应组建不少于8人的项目团队，项目经理须具有信息系统项目管理师资格，未经甲方书面同意不得更换；甲方认为乙方人员不能胜任的，有权要求乙方在7日内更换。
P:4.4 乙方应为甲方及各分局、派出所提供三期集中培训，每期两日，内容包括系统操作、日常管理、数据核查和常见故障处理，并提供培训教材。
H:第五条 验收
P:5.1 初步验收标准：（1）软件功能与招标文件技术规范及定制开发需求说明书逐项相符；（2）三个外部接口连续运行10日无数据丢失，数据比对差错为零；（3）在2,000名并发用户下，常用查询响应时间不超过2秒；（4）通过甲方委托的第三方安全测评，无中高危漏洞。
P:5.2 最终验收标准：试运行期间未发生一级故障，二级故障累计不超过3次；交付源代码、数据库设计说明、接口文档及运维手册；培训完成并经考核合格。
P:5.3 验收由甲方组织，必要时邀请专家参加，验收合格后双方签署验收报告。系统上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
H:第六条 质量保证及维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、接口适配和技术支持。
P:6.2 质保期满后，如甲方续购维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过106,200元，且三年内不上调。维护合同期满不自动续期，由双方另行签订。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:7.2 故障分级响应：一级故障（平台整体不可用或核心业务中断）30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（部分功能不可用）1小时内响应，24小时内解决；三级故障（一般问题）2个工作日内解决。
P:7.3 乙方未达到上述响应或恢复时限的，每超时一小时扣减维护服务费1,000元；月度可用率每低于承诺值0.01个百分点，扣减2,000元，甲方可从应付款项或履约保证金中直接扣除。
H:第八条 知识产权
P:8.1 平台软件原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 定制开发形成的程序、源代码、接口、模型、文档等成果的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用。
P:8.3 乙方保证所提供的软件不侵犯任何第三方的知识产权，因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台内的全部数据（包括人员信息、房屋信息、证件信息及系统日志）均属于甲方所有。乙方仅可为履行本合同在甲方授权范围内接触数据，不得以任何形式复制、留存、使用或向任何第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及公安机关信息安全管理规定，远程运维一律经甲方审批并通过堡垒机进行，操作全程录像；乙方人员须通过政审，并签署保密承诺书。
P:9.3 乙方发现数据泄露、篡改或安全事件的，应在1小时内报告甲方并采取处置措施。因乙方原因造成数据安全事件的，乙方承担全部责任，并赔偿甲方因此遭受的全部损失。
H:第十条 保密
P:10.1 乙方对履行合同过程中知悉的甲方工作秘密、警务信息、网络结构及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务不因本合同的终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 乙方交付的软件不符合约定，经整改仍不合格的，甲方有权拒收并要求乙方退还已付款项，乙方另按合同总价的10%支付违约金。
P:11.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方有下列情形之一的，甲方有权书面通知解除合同：（1）严重违约，经甲方书面催告后15日内仍未纠正；（2）发生数据安全事件且情节严重；（3）违反本合同第十二条。
P:13.2 合同解除后，乙方应交还全部数据和资料，并承担由此给甲方造成的损失。
H:第十四条 法律适用及争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及澄清文件均为本合同的组成部分。
P:15.2 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:15.3 本合同未尽事宜，按政府采购有关规定执行，双方可另行签订补充协议，补充协议须报财政部门备案。
P:甲方（盖章）：江州市公安局            乙方（盖章）：湖州云图信息技术有限公司
P:法定代表人或授权代表：                法定代表人或授权代表：
P:签订日期：2027年3月16日
"""

SRC["z02"] = r"""
T:生产线控制系统改造合同
P:合同编号：HGC-JG-2027-021
P:甲方：宁川市红鼎电火锅制造有限公司
P:乙方：常州恒控自动化工程有限公司
P:甲方拟对其三条电火锅总装及检测生产线的控制系统进行改造。经协商，双方就设备供货、软件许可、安装调试及后续维保事宜订立本合同，共同遵守。
H:第一条 改造范围
P:1.1 乙方负责将甲方一号、二号、三号生产线的原有继电器控制系统更换为PLC集中控制系统，包括控制柜、温控及功率检测模块、人机界面、工控机、产线监控软件及与甲方MES系统的数据接口。
P:1.2 乙方负责改造方案设计、设备供货、旧系统拆除、安装接线、程序编写、联调试产及操作培训。改造期间，乙方应按甲方排产计划分线停产施工，每条线停产时间不超过6日。
H:第二条 合同价格
P:2.1 合同总价为人民币1,552,000元（含13%增值税），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU及I/O模块）|6套|98,000|588,000
TB:2|温控及功率检测模块|36套|6,500|234,000
TB:3|人机界面触摸屏|12台|8,500|102,000
TB:4|工控机及数据采集网关|4套|41,000|164,000
TB:5|产线监控软件许可（三条线）|1套|288,000|288,000
TB:|设备及软件小计|||1,376,000
TB:6|安装调试及旧系统拆除|1项|152,000|152,000
TB:7|培训|1项|24,000|24,000
TB:|合同总价|||1,552,000
P:2.2 合同总价为固定价格，包括设备、软件、运输、保险、安装、调试、培训及税费。
P:2.3 乙方供货的PLC、触摸屏及工控机应为原厂全新正品，不得使用翻新件或拆机件，乙方应随货提供原厂供货证明。
H:第三条 付款
P:3.1 合同签订后10日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并安装完成后，甲方支付合同总价的55%。到货签收和安装完成不代表甲方对质量的认可，亦不视为验收。
P:3.3 三条生产线全部通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应向甲方开具等额增值税专用发票，甲方收到发票后15日内付款。
H:第四条 交货与工期
P:4.1 乙方应于合同签订后45日内将全部设备运抵甲方工厂，90日内完成三条生产线的改造并具备验收条件。
P:4.2 乙方逾期完成的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:4.3 乙方施工人员应遵守甲方厂区安全生产、消防及用电管理制度，电气作业人员须持有效特种作业操作证。施工中造成甲方设备、模具或产品损坏的，由乙方负责修复或赔偿。
P:4.4 甲方应按施工计划提供停产窗口、施工用电及临时存放场地，并指派工艺、设备人员配合联调。因甲方未按时提供停产窗口导致工期延误的，工期相应顺延。
H:第五条 设计与培训
P:5.1 乙方应在合同签订后15日内提交改造方案、电气原理图、控制柜布置图及I/O点表，经甲方工艺及设备部门书面确认后方可生产和施工。甲方确认不免除乙方对设计质量的责任。
P:5.2 乙方应为甲方操作工、班组长和设备维修人员分别提供现场培训，内容包括日常操作、参数设置、报警处理、程序备份与恢复，培训后甲方维修人员应能独立处理常见故障。
P:5.3 乙方应提供质保期内常用备品备件清单及报价，并在甲方工厂寄存一套关键备件（CPU模块、电源模块、温控模块各一件），所有权在甲方付款后转移给甲方。
H:第六条 验收
P:6.1 验收标准：（1）设备型号、数量与本合同一致，出厂合格证及检测报告齐全；（2）每条生产线连续满负荷运行72小时无停机故障；（3）温控精度达到±1℃，功率检测数据与标准仪表偏差不超过0.5%；（4）产线数据实时上传MES系统，数据完整无丢失；（5）急停及安全联锁功能测试合格。
P:6.2 甲方在乙方提交验收申请后7日内组织验收，验收合格的签署最终验收报告。安装完成、试生产或甲方使用设备均不视为验收合格。
H:第七条 质量保证
P:7.1 质保期为九个月，自最终验收合格之日起计算。质保期内，设备及软件出现非甲方原因造成的故障，乙方免费维修或更换。
P:7.2 质保期内乙方提供以下服务：一级故障（整条生产线停产）2小时内响应，6小时内到达现场，24小时内恢复生产；二级故障（单台设备或部分功能异常）8小时内响应，48小时内解决。
P:7.3 乙方超过上述响应或恢复时限的，每超过一小时向甲方支付500元违约金，甲方可从应付款中扣除。
H:第八条 质保期满后的维保服务
P:8.1 质保期满后，乙方继续为甲方提供设备及软件维保服务，年度维保费按设备及软件小计的24%计取，即每年330,240元，在维保期间保持不变。
P:8.2 维保服务内容包括：每季度一次现场巡检、PLC程序维护、软件升级、备件更换（不含易损件）及上述第7.2条规定的故障响应。维保费于每个维保年度开始后30日内支付。
P:8.3 维保期间，甲方可提前60日书面通知乙方终止维保服务，已支付的当期维保费按未服务的月数退还。
H:第九条 知识产权
P:9.1 乙方为本项目编写的PLC程序、人机界面画面、接口程序及相关源代码和技术文件的知识产权归甲方所有，甲方可自行修改或委托第三方使用。
P:9.2 产线监控软件原有知识产权归乙方所有，乙方授予甲方在本厂范围内永久使用的许可。
H:第十条 数据安全
P:10.1 生产线运行产生的工艺参数、产量、质量检测数据等全部数据归甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:10.2 乙方远程维护须事先取得甲方书面批准，通过甲方指定的安全通道接入，并记录操作日志；乙方应采取必要的网络安全措施，防止病毒侵入甲方工控网络。
P:10.3 因乙方原因导致数据泄露、丢失或工控网络安全事件的，乙方应在2小时内通知甲方，负责处置并赔偿甲方损失。
H:第十一条 保密
P:11.1 乙方对在本项目中知悉的甲方工艺配方、产品设计、生产数据及经营信息负有保密义务，不得向任何第三方披露，保密期限至合同终止后三年。
H:第十二条 责任限额
P:12.1 乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但人身伤亡、故意或重大过失、违反第十条和第十一条造成的损失不受此限。
H:第十三条 分包
P:13.1 未经甲方书面同意，乙方不得将本合同项下的任何工作分包给第三方。经同意分包的，乙方仍对分包工作承担全部责任。
H:第十四条 合同解除
P:14.1 乙方严重违约，经甲方书面通知后15日内未予纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:14.2 乙方逾期超过45日的，甲方可以解除合同。
P:14.3 合同解除的，乙方应配合甲方恢复生产线原有控制方式或完成交接，保证甲方生产不受影响。
H:第十五条 争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，提交宁川仲裁委员会仲裁。
H:第十六条 不可抗力
P:16.1 因地震、火灾、洪水等不可抗力致使合同不能履行的，受影响一方应在3日内通知对方并提供证明，双方协商延期履行或解除合同，互不承担违约责任。
H:第十七条 其他
P:17.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：                      乙方（盖章）：
P:代表人：                            代表人：
P:日期：2027年4月8日"""

SRC["z03"] = r"""预约及会员管理SaaS服务合同

合同编号：YF-SaaS-2027-058
甲方：翼飞无人机培训连锁管理有限公司
乙方：杭州课栈网络科技有限公司

甲方在全国经营35家无人机驾驶员培训门店。为统一学员预约、排课、会员及场地管理，甲方向乙方订购"课栈"预约及会员管理SaaS服务及实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方35家门店提供在线服务，包括：
1. 学员在线预约、排课及签到；
2. 会员卡、课时包及积分管理；
3. 飞行场地、模拟器及教练排班管理；
4. 考证进度跟踪及结业证书管理；
5. 经营数据报表及总部驾驶舱。
（二）实施服务包括：门店及账号开通、历史会员数据迁移、与甲方微信公众号及支付通道对接、按甲方课程体系完成配置、对门店店长及前台人员进行培训。
（三）服务期为两个服务年度。第一个服务年度自上线验收合格之日起算，第二个服务年度自第一个服务年度届满次日起算。

二、服务费用
（一）合同总价为人民币730,000元（含税），其中：
1. 订阅服务费：每家门店每个服务年度9,600元，35家门店每个服务年度336,000元，两个服务年度共计672,000元；
2. 实施费：58,000元，一次性支付。
（二）服务期内甲方新增门店的，按每家门店每个服务年度9,600元的单价按剩余月数折算增加费用；关闭门店的，自次一服务年度起相应减少。
（三）除上述费用外，甲方无需另行支付账号、存储或版本升级费用。

三、付款方式
（一）实施费在上线验收合格后15日内支付。
（二）每个服务年度的订阅服务费，在该服务年度开始后30日内支付。
（三）乙方应在付款前开具增值税专用发票。本合同不设预付款。

四、实施与验收
（一）乙方应在合同签订后40日内完成全部门店开通、数据迁移及对接，具备上线条件。
（二）上线验收标准：
1. 历史会员、课时余额和积分迁移后与甲方原系统逐条核对一致；
2. 预约、排课、签到、核销全流程在全部门店测试通过；
3. 支付对账连续7日与支付通道账单一致；
4. 在500名学员同时在线预约时，页面响应时间不超过2秒；
5. 店长及前台人员培训完成。
（三）甲方在收到验收申请后5个工作日内组织验收，合格后签署上线验收单。系统开通或门店试用不视为验收合格。
（四）乙方未能按期具备上线条件的，每逾期一日向甲方支付600元违约金。
（五）甲方应指定一名项目负责人，按乙方提供的模板整理并提交历史会员数据、课程体系及门店信息，并协调各门店配合培训和测试。因甲方资料延迟提交导致的延误，实施期限相应顺延。

五、服务水平
（一）乙方保证平台每月可用率不低于99.5%，计划内维护应安排在凌晨0点至6点并提前3日通知。
（二）故障响应：
1. 一级故障（平台不可用或无法预约、支付）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能异常）：2小时内响应，8小时内恢复；
3. 三级故障（一般咨询或优化需求）：1个工作日内答复。
（三）未达到可用率承诺的，按下列标准抵扣当月订阅服务费：低于承诺值但不低于99%的，抵扣5%；低于99%的，抵扣10%。一级故障响应每超时1小时，另抵扣500元。
（四）乙方应于每月5日前向甲方提供上月可用率及故障统计报告；甲方有异议的，以双方核对后的数据为准。

六、数据安全
（一）乙方应将甲方数据存储于中国境内的数据中心，采取加密存储、访问控制、操作审计和每日备份等措施，平台通过网络安全等级保护三级测评。
（二）发生数据泄露、丢失或篡改的，乙方应在24小时内通知甲方，采取补救措施，并赔偿由此给甲方造成的损失。
（三）服务期满或合同解除后30日内，乙方应按甲方要求导出并交付全部数据，随后删除并出具删除证明。
（四）乙方人员仅可在处理甲方服务请求所必需的范围内访问甲方数据，访问须经甲方管理员授权并留存日志，日志保存期限不少于六个月。乙方应定期对员工进行数据安全培训，并对离职人员及时注销权限。
（五）乙方不得将甲方数据传输至境外，不得委托第三方存储甲方数据。

七、数据归属和使用
（一）甲方录入及平台运行产生的学员信息、会员信息、交易记录等数据归甲方所有。
（二）甲方同意，乙方可在去除学员身份信息后，将甲方的预约、课程及消费数据汇总用于乙方的行业分析报告、产品改进和面向其他客户的经营对标服务，该项使用在本合同终止后继续有效。

八、保密
双方对在合作中获知的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内继续有效。

九、知识产权
（一）SaaS平台及其原有功能的知识产权归乙方所有。
（二）乙方按甲方要求开发的课程配置模板、报表及对接程序归甲方所有，甲方可自由使用、修改并许可他人使用。
（三）乙方保证平台不侵犯第三方知识产权；因侵权导致甲方被索赔的，由乙方负责处理并承担全部费用。

十、服务期内的支持与升级
（一）乙方应为甲方提供7×24小时在线客服及电话支持，并指定一名客户成功经理，每季度向甲方总部提交一次服务报告，内容包括可用率、故障处理、需求排期及门店使用情况。
（二）乙方对平台进行版本升级的，应提前7日通知甲方，不得降低本合同约定的功能和服务水平；涉及学员端界面重大变化的，应提前提供培训资料。
（三）甲方提出的个性化需求，乙方应在5个工作日内评估并给出排期；属于本合同配置范围内的，不另行收费。

十一、续期
本合同期满前30日，任何一方未书面提出不续约的，合同自动续期一个服务年度，可多次续期。续期时乙方有权根据市场情况调整订阅服务单价，但上调幅度不超过上一服务年度单价的8%。

十二、违约与责任限额
（一）任何一方违约给对方造成损失的，应承担赔偿责任。
（二）乙方在本合同项下的累计赔偿责任不超过合同总价的150%，但因数据泄露造成的损失不受此限。
（三）乙方逾期超过30日仍未具备上线条件的，甲方有权解除合同，并要求乙方返还已付款项。

十三、分包
乙方不得将本合同项下的实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十四、合同解除
乙方严重违约，经甲方书面通知后15日内仍未改正的，甲方有权解除合同，乙方应退还未履行服务期对应的服务费。

十五、不可抗力
因不可抗力导致平台中断或合同不能履行的，受影响一方应及时通知对方并在10日内提供证明，在不可抗力影响范围内免除责任。不可抗力持续超过60日的，任何一方可书面通知解除合同，乙方退还未履行期间的服务费。

十六、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，由双方协商解决；协商不成的，提交杭州仲裁委员会仲裁。

十七、通知
本合同项下的通知应以书面形式发送至合同首页载明的地址或双方指定的电子邮箱，邮件发出后一个工作日视为送达。任何一方变更联系方式的，应提前5日书面通知对方。

十八、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
日期：2027年5月20日               日期：2027年5月20日
"""

SRC["z04"] = r"""违停抓拍系统年度运维服务合同

项目名称：违停抓拍系统运维服务项目
采购方式：竞争性磋商
合同编号：LZJJ-YW-2027-004
甲方：临州市公安局交通警察支队
乙方：合肥视通智能科技有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就违停抓拍系统运维服务事项达成如下协议。

第一条 服务范围
1. 运维对象为甲方辖区内已建成的违停抓拍系统，包括前端抓拍点位312个（球机、枪机、补光灯、立杆、供电及传输设备）、中心管理平台、存储设备及与公安交通集成指挥平台的接口。
2. 服务内容包括：前端设备日常巡检、清洁、故障维修和备件更换；中心平台及存储系统运行维护；抓拍数据上传质量监测；违停证据审核辅助；配合甲方开展设备迁移和点位调整；汛期、节假日及重大活动保障。
3. 服务期自2027年1月1日起至2027年12月31日止。

第二条 服务费用
1. 本合同总价为人民币968,000元（含税），为包干价格。其中：前端点位巡检维护费577,200元（312个点位，每点位1,850元）；中心平台及存储运维费186,000元；备品备件包干费148,800元；驻场人员费56,000元。
2. 单个配件价值超过2,000元的非人为损坏更换，已包含在备品备件包干费内；因交通事故、盗抢等外力造成的损坏，由乙方先行修复，费用经甲方确认后据实结算，不超过合同总价的8%。
3. 服务期内甲方新增或撤除点位的，按每点位1,850元的单价按实际服务月数折算增减费用。

第三条 付款方式
1. 服务费按季度支付，每季度服务期满并经甲方考核后15个工作日内，甲方根据考核结果支付当季度服务费，每季度为合同总价的四分之一。
2. 本合同不设预付款。乙方应在每次付款前开具合法有效的发票。
3. 当季度扣减金额较多的，甲方可约谈乙方负责人，乙方应在7日内提交书面整改报告。

第四条 服务标准
1. 乙方应在合同生效后10日内完成进场交接，建立设备台账，并对全部点位完成一次全面巡检。
2. 前端设备每月巡检一次，每季度清洁镜头及补光灯一次；中心平台每日巡检并记录运行日志。
3. 故障响应：一级故障（中心平台不可用或10个以上点位同时离线）30分钟内响应，2小时内到达现场，8小时内修复；二级故障（单个点位离线或抓拍图片不清晰）2小时内响应，24小时内修复；三级故障（其他一般问题）3个工作日内处理完毕。
4. 乙方应在服务期内安排2名驻场工程师在甲方指挥中心值守，工作日8:30至17:30在岗，节假日按甲方安排值班。
5. 重大活动、恶劣天气及节假日前，乙方应对重点路段点位开展专项巡检，并制定应急保障方案报甲方备案。
6. 乙方应于每月5日前提交上月运维报告，内容包括巡检情况、故障统计、备件使用及设备运行分析，并提出改进建议。

第五条 考核及验收
1. 甲方按季度对乙方服务进行考核，考核内容包括：巡检记录是否完整，故障响应和修复是否超时，抓拍数据上传是否按时，驻场人员是否在岗。
2. 季度考核结果作为支付当季度服务费的依据。年度服务期满后，甲方根据四个季度的考核记录、运维报告和设备台账组织年度验收，并出具验收意见。
3. 故障响应每超时1小时，扣减服务费300元；修复每超时1日，扣减服务费500元；巡检漏检一个点位，扣减200元。扣减金额从当季度服务费中直接扣除。

第六条 人员与安全作业
1. 乙方应组建不少于6人的运维团队，设项目负责人一名，具有三年以上视频监控系统运维经验；团队人员名单及身份信息应报甲方备案，人员变更须提前告知甲方。
2. 乙方人员在道路上作业的，应按规定设置警示标志和锥桶，穿着反光背心，高空作业须使用合格的登高车辆和安全防护用品。作业造成人身伤害或第三方财产损失的，由乙方承担责任。
3. 乙方应配备运维车辆、登高设备、测试仪器和常用备件，并在市区设立备件库，保证常用备件库存满足两周的更换需要。

第七条 甲方的义务
1. 甲方向乙方提供现有系统的建设资料、设备清单和网络拓扑，并为驻场人员提供办公场所。
2. 甲方应协调供电、通信等单位配合乙方处理外部线路故障；因外部供电或通信线路中断导致的设备离线，不计入乙方的修复超时。
3. 甲方应及时确认乙方提交的运维报告和考核材料，对考核结果有异议的，双方应在5个工作日内核实。

第八条 数据安全
1. 抓拍图片、视频、车辆号牌等全部数据属于甲方所有。乙方不得复制、留存、查询、使用或向任何第三方提供上述数据。
2. 乙方维护人员接入公安网络的，须经甲方审批，通过指定运维终端和堡垒机操作，禁止使用移动存储介质；更换的存储硬盘应交甲方统一销毁。
3. 乙方应遵守《数据安全法》和公安机关网络安全管理规定。发生数据泄露或安全事件的，乙方应在1小时内报告甲方并配合处置，因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第九条 保密
乙方及其人员对履行本合同过程中知悉的警务工作秘密、点位布设、网络结构及车辆信息负有保密义务，不得以任何方式泄露。乙方驻场人员须签署保密承诺书。本条义务在合同终止后继续有效。

第十条 知识产权
乙方在服务中形成的运维报告、设备台账、配置文件和脚本归甲方所有，甲方可自由使用。

第十一条 分包
乙方可将部分前端点位的巡检和维修工作分包给具备相应能力的单位，但应提前5个工作日书面告知甲方，并对分包单位的工作质量承担责任。

第十二条 违约责任
1. 乙方未能在约定期限内完成进场交接或全面巡检的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
2. 乙方违反第八条、第九条规定的，应按合同总价的10%支付违约金，并赔偿甲方全部损失。
3. 甲方未按约定付款的，应按逾期金额每日万分之三向乙方支付违约金。

第十三条 合同的履行和解除
1. 鉴于违停抓拍系统关系道路交通管理秩序，合同签订后，除不可抗力导致合同目的无法实现外，双方均不得解除本合同。
2. 乙方出现服务不达标、违约等情形的，甲方可按本合同扣减服务费、要求乙方支付违约金并限期整改，乙方应继续履行合同，双方不得以此为由解除合同。

第十四条 不可抗力
因自然灾害、道路施工改造等不可抗力或非乙方原因导致设备损毁、无法维护的，乙方不承担超时责任，但应及时报告甲方并采取临时措施，尽量减少对抓拍功能的影响。

第十五条 服务期满
本合同服务期满即终止，不自动续期。甲方如需继续采购运维服务，将依法另行组织采购。合同终止时，乙方应向甲方移交全部设备台账、配置资料和运维记录，并配合新的服务单位完成交接。

第十六条 法律适用及争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院起诉。

第十七条 其他
1. 磋商文件、响应文件、成交通知书为本合同的组成部分。
2. 本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。
3. 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：临州市公安局交通警察支队
乙方（盖章）：合肥视通智能科技有限公司
签订日期：2026年12月18日
"""

SRC["z05"] = r"""# 匠链工艺追溯软件销售及开发合同

> 苏州匠链软件有限公司 标准合同文本 JL-HT-V3.0

合同编号：JL-2027-0611

甲方：宜兴市锡韵锡壶工作室

乙方：苏州匠链软件有限公司

甲方因经营需要，向乙方购买"匠链"工艺追溯管理软件并委托乙方进行定制开发。双方本着平等互利的原则，经友好协商，签订本合同。

## 第一条 产品及服务

1.1 乙方向甲方提供"匠链"工艺追溯管理软件标准版（以下简称"软件"）的永久使用许可，用户数20个，功能包括：原料入库登记、熔锡及铸坯工序记录、錾刻与打磨工序派工、成品检验、一物一码追溯及销售出库，支持电脑端和手机端使用。

1.2 乙方根据甲方提出的需求进行以下定制开发：

1. 手工錾刻工艺图谱库及匠人工时统计模块；
2. 锡料成分检测报告关联功能；
3. 面向顾客的扫码验真及作品故事展示页面；
4. 与甲方网店订单系统的对接接口。

1.3 乙方负责软件在甲方服务器上的安装部署，并提供操作培训。

1.4 软件标准功能以乙方产品说明书为准，说明书未列明的功能不属于本合同范围；定制开发内容以双方确认的需求清单为准，清单以外的需求另行报价。

## 第二条 合同金额

2.1 本合同总金额为人民币282,000元（含税），明细如下：

| 序号 | 项目 | 金额（元） |
| --- | --- | --- |
| 1 | 工艺追溯管理软件标准版永久许可（20用户） | 168,000 |
| 2 | 定制开发（四项） | 96,000 |
| 3 | 安装部署及培训 | 18,000 |
| | 合计 | 282,000 |

2.2 甲方需要增加用户数或功能的，按乙方届时的报价另行签订合同。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总金额的65%，即183,300元，乙方收到款项后开始开发工作。

3.2 系统上线后5个工作日内，甲方支付合同总金额的35%，即98,700元。

3.3 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付滞纳金；逾期超过15日的，乙方有权暂停服务、停止开发，并不承担由此产生的任何责任。

3.4 乙方在收到每笔款项后开具增值税普通发票。

## 第四条 开发与交付

4.1 乙方计划在收到首笔款项后75个工作日内完成开发、安装部署并上线。开发周期为乙方预估，因需求变更、甲方配合不及时或其他非乙方原因导致的延期，乙方不承担责任。

4.2 甲方应在乙方要求的时间内提供需求资料、工艺流程说明和测试数据，指定专人配合测试，并提供符合乙方要求的服务器及网络环境。

4.3 开发过程中甲方提出需求变更的，乙方有权重新评估工期并另行收取费用。

4.4 乙方完成开发后，将通过微信或邮件通知甲方安排上线时间；甲方应在通知后5个工作日内安排上线，逾期未安排的，视为系统已上线。

4.5 乙方在甲方提供的服务器上安装数据库及软件。服务器配置要求以乙方提供的部署说明为准（处理器不低于8核，内存不低于32GB），由甲方自行采购。

4.6 乙方提供两次现场培训，每次半天，培训对象为甲方管理人员和车间记录员；超出部分按每人天2,000元另行收费。乙方提供电子版用户手册。

## 第五条 上线与验收

5.1 系统安装部署完成后即可上线运行。系统上线运行即视为甲方验收合格。

5.2 系统上线后甲方发现问题的，应以书面形式通知乙方，乙方在免费维护期内负责处理。上线后甲方提出的任何意见不影响验收结论及甲方付款义务。

## 第六条 免费维护

6.1 自系统上线之日起，乙方提供六个月的免费维护，内容包括软件缺陷修复及远程技术支持。

6.2 乙方在工作日9:00至17:00通过电话、微信或远程方式提供技术支持，乙方将尽合理努力尽快处理甲方反映的问题。

6.3 下列情形不属于免费维护范围：甲方操作不当、擅自修改软件或数据库、服务器及网络故障、病毒攻击、不可抗力等。

6.4 免费维护期内，乙方提供的软件升级仅限于缺陷修复版本，不包括新增功能的版本。

## 第七条 后续维护

7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，年度维护费按乙方当年度公布的价目表执行。

7.2 甲方未续签维护合同的，乙方不再提供任何技术支持和软件升级。

7.3 续签维护合同的，维护费应在每个维护年度开始前一次性支付。

## 第八条 软件授权

8.1 软件采用授权文件方式激活，授权绑定甲方服务器。甲方更换服务器的，须由乙方重新授权，每次收取授权迁移费1,000元。

8.2 甲方不得超出授权用户数使用软件；超出使用的，甲方应按乙方标准报价补缴许可费用。

## 第九条 甲方义务

9.1 甲方应保证服务器、网络、操作系统及数据库许可合法有效，并指定专人负责与乙方对接。

9.2 甲方应按本合同约定及时付款，不得擅自修改软件程序或数据库结构，否则由此产生的问题由甲方自行承担。

## 第十条 知识产权

10.1 软件及本合同项下定制开发成果（包括程序、源代码、页面、接口、数据库设计和文档）的全部知识产权归乙方所有。

10.2 乙方授予甲方在本工作室内部使用上述软件及定制开发成果的非独占、不可转让的许可。甲方不得对软件进行修改、反向工程，不得将定制开发成果提供给第三方使用。

10.3 乙方有权将定制开发成果用于其标准产品或向其他客户提供。

## 第十一条 数据

11.1 甲方在软件中录入的工艺记录、作品信息、客户信息及订单数据归甲方所有，乙方仅为安装、维护软件的目的接触上述数据，不得用于其他目的。

11.2 乙方进行远程维护时，应事先取得甲方同意，使用加密通道登录，维护结束后及时关闭远程连接，不得下载或留存甲方数据。

11.3 因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方，协助恢复数据，并承担相应的赔偿责任。

11.4 甲方应自行做好数据备份。因甲方未备份造成的数据损失，乙方不承担责任。

## 第十二条 违约责任

12.1 任何一方违反本合同约定的，应承担相应的违约责任。

12.2 乙方在本合同项下承担的全部赔偿责任，累计不超过合同总金额的20%。乙方对甲方的间接损失、利润损失、商誉损失不承担责任。

12.3 乙方不对软件在甲方特定经营环境下的运行效果及经济效益作出任何保证。

## 第十三条 合同解除

13.1 任何一方严重违反本合同，经对方书面催告后15日内仍未改正的，守约方有权书面通知解除本合同。

13.2 因甲方原因解除合同的，甲方已支付的款项不予退还。

13.3 合同解除后，甲方应停止使用定制开发成果，并删除相关程序副本。

## 第十四条 不可抗力

因不可抗力导致合同不能履行的，双方互不承担责任。遭受不可抗力的一方应及时通知对方。

## 第十五条 争议解决

因本合同发生的争议，双方应友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十六条 通知

双方联系人及联系方式以合同签署页为准。乙方通过微信、电子邮件发出的通知，发出即视为送达。

## 第十七条 其他

17.1 本合同未尽事宜，以乙方的标准服务条款为准。

17.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

17.3 本合同附件包括需求清单和产品说明书，与本合同具有同等效力。

甲方（盖章）：

乙方（盖章）：

日期：2027年6月11日
"""

SRC["e01"] = r"""
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. LFS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made on 14 July 2027 between Anhui Fengyuan Seed Industry Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Hefei, Anhui Province (the "Customer"), and Letchworth Field Systems, Inc., a New York corporation with its principal office at Main Street, Geneseo, New York, United States of America (the "Vendor").
P:The Customer runs a plant-breeding programme with field-trial stations in four provinces. The Vendor develops and licenses the FieldLedger software for trial design, plot management, phenotype data capture and breeding analytics. The Customer wishes to license FieldLedger on a perpetual basis and to engage the Vendor to implement it, migrate its historical trial data and train its staff. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the FieldLedger server application, the FieldLedger mobile data-capture application and the analytics module, in object code, together with the user and administrator documentation, in the version current at the date of this Agreement and any updates supplied under it.
P:1.2 "Custom Deliverables" means the interfaces, data-migration scripts, report templates, trial-design templates and configuration developed by the Vendor specifically for the Customer under this Agreement, including their source code and documentation.
P:1.3 "Customer Data" means all data entered into, uploaded to or generated by the Software in the Customer's environment, including germplasm records, pedigrees, trial layouts, phenotype observations, genotype files and images.
P:1.4 "Final Acceptance" means the Customer's written confirmation that the Software and the Custom Deliverables have passed the tests in Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software for up to 120 named users and an unlimited number of mobile devices, for the internal purposes of the Customer and its wholly owned subsidiaries in mainland China.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The Customer shall not resell the Software or make it available to third parties as a service.
P:2.3 The Software will be installed on servers owned or controlled by the Customer in its data centre in Hefei. The Vendor shall not host any copy of Customer Data.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,760,000, inclusive of all taxes payable in China, made up as follows: perpetual Software licence fee CNY 1,260,000; implementation and interface development CNY 310,000; migration of historical trial data CNY 148,000; training CNY 42,000.
P:3.2 The Contract Price is fixed.
H:Article 4 Payment
P:4.1 The Customer shall pay twenty per cent of the Contract Price (CNY 352,000) within 30 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay forty-five per cent of the Contract Price (CNY 792,000) within 30 days after the parties sign the Installation Certificate. The Installation Certificate records only that the Software has been installed and is not acceptance.
P:4.3 The Customer shall pay the remaining thirty-five per cent of the Contract Price (CNY 616,000) within 30 days after Final Acceptance.
H:Article 5 Delivery, Implementation and Acceptance
P:5.1 The Vendor shall deliver the Software within 20 days after signature, install it within 45 days after signature and make the Software and the Custom Deliverables ready for acceptance testing within 150 days after signature, in accordance with the project plan agreed at the kick-off meeting.
P:5.2 Acceptance tests shall verify at least that: (a) every function listed in Annex 1 operates as described; (b) all historical trial records from 2009 onwards have been migrated and reconcile with the source database by record count and by checksum of the observation values; (c) the interfaces to the Customer's laboratory information system and ERP exchange data without error over ten consecutive working days; (d) the mobile application synchronises field observations from at least 60 concurrent devices without data loss; and (e) standard reports return within three seconds for a trial of 5,000 plots.
P:5.3 If any test fails, the Vendor shall correct the defect and repeat the test at its own cost. Installation, data migration, go-live or productive use of the Software by the Customer shall not by itself constitute acceptance.
P:5.4 If the Vendor fails to make the Software ready for acceptance testing by the date in Article 5.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. Liquidated damages do not relieve the Vendor of its obligation to complete the work.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that for eighteen (18) months after Final Acceptance (the "Warranty Period") the Software and the Custom Deliverables will conform in all material respects to the documentation and Annex 1. During the Warranty Period the Vendor shall correct defects, supply all updates and new releases, and provide support free of charge.
P:6.2 Support requests are classified as follows. Severity 1: the Software is unavailable or data capture is blocked at any station; the Vendor shall respond within two hours and provide a workaround or fix within one business day. Severity 2: a major function is impaired; response within eight business hours and fix within five business days. Severity 3: minor defects and questions; response within two business days.
P:6.3 If the Vendor misses a Severity 1 response or fix time, it shall credit the Customer CNY 1,000 for each hour or part hour of delay, deducted from the next payment or from the Annual Support fee.
P:6.4 After the Warranty Period, the Customer may order Annual Support, which comprises the same services and service levels as in Articles 6.1 to 6.3. The Annual Support fee is eleven per cent of the Software licence fee, that is CNY 138,600 per year, and shall not be increased for the first four support years. Annual Support is ordered year by year by written purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all rights in the Software, subject to the licence in Article 2.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation with the Final Acceptance package. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose, including after termination.
P:8.2 The Vendor's staff may access the Customer's systems only through the Customer's VPN with multi-factor authentication, after the Customer approves each session, and shall not transfer Customer Data outside the Customer's environment or outside mainland China.
P:8.3 The Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the PRC in performing this Agreement, and shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Data. The Vendor is responsible for all losses, remediation costs and regulatory penalties caused by a security incident attributable to it or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including breeding material data, trial results and commercial terms, and shall use it only for this Agreement. This obligation continues for three years after termination, and without time limit for germplasm and breeding data.
H:Article 10 Liability
P:10.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, fraud, wilful misconduct, infringement under Article 7.3, or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for any subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature and continues until all obligations have been performed. The licence in Article 2 survives any termination except termination by the Vendor for non-payment of the licence fee.
P:12.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after written notice, or if liquidated damages under Article 5.4 reach their maximum. On such termination the Vendor shall refund the amounts paid for work not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of New York, without regard to its conflict-of-laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration administered by the International Centre for Dispute Resolution under its International Arbitration Rules. The seat of arbitration is New York, New York. The tribunal shall consist of one arbitrator and the language of the arbitration shall be English.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Project Plan), is the entire agreement between the parties on its subject matter.
P:14.2 This Agreement is signed in English in two originals, one for each party.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

SRC["e02"] = r"""# ORDER FORM AND GENERAL TERMS - AUDITTRAIL QMS SUBSCRIPTION

Order Form No. ATQ-2027-0388

## PART A - ORDER FORM

### A1. Parties

**Customer:** Ningbo Haiyue Electric Appliance Co., Ltd., a company registered in Ningbo, Zhejiang Province, People's Republic of China.

**Vendor:** Bald Eagle Quality Software, LLC, a Pennsylvania limited liability company with its office on East Main Street, Lock Haven, Pennsylvania, United States of America.

This Order Form and the General Terms in Part B together form the agreement between the Customer and the Vendor (the "Agreement"). If this Order Form conflicts with Part B, this Order Form prevails.

### A2. Services and Subscription Term

The Vendor will provide the AuditTrail QMS cloud service for supplier quality management, including supplier onboarding and qualification, incoming-inspection records, corrective and preventive action (CAPA) workflows, supplier audit planning and scoring, and management dashboards (the "Service"), together with the onboarding services described in A4.

The Subscription Term runs for twenty-four (24) months from the Subscription Start Date, which is the date of Go-Live Acceptance under A4. Subscription Year 1 is the first half of the Subscription Term and Subscription Year 2 is the second half.

### A3. Fees

| Item | Quantity | Fee per Subscription Year (CNY) | Total for Term (CNY) |
| --- | --- | --- | --- |
| AuditTrail QMS platform subscription | 250 named users | 288,000 | 576,000 |
| Supplier Portal add-on | 400 supplier accounts | 54,000 | 108,000 |
| Sandbox environment | 1 | 18,000 | 36,000 |
| Subscription subtotal | | 360,000 | 720,000 |
| Onboarding services (one-time) | 1 | | 64,000 |
| **Total Contract Value** | | | **784,000** |

All fees are in CNY and include VAT. Fees are fixed for the Subscription Term. Additional users may be added at the same unit price, pro rata for the remainder of the Subscription Term.

### A4. Onboarding and Go-Live Acceptance

The Vendor will configure the Service for the Customer's three factories, set up the Customer's supplier-classification rules, inspection plans and CAPA workflow, import the Customer's supplier master data and open audit findings, build an interface to the Customer's ERP for purchase orders and goods receipts, and train key users.

The Vendor will make the Service ready for Go-Live Acceptance within 70 days after signature of this Order Form. The Customer will test the Service against the acceptance scripts attached as Exhibit 1. Go-Live Acceptance requires that: (a) all scripts pass; (b) imported supplier records reconcile with the ERP supplier master by count and key fields; (c) the ERP interface transfers purchase orders and goods receipts without error for ten consecutive working days; and (d) at least 20 key users have completed training. The Customer will sign a Go-Live Acceptance certificate within five working days after these criteria are met. Use of the Service before that date for testing or training is not acceptance.

If the Service is not ready for Go-Live Acceptance within the period stated above for reasons attributable to the Vendor, the Vendor will pay the Customer CNY 500 for each day of delay, up to CNY 30,000 in total.

### A5. Payment

The subscription fees are invoiced quarterly in arrears, at CNY 90,000 per quarter, starting at the end of the first quarter after the Subscription Start Date. The onboarding fee is invoiced after Go-Live Acceptance. No amount is payable before the Subscription Start Date. The Customer will pay each correct invoice within 30 days after receipt.

### A6. Hosting, Contacts and Special Terms

The Service and all Customer Data are hosted in a data centre in Shanghai operated by Yangtze Cloud Hosting Co., Ltd., the Vendor's hosting partner, which the Customer approves by signing this Order Form.

The Subscription Term ends at the end of Subscription Year 2. Any further subscription requires a new Order Form signed by both parties; there is no automatic renewal.

Signed for the Customer: ____________________ Signed for the Vendor: ____________________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, documents and images submitted to the Service by or for the Customer or its suppliers, and all records generated from them in the Service.

1.2 "Customer Configurations" means the workflows, forms, inspection plans, scoring models, reports and interface mappings built for the Customer under this Agreement.

1.3 "Documentation" means the Vendor's current user guides and service descriptions for the Service.

### 2. Provision of the Service

2.1 The Vendor will provide the Service in accordance with the Documentation and this Agreement, and grants the Customer and its authorised users a non-exclusive right to use the Service during the Subscription Term for the Customer's internal business.

2.2 The Vendor may update the Service from time to time, provided that no update materially reduces the functionality or security of the Service. The Vendor will give at least 14 days' notice of any update that changes how users work.

### 3. Service Levels

3.1 The Vendor targets monthly availability of the production Service of at least 99.95%, excluding scheduled maintenance announced at least three days in advance and carried out between 22:00 and 06:00 Beijing time.

3.2 Support requests are handled as follows. Priority 1 (the Service is unavailable or users cannot record inspections): initial response within one hour, at any time of day. Priority 2 (a major function is impaired): response within six business hours. Priority 3 (other issues and questions): response within two business days.

3.3 The service levels in this Section 3 are targets. No service credits, fee reductions, refunds or other compensation are payable for any failure to meet them.

### 4. Customer Data and Data Security

4.1 As between the parties, the Customer owns all Customer Data. The Vendor will use Customer Data only to provide the Service and the onboarding services to the Customer and will not sell, analyse, aggregate or otherwise use it for any other purpose, during or after the Subscription Term.

4.2 The Vendor will keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to personnel who need it to provide the Service, use multi-factor authentication for administrative access, keep access logs for at least one hundred and eighty days, and maintain its ISO 27001 certification and a Level 3 filing under the Multi-Level Protection Scheme for the hosting environment.

4.3 The Vendor will notify the Customer within 24 hours after becoming aware of any breach of security leading to unauthorised access to, or loss or alteration of, Customer Data, will take all reasonable steps to contain it, and will bear the costs of investigation, notification and remediation and the Customer's losses caused by a breach attributable to the Vendor or its hosting partner.

4.4 Within 30 days after the end of the Subscription Term, the Vendor will return all Customer Data in a standard export format and then delete it, and will certify the deletion in writing.

### 5. Confidentiality

5.1 Each party will keep confidential the other party's non-public information disclosed under this Agreement, including supplier terms, quality results and pricing, use it only for this Agreement and disclose it only to its employees and advisers who need to know it and are bound by similar duties. These obligations last for three years after the end of the Agreement.

### 6. Intellectual Property

6.1 The Vendor owns the Service, the Documentation and all related intellectual property.

6.2 Customer Configurations belong to the Customer. The Vendor will deliver them in exportable form on request and at the end of the Subscription Term, and the Customer may use, modify and have third parties use them without restriction.

### 7. Subcontracting

7.1 Apart from the hosting partner approved in A6, the Vendor will not subcontract any part of the Service or the onboarding services without the Customer's prior written consent, and remains responsible for the acts and omissions of its subcontractors.

### 8. Term and Termination

8.1 This Agreement starts on signature of the Order Form and ends at the end of the Subscription Term unless terminated earlier.

8.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice describing the breach.

8.3 If the Customer terminates under Section 8.2, the Vendor will refund any fees paid for the period after termination and the onboarding fee if Go-Live Acceptance has not occurred.

### 9. Limitation of Liability

9.1 Each party's total aggregate liability arising out of or in connection with this Agreement is limited to the fees paid or payable by the Customer under this Agreement in the six (6) months immediately preceding the event giving rise to the claim.

9.2 The limitation in Section 9.1 does not apply to the Customer's payment obligations, to either party's fraud or wilful misconduct, or to personal injury.

9.3 Neither party is liable for indirect or consequential loss or loss of profit.

### 10. Governing Law and Jurisdiction

10.1 This Agreement is governed by the laws of the Commonwealth of Pennsylvania, United States of America, without regard to its conflict-of-laws principles.

10.2 The state and federal courts located in Pennsylvania have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement, and each party submits to their jurisdiction.

### 11. General

11.1 Notices must be in writing and sent to the addresses in A1 by courier or email.

11.2 This Agreement is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.
"""

SRC["e03"] = r"""
T:Supply Contract for Condition-Monitoring Sensors and Monitoring Software
P:Contract No. HSP-EQ-2027-112
P:Buyer: Guangxi Hongshui Paper Co., Ltd., registered in Laibin, Guangxi Zhuang Autonomous Region, People's Republic of China (the "Buyer").
P:Supplier: Shamokin Creek Sensing Corp., a Pennsylvania corporation with its office on Market Street, Sunbury, Pennsylvania, United States of America (the "Supplier").
P:The Buyer operates two paper machines, a pulp line and a power plant at its Laibin mill. It wishes to install wireless vibration and temperature sensors on 420 rotating assets and a monitoring software platform that analyses the readings and warns of developing faults. This Contract is on the Buyer's standard form for equipment purchases.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, gateways, edge servers and accessories listed in Clause 2.
P:1.2 "Software" means the VibeSentry monitoring software, including the analytics module and the mobile application, licensed under Clause 4.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the mill.
P:1.4 The Supplier shall supply the Equipment, license the Software, install and commission the System, configure alarm limits and analytics models for each asset, integrate the System with the Buyer's distributed control system (DCS) and maintenance management system, and train the Buyer's staff.
H:2. Contract Price
P:2.1 The Contract Price is CNY 2,112,000, including VAT, customs duties, transport to the mill, insurance and all other costs of the Supplier. It is fixed and is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensors|420|2,350|987,000
TB:2|Wireless gateways with mounting kits|28|9,800|274,400
TB:3|Edge servers (redundant pair)|2|86,000|172,000
TB:4|VibeSentry software perpetual licence, 420 assets|1|368,000|368,000
TB:|Equipment and Licence Subtotal|||1,801,400
TB:5|Installation and commissioning|1|196,000|196,000
TB:6|Analytics configuration and system integration|1|88,000|88,000
TB:7|Training|1|26,600|26,600
TB:|Contract Price|||2,112,000
P:2.2 The Supplier shall supply two spare sensors for every fifty installed at no extra charge.
H:3. Payment
P:3.1 Advance payment: ten per cent of the Contract Price (CNY 211,200), payable within 15 working days after signature and receipt of an irrevocable bank guarantee for the same amount issued by a bank in mainland China.
P:3.2 Installation payment: fifty-five per cent of the Contract Price (CNY 1,161,600), payable within 30 days after the Installation Certificate is signed. The Installation Certificate confirms only that the Equipment has been delivered and installed and does not constitute acceptance.
P:3.3 Final payment: thirty-five per cent of the Contract Price (CNY 739,200), payable within 30 days after the Final Acceptance Certificate is signed.
P:3.4 The Supplier shall issue a special VAT invoice for each payment before it falls due.
H:4. Software Licence
P:4.1 The Supplier grants the Buyer a perpetual, non-exclusive, non-transferable licence to use the Software at the Laibin mill for up to 420 monitored assets and any number of users.
P:4.2 The Buyer may install the Software on its own servers and make copies for backup and testing. Monitoring additional assets requires an extension licence at the unit price in Clause 2.1.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment to the mill within 60 days after signature and complete installation within 100 days after signature. Installation work shall be carried out during the shutdown windows notified by the Buyer.
P:5.2 The Supplier's staff shall comply with the mill's safety rules, including lock-out and permit-to-work procedures, and shall not interfere with production equipment without the Buyer's permit.
P:5.3 If the Supplier fails to complete installation or to make the System ready for Final Acceptance testing by the dates in this Contract, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:5.4 The Supplier shall train at least 12 maintenance technicians and six reliability engineers at the mill, covering sensor mounting and replacement, gateway configuration, alarm handling, trend analysis and routine administration of the Software, and shall supply manuals in Chinese.
P:5.5 With the Equipment the Supplier shall deliver packing lists, certificates of origin, calibration certificates for every sensor, explosion-protection certificates for sensors installed in the pulp line, and the radio type-approval certificates required in China.
H:6. Acceptance
P:6.1 Final Acceptance testing starts after installation and a trial run of 45 days. The System passes Final Acceptance when: (a) every one of the 420 assets reports data at the configured intervals throughout the trial run, with no sensor silent for more than six hours in total; (b) sensor readings on 20 sample assets agree with a calibrated portable analyser within ±5%; (c) alarms for every asset reach the DCS and the maintenance management system within ten seconds; (d) the analytics models have been reviewed with the Buyer's reliability engineers for each asset class; and (e) training and documentation are complete.
P:6.2 The Buyer shall issue the Final Acceptance Certificate within seven working days after the criteria are met, or state in writing which criteria are not met. Delivery, installation, the trial run and the use of the System by the Buyer do not constitute acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for twenty-four (24) months after Final Acceptance (the "Warranty Period"). During the Warranty Period it shall repair or replace any defective sensor, gateway or server part and correct Software defects free of charge, including parts, labour, travel and Software updates.
P:7.2 Sensor batteries with a design life shorter than the Warranty Period shall be replaced free of charge when they fail.
H:8. Support and Service Levels
P:8.1 During the Warranty Period, faults are classified and handled as follows:
TB:Severity|Description|Response|Resolution
TB:Severity 1|The System or the Software is down, or alarms do not reach the DCS|30 minutes|Remote fix or workaround within 8 hours; on site within 24 hours if needed
TB:Severity 2|A gateway, or more than ten sensors, not reporting|2 hours|Within 3 working days
TB:Severity 3|Other defects and questions|1 working day|Next Software update
P:8.2 For each hour by which the Supplier exceeds a Severity 1 response or resolution time, it shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due to the Supplier.
P:8.3 After the Warranty Period, the Buyer may order annual support with the same scope and service levels. The annual support fee is 8.5% of the Equipment and Licence Subtotal, that is CNY 153,119 per year, fixed for the first three years after the Warranty Period. Annual support is ordered each year in writing and does not renew automatically.
H:9. Intellectual Property
P:9.1 The Supplier retains the intellectual property in the Software and the standard Equipment firmware, subject to the licence in Clause 4.
P:9.2 The asset models, alarm limits, dashboards, interface programs and other deliverables prepared specifically for the Buyer belong to the Buyer, who may use, modify and have them maintained by any third party. The Supplier shall hand over their source code and documentation at Final Acceptance.
H:10. Data Security
P:10.1 All measurement data, asset data, alarms and reports generated by the System belong to the Buyer. The Supplier shall not copy or use them for any purpose other than performing this Contract.
P:10.2 The System shall be installed on the Buyer's network. Remote access by the Supplier is allowed only through the Buyer's bastion host, after approval of each session, and shall be logged. The Supplier shall not transfer any data outside mainland China.
P:10.3 The Supplier shall notify the Buyer within 12 hours after becoming aware of any security incident affecting the System or the Buyer's data, cooperate in its investigation, and compensate the Buyer for losses caused by an incident attributable to the Supplier.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's technical and commercial information received under this Contract and use it only for this Contract, during the Contract and for three years after its end.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 10 and 11, which are not limited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for the work of any approved subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if the liquidated damages under Clause 5.3 reach their maximum. The Supplier shall then refund the amounts paid for Equipment and services not accepted.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning. The award is final and binding on both parties.
H:16. Force Majeure
P:16.1 Neither party is liable for delay caused by force majeure, provided that it notifies the other party promptly and takes reasonable steps to limit the delay. If force majeure lasts more than 90 days, either party may terminate this Contract by written notice.
H:17. Miscellaneous
P:17.1 This Contract is made in English and Chinese in four originals, two for each party; both language versions have equal effect.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = r"""# MANAGED IT SERVICES AGREEMENT

Agreement No. JHT-MSA-2027-07

**Customer:** Jiangsu Huaxin Textile Group Co., Ltd., registered in Changzhou, Jiangsu Province, People's Republic of China.

**Supplier:** Schuylkill Managed IT Services, Inc., a Pennsylvania corporation with its head office on High Street, Pottstown, Pennsylvania, United States of America, acting through its Suzhou service centre.

**Background.** The Customer operates four spinning and weaving plants and a head office in Jiangsu with about 1,450 IT users. It wishes to outsource its service desk, end-user support and infrastructure monitoring to the Supplier for thirty-six (36) months. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the response and resolution times in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Service Commencement Date" means the date stated in the Service Commencement Certificate signed under Section 3.

1.5 "Customer Data" means all data, files, records and information of the Customer or its employees that the Supplier or its personnel receive, access or handle in providing the Services.

## 2. Term

2.1 This Agreement starts on signature. The service term runs for thirty-six (36) months from the Service Commencement Date.

2.2 The service term may be extended only by a written amendment signed by both parties, on charges agreed at that time. There is no automatic renewal.

## 3. Transition and Service Commencement

3.1 The Supplier shall carry out the transition described in Schedule 1 within 60 days after signature, in cooperation with the Customer's IT department and its current service providers.

3.2 The Supplier may request the Service Commencement Certificate when: (a) knowledge transfer for all in-scope systems is complete and documented in the Supplier's knowledge base; (b) all end-user devices and servers are recorded in the configuration management database and reconcile with the Customer's asset register; (c) monitoring is active for all 86 servers, 140 network devices and the plant wireless networks; and (d) the Supplier has operated the service desk in parallel with the Customer's team for ten consecutive working days and handled every ticket within the Service Levels.

3.3 The Customer shall sign the Service Commencement Certificate within five working days after the criteria are met, or give written reasons why they are not met. Operation of the service desk during the parallel run is not acceptance.

3.4 If the Service Commencement Date does not occur within 60 days after signature because of the Supplier, the Supplier shall pay the Customer CNY 1,800 for each day of delay, up to CNY 90,000.

## 4. Service Delivery

4.1 The Supplier shall provide the Services in accordance with Schedule 1, the Service Levels and good industry practice, using qualified personnel who speak Chinese.

4.2 The Supplier shall keep at least one on-site engineer at each plant during production shifts and two at the head office during business hours, and shall replace any engineer whom the Customer reasonably asks to be replaced.

4.3 The Supplier shall provide a monthly service report showing ticket volumes, Service Level performance, recurring problems and improvement actions, and attend a monthly review meeting with the Customer's IT manager.

4.4 The Customer shall provide the Supplier's on-site staff with desks, network access and access to its premises, and shall keep its software licences and vendor support contracts in force.

4.5 The Supplier's personnel shall comply with the Customer's site rules, including the health and safety rules of the plants, and shall wear the identification badges issued by the Customer while on its premises.

## 5. Service Levels and Service Credits

5.1 The Supplier shall meet the Service Levels in Schedule 2.

5.2 If the Supplier fails to meet a Service Level, the Customer is entitled to the service credits in Schedule 2, which shall be deducted from the next invoice. Service credits in a month shall not exceed ten per cent of the monthly service charge for that month. Service credits do not limit the Customer's right to terminate under Section 11.

## 6. Charges and Payment

6.1 The Charges are set out in Schedule 3 and are fixed for the service term. They include VAT and all costs of the Supplier, including travel between sites.

6.2 The transition charge is invoiced after the Service Commencement Certificate is signed. The monthly service charge is invoiced monthly in arrears. No amount is payable in advance.

6.3 The Customer shall pay each correct invoice within 30 days after receipt.

## 7. Customer Data

7.1 Customer Data belongs to the Customer. The Supplier may use Customer Data only to provide the Services and shall return it to the Customer at the end of this Agreement.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public business, technical and financial information of the other party received in connection with this Agreement, shall use it only for this Agreement and shall not disclose it to any third party without the other party's prior written consent. This obligation survives for three years after the end of this Agreement.

## 9. Intellectual Property

9.1 Runbooks, scripts, knowledge-base articles, reports and configuration records prepared by the Supplier for the Customer under this Agreement belong to the Customer, which may use and modify them freely and give them to any later service provider.

9.2 The Supplier's own tools and methods remain its property.

## 10. Subcontracting

10.1 The Supplier may subcontract on-site end-user support at any plant to local service partners by giving the Customer at least ten days' written notice naming the partner. The Supplier remains responsible for the performance of its subcontractors.

## 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and fails to remedy it within 30 days after written notice, or if the Supplier misses the Priority 1 resolution time more than three times in any three consecutive months.

11.2 On expiry or termination, the Supplier shall provide exit assistance for up to 60 days at the monthly service charge rate pro rata, including handover of all documentation and knowledge-base content to the Customer or a new provider.

## 12. Liability

12.1 Each party's total liability under this Agreement is limited to 150% of the total Charges for the service term, except for personal injury, fraud and wilful misconduct, which are not limited.

## 13. Insurance

13.1 The Supplier shall maintain, with insurers licensed in China, public liability insurance with cover of at least CNY 5,000,000 per event and the employer's liability and social insurance required by law for its personnel, and shall show the certificates to the Customer on request.

## 14. Force Majeure

14.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. If such an event prevents performance for more than 45 days, either party may terminate this Agreement by written notice.

## 15. Notices

15.1 Notices under this Agreement shall be in writing and delivered by hand, courier or email to the addresses stated above, and are effective on receipt.

## 16. Governing Law and Disputes

16.1 This Agreement is governed by the laws of the People's Republic of China.

16.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time.

Signed for the Customer: ____________________ Signed for the Supplier: ____________________

## Schedule 1 - Scope of Services

| Service | Description | Coverage |
| --- | --- | --- |
| Transition | Knowledge transfer, asset discovery, CMDB build, monitoring set-up, parallel run | Before the Service Commencement Date |
| Service desk | Telephone, email and chat support in Chinese for all users; ticket logging and routing | 24 hours a day, 7 days a week |
| End-user support | Desktop, laptop, printer and mobile device support at the head office and four plants | Production shifts and business hours |
| Infrastructure monitoring | Monitoring of servers, storage, network devices and plant wireless networks; alert handling | 24 hours a day, 7 days a week |
| Patch and change management | Monthly patching of servers and end-user devices under the Customer's change process | Monthly windows agreed with the Customer |
| Reporting | Monthly service report and review meeting | Monthly |

## Schedule 2 - Service Levels and Service Credits

| Priority | Definition | Response time | Resolution time | Service credit per failure |
| --- | --- | --- | --- | --- |
| Priority 1 | Outage of a production system, the plant network or email for a plant or the head office | 6 hours | 24 hours | 2% of the monthly service charge |
| Priority 2 | Failure affecting a department or a critical user | 8 business hours | 2 business days | 1% of the monthly service charge |
| Priority 3 | Failure affecting a single user | 1 business day | 3 business days | None |
| Service request | Standard request such as a new account or device | 2 business days | 5 business days | None |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
| --- | --- | --- |
| Transition charge | One-time | 72,000 |
| Monthly service charge | 36 months x CNY 58,000 | 2,088,000 |
| Total Charges for the service term | | 2,160,000 |
"""

SRC["e05"] = r"""DATA SUBSCRIPTION AGREEMENT - AGRI-WEATHER AND CROP CONDITION API

Agreement No. JAW-CN-2027-009

THIS AGREEMENT is made on 10 February 2027

BETWEEN:

Dalian Beiliang Grain Trading Co., Ltd., a company registered in Dalian, Liaoning Province, People's Republic of China (the "Customer"); and

Juniata Agri-Weather Data, Inc., a Pennsylvania corporation with its office on Penn Street, Huntingdon, Pennsylvania, United States of America (the "Vendor").

The Customer trades soybeans, corn and wheat and needs reliable weather and crop-condition data for the main producing regions of the world to support its purchasing and hedging decisions. The Vendor operates the CropSight data platform and API. The parties agree as follows.

1. DEFINITIONS

1.1 "Licensed Data" means the weather observations, forecasts, satellite-based crop condition indices and yield estimates made available through the API for the regions listed in Clause 2.2.

1.2 "API" means the Vendor's application programming interface, bulk download service and web dashboard through which the Licensed Data is delivered.

1.3 "Access Date" means 1 March 2027, or any later date on which the Vendor delivers production API credentials and the onboarding tests in Clause 4 are passed.

1.4 "Subscription Year 1" means the period from the Access Date to 29 February 2028, and "Subscription Year 2" means the period from 1 March 2028 to 28 February 2029. Each is a "Subscription Year".

1.5 "Customer Data" means the query parameters, field boundaries, storage locations, portfolio information and any other data that the Customer or its users submit to the API or the dashboard.

2. SUBSCRIPTION

2.1 The Vendor grants the Customer, for the Subscription Years, a non-exclusive, non-transferable licence to access the API and to use the Licensed Data for its internal business purposes, including in internal reports, models and trading decisions. The Customer may share limited extracts with its banks and auditors.

2.2 The subscription covers the following regions: the United States, Canada, Brazil, Argentina, Paraguay, Ukraine, Russia, Kazakhstan, the European Union, Australia, India and the main producing provinces of China, at a daily update frequency and with historical data from 2000.

2.3 The subscription includes up to 3,000,000 API calls per calendar month. Calls above this volume are charged at CNY 0.02 per call, invoiced monthly in arrears.

3. FEES AND PAYMENT

3.1 The fees are:
(a) Subscription Fee for Subscription Year 1: CNY 396,000;
(b) Subscription Fee for Subscription Year 2: CNY 396,000;
(c) Onboarding and integration fee (one-time): CNY 48,000.
The total contract value is CNY 840,000, including VAT and excluding any usage charges under Clause 2.3.

3.2 The Vendor will invoice the Subscription Fee for Subscription Year 1 and the onboarding fee on signature of this Agreement. The Customer shall pay that invoice within 15 days after receipt and in any case before the Access Date. The Vendor is not obliged to start onboarding or to deliver credentials before this payment is received.

3.3 The Vendor will invoice the Subscription Fee for Subscription Year 2 thirty days before the start of Subscription Year 2, payable within 30 days after receipt.

3.4 Payments shall be made in CNY to the bank account in Shanghai of the Vendor's authorised distributor named in the invoice, which issues the VAT invoice.

4. ONBOARDING AND ACCEPTANCE

4.1 The Vendor shall provide onboarding services: set-up of accounts and API keys; a connector that loads the Licensed Data daily into the Customer's data warehouse; mapping of the Licensed Data to the Customer's region and crop codes; and two training sessions for analysts.

4.2 The onboarding tests are passed when: (a) the connector has loaded complete daily data for all contracted regions for ten consecutive days without manual intervention; (b) the historical backfill from 2000 has been loaded and reconciles by record count with the Vendor's published catalogue; (c) the median API response time for standard queries over those ten days is below 800 milliseconds; and (d) the data dictionary and connector documentation have been delivered. The Customer shall confirm in writing within five working days after the tests are passed, or state which test has failed.

4.3 If the Access Date has not occurred by 1 March 2027 for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 120 for each day of delay, and the Subscription Years shall not be shortened.

5. SERVICE LEVELS

5.1 The Vendor shall ensure that the API is available at least 99.95% of the time in each calendar month, measured at the Vendor's gateway and excluding maintenance announced at least 72 hours in advance.

5.2 Daily data updates shall be published by 08:00 Beijing time.

5.3 Incidents reported by the Customer shall be handled as follows. Priority 1 (API unavailable, or daily data missing for a contracted region): response within one hour, at any time, and restoration within six hours. Priority 2 (degraded performance or incorrect data for part of a region): response within eight business hours. Priority 3 (questions and minor issues): response within two business days.

5.4 If availability in a month is below the level in Clause 5.1, the Customer shall receive a credit of 5% of one twelfth of the current Subscription Fee, and 10% if availability is below 99.5%. Each missed Priority 1 response or restoration time gives a further credit of CNY 1,000. Credits are deducted from the next invoice or refunded at the end of the term.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. The Vendor shall use it only to deliver the API and the onboarding services to the Customer, and shall not analyse, aggregate or disclose it for any other purpose, including the improvement of its products.

6.2 The Vendor shall protect Customer Data with encryption in transit and at rest, role-based access control and logging, and shall keep Customer Data of the Customer's users in mainland China on infrastructure operated by its distributor.

6.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, take immediate steps to contain it, and compensate the Customer for losses caused by an incident attributable to the Vendor or its distributor.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including the Customer's positions and query patterns and the Vendor's pricing, and shall use it only for this Agreement. This obligation survives for three years after the end of this Agreement.

8. INTELLECTUAL PROPERTY

8.1 The Vendor and its licensors own the Licensed Data and the API.

8.2 The connector, mappings and other deliverables prepared for the Customer under Clause 4.1 belong to the Customer, which may use, modify and license them without restriction. The Vendor shall deliver their source code on completion of onboarding.

9. TERM AND RENEWAL

9.1 This Agreement starts on signature and continues until the end of Subscription Year 2.

9.2 After Subscription Year 2, this Agreement renews automatically for successive renewal terms of one Subscription Year each unless either party gives notice of non-renewal at least 60 days before the end of the current term.

9.3 The Vendor may increase the Subscription Fee for any renewal term by up to nine per cent by giving notice at least 90 days before the renewal term begins.

10. TERMINATION

10.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

10.2 If the Customer terminates under Clause 10.1, the Vendor shall refund the prepaid Subscription Fee for the remainder of the Subscription Year.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 200% of the total contract value stated in Clause 3.1, except for fraud, wilful misconduct, personal injury and breach of Clause 6, which are not limited.

11.2 The Licensed Data consists of observations and estimates. The Vendor does not warrant that forecasts will prove correct, and is not liable for trading losses resulting from the Customer's reliance on them.

12. SUBCONTRACTING AND ASSIGNMENT

12.1 Apart from its distributor named in the invoice, the Vendor shall not subcontract the performance of this Agreement without the Customer's prior written consent.

12.2 Neither party may assign this Agreement without the other party's prior written consent.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules then in force.

14. FORCE MAJEURE

14.1 Neither party is liable for any failure or delay caused by events beyond its reasonable control, such as natural disasters, war, government action or failure of public telecommunications networks, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. Satellite outages of third-party operators are not force majeure if the Vendor can obtain the same data from another source.

15. GENERAL

15.1 Notices shall be in writing and sent by courier or email to the addresses stated above, and take effect on receipt.

15.2 This Agreement is the entire agreement between the parties on its subject matter and may be amended only in writing signed by both parties.

SIGNED for the Customer: ____________________

SIGNED for the Vendor: ____________________
"""

# ---------------------------------------------------------------- labels and design
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"


def terms(*vals):
    assert len(vals) == len(TERM_KEYS)
    return dict(zip(TERM_KEYS, vals))


# file, language, category, format, terms, extra, fee base for TCO (goods only), forum outside mainland, design rules
DRAFTS = {
    "z01": dict(file="h1024z01_police_floating_population_platform.pdf", language="zh", category="software",
                terms=terms(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9, False,
                            True, False, "PRC", G),
                sla=True, ld_stated=True, capped=True, deemed=False, value=2200000, base=1180000, forum_out=False,
                parts=[1180000, 860000, 124000, 36000], design=[]),
    "z02": dict(file="h1024z02_hotpot_factory_line_control_retrofit.docx", language="zh", category="hardware",
                terms=terms(None, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 9, 24, False, True,
                            False, "PRC", G),
                sla=True, ld_stated=True, capped=True, deemed=False, value=1552000, base=1376000, forum_out=False,
                parts=[588000, 234000, 102000, 164000, 288000, 152000, 24000],
                design=["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "z03": dict(file="h1024z03_drone_training_booking_saas.txt", language="zh", category="cloud",
                terms=terms(99.5, 0.5, True, "buyer", True, False, True, 600 / 730000 * 100, 150, None, True, None,
                            None, None, True, True, False, "PRC", S),
                sla=True, ld_stated=True, deemed=False, value=730000, forum_out=False,
                parts=[35 * 9600 * 2, 58000], design=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": dict(file="h1024z04_traffic_police_parking_camera_om.txt", language="zh", category="services",
                terms=terms(None, 0.5, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None,
                            False, False, True, "PRC", S),
                sla=True, ld_stated=True, deemed=False, value=968000, forum_out=False,
                parts=[312 * 1850, 186000, 148800, 56000], design=["CR-LD-LOW", "CR-SUBCONTRACT", "CR-TERMINATION"]),
    "z05": dict(file="h1024z05_tin_teapot_studio_tracking_supplier_template.md", language="zh", category="software",
                terms=terms(None, None, False, "supplier", True, True, False, None, 20, 65, False, False, 6, None,
                            False, True, None, None, G),
                sla=False, ld_stated=False, capped=False, deemed=True, value=282000, base=168000, forum_out=False,
                parts=[168000, 96000, 18000],
                design=["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                        "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": dict(file="h1024e01_seed_breeding_software_perpetual_licence.pdf", language="en", category="software",
                terms=terms(None, 2, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True,
                            False, "New York", G),
                sla=True, ld_stated=True, capped=True, deemed=False, value=1760000, base=1260000, forum_out=True,
                parts=[1260000, 310000, 148000, 42000], design=["CR-GOVERNING-LAW"]),
    "e02": dict(file="h1024e02_supplier_quality_saas_order_form.md", language="en", category="cloud",
                terms=terms(99.95, 1, False, "buyer", True, True, True, 500 / 784000 * 100, 6 / 24 * 100, None, True,
                            None, None, None, False, True, False, "Pennsylvania", S),
                sla=True, ld_stated=True, deemed=False, value=784000, forum_out=True,
                parts=[2 * 288000, 2 * 54000, 2 * 18000, 64000],
                design=["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"]),
    "e03": dict(file="h1024e03_paper_mill_condition_monitoring_sensors.docx", language="en", category="hardware",
                terms=terms(None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 24, 8.5, False,
                            True, False, "PRC", G),
                sla=True, ld_stated=True, capped=True, deemed=False, value=2112000, base=1801400, forum_out=False,
                parts=[420 * 2350, 28 * 9800, 2 * 86000, 368000, 196000, 88000, 26600], design=[]),
    "e04": dict(file="h1024e04_textile_group_managed_it_services.md", language="en", category="services",
                terms=terms(None, 6, True, "buyer", False, True, True, 1800 / 2160000 * 100, 150, None, True, None,
                            None, None, False, True, True, "PRC", S),
                sla=True, ld_stated=True, deemed=False, value=2160000, forum_out=False,
                parts=[36 * 58000, 72000], design=["CR-DATA-SECURITY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
    "e05": dict(file="h1024e05_agri_weather_data_api_subscription.txt", language="en", category="cloud",
                terms=terms(99.95, 1, True, "buyer", True, True, True, 120 / 840000 * 100, 200,
                            444000 / 840000 * 100, True, None, None, None, True, True, False, "PRC", S),
                sla=True, ld_stated=True, deemed=False, value=840000, forum_out=False,
                parts=[396000, 396000, 48000], design=["CR-AUTO-RENEWAL", "CR-LD-LOW", "CR-PREPAYMENT"]),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
HORIZON = 5  # policy default, used only in code


def tco_share(d):
    t = d["terms"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not d["capped"]:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * d["base"]
    return fees / (d["value"] + fees) * 100


def derive_rules(d):
    """My reading of policy section 3 on the labels."""
    t, r = d["terms"], set()
    goods = t["contract_kind"] == G
    if not d["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if d["sla"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not d["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not d["capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(d)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d["forum_out"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[x] for x in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label(key, d, rules):
    extra = {"sla_clause": d["sla"], "ld_stated": d["ld_stated"]}
    if d["terms"]["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["value"]
    return {"file": d["file"], "language": d["language"], "category": d["category"],
            "expected_terms": d["terms"], "expected_extra": extra, "expected_rules": rules}


# ---------------------------------------------------------------- thresholds
LABEL_THRESHOLDS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                    "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12,
                    "post_warranty_fee_pct": 15}
CN = "一二三四五六七八九十〇零两"
THRESHOLD_RES = [re.compile(p, re.I) for p in [
    r"(?<![\d.])(?:30|15|40|100|99\.9|0\.05)\s*(?:%|％|percent|per\s*cent)",
    r"(?:thirty|fifteen|forty|one\s*hundred)\s*(?:%|percent|per\s*cent)",
    r"百分之(?:三十|十五|四十|一百|百|九十九点九|零点零五)(?![一二三四五六七八九点])",
    r"万分之五(?!十)", r"千分之零点五",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|h\b|hours?|hrs?|business\s*hours?|working\s*hours?|-hour)",
    r"(?<![" + CN + r"])四\s*个?\s*小时", r"four\s*-?\s*(?:business\s*|working\s*)?hours?",
    r"(?<![\d.])12\s*\)?\s*(?:个)?\s*-?\s*(?:个月|months?)", r"(?<![" + CN + r"])十二\s*个\s*月",
    r"twelve\s*(?:\(\s*12\s*\)\s*)?-?\s*months?",
    r"(?<![" + CN + r"第每])一\s*年(?!度)", r"(?:\bone|(?<![\d.])1)\s*-?\s*years?\b",
    r"(?<![\d.])5\s*-?\s*(?:年|years?)", r"(?<![" + CN + r"])五\s*年", r"five\s*-?\s*years?",
    r"(?<![\d.])60\s*(?:个月|months?)", r"六十\s*个\s*月", r"sixty\s*months?",
]]
MUST_HIT = ["30%", "百分之三十", "合同总价的40%", "4小时", "四小时", "4 hours", "within four hours", "4 business hours",
            "12个月", "十二个月", "12 months", "twelve (12) months", "99.9%", "0.05%", "万分之五", "100%", "15 %",
            "40 per cent", "fifteen percent", "5年", "五年", "five years", "60 months", "一年", "one year", "1-year"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "99.95%", "150%", "0.08%", "35%", "130%", "2027年", "每一年度",
             "thirty-five per cent", "forty-five per cent", "14 months", "one Subscription Year", "5%", "10%",
             "8.5%", "99.5%", "25 years", "第一个服务年度", "one hour", "six hours", "45 days", "CNY 5,000,000"]


def threshold_hits(text):
    return [m.group(0) for rx in THRESHOLD_RES for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), "must miss: %s %s" % (s, threshold_hits(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    binary = {k: (d["file"], d["file"].rsplit(".", 1)[1]) for k, d in DRAFTS.items()
              if d["file"].endswith((".docx", ".pdf"))}
    write({k: SRC[k] for k in binary}, binary, OUT, wrap_words=True)
    for k, d in DRAFTS.items():
        if k not in binary:
            (OUT / d["file"]).write_text(SRC[k].strip("\n") + "\n", encoding="utf-8")
    covered = set()
    counts = {}
    for k, d in DRAFTS.items():
        assert d["file"].startswith("h1024" + k + "_")
        assert sum(d["parts"]) == d["value"], (k, sum(d["parts"]), d["value"])
        t = d["terms"]
        for key, th in LABEL_THRESHOLDS.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key)
        share = tco_share(d)
        assert share is None or abs(share - 40) > 2, (k, share)
        rules = derive_rules(d)
        assert rules == sorted(d["design"]), (k, rules, d["design"])
        covered |= set(rules)
        counts[k] = rules
        path = OUT / d["file"]
        text = read_back(path)
        n = length(text, d["language"])
        lo, hi = (2750, 3000) if d["language"] == "zh" else (1450, 1650)
        assert lo <= n <= hi, (k, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            hits = threshold_hits(variant)
            assert not hits, (k, hits)
        lab = label(k, d, rules)
        (OUT / (path.stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s %-60s %5d %-6s %s %s" % (k, d["file"], n, risk(rules),
                                          "%.1f%%" % share if share is not None else "-", ", ".join(rules)))
    assert covered == set(SEVERITY), sorted(set(SEVERITY) - covered)
    assert sorted(k for k, r in counts.items() if not r) == ["e03", "z01"]
    assert counts["e01"] == ["CR-GOVERNING-LAW"] and risk(counts["e01"]) == "low"
    assert 8 <= len(counts["z05"]) <= 10
    assert sorted(k for k, r in counts.items() if 2 <= len(r) <= 3) == ["e02", "e04", "e05", "z02", "z03", "z04"]
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
