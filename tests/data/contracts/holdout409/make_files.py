"""holdout409 — ten blind, ordinary draft contracts with their labels (written before any run).

Builds the .docx/.pdf with ../word_pdf.py, writes the .txt/.md as they are, writes the ten .json labels, derives each
draft's expected rules from its labels by this file's own reading of policy.md §3, checks them against the design list,
asserts full rule coverage, scans every source and every built file for threshold figures, and checks text lengths.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H409Z01 = """
T:清溪县农村公路养护管理平台建设项目合同
P:合同编号：QXJT-2026-ZC-017
P:采购方式：公开招标（政府采购）
P:甲方（采购人）：清溪县交通运输局
P:乙方（供应商）：江城路信科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就清溪县农村公路养护管理平台的软件许可及定制开发事宜订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供“路养通”农村公路养护管理平台软件（县级授权，不限用户数）的永久使用许可，并在此基础上完成定制开发、路网数据治理、部署实施和培训。
P:1.2 定制开发内容包括：日常巡查移动端、病害上报与派单、养护计划与工程量管理、路况评定（PQI）统计分析、与省级农村公路管理系统的数据对接。详细功能以招标文件第三章技术需求为准。
P:1.3 路网数据治理范围为全县县道、乡道、村道共计1,862公里，包括路线、桥梁、涵洞、安全设施台账的核对、补采和入库。
P:1.4 平台应符合国家及省级农村公路养护管理相关技术标准，支持与全省交通运输数据资源共享平台按约定格式交换数据，满足网络安全等级保护第二级要求。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰叁拾万元整（¥1,300,000），为固定总价，已包含税费、运输、部署、培训及质保期内服务的全部费用。分项如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久许可（县级授权）|640,000
TB:2|定制开发（五个功能模块及省平台对接）|486,000
TB:3|路网数据治理与入库|128,000
TB:4|部署实施及培训|46,000
TB:合计||1,300,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额发票后十个工作日内，甲方支付合同总价的20%作为预付款，即¥260,000。
P:3.2 平台通过初步验收后十个工作日内，甲方支付合同总价的45%，即¥585,000。
P:3.3 平台通过最终验收后十个工作日内，甲方支付合同总价的35%，即¥455,000。
P:3.4 甲方付款均通过国库集中支付，乙方应提供合法有效的发票。
P:3.5 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（可采用银行保函形式），最终验收合格后十五个工作日内无息退还。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后九十日内完成全部定制开发和部署，提交初步验收申请；初步验收合格后进入为期六十日的试运行。
P:4.2 平台部署于甲方指定的政务云资源，乙方不得将平台或数据部署于其他环境。
P:4.3 乙方应组建不少于六人的项目团队，项目经理须具有信息系统项目管理经验并常驻项目现场，未经甲方同意不得更换。
P:4.4 乙方应对甲方及各乡镇交通管理站的业务人员、养护班组人员进行操作培训，培训不少于四期，并提供操作手册和视频教程。
P:4.5 乙方每两周向甲方提交项目进度报告，说明已完成工作、存在问题及下一步计划；甲方应及时提供路网基础资料、政务云资源和必要的工作条件。
H:第五条 验收
P:5.1 初步验收标准：招标文件列明的全部功能逐项测试通过；移动端在县域范围内上报病害、派单、回单全流程可用；与省级系统对接上报的数据经抽查核对一致；200个并发用户下常用页面响应时间不超过3秒。
P:5.2 最终验收标准：试运行期内无一级故障；路网数据抽检（按路线里程抽取10%）差错率不高于0.5%；第三方安全测评无高危漏洞；培训及全部文档（含源代码）移交完成。
P:5.3 验收由甲方组织，形成书面验收报告，双方签字盖章。平台上线使用或甲方付款均不视为验收合格。
H:第六条 质量保证与运维
P:6.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级、远程和现场技术支持。
P:6.2 故障分级响应：一级故障（平台整体不可用或数据上报中断）乙方应在30分钟内响应，2小时内到达现场；二级故障2小时内响应；三级故障在下一个工作日内处理。
P:6.3 乙方未按上述时限响应的，每超时1小时向甲方支付¥500，从应付款项或履约保证金中扣除。
P:6.4 质保期满后，甲方如需乙方继续提供运维服务，年度运维费不超过平台软件许可费的10%（即每年不超过¥64,000），且在质保期满后三个服务年度内不得上调。
H:第七条 知识产权
P:7.1 平台软件的原有知识产权属于乙方，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的程序、接口、源代码、数据库设计及文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
H:第八条 数据安全
P:8.1 平台中的路网数据、巡查记录、图片及统计结果均属于甲方所有，乙方仅可为履行本合同处理，不得用于任何其他目的，不得向第三方提供。
P:8.2 乙方应落实数据分级、访问控制、操作日志、加密存储和备份措施，运维操作须经甲方审批；发生数据泄露、丢失或篡改的，乙方应在2小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履行本合同中知悉的甲方工作秘密、路网及桥梁台账资料负有保密义务，未经甲方书面同意不得向任何第三方披露；保密义务不因合同终止而免除。
H:第十条 分包
P:10.1 乙方可将路网数据外业补采工作分包给具有测绘资质的单位，分包前应将分包单位名称书面告知甲方；乙方对分包部分的质量和进度承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期提交初步验收申请的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的平台经两次验收仍不合格的，应向甲方支付合同总价5%的违约金，并继续履行整改义务。
P:11.3 甲方无正当理由逾期付款的，按逾期金额的万分之三每日支付违约金。
H:第十二条 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十三条 其他
P:13.1 招标文件、投标文件、中标通知书为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:13.2 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，根据不可抗力的影响部分或全部免除责任。
P:13.3 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。双方的通知以书面形式送达合同首部所列地址。
P:甲方（盖章）：清溪县交通运输局        乙方（盖章）：江城路信科技有限公司
P:法定代表人或授权代表：                法定代表人或授权代表：
P:日期：2026年  月  日                  日期：2026年  月  日
"""

H409Z02 = """
T:冻干机控制系统改造及维保合同
P:合同编号：HLYY-SB-2026-0342
P:甲方（买方）：华岭药业股份有限公司
P:乙方（卖方）：苏州恒澄自动化工程有限公司
P:鉴于甲方冻干粉针车间两台LYO-20型冻干机原有控制系统已停产、备件短缺，且审计追踪功能不能满足《药品生产质量管理规范》计算机化系统附录的要求，甲方决定对其进行控制系统改造。乙方具备相应的设计、实施和验证能力。双方经友好协商，订立本合同。
H:一、改造范围
P:（一）乙方负责两台冻干机控制系统的拆除、设计、供货、编程组态、安装调试，更换温度、真空及压力传感器，部署数据采集与审计追踪软件，并配合甲方完成IQ、OQ、PQ验证。
P:（二）改造后系统应实现配方管理、电子批记录、用户分级权限、审计追踪、电子签名及报警管理，数据完整性满足ALCOA+原则。
P:（三）改造后系统应保留原有冻干机的制冷机组、真空泵和液压系统，乙方应对保留部分与新控制系统的接口进行评估，发现原有设备存在安全隐患的，应及时书面告知甲方。
P:（四）改造工作应安排在甲方停产检修窗口内进行，单台冻干机停机时间不超过二十五日。
P:（五）乙方应提交功能设计说明（FDS）、硬件设计说明、软件设计说明及追溯矩阵，经甲方审核批准后方可实施。
P:（六）乙方进入甲方洁净区作业的人员应经过更衣、卫生和安全培训，遵守甲方的变更控制和作业许可制度。
H:二、合同价款
P:（一）本合同总价为人民币壹佰贰拾万元整（¥1,200,000），含税、运输、安装、验证文件及质保期内服务费用。价格明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及I/O模块|2套|386,000
TB:2|工控机、触摸屏及工业交换机|2套|92,000
TB:3|温度、真空、压力传感器|1批|148,000
TB:4|数据采集与审计追踪软件许可（永久）|2套|214,000
TB:软硬件小计|||840,000
TB:5|程序开发与组态|1项|176,000
TB:6|验证文件编制与执行（IQ/OQ）|1项|118,000
TB:7|安装调试|1项|66,000
TB:合计|||1,200,000
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方向乙方支付合同总价的45%，即¥540,000，作为预付款。
P:（二）全部设备到货、经甲方清点签收后十个工作日内，甲方支付合同总价的35%，即¥420,000。到货签收不代表质量验收。
P:（三）两台冻干机均通过最终验收后十个工作日内，甲方支付合同总价的20%，即¥240,000。
H:四、交货与工期
P:（一）乙方应在合同生效后六十日内将全部设备运至甲方车间，并在甲方通知停产检修之日起五十日内完成两台冻干机的改造和调试。
P:（二）设备应为全新原厂正品，附出厂合格证、质量证明文件和校准证书。
P:（三）设备包装应适合长途运输和防潮要求，甲方收货时发现包装破损或数量不符的，乙方应在七日内补齐或更换。
P:（四）乙方应向甲方移交操作手册、维护手册、电气图纸、备件清单及全部软件安装介质和授权文件。
H:五、验收
P:（一）验收依据本合同技术协议、甲方用户需求说明（URS）及经批准的验证方案。
P:（二）验收标准：IQ、OQ全部测试项通过且偏差已关闭；空载及满载试验中板层温度控制精度±1℃、冷阱最低温度不高于-70℃、极限真空度达到技术协议要求；审计追踪和电子签名功能经测试有效；连续三个批次PQ运行无异常。
P:（三）验收合格后双方签署最终验收报告。设备安装完毕、试生产或甲方付款均不视为验收合格。
P:（四）验收不合格的，乙方应在十五日内整改并重新提交验收，由此增加的费用由乙方承担。
H:六、质量保证
P:（一）质保期为十八个月，自最终验收合格之日起算。质保期内因设备或软件质量原因发生的故障，乙方免费维修或更换。
P:（二）质保期内故障分级：一级故障（冻干过程中控制系统停机或数据丢失）乙方应在1小时内响应，8小时内到达现场；二级故障在24小时内到达现场。
P:（三）乙方未按时响应或到场的，每超时1小时向甲方支付¥800。
P:（四）乙方应对甲方工程师和操作人员进行不少于三次的现场培训，内容包括系统操作、报警处理、配方管理和日常维护。培训结束后应进行考核，并向考核合格人员出具培训记录。
H:七、质保期满后的维保
P:（一）质保期满后，乙方按年度提供维保服务（包括每季度一次巡检、传感器校准、软件补丁和备件供应），年度维保费为软硬件小计的9%，即每年¥75,600，自质保期满起三个服务年度内价格不变。
P:（二）维保期内的故障响应时限和超时扣款按本合同第六条第（二）项、第（三）项执行。
P:（三）乙方应在甲方厂区所在城市或邻近地区储备常用备件，包括PLC模块、传感器和触摸屏，保证一级故障时备件在8小时内送达现场。
P:（四）乙方应保证所供设备的备件在最终验收后至少八年内持续供应；产品停产的，应提前六个月通知甲方并提供替代方案。
H:八、数据安全
P:（一）系统产生的电子批记录、审计追踪记录和工艺参数属于甲方所有，乙方不得复制、带离或用于本合同以外的任何目的。
P:（二）乙方远程维护须经甲方书面审批并在甲方监督下进行，不得更改或删除任何审计追踪记录；乙方应确保交付软件无后门及恶意代码。因乙方原因造成数据丢失、篡改或泄露的，乙方应立即通知甲方、协助恢复并赔偿甲方全部损失。
H:九、知识产权
P:（一）为本项目编写的PLC程序、组态画面、配方模板及验证文件的知识产权归甲方所有，乙方应移交源程序。
P:（二）审计追踪软件的原有知识产权属于其权利人，甲方获得永久使用许可。
H:十、分包
P:乙方不得将本合同项下工作转包；确需将电气安装部分分包的，须事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（三）乙方交付的设备或软件经整改后仍不能通过验收的，甲方有权要求乙方更换或退货，乙方应返还已收款项并承担甲方因此增加的停产损失和验证费用。
H:十二、合同解除
P:乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方返还已付款项、赔偿损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交苏州仲裁委员会仲裁。
H:十四、其他
P:本合同附件包括技术协议、用户需求说明及设备清单。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:因不可抗力导致不能按期履行的，受影响一方应及时书面通知对方并提供证明，双方协商调整工期。本合同的变更须以书面形式作出并经双方签字盖章。
P:甲方：华岭药业股份有限公司（盖章）        乙方：苏州恒澄自动化工程有限公司（盖章）
P:授权代表：                                授权代表：
P:日期：                                    日期：
"""

H409Z03 = """明视眼镜连锁门店验光档案及会员管理SaaS服务合同

