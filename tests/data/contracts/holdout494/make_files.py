"""holdout494: builds ten ordinary draft contracts, their labels, and checks lengths, thresholds and rule coverage.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:江岭市公共资源交易中心电子交易平台软件许可及定制开发合同
P:合同编号：JLGGZY-2026-CG-017    采购方式：公开招标（政府采购）
P:甲方（采购人）：江岭市公共资源交易中心
P:乙方（供应商）：杭州筑信科技有限公司
P:鉴于甲方通过公开招标（项目编号 JLCG2026-0113）采购电子交易平台软件许可及定制开发服务，乙方为中标供应商。依据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、投标文件，双方经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供“筑信”电子交易平台软件（含工程建设、政府采购、产权交易三个交易子系统）的永久使用许可，并完成以下定制开发：远程异地评标模块、CA数字证书互认接口、与省级公共资源交易平台及行政监督平台的数据交换接口。
P:1.2 乙方负责平台在甲方机房的部署、历史项目数据迁移、联调测试及操作培训，培训对象为甲方工作人员及进场交易主体代表。
H:第二条 合同价格
P:2.1 合同总价为人民币贰佰贰拾万元整（¥2,200,000），明细如下：
P:（1）平台软件许可（三个交易子系统）：¥1,280,000；
P:（2）定制开发（远程异地评标、CA互认、数据交换接口）：¥760,000；
P:（3）部署实施及历史数据迁移：¥118,000；
P:（4）培训：¥42,000。
P:2.2 合同总价包含税费、差旅及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款，计¥440,000。
P:3.2 平台上线并通过初步验收后，甲方支付合同总价的45%，计¥990,000。
P:3.3 平台试运行满三个月并通过最终验收后，甲方支付合同总价的35%，计¥770,000。
P:3.4 乙方应在每笔付款前开具等额增值税普通发票，甲方按财政资金支付流程办理。
H:第四条 交付期限
P:4.1 乙方应于合同签订后九十日内完成部署及定制开发并提交初步验收，于初步验收后三个月内完成试运行。
P:4.2 实施计划经甲方确认后执行，里程碑的调整须经甲方书面同意。
H:第五条 验收
P:5.1 初步验收标准：招标文件功能清单逐项测试通过；远程异地评标模块完成不少于三场跨地区模拟评标；与省级平台、行政监督平台的数据交换经连续十日核对无差错；历史项目数据全量比对无差异；系统在500个并发用户下页面响应时间不超过3秒；通过第三方软件安全测评。
P:5.2 最终验收标准：试运行期间未发生一级故障，累计完成不少于二十个真实交易项目，初步验收遗留问题全部关闭，技术文档及源代码交付齐全。
P:5.3 平台上线运行、甲方使用或付款均不视为验收合格，验收以甲方签署的验收报告为准。
H:第六条 质量保证及后续维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及技术支持。
P:6.2 质保期满后，如甲方续购维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过¥102,400），在首三个维护年度内不得上调。维护服务另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 平台年度可用率不低于99.95%（经甲方同意的计划内维护除外）。
P:7.2 一级故障（平台无法开标、评标或交易数据无法提交）：乙方应在30分钟内响应，2小时内到场，6小时内恢复；二级故障：2小时内响应，次一工作日内解决。
P:7.3 乙方未达到前款要求的，每超时1小时扣减2,000元；年度可用率每低于约定0.01个百分点，扣减5,000元。扣减款项从应付合同款或履约保证金中扣除。
H:第八条 知识产权
P:8.1 定制开发成果（含源代码、接口程序及技术文档）的知识产权归甲方所有，甲方可自行修改、使用或许可他人使用。乙方应在最终验收时交付完整源代码。
P:8.2 平台软件原有知识产权仍归乙方，甲方在许可范围内永久使用。
H:第九条 数据安全
P:9.1 平台产生和存储的交易数据、投标文件及评标专家信息均属甲方所有，乙方仅为履行本合同处理，不得用于任何其他目的。
P:9.2 乙方应遵守网络安全等级保护三级要求，通过堡垒机访问生产环境，不得擅自复制或导出数据；发现数据泄露或安全事件的，应在2小时内报告甲方。
P:9.3 因乙方原因造成数据泄露、丢失或被篡改的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的招标项目信息、评标专家名单及甲方其他非公开信息负有保密义务，保密义务不因合同终止而终止。
H:第十一条 分包
P:11.1 乙方可将历史数据迁移、现场培训等非主体工作分包给第三方，但应在分包前书面告知甲方分包单位名称及分包内容。乙方对分包单位的工作向甲方负责。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:12.2 乙方交付成果不符合约定的，应在甲方规定的期限内免费整改。
P:12.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条 法律适用及争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交江岭仲裁委员会仲裁。
H:第十五条 履约保证金及项目人员
P:15.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（¥110,000），最终验收合格后十五个工作日内无息退还。
P:15.2 乙方应指派具备同类平台实施经验的项目经理一名及开发、测试人员不少于六名，项目经理未经甲方书面同意不得更换。乙方人员进入甲方机房应遵守甲方安全管理制度。
P:15.3 乙方应在每月5日前提交项目进度报告，说明已完成工作、风险及下月计划。
H:第十六条 不可抗力
P:16.1 因不可抗力不能履行合同的，受影响方应在三日内通知对方，并在十五日内提供证明，双方协商调整履行期限。不可抗力影响持续超过六十日的，双方均可解除合同。
H:第十七条 通知及联系人
P:17.1 甲方指定信息科负责人、乙方指定项目经理为联系人，项目往来文件以书面或加盖公章的电子文件送达合同首页地址。一方变更联系人或地址的，应提前五日书面通知对方。
P:17.2 项目例会每两周召开一次，会议纪要经双方签字后作为项目文件存档。
P:17.3 乙方应建立项目文档清单，需求规格说明书、设计说明书、测试报告、用户手册及运维手册须经甲方确认后归档。
H:第十八条 其他
P:18.1 招标文件、投标文件及中标通知书为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。
P:甲方（盖章）：江岭市公共资源交易中心
P:乙方（盖章）：杭州筑信科技有限公司
P:法定代表人或授权代表：__________    法定代表人或授权代表：__________
P:签订日期：2026年3月__日
"""

Z02 = """T:制瓶机控制系统改造及维保合同
P:合同编号：HJ-SB-2026-008
P:甲方（买方）：德阳华晶玻璃制品有限公司
P:乙方（卖方）：苏州恒控自动化工程有限公司
P:甲方为提高行列式制瓶机的运行稳定性，委托乙方对其二号车间6台行列式制瓶机的控制系统进行改造，并在质保期满后提供维保服务。双方经协商一致，订立本合同。
H:一、改造范围
P:（一）拆除6台制瓶机原有控制柜，更换为乙方提供的PLC电子定时控制系统，包括控制柜、伺服拨瓶及推瓶驱动、操作屏（HMI）及控制软件。
P:（二）乙方负责编写并调试PLC控制程序、机速与供料机同步程序，并完成与甲方车间生产数据采集系统的对接。
P:（三）改造在甲方安排的停机窗口内分批实施，每批不超过2台，单台停机时间不超过72小时。
H:二、合同价格
P:（一）合同总价为人民币壹佰伍拾陆万元整（¥1,560,000），明细见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC电子定时控制柜|6套|148,000|888,000
TB:2|伺服拨瓶及推瓶驱动单元|6套|56,000|336,000
TB:3|HMI操作屏及控制软件许可|6套|32,000|192,000
TB:|硬件及软件小计|||1,416,000
TB:4|安装调试（含旧柜拆除）|1项|126,000|126,000
TB:5|操作及维修培训|1项|18,000|18,000
TB:|合同总价|||1,560,000
P:（二）上述价格含税、运输、保险及安装调试费用。
H:三、付款方式
P:（一）合同签订后十个工作日内，甲方支付合同总价的10%作为预付款，计¥156,000。
P:（二）6台设备全部安装调试完成并投入生产后，甲方支付合同总价的55%，计¥858,000。安装调试完成不视为验收。
P:（三）最终验收合格后，甲方支付合同总价的35%，计¥546,000。
H:四、交货及验收
P:（一）乙方应在合同签订后六十日内将全部设备运抵甲方车间，并按停机计划在其后四十五日内完成安装调试。
P:（二）验收标准：每台制瓶机在设计机速下连续运行720小时，因控制系统原因导致的停机累计不超过2小时；定时精度达到0.1度；成品合格率不低于改造前三个月的平均水平；HMI配方切换功能及与数据采集系统的对接运行正常。
P:（三）甲方在连续运行期满后十日内组织验收并签署验收报告。设备安装或投入生产不视为验收合格。
H:五、质量保证及维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内因设备或软件本身原因发生的故障，乙方免费维修或更换。
P:（二）质保期满后，乙方按年提供维保服务，年度维保费为硬件及软件小计的7%，即每年¥99,120，该价格在质保期满后的三个维保年度内固定不变。
H:六、故障响应
P:（一）一级故障（制瓶机因控制系统原因停机）：乙方应在30分钟内响应，8小时内到场处理；二级故障：2小时内响应，48小时内到场。
P:（二）乙方未能在上述时限内响应或到场的，不承担扣款或赔偿责任，但应继续处理直至故障排除。
H:七、知识产权
P:（一）乙方为本项目编写的PLC控制程序、同步程序及对接程序，其源程序及知识产权归甲方所有，甲方可自行修改和使用。
P:（二）HMI控制软件的原有知识产权归乙方，甲方可永久使用。
H:八、生产数据安全
P:（一）控制系统产生的工艺参数及生产数据均属甲方所有，乙方不得用于本合同以外的目的。
P:（二）乙方远程维护须经甲方事先批准，通过甲方指定的VPN接入，操作全程留存日志，不得擅自复制或带出生产数据。发生数据泄露或被篡改的，乙方应在2小时内通知甲方。
P:（三）因乙方原因造成数据泄露、损坏或生产损失的，乙方承担赔偿责任。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金，违约金累计不超过合同总价的10%。
P:（二）乙方对本合同项下的累计赔偿责任以合同总价的150%为限，但故意或重大过失造成的损失除外。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十、分包
P:（一）乙方不得将本合同项下工作分包给第三方，确需分包的，须事先取得甲方书面同意。
H:十一、合同解除
P:（一）乙方严重违约，经甲方书面催告后十五日内未改正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:十二、争议解决
P:（一）本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院起诉。
H:十三、施工安全
P:（一）乙方人员进入甲方车间应遵守甲方安全生产、防火及高温作业规定，佩戴劳动防护用品；乙方负责其人员的人身安全及保险。
P:（二）改造期间乙方应做好旧控制柜的拆除、标识及移交，旧设备归甲方所有。
H:十四、培训及备件
P:（一）乙方应对甲方操作工及电气维修人员进行不少于五天的现场培训，内容包括控制系统原理、配方调整、常见故障判断及备件更换，培训后提交考核记录。
P:（二）乙方随设备提供易损件清单及随机备件一批，并保证在设备交付后八年内持续供应备件，备件价格不高于本合同单价。
H:十五、不可抗力
P:（一）因不可抗力不能按期履行的，受影响方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:十六、技术资料
P:（一）乙方应在最终验收前向甲方提交控制系统电气原理图、接线图、PLC程序源文件及注释、HMI组态文件、参数设定表、操作规程及维修手册，纸质版两套、电子版一套。
P:（二）乙方对控制程序作出的任何修改，均应同步更新上述资料并书面告知甲方。
H:十七、现场配合
P:（一）甲方负责提供停机窗口、施工用电及压缩空气，并指派工艺、电气人员配合调试；乙方应提前七日提交每批次改造的停机申请及施工方案，经甲方生产部门确认后实施。
P:（二）因乙方原因导致停机超过约定时间的，每超过一小时按第九条第（一）项另行计算违约金。
H:十八、包装运输
P:（一）设备应采用防潮、防震包装，控制柜应整体运输并附装箱单、合格证及出厂检验报告。乙方负责运输至甲方二号车间指定位置，运输途中的损坏、丢失由乙方承担。
P:（二）设备到货后，双方共同开箱清点，清点记录仅证明数量和外观，不视为质量验收。
H:十九、通知
P:（一）双方指定的联系人及联系方式见合同附件，变更时应提前三日书面通知对方。
H:二十、环保及旧件处置
P:（一）拆除的旧控制柜、电缆及包装物由乙方分类整理后交甲方指定地点堆放，属于危险废物的电池、电容由乙方按规定交有资质单位处置，处置费用已包含在合同价格中。
P:（二）乙方施工期间应保持车间整洁，每日收工前清理现场，不得影响相邻生产线的正常运行。
H:二十一、其他
P:（一）本合同一式四份，双方各执两份，附件与本合同具有同等效力，自双方签字盖章之日起生效。
P:甲方（盖章）：德阳华晶玻璃制品有限公司    乙方（盖章）：苏州恒控自动化工程有限公司
P:授权代表：__________    授权代表：__________
P:日期：2026年4月__日
"""

