"""holdout503: ten blind, ordinary draft contracts (five Chinese, five English) and their labels.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). Writes the ten contract files (.pdf/.docx via
../word_pdf.py, .txt/.md directly), reads them back, checks lengths, scans every built file and every source for
threshold figures, derives each draft's expected rules from its labels (my own reading of policy.md §3), checks them
against the design list, asserts that all 20 CR rules fire at least once, and writes the ten .json labels.
"""
Z01 = """T:宗教场所管理服务平台建设项目合同
P:合同编号：MZJ-ZC-2025-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市民族宗教事务局
P:乙方（供应商）：云川数智科技有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据本项目招标文件（编号 SZCG-2025-0416）、乙方投标文件及中标通知书，甲乙双方经协商一致，就宗教场所管理服务平台建设项目签订本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供宗教场所管理服务平台软件（以下简称"平台"）的永久使用许可，并按甲方需求完成定制开发、部署实施、历史数据迁移和用户培训。
P:1.2 定制开发内容包括：宗教活动场所登记备案管理、宗教教职人员信息管理、大型宗教活动申请审批流转、场所消防及安全巡查与隐患整改、统计分析驾驶舱，以及与市政务服务平台、统一身份认证系统和电子证照库的接口。
P:1.3 平台部署于市电子政务云，云资源由甲方提供，乙方负责应用部署、参数配置、接口联调和上线保障。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰叁拾壹万元整（¥1,310,000），为固定总价，已包含软件许可、定制开发、部署实施、培训、质保期内服务及全部税费，明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久使用许可|620,000
TB:2|定制开发（业务模块及接口）|540,000
TB:3|部署实施及历史数据迁移|126,000
TB:4|用户培训（三期）|24,000
TB:|合计|1,310,000
P:2.2 除本合同另有约定外，甲方无需向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的等额合法发票后15个工作日内，甲方支付合同总价的20%作为预付款，即¥262,000。
P:3.2 平台通过初验后15个工作日内，甲方支付合同总价的45%，即¥589,500。
P:3.3 平台通过终验后15个工作日内，甲方支付合同总价的35%，即¥458,500。
P:3.4 本项目资金为财政资金，按国库集中支付程序办理；因财政审批造成的合理延迟不视为甲方违约。
H:第四条 实施进度
P:4.1 乙方应在合同签订后10日内提交实施方案和项目人员名单，经甲方确认后执行。项目经理未经甲方同意不得更换。
P:4.2 乙方应于合同签订后90日内完成定制开发与部署并提交初验申请；初验通过后进入为期90日的试运行；试运行结束后15日内由甲方组织终验。
H:第五条 验收
P:5.1 初验标准：（1）招标文件功能需求清单逐项测试通过；（2）在300个并发用户条件下，常用页面平均响应时间不超过3秒；（3）历史数据迁移完整，按甲方抽样核对一致；（4）与政务服务平台、统一身份认证系统等接口联调通过。
P:5.2 终验标准：（1）试运行期间未发生一级故障，二级故障均按时解决；（2）第三方测评机构出具的安全测评报告无高危漏洞，并配合甲方通过网络安全等级保护测评；（3）乙方已提交源代码、设计文档、操作手册和运维手册。
P:5.3 验收由甲方组织，可邀请有关专家参加，验收合格的由甲方出具书面验收报告。平台上线、试运行或甲方付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、适配性升级、技术咨询和每季度一次的现场巡检，并在每次巡检后提交巡检报告。
P:6.2 故障分级及响应：一级故障（平台整体无法访问或核心业务中断）30分钟内响应，2小时内到场，8小时内恢复；二级故障（部分功能不可用）1小时内响应，次日内解决；三级故障（一般性问题）3个工作日内解决。
P:6.3 乙方未按6.2约定时限响应、到场或恢复的，每超过1小时，向甲方支付违约金800元；同一季度内累计超时三次的，甲方有权要求乙方更换服务人员。
P:6.4 质保期满后，甲方如需继续由乙方提供维护服务，年度维护费不超过平台软件许可费的10%（即每年不超过¥62,000），服务内容不低于质保期标准，该费率在质保期满后的三个维护年度内不得上调。维护服务由双方另行签订合同，不自动续期。
H:第七条 知识产权
P:7.1 平台软件原有的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，使用范围为甲方及其所属单位。
P:7.2 本项目定制开发的程序、源代码、接口、数据库设计、文档及其他成果的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和二次开发。
P:7.3 乙方保证所交付的软件及成果不侵犯任何第三方的合法权利，如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台中的宗教活动场所、宗教教职人员及相关业务数据均属于甲方，乙方仅为履行本合同处理上述数据，不得用于其他任何目的，不得向任何第三方提供。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及网络安全等级保护要求，落实访问控制、操作日志审计和敏感数据加密；运维操作须经甲方审批并通过堡垒机进行，不得将数据复制到政务云以外的任何介质。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 乙方对履行合同过程中知悉的甲方工作秘密、业务资料及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方应与参与本项目的人员签订保密承诺书。本条在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期提交初验申请或逾期完成终验的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过45日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:10.3 乙方交付成果不符合约定且经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收取的款项并赔偿甲方损失。
H:第十一条 分包
P:11.1 乙方不得将本项目转包或分包给任何第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿由此造成的损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及本合同附件均为本合同组成部分。本合同未尽事宜，双方可另行签订书面补充协议。本合同一式六份，甲方四份，乙方二份，自双方盖章之日起生效。
P:甲方（盖章）：某市民族宗教事务局　　法定代表人或授权代表：________　　日期：2025年6月18日
P:乙方（盖章）：云川数智科技有限公司　　法定代表人或授权代表：________　　日期：2025年6月18日
"""

