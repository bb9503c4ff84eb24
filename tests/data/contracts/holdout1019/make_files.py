"""holdout1019: builds the ten held-out draft contracts (.txt/.md written as is; .docx/.pdf through ../word_pdf.py),
writes their .json labels and checks them: lengths as read back, no threshold figure in any text, no label value on a
threshold, the expected rules derived from the labels (my reading of policy section 3) equal to the design list, and
coverage of all 20 CR rules. Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:社会救助家庭经济状况核对平台采购合同
P:合同编号：MZJ-HD-2026-017
P:采购人（甲方）：某市民政局
P:供应商（乙方）：某数智信息技术股份有限公司
P:依据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，根据本项目公开招标结果（项目编号：GZCG-2026-0893）及乙方投标文件，甲乙双方经协商一致，订立本合同。招标文件、投标文件及中标通知书为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供社会救助家庭经济状况核对平台软件（以下简称“核对平台”）的永久使用许可，并完成定制开发、部署实施和培训，使甲方能够对申请救助家庭的收入、财产信息开展跨部门核对。
P:1.2 定制开发内容包括：与公安户籍、人社社保、不动产登记、住房公积金、市场监管、车辆登记等六类数据源的核对接口；核对报告自动生成及电子签章；区县民政部门分级授权和复核工作流；核对结果统计分析看板。
P:1.3 项目实施地点为甲方指定的政务云平台，实施周期为合同签订之日起一百五十日内完成初验。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零肆万陆仟元整（¥2,046,000），其中：核对平台软件许可费¥1,160,000；定制开发费¥742,000；部署实施费¥118,000；培训费¥26,000。
P:2.2 上述价款已包含税费、差旅、第三方组件授权及质保期内的全部服务费用，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 初验合格后十五个工作日内，甲方支付合同总价的45%。
P:3.3 最终验收合格后十五个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款以财政资金拨付程序为准。
P:3.5 乙方开户银行及账号以本合同首页记载为准，乙方变更收款账户的，应提前以加盖公章的书面文件通知甲方。履约保函在最终验收合格后退还。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后十日内提交项目实施方案，经甲方确认后执行。
P:4.2 乙方应按实施方案的里程碑提交需求规格说明书、设计文档、测试报告、用户手册和全部定制部分源代码。
P:4.3 乙方应指派具有同类政务项目经验的项目经理常驻甲方现场，项目经理及核心技术人员未经甲方书面同意不得更换。乙方每周向甲方提交项目周报，说明进度、问题和风险。
P:4.4 乙方应为甲方市、区县两级核对工作人员提供不少于六期集中培训和上机实操，培训结束后提供操作视频和常见问题手册。
P:4.5 因甲方原因（包括数据源部门接口开放延迟）导致进度延误的，工期相应顺延，乙方应在延误发生后三日内书面通知甲方。
H:第五条 验收
P:5.1 初验条件：全部功能按需求规格说明书上线；六类数据源接口连续运行二十日且无一级故障；在五百个并发用户下，单户核对请求的平均响应时间不超过3秒；通过甲方委托的第三方安全测评。
P:5.2 最终验收条件：初验后试运行九十日，期间累计一级故障不超过一次，核对报告准确率经甲方抽检全部一致，且乙方已完成全部文档和源代码移交。
P:5.3 甲方应在乙方提交验收申请后十个工作日内组织验收并出具书面验收报告。平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证与售后服务
P:6.1 质保期为最终验收合格之日起二十四个月。质保期内乙方免费提供软件缺陷修复、版本升级、接口适配和技术支持。
P:6.2 服务水平：核对平台月度可用率不低于99.95%（计划维护时间除外）。一级故障（平台整体不可用或核对结果错误）应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，次一工作日内解决。
P:6.3 乙方未按6.2约定时限响应或恢复的，每超过一小时按人民币1,200元向甲方支付违约金；月度可用率每低于约定值0.01个百分点，扣减当年维保费用人民币2,000元。
P:6.4 质保期满后，如甲方续购运维服务，年度服务费不高于核对平台软件许可费的9%（即每年不超过¥104,400），该价格三年内不上调，续购以双方另行签订书面合同为准，不自动续期。
H:第七条 知识产权
P:7.1 核对平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的接口程序、工作流配置、报表模板及其源代码和文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和部署。
P:7.3 乙方保证其交付物不侵犯任何第三方合法权益。因侵权引起第三方索赔的，乙方应负责处理并承担全部费用；影响甲方正常使用的，乙方应更换为不侵权的同等功能交付物。
H:第八条 数据安全
P:8.1 核对平台中的全部救助对象信息、核对数据及日志均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存、向任何第三方提供或用于其他任何目的。
P:8.2 乙方应按照网络安全等级保护第三级要求实施部署，运维操作须经甲方审批并通过堡垒机进行，严禁将个人信息导出政务云。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:乙方对履行本合同知悉的甲方工作秘密、救助对象个人信息及其他非公开信息负有保密义务，未经甲方书面同意不得披露。本条在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期完成初验或最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付物不符合合同约定的，应无偿修复或更换；经两次整改仍不合格的，甲方有权解除合同。
P:10.3 乙方擅自更换项目经理或核心技术人员的，每人次向甲方支付违约金人民币20,000元。
H:第十一条 分包与转让
P:乙方不得将本项目分包或转包给任何第三方，亦不得转让本合同项下的权利义务。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:12.2 因乙方原因解除合同的，乙方应退还甲方已支付的相应款项，履约保函不予退还。
P:12.3 合同解除后，乙方应在十日内移交已完成的全部成果及甲方数据，并删除其持有的甲方数据副本。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 不可抗力
P:因地震、洪水、疫情等不可抗力致使合同不能按期履行的，受影响方应在事件发生后三日内通知对方并提供证明，双方协商延期履行；不可抗力持续超过六十日的，任何一方可书面通知解除合同。
H:第十五条 其他
P:15.1 合同变更须经双方书面确认。涉及政府采购合同实质性内容的变更，应符合政府采购法律法规的规定。
P:15.2 双方指定的联系人和通讯地址见合同首页，一方变更联系方式应及时书面通知对方，否则按原地址送达视为有效送达。
P:15.3 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________　　乙方（盖章）：__________
P:签订日期：2026年__月__日
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：DKX-ZB-2026-034
P:甲方（买方）：某电烤箱制造有限公司
P:乙方（卖方）：某工业自动化工程有限公司
P:甲方为提升烤箱总装线、喷涂线和老化测试线的自动化水平，委托乙方实施三条生产线控制系统改造。双方根据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除三条产线原有继电器控制柜，提供并安装PLC控制系统、触摸屏人机界面、伺服驱动及变频器、温控模块和产线监控软件，完成电气布线、程序编写、联机调试和人员培训。
P:1.2 程序开发包括：各工位PLC逻辑程序、老化测试线温度曲线配方管理、产线节拍统计、设备报警记录及与甲方MES系统的数据接口。
P:1.3 改造须利用甲方安排的停线窗口分线实施，每条产线停线时间不得超过九日。
P:1.4 乙方提供的PLC、伺服、变频器等主要设备应为全新原厂正品，型号与附件一技术规格表一致，并随货提供合格证、说明书和原厂质保凭证。
P:1.5 培训内容包括设备操作、常见报警处理、程序备份与恢复、配方维护，培训对象为甲方电工和产线班组长，培训结束后乙方应提供培训教材。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰柒拾叁万元整（¥1,730,000），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器及IO模块|3套|486,000
TB:2|触摸屏人机界面|18台|138,000
TB:3|伺服驱动器及变频器|42台|312,000
TB:4|温控模块|60套|164,000
TB:5|产线监控软件许可（永久）|1套|226,000
TB:|软硬件小计||1,326,000
TB:6|安装调试及电气改造施工|1项|214,000
TB:7|PLC程序及配方管理开发|1项|168,000
TB:8|操作与维护培训|1项|22,000
TB:|合同总价||1,730,000
P:2.2 合同总价包含设备、软件、运输、保险、安装、调试、税费及质保期内服务费用。除经甲方书面确认的设计变更外，甲方不承担任何其他费用。设计变更的费用按本合同单价或双方协商确定。
H:第三条 付款
P:3.1 合同生效后十日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并经甲方清点签收后，甲方支付合同总价的35%。到货签收仅确认数量和外观，不视为验收。
P:3.3 三条产线全部通过最终验收后，甲方支付合同总价的55%。
H:第四条 交货与实施
P:4.1 乙方应在合同生效后四十五日内将全部设备运抵甲方厂区，并在到货后七十五日内完成三条产线的改造和调试。
P:4.2 乙方应在每条产线停线前七日提交停线改造计划，包括拆除顺序、新旧系统切换步骤、回退方案和人员安排，经甲方生产部门确认后方可实施。改造期间乙方应每日向甲方通报进度。
P:4.3 旧控制柜及拆除的电缆归甲方所有，乙方应按甲方指定地点堆放。施工产生的垃圾由乙方负责清运。
P:4.4 乙方施工人员应遵守甲方厂区安全、动火和用电管理制度，因乙方原因造成的人身或财产损失由乙方承担。
H:第五条 验收
P:5.1 每条产线改造完成后，乙方提出验收申请，甲方组织单线验收。验收标准为：全部工位按设计逻辑动作无误；老化测试线各温区控制偏差不超过±2℃；产线节拍达到改造前水平的110%以上；连续满负荷运行七十二小时无停线故障；MES接口数据与现场计数一致。
P:5.2 验收时乙方应提交：设备清单及序列号、电气原理图和接线图、PLC程序及源代码备份、参数设置表、调试记录、操作和维护手册。资料不全的，甲方有权拒绝验收。
P:5.3 三条产线均通过单线验收并连续生产三十日无一级故障后，甲方出具最终验收报告。设备投入生产使用不视为验收合格。
H:第六条 质保与维保
P:6.1 质保期为最终验收合格之日起二十四个月。质保期内设备及软件出现故障的，乙方免费维修或更换，更换部件的质保期自更换之日起重新计算。乙方应在甲方厂区常备PLC模块、触摸屏和伺服驱动器等关键备件各一套，所有权在质保期满前归乙方。
P:6.2 一级故障（整条产线停机）乙方应在1小时内响应，6小时内到场处理；二级故障（单个工位异常）2小时内响应，次日内处理完毕。乙方每迟延响应或到场一小时，向甲方支付人民币800元。
P:6.3 质保期满后，乙方按软硬件小计的8%每年收取维保费（即每年¥106,080），三年内不上调。维保服务包含定期巡检、备件更换、程序维护和软件升级，由双方另签维保合同，不自动续期。
H:第七条 知识产权
P:乙方为本项目编写的PLC程序、配方管理程序、接口程序及其源代码、电气图纸归甲方所有，甲方可自行修改或交由第三方维护。产线监控软件标准产品的著作权仍归乙方，甲方享有永久使用权。
H:第八条 数据安全与保密
P:8.1 产线运行数据、工艺配方、产量和质量数据属于甲方所有，乙方不得复制、留存或用于本合同以外的任何用途。
P:8.2 乙方远程维护须事先取得甲方书面批准，通过甲方指定的VPN和账号进行，并保留操作记录；乙方应对控制系统采取访问控制和病毒防护措施。发生数据泄露或系统被入侵的，乙方应在2小时内通知甲方并配合处置，因乙方原因造成的损失由乙方全额赔偿。
P:8.3 乙方对在履行合同中知悉的甲方工艺配方、产品设计、生产计划等商业秘密负有保密义务，保密期限至合同终止后五年。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:9.2 乙方因改造延误造成甲方额外停线的，还应赔偿甲方由此产生的直接损失。
P:9.3 乙方提供的设备不符合合同约定的型号、规格或质量要求的，甲方有权要求更换，更换期间视为逾期交货；经两次更换仍不合格的，甲方有权退货并要求乙方赔偿损失。
P:9.4 甲方逾期付款的，每逾期一日按逾期金额的万分之二向乙方支付违约金。
H:第十条 分包
P:乙方可将电气布线及柜体安装施工分包给具有相应资质的单位，但应提前五个工作日书面告知甲方分包单位名称和资质。乙方对分包单位的工作承担全部责任。
H:第十一条 合同解除
P:11.1 乙方严重违约且在甲方书面通知后十日内未予纠正的，甲方有权解除本合同，乙方应退还已收款项并赔偿损失。
P:11.2 乙方逾期完成改造超过三十日，或改造后产线连续两次未通过单线验收的，视为严重违约。
P:11.3 合同解除后，乙方应配合甲方恢复产线生产或完成与后续服务商的交接，并移交已完成的程序、图纸和资料。
H:第十二条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，提交甲方所在地仲裁委员会仲裁。
H:第十三条 不可抗力
P:因不可抗力致使一方不能履行合同的，该方应及时通知对方并在十日内提供证明，根据影响程度部分或全部免除责任，但迟延履行后发生不可抗力的除外。
H:第十四条 其他
P:14.1 本合同附件包括：设备技术规格表、产线改造设计方案、验收测试大纲和培训计划，附件与本合同具有同等效力。
P:14.2 本合同未尽事宜，双方可另行签订补充协议。补充协议与本合同不一致的，以补充协议为准。
P:14.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________　　乙方（盖章）：__________
"""

