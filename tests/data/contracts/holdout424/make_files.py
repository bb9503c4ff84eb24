"""holdout424 generator: the ten draft contracts (sources below), their labels and the checks. Run with
/work/main/.venv/bin/python -B make_files.py in this folder."""
Z01 = """T:市民政局养老服务综合监管平台建设项目政府采购合同
P:合同编号：MZJ-ZFCG-2026-017　　项目编号：HXCG-2026-0318（公开招标）
P:采购人（甲方）：江州市民政局　　地址：江州市建设路88号
P:供应商（乙方）：江州智养信息技术有限公司　　地址：江州市高新区云谷大道16号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就江州市养老服务综合监管平台（以下简称“平台”）的软件许可及定制开发事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供平台软件许可，并完成养老机构监管、居家养老服务补贴发放、服务质量评价、监管驾驶舱四个定制模块的开发、部署、数据对接和培训。
P:1.2 平台部署于江州市政务云，与省民政一体化平台、市大数据局人口库、市场监管登记系统对接。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰贰拾玖万捌仟元整（¥2,298,000），包含税费及完成本项目的全部费用，分项如下：
P:平台软件许可（永久使用，不限用户数）：¥860,000；
P:定制开发（四个模块）：¥1,120,000；
P:数据对接与历史数据迁移：¥186,000；
P:部署实施：¥94,000；
P:培训：¥38,000。
P:2.2 除双方书面变更外，合同总价在履行期内不作调整。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥459,600。
P:3.2 平台通过初验后15个工作日内，甲方支付合同总价的45%，即¥1,034,100。
P:3.3 平台通过终验后15个工作日内，甲方支付合同总价的35%，即¥804,300。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方通过国库集中支付方式付款。
H:第四条 交付与工期
P:4.1 乙方应于合同生效后90日内完成部署和初验准备，150日内完成全部定制模块并申请终验。
P:4.2 乙方应按甲方确认的需求规格说明书开发，需求变更须经甲方书面确认。
P:4.3 乙方应指定具有高级项目经理资格的项目负责人，并保证开发团队不少于8人在江州驻场，主要人员变更须经甲方书面同意。
P:4.4 乙方应为甲方及各区县民政部门、街道（乡镇）工作人员提供不少于6期的操作培训，并提供培训教材和视频。
H:第五条 验收
P:5.1 初验条件：四个定制模块功能符合需求规格说明书；与省民政一体化平台、人口库、市场监管登记系统的接口联调通过；历史数据迁移后抽样核对无差错；500个并发用户下页面响应时间不超过3秒。
P:5.2 终验条件：平台试运行60日，期间无一级故障；完成第三方等保三级测评和软件安全测评；移交源代码、设计文档、操作手册。
P:5.3 甲方组织验收小组按上述标准逐项测试并出具书面验收报告。平台上线运行、甲方使用或支付款项均不视为验收合格。
H:第六条 质量保证与运维服务
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，甲方可续购年度维护服务，年度维护费不超过平台软件许可费的10%（即每服务年度不超过¥86,000），乙方承诺质保期满后两个服务年度内按此标准执行，不得上调。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护除外，维护须提前3个工作日经甲方同意）。
P:7.2 故障分级响应：一级故障（平台整体不可用或补贴发放中断）30分钟内响应，2小时内到场；二级故障2小时内响应；三级故障1个工作日内响应。
P:7.3 乙方超出响应时限的，每超时1小时向甲方支付¥1,000；月度可用率每低于约定值0.01个百分点，扣减当季维护费用¥2,000，质保期内从履约保证金中扣除。
H:第八条 知识产权
P:8.1 本合同项下定制开发的模块、接口程序、源代码及文档的知识产权归甲方所有，甲方可自行使用、修改或委托第三方维护。
P:8.2 平台基础软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证不侵犯第三方权利。
H:第九条 数据安全与数据权属
P:9.1 平台中的老年人信息、养老机构信息、补贴发放记录等全部数据归甲方所有，乙方仅为履行本合同使用，不得复制、留存或用于其他任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，落实等保三级要求，对敏感字段加密存储，运维须经堡垒机并留存日志。
P:9.3 发生数据泄露、篡改等安全事件，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行合同中知悉的甲方工作秘密、技术资料和个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。合同终止后保密义务继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期完成初验或终验的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.3 乙方交付成果不符合约定的，应在甲方指定期限内免费整改并承担由此产生的费用。
H:第十二条 分包与转让
P:12.1 乙方不得转包或分包本合同项下任何工作，不得将合同权利义务转让给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，根据影响程度部分或全部免除责任。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 通知
P:16.1 双方往来通知以书面形式送达合同首部所列地址，或发送至双方指定联系人的电子邮箱，发出之日起第三日视为送达。
H:第十七条 其他
P:17.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:17.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:附件：1.分项报价表 2.需求规格说明书 3.验收方案
P:甲方（盖章）：江州市民政局　　代表签字：__________　　日期：2026年3月20日
P:乙方（盖章）：江州智养信息技术有限公司　　代表签字：__________　　日期：2026年3月20日
"""

Z02 = """T:挤压机控制系统改造及维保合同
P:合同编号：NHLX-SB-2026-042
P:甲方（买方）：南海鸿利铝型材有限公司　　地址：佛山市南海区狮山镇工业大道9号
P:乙方（卖方）：广东正控自动化工程有限公司　　地址：佛山市顺德区北滘镇科技路21号
P:鉴于甲方四台铝型材挤压机（1800吨两台、2500吨两台）原控制系统老化、故障频发，乙方具备相应的设计、供货和改造能力，双方经协商，就控制系统改造及后续维保事宜签订本合同。
H:一、改造范围
P:（一）更换四台挤压机的PLC控制柜、伺服泵控系统、压力及位移传感器、温度仪表，配套HMI与上位机监控软件。
P:（二）开发挤压工艺参数管理、等温挤压速度控制、生产报表程序，并与甲方MES系统对接。
P:（三）拆除旧系统、安装调试新系统，每台挤压机停机改造时间不超过10日，改造按甲方生产计划逐台进行。
H:二、合同价款
P:（一）合同总价为人民币贰佰零陆万捌仟元整（¥2,068,000），含税、运输、保险、安装及调试费用，明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块）|4套|186,000|744,000
TB:2|伺服泵控系统|4套|152,000|608,000
TB:3|传感器及仪表|1批|126,000|126,000
TB:4|HMI与上位机监控软件许可|4套|38,000|152,000
TB:|软硬件小计|||1,630,000
TB:5|程序开发与工艺调试|1项|268,000|268,000
TB:6|拆旧及安装改造|1项|146,000|146,000
TB:7|操作及维护培训|1项|24,000|24,000
TB:|合同总价|||2,068,000
P:（二）上表价格为固定价格，不因原材料或人工价格变化而调整。
H:三、付款
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%作为预付款。
P:（二）全部设备到货并完成安装后，甲方支付合同总价的35%。到货和安装不代表质量验收。
P:（三）四台挤压机全部通过最终验收后，甲方支付合同总价的45%。
P:（四）乙方应在每次付款前开具全额增值税专用发票。
H:四、交货与工期
P:（一）乙方应于合同签订后60日内将全部设备运至甲方厂区，并于合同签订后150日内完成四台挤压机的改造。
P:（二）设备开箱时双方共同清点，型号、数量不符的，乙方应在7日内补齐或更换。
H:五、验收
P:（一）单机验收：每台挤压机改造完成后连续生产72小时，挤压速度控制偏差不超过±2%，主缸压力显示误差不超过±0.5MPa，无控制系统原因停机。
P:（二）最终验收：四台挤压机全部改造完成后连续生产15日，成品率不低于改造前三个月平均水平，报表数据与MES系统核对一致，乙方已移交程序源代码、电气图纸及操作手册。
P:（三）验收由甲方设备部组织，按上述标准逐项测试并签署书面验收报告。试生产、使用或付款均不视为验收合格。
H:六、质量保证与维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件故障由乙方免费维修、更换。
P:（二）质保期满后，甲方可委托乙方提供年度维保服务，年度维保费按软硬件小计的8%计取，即每服务年度¥130,400，质保期满后三个服务年度内不上调。
P:（三）故障响应：一级故障（挤压机因控制系统停机）乙方30分钟内远程响应，3小时内到达现场；二级故障（局部功能异常不影响生产）2小时内响应，次日到场；三级故障（报表、界面类问题）2个工作日内处理。
P:（四）乙方未在上述时限内响应或到场的，每超时1小时向甲方支付¥800，从维保费或质保金中扣除。
H:七、知识产权
P:（一）为本项目开发的工艺参数管理程序、报表程序、MES接口程序及其源代码的知识产权归甲方所有，甲方可自行修改或委托他人维护。
P:（二）PLC及HMI软件产品的知识产权归原厂所有，甲方获得永久使用许可。
H:八、数据安全
P:（一）挤压工艺参数、生产数据和设备运行数据归甲方所有，乙方不得复制、带离或用于本合同以外的目的。
P:（二）乙方远程维护须经甲方逐次审批，通过甲方指定的VPN接入并保留操作日志；乙方应对其人员进行安全教育，不得在控制网络中使用未经查杀的移动存储介质。
P:（三）发生数据泄露、控制程序被篡改等安全事件的，乙方应在2小时内报告甲方并协助处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:九、保密
P:乙方对在履行本合同过程中知悉的甲方工艺配方、模具参数、客户信息等商业秘密负有保密义务，保密期限至相关信息公开为止。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:（三）因乙方原因造成挤压机停机超过约定改造时间的，乙方还应承担甲方因此发生的直接损失。
H:十一、合同的继续履行
P:（一）合同生效后，任何一方不得以对方违约为由解除本合同。一方违约的，守约方可以要求违约方继续履行、采取补救措施并支付违约金。
P:（二）因不可抗力致使合同目的不能实现的除外。
H:十二、分包
P:（一）乙方不得转包本合同。设备搬运、土建基础等辅助工作确需分包的，应事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:十三、争议解决
P:（一）本合同适用中华人民共和国法律。因本合同引起的争议，提交佛山仲裁委员会仲裁。
H:十四、其他
P:（一）本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方：南海鸿利铝型材有限公司（盖章）　　代表：__________
P:乙方：广东正控自动化工程有限公司（盖章）　　代表：__________
P:签订日期：2026年4月8日
"""

