"""holdout699: builds the ten held-out drafts from the sources below (.txt/.md written as is, .docx/.pdf through
../word_pdf.py), writes the .json labels, and asserts sums, lengths, thresholds and rule coverage."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:收养档案信息管理平台采购合同
P:合同编号：SYDJ-ZC-2025-018
P:采购人（甲方）：某市收养登记中心
P:供应商（乙方）：杭州云档信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。本合同采用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供收养档案信息管理平台软件许可（永久使用，不限用户数），并按甲方需求完成定制开发、历史档案数据迁移、部署实施和培训。
P:1.2 定制开发内容包括：收养登记全流程电子归档、档案借阅审批、跨部门数据共享接口（对接民政一体化平台及人口信息核验接口）、统计报表、档案保管期限提醒及电子档案长期保存格式转换。
P:1.3 历史数据迁移范围为1992年以来的纸质档案目录及已有电子档案约4.6万卷，迁移后数据与原始记录逐项一致。
H:第二条 合同价款
P:2.1 合同总价为人民币1,968,000元（大写：壹佰玖拾陆万捌仟元整），含税，为固定总价。其中：平台软件许可费1,120,000元；定制开发费586,000元；数据迁移费168,000元；部署实施及培训费94,000元。
P:2.2 合同总价已包含软件、开发、迁移、实施、培训、税费及质保期内全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额预付款保函，甲方在十个工作日内支付合同总价的20%作为预付款，即393,600元。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%，即885,600元。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%，即688,800元。
P:3.4 乙方每次收款前应开具合法有效的发票。甲方付款按财政国库集中支付程序办理。
H:第四条 实施进度
P:4.1 乙方应于合同签订后九十日内完成部署、定制开发及数据迁移，并书面申请初步验收。
P:4.2 乙方应派驻项目经理一名，未经甲方同意不得更换；实施期间每周提交进度报告。
P:4.3 甲方负责提供机房、服务器、网络及数据库环境，并协调民政一体化平台及人口信息核验接口的对接；乙方应在合同签订后二十日内提交详细实施方案及环境需求清单，经甲方确认后执行。
H:第五条 验收
P:5.1 初步验收标准：平台功能与招标文件技术要求逐项对照全部满足；迁移数据按目录逐条比对，差错为零；数据共享接口连续运行十日无数据丢失；在300个并发用户下，档案检索响应时间不超过3秒。
P:5.2 最终验收标准：平台试运行满九十日，期间未发生一级故障；第三方机构出具的网络安全等级保护测评报告及商用密码应用安全性评估报告无高风险问题；用户手册、运维手册、源代码等交付文档齐全。
P:5.3 验收由甲方组织，必要时邀请专家参加，验收合格后双方签署验收报告。平台上线使用或甲方支付部分款项，均不视为验收合格。验收不合格的，乙方应在十日内整改并重新申请验收。
H:第六条 质量保证与维护
P:6.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过89,600元），且质保期满后三年内不上调。维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护除外，计划内维护应提前三个工作日经甲方同意）。
P:7.2 故障分级响应：一级故障（平台无法访问、档案数据错误或丢失）乙方30分钟内响应，2小时内到达现场，8小时内恢复；二级故障1小时内响应，次日内解决；三级问题两个工作日内解决。
P:7.3 乙方未按时响应或恢复的，每超时一小时扣减履约保证金1,000元；月度可用率每低于约定值0.01个百分点，扣减2,000元。
H:第八条 知识产权
P:8.1 平台软件的著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序、接口、数据迁移脚本、源代码及技术文档的知识产权归甲方所有，乙方应在最终验收时完整移交源代码，甲方可自行或委托第三方修改、使用。
P:8.3 乙方保证所交付软件不侵犯任何第三方知识产权，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 收养档案涉及收养当事人及儿童的个人信息，全部档案数据及其衍生数据均归甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，在甲方机房内通过堡垒机开展工作，不得复制、留存或向外传输任何档案数据；测试须使用甲方提供的脱敏数据。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:10.1 乙方对在履约中知悉的甲方工作秘密、档案内容及当事人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
P:10.2 乙方应与参与项目的全部人员签订保密承诺书并报甲方备案。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付的软件不符合约定的，应在甲方要求的期限内免费整改；整改后仍不合格的，甲方有权解除合同并要求赔偿损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包或转包。乙方擅自分包、转包的，甲方有权解除合同并要求赔偿。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，双方均可解除合同，互不承担违约责任。
H:第十四条 培训与文档
P:14.1 乙方应对甲方档案管理员、系统管理员分别开展不少于三次集中培训，并提供操作视频；培训效果以甲方组织的上机考核为准，考核未通过的人员由乙方免费补训。
P:14.2 乙方应交付需求规格说明书、概要设计、数据库设计、接口说明、测试报告、部署手册、用户手册、运维手册及源代码光盘，所有文档均为中文。
P:14.3 乙方应遵守甲方的廉洁规定，不得向甲方工作人员提供任何形式的不正当利益；发现违反的，甲方有权取消其今后参与本单位采购项目的资格。
H:第十五条 争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________　乙方（盖章）：__________
P:法定代表人或授权代表（签字）：__________　__________
P:签订日期：2025年　月　日
"""

Z02 = """T:魔方注塑及装配生产线控制系统改造合同
P:合同编号：MF-GZ-2025-07
P:甲方（买方）：汕头市澄海区某益智玩具有限公司（魔方厂）
P:乙方（卖方）：东莞某自动化科技有限公司
P:甲方拟对其魔方注塑车间及装配线的控制系统进行改造，乙方负责设备供货、软件许可、安装调试、培训及质保期内维保。双方依据《中华人民共和国民法典》订立本合同。
H:一、改造范围
P:（一）注塑车间8台注塑机的PLC及伺服控制升级，实现工艺参数集中下发与回传。
P:（二）装配线新增视觉检测工位3个，检测魔方色块排列、转动手感扭矩及外观缺陷。
P:（三）装配机器人控制器更换及与MES工位软件对接，实现按批次追溯。
P:（四）车间工控网络改造，含工业交换机、防火墙及网络管理软件。
H:二、合同价款
P:合同总价为人民币2,386,000元（含税），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC及伺服控制系统|8套|836,000
TB:2|视觉检测系统（含算法软件许可）|3套|412,000
TB:3|装配机器人控制器|6套|288,000
TB:4|MES工位软件许可|1套|296,000
TB:5|工控网络设备及管理软件|1批|180,000
TB:|设备及软件小计||2,012,000
TB:6|安装调试及系统对接|1项|318,000
TB:7|操作及维护培训|1项|56,000
TB:|合计||2,386,000
H:三、付款方式
P:（一）合同签订后十个工作日内，甲方支付合同总价的10%作为预付款，即238,600元。
P:（二）设备全部到货并安装完毕后，甲方支付合同总价的55%，即1,312,300元。到货签收及安装完毕不代表质量验收。
P:（三）系统通过最终验收后，甲方支付合同总价的35%，即835,100元。
H:四、交付与工期
P:（一）乙方应于合同签订后七十五日内完成设备到货，并利用甲方安排的两次停线窗口完成安装调试，每次停线不超过五日。
P:（二）乙方负责设备运输、卸货及就位，运输风险在甲方签收前由乙方承担。
H:五、验收
P:（一）验收标准：注塑机工艺参数下发准确率与回传完整率经抽检全部一致；视觉检测漏检率不高于0.2%、误判率不高于1%；装配线节拍达到每分钟22件；MES批次追溯可从成品箱码查询到注塑机台及班次；系统连续稳定运行七十二小时无停线故障。
P:（二）验收合格后双方签署最终验收报告，自签署之日起进入质保期。试生产使用不视为验收合格。
H:六、质保与维保服务
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内设备损坏（人为损坏除外）及软件缺陷由乙方免费修复或更换。
P:（二）故障响应：一级故障（整线停线或注塑机控制失效）乙方1小时内远程响应，6小时内到达现场；二级故障2小时内响应，次日到场；三级问题三个工作日内处理。
P:（三）乙方未按时响应或到场的，每超时一小时向甲方支付800元，从应付款或质保金中扣除。
P:（四）质保期满后的年度维保费按设备及软件小计的9%计取，即每年181,080元，质保期满后三年内不调整。续签维保须双方书面确认。
H:七、知识产权
P:（一）PLC程序、视觉检测配方、MES对接接口程序等为本项目定制的成果，其知识产权归甲方所有，乙方应交付源程序及注释文档，甲方可自行修改或委托他人维护。
P:（二）乙方原有的算法软件及MES平台的著作权仍归乙方，甲方享有永久使用权。
H:八、数据安全与保密
P:（一）生产工艺参数、配方、质量数据及订单信息均属甲方所有，乙方不得用于本合同以外的任何用途。
P:（二）乙方远程维护须经甲方审批，通过甲方指定的堡垒机接入，并全程留痕；乙方不得在工控网络中安装未经甲方同意的软件或外接存储设备。
P:（三）因乙方原因导致数据泄露、篡改或生产系统感染病毒的，乙方应在2小时内通知甲方并承担赔偿责任。
P:（四）双方对履约中知悉的对方技术秘密和商业秘密负有保密义务，保密期限至合同终止后五年。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的5%。
P:（二）设备或软件不符合约定的，乙方应负责更换或整改，并承担由此产生的费用。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:十、分包
P:乙方可将电气安装及布线施工分包给其合作的施工单位，但应提前五个工作日书面告知甲方分包单位名称；乙方对分包部分的质量和安全承担全部责任。
H:十一、合同解除
P:乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:十二、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的或与本合同有关的争议，双方应友好协商解决；协商不成的，任何一方均可提交汕头仲裁委员会按其仲裁规则仲裁，仲裁裁决是终局的。
H:十三、培训与资料交付
P:（一）乙方应分别对甲方设备科、注塑车间及装配车间人员开展操作及维护培训，每批培训后进行实操考核，确保甲方维修人员能够独立完成常见故障排查、参数调整及备件更换。
P:（二）乙方应交付电气原理图、接线图、PLC程序及注释、视觉检测配方说明、MES接口说明、设备说明书、合格证及备件清单，纸质版和电子版各一套。
P:（三）乙方应随设备提供质保期内常用易损备件，包括伺服驱动器、光源及工业相机各一套，备件清单作为合同附件。
H:十四、安全生产与现场管理
P:（一）乙方施工人员进入甲方车间应遵守甲方安全生产、消防及质量管理制度，佩戴劳动防护用品，动火及带电作业须办理作业许可。
P:（二）施工期间乙方应做好设备及成品防护，因乙方原因造成甲方模具、注塑机或在制品损坏的，由乙方负责赔偿。
P:（三）乙方应合理安排施工，不得影响停线窗口以外的正常生产；确需延长停线时间的，须提前三日经甲方生产部书面同意。
H:十五、技术要求
P:（一）PLC及伺服系统应兼容甲方现有注塑机的液压及电动机型，工艺参数下发后无需人工二次输入；视觉检测工位应支持三阶、四阶、五阶及异形魔方的型号切换，切换时间不超过十分钟。
P:（二）MES工位软件应与甲方现有MES平台的批次号、工单号规则一致，支持扫码报工、不良品登记及批次合并拆分；装配机器人控制器应保留原有安全光幕及急停回路。
P:（三）工控网络应与办公网络物理隔离，边界部署工业防火墙，仅开放经甲方确认的端口；网络管理软件应能监控全部交换机端口状态并保存告警日志不少于一百八十天。
H:十六、项目管理
P:（一）乙方应指定具有自动化项目经验的项目经理一名，负责进度、质量及安全管理，未经甲方同意不得更换。
P:（二）乙方应在合同签订后十日内提交实施计划，每周向甲方提交进度报告；实施计划调整须经甲方书面确认。
P:（三）甲方指定设备科负责人为项目联系人，负责停线窗口安排、现场条件协调及阶段成果确认。
H:十七、不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方并在七日内提供证明，双方协商延期履行或变更合同。
H:十八、其他
P:本合同附件包括技术规格书、设备清单及验收方案。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________　乙方（盖章）：__________
"""