Z03 = """约课与会员管理系统SaaS服务合同

合同编号：ZZPX-SaaS-2026-08
甲方：某折纸艺术培训连锁有限公司（下辖30家门店）
乙方：某云课堂科技有限公司

甲方拟在全部门店启用统一的线上约课、会员和收银系统。乙方以软件即服务（SaaS）方式提供“云课堂”约课与会员管理系统并负责实施。双方根据《中华人民共和国民法典》订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方30家门店开通云课堂系统，包括课程排期、线上约课与签到、会员卡及课时包管理、收银对账、家长端小程序、教师排班和经营报表。
2. 每家门店开通不超过八个后台账号，家长端用户数不限。
（二）实施服务
1. 将甲方现有会员、课时余额和课程数据迁移至系统。
2. 按甲方课程体系配置折纸课程分级模板、课时消耗规则和报表。
3. 为门店店长和前台人员提供线上及集中培训。
4. 对接甲方现有微信支付和支付宝商户号，实现线上购课和线下收银统一对账。
（三）服务团队
1. 乙方指定一名客户成功经理作为甲方的固定对接人，负责需求受理、版本更新通知和月度服务报告。
2. 实施期间乙方派驻实施顾问，协助各门店完成切换，切换当周提供现场或远程值守支持。
（四）版本更新
乙方每月发布的常规功能更新对甲方免费开放。涉及约课、课时扣减或收银规则变化的更新，乙方应提前七日通知甲方，并提供测试环境供甲方确认。

二、服务期限
（一）服务期为两个服务年度，自系统上线验收合格之日起算，第一服务年度为上线之日起的首个三百六十五日，第二服务年度紧随其后。
（二）乙方系统上线前的实施期间不计入服务年度，也不收取订阅费。
（三）服务期满，本合同终止，不自动续期。甲方如需继续使用，双方另行协商并签订书面合同，乙方应在服务期满前六十日提出续约报价。

三、费用与支付
（一）订阅费：每家门店每个服务年度人民币7,800元，30家门店每个服务年度合计人民币234,000元，两个服务年度合计人民币468,000元。
（二）实施费：人民币56,000元，一次性支付。
（三）合同总价：人民币524,000元。
（四）支付方式：
1. 实施费在系统上线验收合格后十五个工作日内支付。
2. 每个服务年度的订阅费在该服务年度开始后十五个工作日内支付。
3. 乙方收款前应提供增值税专用发票。
（五）订阅费包含系统使用、常规功能更新、云资源、短信通知（每家门店每月不超过两千条）和工作日在线客服，乙方不得另行收取其他费用。
（六）服务期内新增门店的，按每家门店每个服务年度7,800元按月折算收费。

四、上线与验收
（一）乙方应在合同签订后四十日内完成数据迁移和配置，具备上线条件。
（二）上线验收标准：
1. 会员、课时余额迁移核对一致，抽查差错为零；
2. 约课、签到、课时扣减、收银对账全流程在全部门店测试通过；
3. 家长端小程序在三百人并发约课时页面响应不超过2秒；
4. 甲方确认的功能清单全部实现。
（三）甲方在收到上线验收申请后五个工作日内组织验收并出具书面意见。试用或部分门店先行使用不视为验收合格。
（四）上线验收合格后，乙方应提交数据迁移报告、系统配置说明和门店操作手册。
（五）乙方逾期具备上线条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

五、服务水平
（一）系统月度可用率不低于99.5%（经甲方同意的计划维护除外）。
（二）故障分级：
1. 一级故障：全部或多家门店无法约课、签到或收银，乙方应在30分钟内响应，2小时内恢复；
2. 二级故障：单家门店或单个功能异常，乙方应在2小时内响应，当日内解决；
3. 三级问题：咨询和优化需求，一个工作日内答复。
4. 乙方应提供工作日九时至二十一时在线客服及周末值班电话，门店高峰时段（周六、周日）安排专人值守。
（三）月度服务报告：乙方每月向甲方提供上月可用率、故障记录及处理情况、补偿计算明细。
（四）服务补偿：月度可用率低于约定值的，每低0.1个百分点，乙方按当月订阅费的5%给予服务费减免；一级故障未按时恢复的，每超过一小时减免当月订阅费的2%。减免额在下一期订阅费中抵扣。

六、数据与安全
（一）甲方会员、学员、家长及交易数据均属于甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于营销、分析或提供给任何第三方。
（二）学员多为未成年人，乙方应按照《个人信息保护法》采取加密存储、访问控制、操作审计和境内存储等措施，系统部署在已通过等级保护第三级测评的云平台。
（三）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，配合甲方履行报告义务，并承担因此造成的损失。
（四）服务终止后三十日内，乙方应按甲方要求导出全部数据交付甲方，然后彻底删除并书面确认。
（五）乙方应每日对甲方数据进行异地备份，备份保留不少于三十日；甲方提出恢复请求的，乙方应在一个工作日内完成指定时点的数据恢复。

七、保密
双方对在合作中知悉的对方商业信息、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内继续有效。

八、知识产权
（一）云课堂系统平台的知识产权归乙方所有。
（二）乙方为甲方专门配置的课程分级模板、课时规则和定制报表归甲方所有，甲方可自由使用、修改或交由其他服务商使用。

九、甲方义务
（一）甲方应指定总部运营部门作为项目对接部门，组织各门店按计划完成切换。
（二）甲方应按乙方提供的模板准备会员和课时数据，并对数据的准确性负责。
（三）甲方应妥善保管后台账号和密码，门店人员离职时及时停用其账号。
（四）甲方应按约定支付费用。甲方逾期支付订阅费超过三十日的，乙方可书面催告，催告后十五日内仍未支付的，乙方可暂停新增会员功能，但不得删除或锁定甲方数据。

十、责任限制
乙方在本合同项下的累计赔偿责任，以甲方在损失发生前六个月内已向乙方支付的订阅费总额为限，但因乙方故意、重大过失或数据泄露造成的损失除外。

十一、分包
乙方不得将本合同项下服务转包；将部分实施工作分包的，须事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同，乙方应退还未履行期间的订阅费。
（二）连续两个月月度可用率低于约定值的，甲方有权解除合同。
（三）合同解除或终止时，乙方应配合甲方完成数据导出和向新系统的迁移，配合期不少于三十日，期间系统保持可用。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。

十四、其他
（一）本合同附件包括：功能清单、实施计划、服务水平说明和数据迁移方案，附件为本合同不可分割的组成部分。
（二）因地震、疫情、网络运营商大面积故障等不可抗力导致服务中断的，受影响方应及时通知对方并尽力减少损失，双方按实际影响协商处理。
（三）本合同的任何修改须经双方书面确认。
（四）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：              乙方（盖章）：
日期：                      日期：
"""

