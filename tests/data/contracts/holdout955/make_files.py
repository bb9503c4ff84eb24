"""holdout955: builds the ten draft contracts from the sources below, writes the .json labels and asserts the checks.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .docx/.pdf via ../word_pdf.py.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H955Z01 = """
T:市卫生健康委员会家庭病床服务管理平台采购合同
P:合同编号：WJW-ZC-2027-0418    采购方式：公开招标（政府采购）
P:甲方（采购人）：临川市卫生健康委员会
P:乙方（供应商）：江州康联信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就家庭病床服务管理平台的软件许可、定制开发及实施事宜，经协商一致订立本合同，共同遵守。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供家庭病床服务管理平台软件（V3.0）的永久使用许可，许可范围为甲方及全市二十六家社区卫生服务中心、乡镇卫生院，不限用户数。
P:1.2 乙方按甲方需求完成定制开发，包括：建床评估与审批流程、巡诊计划与上门服务记录、移动护理APP、医保结算对接、家庭病床质控看板。
P:1.3 乙方负责与全民健康信息平台、区域HIS、基本公共卫生系统及医保平台的数据对接，并完成部署、调试和培训。
P:1.4 合同总价为人民币壹佰柒拾贰万陆仟元整（¥1,726,000），其中：平台软件许可费780,000元，定制开发费640,000元，数据对接费210,000元，部署实施及培训费96,000元。合同总价为固定价格，包含税费、差旅及乙方为履约所需的全部费用。
H:第二条 付款方式
P:2.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:2.2 平台完成部署、数据对接并通过初步验收后，甲方支付合同总价的45%。
P:2.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应向甲方开具合法有效的增值税专用发票，甲方收到发票后十五个工作日内付款。
P:2.4 乙方应在每次付款前开具合法有效的增值税发票。甲方付款受财政资金拨付进度影响的，应及时书面告知乙方。
H:第三条 交付期限
P:3.1 乙方应于合同签订之日起九十日内完成部署和数据对接，具备初步验收条件；初步验收后进入为期六十日的试运行。
P:3.2 乙方应按双方确认的实施计划推进工作，每两周向甲方提交进度报告。
P:3.3 乙方应为甲方及各基层医疗机构提供不少于四期集中培训，培训对象包括管理人员、家庭医生、护士和信息科人员，培训结束后进行操作考核，考核结果作为初步验收的参考材料之一。
P:3.4 乙方应指定一名具有相应项目管理经验的项目经理常驻甲方现场，未经甲方书面同意不得更换；项目组主要人员应与投标文件一致。
H:第四条 验收
P:4.1 初步验收标准：需求规格说明书所列功能全部实现；与四个外部系统的接口连续十日运行无差错，数据核对一致；在三百个并发用户下页面平均响应时间不超过2秒；通过第三方信息安全测评，无高危漏洞。
P:4.2 最终验收标准：试运行期间未发生一级故障；上门服务记录、医保结算数据与源系统逐条核对一致；用户操作手册、运维手册、源代码及部署文档齐全。
P:4.3 验收由甲方组织，邀请社区卫生服务中心代表及专家参加，形成书面验收报告。平台上线、试运行或甲方使用，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第五条 质量保证与维护服务
P:5.1 质保期为自最终验收合格之日起二十四个月。质保期内乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持。
P:5.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过70,200元，该价格自质保期满起三个年度内不得上调。维护合同由双方另行签订，不自动续期。
H:第六条 服务水平
P:6.1 平台按月统计的可用率不低于99.95%（计划内维护时间除外，计划内维护应提前三个工作日通知甲方，并安排在夜间进行）。
P:6.2 故障分级与响应：一级故障（平台整体不可用或医保结算中断）乙方应在30分钟内响应，2小时内到场，6小时内恢复；二级故障（部分功能不可用）2小时内响应，24小时内解决；三级故障（一般问题）在下一个工作日内答复。
P:6.3 乙方未按时响应或恢复的，每迟延一小时扣减服务费1,000元；月可用率每低于承诺值0.01个百分点，扣减2,000元。扣减款从质保金或应付款中抵扣。
P:6.4 乙方每月向甲方提交服务报告，列明当月可用率、故障次数、处理时长及改进措施。
H:第七条 知识产权
P:7.1 平台软件的原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 本合同项下定制开发的功能模块、接口程序、移动护理APP、数据模型及其源代码和文档，知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:7.3 乙方保证其交付物不侵犯任何第三方的合法权利，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台所涉患者健康信息、家庭病床档案、诊疗及结算数据等全部数据归甲方所有，乙方仅为履行本合同之目的处理，不得用于其他任何目的，不得向任何第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及卫生健康行业数据安全管理规定，对个人信息进行加密存储和传输，落实访问控制、操作日志审计和最小权限原则；运维操作须经甲方审批并通过堡垒机进行，不得将数据拷贝至甲方网络以外。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，包括甲方因此承担的行政处罚和第三方索赔。
P:8.4 合同终止或维护服务结束时，乙方应将其掌握的甲方数据全部返还并彻底删除，并出具书面删除证明。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、网络架构、系统口令及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。
P:9.2 保密义务不因本合同的终止而解除。乙方应要求其参与项目的人员签署保密承诺书。
H:第十条 违约责任
P:10.1 乙方未按第三条约定期限具备验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付的系统经两次整改仍未通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十一条 分包
P:11.1 乙方不得将本合同项下的主体工作转包或分包。非主体工作确需分包的，应事先取得甲方书面同意，乙方对分包部分向甲方承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
H:第十三条 适用法律与争议解决
P:13.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方签字盖章之日起生效。招标文件、投标文件、中标通知书及双方签署的补充协议为本合同的组成部分。
P:14.2 本合同一式六份，甲方四份，乙方二份，具有同等法律效力。
P:14.3 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：临川市卫生健康委员会    乙方（盖章）：江州康联信息技术有限公司
P:签订日期：2027年3月8日
"""

H955Z02 = """
T:生产线控制系统改造合同
P:合同编号：JLT-SB-2027-016
P:甲方：河间市金力杠铃器材有限公司
P:乙方：沧州恒拓自动化工程有限公司
P:甲方拟对其杠铃杆、杠铃片及配重片三条生产线的控制系统进行改造，乙方通过比选成为承包方。双方依据《中华人民共和国民法典》，经平等协商订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除原有继电器控制柜和老旧变频器，为三条生产线供货并安装新的PLC控制柜、伺服驱动及电机、触摸屏人机界面、工业以太网交换机，部署生产监控与数据采集软件（SCADA/MES模块），并编制全部PLC及HMI程序。
P:1.2 改造后的控制系统应实现：杠铃杆滚花、热处理、电镀工段的自动联动；杠铃片浇铸与包胶工序的配方管理；每件产品的称重数据自动采集和追溯；产量、能耗、设备停机原因的实时统计。
P:1.3 乙方应在甲方规定的停产窗口内分线施工，每条线停产时间不超过十日，不得影响其余生产线的正常生产。
P:1.4 乙方提供的设备和元件应为全新原厂产品，品牌、型号和技术参数应与技术协议附件所列一致；确需替换的，应事先取得甲方书面确认，且性能不得低于原约定。
P:1.5 乙方应对甲方操作工、电工和设备管理人员进行分批培训，内容包括系统操作、日常点检、常见故障处理和程序备份恢复，培训后由甲方组织考核。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰肆拾肆万元整（¥2,440,000），明细如下表，含设备费、软件许可费、运输、安装调试、程序编制、培训及税费。
TB:序号|项目|数量|金额（元）
TB:1|PLC及控制柜（含电气元件）|6套|1,120,000
TB:2|伺服驱动器及伺服电机|42套|586,000
TB:3|触摸屏人机界面（HMI）|12台|96,000
TB:4|SCADA/MES软件许可（永久）|1套|248,000
TB:5|工业以太网交换机|14台|62,000
TB:|设备及软件小计||2,112,000
TB:6|安装调试及旧设备拆除|1项|184,000
TB:7|PLC/HMI程序编制及工艺联调|1项|126,000
TB:8|操作及维护培训|1项|18,000
TB:|合同总价||2,440,000
P:2.2 除甲方书面提出的范围变更外，合同总价不作调整。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并安装完毕、经甲方签收后，甲方支付合同总价的45%。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 三条生产线全部通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次收款前应向甲方开具合法有效的增值税专用发票，甲方收到发票后十五个工作日内付款。
H:第四条 工期
P:4.1 乙方应在合同生效后七十五日内完成三条生产线的改造，具备最终验收条件。
P:4.2 乙方应在开工前提交施工组织方案和停产窗口计划，经甲方确认后实施。
P:4.3 乙方应安排不少于六名电气和自动化工程师驻场施工，每日向甲方设备部提交施工日志，如实记录完成内容、存在问题和次日计划。
P:4.4 因甲方原因推迟停产窗口的，工期相应顺延，乙方不承担逾期责任。
H:第五条 验收
P:5.1 每条生产线改造完成后进行七十二小时连续带料试运行。验收标准：控制功能与技术协议逐项相符；联动节拍达到技术协议规定值；称重数据逐件采集、无缺失，且与人工抽检结果一致；报警及急停功能测试全部通过；电气安装符合国家标准。
P:5.2 三条生产线均通过试运行后，甲方组织最终验收，签署书面验收报告。乙方应同时提交电气图纸、程序备份、软件说明书和操作手册。
P:5.3 设备到货、安装完毕或甲方投入生产使用，均不视为验收合格。验收不合格的，乙方应在十日内整改，整改后重新验收。
H:第六条 质保与维保
P:6.1 质保期为自最终验收合格之日起二十四个月。质保期内乙方免费维修或更换有缺陷的设备和元件，并免费修复程序缺陷。
P:6.2 一级故障（整条生产线停机）乙方应在1小时内响应，3小时内到达现场，8小时内恢复生产；二级故障（单台设备或单个工段停机）2小时内响应，24小时内修复；三级故障在三个工作日内处理。
P:6.3 乙方未按上述时限响应或恢复的，每迟延一小时向甲方支付1,500元；同一故障在一个月内重复发生的，另行支付3,000元。
P:6.4 质保期满后，乙方提供维保服务，内容包括定期巡检、备品备件更换、程序维护和驻场技术支持。维保费每年按设备及软件小计的32%计取，即每年675,840元，按季度支付，该金额在质保期满后的三个年度内固定不变。
P:6.5 维保期内的故障响应与恢复时限同第6.2条，迟延责任同第6.3条。乙方每季度向甲方提交巡检报告和备件消耗清单。
H:第七条 知识产权
P:7.1 乙方为本项目编制的PLC程序、HMI画面、配方数据结构、报表及相关文档的知识产权归甲方所有，乙方应交付未加密的完整程序文件。
P:7.2 SCADA/MES软件的著作权仍归其原权利人，甲方获得永久使用许可，可在本厂范围内不限点位使用。
H:第八条 数据安全
P:8.1 生产数据、配方数据、称重及质量追溯数据均归甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:8.2 控制网络与办公网络之间应部署工业防火墙，乙方远程维护须事先取得甲方批准，并通过甲方指定的堡垒机接入，操作全程记录。
P:8.3 因乙方原因导致生产数据泄露、丢失或被篡改的，乙方应在2小时内报告甲方，采取补救措施，并赔偿甲方全部损失。
H:第九条 保密
P:9.1 乙方对在履约过程中知悉的甲方工艺参数、配方、产能、客户信息等商业秘密负有保密义务，未经甲方书面许可不得向任何第三方披露，合同终止后仍然有效。
H:第十条 违约责任
P:10.1 乙方未按第四条约定期限具备最终验收条件的，每逾期一日，按合同总价的千分之一支付违约金；因乙方原因导致停产窗口延长的，另应赔偿甲方停产损失。
P:10.2 乙方提供的设备不符合技术协议的，应无条件更换，并承担由此产生的费用。
P:10.3 甲方逾期付款的，每日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 乙方可将电气安装、桥架敷设等现场施工工作分包给具备相应资质的单位，但应在进场前五个工作日书面通知甲方，并对分包单位的工作质量和安全承担责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内仍未纠正的，甲方有权解除本合同，乙方应返还已收款项并赔偿损失。
P:12.2 乙方逾期超过三十日的，甲方有权解除合同。
P:12.3 合同解除后，乙方应在十五日内撤场，并移交已完成部分的程序、图纸和资料。
H:第十三条 安全生产
P:13.1 乙方施工人员应遵守甲方安全生产管理制度，动火、登高、带电作业须办理作业票。因乙方原因发生安全事故的，由乙方承担责任。
P:13.2 乙方应为其施工人员办理工伤保险及意外伤害保险，施工结束后清理现场，拆除的旧设备按甲方指定地点堆放。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交沧州仲裁委员会仲裁。
H:第十五条 其他
P:15.1 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。技术协议为本合同附件，与本合同具有同等效力。
P:15.2 本合同未尽事宜，由双方另行协商并签订补充协议。
P:甲方（盖章）：            乙方（盖章）：
P:日期：2027年4月    日
"""

H955Z03 = """壶铃训练连锁门店预约及会员管理系统服务合同

