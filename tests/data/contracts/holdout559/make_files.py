"""holdout559: builds ten ordinary draft contracts (z01-z05 Chinese, e01-e05 English), their labels, and checks
lengths, threshold-free text and rule coverage. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:临江市税务局纳税服务平台软件许可及定制开发项目采购合同
P:合同编号：LJSW-ZFCG-2025-017
P:采购人（甲方）：国家税务总局临江市税务局
P:供应商（乙方）：临江云衡信息技术有限公司
P:采购方式：公开招标。根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，签订本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供纳税服务平台软件（含办税预约、智能问答、涉税诉求、纳税人满意度评价四个模块）的永久使用许可，并根据甲方需求开展定制开发、部署实施和培训。
P:1.2 定制开发内容以本合同附件一《需求规格说明书》为准，包括与甲方现有电子税务局、12366热线系统及统一身份认证平台的接口，以及甲方指定的统计报表和领导驾驶舱。
H:第二条 合同价格
P:2.1 本合同总价为人民币贰佰肆拾捌万元整（¥2,480,000），为固定总价，包括软件许可、开发、实施、培训、税费及质保期内全部服务费用。分项如下：
TB:序号|项目|金额（元）
TB:1|纳税服务平台软件许可（四个模块，永久许可）|1,280,000
TB:2|定制开发（接口、报表、驾驶舱）|960,000
TB:3|部署实施及数据初始化|186,000
TB:4|培训|54,000
TB:合计||2,480,000
P:2.2 上述第1项为软件许可小计，是本合同第七条维护费的计算基数。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额预付款保函，甲方在收到保函之日起十五个工作日内支付合同总价的20%，即¥496,000。
P:3.2 系统通过初步验收并上线试运行后，甲方支付合同总价的45%，即¥1,116,000。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥868,000。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后90日内完成部署并申请初步验收，在初步验收后60日内完成试运行并申请最终验收。
P:4.2 乙方应按甲方批准的项目计划配备项目经理和开发人员，人员更换须经甲方书面同意。
H:第五条 验收
P:5.1 初步验收标准：附件一所列功能全部实现；接口联调通过；在500个并发用户下页面平均响应时间不超过2秒；第三方安全测评无高危漏洞。
P:5.2 最终验收标准：试运行期内未发生一级故障；统计报表与业务库数据核对一致；用户手册、源代码、部署文档等资料齐全。甲方组织专家按上述标准验收，出具书面验收报告。
P:5.3 系统上线、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收。
H:第六条 服务水平
P:6.1 质保期内，平台月度可用率不低于99.95%（计划内维护除外）。
P:6.2 一级故障（平台无法访问或核心办税功能中断）乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应、24小时内解决。
P:6.3 一级故障响应每超时一小时，乙方向甲方支付¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥2,000，从维护费或履约保证金中扣除。
H:第七条 质保与维护
P:7.1 质保期为自最终验收合格之日起二十四个月，质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:7.2 质保期满后，如甲方需要，双方另行签订维护合同，年度维护费不超过软件许可小计的8%（即每年不超过¥102,400），前三个维护年度价格不变。维护合同不自动续期。
H:第八条 数据安全
P:8.1 平台处理的纳税人信息、办税记录、日志及其他业务数据均属甲方所有，乙方仅为履行本合同使用，不得用于任何其他目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及税务系统网络安全规定，仅在甲方机房内通过堡垒机访问系统，不得复制、导出数据，测试使用甲方提供的脱敏数据。
P:8.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第九条 保密
P:乙方对履行合同中知悉的甲方工作秘密、技术资料和纳税人信息负有保密义务，未经甲方书面同意不得向第三方披露，本义务在合同终止后继续有效。
H:第十条 知识产权
P:10.1 平台软件的原有知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:10.2 定制开发形成的源代码、接口程序、报表、文档等成果的知识产权归甲方所有，甲方可自行修改、使用或委托第三方维护。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付利息。
H:第十二条 分包与转让
P:乙方不得将本项目转包或分包，不得转让本合同项下权利义务。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面催告后10日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条之一 履约保证金与项目管理
P:14-1.1 乙方应在合同签订后10个工作日内向甲方提交合同总价5%的履约保证金，以银行保函形式提供，有效期至最终验收合格后90日。最终验收合格后，甲方在30日内无息退还；乙方违约的，甲方有权从中扣除违约金及赔偿款。
P:14-1.2 乙方应指定具有同类政务系统实施经验的项目经理，每周向甲方提交项目周报，说明进度、问题和风险。项目经理未经甲方书面同意不得更换。
P:14-1.3 乙方应在初步验收前完成对甲方系统管理员、业务骨干和办税服务厅窗口人员的分级培训，培训时间合计不少于10天，并提交培训教材和操作视频。
P:14-1.4 需求发生变更的，由甲方书面提出，双方评估工作量后签订补充协议；未签订补充协议的，乙方不得以需求变更为由延误工期。
P:14-1.5 乙方交付的源代码、数据库设计说明、接口文档、部署手册和运维手册应完整、准确，经甲方信息中心审核确认后归档。
P:14-1.6 乙方应配合甲方完成系统的网络安全等级保护测评和商用密码应用安全性评估，并对测评发现的问题免费整改。
H:第十四条之二 不可抗力
P:因地震、洪水、重大公共卫生事件等不可抗力不能履行合同的，受影响一方应在事件发生后3日内通知对方，并在15日内提供证明，双方协商延期履行或解除合同。
H:第十五条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。附件一《需求规格说明书》为本合同组成部分。
P:甲方（盖章）：国家税务总局临江市税务局    代表签字：__________    日期：__________
P:乙方（盖章）：临江云衡信息技术有限公司    代表签字：__________    日期：__________
"""

SRC["z02"] = """T:熔炼炉控制系统改造及维保合同
P:合同编号：HXZZ-JS-2025-046
P:甲方（买方）：安平华兴铸造有限公司
P:乙方（卖方）：常州德控自动化工程有限公司
P:甲方因生产需要，对铸造一车间两台中频熔炼炉的控制系统进行改造。经比价采购，甲方确定乙方为供应商。双方根据《中华人民共和国民法典》，就控制系统改造及维保事宜签订本合同。
H:第一条 合同标的
P:1.1 乙方负责两台中频熔炼炉控制系统的设备供货、控制程序开发、安装调试、培训及质保期服务，改造后实现熔炼功率自动调节、炉温在线测量、加料称重、配料计算和生产数据记录。
P:1.2 设备、软件的规格型号和技术参数以附件一《技术协议》为准。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰伍拾捌万元整（¥1,580,000），含税、运输、保险、安装调试及质保期服务费用。价格明细如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制柜（含I/O模块、触摸屏）|2套|486,000
TB:2|中频电源控制模块|2套|312,000
TB:3|测温及称重仪表|1批|148,000
TB:4|HMI/SCADA组态软件许可（永久）|1套|164,000
TB:5|工程师站及数据服务器|1批|96,000
TB:|设备及软件小计||1,206,000
TB:6|控制程序开发及组态|1项|228,000
TB:7|安装调试|1项|126,000
TB:8|操作及维护培训|1项|20,000
TB:|合同总价||1,580,000
H:第三条 付款方式
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即¥158,000。
P:3.2 设备全部到货并经甲方签收后，甲方支付合同总价的35%，即¥553,000。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的50%，即¥790,000。
P:3.4 剩余5%（¥79,000）作为质量保证金，质保期满且无质量问题后无息支付。
H:第四条 交货与施工
P:4.1 乙方应在合同生效后45日内将设备运至甲方一车间，并在甲方安排的停炉检修窗口内完成安装调试，每台炉的停炉时间不超过10日。
P:4.2 乙方施工应遵守甲方安全生产管理制度，高温、带电作业须办理作业票。
H:第五条 验收
P:5.1 验收标准：每台炉连续熔炼不少于20炉次无控制故障；功率调节偏差不超过额定值的2%；测温数据与标准热电偶比对偏差不超过5℃；称重误差符合附件一要求；生产数据完整记录并可导出报表。
P:5.2 满足上述标准后，双方签署最终验收报告。安装完成或投入使用均不视为验收合格。
H:第六条 质保与维保
P:6.1 质保期为最终验收合格之日起二十四个月，质保期内乙方免费维修、更换故障部件并提供软件修正。
P:6.2 一级故障（熔炼炉因控制系统原因停炉）乙方应在30分钟内电话响应，3小时内到达现场，8小时内恢复生产；二级故障2小时内响应，24小时内处理完毕。
P:6.3 一级故障到场每超时一小时，乙方向甲方支付¥1,500，从质量保证金中扣除。
P:6.4 质保期满后，乙方按年度提供维保服务，年度维保费不超过设备及软件小计的9%（即每年不超过¥108,540），前三个维保年度价格固定。维保服务每年由甲方书面续订，不自动续期。
H:第七条 数据安全
P:7.1 控制系统产生的工艺参数、配料数据和生产记录归甲方所有，乙方不得复制或用于本合同以外的目的。
P:7.2 乙方远程维护须经甲方设备部逐次批准，通过甲方提供的VPN账号进行，工程师站不得连接互联网，移动存储介质须经查毒。
P:7.3 因乙方原因导致数据丢失、泄露或控制系统感染病毒的，乙方应在2小时内报告并负责恢复，赔偿甲方由此造成的全部损失。
H:第八条 保密
P:乙方对甲方的工艺配方、生产数据和技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露，合同终止后仍然有效。
H:第九条 知识产权
P:组态软件的原有知识产权归其权利人，甲方享有永久使用权。乙方为本项目开发的控制程序、组态画面及源程序归甲方所有，乙方应在验收时交付全部源程序和注释，甲方可自行修改使用。
H:第十条 分包
P:乙方可将电气安装和电缆敷设等辅助工作交由具备资质的第三方完成，但应提前3日书面通知甲方，并对分包方的工作质量和安全负责。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:11.2 乙方对本合同项下的累计赔偿责任以合同总价的150%为限，但人身伤亡和故意或重大过失造成的损失除外。
P:11.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。
H:第十一条之一 技术资料与培训
P:11-1.1 乙方应在最终验收前向甲方交付以下资料：电气原理图、接线图、PLC程序及注释、组态画面说明、设备说明书、备品备件清单、操作规程和维护手册，纸质版两套并附电子版。
P:11-1.2 乙方应为甲方熔炼工段操作人员和设备维修人员提供现场培训，培训内容包括系统操作、报警处理、日常点检、常见故障排查和程序备份恢复，培训结束后组织考核，合格人员不少于12名。
P:11-1.3 质保期内，乙方每季度派工程师到甲方现场巡检一次，检查控制柜散热、接线紧固、测温探头及称重传感器状态，并提交巡检报告。
P:11-1.4 乙方应保证所供设备为原厂全新产品，并在到货时提供装箱单、合格证和原产地证明，甲方有权对照附件一逐项核对设备型号和数量。
P:11-1.5 乙方对本项目设计的联锁保护逻辑，应经甲方设备部和安全环保部共同审核后方可投入运行。
P:11-1.6 乙方应在改造前对现有控制系统的程序和参数进行完整备份，改造期间如需恢复原系统运行，乙方应在甲方要求的时间内完成恢复。
H:第十一条之二 安全生产
P:11-2.1 乙方在甲方厂区施工期间，应为施工人员办理工伤保险和意外伤害保险，配备符合要求的劳动防护用品，遵守甲方动火、登高、临时用电等作业审批制度。
P:11-2.2 因乙方违反安全规定造成人身伤亡或财产损失的，由乙方承担全部责任；造成甲方停产的，乙方还应赔偿甲方由此产生的直接损失。
H:第十一条之三 不可抗力
P:因不可抗力导致合同不能按期履行的，受影响方应及时通知对方并提供证明，双方协商顺延履行期限，不可抗力持续超过60日的，任何一方可书面解除合同。
H:第十二条 合同解除
P:乙方交付的设备或系统存在重大质量问题，经两次整改仍不能通过验收，或有其他根本违约行为的，甲方有权书面通知解除合同，乙方应退还已付款项并赔偿损失。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，提交石家庄仲裁委员会仲裁。
H:第十四条 其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。附件一为本合同组成部分。
P:甲方：安平华兴铸造有限公司（盖章）    授权代表：__________
P:乙方：常州德控自动化工程有限公司（盖章）    授权代表：__________
"""