Z03 = """瑜伽馆连锁会员及约课SaaS服务合同

合同编号：QH-IT-2026-03
甲方（客户）：成都青禾瑜伽健身管理有限公司（含下属13家门店）
乙方（服务商）：广州约练信息科技有限公司

鉴于甲方在成都经营13家瑜伽门店，需要统一的会员管理、课程预约、签到及储值卡管理系统，乙方提供“约练”SaaS平台及实施服务。双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方开通“约练”SaaS平台，功能包括：会员档案、会员卡及储值管理、团课及私教约课、微信小程序预约、门店签到、教练排课及课时统计、经营报表。
1.2 实施服务：13家门店开通及配置；甲方现有约4.6万条会员数据（含剩余课时及卡余额）的迁移；甲方品牌小程序页面定制；店长及前台人员培训。

2. 服务期限及续订
2.1 订阅服务期为两个服务年度，自2026年5月1日起至2028年4月30日止。
2.2 服务期满前30日内任何一方未书面提出不续订的，本合同自动续订一个服务年度，此后亦同。续订时乙方有权按其当期价格政策上调订阅费，每次上调幅度不超过上一服务年度费用的8%。

3. 费用及支付
3.1 合同总价为人民币322,000元，明细如下：
（1）门店订阅费：13家 × 9,600元/门店/服务年度 × 2个服务年度 = 249,600元；
（2）总部管理端订阅费：18,000元/服务年度 × 2个服务年度 = 36,000元；
（3）一次性实施费（含数据迁移、小程序定制及培训）：36,400元。
3.2 订阅费按服务季度支付，甲方于每个服务季度首月10日前支付当季费用35,700元。
3.3 实施费在上线验收合格后15日内一次性支付。本合同不设预付款。

4. 实施与验收
4.1 乙方应在2026年4月20日前完成全部门店开通、数据迁移及小程序上线。
4.2 上线验收标准：迁移的会员数据与甲方原系统导出数据逐条核对一致，卡余额和剩余课时无差异；13家门店各完成不少于20笔约课、签到及消课测试；小程序通过微信审核并正式上线；高峰时段300人同时约课时页面响应不超过2秒。
4.3 甲方在乙方提交上线报告后5个工作日内验收并签署验收单。系统开通或甲方开始使用不视为验收合格。
4.4 乙方逾期完成上线的，每逾期一日向甲方支付违约金500元。

5. 服务水平
5.1 平台月度可用率不低于99.5%（计划维护除外；计划维护应安排在0:00至6:00之间，并提前48小时通知甲方）。
5.2 一级故障（全部或多家门店无法约课、签到或消课）：乙方应在30分钟内响应，3小时内恢复；二级故障：2小时内响应，次一工作日内解决。
5.3 月度可用率低于99.5%但不低于99%的，乙方按当月订阅费的5%给予服务抵扣；低于99%的，按10%抵扣；一级故障响应超时的，每次另行抵扣500元。

6. 数据
6.1 甲方的会员信息、约课及消费记录（“甲方数据”）归甲方所有。
6.2 甲方同意，乙方可将甲方数据去标识化并汇总后，用于乙方的产品改进及对外发布瑜伽健身行业经营分析报告；该项使用不因本合同终止而终止。
6.3 数据安全：平台部署于境内云服务，通过网络安全等级保护三级备案；会员手机号等个人信息加密存储；乙方人员按最小权限访问并留存操作日志。发生数据泄露的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成泄露的，乙方承担赔偿责任。
6.4 合同终止后30日内，乙方向甲方提供全部甲方数据的导出文件，并在甲方确认后删除平台上的甲方数据。

7. 知识产权
7.1 平台软件的知识产权归乙方。为甲方定制的小程序页面、品牌素材及配置方案归甲方所有，甲方可自由使用、修改或交由第三方维护。

8. 保密
8.1 双方对在合作中获知的对方商业信息、会员信息及价格条款负有保密义务，保密期限至合同终止后三年。

9. 分包
9.1 乙方将本合同任何部分分包给第三方的，须事先取得甲方书面同意。平台所用的境内云服务商为阿里云，甲方签署本合同即同意该云服务商。

10. 合同解除
10.1 一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权解除本合同。因乙方违约解除的，乙方应退还未履行期间的订阅费。

11. 违约赔偿
11.1 任何一方违反本合同给对方造成损失的，应予赔偿。

12. 法律适用与争议解决
12.1 本合同适用中华人民共和国法律。因本合同引起的争议，提交成都仲裁委员会仲裁。

13. 培训与支持
13.1 乙方为甲方店长及前台人员提供两轮线上培训和一轮门店现场培训，并提供操作手册及视频教程。
13.2 服务期内乙方指定专属客户成功经理，每个服务季度与甲方召开一次运营回顾会，提交平台使用情况报告。
13.3 甲方新增门店的，按本合同单价开通，订阅期与本合同一致并按剩余月份折算。

14. 不可抗力
14.1 因不可抗力或电信运营商、微信平台大面积故障导致服务中断的，乙方应及时通知甲方并尽快恢复，该期间不计入可用率考核，但乙方应提供中断说明。

15. 通知
15.1 本合同项下的通知以书面形式送达合同首页所列地址或双方指定的电子邮箱，电子邮件发出之日视为送达。
16. 甲方责任
16.1 甲方应按乙方提供的模板整理会员数据，并保证所提供数据的合法来源；甲方负责向会员告知并取得使用小程序所需的授权。
16.2 甲方应妥善保管管理员账号及密码，因甲方自身原因泄露账号造成的损失由甲方承担。
16.3 甲方应指定总部运营负责人对接实施工作，并在各门店指定一名前台负责人。

17. 服务变更
17.1 甲方需增加功能模块或对接第三方系统（如收银、门禁）的，双方另行签订补充协议，费用另计。
17.2 乙方对平台版本进行升级时，不得减少本合同约定的功能，重大变更应提前15日通知甲方。
17.3 平台新增的收费功能，甲方可自主选择是否开通，乙方不得以停止现有服务相要挟。

18. 会员迁移及切换
18.1 数据迁移前，乙方应提交迁移方案，包括字段对照表、核对方法及回退措施，经甲方确认后执行。迁移在门店营业结束后进行，切换当日乙方应安排人员在各门店现场支持。
18.2 切换后15日内为并行观察期，甲方发现会员卡余额或课时差异的，乙方应在24小时内核查并更正。
18.3 原系统数据由甲方保管，乙方不得保留迁移过程中形成的中间文件。

19. 其他
19.1 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都青禾瑜伽健身管理有限公司        乙方（盖章）：广州约练信息科技有限公司
授权代表：                                  授权代表：
日期：2026年4月  日                          日期：2026年4月  日
"""