合同编号：KB-IT-2027-03
甲方：上海铁铃健身管理有限公司
乙方：杭州约课云科技有限公司

甲方在上海、苏州、杭州经营四十家壶铃训练门店。为统一课程预约、会员管理和门店经营数据，甲方向乙方订购约课云SaaS服务并委托乙方实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方四十家门店提供课程预约、会员卡管理、私教排课、教练课时结算、线上支付、小程序及门店经营报表等功能，每家门店不限员工账号数。
2. 服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起计算，第二个服务年度紧随其后。
（二）实施服务
1. 乙方负责系统配置、历史会员及课包数据迁移（约三万八千名会员）、与甲方微信公众号和财务系统的对接、门店收银设备调试。
2. 乙方为甲方总部及每家门店的店长、前台和教练提供培训，并提供操作手册和培训视频。
4. 乙方为甲方指定客户成功经理一名，负责日常需求对接和季度业务回顾。
3. 乙方按甲方要求开发会员训练档案、壶铃等级考核记录两个定制报表。
（三）标准功能清单见附件一。服务期内乙方发布的新版本标准功能，甲方可免费使用。

二、费用及支付
（一）合同总价为人民币玖拾贰万元整（¥920,000），包括：
1. 订阅费：每家门店每个服务年度9,800元，四十家门店每个服务年度392,000元，两个服务年度合计784,000元；
2. 实施费：136,000元（含数据迁移、接口对接、定制报表和培训）。
（二）支付方式
1. 实施费在系统上线验收合格后十五个工作日内一次性支付。
2. 每个服务年度的订阅费，在该服务年度开始后三十日内支付。
3. 本合同不设预付款。乙方应在收款前开具增值税专用发票，甲方收到发票后十五个工作日内付款。
（三）服务期内新增门店的，按每家门店9,800元的年度单价按月折算，与当期订阅费一并结算。
（四）订阅费包含云资源、短信通道（每个服务年度不超过二十万条）、版本升级和标准技术支持；超出部分的短信按每条0.04元另行结算。

三、实施与上线验收
（一）乙方应在合同签订后六十日内完成实施，具备上线验收条件。
（二）上线验收标准：
1. 全部会员、课包余额及有效期数据迁移完整，与甲方原系统逐条核对一致；
2. 预约、签到、扣课、退款全流程在四十家门店实测通过；
3. 与微信公众号、财务系统的接口连续七日无差错；
4. 高峰时段（每晚七点至九点）小程序预约页面打开时间不超过2秒；
5. 定制报表数据与抽查结果一致，培训全部完成。
（三）甲方应在乙方提交验收申请后十个工作日内组织验收并出具书面意见。系统试用或门店开始使用不视为验收合格。
（四）上线后两周内，乙方安排实施顾问分区驻店支持，对每家门店至少进行一次现场回访。
（五）验收不合格的，乙方应在十日内整改并重新申请验收，整改期间计入逾期天数。

四、服务水平
（一）乙方承诺系统按月计算的可用率不低于99.5%，计划内维护应安排在凌晨一点至五点之间并提前两日通知。
（二）故障分级与响应：
1. 一级故障（全部门店无法预约或无法支付）：1小时内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：2小时内响应，8小时内恢复；
3. 三级故障（一般问题及咨询）：一个工作日内答复。
（三）服务补偿：月可用率每低于承诺值0.1个百分点，乙方按当月订阅费（服务年度订阅费的十二分之一）的5%给予服务抵扣；一级故障未按时恢复的，每超过一小时抵扣当月订阅费的2%。抵扣额从下一期订阅费中扣除。
（四）乙方每月5日前向甲方提交上月服务报告。
（五）乙方提供7×24小时热线及在线客服，门店可通过管理后台提交工单并查询处理进度。

五、数据
（一）会员信息、预约及训练记录、交易数据等甲方业务数据归甲方所有。
（二）甲方同意，乙方可以对上述数据进行去标识化处理后，用于产品功能改进、健身行业趋势分析及发布行业报告，该使用不限于服务期内。
（三）服务期满或合同终止后三十日内，乙方应按甲方要求以通用格式导出并返还全部数据，随后删除其系统中的甲方数据。

六、数据安全
（一）乙方云平台应通过网络安全等级保护三级测评，数据在传输和存储中加密，会员手机号、身份证号等个人信息分字段加密并脱敏显示。
（二）乙方应建立访问控制和操作审计制度，员工访问甲方数据须经授权并留存日志。
（三）发生数据泄露或安全事件的，乙方应在2小时内通知甲方，配合甲方履行个人信息保护法规定的告知义务；因乙方原因导致的，乙方赔偿甲方全部损失，包括向会员承担的赔偿和行政罚款。
（四）乙方每个服务年度至少进行两次渗透测试和数据恢复演练，并将结果书面告知甲方。

七、保密
双方对在合作中获悉的对方商业秘密（包括经营数据、价格、课程体系、技术资料）负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后继续有效。乙方应要求其接触甲方信息的员工签署保密承诺。

八、知识产权
（一）约课云平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制开发的两个报表、数据迁移脚本及甲方品牌小程序页面设计，知识产权归甲方所有，甲方可以自由使用和修改。
（三）乙方保证平台及交付物不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并承担费用。

九、违约责任
（一）乙方未按第三条约定期限具备上线验收条件的，每逾期一日，按合同总价的万分之六向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
（三）因系统故障导致会员投诉、退费的，乙方应承担相应损失。

十、续展
服务期届满前三十日，任何一方未书面通知对方不再续约的，本合同自动续展一个服务年度，可多次续展。续展期的订阅费按乙方届时公布的标准价格执行，乙方无须另行征得甲方同意。

十一、分包
未经甲方书面同意，乙方不得将实施服务的任何部分分包给第三方。

十二、合同解除
（一）乙方严重违约且在收到甲方书面通知后十五日内未纠正的，甲方有权解除本合同，并要求乙方退还未履行部分的费用。
（二）连续两个月可用率低于承诺值的，甲方有权解除本合同。
（三）合同解除后，乙方应按第五条第（三）项返还数据。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交上海仲裁委员会仲裁。

十四、甲方义务
（一）甲方应指定项目负责人，及时提供原系统数据、接口资料和门店网络条件。
（二）甲方应妥善保管管理员账号，因甲方账号管理不善导致的损失由甲方承担。

十五、不可抗力
因不可抗力导致不能履行的，受影响方应在三日内通知对方并提供证明，在影响范围内免责；不可抗力持续超过六十日的，双方可协商解除合同。

