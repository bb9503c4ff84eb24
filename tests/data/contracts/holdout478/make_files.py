"""holdout478: builds ten ordinary draft contracts (5 zh, 5 en) and their labels, then checks them.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
- writes the .txt / .md contracts directly and the .docx / .pdf through ../word_pdf.py (wrap_words=True);
- writes the ten .json labels (one-space indent, no trailing newline);
- derives each draft's expected rules from its labels by my own reading of policy.md section 3, checks them against
  the design list and asserts that all 20 CR rules fire somewhere;
- reads every built file back, measures its length, and scans every built file and every source text (raw,
  whitespace-collapsed, whitespace-free) for threshold figures, with a self-tested regex set.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
Z01 = """T:气象灾害预警信息发布平台建设项目采购合同
P:合同编号：QXJ-ZFCG-2025-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：江临市气象局　　地址：江临市滨江路88号
P:乙方（供应商）：华云天信息技术有限公司　　统一社会信用代码：91330100MA2H7K3X5R
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及其实施条例，依据本项目招标文件（编号JLCG-2025-0342）、乙方投标文件及中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供气象灾害预警信息发布平台软件许可，并完成多渠道发布接口定制开发、雷达及自动站数据对接、部署实施和培训，使甲方能够通过短信、应急广播、户外显示屏、政务新媒体等渠道统一发布暴雨、台风、大风、高温、雷电等预警信息。
P:1.2 平台部署于甲方政务云及局内机房，双机热备，与省级突发事件预警信息发布系统和市应急管理平台互联。具体功能和性能以招标文件技术需求及投标响应为准。
H:第二条 合同价款
P:2.1 本合同为固定总价合同，总价为人民币贰佰叁拾捌万元整（¥2,380,000），含税费、运输、部署、培训及质保期内全部服务费用，明细如下：
P:（1）预警发布平台软件许可（永久授权，含省市县三级账号）：¥1,180,000；
P:（2）多渠道发布接口定制开发（短信、应急广播、显示屏、新媒体）：¥764,000；
P:（3）雷达、自动站及网格预报数据对接：¥286,000；
P:（4）部署实施及系统联调：¥118,000；
P:（5）用户及管理员培训：¥32,000。
P:2.2 上述第（1）项为软件许可价格，作为质保期满后维护费的计费基数。
H:第三条 付款方式
P:3.1 合同签订后十五个工作日内，乙方提交等额发票，甲方支付合同总价的20%作为预付款，即¥476,000。
P:3.2 系统上线并通过初步验收后，甲方支付合同总价的45%，即¥1,071,000。
P:3.3 系统试运行满九十日并通过最终验收后，甲方支付合同总价的35%，即¥833,000。
P:3.4 甲方通过国库集中支付方式付款，乙方开户银行及账号以乙方书面确认为准。
P:3.5 乙方应在合同签订前按合同总价的5%向甲方提交履约保证金（可采用银行保函形式），最终验收合格且无违约情形的，甲方在十个工作日内无息退还。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后一百二十日内完成部署并申请初步验收，于汛期开始前完成全部发布渠道的联调。
P:4.2 乙方应派驻不少于四名项目人员，其中项目经理须具有信息系统项目管理师证书，未经甲方同意不得更换。
P:4.3 乙方应为甲方及区县气象局业务人员提供不少于三期集中培训，确保值班预报员能独立完成预警制作、审核、签发和撤销操作。
P:4.4 乙方应提交需求规格说明书、设计文档、接口文档、源代码、部署手册、操作手册及测试报告。
P:4.5 甲方应按约定提供政务云资源、机房环境、网络链路及与省级系统对接所需的授权文件，并指定专人负责协调；因甲方原因造成工期延误的，工期相应顺延，顺延天数以双方书面确认为准。
P:4.6 乙方在项目实施期间应每周提交进度报告，重大问题随时报告。
H:第五条 验收
P:5.1 初步验收标准：全部功能通过测试；从预警制作到全渠道发出不超过3分钟；平台支持不少于200个并发用户，页面响应不超过2秒；与省级系统接口连续七日无数据丢失。
P:5.2 最终验收标准：试运行满九十日，期间未发生一级故障；完成第三方安全测评，无高危漏洞；各渠道发送成功率不低于99.5%；文档齐全。验收由甲方组织专家进行，并出具书面验收报告。
P:5.3 系统上线、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收。
H:第六条 质量保证与运维服务
P:6.1 质保期为三十六个月，自最终验收合格之日起算。质保期内乙方免费提供软件升级、故障处理、巡检及汛期保障服务。
P:6.2 平台月度可用率不低于99.95%（计划内维护除外）。
P:6.3 一级故障（平台无法发布预警或主要发布渠道中断）：乙方15分钟内响应，2小时内恢复发布能力；二级故障：1小时内响应，8小时内解决；三级故障：下一工作日处理。
P:6.4 乙方响应或恢复超时的，每超时一小时扣减¥1,000；月度可用率每低于承诺值0.01个百分点扣减¥2,000，从应付款或履约保证金中扣除。
P:6.5 质保期满后，如甲方需要，乙方提供维护服务，年度维护费不超过软件许可价格的8%（即¥94,400），质保期满后两个服务年度内不得上调。维护合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的接口程序、源代码、配置、文档等成果的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:7.2 平台产品软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台中的预警信息、用户及通讯录信息、气象数据和日志均属甲方所有，乙方仅为履行本合同使用，不得复制、留存或用于其他目的。
P:8.2 乙方应遵守网络安全等级保护三级要求，远程维护须经甲方审批并通过堡垒机进行，全程留痕；数据不得带离甲方环境。
P:8.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据泄露或安全事件的，乙方承担全部责任并赔偿甲方损失。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、网络结构、账号口令及未公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，应按逾期金额的万分之三每日支付违约金。
H:第十一条 分包与转包
P:11.1 乙方不得将本项目分包或转包给任何第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 不可抗力
P:14.1 因地震、台风、洪水等不可抗力致使合同不能履行的，受影响方应及时通知对方并提供证明，可部分或全部免除责任，但汛期应急保障中乙方仍应尽最大努力维持发布能力。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及乙方的服务承诺书为本合同组成部分，与本合同具有同等法律效力。本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：江临市气象局　　代表：________　　日期：2025年3月18日
P:乙方（盖章）：华云天信息技术有限公司　　代表：________　　日期：2025年3月18日
"""
Z02 = """T:辊道窑控制系统改造及维保合同
P:合同编号：HX-SB-2025-0612
P:甲方（买方）：佛山市禾兴陶瓷有限公司　　地址：佛山市南海区丹灶镇建设大道12号
P:乙方（卖方）：广东炉控智能科技有限公司　　地址：佛山市顺德区大良街道科创路6号
P:鉴于甲方二号厂区两条辊道窑（每条长度约三百米）控制系统老化、温控精度不足、能耗偏高，甲方决定对其进行控制系统改造，乙方具备相应的设计、供货、安装和服务能力。双方根据《中华人民共和国民法典》，经平等协商，订立本合同。
H:一、改造范围
P:（一）乙方负责两条辊道窑共十二个温区的控制系统改造，包括PLC控制柜、温度及压力仪表、燃烧控制器及比例阀、工控机及触摸屏、窑炉监控软件和能耗管理模块的供货、安装、编程组态、调试及培训。
P:（二）改造后应实现各温区温度自动控制、烧成曲线配方管理、燃气流量计量、故障报警及历史数据查询，并为甲方能源管理系统预留数据接口。
P:（三）改造施工应利用甲方计划停窑检修窗口进行，单条窑停窑时间不超过十日。
H:二、合同价格
P:（一）本合同总价为人民币壹佰陆拾万元整（¥1,600,000），为含税固定总价，明细见下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含模块、电源、柜体）|12套|486,000
TB:2|温度、压力仪表及热电偶|1批|218,000
TB:3|燃烧控制器及比例阀|1批|312,000
TB:4|工控机及触摸屏|4套|84,000
TB:5|窑炉监控软件许可（永久）|2套|168,000
TB:6|能耗管理模块许可（永久）|1套|72,000
TB:|软硬件小计||1,340,000
TB:7|安装调试|1项|148,000
TB:8|程序组态及烧成曲线定制|1项|96,000
TB:9|操作及维护培训|1项|16,000
TB:|合同总价||1,600,000
P:（二）上表软硬件小计为质保期满后维保费的计费基数。
H:三、付款方式
P:（一）合同签订后七个工作日内，甲方支付合同总价的20%作为预付款，即¥320,000。
P:（二）设备全部到货并经甲方清点签收后，甲方支付合同总价的55%，即¥880,000。
P:（三）安装调试完成后，甲方支付合同总价的25%，即¥400,000。
P:（四）乙方每次收款前应开具等额增值税专用发票。
H:四、交货与安装
P:（一）乙方应于合同签订后四十五日内将全部设备运至甲方二号厂区，并在甲方停窑检修窗口内完成安装调试。
P:（二）设备到货时双方共同开箱清点，核对型号、数量及随机资料。清点签收仅确认数量和外观。
P:（三）设备包装应适合长途运输和现场搬运，防潮、防震，控制柜内模块应加装固定件。运输及卸货至甲方指定地点的费用和风险由乙方承担，设备在甲方签收前发生的毁损、灭失由乙方负责。
P:（三）乙方应派驻项目经理一名、电气及自控工程师不少于三名，施工期间全程在现场；人员名单应报甲方备案，更换须提前告知甲方。
P:（四）甲方负责提供施工期间的电源、压缩空气、临时存放场地及停窑窗口，并指定设备部负责人协调现场工作。因甲方原因推迟停窑的，安装期限相应顺延。
P:（五）乙方应对甲方窑炉操作工、电工及设备管理人员进行不少于两期的现场培训，内容包括系统操作、配方维护、常见故障处理及日常点检，使其能够独立操作和进行日常维护。
H:五、验收
P:（一）两条辊道窑控制系统安装调试完成后，即视为甲方验收合格，双方不再另行组织验收。
P:（二）乙方应在安装调试完成时提交设备清单、电气图纸、程序备份、操作手册、调试记录及产品合格证。
H:六、质量保证
P:（一）质保期为二十四个月，自安装调试完成之日起算。质保期内设备及软件出现非人为故障的，乙方免费维修、更换及升级。
P:（二）一级故障（窑炉温控失效、燃烧系统停机或监控中断）：乙方30分钟内远程响应，6小时内到达现场；二级故障：2小时内响应，次日到场处理。
P:（三）乙方响应或到场超时的，每超时一小时向甲方支付¥800，可从应付款中扣除。
P:（四）乙方应随设备免费提供一批常用备品备件（热电偶、比例阀线圈、PLC输入输出模块等，清单见附件），并保证所供设备停产后至少八年内仍能提供备件或兼容替代品。
H:七、质保期满后的维保
P:（一）质保期满后，乙方提供年度维保服务，年度维保费为软硬件小计的9%，即¥120,600；质保期满后三个服务年度内维保费不得上调。
P:（二）维保服务包括每季度巡检、备品备件优惠供应、程序优化及故障处理，响应时间同第六条。维保合同期满后由双方另行协商，不自动续期。
H:八、知识产权
P:（一）乙方为本项目编写的PLC程序、组态画面及烧成曲线配方参数归甲方所有，乙方应交付全部程序源文件，甲方可自行修改和使用。
P:（二）监控软件及能耗管理模块产品本身的知识产权归乙方，甲方获得永久使用许可。
H:九、数据安全
P:（一）窑炉运行数据、配方参数及能耗数据归甲方所有，乙方不得复制、留存或用于本合同以外的用途。
P:（二）乙方远程维护须经甲方书面审批，通过甲方指定的VPN及账号进行，维护结束后关闭通道；乙方不得在控制网络中安装与维护无关的软件。
P:（三）因乙方原因导致数据泄露、被篡改或控制系统遭受网络攻击的，乙方应在2小时内通知甲方并采取补救措施，承担相应赔偿责任。
H:十、保密
P:（一）双方对履约中知悉的对方技术资料、生产工艺、配方及经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十二、分包
P:（一）乙方可将现场电缆敷设、桥架安装等辅助工作交由其合作单位实施，但应提前三个工作日告知甲方；乙方对合作单位的工作质量和安全承担责任。
H:十三、合同解除
P:（一）一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权解除合同并要求赔偿损失。
H:十四、安全生产
P:（一）乙方人员进入甲方厂区应遵守甲方安全生产管理制度，动火、高处及带电作业须办理作业票。因乙方人员违章造成的事故由乙方负责。
P:（二）施工期间乙方应做好成品保护和现场清理，拆除的旧仪表、旧控制柜及电缆由乙方分类整理后交甲方仓库，不得擅自处置。乙方应为现场人员办理意外伤害保险。
H:十五、不可抗力
P:（一）因不可抗力不能履行合同的，受影响方应在事件发生后三日内通知对方，并在十五日内提供有关证明，根据影响程度部分或全部免除责任；不可抗力持续超过六十日的，双方可协商解除合同。
H:十六、争议解决
P:（一）本合同适用中华人民共和国法律。争议协商不成的，提交佛山仲裁委员会仲裁。
H:十七、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备清单、技术规格书、施工进度计划、备品备件清单。附件为本合同不可分割的组成部分，与正文具有同等效力。
P:甲方（盖章）：佛山市禾兴陶瓷有限公司　　代表：________　　日期：2025年6月9日
P:乙方（盖章）：广东炉控智能科技有限公司　　代表：________　　日期：2025年6月9日
"""
Z03 = """烘焙门店订货及会员管理SaaS服务与实施合同

