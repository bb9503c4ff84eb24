"""holdout815: builds the ten blind held-out draft contracts of this folder and their .json labels.

Every file is built from its source below (.txt/.md written as is; .docx/.pdf through ../word_pdf.py, PDFs broken at
word boundaries). The labels come from DESIGN; the expected rules are derived from the labels with this folder's own
reading of policy §3 and compared with the design list. The script then reads every built file back and asserts the
length ranges, the threshold checks (labels and a regex scan, self-tested) and the rule coverage.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = r"""
T:棠溪县牌坊与祠堂保护管理平台采购合同
P:合同编号：TXWL-ZC-2026-117
P:采购人（甲方）：棠溪县文化和旅游局
P:供应商（乙方）：徽州云构信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号TXZC2026-0388）、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及其澄清文件均为本合同的组成部分，内容不一致的，以对甲方更有利者为准。
H:第一条 项目内容
P:1.1 乙方为甲方建设棠溪县牌坊与祠堂保护管理平台，覆盖全县登记在册的石牌坊46座、宗祠及支祠83处，实现文物档案、日常巡查、病害记录、修缮项目和安全监测的统一管理。
P:1.2 乙方提供平台软件许可（永久使用，不限用户数），并完成三维档案模块、巡查移动端、白蚁及木构件监测设备接入、对省级文物数据平台接口的定制开发，负责既有纸质档案、测绘图和照片的采集建档，以及部署实施和培训。
P:1.3 平台部署在县政务云，乙方负责安装至甲方指定环境。平台应适配国产操作系统和数据库。具体功能、性能及接口要求以招标文件第三章技术需求为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰叁拾壹万元整（¥1,310,000），为固定总价，已含税费、运输、部署、培训及质保期内的全部服务费用，甲方不再另行支付其他费用。
P:2.2 分项价格：平台软件许可¥486,000；定制开发¥612,000；数据采集与建档¥158,000；部署实施及培训¥54,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台部署完成并经初步验收合格后，甲方支付合同总价的45%。
P:3.3 平台最终验收合格后，甲方支付合同总价的35%。部署完成、试运行或甲方已实际使用，均不代替最终验收。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款按县财政国库集中支付程序办理，因财政审批产生的合理时间不视为甲方逾期。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后90日内完成部署并提交初步验收申请；初步验收合格后进入60日试运行，试运行结束后申请最终验收。
P:4.2 乙方应每周报送进度，关键节点可能延误的，应提前书面说明原因及补救措施。甲方原因导致的延误，工期相应顺延。
P:4.3 乙方应派驻项目经理一名、实施工程师不少于两名，项目经理须具备文物信息化项目经验，未经甲方同意不得更换。乙方人员进入文物点现场应遵守文物保护和消防安全规定，不得在建筑本体上钉挂、打孔或动火。
P:4.4 乙方应对甲方及各乡镇文保员开展操作培训，累计不少于八个课时，并提供图文操作手册和移动端使用视频。
H:第五条 验收
P:5.1 初步验收标准：招标文件所列功能逐项测试通过；129处文物点档案全部录入，甲方按文物点随机抽查二十处，档案与原始资料一致；监测设备数据接入延迟不超过10秒；与省级文物数据平台的接口联调通过。
P:5.2 最终验收标准：试运行期间未发生一级故障；系统在200个并发用户下页面响应不超过3秒；第三方机构出具的网络安全等级保护测评报告无高风险问题；乙方移交源代码、数据库设计说明、运维手册和培训记录。
P:5.3 验收由甲方组织，可邀请文物保护专家参加，验收结论以书面验收报告为准。验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。因缺陷修复更换的程序或部件，乙方应提交修复说明并更新运维手册。
P:6.2 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可价格的8%（即每年¥38,880），该标准在质保期满后三个年度内不上调。维护合同逐年签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，计划内维护应提前三个工作日通知甲方，并安排在夜间进行。
P:7.2 故障分级响应：一级故障（平台整体不可用或数据丢失）30分钟内响应，2小时内到场；二级故障（主要功能不可用）2小时内响应，次日内解决；三级故障在五个工作日内解决。
P:7.3 乙方未按上述时限响应或到场的，每超过一小时向甲方支付违约金¥500；月度可用率未达标的，按每低0.01个百分点¥1,000计付违约金，甲方可从应付款中直接扣除。
P:7.4 乙方每季度向甲方提交运行报告，列明故障情况、处理时长和可用率统计，并提出优化建议。
H:第八条 知识产权
P:8.1 平台软件的既有知识产权仍归乙方，甲方在许可范围内永久使用。
P:8.2 为本项目定制开发的模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发，乙方不得向第三方提供。
H:第九条 数据安全
P:9.1 平台中的文物档案、照片、三维模型、巡查记录和监测数据均属于甲方，乙方仅为履行本合同使用，不得复制、留存或用于任何其他目的。
P:9.2 乙方应落实网络安全等级保护第二级要求，运维访问须经甲方审批并通过堡垒机进行，全程留存日志；合同终止时乙方应删除其持有的全部数据并书面确认。乙方人员应签署数据安全承诺书，离场时交回全部账号和权限。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方，立即采取补救措施，并承担由此造成的全部损失和法律责任。
H:第十条 保密
P:乙方对履行本合同知悉的甲方未公开信息，包括文物点安防布置、监测点位和系统口令，负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后五年内持续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的系统不符合合同约定且整改后仍不合格的，甲方有权拒绝验收，乙方应退还已收款项并赔偿甲方损失。
P:11.3 乙方人员在现场作业中造成文物本体损坏的，乙方应承担修复费用，并按文物主管部门的认定承担相应责任。
P:11.4 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十二条 分包
P:乙方不得将本项目转包，也不得分包，招标文件允许分包的部分除外。
H:第十三条 合同解除
P:13.1 乙方逾期超过45日，或严重违约经甲方书面催告后15日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。争议期间，不涉及争议的部分应继续履行。
H:第十五条 不可抗力
P:因不可抗力不能履行合同的，受影响方应在五日内通知对方并提供证明，双方据此协商延期或部分免除责任。
H:第十六条 其他
P:本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同一式六份，甲方四份，乙方二份，经双方盖章后生效。
P:甲方（盖章）：棠溪县文化和旅游局    乙方（盖章）：徽州云构信息技术有限公司
P:签订日期：2026年12月____日
"""

SRC["z02"] = r"""
T:生产线控制系统改造合同
P:合同编号：HX-SB-2026-0912
P:甲方（买方）：江阴恒箔锡纸制品有限公司
P:乙方（卖方）：常州智衡自动化工程有限公司
P:鉴于甲方拟对其锡纸轧制、分切及复卷生产线的电气控制系统进行改造，乙方具备相应的设备供货及系统集成能力，双方依据《中华人民共和国民法典》，经平等协商，就控制系统改造的设备供货、软件许可、安装调试及后续维保事宜订立本合同。
H:第一条 改造范围
P:1.1 改造对象为甲方二号车间的两条粗轧线、一条精轧线和三条分切复卷线，共六条生产线。
P:1.2 乙方负责：原继电器控制柜和旧型号PLC的拆除与更换；伺服驱动及张力闭环控制单元的供货安装；操作台人机界面和工控机的更换；车间级SCADA监控软件的部署；车间工业网络的重新敷设；PLC及SCADA程序的编制、工艺参数迁移和联机调试。
P:1.3 改造须分线停机实施，每条线停线时间不超过五日，乙方应与甲方生产部门协调排期，保证其余生产线正常运行。拆除的旧控制柜、旧PLC及电缆归甲方所有，乙方应做好标识和拆除记录，并运至甲方指定地点。
P:1.4 乙方所供设备应为原厂全新产品，品牌、型号及技术参数以附件技术协议为准，不得擅自替换；确需替换的，须经甲方书面同意，且性能不低于原定型号。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰捌拾伍万捌仟元整（¥1,858,000），含13%增值税，包括设备、软件许可、运输、保险、安装调试、培训及质保期内服务费用。
P:2.2 价格明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制系统（含控制柜、I/O模块）|6套|668,000
TB:2|伺服驱动及张力控制单元|6套|426,000
TB:3|HMI触摸屏及工控机|12台|138,000
TB:4|SCADA监控软件许可（永久）|1套|196,000
TB:5|工业交换机及光纤网络|1批|92,000
TB:|设备及软件小计||1,520,000
TB:6|安装调试及停线改造|1项|186,000
TB:7|程序编制及工艺调试|1项|124,000
TB:8|操作及维护培训|1项|28,000
TB:|合同总价||1,858,000
H:第三条 付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的20%作为预付款；
P:（二）全部设备到货并经开箱清点后，甲方支付合同总价的35%，到货清点不构成质量验收；
P:（三）六条生产线全部改造完成并经最终验收合格后，甲方支付合同总价的45%。
P:乙方应在每期付款前开具等额增值税专用发票。
H:第四条 交货与实施
P:4.1 乙方应在合同生效后50日内将全部设备运至甲方厂区，并在设备到货后75日内完成全部六条线的改造。
P:4.2 乙方应提交分线改造方案和停线计划，经甲方确认后实施。施工期间乙方应遵守甲方厂区安全生产管理制度，动火、登高及带电作业须办理作业票。
P:4.3 乙方应对甲方电气维修人员和各班组操作人员进行培训，培训合格后方可独立操作。培训内容包括设备原理、程序结构、常见故障判断和备件更换，累计不少于十六个课时。
P:4.4 乙方应指派具有同类轧制线改造经验的项目经理常驻现场，并在每周生产例会上报告进度、停线安排和安全情况。因乙方原因导致停线超过计划时间的，乙方应承担由此增加的停产损失。
H:第五条 验收
P:5.1 单线验收：每条线改造完成后连续试生产72小时，张力波动、速度同步、断带检测和急停功能达到技术协议指标，由双方签署单线验收记录。
P:5.2 最终验收：六条线全部通过单线验收并稳定运行20日后进行。验收标准为：改造后各线的成品厚度偏差和卷取质量不低于改造前水平；SCADA能实时采集六条线的运行参数和报警，数据刷新不超过2秒；乙方移交全部程序源文件、电气图纸和操作手册。
P:5.3 设备安装完成或投入试生产，均不视为最终验收合格。验收不合格的，乙方应在10日内整改并重新组织验收。验收所需的测厚仪、张力计等检测仪器由乙方自备，并须在有效检定期内。
H:第六条 质量保证
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题产生的维修、更换及程序修改，均由乙方免费负责。质保期内更换的部件，其质保期自更换之日起重新计算。
P:6.2 质保期内故障响应：一级故障（整线停机）1小时内响应，6小时内到场；二级故障（单台设备或局部功能异常）8小时内到场，24小时内修复。
P:6.3 乙方未按时响应或到场的，每迟延一小时向甲方支付违约金¥800。
H:第七条 质保期满后的维保
P:7.1 质保期满后，乙方提供年度维保服务，内容包括季度巡检、备品备件更换、程序维护和7×24小时技术支持。
P:7.2 年度维保费按设备及软件小计的28%计收，即每年¥425,600，该费用标准自质保期满之日起三个年度内保持不变。维保合同每年签订一次。
P:7.3 维保期内的故障响应和到场时限与质保期相同。乙方每季度提交设备健康报告，列明巡检发现的问题、备件消耗和下一季度的预防性维护建议；备件更换费用已包含在年度维保费内，甲方不另行支付。
H:第八条 知识产权
P:8.1 SCADA软件及设备内置软件的知识产权归原权利人所有，甲方享有永久使用权。
P:8.2 乙方为本项目编制的PLC程序、SCADA组态工程文件、画面及报表均归甲方所有，甲方可自行修改或委托第三方维护。
H:第九条 数据安全与保密
P:9.1 生产线运行数据、工艺参数和产品配方数据均属于甲方，乙方仅为本合同目的使用，不得复制带离或向任何第三方提供。
P:9.2 乙方进行远程维护须事先取得甲方书面同意，通过甲方提供的专用通道进行，并记录操作日志。乙方应采取防病毒及访问控制措施，因乙方原因造成数据泄露、丢失或生产系统受攻击的，乙方应在1小时内通知甲方并承担全部赔偿责任。
P:9.3 双方对履约中知悉的对方商业秘密和技术信息负有保密义务，保密期限至合同终止后五年。
H:第十条 分包
P:乙方可将现场电缆敷设、桥架安装等辅助施工分包给具备相应资质的单位，分包前书面告知甲方即可。乙方对分包单位的工作质量和安全负责。分包单位人员进场前应接受甲方安全教育，并遵守甲方厂区管理制度。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方施工造成甲方设备损坏或停产损失的，应予赔偿。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 合同解除
P:乙方逾期超过40日，或设备、软件存在重大质量问题经两次整改仍不合格，或有其他严重违约行为的，甲方有权书面通知解除本合同，并要求乙方返还已付款项、赔偿损失。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交无锡仲裁委员会仲裁。仲裁期间，双方应继续履行不涉及争议的部分。
H:第十四条 不可抗力
P:因不可抗力不能按期履行的，受影响方应及时通知对方，并在七日内提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:第十五条 其他
P:本合同附件包括技术协议、设备清单和停线计划，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：江阴恒箔锡纸制品有限公司    乙方（盖章）：常州智衡自动化工程有限公司
"""

SRC["z03"] = r"""门店预约与会员管理系统服务合同