合同编号：MSYJ-IT-2026-008
甲方（客户）：明视眼镜连锁有限公司
地址：南京市秦淮区中山南路218号
乙方（服务商）：杭州瞳云信息技术有限公司
地址：杭州市滨江区江南大道3688号

鉴于甲方经营40家眼镜零售门店，需要统一的验光档案、配镜订单和会员管理系统；乙方提供“瞳云”眼镜零售SaaS服务。双方根据《中华人民共和国民法典》《中华人民共和国个人信息保护法》，就甲方订阅乙方SaaS服务及相关实施事宜，订立本合同。

1. 服务内容
1.1 乙方向甲方40家门店及总部开通瞳云SaaS服务，包括验光档案管理、配镜订单、镜片库存、会员积分与储值、复查提醒、总部经营报表模块。
1.2 乙方负责实施服务：迁移甲方现有约18万份验光档案和9.6万名会员数据，完成与甲方POS收银系统及微信小程序的接口开发，培训门店验光师和店员。
1.3 服务期为两个服务年度，自2026年3月1日起至2028年2月29日止。
1.4 乙方应为甲方指定专属客户经理和实施顾问，负责需求对接、上线培训及日常使用问题的解答。
1.5 服务期内乙方对SaaS平台的功能升级免费提供给甲方，升级不得减少甲方已订阅的功能，重大升级应提前十日通知甲方。

2. 费用
2.1 本合同总价为人民币柒拾伍万元整（¥750,000），明细如下：
（1）门店订阅费：40家×每店每服务年度¥6,800×2个服务年度＝¥544,000；
（2）总部管理端订阅费：每服务年度¥36,000×2个服务年度＝¥72,000；
（3）实施及数据迁移费（一次性）：¥86,000；
（4）POS及小程序接口开发费（一次性）：¥48,000。
2.2 订阅费按季度结算，甲方在每个季度结束后十五个工作日内支付该季度订阅费。
2.3 实施及数据迁移费、接口开发费在上线验收合格后十个工作日内一次付清。
2.4 新增门店按每店每服务年度¥6,800按月折算计费。
2.5 甲方关闭门店的，自关闭次月起停止计收该门店订阅费，但甲方应提前三十日书面通知乙方。
2.6 乙方应在收款前开具合法有效的增值税专用发票。

3. 上线与验收
3.1 乙方应在2026年4月15日前完成全部门店上线。
3.2 上线验收标准：历史验光档案和会员数据全部迁移，抽查500份档案与原始记录一致；POS交易与会员积分实时同步；各门店开单、查询档案的页面响应时间不超过2秒；门店人员培训考核完成。
3.3 甲方在收到验收申请后七个工作日内组织验收并出具书面意见。门店开始使用不视为验收合格。
3.4 乙方未按期完成上线的，每逾期一日按合同总价的万分之八向甲方支付违约金。
3.5 甲方应按约定提供历史数据导出文件、门店网络环境和配合人员；因甲方原因导致的延误，上线日期相应顺延。

4. 服务水平
4.1 乙方保证SaaS服务的月度可用率不低于99.5%，计划内维护应安排在每日22:00至次日7:00之间并提前通知甲方，计划内维护不计入不可用时间。
4.2 故障响应：一级故障（全部或多家门店无法开单、查询档案）30分钟内响应，3小时内恢复；二级故障2小时内响应；三级故障下一个工作日内处理。
4.3 月度可用率低于承诺值的，每低0.1个百分点，乙方按当月订阅费的5%给予服务抵扣，单月抵扣不超过当月订阅费的50%；一级故障响应超时的，每次抵扣¥1,000。
4.4 乙方每月5日前向甲方提供上月服务报告，内容包括可用率、故障记录、处理时长和服务抵扣金额。甲方对报告内容有异议的，双方应在十个工作日内核对确认。

5. 数据权属与使用
5.1 甲方录入或迁移至系统中的顾客验光数据、会员信息和交易记录属于甲方所有。
5.2 甲方同意，乙方可以对系统中的验光数据进行去标识化处理后，用于乙方的行业统计分析和产品功能改进，处理结果归乙方所有，但不得识别到具体顾客。
5.3 合同终止后三十日内，乙方应按甲方要求将全部数据以通用格式导出交付甲方，并在甲方确认后删除系统中的甲方数据。
5.4 服务期内，甲方可随时通过管理端导出验光档案、会员和订单数据，乙方不得设置技术障碍或另行收费。

6. 数据安全与个人信息保护
6.1 顾客验光数据属于个人信息，乙方应按照法律规定和甲方指示处理，采取加密存储和传输、访问控制、操作日志、数据备份等安全措施，数据存储于中国境内。
6.2 发生或可能发生个人信息泄露、篡改、丢失的，乙方应在2小时内通知甲方，配合甲方履行报告和通知义务；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此承担的行政罚款和对顾客的赔偿。

7. 知识产权
7.1 瞳云SaaS平台的知识产权属于乙方。
7.2 为甲方开发的POS及小程序接口程序、定制报表的知识产权归甲方所有，乙方应交付源代码。
7.3 乙方保证其提供的SaaS服务不侵犯任何第三方的知识产权；如甲方因使用本服务被第三方主张侵权，由乙方负责处理并承担由此产生的全部费用和赔偿。

8. 保密
双方对因本合同获知的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后继续有效。

9. 分包
乙方不得将本合同项下的实施服务分包给第三方，经甲方书面同意的除外。

10. 续期
10.1 服务期满前三十日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，续期可以连续发生。
10.2 续期时乙方有权按其当期公布的价目表调整订阅单价，调整幅度不超过上一服务年度单价的8%，乙方应在续期前通知甲方。

11. 违约与解除
11.1 乙方严重违反本合同约定，或月度可用率连续两个月低于承诺值的，甲方有权书面通知解除本合同，乙方应退还已付未使用期间的费用。
11.2 甲方逾期付款超过三十日的，乙方可暂停部分服务，但应提前五个工作日书面通知。
11.3 合同因乙方原因解除的，乙方应继续提供不少于六十日的过渡服务，配合甲方完成数据迁移，过渡期内不得降低服务水平，过渡期费用由乙方承担。

12. 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，提交杭州仲裁委员会仲裁。

13. 其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
因不可抗力导致服务中断的，乙方应及时通知甲方并尽力恢复服务，不可抗力期间不计入不可用时间，但乙方应提供事件说明。本合同的任何变更须经双方书面确认。

甲方：明视眼镜连锁有限公司（盖章）            乙方：杭州瞳云信息技术有限公司（盖章）
授权代表：                                  授权代表：
日期：                                      日期：
"""

H409Z04 = """江岸市公证处公证业务系统年度运维服务合同

项目名称：江岸市公证处公证业务系统2026年度运维服务
采购方式：竞争性磋商
合同编号：JAGZ-CG-2026-05
甲方（采购人）：江岸市公证处
乙方（成交供应商）：武汉律信软件有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就公证业务系统年度运维服务订立本合同。