Z04 = """噪声自动监测系统运行维护服务合同

项目名称：城市声环境功能区噪声自动监测系统2027年度运行维护服务
采购方式：竞争性磋商（项目编号：SHJ-CS-2026-112）
采购人（甲方）：某市生态环境局
成交供应商（乙方）：某环境监测技术服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方依照《中华人民共和国政府采购法》《中华人民共和国民法典》订立本合同。

第一条 服务范围
（一）服务对象：全市42个噪声自动监测子站（含功能区站和道路交通站）、市级噪声监测数据中心平台及配套通信链路。
（二）服务内容：子站设备（含传声器、气象五参数传感器、数据采集仪、工控机、供电及防雷设施）日常巡检、传声器及气象参数传感器维护、声校准、故障维修、备品备件更换、数据审核、平台运行维护、月度和年度运维报告编制。
（三）服务期限：2027年1月1日至2027年12月31日。期满后由甲方依法重新组织采购。

第二条 服务要求
总体要求：乙方应保证各子站连续稳定运行，监测数据真实、准确、完整，运维工作符合国家声环境质量监测技术规范及甲方管理要求。
（一）巡检：每个子站每月现场巡检不少于两次，每季度对传声器进行一次声校准，并填写巡检和校准记录。
（二）数据审核：乙方每日对上一日监测数据进行审核，标识异常数据并说明原因，审核结果上传平台。
（三）检定：乙方负责将声校准器和噪声分析仪送法定计量检定机构检定，确保设备在检定有效期内。
（四）平台运维：乙方负责数据中心平台服务器、数据库和通信链路的日常监控，每周检查数据传输完整性，每月对平台数据库进行全量备份并异地保存。
（五）报告：乙方每月5日前提交上月运维月报，内容包括子站运行情况、数据获取情况、故障及处理、备件消耗；每年1月15日前提交上一年度运维总结报告。
（六）运维人员：乙方配备不少于六名专职运维人员，其中项目负责人须具有环境监测相关中级以上职称。人员更换须经甲方同意。

第三条 故障响应
（一）一级故障（子站停止采集或数据中心平台中断）：乙方应在1小时内响应，8小时内到场，24小时内恢复；
（二）二级故障（单项参数异常或通信不稳定）：乙方应在2小时内响应，48小时内修复；
（三）乙方应建立故障台账，记录故障发现时间、响应时间、到场时间、原因及处理结果，每月随运维月报提交甲方。
（四）乙方每次迟延响应或修复超时的，按每站每小时人民币200元扣减当季运维费，并记入季度考核。

第四条 合同价款
（一）合同总价为人民币伍拾伍万元整（¥550,000），包括：
1. 子站运维费：42站×8,600元，计361,200元；
2. 数据中心平台运维费：86,000元；
3. 备品备件费：64,000元；
4. 计量检定及校准费：38,800元。
（二）上述价款包括人工、交通、检定、备件、税费等一切费用，服务期内固定不变。

第五条 付款方式
（一）运维费按季度支付。每季度结束后，甲方依据季度考核结果，在十五个工作日内支付该季度运维费，即合同总价的四分之一扣除当季扣减额后的金额。
（二）本合同不设预付款。

第六条 考核与验收
（一）甲方每季度对乙方进行考核，考核内容包括巡检记录完整性、校准合格情况、故障响应与修复时效、数据审核质量和报告提交情况。
（二）服务期满后，乙方提交年度运维报告、全部巡检校准记录和备件更换清单，甲方在二十个工作日内组织终期验收，出具书面验收意见。
（三）考核或验收不合格的，乙方应在十日内整改，整改期间产生的费用由乙方承担。
（四）季度考核实行百分制，考核细则见磋商文件第三章。考核得分作为甲方支付当季运维费和今后评价供应商履约情况的依据。

第七条 监测数据安全
（一）全部监测数据、平台数据库及运维记录均属于甲方所有。乙方仅可为履行运维职责访问，不得复制、对外提供或用于本合同以外的任何目的。
（二）乙方不得篡改、伪造监测数据，不得干扰子站正常采集。数据修约和异常标识必须留痕并可追溯。
（三）乙方运维人员须签署数据安全承诺书，离岗时交回全部账号、钥匙和运维资料，由甲方注销其权限。
（四）乙方应落实平台账号分级管理，远程运维须经甲方审批并通过堡垒机操作，每月开展一次病毒查杀和漏洞检查。
（五）发生数据丢失、篡改或平台遭受网络攻击的，乙方应在1小时内报告甲方，并采取补救措施；因乙方原因造成的，乙方承担全部责任，包括由此导致的行政处罚和赔偿。

第八条 备品备件与设备管理
（一）乙方应在本市设立备件库，常备传声器、前置放大器、数据采集模块、通信模块等易损件，数量不少于子站总数的一成。
（二）更换下来的故障部件应登记造册，属于甲方固定资产的，交还甲方处理。
（三）子站设备因交通事故、施工破坏、人为盗窃等原因损毁的，乙方应在发现后当日报告甲方并拍照留证，修复费用由双方另行确认。

第九条 知识产权
乙方在服务中形成的巡检记录、校准记录、运维报告、数据审核结果等全部成果归甲方所有，甲方有权自由使用。

第十条 违约责任
（一）乙方未在服务期开始之日起七日内完成全部子站运维接管的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方应确保运维期内全部子站全年有效监测天数符合国家及地方考核要求；因乙方运维不到位导致监测点位被上级部门通报的，每次按人民币5,000元支付违约金。
（三）季度考核不合格的，甲方扣减当季运维费的10%；乙方伪造或篡改监测数据的，除承担法律责任外，按合同总价的20%支付违约金。
（四）乙方未按约定频次巡检或校准的，每缺少一次按人民币500元扣减当季运维费；未按时提交月报的，每次扣减人民币300元。
（五）甲方逾期付款的，按照财政支付相关规定执行。

第十一条 合同的履行
本合同签订后，双方均应全面履行，任何一方不得单方解除合同。乙方出现违约情形的，甲方可依照第十条扣减运维费或要求乙方支付违约金，并要求乙方继续履行；乙方不得以任何理由中止服务。

第十二条 分包
乙方不得将本合同服务分包或转包，不得以挂靠、劳务派遣等方式变相转包。仪器计量检定须交由法定计量检定机构完成，具体机构名称应事先书面报经甲方同意。

第十三条 不可抗力
因不可抗力导致子站损毁或无法运维的，受影响一方应及时通知对方，双方协商调整服务内容和费用。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十五条 其他
（一）运维期间，甲方有权随时对子站运行和乙方工作进行抽查，乙方应予配合并如实提供记录。
（二）乙方应为运维人员购买人身意外伤害保险，运维作业中发生的人身伤害由乙方自行负责。
（三）甲方因城市建设等原因需要迁移、新增或撤销子站的，双方按本合同单价协商调整服务内容和价款，并签订补充协议。
（四）竞争性磋商文件、乙方响应文件和成交通知书为本合同的组成部分。
（五）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：                  乙方（盖章）：
法定代表人或授权代表：          法定代表人或授权代表：
日期：                          日期：
"""