SRC["z03"] = """齿悦口腔诊所预约及电子病历云服务合同

合同编号：CYKQ-IT-2025-009
甲方（客户）：深圳齿悦口腔医疗管理有限公司（代表其下属30家连锁口腔诊所）
乙方（服务商）：杭州牙云软件科技有限公司

鉴于甲方拟在下属30家诊所统一使用线上预约、电子病历、影像管理和会员回访系统，乙方提供相应的软件即服务（SaaS）及实施服务，双方经协商一致，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方提供"牙云诊所管理系统"的订阅服务，包括线上预约与排班、电子病历、口腔影像存储与调阅、收费对账、会员回访和经营报表模块，30家诊所不限用户数使用。
（二）乙方负责系统实施，包括30家诊所的开通配置、甲方现有HIS及影像设备接口对接、历史病历和会员数据迁移、人员培训。
（三）平台部署在中国境内的云数据中心，平台已通过网络安全等级保护三级测评。

二、服务期限
（一）订阅服务期为三个服务年度，自2025年9月1日起至2028年8月31日止。
（二）服务期满后，本合同自动续期一个服务年度，任何一方在期满前60日书面通知不续期的除外。每次续期时，乙方有权根据其产品价格调整情况上调订阅费，上调幅度不超过上一服务年度订阅费的8%。

三、费用及支付
（一）订阅费为每家诊所每服务年度¥9,600，30家诊所每服务年度合计¥288,000，三个服务年度合计¥864,000。
（二）实施费¥96,000，数据迁移费¥36,000，均为一次性费用。
（三）本合同总价为¥996,000（三个服务年度订阅费¥864,000＋实施费¥96,000＋数据迁移费¥36,000）。
（四）订阅费按季度在每季度结束后15日内支付，每季度¥72,000；实施费和数据迁移费在上线验收合格后15日内一次性支付。本合同不设预付款。

四、实施与上线验收
（一）乙方应在合同签订后75日内完成全部30家诊所的上线。
（二）上线验收标准：30家诊所预约、病历、影像、收费功能全部可用；历史病历和会员数据迁移后抽样核对无差错；HIS及影像设备接口连续运行7日无中断；每家诊所至少两名前台和医生完成培训并考核合格。
（三）甲方按上述标准组织验收并签署上线验收单。系统开通或甲方试用不视为验收合格。

五、服务水平
（一）平台月度可用率不低于99.5%，计划内维护应提前48小时通知并安排在夜间22:00至次日6:00进行。
（二）一级故障（全部或多家诊所无法预约、无法调阅病历）乙方应在30分钟内响应、2小时内恢复；二级故障1小时内响应、8小时内解决。
（三）月度可用率每低于承诺值0.5个百分点，乙方按当季订阅费的5%给予服务抵扣；一级故障超过恢复时限的，每次抵扣¥2,000。抵扣在下一期付款中扣除。

六、数据归属与使用
（一）甲方及其诊所录入或产生的患者信息、病历、影像、预约和收费数据归甲方所有。
（二）甲方同意乙方在对上述数据进行去标识化处理后，将其用于乙方产品的功能改进、算法训练和口腔行业统计分析，本款授权在合同终止后继续有效。
（三）合同终止时，乙方应在30日内将甲方数据以通用格式完整交还甲方，并删除平台上的甲方数据。

七、数据安全
（一）乙方应遵守《个人信息保护法》《数据安全法》及医疗数据管理规定，对数据进行加密存储和传输，实行最小权限访问和操作日志留存，日志保存不少于六个月。
（二）发生数据泄露、篡改或丢失的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担相应法律责任并赔偿甲方及患者的损失。

八、保密
双方对履行合同中知悉的对方商业秘密及患者信息负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后三年内有效。

九、知识产权
平台软件的知识产权归乙方。乙方为甲方定制的报表、病历模板、接口程序及配置成果归甲方所有，甲方可自行使用、修改或交由第三方使用。

十、分包
乙方不得将实施或运维工作分包给第三方，确需分包的，应事先取得甲方书面同意。

十一、违约责任
（一）乙方逾期完成上线的，每逾期一日向甲方支付违约金¥800。
（二）乙方违反第六条第（三）项或第七条的，应赔偿甲方全部损失。

十二、合同解除
乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，乙方应退还未履行期间的费用，并按第六条第（三）项交还数据。

十三、争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交深圳国际仲裁院在深圳仲裁。

十三之一、双方职责
（一）甲方应指定项目负责人和各诊所联络人，提供诊所清单、排班规则、收费项目、历史数据及HIS和影像设备的接口资料，并安排诊所人员参加培训。
（二）乙方应指定客户成功经理和实施顾问，制定实施计划，按计划完成各诊所开通，每周向甲方报告进度；新增诊所的，按每家诊所每服务年度¥9,600的单价计收订阅费，并按剩余服务期折算。
（三）乙方应为甲方提供7×24小时服务热线和在线工单系统，每月向甲方提交服务报告，列明可用率、故障及处理情况、抵扣金额和改进措施。
（四）乙方对平台进行重大版本升级的，应提前15日通知甲方，并在夜间维护窗口内完成，升级不得降低已有功能和服务水平。

十三之二、培训与知识转移
（一）上线前，乙方应对每家诊所的前台、医生、护士和店长分角色进行培训，并向甲方信息部门提供管理员培训。
（二）服务期内，乙方每季度为甲方新入职人员提供一次线上集中培训，并持续更新操作手册和视频教程，不另收费。

（三）合同终止或到期不续订的，乙方应配合甲方将数据迁移至甲方指定的系统，提供数据字典和字段说明，迁移配合期内平台保持只读访问，不另收费。
（四）乙方应协助甲方制定诊所端账号管理、权限分配和离职人员账号注销制度，并在平台中提供相应的管理功能和审计报表。

（五）甲方新开诊所需要使用本平台的，乙方应在收到甲方通知后10个工作日内完成开通和培训；甲方关闭诊所的，自次季度起相应减少订阅费。
（六）乙方应按甲方要求为各诊所配置预约短信和微信提醒模板，短信通道费用按实际发送量另行结算，不计入本合同总价。

（七）乙方应为甲方保留平台操作日志和数据导出记录，供甲方内部审计和卫生健康主管部门检查时调阅。

十三之四、通知
双方的通知以书面形式送达本合同所载地址或指定电子邮箱，一方变更联系方式的，应在5个工作日内通知对方。

十三之三、不可抗力
因不可抗力导致一方不能履行本合同的，应及时通知对方并提供证明，在不可抗力影响范围内免除责任。云平台因乙方自身设备故障、网络攻击防护不当或第三方云服务商的原因中断的，不属于不可抗力。

十四、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方：深圳齿悦口腔医疗管理有限公司（盖章）    代表：__________
乙方：杭州牙云软件科技有限公司（盖章）    代表：__________
"""