一、服务内容
（1）运维对象：公证业务办理系统、电子卷宗系统、在线公证服务平台、公证数据共享接口及其所依赖的服务器、数据库和中间件。
（2）服务内容：日常巡检与监控、故障处理、系统补丁与版本维护、数据库维护、数据备份与恢复演练、安全加固、等级保护测评配合、业务高峰期保障及用户技术支持。
（3）乙方派驻1名运维工程师常驻甲方办公场所，工作日8:30至17:30在岗，其他时间电话值守。
（4）服务期自2026年1月1日起至2026年12月31日止。
（5）乙方应建立运维服务台，提供7×24小时电话值守，重要节假日及公证业务高峰期安排专人现场保障。
（6）乙方派驻工程师应具备数据库和中间件运维经验，持有相关认证，并接受甲方的考勤和工作管理；更换驻场人员须提前十五日征得甲方同意，并完成工作交接。
（7）乙方应在服务开始后二十日内完成系统现状调研，提交运维服务方案、应急预案和资产清单，经甲方确认后执行；服务期内资产或架构发生变化的，应及时更新。
（8）乙方应保证每日对数据库备份结果进行检查，每周对异地备份数据进行完整性校验，每季度至少进行一次完整恢复演练并形成记录。

二、服务费用
（1）本合同总价为人民币伍拾肆万陆仟元整（¥546,000），包含人员、工具、差旅、税费等全部费用。明细如下：
序号  项目  单价  数量  金额（元）
1  系统运维服务  每季度¥79,500  4个季度  318,000
2  驻场工程师  每季度¥42,000  4个季度  168,000
3  安全加固及等保测评配合（一次性）  ¥36,000  1项  36,000
4  异地数据备份存储  每季度¥6,000  4个季度  24,000
合计        546,000
（2）服务费按季度结算。每季度结束后，甲方依据季度考核结果在十五个工作日内支付该季度费用；安全加固费用在该项工作验收合格后支付。本合同不设预付款。

三、服务水平
（1）公证业务办理系统和在线公证服务平台的月度可用率不低于99.95%（计划内维护除外，计划内维护须在非工作时间进行并提前三个工作日报甲方同意）。
（2）故障分级与响应：一级故障（系统整体不可用、无法出具公证书）15分钟内响应，1小时内到场，3小时内恢复；二级故障（部分功能不可用）30分钟内响应，8小时内解决；三级故障1个工作日内解决。
（3）每月5日前提交上月运维报告，每季度进行一次数据恢复演练。
（4）服务水平未达标的扣减：一级故障响应或恢复超时的，每次扣减¥2,000；月度可用率每低于承诺值0.01个百分点，扣减当季系统运维服务费的1%；驻场工程师无故缺勤的，每人日扣减¥800。扣减款从当季服务费中抵扣。
（5）运维报告应包括系统运行情况、故障及处理记录、补丁和变更记录、备份检查结果、安全事件和改进建议；重大变更应事先提交方案，经甲方批准后在非工作时间实施。

四、考核与验收
（1）甲方按季度对乙方进行考核，考核指标包括故障响应及恢复时限、可用率、巡检和报告提交、备份演练完成情况和用户满意度。
（2）安全加固工作的验收标准：高危、中危漏洞全部修复，经第三方复测通过，等保测评中与运维相关的问题项全部整改关闭。
（3）服务期满时，甲方组织年度验收，以四个季度考核结果、全部运维文档和账号移交情况为依据。季度付款不视为年度验收合格。
（4）季度考核满分一百分，得分九十分以上为合格；得分低于九十分的，乙方应提交整改报告并在下一季度内完成整改。

五、数据安全
（1）系统中的公证档案、当事人身份信息、电子卷宗及日志均属于甲方所有，乙方仅可在履行本合同所必需的范围内接触，不得复制、下载、留存或用于其他任何目的。
（2）乙方人员须通过甲方指定的运维审计系统操作，使用实名账号，高危操作须经甲方审批；严禁将数据存储于个人设备或互联网服务。
（3）发生数据泄露、丢失、篡改等安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，由乙方承担全部赔偿责任，包括甲方因此承担的行政处罚及对当事人的赔偿。

六、保密
乙方及其人员对在服务中知悉的公证事项、当事人信息和甲方工作秘密负有保密义务，应签署保密承诺书；保密义务不因合同终止而终止。

七、知识产权
乙方在服务期内形成的运维脚本、配置文档、巡检报告和应急预案归甲方所有，甲方可自由使用和修改。

八、分包
本项目不得转包或分包。

九、违约责任
（1）乙方未在合同约定日期（2026年1月10日）前派驻工程师到岗，或未在2026年3月31日前完成安全加固的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（2）甲方逾期付款的，按逾期金额每日万分之二支付违约金。
（3）乙方违反本合同第五条、第六条约定的，除赔偿甲方损失外，甲方有权要求乙方更换相关人员，并视情节在当季服务费中扣减¥5,000至¥20,000。
（4）乙方派驻工程师未经甲方同意擅自离岗超过三个工作日的，视为乙方违约，甲方可要求乙方在五个工作日内另派符合要求的人员。
（5）乙方因自身原因导致一级故障在恢复时限内未能恢复、影响公证业务正常办理的，每次应按当季系统运维服务费的2%向甲方支付违约金，并提交书面原因分析和整改措施。

十、合同解除
乙方出现重大违约，或连续两个季度考核不合格的，甲方有权书面通知解除合同，并按实际服务期间结算费用。

十一、合同期限
服务期满本合同即终止，不自动续期。甲方如需继续采购，按政府采购规定另行组织。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

十三、不可抗力
因不可抗力导致不能履行合同的，受影响一方应及时通知对方并提供证明，双方根据影响程度协商减免责任；不可抗力消除后，乙方应立即恢复服务。

十四、其他
竞争性磋商文件、响应文件及成交通知书为本合同组成部分。本合同一式四份，甲乙双方各执两份。服务期满或合同解除时，乙方应移交全部系统账号、密码、运维文档和配置资料，并配合甲方或新的服务商完成交接，交接期不少于十五日。

甲方：江岸市公证处（盖章）                  乙方：武汉律信软件有限公司（盖章）
负责人或授权代表：                          法定代表人或授权代表：
签订日期：2026年  月  日
"""

H409Z05 = """# 智维EAM设备维护管理系统软件许可及实施合同

> 长沙智维设备云科技有限公司标准合同文本 V4.0

合同编号：ZW-EAM-2026-061

甲方（用户）：湘味源食品有限公司

乙方（软件方）：长沙智维设备云科技有限公司

甲方为辣条（调味面制品）生产企业，拥有挤压成型、蒸煮、拌料、包装等生产线。为提高设备点检、维修和备件管理水平，甲方决定采购乙方智维EAM设备维护管理系统。双方在平等自愿的基础上，达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方提供智维EAM设备维护管理系统V6的永久使用许可（200个并发用户），部署于甲方服务器。

1.2 乙方根据甲方需求进行定制开发，包括：挤压机、蒸煮线、拌料线的点检与润滑模板，移动端扫码报修，备件库存预警，以及与甲方MES系统的工单和停机数据对接。

1.3 乙方负责系统安装部署、基础数据初始化和用户培训。

1.4 系统运行所需的服务器、数据库、操作系统、移动终端及网络环境由甲方自行采购并负责维护，其配置应满足乙方提供的环境要求说明。

## 第二条 合同金额

合同总价为人民币捌拾陆万元整（¥860,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智维EAM软件永久许可（200并发用户） | 680,000 |
| 2 | 定制开发（点检模板、移动端、MES对接） | 118,000 |
| 3 | 实施部署及培训 | 62,000 |
| | 合计 | 860,000 |

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总价的50%，即¥430,000，乙方收款后启动项目。

3.2 系统上线后五个工作日内，甲方支付合同总价的50%，即¥430,000。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方有权暂停实施或服务。

3.4 乙方在收到每笔款项前向甲方开具等额增值税专用发票。甲方未按期支付首期款的，乙方的实施期限相应顺延。

## 第四条 实施与交付

4.1 乙方在收到首期款后七十五日内完成系统部署、定制开发和上线。

4.2 因甲方未及时提供设备台账、场地、网络或人员配合造成的延误，实施期限相应顺延。

4.4 乙方将按项目计划分阶段完成需求调研、系统配置、定制开发、数据导入、用户培训和上线切换，并在每个阶段结束时向甲方提交阶段工作确认单，甲方应在三个工作日内签字确认。

4.3 乙方逾期上线的，每逾期一日按合同总价的万分之二向甲方支付违约金。

## 第五条 验收

5.1 系统安装完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后提出的功能调整需求，乙方将评估后另行报价。

5.3 上线前乙方将组织甲方关键用户进行系统操作演示，甲方应派员参加并在演示记录上签字。

## 第六条 免费维护

6.1 自系统上线之日起，乙方提供六个月的免费维护，包括缺陷修复、远程技术支持和补丁更新。

6.2 故障响应：一级故障（系统无法登录或工单无法流转）乙方在接到甲方报告后8小时内响应；其他故障在2个工作日内响应。

6.4 因甲方擅自修改系统配置、数据库或使用非乙方认可的第三方软件导致的故障，不属于免费维护范围，乙方可按人天单价¥2,800另行收费。

6.3 上述响应时间为乙方的服务目标，乙方不因响应超时或故障处理时间承担扣款、赔偿或违约金。

6.5 免费维护期内，乙方每季度对系统进行一次远程健康检查，并向甲方提供检查报告和优化建议。

## 第七条 年度维护服务

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的25%，即每年¥170,000，在每个维护服务年度开始前支付。

7.2 年度维护服务包括版本升级、远程支持和每服务年度两次现场巡检。未购买年度维护服务的，乙方不再提供任何升级和支持。

7.3 年度维护期间，甲方如需乙方派员现场服务超过约定次数的，按人天单价¥2,800另行结算，差旅费用由甲方承担。

## 第八条 知识产权

8.1 智维EAM软件及其全部版本的知识产权归乙方所有。

8.3 甲方不得将乙方软件用于甲方以外的关联企业或工厂；如需扩展至其他工厂使用，应另行购买许可。

8.2 乙方为甲方定制开发的模板、移动端功能、接口程序及相关源代码的知识产权归乙方所有，甲方在本合同许可范围内享有非独占的使用权，不得修改、复制或提供给第三方。

## 第九条 数据

9.1 甲方在系统中录入的设备台账、维修记录、备件数据归甲方所有，乙方不得用于本合同以外的目的。