Z05 = """# 工序追溯软件许可及定制开发合同

**（匠迹软件标准合同文本 V3.0）**

合同编号：JJ-HT-2026-0419

甲方（用户）：某木陀螺工作室

乙方（开发方）：某匠迹软件科技有限公司

甲方拟采购乙方“匠迹工序追溯系统”，用于木陀螺从选料、开坯、车削、打磨、上漆到包装的全过程追溯。经双方协商，按乙方标准合同文本签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供匠迹工序追溯系统标准版软件许可（5个工位站点、20个用户账号），许可期限为永久。

1.2 乙方按甲方需求进行定制开发，包括：木料批次扫码入库、工序二维码流转卡、车削和上漆工序计时、成品追溯查询页面、订单进度看板。

1.3 乙方负责部署安装、基础数据初始化及操作培训。

1.4 系统功能以乙方产品说明书及双方签字确认的需求确认书为准。需求确认书未列明的功能，不属于本合同范围。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
| --- | --- | --- |
| 1 | 匠迹工序追溯系统标准版软件许可（永久） | 186,000 |
| 2 | 定制开发 | 64,000 |
| 3 | 部署实施及培训 | 18,000 |
| | 合同总价 | 268,000 |

合同总价为人民币贰拾陆万捌仟元整。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的50%，计人民币134,000元。乙方收到该款项后开始开发工作。

3.2 系统上线后五个工作日内，甲方支付剩余50%，计人民币134,000元。

3.3 乙方收到每笔款项后十个工作日内向甲方开具增值税普通发票。甲方需要增值税专用发票的，应在付款前书面告知乙方。

3.4 甲方未按期付款的，每逾期一日，应按应付未付金额的千分之二向乙方支付违约金，乙方有权暂停服务。

## 第四条 交付

4.1 乙方在收到首期款后六十日内完成定制开发和部署，具备上线条件。

4.2 乙方延期交付的，每延期一周，按合同总价的千分之五向甲方支付违约金，违约金总额不超过合同总价的5%。因甲方需求变更、资料提供不及时导致的延期，乙方不承担责任。

4.3 乙方按自身开发计划安排工作，甲方不得要求乙方开发人员驻场。开发期间乙方每两周向甲方演示一次阶段成果，甲方应在演示后三个工作日内提出意见，逾期未提出的视为确认。

4.4 乙方交付的内容包括：系统安装程序（不含定制模块源代码）、用户操作手册、管理员手册及培训课件电子版。

## 第五条 甲方义务

5.1 甲方应指定一名项目联系人，负责需求确认、资料提供和内部协调。

5.2 甲方应在乙方要求的时间内提供工序流程、产品编码规则、木料分类和历史订单等基础资料，并对资料的真实性和完整性负责。

5.3 甲方应自行准备符合乙方要求的服务器、扫码枪、标签打印机和网络环境。因甲方硬件或网络问题导致系统无法正常运行的，乙方不承担责任。

5.4 需求确认书经甲方签字后，甲方提出的任何变更均视为新增需求，乙方有权另行报价并顺延交付时间。

## 第六条 验收

6.1 系统部署完成后，乙方通知甲方上线。系统上线即视为甲方验收合格。

6.2 甲方在上线后发现的问题，按第七条维护服务处理，不影响验收结论及付款义务。

6.3 甲方拒绝上线或在乙方通知上线后十日内未安排上线的，自通知之日起第十一日视为系统已上线并验收合格，甲方应支付剩余款项。

## 第七条 维护服务

7.1 自系统上线之日起，乙方提供六个月免费维护服务，包括缺陷修复和远程技术支持。

7.2 一级故障（系统完全无法使用）乙方在接到甲方报告后8小时内响应，其他问题在三个工作日内响应。乙方将尽力尽快解决问题，但不承诺修复时限。

7.3 因故障、维护或升级造成系统中断的，乙方不承担任何扣款、赔偿或违约责任。

7.4 乙方提供的培训为一次性集中培训，时长一天，参加人数不超过十人。额外培训按乙方当年培训报价另行收费。

## 第八条 免费维护期后的服务

8.1 免费维护期满后，甲方应向乙方购买年度技术服务，年度服务费为软件许可费的28%，即每年人民币52,080元，按年预付。

8.2 年度技术服务包括缺陷修复、远程支持和标准版本升级。未购买年度技术服务的，乙方不再提供任何维护和升级。

8.3 甲方中断购买年度技术服务后又重新购买的，应补缴中断期间的年度服务费。

8.4 现场服务不包含在年度技术服务内，甲方需要乙方到现场的，按每人每天人民币2,500元另行支付，差旅费由甲方承担。

## 第九条 知识产权

9.1 匠迹工序追溯系统及其文档的全部知识产权归乙方所有。

9.2 乙方为甲方定制开发的全部功能模块、页面、程序及源代码的知识产权同样归乙方所有。甲方仅获得在本单位内部使用的非独占许可，不得修改、反编译或提供给第三方使用，也不取得源代码。

9.3 乙方有权将定制开发成果纳入标准产品向其他客户销售。

## 第十条 数据

10.1 甲方录入系统的木料、工序、订单和客户数据归甲方所有。

10.2 甲方同意，乙方可在去除甲方名称后，将上述数据汇总用于产品改进、工艺模型训练及行业分析报告。

10.3 乙方对系统服务器采取必要的访问控制、数据备份和加密措施。如因乙方原因发生数据泄露或丢失，乙方应在发现后24小时内通知甲方，并对由此造成的直接损失承担赔偿责任。

10.4 乙方可根据服务需要，通过远程方式登录甲方系统进行维护，甲方应为乙方开通必要的远程访问权限。

## 第十一条 保密

双方对在合作中获知的对方商业秘密负有保密义务，未经对方书面许可不得向第三方披露，本条在合同终止后两年内有效。

## 第十二条 违约责任

12.1 任何一方违反本合同约定的，应承担相应违约责任。乙方按本合同第4.2条支付的违约金为其迟延交付的全部责任。

12.2 任何一方均不对对方的间接损失、利润损失或商誉损失承担责任。

12.3 甲方擅自修改系统、违反第九条使用限制或将系统提供给第三方使用的，乙方有权立即停止全部服务，并要求甲方按软件许可费的两倍支付违约金。

## 第十三条 合同解除

13.1 一方严重违约，经另一方书面催告后十五日内仍未改正的，守约方有权解除合同。

13.2 合同解除时，甲方已支付的款项中对应已完成工作的部分不予退还。

13.3 甲方在合同签订后单方取消项目的，已支付款项不予退还。

13.4 合同解除或终止后，甲方应立即停止使用定制功能模块。乙方可在甲方书面申请后三十日内提供一次数据导出，导出格式以乙方系统支持的格式为准。

## 第十四条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决，协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 其他

15.1 本合同以乙方标准文本为准，手写或补充内容须经双方盖章确认方可生效。

15.2 甲方不得将乙方的名称、商标和标识用于任何宣传。乙方有权将甲方列为客户案例，用于乙方的市场宣传和产品推广。

15.3 因不可抗力、第三方云服务或网络故障、政策变化等非乙方原因导致合同不能履行的，乙方不承担责任。

15.4 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（签章）：__________　　乙方（签章）：__________

日期：__________
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. NWA-CN-2026-0211
P:This Software Licence and Services Agreement (the "Agreement") is made between Northwood Asset Systems, Inc., a Wisconsin corporation with its principal office at 612 Fifth Avenue, Antigo, Wisconsin 54409, USA (the "Vendor"), and Jiangsu Hengrun Dairy Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Yangzhou, Jiangsu Province (the "Customer").
P:The Customer wishes to replace the spreadsheets and paper work orders it uses to maintain the equipment of its three dairy plants with the Vendor's maintenance and asset management software, and the Vendor has agreed to license that software and to implement it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's MaintainPro Enterprise software, version 9, in object code, including the mobile technician application and the reliability analytics module, together with all updates and new versions supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, workflows, data-conversion scripts and configuration developed by the Vendor specifically for the Customer under this Agreement, in source and object form, and their documentation.
P:1.3 "Go-Live" means the first day on which all three plants use the Software for their daily work orders in production.
P:1.4 "Final Acceptance" means the Customer's signed certificate under Article 5.3.
P:1.5 "Customer Data" means all data entered into, uploaded to or generated by the Software in the Customer's environment, including asset registers, work orders, spare-parts stock, meter readings and personal data of the Customer's staff.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive, non-transferable licence to install and use the Software for up to 260 named users and 45 concurrent mobile devices at the Customer's plants and offices in the People's Republic of China, for the Customer's internal business purposes and those of its affiliates.
P:2.2 The Customer may make copies of the Software for backup, disaster recovery, testing and training. The Customer may not decompile the Software except to the extent permitted by applicable law.
H:Article 3 Services
P:3.1 The Vendor shall implement the Software in accordance with the Statement of Work in Schedule 2, including installation on the Customer's servers in Yangzhou, configuration of asset hierarchies for the three plants, migration of about 18,000 asset records and six years of work-order history, interfaces with the Customer's ERP system and its SCADA historian, and training of key users and technicians.
P:3.2 The Vendor shall appoint a project manager who is fluent in Chinese and will be available on site during each plant's cut-over.
H:Article 4 Price and Payment
P:4.1 The total price is CNY 2,140,000, consisting of the Licence Fee of CNY 1,480,000, implementation services of CNY 520,000, data migration of CNY 94,000 and training of CNY 46,000. The price includes all taxes, duties and the Vendor's travel expenses.
P:4.2 The Customer shall pay: (a) 20% of the total price within 30 days after signature of this Agreement against the Vendor's invoice; (b) 45% within 30 days after Go-Live; and (c) the remaining 35% within 30 days after Final Acceptance.
P:4.3 Payments shall be made in CNY by bank transfer to the account of the Vendor's appointed collecting agent in Shanghai named in Schedule 1. Each invoice shall be a valid PRC tax invoice (fapiao) issued by that agent.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve Go-Live within 150 days after the Effective Date.
P:5.2 Final Acceptance tests shall be run after 60 consecutive days of production use following Go-Live and shall show that: (a) every function listed in Schedule 3 works as specified; (b) the migrated asset records and open work orders reconcile fully with the source data; (c) the ERP and SCADA interfaces transfer data without error for ten consecutive working days; (d) screens open within three seconds with 120 concurrent users; and (e) no Severity 1 defect has remained open during the last 30 days.
P:5.3 If the tests are passed, the Customer shall sign a Final Acceptance certificate within ten working days. Go-Live, production use or payment does not by itself amount to acceptance. If the tests fail, the Vendor shall correct the defects and repeat the tests within 20 days.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to their documentation and Schedule 3 for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall provide defect correction, updates, new versions and telephone and remote support at no extra charge.
P:6.2 Support requests are classified as follows. Severity 1 (a plant cannot create or close work orders, or the Software is down): response within 1 hour at any time, workaround within eight hours. Severity 2 (a major function is impaired): response within two business hours, correction within three business days. Severity 3: response within one business day.
P:6.3 For every full hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall credit the Customer CNY 1,500 against the next invoice or, if none is due, pay that amount.
P:6.4 After the Warranty Period the Customer may purchase annual support at 11% of the Licence Fee, that is CNY 162,800 per year. This fee is fixed for the first three years after the Warranty Period. Annual support is ordered by separate purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property in it remain the property of the Vendor and its licensors.
P:7.2 All rights in the Custom Deliverables, including copyright in the source code, belong to the Customer on creation. The Vendor shall deliver the source code and build instructions with each release. The Customer may use, modify and license the Custom Deliverables freely and may have them maintained by any third party.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access and use Customer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose.
P:8.2 The Software is installed in the Customer's environment. The Vendor's remote access shall take place only through the Customer's VPN and bastion host, with individual accounts, after the Customer's approval for each session, and all sessions shall be logged. No Customer Data may be transferred outside the People's Republic of China.
P:8.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law as they apply to its work, and shall notify the Customer within 12 hours after becoming aware of any unauthorised access to, or loss of, Customer Data. The Vendor is liable for all losses caused by such an incident that results from its breach of this Article.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to its staff and advisers who need to know it and are bound by equivalent duties. This obligation continues for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If Go-Live or Final Acceptance is delayed through the Vendor's fault, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay, up to a maximum of 8% of the total price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to personal injury, fraud, wilful misconduct, or breach of Articles 8 and 9.
H:Article 11 Subcontracting and Assignment
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for any approved subcontractor. Neither party may assign this Agreement without the other's written consent.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature (the "Effective Date"). The licence in Article 2 survives any expiry or termination except termination by the Vendor for non-payment of the Licence Fee.
P:12.2 Either party may terminate this Agreement by written notice if the other commits a material breach and does not remedy it within 30 days after written notice. The Customer may also terminate if delay damages reach their maximum under Article 10.1.
P:12.3 On termination by the Customer for the Vendor's breach, the Vendor shall refund the amounts paid for services not performed and hand over all completed Custom Deliverables and Customer Data.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Wisconsin, USA, without regard to its conflict-of-laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:13.2 Any dispute shall be submitted to the state or federal courts located in the State of Wisconsin, and each party submits to the jurisdiction of those courts.
H:Article 14 General
P:14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to resume performance.
P:14.2 This Agreement, with Schedule 1 (Price and Payment Details), Schedule 2 (Statement of Work) and Schedule 3 (Functional Specification), is the entire agreement between the parties on its subject and may be amended only in writing signed by both parties. It is signed in English and Chinese; both versions are equally authentic.
P:For the Vendor: ____________________ Name and title: ____________________
P:For the Customer: ____________________ Name and title: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS

**Skillbridge Learning Cloud – Order Form No. SB-2026-0788**

Provider: Skillbridge Learning, LLC, 415 Oak Street, Baraboo, Wisconsin 53913, USA ("Provider")

Customer: Chengdu Jinshi Home Retail Co., Ltd., Chengdu, Sichuan Province, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part A prevails over Part B if they conflict.

## PART A – ORDER DETAILS

### A1. Subscribed Service

Skillbridge Learning Cloud, Enterprise Edition, a hosted learning platform for the Customer's store and warehouse staff, including: course catalogue and authoring tools, mobile learning application, assessments and certificates, learning paths by job role, manager dashboards, and the standard connector to the Customer's HR system. Up to 6,500 active learners may be enrolled at any time.

### A2. Subscription Term

Thirty-six (36) months from the Service Start Date. The Service Start Date is the date on which the Provider notifies the Customer that the production tenant is ready and the Customer's administrators can log in. The subscription ends at the end of the Subscription Term unless the parties sign a new Order Form; it does not renew automatically.

### A3. Fees

| Item | Basis | Amount (CNY) |
| --- | --- | --- |
| Subscription fee, Subscription Year 1 | 6,500 learners, annual | 268,000 |
| Subscription fee, Subscription Year 2 | 6,500 learners, annual | 268,000 |
| Subscription fee, Subscription Year 3 | 6,500 learners, annual | 268,000 |
| Onboarding package (one-time) | fixed | 42,000 |
| Total fees for the Subscription Term | | 846,000 |

Fees include all taxes. Additional learners above 6,500 are charged at CNY 45 per learner per year, pro rata, and are not included in the total above.

### A4. Invoicing and Payment

1. The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 67,000, each at the start of the calendar quarter of service to which it relates, and is payable within 30 days after receipt of a valid fapiao issued by the Provider's authorised reseller in China.
2. The onboarding package is invoiced after the Customer signs the Onboarding Completion Certificate under A5 and is payable within 30 days.
3. No other payment is due before the Service Start Date.

### A5. Onboarding

The onboarding package covers: configuration of the tenant and of 14 job-role learning paths; single sign-on with the Customer's identity provider; import of 3,200 existing course records and completion histories; integration of the HR connector; and four remote administrator training sessions. The Provider will use reasonable efforts to complete onboarding within 60 days after signature.

Onboarding is complete when the Customer confirms in an Onboarding Completion Certificate that: (a) all 14 learning paths are configured as agreed in the onboarding workbook; (b) imported records reconcile with the Customer's source files; (c) single sign-on and the HR connector have worked without error for ten consecutive working days; and (d) the administrator training has been delivered. Use of the service before that certificate is signed is not acceptance of the onboarding.

### A6. Special Terms

1. The service for the Customer is hosted in the Provider's tenant in a data centre in Shanghai operated by a PRC cloud provider listed in the onboarding workbook. Customer Data will not be transferred outside mainland China.
2. Courses, quizzes and learning paths that the Provider builds or adapts specifically for the Customer during onboarding are Customer Content under Part B.
3. Customer contact for this Order Form: Head of Training, Chengdu head office. Provider contact: Account Director, Asia Pacific.

## PART B – GENERAL TERMS

### 1. Provision of the Service

1.1 The Provider shall make the service available to the Customer during the Subscription Term in accordance with the documentation, and shall use commercially reasonable efforts to keep the service available 24 hours a day, seven days a week, except for planned maintenance and events outside its reasonable control.

1.2 The Provider may update the service from time to time, provided that an update does not materially reduce the functions described in A1.

1.3 Support is available through the Provider's online help centre and by e-mail. The Provider will respond to support requests within a reasonable time and will work to resolve problems as soon as practicable, taking into account their impact on the Customer.

### 2. Customer Responsibilities

2.1 The Customer is responsible for its users' compliance with these terms, for the accuracy of the data it uploads and for keeping its login credentials secure.

2.2 The Customer shall not use the service to upload unlawful content, attempt to access other tenants, or resell the service to third parties.

### 3. Customer Data and Content

3.1 "Customer Data" means all data uploaded to or generated in the service by or for the Customer, including learner profiles, enrolments, assessment results and certificates. "Customer Content" means courses, documents, videos and quizzes uploaded or created by or for the Customer.

3.2 Customer Data and Customer Content belong to the Customer. The Provider may use them only to provide the service to the Customer and for no other purpose, and shall not sell, analyse for its own purposes or disclose them to any third party except as required by law.

3.3 At the end of the Subscription Term the Provider shall make all Customer Data and Customer Content available for export in standard formats for 30 days and shall then delete them and confirm the deletion in writing.

### 4. Security

4.1 The Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access for its staff, multi-factor authentication for administrative access, logging of administrative actions and daily backups kept in mainland China.

4.2 The Provider shall maintain for the service a valid MLPS level 3 filing and an ISO/IEC 27001 certification.

4.3 The Provider shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, shall take immediate steps to contain it and shall cooperate with the Customer in reporting it to the authorities. The Provider is responsible for losses and regulatory penalties the Customer suffers because of an incident caused by the Provider's breach of this Section 4.

### 5. Subprocessors

5.1 The subprocessors used for the Customer's tenant on the date of the Order Form are listed in the onboarding workbook.

5.2 The Provider shall not add or replace a subprocessor or subcontractor for the Customer's service without the Customer's prior written consent, and remains responsible for the acts of each subprocessor as for its own.

### 6. Intellectual Property

6.1 The service, its software and documentation and the Provider's standard course library remain the Provider's property.

6.2 Customer Content, including the courses and learning paths described in A6.2, belongs to the Customer, which may use, modify and license it freely, also after the Subscription Term. The Provider shall deliver it in editable formats on request.

### 7. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Order Form and not disclose it to third parties, except to its employees, contractors and advisers who need to know it and are bound by similar obligations. This Section survives for three years after the Subscription Term.

### 8. Warranties

8.1 Each party warrants that it has the power to enter into this Order Form.

8.2 The Provider warrants that the service will perform materially in accordance with the documentation. If it does not, the Provider shall correct the non-conformity within a reasonable time.

### 9. Liability

9.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

9.2 Each party's total liability under this Order Form is limited to 150% of the total fees stated in A3. This limit does not apply to breach of Sections 3, 4 or 7, infringement of the other party's intellectual property, or liability that cannot be limited by law.

### 10. Term and Termination

10.1 This Order Form starts on signature and continues until the end of the Subscription Term.

10.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice describing the breach.

10.3 If the Customer terminates under Section 10.2, the Provider shall refund the prepaid subscription fees for the period after termination.

10.4 Sections 3, 6, 7 and 9 survive termination.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Any dispute arising from it shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 12. General

12.1 Neither party may assign this Order Form without the other's prior written consent.

12.2 Neither party is liable for delay or failure caused by events beyond its reasonable control.

12.3 This Order Form may be signed electronically and in counterparts, and may be amended only in writing signed by both parties.

Signed for the Provider: ____________________ Date: __________

Signed for the Customer: ____________________ Date: __________
"""

