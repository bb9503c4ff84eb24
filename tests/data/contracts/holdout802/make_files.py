"""holdout802: builds the ten blind held-out draft contracts and their .json labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). The .txt/.md files are written as they are; the
.docx and .pdf files are built by ../word_pdf.py from the markup below (T: title, H: heading, P: paragraph, TB: table
row). Then every file is read back (python-docx paragraphs plus table rows, pypdf text, plain text) and checked:
lengths, threshold figures (regex scan, self-tested), label values against thresholds, sums, and the rules derived
from the labels against the design list, with the coverage of all 20 CR rules.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
H802Z01 = """T:航道测量数据管理平台采购合同
P:合同编号：LJJT-ZFCG-2027-0318
P:采购人（甲方）：临江市交通运输局
P:供应商（乙方）：江澜数智科技有限公司
P:采购方式：公开招标（项目编号LJZC2027-041）。根据《中华人民共和国政府采购法》《中华人民共和国民法典》、招标文件及乙方投标文件，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供“航道测量数据管理平台”软件许可（永久许可，不限用户数，部署于甲方政务云），并完成定制开发、历史数据迁移、部署实施及培训，形成可稳定运行的完整系统。
P:1.2 定制开发内容包括：多波束及单波束测深数据入库与质检模块；电子航道图更新接口；航道维护尺度统计分析与报表；与甲方航道养护管理系统、船舶过闸调度系统的数据交换接口。
P:1.3 历史数据迁移范围为2015年以来的测量成果、断面资料及扫测图件，迁移前后由双方共同抽样核对。
P:1.4 乙方应于合同签订后一百五十日内完成全部工作并提交终验申请，其中平台部署及数据迁移应于合同签订后九十日内完成。需求规格说明书经甲方书面确认后作为本合同附件。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰陆拾捌万肆仟元整（¥1,684,000），为固定总价，已含税费、差旅、第三方测评配合等全部费用。
P:2.2 价款构成：平台软件许可费¥860,000；定制开发费¥612,000；历史数据迁移费¥138,000；部署实施及培训费¥74,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十个工作日内，甲方支付合同总价的20%作为预付款，计¥336,800。
P:3.2 平台部署完成并通过初验后十五个工作日内，甲方支付合同总价的45%，计¥757,800。
P:3.3 项目通过终验后十五个工作日内，甲方支付合同总价的35%，计¥589,400。
P:3.4 乙方应在每次付款前向甲方开具等额增值税发票。甲方付款以财政资金到位为前提，由国库集中支付。
P:3.5 乙方应于合同签订前向甲方提交合同总价5%的履约保证金（可采用银行保函形式），履约保证金在终验合格后无息退还；质保期内的服务扣款从履约保证金或质保期服务费中扣减。
H:第四条 交付与验收
P:4.1 初验：平台部署完成、定制模块全部上线、历史数据迁移完成后，乙方书面申请，甲方在十日内组织初验。初验标准为：（1）功能符合招标文件技术要求及经确认的需求规格说明书；（2）迁移数据逐项比对，测点数量、坐标及水深值差错数为零；（3）在五百个并发用户下常用查询响应时间不超过3秒；（4）通过第三方网络安全等级保护测评及商用密码应用安全性评估。
P:4.2 终验：初验合格后平台连续试运行六十日，期间未发生一级故障，且乙方已提交全部源代码、数据字典、运维手册等技术文档，由甲方组织专家终验并出具书面验收报告。
P:4.3 平台部署、试运行或甲方实际使用系统，均不视为验收合格。验收不合格的，乙方应在十五日内完成整改并重新提交验收，由此产生的费用由乙方承担。
P:4.4 乙方交付的文档包括：需求规格说明书、概要及详细设计说明书、数据库设计说明书、接口规范、测试报告、数据迁移报告、部署手册、运维手册、用户手册及全部源代码光盘，文档须为中文并加盖乙方公章。
H:第五条 质量保证与运维服务
P:5.1 免费质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、安全补丁和技术支持。
P:5.2 服务水平：平台月度可用率不低于99.95%；一级故障（平台整体不可用或数据丢失）30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（部分功能不可用）2小时内响应，次日内解决。
P:5.3 乙方未达到上述服务水平的，每超时1小时扣减履约保证金800元；月度可用率每低于约定值0.01个百分点，扣减1,000元。
P:5.4 质保期满后，如甲方续购运维服务，年度服务费不超过平台软件许可费的9%（即¥77,400/年），该价格自质保期满起三年内不上调。运维服务按年另行签订合同，不自动续期。
P:5.5 乙方应为甲方航道测量、信息中心及各航道管理站的操作人员提供不少于六期集中培训，每期不少于两天，并提供操作手册及视频教程；培训效果经甲方考核确认。
P:5.6 乙方应指派具有同类项目经验的项目经理及不少于四名开发人员驻场实施，人员更换须经甲方同意。
H:第六条 知识产权
P:6.1 平台软件的著作权仍归乙方所有，甲方享有永久、不可撤销的使用权。
P:6.2 为本项目定制开发的模块、接口程序、数据处理脚本及其源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再开发。
P:6.3 乙方保证所提供软件不侵犯第三方合法权益；发生侵权争议的，由乙方负责处理并承担全部责任。
P:6.4 乙方应在终验前向甲方交付定制开发部分的完整源代码及编译、部署说明，并保证交付的源代码能够编译生成与运行版本一致的程序。
H:第七条 数据安全
P:7.1 航道测量数据、电子航道图及平台运行中产生的全部数据归甲方所有，乙方不得用于本合同以外的任何目的，不得留存或向第三方提供。
P:7.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国网络安全法》，仅通过甲方堡垒机进行远程运维，操作全程留痕；不得将数据拷贝至甲方网络以外。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第八条 保密
P:8.1 乙方对履约中知悉的甲方工作秘密、涉水工程资料及网络配置信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:8.2 保密义务不因本合同终止而解除。
H:第九条 违约责任
P:9.1 乙方逾期交付或逾期完成验收整改的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:9.2 乙方提交的成果不符合约定的，应无偿修改；经两次整改仍不合格的，甲方有权解除合同。
P:9.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十条 分包与转包
P:10.1 乙方不得将本合同项下任何工作分包或转包给第三方。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面解除本合同，并要求乙方赔偿由此造成的损失。
H:第十二条 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十三条 不可抗力
P:13.1 因不可抗力致使合同不能按期履行的，受影响方应在事件发生后五日内书面通知对方并提供证明，双方协商延期履行；不可抗力持续超过九十日的，任何一方可书面通知解除合同。
H:第十四条 其他
P:14.1 招标文件、乙方投标文件、中标通知书及需求规格说明书为本合同的组成部分。
P:14.2 对本合同的任何变更应以书面形式作出并经双方签章。政府采购合同的变更应符合政府采购法律法规的规定。
P:14.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临江市交通运输局    乙方（盖章）：江澜数智科技有限公司
P:签订日期：2027年3月18日
"""

# ---------------------------------------------------------------------------------------------------------------
H802Z02 = """T:生产线控制系统改造合同
P:合同编号：NBS-GZ-2027-017
P:甲方（买方）：浙江暖邦橡塑制品有限公司
P:乙方（卖方）：杭州衡控自动化工程有限公司
P:甲方主营橡胶及PVC热水袋生产，现有灌装、高频热合、硫化及检漏四条生产线控制系统老化。经询价比选，甲方委托乙方实施控制系统改造，双方依据《中华人民共和国民法典》订立本合同。
H:第一条 改造范围
P:1.1 乙方负责四条生产线控制系统的设计、供货、安装、调试、PLC及人机界面程序编制、集中监控软件部署和培训，使改造后生产线实现温度、压力、热合时间的闭环控制及集中监控。
P:1.2 改造在甲方厂区分线进行，每条线停产改造时间不超过七日，具体计划由双方书面确认。
P:1.3 乙方应于合同签订后七十五日内完成全部四条线的改造并提交终验申请。
P:1.4 改造后的控制系统应保留手动操作模式，原有灌装机、热合机、硫化罐及检漏台的机械部分继续使用；如乙方在勘察中发现机械部分存在影响改造效果的缺陷，应书面告知甲方，由双方另行商定处理方式及费用。
H:第二条 设备、软件及价格
P:2.1 合同总价为人民币壹佰贰拾伍万元整（¥1,250,000），含税、运输、安装及培训费用。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含主控PLC、I/O模块、电源）|8套|46,500|372,000
TB:2|温控及压力传感器组件|48套|3,250|156,000
TB:3|高频热合机控制器改造套件|12套|13,500|162,000
TB:4|触摸屏人机界面（HMI）|16台|5,250|84,000
TB:5|工业交换机及协议网关|10台|4,800|48,000
TB:6|生产线集中监控软件许可（永久）|1套|198,000|198,000
TB:软硬件小计||||1,020,000
TB:7|安装调试及PLC程序定制|1项|186,000|186,000
TB:8|操作及维护培训|1项|44,000|44,000
TB:合计||||1,250,000
P:2.2 上表所列设备均应为全新原厂正品，乙方提供合格证及原厂质保证明。
P:2.3 乙方应随设备提供不少于两年用量的常用易损备件清单及报价，甲方可按该报价另行采购；备件报价在质保期满后三年内不上调。
H:第三条 付款方式
P:3.1 合同签订后七个工作日内，甲方支付合同总价的10%作为预付款，计¥125,000。
P:3.2 全部设备到货并完成安装、单线调试后，甲方支付合同总价的55%，计¥687,500。到货签收及单线调试不构成验收。
P:3.3 四条生产线通过终验后十个工作日内，甲方支付合同总价的35%，计¥437,500。
P:3.4 乙方每次收款前应开具等额增值税专用发票。
H:第四条 双方责任
P:4.1 甲方负责提供改造期间的停产窗口、施工用电、压缩空气及临时存放场地，并指定一名设备主管作为联络人。
P:4.2 乙方应在进场前提交详细施工方案、停产计划和应急预案，经甲方书面确认后实施；改造期间每日向甲方报告进度，并负责拆除旧控制柜的分类整理，旧设备归甲方所有。
P:4.3 乙方项目经理须具备电气工程师资格，现场调试人员不少于三名，未经甲方同意不得更换。
H:第五条 验收
P:5.1 终验标准：（1）各线温度控制偏差不超过±2℃，热合时间控制偏差不超过0.1秒；（2）各线连续满负荷生产七十二小时，无因控制系统导致的停机；（3）检漏工位漏检数为零，误判率不高于0.3%；（4）集中监控软件正确采集并显示全部工位数据，报警记录完整；（5）乙方已提交电气图纸、程序源文件及操作维护手册。
P:5.2 终验由甲方组织，乙方配合，验收合格后双方签署终验报告。安装完成、试生产或甲方使用设备均不视为验收合格。
P:5.3 验收不合格的，乙方应在七日内整改，整改后重新验收；两次验收仍不合格的，甲方有权解除合同并要求退款。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自终验合格之日起算。质保期内乙方免费维修或更换故障设备及部件，并免费提供程序修改。
P:6.2 故障响应：一级故障（整线停机）1小时内响应，3小时内到达现场，8小时内恢复生产；二级故障（单工位异常）2小时内响应，当日内处理完毕。
P:6.3 乙方响应或到场超时的，每超时1小时向甲方支付500元；一级故障超过约定恢复时限的，每超过1小时另行支付1,000元。
P:6.4 质保期内每季度乙方应对各线控制系统进行一次预防性巡检，出具巡检报告并提出改进建议。
P:6.5 质保期满后，乙方继续提供维保服务，年度维保费按软硬件小计的28%计收，即每年¥285,600，质保期满后三年内不作调整。维保服务含定期巡检、备件更换、程序维护及上述响应服务。
P:6.6 维保服务按年签订书面合同，期满是否续签由甲方决定，不自动续期；甲方不续签的，乙方应配合移交全部程序备份、备件清单及维护记录，并在甲方另选维保单位时提供必要的技术交接。
H:第七条 知识产权
P:7.1 乙方为甲方编制的PLC程序、人机界面画面、报表模板及接口程序，其知识产权归甲方所有，乙方应交付源文件，甲方可自行修改。
P:7.2 集中监控软件的著作权归其权利人所有，甲方享有永久使用权。
H:第八条 数据安全
P:8.1 生产工艺参数、产量质量数据及监控数据归甲方所有，乙方不得用于本合同以外的目的，不得向第三方提供。
P:8.2 乙方远程维护须经甲方逐次授权，通过甲方指定的VPN进行并保留操作日志；乙方不得在控制系统中设置后门或未告知的远程通道。
P:8.3 因乙方原因导致数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，采取补救措施并赔偿甲方损失。
H:第九条 保密
P:9.1 乙方对甲方的工艺配方、设备参数、客户信息及其他商业秘密负有保密义务，未经甲方书面同意不得披露，保密期限至合同终止后三年。
H:第十条 分包
P:10.1 乙方可将现场布线、桥架安装等辅助工作分包给第三方施工，但应提前三个工作日书面通知甲方，并对分包方的工作质量和安全负责。
H:第十一条 违约责任
P:11.1 乙方逾期完成改造的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 因乙方原因造成甲方停产超过约定时间的，乙方应赔偿甲方由此产生的直接损失。
P:11.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权解除本合同，并要求乙方返还已付款项、赔偿损失。
H:第十三条 安全生产
P:13.1 乙方人员进入甲方厂区应遵守甲方安全生产管理制度，动火、带电作业须办理审批手续。乙方人员在施工中发生人身伤害的，由乙方负责。
P:13.2 乙方拆装电气设备时应严格执行停电、验电、挂牌上锁程序，因乙方违章作业造成甲方设备损坏或火灾事故的，乙方承担全部赔偿责任。
P:13.3 乙方应为进场人员购买意外伤害保险，并在进场前向甲方提交保险凭证及人员名单。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交金华仲裁委员会仲裁。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执两份，自双方盖章之日起生效。附件：设备技术规格书、改造实施计划。
P:甲方（盖章）：浙江暖邦橡塑制品有限公司    乙方（盖章）：杭州衡控自动化工程有限公司"""

# ---------------------------------------------------------------------------------------------------------------
H802Z03 = """举重训练馆连锁门店预约及会员管理系统服务合同