SRC["z04"] = """东浦市生活垃圾焚烧发电厂DCS控制系统年度运维服务合同

项目编号：DPHJ-CS-2025-031
采购方式：竞争性磋商
甲方（采购人）：东浦市环境能源有限公司（东浦市生活垃圾焚烧发电厂）
乙方（成交供应商）：南京瑞控电力自动化服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方焚烧发电厂DCS控制系统年度运维服务事宜，签订本合同。

1. 服务范围
1.1 运维对象为甲方两条焚烧线及一台汽轮发电机组的分散控制系统（DCS），包括控制站、操作员站、工程师站、历史站、网络交换设备、电源及相关软件。
1.2 服务内容包括：日常巡检、定期维护、故障处理、备品备件管理、逻辑组态修改配合、系统备份、年度停炉检修期间的系统检修、运行人员技术培训。
1.3 乙方应派驻两名具有DCS维护经验的工程师常驻甲方厂区，实行白班驻场加夜间电话值守。

2. 服务期限
2.1 服务期为一个服务年度，自2025年7月1日起至2026年6月30日止。
2.2 服务期满本合同自然终止。甲方如需继续采购，按政府采购有关规定另行组织采购，本合同不自动续期。

3. 合同价格与支付
3.1 本合同总价为人民币陆拾叁万陆仟元整（¥636,000），包括驻场人员费用、巡检维护、常用易损备件、交通食宿及税费。
3.2 合同价款按季度支付，每季度¥159,000，甲方在每季度服务考核合格后15个工作日内支付上一季度费用。本合同不设预付款。
3.3 单价超过¥5,000的备件更换，由乙方报价、甲方审批后另行结算。

4. 服务要求
4.1 乙方驻场工程师每日对控制站、操作员站、网络及电源进行巡检，填写巡检记录，每周提交周报，每月提交月度运维报告。
4.2 乙方每季度对控制系统进行一次全面维护，包括卡件状态检查、冗余切换测试、时钟同步检查、病毒库及补丁评估，并对系统组态和数据库进行完整备份。
4.3 系统发生故障时，乙方接到甲方通知后应及时响应，尽快到场处理，并在故障处理后提交故障分析报告。
4.4 乙方应配合甲方在年度停炉检修期间完成控制系统检修、卡件清灰、接地检查及联锁保护试验。
4.5 逻辑或组态修改须由甲方书面批准，乙方按批准内容实施，修改前后均应备份。

5. 考核与验收
5.1 甲方每季度末按以下标准对乙方服务进行考核：巡检记录完整，计划巡检全部按期完成；季度维护和备份按计划完成，备份经恢复测试可用；月度报告按时提交；未因乙方原因发生机组非计划停运。
5.2 考核合格的，甲方签署季度服务确认单；不合格的，乙方应在10日内整改，整改合格后再行确认。
5.3 服务期满，甲方按上述标准进行年度验收，并作为乙方履约评价的依据。

6. 数据与网络安全
6.1 DCS运行数据、历史数据、组态文件和备份均归甲方所有，乙方仅为履行本合同使用，不得复制带离甲方厂区，不得用于其他目的。
6.2 乙方应遵守工业控制系统网络安全防护要求，工程师站禁止接入互联网，禁止使用未经甲方查毒的移动存储介质，远程访问一律禁止。
6.3 因乙方原因造成控制系统感染病毒、数据丢失或被篡改的，乙方应立即报告甲方并负责恢复，赔偿甲方由此造成的全部损失，包括机组停运损失。

7. 成果归属
乙方在服务期间形成的巡检记录、运维报告、故障分析报告、组态修改文件和系统备份归甲方所有，甲方有权自行使用或提供给后续服务单位。

8. 人员管理
8.1 乙方驻场人员应遵守甲方安全生产及出入厂管理制度，更换驻场人员须提前7日书面告知甲方并经甲方同意。
8.2 乙方人员在甲方厂区作业期间发生的人身伤害，由乙方承担责任。

9. 分包
乙方不得将本合同项下服务转包或分包给第三方。

10. 违约责任
10.1 乙方未按计划完成季度维护、年度检修配合任务或整改的，每延误一日，按合同总价的千分之一向甲方支付违约金。
10.2 乙方驻场人员缺岗的，每人每日扣减服务费¥600。
10.3 甲方逾期付款的，按同期贷款市场报价利率支付利息。

11. 合同解除
乙方严重违反本合同，经甲方书面通知后10日内仍未改正，或连续两个季度考核不合格的，甲方有权解除合同，并要求乙方赔偿损失。

12. 争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。

12-1. 备品备件
12-1.1 乙方应在甲方厂区设立备件柜，常备控制器卡件、I/O卡件、电源模块、网络交换机和操作员站主机等关键备件，备件清单经甲方确认后作为本合同附件。
12-1.2 乙方使用备件后应在7日内补齐，并建立备件台账，每月与甲方核对一次。更换下来的故障卡件由乙方负责返厂维修，维修后的卡件归还甲方。
12-1.3 备件质量应与原系统一致，乙方不得使用翻新件或非原厂件，确需替代的，应经甲方书面同意。

12-2. 培训
12-2.1 乙方每季度为甲方热控专业人员和集控运行人员组织一次技术培训，内容包括DCS系统结构、常见故障判断、操作员站日常维护、组态修改流程和安全防护要求。
12-2.2 乙方应在服务期满前协助甲方整理DCS系统技术档案，包括系统配置清单、网络拓扑图、组态修改记录、故障处理记录和备份清单，并向甲方或后续服务单位做好交接。

12-2.3 乙方派驻工程师应具备DCS系统维护经验，持有电工作业证，并在上岗前参加甲方组织的安全教育和考试，考试合格后方可进入生产区域作业。
12-2.4 乙方应建立运维值班表和应急联络表，报甲方热控专业备案，夜间值守电话应保持畅通，人员变动时及时更新。

12-2.5 乙方应在每次季度维护前5个工作日提交维护方案，说明维护内容、安全措施和对机组运行的影响，经甲方热控专业和运行部门会签后实施。涉及联锁保护的操作，须在机组停运或甲方批准的安全条件下进行。

12-2.6 乙方应每月向甲方提交备件消耗、故障统计和隐患排查情况，对反复出现的故障提出分析和处理建议。

12-4. 通知
双方的通知、报告和确认单以书面形式送达本合同载明的地址，或通过双方确认的电子邮箱发送。紧急情况下可先电话通知，事后补充书面通知。

12-3. 不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方，并在事件结束后15日内提供有关证明。不可抗力影响期间，双方的相关义务相应中止，影响消除后继续履行。

13. 其他
13.1 磋商文件、乙方响应文件及成交通知书为本合同组成部分。
13.2 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方：东浦市环境能源有限公司（盖章）    代表：__________    日期：__________
乙方：南京瑞控电力自动化服务有限公司（盖章）    代表：__________    日期：__________
"""

SRC["z05"] = """# 烟熏工序管理系统软件许可及定制开发合同

**熏源科技标准合同文本 V2.3**

合同编号：XY-HT-2025-118

甲方（用户）：广安蜀味腊味食品有限公司

乙方（开发商）：成都熏源科技有限公司

甲方为规范腊肠烟熏工序的温湿度控制、批次追溯和能耗管理，向乙方采购"熏源烟熏工序管理系统"软件许可及定制开发服务。双方经友好协商，订立本合同。

## 第一条 合同内容

1.1 乙方向甲方提供熏源烟熏工序管理系统V3.0标准版软件的永久使用许可，用于甲方一个生产厂区的十二条烟熏线。

1.2 乙方根据甲方需求进行定制开发，包括烟熏炉温湿度采集对接、批次追溯与赋码、配方与工艺曲线管理、能耗统计报表，以及与甲方现有ERP系统的接口。

1.3 乙方负责系统安装部署、参数配置和操作培训。

## 第二条 合同价格

本合同总价为人民币捌拾肆万元整（¥840,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 烟熏工序管理系统V3.0标准版许可（含工艺管理、批次追溯、能耗分析模块） | 600,000 |
| 2 | 定制开发（温湿度采集对接、赋码、报表、ERP接口） | 180,000 |
| 3 | 安装部署及培训 | 60,000 |
| | 合计 | 840,000 |

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即¥420,000，作为预付款。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的50%，即¥420,000。

3.3 甲方逾期付款的，每逾期一日，按应付金额的千分之一向乙方支付违约金。

## 第四条 交付

4.1 乙方将尽力在收到预付款后90日内完成软件部署和定制开发，具体进度以乙方项目计划为准。

4.2 因甲方需求变更、现场条件不具备或甲方配合不及时导致的延期，乙方不承担责任，交付时间相应顺延。

## 第五条 上线与验收

5.1 乙方完成安装部署后通知甲方，系统在甲方现场上线运行即视为甲方验收合格。

5.2 甲方在上线后提出的功能调整要求，按需求变更处理，费用另计。

## 第六条 免费维护期

6.1 免费维护期为系统上线之日起六个月。免费维护期内，乙方提供远程技术支持和软件缺陷修复。

6.2 一级故障（系统无法登录或烟熏线数据中断）乙方在接到甲方报修后8小时内响应，二级故障在2个工作日内响应。

6.3 乙方按上述时限尽力排除故障，但不承担因系统故障产生的任何扣款、赔偿或违约金。

## 第七条 维护服务

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的25%，即每个维护年度¥150,000，每年在维护年度开始前支付。

7.2 维护服务包括远程支持、缺陷修复和版本升级。现场服务按乙方人员差旅标准另行收费。

## 第八条 知识产权

8.1 本合同软件及乙方为甲方定制开发的全部程序、报表、接口及相关文档的知识产权均归乙方所有。

8.2 甲方仅获得在本合同约定厂区内使用上述软件和定制成果的非独占、不可转让的使用权，不得修改、反向工程或提供给第三方使用。乙方不向甲方交付定制开发的源代码。

## 第九条 数据安全

9.1 系统采集和产生的工艺参数、批次记录、质量追溯数据归甲方所有，乙方仅为提供本合同服务使用。

9.2 乙方远程维护时应使用甲方分配的账号，操作留痕，不得复制、下载甲方生产数据；乙方应采取访问控制和数据备份措施，防止数据泄露和丢失。

9.3 因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方并采取补救措施，承担相应的赔偿责任。

## 第十条 保密

双方对在合作中获悉的对方商业秘密、技术信息和生产配方负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。

## 第十一条 违约与责任限制

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方在本合同项下的累计赔偿责任总额不超过合同总价的50%，且不承担任何间接损失、利润损失或生产损失。

## 第十二条 合同解除

一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方有权解除本合同。

## 第十三条 争议解决

因本合同发生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十三条之一 双方义务

13-1.1 甲方应指定项目联系人，按乙方要求提供烟熏炉设备清单、通讯协议、工艺配方和ERP接口资料，提供现场网络、服务器和必要的办公条件，并配合乙方进行系统测试。

13-1.2 甲方应按照乙方提供的操作手册使用系统，不得私自修改系统配置或数据库结构；因甲方操作不当、设备故障或网络原因造成的系统问题，不属于免费维护范围。

13-1.3 乙方应按本合同约定提供软件许可、定制开发、安装部署和培训服务，培训对象为甲方烟熏车间班组长、质检人员和信息管理员，培训时间不少于3天。

13-1.4 乙方交付的文档包括：安装部署手册、用户操作手册、系统管理员手册和接口说明书，均以电子版形式提供。

13-1.5 乙方根据甲方需求开发的功能，以双方签字确认的需求说明为准，需求说明以外的功能或修改要求，视为新增需求，由双方另行协商费用和工期。

13-1.6 系统运行所需的服务器、操作系统、数据库软件、网络设备和烟熏炉采集终端由甲方自行采购，不包含在本合同价格内。乙方可根据甲方要求提供配置建议。

13-1.7 系统上线后，乙方可根据甲方的使用情况提出优化建议，甲方采纳的，双方另行确认工作内容和费用。乙方发布的标准版本升级，在免费维护期和维护服务期内向甲方免费提供。

13-1.8 甲方如需增加烟熏线或新厂区使用本系统，应另行向乙方购买许可，价格按乙方当时的报价确定。

## 第十三条之二 不可抗力

因不可抗力导致任何一方不能履行或不能完全履行本合同的，受影响方应在事件发生后及时通知对方，并在15日内提供证明，根据不可抗力的影响部分或全部免除责任。不可抗力包括但不限于自然灾害、政府行为、疫情、网络运营商大范围故障等。

## 第十三条之三 通知

双方往来通知以书面形式送达本合同首部载明的地址，或发送至双方指定的电子邮箱，电子邮件发出之日视为送达。一方联系方式变更的，应在3日内书面通知对方。

## 第十四条 其他

14.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

14.2 本合同未尽事宜，以乙方官网公布的《熏源软件服务条款》为准。

甲方：广安蜀味腊味食品有限公司（盖章）　　授权代表：__________

乙方：成都熏源科技有限公司（盖章）　　授权代表：__________
"""