E03 = """T:SUPPLY AND LICENCE CONTRACT FOR A MACHINE CONDITION MONITORING SYSTEM
P:Contract No. SDP-EQ-2026-051
P:Buyer: Shandong Dongpu Paper Co., Ltd., Rizhao, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Lakeshore Sensing Technologies, Inc., 208 Main Street, Shawano, Wisconsin 54166, USA, acting through its Shanghai branch office (the "Supplier").
P:The Buyer wishes to monitor the condition of the rotating equipment of its paper machines PM2 and PM3 and of its pulp line. The Supplier has offered wireless vibration and temperature sensors, gateways and its condition-monitoring software. This Contract is made on the Buyer's standard terms for equipment purchases.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in Clause 2.
P:1.2 "Software" means the Supplier's VibeWatch condition-monitoring software, server and client components, in the version current at delivery.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's mill.
P:1.4 "Buyer Data" means all measurement data, alarms, asset records and reports generated by the System, and any other data of the Buyer to which the Supplier has access.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the System, configure the Software for 180 measurement points, integrate it with the Buyer's distributed control system and maintenance system, and train the Buyer's staff, for a fixed contract price of CNY 1,902,000, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|180|6,200|1,116,000
TB:2|Industrial wireless gateway|24|9,500|228,000
TB:3|VibeWatch software, perpetual licence, 200 points|1|386,000|386,000
TB:|Hardware and Licence Subtotal|||1,730,000
TB:4|Installation, configuration and commissioning|1 lot||148,000
TB:5|Training (operators and reliability engineers)|1 lot||24,000
TB:|Contract Price|||1,902,000
P:2.2 The Contract Price includes delivery to the Buyer's mill, import duties, taxes, insurance, installation materials and all services during the warranty period.
P:2.3 The Software licence is perpetual and non-exclusive, for use by the Buyer at its Rizhao mill, and covers up to 200 measurement points and unlimited users.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price as an advance within 15 days after signature, against the Supplier's invoice and a bank advance-payment guarantee for the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price within 30 days after all Equipment has been delivered and installed and the Buyer has signed an installation record. The installation record confirms quantities and installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% within 30 days after Final Acceptance under Clause 5.
P:3.4 All payments are made in CNY against valid VAT invoices.
P:3.5 The Contract Price is fixed and is not subject to adjustment for exchange rates, freight costs or any other reason. The Buyer has no obligation to pay for any item not listed in Clause 2.1 unless it has agreed to a written change order signed by its authorised representative.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's mill within 75 days after signature and complete installation and commissioning within 45 days after delivery, during the machine shutdowns notified by the Buyer.
P:4.2 The Supplier's personnel shall follow the Buyer's site safety rules, including lock-out procedures and permits for work at height.
P:4.3 Each delivery shall be accompanied by a packing list, certificates of origin and conformity, the radio type-approval certificates required in China for the sensors and gateways, and installation drawings showing the mounting position of each sensor.
P:4.4 If the Supplier fails to deliver, or to complete commissioning, by the dates in Clause 4.1, the Supplier shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct them from any payment due.
H:5. Acceptance
P:5.1 After commissioning, the System shall run for 30 consecutive days in trial operation. Final Acceptance tests shall then show that: (a) all 180 points deliver data at the configured interval, with no point missing more than two readings in any day; (b) the measured vibration values agree with a calibrated portable analyser within ±5% on a sample of 20 points chosen by the Buyer; (c) alarms reach the control system and the maintenance system within 60 seconds; and (d) gateway battery and signal reports are complete.
P:5.2 The Buyer shall issue a Final Acceptance certificate within ten working days after successful tests. Use of the System during trial operation is not acceptance. If the tests fail, the Supplier shall remedy the defects at its own cost and the tests shall be repeated.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During it the Supplier shall repair or replace any defective Equipment free of charge, including sensor batteries that fail before their rated life, and provide Software updates and technical support.
P:6.2 The Supplier shall respond to faults as follows: Severity 1 (the Software server is down or more than 20 points stop reporting): response within 30 minutes, engineer on site within 24 hours. Severity 2 (up to 20 points stop reporting or an interface fails): response within 2 hours, resolution within three working days. Severity 3: response within one working day.
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response or on-site time, it shall pay the Buyer CNY 1,000, deductible from any amount due.
P:6.4 The Supplier shall keep a stock of spare sensors and gateways equal to at least one in twenty of the installed quantity at its Shanghai branch and shall ensure that spare parts remain available for at least eight years after Final Acceptance.
P:6.5 After the warranty period the Buyer may order annual support at 7% of the Hardware and Licence Subtotal, that is CNY 121,100 per year, including Software updates, remote support and repair of Equipment. This rate is fixed for the first two years after the warranty period and may not be increased thereafter by more than the official consumer price index of the previous year. Support is ordered each year by purchase order and does not renew automatically.
H:7. Intellectual Property
P:7.1 The Software and the firmware of the Equipment remain the property of the Supplier, which grants the licence in Clause 2.3.
P:7.2 Dashboards, alarm rules, asset models, interface programs and reports developed for the Buyer under this Contract belong to the Buyer. The Buyer may use, modify and license them freely, and the Supplier shall deliver their source files at Final Acceptance.
H:8. Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not copy, keep or disclose it for any other purpose.
P:8.2 The System is installed on the Buyer's own servers. Remote access by the Supplier requires the Buyer's approval for each session and takes place through the Buyer's VPN and bastion host, with logging. Gateways shall not send data to any server outside the Buyer's network.
P:8.3 The Supplier shall notify the Buyer within six hours after discovering any security incident involving the System or Buyer Data, take all necessary remedial steps, and compensate the Buyer for losses arising from an incident caused by the Supplier.
H:9. Confidentiality
P:Each party shall keep confidential the other party's technical and business information received under this Contract, including the Buyer's process and production data, and shall not disclose it to third parties without prior written consent. This obligation survives for five years after the end of this Contract.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 8 and 9, which are not limited.
P:10.2 Liquidated damages under Clause 4.4 count towards this limit.
H:11. Subcontracting
P:The Supplier may not subcontract installation or any other part of the work without the Buyer's prior written consent. The Supplier remains responsible for the work of any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if liquidated damages reach their maximum.
P:12.2 On such termination, the Supplier shall refund the amounts paid for Equipment or services not accepted and shall remove any Equipment the Buyer rejects at its own cost.
H:13. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes that cannot be settled by negotiation shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:14. General
P:14.1 Neither party is liable for delay caused by force majeure, provided it promptly notifies the other party and provides evidence.
P:14.2 Notices under this Contract shall be made in writing and delivered by hand, courier or e-mail to the project contacts named in Annex 1.
P:14.3 This Contract is made in English and Chinese, both versions being equally valid. Annex 1 (Technical Specification) and Annex 2 (Acceptance Test Plan) form part of it.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. RCT-MSA-2026-14

**Between** Riverbend Cloud & Technology Services, Inc., 1120 Superior Avenue, Tomah, Wisconsin 54660, USA, acting through its wholly owned subsidiary in Wuhan (the "Provider"),

**and** Hubei Xinlian Auto Parts Co., Ltd., Xiangyang, Hubei Province, People's Republic of China (the "Customer").

## Section 1. Purpose and Structure

1.1 The Customer operates four plants and a head office in Hubei. It wishes to outsource the operation of its IT infrastructure and end-user support to the Provider for 36 months.

1.2 This Agreement consists of these Sections and the following Schedules, which form part of it: Schedule 1 (Services and Sites), Schedule 2 (Service Levels and Service Credits) and Schedule 3 (Charges).

## Section 2. Term

2.1 This Agreement starts on signature. The Transition Period runs from signature until Service Commencement. The Service Term is 36 months from the Service Commencement Date.

2.2 The Agreement ends at the end of the Service Term. It does not renew automatically; any extension requires a written amendment agreed by both parties, including the charges.

## Section 3. Transition

3.1 The Provider shall take over the services described in Schedule 1 from the Customer's internal IT team within 90 days after signature, following a transition plan approved by the Customer.

3.2 Transition is complete when the Customer signs a Transition Acceptance Certificate confirming that: (a) all in-scope devices, servers and network elements are registered in the Provider's monitoring and asset tools; (b) the service desk has handled live tickets for 20 consecutive working days meeting the Schedule 2 response times; (c) run books for all critical systems have been written and reviewed by the Customer; and (d) the backup restore test in Schedule 1 has succeeded. The Service Commencement Date is the day after that certificate is signed.

3.3 If the Service Commencement Date is later than 90 days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 3,500 for each day of delay. The Customer may deduct these amounts from the charges.

## Section 4. Services

4.1 The Provider shall perform the services in Schedule 1 at the sites listed there, with qualified staff and in line with good industry practice.

4.2 The Provider shall keep at least two resident engineers at the Xiangyang plant and one at each other plant during the Customer's production shifts, and shall run a 24x7 service desk in Chinese.

4.3 The Customer shall give the Provider's staff access to its sites, systems and documentation as reasonably needed, provide desk space for resident engineers, and inform the Provider in good time of planned production shutdowns, new plants or major changes to its systems.

4.4 The Provider shall report its performance against Schedule 2 in a monthly service report and shall hold a monthly service review with the Customer's IT manager.

## Section 5. Service Levels

5.1 The Provider shall meet the service levels in Schedule 2. Service levels are measured by the Provider's ticketing and monitoring tools, to which the Customer has read access.

5.2 If a service level is missed, the Provider shall grant the service credits in Schedule 2 on the next invoice. Service credits are a price adjustment and do not limit the Customer's other rights.

5.3 If the Provider misses the same Priority 1 service level in three months of any six-month period, the Customer may treat this as a material breach.

## Section 6. Charges and Payment

6.1 The charges are set out in Schedule 3. The Monthly Service Charge is fixed for the whole Service Term.

6.2 The Transition Charge is invoiced after the Transition Acceptance Certificate is signed. The Monthly Service Charge is invoiced monthly in arrears. The Customer pays each correct invoice within 45 days after receiving a valid VAT invoice.

6.3 No advance payment is due under this Agreement.

## Section 7. Customer Data

7.1 "Customer Data" means all data of the Customer or its employees, customers and suppliers that the Provider accesses, receives or processes in performing the services, including data on the Customer's servers, e-mail system, ERP and manufacturing systems.

7.2 Customer Data belongs to the Customer. The Provider may use Customer Data only to perform the services and shall not use it for any other purpose, sell it or disclose it to any third party.

7.3 At the end of this Agreement the Provider shall return all Customer Data in its possession to the Customer.

## Section 8. Intellectual Property

8.1 Each party keeps the intellectual property it owned before this Agreement. The Provider's monitoring and ticketing tools remain the Provider's.

8.2 Run books, scripts, configuration files, network diagrams and documentation created by the Provider for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely, including for use by a successor provider.

## Section 9. Confidentiality

9.1 Each party shall keep confidential all non-public information of the other party that it receives under this Agreement, shall use it only for this Agreement and shall disclose it only to its employees and permitted subcontractors who need to know it and are bound by confidentiality obligations at least as strict as this Section.

9.2 This Section does not apply to information that is or becomes public through no fault of the receiving party, or that must be disclosed by law, in which case the receiving party shall notify the other party first where allowed. It survives for five years after this Agreement ends.

## Section 10. Personnel and Subcontractors

10.1 The Provider shall assign a service delivery manager, named in Schedule 1, who may be replaced only after consultation with the Customer.

10.2 The Provider may engage subcontractors to perform any part of the services, including on-site support at the plants and hardware repair, by giving the Customer written notice at least ten days before the subcontractor starts work. The Provider remains responsible for the performance of its subcontractors.

## Section 11. Liability

11.1 Neither party is liable to the other for indirect loss or loss of profit.

11.2 Each party's total liability under this Agreement is limited to 150% of the total charges payable over the Service Term as set out in Schedule 3, except for personal injury, fraud and wilful misconduct, which are not limited.

## Section 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach that is not remedied within 30 days after written notice, or if Section 5.3 applies.

12.2 The Provider may terminate only if the Customer fails to pay undisputed charges for more than 60 days after written notice.

12.3 On expiry or termination the Provider shall provide exit assistance for up to 90 days at the rates in Schedule 3, including knowledge transfer to the Customer or a successor provider.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall first be discussed between the parties' senior managers. If it is not settled within 30 days, either party may submit it to the Wuhan Arbitration Commission for arbitration in Wuhan. The award is final.

## Schedule 1 – Services and Sites

| Service | Scope | Sites |
| --- | --- | --- |
| Service desk | 24x7 telephone, e-mail and portal support in Chinese for about 1,350 users | All |
| End-user support | Desktops, laptops, printers, mobile devices; moves, adds, changes | Four plants, head office |
| Server and storage operations | 64 virtual and 18 physical servers, two storage arrays, patching, capacity management | Xiangyang data room |
| Network operations | Core and plant switches, Wi-Fi, firewalls, WAN links between sites | All |
| Backup and restore | Daily backups, monthly restore test of a sample system | Xiangyang data room |
| Monitoring | 24x7 event monitoring of servers, network and critical applications | All |

## Schedule 2 – Service Levels and Service Credits

| Measure | Target | Service credit if missed |
| --- | --- | --- |
| Priority 1 incident (a plant's production systems or network down): response | 15 minutes | 2% of the Monthly Service Charge per incident |
| Priority 1 incident: restoration | 3 hours | 3% of the Monthly Service Charge per incident |
| Priority 2 incident: response | 1 hour | 1% of the Monthly Service Charge per month in which missed |
| Priority 3 incident: resolution | 2 business days | 0.5% per month in which missed |
| Core network and server availability, monthly | 99.95% | 2% per 0.1 percentage point below target |
| Total service credits per month | | capped at 10% of the Monthly Service Charge |

## Schedule 3 – Charges

| Charge | Basis | Amount (CNY) |
| --- | --- | --- |
| Transition Charge | one-time, fixed | 118,000 |
| Monthly Service Charge | per month, 36 months | 96,000 |
| Total charges over the Service Term | 118,000 + 36 x 96,000 | 3,574,000 |
| Exit assistance beyond the scope of Section 12.3 | per engineer-day | 2,800 |

Signed for the Provider: ____________________

Signed for the Customer: ____________________
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
(Agricultural Weather and Crop Data API)

Agreement No. DRA-API-2026-033

PARTIES

Driftless Agri-Data Co., a Wisconsin corporation, 221 South Main Street, Viroqua, Wisconsin 54665, USA ("Provider").

Henan Fengyuan Grain and Feed Trading Co., Ltd., Zhengzhou, Henan Province, People's Republic of China ("Customer").

BACKGROUND

The Customer buys maize, soybean meal and wheat for its feed mills and wishes to use weather, crop-condition and yield-forecast data for the main producing regions in its purchasing and risk models. The Provider offers that data through an application programming interface. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Provider's AgriSignal data interface, version 3, and any successor version.

1.2 "Data" means the weather observations, forecasts, satellite crop-condition indices, yield forecasts and related datasets described in Annex A and made available through the API.

1.3 "Subscription Year" means the period of one year starting on the Service Start Date, and each following period of one year starting on an anniversary of it. The Initial Term consists of two Subscription Years.

1.4 "Service Start Date" means the date on which the Provider issues production API credentials to the Customer after Integration Acceptance under Clause 4.

1.5 "Customer Inputs" means the field locations, purchase volumes, model parameters and other information the Customer sends to the API or to the Provider.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, during the term, a non-exclusive, non-transferable right to access the API and to use the Data within the Customer's group for its internal purchasing, planning and risk management, including in internal reports and models.

2.2 The Customer may make up to 2,000,000 API calls per month. Calls above that volume are charged under Annex B and are not part of the fees in Clause 5.1.

2.3 The Customer shall not resell the Data or publish it in raw form. Reports and analyses that contain derived figures may be shared with the Customer's banks, auditors and insurers.

3. TERM AND RENEWAL

3.1 This Agreement starts on signature and continues for the Initial Term of two Subscription Years.

3.2 At the end of the Initial Term and of each renewal period, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current period.

3.3 The Provider may increase the annual subscription fee for any renewal period by up to 9% by notifying the Customer at least 75 days before the renewal. The increased fee applies to the renewal period without further agreement of the Customer.

4. INTEGRATION SUPPORT AND ACCEPTANCE

4.1 The Provider shall provide integration support for connecting the API to the Customer's data platform in Zhengzhou: a test environment, sample code, mapping of the Data to the Customer's 26 sourcing regions, and two workshops with the Customer's data team.

4.2 The Provider shall make the test environment and documentation available within 10 days after signature and complete integration support within 45 days after signature.

4.3 Integration Acceptance occurs when the Customer confirms in writing that: (a) all datasets in Annex A can be retrieved for the 26 regions; (b) historical data back to 2010 has been loaded and reconciles with the Provider's published checksums; (c) the median API response time in testing is below 800 milliseconds; and (d) the daily update of forecasts arrived on time for ten consecutive days.

4.4 If integration support is not completed within the period in Clause 4.2 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 300 for each day of delay.

5. FEES AND PAYMENT

5.1 The fees for the Initial Term are:
   (a) subscription fee for Subscription Year 1: CNY 186,000;
   (b) subscription fee for Subscription Year 2: CNY 186,000;
   (c) integration support, one-time: CNY 24,000;
   total for the Initial Term: CNY 396,000, including all taxes.

5.2 The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 46,500, each on the first day of the quarter of service to which it relates. The integration support fee is invoiced after Integration Acceptance. The Customer shall pay each invoice within 30 days after receipt of a valid fapiao issued by the Provider's appointed agent in China.

5.3 No payment is due before Integration Acceptance.

6. SERVICE LEVELS

6.1 The Provider shall make the API available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and carried out between 01:00 and 05:00 Beijing time.

6.2 Incidents are classified as follows. Priority 1: the API is unavailable or the daily forecast update is missing for all regions. The Provider shall respond within 1 hour, around the clock, and restore service or deliver the missing update within six hours. Priority 2: a dataset or region is missing or delayed; response within three business hours, resolution within two business days. Priority 3: other questions; response within two business days.

6.3 If availability in a month falls below the level in Clause 6.1, the Provider shall credit the Customer 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to the full monthly equivalent. Each Priority 1 incident not restored in time gives a further credit of 3% of the monthly equivalent. Credits are set off against the next invoice or paid at the end of the term.

7. DATA QUALITY

7.1 The Provider shall compile the Data with professional care from the sources described in Annex A and shall correct any error in the Data promptly after it is reported or discovered.

7.2 Forecasts are estimates. The Provider does not warrant that any forecast will prove correct.

8. CUSTOMER INPUTS AND SECURITY

8.1 Customer Inputs belong to the Customer. The Provider may use Customer Inputs only to provide the API and the support under this Agreement, and shall not combine them with other customers' data, use them for its own products or disclose them to any third party.

8.2 The Provider shall protect Customer Inputs with encryption in transit and at rest, access controls limited to named support staff, logging of access, and deletion within 30 days after the end of this Agreement. Customer Inputs are processed on servers located in mainland China, operated by the Provider's Chinese cloud partner.

8.3 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Inputs or the Customer's API credentials, shall take all steps needed to contain the incident, and shall be responsible for losses caused by an incident resulting from the Provider's failure to meet this Clause 8.

9. INTELLECTUAL PROPERTY

9.1 The API and the Data remain the property of the Provider and its licensors.

9.2 The region mappings, transformation scripts and integration code prepared by the Provider specifically for the Customer under Clause 4 belong to the Customer, which may use, modify and license them freely.

9.3 Reports, models and analyses created by the Customer using the Data belong to the Customer.

10. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information, including the Customer's purchase volumes and positions and the Provider's methods and pricing, shall use it only for this Agreement and shall not disclose it to third parties without written consent. This obligation survives for three years after the end of this Agreement.

11. SUBCONTRACTING

The Provider shall not subcontract the performance of this Agreement, other than the hosting services of its named Chinese cloud partner, without the Customer's prior written consent.

12. LIMITATION OF LIABILITY

12.1 Neither party is liable for indirect or consequential loss, loss of profit or trading losses.

12.2 The Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

12.3 The limits in this Clause do not apply to fraud, wilful misconduct or liability that cannot be limited by law.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

13.2 If the Customer terminates under Clause 13.1, the Provider shall refund the part of the prepaid subscription fee for the period after termination.

13.3 On termination or expiry, the Customer's right to access the API ends, but the Customer may keep and continue to use Data retrieved before that date for internal records and historical analysis.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time.

15. GENERAL

15.1 Neither party is responsible for failure to perform caused by events beyond its reasonable control, including failures of public data sources or satellite operators, provided it notifies the other party promptly.

15.2 This Agreement, with Annex A (Datasets and Coverage) and Annex B (Overage Charges), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.

SIGNATURES

For the Provider: ____________________    Date: __________

For the Customer: ____________________    Date: __________
"""

