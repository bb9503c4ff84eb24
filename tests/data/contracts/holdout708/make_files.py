"""holdout708: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, thresholds, rule coverage). Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:人才市场招聘会管理平台采购合同
P:合同编号：RCSC-ZF-2026-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：江汉市人才市场服务中心
P:乙方（供应商）：武汉聚才云信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就招聘会管理平台的软件许可、定制开发及实施事项订立本合同。招标文件、投标文件及中标通知书为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供“聚才招聘会管理平台”标准软件永久使用许可（不限用户数，部署于甲方政务云资源），并完成下列定制开发：招聘会计划与场地排期、展位在线预订与分配、求职者扫码入场与人流统计、岗位发布与人岗匹配推荐、用人单位信用评价、与省公共就业服务平台及市“一网通办”的数据接口。
P:1.2 乙方负责安装部署、数据初始化、系统联调、上线保障及对甲方管理人员和窗口人员的培训。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰叁拾贰万元整（¥1,320,000），含税，为固定总价，包括：平台软件许可费¥720,000；定制开发费¥486,000；实施部署费¥88,000；培训费¥26,000。
P:2.2 除本合同另有约定外，甲方无需另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥264,000。
P:3.2 系统通过初步验收后，甲方支付合同总价的45%，即¥594,000。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥462,000。
P:3.4 甲方按国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成部署和全部定制功能开发，并提交初验申请。
P:4.2 乙方应在每月第五个工作日前提交项目进度报告，甲方有权随时检查开发进度。
P:4.3 因甲方需求变更导致工期延长的，双方应书面确认变更内容和调整后的进度；需求变更不增加合同价款，但超出招标文件范围的重大变更除外，由双方另行协商。
P:4.4 乙方应在上线前编制数据初始化方案，经甲方确认后导入历史招聘会、用人单位和岗位数据。
H:第五条 验收
P:5.1 初步验收标准：全部功能符合招标文件技术需求及双方确认的需求规格说明书；在不少于八百个并发用户下页面平均响应时间不超过2秒；与省公共就业服务平台的接口连续十个工作日数据一致；第三方测评机构出具的安全测评报告无高危漏洞。
P:5.2 初验合格后系统进入试运行，试运行期为两个月，须至少承办两场现场招聘会且无一级故障，期满后由甲方组织专家进行最终验收，并出具书面验收报告。
P:5.3 系统上线、甲方使用系统或支付任何款项，均不视为验收合格。验收所需的第三方测评费用由乙方承担。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配和技术支持。
P:6.2 质保期满后，如甲方需要继续维护，年度维护费不超过平台软件许可费的9%（即每年不超过¥64,800），该费率在质保期满后三年内固定不变，由双方另行签订维护合同，维护合同不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%（计划内维护除外，维护须提前三个工作日告知甲方）。
P:7.2 故障分级及响应：一级故障（平台整体不可用或招聘会现场无法入场）30分钟内响应，2小时内到场或远程恢复；二级故障2小时内响应，8小时内解决；三级故障下一个工作日内处理。
P:7.3 响应或恢复超时的，每超时一小时扣减¥800；月度可用率每低于约定0.01个百分点，扣减¥1,500，从应付款或履约保证金中扣除。
H:第八条 知识产权
P:8.1 定制开发形成的程序、源代码、接口文档、数据库设计及其他成果的知识产权归甲方所有，乙方应在终验时移交完整源代码。
P:8.2 平台标准软件的知识产权仍属乙方，甲方享有永久、不可撤销的使用许可。
H:第九条 数据安全
P:9.1 平台中的求职者个人信息、用人单位信息、岗位数据及运行日志均属于甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，落实访问控制、加密传输和存储、操作审计等措施，远程运维须经甲方审批并通过堡垒机进行，不得将数据复制到甲方环境以外。
P:9.3 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、未公开信息及个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露，本义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期提交初验申请或逾期完成整改的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方提供的系统不符合约定且经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将本合同项下任何工作交由第三方完成。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 项目管理与人员
P:15.1 乙方应指定一名具有信息系统项目管理师资格的项目经理，项目经理和核心开发人员在项目实施期间不得更换；确需更换的，须提前十日书面征得甲方同意，且替换人员的资历不得低于原人员。
P:15.2 乙方应在项目启动后十日内提交项目实施方案、进度计划、质量保证计划和风险应对方案，经甲方确认后执行。
P:15.3 乙方应在每场大型现场招聘会前完成系统压力检查，并派技术人员现场值守，保障扫码入场、展位导航和岗位查询正常运行。
H:第十六条 履约保证金
P:16.1 乙方应在合同签订后七日内向甲方提交合同总价5%的履约保证金（可采用银行保函形式），质保期满且无未结违约责任的，甲方在十个工作日内无息退还。
P:16.2 乙方应支付的违约金、扣减款项及赔偿，甲方可从履约保证金中直接扣除，不足部分乙方应另行补足。
H:第十七条 交付文档
P:17.1 乙方应在终验前移交需求规格说明书、概要设计和详细设计、数据库设计、接口规范、部署手册、用户手册、运维手册、测试报告及全部源代码，并对甲方运维人员进行源代码讲解。
P:17.2 所有文档应为中文，电子版和纸质版各一套，内容应与实际交付的系统版本一致。
H:第十八条 不可抗力
P:18.1 因不可抗力导致不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供证明，双方根据影响程度协商延期履行或部分免除责任。
H:第十九条 其他
P:19.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:日期：2026年　月　日
"""

Z02 = """T:弯板及喷涂生产线控制系统改造合同
P:合同编号：YKL-SB-2026-009
P:甲方：浔阳弦音乐器有限公司（尤克里里制造厂）
P:乙方：九江恒控自动化工程有限公司
P:甲方为提升尤克里里琴身侧板弯板成型和琴体喷涂工序的稳定性，委托乙方对现有弯板生产线和喷涂生产线的控制系统进行改造，并提供产线控制软件及维保服务。经双方协商一致，订立本合同。
H:第一条 改造范围
P:1.1 弯板工序：六台热弯板机更换温控模块和伺服驱动，实现按琴型（21寸、23寸、26寸）自动调用弯板温度、压力和保压时间。
P:1.2 喷涂工序：四台喷涂机器人控制器升级，喷房增设温湿度、漆雾浓度监测及风机变频控制。
P:1.3 软件：提供产线控制软件（含数据采集、工艺配方管理、报警和报表）永久许可一套，并与甲方现有生产管理系统对接工单和报工数据。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰肆拾贰万元整（¥1,420,000），含税，明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|弯板机温控及伺服改造|6台|68,000|408,000
TB:2|喷涂机器人控制器升级|4台|96,000|384,000
TB:3|喷房环境监测及风机变频系统|1套|156,000|156,000
TB:4|产线控制软件永久许可|1套|228,000|228,000
TB:|软硬件小计|||1,176,000
TB:5|安装调试及停线切换|1项|132,000|132,000
TB:6|工艺配方模块及接口定制开发|1项|94,000|94,000
TB:7|操作及维护培训|1项|18,000|18,000
TB:|合计|||1,420,000
P:2.2 上述价格包含设备、软件、运输、安装、调试、培训及质保期内的全部服务费用。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款（¥142,000）。
P:3.2 设备到货并安装调试完成、产线恢复生产后，甲方支付合同总价的55%（¥781,000）。安装调试完成不视为验收。
P:3.3 最终验收合格后，甲方支付合同总价的35%（¥497,000）。
H:第四条 工期
P:4.1 乙方应在合同生效后七十五日内完成全部改造。停线切换须安排在甲方指定的检修窗口内，每条线停线不超过六天。
H:第五条 验收
P:5.1 验收标准：弯板温度控制偏差不超过±3℃；侧板弯板一次合格率不低于98.5%；喷涂膜厚偏差符合甲方工艺文件；喷房漆雾浓度超限时30秒内报警并联动风机；连续生产二十个工作日无一级故障；工单和报工数据与生产管理系统核对一致。
P:5.2 乙方提交验收申请后，甲方在十个工作日内组织验收并出具书面验收报告。产线恢复生产或甲方使用设备不视为验收合格。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修、更换故障部件并升级软件。
P:6.2 质保期满后，甲方可委托乙方提供维保服务，年度维保费按软硬件小计的8%计取（每年¥94,080），质保期满后三年内不上调，另签维保合同。
H:第七条 故障响应
P:7.1 一级故障（任一条产线停线）：乙方接到报修后8小时内响应，24小时内到达现场。
P:7.2 二级故障（单台设备故障但产线可降速运行）：12小时内响应，48小时内修复。
P:7.3 乙方响应或到场超时的，每超时一小时向甲方支付¥500，从维保费或质保金中扣除。
H:第八条 知识产权
P:8.1 为甲方定制的工艺配方模块、接口程序及其源代码、配置文件和技术文档的知识产权归甲方所有，甲方可自行修改或委托第三方维护。
P:8.2 产线控制软件标准版本的知识产权归乙方，甲方享有永久使用权。
P:8.3 乙方保证所提供的设备和软件不侵犯任何第三方的专利权、著作权或商标权；因侵权引起的索赔由乙方负责处理并承担全部费用，甲方因此受到的损失由乙方赔偿。
P:8.4 乙方应保证改造所用的伺服驱动器、温控模块和机器人控制器为原厂全新正品，并提供原厂质量证明和序列号清单。拆换下来的可用旧件归甲方所有。
H:第九条 数据安全
P:9.1 生产数据、工艺配方和设备运行数据属于甲方，乙方仅可为履行本合同使用，不得复制、留存或向第三方提供。
P:9.2 乙方远程维护须经甲方书面批准，通过甲方指定的VPN和工控防火墙接入，并保留操作日志；发生数据泄露或病毒感染的，乙方应在2小时内通知甲方，并承担因其过错造成的损失。
H:第十条 保密
P:10.1 双方对在合作中知悉的对方技术资料、工艺参数、价格信息负有保密义务，保密期至合同终止后三年。
H:第十一条 违约责任
P:11.1 乙方逾期完成改造的，每逾期一日，按合同总价的万分之七支付违约金。
P:11.2 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但故意或重大过失造成的损失除外。
H:第十二条 分包
P:12.1 乙方可将喷房风管改造、电缆敷设等辅助施工分包给具备资质的第三方，但应提前五个工作日书面通知甲方，并对分包方的工作质量负责。
H:第十三条 合同解除
P:13.1 乙方严重违约且经甲方书面通知后十五日内未纠正的，甲方有权解除合同并要求乙方赔偿损失。
H:第十四条 施工安全与现场管理
P:14.1 乙方进入甲方厂区施工，须遵守甲方安全生产、动火作业和喷房防爆管理制度，特种作业人员须持证上岗。
P:14.2 喷房内电气改造须采用防爆型元器件，并在施工完成后由甲方安全部门会同乙方进行检查，检查合格后方可恢复喷涂作业。
P:14.3 乙方施工人员造成人身伤害或甲方财产损失的，由乙方承担责任。
H:第十五条 技术资料与培训
P:15.1 乙方应在最终验收前交付电气原理图、PLC程序（含注释）、控制软件安装介质、配方模块源代码、设备说明书、备件清单和操作维护手册。
P:15.2 乙方应为甲方培训操作工不少于二十人、设备维修人员不少于六人，培训合格标准为维修人员能够独立完成常见故障诊断、参数备份和配方切换。
P:15.3 乙方应在合同生效后十日内提交停线切换方案，明确每条产线的切换步骤、回退措施和所需甲方配合事项，经甲方确认后实施。
P:15.4 乙方应在施工期间每日提交施工日志，记录当日完成内容、安全检查情况和次日计划；每周参加甲方组织的工程例会。
P:15.5 改造完成后，乙方应将拆除的旧控制柜、旧驱动器和电缆按甲方指定地点整齐堆放，属于甲方资产的由甲方处置；施工垃圾由乙方清运。
P:15.6 乙方应对改造后的弯板机和喷涂机器人进行不少于七十二小时的连续试运行，试运行期间应记录温度曲线、膜厚抽检和报警记录，作为验收资料提交。
P:15.7 甲方的配合义务：提供施工用电、压缩空气、停线窗口和工艺文件，指定工艺工程师参与配方参数的确认。
P:15.8 乙方应对甲方设备维修人员进行一次不少于两天的跟岗实操，内容包括伺服参数备份与恢复、温控模块更换、机器人程序调用和喷房报警复位，实操结束后由双方签字确认。
P:15.9 乙方应在质保期内保持不少于合同设备价值3%的常用备件库存，保证关键备件在48小时内到厂。
H:第十六条 争议解决
P:16.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交九江仲裁委员会仲裁。
P:16.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
"""