Z03 = """连锁珠心算门店预约及会员管理SaaS服务合同

合同编号：ZXS-SaaS-2025-003
甲方（客户）：广州某某珠心算教育科技有限公司
乙方（服务商）：深圳某某云软件有限公司

鉴于甲方在华南地区经营55家珠心算直营门店，需要统一的课程预约、会员及课时管理系统，乙方同意以SaaS方式提供服务并完成实施。双方经协商，订立本合同。

一、服务内容
（一）SaaS订阅服务
1. 乙方为甲方55家门店开通“课约通”SaaS平台，包括课程排期与预约、会员档案、课时包及续费管理、家长端小程序、教师排班、门店经营报表。
2. 每家门店开通账号不少于8个，总部账号不限数量。
（二）实施服务
1. 门店基础数据初始化、历史会员及剩余课时数据迁移。
2. 家长端小程序按甲方品牌进行页面配置，开发总部经营驾驶舱报表6张。
3. 对门店店长、前台及总部人员分批培训。

二、服务期限
（一）本合同服务期为两个服务年度，第一个服务年度自平台实施验收合格之日起计算，第二个服务年度紧接第一个服务年度。
（二）服务期届满前六十日内，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期年度的服务费由乙方按其当年公布的价格标准确定，上调幅度不超过上一年度服务费的8%。

三、费用及支付
（一）订阅服务费：每家门店每个服务年度6,800元，55家门店每个服务年度合计374,000元，两个服务年度合计748,000元。
（二）实施费：一次性96,000元。
（三）合同总额：844,000元（含税）。
（四）支付方式：
1. 实施费在实施验收合格后十个工作日内一次付清。
2. 每个服务年度的订阅服务费在该服务年度开始后十个工作日内支付。
3. 门店数量增减的，按实际开通门店数和月份折算。
（五）乙方收款前应开具增值税专用发票。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成全部门店上线。逾期的，每逾期一日按合同总额的千分之一向甲方支付违约金。
（二）验收标准：
1. 历史会员、课时余额迁移后逐店核对一致，差错为零；
2. 家长端小程序预约、签到、课时扣减全流程测试通过；
3. 高峰时段（周末上午）并发预约1,000人次时，页面响应时间不超过2秒；
4. 全部门店完成培训并签字确认。
（三）甲方应在收到验收申请后七日内组织验收。门店试用期间的使用不视为验收合格。

五、服务水平
（一）平台月度可用率目标为99.95%（不含提前告知的计划维护）。
（二）故障分级：
1. 一级故障：平台整体无法访问、预约或签到功能全部失效，乙方在2小时内响应；
2. 二级故障：部分门店或部分功能异常，乙方在8小时内响应；
3. 三级问题：咨询类问题在两个工作日内答复。
（三）乙方将尽合理努力及时恢复服务。服务中断或未达到上述目标的，不视为乙方违约，乙方不因此减免服务费，也不承担赔偿或其他责任。

六、数据安全与个人信息保护
（一）会员信息、学员（含未成年人）个人信息、课时及交易记录等业务数据均归甲方所有，乙方仅为向甲方提供本合同服务而处理，不得用于其他目的。
（二）乙方应按照《个人信息保护法》《儿童个人信息网络保护规定》的要求，对数据进行加密存储和传输，实行最小权限访问及操作日志审计，平台部署在境内云资源并通过网络安全等级保护二级测评。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合甲方向监管部门报告，并承担因其原因造成的全部损失。
（四）合同终止后二十个工作日内，乙方应按甲方要求导出全部数据并交付甲方，随后删除并出具删除证明。

七、保密
双方对履约中知悉的对方商业秘密、经营数据及技术资料负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后三年内持续有效。

八、知识产权
（一）平台软件的知识产权归乙方所有。
（二）为甲方定制的小程序页面设计、驾驶舱报表及相关配置成果归甲方所有，甲方可自行使用、修改或交由第三方使用。

九、责任限制
乙方在本合同项下的累计赔偿责任以合同总额的两倍为限，但数据泄露及故意或重大过失造成的损失不受此限。

十、转包与分包
未经甲方书面同意，乙方不得将本合同项下的实施服务分包给第三方。

十一、合同解除
（一）任何一方严重违约，经守约方书面通知后二十日内未纠正的，守约方有权解除合同。
（二）因乙方违约解除合同的，乙方应退还未履行期间的服务费。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，提交广州仲裁委员会仲裁。

十三、双方的其他权利义务
（一）甲方负责提供门店清单、课程体系、课时包规则及历史会员数据，并指定总部项目联系人一名，及时确认实施方案及验收结果。
（二）乙方应为甲方指定专属客户成功经理，每季度回访门店使用情况，提交使用分析报告，并根据甲方合理建议优化配置。
（三）乙方对平台进行版本升级的，应提前七日通知甲方，并保证升级后原有功能及历史数据不受影响；涉及家长端小程序界面重大变化的，应提前经甲方确认。
（四）门店新开、关闭或迁址的，甲方提前十日通知乙方，乙方在五个工作日内完成开通或停用。
（五）乙方应按甲方要求提供家长端小程序的隐私政策及用户协议文本，并在甲方确认后上线；涉及向家长推送营销信息的，须取得家长同意。

十四、不可抗力
因地震、台风、疫情等不可抗力或基础电信运营商网络故障导致服务不能正常提供的，受影响方应及时通知对方，提供相关证明，并尽力减少损失。不可抗力持续超过六十日的，双方协商是否继续履行本合同。

十五、培训与上线支持
（一）乙方应为每家门店提供线上操作培训及一次集中培训，并提供店长、前台、教师三类角色的操作手册和视频教程。
（二）各门店上线后的首两周内，乙方应安排专人在工作群中实时答疑，并于每周汇总问题清单及处理情况。
（三）寒暑假集训报名等高峰期前，乙方应配合甲方进行压力测试，并预留足够的云资源。

十六、数据迁移
（一）乙方应在迁移前与甲方确认会员编号、课时包类型、有效期及赠送课时的对应规则，迁移采用先试点门店、后分批门店的方式进行。
（二）每批门店迁移完成后，由门店店长核对会员名单及剩余课时并签字确认；发现差异的，乙方应在两个工作日内查明原因并修正。
（三）迁移期间门店的预约和签到不得中断，乙方应提供临时登记表格并负责事后补录。
（四）迁移完成后，原系统数据由甲方保留备份六十日，以备核查；核查期间发现的迁移差错，乙方应免费更正，并协助门店向家长作出解释。

十七、费用调整
在两个服务年度内，订阅服务费单价固定不变。甲方增开功能模块的，价格由双方另行书面约定。

十八、通知
本合同项下的通知以书面形式发送至合同首页所列地址或双方确认的电子邮箱，电子邮件发出即视为送达。一方变更联系方式的，应提前五日书面通知对方，否则原联系方式的送达有效。

十九、其他
本合同附件：门店清单、功能清单、实施计划。本合同一式两份，双方各执一份，自签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

Z04 = """矿山救护队救护调度系统年度运维服务合同