合同编号：MX-IT-2025-031
甲方（客户）：苏州麦香里食品连锁有限公司
地址：苏州市工业园区星湖街218号
乙方（服务商）：上海云焙数字科技有限公司
地址：上海市徐汇区宜州路180号

甲方经营麦香里烘焙连锁门店26家及中央工厂一座，拟采用乙方的门店订货及会员管理SaaS服务，替代现有的表格订货和纸质会员卡。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方提供“云焙”SaaS服务，包括门店订货模块（门店要货、中央工厂排产、配送单、退货与报损）、会员模块（会员注册、储值、积分、优惠券、生日营销）和总部管理端（报表、价格与商品管理、权限管理）。
1.2 乙方负责实施服务：系统配置、商品及价格资料初始化、既有会员及储值余额迁移、与甲方收银系统及财务软件的接口开发、26家门店上线支持和人员培训。
1.3 服务期为三个服务年度，自2025年9月1日起至2028年8月31日止。服务起始日为2025年9月1日，乙方应在服务起始日前完成上线验收。

2. 服务费用
2.1 订货模块：每店每服务年度¥4,800，26家门店合计¥124,800；会员模块：每店每服务年度¥3,600，合计¥93,600；总部管理端：每服务年度¥36,000。以上年度服务费合计¥254,400。
2.2 三个服务年度服务费合计¥763,200。
2.3 一次性实施费：实施及数据迁移¥86,000，收银及财务接口开发¥48,000，合计¥134,000。
2.4 合同总金额为¥897,200（含税）。服务期内新增门店的，按第2.1条单价按月折算计费。
2.5 年度服务费已包含云资源、短信通道基础包（每服务年度二十万条）、版本升级、7×24小时运维及热线支持费用，除本合同约定外乙方不得另行收取费用。

3. 付款
3.1 一次性实施费在上线验收通过后十五个工作日内一次付清。
3.2 年度服务费在每个服务年度开始后十五个工作日内支付当年度费用。本合同不设预付款，服务起始日前甲方无需支付任何款项。
3.3 乙方收款前应开具增值税专用发票。

4. 实施与上线验收
4.1 乙方应于2025年8月25日前完成全部门店的系统配置、数据迁移和接口开发，并提交上线验收申请。
4.2 上线验收标准：26家门店均能完成要货、收货、退货全流程；会员资料及储值余额迁移后与原系统逐条核对一致；与收银系统的会员积分、储值消费实时同步，差错为零；高峰时段页面响应不超过3秒；甲方业务人员完成培训并通过操作考核。
4.3 甲方在收到申请后五个工作日内组织验收并出具书面意见。门店试用不视为验收合格。
4.4 乙方未能按期提交上线验收申请的，每逾期一日向甲方支付违约金¥800。

5. 服务水平
5.1 乙方保证服务的月度可用率不低于99.5%（按自然月计算，不含提前三日通知的计划维护时间）。
5.2 故障分级及响应：一级故障（订货或收银会员功能不可用，影响三家以上门店）：30分钟内响应，2小时内恢复；二级故障（部分功能异常）：2小时内响应，当日解决；三级故障（咨询及一般问题）：下一工作日答复。
5.3 月度可用率低于承诺值的，每低0.1个百分点，按当月服务费的5%给予服务抵扣，抵扣总额不超过当月服务费；一级故障恢复超时的，每超时一小时抵扣¥500。
5.4 乙方每月5日前向甲方提供上月服务报告，包括可用率、故障及处理情况。
5.5 乙方应提供7×24小时服务热线和在线客服，并指定一名客户成功经理，每季度与甲方召开一次服务回顾会，评估门店使用情况并提出优化建议。
5.6 乙方进行版本升级的，应提前七日通知甲方，升级不得影响甲方已使用的功能和数据；重大版本变更应先在测试环境中经甲方确认。

6. 双方的其他义务
6.1 甲方应指定项目负责人，按时提供商品、价格、门店及会员资料，组织门店人员参加培训，并保证提供的资料真实、完整。
6.2 乙方应为甲方总部及门店人员提供不少于三期的集中培训和上线首周的驻店支持，并提供操作手册及培训视频；新入职店员的培训可通过乙方在线课程完成。
6.3 甲方应妥善保管账号和密码。因甲方人员泄露账号造成的损失由甲方自行承担，但乙方系统缺陷导致的除外。

7. 续期
7.1 服务期届满前三十日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，可多次续期。
7.2 续期时乙方有权调整年度服务费，上调幅度不超过上一服务年度费用的8%，乙方应在届满前四十五日书面通知甲方调整后的价格。

8. 数据与数据安全
8.1 甲方的会员信息、订单、储值及交易数据归甲方所有。乙方仅为提供本合同服务使用上述数据，不得用于其他任何目的，不得向第三方提供。
8.2 乙方应将数据存储于中国境内，采取加密存储、访问控制、操作日志等措施，服务系统应通过网络安全等级保护三级测评。会员个人信息的处理应符合《个人信息保护法》。
8.3 发生数据泄露、丢失或其他安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担赔偿责任，包括甲方因此向会员承担的赔偿和行政处罚损失。
8.4 合同终止后三十日内，乙方应按甲方要求以通用格式导出全部数据交还甲方，之后彻底删除并出具书面证明。

9. 知识产权
9.1 SaaS平台的知识产权归乙方。
9.2 乙方为甲方定制开发的收银及财务接口程序、报表模板和源代码归甲方所有，甲方可自行或委托第三方修改和使用。

10. 保密
10.1 双方对在合作中知悉的对方商业秘密、经营数据、价格及配方信息负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后三年内有效。

11. 分包
11.1 乙方使用的云主机服务商为阿里云计算有限公司（华东2区），双方确认。除此以外，乙方不得将本合同服务的任何部分分包给第三方，确需分包的须事先取得甲方书面同意。

12. 违约与解除
12.1 乙方违反数据安全或保密义务，或连续两个月可用率低于承诺值的，构成严重违约。
12.2 一方严重违约，经书面通知后十五日内未纠正的，守约方有权解除合同；甲方因乙方违约解除合同的，乙方应退还未使用服务期的服务费。
12.3 合同到期终止或解除时，乙方应配合甲方完成数据导出及系统过渡，过渡期不超过三十日，过渡期内服务按原标准提供，不另收费。

13. 不可抗力
13.1 因不可抗力或公共云基础设施的大范围故障导致服务中断的，乙方应及时通知甲方并尽力恢复；不可抗力造成的中断时间不计入可用率考核，但乙方未采取合理灾备措施的除外。

14. 争议解决
13.1 本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

15. 其他
15.1 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方：苏州麦香里食品连锁有限公司（盖章）    日期：2025年7月10日
乙方：上海云焙数字科技有限公司（盖章）    日期：2025年7月10日
"""
Z04 = """建筑市场监管系统运维服务合同