合同编号：XS-SAAS-2026-035

甲方：广东醒狮龙韵文化培训连锁有限公司
乙方：深圳市约课云科技有限公司

甲方在全国经营35家舞龙舞狮培训门店，为统一学员预约、排课、会员储值和课消管理，拟采用乙方的门店预约与会员管理系统（以下简称"系统"）。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

一、服务内容
（一）乙方以软件即服务方式向甲方提供系统的使用权，包括：
1. 门店端：课程排期、教练排班、学员预约与签到、场地管理；
2. 会员端：微信小程序预约、课时卡购买与续费、课消提醒、演出活动报名；
3. 总部管理端：门店经营报表、会员储值与课消统计、教练绩效、营销活动配置；
4. 乙方在服务期内对系统进行的常规版本更新和安全补丁，甲方无需另行付费。
（二）乙方负责系统的实施，包括35家门店的开通配置、甲方现有会员及课时余额数据迁移、小程序按甲方品牌定制页面、与甲方收银系统的对接，以及对门店店长和前台人员的培训。培训采用线上直播与区域集中培训相结合的方式，每家门店至少两名人员参加并通过操作考核。
（三）服务期为两个服务年度。第一个服务年度自系统上线验收合格之日起计算，第二个服务年度紧随其后。

二、服务费用及支付
（一）费用构成：
1. 门店端订阅费：每家门店每个服务年度¥9,600，35家门店合计每个服务年度¥336,000；
2. 总部管理端订阅费：每个服务年度¥48,000；
3. 实施费（一次性）：¥86,000。
（二）两个服务年度订阅费合计¥768,000，连同实施费，本合同总价为人民币捌拾伍万肆仟元整（¥854,000），含6%增值税。
（三）实施费在系统上线验收合格后15个工作日内支付。订阅费按季度结算，每个季度结束后15个工作日内，甲方根据乙方提交的服务报告和发票支付当季费用。甲方无需在系统上线前支付任何款项。
（四）服务期内新开门店的，按每家门店每个服务年度¥9,600的标准按月折算增加订阅费；关闭门店的，自次月起相应减少。

三、实施与上线验收
（一）乙方应在合同签订后45日内完成全部门店的开通配置、数据迁移和培训，并提交上线验收申请。
（二）上线验收标准：
1. 35家门店全部开通，门店端、会员端和总部管理端功能按附件需求清单逐项测试通过；
2. 会员数量、课时余额和储值余额与甲方原系统导出数据逐条核对一致；
3. 小程序在高峰时段500人同时预约的压力测试中，预约提交响应时间不超过2秒；
4. 与收银系统对接的订单与收款数据连续7日核对无差异；
5. 乙方已交付管理员手册、门店操作手册和培训签到记录。
（三）验收由甲方运营部组织，双方签署上线验收单。系统开通或甲方门店已开始使用，均不视为上线验收合格。
（四）乙方未能按期提交上线验收申请或验收未通过的，每逾期一日向甲方支付违约金¥600，甲方可从应付实施费中扣除。
（五）上线验收合格后的首月为稳定期，乙方应安排实施顾问驻场或远程值守，及时处理门店反馈的问题。

四、双方的其他义务
（一）甲方应指定项目联系人，按时提供门店清单、会员原始数据和收银系统接口资料，并组织门店人员参加培训。
（二）乙方应设立专属客户成功经理，负责日常沟通、需求收集和使用情况回访；在寒暑假招生高峰前，乙方应对系统容量进行评估并提前扩容。
（三）甲方提出的新增功能需求，双方另行协商工作量和费用，经书面确认后实施。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应安排在每日0:00至6:00之间并提前两日通知甲方，计划内维护时间不计入不可用时间。
（二）故障响应：
1. 一级故障（系统整体无法登录、预约或支付中断）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：2小时内响应，当日内恢复；
3. 三级故障（个别页面或报表异常）：下一个工作日内处理。
（三）服务补偿：月度可用率低于约定标准的，每低0.1个百分点，扣减当季订阅费的2%，单季扣减合计不超过当季订阅费的25%；一级故障超过恢复时限的，每超过一小时扣减¥500。
（四）乙方每月向甲方提交服务报告，列明可用率、故障处理情况和系统使用统计。
（五）乙方提供工作日9:00至21:00的在线客服和电话支持，周末及法定节假日安排值班人员，门店演出活动集中报名期间应增加值班人手。

六、数据归属与数据安全
（一）甲方学员及家长的个人信息、会员档案、课时与储值记录、预约和课消数据均归甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他目的，不得向第三方提供。
（二）系统部署在中国境内的云平台，乙方应取得网络安全等级保护第三级备案，对学员个人信息加密存储和传输，对乙方员工访问实行最小权限和操作审计。
（三）发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，立即采取补救措施，配合甲方履行个人信息保护法规定的告知和报告义务，并承担由此给甲方造成的全部损失。
（四）服务期满或合同终止后20日内，乙方应将甲方全部数据以通用格式交付甲方，并在甲方确认后彻底删除。

七、知识产权
（一）系统平台的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、品牌素材、报表模板及数据迁移脚本归甲方所有，甲方可自行或委托第三方使用和修改。

八、保密
双方对在合作中获悉的对方经营信息、价格、会员规模和技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务不因合同终止而解除，持续至合同终止后三年。

九、续期
服务期满前45日内，任何一方未书面提出不续期的，本合同自动续期一个服务年度，续期次数不限。每次续期时，乙方有权根据其当期产品标价调整订阅费，上调幅度不超过上一服务年度订阅费的8%，乙方书面通知甲方后即按调整后的价格执行。

十、分包
乙方不得将本合同项下的服务转包或分包给第三方；云资源服务商以外的任何第三方参与服务，均须事先取得甲方书面同意。

十一、合同解除
（一）乙方严重违约，包括连续两个月可用率低于约定标准、发生重大数据泄露，或其他违约行为经甲方书面催告后10日内未纠正的，甲方有权解除本合同，乙方应退还已付但未使用服务期的费用并赔偿损失。
（二）合同解除的，乙方应按第六条第（四）项交付和删除数据，并配合甲方完成向新系统的数据迁移。

十二、不可抗力
因自然灾害、政府行为、公共网络或基础电信故障等不可抗力导致服务中断的，受影响方应及时通知对方并尽力减少损失，相应时间不计入不可用时间，但乙方应在不可抗力消除后立即恢复服务。

十三、法律适用和争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方住所地有管辖权的人民法院起诉。

十四、其他
本合同附件为需求清单和门店清单。双方往来通知以书面形式发送至本合同首页所列地址或双方确认的电子邮箱。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