十六、通知
本合同项下的通知以书面形式送达双方在首页载明的地址或电子邮箱，电子邮件发出之日视为送达。任何一方变更联系方式的，应提前五日书面通知对方。

十七、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
签订日期：2027年5月    日
"""

H955Z04 = """隧道火灾自动报警系统年度运维服务合同

项目名称：2027年度公路隧道火灾自动报警系统运维服务
采购方式：竞争性磋商
合同编号：SJT-YW-2027-007
甲方：松江县交通运输局
乙方：赣中安消科技服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方所辖隧道火灾自动报警系统的年度运行维护服务，订立本合同。

第一条 服务范围
（一）运维对象为甲方所辖青岭隧道（左右线各3.2公里）、石门隧道（1.8公里）、龙口隧道（2.4公里）的火灾自动报警系统，包括火灾报警控制器、光纤光栅感温探测器、双波长火焰探测器、手动报警按钮、声光报警器、消防电话、区域控制器、监控中心报警主机及其与隧道通风、照明、情报板的联动控制。
（二）服务内容包括：日常巡检、月度功能测试、季度联动试验、故障维修、备品备件管理、软件及数据库维护、运行数据整理和应急保障。
（三）服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，续签须重新履行采购程序。
（四）运维设备的名称及数量以附件《设备清单》为准，共计感温光纤探测区段四百六十个、火焰探测器三百二十只、手动报警按钮二百一十个。
（五）乙方应在合同生效后七日内完成进场接管，与原运维单位办理设备状态交接并签署交接清单。

第二条 服务费用及支付
（一）合同总价为人民币伍拾捌万陆仟元整（¥586,000），包括人工费、检测仪器、交通、常用易损件、税费及乙方履约所需的其他费用。单件价格超过两千元的主要部件更换费用，由乙方报价，经甲方审核同意后另行结算。
（二）服务费按季度支付，每季度146,500元。每季度结束后，甲方根据季度考核结果，在十五个工作日内支付当季服务费；考核扣减金额从当季服务费中扣除。
（三）本合同不设预付款。乙方应在每次付款前开具合法有效的发票。

第三条 服务要求
（一）日常巡检：每周对各隧道报警设备外观、运行状态、控制器报警及故障记录进行巡检，填写巡检记录。
（二）功能测试：每月按不少于各隧道探测器总数的四分之一抽样进行响应测试，全年覆盖全部探测器；手动报警按钮和消防电话每月全部测试。
（三）联动试验：每季度会同隧道管理站进行一次火灾报警与通风、照明、情报板的联动试验，形成试验报告。
（四）乙方应在监控中心设驻场值守人员，工作日白天至少二人，夜间及节假日至少一人，并保持二十四小时通讯畅通。
（五）乙方应建立备品备件库，感温光栅、火焰探测器、控制器板卡等关键备件的库存不低于磋商文件要求。
（六）重大节假日、恶劣天气及隧道内发生交通事故期间，乙方应增派人员在监控中心和隧道管理站值守，配合甲方应急处置。
（七）乙方每月5日前提交上月运维月报，内容包括巡检测试情况、故障统计、备件消耗和改进建议；服务期满时提交年度运维总结。

第四条 故障响应
（一）一级故障：报警主机离线、整条隧道探测失效或联动控制失效。乙方应在30分钟内响应，2小时内到达现场，6小时内修复或采取有效的临时措施。
（二）二级故障：单个区段探测器或单台设备失效。乙方应在1小时内响应，三个工作日内修复。
（三）三级故障：不影响报警功能的一般问题，在七个工作日内处理完毕。
（四）乙方未按上述时限响应、到场或修复的，每迟延一小时扣减服务费800元；因乙方原因导致火警漏报的，每次扣减服务费10,000元。
（五）乙方每次故障处理后应填写维修记录，注明故障原因、处理过程和更换部件，由隧道管理站签字确认。

第五条 服务考核与验收
（一）甲方每季度对乙方服务进行考核，考核内容包括：巡检、测试和联动试验是否按计划完成并有完整记录；故障响应和修复是否符合第四条时限；设备完好情况是否符合磋商文件要求；驻场人员是否到岗；运行台账和报告是否按时提交。
（二）季度考核得分九十分以上的，全额支付当季服务费；得分在八十分至九十分之间的，每低一分扣减当季服务费的1%；得分低于八十分的，乙方应提交整改方案并在十五日内整改完毕。
（三）服务期满前，甲方组织服务期终验收，核对设备清单、备件库存、全年运维记录，乙方应将全部资料移交甲方。验收合格后，甲方出具书面意见。
（四）甲方应为乙方提供驻场办公场所和必要的工作条件，及时提供设备原始资料和图纸。

第六条 数据安全
（一）报警记录、联动日志、设备台账、系统配置及数据库等全部运行数据归甲方所有，乙方仅可为本合同运维目的使用。
（二）乙方接入报警系统须使用甲方分配的专用账号，远程维护须事先经甲方批准，并通过甲方指定的运维审计设备进行，操作全程留痕。严禁将报警系统接入互联网，严禁使用未经查杀的移动存储介质。
（三）乙方应每月对系统配置和数据库进行备份，备份介质由甲方保管。
（四）因乙方原因导致系统数据丢失、被篡改或泄露的，乙方应在2小时内报告甲方并立即恢复，赔偿由此给甲方造成的全部损失，并承担相应法律责任。
（五）服务期满或合同终止时，乙方应将其持有的全部系统资料和数据交还甲方，并删除留存的副本。

第七条 知识产权
乙方在服务期内形成的巡检记录、测试报告、联动试验报告、设备台账及运维文档，归甲方所有。乙方应在服务期满时将上述资料整理成册，连同电子版本移交甲方。

第八条 人员与安全
（一）乙方应配备项目负责人一名及持有消防设施操作员证书的技术人员不少于五名，人员名单报甲方备案，更换须经甲方同意。
（二）乙方人员进入隧道作业，应按规定办理作业审批，设置安全警示标志，遵守交通管制要求。因乙方原因发生安全事故的，由乙方承担全部责任。
（三）乙方应为其人员购买意外伤害保险，并对人员进行安全教育和技术培训，培训记录报甲方备案。

第九条 违约责任
（一）乙方未按约定时间进场接管，或未按第五条在期限内完成整改的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）因乙方维护不当造成设备损坏的，乙方负责修复或按原价赔偿。
（三）甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
（四）乙方驻场人员缺岗的，每人每日扣减服务费500元。

第十条 分包
乙方不得将本合同的服务转包或分包给第三方，并承诺以自有技术人员提供全部服务。

第十一条 合同的变更和解除
（一）本合同的变更须经双方协商一致，并签订书面补充协议。
（二）经双方协商一致，可以解除本合同。因不可抗力致使合同无法履行的，双方互不承担责任。
（三）合同终止时，乙方应配合甲方或新的运维单位完成交接，交接期不少于十五日。

第十二条 法律适用与争议解决
本合同适用中华人民共和国法律。发生争议时，双方应友好协商；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十三条 其他
（一）磋商文件、响应文件、成交通知书及附件《设备清单》《备品备件清单》为本合同的组成部分。
（二）本合同自双方签字盖章之日起生效，一式五份，甲方三份，乙方二份。
（三）本合同未尽事宜，按照政府采购相关规定执行。

甲方（盖章）：松江县交通运输局            乙方（盖章）：赣中安消科技服务有限公司
法定代表人或授权代表：                    法定代表人或授权代表：
日期：2026年12月    日
"""

H955Z05 = """# 釉迹工序管理软件销售及定制开发合同

（乙方标准合同文本 YJ-HT-V1.8）

合同编号：YJ2027-0932

甲方（买方）：景德镇青珐珐琅艺术工作室

乙方（卖方）：佛山釉迹软件科技有限公司

甲方向乙方购买釉迹工序管理软件（以下简称“软件”）并委托乙方进行定制开发。为明确双方权利义务，根据《中华人民共和国民法典》，双方同意按以下条款执行。

## 第一条 产品及服务内容

1.1 乙方向甲方提供釉迹工序管理软件标准版的使用许可，包括工单管理、工序流转、物料出入库、员工计件、质量记录、移动端扫码等标准模块，许可用户数为三十个并发用户，许可期限为永久。

1.2 乙方根据甲方需求进行以下定制开发：

- 掐丝、点蓝、烧制、磨光、镀金各工序的流转卡与扫码追踪；
- 釉料配方库及每炉烧制曲线记录；
- 单件作品从胎体到成品的全过程追溯页面；
- 订单交期看板和定制作品客户查询页面；
- 月度计件工资报表导出。

1.3 乙方负责软件的安装部署、基础数据初始化和操作培训。

1.4 乙方提供两次集中培训，每次不超过一天，培训对象为甲方管理员及各工序组长。

1.5 软件运行环境：甲方应提供满足乙方配置要求的服务器、数据库及操作系统，并保证网络连通。因运行环境不符合要求导致的问题不属于乙方责任。

## 第二条 合同金额

2.1 本合同总金额为人民币肆拾伍万元整（¥450,000），明细如下：

| 序号 | 项目 | 金额（元） |
| --- | --- | --- |
| 1 | 釉迹工序管理软件标准版许可（永久，三十并发） | 168,000 |
| 2 | 定制开发（工序追踪、配方库、追溯、看板） | 236,000 |
| 3 | 安装部署、数据初始化及培训 | 46,000 |
| | 合计 | 450,000 |

2.2 上述金额含增值税。甲方所需的服务器、网络设备、扫码枪及标签打印机由甲方自行采购，不在本合同范围内。

2.3 合同签订后，甲方要求增加许可用户的，按每个并发用户4,200元另行购买。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总金额的65%，即292,500元。乙方收到该款项后启动项目。

3.2 软件安装部署完成后五个工作日内，甲方支付合同总金额的35%，即157,500元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停开发和技术服务。

3.4 乙方在收到每笔款项后十个工作日内开具增值税普通发票。

## 第四条 交付