Z03 = """票务及会员管理SaaS服务及实施合同

合同编号：QLLY-IT-2026-009

甲方（客户）：成都奇乐亲子乐园管理有限公司
地址：成都市锦江区东大街518号
乙方（服务商）：四川云票通科技有限公司
地址：成都市高新区天府三街199号

甲方在成都、重庆、绵阳等地经营24家儿童乐园门店。为统一票务、闸机核验和会员管理，甲方采购乙方“云票通”票务及会员SaaS服务，并委托乙方完成实施。双方协商一致，订立本合同。

1. 服务内容
1.1 乙方为甲方24家门店开通云票通SaaS服务，包括线上售票、次卡与年卡管理、闸机核验、会员积分与储值、营销活动、经营报表等功能。
1.2 实施服务包括：门店闸机对接（共62台）、微信小程序及抖音团购核销对接、原有会员数据迁移（约41万条）、收银员与店长培训。
1.3 新开门店可按本合同订阅单价增加，增加部分另行签订补充协议。

2. 服务期限
2.1 初始订阅期为三个服务年度，自全部门店上线验收合格之日起计算。
2.2 初始订阅期届满前30日内任何一方未书面提出不续订的，本合同自动续订一个服务年度，续订次数不限。续订时乙方有权将订阅单价上调，每次上调幅度不超过8%，乙方应于届满前15日通知甲方调整后的价格。

3. 费用
3.1 订阅费：每门店每服务年度¥9,800，24家门店每服务年度合计¥235,200，三个服务年度合计¥705,600。
3.2 实施费（一次性）：¥168,000。
3.3 本合同初始订阅期总金额为¥873,600（含税）。

4. 付款
4.1 订阅费按季度结算，每季度结束后15日内，乙方提供服务报告和发票，甲方支付上一季度订阅费¥58,800。
4.2 实施费在全部门店上线验收合格后15个工作日内一次性支付。
4.3 甲方不向乙方预付任何款项。

5. 实施与上线验收
5.1 乙方应在合同签订后75日内完成24家门店的部署与对接。
5.2 上线验收标准：（1）62台闸机全部可正常核验，单次核验时间不超过1秒；（2）会员数据迁移后由甲方抽样5000条核对，余额、积分、有效期无差错；（3）小程序购票、团购核销、退款流程测试通过；（4）在2000笔每分钟的下单压力下系统无报错；（5）甲方24家门店试运行10日无一级故障。
5.3 甲方在乙方提交验收申请后7个工作日内组织测试并出具书面验收意见。门店开始售票不视为验收合格。
5.4 乙方逾期完成上线验收的，每逾期一日向甲方支付违约金¥800。

6. 服务水平
6.1 SaaS服务月度可用率不低于99.5%，计划内维护应安排在凌晨1点至6点之间并提前48小时通知甲方。
6.2 一级故障（售票或闸机核验中断）乙方30分钟内响应，2小时内恢复；二级故障2小时内响应；三级故障1个工作日内响应。
6.3 月度可用率低于约定值的，按低于的程度减免当月订阅费的5%至20%；一级故障未在2小时内恢复的，每次减免当月订阅费¥1,500。

7. 数据与个人信息保护
7.1 会员信息、交易记录和门店经营数据归甲方所有，乙方仅为向甲方提供本合同服务而处理，不得用于其他目的，不得向任何第三方提供。
7.2 乙方应遵守《个人信息保护法》《数据安全法》，在中国境内存储数据，对手机号、身份证号等字段加密存储，实行最小权限访问和操作日志审计，系统通过等保三级测评。
7.3 发生个人信息泄露等安全事件的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成甲方或会员损失的，由乙方承担赔偿责任。
7.4 合同终止后30日内，乙方应将全部数据以通用格式交付甲方，并在甲方确认后删除。

8. 知识产权
8.1 云票通平台及其标准功能的知识产权归乙方所有。
8.2 乙方为甲方定制的报表、小程序页面和对接程序的知识产权归甲方所有，甲方可自由使用、修改，也可交由第三方维护。

9. 责任限制
9.1 乙方在本合同项下的累计赔偿责任以本合同初始订阅期总金额的150%为限，但乙方故意或重大过失、侵犯知识产权以及违反第7条造成的损失不受此限。

10. 分包
10.1 乙方不得将本合同服务分包给第三方，确需分包闸机安装调试工作的，应事先取得甲方书面同意。

11. 合同解除
11.1 一方严重违约，经守约方书面通知后15日内未纠正的，守约方有权解除本合同并要求赔偿。
11.2 连续两个月可用率低于97%的，甲方有权解除本合同。

12. 法律适用与争议
12.1 本合同适用中华人民共和国法律。
12.2 因本合同发生争议的，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

13. 其他
13.1 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都奇乐亲子乐园管理有限公司　　授权代表：__________
乙方（盖章）：四川云票通科技有限公司　　授权代表：__________
签订日期：2026年5月12日
"""