Z04 = """公证业务管理系统年度运维服务合同

项目名称：宁川市永安公证处公证业务系统运维服务项目
采购方式：竞争性磋商（项目编号：NCCG-2025-CS-046）
甲方（采购人）：宁川市永安公证处
乙方（成交供应商）：南京律衡软件有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，双方就甲方公证业务管理系统的年度运维服务订立本合同。

（1）服务对象
甲方公证业务管理系统（受理、审批、出证、收费、档案模块）、电子公证书签发系统，以及与全国公证管理系统、不动产登记和婚姻登记信息核验平台之间的接口。

（2）服务内容
乙方派驻运维工程师1名，工作日8:30至17:30在甲方驻场；负责日常巡检、故障处理、数据备份与恢复演练、系统安全加固、操作系统及数据库补丁、接口版本适配及用户操作支持，并每月提交运维报告。

（3）服务期限
服务期自2026年1月1日起至2026年12月31日止。本合同期满不自动续期，续签由甲方按政府采购程序另行确定。

（4）合同价格
合同总价为人民币486,000元，包括：驻场运维216,000元；远程技术支持及故障处理96,000元；巡检及安全加固78,000元；数据备份与恢复演练54,000元；接口版本适配42,000元。价格在服务期内固定不变。

（5）付款方式
本合同不设预付款。费用按季度支付，每个服务季度结束且季度考核合格后15个工作日内，甲方支付当季费用121,500元；考核扣款从当季费用中扣除。

（6）进场交接
乙方应于2025年12月25日前完成与原运维单位的交接，驻场人员到岗，并提交系统现状评估报告。

（7）服务水平
系统在工作时间内的可用率不低于99.95%。一级故障（无法受理、出证或电子公证书无法签发）：15分钟内响应，1小时内到场，2小时内恢复。二级故障：1小时内响应，8小时内解决。数据库每日增量备份、每周全量备份，每个服务季度至少完成一次恢复演练。

（8）考核与扣款
一级故障响应超时的，每次扣减1,000元；恢复超时的，每超过1小时扣减500元；可用率每低于约定0.01个百分点，扣减2,000元；季度考核得分低于80分的，另扣减当季费用的5%。

（9）验收
季度考核标准：巡检报告按月提交且问题闭环；恢复演练成功；故障工单按时闭环率不低于95%；甲方使用部门满意度评分不低于85分。服务期满时进行年度验收，标准为四个季度考核均合格，且运维文档、账号清单、脚本全部移交甲方。甲方签署的验收报告为唯一验收依据。

（10）数据安全
公证档案、当事人身份信息及业务数据均属甲方所有，乙方仅为履行本合同接触，不得用于其他目的。乙方人员须通过甲方堡垒机操作，不得复制、导出或带离任何数据；遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求。发现安全事件应在1小时内报告甲方。因乙方原因造成数据泄露、丢失或被篡改的，乙方承担全部赔偿责任及由此产生的行政责任。

（11）保密
乙方及其人员对履约中知悉的公证事项、当事人信息及甲方其他非公开信息负有保密义务，应签署保密承诺书；保密义务在合同终止后继续有效。

（12）知识产权
乙方在服务期内形成的运维文档、巡检脚本及配置基线归甲方所有，甲方可自由使用和修改。

（13）人员与分包
驻场人员须经甲方审核，更换须提前10个工作日书面征得甲方同意。乙方不得将本合同服务分包或转包给任何第三方。

（14）违约责任
乙方未按第（6）项约定日期完成交接并进场的，每逾期一日，按合同总价的千分之一向甲方支付违约金。甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。

（15）合同解除
乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后10日内未改正的，甲方有权解除本合同，并按实际服务期间结算费用。

（16）法律适用及争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交宁川仲裁委员会仲裁。

（17）运维交接及服务终止
服务期满或合同解除时，乙方应在10个工作日内完成向甲方或甲方指定单位的交接，包括系统账号、口令、运维文档、未结工单及备份介质，并配合新运维单位完成为期两周的过渡支持，过渡期不另行收费。乙方应书面确认其人员已删除所持有的全部甲方数据。

（18）甲方义务
甲方为驻场人员提供办公场所、网络及必要的系统访问权限，指定信息化负责人作为联系人，按时组织季度考核和年度验收。

（19）不可抗力
因不可抗力导致不能履行的，受影响方应在3日内通知对方并提供证明，双方协商处理；不可抗力期间不计入可用率考核。

（20）履约保证
乙方应在合同签订后5个工作日内提交合同总价5%的履约保函，服务期满且年度验收合格后退还。
（21）运维工具及记录
乙方使用的监控、巡检工具应事先报甲方备案，不得在甲方系统内安装未经批准的软件或远程控制工具。所有运维操作应在工单系统中登记，记录操作人、时间、内容及结果，甲方可随时查阅。乙方每月5日前提交上月运维报告，内容包括故障统计、可用率、备份情况、安全加固及下月计划。

（22）应急保障
在重要节假日、公证业务高峰期及甲方通知的重大活动期间，乙方应安排专人值守并提前完成系统巡检；发生重大故障时，乙方应启动应急预案，并在故障恢复后3个工作日内提交故障分析报告和整改措施。
（23）服务评价
甲方每个服务季度对乙方进行满意度评价，评价结果作为季度考核的组成部分。乙方应针对评价中提出的问题在15个工作日内提出整改措施并落实。

（24）廉洁条款
乙方不得向甲方工作人员提供任何形式的财物或其他利益。违反本条的，甲方有权解除合同并依法处理。
（25）服务团队
乙方应配备项目负责人1名、驻场工程师1名及后备工程师2名，后备工程师应熟悉甲方系统并能在驻场工程师休假或离岗时及时顶岗，顶岗期间服务标准不变。乙方人员应具备数据库或系统运维相关资格，并接受甲方组织的保密及职业道德培训。

（26）知识转移
服务期内乙方应每半年为甲方信息化人员举办一次系统运维培训，内容包括日常巡检、备份恢复、常见故障处理及应急预案演练，并提交培训记录。
（27）通知送达
双方往来通知、考核结果及扣款说明以书面形式或双方确认的电子邮箱送达。乙方收到考核结果后有异议的，应在5个工作日内书面提出，逾期视为无异议。

（28）其他
磋商文件、响应文件及成交通知书为本合同组成部分。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：宁川市永安公证处          乙方（盖章）：南京律衡软件有限公司
授权代表：                              授权代表：
日期：2025年12月  日                    日期：2025年12月  日
"""

Z05 = """# 禾码软件产品许可及定制开发合同

**禾码标准合同文本 V4.0**（本文本由乙方提供）

- 合同编号：HM-QD-2026-0412
- 甲方：聊城香源芝麻酱有限公司
- 乙方：青岛禾码信息技术有限公司

甲方拟建设芝麻酱生产执行及质量追溯系统，乙方同意按本合同许可其软件产品并提供定制开发服务，双方订立本合同如下。

## 第一条 产品及服务

1. 乙方向甲方许可“禾码生产执行及质量追溯平台”软件，模块包括生产计划、配方称量、批次管理、质量检验及一物一码追溯。
2. 乙方为甲方定制开发：芝麻烘炒及研磨工艺参数采集、灌装线赋码设备对接、经销商及消费者扫码查询小程序。

## 第二条 合同价格

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 平台软件许可 | 上述五个模块，永久许可，不限用户数 | 720,000 |
| | 软件许可小计 | | 720,000 |
| 2 | 定制开发 | 工艺参数采集、赋码对接、扫码查询小程序 | 300,000 |
| 3 | 实施及培训 | 部署、基础数据导入、操作培训 | 60,000 |
| | 合同总价 | | 1,080,000 |

## 第三条 付款方式

1. 合同签订后5个工作日内，甲方支付合同总价的65%，即¥702,000。
2. 系统上线后10个工作日内，甲方支付合同总价的35%余款，即¥378,000。

## 第四条 交付

乙方计划在收到首期款后120日内完成部署和定制开发并安排上线。因甲方现场条件或需求变更导致的延期，交付时间相应顺延。

## 第五条 验收

系统部署完成并上线运行的，即视为甲方验收合格。甲方在上线后7日内未书面提出异议的，亦视为验收合格。

## 第六条 免费维护期

免费维护期为系统上线之日起三个月，期间乙方提供缺陷修复和远程支持。

## 第七条 年服务费

免费维护期满后，甲方每年按软件许可费的25%（即¥180,000）向乙方支付年服务费，乙方据此提供版本升级及远程技术支持。

## 第七条之一 许可范围

1. 软件许可限于甲方在合同首页所列厂区内安装使用，甲方新增厂区或分支机构的，应另行购买许可。
2. 乙方交付软件安装介质、用户手册及系统管理手册各一套，不交付平台源代码。

## 第八条 技术支持

乙方在工作日9:00至17:30提供电话及远程支持，尽合理努力解决甲方提出的问题。

## 第九条 知识产权

平台软件及定制开发成果（含源代码、小程序及接口程序）的知识产权均归乙方所有。甲方获得在本厂范围内使用的非独占许可，不得修改、反编译或提供给第三方使用。

## 第十条 数据

1. 甲方的生产、质检及追溯数据归甲方所有，乙方仅在提供实施和支持服务时访问，不得用于其他目的。
2. 乙方采取访问控制、传输加密及异地备份等安全措施；发生数据泄露时应在24小时内通知甲方。因乙方原因造成甲方数据泄露或丢失的，乙方承担赔偿责任。

## 第十一条 保密

双方对在合作中知悉的对方技术信息、配方信息及商业信息负有保密义务，保密期限至合同终止后三年。

## 第十二条 责任限制

乙方在本合同项下的累计赔偿责任不超过合同总价的20%，且不承担任何间接损失或利润损失。

## 第十三条 甲方违约

甲方逾期付款的，每逾期一日按逾期金额的千分之一支付违约金；逾期超过30日的，乙方有权暂停服务。

## 第十四条 合同解除

任何一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权解除本合同。

## 第十五条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十六条 需求变更

甲方在实施过程中提出新增或变更需求的，乙方评估工作量后报价，经双方确认后另行签订补充协议，交付时间相应调整。

## 第十七条 不可抗力

因不可抗力、政策调整或第三方设备厂商原因导致不能按计划履行的，受影响方不承担责任，但应及时通知对方。

## 第十八条 通知

本合同项下的通知可通过电子邮件或书面形式送达合同首页所列联系人，电子邮件发出即视为送达。

## 第十九条 软件交付及部署环境

1. 甲方应按乙方提供的配置清单自行采购服务器、数据库及网络设备，并于实施开始前准备就绪。因甲方环境不符合要求造成的延误，乙方不承担责任。
2. 乙方以远程及现场相结合的方式进行实施，现场服务天数以乙方项目计划为准，超出部分按每人每天2,800元另行计费。
3. 甲方应为乙方提供必要的现场环境及网络条件，并指定专人配合实施。

## 第二十条 培训

乙方为甲方提供一次集中操作培训及一次系统管理员培训，培训地点在甲方厂区。甲方人员变动需要再次培训的，按乙方培训价格另行收费。

## 第二十一条 版本升级

乙方发布的新版本仅向已支付年服务费的客户提供。甲方未续付年服务费的，乙方不再提供升级及远程支持，但甲方仍可继续使用已安装的版本。

## 第二十二条 第三方产品

系统运行所需的操作系统、数据库、赋码设备、扫码枪及打印机等第三方产品由甲方自行采购，其质量及售后服务由相应厂商负责，乙方仅提供对接配合。

## 第二十三条 客户案例

乙方可在宣传资料中将甲方列为客户案例，使用甲方名称及标识，但不得披露甲方的配方、工艺及经营数据。

## 第二十四条 合同转让

未经对方书面同意，任何一方不得转让本合同项下的权利义务，但乙方因企业合并、分立导致的转让除外。

## 第二十五条 甲方人员

甲方应指定系统管理员一名，负责日常账号管理、基础数据维护及与乙方的沟通联络。甲方管理员变更的，应及时通知乙方，由乙方安排交接培训。甲方使用人员应按用户手册操作，因甲方操作不当造成的数据错误或系统故障，乙方提供的修复服务按实际工作量另行收费。

## 第二十六条 发票与税费

乙方按甲方每次付款金额开具增值税专用发票。本合同项下的税费按国家规定由双方各自承担。

## 第二十七条 数据备份

乙方在实施时为甲方配置每日自动备份策略。系统上线后的备份执行及备份介质保管由甲方负责，乙方可根据甲方请求远程协助恢复数据，该协助在免费维护期外按次收费。

## 第二十八条 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同未尽事宜，以乙方官网公布的服务说明为准。

| 甲方（盖章）：聊城香源芝麻酱有限公司 | 乙方（盖章）：青岛禾码信息技术有限公司 |
|---|---|
| 授权代表： | 授权代表： |
| 日期：2026年  月  日 | 日期：2026年  月  日 |
"""