SRC["z04"] = r"""滨江市地下通道安全监控系统运行维护服务合同

项目名称：滨江市地下通道安全监控系统运行维护服务项目
采购方式：竞争性磋商（采购编号：BJCG-2026-CS-0451）
合同编号：BJSZ-YW-2026-08

甲方（采购人）：滨江市市政工程管理局
乙方（成交供应商）：滨江安视通信息工程有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就地下通道安全监控系统运行维护服务事宜订立本合同。

第一条 服务范围
（一）运维对象为甲方管理的全市38座人行及车行地下通道的安全监控系统，包括：高清摄像机412台、积水监测仪76套、有害气体探测器54套、紧急求助报警柱95个、应急广播系统38套、通道监控分中心设备及监控管理平台软件。
（二）服务内容包括：日常巡检、预防性维护、故障处理、备品备件更换、汛期及重大活动保障、设备台账和运行档案管理、平台软件的日常维护与配置变更。
（三）服务期自2027年1月1日起至2027年12月31日止。
（四）服务期内甲方新建或改造的通道监控设备，经双方确认后纳入运维范围，费用参照本合同价格标准协商确定。

第二条 合同价款与支付
（一）本合同总价为人民币陆拾陆万肆仟元整（¥664,000），其中运维服务费¥596,000，备品备件包干费¥68,000。合同总价为固定价格，包含人工、交通、工具、检测、备件及税费。
（二）合同价款按季度支付，每季度¥166,000。每季度服务考核合格后，乙方开具发票，甲方在收到发票后15个工作日内支付当季款项。
（三）单件价值超过¥5,000的设备因不可修复需整机更换的，由乙方提出更换方案，经甲方确认后另行采购，不在包干费范围内。

第三条 服务要求
（一）日常巡检：每座通道每月现场巡检不少于两次，检查摄像机画面、积水监测和气体探测数据、求助报警柱通话和应急广播，并清洁摄像机镜头；雨季每座通道每周巡检一次。
（二）预防性维护：每季度对分中心服务器、存储和交换设备进行一次全面检查，每半年对积水监测仪和气体探测器进行一次校准，并形成记录。
（三）汛期保障：汛期内乙方应组织专门的应急小组24小时待命，暴雨预警发布后1小时内派员到重点低洼通道值守。
（四）平台维护：负责监控管理平台的用户权限管理、配置变更、补丁更新和存储空间管理，确保视频录像保存不少于30日。
（五）乙方应配备项目负责人一名、驻场运维人员不少于四名，驻场人员须持有相应的电工或弱电作业资格证书，名单报甲方备案，变更须经甲方同意。
（六）运维报告：乙方每月5日前提交上月运维月报，内容包括巡检情况、故障统计及处理情况、备件消耗、设备老化评估和改进建议；每季度末提交季度运维分析报告，年末提交年度运维总结。
（七）服务开始前，乙方应与原运维单位完成交接，逐一核对设备台账、备件库存和系统账号，对交接中发现的问题形成书面清单报甲方。

第四条 故障响应
（一）一级故障（单座通道视频全部中断、积水或气体报警失效、应急广播失效）：乙方应在30分钟内响应，2小时内到场，6小时内恢复。
（二）二级故障（单台摄像机或单个求助报警柱失效）：2小时内响应，24小时内修复。
（三）三级故障（画面质量下降、平台一般功能异常）：48小时内处理完毕。
（四）乙方应通过甲方运维工单系统接单和闭环，故障处理完毕后上传处理记录和现场照片。
（五）上述响应和修复情况纳入季度服务考核。考核未达要求的，甲方约谈乙方项目负责人，乙方应在5个工作日内提交书面整改报告。考核结果记入乙方履约档案，作为甲方以后采购活动的参考。

第五条 服务考核与验收
（一）甲方按季度对乙方服务进行考核，考核内容包括：巡检计划执行记录是否完整、一级和二级故障是否在规定时限内闭环、汛期值守是否到位、设备台账是否与现场一致、运维工单是否按时上传。
（二）服务期满后，甲方组织年度服务验收，验收标准为：四个季度考核均合格；设备台账、巡检记录、校准记录和故障工单完整归档；全部设备在移交时处于正常运行状态，乙方已向甲方移交全部系统口令和配置文档。
（三）验收由甲方组织，必要时邀请第三方检测机构参加，验收结论以书面验收报告为准。
（四）年度服务验收不合格的，乙方应在15日内完成整改并重新申请验收，整改期间发生的费用由乙方承担。

第六条 数据安全
（一）本系统采集的视频图像、报警记录、监测数据及平台日志均属于甲方，乙方仅为履行运维服务使用，不得复制、下载、留存或用于任何其他目的，不得向任何第三方提供。
（二）乙方人员须使用甲方分配的个人账号，通过甲方的运维审计系统登录平台，不得使用共享账号，不得安装未经甲方批准的软件或外接存储设备。系统应持续满足网络安全等级保护第三级的要求。
（三）发生数据泄露、视频被非法调取、系统被入侵或数据丢失的，乙方应在1小时内报告甲方和公安机关网安部门，立即采取处置措施，并承担因其过错造成的全部损失和法律责任。
（四）服务期满或合同解除时，乙方应交回全部账号，删除其终端上留存的任何系统数据，并向甲方出具书面确认。

第七条 知识产权
乙方在服务期内形成的设备台账、巡检记录、运维报告、配置文档及应急预案归甲方所有，甲方可自由使用和修改。

第八条 甲方义务
（一）甲方应向乙方提供设备清单、竣工图纸、原有运维记录和平台管理员账号，为驻场人员提供分中心内的办公场地。
（二）甲方应协调交通管理部门，为乙方在车行通道内的作业提供必要的交通疏导配合。
（三）甲方应按合同约定及时组织季度考核并支付款项。

第九条 乙方责任
（一）乙方人员在通道内作业应设置安全警示标志，遵守交通管理和有限空间作业规定，作业期间发生的人身伤害和第三方损失由乙方负责。
（二）乙方违反本合同约定的，应依法承担违约责任，并赔偿由此给甲方造成的实际损失。

第十条 分包
本项目不得转包或分包。

第十一条 合同解除
（一）乙方连续两个季度考核不合格，或因乙方原因导致重大安全事故，或有其他严重违约行为经甲方书面通知后10日内仍未改正的，甲方有权解除本合同，并按实际服务期结算费用。
（二）合同解除后，乙方应在7日内完成交接，移交全部资料、账号和备件。

第十二条 服务期满
本合同服务期满即终止，不自动续期。甲方需继续采购的，按政府采购程序重新组织采购。

第十三条 不可抗力
因暴雨、洪涝等自然灾害或其他不可抗力导致设备损坏或服务无法按期履行的，乙方应立即报告甲方并全力组织抢修，抢修所需超出包干范围的设备材料由双方协商确定；不可抗力期间的响应时限相应顺延。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
本合同附件包括设备清单、通道分布图、磋商文件服务要求和乙方响应文件。本合同一式五份，甲方三份，乙方二份，自双方盖章之日起生效。

甲方（盖章）：滨江市市政工程管理局
乙方（盖章）：滨江安视通信息工程有限公司
签订日期：2026年12月   日
"""

SRC["z05"] = r"""# 织码工序追踪系统软件许可及定制开发合同

> 织码软件标准合同文本（ZM-HT-V4.0）｜合同编号：ZM-2026-1187

**甲方（用户）：** 北京京韵绣坊文化发展有限公司

**乙方（开发方）：** 北京织码软件有限公司

甲方因京绣生产管理需要，向乙方购买"织码工序追踪系统"软件许可并委托乙方进行定制开发。双方依据《中华人民共和国民法典》，经友好协商，订立本合同，共同遵守。

## 第一条 定义

1.1 "标准软件"指乙方拥有著作权的织码工序追踪系统标准版，包括订单管理、工序派工、计件统计和库存模块。

1.2 "定制开发"指乙方根据甲方需求，在标准软件基础上开发的绣品工序看板、针法工艺库、绣线色号管理和成品追溯功能。

1.3 "上线"指系统在甲方环境中完成部署并开放给甲方用户登录使用。

1.4 "用户"指甲方授权使用本系统的员工，包括管理人员、绣娘和质检人员，每一个同时在线的登录账号计为一个并发用户。

1.5 "交付物"指乙方向甲方提供的安装程序、系统管理员手册和用户操作手册。

## 第二条 合同内容与价格

2.1 乙方向甲方提供标准软件的永久使用许可（20个并发用户）、定制开发及实施服务。

2.2 合同价格如下：

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 标准软件许可 | 标准版，20个并发用户，永久许可 | 168,000 |
| 2 | 定制开发 | 工序看板、针法工艺库、色号管理、成品追溯 | 236,000 |
| 3 | 实施部署及培训 | 部署、基础数据导入、两次现场培训 | 42,000 |
| | 合计 | | 446,000 |

2.3 合同总价为人民币肆拾肆万陆仟元整（¥446,000），含税。甲方增加用户数或功能的，按乙方届时报价另行签订协议。

2.4 本合同价格不含服务器、数据库、操作系统及其他第三方软件的费用，该等软硬件由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥289,900。

3.2 系统上线后十个工作日内，甲方支付合同总价的35%，即¥156,100。

3.3 甲方未按期付款的，乙方有权暂停开发和服务，工期相应顺延；每逾期一日，甲方按未付金额的千分之一向乙方支付违约金。

## 第四条 开发与交付

4.1 乙方在收到首期款后开始需求调研，并于调研结束后编制需求说明书，经甲方签字确认后作为开发依据。需求说明书确认后，甲方提出的需求变更，乙方有权另行收费并顺延工期。

4.2 乙方应在需求说明书确认后80日内完成开发并部署上线。

4.3 甲方应提供部署所需的服务器、网络环境和基础数据，并指派专人配合。因甲方原因导致的延误，乙方不承担责任。

4.4 乙方在上线前为甲方提供两次现场培训，每次不超过半天，培训对象为甲方指定的系统管理员和车间主管。超出次数的培训按乙方标准收费。

4.5 乙方向甲方交付第1.5条所列交付物。源代码、开发文档及数据库设计文档不属于交付范围。

4.6 系统上线后，乙方安排实施人员在甲方现场支持三个工作日，协助甲方用户熟悉操作。

## 第五条 验收

5.1 系统部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后发现的问题，可通过乙方客服渠道提交，乙方将在后续版本中统筹安排处理。

## 第六条 免费维护与技术支持

6.1 乙方自系统上线之日起提供六个月的免费维护，内容包括程序错误修正和远程技术咨询。

6.2 乙方通过电话、邮件、远程协助等方式提供技术支持，服务时间为工作日9:00至17:30。乙方将尽合理努力及时处理甲方反映的问题。

6.3 因甲方操作不当、擅自修改程序或环境变化导致的问题，不属于免费维护范围，乙方可以协助处理并另行收费。

6.4 免费维护期内，乙方发布的标准软件补丁版本可免费提供给甲方；大版本升级及定制功能的适配另行收费。

## 第七条 期满后的维护服务

7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议。

7.2 年度维护费按乙方当年公布的维护服务价格标准执行，乙方有权根据市场情况调整。

7.3 年度维护服务内容包括程序错误修正、远程技术咨询和补丁版本升级，不包括现场服务、数据修复及定制功能的修改。

## 第八条 软件使用规范

8.1 甲方应在许可的用户数范围内使用本系统，不得出租、出借、转让或以其他方式供第三方使用。

8.2 甲方不得删除或修改系统中的版权标识，不得对标准软件进行反向工程、反编译或破解授权控制。

8.3 甲方超出许可范围使用的，应按乙方届时价格补交许可费用。

## 第九条 知识产权

9.1 标准软件的著作权及其他知识产权归乙方所有。

9.2 乙方为甲方定制开发的功能模块、源代码、数据库结构及相关文档，其知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反向工程或再许可。

9.3 乙方有权将定制开发中形成的通用功能纳入其标准产品，向其他客户提供。

## 第十条 数据

10.1 甲方在系统中录入和产生的订单、工序、绣娘计件及客户信息等业务数据归甲方所有。

10.2 为改进产品和开展行业分析，乙方有权对甲方业务数据进行去标识化处理后使用，包括在合同终止后继续使用该等处理后的数据。

10.3 乙方应采取防火墙、访问权限控制、数据备份和日志审计等安全措施保护甲方数据。因乙方原因造成甲方数据泄露、丢失或被篡改的，乙方应在24小时内通知甲方，及时采取补救措施，并承担相应的赔偿责任。

## 第十一条 保密

双方对在履行本合同过程中获知的对方商业秘密、技术资料和客户信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

## 第十二条 违约责任

12.1 乙方未按第4.2条约定时间上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

12.2 任何一方违反本合同其他约定的，应承担相应的违约责任。

12.3 乙方不对甲方的间接损失、利润损失或数据恢复费用承担责任。

## 第十三条 合同解除

13.1 任何一方严重违反本合同，经守约方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同。

13.2 甲方在开发开始后单方解除合同的，已付款项不予退还。

## 第十四条 不可抗力

因不可抗力导致本合同不能履行的，受影响方应及时通知对方，并在合理期限内提供证明，双方根据影响程度部分或全部免除责任。网络中断、电力故障、黑客攻击、计算机病毒等非乙方所能控制的事件，亦视为不可抗力。

## 第十五条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

16.2 本合同未尽事宜，以乙方官网公布的服务条款为准。

16.3 双方指定的联系人及联系方式见合同签署页，一方变更联系方式的，应及时书面通知对方。

**甲方（盖章）：** ________________　　**乙方（盖章）：** 北京织码软件有限公司

签订日期：____年__月__日
"""