合同编号：LX-IT-2027-006
甲方（客户）：力行举重健身管理（成都）有限公司
乙方（服务商）：蓉川云动信息技术有限公司

甲方在成都、重庆、绵阳等地经营35家举重及力量训练门店。为统一课程预约、会员管理及门店收银，甲方向乙方订购"健行云"预约及会员管理系统（SaaS）服务及实施服务。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方35家门店提供课程及私教预约、会员卡及储值管理、训练计划与体测记录、门店收银及对账、总部经营报表等功能，含会员微信小程序及教练端App。
2. 每家门店含5个员工账号，会员人数不限；账号可在门店之间调配。
（二）实施服务
1. 乙方负责系统配置、原会员系统数据迁移（约5.6万名会员的基本信息、卡项余额及上课记录）、与门店门禁闸机及智能体测仪的对接、总部与门店人员培训。
2. 乙方应于合同签订后四十五日内完成全部门店上线，并提交上线验收申请。

二、服务期限
（一）服务期为两个服务年度。第一个服务年度自上线验收合格之日起算，第二个服务年度自第一个服务年度届满次日起算，每个服务年度为三百六十五日。
（二）服务期满前三十日内任何一方均未书面提出终止的，本合同自动续期一个服务年度，可多次续期。续期年度的服务费由乙方按其届时公布的标准价格执行，乙方应在续期前十五日通知甲方。

三、费用及支付
（一）费用构成：
1. 订阅服务费：每家门店每个服务年度人民币6,800元，35家门店每个服务年度合计238,000元，两个服务年度合计476,000元；
2. 实施服务费：一次性人民币84,000元。
合同总金额为人民币560,000元（含税）。
（二）实施服务费在上线验收合格后十个工作日内一次性支付。
（三）订阅服务费按服务年度支付，甲方应在每个服务年度开始后十五个工作日内支付该年度的订阅服务费。
（四）门店数量在服务期内增加的，新增门店按当期剩余天数折算费用；减少门店的，已付费用不予退还，但可用于抵扣下一服务年度费用。
（五）上线验收合格前，乙方不向甲方收取任何费用。
（六）乙方收款前应开具增值税专用发票。甲方付款账户以合同首页载明的乙方账户为准，乙方变更账户的，应加盖公章书面通知甲方。

四、上线验收
（一）乙方完成全部门店配置、数据迁移和设备对接后，书面申请上线验收。
（二）验收标准：1. 迁移的会员信息、卡项余额及上课记录与原系统逐条核对一致；2. 35家门店的预约、签到、收银、对账流程完成实际业务测试；3. 门禁闸机刷码及体测仪数据回传成功率达到双方确认的测试方案要求；4. 会员小程序在每日晚高峰时段预约响应不超过2秒；5. 完成总部及各门店培训并经考核。
（三）甲方应在收到申请后五个工作日内组织验收，验收合格后签署上线验收单。系统试用不视为验收合格。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应安排在凌晨1点至5点之间并提前两日通知。
（二）故障分级及响应：1. 一级故障（全部或多家门店无法预约、签到或收银）：30分钟内响应，3小时内恢复；2. 二级故障（单店或部分功能异常）：1小时内响应，8小时内恢复；3. 三级问题（咨询及一般缺陷）：一个工作日内答复。
（三）服务补偿：月度可用率低于约定值的，每低0.5个百分点，按当月订阅服务费的5%抵扣下期费用；一级故障超过恢复时限的，每次按当月订阅服务费的3%抵扣。当月抵扣合计不超过当月订阅服务费的一半。
（四）乙方每月5日前向甲方提供上月服务报告，包括可用率、故障记录及处理情况。甲方对报告有异议的，双方以平台监控日志为准共同核对。

六、双方义务
（一）甲方应指定总部项目负责人及各门店联络人，按时提供原系统数据、门店设备清单及业务规则，并确保门店网络满足系统使用要求。
（二）乙方应指定项目经理负责实施，提供工作日9点至21点的在线客服及全天候故障受理电话，并在每个服务年度为甲方新入职门店员工提供不少于四次线上培训。
（三）乙方对平台进行版本升级的，应提前七日通知甲方；升级不得减少本合同约定的功能，不得降低服务水平。
（四）甲方会员投诉涉及系统原因的，乙方应在一个工作日内协助查明原因并提出处理方案。

七、知识产权
（一）"健行云"平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的报表、会员等级规则配置、对接门禁闸机和体测仪的接口程序及相关文档，知识产权归甲方所有，甲方可自由使用、修改或交由第三方使用。

八、数据安全与数据归属
（一）甲方会员信息、训练及体测记录、交易数据等全部业务数据归甲方所有，乙方仅可为履行本合同处理该等数据，不得用于其他目的，不得向第三方提供。
（二）乙方应按照《中华人民共和国个人信息保护法》及《数据安全法》的要求，对数据实施加密存储和传输、访问权限控制及操作日志审计，数据存储于中国境内，每日备份。
（三）发生数据泄露、丢失等安全事件的，乙方应在2小时内通知甲方，采取补救措施，并承担因其过错给甲方造成的损失。
（四）本合同终止后三十日内，乙方应将全部数据以通用格式交还甲方，并在甲方确认后删除，出具删除证明。

九、保密
双方对在履约过程中知悉的对方商业秘密、会员资料及经营数据负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后继续有效三年。

十、违约责任
（一）乙方未按期完成上线的，每逾期一日按合同总金额的千分之一向甲方支付违约金。
（二）乙方违反数据安全或保密义务的，应赔偿甲方由此遭受的损失，包括甲方因此向会员支付的赔偿及合理的律师费。
（三）乙方在本合同项下的累计赔偿责任，以甲方在索赔事件发生前六个月内已向乙方支付的订阅服务费总额为限，但因乙方故意或重大过失造成的损失除外。
（四）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。

十一、分包
乙方不得将实施服务分包给第三方，确需分包的，须事先取得甲方书面同意。

十二、不可抗力
因地震、洪水、重大公共卫生事件等不可抗力导致无法履行的，受影响方应及时通知对方并提供证明，在影响范围内免除责任；门店因不可抗力停业的，双方可协商顺延该门店的服务期限。

十三、合同解除
（一）一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权书面解除本合同。
（二）乙方连续两个月可用率低于约定值的，甲方有权解除合同，乙方应退还已付未使用期间的订阅服务费。
（三）合同因任何原因解除或终止的，乙方应按本合同第八条第（四）项交还并删除数据，并配合甲方完成向新系统的迁移。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