E01 = """T:Software Licence and Services Agreement - Warehouse Management System
P:Agreement No. WL-JX-2026-004
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Wouri Logiciels SARL, a company incorporated in the Republic of Cameroon, with its registered office at Rue Joss, Bonanjo, Douala, Cameroon (the "Vendor"); and
P:(2) Jiaxing Hengfeng Home Appliances Trading Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Jiaxing, Zhejiang Province (the "Customer").
P:Background: the Customer distributes household appliances from two warehouses in Jiaxing and wishes to replace its spreadsheet-based stock control with the Vendor's warehouse management system. The Vendor has agreed to license the system on a perpetual basis, to implement it, to connect it to the Customer's ERP system and to support it, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's WMS Pro software, version 7, including the server component, the web client and the handheld scanner client, together with all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the ERP interface, the custom reports, the label templates and any other work product created by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Go-Live" means the first day on which the Software is used in production at both warehouses.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5 that the acceptance criteria have been met.
P:1.5 "Customer Data" means all data entered into, processed by or generated in the Software in respect of the Customer's business, including stock, order, supplier and customer records.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the internal business purposes of the Customer and its wholly owned subsidiaries in mainland China, for the number of users and devices stated in Article 3.
P:2.2 The Customer may make a reasonable number of copies of the Software for back-up, testing and disaster recovery.
P:2.3 The licence continues after the end of warranty and support, whether or not the Customer purchases support.
H:Article 3 Prices
P:3.1 At the Customer's request all prices are stated and payable in Chinese Yuan (CNY). The total contract price is CNY 1,020,000, made up as follows:
P:(a) WMS Pro server licence, 1 unit: CNY 380,000;
P:(b) named user licences, 60 users at CNY 4,200: CNY 252,000;
P:(c) handheld scanner licences, 40 devices at CNY 2,100: CNY 84,000;
P:Licence subtotal: CNY 716,000;
P:(d) implementation, configuration and data migration: CNY 186,000;
P:(e) ERP interface development: CNY 92,000;
P:(f) training of key users and administrators: CNY 26,000.
P:3.2 The prices include all taxes, travel and living costs of the Vendor's staff and all charges for support during the warranty period.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the contract price (CNY 102,000) within 15 days after signature of this Agreement, against the Vendor's invoice.
P:4.2 The Customer shall pay 55% of the contract price (CNY 561,000) within 15 days after Go-Live. Go-Live does not constitute acceptance.
P:4.3 The Customer shall pay the remaining 35% of the contract price (CNY 357,000) within 15 days after Final Acceptance.
P:4.4 The Vendor shall issue a valid invoice for each payment. Payments shall be made by bank transfer to the account named by the Vendor.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall deliver and install the Software within 30 days after signature and achieve Go-Live within 120 days after signature, in accordance with the project plan agreed by the parties.
P:5.2 Final Acceptance takes place after a production run of 60 days following Go-Live. The acceptance criteria are: (a) all functions in the Customer's requirements list pass testing; (b) inventory accuracy in two full cycle counts is at least 99.5% by location; (c) the ERP interface transfers orders and stock movements for 20 consecutive working days without unresolved errors; (d) a page response time below two seconds with 60 concurrent users; and (e) delivery of the documentation and of the source code of the Custom Deliverables.
P:5.3 The Customer shall confirm Final Acceptance in writing within ten working days after the criteria are met, or state the deficiencies. Installation, Go-Live, use in production or any payment does not constitute acceptance.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and the requirements list for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide support free of charge.
P:6.2 Severity 1 faults (a warehouse cannot receive, pick or ship) shall be responded to within one hour and worked on continuously until resolved; Severity 2 faults shall be responded to within eight business hours.
P:6.3 For each hour by which a Severity 1 response is late, the Vendor shall pay or credit CNY 1,000.
H:Article 7 Support after the Warranty Period
P:7.1 After the Warranty Period the Customer may order annual support for the Software. The annual support fee is 9% of the licence subtotal, being CNY 64,440 per year, fixed for the first three years after the Warranty Period. Any later change requires a written agreement and shall not exceed 3% per year.
P:7.2 Support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software and its intellectual property remain the property of the Vendor.
P:8.2 All intellectual property in the Custom Deliverables vests in the Customer on creation. The Customer may use, modify and license the Custom Deliverables freely and may have them maintained by a third party.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, disclose or use it for any other purpose.
P:9.2 The Software is installed on the Customer's servers in Jiaxing. The Vendor shall access them only by a remote connection approved by the Customer for each session, using individual accounts and multi-factor authentication; all sessions are logged. The Vendor shall comply with the PRC Data Security Law and the Personal Information Protection Law.
P:9.3 The Vendor shall notify the Customer within 12 hours of any actual or suspected security incident affecting Customer Data and shall be liable for all losses caused by an incident attributable to the Vendor.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential the non-public information of the other party received under this Agreement and shall use it only for this Agreement. This obligation survives for three years after termination.
H:Article 11 Delay and Liability
P:11.1 If Go-Live is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the contract price for each day of delay, up to 10% of the contract price.
P:11.2 The Vendor's total liability under this Agreement is limited to 150% of the contract price, except for liability for personal injury, wilful misconduct and breach of Articles 9 and 10, which is not limited.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 30 days after written notice, or if the liquidated damages under Article 11.1 reach their maximum. The Vendor shall then refund the amounts paid for undelivered services.
H:Article 14 Project Team and Training
P:14.1 Each party shall appoint a project manager. The Vendor's project manager and lead consultant named in the project plan shall not be replaced without the Customer's consent, which shall not be unreasonably withheld.
P:14.2 The Vendor shall train up to 12 key users and two system administrators at the Customer's premises in Jiaxing, in Chinese or with an interpreter provided by the Vendor, and shall supply user and administrator manuals in Chinese.
P:14.3 The Vendor shall report progress to the Customer every two weeks in writing, stating the work done, open issues and risks, and the plan for the following two weeks.
H:Article 15 Force Majeure
P:15.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the Republic of Cameroon.
P:16.2 The parties shall try to settle any dispute amicably. A dispute not settled within 30 days shall be submitted to the competent courts of Douala, Cameroon.
H:Article 17 General
P:17.1 This Agreement is written in English. The Customer's requirements list and the agreed project plan are annexed to it. Any amendment must be in writing and signed by both parties.
P:For the Vendor: Wouri Logiciels SARL, Douala. Name and title: ______________ Date: ______________
P:For the Customer: Jiaxing Hengfeng Home Appliances Trading Co., Ltd. Name and title: ______________ Date: ______________
"""