4.1 乙方在收到首期款后七十个工作日内完成定制开发并在甲方服务器上安装部署。

4.2 因甲方需求变更、未及时提供资料或未及时确认需求文档导致的延误，交付期限相应顺延。

4.3 甲方应在乙方开发过程中安排专人配合需求调研和测试，并在五个工作日内书面确认乙方提交的需求说明书。

4.4 乙方交付内容包括：安装程序、授权文件、用户手册、管理员手册及培训课件。授权文件丢失的，补发按每次2,000元收费。

## 第五条 验收

5.1 乙方完成软件安装部署并通知甲方后，即视为甲方验收合格。

5.2 甲方在使用过程中提出的功能调整意见，乙方在免费维护期内酌情处理；超出需求说明书范围的，按乙方人天单价另行收费。

5.3 甲方开始在生产中使用软件的，即表示认可软件符合约定。

## 第六条 免费维护及后续服务

6.1 软件免费维护期为六个月，自软件安装部署完成之日起计算。免费维护期内，乙方提供远程技术支持和程序缺陷修复。

6.2 免费维护期届满后，甲方如需继续获得技术支持、缺陷修复和版本升级，应与乙方签订年度维护服务协议，维护费按乙方当年度公布的服务价目表收取。

6.3 服务时间为工作日9:00至18:00。故障分为三级：一级故障（软件无法登录或全部工序无法流转）乙方在8小时内响应；二级故障（部分功能异常）在两个工作日内响应；三级故障（操作咨询）在五个工作日内答复。

6.4 乙方将尽力在合理时间内排除故障，但乙方不因响应或修复时间超出上述时限承担任何赔偿或费用减免责任。

6.5 乙方提供的现场服务，除首次安装部署外，按每人每天2,800元另收费用，差旅费由甲方承担。

6.6 免费维护期届满后甲方未签订维护服务协议的，乙方不再提供任何技术支持和版本升级。

## 第七条 知识产权

7.1 软件标准版的著作权及一切知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、程序源代码、数据库结构及相关文档，其知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对定制模块进行修改、反编译或许可第三方使用。乙方有权将定制开发成果用于其他客户的项目。

7.3 乙方不向甲方提供源代码。甲方应在软件界面保留乙方的版权标识。

## 第八条 数据

8.1 甲方在软件中录入的工单、配方、客户及作品数据归甲方所有。乙方仅在提供技术支持时，经甲方同意访问上述数据，不得将其用于其他目的。

8.2 乙方在远程支持中采取访问控制、传输加密和操作日志记录等安全措施。因乙方过错导致甲方数据泄露或损毁的，乙方应在二十四小时内通知甲方，协助恢复，并依本合同第十条承担责任。

8.3 甲方应自行负责服务器的日常备份和网络安全防护。合同终止后，乙方不保留甲方数据。

## 第九条 保密

9.1 双方对在合作中知悉的对方技术信息和经营信息负有保密义务，未经对方书面同意，不得向第三方披露。本条在合同终止后两个年度内继续有效。

9.2 甲方的釉料配方和烧制曲线属于甲方商业秘密，乙方人员不得记录、复制或对外透露。

## 第十条 违约责任

10.1 乙方未按第四条约定期限交付的，每逾期一日，按合同总金额的万分之二向甲方支付违约金。

10.2 因甲方原因导致项目暂停超过三十日的，乙方有权要求甲方支付已完成工作量对应的费用。

10.3 无论基于何种原因，乙方在本合同项下的累计赔偿责任（包括违约金）不超过合同总金额的20%。乙方不对甲方的间接损失、利润损失、商誉损失承担责任。

10.4 甲方未经乙方许可擅自复制、转让软件或超出许可用户数使用的，应按软件许可费的三倍向乙方支付违约金。

## 第十一条 合同解除

11.1 一方严重违反本合同，经另一方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。

11.2 合同解除后，甲方应支付乙方已完成工作的费用，已付款项不予退还，但乙方严重违约的除外。

11.3 合同解除后，甲方应停止使用定制模块并删除相关程序。

## 第十二条 不可抗力

因不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，在不可抗力影响范围内免除责任。不可抗力消除后，双方应继续履行；不可抗力持续超过六十日的，任何一方可以解除合同。

## 第十三条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。诉讼期间，除争议部分外，双方应继续履行本合同其他条款。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同附件《需求说明书》由双方在开发阶段确认后作为合同组成部分。

14.3 本合同条款与甲方采购订单、往来函件不一致的，以本合同为准。

甲方（盖章）：                    乙方（盖章）：

签订日期：    年  月  日
"""

H955E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. NRS-CN-2027-011
P:This Software Licence and Services Agreement (the "Agreement") is made on 19 April 2027 between Huizhou Xinhe Petrochemical Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Huizhou, Guangdong Province (the "Buyer"), and Neches Reliability Software, LLC, a Texas limited liability company with its principal office at 2590 Calder Avenue, Beaumont, Texas, United States (the "Vendor").
P:The Buyer operates an aromatics complex and wishes to replace its maintenance planning and asset-integrity tools. The Vendor develops the RelyPlan software for maintenance planning, inspection management and reliability analysis in refining and chemical plants. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the RelyPlan Enterprise software in object code, version 8.2, with the modules listed in Annex 1, and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, inspection templates, report designs, interface programs and documentation created by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all data entered into, processed by or generated by the Software in the Buyer's environment, including equipment registers, inspection results, work orders and personal data of the Buyer's staff.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for the internal operations of the Buyer and its affiliates in the People's Republic of China, for up to 350 named users and an unlimited number of read-only users.
P:2.2 The Buyer may make copies of the Software for backup, testing, training and disaster recovery without additional fees.
P:2.3 The licence fee is a one-time fee. No annual licence fee is payable for continued use of the Software.
H:Article 3 Services
P:3.1 The Vendor shall configure the Software to the Buyer's maintenance processes, migrate the equipment master data and inspection history from the Buyer's legacy systems, build interfaces to the Buyer's ERP and distributed control system historian, and train the Buyer's planners, inspectors and administrators.
P:3.2 The Vendor shall deliver the services under the project plan in Annex 2. Installation and integration testing shall be completed within 120 days after the Effective Date, and the Software shall be ready for Final Acceptance within 180 days after the Effective Date.
P:3.3 The Vendor shall appoint a project manager who speaks Mandarin and shall keep at least three consultants on site in Huizhou during configuration and integration testing.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 2,160,000, fixed and inclusive of all taxes, travel and expenses, made up of: perpetual Software licence fee CNY 1,360,000; configuration and data migration CNY 480,000; ERP and historian interfaces CNY 265,000; training CNY 55,000.
P:4.2 The Buyer shall pay: (a) 10% of the Contract Price within 20 business days after signature, against an advance payment guarantee from a bank acceptable to the Buyer; (b) 55% after installation and successful integration testing, confirmed in writing by the Buyer, which confirmation is not acceptance; and (c) 35% after Final Acceptance.
P:4.3 The Vendor shall issue a valid invoice in CNY before each payment. Payments shall be made in CNY to the Vendor's account in the People's Republic of China.
H:Article 5 Acceptance
P:5.1 After integration testing, the Software shall run in parallel with the legacy systems for 45 days.
P:5.2 The acceptance criteria are: (a) every function in the functional specification of Annex 1 passes the agreed test scripts; (b) the migrated equipment and inspection records reconcile in full with the legacy data, with every exception explained and corrected; (c) the ERP and historian interfaces run for 20 consecutive days without a failed transfer; (d) standard screens open within 3 seconds with 200 concurrent users; (e) no Severity 1 or Severity 2 defect is open at the end of the parallel run.
P:5.3 When all criteria are met, the Buyer shall sign a Final Acceptance certificate within 10 business days. Installation, training, go-live or use of the Software in production shall not by themselves constitute acceptance. If a criterion is not met, the Vendor shall correct the defects and the test shall be repeated at the Vendor's cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the functional specification for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall provide defect correction, updates, new versions and support free of charge.
P:6.2 Severity 1 means the Software is unavailable to all users or a critical function such as permit or work-order release cannot be performed. For Severity 1 the Vendor shall respond within 1 hour, provide a workaround within 6 hours and a permanent fix within 5 business days. Severity 2 (a major function impaired with no workaround) shall be responded to within 2 hours; Severity 3 within one business day.
P:6.3 For each full hour by which a Severity 1 response or workaround is late, the Vendor shall credit CNY 1,200 against the next payment or the support fee.
P:6.4 After the Warranty Period the Buyer may order annual support. The annual support fee is 11% of the Software licence fee, being CNY 149,600 per year, and the Vendor shall not increase it during the three years following the Warranty Period. Support renews only by the Buyer's written order; there is no automatic renewal.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain with the Vendor and its licensors.
P:7.2 All rights in the Custom Deliverables, including the source code of the interface programs, belong to the Buyer from creation. The Vendor shall deliver the source code and build instructions with the Final Acceptance documents. The Buyer may use, modify and license the Custom Deliverables freely and may engage third parties to maintain them.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement and shall not use it for any other purpose, including benchmarking, analytics or product development.
P:8.2 The Vendor shall access the Buyer's systems only through the Buyer's bastion host, with named accounts and per-session approval, and shall not transfer Buyer Data outside the Buyer's network or outside the People's Republic of China. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law.
P:8.3 The Vendor shall notify the Buyer within 12 hours of becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, shall cooperate in remedying it, and shall be liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement, and disclose it only to its employees and advisers who need to know it and are bound by equivalent obligations.
P:9.2 This Article survives termination of this Agreement for seven years, and for trade secrets as long as they remain secret.
H:Article 10 Delay Damages and Liability
P:10.1 If the Software is not ready for Final Acceptance by the date in Article 3.2 for reasons attributable to the Vendor, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement indemnities or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:12.2 The Buyer may also terminate if delay damages reach their maximum under Article 10.1.
P:12.3 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for services not accepted, and the licence granted for paid Software shall continue.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Texas, United States of America, without regard to its conflict of laws rules.
P:13.2 Any dispute arising out of this Agreement shall be submitted to the state or federal courts located in Jefferson County, Texas, and each party submits to the jurisdiction of those courts.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Software modules and functional specification) and Annex 2 (Project plan), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:14.2 Notices shall be in writing and sent to the addresses above by courier or by e-mail with confirmation.
P:14.3 This Agreement is signed in two originals in English, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

H955E02 = """# ORDER FORM AND GENERAL TERMS — TRADELANE COMPLIANCE CLOUD