十五、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件：门店清单、功能清单、上线验收测试方案。

甲方（盖章）：力行举重健身管理（成都）有限公司
乙方（盖章）：蓉川云动信息技术有限公司"""

# ---------------------------------------------------------------------------------------------------------------
H802Z04 = """路内停车收费管理系统运维服务合同

项目名称：2027年度路内停车收费管理系统运维服务
采购方式：竞争性磋商（项目编号：HZCG-2027-CS-0112）
采购人（甲方）：和州市城市管理局
供应商（乙方）：和州智泊信息技术有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就路内停车收费管理系统运维服务事项，订立本合同。

第一条 服务范围
（一）运维对象：甲方路内停车收费管理系统，包括城区48条道路共2,860个泊位的地磁车辆检测器、120套高位视频识别设备、96台收费员手持终端、停车收费管理平台、公众缴费小程序及与交警、财政非税收入系统的数据接口。
（二）服务内容：设备巡检、故障维修及更换，平台及小程序的日常运行维护、缺陷修复和安全加固，数据备份与恢复，欠费追缴数据核对，收费员终端使用支持，重大节假日及活动期间保障。
（三）乙方应派驻不少于六名运维人员，其中项目负责人一名、平台工程师两名、现场维修人员三名，人员名单作为本合同附件，更换人员须经甲方书面同意。
（四）甲方负责提供运维所需的机房进场、平台管理账号及必要的办公条件，并及时向乙方通报道路施工、泊位调整等影响设备运行的情况。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满后，甲方依法重新组织采购，本合同不自动续期。

第三条 合同价款与支付
（一）合同总价为人民币柒拾叁万陆仟元整（¥736,000），包含人工、备品备件、设备更换、交通及税费等全部费用。
（二）合同价款按季度支付，每季度¥184,000。每季度结束后，甲方依据第六条进行季度考核，考核结果确定后十五个工作日内支付该季度费用，扣除考核扣款。
（三）本合同不设预付款。乙方应在每次付款前开具合法有效的发票，并附当季考核结果确认单。
（四）服务期内泊位数量增减幅度不超过一成的，合同价款不作调整；超过一成的，双方按响应文件中的单价据实结算。

第四条 服务要求
（一）地磁检测器、高位视频设备每月巡检一次，手持终端每季度检查一次，巡检记录按月报送甲方。
（二）设备故障修复时限：主干道泊位设备48小时内修复或更换，其他道路72小时内修复或更换。
（三）平台运行及数据每日备份，备份数据异地保存；每季度开展一次恢复演练。
（四）乙方应于每年一季度和三季度各开展一次平台安全漏洞扫描，发现的中高危漏洞应在十日内完成修复。
（五）乙方应常备不少于泊位设备总量3%的地磁检测器及相应数量的手持终端、视频设备备件，备件库存清单每月报甲方备案；更换下的旧设备归甲方所有，由乙方登记后交回。
（六）春节、国庆等重大节假日及甲方通知的大型活动期间，乙方应安排人员现场值守，并提前制定保障方案报甲方审定。
（七）乙方应于每月5日前提交上月运维报告，内容包括设备在线率、故障处理、收费数据核对及改进建议。

第五条 服务水平
（一）停车收费管理平台及缴费小程序月度可用率不低于99.95%。
（二）故障分级：一级故障指平台或小程序整体不可用、收费数据无法上传；二级故障指部分路段或部分功能不可用；三级故障指单台设备故障。
（三）响应时限：一级故障15分钟内响应，1小时内到场，6小时内恢复；二级故障30分钟内响应，当日内恢复；三级故障按第四条第（二）项处理。

第六条 考核与验收
（一）甲方按季度对乙方进行考核，考核指标包括：平台可用率、故障响应及修复时限、月均离线设备数量、巡检计划完成率、报告提交及时性、收费数据差错。
（二）考核扣款：一级故障响应或恢复每超时1小时扣款2,000元；二级故障每超时1小时扣款500元；平台月度可用率每低于约定值0.01个百分点扣款1,000元；月均离线设备超过二十台的，每超出一台扣款300元。季度扣款从当季服务费中扣除。
（三）服务期满前，甲方依据磋商文件的服务要求及全年考核记录组织年度验收，乙方须提交全年运维总结、设备台账、备件使用清单、全部文档及数据备份；年度验收合格后，甲方出具验收报告。

第七条 服务交接
（一）服务期满或合同终止时，乙方应在十五日内向甲方或甲方指定的单位移交全部系统账号、配置文档、设备台账、运维记录、备件及数据备份，并提供不少于十个工作日的交接支持。
（二）交接完成前，乙方不得停止服务或删除系统数据；交接期间的服务要求与本合同相同。

第八条 知识产权
运维期间乙方为甲方开发的补丁程序、统计报表、数据接口及相关文档，其知识产权归甲方所有，乙方应交付源代码，甲方可自行或委托他人使用和修改。

第九条 数据安全
（一）泊位数据、车辆号牌、停车记录、缴费及欠费数据等全部数据归甲方所有，乙方仅可为履行本合同使用，不得留存、复制或向任何第三方提供。
（二）乙方应落实网络安全等级保护要求，运维操作须通过甲方堡垒机进行并全程审计，运维账号专人专用；涉及个人信息的数据导出须经甲方书面审批。
（三）发生数据泄露、篡改、丢失或系统被入侵等安全事件的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第十条 保密
乙方及其人员对在服务中知悉的甲方工作秘密、系统账号口令、网络结构及公民个人信息负有保密义务，未经甲方书面同意不得披露。乙方应与派驻人员签订保密承诺书。保密义务不因合同终止而解除。

第十一条 分包
乙方不得将本合同项下的服务分包或转包给任何第三方。

第十二条 违约责任
（一）乙方未按期完成本合同约定的巡检计划、设备更换、系统升级或漏洞修复事项的，每逾期一日按合同总价的万分之二向甲方支付违约金。
（二）乙方派驻人员不足的，每缺一人每日扣款300元。
（三）因乙方原因造成甲方收费损失或被第三方索赔的，乙方应赔偿甲方损失。
（四）乙方季度考核得分连续两个季度低于磋商文件规定的合格分数的，甲方可以约谈乙方并要求限期整改，整改情况记入乙方履约评价。
（五）甲方无正当理由逾期支付服务费的，应按同期贷款市场报价利率支付利息。

第十三条 合同的变更与解除
（一）本合同的变更须经双方书面协商一致，并符合政府采购法律法规的规定。
（二）本合同服务期内，除因不可抗力致使合同目的不能实现外，双方均不得单方解除本合同。

第十四条 不可抗力
因不可抗力不能履行合同的，受影响方应在三日内通知对方，并在十五日内提供证明，根据影响程度部分或全部免除责任。不可抗力消除后，乙方应立即恢复服务，并优先修复主干道泊位设备。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。因履行本合同发生的争议，由双方协商解决；协商不成的，依法向和州市人民法院提起诉讼。

第十六条 其他
（一）竞争性磋商文件、乙方响应文件、成交通知书及磋商过程中的书面承诺为本合同组成部分。
（二）本合同一式五份，甲方三份，乙方两份，经双方法定代表人或授权代表签字并加盖公章后生效。

甲方：和州市城市管理局（盖章）
乙方：和州智泊信息技术有限公司（盖章）
签订日期：2026年12月20日"""

# ---------------------------------------------------------------------------------------------------------------
H802Z05 = """# 软件产品销售及定制开发合同

**青筠智造软件标准合同文本（2026版）**

合同编号：QY-XS-2027-0093

甲方（买方）：黄岩竹韵竹刻艺术工作室

乙方（卖方）：台州青筠智造软件有限公司

甲方为竹刻工艺品设计与制作工作室，拟采购乙方“匠迹”工序追踪管理软件并委托乙方进行定制开发。经双方友好协商，依据《中华人民共和国民法典》，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“匠迹”工序追踪管理软件V3.0标准版（以下简称“软件”）的永久使用许可，授权甲方在其一个经营场所内使用，用户数为十五个。

1.2 乙方根据甲方需求进行以下定制开发：竹材入库及干燥周期登记；选料、开坯、起稿、刻制、打磨、上蜡等工序扫码报工；作品质检拍照留档；订单进度查询小程序；工艺师计件工资统计报表。

1.3 乙方负责软件在甲方服务器上的安装部署，包括数据库初始化、基础资料导入、扫码标签模板设置及小程序发布，并对甲方人员进行操作培训。

## 第二条 合同价款

2.1 合同价款明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | “匠迹”工序追踪管理软件V3.0标准版永久许可（十五用户） | 1套 | 168,000 |
| 2 | 定制开发（入库、报工、质检、小程序、计件报表） | 1项 | 126,000 |
| 3 | 安装部署及培训 | 1项 | 18,000 |
| | 合计 | | 312,000 |

2.2 合同总价为人民币叁拾壹万贰仟元整（¥312,000），含税。

2.3 甲方需求超出本合同第1.2条范围的，乙方按每人天2,200元另行收费。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币202,800元。

3.2 软件安装部署完成后五个工作日内，甲方向乙方支付合同总价的35%，即人民币109,200元。

3.3 乙方收到款项后开具增值税普通发票。甲方需开具增值税专用发票的，应在付款前提供开票资料。甲方未按时付款的，乙方有权暂停开发、部署及技术支持工作，由此造成的工期延误由甲方负责。

## 第四条 需求确认及运行环境

4.1 合同签订后，乙方派需求分析人员到甲方工作室调研，与甲方共同确认定制开发需求清单。需求清单经双方签字后，作为开发依据；甲方在开发过程中提出的新增或变更需求，按第2.3条另行计费，工期相应顺延。

4.2 软件运行所需的服务器、操作系统、数据库、扫码枪、标签打印机及网络环境由甲方自行准备，并应符合乙方提供的配置要求。乙方可代为采购上述设备，费用另计。

4.3 甲方应指定一名联系人负责需求确认、资料提供及协调工作，并按乙方要求提供竹材品类、工序名称、工艺师名单、历史订单等基础资料。

## 第五条 交付与验收

5.1 乙方计划于收到首期款项后六十日内完成定制开发及安装部署。因甲方需求变更、资料提供不及时或现场条件不具备的，交付时间相应顺延。

5.2 软件在甲方服务器上安装部署完成，即视为甲方验收合格。安装部署完成以乙方工程师填写、甲方联系人签字的《安装部署确认单》为准；甲方联系人未在当日签字的，以乙方工程师离场时间为准。