E02 = """# Order Form - FieldDesk Scheduling Service

**Kara Cloud Systems SARL** · Boulevard du 13 Janvier, Lomé, Togo
Order Form No. KCS-OF-2026-118

| Item | Details |
|---|---|
| Customer | Foshan Meijia Property Services Co., Ltd., Chancheng District, Foshan, Guangdong, PRC |
| Provider | Kara Cloud Systems SARL, Lomé, Togo |
| Service | FieldDesk work-order and technician scheduling service (software as a service) |
| Subscription Term | Two Subscription Years, from 1 July 2026 to 30 June 2028 |
| Hosting | Mainland China region of the Provider's hosting partner (Alibaba Cloud, Shenzhen) |

## 1. Fees

At the Customer's request all fees are in CNY.

| Fee item | Quantity | Unit fee (CNY) | Per Subscription Year (CNY) | Term total (CNY) |
|---|---|---|---|---|
| Platform fee (dispatch console, resident app, reporting) | 1 | 168,000 | 168,000 | 336,000 |
| Field technician users | 320 | 540 | 172,800 | 345,600 |
| Onboarding (one-time: configuration, data import, training) | 1 | 38,400 | - | 38,400 |
| **Total contract value** | | | | **720,000** |

## 2. Invoicing

2.1 Subscription fees are invoiced quarterly in advance, at CNY 85,200 per quarter, payable within 30 days of invoice.
2.2 The onboarding fee is invoiced after Go-Live Acceptance under clause 4 of the General Terms.
2.3 No other amount is payable before the Subscription Term starts.

## 3. Special Terms

3.1 The Service covers the Customer's 46 residential estates in Foshan. Additional users may be added at the unit fee above, pro rata to the end of the current Subscription Year.
3.2 The Subscription Term ends on 30 June 2028. It does not renew automatically; any extension requires a new Order Form signed by both parties.

Signed for the Customer: ______________ Date: __________
Signed for the Provider: ______________ Date: __________

---

# General Terms

## 1. Definitions

1.1 "Service" means the FieldDesk service described in the Order Form, including the web console, the mobile applications, the API and the documentation.
1.2 "Customer Data" means all data that the Customer or its users, residents or technicians enter into or generate through the Service, including work orders, resident contact details, photos and location data.
1.3 "Configurations" means the work-order templates, dispatch rules, forms and reports set up by or for the Customer.
1.4 "Subscription Year" means the period from 1 July 2026 to 30 June 2027 and the period from 1 July 2027 to 30 June 2028.
1.5 "Go-Live" means the first day on which the Service is used for live work orders at all estates.

## 2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer and its authorised users during the Subscription Term in accordance with the Order Form, these General Terms and the documentation.
2.2 The Provider shall not reduce the functions described in the documentation during the Subscription Term. New releases are included in the fees.
2.3 The Customer is responsible for the accuracy of the data it enters and for keeping user passwords secure.

## 3. Onboarding

3.1 The Provider shall complete onboarding, including configuration of the 46 estates, import of the Customer's technician, asset and open work-order lists, and training of dispatchers and technicians, within 45 days after signature of the Order Form.
3.2 If onboarding is late for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay, up to CNY 20,000.

## 4. Go-Live Acceptance

4.1 Before Go-Live the parties shall run the acceptance tests agreed in the onboarding plan. The criteria are: (a) all imported records reconcile with the Customer's source lists; (b) 200 test work orders pass through creation, dispatch, completion and resident rating without error; (c) the mobile application works on the Customer's standard handsets; and (d) the console responds within three seconds with 60 concurrent dispatchers.
4.2 The Customer shall sign a Go-Live Acceptance certificate within five working days after the criteria are met. Use of the Service before that date does not constitute acceptance.

## 5. Service Levels

5.1 The Service shall be available 99.95% of each calendar month, excluding maintenance announced at least 48 hours in advance and carried out between 00:00 and 05:00 Beijing time.
5.2 Support requests are classified by priority. Priority 1 (the Service is unavailable, or dispatching is impossible for all estates): initial response within six hours. Priority 2 (a major function is impaired): initial response within one business day. Priority 3: initial response within three business days.
5.3 If availability in a month falls below the level in clause 5.1, the Customer receives a service credit of 5% of the monthly subscription fee for each 0.1 percentage point (or part) of shortfall, up to half of the monthly fee. Credits are deducted from the next invoice.

## 6. Customer Data

6.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Service and on the Customer's documented instructions, and shall not sell it, analyse it for its own purposes or disclose it to third parties.
6.2 Customer Data is stored and processed only in the hosting region named in the Order Form. The Provider maintains ISO 27001 certification and MLPS level 3 filing for the Service, encrypts Customer Data in transit and at rest, and limits access to named staff with multi-factor authentication; all access is logged.
6.3 The Provider shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, shall take immediate steps to contain it and shall be responsible for the losses and regulatory costs of the Customer caused by an incident attributable to the Provider.
6.4 Within 30 days after the end of the Subscription Term the Provider shall return all Customer Data in a standard format and then delete it, and confirm the deletion in writing.

## 7. Intellectual Property

7.1 The Service and all related software remain the property of the Provider.
7.2 The Configurations and all reports and exports created for the Customer belong to the Customer, which may use, modify and copy them freely, including in another system.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information received from the other party, use it only for the purposes of the Agreement and disclose it only to staff and advisers who need to know it. This obligation survives for three years after the end of the Agreement.

## 9. Subcontracting

9.1 The hosting partner named in the Order Form is approved by the Customer on signature. The Provider shall not engage any other subcontractor or sub-processor for the Service without the Customer's prior written consent, and remains responsible for all subcontractors.

## 10. Liability

10.1 The Provider's total liability arising out of or in connection with the Agreement in any calendar year is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.
10.2 Neither party is liable for indirect or consequential loss. The limits in this clause do not apply to personal injury, fraud or wilful misconduct.

## 11. Term and Termination

11.1 The Agreement runs for the Subscription Term stated in the Order Form.
11.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice. On termination for the Provider's breach, the Provider shall refund any prepaid fees for the period after termination.

## 12. Governing Law and Disputes

12.1 The Agreement is governed by the laws of the People's Republic of China.
12.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final and binding on both parties.

## 13. Customer Obligations

13.1 The Customer shall use the Service only for its own property-management operations and in accordance with the documentation, and shall not attempt to copy, resell or reverse engineer it.
13.2 The Customer shall ensure that residents and technicians whose personal information is entered into the Service have been informed, and that any consent required by law has been obtained.
13.3 The Customer shall name a system administrator who manages user accounts and is the first contact for support requests.

## 14. Support and Account Management

14.1 Support is available by telephone, e-mail and the support portal in Chinese, from 08:00 to 20:00 Beijing time every day, and for Priority 1 requests at all times.
14.2 The Provider shall name an account manager who meets the Customer each quarter to review service levels, open requests and planned releases, and who sends the Customer a written service report each month.
14.3 The Provider shall give the Customer at least 30 days' notice of any planned release that changes the user interface, together with updated training material.

## 15. General

15.1 The Order Form and these General Terms form the entire agreement. If they conflict, the Order Form prevails. Amendments must be in writing and signed by both parties.
"""