Order Form No. RB-OF-27-0385

# Part A — Order Form

## A1. Parties

**Provider:** RioBridge Trade Systems, Inc., a Texas corporation, 1201 North 10th Street, Suite 400, McAllen, Texas 78501, United States.

**Customer:** Ningbo Haiyue Home Appliances Import & Export Co., Ltd., No. 88 Gangcheng Road, Beilun District, Ningbo, Zhejiang Province, People's Republic of China.

Provider and Customer each a "Party". This Order Form (Part A) and the General Terms (Part B) together form the "Agreement". If Part A and Part B conflict, Part A prevails.

## A2. Subscribed Service

TradeLane Compliance Cloud, Enterprise edition, comprising: export classification workspace; denied-party screening; landed-cost and tariff calculator for the United States, Mexico and the European Union; shipment milestone visibility with carrier and forwarder feeds; document generation for commercial invoices, packing lists and certificates of origin; and the reporting module. Up to 180 named users and 60,000 shipment records per Subscription Year are included.

## A3. Subscription Term

The Subscription Term is 24 months and consists of two Subscription Years. The first Subscription Year starts on the date of Onboarding Acceptance under section 3 of Part B (the "Service Start Date"). The Target Service Start Date is 1 September 2027. The Agreement does not renew automatically; any renewal or extension requires a new order form signed by both Parties.

## A4. Fees

All amounts are in Chinese yuan (CNY), inclusive of VAT, and are fixed for the Subscription Term.

| Item | Basis | Amount (CNY) |
| --- | --- | --- |
| Subscription Fee, Subscription Year 1 | 180 named users, Enterprise edition | 486,000 |
| Subscription Fee, Subscription Year 2 | 180 named users, Enterprise edition | 486,000 |
| Onboarding Services | fixed price, one-time | 68,000 |
| **Total Fees for the Subscription Term** | | **1,040,000** |

Additional named users may be added during the Subscription Term at CNY 2,700 per user per Subscription Year, prorated by month. Shipment records beyond the included volume are charged at CNY 1.10 per record, invoiced quarterly in arrears.

## A5. Invoicing and Payment

(a) The Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of the invoice date.

(b) The Onboarding Services fee is invoiced after Onboarding Acceptance and is payable within 30 days of the invoice date.

(c) No amount is payable before the Service Start Date. Payment is made in CNY by bank transfer to Provider's designated account in Shanghai, against a valid VAT invoice.

## A6. Contacts and Signatures

Customer's project owner: Director of Logistics. Provider's account executive: Client Services, Asia Pacific.

Signed for Provider: ____________________ Name / Title / Date

Signed for Customer: ____________________ Name / Title / Date

# Part B — General Terms

## 1. Definitions

1.1 "Service" means the subscribed service described in A2, including its updates during the Subscription Term.

1.2 "Customer Data" means all data, documents and records that Customer or its users upload to or create in the Service, including product master data, supplier and consignee details, shipment records and personal data of users.

1.3 "Customer Configurations" means the classification rules, screening lists, templates, report designs and workflow settings prepared for Customer during onboarding or later.

1.4 "Documentation" means Provider's user guides and release notes for the Service, as updated from time to time.

## 2. Access and Use

2.1 Subject to payment of the Fees, Provider grants Customer and its affiliates a non-exclusive, non-transferable right during the Subscription Term to access and use the Service for their internal business.

2.2 Customer shall keep user credentials secure and shall not resell the Service, attempt to reverse engineer it, or use it to build a competing product.

2.3 Provider may update the Service from time to time, provided that an update does not materially reduce the functions described in A2.

## 3. Onboarding and Acceptance

3.1 Provider shall perform the Onboarding Services: tenant set-up in Provider's mainland China hosting region; import of Customer's product master (about 9,400 items) and tariff classifications; configuration of screening lists and approval workflows; connection of three forwarders' milestone feeds; and training of Customer's key users in Ningbo.

3.2 Onboarding Acceptance criteria: (a) the imported product master reconciles with Customer's source file with no unexplained difference; (b) a test set of 200 shipments runs end to end, from classification through screening, landed cost and document generation, with correct results; (c) all three forwarder feeds deliver milestones for 10 consecutive business days; (d) key-user training is completed and the Documentation is delivered in Chinese and English.

3.3 Customer shall test within 10 business days after Provider's readiness notice and either sign an Onboarding Acceptance certificate or list the failed criteria. Use of the Service for testing is not acceptance.

3.4 If Onboarding Acceptance is not reached by the Target Service Start Date for reasons attributable to Provider, Provider shall pay Customer CNY 900 for each day of delay, up to a total of CNY 45,000.

## 4. Service Availability and Support

4.1 Provider will use commercially reasonable efforts to make the Service available 24 hours a day, seven days a week, except for planned maintenance, which Provider will try to schedule outside Customer's business hours in China, and except for events outside Provider's reasonable control.

4.2 Customer may raise support requests through the online portal or by e-mail. Provider will respond to support requests as soon as reasonably practicable during Provider's support hours, Monday to Friday, 8:00 to 20:00 Central Time, and will work diligently to resolve them.

4.3 Provider does not guarantee that the Service will be uninterrupted or error-free, and no fee reduction or credit applies to interruptions or support delays.

## 5. Customer Data

5.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Service and support to Customer and shall not use it for any other purpose, including aggregated statistics, benchmarking or product development.

5.2 Provider shall host Customer Data in data centres in mainland China, encrypt it in transit and at rest, restrict access to authorised personnel with multi-factor authentication, log all administrative access, and maintain ISO 27001 certification for the hosting and operations of the Service.

5.3 Provider shall notify Customer within 24 hours of becoming aware of a security incident affecting Customer Data, take prompt remedial action, support Customer's notifications under the Personal Information Protection Law, and be liable for the losses caused by a security incident attributable to Provider.

5.4 Within 30 days after the end of the Subscription Term, Provider shall return Customer Data in a standard format at no charge and then delete it, certifying the deletion in writing.

## 6. Intellectual Property

6.1 Provider owns the Service, the Documentation and all related intellectual property.

6.2 Customer Configurations belong to Customer. Customer may export them, use and modify them, and allow third parties to use them, during and after the Subscription Term.

## 7. Confidentiality

7.1 Each Party shall protect the other Party's confidential information with at least reasonable care, use it only for the Agreement and not disclose it to third parties except to its personnel and advisers who need to know it.

7.2 These obligations continue for three years after the end of the Agreement.

## 8. Limitation of Liability

8.1 Neither Party is liable for indirect or consequential losses or loss of profit.

8.2 Provider's total aggregate liability arising out of or in connection with the Agreement shall not exceed the Fees paid or payable by Customer in the 6 months preceding the event giving rise to the claim.

8.3 Section 8.2 does not limit liability for personal injury, fraud, wilful misconduct, or Provider's obligations under section 5.3.

## 9. Subcontracting and Assignment

9.1 Provider shall not subcontract any part of the Service or the Onboarding Services without Customer's prior written consent, and remains responsible for approved subcontractors.

9.2 Neither Party may assign the Agreement without the other Party's written consent.

## 10. Term and Termination

10.1 The Agreement starts on signature and ends at the end of the Subscription Term.

10.2 Either Party may terminate the Agreement by written notice if the other Party materially breaches it and fails to cure the breach within 30 days of written notice.

10.3 If Customer terminates under section 10.2, Provider shall refund the part of the Subscription Fee already paid that relates to the remaining part of the Subscription Year.

## 11. Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The arbitral award is final and binding.

## 12. General

12.1 Notices must be in writing and sent to the addresses in A1, with a copy by e-mail.

12.2 Neither Party is liable for delay caused by events beyond its reasonable control, provided it notifies the other Party promptly.