Z04 = """江州市统计局统计联网直报系统运维服务合同

项目名称：统计联网直报系统年度运维服务
采购方式：竞争性磋商　　项目编号：JZTJ-CS-2025-26
甲方（采购人）：江州市统计局
乙方（成交供应商）：江州数通运维服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，双方就统计联网直报系统运维服务订立本合同。

【服务范围】
（1）乙方负责江州市统计联网直报系统（含企业一套表直报平台、数据审核与汇总模块、统计数据库、门户网站）的日常运行维护，覆盖市本级及9个县（市、区）统计部门。
（2）服务内容包括：驻场运维（2人，工作日驻场）、系统巡检与升级、数据库维护与备份、安全加固、年报和定报期间的应急保障、用户咨询与操作指导。
（3）服务期为2026年1月1日至2026年12月31日。服务期满合同终止，不自动续期。

【服务费用】
（4）合同总价为人民币伍拾柒万陆仟元整（¥576,000），含税，分项如下：驻场运维¥384,000；巡检与升级¥96,000；安全加固¥58,000；年报定报应急保障¥38,000。
（5）服务费按季度平均支付，每季度¥144,000。每季度结束后，乙方提交季度运维报告，经甲方考核合格后15个工作日内支付该季度服务费。甲方不支付预付款。

【服务要求】
（6）驻场人员应具备数据库和网络运维经验，名单须经甲方确认，更换人员应提前10日书面告知甲方并经甲方同意。
（7）乙方每周巡检一次服务器、数据库、网络设备，每日检查备份任务，每月提交巡检报告。
（8）年报、定报集中上报期间，乙方应安排不少于4名技术人员在岗，实行7×24小时值守。

【服务水平】
（9）直报系统月度可用率不低于99.95%。
（10）一级故障（企业无法登录或无法上报数据）：30分钟内响应，2小时内恢复；二级故障（部分功能异常）：1小时内响应，8小时内解决；三级故障（咨询类问题）：当日答复。
（11）数据库每日全量备份，备份保存不少于90日，数据恢复演练每季度一次。
（12）服务水平未达到上述指标的，乙方应查明原因并限期整改，甲方不据此扣减服务费，也不另行收取违约金。

【考核与验收】
（13）甲方按季度对乙方进行考核，考核内容包括：故障响应及恢复时间是否符合第（10）项；巡检报告、备份记录是否完整；用户满意度抽样调查是否不低于90分；安全检查是否发现高危漏洞未修复。
（14）服务期满后，乙方提交年度运维总结、系统配置文档和账号清单，甲方按第（13）项标准组织年终验收并出具书面验收意见。

【数据安全】
（15）直报系统中的统计资料、调查对象信息和数据库全部归甲方所有，乙方仅为履行运维职责接触，不得复制、下载、留存或用于任何其他目的。
（16）乙方应遵守《统计法》《数据安全法》，运维操作须经堡垒机并留存审计日志，不得在运维终端存储统计数据，远程运维须经甲方当次审批。
（17）发生数据泄露、篡改或系统被攻击等安全事件的，乙方应在1小时内报告甲方，配合调查处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

【保密】
（18）乙方及其人员对工作中接触的统计资料、未公开的统计数据及调查对象的商业秘密负有保密义务，应签署保密承诺书。保密义务不因合同终止而解除。

【知识产权】
（19）乙方在服务期间编写的运维脚本、配置文档、应急预案和报告的知识产权归甲方所有。

【分包】
（20）乙方可将机房巡检、设备清洁等辅助性工作分包给第三方，但应提前书面告知甲方，乙方对分包工作承担责任。

【违约责任】
（21）乙方未按约定时间完成驻场人员到岗，或未在年报、定报开始前完成系统准备工作的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（22）甲方无故逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。

【合同解除】
（23）乙方严重违约，经甲方书面催告后10日内仍未改正的，甲方有权解除本合同，并按实际服务期间结算费用。

【争议解决】
（24）本合同适用中华人民共和国法律。发生争议协商不成的，向甲方所在地人民法院起诉。

【其他】
（25）本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。

甲方（盖章）：江州市统计局　　代表：__________　　日期：2025年12月18日
乙方（盖章）：江州数通运维服务有限公司　　代表：__________　　日期：2025年12月18日
"""

Z05 = """# 能源管理系统（EMS）软件许可及定制开发合同

**杭州绿能智控软件有限公司 标准合同文本 LN-EMS-2026版**

合同编号：LN-2026-0615

甲方（用户）：绍兴咸亨腐乳食品有限公司，地址：绍兴市越城区鉴湖路77号

乙方（供应商）：杭州绿能智控软件有限公司，地址：杭州市滨江区江南大道1088号

甲方拟建设工厂能源管理系统，对蒸汽、电、天然气和水的消耗进行采集、分析与考核。乙方同意按本合同约定向甲方许可其“绿能EMS”软件并完成定制开发。双方经友好协商，签订本合同，以资共同遵守。

## 第一条 项目内容

1.1 乙方向甲方提供绿能EMS软件许可（含能耗采集、能效分析、能源计划三个模块，永久许可，部署于甲方服务器）。

1.2 乙方为甲方定制开发：发酵房温湿度与蒸汽能耗关联分析、腌制车间分时电价优化、能源成本日报月报，以及与甲方ERP系统的接口。

1.3 乙方负责软件安装、与甲方已有计量表具的数据对接及操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 绿能EMS软件许可（三个模块） | 520,000 |
| 2 | 定制开发（关联分析、电价优化、报表、ERP接口） | 86,000 |
| 3 | 安装部署、数据对接及培训 | 24,000 |
| | 合同总价 | 630,000 |

2.1 合同总价为人民币陆拾叁万元整（¥630,000），含增值税。

2.2 计量表具、采集网关和服务器由甲方自行采购，不在本合同范围内。

## 第三条 付款方式

3.1 本合同签订后7日内，甲方支付合同总价的65%，即¥409,500。

3.2 系统安装完成并上线运行后7日内，甲方支付合同总价的35%，即¥220,500。

3.3 甲方逾期付款的，乙方有权暂停实施和技术服务，工期相应顺延。

## 第四条 交付与验收

4.1 乙方在收到首笔款项后90日内完成软件安装和定制开发。

4.2 系统安装完成并上线运行，即视为甲方验收合格。甲方在上线后提出的需求调整，按新增需求另行计费。

## 第五条 免费维护期与维保服务

5.1 免费维护期为六个月，自系统上线运行之日起计算。免费维护期内乙方负责修复软件缺陷。

5.2 免费维护期满后，甲方应购买乙方年度维保服务，年度维保费为软件许可费的22%，即每服务年度¥114,400，按服务年度预付。

5.3 维保服务内容包括远程技术支持、缺陷修复和软件版本升级。

## 第六条 技术支持

6.1 乙方在工作日9:00—17:30通过电话、微信群和远程方式提供技术支持，并将尽合理努力及时处理甲方反映的问题。

6.2 现场服务须由甲方提前预约，免费维护期满后现场服务按每人每日¥2,500另行收费。

## 第七条 知识产权

7.1 绿能EMS软件及乙方为本项目定制开发的全部程序、模型、报表模板及相关文档的知识产权均归乙方所有。

7.2 甲方在本合同有效期内享有定制成果的非独占使用权，不得修改、反向工程或许可第三方使用。

## 第八条 数据

8.1 系统采集的能耗数据和生产数据归甲方所有。

8.2 甲方同意，乙方可将甲方能耗数据脱敏、汇总后用于行业能效对标分析、算法训练及产品改进，该使用不因本合同终止而停止。

8.3 乙方应采取访问控制、传输加密和操作日志审计等措施保护系统数据安全；因乙方原因导致甲方数据泄露或丢失的，乙方应在24小时内通知甲方并承担相应的赔偿责任。

## 第九条 保密

9.1 双方对在合作中获知的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内有效。

## 第十条 违约责任

10.1 乙方逾期完成安装及定制开发的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。任何情况下乙方不承担甲方的间接损失、利润损失或停产损失。

## 第十一条 合同解除

11.1 任何一方严重违反本合同，经对方书面通知后30日内未纠正的，守约方有权解除本合同。

## 第十二条 不可抗力

12.1 因不可抗力导致不能履行的，受影响方应及时通知对方，并在合理期限内提供证明。

## 第十三条 争议解决

13.1 因本合同产生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同条款为乙方标准条款，甲方已充分阅读并理解。

甲方（盖章）：绍兴咸亨腐乳食品有限公司　　代表：__________

乙方（盖章）：杭州绿能智控软件有限公司　　代表：__________

签订日期：2026年6月15日
"""
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. LSA-2026-0211
P:This Agreement is made on 2 March 2026 between Suzhou Hengtong Supply Chain Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office at 88 Xinghu Street, Suzhou Industrial Park, Jiangsu ("Customer"), and Lakeshore Logistics Software Inc., a corporation organised under the laws of Ontario with its office at 150 King Street South, Waterloo, Ontario, Canada ("Vendor").
P:Background: Customer operates three regional distribution centres in Suzhou, Wuxi and Kunshan and wishes to replace its existing warehouse system. Vendor develops the Lakeshore WMS warehouse management software. Customer selected Vendor after a competitive process and the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Lakeshore WMS server software, user licences and RF mobile licences listed in Article 3, including updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, configuration scripts and other work product that Vendor creates specifically for Customer under this Agreement.
P:1.3 "Go-Live" means the first day on which all three distribution centres process live orders in the Software.
P:1.4 "Final Acceptance" means Customer's written acceptance certificate issued under Article 6.
H:Article 2 Scope
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software in the People's Republic of China for Customer's internal business.
P:2.2 Vendor shall configure the Software, build interfaces to Customer's ERP (order and inventory), transport management system and e-commerce platforms, migrate open inventory and master data, and train Customer's staff.
P:2.3 Vendor shall deliver the work under a project plan agreed within 15 days after signature. Go-Live is planned for the end of the fourth month after signature.
H:Article 3 Prices
P:3.1 All prices are in Chinese Yuan (CNY) at Customer's request and include all taxes, travel and expenses.
P:Server licence (production and test): CNY 420,000
P:Named user licences, 60 at CNY 9,000: CNY 540,000
P:RF mobile licences, 40 at CNY 4,500: CNY 180,000
P:Licence Subtotal: CNY 1,140,000
P:Configuration and interfaces: CNY 386,000
P:Data migration: CNY 64,000
P:Training (train-the-trainer and key users): CNY 28,000
P:Contract Price: CNY 1,618,000
H:Article 4 Payment
P:4.1 Customer shall pay 35% of the Contract Price (CNY 566,300) within 15 days after signature of this Agreement, against Vendor's invoice.
P:4.2 Customer shall pay 45% of the Contract Price (CNY 728,100) within 20 days after Go-Live.
P:4.3 Customer shall pay 20% of the Contract Price (CNY 323,600) within 20 days after Final Acceptance.
P:4.4 Vendor shall issue a valid invoice for each payment. Payments are made by bank transfer to Vendor's account.
H:Article 5 Delivery and Schedule
P:5.1 Vendor shall use reasonable efforts to meet the dates in the project plan. A delay in Go-Live or Final Acceptance does not entitle Customer to liquidated damages, penalties or any deduction from the Contract Price; Customer's remedy for delay is the termination right in Article 13 where the delay is a material breach.
P:5.2 Each party shall name a project manager. Vendor shall not replace its project manager without Customer's approval.
H:Article 6 Acceptance
P:6.1 After Go-Live Vendor shall support operation for 30 days and then request Final Acceptance.
P:6.2 Final Acceptance requires: (a) all test scripts in the acceptance test plan passed; (b) inventory in the Software reconciled with a physical count at each distribution centre with no unexplained difference; (c) interfaces with ERP, TMS and the e-commerce platforms running 20 consecutive days without loss of orders; (d) RF transactions completed within 2 seconds at 300 concurrent users; (e) no open Severity 1 or Severity 2 defect; (f) documentation and the source code of the Custom Deliverables handed over.
P:6.3 Customer shall test within 10 business days after the request and issue a certificate or a list of failures. Go-Live, use of the Software or any payment is not acceptance.
H:Article 7 Warranty and Support
P:7.1 Vendor warrants that the Software and Custom Deliverables will conform to the documentation for 18 months after Final Acceptance and will correct any defect free of charge during that period.
P:7.2 After the warranty period Customer may buy annual support at 13% of the Licence Subtotal (CNY 148,200 per support year). This fee is fixed for the first three support years after the warranty. Support is renewed only by Customer's purchase order.
P:7.3 Severity 1 (a distribution centre cannot receive, pick or ship): response within 1 hour, workaround within 8 hours. Severity 2: response within 2 business hours. Severity 3: response within 2 business days.
P:7.4 For each hour by which Vendor exceeds a Severity 1 response or workaround time, Vendor shall credit Customer CNY 1,000 against the next payment or support invoice.
H:Article 8 Intellectual Property
P:8.1 Vendor retains all rights in the Software.
P:8.2 All rights in the Custom Deliverables vest in Customer on creation. Customer may use, modify and license them without restriction and Vendor shall deliver their source code.
P:8.3 Vendor shall defend Customer against any claim that the Software infringes a third-party right and shall bear the resulting costs.
H:Article 9 Customer Data and Security
P:9.1 All data entered into or generated by the Software, including orders, inventory, customer addresses and logs ("Customer Data"), belongs to Customer. Vendor shall process Customer Data only to perform this Agreement and shall not keep, copy or use it for any other purpose.
P:9.2 The Software runs in Customer's data centre. Vendor's remote access requires Customer's approval for each session, runs through Customer's VPN with multi-factor authentication and is logged. Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:9.3 Vendor shall notify Customer within 12 hours after becoming aware of any breach affecting Customer Data, shall cooperate in remediation, and shall be responsible for losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information of the other party received under this Agreement and use it only for this Agreement, during the term and for three years after it ends.
H:Article 11 Limitation of Liability
P:11.1 Vendor's total aggregate liability arising out of or in connection with this Agreement shall not exceed fifty per cent (50%) of the Contract Price.
P:11.2 Neither party is liable for indirect or consequential loss or loss of profit.
H:Article 12 Subcontracting
P:12.1 Vendor shall not subcontract any part of the services without Customer's prior written consent and remains responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach and fails to remedy it within 20 days after notice.
P:13.2 On termination before Final Acceptance, Vendor shall refund the amounts paid for services not accepted.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The award is final.
H:Article 15 General
P:15.1 This Agreement is written in English and Chinese; both versions have equal effect. Amendments must be in writing and signed by both parties.
P:15.2 Notices are given in writing to the addresses above or to the project managers' e-mail addresses.
P:For Customer: ____________________ Name and title:
P:For Vendor: ____________________ Name and title:
"""

E02 = """# ORDER FORM No. CP-2026-0147