E03 = """T:Supply and Installation Contract - Cold Store Temperature Monitoring System
P:Contract No. MX-CC-2026-021
P:Buyer: Zhangzhou Minxing Cold Chain Logistics Co., Ltd., Longwen District, Zhangzhou, Fujian Province, PRC (the "Buyer").
P:Supplier: Ogooué Instruments SA, Boulevard Bord de Mer, Port-Gentil, Gabon (the "Supplier").
P:The Buyer operates a cold storage site in Zhangzhou with 18 cold rooms, two blast freezers and a loading dock. Following its invitation to bid, the Buyer has selected the Supplier to supply, install and commission a wireless temperature and humidity monitoring system for the site. The parties therefore agree as follows.
H:Section 1 Scope
P:1.1 The Supplier shall supply the sensors, gateways, door sensors and monitoring software listed in the price table in Section 2, install and calibrate them at the site, connect the system to the Buyer's warehouse management system and alarm telephones, and train the Buyer's staff.
P:1.2 The system shall record temperature and humidity in every cold room at intervals of no more than one minute, keep the records for at least three years, and raise alarms by SMS, telephone and the site alarm panel.
H:Section 2 Price
P:2.1 The contract price is fixed and payable in CNY. It includes all taxes, customs duties, freight to the site, insurance and the Supplier's travel costs.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, calibrated|420|1,180|495,600
TB:2|LoRa gateway with 4G back-up|36|6,800|244,800
TB:3|Door-open sensor|60|520|31,200
TB:4|Monitoring software, perpetual site licence|1|168,000|168,000
TB:|Hardware and licence subtotal|||939,600
TB:5|Installation, calibration and interfaces|1|96,400|96,400
TB:6|Training|1|14,000|14,000
TB:|Contract price|||1,050,000
H:Section 3 Payment
P:3.1 20% of the contract price (CNY 210,000) is payable within 15 days after signature, against an advance payment guarantee from a bank acceptable to the Buyer for the same amount.
P:3.2 45% of the contract price (CNY 472,500) is payable within 15 days after all equipment has been delivered and installed. Delivery and installation do not constitute acceptance.
P:3.3 35% of the contract price (CNY 367,500) is payable within 15 days after Final Acceptance.
P:3.4 Each payment requires a valid VAT invoice issued by the Supplier or its appointed Chinese agent.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the site within 60 days after signature and complete installation and calibration within 30 days after delivery. Installation work in cold rooms shall be planned with the Buyer's operations manager so that stored goods are not put at risk.
P:4.2 If delivery or installation is late for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the contract price for each day of delay, up to 10% of the contract price.
H:Section 5 Acceptance
P:5.1 Final Acceptance tests take place after a trial run of 30 days. The criteria are: (a) every sensor is calibrated against a traceable reference thermometer with a deviation of no more than 0.3 °C; (b) data from at least 99.5% of scheduled readings reach the software during the trial run; (c) every alarm channel is tested in each cold room and an alarm reaches the duty telephone within 60 seconds; (d) the interface to the warehouse management system transfers readings without error; and (e) the documentation and calibration certificates are delivered.
P:5.2 The Buyer shall sign a Final Acceptance certificate within seven days after the criteria are met, or give written reasons for refusal. Installation, use of the system or payment does not constitute acceptance.
H:Section 6 Warranty
P:6.1 The Supplier warrants the equipment and software for 36 months after Final Acceptance. During this period it shall repair or replace any defective item free of charge, including parts, labour and travel, and supply software updates.
P:6.2 Critical faults (loss of monitoring or alarms for a whole cold room or more) shall be responded to within 30 minutes by telephone and remote diagnosis, with an engineer or replacement parts on site within 24 hours. Other faults shall be responded to within eight business hours and fixed within three days.
P:6.3 For each hour by which the critical-fault response or on-site time is late, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due.
H:Section 7 Support after the Warranty
P:7.1 After the warranty period the Supplier shall, if the Buyer so orders, provide annual support (repair, recalibration and software updates) for a fee of 6% of the hardware and licence subtotal, being CNY 56,376 per year. This fee is fixed for the first two years after the warranty period.
P:7.2 Support is ordered each year by the Buyer's purchase order. It does not renew automatically.
P:7.3 The Supplier shall keep spare parts for the supplied equipment available for at least seven years after Final Acceptance.
H:Section 8 Data and Security
P:8.1 All readings, alarm records and other data produced by the system belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:8.2 The monitoring software is installed on the Buyer's server at the site. The Supplier may access it remotely only with the Buyer's approval for each session, through the Buyer's VPN with individual accounts; all sessions are logged. The Supplier shall not copy Buyer data out of the Buyer's systems.
P:8.3 The Supplier shall notify the Buyer within 12 hours of any security incident it becomes aware of, shall help the Buyer contain it and shall be liable for losses caused by an incident attributable to the Supplier.
H:Section 9 Intellectual Property
P:9.1 The interface programs, alarm configurations and calibration records produced under this Contract belong to the Buyer, which may use and modify them freely and disclose them to any future maintenance provider.
P:9.2 The monitoring software remains the Supplier's property and is licensed to the Buyer perpetually for the site.
H:Section 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information, including the Buyer's customer list, site layout and security arrangements, and shall not disclose it without prior written consent. This obligation survives for three years after the end of this Contract.
H:Section 11 Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the contract price, except for personal injury, wilful misconduct and breach of Sections 8 and 10, which are not limited.
H:Section 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for the work of any approved subcontractor.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if the liquidated damages under Section 4.2 reach their maximum.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for equipment and services not accepted and shall remove any equipment the Buyer rejects.
H:Section 14 Site Rules
P:14.1 The Supplier's staff shall follow the Buyer's site safety rules, including cold-room entry procedures, protective clothing and the permit system for work at height. The Supplier is responsible for the safety and insurance of its own staff.
H:Section 15 Training and Documentation
P:15.1 The Supplier shall train up to ten operators and two administrators at the site on the use of the monitoring software, alarm handling, sensor replacement and the monthly calibration check. Training shall be given in Chinese or with an interpreter provided by the Supplier.
P:15.2 Before Final Acceptance the Supplier shall deliver, in Chinese and English, the as-built drawings showing every sensor and gateway position, the user and administrator manuals, the alarm configuration list, the calibration certificates of every sensor and the reference thermometer, and the spare-parts list.
H:Section 16 Insurance and Risk
P:16.1 Risk in the equipment passes to the Buyer on delivery to the site; title passes on payment under Section 3.2. The Supplier shall insure the equipment until delivery and shall hold public liability insurance for its work at the site.
P:16.2 The Supplier shall repair at its own cost any damage it causes to the Buyer's buildings, refrigeration equipment or stored goods during installation.
P:16.3 Until Final Acceptance the Supplier shall keep a log of all work done at the site, signed daily by the Buyer's site supervisor, and shall report progress in writing each week.
H:Section 17 Governing Law and Disputes
P:17.1 This Contract is governed by the laws of the People's Republic of China.
P:17.2 Any dispute that cannot be settled by negotiation shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.
H:Section 18 General
P:18.1 This Contract is made in English and Chinese; both versions have equal effect. The bid documents, the Supplier's bid and the technical specification are annexed to it.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________
"""