# ---------------------------------------------------------------- design: files, labels, expected rules, risk
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(*vals):
    assert len(vals) == len(KEYS)
    return dict(zip(KEYS, vals))


G, S = "goods_or_licence", "service"
# name: (file, lang, category, terms, extra, price parts, fee base for TCO, design rules, design risk)
D = {
 "h1019z01": ("h1019z01_civil_affairs_assistance_verification_platform.pdf", "zh", "software",
     T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC", G),
     dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
          contract_value=2046000), [1160000, 742000, 118000, 26000], 1160000, [], "low"),
 "h1019z02": ("h1019z02_oven_factory_line_control_retrofit.docx", "zh", "hardware",
     T(None, 1, True, "buyer", True, True, True, 0.03, None, 10, True, True, 24, 8, False, True, True, "PRC", G),
     dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
          contract_value=1730000), [486000, 138000, 312000, 164000, 226000, 214000, 168000, 22000], 1326000,
     ["CR-LD-LOW", "CR-SUBCONTRACT"], "medium"),
 "h1019z03": ("h1019z03_origami_chain_booking_membership_saas.txt", "zh", "cloud",
     T(99.5, 0.5, True, "buyer", True, True, True, 0.1, 6 / 24 * 100, None, True, None, None, None, False, True,
       False, "PRC", S),
     dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=524000),
     [30 * 7800 * 2, 56000], None, ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"], "medium"),
 "h1019z04": ("h1019z04_ecology_bureau_noise_monitoring_om_service.txt", "zh", "services",
     T(None, 1, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, False, False,
       "PRC", S),
     dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=550000),
     [42 * 8600, 86000, 64000, 38800], None, ["CR-CONFIDENTIALITY", "CR-TERMINATION"], "medium"),
 "h1019z05": ("h1019z05_wooden_top_studio_tracking_supplier_template.md", "zh", "software",
     T(None, 8, False, "supplier", True, False, True, 0.5 / 7, None, 50, False, False, 6, 28, False, True, None,
       "PRC", G),
     dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
          contract_value=268000), [186000, 64000, 18000], 186000,
     ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
      "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], "high"),
 "h1019e01": ("h1019e01_dairy_cmms_perpetual_licence_antigo_vendor.pdf", "en", "software",
     T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False, True, False,
       "Wisconsin", G),
     dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
          contract_value=2140000), [1480000, 520000, 94000, 46000], 1480000, ["CR-GOVERNING-LAW"], "low"),
 "h1019e02": ("h1019e02_learning_saas_order_form_baraboo_vendor.md", "en", "cloud",
     T(None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True, False,
       "PRC", S),
     dict(sla_clause=False, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=846000),
     [268000, 268000, 268000, 42000], None, ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], "high"),
 "h1019e03": ("h1019e03_paper_mill_condition_monitoring_sensors.docx", "en", "hardware",
     T(None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True, False, "PRC", G),
     dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
          contract_value=1902000), [180 * 6200, 24 * 9500, 386000, 148000, 24000], 1730000, [], "low"),
 "h1019e04": ("h1019e04_auto_parts_managed_it_services.md", "en", "services",
     T(99.95, 0.25, True, "buyer", False, True, True, 3500 / 3574000 * 100, 150, None, True, None, None, None,
       False, True, True, "PRC", S),
     dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=3574000),
     [118000, 36 * 96000], None, ["CR-DATA-SECURITY", "CR-SUBCONTRACT"], "high"),
 "h1019e05": ("h1019e05_agri_weather_data_api_subscription.txt", "en", "cloud",
     T(99.95, 1, True, "buyer", True, True, True, 300 / 396000 * 100, 6 / 24 * 100, None, True, None, None, None,
       True, True, False, "PRC", S),
     dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=396000),
     [186000, 186000, 24000], None, ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP"], "medium"),
}
SOURCES = {"h1019z01": Z01, "h1019z02": Z02, "h1019z03": Z03, "h1019z04": Z04, "h1019z05": Z05,
           "h1019e01": E01, "h1019e02": E02, "h1019e03": E03, "h1019e04": E04, "h1019e05": E05}