SRC["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. SSPL/CN/2025/014
P:This Software Licence and Services Agreement (the "Agreement") is made on 18 August 2025 between:
P:(1) Changzhou Ruifeng Precision Bearing Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at 26 Longjiang Road, Wujin District, Changzhou, Jiangsu Province (the "Customer"); and
P:(2) Sahyadri Softworks Private Limited, a company incorporated in India, with its registered office at Plot 14, Hinjewadi Phase II, Pune 411057, Maharashtra, India (the "Vendor").
P:Recitals
P:A. The Vendor develops and licenses MaintainPro, a computerised maintenance management system for manufacturing plants.
P:B. The Customer wishes to acquire perpetual licences of MaintainPro for its two bearing plants in Changzhou and to engage the Vendor to implement the software, migrate its maintenance records and train its staff, all as set out in this Agreement.
P:C. At the Customer's request all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means MaintainPro version 8, in object code, including the Mobile Technician module, together with its documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, data migration scripts, configuration workbooks and any other work product created by the Vendor specifically for the Customer.
P:1.3 "Customer Data" means all data entered into, processed by or generated by the Software for the Customer, including asset registers, work orders, spare-part records and personal data of the Customer's employees.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5 that the Software and the Custom Deliverables meet the acceptance criteria.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for 120 named users and the Mobile Technician module for the Customer's internal business at its sites in the People's Republic of China.
P:2.2 The Customer may make reasonable copies of the Software for backup, testing and disaster recovery. The Vendor keeps all rights in the Software that are not expressly granted.
H:Article 3 Prices
P:3.1 The total price of this Agreement is CNY 1,480,000 (the "Contract Price"), fixed and inclusive of all taxes and expenses except Chinese value-added tax on imported services, which the Customer shall withhold as required by law:
P:(a) Software licences: 120 named users at CNY 6,800 each, CNY 816,000;
P:(b) Mobile Technician module licence: CNY 144,000;
P:Licence subtotal: CNY 960,000;
P:(c) implementation and configuration services: CNY 420,000;
P:(d) data migration: CNY 64,000;
P:(e) training of key users and administrators: CNY 36,000.
P:3.2 The licence subtotal in Article 3.1 is the base for the Annual Support Fee under Article 7.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 148,000) within 20 days after signature of this Agreement against the Vendor's invoice.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 814,000) within 30 days after Go-Live, meaning the day on which the Software is first used in production at both plants. Go-Live is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 518,000) within 30 days after Final Acceptance.
P:4.4 All payments shall be made by bank transfer to the Vendor's account in Pune.
H:Article 5 Delivery, Implementation and Acceptance
P:5.1 The Vendor shall complete installation, configuration, migration and training and reach Go-Live within 120 days after signature, according to the project plan agreed in the kick-off meeting.
P:5.2 Final Acceptance tests shall show that: (a) every function listed in the functional specification works as described; (b) migrated asset and work-order records reconcile with the source system record by record; (c) the interfaces with the Customer's ERP and SCADA historian run for 20 consecutive working days without error; (d) the Software responds within 3 seconds for 80 concurrent users; and (e) no Severity 1 or Severity 2 defect is open.
P:5.3 The Customer shall carry out the tests within 30 days after the Vendor's notice of readiness and shall either sign the Final Acceptance certificate or list the defects found. The Vendor shall correct the defects and repeat the tests. Installation, Go-Live, production use or any payment does not amount to Final Acceptance.
P:5.4 If the Vendor fails to reach Go-Live or Final Acceptance by the dates in the project plan for reasons attributable to it, it shall pay the Customer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Article 6 Warranty and Service Levels
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their specifications for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide updates and support free of charge.
P:6.2 The Vendor shall respond to Severity 1 incidents (the Software is unavailable at a plant or work orders cannot be created) within 1 hour, twenty-four hours a day, and restore service or provide a workaround within 8 hours; Severity 2 incidents within 2 hours, with a fix within 2 business days; and Severity 3 incidents within 1 business day.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or restoration time, the Vendor shall credit the Customer CNY 1,200, to be deducted from the next payment due.
H:Article 7 Support after the Warranty Period
P:7.1 After the Warranty Period the Customer may order annual support. The Annual Support Fee is 11% of the licence subtotal, that is CNY 105,600 for each support year, and shall not be increased for the first three support years. Any later change requires a written amendment signed by both parties.
P:7.2 Support covers the service levels in Article 6.2 and 6.3, updates and new versions. Support does not renew automatically; each support year is ordered by a purchase order of the Customer.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose.
P:8.2 The Software is installed on the Customer's servers in Changzhou. The Vendor shall access them only through the Customer's VPN with multi-factor authentication, per session approved by the Customer's IT department, and shall not copy Customer Data outside the Customer's systems. Test data shall be anonymised by the Customer.
P:8.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China, notify the Customer of any security incident affecting Customer Data within 24 hours, cooperate in the response, and be liable for all losses caused by its breach of this Article.
H:Article 9 Intellectual Property
P:9.1 The Vendor keeps all intellectual property in the Software.
P:9.2 All rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them to third parties without further payment.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and not disclose it without prior written consent, except to its advisers or as required by law. This obligation survives for three years after termination.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price.
P:11.2 The limit does not apply to personal injury, fraud, wilful misconduct, infringement of third-party intellectual property, or breach of Articles 8 and 10.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the acts of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after written notice, or if the liquidated damages under Article 5.4 reach their maximum.
P:13.2 On termination before Final Acceptance the Vendor shall refund the amounts paid for work that has not been accepted.
H:Article 14 Governing Law and Dispute Resolution
P:14.1 This Agreement is governed by the laws of India.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be referred to arbitration in Mumbai under the Arbitration and Conciliation Act, 1996, by a sole arbitrator appointed by agreement of the parties. The language of the arbitration is English.
H:Article 15 General
P:15.1 This Agreement, with its functional specification and project plan, is the entire agreement of the parties on its subject.
P:15.2 Amendments are valid only in writing signed by both parties. Notices shall be sent by courier and e-mail to the addresses above.
P:15.3 This Agreement is signed in two originals in English, one for each party.
P:Signed for and on behalf of Changzhou Ruifeng Precision Bearing Co., Ltd.: ____________________ Name: Title: Date:
P:Signed for and on behalf of Sahyadri Softworks Private Limited: ____________________ Name: Title: Date:
"""

SRC["e02"] = """# ORDER FORM No. KST-OF-2025-0231

**Kitchenstack Technologies Private Limited**, No. 88, 4th Cross, Koramangala 5th Block, Bengaluru 560095, Karnataka, India ("Kitchenstack")

**Customer:** Hangzhou Lvye Catering Management Co., Ltd., 8F, 312 Wensan Road, Xihu District, Hangzhou, Zhejiang Province, People's Republic of China ("Customer")

This Order Form is entered into under, and incorporates, the Kitchenstack General Terms set out below. Together they form the agreement between the parties (the "Agreement"). If this Order Form and the General Terms conflict, this Order Form prevails.