12.3 The Agreement is the entire agreement of the Parties on its subject and may be amended only in writing signed by both Parties.
"""

H955E03 = """
T:EQUIPMENT SUPPLY AND SOFTWARE LICENCE CONTRACT
P:Greenhouse Sensor Network and Monitoring Platform
P:Contract No. LY-CG-2027-052
P:Buyer: Shouguang Lvyuan Greenhouse Agriculture Co., Ltd., No. 16 Shengcai Road, Shouguang, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Nueces Field Instruments, Inc., 318 East Main Street, Uvalde, Texas 78801, United States, acting together with its Qingdao representative office (the "Supplier").
P:This Contract is made on the Buyer's standard purchasing terms. The Supplier will supply, install and commission a wireless sensor network for the Buyer's 24 vegetable greenhouses and license its FieldWatch monitoring software, so that the Buyer can control irrigation, fertigation and ventilation from measured data.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, climate stations and gateways listed in clause 2.1, with their mounting hardware, batteries and embedded firmware.
P:1.2 "Software" means the FieldWatch Monitoring Platform, version 5, installed on the Buyer's own servers, with its mobile application.
P:1.3 "Custom Deliverables" means the dashboards, alarm rules, irrigation-controller interface programs and reports developed for the Buyer under this Contract, with their source code and documentation.
P:1.4 "Buyer Data" means all measurements, images, settings, alarm records and other data collected or generated by the Equipment and the Software at the Buyer's sites.
P:1.5 The Supplier shall deliver the Equipment, install it in the greenhouses, connect it to the Software, integrate the Software with the Buyer's 24 irrigation and fertigation controllers, build the Custom Deliverables and train the Buyer's growers and technicians.
H:2. Price
P:2.1 The Contract Price is CNY 1,480,000, fixed, inclusive of VAT, delivery to site, import duties, installation, travel and all other costs of the Supplier, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture, temperature and EC sensor|1,200|380|456,000
TB:2|Greenhouse climate station (air temperature, humidity, CO2, light)|24|9,500|228,000
TB:3|LoRaWAN gateway with solar power kit|36|6,200|223,200
TB:4|FieldWatch Monitoring Platform, perpetual licence, unlimited users|1|312,000|312,000
TB:|Equipment and Licence Subtotal|||1,219,200
TB:5|Installation, commissioning and site survey|1 lot|146,000|146,000
TB:6|Custom dashboards and irrigation-controller integration|1 lot|98,000|98,000
TB:7|Training of growers and technicians|1 lot|16,800|16,800
TB:|Contract Price|||1,480,000
P:2.2 The Contract Price does not change with exchange rates, freight costs or customs fees.
H:3. Payment
P:3.1 20% of the Contract Price within 15 business days after signature, against a bank guarantee for the same amount valid until delivery.
P:3.2 45% of the Contract Price after all Equipment has been delivered and installed and the Buyer has signed the installation record. The installation record confirms quantities and visible condition only and is not acceptance.
P:3.3 35% of the Contract Price after Final Acceptance under clause 5.
P:3.4 Each payment is made within 20 business days after receipt of a valid VAT invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's site in Shouguang within 60 days after signature and complete installation and commissioning within 100 days after signature.
P:4.2 The Supplier shall install sensors at the positions shown in the Buyer's layout drawings, seal cable entries against humidity, and label each device with its identifier in the Software.
P:4.3 The Supplier shall deliver with the Equipment a stock of spare parts equal to two per cent of each sensor type, which remains with the Buyer and is not charged separately. Packaging shall protect the Equipment during sea and road transport, and the Supplier shall remove all packaging waste from the site.
P:4.4 Risk in the Equipment passes to the Buyer on Final Acceptance. Title passes on delivery.
H:5. Acceptance
P:5.1 After installation and commissioning, the complete system shall run for a trial period of 30 days.
P:5.2 Final Acceptance criteria: (a) every sensor and climate station reports to the Software at its configured interval throughout the trial period, and any gap is explained and corrected; (b) readings of a random sample of 60 sensors agree with the Buyer's calibrated reference instruments within the tolerances stated in the technical specification; (c) irrigation commands issued from the Software are executed by all 24 controllers and confirmed back within 10 seconds; (d) all alarm rules are tested and trigger correctly; (e) the Custom Deliverables, source code, user manuals and as-built drawings are delivered.
P:5.3 When all criteria are met, the Buyer signs a Final Acceptance certificate. Delivery, installation, commissioning or use of the system during the trial period is not acceptance. If a criterion is not met, the Supplier shall correct the defect within 10 days and the relevant test is repeated.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment, the Software and the Custom Deliverables for 36 months from Final Acceptance. During the warranty the Supplier shall repair or replace defective Equipment free of charge, including batteries that fail early, and shall supply Software updates and remote and on-site support free of charge.
P:6.2 Faults are classified as follows. Severity 1: the Software is down, or irrigation control fails for a whole greenhouse. Severity 2: a group of sensors or one gateway is out of service. Severity 3: other faults and questions.
TB:Severity|Response|On site (if needed)|Restoration
TB:1|30 minutes|3 hours|8 hours
TB:2|2 hours|next business day|3 business days
TB:3|1 business day|as agreed|10 business days
P:6.3 If the Supplier misses a Severity 1 response or restoration time, it shall pay CNY 800 for each hour of delay, deducted from any sum due to the Supplier.
P:6.4 After the warranty, the Buyer may order maintenance and support year by year. The annual fee shall not exceed 9% of the Equipment and Licence Subtotal, that is CNY 109,728 per year, and shall not be increased for the first two years after the warranty. There is no automatic renewal.
P:6.5 The Supplier shall keep spare parts and replacement sensors compatible with the Equipment available for purchase for at least eight years after Final Acceptance and shall give the Buyer at least six months' notice before any model is discontinued.
H:7. Intellectual Property
P:7.1 The Software remains the property of the Supplier, which grants the Buyer a perpetual, irrevocable licence to use it at all of the Buyer's sites.
P:7.2 The Custom Deliverables belong to the Buyer. The Buyer may use, modify and license them freely and may have third parties maintain them.
H:8. Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not use it for any other purpose, whether identifiable, aggregated or anonymised.
P:8.2 The Supplier shall protect Buyer Data with encryption on the LoRaWAN and server links, individual accounts for its engineers, and remote access only through the Buyer's VPN with prior approval for each session. Buyer Data shall stay on the Buyer's servers in China.
P:8.3 The Supplier shall notify the Buyer within 6 hours of any data breach affecting Buyer Data, shall take immediate remedial steps and shall be liable for all losses caused by breaches attributable to it.
H:9. Confidentiality
P:9.1 Each party shall keep confidential all technical and commercial information received from the other party, including the Buyer's crop plans, yields and prices, and shall not disclose it to third parties without prior written consent. This obligation survives the end of this Contract.
P:9.2 The Supplier shall ensure that its engineers and any approved subcontractor sign confidentiality undertakings before working at the Buyer's sites.
H:10. Delay and Liability
P:10.1 If the Supplier fails to complete installation and commissioning by the date in clause 4.1, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay. Total liquidated damages for delay shall not exceed 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 150% of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if delay damages reach their maximum.
P:12.2 On such termination the Supplier shall refund the amounts paid for work not accepted and compensate the Buyer's direct losses.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Weifang Arbitration Commission for arbitration in Weifang.
H:14. General
P:14.1 This Contract is written in English and Chinese; both texts have equal effect.
P:14.2 Neither party is liable for a delay caused by force majeure, provided that it notifies the other party within five days and takes reasonable steps to limit the effects. If force majeure continues for more than 60 days, either party may terminate this Contract by written notice.
P:14.3 Annexes: Annex 1 Technical specification; Annex 2 Greenhouse layout drawings; Annex 3 Training plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H955E04 = """# MANAGED INFRASTRUCTURE SERVICES AGREEMENT

Agreement No. PPS-MSA-2027-19

**Customer:** Zibo Qilu Fine Chemicals Co., Ltd., No. 9 Huagong Avenue, Linzi District, Zibo, Shandong Province, People's Republic of China ("Customer").

**Provider:** Panhandle Plant Systems Services, LLC, 705 North Main Street, Borger, Texas 79007, United States, performing in China through its Zibo service centre ("Provider").

**Background.** Customer runs two chemical production sites in Zibo with about 1,100 users. Customer wishes to outsource the day-to-day operation of its IT infrastructure and the server layer of its plant information systems to Provider for 36 months. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1, performed to the service levels in Schedule 2, for the charges in Schedule 3.

1.2 "Service Commencement Date" means the date of Transition Acceptance under clause 3.3.

1.3 "Term" means 36 months from the Service Commencement Date.

1.4 "Customer Data" means all data, files, configurations and records of Customer held on or passing through the systems covered by the Services.

1.5 "Incident" means an unplanned interruption or reduction in quality of a service component. Incident priorities are defined in Schedule 2.

## 2. Services

2.1 Provider shall perform the Services from the Service Commencement Date until the end of the Term, in accordance with this Agreement, good industry practice and Customer's site rules, including its process safety and permit-to-work rules.

2.2 Provider shall staff a service desk in Mandarin around the clock, keep two resident engineers at Customer's main site during business hours, and provide further on-site support at either site when an Incident requires it.

2.3 Provider shall maintain an accurate configuration database of the covered assets and update it within two business days of every change.

2.4 Changes to production systems require approval through Customer's change advisory board. Emergency changes may be made to restore service and must be reported to Customer the same day.

## 3. Transition

3.1 Provider shall take over the Services from Customer's current provider under the transition plan in Schedule 1, Part B, with a target completion date of 15 November 2027.

3.2 Transition includes knowledge transfer, discovery and documentation of all covered assets, installation of Provider's monitoring tools on servers supplied by Customer, integration with Customer's ticketing system, and two weeks of shadow operation.

3.3 Transition Acceptance criteria: (a) all covered assets in Schedule 1 are discovered, recorded in the configuration database and monitored; (b) runbooks for every critical system are written and approved by Customer; (c) during two consecutive weeks of shadow operation Provider handles every ticket within the Schedule 2 targets; (d) a failover test of the core network and a restore test from backup both succeed. Customer shall confirm Transition Acceptance in writing within five business days after the criteria are met.

3.4 If Transition Acceptance is not reached by the target date, the parties shall meet within five business days to agree a recovery plan and a revised date.

## 4. Service Levels and Service Credits

4.1 Provider shall meet the service levels in Schedule 2 and report performance monthly, with root-cause analysis for every Priority 1 Incident.

4.2 If Provider misses a service level in a month, Customer is entitled to the service credits in Schedule 2, deducted from the next invoice. Service credits are not Customer's only remedy.

4.3 Three or more missed service levels in any three consecutive months count as a material breach for the purposes of clause 11.

## 5. Charges and Payment

5.1 Customer shall pay the charges in Schedule 3. The charges are fixed for the Term and include all taxes, travel, tools and staff costs of Provider.

5.2 The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced quarterly in arrears. Customer shall pay each valid VAT invoice within 30 days of receipt.

5.3 No advance payment is payable under this Agreement.

## 6. Customer Data

6.1 Customer Data remains the property of Customer at all times. Provider shall use Customer Data only to perform the Services and for no other purpose.

6.2 At the end of the Term, Provider shall hand over all Customer Data, configurations and documentation in its possession to Customer or its new provider.

## 7. Intellectual Property

7.1 Runbooks, configuration records, scripts, reports and other documents prepared by Provider for Customer under this Agreement belong to Customer, which may use, modify and pass them to third parties freely.

7.2 Provider's monitoring tools and pre-existing methods remain Provider's property. Provider grants Customer a free licence to use any of them embedded in the deliverables in clause 7.1.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's business and technical information that it receives under this Agreement, including Customer's process information, network diagrams, passwords and commercial terms, and shall not disclose it to any third party without the other party's prior written consent.

8.2 Provider shall ensure that all its staff working on the Services are bound by written confidentiality obligations. This clause survives the end of this Agreement for three years.

## 9. Personnel

9.1 Provider shall assign qualified staff and give Customer the names and qualifications of its resident engineers and service manager. Customer may request the replacement of any individual on reasonable grounds.

9.2 Provider's staff at Customer's sites shall complete Customer's safety induction and follow all site safety rules.

## 10. Liability

10.1 Provider's total liability under this Agreement is limited to 150% of the total charges for the Term set out in Schedule 3. The limit does not apply to personal injury, wilful misconduct or gross negligence.

10.2 Neither party is liable for the other party's indirect losses or loss of profit.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 20 days after notice.

11.2 Customer may also terminate for convenience after the first 18 months of the Term by giving three months' written notice, without any termination fee.

11.3 On expiry or termination, Provider shall provide exit assistance for up to 60 days under the exit plan, at the rates in Schedule 3 for any work beyond the plan.

## 12. Subcontracting

12.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for all acts of approved subcontractors.

## 13. Term and Extension

13.1 This Agreement starts on signature and ends at the end of the Term. It may be extended only by a written amendment signed by both parties; any extension shall be at the same Monthly Service Charge unless the parties agree otherwise in writing.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules in force at the time.

## 15. General

15.1 Notices shall be in writing and delivered to the addresses above. The Schedules form part of this Agreement. In case of conflict, the clauses prevail over the Schedules.

Signed for Customer: ____________________     Signed for Provider: ____________________

## Schedule 1 — Services

Part A — Scope

| Service component | Covered assets | Main activities |
| --- | --- | --- |
| Service desk | 1,100 users, two sites | Ticket logging, first-line resolution, password resets, escalation |
| Network operations | 46 switches, 8 wireless controllers, 2 core routers | Monitoring, configuration backup, firmware updates, fault repair |
| Server operations | 128 virtual and 22 physical servers | Monitoring, capacity reports, operating-system patching, fault repair |
| Plant information servers | Historian, LIMS and MES application servers | Server-level monitoring and restarts; no changes to control systems |
| Backup | Daily backup of 64 servers | Job monitoring, monthly restore test, quarterly report |
| End-user devices | 980 desktops and laptops | Imaging, deployment, break-fix, asset records |

Part B — Transition plan: knowledge transfer (weeks 1 to 3), discovery and documentation (weeks 2 to 6), tool installation and integration (weeks 4 to 7), shadow operation (weeks 8 and 9), Transition Acceptance (week 10).

## Schedule 2 — Service Levels and Credits

| Measure | Target | Service credit if missed |
| --- | --- | --- |
| Core network availability, monthly | 99.95% | 3% of the Monthly Service Charge |
| Priority 1 response (site-wide outage or production system down) | 15 minutes, 24x7 | CNY 2,000 per late Incident |
| Priority 1 restoration | 3 hours | CNY 1,500 per hour beyond target |
| Priority 2 response (department or critical user affected) | 1 hour, 24x7 | CNY 600 per late Incident |
| Priority 3 resolution (single user) | 2 business days | CNY 300 per late ticket |
| Backup jobs | every scheduled job completed, or re-run within 24 hours | CNY 500 per failed job not re-run |

Total service credits in a month shall not exceed 20% of the Monthly Service Charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
| --- | --- | --- |
| Transition Charge | one-time, after Transition Acceptance | 112,000 |
| Monthly Service Charge | CNY 58,000 x 36 months | 2,088,000 |
| **Total charges for the Term** | | **2,200,000** |
| Additional work on request | per engineer day | 2,400 |
"""