项目名称：矿山救护队救护调度系统年度运维服务
采购方式：竞争性磋商
合同编号：KSJH-YW-2025-02
采购人（甲方）：某省矿山救护总队
供应商（乙方）：某某智能信息技术有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，双方就救护调度系统年度运维服务事宜，订立本合同。

第一条  服务范围
1.1 运维对象：救护调度指挥平台、接警录音系统、GIS一张图、车辆定位终端管理平台、救护队员考勤及装备管理模块，以及总队和六个大队的调度席位终端。
1.2 服务内容：日常巡检、故障处理、系统升级、数据备份与恢复演练、应急演练保障、值守期间的驻场支持及年度运维报告。
1.3 乙方派驻运维工程师两名，常驻总队调度中心，工作日8:00至20:00在岗，其余时间电话值守。

第二条  服务期限
服务期自2025年7月1日起至2026年6月30日止。期满后合同终止，是否续签由甲方根据采购程序另行确定。

第三条  服务费用及支付
3.1 服务费总额为人民币568,000元（含税），为固定总价，按季度平均支付，每季度142,000元。
3.2 每季度服务期满且季度考核合格后，甲方在十个工作日内支付当季服务费。季度考核得分低于85分的，按第九条扣减后支付。
3.3 甲方不预付任何费用。

第四条  服务水平
4.1 救护调度指挥平台及接警录音系统全年可用率不低于99.99%。
4.2 故障分级及响应：
（1）一级故障：接警、调度指令下达或录音中断，乙方15分钟内响应，1小时内恢复或启用备用方案；
（2）二级故障：GIS、车辆定位等辅助功能异常，乙方30分钟内响应，6小时内恢复；
（3）三级问题：报表、界面等一般问题，乙方两个工作日内解决。
4.3 遇矿山事故救援期间，乙方应在接到通知后30分钟内安排工程师到达调度中心保障，直至救援结束。

第五条  巡检与备份
5.1 乙方每月对服务器、网络、终端进行一次全面巡检，每周检查一次录音存储及备份完整性，并提交巡检记录。
5.2 乙方每季度组织一次数据恢复演练，恢复时间不超过两小时。

第六条  考核与验收
6.1 季度考核指标：可用率、故障响应及恢复时限、巡检完成率、备份成功率、甲方满意度。由甲方按运维服务考核细则逐项评分，考核结果书面通知乙方。
6.2 服务期满后，甲方依据全年考核结果、运维报告及系统运行记录进行年度验收。年度验收合格的，双方签署验收单。

第七条  知识产权与资料
7.1 乙方在运维过程中编写的运维手册、脚本、配置文档及年度报告，其知识产权归甲方所有，乙方应随季度报告一并交付。
7.2 运维过程中产生和接触的接警录音、调度记录、人员及车辆位置等数据归甲方所有。

第八条  保密
乙方及其派驻人员对履约中知悉的救援预案、调度记录、矿山企业信息等负有保密义务，未经甲方书面同意不得向任何第三方披露或用于其他目的。保密义务在合同终止后继续有效。

第九条  违约责任
9.1 乙方未按第四条时限响应或恢复的，每超时一小时扣减服务费1,000元；可用率每低于约定值0.01个百分点，扣减当季服务费的2%。
9.2 乙方未按期完成月度巡检、季度恢复演练或甲方要求的系统升级的，每逾期一日，按合同总价的千分之一支付违约金。
9.3 乙方派驻人员未经甲方同意离岗或更换的，每人次扣减服务费2,000元。
9.4 甲方逾期支付服务费的，每逾期一日按逾期金额的万分之二支付违约金。

第十条  合同履行
10.1 鉴于救护调度系统的连续性要求，合同履行期间任何一方均不得单方解除合同。乙方存在违约行为的，甲方可按第九条扣减费用，并要求乙方限期整改，乙方应继续履行至服务期满。
10.2 因不可抗力导致无法履行的，双方协商处理。

第十一条  转包与分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十二条  运维管理要求
12.1 乙方应建立运维工单制度，所有故障、变更及巡检均通过甲方运维管理平台登记，工单关闭须经甲方值班长确认。
12.2 乙方对系统进行配置变更、版本升级或补丁安装前，应提交变更方案及回退方案，经甲方审批后在非值班高峰时段实施；涉及接警及调度功能的变更，须在备用系统切换完成后进行。
12.3 乙方应保持常用备件库存，包括调度席位终端、录音板卡、交换机及车辆定位终端各两套，备件费用已含在服务费中。
12.4 乙方每季度向甲方提交运维报告，内容包括系统运行情况、故障统计及原因分析、巡检及备份结果、演练情况及改进建议；年度运维报告应包括系统运行评估和下一年度运维建议。
12.5 甲方组织年度矿山救援综合演练或上级部门检查时，乙方应提前制定保障方案并安排工程师全程保障。

第十三条  系统安全运行要求
13.1 乙方应协助甲方落实调度系统的值班值守制度，配合做好双机热备、双路供电及备用调度席位的日常检查，确保主备系统可随时切换。
13.2 乙方应每月检查服务器操作系统、数据库及中间件的运行日志，发现异常及时报告甲方并提出处理建议。
13.3 乙方应配合甲方做好上级主管部门的信息化检查及系统升级改造的前期调研，提供系统现状资料。
13.4 乙方应定期核对车辆定位终端的在线情况，发现救护车辆终端离线超过一个值班班次的，应通知所属大队并安排检修；终端更换后应及时更新平台中的车辆档案。
13.5 乙方应每季度对接警录音的存储容量进行评估，存储空间使用率达到预警值时，及时提出扩容建议。
13.6 乙方应协助甲方完善调度系统应急预案，每半年参加一次甲方组织的系统故障应急演练，演练中发现的问题应在次月巡检前完成整改。

第十四条  交接
14.1 服务期开始后十日内，乙方应与原运维单位完成交接，核对设备清单、账号清单及技术资料，交接清单经甲方确认。
14.2 服务期满时，乙方应向甲方或甲方指定的后续运维单位移交全部运维资料、账号及备件清单，并提供不少于十日的交接配合。

第十五条  培训
15.1 乙方每半年对甲方调度员及各大队信息员开展一次系统操作及常见故障处置培训，并提供培训教材。
15.2 新入职调度员上岗前，乙方应配合甲方开展操作培训及考核。
15.3 各大队调度席位终端更换或新增时，乙方负责安装调试并对该大队信息员进行现场培训。

第十六条  人员管理
16.1 乙方派驻人员应具备相应资质，并经甲方审核同意后上岗。
16.2 乙方派驻人员须遵守甲方的值班、保密及安全生产制度，乙方对其派驻人员的行为承担责任。

第十七条  廉洁条款
乙方不得向甲方工作人员提供礼品、礼金、宴请或其他不正当利益，不得以任何方式干扰季度考核及年度验收。

第十八条  争议解决
因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十九条  其他
19.1 磋商文件、响应文件、成交通知书及运维服务考核细则为本合同的组成部分。
19.2 本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：                  乙方（盖章）：
法定代表人或授权代表：          法定代表人或授权代表：
签订日期：
"""

Z05 = """# 槟榔煮制烘干批次追溯管理软件许可及定制开发合同

> 本合同为乙方标准合同文本（慧溯软件合同范本 V4.0），未尽事宜以乙方报价单为准。

**合同编号：** HS-2025-0612

**甲方：** 湘潭某某槟榔食品有限公司

**乙方：** 长沙慧溯软件科技有限公司

甲方因生产管理需要，向乙方购买“慧溯”批次追溯管理软件许可，并委托乙方进行定制开发。双方经友好协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供慧溯批次追溯管理软件（标准版）永久使用许可一套，覆盖甲方一个生产基地。

1.2 乙方按甲方需求进行定制开发，内容为：槟榔籽原料入库批次登记、煮制工序（温度、时长、卤水批号）数据采集、烘干房温湿度曲线采集与超限报警、卤制与包装工序的批次关联，以及从成品包装码反查原料批次和煮制烘干记录的追溯查询。

1.3 乙方负责软件安装部署、与甲方现有称重系统及烘干房温控仪表的数据对接，以及操作培训。

1.4 软件功能以乙方提供的标准功能清单及双方签字确认的需求确认书为准。需求确认书未列明的功能，不属于本合同交付范围。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 慧溯批次追溯管理软件许可（标准版，永久） | 520,000 |
| 2 | 定制开发（煮制、烘干、追溯模块） | 118,000 |
| 3 | 安装部署、数据对接及培训 | 42,000 |
| | 合计 | 680,000 |