Z02 = """T:纺丝线DCS控制系统改造及维保合同
P:合同编号：HX-SB-2025-062
P:甲方：浙江恒纤化纤股份有限公司（住所：绍兴市柯桥区）
P:乙方：杭州卓控自动化工程有限公司
P:鉴于甲方拟对其涤纶长丝车间八条纺丝线的控制系统进行改造，乙方具备相应的工程资质和同类项目经验，双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:一、改造范围
P:（一）拆除八条纺丝线原有PLC控制柜，更换为DCS控制器及I/O模块，完成纺丝箱体温度、计量泵转速、侧吹风温湿度、卷绕张力等回路的控制和联锁。
P:（二）新增工程师站2台、操作员站4台，完成变频器通讯改造，实现与甲方MES系统的数据对接。
P:（三）提供控制软件及组态授权（永久），并为甲方定制开发工艺配方管理软件，实现配方下发、批次追溯和生产报表。
P:（四）负责安装、调试、切换及操作培训。切换须利用甲方计划停车窗口进行，每条线停车时间不超过36小时。
H:二、合同价款
P:（一）合同总价为人民币贰佰叁拾贰万元整（¥2,320,000），含税，明细见下表：
TB:序号|项目|数量|金额（元）
TB:1|DCS控制器及I/O模块|8套|1,184,000
TB:2|工程师站及操作员站|6台|258,000
TB:3|变频器通讯改造|48台|172,000
TB:4|控制软件及组态授权（永久）|1套|296,000
TB:|软硬件小计||1,910,000
TB:5|工艺配方管理软件定制开发|1项|214,000
TB:6|安装调试及切换|1项|168,000
TB:7|操作及维护培训|1项|28,000
TB:|合计||2,320,000
P:（二）上述价格为固定价格，包含运输、保险、安装、调试、质保期内服务及税费。
H:三、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即¥232,000。
P:（二）设备到货并完成安装后，甲方支付合同总价的50%，即¥1,160,000；到货签收及安装完成不代表质量验收。
P:（三）系统终验合格后，甲方支付合同总价的35%，即¥812,000。
P:（四）余款5%（¥116,000）作为质量保证金，质保期满且无未决质量问题后支付。
H:四、交付与验收
P:（一）乙方应于合同生效后60日内完成设备到货，120日内完成全部八条纺丝线的切换。
P:（二）终验条件：（1）全部I/O点位核对正确；（2）纺丝箱体温度控制精度达到±0.5℃，计量泵转速偏差不大于0.2%；（3）操作画面刷新时间不超过1秒；（4）系统连续稳定运行72小时无故障；（5）工艺配方下发及批次追溯功能测试通过。
P:（三）终验前设三个月试运行期。终验由双方共同进行并签署验收报告；设备安装、切换投运或甲方付款均不视为验收合格。
H:五、质保与维保
P:（一）质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费维修、更换故障部件并提供软件升级。
P:（二）故障响应：一级故障（任一纺丝线控制中断或导致停车）15分钟内电话响应，2小时内到场；二级故障2小时内响应，24小时内到场；三级故障3个工作日内处理。
P:（三）乙方未按时响应或到场的，每超过1小时，向甲方支付违约金1,000元。
P:（四）质保期满后，甲方可委托乙方提供年度维保服务，年度维保费按软硬件小计的8%计取，即每年¥152,800，在三个维保年度内固定不变；维保合同另行签订，不自动续期。
H:六、知识产权
P:（一）控制软件及组态授权的原有知识产权归原权利人，甲方获得永久使用权。
P:（二）工艺配方管理软件的源代码、文档以及为本项目编制的组态工程文件，知识产权归甲方所有，乙方应在终验时完整移交，甲方可自行修改和使用。
H:七、数据与工控安全
P:（一）生产工艺参数、配方及运行数据均属于甲方，乙方不得复制、留存或用于本合同以外的任何用途。
P:（二）乙方应按工业控制系统安全要求实施网络隔离，远程维护须经甲方逐次审批并通过甲方指定的VPN进行，禁止使用未经查杀的移动存储介质。
P:（三）发生网络安全或数据泄露事件的，乙方应在2小时内报告并配合处置；因乙方原因造成的损失由乙方承担赔偿责任。
H:八、保密
P:乙方对甲方的工艺配方、生产数据及经营信息负有保密义务，未经甲方书面同意不得向第三方披露，本条在合同终止后继续有效。
H:九、分包
P:乙方可将电缆敷设、桥架安装等辅助工程分包给具备相应资质的单位，提前书面通知甲方即可；乙方对分包部分的质量和安全承担责任。
H:十、违约责任
P:（一）乙方逾期完成切换或终验的，每逾期一日，按合同总价的万分之八支付违约金，违约金总额不超过合同总价的10%。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（三）乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的60%为限，但因乙方故意或重大过失造成的损失除外。
H:十一、合同解除
P:乙方严重违约且在甲方书面通知后15日内未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:十二、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，提交绍兴仲裁委员会仲裁。
H:十四、甲方义务
P:（一）甲方应按乙方的施工计划提供停车窗口、施工用电、临时存放场地和必要的配合人员，并指定一名项目负责人负责协调。
P:（二）甲方应提供原控制系统的图纸、点表、工艺参数和联锁条件，并对其真实性负责；资料不全的，双方共同现场核实。
P:（三）甲方应组织操作人员按时参加培训，并在切换期间安排工艺人员在现场确认各回路的运行状态。
H:十五、施工安全与现场管理
P:（一）乙方进场人员应遵守甲方的安全生产、动火作业和防静电管理制度，持证上岗，并接受甲方的安全交底。
P:（二）乙方应对其施工人员的人身安全负责，因乙方原因造成甲方设备损坏或人员伤害的，由乙方承担赔偿责任。
P:（三）切换前乙方应编制详细的切换方案和回退方案，经甲方工艺、设备部门会签后实施；切换过程中出现异常的，应立即按回退方案恢复原系统运行。
H:十六、备品备件与培训
P:（一）乙方应随设备免费提供控制器、I/O模块和电源模块各若干作为备品备件，清单作为本合同附件；质保期满后，乙方保证在八个维保年度内以不高于本合同单价的价格供应备件。
P:（二）乙方应为甲方提供不少于两批次的操作及维护培训，每批次不少于三天，培训内容包括系统操作、组态修改、故障诊断和备份恢复，并提供培训教材。
H:十七、不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明；双方根据不可抗力的影响，部分或全部免除责任，并协商延长履行期限。
H:十八、其他
P:本合同附件包括：设备清单及技术参数、I/O点表、切换方案、备品备件清单和培训计划，附件与本合同具有同等效力。本合同未尽事宜，双方另行签订书面补充协议。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：浙江恒纤化纤股份有限公司　　代表：________　　2025年5月20日
P:乙方（盖章）：杭州卓控自动化工程有限公司　　代表：________　　2025年5月20日
"""
Z03 = """宠物美容门店预约及会员管理系统服务合同（SaaS）

合同编号：MHZ-IT-2025-009
甲方：成都毛孩子宠物服务连锁有限公司
乙方：杭州宠云信息技术有限公司

鉴于甲方在成都市经营15家宠物美容门店，需要统一的预约、会员及收银管理系统，乙方提供"宠云"门店管理SaaS服务。双方依据《中华人民共和国民法典》，就系统订阅及实施服务达成如下协议。

1. 服务内容
1.1 乙方向甲方15家门店及总部提供"宠云"系统的订阅服务，包括在线预约（微信小程序及门店前台）、美容师排班、会员及储值卡管理、宠物档案、收银与库存、营销短信及经营报表。
1.2 乙方负责实施服务：系统配置、15家门店开通、会员及储值数据迁移（约4.2万条会员记录）、小程序上线、收银设备对接及门店员工培训。
1.3 乙方按甲方需求定制会员等级规则、门店业绩报表模板及与甲方财务软件的数据接口。

2. 服务期限
2.1 订阅服务期为两个服务年度，自2025年8月1日起至2027年7月31日止。
2.2 服务期满前30日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可连续续期。续期时乙方有权根据其价格政策上调订阅费，上调幅度不超过上一服务年度订阅费的8%。

3. 费用
3.1 费用明细如下：
（1）门店版订阅费：15家 × 每店每服务年度9,600元 = 144,000元/服务年度；
（2）总部管理端订阅费：36,000元/服务年度；
（3）实施费（一次性）：46,000元。
3.2 合同总金额 = 两个服务年度订阅费360,000元 + 实施费46,000元 = 406,000元（含税）。营销短信超出每店每月500条的部分按0.06元/条另行结算，不计入合同总金额。

4. 付款
4.1 实施费在上线验收合格后15个工作日内一次性支付。
4.2 订阅费按季度后付，每季度结束后15个工作日内，甲方根据乙方提交的服务报告支付该季度订阅费45,000元。
4.3 本合同不设预付款。

5. 实施与上线验收
5.1 乙方应于2025年7月25日前完成全部门店开通和数据迁移，2025年8月1日正式上线。
5.2 上线验收标准：（1）15家门店均可正常预约、收银和核销储值；（2）迁移的会员信息、储值余额与甲方原系统导出数据逐条核对一致；（3）小程序预约下单流程测试通过；（4）财务接口对账无差异。
5.3 甲方在收到验收申请后5个工作日内组织验收并出具书面意见。门店开始使用系统不视为验收合格。
5.4 乙方逾期上线的，每逾期一日向甲方支付违约金300元。

6. 服务水平
6.1 系统月度可用率不低于99.5%。计划内维护须提前48小时通知，并安排在每日0:00至6:00之间，不计入不可用时间。
6.2 一级故障（全部门店无法预约或收银）30分钟内响应、3小时内恢复；二级故障（单一门店或单一功能异常）2小时内响应、次日内恢复；一般咨询在工作时间内即时答复。
6.3 月度可用率未达到6.1约定的，每低0.1个百分点，扣减当月订阅费的5%；一级故障超时恢复的，每次扣减当月订阅费的3%。扣减金额在当季付款中抵扣。
6.4 乙方每月向甲方提供服务报告，列明可用率、故障记录和处理情况，并在每季度末与甲方运营负责人召开一次服务回顾会议，提出改进措施。

7. 数据归属与数据安全
7.1 甲方的会员信息、宠物档案、消费及储值记录等数据归甲方所有，乙方仅为向甲方提供本合同服务而使用，不得用于其他目的，不得向第三方提供。
7.2 乙方应将数据存储于中国境内的云服务器，采取加密存储、权限分级、操作日志留存等措施，系统已完成等级保护二级备案。
7.3 发生数据泄露或丢失的，乙方应在12小时内通知甲方并采取补救措施；因乙方原因造成的损失（包括甲方向会员承担的赔偿）由乙方承担。
7.4 合同终止后30日内，乙方应按甲方要求导出全部数据，并在甲方确认后删除。

8. 知识产权
8.1 "宠云"系统本身的知识产权归乙方。
8.2 按1.3条为甲方定制的会员等级规则、报表模板及财务接口程序的知识产权归甲方，甲方可自行或委托他人使用、修改。

9. 保密
双方对在合作中知悉的对方商业信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后两年内继续有效。

10. 分包
乙方不得将本合同服务分包给第三方；确需分包的，须事先取得甲方书面同意。

11. 违约与责任限制
11.1 任何一方违约的，应赔偿对方因此遭受的损失。
11.2 乙方在本合同项下的累计赔偿责任以合同总金额的两倍为限，但因数据安全事件造成的损失不受此限。

12. 合同解除
12.1 一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权解除本合同。
12.2 系统月度可用率连续两个月低于98%的，甲方有权解除本合同。

13. 争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，由甲方所在地人民法院管辖。

14. 甲方义务
14.1 甲方应在实施启动后5个工作日内提供门店信息、员工名单、服务项目价目表及原系统导出的会员数据，并对数据的准确性负责。
14.2 甲方应指定一名项目联系人，负责协调各门店配合开通、培训和上线验收。
14.3 甲方应妥善保管系统账号和密码，因甲方员工泄露账号造成的损失由甲方自行承担。

15. 培训与支持
15.1 乙方应在上线前为每家门店的店长、前台和美容师提供现场或远程培训，并为总部财务、运营人员提供专项培训。
15.2 服务期内乙方提供7×24小时在线客服和电话支持，并为甲方指定专属客户成功经理，每季度回访一次。
15.3 新开门店需要接入系统的，按3.1条约定的门店版单价按剩余服务期折算计费，单价在服务期内不变。

16. 不可抗力
因不可抗力导致一方不能履行本合同的，该方应及时通知对方并提供证明，在不可抗力影响范围内免除责任。但乙方因自身系统漏洞、人员操作失误或第三方云服务商的一般故障造成的中断，不属于不可抗力。

17. 服务终止与迁移
17.1 本合同终止或到期不再续期的，乙方应在甲方要求的期限内配合甲方将数据迁移至新系统，并提供必要的数据字典说明，期间不得中断服务或另行收取迁移费用。
17.2 合同终止时，已按季度支付的订阅费不予退还，未付部分按实际服务天数结算。

18. 通知
本合同项下的通知以书面形式送达双方在本合同首页记载的地址或电子邮箱，邮件发出后次一工作日视为送达。

19. 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都毛孩子宠物服务连锁有限公司　　授权代表：________　　日期：2025年6月30日
乙方（盖章）：杭州宠云信息技术有限公司　　授权代表：________　　日期：2025年6月30日
"""