## 1. Services ordered

Kitchenstack will provide its cloud platform for restaurant inventory, purchasing and recipe costing (the "Platform") to the Customer's 120 restaurant outlets and its central kitchen, with these modules: purchase requisition and supplier ordering, goods receipt, stock counts, recipe and menu costing, waste tracking, and management dashboards. The Platform is hosted for the Customer in a cloud region in mainland China.

## 2. Subscription Term

The Subscription Term is two Subscription Years, from 1 October 2025 to 30 September 2027. Each Subscription Year runs from 1 October to 30 September. This Order Form does not renew automatically; any extension requires a new Order Form signed by both parties.

## 3. Fees

At the Customer's request all fees are stated and invoiced in Chinese Yuan (CNY).

| Item | Unit price (CNY) | Quantity | Amount (CNY) |
|---|---|---|---|
| Platform subscription, per outlet per Subscription Year | 2,900 | 120 outlets x 2 Subscription Years | 696,000 |
| Onboarding: configuration, supplier catalogue load, POS interface, training | 42,000 | 1 | 42,000 |
| **Total fees for the Subscription Term** | | | **738,000** |

The annual subscription fee is CNY 348,000 per Subscription Year. Prices include value-added tax.

## 4. Invoicing and payment

4.1 Subscription fees are invoiced quarterly in arrears, CNY 87,000 per quarter, at the end of each calendar quarter of the Subscription Term.

4.2 The onboarding fee is invoiced after Go-Live Acceptance under Section 5.

4.3 No fees are payable before the Subscription Start Date. The Customer pays each invoice within 30 days of receipt.

## 5. Onboarding and Go-Live Acceptance

5.1 Kitchenstack will complete onboarding of all outlets and the central kitchen within 60 days after signature of this Order Form.

5.2 Go-Live Acceptance requires that: (a) all 120 outlets and the central kitchen can raise requisitions, receive goods and count stock; (b) the supplier catalogue loaded from the Customer's spreadsheet matches the source file item by item; (c) the POS interface posts sales to recipe consumption for 7 consecutive days without error; and (d) at least two users per outlet have completed training. The Customer signs a Go-Live Acceptance certificate when these criteria are met. Use of the Platform before that date is not acceptance.

5.3 If Go-Live Acceptance is delayed for reasons attributable to Kitchenstack, Kitchenstack will pay the Customer CNY 500 for each day of delay.

## 6. Customer contacts

Customer project lead: Ms. Zhou Min, IT Manager. Kitchenstack account manager: Mr. Arjun Rao.

Signed for Kitchenstack Technologies Private Limited: ____________________ Date: ________

Signed for Hangzhou Lvye Catering Management Co., Ltd.: ____________________ Date: ________

---

# KITCHENSTACK GENERAL TERMS

## 1. Provision of the Platform

1.1 Kitchenstack will make the Platform available to the Customer's authorised users during the Subscription Term in accordance with the Agreement and the documentation.

1.2 The Customer is responsible for its users' compliance with the Agreement and for keeping user passwords secret.

## 2. Service Levels

2.1 The Platform will be available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 01:00 and 05:00 China Standard Time.

2.2 Kitchenstack will respond to Priority 1 incidents (the Platform is unavailable, or ordering or goods receipt is impossible for several outlets) within 30 minutes, at any time, and restore service within 6 hours. Priority 2 incidents receive a response within 2 hours and a fix within 1 business day.

2.3 If monthly availability falls below the level in 2.1, Kitchenstack will credit the Customer 5% of the monthly subscription fee for each 0.1 percentage point, or part of it, below that level, up to half of the monthly fee. Each Priority 1 restoration beyond 6 hours earns a further credit of CNY 1,000. Credits are deducted from the next invoice.

## 3. Customer Data

3.1 All data entered into the Platform by or for the Customer, including supplier prices, recipes, stock and sales figures ("Customer Data"), belongs to the Customer.

3.2 Kitchenstack will use Customer Data only to provide the Platform and the services under the Agreement and will not sell it or use it for any other purpose.

3.3 At the end of the Subscription Term Kitchenstack will return all Customer Data to the Customer in CSV format within 30 days and then delete it from the Platform.

## 4. Customer Configurations

Recipes, menu structures, report layouts and other configurations made for the Customer ("Customer Configurations") belong to the Customer, which may use, copy, modify and give them to any third party. Kitchenstack keeps all rights in the Platform itself.

## 5. Confidentiality

Each party will keep confidential any non-public information of the other party that it receives under the Agreement, use it only to perform the Agreement, and not disclose it to any third party without the other party's prior written consent, except to its professional advisers or as required by law. This obligation continues for three years after the end of the Agreement.

## 6. Subcontracting

Kitchenstack may not subcontract any part of its obligations, other than the hosting of the Platform by the cloud provider named in the Order Form annex, without the Customer's prior written consent. Kitchenstack remains responsible for its subcontractors.

## 7. Term and Termination

7.1 The Agreement runs for the Subscription Term.

7.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of the breach.

7.3 If the Customer terminates under 7.2, Kitchenstack will refund any fees paid for the period after termination and return the Customer Data under 3.3.

## 8. Warranties

8.1 Kitchenstack warrants that the Platform will perform materially in accordance with its documentation and that the onboarding services will be performed with reasonable skill and care.

8.2 Except as stated in the Agreement, no other warranties apply.

## 9. Limitation of Liability

9.1 Kitchenstack's total aggregate liability arising out of or in connection with the Agreement is limited to the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim.

9.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

9.3 Nothing in the Agreement limits liability for death or personal injury caused by negligence, or for fraud.

## 10. Governing Law and Disputes

10.1 The Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

## 10A. Changes to the Services

10A.1 The Customer may request additional outlets, modules or integrations at any time. Additional outlets are charged at the unit price in Section 3 of the Order Form, pro rata for the rest of the current Subscription Year.

10A.2 Kitchenstack may update the Platform from time to time, provided that an update does not materially reduce the functions the Customer uses or the service levels in Section 2. Kitchenstack will announce major releases at least 14 days in advance and publish release notes.

## 10B. Support and Training

10B.1 Kitchenstack will provide support in Chinese and English by telephone, e-mail and in-app chat, around the clock for Priority 1 incidents and from 08:00 to 22:00 China Standard Time on all days for other requests.

10B.2 Kitchenstack will give a monthly service report to the Customer showing availability, incidents, response and restoration times, credits due and open requests, and will attend a quarterly review meeting with the Customer's operations and purchasing managers.

10B.3 New store managers and chefs may join Kitchenstack's online training sessions, which are held every two weeks, at no additional charge during the Subscription Term. Kitchenstack will keep the user guides and training videos up to date with each release.

## 10C. Customer Responsibilities

The Customer will provide the supplier catalogue, recipe data and POS interface details needed for onboarding, appoint a project lead, make store staff available for training, and ensure that its outlets have a working internet connection and suitable devices.

## 11. General

11.1 Notices must be in writing and sent by e-mail and courier to the addresses in the Order Form.

11.2 Neither party may assign the Agreement without the other party's prior written consent.