合同总价为人民币680,000元（含税）。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即374,000元，乙方收款后启动开发。

3.2 软件上线运行后五个工作日内，甲方支付剩余45%，即306,000元。

3.3 乙方在收到每笔款项后开具增值税专用发票。甲方未按期付款的，乙方有权暂停开发、部署或维护服务，工期相应顺延。

3.4 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金。

## 第四条 交付与上线

4.1 乙方在收到首期款且甲方提供的服务器环境及基础数据齐备后六十日内完成软件部署及定制开发，并通知甲方上线运行。乙方交付内容包括软件安装程序、授权文件、用户操作手册及系统管理员手册。

4.2 软件上线运行即视为甲方验收合格。甲方在上线后提出的修改要求，按新增需求另行计费。

4.3 乙方逾期上线的，每逾期一日按合同总价的千分之一向甲方支付违约金，违约金总额不超过合同总价的5%。因甲方未按时提供场地、设备或基础数据造成的延误，乙方不承担责任。

## 第五条 双方责任

5.1 甲方负责提供软件运行所需的服务器、操作系统、数据库、网络及现场工位设备，并保证设备配置满足乙方提出的最低要求。

5.2 甲方应指定项目联系人，及时提供槟榔籽原料、卤水配方批号、煮制及烘干工序的工艺资料和基础数据，并对乙方提交的需求确认书签字确认。需求确认书签字后，甲方提出的变更视为新增需求。

5.3 乙方负责按需求确认书完成定制开发，对甲方的称重系统及烘干房温控仪表进行数据对接。因甲方仪表不具备通讯接口或协议不开放导致无法对接的，乙方不承担责任。

5.4 乙方负责对甲方操作人员进行一次集中培训，培训时间不超过两天。额外培训按乙方人天单价另行收费。

5.5 甲方应妥善保管软件授权文件及加密锁，因甲方原因造成授权文件丢失或损坏的，补办费用由甲方承担。

5.6 甲方不得在运行本软件的服务器上安装与本软件冲突的其他软件，不得擅自修改数据库结构。因甲方擅自操作导致软件异常的，乙方修复时另行收费。

5.7 甲方应定期备份软件数据库。乙方可协助甲方制定备份策略，但不对甲方未备份造成的数据损失承担责任。

## 第六条 维护服务

6.1 软件上线后六个月为免费维护期。免费维护期内，乙方对软件缺陷提供远程修复。

6.2 甲方在使用中遇到问题的，可通过电话或微信工作群向乙方报修，乙方在收到报修后尽快安排技术人员处理。需要现场服务的，差旅费用由甲方承担。

6.3 免费维护期满后，甲方应每年向乙方支付年度维护费，金额为软件许可费的24%，即每年124,800元，按年预付。甲方未续付维护费的，乙方有权停止提供升级及技术支持。

## 第七条 知识产权

7.1 慧溯软件及本合同项下定制开发的全部模块、程序、源代码、数据库设计及文档的知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行修改、反向工程，亦不得交由第三方维护。

## 第八条 数据

8.1 甲方生产数据存储于甲方自有服务器。乙方应采取防病毒、访问控制和日志审计等安全措施，远程维护须经甲方同意；发生数据泄露或丢失的，乙方应在24小时内通知甲方，因乙方过错造成的损失由乙方承担。

8.2 甲方同意，乙方有权在去除甲方名称等标识信息后，将软件运行中产生的工艺及生产数据用于乙方产品改进、行业分析及向其他客户提供的工艺参考模型。

## 第九条 保密

双方对在合作中知悉的对方商业秘密负有保密义务，未经对方同意不得向第三方披露，保密期限为合同终止后两年。

## 第十条 责任限制

10.1 乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总价的20%。

10.2 乙方不对甲方的间接损失、利润损失、生产停工损失或产品召回损失承担责任。

## 第十一条 合同解除

任何一方严重违反本合同，经对方书面催告后二十日内仍未改正的，对方有权解除本合同。

## 第十二条 不可抗力及其他免责

因不可抗力或电力中断、网络运营商故障、病毒攻击等非乙方原因造成软件不能正常运行或数据丢失的，乙方不承担责任。受影响一方应及时通知对方。因甲方使用的第三方称重系统、温控仪表或操作系统升级造成接口失效的，乙方协助恢复，相关费用按新增需求另行计费。

## 第十三条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十四条 附加服务

14.1 甲方在维护期内或维护期后需要新增报表、新增工序或新增生产基地的，由乙方另行报价，经甲方确认后实施。

14.2 乙方可提供驻场服务，驻场费用按乙方人天单价及实际天数结算，差旅费用由甲方承担。

14.3 软件版本升级时，乙方负责对定制模块进行适配，适配费用按新增需求另行计费；甲方未续付维护费的，不享受版本升级。

14.4 甲方需要将历史数据导出至其他系统的，乙方按甲方要求提供标准格式的导出文件，导出服务另行收费。

14.5 乙方人天单价以签约当年乙方报价单为准，现场服务按半天起算，远程支持按实际处理时长折算。乙方工程师在甲方厂区工作期间，应遵守甲方食品生产卫生管理规定。

## 第十五条 其他

15.1 乙方报价单、功能清单为本合同附件。附件与本合同正文不一致的，以本合同正文为准。

15.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：__________　　乙方（盖章）：__________

签订日期：2025年　月　日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. KRS-CN-2025-11
P:This Software Licence and Services Agreement is made between Ningbo Haixian Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China (the "Buyer"), and Kampot River Software Co., Ltd., a company incorporated in the Kingdom of Cambodia with its registered office in Kampot Province (the "Vendor").
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's ColdTrack warehouse management system, version 7, in object code, with its user and administrator documentation.
P:1.2 "Custom Deliverables" means the interfaces, reports, scripts, configuration and documentation created by the Vendor specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all data entered into, processed by or generated by the Software in the Buyer's operations, including inventory, temperature logs, customer orders and personal information of the Buyer's staff and customers.
P:1.4 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for an unlimited number of users at the Buyer's four cold-storage warehouses in Ningbo, Zhoushan, Taizhou and Wenzhou and at any future warehouse of the Buyer or its affiliates in mainland China.
P:2.2 The Vendor shall implement the Software, including configuration of storage locations and temperature zones, interfaces to the Buyer's ERP, transport management system and refrigeration controllers, migration of open stock records, and training of key users and administrators.
P:2.3 The Vendor shall perform the services with a project manager who speaks Chinese and is approved by the Buyer, and shall not replace the project manager without the Buyer's consent.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 1,670,000 (one million six hundred and seventy thousand yuan), inclusive of all taxes, made up of: Software licence fee CNY 1,240,000; implementation and interfaces CNY 386,000; training CNY 44,000.
P:3.2 The Contract Price is fixed and covers all travel, accommodation and remote-work costs of the Vendor's personnel.
H:Article 4 Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 167,000) within ten business days after signature, against the Vendor's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 918,500) after go-live at all four warehouses and signature of the go-live certificate, which is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 584,500) within twenty business days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the Vendor's account named in its invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve go-live at all four warehouses within one hundred and twenty days after signature, according to the project plan in Annex 2.
P:5.2 Final Acceptance requires that: (a) every function in Annex 1 passes the agreed test scripts; (b) migrated stock records reconcile with the Buyer's physical count with no unexplained difference; (c) interfaces to the ERP and refrigeration controllers run for twenty consecutive days without data loss; (d) putaway and picking transactions respond within two seconds at two hundred concurrent users; and (e) forty-five days of production operation pass without a Severity 1 incident.
P:5.3 Go-live, production use or payment of any instalment does not constitute acceptance. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and Custom Deliverables will conform to Annex 1 for eighteen months after Final Acceptance and will correct any non-conformity free of charge during that period.
P:6.2 During the warranty, the Vendor shall respond to a Severity 1 incident (a warehouse cannot receive or ship goods, or temperature data is lost) within one hour and restore service or a workaround within eight hours; Severity 2 incidents within two hours; Severity 3 questions within two business days.
P:6.3 For each hour by which a response or restoration time is exceeded, the Vendor shall pay the Buyer CNY 1,000, which the Buyer may deduct from any amount due.
P:6.4 After the warranty, the Vendor shall offer annual support at 11% of the Software licence fee (CNY 136,400 per year), fixed for three years. Support is ordered by the Buyer year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor.
P:7.2 All rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code at Final Acceptance, and the Buyer may use, modify and license them freely.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or Custom Deliverables infringe a third party's rights.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement and shall not use it for any other purpose.
P:8.2 The Software shall be installed on servers in the Buyer's data centre in Ningbo. The Vendor shall access them only through the Buyer's VPN with multi-factor authentication, under a named account approved for each session, and shall not copy Buyer Data outside the Buyer's systems.
P:8.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, shall notify the Buyer of any actual or suspected security incident within two hours, and shall bear all losses caused by a breach attributable to it.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by equal obligations.
P:9.2 These obligations survive for five years after the end of this Agreement.
H:Article 10 Delay Damages
P:10.1 If the Vendor fails to achieve go-live or Final Acceptance by the dates in the project plan for reasons attributable to it, the Vendor shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:10.2 If the delay exceeds sixty days, the Buyer may also terminate this Agreement under Article 13.
H:Article 11 Limitation of Liability
P:11.1 Each party's total liability under this Agreement is limited to 200% of the Contract Price.
P:11.2 The limit does not apply to breach of Articles 8 and 9, infringement claims, fraud, wilful misconduct or personal injury.
H:Article 12 Subcontracting and Assignment
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent, and remains responsible for the acts of any approved subcontractor.
P:12.2 Neither party may assign this Agreement without the other party's prior written consent.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within twenty days after written notice.
P:13.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for undelivered work and compensate the Buyer's direct losses.
H:Article 14 Project Management and Training
P:14.1 The Vendor shall submit a detailed project plan within ten business days after signature, hold a weekly progress meeting with the Buyer's project team and report risks and open issues in writing. Changes to the plan require the Buyer's written approval.
P:14.2 The Vendor shall train at least fifty key users and six administrators, provide training materials in Chinese, and repeat any session whose participants do not pass the Buyer's practical test.
P:14.3 The Buyer shall provide servers, network access, test data and the availability of its key users in accordance with the project plan, and shall approve or reject each deliverable within five business days.
H:Article 15 Force Majeure
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the Kingdom of Cambodia.
P:16.2 Any dispute shall first be negotiated in good faith. If it is not settled within sixty days, it shall be referred to arbitration by the National Commercial Arbitration Centre in Phnom Penh, in English.
H:Article 17 General
P:17.1 Annex 1 (Functional Specification) and Annex 2 (Project Plan) form part of this Agreement. This Agreement is the entire agreement on its subject and may be amended only in writing signed by both parties.
P:17.2 Notices shall be in writing and sent to the addresses on the signature page. This Agreement is signed in two originals in English and Chinese; both versions have equal effect.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS — FIELDSALE CLOUD