项目名称：建筑市场监管与诚信信息系统运维服务
项目编号：NCZJ-CS-2025-004（竞争性磋商）
甲方（采购人）：南川市住房和城乡建设局
乙方（成交供应商）：江南筑信软件有限公司

根据《中华人民共和国政府采购法》、《政府采购竞争性磋商采购方式管理暂行办法》，依据本项目磋商文件、乙方响应文件及成交通知书，双方签订本合同。

第一条 服务对象与范围
（1）服务对象：建筑市场监管与诚信信息系统，包括企业资质及人员管理、招投标监管、施工许可、合同备案、实名制及工资支付监管、诚信评价等子系统，以及配套的数据库、中间件和与省级平台的数据接口。
（2）服务内容：驻场运维、应用系统维护及小版本优化、数据库及中间件运维、安全巡检及漏洞整改、重要时段应急保障。
（3）服务期：自2025年3月1日起至2026年2月28日止。服务期满本合同自行终止，不自动续期。

第二条 合同金额
（1）本合同为固定总价，合同金额为人民币陆拾伍万陆仟元整（¥656,000），明细：驻场运维服务¥312,000；应用系统维护及小版本优化¥186,000；数据库及中间件运维¥74,000；安全巡检及漏洞整改¥58,000；应急保障¥26,000。
（2）合同金额已包含人员、交通、工具软件、税费等全部费用。
（3）服务期内如因系统迁移上云或新建子系统导致服务范围发生重大变化的，双方另行签订补充协议，补充协议的金额不得超过政府采购相关规定的限额。

第三条 付款方式
（1）服务费按季度支付。每季度结束后，甲方依据第六条的季度考核结果，在十五个工作日内支付该季度服务费¥164,000。
（2）本合同不设预付款。甲方通过财政国库集中支付，乙方应提供合法发票。

第四条 服务要求
（1）乙方派驻两名运维工程师在甲方办公场所驻场，工作日8:30至17:30在岗，节假日安排值班；驻场人员应具有相关专业资格，更换须经甲方同意。
（2）乙方每日巡检系统运行状态、数据同步及备份情况，每月提交运维月报，每季度提交系统健康评估报告。
（3）乙方每季度至少开展一次安全巡检，发现的高危漏洞应在七日内完成整改，中危漏洞在三十日内完成整改。
（4）乙方负责小版本优化：因政策调整或业务变化产生的表单、流程及统计报表修改，单项工作量在十人日以内的不另收费。
（5）乙方应每日对业务数据库进行增量备份、每周全量备份，并每季度进行一次恢复演练。
（6）进场交接：乙方应在服务期开始后十日内与原运维单位完成交接，梳理服务器、数据库、中间件、网络策略及账号清单，形成交接报告报甲方确认。
（7）应急保障：在资质集中审批、年度诚信评价发布、重要会议等时段，乙方应按甲方通知安排专人值守，提前完成系统检查和性能评估，并制定应急预案。
（8）乙方应配合甲方完成上级部门组织的网络安全检查、数据质量通报整改及省级平台接口调整，所需工作量纳入本合同服务范围。
（9）甲方负责提供驻场办公条件、堡垒机账号及必要的网络环境，及时审核乙方提交的变更申请，并指定专人负责日常联络。
（10）乙方驻场人员应遵守甲方的考勤、保密和机房管理制度，请假须提前报甲方同意并安排同等能力人员顶岗；甲方认为驻场人员不能胜任的，乙方应在七日内更换。
（11）乙方对系统的重要配置变更、数据修改及版本发布，应提前提交变更申请，经甲方审批后在非工作时间实施，并保留回退方案。

第五条 服务水平
（1）故障分为三级。一级故障：系统整体不可用或省级平台数据推送中断；二级故障：单个子系统或主要功能不可用；三级故障：个别功能异常或咨询。
（2）一级故障：乙方30分钟内响应，2小时内到场或远程处理，8小时内恢复；二级故障：1小时内响应，当日恢复；三级故障：下一工作日处理完毕。
（3）乙方未达到上述服务水平的，应向甲方提交书面说明并限期整改，季度考核中予以记录。服务水平未达标的，甲方不另行扣减服务费，也不要求乙方支付违约金或赔偿。

第六条 考核与验收
（1）甲方每季度按考核细则（附件一）对乙方的驻场出勤、巡检与报告、故障处理、漏洞整改及用户满意度进行考核，考核得分八十分及以上为合格。
（2）服务期满后，甲方组织年度验收，验收标准为：四个季度考核均合格；全年未发生因乙方原因导致的数据丢失或安全事件；运维文档、配置清单、源代码及账号口令已完整移交。验收合格后甲方出具验收报告。
（3）年度验收不合格的，乙方应在三十日内整改并重新申请验收，甲方暂缓支付最后一个季度的服务费。

第七条 知识产权
（1）乙方在运维期间为甲方开发或修改的程序、脚本、报表及相关源代码，知识产权归甲方所有。乙方应随时向甲方移交最新源代码及文档。

第八条 数据安全
（1）系统中的企业、人员、项目及诚信数据属甲方所有，乙方仅为履行运维职责使用，不得复制、留存或对外提供。
（2）乙方人员须签署保密承诺书，运维操作须通过甲方堡垒机进行，严禁将数据拷贝至个人设备，严禁使用互联网远程工具接入。
（3）发生数据泄露、篡改或其他安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。

第九条 保密
（1）乙方对履约中知悉的甲方工作秘密、系统架构、账号口令及未公开的监管信息负有保密义务，未经甲方书面同意不得向任何第三方披露。合同终止后保密义务继续有效。

第十条 服务外包
（1）乙方可将机房设备巡检、等级保护测评配合等辅助工作委托其合作单位完成，委托前书面告知甲方即可。乙方对合作单位的工作质量及保密义务承担责任。

第十一条 违约责任
（1）乙方未按约定日期派驻人员进场或未在约定期限内完成高危漏洞整改的，每逾期一日按合同金额的千分之一向甲方支付违约金。
（2）季度考核不合格的，乙方应在三十日内整改；连续两个季度不合格的，甲方有权解除合同。
（3）甲方逾期付款的，应按中国人民银行同期贷款利率支付利息。

第十二条 合同解除
（1）乙方严重违反本合同约定，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。
（2）合同解除或终止时，乙方应在十五日内完成全部资料、源代码和账号移交，并配合新的运维单位完成交接。
（3）合同解除的，甲方按乙方实际提供服务的期间及考核结果结算服务费。

第十三条 不可抗力
（1）因不可抗力导致不能履行合同的，受影响方应及时通知对方，并在十日内提供证明，根据影响程度部分或全部免除责任。不可抗力消除后，乙方应尽快恢复服务。

第十四条 法律适用与争议解决
（1）本合同适用中华人民共和国法律。争议协商不成的，依法向甲方所在地人民法院提起诉讼。

第十五条 其他
（1）磋商文件、响应文件、成交通知书及考核细则为本合同组成部分。本合同一式五份，甲方三份，乙方两份。

甲方（盖章）：南川市住房和城乡建设局    日期：2025年2月20日
乙方（盖章）：江南筑信软件有限公司    日期：2025年2月20日
"""
Z05 = """# 软件许可及定制开发合同（标准文本）

> 乙方标准合同文本 编号：JQ-STD-MES-V2.3　　合同编号：JQ-2025-HD-0418

**甲方（用户）**：江门市鹤鼎酿造食品有限公司

**乙方（供应商）**：广州匠擎工业软件有限公司

鉴于甲方拟在酱油发酵车间实施生产执行系统（MES），乙方拥有“匠擎MES”软件产品的著作权并具备实施能力，双方经友好协商，就软件许可及定制开发事宜达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方提供匠擎MES发酵车间版软件许可，包括制曲管理、发酵罐管理、批次追溯、配方与工艺参数管理、质量检验及车间看板模块。

1.2 乙方按甲方需求进行定制开发，包括发酵罐温度及液位数据采集对接、制曲工艺配方流程、晒露及压榨工序记录、与甲方ERP系统的物料及成品接口、车间报表。

1.3 乙方负责系统的部署实施、基础数据初始化及用户培训，实施及培训地点为甲方江门厂区。

1.4 软件许可为永久许可，限于甲方江门厂区发酵车间使用，许可用户数为50个并发用户。甲方增加用户数或扩展至其他车间、厂区的，按乙方当时的产品报价另行购买许可。

1.5 本合同附件包括：需求确认书、实施计划、培训计划。附件与正文不一致的，以正文为准。

## 第二条 合同价款

2.1 本合同总价为人民币玖拾捌万元整（¥980,000），含增值税，明细如下：

|序号|项目|数量|金额（元）|
|---|---|---|---|
|1|匠擎MES发酵车间版软件许可（永久，50用户）|1套|760,000|
|2|定制开发（数据采集对接、工艺配方、ERP接口、报表）|1项|168,000|
|3|部署实施及培训|1项|52,000|
||合计||980,000|

2.2 上表第1项为软件许可费，是第七条年度维护费的计算基数。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总价的50%作为预付款，即¥490,000。乙方收到预付款后启动项目。

3.2 系统上线运行后十个工作日内，甲方支付合同总价的38%，即¥372,400。

3.3 系统通过验收后十个工作日内，甲方支付合同总价的12%，即¥117,600。

3.4 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方有权暂停服务直至款项付清。乙方收到每笔款项前应开具等额增值税专用发票。

## 第四条 交付与实施

4.1 乙方应在收到预付款后一百五十日内完成软件安装、定制开发和系统上线。

4.2 甲方应按乙方实施计划提供服务器、网络、现场设备的通讯协议及业务资料，并安排关键用户配合需求调研和测试。因甲方原因造成的延误，交付期限相应顺延。

4.3 乙方派驻项目经理一名及实施顾问两名，现场实施期间每周提交进度报告。需求确认书经双方签字后，需求变更应以书面形式提出，涉及工作量增加的，费用由双方另行协商。

4.4 乙方为甲方关键用户、车间班组长及系统管理员提供培训，培训不少于六天，培训结束后提供操作手册及系统管理手册。

4.5 甲方应确保现场设备（温度传感器、液位计、PLC）通讯正常。因现场设备原因无法采集数据的，不影响乙方交付。