11.3 Changes to these General Terms apply to the Customer only if agreed in writing by both parties.
"""

SRC["e03"] = """T:PURCHASE CONTRACT FOR CONDITION-MONITORING SENSORS AND GATEWAYS
P:Contract No. HLTC-EQ-2025-072
P:Buyer: Foshan Hualong Ceramics Co., Ltd., 9 Nanzhuang Avenue, Chancheng District, Foshan, Guangdong Province, People's Republic of China (the "Buyer").
P:Supplier: Kovai Sensetronics Private Limited, SF 212, Avinashi Road, Peelamedu, Coimbatore 641004, Tamil Nadu, India (the "Supplier").
P:The Buyer operates two roller-kiln production lines at its Nanzhuang plant and wishes to monitor the condition of kiln drive motors, fans, gearboxes and roller bearings. Following the Buyer's request for quotation of 3 June 2025 and the Supplier's offer of 20 June 2025, the parties agree as follows. This contract is on the Buyer's standard terms.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install and commission wireless vibration and temperature sensors, gateways, an edge server and the monitoring software licence listed in Section 2 (together the "System"), integrate the System with the Buyer's plant network and maintenance system, and train the Buyer's staff.
P:1.2 The technical specification in Annex 1 forms part of this contract. Where the Supplier's offer and Annex 1 differ, Annex 1 prevails.
H:Section 2 Contract Price
P:2.1 The contract price is CNY 1,060,000 (the "Contract Price"), fixed, including delivery DDP Foshan, customs duties, insurance, installation, commissioning, training and all taxes. The price is broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration sensor, ATEX-rated|180|3,200|576,000
TB:2|Wireless temperature sensor|24|1,850|44,400
TB:3|Industrial wireless gateway|12|9,600|115,200
TB:4|Edge server with redundant storage|1|68,000|68,000
TB:5|Monitoring software licence, perpetual, 250 channels|1|126,000|126,000
TB:|Hardware and Licence Subtotal|||929,600
TB:6|Installation and cabling of gateways|1|96,000|96,000
TB:7|Commissioning, alarm set-up and training|1|34,400|34,400
TB:|Contract Price|||1,060,000
P:2.2 The Hardware and Licence Subtotal is the base of the support fee under Section 7.
H:Section 3 Payment
P:3.1 Advance payment: 20% of the Contract Price (CNY 212,000) within 15 working days after signature, against the Supplier's advance payment guarantee issued by a bank acceptable to the Buyer.
P:3.2 Delivery payment: 45% of the Contract Price (CNY 477,000) within 30 days after all equipment has been delivered to the plant and the Buyer has signed the delivery note. The delivery note confirms quantity and visible condition only and is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 371,000) within 30 days after Final Acceptance under Section 5.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment within 60 days after signature and complete installation and commissioning within 30 days after delivery, during the kiln maintenance stops scheduled by the Buyer.
P:4.2 The Supplier's staff shall follow the Buyer's plant safety rules, including hot-work and lock-out procedures.
P:4.3 If the Supplier delays delivery or Final Acceptance for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:Section 5 Acceptance
P:5.1 Final Acceptance tests shall show that: (a) every sensor reports to the software at the configured interval; (b) packet loss per gateway stays below 1% over 14 consecutive days; (c) vibration readings on six reference points match a calibrated portable analyser within 5%; (d) alarms reach the Buyer's maintenance system and SMS gateway within 60 seconds; and (e) the documentation and training in Annex 1 have been delivered.
P:5.2 When the tests are passed, the parties sign the Final Acceptance certificate. Delivery, installation, use of the System or any payment is not acceptance. Failed tests are repeated after correction at the Supplier's cost.
H:Section 6 Warranty and Service Levels
P:6.1 The Supplier warrants the System for 36 months after Final Acceptance (the "Warranty Period"). During the Warranty Period it shall repair or replace defective sensors, gateways and server parts and correct software defects free of charge, including shipping and customs costs.
P:6.2 Fault response during the Warranty Period:
TB:Severity|Definition|Response|On-site / fix
TB:Critical|Edge server or software down, or a gateway serving a kiln drive offline|1 hour|On site within 24 hours
TB:Major|Single sensors offline or wrong readings|2 hours|Fix within 3 working days
TB:Minor|Questions, cosmetic defects|1 working day|Next software update
P:6.3 For each full hour by which a Critical response or on-site time is missed, the Supplier shall pay CNY 800, deducted from any amount due or claimed under the bank guarantee.
P:6.4 The Supplier shall keep spare sensors and one spare gateway in stock in mainland China throughout the Warranty Period.
H:Section 7 Support after the Warranty Period
P:7.1 After the Warranty Period the Buyer may order annual support at a fee of 7% of the Hardware and Licence Subtotal, that is CNY 65,072 per support year. This fee is fixed for the first two support years; any later change must be agreed in writing.
P:7.2 Support is ordered by a written purchase order for each support year and does not renew automatically.
H:Section 8 Data and Security
P:8.1 All measurement data, alarms, configurations and reports produced by the System belong to the Buyer. The Supplier shall not use them for any purpose other than performing this contract.
P:8.2 The gateways and the edge server send data only to the Buyer's own server inside the plant network; no data is sent to the Supplier or to any cloud service. Remote access by the Supplier requires the Buyer's approval for each session and uses the Buyer's VPN.
P:8.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the System or the Buyer's data, assist in the response, and be liable for losses caused by its breach of this Section.
H:Section 9 Intellectual Property
P:9.1 The monitoring software remains the property of the Supplier and is licensed to the Buyer perpetually for use at its plants.
P:9.2 Configurations, alarm rules, dashboards and interface scripts made for the Buyer belong to the Buyer, which may modify them and give them to other service providers.
H:Section 10 Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this contract, including the Buyer's process data and plant layout, and shall not disclose it without prior written consent. This obligation survives for three years after the end of this contract.
H:Section 11 Liability
P:The Supplier's total liability under this contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 8 and 10, which are not limited.
H:Section 12 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:Section 13 Termination
P:The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if liquidated damages reach their maximum. On termination the Supplier shall refund amounts paid for undelivered or unaccepted parts.
H:Section 14 Governing Law and Disputes
P:This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final.
H:Section 14A Documentation, Training and Spare Parts
P:14A.1 The Supplier shall deliver, in Chinese and English, the installation drawings, sensor location list, network diagram, operating manual, maintenance manual and software administrator guide, in two printed copies and in electronic form, before Final Acceptance.
P:14A.2 The Supplier shall train at least eight maintenance technicians and two IT administrators of the Buyer on sensor installation and replacement, battery changes, gateway configuration, alarm thresholds, trend analysis and backup of the edge server. The training shall take place at the plant and end with a practical test.
P:14A.3 The Supplier shall make spare parts and replacement sensors of the same or compatible type available to the Buyer for at least seven years after Final Acceptance, at prices not higher than those in Section 2, and shall give the Buyer at least six months' notice before any product is discontinued.
H:Section 14B Force Majeure
P:A party prevented from performing by force majeure, such as natural disaster, epidemic, war or government action, shall notify the other party promptly, provide evidence within 15 days and take reasonable steps to limit the effect. The time for performance is extended by the period of the force majeure. If force majeure lasts more than 90 days, either party may terminate the contract by written notice.
H:Section 14C Compliance and Export
P:The Supplier is responsible for export licences and documents in India. The Buyer shall provide the import documents needed in China. The Supplier warrants that the equipment complies with the Chinese radio-transmission rules for the frequency bands it uses and shall provide the radio type approval certificates before delivery.
H:Section 15 Miscellaneous
P:This contract is made in English in two originals. It enters into force on signature by both parties. Annex 1: Technical Specification. Annex 2: Installation Plan.
P:For the Buyer: ____________________ For the Supplier: ____________________
"""

SRC["e04"] = """# MANAGED BACKUP AND DISASTER RECOVERY SERVICES AGREEMENT

**Agreement reference:** SBT-MS-CN-2025-07

**Between**

**Sabarmati Bytes Technologies Private Limited**, 5th Floor, Shivalik Corporate Park, S.G. Highway, Ahmedabad 380015, Gujarat, India (the "Provider"); and

**Ningbo Haishu Cold Chain Logistics Co., Ltd.**, 177 Jiangnan Road, Yinzhou District, Ningbo, Zhejiang Province, People's Republic of China (the "Customer").

**Background**

(A) The Customer runs a warehouse management system, a transport management system and its finance systems on servers at its Ningbo head office and two cold-storage warehouses.

(B) The Customer wishes to engage the Provider to run backup and disaster recovery for these systems as a managed service, and the Provider has agreed to do so on the terms below.

(C) At the Customer's request all charges are stated and paid in Chinese Yuan (CNY).

## 1. Definitions

1.1 "Services" means the managed backup and disaster recovery services described in Schedule 1.

1.2 "Service Commencement Date" means the date of Service Acceptance under clause 4.

1.3 "Customer Data" means all data of the Customer that the Provider backs up, stores, replicates or restores.

1.4 "Charges" means the charges in Schedule 2.

## 2. Term and Renewal

2.1 This Agreement starts on signature and the Services run for an Initial Term of 24 months from the Service Commencement Date.

2.2 At the end of the Initial Term this Agreement renews automatically for successive renewal terms of 24 months each, unless either party gives written notice of non-renewal at least 90 days before the end of the current term.

2.3 The Provider may increase the Charges for any renewal term by up to 9% by written notice given at least 60 days before the renewal term begins. The increased Charges apply from the first day of the renewal term.

## 3. Services

3.1 The Provider shall provide the Services described in Schedule 1 in accordance with the service levels in Schedule 3.

3.2 The Provider shall assign a named service manager who meets the Customer's IT manager monthly to review service reports, restore tests and open issues.

3.3 Backup copies are stored in two data centres in mainland China operated for the Provider by its hosting partner named in Schedule 1, which the Customer approves by signing this Agreement.

## 4. Transition and Service Acceptance

4.1 The Provider shall complete transition (installation of backup agents, configuration of backup policies, initial full backups and replication to the disaster recovery site) within 45 days after signature.

4.2 Service Acceptance requires that: (a) every system in Schedule 1 has completed a full backup and 7 consecutive days of scheduled backups without failure; (b) a test restore of the warehouse management system to the recovery site is completed within the recovery time objective in Schedule 3; (c) three randomly selected files from each system are restored and verified by the Customer; and (d) the runbooks are delivered. The Customer signs a Service Acceptance certificate when these criteria are met. Installation of agents or the start of backups is not acceptance.

4.3 If Service Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,000 for each day of delay.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 2. The transition fee is invoiced after Service Acceptance. The monthly service charge is invoiced monthly in arrears.

5.2 No amount is payable before the Service Commencement Date. The Customer shall pay each correct invoice within 30 days after receipt.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall process it only to provide the Services and on the Customer's instructions, and shall not access the content of backups except for a restore requested by the Customer.

6.2 The Provider shall encrypt Customer Data in transit and at rest with keys held by the Customer, keep it only in the data centres in clause 3.3, apply multi-factor authentication and logged access for its staff, and comply with the Data Security Law and the Personal Information Protection Law.

6.3 The Provider shall notify the Customer within 24 hours of any incident affecting Customer Data, take all steps needed to contain it, and be liable for the losses and costs caused by its breach of this clause 6.

6.4 At the end of this Agreement the Provider shall hand over all backup copies the Customer asks for and then securely delete Customer Data, confirming the deletion in writing.

## 7. Work Product

Runbooks, backup policies, recovery plans and reports prepared for the Customer belong to the Customer, which may use, modify and give them to any successor provider.

## 8. Confidentiality

Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and not disclose it to third parties without prior written consent, except as required by law. This clause survives for three years after termination.

## 9. Subcontracting

The Provider shall not subcontract any part of the Services, other than the hosting partner approved under clause 3.3, without the Customer's prior written consent, and remains responsible for any subcontractor.

## 10. Liability

10.1 The Provider's total liability under this Agreement is limited to 150% of the Charges payable for the Initial Term.

10.2 The limit does not apply to loss of or damage to Customer Data caused by the Provider's breach of clause 6, to personal injury or to wilful misconduct.

## 11. Duration and Remedies

11.1 Neither party may terminate this Agreement before the end of the Initial Term or a renewal term.

11.2 If the Provider fails to meet its obligations, the Customer's remedies are the service credits in Schedule 3, the delay payments under clause 4.3 and damages under clause 10. A failure by the Provider does not entitle the Customer to terminate this Agreement or to withhold the monthly service charge.

## 11A. Exit Assistance