# ---------------------------------------------------------------- thresholds (policy section 3 defaults)
PCT = r"\s*(?:%|％|per\s*cent|percent)"
NB = r"(?<![\d.,])"
THRESHOLD_RES = [re.compile(x, re.I) for x in [
    NB + r"30(?:\.0+)?" + PCT, NB + r"15(?:\.0+)?" + PCT, NB + r"40(?:\.0+)?" + PCT, NB + r"100(?:\.0+)?" + PCT,
    NB + r"0?\.050*(?!\d)" + PCT, NB + r"99\.90*(?!\d)",
    NB + r"4(?:\.0+)?\s*(?:hours?|hrs?|h\b|小时|个小时|個小時)", r"four\s*(?:\(4\)\s*)?hours?",
    r"(?<![一二三四五六七八九十])四个?小时",
    NB + r"12\s*(?:calendar\s*)?(?:months?|个月|個月|个自然月)", r"(?<![十])十二个月",
    r"twelve\s*(?:\(12\)\s*)?(?:calendar\s*)?months?",
    r"(?:thirty|fifteen|forty|one\s*hundred)\s*(?:\(\d+\)\s*)?(?:%|per\s*cent|percent)",
    r"百分之三十(?![一二三四五六七八九])", r"百分之十五", r"百分之四十(?![一二三四五六七八九])", r"百分之一?百",
    r"万分之五(?![十])", r"千分之零点五"]]