Order Form No. SSF-2025-0423

## PART A — ORDER FORM

### A1 Parties

**Customer:** Yunnan Pu'er Mountain Tea Trading Co., Ltd., a company incorporated in the People's Republic of China, Kunming, Yunnan Province.

**Provider:** Shan Highland Software Company Limited, a company incorporated in the Republic of the Union of Myanmar, Taunggyi, Shan State.

This Order Form and the General Terms in Part B together form the agreement between the parties (the "Agreement"). If they conflict, this Order Form prevails.

### A2 Subscribed Service

The Provider shall provide its FieldSale Cloud platform, a hosted service for field sales visits, distributor ordering, shelf photographs, route planning and sales reporting, to up to 420 named users of the Customer and its distributors in mainland China, together with the mobile applications for Android and iOS.

### A3 Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the Go-Live Date under A5; the second starts on the first anniversary of the Go-Live Date. The Subscription Term does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A4 Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 420 users × CNY 780 | 327,600 |
| Subscription, Subscription Year 2 | 420 users × CNY 780 | 327,600 |
| Onboarding (configuration, data import, ERP interface, training) | one-time | 46,800 |
| Total Contract Value | | 702,000 |

All amounts include VAT. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and payable within twenty days of invoice. The onboarding fee is invoiced after Go-Live Acceptance and payable within twenty days. No other advance payment is due. Additional users may be added pro rata at the same unit price.

### A5 Onboarding and Go-Live Acceptance

(a) The Provider shall complete onboarding within sixty days after signature: configuration of the Customer's product catalogue, price lists and sales territories, import of distributor and outlet master data, an interface to the Customer's Kingdee ERP for orders and stock, and training of sales managers and administrators.

(b) Go-Live Acceptance requires that (i) the onboarding checklist in Annex A is complete; (ii) a test cycle of visits, orders and returns passes end to end, with orders posted to the ERP without error; (iii) imported master data matches the Customer's source files; and (iv) the mobile application works on the Customer's reference devices. The Customer signs a Go-Live Acceptance certificate when these criteria are met. Use of the service for training or pilot purposes is not acceptance.

(c) If Go-Live Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay.

### A6 Contacts and Signatures

Customer contact: Sales Operations Director, Kunming. Provider contact: Customer Success Manager, Taunggyi. Notices under the Agreement are given by email to these contacts with a copy by courier.

For the Customer: ____________________    For the Provider: ____________________

## PART B — GENERAL TERMS

### 1. Service Levels

1.1 The Provider shall make the service available 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 23:00 and 05:00 Beijing time.

1.2 Support is provided in Chinese and English. For a Severity 1 incident (the service or order submission is unavailable for all users), the Provider shall respond within one hour and work continuously until service is restored. Severity 2 incidents are answered within eight business hours and Severity 3 requests within two business days.

1.3 If availability in a month falls below the commitment in 1.1, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each full percentage point or part of it below the commitment, up to half of that monthly equivalent. Credits are set off against the next invoice or refunded at the end of the Subscription Term.

### 2. Customer Data

2.1 All data submitted by the Customer and its users, including outlet records, orders, photographs and location data ("Customer Data"), belongs to the Customer.

2.2 The Provider may use Customer Data to provide and support the service. The Customer further grants the Provider a perpetual licence to use aggregated and anonymised data derived from Customer Data, including sales volumes, visit patterns and product movement, to improve its products, to train its forecasting models and to publish industry benchmarks, during and after the Subscription Term.

2.3 At the end of the Subscription Term, the Provider shall make Customer Data available for export for sixty days and then delete it.

### 3. Security

3.1 The service is hosted in a data centre in mainland China operated by a licensed cloud provider. The Provider shall keep Customer Data encrypted in transit and at rest, apply role-based access and multi-factor authentication for its staff, keep access logs for at least one year, and maintain ISO 27001 certification.

3.2 The Provider shall notify the Customer of any security incident affecting Customer Data within twenty-four hours, cooperate with the Customer's investigation and reports to regulators, and bear the losses caused by an incident attributable to the Provider.

3.3 The Provider shall comply with the PRC Personal Information Protection Law and Data Security Law in processing personal information of the Customer's staff and distributors.

### 4. Intellectual Property

4.1 The platform, its software and documentation remain the Provider's property.

4.2 Reports, dashboards, templates and interface mappings configured specifically for the Customer belong to the Customer, which may use, copy and modify them and let third parties use them.

### 5. Confidentiality

Each party shall keep confidential the other party's non-public business and technical information, use it only for the Agreement and disclose it only to personnel who need to know it. This obligation lasts for three years after the end of the Agreement.

### 6. Subcontracting

The Provider shall not subcontract the provision of the service, other than hosting by the cloud provider named in Annex B, without the Customer's prior written consent.

### 7. Liability

7.1 Each party's total liability arising out of or in connection with the Agreement is limited to the fees paid by the Customer in the six months before the event giving rise to the claim.

7.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

### 8. Termination

8.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within twenty days after written notice.

8.2 If the Customer terminates for the Provider's breach, the Provider shall refund the prepaid fees for the remainder of the Subscription Term.

### 9. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai.

### 10. Customer Responsibilities

10.1 The Customer shall appoint an administrator who manages user accounts, keeps passwords confidential within its organisation and promptly disables accounts of staff and distributors who leave.

10.2 The Customer is responsible for the accuracy of the master data, prices and product information it provides, and for obtaining the consent of its staff and distributors needed for the collection of location data and photographs through the mobile application.

10.3 The Customer shall not use the service to send unsolicited messages, upload malicious code or attempt to access other customers' data, and shall not resell the service to third parties other than its own distributors.

### 11. Changes to the Service

11.1 The Provider may improve the service and release new features during the Subscription Term, provided that the functions described in the Order Form are not materially reduced. The Provider shall announce material changes at least twenty days in advance through the administrator console.

11.2 New optional modules offered by the Provider during the Subscription Term may be added by a written amendment to this Order Form at prices agreed at that time.

11.3 The Provider shall keep the mobile application compatible with the current and previous major versions of Android and iOS and with the mini-program framework used by the Customer's distributors, and shall test each release on the Customer's reference devices before deployment. Release notes in Chinese shall be published to the Customer's administrator at least three business days before each release.

### 12. General

12.1 Neither party is liable for failure caused by events beyond its reasonable control, provided it gives prompt notice and resumes performance as soon as possible.