H955E05 = """DATA SUBSCRIPTION AND API SERVICES AGREEMENT

Agreement No. LECD-2027-CN-07

PARTIES

Provider: Llano Estacado Crop Data, Inc., a Texas corporation, 1900 West 5th Street, Plainview, Texas 79072, United States ("Provider").

Customer: Shihezi Tianmian Cotton Trading Co., Ltd., No. 27 Beisi Road, Shihezi, Xinjiang Uygur Autonomous Region, People's Republic of China ("Customer").

BACKGROUND

Provider collects and publishes crop-condition, weather, satellite vegetation and fibre-quality data for the cotton-growing regions of the United States and other exporting countries. Customer buys and sells raw cotton and wishes to receive this data through Provider's application programming interface (API) and web portal for its trading, hedging and purchasing decisions. The parties agree as follows.

1. DEFINITIONS

1.1 "Effective Date" means the date of the last signature below.

1.2 "Provider Data" means the datasets listed in Schedule A, including crop progress and condition estimates, daily weather observations and forecasts, vegetation index maps, classing results and Provider's weekly yield models.

1.3 "Customer Data" means all data that Customer sends to the API or portal, including its queries, watch lists, field locations, contract positions and uploaded files, and all outputs generated from them for Customer.

1.4 "Connector" means the software that Provider builds for Customer to load Provider Data into Customer's risk and trading system, with its configuration and documentation.

1.5 "Subscription Year" means the period from the Activation Date to the day before its first anniversary, and each later period from one anniversary of the Activation Date to the day before the next.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the Provider Data through the API and portal, store it in Customer's systems, and use it for Customer's internal business, including reports to Customer's management and its banks.

2.2 Customer may have up to 40 portal users and make up to 2,000,000 API calls per Subscription Year. Customer shall not resell Provider Data or publish it in bulk.

2.3 The Subscription Term is two Subscription Years starting on the date on which Provider issues production API keys after the Connector passes the acceptance tests in clause 4 (the "Activation Date").

3. FEES AND PAYMENT

3.1 The fees are:

    Setup and Connector Fee (one-time) .............. CNY    84,000
    Subscription Fee, Subscription Year 1 ........... CNY   598,000
    Subscription Fee, Subscription Year 2 ........... CNY   598,000
    Total fees for the Subscription Term ............ CNY 1,280,000

3.2 The Setup and Connector Fee and the Subscription Fee for Subscription Year 1 are invoiced together on the Effective Date and are payable within 15 days of the invoice. Provider starts building the Connector and issues test credentials after receiving this payment.

3.3 The Subscription Fee for Subscription Year 2 is invoiced on the first day of Subscription Year 2 and is payable within 30 days.

3.4 API calls above the annual allowance are charged at CNY 0.06 per call, invoiced quarterly in arrears. All fees are in CNY, inclusive of VAT, and paid to Provider's account in Shanghai against a valid VAT invoice.

4. CONNECTOR AND ACCEPTANCE

4.1 Provider shall deliver the Connector for acceptance testing within 45 days after the Effective Date.

4.2 Acceptance tests: (a) every dataset in Schedule A loads into Customer's system on its published schedule for 10 consecutive business days; (b) loaded values reconcile with the portal for a sample of 500 records chosen by Customer; (c) a missed or partial load raises an alert to Customer's operators; (d) the Connector documentation and runbook are delivered in Chinese and English.

4.3 Customer shall confirm acceptance in writing within five business days after the tests pass or list the tests that failed. Provider shall fix any failure and the failed test is repeated.

4.4 If the Activation Date has not occurred within 75 days after the Effective Date for reasons attributable to Provider, Provider shall pay Customer CNY 1,100 for each day of delay until the Activation Date.

5. SERVICE LEVELS

5.1 Provider shall make the API and portal available at least 99.95% of each calendar month, excluding scheduled maintenance of up to six hours per month announced at least three days in advance.

5.2 Provider shall publish each daily dataset by 06:00 Beijing time. A dataset published more than two hours late counts as a late delivery.

5.3 Severity 1 (API or portal unavailable, or a daily dataset missing): response within 1 hour, at any time; restoration within 6 hours. Severity 2 (degraded performance or a single dataset late): response within 2 hours during Customer's business hours. Severity 3: next business day.

5.4 Service credits: for each 0.1 percentage point of monthly availability below the commitment in clause 5.1, and for each late delivery beyond two in a month, Provider shall credit 1% of the monthly equivalent of the current Subscription Fee. Service credits are deducted from the next invoice or paid out at the end of the Subscription Term.

6. CUSTOMER DATA AND DATA SECURITY

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the services to Customer. Provider shall not use Customer Data, in identifiable, aggregated or anonymised form, for any other purpose, including its own research, models or products.

6.2 Provider shall store Customer Data only in data centres in mainland China, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication, log all access, and keep its information security management system certified to ISO 27001.

6.3 Provider shall notify Customer within 24 hours after discovering any unauthorised access to or loss of Customer Data, take immediate steps to contain it, and be liable for Customer's losses caused by a breach of this clause.

6.4 Within 30 days after the end of the Subscription Term, Provider shall delete Customer Data and confirm the deletion in writing, after returning it to Customer on request.

7. INTELLECTUAL PROPERTY

7.1 Provider Data and the API remain the property of Provider and its data suppliers.

7.2 The Connector, its source code and documentation belong to Customer on delivery. Customer may use, modify and license the Connector freely and may have third parties maintain it.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public information disclosed by the other party, including Customer's positions, trading strategies and watch lists, and shall use it only for this Agreement.

8.2 This clause survives the end of this Agreement for three years.

9. SUBCONTRACTORS

9.1 Provider may use subcontractors, data collection partners and hosting providers of its choice to perform this Agreement, provided that it informs Customer of any new subcontractor by e-mail at least ten days before the subcontractor starts work. Provider remains responsible for its subcontractors.

10. RENEWAL

10.1 At the end of the Subscription Term, this Agreement renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

10.2 Provider may change the Subscription Fee for any renewal term to its then-current list price by giving notice at least 45 days before the renewal term starts. Customer's consent to the new fee is not required.

11. LIABILITY

11.1 Provider's total liability under this Agreement is limited to 200% of the total fees for the Subscription Term set out in clause 3.1. This limit does not apply to breach of clauses 6 and 8, wilful misconduct or fraud.

11.2 Neither party is liable for indirect or consequential losses, including trading losses, unless caused by wilful misconduct.

11.3 Provider Data consists of estimates and forecasts. Provider does not warrant that the estimates will prove accurate, but warrants that it compiles them with reasonable skill and care using the methods described in Schedule A.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice.

12.2 Customer may also terminate by written notice if monthly availability falls below the commitment in clause 5.1 in two consecutive months.

12.3 If Customer terminates under clause 12.1 or 12.2, Provider shall refund the part of the Subscription Fee already paid that relates to the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Urumqi Arbitration Commission for arbitration in Urumqi. The award is final and binding.

14. GENERAL

14.1 Neither party is liable for delays caused by events beyond its reasonable control, including failures of public satellite or weather data sources, provided it informs the other party promptly.

14.2 Notices must be in writing and sent to the addresses above, with a copy by e-mail.

14.3 This Agreement, with Schedule A (Datasets and delivery schedule), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

SCHEDULE A - DATASETS

A.1 Crop progress and condition by state and county, weekly.
A.2 Daily weather observations and 15-day forecasts for 420 stations.
A.3 Vegetation index maps at 10-metre resolution, every five days.
A.4 Fibre-quality classing results by gin and region, daily during the classing season.
A.5 Provider's weekly yield and production models for the United States, Brazil and Australia.

Signed for Provider: ____________________        Signed for Customer: ____________________
"""