SRC["e01"] = r"""
T:Software Licence and Services Agreement
P:Agreement No. DS-CN-2026-044
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:Foshan Lanrun Ceramics Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Nanhai District, Foshan, Guangdong Province (the "Customer"); and
P:Danubia Soft EOOD, a company registered in the Republic of Bulgaria, with its registered office at 14 Vasil Levski Street, Pleven, Bulgaria (the "Vendor").
P:The Customer operates four tunnel-kiln production lines and wishes to license the Vendor's KilnPlan production scheduling and maintenance planning software and to have it implemented and connected to its existing systems. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's KilnPlan software, version 7, in object code, including the scheduling engine, the maintenance planning module, the energy reporting module and the related user documentation.
P:1.2 "Custom Deliverables" means the interfaces, reports, configurations, scripts and other work products prepared by the Vendor specifically for the Customer under this Agreement, including their source code and documentation.
P:1.3 "Customer Data" means all data entered into, generated by or stored in the Software in the course of the Customer's operations, including production orders, kiln parameters, maintenance records and energy data.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the acceptance criteria have been met.
P:1.5 "Contract Price" means the total price stated in Article 3.1.
H:Article 2 Licence and Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at its Foshan plant and at any other site of the Customer or its affiliates in mainland China, for up to 150 named users and for an unlimited number of production lines.
P:2.2 The Vendor shall perform the following services: installation of the Software on the Customer's servers; configuration of the scheduling rules for the four kiln lines; development of interfaces with the Customer's ERP system and its MES; migration of the open maintenance work orders; and training of key users and administrators.
P:2.3 The detailed functional scope is set out in Annex 1 (Functional Specification) and the project plan in Annex 2.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,914,000 (one million nine hundred and fourteen thousand yuan), inclusive of all taxes payable in China, and is composed as follows: Licence Fee CNY 1,268,000; implementation and configuration CNY 386,000; ERP and MES interfaces CNY 214,000; training CNY 46,000.
P:3.2 The Contract Price is fixed. It includes travel and living expenses of the Vendor's staff, remote support during the project and all support during the Warranty Period.
H:Article 4 Payment
P:4.1 The Customer shall pay the Contract Price in three instalments:
P:(a) 20% of the Contract Price within 20 days after signature of this Agreement and receipt of the Vendor's invoice;
P:(b) 45% of the Contract Price within 20 days after the parties sign the Installation and Configuration Certificate, which confirms that the Software is installed and configured but does not constitute acceptance; and
P:(c) 35% of the Contract Price within 20 days after Final Acceptance.
P:4.2 Payments shall be made in CNY by bank transfer. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation and configuration within 70 days after signature and shall make the Software ready for acceptance testing within 110 days after signature.
P:5.2 The acceptance tests shall demonstrate that: (a) all functions in Annex 1 work as specified; (b) the scheduling engine produces a complete weekly plan for all four kiln lines in under 90 seconds; (c) the ERP and MES interfaces exchange production orders and completion data without loss or duplication during ten consecutive working days; (d) the migrated work orders reconcile in full with the source data; and (e) no Severity 1 defect remains open.
P:5.3 If the tests are passed, the Customer shall issue a written Final Acceptance certificate within ten working days. If they are not passed, the Vendor shall correct the defects and repeat the tests at its own cost. Installation, productive use or payment of any instalment shall not be deemed acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to Annex 1 for a Warranty Period of eighteen (18) months from Final Acceptance. During the Warranty Period the Vendor shall correct all defects, provide new versions and patches, and provide remote and on-site support free of charge.
P:6.2 Support requests are classified as follows: Severity 1 (scheduling or maintenance planning unavailable for a production line) – response within one hour, workaround within eight hours; Severity 2 (major function impaired) – response within two hours, correction within two working days; Severity 3 (minor issue) – correction in the next regular release.
P:6.3 If the Vendor misses a Severity 1 response or workaround time, it shall pay the Customer CNY 1,500 for each hour or part of an hour of delay, which the Customer may deduct from any amount due.
P:6.4 After the Warranty Period the Customer may order annual support. The annual support fee is 11% of the Licence Fee (CNY 139,480 per year) and shall not be increased for the first three support years. Support is ordered by separate purchase order each year and does not renew automatically.
H:Article 7 Delay
P:7.1 If the Vendor fails to make the Software ready for acceptance testing by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay.
P:7.2 If the delay exceeds 60 days, the Customer may terminate this Agreement under Article 13.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation with the acceptance tests. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:8.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe third-party rights.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor may access and use Customer Data only to perform this Agreement and shall not retain, copy or use it for any other purpose.
P:9.2 The Software will be installed on the Customer's servers in Foshan. The Vendor may access these servers remotely only through the Customer's VPN with multi-factor authentication, for a specific support request and with the Customer's prior approval for each session. Customer Data shall not be transferred outside mainland China.
P:9.3 The Vendor shall protect Customer Data in accordance with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, shall notify the Customer within 12 hours after becoming aware of any security incident affecting Customer Data, shall cooperate in the response, and shall be liable for all losses caused by an incident attributable to it.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including production data, process parameters, prices and the terms of this Agreement, and shall use it only for the purposes of this Agreement.
P:10.2 This obligation continues for five years after the end of this Agreement.
H:Article 11 Liability
P:11.1 The total liability of either party under this Agreement is limited to 150% of the Contract Price.
P:11.2 This limit does not apply to liability for personal injury, wilful misconduct or gross negligence, infringement of third-party rights, or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after written notice, or if the delay under Article 7 exceeds 60 days.
P:13.2 On termination by the Customer under Article 13.1, the Vendor shall refund the amounts paid for undelivered or non-conforming parts of the work, without prejudice to the Customer's other remedies.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for a failure caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to limit the effects. If such an event lasts more than 60 days, either party may terminate this Agreement by written notice.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Republic of Bulgaria.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by the Court of Arbitration at the Bulgarian Chamber of Commerce and Industry in Sofia, in the English language, by three arbitrators.
H:Article 16 General
P:16.1 This Agreement, together with Annex 1 (Functional Specification), Annex 2 (Project Plan) and Annex 3 (Support Contacts), is the entire agreement of the parties on its subject matter.
P:16.2 Amendments must be made in writing and signed by both parties. Notices shall be sent by email and courier to the addresses stated above.
P:16.3 This Agreement is made in English in two originals, one for each party.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

SRC["e02"] = r"""# ORDER FORM AND GENERAL TERMS – ISKAR LMS CLOUD

**Order Form No.** ISK-OF-2026-219

## PART A – ORDER FORM

### A1. Parties

**Provider:** Iskar Learning Systems OOD, registered in the Republic of Bulgaria, 3 Hristo Botev Boulevard, Vratsa, Bulgaria.

**Customer:** Hangzhou Xiyue Hotel Management Co., Ltd., registered in the People's Republic of China, Xihu District, Hangzhou, Zhejiang Province.