11A.1 When this Agreement ends for any reason, the Provider shall for up to 60 days provide reasonable assistance to transfer the Services to the Customer or a new provider, including handing over backup catalogues, encryption key records and runbooks, and keeping restores available during the transfer.

11A.2 Exit assistance is free of charge up to five working days of effort; any further effort is charged at CNY 4,800 per person-day, agreed in advance in writing.

## 11B. Force Majeure

A party affected by force majeure shall notify the other party promptly and use reasonable efforts to limit its effect. Force majeure does not excuse the Provider from keeping backup copies in the second data centre.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo. The award is final and binding.

## 13. General

This Agreement, including its Schedules, is the entire agreement between the parties. Amendments must be in writing and signed by both parties.

Signed for the Provider: ____________________ Signed for the Customer: ____________________

## Schedule 1 - Services and Systems

| System | Location | Data volume | Backup frequency | Retention |
|---|---|---|---|---|
| Warehouse management system | Head office, Ningbo | 2.4 TB | Every 6 hours incremental, daily full | 90 days |
| Transport management system | Head office, Ningbo | 0.9 TB | Daily | 90 days |
| Finance and ERP | Head office, Ningbo | 1.6 TB | Daily | 180 days and monthly archive |
| File servers | Two warehouses | 3.2 TB | Daily | 60 days |

The Services include backup monitoring around the clock, replication to the recovery site, quarterly restore tests of every system, a disaster recovery exercise each Service Year, and monthly reports.

## Schedule 2 - Charges

| Charge | Amount (CNY) | Billing |
|---|---|---|
| Transition fee | 58,000 | One-off, after Service Acceptance |
| Monthly service charge | 46,500 | Monthly in arrears |
| Monthly service charge over the Initial Term (24 months) | 1,116,000 | |
| Total Charges for the Initial Term | 1,174,000 | |

## Schedule 3 - Service Levels and Service Credits

| Measure | Level | Service credit if missed |
|---|---|---|
| Recovery platform availability, per month | 99.95% | 5% of the monthly charge per 0.1 point below |
| Priority 1 incident response (failed restore or DR site unavailable) | 15 minutes, 24x7 | CNY 1,500 per hour late |
| Priority 2 incident response (failed scheduled backup) | 1 hour | CNY 500 per hour late |
| Recovery time objective, warehouse management system | 2 hours | 8% of the monthly charge |
| Recovery point objective, warehouse management system | Last successful backup | - |

Service credits are deducted from the next invoice and are capped at half of the monthly service charge in any month.
"""

SRC["e05"] = """DATA API SUBSCRIPTION AGREEMENT

Reference: MMD-API-2025-0412

THIS AGREEMENT is made on 2 September 2025

BETWEEN

MALABAR MARKET DATA PRIVATE LIMITED, a company incorporated in India, having its registered office at 3rd Floor, Kinfra Techno Park, Kakkanad, Kochi 682042, Kerala, India (the "Provider"); and

QINGDAO HAIYUE FOOD IMPORT AND EXPORT CO., LTD., a company incorporated in the People's Republic of China, having its registered office at 66 Xianggang Middle Road, Shinan District, Qingdao, Shandong Province (the "Customer").

WHEREAS the Provider collects and publishes daily price, arrival and quality data for pepper, cardamom, turmeric, ginger and other spices from Indian and international auction centres and ports, and makes it available through an application programming interface (the "Data API"); and the Customer, an importer of spices, wishes to receive that data in its purchasing and pricing systems;

NOW IT IS AGREED as follows.

1. DEFINITIONS

1.1 "Data" means the price, arrival, stock and quality data delivered through the Data API, and its historical archive from 2015 onwards.

1.2 "Subscription Year" means the period from the Activation Date to the day before its first anniversary, and each following period between two anniversaries of the Activation Date.

1.3 "Activation Date" means the date on which the Customer signs the activation certificate under clause 4.

1.4 "Customer Inputs" means watch lists, purchase volumes, supplier names, queries and any other information that the Customer sends to the Provider or through the Data API.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the Data API with up to 15 user accounts and up to 2,000,000 calls per Subscription Year, and to use the Data internally and in reports to its own customers and banks.

2.2 The Subscription Term is two Subscription Years from the Activation Date. It ends at the end of the second Subscription Year and does not renew automatically; a further term requires a new written agreement.

3. FEES

3.1 At the Customer's request all fees are in Chinese Yuan (CNY):