9.2 乙方远程维护时应遵守甲方的网络安全管理制度，采取访问控制和日志审计措施；因乙方原因导致甲方数据泄露或丢失的，乙方承担赔偿责任。

9.3 甲方应自行做好系统数据的日常备份。合同终止后，乙方应配合甲方将系统数据导出为通用格式。

## 第十条 保密

双方对在合作中获知的对方技术信息、经营信息负有保密义务，未经对方书面同意不得向第三方披露。

## 第十一条 责任限制

11.1 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的20%为限。

11.2 乙方不对甲方的间接损失、停产损失、利润损失承担责任。

11.3 因甲方提供的数据不准确、操作不当或第三方系统故障造成的损失，乙方不承担责任。

## 第十二条 合同解除

一方严重违约，经守约方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同。

## 第十三条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十四条 甲方义务

14.1 甲方应指定项目负责人，协调生产、设备、仓储等部门配合乙方完成需求调研和数据准备，并按乙方要求提供设备台账、备件编码和维修历史数据。

14.2 甲方应妥善保管系统账号和授权文件，不得对软件进行反向工程、反编译，不得超出许可用户数使用软件。

## 第十五条 不可抗力

因地震、洪水、疫情、政府行为等不可抗力导致一方不能履行合同的，该方应及时通知对方并提供证明，根据不可抗力的影响部分或全部免除责任，履行期限相应顺延。

## 第十六条 通知

双方的通知应以书面形式发送至本合同首部所列地址或双方确认的电子邮箱，电子邮件发出即视为送达。任何一方变更联系地址或联系人的，应在变更后五个工作日内书面通知对方。

## 第十七条 其他

本合同自双方签字盖章之日起生效，一式两份，双方各执一份。本合同未尽事宜，以乙方官网公布的《智维软件服务条款》为准。

甲方（盖章）：湘味源食品有限公司

乙方（盖章）：长沙智维设备云科技有限公司

授权代表：

日期：
"""

H409E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. APS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Aveiro Planning Systems, Lda., a company incorporated in Portugal with its registered office at Rua Engenheiro Von Haffe 41, 3800-177 Aveiro, Portugal (the "Licensor"); and
P:(2) Foshan Meilan Ceramics Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 8 Jihua Road, Chancheng District, Foshan, Guangdong (the "Customer").
P:Recitals: (A) The Licensor develops and licenses KilnPlan, an advanced planning and scheduling software for ceramic tile and sanitary ware manufacturers. (B) The Customer operates four tile production lines and two glazing lines in Foshan and wishes to acquire perpetual licences of KilnPlan together with configuration, interfaces to its ERP system, implementation and support services. (C) At the Customer's request all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the KilnPlan server and planner modules in the version current at signature, including updates provided under this Agreement.
P:1.2 "Deliverables" means the line and kiln models, glaze recipe configuration, ERP and MES interface programs, custom reports and related documentation prepared by the Licensor for the Customer.
P:1.3 "Provisional Acceptance" and "Final Acceptance" have the meanings given in Article 5.
P:1.4 "Customer Data" means all production orders, recipes, capacity data, schedules and other data entered into or generated by the Software for the Customer.
H:Article 2 Licence and Scope
P:2.1 The Licensor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the Customer's own manufacturing operations in mainland China, for one server environment, one test environment and the number of named planner users set out in Article 3.
P:2.2 The Licensor shall provide the services described in Annex 1: process modelling of the four tile lines and two glazing lines, configuration of scheduling rules, development of interfaces to the Customer's ERP (order intake and material availability) and MES (work order release and actual output), data migration of open orders, testing, go-live support and training for planners and key users.
P:2.3 The Customer may make backup copies of the Software and may permit its contractors to use the Software on the Customer's behalf.
H:Article 3 Prices
P:3.1 The total Contract Price is CNY 970,000, fixed and inclusive of all taxes, travel and expenses. It is made up as follows:
P:(a) KilnPlan server licence (perpetual): CNY 420,000;
P:(b) KilnPlan named planner user licences (perpetual), 25 users at CNY 9,600 each: CNY 240,000;
P:Licence subtotal (a) + (b): CNY 660,000;
P:(c) configuration, line modelling and ERP/MES interface development: CNY 214,000;
P:(d) implementation, data migration and training: CNY 96,000.
P:3.2 Additional named users may be ordered during the warranty period at CNY 9,600 each.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 194,000) within fifteen days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 436,500) within fifteen days after Provisional Acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 339,500) within fifteen days after Final Acceptance.
P:4.4 Payments shall be made by bank transfer to the Licensor's account stated on the invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Licensor shall deliver the Software within twenty days after signature and shall complete configuration, interfaces and testing so that the system is ready for Provisional Acceptance within one hundred and ten days after signature.
P:5.2 Provisional Acceptance tests shall show that: (a) every function in the agreed functional specification works as described; (b) a full schedule for all six lines over a horizon of eight weeks is calculated in less than ten minutes; (c) orders and material availability are received from the ERP and work orders are released to the MES without error on a sample of three hundred orders; and (d) the schedules respect kiln changeover and glaze compatibility rules on the agreed test cases.
P:5.3 Final Acceptance takes place after a productive run of sixty days in which no Priority 1 defect remains open and schedule adherence reports are generated correctly each week. The Customer shall sign an acceptance certificate within ten days after the criteria are met or state in writing the defects that prevent acceptance.
P:5.4 Installation, go-live, productive use or any payment shall not in itself constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Licensor warrants that the Software and Deliverables will perform in accordance with the functional specification for eighteen months from Final Acceptance (the "Warranty Period"). During the Warranty Period, the Licensor shall correct defects and provide updates, remote support and on-site support free of charge.
P:6.2 Defects are classified as Priority 1 (planning cannot be run or schedules cannot be released to production), Priority 2 (a major function is impaired with a workaround) and Priority 3 (other defects). The Licensor shall respond to Priority 1 defects within one hour at any time of day or night and provide a workaround within eight hours; Priority 2 within eight business hours; Priority 3 within three business days.
P:6.3 If the Licensor misses a Priority 1 response or workaround time, it shall credit the Customer CNY 1,000 for each hour of delay, deducted from the next payment or support invoice.
P:6.4 After the Warranty Period, the Customer may order annual support. The annual support fee shall be 11% of the Licence subtotal, namely CNY 72,600 per support year, and shall not be increased during the first three support years. Support includes updates, new releases and the response times of Article 6.2.
H:Article 7 Intellectual Property
P:7.1 The Software and all pre-existing materials of the Licensor remain the property of the Licensor and are licensed under Article 2.
P:7.2 All intellectual property in the Deliverables, including the source code of the interface programs, belongs to the Customer upon creation. The Customer may use, modify and license the Deliverables freely. The Licensor shall hand over the source code and documentation at Final Acceptance.
H:Article 8 Data Protection and Security
P:8.1 Customer Data belongs to the Customer. The Licensor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose.
P:8.2 The Software is installed on the Customer's servers in Foshan. The Licensor shall access the Customer's systems only through the remote access channel approved by the Customer, using named accounts, and shall keep logs of all access. Customer Data shall not be copied or transferred outside the Customer's systems without the Customer's prior written approval.
P:8.3 The Licensor shall notify the Customer within six hours of any actual or suspected unauthorised access to or loss of Customer Data, cooperate in the investigation and remedy, and shall be liable for all losses caused by a breach of this Article by the Licensor or its personnel.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public technical and commercial information received from the other party, including production recipes, capacity and customer order information, and shall not disclose it to any third party without prior written consent. This obligation survives termination of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the system is not ready for Provisional Acceptance by the date set in Article 5.1 for reasons attributable to the Licensor, the Licensor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 The Licensor's total liability under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement of third-party rights or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:The Licensor shall not subcontract any part of the services without the Customer's prior written consent. The Licensor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving written notice of the breach.
P:12.2 If the Customer terminates under Article 12.1 before Final Acceptance, the Licensor shall refund the payments received, less the licence fees for the Software the Customer elects to keep.
H:Article 13 Force Majeure
P:Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Portugal.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the rules of the Arbitration Centre of the Portuguese Chamber of Commerce and Industry, seated in Lisbon, in the English language.
H:Article 15 General
P:This Agreement, together with Annex 1 (Services and Functional Specification) and Annex 2 (Project Plan), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties. This Agreement is made in two originals in English, one for each party.
P:Signed for Aveiro Planning Systems, Lda.: ____________________  Name and title: ____________________  Date: __________
P:Signed for Foshan Meilan Ceramics Co., Ltd.: ____________________  Name and title: ____________________  Date: __________
"""