This Order Form (Part A) and the General Terms (Part B) together form the agreement between the parties (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Subscribed Service

Iskar LMS Cloud, Enterprise edition, for the training of the Customer's hotel staff: course catalogue and learning paths, mobile learning through a WeChat mini-program, classroom scheduling, online exams and certificates, skills matrix per hotel and position, and management reporting. Up to 4,200 active learners across 31 hotels. The Service is hosted in a data centre in Shanghai operated by the Provider's hosting partner, which holds the required value-added telecommunications licences in China.

### A3. Subscription Term

The Subscription Term is twenty-four (24) months from the Go-Live Date defined in A5. The Agreement ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Enterprise edition, up to 4,200 active learners | 23,800 per month × 24 months | 571,200 |
| Onboarding: configuration, single sign-on, HR data integration, migration of existing courses, administrator training | one-time | 48,000 |
| **Total Contract Value** | | **619,200** |

Fees are in CNY and include VAT. Additional learners above 4,200 are charged at CNY 5 per learner per month, invoiced quarterly in arrears; such usage charges are not part of the Total Contract Value.

### A5. Invoicing, Onboarding and Go-Live

(a) The subscription fee is invoiced quarterly in arrears, at the end of each calendar quarter of the Subscription Term. The onboarding fee is invoiced after Go-Live Acceptance. The Customer pays each invoice within 30 days of receipt. No fee is payable before the Go-Live Date.

(b) The Provider shall complete onboarding and make the Service ready for Go-Live Acceptance within 50 days after signature of this Order Form.

(c) Go-Live Acceptance: the Customer shall test, within ten working days of the Provider's notice of readiness, that (i) single sign-on works with the Customer's identity system for all 31 hotels; (ii) the HR data interface creates, updates and deactivates learner accounts correctly over five consecutive working days; (iii) all 640 migrated courses, with their completion records, reconcile with the source export; (iv) the mini-program supports 800 concurrent learners with page loads under 2 seconds; and (v) the reporting dashboards match a sample of 200 records checked by hand. If all tests pass, the Customer signs a Go-Live Acceptance certificate and the date of signature is the Go-Live Date. Use of the Service by the Customer before signature is not acceptance.

(d) If the Service is not ready for Go-Live Acceptance by the date in A5(b) for reasons attributable to the Provider, the Provider shall pay the Customer CNY 700 for each day of delay, which the Customer may set off against any invoice.

### A6. Contacts and Signature

Provider contact: Customer Success Manager, Greater China. Customer contact: Director of Learning and Development.

Signed for the Provider: ____________________ Signed for the Customer: ____________________

## PART B – GENERAL TERMS

### 1. Provision of the Service

1.1 The Provider shall provide the Service in accordance with the Agreement and the documentation, with the skill and care of a professional provider of learning platforms.

1.2 The Provider may update the Service from time to time, provided that updates do not materially reduce its functionality or security.

1.3 The Customer shall use the Service only for its own internal training purposes and those of its affiliates and managed hotels, and shall keep its user credentials secure.

### 2. Service Levels

2.1 The Provider shall make the Service available at least 99.95% of the time in each calendar month, measured at the Provider's Shanghai points of presence, excluding scheduled maintenance notified at least three days in advance and performed between 01:00 and 05:00 China Standard Time.

2.2 Support is available 24 hours a day, 7 days a week through the support portal and a Chinese-language hotline. Incidents are classified and handled as follows:

| Priority | Description | Response | Restoration target |
|---|---|---|---|
| P1 | Service unavailable or exams cannot be taken | 30 minutes | 3 hours |
| P2 | Major function impaired for one or more hotels | 2 hours | 1 business day |
| P3 | Minor issue or question | 1 business day | next release |

2.3 If monthly availability falls below the level in 2.1, the Customer receives a service credit of 5% of that month's subscription fee for each 0.1 percentage point (or part) below the level, up to 25% of that month's fee. If a P1 response is late, the credit is CNY 500 for each hour or part of an hour of delay. Credits are deducted from the next invoice, or paid at the end of the Subscription Term.

2.4 The Provider shall send a monthly service report with availability, incidents and support statistics.

### 3. Customer Data and Security

3.1 All learner data, training records, exam results and other data that the Customer or its users enter into the Service ("Customer Data") belong to the Customer. The Provider processes Customer Data only to provide the Service to the Customer and for no other purpose.

3.2 Customer Data is stored and processed in mainland China and shall not be transferred abroad. The Provider's staff outside China have no access to Customer Data except where the Customer approves access for a specific support case.

3.3 The Provider shall maintain encryption in transit and at rest, role-based access control, logging of administrative access, daily backups kept for 30 days, and the MLPS level 3 record of the hosting environment. It shall notify the Customer within 24 hours of becoming aware of any incident affecting Customer Data, cooperate in its investigation and in notifications required by law, and bear the losses and costs caused by an incident attributable to the Provider or its subcontractors.

3.4 On expiry or termination the Provider shall make all Customer Data available for export in standard formats for 60 days and shall then delete it and confirm the deletion in writing.

### 4. Intellectual Property

4.1 The Provider owns the Service and all its underlying software.

4.2 Courses, content, question banks, branding and configurations created for or by the Customer ("Customer Materials") belong to the Customer. The Customer may use, modify and license the Customer Materials freely, also after the Subscription Term.

### 5. Confidentiality

Each party shall keep confidential the non-public information received from the other party under the Agreement and use it only for the Agreement, during the Subscription Term and for three years thereafter.

### 6. Subcontractors and Sub-processors

6.1 The Provider may engage subcontractors and sub-processors to perform parts of the Service, including its hosting partner in Shanghai and local implementation partners. The Provider shall give the Customer written notice of any new subcontractor or sub-processor at least 15 days before it starts work.

6.2 The Provider remains responsible for the acts and omissions of its subcontractors and sub-processors.

### 7. Warranties

7.1 The Provider warrants that the Service will perform materially in accordance with the documentation and that it will not introduce malicious code into the Service.

7.2 The Customer warrants that it has the right to provide the Customer Data and Customer Materials to the Provider for the purposes of the Agreement.

### 8. Liability

8.1 Neither party is liable for indirect or consequential loss, or for loss of profit, revenue or goodwill.

8.2 Each party's total aggregate liability arising out of or in connection with the Agreement shall not exceed the fees paid and payable by the Customer under the Agreement in the six (6) months immediately preceding the event giving rise to the claim.

8.3 The limits in 8.1 and 8.2 do not apply to personal injury, fraud, or the Customer's obligation to pay the fees.

### 9. Termination

9.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. A failure to meet the availability level in 2.1 in three consecutive months is a material breach.

9.2 If the Customer terminates under 9.1, the Provider shall refund any fees paid for the period after termination and the onboarding fee if Go-Live Acceptance has not occurred.

### 10. Governing Law and Disputes

10.1 The Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The arbitration shall be conducted in English and Chinese.

### 11. General

11.1 Neither party may assign the Agreement without the other party's prior written consent.

11.2 Notices shall be in writing and sent to the contacts in A6. Amendments must be in writing and signed by both parties.
"""

SRC["e03"] = r"""
T:Supply Contract for Vibration Sensors and Condition Monitoring Software
P:Contract No. WHC-EQ-2026-0731
P:Buyer: Wuhu Hongshan Cement Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Fanchang District, Wuhu, Anhui Province (the "Buyer").
P:Supplier: Shumen Sensor Technologies AD, a company registered in the Republic of Bulgaria, with its registered office at 22 Simeon Veliki Boulevard, Shumen, Bulgaria, acting together with its China representative office (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment and software procurement. The Buyer wishes to equip the rotating machinery of its two clinker lines with wireless vibration and temperature sensors and a condition monitoring system, and the Supplier has offered to supply, install and commission them.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and accessories listed in Clause 2.2.
P:1.2 "Software" means the Supplier's VibroWatch condition monitoring software, including its analytics engine, web client and mobile alerts application.
P:1.3 "System" means the Equipment and the Software installed, configured and commissioned at the Buyer's plant.
P:1.4 "Contract Price" means the total price stated in Clause 2.1.
P:1.5 "Final Acceptance" means the Buyer's written acceptance of the System under Clause 5.4.
H:2. Scope and Price
P:2.1 The Contract Price is CNY 1,213,000, inclusive of VAT, import duties, packing, transport to the Buyer's plant, insurance, installation, commissioning, training and all warranty services.
P:2.2 The Contract Price is broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor with mounting kit|180|3,200|576,000
TB:2|Industrial gateway with 4G and Ethernet backhaul|14|9,500|133,000
TB:3|VibroWatch software licence, perpetual, 200 monitoring points|1|318,000|318,000
TB:|Equipment and Licence Subtotal|||1,027,000
TB:4|Installation and commissioning|1 lot|96,000|96,000
TB:5|Analytics model configuration for kiln drives, mills and fans|1 lot|72,000|72,000
TB:6|Training of operators and maintenance engineers|1 lot|18,000|18,000
TB:|Contract Price|||1,213,000
P:2.3 The Software licence is perpetual, non-exclusive and allows the Buyer and its affiliates to use the Software at the Wuhu plant for up to 200 monitoring points. Additional points may be ordered at the unit price stated in Annex 2.
H:3. Payment
P:3.1 The Buyer shall pay the Contract Price as follows:
P:(a) 10% as an advance payment within 15 working days after signature, against the Supplier's invoice and an advance payment guarantee of the same amount issued by a bank in China;
P:(b) 55% within 20 working days after the parties sign the Installation Certificate, which confirms that the Equipment has been delivered and installed but does not constitute acceptance; and
P:(c) 35% within 20 working days after Final Acceptance.
P:3.2 All payments shall be made in CNY to the Supplier's account in China stated in its invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Buyer's plant within 60 days after signature and complete installation and commissioning within 40 days after delivery.
P:4.2 Installation shall be performed during the planned kiln stops notified by the Buyer. The Supplier's staff shall comply with the Buyer's safety rules, including permits for work at height and lock-out procedures on rotating machinery.
P:4.3 If the Supplier fails to deliver or to complete commissioning by the dates in Clause 4.1 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay. The Buyer may deduct these damages from any payment due.
P:4.4 The Equipment shall be new, of current manufacture and packed for sea and road transport. Each package shall carry the contract number, the item numbers and a packing list in Chinese and English. The Supplier is responsible for export clearance and the Buyer's customs broker for import clearance at the Supplier's cost.
H:5. Testing and Acceptance
P:5.1 After commissioning, the System shall be run for a trial period of 30 days.
P:5.2 The acceptance criteria are: (a) all 180 sensors transmit readings to the Software at the configured interval, with no more than two missing transmissions per sensor per day; (b) vibration readings of ten sensors, selected by the Buyer, are within the accuracy stated in the Technical Specification when compared with a calibrated portable analyser; (c) alarms for the kiln main drive, raw mills and cement mills reach the control room and the mobile application within 60 seconds; (d) the interface to the Buyer's maintenance management system creates work orders automatically from confirmed alarms; and (e) no Priority 1 fault occurs during the trial period.
P:5.3 The Supplier shall deliver the as-built documentation, the sensor location drawings, the administrator manual and the training records before acceptance testing.
P:5.4 If the criteria are met, the Buyer shall issue a Final Acceptance certificate within ten working days. Delivery, installation, commissioning or use of the System by the Buyer shall not be deemed acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the Equipment and the Software for twenty-four (24) months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment, correct software defects and provide software updates free of charge.
P:6.2 The warranty does not cover damage caused by the Buyer's misuse, by modifications not approved by the Supplier, or by mechanical impact on sensors during maintenance work by the Buyer's own staff, provided that the Supplier shows the cause.
P:6.3 The Supplier shall keep a stock of spare sensors and gateways in China sufficient to replace any defective unit within three working days.
H:7. Technical Support and Service Levels
P:7.1 Faults are classified as follows:
TB:Priority|Description|Response time|Resolution target
TB:Priority 1|Monitoring of the kiln main drive or the whole System lost|30 minutes|8 hours
TB:Priority 2|Monitoring lost for one machine or one gateway|2 hours|2 working days
TB:Priority 3|Minor fault or question|1 working day|next software update
P:7.2 If the Supplier misses the response time or resolution target for a Priority 1 fault, it shall pay the Buyer CNY 600 for each hour or part of an hour of delay.
P:7.3 The Supplier shall provide a hotline in Chinese and remote support through a connection approved by the Buyer for each session.
H:8. Post-Warranty Support
P:8.1 After the warranty period, the Buyer may order annual support covering the services in Clauses 6 and 7. The annual support fee is 9% of the Equipment and Licence Subtotal, that is CNY 92,430 per year, and shall remain fixed for the first three years after the warranty period.
P:8.2 Annual support is ordered by a separate purchase order each year and does not renew automatically.
H:9. Intellectual Property
P:9.1 The Supplier retains the intellectual property in the Software and in the embedded firmware of the Equipment.
P:9.2 The analytics models, alarm thresholds, dashboards, interface programs and documentation prepared for the Buyer under this Contract belong to the Buyer, which may use, modify and license them freely, including through third parties.
H:10. Buyer Data and Data Security
P:10.1 All measurement data, alarms, work orders and other data generated by the System ("Buyer Data") belong to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not copy, retain or use it for any other purpose.
P:10.2 The Software shall be installed on the Buyer's servers in the plant. The gateways shall transmit data only to these servers. Remote access by the Supplier requires the Buyer's approval for each session and shall be logged. Buyer Data shall not leave mainland China.
P:10.3 The Supplier shall comply with the PRC Cybersecurity Law and Data Security Law, shall notify the Buyer within 12 hours after becoming aware of any security incident affecting the System or Buyer Data, and shall be liable for all losses caused by an incident attributable to it.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the non-public information received from the other party, including production data, plant layouts and prices, and shall not disclose it to third parties without prior written consent, during this Contract and for five years after it ends.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, and breach of Clauses 10 and 11, which are not limited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the delay under Clause 4.3 exceeds 45 days. The Supplier shall then refund the amounts paid for undelivered or non-conforming parts and compensate the Buyer's losses.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.
H:16. General
P:16.1 Annex 1 (Technical Specification), Annex 2 (Unit Prices for Additional Points) and Annex 3 (Installation Plan) form part of this Contract.
P:16.2 Notices shall be given in writing to the addresses stated above, with a copy by email to the project managers named in Annex 3.
P:16.3 This Contract is made in English and Chinese; both versions are equally authentic. It takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = r"""# MANAGED MEETING ROOM AND AUDIO-VISUAL SERVICES AGREEMENT

**Agreement No.** DAV-JR-2026-017

**Between**

**Chengdu Jinrui Pharmaceutical Group Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in the Chengdu Hi-tech Zone, Sichuan Province ("**Customer**"); and

**Dobrudzha AV Services EOOD**, a company registered in the Republic of Bulgaria, with its registered office at 9 Bulgaria Street, Dobrich, Bulgaria, acting together with its wholly-owned subsidiary Dobrudzha AV Technology (Chengdu) Co., Ltd. (the "**China Affiliate**") ("**Supplier**").

## Background

Customer operates 46 meeting rooms, boardrooms and training rooms at its Chengdu headquarters and three production sites in Sichuan. Customer wishes to outsource the operation, support and refresh planning of the audio-visual and video-conferencing equipment in these rooms, and Supplier has agreed to provide these services on the terms below.

## 1. Definitions

1.1 "**Services**" means the managed services described in Schedule 1.

1.2 "**Rooms**" means the rooms listed in Schedule 1, as updated under Section 3.3.

1.3 "**Service Commencement Date**" means the date on which Customer signs the Service Commencement Certificate under Section 4.3.

1.4 "**Term**" means thirty-six (36) months from the Service Commencement Date.

1.5 "**Service Levels**" and "**Service Credits**" have the meanings given in Schedule 2.

1.6 "**Charges**" means the charges set out in Schedule 3.

## 2. Term

2.1 This Agreement starts on signature and continues until the end of the Term.

2.2 This Agreement does not renew automatically. Any extension requires a written amendment signed by both parties.

## 3. Services

3.1 Supplier shall provide the Services in accordance with this Agreement, good industry practice and the equipment manufacturers' recommendations.

3.2 Supplier shall provide a service desk, remote monitoring of all room systems, two resident engineers at the headquarters, scheduled preventive maintenance, on-site support at the production sites, white-glove support for board meetings and major events, and a quarterly service review.

3.3 Customer may add or remove up to six Rooms per contract year by written notice of 30 days, and the monthly charge shall be adjusted at the per-room rates in Schedule 3.

3.4 The equipment in the Rooms remains the property of Customer. Supplier shall keep an asset register of all equipment, firmware versions and licences, and shall advise Customer on refresh needs each year.

3.5 Supplier's resident engineers shall hold current manufacturer certifications for the main video-conferencing and control systems in the Rooms, speak Mandarin, and comply with Customer's site rules, including the gowning and access rules in the production areas. Supplier shall not replace a resident engineer without giving Customer ten working days' notice, except in case of illness or resignation.

3.6 Customer shall give Supplier's staff access to the Rooms and to the network ports and accounts needed for monitoring, and shall inform Supplier in advance of board meetings and major events requiring white-glove support.

## 4. Transition and Service Commencement

4.1 Supplier shall complete the transition within 45 days after signature. Transition includes the audit of all Rooms, the asset register, monitoring set-up, the service desk set-up, knowledge transfer from Customer's current support staff and the Service Commencement tests.

4.2 The Service Commencement tests shall show that: (a) every Room passes a standard test call, presentation and recording check; (b) all Room systems report to Supplier's monitoring platform; (c) the service desk receives and logs test tickets through telephone, email and the portal; and (d) the asset register has been reconciled with Customer's fixed-asset records for all Rooms.

4.3 If the tests are passed, Customer shall sign a Service Commencement Certificate. Supplier starting to provide support before that date is not acceptance.

4.4 If Supplier fails to achieve the Service Commencement Date within the period in Section 4.1 for reasons attributable to it, Supplier shall pay Customer CNY 1,100 for each day of delay.

## 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The transition fee is invoiced after the Service Commencement Date. The monthly charge is invoiced monthly in arrears.

5.2 Customer shall pay each correct invoice within 30 days of receipt. No amount is payable before the Service Commencement Date.

5.3 The Charges are fixed for the Term and include all labour, travel, tools, monitoring software and the service desk.

## 6. Service Levels and Service Credits

6.1 Supplier shall meet the Service Levels in Schedule 2. If it fails to do so, Customer is entitled to the Service Credits in Schedule 2, which are deducted from the next invoice.

6.2 Supplier shall provide a monthly service report with ticket statistics, Service Level performance, Service Credits and recurring problems. The quarterly service review shall agree an improvement plan for any Service Level missed twice in the quarter.

## 7. Customer Data

7.1 Meeting schedules, room booking records, call logs, recordings made in the Rooms, directory entries and other data of Customer that Supplier handles in performing the Services ("Customer Data") belong to Customer.

7.2 Supplier shall use Customer Data only to provide the Services and shall not sell it or use it for any other purpose.

## 8. Intellectual Property

8.1 Room designs, configuration files, user guides, runbooks and reports prepared by Supplier for Customer under this Agreement belong to Customer, which may use, modify and license them freely.

8.2 Supplier retains its monitoring platform and its pre-existing tools and methods.

## 9. Confidentiality

9.1 Each party shall keep confidential all non-public information of the other party obtained under this Agreement, including business plans discussed in meetings that Supplier's staff attend for support, and shall not disclose it to any third party without the other party's prior written consent.

9.2 This obligation survives for five years after the end of this Agreement.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total Charges for the Term, except for personal injury, wilful misconduct and breach of Section 9.

10.2 Neither party is liable for indirect or consequential loss.

## 11. Subcontracting

11.1 The China Affiliate, named above, is approved by the signature of this Agreement. Supplier shall not subcontract any other part of the Services without Customer's prior written consent, and remains responsible for all subcontracted work.

## 12. Duration and Ending of the Agreement

12.1 Neither party may terminate this Agreement before the end of the Term, except by mutual written agreement or under Section 13.

12.2 Customer's remedies for failures in the Services are the Service Credits under Schedule 2, the escalation procedure under Section 14 and the recovery of its direct losses under Section 10.

12.3 On expiry, Supplier shall cooperate in the transfer of the Services to Customer or a new provider for up to 30 days, at the rates in Schedule 3.

## 13. Force Majeure

13.1 Neither party is liable for delays caused by events beyond its reasonable control. If such an event prevents the Services for more than 90 days, either party may end this Agreement by written notice.

## 14. Escalation, Governing Law and Disputes

14.1 Operational issues shall first be escalated to the service managers of both parties and then to Customer's Chief Information Officer and Supplier's Managing Director.

14.2 This Agreement is governed by the laws of the People's Republic of China.

14.3 Disputes not resolved within 30 days of escalation shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.

## Schedule 1 – Service Scope

| Site | Rooms | Room types | Support model |
|---|---|---|---|
| Chengdu headquarters | 28 | boardroom, 4 large conference rooms, 21 meeting rooms, training centre, auditorium | two resident engineers, 08:00–20:00 on working days |
| Production site, Meishan | 7 | meeting rooms and a training room | remote support, on-site visit on demand |
| Production site, Deyang | 6 | meeting rooms | remote support, on-site visit on demand |
| Production site, Ziyang | 5 | meeting rooms | remote support, on-site visit on demand |
| **Total** | **46** | | |

Preventive maintenance: every Room is inspected and tested each month at the headquarters and each quarter at the production sites.

## Schedule 2 – Service Levels and Service Credits

| Priority | Example | Response | Restoration | Service Credit if missed |
|---|---|---|---|---|
| P1 | Boardroom or auditorium unusable, or a board meeting or event disrupted | 30 minutes | 2 hours | CNY 2,000 per incident, plus CNY 500 per further hour |
| P2 | Any other Room unusable | 1 hour (headquarters), 3 hours (production sites) | next working day | CNY 600 per incident |
| P3 | Degraded function, user question | 1 working day | 5 working days | none |

Service Credits in a month shall not exceed 20% of that month's charge.

## Schedule 3 – Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time | 62,000 |
| Monthly managed service charge, 46 Rooms | 41,500 per month × 36 months | 1,494,000 |
| **Total Charges for the Term** | | **1,556,000** |
| Room added or removed under Section 3.3 | per Room per month | 780 |
| Exit assistance under Section 12.3 | per engineer-day | 1,800 |

**Signed for Customer:** ____________________

**Signed for Supplier:** ____________________
"""

SRC["e05"] = r"""DATA SUBSCRIPTION AGREEMENT – CROP MONITORING API

Agreement No. TED-CN-2026-0093

PARTIES

Thracia Earth Data AD, a company registered in the Republic of Bulgaria, with its registered office at 7 San Stefano Street, Haskovo, Bulgaria ("Provider").

Heilongjiang Beiken Agricultural Technology Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Harbin, Heilongjiang Province ("Customer").

BACKGROUND

Customer provides agronomy advice and crop insurance support to farms in Heilongjiang and Jilin. Provider produces crop monitoring data derived from satellite imagery and weather models and delivers it through an application programming interface. Customer wishes to subscribe to this data for two Subscription Years and to integrate it into its own advisory platform.

1. DEFINITIONS

1.1 "API" means Provider's crop monitoring application programming interface, version 3, and its documentation.

1.2 "Provider Data" means the vegetation indices, crop classification layers, soil moisture estimates, growth stage estimates, yield forecasts and weather-derived indicators that Provider delivers through the API.

1.3 "Customer Inputs" means the field boundaries, crop plans, farm identifiers, yield records, photographs and other data that Customer or its users submit to the API or to Provider.

1.4 "Subscription Year" means the period from the Activation Date to the day before its first anniversary, and the period from that anniversary to the day before the second anniversary, and "Subscription Term" means the two Subscription Years.

1.5 "Activation Date" means the date on which Customer signs the Integration Acceptance certificate under Clause 4.3.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive and non-transferable right to access the API and to use the Provider Data for up to 1.8 million mu of monitored fields in Heilongjiang and Jilin, and to display Provider Data and reports derived from it to Customer's farm clients through Customer's advisory platform.

2.2 Customer shall not resell Provider Data in bulk or use it to build a competing data product.

2.3 Updates: vegetation indices and soil moisture estimates are refreshed at least every three days, subject to cloud cover; yield forecasts are refreshed every ten days from crop emergence until harvest.

3. FEES AND PAYMENT

3.1 The fees are:

   Subscription fee, first Subscription Year ......... CNY 348,000
   Subscription fee, second Subscription Year ........ CNY 348,000
   Integration Package (one-time) .................... CNY 54,000
   Total Contract Value .............................. CNY 750,000

3.2 The Integration Package covers a dedicated integration engineer, the mapping of Customer's field and farm identifiers, a test environment, the configuration of alert rules, and two training workshops in Harbin.

3.3 The subscription fee for each Subscription Year is invoiced in two equal instalments, each at the end of the relevant half of that Subscription Year. The Integration Package is invoiced after Integration Acceptance. Customer pays each invoice within 30 days. No fees are payable before the Activation Date.

3.4 Fees include VAT and all other taxes. Monitored area above 1.8 million mu is charged at CNY 0.12 per mu per Subscription Year, invoiced at the end of the Subscription Year; such charges are not part of the Total Contract Value.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall provide the test environment within 10 days after signature and shall make the API ready for Integration Acceptance within 40 days after signature.

4.2 The Integration Acceptance tests shall show that: (a) all API endpoints listed in the documentation return valid results for 500 sample fields supplied by Customer; (b) field boundary uploads of up to 20,000 fields complete without errors; (c) the vegetation index for 50 sample fields matches Provider's reference values; (d) the API sustains 40 requests per second with a median response time under 800 milliseconds; and (e) alert notifications reach Customer's platform within five minutes of being generated.

4.3 If the tests are passed, Customer signs an Integration Acceptance certificate. Use of the test environment or of the API before signature is not acceptance.

4.4 If the API is not ready for Integration Acceptance within the period in Clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 450 for each day of delay, which Customer may deduct from any invoice.

5. SERVICE LEVELS

5.1 Provider shall make the API available at least 99.95% of the time in each calendar month, excluding scheduled maintenance notified three days in advance.

5.2 Incidents are handled as follows: Severity 1 (API unavailable, or data refresh stopped for all fields): initial response within eight (8) business hours; Severity 2 (a data product delayed or degraded): initial response within two business days; Severity 3 (questions and minor issues): initial response within five business days. Business hours are 09:00 to 17:00 Eastern European Time, Monday to Friday, excluding Bulgarian public holidays.

5.3 If monthly availability falls below the level in Clause 5.1, Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point (or part) below the level, up to 25% of that monthly equivalent. Service credits are deducted from the next invoice.

5.4 Provider shall send a monthly report on availability, refresh timeliness and incidents.

5.5 Customer shall keep its API keys secure, shall route requests only from its own platform, and shall inform Provider in advance of planned peaks in demand, such as the spring sowing campaign and the insurance claim season, so that Provider can add capacity.

5.6 Provider shall notify Customer at least 60 days in advance of any change to the API that is not backward compatible, and shall keep the previous version available during that period. Provider shall not reduce the coverage, resolution or refresh frequency of the Provider Data during the Subscription Term.

6. CUSTOMER INPUTS AND DATA USE

6.1 Customer Inputs belong to Customer. Customer grants Provider a licence to use Customer Inputs to provide the API and the Provider Data to Customer.

6.2 In addition, Provider may use Customer Inputs, in aggregated and de-identified form, to train and improve its crop models and yield forecasts and to develop its data products for other customers. This right continues after the Subscription Term.

6.3 Provider shall not disclose Customer Inputs that identify a farm or a farmer to any third party.

7. DATA SECURITY

7.1 The API and all Customer Inputs for Customer are hosted in a data centre in Beijing operated by the hosting provider named in Annex 2, which holds an MLPS level 3 record. Customer Inputs shall not be transferred outside mainland China.

7.2 Provider shall apply encryption in transit and at rest, role-based access control with multi-factor authentication, logging of all access to Customer Inputs, and regular vulnerability testing.

7.3 Provider shall notify Customer within 24 hours of becoming aware of any incident affecting Customer Inputs, cooperate with Customer in its response and in any notification to authorities, and bear the losses caused by an incident attributable to Provider or its hosting provider.

7.4 At the end of the Subscription Term, Provider shall return Customer Inputs in a standard format on request and then delete them, except for the aggregated and de-identified data described in Clause 6.2.

8. INTELLECTUAL PROPERTY

8.1 Provider retains all rights in the API and the Provider Data, subject to the rights granted in Clause 2.

8.2 Reports, dashboards, alert rules and field analyses that Customer or Provider create specifically for Customer under this Agreement belong to Customer, which may use, modify and license them freely, including after the Subscription Term.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information received from the other party and use it only for this Agreement, during the Subscription Term and for three years after it ends.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss, or for lost profits.

10.2 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value, except for personal injury, wilful misconduct and breach of Clauses 7 and 9.

11. SUBCONTRACTING

11.1 The hosting provider named in Annex 2 is approved by the signature of this Agreement. Provider shall not subcontract any other part of its obligations without Customer's prior written consent.

12. TERM, RENEWAL AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year.

12.2 The parties may renew this Agreement by written agreement before its end. Unless otherwise agreed, a renewal is at the same fees. There is no automatic renewal.

12.3 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice. If Customer terminates for Provider's breach, Provider shall refund fees paid for any period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing. The language of the arbitration is English.

14. GENERAL

14.1 Annex 1 (API Documentation and Data Specifications) and Annex 2 (Hosting Provider) form part of this Agreement.

14.2 Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other's prior written consent.

Signed for Provider: ____________________        Signed for Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files and labels

TARGETS = {
    "z01": "h815z01_county_memorial_arch_ancestral_hall_platform.pdf",
    "z02": "h815z02_tin_foil_plant_line_control_retrofit.docx",
    "z03": "h815z03_lion_dance_school_chain_booking_saas.txt",
    "z04": "h815z04_underground_passage_monitoring_om_service.txt",
    "z05": "h815z05_jingxiu_workshop_process_tracking_supplier_template.md",
    "e01": "h815e01_ceramics_kiln_scheduling_perpetual_licence.pdf",
    "e02": "h815e02_hotel_group_lms_saas_order_form.md",
    "e03": "h815e03_cement_plant_vibration_sensors_monitoring_licence.docx",
    "e04": "h815e04_pharma_group_managed_meeting_room_av_services.md",
    "e05": "h815e05_crop_monitoring_data_api_subscription.txt",
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

G, S = "goods_or_licence", "service"


def T(av, p1, rem, ip, dsec, owns, conf, ld, cap, pre, acc, fin, wty, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [av, p1, rem, ip, dsec, owns, conf, ld, cap, pre, acc, fin, wty, pwf, auto, term, sub,
                                law, kind]))


DESIGN = {
    # key: language, category, terms, extra, design rules, price items, fee base (itemised licence/hardware), forum
    # outside mainland China
    "z01": dict(lang="zh", cat="software",
                terms=T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True,
                        False, "PRC", G),
                extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                           acceptance_deemed_on_delivery=False, contract_value=1310000),
                items=[486000, 612000, 158000, 54000], fee_base=486000, pay=[20, 45, 35], forum_out=False,
                rules=[]),
    "z02": dict(lang="zh", cat="hardware",
                terms=T(None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 28, False, True,
                        True, "PRC", G),
                extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                           acceptance_deemed_on_delivery=False, contract_value=1858000),
                items=[668000, 426000, 138000, 196000, 92000, 186000, 124000, 28000],
                fee_base=668000 + 426000 + 138000 + 196000 + 92000, pay=[20, 35, 45], forum_out=False,
                rules=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "z03": dict(lang="zh", cat="cloud",
                terms=T(99.5, 0.5, True, "buyer", True, True, True, 600 / 854000 * 100, None, None, True, None, None,
                        None, True, True, False, "PRC", S),
                extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
                           contract_value=854000),
                items=[35 * 9600 * 2, 48000 * 2, 86000], fee_base=None, pay=None, forum_out=False,
                rules=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": dict(lang="zh", cat="services",
                terms=T(None, 0.5, False, "buyer", True, True, False, None, None, None, True, None, None, None,
                        False, True, False, "PRC", S),
                extra=dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False,
                           contract_value=664000),
                items=[596000, 68000], fee_base=None, pay=[25, 25, 25, 25], forum_out=False,
                rules=["CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"]),
    "z05": dict(lang="zh", cat="software",
                terms=T(None, None, False, "supplier", True, False, True, 0.02, None, 65, False, False, 6, None,
                        False, True, None, None, G),
                extra=dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=False,
                           acceptance_deemed_on_delivery=True, contract_value=446000),
                items=[168000, 236000, 42000], fee_base=168000, pay=[65, 35], forum_out=False,
                rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
                       "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": dict(lang="en", cat="software",
                terms=T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True,
                        False, "Bulgaria", G),
                extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                           acceptance_deemed_on_delivery=False, contract_value=1914000),
                items=[1268000, 386000, 214000, 46000], fee_base=1268000, pay=[20, 45, 35], forum_out=True,
                rules=["CR-GOVERNING-LAW"]),
    "e02": dict(lang="en", cat="cloud",
                terms=T(99.95, 0.5, True, "buyer", True, True, True, 700 / 619200 * 100, 6 / 24 * 100, None, True,
                        None, None, None, False, True, True, "PRC", S),
                extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
                           contract_value=619200),
                items=[23800 * 24, 48000], fee_base=None, pay=None, forum_out=False,
                rules=["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "e03": dict(lang="en", cat="hardware",
                terms=T(None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 9, False, True,
                        False, "PRC", G),
                extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                           acceptance_deemed_on_delivery=False, contract_value=1213000),
                items=[180 * 3200, 14 * 9500, 318000, 96000, 72000, 18000], fee_base=180 * 3200 + 14 * 9500 + 318000,
                pay=[10, 55, 35], forum_out=False, rules=[]),
    "e04": dict(lang="en", cat="services",
                terms=T(None, 0.5, True, "buyer", False, True, True, 1100 / 1556000 * 100, 150, None, True, None,
                        None, None, False, False, False, "PRC", S),
                extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
                           contract_value=1556000),
                items=[62000, 41500 * 36], fee_base=None, pay=None, forum_out=False,
                rules=["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "e05": dict(lang="en", cat="cloud",
                terms=T(99.95, 8, True, "buyer", True, False, True, 450 / 750000 * 100, 150, None, True, None, None,
                        None, False, True, False, "PRC", S),
                extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
                           contract_value=750000),
                items=[348000, 348000, 54000], fee_base=None, pay=None, forum_out=False,
                rules=["CR-DATA-OWNERSHIP", "CR-SLA-RESPONSE"]),
}

THRESHOLDS = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
                  prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_LIMIT = 40
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(d):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence/hardware subtotal. None when not computable (service contract, or no fixed fee)."""
    t, x = d["terms"], d["extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = years * t["post_warranty_fee_pct"] / 100 * d["fee_base"]
    return post / (x["contract_value"] + post) * 100


def derive_rules(d):
    """This folder's reading of policy §3, applied to the labels."""
    t, x = d["terms"], d["extra"]
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
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
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(d)
        if share is not None and share > TCO_LIMIT:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d["forum_out"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan (every figure that a policy threshold states)

NB = r"(?<![\d.,])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
TH_PATTERNS = [
    NB + r"99\.90*(?!\d)",
    NB + r"4(?:\.0+)?\s*-?\s*(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![十\d])四\s*个?\s*小时", r"\bfour[\s-]*hours?",
    NB + r"0\.050*(?!\d)", r"万分之五(?![十\d])", r"千分之零点五", NB + r"0\.5\s*‰",
    NB + r"100(?:\.0+)?" + PCT, r"百分之一?百", r"(?:one\s*)?hundred\s*(?:per\s*cent|percent)",
    NB + r"30(?:\.0+)?" + PCT, r"百分之三十(?![点一二三四五六七八九\d])", r"thirty\s*(?:per\s*cent|percent)",
    NB + r"(?<!年)12\s*-?\s*(?:个\s*)?(?:months?|个月|月)", r"十二\s*个?\s*月", r"twelve[\s-]*(?:calendar\s*)?months?",
    r"(?<![第每\d])一\s*年(?!度|级)", r"\bone[\s-]*year\b", NB + r"1\s*-?\s*years?\b",
    NB + r"15(?:\.0+)?" + PCT, r"百分之十五(?![点\d])", r"fifteen\s*(?:per\s*cent|percent)",
    NB + r"40(?:\.0+)?" + PCT, r"百分之四十(?![点一二三四五六七八九\d])", r"forty\s*(?:per\s*cent|percent)",
]
TH_RE = re.compile("|".join("(?:%s)" % p for p in TH_PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4小时", "四小时", "四个小时", "4 hours", "4-hour", "four hours", "0.05%", "万分之五",
            "100%", "100 per cent", "百分之百", "30%", "30 percent", "百分之三十", "12 months", "12个月", "十二个月",
            "twelve months", "12-month", "一年", "one year", "1 year", "15%", "百分之十五", "40%", "百分之四十",
            "forty per cent", "0.5‰"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "14 hours", "0.055%", "万分之五十", "1,100%",
             "130%", "115%", "140%", "0.15%", "2026年12月", "2027年12月31日", "12 days", "每年", "第一年", "首年",
             "一年度", "Subscription Year", "100,000", "30 days", "15 days", "40 days", "4.1 The", "1.4 years"]


def self_test():
    for s in MUST_HIT:
        assert TH_RE.search(s), "must hit: " + s
    for s in MUST_MISS:
        assert not TH_RE.search(s), "must miss: %s -> %s" % (s, TH_RE.search(s))


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for m in TH_RE.finditer(variant):
            hits.append(variant[max(0, m.start() - 20):m.end() + 20])
    return hits


# ---------------------------------------------------------------------------------------------------------------
# Build and read back

def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def label(key):
    d = DESIGN[key]
    return {"file": TARGETS[key], "language": d["lang"], "category": d["cat"], "expected_terms": d["terms"],
            "expected_extra": d["extra"], "expected_rules": sorted(d["rules"])}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    office = {k: (n, n.rsplit(".", 1)[1]) for k, n in TARGETS.items() if n.endswith((".docx", ".pdf"))}
    write({k: SRC[k] for k in office}, office, OUT, wrap_words=True)
    for k, n in TARGETS.items():
        if k not in office:
            (OUT / n).write_text(SRC[k].lstrip("\n"), encoding="utf-8")
            print("wrote", n)

    problems, union = [], set()
    print("\n%-5s %-4s %6s %8s %-6s %s" % ("key", "lang", "size", "tco%", "risk", "rules"))
    for k, n in TARGETS.items():
        d = DESIGN[k]
        t, x = d["terms"], d["extra"]
        assert list(t) == TERM_KEYS
        # prices and payment splits
        assert sum(d["items"]) == x["contract_value"], (k, sum(d["items"]))
        if d["pay"]:
            assert sum(d["pay"]) == 100, k
            assert not set(d["pay"]) & {15, 30, 40, 100}, k
        # goods-only keys
        assert ("post_warranty_fee_capped" in x) == (t["contract_kind"] == G), k
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None, k
        # no label value on a threshold
        for key, th in THRESHOLDS.items():
            v = t[key]
            if v is not None and not isinstance(v, bool):
                assert abs(v - th) > 1e-9, (k, key, v)
        share = tco_share(d)
        if share is not None:
            assert abs(share - TCO_LIMIT) > 2, (k, share)
        # rules from labels = design list
        derived = derive_rules(d)
        if derived != sorted(d["rules"]):
            problems.append("%s: derived %s != design %s" % (k, derived, sorted(d["rules"])))
        union |= set(derived)
        # read back: length and threshold scan
        text = read_back(OUT / n)
        sz = size(text, d["lang"])
        lo, hi = (2750, 3000) if d["lang"] == "zh" else (1450, 1650)
        if not lo <= sz <= hi:
            problems.append("%s: size %d outside %d-%d" % (k, sz, lo, hi))
        hits = scan(text)
        if hits:
            problems.append("%s: threshold figures %r" % (k, hits[:6]))
        d["size"], d["share"] = sz, share
        print("%-5s %-4s %6d %8s %-6s %s" % (k, d["lang"], sz, "-" if share is None else "%.2f" % share,
                                            risk(derived), ", ".join(r[3:] for r in derived) or "(none)"))
        (OUT / (n.rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(label(k), indent=1, ensure_ascii=False), encoding="utf-8")

    # the mix
    rules = {k: derive_rules(d) for k, d in DESIGN.items()}
    compliant = [k for k, r in rules.items() if not r]
    assert sorted(compliant) == ["e03", "z01"], compliant
    assert rules["e01"] == ["CR-GOVERNING-LAW"] and risk(rules["e01"]) == "low"
    assert 8 <= len(rules["z05"]) <= 10
    for k in ("z02", "z03", "z04", "e02", "e04", "e05"):
        assert 2 <= len(rules[k]) <= 3, k
    missing = set(ALL_RULES) - union
    if missing:
        problems.append("rules never expected: %s" % sorted(missing))
    if problems:
        print("\nPROBLEMS:\n" + "\n".join(problems))
        sys.exit(1)
    print("\nall checks passed: 20 rules covered, sizes in range, no threshold figure")


if __name__ == "__main__":
    main()