Z03 = """连锁蹦床公园预约及会员管理SaaS服务合同

合同编号：TP-SAAS-2026-031
甲方：跃动星球体育文化发展有限公司（以下简称“甲方”）
乙方：杭州云弹科技有限公司（以下简称“乙方”）

甲方在全国经营三十家连锁蹦床公园，现采购乙方的预约及会员管理SaaS服务和相应实施服务。双方经协商，订立本合同。

一、服务内容
（一）订阅服务：乙方为甲方三十家门店及总部开通“云弹场馆”SaaS服务，包括线上预约（小程序、公众号、团购核销）、分时段票务、会员储值与次卡、团建及生日派对预订、闸机核验、安全须知电子签署、门店经营报表。
（二）实施服务：
1. 三十家门店的场地、时段、价格体系配置；
2. 原会员系统约四十二万条会员及储值余额数据的迁移；
3. 与门店闸机、收银系统及甲方财务系统的接口对接；
4. 总部及门店人员培训。
（三）服务期限：两个服务年度。第一服务年度自上线验收合格之日起算，第二服务年度紧接第一服务年度。

二、费用
（一）订阅费：门店订阅费每店每服务年度¥9,600，三十家门店计¥288,000；总部管理模块每服务年度¥36,000。每服务年度订阅费合计¥324,000，两个服务年度合计¥648,000。
（二）实施费¥86,000，培训费¥12,000，均为一次性费用。
（三）合同总额为人民币柒拾肆万陆仟元整（¥746,000），含税。
（四）新增门店按每店每服务年度¥9,600按月折算计费，不计入合同总额。

三、付款
（一）实施费和培训费在上线验收合格后二十日内一次性支付。
（二）每一服务年度的订阅费于该服务年度开始后十五日内支付。
（三）乙方应在付款前开具合规的增值税专用发票。

四、实施与上线验收
（一）乙方应在合同签订后六十日内完成全部门店配置、数据迁移和接口对接。
（二）上线验收标准：
1. 三十家门店全部可正常预约、核销、闸机通行；
2. 会员数量、储值余额与原系统逐条核对一致，差异为零；
3. 在周末高峰模拟三千个并发预约请求下，下单平均响应时间不超过1.5秒；
4. 与财务系统的日结数据连续七日核对一致。
（三）甲方在收到验收申请后七个工作日内组织验收并签署验收单。门店试用或甲方支付费用不视为验收合格。
（四）乙方逾期完成上线验收的，每逾期一日向甲方支付¥600违约金。

五、服务水平
（一）乙方保证SaaS服务的月度可用率不低于99.5%，计划维护安排在凌晨一时至五时之间并提前两日通知甲方。
（二）一级故障（多家门店无法预约或闸机无法核验）30分钟内响应，2小时内恢复；二级故障1小时内响应，8小时内恢复。
（三）月度可用率每低于约定值0.5个百分点，乙方按当月订阅费的5%向甲方提供服务抵扣，单月累计抵扣不超过当月订阅费的50%。一级故障恢复超时的，每超时一小时另抵扣¥300。

五之一、服务变更与版本升级
（一）乙方对平台进行版本升级时，应提前七日通知甲方，升级不得降低本合同约定的功能和服务水平，不得在周末和法定节假日的营业高峰时段进行。
（二）甲方可在服务期内增加或减少门店，减少门店的，自下一服务年度起相应减少订阅费。
（三）乙方停止提供某项已订阅功能的，应提前九十日通知甲方，并提供功能相当的替代方案。

六、数据
（一）甲方会员信息、消费记录、预约记录等业务数据归甲方所有。
（二）甲方同意，乙方可以对上述数据进行脱敏和汇总处理，用于编制行业分析报告、优化产品功能及算法模型，该项使用权在合同终止后继续有效。
（三）合同终止后三十日内，乙方应按甲方要求以通用格式返还全部业务数据，并在返还后删除其系统中保存的甲方原始数据。

七、数据安全
（一）乙方应按照网络安全等级保护第三级要求运营平台，对个人信息加密存储、分级授权访问，并保存访问日志不少于六个月。
（二）发生数据泄露、篡改或丢失的，乙方应在24小时内书面通知甲方，采取补救措施，并承担因此给甲方造成的损失及监管处罚。

八、保密
双方对在履约中获悉的对方商业秘密和未公开信息承担保密义务，未经对方书面同意不得向第三方披露，保密期至本合同终止后三年。

九、知识产权
（一）SaaS平台及其标准功能的知识产权归乙方所有。
（二）为甲方定制的小程序界面、接口程序及报表模板归甲方所有，甲方可自行修改或交由第三方使用。

十、续期
（一）本合同期满前三十日内任何一方未书面提出终止的，本合同自动续展一个服务年度，可多次续展。
（二）每次续展时，乙方有权根据其产品价格调整上调订阅费，上调幅度不超过上一服务年度订阅费的10%，乙方应在续展前提前通知甲方。

十一、违约与解除
（一）乙方连续两个月未达到月度可用率承诺，或发生重大数据安全事件的，甲方有权书面通知解除合同。
（二）任何一方严重违约，经守约方书面催告后十五日内未改正的，守约方有权解除合同并要求赔偿。
（三）乙方在本合同项下的累计赔偿责任以合同总额的两倍为限，但数据安全事件造成的损失不受此限。

十二、分包
乙方不得将实施服务分包给第三方；确需分包的，须事先取得甲方书面同意。

十三、法律适用与争议
本合同适用中华人民共和国法律。争议协商不成的，提交杭州仲裁委员会仲裁。

十四、门店运营支持
（一）乙方应为甲方设立专属客户成功经理，每月与甲方总部运营部门召开一次服务例会，通报可用率、故障处理和需求排期情况。
（二）节假日、暑期等客流高峰前十日，乙方应完成扩容评估并向甲方书面确认平台承载能力。
（三）乙方应提供门店店长和前台人员的操作视频和在线知识库，新开门店由乙方在五个工作日内完成配置。
（四）涉及儿童和青少年的会员信息，乙方应协助甲方落实监护人同意和未成年人个人信息保护的要求。
（五）乙方应每季度向甲方提交一次服务报告，包括各门店预约量、核销量、系统故障统计、客户投诉处理情况和版本更新说明。

十五、双方义务
双方应各自指定项目负责人，负责实施期间的需求确认、进度协调和问题升级；项目负责人变更的，应提前五个工作日书面通知对方。
（一）甲方应提供门店场地、价格、会员规则和原系统数据导出文件，并指定总部项目联系人。
（二）甲方应保证门店闸机、收银设备和网络满足乙方公布的接入要求，乙方应在实施前完成现场勘查并书面列明需要甲方整改的事项。
（三）乙方应保证线上支付对接符合支付机构的规范，资金直接结算至甲方账户，乙方不得归集或截留甲方营业款。
（四）乙方应为平台投保网络安全保险，并在甲方要求时提供保单复印件。
（五）安全须知电子签署记录作为甲方处理场内意外事故的依据，乙方应保证其完整、不可篡改，并在合同终止时一并返还甲方。

（六）甲方会员在小程序上提交的退卡、退款申请，乙方系统应按甲方设定的规则流转审批，并保留完整的操作记录供甲方财务核查。

十六、不可抗力
因不可抗力导致服务中断的，受影响一方应及时通知对方并尽力减少损失，中断期间的订阅费按实际中断天数相应减免。

十七、其他
本合同一式四份，双方各执两份，自双方盖章之日起生效。

甲方（盖章）：　　　　乙方（盖章）：
签订日期：2026年　月　日
"""