5.3 甲方在软件部署完成后发现问题的，应以书面形式通知乙方，乙方将在后续版本中予以改进。

## 第六条 培训

6.1 乙方在部署完成后为甲方提供一次现场集中培训，时长为一天，培训对象为甲方管理人员和工艺师。

6.2 甲方另需培训的，按乙方收费标准另行支付费用。乙方同时提供电子版操作手册及培训视频，供甲方新入职人员自学使用。

## 第七条 售后服务

7.1 自软件安装部署完成之日起六个月内为免费维护期，乙方提供远程技术支持和软件缺陷修复。

7.2 免费维护期内甲方报修的，乙方将在接到通知后尽快安排技术人员处理，原则上通过电话、微信或远程桌面方式解决；确需上门服务的，差旅费用由甲方承担。

7.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订维护服务协议，维护费按乙方当年公布的服务价目表收取。

7.4 软件版本升级以乙方发布的正式版本为准，免费维护期内的标准版升级免费提供，定制功能的适配按第2.3条收费。

7.5 因甲方擅自修改软件、操作不当或服务器、网络故障导致的问题，不属于免费维护范围。

## 第八条 知识产权

8.1 软件及其相关文档的著作权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、小程序及报表，其知识产权归乙方所有，甲方在本合同授权范围内享有使用权，不得修改、反编译或提供给第三方使用。

8.3 乙方有权将定制开发成果用于其产品升级及其他客户项目。

8.4 甲方应在授权范围内使用软件，不得将软件安装于授权经营场所以外的计算机，不得超出授权用户数使用，不得对软件进行出租、出借、转让或破解。甲方增加用户数的，按乙方届时报价另行购买。

8.5 乙方保证其向甲方提供的软件不侵犯第三方的著作权；因此发生争议的，由乙方负责处理。

## 第九条 数据

9.1 甲方在使用软件过程中录入的工序数据、作品照片及订单信息由甲方管理。

9.2 乙方对其接触的甲方数据采取访问控制和加密传输措施，远程维护须经甲方同意；因乙方过错导致甲方数据泄露的，乙方承担相应赔偿责任。

9.3 甲方同意，乙方可在去除甲方名称后，将工序数据、工时统计及作品照片用于产品优化、行业分析及案例宣传。

## 第十条 保密

10.1 双方对在合作中知悉的对方技术资料、工艺信息和商业信息负有保密义务，未经对方书面同意，不得向第三方披露。

10.2 本条义务在合同终止后两年内继续有效。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 甲方逾期付款的，每逾期一日按未付金额的千分之一向乙方支付违约金。

11.3 乙方不对甲方的间接损失、利润损失、作品损毁或商誉损失承担责任。

## 第十二条 合同解除

12.1 一方严重违约，经另一方书面通知后十五日内仍未纠正的，守约方有权解除本合同。

12.2 因甲方原因解除合同的，甲方已付款项不予退还。

12.3 合同解除或终止后，甲方应停止使用尚未付清款项部分所对应的软件功能，乙方有权收回相应授权。

## 第十三条 不可抗力

因地震、台风、洪水、火灾、政府行为、网络运营商故障等不可抗力导致合同不能履行的，受影响方不承担违约责任，但应及时通知对方，并在合理期限内提供相关证明。不可抗力影响消除后，双方继续履行本合同。

## 第十四条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 通知

双方的通知以书面形式送达合同首页载明的地址，或发送至双方指定的电子邮箱，发出后即视为送达。一方联系方式变更的，应在变更后三日内通知对方。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同为乙方标准合同文本，双方另有约定的，以补充协议为准。

甲方（签章）：黄岩竹韵竹刻艺术工作室　　　乙方（签章）：台州青筠智造软件有限公司

签订日期：2027年　月　日"""

# ---------------------------------------------------------------------------------------------------------------
H802E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. QS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made on 22 March 2027 between:
P:(1) Chengdu Jinsha Travel Group Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Chengdu, Sichuan (the "Customer"); and
P:(2) Qhapaq Software S.A.C., a company incorporated in Peru with its registered office at Avenida El Sol, Cusco, Peru (the "Vendor").
P:The Vendor develops TourDesk, a tour-operations platform for reservations, itinerary building, guide and vehicle scheduling and supplier settlement. The Customer wishes to license TourDesk for its outbound and inbound travel business and to have the Vendor implement it. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the TourDesk platform, version 7, in object code, with its standard modules and the documentation published by the Vendor.
P:1.2 "Custom Interfaces" means the interfaces developed under this Agreement between the Software and the Customer's finance system, its online booking site and the ticketing systems of its two airline consolidators, including their source code and documentation.
P:1.3 "Final Acceptance" means the written confirmation issued by the Customer under Article 5.3.
P:1.4 "Severity 1 Incident" means an incident that stops reservations or itinerary issuing for all users, or that corrupts booking data.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for sixty (60) named users on servers operated by or for the Customer in mainland China, for the internal business of the Customer and its wholly owned subsidiaries.
P:2.2 The Customer may make reasonable back-up and test copies of the Software. The Customer shall not resell the Software or reverse engineer it except as permitted by mandatory law.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software, migrate the Customer's active bookings and supplier contracts from its current system, develop and deliver the Custom Interfaces, and train the Customer's key users and administrators.
P:3.2 The Vendor shall complete the services within one hundred and twenty (120) days after the Effective Date, following the project plan attached as Annex 2.
P:3.3 The Customer shall provide server hardware, network access, a project coordinator and timely decisions on configuration questions.
H:Article 4 Price and Payment
P:4.1 The total price of this Agreement is CNY 1,768,000, inclusive of taxes payable in China, made up of: Software licence fee CNY 1,180,000; installation and configuration CNY 326,000; Custom Interfaces CNY 214,000; training CNY 48,000.
P:4.2 The Customer shall pay: (a) 20% of the total price, CNY 353,600, within fifteen (15) days after signature against the Vendor's invoice and an advance-payment bank guarantee of the same amount; (b) 45%, CNY 795,600, after installation of the Software and delivery of the Custom Interfaces for testing; and (c) 35%, CNY 618,800, within twenty (20) days after Final Acceptance.
P:4.3 Prices are fixed and shall not be adjusted for exchange-rate changes.
H:Article 5 Testing and Acceptance
P:5.1 The Vendor shall deliver a test plan for the Customer's approval at least fifteen (15) days before testing begins.
P:5.2 The Software and Custom Interfaces pass acceptance when: (a) every function listed in Annex 1 works as specified; (b) migrated bookings and supplier contracts reconcile with the source system without unexplained differences; (c) the Custom Interfaces post invoices to the finance system and receive tickets from both consolidators without error during ten (10) consecutive business days; (d) itinerary searches return in less than three (3) seconds with sixty concurrent users; and (e) thirty (30) days of live use pass without a Severity 1 Incident.
P:5.3 When the criteria are met the Customer shall issue Final Acceptance within ten (10) days. Installation, go-live or use of the Software in production does not by itself constitute acceptance. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and Custom Interfaces will perform materially in accordance with Annex 1 for eighteen (18) months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and new versions, and provide support free of charge.
P:6.2 Support is provided by telephone, e-mail and remote session from 08:00 to 20:00 China Standard Time on business days, and at all times for Severity 1 Incidents. The Vendor shall respond to a Severity 1 Incident within one (1) hour and restore service or provide a workaround within eight (8) hours; a Severity 2 Incident within two (2) hours with a workaround by the next business day.
P:6.3 For each full hour by which the Vendor exceeds a response or restoration time for a Severity 1 Incident, the Vendor shall credit the Customer CNY 1,000, deducted from the next payment or support invoice.
P:6.4 After the Warranty Period the Customer may order annual support. The annual support fee is 11% of the Software licence fee, CNY 129,800 per year, and shall not increase for the three years following the Warranty Period. Support is ordered year by year by written purchase order; it does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain with the Vendor and its licensors.
P:7.2 The Custom Interfaces, the configuration the Vendor prepares for the Customer and the migration scripts belong to the Customer on delivery. The Vendor shall hand over their source code and documentation, and the Customer may use, modify and license them freely, including through third parties.
P:7.3 The Vendor shall defend the Customer against any claim that the Software infringes a third party's rights and shall bear the resulting costs and damages.
H:Article 8 Data Protection and Security
P:8.1 All booking, traveller, supplier and financial data processed in the Software ("Customer Data") belongs to the Customer. The Vendor may access Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:8.2 Remote access by the Vendor requires the Customer's approval for each session, goes through the Customer's VPN and bastion host, and is logged. Customer Data, including travellers' personal information, shall not leave mainland China. The Vendor shall comply with the Personal Information Protection Law and Data Security Law of the PRC.
P:8.3 The Vendor shall notify the Customer within twelve (12) hours after becoming aware of any unauthorised access to or loss of Customer Data, shall assist in containing it, and shall be liable for any such incident caused by it or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to personnel and advisers who need to know it and are bound by similar duties.
P:9.2 These obligations survive for five (5) years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to achieve Final Acceptance by the date in Article 3.2 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:10.2 The total liability of each party under this Agreement is limited to 150% of the total price. The limit does not apply to breach of Articles 8 and 9, infringement claims, personal injury, fraud or wilful misconduct.
P:10.3 Neither party is liable for indirect or consequential loss or loss of profit, except in the cases listed in Article 10.2.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for approved subcontractors as for its own staff.
H:Article 12 Term and Termination
P:12.1 This Agreement enters into force on signature (the "Effective Date").
P:12.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach that is not remedied within thirty (30) days after notice, or if the delay damages under Article 10.1 reach their maximum. The Vendor may terminate if undisputed payments are more than sixty (60) days overdue after notice.
P:12.3 On termination before Final Acceptance the Vendor shall refund the amounts paid for the parts not accepted. The licence for Software paid in full survives termination.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event lasts longer than ninety (90) days, either party may terminate the affected part of this Agreement.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Peru.
P:14.2 Any dispute arising out of this Agreement shall be finally settled by arbitration administered by the Arbitration Centre of the Lima Chamber of Commerce under its rules, by a sole arbitrator. The seat of arbitration is Lima and the language is English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Specification), Annex 2 (Project Plan) and Annex 3 (Price Schedule), is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties.
P:15.2 Notices shall be given in writing to the addresses above. This Agreement is signed in two English originals, one for each party.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
H802E02 = """# CuppingLab Cloud — Order Form and General Terms