## 第五条 验收

5.1 系统上线并连续运行三十日后，乙方提交验收申请。验收标准为：需求确认书所列功能全部实现；发酵罐数据采集完整率不低于99%；成品批次可追溯至原料批次、制曲及发酵罐号；与ERP接口数据核对一致；无未关闭的一级缺陷。

5.2 甲方应在收到验收申请后五个工作日内组织验收并签署验收报告。验收不合格的，乙方应在十五日内整改后再次提交。

## 第六条 免费维护

6.1 免费维护期为六个月，自验收合格之日起算。免费维护期内乙方提供远程技术支持和缺陷修复。

6.2 故障分级：一级故障（系统无法登录或批次记录无法保存）乙方在8小时内响应；二级故障在2个工作日内响应；其他问题在5个工作日内答复。

6.3 乙方将尽力按上述时限处理故障，但不因响应或处理时间超出上述时限而承担任何扣款、赔偿或违约金。

## 第七条 年度维护

7.1 免费维护期满后，甲方应购买乙方年度维护服务，年度维护费为软件许可费的25%，即每年¥190,000，按年预付。

7.2 年度维护服务包括远程支持、缺陷修复及产品版本升级。现场服务按乙方人天单价另行收费。

7.3 甲方未购买年度维护服务的，乙方不再提供版本升级和缺陷修复；甲方日后恢复购买的，应补缴中断期间的维护费。

## 第八条 知识产权

8.1 匠擎MES软件产品的著作权及其他知识产权归乙方所有。

8.2 乙方为本项目定制开发的程序、接口、配方流程模型、报表及其源代码，知识产权均归乙方所有。甲方在本项目范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或向第三方提供。

## 第九条 数据

9.1 甲方在系统中产生的生产、工艺及质量数据归甲方所有。

9.2 甲方同意，乙方可在去除甲方名称等标识信息后，将系统中的工艺参数及生产过程数据用于乙方产品改进、行业工艺模型训练及行业分析报告。

9.3 乙方应采取访问控制、加密存储及操作审计等措施保护甲方数据，远程维护须经甲方同意。发生数据泄露等安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方依法承担赔偿责任。

## 第十条 保密

10.1 双方对在履行本合同过程中获知的对方商业秘密和技术信息承担保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后三年。

## 第十一条 违约责任

11.1 乙方逾期上线的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

11.2 乙方在本合同项下承担的全部责任（包括违约金及赔偿）累计不超过合同总价的20%。任何一方均不对间接损失、利润损失承担责任。

11.3 甲方擅自修改、复制软件或超出许可范围使用的，应立即停止，并按超出部分许可价格的两倍向乙方支付违约金。

## 第十二条 合同解除

12.1 一方严重违约，经对方书面通知后三十日内未予纠正的，守约方有权解除合同。

12.2 合同解除的，甲方应支付乙方已完成工作部分的费用；乙方已收取的预付款超出已完成工作价值的部分，应在三十日内退还甲方。

## 第十三条 不可抗力

13.1 因不可抗力导致合同不能履行的，受影响方不承担责任，但应及时通知对方并提供证明。不可抗力持续超过九十日的，双方可协商解除合同，并按已完成工作结算。

## 第十四条 争议解决

14.1 因本合同产生的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同未尽事宜，双方可另行签订补充协议。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。

**甲方（盖章）**：江门市鹤鼎酿造食品有限公司　　代表：________　　日期：2025年4月18日