Subscription Fee: CNY 186,000 per Subscription Year, for two Subscription Years: CNY 372,000
One-time set-up fee (mapping of the Data to the Customer's product codes, test environment, training): CNY 18,000
Total fees for the Subscription Term: CNY 390,000

3.2 Calls above the annual allowance are charged at CNY 40 per 1,000 calls, invoiced quarterly in arrears. Such usage charges are not part of the total fees.

3.3 The Subscription Fee is invoiced quarterly in arrears, CNY 46,500 per quarter. The set-up fee is invoiced after the Activation Date. No fee is payable before the Activation Date. Invoices are payable within 30 days.

4. SET-UP AND ACTIVATION

4.1 The Provider shall complete the set-up within 30 days after signature of this Agreement.

4.2 Activation tests shall show that: (a) every endpoint listed in the API documentation returns Data for all spices in the Customer's product list; (b) the mapping to the Customer's product codes is complete and correct for every item; (c) the daily auction prices are available by 18:00 China Standard Time on 10 consecutive trading days; and (d) median response time of the Data API stays below 800 milliseconds during the test. When these criteria are met the Customer signs an activation certificate. Test calls or use of the Data before then are not acceptance.

4.3 If the Activation Date is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 300 for each day of delay.

5. SERVICE LEVELS

5.1 The Provider shall use commercially reasonable efforts to make the Data API available 99.0% of the time in each calendar month, excluding scheduled maintenance notified 24 hours in advance.

5.2 The Provider shall acknowledge Priority 1 incidents (the Data API is unavailable or returns no current prices) within 2 hours, at any time, and Priority 2 incidents within 1 business day.

5.3 The Provider's only obligation if the levels in this clause 5 are not met is to restore the Data API as soon as reasonably possible. No service credits, fee reductions, refunds or other compensation apply to a failure to meet these levels.

6. INTELLECTUAL PROPERTY

6.1 The Provider keeps all rights in the Data API and the Data. The Customer's right to use the Data is set out in clause 2.1.

6.2 The product-code mappings, queries, dashboards and reports made for or by the Customer belong to the Customer, which may use, modify and give them to third parties.

7. CUSTOMER INPUTS AND DATA SECURITY

7.1 Customer Inputs belong to the Customer. The Provider shall use them only to provide the Data API to the Customer and shall not combine them with data of other customers, publish them, or use them for any other purpose.

7.2 The Provider shall protect Customer Inputs with encryption in transit and at rest, access control limited to named support staff, logging of every access, and deletion within 30 days after the end of the Subscription Term.

7.3 The Provider shall notify the Customer within 24 hours of any unauthorised access to Customer Inputs or the Customer's API keys, take the steps needed to contain it, and be liable for the losses caused by its breach of this clause 7.

8. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information received under this Agreement, including the Customer's purchase volumes and supplier names and the Provider's pricing, and shall not disclose it without the other party's prior written consent, except as required by law. This clause survives for three years after the Agreement ends.

9. SUBCONTRACTING

The Provider shall not subcontract any part of its obligations without the Customer's prior written consent. Data collection at auction centres by the Provider's own employees is not subcontracting.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 200% of the total fees for the Subscription Term.

10.2 The Provider does not warrant that the Data is free of error, and the Customer makes its own purchasing decisions. This does not limit clause 4.3 or clause 7.3.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

11.2 On termination the Provider shall refund any fees paid for the period after termination, and the Customer shall stop using the Data API.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing in accordance with its rules. The award is final and binding.

12A. SUPPORT AND REPORTING

12A.1 The Provider shall provide technical support for the Data API in English and Chinese by e-mail and telephone. Each request receives a ticket number and the Provider keeps the Customer informed of progress until the request is closed.

12A.2 The Provider shall send the Customer a monthly report showing the availability of the Data API, the number of calls made, incidents and their duration, and any corrections made to the Data during the month.

12A.3 The Provider shall notify the Customer at least 60 days in advance of any change to the Data API that is not backwards compatible, such as removing an endpoint or changing a field name, and shall keep the previous version running for at least 90 days after the new version is released.

12B. DATA CORRECTIONS AND COVERAGE

12B.1 If the Customer reports an error in the Data, the Provider shall check it against its sources and publish a correction or explain why the Data is correct within 2 business days.

12B.2 The Provider shall not reduce the list of spices, auction centres or ports covered by the Data API during the Subscription Term without the Customer's written agreement.

12C. FORCE MAJEURE

Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, strikes at auction centres or acts of government, provided that it notifies the other party promptly and resumes performance as soon as possible. Payment obligations for services already received are not affected.

12C.1 The Provider shall keep a tested business continuity plan for the Data API, including a secondary hosting site, and shall give the Customer a summary of it on request.

12D. CUSTOMER RESPONSIBILITIES

The Customer shall keep its API keys secure, use the Data only as permitted by clause 2.1, and inform the Provider without delay if it suspects that an API key has been misused.

13. GENERAL

13.1 Notices shall be given in writing by e-mail and courier to the addresses above.

13.2 Neither party may assign this Agreement without the other party's prior written consent.

13.3 This Agreement is signed in two originals in English.

SIGNED for MALABAR MARKET DATA PRIVATE LIMITED: ____________________

SIGNED for QINGDAO HAIYUE FOOD IMPORT AND EXPORT CO., LTD.: ____________________
"""

FILES = {
    "z01": ("h559z01_tax_bureau_taxpayer_service_platform", "pdf", "zh"),
    "z02": ("h559z02_foundry_melting_furnace_control_retrofit", "docx", "zh"),
    "z03": ("h559z03_dental_chain_booking_emr_saas", "txt", "zh"),
    "z04": ("h559z04_waste_incineration_dcs_annual_om", "txt", "zh"),
    "z05": ("h559z05_sausage_smokehouse_software_supplier_template", "md", "zh"),
    "e01": ("h559e01_cmms_perpetual_licence_pune_vendor", "pdf", "en"),
    "e02": ("h559e02_restaurant_inventory_saas_order_form", "md", "en"),
    "e03": ("h559e03_kiln_condition_monitoring_sensors", "docx", "en"),
    "e04": ("h559e04_managed_backup_dr_service", "md", "en"),
    "e05": ("h559e05_spice_market_data_api_subscription", "txt", "en"),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(*vals):
    assert len(vals) == len(TERM_KEYS)
    return dict(zip(TERM_KEYS, vals))


G, S = "goods_or_licence", "service"
# key: (category, terms, extra, design: {value check, tco inputs, forum_outside, design rule list})
LABELS = {
    "z01": ("software",
            T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 8, False, True, False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2480000)),
    "z02": ("hardware",
            T(None, 0.5, True, "buyer", True, True, True, 0.03, 150, 10, True, True, 24, 9, False, True, True, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1580000)),
    "z03": ("cloud",
            T(99.5, 0.5, True, "buyer", True, False, True, 800 / 996000 * 100, None, None, True, None, None, None, True,
              True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=996000)),
    "z04": ("services",
            T(None, None, False, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, True, False,
              "PRC", S),
            dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=636000)),
    "z05": ("software",
            T(None, 8, False, "supplier", True, True, True, None, 50, 50, False, False, 6, 25, False, True, None, None, G),
            dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                 contract_value=840000)),
    "e01": ("software",
            T(None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 18, 11, False, True, False, "India", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1480000)),
    "e02": ("cloud",
            T(99.95, 0.5, True, "buyer", False, True, True, 500 / 738000 * 100, 6 / 24 * 100, None, True, None, None,
              None, False, True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=738000)),
    "e03": ("hardware",
            T(None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 36, 7, False, True, False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1060000)),
    "e04": ("services",
            T(99.95, 0.25, True, "buyer", True, True, True, 1000 / 1174000 * 100, 150, None, True, None, None, None, True,
              False, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1174000)),
    "e05": ("cloud",
            T(99.0, 2, False, "buyer", True, True, True, 300 / 390000 * 100, 200, None, True, None, None, None, False,
              True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=390000)),
}

# design data: price components (must sum to the value), TCO inputs for goods (fee base, months of warranty)
PRICE_PARTS = {
    "z01": [1280000, 960000, 186000, 54000], "z02": [486000, 312000, 148000, 164000, 96000, 228000, 126000, 20000],
    "z03": [288000 * 3, 96000, 36000], "z04": [159000 * 4], "z05": [600000, 180000, 60000],
    "e01": [120 * 6800, 144000, 420000, 64000, 36000], "e02": [2900 * 120 * 2, 42000],
    "e03": [576000, 44400, 115200, 68000, 126000, 96000, 34400], "e04": [46500 * 24, 58000], "e05": [186000 * 2, 18000],
}
FEE_BASE = {"z01": 1280000, "z02": 1206000, "z05": 600000, "e01": 960000, "e03": 929600}
FORUM_OUTSIDE_MAINLAND = {k: False for k in FILES}

DESIGN = {  # the design list, written before the labels were checked against it
    "z01": [], "z02": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"], "e02": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"], "e03": [],
    "e04": ["CR-AUTO-RENEWAL", "CR-TERMINATION"], "e05": ["CR-SLA-AVAILABILITY", "CR-SLA-NO-REMEDY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(key):
    """policy §4: horizon 5 years from acceptance; post-warranty years pro rata; fee base = itemised licence/hw."""
    t = LABELS[key][1]
    value = LABELS[key][2]["contract_value"]
    years_after = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years_after * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return value + fees, fees / (value + fees) * 100


def expected_rules(key):
    """My own reading of policy.md §3 applied to the labels (no project code)."""
    _, t, x = LABELS[key]
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    else:
        if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
            r.add("CR-SLA-AVAILABILITY")
        if not t["sla_remedy"]:
            r.add("CR-SLA-NO-REMEDY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
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
        pw = t["post_warranty_fee_pct"]
        if pw is None or not x["post_warranty_fee_capped"] or pw > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if pw is not None and x["post_warranty_fee_capped"] and tco(key)[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or FORUM_OUTSIDE_MAINLAND[key]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---- threshold scan -------------------------------------------------------------------------------------------
NUM_L = r"(?<![0-9.,])"
PATTERNS = [
    NUM_L + r"99\.9(?![0-9])", r"ninety[- ]nine point nine",
    NUM_L + r"4\s*-?\s*(?:小时|个小时|h\b|hrs?\b|hours?\b)", r"(?<![二十])四\s*(?:个)?小时", r"(?<![\w-])four[- ]hours?",
    NUM_L + r"240\s*(?:分钟|min)", r"二百四十分钟",
    NUM_L + r"0\.05(?![0-9])", r"万分之五(?![十百千0-9])", r"千分之零点五", r"(?<![0-9])5\s*‱",
    NUM_L + r"100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之百", r"one hundred per\s*cent",
    NUM_L + r"30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])", r"(?<![十])三成", r"thirty per\s*cent",
    NUM_L + r"12\s*(?:个月|months?\b|-month)", r"(?<![二三四五六七八九])十二个月", r"(?<![\w-])twelve[- ]months?",
    r"(?<![十百千])一年", r"(?<![\w-])one[- ]years?\b", NUM_L + r"1\s*-?\s*years?\b",
    NUM_L + r"15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之十五(?![点.])", r"fifteen per\s*cent",
    NUM_L + r"40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])", r"(?<![十])四成", r"forty per\s*cent",
    NUM_L + r"5\s*(?:年|-?\s*years?\b)", r"(?<![十])五年", r"(?<![\w-])five[- ]years?", NUM_L + r"60\s*(?:个月|months?\b|-month)",
    r"六十个月", r"sixty[- ]months?",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "4-hour", "240分钟", "0.05%", "0.05 %",
            "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月", "12 months", "十二个月", "twelve months",
            "一年", "one year", "15%", "15 %", "40%", "四成", "百分之四十", "5年", "五年", "five years", "60 months", "5 years"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "2015", "万分之五十", "服务年度",
             "Subscription Year", "14 hours", "120 days", "1,500", "0.5", "130%", "35%", "45%", "25%", "十二条烟熏线",
             "三十六个月", "二十四个月", "18 months", "36 months", "2 hours", "1 hour", "350%", "240,000", "1.5 years"]


def self_test():
    for s in MUST_HIT:
        assert any(r.search(s) for r in RX), "must hit: " + s
    for s in MUST_MISS:
        hits = [r.pattern for r in RX if r.search(s)]
        assert not hits, ("must miss", s, hits)


def scan(name, text):
    found = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for r in RX:
            for m in r.finditer(variant):
                found.append((r.pattern, variant[max(0, m.start() - 15):m.end() + 15]))
    assert not found, (name, found[:5])


# ---- read back --------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    # sums and design checks
    covered = set()
    for key in FILES:
        assert sum(PRICE_PARTS[key]) == LABELS[key][2]["contract_value"], key
        got = expected_rules(key)
        assert got == sorted(DESIGN[key]), (key, got, DESIGN[key])
        covered |= set(got)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    n_clean = [k for k in FILES if not expected_rules(k)]
    assert sorted(n_clean) == ["e03", "z01"], n_clean
    assert expected_rules("e01") == ["CR-GOVERNING-LAW"] and risk(expected_rules("e01")) == "low"
    assert len(expected_rules("z05")) >= 8
    for k in ["z02", "z03", "z04", "e02", "e04", "e05"]:
        assert 2 <= len(expected_rules(k)) <= 3, k
    # thresholds in labels
    for key in FILES:
        t = LABELS[key][1]
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        if key in FEE_BASE:
            assert abs(tco(key)[1] - 40) > 2, (key, tco(key))
    # build
    docpdf = {k: SRC[k] for k in FILES if FILES[k][1] in ("docx", "pdf")}
    targets = {k: (FILES[k][0] + "." + FILES[k][1], FILES[k][1]) for k in docpdf}
    write(docpdf, targets, OUT, wrap_words=True)
    for k, (stem, ext, lang) in FILES.items():
        if ext in ("txt", "md"):
            (OUT / (stem + "." + ext)).write_text(SRC[k], encoding="utf-8")
            print("wrote", stem + "." + ext)
    # labels
    for k, (stem, ext, lang) in FILES.items():
        cat, terms, extra = LABELS[k]
        lab = {"file": stem + "." + ext, "language": lang, "category": cat, "expected_terms": terms,
               "expected_extra": extra, "expected_rules": expected_rules(k)}
        (OUT / (stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
    # read back: lengths and threshold scan
    for k, (stem, ext, lang) in FILES.items():
        text = read_back(OUT / (stem + "." + ext))
        scan(stem + " built", text)
        scan(stem + " source", SRC[k])
        if lang == "zh":
            n, nw = len(text), len(re.sub(r"\s+", "", text))
            ok = 2750 <= n <= 3000
            print(f"{stem}.{ext}: {n} chars ({nw} without whitespace) {'OK' if ok else 'OUT OF RANGE'}")
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
            print(f"{stem}.{ext}: {n} words {'OK' if ok else 'OUT OF RANGE'}")
        print("   rules:", ", ".join(expected_rules(k)) or "(none)", "| risk", risk(expected_rules(k)),
              "| tco %.0f share %.2f" % tco(k) if k in FEE_BASE else "")


if __name__ == "__main__":
    main()