**Cedar Peak Learning Ltd.**, 1207 Ellis Street, Kelowna, British Columbia, Canada ("Cedar Peak")

**Customer:** Hangzhou Xihu Garden Hotels Group Co., Ltd., 66 Shuguang Road, Hangzhou, Zhejiang, PRC ("Customer")

Order date: 10 April 2026. This Order Form and the General Terms below form the agreement between Cedar Peak and Customer (the "Agreement").

## Part 1 - Order Details

| Item | Description | Fee (CNY) |
|---|---|---|
| Subscription | Cedar Peak Learn platform, up to 3,500 active learners, 18 hotels | 198,000 per Subscription Year |
| Initial term | Three Subscription Years from the Service Start Date | 594,000 |
| Onboarding | Configuration, SSO, HR system interface, content migration, admin training | 36,000 (one-time) |
| Total fees for the initial term | | 630,000 |

1. Fees are stated in CNY at Customer's request and include taxes.
2. Subscription Fees are invoiced quarterly in arrears (CNY 49,500 per quarter). The Onboarding Fee is invoiced after Onboarding Acceptance. Nothing is payable before the Service Start Date.
3. The Service Start Date is the date of Onboarding Acceptance.
4. Additional learners above 3,500 are charged pro rata at the subscription rate.

## Part 2 - General Terms

### 1. Services
1.1 Cedar Peak provides the Cedar Peak Learn platform as a hosted service, including course authoring, mobile learning, assessments, certification tracking and reports, hosted in a data centre in Shanghai operated by a licensed local provider.
1.2 Cedar Peak will perform the onboarding described in Part 1 within 45 days after the order date.
1.3 Customer is responsible for its learners' accounts and for the content it uploads.

### 2. Onboarding Acceptance
2.1 Onboarding is accepted when: (a) single sign-on with Customer's directory works for all 18 hotels; (b) the daily import of employees from Customer's HR system runs for 5 consecutive days without error; (c) the migrated courses, test results and certificates match the export from Customer's old system in a sample of 500 records; (d) the platform supports 800 concurrent learners with page loads under 3 seconds.
2.2 Customer will test within 10 business days after Cedar Peak's notice of readiness and sign an acceptance certificate or list the failures. Use of the platform for training is not acceptance.
2.3 If Onboarding Acceptance is delayed beyond the 45 days for reasons attributable to Cedar Peak, Cedar Peak shall pay Customer CNY 500 for each day of delay.

### 3. Service Levels
3.1 Cedar Peak will make the platform available at least 99.95% of each calendar month, excluding maintenance announced 72 hours in advance and performed between 00:00 and 05:00 Beijing time.
3.2 Priority 1 incidents (the platform is unavailable or no learner can log in) receive a response within 1 hour and a fix or workaround within 6 hours. Priority 2 incidents receive a response within 3 business hours. Priority 3 incidents receive a response within 2 business days.
3.3 If monthly availability falls below the commitment, Customer receives a service credit of 5% of the quarterly fee for each 0.1 percentage point of shortfall, up to 50% of that quarter's fee. Credits are deducted from the next invoice.

### 4. Term and Renewal
4.1 The initial term is stated in Part 1.
4.2 At the end of the initial term and of each renewal term, the subscription renews automatically for a further Subscription Year unless either party gives notice of non-renewal at least 60 days before the end of the current term.
4.3 Cedar Peak may increase the subscription fee for any renewal term by up to 6% by giving Customer notice at least 90 days before the renewal date.

### 5. Customer Data
5.1 Customer Data means the employee names, job titles, training records, test results and certificates that Customer or its learners enter into the platform.
5.2 Customer Data belongs to Customer. Cedar Peak may use Customer Data only to provide the services to Customer and will not sell it or use it for any other purpose.
5.3 On expiry or termination Cedar Peak will make Customer Data available for export in CSV format for 30 days.