**乙方（盖章）**：广州匠擎工业软件有限公司　　代表：________　　日期：2025年4月18日
"""
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. LM-CN-2025-006
P:This Software Licence and Services Agreement (the "Agreement") is made on 14 May 2025 between:
P:(1) Jiaxing Hengfeng Packaging Materials Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at 66 Changsheng Road, Jiaxing, Zhejiang Province (the "Customer"); and
P:(2) Lipa Maintenance Systems d.o.o., a company incorporated in the Republic of Slovenia, with its registered office at Dunajska cesta 151, 1000 Ljubljana, Slovenia (the "Vendor").
P:Recitals: (A) The Customer operates three film-extrusion and printing lines and wishes to replace its spreadsheet-based maintenance records with a computerised maintenance management system. (B) The Vendor develops and licenses the LipaCMMS software and provides implementation and support services. (C) At the Customer's request all prices in this Agreement are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the LipaCMMS server software, the named-user licences and the mobile module listed in Article 3, in object code, with their documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means all configurations, interface programs, report templates, scripts and data-conversion tools written by the Vendor specifically for the Customer, with their source code and documentation.
P:1.3 "Final Acceptance" means the Customer's signature of the Final Acceptance Certificate under Article 6.
P:1.4 "Customer Data" means all data entered into, stored in or generated by the Software at the Customer's sites, including asset registers, work orders, spare-parts records and personal data of the Customer's staff.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software at its Jiaxing plant for its own business purposes, for the number of users stated in Article 3.
P:2.2 The Vendor shall configure the Software, build an interface to the Customer's SAP ERP system for spare-parts purchasing and cost postings, migrate the existing asset and maintenance history, and train the Customer's maintenance engineers, planners and storekeepers.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,320,000, inclusive of all taxes, travel and expenses, made up as follows:
P:(a) LipaCMMS server licence (perpetual): CNY 420,000;
P:(b) named-user licences (perpetual), 60 users at CNY 6,800 each: CNY 408,000;
P:(c) mobile maintenance module (perpetual): CNY 96,000;
P:Licence subtotal: CNY 924,000.
P:(d) configuration and SAP interface: CNY 286,000;
P:(e) data migration: CNY 74,000;
P:(f) training: CNY 36,000.
P:3.2 The licence subtotal in Article 3.1 is the base for the Annual Support fee under Article 7.
H:Article 4 Payment
P:4.1 20% of the Contract Price (CNY 264,000) within thirty days after signature, against the Vendor's invoice.
P:4.2 45% of the Contract Price (CNY 594,000) after installation of the Software and go-live of all three production lines. Go-live is not acceptance.
P:4.3 35% of the Contract Price (CNY 462,000) within thirty days after Final Acceptance.
P:4.4 The Customer pays by bank transfer to the Vendor's account stated on the invoice.
H:Article 5 Delivery and Project Schedule
P:5.1 The Vendor shall make the Software available for download within ten days after signature and shall complete go-live within one hundred and twenty days after signature.
P:5.2 If the Vendor fails to achieve go-live or Final Acceptance by the dates in the project plan for reasons attributable to it, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:5.3 The Customer shall provide servers, network access, SAP test and production credentials, and the availability of its key users as set out in the project plan. Delays caused by the Customer extend the schedule accordingly.
H:Article 6 Acceptance
P:6.1 After go-live the Customer shall run the Software in production for sixty days. The Vendor may then request Final Acceptance.
P:6.2 The acceptance criteria are: (a) every function in the signed requirements specification passes the agreed test cases; (b) migrated asset records and maintenance history reconcile with the source files, with no missing or duplicated records; (c) spare-parts requisitions and cost postings flow between the Software and SAP without error for thirty consecutive days; (d) work-order screens open within three seconds with eighty concurrent users; and (e) no Severity 1 defect occurred during the last thirty days of the production run.
P:6.3 Within ten working days after the request the Customer shall either sign the Final Acceptance Certificate or give written reasons for refusal. The Vendor shall correct any failure within fifteen days and request acceptance again. Production use, go-live or payment does not constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation and the requirements specification for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide updates and support free of charge.
P:7.2 Defects are classified as follows. Severity 1: the Software is unavailable or work orders cannot be created or closed on any production line. Severity 2: an important function fails and no workaround exists. Severity 3: all other defects and questions.
P:7.3 The Vendor shall respond to a Severity 1 defect within one hour, by telephone and remote session, and restore operation or provide a workaround within eight hours. Severity 2: response within two hours and a fix or workaround within two working days. Severity 3: response on the next working day.
P:7.4 For each full hour by which the Vendor exceeds the Severity 1 response or restoration time, the Customer may deduct CNY 1,000 from any amount due to the Vendor or claim it as a service credit.
P:7.5 After the Warranty Period the Vendor shall, at the Customer's option, provide Annual Support on the same terms. The Annual Support fee is 13% of the licence subtotal, that is CNY 120,120 per support year, fixed for the three support years following the Warranty Period. Annual Support is ordered by the Customer each year in writing and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors; the Customer's rights are those in Article 2.1.
P:8.2 All intellectual property rights in the Custom Deliverables belong to the Customer from creation. The Vendor shall deliver their source code with the documentation. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:8.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, keep or use it for any other purpose.
P:9.2 The Software is installed on the Customer's servers in Jiaxing. The Vendor shall access the Customer's systems only through the Customer's VPN with multi-factor authentication, for each session approved in advance by the Customer's IT department, and shall not transfer Customer Data outside the People's Republic of China. The Vendor shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:9.3 The Vendor shall notify the Customer within twenty-four hours of becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, shall take immediate remedial measures, and shall be liable for all losses caused by a breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent obligations. This Article survives termination for three years.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, infringement under Article 8.3, or breach of Articles 9 and 10.
P:11.2 Neither party is liable for loss of profit or indirect loss, except under Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice of it.
P:13.2 The Customer may also terminate if the delay damages under Article 5.2 reach their maximum. On termination by the Customer under this Article the Vendor shall refund the amounts paid for undelivered services.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effects.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Republic of Slovenia, without regard to its conflict-of-laws rules.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the Rules of the Ljubljana Arbitration Centre at the Chamber of Commerce and Industry of Slovenia. The seat of arbitration is Ljubljana and the language is English.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Requirements Specification) and Annex 2 (Project Plan), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:For the Customer: ____________________  Name: Shen Weiguo, General Manager
P:For the Vendor: ____________________  Name: Matej Kovac, Director
"""
E02 = """# ORDER FORM No. JC-2025-0147

**Provider:** Jadran Cloud Learning d.o.o., Put Brodarice 6, 21000 Split, Croatia ("Provider")

**Customer:** Changsha Kangjian Pharmacy Chain Co., Ltd., 399 Furong Middle Road, Changsha, Hunan Province, People's Republic of China ("Customer")

**Order date:** 2 June 2025

This Order Form is entered into under, and incorporates, the General Terms set out below. Capitalised terms have the meanings given in the General Terms. Where this Order Form and the General Terms conflict, this Order Form prevails.

## 1. Subscribed Service

| Item | Description | Quantity | Fee (CNY) |
|---|---|---|---|
| JadranLearn Enterprise | Online learning platform: courses, exams, certificates, mobile app, reports | 1,200 learners | 286,000 per Subscription Year |
| Onboarding | Tenant set-up, single sign-on with Customer's HR system, import of course library, administrator training | one-time | 34,000 |

The Customer operates 168 retail pharmacies in Hunan Province and uses the Service for mandatory pharmacist training, product knowledge courses and annual GSP compliance examinations.

## 2. Subscription Term

The Subscription Term runs from 1 August 2025 (the "Subscription Start Date") to 31 July 2028 and consists of three Subscription Years, each beginning on 1 August. At the end of the Subscription Term the subscription ends unless the parties sign a new Order Form.

## 3. Fees and Invoicing

- Subscription Fee: CNY 286,000 per Subscription Year, CNY 858,000 for the Subscription Term.
- Onboarding Fee: CNY 34,000, one-time.
- Total Order Value: CNY 892,000, including VAT. At the Customer's request all amounts are invoiced and paid in CNY.
- The Provider invoices each Subscription Year's fee on the first day of that Subscription Year; payment is due within thirty days after the invoice date. The Onboarding Fee is invoiced after Onboarding Acceptance and paid within thirty days. No amount is payable before the Subscription Start Date.
- Additional learners above 1,200 may be added at CNY 238 per learner per Subscription Year, pro rata.

## 4. Onboarding Acceptance

The Provider shall complete onboarding by 25 July 2025. Onboarding Acceptance occurs when the Customer confirms in writing that: (a) single sign-on works for all 1,200 learner accounts; (b) the 320 imported courses open and play on desktop and mobile; (c) exam results and certificates are reported correctly in a test run with fifty learners; and (d) the Customer's administrators have completed training. The Customer shall confirm or give reasons within five working days after the Provider's notice of completion. Use of the Service for training before that confirmation is not acceptance.

## 5. Signatures

For the Customer: ____________________ Name: Liu Fang, Head of Training

For the Provider: ____________________ Name: Ivana Babic, Managing Director

# GENERAL TERMS

## Section 1 Definitions

1.1 "Service" means the JadranLearn software-as-a-service subscribed in the Order Form, with its mobile applications and documentation.

1.2 "Customer Data" means all data, content and materials that the Customer or its learners submit to the Service, including learner records, exam results and the Customer's own course content.

1.3 "Subscription Year" means each period within the Subscription Term that runs from 1 August to 31 July of the following calendar year.

## Section 2 Provision of the Service

2.1 The Provider shall make the Service available to the Customer and its authorised learners during the Subscription Term in accordance with the Order Form and these General Terms.

2.2 The Service is hosted on Alibaba Cloud in its Shanghai region. The Provider shall not move the hosting of Customer Data outside mainland China.

2.3 The Provider may improve the Service from time to time but shall not materially reduce its functionality during the Subscription Term.

## Section 3 Service Levels

3.1 The Provider shall ensure that the Service is available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least three days in advance and carried out between 00:00 and 06:00 Beijing time.

3.2 Incidents are classified as P1 (Service unavailable or learners cannot log in), P2 (a major function such as exams or certificates fails) and P3 (other issues). The Provider shall respond to a P1 incident within thirty minutes and restore the Service within three hours; P2: response within two hours and resolution within one working day; P3: response within one working day.

3.3 If monthly availability falls below the commitment in Section 3.1, the Provider shall credit the Customer 5% of the monthly portion of the Subscription Fee for each 0.1 percentage point of shortfall, up to half of that monthly portion. For each full hour by which a P1 restoration exceeds three hours, the Provider shall credit CNY 600. Credits are deducted from the next invoice.

3.4 The Provider shall send the Customer a monthly service report with availability and incident details.

3.5 The Provider shall provide Chinese-language support by telephone, e-mail and online chat from 08:00 to 22:00 Beijing time every day, and a P1 hotline at all times. The Customer may nominate up to six administrators who may raise support requests.

## Section 4 Customer Responsibilities

4.1 The Customer shall keep its administrator and learner credentials secure, ensure that learners use the Service in accordance with the documentation and applicable law, and be responsible for the lawfulness of the course content it uploads.

4.2 The Customer shall provide the HR system interface details and test accounts needed for single sign-on, and a contact person for onboarding questions, in time for the Provider to meet the onboarding date in the Order Form.

## Section 5 Customer Data and Data Security

5.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Service to the Customer and shall not use it for any other purpose.

5.2 The Provider maintains ISO/IEC 27001 certification for the Service and shall encrypt Customer Data in transit and at rest, restrict access to authorised personnel, keep access logs and back up Customer Data daily. The Provider shall comply with the Personal Information Protection Law of the People's Republic of China in processing learners' personal information.

5.3 The Provider shall notify the Customer within twenty-four hours after becoming aware of a security incident affecting Customer Data, take immediate measures to contain it, and be responsible for the losses the Customer suffers as a result of an incident caused by the Provider.

5.4 Within thirty days after the end of the Subscription Term the Provider shall return Customer Data in a standard export format and then delete it, and confirm deletion in writing.

## Section 6 Intellectual Property

6.1 The Provider owns the Service and all improvements to it.

6.2 The Customer owns its course content and any course materials, exam banks and report templates that the Provider prepares specifically for the Customer during onboarding. The Customer may use, modify and license them freely.

## Section 7 Confidentiality

7.1 Each party shall keep confidential the other party's non-public business and technical information received in connection with this agreement and shall use it only for the purposes of this agreement. This obligation continues for three years after the Subscription Term ends.

## Section 8 Subcontractors and Subprocessors

8.1 The Provider may engage subcontractors and subprocessors to perform any part of the Service, including hosting, support and content conversion. The Provider will inform the Customer of any new subcontractor or subprocessor by updating the list on its customer portal at least fourteen days before the change. The Provider remains responsible for its subcontractors and subprocessors.

## Section 9 Liability

9.1 The Provider's total aggregate liability arising out of or in connection with this agreement, whether in contract, tort or otherwise, shall not exceed CNY 320,000.

9.2 Neither party shall be liable for any indirect or consequential loss or loss of profits.

9.3 The limits in this Section do not apply to personal injury caused by negligence or to fraud.

## Section 10 Term and Termination

10.1 This agreement continues until the end of the Subscription Term.

10.2 Either party may terminate this agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice. If the Customer terminates for the Provider's breach, the Provider shall refund the fees paid for the remainder of the Subscription Year.

10.3 The Provider may suspend the Service if undisputed fees remain unpaid for more than thirty days after a reminder.

10.4 Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics or acts of government, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. Hosting failures within the Provider's own control are not such events.

## Section 11 Governing Law and Disputes

11.1 This agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The arbitral award is final and binding on both parties.

## Section 12 General

12.1 Neither party may assign this agreement without the other party's written consent.

12.2 Notices must be in writing and sent to the addresses in the Order Form or to such other address as a party notifies.
"""
E03 = """T:PURCHASE CONTRACT FOR COLD-STORE MONITORING EQUIPMENT
P:Contract No. BH-CL-2025-022
P:Buyer: Tianjin Binhai Xianyun Cold Chain Logistics Co., Ltd., No. 9 Haitai Road, Binhai New Area, Tianjin, People's Republic of China (the "Buyer").
P:Supplier: Sensorika Novi Sad d.o.o., Bulevar oslobodjenja 88, 21000 Novi Sad, Republic of Serbia (the "Supplier").
P:Background: The Buyer operates a cold-chain warehouse with fourteen cold rooms, two blast freezers and a loading dock for frozen food and pharmaceuticals. Following the Buyer's tender of March 2025, the Buyer has selected the Supplier to supply, install and commission a wireless temperature and humidity monitoring system. This contract is on the Buyer's standard terms. All prices are in Chinese Yuan (CNY).
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, door contacts and accessories listed in clause 3, with their firmware.
P:1.2 "Software" means the ColdWatch monitoring software licensed under clause 3, with its documentation.
P:1.3 "System" means the Equipment and the Software installed and configured at the Buyer's warehouse.
P:1.4 "Final Acceptance" means the Buyer's written acceptance of the System under clause 6.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment and the Software, install and commission the System, calibrate every sensor against reference instruments with CNAS-recognised certificates, integrate alarms with the Buyer's warehouse management system and SMS gateway, and train the Buyer's staff.
P:2.2 The System shall record temperature and humidity in every cold room at intervals of one minute, alarm on excursions by SMS, telephone call and on screen, and keep records in a form that supports GSP audits for cold-chain pharmaceuticals.
H:3. Contract Price
P:3.1 The Contract Price is fixed at CNY 850,000, inclusive of VAT, duties, transport to site and all expenses, as itemised below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor|420|860|361,200
TB:2|LoRa gateway with backup battery|24|7,400|177,600
TB:3|Door contact sensor|96|420|40,320
TB:4|ColdWatch software, perpetual licence|1|138,000|138,000
TB:|Equipment and software subtotal|||717,120
TB:5|Installation and commissioning|1|86,400|86,400
TB:6|Calibration and certificates|1|31,480|31,480
TB:7|Training|1|15,000|15,000
TB:|Contract Price|||850,000
P:3.2 The Equipment and software subtotal is the base for the support fee in clause 7.4.
H:4. Payment
P:4.1 No advance payment is made under this contract.
P:4.2 65% of the Contract Price (CNY 552,500) is payable within thirty days after the Equipment has been delivered and installed and the parties have signed an Installation Certificate. The Installation Certificate records delivery and installation only and is not acceptance.
P:4.3 35% of the Contract Price (CNY 297,500) is payable within thirty days after Final Acceptance.
P:4.4 Each payment is made against a valid VAT invoice issued through the Supplier's authorised agent in China.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver the Equipment DDP to the Buyer's warehouse within sixty days after signature and complete installation within twenty days after delivery. Installation work in cold rooms shall be scheduled with the Buyer so that stored goods are not put at risk.
P:5.2 If the Supplier fails to meet a date in clause 5.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct them from any payment.
P:5.3 The Buyer shall provide access to the cold rooms, power points for the gateways, network connections, a server meeting the Supplier's written requirements and a warehouse contact person. Delays caused by the Buyer extend the dates in clause 5.1 accordingly.
P:5.4 The Supplier shall train the Buyer's warehouse supervisors, quality staff and IT administrators in two sessions on site, covering daily use, alarm handling, report generation for audits, battery replacement and basic troubleshooting, and shall provide training materials in Chinese.
P:5.5 Title and risk in the Equipment pass to the Buyer on signature of the Installation Certificate.
H:6. Acceptance
P:6.1 After installation the System shall run in parallel with the Buyer's existing recorders for thirty days.
P:6.2 The acceptance criteria are: (a) every sensor reads within plus or minus 0.5 degrees Celsius and 3% relative humidity of the reference instrument at the calibration points; (b) no sensor misses more than ten readings in any day of the trial period; (c) alarms reach the on-duty staff by SMS and telephone within two minutes in every test; (d) the integration with the warehouse management system shows the same readings; and (e) all documentation, calibration certificates and as-built drawings have been delivered.
P:6.3 If the criteria are met, the Buyer shall sign the Final Acceptance Certificate within seven working days. Otherwise the Supplier shall correct the defects within fifteen days and the trial period shall be repeated for the affected parts. Use of the System before Final Acceptance does not constitute acceptance.
H:7. Warranty, Service Levels and Support
P:7.1 The Supplier warrants the System for 36 months from Final Acceptance. During this period it shall repair or replace any defective Equipment, correct Software defects and provide firmware and software updates free of charge, including parts, labour and travel.
P:7.2 Faults are classified as Severity 1 (monitoring of one or more cold rooms has stopped or alarms are not delivered), Severity 2 (individual sensors or functions fail while monitoring continues) and Severity 3 (other issues). The Supplier, through its service partner in Tianjin named in Annex 2, shall respond to a Severity 1 fault within thirty minutes by telephone and remote diagnosis and attend on site within eight hours; Severity 2 faults within two hours and on site by the next working day.
P:7.3 For each hour by which the Supplier exceeds a Severity 1 response or on-site time, the Supplier shall pay the Buyer CNY 500, which the Buyer may deduct from any amount due.
P:7.4 After the warranty period the Supplier shall offer support, including annual recalibration, at a fee of 7% of the Equipment and software subtotal per year (CNY 50,198.40), which shall not increase for the first two years of support. Support is ordered by the Buyer each year and does not renew automatically.
P:7.5 The Supplier shall keep spare sensors and gateways in Tianjin sufficient to replace any failed unit within the Severity 1 on-site time and shall make spare parts available for at least seven years after Final Acceptance.
H:8. Data and Data Security
P:8.1 All monitoring data, alarm records and audit logs produced by the System belong to the Buyer. The Supplier shall use them only to perform this contract.
P:8.2 The Software and database are installed on the Buyer's own servers. The Supplier may access the System remotely only with the Buyer's approval for each session, through the Buyer's VPN, and all sessions are logged. The Supplier shall not copy monitoring data outside the Buyer's systems.
P:8.3 The Supplier shall report any security incident affecting the System or its data to the Buyer within twelve hours, take remedial measures immediately, and compensate the Buyer for all losses caused by an incident attributable to the Supplier.
H:9. Intellectual Property
P:9.1 Configurations, dashboards, report templates and integration scripts made for the Buyer belong to the Buyer, which may use and modify them freely.
P:9.2 The ColdWatch software and the Equipment firmware remain the property of the Supplier, which grants the Buyer a perpetual licence to use them with the System.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information received under this contract, including the Buyer's customer names, storage volumes and site layout, and shall not disclose it to any third party without the other party's prior written consent. This obligation continues for three years after the contract ends.
H:11. Liability
P:11.1 The Supplier's total liability under this contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of clause 8 or clause 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, except for the service partner named in Annex 2, which the Buyer approves by signing this contract. The Supplier remains responsible for its subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after notice, or if the liquidated damages under clause 5.2 reach their maximum. The Supplier shall then refund the amounts paid for the parts of the System that are not accepted.
H:14. Force Majeure
P:14.1 A party prevented from performing by force majeure shall notify the other party within three days and is excused to the extent of the prevention.
H:15. Governing Law and Disputes
P:15.1 This contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.
H:16. General
P:16.1 Annex 1 (Technical Specification) and Annex 2 (Service Partner and Spare Parts) form part of this contract. The English version is binding.
P:For the Buyer: ____________________ Name: Zhao Min, General Manager
P:For the Supplier: ____________________ Name: Nikola Petrovic, Director
"""
E04 = """# Managed E-Commerce Operations Agreement

**Agreement No.** VIT-NB-2025-03

**Between**

- **Ningbo Haoyu Kitchenware Co., Ltd.**, 118 Yinxian Avenue, Yinzhou District, Ningbo, Zhejiang Province, People's Republic of China (the "Customer"); and
- **Vardar IT Services DOOEL**, Bulevar Partizanski Odredi 21, 1000 Skopje, Republic of North Macedonia (the "Provider").

**Date:** 20 August 2025

**Recitals**

(A) The Customer sells cookware and small kitchen appliances to consumers in Europe through three online storefronts built on Magento, connected to its ERP and to third-party logistics providers.

(B) The Customer wishes to outsource the day-to-day operation, maintenance and hosting management of those storefronts, and the Provider offers managed operations of this kind.

(C) The parties have agreed that all charges are stated and paid in Chinese Yuan (CNY).

## Clause 1 Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Storefronts" means the Customer's online shops at the domains listed in Schedule 1, with their Magento installations, extensions, themes and integrations.

1.3 "Customer Data" means all data relating to the Customer's products, prices, orders, customers and suppliers that is stored in or processed by the Storefronts, including personal data of consumers.

1.4 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance under Clause 3.

1.5 "Custom Work" means code, extensions, themes, scripts and configurations written by the Provider specifically for the Customer.

## Clause 2 Term

2.1 This Agreement begins on its date. The Services run for twenty-four months from the Service Commencement Date.

2.2 Any extension requires a written amendment signed by both parties. There is no automatic renewal.

## Clause 3 Transition

3.1 The Provider shall take over the operation of the Storefronts from the Customer's current agency within forty-five days after the date of this Agreement, in accordance with the transition plan in Schedule 3.

3.2 Transition Acceptance occurs when the Customer confirms in writing that: (a) the Provider has full administrative access to the Storefronts, hosting accounts and repositories; (b) a complete inventory of servers, extensions, integrations and credentials has been delivered; (c) a backup of each Storefront has been restored successfully in a test environment; (d) orders flow from each Storefront to the Customer's ERP and to the logistics providers in a test with at least one hundred orders; and (e) the runbooks for the Services listed in Schedule 1 have been delivered.

3.3 If the Provider does not achieve Transition Acceptance within the period in Clause 3.1 for reasons attributable to it, the Provider shall pay the Customer CNY 1,200 for each day of delay, up to CNY 60,000.

## Clause 4 Services

4.1 The Provider shall perform the Services described in Schedule 1 with the skill and care of a competent provider of managed e-commerce services.

4.2 The Provider will use commercially reasonable efforts to keep the Storefronts available and to respond promptly to incidents reported by the Customer or detected by its monitoring.

4.3 The Provider shall apply Magento security patches, monitor the Storefronts, carry out the backups described in Schedule 1, and deploy changes requested by the Customer through the change procedure in Schedule 1.

4.4 The Provider shall report monthly on incidents, changes, backups and the hours of development used, and shall meet the Customer's e-commerce manager by video call every two weeks.

4.5 The Provider shall assign a named service manager and at least three named engineers familiar with Magento and with the Customer's integrations. The Provider shall tell the Customer in advance of any change of the service manager and shall ensure that a replacement has been briefed before the change takes effect.

4.6 Changes are requested by the Customer's e-commerce manager through the Provider's ticket system. The Provider shall estimate each change, obtain the Customer's approval before starting work that exceeds the included hours, test the change in a staging environment and deploy it to production only after the Customer's sign-off, outside the Customer's peak sales periods announced in advance.

4.7 The Customer shall give the Provider timely instructions, product content and access to its ERP test environment, and shall pay the hosting provider directly for hosting.

## Clause 5 Charges and Payment

5.1 The charges are set out in Schedule 2. The total value of this Agreement is CNY 1,174,000.

5.2 The Monthly Service Charge is invoiced monthly in arrears, at the end of each month after the Service Commencement Date. The Transition Charge is invoiced after Transition Acceptance. Invoices are payable within thirty days after receipt. Nothing is payable before the Service Commencement Date.

5.3 Development work beyond the hours included in Schedule 2 is performed only on the Customer's written order, at the rate in Schedule 2.

## Clause 6 Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only on the Customer's instructions and only to perform the Services.

6.2 The Provider shall protect Customer Data with appropriate technical and organisational measures, including multi-factor authentication for all administrative access, access limited to named engineers, encrypted backups and logging of administrative actions. The Provider shall comply with the General Data Protection Regulation and with the data protection laws of the People's Republic of China as they apply to the Storefronts.

6.3 The Provider shall notify the Customer within twenty-four hours after becoming aware of a personal data breach or other security incident affecting Customer Data or the Storefronts, take immediate steps to contain it, support the Customer's notifications to authorities, and be liable for the Customer's losses, fines and costs resulting from an incident caused by the Provider's breach of this Clause.

6.4 At the end of the Agreement the Provider shall hand over all Customer Data, code and credentials and delete its copies.

## Clause 7 Intellectual Property

7.1 Custom Work belongs to the Customer from creation. The Provider shall commit all Custom Work to the Customer's repository. The Customer may use, modify and license the Custom Work freely.

7.2 The Provider's own tools and monitoring scripts remain the Provider's property.

## Clause 8 Liability

8.1 Each party's total liability under this Agreement is limited to 150% of the total value stated in Clause 5.1. The limit does not apply to liability under Clause 6.3, personal injury or wilful misconduct.

8.2 Neither party is liable for indirect loss or loss of profit, except under Clause 6.3.

## Clause 9 Subcontracting

9.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

## Clause 10 Termination

10.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

10.2 On expiry or termination the Provider shall provide exit assistance for up to thirty days at the Monthly Service Charge pro rata, including handover to the Customer or a new provider.

## Clause 11 Force Majeure

11.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, war or failures of public networks, provided that it informs the other party promptly and takes reasonable steps to resume performance. An attack on the Storefronts that the measures in Clause 6.2 should have prevented is not such an event.

## Clause 12 Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen. The language of the arbitration is English.

## Clause 13 General

13.1 This Agreement, with its Schedules, is the entire agreement between the parties. Amendments must be in writing and signed by both parties.

For the Customer: ____________________ Name: Hu Jianping, General Manager

For the Provider: ____________________ Name: Aleksandar Trajkovski, Managing Director

## Schedule 1 Services

| Service | Scope |
|---|---|
| Storefront operations | Monitoring of the three Storefronts around the clock, incident handling, cache and search index management, cron and queue supervision |
| Platform maintenance | Magento and extension updates, security patches within the monthly maintenance window, PHP and database version upgrades planned with the Customer |
| Integrations | Operation of the ERP, payment and logistics integrations, correction of failed order and stock synchronisations |
| Backups | Daily database backups and weekly full backups kept for thirty days, quarterly restore test |
| Change and development | Up to forty hours per month of small changes, content templates and campaign pages through the change procedure |
| Domains | haoyu-kitchen.eu, haoyu-kitchen.de, haoyu-kitchen.fr |

## Schedule 2 Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Transition Acceptance | 58,000 |
| Monthly Service Charge | per month, 24 months | 46,500 |
| Monthly Service Charges for the term | 24 x 46,500 | 1,116,000 |
| Total value of this Agreement | | 1,174,000 |
| Additional development | per hour, on written order | 520 |

## Schedule 3 Transition Plan

| Week | Activity |
|---|---|
| 1-2 | Access handover, inventory, review of code and hosting |
| 3-4 | Backup and restore tests, monitoring set-up, runbooks |
| 5-6 | Order-flow tests, parallel support with the current agency, Transition Acceptance |
"""
E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No.: ADS-QD-2025-011
Date: 5 September 2025