Z04 = """农资监管信息系统年度运维服务合同

项目编号：GXS-CS-2025-03（竞争性磋商）
甲方：某市供销合作社联合社
乙方：南京禾联信息技术有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就农资监管信息系统年度运维服务，经协商一致，签订本合同。

（1）服务对象与范围
① 服务对象为甲方农资监管信息系统，包括农资经营主体备案、农药化肥进销存台账、限用农药实名购买、农资价格监测、移动执法APP及数据交换接口，共六个子系统。
② 服务内容包括：日常巡检与故障处理、系统缺陷修复及小版本适配、数据库维护与备份、安全加固、用户技术支持、农时重要时段（春耕、夏种、秋播）应急保障，以及派驻一名运维工程师驻场。

（2）服务期限
服务期自2025年3月1日起至2026年2月28日止。服务期满本合同终止，不自动续期；甲方如需续签，按政府采购程序另行确定。

（3）合同价款
合同总价为人民币肆拾壹万肆仟元整（¥414,000），为固定总价，明细如下：系统运维服务228,000元；数据巡检与备份46,000元；驻场运维人员（1人）118,000元；应急保障22,000元。

（4）付款方式
① 服务费按季度支付，每季度103,500元。甲方在每季度考核完成后15个工作日内支付该季度服务费。
② 甲方不向乙方预付任何费用。
③ 季度考核存在扣减的，按第（7）条扣减后支付。

（5）服务水平
① 系统月度可用率不低于99.95%，计划内维护须提前三个工作日报甲方同意。
② 一级故障（系统整体不可用或数据交换中断）：30分钟内响应，2小时内到场，6小时内恢复。二级故障（单个子系统或功能异常）：1小时内响应，24小时内解决。三级故障（一般咨询及非紧急问题）：2个工作日内解决。
③ 春耕、夏种、秋播期间，乙方应安排二线工程师在岗值守。
④ 乙方应于每月5日前提交上月运维报告，内容包括故障记录、巡检结果、备份检查和整改建议。

（6）人员要求
驻场工程师应具有三年以上系统运维经验，工作日在甲方办公场所驻场；人员更换须提前10日报甲方同意，且接替人员资历不低于原人员。

（7）考核与扣减
① 甲方按季度对服务进行考核，考核标准见附件《运维服务考核细则》。
② 一级故障响应或恢复超时的，每超过1小时扣减服务费500元；月度可用率低于第（5）条①约定的，每低0.01个百分点扣减当月服务费的2%。
③ 驻场人员无故缺勤的，每人每日扣减800元。
④ 季度考核满分为100分，考核内容包括故障处理时效、巡检及报告质量、备份有效性、安全整改完成情况和用户满意度；考核得分低于80分的为不合格。
⑤ 乙方对考核结果有异议的，可在收到考核结果后5个工作日内提出书面复核申请，甲方应在5个工作日内答复。

（8）交接与验收
① 乙方应于服务期开始后15日内完成与原运维单位的系统交接，并提交年度运维方案，经甲方确认后执行。
② 服务期满，甲方按磋商文件规定的服务标准和考核记录组织年度验收。验收标准为：全年一级故障均按时恢复、数据备份恢复演练成功、系统安全检查无高危漏洞、运维文档齐全。验收结果以书面形式确认。

（9）数据安全
① 系统中的经营主体、进销存台账、实名购买记录等数据属于甲方，乙方仅为履行运维服务使用，不得复制、留存或向第三方提供。
② 乙方运维操作须通过甲方堡垒机进行并全程审计，严禁将数据导出至甲方网络以外；乙方应落实网络安全等级保护要求，每季度开展漏洞扫描并完成整改。
③ 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任。

（10）知识产权
乙方在本合同项下编制的运维文档、脚本、配置清单和修复代码，知识产权归甲方所有。

（11）违约责任
① 乙方逾期完成系统交接或逾期提交年度运维方案的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
② 甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。

（12）分包
乙方不得将本合同服务转包或分包。

（13）合同解除
乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除合同，并要求乙方赔偿损失。合同解除的，服务费按实际服务天数和考核结果结算；乙方应在10日内完成向甲方或甲方指定单位的交接，移交全部运维文档、账号和配置资料，交接期间不得中断服务。

（14）争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

（15）甲方义务
① 甲方应为驻场工程师提供办公场所、网络接入和必要的办公设备，并为乙方开通堡垒机账号。
② 甲方应向乙方提供系统现有的设计文档、部署架构、账号清单和原运维单位的交接资料。
③ 甲方应指定专人负责运维服务的日常联络、工单确认和季度考核工作。
④ 甲方对系统进行功能变更或新建系统对接时，应提前通知乙方，乙方应予配合；超出本合同范围的开发工作，由双方另行协商。

（16）运维工作要求
① 乙方应建立运维工单制度，所有故障、变更和咨询均在工单系统中登记，处理完毕后由甲方确认关闭。
② 乙方每日对服务器、数据库、中间件和网络设备进行巡检，每周对数据库进行全量备份并进行备份有效性检查，每半年开展一次备份恢复演练。
③ 系统变更应按照"申请、审批、测试、实施、验证"的流程执行，重大变更须经甲方书面批准，并安排在业务低峰时段进行。
④ 春耕、夏种、秋播等农资销售高峰期前，乙方应完成专项巡检和性能评估，提交保障方案并落实到人。

（17）不可抗力
因不可抗力不能履行合同的，受影响一方应在事件发生后3日内通知对方，并在15日内提供有关证明。双方根据不可抗力的影响，部分或全部免除责任。

（18）廉洁条款
乙方不得向甲方工作人员提供任何形式的不正当利益。乙方违反本条的，甲方有权解除合同并依法追究责任。

（19）通知与联系人
① 双方指定的项目联系人及联系方式见附件。联系人变更的，应提前三个工作日书面通知对方。
② 紧急故障可通过电话报告，事后2个工作日内补充工单记录。
③ 本合同项下的书面通知送达对方在合同中记载的地址，即视为送达。

（20）人员安全管理
① 乙方驻场及远程运维人员须签署安全承诺书，遵守甲方的机房管理、网络安全和档案管理制度。
② 乙方人员离岗时，乙方应在当日通知甲方注销其账号和权限，并交回门禁卡等物品。

（21）其他
磋商文件、响应文件、成交通知书为本合同组成部分。本合同一式四份，甲方三份，乙方一份，自双方盖章之日起生效。

甲方（盖章）：某市供销合作社联合社　　代表：________　　日期：2025年2月20日
乙方（盖章）：南京禾联信息技术有限公司　　代表：________　　日期：2025年2月20日
"""