MUST_HIT = ["30%", "30 %", "付款30％", "百分之三十", "15%", "15 per cent", "百分之十五", "40 percent", "百分之四十",
            "100%", "百分之百", "0.05%", ".05 %", "万分之五", "99.9%", "99.9", "4小时", "4 小时", "四小时",
            "4 hours", "four hours", "within4hours", "12个月", "12 months", "十二个月", "twelve months",
            "twelve (12) calendar months", "thirty percent"]
MUST_MISS = ["35%", "130%", "1,130%", "百分之三十五", "百分之四十五", "115%", "0.056%", "0.5%", "99.95%", "99.5%",
             "24小时", "二十四小时", "24 hours", "14 hours", "72 hours", "112 months", "24 months", "二十四个月",
             "12 hours", "万分之五十", "150%", "300%", "20%", "25.0", "4 business days"]


def hits(text):
    return [r.pattern for r in THRESHOLD_RES if r.search(text)]


for s_ in MUST_HIT:
    assert hits(s_), ("must hit", s_)
for s_ in MUST_MISS:
    assert not hits(s_), ("must miss", s_, hits(s_))


# ---------------------------------------------------------------- my reading of policy section 3
def tco_share(terms, extra, base):
    if terms["contract_kind"] != G or terms["post_warranty_fee_pct"] is None or terms["warranty_months"] is None:
        return None
    years = max(0.0, 5 - terms["warranty_months"] / 12)
    fees = base * terms["post_warranty_fee_pct"] / 100 * years
    return fees / (extra["contract_value"] + fees) * 100


def derive(terms, extra, base):
    t, x, r = terms, extra, []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if (not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"]
            or t["final_payment_on_acceptance"] is False):
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.append("CR-POST-WARRANTY-FEE")
        sh = tco_share(t, x, base)
        if sh is not None and sh > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # no forum outside mainland China in this set
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    built = {k: v for k, v in D.items() if v[0].endswith((".docx", ".pdf"))}
    write({k: SOURCES[k] for k in built}, {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in built.items()}, OUT,
          wrap_words=True)
    for k, v in D.items():
        if not v[0].endswith((".docx", ".pdf")):
            (OUT / v[0]).write_text(SOURCES[k].lstrip("\n"), encoding="utf-8")
            print("wrote", v[0])
    covered, problems = set(), []
    for k, (fname, lang, cat, terms, extra, parts, base, design, drisk) in D.items():
        assert sum(parts) == extra["contract_value"], (k, sum(parts))
        text = read_back(OUT / fname)
        n = measure(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        ok = lo <= n <= hi
        found = sorted(set(hits(text) + hits(re.sub(r"\s+", " ", text)) + hits(re.sub(r"\s", "", text))))
        t = terms
        onthr = [name for name, val, thr in [("availability", t["availability_pct"], 99.9),
                                             ("p1", t["p1_response_hours"], 4),
                                             ("ld", t["ld_rate_per_day_pct"], 0.05),
                                             ("cap", t["liability_cap_pct"], 100),
                                             ("prepay", t["prepayment_pct"], 30),
                                             ("warranty", t["warranty_months"], 12),
                                             ("pwf", t["post_warranty_fee_pct"], 15)]
                 if val is not None and abs(val - thr) < 1e-9]
        sh = tco_share(terms, extra, base)
        if sh is not None and abs(sh - 40) <= 2:
            onthr.append("tco share %.2f" % sh)
        rules = derive(terms, extra, base)
        covered.update(rules)
        print("%s %-5s %5d %s tco=%s rules=%s risk=%s" % (k, "ok" if ok else "OUT", n, lang,
              None if sh is None else round(sh, 2), ",".join(r[3:] for r in rules) or "-", risk(rules)))
        if not ok:
            problems.append((k, "length", n))
        if found:
            problems.append((k, "threshold text", found))
        if onthr:
            problems.append((k, "label on threshold", onthr))
        if rules != sorted(design):
            problems.append((k, "rules", rules, sorted(design)))
        if risk(rules) != drisk:
            problems.append((k, "risk", risk(rules), drisk))
        extra_keys = ["sla_clause", "ld_stated"] + (["post_warranty_fee_capped"] if terms["contract_kind"] == G else []) \
            + ["acceptance_deemed_on_delivery", "contract_value"]
        assert set(extra) == set(extra_keys), k
        if terms["contract_kind"] == S:
            assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None, k
        label = {"file": fname, "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": {e: extra[e] for e in extra_keys}, "expected_rules": rules}
        (OUT / (fname.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append(("coverage", sorted(missing)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed; rules covered: %d of %d" % (len(covered), len(ALL_RULES)))