H409E02 = """# ORDER FORM No. AC-2026-0417

**Aegean Cloudworks S.A.** — ShiftBoard Workforce Scheduling Service

This Order Form is entered into between Aegean Cloudworks S.A., 26 Tsimiski Street, 546 24 Thessaloniki, Greece ("Provider"), and Chengdu Maiyu Bakery Co., Ltd., 77 Kehua North Road, Wuhou District, Chengdu, Sichuan ("Customer"). It incorporates the General Terms set out below. Where this Order Form and the General Terms differ, this Order Form prevails.

Background: the Customer operates sixty bakery cafés in Chengdu and Chongqing and wishes to plan staff shifts, attendance and labour costs through the Provider's ShiftBoard software-as-a-service platform. The Provider hosts the platform for Chinese customers on cloud infrastructure located in mainland China. All fees are in Chinese Yuan (CNY).

## Section 1 Order Details

1.1 **Subscription Term:** from 1 May 2026 to 30 April 2028, consisting of two Subscription Years (1 May 2026 to 30 April 2027 and 1 May 2027 to 30 April 2028).

1.2 **Services ordered:**

| Item | Description | Quantity | Unit fee (CNY) | Total over the term (CNY) |
|---|---|---|---|---|
| 1 | ShiftBoard Store subscription (scheduling, attendance, mobile app) | 60 stores | 4,200 per store per Subscription Year | 504,000 |
| 2 | HQ Labour Analytics module | 1 | 48,000 per Subscription Year | 96,000 |
| 3 | Onboarding: store set-up, import of 1,150 employee records, attendance device integration, training (one-time) | 1 | 60,000 | 60,000 |
| | **Total Order Value** | | | **660,000** |

1.3 **Invoicing and payment:** subscription fees are invoiced quarterly in arrears, at the end of each calendar quarter, for the stores active in that quarter. The onboarding fee is invoiced after Onboarding Acceptance under Section 3.2. The Customer pays each undisputed invoice within thirty days of receipt. No advance payment is required.

1.4 **Additional stores:** may be added at CNY 4,200 per store per Subscription Year, pro rata by month.

1.5 **Renewal:** this Order Form does not renew automatically. Any renewal requires a new order signed by both parties.

# GENERAL TERMS

## Section 2 The Service

2.1 The Provider shall make ShiftBoard available to the Customer's authorised users for the Subscription Term in accordance with the documentation and the service levels in Section 4.

2.2 The Customer shall use the service only for its own business and is responsible for the accuracy of the data its users enter.

2.3 The Provider may improve the service from time to time, provided that the functionality ordered is not materially reduced.

2.4 The Provider shall provide a Chinese-language user interface and mobile app for store managers and employees, online help, and a named customer success manager who holds a review meeting with the Customer each quarter.

2.5 The Customer is responsible for its users' credentials, for the attendance devices installed in its stores and for the internet connections of its stores. The Customer shall notify the Provider promptly of any unauthorised use of an account.

## Section 3 Onboarding and Acceptance

3.1 The Provider shall complete onboarding by 15 June 2026. Onboarding covers configuration of all sixty stores, import of employee master data and contracted hours, connection of the attendance devices in each store and training of store managers and the HQ human resources team.

3.2 Onboarding Acceptance is given when: (a) all sixty stores can publish weekly schedules in the system; (b) the imported employee records match the Customer's source list without error on a sample of two hundred records; (c) clock-in data from every store's attendance device arrive in ShiftBoard within five minutes; and (d) the labour cost report for a test week reconciles with the Customer's payroll figures. The Customer confirms acceptance in writing within five business days after the Provider shows that the criteria are met. Use of the service before then is not acceptance.

3.3 If onboarding is not accepted by the date in Section 3.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay.

## Section 4 Service Levels

4.1 The Provider shall make the service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least three days in advance and carried out between 01:00 and 05:00 China Standard Time.

4.2 Incident response: Priority 1 (service unavailable, or schedules cannot be published for several stores): response within one hour and restoration within six hours; Priority 2 (a major function impaired): response within two business hours; Priority 3: next business day.

4.3 Service credits: for each 0.1 percentage point, or part of it, by which monthly availability falls below the commitment, the Provider shall credit 5% of that month's subscription fees; for each Priority 1 response missed, a further credit of CNY 800. Credits are deducted from the next invoice.

## Section 5 Customer Data

5.1 All employee, schedule, attendance and payroll data entered into the service by or for the Customer ("Customer Data") belong to the Customer.

5.2 The Customer grants the Provider a licence to use Customer Data to provide the service. The Customer further agrees that the Provider may compile aggregated and anonymised statistics from Customer Data and may use them to improve its products and to publish industry labour benchmarks, provided that neither the Customer nor any individual can be identified.

5.3 At the end of the Subscription Term, the Provider shall make Customer Data available for export for thirty days and shall then delete it and confirm the deletion in writing.

5.4 During the Subscription Term the Customer may export its schedules, attendance records and reports at any time in CSV or Excel format without additional charge.

## Section 6 Data Security

6.1 The Provider shall store Customer Data in mainland China, protect it with encryption in transit and at rest, role-based access control and audit logging, and keep daily backups. Personal information shall be processed in accordance with the Personal Information Protection Law of the PRC and the Customer's instructions.

6.2 The Provider shall notify the Customer within twelve hours of any security incident affecting Customer Data, take immediate remedial action and be responsible for all losses, fines and claims resulting from an incident caused by the Provider or its sub-processors.

## Section 7 Confidentiality

Each party shall keep the other party's confidential information secret, use it only for the purposes of this Order Form and disclose it only to its employees and advisers who need to know it and are bound by similar obligations. This Section survives the end of the Subscription Term.

## Section 8 Intellectual Property

8.1 The Provider retains all rights in the ShiftBoard platform and its documentation.

8.2 The attendance device connectors, custom report templates and configuration prepared specifically for the Customer belong to the Customer, which may use and modify them freely.

## Section 9 Sub-processors

The Provider uses the hosting provider named in the Annex. The Provider shall not engage any other sub-processor or subcontractor for the service without the Customer's prior written consent.

## Section 10 Liability

10.1 Neither party is liable for indirect or consequential loss or loss of profit.

10.2 Each party's total liability arising out of or in connection with this Order Form is limited to the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim. The limit does not apply to breach of Section 6 or Section 7 or to wilful misconduct.

## Section 11 Term and Termination

11.1 This Order Form runs for the Subscription Term. The Customer may reduce the number of stores at the start of the second Subscription Year by written notice given at least thirty days in advance, in which case the subscription fees are reduced accordingly and the Total Order Value is adjusted.

11.2 Either party may terminate by written notice if the other party materially breaches this Order Form and does not cure the breach within thirty days of written notice. If the Customer terminates for the Provider's breach, the Provider shall refund any fees paid for the period after termination.

## Section 12 Governing Law and Disputes

At the Customer's request, this Order Form is governed by the laws of the People's Republic of China. Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Chengdu.

## Section 13 General

Notices shall be in writing in English or Chinese. Neither party may assign this Order Form without the other party's consent, except to an affiliate. This Order Form may be signed electronically.

Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or failure of public networks, provided that it informs the other party promptly and takes reasonable steps to limit the effect. Service credits do not apply to unavailability caused by such events. If an event of this kind prevents the service for more than thirty consecutive days, either party may terminate this Order Form by written notice, and the Provider shall refund prepaid fees, if any, for the remaining period.

**Aegean Cloudworks S.A.** — Signature: ______________ Name: ______________ Title: ______________ Date: ________

**Chengdu Maiyu Bakery Co., Ltd.** — Signature: ______________ Name: ______________ Title: ______________ Date: ________
"""

H409E03 = """
T:PURCHASE CONTRACT FOR COLD STORE TEMPERATURE MONITORING SENSORS
P:Contract No. BHCC-PUR-2026-0093
P:Buyer: Qingdao Beihai Cold Chain Logistics Co., Ltd., 19 Haixi Road, Huangdao District, Qingdao, Shandong, PRC (the "Buyer").
P:Supplier: Valletta Sensing Ltd., Triq il-Kummerc, Mosta Technopark, Mosta MST 3000, Malta (the "Supplier").
P:Whereas the Buyer operates a cold store site in Huangdao with eighteen cold rooms, four blast freezers and a loading dock, and must keep continuous temperature records for food and pharmaceutical customers; and whereas the Supplier manufactures wireless temperature and humidity sensors and monitoring software and has offered to supply, install and commission a complete monitoring system for the site; the parties agree as follows.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 2. "Software" means the ColdWatch monitoring software licensed under clause 9. "System" means the Equipment and Software installed and configured at the site.
P:1.2 The Supplier shall supply the Equipment, license the Software, install and configure the System at the Buyer's site, calibrate the sensors, integrate alarms with the Buyer's duty phone system, train the Buyer's staff and provide warranty and support services under this Contract.
H:2. Contract Price
P:2.1 The Contract Price is CNY 760,000, fixed, including delivery to the site (DAP Qingdao), customs duties, import VAT, installation, calibration and all services under this Contract. The price is broken down in the table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature/humidity sensor, -40 to +60 °C, IP67|420|680|285,600
TB:2|LoRaWAN gateway with 4G backhaul|12|9,800|117,600
TB:3|Door-open sensor|160|420|67,200
TB:4|ColdWatch monitoring software, perpetual site licence|1|168,000|168,000
TB:|Equipment and Software subtotal|||638,400
TB:5|Installation and commissioning|1|74,600|74,600
TB:6|Calibration with CNAS-accredited certificates|1|38,000|38,000
TB:7|Training|1|9,000|9,000
TB:|Total Contract Price|||760,000
H:3. Payment
P:3.1 Within twenty days after signature, and against a bank advance payment guarantee of the same amount issued by a bank in mainland China, the Buyer shall pay 10% of the Contract Price (CNY 76,000).
P:3.2 Within twenty days after delivery of all Equipment to the site and the Buyer's signature of the delivery note, the Buyer shall pay 55% of the Contract Price (CNY 418,000). Signature of the delivery note confirms quantity only and is not acceptance.
P:3.3 Within twenty days after Final Acceptance, the Buyer shall pay the remaining 35% of the Contract Price (CNY 266,000).
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the site within sixty days after signature and complete installation and commissioning within thirty days after delivery.
P:4.2 Installation in operating cold rooms shall follow the Buyer's site safety and hygiene rules and be coordinated with the Buyer's operations manager so that goods are not exposed to temperature excursions.
P:4.3 The Supplier shall deliver with the Equipment the packing lists, certificates of origin, factory test reports, user and maintenance manuals in Chinese and English, and the Software installation media and licence keys.
P:4.4 Risk in the Equipment passes to the Buyer on delivery to the site; title passes on payment under clause 3.2. The Supplier shall insure the Equipment until delivery.
P:4.5 The Supplier shall train up to twelve of the Buyer's staff on site in two sessions covering sensor replacement, alarm handling, reports and basic troubleshooting, and shall provide training records.
H:5. Acceptance
P:5.1 Final Acceptance tests shall be carried out jointly after commissioning and shall show that: (a) every sensor reports to the Software at the configured interval of one minute with data loss below 0.1% over a continuous test run of fourteen days; (b) every sensor's calibration error is within ±0.3 °C against a reference thermometer at three test points; (c) temperature alarms reach the duty phone system within sixty seconds; (d) records and audit trails meet the Buyer's GSP record requirements; and (e) all documentation, calibration certificates and training have been delivered.
P:5.2 The Buyer shall sign the Final Acceptance certificate within five working days after the criteria are met. Installation, use of the System or any payment does not in itself mean acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the Equipment and Software for thirty-six months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace defective Equipment, provide Software updates and recalibrate all sensors once in each contract year, free of charge.
P:6.2 Faults are classified as Priority 1 (monitoring of one or more cold rooms or blast freezers is lost, or alarms are not delivered), Priority 2 (a single sensor or report fails) and Priority 3 (other faults). The Supplier shall respond to a Priority 1 fault within thirty minutes at any time and restore monitoring within eight hours, if necessary with spare sensors kept at the site; Priority 2 faults shall be fixed within two working days and Priority 3 faults within five working days.
P:6.3 If the Supplier misses a Priority 1 response or restoration time, it shall pay the Buyer CNY 1,000 for each hour of delay, which the Buyer may deduct from any amount due.
H:7. Support after the Warranty Period
P:7.1 After the Warranty Period the Buyer may order annual support covering the services in clause 6. The annual support fee shall not exceed 8% of the Equipment and Software subtotal, namely CNY 51,072 per year, and is fixed for the first two support years.
P:7.2 The Supplier shall keep spare parts for the Equipment available for at least seven years after Final Acceptance.
P:7.3 Sensor batteries are expected to last at least three years at the configured reporting interval. The Supplier shall offer replacement batteries at its price list in force at signature, which is attached as Annex 3, and shall not charge for replacing batteries that fail within the Warranty Period.
H:8. Delay Damages
P:8.1 If the Supplier fails to deliver the Equipment or to complete commissioning by the dates in clause 4.1, it shall pay delay damages of 0.1% of the Contract Price for each day of delay. Delay damages do not release the Supplier from its obligation to complete the work.
P:8.2 The Buyer's late payment bears interest at the loan prime rate published by the National Interbank Funding Center.
H:9. Intellectual Property
P:9.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software and the firmware in the Equipment at the site.
P:9.2 Dashboards, report templates, alarm rules and the duty-phone interface prepared for the Buyer under this Contract belong to the Buyer, which may use, modify and license them without restriction.
H:10. Data Security
P:10.1 All temperature, humidity, door and alarm records and all site data belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:10.2 The Software runs on the Buyer's own server. Remote access by the Supplier requires the Buyer's approval for each session and shall be logged. The Supplier shall ensure that the Equipment and Software contain no undisclosed remote access functions and shall apply security patches promptly.
P:10.3 The Supplier shall report any data security incident to the Buyer within two hours, take remedial measures and compensate the Buyer for all losses caused by the Supplier's breach of this clause.
H:11. Confidentiality
P:Each party shall keep confidential the other party's technical and commercial information received under this Contract, including the site layout and customer information of the Buyer, and shall not disclose it to any third party without prior written consent. This obligation survives the termination of this Contract.
H:12. Subcontracting
P:The Supplier may engage a local installation contractor only with the Buyer's prior written consent and remains fully responsible for its work.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after written notice, or if delay damages under clause 8.1 have accrued for more than twenty days.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for work not accepted and compensate the Buyer for its losses.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:15. Miscellaneous
P:This Contract is made in English and Chinese, in four originals, two for each party. Annex 1 (Technical Specification) and Annex 2 (Site Plan) form part of this Contract.
P:Neither party is liable for failure to perform caused by force majeure events such as earthquake, flood, epidemic or government action, provided that it notifies the other party within five days and provides evidence. The delivery and commissioning dates shall be extended by the period of the event. If the two language versions differ, the parties shall consult in good faith; the technical annexes prevail on technical matters. Amendments to this Contract shall be made in writing and signed by both parties.
P:For the Buyer: ____________________   For the Supplier: ____________________
P:Name and title: ____________________   Name and title: ____________________
P:Date: __________   Date: __________
"""