Z05 = """# 软件许可及定制开发合同

> 冀软云链科技有限公司标准合同文本 V3.0 —— 适用于"链单通"订单及配送管理软件的销售与实施

**合同编号**：LDT-2025-1108

**甲方（买方）**：天津冰糖坊食品有限公司

**乙方（卖方）**：冀软云链科技有限公司（石家庄市）

鉴于甲方从事糖葫芦及冰糖制品的生产和批发，需要建设订单及配送管理系统；乙方为"链单通"软件的著作权人。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

## 第一条 标的

1.1 乙方向甲方提供"链单通"软件（订单管理模块、配送调度模块、司机移动端）的永久使用许可，软件部署于甲方服务器。

1.2 乙方按甲方需求进行定制开发：经销商小程序下单、冷链车辆温控数据对接、糖葫芦等短保质期产品的批次与到期提醒。

1.3 乙方负责部署、基础数据初始化和操作培训。

## 第二条 价格

2.1 合同总价为人民币肆拾捌万元整（¥480,000），明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 订单管理模块许可 | 1套 | 176,000 |
| 2 | 配送调度模块许可 | 1套 | 136,000 |
| 3 | 司机移动端许可 | 20个 | 72,000 |
| | 软件许可小计 | | 384,000 |
| 4 | 定制开发 | 1项 | 54,000 |
| 5 | 部署实施及培训 | 1项 | 42,000 |
| | 合同总价 | | 480,000 |

2.2 上述价格含增值税，不含甲方自行采购的服务器、网络设备和第三方软件。

## 第三条 付款

3.1 合同签订后5个工作日内，甲方支付合同总价的50%（¥240,000）作为预付款，乙方收款后启动项目。

3.2 系统上线后10个工作日内，甲方支付剩余50%（¥240,000）。

3.3 甲方逾期付款的，每逾期一日按未付金额的千分之一支付违约金，乙方并有权暂停实施和维护服务。

## 第四条 交付与上线

4.1 乙方在收到预付款后45个工作日内完成部署及定制开发，并通知甲方上线。

4.2 系统部署完成并上线运行，即视为甲方验收合格。甲方在上线后提出的问题，按本合同第六条的维护约定处理。

4.3 乙方在上线前向甲方提供安装部署说明、操作手册和管理员手册各一份（电子版），并协助甲方导入首批经销商和商品资料。

4.4 甲方应按乙方要求提供服务器、网络环境和基础数据，因甲方原因造成的延误，交付期限相应顺延。

## 第五条 知识产权

5.1 "链单通"软件及本合同项下定制开发的全部成果（包括源代码、接口程序、小程序页面及相关文档）的知识产权均归乙方所有。

5.2 甲方仅在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反编译，也不得提供给任何第三方使用。

## 第六条 免费维护

6.1 免费维护期为六个月，自系统上线之日起计算。

6.2 维护期内故障响应时限：一级故障（系统无法下单或派车）乙方在8小时内响应；二级故障在2个工作日内响应；三级故障在后续版本中统一处理。

6.3 乙方将尽力按上述时限处理故障，但不因响应或修复时间承担任何扣款、赔偿或违约责任。

## 第七条 维护服务费

7.1 免费维护期满后，甲方如需继续获得维护服务，应按维护年度支付维护服务费，年费为软件许可小计的25%，即每年¥96,000。

7.2 维护服务费于每个维护年度开始前一次性支付，维护内容以乙方届时的服务说明为准。

## 第八条 数据

8.1 甲方的业务数据归甲方所有。

8.2 乙方在提供部署和维护服务过程中可接触甲方数据，并有权将订单、经销商分布及配送路线数据经脱敏处理后，用于产品改进、行业分析报告及为其他客户优化调度算法。

8.3 乙方应采取访问控制、加密传输和日志审计等措施保护甲方数据；发生数据泄露的，乙方应在24小时内通知甲方，因乙方原因造成的直接损失由乙方承担。

## 第九条 保密

双方对在履约过程中知悉的对方商业秘密负有保密义务，保密期限至合同终止后三年。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下的全部责任总额，不超过合同总价的20%。

10.3 任何一方均不对对方的间接损失、利润损失承担责任。

## 第十一条 合同解除

一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权解除本合同。合同解除后，甲方应支付乙方已完成工作的费用，乙方已交付的许可继续有效；因甲方原因解除的，已收取的预付款不予退还。

## 第十二条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，提交乙方所在地人民法院诉讼解决。

## 第十三条 甲方义务

13.1 甲方应在合同签订后10个工作日内提供符合乙方配置要求的服务器、操作系统、数据库和网络环境，并开通乙方远程部署所需的访问权限。

13.2 甲方应提供商品资料、经销商名单、配送线路和车辆信息等基础数据，并对数据的真实性和完整性负责。

13.3 甲方应指定项目负责人配合乙方开展需求确认、数据准备和培训工作。需求确认后甲方提出变更的，乙方有权另行收费并顺延交付期限。

## 第十四条 培训

14.1 乙方为甲方提供两天的集中培训，培训对象为甲方订单、调度及财务人员各不超过十名，另为司机提供移动端操作视频。超出上述范围的培训，按乙方标准收费。

14.2 培训在甲方所在地进行的，乙方人员的差旅费用由甲方承担；甲方也可选择通过远程视频方式参加培训。

## 第十五条 不可抗力

因不可抗力、网络运营商故障、第三方软件缺陷等非乙方原因造成的延误或损失，乙方不承担责任。

## 第十六条 合同变更

16.1 甲方在需求确认后要求增加功能或修改已确认需求的，乙方按人天单价2,200元另行报价，经双方书面确认后实施。

16.2 甲方增购司机移动端许可的，按本合同第二条所列单价执行。

16.3 乙方对软件进行版本升级的，甲方在维护期或维护服务有效期内可免费获得升级版本，但定制开发部分的适配工作另行收费。

## 第十七条 通知

本合同项下的通知以书面形式或电子邮件送达双方在合同首页记载的地址，邮件发出即视为送达。

## 第十八条 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：天津冰糖坊食品有限公司　　代表：________　　日期：2025年4月8日

乙方（盖章）：冀软云链科技有限公司　　代表：________　　日期：2025年4月8日
"""
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. PCS-CN-2025-044
P:This Software Licence and Services Agreement (the "Agreement") is made on 12 May 2025 between:
P:(1) Suzhou Huayue Kitchen Appliance Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Wuzhong District, Suzhou (the "Customer"); and
P:(2) Petra Code Systems LLC, a limited liability company registered in the Hashemite Kingdom of Jordan, with its principal office in Amman (the "Vendor").
P:Background: The Customer sells and installs kitchen appliances across East China and runs an after-sales network of about two hundred field technicians. The Customer wishes to replace its spreadsheet-based service dispatch with the Vendor's field-service management software, PetraServe, installed on the Customer's own servers. The Vendor has agreed to grant perpetual licences and to configure, integrate and implement the software on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the PetraServe server application, web console and mobile application in the version current at the date of this Agreement, together with its documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the integration adapters, report templates, workflow configurations, data-migration scripts and any other materials created by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into or generated by the Software in the Customer's use, including customer names, addresses, telephone numbers, appliance serial numbers, work orders and technician records.
P:1.4 "Go-Live" means the first day on which the Software is used in production for dispatching work orders in all of the Customer's service regions.
P:1.5 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the acceptance tests have been passed.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the internal business of the Customer and its wholly owned subsidiaries in the People's Republic of China, within the quantities listed in Article 3.
P:2.2 The Customer may make reasonable copies for backup, testing and disaster recovery. The licence survives any termination of the services under this Agreement, provided the Licence Fees have been paid.
P:2.3 The Vendor retains all intellectual property rights in the Software as it existed before this Agreement.
H:Article 3 Prices
P:3.1 At the Customer's request all prices are stated and payable in Chinese Yuan (CNY). The prices are fixed and include all taxes, travel and expenses:
P:(a) Server licence, one production instance with one standby instance: CNY 420,000;
P:(b) Named-user licences for dispatchers and supervisors, 120 users at CNY 3,500 each: CNY 420,000;
P:(c) Mobile technician licences, 200 devices at CNY 1,200 each: CNY 240,000;
P:Licence Fees subtotal: CNY 1,080,000;
P:(d) Configuration and integration with the Customer's ERP, call-centre and WeChat service account: CNY 364,000;
P:(e) Data migration of open work orders and three years of service history: CNY 58,000;
P:(f) Training of dispatchers, supervisors and technicians: CNY 38,000.
P:3.2 The total Contract Price is CNY 1,540,000.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 308,000) within 30 days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 693,000) within 30 days after Go-Live.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 539,000) within 30 days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the Vendor's account stated in the invoice. Each party bears its own bank charges.
H:Article 5 Implementation and Acceptance
P:5.1 The Vendor shall deliver the Software and complete configuration, integration and data migration so that Go-Live can take place no later than 120 days after signature, following the project plan agreed in the kick-off meeting.
P:5.2 The acceptance tests cover: (a) every function in the requirements list attached as Annex 1; (b) end-to-end dispatch of test work orders from the call centre to the mobile application and back to the ERP; (c) reconciliation of the migrated work orders and service history against the source records; (d) a response time of no more than two seconds for the dispatch board with 150 concurrent users; and (e) thirty consecutive days of production use after Go-Live without any Severity 1 defect.
P:5.3 When the tests are passed, the Customer shall issue a written Final Acceptance certificate within ten working days. Go-Live, production use or payment under Article 4.2 does not constitute acceptance. If a test fails, the Vendor shall correct the defects at its own cost and repeat the test.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and to Annex 1 for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide support free of charge.
P:6.2 Defects are classified as follows. Severity 1: the dispatch board or the mobile application cannot be used by a whole region. Severity 2: a major function is impaired and no workaround exists. Severity 3: all other defects and questions.
P:6.3 The Vendor shall respond to a Severity 1 defect within one hour, at any time, and provide a fix or workaround within eight hours. Severity 2 defects receive a response within two hours and a fix within three working days. Severity 3 defects are handled in the next update.
P:6.4 For each full hour by which the Vendor misses the Severity 1 response or fix time, the Vendor shall pay the Customer a service credit of CNY 1,000, which the Customer may deduct from any amount due.
H:Article 7 Annual Support after the Warranty Period
P:7.1 After the Warranty Period the Customer may order annual support covering updates, defect correction and the service levels of Article 6. The annual support fee is 14% of the Licence Fees subtotal, that is CNY 151,200 per support year, fixed for the first three support years. Any later change must be agreed in writing and may not exceed 3% per support year.
P:7.2 Support is ordered by a purchase order for each support year and does not renew automatically.
H:Article 8 Intellectual Property in Custom Deliverables
P:8.1 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver the source code and documentation of the Custom Deliverables at Final Acceptance.
P:8.2 The Customer may use, modify, copy and license the Custom Deliverables without restriction, including through third parties.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and only on the Customer's instructions, and shall not copy it to any system outside the Customer's environment.
P:9.2 The Vendor shall access the Customer's systems only through the Customer's VPN with multi-factor authentication, using named accounts approved for each session, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:9.3 The Vendor shall notify the Customer within 24 hours of any actual or suspected security breach affecting Customer Data, cooperate in its investigation and remediation, and indemnify the Customer for all losses, fines and claims resulting from a breach caused by the Vendor or its personnel.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent duties. This obligation continues for three years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If Go-Live is delayed beyond the date in Article 5.1 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 9 and 10, infringement of third-party rights, personal injury or wilful misconduct.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the acts of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after notice, or if the liquidated damages under Article 11.1 reach their maximum.
P:13.2 On termination the Vendor shall return or destroy all Customer Data in its possession and hand over all Custom Deliverables completed up to that date.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Hashemite Kingdom of Jordan.
P:14.2 Any dispute shall be finally settled by arbitration in Amman under the Arbitration Law of Jordan, before three arbitrators, in the English language.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Requirements List) and Annex 2 (Project Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in two originals in English, one for each party.
P:For the Customer: Suzhou Huayue Kitchen Appliance Co., Ltd.   Name: ____________   Title: ____________   Date: ____________
P:For the Vendor: Petra Code Systems LLC   Name: ____________   Title: ____________   Date: ____________
"""

E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR WAREHOUSE TEMPERATURE MONITORING
P:Contract No. TJLL-CG-2025-031
P:Buyer: Tianjin Binhai Lengyuan Cold-Chain Logistics Co., Ltd., Dongjiang Port Zone, Tianjin, China (the "Buyer").
P:Supplier: Al Wakra Sensing Technologies W.L.L., Al Wakra, State of Qatar (the "Supplier").
P:The Buyer operates a cold-storage warehouse of six chambers for frozen food, fruit and pharmaceuticals. Following the Buyer's request for quotation of 10 March 2025 and the Supplier's offer of 28 March 2025, the parties agree that the Supplier shall supply, install and commission a wireless temperature and humidity monitoring system on the terms of this Contract, which is the Buyer's standard purchase contract.
H:Section 1 Scope and Prices
P:1.1 The Supplier shall supply the sensors, gateways, door sensors and monitoring software listed in the price table below, install and calibrate them in the Buyer's warehouse, integrate the monitoring software with the Buyer's warehouse management system (WMS) and train the Buyer's staff.
P:1.2 All prices are in Chinese Yuan (CNY), fixed, delivered duty paid to the Buyer's warehouse, and include all taxes, freight, insurance and the Supplier's travel.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, calibrated|640|780|499,200
TB:2|LoRa gateway with backup battery|24|6,800|163,200
TB:3|Door-open sensor for chamber and dock doors|180|420|75,600
TB:4|Monitoring software, perpetual site licence|1|186,000|186,000
TB:|Hardware and Licence Subtotal|||924,000
TB:5|Installation, calibration and WMS integration|1|118,000|118,000
TB:6|Training|1|16,000|16,000
TB:|Contract Price|||1,058,000
H:Section 2 Payment
P:2.1 Advance: 10% of the Contract Price (CNY 105,800) within 15 working days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:2.2 Installation: 55% of the Contract Price (CNY 581,900) within 15 working days after the Installation Certificate. The Installation Certificate only confirms that the equipment is installed; it is not acceptance.
P:2.3 Final: 35% of the Contract Price (CNY 370,300) within 15 working days after the Final Acceptance Certificate.
P:2.4 The Buyer pays by bank transfer against a valid invoice.
H:Section 3 Delivery and Installation
P:3.1 The Supplier shall deliver all equipment within 45 days after signature and complete installation within 30 days after delivery. Work inside the chambers shall be scheduled with the Buyer's operations manager so that goods are not exposed to temperature excursions.
P:3.2 The Supplier shall give the Buyer a detailed installation schedule, chamber by chamber, at least ten days before installation starts, and shall update it weekly.
P:3.3 The Supplier's staff shall follow the Buyer's site rules for cold rooms, forklifts and food safety, wear the protective equipment provided and be accompanied by the Buyer's staff inside pharmaceutical chambers.
H:Section 4 Acceptance
P:4.1 Final acceptance tests: (a) every sensor reads within plus or minus 0.3 degrees Celsius of a calibrated reference instrument at three set points; (b) readings reach the monitoring software at least every two minutes, with no more than 0.5% of readings lost over the test period; (c) alarms for high temperature, door open and sensor offline reach the duty phone and the WMS within one minute; (d) the calibration certificates and the GSP validation documents for the pharmaceutical chambers are delivered; and (e) the system runs for 21 consecutive days without a critical fault.
P:4.2 The Buyer shall issue the Final Acceptance Certificate within five working days after the tests are passed. Installation, use of the system or payment does not mean acceptance. If a test fails, the Supplier shall remedy the fault at its cost and the test shall be repeated.
H:Section 5 Warranty and Support
P:5.1 The warranty period is 36 months from the Final Acceptance Certificate. During it the Supplier shall repair or replace any faulty item free of charge, including batteries that fail early, and supply software updates.
P:5.2 Fault response: a critical fault (monitoring lost for a whole chamber, or alarms not delivered) shall receive a remote response within 30 minutes at any time and an engineer or local service partner on site within eight hours; other faults shall receive a response within two hours and be fixed within three working days.
P:5.3 For each hour by which a critical-fault response or on-site time is missed, the Supplier shall pay CNY 800, deductible from any amount due.
P:5.4 After the warranty period the Buyer may buy annual support at 6% of the Hardware and Licence Subtotal, that is CNY 55,440 per year, fixed for the first two support years. Support is renewed only by a new purchase order.
P:5.5 Sensor batteries are designed to last at least three years at a two-minute reporting interval. The Supplier shall replace, free of charge, any battery that fails within the warranty period and shall tell the Buyer at least 60 days in advance when the software predicts that a group of batteries will need replacement.
P:5.6 The Supplier shall keep spare sensors and gateways in stock in Tianjin or Beijing throughout the warranty period.
H:Section 6 Buyer's Responsibilities
P:6.1 The Buyer shall provide mains power at each gateway location, network ports in the warehouse office, a server or virtual machine for the monitoring software meeting the Supplier's specification, and access to the WMS test environment.
P:6.2 The Buyer shall give the Supplier's staff access to the chambers at the agreed times, provide cold-room clothing, and name an operations contact who can approve work inside the chambers at short notice.
P:6.3 The Buyer shall take part in the acceptance tests and shall not unreasonably delay the Final Acceptance Certificate.
H:Section 7 Intellectual Property
P:7.1 The Supplier keeps its rights in the standard monitoring software and firmware, which are licensed to the Buyer perpetually.
P:7.2 The dashboards, alarm rules, WMS interface programs and reports developed for the Buyer belong to the Buyer, who may use, modify and disclose them freely; the Supplier shall hand over their source files at final acceptance.
H:Section 8 Buyer Data and Data Security
P:8.1 All readings, alarm logs and warehouse data belong to the Buyer and are stored on the Buyer's server in Tianjin. The Supplier may use them only to perform this Contract.
P:8.2 Remote maintenance requires the Buyer's approval for each session, through the Buyer's VPN, and is logged. The Supplier shall not copy Buyer data out of the Buyer's systems.
P:8.3 The Supplier shall report any security incident within 12 hours and is liable for the Buyer's losses caused by an incident attributable to the Supplier.
H:Section 9 Confidentiality
P:9.1 The Supplier shall keep confidential the Buyer's layouts, customer names, stock levels and all other non-public information received under this Contract, and shall not disclose it to any third party without the Buyer's written consent, during this Contract and for three years after it ends.
H:Section 10 Delay and Liability
P:10.1 If the Supplier is late in delivery or in passing the final acceptance tests, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, damage to goods in the Buyer's custody caused by wilful misconduct, and breach of Sections 8 and 9, which are not limited.
H:Section 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The local service partner named in the Supplier's offer is approved on signature. The Supplier remains responsible for all subcontractors.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay damages reach their maximum.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.
H:Section 14 Training and Documentation
P:14.1 The Supplier shall train up to twelve of the Buyer's operators and two administrators in the Buyer's warehouse, covering daily use, alarm handling, calibration checks, battery replacement and user management, and shall provide manuals in Chinese.
P:14.2 The Supplier shall deliver as-built drawings showing the position and identifier of every sensor, gateway and door sensor, and a recalibration procedure that the Buyer may follow with its own reference instrument.
H:Section 15 Force Majeure
P:15.1 Neither party is liable for delay caused by natural disasters, epidemics, war or other events beyond its reasonable control, provided it notifies the other party within five days and takes reasonable steps to limit the delay. Dates under this Contract are extended by the duration of the event.
H:Section 16 General
P:15.1 Annexes: Annex A, technical specification; Annex B, installation drawing of the six chambers; Annex C, acceptance test procedure. Amendments must be in writing and signed by both parties.
P:Signed for the Buyer: ____________  Date: ____________
P:Signed for the Supplier: ____________  Date: ____________
"""
E02 = """# Order Form and General Terms — Revenue Management Service

**Vendor:** Najd Analytics Company, a limited liability company registered in Riyadh, Kingdom of Saudi Arabia ("Najd").

**Customer:** Xiamen Haiyue Hotel Management Co., Ltd., Siming District, Xiamen, People's Republic of China ("Customer").

**Order Form No.:** NA-OF-2025-118 **Date:** 3 June 2025

This Order Form is governed by the General Terms printed below it. Together they form the agreement between Najd and Customer (the "Agreement"). If the Order Form and the General Terms conflict, the Order Form prevails.

## Part A — Order Form

**1. Service.** RateWise, Najd's cloud revenue-management service, for the twelve hotels of Customer listed in Attachment 1: daily rate recommendations, demand forecasts, competitor rate monitoring, group-booking evaluation and management dashboards, with a connector to Customer's property management system and channel manager.

**2. Subscription Term.** Two Subscription Years, from 1 August 2025 to 31 July 2027. Subscription Year 1 runs from 1 August 2025 to 31 July 2026 and Subscription Year 2 from 1 August 2026 to 31 July 2027.

**3. Fees.** At Customer's request all fees are stated and invoiced in CNY.

| Item | Basis | Fee per Subscription Year (CNY) | Total (CNY) |
|---|---|---|---|
| RateWise subscription | 12 hotels × CNY 21,000 | 252,000 | 504,000 |
| PMS and channel-manager connector | flat | 36,000 | 72,000 |
| Onboarding (one-time) | fixed | — | 42,000 |
| **Total fees for the Subscription Term** | | | **618,000** |

**4. Invoicing and payment.** The onboarding fee is invoiced after Go-Live Acceptance. Subscription and connector fees are invoiced quarterly in arrears (CNY 72,000 per quarter). Invoices are payable within 30 days. No amount is payable before the service starts.

**5. Onboarding and Go-Live Acceptance.** Najd shall complete onboarding by 25 July 2025: connection of the property management system and channel manager for all twelve hotels, loading of two years of booking history, set-up of competitor sets and user training. Go-Live Acceptance requires (a) nightly data loads for all hotels for ten consecutive days without error, (b) reconciliation of on-the-books room nights with the property management system within 0.5%, and (c) delivery of the dashboards listed in Attachment 2. Customer confirms Go-Live Acceptance in writing; use of the service before that is not acceptance. If onboarding is late for reasons attributable to Najd, Najd shall pay CNY 500 for each day of delay.

**6. Renewal.** The Agreement does not renew automatically. Any renewal requires a new Order Form signed by both parties.

**7. Customer responsibilities.** Customer shall give Najd read access to its property management system and channel manager through the vendors' standard interfaces, nominate a revenue manager for each hotel, review the daily recommendations and decide which rates to publish. Rate decisions remain Customer's; Najd does not change rates in any channel without Customer's approval in the Service.

**8. Hotels added or removed.** Customer may add hotels during the Subscription Term at CNY 21,000 per hotel per Subscription Year, charged pro rata from the month of connection, with an onboarding fee of CNY 3,500 per added hotel. A hotel that leaves Customer's group may be removed at the end of any quarter with 60 days' notice, and its fee ends from that quarter.

**9. Customer contacts.** Commercial: Ms Lin Xiaowen, director of revenue. Technical: Mr Chen Hao, IT manager.

## Part B — General Terms

**1. Definitions.** "Customer Data" means the booking, rate, guest-count and revenue data and any other data that Customer or its hotels submit to the service. "Service" means RateWise as described in the Order Form. "Deliverables" means the reports, dashboards and configurations prepared by Najd for Customer.

**2. Access and use.** Najd grants Customer a non-exclusive right to use the Service during the Subscription Term for the hotels in the Order Form. Customer shall not resell the Service or attempt to copy its algorithms. Customer is responsible for the accounts of its users.

**3. Service levels.**

3.1 Najd shall make the Service available at least 99.95% of each calendar month, excluding maintenance announced at least 72 hours in advance and carried out between 01:00 and 05:00 China Standard Time.

3.2 Priority 1 incidents (the Service or the daily recommendations unavailable for all hotels) receive a response within 30 minutes at all times, and a workaround within six hours. Priority 2 incidents receive a response within two hours during business hours.

3.3 If availability in a month falls below 3.1, Customer receives a service credit of 5% of that month's fees for each 0.1 percentage point or part of it below the commitment, up to half of the monthly fees. If a Priority 1 response is late, Customer receives a credit of CNY 1,000 per late incident. Credits are deducted from the next invoice.

**4. Customer Data.**

4.1 As between the parties, Customer owns Customer Data.

4.2 Najd may use Customer Data to provide the Service. Najd may also compile aggregated and de-identified data derived from Customer Data with data from other customers, and use it, during and after the Subscription Term, to build market benchmarks, train its forecasting models and develop its products. Such aggregated data does not identify Customer or any hotel by name.

**5. Data security.** Najd hosts the Service for Customer in a mainland China region of Alibaba Cloud. Najd maintains an information-security programme certified to ISO 27001, encrypts Customer Data in transit and at rest, limits access to named staff with multi-factor authentication, and keeps access logs for at least six months. Najd shall notify Customer within 24 hours after becoming aware of a breach affecting Customer Data, take the measures needed to contain it, and is responsible for the losses that Customer suffers from a breach caused by Najd's failure to meet this clause.

**6. Deliverables.** Deliverables prepared for Customer, including custom reports, dashboards and pricing rules, belong to Customer, who may use, modify and share them freely, including with a successor service provider. The Service itself and Najd's models remain Najd's property.

**7. Confidentiality.** Each party shall protect the other party's confidential information with reasonable care, use it only for the Agreement and not disclose it except to its staff and advisers who need it. This clause survives for three years after the Agreement ends.

**8. Subprocessors.** Najd shall not engage a subcontractor or subprocessor to process Customer Data without Customer's prior written consent. Alibaba Cloud as hosting provider is approved by signature of the Order Form. Najd is liable for its subprocessors.

**9. Warranties.** Najd warrants that the Service will perform materially as described in its documentation and that it will provide the Service with reasonable skill and care. Customer's remedies for service failures are the service credits in section 3, termination under section 11 and damages subject to section 10.

**10. Limitation of liability.** Neither party is liable for indirect or consequential loss. Najd's total aggregate liability arising out of or in connection with the Agreement is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim. This limitation does not apply to Najd's obligations under sections 5 and 7 in case of wilful misconduct.

**11. Termination.** Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after receiving notice. Customer may also terminate if the availability commitment in section 3.1 is missed in any two months of a Subscription Year. On termination Najd shall, at Customer's choice, return Customer Data in CSV format within 15 days and then delete it.

**12. Support and account management.** Najd provides a named customer success manager who speaks Chinese, a monthly performance review with Customer's revenue team, and online training for new users. Support requests may be raised by portal, email or telephone. Najd publishes planned releases and maintenance on its status page and informs Customer of any change that affects the recommendations at least 14 days in advance.

**13. Fees and taxes.** Fees are fixed for the Subscription Term and include applicable taxes. Najd shall issue valid Chinese VAT invoices through its Shanghai service agent.

**14. Governing law and disputes.** The Agreement is governed by the laws of the Kingdom of Saudi Arabia. Any dispute shall be finally resolved by arbitration administered by the Saudi Center for Commercial Arbitration, seated in Riyadh, in the English language, before a sole arbitrator.

**15. Force majeure.** Neither party is liable for failure or delay caused by events beyond its reasonable control, including natural disasters, epidemics, war and failures of public networks, if it informs the other party promptly and resumes performance as soon as it can. Fees for any period in which the Service is unavailable because of such an event are reduced in proportion.

**16. Miscellaneous.** Neither party may assign the Agreement without the other's written consent, except to a successor of its whole business. Notices must be in writing and sent to the contacts in the Order Form. The Agreement is the entire agreement on its subject.

Signed for Najd Analytics Company: ____________ Name, title and date: ____________

Signed for Xiamen Haiyue Hotel Management Co., Ltd.: ____________ Name, title and date: ____________
"""

E04 = """# MANAGED SERVICE DESK AND ENDPOINT MANAGEMENT AGREEMENT

Agreement No. CMS-GZ-2025-07

THIS AGREEMENT is made on 2 April 2025

BETWEEN Guangzhou Lingnan Garment Export Co., Ltd., Panyu District, Guangzhou, People's Republic of China ("Customer"); and

Cedar Managed Services S.A.L., Achrafieh, Beirut, Lebanon ("Provider").

WHEREAS Customer employs about 420 office staff in its head office, two factories and its showroom, and wishes to outsource its IT service desk and the management of its laptops and desktops; and Provider operates a multilingual remote service desk and has agreed to provide the services described below.

## 1. DEFINITIONS

1.1 "Services" means the managed service desk and endpoint management services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer confirms in writing that the transition has been completed in accordance with clause 4.

1.3 "Initial Term" means 36 months from the Service Commencement Date.

1.4 "Customer Data" means all data of Customer, its employees and its buyers that Provider receives or accesses in performing the Services.

1.5 "Monthly Charge" means the fixed monthly charge set out in Schedule 2.

## 2. SERVICES

2.1 Provider shall provide the Services for the Initial Term to the service levels in Schedule 3.

2.2 Provider shall use its remote service desk for first-line support in Chinese and English and shall keep one field engineer on Customer's premises in Guangzhou during business days for hands-on work.

2.3 Provider shall deploy its endpoint management platform on all covered devices, keep operating systems and standard software patched, manage antivirus signatures, and report monthly on device compliance.

2.4 Provider shall assign a service delivery manager who speaks Chinese, keep staffing at the level needed to meet Schedule 3 during Customer's peak seasons before the spring and autumn trade fairs, and give Customer at least 30 days' notice before replacing the field engineer.

## 3. CHARGES AND PAYMENT

3.1 At Customer's request all charges are in CNY. The charges are set out in Schedule 2 and are fixed for the Initial Term.

3.2 The Transition Charge is invoiced after the Service Commencement Date. The Monthly Charge is invoiced monthly in arrears. Invoices are payable within 30 days of receipt. No charge is payable in advance.

3.3 Devices added or removed during the Initial Term are charged or credited at the unit rates in Schedule 2 from the following month.

## 4. TRANSITION AND ACCEPTANCE

4.1 Provider shall complete transition within 60 days after signature. Transition includes: collecting the inventory of devices and software, installing the endpoint agent on every covered device, setting up the ticketing portal and telephone line, documenting runbooks for Customer's business applications, and a two-week parallel run with Customer's current IT team.

4.2 Acceptance criteria: (a) the agent reports from at least 98% of the devices in the agreed inventory; (b) all runbooks listed in Schedule 1 are approved by Customer's IT manager; (c) during the parallel run, at least 95% of tickets are handled within the Schedule 3 targets; and (d) the escalation list and contact sheet are tested. Customer shall confirm acceptance in writing within five working days after Provider shows that the criteria are met. Starting to use the service desk does not mean acceptance.

4.3 If the Service Commencement Date is delayed beyond the 60-day period for reasons attributable to Provider, Provider shall pay liquidated damages of CNY 1,500 for each day of delay.

## 5. SERVICE LEVELS AND SERVICE CREDITS

5.1 Provider shall meet the service levels in Schedule 3 each month and report its performance by the fifth working day of the following month.

5.2 If Provider misses a service level, Customer receives the service credits in Schedule 3, deducted from the next invoice.

## 6. CUSTOMER DATA

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and shall not disclose it to third parties except as this Agreement allows.

6.2 At the end of the Agreement Provider shall return Customer Data to Customer in a commonly used format.

## 7. INTELLECTUAL PROPERTY

7.1 Runbooks, knowledge-base articles, scripts, configuration baselines and reports prepared by Provider for Customer belong to Customer, who may use, modify and give them to any successor provider.

7.2 Provider keeps its rights in its service-desk tools and endpoint platform, which are provided as part of the Services during the term.

## 8. CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public information received from the other, including Customer's designs, buyer lists, prices and production plans, and shall use it only for this Agreement. This obligation survives for three years after termination.

## 9. LIABILITY

9.1 Neither party is liable for loss of profit or indirect loss.

9.2 Provider's total liability under this Agreement is limited to 150% of the total charges for the Initial Term stated in Schedule 2, except for wilful misconduct and personal injury.

## 10. SUBCONTRACTING

10.1 Provider shall not subcontract any part of the Services without Customer's prior written consent, and remains liable for any approved subcontractor.

## 11. TERM AND TERMINATION

11.1 This Agreement starts on signature and continues until the end of the Initial Term. It does not renew automatically; any extension requires a written amendment.

11.2 Neither party may terminate this Agreement before the end of the Initial Term. If Provider fails to perform, Customer's remedies are the service credits under clause 5 and Schedule 3 and the damages under clause 4.3, subject to clause 9.

11.3 At the end of the Initial Term Provider shall give reasonable assistance for up to 30 days in transferring the Services to Customer or a new provider, at the daily rates in Schedule 2.

## 12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## 13. CUSTOMER RESPONSIBILITIES

13.1 Customer shall give Provider remote access to the devices and systems needed for the Services through the access method agreed in the transition plan, provide desk space and a network connection for the field engineer, and keep a current list of authorised requesters.

13.2 Customer shall inform Provider at least ten business days before any office move, new factory line or major software roll-out that affects the Services, so that the runbooks can be updated.

13.3 Customer remains responsible for its software licences, hardware purchases and manufacturers' warranty contracts. Provider shall handle warranty claims with the manufacturers on Customer's behalf.

## 14. GOVERNANCE

14.1 Each party shall name a service manager. The service managers shall meet monthly to review the service report, open problems and planned changes, and quarterly with Customer's IT director to review trends and improvement proposals.

14.2 Changes to the scope of the Services are agreed through a written change request that states the effect on the charges and service levels.

## 15. FORCE MAJEURE

15.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, including natural disasters, epidemics, government orders and failures of public networks, if it informs the other party promptly and takes reasonable steps to limit the effect. The Monthly Charge is reduced in proportion for any period in which the Services cannot be provided because of such an event.

## 16. GENERAL

16.1 Notices must be in writing and sent to the addresses above. Amendments must be signed by both parties. The Schedules form part of this Agreement.

## SCHEDULE 1 — SCOPE

| Service | Description |
|---|---|
| Service desk | Telephone, portal and WeChat support in Chinese and English, 07:30–20:00 on business days, on-call hotline at other times |
| Endpoint management | Agent-based patching, software distribution, antivirus and disk-encryption status for 420 devices |
| Field support | One engineer on site on business days; replacement of parts under the manufacturers' warranties |
| Runbooks | Email, ERP client, CAD workstations, printers and the showroom point-of-sale terminals |
| Reporting | Monthly service report and quarterly review meeting |

## SCHEDULE 2 — CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Service desk | 420 users × CNY 95 per month | 39,900 per month |
| Endpoint management | 420 devices × CNY 40 per month | 16,800 per month |
| Monthly Charge | | 56,700 per month |
| Monthly Charges for the Initial Term | 36 × 56,700 | 2,041,200 |
| Transition Charge (one-time) | fixed | 58,000 |
| **Total charges for the Initial Term** | | **2,099,200** |
| Exit assistance | per engineer day | 2,400 |

## SCHEDULE 3 — SERVICE LEVELS AND CREDITS

| Priority | Definition | Response | Resolution | Credit if missed |
|---|---|---|---|---|
| P1 | Factory or head office cannot work, or the ERP client fails for many users | 15 minutes | 6 hours | 3% of the Monthly Charge per incident |
| P2 | A department or a key user cannot work | 1 hour | 1 business day | 1% of the Monthly Charge per incident |
| P3 | Single user issue with workaround | 8 business hours | 3 business days | none |
| Telephone answer | Calls answered within 60 seconds | 80% of calls per month | — | 2% of the Monthly Charge |

Total credits in a month are capped at 20% of the Monthly Charge.

Signed for Customer: ____________ Date: ____________

Signed for Provider: ____________ Date: ____________
"""
E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. CMD-QD-2025-019

Parties

Carmel Maritime Data Ltd., a company registered in Israel, with its office at the Matam park, Haifa ("Provider").

Qingdao Haitong International Freight Forwarding Co., Ltd., Shinan District, Qingdao, People's Republic of China ("Customer").

Background

Customer arranges sea freight for exporters in Shandong and wishes to show its clients the positions and estimated arrival times of the vessels carrying their containers. Provider operates an application programming interface (API) that delivers vessel positions, port calls and arrival estimates from terrestrial and satellite AIS data. The parties agree as follows.

1. Definitions

1.1 "API" means Provider's vessel-tracking API described in the documentation on Provider's developer portal, version 3.

1.2 "Subscription Term" means two Subscription Years, from 1 September 2025 to 31 August 2027.

1.3 "Call" means one request made to the API with Customer's keys.

1.4 "Historical Package" means the archive of port calls and vessel tracks for the vessels and trades listed in Annex 1, covering January 2022 to August 2025.

1.5 "Customer Data" means the vessel watch lists, container references, client names and other data that Customer sends to the API or stores in Provider's portal.

1.6 "Integration Code" means the sample client library and data-mapping scripts prepared by Provider for Customer under clause 4.

2. Subscription

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to call the API, to display the results in Customer's own tracking portal and mobile application, and to share them with Customer's clients for their shipments.

2.2 Customer shall not resell raw API data as a data feed, or use the API to build a competing data product.

2.3 The Enterprise plan includes up to 3,000,000 Calls per Subscription Year and access for up to 50 developer keys.

3. Fees

3.1 At Customer's request all fees are stated and paid in CNY.

3.2 Enterprise plan subscription: CNY 168,000 per Subscription Year, CNY 336,000 for the Subscription Term.

3.3 Historical Package, one-time: CNY 36,000.

3.4 Total fees under this Agreement: CNY 372,000.

3.5 Calls above the included volume are charged at CNY 0.02 per Call, invoiced quarterly in arrears. Overage charges are not part of the total in clause 3.4.

3.6 The subscription fee is invoiced quarterly in arrears at CNY 42,000 per quarter. The Historical Package fee is invoiced after its acceptance under clause 5. Invoices are payable within 30 days. No fee is payable in advance.

4. Onboarding and Integration Code

4.1 Provider shall issue production keys by 1 September 2025 and deliver the Integration Code for Customer's Java-based tracking portal within 20 days after that date.

4.2 Provider shall hold two remote workshops for Customer's developers on the API, rate limits and error handling.

4.3 Customer shall name a technical contact, provide a test environment for the Integration Code and tell Provider which fields its portal displays, so that the data mapping can be agreed before delivery.

4.4 Provider's developer documentation, sandbox keys and code samples are available to Customer throughout the Subscription Term at no extra charge.

5. Acceptance of the Historical Package

5.1 Provider shall deliver the Historical Package as compressed CSV files with a data dictionary within 30 days after signature.

5.2 Acceptance tests: (a) the files cover every vessel and trade in Annex 1; (b) positions are present for at least 98% of vessel-days in the period; (c) a random sample of 200 port calls agrees with the port authorities' published records; and (d) the files load without error into Customer's database using the data dictionary.

5.3 Customer shall confirm acceptance in writing within ten working days after delivery, or list the defects found. Provider shall correct the defects and deliver again. Download or use of the files does not mean acceptance.

6. Service and Support

6.1 Provider will use commercially reasonable efforts to keep the API available and to deliver data with the latency described in the documentation, and will publish planned maintenance on its status page in advance.

6.2 Customer may raise support requests through the developer portal or by email. Provider will respond to support requests promptly and work diligently to resolve them, giving priority to requests that stop Customer's portal from showing data.

6.3 Provider may change the API, provided that it gives Customer at least 90 days' notice of any change that is not backward compatible and keeps the previous version running during that period.

6.4 Provider shall keep a public status page showing the current state of the API and past incidents, and shall send an email notice to Customer's technical contact when it learns of a disruption that affects Customer's account.

6.5 Customer is responsible for its own portal, for storing the keys securely and for keeping its request rate within the limits in the documentation. Provider may throttle requests that exceed those limits after notice to Customer.

7. Customer Data and Data Security

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API and support to Customer, and shall not use, sell or disclose it for any other purpose, including in aggregated form.

7.2 Provider shall store Customer Data encrypted, restrict access to named support staff, keep access logs, and delete Customer Data within 30 days after the end of this Agreement unless Customer asks for its return.

7.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, take immediate steps to contain it, and compensate Customer for losses caused by a breach attributable to Provider.

7.4 Customer shall not send Provider any personal information of individuals other than the business contact details of its own staff.

7.5 Provider shall answer Customer's reasonable written questions about its security measures once per Subscription Year and shall tell Customer in advance of any change of hosting location for Customer Data.

8. Intellectual Property

8.1 Provider owns the API, the underlying data and its documentation. Results retrieved through the API may be kept and used by Customer during and after the Subscription Term for the shipments concerned.

8.2 The Integration Code and any custom data extracts prepared for Customer belong to Customer, who may use, modify and license them freely.

9. Confidentiality

9.1 Each party shall keep confidential the other party's non-public business and technical information, use it only for this Agreement and disclose it only to staff and advisers who need to know it and are bound by similar duties. This clause survives for three years after this Agreement ends.

10. Liability

10.1 Neither party is liable for indirect or consequential loss, including lost profits or loss of business.

10.2 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 3.4, except for breach of clauses 7 and 9, infringement of intellectual property and wilful misconduct.

11. Subcontracting

11.1 Provider shall not subcontract its obligations or engage any third party to process Customer Data without Customer's prior written consent. Provider remains responsible for approved subcontractors.

12. Term and Termination

12.1 This Agreement runs for the Subscription Term and ends on 31 August 2027. It does not renew automatically; a renewal needs a written agreement signed by both parties.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.3 If Customer terminates under clause 12.2, Provider shall refund any fees paid for the period after termination.

12.4 On expiry or termination Provider shall disable Customer's keys, deliver to Customer on request a final export of Customer Data in CSV format, and then delete Customer Data as set out in clause 7.2. Clauses 7, 8.2, 9 and 10 survive the end of this Agreement.

13. Governing Law and Disputes

13.1 At Customer's request, this Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The arbitration shall be conducted in English.

14. General

14.1 Neither party may assign this Agreement without the other party's written consent.

14.2 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, war, epidemics or failures of public telecommunication networks, provided it notifies the other party promptly and resumes performance as soon as possible. Satellite or terrestrial AIS coverage gaps outside Provider's control are handled as described in the documentation.

14.3 Notices shall be in writing and sent by email with confirmation of receipt to the contacts in Annex 2.

14.4 This Agreement, with Annex 1 (Historical Package scope) and Annex 2 (contacts), is the entire agreement between the parties on its subject and may be amended only in writing signed by both parties.

Signed for Carmel Maritime Data Ltd.
Name: ____________ Title: ____________ Date: ____________

Signed for Qingdao Haitong International Freight Forwarding Co., Ltd.
Name: ____________ Title: ____________ Date: ____________
"""

# ---------------------------------------------------------------------------------------------------------------
# Build, read back, measure, scan for threshold figures, derive the expected rules from the labels, write labels.
# ---------------------------------------------------------------------------------------------------------------
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.dont_write_bytecode = True

FILES = {
    "z01": ("h503z01_religious_affairs_venue_platform.pdf", "zh", Z01),
    "z02": ("h503z02_chemical_fibre_spinning_dcs_retrofit.docx", "zh", Z02),
    "z03": ("h503z03_pet_grooming_chain_booking_saas.txt", "zh", Z03),
    "z04": ("h503z04_supply_coop_agri_inputs_system_om.txt", "zh", Z04),
    "z05": ("h503z05_candied_haw_factory_order_delivery_supplier_template.md", "zh", Z05),
    "e01": ("h503e01_field_service_licence_jordan_vendor.pdf", "en", E01),
    "e02": ("h503e02_hotel_revenue_saas_order_form_saudi_vendor.md", "en", E02),
    "e03": ("h503e03_cold_store_sensors_qatar_supplier.docx", "en", E03),
    "e04": ("h503e04_managed_service_desk_lebanon_provider.md", "en", E04),
    "e05": ("h503e05_vessel_data_api_israel_provider.txt", "en", E05),
}

# ---- labels (buyer's view; conventions in NOTES.md) ----
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(av, p1, rem, ip, dsec, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return dict(zip(KEYS, [av, p1, rem, ip, dsec, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law,
                           kind]))


G, S = "goods_or_licence", "service"
DESIGN = {
    # key: category, value, terms, extra (sla_clause, ld_stated, capped or None, deemed), forum_outside, tco (base, fee %)
    "z01": ("software", 1310000,
            T(None, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 10, False, True, False,
              "PRC", G), (True, True, True, False), False, (620000, 10)),
    "z02": ("hardware", 2320000,
            T(None, 0.25, True, "buyer", True, True, True, 0.08, 60, 10, True, True, 24, 8, False, True, True,
              "PRC", G), (True, True, True, False), False, (1910000, 8)),
    "z03": ("cloud", 406000,
            T(99.5, 0.5, True, "buyer", True, True, True, 300 / 406000 * 100, 200, None, True, None, None, None, True,
              True, False, "PRC", S), (True, True, None, False), False, None),
    "z04": ("services", 414000,
            T(99.95, 0.5, True, "buyer", True, True, False, 0.03, None, None, True, None, None, None, False, True,
              False, "PRC", S), (True, True, None, False), False, None),
    "z05": ("software", 480000,
            T(None, 8, False, "supplier", True, False, True, 0.02, 20, 50, False, False, 6, 25, False, True, None,
              "PRC", G), (True, True, True, True), False, (384000, 25)),
    "e01": ("software", 1540000,
            T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 14, False, True, False,
              "Jordan", G), (True, True, True, False), True, (1080000, 14)),
    "e02": ("cloud", 618000,
            T(99.95, 0.5, True, "buyer", True, False, True, 500 / 618000 * 100, 6 / 24 * 100, None, True, None, None,
              None, False, True, False, "Saudi Arabia", S), (True, True, None, False), True, None),
    "e03": ("hardware", 1058000,
            T(None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 6, False, True, False,
              "PRC", G), (True, True, True, False), False, (924000, 6)),
    "e04": ("services", 2099200,
            T(None, 0.25, True, "buyer", False, True, True, 1500 / 2099200 * 100, 150, None, True, None, None, None,
              False, False, False, "PRC", S), (True, True, None, False), False, None),
    "e05": ("cloud", 372000,
            T(None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True, False,
              "PRC", S), (False, False, None, False), False, None),
}

# my design list (written before deriving), checked against the derivation below
DESIGN_RULES = {
    "z01": [], "e03": [], "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-LD-LOW"],
    "e02": ["CR-DATA-OWNERSHIP", "CR-GOVERNING-LAW", "CR-LIABILITY-CAP"],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE",
            "CR-WARRANTY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco_share(value, warranty_months, base, fee_pct, horizon=5):
    """policy §4, my own reading: horizon from acceptance; post-warranty years pro rata; fee base = itemised subtotal."""
    post_years = max(0.0, horizon - warranty_months / 12)
    post = post_years * base * fee_pct / 100
    return post / (value + post) * 100, post


def derive_rules(terms, extra, forum_outside, tco, value):
    """my reading of policy.md §3 (thresholds 99.9 / 4 h / 0.05 %/day / 100 % / 30 % / 12 months / 15 % / 40 %)."""
    t, r = terms, []
    goods = t["contract_kind"] == G
    if not extra["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if extra["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not extra["ld_stated"]:
        r.append("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not extra.get("post_warranty_fee_capped")
                  or t["post_warranty_fee_pct"] > 15):
        r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.append("CR-GOVERNING-LAW")
    if goods and tco and t["post_warranty_fee_pct"] is not None:
        share, _ = tco_share(value, t["warranty_months"], *tco)
        if share > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk_of(rules):
    sev = [SEVERITY.get(x, "medium") for x in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# ---- threshold figures: patterns and self-test ----
NUM_L = r"(?<![\d.,])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
CN_NUM = "零一二三四五六七八九十百千两"
PATTERNS = [
    NUM_L + r"99\.90*(?!\d)" + PCT, r"百分之九十九点九(?![0-9" + CN_NUM + "])",
    NUM_L + r"4\s*(?:个)?\s*(?:小时|钟头|h(?![a-z])|hours?|hrs?)", r"(?<![" + CN_NUM + r"\d])四\s*(?:个)?\s*小时",
    r"(?<![\w-])four[\s-]*(?:\(4\)\s*)?hours?", NUM_L + r"240\s*(?:分钟|min)",
    NUM_L + r"0\.050*(?!\d)" + PCT, r"万分之五(?![0-9" + CN_NUM + "点])", r"千分之零点五", NUM_L + r"0\.5\s*‰",
    NUM_L + r"100(?:\.0+)?(?!\d)" + PCT, r"百分之(?:一)?百(?![0-9" + CN_NUM + "点])", r"(?<![\w-])(?:one\s+)?hundred\s+per\s*cent",
    NUM_L + r"30(?:\.0+)?(?!\d)" + PCT, r"百分之三十(?![" + CN_NUM + "点])", r"三成", r"(?<![\w-])thirty\s+per\s*cent",
    NUM_L + r"12\s*(?:个)?\s*[-\s]*(?:月|months?)", r"(?<![" + CN_NUM + r"])十二\s*个\s*月", r"(?<![\w-])twelve[\s-]*months?",
    r"一年", r"(?<![\w-])one[\s-]*years?\b", NUM_L + r"1\s*[-\s]*(?:年(?!度)|years?\b)",
    NUM_L + r"15(?:\.0+)?(?!\d)" + PCT, r"百分之十五(?![" + CN_NUM + "点])", r"(?<![\w-])fifteen\s+per\s*cent",
    NUM_L + r"40(?:\.0+)?(?!\d)" + PCT, r"百分之四十(?![" + CN_NUM + "点])", r"四成", r"(?<![\w-])forty\s+per\s*cent",
    NUM_L + r"5\s*[-\s]*(?:年|years?\b)", r"五年", r"(?<![\w-])five[\s-]*years?",
    NUM_L + r"60\s*(?:个)?\s*[-\s]*(?:月|months?)", r"(?<![\w-])sixty[\s-]*months?",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["4小时", "4 小时", "四小时", "4 hours", "four hours", "240分钟", "99.9%", "99.9 %", "99.90%", "0.05%",
            "0.05 %", "万分之五", "100%", "百分之百", "30%", "30 %", "百分之三十", "三成", "12个月", "12 个月", "十二个月",
            "twelve months", "12 months", "12-month", "一年", "one year", "1 year", "15%", "百分之十五", "40%", "四成",
            "5年", "5 年", "五年", "five years", "5 years", "60 months", "60个月", "100 per cent"]
MUST_MISS = ["24小时", "24 hours", "二十四小时", "twenty-four hours", "99.95%", "99.5%", "115%", "0.15%", "150%",
             "2025年", "万分之五十", "服务年度", "Subscription Year", "14小时", "0.055%", "130%", "0.30%", "140%",
             "0.40%", "112个月", "2015年", "1.5 years", "45%", "35%", "0.5%", "25%", "2,100,000", "8小时", "十四小时",
             "14 hours", "2025 year", "维护年度"]


def hits(text):
    out = []
    for rx in RX:
        out += [m.group(0) for m in rx.finditer(text)]
    return out


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def variants(text):
    return [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]


# ---- read back ----
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def label_json(key):
    cat, value, terms, (sla, lds, capped, deemed), forum, tco = DESIGN[key]
    name, lang, _ = FILES[key]
    extra = {"sla_clause": sla, "ld_stated": lds}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    rules = derive_rules(terms, extra, forum, tco, value)
    d = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
         "expected_rules": rules}
    return d, rules


def check_thresholds(terms, key):
    t = terms
    for k, th in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                  ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                  ("post_warranty_fee_pct", 15)]:
        assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k, t[k])


if __name__ == "__main__":
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    SOURCES = {k: v[2] for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
    TARGETS = {k: (FILES[k][0], FILES[k][0].rsplit(".", 1)[1]) for k in SOURCES}
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for k, (name, lang, src) in FILES.items():
        if k not in SOURCES:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    covered, problems = set(), []
    for k, (name, lang, src) in FILES.items():
        text = read_back(OUT / name)
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((name, "length", n))
        plain = re.sub(r"^(T|H|P|TB|LN):", "", src, flags=re.M)
        for label, body in [("read back", text), ("source", src), ("source text", plain)]:
            for v in variants(body):
                h = hits(v)
                if h:
                    problems.append((name, label, sorted(set(h))))
        d, rules = label_json(k)
        check_thresholds(d["expected_terms"], k)
        cat, value, terms, _, _, tco = DESIGN[k]
        share = None
        if tco:
            share, post = tco_share(value, terms["warranty_months"], *tco)
            assert abs(share - 40) > 2, (k, share)
        assert rules == sorted(DESIGN_RULES[k]), (k, rules, DESIGN_RULES[k])
        covered |= set(rules)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(d, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        nonws = len(re.sub(r"\s", "", text))
        print("%-66s %s %5d%s  risk %-6s TCO %s  %s" % (name, lang, n, (" (non-ws %d)" % nonws) if lang == "zh" else "",
              risk_of(rules), "-" if share is None else "%.2f%%" % share, ", ".join(r[3:] for r in rules) or "(none)"))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    kinds = [len(DESIGN_RULES[k]) for k in FILES]
    assert sum(1 for k in FILES if not DESIGN_RULES[k]) == 2
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed")