### 6. Intellectual Property
6.1 Cedar Peak owns the platform and its standard content.
6.2 Course templates, branded pages, reports and the HR interface built for Customer under this Agreement belong to Customer, which may use, modify and license them freely.

### 7. Confidentiality
7.1 Each party shall protect the other party's confidential information with reasonable care, use it only for this Agreement and not disclose it to third parties, except to its advisers bound by similar duties. This obligation survives for three years after the Agreement ends.

### 8. Liability
8.1 Cedar Peak's total liability under this Agreement is limited to CNY 945,000.
8.2 Neither party is liable for indirect or consequential loss.

### 9. Subcontracting
9.1 Cedar Peak shall not subcontract any part of the services, other than the hosting provider named in clause 1.1, without Customer's prior written consent.

### 10. Termination
10.1 Either party may terminate this Agreement if the other commits a material breach and does not cure it within 30 days after written notice.
10.2 Customer may also terminate if availability is below 98% in two consecutive months.

### 11. Governing Law and Disputes
11.1 This Agreement is governed by the laws of the People's Republic of China.
11.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

### 12. General
12.1 Notices must be in writing. This Agreement is the entire agreement on its subject and may be amended only in writing signed by both parties.

Signed for Cedar Peak Learning Ltd.: ____________________

Signed for Customer: ____________________
"""

E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR WATER-QUALITY MONITORING EQUIPMENT
P:Contract No. YTHY-EQ-2026-033
P:Buyer: Yantai Haiyuan Aquaculture Co., Ltd., 9 Binhai Road, Laishan District, Yantai, Shandong, PRC (the "Buyer").
P:Supplier: Harbourline Marine Instruments Ltd., 45 Wright Avenue, Dartmouth, Nova Scotia, Canada (the "Supplier").
P:Whereas the Buyer operates offshore net-pen farms in the Yellow Sea and wishes to monitor dissolved oxygen, temperature and salinity at each farm in real time, and the Supplier manufactures such equipment, the parties agree as follows on the Buyer's standard terms.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install and commission six buoy sensor stations, twenty-four dissolved-oxygen probes, two shore gateways and the HarbourWatch monitoring software, and train the Buyer's staff.
P:1.2 The equipment shall be new, of marine grade and suitable for the sea conditions described in the Buyer's technical specification (Annex 1).
H:Section 2 Price
P:2.1 The Contract Price is CNY 1,720,000, fixed, inclusive of taxes, duties, delivery to the Buyer's base in Yantai, installation and commissioning:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Buoy sensor station (solar, 4G/satellite link)|6|168,000|1,008,000
TB:2|Dissolved-oxygen probe|24|9,600|230,400
TB:3|Shore gateway with backup power|2|46,000|92,000
TB:4|HarbourWatch monitoring software licence (perpetual)|1|186,000|186,000
TB:|Hardware and Licence Subtotal|||1,516,400
TB:5|Installation, mooring and commissioning|1|148,000|148,000
TB:6|Training|1|22,000|22,000
TB:7|Spare parts kit|1|33,600|33,600
TB:|Contract Price|||1,720,000
H:Section 3 Payment
P:3.1 10% of the Contract Price within 20 days after signature, against an advance-payment bank guarantee of the same amount.
P:3.2 55% of the Contract Price within 20 days after delivery and installation at all six farms, confirmed by an installation certificate. The installation certificate is not acceptance.
P:3.3 35% of the Contract Price within 20 days after Final Acceptance.
H:Section 4 Delivery
P:4.1 The Supplier shall deliver all equipment within 90 days after signature and complete installation within 120 days after signature, subject to safe sea conditions recorded by the Buyer.
P:4.2 If the Supplier is late in delivery or installation, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of these damages does not release the Supplier from its obligations.
H:Section 5 Acceptance
P:5.1 Final Acceptance requires: (a) all stations transmit readings every 5 minutes to the software for 30 consecutive days with at least 98% of readings received; (b) probe readings agree with the Buyer's calibrated hand-held meter within 0.2 mg/L in three checks; (c) low-oxygen alarms reach the duty phone within 60 seconds in a test at each farm; (d) training completed and manuals delivered in Chinese.
P:5.2 The Buyer shall test within 10 days after the Supplier's request and issue a Final Acceptance certificate or a list of defects. Installation, use of the equipment or any payment is not acceptance.
H:Section 6 Warranty and Support
P:6.1 The warranty period is 24 months from Final Acceptance. During it the Supplier shall repair or replace defective equipment and software free of charge, including sea transport and diving work.
P:6.2 After the warranty, the Buyer may order annual support at 7% of the Hardware and Licence Subtotal (CNY 106,148 per year). This fee is fixed for the three years following the warranty.
P:6.3 Severity 1 faults (loss of oxygen monitoring at a farm): remote response within 1 hour and a replacement station or probe on site within 48 hours, weather permitting. Severity 2 faults: response within 8 business hours.
P:6.4 For each hour by which a Severity 1 response is late the Supplier shall pay CNY 800.
H:Section 7 Data
P:7.1 All measurements, alarms, farm locations and logs are Buyer Data and belong to the Buyer. The Supplier shall use Buyer Data only to perform this Contract.
P:7.2 The software runs on the Buyer's servers in Yantai. Remote access by the Supplier requires the Buyer's approval for each session and is logged. The Supplier shall not copy Buyer Data outside the Buyer's systems.
P:7.3 The Supplier shall report any security incident affecting Buyer Data within 12 hours and is liable for losses caused by its breach of this Section.
H:Section 8 Intellectual Property
P:8.1 Configurations, alarm rules, dashboards and interface code made for the Buyer belong to the Buyer, which may modify them freely. The Supplier keeps its rights in the standard software and grants a perpetual licence.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information, including farm locations and production figures, and shall not disclose it without prior written consent, for three years after termination.
H:Section 10 Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 7 and 9.
H:Section 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Buyer approves on signature the local mooring contractor named in Annex 2.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if delay damages reach their maximum.
H:Section 13 Governing Law
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED BACKUP AND DISASTER RECOVERY SERVICES AGREEMENT

Agreement No. BSG-2026-CN-08, dated 6 May 2026

Between **Wuhan Changjiang Cold Chain Logistics Co., Ltd.**, 300 Jiangcheng Avenue, Wuhan, Hubei, PRC ("Customer"), and **Services Gérés Boréal Inc.**, 2500 King Street West, Sherbrooke, Quebec, Canada ("Provider").

Customer runs warehouse, transport and finance systems in its Wuhan data centre and wants them backed up and recoverable at a second site. Provider operates managed backup and recovery services in mainland China through its Wuhan branch. The parties agree as follows.

1. Services
1.1 Provider shall deliver the managed backup and disaster recovery services described in Schedule 1 for the systems listed there, from the Service Commencement Date for 36 months.
1.2 Before the Service Commencement Date Provider shall complete the transition: install backup agents, set up replication to the recovery site in Xiaogan, write the recovery runbooks and run the first recovery test.

2. Fees
2.1 The fees are set out in Schedule 2, in CNY at Customer's request, inclusive of taxes.
2.2 The Monthly Service Charge is invoiced monthly in arrears. The Transition Fee is invoiced after Transition Acceptance. No amount is payable in advance.

3. Transition Acceptance
3.1 Transition Acceptance requires: (a) all systems in Schedule 1 backed up for 14 consecutive days with no failed job left unresolved; (b) a full recovery test of the warehouse system at the recovery site within the recovery time objective in Schedule 3; (c) runbooks reviewed and signed by Customer's IT manager.
3.2 Customer signs a Transition Acceptance certificate when the criteria are met. The Service Commencement Date is the date of that certificate.
3.3 If Transition Acceptance is not achieved within 75 days after the date of this Agreement for reasons attributable to Provider, Provider shall pay CNY 2,000 for each day of delay.

4. Service Levels
4.1 Provider shall meet the service levels in Schedule 3 and report on them monthly.
4.2 Service credits in Schedule 3 are deducted from the next invoice.

5. Customer Data
5.1 All data backed up or replicated under this Agreement ("Customer Data") belongs to Customer.
5.2 Provider shall keep Customer Data in mainland China, encrypt it in transit and at rest with keys held by Customer, restrict access to named engineers with multi-factor authentication, and log every access.
5.3 Provider shall notify Customer within 12 hours of any incident affecting Customer Data and shall be liable for losses caused by its failure to comply with this clause.
5.4 Provider may collect and keep anonymised metadata and telemetry derived from Customer Data and from the backup jobs, such as data volumes, change rates, file types and recovery times, and may use it to improve its products, to train its capacity-planning models and for benchmarking reports for other clients, during and after the term.

6. Intellectual Property
6.1 Runbooks, recovery plans and scripts prepared for Customer belong to Customer, which may use and modify them freely and give them to a successor provider.

7. Confidentiality
7.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and return or destroy it at the end of the term. This clause survives for three years.

8. Liability
8.1 Provider's total liability is limited to 150% of the total fees for the 36-month term, except for wilful misconduct and breach of clause 5.2 or 5.3.

9. Subcontracting
9.1 Provider shall not subcontract any part of the services without Customer's prior written consent.

10. Term and Termination
10.1 This Agreement ends 36 months after the Service Commencement Date and does not renew automatically. Any extension requires a written amendment.
10.2 Customer may terminate for material breach not cured within 30 days after written notice, or if a recovery test fails twice in a row.
10.3 On expiry or termination Provider shall support the transfer to Customer or a new provider for up to 60 days at no extra charge and then delete Customer Data.

11. Governing Law
11.1 This Agreement is governed by the laws of the People's Republic of China. Disputes go to the Wuhan Arbitration Commission.

## Schedule 1 - Scope

| System | Data volume | Backup frequency | Retention |
|---|---|---|---|
| Warehouse management | 6 TB | every 3 hours incremental, daily full | 90 days |
| Transport management | 2 TB | daily full | 90 days |
| Finance (ERP) | 1.5 TB | every hour logs, daily full | 180 days |
| File servers | 9 TB | daily incremental, weekly full | 60 days |

## Schedule 2 - Fees

| Item | Amount (CNY) |
|---|---|
| Monthly Service Charge | 58,000 per month |
| Monthly Service Charges, 36 months | 2,088,000 |
| Transition Fee (one-time) | 84,000 |
| Total Contract Value | 2,172,000 |

## Schedule 3 - Service Levels and Credits

| Measure | Level | Credit |
|---|---|---|
| Priority 1 incident (a backup or recovery of a Schedule 1 system is impossible) | response within 6 hours | 2% of the Monthly Service Charge per late hour |
| Priority 2 incident | response within 1 business day | 1% of the Monthly Service Charge |
| Backup portal availability | 99.95% per month | 5% of the Monthly Service Charge per 0.1 point below |
| Recovery time objective, warehouse system | 8 hours | 10% of the Monthly Service Charge |
| Recovery point objective, finance system | 1 hour | 10% of the Monthly Service Charge |

Signed for Customer: ____________________

Signed for Provider: ____________________
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. PGD-API-2026-114

THIS AGREEMENT is made on 18 May 2026

BETWEEN: Prairie Grain Data Inc., 330 Portage Avenue, Winnipeg, Manitoba, Canada ("Prairie")

AND: Shijiazhuang Hebei Golden Harvest Feed Co., Ltd., 21 Huaian Road, Shijiazhuang, Hebei, PRC ("Customer")

BACKGROUND: Prairie publishes daily crop, weather and price data for grains and oilseeds through an application programming interface (the "API"). Customer, a feed producer, wants to use the data in its purchasing and formulation systems. Prairie offers the API on its standard terms, as completed below.

1. DEFINITIONS
1.1 "Data" means the data delivered through the API.
1.2 "Customer Data" means the queries, purchase plans, supplier lists and other information that Customer sends to the API or uploads to the Prairie portal.
1.3 "First Subscription Year" means 1 July 2026 to 30 June 2027, and "Second Subscription Year" means 1 July 2027 to 30 June 2028 (each a "Subscription Year").
1.4 "Integration" means the connectors and data mappings that Prairie builds to feed the Data into Customer's ERP and formulation software.

2. SUBSCRIPTION
2.1 Prairie grants Customer a non-exclusive, non-transferable right during the term to call the API and to use the Data within Customer's group in China for its internal business, up to 2,000,000 API calls per month.
2.2 Customer shall not resell the Data or publish it outside its group, except in summaries that do not allow the Data to be reconstructed.
2.3 The term covers the two Subscription Years. It does not renew automatically; any further subscription requires a new order at prices agreed in writing.

3. FEES AND PAYMENT
3.1 Fees are in CNY and include taxes: Subscription Fee CNY 268,000 per Subscription Year (CNY 536,000 for the term) and a one-time Integration Fee of CNY 42,000. Total fees for the term: CNY 578,000.
3.2 The Subscription Fee is invoiced quarterly in arrears (CNY 67,000 per quarter). The Integration Fee is invoiced after Integration Acceptance. No fee is payable before the service starts.
3.3 Calls above the monthly allowance are charged at CNY 0.02 per call, invoiced quarterly.

4. INTEGRATION AND ACCEPTANCE
4.1 Prairie shall deliver the Integration and production API access by 30 June 2026.
4.2 Integration Acceptance requires: (a) daily price and weather feeds loaded into Customer's ERP for 10 consecutive business days without a missed file; (b) the values in Customer's system match the API responses in a sample of 200 records; (c) API responses within 800 milliseconds at the 95th percentile at 20 calls per second; (d) documentation of the mappings delivered.
4.3 Customer shall sign an acceptance certificate or list the failures within 7 business days after Prairie's notice of readiness. Using the Data is not acceptance.
4.4 If production access or Integration Acceptance is late for reasons attributable to Prairie, Prairie shall pay CNY 600 for each day of delay.

5. SERVICE LEVELS
5.1 The API shall be available at least 99.95% of each calendar month, excluding maintenance announced 48 hours in advance.
5.2 Severity 1 incidents (the API is down or returns wrong prices): response within 1 hour, restoration within 6 hours. Severity 2: response within 3 business hours. Severity 3: next business day.
5.3 If monthly availability is below the commitment, Customer receives a credit of 10% of that quarter's Subscription Fee for each 0.1 point of shortfall, up to half of that fee. Each Severity 1 incident not restored in time gives a further credit of CNY 1,500.

6. CUSTOMER DATA AND SECURITY
6.1 Customer Data belongs to Customer. Prairie shall use Customer Data only to deliver the API and the Integration to Customer, and shall not aggregate, analyse or share it for any other purpose.
6.2 Prairie shall store Customer Data on servers in mainland China, encrypt it in transit and at rest, restrict access to named staff and keep access logs.
6.3 Prairie shall notify Customer within 24 hours of any security incident affecting Customer Data, cooperate in remediation and be responsible for losses caused by its breach of this clause.

7. INTELLECTUAL PROPERTY
7.1 Prairie keeps all rights in the API and the Data.
7.2 The Integration connectors and mappings made for Customer belong to Customer, which may use, modify and license them freely. Prairie shall deliver their source code with Integration Acceptance.

8. CONFIDENTIALITY
8.1 Each party shall keep the other party's confidential information secret and use it only for this Agreement, for three years after the term.

9. LIABILITY
9.1 Prairie's total liability under this Agreement is limited to 150% of the total fees for the term.
9.2 Neither party is liable for indirect loss or lost profit.

10. SUBCONTRACTING
10.1 Prairie shall not subcontract the Integration or the operation of the API without Customer's prior written consent.

11. TERMINATION
11.1 Either party may terminate this Agreement if the other commits a material breach and does not cure it within 30 days after written notice.
11.2 On termination Prairie shall return Customer Data and then delete it.

12. GOVERNING LAW AND DISPUTES
12.1 This Agreement is governed by the laws of the Province of Manitoba and the federal laws of Canada applicable there.
12.2 Disputes shall be finally settled by arbitration in Winnipeg, Manitoba, under the Arbitration Act (Manitoba), in English.

13. GENERAL
13.1 Notices must be in writing and sent to the addresses above. Amendments must be signed by both parties.

SIGNED for Prairie Grain Data Inc.: ____________________

SIGNED for Customer: ____________________
"""