E04 = """# Managed Guest Wi-Fi Services Agreement

Agreement No. ARS-KM-2026-07

**Customer:** Kunming Dianchi Hotels Management Co., Ltd., Xishan District, Kunming, Yunnan Province, PRC ("Customer")

**Provider:** Atlantique Réseaux Services SARL, Haie Vive, Cotonou, Benin ("Provider")

The Customer operates six hotels in Kunming. It wishes to outsource the design, installation, operation and support of guest and staff Wi-Fi in those hotels, and the Provider, which runs managed networks for hotel groups, has agreed to provide these services for a fixed monthly charge on the terms below.

## 1. Services

1.1 The Provider shall provide the managed Wi-Fi service described in Schedule 1 at the six hotels listed there (the "Sites"), including the access points, controllers and switches it installs (the "Equipment"), the guest login portal, monitoring from its network operations centre, and on-site support.
1.2 The Equipment remains the property of the Provider. The Customer shall provide power, rack space and cable routes at each Site and reasonable access for the Provider's engineers.
1.3 The Provider shall obtain and keep in force all permits needed to provide the service and shall use a locally licensed internet access provider chosen with the Customer for each Site.

## 2. Term

2.1 The Agreement starts on signature. The service term is 36 months from the Service Commencement Date in clause 4.3 (the "Term").
2.2 The Agreement ends at the end of the Term. It does not renew automatically; any extension must be agreed in writing.

## 3. Charges and Payment

3.1 At the Customer's request the charges are stated and payable in CNY. They are set out in Schedule 2: a one-time set-up charge of CNY 86,000 and a monthly service charge of CNY 46,500 for all Sites. The total contract value over the Term is CNY 1,760,000.
3.2 The set-up charge is invoiced after Service Acceptance. The monthly service charge is invoiced monthly in arrears from the Service Commencement Date. No amount is payable in advance.
3.3 Invoices are payable within 30 days after receipt of a valid VAT invoice issued through the Provider's Chinese billing agent.
3.4 The charges are fixed for the Term.

## 4. Rollout and Service Acceptance

4.1 The Provider shall complete the site surveys, installation and configuration at all Sites within 75 days after signature, following the rollout plan agreed with each hotel manager so that guests are not disturbed.
4.2 Service Acceptance tests at each Site include: (a) signal strength of at least -67 dBm in every guest room and public area on the survey plan; (b) a download speed of at least 50 Mbps per device in sample rooms at peak hours; (c) seamless roaming between floors; (d) the guest portal working with room number and mobile phone login; and (e) a seven-day run without a Priority 1 incident.
4.3 The Customer shall sign a Service Acceptance certificate for each Site within five working days after the criteria are met. The Service Commencement Date is the date on which the last Site is accepted. Installation or use of the network by guests does not constitute acceptance.
4.4 If Service Acceptance of all Sites is delayed beyond the date in clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay.

## 5. Service Levels

5.1 The service levels are set out in Schedule 3. The Provider shall measure them and report them to the Customer each month.
5.2 If the Provider misses a service level, the Customer is entitled to the service credits in Schedule 3, deducted from the next invoice. Credits are in addition to any other remedy under this Agreement.

## 6. Customer Data

6.1 Guest login records, device identifiers, usage logs and all other data generated by the service at the Sites ("Customer Data") belong to the Customer.
6.2 The Provider shall use Customer Data only to provide the service and to produce the reports agreed with the Customer. It shall not sell Customer Data or use it for marketing or any purpose of its own.
6.3 At the end of the Term the Provider shall hand over the Customer Data held by it in a standard format.

## 7. Intellectual Property

7.1 The network designs, configurations, portal pages and reports prepared for the Customer belong to the Customer, which may use and modify them freely and give them to any successor provider.
7.2 The Provider's own tools and know-how remain its property.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information, including the Customer's guest and occupancy information, and shall not disclose it without the other party's prior written consent. This obligation continues for three years after the end of the Agreement.

## 9. Subcontracting

9.1 The Provider shall not subcontract any part of the services without the Customer's prior written consent, except the internet access providers chosen under clause 1.3. The Provider remains responsible for all its subcontractors.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total contract value. This limit does not apply to personal injury or wilful misconduct.
10.2 Neither party is liable for indirect loss or loss of profit.

## 11. Breach and Remedies

11.1 If the Provider breaches this Agreement, the Customer's remedies are the service credits under Schedule 3, the delay payments under clause 4.4 and damages under clause 10.
11.2 This Agreement may not be terminated by either party before the end of the Term, whether for breach or otherwise. Any breach, however serious, shall be dealt with under clause 11.1 and by continued performance.

## 12. End of Term

12.1 At the end of the Term the Provider shall, at the Customer's choice, remove the Equipment or sell it to the Customer at its net book value, and shall give a successor provider reasonable help with the transition for up to 30 days.

## 13. Provider Staff and Site Rules

13.1 The Provider shall name a service manager for the Customer and a local engineering team based in Kunming. Engineers visiting a Site shall follow the hotel's security, fire and guest-privacy rules, wear identification and enter guest rooms only with hotel staff.
13.2 Planned work that may interrupt the service shall be carried out between 01:00 and 05:00, with at least three days' notice to the hotel manager.
13.3 The Provider shall replace any Equipment that fails, and shall keep a stock of spare access points and switches in Kunming.

## 14. Reporting and Reviews

14.1 The Provider shall give the Customer a monthly report showing availability by Site, incidents, response times, credits due, user numbers and capacity trends.
14.2 The parties shall meet every quarter to review the service and agree any improvements.

## 15. Governing Law and Disputes

15.1 This Agreement is governed by the laws of the People's Republic of China.
15.2 Any dispute shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.

## 16. General

16.1 The Schedules form part of this Agreement. Amendments must be in writing and signed by both parties.

For the Customer: ____________________ Date: __________

For the Provider: ____________________ Date: __________

---

## Schedule 1 - Sites and Scope

| Site | Hotel | Rooms | Access points | Switches |
|---|---|---|---|---|
| 1 | Dianchi Lakeside Hotel | 312 | 186 | 14 |
| 2 | Dianchi Garden Hotel | 220 | 128 | 10 |
| 3 | Cuihu Business Hotel | 168 | 96 | 8 |
| 4 | Jinbi Plaza Hotel | 146 | 84 | 6 |
| 5 | Airport Express Hotel | 198 | 110 | 8 |
| 6 | Haigeng Resort | 96 | 72 | 6 |

## Schedule 2 - Charges (CNY)

| Charge | Basis | Amount (CNY) | Over the Term (CNY) |
|---|---|---|---|
| Set-up (surveys, installation, configuration, portal) | one-time | 86,000 | 86,000 |
| Managed service, all Sites | per month, 36 months | 46,500 | 1,674,000 |
| **Total contract value** | | | **1,760,000** |

## Schedule 3 - Service Levels and Credits

| Measure | Level | Service credit |
|---|---|---|
| Availability of guest Wi-Fi at each Site, per month | 99.95% | 5% of the monthly charge for each 0.1 point (or part) below the level |
| Priority 1 incident (a whole Site or floor without service): response | 30 minutes | CNY 500 for each 30 minutes late |
| Priority 1 incident: engineer on site | 3 hours | CNY 500 for each hour late |
| Priority 2 incident (a single area or function impaired): response | 2 hours | CNY 200 for each hour late |
| Monthly service report | by the 5th working day | CNY 300 per day late |
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. KDS-HZ-2026-031

BETWEEN

Kombo Data Services Ltd, a company registered in The Gambia, of Kairaba Avenue, Serrekunda, The Gambia ("Kombo"); and

Hangzhou Xiaoyu Cross-border E-commerce Co., Ltd., a company registered in the People's Republic of China, of Binjiang District, Hangzhou, Zhejiang Province ("Customer").

BACKGROUND

The Customer sells consumer goods online to buyers in West Africa and ships orders through several local carriers. Kombo operates an address-verification and parcel-tracking data service covering West African countries, delivered through an application programming interface (the "API"). The Customer wishes to subscribe to the API to check delivery addresses at checkout and to follow parcels after dispatch.

1. DEFINITIONS

1.1 "API Service" means Kombo's address-verification, geocoding and parcel-tracking endpoints, the developer portal and the documentation.
1.2 "Customer Data" means all data the Customer submits to the API Service, including buyer names, telephone numbers, delivery addresses and parcel numbers, and all results returned for those queries.
1.3 "Subscription Year" means the period from 1 August 2026 to 31 July 2027 (the first Subscription Year) and the period from 1 August 2027 to 31 July 2028 (the second Subscription Year), and any renewal period under clause 3.
1.4 "Call" means one request to an endpoint of the API Service.

2. SERVICE

2.1 Kombo grants the Customer a non-exclusive right during the term to use the API Service in the Customer's own e-commerce and logistics systems, for its own orders.
2.2 The subscription includes a committed volume of 3,000,000 Calls in each Subscription Year. Calls above that volume are charged at the overage rate in clause 4.2.
2.3 Kombo shall keep the API backward compatible during the term and shall announce any change to an endpoint at least 90 days in advance.

3. TERM AND RENEWAL

3.1 The initial term is the first and second Subscription Years.
3.2 At the end of the initial term and of each renewal period, the Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current period.
3.3 For each renewal period Kombo may increase the subscription fees by up to 10% over the fees of the preceding Subscription Year by giving notice at least 30 days before the renewal period starts.

4. FEES AND PAYMENT

4.1 At the Customer's request all fees are stated and paid in CNY. The fees for the initial term are:
(a) platform access fee: CNY 96,000 per Subscription Year, CNY 192,000 for the initial term;
(b) committed Call volume of 3,000,000 Calls: CNY 150,000 per Subscription Year, CNY 300,000 for the initial term;
(c) one-time onboarding fee (sandbox set-up, address data mapping for the Customer's checkout, integration support): CNY 18,000.
Total fees for the initial term: CNY 510,000.
4.2 Calls above the committed volume are charged at CNY 0.04 per Call, invoiced quarterly in arrears.
4.3 The subscription fees are invoiced quarterly in advance at CNY 61,500 per quarter. The onboarding fee is invoiced after Integration Acceptance. Invoices are payable within 30 days.

5. ONBOARDING AND INTEGRATION ACCEPTANCE

5.1 Kombo shall provide sandbox access within five working days after signature and shall complete the address data mapping and integration support within 40 days after signature.
5.2 Integration Acceptance criteria: (a) 10,000 test Calls from the Customer's systems completed without error; (b) address-verification results match a reference sample of 2,000 addresses agreed by the parties in at least 98% of cases; (c) tracking events from the five named carriers received within 15 minutes of the carrier scan in a sample of 500 parcels; and (d) median API response time below 400 milliseconds from the Customer's Hangzhou servers.
5.3 The Customer shall confirm Integration Acceptance in writing within five working days after the criteria are met. Use of the API Service in production does not constitute acceptance.
5.4 If Integration Acceptance is delayed for reasons attributable to Kombo, Kombo shall pay the Customer CNY 400 for each day of delay, up to CNY 20,000.

6. SERVICE LEVELS

6.1 The API Service shall be available 99.95% of each calendar month, measured at Kombo's API gateway and excluding maintenance announced at least 72 hours in advance.
6.2 Severity 1 incidents (all endpoints unavailable or returning errors) shall receive a response within one hour and continuous work until restored. Severity 2 incidents shall receive a response within eight business hours.
6.3 If monthly availability falls below the level in clause 6.1, the Customer receives a credit of 10% of the monthly subscription fee for each 0.1 percentage point (or part) of shortfall, up to half of the monthly fee. A late Severity 1 response gives a further credit of CNY 1,000.

7. CUSTOMER DATA

7.1 As between the parties, the Customer owns the Customer Data.
7.2 The Customer grants Kombo a perpetual, irrevocable, royalty-free licence to use the addresses, geocodes and delivery outcomes contained in Customer Data, in de-identified and aggregated form, to improve and extend Kombo's address reference database and to provide services to Kombo's other customers. This licence survives the end of the Agreement.
7.3 Kombo shall otherwise use Customer Data only to provide the API Service and shall not sell personal information in Customer Data.

8. DATA SECURITY

8.1 Kombo shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access limited to named staff with multi-factor authentication, logging of all access, and annual independent penetration tests.
8.2 Kombo shall comply with the PRC Personal Information Protection Law in respect of personal information received from the Customer and shall sign the standard contract for cross-border transfer of personal information with the Customer before the API Service is used in production.
8.3 Kombo shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data and shall be liable for all losses caused to the Customer by an incident attributable to Kombo.

9. INTELLECTUAL PROPERTY

9.1 The API Service, its databases and software remain the property of Kombo.
9.2 The checkout integration code, field mappings and reports developed for the Customer under this Agreement belong to the Customer, which may use and modify them freely.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the non-public information received from the other party and use it only for this Agreement. This obligation survives for three years after the end of the Agreement.

11. SUBCONTRACTING

11.1 Kombo shall not subcontract the API Service or any part of it without the Customer's prior written consent. The data centre operator named in the security annex is approved on signature.

12. LIABILITY

12.1 Kombo's total liability under this Agreement is limited to twice the total fees for the initial term. The limit does not apply to breach of clauses 8 and 10, personal injury or wilful misconduct.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
13.2 On termination for Kombo's breach, Kombo shall refund the subscription fees paid for the period after termination.

14. SUPPORT AND REPORTING

14.1 Kombo shall provide technical support in English and Chinese through the developer portal and by e-mail, and by telephone for Severity 1 incidents at all times.
14.2 Kombo shall send the Customer a monthly report showing Call volumes by endpoint, availability, incidents, credits due and the coverage of its address database by country.

15. CUSTOMER OBLIGATIONS

15.1 The Customer shall use the API Service only for its own orders, shall not resell or publish results in bulk, and shall keep its API keys secure. The Customer shall tell its buyers, in its privacy notice, that delivery addresses are checked with a third-party service.
15.2 The Customer may ask Kombo to delete specific records of Customer Data held in Kombo's systems, and Kombo shall do so within 15 days, except for data already included in de-identified and aggregated form under clause 7.2.

16. GOVERNING LAW AND DISPUTES

16.1 This Agreement is governed by the laws of the People's Republic of China.
16.2 Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

17. FORCE MAJEURE

17.1 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, war, general network outages or acts of government, provided that it notifies the other party promptly and resumes performance as soon as possible. Periods of force majeure are excluded from the availability calculation, but Kombo shall report them in its monthly report.

18. GENERAL

18.1 This Agreement, with its security annex, is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

SIGNED for Kombo Data Services Ltd: ____________________ Date: __________

SIGNED for Hangzhou Xiaoyu Cross-border E-commerce Co., Ltd.: ____________________ Date: __________
"""

# ---------------------------------------------------------------- files
TARGETS = {  # key -> (file name, format)
    "z01": ("h494z01_trading_centre_platform_licence.pdf", "pdf"),
    "z02": ("h494z02_glass_bottle_machine_control_retrofit.docx", "docx"),
    "z03": ("h494z03_yoga_chain_membership_saas.txt", "txt"),
    "z04": ("h494z04_notary_office_system_annual_om.txt", "txt"),
    "z05": ("h494z05_sesame_paste_traceability_supplier_template.md", "md"),
    "e01": ("h494e01_wms_perpetual_licence_cameroon_vendor.pdf", "pdf"),
    "e02": ("h494e02_field_scheduling_saas_order_form_togo_vendor.md", "md"),
    "e03": ("h494e03_cold_store_sensors_gabon_supplier.docx", "docx"),
    "e04": ("h494e04_hotel_managed_wifi_benin_provider.md", "md"),
    "e05": ("h494e05_address_tracking_data_api_gambia_vendor.txt", "txt"),
}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05, "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