H409E04 = """# MANAGED ENDPOINT AND SERVICE DESK AGREEMENT

Agreement reference: AMS-XM-2026-02

**BETWEEN**

Adriatic Managed IT d.o.o., Put Supavla 1, 21000 Split, Croatia (the "Supplier"), acting through its service centre in Split and its partner engineers in Xiamen; and

Xiamen Haitong Freight Forwarding Co., Ltd., 168 Xiangyu Road, Huli District, Xiamen, Fujian, PRC (the "Customer").

**BACKGROUND**

The Customer runs freight forwarding offices in Xiamen, Fuzhou and Quanzhou with about 320 laptops and desktops used by operations, customs and finance staff. It wishes to outsource endpoint management and first and second line IT support. The Supplier provides managed endpoint and service desk services to logistics companies. The Charges are stated in CNY.

## 1. DEFINITIONS

1.1 "Services" means the services described in Schedule 1. "Charges" means the charges in Schedule 2. "Service Levels" means the levels in Schedule 3.

1.2 "Service Start Date" means the date on which the Customer accepts onboarding under clause 4. "Initial Term" means twenty-four months from the Service Start Date.

1.3 "Customer Data" means all data, documents and e-mails stored on the managed endpoints or in the Customer's systems to which the Supplier has access.

## 2. SERVICES

2.1 The Supplier shall provide the Services from the Service Start Date for the Initial Term and any renewal term.

2.2 The Supplier shall perform the Services with skilled personnel, in accordance with good industry practice and the Customer's IT policies notified to it in writing.

2.3 The Customer shall give the Supplier's engineers access to its offices and systems as reasonably needed, and shall name an IT coordinator.

2.4 The Supplier shall appoint a service delivery manager who speaks Chinese and English, is the Customer's main contact, attends the monthly service review and prepares the service report.

2.5 The Supplier's personnel working at the Customer's offices shall follow the Customer's office rules, security and visitor procedures, and shall wear identification. The Customer may ask for the replacement of any engineer on reasonable grounds.

## 3. CHARGES AND PAYMENT

3.1 The Charges for the Initial Term are CNY 980,000, as set out in Schedule 2.

3.2 Monthly Charges are invoiced monthly in arrears. The onboarding charge is invoiced after onboarding acceptance. The Customer shall pay each correct invoice within thirty days.

3.3 Endpoints added or removed during a month are charged pro rata from the following month at the unit rate in Schedule 2.

3.4 The Charges include all travel within Xiamen, Fuzhou and Quanzhou. Hardware, software licences and spare parts bought for the Customer are not included; the Supplier may order them only on the Customer's written purchase order and shall pass them on at cost plus an agreed handling fee.

3.5 Invoices shall be special VAT invoices issued in China by the Supplier's local billing partner named in Schedule 1.

## 4. ONBOARDING AND ACCEPTANCE

4.1 The Supplier shall complete onboarding within forty-five days after signature. Onboarding includes the inventory of all endpoints, installation of the management agent, patching and antivirus baselines, the service desk telephone line and portal, and knowledge transfer from the Customer's current provider.

4.2 Onboarding is accepted when: (a) at least 98% of the endpoints in the inventory report to the management console; (b) all endpoints have the agreed security baseline; (c) the service desk has handled a test week of tickets within the Service Levels; and (d) the runbooks and asset register have been delivered. The Customer shall confirm acceptance in writing within five working days after the Supplier shows that the criteria are met.

4.3 If onboarding is not accepted within the period in clause 4.1 for reasons attributable to the Supplier, the Supplier shall pay CNY 900 for each day of delay.

## 5. SERVICE LEVELS AND SERVICE CREDITS

5.1 The Supplier shall meet the Service Levels in Schedule 3. Performance is reported monthly.

5.2 If a Service Level is missed in a month, the Customer is entitled to the service credit stated in Schedule 3, deducted from the next invoice. Service credits for a month shall not exceed 20% of the Monthly Charges for that month.

5.3 The monthly service report shall show ticket volumes, response and resolution times by priority, patch compliance, open problems, planned changes and customer satisfaction results. The parties shall review the report at a monthly meeting and agree actions for any recurring issue.

5.4 The Supplier shall carry out changes to the Customer's endpoints only under the change procedure agreed at onboarding. Emergency changes may be made to restore service and shall be reported at the next working day.

## 6. CUSTOMER DATA

Customer Data remains the property of the Customer. The Supplier shall use Customer Data only to provide the Services and shall return it, or the means of access to it, at the end of this Agreement.

## 7. CONFIDENTIALITY

7.1 Each party shall treat as confidential all information of the other party marked or reasonably understood as confidential, including shipping documents, customer lists and prices, and shall not disclose it except to its staff who need to know it for this Agreement.

7.2 This clause survives the end of this Agreement.

## 8. INTELLECTUAL PROPERTY

The Supplier keeps its tools and management platform. Runbooks, scripts, configuration baselines, the asset register and all reports prepared for the Customer belong to the Customer, which may use and modify them freely.

## 9. SUBCONTRACTING

The Supplier's partner engineers in Xiamen named in Schedule 1 are approved. The Supplier shall not use any other subcontractor without the Customer's prior written consent and remains responsible for its subcontractors.

## 10. LIABILITY

10.1 Neither party is liable for loss of profit or indirect loss.

10.2 The Supplier's total liability under this Agreement is limited to 150% of the Charges for the Initial Term.

## 11. TERM AND RENEWAL

11.1 This Agreement starts on signature and continues for the Initial Term.

11.2 At the end of the Initial Term, this Agreement renews automatically for successive renewal terms of twenty-four months unless either party gives written notice of non-renewal at least sixty days before the end of the current term.

11.3 The Supplier may increase the Charges for any renewal term by up to 6% by written notice given at least ninety days before the renewal date. The increase applies unless the Customer gives notice of non-renewal.

## 12. TERMINATION

12.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach, including missing the Priority 1 Service Level in three consecutive months, and does not remedy it within thirty days after written notice.

12.2 On termination or expiry, the Supplier shall provide exit assistance for up to sixty days at the rates in Schedule 2, including handover to a new provider.

12.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as typhoons, floods, epidemics or government action, provided that it notifies the other party promptly and resumes performance as soon as possible. Service credits do not apply during such an event.

## 13. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Xiamen Arbitration Commission.

## SCHEDULE 1 — SERVICES

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, portal and WeChat support in Chinese and English for all users | Monday to Saturday, 08:00–20:00 |
| Endpoint management | Agent-based inventory, software distribution, OS and application patching, antivirus and disk encryption monitoring | Continuous |
| Desk-side support | On-site visits at the Xiamen, Fuzhou and Quanzhou offices by partner engineers | Working days |
| Joiners and leavers | Laptop preparation, account requests, device recovery | Working days |
| Reporting | Monthly service report and quarterly review meeting | Monthly / quarterly |

## SCHEDULE 2 — CHARGES

| Item | Basis | Rate (CNY) | Initial Term (CNY) |
|---|---|---|---|
| Endpoint management | 320 endpoints, per endpoint per month | 95 | 729,600 |
| Service desk and desk-side support | Fixed, per month | 8,600 | 206,400 |
| Onboarding | One-time | 44,000 | 44,000 |
| **Total** | | | **980,000** |
| Exit assistance (if ordered) | Per engineer day | 2,400 | — |

## SCHEDULE 3 — SERVICE LEVELS

| Priority | Definition | Response | Resolution target | Service credit per miss |
|---|---|---|---|---|
| Priority 1 | A whole office or the customs declaration team cannot work | 15 minutes | 3 hours | CNY 1,500 |
| Priority 2 | A single user cannot work | 1 hour | 1 working day | CNY 300 |
| Priority 3 | Request or minor fault | 8 working hours | 3 working days | — |
| Patching | Critical security patches installed on 95% of endpoints | — | 10 days after release | CNY 2,000 per month missed |

**SIGNED** for Adriatic Managed IT d.o.o.: ____________________ Name: __________ Title: __________ Date: ________

**SIGNED** for Xiamen Haitong Freight Forwarding Co., Ltd.: ____________________ Name: __________ Title: __________ Date: ________
"""