POOL_ZH = [
 "因不可抗力不能履行本合同的，受影响方应在不可抗力发生后及时书面通知对方，并在合理期限内提供有关机构出具的证明；不可抗力消除后，双方应尽快恢复履行。",
 "双方往来的通知、确认及变更均应采用书面形式，按合同首部地址或双方指定联系人的电子邮箱送达，一方联系方式变更的，应在变更后五个工作日内通知对方。",
 "乙方及其人员不得向甲方工作人员提供任何形式的回扣、礼品、宴请或其他不正当利益，违反本款的，甲方有权解除合同并追究乙方责任。",
 "乙方人员进入甲方场所的，应遵守甲方的安全生产、门禁和保密管理制度，服从甲方现场管理人员的安排，因乙方人员违章造成的人身或财产损失由乙方承担。",
 "乙方应向甲方交付完整的技术文档，包括系统架构说明、安装部署手册、用户操作手册、接口说明和运维手册，文档应使用中文编写并与实际交付内容一致。",
 "合同履行中确需变更范围、进度或技术方案的，提出方应书面说明变更内容及对费用和进度的影响，经双方书面确认后实施，未经确认的变更不产生付款义务。",
 "乙方应安排熟悉本项目的技术人员向甲方指定人员进行知识转移，使甲方人员能够独立完成日常操作、基础配置和常见问题处理。",
 "未经对方书面同意，任何一方不得将本合同项下的权利义务转让给第三方；乙方不得以本项目或甲方名称进行商业宣传。",
 "本合同及其附件构成双方就本项目达成的完整协议，取代此前的口头或书面约定；本合同任何条款无效，不影响其他条款的效力。",
 "本合同价款已包含乙方应缴纳的全部税费，乙方应按国家规定开具增值税发票，因发票不合规导致甲方损失的，由乙方负责。",
 "甲方有权对乙方履行本合同的情况进行检查，乙方应如实提供项目进度、人员、测试记录和工作日志等资料，并配合甲方或其委托的第三方开展审计。",
 "一方未行使或迟延行使本合同项下的权利，不构成对该权利的放弃；本合同的标题仅为阅读方便，不影响条款的解释。",
 "乙方应建立项目周报制度，每周向甲方报告工作进展、存在问题和下周计划，重大问题应随时报告，并在甲方要求时参加项目协调会议。",
 "乙方交付的软件、设备及服务应符合国家及行业现行标准，标准之间不一致的，按较高标准执行；乙方不得使用来源不明或未经授权的软件组件。",
 "乙方应对其派出人员的劳动关系、工资、社会保险和人身安全负责，与甲方不存在劳动关系，乙方人员在工作中受到的伤害由乙方负责处理。",
 "本合同履行完毕或解除后，乙方应向甲方移交全部项目资料和账号权限，并在甲方确认后删除其保存的与本项目有关的资料。",
]
POOL_EN = [
 "Neither party is liable for a failure caused by force majeure, meaning events beyond its reasonable control such as natural disasters, epidemics, war or government action, provided it notifies the other party promptly, gives evidence, takes reasonable steps to limit the effect and resumes performance as soon as possible.",
 "Notices under this agreement must be in writing and delivered by hand, courier or e-mail to the addresses and contacts named by each party. A party shall inform the other promptly of any change of address or contact person.",
 "Neither party may assign or transfer its rights or obligations without the prior written consent of the other party, except that Customer may assign to a company in its group on written notice.",
 "Each party shall comply with the anti-bribery laws of the People's Republic of China and of its own country. The supplier shall not offer any payment, gift or benefit to the buyer's employees, and a breach of this clause is a material breach.",
 "The supplier shall maintain, with reputable insurers, public liability and professional liability insurance adequate for the work and shall show certificates of insurance on request.",
 "Personnel of the supplier working at the buyer's premises shall follow the buyer's safety, security and site rules, wear identification and work only in the areas assigned to them.",
 "All documentation, user guides and training materials shall be delivered in Chinese and English, shall describe the delivered version accurately and may be copied freely for internal use.",
 "Changes to scope, schedule or price take effect only after both parties sign a written change request that states the effect on fees and dates. Work outside an approved change request is not chargeable.",
 "Each party shall comply with the export control and sanctions laws that apply to it. The supplier confirms that nothing delivered under this agreement requires an export licence for delivery to the buyer.",
 "The supplier shall keep complete records of the work, time spent and tests performed, and shall make them available to the buyer or its auditors on reasonable notice during the term and for three years after it.",
 "Neither party shall use the other party's name or logo in publicity or customer lists without prior written consent.",
 "This agreement, with its schedules, is the entire agreement of the parties on its subject and replaces earlier proposals and correspondence. If a provision is invalid, the remaining provisions stay in force. A failure or delay in exercising a right is not a waiver of it.",
 "Each party bears its own costs of negotiating and signing this agreement. Taxes are borne as stated in the price provisions, and each party pays the taxes imposed on it by law.",
 "The supplier shall appoint a project or service manager who speaks Chinese, attends monthly review meetings with the buyer and prepares written minutes of each meeting, including open issues, owners and due dates, within three business days.",
 "The supplier warrants that it has the right to enter into this agreement, that its personnel are qualified and that it will perform the work with the skill and care of a competent supplier of similar services.",
 "The supplier shall inform the buyer promptly of any change of control, insolvency proceeding or loss of a licence or certificate that may affect its ability to perform this agreement.",
 "Where the supplier's staff work remotely, they shall use only equipment that runs current security updates and antivirus software, and shall not connect to the buyer's systems from public networks without a protected connection.",
 "At the end of the agreement the supplier shall return all documents, equipment and access credentials provided by the buyer and confirm in writing that it has done so.",
 "Headings are for convenience only. Words in the singular include the plural. References to laws include their amendments and implementing rules in force from time to time.",
 "The parties shall try in good faith to settle any disagreement through their project managers first and then through senior managers before starting formal dispute proceedings.",
 "This agreement may be signed in counterparts and by electronic signature, each of which is an original, and it takes effect on signature by both parties.",
]