12.2 This Agreement may be amended only in writing signed by both parties. The Provider may not change these General Terms for the Customer during the Subscription Term.
"""

E03 = """T:Purchase Contract for Water-Quality Sensors and Monitoring Software
P:Contract No. ZJAQ-PUR-2025-031
P:Buyer: Zhanjiang Bluebay Aquaculture Co., Ltd., Zhanjiang, Guangdong Province, People's Republic of China (the "Buyer").
P:Supplier: Baucau Aqua Instruments, Lda., Baucau, Democratic Republic of Timor-Leste (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms for equipment and software. The Supplier has read them and accepts them without deviation except as stated in Schedule 1.
H:1. Definitions
P:1.1 "Equipment" means the water-quality sensors, gateways, mounting kits and spare parts listed in the price table in clause 3.
P:1.2 "Software" means the AquaWatch monitoring platform licensed under clause 2.2, including its mobile application.
P:1.3 "Site" means the Buyer's shrimp and grouper ponds at Donghai Island and Leizhou, and the Buyer's control room in Zhanjiang.
P:1.4 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under clause 6.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission the Equipment at the Site, measuring dissolved oxygen, pH, temperature, salinity, ammonia nitrogen and turbidity in each pond, and shall connect the gateways to the Buyer's network.
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software on the Buyer's own servers for an unlimited number of users and ponds.
P:2.3 The Supplier shall configure alarm thresholds agreed with the Buyer's farm managers, link alarms to the aerator controllers, and train the Buyer's technicians and pond operators.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,390,000, inclusive of taxes, freight, insurance, import clearance and delivery to the Site, as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter water-quality sensor|180|3,600|648,000
TB:2|Solar-powered wireless gateway|24|9,800|235,200
TB:3|AquaWatch monitoring licence (perpetual)|1|312,000|312,000
TB:|Equipment and Software Subtotal|||1,195,200
TB:4|Installation, commissioning and integration|1|168,400|168,400
TB:5|Training|1|26,400|26,400
TB:|Contract Price|||1,390,000
P:3.2 The Contract Price is fixed for the duration of this Contract.
H:4. Payment
P:4.1 20% of the Contract Price (CNY 278,000) within ten business days after signature, against an advance payment guarantee.
P:4.2 45% of the Contract Price (CNY 625,500) after delivery and installation of all Equipment and signature of the installation certificate, which does not constitute acceptance.
P:4.3 35% of the Contract Price (CNY 486,500) within twenty business days after Final Acceptance.
H:5. Delivery
P:5.1 The Supplier shall deliver all Equipment to the Site within seventy days after signature and complete installation within a further twenty-five days.
P:5.2 Title and risk pass to the Buyer on delivery to the Site. The Supplier shall replace at its cost any Equipment damaged before delivery.
H:6. Acceptance
P:6.1 Final Acceptance requires that: (a) each sensor reading agrees with laboratory measurements of samples taken at the same time within the tolerance in Schedule 2; (b) every gateway transmits data at least once every five minutes over a continuous trial run of thirty-five days; (c) alarms reach the control room and the mobile application within one minute and start the linked aerators; and (d) all documentation and training are complete.
P:6.2 Delivery, installation, use during the trial run or payment does not constitute acceptance. If a test fails, the Supplier shall correct the failure and repeat the test at its own cost.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and Software for thirty-six months after Final Acceptance and shall repair or replace defective items free of charge, including sensor probes that fail in normal use.
P:7.2 After the warranty period, the Supplier shall provide support and spare parts on request for years four and five at 7% of the Equipment and Software Subtotal per year (CNY 83,664), fixed and not subject to increase. Support is ordered year by year and does not renew automatically.
H:8. Service Levels
P:8.1 The Software shall be available 99.95% of each month on the Buyer's servers, excluding outages caused by the Buyer's infrastructure.
P:8.2 Fault response times during the warranty period:
TB:Severity|Definition|Response|Restore
TB:Severity 1|Control room receives no data from a farm, or alarms fail|1 hour|8 hours
TB:Severity 2|One gateway or several sensors offline|2 hours|2 days
TB:Severity 3|Other defects and questions|1 business day|5 business days
P:8.3 For each hour of delay in response or restoration of a Severity 1 fault, the Supplier shall pay CNY 1,200; for Severity 2, CNY 400 per hour. The Buyer may deduct these amounts from any payment.
H:9. Intellectual Property
P:9.1 The Software remains the Supplier's property.
P:9.2 Configurations, alarm rules, interface programs and reports developed for the Buyer belong to the Buyer, which may modify them and have them maintained by third parties.
H:10. Data Security
P:10.1 All data collected by the Equipment and stored in the Software belongs to the Buyer and shall not be used by the Supplier for any other purpose.
P:10.2 The Supplier may access the Buyer's systems only remotely through the Buyer's VPN after approval for each session, shall not copy data outside the Buyer's systems, and shall notify the Buyer of any security incident within two hours. The Supplier is liable for losses caused by a breach attributable to it.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential the Buyer's farm layouts, production data and business information and shall not disclose them without the Buyer's written consent, during this Contract and for five years after it ends.
H:12. Delay Damages
P:12.1 If the Supplier delays delivery, installation or Final Acceptance for reasons attributable to it, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:13. Liability
P:13.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 10 and 11, which are not limited.
H:14. Subcontracting
P:14.1 The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent. The Supplier remains responsible for approved subcontractors.
H:15. Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after notice, or if delay damages reach their maximum.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.
H:17. Spare Parts and Consumables
P:17.1 The Supplier shall deliver with the Equipment a stock of spare sensor probes, membranes, calibration solutions and gateway batteries sufficient for the first year of operation, as listed in Schedule 1, at no extra charge.
P:17.2 The Supplier shall keep spare parts and consumables for the Equipment available for at least seven years after Final Acceptance and shall notify the Buyer at least six months before any part is discontinued, offering a compatible replacement.
H:18. Training and Documentation
P:18.1 The Supplier shall train the Buyer's technicians in installation, calibration, cleaning and replacement of sensor probes, gateway configuration and use of the Software, and the pond operators in reading alarms on the mobile application. Training shall be given at each farm in Chinese.
P:18.2 The Supplier shall provide operation and maintenance manuals, calibration procedures, wiring diagrams, the interface description for the aerator controllers and the administrator guide for the Software, in Chinese and English.
H:19. Site Conditions and Safety
P:19.1 The Buyer shall provide access to the ponds, power at the control room and a network connection for each gateway. The Supplier shall inspect the Site before delivery and report in writing any condition that could affect installation.
P:19.2 The Supplier's personnel shall follow the Buyer's biosecurity and safety rules at the farms, including disinfection before entering pond areas and the use of life jackets on pond embankments and work boats.
P:19.3 The Supplier shall hold public liability insurance covering its work at the Site and shall provide a copy of the policy on request.
P:19.4 The Supplier shall remove packaging, cable offcuts and replaced parts from the Site, and shall dispose of used batteries and calibration chemicals through licensed channels in accordance with local environmental rules.
P:19.5 The Supplier shall comply with the Buyer's anti-bribery policy and shall not offer any gift, payment or other advantage to the Buyer's employees in connection with this Contract.
P:19.6 The Supplier shall obtain any export licence required for the Equipment in its country of origin and shall bear the consequences of any failure to do so. The Buyer shall provide the documents needed for import clearance in China on request.
H:20. General
P:20.1 Schedule 1 (Technical Specification) and Schedule 2 (Test Procedure) form part of this Contract. This Contract is signed in two originals in English and Chinese of equal effect.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. MIS-XM-2025-019

**Customer:** Xiamen Harbourline Seafood Processing Co., Ltd., Xiamen, Fujian Province, People's Republic of China.

**Service Provider:** Zamboanga Bay Technology Services, Inc., Zamboanga City, Republic of the Philippines.

## Section 1. Services

1.1 The Service Provider shall provide the managed IT services described in Schedule 1 for the Customer's head office in Xiamen, its two processing plants in Xiamen and Zhangzhou, and its cold store in Quanzhou, covering about 640 end users.

1.2 The services consist of a bilingual service desk, end-user device support, management of servers, storage and backup, network and firewall monitoring, patch management and monthly service reporting. On-site support at each location is provided by engineers resident in Fujian Province.

1.3 The Service Provider shall perform a transition of the services from the Customer's current arrangements, as described in Schedule 1, before the Service Commencement Date.

## Section 2. Term

2.1 This Agreement starts on signature. The service term is thirty-six months from the Service Commencement Date, which is the date the Customer signs the Transition Acceptance Certificate.

2.2 This Agreement ends at the end of the service term unless the parties sign a written extension. It does not renew automatically.

## Section 3. Charges and Payment

3.1 The charges are set out in Schedule 2. The total contract value is CNY 2,193,600.

3.2 The transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. Each invoice is payable within twenty-five days after receipt. No advance payment is due.

3.3 Service credits under Schedule 3 are deducted from the next invoice.

## Section 4. Transition and Acceptance

4.1 Transition Acceptance requires that: (a) all in-scope devices, servers and network elements are recorded in the configuration database and reconciled with the Customer's asset list; (b) monitoring and backup are active for every in-scope server, with one successful restore test per server; (c) the service desk has handled a two-week shadow period with the Customer's staff; and (d) the runbooks and contact lists are approved by the Customer's IT manager.

4.2 The Customer shall sign the Transition Acceptance Certificate within five business days after the criteria are met or state in writing which criteria are not met. Operation of the services during transition is not acceptance.

## Section 5. Service Levels

5.1 The Service Provider shall meet the service levels in Schedule 3. Performance is measured monthly and reported by the tenth business day of the following month.

5.2 If a service level is missed, the Service Provider shall pay the service credits in Schedule 3 and submit a corrective action plan within ten business days. Service credits are a price adjustment and do not limit the Customer's other rights.

## Section 6. Customer Data and Security

6.1 All data of the Customer that the Service Provider accesses or processes ("Customer Data"), including production, quality, traceability and personnel data, belongs to the Customer. The Service Provider shall use it only to perform the services.

6.2 The Service Provider shall access the Customer's systems only through the Customer's privileged-access gateway with multi-factor authentication and named accounts, shall not store Customer Data outside the Customer's systems in mainland China, and shall comply with the PRC Data Security Law and Personal Information Protection Law.

6.3 The Service Provider shall report any security incident affecting Customer Data within two hours, contain it under the Customer's direction, and bear the losses and regulatory penalties caused by an incident attributable to it.

## Section 7. Intellectual Property

Runbooks, scripts, configuration records, knowledge articles and reports prepared under this Agreement belong to the Customer, which may use and modify them and give them to a successor provider. The Service Provider keeps its pre-existing tools, for which the Customer receives a free licence during the term and any exit period.

## Section 8. Personnel

8.1 The Service Provider shall assign a named service delivery manager and keep a stable team. Key personnel may be replaced only with the Customer's approval, which shall not be unreasonably withheld.

8.2 Personnel working at the Customer's sites shall follow the Customer's food-safety, hygiene and safety rules.

## Section 9. Subcontracting

The Service Provider shall not subcontract any part of the services without the Customer's prior written consent and remains fully responsible for approved subcontractors.

## Section 10. Liability

10.1 The Service Provider's total liability under this Agreement is limited to 150% of the total contract value.

10.2 The limit does not apply to breach of Section 6, wilful misconduct, fraud or personal injury.

## Section 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Service Provider commits a material breach and does not cure it within twenty days after notice, or if the same critical service level is missed in three consecutive months.

11.2 The Customer may also terminate for convenience on ninety days' written notice after the first eighteen months, paying the monthly charges up to the termination date.

11.3 On expiry or termination, the Service Provider shall provide exit assistance for up to ninety days at the rates in Schedule 2, return all Customer Data and transfer all documentation to the Customer or its successor.

## Section 12. Governance and Reporting

12.1 The parties shall hold a monthly service review at the Customer's head office or by video conference, attended by the service delivery manager and the Customer's IT manager, to review service level performance, open incidents and problems, changes, risks and the improvement plan.

12.2 The Service Provider shall deliver a monthly service report covering ticket volumes by site and priority, service level results, backup and restore results, patch compliance, capacity trends and recommendations.

12.3 Once a year the parties shall hold a strategic review to agree technology refresh recommendations and changes to the service scope. Changes to the scope or charges require a written change order signed by both parties.

12.4 The Service Provider shall keep the configuration database, runbooks and network diagrams up to date after every change, so that they can be handed to the Customer or a successor provider at any time.

12.5 The Service Provider shall propose at least two service improvement initiatives each year, such as automation of routine requests or consolidation of monitoring tools, with an estimate of effort and benefit for the Customer's decision. Approved initiatives are tracked in the monthly service review until they are completed or withdrawn.

12.6 The Customer shall provide workspace, network access and the assistance of its staff reasonably needed by the Service Provider, and shall inform the Service Provider in good time of planned production shutdowns and new sites.

## Section 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

## Section 14. General

14.1 Neither party is liable for failure caused by events beyond its reasonable control, such as typhoons or epidemics, if it notifies the other party promptly.

14.2 This Agreement, with Schedules 1 to 3, is the entire agreement on its subject and may be amended only in writing signed by both parties.

For the Customer: ____________________    For the Service Provider: ____________________

## Schedule 1 — Service Scope

| Service element | Description | Hours |
|---|---|---|
| Service desk | Chinese and English telephone, email and portal support | 07:00–22:00 daily |
| End-user support | PCs, laptops, printers, mobile devices, on site and remote | 08:00–18:00 working days |
| Server and storage | Monitoring, patching, capacity, backup and restore | 24 × 7 monitoring |
| Network and firewall | LAN, Wi-Fi, WAN links, firewall rule changes on request | 24 × 7 monitoring |
| Transition | Discovery, configuration database, shadow service, runbooks | Before commencement |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time | 84,000 |
| Monthly service charge | 36 months × CNY 58,600 | 2,109,600 |
| Total contract value | | 2,193,600 |
| Exit assistance | per engineer-day, if requested | 2,200 |

## Schedule 3 — Service Levels and Credits

| Priority | Definition | Response | Resolution | Credit if missed |
|---|---|---|---|---|
| P1 | Plant production or cold-store monitoring stopped, or site-wide outage | 30 minutes | 6 hours | 3% of the monthly charge per incident |
| P2 | Several users or one important system affected | 1 hour | 1 business day | 1% of the monthly charge per incident |
| P3 | Single user or request | 8 business hours | 3 business days | measured in aggregate, 90% target |

Total credits in a month are limited to 20% of that month's charge.
"""

E05 = """DATA SUBSCRIPTION AND API ACCESS AGREEMENT

Agreement No. MPD-API-2025-007

BETWEEN

Guangzhou Nanhai Shipping Agency Co., Ltd., a company incorporated in the People's Republic of China (the "Customer"); and

Mawlamyine Port Data Company Limited, a company incorporated in the Republic of the Union of Myanmar, Mawlamyine, Mon State (the "Provider").

1. DEFINITIONS

1.1 "Data Feeds" means the Provider's vessel position, port call, berth occupancy and cargo movement data for ports in the Bay of Bengal and the Andaman Sea, as described in Annex 1.

1.2 "API" means the Provider's application programming interface through which the Customer retrieves the Data Feeds.

1.3 "Subscription Year" means the one-year period starting on the Service Start Date, and the one-year period starting on its first anniversary.

1.4 "Service Start Date" means the date on which the Customer confirms the Onboarding Acceptance under clause 4.

1.5 "Customer Query Data" means the queries, vessel lists, watch lists and usage records of the Customer and its users.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for two Subscription Years, a non-exclusive, non-transferable right to access the Data Feeds through the API and to use them in its shipping agency, chartering and port-planning business, including in reports to its clients.

2.2 The Customer may call the API up to two million times per Subscription Year. Calls above this volume are charged as set out in Annex 2 and are not part of the Total Fees.

3. FEES AND PAYMENT

3.1 The fees are:
(a) onboarding fee (integration support, historical data load of three years, custom feed adaptor for the Customer's port-call system): CNY 58,000, one time;
(b) subscription fee: CNY 436,000 for each Subscription Year.

3.2 The Total Fees for the two Subscription Years, including the onboarding fee, are CNY 930,000.

3.3 The onboarding fee and the subscription fee for the first Subscription Year, together CNY 494,000, are invoiced on signature of this Agreement and must be paid within ten business days, before the Provider begins onboarding. The subscription fee for the second Subscription Year is invoiced at its start.

3.4 Fees are inclusive of VAT and payable in CNY.

4. ONBOARDING AND ACCEPTANCE

4.1 The Provider shall complete onboarding within forty-five days after receiving the first payment.

4.2 Onboarding Acceptance requires that: (a) the API returns position data for the Customer's test list of vessels with no more than ten minutes of latency in a five-day test; (b) the historical data load is complete for the ports listed in Annex 1; and (c) the custom feed adaptor posts port-call updates into the Customer's system without error for five consecutive days.

4.3 If Onboarding Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay, deducted from the second-year invoice.

5. SERVICE LEVELS

5.1 The API shall be available 99.95% of each calendar month, excluding scheduled maintenance notified five days in advance.

5.2 Incidents are classified as Priority 1 (API unavailable or no fresh position data for all vessels), Priority 2 (partial outage or delayed data for some areas) and Priority 3 (other issues). The Provider shall respond to Priority 1 incidents within eight business hours, to Priority 2 incidents within two business days and to Priority 3 incidents within five business days.

5.3 If availability falls below the level in 5.1, the Customer receives a credit of 3% of the monthly equivalent of the subscription fee for each full half percentage point of shortfall, up to a quarter of that monthly equivalent, credited against the next invoice.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Query Data belongs to the Customer. The Provider shall use it only to provide the API and support and shall not disclose it or use it to build any product or analysis.

6.2 The Provider shall protect Customer Query Data with encryption in transit and at rest, access controls, logging and annual penetration tests, and shall notify the Customer of any security incident affecting it within twenty-four hours. The Provider is liable for losses caused by an incident attributable to it.

7. INTELLECTUAL PROPERTY

7.1 The Data Feeds remain the property of the Provider and its licensors.

7.2 The custom feed adaptor and its documentation, developed for the Customer under clause 3.1(a), belong to the Customer, with source code delivered at Onboarding Acceptance. The Customer may modify them and have them maintained by others.

8. CONFIDENTIALITY

Each party shall keep confidential the non-public information of the other party, use it only for this Agreement and protect it with reasonable care, during this Agreement and for three years after it ends.

9. LIABILITY

9.1 Each party's total liability under this Agreement is limited to 200% of the Total Fees.

9.2 The Provider does not guarantee the completeness of third-party vessel signals, but shall correct errors in the Data Feeds promptly when notified.

10. SUBCONTRACTING

The Provider shall not subcontract the operation of the API or the onboarding work without the Customer's prior written consent.

11. TERM AND TERMINATION

11.1 This Agreement runs from signature until the end of the second Subscription Year. It does not renew automatically; any renewal requires a written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within twenty days after notice. If the Customer terminates for the Provider's breach, the Provider shall refund the fees paid for the unexpired part of the Subscription Year and the onboarding fee if onboarding has not been accepted.

12. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

13. USE OF DATA FEEDS

13.1 The Customer may store data retrieved through the API in its own systems for the term of this Agreement and may keep reports and analyses created from it after the term ends.

13.2 The Customer may include extracts of the Data Feeds in reports and voyage updates to its principals and clients in the ordinary course of its shipping agency business, but shall not resell the Data Feeds as such or make them available to third parties through an interface.

13.3 The Customer shall keep its API keys secure, rotate them at least twice a year and inform the Provider promptly if it suspects misuse. Calls made with the Customer's keys count towards its volume under clause 2.2.

14. SUPPORT AND REPORTING

14.1 The Provider shall offer a support desk by email and telephone in English and Chinese between 08:00 and 20:00 Beijing time on business days, and shall publish the status of the API on a status page.

14.2 The Provider shall send a monthly report showing API availability, latency, incidents and their resolution, call volumes and data coverage for each port in Annex 1.

14.3 The Provider shall notify the Customer at least sixty days in advance of any change to the API that is not backward compatible and keep the previous version available for at least ninety days after the change.

14.4 The Provider shall assist the Customer's developers during integration and after each API change, answer technical questions within two business days and provide sample code and a test environment with synthetic data.

14.5 Each quarter the parties shall review data quality issues raised by the Customer, including missing port calls and incorrect vessel identities, and agree on corrections. The Provider shall correct confirmed errors in historical data within ten business days and record each correction in a change log available to the Customer.

14.6 Onboarding includes a two-day workshop for the Customer's operations and IT staff on the data model, the API and the custom feed adaptor, held in Guangzhou or by video conference.

15. COMPLIANCE

15.1 Each party shall comply with applicable anti-bribery, sanctions and export control laws. The Provider confirms that the Data Feeds do not include personal information of crew members.

15.2 The Provider warrants that it holds the rights needed to license the Data Feeds to the Customer, including rights from port authorities, satellite and terrestrial signal operators and other licensors, and shall defend the Customer against claims that the Customer's use in accordance with this Agreement infringes the rights of a third party.

15.3 The Provider shall inform the Customer promptly if any change in law or licensing restricts the supply of data for any port, and the parties shall agree on a replacement source or a fair reduction of the fees.

16. GENERAL

13.1 Neither party is liable for delay caused by events beyond its reasonable control. This Agreement, with Annexes 1 and 2, is the entire agreement and may be amended only in writing.

Signed for the Customer: ____________________
Signed for the Provider: ____________________
"""

# ---------------------------------------------------------------- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# stem, format, lang, category, terms (KEYS order), extra, design: (fee base, foreign forum), expected rules by design
D = [
 ("h699z01_adoption_archive_platform", "pdf", "zh", "software",
  [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True, False, "PRC", "goods_or_licence"],
  dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1968000),
  (1120000, False), []),
 ("h699z02_puzzle_cube_line_control_retrofit", "docx", "zh", "hardware",
  [None, 1, True, "buyer", True, True, True, 0.03, None, 10, True, True, 24, 9, False, True, True, "PRC", "goods_or_licence"],
  dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=2386000),
  (2012000, False), ["CR-LD-LOW", "CR-SUBCONTRACT"]),
 ("h699z03_abacus_school_booking_saas", "txt", "zh", "cloud",
  [99.95, 2, False, "buyer", True, True, True, 0.1, 200, None, True, None, None, None, True, True, False, "PRC", "service"],
  dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=844000),
  (None, False), ["CR-AUTO-RENEWAL", "CR-SLA-NO-REMEDY"]),
 ("h699z04_mine_rescue_dispatch_om_service", "txt", "zh", "services",
  [99.99, 0.25, True, "buyer", False, True, True, 0.1, None, None, True, None, None, None, False, False, False, None, "service"],
  dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=568000),
  (None, False), ["CR-DATA-SECURITY", "CR-TERMINATION"]),
 ("h699z05_betel_nut_batch_tracking_supplier_template", "md", "zh", "software",
  [None, None, False, "supplier", True, False, True, 0.1, 20, 55, False, False, 6, 24, False, True, None, None, "goods_or_licence"],
  dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True, contract_value=680000),
  (520000, False), ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                    "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
 ("h699e01_cold_chain_wms_licence_cambodian_vendor", "pdf", "en", "software",
  [None, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 18, 11, False, True, False, "Cambodia", "goods_or_licence"],
  dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1670000),
  (1240000, True), ["CR-GOVERNING-LAW"]),
 ("h699e02_tea_field_sales_saas_order_form", "md", "en", "cloud",
  [99.5, 1, True, "buyer", True, False, True, 500 / 702000 * 100, 6 / 24 * 100, None, True, None, None, None, False, True, False, "PRC", "service"],
  dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=702000),
  (None, False), ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
 ("h699e03_aquaculture_water_sensors_monitoring", "docx", "en", "hardware",
  [99.95, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 36, 7, False, True, False, "PRC", "goods_or_licence"],
  dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False, contract_value=1390000),
  (1195200, False), []),
 ("h699e04_seafood_processor_managed_it_services", "md", "en", "services",
  [None, 0.5, True, "buyer", True, True, False, None, 150, None, True, None, None, None, False, True, False, "PRC", "service"],
  dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=2193600),
  (None, False), ["CR-CONFIDENTIALITY", "CR-LD-MISSING"]),
 ("h699e05_vessel_port_data_api_subscription", "txt", "en", "cloud",
  [99.95, 8, True, "buyer", True, True, True, 600 / 930000 * 100, 200, 494000 / 930000 * 100, True, None, None, None, False, True, False, "PRC", "service"],
  dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=930000),
  (None, False), ["CR-PREPAYMENT", "CR-SLA-RESPONSE"]),
]
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05, "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}
THRESH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
              prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}


def tco_share(t, x, base):
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, design):
    base, foreign_forum = design
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or foreign_forum:
        r.add("CR-GOVERNING-LAW")
    s = tco_share(t, x, base)
    if s is not None and s > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r), s


# ---------------------------------------------------------------- threshold scan
NUM = r"(?<![\d.])(?:30|15|40|100|99\.9|0\.05)\s*(?:%|％|percent|per\s*cent)"
PATTERNS = [
    NUM,
    r"(?<![\d.])(?:30|15|40|100|99\.9)(?![\d.,])\s*(?:%|％)?\s*(?:of\s*the\s*(?:Contract|contract|Total|total))",
    r"百分之(?:三十|十五|四十|一百|百|九十九点九)(?![一二三四五六七八九十零点])",
    r"万分之五(?![一二三四五六七八九十零点])", r"千分之零?点五",
    r"(?<![\d.])4\s*(?:-\s*)?(?:hours?|hrs?|小时|个小时)",
    r"(?<![十二三四五六七八九零两])四\s*个?\s*小时",
    r"(?<![\w-])four[\s-]*(?:business\s*|working\s*)?hours?",
    r"(?<![\d.])12\s*(?:-\s*)?(?:months?|个月|月(?!\d))",
    r"(?<![十一二三四五六七八九零])十二\s*个\s*月",
    r"(?<![\w-])twelve[\s-]*(?:calendar\s*)?months?",
]
SCAN = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["30%", "30 %", "15％", "40 percent", "100%", "99.9%", "0.05%", "百分之三十", "万分之五", "4 hours", "4小时",
            "四小时", "four hours", "12 months", "12个月", "十二个月", "twelve months", "12-month", "twelve calendar months"]
MUST_MISS = ["130%", "99.95%", "0.055%", "24 hours", "24小时", "二十四小时", "112 months", "百分之三十五", "万分之五十",
             "twenty-four hours", "2025年12月31日", "12.5%", "1.5%", "3.0%", "14 hours"]


def scan_self_test():
    for s in MUST_HIT:
        assert SCAN.search(s), s
    for s in MUST_MISS:
        assert not SCAN.search(s), s


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
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    scan_self_test()
    covered = set()
    bad = []
    for stem, fmt, lang, cat, vals, extra, design, rules in D:
        key = stem[4:7]
        name = stem + "." + fmt
        if fmt in ("docx", "pdf"):
            write({key: SRC[key]}, {key: (name, fmt)}, OUT, wrap_words=True)
        else:
            (OUT / name).write_text(SRC[key], encoding="utf-8")
        terms = dict(zip(KEYS, vals))
        got, share = derive(terms, extra, design)
        assert got == sorted(rules), (stem, got, rules)
        covered |= set(got)
        for k, th in THRESH.items():
            assert terms[k] is None or abs(terms[k] - th) > 1e-9, (stem, k)
        if share is not None:
            assert abs(share - 40) > 2, (stem, share)
        text = read_back(OUT / name)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = SCAN.search(variant)
            assert not m, (stem, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        risk = "high" if set(got) & HIGH else ("medium" if set(got) - {"CR-GOVERNING-LAW"} else ("low"))
        bad += [] if ok else [(stem, n)]
        print(f"{name}: len={n} ok={ok} rules={got} risk={risk} tco_share={share}")
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": sorted(rules)}
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
    assert not bad, bad
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("coverage ok")


if __name__ == "__main__":
    main()