Z04 = """行政学院培训管理系统运维服务合同

项目编号：XZXY-YW-2026-004
甲方：东湖市行政学院
乙方：东湖智联信息服务有限公司

为保障甲方培训管理系统（含班次管理、学员报名与报到、课程排课、在线学习、考勤、考核评估、食宿安排等子系统）的稳定运行，甲方委托乙方提供年度运维服务。双方根据《中华人民共和国民法典》订立本合同。

第一条 服务期限
服务期自2026年3月1日起至2027年2月28日止。期满后如需继续服务，双方另行协商并签订新合同，本合同不自动续期。

第二条 服务内容
（一）驻场运维：乙方派驻一名具有三年以上同类经验的工程师，工作日8:30至17:30在甲方信息中心驻场，负责日常巡检、用户支持、账号与权限管理、数据维护和开班保障。
（二）远程支持：工作日以外通过电话、远程方式提供支持，重大开班、调训期间提供现场值守。
（三）系统维护：操作系统、中间件和数据库的补丁更新、性能优化、备份与恢复演练（每季度一次）。
（四）安全加固：配合甲方开展等级保护测评整改，每半年进行一次漏洞扫描并在约定期限内修复高危漏洞。
（五）小型优化：每季度不超过二十人日的功能调整和报表修改。

第三条 服务费用
（一）本合同总价为人民币叁拾捌万陆仟元整（¥386,000），含税，包括：驻场运维费¥226,800；远程技术支持及巡检费¥64,200；系统安全加固与漏洞修复费¥52,000；数据库维护与备份费¥43,000。
（二）上述费用为固定总价，服务期内不作调整。

第四条 付款方式
（一）服务费按季度支付，每季度末由甲方组织季度考核，考核合格后二十个工作日内支付当季服务费¥96,500。
（二）季度考核扣减的金额从当季服务费中直接扣除。
（三）甲方不向乙方预付任何款项。

第五条 服务水平
（一）系统月度可用率不低于99.95%，计划内维护须提前两个工作日报甲方批准，并安排在非教学时段进行。
（二）故障分级与响应：
1. 一级故障（系统整体不可用，或开班报到、在线考试无法进行）：15分钟内响应，1小时内到场，3小时内恢复；
2. 二级故障（单个子系统不可用）：30分钟内响应，8小时内恢复；
3. 三级故障（个别功能异常）：2小时内响应，两个工作日内解决。
（三）乙方每月5日前提交上月运维报告，内容包括巡检结果、故障处理、工单统计和改进建议。

第六条 考核与扣款
（一）每发生一次一级故障响应或恢复超时，每超时一小时扣减服务费¥500；月度可用率每低于约定值0.01个百分点，扣减¥800。
（二）驻场工程师无故缺勤的，每人每日扣减¥1,200；未经甲方同意更换驻场工程师的，每次扣减¥3,000。
（三）乙方未按计划完成季度备份恢复演练、漏洞修复或补丁更新等计划任务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

第七条 验收
（一）季度考核依据：运维报告齐全；工单闭环率不低于98%；一级故障均在规定时间内恢复；备份恢复演练记录完整。
（二）服务期满后，甲方依据四个季度的考核结果和运维文档移交情况进行年度验收，出具书面验收意见。乙方应移交巡检记录、配置清单、脚本和应急预案。

第八条 数据安全
（一）系统中的学员个人信息、培训档案、考试成绩等数据属于甲方，乙方仅可为本合同运维目的访问，不得用于其他任何目的。
（二）乙方运维须通过甲方堡垒机进行，实行最小权限和双人复核，禁止将数据导出至甲方网络以外；运维人员离场时须交还全部账号和介质。
（三）发生数据泄露、丢失或被篡改的，乙方应在1小时内报告甲方，配合调查处置，并承担因其过错造成的全部损失。

第九条 知识产权
运维过程中形成的脚本、配置文档、应急预案、报表及优化代码归甲方所有。

第十条 人员管理
（一）乙方运维人员须遵守甲方信息中心管理制度，进入机房须登记。
（二）乙方应为驻场人员缴纳社会保险，乙方人员的劳动纠纷与甲方无关。

第十一条 分包
乙方不得将本合同项下的任何服务分包或转包给第三方。

第十二条 违约责任
（一）乙方未履行本合同约定的，甲方有权要求乙方限期改正，并按第六条扣减服务费。
（二）本合同在服务期内不得由任何一方单方解除。乙方违约的，甲方只能要求乙方继续履行、采取补救措施并按本合同扣减费用或收取违约金，不得以此为由解除本合同。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。

第十三条 不可抗力
因不可抗力不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，双方协商后续安排。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十五条 应急保障
（一）乙方应制定系统故障、数据丢失、网络攻击等应急预案，每半年配合甲方开展一次应急演练，并形成演练报告。
（二）在重点班次开班、全市公务员集中调训、网上专题培训和年度考核期间，乙方应增派一名工程师现场值守，所需费用已包含在合同总价内。
（三）重大网络安全保障期间，乙方应按甲方要求安排二十四小时值守，并每日报送安全检查情况。
（四）乙方应保持备用联系人，确保服务期内任何时间均能联系到运维负责人。

第十六条 运维人员要求
（一）驻场工程师应具备数据库管理员或系统集成相关职业资格，熟悉Linux操作系统、国产中间件和国产数据库，并通过甲方组织的上岗面试。
（二）乙方应建立不少于三人的二线技术支持团队，二线人员名单报甲方备案，人员变动时及时更新。
（三）驻场工程师每日填写运维日志，每周五提交周报，甲方信息中心负责人有权对驻场人员的工作提出改进要求，乙方应在五个工作日内落实。
（四）驻场工程师请假须提前三个工作日报甲方同意，并由乙方安排具备同等能力的人员顶岗。
（五）乙方人员在甲方工作期间应遵守学院作息和着装要求，不得进入与运维工作无关的教学区域。
（六）乙方每季度对驻场工程师开展一次业务培训和考核，考核记录报甲方备查。

第十七条 运维交接
（一）服务期满或更换服务商时，乙方应在十五个工作日内完成运维交接，移交系统账号、配置清单、巡检记录、脚本、应急预案和未闭环工单，并配合新服务商熟悉系统。
（二）交接完成前，乙方不得停止服务或删除系统配置。

第十八条 履约评价
服务期满前一个月，甲方对乙方的服务质量、响应及时性、文档完整性和人员稳定性进行综合评价，评价结果记入供应商履约档案，作为今后采购的参考。乙方对评价结果有异议的，可在收到结果后五个工作日内提出书面说明。

第十八条之一 通知与送达
双方指定的联系人：甲方为信息中心主任，乙方为项目经理。联系人负责日常沟通、工单确认和考核结果签收。
双方在本合同首部列明的地址、联系人和电子邮箱为有效送达地址。一方变更联系方式的，应在三日内书面通知对方，否则按原地址送达即视为送达。

第十九条 其他
本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：
日期：　　年　　月　　日
"""