PARTIES

Adriatik Data Services sh.p.k., a company registered in the Republic of Albania, with its office at Rruga e Kavajes 112, Tirana, Albania ("Provider"); and

Qingdao Haiyun Tongda International Freight Forwarding Co., Ltd., a company registered in the People's Republic of China, with its office at 20 Xianggang Middle Road, Shinan District, Qingdao, Shandong Province ("Customer").

BACKGROUND

A. The Provider operates the SeaTrace API, which supplies vessel positions, port calls, estimated times of arrival and container event data collected from AIS receivers, port community systems and carrier feeds.

B. The Customer is a freight forwarder and wishes to use the SeaTrace API in its own shipment tracking portal and transport management system, so that its clients can follow their containers from Qingdao and other Chinese ports to destinations in the Mediterranean and Northern Europe.

C. At the Customer's request all fees under this Agreement are stated and paid in Chinese Yuan (CNY).

1. DEFINITIONS

1.1 "API" means the SeaTrace application programming interface, its endpoints, documentation and the data returned by it ("API Data").

1.2 "Subscription Year" means each of the two periods from 1 October to 30 September of the following calendar year within the Subscription Term.

1.3 "Subscription Term" means the period from 1 October 2025 to 30 September 2027.

1.4 "Included Calls" means the number of API calls included in the Subscription Fee for each Subscription Year.