**Order Form No. CL-2027-0211**

Vendor: Cafetera Cloud S.A.S., Carrera 23, Manizales, Caldas, Colombia ("Vendor")

Customer: Pu'er Yunling Coffee Trading Co., Ltd., Pu'er, Yunnan Province, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) form one agreement (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Subscribed Service

CuppingLab Cloud, Vendor's software-as-a-service platform for green-coffee quality control: sample intake and tracking, cupping sessions and score sheets, defect counting, moisture and density records, lot approval workflow, supplier scorecards and reports. Included: Professional Edition for forty (40) named users, the Roasting Lab module, the mobile cupping app, and storage of up to two hundred (200) GB. The Service is hosted for Customer in a data centre located in mainland China operated by a licensed cloud provider chosen by Vendor and named in Annex B-1.

### A2. Subscription Term

The Subscription Term is twenty-four (24) months from the Go-Live Date defined in A5. There is no automatic renewal. Any renewal requires a new Order Form signed by both parties, and the fees for a renewal term will be agreed in that Order Form.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Professional Edition, 40 named users | per year, 2 years | 186,000 per year |
| Roasting Lab module | per year, 2 years | 54,000 per year |
| Onboarding and data migration | one-time | 38,000 |
| Total for the Subscription Term | | 518,000 |

All amounts are in Chinese Yuan and include VAT. Additional named users may be added at CNY 4,650 per user per year, pro rata for the remainder of the Subscription Term.

### A4. Invoicing and Payment

(a) Subscription fees are invoiced quarterly in advance, CNY 60,000 per quarter, starting on the Go-Live Date. Nothing is invoiced before the Go-Live Date.

(b) The onboarding fee is invoiced after Customer signs the Go-Live Certificate.

(c) Customer pays each undisputed invoice within thirty (30) days after receipt, by bank transfer to Vendor's account in CNY stated on the invoice.

### A5. Onboarding and Go-Live

(a) Vendor shall configure the Service, migrate Customer's sample and lot records for the last three harvest seasons from spreadsheets, set up score-sheet templates for Customer's arabica and robusta grades, and train Customer's cuppers and quality staff.

(b) The Go-Live Date shall be no later than sixty (60) days after signature of this Order Form. Go-Live requires the acceptance criteria in Section 4 of Part B to be met and is confirmed by a Go-Live Certificate signed by Customer.

(c) If Vendor fails to reach the Go-Live Date on time for reasons attributable to Vendor, Vendor shall pay Customer CNY 400 for each day of delay, deducted from the onboarding fee and later invoices.

### A6. Contacts and Signatures

Vendor account manager: Ms Valentina Ospina. Customer project owner: Mr Zhao Lin, Quality Director.

Signed for Vendor: ____________ Signed for Customer: ____________ Date: ____________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscribed service described in A1, including updates Vendor makes generally available.

1.2 "Customer Data" means all data, files and images entered into the Service by or for Customer, including sample records, cupping scores, supplier information and lot approvals.

1.3 "Incident" means a failure of the Service to operate as described in its documentation. A "Priority 1 Incident" is an Incident that makes the Service unavailable to all users or prevents lot approval.

### 2. Use of the Service

2.1 Vendor grants Customer and its affiliates in China a non-exclusive right to use the Service during the Subscription Term for their internal business.

2.2 Customer is responsible for its users' credentials and for the lawful content of Customer Data. Customer shall not attempt to probe, copy or resell the Service.

### 3. Service Levels

3.1 Vendor targets monthly availability of the Service of 99.95%, excluding maintenance announced at least three (3) days in advance and performed between 00:00 and 06:00 China Standard Time.

3.2 Vendor's support desk answers tickets in English and Chinese. Target response times: Priority 1 Incident, one (1) hour at any time; Priority 2 Incident, eight (8) business hours; other requests, two (2) business days.

3.3 Vendor publishes a monthly availability report in the Service. The service levels in this Section 3 are targets. If a target is missed, Vendor will investigate the cause and report to Customer on corrective action; no service credits, fee reductions or other compensation apply to a missed target.

### 4. Acceptance

4.1 The Go-Live Certificate shall be signed when: (a) migrated records reconcile with Customer's source spreadsheets, with every lot, sample and score accounted for; (b) all score-sheet templates and the approval workflow pass the test scripts agreed in the onboarding plan; (c) the mobile app synchronises cupping sessions from two of Customer's warehouses; and (d) Customer's quality staff have completed training.

4.2 Customer shall test within ten (10) business days after Vendor's notice of readiness and either sign the certificate or list the failed criteria. Vendor shall fix the failures and notify readiness again.

### 5. Customer Data and Security

5.1 As between the parties, Customer owns Customer Data. Vendor processes Customer Data to provide the Service.

5.2 Customer grants Vendor a perpetual right to use Customer Data in aggregated and de-identified form to improve the Service, develop new features and publish quality benchmarks for the coffee industry, provided Customer is not identified.

5.3 Vendor shall keep Customer Data in mainland China, encrypt it in transit and at rest, apply role-based access and logging, and back it up daily with a retention of thirty (30) days. Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the PRC.

5.4 Vendor shall notify Customer within twelve (12) hours after becoming aware of a security incident affecting Customer Data, take reasonable containment steps and cooperate with Customer's investigation. Vendor is liable for security incidents caused by its failure to comply with this Section 5.

5.5 Within thirty (30) days after the end of the Subscription Term, Vendor shall return Customer Data in CSV and image formats and then delete it, except for the aggregated and de-identified data described in Section 5.2.

### 6. Intellectual Property

6.1 Vendor retains all rights in the Service and its software.

6.2 Score-sheet templates, reports and workflow configurations created for Customer belong to Customer, who may export, use and modify them freely and let third parties use them.

### 7. Changes and Suspension

7.1 Vendor may update the Service from time to time, provided that an update does not materially reduce the functions described in A1 or the security measures in Section 5. Vendor shall announce material changes at least thirty (30) days in advance.

7.2 Vendor may suspend a user account that is being used in breach of Section 2.2 or that threatens the security of the Service, after notifying Customer's project owner, and shall restore it as soon as the cause is removed. Vendor shall not suspend the Service for a payment dispute that Customer has raised in good faith.

### 8. Confidentiality

8.1 Each party shall protect the other's confidential information with reasonable care, use it only for this Agreement and not disclose it to third parties except to its personnel and advisers who need it and are bound by confidentiality duties.

8.2 This Section survives for three (3) years after the end of the Agreement.

### 9. Subcontracting

9.1 Apart from the hosting provider named in Annex B-1, Vendor shall not subcontract the Service or the onboarding work without Customer's prior written consent.

### 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total fees payable under the Order Form.

10.2 The limit does not apply to a party's breach of Section 5 or 8, to fraud, or to wilful misconduct.

### 11. Term and Termination

11.1 The Agreement runs for the Subscription Term.

11.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within thirty (30) days after notice. If Customer terminates for Vendor's breach, Vendor shall refund prepaid fees for the period after termination.

### 12. Governing Law and Disputes

12.1 The Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

### 13. Force Majeure

13.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, government orders or failures of public telecommunications networks, provided it notifies the other party promptly and works to resume performance. Fees for any period in which the Service cannot be used because of such an event are suspended.

### 14. General

14.1 Neither party may assign the Agreement without the other's written consent. Notices shall be in writing to the addresses in Part A. This Agreement is written in English; a Chinese translation may be prepared for convenience, and the English text prevails. The Agreement is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.
"""

# ---------------------------------------------------------------------------------------------------------------
H802E03 = """T:Supply Contract for Greenhouse Sensors and Monitoring Software
P:Contract No. LY-CG-2027-0087
P:Buyer: Shouguang Lvyuan Greenhouse Agriculture Co., Ltd., Shouguang, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Mantaro AgroSens S.A.C., Jiron Ancash, Huancayo, Junin, Peru (the "Supplier").
P:The Buyer operates two hundred and twenty vegetable greenhouses on three sites in Shouguang. It has selected the Supplier, after a competitive quotation, to supply soil and climate sensors, gateways and its GreenWatch monitoring software, and to install and commission them. This Contract is issued on the Buyer's standard terms for equipment and software purchases.
H:1. Definitions
P:1.1 "Equipment" means the sensors, climate stations and gateways listed in Clause 2, with their firmware, mounting parts and power units.
P:1.2 "Software" means the GreenWatch monitoring software, version 5, licensed under Clause 7, including the mobile app and the alarm service.
P:1.3 "System" means the Equipment and the Software installed, configured and connected at the Buyer's sites.
P:1.4 "Final Acceptance" means the certificate issued by the Buyer under Clause 5.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, calibrate and commission the System, configure dashboards and alarm rules for each greenhouse, integrate the System with the Buyer's irrigation controllers through their Modbus gateways, and train the Buyer's staff.
P:2.2 The Contract Price is CNY 1,320,000, inclusive of VAT, delivery to the Buyer's sites (DDP Shouguang), import duties, installation and training. It is itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture, temperature and EC sensor|320|1,450|464,000
TB:2|Greenhouse climate station (air temperature, humidity, CO2, light)|40|6,800|272,000
TB:3|LoRa gateway with 4G backhaul|24|4,900|117,600
TB:4|GreenWatch monitoring software, perpetual site licence|1|286,000|286,000
TB:Hardware and Licence Subtotal||||1,139,600
TB:5|Installation, calibration and commissioning|1 lot|148,400|148,400
TB:6|Training of operators and administrators|1 lot|32,000|32,000
TB:Contract Price||||1,320,000
P:2.3 The Contract Price is fixed. Unit prices apply to any additional Equipment the Buyer orders within two years after Final Acceptance.
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver the Equipment within sixty (60) days after signature and complete installation and commissioning within forty-five (45) days after delivery.
P:3.2 The Buyer shall give access to the greenhouses, power outlets where required and a server room for the Software. The Supplier's installers shall follow the Buyer's site rules on hygiene and crop protection.
P:3.3 The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
P:3.4 The Equipment shall be new, of the models stated in the Supplier's quotation, rated for greenhouse humidity and for outdoor installation where required, and packed to protect it during transport. Risk passes to the Buyer when the Equipment is delivered to each site and signed for.
P:3.5 The Supplier shall train at least twenty of the Buyer's greenhouse operators and four administrators in Chinese at the Buyer's sites, covering device replacement, calibration checks, dashboards, alarm handling and user administration, and shall leave training materials for later use.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price, CNY 132,000, within fifteen (15) days after signature, against an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price, CNY 726,000, after delivery and installation of all Equipment at the three sites, confirmed by an installation certificate. The installation certificate does not mean acceptance.
P:4.3 The Buyer shall pay the balance of 35%, CNY 462,000, within twenty (20) days after Final Acceptance.
P:4.4 Each payment requires a valid VAT invoice.
H:5. Acceptance
P:5.1 After commissioning, the System shall run for a trial period of thirty (30) days.
P:5.2 The System passes acceptance when: (a) every sensor and climate station reports to the Software at the configured interval, with no more than two missed readings per device per day on average during the trial period; (b) spot checks against the Buyer's calibrated reference instruments show soil moisture within plus or minus three percentage points and air temperature within plus or minus half a degree Celsius; (c) alarm rules trigger SMS and app notifications within one minute in tests agreed with the Buyer; (d) the irrigation integration starts and stops irrigation on command in every greenhouse; and (e) the Supplier has delivered as-built drawings, device lists, calibration records and manuals in Chinese.
P:5.3 When the criteria are met, the Buyer shall issue Final Acceptance within ten (10) days. Installation, the trial period or use of the System by the Buyer does not by itself mean acceptance. If the System fails, the Supplier shall correct it at its cost and the test shall be repeated.
H:6. Warranty and Support
P:6.1 The Supplier warrants the System for twenty-four (24) months from Final Acceptance. During the warranty the Supplier shall repair or replace defective Equipment, correct Software defects and supply Software updates free of charge, including shipping and on-site work.
P:6.2 Faults are classified as follows:
TB:Severity|Description|Response|On site or remote fix
TB:Severity 1|Software down, or more than one greenhouse without data or alarms|30 minutes|Restore within 8 hours
TB:Severity 2|Single greenhouse or single device type without data|2 hours|Next business day
TB:Severity 3|Other faults and questions|1 business day|Next scheduled visit
P:6.3 For each full hour by which the Supplier exceeds the response or restoration time for a Severity 1 fault, the Supplier shall pay the Buyer CNY 600, which the Buyer may deduct from any amount due.
P:6.4 After the warranty the Buyer may order annual support at 8% of the Hardware and Licence Subtotal, CNY 91,168 per year. This fee is fixed for the three years after the warranty. Support is ordered by the Buyer year by year and does not renew automatically.
H:7. Licence and Intellectual Property
P:7.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for its greenhouses in China, without limit on the number of users or devices connected.
P:7.2 Dashboards, alarm rules, integration scripts and reports configured for the Buyer belong to the Buyer, and the Buyer may use, modify and have them modified by third parties without restriction.
P:7.3 The Supplier warrants that the System does not infringe third-party rights and shall indemnify the Buyer against any infringement claim.
H:8. Data Security
P:8.1 All measurements, images, alarms and crop records collected by the System ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:8.2 The Software shall be installed on the Buyer's own server. The Supplier's remote access requires the Buyer's approval for each session and is logged; Buyer Data shall not be transferred outside the Buyer's network or outside China.
P:8.3 The Supplier shall report any data breach or unauthorised access it becomes aware of within twelve (12) hours, cooperate in remedying it, and compensate the Buyer for losses caused by its fault.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential the Buyer's production data, greenhouse layouts, varieties and business information, and shall use them only for this Contract. This obligation continues for five years after the end of the Contract.
H:10. Delay and Liability
P:10.1 If the Supplier fails to deliver, install or achieve Final Acceptance by the dates in Clauses 3.1 and 5 for reasons attributable to it, it shall pay delay damages of 0.08% of the Contract Price per day of delay, up to 8% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, infringement, data breach and wilful misconduct.
H:11. Termination
P:11.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen (15) days after notice, or if delay damages reach their maximum.
P:11.2 On termination, the Supplier shall refund amounts paid for Equipment or services not accepted, and the Buyer may keep and use any accepted part.
H:12. Force Majeure
P:12.1 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, if it notifies the other party without delay and limits the effect. Dates are extended for the duration of the event. If the event lasts longer than ninety (90) days, either party may terminate the unperformed part of the Contract.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall be submitted to the Weifang Arbitration Commission for arbitration in Weifang. The award is final.
H:14. General
P:14.1 The Supplier shall keep a stock of spare sensors and gateways in China sufficient to replace faulty units within the times in Clause 6.2, and shall offer spare parts for at least six years after Final Acceptance.
P:14.2 This Contract is made in English and Chinese, both texts being equally authentic. It enters into force on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
H802E04 = """# Managed Services Agreement

**Agreement No. WHF-MSA-2027-03**

This Managed Services Agreement (the "Agreement") is entered into on 8 February 2027 between:

- **Wenzhou Haotian Footwear Co., Ltd.**, a company incorporated in the People's Republic of China, registered office in Lucheng District, Wenzhou, Zhejiang ("Customer"); and
- **Frontera Digital Services S.A.S.**, a company incorporated in Colombia, registered office at Avenida Libertadores, Cucuta, Norte de Santander, Colombia ("Provider").

Customer exports footwear to Latin America and runs its order management, warehouse and finance processes on an ERP system used by its head office in Wenzhou and its sales offices in Mexico City, Bogota and Lima. Customer wishes to outsource the support and operation of this ERP system and of its sales offices' end-user IT to Provider for thirty-six (36) months.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels and service credits in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Service Commencement Date" means the date on which Customer confirms in writing that the Transition has been completed under Section 4.

1.5 "Customer Data" means all data of Customer and its customers and suppliers that Provider receives or can access in performing the Services.

## 2. Term

2.1 This Agreement starts on signature and continues until thirty-six (36) months after the Service Commencement Date (the "Term").

2.2 The Agreement does not renew automatically. Six months before the end of the Term the parties will discuss whether to extend it; any extension and its charges must be agreed in writing.

## 3. Services

3.1 Provider shall perform the Services in accordance with Schedule 1 and the Service Levels in Schedule 2, with skilled personnel and in line with good industry practice.

3.2 Provider shall provide a service desk in Chinese, English and Spanish covering the working hours of all Customer locations, and an on-call engineer outside those hours for Priority 1 Incidents.

3.3 Provider shall appoint a service delivery manager who meets Customer's IT manager monthly to review performance, incidents, changes and improvement proposals.

3.4 Customer shall give Provider's staff the user accounts, remote access and documentation they reasonably need, answer their questions in good time and keep its ERP licences and hardware maintenance contracts in force. Provider is not responsible for a missed Service Level to the extent it is caused by Customer's failure to do so or by a third-party supplier engaged directly by Customer.

3.5 Changes to the scope of the Services are made through a written change request that states the effect on the Charges and the Service Levels. No change is binding until both parties have signed it. Provider shall not refuse a reasonable change request and shall price it at the rates in Schedule 3.

## 4. Transition and Acceptance

4.1 Provider shall complete the transition of the Services from Customer's current support arrangements (the "Transition") within seventy-five (75) days after signature, following the transition plan agreed with Customer.

4.2 The Transition is complete and the Services are accepted when: (a) Provider has documented every ERP interface, batch job, user role and support procedure in the run book; (b) Provider's staff have handled the service desk during a shadow period of twenty (20) business days with no Priority 1 Incident caused by Provider; (c) Provider has successfully performed the month-end close support and a restore test of the ERP database; and (d) monitoring of all in-scope servers and networks reports to Provider's console.

4.3 Customer shall confirm completion in writing within five (5) business days after the criteria are met, or state which criteria are not met.

4.4 If the Transition is not completed by the date in Section 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,500 for each day of delay.

## 5. Charges and Payment

5.1 Customer shall pay the Charges set out in Schedule 3. The total value of this Agreement for the Term is CNY 2,184,000.

5.2 The transition fee is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears, starting with the first month after the Service Commencement Date.

5.3 Customer shall pay each correct invoice within thirty (30) days. Service credits under Schedule 2 are deducted from the next invoice.

5.4 The Charges are fixed for the Term and include all travel, tools and licences Provider needs to deliver the Services.

## 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer on request and at the end of the Term.

## 7. Confidentiality

7.1 Each party shall keep confidential all information of the other party that is marked as confidential or that a reasonable person would consider confidential, including Customer Data, prices, designs and customer lists. The receiving party shall use such information only for this Agreement and disclose it only to its employees and advisers who need to know it.

7.2 These obligations continue for five (5) years after the end of the Agreement.

## 8. Intellectual Property

8.1 Reports, scripts, run books, configurations and other work products that Provider creates for Customer under this Agreement belong to Customer, who may use and modify them without restriction. Provider keeps its own pre-existing tools and methods and grants Customer a licence to use them as part of the work products.

## 9. Personnel and Subcontracting

9.1 Provider shall not subcontract any part of the Services without Customer's prior written consent.

9.2 Provider shall replace any member of its staff whom Customer reasonably objects to.

## 10. Liability

10.1 Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the Charges paid by Customer in the six (6) months preceding the event giving rise to the claim.

10.2 Neither party is liable for loss of profit or indirect loss. Nothing in this Agreement limits liability for personal injury caused by negligence or for fraud.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within thirty (30) days after notice, or if Provider misses the same Service Level in three consecutive months.

11.2 Either party may terminate by notice if the other becomes insolvent.

11.3 On expiry or termination Provider shall give Customer and any new provider reasonable exit assistance for up to ninety (90) days at the rates in Schedule 3.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be referred to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Shenzhen under its rules. The language of arbitration is English.

## 13. General

13.1 This Agreement, including its Schedules, is the entire agreement between the parties. Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses above by courier or e-mail with confirmation.

## Schedule 1 — Service Description

| Service | Scope | Hours |
|---|---|---|
| Service desk | Logging, triage and resolution of incidents and requests for about 260 users; password resets; user set-up | Working hours of all locations |
| ERP application support | Incident resolution, minor changes (up to 40 hours per month), month-end close support, user role administration | Working hours; on call for Priority 1 |
| ERP technical operation | Batch job monitoring, interface monitoring, database backup checks, patching in agreed windows | Continuous monitoring |
| Infrastructure monitoring | Servers, storage, firewalls and links at the head office and three sales offices | Continuous monitoring |
| Sales office end-user IT | Remote support of laptops, printers and meeting rooms; coordination of local hardware repairs | Local working hours |
| Reporting | Monthly service report and quarterly service review | Monthly and quarterly |

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response time | Resolution target | Service credit if missed |
|---|---|---|---|---|
| Priority 1 | ERP unavailable, order entry or shipping stopped, month-end close blocked | 30 minutes | 6 hours | 5% of the monthly service charge per incident |
| Priority 2 | A module, interface or sales office impaired | 1 hour | 1 business day | 2% of the monthly service charge per incident |
| Priority 3 | Single user issues and requests | 1 business day | 5 business days | 1% of the monthly service charge if more than one in ten such tickets in a month miss the target |

Service credits in a month are capped at 20% of that month's service charge. Measurement is based on the time stamps in Provider's ticketing tool, to which Customer has read access.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time | 96,000 |
| Monthly service charge | per month, 36 months | 58,000 per month |
| Total for the Term | | 2,184,000 |
| Additional ERP changes beyond 40 hours per month | per hour | 520 |
"""

# ---------------------------------------------------------------------------------------------------------------
H802E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. TAD-CN-2027-05

BETWEEN

Tolima AgroData S.A.S., a company incorporated in Colombia, with its registered office at Calle 10, Ibague, Tolima, Colombia ("Provider"); and

Guangzhou Nanfang Fresh Produce Import Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Tianhe District, Guangzhou, Guangdong ("Customer").

BACKGROUND

Provider collects and publishes agricultural data from Colombia and neighbouring countries: farm-gate and port prices for avocado, banana, coffee and tropical fruit, harvest forecasts, weather observations and shipping schedules. Customer imports fresh produce into China and wishes to use Provider's data in its purchasing and logistics planning through Provider's application programming interface. The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the datasets listed in Schedule A, as updated by Provider from time to time.

1.2 "API" means Provider's REST interface through which the Data is delivered, with its documentation.

1.3 "Subscription Year" means the one-year period starting on the Start Date, and each one-year period starting on an anniversary of it; the "Subscription Term" is the first and second Subscription Years.

1.4 "Start Date" means the date on which Provider issues production API keys to Customer after the onboarding acceptance in Clause 4.

1.5 "Customer Data" means the product lists, supplier codes, query parameters, user accounts and any files that Customer uploads or transmits to Provider, and the logs of Customer's use of the API.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the Data through the API and the web portal and to use the Data within Customer's group in China for its own purchasing, pricing and logistics decisions.

2.2 The subscription includes up to three hundred thousand (300,000) API calls per month, twenty-five (25) portal users and daily, weekly and historical price series back to 2015.

2.3 Customer shall not resell the Data or publish it in a form that allows third parties to rebuild it. Customer may share reports and charts derived from the Data with its banks, auditors and business partners.

3. FEES AND PAYMENT

3.1 The fees are:
(a) Subscription Fee: CNY 264,000 for each Subscription Year, CNY 528,000 for the Subscription Term;
(b) Onboarding and integration fee: CNY 42,000, one time.
The total fees under this Agreement are CNY 570,000, inclusive of VAT and withholding taxes payable in China.

3.2 Provider shall invoice the onboarding fee together with the Subscription Fee for the first Subscription Year on signature of this Agreement. Customer shall pay that invoice, CNY 306,000, within ten (10) business days after signature. Provider will start onboarding work after receiving this payment.

3.3 The Subscription Fee for the second Subscription Year is invoiced thirty (30) days before the first anniversary of the Start Date and is payable on that anniversary.

3.4 API calls above the monthly volume in Clause 2.2 are charged at CNY 0.20 per thousand calls, invoiced quarterly in arrears.

4. ONBOARDING AND ACCEPTANCE

4.1 Within forty (40) days after receiving the payment under Clause 3.2, Provider shall set up Customer's account, map the Data to Customer's product and supplier codes, build a connector that loads the Data into Customer's purchasing database each day, and train Customer's users.

4.2 Onboarding is accepted when: (a) the connector has loaded complete daily Data for ten (10) consecutive business days without manual intervention; (b) the price series for all products in Schedule A are present and match Provider's portal; (c) API calls from Customer's network return within one (1) second for the agreed test queries; and (d) Customer's users have been trained. Customer shall confirm acceptance in writing or list the failed criteria within five (5) business days.

4.3 If onboarding is not accepted within the period in Clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, which Customer may set off against any amount due.

5. SERVICE LEVELS

5.1 Provider shall make the API available at least 99.95% of each calendar month, excluding maintenance announced at least forty-eight (48) hours in advance and carried out outside 08:00 to 20:00 China Standard Time.

5.2 Daily price series shall be updated by 09:00 China Standard Time on each business day.

5.3 Provider shall respond to a Priority 1 incident (API unavailable, or no Data update for a business day) within one (1) hour at any time, and to other incidents within one business day.

5.4 If monthly availability falls below the level in Clause 5.1, or Data is updated late on more than three business days in a month, Provider shall credit Customer 5% of one twelfth of the annual Subscription Fee for each such failure, up to one half of that amount per month. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

5.5 Provider's support desk is reachable by e-mail, portal ticket and a telephone line in English and Spanish, with Chinese-language support by e-mail during China business hours. Provider shall publish a monthly report in the portal with availability, update times, incidents and credits due.

6. DATA QUALITY AND CHANGES

6.1 Provider shall compile the Data with reasonable skill and care from the sources described in Schedule A and shall correct any error reported by Customer or found by Provider within two business days, marking corrected values in the API.

6.2 Provider may add datasets, fields or sources. Provider shall not withdraw a dataset listed in Schedule A or change the structure of the API in a way that breaks Customer's connector without at least sixty (60) days' notice and a replacement of equal scope; if no equal replacement is offered, Customer may terminate and receive a pro rata refund of the Subscription Fee.

6.3 Customer shall keep its API keys and portal passwords secure, use the API within the volume in Clause 2.2 and tell Provider promptly of any suspected misuse of its account.

7. INTELLECTUAL PROPERTY

7.1 Provider owns the Data, the API and the portal, and all rights in them.

7.2 The connector, the mappings to Customer's codes and any reports built for Customer under Clause 4 belong to Customer, who may use, modify and let third parties maintain them freely. Provider shall deliver their source code at acceptance.

8. CUSTOMER DATA AND SECURITY

8.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the subscription and shall not use it for any other purpose, including in aggregated form.

8.2 Provider shall protect Customer Data with encryption in transit and at rest, access limited to named support staff, multi-factor authentication, logging of all access and regular security testing. API keys shall be revocable by Customer at any time through the portal.

8.3 Provider shall notify Customer within twelve (12) hours after becoming aware of unauthorised access to Customer Data or to Customer's account, take immediate steps to contain it, and compensate Customer for the resulting losses where caused by Provider's breach of this Clause 8.

8.4 At the end of the Subscription Term Provider shall delete Customer Data within thirty (30) days and confirm the deletion in writing.

9. SUBCONTRACTING

9.1 Provider shall not subcontract the provision of the API, the onboarding work or any processing of Customer Data without Customer's prior written consent. Provider's hosting provider named in Schedule B is approved.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the total fees in Clause 3.1.

10.2 The limit does not apply to Provider's breach of Clause 8, to infringement of third-party rights, or to fraud or wilful misconduct.

10.3 Provider does not warrant that the Data forecasts future prices or harvests, and Customer remains responsible for its commercial decisions.

11. TERM AND TERMINATION

11.1 This Agreement takes effect on signature and ends at the end of the second Subscription Year. It does not renew automatically; a renewal requires a written agreement signed by both parties.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty (30) days after notice. If Customer terminates for Provider's breach, Provider shall refund the fees paid for the period after termination.

11.3 Clauses 7, 8 and 10 survive termination.

12. FORCE MAJEURE

12.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, including natural disasters, epidemics, civil unrest or government action, if it gives prompt notice and resumes performance as soon as possible.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou in accordance with its rules. The language of the arbitration is English, and the award is final.

14. GENERAL

14.1 This Agreement, with Schedule A (Datasets) and Schedule B (Hosting Provider and API Documentation), is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties. Neither party may assign this Agreement without the other's written consent.

Signed for Provider: ____________________

Signed for Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Design: file, format, labels, and the rules I expect (my own design list, checked against the rules derived from
# the labels below). "base" and "warranty" feed the TCO check (policy §4); "forum_outside" is a forum outside
# mainland China (CR-GOVERNING-LAW even with PRC law); "sums" are (parts, total) pairs asserted below.
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def terms(*vals):
    assert len(vals) == len(KEYS)
    return dict(zip(KEYS, vals))


G, S = "goods_or_licence", "service"
DESIGN = {
    "h802z01": dict(
        file="h802z01_waterway_survey_data_platform.pdf", src=H802Z01, lang="zh", category="software",
        terms=terms(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 9, False, True, False,
                    "PRC", G),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=1684000),
        base=860000, rules=[],
        sums=[([860000, 612000, 138000, 74000], 1684000), ([336800, 757800, 589400], 1684000),
              ([860000 * 9 // 100], 77400)]),
    "h802z02": dict(
        file="h802z02_hot_water_bottle_line_control_retrofit.docx", src=H802Z02, lang="zh", category="hardware",
        terms=terms(None, 1, True, "buyer", True, True, True, 0.08, None, 10, True, True, 18, 28, False, True, True,
                    "PRC", G),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=1250000),
        base=1020000, rules=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
        sums=[([372000, 156000, 162000, 84000, 48000, 198000], 1020000), ([8 * 46500], 372000), ([48 * 3250], 156000),
              ([12 * 13500], 162000), ([16 * 5250], 84000), ([10 * 4800], 48000), ([1020000, 186000, 44000], 1250000),
              ([125000, 687500, 437500], 1250000), ([1020000 * 28 // 100], 285600)]),
    "h802z03": dict(
        file="h802z03_weightlifting_chain_booking_membership_saas.txt", src=H802Z03, lang="zh", category="cloud",
        terms=terms(99.5, 0.5, True, "buyer", True, True, True, 0.1, 6 / 24 * 100, None, True, None, None, None, True,
                    True, False, "PRC", S),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=560000),
        rules=["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
        sums=[([35 * 6800], 238000), ([238000, 238000, 84000], 560000)]),
    "h802z04": dict(
        file="h802z04_roadside_parking_system_om_service.txt", src=H802Z04, lang="zh", category="services",
        terms=terms(99.95, 0.25, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False,
                    False, False, "PRC", S),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=736000),
        rules=["CR-LD-LOW", "CR-TERMINATION"],
        sums=[([184000] * 4, 736000)]),
    "h802z05": dict(
        file="h802z05_bamboo_carving_process_tracking_supplier_template.md", src=H802Z05, lang="zh",
        category="software",
        terms=terms(None, None, False, "supplier", True, False, True, None, None, 65, False, False, 6, None, False,
                    True, None, None, G),
        extra=dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=False,
                   acceptance_deemed_on_delivery=True, contract_value=312000),
        base=168000,
        rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
               "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
        sums=[([168000, 126000, 18000], 312000), ([202800, 109200], 312000), ([312000 * 65 // 100], 202800)]),
    "h802e01": dict(
        file="h802e01_tour_operations_perpetual_licence_cusco_vendor.pdf", src=H802E01, lang="en", category="software",
        terms=terms(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False,
                    "Peru", G),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=1768000),
        base=1180000, forum_outside=True, rules=["CR-GOVERNING-LAW"],
        sums=[([1180000, 326000, 214000, 48000], 1768000), ([353600, 795600, 618800], 1768000),
              ([1768000 * 20 // 100], 353600), ([1180000 * 11 // 100], 129800)]),
    "h802e02": dict(
        file="h802e02_coffee_quality_saas_order_form_manizales_vendor.md", src=H802E02, lang="en", category="cloud",
        terms=terms(99.95, 1, False, "buyer", True, False, True, 400 / 518000 * 100, 150, None, True, None, None, None,
                    False, True, False, "PRC", S),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=518000),
        rules=["CR-DATA-OWNERSHIP", "CR-SLA-NO-REMEDY"],
        sums=[([186000, 54000] * 2 + [38000], 518000), ([60000 * 4], 186000 + 54000)]),
    "h802e03": dict(
        file="h802e03_greenhouse_sensors_monitoring_licence_huancayo_vendor.docx", src=H802E03, lang="en",
        category="hardware",
        terms=terms(None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 24, 8, False, True, False,
                    "PRC", G),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                   contract_value=1320000),
        base=1139600, rules=[],
        sums=[([320 * 1450, 40 * 6800, 24 * 4900, 286000], 1139600), ([1139600, 148400, 32000], 1320000),
              ([132000, 726000, 462000], 1320000), ([1139600 * 8 // 100], 91168)]),
    "h802e04": dict(
        file="h802e04_erp_managed_services_36_months_cucuta_vendor.md", src=H802E04, lang="en", category="services",
        terms=terms(None, 0.5, True, "buyer", False, True, True, 1500 / 2184000 * 100, 6 / 36 * 100, None, True, None,
                    None, None, False, True, False, "PRC", S),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2184000),
        rules=["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
        sums=[([96000, 58000 * 36], 2184000)]),
    "h802e05": dict(
        file="h802e05_agri_market_data_api_subscription_ibague_vendor.txt", src=H802E05, lang="en", category="cloud",
        terms=terms(99.95, 1, True, "buyer", True, True, False, 500 / 570000 * 100, 150, 306000 / 570000 * 100, True,
                    None, None, None, False, True, False, "PRC", S),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=570000),
        rules=["CR-CONFIDENTIALITY", "CR-PREPAYMENT"],
        sums=[([264000, 264000, 42000], 570000), ([264000, 42000], 306000)]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy §3 defaults
TH = dict(availability=99.9, p1_hours=4, ld_day=0.05, cap=100, prepay=30, warranty=12, pwf=15, tco_share=40)


def tco_share(d):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = the itemised
    licence / hardware subtotal. None when the fee is not a fixed, capped figure (not computable)."""
    t, x = d["terms"], d["extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * d["base"]
    return fees / (x["contract_value"] + fees) * 100


def derive_rules(d):
    """My reading of policy §3 applied to a label."""
    t, x = d["terms"], d["extra"]
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_hours"]:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_day"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["pwf"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(d)
        if share is not None and share > TH["tco_share"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or d.get("forum_outside"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# --- threshold-figure scan -------------------------------------------------------------------------------------
CN_DIGIT = "一二三四五六七八九十两"
THRESHOLD_RES = [re.compile(p, re.I) for p in [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])4\s*\)?\s*-?\s*(?:hours?|hrs?\b|h\b|小时|个小时)",
    r"(?<![-a-z])four\s*(?:\(\s*4\s*\))?\s*-?\s*hours?",
    r"(?<![%s])四个?小时" % CN_DIGIT,
    r"(?<![\d.])0?\.05\s*(?:%|per\s*cent|percent)",
    r"万分之五(?![十])", r"千分之零点五", r"(?<![\d.])0\.0005(?!\d)",
    r"(?<![\d.])100\s*(?:%|per\s*cent|percent)", r"百分之一?百", r"one\s*hundred\s*(?:per\s*cent|percent)",
    r"(?<![\d.])30\s*(?:%|per\s*cent|percent)", r"(?<![%s])百分之三十(?![%s])" % (CN_DIGIT, CN_DIGIT),
    r"(?<![-a-z])thirty\s*(?:\(30\))?\s*(?:per\s*cent|percent)", r"(?<![%s])三成" % CN_DIGIT,
    r"(?<![\d.])15\s*(?:%|per\s*cent|percent)", r"百分之十五(?![%s])" % CN_DIGIT,
    r"(?<![-a-z])fifteen\s*(?:\(15\))?\s*(?:per\s*cent|percent)",
    r"(?<![\d.])40\s*(?:%|per\s*cent|percent)", r"百分之四十(?![%s])" % CN_DIGIT,
    r"(?<![-a-z])forty\s*(?:\(40\))?\s*(?:per\s*cent|percent)", r"(?<![%s])四成" % CN_DIGIT,
    r"(?<![\d.])12\s*\)?\s*-?\s*(?:calendar\s*)?months?", r"(?<![\d.])12\s*个月", r"(?<![%s])十二个月" % CN_DIGIT,
    r"(?<![-a-z])twelve\s*(?:\(12\))?\s*-?\s*(?:calendar\s*)?months?",
]]
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4-hour", "(4) hours", "4小时", "四小时", "four (4) hours", "four hours",
            "0.05%", "0.05 per cent", "万分之五", "千分之零点五", "100%", "100 per cent", "百分之百", "30%", "30 %",
            "百分之三十", "thirty per cent", "15%", "百分之十五", "40%", "百分之四十", "12 months", "12-month",
            "(12) months", "12个月", "十二个月", "twelve (12) months", "twelve months", "twelve calendar months"]
MUST_MISS = ["99.95%", "99.99%", "99.5%", "24 hours", "(24) hours", "24小时", "二十四小时", "14小时", "0.055%",
             "万分之五十", "130%", "0.30%", "百分之三十五", "150%", "1,500%", "2027年12月31日", "112 months",
             "twenty-four hours", "twelve (12) hours", "45%", "二十四个月", "三十日", "115%", "140%", "0.15%",
             "112个月", "1.4 hours"]


def threshold_hits(text):
    return [m.group(0) for rx in THRESHOLD_RES for m in rx.finditer(text)]


def self_test_scan():
    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


# --- reading back ----------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def label(key, d):
    extra_keys = ["sla_clause", "ld_stated"] + (["post_warranty_fee_capped"] if d["terms"]["contract_kind"] == G else [])
    extra_keys += ["acceptance_deemed_on_delivery", "contract_value"]
    assert set(extra_keys) == set(d["extra"]), (key, d["extra"].keys())
    return {"file": d["file"], "language": d["lang"], "category": d["category"],
            "expected_terms": {k: d["terms"][k] for k in KEYS},
            "expected_extra": {k: d["extra"][k] for k in extra_keys},
            "expected_rules": sorted(d["rules"])}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test_scan()
    built = {}
    for key, d in DESIGN.items():
        path = OUT / d["file"]
        assert d["file"].startswith(key + "_")
        ext = path.suffix[1:]
        if ext in ("docx", "pdf"):
            write({key: d["src"]}, {key: (d["file"], ext)}, OUT, wrap_words=True)
        else:
            path.write_text(d["src"].rstrip("\n") + "\n", encoding="utf-8")
            print("wrote", d["file"])
        built[key] = read_back(path)

    covered = set()
    report = []
    for key, d in DESIGN.items():
        text, t, x = built[key], d["terms"], d["extra"]
        # sums
        for parts, total in d["sums"]:
            assert sum(parts) == total, (key, parts, total)
        # lengths
        n = length(text, d["lang"])
        lo, hi = (2750, 3000) if d["lang"] == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        # threshold figures in the text: raw, whitespace-collapsed, whitespace-free
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            hits = threshold_hits(form)
            assert not hits, (key, hits)
        # label values against thresholds
        for k, th in [("availability_pct", TH["availability"]), ("p1_response_hours", TH["p1_hours"]),
                      ("ld_rate_per_day_pct", TH["ld_day"]), ("liability_cap_pct", TH["cap"]),
                      ("prepayment_pct", TH["prepay"]), ("warranty_months", TH["warranty"]),
                      ("post_warranty_fee_pct", TH["pwf"])]:
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k, t[k])
        share = tco_share(d)
        if share is not None:
            assert abs(share - TH["tco_share"]) > 2, (key, share)
        # kind conventions
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        # rules
        derived = derive_rules(d)
        assert derived == sorted(d["rules"]), (key, derived, d["rules"])
        covered |= set(derived)
        lab = label(key, d)
        (OUT / (Path(d["file"]).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                             encoding="utf-8")
        report.append((key, d["file"], n, ", ".join(r[3:] for r in derived) or "(none)", risk(derived),
                       None if share is None else round(share, 1)))

    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    # the mix
    counts = {k: len(d["rules"]) for k, d in DESIGN.items()}
    assert counts["h802z01"] == 0 and counts["h802e03"] == 0
    assert DESIGN["h802e01"]["rules"] == ["CR-GOVERNING-LAW"] and risk(DESIGN["h802e01"]["rules"]) == "low"
    assert 8 <= counts["h802z05"] <= 10
    for k in ("h802z02", "h802z03", "h802z04", "h802e02", "h802e04", "h802e05"):
        assert 2 <= counts[k] <= 3, k
    for row in report:
        print("%s  %-64s len %5d  risk %-6s tco %-5s  %s" % (row[0], row[1], row[2], row[4], row[5], row[3]))
    print("all 20 rules covered; all checks passed")


if __name__ == "__main__":
    main()