Z05 = """# 墨迹通 生产追溯软件 销售及定制开发合同（标准文本 V3.0）

> 本合同为乙方标准合同文本，带“【】”处由双方填写。

合同编号：【MJT-2026-0112】

甲方（买方）：【歙州古法墨业有限公司】

乙方（卖方）：【合肥墨迹通软件有限公司】

甲方拟在墨锭生产的和料、压模、晾墨、描金工序建立生产追溯体系，经双方友好协商，乙方向甲方销售“墨迹通生产追溯软件”并提供定制开发服务，订立本合同。

## 第一条 产品与服务

1.1 乙方向甲方提供墨迹通生产追溯软件V3.0永久使用许可，包括配方与称料管理、和料批次追溯、压模工位记录、晾墨环境监测、成品赋码与出入库查询等模块。

1.2 定制开发内容：与甲方电子秤和温湿度采集设备对接、模具条码管理、墨锭一物一码防伪查询页面。

1.3 乙方负责软件安装、参数配置和操作培训。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 墨迹通生产追溯软件永久许可（不限用户） | 680,000 |
| 2 | 定制开发（设备对接、模具条码、防伪查询） | 96,000 |
| 3 | 安装实施及培训 | 44,000 |
| | 合计 | 820,000 |

合同总价为人民币捌拾贰万元整（¥820,000），含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥533,000。

3.2 软件安装上线后十个工作日内，甲方支付合同总价的35%，即¥287,000。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方有权暂停服务。

## 第四条 交付与上线

4.1 乙方在收到首期款后四十五日内完成软件安装和定制开发，具体时间以乙方通知为准。

4.2 乙方完成安装后通知甲方上线运行，甲方应提供场地、网络和设备配合。

## 第五条 验收

5.1 软件安装上线即视为甲方验收合格。甲方在上线后对软件功能有异议的，可以向乙方反馈，乙方视情况予以优化。

## 第六条 售后服务

6.1 乙方提供六个月的免费维护期，自软件上线之日起计算。

6.2 免费维护期内发生一级故障（系统无法登录或无法记录生产数据）的，乙方在2小时内响应，并尽力尽快修复；其他故障在一个工作日内响应。

6.3 故障处理期间造成的停工、数据补录等损失，由甲方自行承担，乙方不承担任何扣款、赔偿或违约金。

## 第七条 年度维护

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的22%，即每年¥149,600。

7.2 年度维护合同按年自动续签，续签时维护费用保持不变。甲方不续签的，乙方不再提供补丁、升级和技术支持。

## 第八条 知识产权

8.1 本软件及其全部文档的知识产权归乙方所有。

8.2 乙方为甲方定制开发的接口程序、模具条码模块、防伪查询页面及相关源代码的知识产权亦归乙方所有，甲方仅在本合同范围内享有非独占的使用权，不得修改、反编译或许可第三方使用。

## 第九条 数据

9.1 甲方在使用软件过程中产生的配方、生产批次和销售数据归甲方所有，乙方不得用于本合同以外的用途。

9.2 乙方远程维护应事先取得甲方许可，采取加密传输和账号权限控制；因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应赔偿责任。

## 第十条 保密

双方对本合同内容及在合作中知悉的对方技术信息、配方信息、商业信息负有保密义务，未经对方书面同意不得披露。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

11.2 乙方在本合同项下的全部赔偿责任（含违约金），累计不超过合同总价的20%。

11.3 任何情况下乙方不对甲方的间接损失、利润损失承担责任。

## 第十二条 合同解除

12.1 一方严重违约，经另一方书面通知后三十日内仍未纠正的，另一方有权解除本合同。

12.2 合同解除后，甲方已支付的软件许可费不予退还。

## 第十三条 争议解决

本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交合肥仲裁委员会仲裁。

## 第十四条 培训与文档

14.1 乙方为甲方提供一次集中培训，培训对象为甲方生产管理人员和信息人员，培训时长不超过两天，超出部分按乙方标准收费。

14.2 乙方提供电子版用户手册和安装说明，不提供源代码和数据库设计文档。

## 第十五条 实施范围说明

15.1 以下事项不属于本合同实施范围，甲方需要的，另行签订合同并付费：电子秤、温湿度传感器、标签打印机、扫码枪等硬件设备的采购和安装；服务器、操作系统和数据库软件；甲方ERP、财务系统的接口开发；历史纸质批次记录的录入；现场网络布线。

15.2 乙方交付的定制功能以乙方确认的功能清单为准，清单以外的功能需求，乙方有权按人天单价另行报价。

15.3 软件版本升级仅在甲方购买年度维护服务期间提供，升级后的新增模块需另行购买许可。

## 第十五条之一 项目实施流程

（1）需求调研：乙方派实施顾问到甲方现场调研和料、压模、晾墨、描金四道工序，形成调研记录，由甲方签字确认。

（2）系统部署：乙方在甲方提供的服务器上安装软件，完成基础数据初始化，包括配方、原料、模具、工位和人员信息。

（3）设备对接：乙方按照甲方提供的电子秤和温湿度设备型号进行对接调试，不在乙方支持清单内的设备型号，乙方不保证对接成功。

（4）上线运行：乙方通知甲方上线后，甲方各工序开始使用系统记录生产数据，乙方提供三天现场陪同。

（5）实施过程中甲方提出的新增需求，乙方可以记录并在后续版本中考虑，但不构成乙方的交付义务。

## 第十六条 甲方义务

16.1 甲方应按乙方要求准备服务器、网络、电子秤接口和标签打印设备，并指定项目联系人。

16.2 因甲方设备、网络或人员操作原因导致的故障或延误，不属于乙方责任，交付时间相应顺延。

16.3 甲方应确保录入系统的配方和生产数据真实准确，乙方不对数据内容承担责任。

16.4 甲方应自行做好服务器和数据库的日常备份，因甲方未备份造成的数据损失由甲方自行承担。

## 第十六条之一 价格说明

本合同价格为乙方标准报价，乙方有权根据市场情况调整后续订购产品的价格，已签订部分不受影响。甲方追加用户、工位或工厂的，按乙方届时有效的价格体系另行报价。

本合同价格不含甲方服务器、网络设备、数据库软件、第三方中间件和硬件设备费用，也不含乙方人员因甲方原因增加的差旅费用。乙方人员现场服务超出约定天数的，按每人每天¥2,800另行结算。

## 第十六条之二 服务方式

乙方售后服务以远程方式为主。确需到甲方现场处理的，甲方应承担乙方人员的差旅和食宿费用。乙方服务时间为工作日9:00至17:30，节假日期间仅受理一级故障。

## 第十七条 不可抗力

因不可抗力、停电、网络运营商故障或第三方软件原因导致不能履行合同的，乙方不承担责任。

## 第十八条 其他

18.1 本合同未尽事宜，以乙方官网公布的服务条款为准。

18.2 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：【　　】　　乙方（盖章）：【　　】

签订日期：【　　】
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. ZMS-CN-2026-014
P:This Agreement is made between Hunan Xiangjiang Heavy Haulage Equipment Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Changsha, Hunan Province (the "Buyer"), and Zambeze Mining Systems, Lda., a company incorporated in the Republic of Mozambique with its registered office at Avenida Eduardo Mondlane, Tete, Mozambique (the "Vendor").
P:The Buyer manufactures and services haul trucks and wishes to license the Vendor's fleet maintenance planning software, to have it configured and integrated with the Buyer's systems, and to receive related services. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's FleetWise Maintenance Planner, version 7, in object code, with its standard modules for work orders, component life tracking, oil analysis, tyre management, parts forecasting and reporting, and its user documentation.
P:1.2 "Custom Deliverables" means the interfaces, reports, data conversion programs, configuration scripts and other work products the Vendor creates specifically for the Buyer under this Agreement, including their source code and documentation.
P:1.3 "Buyer Data" means all data entered into, processed by or generated through the Software by or for the Buyer, including truck telemetry, maintenance histories, customer fleet information and personal information of employees and customers.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the acceptance criteria have been met.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software at its sites in the People's Republic of China for up to 400 named users and for the internal business of the Buyer and its affiliates.
P:2.2 The Buyer may make copies of the Software for backup, testing, training and disaster recovery purposes without additional charge.
P:2.3 The Software and its documentation remain the property of the Vendor. Nothing in this Agreement transfers title to the Software.
H:Article 3 Services
P:3.1 The Vendor shall perform the following services: installation of the Software on the Buyer's servers in Changsha; configuration of maintenance strategies for eleven truck models; interfaces with the Buyer's ERP system, telematics platform and parts warehouse system; conversion of maintenance histories for about 1,800 trucks; and training of key users and administrators.
P:3.2 The Vendor shall appoint a project manager who speaks Chinese or shall provide a qualified interpreter at its own cost, and shall submit a project plan within ten business days after signature.
P:3.3 The Vendor shall complete the installation, configuration and interfaces and notify the Buyer that the system is ready for acceptance testing within 110 days after signature.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,460,000, inclusive of all taxes and duties payable in the People's Republic of China, and consists of: Licence Fee CNY 1,180,000; Implementation Services CNY 246,000; Training CNY 34,000.
P:4.2 The Buyer shall pay the Contract Price as follows: 20% within 20 days after signature against the Vendor's invoice; 45% within 20 days after Go-Live, which is not acceptance; and 35% within 20 days after Final Acceptance.
P:4.3 All payments shall be made in CNY by bank transfer to the Vendor's account stated in its invoice. Each party bears its own bank charges.
P:4.4 If the Vendor fails to notify readiness for acceptance testing by the date in Article 3.3, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a total of 8% of the Contract Price. The Buyer may deduct delay damages from any payment due.
H:Article 5 Acceptance
P:5.1 After the Vendor's readiness notice, the parties shall carry out acceptance tests under the test plan agreed during the project.
P:5.2 The acceptance criteria are: every function in the agreed specification works as described; converted maintenance histories reconcile with the source records for all trucks; the ERP and telematics interfaces run without error for 20 consecutive business days; screens respond within 3 seconds at 150 concurrent users; and no Severity 1 or Severity 2 defect is open.
P:5.3 When the criteria are met, the Buyer shall issue a Final Acceptance certificate within ten business days. Go-Live, productive use of the Software or any payment does not constitute acceptance.
P:5.4 If the tests fail, the Vendor shall correct the defects within 15 days and repeat the tests. If the tests fail a second time, the Buyer may terminate this Agreement and receive a refund of all amounts paid.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide all new releases and provide support free of charge.
P:6.2 After the Warranty Period, the Buyer may order annual support at a fee of 11% of the Licence Fee (CNY 129,800 per year). This fee is fixed for the first three years of support. Support is ordered by purchase order each year and does not renew automatically.
P:6.3 Support levels: for a Severity 1 incident (system unavailable or work orders cannot be issued) the Vendor shall respond within 1 hour and provide a workaround or fix within 8 hours; for Severity 2 within 2 hours and fix within two business days; for Severity 3 within one business day.
P:6.4 If the Vendor misses a Severity 1 response or fix time, it shall credit the Buyer CNY 1,000 for each hour of delay against the next payment or the support fee.
H:Article 7 Intellectual Property
P:7.1 All intellectual property rights in the Custom Deliverables belong to the Buyer from their creation. The Vendor shall deliver their source code at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely.
P:7.2 The Vendor warrants that the Software does not infringe the rights of any third party and shall defend and indemnify the Buyer against any such claim.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not keep, copy or use it for any other purpose.
P:8.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN with multi-factor authentication and after approval of each session, shall not transfer Buyer Data outside the People's Republic of China, and shall comply with the Personal Information Protection Law and the Data Security Law.
P:8.3 The Vendor shall notify the Buyer within 12 hours of any security incident affecting Buyer Data, take all measures to contain it, and be liable for the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement, and disclose it only to employees and advisers who need to know it and are bound by equal duties. This obligation survives for three years after termination.
H:Article 10 Liability
P:10.1 The total liability of the Vendor under this Agreement shall not exceed 150% of the Contract Price, except for liability under Articles 7.2 and 8, and for fraud or wilful misconduct, which is not limited.
P:10.2 Neither party is liable for loss of profit or indirect loss, except in the cases excluded in Article 10.1.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for its subcontractors.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:12.2 The Buyer may also terminate under Article 5.4. On termination by the Buyer for the Vendor's breach, the Vendor shall refund the amounts paid for the parts not accepted.
H:Article 13 Force Majeure
P:13.1 A party is not liable for delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event lasts more than 60 days, either party may terminate this Agreement by notice.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Mozambique.
P:14.2 Any dispute arising from this Agreement shall first be discussed by senior managers of the parties. If it is not resolved within 30 days, it shall be settled by arbitration in Beijing under the rules of the China International Economic and Trade Arbitration Commission, in the English language.
H:Article 15 General
P:15.1 This Agreement is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.
P:15.2 Notices shall be sent in writing to the addresses above, with a copy by email.
P:15.3 This Agreement is made in English in two originals, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS — SafeSite Cloud

Order Form No. KHS-OF-2026-0218

## PART A — ORDER FORM

### A1. Parties

- **Provider:** Kafue Highland Software Limited, a company registered in the Republic of Zambia, Plot 114 Independence Avenue, Solwezi, North-Western Province, Zambia.
- **Customer:** Zhongyuan Tunnel and Bridge Construction Group Co., Ltd., a company registered in the People's Republic of China, Zhengzhou, Henan Province.

### A2. Service

SafeSite Cloud, the Provider's hosted platform for health, safety and environment management on construction sites, with the following modules: incident and near-miss reporting, hazard inspections and corrective actions, permit-to-work, subcontractor and worker qualification records, toolbox talks and training records, and management dashboards. The Service is made available to the Customer's headquarters and up to 60 project sites, with up to 2,500 named users and unlimited mobile reporters.

### A3. Subscription Term

Two Subscription Years. The first Subscription Year starts on the date of the Onboarding Acceptance Certificate under A5; the second Subscription Year follows immediately. The Subscription Term ends at the end of the second Subscription Year. Any extension requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | annual | 186,000 |
| Subscription Fee, Subscription Year 2 | annual | 186,000 |
| Onboarding Services (configuration, data import, SSO, training) | one-time | 48,000 |
| **Total Order Value** | | **420,000** |

All fees are in CNY and include all taxes payable in the People's Republic of China. Additional project sites above 60 are charged at CNY 2,600 per site per Subscription Year, pro rata, and are not part of the Total Order Value.

### A5. Onboarding and Acceptance

The Provider shall complete the Onboarding Services within 45 days after signature: configuration of the Customer's organisation structure, risk matrix and inspection checklists; import of qualification records for about 9,000 workers and 320 subcontractors; single sign-on with the Customer's identity system; and training of 40 site safety officers. The Customer shall test the Service against these criteria: all modules listed in A2 work in the Customer's configuration; imported records reconcile in number and content with the source files; single sign-on works for all user groups; and reports and dashboards show correct figures for a sample of 50 test incidents. When the criteria are met the Customer shall sign an Onboarding Acceptance Certificate within seven business days. Use of the Service before that date is not acceptance. If onboarding is not complete on time for reasons attributable to the Provider, the Provider shall pay CNY 350 for each day of delay.

### A6. Invoicing and Payment

The Onboarding fee is invoiced after the Onboarding Acceptance Certificate. Each Subscription Fee is invoiced at the start of the Subscription Year to which it relates. Invoices are payable within 30 days after receipt of a valid VAT invoice. No other amounts are payable under this Order Form.

Signed for the Provider: ____________________ Signed for the Customer: ____________________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, documents, photographs and records uploaded to or created in the Service by or for the Customer, including personal information of workers and subcontractor staff.

1.2 "Usage Data" means technical and statistical information about the use and performance of the Service.

1.3 "Order Form" means Part A above. If Part A and these General Terms conflict, Part A prevails.

### 2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer during the Subscription Term in accordance with the documentation and shall use commercially reasonable efforts to keep the Service available and to minimise planned downtime.

2.2 The Provider shall provide support by email and telephone during business hours in Beijing time. The Provider will use reasonable efforts to respond to support requests promptly and to resolve reported problems in a reasonable time, according to their urgency.

2.3 The Provider may update the Service from time to time provided that updates do not materially reduce its functions.

### 3. Customer Responsibilities

3.1 The Customer is responsible for the accuracy of the Customer Data, for its users' compliance with these General Terms, and for keeping its passwords secure.

3.2 The Customer shall not use the Service to store data that it has no right to process, and shall not attempt to test or break the security of the Service without the Provider's consent.

### 4. Customer Data

4.1 As between the parties, the Customer owns the Customer Data. The Provider shall process Customer Data to provide the Service and as described in this section 4.

4.2 The Customer grants the Provider a perpetual, worldwide, royalty-free licence to use Customer Data in aggregated and de-identified form, together with Usage Data, to compile industry safety benchmarks, to train and improve the Provider's risk-prediction models and to develop its products. This licence continues after the end of the Subscription Term.

4.3 Within 30 days after the end of the Subscription Term the Provider shall make the Customer Data available for export in a common format and shall then delete it from the production systems.

### 5. Data Security

5.1 The Provider shall host the Service and all Customer Data in a data centre located in mainland China operated by a licensed cloud provider, and shall not transfer Customer Data outside mainland China.

5.2 The Provider shall maintain technical and organisational security measures appropriate to the risk, including encryption in transit and at rest, role-based access control, logging of administrative access, vulnerability management and annual penetration testing by an independent firm, and shall comply with the Personal Information Protection Law and the Data Security Law.

5.3 The Provider shall notify the Customer without undue delay, and in any case within 48 hours, after becoming aware of any unauthorised access to or loss of Customer Data, shall take all reasonable steps to contain it, and is liable for the losses the Customer suffers as a result of the Provider's breach of this section 5.

### 6. Intellectual Property

6.1 The Provider owns the Service and all improvements to it.

6.2 Configurations, checklists, report templates and dashboards created for the Customer during onboarding belong to the Customer, which may use, copy and modify them and let others use them without restriction.

### 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public business and technical information, use it only for the purposes of the Order Form, and not disclose it to third parties except to its professional advisers bound by similar obligations.

7.2 These obligations continue for three years after the end of the Subscription Term.

### 8. Subcontracting

8.1 The Provider shall not subcontract any part of the Service or the Onboarding Services without the Customer's prior written consent, and remains fully responsible for the acts and omissions of any subcontractor the Customer approves.

8.2 A request for consent shall name the proposed subcontractor, describe the work and the Customer Data it would access, and confirm that it is bound by terms no less protective than sections 5 and 7.

### 9. Warranties

9.1 The Provider warrants that the Service will perform materially in accordance with its documentation and that the Onboarding Services will be performed with reasonable skill and care.

9.2 If the Service does not conform to this warranty, the Provider shall correct it within a reasonable time at no charge.

### 10. Liability

10.1 Each party's total liability under the Order Form shall not exceed two times the Total Order Value.

10.2 The limit does not apply to liability for breach of section 5 or section 7, for infringement of intellectual property rights, or for fraud.

10.3 Neither party is liable for indirect loss or loss of profit.

### 11. Term and Termination

11.1 Either party may terminate the Order Form by written notice if the other party commits a material breach that is not remedied within 30 days after written notice.

11.2 If the Customer terminates for the Provider's breach, the Provider shall refund the Subscription Fee already paid for the remaining part of the Subscription Year.

11.3 The Order Form does not renew automatically.

### 12. Governing Law and Disputes

12.1 The Order Form and these General Terms are governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The arbitration shall be conducted in English and Chinese.

### 13. General

13.1 Notices must be in writing and sent to the addresses in A1, with a copy by email to the contacts named by each party.

13.2 Neither party may assign the Order Form without the other party's written consent.

13.3 The Order Form is signed in English. A Chinese translation may be prepared for reference only.
"""