1.5 "Customer Query Data" means the container numbers, bill of lading numbers, booking references and vessel names that the Customer submits to the API.

2. SUBSCRIPTION AND LICENCE

2.1 The Provider grants the Customer, for the Subscription Term, a non-exclusive, non-transferable licence to call the API and to use, store and display API Data in the Customer's tracking portal, transport management system and reports to its own clients.

2.2 The Customer shall not resell API Data as a data feed or make it available to third parties other than the Customer's clients for their own shipments.

2.3 The subscription includes 3,000,000 Included Calls per Subscription Year, access to the production and sandbox environments, and technical support in English and Chinese.

3. ONBOARDING

3.1 The Provider shall provide production credentials within five working days after signature and shall support the Customer's developers in integrating the API, including two remote workshops and a review of the Customer's integration code.

3.2 Integration Acceptance occurs when the Customer confirms in writing that: (a) the tracking endpoints return complete event histories for a test set of two hundred containers supplied by the Customer, checked against carrier websites; (b) estimated times of arrival are returned for vessels on the Customer's six main trade lanes; (c) webhook notifications for container events arrive within five minutes of the event being available to the Provider; and (d) the Customer's portal displays the data correctly. The Customer shall confirm or give reasons within five working days after the Provider reports completion.

3.3 If the Provider fails to provide production credentials or to complete its onboarding tasks by 30 September 2025 for reasons attributable to it, the Provider shall pay the Customer CNY 500 for each day of delay, up to CNY 15,000.

4. FEES AND PAYMENT

4.1 Subscription Fee: CNY 248,000 per Subscription Year, CNY 496,000 for the Subscription Term.

4.2 Onboarding Fee: CNY 18,000, one-time.

4.3 The total contract value is CNY 514,000, including VAT.

4.4 Calls above the Included Calls are charged at CNY 0.06 per call, invoiced quarterly in arrears.

4.5 The Provider invoices the Subscription Fee for each Subscription Year on the first day of that Subscription Year; payment is due within thirty days after the invoice date. The Onboarding Fee is invoiced after Integration Acceptance and is payable within thirty days. No amount is due before the start of the Subscription Term.

5. SERVICE LEVELS

5.1 The Provider shall ensure that the production API is available 99.95% of the time in each calendar month, measured by the Provider's external monitoring at one-minute intervals, excluding scheduled maintenance announced at least forty-eight hours in advance and not exceeding two hours per month.

5.2 Incidents are classified as P1 (the production API is unavailable or returns errors for most requests), P2 (an endpoint or data source is degraded, or data is delayed by more than one hour) and P3 (other issues). The Provider shall respond to a P1 incident within one hour at any time and provide status updates every hour until it is resolved. P2: response within two hours during business hours in Beijing time. P3: response within two working days.

5.3 If monthly availability falls below 99.95%, the Provider shall credit the Customer 5% of the monthly portion of the Subscription Fee for each 0.1 percentage point of shortfall, up to half of that monthly portion. If the Provider misses the P1 response time, it shall credit CNY 400 for each hour of delay. Credits are set off against the next invoice.

5.4 The Provider shall publish a monthly service report showing availability, incidents, data-source outages and the Customer's call volume.

6. DATA

6.1 Customer Query Data belongs to the Customer. The Provider shall use Customer Query Data only to answer the Customer's API requests and to send the Customer's notifications, and shall not sell it, disclose it to carriers or other customers, or use it for any other purpose.

6.2 API Data is supplied as collected from the Provider's sources. The Provider shall use reasonable care in collecting and processing it but does not guarantee that every vessel position or event is complete or accurate.

7. INTELLECTUAL PROPERTY

7.1 The API and API Data remain the property of the Provider and its data sources, subject to the licence in clause 2.1.

7.2 The Customer's integration code, portal pages and reports, including any sample code that the Provider adapts for the Customer during onboarding, belong to the Customer, which may use, modify and license them freely.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public business, technical and commercial information received under this Agreement, including the Customer's client names and shipment volumes and the Provider's pricing, and shall not disclose it to any third party without the other party's prior written consent, except to its professional advisers or as required by law.

8.2 This clause continues for three years after the Agreement ends.

9. LIABILITY

9.1 Each party's total liability under this Agreement is limited to 150% of the total contract value stated in clause 4.3.

9.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of business, including losses arising from delays in shipments that are tracked with API Data.

9.3 The limits do not apply to personal injury, fraud or wilful misconduct.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract the operation of the API or support to any third party without the Customer's prior written consent. The Provider's purchase of data from its sources is not subcontracting. The Provider remains responsible for any approved subcontractor.

11. TERM AND TERMINATION

11.1 This Agreement begins on its date and ends on the last day of the Subscription Term. It does not renew automatically; any further subscription requires a new written agreement.

11.2 The Subscription Term is a fixed commitment. The Customer may not terminate this Agreement before the end of the Subscription Term for any reason, including a breach by the Provider. The Customer's remedies for a breach by the Provider are the service credits under clause 5 and a claim for damages within the limits of clause 9.

11.3 The Provider may terminate this Agreement by written notice if the Customer fails to pay undisputed fees within thirty days after a written reminder, or if the Customer breaches clause 2.2 and does not cure the breach within fifteen days after notice.

11.4 On expiry or termination the Customer's licence to call the API ends. The Customer may keep API Data already displayed in its clients' shipment records for its own record-keeping obligations.

12. FORCE MAJEURE

12.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, including outages of AIS networks, port community systems or carrier feeds that the Provider does not control, provided that it notifies the other party promptly and resumes performance as soon as possible.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing in accordance with its rules in force at the time. The language of the arbitration is English. The award is final and binding.

14. GENERAL

14.1 This Agreement is the entire agreement between the parties about its subject matter. Amendments must be in writing and signed by both parties.

14.2 Notices shall be sent by e-mail and courier to the addresses above, marked for the attention of the signatories.

SIGNATURES

For the Provider: ____________________ Name: Erion Hoxha, Director