# ---------------------------------------------------------------- files, labels and design
FILES = {
    "h955z01": ("h955z01_health_commission_home_bed_platform.pdf", "zh", "pdf", H955Z01),
    "h955z02": ("h955z02_barbell_factory_line_control_retrofit.docx", "zh", "docx", H955Z02),
    "h955z03": ("h955z03_kettlebell_chain_booking_saas.txt", "zh", "txt", H955Z03),
    "h955z04": ("h955z04_tunnel_fire_alarm_annual_om.txt", "zh", "txt", H955Z04),
    "h955z05": ("h955z05_enamel_studio_process_tracking_supplier_template.md", "zh", "md", H955Z05),
    "h955e01": ("h955e01_maintenance_planning_licence_beaumont_vendor.pdf", "en", "pdf", H955E01),
    "h955e02": ("h955e02_trade_compliance_saas_order_form_mcallen.md", "en", "md", H955E02),
    "h955e03": ("h955e03_greenhouse_sensors_monitoring_licence_uvalde.docx", "en", "docx", H955E03),
    "h955e04": ("h955e04_managed_infrastructure_services_borger.md", "en", "md", H955E04),
    "h955e05": ("h955e05_crop_data_api_subscription_plainview.txt", "en", "txt", H955E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

G, S = "goods_or_licence", "service"
# category, terms (in TERM_KEYS order), extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only),
# acceptance_deemed_on_delivery, contract_value; design-only: TCO fee base, forum outside mainland China
DESIGN = {
    "h955z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False,
                             True, False, "PRC", G], (True, True, True, False, 1726000), 780000, False),
    "h955z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 32, False,
                             True, True, "PRC", G], (True, True, True, False, 2440000), 2112000, False),
    "h955z03": ("cloud", [99.5, 1, True, "buyer", True, False, True, 0.06, None, None, True, None, None, None, True,
                          True, False, "PRC", S], (True, True, None, False, 920000), None, False),
    "h955z04": ("services", [None, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None,
                             False, False, False, "PRC", S], (True, True, None, False, 586000), None, False),
    "h955z05": ("software", [None, 8, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, None, False,
                             True, None, None, G], (True, True, False, True, 450000), 168000, False),
    "h955e01": ("software", [None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 11, False, True,
                             False, "Texas", G], (True, True, True, False, 2160000), 1360000, True),
    "h955e02": ("cloud", [None, None, False, "buyer", True, True, True, 900 / 1040000 * 100, 6 / 24 * 100, None, True,
                          None, None, None, False, True, False, "PRC", S], (False, True, None, False, 1040000), None,
                False),
    "h955e03": ("hardware", [None, 0.5, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 36, 9, False, True,
                             False, "PRC", G], (True, True, True, False, 1480000), 1219200, False),
    "h955e04": ("services", [99.95, 0.25, True, "buyer", False, True, True, None, 150, None, True, None, None, None,
                             False, True, False, "PRC", S], (True, False, None, False, 2200000), None, False),
    "h955e05": ("cloud", [99.95, 1, True, "buyer", True, True, True, 1100 / 1280000 * 100, 200,
                          (84000 + 598000) / 1280000 * 100, True, None, None, None, True, True, True, "PRC", S],
                (True, True, None, False, 1280000), None, False),
}

EXPECTED = {  # my design list, checked against the rules derived from the labels
    "h955z01": [],
    "h955z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "h955z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h955z04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "h955z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h955e01": ["CR-GOVERNING-LAW"],
    "h955e02": ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "h955e03": [],
    "h955e04": ["CR-DATA-SECURITY", "CR-LD-MISSING"],
    "h955e05": ["CR-AUTO-RENEWAL", "CR-PREPAYMENT", "CR-SUBCONTRACT"],
}
EXPECTED_RISK = {"h955z01": "low", "h955z02": "high", "h955z03": "medium", "h955z04": "medium", "h955z05": "high",
                 "h955e01": "low", "h955e02": "high", "h955e03": "low", "h955e04": "high", "h955e05": "medium"}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def label(key):
    name, lang, _, _ = FILES[key]
    cat, vals, (sla, lds, capped, deemed, value), _, _ = DESIGN[key]
    terms = dict(zip(TERM_KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": lds}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": sorted(derive(key, terms, extra)[0])}


def tco_share(key, t, x):
    base = DESIGN[key][3]
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def derive(key, t, x):
    """My reading of policy §3 applied to the labels."""
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
    share = None
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        pw = t["post_warranty_fee_pct"]
        if pw is None or not x["post_warranty_fee_capped"] or pw > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if pw is not None and t["warranty_months"] is not None:
            share = tco_share(key, t, x)
            if share > 40:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or DESIGN[key][4]:
        r.add("CR-GOVERNING-LAW")
    return r, share


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- thresholds
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
NB = r"(?<![\d.,])"
PATTERNS = [
    r"99\.9(?!\d)",
    NB + r"4\s*-?\s*(?:hours?|hrs?|个?小时)", r"(?<!十)四\s*个?\s*小时", r"four\s*-?\s*hours?",
    NB + r"0\.05\s*(?:%|per\s*cent|percent)", r"万分之五(?!十)", r"千分之零点五",
    NB + r"100\s*(?:%|per\s*cent|percent)", r"百分之一?百", r"one\s*hundred\s*(?:per\s*cent|percent)",
    NB + r"30\s*(?:%|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])", r"thirty\s*(?:per\s*cent|percent)",
    NB + r"15\s*(?:%|per\s*cent|percent)", r"百分之十五", r"fifteen\s*(?:per\s*cent|percent)",
    NB + r"40\s*(?:%|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])", r"forty\s*(?:per\s*cent|percent)",
    NB + r"12\s*-?\s*(?:calendar\s*)?(?:months?|个\s*月)", r"十二\s*个\s*月", r"twelve\s*-?\s*(?:calendar\s*)?months?",
    r"一年", r"one\s*-?\s*year(?!s)", NB + r"1\s*-?\s*year(?!s)",
    NB + r"5\s*-?\s*(?:years?|年(?!度))", r"(?<![十])五\s*年(?!度)", r"five\s*-?\s*years?",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4-hour", "4小时", "4 个小时", "四小时", "four hours", "0.05%", "0.05 per cent",
            "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 percent", "百分之三十", "15%", "百分之十五",
            "fifteen per cent", "40%", "百分之四十", "12 months", "12-month", "12个月", "十二个月", "twelve months",
            "一年", "one year", "one-year", "5 years", "五年", "five years"]
MUST_MISS = ["99.95%", "99.5%", "99.99%", "24 hours", "14小时", "二十四小时", "0.058%", "10.05%", "万分之五十", "130%", "115%",
             "140%", "200%", "150%", "0.5%", "2,100,000", "120 days", "2027年", "百分之三十五", "百分之四十五",
             "18 months", "24 months", "36 months", "第一个服务年度", "two years", "3 hours", "1,100%"]


def hits(text):
    return [p.pattern for p in RX if p.search(text)]


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    sources = {k: v[3] for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    targets = {k: (v[0], v[2]) for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, lang, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    covered = set()
    for k, (name, lang, fmt, src) in FILES.items():
        lab = label(k)
        t, x = lab["expected_terms"], lab["expected_extra"]
        rules, share = derive(k, t, x)
        assert sorted(rules) == sorted(EXPECTED[k]), (k, sorted(rules), EXPECTED[k])
        assert risk(rules) == EXPECTED_RISK[k], (k, risk(rules))
        covered |= rules
        for f, th in THRESH.items():
            assert t[f] is None or abs(t[f] - th) > 1e-9, (k, f, t[f])
        if share is not None:
            assert abs(share - 40) > 2, (k, share)
        text = read_back(OUT / name)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            assert not hits(variant), (k, hits(variant))
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"{k} {fmt:4} {'chars' if lang == 'zh' else 'words'} {n:5}  risk {risk(rules):6}  "
              f"tco {'' if share is None else round(share, 2)}  {sorted(rules)}")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all 20 rules covered; all checks passed")


if __name__ == "__main__":
    main()