E03 = """T:SUPPLY AND LICENCE CONTRACT — GRAIN STORAGE TEMPERATURE MONITORING SYSTEM
P:Contract No. HNGR-2026-SUP-033
P:Buyer: Henan Zhongliang Grain Reserve Management Co., Ltd., Zhoukou, Henan Province, People's Republic of China (the "Buyer").
P:Supplier: Delta Zambezia Sensing, Lda., Avenida 7 de Setembro, Quelimane, Zambezia Province, Republic of Mozambique (the "Supplier").
P:The Buyer operates grain silos and warehouses at eight depots and wishes to buy a wireless grain temperature and humidity monitoring system and a perpetual licence to the monitoring software. This Contract is made on the Buyer's standard terms of purchase.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install, configure and commission: 320 wireless grain-temperature cables with multi-point sensors; 16 solar-powered LoRa gateways; eight automatic weather stations; and the GrainWatch monitoring software, installed on the Buyer's servers at its Zhoukou data room, with a perpetual licence for all eight depots.
P:1.2 The system shall measure grain temperature at every sensor point at least every two hours, calculate hotspot and moisture-migration alarms, show silo heat maps, and send alarms by SMS and through the Buyer's existing warehouse management system.
P:1.3 The Supplier shall also provide installation at each depot, integration with the warehouse management system, and training of depot keepers and IT staff.
H:2. Contract Price
P:2.1 The total Contract Price is CNY 1,160,000, a fixed price inclusive of delivery to each depot, import duties, taxes, installation, training and all warranty services, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless grain-temperature cable with sensors|320|1,650|528,000
TB:2|Solar LoRa gateway|16|8,400|134,400
TB:3|Automatic weather station|8|12,500|100,000
TB:4|GrainWatch monitoring software, perpetual licence, eight depots|1|286,000|286,000
TB:|Hardware and Licence Subtotal|||1,048,400
TB:5|Installation, commissioning and WMS integration|1|96,600|96,600
TB:6|Training|1|15,000|15,000
TB:|Total Contract Price|||1,160,000
P:2.2 No other charges are payable by the Buyer for the scope in clause 1.
H:3. Payment
P:3.1 10% of the Contract Price (CNY 116,000) is payable within 20 days after signature, against a bank guarantee for the same amount.
P:3.2 55% of the Contract Price (CNY 638,000) is payable within 20 days after delivery and installation at all eight depots, as recorded in the installation certificate. The installation certificate is not acceptance.
P:3.3 35% of the Contract Price (CNY 406,000) is payable within 20 days after Final Acceptance under clause 5.
H:4. Delivery
P:4.1 The Supplier shall deliver and install the system at all eight depots within 90 days after signature, in the sequence set out in the delivery schedule agreed at the kick-off meeting.
P:4.2 Risk in the equipment passes to the Buyer on delivery at each depot; title passes on payment under clause 3.2.
P:4.3 Each delivery shall be accompanied by a packing list, a certificate of origin, the manufacturer's quality certificate, calibration certificates for every cable and weather station, and the customs clearance documents. Equipment shall be new, unused and of current production.
P:4.4 Installation in silos shall be carried out only when the Buyer's depot manager has issued a work permit. The Supplier's staff shall follow the Buyer's rules on fumigation, confined spaces, working at height and fire prevention, and shall not enter a fumigated silo in any circumstances.
P:4.5 The Supplier shall train at least two depot keepers at each depot and four IT staff at headquarters. Training is complete when the trainees can read heat maps, acknowledge and close alarms, replace a gateway battery and restore the software from backup.
H:5. Acceptance
P:5.1 After installation, the system shall run for 45 days of trial operation. Final Acceptance requires that: every sensor point reports at the required interval, with no more than two missing readings per sensor point over the last 30 days of trial operation; the temperature readings of a sample of 40 sensor points agree with calibrated reference thermometers within ±0.5 °C; hotspot alarms are generated and delivered to the WMS in all test cases; and no Severity 1 incident occurs during the last 20 days of trial operation.
P:5.2 The Buyer shall issue a Final Acceptance certificate within ten business days after the criteria are met. Installation, use of the system or any payment does not mean acceptance.
H:6. Warranty and Post-Warranty Support
P:6.1 The Supplier warrants all equipment and the software for 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective equipment, recalibrate sensors, and provide software corrections and new releases free of charge.
P:6.2 After the warranty period the Buyer may order annual support for hardware and software at 7% of the Hardware and Licence Subtotal (CNY 73,388 per year). This rate is fixed for the first two support years. Support is ordered by separate purchase order and does not renew automatically.
H:7. Service Levels
P:7.1 Incidents are classified and handled as follows:
TB:Severity|Description|Response time|Restoration time
TB:Severity 1|Monitoring of a whole depot or of the software lost|1 hour|24 hours
TB:Severity 2|One silo or one gateway not reporting|2 hours|48 hours
TB:Severity 3|Single sensor fault or minor defect|next business day|10 business days
P:7.2 For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay CNY 600, deducted from any sum due or claimed under the bank guarantee.
H:8. Intellectual Property
P:8.1 The WMS interface, alarm rules, depot layouts and reports developed for the Buyer, with their source code, belong to the Buyer, which may use, modify and license them freely.
P:8.2 The GrainWatch software and the sensor firmware remain the Supplier's property and are licensed to the Buyer perpetually.
H:9. Data and Security
P:9.1 All measurement data, alarm records and grain stock information belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:9.2 Gateways shall transmit data only to the Buyer's servers over encrypted links. The Supplier shall have remote access only through the Buyer's VPN after approval for each session and shall not copy data outside the Buyer's systems.
P:9.3 The Supplier shall report any security incident within 6 hours and is liable for the losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's grain reserves, depot locations, stock levels and systems and shall not disclose it to any third party. This obligation survives termination of this Contract without time limit.
H:11. Delay and Liability
P:11.1 If the Supplier does not complete delivery and installation by the date in clause 4.1, it shall pay delay damages of 0.1% of the Contract Price per day, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are not limited.
P:11.3 Neither party is liable to the other for loss of profit or indirect loss, except in the cases excluded in clause 11.2.
P:11.4 The Supplier shall maintain product liability and installation all-risks insurance with reputable insurers throughout the installation period and shall provide copies of the policies on request.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if delay damages reach their maximum.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.
H:15. Spare Parts and Documentation
P:15.1 The Supplier shall deliver, as part of the Contract Price, spare sensor cables, gateway batteries and antennas equal to 2% of the delivered quantities, and shall make spare parts available at reasonable prices for at least eight years after Final Acceptance.
P:15.2 The Supplier shall deliver in Chinese: installation drawings for each depot, the system administration manual, the user manual, the calibration procedure, the backup and recovery procedure, and the interface specification of the WMS integration.
H:16. Compliance
P:16.1 The Supplier shall comply with the laws of the People's Republic of China on product quality, radio transmission equipment, import and export, and anti-bribery. Radio equipment shall hold the type approval required for use in mainland China.
P:16.2 The Supplier shall not offer or give any gift, payment or benefit to the Buyer's employees in connection with this Contract. A breach of this clause is a material breach.
H:17. Force Majeure
P:17.1 A party prevented from performing by force majeure shall notify the other party within five days and provide evidence. The time for performance is extended by the period of the event. If the event lasts more than 60 days, either party may terminate by written notice without liability.
H:18. General
P:18.1 This Contract is made in English and Chinese; both versions have equal force. It may be amended only in writing signed by both parties.
P:18.2 Notices shall be given in writing to the addresses above and are effective on receipt.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED END-USER IT SERVICES AGREEMENT

Agreement No. BRS-MSA-2026-07

**Customer:** Shanghai Huating Retail Holdings Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Minhang District, Shanghai ("Customer").

**Supplier:** Barotse Resolve Services Limited, a company incorporated in the Republic of Zambia, with its registered office at Lealui Road, Mongu, Western Province, Zambia, acting through its support centre staffed by Mandarin-speaking engineers ("Supplier").

Customer operates 210 stores, two distribution centres and a head office in eastern China and wishes to outsource its end-user IT support. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance Certificate under clause 4.

1.3 "Term" means 36 months from the Service Commencement Date.

1.4 "Customer Data" means all data of Customer, its employees and its customers that Supplier accesses, receives or processes in performing the Services, including ticket records, device inventories and personal information.

## 2. Services

2.1 Supplier shall provide the Services described in Schedule 1 to the service levels in Schedule 2 throughout the Term.

2.2 Supplier shall provide all staff, tools and systems needed for the Services, except the Customer systems listed in Schedule 1, which Customer makes available.

2.3 Supplier shall appoint a service delivery manager who is Customer's single point of contact and attends the monthly service review.

## 3. Transition

3.1 Supplier shall carry out the transition of the Services from Customer's current provider in accordance with the transition plan agreed at the kick-off meeting, with a target of 60 days after signature.

3.2 Supplier shall use reasonable efforts to meet the dates in the transition plan. If Supplier expects a delay, it shall inform Customer promptly and propose a revised plan.

## 4. Transition Acceptance

4.1 Transition is complete when: the service desk handles all Customer contact channels in Mandarin; all open tickets and the knowledge base have been taken over from the current provider; the asset inventory reconciles with Customer's records for all stores; remote support tools are deployed on all managed devices; and a parallel run of ten business days has been completed without a Priority 1 incident caused by Supplier.

4.2 When these criteria are met, Customer shall sign a Transition Acceptance Certificate within five business days. Taking over the service desk before that date is not acceptance.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The total charges over the Term are CNY 1,450,000.

5.2 The Monthly Service Charge is invoiced monthly in arrears. The Transition Charge is invoiced after the Transition Acceptance Certificate. Invoices are payable within 30 days after receipt of a valid VAT invoice.

5.3 No advance payment is payable. The charges are fixed for the Term, except for volume adjustments under Schedule 3.

## 6. Service Credits

6.1 If Supplier fails to meet a service level in Schedule 2 in any month, Supplier shall credit Customer the service credit stated in Schedule 2 against the next invoice.

6.2 Service credits are a price adjustment for the reduced level of service and do not limit Customer's other rights under this Agreement.

## 7. Customer Data and Security

7.1 Customer Data belongs to Customer. Supplier shall process Customer Data only to provide the Services and on Customer's instructions.

7.2 Supplier's engineers shall access Customer systems only from Supplier's support centre through Customer's remote access gateway, using named accounts with multi-factor authentication. Supplier shall not store Customer Data on its own systems except ticket records in the service management tool hosted by Customer.

7.3 Supplier shall comply with the Personal Information Protection Law, the Data Security Law and Customer's information security policies, shall ensure that its staff receive security training every year, and shall notify Customer within 6 hours of any security incident involving Customer Data.

7.4 Supplier is liable for the losses caused to Customer by any breach of this clause 7.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's confidential information and use it only for this Agreement. This obligation continues for three years after the end of this Agreement.

## 9. Intellectual Property

9.1 Knowledge base articles, scripts, runbooks, reports and device images created by Supplier for Customer belong to Customer, which may use and modify them freely and hand them to any successor provider.

9.2 Supplier's service management methods and tools remain Supplier's property.

## 10. Staff and Subcontracting

10.1 Supplier shall assign competent and vetted staff and shall replace any person whom Customer reasonably objects to.

10.2 Supplier shall not subcontract any part of the Services without Customer's prior written consent. On-site support in stores may be subcontracted only to the local partners approved in writing by Customer, and Supplier remains responsible for them.

## 11. Limitation of Liability

11.1 Supplier's total aggregate liability arising out of or in connection with this Agreement shall not exceed the Monthly Service Charges paid or payable in the six months preceding the event giving rise to the claim.

11.2 Neither party is liable for indirect or consequential loss or loss of profit.

## 12. Term and Termination

12.1 This Agreement starts on signature and ends at the end of the Term. It may be extended only by written agreement of both parties.

12.2 Customer may terminate this Agreement by written notice if Supplier commits a material breach that it does not remedy within 30 days after notice, or if Supplier fails the same service level in three consecutive months.

12.3 On expiry or termination Supplier shall provide exit assistance for up to 60 days at the rates in Schedule 3 and shall hand over all Customer Data, knowledge base articles and documentation.

12.4 Supplier shall maintain a business continuity plan for its support centre, including a secondary site or remote working arrangement, and shall test it once a year and share the results with Customer. A failure of Supplier's own facilities does not excuse a service level failure.

12.5 Each month Supplier shall report the incidents, requests, service level results, service credits, root causes of Priority 1 incidents and improvement actions, and shall attend a service review meeting with Customer's IT manager.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

## 14. General

14.1 The Schedules form part of this Agreement. In case of conflict, the clauses prevail over the Schedules.

14.2 Neither party may assign this Agreement without the other party's written consent.

Signed for Customer: ____________________ Signed for Supplier: ____________________

## SCHEDULE 1 — SERVICES

| Service | Description | Hours |
|---|---|---|
| Service desk | Mandarin and English support by telephone, chat and portal for about 3,600 users | 07:00–23:00, seven days a week |
| Remote device support | Diagnosis and repair of store PCs, POS terminals, printers and handhelds through remote tools | as service desk |
| On-site support | Dispatch of engineers to stores and distribution centres for hardware faults and moves | 08:00–20:00, seven days a week |
| Asset management | Inventory, imaging and lifecycle records of about 5,200 devices | business days |
| Patch management | Monthly operating-system and application patches for managed devices | agreed change windows |
| Reporting | Monthly service report and service review | monthly |

Customer systems made available to Supplier: the service management tool, the remote access gateway, the device management console and the identity system.

## SCHEDULE 2 — SERVICE LEVELS AND SERVICE CREDITS

| Measure | Target | Service credit if missed in a month |
|---|---|---|
| Priority 1 incident (several stores or a distribution centre unable to trade or ship) | response within 15 minutes, restoration within 6 hours | 5% of the Monthly Service Charge |
| Priority 2 incident (one store unable to trade) | response within 30 minutes, restoration within 8 hours | 3% of the Monthly Service Charge |
| Priority 3 incident (single user or device) | response within 2 hours, resolution within 2 business days | 2% of the Monthly Service Charge |
| Customer satisfaction score | at least 4.3 out of 5 | 1% of the Monthly Service Charge |

Total service credits in a month shall not exceed 12% of the Monthly Service Charge for that month.

## SCHEDULE 3 — CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time | 64,000 |
| Monthly Service Charge | 36 months × 38,500 | 1,386,000 |
| **Total charges over the Term** | | **1,450,000** |
| Additional managed device above 5,500 | per device per month | 6.50 |
| Exit assistance beyond the handover | per engineer day | 2,200 |

Volume adjustments apply when the number of managed devices exceeds 5,500 at the end of a quarter. Prices are inclusive of VAT.
"""