# ---------------------------------------------------------------- assembly
import json, re, sys
from pathlib import Path
OUT = Path(__file__).resolve().parent

SIG = re.compile(r"^(P:)?(甲方（盖章）|甲方：南海|For the Buyer|For Customer|Signed for|SIGNED for|## Schedule 1)")
STYLE = {  # heading line, item format
 "z01": ("H:第十八条 一般规定", "P:18.{n} {t}"), "z02": ("H:十五、一般规定", "P:（{cn}）{t}"),
 "z03": ("14. 一般约定", "14.{n} {t}"), "z04": ("【一般规定】", "（{m}）{t}"),
 "z05": ("## 第十五条 一般规定", "15.{n} {t}"), "e01": ("H:Article 16 Further Provisions", "P:16.{n} {t}"),
 "e02": ("### 13. Further Provisions", "13.{n} {t}"), "e03": ("H:Section 14 Further Provisions", "P:14.{n} {t}"),
 "e04": ("12. Further Provisions", "12.{n} {t}"), "e05": ("14. FURTHER PROVISIONS", "14.{n} {t}"),
}
CN = "一二三四五六七八九十"
# number of general clauses added to each draft (tuned so that the read-back lengths fall in the required ranges)
NPOOL = {"z01": 3, "z02": 8, "z03": 11, "z04": 14, "z05": 12, "e01": 11, "e02": 16, "e03": 17, "e04": 16, "e05": 16}
OFFSET = {"z01": 0, "z02": 3, "z03": 4, "z04": 0, "z05": 3, "e01": 0, "e02": 2, "e03": 3, "e04": 1, "e05": 0}


def assemble(key, src):
    lines = src.split("\n")
    idx = next(i for i, l in enumerate(lines) if SIG.match(l))
    head, fmt = STYLE[key]
    pool = POOL_ZH if key[0] == "z" else POOL_EN
    add = [head]
    for j in range(NPOOL[key]):
        t = pool[(OFFSET[key] + j) % len(pool)]
        n = j + 1
        add.append(fmt.format(n=n, cn=CN[j] if j < 10 else "十" + CN[j - 10], m=25 + n, t=t))
    sep = [""] if (key in ("z03", "z04", "z05", "e02", "e04", "e05")) else []
    block = []
    for a in add:
        block += [a] + sep
    return "\n".join(lines[:idx] + block + lines[idx:])


SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05, "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}
NAMES = {
 "z01": "h424z01_civil_affairs_elderly_care_supervision_platform.pdf",
 "z02": "h424z02_aluminium_extrusion_press_control_retrofit.docx",
 "z03": "h424z03_kids_park_chain_ticketing_membership_saas.txt",
 "z04": "h424z04_statistics_bureau_online_reporting_om.txt",
 "z05": "h424z05_fermented_tofu_ems_licence_supplier_template.md",
 "e01": "h424e01_ontario_wms_perpetual_licence_services.pdf",
 "e02": "h424e02_bc_learning_saas_order_form.md",
 "e03": "h424e03_nova_scotia_aquaculture_sensors_supply.docx",
 "e04": "h424e04_quebec_managed_backup_dr_service.md",
 "e05": "h424e05_manitoba_grain_data_api_subscription.txt",
}