# ---------------------------------------------------------------- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

BASE = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

# design: language, category, term overrides, extra, TCO inputs, forum outside mainland, and the rules I intend
DESIGN = {
    "z01": dict(lang="zh", cat="software", value=2200000,
                t=dict(availability_pct=99.95, ld_rate_per_day_pct=0.03, prepayment_pct=20, final_payment_on_acceptance=True,
                       warranty_months=36, post_warranty_fee_pct=8, subcontract_without_consent=True,
                       contract_kind="goods_or_licence"),
                capped=True, fee_base=1280000, intend=["CR-LD-LOW", "CR-SUBCONTRACT"]),
    "z02": dict(lang="zh", cat="hardware", value=1560000,
                t=dict(sla_remedy=False, confidentiality=False, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
                       prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=7,
                       contract_kind="goods_or_licence"),
                capped=True, fee_base=1416000, intend=["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"]),
    "z03": dict(lang="zh", cat="cloud", value=322000,
                t=dict(availability_pct=99.5, buyer_owns_data=False, ld_rate_per_day_pct=500 / 322000 * 100,
                       auto_renewal_price_increase=True),
                intend=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": dict(lang="zh", cat="services", value=486000,
                t=dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=0.1),
                intend=[]),
    "z05": dict(lang="zh", cat="software", value=1080000, sla_clause=False, ld_stated=False, deemed=True,
                t=dict(p1_response_hours=None, sla_remedy=False, ip_owner="supplier", liability_cap_pct=20,
                       prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=3,
                       post_warranty_fee_pct=25, subcontract_without_consent=None, governing_law=None,
                       contract_kind="goods_or_licence"),
                capped=True, fee_base=720000,
                intend=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                        "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": dict(lang="en", cat="software", value=1020000,
                t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=10,
                       final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                       governing_law="Cameroon", contract_kind="goods_or_licence"),
                capped=True, fee_base=716000, intend=["CR-GOVERNING-LAW"]),
    "e02": dict(lang="en", cat="cloud", value=720000,
                t=dict(availability_pct=99.95, p1_response_hours=6, ld_rate_per_day_pct=500 / 720000 * 100,
                       liability_cap_pct=6 / 24 * 100),
                intend=["CR-LIABILITY-CAP", "CR-SLA-RESPONSE"]),
    "e03": dict(lang="en", cat="hardware", value=1050000,
                t=dict(ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=20, final_payment_on_acceptance=True,
                       warranty_months=36, post_warranty_fee_pct=6, contract_kind="goods_or_licence"),
                capped=True, fee_base=939600, intend=[]),
    "e04": dict(lang="en", cat="services", value=1760000,
                t=dict(availability_pct=99.95, data_security_clause=False, ld_rate_per_day_pct=1200 / 1760000 * 100,
                       liability_cap_pct=150, termination_for_breach=False),
                intend=["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "e05": dict(lang="en", cat="cloud", value=510000,
                t=dict(availability_pct=99.95, p1_response_hours=1, buyer_owns_data=False,
                       ld_rate_per_day_pct=400 / 510000 * 100, liability_cap_pct=200, auto_renewal_price_increase=True),
                intend=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"]),
}

THRESH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
              prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)


def terms(k):
    t = dict(BASE)
    t.update(DESIGN[k]["t"])
    return {key: t[key] for key in KEYS}


def tco(k):
    """Policy §4 as I read it: horizon 5 years from acceptance; post-warranty years = 5 - warranty years."""
    d, t = DESIGN[k], terms(k)
    if t["contract_kind"] != "goods_or_licence" or t["warranty_months"] is None or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = d["fee_base"] * t["post_warranty_fee_pct"] / 100 * years
    total = d["value"] + fees
    return total, fees, fees / total * 100


def my_rules(k):
    """My own reading of policy.md §3 applied to the labels (not project code)."""
    d, t = DESIGN[k], terms(k)
    sla = d.get("sla_clause", True)
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
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
    if not d.get("ld_stated", True):
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or d.get("deemed", False) or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not d.get("capped") or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(k)
        if c and c[2] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d.get("forum_outside"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(k):
    d, t = DESIGN[k], terms(k)
    extra = {"sla_clause": d.get("sla_clause", True), "ld_stated": d.get("ld_stated", True)}
    if t["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d.get("deemed", False)
    extra["contract_value"] = d["value"]
    return {"file": TARGETS[k][0], "language": d["lang"], "category": d["cat"], "expected_terms": t,
            "expected_extra": extra, "expected_rules": my_rules(k)}


ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]

# ---------------------------------------------------------------- threshold figures in text
ZN = "一二三四五六七八九十百千零〇两"
FORBIDDEN = [
    r"(?<![\d.])99\.9(?!\d)", r"九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.])4\s*个?\s*(?:小时|h(?![a-z])|hrs?\b|hours?\b|-hour)", r"(?<![%s])四\s*个?\s*小时" % ZN,
    r"\bfour[\s-]*(?:\(4\)\s*)?(?:business\s*|working\s*|clock\s*)?hours?", r"(?<![\d.])240\s*(?:分钟|min)",
    r"二百四十分钟",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![十百])", r"百分之零点零五(?![一二三四五六七八九])",
    r"(?<![\d.,])100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之百", r"百分之一百(?![零一二三四五六七八九十])",
    r"one\s*hundred\s*per\s*cent",
    r"(?<![\d.,])30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"(?<![%s点])百分之三十(?![一二三四五六七八九点])" % ZN,
    r"(?<![%s])三成" % ZN, r"thirty\s*per\s*cent",
    r"(?<![\d.])12\s*个\s*月", r"(?<![\d.])12[\s-]*months?\b", r"(?<![%s])十二个?月" % ZN, r"twelve[\s-]*(?:\(12\)\s*)?months?",
    r"(?<![十百千])一年", r"\bone[\s-]*years?\b", r"(?<![\d.])1[\s-]*years?\b", r"壹年",
    r"(?<![\d.,])15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"(?<![%s点])百分之十五(?![一二三四五六七八九点])" % ZN,
    r"fifteen\s*per\s*cent",
    r"(?<![\d.,])40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"(?<![%s点])百分之四十(?![一二三四五六七八九点])" % ZN,
    r"(?<![%s])四成" % ZN, r"forty\s*per\s*cent",
    r"(?<![\d.])5\s*个?\s*(?:年(?!度)|years?\b|-year)", r"(?<![%s])五年(?!度)" % ZN, r"\bfive[\s-]*(?:\(5\)\s*)?years?",
    r"(?<![\d.])60\s*个?\s*(?:月|months?\b|-month)", r"六十个?月", r"sixty[\s-]*months?",
]
FORBIDDEN_RE = [re.compile(x, re.I) for x in FORBIDDEN]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "four hours", "four business hours", "4 hours", "4h",
            "240分钟", "0.05%", "0.05 %", "万分之五", "百分之零点零五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成",
            "12个月", "12 months", "十二个月", "twelve months", "一年", "one year", "one-year", "15%", "15 per cent",
            "百分之十五", "40%", "四成", "百分之四十", "5年", "五年", "five years", "5 years", "60 months", "六十个月"]
MUST_MISS = ["24小时", "二十四小时", "14小时", "99.95%", "99.99%", "115%", "0.15%", "150%", "130%", "140%", "0.055%",
             "2025年", "2035年", "2026年12月31日", "2025年12月", "万分之五十", "服务年度", "Subscription Year", "百分之三十五", "百分之二十五",
             "0.4%", "115 months", "25 years", "二十五年", "1,040%", "45%", "3.5%", "first Subscription Year",
             "48小时", "72 hours", "10%", "20%"]


def hits(text):
    out = []
    for rx in FORBIDDEN_RE:
        for m in rx.finditer(text):
            out.append((rx.pattern, text[max(0, m.start() - 15):m.end() + 15]))
    return out


def selftest():
    for s in MUST_HIT:
        assert hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def scan_all(text):
    found = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        found += hits(variant)
    return found


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


def measure(k, text):
    if DESIGN[k]["lang"] == "zh":
        return len(text), len(re.sub(r"\s", "", text))
    return len(text.split()), None


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    built = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write({k: SRC[k] for k in built}, built, OUT, wrap_words=True)
    for k, (name, kind) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SRC[k], encoding="utf-8")
            print("wrote", name)
    problems = []
    covered = set()
    for k, (name, kind) in TARGETS.items():
        lab = label(k)
        rules = lab["expected_rules"]
        assert rules == sorted(DESIGN[k]["intend"]), (k, rules, DESIGN[k]["intend"])
        covered |= set(rules)
        for key, th in THRESH.items():
            v = lab["expected_terms"][key]
            assert v is None or abs(v - th) > 1e-9, (k, key, v)
        c = tco(k)
        if c:
            assert abs(c[2] - 40) > 2, (k, c)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        src = SRC[k]
        for where, t in (("built", text), ("source", src)):
            for h in scan_all(t):
                problems.append((k, where, h))
        n, nws = measure(k, text)
        ok = (2750 <= n <= 3000) if DESIGN[k]["lang"] == "zh" else (1450 <= n <= 1650)
        tc = "" if not c else "  TCO %.0f fees %.0f share %.2f%%" % c
        print("%s %-58s %s len=%s nonws=%s %s  rules=%s%s" % (k, name, DESIGN[k]["lang"], n, nws, "OK" if ok else "OUT OF RANGE",
                                                          ",".join(r[3:] for r in rules) or "(none)", tc))
        if not ok:
            problems.append((k, "length", n))
    missing = set(ALL_RULES) - covered
    print("coverage: %d/20 rules; missing: %s" % (len(covered), sorted(missing)))
    for p in problems:
        print("PROBLEM", p)
    assert not missing and not problems


if __name__ == "__main__":
    main()