E05 = """CROP AND WEATHER DATA API SUBSCRIPTION AGREEMENT

Agreement No. PNG-API-2026-052

PARTIES

1. Pungwe Agrodata, Lda., a company incorporated in the Republic of Mozambique, with its registered office at Rua do Bairro Soalpo, Chimoio, Manica Province, Mozambique ("Provider").

2. Qingdao Haina Agricultural Trading Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Shinan District, Qingdao, Shandong Province ("Customer").

BACKGROUND

Customer buys sesame, soybeans and cashew nuts from growers and cooperatives in southern Africa and wishes to receive satellite-based crop condition, yield estimate and weather data for its sourcing regions through an application programming interface. Provider operates such a data service. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's application programming interface through which the Data is delivered, with its documentation.

1.2 "Data" means the crop condition indices, yield estimates, field-level imagery layers, weather observations and forecasts delivered through the API.

1.3 "Customer Data" means field boundaries, cooperative and grower lists, purchase volumes and any other information Customer uploads to or sends through the API, and the queries Customer makes.

1.4 "Subscription Year" means the period from the Start Date to the day before its first anniversary, and each following period from an anniversary of the Start Date to the day before the next anniversary.

1.5 "Start Date" means the date of the Integration Acceptance Certificate under clause 4.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the API, to use the Data for its internal business, including sourcing decisions, contract pricing and risk management, and to share reports based on the Data with its affiliates and financing banks.

2.2 The Subscription Term is two Subscription Years from the Start Date, subject to clause 11.

2.3 The subscription covers up to 1,200,000 API calls and up to 40,000 monitored fields per Subscription Year. Calls above that volume are charged at CNY 0.18 per call and are not part of the Contract Value.

2.4 Customer shall not resell the Data as such, or use it to build a competing data service.

3. FEES AND PAYMENT

3.1 The Subscription Fee is CNY 268,000 per Subscription Year. The Integration Services Fee is CNY 42,000, payable once.

3.2 The Contract Value for the initial Subscription Term is CNY 578,000, being two Subscription Fees and the Integration Services Fee.

3.3 The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year. The Integration Services Fee is invoiced after the Integration Acceptance Certificate. Invoices are payable within 30 days after receipt of a valid VAT invoice.

3.4 Fees are stated in CNY and include all taxes payable in the People's Republic of China. Any withholding tax payable on cross-border payments is included in the fees.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall, within 40 days after signature, configure Customer's sourcing regions, load Customer's field boundaries and deliver connectors that load the Data into Customer's procurement analytics platform every day.

4.2 Customer shall test the integration against these criteria: the Data for all configured regions is delivered every day for ten consecutive days without manual intervention; the connectors load complete and correct records into the analytics platform; yield estimates for a sample of 30 fields reconcile with the API output; and the documentation for the connectors has been delivered.

4.3 When the criteria are met, Customer shall issue an Integration Acceptance Certificate within five business days. Trial use of the API is not acceptance.

4.4 If Provider does not make the integration ready for testing within the period in clause 4.1 for reasons attributable to it, Provider shall pay Customer CNY 400 for each day of delay.

5. SERVICE LEVELS

5.1 The API shall be available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least three days in advance and carried out outside 08:00 to 20:00 Beijing time.

5.2 For a Priority 1 incident, meaning that the API is unavailable or Data for a whole region is missing or clearly wrong, Provider shall respond within 1 hour and restore the service within 6 hours. For a Priority 2 incident Provider shall respond within 3 hours and resolve it within two business days.

5.3 If availability in a month is below the level in clause 5.1, Customer is entitled to a service credit of 5% of the monthly share of the Subscription Fee for each 0.1 percentage point of shortfall, up to half of that monthly share. If a Priority 1 response or restoration time is missed, Customer receives a further credit of CNY 500 per hour.

6. DATA QUALITY

6.1 Provider shall produce the Data using the methods described in the documentation and shall inform Customer in advance of any material change in sources or methods.

6.2 Weather observations shall come from calibrated stations or recognised national services, and each record shall show its source and time stamp.

6.3 If Customer reports an error in the Data, Provider shall investigate and correct it within five business days and shall tell Customer the cause.

7. CUSTOMER DATA

7.1 Customer Data belongs to Customer. Provider may use Customer Data only to provide the API and the Data to Customer and shall not use it for any other purpose, including for other clients or for its own products.

7.2 On expiry or termination Provider shall return Customer Data in a common format on request and then delete it.

8. INTELLECTUAL PROPERTY

8.1 Provider owns the API, its models and the Data, and grants Customer only the rights stated in clause 2.

8.2 The connectors, mappings and dashboards that Provider develops for Customer under clause 4 belong to Customer, which may use, modify and license them freely. Provider shall deliver their source code with the Integration Acceptance Certificate.

9. CONFIDENTIALITY

9.1 Each party shall treat the terms of this Agreement and all non-public information received from the other party as confidential, use it only for this Agreement and not disclose it to any third party without the other party's prior written consent, except to its professional advisers, auditors and financing banks or as required by law.

9.2 This obligation continues for three years after the end of this Agreement.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the Contract Value.

10.2 The limit does not apply to breach of clauses 7 and 9, infringement of intellectual property rights, fraud or wilful misconduct.

10.3 Provider does not guarantee any particular harvest outcome. Customer remains responsible for its own commercial decisions made using the Data.

11. RENEWAL

11.1 At the end of the Subscription Term this Agreement renews automatically for successive periods of one Subscription Year each, unless either party gives notice of non-renewal at least 60 days before the end of the current period.

11.2 Provider may increase the Subscription Fee for each renewal period by up to 9% of the fee of the previous Subscription Year by notice given at least 90 days before the renewal date.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of the breach.

12.2 Customer may also terminate by notice if availability falls below the level in clause 5.1 in three months of any Subscription Year.

12.3 If Customer terminates under clause 12.1 or 12.2, Provider shall refund the Subscription Fee paid for the remaining part of the Subscription Year.

13. SUBCONTRACTING AND ASSIGNMENT

13.1 Provider shall not subcontract the operation of the API or the integration services without Customer's prior written consent, and remains responsible for any approved subcontractor.

13.2 Neither party may assign this Agreement without the other party's written consent.

13.3 Provider shall keep a change log of the API and publish release notes at least 30 days before any change that affects the format of the Data.

13.4 Provider shall give Customer a named account manager and a support contact who speaks Chinese, and shall hold a review meeting with Customer each quarter on Data quality, incidents and planned changes to the API.

14. FORCE MAJEURE

14.1 Neither party is liable for failure caused by events beyond its reasonable control, such as natural disasters, war, or the failure of public satellite services, provided that it notifies the other party promptly. Satellite cloud cover is not force majeure for the weather Data.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing, in English.

16. GENERAL

16.1 This Agreement is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.

16.2 Notices shall be sent in writing to the addresses above, with a copy by email to the contacts named by each party.

Signed for Provider: ____________________

Signed for Customer: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format)
    "z01": ("h708z01_job_fair_platform_licence_development.pdf", "pdf"),
    "z02": ("h708z02_ukulele_bending_spraying_line_retrofit.docx", "docx"),
    "z03": ("h708z03_trampoline_chain_booking_membership_saas.txt", "txt"),
    "z04": ("h708z04_admin_academy_training_system_om.txt", "txt"),
    "z05": ("h708z05_ink_stick_tracking_software_supplier_template.md", "md"),
    "e01": ("h708e01_fleet_maintenance_licence_mozambique_vendor.pdf", "pdf"),
    "e02": ("h708e02_hse_saas_order_form_zambia_vendor.md", "md"),
    "e03": ("h708e03_grain_sensors_monitoring_licence.docx", "docx"),
    "e04": ("h708e04_managed_end_user_it_services_36_months.md", "md"),
    "e05": ("h708e05_crop_weather_data_api_subscription.txt", "txt"),
}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05, "e01": E01, "e02": E02, "e03": E03, "e04": E04,
       "e05": E05}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def L(cat, vals, extra, rules, tco=None):
    return {"category": cat, "terms": dict(zip(KEYS, vals)), "extra": extra, "design": sorted(rules), "tco": tco}


T, F, N = True, False, None
G, S = "goods_or_licence", "service"
LABELS = {
    "z01": L("software", [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 9, F, T, F, "PRC", G],
             {"sla_clause": T, "ld_stated": T, "post_warranty_fee_capped": T, "acceptance_deemed_on_delivery": F,
              "contract_value": 1320000}, [], (720000,)),
    "z02": L("hardware", [N, 8, T, "buyer", T, T, T, 0.07, 150, 10, T, T, 24, 8, F, T, T, "PRC", G],
             {"sla_clause": T, "ld_stated": T, "post_warranty_fee_capped": T, "acceptance_deemed_on_delivery": F,
              "contract_value": 1420000}, ["CR-SLA-RESPONSE", "CR-SUBCONTRACT"], (1176000,)),
    "z03": L("cloud", [99.5, 0.5, T, "buyer", T, F, T, 600 / 746000 * 100, 200, N, T, N, N, N, T, T, F, "PRC", S],
             {"sla_clause": T, "ld_stated": T, "acceptance_deemed_on_delivery": F, "contract_value": 746000},
             ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": L("services", [99.95, 0.25, T, "buyer", T, T, F, 0.1, N, N, T, N, N, N, F, F, F, "PRC", S],
             {"sla_clause": T, "ld_stated": T, "acceptance_deemed_on_delivery": F, "contract_value": 386000},
             ["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "z05": L("software", [N, 2, F, "supplier", T, T, T, 0.02, 20, 65, F, F, 6, 22, F, T, N, "PRC", G],
             {"sla_clause": T, "ld_stated": T, "post_warranty_fee_capped": T, "acceptance_deemed_on_delivery": T,
              "contract_value": 820000},
             ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
              "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], (680000,)),
    "e01": L("software", [N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 18, 11, F, T, F, "Mozambique", G],
             {"sla_clause": T, "ld_stated": T, "post_warranty_fee_capped": T, "acceptance_deemed_on_delivery": F,
              "contract_value": 1460000}, ["CR-GOVERNING-LAW"], (1180000,)),
    "e02": L("cloud", [N, N, F, "buyer", T, F, T, 350 / 420000 * 100, 200, N, T, N, N, N, F, T, F, "PRC", S],
             {"sla_clause": F, "ld_stated": T, "acceptance_deemed_on_delivery": F, "contract_value": 420000},
             ["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "e03": L("hardware", [N, 1, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 36, 7, F, T, F, "PRC", G],
             {"sla_clause": T, "ld_stated": T, "post_warranty_fee_capped": T, "acceptance_deemed_on_delivery": F,
              "contract_value": 1160000}, [], (1048400,)),
    "e04": L("services", [N, 0.25, T, "buyer", T, T, T, N, 6 / 36 * 100, N, T, N, N, N, F, T, F, "PRC", S],
             {"sla_clause": T, "ld_stated": F, "acceptance_deemed_on_delivery": F, "contract_value": 1450000},
             ["CR-LD-MISSING", "CR-LIABILITY-CAP"]),
    "e05": L("cloud", [99.95, 1, T, "buyer", F, T, T, 400 / 578000 * 100, 150, N, T, N, N, N, T, T, F, "PRC", S],
             {"sla_clause": T, "ld_stated": T, "acceptance_deemed_on_delivery": F, "contract_value": 578000},
             ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(lab):
    t, x = lab["terms"], lab["extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or lab["tco"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * lab["tco"][0]
    return fees / (x["contract_value"] + fees) * 100


def derive(lab):
    """My reading of policy §3 applied to a label."""
    t, x, r = lab["terms"], lab["extra"], set()
    goods = t["contract_kind"] == G
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
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    sh = tco_share(lab)
    if sh is not None and sh > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    high = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
            "CR-POST-WARRANTY-FEE"}
    if set(rules) & high:
        return "high"
    if [x for x in rules if x != "CR-GOVERNING-LAW"]:
        return "medium"
    return "low"


# threshold figures that must appear nowhere (raw, whitespace-collapsed and whitespace-free read-back)
NUM = r"(?<![\d.])"
THRESH = re.compile("|".join([
    NUM + r"99\.9(?![\d])", r"九十九点九(?!五|八|九)",
    NUM + r"4\s*(?:h\b|hrs?\b|hours?|小时|个小时)", r"(?<![十二])四\s*(?:个)?小时", r"\bfour\s*(?:\(4\)\s*)?hours?",
    NUM + r"0?\.05\s*%", r"万分之五", r"千分之零点五", r"0\.5\s*‰",
    NUM + r"100\s*(?:%|per\s*cent|percent)", r"百分之(?:一)?百",
    NUM + r"30\s*(?:%|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])",
    NUM + r"40\s*(?:%|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])",
    NUM + r"15\s*(?:%|per\s*cent|percent)", r"百分之十五",
    NUM + r"12\s*(?:个月|months?)", r"十二个月", r"\btwelve\s*(?:\(12\)\s*)?months?", r"(?<![第每])一年(?!度)",
    NUM + r"1\s*年", r"\bone\s*years?\b", r"\b1\s*years?\b",
    NUM + r"5\s*(?:年|years?)", r"(?<![十二三四六七八九])五年", r"\bfive\s*years?\b", NUM + r"60\s*months?", r"六十个月",
]), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "四小时", "0.05%", "万分之五", "100%", "30%", "百分之三十", "40 %",
            "15%", "12个月", "12 months", "twelve months", "质保期一年", "five years", "5年", "4h", "百分之四十",
            "4 hrs", "1 year", "60 months"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "14小时", "0.08%", "万分之八", "150%", "130%", "35%", "45%", "8%", "115%",
             "12%", "12小时", "第一年", "每一年", "一年度", "2026年", "25 years", "four seasons", "0.25", "百分之三十五",
             "36 months", "360 months", "14 hours", "2.4 hours", "15 minutes", "400 named users"]


def self_test():
    for s_ in MUST_HIT:
        assert THRESH.search(s_), ("must hit", s_)
        assert THRESH.search(re.sub(r"\s", "", s_)) or " " in s_, ("must hit (no ws)", s_)
    for s_ in MUST_MISS:
        assert not THRESH.search(s_), ("must miss", s_, THRESH.search(s_))


def read_back(path, fmt):
    if fmt == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if fmt == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def label_json(key):
    lab = LABELS[key]
    name = FILES[key][0]
    t = dict(lab["terms"])
    extra = dict(lab["extra"])
    if t["contract_kind"] != G:
        extra.pop("post_warranty_fee_capped", None)
    rules = derive(lab)
    d = {"file": name, "language": "zh" if key[0] == "z" else "en", "category": lab["category"],
         "expected_terms": t, "expected_extra": extra, "expected_rules": rules}
    return json.dumps(d, ensure_ascii=False, indent=1)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    bin_targets = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: SRC[k] for k in bin_targets}, bin_targets, OUT, wrap_words=True)
    for k, (name, fmt) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SRC[k], encoding="utf-8")
            print("wrote", name)
    covered, problems = set(), []
    for k, (name, fmt) in FILES.items():
        lab = LABELS[k]
        text = read_back(OUT / name, fmt)
        if k[0] == "z":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        print("%s %-58s len %5d %s" % (k, name, n, "" if ok else "OUT OF RANGE"))
        if not ok:
            problems.append((k, "length", n))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = THRESH.search(variant)
            if m:
                problems.append((k, "threshold text", variant[max(0, m.start() - 20):m.end() + 20]))
        for key_, th in TH.items():
            v = lab["terms"][key_]
            if v is not None and abs(v - th) < 1e-9:
                problems.append((k, "label on threshold", key_))
        sh = tco_share(lab)
        if sh is not None and abs(sh - 40) <= 2:
            problems.append((k, "tco share near threshold", sh))
        rules = derive(lab)
        if rules != lab["design"]:
            problems.append((k, "rules differ", rules, lab["design"]))
        covered |= set(rules)
        print("    rules", rules, "risk", risk(rules), "tco share", None if sh is None else round(sh, 2))
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(label_json(k), encoding="utf-8")
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append(("coverage", missing))
    for p_ in problems:
        print("PROBLEM", p_)
    assert not problems
    print("all checks passed")


if __name__ == "__main__":
    main()