# ---------------------------------------------------------------- labels (my reading of each draft)
def T(**k):
    base = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
                buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None, prepayment_pct=None,
                acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
                governing_law="PRC", contract_kind="service")
    base.update(k)
    return base

LAB = {
 "z01": ("software", T(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
          final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=10, contract_kind="goods_or_licence"),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=2298000)),
 "z02": ("hardware", T(p1_response_hours=0.5, ld_rate_per_day_pct=0.03, prepayment_pct=20, final_payment_on_acceptance=True,
          warranty_months=24, post_warranty_fee_pct=8, termination_for_breach=False, contract_kind="goods_or_licence"),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=2068000)),
 "z03": ("cloud", T(availability_pct=99.5, p1_response_hours=0.5, confidentiality=False, ld_rate_per_day_pct=800 / 873600 * 100,
          liability_cap_pct=150, auto_renewal_price_increase=True),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=873600)),
 "z04": ("services", T(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False, ld_rate_per_day_pct=0.1,
          subcontract_without_consent=True),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=576000)),
 "z05": ("software", T(sla_remedy=False, ip_owner="supplier", buyer_owns_data=False, ld_rate_per_day_pct=0.02, liability_cap_pct=20,
          prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=22,
          subcontract_without_consent=None, governing_law=None, contract_kind="goods_or_licence"),
         dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True, contract_value=630000)),
 "e01": ("software", T(p1_response_hours=1, liability_cap_pct=50, prepayment_pct=35, final_payment_on_acceptance=True,
          warranty_months=18, post_warranty_fee_pct=13, contract_kind="goods_or_licence"),
         dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1618000)),
 "e02": ("cloud", T(availability_pct=99.95, p1_response_hours=1, data_security_clause=False, ld_rate_per_day_pct=500 / 630000 * 100,
          liability_cap_pct=945000 / 630000 * 100, auto_renewal_price_increase=True),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=630000)),
 "e03": ("hardware", T(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=10,
          final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=7, contract_kind="goods_or_licence"),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1720000)),
 "e04": ("services", T(availability_pct=99.95, p1_response_hours=6, buyer_owns_data=False, ld_rate_per_day_pct=2000 / 2172000 * 100,
          liability_cap_pct=150),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2172000)),
 "e05": ("cloud", T(availability_pct=99.95, p1_response_hours=1, ld_rate_per_day_pct=600 / 578000 * 100, liability_cap_pct=150,
          governing_law="Manitoba"),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=578000)),
}
# TCO inputs (licence / hardware subtotal as fee base; warranty from acceptance = start of the 5-year horizon)
TCO_IN = {"z01": 860000, "z02": 1630000, "z05": 520000, "e01": 1140000, "e03": 1516400}
FORUM_OUTSIDE = {k: False for k in SRC}  # every forum named is in mainland China, except e05 (Winnipeg)
FORUM_OUTSIDE["e05"] = True

DESIGN = {
 "z01": [], "e03": [], "e05": ["CR-GOVERNING-LAW"],
 "z02": ["CR-LD-LOW", "CR-TERMINATION"],
 "z03": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
 "z04": ["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"],
 "e01": ["CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-PREPAYMENT"],
 "e02": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"],
 "e04": ["CR-DATA-OWNERSHIP", "CR-SLA-RESPONSE"],
 "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
         "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY",
             "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-PREPAYMENT",
             "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE", "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT",
             "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco_share(key, t, x):
    base = TCO_IN[key]
    w = t["warranty_months"] or 0
    years_after = max(0.0, 5 - w / 12)
    fees = years_after * t["post_warranty_fee_pct"] / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def expected_rules(key, t, x):
    """My own reading of policy.md section 3 (not project code)."""
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
    if (not t["acceptance_clause"]) or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        p = t["post_warranty_fee_pct"]
        if p is None or not x["post_warranty_fee_capped"] or p > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if p is not None and x["post_warranty_fee_capped"] and tco_share(key, t, x) > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"]:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or FORUM_OUTSIDE[key]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)

# ---------------------------------------------------------------- threshold scan
BAN = [
 r"(?<![\d.])99\.90*(?!\d)\s*(%|％|percent|per\s*cent)", r"百分之九十九点九(?![\d一二三四五六七八九])",
 r"(?<![\d.])4\s*(-\s*)?(小时|个小时|hours?|hrs?\b|h\b)", r"(?<![十\d])四个?小时", r"four[\s-]*hours?", r"(?<![\d.])240\s*(分钟|minutes?)",
 r"(?<![\d.])0?\.050*(?!\d)\s*(%|％|percent|per\s*cent)", r"万分之五(?![十\d一二三四五六七八九点])",
 r"(?<![\d.])100(\.0+)?\s*(%|％|percent|per\s*cent)", r"百分之(一)?百(?!分)",
 r"(?<![\d.])30(\.0+)?\s*(%|％|percent|per\s*cent)", r"百分之三十(?![一二三四五六七八九点])", r"三成",
 r"(?<![\d.])12\s*(-\s*)?(个月|months?)", r"十二个月", r"twelve[\s-]*months?", r"(?<![\d.])1\s*(-\s*)?(years?\b|年(?!度|\d))", r"一年(?!级)", r"\bone[\s-]*years?\b",
 r"(?<![\d.])15(\.0+)?\s*(%|％|percent|per\s*cent)", r"百分之十五(?![一二三四五六七八九点])",
 r"(?<![\d.])40(\.0+)?\s*(%|％|percent|per\s*cent)", r"百分之四十(?![一二三四五六七八九点])", r"四成",
 r"(?<![\d.])5\s*(-\s*)?(年(?!度)|years?\b)", r"五年", r"five[\s-]*years?", r"(?<![\d.])60\s*(-\s*)?(个月|months?)", r"sixty[\s-]*months?",
]
BAN_RE = [re.compile(p, re.I) for p in BAN]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "4-hour", "240分钟", "0.05%", "万分之五", "100%",
            "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "12 months", "一年", "one year", "15%",
            "40%", "四成", "5年", "五年", "five years", "60 months", "1 year"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "Subscription Year",
             "140%", "2026年5月", "0.055%", "130%", "124 hours", "15 years"[:0] or "2015 years", "312 months", "三年", "六个月", "1.5 TB"]


def hits(text):
    found = []
    for variant in (text, " ".join(text.split()), "".join(text.split())):
        for rx in BAN_RE:
            m = rx.search(variant)
            if m:
                found.append((rx.pattern, variant[max(0, m.start() - 15): m.end() + 15]))
    return found


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


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


def dump(obj):
    return json.dumps(obj, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    full = {k: assemble(k, v) for k, v in SRC.items()}
    for k, v in full.items():
        h = hits(v)
        assert not h, (k, "source", h)
    bin_t = {k: (NAMES[k], NAMES[k].rsplit(".", 1)[1]) for k in NAMES if NAMES[k].endswith((".pdf", ".docx"))}
    write({k: full[k] for k in bin_t}, bin_t, OUT, wrap_words=True)
    for k in NAMES:
        if k not in bin_t:
            (OUT / NAMES[k]).write_text(full[k], encoding="utf-8")
    covered = set()
    lengths = {}
    ok = True
    for k in NAMES:
        text = read_back(OUT / NAMES[k])
        h = hits(text)
        assert not h, (k, "built", h)
        if k[0] == "z":
            n_all, n_nows = len(text), len("".join(text.split()))
            lengths[k] = (n_all, n_nows)
            good = 2750 <= n_all <= 3000
        else:
            n = len(text.split())
            lengths[k] = (n,)
            good = 1450 <= n <= 1650
        print(k, NAMES[k], lengths[k], "OK" if good else "OUT OF RANGE")
        ok = ok and good
        cat, t, x = LAB[k]
        rules = expected_rules(k, t, x)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        if t["contract_kind"] == "goods_or_licence" and t["post_warranty_fee_pct"] is not None:
            print("   TCO share %.2f %%" % tco_share(k, t, x))
        covered |= set(rules)
        lab = {"file": NAMES[k], "language": "zh" if k[0] == "z" else "en", "category": cat,
               "expected_terms": t, "expected_extra": x, "expected_rules": rules}
        (OUT / (NAMES[k].rsplit(".", 1)[0] + ".json")).write_text(dump(lab), encoding="utf-8")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all 20 rules covered; lengths ok:", ok)