H409E05 = """DATA SUBSCRIPTION AGREEMENT
Vessel Position and Port Call Data API

Agreement No.: LMD-CN-2026-031

PARTIES

Limassol Marine Data Ltd., 71 Spyrou Kyprianou Avenue, 3076 Limassol, Cyprus ("LMD"); and

Ningbo Donghai Shipping Agency Co., Ltd., 55 Zhongshan East Road, Haishu District, Ningbo, Zhejiang, PRC (the "Customer").

BACKGROUND

LMD collects terrestrial and satellite AIS signals and port information and makes vessel positions, voyage data and port call events available through an application programming interface (the "API"). The Customer acts as ship agent at Ningbo-Zhoushan and nearby ports and wishes to receive vessel positions and estimated arrival times in its agency management system so that it can plan berthing, pilotage and husbandry services. The fees are stated in CNY.

Clause 1. Definitions

1.1 "Data" means vessel positions, static vessel particulars, voyage information, port call events and estimated times of arrival provided through the API.

1.2 "Subscription Period" means the period from 1 July 2026 to 30 June 2028, which consists of two Subscription Years, each starting on 1 July.

1.3 "Customer Materials" means the lists of vessels, voyages and ports that the Customer submits to the API, its watchlists and its user accounts.

1.4 "Integration Work" means the connector between the API and the Customer's agency management system, the field mappings and the alert rules built by LMD for the Customer.

Clause 2. Subscription

2.1 LMD grants the Customer, for the Subscription Period, a non-exclusive, non-transferable right to access the API and to use the Data in its internal agency operations and in communications with its principals about their own vessels.

2.2 The Customer may not resell the Data, publish it in bulk, or use it to build a competing data service.

2.3 The subscription plan is "Port Agent Pro": up to 400,000 API calls per month, real-time positions for vessels in the Customer's watchlists (up to 1,500 vessels at a time), historical tracks for the previous ninety days and port call events for all ports in China and East Asia.

2.4 The Customer may create up to twenty user accounts on the customer portal for its operations staff. Each account is personal and may not be shared. The Customer shall keep its API keys secure and inform LMD promptly if a key may have been disclosed, so that LMD can issue a new one.

2.5 The Customer may display the Data to its principals in its own reports and messages about their vessels, with the attribution "Source: Limassol Marine Data", but may not give them direct access to the API.

Clause 3. Fees

3.1 The fees for the Subscription Period are:

(a) Port Agent Pro plan: CNY 186,000 per Subscription Year, CNY 372,000 for the Subscription Period;

(b) Port Call Events module with berth-level events: CNY 42,000 per Subscription Year, CNY 84,000 for the Subscription Period;

(c) Integration Work and onboarding (one-time): CNY 18,000.

Total fees for the Subscription Period: CNY 474,000.

3.2 API calls above the monthly allowance are charged at CNY 0.12 per call, invoiced at the end of each quarter. Overage charges are not part of the total fees in Clause 3.1.

3.3 All fees include the taxes payable in Cyprus. Any withholding tax or VAT due in China shall be handled in accordance with the law, and LMD shall provide the documents the Customer reasonably needs for tax filing and foreign exchange payment.

3.4 Subscription fees are invoiced quarterly in arrears. The one-time fee is invoiced after acceptance under Clause 4. The Customer shall pay each invoice within thirty days of receipt.

Clause 4. Onboarding and Acceptance

4.1 LMD shall issue API credentials, build the Integration Work and support the Customer's testing. The parties expect onboarding to be completed in August 2026.

4.2 The Integration Work is accepted when: (a) positions for all vessels in a test watchlist of two hundred vessels are received in the Customer's system with an age of less than five minutes for vessels within terrestrial AIS coverage; (b) arrival and departure events for Ningbo-Zhoushan are received for five consecutive days and match the port authority's published records on a sample of fifty calls; and (c) the alert rules trigger correctly on ten test cases. The Customer shall confirm acceptance in writing within five business days after LMD shows that the criteria are met.

Clause 5. Service and Support

5.1 LMD will use commercially reasonable efforts to keep the API available and to deliver Data without undue delay. The Data depend on AIS signals transmitted by vessels and on third-party sources, and LMD does not guarantee that the Data are complete, accurate or continuously available.

5.2 Support requests may be sent by e-mail or through the customer portal and will be handled during LMD's business hours, Monday to Friday, Cyprus time. LMD will inform the Customer of planned maintenance through the portal.

5.3 LMD may change the API version on ninety days' notice, provided that the Data fields used by the Integration Work remain available.

5.4 LMD will publish release notes for each API version on the customer portal and keep the previous version running during the notice period so that the Customer can test the change.

5.5 The Customer is responsible for its own systems, networks and internet connection, and for checking the Data against other sources before it makes operational decisions that depend on them.

Clause 6. Customer Materials and Data Protection

6.1 Customer Materials belong to the Customer. LMD shall use them only to provide the API to the Customer and shall not disclose them or use them for any other purpose.

6.2 LMD shall protect Customer Materials with access control, encryption in transit and at rest and logging of access, keep them on servers to which only its authorised staff have access, and delete them within thirty days after the end of the Subscription Period.

6.3 LMD shall notify the Customer without delay, and in any event within twenty hours, of any unauthorised access to Customer Materials, take remedial action and be liable for the Customer's losses resulting from a breach of this Clause 6.

Clause 7. Confidentiality

Each party shall keep confidential the other party's non-public business and technical information, including the Customer's principals, watchlists and fees, and shall use it only for this Agreement. This Clause survives for three years after the end of the Subscription Period.

Clause 8. Intellectual Property

8.1 LMD and its licensors retain all rights in the API and the Data.

8.2 The Integration Work belongs to the Customer, which may use, modify and have it modified by others freely. LMD shall deliver its source code on acceptance.

Clause 9. Subcontracting

LMD shall not subcontract the Integration Work or the operation of the API to a third party without the Customer's prior written consent, other than its cloud hosting provider named in the Order Confirmation.

Clause 10. Liability

10.1 Neither party is liable for loss of profit, loss of business or indirect loss.

10.2 Nothing in this Agreement limits a party's liability for fraud, wilful misconduct or breach of Clause 6 or Clause 7.

Clause 11. Term and Termination

11.1 This Agreement runs for the Subscription Period and ends on its last day. It does not renew automatically; any further subscription requires a new written agreement.

11.2 The Customer may terminate this Agreement by written notice if LMD materially breaches it and does not remedy the breach within thirty days after written notice. LMD shall then refund any fees paid for the period after termination.

11.3 LMD may suspend access if an undisputed invoice is more than sixty days overdue, after giving ten days' written notice.

11.4 On expiry or termination the Customer's access to the API ends. The Customer may keep Data received before that date in its own records of past port calls, but may not use it to replace a current subscription.

Clause 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

Clause 13. General

This Agreement is the entire agreement between the parties on its subject. Changes must be in writing. Notices shall be sent to the addresses above or to the e-mail addresses in the Order Confirmation. Neither party may assign this Agreement without the other party's written consent, except to a successor of its whole business.

Neither party is liable for delay or failure caused by events beyond its reasonable control, including failures of satellite networks, natural disasters, epidemics and government action, provided that it informs the other party promptly and resumes performance as soon as reasonably possible.

Each party shall comply with the anti-bribery laws that apply to it and shall not offer or accept any improper payment or benefit in connection with this Agreement.

Signed for Limassol Marine Data Ltd.: ____________________  Name: __________  Title: __________  Date: ________

Signed for Ningbo Donghai Shipping Agency Co., Ltd.: ____________________  Name: __________  Title: __________  Date: ________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files
FILES = {  # key -> (file name, kind, source)
    "h409z01": ("h409z01_county_rural_road_maintenance_platform.pdf", "pdf", H409Z01),
    "h409z02": ("h409z02_pharma_freeze_dryer_control_retrofit.docx", "docx", H409Z02),
    "h409z03": ("h409z03_optical_chain_optometry_member_saas.txt", "txt", H409Z03),
    "h409z04": ("h409z04_notary_office_system_annual_om.txt", "txt", H409Z04),
    "h409z05": ("h409z05_snack_factory_eam_supplier_template.md", "md", H409Z05),
    "h409e01": ("h409e01_ceramics_aps_licence_portugal_vendor.pdf", "pdf", H409E01),
    "h409e02": ("h409e02_bakery_workforce_saas_order_form_greece.md", "md", H409E02),
    "h409e03": ("h409e03_cold_store_sensors_malta_supplier.docx", "docx", H409E03),
    "h409e04": ("h409e04_managed_endpoint_service_desk_croatia.md", "md", H409E04),
    "h409e05": ("h409e05_vessel_data_api_subscription_cyprus.txt", "txt", H409E05),
}
SOURCES = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
TARGETS = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}

# ---------------------------------------------------------------------------------------------------------------
# Labels (buyer's view). T(...) keeps the key order of holdout18/19.
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
            data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
            liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True,
            warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
            termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
            contract_kind="goods_or_licence")

# design facts not in the label: TCO inputs (goods only) and whether the forum is outside mainland China
DESIGN = {
    "h409z01": dict(lang="zh", category="software", value=1300000, ld_stated=True, sla_clause=True, deemed=False,
                    terms=dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20, warranty_months=24,
                               post_warranty_fee_pct=10, termination_for_breach=False,
                               subcontract_without_consent=True),
                    capped=True, tco=dict(base=640000, fee_pct=10), forum_outside=False,
                    rules=["CR-SUBCONTRACT", "CR-TERMINATION"]),
    "h409z02": dict(lang="zh", category="hardware", value=1200000, ld_stated=True, sla_clause=True, deemed=False,
                    terms=dict(p1_response_hours=1, confidentiality=False, ld_rate_per_day_pct=0.1, prepayment_pct=45,
                               warranty_months=18, post_warranty_fee_pct=9),
                    capped=True, tco=dict(base=840000, fee_pct=9), forum_outside=False,
                    rules=["CR-CONFIDENTIALITY", "CR-PREPAYMENT"]),
    "h409z03": dict(lang="zh", category="cloud", value=750000, ld_stated=True, sla_clause=True, deemed=False,
                    terms=dict(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False,
                               ld_rate_per_day_pct=0.08, final_payment_on_acceptance=None,
                               auto_renewal_price_increase=True, contract_kind="service"),
                    forum_outside=False,
                    rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h409z04": dict(lang="zh", category="services", value=546000, ld_stated=True, sla_clause=True, deemed=False,
                    terms=dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=0.1,
                               final_payment_on_acceptance=None, contract_kind="service"),
                    forum_outside=False, rules=[]),
    "h409z05": dict(lang="zh", category="software", value=860000, ld_stated=True, sla_clause=True, deemed=True,
                    terms=dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=0.02,
                               liability_cap_pct=20, prepayment_pct=50, acceptance_clause=False,
                               final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=25,
                               subcontract_without_consent=None, governing_law=None),
                    capped=True, tco=dict(base=680000, fee_pct=25), forum_outside=False,
                    rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                           "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                           "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h409e01": dict(lang="en", category="software", value=970000, ld_stated=True, sla_clause=True, deemed=False,
                    terms=dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=20,
                               warranty_months=18, post_warranty_fee_pct=11, governing_law="Portugal"),
                    capped=True, tco=dict(base=660000, fee_pct=11), forum_outside=True,
                    rules=["CR-GOVERNING-LAW"]),
    "h409e02": dict(lang="en", category="cloud", value=660000, ld_stated=True, sla_clause=True, deemed=False,
                    terms=dict(availability_pct=99.95, p1_response_hours=1, buyer_owns_data=False,
                               ld_rate_per_day_pct=500 / 660000 * 100, liability_cap_pct=6 / 24 * 100,
                               final_payment_on_acceptance=None, contract_kind="service"),
                    forum_outside=False, rules=["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"]),
    "h409e03": dict(lang="en", category="hardware", value=760000, ld_stated=True, sla_clause=True, deemed=False,
                    terms=dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=10, warranty_months=36,
                               post_warranty_fee_pct=8),
                    capped=True, tco=dict(base=638400, fee_pct=8), forum_outside=False, rules=[]),
    "h409e04": dict(lang="en", category="services", value=980000, ld_stated=True, sla_clause=True, deemed=False,
                    terms=dict(p1_response_hours=0.25, data_security_clause=False,
                               ld_rate_per_day_pct=900 / 980000 * 100, liability_cap_pct=150,
                               final_payment_on_acceptance=None, auto_renewal_price_increase=True,
                               contract_kind="service"),
                    forum_outside=False, rules=["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"]),
    "h409e05": dict(lang="en", category="cloud", value=474000, ld_stated=False, sla_clause=False, deemed=False,
                    terms=dict(sla_remedy=False, final_payment_on_acceptance=None, contract_kind="service"),
                    forum_outside=False, rules=["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(d, horizon=5):
    """policy §4: value + post-warranty fee for each year after the warranty (pro rata) over 5 years from acceptance."""
    t = d["tco"]
    w_years = d["label"]["expected_terms"]["warranty_months"] / 12
    post_years = max(0.0, horizon - w_years)
    fees = post_years * t["base"] * t["fee_pct"] / 100
    total = d["value"] + fees
    return total, fees / total * 100


def derive_rules(d):
    """My own reading of policy.md §3, applied to a label."""
    t, x = d["label"]["expected_terms"], d["label"]["expected_extra"]
    r = set()
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and x["post_warranty_fee_capped"] and tco(d)[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or d["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def make_label(key, d):
    terms = dict(BASE)
    terms.update(d["terms"])
    if terms["contract_kind"] == "service":
        assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
    extra = {"sla_clause": d["sla_clause"], "ld_stated": d["ld_stated"]}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["value"]
    return {"file": FILES[key][0], "language": d["lang"], "category": d["category"],
            "expected_terms": {k: terms[k] for k in TERM_KEYS}, "expected_extra": extra, "expected_rules": []}


# ---------------------------------------------------------------------------------------------------------------
# Threshold figures: no value may sit on one, no text may contain one.
THRESH_LABEL = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
ZH_NUM = "零一二三四五六七八九十"
PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])4\s*-?\s*(?:小时|个小时|hours?\b|hrs?\b|h\b)", r"(?<!十)四\s*个?\s*小时", r"(?<![a-z-])four[\s-]*hours?",
    r"(?<![\d.])240\s*(?:分钟|min)",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![十" + ZH_NUM + r"])", r"(?<![\d.])0\.5\s*‰",
    r"(?<![\d.])100(?:\.0+)?\s*%", r"百分之百", r"百分之一百(?![" + ZH_NUM + r"])", r"hundred\s*per\s*-?cent",
    r"(?<![\d.])30(?:\.0+)?\s*%", r"百分之三十(?![" + ZH_NUM + r"])", r"三成", r"thirty\s*per\s*-?cent",
    r"(?<![\d.])12\s*-?\s*(?:个月|months?)", r"(?<![" + ZH_NUM + r"])十二\s*个月", r"twelve[\s-]*months?", r"一年",
    r"(?<![a-z])one[\s-]*years?(?![a-z])", r"(?<![\d.,])1\s*-?\s*(?:years?\b|年(?!度))",
    r"(?<![\d.])15(?:\.0+)?\s*%", r"百分之十五(?![点" + ZH_NUM + r"])", r"fifteen\s*per\s*-?cent",
    r"(?<![\d.])40(?:\.0+)?\s*%", r"百分之四十(?![" + ZH_NUM + r"])", r"四成", r"forty\s*per\s*-?cent",
    r"(?<![\d.,])5\s*-?\s*(?:年|years?\b)", r"五年", r"five[\s-]*years?", r"(?<![\d.])60\s*-?\s*(?:个月|months?)",
    r"sixty[\s-]*months?", r"六十\s*个月",
]
RX = [re.compile(p, re.I) for p in PATTERNS]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            hits += [m.group(0) for m in rx.finditer(variant)]
    return hits


MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "4-hour", "240分钟", "0.05%",
            "0.05 %", "万分之五", "100%", "100 %", "百分之百", "30%", "30 %", "百分之三十", "三成", "12个月", "12 个月",
            "十二个月", "twelve months", "12 months", "一年", "one year", "15%", "15 %", "40%", "四成", "百分之四十",
            "5年", "5 年", "五年", "five years", "five-year", "60 months", "60个月"]
MUST_MISS = ["24小时", "二十四小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "0.5%",
             "140%", "300%", "14 hours", "3 hours", "25年", "2026年5月", "24 months", "六个月", "十八个月",
             "CNY 1,500", "1.5%", "万分之八", "two Subscription Years", "Subscription Year"]
for s in MUST_HIT:
    assert threshold_hits(s), ("must hit", s)
for s in MUST_MISS:
    assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


# ---------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for key, (name, kind, src) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)

    covered, problems = set(), []
    for key, d in DESIGN.items():
        d["label"] = make_label(key, d)
        rules = derive_rules(d)
        assert rules == sorted(d["rules"]), (key, rules, d["rules"])
        d["label"]["expected_rules"] = rules
        covered |= set(rules)
        t = d["label"]["expected_terms"]
        for k, v in THRESH_LABEL.items():
            assert t[k] is None or t[k] != v, (key, k)
        if t["contract_kind"] == "goods_or_licence":
            total, share = tco(d)
            assert abs(share - 40) > 2, (key, share)
            d["tco_result"] = (total, share)
        name, kind, src = FILES[key]
        text = read_back(OUT / name)
        hits = threshold_hits(src) + threshold_hits(text)
        if hits:
            problems.append((key, sorted(set(hits))))
        n = len(text) if d["lang"] == "zh" else len(text.split())
        lo, hi = (2750, 3000) if d["lang"] == "zh" else (1450, 1650)
        d["length"] = n
        ok = lo <= n <= hi
        if not ok:
            problems.append((key, "length", n))
        print(f"{name:60s} {d['lang']} {n:5d} {'ok' if ok else 'OUT OF RANGE'} {risk(rules):6s} {', '.join(rules) or '(none)'}"
              + (f"  TCO {d['tco_result'][0]:,.0f} share {d['tco_result'][1]:.2f}%" if 'tco_result' in d else ""))
        (OUT / name.rsplit(".", 1)[0]).with_suffix(".json").write_text(
            json.dumps(d["label"], ensure_ascii=False, indent=1), encoding="utf-8")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = [len(d["rules"]) for d in DESIGN.values()]
    print("rules per draft:", mix)
    for p in problems:
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