For the Customer: ____________________ Name: Sun Lijuan, General Manager
"""

SOURCES = {"z01": Z01, "z02": Z02, "e01": E01, "e03": E03}
TARGETS = {"z01": ("h478z01_weather_warning_platform_licence.pdf", "pdf"),
           "z02": ("h478z02_ceramics_roller_kiln_control_retrofit.docx", "docx"),
           "e01": ("h478e01_slovenian_cmms_perpetual_licence.pdf", "pdf"),
           "e03": ("h478e03_serbian_cold_store_sensors_buyer_paper.docx", "docx")}
PLAIN = {"z03": ("h478z03_bakery_chain_ordering_membership_saas.txt", Z03),
         "z04": ("h478z04_housing_bureau_market_system_annual_om.txt", Z04),
         "z05": ("h478z05_soy_sauce_fermentation_mes_supplier_template.md", Z05),
         "e02": ("h478e02_croatian_learning_saas_order_form.md", E02),
         "e04": ("h478e04_macedonian_managed_ecommerce_operations.md", E04),
         "e05": ("h478e05_albanian_vessel_tracking_data_api.txt", E05)}
ALL_SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
           "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}


def fname(k):
    return (TARGETS.get(k) or PLAIN[k])[0]


# ---------------------------------------------------------------- labels
# order of expected_terms: availability, p1, remedy, ip, data_sec, owns_data, conf, ld, cap, prepay, acc, final,
# warranty, pwf, auto, term, sub, law, kind
T = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
D = {
    # key: (lang, category, terms..., extra)
    "z01": ("zh", "software", [99.95, 0.25, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8, False,
                               True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2380000)),
    "z02": ("zh", "hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, None, 20, False, False, 24, 9, False,
                               True, True, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                 contract_value=1600000)),
    "z03": ("zh", "cloud", [99.5, 0.5, True, "buyer", True, True, True, 800 / 897200 * 100, None, None, True, None,
                            None, None, True, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=897200)),
    "z04": ("zh", "services", [None, 0.5, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None,
                               False, True, True, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=656000)),
    "z05": ("zh", "software", [None, 8, False, "supplier", True, False, True, 0.02, 20, 50, True, True, 6, 25, False,
                               True, None, None, G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=980000)),
    "e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 13, False, True,
                               False, "Slovenia", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1320000)),
    "e02": ("en", "cloud", [99.95, 0.5, True, "buyer", True, True, True, None, 320000 / 892000 * 100, None, True, None,
                            None, None, False, True, True, "PRC", S],
            dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=892000)),
    "e03": ("en", "hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, 200, None, True, True, 36, 7, False,
                               True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=850000)),
    "e04": ("en", "services", [None, None, False, "buyer", True, True, False, 1200 / 1174000 * 100, 150, None, True,
                               None, None, None, False, True, False, "PRC", S],
            dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1174000)),
    "e05": ("en", "cloud", [99.95, 1, True, "buyer", False, True, True, 500 / 514000 * 100, 150, None, True, None, None,
                            None, False, False, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=514000)),
}
# forum outside mainland China (only e01: Ljubljana); fee bases for TCO (itemised licence / hardware subtotal)
FORUM_OUTSIDE = {"e01"}
FEE_BASE = {"z01": 1180000, "z02": 1340000, "z05": 760000, "e01": 924000, "e03": 717120}
# the design list, written by hand before the derivation
DESIGN = {
    "z01": [], "e03": [],
    "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-ACCEPTANCE", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"],
    "z05": ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e02": ["CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "e04": ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "e05": ["CR-DATA-SECURITY", "CR-TERMINATION"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(k):
    """policy section 4: horizon 5 years from acceptance; price = contract value; post-warranty fee years pro rata."""
    t = dict(zip(T, D[k][2]))
    v = D[k][3]["contract_value"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * FEE_BASE[k] * t["post_warranty_fee_pct"] / 100
    return v + fees, fees / (v + fees) * 100


def rules_from_labels(k):
    t = dict(zip(T, D[k][2]))
    x = D[k][3]
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
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        tc = tco(k)
        if tc and tc[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or k in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def write_labels():
    for k, (lang, cat, vals, extra) in D.items():
        lab = {"file": fname(k), "language": lang, "category": cat, "expected_terms": dict(zip(T, vals)),
               "expected_extra": extra, "expected_rules": rules_from_labels(k)}
        stem = fname(k).rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")


def check_labels():
    fired = set()
    for k in D:
        got = rules_from_labels(k)
        assert got == sorted(DESIGN[k]), (k, got, DESIGN[k])
        fired |= set(got)
        t = dict(zip(T, D[k][2]))
        # no label on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 1e-9
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30
        assert t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15
        tc = tco(k)
        if tc:
            assert abs(tc[1] - 40) > 2, (k, tc)
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    n = {k: len(DESIGN[k]) for k in D}
    assert [k for k in D if n[k] == 0] == ["z01", "e03"]
    assert DESIGN["e01"] == ["CR-GOVERNING-LAW"] and n["z05"] >= 8
    assert sorted(k for k in D if 2 <= n[k] <= 3) == ["e02", "e04", "e05", "z02", "z03", "z04"]
    # price sums
    assert 1180000 + 764000 + 286000 + 118000 + 32000 == 2380000 and 476000 + 1071000 + 833000 == 2380000
    assert 486000 + 218000 + 312000 + 84000 + 168000 + 72000 == 1340000 and 1340000 + 148000 + 96000 + 16000 == 1600000
    assert 320000 + 880000 + 400000 == 1600000
    assert 26 * 4800 == 124800 and 26 * 3600 == 93600 and 124800 + 93600 + 36000 == 254400
    assert 3 * 254400 + 86000 + 48000 == 897200
    assert 312000 + 186000 + 74000 + 58000 + 26000 == 656000 == 4 * 164000
    assert 760000 + 168000 + 52000 == 980000 and 490000 + 372400 + 117600 == 980000 and 760000 * 25 // 100 == 190000
    assert 420000 + 60 * 6800 + 96000 == 924000 and 924000 + 286000 + 74000 + 36000 == 1320000
    assert 264000 + 594000 + 462000 == 1320000 and round(924000 * 0.13) == 120120
    assert 3 * 286000 + 34000 == 892000
    assert 420 * 860 + 24 * 7400 + 96 * 420 + 138000 == 717120 and 717120 + 86400 + 31480 + 15000 == 850000
    assert 552500 + 297500 == 850000 and abs(717120 * 0.07 - 50198.4) < 1e-6
    assert 24 * 46500 + 58000 == 1174000 and 2 * 248000 + 18000 == 514000


# ---------------------------------------------------------------- threshold scan
NUMZH = "零一二三四五六七八九十百千两"
PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)\s*(?:%|％|percent|per\s*cent)", r"百分之九十九点九(?![一-九零])",
    r"(?<![\d.])4\s*(?:个)?\s*小时", r"(?<![十\d])四\s*(?:个)?\s*小时", r"(?<!\d)240\s*(?:分钟|minutes?)",
    r"(?<!twenty)(?<!twenty-)(?<!twenty )\bfour[\s-]*(?:hours?|hrs?)\b", r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?|h)\b",
    r"(?<![\d.])0?\.050*(?!\d)\s*(?:%|％|percent|per\s*cent)", r"万分之五(?![" + NUMZH + "])", r"百分之零点零五(?![一-九零])",
    r"(?<![\d.])100(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之(?:一)?百(?![" + NUMZH + "])",
    r"\bone[\s-]*hundred[\s-]*(?:%|percent|per\s*cent)", r"\bhundred[\s-]*per\s*cent",
    r"(?<![\d.])30(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之三十(?![" + NUMZH + "])", r"三成",
    r"\bthirty[\s-]*(?:%|percent|per\s*cent)",
    r"(?<![\d.])12\s*(?:个)?\s*月", r"(?<![\d.])12[\s-]*months?\b", r"(?<![" + NUMZH + "])十二\s*个?\s*月",
    r"\btwelve[\s-]*months?\b", r"一年", r"\bone[\s-]*years?\b", r"(?<![\d.])1[\s-]*years?\b",
    r"(?<![\d.])15(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之十五(?![" + NUMZH + "])",
    r"\bfifteen[\s-]*(?:%|percent|per\s*cent)",
    r"(?<![\d.])40(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之四十(?![" + NUMZH + "])", r"四成",
    r"\bforty[\s-]*(?:%|percent|per\s*cent)",
    r"(?<![\d.])5\s*年(?!度)", r"(?<![" + NUMZH + "])五\s*年(?!度)", r"(?<![\d.])5[\s-]*years?\b", r"\bfive[\s-]*years?\b",
    r"(?<![\d.])60\s*(?:个)?\s*月", r"(?<![\d.])60[\s-]*months?\b", r"六十\s*个?\s*月", r"\bsixty[\s-]*months?\b",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "99.90%", "4小时", "4 小时", "四小时", "four hours", "4 hours", "4-hour", "240分钟",
            "0.05%", "0.05 %", "万分之五", "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "12 个月", "十二个月",
            "twelve months", "12 months", "一年", "one year", "one-year", "15%", "百分之十五", "40%", "四成",
            "百分之四十", "5年", "5 年", "五年", "five years", "5 years", "60 months", "60个月", "100 per cent",
            "thirty per cent", "forty percent"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度",
             "Subscription Year", "140%", "1.5%", "130%", "36个月", "36 months", "百分之三十五", "30日", "15日",
             "thirty days", "2 小时", "14 hours", "25%", "45%", "350%", "0.08%", "2025 年", "五年度", "第十二条",
             "someone yearly", "twenty-four hours", "twenty four hours", "twentyfourhours"]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            out += [m.group(0) for m in rx.finditer(variant)]
    return out


def selftest():
    for s in MUST_HIT:
        assert any(rx.search(s) for rx in RX), "must hit: " + s
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ---------------------------------------------------------------- read back
def read_back(name):
    p = OUT / name
    if name.endswith(".docx"):
        from docx import Document
        d = Document(str(p))
        parts = [x.text for x in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if name.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)
    return p.read_text(encoding="utf-8")


def measure():
    res = {}
    for k in D:
        name = fname(k)
        text = read_back(name)
        if D[k][0] == "zh":
            n, nws = len(text), len(re.sub(r"\s", "", text))
            res[k] = (name, "zh", n, nws)
            assert 2750 <= n <= 3000 and 2750 <= nws <= 3000, (name, n, nws)
        else:
            n = len(text.split())
            res[k] = (name, "en", n, None)
            assert 1450 <= n <= 1650, (name, n)
        h = hits(text) + hits(ALL_SRC[k])
        assert not h, (name, h)
    return res


if __name__ == "__main__":
    selftest()
    check_labels()
    for k, (name, src) in PLAIN.items():
        (OUT / name).write_text(src, encoding="utf-8")
        print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    write_labels()
    for k, (name, lang, n, nws) in measure().items():
        tc = tco(k)
        print(k, name, lang, n, nws if nws is not None else "", DESIGN[k] or "(none)", risk(DESIGN[k]),
              "TCO %.1f share %.2f" % tc if tc else "")
